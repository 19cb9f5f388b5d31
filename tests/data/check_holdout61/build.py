#!/usr/bin/env python3
"""Generator for the releasegate check_holdout61 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout61/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, case order shuffled with seed 6161).

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written by hand for this corpus.
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
SEED = 6161
PREFIX = "h61"


def case(name, expect, note, files):
    """files: list of (filename, bytes | str)."""
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
    m["Message-ID"] = msgid or f"<{PREFIX}-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_{PREFIX}")
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


# ----------------------------------------------------------------- small helpers (new)
def quote(text, prefix="> "):
    """Prefix every line of text for a quoted reply."""
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def simple_html(text):
    """Very small text-to-HTML for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def T(s):
    """Dedent helper for hand-written text blocks."""
    lines = s.strip("\n").split("\n")
    ind = min((len(l) - len(l.lstrip()) for l in lines if l.strip()), default=0)
    return "\n".join(l[ind:] for l in lines) + "\n"


# ######################################################################## CASES
# Naming inside this file: p.. = expected to carry at least one risk, c.. = clean.
# The folder names written to cases/ are neutral (see main()).

# =================================================================== RISKY, batch 1

# p01 -- classic: proto PO beside a quote that shows the production tier, nothing else.
_p01_quote = pdf([
    ("h1", "QUOTATION Q-88412"),
    ("p", "Shenzhen Precision CNC Co., Ltd. - Bao'an District, Shenzhen, Guangdong, China"),
    ("p", "Customer: LumenForge Inc., Boston MA, USA - Attn: Jake Morrison"),
    ("p", "Date: 2024-04-22   Validity: 30 days   Currency: USD   Incoterm: EXW Shenzhen"),
    ("h", "Part"),
    ("p", "LF-HSG-003 rev C - enclosure housing, 6061-T6, CNC 3-axis + 4th, anodize Type II black, "
          "bead blast #120, tolerances per ISO 2768-m unless noted."),
    ("table", [
        ["Qty", "Unit price", "Amount", "Lead time"],
        ["10 pcs (proto)", "48.50", "485.00", "7 working days"],
        ["500 pcs (production)", "11.20", "5,600.00", "20 working days"],
    ]),
    ("h", "DFM feedback"),
    ("p", "1. Boss wall 1.6 mm is thin for anodize, suggest 2.5 mm. 2. Internal corner R0.5 -> R1.0 "
          "saves one tool change. 3. Thread M3x0.5 depth 6 mm OK."),
    ("p", "Payment: T/T 100% before shipment for proto; 30% deposit / 70% before shipment for "
          "production. Freight not included."),
    ("p", "Sales: Kevin Zhou  kevin.zhou@szprecision-cnc.com  +86 755 2991 0000"),
], title="Q-88412", author="Shenzhen Precision CNC")
_p01 = mail(
    "Jake Morrison <jake@lumenforge.io>", "Kevin Zhou <kevin.zhou@szprecision-cnc.com>",
    "PO 2207 - housing protos (Q-88412)", "Mon, 29 Apr 2024 16:42:10 -0400",
    T("""
    Hi Kevin,

    Thanks for the quick turnaround on the DFM notes - we moved the boss to 2.5 mm wall like you
    suggested, and rev C of the drawing is up on the portal.

    PO 2207 is below for the 10 proto housings off Q-88412 (quote attached so we're looking at
    the same thing). Anodize black Type II, no logo yet. Ship DHL Express on our account
    961234567.

      PO 2207
      Part:       LF-HSG-003 rev C, 6061-T6, CNC
      Qty:        10 pcs
      Unit:       USD 48.50      Ext: USD 485.00
      Quote ref:  Q-88412

    Need them in Boston by the 24th if at all possible, we have a customer demo the week after.

    Cheers,
    Jake
    """) + sig("Jake Morrison", "Hardware Lead", "LumenForge Inc., Boston MA", "+1 617 555 0142"),
    attachments=[("Q-88412.pdf", _p01_quote, PDF_MT)],
)
case("p01_proto_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 10 protos with the quote (10/500) attached; nothing says the 500 are not released, no unlock event, no release person",
     [("PO-2207.eml", eml_bytes(_p01))])

# p02 -- German ERP print, sample line that itself quotes the series quantity
_p02 = T("""
    Kunststofftechnik Rhein-Main GmbH              BESTELLUNG / PURCHASE ORDER
    Industriestr. 14, 63150 Heusenstamm            Nr.      4500187733
    USt-IdNr. DE 812 345 678                       Datum    06.05.2024
                                                   Seite    1 / 1
    Lieferant / Supplier: 700231
      Moldes Atlantico Lda
      Zona Industrial, 2430-028 Marinha Grande, PT
    Einkaeufer / Buyer: M. Schaefer  Tel +49 6104 5550 212

    POS  MATERIAL         BEZEICHNUNG / DESCRIPTION             MENGE ME   PREIS EUR   WERT EUR
    ---- ---------------- ------------------------------------ ------ --- ---------- ----------
    010  30-22871-00 B    Gehaeuse oben / cover top PC+ABS          30 ST       14,80     444,00
                          Musterteile T1 / T1 sample parts
                          Angebot / quote AN-24-0117 v. 12.03.2024
                          Serienmenge lt. Angebot / series qty
                          per quote: 5.000 ST a 1,92 EUR
                          Liefertermin / delivery: KW 22/2024
    ---- ---------------- ------------------------------------ ------ --- ---------- ----------
                                                   Gesamtwert netto / net total   444,00 EUR

    Lieferbedingung / Incoterms 2020: FCA Marinha Grande
    Zahlungsbedingung / payment: 30 Tage netto / 30 days net
    Versand an / ship to: Wareneingang Tor 3, Heusenstamm
    Bitte Erstmusterpruefbericht (EMPB) nach VDA Band 2 beilegen.
    Please include the initial sample inspection report (VDA vol. 2) with the parts.

    Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB), Stand 01/2023.
    Our general terms of purchase (01/2023) apply. Order confirmation within 3 working days.
    """)
case("p02_erp_sample_line_series_qty", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 30 T1 samples; the line text carries the 5.000 series qty with no hold, no unlock event, no release person",
     [("BEST_4500187733.txt", _p02)])

# p03 -- Canadian PO (PDF table) quoting the production price break on the PO itself
_p03 = pdf([
    ("h1", "PURCHASE ORDER  PO-CA-10442"),
    ("p", "Northpeak Robotics Inc. - 410 Albert St, Waterloo ON N2L 3V3, Canada"),
    ("p", "Vendor: Ridgeline Sheet Metal LLC, 2200 Valley St, Dayton OH 45404, USA"),
    ("p", "Date: May 8, 2024   Terms: Net 30   Currency: USD   Ship via: UPS Ground, customs broker Livingston"),
    ("table", [
        ["Line", "Part / Rev", "Description", "Qty", "Unit USD", "Ext USD"],
        ["1", "NPR-BRK-118 / A", "Motor bracket, 16 ga CRS, clear zinc, per dwg NPR-BRK-118", "5", "62.00", "310.00"],
    ]),
    ("sp",),
    ("p", "Pricing reference: your quote RSM-24-2209 (standard lead-time tier): 5 pcs @ 62.00 and "
          "250 pcs @ 14.75."),
    ("p", "First articles: please include a FAIR (AS9102 forms 1-3 acceptable) and a photo of the "
          "hole pattern gauge check. Deburr all edges, no tool marks on the A-side."),
    ("p", "Packaging: individually bagged, label with PO, part number and rev. Certs: C of C and "
          "zinc plating cert (ASTM B633 Type III, Fe/Zn 8)."),
    ("p", "Buyer: Marc-Andre Tremblay, Purchasing, +1 519 555 0187"),
], pagesize=LETTER, title="PO-CA-10442", author="Northpeak Robotics")
case("p03_po_table_price_break", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 5 first articles that lists the 250 pcs price break on the PO, with no hold, no unlock event, no release person",
     [("PO-CA-10442.pdf", _p03)])

# p04 -- complete PO scope, but the buyer's own packaging spec in the bundle shows 2,500/delivery
_p04_po = pdf([
    ("h1", "Purchase Order 0417"),
    ("p", "Corvane Medical Ltd - St John's Innovation Centre, Cowley Road, Cambridge CB4 0WS, UK"),
    ("p", "Supplier: Castflex Prototipagem Lda, Rua da Industria 88, 4470-177 Maia, Portugal"),
    ("p", "Date: 13 May 2024   Currency: GBP   Incoterms: DAP Cambridge   Payment: 30 days EOM"),
    ("table", [
        ["Item", "Part", "Description", "Qty", "Unit GBP", "Total GBP"],
        ["1", "CVM-GRIP-07 rev 2", "Handle grip, urethane cast, Shore 70A, RAL 7035", "10", "38.00", "380.00"],
    ]),
    ("sp",),
    ("h", "Scope of this order"),
    ("p", "This PO covers 10 prototype grips only. The balance of 490 pcs from quotation "
          "Q-PT-3310 (500 pcs total) is not released by this PO. That balance can only be released "
          "after our engineering has signed off the 10 prototypes, and only by a written production "
          "release from Eleanor Briggs, Operations Director."),
    ("p", "Material authority: prototype quantity only. Please do not buy or cast material for the "
          "balance."),
    ("p", "Packaging and labelling per the attached specification PLS-022 rev 3."),
    ("p", "Buyer contact: Tom Ashworth, Procurement, +44 1223 555 019"),
], title="PO 0417", author="Corvane Medical")
_p04_spec = docx_bytes([
    ("h1", "Packaging & Labelling Specification PLS-022 rev 3"),
    ("p", "Applies to: CVM-GRIP-07 and CVM-GRIP-08 (urethane cast handle grips)."),
    ("table", [
        ["Item", "Requirement"],
        ["Primary pack", "Polybag 150 x 200 mm, 50 um, one grip per bag, no staples"],
        ["Label", "Part number, revision, supplier lot, quantity, date code (YYWW)"],
        ["Production lot size", "2,500 pcs per delivery, one lot number per delivery"],
        ["Outer carton", "250 pcs per carton, max 12 kg, double-wall, C-flute"],
        ["Pallet", "EUR pallet 1200 x 800, max height 1.2 m, stretch wrapped"],
        ["Documents", "Packing list + C of C in a document pouch on carton 1"],
    ]),
    ("p", "Cleanliness: no release agent residue visible under 2x magnification."),
    ("p", "Owner: Logistics, Corvane Medical Ltd. Controlled copy - printed copies are uncontrolled."),
], author="Corvane Medical Logistics")
case("p04_po_plus_packaging_spec", ["RG001"],
     "PO scope is complete (10 active, 490 held, sign-off + named releaser) but the bundled spec states a 2,500 pcs production lot with nothing saying it is informational",
     [("PO_0417_Corvane.pdf", _p04_po), ("PLS-022_rev3.docx", _p04_spec)])

# p05 -- three-tier quote; only the pilot balance is put on hold, the MP tier is left standing
_p05_po = pdf([
    ("h1", "PURCHASE ORDER TW-0088"),
    ("p", "Tidewell Audio Ltd, Unit 4, Baltic Works, Sheffield S1 4HA, UK"),
    ("p", "To: Dongguan Rapid Manufacturing Co., Ltd, Chang'an Town, Dongguan, China"),
    ("table", [
        ["Line", "Item", "Qty", "Unit USD", "Amount USD"],
        ["1", "TW-SPK-FRONT rev 5, ABS+PC, texture MT-11010, pilot units", "12", "21.00", "252.00"],
    ]),
    ("p", "Delivery: DHL Express, DAP Sheffield. Payment: 100% T/T on shipment."),
], title="PO TW-0088", author="Tidewell Audio")
_p05_quote = pdf([
    ("h1", "QUOTATION QT-24-0561"),
    ("p", "Dongguan Rapid Manufacturing Co., Ltd - bridge tooling / injection moulding"),
    ("p", "Customer: Tidewell Audio Ltd   Part: TW-SPK-FRONT rev 5   Material: ABS+PC (Covestro Bayblend T65)"),
    ("table", [
        ["Stage", "Qty", "Unit USD", "Tool", "Lead time"],
        ["Pilot lot", "200", "6.40 (21.00 per pc for a first split lot of 12)", "Al bridge tool USD 6,800", "T1 + 10 days"],
        ["MP", "5,000", "1.85", "P20 steel tool USD 14,500", "T1 + 25 days"],
    ]),
    ("p", "Texture MT-11010 on A-surface. Gate location per DFM report DFM-0561 page 3."),
    ("p", "Sales contact: Lily Chen, lily@dgrapid-mfg.cn"),
], title="QT-24-0561", author="Dongguan Rapid Manufacturing")
_p05 = mail(
    "Priya Nair <priya@tidewell.co.uk>", "Lily Chen <lily@dgrapid-mfg.cn>",
    "PO TW-0088 - front grille pilot units", "Tue, 14 May 2024 10:05:00 +0100",
    T("""
    Hi Lily,

    Lovely to see the T1 shots - the texture came out much better than on the old tool.

    PO TW-0088 attached for the first 12 units from the pilot stage of your quote QT-24-0561
    (I've attached the quote again for reference). Of the 200-piece pilot lot, only these 12 are
    released. The remaining 188 pilot units stay on hold until our EVT sign-off and a written
    release from me.

    Could you pack them in individual bags with the cavity number written on each? We want to
    track cavity-to-cavity variation.

    Many thanks,
    Priya
    """) + sig("Priya Nair", "Head of Product Engineering", "Tidewell Audio Ltd", "+44 114 555 0190"),
    attachments=[("PO_TW-0088.pdf", _p05_po, PDF_MT), ("QT-24-0561.pdf", _p05_quote, PDF_MT)],
)
case("p05_pilot_stage_mp_tier_open", ["RG001"],
     "12 of 200 pilot units released and the 188 pilot balance held (EVT + Priya), but the attached quote's 5,000 MP tier is never said to be informational or not released",
     [("PO_TW-0088.eml", eml_bytes(_p05))])

# p06 -- WhatsApp: PO for "the protos" with no number, no hold, no event, no person
_p06 = T("""
    [13/05/2024, 08:51:02] Quynh - HCMC Rapid: Hi Avi, quote QT-7781 sent to your email. SLA protos + the 1k run in MJF PA12, 3 lead time options
    [13/05/2024, 08:51:40] Quynh - HCMC Rapid: DFM: min wall 0.8mm on the clip, we suggest 1.2
    [13/05/2024, 09:20:15] Avi Golan: got it thx. changed clip to 1.2, rev D
    [13/05/2024, 09:22:48] Avi Golan: PO 8812 covers the SLA protos from your quote. same colour as last time, RAL 9005 matte
    [13/05/2024, 09:23:10] Quynh - HCMC Rapid: ok noted 👍 need 3D file rev D
    [13/05/2024, 09:31:54] Avi Golan: uploading now. drawing 22-0415 rev D, step file same name
    [13/05/2024, 09:40:02] Quynh - HCMC Rapid: received. ship FedEx?
    [13/05/2024, 09:40:37] Avi Golan: yes FedEx IP, our account number is on the PO
    [13/05/2024, 09:41:05] Quynh - HCMC Rapid: ok. protos ready Thu, ship Fri
    [13/05/2024, 09:41:30] Avi Golan: 🙏
    """)
