#!/usr/bin/env python3
"""Generator for the releasegate check_holdout112 corpus (independent held-out set).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout112/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
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
CASES: list[dict] = []


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


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
    m["Message-ID"] = msgid or f"<h112-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h112")
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


# ------------------------------------------------------------ extra helpers
def q(text, depth=1):
    """Quote a block of text the way mail clients do ('> ')."""
    pre = ">" * depth
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def as_html(text):
    """Very small text->HTML for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        lines = [escape(ln) for ln in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def plain_sig(name, title, company, phone, extra=""):
    s = f"\n--\n{name}\n{title}\n{company}\n{phone}\n"
    if extra:
        s += extra.rstrip("\n") + "\n"
    return s


EU_DISCLAIMER = (
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u niet de "
    "geadresseerde bent, wordt u verzocht de afzender te informeren en het bericht te verwijderen.\n"
)
DE_FOOTER = (
    "Sennwerk GmbH | Sitz Stuttgart | Amtsgericht Stuttgart HRB 771204 | "
    "Geschaeftsfuehrer: Dr. Katrin Haas, Felix Ober\n"
)


# =================================================================== CLEAN
# c01 - sample PO, PDF with line table; all four scope items present
case("c01_po_sample_full_scope", [],
     "Sample PO: 20 pcs released, 480 not released, revised PO + written release by named purchasing manager after FAI; material sample-only.",
     [("PO_24-0317.pdf", pdf([
         ("h1", "PURCHASE ORDER  PO-24-0317"),
         ("p", "Kelvin Robotics, Inc. - 2100 E Cesar Chavez St, Suite 210, Austin, TX 78702, USA"),
         ("p", "Vendor: Fabrikon Manufacturing Network, Inc. (partner shop: Dongguan Hengli Precision) - "
               "quote ref FAB-88213-Q"),
         ("p", "PO date: April 16, 2024    Buyer: Megan Ortiz    Terms: Net 30    Incoterms: DAP Austin"),
         ("sp",),
         ("table", [
             ["Line", "Part / Rev", "Description", "Qty", "Unit", "Unit price", "Scope"],
             ["10", "KR-ARM-0412 / C", "Shoulder bracket, 6061-T6, black anodize Type II", "20", "pcs",
              "$38.50", "Sample (FAI)"],
         ]),
         ("sp",),
         ("h", "Scope of this PO - please read"),
         ("p", "1. This PO releases twenty (20) sample brackets for first-article inspection. Nothing else."),
         ("p", "2. Our production need of 480 pcs (your 500-pc price tier on FAB-88213-Q) is NOT released and "
               "is not covered by this PO. Do not schedule, machine or buy stock for it."),
         ("p", "3. Next step: we measure the FAI parts (about 2 weeks after receipt). If they pass our FAI "
               "sign-off, Megan Ortiz (Purchasing Manager) issues a revised PO and a written production release "
               "for the 480 pcs. Nothing else unlocks them."),
         ("p", "4. Material authority: sample-only (stock for the 20 pcs)."),
         ("sp",),
         ("p", "Ship to: Kelvin Robotics Receiving, Dock 3. Include CoC and FAI report (AS9102 forms acceptable)."),
         ("p", "Authorized signature: Megan Ortiz, Purchasing Manager"),
     ], pagesize=LETTER, title="PO-24-0317", author="Kelvin Robotics Purchasing"))])

# c02 - supplier quote with quantity breaks, alone (no authorization in bundle)
case("c02_quote_qty_breaks", [],
     "Supplier quote alone with sample and production tiers; nothing authorized, so no RG001 and no absence rules.",
     [("Quotation_SMW-Q-24-1187.pdf", pdf([
         ("h1", "QUOTATION SMW-Q-24-1187"),
         ("p", "Saigon MechWorks Co., Ltd - Lot C4, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam"),
         ("p", "To: Tulpa Devices B.V., Eindhoven, Netherlands - Attn. Mr. Bram Visser"),
         ("p", "Date: 08/04/2024    Valid: 30 days    Currency: EUR"),
         ("p", "Part: TD-BRKT-118 rev B, sensor bracket, Al 6082-T6, bead blast + clear anodize, "
               "tolerance ISO 2768-mK, 2x M4 thread insert"),
         ("sp",),
         ("table", [
             ["Quantity", "Unit price", "Lead time", "Remark"],
             ["10 pcs", "EUR 42,80", "12 working days", "prototype / sample"],
             ["100 pcs", "EUR 17,35", "18 working days", ""],
             ["500 pcs", "EUR 9,90", "25 working days", "after written release"],
             ["1.000 pcs", "EUR 8,15", "25 working days", "after written release"],
         ]),
         ("sp",),
         ("p", "Notes: 1) Prices EXW HCMC, packing in carton with foam. 2) Payment: 30% with PO, balance before "
               "shipment. 3) First article report with CMM data for the sample lot. 4) This is a quotation, not an "
               "order confirmation."),
         ("p", "Thank you for the chance to quote. Nguyen Thi Hoa (Ms.), Sales Engineer"),
     ], title="SMW-Q-24-1187", author="Saigon MechWorks"))])

# c03 - supplier asks to go ahead; buyer says no with full scope (quoted question does not count)
_c03_sup = """Dear Tom,

Samples 20pcs already finish, CMM report will send tomorrow. May we go ahead the 480pcs
production together now, so can save the set-up cost for you (about USD 260)? Please confirm.

Best regards
Lily Huang
Project Manager | Dongguan Hengli Precision Mould Co., Ltd
"""
case("c03_reply_no_goahead", [],
     "Supplier question about going ahead is not an approval; buyer reply states 20 only, 480 on hold, sign-off then written release by named lead.",
     [("RE_BL-4471_samples_done.eml", eml_bytes(mail(
         "Tom Ashworth <tom.ashworth@brightloop.co.uk>", "Lily Huang <lily.huang@hengli-mould.cn>",
         "RE: BL-4471 samples done - can we go ahead?", "Wed, 15 May 2024 10:42:11 +0100",
         "Hi Lily,\n\nThanks for the quick turnaround - but no, please don't.\n\n"
         "PO BL-4471 covers the 20 samples only. The remaining 480 pcs are on hold and are not released, so "
         "please don't set up or buy material for them. Once our engineering team has signed off the samples, "
         "I will send a written production release with the quantity. Until then: ship the 20 and stop there.\n\n"
         "The set-up saving is noted, we can talk about it when the release comes.\n\nCheers,\nTom\n"
         + sig("Tom Ashworth", "Purchasing Lead", "Brightloop Ltd, Bristol", "+44 117 496 0123")
         + "\n\nOn Wed, 15 May 2024 at 08:03, Lily Huang wrote:\n" + q(_c03_sup) + "\n",
         in_reply_to="<h112-sup-0003@hengli-mould.cn>")))])

# c04 - labelled forecast on buyer portal (HTML)
case("c04_portal_forecast", [],
     "Buyer portal demand forecast explicitly labelled non-binding and not an order.",
     [("orcanix_portal_forecast.html", html_page("Orcanix Supplier Portal - Demand forecast", """
<h2>Orcanix Supplier Portal</h2>
<p>Supplier: Ningbo Kaida Plastics Co., Ltd &nbsp;|&nbsp; Part: OX-HSG-14 rev F (PC/ABS, black, VDI 24)</p>
<div class="note"><b>FORECAST &mdash; for capacity planning only.</b> The figures below are a non-binding
estimate. They are not an order and not a commitment to buy. Only a purchase order together with a written
release from Orcanix Procurement authorizes production or material purchases.</div>
<h3>12-month rolling forecast (published 2024-05-05)</h3>
<table>
<tr><th>Month</th><th>Forecast qty (pcs)</th><th>Confidence</th></tr>
<tr><td>Jul 2024</td><td>1,200</td><td>medium</td></tr>
<tr><td>Aug 2024</td><td>1,500</td><td>medium</td></tr>
<tr><td>Sep 2024</td><td>2,000</td><td>low</td></tr>
<tr><td>Oct 2024</td><td>2,000</td><td>low</td></tr>
<tr><td>Nov&ndash;Dec 2024</td><td>4,500</td><td>low</td></tr>
<tr><td>Q1 2025</td><td>6,000</td><td>very low</td></tr>
</table>
<p>Questions: procurement@orcanix.co.il &middot; Tel +972 4 850 2210</p>
<p style="font-size:11px;color:#666">Orcanix Ltd, Matam Park Bldg 30, Haifa 3508409, Israel</p>
""", ))])

# c05 - DOCX sample evaluation, scoped approval "for fit check only"
case("c05_sample_evaluation", [],
     "Scoped technical approval (fit check only), production not released, written release by named head of purchasing.",
     [("Sample_evaluation_EN-220_RevB.docx", docx_bytes([
         ("h1", "Sample evaluation report - EN-220 Rev B"),
         ("p", "Customer: Sennwerk GmbH, Stuttgart - Supplier: Metalurgia Ave, Lda, Vila Nova de Famalicao (PT)"),
         ("p", "Order: PO 4500123987 (8 samples) - Report no. SE-24-031 - Date: 06.05.2024 - Author: Lena Brandt, Quality"),
         ("h", "Result"),
         ("p", "Sample approved for fit check only - production not released."),
         ("p", "Authorized under PO 4500123987: the 8 samples, nothing more."),
         ("p", "The balance of 1,200 pcs (quote position 2) stays on hold. It is released only by a written "
               "production release signed by Jonas Keller (Head of Purchasing) after the full sample sign-off, "
               "which still needs the powder-coat adhesion test (cross-cut per ISO 2409) and the salt spray "
               "result."),
         ("h", "Measurements"),
         ("table", [
             ["Feature", "Nominal", "Tol.", "S1", "S2", "S3", "OK"],
             ["Flange width", "42.0", "+/-0.2", "41.94", "42.05", "42.10", "yes"],
             ["Hole pattern 4x d5.5", "80.0", "+/-0.1", "80.02", "79.97", "80.04", "yes"],
             ["Bend angle B2", "90 deg", "+/-0.5", "90.3", "90.4", "89.8", "yes"],
             ["Coating thickness", "80 um", "60-120", "95", "88", "102", "yes"],
         ]),
         ("p", "Remarks: burr on edge E3 on S2, please deburr. PEM nuts M4 pull-out test passed."),
         ("p", "Lena Brandt - Qualitaetssicherung - Sennwerk GmbH"),
     ], author="Lena Brandt"))])

# c06 - full-quantity PO, "proceed" scoped to the full 250; multipart/alternative + HTML attachment
_c06_txt = """Dear Rahul,

Please proceed with PO BL-4502: 250 pcs of BL-HSG-07 rev A (CNC, 6061-T6, clear anodise).
This is the full and final quantity for this project - there is no follow-on lot and no samples
stage this time (you made this part for us last year under BL-3977, same drawing, same rev).

Delivery: 250 pcs by 28 June 2024, DAP Bristol, one shipment please.
PO copy attached as HTML from our system; signed PDF follows from accounts.

Kind regards,
Hannah Patel
Buyer, Brightloop Ltd
1 Temple Way, Bristol BS2 0BY, UK
"""
_c06_att = html_page("PO BL-4502", """
<h2>Brightloop Ltd &mdash; Purchase Order BL-4502</h2>
<p>Supplier: Pune Precision Components Pvt Ltd, Chakan MIDC, Pune 410501, India<br>
Date: 13-May-2024 &nbsp; Buyer: Hannah Patel &nbsp; Currency: GBP</p>
<table>
<tr><th>Line</th><th>Item</th><th>Rev</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Total</th></tr>
<tr><td>1</td><td>BL-HSG-07 housing, 6061-T6, clear anodise</td><td>A</td><td>250</td><td>EA</td><td>11.40</td><td>2,850.00</td></tr>
</table>
<p>Order quantity is complete. No balance, no further call-offs under this PO.</p>
""")
case("c06_full_qty_proceed", [],
     "Full-quantity repeat PO; 'proceed' names the 250; no balance so no absence rules.",
     [("PO_BL-4502.eml", eml_bytes(mail(
         "Hannah Patel <hannah.patel@brightloop.co.uk>", "Rahul Kulkarni <rahul.k@puneprecision.in>",
         "PO BL-4502 - BL-HSG-07 rev A - 250 pcs", "Mon, 13 May 2024 14:05:00 +0100",
         _c06_txt, html=as_html(_c06_txt),
         attachments=[("PO_BL-4502.html", _c06_att, "text/html")])))])

# c07 - call-off with explicit staged material authority above release (TXT ERP)
case("c07_calloff_staged_material", [],
     "Call-off releases 400; balance 3,000 not released until next call-off signed by named buyer; explicit staged material authority to 1,600.",
     [("CALLOFF_4800021-03.txt", """\
TULPA DEVICES B.V.                                  CALL-OFF / ABRUF            PAGE 1 OF 1
High Tech Campus 12, 5656 AE Eindhoven, NL          PRINTED 2024-05-07 08:31
-----------------------------------------------------------------------------------------
SUPPLIER : PUNE PRECISION COMPONENTS PVT LTD (V-20417)
FRAME PO : 4800021          CALL-OFF NO : 03          ITEM : TD-SHFT-220 REV D
CONTRACT : 4,000 PCS (FRAME, PRICE VALID TO 2025-03-31)
-----------------------------------------------------------------------------------------
CALL-OFF  RELEASED QTY   DELIVERY     STATUS
01        300            2024-02-12   DELIVERED
02        300            2024-04-02   DELIVERED
03        400            2024-06-17   RELEASED THIS CALL-OFF
-----------------------------------------------------------------------------------------
CUMULATIVE RELEASED    : 1,000 PCS
BALANCE ON FRAME       : 3,000 PCS  -- NOT RELEASED. RELEASED ONLY BY THE NEXT CALL-OFF,
                         SIGNED BY S. DE VRIES (INKOOP / PURCHASING MANAGER).
MATERIAL AUTHORITY     : STAGED. SUPPLIER MAY BUY 42CRMO4 BAR FOR UP TO 1,600 PCS CUMULATIVE
                         AT TULPA'S LIABILITY (I.E. 600 PCS AHEAD OF RELEASED QTY). NO MATERIAL
                         BEYOND 1,600 PCS CUMULATIVE WITHOUT A NEW MATERIAL AUTHORITY.
-----------------------------------------------------------------------------------------
REMARKS: HEAT TREAT CERT + 3.1 MILL CERT WITH EACH DELIVERY. PACK 50/BOX, VCI BAG.
CONTACT: BRAM VISSER +31 40 799 1820   bram.visser@tulpadevices.nl
""")])

# c08 - explicit, recorded auto-conversion (PDF addendum)
case("c08_recorded_autoconversion", [],
     "Explicit recorded auto-conversion naming quantity (4,950), signer and conditions; 50 T1 released now; balance not released until then.",
     [("PO_OX-7781_Addendum1.pdf", pdf([
         ("h1", "Addendum 1 to PO OX-7781 - recorded auto-conversion"),
         ("p", "Buyer: Orcanix Ltd, Haifa, Israel. Supplier: Dongguan Hengli Precision Mould Co., Ltd, Dongguan, China."),
         ("p", "Part: OX-CLIP-22 rev D, PA66 natural, 2-cavity production tool HL-T-0931."),
         ("sp",),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["T1 samples (PO OX-7781 line 1)", "50 pcs", "released now"],
             ["Production (PO OX-7781 line 2)", "4,950 pcs", "not released - see clause 2"],
         ]),
         ("sp",),
         ("p", "1. Released now: the 50 T1 samples only. Until clause 2 is met, the 4,950 pcs are not released "
               "and no resin beyond the sample quantity may be bought."),
         ("p", "2. Auto-conversion (agreed and recorded): if and when Yael Ben-David (Quality Lead, Orcanix) records "
               "an approved T1 sample sign-off in which all CTQ dimensions of report template QF-12 are within "
               "tolerance, that sign-off releases 4,950 pcs of OX-CLIP-22 rev D for production by itself. No further "
               "release document is needed for these 4,950 pcs."),
         ("p", "3. An interim or rejected sign-off releases nothing. Any quantity above 4,950 pcs needs a written "
               "release from Eitan Shalev (VP Operations)."),
         ("sp",),
         ("p", "Signed 04.03.2024: Eitan Shalev, VP Operations, Orcanix Ltd / Chen Wei, General Manager, Hengli."),
     ], title="PO OX-7781 Addendum 1", author="Orcanix Procurement"))])

