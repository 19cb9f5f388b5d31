#!/usr/bin/env python3
"""Generator for the releasegate check_holdout8 corpus.

Run with the throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout8/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Case names in this file are descriptive (cNN = clean, pNN = with risks); the folders written
to cases/ get neutral, shuffled names.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import textwrap
import zipfile
from email import policy
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle,
)
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"
PREFIX = "h8"
CASES: list[dict] = []


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


def D(s):
    """dedent a triple-quoted block and end it with exactly one newline"""
    return textwrap.dedent(s).strip("\n") + "\n"


# ----------------------------------------------------------------- renderers
def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    flow = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            flow.append(Paragraph(escape(b[1]), ss["Heading2"]))
        elif kind == "h1":
            flow.append(Paragraph(escape(b[1]), ss["Title"]))
        elif kind == "p":
            flow.append(Paragraph(escape(b[1]), ss["BodyText"]))
        elif kind == "pre":
            flow.append(Preformatted(b[1], ss["Code"]))
        elif kind == "sp":
            flow.append(Spacer(1, 10))
        elif kind == "table":
            rows = [[Paragraph(escape(str(c)), ss["BodyText"]) for c in r] for r in b[1]]
            t = Table(rows, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            flow.append(t)
        else:
            raise ValueError(kind)
    doc.build(flow)
    return buf.getvalue()


FIXED = _dt.datetime(2024, 5, 2, 9, 0, 0)


def docx_bytes(blocks, author="unknown"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "num":
            d.add_paragraph(b[1], style="List Number")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif kind == "sp":
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    # re-pack with fixed zip timestamps so the output is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def html_page(title, body, lang="en"):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape(title)}</title>\n<style>body{{font-family:Arial,sans-serif;font-size:13px}}"
            f"table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:3px 6px}}"
            f"th{{background:#e8e8e8}}.note{{background:#fffbe6;border:1px solid #e0c060;padding:6px}}</style>\n"
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


_MSGN = [0]


def mail(frm, to, subject, date, text, html=None, cc=None, attachments=(), in_reply_to=None,
         msgid=None, extra=None):
    """attachments: list of (filename, data, mimetype) or ("rfc822", EmailMessage)."""
    _MSGN[0] += 1
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid or f"<h8-{_MSGN[0]:04d}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(text)
    if html:
        m.add_alternative(html, subtype="html")
    for att in attachments:
        if att[0] == "rfc822":
            m.add_attachment(att[1])
            continue
        fn, data, mt = att
        maintype, subtype = mt.split("/", 1)
        if maintype == "text":
            m.add_attachment(data if isinstance(data, str) else data.decode("utf-8"),
                             subtype=subtype, filename=fn)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h8")
    return m


def eml_bytes(m):
    return m.as_bytes(policy=policy.SMTP)


PDF_MT = "application/pdf"
DOCX_MT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


SIG_DISCLAIMER = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named "
    "recipient(s) and may contain confidential information. If you received it in error, please "
    "notify the sender and delete it. No contract is concluded by e-mail unless expressly agreed.\n"
)


def sig(name, title, company, phone="+1 555 0100"):
    return SIG_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)


def sig_plain(*lines):
    """a signature without the legal footer"""
    return "\n-- \n" + "\n".join(lines) + "\n"


def table_html(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    out = [f"<table{c}>"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{escape(str(x))}</{tag}>" for x in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def paras_html(text):
    return "\n".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))


# =================================================================== CLEAN
# c01: supplier quote with sample and production tiers (no authorized quantity in the bundle)
case("c01_quote_tiers", [], "supplier quote alone: sample and production tiers, nothing authorized", [
    ("Quotation_SR-Q-24-0412.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", "Ningbo Sunrise Plastic Technology Co., Ltd. | No. 88 Binhai 2nd Road, Beilun, Ningbo 315800, "
              "China | Tel +86 574 8688 1234 | www.sunrise-plastic.cn"),
        ("table", [["Field", "Value"],
                   ["Quotation No.", "SR-Q-24-0412"],
                   ["Date", "2024-04-12"],
                   ["Customer", "Alvorada Eletrodomésticos, S.A., Zona Industrial, 3750-101 Águeda, Portugal"],
                   ["Attn.", "Eng. Tiago Matos, Compras"],
                   ["Part", "Air fryer basket handle AF-220-07 Rev. B, PA66 GF30 black, UL94 HB"]]),
        ("h", "Prices"),
        ("table", [["Item", "Description", "Quantity", "Unit price (USD)", "Amount (USD)"],
                   ["1", "Injection mould 1x2 cavity, S136 H, hot runner YUDO, 500k shots", "1 set",
                    "7,950.00", "7,950.00"],
                   ["2", "T1 samples with full dimension report (FAI), 5 pcs per cavity marked", "20 pcs",
                    "0.00", "free of charge"],
                   ["3", "Production price, tier A", "10,000 pcs", "0.61", "-"],
                   ["4", "Production price, tier B", "50,000 pcs", "0.54", "-"]]),
        ("h", "Terms"),
        ("p", "1. Mould payment: 50% with mould order, 50% after your T1 sample sign-off."),
        ("p", "2. Lead time: T1 samples 35 days after mould order and drawing freeze."),
        ("p", "3. Production lead time: 30 days, counted from the date we receive your written production "
              "order for a stated quantity. The production quantities above are price tiers for planning; "
              "we produce nothing on them until that order arrives."),
        ("p", "4. Packing: 200 pcs per carton, export carton with PE bag, 40 cartons per pallet. FOB Ningbo."),
        ("p", "5. Resin price basis: Zytel 70G30HSL NC010 at USD 3.85/kg (April 2024). Validity 60 days."),
        ("sp",),
        ("p", "Prepared by: Cindy Xu, Sales Manager | cindy.xu@sunrise-plastic.cn | WeChat: cindyxu_nbsr"),
    ], title="Quotation SR-Q-24-0412", author="Cindy Xu")),
])

# c02: supplier asks whether it has the go-ahead; no material bought
_m = mail(
    "Nuno Carvalho <nuno.carvalho@folheados-vouga.pt>",
    "Markus Schulz <m.schulz@kuechenwerk-schulz.de>",
    "Drawer fronts DF-600 - samples delivered / next steps",
    "Wed, 08 May 2024 10:17:00 +0100",
    D("""
    Bom dia Mr. Schulz,

    I hope you are well.

    The 24 sample drawer fronts DF-600 (oak veneer, matt lacquer 10 gloss) were delivered to
    your Bielefeld plant on Monday 6 May, delivery note GR-24-1187. Your goods-in signed at 10:40.

    Before we plan anything else I would like to clarify with you: do we have your go-ahead for
    the remaining 2.376 pieces of our quotation, or do you still need time for the assembly test?
    If it is a yes, please send us the release in writing with the quantity, because our veneer
    supplier needs around 5 weeks for the rift-cut oak.

    To be transparent: we have not ordered any veneer or board for the series. What we have in
    stock is only the rest from the samples.

    Thank you and have a good week.

    Com os melhores cumprimentos / Best regards
    """) + sig("Nuno Carvalho", "Export Sales", "Folheados do Vouga, Lda. - Oliveira de Azeméis, Portugal",
               "+351 256 600 412"))
case("c02_samples_delivered_next_steps", [],
     "supplier question about a go-ahead; a question authorizes nothing; no material bought",
     [("DF-600_samples_delivered.eml", eml_bytes(_m))])

# c03: labelled forecast (EDI 830 printout)
case("c03_planning_schedule", [], "clearly labelled forecast, zero fab/raw authorization", [
    ("830-24-0117_planning_schedule.txt", D("""
    ================================================================================
     MIDWEST COMFORT APPLIANCES INC          PLANNING SCHEDULE / MATERIAL RELEASE
     EDI 830 (PRINTED COPY)                  *** FORECAST ONLY - NOT AN ORDER ***
    ================================================================================
     SCHEDULE NO : 830-24-0117            ISSUE DATE : 04/15/2024   PAGE 1 OF 1
     SUPPLIER    : 200417 OZARK CABLE ASSEMBLIES LLC, SPRINGFIELD MO
     SHIP-TO     : PLANT 2, 4400 NE 14TH ST, DES MOINES IA 50313
     ITEM        : HC-5521-A   HARNESS, BLOWER MOTOR, 18 AWG, 6 POS MINI-FIT JR
     DRAWING     : HC-5521 REV 12      UL 758 / CSA C22.2 NO. 210
     SCHED TYPE  : PL (PLANNING)       QTY TYPE : FORECAST
    --------------------------------------------------------------------------------
     FAB AUTHORIZATION QTY (CUM) :          0
     RAW MATERIAL AUTH QTY (CUM) :          0
     LAST RECEIPT                : 03/29/2024  ASN 77120  QTY 1,200  (PO 4410-22)
    --------------------------------------------------------------------------------
     WEEK OF        FORECAST QTY    STATUS
     05/06/2024            1,200    PLANNING
     05/13/2024            1,200    PLANNING
     05/20/2024              900    PLANNING
     05/27/2024            1,500    PLANNING
     06/03/2024            1,500    PLANNING
     JUN 2024 (BAL)        3,000    PLANNING
     JUL 2024              6,000    PLANNING
     AUG 2024              6,000    PLANNING
    --------------------------------------------------------------------------------
     NOTES:
     THIS SCHEDULE IS A NON-BINDING FORECAST FOR CAPACITY PLANNING ONLY. IT DOES NOT
     AUTHORIZE FABRICATION, MATERIAL PURCHASES OR SHIPMENTS. FIRM QUANTITIES ARE ISSUED
     ONLY AS NUMBERED PURCHASE ORDER RELEASES (EDI 850 / 862).
     QUESTIONS: D. KOWALCZYK, MATERIALS PLANNER, (515) 555-0148
    ================================================================================
    """)),
])

# c04: sample disposition "fit check only", complete hold
case("c04_sample_disposition", [],
     "sample signed off for fit check only; production not released; event + named person given", [
    ("Muster-Entscheid_DH-300_T2.docx", docx_bytes([
        ("h1", "Muster-Entscheid / Sample disposition"),
        ("p", "Lindauer Kältetechnik GmbH - Entwicklung Kühlgeräte - Werk Lindau (Bodensee)"),
        ("table", [["Feld / Field", "Inhalt / Content"],
                   ["Teil / Part", "Türgriff / door handle DH-300, Zeichnung 300-4471 Rev. D"],
                   ["Lieferant / Supplier", "Kunststoffspritzguss Wendt GmbH, Tuttlingen"],
                   ["Bestellung / PO", "4500712290 (T2-Muster 12 Stk)"],
                   ["Muster geliefert / samples received", "12 Stk, Lieferschein 88120, 22.04.2024"],
                   ["Prüfung / check", "Passung am Türrahmen (fit check), Haptik, Farbe RAL 9016"]]),
        ("h", "Ergebnis / Result"),
        ("p", "Die 12 T2-Muster sind für die Passprobe (fit check) abgezeichnet. Signed off for fit check only. "
              "Klimawechseltest und Dauerlauf (50.000 Zyklen) stehen noch aus."),
        ("h", "Was das bedeutet / What this means for the supplier"),
        ("li", "Authorized at present: the 12 T2 samples already delivered. Nothing further may be produced."),
        ("li", "Production is not released. The series balance of 11.988 Stk (order quantity 12.000 Stk) "
               "remains on hold."),
        ("li", "Unlock: full sample sign-off after the climate test in KW 27, followed by a written "
               "production release signed by Herr Andreas Pohl (Leiter Einkauf)."),
        ("li", "Material: resin for the samples only (PC/ABS Bayblend T85 XF)."),
        ("sp",),
        ("p", "Lindau, 25.04.2024 - gez. Dipl.-Ing. Felix Ambros, Entwicklung / Development"),
    ], author="Felix Ambros")),
])

# c05: full-quantity PO that says proceed; no balance exists
case("c05_full_quantity_po", [], "full-quantity PO with scoped 'proceed'; no sample, no balance", [
    ("PO_60-11873.pdf", pdf([
        ("h1", "PURCHASE ORDER 60-11873"),
        ("p", "Summit HVAC Products, Inc. - 1200 Industrial Pkwy, Elkhart, IN 46516 - Purchasing Dept."),
        ("table", [["Vendor", "Ship to", "PO date", "Terms"],
                   ["Great Lakes Fastener Supply Co., Toledo OH (vendor # 30288)",
                    "Receiving Dock B, Elkhart IN", "05/06/2024", "Net 45, FOB Destination"]]),
        ("sp",),
        ("table", [["Line", "Item / description", "Qty", "UOM", "Unit", "Ext."],
                   ["1", "MS-1032-08 Machine screw #10-32 x 1/2, Phillips pan, 18-8 SS, ASME B18.6.3",
                    "25,000", "EA", "$0.0410", "$1,025.00"],
                   ["2", "HN-1032 Hex nut #10-32, 18-8 SS, ASME B18.2.2", "25,000", "EA", "$0.0220",
                    "$550.00"],
                   ["", "", "", "", "Total", "$1,575.00"]]),
        ("h", "Notes"),
        ("p", "This PO is for the full quantity on each line. No samples or first articles are required; "
              "please proceed with the full 25,000 of each line and ship complete by 06/14/2024."),
        ("p", "Certificate of conformance with each shipment; material per ASTM F593 / F594. Bulk pack, "
              "5,000 per box, boxes labelled with PO and line number."),
        ("p", "Buyer: Karen Delgado, (574) 555-0193, kdelgado@summithvac.com"),
    ], pagesize=LETTER, title="PO 60-11873", author="Karen Delgado")),
])

# c06: call-off with explicit staged material authority above the released quantity
_body = f"""
<h2>Aalborg Ventilation A/S &mdash; Supplier portal</h2>
<p>Call-off <b>AV-CO-2024-0219-02</b> against blanket order <b>BO-2024-0219</b> &middot; issued 13.05.2024
&middot; supplier: Baltic Sheet Metal UAB, Kaunas</p>
<p>Part: VX-40 fan enclosure, DX51D+Z275 1.0 mm, powder coat RAL 7016, drawing VX-40-100 rev. 7</p>
{table_html([["Call-off", "Quantity", "Status", "Delivery"],
             ["01", "300 units", "released, delivered wk 16", "wk 16"],
             ["02 (this call-off)", "300 units", "released now", "wk 24"],
             ["balance of blanket", "900 units", "on hold - not released", "-"],
             ["blanket total", "1.500 units", "", ""]])}