case("p06_whatsapp_protos_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "chat PO covers 'the SLA protos' (no count) while the quote also has a 1k run; nothing held, no unlock event, no release person",
     [("WhatsApp Chat with HCMC Rapid.txt", _p06)])

# p07 -- DVT PO priced as 1 LOT, MP tooling mentioned, no scope wording at all
_p07_po = pdf([
    ("h1", "PURCHASE ORDER 5512"),
    ("p", "Hollowcrest Labs, 1100 Dexter Ave N, Seattle WA 98109"),
    ("p", "Vendor: Saigon Precision Mould JSC, Lot C3, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam"),
    ("table", [
        ["#", "Description", "Qty", "UoM", "Amount USD"],
        ["1", "DVT build, HC-LID-02 rev B, PC/ABS black, per quote SQ-2404-19", "1", "LOT", "3,850.00"],
    ]),
    ("p", "Ship: FedEx IP, account 3399-1200-4. Include FAI report and cosmetic photos (D65 booth)."),
    ("p", "Payment: Net 45 from receipt of goods."),
], pagesize=LETTER, title="PO 5512", author="Hollowcrest Labs")
_p07_text = T("""
    Hi Minh,

    Great to hear the T1 shots look clean! Attached is PO 5512 for the DVT build from your quote
    SQ-2404-19.

    Could you send the FAI report with the parts, plus the cosmetic photos under the D65 booth?
    The MP tooling changes (gate vestige on the lid, the sink mark near boss 4) we can talk
    through on Thursday's call.

    Thanks so much,
    Megan
    """) + sig("Megan Tran", "Sourcing Manager", "Hollowcrest Labs", "+1 206 555 0133")
_p07 = mail(
    "Megan Tran <megan@hollowcrest.com>", "Minh Nguyen <minh.nguyen@saigonmould.vn>",
    "PO 5512 - DVT build", "Wed, 15 May 2024 17:12:44 -0700", _p07_text, html=simple_html(_p07_text),
    attachments=[("PO_5512.pdf", _p07_po, PDF_MT)],
)
case("p07_dvt_po_one_lot", ["RG003", "RG004", "RG005", "RG010"],
     "DVT PO priced as '1 LOT' (no unit count) ahead of MP; never says MP is not released, no unlock event, no release person",
     [("PO_5512_DVT.eml", eml_bytes(_p07))])

# p09 -- Slack: 'released' for finance and PDM; rest parked with no event and no person
_p09 = T("""
    #ext-forgepoint-northpeak  (Slack Connect export, 2024-06-03)

    [09:14] Hannah Okafor: morning! PO 7731 got released by finance this morning 🎉
    [09:15] Hannah Okafor: and rev B of the manifold drawing is released in PDM, link in the canvas
    [09:17] Luis Romero (Forgepoint): awesome. so we're good to cut the 5 protos?
    [09:20] Hannah Okafor: yes, 5 protos only. the rest of the 60 from your quote is parked until our proto sign-off and a written production release from our side
    [09:21] Luis Romero (Forgepoint): 👍 cutting Wednesday, anodize Friday, ships Monday
    [09:22] Hannah Okafor: perfect. DHL account is on the PO. can you engrave the serials on the bottom face? S/N 001-005
    [09:25] Luis Romero (Forgepoint): sure, 2mm font, laser
    [09:26] Hannah Okafor: 🙌
    """)
case("p09_slack_released_twice", ["RG005", "RG009"],
     "'released' used for finance PO approval, PDM drawing release and production release; 55 held until sign-off + written release, but 'our side' names no releaser",
     [("slack_ext-forgepoint_2024-06-03.txt", _p09)])

# p10 -- go ahead with the sample lot (no count); 'approved' for samples and for budget
_p10_text = T("""
    Hi Joana,

    Thanks for the DFM feedback - we thickened the snap fits to 1.4 mm as you suggested, file rev 4
    is attached.

    Please go ahead with the sample lot per your quote Q-2291: grey dyed, vapour smoothed, no
    bead blast on the lens window.

    The production quantity stays on hold. It only moves once the samples are approved by our
    mechanical team and the budget for the run is approved by our CFO; after that the written
    production release comes from me, nobody else.

    Delivery DDP Tel Aviv, please use our DHL account 950 111 222.

    Toda,
    Tomer
    """) + sig("Tomer Ben-David", "Hardware Lead", "Quantiq Sensing Ltd, Tel Aviv", "+972 3 555 0177")
_p10 = mail(
    "Tomer Ben-David <tomer@quantiq.co.il>", "Joana Ferreira <joana@lisbonadditive.pt>",
    "Re: Q-2291 - PA12 enclosures", "Thu, 16 May 2024 11:30:00 +0300", _p10_text,
    attachments=[("QX-ENC-11_rev4.txt", "STEP file uploaded to the customer portal, see link in job QX-ENC-11.\n", "text/plain")],
)
case("p10_go_ahead_sample_lot_no_count", ["RG009", "RG010"],
     "sample lot authorized without a number; 'approved' used for the sample review and for the budget",
     [("Re_Q-2291_PA12_enclosures.eml", eml_bytes(_p10))])

# p11 -- call-off page: quantity 'as per schedule', schedule not in the bundle
_p11 = html_page("Call-off CO-4400-118-04", T("""
    <h2>Kallisto Systems GmbH - Supplier Portal</h2>
    <h3>Call-off CO-4400-118-04</h3>
    <table>
    <tr><th>Blanket PO</th><td>4400-118</td></tr>
    <tr><th>Supplier</th><td>Plasticos do Lis Lda, Leiria, Portugal</td></tr>
    <tr><th>Part</th><td>KS-CLIP-220 rev C, PA66-GF30 black</td></tr>
    <tr><th>Quantity</th><td>as per delivery schedule (attachment 2)</td></tr>
    <tr><th>Delivery</th><td>CW 27/2024, DAP Stuttgart, Tor 2</td></tr>
    <tr><th>Incoterms</th><td>DAP (Incoterms 2020)</td></tr>
    </table>
    <p class="note">This call-off releases the quantity in the attached delivery schedule for
    production and delivery in CW 27. All other quantities under blanket PO 4400-118 remain on hold.
    They are released only by the next call-off, signed by Friederike Haas (Supply Chain Lead).</p>
    <p>Material authority: the quantity of this call-off only.</p>
    <p>Please confirm this call-off in the portal within 2 working days.</p>
    <p style="color:#777">Kallisto Systems GmbH, Heilbronner Str. 150, 70191 Stuttgart - Amtsgericht Stuttgart HRB 765432</p>
    """))
case("p11_calloff_qty_per_schedule", ["RG010"],
     "call-off says it releases 'the quantity in the attached schedule' but the schedule is not there; hold, event and person are fine",
     [("CO-4400-118-04.html", _p11)])

# p12 -- quoted thread: complete PO scope, then 'you're good to run'
_p12_po = T("""
    PO 3305 - Vantor Aerospace, to Cascade Titanium Machining
    Part AX-09-114 rev E, Ti-6Al-4V (AMS 4928), CNC 5-axis
    Quantity on this PO: 8 first articles.
    The remaining 142 pcs of quote Q-1190 are NOT released by this PO. They are released only by
    a written release from Rachel Stein (Director of Operations) after our first-article sign-off.
    Material authority: first-article quantity only.
    FAIR per AS9102 required with shipment.
    """)
_p12_sup = T("""
    Hi Rachel, hi Dan,

    FAIR attached (AS9102 forms 1-3), all 46 characteristics in tolerance, CMM report and
    material certs (heat 7Y2231) included. Parts ship tomorrow by FedEx Priority.

    OK to continue?

    Brett Halvorsen
    Program Manager, Cascade Titanium Machining, Kent WA
    """)
_p12_text = (T("""
    Looks great, you're good to run. Thanks for the fast work on this one, Brett.

    Dan
    """) + sig("Dan Kessler", "Mechanical Engineer", "Vantor Aerospace, Everett WA", "+1 425 555 0166")
    + "\nOn Tue, May 21, 2024 at 3:02 PM Brett Halvorsen <brett@cascadeti.com> wrote:\n"
    + quote(_p12_sup + "\n-----Original Message-----\nFrom: Rachel Stein <rachel.stein@vantor-aero.com>\n"
            "Sent: Thursday, May 2, 2024 9:10 AM\nSubject: PO 3305\n\n" + _p12_po) + "\n")
_p12 = mail(
    "Dan Kessler <dan.kessler@vantor-aero.com>", "Brett Halvorsen <brett@cascadeti.com>",
    "RE: PO 3305 - FAIR", "Tue, 21 May 2024 16:40:12 -0700", _p12_text,
    cc="Rachel Stein <rachel.stein@vantor-aero.com>", in_reply_to="<h61-cascade-0521@cascadeti.com>",
)
case("p12_thread_good_to_run", ["RG002"],
     "PO scope is complete in the quoted thread, but the engineer's reply 'you're good to run' names neither sample-only nor a quantity",
     [("RE_PO_3305_FAIR.eml", eml_bytes(_p12))])

# p13 -- platform order page: DFM message 'go ahead'
_p13 = html_page("Order HX-55817 - status", T("""
    <h2>Hexaline Manufacturing - Order HX-55817</h2>
    <p>Customer: Calder Robotics Inc. (Hannah Cole) &middot; Process: sheet metal, laser + brake &middot;
    Lead-time tier: Standard (8 business days)</p>
    <table>
    <tr><th>Line</th><th>Part</th><th>Material</th><th>Finish</th><th>Qty</th><th>Unit</th></tr>
    <tr><td>1</td><td>CR-PANEL-22 rev 3</td><td>5052-H32, 0.090"</td><td>Powder coat, black texture</td><td>10</td><td>$41.60</td></tr>
    </table>
    <h3>Customer PO note</h3>
    <div class="note">PO 7731-B covers 10 first-article pcs only. The 200 production pcs are not released
    until FAI sign-off and a written release from Hannah Cole (Operations Manager).</div>
    <h3>Timeline</h3>
    <ul>
    <li>May 20, 09:12 - Order placed</li>
    <li>May 20, 14:30 - DFM review started</li>
    <li>May 21, 10:05 - DFM feedback sent to customer</li>
    </ul>
    <h3>Messages</h3>
    <p><b>Hexaline DFM team</b> (May 21, 10:05): Bend relief on flange 3 increased to 1.5 mm, K-factor
    0.44 applied, hole H7 moved 0.3 mm off the bend line. Please confirm.</p>
    <p><b>Hannah Cole</b> (May 21, 11:47): DFM tweaks look fine - go ahead.</p>
    <p><b>Hexaline DFM team</b> (May 21, 11:52): Thanks! Your order moves to cutting today.</p>
    <p style="color:#777">Need help? support@hexaline.example - order pages update every 15 minutes.</p>
    """))
case("p13_order_page_go_ahead", ["RG002"],
     "customer PO note is complete, but the customer's 'go ahead' on the DFM thread is unscoped",
     [("HX-55817_status.html", _p13)])

# p14 -- WhatsApp UK <-> Ningbo, 'ok green light'
_p14 = T("""
    [02/05/2024, 10:02] Oliver Grant: Hi Amy, PO 1182 sent by email. PO 1182 = 6 sample pcs only. The other 294 from your quote are not released until I have signed off the samples and sent a written release.
    [02/05/2024, 10:05] Amy (Ningbo Jinyu CNC): received Oliver, thank you. 6 pcs sample, 7075 anodize clear
    [02/05/2024, 10:06] Oliver Grant: correct. laser mark on the flat face please
    [09/05/2024, 16:40] Amy (Ningbo Jinyu CNC): <attached: 4 images>
    [09/05/2024, 16:40] Amy (Ningbo Jinyu CNC): samples done, photos. measuring report tomorrow
    [09/05/2024, 16:41] Amy (Ningbo Jinyu CNC): ok?
    [09/05/2024, 21:15] Oliver Grant: ok green light 👍
    [09/05/2024, 21:15] Oliver Grant: nice finish btw
    [10/05/2024, 08:30] Amy (Ningbo Jinyu CNC): thank you!! 😊
    """)
case("p14_whatsapp_green_light", ["RG002"],
     "first message scopes 6 samples with hold, event and named releaser; the later 'ok green light' is unscoped",
     [("WhatsApp Chat - Amy Ningbo Jinyu.txt", _p14)])

# p15 -- 'approved. Please proceed.' with a complete PO attached
_p15_po = pdf([
    ("h1", "Bestellung / Purchase Order 24-0391"),
    ("p", "Aurelis Robotics GmbH, Lichtenbergstr. 8, 85748 Garching bei Muenchen"),
    ("p", "Supplier: Keystone Additive Inc., 77 Industrial Pkwy, Pittsburgh PA 15205, USA"),
    ("table", [
        ["Pos", "Part", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "AR-BRKT-5 rev C", "Bracket, DMLS Ti64, HIP + machined interfaces, FAI pieces", "4", "640.00", "2,560.00"],
    ]),
    ("h", "Scope"),
    ("p", "This order covers 4 FAI pieces. The remaining 116 pcs of quote KA-5520 (120 pcs) are not "
          "released. They are released only after FAI sign-off by our engineering, by a written "
          "release signed by Katrin Vogel, Head of Supply Chain."),
    ("p", "Material authority: FAI quantity only."),
], title="PO 24-0391", author="Aurelis Robotics")
_p15_text = T("""
    Hi Carla,

    Reviewed your FAI package for the 4 DMLS brackets - approved. Please proceed.

    Thanks for the CT scan slices, very helpful.

    Beste Gruesse
    Sven
    """) + sig("Sven Albrecht", "Lead Mechanical Engineer", "Aurelis Robotics GmbH", "+49 89 5550 4471")
_p15 = mail(
    "Sven Albrecht <s.albrecht@aurelis-robotics.de>", "Carla Mendes <carla@keystoneadditive.com>",
    "AW: FAI package AR-BRKT-5 rev C", "Fri, 24 May 2024 18:05:31 +0200", _p15_text,
    html=simple_html(_p15_text), attachments=[("PO_24-0391.pdf", _p15_po, PDF_MT)],
)
case("p15_fai_approved_please_proceed", ["RG002"],
     "attached PO is complete; the engineer's 'Please proceed' after the FAI review names no quantity and no sample-only scope",
     [("AW_FAI_package_AR-BRKT-5.eml", eml_bytes(_p15))])

# p16 -- Slack: bridge tool, 'full steam ahead'
_p16 = T("""
    Slack export - channel #vendor-shenghua-tooling (shared)
    ------------------------------------------------------------
    2024-05-06 08:03  Noa Levi: Hi Jason, PO 6120 is in your inbox. It covers the aluminium soft tool + 50 T1 shots. The 3,000 MP pcs are NOT released: they need T1 sign-off from our ME team and then a written release from Yael Mizrahi (VP Ops).
    2024-05-06 08:10  Jason Wu (Shenghua): Got it Noa. Tool steel Al 7075, 1+1 family, T1 in 18 days.
    2024-05-06 08:12  Noa Levi: 👍 remember the 1.5 deg draft on the ribs
    2024-05-24 02:44  Jason Wu (Shenghua): T1 pictures uploaded to the folder. Sink mark on rib 2 fixed. Short shot on cavity 2 fixed by venting.
    2024-05-24 07:15  Noa Levi: T1 looks 🔥 - full steam ahead on your side
    2024-05-24 07:16  Jason Wu (Shenghua): 🙏🙏
    """)