# c09 - pro-forma: deposit does not release production
case("c09_proforma_deposit_not_release", [],
     "Supplier pro-forma says deposit secures slot and does not release production; production needs written release.",
     [("Proforma_MDB-PF-24-118.pdf", pdf([
         ("h1", "FACTURA PROFORMA / PRO-FORMA INVOICE  MDB-PF-24-118"),
         ("p", "Maquinados del Bajio S.A. de C.V. - Av. de la Industria 414, Parque Industrial Queretaro, "
               "Qro. 76220, Mexico - RFC MDB120517KQ3"),
         ("p", "Bill to: Kelvin Robotics, Inc., Austin TX, USA - Customer PO: 24-0351"),
         ("p", "Fecha / Date: 2024-05-03"),
         ("sp",),
         ("table", [
             ["Concept", "Qty", "Unit USD", "Amount USD"],
             ["Fixture set KR-FX-09 (soft jaws + 4th axis plate)", "1", "1,200.00", "1,200.00"],
             ["KR-HUB-220 rev B - first article lot", "25", "31.00", "775.00"],
             ["KR-HUB-220 rev B - production (not invoiced, not released)", "975", "-", "-"],
             ["Subtotal", "", "", "1,975.00"],
             ["Deposit due 50%", "", "", "987.50"],
         ]),
         ("sp",),
         ("p", "Important: the deposit secures our machine slot and covers the fixtures and the first article lot. "
               "The deposit does not release production. We start the 975 production pieces only after your written "
               "production release."),
         ("p", "Banco: BBVA Mexico - CLABE 012 680 00118822391 7 - SWIFT BCMRMXMMPYM"),
         ("p", "Ing. Ricardo Salinas - Ventas / Sales"),
     ], pagesize=LETTER, title="MDB-PF-24-118", author="Maquinados del Bajio"))])

# c10 - supplier acknowledgement restating the hold, quoting buyer PO mail
_c10_po = """Dear Rahul,

Please find attached PO BL-4519 for BL-BRK-31 rev C.
Scope: 30 pilot pieces only. The balance of 1,470 pcs from your quotation is not released.
After our sample sign-off, Tom Ashworth (Purchasing Lead) will send a written production release.
Material: for the 30 pilot pieces only.

Kind regards,
Hannah Patel, Buyer, Brightloop Ltd
"""
case("c10_supplier_ack_hold", [],
     "Supplier acknowledgement restating 30 pilot only, 1,470 on hold, no material, until written release by named lead after sign-off.",
     [("ACK_BL-4519.eml", eml_bytes(mail(
         "Rahul Kulkarni <rahul.k@puneprecision.in>", "Hannah Patel <hannah.patel@brightloop.co.uk>",
         "RE: PO BL-4519 - BL-BRK-31 rev C - acknowledgement", "Fri, 03 May 2024 11:20:00 +0530",
         "Dear Ms. Patel,\n\nGreetings from Pune.\n\nWe acknowledge receipt of PO BL-4519 dated 02-May-2024. As per PO we will "
         "manufacture 30 nos. pilot pieces only. The balance 1,470 nos. is kept on hold; we will not procure raw "
         "material or start machining for it until we receive the written production release from Mr. Tom Ashworth "
         "after your sample sign-off.\n\nDispatch of pilot pieces is planned on 20-May-2024 by air (DHL), with "
         "inspection report and material TC.\n\nKindly do the needful and confirm the delivery address for the "
         "pilot lot.\n\nThanks & Regards,\nRahul Kulkarni\nManager - Sales & Projects\nPune Precision Components Pvt Ltd\n"
         "Plot B-17, Chakan MIDC Phase II, Pune 410501 | +91 20 6712 4400\nISO 9001:2015 | IATF 16949:2016\n\n"
         "-----Original Message-----\nFrom: Hannah Patel\nSent: 02 May 2024 16:10\nSubject: PO BL-4519 - BL-BRK-31 rev C\n\n"
         + q(_c10_po) + "\n",
         in_reply_to="<h112-po-4519@brightloop.co.uk>")))])

# c11 - full-quantity PO full of identifiers that look like quantities
case("c11_po_identifiers", [],
     "Full-quantity PO (150 pcs, no follow-on); part numbers, revs, ISO/DIN norms and quote ids look like quantities but are not.",
     [("PO_24-0402.pdf", pdf([
         ("h1", "PURCHASE ORDER  PO-24-0402"),
         ("p", "Kelvin Robotics, Inc., Austin TX 78702 - Vendor: Fabrikon Manufacturing Network - Quote Q-2500-77"),
         ("p", "Date: 2024-05-09 - Buyer: Megan Ortiz - Terms: Net 30"),
         ("sp",),
         ("table", [
             ["Line", "Part number", "Drawing / rev", "Qty", "Unit price", "Ext."],
             ["10", "1250-0480-020", "DWG 1250-0480 rev 12", "150", "$22.70", "$3,405.00"],
         ]),
         ("sp",),
         ("p", "Material: 6061-T6511 extrusion. General tolerances ISO 2768-mK. Threads M8x1.25 6H, depth 16. "
               "Hardware: DIN 912 M5x20 A2-70 (customer supplied, lot 2024-0318). Finish: MIL-A-8625 Type II "
               "Class 2, black. Surface Ra 1.6 on datum A."),
         ("p", "Quantity note: this is a complete order for 150 pcs. There is no sample stage and no follow-on "
               "quantity under this PO. Proceed with the 150 pcs."),
         ("p", "Inspection: 100% visual, 5 pcs dimensional per AQL 1.0 level II (ANSI/ASQ Z1.4-2008). "
               "Ship in ESD-safe trays, 25 per tray, 6 trays."),
         ("p", "Authorized signature: Megan Ortiz, Purchasing Manager"),
     ], pagesize=LETTER, title="PO-24-0402", author="Kelvin Robotics Purchasing"))])

# c12 - multi-file: German PO DOCX 1.000 Stueck + English cover email 1,000 pcs; full quantity, consistent
_c12_txt = """Ola Joao,

attached our order 4500124410 for 1,000 pcs HB-330 rev C. This is the full quantity -
no samples this time, it is a straight repeat of order 4500119902 (same drawing, same rev,
same zinc-nickel finish). Please confirm delivery in CW 24 with the usual 3.1 certificate.

Mit freundlichen Gruessen / kind regards
Markus Vogel
Einkauf / Purchasing
Sennwerk GmbH, Stuttgart
"""
case("c12_de_po_repeat", [],
     "Full-quantity repeat order; 1.000 Stueck (DE format) and 1,000 pcs are the same quantity; no balance.",
     [("Bestellung_4500124410.docx", docx_bytes([
         ("h1", "Bestellung / Purchase order 4500124410"),
         ("p", "Sennwerk GmbH, Motorstrasse 18, 70499 Stuttgart - Lieferant / Supplier: Metalurgia Ave, Lda, "
               "Rua da Industria 220, 4760-000 Vila Nova de Famalicao, Portugal"),
         ("p", "Datum: 10.05.2024 - Einkaeufer: Markus Vogel - Zahlungsbedingung: 30 Tage netto - Incoterms: DAP Stuttgart"),
         ("table", [
             ["Pos.", "Material-Nr.", "Bezeichnung / Description", "Menge", "Einheit", "Preis EUR", "Wert EUR"],
             ["10", "HB-330 Rev. C", "Halter, DC01 2,0 mm, ZnNi / bracket", "1.000", "Stk.", "3,45", "3.450,00"],
         ]),
         ("p", "Gesamtmenge dieser Bestellung: 1.000 Stk. (total quantity, no further call-offs under this order)."),
         ("p", "Wiederholbestellung zu 4500119902 - gleiche Zeichnung, gleicher Index."),
         ("p", "Bitte Auftragsbestaetigung innerhalb 3 Arbeitstagen. / Please confirm within 3 working days."),
     ], author="Markus Vogel")),
      ("cover_mail_4500124410.eml", eml_bytes(mail(
          "Markus Vogel <m.vogel@sennwerk.de>", "Joao Ferreira <joao.ferreira@metalurgia-ave.pt>",
          "Bestellung 4500124410 - HB-330 rev C", "Fri, 10 May 2024 09:14:00 +0200",
          _c12_txt + "\n" + DE_FOOTER)))])

# c13 - platform order confirmation; quantity breaks explicitly labelled reference only
case("c13_platform_order_complete", [],
     "Platform order for 10 pcs, complete order; quantity breaks labelled price reference only, not ordered.",
     [("partloop_order_PL-305512.html", html_page("PartLoop - Order PL-305512", """
<h2>PartLoop &mdash; Order confirmation</h2>
<p>Order <b>PL-305512</b> &middot; placed 2024-05-06 11:48 CET by Bas Mulder (Lumenhaus B.V., Utrecht)</p>
<table>
<tr><th>Part</th><th>Process</th><th>Material</th><th>Qty</th><th>Unit</th><th>Line total</th></tr>
<tr><td>LH-CLIP-04_v7.step</td><td>SLS</td><td>PA12, dyed black</td><td>10</td><td>&euro; 6,40</td><td>&euro; 64,00</td></tr>
</table>
<p>This order is for 10 pcs and is complete. No further quantity is ordered or planned under this order.</p>
<h3>Quantity breaks for this part (price reference only &mdash; not ordered)</h3>
<table>
<tr><th>Qty</th><th>Unit price</th></tr>
<tr><td>50</td><td>&euro; 3,95</td></tr>
<tr><td>250</td><td>&euro; 2,60</td></tr>
<tr><td>1.000</td><td>&euro; 1,85</td></tr>
</table>
<p>Status: Confirmed &mdash; DFM review by manufacturing partner (Shenzhen Layerworks)<br>
Shipping: UPS Express, est. delivery 2024-05-16 &middot; Payment: card ending 4412</p>
<p style="font-size:11px;color:#666">PartLoop B.V. &middot; Keizersgracht 241, Amsterdam &middot; KvK 81234567</p>
""", lang="en"))])

# c14 - DOCX DFM report, technical only
case("c14_dfm_report", [],
     "Supplier DFM report, technical questions only; quoted quantities labelled for reference; no authorization.",
     [("DFM_report_TD-CVR-51_r3.docx", docx_bytes([
         ("h1", "DFM feedback - TD-CVR-51 rev 3 (sheet metal cover)"),
         ("p", "Customer: Tulpa Devices B.V. - Supplier: Metalurgia Ave, Lda - Report DFM-24-077 - 29.04.2024"),
         ("p", "Quoted quantities for reference only: 20 pcs / 800 pcs. This report is technical feedback and does not "
               "change the order scope."),
         ("h", "Findings"),
         ("table", [
             ["#", "Feature", "Finding", "Proposal"],
             ["1", "Hole d3.2 near bend B1", "Distance to bend 1.1 mm (< 2.5x t), hole will deform", "Move hole 0.5 mm or slot it"],
             ["2", "Inside bend radius", "R0.5 specified; our tooling R1.0 for 1.5 mm AlMg3", "Accept R1.0?"],
             ["3", "PEM insert S-M3-1", "Too close to edge (3.8 mm, min 4.8 mm)", "Shift 1 mm inwards"],
             ["4", "Finish", "RAL 9005 fine texture, 60-80 um", "Please confirm gloss level"],
         ]),
         ("h", "Questions to customer"),
         ("num", "Can hole d3.2 move 0.5 mm towards the centre?"),
         ("num", "Is inside radius R1.0 acceptable on all bends?"),
         ("num", "Please confirm gloss level (matt 30 GU or satin 50 GU)."),
         ("p", "Joao Ferreira - Engenharia / Engineering - Metalurgia Ave, Lda"),
     ], author="Joao Ferreira"))])

# c15 - Slack Connect: supplier asks about go-ahead, buyer answers with scope
case("c15_slack_not_yet", [],
     "Supplier question about go-ahead; buyer: only 50 T1 released, 4,950 on hold until T1 sign-off and written release from named VP.",
     [("slack_ext-wavelet-kaida.txt", """\
Slack export - #ext-wavelet-kaida (Slack Connect)
Exported 2024-05-14 by Sam Fletcher

[2024-05-13 09:02] Sam Fletcher (Wavelet Audio): @Zhang Min morning! how did the T1 trial go on the grille tool?
[2024-05-13 09:05] Zhang Min (Ningbo Kaida): T1 done yesterday. 50 pcs packed, cosmetic ok, small flash at parting line near rib 3, we polish
[2024-05-13 09:06] Zhang Min (Ningbo Kaida): do we have go-ahead for the 4950 mass production? machine is free next week
[2024-05-13 09:11] Sam Fletcher (Wavelet Audio): not yet, sorry. only the 50 T1 pcs are released
[2024-05-13 09:12] Sam Fletcher (Wavelet Audio): the 4,950 stay on hold - nothing goes on the press and no resin for them until we've signed off the T1 report and Olivia Grant (Head of Ops) sends the written release
[2024-05-13 09:12] Zhang Min (Ningbo Kaida): understood, we hold. T1 ship DHL today, AWB tomorrow
[2024-05-13 09:14] Sam Fletcher (Wavelet Audio): 🙏 thanks. pls add the flash photo to the report
[2024-05-13 09:15] Zhang Min (Ningbo Kaida): ok 👍
""")])