<div class="note">
<p><b>Production:</b> build 300 units under this call-off, nothing more. The balance of 900 units is not
released; it is released only by call-off 03, issued and signed by Henrik Bach, Supply Chain Manager.</p>
<p><b>Material authority:</b> you may buy and hold galvanised sheet for up to 1.200 units (this call-off plus
the next 900) at Aalborg Ventilation's liability. This covers sheet only, not cutting, bending or coating.
Anything bought above 1.200 units' worth is at your own risk.</p>
</div>
<h3>Planning forecast (non-binding, not released)</h3>
{table_html([["Month", "Forecast units"], ["July", "300"], ["August", "300"], ["September", "300"]])}
<p>Contact: Henrik Bach &middot; hb@aalborgvent.dk &middot; +45 9812 4410</p>
"""
case("c06_calloff_material_authority", [],
     "call-off releases 300; explicit staged material authority up to 1,200; event + named person", [
    ("AV-CO-2024-0219-02.html", html_page("Call-off AV-CO-2024-0219-02", _body)),
])

# c07: explicit, recorded auto-conversion naming quantity, signer and conditions
case("c07_recorded_autoconversion", [],
     "explicit recorded auto-conversion with quantity, signer and conditions", [
    ("Release_agreement_AC-2024-07.pdf", pdf([
        ("h1", "Release agreement AC-2024-07"),
        ("p", "Medisan AG, Industriestrasse 12, 6340 Baar, Schweiz - Einkauf Medizinprodukte"),
        ("table", [["Field", "Content"],
                   ["Supplier", "Plastiform Medical s.r.l., Arad, Romania"],
                   ["Order", "4500551234 dated 02.04.2024"],
                   ["Part", "Spike cap SC-14 (infusion set), PE-LD, EN ISO 8536-4, Rev. 03"],
                   ["Order quantity", "10'000 Stk"],
                   ["Authorized now", "400 Stk validation samples"],
                   ["Balance on hold", "9'600 Stk"]]),
        ("h", "Recorded auto-conversion"),
        ("p", "Both parties agree and record the following auto-conversion. When Dr. Ursula Brandt, Head of "
              "Quality, signs the sample sign-off for the 400 validation samples with the disposition "
              "'approved' (no deviations), the balance of 9'600 Stk is released for production by that "
              "signature alone, without a further release document."),
        ("p", "Conditions: the sign-off must be dated on or before 30.06.2024 and must reference this "
              "agreement. An interim or conditional disposition, or a sign-off after 30.06.2024, does not "
              "trigger the auto-conversion; the balance then stays on hold until a written release by "
              "Marco Bernasconi."),
        ("p", "Material authority: sample-only until the auto-conversion takes effect."),
        ("sp",),
        ("table", [["For Medisan AG", "For Plastiform Medical"],
                   ["Marco Bernasconi, Head of Procurement (release authority), 22.04.2024",
                    "Ioana Pavel, Key Account Manager, 23.04.2024"]]),
    ], title="Release agreement AC-2024-07", author="Marco Bernasconi")),
])

# c08: old quote forwarded as rfc822, declared informational; PO attached
_old = mail(
    "Gary Whitlock <gary.whitlock@printwise-labels.co.uk>",
    "Procurement <procurement@hartwellbev.co.uk>",
    "Quotation PW-23-0881 - 330ml can sleeve labels",
    "Thu, 09 Nov 2023 14:02:00 +0000",
    D("""
    Hi all,

    As requested, pricing for the 330ml shrink sleeve (PETG 45 micron, 8 colours + matt varnish):

      250,000 sleeves   GBP 19.40 / 1,000
      500,000 sleeves   GBP 17.10 / 1,000

    Substrate: Bonset PETG 45u, TD shrink 75%. Cylinders charged once: GBP 2,850.
    Lead time 3 weeks from artwork sign-off.

    Cheers,
    Gary
    """) + sig_plain("Gary Whitlock", "Account Manager", "Printwise Labels Ltd, Leeds"))
_po = pdf([
    ("h1", "PURCHASE ORDER 40217"),
    ("p", "Hartwell Beverages Ltd - Unit 4, Riverside Way, Bristol BS2 0QX"),
    ("table", [["Line", "Description", "Qty", "Price", "Value"],
               ["1", "330ml can sleeve 'Orchard Fizz' - line trial, artwork HB-OF-330 v5", "2,000 sleeves",
                "GBP 0.095", "GBP 190.00"]]),
    ("p", "Scope: trial sleeves only (2,000). No production volume is released by this PO. Production "
          "volume is released only by a written release from Rachel Owens after the line trial sign-off."),
    ("p", "Delivery: by 07/06/2024 to Bristol site, goods-in bay 2. Material: trial quantity only."),
], title="PO 40217", author="Rachel Owens")
_m = mail(
    "Rachel Owens <rachel.owens@hartwellbev.co.uk>",
    "Gary Whitlock <gary.whitlock@printwise-labels.co.uk>",
    "PO 40217 - trial sleeves 330ml Orchard Fizz",
    "Mon, 20 May 2024 11:25:00 +0100",
    D("""
    Hi Gary,

    PO 40217 attached: 2,000 trial sleeves for the 330ml Orchard Fizz can, artwork v5 as proofed
    last week. Nothing beyond these 2,000 is released. The production volume will be released by
    me, in writing, after the line trial sign-off on 20 June.

    I've also forwarded your old quote from November below so your planner has the substrate spec
    in one place. The 250,000 and 500,000 figures in it are for information only and are not
    released in any way.

    Delivery by 7 June please, goods-in bay 2.

    Thanks,
    Rachel
    """) + sig("Rachel Owens", "Senior Buyer - Packaging", "Hartwell Beverages Ltd", "+44 117 496 0123"),
    html=None,
    attachments=[("PO_40217.pdf", _po, PDF_MT), ("rfc822", _old)])
case("c08_trial_sleeves_old_quote", [],
     "old quote forwarded as rfc822 and declared informational; trial PO complete", [
    ("PO_40217_trial_sleeves.eml", eml_bytes(_m)),
])

# c09: buyer correctly rejects a quoted supplier assumption of auto-conversion
_m = mail(
    "Wong Mei Fen <meifen.wong@ardent-iot.com.my>",
    "Kevin Tan <kevin.tan@penang-ems.com.my>",
    "RE: ARD-PO-24-0330 FAI 20 units gateway board",
    "Fri, 17 May 2024 16:48:00 +0800",
    D("""
    Hi Kevin,

    No - please don't. FAI sign-off does not release the 2,000 units.

    Only the 20 FAI units are authorised today. The 2,000 stay on hold until I send you a
    written production release after our FAI sign-off (target 31 May). Please buy components for
    the 20 FAI units only; if the MCU allocation is a worry, tell me the quantity and cost and I
    will decide on a material authority separately.

    Thanks for flagging it early.

    Regards,
    Mei Fen

    On Fri, 17 May 2024 at 14:05, Kevin Tan <kevin.tan@penang-ems.com.my> wrote:
    > Hi Mei Fen,
    > FAI units will be ready on Tuesday. To save time, once you approve the FAI we will
    > continue the 2,000 units straight away, line is free in week 23.
    > Regards, Kevin
    """) + sig("Wong Mei Fen", "Senior Buyer", "Ardent IoT Sdn Bhd, Cyberjaya", "+60 3 8322 4410"))
case("c09_fai_reply_no_autoconversion", [],
     "quoted supplier auto-conversion assumption, correctly rejected by the buyer with full scope", [
    ("RE_ARD-PO-24-0330_FAI.eml", eml_bytes(_m)),
])

# c10: supplier says the deposit does not release production
_pl = D("""
PACKING LIST  XBH-PL-24-0517
Xiamen Bright Furniture Hardware Co., Ltd.
Customer: Nordhus Interiør AS, Drammen
PO: NH-2291   Item: soft-close drawer slide DS-450 (450 mm, full extension, 35 kg)

CTN  CONTENT                         QTY     N.W.    G.W.
1    DS-450 sample set (pair)         8 set   6.4 kg  7.2 kg

Shipped by FedEx IP, AWB 7781 2290 4410, 17-May-2024
""")
_m = mail(
    "Grace Lin <grace.lin@xmbright-hardware.com>",
    "Erik Andersen <erik.andersen@nordhus.no>",
    "PO NH-2291 deposit received / sample shipment",
    "Fri, 17 May 2024 17:20:00 +0800",
    D("""
    Dear Mr. Andersen,

    Good day. We confirm we received the 30% deposit (USD 4,200.00) for PO NH-2291 today,
    thank you very much.

    Please note the deposit does not release production. We make only the 8 sample sets of the
    DS-450 slide now, and we wait for your written release before we start the 1,200 sets. We will
    not buy steel or bearings for the 1,200 sets before your release.

    The 8 sample sets are shipped today by FedEx, packing list attached.

    Best regards,
    Grace Lin
    Sales Manager
    Xiamen Bright Furniture Hardware Co., Ltd.
    Tel: +86 592 5566 120
    """),
    attachments=[("XBH-PL-24-0517.txt", _pl, "text/plain")])
case("c10_deposit_received", [], "supplier: deposit does not release production; samples only", [
    ("PO_NH-2291_samples.eml", eml_bytes(_m)),
])

# c11: supplier acknowledgement restating the hold (TXT)
case("c11_order_acknowledgement", [], "supplier acknowledgement restating scope and hold", [
    ("OA_CT-24-0412.txt", D("""
    CABLU-TEHNIC SRL                                   ORDER ACKNOWLEDGEMENT
    Str. Fabricii 14, 550018 Sibiu, Romania            No. OA CT-24-0412
    CUI RO18447120                                     Date: 24.04.2024

    To:      Hausmann Elektro GmbH, Einkauf, z.Hd. Herrn Florian Weber
    Your PO: 4500776120 from 22.04.2024

    Dear Mr. Weber,

    we acknowledge your purchase order 4500776120 exactly as written:

      Pos  Article                       Qty      Unit price   Delivery
      10   KH-12 rev D sample harness    40 pcs   EUR 11,80    wk 19/2024

    We note that the production quantity of 3.960 pcs is not released and stays on hold until
    your sample sign-off and a written release from you, Mr. Weber. We will buy wire, terminals
    and housings (JST PH, Molex 5557) for the 40 samples only.

    Test: 100% continuity and hi-pot 1.500 V AC / 1 s, report with the samples.

    Kind regards / Cu stima,
    Alina Constantin
    Customer Service, Cablu-Tehnic SRL
    tel. +40 269 210 447
    """)),
])

# c12: PPAP interim disposition with limits, released quantity and named authority (HTML)
_body = f"""
<h2>Kaveri Home Appliances Ltd &mdash; Supplier Quality Portal</h2>
<p><b>PPAP disposition notice</b> &middot; ref. KHA/SQA/PPAP/24-0388 &middot; 09-May-2024</p>
{table_html([["Field", "Value"],
             ["Supplier", "Sri Lakshmi Polymers, Hosur (vendor code V-10477)"],
             ["Part", "WM-LH-21 washing machine lid hinge, PP-talc 20%, drawing WM-LH-21 rev 05"],
             ["PPAP", "Level 3, submission dated 02-May-2024"],
             ["Disposition", "INTERIM approval (Class B) - open item: Cpk 1.21 on dim. 7 (target 1.33)"],
             ["Interim limits", "1,000 pcs or until 30-Jun-2024, whichever comes first"],
             ["Schedule total", "12,000 pcs"]])}
<h3>Production release R-2 (this notice)</h3>
<div class="note">
<p>With this notice Meera Iyer (Head &ndash; SQA, release authority) releases 1,000 pcs for production
and supply, within the interim limits above.</p>
<p>The balance of 11,000 pcs is not released. The next release follows only after full PPAP sign-off,
in writing, by Meera Iyer.</p>
<p>Material: buy resin for the 1,000 pcs released here only.</p>
</div>
<p>Corrective action for dim. 7 due 31-May-2024 (tool insert correction, re-study n=125).</p>
"""
case("c12_ppap_interim", [], "interim disposition with limits; release of 1,000 by named authority", [
    ("KHA-SQA-PPAP-24-0388.html", html_page("PPAP disposition KHA/SQA/PPAP/24-0388", _body)),
])

# c13: identifiers that look like quantities; trial PO complete
case("c13_fastener_trial_po", [],
     "identifiers look like quantities (ISO 4762, 8000-1200, RV-2024-3000, Rev. 10); trial PO complete", [
    ("Bestellung_4500248810.pdf", pdf([
        ("h1", "Bestellung / Purchase order 4500248810"),
        ("p", "Ostsee Möbelwerk GmbH - Hafenstraße 21 - 18119 Rostock - Einkauf"),
        ("table", [["Lieferant / supplier", "Datum / date", "Zahlungsbed. / terms", "Lieferbed. / Incoterms"],
                   ["Befestigungstechnik Brandl GmbH, 94315 Straubing", "06.05.2024", "30 Tage netto",
                    "DAP Rostock"]]),
        ("sp",),
        ("table", [["Pos", "Art.-Nr.", "Bezeichnung / description", "Menge / qty", "Preis / price"],
                   ["10", "8000-1200", "Zylinderschraube ISO 4762 M6x20 - A2-70, DIN EN ISO 3506-1",
                    "500 Stk", "0,062 EUR"],
                   ["20", "7965-0600", "Einschraubmutter / threaded insert M6, DIN 7965 Form B", "500 Stk",
                    "0,118 EUR"]]),
        ("p", "Zeichnung / drawing 5000-250 Rev. 10 (Korpusverbinder), Montageversuch Halle 3000."),
        ("p", "Trial quantity only: 500 pieces of each position for the assembly trial. The series quantity "
              "under frame agreement RV-2024-3000 is not released by this order. Series release only after "
              "assembly-trial sign-off, in writing, by Frau Sabine Krüger (Einkauf)."),
        ("p", "Lieferant muss auf unserer Liste zugelassener Lieferanten (approved vendor list) geführt sein; "
              "Zertifikat ISO 9001:2015 liegt vor."),
        ("p", "Rückfragen: Sabine Krüger, Tel. +49 381 4400 217"),
    ], title="Bestellung 4500248810", author="Sabine Krüger")),
])

# c14: folder, European number format consistent with English format
_po = pdf([
    ("h1", "Bestellung 4500253301"),
    ("p", "Bergmann Haushaltsgeräte GmbH - Einkauf - Industriering 7 - 33334 Gütersloh"),
    ("table", [["Pos", "Material", "Bezeichnung", "Menge", "Preis", "Wert"],
               ["10", "BG-71120", "Wassertankdeckel / water tank lid, PP-H, weiß", "1.500 Stk", "0,87 EUR",
                "1.305,00 EUR"]]),
    ("p", "Pilotserie / pilot lot 1.500 Stk. Restmenge 13.500 Stk (Rahmenvertrag 15.000 Stk) nicht freigegeben. "
          "Freigabe der Restmenge erst nach Pilot-Abnahme, schriftlich durch Frau Claudia Neumann (Einkauf)."),
    ("p", "Liefertermin KW 24, frei Haus Gütersloh. Material nur für die Pilotserie beschaffen."),
], title="Bestellung 4500253301", author="Claudia Neumann")
_m = mail(
    "Claudia Neumann <c.neumann@bergmann-hg.de>",
    "Rohit Khanna <rohit.khanna@sunpolymers.in>",
    "PO 4500253301 - pilot lot water tank lid BG-71120",
    "Tue, 14 May 2024 08:40:00 +0200",
    D("""
    Dear Mr. Khanna,

    our PO 4500253301 is in the same folder. Please note it is printed in German number format:
    "1.500 Stk" means one thousand five hundred pieces, i.e. 1,500 pcs. The balance of 13,500 pcs
    of the frame contract stays on hold until our pilot acceptance and my written release.

    Please buy material for the 1,500 pcs pilot lot only.

    Mit freundlichen Grüßen
    Claudia Neumann
    Einkauf, Bergmann Haushaltsgeräte GmbH
    """))
case("c14_pilot_lot_eu_format", [], "1.500 Stk and 1,500 pcs are the same quantity; complete scope", [
    ("Bestellung_4500253301.pdf", _po),
    ("cover_mail_4500253301.eml", eml_bytes(_m)),
])

# c15: chat, "2k" consistent with 2,000
case("c15_wechat_pilot_2k", [], "shorthand 2k equals 2,000; complete scope in chat", [
    ("WeChat_export_KHA-7781.txt", D("""
    WeChat chat history export  |  Jason Lim (Klang Home Appliances)  <->  Wu Lei (Foshan Xinrui Hardware)
    Exported 2024-05-21 18:02

    2024-05-13 09:31  Jason Lim: Morning Wu Lei. PO KHA-7781 sent to your email just now.
    2024-05-13 09:32  Jason Lim: it is 2k pcs pilot lot for the fan grille FG-16 (stainless 304, electro-polish)
    2024-05-13 09:33  Jason Lim: rest of the 20k on hold. only after pilot sign-off + written release from me
    2024-05-13 09:40  Wu Lei: ok Jason. confirm 2,000 pcs pilot, balance 18,000 wait your release
    2024-05-13 09:41  Wu Lei: wire rod we prepare for 2,000 pcs only
    2024-05-13 09:41  Jason Lim: 👍 correct
    2024-05-17 15:12  Wu Lei: welding fixture done. sample photo tomorrow
    2024-05-18 10:05  Wu Lei: [Image]
    2024-05-18 10:07  Jason Lim: spot weld looks ok. pls check flatness 0.5 max on the ring
    2024-05-18 10:20  Wu Lei: ok will measure all 2,000 before packing
    """)),
])

# c16: call-off schedule; total = 3 x 2,000; only release 1 released
_body = f"""
<h2>Conservas Atlântico, S.A. &mdash; Portal de Fornecedores</h2>
<p>Encomenda / order <b>CA-24-0761</b> &middot; fornecedor / supplier: Etiquetas Gráficas do Porto, Lda.
&middot; 10/05/2024</p>
<p>Artigo / item: rótulo lata sardinha 125 g / sardine can label 125 g, papel couché 80 g, 6 cores,
rolos de 5.000 etiquetas / rolls of 5,000 labels</p>
{table_html([["Release", "Quantidade / quantity", "Estado / status", "Data / date"],
             ["1", "2.000 rolos / rolls", "libertado / released (this call-off)", "semana 22"],
             ["2", "2.000 rolos / rolls", "previsão, não libertado / forecast, not released", "semana 30"],
             ["3", "2.000 rolos / rolls", "previsão, não libertado / forecast, not released", "semana 40"],
             ["Total da encomenda / order total", "6.000 rolos / rolls", "", ""]])}