case("p16_slack_full_steam_ahead", ["RG002"],
     "complete scope earlier in the channel; 'full steam ahead' after T1 photos is a go-ahead with no quantity or sample-only scope",
     [("slack_vendor-shenghua-tooling.txt", _p16)])

# =================================================================== RISKY, batch 2 (material, auto-conversion)

# p17 -- supplier bought bar for the full quantity to beat a price rise
_p17_po = T("""
    PO 20418 - Aerolys Drones Inc., Montreal QC
    Part DRN-ARM-4 rev B, 7075-T6, CNC, hard anodize 25 um
    This PO covers 10 first-article arms.
    The production balance of 390 pcs (your quote JS-7740, 400 pcs total) is not released. It is
    released only by a written release from Genevieve Roy, VP Operations, after our first-article
    sign-off. Material authority: first-article quantity only.
    """)
_p17_text = (T("""
    Hi Genevieve,

    Quick update on PO 20418: the 10 FAs are on the Haas right now, anodize Wednesday, ship
    Thursday with the FAIR.

    Heads-up on pricing: the mill raised 7075 plate and bar by 9% from June 1, so we brought in
    bar for the full 400 arms at the old price last week. It's tagged with your job number and
    we're happy to hold it here at no storage charge until you're ready.

    Let me know if you want the FAs shipped UPS or with your broker.

    Best,
    Rick
    """) + sig("Rick Dombrowski", "Owner", "Great Lakes Job Shop, Toledo OH", "+1 419 555 0121")
    + "\n-----Original Message-----\nFrom: Genevieve Roy <g.roy@aerolys.ca>\nSent: May 6, 2024\n"
    "Subject: PO 20418\n\n" + quote(_p17_po) + "\n")
_p17 = mail(
    "Rick Dombrowski <rick@greatlakesjobshop.com>", "Genevieve Roy <g.roy@aerolys.ca>",
    "RE: PO 20418 - status", "Mon, 3 Jun 2024 08:15:00 -0400", _p17_text,
    in_reply_to="<h61-aerolys-0506@aerolys.ca>",
)
case("p17_bar_for_full_qty", ["RG006"],
     "scope is complete and material authority is FA-only, yet the supplier reports bar bought for all 400",
     [("RE_PO_20418_status.eml", eml_bytes(_p17))])

# p18 -- call-off (PDF) + supplier weekly status (TXT) showing powder for the whole blanket
_p18_co = pdf([
    ("h1", "Abruf / Call-off 01 - Rahmenbestellung 4700-220"),
    ("p", "Velomotion GmbH, Schlesische Str. 27, 10997 Berlin"),
    ("p", "Supplier: Printform Additive LLC, 9100 Burleson Rd, Austin TX 78744, USA"),
    ("p", "Part: VM-CG-14 rev 2, cable guide, MJF PA12, dyed black. Blanket quantity: 2,000 pcs."),
    ("table", [
        ["Call-off", "Quantity released", "Delivery"],
        ["01", "50 pcs", "CW 23/2024, DAP Berlin"],
    ]),
    ("p", "This call-off releases 50 pcs for production. The remaining 1,950 pcs of the blanket stay "
          "on hold. They are released only by a further call-off, signed by Jonas Weber (Head of "
          "Supply Chain)."),
    ("p", "Material authority: the released quantity only (50 pcs)."),
    ("p", "Berlin, 13.05.2024 - Jonas Weber"),
], title="Call-off 01 4700-220", author="Velomotion GmbH")
_p18_status = T("""
    PRINTFORM ADDITIVE LLC - WEEKLY CUSTOMER STATUS                     WK 21 / 2024
    Customer: VELOMOTION GMBH            Blanket: 4700-220         Part: VM-CG-14 rev 2
    ==================================================================================
    ITEM                  STATUS          DETAIL
    --------------------  --------------  ---------------------------------------------
    Call-off 01 (50 pcs)  PRINTING        Build B-2211 on MJF 5210 #2, 50 pcs
    Dye / finish          QUEUED          DyeMansion black, ETA Thu
    Powder                ALLOCATED       46 kg PA12 reserved on the silo for 2,000 pcs
                                          (full blanket), 80/20 refresh, lot P12-0524
    QC                    PLANNED         CMM on 5 pcs, report with shipment
    Shipping              PLANNED         FedEx IP Fri, docs: CofC, packing list
    ----------------------------------------------------------------------------------
    Questions: ops@printform-additive.example  /  +1 512 555 0108
    """)
case("p18_calloff_and_status_powder", ["RG006"],
     "call-off releases 50 with material authority for 50 only; the supplier's status shows powder reserved for the full 2,000",
     [("Abruf_01_4700-220.pdf", _p18_co), ("Printform_status_WK21.txt", _p18_status)])

# p19 -- Slack: blanks cut for all 250 and 'just keep rolling' after proto sign-off
_p19 = T("""
    Slack Connect export - #brightkey-x-zhenhui  (times UTC-5)
    ----------------------------------------------------------------
    Mon 10:02  Marcus Hill: PO 3350 sent. PO 3350 = 10 proto brackets (BK-MNT-7 rev C, SPCC 1.5mm, black powder). The other 240 are not released until our proto sign-off + a written release from me.
    Mon 10:30  Eric Huang (Zhenhui Metal): received, thank you Marcus. 10 proto, powder black matte
    Wed 21:14  Eric Huang (Zhenhui Metal): fyi we laser cut blanks for all 250 already since the nest was on the same sheet 😊 so once you sign off the protos we just keep rolling with bending + powder, no waiting
    Wed 21:15  Eric Huang (Zhenhui Metal): protos ship tomorrow DHL
    Thu 08:40  Marcus Hill: thanks, will review the protos Monday when they land
    """)
case("p19_slack_blanks_keep_rolling", ["RG006", "RG007"],
     "supplier cut blanks for all 250 against 10 released, and says sign-off of the protos rolls straight into the rest",
     [("slack_brightkey-x-zhenhui.txt", _p19)])

# p20 -- supplier order status page: resin ordered for production
_p20 = html_page("Order MN-30917 - MoldNow", T("""
    <h2>MoldNow &middot; On-demand injection moulding</h2>
    <h3>Order MN-30917 &middot; Customer: Parkline Health Inc. (San Diego, CA)</h3>
    <table>
    <tr><th>Item</th><th>Status</th><th>Detail</th></tr>
    <tr><td>Bridge tool (Al 7075, 1 cavity)</td><td>Complete</td><td>Tool #MN-T-4471, T1 shot May 17</td></tr>
    <tr><td>T1 samples</td><td>In inspection</td><td>24 pcs, CMM + cosmetic check</td></tr>
    <tr><td>Material</td><td>Ordered</td><td>PC/ABS Cycoloy C2950, 38 kg - for 1,200 pcs (production), arriving May 30</td></tr>
    <tr><td>Shipping</td><td>Pending</td><td>UPS Worldwide Saver</td></tr>
    </table>
    <h3>Customer PO note (as received)</h3>
    <div class="note">PO 2290: 24 T1 samples. The 1,200 production pcs are not released. They are released
    only by a written release from David Park (Director of Manufacturing) after T1 sign-off.
    Material authority: T1 quantity only.</div>
    <p>Questions about your order? Reply to your account manager, Sophie Tran.</p>
    """))
case("p20_status_page_resin_ordered", ["RG006"],
     "PO note is complete with T1-only material authority; status page shows resin ordered for the 1,200 production pcs",
     [("MN-30917_order_status.html", _p20)])

# p21 -- PO note (TXT) + supplier plan (PDF) with resin procurement for 3,000
_p21_po = T("""
    PO 7702 - Medyra Ltd, Haifa, Israel  ->  Saigon Precision Mould JSC
    Date: 2024-05-09
    Item: MD-CAP-3 rev A, PC Lexan 943A clear, injection moulded

    Scope note:
    - Active quantity: 30 T1 samples.
    - The 3,000 MP pcs on quote SQ-2405-02 are not released by this PO.
    - They are released only by a written release from Dr. Rivka Adler, VP R&D, after our T1
      sign-off (dimensional + biocompatibility check).
    - Until then: mould the 30 T1 samples, ship them, and wait.

    Ship: DHL Express, DAP Haifa. Payment 30 days after receipt.
    """)
_p21_plan = pdf([
    ("h1", "Project plan - MD-CAP-3 / Medyra"),
    ("p", "Saigon Precision Mould JSC - prepared by Project Engineering, rev 1, 2024-05-12"),
    ("table", [
        ["Week", "Activity", "Qty", "Owner"],
        ["W20", "Tool steel NAK80 received, machining", "-", "Tooling"],
        ["W21", "Tool trial T1", "30 pcs", "Moulding"],
        ["W22", "Resin procurement Lexan 943A (45 kg)", "for 3,000 pcs", "Purchasing"],
        ["W22", "T1 dimensional report, ship samples", "30 pcs", "QA / Logistics"],
        ["W24", "Customer T1 feedback", "-", "Customer"],
        ["W26", "MP start (subject to customer release)", "3,000 pcs", "Production"],
    ]),
    ("p", "Risks: Lexan 943A lead time 3-4 weeks from distributor in Singapore."),
], title="MD-CAP-3 plan", author="Saigon Precision Mould")
case("p21_po_note_and_supplier_plan", ["RG006"],
     "PO scope is complete; the supplier's plan buys resin for 3,000 pcs in W22 against 30 released",
     [("PO_7702_note.txt", _p21_po), ("MD-CAP-3_plan_rev1.pdf", _p21_plan)])

# p22 -- staged authority of 200 exceeded (sheet for 600)
_p22_co = T("""
    Release 1 under PO 5530 - Harbourline Devices Ltd, Bristol
    Part HD-ENC-40 rev D, 304 stainless enclosure, 1.2 mm, brushed #4
    50 enclosures are released for production under this release.
    The remaining 550 of PO 5530 stay on hold until release 2, which only Sarah Whitmore (Head of
    Operations) signs, after our pilot-build review.
    Material authority: staged - you may buy material for up to 200 units at our liability.
    """)
_p22_text = (T("""
    Hi Sarah,

    Release 1 is on the floor: 50 enclosures laser cut, bending starts tomorrow, weld and brush
    Friday.

    Good news on cost: we bought 304 sheet for 600 units this morning. The mill gave us 12% off
    at that volume and we'll pass the saving on when release 2 comes through.

    Photos of the first bent box attached in the next mail.

    Thanks,
    Dave
    """) + sig("Dave Kowalski", "Project Manager", "Summit Sheet Metal Inc., Grand Rapids MI", "+1 616 555 0150")
    + "\nOn Mon, May 20, 2024, Sarah Whitmore <sarah.whitmore@harbourline.co.uk> wrote:\n" + quote(_p22_co) + "\n")
_p22 = mail(
    "Dave Kowalski <dave.k@summitsheetmetal.com>", "Sarah Whitmore <sarah.whitmore@harbourline.co.uk>",
    "Re: Release 1 under PO 5530", "Wed, 22 May 2024 14:21:09 -0400", _p22_text,
    in_reply_to="<h61-harbourline-0520@harbourline.co.uk>",
)
case("p22_staged_authority_exceeded", ["RG006"],
     "staged material authority is 200 units and 50 are released; the supplier bought sheet for 600",
     [("Re_Release_1_PO_5530.eml", eml_bytes(_p22))])

# p23 -- supplier order acknowledgement (DOCX): acceptance = authority; resin for the series
_p23 = docx_bytes([
    ("h1", "Order Acknowledgement OA-24-0877"),
    ("p", "Dongguan Hengtai Precision Plastics Co., Ltd - Qiaotou Town, Dongguan, Guangdong"),
    ("p", "Customer: Brandt Elektronik GmbH, Nuernberg - your PO 4500191200 dated 21.05.2024"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit EUR"],
        ["1", "BE-HSG-62 rev B", "Housing bottom, PA6-GF15, samples", "10", "9.80"],
    ]),
    ("p", "Your PO text (as received): \"10 samples only. The series quantity of 5.000 pcs is not "
          "released. It is released only by a written release from Dr. Jens Hoffmann after our sample "
          "sign-off.\""),
    ("h", "Our confirmation"),
    ("p", "We thank you for your order. Per our standard terms of sale, acceptance of this purchase "
          "order constitutes authorization for us to start manufacturing. To protect the lead time, "
          "resin for the series quantity (5.000 pcs, approx. 210 kg PA6-GF15) will be purchased upon "
          "this acknowledgement."),
    ("p", "Samples ETD: 2024-06-07 by DHL. Tool No. HT-2291 remains customer property."),
    ("p", "Sales: Grace Liu - grace.liu@hengtai-plastics.cn - +86 769 8555 0100"),
], author="Hengtai Precision Plastics")
case("p23_supplier_ack_acceptance_authorizes", ["RG006", "RG012"],
     "supplier ack treats PO acceptance as authority to manufacture and will buy resin for the 5.000 series against 10 released samples",
     [("OA-24-0877.docx", _p23)])

# p24 -- supplier: 'roll straight into the remaining 490'
_p24_po = T("""
    PO 7781 - Fenwick & Hale Ltd, Leeds
    Part FH-COV-12 rev 3, urethane cast cover, PU 8 Shore D, RAL 9016
    This PO is for 10 cast covers (samples).
    The balance of 490 pcs on quotation CP-0412 is not released. It is released only by a written
    release from Fiona Marsh, Purchasing Manager, after our sample sign-off.
    """)
_p24_text = (T("""
    Dear Fiona,

    Thank you for PO 7781, received with thanks. The 10 covers will be cast next Tuesday from the
    new silicone mould and shipped by UPS on Thursday.

    To save you time, once you sign off the samples we will roll straight into the remaining 490,
    so no further paperwork will be needed from your side. We have the mould capacity reserved
    for week 24.

    Kind regards,
    Ricardo Sousa
    Customer Service
    Castflex Prototipagem Lda, Maia, Portugal
    """) + "\n\n-----Mensagem original-----\nDe: Fiona Marsh <fiona.marsh@fenwickhale.co.uk>\n"
    "Assunto: PO 7781\n\n" + quote(_p24_po) + "\n")
_p24 = mail(
    "Ricardo Sousa <ricardo.sousa@castflex.pt>", "Fiona Marsh <fiona.marsh@fenwickhale.co.uk>",
    "RE: PO 7781", "Thu, 16 May 2024 09:44:00 +0100", _p24_text,
    html=simple_html(_p24_text), in_reply_to="<h61-fenwick-0515@fenwickhale.co.uk>",
)
case("p24_supplier_roll_straight_into_balance", ["RG007"],
     "buyer's quoted PO requires a written release; the supplier says sample sign-off rolls straight into the 490 with no paperwork",
     [("RE_PO_7781.eml", eml_bytes(_p24))])

# p25 -- buyer engineer contradicts the written-release requirement
_p25_po = T("""
    PO 88-2214 (Volterra Motors, Detroit) - Kaiyuan CNC, Suzhou
    Part VM-BUSBAR-09 rev F, C110 copper, CNC + tin plate
    Active quantity: 12 FAI pieces.
    The remaining 288 pcs (quote KY-24-310, 300 pcs) are on hold. They are released only by a
    written release from Laura Chen, Purchasing Manager, after our FAI sign-off.
    """)