# c16 - ERP reorder, full quantity, no balance
case("c16_erp_reorder_full", [],
     "Repeat order for the full 300 pcs; explicitly no samples, no balance, no call-offs; 'proceed' names the 300.",
     [("PO_BL-4590.txt", """\
BRIGHTLOOP LTD                                   PURCHASE ORDER                 BL-4590
1 TEMPLE WAY, BRISTOL BS2 0BY, UK                DATE 14-MAY-2024               PAGE 1
-----------------------------------------------------------------------------------------
SUPPLIER : PUNE PRECISION COMPONENTS PVT LTD     SUPPLIER NO : 200417
BUYER    : H. PATEL  (+44 117 496 0140)          CURRENCY    : GBP
-----------------------------------------------------------------------------------------
LINE ITEM          REV DESCRIPTION                      QTY  UOM   UNIT PRICE   VALUE
0001 BL-SPCR-03    B   SPACER, 303 SS, PASSIVATED       300  EA       2.15     645.00
-----------------------------------------------------------------------------------------
ORDER TYPE : REPEAT OF BL-4390 (SAME DRAWING, SAME REV).
             FULL QUANTITY - NO SAMPLE STAGE, NO BALANCE, NO FURTHER CALL-OFFS.
             PLEASE PROCEED WITH THE 300 PCS.
DELIVERY   : 300 EA BY 21-JUN-2024, DAP BRISTOL
DOCUMENTS  : CERT OF CONFORMITY, MILL CERT 3.1 (HEAT NO. ON LABEL)
-----------------------------------------------------------------------------------------
TOTAL ORDER VALUE GBP 645.00                    AUTHORISED: T. ASHWORTH
""")])

# c17 - PPAP-lite interim disposition with limits + a release within them
case("c17_ppap_interim_release", [],
     "Interim sample disposition limited to 200 pcs / date; release of 200 signed by named authority; 2,300 held until full sign-off and written release.",
     [("Interim_disposition_PR-KD-0031.pdf", pdf([
         ("h1", "Interim disposition and production release PR-KD-0031"),
         ("p", "Kestrel Drones Inc., Denver - Supplier: Moldes y Plasticos del Bajio, S.A. de C.V. - Part KD-HUB-06 rev A "
               "(PA6-GF15, black) - PO KD-5519 (2,500 pcs commercial cover) - 05/15/2024"),
         ("h", "1. Sample sign-off (PPAP-lite, level 2 submission)"),
         ("p", "Disposition: INTERIM. All dimensions conform except gate vestige on non-cosmetic face B: 0.3 mm "
               "measured, 0.2 mm specified. Corrective action: gate insert rework, week 23, new samples after rework."),
         ("p", "Interim limits: up to 200 pcs, valid until 07/15/2024, whichever comes first."),
         ("h", "2. Production release"),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Release PR-KD-0031", "200 pcs", "released now (within interim limits)"],
             ["Balance of PO KD-5519", "2,300 pcs", "NOT released - on hold"],
         ]),
         ("p", "The 2,300 pcs stay on hold until the full sample sign-off after the gate rework and a written release "
               "from Jake Turner (Purchasing Manager, release authority). Material authority: 200 pcs."),
         ("p", "Signed: Jake Turner, Purchasing Manager - Dana Brooks, Supplier Quality Engineer"),
     ], pagesize=LETTER, title="PR-KD-0031", author="Kestrel Drones"))])

# c18 - stop notice in mail + DOCX attachment
_c18_txt = """Dear Kevin,

STOP on OX-CLIP-30 rev B, effective immediately.

Nothing more may start on this order: no moulding, no resin purchase, no secondary operations.
The 25 T1 samples already delivered are the only quantity authorized; authorized now: zero
additional pieces.

The stop stays in force until Eitan Shalev (VP Operations) lifts it in writing after the 8D on the
sink marks (8D-2024-019) is closed. Formal stop notice attached.

Please confirm receipt today.

Regards,
Shani Mizrahi
Procurement Manager, Orcanix Ltd
"""
case("c18_stop_notice", [],
     "Stop notice: nothing more may start, authorized now zero beyond 25 T1, stop lifted only in writing by named VP after 8D closure.",
     [("STOP_OX-CLIP-30.eml", eml_bytes(mail(
         "Shani Mizrahi <shani.m@orcanix.co.il>", "Kevin Lin <kevin.lin@jinhong-mould.com>",
         "STOP - OX-CLIP-30 rev B - effective immediately", "Wed, 15 May 2024 08:05:00 +0300",
         _c18_txt, cc="Eitan Shalev <eitan.s@orcanix.co.il>",
         attachments=[("Stop_notice_SN-2024-004.docx", docx_bytes([
             ("h1", "Stop notice SN-2024-004"),
             ("p", "Order: PO OX-7795 - Part: OX-CLIP-30 rev B - Supplier: Xiamen Jinhong Mould Co., Ltd"),
             ("p", "Issued: 15.05.2024 by Shani Mizrahi, Procurement Manager"),
             ("table", [["Item", "Status"],
                        ["T1 samples (25 pcs)", "delivered 08.05.2024"],
                        ["Any further quantity", "stopped - nothing may start"],
                        ["Resin / inserts purchase", "stopped"]]),
             ("p", "Lifting the stop: only in writing by Eitan Shalev (VP Operations), after 8D-2024-019 is closed."),
         ], author="Shani Mizrahi"), DOCX_MT)])))])

# c19 - DOCX release notice, 500 released after sample sign-off, balance held
case("c19_release_notice", [],
     "Release notice: 500 pcs released after sample sign-off; 1.500 balance not released until next call-off signed by named buyer; material 500.",
     [("Release_notice_LH-PR-007.docx", docx_bytes([
         ("h1", "Production release LH-PR-007"),
         ("p", "Lumenhaus B.V., Utrecht - to Shenzhen Rapidform Technology Co., Ltd - 14-05-2024"),
         ("p", "Part: LH-LENS-05 rev B (PMMA, diamond-turned optical face) - order LH-2188 (2.000 pcs commercial cover)"),
         ("p", "Basis: sample sign-off of 29-04-2024, report LH-SS-112 (Bas Mulder, engineering)."),
         ("table", [
             ["", "Quantity", "Status"],
             ["Released now", "500 pcs", "released - deliver week 24"],
             ["Balance", "1.500 pcs", "not released"],
         ]),
         ("p", "Released now: 500 pcs. The balance of 1.500 pcs is not released; it will be released only by the "
               "next call-off, signed by Femke Jansen (Inkoop)."),
         ("p", "Material authority: 500 pcs. Do not buy PMMA for the balance."),
         ("p", "Femke Jansen - Inkoop - Lumenhaus B.V."),
     ], author="Femke Jansen"))])

# c20 - buyer corrects a quoted supplier assumption of auto-conversion
_c20_sup = """Dear Jake,

Samples 20 pcs KD-ARM-09 shipped today, tracking DHL 4410 2291 07.
We will start mass production 2,000 pcs right after you approve the samples, so you can get
the parts before July.

Best regards,
Tran Van Minh
"""
case("c20_buyer_corrects_autoconv", [],
     "Quoted supplier message assumes auto-conversion; buyer reply states sign-off releases nothing, 20 only, 2,000 held, written release by named buyer.",
     [("RE_KD-ARM-09_samples_shipped.eml", eml_bytes(mail(
         "Jake Turner <jake.turner@kestreldrones.com>", "Tran Van Minh <minh.tran@hanoipp.vn>",
         "RE: KD-ARM-09 samples shipped", "Thu, 16 May 2024 09:12:00 -0600",
         "Hi Minh,\n\nThanks for shipping. Please don't start the 2,000 pcs when we sign off the samples - the sample "
         "sign-off does not release production.\n\nOnly the 20 samples on PO KD-5601 are released. The 2,000 pcs stay "
         "on hold until I send a written release after our sample sign-off.\n\nBest,\nJake\n"
         + plain_sig("Jake Turner", "Purchasing Manager", "Kestrel Drones Inc.", "+1 720 555 0188")
         + "\nOn Thu, May 16, 2024 at 4:40 AM Tran Van Minh <minh.tran@hanoipp.vn> wrote:\n" + q(_c20_sup) + "\n",
         in_reply_to="<h112-sup-kdarm09@hanoipp.vn>")))])

# c21 - WhatsApp with Mexican shop, all four items stated by buyer
case("c21_wa_mx_scope_clear", [],
     "Chat: buyer states 15 FAI only, 585 on hold, no material for them, written release by named buyer after FAI sign-off; supplier restates.",
     [("whatsapp_kelvin_bajio.txt", """\
WhatsApp Chat with Ricardo Salinas (Maquinados del Bajio)
[07/05/24, 8:02:15 AM] Ricardo Salinas: Hola Megan! PO 24-0362 recibida 👍 15 FAI pcs?
[07/05/24, 8:10:41 AM] Megan Ortiz: yes - 15 FAI pcs of KR-BASE-02 rev C only
[07/05/24, 8:11:30 AM] Megan Ortiz: the remaining 585 are on hold, not released. don't cut material for them
[07/05/24, 8:12:02 AM] Megan Ortiz: I'll send a written release after our FAI sign-off (Megan Ortiz, Purchasing Mgr)
[07/05/24, 8:20:55 AM] Ricardo Salinas: perfecto, entendido. Solo 15, el resto en espera hasta tu release por escrito
[07/05/24, 8:21:10 AM] Ricardo Salinas: FAI ship 17/05 con reporte CMM
[07/05/24, 8:21:40 AM] Megan Ortiz: 🙌 gracias
""")])

# c22 - buyer portal PO page: line 2 explicitly not released
case("c22_portal_po_lines", [],
     "Portal PO: line 1 sample released, line 2 production not released, unlocks after sample sign-off and written release by named head of ops.",
     [("wavelet_portal_PO_WA-2024-077.html", html_page("Wavelet Audio supplier portal - PO WA-2024-077", """
<h2>Wavelet Audio &mdash; Supplier portal</h2>
<p>Purchase order <b>WA-2024-077</b> &middot; Supplier: Ningbo Kaida Plastics Co., Ltd &middot; Issued 2024-05-09</p>
<table>
<tr><th>Line</th><th>Part</th><th>Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>1</td><td>WA-FOOT-02 rev A, TPE 60A, T1 samples</td><td>20</td><td>sample</td><td>RELEASED</td></tr>
<tr><td>2</td><td>WA-FOOT-02 rev A, TPE 60A</td><td>1,980</td><td>production</td><td>NOT RELEASED &mdash; on hold</td></tr>
</table>
<div class="note">Line 2 unlocks only after our T1 sample sign-off and a written release from Olivia Grant (Head of Operations).
Material authority: sample quantity only.</div>
<p>Acknowledge this PO: <a href="#">Acknowledge scope</a></p>
"""))])

# c23 - forwarded old quote (message/rfc822) declared informational; current PO scope complete
_c23_old = EmailMessage()
_c23_old["From"] = "Ana Sousa <ana.sousa@tecnimaq.pt>"
_c23_old["To"] = "Bram Visser <bram.visser@tulpadevices.nl>"
_c23_old["Subject"] = "Orcamento TQ-2023-311 - TD-HSG-40 rev A"
_c23_old["Date"] = "Tue, 14 Nov 2023 11:20:00 +0000"
_c23_old["Message-ID"] = "<h112-old-tq2023311@tecnimaq.pt>"
_c23_old.set_content("Ola Bram,\n\nas requested, our quote for TD-HSG-40 rev A:\n\n"
                     "  5,000 pcs  EUR 2,15/pc  lead time 6 weeks\n  tooling/fixtures EUR 1.450,00 one-off\n\n"
                     "Cumprimentos,\nAna Sousa\nTecnimaq, Lda\n")
_c23_txt = """Hi Ana,

forwarding your old quote from November (rev A) for context only - the 5,000 pcs figure in it is
informational: it is not an order and it is not released.

Current order is PO 4800171 for rev C: 40 pcs samples only. The balance of 960 pcs is on hold until
our FAI sign-off; after that Sanne de Vries (Inkoop / Purchasing Manager) sends a written release.
Material for the 40 samples only, please.

Groeten,
Bram Visser
Tulpa Devices B.V. | High Tech Campus 12, Eindhoven
"""
case("c23_fwd_old_quote_info", [],
     "Forwarded 2023 quote (message/rfc822) with 5,000 pcs declared informational; current PO 40 samples, 960 held, FAI sign-off, named releaser.",
     [("FW_old_quote_TD-HSG-40.eml", eml_bytes(mail(
         "Bram Visser <bram.visser@tulpadevices.nl>", "Ana Sousa <ana.sousa@tecnimaq.pt>",
         "FW: Orcamento TQ-2023-311 - TD-HSG-40 (context for PO 4800171)", "Mon, 13 May 2024 15:44:00 +0200",
         _c23_txt + "\n" + EU_DISCLAIMER, attachments=[("rfc822", _c23_old)])))])

# c24 - multi-file: buyer PO + supplier status report (sample-only material, waiting for release)
case("c24_multi_po_and_status", [],
     "PO 60 samples with full scope; supplier status restates sample-only material and waits for release; 'approved vendor' footer is not an approval.",
     [("PO_4500124950.pdf", pdf([
         ("h1", "Bestellung / Purchase order 4500124950"),
         ("p", "Sennwerk GmbH, Stuttgart - Lieferant: Pune Precision Components Pvt Ltd - 06.05.2024 - Einkauf: Jonas Keller"),
         ("table", [["Pos.", "Teil", "Menge", "Umfang / scope"],
                    ["10", "SW-BOLT-31 Rev. 02, 42CrMo4, samples", "60", "released"]]),
         ("p", "Only the 60 samples are released. The balance of 5,940 pcs (forecast basis, non-binding) is not "
               "released until our FAI sign-off and a written production release by Jonas Keller (Head of Purchasing)."),
         ("p", "Material authority: sample-only."),
     ], title="4500124950", author="Sennwerk Einkauf")),
      ("status_report_SW-BOLT-31.txt", """\
PUNE PRECISION COMPONENTS PVT LTD - CUSTOMER STATUS REPORT            16-05-2024
Customer : Sennwerk GmbH        PO : 4500124950        Item : SW-BOLT-31 Rev 02

1. Sample lot (60 nos.)  : machined, thread rolling done, in final inspection.
2. Heat treatment         : QT to 28-32 HRC done at Hardtech, cert received.
3. Material on hand       : 42CrMo4 bar for the 60 samples only (sample-only material authority as per PO).
4. Balance 5,940 nos.     : not started. No material ordered. Awaiting your written production release.
5. Dispatch               : samples by air 22-05-2024 with FAI report and 3.1 cert.

Regards, Rahul Kulkarni, Manager - Sales & Projects
--
Pune Precision Components Pvt Ltd | ISO 9001:2015 | IATF 16949:2016 | Approved vendor to leading Indian OEMs
""")])