<div class="note">
<p>Only release 1 (2.000 rolls) is released for printing now. Releases 2 and 3 are forecasts and are
released only by a separate call-off signed by Marta Ribeiro (Compras). Buy paper and ink for release 1
only.</p>
</div>
<p>Contacto: Marta Ribeiro &middot; marta.ribeiro@conservas-atlantico.pt &middot; +351 229 410 220</p>
"""
case("c16_calloff_schedule_total", [], "total 6,000 = 3 x 2,000; release 1 only; rest forecast, not released", [
    ("CA-24-0761_releases.html", html_page("Encomenda CA-24-0761", _body, lang="pt")),
])

# c17: EMS status report, components for the pilot only
case("c17_ems_status_pilot_only", [], "supplier status: components for pilot only; asks for material authority", [
    ("PCW_build_status_wk20.txt", D("""
    PENANG CIRCUIT WORKS SDN BHD - WEEKLY BUILD STATUS (WK 20/2024)
    Customer : Halvorsen Lydteknik ApS (Denmark)      Prepared by: Tan Mei Ling, Program Mgr
    Project  : HL-AMP-7 amplifier main board, PCBA rev C

    1. PO HL-24-0187 (pilot): 50 pcs
       SMT      : 50/50 done (line 3)
       AOI/ICT  : 49 pass, 1 rework (U12 tombstone), re-test tomorrow
       Box build: n/a
       Ship     : wk 21, DHL, CI + CoC

    2. Production lot 2,500 pcs (quotation PCW-Q-2208): NOT released by customer.
       We have not ordered any component for the production lot and will not order before your
       written release.

    3. Materials
       - All components for the 50 pilot boards are in house.
       - Long-lead: STM32G0B1 MCU lead time 38 wks, Molex 53261 connectors 16 wks.
       - If you want us to secure MCU allocation ahead of the release, please send a written
         material authority with the quantity and your liability. Without it we buy nothing extra.

    4. Open points
       - ECN-HL-014 (C44 value change) - waiting your confirmation.
       - Stencil rev B for 0.4 mm pitch QFN - verified by our SMT engineer, in use.

    Next report: wk 21.
    """)),
])

# c18: release letter releasing the full remaining balance after sample sign-off
case("c18_full_balance_release", [], "release of the full remaining balance; nothing left on hold", [
    ("Production_release_PR-0007.pdf", pdf([
        ("h1", "Production release PR-0007"),
        ("p", "Silkeborg Stole ApS - Indkøb / Purchasing - Frederiksberggade 40, 8600 Silkeborg, Denmark"),
        ("table", [["Field", "Content"],
                   ["Supplier", "Metalúrgica Ferreira & Filhos, Lda., Águeda, Portugal"],
                   ["PO", "DK-77390, issued 12.04.2024"],
                   ["Part", "Armrest bracket AB-218 rev 3, powder coated steel, black RAL 9005"],
                   ["PO quantity", "2,400 pcs (12 samples + 2,388 production)"],
                   ["Sample sign-off", "28.05.2024, report SR-112, signed by design lead Ida Kristensen"]]),
        ("h", "Release"),
        ("p", "Following the sample sign-off above, we release the full balance of 2,388 pcs for production. "
              "With this release the whole PO quantity of 2,400 pcs is released; nothing remains on hold."),
        ("p", "Delivery: 1,200 pcs week 30 and 1,188 pcs week 33, DAP Silkeborg, on EUR pallets, max. 600 pcs "
              "per pallet."),
        ("sp",),
        ("p", "Anne Mortensen, Purchasing Manager (release authority) - Silkeborg, 29.05.2024"),
    ], title="Production release PR-0007", author="Anne Mortensen")),
])

# c19: hold notice (email + DOCX), complete
_hold = docx_bytes([
    ("h1", "Hold notice HN-24-011"),
    ("p", "Brookfield Medical Disposables Ltd - Purchasing - Unit 9, Kingsway Business Park, Rochdale OL16 4NW"),
    ("table", [["Field", "Content"],
               ["Supplier", "Clearform Plastics Ltd, Telford"],
               ["PO", "60231 (specimen container lid SCL-60, PP, natural)"],
               ["PO quantity", "25,000 pcs"],
               ["Authorised", "120 validation samples (delivered 02/05/2024)"],
               ["On hold", "24,880 pcs"]]),
    ("p", "Effective immediately: only the 120 validation samples already delivered are authorised. Do not start "
          "the production balance of 24,880 pcs. Nothing beyond the 120 samples is released."),
    ("p", "Reason: ECN-0412 (thread pitch change after torque test)."),
    ("p", "Resumption: after ECN-0412 sign-off and a written release from Claire Whitmore, Category Buyer."),
    ("p", "Material: sample-only. Please confirm you have no resin or masterbatch on order for the balance."),
])
_m = mail(
    "Claire Whitmore <claire.whitmore@brookfield-md.co.uk>",
    "Production Control <production@clearform-plastics.co.uk>",
    "HOLD NOTICE HN-24-011 - PO 60231 specimen container lids",
    "Thu, 16 May 2024 09:05:00 +0100",
    D("""
    Good morning,

    Please see the attached hold notice for PO 60231.

    In short: only the 120 validation samples you delivered on 2 May are authorised. Please do not
    start the production balance of 24,880 lids - nothing beyond the 120 samples is released. Work
    resumes only after ECN-0412 is signed off and you receive a written release from me.

    Could you confirm by return that nothing has been scheduled or bought for the balance?

    Many thanks,
    Claire
    """) + sig("Claire Whitmore", "Category Buyer", "Brookfield Medical Disposables Ltd", "+44 1706 555 018"),
    html=paras_html("Good morning,\n\nPlease see the attached hold notice for PO 60231.\n\n"
                    "In short: only the <b>120 validation samples</b> you delivered on 2 May are authorised. "
                    "Please do not start the production balance of 24,880 lids.").replace("&lt;b&gt;", "<b>")
                    .replace("&lt;/b&gt;", "</b>"),
    attachments=[("HN-24-011.docx", _hold, DOCX_MT)])
case("c19_hold_notice", [], "hold notice: active 120, balance on hold, event and named person", [
    ("HOLD_NOTICE_HN-24-011.eml", eml_bytes(_m)),
])

# c20: founder's scoped go-ahead
_m = mail(
    "Leo Fischer <leo@brightbrew.io>",
    "Arjun Nair <arjun.nair@kochiprecision.in>",
    "Re: Burr carrier prototypes - photos",
    "Sat, 18 May 2024 22:14:00 -0700",
    D("""
    Hey Arjun,

    Samples look great, the anodising is way better than the last shop we used.

    Go ahead with the 20 prototype units only. The remaining 480 wait until we've tested the
    prototypes on the bench for two weeks and I've sent you a written release - please don't cut
    metal for them before that. Buy 6061 bar for the 20 only.

    Invoice for the 20 can go to accounts@brightbrew.io.

    Cheers,
    Leo

    Leo Fischer
    Co-founder, Brightbrew Inc. - Portland, OR

    On Sat, May 18, 2024 at 9:02 AM Arjun Nair <arjun.nair@kochiprecision.in> wrote:
    > Dear Leo, please find photos of the 2 first-off burr carriers (BC-02 rev B) attached.
    > All dims in tolerance, Ra 0.8 on the bore.
    > Regards, Arjun
    """))
case("c20_founder_scoped_go_ahead", [], "scoped go-ahead: 20 prototypes only, rest held, event + named person", [
    ("Re_burr_carrier_prototypes.eml", eml_bytes(_m)),
])

# c21: quality agreement keeping sample sign-off and production release apart
case("c21_quality_agreement_clean", [],
     "quality agreement: sample sign-off does not release production; forecasts non-binding", [
    ("QAA_Nordlys_Medical_v3.docx", docx_bytes([
        ("h1", "Quality Assurance Agreement"),
        ("p", "between Nordlys Medical A/S, Odense (Customer) and Polyform Medical s.r.l., Timișoara (Supplier) "
              "- version 3, 2 May 2024"),
        ("h", "1 Scope"),
        ("p", "This agreement applies to single-use components (luer connectors, caps, clamps) supplied under "
              "ISO 13485:2016 and MDR (EU) 2017/745 requirements."),
        ("h", "2 Initial samples"),
        ("p", "2.1 The Supplier submits initial samples with an initial sample inspection report and the process "
              "validation summary (IQ/OQ/PQ)."),
        ("p", "2.2 The Customer's quality department records a sample sign-off: approved, interim (with a quantity "
              "and/or date limit) or rejected."),
        ("p", "2.3 A sample sign-off is a technical decision. It does not release production. Production "
              "quantities are released only by a written production release signed by the Customer's release "
              "authority named in Annex 2 (currently Dr. Helena Sørensen, Director Supply Chain)."),
        ("h", "3 Forecasts and material"),
        ("p", "Forecasts are non-binding planning information. They authorise neither production nor material "
              "purchases. Material may be bought ahead of a production release only under a written material "
              "authority stating the quantity and the Customer's liability."),
        ("h", "4 Responsibilities"),
        ("table", [["Topic", "Customer", "Supplier"],
                   ["Sample sign-off", "Quality (QA Manager)", "submits samples + report"],
                   ["Production release", "Release authority (Annex 2)", "builds released quantity only"],
                   ["Material authority", "Purchasing, in writing", "buys within the stated quantity"],
                   ["Change notification", "approves change plan", "notifies 90 days ahead"]]),
        ("h", "5 Complaints"),
        ("p", "8D report within 10 working days; containment within 24 h."),
    ], author="Nordlys Medical QA")),
])

# c22: SAP PO printout, terms kept apart, complete scope
case("c22_sap_po_print", [], "German ERP PO print; sample PO complete; PO issued / sign-off / release kept apart", [
    ("BE_4500252001.txt", D("""
    ------------------------------------------------------------------------------------
    HEINRICH KÖHLER ELEKTROGERÄTE GMBH           BESTELLUNG / PURCHASE ORDER
    Postfach 11 40, 72760 Reutlingen             Nr. 4500252001   vom 29.04.2024
    ------------------------------------------------------------------------------------
    Lieferant 200815  Spritzgusswerk Albtal GmbH, Gewerbestr. 9, 72393 Burladingen
    Ansprechpartner   Herr Jan Köhler, Einkaufsleiter, Tel. 07121 9180-230
    Lieferbedingung   DAP Reutlingen Werk 2      Zahlung 30 Tage 2 % / 60 Tage netto
    ------------------------------------------------------------------------------------
    Pos  Material        Kurztext                          Menge  ME   Preis/ME      Wert
    10   HK-33018-02     Lüftergehäuse T1-Muster PA6 GF15    25  ST     6,40 EUR   160,00
    ------------------------------------------------------------------------------------
    Positionstext Pos. 10:
      Diese Bestellung umfasst nur 25 T1-Muster. / This PO covers 25 T1 samples only.
      Restmenge 4.975 ST (Gesamtbedarf 5.000 ST) nicht freigegeben. / Balance 4,975 pcs
      not released.
      Serienfreigabe erst nach Muster-Sign-off (EMPB nach VDA Bd. 2) durch schriftliche
      Freigabe von Herrn Jan Köhler. / Production release only after sample sign-off,
      as a written release by Mr Jan Köhler.
      Material nur für die 25 Muster beschaffen. / Buy material for the 25 samples only.
    ------------------------------------------------------------------------------------
    Bestellung erteilt 29.04.2024 (PO issued)                      Gesamtwert  160,00 EUR
    Es gelten unsere Allgemeinen Einkaufsbedingungen AEB 2023.
    ------------------------------------------------------------------------------------
    """)),
])

# c23: full-quantity prototype PO, no follow-on quantity
case("c23_prototype_po_full", [], "full-quantity prototype PO (8 pcs); explicitly no follow-on quantity", [
    ("PO_KR-2024-044.pdf", pdf([
        ("h1", "Bestellung / Purchase order KR-2024-044"),
        ("p", "Kinetix Robotics AG - Technoparkstrasse 1 - 8005 Zürich"),
        ("table", [["Pos", "Teil / part", "Werkstoff / material", "Menge / qty", "Preis / price", "Total"],
                   ["1", "Motor flange MF-12, Zeichnung KR-0112 Rev 03", "EN AW-7075 T651, eloxiert schwarz",
                    "8 Stk", "CHF 214.00", "CHF 1'712.00"]]),
        ("p", "Please proceed with the eight (8) prototypes. This PO covers the complete requirement for this part: "
              "8 pcs. No further quantity is planned or implied under this order."),
        ("p", "Messprotokoll für alle Masse mit Toleranz < 0.05 mm. Lieferung KW 22, DAP Zürich."),
        ("p", "Bestellt durch / ordered by: Nina Keller, CTO - nina.keller@kinetix-robotics.ch"),
    ], title="PO KR-2024-044", author="Nina Keller")),
])

# c24: folder: minutes + supplier mail restating the hold
_min = docx_bytes([
    ("h1", "Meeting minutes - Hjem Interiør A/S / Fundição Lusa, Lda."),
    ("p", "Date: 15.05.2024, Teams call. Participants: Lars Winther (Hjem, product development), Pia Holm "
          "(Hjem, Purchasing Manager), Rui Tavares (Fundição Lusa, sales), Sónia Pinto (Fundição Lusa, quality)."),
    ("h", "Decisions"),
    ("table", [["#", "Topic", "Decision", "Owner"],
               ["1", "Samples table leg bracket TB-75 (aluminium die-cast, AlSi10Mg)",
                "16 samples authorised under PO HI-3310", "Rui Tavares"],
               ["2", "Balance of 1,584 pcs (PO total 1,600)",
                "on hold, not released", "Pia Holm"],
               ["3", "Unlock of the balance",
                "sample sign-off by Lars Winther, then written release by Pia Holm", "Lars Winther / Pia Holm"],
               ["4", "Material", "aluminium ingot for the 16 samples only", "Sónia Pinto"]]),
    ("h", "Other points"),
    ("li", "Surface: bead blasted + clear powder coat; colour sample to follow by post."),
    ("li", "Next call: 29.05.2024."),
])
_m = mail(
    "Rui Tavares <rui.tavares@fundicaolusa.pt>",
    "Pia Holm <pia.holm@hjeminterior.dk>",
    "RE: Minutes 15.05 - TB-75 brackets",
    "Thu, 16 May 2024 12:31:00 +0100",
    D("""
    Dear Pia,

    Thank you for the minutes, we agree with them. Just to confirm from our side: we will cast
    and machine the 16 sample brackets only, and we will not start the balance of 1,584 pieces
    until we have your written release.

    The samples will leave Leiria on 27 May.

    Melhores cumprimentos,
    Rui Tavares
    Fundição Lusa, Lda.
    """))
case("c24_minutes_and_ack", [], "minutes with full scope + supplier mail restating the hold", [
    ("Minutes_2024-05-15_TB-75.docx", _min),
    ("RE_Minutes_TB-75.eml", eml_bytes(_m)),
])


# =================================================================== WITH RISKS
# p01: German buyer, T1 sample PO + supplier quote with series quantity; nothing about the balance
_po = pdf([
    ("h1", "Bestellung / Purchase Order 4500231877"),
    ("p", "Weiss Hausgeräte GmbH - Strategischer Einkauf - Daimlerstraße 30 - 73614 Schorndorf"),
    ("table", [["Lieferant / supplier", "Bestelldatum", "Liefertermin", "Incoterms"],
               ["Ningbo Yuhang Precision Plastics Co., Ltd. (Lief.-Nr. 710233)", "05.03.2024", "KW 14/2024",
                "DAP Schorndorf"]]),
    ("sp",),
    ("table", [["Pos", "Material", "Bezeichnung", "Menge", "Preis", "Wert"],
               ["10", "7731-204", "Blende Bedienfeld / control panel cover, Rev. C, PC/ABS Cycoloy C1200HF, "
                "RAL 9003 - T1-Muster / T1 samples", "30 Stk", "4,80 EUR", "144,00 EUR"],
               ["20", "WZ-7731-204", "Spritzgießwerkzeug 1-fach / injection mould 1-cavity, Eigentum Weiss",
                "1 Stk", "18.400,00 EUR", "18.400,00 EUR"]]),
    ("p", "Erstmusterprüfbericht (EMPB) nach VDA Band 2 mit den Mustern. Werkzeugzahlung nach "
          "vereinbarten Meilensteinen (30/40/30)."),
    ("p", "Anlieferung: Wareneingang Tor 3, Mo-Fr 6:00-14:00. Es gelten unsere AEB, Stand 01/2023."),
    ("p", "Einkäufer: Jürgen Albrecht, Tel. +49 7181 603-412"),
], title="Bestellung 4500231877", author="Jürgen Albrecht")
_quote = pdf([
    ("h1", "OFFER 2024-Q-0318"),
    ("p", "Ningbo Yuhang Precision Plastics Co., Ltd. - Yuyao, Zhejiang - to: Weiss Hausgeräte GmbH, "
          "Mr. Jürgen Albrecht"),
    ("table", [["Item", "Description", "Quantity", "Unit price", "Remark"],
               ["1", "Injection mould 1-cav., 1.2344 / 1.2738, 300k shots", "1 set", "EUR 18.400,00",
                "T1 in 35 days"],
               ["2", "T1 samples incl. EMPB", "30 pcs", "EUR 4,80", "by air"],
               ["3", "Series parts 7731-204, Serienmenge", "18.000 pcs/year", "EUR 1,92",
                "lead time 4 weeks, sea freight"]]),
    ("p", "Resin: SABIC Cycoloy C1200HF, colour matched to RAL 9003 with masterbatch 2%."),
    ("p", "Packing: 120 pcs per carton with PE foam layers. Validity: 90 days. Contact: Chen Li, sales."),
], title="Offer 2024-Q-0318", author="Chen Li")
_m = mail(
    "Jürgen Albrecht <j.albrecht@weiss-hausgeraete.de>",
    "Chen Li <chenli@yuhang-plastics.com>",
    "PO 4500231877 - T1 samples Blende Bedienfeld 7731-204",
    "Tue, 05 Mar 2024 15:22:00 +0100",
    D("""
    Dear Ms. Chen,

    as discussed in our call on Tuesday, please find attached our purchase order 4500231877 for
    the T1 samples of the control panel cover (Blende Bedienfeld), part no. 7731-204, Rev. C,
    material PC/ABS Cycoloy C1200HF, colour RAL 9003.

    I also attach your offer 2024-Q-0318 again so that all the prices are in one place for our
    accounting.

    Please send the 30 samples together with the EMPB (according VDA 2) to our plant in
    Schorndorf, Wareneingang Tor 3, until KW 14. The tooling invoice we will pay according to the
    agreed milestones.

    Please confirm the receipt of the order.

    Mit freundlichen Grüßen / Best regards
    """) + sig("Jürgen Albrecht", "Strategischer Einkauf", "Weiss Hausgeräte GmbH", "+49 7181 603-412"),
    attachments=[("Bestellung_4500231877.pdf", _po, PDF_MT), ("Angebot_2024-Q-0318.pdf", _quote, PDF_MT)])
case("p01_t1_samples_with_offer", ["RG001", "RG003", "RG004", "RG005"],
     "T1 sample PO sent with quote showing 18.000 series; no hold, no unlock event, no release person", [
    ("PO_4500231877_T1_samples.eml", eml_bytes(_m)),
])

# p02: folder: complete Danish PO + Portuguese supplier ack assuming samples roll into the balance
_po = pdf([
    ("h1", "PURCHASE ORDER DK-77412"),
    ("p", "Nordvik Møbler A/S - Indkøb - Industrivej 18, 7400 Herning, Denmark"),
    ("table", [["Supplier", "Date", "Delivery", "Terms"],
               ["Metalúrgica Ferreira & Filhos, Lda., Águeda, Portugal", "29.04.2024", "14.06.2024, DHL",
                "EXW, 30 days net"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit", "Amount"],
               ["1", "AB-220 rev 3", "Armrest bracket, 3 mm S235, powder coated RAL 9005 - sample lot", "12 pcs",
                "EUR 9.50", "EUR 114.00"]]),
    ("h", "Scope of this PO"),
    ("p", "This PO authorises twelve (12) sample brackets only. The quoted production quantity of 2,388 pcs "
          "(2,400 incl. samples) is not released. The balance is released only after (1) our sample sign-off "
          "following the fit test with the seat shell and (2) a written production release signed by Mette Holm, "
          "Purchasing Manager. Material: buy steel and powder for the 12 samples only."),
    ("p", "Contact: Mette Holm, mh@nordvik-mobler.dk, +45 9712 3340"),
], title="PO DK-77412", author="Mette Holm")
_m = mail(
    "Joana Ferreira <joana.ferreira@mferreira.pt>",
    "Mette Holm <mh@nordvik-mobler.dk>",
    "RE: PO DK-77412 armrest brackets - order confirmation",
    "Thu, 02 May 2024 11:47:00 +0100",
    D("""
    Dear Mette,

    Thank you for the order DK-77412, well received. We confirm the 12 sample brackets AB-220
    rev 3, delivery 14/06 by DHL, EXW Águeda.

    To keep your week 38 slot we have planned it like this: as soon as your team gives the OK on
    the samples, we move directly to the 2.388 pcs on the same set-up, so there is no time lost
    waiting for more papers. The powder coating line is booked for week 36.

    The jig for the welding is ready and the laser program is done.

    Kind regards / Cumprimentos,
    Joana Ferreira
    Customer Service
    Metalúrgica Ferreira & Filhos, Lda.
    Tel. +351 234 600 118

    -----Original Message-----
    From: Mette Holm <mh@nordvik-mobler.dk>
    Sent: Monday, 29 April 2024 14:10
    Subject: PO DK-77412 armrest brackets

    > Hi Joana, please find attached PO DK-77412 for the sample brackets. Best, Mette
    """))
case("p02_armrest_po_and_ack", ["RG007"],
     "supplier ack: once samples OK'd they move straight into the 2.388 balance, despite written-release PO", [
    ("PO_DK-77412.pdf", _po),
    ("RE_PO_DK-77412_order_confirmation.eml", eml_bytes(_m)),
])

# p03: Malaysian EMS status: components bought for full production + forecast made firm
case("p03_ems_weekly_status", ["RG006", "RG008"],
     "supplier bought components for the unreleased lot and turned the forecast into firm work orders", [
    ("KEM_weekly_status_wk19.txt", D("""
    KULIM ELECTRONICS MANUFACTURING SDN BHD - CUSTOMER WEEKLY STATUS
    Customer : Lumaro GmbH, Dortmund (smart lighting)       Week: 19/2024
    Prepared : Tan Mei Ling, Customer Program Manager       Rev : 1

    A. ORDERS
       PO LMR-24-0187 - DL-200 driver board PCBA rev B - pilot 50 pcs
         SMT ........ 50/50 done (line 2, 12-May)
         AOI ........ 49 pass / 1 rework (R17 missing), fixed
         FCT ........ 20/50 tested, yield 100%
         Ship ....... target 17-May, DHL, with CoC and FCT log

       Production lot 2,500 pcs (quotation KEM-Q-1182): not released by Lumaro yet, we wait
       your written release as per PO text.

    B. MATERIAL
       To protect the allocation on STM32G030 MCU (38 wks) and the Wago 2060 terminal blocks
       (20 wks) our purchasing placed orders last Friday for the full production quantity,
       together with the pilot needs. ETA wk 27 (MCU) and wk 24 (terminals).
       PCB fab: pilot panels only.

    C. PLANNING
       Your 6-month forecast (Jul-Dec) is now entered as firm work orders in our MRP, so the
       SMT capacity on line 2 is locked for Lumaro from wk 28.

    D. OPEN ISSUES
       1. ECN-LMR-007 (LED current 350 -> 400 mA): waiting your drawing update.
       2. Conformal coating area on J3: please confirm keep-out.

    Regards,
    Tan Mei Ling  |  +60 4 403 2210  |  meiling.tan@kem.com.my
    """)),
])

# p04: Romanian buyer call-off: mail says 400, attached call-off says 450
_co = pdf([
    ("h1", "CALL-OFF No. 3"),
    ("p", "Termoclima SRL - Str. Zizinului 110, 500407 Brasov, Romania - Supply Chain"),
    ("table", [["Field", "Content"],
               ["Blanket order", "BO-2024-017 (harness W-220 rev F, burner control)"],
               ["Supplier", "Sundaram Wiring Harness Pvt Ltd, Hosur, India"],
               ["Blanket total", "3,000 pcs"]]),
    ("sp",),
    ("table", [["Call-off", "Quantity released", "Delivery", "Status"],
               ["1", "400 pcs", "wk 10", "delivered"],
               ["2", "400 pcs", "wk 16", "delivered"],
               ["3 (this document)", "450 pcs", "wk 22", "released"],
               ["Released to date", "1,250 pcs", "", ""],
               ["Remaining, not released", "1,750 pcs", "", ""]]),
    ("p", "The remaining quantity is released only by the next call-off, issued by Andrei Popescu. "
          "Material: for this call-off only."),
    ("p", "Andrei Popescu, Supply Chain Manager - 13.05.2024"),
], title="Call-off 3 BO-2024-017", author="Andrei Popescu")
_m = mail(
    "Andrei Popescu <andrei.popescu@termoclima.ro>",
    "S. Raghavan <raghavan@sundaramharness.in>",
    "Call-off 3 / BO-2024-017 / harness W-220",
    "Mon, 13 May 2024 10:05:00 +0300",
    D("""
    Hello Mr. Raghavan,

    Please find attached the call-off no. 3 against the blanket order BO-2024-017 for the harness
    W-220 (burner control).

    With this call-off we release 400 pcs for delivery in week 22, same packing as before
    (50 pcs per bag, 4 bags per box). The rest of the blanket quantity remains blocked until the
    next call-off, which will come from me as usual.

    Please confirm the delivery date by return.

    Best regards / Cu stimă,
    Andrei Popescu
    Supply Chain Manager
    Termoclima SRL, Brașov
    +40 268 410 227
    """),
    attachments=[("Call-off_3_BO-2024-017.pdf", _co, PDF_MT)])
case("p04_calloff_three", ["RG011"], "mail releases 400 pcs, attached call-off releases 450 pcs", [
    ("Call-off_3_BO-2024-017.eml", eml_bytes(_m)),
])

# p05: Chinese supplier treats the deposit as the start of mass production
_m = mail(
    "Kelly Huang <kelly@hengli-precision.com>",
    "Mike Carter <mcarter@ridgeline-outdoor.com>",
    "RE: PO RO-1045 lantern housing - golden samples",
    "Wed, 15 May 2024 18:36:00 +0800",
    D("""
    Dear Mike,

    Good day! We have received your 30% deposit USD 8,460.00 today, thank you very much.

    So we arrange the mass production of the 3,000 pcs housing now, and the 3 golden samples
    will send to you by DHL this Friday together with the CMM report. Estimated finish the mass
    production on June 20, then we can ship by sea from Shenzhen/Yantian.

    Anodize color we use the same Pantone 7540C as the golden samples.

    Any question please feel free contact me.

    Best regards,
    Kelly Huang
    Sales Manager | Dongguan Hengli Precision Machinery Co., Ltd.
    Mob/WhatsApp: +86 138 2690 1145

    ------------------ Original ------------------
    From: "Mike Carter" <mcarter@ridgeline-outdoor.com>
    Date: Tue, May 7, 2024 03:12 AM
    Subject: PO RO-1045 lantern housing - golden samples

    > Kelly,
    > PO RO-1045 attached covers the 3 golden samples only.
    > The production quantity (3,000 pcs per your PI) is NOT released until I have signed
    > off the golden samples and sent you a written release.
    > The deposit per your PI is for the fixtures and the CNC programming.
    > Thanks, Mike Carter, Sr. Buyer, Ridgeline Outdoor Co.
    """))
case("p05_golden_samples_deposit", ["RG012"],
     "supplier starts mass production because the deposit arrived; buyer scope (quoted) was complete", [
    ("RE_PO_RO-1045_lantern_housing.eml", eml_bytes(_m)),
])

# p06: Swiss medical buyer portal, sample line beside an annual volume column, nothing else
_body = f"""
<h2>Alpenmed AG &mdash; Lieferantenportal / supplier portal</h2>
<p>Bestellung / purchase order <b>7100045521</b> &middot; Status: bestellt / ordered &middot; 18.04.2024</p>
<p>Lieferant / supplier: Kunststofftechnik Rheintal AG, 9443 Widnau &middot; Einkauf / buyer: Sandra Wyss</p>
{table_html([["Pos", "Material-Nr.", "Bezeichnung / description", "Menge / qty", "ME", "Preis CHF",
              "Liefertermin", "Jahresbedarf / annual volume"],
             ["10", "30-1140-02", "Luer-Lock Kappe steril / luer lock cap sterile, PP, EtO", "48", "Stk",
              "1.35", "07.06.2024", "120'000 Stk"]])}