_p25_text = (T("""
    Hey Wei,

    Thanks for the call this morning. One more thing: if the FAIs check out on your CMM, just keep
    going on the rest, don't wait for paperwork from purchasing. We're tight on the pack build and
    I'd rather have the parts sitting here.

    Also: please add the tin plating thickness to the FAI report (3-5 um per the drawing note 4).

    Raj
    """) + sig("Raj Patel", "Battery Pack Engineer", "Volterra Motors, Detroit MI", "+1 313 555 0117")
    + "\n> From: Laura Chen <laura.chen@volterramotors.com>\n> Date: May 10, 2024\n> Subject: PO 88-2214\n>\n"
    + quote(_p25_po) + "\n")
_p25 = mail(
    "Raj Patel <raj.patel@volterramotors.com>", "Wei Zhang <wei.zhang@kaiyuancnc.com>",
    "Re: PO 88-2214 busbars", "Tue, 14 May 2024 13:05:00 -0400", _p25_text,
    cc="Laura Chen <laura.chen@volterramotors.com>",
)
case("p25_engineer_keep_going_on_rest", ["RG007"],
     "PO requires a written release from Laura Chen; the engineer tells the supplier to continue on the rest once the FAIs pass",
     [("Re_PO_88-2214_busbars.eml", eml_bytes(_p25))])

# p26 -- PO note (TXT) + supplier quote with a sign-off-equals-release clause
_p26_po = T("""
    PURCHASE ORDER 60113                                   Ardent Medical Inc., Toronto ON
    Vendor: Mekong Moulding Co., Ltd, Binh Duong, Vietnam
    -------------------------------------------------------------------------------
    LN  PART              DESCRIPTION                          QTY   UNIT USD   EXT USD
    1   AM-VALVE-2 rev C  Valve body, PP Moplen HP548R, T1      20      4.20     84.00
    -------------------------------------------------------------------------------
    PO NOTE: 20 T1 samples only. The 2,000 production parts on quote VN-Q-0912 are not
    released by this PO. They are released only by a written release from Dr. Anika
    Sharma (Director, Product Development) after T1 sign-off.
    Ship DHL Express DAP Toronto.  Terms Net 30.
    """)
_p26_quote = pdf([
    ("h1", "QUOTATION VN-Q-0912"),
    ("p", "Mekong Moulding Co., Ltd - VSIP II, Thu Dau Mot, Binh Duong, Vietnam"),
    ("p", "Customer: Ardent Medical Inc.   Part: AM-VALVE-2 rev C   Resin: PP Moplen HP548R natural"),
    ("table", [
        ["Item", "Qty", "Unit USD", "Lead time"],
        ["Single-cavity P20 tool", "1", "5,900.00", "4 weeks to T1"],
        ["T1 samples", "20", "4.20", "with T1"],
        ["Production", "2,000", "0.62", "10 days after release"],
    ]),
    ("h", "Terms and conditions"),
    ("p", "1. Prices EXW Binh Duong, valid 45 days. 2. Tool payment 50% with order, 50% at T1. "
          "3. Texture and engraving per customer drawing. 4. Up to 2 tool modifications included."),
    ("p", "5. Customer sign-off of the T1 samples shall constitute release of the production order at "
          "the quoted production quantity; production starts within 5 days of sign-off."),
    ("p", "6. Tool life guaranteed 100,000 shots."),
], title="VN-Q-0912", author="Mekong Moulding")
case("p26_po_plus_quote_signoff_clause", ["RG007"],
     "PO is complete; the bundled supplier quote says T1 sign-off itself constitutes release of the 2,000 production order",
     [("PO_60113.txt", _p26_po), ("VN-Q-0912.pdf", _p26_quote)])

# p27 -- platform acknowledgement page: automatic start + forecast 'confirmed order'
_p27 = html_page("Order acknowledgement RX-20455", T("""
    <h2>Rapidix &middot; Order acknowledgement RX-20455</h2>
    <p>Customer: Halden Outdoor Co. (Portland, OR) &middot; Part: HO-LANTERN-BASE rev 4 &middot; Process: bridge tooling + injection moulding</p>
    <h3>Customer PO note (as received)</h3>
    <div class="note">PO HO-1187: 20 T1 samples only. The 2,000 production pcs are not released by this PO;
    they are released only by a written release from Marta Olsen (COO) after T1 sign-off.</div>
    <h3>Next steps</h3>
    <ol>
    <li>T1 samples (20 pcs) ship within 12 business days.</li>
    <li>You review and sign off the samples in your dashboard.</li>
    <li>Production of the 2,000 pcs starts automatically the next business day after your sign-off.</li>
    </ol>
    <h3>Reorder program</h3>
    <table>
    <tr><th>Item</th><th>Basis</th><th>Status</th></tr>
    <tr><td>Monthly reorder from September</td><td>your Q4 forecast (uploaded May 2)</td><td>Converted to a confirmed order - auto-ships monthly</td></tr>
    </table>
    <p style="color:#777">Rapidix Inc. &middot; This is an automated message, please do not reply.</p>
    """))
case("p27_platform_ack_auto_start_forecast", ["RG007", "RG008"],
     "supplier page says production starts automatically after sample sign-off and converts the buyer's forecast into a confirmed order",
     [("RX-20455_acknowledgement.html", _p27)])

# p28 -- chat with a Vietnamese supplier assuming continuation after sample OK
_p28 = T("""
    Microsoft Teams - chat export
    Participants: Ethan Clarke (Cascadia Bikes, Vancouver), Hoang Lan (Viet Sheet Metal Co.)
    -----------------------------------------------------------------------------------------
    5/13/2024 7:02 PM  Ethan Clarke: Hi Lan, PO 4419 is in your inbox. It covers 8 sample brackets (CB-BRK-31 rev B). The 392 production pcs from your quote are not released until I have signed off the samples and sent you a written release.
    5/13/2024 9:15 PM  Hoang Lan: Hi Ethan, received thank you. 8 samples, powder coat RAL 9005, ship by air.
    5/13/2024 9:16 PM  Hoang Lan: after you OK samples we continue mass production same week, so you get parts faster 👍
    5/14/2024 8:03 AM  Ethan Clarke: Thanks. Please use the double-wall cartons for the samples, last batch got crushed.
    5/14/2024 8:20 AM  Hoang Lan: ok noted, double wall carton
    """)
case("p28_teams_continue_mass_production", ["RG007"],
     "buyer requires a written release; the supplier states it will continue into mass production once the samples are OK'd",
     [("Teams_chat_Cascadia_VietSheetMetal.txt", _p28)])

# p29 -- PO email + supplier sales-order printout with auto-release status
_p29_text = T("""
    Hi Bob,

    Please find PO 3318 below.

    Part: QN-HOUSING-7 rev B, ABS Lustran 348, black, SPI B-2
    Active quantity: 25 T1 samples.
    The 1,500 production pcs on your quote OQ-5512 are not released by this PO. They are
    released only by a written release from Shira Katz (VP Operations) after our T1 sign-off.
    Material authority: T1 quantity only.

    Ship UPS Worldwide Expedited to our Petah Tikva office.

    Thanks,
    Shira
    """) + sig("Shira Katz", "VP Operations", "Quanta Nano Ltd, Petah Tikva, Israel", "+972 3 555 0122")
_p29_po = mail(
    "Shira Katz <shira@quantanano.co.il>", "Bob Fischer <bob@ohiorapidmold.com>",
    "PO 3318 - QN-HOUSING-7 T1", "Mon, 20 May 2024 09:00:00 +0300", _p29_text,
)
_p29_so = T("""
    OHIO RAPID MOLD INC                    SALES ORDER ACKNOWLEDGEMENT          PAGE 1
    SO NO: 778120        CUST: QUANTA NANO LTD         CUST PO: 3318        DATE: 05/21/24
    -------------------------------------------------------------------------------------
    LINE  ITEM               DESCRIPTION                      QTY  UM  PRICE    STATUS
    10    QN-HOUSING-7 B     T1 SAMPLES ABS BLK SPI B-2          25  EA   18.00   OPEN
    20    QN-HOUSING-7 B     PRODUCTION ABS BLK SPI B-2       1,500  EA    2.35   AUTO-RELEASE
                                                                            ON SAMPLE APPROVAL
    -------------------------------------------------------------------------------------
    TOOL: ORM-T-0918 AL BRIDGE 1 CAV          SHIP VIA: UPS WW EXPEDITED
    TERMS: NET 30      FOB: OUR DOCK
    """)
case("p29_po_mail_plus_so_auto_release", ["RG007"],
     "PO is complete; the supplier's sales-order acknowledgement sets the 1,500 line to auto-release on sample approval",
     [("PO_3318.eml", eml_bytes(_p29_po)), ("SO_778120_ack.txt", _p29_so)])


# =================================================================== RISKY, batch 3 (conflicts, forecasts, terms, payment)

# p30 -- e-mail says 12, attached PO says 20
_p30_po = pdf([
    ("h1", "PURCHASE ORDER 3917"),
    ("p", "Outaouais Tech Inc., 45 O'Connor St, Ottawa ON K1P 1A4, Canada"),
    ("p", "Vendor: Shenzhen Lianhe 3D Technology Co., Ltd, Longhua District, Shenzhen"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit USD", "Ext USD"],
        ["1", "OT-FRAME-2 rev A", "Frame, SLS PA12, grey, sample parts", "20", "14.00", "280.00"],
    ]),
    ("p", "Ship: DHL Express DAP Ottawa, account 955 302 118. Terms: prepaid by wire."),
], pagesize=LETTER, title="PO 3917", author="Outaouais Tech")
_p30_text = T("""
    Hi Sunny,

    PO 3917 attached for the 12 sample pcs of OT-FRAME-2 rev A (SLS PA12, grey). The production
    quantity of 500 pcs from your quote LH-24-0331 is not released. It is released only by a
    written release from Claire Dubois (Operations Director) after our sample sign-off.

    Can you print the part number on the inside rib? Text file with the font is on the portal.

    Merci,
    Claire
    """) + sig("Claire Dubois", "Operations Director", "Outaouais Tech Inc.", "+1 613 555 0175")
_p30 = mail(
    "Claire Dubois <claire.dubois@outaouaistech.ca>", "Sunny Li <sunny@lianhe3d.cn>",
    "PO 3917 - OT-FRAME-2 samples", "Fri, 10 May 2024 15:20:00 -0400", _p30_text,
    html=simple_html(_p30_text), attachments=[("PO_3917.pdf", _p30_po, PDF_MT)],
)
case("p30_mail_12_po_20", ["RG011"],
     "cover e-mail authorizes 12 sample pcs, the attached PO line says 20",
     [("PO_3917_OT-FRAME-2.eml", eml_bytes(_p30))])

# p31 -- DOCX PO: table 25, text 'fifteen (15)'
_p31 = docx_bytes([
    ("h1", "Purchase Order MX-2024-118"),
    ("p", "Moxley Instruments Ltd, Unit 9 Trafford Park, Manchester M17 1HH"),
    ("p", "Supplier: Pioneer Precision Machining Inc., Charlotte NC, USA   Date: 17 May 2024"),
    ("table", [
        ["Item", "Part / rev", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "MX-BASE-40 / C", "Instrument base, 6082-T6, clear anodise, pilot units", "25", "96.00", "2,400.00"],
    ]),
    ("h", "Scope"),
    ("p", "This PO authorises fifteen (15) pilot units of MX-BASE-40 rev C. The remaining units of the "
          "300 pcs on quotation PPM-7781 are not released. They are released only by a written release "
          "from Gareth Hughes, Head of Manufacturing, after our pilot-build sign-off."),
    ("h", "Delivery"),
    ("p", "FedEx International Priority, DAP Manchester. Certificate of conformity and anodise "
          "thickness report with the shipment."),
], author="Moxley Instruments Purchasing")
case("p31_docx_po_25_vs_fifteen", ["RG011"],
     "PO table authorises 25 pilot units while the scope text authorises fifteen (15)",
     [("PO_MX-2024-118.docx", _p31)])

# p32 -- release e-mail 200, release letter 250
_p32_letter = pdf([
    ("h1", "Produktionsfreigabe Nr. 2 / Production release no. 2"),
    ("p", "Brenner Haustechnik GmbH, Industriestrasse 40, 70565 Stuttgart"),
    ("p", "To: Plasticos do Lis Lda, Leiria, Portugal - PO 4500176650, part BH-VENT-08 rev D"),
    ("table", [
        ["Field", "Value"],
        ["Released quantity (this release)", "250 pcs"],
        ["Quantity on PO 4500176650", "1,000 pcs"],
        ["Unlock event met", "Line trial sign-off LT-0412 of 06.05.2024"],
    ]),
    ("p", "The remaining quantity of PO 4500176650 stays on hold until production release no. 3, "
          "which is signed only by Markus Brenner (Leiter Einkauf)."),
    ("p", "Stuttgart, 21.05.2024 - Markus Brenner"),
], title="Produktionsfreigabe 2", author="Brenner Haustechnik")
_p32_text = T("""
    Ola Ana,

    good news: the line trial parts passed. We are releasing 200 pcs today, the release letter
    no. 2 is attached. The rest of the PO stays on hold until release no. 3 from me.

    Please keep the same packaging as for the trial parts (KLT 4314, 40 pcs per box).

    Mit freundlichen Gruessen / best regards
    Markus Brenner
    Leiter Einkauf, Brenner Haustechnik GmbH
    Tel. +49 711 5550 340
    """)
_p32 = mail(
    "Markus Brenner <m.brenner@brenner-haustechnik.de>", "Ana Costa <ana.costa@plasticosdolis.pt>",
    "Produktionsfreigabe Nr. 2 - BH-VENT-08", "Tue, 21 May 2024 10:12:00 +0200", _p32_text,
    attachments=[("Freigabe_2_BH-VENT-08.pdf", _p32_letter, PDF_MT)],
)
case("p32_release_mail_200_letter_250", ["RG011"],
     "release e-mail says 200 pcs released today, the attached release letter says 250",
     [("Freigabe_2_BH-VENT-08.eml", eml_bytes(_p32))])

# p33 -- Slack: 40 protos then 'as per the PO, 50'; forecast 'locked in'
_p33 = T("""
    #ext-ribeiro-cnc  (Slack Connect export)  Summit Trail Gear, Denver  x  Ribeiro CNC, Porto
    ------------------------------------------------------------------------------------------
    2024-05-02 14:05  Kate Sullivan: PO 5088 for 40 protos (ST-HINGE-3 rev B, 6061, black anodize) is out. The rest of the 400 on your quote isn't released until our proto sign-off and a written release from me.
    2024-05-02 14:40  Pedro Ribeiro: Obrigado Kate! 40 protos, anodize black, noted.
    2024-05-06 09:12  Kate Sullivan: quick one, can you laser the logo 8 mm instead of 10?
    2024-05-06 09:30  Pedro Ribeiro: yes no problem
    2024-05-07 16:22  Kate Sullivan: as per the PO, 50 protos by the 14th please, same finish. our field test crew grew
    2024-05-07 16:25  Pedro Ribeiro: ok 👍
    2024-05-07 16:31  Kate Sullivan: also fyi, the 2025 forecast file I sent last week for this hinge: treat it as locked in, you can book it as an order on your side
    2024-05-07 16:40  Pedro Ribeiro: great news, thank you!
    """)