# =================================================================== RISKY
# r01 - RG006: supplier bought and cut bar for the whole quantity; buyer scope quoted in full
_r01_po = """Hi Hoa,

Attached PO 4800137 for TD-BRKT-118 rev B.
Scope: 20 pcs samples only. The other 1,180 pcs from your quote are NOT released - no machining
and no material for them.
After our FAI sign-off, Sanne de Vries (Inkoop / Purchasing Manager) will send a written release
for the 1,180 pcs.
Material authority: samples only.

Groeten,
Bram Visser
Tulpa Devices B.V.
"""
case("r01_vn_bar_cut_all", ["RG006"],
     "Supplier reports bar bought and cut for all 1,200 pcs while only 20 samples released and material authority is samples only.",
     [("RE_PO_4800137.eml", eml_bytes(mail(
         "Nguyen Thi Hoa <hoa.nguyen@saigonmechworks.vn>", "Bram Visser <bram.visser@tulpadevices.nl>",
         "RE: PO 4800137 - TD-BRKT-118 rev B - 20 samples", "Thu, 09 May 2024 16:22:05 +0700",
         "Dear Mr. Bram,\n\nThank you for your PO. We confirm 20 pcs samples will finish CNC on 14/5 and ship by "
         "FedEx on 15/5.\n\nFor your information, to protect lead time for mass production our purchasing team "
         "already bought and cut the Al 6082-T6 bar for all 1,200 pcs (186 kg, now in our warehouse, labelled "
         "with your part no.). Aluminium price will increase next month so this is good for both side.\n\n"
         "Sample machining start tomorrow morning on our Brother S700. We will send photo of first part.\n\n"
         "Best regards,\nNguyen Thi Hoa (Ms.)\nSales Engineer - Saigon MechWorks Co., Ltd\n"
         "Lot C4, Tan Thuan EPZ, Dist. 7, HCMC | +84 28 3770 1188\n\n"
         "-----Original Message-----\nFrom: Bram Visser <bram.visser@tulpadevices.nl>\nSent: Wednesday, May 8, 2024 3:10 PM\n"
         "Subject: PO 4800137 - TD-BRKT-118 rev B - 20 samples\n\n" + q(_r01_po) + "\n",
         in_reply_to="<h112-po-4800137@tulpadevices.nl>")))])

# r02 - RG006: supplier weekly status report (PDF table), coil for whole programme
case("r02_pt_status_coil", ["RG006"],
     "Supplier status report: 30 pilot released, balance not released, yet coil bought for the whole 3,000-pc programme.",
     [("Weekly_status_W19_BL-CHASSIS-05.pdf", pdf([
         ("h1", "Weekly project status - week 19"),
         ("p", "Metalurgia Ave, Lda - for Brightloop Ltd (Bristol) - project BL-CHASSIS-05 rev D (DC01 1.5 mm, zinc plated)"),
         ("p", "Customer PO BL-4533: 30 pcs pilot lot released. Balance 2,970 pcs: not released, awaiting customer "
               "written release after pilot sign-off."),
         ("sp",),
         ("table", [
             ["Activity", "Status", "Comment"],
             ["Laser cutting - pilot 30 pcs", "done", "Trumpf 3030, nesting v2"],
             ["Bending - pilot 30 pcs", "in progress", "B3 springback corrected, +0.6 deg"],
             ["Raw material", "ordered", "2 coils DC01 1.5 mm (approx. 9.8 t) from Lusosider, arriving wk 21"],
             ["Zinc plating", "booked", "Galvaminho, 5-day slot wk 20"],
             ["Pilot shipment", "planned", "wk 21, DHL, with measurement report"],
         ]),
         ("sp",),
         ("p", "Comment on raw material: the mill lead time for DC01 is 10 weeks, so we secured the coil now. "
               "It is enough for the whole programme (3,000 pcs) and is reserved for Brightloop."),
         ("p", "Risks: plating capacity in August (holiday). Next report: week 20."),
         ("p", "Prepared by Joao Ferreira, Project Engineer"),
     ], title="Status W19", author="Metalurgia Ave"))])

# r03 - RG006: Slack, supplier booked resin for the 5k run; buyer scope complete
case("r03_slack_resin_booked", ["RG006"],
     "Buyer released 20 EVT housings only, material EVT only, 4,980 held until DVT sign-off and written release by named PM; supplier booked resin for the 5k run.",
     [("slack_ext-kelvin-kaida.txt", """\
Slack export - #ext-kelvin-kaida (Slack Connect between Kelvin Robotics and Ningbo Kaida Plastics)
Exported 2024-05-10

[2024-05-06 08:14] Priya Raman (Kelvin Robotics): Morning! PO 24-0388 is in your inbox 📎
[2024-05-06 08:15] Priya Raman (Kelvin Robotics): to be super clear on scope: 20 EVT housings off the bridge tool, that's it. the 4,980 production units are NOT released. I'll release them myself, in writing, once our DVT gate is signed off. material: EVT qty only please
[2024-05-06 08:40] Zhang Min (Ningbo Kaida): received. 20 pcs EVT, T1 next Tuesday
[2024-05-06 08:41] Zhang Min (Ningbo Kaida): texture VDI 27 on A-side ok?
[2024-05-06 09:02] Dan Whitaker (Kelvin Robotics): VDI 27 is fine. keep the ejector marks off the A-side pls
[2024-05-09 19:02] Zhang Min (Ningbo Kaida): update: tool trial ok, dims look good, report tomorrow
[2024-05-09 19:03] Zhang Min (Ningbo Kaida): fyi we already booked 3.2 t Cycoloy PC/ABS from distributor for the 5k run, price goes up in June so we lock it now 👍
[2024-05-09 19:03] Zhang Min (Ningbo Kaida): [image: t1_shots_01.jpg] [image: t1_shots_02.jpg]
[2024-05-09 21:40] Dan Whitaker (Kelvin Robotics): shots look clean 👀
""")])

# r04 - RG006 + RG007: multi-file, buyer PO (clean scope) + supplier readiness plan (DOCX)
case("r04_mx_readiness_plan", ["RG006", "RG007"],
     "PO releases 50 T1 only with material sample-only; supplier plan bought resin for the full annual volume and will run straight into series after T1 approval.",
     [("PO_KD-5512.pdf", pdf([
         ("h1", "Purchase Order KD-5512"),
         ("p", "Kestrel Drones Inc., 4850 Race St, Denver CO 80216 - Supplier: Moldes y Plasticos del Bajio, S.A. de C.V., "
               "Celaya, Gto., Mexico"),
         ("p", "Date: 04/29/2024 - Buyer: Jake Turner"),
         ("table", [
             ["Line", "Item", "Qty", "Unit", "Scope"],
             ["1", "KD-LEG-03 rev B, landing leg, PA66-GF30 - T1 samples", "50", "pcs", "released"],
             ["2", "KD-LEG-03 rev B - production", "39,950", "pcs", "NOT released - on hold"],
         ]),
         ("p", "Line 2 is on hold. It is released only by a written production release from Jake Turner "
               "(Purchasing Manager) after our T1 sample sign-off. Material authority: sample quantity only."),
     ], pagesize=LETTER, title="PO KD-5512", author="Kestrel Drones")),
      ("Production_readiness_plan_KD-LEG-03.docx", docx_bytes([
          ("h1", "Production readiness plan - KD-LEG-03 rev B"),
          ("p", "Moldes y Plasticos del Bajio - Proyecto 24-117 - Cliente: Kestrel Drones - Fecha: 2024-05-08"),
          ("p", "Responsable: Ing. Laura Mendez, Gerente de Proyectos"),
          ("h", "Status"),
          ("table", [
              ["Item", "Status", "Comentario"],
              ["Molde 2 cav. (P20)", "T0 done 05/06", "ajuste de venteo en cav. 2"],
              ["T1 samples 50 pcs", "planned 05/14", "con reporte dimensional"],
              ["Resina PA66-GF30 (Zytel 70G30)", "purchased 05/03", "1,100 kg - covers T1 and full annual volume 40,000 pcs"],
              ["Empaque", "quoted", "caja 60 pcs"],
          ]),
          ("h", "Siguiente paso / next step"),
          ("p", "After T1 approval by Kestrel we continue directly into series production with the same setup - no "
                "new setup needed, saves 1 day of press time. Material is already in our warehouse."),
          ("p", "Saludos, Ing. Laura Mendez"),
      ], author="Laura Mendez"))])

# r05 - RG006: buyer's engineer tells supplier to bring in resin for 5k against the PO's sample-only material authority
_r05_txt = """Hi Kevin,

Thanks for the DFM feedback. Agree on 1.5 deg draft on the ribs and moving the gate to the B-side,
Itai will update the CAD to rev E by Sunday.

One more thing - resin lead time worries me. You might as well get the PC for the full 5k in now,
so we're not stuck in August waiting for Sabic.

PO with the scope is attached (Shani from procurement sent it yesterday).

Thanks,
Amit
--
Amit Gal | Mechanical Lead | Orcanix Ltd
Matam Park Bldg 30, Haifa | +972 52 744 1290
"""
case("r05_il_engineer_resin", ["RG006"],
     "Buyer engineer asks supplier to stock resin for the full 5k while PO releases 30 T1 with sample-only material authority.",
     [("Re_DFM_OX-HSG-20.eml", eml_bytes(mail(
         "Amit Gal <amit.gal@orcanix.co.il>", "Kevin Lin <kevin.lin@jinhong-mould.com>",
         "Re: DFM OX-HSG-20 rev D - draft + gate", "Thu, 02 May 2024 17:48:30 +0300",
         _r05_txt, cc="Shani Mizrahi <shani.m@orcanix.co.il>",
         attachments=[("PO_OX-7802.pdf", pdf([
             ("h1", "PURCHASE ORDER OX-7802"),
             ("p", "Orcanix Ltd, Haifa - Supplier: Xiamen Jinhong Mould Co., Ltd - Date: 01.05.2024"),
             ("table", [["Line", "Part", "Qty", "Scope"],
                        ["1", "OX-HSG-20 rev D, PC, T1 samples", "30", "released"],
                        ["2", "OX-HSG-20 rev D, production", "4,970", "NOT released"]]),
             ("p", "Line 2 (4,970 pcs) is not released. It will be released only by a written release from "
                   "Shani Mizrahi (Procurement Manager) after T1 sign-off."),
             ("p", "Material authority: sample-only. Resin for line 2 is not authorized."),
         ], title="PO OX-7802", author="Orcanix Procurement"), PDF_MT)])))])

# r06 - RG006 + RG008: supplier MRP printout (India) treats forecast as firm and raises material PR
case("r06_in_mrp_forecast_firm", ["RG006", "RG008"],
     "Supplier MRP marks the customer's non-binding 6,000 forecast as a confirmed order and raises bar for 6,060 while only 60 samples are released.",
     [("MRP_planning_SW-SHAFT-09.txt", """\
PUNE PRECISION COMPONENTS PVT LTD                 MRP PLANNING SHEET          RUN DATE 06-05-2024 07:45
PLANT: CHAKAN-2                                   PLANNER: S.DESHMUKH         PAGE 1
=====================================================================================================
CUSTOMER  : SENNWERK GMBH (C-1188)           CUST PO  : 4500124877 DT 29-04-2024
ITEM      : SW-SHAFT-09 REV 02  (EN8 / C45, IND. HARDENED 50-55 HRC)
-----------------------------------------------------------------------------------------------------
DEMAND TYPE          QTY (NOS)   STATUS
PO LINE 10 (SAMPLE)         60   RELEASED - FAI LOT
CUST FORECAST 2024-25    6,000   FIRM - TREAT AS CONFIRMED ORDER (PER SALES, A.JOSHI 03-05)
-----------------------------------------------------------------------------------------------------
RAW MATERIAL REQUIREMENT
  EN8 ROUND DIA 32 BRIGHT BAR  FOR 6,060 NOS  = 3,940 KG   -> PR-2291 RAISED TO MILL 03-05-2024
  SCRAP ALLOWANCE                                  2 %
-----------------------------------------------------------------------------------------------------
CUSTOMER PO REMARK (COPIED):
  "60 SAMPLES ONLY. FORECAST 6,000/YR IS NON-BINDING. BALANCE NOT RELEASED UNTIL FAI SIGN-OFF AND
   WRITTEN RELEASE BY JONAS KELLER, HEAD OF PURCHASING. MATERIAL AUTHORITY: SAMPLE QTY ONLY."
-----------------------------------------------------------------------------------------------------
NEXT ACTION: CNC TURNING CELL 4 - SAMPLE LOT WK 20 / INDUCTION HARDENING VENDOR: HARDTECH, BHOSARI
=====================================================================================================
""")])

# r07 - RG006 + RG012: supplier portal tracker - deposit received, production started, powder for complete order
case("r07_cn_tracker_deposit", ["RG006", "RG012"],
     "Supplier tracker starts production because the deposit arrived and allocates powder for the complete order, while the customer PO releases 40 pilot only.",
     [("layerworks_tracker_SLW-24-0719.html", html_page("Layerworks - Order tracker SLW-24-0719", """
<h2>Shenzhen Layerworks &mdash; Customer order tracker</h2>
<p>Order <b>SLW-24-0719</b> &middot; Customer: Brightloop Ltd (UK) &middot; Part: BL-DUCT-02 rev A, MJF PA12, bead blasted, dyed grey</p>
<div class="note"><b>Customer PO note (BL-4560):</b> 40 pcs pilot only. Balance 1,960 pcs not released until pilot sign-off
and a written release from Tom Ashworth (Purchasing Lead). Material authority: pilot quantity only.</div>
<h3>Timeline</h3>
<table>
<tr><th>Date</th><th>Event</th><th>By</th></tr>
<tr><td>2024-05-06</td><td>PO BL-4560 received</td><td>Jason Li</td></tr>
<tr><td>2024-05-08</td><td>Deposit 30% received &#10004; &rarr; we have started production of your order</td><td>Finance / PMC</td></tr>
<tr><td>2024-05-08</td><td>PA12 powder 380 kg allocated &mdash; enough for the complete order</td><td>Warehouse</td></tr>
<tr><td>2024-05-09</td><td>Printing build plates 1&ndash;6 of 48 on HP 5200 #2 and #3</td><td>Production</td></tr>
<tr><td>2024-05-13</td><td>Pilot 40 pcs to QC</td><td>QC</td></tr>
</table>
<p>Questions? Jason Li, Account Manager &middot; jason.li@layerworks3d.cn &middot; +86 755 8662 0140</p>
"""))])

# r08 - RG006 + RG007: supplier (Mexico) has aluminium for all 600 and will just keep going after sign-off
_r08_po = """Hi Ricardo,

PO 24-0355 is attached: 20 pcs first article only. The other 580 pcs are on hold - not released.
Release comes as a separate written release from me (Megan Ortiz, Purchasing Manager) after our
FAI sign-off. Material: first-article stock only, please.

Thanks!
Megan
"""
case("r08_mx_shelf_keep_going", ["RG006", "RG007"],
     "Supplier holds 7075 for all 600 and plans to keep going into the 580 as soon as samples are signed off, bypassing the written release.",
     [("RE_PO_24-0355_FAI.eml", eml_bytes(mail(
         "Ricardo Salinas <rsalinas@maquinadosbajio.mx>", "Megan Ortiz <megan.ortiz@kelvinrobotics.com>",
         "RE: PO 24-0355 - KR-LINK-07 FAI", "Tue, 14 May 2024 18:05:44 -0600",
         "Hola Megan,\n\nLos 20 FAI pcs ya estan en inspeccion, they ship tomorrow by UPS with the CMM report.\n\n"
         "Good news: we have the aluminio 7075-T651 for the 600 already on the shelf (we bought it last week, very "
         "good price from our distributor in Monterrey). So as soon as you sign off the samples we just keep going "
         "with the 580 - no stop, no new setup - and you get the parts two weeks earlier.\n\n"
         "Saludos,\nIng. Ricardo Salinas\nVentas / Ingenieria - Maquinados del Bajio S.A. de C.V.\n"
         "Queretaro, Qro. | +52 442 215 3380\n\n"
         "On Mon, May 6, 2024 at 9:12 AM Megan Ortiz <megan.ortiz@kelvinrobotics.com> wrote:\n" + q(_r08_po) + "\n",
         in_reply_to="<h112-po-240355@kelvinrobotics.com>")))])