<p>Positionstext / item text: Muster für Validierung (IQ/OQ). Bitte Prüfbericht und Materialzertifikat
(USP Class VI, ISO 10993-5) beilegen. / Samples for validation (IQ/OQ). Please enclose the inspection report
and material certificate.</p>
<p>Lieferadresse / ship to: Alpenmed AG, Wareneingang Rampe 2, Kantonsstrasse 44, 6210 Sursee</p>
<p>Zahlungsbedingungen: 30 Tage netto &middot; Incoterms DAP Sursee &middot; Es gelten die AEB der Alpenmed AG.</p>
<p><small>Diese Bestellung wurde elektronisch erstellt und ist ohne Unterschrift gültig.</small></p>
"""
case("p06_portal_validation_samples", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO: 48 validation samples beside annual volume 120'000; no hold, event or release person", [
    ("Bestellung_7100045521.html", html_page("Bestellung 7100045521", _body, lang="de")),
])

# p07: quality agreement: initial-sample approval switches to series without further notice
case("p07_quality_agreement_series_start", ["RG007"],
     "QAA clause: after initial sample approval supplier switches to series without further notice", [
    ("QSV_Helvetia_Infusion_Polyform_v2.docx", docx_bytes([
        ("h1", "Qualitätssicherungsvereinbarung / Quality Assurance Agreement"),
        ("p", "between Helvetia Infusion Systems AG, Stans (Customer) and Polyform Medical s.r.l., Timișoara "
              "(Supplier) - Version 2.0, 15.03.2024"),
        ("h", "1 Geltungsbereich / Scope"),
        ("p", "Single-use components for infusion and transfusion sets (drip chambers, roller clamps, spike caps) "
              "manufactured under ISO 13485:2016, EN ISO 8536-4 and EO sterilisation per EN ISO 11135."),
        ("h", "2 Qualitätsmanagement / Quality management"),
        ("p", "The Supplier maintains a certified QMS and informs the Customer of any change of certificate status "
              "within 5 working days."),
        ("h", "3 Änderungen / Changes"),
        ("p", "Changes to material, process, site or sub-supplier require written notification 6 months in "
              "advance and the Customer's written agreement before implementation."),
        ("h", "4 Erstmuster / Initial samples"),
        ("p", "4.1 Initial samples are submitted with the initial sample inspection report (ISIR), material "
              "certificates and the process validation summary."),
        ("p", "4.2 The Customer's Quality Assurance evaluates the samples within 20 working days."),
        ("p", "4.3 After the initial samples have been approved by Customer Quality Assurance, the Supplier "
              "switches to series production and series deliveries without further notice. A separate "
              "production order or confirmation from the Customer is not required for this step."),
        ("h", "5 Prognosen / Forecasts"),
        ("p", "Forecasts provided by the Customer are non-binding planning information."),
        ("h", "6 Verantwortlichkeiten / Responsibilities"),
        ("table", [["Topic", "Customer", "Supplier"],
                   ["Initial sample evaluation", "QA", "submits ISIR + samples"],
                   ["Process validation", "reviews IQ/OQ/PQ", "executes IQ/OQ/PQ"],
                   ["Complaints", "issues complaint", "8D within 10 working days"],
                   ["Retained samples", "-", "keeps 10 years"]]),
        ("sp",),
        ("p", "Stans / Timișoara, 15.03.2024 - signed: R. Amstutz (Head of Quality, Customer); "
              "D. Munteanu (Quality Manager, Supplier)"),
    ], author="R. Amstutz")),
])

# p08: WhatsApp chat: founder says "go for it" after sample photos
case("p08_whatsapp_mount_clip", ["RG002"],
     "founder's 'go for it' after sample photos names neither samples nor a quantity", [
    ("WhatsApp_Chat_Tina_Cebu_Precision.txt", D("""
    [3/11/24, 9:12:33 AM] Jake Moreno: Hi Tina! PO TW-0007 sent to your email. It's for 10 samples of the mount clip (MC-2, glass-filled nylon, black)
    [3/11/24, 9:13:05 AM] Jake Moreno: The 500 pcs production stays on hold until I've tested the samples on the bikes and sent you a written release myself. Please don't start the 500 yet 🙏
    [3/11/24, 9:20:41 AM] Tina Dela Cruz: Noted sir Jake, 10 pcs samples only. Mold is already in T1 po
    [3/11/24, 9:21:10 AM] Tina Dela Cruz: We will inform once ready po
    [3/15/24, 4:02:18 PM] Tina Dela Cruz: Sir sorry for delay, we adjust the gate position because of flow line on the logo side
    [3/15/24, 4:05:51 PM] Jake Moreno: no worries, better that way
    [3/19/24, 8:47:09 AM] Tina Dela Cruz: Good morning sir, samples are ready. Sending photos
    [3/19/24, 8:47:22 AM] Tina Dela Cruz: <Media omitted>
    [3/19/24, 8:47:23 AM] Tina Dela Cruz: <Media omitted>
    [3/19/24, 8:47:25 AM] Tina Dela Cruz: <Media omitted>
    [3/19/24, 8:49:40 AM] Tina Dela Cruz: Dimension report also in your email po. All within tolerance, rib height +0.03 but still inside spec
    [3/19/24, 11:31:02 AM] Jake Moreno: these look amazing 😍 the texture is exactly what we wanted
    [3/19/24, 11:31:40 AM] Jake Moreno: go for it!! 🚀
    [3/19/24, 11:35:12 AM] Tina Dela Cruz: 👍 noted sir
    """)),
])

# p09: Indian PO for fasteners: first call-off complete, but annual forecast to be treated as firm order
case("p09_fastener_po_forecast_firm", ["RG008"],
     "PO asks supplier to treat the annual forecast of 2,40,000 nos as a firm order", [
    ("PO_SAL-PUR-24-25-0912.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", "Shreeram Appliances Ltd. - Plot 44, MIDC Chakan Phase II, Pune 410501 - GSTIN 27AACCS4471K1Z2"),
        ("table", [["PO No.", "Date", "Vendor", "Vendor code"],
                   ["SAL/PUR/24-25/0912", "08-04-2024", "Ludhiana Fasteners Pvt. Ltd., Focal Point, Ludhiana",
                    "V-2210"]]),
        ("sp",),
        ("table", [["Sr.", "Item code", "Description", "Qty", "UOM", "Rate (Rs.)", "Amount (Rs.)"],
                   ["1", "SCR-ST42-13-ZN", "Pan head self tapping screw ST4.2 x 13, ISO 7049 / IS 1366, "
                    "zinc plated 8 micron, Cr(VI) free", "20,000", "Nos", "0.42", "8,400.00"],
                   ["", "", "", "", "", "GST 18%", "1,512.00"],
                   ["", "", "", "", "", "Total", "9,912.00"]]),
        ("h", "Terms and conditions"),
        ("p", "1. This PO covers 20,000 Nos (first schedule). Quantity beyond this PO is not released; further "
              "quantities only against schedule call-off issued by Mr. R. Venkatesh, Purchase Manager."),
        ("p", "2. Annual forecast FY 2024-25: 2,40,000 Nos. Kindly treat the annual forecast as our firm order "
              "and reserve your capacity accordingly."),
        ("p", "3. Delivery: within 15 days, packed 2,000 Nos per box with box label showing PO no. and heat no."),
        ("p", "4. Salt spray test report (72 h white rust) with each lot. Payment 60 days from GRN."),
        ("sp",),
        ("p", "For Shreeram Appliances Ltd. - Authorised Signatory (Purchase)"),
    ], title="PO SAL/PUR/24-25/0912", author="Purchase Dept")),
])

# p10: UK buyer mixes 'approved' for quote (commercial), first-offs (technical) and production approval
_m = mail(
    "Gareth Pryce <gareth.pryce@halcyon-controls.co.uk>",
    "Dave Morton <dave@brightwater-sheetmetal.co.uk>",
    "EN-450 enclosures - first-off status and next steps",
    "Thu, 23 May 2024 13:58:00 +0100",
    D("""
    Hi Dave,

    Quick update from our side.

    Your quote QF-2291 for the EN-450 enclosures was approved by our finance committee on
    Monday, so PO 31877 for the first-off batch of 10 enclosures is now live on our system.

    Our QA team approved the first-offs yesterday after the IP54 spray test - nice work on the
    gasket channel, no ingress at all.

    For the remaining 390 enclosures: please hold. They only go ahead once you receive
    production approval in writing from Simon Clarke (Operations Director), which should follow
    our build review on 12 June.

    Paint: RAL 7035 textured is confirmed, same as the first-offs. Earth studs M5 press-fit
    (PEM FHS-M5-12) as per drawing EN-450-001 rev D.

    Cheers,
    Gareth
    """) + sig("Gareth Pryce", "Senior Buyer", "Halcyon Controls Ltd, Coventry", "+44 24 7655 0190"),
    html=paras_html("Hi Dave,\n\nQuick update from our side.\n\nYour quote QF-2291 for the EN-450 enclosures was "
                    "approved by our finance committee on Monday, so PO 31877 for the first-off batch of 10 "
                    "enclosures is now live on our system.\n\nOur QA team approved the first-offs yesterday "
                    "after the IP54 spray test.\n\nFor the remaining 390 enclosures: please hold. They only go "
                    "ahead once you receive production approval in writing from Simon Clarke (Operations "
                    "Director), which should follow our build review on 12 June.\n\nCheers,\nGareth"))
case("p10_first_off_status", ["RG009"],
     "'approved' for the quote (commercial), the first-offs (technical) and 'production approval'", [
    ("EN-450_first-off_status.eml", eml_bytes(_m)),
])

# p11: minutes: text says pilot 250, action table says 200
case("p11_minutes_pilot_lot", ["RG011"], "minutes: pilot lot 250 in the decision, 200 in the action list", [
    ("Protokoll_2024-05-07_SOLO_Griff.docx", docx_bytes([
        ("h1", "Besprechungsprotokoll / Minutes of meeting"),
        ("p", "Projekt SOLO - Geschirrspüler-Türgriff / dishwasher door handle DG-118. 07.05.2024, Zürich / Teams."),
        ("table", [["Teilnehmer / attendees", "Firma / company"],
                   ["Beat Zürcher (Leiter Beschaffung / Head of Procurement)", "Vetrotech Hausgeräte AG"],
                   ["Corinne Meier (Qualität)", "Vetrotech Hausgeräte AG"],
                   ["Thomas Hartmann (Projektleiter)", "Kunststoffwerk Ostalb GmbH"],
                   ["Sabine Roth (Vertrieb)", "Kunststoffwerk Ostalb GmbH"]]),
        ("h", "1 Stand T2-Muster / status of T2 samples"),
        ("p", "Maße i.O. bis auf Rastnase Pos. 14 (+0,08). Werkzeugkorrektur erfolgt, Nachmessung durch KWO bis KW 20."),
        ("h", "2 Pilotlos / pilot lot"),
        ("p", "Vereinbart / agreed: Pilotlos von 250 Stk ist zur Fertigung auf dem T2-Werkzeug freigegeben "
              "(pilot lot of 250 pcs released for production on the T2 tool). Die restlichen 7'750 Stk der "
              "Bestellmenge 8'000 Stk (Bestellung 4700128831) bleiben gesperrt bis PPAP-Sign-off und schriftlicher "
              "Freigabe durch Beat Zürcher."),
        ("h", "3 Verpackung / packaging"),
        ("p", "KLT 4314, 40 Stk je KLT, Zwischenlagen aus PE-Schaum."),
        ("h", "Massnahmen / action items"),
        ("table", [["#", "Massnahme / action", "Wer / who", "Bis / due"],
                   ["1", "Nachmessung Rastnase Pos. 14", "KWO / T. Hartmann", "KW 20"],
                   ["2", "PPAP-Unterlagen Level 3", "KWO / S. Roth", "KW 22"],
                   ["3", "Pilotlos 200 Stk fertigen und liefern (freigegeben)", "KWO / T. Hartmann", "KW 23"],
                   ["4", "Einbauversuch Linie 2", "Vetrotech / C. Meier", "KW 24"]]),
        ("p", "Protokoll: Corinne Meier, 08.05.2024"),
    ], author="Corinne Meier")),
])

# p12: ERP printout: prototype lot "1 LOT" - no unit quantity authorized
case("p12_erp_prototype_lot", ["RG010"],
     "PO authorizes '1 LOT' prototypes per quotation; the unit quantity is never stated", [
    ("PO_4500098812_print.txt", D("""
    ELECTROMAG APPLIANCES SRL                                   PURCHASE ORDER
    Str. Fabricii de Zahar 24, 400620 Cluj-Napoca               No.  4500098812
    CUI RO 14872201                                             Date 12.03.2024
    ----------------------------------------------------------------------------------
    VENDOR 100734  PLASTIMOLD INDUSTRIES SRL, STR. UZINELOR 9, ORADEA
    PAYMENT 60 DAYS NET        INCOTERMS FCA ORADEA        CURRENCY RON
    ----------------------------------------------------------------------------------
    ITEM MATERIAL     DESCRIPTION                       QTY UOM      PRICE      VALUE
    0010 EA-77120-03  DOOR GASKET CARRIER - PROTOTYPE      1 LOT   11.650,00  11.650,00
    ----------------------------------------------------------------------------------
    ITEM TEXT 0010:
      PROTOTYPE LOT PER YOUR QUOTATION OF 28.02.2024 (SOFT TOOL, ALU 7075).
      SERIES QUANTITY IS NOT RELEASED BY THIS PO.
      SERIES RELEASE ONLY IN WRITING, BY ION MARINESCU (PURCHASING MANAGER), AFTER PPAP
      SIGN-OFF OF THE PROTOTYPES.
      MATERIAL: PROTOTYPE LOT ONLY.
    ----------------------------------------------------------------------------------
    HEADER TEXT:
      SUPPLIER MUST HOLD ISO 9001:2015. DRAWING EA-77120 REV 03, MATERIAL TPE-V 70 SHORE A.
      DELIVERY TO WAREHOUSE 2, RAMP 4. DELIVERY NOTE MUST SHOW PO NO. AND ITEM.
    ----------------------------------------------------------------------------------
                                                     TOTAL NET VALUE RON  11.650,00
    PRINTED 12.03.2024 10:44 BY MARINESCUI
    """)),
])

# p13: Portuguese buyer: advance paid, "you can start with the printing"; PO attached is complete
_po = pdf([
    ("h1", "NOTA DE ENCOMENDA / PURCHASE ORDER LC-2024-0388"),
    ("p", "Lusoclima, S.A. - Rua da Indústria 120, 4470-177 Maia, Portugal - Compras"),
    ("table", [["Fornecedor / supplier", "Data", "Entrega", "Pagamento"],
               ["Cartonagem Minho, Lda., Barcelos", "22/04/2024", "semana 21",
                "30% adiantamento / advance, saldo 60 dias"]]),
    ("sp",),
    ("table", [["Linha", "Artigo", "Descrição", "Qtd.", "Preço", "Valor"],
               ["1", "CX-HT-2000", "Caixa impressa aquecedor HT-2000 / printed carton, B-flute, 4 cores",
                "500 un", "0,96 EUR", "480,00 EUR"]]),
    ("p", "Âmbito / scope: pre-series cartons for the packing line trial: 500 pcs. The balance of 39.500 pcs "
          "(total requirement 40.000 pcs) is not released. The balance is released only after the line trial "
          "sign-off, in writing, by Rui Almeida (Head of Purchasing)."),
    ("p", "Material: board and ink for the 500 pre-series cartons only."),
], title="Encomenda LC-2024-0388", author="Sofia Martins")
_m = mail(
    "Sofia Martins <sofia.martins@lusoclima.pt>",
    "José Carvalho <jose.carvalho@cartonagem-minho.pt>",
    "Caixas HT-2000 / encomenda LC-2024-0388",
    "Thu, 09 May 2024 09:12:00 +0100",
    D("""
    Olá Sr. Carvalho,

    Good news: the advance payment (30%) was transferred yesterday by our finance department,
    so you can start with the printing. Please send us the proof of the print plate before, as
    usual, for the colour of the logo (Pantone 2945 C).

    I send again the order for your file.

    Obrigada e bom dia,
    Sofia Martins
    Compras / Purchasing
    Lusoclima, S.A.
    """),
    attachments=[("Encomenda_LC-2024-0388.pdf", _po, PDF_MT)])
case("p13_cartons_advance_paid", ["RG002", "RG012"],
     "advance payment presented as the reason to start printing; 'you can start' names no quantity", [
    ("Caixas_HT-2000_LC-2024-0388.eml", eml_bytes(_m)),
])

# p14: Chinese supplier portal: resin for the full quantity received, no material authority
_body = f"""
<h2>Shenzhen Everbright Plastic Products Co., Ltd. &mdash; Customer order tracking</h2>
<p>Customer: Kaltmann Hausgeräte GmbH &middot; Order: <b>KH-PO-55871</b> &middot; Part: water tank lid
WT-300, PP copolymer, white &middot; updated 2024-05-20 17:40 (GMT+8)</p>
<h3>Milestones</h3>
{table_html([["Milestone", "Status", "Date"],
             ["Mould T0", "done", "2024-04-08"],
             ["Mould T1", "done", "2024-04-22"],
             ["T1 samples 40 pcs (released by customer)", "shipped, DHL 4471 2290 11", "2024-04-25"],
             ["Customer sample sign-off", "waiting", "-"],
             ["Production qty 120,000 pcs", "awaiting customer release", "-"]])}