case("p33_slack_40_then_50_forecast_locked", ["RG008", "RG011"],
     "buyer's PO message authorizes 40 protos, a later message says 50 'as per the PO'; the 2025 forecast is to be booked as an order",
     [("slack_ext-ribeiro-cnc.txt", _p33)])

# p34 -- call-off page: table 300, text 350
_p34 = html_page("Call-off 2 - PO 7120", T("""
    <h2>Lindqvist Medical Inc. &middot; Call-off 2 against PO 7120</h2>
    <p>Supplier: Jade River Precision Plastics, Xiamen, China &middot; Part: LM-TRAY-5 rev E, PETG thermoformed tray</p>
    <table>
    <tr><th>Call-off</th><th>Qty</th><th>Ship by</th><th>Ship to</th></tr>
    <tr><td>2</td><td>300</td><td>June 21, 2024</td><td>Lindqvist Medical, 800 Washington Ave N, Minneapolis MN</td></tr>
    </table>
    <p class="note">This call-off releases 350 pcs for production. The remaining 650 pcs of PO 7120 stay on hold
    until call-off 3, which only Rebecca Lindqvist (VP Supply Chain) signs.</p>
    <p>Cleanroom class: ISO 14644-1 Class 8 packing. Labels per LM-SPEC-012 rev 7.</p>
    """))
case("p34_calloff_table_300_text_350", ["RG011"],
     "call-off table says 300, the release text in the same document says 350",
     [("calloff_2_PO_7120.html", _p34)])

# p35 -- ERP printout: line qty 24, note says 20
_p35 = T("""
    ============================================================================
    BOREALIS ROBOTIQUE INC.                       BON DE COMMANDE / PURCHASE ORDER
    1200 rue Bouvier, Quebec QC G2K 1L9                  PO NO.  BR-55031
                                                         DATE    2024-05-15
    SUPPLIER: 40017  DALAT PRECISION CO., LTD - Thu Duc City, HCMC, Vietnam
    ============================================================================
    LN ITEM            DESCRIPTION                     QTY  UOM     UNIT    AMOUNT
    -- --------------- ------------------------------ ---- ---- -------- ---------
    01 BR-GEAR-12 A    Spur gear, POM-C, CNC, m1 z32    24   EA     7.90    189.60
    -- --------------- ------------------------------ ---- ---- -------- ---------
                                                          TOTAL USD      189.60
    NOTE / REMARQUE:
      PO FOR 20 SAMPLE PARTS ONLY. PRODUCTION QTY 1,000 (QUOTE DP-2404-88) IS NOT
      RELEASED AND STAYS ON HOLD UNTIL FURTHER NOTICE. ONLY J. TREMBLAY (DIR. OPS)
      MAY RELEASE IT.
    TERMS: NET 30 / FCA HCMC / SHIP VIA FEDEX IP ACCT 2231-8870-1
    GEAR DATA: MODULE 1, 32 TEETH, PRESSURE ANGLE 20 DEG, QUALITY DIN 3962-8
    ============================================================================
    """)
case("p35_erp_line_24_note_20", ["RG004", "RG011"],
     "PO line orders 24 while the note on the same PO says 20 sample parts only; production held 'until further notice' with a named releaser but no unlock event",
     [("BR-55031.txt", _p35)])

# p36 -- PO (PDF) 10 pcs + buyer e-mail confirming 8
_p36_po = pdf([
    ("h1", "PURCHASE ORDER 24-0777"),
    ("p", "Orbitek Space Systems Ltd, 12 HaBarzel St, Tel Aviv, Israel"),
    ("p", "Supplier: Xi'an Aero Precision Machining Co., Ltd, China"),
    ("table", [
        ["#", "Part", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "OSS-MNT-9 rev B", "Reaction wheel mount, Al 7075-T7351, sample parts", "10", "210.00", "2,100.00"],
    ]),
    ("p", "Only these 10 sample parts are released. The 140 production parts on quote XA-Q-6602 are "
          "not released; they are released only by a written release from Yossi Amar (VP Operations) "
          "after our sample sign-off."),
    ("p", "Inspection: full CMM report, material cert EN 10204 3.1."),
], title="PO 24-0777", author="Orbitek Space Systems")
_p36_text = T("""
    Hello Mr. Zhao,

    Further to our call: confirming our order of 8 sample parts of OSS-MNT-9 rev B, see PO 24-0777
    sent yesterday. Please pay attention to the flatness callout on datum A (0.02 mm).

    Best regards,
    Yossi Amar
    VP Operations, Orbitek Space Systems Ltd
    +972 3 555 0148
    """)
_p36_mail = mail(
    "Yossi Amar <yossi@orbitek.space>", "Zhao Ming <zhaoming@xaprecision.cn>",
    "OSS-MNT-9 samples", "Thu, 23 May 2024 12:00:00 +0300", _p36_text,
)
case("p36_po_10_mail_8", ["RG011"],
     "the PO releases 10 sample parts, the buyer's follow-up e-mail confirms an order of 8",
     [("PO_24-0777.pdf", _p36_po), ("OSS-MNT-9_samples.eml", eml_bytes(_p36_mail))])

# p37 -- buyer e-mail: forecast 'our firm commitment'
_p37_text = T("""
    Hi Thanh,

    Thanks for turning the samples around so quickly. PO 9051 covers the 15 sample pcs of
    SV-KNOB-4 rev C. The 485 production pcs on your quote are not released yet: they are released
    only by a written release from me after our sample sign-off.

    Looking further out: please take the 2025 forecast for this knob (in last week's planning
    file) as our firm commitment, so you can reserve the lathe capacity for us.

    Cheers,
    Ryan
    """) + sig("Ryan Cho", "Head of Operations", "Sonavox Inc., San Jose CA", "+1 408 555 0131")
_p37 = mail(
    "Ryan Cho <ryan@sonavox.com>", "Thanh Pham <thanh@hanoiprecision.vn>",
    "PO 9051 + 2025 outlook", "Wed, 29 May 2024 18:00:00 -0700", _p37_text, html=simple_html(_p37_text),
)
case("p37_forecast_firm_commitment", ["RG008"],
     "sample PO is complete; the 2025 forecast is declared a firm commitment",
     [("PO_9051_2025_outlook.eml", eml_bytes(_p37))])

# p38 -- supplier acknowledgement (PDF) booking a forecast as a firm order
_p38 = pdf([
    ("h1", "Confirmation of Order"),
    ("p", "Ningbo Haishu Metal Stamping Co., Ltd - Ningbo, Zhejiang, China"),
    ("p", "To: Weston Appliance Components Ltd, Coventry, UK   Attn: Helen Brooks"),
    ("p", "Ref: your forecast letter FC-2025-03 dated 02.05.2024, part WA-CLIP-17 rev B"),
    ("table", [
        ["Part", "Description", "Qty", "Basis"],
        ["WA-CLIP-17 rev B", "Spring clip, 65Mn, zinc-nickel", "3,000 pcs", "annual forecast 2025"],
    ]),
    ("p", "We confirm receipt of your order for 3,000 pcs and have booked it as a firm order in our "
          "production planning for Q1 2025. Progressive die PD-117 is reserved for your parts."),
    ("p", "Stamping lead time: 15 days. Packing: 500 pcs per carton, VCI bag."),
    ("p", "Yours faithfully, Sales Dept. - Anna Xu"),
], title="Order confirmation WA-CLIP-17", author="Ningbo Haishu Metal Stamping")
case("p38_supplier_books_forecast_as_order", ["RG008"],
     "supplier confirms an 'order' for 3,000 pcs that is the buyer's annual forecast, booked as firm",
     [("Confirmation_WA-CLIP-17.pdf", _p38)])

# p39 -- DOCX RFQ that makes the forecast binding
_p39 = docx_bytes([
    ("h1", "Request for Quotation RFQ-2024-031"),
    ("p", "Kessler Medizintechnik GmbH, Tuttlingen - Strategic Purchasing"),
    ("p", "Part: KM-HANDLE-3 rev A, surgical handle insert, PEEK, CNC or injection moulded (please quote both)."),
    ("table", [
        ["Stage", "Quantity", "Requested"],
        ["Prototypes", "10 pcs", "price + lead time"],
        ["Pilot", "200 pcs", "price + lead time"],
        ["Annual volume (forecast)", "20,000 pcs", "price per 1,000"],
    ]),
    ("p", "The annual forecast of 20,000 pcs constitutes our binding purchase commitment for 2025 and "
          "will be called off monthly in equal lots."),
    ("p", "Please include: DFM feedback, tooling cost (soft tool and production tool separately), "
          "material certificates (USP Class VI), and your ISO 13485 certificate."),
    ("p", "Deadline for quotes: 7 June 2024. Contact: Lena Kessler, l.kessler@kessler-mt.de"),
], author="Kessler Medizintechnik Purchasing")
case("p39_rfq_forecast_binding", ["RG008"],
     "RFQ states the annual forecast of 20,000 pcs is a binding purchase commitment",
     [("RFQ-2024-031.docx", _p39)])

# p40 -- 'approved' for FAI and for finance in one message
_p40_text = T("""
    Hi Mike,

    Quick update from our side: the 10 FAI parts are approved by Dr. Levi's team (dimensional and
    fit on the optical bench both fine). Finance also approved the PO amendment for the hard
    anodize change yesterday, so you'll see PO 6630 rev 1 in your inbox.

    The 190 production pcs are still on hold. They move only with a written production release
    from me, which I'll send once the cleaning validation report is in.

    Shalom,
    Efrat
    """) + sig("Efrat Shani", "Operations Manager", "Lumora Optics Ltd, Rehovot, Israel", "+972 8 555 0160")
_p40 = mail(
    "Efrat Shani <efrat@lumoraoptics.co.il>", "Mike Brennan <mike@precisionworksaz.com>",
    "PO 6630 - FAI result", "Sun, 26 May 2024 10:30:00 +0300", _p40_text,
)
case("p40_fai_approved_finance_approved", ["RG009"],
     "'approved' used both for the FAI technical result and for finance's commercial sign-off; scope is otherwise complete",
     [("PO_6630_FAI_result.eml", eml_bytes(_p40))])

# p41 -- ECN memo with 'released' in three senses
_p41 = pdf([
    ("h1", "Engineering Change Notice ECN-0231"),
    ("p", "Whitfield Fluidics Ltd, Abingdon, Oxfordshire - to: Kowloon Precision Parts Ltd (supplier)"),
    ("table", [
        ["Item", "Status"],
        ["Drawing 4471-200 rev D (port thread changed to G1/4)", "Released in PLM on 3 June 2024"],
        ["PO 8812 rev 1 (adds rev D, 10 FAI pcs)", "Released by Purchasing on 4 June 2024"],
        ["400 production units", "Release pending - see below"],
    ]),
    ("p", "PO 8812 rev 1 covers 10 FAI pcs to rev D. The 400 production units are not released. "
          "Release of the 400 follows after FAI sign-off, by a written release from James Whitfield "
          "(Managing Director)."),
    ("p", "Please scrap remaining rev C blanks; the scrap cost is covered by PO 8812 rev 1 line 2."),
], title="ECN-0231", author="Whitfield Fluidics")
case("p41_ecn_released_three_ways", ["RG009"],
     "'released' means a PLM drawing release, a purchasing PO release and the production release in one notice",
     [("ECN-0231.pdf", _p41)])

# p42 -- supplier acknowledgement using 'approval' for quote and for samples
_p42 = docx_bytes([
    ("h1", "Confirmacao de Encomenda / Order Acknowledgement"),
    ("p", "Moldes Atlantico Lda, Marinha Grande, Portugal - ref. ACK-24-1120"),
    ("p", "Customer: Hofmann Geraetebau GmbH, Kassel - PO 4500192233 of 14.05.2024"),
    ("p", "Thank you for your approval of our quotation CQ-118. PO 4500192233 is received and entered."),
    ("p", "Your PO text as received: \"8 samples of HG-COVER-5 rev A only. The 1.200 series parts are "
          "not released. They are released only by a written release from Petra Hofmann after our "
          "sample sign-off.\""),
    ("p", "We will submit the 8 samples for your approval by 14 June 2024, together with the "
          "dimensional report and the material certificate."),
    ("table", [
        ["Item", "Qty", "Date"],
        ["HG-COVER-5 rev A samples", "8", "14.06.2024"],
    ]),
    ("p", "Com os melhores cumprimentos, Rui Carvalho - Customer Service"),
], author="Moldes Atlantico")
case("p42_ack_approval_quote_and_samples", ["RG009"],
     "supplier uses 'approval' for the commercial acceptance of the quote and for the technical sample review",
     [("ACK-24-1120.docx", _p42)])

# p43 -- buyer: 'AP paid your proforma, nothing is holding up the production parts'
_p43_first = T("""
    Hi Jenny,

    PO 2231 attached for the first-article parts of GL-PUMP-4 rev C (316L, CNC, passivated).
    The production parts stay on hold until our FA sign-off and a written release from me.

    Ross
    """)
_p43_text = (T("""
    Hi Jenny,

    AP paid your proforma this morning, so nothing is holding up the production parts anymore -
    let's get them moving.

    Ross
    """) + sig("Ross Mackenzie", "Operations Lead", "Glenlyon Fluid Systems, Edinburgh", "+44 131 555 0188")
    + "\nOn 7 May 2024, at 11:02, Ross Mackenzie <ross@glenlyonfluid.co.uk> wrote:\n\n" + quote(_p43_first) + "\n")
_p43 = mail(
    "Ross Mackenzie <ross@glenlyonfluid.co.uk>", "Jenny Wang <jenny@suzhoujinggong.com>",
    "Re: PO 2231 GL-PUMP-4", "Tue, 28 May 2024 08:45:00 +0100", _p43_text,
    in_reply_to="<h61-glenlyon-0507@glenlyonfluid.co.uk>",
)
case("p43_ap_paid_production_moving", ["RG002", "RG010", "RG012"],
     "buyer treats payment of the proforma as unlocking production ('let's get them moving', no quantity); neither message states how many parts are authorized",
     [("Re_PO_2231_GL-PUMP-4.eml", eml_bytes(_p43))])

# p44 -- supplier: deposit confirms the order, production batch queued
_p44_po = T("""
    PO 5120 - Lonestar Pet Tech, Austin TX
    Scope: aluminium bridge tool + 20 T1 samples of LP-FEEDER-LID rev 2.
    The production quantity of 800 pcs is not released by this PO. It is released only by a written
    release from Jordan Blake (COO) after our T1 sign-off.
    The 50% deposit pays for the tool; it does not release production.
    """)
_p44_text = (T("""
    Dear Jordan,

    Deposit received with thanks. As per our terms the deposit confirms the order, so your
    production batch is now in our moulding queue, starting Monday June 3.

    T1 samples will ship by DHL this Friday.

    Best regards,
    Kevin Lam
    Sales Manager, Foshan Everbright Moulding Co., Ltd
    """) + "\n\n------------------ Original ------------------\nFrom: Jordan Blake <jordan@lonestarpet.com>\n"
    "Subject: PO 5120\n\n" + quote(_p44_po) + "\n")