# r09 - RG007: moulder will proceed directly into mass production upon T1 approval; buyer PO quoted
_r09_po = """Dear Lily,

PO WA-2024-061 attached.
Line 1: T1 samples, 20 pcs (5 shots x 4 cav) - released.
Line 2: 10,000 pcs production - NOT RELEASED.
Line 2 is released only by a separate written release from me (Olivia Grant, Head of Operations)
after our T1 sign-off.

Best,
Olivia
"""
case("r09_cn_t1_then_mass", ["RG007"],
     "Supplier states it will proceed directly into the 10,000 upon T1 approval although the PO requires a separate written release.",
     [("T1_shipped_WA-GRL-01.eml", eml_bytes(mail(
         "Lily Huang <lily.huang@hengli-mould.cn>", "Olivia Grant <olivia@waveletaudio.co.uk>",
         "RE: PO WA-2024-061 / T1 samples shipped", "Fri, 10 May 2024 17:31:00 +0800",
         "Dear Olivia,\n\nGood day!\n\nT1 samples 5 shots x 4 cavity = 20 pcs shipped today by DHL, AWB 7712 0049 31. "
         "Dimension report and material cert (SABIC LEXAN 141R) attached in next mail.\n\n"
         "Upon your approval of T1, we will proceed directly with mass production of the 10,000 pcs as per your PO, "
         "so delivery can meet your launch in August. Tool is already on the 280T machine.\n\n"
         "Any question please feel free contact me.\n\nBest regards\nLily Huang\nProject Manager\n"
         "Dongguan Hengli Precision Mould Co., Ltd | Chang'an Town, Dongguan | +86 769 8553 2710\n\n"
         "------------------ Original ------------------\nFrom: Olivia Grant\nDate: Mon, 29 Apr 2024\n"
         "Subject: PO WA-2024-061\n\n" + q(_r09_po) + "\n",
         in_reply_to="<h112-po-wa061@waveletaudio.co.uk>")))])

# r10 - RG007: buyer engineer contradicts own PO's written-release requirement
_r10_txt = """Hi Rahul,

Drawing BL-PLT-12 rev F is in the portal now - only change is the chamfer on the pocket, C0.5 instead of R0.5.

I'll be away from the 20th for two weeks. If the pilot parts measure fine on your CMM, just roll on
into the batch - no need to wait for Tom's paperwork, we're really tight on the build date.

Cheers,
Oliver Reed
Senior Mechanical Engineer, Brightloop Ltd
"""
case("r10_uk_engineer_roll_on", ["RG007"],
     "Buyer engineer tells supplier to roll from pilot into the batch on good measurements, contradicting the PO's written-release requirement.",
     [("BL-PLT-12_revF_and_pilot.eml", eml_bytes(mail(
         "Oliver Reed <oliver.reed@brightloop.co.uk>", "Rahul Kulkarni <rahul.k@puneprecision.in>",
         "BL-PLT-12 rev F + pilot", "Thu, 16 May 2024 12:40:00 +0100", _r10_txt,
         cc="Tom Ashworth <tom.ashworth@brightloop.co.uk>",
         attachments=[("PO_BL-4541.pdf", pdf([
             ("h1", "Brightloop Ltd - Purchase Order BL-4541"),
             ("p", "Supplier: Pune Precision Components Pvt Ltd - Date: 07 May 2024 - Buyer: Hannah Patel"),
             ("table", [["Line", "Item", "Qty", "Note"],
                        ["1", "BL-PLT-12 rev F, pilot", "20", "released"],
                        ["2", "BL-PLT-12 rev F, batch", "780", "not released - on hold"]]),
             ("p", "Line 2 is not released. It is released only by a written production release from Tom Ashworth "
                   "(Purchasing Lead) after our sample sign-off of the 20 pilot pieces."),
         ], title="PO BL-4541", author="Brightloop Purchasing"), PDF_MT)])))])

# r12 - RG007: supplier DFM report schedules automatic mass production after FAI approval
case("r12_cn_dfm_auto_mp", ["RG007"],
     "Supplier DFM report schedules 3,000 pcs to start automatically after FAI approval, no additional PO; no recorded auto-conversion.",
     [("DFM_KD-CAM-11_Jinhong.docx", docx_bytes([
         ("h1", "DFM Report - KD-CAM-11 rev A camera bracket"),
         ("p", "Xiamen Jinhong Mould Co., Ltd - Customer: Kestrel Drones Inc. - Report JH-DFM-0488 - 2024-05-07"),
         ("p", "Prepared by: Kevin Lin (Project Engineer)"),
         ("h", "1. Moldflow / DFM findings"),
         ("table", [
             ["No.", "Issue", "Risk", "Suggestion"],
             ["1", "Wall 3.8 mm at boss root", "sink mark on A-side", "core out to 2.2 mm"],
             ["2", "Draft 0 deg on side wall", "drag mark", "add 1 deg draft"],
             ["3", "Gate on cosmetic face", "gate vestige", "move to sub-gate on rib"],
             ["4", "Weld line near hole d6", "weak area", "add overflow"],
         ]),
         ("h", "2. Schedule"),
         ("table", [
             ["Step", "Week"],
             ["T0", "wk 20"],
             ["T1 + samples to customer", "wk 22"],
             ["FAI", "wk 23"],
             ["Mass production 3,000 pcs", "wk 24"],
         ]),
         ("p", "Remark: after FAI approval from customer, mass production of 3,000 pcs will start automatically in "
               "week 24 (no additional PO required). This keeps your August launch date."),
         ("p", "Please reply with your comments on items 1-4 before Friday."),
     ], author="Kevin Lin"))])

# r13 - RG007: quote terms launch production upon sample approval
case("r13_pt_quote_launch", ["RG007"],
     "Supplier quote condition: production of 2.500 pcs launched upon sample approval, no further PO; unrecorded auto-conversion.",
     [("Orcamento_ML-24-0392.pdf", pdf([
         ("h1", "Orcamento / Quotation ML-24-0392"),
         ("p", "Moldes Lis, Lda - Zona Industrial, 2430-028 Marinha Grande, Portugal - NIF 503 118 442"),
         ("p", "Client: Lumenhaus B.V., Utrecht (NL) - Attn. Femke Jansen - Date: 22/04/2024"),
         ("p", "Part: LH-DIFF-06 rev C, diffuser, PMMA opal, bridge tool (aluminium 7075), 1 cavity"),
         ("sp",),
         ("table", [
             ["Item", "Qty", "Unit price", "Total"],
             ["Bridge tool", "1", "EUR 8.400,00", "EUR 8.400,00"],
             ["T1 samples", "10 pcs", "incl.", "-"],
             ["Production", "2.500 pcs", "EUR 1,12", "EUR 2.800,00"],
         ]),
         ("sp",),
         ("h", "Conditions"),
         ("p", "1. Prices ex works Marinha Grande. 2. Tool payment: 50% with order, 50% at T1. "
               "3. Tool lead time 4 weeks after drawing freeze."),
         ("p", "4. Production of the 2.500 pcs is launched upon sample approval; no further purchase order is needed."),
         ("p", "5. Validity 60 days. Tool remains property of the client after full payment."),
         ("p", "Rui Marques - Comercial"),
     ], title="ML-24-0392", author="Moldes Lis"))])

# r14 - RG005 + RG007: platform order notes, hold until "approved by our side", then proceed
case("r14_platform_note_once_approved", ["RG005", "RG007"],
     "Order note holds 985 until samples approved 'by our side' (no named person) and then tells supplier to proceed without another PO.",
     [("fabrikon_order_FAB-91022.txt", """\
FABRIKON MANUFACTURING NETWORK - ORDER EXPORT                              2024-05-12 10:02 UTC
===============================================================================================
Order       : FAB-91022                 Customer : Nimbus Medical Ltd, Tel Aviv (acct 40-2281)
Placed by   : Yoav Peled                Partner  : Hanoi Precision Parts JSC (VN)
Process     : CNC milling, 5-axis       Material : PEEK natural, FDA grade
-----------------------------------------------------------------------------------------------
LINE  PART              REV   QTY    UNIT USD   LEAD      TYPE
1     NM-CLAMP-08       C      15      48.00    7 days    SAMPLE
2     NM-CLAMP-08       C     985      13.20    20 days   PRODUCTION
-----------------------------------------------------------------------------------------------
ORDER NOTES (BUYER):
  Samples 15 pcs first (line 1). The remaining 985 pcs (line 2) are not released until the
  samples are approved by our side. Once approved, proceed with the 985 pcs - no need for
  another PO.
-----------------------------------------------------------------------------------------------
INSPECTION  : CMM report on 5 pcs, material cert (Victrex 450G), CoC
SHIPPING    : FedEx IP, DDP Tel Aviv
===============================================================================================
""")])

# r16 - RG002 + RG007: Slack, buyer engineer "good to run" + keep going through the rest after QA
case("r16_slack_good_to_run", ["RG002", "RG007"],
     "After a correctly scoped sample PO, buyer engineer writes an unscoped 'good to run' and says to keep the line going through the rest once QA signs.",
     [("slack_ext-kestrel-hanoi.txt", """\
Slack export - #ext-kestrel-hanoipp (Slack Connect)
Exported 2024-05-17

[2024-05-03 14:20] Jake Turner (Kestrel Drones): @Tran Van Minh PO KD-5521 is out: 12 samples of KD-ARM-07 rev C only. balance 388 is on hold - not released until I send a written release after our sample sign-off
[2024-05-03 14:31] Tran Van Minh (Hanoi Precision): received PO, 12 pcs sample, ship by 15/5
[2024-05-15 22:10] Tran Van Minh (Hanoi Precision): samples arrived at your office? DHL shows delivered
[2024-05-16 16:02] Ryan Cole (Kestrel Drones): yep got them, fit on the airframe is perfect, bearing bore bang on
[2024-05-16 16:03] Ryan Cole (Kestrel Drones): these look great 🙌 you're good to run! once our QA signs the report just keep the line going through the rest, no need to wait on a PO rev
[2024-05-16 16:05] Tran Van Minh (Hanoi Precision): great news thank you Ryan 🙏
[2024-05-16 16:06] Tran Van Minh (Hanoi Precision): we prepare the fixture for batch
""")])

# r17 - RG005 + RG011: PO text says twelve (12), line table says 15; hold until lab sign-off, nobody named
case("r17_nl_po_twelve_vs_15", ["RG005", "RG011"],
     "PO text authorizes twelve (12) samples, line table 15; balance held until photometry-lab sign-off but no named release person.",
     [("Inkooporder_LH-2207.pdf", pdf([
         ("h1", "Inkooporder / Purchase order LH-2207"),
         ("p", "Lumenhaus B.V., Vondellaan 51, 3521 GE Utrecht - Leverancier: Shenzhen Rapidform Technology Co., Ltd"),
         ("p", "Datum: 07-05-2024 - Inkoper: Femke Jansen - Offerte: SR-Q-5520"),
         ("p", "This order covers twelve (12) samples of LH-REFL-03 rev A (Al 6063, polished + clear anodise) for "
               "photometric testing in our lab."),
         ("table", [
             ["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs", "Totaal"],
             ["1", "LH-REFL-03 A", "Reflector, samples", "15", "EUR 39,00", "EUR 585,00"],
         ]),
         ("p", "The remaining quantity from quote SR-Q-5520 (1.485 pcs) is on hold and not released until our "
               "photometry lab has signed off the samples."),
         ("p", "Levering: DAP Utrecht, week 22. Graag orderbevestiging binnen 2 werkdagen."),
     ], title="LH-2207", author="Lumenhaus Inkoop"))])

# r18 - RG004 + RG011: multi-file, ERP PO says 40 pilot, buyer mail confirms 50; only a person named, no event
_r18_txt = """Hi Ana,

Quick one - confirming we need the 50 pilot units on PO KD-5540 by June 14, all shipped
in one carton please (the airframe team wants to build them in one go).
Rest stays on hold as per PO.

Thanks,
Jake
--
Jake Turner | Purchasing Manager | Kestrel Drones Inc.
4850 Race St, Denver CO 80216 | +1 720 555 0188
"""
case("r18_multi_erp_40_mail_50", ["RG004", "RG011"],
     "ERP PO releases 40 pilot units, buyer mail confirms 50; balance held and release person named but no unlock event anywhere.",
     [("PO_KD-5540_print.txt", """\
KESTREL DRONES INC                     PURCHASE ORDER                      KD-5540
4850 RACE ST, DENVER CO 80216          PRINTED 05/08/2024 13:17            PAGE 1/1
--------------------------------------------------------------------------------------
VENDOR   TECNIMAQ, LDA  (V-00731)                 TERMS   NET 45
         RUA DO TRABALHO 88, 4470-605 MAIA, PT    SHIP    FCA PORTO (DHL ACCT 9921)
BUYER    J. TURNER
--------------------------------------------------------------------------------------
LN  ITEM            REV  DESCRIPTION                       QTY   UOM  PRICE    STATUS
10  KD-MNT-19       B    MOTOR MOUNT 7075-T6 PILOT           40   EA   28.50    RELEASED
20  KD-MNT-19       B    MOTOR MOUNT 7075-T6 PRODUCTION     960   EA    9.75    HOLD
--------------------------------------------------------------------------------------
NOTE: BALANCE 960 ON HOLD. ONLY JAKE TURNER (PURCHASING MANAGER) CAN RELEASE IT.
      MATERIAL AUTHORITY: PILOT QTY ONLY.
      CERTS: EN 10204 3.1 + DIMENSIONAL REPORT ON 5 PCS.
--------------------------------------------------------------------------------------
"""),
      ("Re_KD-5540_pilot.eml", eml_bytes(mail(
          "Jake Turner <jake.turner@kestreldrones.com>", "Ana Sousa <ana.sousa@tecnimaq.pt>",
          "Re: KD-5540 pilot", "Fri, 10 May 2024 08:55:00 -0600", _r18_txt)))])

# r19 - RG003 + RG004 + RG005 + RG011: "a dozen samples" in mail, PO attached says 10, nothing about the balance
_r19_txt = """Hi Coco,

Please make a dozen samples of the WA-KNOB-02 rev C volume knob in the bead-blasted, black
anodised finish - PO attached. Knurl as per the rev C drawing, please don't copy the rev B parts.

Ship DHL to our London studio, usual account.

Best,
Sam
"""
case("r19_uk_dozen_vs_10", ["RG003", "RG004", "RG005", "RG011"],
     "Mail asks for a dozen samples, attached PO says 10; sample authorization with no hold, no unlock event, no release person.",
     [("WA-KNOB-02_samples.eml", eml_bytes(mail(
         "Sam Fletcher <sam@waveletaudio.co.uk>", "Coco Wu <coco.wu@rapidform-sz.com>",
         "WA-KNOB-02 rev C samples + PO", "Tue, 07 May 2024 15:30:00 +0100",
         _r19_txt + sig("Sam Fletcher", "Product Engineer", "Wavelet Audio Ltd, London", "+44 20 7946 0321"),
         attachments=[("PO_WA-2024-066.pdf", pdf([
             ("h1", "Wavelet Audio Ltd - Purchase Order WA-2024-066"),
             ("p", "Unit 4, 12 Vyner St, London E2 9DG - Supplier: Shenzhen Rapidform Technology Co., Ltd - 07/05/2024"),
             ("table", [["Line", "Part", "Description", "Qty", "Unit GBP"],
                        ["1", "WA-KNOB-02 rev C", "Volume knob, 6061, black anodise - samples", "10", "14.80"]]),
             ("p", "Delivery: DAP London. Payment: 30 days after receipt."),
         ], title="WA-2024-066", author="Wavelet Audio"), PDF_MT)])))])