<h3>Material status</h3>
{table_html([["Material", "Qty", "Status", "Covers"],
             ["PP copolymer Sinopec K8003", "18 t", "received in warehouse", "full 120,000 pcs"],
             ["Masterbatch white 2%", "360 kg", "received in warehouse", "full 120,000 pcs"],
             ["Cartons 600x400x300", "1,200 pcs", "ordered", "full 120,000 pcs"]])}
<div class="note">
<p>Remark from our purchasing: to keep your price before the Q3 resin increase, we bought the resin and
masterbatch for the whole quantity in advance. Material is reserved for Kaltmann.</p>
</div>
<p>Account manager: Vivian Zhou &middot; vivian.zhou@everbright-plastic.com &middot; +86 755 2771 0098</p>
"""
case("p14_order_tracking_material", ["RG006"],
     "supplier portal: resin/masterbatch bought for 120,000 pcs while only 40 samples released", [
    ("order_tracking_KH-PO-55871.html", html_page("Order tracking KH-PO-55871", _body)),
])

# p15: US release letter: next release from "our Supply Chain team"
case("p15_release_notice_team", ["RG005"],
     "release 1 of 5,000; balance held until lot acceptance, but released by an unnamed team", [
    ("Release_Notice_PR-2024-031.pdf", pdf([
        ("h1", "Production Release Notice PR-2024-031"),
        ("p", "Cascade Surgical Supply, Inc. - 2300 NW Front Ave, Portland, OR 97209"),
        ("table", [["Field", "Content"],
                   ["Supplier", "Pacific Extrusion & Molding LLC, Vancouver WA"],
                   ["PO", "77-40125 (50,000 pcs)"],
                   ["Part", "Suction tubing connector CSS-2210 rev B, medical grade PP, ISO 10993 tested"],
                   ["This release", "Release 1: 5,000 pcs"],
                   ["Delivery", "by May 31, 2024, FOB Vancouver WA"]]),
        ("p", "This notice releases 5,000 pcs (Release 1) for production and delivery. The remaining 45,000 pcs "
              "of PO 77-40125 are on hold and are not released by this notice."),
        ("p", "The next release will be issued after lot acceptance of Release 1 at our incoming inspection and "
              "our internal approval. It will come from our Supply Chain team."),
        ("p", "Material: resin for Release 1 only. Lot traceability (resin lot to finished lot) required on the "
              "certificate of conformance."),
        ("sp",),
        ("p", "Cascade Surgical Supply, Inc. - Supply Chain Department - issued 05/08/2024"),
    ], pagesize=LETTER, title="PR-2024-031", author="Supply Chain")),
])

# p16: Teams chat: balance "parked until further notice" - no unlock event
case("p16_teams_proto_boards", ["RG004"],
     "25 proto boards only, rest parked 'until further notice'; named releaser but no unlock event", [
    ("Teams_chat_Danvolt_Jinghong.txt", D("""
    Microsoft Teams - chat export
    Participants: Søren Kjær (Danvolt ApS), Li Wei (Suzhou Jinghong Electronics Co., Ltd.)
    ----------------------------------------------------------------------
    [22.04.2024 08:14] Li Wei: Good morning Søren. We received PO DV-24-118, thank you. Gerber rev D and BOM rev 7 also received.
    [22.04.2024 08:16] Li Wei: Question: PO is 25 pcs HP-CTRL-3 controller board, but your RFQ said 1,000. Which quantity we build?
    [22.04.2024 08:31] Søren Kjær: Hi Li Wei. Only the 25 proto boards for now.
    [22.04.2024 08:32] Søren Kjær: The rest of the 1,000 is parked until further notice. I'm the one who releases it, nobody else at Danvolt.
    [22.04.2024 08:33] Søren Kjær: Components: buy for the 25 only please, we have changes coming on the relay footprint.
    [22.04.2024 08:40] Li Wei: Understood. 25 pcs, components for 25 sets. Stencil we make for rev D.
    [22.04.2024 08:41] Li Wei: For relay K1 you want Omron G5Q or keep Panasonic ALQ?
    [22.04.2024 08:55] Søren Kjær: Keep Panasonic ALQ105 for the protos.
    [23.04.2024 10:02] Li Wei: DFM report uploaded to the shared folder. 2 points: thermal relief on GND pad of Q3, and silkscreen over via near J2.
    [23.04.2024 10:20] Søren Kjær: Thanks, fix both on your side, no need to wait for me.
    [29.04.2024 16:45] Li Wei: 25 pcs SMT done, ICT tomorrow. Ship Thursday by FedEx IP.
    [29.04.2024 16:47] Søren Kjær: 👍
    """)),
])

# p17: Indian spring supplier books the Q3 forecast as confirmed order and reserves wire for it
_m = mail(
    "Rajesh Kulkarni <rajesh.k@precisioncoilsprings.in>",
    "Helen Wright <helen.wright@thornbury-mechanisms.co.uk>",
    "RE: PO 7781 call-off 1 - extension spring ES-45",
    "Mon, 20 May 2024 12:40:00 +0530",
    D("""
    Dear Helen Madam,

    Greetings from Precision Coil Springs!

    Thank you for call-off 1 of PO 7781 for 8,000 nos of extension spring ES-45. Call-off 1
    material is in-house and production will start on 3rd June; dispatch by sea on 18th June.

    We are happy to inform you that we have booked your Q3 forecast of 1.2 lakh nos as a
    confirmed order in our system, and we have already reserved the 2.5 mm oil-tempered wire
    (EN 10270-2 TDC) for the full quantity with our mill, so you will never face any shortage.

    Kindly also confirm the loop orientation for ES-45 (0 deg as per drawing TM-ES-45 rev 2).

    Thanks and regards,
    Rajesh Kulkarni
    Marketing Manager
    Precision Coil Springs Pvt. Ltd., Bhosari MIDC, Pune
    +91 98220 41177

    -----Original Message-----
    From: Helen Wright
    Sent: 14 May 2024 16:05
    Subject: PO 7781 call-off 1 - extension spring ES-45

    > Dear Rajesh,
    > PO 7781 call-off 1 releases 8,000 pcs of ES-45 for June delivery.
    > The Q3 forecast of 120,000 pcs is a forecast only and is not released; further call-offs
    > will come from me.
    > Material: please buy wire for the 8,000 pcs only.
    > Kind regards, Helen Wright, Purchasing Manager, Thornbury Furniture Mechanisms Ltd
    """))
case("p17_springs_forecast_booked", ["RG006", "RG008"],
     "supplier books the Q3 forecast as confirmed order and reserves wire for the full 1.2 lakh", [
    ("RE_PO_7781_call-off_1.eml", eml_bytes(_m)),
])

# p18: German initial sample report: "release" for the sample decision and for the series
case("p18_empb_decision", ["RG009"],
     "'released (Freigabe)' for the technical sample decision and 'series release' for production", [
    ("EMPB_Entscheid_4410-88.docx", docx_bytes([
        ("h1", "Erstmusterprüfbericht - Entscheid / Initial sample inspection report - decision"),
        ("p", "Brenner Küchentechnik GmbH - Qualitätssicherung - Werk Heilbronn"),
        ("table", [["Feld / field", "Inhalt / content"],
                   ["Teil / part", "Drehknopfgehäuse / knob housing 4410-88, Rev. B, POM-C"],
                   ["Lieferant / supplier", "Formteile Schwaben GmbH, Aalen"],
                   ["Bestellung / order", "4500771203 (Gesamtmenge 6.000 Stk)"],
                   ["Erstmuster / initial samples", "40 Stk, geliefert 06.05.2024"],
                   ["Vorlagestufe / submission level", "VDA Band 2, Stufe 2"]]),
        ("h", "Prüfergebnisse / results"),
        ("table", [["Merkmal", "Soll", "Ist (max)", "i.O."],
                   ["D1 Außendurchmesser", "32,0 ±0,10", "32,06", "ja"],
                   ["L1 Höhe", "18,5 ±0,10", "18,44", "ja"],
                   ["Rastkraft", "25-35 N", "29 N", "ja"],
                   ["Oberfläche VDI 3400", "Ref. 27", "27", "ja"]]),
        ("h", "Entscheid / decision"),
        ("p", "Erstmuster freigegeben / initial samples released by QA on 14.05.2024 (Freigabe erteilt), "
              "signed M. Roth, QS."),
        ("p", "Hinweis: Diese Musterfreigabe ist rein technisch. Die Serienfreigabe / series release for the "
              "remaining 5.960 Stk of order 4500771203 will be issued separately and in writing by Frau Petra Hahn "
              "(Einkauf); until then the balance is on hold."),
    ], author="M. Roth")),
])

# p19: Malaysian buyer forwards an internal note telling the supplier to carry on after the FAI check
_inner = mail(
    "Rajendran Muthu <rajendran.m@serielektrik.com.my>",
    "Nurul Aisyah Rahman <nurul.aisyah@serielektrik.com.my>",
    "oven chassis - Mega Sheet Metal FAI",
    "Wed, 15 May 2024 19:22:00 +0800",
    D("""
    Nurul,

    Pls tell Mega Sheet Metal: if the 20 FAI chassis pass our CMM check on Monday, they can just
    carry on with the balance straight away. Don't need to wait for Mr Lim's paperwork, we are
    already late for the line trial. Paperwork can follow after.

    Thanks,
    Rajendran
    Engineering Manager, Seri Elektrik Appliances Sdn Bhd
    """),
    cc="Lim Boon Hock <boonhock.lim@serielektrik.com.my>")
_po = pdf([
    ("h1", "PURCHASE ORDER SE-24-1190"),
    ("p", "Seri Elektrik Appliances Sdn Bhd - Lot 12, Jalan Utas 15/7, 40200 Shah Alam, Selangor"),
    ("table", [["Vendor", "Date", "Delivery", "Terms"],
               ["Mega Sheet Metal Industries Sdn Bhd, Prai", "02/05/2024", "FAI 16/05/2024", "60 days"]]),
    ("table", [["Item", "Part", "Description", "Qty", "Unit RM", "Amount RM"],
               ["1", "OV-CH-45 rev C", "Oven inner chassis SUS430 0.8mm - FAI samples", "20", "38.50", "770.00"]]),
    ("p", "FAI samples only: 20 pcs. Balance 1,980 pcs (total 2,000) not released. Release of the balance only "
          "by written release from Mr. Lim Boon Hock (Procurement Manager) after FAI sign-off."),
    ("p", "Material: SUS430 for the 20 FAI pcs only."),
], title="PO SE-24-1190", author="Nurul Aisyah Rahman")
_m = mail(
    "Nurul Aisyah Rahman <nurul.aisyah@serielektrik.com.my>",
    "Ooi Chee Keong <ck.ooi@megasheetmetal.com.my>",
    "FW: oven chassis - Mega Sheet Metal FAI",
    "Thu, 16 May 2024 08:51:00 +0800",
    D("""
    Hi Mr. Ooi,

    Good morning. FYI see below message from our Engineering Manager regarding the oven chassis
    OV-CH-45, please take note. I attach the PO again for your reference.

    CMM check is scheduled Monday 20/5 morning, please deliver the 20 FAI pcs by Friday.

    Thank you.

    Regards,
    Nurul Aisyah binti Rahman
    Procurement Executive
    Seri Elektrik Appliances Sdn Bhd
    Tel: +603 5519 2240
    """),
    attachments=[("PO_SE-24-1190.pdf", _po, PDF_MT), ("rfc822", _inner)])
case("p19_forwarded_engineering_note", ["RG007"],
     "forwarded buyer note: if FAI passes CMM, carry on with the balance without the written release", [
    ("FW_oven_chassis_FAI.eml", eml_bytes(_m)),
])

# p20: Swiss CNC prototype PO: "quantity as required for the EVT build"
case("p20_prototype_qty_as_required", ["RG010"],
     "prototype PO never states a quantity ('as required for the EVT build'); rest of scope complete", [
    ("PO_KR-2024-031.pdf", pdf([
        ("h1", "Bestellung / Purchase order KR-2024-031"),
        ("p", "Kinetix Robotics AG - Technoparkstrasse 1 - 8005 Zürich - Einkauf / Engineering"),
        ("table", [["Lieferant / supplier", "Datum", "Lieferung", "Zahlung"],
                   ["Präzisionsmechanik Kälin AG, 8840 Einsiedeln", "04.04.2024", "laufend / ongoing, DAP Zürich",
                    "30 Tage netto"]]),
        ("sp",),
        ("table", [["Pos", "Teil / part", "Werkstoff", "Menge / qty", "Preis / price"],
                   ["1", "Getriebegehäuse / gear housing GH-01, Zeichnung KR-0101 Rev 04",
                    "EN AW-5083, eloxiert", "nach Bedarf EVT-Aufbau / as required for the EVT build",
                    "CHF 385.00 / Stk"]]),
        ("p", "Abrechnung nach gelieferter Menge / invoiced per delivered quantity."),
        ("p", "The series quantity (approx. 2'000 Stk per year) is not part of this PO and is not released. "
              "A series order follows only after EVT sign-off and is issued in writing by Nina Keller, CTO."),
        ("p", "Messprotokoll für Bohrbild und Lagersitze (H7) mit jeder Lieferung."),
    ], title="PO KR-2024-031", author="Nina Keller")),
])

# p21: US labels: sample-run PO + supplier web quote with production tier, nothing about the balance
_po = pdf([
    ("h1", "PURCHASE ORDER 88213"),
    ("p", "Greenleaf Naturals, Inc. - 5600 Arapahoe Ave, Boulder, CO 80303"),
    ("table", [["Vendor", "Date", "Ship via", "Terms"],
               ["Summit Label & Packaging, Denver CO", "04/29/2024", "UPS Ground", "Net 30"]]),
    ("table", [["Line", "Item", "Description", "Qty", "Unit", "Ext."],
               ["1", "LBL-SH-FRONT-4x6", "Shampoo front label 4x6 in, white BOPP, gloss lam, art v7 - sample run",
                "250", "$0.38", "$95.00"],
               ["2", "PLATE", "Flexo plates (one-time)", "1", "$340.00", "$340.00"]]),
    ("p", "Labels on 3 in cores, outside wound, position #1, max. 250 per roll."),
    ("p", "Buyer: Tom Becker, (720) 555-0137"),
], pagesize=LETTER, title="PO 88213", author="Tom Becker")
_q = html_page("Quote SL-Q-10488", f"""
<h2>Summit Label &amp; Packaging &mdash; Online Quote SL-Q-10488</h2>
<p>Customer: Greenleaf Naturals &middot; Contact: Tom Becker &middot; Quote date 04/22/2024 &middot; valid 30 days</p>
<p>Item: 4 x 6 in shampoo front label, white BOPP 2.0 mil, 5 colors + white, gloss laminate, permanent adhesive</p>
{table_html([["Quantity", "Price / M", "Extended", "Lead time"],
             ["250 (sample run)", "$380.00", "$95.00", "5 business days"],
             ["50,000", "$61.20", "$3,060.00", "12 business days"],
             ["100,000", "$54.90", "$5,490.00", "15 business days"]])}