_p44 = mail(
    "Kevin Lam <kevin.lam@everbright-mould.cn>", "Jordan Blake <jordan@lonestarpet.com>",
    "Re: PO 5120 deposit", "Thu, 30 May 2024 10:10:00 +0800", _p44_text,
    in_reply_to="<h61-lonestar-0520@lonestarpet.com>",
)
case("p44_deposit_confirms_order_queue", ["RG012"],
     "buyer's quoted PO says the deposit does not release production; the supplier queues the production batch because the deposit arrived",
     [("Re_PO_5120_deposit.eml", eml_bytes(_p44))])

# p45 -- platform notification: deposit paid, all quantities in production
_p45_html = T("""
    <html><body style="font-family:Arial,sans-serif">
    <h2 style="color:#0a6">FabNow Project PJ-7710</h2>
    <p>Hi Chloe,</p>
    <p>Deposit invoice <b>INV-33018</b> has been paid. Your project PJ-7710 has moved to:
    <b>IN PRODUCTION (all quantities)</b>.</p>
    <table border="1" cellpadding="4" style="border-collapse:collapse">
    <tr><th>Line</th><th>Part</th><th>Qty</th><th>Status</th></tr>
    <tr><td>1</td><td>AW-SHELL-2 rev 6, SLA + paint, samples</td><td>6</td><td>In production</td></tr>
    <tr><td>2</td><td>AW-SHELL-2 rev 6, urethane cast, production</td><td>250</td><td>In production</td></tr>
    </table>
    <p>Customer PO note: <i>PO AW-311 covers the 6 samples only. The 250 cast shells are not released;
    they are released only by a written release from Chloe Barnes after our sample sign-off.</i></p>
    <p>Track your order: fabnow.example/projects/PJ-7710</p>
    <p style="color:#888;font-size:11px">This is an automated notification from FabNow. Please do not reply.</p>
    </body></html>
    """)
_p45_text = T("""
    FabNow Project PJ-7710

    Hi Chloe,

    Deposit invoice INV-33018 has been paid. Your project PJ-7710 has moved to:
    IN PRODUCTION (all quantities).

    Line 1  AW-SHELL-2 rev 6, SLA + paint, samples            6    In production
    Line 2  AW-SHELL-2 rev 6, urethane cast, production      250    In production

    Customer PO note: PO AW-311 covers the 6 samples only. The 250 cast shells are not released;
    they are released only by a written release from Chloe Barnes after our sample sign-off.

    Track your order: fabnow.example/projects/PJ-7710

    This is an automated notification from FabNow. Please do not reply.
    """)
_p45 = mail(
    "FabNow Notifications <noreply@fabnow.example>", "Chloe Barnes <chloe@arrowwing.co.uk>",
    "PJ-7710: deposit received - your project is in production", "Fri, 31 May 2024 06:00:00 +0000",
    _p45_text, html=_p45_html,
)
case("p45_platform_deposit_all_in_production", ["RG012"],
     "platform notification moves the held 250 cast shells into production because the deposit invoice was paid",
     [("PJ-7710_notification.eml", eml_bytes(_p45))])

# p46 -- Slack: supplier reads PO acknowledgement as clearance to run
_p46 = T("""
    Slack export - #ext-sonoran-cnc (Boulder Flight Labs x Sonoran CNC)
    --------------------------------------------------------------------
    May 13  08:30  Grace Kim: PO 1402 is in. It's for 12 FAI parts of BFL-SPAR-2 rev D. The other 588 on your quote are on hold until our FAI sign-off and a written release from me.
    May 13  09:02  Tony Alvarez (Sonoran CNC): 👍 got it
    May 14  07:45  Tony Alvarez (Sonoran CNC): PO acknowledged on our side yesterday, so per our process the job is cleared to start. Putting the full run on the Haas UMC line this week, FAIs come off first.
    May 14  07:46  Tony Alvarez (Sonoran CNC): material certs to follow
    """)
case("p46_slack_po_ack_cleared_to_start", ["RG012"],
     "supplier treats its PO acknowledgement as clearance to run the full job while 588 are on hold",
     [("slack_ext-sonoran-cnc.txt", _p46)])


# =================================================================== CLEAN, batch 1

# c01 -- supplier quote alone with proto / production tiers (no authorized quantity)
_c01 = pdf([
    ("h1", "QUOTATION SZ-Q-24-1187"),
    ("p", "Shenzhen Yuxin Precision Technology Co., Ltd - CNC machining / sheet metal / finishing"),
    ("p", "Customer: Brightwater Acoustics Ltd, Bristol, UK - Attn: Owen Price"),
    ("p", "Date: 2024-05-03   Valid: 30 days   Currency: USD   Incoterm: EXW Shenzhen"),
    ("table", [
        ["Part", "Material / finish", "Qty", "Unit USD", "Lead time"],
        ["BA-KNOB-01 rev B", "Al 6063, bead blast + anodize silver", "20 (prototype)", "9.80", "6 days"],
        ["BA-KNOB-01 rev B", "Al 6063, bead blast + anodize silver", "1,000 (production)", "1.65", "18 days"],
        ["BA-KNOB-01 rev B", "Al 6063, bead blast + anodize silver", "5,000 (production)", "1.21", "25 days"],
    ]),
    ("h", "DFM feedback"),
    ("p", "Knurl pitch 0.8 mm OK. Set screw M3x0.5 cup point, supplied loose. Cosmetic class: "
          "A-side no scratches visible at 50 cm."),
    ("h", "Notes"),
    ("p", "This quotation is an offer only. Production prices apply to orders of the stated quantity. "
          "Payment: T/T in advance for prototypes, 30/70 for production orders."),
    ("p", "Sales: Vicky Deng  vicky@yuxin-precision.cn  WeChat: vicky_yx"),
], title="SZ-Q-24-1187", author="Shenzhen Yuxin Precision")
case("c01_supplier_quote_tiers_only", [],
     "supplier quote with prototype and production tiers and no authorization in the bundle",
     [("SZ-Q-24-1187.pdf", _c01)])

# c02 -- supplier asks whether it may go ahead; buyer scope (quoted) is complete
_c02_po = T("""
    PO 6045 - Ferrovia Tools Ltd, Sheffield
    Part FT-JAW-12 rev C, 4140 pre-hard, CNC + black oxide
    This PO covers 20 sample jaws. The remaining 480 pcs of quote DN-2210 are not released; they
    are released only by a written release from Harriet Cole (Operations Director) after our
    sample sign-off. Material authority: sample quantity only.
    """)
_c02_text = (T("""
    Hi Harriet,

    The 20 sample jaws were delivered to your dock on Friday per the tracking. Has your team had
    a chance to look at them?

    Do we have a go-ahead for the 480? We'd like to book the horizontal for week 24 if it's
    coming. Nothing for the 480 has been started and no 4140 has been ordered for it.

    Thanks,
    Duc
    """) + sig("Nguyen Van Duc", "Sales Engineer", "Danang Precision Machining Co.", "+84 236 555 0102")
    + "\nOn 12 Apr 2024, Harriet Cole <harriet.cole@ferroviatools.co.uk> wrote:\n" + quote(_c02_po) + "\n")
_c02 = mail(
    "Nguyen Van Duc <duc@danangprecision.vn>", "Harriet Cole <harriet.cole@ferroviatools.co.uk>",
    "Re: PO 6045 - sample jaws delivered", "Mon, 20 May 2024 09:00:00 +0700", _c02_text,
    in_reply_to="<h61-ferrovia-0412@ferroviatools.co.uk>",
)
case("c02_supplier_asks_go_ahead", [],
     "supplier's question about a go-ahead for the 480, quoting a complete buyer scope; nothing started",
     [("Re_PO_6045_sample_jaws.eml", eml_bytes(_c02))])

# c03 -- rolling forecast, clearly labelled
_c03 = T("""
    HALDEN OUTDOOR CO.  -  ROLLING 6-MONTH FORECAST                        Issued 2024-05-15
    Supplier: Mekong Moulding Co., Ltd                                     Version: FC-24-05

    *** FOR PLANNING ONLY. THIS IS NOT A PURCHASE ORDER. IT AUTHORIZES NO PRODUCTION AND ***
    *** NO MATERIAL PURCHASE. ONLY PURCHASE ORDERS AND WRITTEN RELEASES AUTHORIZE WORK.  ***

    PART                 REV   JUN-24   JUL-24   AUG-24   SEP-24   OCT-24   NOV-24
    -------------------  ---  -------  -------  -------  -------  -------  -------
    HO-LANTERN-BASE       4        0      400      600      600      800      800
    HO-LANTERN-GLOBE      2        0      400      600      600      800      800
    HO-CLIP-SET           1        0    1,200    1,800    1,800    2,400    2,400

    Forecast accuracy last 6 months: 82%. Quantities may move +/- 30% month to month.
    Questions: planning@haldenoutdoor.example
    """)
case("c03_labelled_rolling_forecast", [],
     "forecast explicitly labelled as planning only, not an order, no production or material authority",
     [("Forecast_FC-24-05.txt", _c03)])

# c04 -- samples approved for fit check only, production not released
_c04_text = T("""
    Hi Tiago,

    The 6 SLA samples arrived this morning, thank you. They are approved for fit check only;
    production is not released.

    The remaining 294 pcs of PO 5177 stay on hold until the drop test on the fit-check samples
    passes and I send you a written production release. Please don't start them or buy material
    for them.

    The snap fit on the battery door is a bit tight - expect a small change to rev E next week.

    Best,
    Naomi
    """) + sig("Naomi Feld", "Product Manager", "Strata Wearables Ltd, London", "+44 20 5550 0134")
_c04 = mail(
    "Naomi Feld <naomi@stratawearables.co.uk>", "Tiago Almeida <tiago@portoprint3d.pt>",
    "PO 5177 - samples received", "Wed, 15 May 2024 14:10:00 +0100", _c04_text, html=simple_html(_c04_text),
)
case("c04_fit_check_only", [],
     "samples approved for fit check only, production not released, balance held until drop test and Naomi's written release",
     [("PO_5177_samples_received.eml", eml_bytes(_c04))])

# c05 -- full-quantity PO that says proceed with the full quantity
_c05 = pdf([
    ("h1", "PURCHASE ORDER 7710"),
    ("p", "Tallgrass Instruments LLC, 2600 Research Pkwy, Lawrence KS 66047"),
    ("p", "Vendor: Lakeside Machining Co., Minneapolis MN   Date: May 14, 2024   Terms: Net 30"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit", "Ext"],
        ["1", "TI-SHAFT-06 rev G", "Shaft, 303 SS, turned + ground, per dwg", "250", "$18.40", "$4,600.00"],
    ]),
    ("p", "This is a repeat part; no samples or first articles are required. This PO is for the full "
          "quantity of 250 pcs and leaves no balance. Please proceed with the full 250 pcs per your "
          "quote LM-3310."),
    ("p", "Ship UPS Ground, two partial shipments of 125 acceptable. Certs: C of C, material cert."),
    ("p", "Buyer: Dana Whitaker, +1 785 555 0109"),
], pagesize=LETTER, title="PO 7710", author="Tallgrass Instruments")
case("c05_full_qty_po_proceed", [],
     "full-quantity repeat PO for 250 with 'proceed with the full 250 pcs'; no balance",
     [("PO_7710.pdf", _c05)])

# c06 -- staged material authority above the released quantity, supplier stays within it
_c06_co = T("""
    Call-off 1 under PO 4418 - Nordlys Energy AS-UK Ltd, Aberdeen
    Part NE-BRKT-90 rev B, PA6-GF30 injection moulded
    Released for production by this call-off: 100 pcs.
    The remaining 900 pcs of PO 4418 stay on hold until call-off 2, which only Jana Novak (Supply
    Chain Manager) signs.
    Material authority: staged - you may buy material for up to 400 units at our liability.
    Material bought under this authority releases no production beyond the 100 pcs.
    """)
_c06_text = (T("""
    Hi Jana,

    Call-off 1 is running: 100 pcs moulded today, packing tomorrow.

    As agreed, we bought PA6-GF30 for 400 units under your staged material authority (lot
    GF30-2405-11, 19 kg). It sits in our store tagged to PO 4418. Nothing beyond the 100 pcs will
    be moulded until call-off 2 arrives.

    Regards,
    Hugo Pereira
    Account Manager, Injecao Norte Lda, Braga, Portugal
    """) + "\n\nOn 13/05/2024 Jana Novak <jana.novak@nordlys-energy.co.uk> wrote:\n" + quote(_c06_co) + "\n")
_c06 = mail(
    "Hugo Pereira <hugo.pereira@injecaonorte.pt>", "Jana Novak <jana.novak@nordlys-energy.co.uk>",
    "Re: Call-off 1 PO 4418", "Fri, 17 May 2024 17:30:00 +0100", _c06_text,
    in_reply_to="<h61-nordlys-0513@nordlys-energy.co.uk>",
)
case("c06_staged_material_within_authority", [],
     "call-off releases 100 with explicit staged material authority for 400; supplier bought material for exactly 400",
     [("Re_Call-off_1_PO_4418.eml", eml_bytes(_c06))])

# c07 -- explicit, recorded auto-conversion naming quantity, signer and conditions
_c07 = docx_bytes([
    ("h1", "Purchase Order 7712 - scope and auto-conversion"),
    ("p", "Ashbury Diagnostics Ltd, Milton Park, Abingdon OX14 4RY - to: Keystone Additive Inc., Pittsburgh PA"),
    ("table", [
        ["Line", "Part", "Qty", "Scope"],
        ["1", "AD-MANIFOLD-3 rev B, SLA Accura ClearVue", "20", "FAI pieces - active now"],
        ["2", "AD-MANIFOLD-3 rev B, SLA Accura ClearVue", "480", "production - on hold"],
    ]),
    ("p", "Active quantity: the 20 FAI pieces on line 1. Line 2 (480 pcs) is not released today."),
    ("h", "Auto-conversion (agreed and recorded on 2 May 2024)"),
    ("p", "If Dr. Noa Peretz, Head of Quality, signs the FAI report with the disposition 'accepted "
          "without deviation' on or before 30 June 2024, that signature by itself releases the 480 pcs "
          "on line 2. No further release document is needed for those 480 pcs."),
    ("p", "Any other disposition, or a signature after 30 June 2024, releases nothing: line 2 then "
          "stays on hold until a written release signed by Dr. Noa Peretz."),
    ("p", "Material authority: FAI quantity only until line 2 is released."),
    ("p", "Signed for Ashbury Diagnostics: Dr. Noa Peretz, Head of Quality; Oliver Hunt, Purchasing."),
], author="Ashbury Diagnostics Purchasing")
_c07_text = T("""
    Dear Carla,

    Please find attached PO 7712 with its scope page. In short: build the 20 FAI pieces now. The
    480 production pieces are on hold; the attached page records the auto-conversion we agreed on
    the phone, including who signs, which disposition counts and the deadline.

    Kind regards,
    Oliver Hunt
    Purchasing, Ashbury Diagnostics Ltd
    +44 1235 555 0143
    """)