# r21 - RG011: DOCX release letter says 500 in text, table says 5.000 (European format)
case("r21_de_release_500_vs_5000", ["RG011"],
     "Release letter text releases 500 pcs, its table shows 5.000 Stk. (five thousand); balance/event/person otherwise stated.",
     [("Serienfreigabe_SR-2024-014.docx", docx_bytes([
         ("h1", "Serienfreigabe / Production release SR-2024-014"),
         ("p", "Sennwerk GmbH, Einkauf - an / to: Metalurgia Ave, Lda - Datum: 13.05.2024"),
         ("p", "Bestellung / order: 4500123990 - Teil / part: HB-410 Rev. B (Halter, S235, verzinkt)"),
         ("p", "Following the sample sign-off of 22.04.2024 (report SE-24-027), we release 500 pcs of HB-410 Rev. B "
               "for production, delivery CW 26."),
         ("table", [
             ["Position", "Menge / quantity", "Status"],
             ["Freigabemenge / released quantity", "5.000 Stk.", "freigegeben / released"],
             ["Restmenge / balance", "1.500 Stk.", "gesperrt / on hold"],
         ]),
         ("p", "The balance stays on hold until the next call-off, signed by Jonas Keller (Head of Purchasing)."),
         ("p", "Material authority: released quantity only."),
         ("p", "Mit freundlichen Gruessen - Jonas Keller, Leiter Einkauf"),
     ], author="Jonas Keller"))])

# r22 - RG004 + RG005 + RG011: WeChat export, two buyer people give 30 and 20
case("r22_wechat_30_vs_20", ["RG004", "RG005", "RG011"],
     "Buyer purchasing says 30 pcs for now, buyer engineer confirms 20 first article; rest held but no event and no named release person.",
     [("wechat_OX-7830.txt", """\
WeChat chat history - "Orcanix / Yuanda OX-7830"
Exported 2024-05-15 18:40

2024-05-06 10:12  Noa Katz (Orcanix): Hi Mr. Wang, PO OX-7830 sent to your email 📎
2024-05-06 10:13  Noa Katz (Orcanix): do 30 pcs for now, rest on hold
2024-05-06 10:30  Wang Lei (Suzhou Yuanda): Hi Noa, received, thank you! material 17-4PH H1150 ok, we have stock
2024-05-06 10:31  Wang Lei (Suzhou Yuanda): passivation per ASTM A967 ok?
2024-05-06 10:40  Noa Katz (Orcanix): yes A967 is on the drawing
2024-05-08 09:02  Itai Barak (Orcanix): Hi Mr. Wang, this is Itai from Orcanix engineering
2024-05-08 09:03  Itai Barak (Orcanix): confirming 20 pcs first article for OX-7830, rest not needed yet. pls include the thread gauge report for M3 holes
2024-05-08 09:20  Wang Lei (Suzhou Yuanda): ok Itai 👌 thread report no problem
2024-05-15 18:35  Wang Lei (Suzhou Yuanda): first article machining finish Friday
""")])

# r23 - RG011: supplier acknowledgement confirms 80 FA against a PO for 60 (PO quoted)
_r23_po = """Dear Minh,

PO LH-2215 for LH-HTSK-02 rev B (heatsink, 6063-T5, black anodise):
60 pcs first article only. The balance of 940 pcs is not released until our FAI sign-off;
after that Femke Jansen (Inkoop) will send a written release.

Met vriendelijke groet,
Femke Jansen
"""
case("r23_vn_ack_80_vs_60", ["RG011"],
     "Supplier acknowledgement confirms 80 pcs first article against a PO that authorizes 60.",
     [("OC_LH-2215.eml", eml_bytes(mail(
         "Tran Van Minh <minh.tran@hanoipp.vn>", "Femke Jansen <f.jansen@lumenhaus.nl>",
         "RE: PO LH-2215 order confirmation", "Mon, 13 May 2024 09:15:00 +0700",
         "Dear Ms. Femke,\n\nThank you very much for your order.\n\nWe confirm 80 pcs first article LH-HTSK-02 rev B, "
         "black anodise, ship week 24 by DHL, DAP Utrecht. Balance on hold as your PO.\n\n"
         "We will send the FAI report with CMM data and anodise thickness before shipment.\n\n"
         "Best regards,\nTran Van Minh\nSales Manager - Hanoi Precision Parts JSC\nQuang Minh IP, Me Linh, Hanoi | +84 24 3525 6611\n\n"
         "From: Femke Jansen <f.jansen@lumenhaus.nl>\nSent: Friday, May 10, 2024 4:02 PM\nSubject: PO LH-2215\n\n"
         + q(_r23_po) + "\n", in_reply_to="<h112-po-lh2215@lumenhaus.nl>")))])

# r24 - RG011 + RG012: platform page, payment captured -> all lines released, buyer note says line 1 only
case("r24_platform_payment_all_lines", ["RG011", "RG012"],
     "Platform treats captured payment as release of all 500 pcs while the buyer's order note releases line 1 (10 pcs) only.",
     [("fabrikon_order_FAB-90877.html", html_page("Fabrikon - Order FAB-90877", """
<h2>Fabrikon &mdash; Order FAB-90877</h2>
<div class="note">&#10004; Payment captured for the full order (500 pcs). All lines have been released to our manufacturing
partner in Dongguan. You will receive tracking once parts ship.</div>
<p>Customer: Wavelet Audio Ltd, London &middot; Ordered by: Olivia Grant &middot; 2024-05-09</p>
<table>
<tr><th>Line</th><th>Part</th><th>Process</th><th>Qty</th><th>Unit</th><th>Total</th></tr>
<tr><td>1</td><td>WA-BEZEL-05 rev A</td><td>CNC, 6061, bead blast + anodise</td><td>10</td><td>$34.10</td><td>$341.00</td></tr>
<tr><td>2</td><td>WA-BEZEL-05 rev A</td><td>CNC, 6061, bead blast + anodise</td><td>490</td><td>$7.25</td><td>$3,552.50</td></tr>
</table>
<h3>Order note from customer</h3>
<p>Line 1 only. Line 2 (490 pcs) is on hold and not released &mdash; it will be released by a written release
from Olivia Grant (Head of Operations) after our sample sign-off.</p>
<p style="font-size:11px;color:#666">Fabrikon Manufacturing Network, Inc. &middot; 500 Terry Francine St, San Francisco CA</p>
"""))])

# r26 - RG012: pro-forma, production starts automatically on deposit (full-quantity order)
case("r26_cn_proforma_deposit_start", ["RG012"],
     "Supplier pro-forma for a full-quantity order says production starts automatically once the deposit is credited.",
     [("PI_KD-24-0522.pdf", pdf([
         ("h1", "PROFORMA INVOICE  PI No. KD-24-0522"),
         ("p", "Ningbo Kaida Plastics Co., Ltd - No. 88 Binhai 2nd Rd, Hangzhou Bay New Zone, Ningbo, China"),
         ("p", "Buyer: Kelvin Robotics, Inc., Austin TX - Customer PO 24-0371 (complete order, 2,000 pcs)"),
         ("p", "Date: 2024-05-08"),
         ("table", [
             ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "KR-CVR-30 rev E top cover, PC/ABS black, texture MT-11010", "2,000", "1.86", "3,720.00"],
             ["", "Packing: PE bag + carton 100 pcs", "", "", "incl."],
             ["", "Total FOB Ningbo", "", "", "3,720.00"],
         ]),
         ("p", "Payment: 30% deposit (USD 1,116.00) by T/T, 70% balance against copy of B/L."),
         ("p", "Production will start automatically once the 30% deposit is credited to our account. "
               "Lead time 20 days from that date."),
         ("p", "Bank: Bank of China Ningbo Branch, SWIFT BKCHCNBJ92A, A/C 3569 2211 8830."),
         ("p", "Zhang Min - Sales Dept."),
     ], title="PI KD-24-0522", author="Ningbo Kaida"))])

# r27 - RG012: supplier schedules the whole lot because PO is accepted and deposit arrived; PO attached (20 samples)
case("r27_pt_po_accepted_whole_lot", ["RG012"],
     "Supplier schedules the whole lot because the PO was accepted and the deposit arrived; PO releases 20 samples only.",
     [("RE_PO_4800160.eml", eml_bytes(mail(
         "Ana Sousa <ana.sousa@tecnimaq.pt>", "Bram Visser <bram.visser@tulpadevices.nl>",
         "RE: PO 4800160 - TD-HUB-77 rev A", "Wed, 15 May 2024 10:05:00 +0100",
         "Bom dia Bram,\n\nyour PO 4800160 is accepted in our system and the deposit arrived yesterday - obrigada! "
         "So we have scheduled the whole lot on our DMG Mori 5-axis from week 22, two shifts.\n\n"
         "Samples will come first off the machine, we will send photos and the measurement report.\n\n"
         "Cumprimentos,\nAna Sousa\nGestora de Clientes - Tecnimaq, Lda\nMaia, Portugal | +351 229 470 312\n",
         attachments=[("PO_4800160.pdf", pdf([
             ("h1", "Tulpa Devices B.V. - Purchase order 4800160"),
             ("p", "Supplier: Tecnimaq, Lda - Date: 06-05-2024 - Buyer: Bram Visser"),
             ("table", [["Line", "Item", "Qty", "Scope"],
                        ["10", "TD-HUB-77 rev A, samples", "20", "released"],
                        ["20", "TD-HUB-77 rev A, production", "380", "not released"]]),
             ("p", "Only line 10 is released. Line 20 stays on hold until our FAI sign-off and a written release "
                   "signed by Sanne de Vries (Inkoop / Purchasing Manager)."),
             ("p", "Payment: 20% deposit, balance 30 days after delivery."),
         ], title="PO 4800160", author="Tulpa Devices"), PDF_MT)])))])

# r28 - RG002 + RG012: WhatsApp, buyer links paid invoice + accepted PO to "nothing stopping you, crack on"
case("r28_wa_invoice_paid_crack_on", ["RG002", "RG012"],
     "Buyer treats paid invoice and accepted PO as the go signal and gives an unscoped 'crack on', after scoping 25 samples earlier.",
     [("whatsapp_brightloop_saigon.txt", """\
WhatsApp Chat with Hoa Nguyen (Saigon MechWorks)
[06/05/2024, 09:14:02] Tom Ashworth: Morning Hoa, PO BL-4577 is in your inbox
[06/05/2024, 09:15:40] Tom Ashworth: 25 pcs samples of BL-GEAR-04 rev B. Balance 975 not released until our sample sign-off - then I'll send the written release
[06/05/2024, 11:02:13] Hoa Nguyen: Noted Mr Tom. Material POM-C black, we have stock
[06/05/2024, 11:02:50] Hoa Nguyen: Hobbing module 0.8 ok with our supplier
[08/05/2024, 16:20:31] Hoa Nguyen: PO accepted in our ERP, invoice for the samples sent to accounts@ today
[09/05/2024, 08:47:05] Tom Ashworth: Invoice paid this morning and the PO's accepted your end, so nothing stopping you now 🙂 crack on!
[09/05/2024, 08:49:11] Hoa Nguyen: Thank you!! we arrange machine today 👍
[09/05/2024, 08:49:30] Hoa Nguyen: <Media omitted>
""")])

# r29 - RG010 + RG012: deposit sent -> please start on the samples; no quantity anywhere; TXT SWIFT copy attached
_r29_txt = """Hi Coco,

Deposit sent this morning (SWIFT copy attached), so you can start on the samples for NM-TRAY-02
rev B now - SLA, Somos WaterShed XC 11122, clear, vapour polished on the top face.

The production batch stays on hold until our EVT sign-off; I'll send the written release myself.

Thanks,
Yoav Peled
COO, Nimbus Medical Ltd
HaBarzel 32, Tel Aviv 6971047 | +972 3 744 5810
"""
_r29_swift = """\
{1:F01LUMIILITAXXX0000000000}{2:I103BKCHCNBJ45XXN}
:20:NMB2405130019
:23B:CRED
:32A:240513USD1480,00
:50K:/IL620108000000099999999
NIMBUS MEDICAL LTD
HABARZEL 32 TEL AVIV
:59:/7488 2210 0391
SHENZHEN RAPIDFORM TECHNOLOGY CO LTD
:70:PI SR-24-0611 DEPOSIT 50PCT
:71A:SHA
"""
case("r29_il_deposit_start_samples", ["RG010", "RG012"],
     "Buyer ties the start to the deposit ('deposit sent, please start') and never states the sample quantity; hold, event and person are present.",
     [("NM-TRAY-02_revB.eml", eml_bytes(mail(
         "Yoav Peled <yoav@nimbusmed.co.il>", "Coco Wu <coco.wu@rapidform-sz.com>",
         "Deposit sent - NM-TRAY-02 rev B", "Mon, 13 May 2024 11:02:00 +0300", _r29_txt,
         attachments=[("MT103_NMB2405130019.txt", _r29_swift, "text/plain")])))])

# r30 - RG008: buyer asks supplier to treat the 24k forecast as the order
_r30_txt = """Hi Rahul,

Attached is our 2025 forecast for the KR-GEAR family (export from our planning tool).
Bottom line: about 24k units across the year.

Please treat that as our order and reserve the capacity on your gear hobbing line accordingly -
we'll send the POs quarterly as usual. Let me know if you need anything for your capacity review.

Thanks,
Megan Ortiz
Purchasing Manager, Kelvin Robotics, Inc.
"""
_r30_fc = """\
KELVIN ROBOTICS - DEMAND FORECAST 2025 - KR-GEAR FAMILY      generated 2024-05-10
supplier: PUNE PRECISION COMPONENTS                           units: pcs

PART           Q1-25    Q2-25    Q3-25    Q4-25    TOTAL
KR-GEAR-10     1,500    1,800    2,000    2,200    7,500
KR-GEAR-12     2,000    2,000    2,500    2,500    9,000
KR-GEAR-16     1,500    1,800    2,000    2,200    7,500
TOTAL          5,000    5,600    6,500    6,900   24,000
"""
case("r30_us_forecast_as_order", ["RG008"],
     "Buyer tells supplier to treat the 24k 2025 forecast as the order.",
     [("KR-GEAR_2025.eml", eml_bytes(mail(
         "Megan Ortiz <megan.ortiz@kelvinrobotics.com>", "Rahul Kulkarni <rahul.k@puneprecision.in>",
         "2025 forecast - KR-GEAR family", "Fri, 10 May 2024 13:20:00 -0500", _r30_txt,
         html=as_html(_r30_txt),
         attachments=[("forecast_2025_KR-GEAR.txt", _r30_fc, "text/plain")])))])