<p>Plates: $340.00 one-time. Freight not included.</p>
<p>Questions? Marisol Vega &middot; mvega@summitlabel.com &middot; (303) 555-0184</p>
""")
_m = mail(
    "Tom Becker <tbecker@greenleafnaturals.com>",
    "Marisol Vega <mvega@summitlabel.com>",
    "PO 88213 - shampoo front labels",
    "Mon, 29 Apr 2024 10:03:00 -0600",
    D("""
    Hi Marisol,

    Attached is PO 88213 for the sample run of the 4x6 shampoo front labels (white BOPP, gloss
    lam) - 250 labels on 3" cores, so our filling line can run its trial on the new Accutek
    labeler. Artwork v7 is final; the dieline is the one from your quote.

    I also attached your quote so our AP team can match the pricing on the invoice.

    Can we get them by May 10? Ship to the Boulder warehouse, attn. receiving.

    Thanks!
    Tom
    """) + sig("Tom Becker", "Purchasing Manager", "Greenleaf Naturals, Inc.", "+1 720 555 0137"),
    html=paras_html("Hi Marisol,\n\nAttached is PO 88213 for the sample run of the 4x6 shampoo front labels - "
                    "250 labels on 3\" cores, so our filling line can run its trial.\n\nI also attached your "
                    "quote so our AP team can match the pricing on the invoice.\n\nCan we get them by May 10?\n\n"
                    "Thanks!\nTom"),
    attachments=[("PO_88213.pdf", _po, PDF_MT), ("Quote_SL-Q-10488.html", _q, "text/html")])
case("p21_labels_sample_run", ["RG001", "RG003", "RG004", "RG005"],
     "sample-run PO of 250 sent with quote showing 50,000/100,000; no hold, event or release person", [
    ("PO_88213_shampoo_labels.eml", eml_bytes(_m)),
])

# p22: Filipino furniture PO: sample line and production line side by side, nothing held
case("p22_sofa_leg_po", ["RG001", "RG003", "RG004", "RG005"],
     "PO with 24 samples and a 3,600 production line, nothing saying production is not released", [
    ("PO_CMF-2024-0417.docx", docx_bytes([
        ("h1", "PURCHASE ORDER"),
        ("p", "Casa Mindanao Furniture Corp. - MEPZ 1, Lapu-Lapu City, Cebu 6015 - TIN 004-771-220-000"),
        ("table", [["PO No.", "Date", "Supplier", "Terms"],
                   ["CMF-2024-0417", "April 17, 2024", "Zamboanga Woodcraft Components Inc.", "30 days PDC"]]),
        ("sp",),
        ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "SL-150", "Tapered sofa leg 150 mm, solid mahogany, walnut stain, M8 hanger bolt - "
                    "samples", "24 pcs", "PHP 185.00", "PHP 4,440.00"],
                   ["2", "SL-150", "Tapered sofa leg 150 mm - production quantity per quotation QN-2024-061",
                    "3,600 pcs", "PHP 142.00", "PHP 511,200.00"],
                   ["", "", "", "", "TOTAL", "PHP 515,640.00"]]),
        ("h", "Remarks"),
        ("li", "Samples to be submitted to our QA and design team not later than May 3, 2024."),
        ("li", "Moisture content 8-12%, stain colour per master sample MS-07."),
        ("li", "Packing: 24 pcs per carton, legs individually wrapped."),
        ("li", "Delivery of line 2: August 2024, to CMF warehouse, Lapu-Lapu City."),
        ("sp",),
        ("p", "Prepared by: Ma. Teresa Villanueva, Purchasing Supervisor"),
        ("p", "Noted by: Engr. Ramon Dizon, Plant Manager"),
    ], author="Ma. Teresa Villanueva")),
])

# p23: folder: Danish ERP PO for 20 spring samples + spec sheet with series volume; releaser named only
_spec = pdf([
    ("h1", "Specification sheet FV-1870 - compression spring"),
    ("p", "Fjordvent A/S - Engineering - Vejle, Denmark"),
    ("table", [["Parameter", "Value"],
               ["Drawing", "FV-1870 rev 2"],
               ["Material", "1.4310 (X10CrNi18-8) per EN 10270-3"],
               ["Wire d / outer De / free length L0", "1.2 mm / 10.7 mm / 32.0 mm"],
               ["Active coils n", "8.5, ends closed and ground"],
               ["F1 at L1 = 24 mm", "18.5 N +/- 10%"],
               ["Tolerances", "DIN EN 15800 grade 2"],
               ["Series volume", "5 000 pcs"],
               ["Application", "damper return spring, ventilation unit VX-220"]]),
    ("p", "Surface: passivated. Packaging: bulk in PE bag, max. 500 pcs per bag, label with drawing rev."),
], title="Spec FV-1870", author="Fjordvent Engineering")
case("p23_spring_samples_and_spec", ["RG001", "RG003", "RG004"],
     "20 spring samples PO beside a spec sheet with series volume 5 000; releaser named, no hold, no event", [
    ("PO_104552.txt", D("""
    FJORDVENT A/S                                              PURCHASE ORDER 104552
    Kløvervej 9, 7100 Vejle, Denmark                           Date: 02-05-2024
    CVR 31 44 12 09                                            Page: 1

    Vendor:  40177  Zhejiang Hengda Spring Co., Ltd., Zhuji
    Ship to: Fjordvent A/S, goods receipt, Kløvervej 9, 7100 Vejle
    Terms:   30 days net     Delivery terms: DAP Vejle     Currency: DKK

    Line  Item No.   Description                                 Qty  Unit  Unit price   Amount
    ----  ---------  ------------------------------------------  ---  ----  ----------  -------
    10000 CS-1870    Compression spring 1.4310, dwg FV-1870 r2    20  PCS        6,50   130,00
                     Samples for fatigue test (10^6 cycles)
    ---------------------------------------------------------------------------------------
                                                                       Total DKK      130,00

    Note: spec sheet FV-1870 enclosed. All releases for this order are issued by
    Lone Brandt, Purchasing. Please confirm by return with delivery date.
    """)),
    ("Spec_FV-1870.pdf", _spec),
])

# p24: Danish buyer: "You have our blessing" in reply to a supplier asking how to continue
_m = mail(
    "Kasper Nørgaard <kn@lyngby-lighting.dk>",
    "Vlad Ionescu <vlad.ionescu@cablexpert.ro>",
    "RE: RE: PO 24-0311 pilot harnesses LL-90",
    "Fri, 24 May 2024 14:26:00 +0200",
    D("""
    Hi Vlad,

    Thanks - had a look at the test report and the pictures, it all looks very fine. The crimp
    cross-sections are much better than on the first lot.

    You have our blessing.

    Kasper

    Kasper Nørgaard | Sourcing Manager | Lyngby Lighting ApS | +45 4588 2017

    From: Vlad Ionescu <vlad.ionescu@cablexpert.ro>
    Sent: Thursday, 23 May 2024 17:02
    Subject: RE: PO 24-0311 pilot harnesses LL-90

    > Hello Kasper,
    > the 15 pilot harnesses passed our 100% electrical test (continuity, insulation 500 V DC).
    > Report and crimp cross-section pictures are in the shared folder.
    > Can you please confirm how to continue?
    > Best regards, Vlad Ionescu, Key Account, CableXpert SRL, Timișoara

    From: Kasper Nørgaard <kn@lyngby-lighting.dk>
    Sent: Monday, 6 May 2024 09:15
    Subject: PO 24-0311 pilot harnesses LL-90

    >> Hi Vlad,
    >> PO 24-0311 is for 15 pilot harnesses LL-90 only. The other 1,485 pcs are not released
    >> before I send you a written release after sign-off of the pilots.
    >> Material for the 15 only, please.
    >> Kasper
    """))
case("p24_pilot_harness_blessing", ["RG002"],
     "'You have our blessing' answers 'how to continue' without saying pilots only or a quantity", [
    ("RE_PO_24-0311_pilot_harnesses.eml", eml_bytes(_m)),
])

# p25: startup founder: "a few samples" - no quantity, no hold, no event, no releaser
_m = mail(
    "Priya Raman <priya@loopcraft.co>",
    "Vincent Lim <vincent.lim@everwin-precision.com>",
    "Loopcraft planter enclosure - samples",
    "Wed, 08 May 2024 16:40:00 -0500",
    D("""
    Hi Vincent,

    Thanks for the call yesterday, super helpful to walk through the DFM notes together.

    Please make a few samples of the enclosure (EN-01 rev C, 6061 with the anodised black finish
    and the laser-etched logo on the front) and ship them to our Austin office. We'll cover the
    sample charge by card - just send the invoice link when it's ready.

    Our launch is planned for Q3, so timing matters. Let me know when you expect to ship.

    Best,
    Priya

    Priya Raman
    Co-founder & CEO, Loopcraft Inc.
    1100 S Lamar Blvd, Austin, TX 78704
    """))
case("p25_founder_few_samples", ["RG003", "RG004", "RG005", "RG010"],
     "founder asks for 'a few samples': no quantity, nothing held, no unlock event, no releaser", [
    ("Loopcraft_enclosure_samples.eml", eml_bytes(_m)),
])

# p26: German medical buyer: "proceed with the pre-series as discussed" - no quantity anywhere
_m = mail(
    "Katrin Vogel <k.vogel@sonnhalde-medizintechnik.de>",
    "Matthias Brunner <m.brunner@alpspritz.at>",
    "Rollenklemme RC-12 - Vorserie / pre-series",
    "Tue, 21 May 2024 11:10:00 +0200",
    D("""
    Sehr geehrter Herr Brunner, dear Mr. Brunner,

    following our phone call this morning: please proceed with the pre-series of the roller clamp
    RC-12 as discussed, using the validated process window from the OQ (melt temperature
    225-235 °C, holding pressure 450 bar).

    The series quantity of our frame order 4600019934 is not released with this. The series
    release will be sent to you in writing by me after the PQ report has been signed off.

    Please send the pre-series together with the CoC and the lot traceability list (resin lot
    -> production lot), and keep 20 retained samples per cavity.

    Mit freundlichen Grüßen / kind regards
    Katrin Vogel
    Einkauf Medizinprodukte
    Sonnhalde Medizintechnik GmbH, Freiburg
    Tel. +49 761 4780-224
    """))
case("p26_preseries_as_discussed", ["RG010"],
     "'proceed with the pre-series as discussed' never states the pre-series quantity", [
    ("Rollenklemme_RC-12_Vorserie.eml", eml_bytes(_m)),
])

# p28: Indian PO for pre-production sample harnesses; nothing about the series
case("p28_pps_harness_po", ["RG003", "RG004", "RG005"],
     "pre-production sample PO (25 nos) that never holds the series, names no event and no releaser", [
    ("VHA-PO-24-25-0456.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", "Vardhman Home Appliances Pvt. Ltd. - A-41, Sector 80, Noida 201305 (U.P.) - GSTIN 09AABCV2231P1ZT"),
        ("table", [["PO No.", "PO Date", "Supplier", "Supplier code"],
                   ["VHA/PO/24-25/0456", "16-04-2024", "Techno Cable Harness Industries, IMT Manesar", "S-0871"]]),
        ("sp",),
        ("table", [["Sr.", "Part No.", "Description", "Qty", "UOM", "Rate (Rs.)", "Amount (Rs.)"],
                   ["1", "WH-MW-32", "Wiring harness, microwave oven main harness - pre-production samples (PPS) "
                    "with PPAP level 3 documents", "25", "Nos", "210.00", "5,250.00"],
                   ["", "", "", "", "", "CGST 9% + SGST 9%", "945.00"],
                   ["", "", "", "", "", "Total", "6,195.00"]]),
        ("h", "Terms"),
        ("p", "1. Samples to be submitted with test report: continuity 100%, hi-pot 1.5 kV AC for 1 min, pull "
              "test of crimps as per UL 486A."),
        ("p", "2. Delivery: within 15 days from PO date, to VHA Noida stores."),
        ("p", "3. Payment: 45 days from receipt of material and invoice."),
        ("p", "4. All wires to be RoHS compliant, 105 degC rated, UL 1015."),
        ("sp",),
        ("p", "For Vardhman Home Appliances Pvt. Ltd. - Manager (Purchase)"),
    ], title="VHA/PO/24-25/0456", author="Purchase")),
])

# p29: Slack export: UK buyer "Crack on" after the FAI report
case("p29_slack_fai_crack_on", ["RG002"],
     "buyer answers the FAI report with 'Crack on' - no quantity, not scoped to the FAI", [
    ("slack_ext-kestrel-thamesmead.txt", D("""
    Slack export - #ext-kestrel-thamesmead (shared channel)
    Thamesmead Devices Ltd  <->  Kestrel CNC Ltd

    2024-04-09 10:02  Hannah Price: PO TD-2207 is on its way for the 6 FAI brackets (BR-33 rev C, 6082-T6, clear anodise). Only those 6 - the remaining 294 on the PO schedule are not released until I've signed the FAI report and sent a written release.
    2024-04-09 10:05  Liam Doyle: 👍 6 off, got it
    2024-04-09 10:06  Liam Doyle: material for 6 only, we've got offcuts anyway
    2024-04-11 14:30  Liam Doyle: quick q - the Ø6.2 holes, is that a clearance for M6 or do you want them reamed?
    2024-04-11 14:52  Hannah Price: clearance, no ream. Checked with Tom in design.
    2024-04-16 15:40  Liam Doyle: FAI report uploaded to the folder. All 47 characteristics in, CMM file attached. Hole pattern bang on this time.
    2024-04-16 16:12  Hannah Price: Brilliant, that's spot on. Crack on 👍
    2024-04-16 16:13  Liam Doyle: cheers Hannah
    """)),
])

# p30: Portuguese buyer portal: samples "1 SET" per test plan - unit quantity never stated
_body = f"""
<h2>Termolar Aquecimento, S.A. &mdash; Portal de Compras</h2>
<p>Encomenda / order <b>TA-24-1033</b> &middot; 06/05/2024 &middot; fornecedor / supplier: Cablagem Norte, Lda.,
Braga</p>
{table_html([["Linha", "Artigo", "Descrição / description", "Qtd.", "Unid.", "Preço", "Valor"],
             ["1", "CH-900", "Amostras / samples - cable harness CH-900 for boiler B-24, per test plan TP-17",
              "1", "SET", "640,00 EUR", "640,00 EUR"]])}