_c07_mail = mail(
    "Oliver Hunt <oliver.hunt@ashburydx.co.uk>", "Carla Mendes <carla@keystoneadditive.com>",
    "PO 7712 - AD-MANIFOLD-3 rev B", "Thu, 2 May 2024 15:30:00 +0100", _c07_text,
    cc="Noa Peretz <noa.peretz@ashburydx.co.uk>", attachments=[("PO_7712_scope.docx", _c07, DOCX_MT)],
)
case("c07_recorded_auto_conversion", [],
     "auto-conversion is explicit and recorded: names the 480, the signer, the disposition and the deadline",
     [("PO_7712_AD-MANIFOLD-3.eml", eml_bytes(_c07_mail))])

# c08 -- old quote forwarded as rfc822, declared informational
_c08_old = mail(
    "Li Wei <liwei@hzmetalworks.cn>", "Purchasing <purchasing@kestrelmarine.com>",
    "Quotation HZ-2201 - KM-CLEAT-4", "Tue, 11 Jan 2022 10:00:00 +0800",
    T("""
    Dear Sir,

    Please find our offer for KM-CLEAT-4, 316 stainless, investment cast + polished:

      1,000 pcs  USD 6.10
      5,000 pcs  USD 4.85

    Lead time 35 days. Valid 60 days.

    Li Wei, Hangzhou Metalworks
    """),
)
_c08_text = T("""
    Hi Minh Chau,

    Welcome aboard as our new contact. For background I'm forwarding the 2022 quote we had from
    our previous supplier (attached). It is for information only: none of the quantities in it
    (1,000 or 5,000 pcs) is ordered or released, and the prices are out of date.

    What is live today is our PO 3390 to you: 50 sample cleats of KM-CLEAT-4 rev C. The 950
    production cleats on your quote VT-0419 are not released; they are released only by a written
    release from Hugo Martin (Operations Director) after our sample sign-off.

    Thanks,
    Hugo
    """) + sig("Hugo Martin", "Operations Director", "Kestrel Marine Inc., Halifax NS", "+1 902 555 0157")
_c08 = mail(
    "Hugo Martin <hugo.martin@kestrelmarine.com>", "Tran Minh Chau <chau@vietcast.vn>",
    "FW: Quotation HZ-2201 - KM-CLEAT-4 (for background only)", "Mon, 27 May 2024 11:20:00 -0300",
    _c08_text, attachments=[("rfc822", _c08_old)],
)
case("c08_old_quote_forwarded_informational", [],
     "old quote with 5,000 pcs forwarded as message/rfc822 and declared informational; live PO scope is complete",
     [("FW_Quotation_HZ-2201.eml", eml_bytes(_c08))])

# c09 -- supplier assumes auto-conversion (quoted), buyer corrects it
_c09_sup = T("""
    Hi Ben, samples ship Tuesday. Once you approve the samples we'll roll straight into the 490,
    so you get everything by end of June.
    Jun (Shenzhen Boyi Rapid)
    """)
_c09_text = (T("""
    Hi Jun,

    Please don't. Sign-off of the samples does not release anything. PO 5601 covers the 10 sample
    pcs only; the 490 stay on hold until I send a written production release after our sample
    sign-off. Material authority is for the 10 samples only. End of June is fine for us if the
    release comes through mid-June.

    Thanks,
    Ben
    """) + sig("Ben Adeyemi", "Supply Chain Manager", "Corra Devices Inc., Pittsburgh PA", "+1 412 555 0184")
    + "\nOn Fri, May 17, 2024, Jun Ma <jun@boyirapid.cn> wrote:\n" + quote(_c09_sup) + "\n")
_c09 = mail(
    "Ben Adeyemi <ben@corradevices.com>", "Jun Ma <jun@boyirapid.cn>",
    "Re: PO 5601 samples", "Fri, 17 May 2024 20:05:00 -0400", _c09_text,
    in_reply_to="<h61-boyi-0517@boyirapid.cn>",
)
case("c09_buyer_corrects_auto_conversion", [],
     "quoted supplier assumption of auto-conversion and early material, corrected by the buyer with a complete scope",
     [("Re_PO_5601_samples.eml", eml_bytes(_c09))])

# c10 -- supplier: the deposit does not release production
_c10_po = T("""
    PO 3120 - Pebble Labs Inc., Vancouver BC
    Scope: bridge tool + 30 T1 samples of PL-CASE-2 rev 3 (PC/ABS, texture MT-11020).
    The 2,970 production pcs on quote DG-5581 are not released by this PO. They are released
    only by a written release from Ines Moreau (Head of Operations) after our T1 sign-off.
    """)
_c10_text = (T("""
    Dear Ines,

    The 50% tooling deposit arrived today, thank you. Just to be clear on our side: the deposit
    covers the tool and does not release production. We will mould the 30 T1 samples, ship them,
    and wait for your written release before anything else is moulded or any production resin is
    bought.

    T1 is planned for June 10.

    Best regards,
    Helen Zhou
    Project Manager, Dongguan Grand Precision Mould Co., Ltd
    """) + "\n\n-------- Original message --------\nFrom: Ines Moreau <ines@pebblelabs.ca>\nSubject: PO 3120\n\n"
    + quote(_c10_po) + "\n")
_c10 = mail(
    "Helen Zhou <helen.zhou@grandprecisionmould.cn>", "Ines Moreau <ines@pebblelabs.ca>",
    "Re: PO 3120 - deposit received", "Tue, 21 May 2024 16:00:00 +0800", _c10_text,
    in_reply_to="<h61-pebble-0514@pebblelabs.ca>",
)
case("c10_deposit_does_not_release", [],
     "supplier states the deposit does not release production; quoted PO scope is complete",
     [("Re_PO_3120_deposit.eml", eml_bytes(_c10))])

# c11 -- supplier acknowledgement restating the hold (PDF)
_c11 = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-5531"),
    ("p", "Pacific Rim Urethane Casting Co., 1880 W 190th St, Torrance CA 90504"),
    ("p", "Customer: Ortiz Surgical Systems, El Paso TX - PO 22-118 dated 05/06/2024"),
    ("table", [
        ["Line", "Part", "Qty acknowledged", "Ship date"],
        ["1", "OSS-GRIP-2 rev C, PU 60A, first articles", "12", "05/24/2024"],
    ]),
    ("p", "We acknowledge PO 22-118 as written: 12 first articles are authorized. The balance of "
          "288 pcs is not released and stays on hold until your FAI sign-off and a written release from "
          "Mr. Daniel Ortiz. We will buy material for the 12 first articles only."),
    ("p", "Silicone master mould SM-2291 is included in the first-article price and stays customer property."),
    ("p", "Acknowledged by: Kim Nakamura, Customer Service"),
], pagesize=LETTER, title="OA-5531", author="Pacific Rim Urethane Casting")
case("c11_supplier_ack_restates_hold", [],
     "supplier acknowledgement restates 12 active, 288 held, unlock event, named releaser, material for 12 only",
     [("OA-5531.pdf", _c11)])

# c12 -- platform order confirmation for a full-quantity order
_c12 = html_page("Order confirmed - PX-88120", T("""
    <h2>Partsmith &middot; Order confirmed</h2>
    <p>Hi Lucas, thanks for your order. Here is your summary.</p>
    <table>
    <tr><th>Order</th><td>PX-88120</td></tr>
    <tr><th>Your PO</th><td>NB-2024-061</td></tr>
    <tr><th>Process</th><td>CNC machining, 3-axis</td></tr>
    <tr><th>Lead-time tier</th><td>Economy (15 business days)</td></tr>
    </table>
    <h3>Line items</h3>
    <table>
    <tr><th>Part</th><th>Material</th><th>Finish</th><th>Qty</th><th>Unit</th><th>Total</th></tr>
    <tr><td>NB-SPACER-3 rev A</td><td>Delrin 150, black</td><td>As machined</td><td>200</td><td>$3.12</td><td>$624.00</td></tr>
    </table>
    <p>Your PO note: <i>PO NB-2024-061 is for the full quantity of 200 pcs. No samples, no further quantities planned.</i></p>
    <p>Inspection: standard (ISO 2768-m). Tolerances tighter than +/-0.05 mm were flagged in DFM and accepted by you on May 8.</p>
    <p>Ships to: Northbridge Labs, 75 Sherbrooke St W, Montreal QC. Estimated ship date: May 29.</p>
    <p style="color:#777">Partsmith Inc. &middot; Order status page: partsmith.example/orders/PX-88120</p>
    """))
case("c12_platform_full_qty_confirmation", [],
     "platform confirmation of a full-quantity 200 pcs order; no balance, no payment link to production",
     [("PX-88120_confirmation.html", _c12)])

# c13 -- internal buyer chat asking whether to give the go-ahead
_c13 = T("""
    Slack export - #hw-ops (internal, Meridian Aero Robotics)
    ------------------------------------------------------------
    2024-05-22 10:14  Jonah Stein: Precision Works says the FAIs shipped. should we give them the go-ahead for the 300?
    2024-05-22 10:16  Maya Rosen: not yet. FAI sign-off first, then I send the written release. PO 4478 only covers the 20 FAIs and says the 300 are on hold
    2024-05-22 10:17  Jonah Stein: ok. I'll book the CMM for Friday
    2024-05-22 10:20  Maya Rosen: 👍 and don't tell them "looks good" on the phone, they heard that as a go last time
    2024-05-22 10:21  Jonah Stein: lol noted
    """)
case("c13_internal_chat_question", [],
     "internal buyer chat; the go-ahead is only asked about and refused until sign-off and written release",
     [("slack_hw-ops_2024-05-22.txt", _c13)])


# =================================================================== CLEAN, batch 2

# c14 -- sample PO (DOCX with table) with a complete scope note
_c14 = docx_bytes([
    ("h1", "Purchase Order CR-24-0219"),
    ("p", "Chinook Robotics Ltd, 3500 24 Ave NE, Calgary AB T1Y 6M6, Canada"),
    ("p", "Supplier: Suzhou Hengrui CNC Co., Ltd, Suzhou Industrial Park, China   Date: 16 May 2024"),
    ("table", [
        ["Line", "Part / rev", "Description", "Qty", "Unit USD", "Total USD", "Scope"],
        ["1", "CR-GEARBOX-HSG / D", "Gearbox housing, A356-T6 billet, CNC, e-coat", "8", "145.00", "1,160.00", "sample"],
    ]),
    ("h", "PO scope note"),
    ("li", "Build now: the 8 sample housings on line 1. Nothing else."),
    ("li", "Not released: the 600 pcs production quantity on your quote HR-Q-0415. That figure is our "
           "forecast, not a firm quantity."),
    ("li", "Unlock event: our sample sign-off (CMM + gear mesh test), followed by a written production "
           "release."),
    ("li", "Release authority: only Priya Sandhu, Director of Operations, can issue that release."),
    ("li", "Material authority: sample quantity only (8 housings)."),
    ("p", "Ship: FedEx IP, DAP Calgary. Documents: CMM report, material cert EN 10204 3.1, e-coat thickness."),
], author="Chinook Robotics Purchasing")
case("c14_sample_po_docx_scope_note", [],
     "sample PO with a complete scope note: 8 active, 600 forecast not released, unlock event, named releaser, sample-only material",
     [("PO_CR-24-0219.docx", _c14)])

# c15 -- ERP printout full of quantity-like identifiers, complete scope
_c15 = T("""
    ATLAS FLOW CONTROLS INC                PURCHASE ORDER             PO NO: 0045128
    4400 COMMERCE DR, HOUSTON TX 77041                              REV:   0
                                                                    DATE:  05/09/2024
    VENDOR: 100482  BINH DUONG PRECISION ENGINEERING CO LTD
    -------------------------------------------------------------------------------------
    LN  PART NO         REV  DESCRIPTION                        QTY  UOM   UNIT     EXT
    1   2500-100-01     20   VALVE STEM 316L (EN 1.4404)          16  EA   22.50   360.00
                             DRG 5000-12 REV 20, THREAD M10X1.25
                             TOL ISO 2768-MK, RA 0.8 ON SEAL DIA
                             QUOTE Q-2500 (500 EA)
    -------------------------------------------------------------------------------------
    PO NOTES:
    SAMPLE QTY 16 EA. BAL. 484 EA OF QUOTE Q-2500 NOT RELEASED - ON HOLD UNTIL
    SAMPLE SIGN-OFF AND A WRITTEN RELEASE BY K. LUND, SUPPLY CHAIN MGR.
    MATERIAL AUTHORITY: SAMPLE QTY ONLY.
    VENDOR QMS: ISO 9001:2015 CERT REQUIRED. PMI ON 2 OF 16 PCS PER ASTM E1476.
    SHIP VIA: DHL EXPRESS ACCT 965 400 118   TERMS: NET 45   FCA HCMC
    -------------------------------------------------------------------------------------
    """)
case("c15_erp_identifiers_complete_scope", [],
     "ERP sample PO with complete scope ('BAL. 484 ... NOT RELEASED') and identifiers that look like quantities",
     [("PO_0045128.txt", _c15)])

# c16 -- German production release letter, European number format
_c16 = pdf([
    ("h1", "Produktionsfreigabe Nr. 1 / Production release no. 1"),
    ("p", "Weiss Antriebstechnik GmbH, Am Hafen 12, 28217 Bremen"),
    ("p", "An / to: Moldes Atlantico Lda, Marinha Grande, Portugal"),
    ("table", [
        ["Feld / field", "Wert / value"],
        ["PO", "4500180011, part WA-GEAR-COVER-2 rev C"],
        ["Quantity on PO", "1.000 Stk / pcs"],
        ["Released by this letter", "300 Stk / pcs"],
        ["Unlock event met", "sample sign-off, EMPB signed 14.05.2024"],
        ["Remaining, on hold", "700 Stk / pcs"],
    ]),
    ("p", "This letter releases 300 pcs for production. The remaining 700 pcs stay on hold until "
          "production release no. 2. Release no. 2 is issued only after the 300 pcs have passed our "
          "incoming inspection (lot acceptance), and only by Claudia Weiss (Leitung Supply Chain)."),
    ("p", "Material authority: 300 pcs."),
    ("p", "Bremen, 22.05.2024 - Claudia Weiss, Leitung Supply Chain"),
], title="Produktionsfreigabe 1", author="Weiss Antriebstechnik")
case("c16_release_letter_eu_numbers", [],
     "written release of 300 of 1.000 pcs; 700 held until lot acceptance and release no. 2 by Claudia Weiss",
     [("Produktionsfreigabe_1_4500180011.pdf", _c16)])

# c17 -- interim disposition with quantity and date limits
_c17 = docx_bytes([
    ("h1", "Sample Disposition and Release - SD-2024-017"),
    ("p", "Karim Medical Devices Inc., Mississauga ON - Supplier: Plasticos do Lis Lda, Leiria, Portugal"),
    ("table", [
        ["Field", "Entry"],
        ["PO / part", "PO 6612 / KMD-LUER-4 rev B, PC Makrolon 2458"],
        ["Samples reviewed", "T1, 32 pcs, report PL-T1-0412"],
        ["Disposition", "INTERIM - cosmetic flow line on a non-A surface, deviation DV-0412"],
        ["Limits", "up to 150 pcs, moulded on or before 30 June 2024"],
    ]),
    ("p", "Production release: this document, signed by Ahmed Karim (release authority), releases 150 "
          "pcs of the 1,000 pcs on PO 6612, within the limits above."),
    ("p", "The remaining 850 pcs are not released. They stay on hold until the corrected tool (T2) "
          "passes sample sign-off and Ahmed Karim issues a further written release."),
    ("p", "Material authority: 150 pcs."),
    ("p", "Signed: Ahmed Karim, VP Operations - 24 May 2024"),
], author="Karim Medical Devices")
case("c17_interim_disposition_limits", [],
     "interim disposition with quantity and date limits, written release of 150 by the named authority, 850 held with unlock event",
     [("SD-2024-017.docx", _c17)])