# r31 - RG008: supplier order confirmation books the Q3-Q4 forecast as a firm order
case("r31_cn_oc_forecast_firm", ["RG008"],
     "Supplier order confirmation confirms the buyer's Q3-Q4 forecast of 6,000 pcs as a firm order.",
     [("OC-24-0577.pdf", pdf([
         ("h1", "ORDER CONFIRMATION  OC-24-0577"),
         ("p", "Ningbo Kaida Plastics Co., Ltd - to Wavelet Audio Ltd, London - Date 2024-05-11"),
         ("p", "Ref.: your call-off #1 under PO WA-2024-070 and your demand forecast dated 2024-05-02"),
         ("table", [
             ["Ref.", "Part", "Qty", "Delivery", "Status"],
             ["Call-off #1", "WA-GRILLE-03 rev B", "1,500 pcs", "wk 24", "confirmed"],
             ["Forecast Q3-Q4 2024", "WA-GRILLE-03 rev B", "6,000 pcs", "wk 27-50", "confirmed as firm order"],
         ]),
         ("p", "We have booked capacity on 2 x Haitian MA1600 for the 6,000 pcs as a firm order from Wavelet."),
         ("p", "Price: USD 0.92/pc FOB Ningbo. Packing: 200 pcs/carton."),
         ("p", "Zhang Min - Sales Dept. - Ningbo Kaida Plastics"),
     ], title="OC-24-0577", author="Ningbo Kaida"))])

# r32 - RG008: buyer demand-plan page says forecast volumes are committed
case("r32_nl_portal_committed", ["RG008"],
     "Buyer demand-plan page presents the rolling forecast as committed volumes the supplier can count on as orders.",
     [("lumenhaus_demand_plan.html", html_page("Lumenhaus leveranciersportaal - demand plan", """
<h2>Lumenhaus leveranciersportaal</h2>
<p>Leverancier / supplier: Metalurgia Ave, Lda &middot; Artikel: LH-BASE-12 rev D (plaatwerk, poedercoat RAL 9016)</p>
<div class="note"><b>Rolling forecast &mdash; committed volumes.</b> These volumes are committed by Lumenhaus: you can count on
them as orders and plan your people and machines on them. Call-offs follow monthly.</div>
<table>
<tr><th>Maand</th><th>Volume (st.)</th></tr>
<tr><td>juni 2024</td><td>1.200</td></tr>
<tr><td>juli 2024</td><td>1.400</td></tr>
<tr><td>augustus 2024</td><td>900</td></tr>
<tr><td>september 2024</td><td>1.600</td></tr>
<tr><td>Q4 2024</td><td>5.200</td></tr>
</table>
<p>Contact: Femke Jansen, Inkoop &middot; +31 30 799 4410</p>
""", lang="nl"))])

# r33 - RG008: chat, buyer calls the 10k/yr forecast a done deal (current PO correctly scoped)
case("r33_teams_forecast_done_deal", ["RG008"],
     "Buyer correctly scopes the 20 FAI pcs but tells supplier the 10k/yr forecast is locked, a done deal.",
     [("teams_orcanix_bajio.txt", """\
Microsoft Teams - chat "Orcanix x Maquinados del Bajio"  (exported 16/05/2024)

Shani Mizrahi  13/05/2024 09:10
Hola Ricardo, current PO OX-7866 is only the 20 FAI pcs of OX-FRAME-03. The rest is not released until our FAI sign-off and my written release.

Ricardo Salinas  13/05/2024 09:32
Perfecto Shani, solo 20 FAI. Question: for the 5-axis fixture investment we need to know the volume 😅 can you share?

Shani Mizrahi  13/05/2024 09:40
don't worry about volumes. the 10k/yr forecast is basically locked - consider it a done deal 🤝 plan the fixture around it

Ricardo Salinas  13/05/2024 09:41
excelente, gracias!! we design the fixture for 10k/yr then
""")])

# r35 - RG009: "approved" for technical and for finance/commercial in one status mail
_r35_txt = """Dear Ms. Hoa,

a short status on SW-CLAMP-15 rev A:

- The samples are approved by our quality department (dimensions and fit only).
- The approval of the production order by our finance department is still open.
- Production is not released. The 1,188 pcs stay on hold until I send the written production release.

For now only the 12 samples of order 4500124501 are released. Please send the two replacement
pieces for S7 and S9 as part of those 12 (thread M6 was too tight, see NCR-2024-0415).

Kind regards
Jonas Keller
Leiter Einkauf / Head of Purchasing
Sennwerk GmbH, Motorstrasse 18, 70499 Stuttgart
"""
case("r35_de_status_approved_twice", ["RG009"],
     "'Approved' (quality, technical) and 'approval' (finance, commercial) used for different things; scope otherwise complete.",
     [("Status_SW-CLAMP-15.eml", eml_bytes(mail(
         "Jonas Keller <j.keller@sennwerk.de>", "Nguyen Thi Hoa <hoa.nguyen@saigonmechworks.vn>",
         "Status SW-CLAMP-15 rev A / order 4500124501", "Tue, 14 May 2024 16:45:00 +0200",
         _r35_txt + "\n" + DE_FOOTER, html=as_html(_r35_txt + "\n" + DE_FOOTER))))])

# r36 - RG009: inspection report uses RELEASED for the technical result and release for production
case("r36_nl_inspection_released", ["RG009"],
     "Incoming inspection marks samples 'RELEASED' (technical) in the same document that uses 'production release' for authority.",
     [("Inspection_report_IR-24-118.docx", docx_bytes([
         ("h1", "Incoming inspection report IR-24-118"),
         ("p", "Tulpa Devices B.V. - Quality - Part TD-PLT-204 rev C (bottom plate, Al 5083, milled) - "
               "Supplier: Saigon MechWorks Co., Ltd - Order 4800188 (16 samples)"),
         ("table", [
             ["Characteristic", "Spec", "Result", "OK"],
             ["Flatness", "0.05", "0.03", "yes"],
             ["Bore d22 H7", "22.000-22.021", "22.008 / 22.012", "yes"],
             ["Thread M5 (8x)", "6H gauge", "go / no-go ok", "yes"],
             ["Anodise thickness", "15-25 um", "18", "yes"],
         ]),
         ("h", "Result: RELEASED"),
         ("p", "Inspected by: Pieter Bakker, Quality Engineer, 13-05-2024."),
         ("h", "Production release"),
         ("p", "Pending. Order 4800188 covers the 16 samples only. The 2,400 pcs balance stays on hold until a "
               "written production release from Sanne de Vries (Inkoop / Purchasing Manager)."),
     ], author="Pieter Bakker"))])

# r37 - RG009: German engineer's English, "release" for sample, commercial and production
case("r37_de_freigabe_three_ways", ["RG009"],
     "'Release' used for sample acceptance, commercial PO approval and production release in one note (Musterfreigabe/Bestellfreigabe/Serienfreigabe).",
     [("Freigabemitteilung_4500125001.pdf", pdf([
         ("h1", "Freigabemitteilung / Release note"),
         ("p", "Sennwerk GmbH - Stuttgart - an: Pune Precision Components Pvt Ltd - 15.05.2024"),
         ("p", "Teil / part: SW-PIN-22 Rev. 04 (X20Cr13, geschliffen) - Bestellung 4500125001"),
         ("sp",),
         ("table", [
             ["Freigabe", "Status", "Bemerkung"],
             ["Sample release (Musterfreigabe)", "released", "12 samples, measurement report MB-24-118 OK"],
             ["Commercial release (Bestellfreigabe)", "released", "order 4500125001 released by Controlling"],
             ["Production release (Serienfreigabe)", "NOT released", "2.988 pcs on hold"],
         ]),
         ("sp",),
         ("p", "Sample release: the 12 samples are released. Commercial release: order 4500125001 is released by "
               "our controlling. Production release: the 2.988 pcs remain on hold until the written production "
               "release by Jonas Keller (Head of Purchasing)."),
         ("p", "Mit freundlichen Gruessen, Markus Vogel (Entwicklung / Engineering)"),
     ], title="Freigabemitteilung", author="Markus Vogel"))])

# r38 - RG009: ERP printout, APPROVED for finance workflow and for FAI
case("r38_us_erp_approved_fields", ["RG009"],
     "ERP PO printout uses APPROVED for the finance workflow and for the FAI result; production release kept separate.",
     [("PO_24-0366_ERP.txt", """\
KELVIN ROBOTICS INC - PURCHASE ORDER                      PO 24-0366   REV 0     05/13/2024
==============================================================================================
VENDOR  : HUIZHOU TIANRUI CNC CO LTD (V-1043)          BUYER: M.ORTIZ
APPROVAL: APPROVED FOR 30 PCS - FINANCE L2 (K.NGUYEN 05/03/2024)
----------------------------------------------------------------------------------------------
LN  ITEM           REV  DESCRIPTION                        QTY  UOM  UNIT USD   EXT USD
01  KR-YOKE-05     D    YOKE, 7075-T6, HARD ANODIZE, SAMPLE  30  EA     19.60    588.00
----------------------------------------------------------------------------------------------
LN 01 NOTE: FAI APPROVED 05/10/2024 (QE D.WHITAKER) - 5 PCS MEASURED, ALL DIMS IN TOL.
PRODUCTION: NOT RELEASED. BAL 470 PCS ON HOLD UNTIL WRITTEN RELEASE BY M. ORTIZ
            (PURCHASING MANAGER). MATERIAL AUTHORITY: SAMPLE QTY ONLY.
----------------------------------------------------------------------------------------------
SHIP VIA: DHL EXPRESS ACCT 96-2210    INCOTERMS: DAP AUSTIN    TERMS: NET 30
==============================================================================================
""")])

# r39 - RG002 + RG009: Slack, DFM approved / quote approved / "all approved, go ahead"
case("r39_slack_all_approved", ["RG002", "RG009"],
     "'Approved' used for DFM (technical) and quote (commercial), then an unscoped 'all approved, go ahead'; sample scope stated earlier.",
     [("slack_ext-lumenhaus-rapidform.txt", """\
Slack export - #ext-lumenhaus-rapidform
Exported 2024-05-16 08:00

[2024-05-13 10:05] Femke Jansen (Lumenhaus): Hi Coco, PO LH-2231 is out: 16 samples of LH-SPOT-07 rev B only. balance 984 on hold until our sample sign-off, then I release it in writing (Femke)
[2024-05-13 10:20] Coco Wu (Rapidform): received 👍 question on the heat fins: 1.2 or 1.5 wall? 1.2 is hard for us on the long fins
[2024-05-13 11:02] Bas Mulder (Lumenhaus): DFM approved from my side - go with 1.2 on the short fins, 1.5 on the long ones
[2024-05-13 11:10] Femke Jansen (Lumenhaus): quote SR-Q-5588 approved too, price is fine, PO stays as is
[2024-05-13 11:12] Coco Wu (Rapidform): so everything approved now? we can start?
[2024-05-13 11:15] Bas Mulder (Lumenhaus): yes all approved, go ahead 👍
[2024-05-13 11:16] Coco Wu (Rapidform): 好的 thank you Bas!
""")])

# r40 - RG002: buyer engineer answers a design question plus "shall we plan the production lot?" with "Go ahead."
_r40_po = """Hi Ricardo,

PO KD-5566 attached: 15 pcs FAI of KD-PLT-33 rev B only. The balance of 585 pcs is not released
until our FAI sign-off and my written release.

Jake Turner
Purchasing Manager, Kestrel Drones Inc.
"""
_r40_sup = """Hi Ryan, Jake,

question on KD-PLT-33 rev B: OK to change the inner fillet to R1.0? Our tool reach is 40 mm and
with R0.5 we need a special cutter (+2 days).
Also, shall we plan the production lot?

Saludos,
Ing. Ricardo Salinas
Maquinados del Bajio
"""
case("r40_mx_thread_go_ahead", ["RG002"],
     "Buyer engineer's bare 'Go ahead.' answers a design question and a production-planning question; scope stated in quoted PO mail.",
     [("RE_KD-PLT-33_fillet.eml", eml_bytes(mail(
         "Ryan Cole <ryan.cole@kestreldrones.com>", "Ricardo Salinas <rsalinas@maquinadosbajio.mx>",
         "RE: KD-PLT-33 rev B - fillet / production", "Wed, 15 May 2024 07:58:00 -0600",
         "R1 is fine. Go ahead.\n\nRyan\n\nSent from my iPhone\n\n"
         "On May 14, 2024, at 6:31 PM, Ricardo Salinas <rsalinas@maquinadosbajio.mx> wrote:\n"
         + q(_r40_sup) + "\n>\n> On May 6, 2024, at 9:00 AM, Jake Turner <jake.turner@kestreldrones.com> wrote:\n"
         + q(_r40_po, 2) + "\n",
         cc="Jake Turner <jake.turner@kestreldrones.com>", in_reply_to="<h112-sup-kdplt33@maquinadosbajio.mx>")))])

# r42 - RG002: DOCX meeting minutes end with "green light - start ASAP"
case("r42_il_minutes_green_light", ["RG002"],
     "Kick-off minutes state the pilot scope correctly but record an unscoped 'green light, start ASAP' as the decision.",
     [("Kickoff_minutes_OX-7850.docx", docx_bytes([
         ("h1", "Kick-off call - OX-BRKT-40 / PO OX-7850"),
         ("p", "Date: 12.05.2024, 11:00 IST / 13:30 Pune - Minutes: Amit Gal"),
         ("p", "Attendees: Shani Mizrahi, Amit Gal (Orcanix); Rahul Kulkarni, S. Deshmukh (Pune Precision)"),
         ("h", "1. Scope"),
         ("p", "Shani: PO OX-7850 covers 24 pilot parts. The balance of 1,176 pcs is not released until pilot "
               "sign-off and a written release by Shani Mizrahi (Procurement Manager)."),
         ("h", "2. Technical"),
         ("li", "Material 316L bar, passivation per ASTM A967 - confirmed."),
         ("li", "Datum scheme per drawing rev E; CMM program will be shared by Pune."),
         ("li", "Laser marking: part no. + date code on face B."),
         ("h", "3. Action items"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Send CMM program for review", "S. Deshmukh", "15.05"],
             ["2", "Confirm packaging (VCI + foam)", "Rahul", "16.05"],
             ["3", "Share golden sample photos", "Amit", "14.05"],
         ]),
         ("h", "4. Decision"),
         ("p", "Green light for Pune Precision - start ASAP."),
     ], author="Amit Gal"))])