<div class="note">
<p>Series quantity (frame agreement 6.000 un./year) is not released by this order. Series release only in
writing by Inês Carvalho (Compras) after approval of the TP-17 test report.</p>
<p>Material: for the sample set only.</p>
</div>
<p>Entrega / delivery: semana 21, Termolar Aveiro, armazém 2. Pagamento 60 dias.</p>
"""
case("p30_portal_sample_set", ["RG010"],
     "order authorizes '1 SET' of samples per a test plan; the number of harnesses is never stated", [
    ("Encomenda_TA-24-1033.html", html_page("Encomenda TA-24-1033", _body, lang="pt")),
])

# p33: German moulder's order confirmation: material for the full 24.000 already ordered
case("p33_order_confirmation_material", ["RG006"],
     "supplier order confirmation: PA66 for the full 24.000 ordered while only 50 samples are ordered", [
    ("AB-24-0712_Auftragsbestaetigung.pdf", pdf([
        ("h1", "Auftragsbestätigung / Order confirmation AB-24-0712"),
        ("p", "Kunststoffwerk Allgäu GmbH - Gewerbepark 5 - 87509 Immenstadt - Vertrieb Innendienst"),
        ("table", [["Kunde / customer", "Ihre Bestellung / your PO", "Datum", "Ansprechpartner"],
                   ["Lindner Haushaltstechnik GmbH, Ulm", "4500239911 vom 02.05.2024", "06.05.2024",
                    "Frau Weber, Tel. 08323 9661-20"]]),
        ("sp",),
        ("table", [["Pos", "Artikel", "Bezeichnung", "Menge", "Preis", "Termin"],
                   ["1", "LH-5520-3", "Lüfterrad / fan wheel, PA66 GF30 schwarz - T1-Muster / samples", "50 Stk",
                    "3,90 EUR", "KW 21"],
                   ["-", "LH-5520-3", "Serienmenge 24.000 Stk - gemäß Ihrer Bestellung nicht freigegeben, wir "
                    "erwarten Ihren Serienabruf / series quantity not released per your PO", "-", "1,12 EUR", "-"]]),
        ("h", "Hinweise / notes"),
        ("p", "Zur Sicherung Ihrer Liefertermine haben wir das Material (Ultramid A3WG6 schwarz, ca. 2,9 t) für die "
              "Gesamtmenge von 24.000 Stk bereits disponiert und beim Händler bestellt. / To secure your delivery "
              "dates we have already scheduled and ordered the material (approx. 2.9 t) for the total quantity of "
              "24,000 pcs."),
        ("p", "Werkzeug: 2-fach, Heißkanal, Abnahme T1 in KW 20. Verpackung: KLT 6428, 60 Stk je KLT."),
        ("p", "Es gelten unsere Verkaufs- und Lieferbedingungen. Mit freundlichen Grüßen, i.A. Daniela Weber"),
    ], title="AB-24-0712", author="Daniela Weber")),
])

# p35: WhatsApp: Romanian buyer tells supplier to stock copper/connectors for 5,000 and calls forecast an order
case("p35_whatsapp_copper_stock", ["RG006", "RG008"],
     "buyer wants material on stock for 5.000 (only 100 released) and calls the forecast as good as an order", [
    ("WhatsApp_Mihai_Radu.txt", D("""
    [02.05.2024, 08:41] Mihai Dumitrescu: Buna Radu. PO 2024-118 sent by email, it is for 100 pcs sample harness KH-700 (washing machine motor harness)
    [02.05.2024, 08:42] Mihai Dumitrescu: only these 100. The rest of the 5.000 is not released until Corina Pop (plant manager) signs the written release after our line trial
    [02.05.2024, 08:50] Radu Stoica: ok clear, 100 pcs. Delivery wk 20 ok?
    [02.05.2024, 08:51] Mihai Dumitrescu: wk 20 ok
    [02.05.2024, 08:53] Mihai Dumitrescu: one more thing. our forecast for H2 is 5.000 pcs. make sure you have the copper and all the connectors (TE Mate-N-Lok, Stocko) on stock for the full 5.000, I don't want to hear about lead times in June
    [02.05.2024, 09:02] Radu Stoica: ok. and if the 5.000 are not released later, who pays the material?
    [02.05.2024, 09:04] Mihai Dumitrescu: don't worry about that. the forecast is as good as an order, you can count on it
    [02.05.2024, 09:10] Radu Stoica: ok, we order the material for 5.000 this week then
    [02.05.2024, 09:11] Radu Stoica: 👍
    [09.05.2024, 15:22] Radu Stoica: cable LiYY 4x0,75 arrived. connectors next week
    [09.05.2024, 15:30] Mihai Dumitrescu: super
    """)),
])

# p36: Portuguese furniture supplier: order accepted -> veneer for all 1.200 reserved and pressing scheduled
_m = mail(
    "Carlos Mendes <carlos.mendes@madeiras-vouga.pt>",
    "Lukas Graf <lukas.graf@wohnwerk-basel.ch>",
    "RE: Order WB-4471 - oak fronts",
    "Tue, 07 May 2024 17:05:00 +0100",
    D("""
    Dear Mr. Graf,

    We confirm that your order nº WB-4471 was accepted in our system today.

    Since the order is accepted, we have reserved the oak veneer (rift cut, 0,6 mm) for all
    1.200 fronts from the same log, to guarantee a uniform colour, and the pressing of the 1.200
    fronts is scheduled for week 25.

    The 6 sample fronts will be shipped on Friday by TNT.

    Com os melhores cumprimentos,
    Carlos Mendes
    Departamento Comercial
    Madeiras & Folheados do Vouga, Lda.
    +351 234 720 410

    ----- Mensagem original -----
    De: Lukas Graf <lukas.graf@wohnwerk-basel.ch>
    Data: 6 de maio de 2024 10:14
    Assunto: Order WB-4471 - oak fronts

    > Guten Tag Herr Mendes,
    > order WB-4471 attached: 6 sample fronts only (cabinet front CF-60, oak veneer, oiled).
    > The remaining 1'194 fronts are not released. The series release comes only in writing
    > from me, after our design team has signed off the samples.
    > Veneer: please buy only what the samples need.
    > Freundliche Grüsse, Lukas Graf, Einkauf, Wohnwerk Basel AG
    """))
case("p36_oak_fronts_order_accepted", ["RG006", "RG012"],
     "order acceptance taken as go for all 1.200 fronts; veneer reserved for all despite samples-only", [
    ("RE_Order_WB-4471_oak_fronts.eml", eml_bytes(_m)),
])

# p38: Chinese quote: mass production starts automatically after golden sample approval
case("p38_quote_golden_sample", ["RG007"],
     "supplier quote term: mass production starts automatically after golden sample approval", [
    ("Quotation_XH-Q240318.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", "Xiamen Hongtai Mould & Plastic Co., Ltd. - No. 18 Xiangxing Road, Xiang'an, Xiamen - "
              "Tel +86 592 7788 3310"),
        ("table", [["Quotation No.", "Date", "To", "Attn."],
                   ["XH-Q240318", "2024-03-18", "Nordwind Küchengeräte GmbH, Bremen", "Mr. Jens Ahlers"]]),
        ("p", "Product: blender jar lid BL-220, Eastman Tritan TX1001, clear, food contact (EU 10/2011, LFGB)"),
        ("table", [["Item", "Description", "Qty", "Unit price (USD)", "Amount (USD)"],
                   ["1", "Mould 1x2 cavity, P20/718H, cold runner, 300k shots", "1 set", "6,800.00", "6,800.00"],
                   ["2", "Golden samples", "10 pcs", "free", "-"],
                   ["3", "Mass production price", "20,000 pcs", "0.46", "9,200.00"]]),
        ("h", "Terms"),
        ("p", "1. Payment: mould 50% deposit, 50% after T1 samples. Parts: 30% deposit, 70% before shipment."),
        ("p", "2. Lead time: mould 35 days, T1 samples 40 days after mould order."),
        ("p", "3. After golden sample approved by customer, we will start mass production automatically, lead "
              "time 25 days, no need another confirmation."),
        ("p", "4. Packing: each lid in PE bag, 100 pcs per carton. FOB Xiamen."),
        ("p", "5. Price valid 30 days. Sales: Ms. Lily Chen, lily@hongtai-mould.com"),
    ], title="Quotation XH-Q240318", author="Lily Chen")),
])

# p39: German buyer PO: after sample approval please produce the series
case("p39_po_samples_then_series", ["RG003", "RG005", "RG007"],
     "PO tells supplier to make the series once samples are approved: no hold, no releaser, implied conversion", [
    ("Bestellung_4500240087.docx", docx_bytes([
        ("h1", "Bestellung / Purchase Order 4500240087"),
        ("p", "Hofmann Gerätebau GmbH - Einkauf - Robert-Bosch-Str. 14 - 74074 Heilbronn"),
        ("table", [["Lieferant / supplier", "Datum", "Liefertermin Muster", "Zahlung"],
                   ["Federnwerk Sauer KG, 58762 Altena", "15.04.2024", "KW 19", "30 Tage 2 %, 60 Tage netto"]]),
        ("sp",),
        ("table", [["Pos", "Material", "Bezeichnung", "Menge", "Preis", "Wert"],
                   ["10", "TF-210 Rev. B", "Torsionsfeder Backofentür / oven door hinge torsion spring, "
                    "EN 10270-1 SH, verzinkt - Erstmuster", "20 Stk", "1,85 EUR", "37,00 EUR"]]),
        ("h", "Text"),
        ("p", "Bitte Erstmuster mit EMPB nach VDA Band 2 liefern. Nach Freigabe der Erstmuster bitte die Serie "
              "gemäß Ihrem Angebot A-24-118 fertigen und in Teillieferungen anliefern."),
        ("p", "Please deliver the initial samples with ISIR acc. to VDA vol. 2. After approval of the initial "
              "samples, please manufacture the series according to your offer A-24-118 and deliver in partial "
              "shipments."),
        ("p", "Verpackung: Gitterbox, VCI-Beutel. Anlieferung Werk 1, Tor 2."),
        ("sp",),
        ("p", "Mit freundlichen Grüßen / i.A. Stefan Berger, Einkauf, Tel. 07131 6670-118"),
    ], author="Stefan Berger")),
])

# p40: Malaysian EMS acknowledgement: balance loaded into SMT automatically upon FAI approval
_text = D("""
Dear Jonas,

We acknowledge PO 4510033341 for 50 FAI units of the HC-200 controller board (PCBA rev C),
delivery week 24 by FedEx, DAP Kempten.

Upon your FAI approval, the balance of 1,950 units will be loaded into our SMT line
automatically, so you do not need to send anything further - this is to protect your ship date
in week 30.

Stencil and reflow profile are ready; the first article will be inspected by our IPC-A-610
Class 2 certified inspector.

Best regards,
Lee Siew Ping
Customer Program Manager
Kulim Electronics Manufacturing Sdn Bhd
+60 4 403 2288