# c18 -- supplier weekly status, material only for the released quantity
_c18 = T("""
    VIET TIEN PRECISION - WEEKLY STATUS TO CUSTOMER                      Week 22 / 2024
    Customer: Hallam Drives Ltd (UK)      PO: HD-7720      Part: HD-SHAFT-5 rev C
    ------------------------------------------------------------------------------------
    Released to date (release 1):      40 pcs
    Machined:                          40 pcs (turning done, grinding 28/40)
    Material bought:                   for 40 pcs - per your material authority
                                       "released quantity only" (EN 1.7225 bar, heat 24-1187)
    Balance 360 pcs:                   NOT STARTED. No material bought. Waiting for your
                                       written release 2 from Mr. Peter Hall.
    Shipping:                          40 pcs by DHL, ETD Fri 31 May
    ------------------------------------------------------------------------------------
    Contact: Ms. Le Thi Hoa, hoa.le@viettienprecision.vn, +84 28 5555 0199
    """)
case("c18_supplier_status_material_within_release", [],
     "supplier status: 40 released, material for 40 only, balance not started and waiting for the written release",
     [("status_HD-7720_wk22.txt", _c18)])

# c19 -- supplier sales forwards the buyer's PO (rfc822) internally
_c19_po = mail(
    "Lars Petersen <l.petersen@nordkap-sensorik.de>", "Sales <sales@mingrui-mould.cn>",
    "PO 7340 - NK-DOME-1 samples", "Mon, 13 May 2024 09:30:00 +0200",
    T("""
    Dear Ms. Lin,

    PO 7340 for NK-DOME-1 rev B (PMMA, optical grade):
    - Active quantity: 8 samples.
    - The 392 production pcs on your quote MR-2404-71 are not released.
    - They are released only by a written release from me after our sample sign-off
      (transmission + dimensional).
    - Material authority: samples only.

    Mit freundlichen Gruessen
    Lars Petersen
    Leiter Einkauf, Nordkap Sensorik GmbH, Hamburg
    """),
)
_c19_text = T("""
    Hi Zhang Wei,

    FYI, customer PO below. Only the 8 samples are released - please do not schedule the 392 or
    order PMMA for them. Sales will tell you when the customer's written release arrives.

    Lin Xiaomei
    Sales, Ningbo Mingrui Mould Co., Ltd
    """)
_c19 = mail(
    "Lin Xiaomei <lin@mingrui-mould.cn>", "Zhang Wei <zhangwei@mingrui-mould.cn>",
    "FW: PO 7340 - NK-DOME-1 samples", "Mon, 13 May 2024 17:05:00 +0800", _c19_text,
    attachments=[("rfc822", _c19_po)],
)
case("c19_internal_forward_rfc822", [],
     "supplier-internal forward of a complete buyer PO (message/rfc822) with an instruction not to schedule the 392",
     [("FW_PO_7340.eml", eml_bytes(_c19))])

# c20 -- RFQ page with several quantities and a labelled non-binding forecast
_c20 = html_page("RFQ-0592 - Lyra Acoustics", T("""
    <h2>Request for quotation RFQ-0592</h2>
    <p>From: Lyra Acoustics Inc., Brooklyn NY &middot; Contact: Sam Ortega (sam@lyraacoustics.example)</p>
    <p><b>This is a request for quotation. It is not an order and authorizes no work or material.</b></p>
    <table>
    <tr><th>Part</th><th>Process</th><th>Quote quantities</th></tr>
    <tr><td>LY-BAFFLE-1 rev A</td><td>Urethane cast or injection moulded (quote both)</td><td>10 / 100 / 1,000</td></tr>
    <tr><td>LY-GRILLE-2 rev A</td><td>Sheet metal, perforated, powder coat</td><td>10 / 100 / 1,000</td></tr>
    </table>
    <p>Estimated annual volume: 5,000 sets (non-binding forecast, for pricing only).</p>
    <p>Please include DFM feedback, tooling options (soft tool vs. production tool), lead-time tiers and
    shipping to New York. Quotes due June 7, 2024.</p>
    """))
_c20_text = T("""
    Hello,

    Lyra Acoustics is a small loudspeaker start-up in Brooklyn. We are looking for a partner for
    two parts; the RFQ is attached as a web page (RFQ-0592.html). Drawings and STEP files are in
    the shared folder linked in the RFQ.

    We are not placing an order with this e-mail. Happy to jump on a call if anything is unclear.

    Sam Ortega
    Mechanical Engineer, Lyra Acoustics Inc.
    """)
_c20_mail = mail(
    "Sam Ortega <sam@lyraacoustics.example>", "sales@viethungcast.vn",
    "RFQ-0592 - baffle + grille, quotes by June 7", "Fri, 24 May 2024 13:00:00 -0400", _c20_text,
    attachments=[("RFQ-0592.html", _c20, "text/html")],
)
case("c20_rfq_quantities_nonbinding_forecast", [],
     "RFQ with quote quantities and a forecast labelled non-binding; states it is not an order",
     [("RFQ-0592_mail.eml", eml_bytes(_c20_mail))])

# c22 -- DFM chat with numbers and identifiers, no authorization
_c22 = T("""
    WeChat chat export - "Sway Labs x Dongguan Rapid"
    ---------------------------------------------------
    2024-05-08 21:03  Alice (Dongguan Rapid): Hi Ben, DFM report for SW-PUCK-2 rev C attached. 3 points
    2024-05-08 21:04  Alice (Dongguan Rapid): 1) wall 0.5mm at the lip is too thin, suggest 1.2mm  2) Ra 1.6 on the cosmetic face needs SPI B-1 polish  3) ISO 2768-f on the boss is tight for moulding, can we use -m?
    2024-05-08 21:05  Alice (Dongguan Rapid): with 3 cavities we can do 1,000 pcs in 3 weeks once you release
    2024-05-09 07:40  Ben Carter: thanks Alice. 1.2mm ok. keep -f on the boss, it's a bearing fit
    2024-05-09 07:42  Ben Carter: we're still in EVT so nothing to order yet. can you requote with 1.2 wall and M2x0.4 heat-set inserts x4?
    2024-05-09 07:50  Alice (Dongguan Rapid): sure, new quote tomorrow
    """)
case("c22_dfm_chat_no_authorization", [],
     "DFM chat with dimensions, tolerances and a supplier capacity remark; the buyer authorizes nothing",
     [("WeChat_SwayLabs_DongguanRapid.txt", _c22)])

# c23 -- bridge tooling PO e-mail with the quote attached, production tier declared informational
_c23_quote = pdf([
    ("h1", "QUOTATION ZM-24-338"),
    ("p", "Zhongshan Meiyu Mould & Plastics Co., Ltd"),
    ("p", "Customer: Fernleaf Health Ltd, Cambridge UK   Part: FH-INHALER-CAP rev 3, PP"),
    ("table", [
        ["Item", "Qty", "Unit USD", "Lead time"],
        ["Aluminium bridge tool, 1+1", "1", "4,200.00", "3 weeks to T1"],
        ["T1 samples", "30", "3.50", "with T1"],
        ["Production", "5,000", "0.38", "12 days after release"],
    ]),
    ("p", "Tool deposit 50% with PO, balance at T1. Resin: Moplen RP348R natural."),
], title="ZM-24-338", author="Zhongshan Meiyu")
_c23_text = T("""
    Hi Cindy,

    PO FH-0733 is below, with your quote ZM-24-338 attached for reference.

    PO FH-0733
    - Aluminium bridge tool (1+1), USD 4,200.00, 50% deposit with this PO.
    - 30 T1 samples of FH-INHALER-CAP rev 3. This is the only quantity to mould now.
    - The 5,000 production pcs shown in the attached quote are for information only and are not
      released. They are released only by a written release from Ilana Ross (COO) after our T1
      sign-off.
    - Material authority: T1 samples only.
    - The tool deposit pays for the tool; it does not release production.

    Please send the T1 dimensional report with the samples.

    Best wishes,
    Ilana
    """) + sig("Ilana Ross", "COO", "Fernleaf Health Ltd, Cambridge", "+44 1223 555 071")
_c23 = mail(
    "Ilana Ross <ilana.ross@fernleafhealth.co.uk>", "Cindy Huang <cindy@meiyu-mould.cn>",
    "PO FH-0733 - bridge tool + T1", "Thu, 9 May 2024 12:45:00 +0100", _c23_text,
    html=simple_html(_c23_text), attachments=[("ZM-24-338.pdf", _c23_quote, PDF_MT)],
)
case("c23_bridge_tool_po_quote_informational", [],
     "bridge-tool PO: 30 T1 active, the quote's 5,000 declared informational and not released, unlock event, named releaser, deposit does not release",
     [("PO_FH-0733.eml", eml_bytes(_c23))])

# c24 -- revised PO explicitly replaces rev 1 (40 -> 50)
_c24_po = pdf([
    ("h1", "PURCHASE ORDER 4410 - REV 2"),
    ("p", "Carmel Photonics Ltd, Matam Park, Haifa, Israel - to: Ribeiro CNC Lda, Porto, Portugal"),
    ("p", "Rev 2 replaces rev 1 in full. Rev 1 (40 protos) is void."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "CP-LENS-MNT-3 rev B", "Lens mount, 6061-T6, black anodize, protos", "50", "38,00", "1.900,00"],
    ]),
    ("p", "Active quantity: 50 protos. The 350 production pcs on quote RC-24-091 are not released; "
          "they are released only by a written release from Dalia Mor (VP Operations) after our proto "
          "sign-off. Material authority: proto quantity only."),
], title="PO 4410 rev 2", author="Carmel Photonics")
_c24_text = T("""
    Ola Pedro,

    PO 4410 rev 2 attached. Rev 2 replaces rev 1 in full: the proto quantity changes from 40 to
    50 pcs, and rev 1 is void. Everything else stays as it was - the 350 production pcs remain
    not released until our proto sign-off and a written release from me.

    Todah / obrigada,
    Dalia
    """) + sig("Dalia Mor", "VP Operations", "Carmel Photonics Ltd, Haifa", "+972 4 555 0139")
_c24 = mail(
    "Dalia Mor <dalia@carmelphotonics.co.il>", "Pedro Ribeiro <pedro@ribeirocnc.pt>",
    "PO 4410 rev 2 - 50 protos", "Mon, 20 May 2024 08:15:00 +0300", _c24_text,
    attachments=[("PO_4410_rev2.pdf", _c24_po, PDF_MT)],
)
case("c24_revised_po_supersedes", [],
     "revised PO explicitly replaces rev 1 (40 -> 50 protos, rev 1 void); one authorized quantity, scope complete",
     [("PO_4410_rev2.eml", eml_bytes(_c24))])

# c25 -- written release of the full balance after sign-off
_c25_text = T("""
    Hi Hai,

    Written production release - PO 5561, part RT-FLANGE-8 rev C.

    Our sample sign-off was completed on May 20 (report SR-0412, signed by Dr. Amir Cohen, Quality).
    This e-mail is the written production release for the balance of 480 pcs of PO 5561. With this
    release all 500 pcs of PO 5561 are released; no quantity remains on hold.

    Material authority: 480 pcs. Delivery as per PO: two shipments of 240, weeks 25 and 27.

    Thanks for the quick samples.

    Rachel
    """) + sig("Rachel Gold", "VP Operations (release authority)", "Raleigh Thermal Inc., Raleigh NC", "+1 919 555 0126")
_c25 = mail(
    "Rachel Gold <rachel.gold@raleighthermal.com>", "Pham Van Hai <hai@saigonprecision.vn>",
    "Written production release - PO 5561", "Wed, 22 May 2024 10:00:00 -0400", _c25_text,
    html=simple_html(_c25_text),
)
case("c25_written_release_full_balance", [],
     "written release of the 480 balance after sign-off by the named authority; nothing left on hold",
     [("Release_PO_5561.eml", eml_bytes(_c25))])

# c26 -- three files: PO (TXT), supplier quote (PDF), supplier acknowledgement (EML)
_c26_po = T("""
    PURCHASE ORDER 24-1187                        Isarwerk Mobility GmbH, Muenchen
    To: Bay State Precision Machining, Woburn MA, USA          Date: 08.05.2024
    ------------------------------------------------------------------------------
    Pos  Part                  Description                    Qty   Unit USD  Total
    1    IM-AXLE-6 rev A       Axle, 17-4PH H1025, CNC         15     86.00   1,290.00
    ------------------------------------------------------------------------------
    Scope: 15 sample axles only. The 300 production pcs on your quote BSP-7712 are not
    released. They are released only after our sample sign-off, by a written release from
    Stefan Maier (Head of Operations). Material authority: sample quantity only.
    Delivery: DAP Muenchen, FedEx IP. Payment: 30 days net.
    """)
_c26_quote = pdf([
    ("h1", "Quote BSP-7712"),
    ("p", "Bay State Precision Machining - 14 Gill St, Woburn MA 01801"),
    ("p", "Customer: Isarwerk Mobility GmbH   Part: IM-AXLE-6 rev A, 17-4PH H1025"),
    ("table", [
        ["Qty", "Unit USD", "Lead-time tier"],
        ["15", "86.00", "Expedite - 8 business days"],
        ["300", "31.50", "Standard - 4 weeks"],
    ]),
    ("p", "Includes passivation per ASTM A967 and CMM report on 5 pcs. Quote valid 30 days."),
], pagesize=LETTER, title="BSP-7712", author="Bay State Precision")
_c26_ack = mail(
    "Maria Santos <maria@baystateprecision.com>", "Stefan Maier <s.maier@isarwerk.de>",
    "Acknowledgement PO 24-1187", "Thu, 9 May 2024 11:00:00 -0400",
    T("""
    Hi Stefan,

    We acknowledge PO 24-1187 as written: 15 sample axles now; the 300 production pcs are not
    released and wait for your written release after sample sign-off. We will buy 17-4PH bar for
    the 15 samples only.

    Ship date for the samples: May 21.

    Maria Santos
    Customer Service, Bay State Precision Machining
    """),
)
case("c26_three_files_po_quote_ack", [],
     "PO with complete scope, supplier quote with tiers, supplier acknowledgement restating the hold",
     [("PO_24-1187.txt", _c26_po), ("BSP-7712.pdf", _c26_quote), ("Ack_PO_24-1187.eml", eml_bytes(_c26_ack))])


# ==================================================================== MAIN (keep last)
def _safe_stem(fn):
    stem = Path(fn).stem
    stem = re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_")
    return stem


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"{PREFIX}_{i:02d}_{_safe_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}  "
          f"multi-file: {sum(1 for c in CASES if len(c['files']) > 1)}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")


if __name__ == "__main__":
    main()