# r43 - RG010: "start the pilot lot as discussed" - no quantity; DOCX spec attached (no quantities)
_r43_txt = """Dear Mr. Kulkarni,

thank you for the call on Tuesday. Please start the pilot lot of SW-SHAFT-12 rev 01 as discussed.
The technical requirements are attached (heat treatment, surface, marking).

The production balance stays on hold until our DVT sign-off; Jonas Keller (Head of Purchasing)
will release it in writing.

Mit freundlichen Gruessen / best regards
Markus Vogel
Entwicklung / Engineering
"""
case("r43_de_pilot_as_discussed", ["RG010"],
     "Authorization 'start the pilot lot as discussed' never states the pilot quantity; hold, event and person present.",
     [("Pilot_lot_SW-SHAFT-12.eml", eml_bytes(mail(
         "Markus Vogel <m.vogel@sennwerk.de>", "Rahul Kulkarni <rahul.k@puneprecision.in>",
         "Pilot lot SW-SHAFT-12 rev 01", "Thu, 16 May 2024 10:10:00 +0200",
         _r43_txt + "\n" + DE_FOOTER, cc="Jonas Keller <j.keller@sennwerk.de>",
         attachments=[("Tech_requirements_SW-SHAFT-12.docx", docx_bytes([
             ("h1", "Technical requirements SW-SHAFT-12 rev 01"),
             ("li", "Material: 42CrMo4 +QT, certificate EN 10204 3.1"),
             ("li", "Induction hardening 52-56 HRC on bearing seats, depth 1.2-1.8 mm"),
             ("li", "Surface Ra 0.4 on bearing seats, Ra 1.6 elsewhere"),
             ("li", "Marking: part number and heat lot, dot peen, face A"),
             ("li", "General tolerances ISO 2768-fH"),
         ], author="Markus Vogel"), DOCX_MT)])))])

# r44 - RG010: Slack, "enough parts for the EVT build (sample only)", quantity never stated
case("r44_slack_enough_for_evt", ["RG010"],
     "Buyer authorizes 'enough parts for the EVT build (sample only)' and never gives a number; supplier's guess is only a question.",
     [("slack_ext-wavelet-hanoipp.txt", """\
Slack export - #ext-wavelet-hanoipp
Exported 2024-05-14

[2024-05-10 12:01] Olivia Grant (Wavelet Audio): Hi Minh - go ahead with enough parts for the EVT build on WA-CHAS-11 rev A, sample only. rest not released until our EVT gate sign-off; I'll release it in writing
[2024-05-10 12:30] Tran Van Minh (Hanoi Precision): ok. how many pcs for EVT? 20 like last time?
[2024-05-10 12:44] Olivia Grant (Wavelet Audio): whatever the EVT build needs - Sam has the BOM, he'll sort you out
[2024-05-10 12:45] Sam Fletcher (Wavelet Audio): 👍 will send the BOM tonight
[2024-05-10 13:02] Tran Van Minh (Hanoi Precision): ok thanks. anodise black or natural?
[2024-05-10 13:05] Sam Fletcher (Wavelet Audio): black, same as the knob
""")])

# r45 - RG010: multi-file, PO line quantity "per quote"; quote is a separate file
case("r45_il_po_per_quote", ["RG010"],
     "PO sample line gives no quantity ('per quote'); the quote is not an authorization; hold, event, person present.",
     [("PO_OX-7871.pdf", pdf([
         ("h1", "PURCHASE ORDER OX-7871"),
         ("p", "Orcanix Ltd, Matam Park Bldg 30, Haifa - Supplier: Xiamen Jinhong Mould Co., Ltd - Date: 09.05.2024"),
         ("table", [
             ["Line", "Part", "Qty", "Scope"],
             ["1", "OX-LID-09 rev B, ABS V0, T1 samples", "per quote Q-JH-2291 (T1 sample qty)", "released"],
         ]),
         ("p", "The production quantity is not released. It will be released only after our T1 sign-off, by a "
               "written release from Shani Mizrahi (Procurement Manager). Material authority: T1 samples only."),
     ], title="PO OX-7871", author="Orcanix Procurement")),
      ("Quote_Q-JH-2291.pdf", pdf([
          ("h1", "QUOTATION Q-JH-2291"),
          ("p", "Xiamen Jinhong Mould Co., Ltd - to Orcanix Ltd - 2024-04-25 - Kevin Lin"),
          ("table", [
              ["Item", "Qty", "Unit USD"],
              ["Mould 1+1 family, P20, 300k shots", "1 set", "6,800.00"],
              ["T1 samples", "25 pcs", "free of charge"],
              ["Production", "4,975 pcs", "0.74"],
          ]),
          ("p", "Lead time: mould 25 days, production 15 days after release."),
      ], title="Q-JH-2291", author="Xiamen Jinhong"))])

# r46 - RG004 + RG005 + RG010: WhatsApp, "make the first articles, the rest waits"
case("r46_wa_first_articles_rest_waits", ["RG004", "RG005", "RG010"],
     "Buyer: make the first articles, the rest waits - no quantity, no unlock event, no release person.",
     [("whatsapp_wavelet_saigon.txt", """\
WhatsApp Chat with Huy (Saigon MechWorks)
[13/05/2024, 10:02:11] Sam Fletcher: hi Huy, drawings for WA-FOOT-01 rev A are in the dropbox 📁
[13/05/2024, 10:02:40] Sam Fletcher: make the first articles, the rest waits
[13/05/2024, 10:15:03] Le Quang Huy: ok Mr Sam. how many FA?
[13/05/2024, 10:21:19] Sam Fletcher: the usual, same as the knob project
[13/05/2024, 10:22:00] Le Quang Huy: ok noted 👍 material AL6061 ok?
[13/05/2024, 10:25:47] Sam Fletcher: yes 6061, bead blast + black anodise
""")])

# r47 - RG003 + RG004 + RG005 + RG010: "could you make us some samples" - nothing else
_r47_txt = """Hoi Joao,

could you make us some samples of the LH-BZL-09 bezel (rev A drawing attached in our portal),
same powder coat as last time (RAL 9016, fine texture)? Our PO number for this is LH-2249.

Looking forward, and thanks for the quick DFM last week!

Groeten,
Femke Jansen
Inkoop | Lumenhaus B.V. | Vondellaan 51, Utrecht | +31 30 799 4410
"""
case("r47_nl_some_samples", ["RG003", "RG004", "RG005", "RG010"],
     "Sample request under a PO number with no quantity, no hold on the rest, no unlock event, no release person.",
     [("LH-BZL-09_samples.eml", eml_bytes(mail(
         "Femke Jansen <f.jansen@lumenhaus.nl>", "Joao Ferreira <joao.ferreira@metalurgia-ave.pt>",
         "LH-BZL-09 samples - PO LH-2249", "Mon, 13 May 2024 14:12:00 +0200",
         _r47_txt + "\n" + EU_DISCLAIMER)))])

# r48 - RG001 + RG003 + RG004 + RG005: PO mail for 25 samples + quote with 2,500 production tier
_r48_txt = """Hi Leo,

Attached PO 24-0420 for 25 samples of KR-GRIP-11 rev A, plus your quote Q-TR-7719 so the pricing
ties out with our system. Need them in Austin by the 28th - DHL on our account is fine.

Thanks,
Megan
"""
case("r48_us_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 25 sent with quote showing 2,500 production unlabelled; nothing says the rest is not released, no event, no person.",
     [("PO_24-0420_KR-GRIP-11.eml", eml_bytes(mail(
         "Megan Ortiz <megan.ortiz@kelvinrobotics.com>", "Leo Zhou <leo.zhou@tianrui-cnc.com>",
         "PO 24-0420 - KR-GRIP-11 rev A", "Thu, 09 May 2024 09:40:00 -0500",
         _r48_txt + sig("Megan Ortiz", "Purchasing Manager", "Kelvin Robotics, Inc.", "+1 512 555 0147"),
         attachments=[
             ("PO_24-0420.pdf", pdf([
                 ("h1", "PURCHASE ORDER  PO-24-0420"),
                 ("p", "Kelvin Robotics, Inc., Austin TX - Vendor: Huizhou Tianrui CNC Co., Ltd - 05/09/2024"),
                 ("table", [["Line", "Part", "Description", "Qty", "Unit", "Price"],
                            ["10", "KR-GRIP-11 A", "Gripper finger, 6061-T6, hard anodize - samples", "25", "pcs", "$14.20"]]),
                 ("p", "Terms: Net 30. Ship DHL acct 96-2210."),
             ], pagesize=LETTER, title="PO-24-0420", author="Kelvin Robotics"), PDF_MT),
             ("Quote_Q-TR-7719.pdf", pdf([
                 ("h1", "QUOTATION Q-TR-7719"),
                 ("p", "Huizhou Tianrui CNC Co., Ltd - to Kelvin Robotics - 2024-04-30 - Leo Zhou"),
                 ("table", [["Stage", "Qty", "Unit USD", "Lead time"],
                            ["Samples", "25", "14.20", "7 days"],
                            ["Production", "2,500", "4.85", "18 days"]]),
                 ("p", "Payment: 30 days. Hard anodize MIL-A-8625 Type III, 50 um."),
             ], title="Q-TR-7719", author="Tianrui CNC"), PDF_MT)])))])

# r49 - RG001 + RG003 + RG004 + RG005: platform order page shows production quantity beside prototype order
case("r49_platform_proto_plus_prod", ["RG001", "RG003", "RG004", "RG005"],
     "Platform order for 10 prototype pcs shows the 1.000 production quantity alongside with no label; note just says prototype first.",
     [("partloop_order_PL-306118.html", html_page("PartLoop - Order PL-306118", """
<h2>PartLoop &mdash; Order PL-306118</h2>
<p>Customer: Tulpa Devices B.V., Eindhoven &middot; Ordered by Bram Visser &middot; 2024-05-07 &middot; Partner: Hanoi Precision Parts JSC</p>
<h3>Your quantities</h3>
<table>
<tr><th></th><th>Part</th><th>Qty</th><th>Unit price</th><th>Lead time</th></tr>
<tr><td>Prototype qty</td><td>TD-KNOB-31 rev A (CNC, POM-C black)</td><td>10 pcs</td><td>&euro; 46,00</td><td>6 days</td></tr>
<tr><td>Production qty</td><td>TD-KNOB-31 rev A (CNC, POM-C black)</td><td>1.000 pcs</td><td>&euro; 6,90</td><td>15 days</td></tr>
</table>
<p>Order total (prototype): &euro; 460,00 excl. VAT &middot; Purchase order ref: 4800175</p>
<h3>Order note</h3>
<p>Prototype run first please. Knurl as per drawing, no burrs on the grip.</p>
<p style="font-size:11px;color:#666">PartLoop B.V. &middot; Keizersgracht 241, Amsterdam</p>
"""))])

# r50 - RG001: multi-file, PO correctly scoped; drawing notes carry EAU 12,000 and lot size 3,000 unlabelled
case("r50_multi_po_drawing_eau", ["RG001"],
     "PO releases 40 pilot with the 960 balance held; drawing notes in the bundle state EAU 12,000 and lot 3,000 with nothing saying informational.",
     [("PO_WA-2024-074.pdf", pdf([
         ("h1", "Wavelet Audio Ltd - Purchase Order WA-2024-074"),
         ("p", "Supplier: Tecnimaq, Lda, Maia, Portugal - Date: 08/05/2024 - Buyer: Olivia Grant"),
         ("table", [["Line", "Part", "Qty", "Scope"],
                    ["1", "WA-CHAS-09 rev B, 6082-T6 chassis, pilot", "40", "released"]]),
         ("p", "This PO releases the 40 pilot pieces only. The remaining 960 pcs of this order are not released "
               "until our pilot sign-off and a written release from Olivia Grant (Head of Operations). "
               "Material authority: pilot quantity only."),
     ], title="WA-2024-074", author="Wavelet Audio")),
      ("WA-CHAS-09_revB_drawing_notes.txt", """\
DRAWING NOTES - WA-CHAS-09 REV B  (sheet 1 of 3, title block + notes export)
-----------------------------------------------------------------------------
TITLE        : CHASSIS, MAIN - AMP MODULE
MATERIAL     : EN AW-6082-T6
FINISH       : BEAD BLAST + ANODISE BLACK, 15-20 UM
GEN. TOL.    : ISO 2768-mK
EAU          : 12,000 PCS
LOT SIZE     : 3,000 PCS
NOTES:
 1. BREAK ALL SHARP EDGES 0.2-0.4.
 2. THREADS M3 6H, HELICOIL WHERE MARKED (*).
 3. COSMETIC SURFACES A1-A3: NO SCRATCHES VISIBLE AT 500 MM.
 4. CRITICAL DIMS MARKED <C> - 100% INSPECTION ON PILOT.
DRAWN: S.FLETCHER  CHECKED: O.GRANT  DATE: 2024-04-22
""")])

# r51 - RG001: PO correctly scoped but embeds quantity-break table up to 10.000 without a label
case("r51_nl_po_qty_breaks", ["RG001"],
     "PO releases 30 samples and holds the 970 balance but reprints quote tiers up to 10.000 pcs without saying they are informational.",
     [("Inkooporder_LH-2240.pdf", pdf([
         ("h1", "Inkooporder / Purchase order LH-2240"),
         ("p", "Lumenhaus B.V., Utrecht - Leverancier: Saigon MechWorks Co., Ltd - Datum 10-05-2024 - Offerte SMW-Q-24-1302"),
         ("table", [["Regel", "Artikel", "Aantal", "Prijs"],
                    ["1", "LH-RING-02 rev A, samples (Al 6061, anodised bronze)", "30", "EUR 21,50"]]),
         ("p", "Only the 30 samples are released. The balance of 970 pcs is on hold and not released until our FAI "
               "sign-off; Femke Jansen (Inkoop) then sends the written release."),
         ("h", "Staffelprijzen / quantity breaks (from SMW-Q-24-1302)"),
         ("table", [["Aantal", "Prijs per stuk"],
                    ["30", "EUR 21,50"], ["1.000", "EUR 4,10"], ["5.000", "EUR 3,35"], ["10.000", "EUR 2,95"]]),
         ("p", "Levering DAP Utrecht. Betaling 30 dagen."),
     ], title="LH-2240", author="Lumenhaus Inkoop"))])

# r52 - RG001 + RG003 + RG004 + RG005: WhatsApp, quote with mass-production qty then "make 8 samples first"
case("r52_wa_vn_8_samples_first", ["RG001", "RG003", "RG004", "RG005"],
     "Chat quote shows 3000 mass production; buyer says make 8 samples first - no hold, no event, no person.",
     [("whatsapp_orcanix_saigon.txt", """\
WhatsApp Chat with Le Quang Huy (Saigon MechWorks)
[07/05/2024, 08:31:44] Le Quang Huy: Hello Mr Daniel, quotation for OX-PIN-05 rev A: sample 8 pcs USD 65/pc, mass production 3000 pcs USD 7.9/pc, lead time 20 days
[07/05/2024, 08:32:10] Le Quang Huy: material SUS303, passivation included
[07/05/2024, 09:05:52] Daniel Levi: thanks Huy, price ok
[07/05/2024, 09:06:30] Daniel Levi: ok make 8 samples first, PO coming today
[07/05/2024, 09:07:02] Le Quang Huy: ok we start tomorrow 👍
[07/05/2024, 09:07:40] Daniel Levi: 🙏
""")])

# ================================================================== END OF CASES


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(112112).shuffle(order)
    labels = {}
    seen = set()
    for i, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        name = f"h112_{i:02d}_{stem}"
        assert name not in seen
        seen.add(name)
        d = OUT / name
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[name] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean) -> {OUT}")


if __name__ == "__main__":
    main()