> From: Jonas Weber <j.weber@aquatherm-regel.de>
> Sent: Tuesday, 7 May 2024 14:20
> Subject: PO 4510033341 - HC-200 FAI
>
> Dear Siew Ping,
> PO 4510033341 attached: 50 FAI units only.
> The balance of 1,950 of the 2,000 is on hold until FAI sign-off and my written release.
> Components for the 50 FAI units only, please.
> Jonas Weber, Einkauf, Aquatherm Regeltechnik GmbH
""")
_html = f"""<html><body style="font-family:Arial">
<p>Dear Jonas,</p>
<p>We acknowledge PO 4510033341 for 50 FAI units of the HC-200 controller board (PCBA rev C).</p>
{table_html([["PO", "Item", "Qty", "Delivery"], ["4510033341", "HC-200 PCBA rev C - FAI", "50", "wk 24, FedEx"]])}
<p>Upon your FAI approval, the balance of 1,950 units will be loaded into our SMT line automatically, so you do
not need to send anything further - this is to protect your ship date in week 30.</p>
<p>Best regards,<br>Lee Siew Ping<br>Customer Program Manager, Kulim Electronics Manufacturing Sdn Bhd</p>
<blockquote>Dear Siew Ping,<br>PO 4510033341 attached: 50 FAI units only.<br>The balance of 1,950 of the 2,000
is on hold until FAI sign-off and my written release.<br>Components for the 50 FAI units only, please.<br>
Jonas Weber, Einkauf, Aquatherm Regeltechnik GmbH</blockquote>
</body></html>
"""
_m = mail("Lee Siew Ping <siewping.lee@kem.com.my>", "Jonas Weber <j.weber@aquatherm-regel.de>",
          "Order Acknowledgement - PO 4510033341 - HC-200 FAI 50 units", "Wed, 08 May 2024 10:30:00 +0800",
          _text, html=_html)
case("p40_ems_ack_balance_autoload", ["RG007"],
     "EMS acknowledgement: balance 1,950 loaded automatically upon FAI approval, no release needed", [
    ("Order_Acknowledgement_4510033341.eml", eml_bytes(_m)),
])

# p41: Viber chat: Filipino supplier bought resin for 3k and will continue right after samples
case("p41_viber_lamp_clip", ["RG006", "RG007"],
     "supplier bought resin for the unreleased 3k and will continue the 3k once samples are liked", [
    ("Viber_Hygge_Lamper_Laguna_Plastic.txt", D("""
    Viber chat export: Freja Mortensen (Hygge Lamper ApS) / Jomar Santos (Laguna Plastic Injection Corp.)
    ------------------------------------------------------------------------------------------------
    06/05/2024 09:02 Freja Mortensen: Hi Jomar, PO HL-0912 is for 30 samples of the lamp base clip LB-4 (PC, white), nothing more.
    06/05/2024 09:03 Freja Mortensen: The 3k is not released until I send you the written release after our drop test.
    06/05/2024 09:15 Jomar Santos: Copy ma'am. 30 pcs samples. Mold trial on Thursday
    09/05/2024 17:48 Jomar Santos: Ma'am mold trial ok, small flash at parting line, we polish tomorrow
    13/05/2024 10:21 Jomar Santos: Good news ma'am, samples done. Shipping tomorrow via FedEx, AWB to follow
    13/05/2024 10:23 Jomar Santos: Also we already bought the PC resin (Lexan 943A) for the 3k so we don't lose the price, and once you like the samples we continue the 3k right away po, no need to wait 😊
    13/05/2024 11:40 Freja Mortensen: Thanks Jomar, I will check when they arrive.
    14/05/2024 08:05 Jomar Santos: AWB 7790 2231 5561 po
    """)),
])

# p44: German delivery schedule: forecast quantities declared a binding purchase commitment
case("p44_lieferabruf_forecast_binding", ["RG008"],
     "delivery schedule declares the forecast zone a binding purchase commitment", [
    ("Lieferabruf_0048_DF-0815-12.txt", D("""
    ROTEX HAUSGERÄTE GMBH          LIEFERABRUF / DELIVERY SCHEDULE          Nr. 0048
    Disposition, Industriestr. 40, 32051 Herford                          Datum 13.05.2024
    ==========================================================================================
    Lieferant : 300912  Federnfabrik Lenz GmbH, 58553 Halver
    Teil      : DF-0815-12  Druckfeder Türschloss / compression spring door lock, 1.4310
    Rahmen    : Rahmenvertrag RV-DF-2024 (Jahresvorschau 250.000 Stk)
    ==========================================================================================
    KW      Menge Stk   Status
    22          4.000   FEST / firm  (Fertigungsfreigabe / production release)
    23          4.000   FEST / firm  (Fertigungsfreigabe / production release)
    24          4.000   FEST / firm  (Fertigungsfreigabe / production release)
    25          4.000   FEST / firm  (Fertigungsfreigabe / production release)
    26-29      20.000   VORSCHAU / forecast
    30-35      30.000   VORSCHAU / forecast
    ------------------------------------------------------------------------------------------
    Summe fest / firm total (KW 22-25):  16.000 Stk
    ==========================================================================================
    Hinweise / notes:
    1. Fertigungsfreigabe nur für KW 22-25 (16.000 Stk). Vorschaumengen ab KW 26 sind nicht zur
       Fertigung freigegeben; Freigabe nur durch den nächsten Lieferabruf, gezeichnet K. Dietrich
       (Disposition). / Production release only for wk 22-25; quantities from wk 26 are released
       only by the next delivery schedule signed by K. Dietrich.
    2. Die Vorschaumengen KW 26-35 gelten jedoch als verbindliche Abnahmeverpflichtung von Rotex.
       / The forecast quantities wk 26-35 are however a binding purchase commitment by Rotex.
    3. Anlieferung Montag + Donnerstag, Behälter Rotex-KLT 3214, 2.000 Stk je Behälter.
    ==========================================================================================
    """)),
])

# p48: German SAP PO: "released" for the commercial PO release strategy and for production
case("p48_sap_po_release_strategy", ["RG009"],
     "'released' for the SAP PO release strategy (commercial) and for production release", [
    ("Bestellung_4500241555.pdf", pdf([
        ("h1", "Bestellung / Purchase order 4500241555"),
        ("p", "Brandt & Söhne Elektrogeräte GmbH - Einkauf - Am Hafen 3 - 28217 Bremen"),
        ("table", [["Lieferant / supplier", "Datum", "Freigabestatus / release status", "Einkäufer"],
                   ["Blechtechnik Weser GmbH, 27570 Bremerhaven", "03.06.2024",
                    "freigegeben / released (Freigabestrategie E2, Kostenstelle 4711)", "Tobias Lang"]]),
        ("sp",),
        ("table", [["Pos", "Material", "Bezeichnung", "Menge", "Preis", "Wert"],
                   ["10", "SM-88-200", "Schaltschrankgehäuse / control cabinet housing SM-88, DC01 1,5 mm, "
                    "pulverbeschichtet RAL 7035 - Muster / samples", "10 Stk", "96,00 EUR", "960,00 EUR"]]),
        ("h", "Hinweis / note"),
        ("p", "Diese Bestellung wurde am 03.06.2024 in SAP freigegeben (kaufmännische Freigabe). / This PO was "
              "released in SAP on 03.06.2024 (commercial release)."),
        ("p", "Die Produktionsfreigabe für die Restmenge von 990 Stk (Gesamtbedarf 1.000 Stk) ist mit dieser "
              "Bestellung NICHT erteilt. Sie erfolgt nach Muster-Sign-off schriftlich durch Herrn Tobias Lang "
              "(Einkaufsleiter). / Production release for the balance of 990 pcs (total 1,000 pcs) is NOT given with "
              "this PO; it follows after sample sign-off, in writing, by Mr Tobias Lang (Head of Purchasing)."),
        ("p", "Material nur für die 10 Muster. Anlieferung Werk Bremen, Tor 4."),
    ], title="Bestellung 4500241555", author="Tobias Lang")),
])

# p49: Indian buyer: quote approved, samples approved, "Please proceed."
_m = mail(
    "Sandeep Malhotra <sandeep.malhotra@ujalakitchen.in>",
    "Zhou Jian <zhoujian@kaida-electrical.cn>",
    "RE: Coupler MG-77 samples - UKA/24/0733",
    "Fri, 17 May 2024 18:15:00 +0530",
    D("""
    Dear Mr. Zhou,

    Greetings from Ujala.

    Your revised quotation dated 02-Apr is approved by our management. Also the samples of the
    coupler MG-77 sent by you are approved by our QA dept after the 48 hrs run test on the
    750 W mixer grinder; no wear on the lugs.

    Please proceed.

    Kindly share the packing details and the HS code for the customs.

    Regards,
    Sandeep Malhotra
    Sr. Manager - Sourcing
    Ujala Kitchen Appliances Ltd., Faridabad
    +91 98110 44721

    ---------- Earlier message ----------
    From: Sandeep Malhotra
    Date: 04-Apr-2024
    Subject: PO UKA/24/0733 - coupler MG-77 samples

    > Dear Mr. Zhou,
    > Please find PO UKA/24/0733 for 20 nos samples of coupler MG-77.
    > Production quantity of 10,000 nos is not released till our written release, which will be
    > signed by me after sample sign-off.
    > Regards, Sandeep
    """))
case("p49_coupler_please_proceed", ["RG002", "RG009"],
     "'approved' for quote (commercial) and samples (technical), then an unscoped 'Please proceed'", [
    ("RE_Coupler_MG-77_samples.eml", eml_bytes(_m)),
])

# p51: Chinese supplier: "released" three ways, and deposit received -> production
_m = mail(
    "Amy Zhang <amy.zhang@meida-sheetmetal.com>",
    "Ben Hollis <ben@quillbox.com>",
    "RE: PO QB-002 mailbox housing",
    "Thu, 16 May 2024 20:18:00 +0800",
    D("""
    Dear Ben,

    Thanks for your payment of the tooling and the deposit, received today.

    Your PO is released in our ERP system now. Our QC also released the 5 pcs samples yesterday
    (report attached in last mail: powder thickness 70-90 um, salt spray 500 h passed).

    So we will release the production of 2,000 pcs to the workshop tomorrow, as the deposit is
    received. Estimated ready date June 25.

    Best regards,
    Amy Zhang
    Sales Dept. | Foshan Meida Sheet Metal Co., Ltd.
    Tel/WeChat: +86 139 2401 7788

    --- Original ---
    From: Ben Hollis <ben@quillbox.com>
    Date: Fri, May 3, 2024 07:40
    > Hi Amy, PO QB-002 is for 5 samples of the mailbox housing only. The 2,000 units are not
    > released until I have tested the samples and sent you a written go-ahead for the 2,000.
    > Ben Hollis, Founder, Quillbox
    """))
case("p51_mailbox_released_deposit", ["RG009", "RG012"],
     "'released' for PO entry, QC sample decision and production; deposit received taken as start signal", [
    ("RE_PO_QB-002_mailbox_housing.eml", eml_bytes(_m)),
])

# p52: Danish buyer portal PO: header says 2.000 released, line says 2.500
_body = f"""
<h2>Skanderborg Køl A/S &mdash; Leverandørportal / supplier portal</h2>
<p>Indkøbsordre / purchase order <b>SK-PO-24-2071</b> &middot; 21.05.2024 &middot; leverandør / supplier:
Plásticos Técnicos do Lis, Lda., Leiria</p>
{table_html([["Felt / field", "Værdi / value"],
             ["Ordremængde frigivet / order quantity released", "2.000 stk."],
             ["Leveringsbetingelser / Incoterms", "DAP Skanderborg"],
             ["Betaling / payment", "60 dage netto"]])}
<h3>Ordrelinjer / order lines</h3>
{table_html([["Linje", "Varenr.", "Beskrivelse / description", "Antal / qty", "Pris", "Levering"],
             ["1", "CD-510", "Grøntsagsskuffe / crisper drawer CD-510, PS clear - pilot run", "2.500 stk.",
              "3,40 EUR", "uge 26"]])}
<div class="note">
<p>Pilot run only. The remaining quantity of the annual frame (60.000 stk.) is not released. The next release
comes as a revised PO from Birgitte Dam (Category Manager) after sign-off of the pilot run.</p>
</div>
<p>Kontakt / contact: Birgitte Dam &middot; bd@skanderborg-kol.dk &middot; +45 8652 1140</p>
"""
case("p52_portal_header_vs_line", ["RG011"], "portal PO: header releases 2.000, order line states 2.500", [
    ("SK-PO-24-2071.html", html_page("Indkøbsordre SK-PO-24-2071", _body, lang="da")),
])

# p53: US buyer mail says pilot "1.2k", attached PO says 1,000
_po = pdf([
    ("h1", "PURCHASE ORDER 5581"),
    ("p", "Vanta Fitness, Inc. - 9950 Scripps Lake Dr, San Diego, CA 92131"),
    ("table", [["Vendor", "Date", "Terms", "Ship"],
               ["Johor Plastics Sdn Bhd, Pasir Gudang", "05/14/2024", "Net 60", "FOB Port Klang"]]),
    ("table", [["Line", "Item", "Description", "Qty", "Unit", "Ext."],
               ["1", "HC-3", "Dumbbell handle end cap, TPE 80A black - pilot batch", "1,000", "$0.31", "$310.00"]]),
    ("p", "Pilot batch only. Balance of the 20,000 program quantity on hold until pilot sign-off and a written "
          "release from Marcus Lee."),
], pagesize=LETTER, title="PO 5581", author="Marcus Lee")
_m = mail(
    "Marcus Lee <marcus.lee@vantafitness.com>",
    "Sharon Goh <sharon.goh@johorplastics.com.my>",
    "handle caps - pilot",
    "Tue, 14 May 2024 17:22:00 -0700",
    D("""
    Hey Sharon -

    quick one. As discussed on the call, pilot batch for the dumbbell handle caps (HC-3) is 1.2k.
    Rest of the 20k stays on hold until our pilot sign-off and a written release from me.
    PO 5581 attached.

    Shore hardness 80A +/-3 please, last lot from the other vendor came in at 86.

    thx
    Marcus
    """) + sig("Marcus Lee", "Procurement Lead", "Vanta Fitness, Inc.", "+1 858 555 0122"),
    html=paras_html("Hey Sharon -\n\nquick one. As discussed on the call, pilot batch for the dumbbell handle "
                    "caps (HC-3) is 1.2k. Rest of the 20k stays on hold until our pilot sign-off and a written "
                    "release from me. PO 5581 attached.\n\nthx\nMarcus"),
    attachments=[("PO_5581.pdf", _po, PDF_MT)])
case("p53_handle_caps_pilot", ["RG011"], "mail says pilot batch 1.2k, attached PO says 1,000", [
    ("handle_caps_pilot.eml", eml_bytes(_m)),
])

# p54: chat: buyer sets pilot at 300, later asks for 350
case("p54_chat_pilot_springs", ["RG011"], "buyer states pilot lot 300, later asks for 350 pilot springs", [
    ("chat_Thermoflux_Dongguan_Spring.txt", D("""
    === Chat export: Reto Baumann (Thermoflux AG) / Zhao Min (Dongguan Huali Spring Co.) ===
    2024-04-25 08:12  Reto Baumann: Hello Zhao, PO TF-2290 is sent. It covers 300 pcs of the torsion spring TS-31 as pilot lot.
    2024-04-25 08:13  Reto Baumann: Remaining 9'700 pcs on hold until pilot lot sign-off and my written release.
    2024-04-25 08:30  Zhao Min: OK Reto, 300pcs pilot. wire 1.6mm SWP-B, we have stock
    2024-04-25 08:31  Reto Baumann: leg angle 90° ±5°, please check all
    2024-04-25 08:35  Zhao Min: ok
    2024-05-06 14:02  Zhao Min: pilot springs finished, heat treatment done. measuring now
    2024-05-06 14:40  Reto Baumann: Zhao, as agreed pls ship the 350 pilot springs in one carton, with the CoC and the angle measurement
    2024-05-06 14:41  Zhao Min: ok
    """)),
])

# p56: Romanian release letter: words "two thousand" vs figures 2,500
case("p56_release_words_figures", ["RG011"],
     "release letter: 'two thousand (2,500)' - words and figures give different quantities", [
    ("Production_release_2_DR-450.docx", docx_bytes([
        ("h1", "Production release no. 2"),
        ("p", "Dacia Mobilier SRL - Purchasing - Calea Șagului 190, 300517 Timișoara, Romania"),
        ("table", [["Field", "Content"],
                   ["Supplier", "Hettwerk Beschläge GmbH, Lemgo"],
                   ["PO", "DM-24-0220 (12,000 pcs)"],
                   ["Part", "Drawer runner DR-450, full extension, soft close, 30 kg"],
                   ["Date", "20.05.2024"]]),
        ("p", "With this letter we release two thousand (2,500) pcs of drawer runner DR-450 for production and "
              "delivery in week 26."),
        ("table", [["Release", "Quantity", "Status"],
                   ["1", "2,000 pcs", "delivered wk 18"],
                   ["2 (this letter)", "2,500 pcs", "released"],
                   ["Balance", "7,500 pcs", "not released"]]),
        ("p", "The balance of 7,500 pcs is not released. The next release comes only in writing from Elena "
              "Vasilescu (Purchasing Director), after lot acceptance of release 2."),
        ("p", "Material: for release 2 only."),
        ("sp",),
        ("p", "Elena Vasilescu, Purchasing Director"),
    ], author="Elena Vasilescu")),
])

# p57: folder: blanket PO (TXT) + release letter (PDF, 6,000) + cover mail (6,500)
_rel = pdf([
    ("h1", "RELEASE LETTER R1"),
    ("p", "Tropika Medical Supplies Sdn Bhd - No. 7, Jalan Perindustrian 3, 81400 Senai, Johor"),
    ("table", [["Field", "Content"],
               ["Supplier", "Zhejiang Kangda Medical Plastics Co., Ltd., Taizhou"],
               ["Blanket PO", "TMS-PO-24-0291"],
               ["Part", "IV roller clamp RC-20, ABS medical grade, EO sterilisable"],
               ["Released by this letter", "6,000 pcs"],
               ["Delivery", "week 25, CIF Port of Tanjung Pelepas"]]),
    ("p", "The balance of the blanket quantity (24,000 pcs) is not released. The next release letter will be issued "
          "after lot acceptance of R1 at our incoming QC."),
    ("sp",),
    ("p", "Signed: Haslinda Omar, Purchasing Manager - 20/05/2024"),
], title="Release letter R1", author="Haslinda Omar")
_m = mail(
    "Haslinda Omar <haslinda.omar@tropikamedical.com.my>",
    "Grace Wu <grace.wu@kangda-medical.cn>",
    "Release R1 - IV roller clamp RC-20",
    "Mon, 20 May 2024 15:45:00 +0800",
    D("""
    Dear Grace,

    Please find release R1 in the folder: 6,500 pcs of the RC-20 roller clamp for week 25.

    Please send the EO sterilisation certificate and the CoA together with the shipping documents.
    Carton marking as per our packing spec TMS-PK-04 rev 2.

    Thank you.

    Best regards,
    Haslinda Omar
    Purchasing Manager
    Tropika Medical Supplies Sdn Bhd
    """))
case("p57_blanket_release_folder", ["RG011"], "release letter says 6,000 pcs, cover mail says 6,500 pcs", [
    ("TMS-PO-24-0291.txt", D("""
    TROPIKA MEDICAL SUPPLIES SDN BHD                           BLANKET PURCHASE ORDER
    No. 7, Jalan Perindustrian 3, 81400 Senai, Johor           TMS-PO-24-0291
    Co. Reg. 200801022341 (827710-K)                           Date: 02/05/2024
    ------------------------------------------------------------------------------------
    Supplier : Zhejiang Kangda Medical Plastics Co., Ltd., Taizhou, China (SUP-0419)
    Currency : USD          Incoterms : CIF Tanjung Pelepas          Payment : TT 60 days
    ------------------------------------------------------------------------------------
    Item  Part     Description                              Blanket qty   Unit price
    1     RC-20    IV roller clamp, ABS medical grade        30,000 pcs   USD 0.0380
    ------------------------------------------------------------------------------------
    Notes:
    1. No quantity is released by this blanket PO. Quantities are released only by numbered
       release letters signed by Haslinda Omar, Purchasing Manager.
    2. Material may be bought only for released quantities.
    3. Supplier to hold ISO 13485:2016; change notification 6 months in advance.
    ------------------------------------------------------------------------------------
    """)),
    ("Release_letter_R1.pdf", _rel),
    ("Release_R1_cover_mail.eml", eml_bytes(_m)),
])

# p58: Indian supplier: mass production starts upon receipt of the LC
_m = mail(
    "Anil Deshmukh <anil.deshmukh@shreeganeshsprings.com>",
    "Michael Krause <m.krause@krause-beschlaege.de>",
    "RE: PO MK-24-0187 - flat spring FS-12",
    "Wed, 22 May 2024 11:32:00 +0530",
    D("""
    Dear Sir,

    We thank you for your PO no. MK-24-0187 for 200 nos samples of flat spring FS-12
    (CK75, hardened and tempered 48-52 HRC, black oxide).

    We request you to kindly open the LC for the full order value at the earliest. Kindly note
    that upon receipt of the LC, we shall commence mass production of the series springs without
    any delay, so that the shipment can be made by end of July.

    The samples will be dispatched by courier on 29th May along with the hardness report.

    Thanking you and assuring you of our best services at all times.

    Yours faithfully,
    for Shree Ganesh Springs & Stampings
    Anil Deshmukh
    Export Manager, Rajkot
    +91 98250 33147

    -----Original Message-----
    From: Michael Krause
    Sent: 20 May 2024 09:41

    > Dear Mr. Deshmukh,
    > PO MK-24-0187 covers 200 samples of FS-12. The 39,800 series springs are not released;
    > the series release comes only in writing from me after our sample sign-off.
    > The LC will be opened for the sample value only.
    > Mit freundlichen Grüßen, Michael Krause, Einkauf, Möbelbeschläge Krause GmbH
    """))
case("p58_flat_spring_lc", ["RG012"], "supplier will start mass production upon receipt of the LC", [
    ("RE_PO_MK-24-0187_FS-12.eml", eml_bytes(_m)),
])


# =================================================================== build
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(20240508).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
        folder = f"{PREFIX}_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        for r in c["expect"]:
            assert r in RULES, r
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    counts = {r: sum(r in c["expect"] for c in CASES) for r in RULES}
    clean = sum(not c["expect"] for c in CASES)
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}")
    for r in RULES:
        print(f"  {r}: {counts[r]}")
    for r in RULES:
        need = 7 if r in ("RG006", "RG007", "RG011") else 5
        assert counts[r] >= need, (r, counts[r], need)


if __name__ == "__main__":
    main()
