#!/usr/bin/env python3
"""Generator for the releasegate check_holdout207 corpus (laboratory furniture and fittings).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout207/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
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
    m["Message-ID"] = msgid or f"<h207-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h207")
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


def quote(text, level=1):
    """Prefix every line of text with '> ' (level times), as mail clients do."""
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def txt(s):
    return s.strip("\n") + "\n"


# ------------------------------------------------------------------ parties
# Buyers
STU = "Straits Technological University"
STU_ADDR = "Office of Estates & Procurement, 11 Kent Vale Crescent, Singapore 119260"
RPH = "Rheinfeld Pharma AG"
RPH_ADDR = "Klybeckweg 112, CH-4057 Basel"
ANS = "Al-Nour Specialized Hospital"
ANS_ADDR = "Central Clinical Laboratory, 12 El-Thawra St., Heliopolis, Cairo, Egypt"
PBR = "Piedmont Bioanalytical Research, Inc."
PBR_ADDR = "1180 Aviation Parkway, Morrisville, NC 27560, USA"
# Suppliers
LWW = "Laborbau Westerwald GmbH"
LWW_ADDR = "Industriestraße 14, 56410 Montabaur, Germany"
RSL = "Rubinetterie Sesia Lab S.r.l."
RSL_ADDR = "Via per Borgosesia 31, 13018 Valduggia (VC), Italy"
SHX = "Suzhou Huaxin Lab Equipment Co., Ltd."
SHX_ADDR = "No. 37 Weixin Road, Suzhou Industrial Park, Jiangsu 215021, China"
SLI = "Sharda Labcraft Industries Pvt. Ltd."
SLI_ADDR = "Plot 14, Industrial Area, Ambala Cantt 133006, Haryana, India"
PVL = "Považie Labtech s.r.o."
PVL_ADDR = "Priemyselná 9, 017 01 Považská Bystrica, Slovakia"

# mail addresses
HUILING = "Tan Hui Ling <huiling.tan@stu.edu.sg>"
LIMWJ = "Dr Lim Wei Jie <weijie.lim@stu.edu.sg>"
GOHBK = "Goh Boon Keng <boonkeng.goh@stu.edu.sg>"
RETO = "Reto Zürcher <reto.zuercher@rheinfeld-pharma.ch>"
KAELIN = "Beat Kälin <beat.kaelin@rheinfeld-pharma.ch>"
BUEHL = "Dr. Andrea Bühlmann <andrea.buehlmann@rheinfeld-pharma.ch>"
FATHY = "Eng. Ahmed Fathy <a.fathy@alnour-hospital.eg>"
KARIM = "Eng. Karim Hassan <k.hassan@alnour-hospital.eg>"
MONA = "Dr. Mona El-Sayed <m.elsayed@alnour-hospital.eg>"
JESS = "Jessica Harmon <jharmon@piedmontbio.com>"
TYLER = "Tyler Boone <tboone@piedmontbio.com>"
DANA = "Dana Whitfield <dwhitfield@piedmontbio.com>"
HESSE = "Jürgen Hesse <j.hesse@laborbau-westerwald.de>"
VOGT = "Katrin Vogt <k.vogt@laborbau-westerwald.de>"
MARCO = "Marco Bertolini <m.bertolini@sesialab.it>"
GIULIA = "Giulia Rinaldi <customer.service@sesialab.it>"
ELENA = "Elena Gatti <ufficio.tecnico@sesialab.it>"
LINDA = "Linda Zhou <linda.zhou@huaxin-lab.cn>"
KEVIN = "Kevin Xu <kevin.xu@huaxin-lab.cn>"
RAJESH = "Rajesh Malhotra <rajesh@shardalabcraft.in>"
SUNIL = "Sunil Bhatia <production@shardalabcraft.in>"
KOVAC = "Peter Kováč <kovac@povazie-labtech.sk>"

SIG_HUILING = sig("Tan Hui Ling", "Senior Procurement Executive, Office of Estates & Procurement", STU, "+65 6790 4412")
SIG_GOH = sig("Goh Boon Keng", "Deputy Director (Estates)", STU, "+65 6790 4400")
SIG_RETO = sig("Reto Zürcher", "Strategischer Einkauf / Strategic Buyer Lab Infrastructure", RPH + ", Basel", "+41 61 555 24 18")
SIG_KAELIN = sig("Beat Kälin", "Projektleiter Laborneubau", RPH + ", Basel", "+41 61 555 27 03")
SIG_FATHY = sig("Eng. Ahmed Fathy", "Procurement Department", ANS + ", Cairo", "+20 2 2418 7702")
SIG_KARIM = sig("Eng. Karim Hassan", "Biomedical Engineering Dept.", ANS + ", Cairo", "+20 2 2418 7745")
SIG_JESS = sig("Jessica Harmon", "Sr. Buyer, Procurement", PBR + ", Morrisville NC", "+1 919 555 0143")
SIG_TYLER = sig("Tyler Boone", "Facilities Engineer", PBR + ", Morrisville NC", "+1 919 555 0178")
SIG_HESSE = sig("Jürgen Hesse", "Vertrieb Export / Export Sales", LWW, "+49 2602 555 314")
SIG_VOGT = sig("Katrin Vogt", "Arbeitsvorbereitung / Production Planning", LWW, "+49 2602 555 322")
SIG_GIULIA = sig("Giulia Rinaldi", "Customer Service", RSL, "+39 0163 555 218")
SIG_LINDA = sig("Linda Zhou", "Sales Manager", SHX, "+86 512 6288 0417")
SIG_RAJESH = sig("Rajesh Malhotra", "Director - Exports", SLI, "+91 171 555 2640")

CASES_BY_ID: dict[str, dict] = {}
# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (ERP printout), no authorization
case("c01", [], "supplier quotation with a sample tier and two production price tiers; a quote authorizes nothing", [
    ("QT-SZHX-240611.txt", txt("""
SUZHOU HUAXIN LAB EQUIPMENT CO., LTD.            苏州华鑫实验室设备有限公司
No. 37 Weixin Road, Suzhou Industrial Park, Jiangsu 215021, China
Tel +86 512 6288 0417    sales@huaxin-lab.cn    ISO 9001:2015 cert. no. 04118Q2031R1M
==========================================================================================
QUOTATION                                              No.   : QT-SZHX-240611
                                                       Date  : 2024-06-11
                                                       Valid : 2024-08-10
To   : Straits Technological University, Office of Estates & Procurement
Attn : Ms Tan Hui Ling                                 Your ref: RFQ-STU-2024-118
Proj.: Block S16 teaching labs - sink units
------------------------------------------------------------------------------------------
Item  Part No.       Description                                Qty  Unit  Unit price SGD
  10  SU-600-EP r05  Epoxy resin sink unit 600x400x300,           3  pcs         412.00
                     19 mm resin, drainboard L, 1-1/2" waste,
                     black matt -- SAMPLE LOT
  20  SU-600-EP r05  same as item 10 -- production tier         150  pcs         286.50
  30  SU-600-EP r05  same as item 10 -- production tier 300+    300  pcs         271.00
  40  WF-150-PP      Waste fitting 1-1/2" PP with overflow        1  set          18.40
------------------------------------------------------------------------------------------
REMARKS
 1. Items 20/30 are price tiers only. This quotation is not an order confirmation.
 2. Lead time sample: 3 weeks after receipt of PO.
    Lead time production: 6-7 weeks after receipt of your written release.
 3. Chemical resistance of resin per SEFA 3-2010, 49 reagents, 24 h spot test.
 4. Incoterms FOB Shanghai. Packing: 1 pc per wooden crate, ISPM-15.
 5. Resin price valid 60 days, after that subject to adjustment.
 6. Payment terms: T/T 30% deposit with order, 70% before shipment.

Prepared by: Linda Zhou (Sales Manager)          Checked by: Kevin Xu (Project Engineer)
==========================================================================================
""")),
])

# c02 buyer RFQ with three quantity scenarios, multipart/alternative
_c02_text = """Dear Mr Malhotra,

Good day to you. STU is inviting quotation for reagent shelving for the new teaching labs at Block S14 and S16. Kindly quote for the following three scenarios:

  Scenario A: forty (40) units RS-1200-2T
  Scenario B: one hundred twenty (120) units RS-1200-2T
  Scenario C: three hundred (300) units RS-1200-2T (only if Block S16 fit-out is also confirmed)

Spec: 1200 mm, 2-tier, anodised aluminium uprights 25x25, shelf lip 12 mm, load 30 kg per tier, tested per EN 14727. Please also state your lead time for four (4) pre-production samples.

Please note this is a request for quotation only. It is not a purchase order and does not authorise any production or material purchase. The scenario quantities are for pricing only, the final quantity depends on funding.

Closing date: 28 June 2024, 5pm SGT. Kindly submit through the e-Procurement portal or reply this email.

Thank you and regards,
Hui Ling
""" + SIG_HUILING
_c02_html = html_page("RFQ-STU-2024-121", """<p>Dear Mr Malhotra,</p>
<p>Good day to you. STU is inviting quotation for reagent shelving for the new teaching labs at Block S14 and S16. Kindly quote for the following three scenarios:</p>
<table><tr><th>Scenario</th><th>Quantity</th><th>Part</th><th>Remark</th></tr>
<tr><td>A</td><td>forty (40) units</td><td>RS-1200-2T</td><td>Block S14</td></tr>
<tr><td>B</td><td>one hundred twenty (120) units</td><td>RS-1200-2T</td><td>Block S14 + S15</td></tr>
<tr><td>C</td><td>three hundred (300) units</td><td>RS-1200-2T</td><td>only if Block S16 fit-out is also confirmed</td></tr></table>
<p>Spec: 1200 mm, 2-tier, anodised aluminium uprights 25x25, shelf lip 12 mm, load 30 kg per tier, tested per EN 14727. Please also state your lead time for four (4) pre-production samples.</p>
<p class="note">Please note this is a request for quotation only. It is not a purchase order and does not authorise any production or material purchase. The scenario quantities are for pricing only, the final quantity depends on funding.</p>
<p>Closing date: 28 June 2024, 5pm SGT.</p>
<p>Thank you and regards,<br>Hui Ling<br>Senior Procurement Executive, Office of Estates &amp; Procurement<br>Straits Technological University</p>""")
case("c02", [], "buyer RFQ with three quantity scenarios, explicitly not an order and no material authority", [
    ("RFQ-STU-2024-121.eml", eml_bytes(mail(
        HUILING, RAJESH, "RFQ-STU-2024-121 Reagent shelving RS-1200-2T - three scenarios",
        "Wed, 12 Jun 2024 10:05:00 +0800", _c02_text, html=_c02_html))),
])

# c03 WhatsApp: supplier asks for go-ahead on the balance, buyer says no (scope complete above)
case("c03", [], "supplier's go-ahead question under a complete buyer scope; buyer answers no go-ahead yet", [
    ("WhatsApp_Chat_Marco_Sesia.txt", txt("""
[03.06.24, 08:41:12] Reto Zürcher: Guten Morgen Marco. PO 4700-88230 is out since Friday. Just to be very clear: it covers six (6) sample gas taps GT-N2-38 only, for the test bench in Bau 214.
[03.06.24, 08:42:30] Reto Zürcher: The other 114 taps of your offer OFF-24-0251 are NOT released. Release only after the sample sign-off by our lab, and then in writing from Dr. Andrea Bühlmann. Please buy brass only for the 6.
[03.06.24, 08:55:03] Marco Bertolini: Buongiorno Reto, clear, thank you. 6 pcs in work, shipping 14/06 with DHL Express.
[17.06.24, 16:20:44] Marco Bertolini: Reto the samples are arrived? Our planning ask me, do we have a go ahead for the 114 pcs? Brass price is going up in July 😬
[17.06.24, 16:31:10] Reto Zürcher: Arrived yes. No go ahead yet for the 114. Lab test is planned Thursday 20.06., leak test 6 bar and the colour code check EN 13792.
[17.06.24, 16:31:45] Reto Zürcher: If ok, Dr. Bühlmann sends the written release. Until then please nothing beyond the 6 samples, also no brass.
[17.06.24, 16:33:02] Marco Bertolini: Ok understood 👍 we wait
""")),
])

# c04 clearly labelled forecast (PDF, table)
case("c04", [], "demand forecast labelled non-binding, no release and no material authority", [
    ("PBR_Forecast_FY2025_Frames.pdf", pdf([
        ("h1", "Lab Fit-Out Demand Forecast FY2025"),
        ("p", "Piedmont Bioanalytical Research, Inc., 1180 Aviation Parkway, Morrisville, NC 27560"),
        ("p", "To: Považie Labtech s.r.o., attn. Peter Kováč, Sales Manager. Date: July 8, 2024. Ref: FC-FY25-003"),
        ("h", "NON-BINDING FORECAST - NOT A PURCHASE ORDER"),
        ("p", "This forecast is for your capacity planning only. It is not a purchase order, it is not a "
              "production release and it gives no material authority. Quantities can change or go to zero. "
              "Orders will follow as separate POs, each with its own written release."),
        ("table", [
            ["Part", "Description", "Q1 FY25", "Q2 FY25", "Q3 FY25", "Q4 FY25", "Total (forecast)"],
            ["BF-C1500-750 rev 04", "C-frame bench frame 1500 x 750, RAL 7035", "40", "60", "80", "40", "220"],
            ["BF-H1800 rev 2", "H-frame bench frame 1800, RAL 7035", "10", "20", "20", "10", "60"],
            ["BF-T750 rev 03", "T-leg table frame 750, RAL 9016", "0", "12", "12", "0", "24"],
        ]),
        ("sp",),
        ("p", "Basis: Building B2 (labs B2-101 to B2-124) and Building B3 lab fit-out, budget not yet "
              "committed. Frames per EN 13150, load class 150 kg/m, salt spray 240 h per ISO 9227."),
        ("p", "Contact: Jessica Harmon, Sr. Buyer, jharmon@piedmontbio.com, +1 919 555 0143"),
    ], pagesize=LETTER, title="FC-FY25-003 Demand Forecast", author="Jessica Harmon")),
])

# c05 sample sign-off record, approved for fit check only
case("c05", [], "sample sign-off: approved for fit check only, production not released, named release authority and event", [
    ("SSR-214-007.docx", docx_bytes([
        ("h1", "Sample Sign-off Record / Bemusterungsprotokoll SSR-214-007"),
        ("table", [
            ["Field", "Value"],
            ["Part", "FHS-1500-VS Rev C, vertical sliding sash 1500 mm, VSG 6.4 mm"],
            ["Supplier", "Laborbau Westerwald GmbH, Montabaur"],
            ["Order", "PO 4700-88211 - two (2) sample sashes"],
            ["Samples received", "2 pcs, S/N LW-24-1101 and LW-24-1102"],
            ["Inspection date", "12.07.2024, Bau 214, Lab 2.11"],
        ]),
        ("h", "Checks"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Sash travel force", "<= 50 N (EN 14175-2)", "38 N - OK"],
            ["Glass marking", "VSG 6.4 mm, EN 12543", "OK"],
            ["Counterweight cable", "4 mm stainless, 2 per sash", "OK"],
            ["Sash stop", "at 500 mm working height", "OK"],
            ["Face velocity test", "0.5 m/s after installation", "open - after installation in Bau 214"],
        ]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only. Production not released."),
        ("p", "This record is the engineering disposition of the two (2) samples. It releases nothing. "
              "The remaining 46 sashes of offer AN-24-0317 stay on hold. Production release needs (1) the "
              "face velocity test passed after installation and (2) a separate written release by "
              "Dr. Andrea Bühlmann, Head Lab Infrastructure. No auto-conversion is agreed for this order."),
        ("table", [
            ["Role", "Name", "Date"],
            ["Projektleiter Laborneubau", "Beat Kälin", "12.07.2024"],
            ["QA", "Sandra Frei", "12.07.2024"],
        ]),
    ], author="Beat Kälin")),
])

# c06 full-quantity portal PO, "proceed with all 40"
case("c06", [], "full-quantity PO (no sample lot, no balance) that says proceed with all 40", [
    ("PO_4500013002.html", html_page("STU e-Procurement | Purchase Order 4500013002", """
<h2>STU e-Procurement &mdash; Purchase Order 4500013002</h2>
<p>Straits Technological University, Office of Estates &amp; Procurement<br>11 Kent Vale Crescent, Singapore 119260</p>
<table>
<tr><th>PO No.</th><td>4500013002</td><th>PO Date</th><td>01-Jul-2024</td></tr>
<tr><th>Supplier</th><td>Sharda Labcraft Industries Pvt. Ltd., Ambala Cantt (Vendor 710233)</td><th>Status</th><td>Issued</td></tr>
<tr><th>Quotation</th><td>SLI/Q/24-25/061 dated 14-Jun-2024</td><th>Currency</th><td>SGD</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>10</td><td>RS-1200-2T</td><td>Reagent shelf 1200 mm, 2-tier, anodised Al uprights 25x25, EN 14727</td><td>40</td><td>EA</td><td>318.00</td><td>12,720.00</td></tr>
<tr><td>20</td><td>FRT-01</td><td>Freight &amp; insurance DAP Singapore</td><td>1</td><td>LOT</td><td>640.00</td><td>640.00</td></tr>
</table>
<p><b>Total: SGD 13,360.00</b> (excl. GST)</p>
<div class="note">This is the full and final quantity for this requirement: forty (40) reagent shelves for Block S14 Labs 03-11 to 03-14. There is no sample lot and no further balance. Supplier may proceed with all 40 units on receipt of this PO. Kindly acknowledge within 3 working days.</div>
<p>Delivery: 6 weeks from PO date. Each shelf to carry load label 30 kg/tier.<br>Buyer: Ms Tan Hui Ling, +65 6790 4412</p>
""")),
])

# c07 EDI call-off with explicit staged material authority above the released quantity
case("c07", [], "call-off releases 60 of 180, balance on hold for next call-off by named VP; staged material authority up to 180 is explicit", [
    ("EDI862_CO-0012_PBR.txt", txt("""
PIEDMONT BIOANALYTICAL RESEARCH INC -- EDI OUTBOUND PRINT                     PAGE 1
TRANSACTION 862 SHIPPING SCHEDULE / CALL-OFF        ICN 000004417     2024-08-05 14:02 EDT
SENDER   PBRMORRISVILLE          RECEIVER  POVAZIELABTECH
-----------------------------------------------------------------------------------------
ST*862*0001
BSS*05*CO-0012*20240805*DL*20240805*20241231*PBR-PO-23175
N1*ST*PIEDMONT BIOANALYTICAL RESEARCH*92*MORRISVILLE-B2
N1*SU*POVAZIE LABTECH SRO*92*PV-0093
LIN**BP*BF-H1800*EC*2
UIT*EA
FST*30*C*D*20240909
FST*30*C*D*20240923
SHP*02*0*050*20240805
REF*MA*MATL-AUTH-STAGED-180
NTE*GEN*RELEASED THIS CALL-OFF 60 EA (2 X 30). BALANCE 120 EA NOT RELEASED.
NTE*GEN*NEXT CALL-OFF AFTER INSTALL CHECK LAB B2-114, ISSUED BY DANA WHITFIELD VP OPS.
NTE*GEN*MATERIAL AUTH STAGED UP TO 180 EA AT BUYER LIABILITY, FABRICATION MAX 60 EA.
CTT*1*60
SE*15*0001
-----------------------------------------------------------------------------------------
DECODED
  Part ............... BF-H1800 rev 2  H-frame bench frame 1800, powder coat RAL 7035
  PO line ............ PBR-PO-23175 line 20, production qty 180 EA (commercial cover)
  Released now ....... 60 EA  = 30 EA ship 09/09/2024 + 30 EA ship 09/23/2024  (FST code C = firm)
  Cum released ....... 60 EA of 180 EA
  Balance ............ 120 EA  NOT RELEASED -- next call-off after install check in lab B2-114,
                       issued in writing by Dana Whitfield, VP Operations
  Material authority . STAGED up to 180 EA worth of steel tube 40x40x2 and powder RAL 7035,
                       at Piedmont's liability. Cutting/welding/coating limited to the 60 EA released.
  Contact ............ Jessica Harmon, Sr. Buyer, +1 919 555 0143
-----------------------------------------------------------------------------------------
""")),
])

# c08 signed auto-conversion record
case("c08", [], "explicit signed auto-conversion record naming quantity, signer, conditions and expiry", [
    ("AC-214-002_Laborbau.pdf", pdf([
        ("h1", "Auto-Conversion Agreement AC-214-002"),
        ("p", "Rheinfeld Pharma AG, Basel (buyer) and Laborbau Westerwald GmbH, Montabaur (supplier)"),
        ("table", [
            ["Order", "Value"],
            ["Part", "FHS-1800-HS Rev B, horizontal sliding sash panel set, 1800 mm"],
            ["PO 4700-88305 line 10", "two (2) sample sets - released"],
            ["PO 4700-88305 line 20", "twenty-four (24) sets - commercial cover, on hold"],
            ["Offer", "AN-24-0352 of 03.06.2024"],
        ]),
        ("h", "Agreement"),
        ("p", "1. If the sample sign-off of the two (2) sample sets is recorded as 'approved' (not interim, "
              "not rejected) by Sandra Frei, QA, on or before 30.09.2024, the twenty-four (24) sets of line 20 "
              "are released for production by this agreement, without a further release letter."),
        ("p", "2. Release authority for this order is Dr. Andrea Bühlmann, Head Lab Infrastructure, who signs "
              "this agreement in advance for exactly these 24 sets."),
        ("p", "3. If the sign-off is interim or rejected, or is recorded after 30.09.2024, nothing is released "
              "and the 24 sets stay on hold until a written release by Dr. Andrea Bühlmann."),
        ("p", "4. Material authority until the conversion: sample-only."),
        ("table", [
            ["Signed", "Name / function", "Date"],
            ["for Rheinfeld Pharma AG", "Dr. Andrea Bühlmann, Head Lab Infrastructure (release authority)", "24.06.2024"],
            ["for Rheinfeld Pharma AG", "Reto Zürcher, Strategic Buyer", "24.06.2024"],
            ["for Laborbau Westerwald GmbH", "Thomas Brandt, Werkleiter", "25.06.2024"],
        ]),
    ], title="AC-214-002", author="Rheinfeld Pharma AG")),
])

# c09 forwarded old quote (rfc822), declared informational; current scope complete
_c09_old = mail(
    GIULIA, FATHY, "Offerta / Offer OFF-22-0388 - gas taps new wing",
    "Thu, 10 Mar 2022 15:22:00 +0100",
    """Dear Eng. Ahmed,

as requested please find our best offer for the new wing project:

  Pos. 1  GT-EN13792 gas tap, needle valve, 3/8" BSP, colour coded   1.000 pcs   EUR 22,40/pc
  Pos. 2  WT-GN-12 gooseneck water tap, 1/2" BSP                       250 pcs    EUR 31,90/pc

Delivery 10 weeks from order, CIP Cairo Airport. Validity 60 days.

Best regards,
Giulia Rinaldi
""" + SIG_GIULIA)
_c09_text = """Dear Ms Giulia,

For your reference only I forward below your old offer OFF-22-0388 from March 2022 (1.000 gas taps for the new wing, project was cancelled in 2022). Kindly use it only to compare the price development. It is not an order and nothing in it is released.

Our current order is different: PO ANSH/PO/2024/0412 covers eight (8) sample gas taps only. The balance of the current project (112 taps) is not released. Release will be only after sample sign-off by Eng. Karim Hassan and then a written release from Dr. Mona El-Sayed, Lab Director. Please buy material for the 8 samples only.

Best regards,
Eng. Ahmed Fathy
""" + SIG_FATHY
case("c09", [], "old 1.000-pc quote forwarded as rfc822, declared informational; current PO scope complete", [
    ("Fw_OFF-22-0388.eml", eml_bytes(mail(
        FATHY, GIULIA, "Fw: Offerta / Offer OFF-22-0388 - gas taps new wing (for reference only)",
        "Mon, 19 Aug 2024 11:40:00 +0300", _c09_text, attachments=[("rfc822", _c09_old)]))),
])

# c10 buyer corrects a quoted supplier line that assumed auto-conversion
_c10_quoted = """Dear Jessica,

Thank you for PO PBR-PO-23140. The 4 sample sink units are in production, curing finish on Friday.

After your approval of the 4 samples we will go directly into the 146 pcs
mass production, so the delivery can be end of October.

Best regards
Linda"""
_c10_text = """Linda,

Thanks for the update, but one correction before anything gets scheduled:

> After your approval of the 4 samples we will go directly into the 146 pcs
> mass production, so the delivery can be end of October.

No. Sample approval does not release the 146. PBR-PO-23140 covers the four (4) sample sink units only. The 146 stay on hold until (1) our FAI sign-off and (2) a written release from Dana Whitfield, VP Operations. Please don't buy resin for more than the 4 samples either.

If the FAI goes well Dana can usually turn the release around within a week, so end of October is still realistic.

Thanks,
Jessica

On Tue, Jul 16, 2024 at 9:05 PM Linda Zhou <linda.zhou@huaxin-lab.cn> wrote:
""" + quote(_c10_quoted) + "\n" + SIG_JESS
case("c10", [], "buyer reply corrects the quoted supplier assumption that sample approval rolls into 146 pcs", [
    ("Re_PBR-PO-23140.eml", eml_bytes(mail(
        JESS, LINDA, "Re: PBR-PO-23140 epoxy sinks - sample plan",
        "Wed, 17 Jul 2024 08:12:00 -0400", _c10_text,
        in_reply_to="<h207-sz-0716@huaxin-lab.cn>"))),
])

# c11 WhatsApp: supplier says the deposit does not release production
case("c11", [], "deposit received but supplier states it does not release the balance; hold, event and person restated and confirmed", [
    ("WhatsApp_Chat_Rajesh.txt", txt("""
12/08/2024, 11:02 - Ahmed Fathy: Good morning Mr Rajesh. Advance 30% for PO ANSH/PO/2024/0455 was transferred yesterday from our bank. Swift copy I will send by mail
12/08/2024, 11:05 - Rajesh Malhotra: Good morning sir, received with thanks 🙏
12/08/2024, 11:07 - Rajesh Malhotra: Just to confirm as per your PO: we are making two (2) sample eyewash stations EW-B2-Z358 only. Advance is noted but advance does not release production of balance 38 nos. Balance will start only after Dr Mona ma'am gives written release after sample sign off.
12/08/2024, 11:09 - Ahmed Fathy: Exactly, thank you. Samples first, Eng. Karim will test the flow 15 min per ANSI Z358.1 then Dr Mona decides and writes to you.
12/08/2024, 11:10 - Rajesh Malhotra: Noted sir. No material purchase beyond 2 samples from our side. Samples dispatch 26th Aug by air.
12/08/2024, 11:11 - Ahmed Fathy: 👍
""")),
])

# c12 supplier acknowledgement restating the hold
case("c12", [], "supplier acknowledgement restates the sample scope, the hold, the unlock event, the release person and sample-only material", [
    ("OA-2024-0219.docx", docx_bytes([
        ("h1", "ORDER ACKNOWLEDGEMENT / POTVRDENIE OBJEDNÁVKY OA-2024-0219"),
        ("p", "Považie Labtech s.r.o., Priemyselná 9, 017 01 Považská Bystrica, Slovakia"),
        ("p", "To: Piedmont Bioanalytical Research, Inc., Morrisville NC - attn. Ms. Jessica Harmon"),
        ("p", "Your order: PBR-PO-23152 from 22.07.2024. Our offer: NP-24-112 from 02.07.2024."),
        ("table", [
            ["Pos.", "Part", "Description", "Qty", "Scope", "Unit price USD"],
            ["10", "BF-C1500-750 rev 04", "C-frame bench frame 1500 x 750, RAL 7035", "5", "sample", "214,00"],
        ]),
        ("sp",),
        ("p", "We thank you for your order. We acknowledge PO PBR-PO-23152 as it is written: five (5) sample "
              "frames are going to production now. The production quantity of 235 pcs from our offer NP-24-112 "
              "is not released and stays on hold until your FAI sign-off and a written release by "
              "Ms. Dana Whitfield, VP Operations."),
        ("p", "Material authority: sample-only. We buy steel tube 40x40x2 only for the 5 samples."),
        ("p", "Delivery of samples: week 35/2024, DAP Morrisville, 1 pallet."),
        ("table", [
            ["", "Name", "Function"],
            ["Prepared", "Jana Horváthová", "Planning"],
            ["Signed", "Peter Kováč", "Sales Manager"],
        ]),
    ], author="Peter Kováč")),
])

# c13 deviation permit that leaves quantities untouched
case("c13", [], "deviation permit limited to the six sample taps; states it changes no quantity and is not a production release", [
    ("DP-2024-031.pdf", pdf([
        ("h1", "Deviation Permit DP-2024-031"),
        ("p", "Rheinfeld Pharma AG, Quality Assurance Lab Infrastructure, Klybeckweg 112, CH-4057 Basel"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "Rubinetterie Sesia Lab S.r.l., Valduggia"],
            ["Part / drawing", "GT-N2-38, gas tap N2, needle valve, 3/8\" BSP - DRG GT-N2-38 Rev 03"],
            ["Order", "PO 4700-88230"],
            ["Requirement", "Gas identification ring engraved, colour per EN 13792"],
            ["Deviation", "Identification ring pad-printed instead of engraved"],
            ["Reason", "Engraving tool for 3/8\" ring not available before week 26"],
            ["Applies to", "the six (6) sample taps of PO 4700-88230 only"],
        ]),
        ("sp",),
        ("p", "Decision: deviation accepted for the six (6) sample taps only. The sample evaluation continues "
              "with pad-printed rings; series parts must be engraved as per drawing."),
        ("p", "This permit does not change any quantity and is not a production release. The balance of 114 "
              "taps remains on hold as written in PO 4700-88230: release only after the sample sign-off, "
              "in writing by Dr. Andrea Bühlmann."),
        ("table", [
            ["Function", "Name", "Date"],
            ["QA Lab Infrastructure", "Sandra Frei", "11.06.2024"],
            ["Projektleiter", "Beat Kälin", "11.06.2024"],
        ]),
    ], title="DP-2024-031", author="Sandra Frei")),
])

# c14 interim sample disposition with quantity and date limits
case("c14", [], "interim disposition with 20-unit and date limits, releases nothing itself; separate release and hold by named VP", [
    ("ISD-0031_Eyewash.pdf", pdf([
        ("h1", "Interim Sample Disposition ISD-0031"),
        ("p", "Piedmont Bioanalytical Research, Inc. - Facilities Engineering / EHS"),
        ("table", [
            ["Item", "Entry"],
            ["Part", "EW-B2-Z358 bench-mounted twin-head swivel eyewash, 1/2\" NPT inlet"],
            ["Supplier", "Rubinetterie Sesia Lab S.r.l."],
            ["PO", "PBR-PO-23118 (line 10: 4 sample units; line 20: 56 units on hold)"],
            ["Standard", "ANSI/ISEA Z358.1-2014"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Test", "Requirement", "Result"],
            ["Flow, 15 min continuous", ">= 0.4 gpm", "0.46 gpm - pass"],
            ["Activation", "<= 1 s, stays-open valve", "pass"],
            ["Dust covers", "flip-off on activation", "pass"],
            ["Sign / label", "ANSI green, high visibility", "label colour off-shade - open"],
        ]),
        ("h", "Disposition: INTERIM"),
        ("p", "Limits: up to twenty (20) units, valid until September 30, 2024. Label colour to be corrected "
              "before final sign-off."),
        ("p", "This disposition releases nothing by itself. Release R-23118-01 for the 20 units is issued "
              "separately by Dana Whitfield, VP Operations. The remaining 36 units stay on hold until the final "
              "sign-off (label fix verified) and a further written release by Dana Whitfield."),
        ("table", [
            ["Signed", "Function", "Date"],
            ["Tyler Boone", "Facilities Engineer", "08/21/2024"],
            ["Marcus Reid", "EHS Manager", "08/21/2024"],
        ]),
    ], pagesize=LETTER, title="ISD-0031", author="Tyler Boone")),
])

# c15 Teams: go ahead scoped to the 4 pilot units
case("c15", [], "Teams go-ahead scoped to the 4 pilot units only; balance 146 on hold, fit check then written release by Mr Goh", [
    ("Teams_chat_S14_sinks.txt", txt("""
Microsoft Teams - chat export
Chat: STU Block S14 sinks / Huaxin
Participants: Tan Hui Ling (STU), Dr Lim Wei Jie (STU), Linda Zhou (Suzhou Huaxin)
Exported: 10/7/2024 6:02 PM (UTC+08:00)
------------------------------------------------------------------
[10/7/2024 9:14 AM] Linda Zhou
Dear Hui Ling, PO 4500012873 received, thank you. We can start the pilot sinks tomorrow. Can confirm?

[10/7/2024 9:31 AM] Tan Hui Ling
Hi Linda, yes go ahead with the 4 pilot sink units only hor. The other 146 stay on hold, not released.

[10/7/2024 9:33 AM] Tan Hui Ling
Release for the 146 will come only after Dr Lim sign the fit check at S14, then Mr Goh Boon Keng will send written release. Pls don't buy resin for the 146 yet.

[10/7/2024 9:40 AM] Dr Lim Wei Jie
Fit check planned 5 Aug. Need the 4 units by 31 Jul latest, can or not?

[10/7/2024 9:42 AM] Linda Zhou
Can 👍 4 pcs ship by sea-air 24 Jul. Noted balance 146 on hold.
""")),
])

# c16 full-quantity ERP PO full of quantity-like identifiers
case("c16", [], "full-quantity ERP PO (no balance) with identifiers that look like quantities (DRG 1500-214 Rev 12, M10x1, 240 h, ISO 9001:2015)", [
    ("ANSH_PO_2024_0502.txt", txt("""
AL-NOUR SPECIALIZED HOSPITAL - PURCHASING DEPARTMENT
Oracle EBS R12  -  Purchase Order Print                                   Page 1 of 1
-----------------------------------------------------------------------------------------
PO Number : ANSH/PO/2024/0502        Revision : 0           Date : 03-SEP-2024
Type      : STANDARD PO (FULL QUANTITY)
Supplier  : LABORBAU WESTERWALD GMBH, MONTABAUR, DE          Vendor No. 20417
Ship to   : Central Clinical Laboratory, Bldg 3, Heliopolis, Cairo
Currency  : EUR          Incoterms : CIP Cairo Airport (Incoterms 2020)
Payment   : 100% by L/C at sight, L/C no. 0418/2024/BM
-----------------------------------------------------------------------------------------
Ln  Item / Drawing                    Description                          Qty UOM    Price     Amount
 1  FHS-1500-VS                       Vertical sliding sash 1500 mm,         6  EA  1.840,00  11.040,00
    DRG 1500-214 Rev 12               VSG 6.4 mm, EN 14175-2,
                                      counterweight cable 4 mm
 2  SP-M10x1-40                       Spare sash rollers M10x1,             12  EA     14,50     174,00
                                      40 h wear test report
-----------------------------------------------------------------------------------------
                                                                     Total EUR     11.214,00
NOTES
 - Full and final quantity. No sample lot and no balance: this PO covers all six (6)
   sashes for the six fume cupboards FC-01 .. FC-06 in Lab 3.
 - Supplier QMS certificate ISO 9001:2015 to be sent with shipment.
 - Salt spray test of frame parts 240 h per ISO 9227, report with delivery.
 - Packing: 1 sash per crate, crate marked with PO no. and line no.
 - Line 2 is a dozen spare rollers for our maintenance stock.
 - Installation supervision by supplier technician, 2 days, included.

Buyer : Eng. Ahmed Fathy          Authorized signature : Dr. Mona El-Sayed, Lab Director
-----------------------------------------------------------------------------------------
""")),
])

# c17 complete PO scope note email, multipart/alternative + PDF PO attached
_c17_text = """Giulia,

Attached is PBR-PO-23118. Please read the scope before you schedule anything:

1. Build now: four (4) sample units EW-B2-Z358 (PO line 10).
2. Not released: the remaining fifty-six (56) units quoted in your offer OFF-24-0291. They are on hold.
3. What to do now: build and ship the 4 samples, each with its 15-minute flow test record (ANSI Z358.1-2014).
4. What unlocks the 56: our sample sign-off, then a written release from Dana Whitfield, VP Operations. Nothing else releases them - not this PO and not any payment.

Material authority: sample-only. The 56 in your offer is our forecast, not a commitment.

Thanks,
Jessica
""" + SIG_JESS
_c17_html = html_page("PBR-PO-23118", """<p>Giulia,</p>
<p>Attached is PBR-PO-23118. Please read the scope before you schedule anything:</p>
<ol>
<li><b>Build now:</b> four (4) sample units EW-B2-Z358 (PO line 10).</li>
<li><b>Not released:</b> the remaining fifty-six (56) units quoted in your offer OFF-24-0291. They are on hold.</li>
<li><b>What to do now:</b> build and ship the 4 samples, each with its 15-minute flow test record (ANSI Z358.1-2014).</li>
<li><b>What unlocks the 56:</b> our sample sign-off, then a written release from Dana Whitfield, VP Operations. Nothing else releases them - not this PO and not any payment.</li>
</ol>
<p>Material authority: sample-only. The 56 in your offer is our forecast, not a commitment.</p>
<p>Thanks,<br>Jessica Harmon<br>Sr. Buyer, Procurement, Piedmont Bioanalytical Research, Inc.</p>""")
_c17_pdf = pdf([
    ("h1", "PURCHASE ORDER PBR-PO-23118"),
    ("p", "Piedmont Bioanalytical Research, Inc., 1180 Aviation Parkway, Morrisville, NC 27560"),
    ("p", "Supplier: Rubinetterie Sesia Lab S.r.l., Via per Borgosesia 31, 13018 Valduggia (VC), Italy. "
          "Date: 07/29/2024. Terms: Net 30. Ship: DAP Morrisville."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope", "Unit USD", "Ext. USD"],
        ["10", "EW-B2-Z358", "Bench-mounted twin-head swivel eyewash, 1/2\" NPT, ANSI Z358.1-2014", "4", "Sample",
         "389.00", "1,556.00"],
    ]),
    ("sp",),
    ("p", "Scope: this PO covers the four (4) sample units only. The remaining 56 units of offer OFF-24-0291 are "
          "not released (forecast basis). They are released only after our sample sign-off, by a written release "
          "from Dana Whitfield, VP Operations. Material authority: sample-only."),
    ("p", "Buyer: Jessica Harmon, +1 919 555 0143"),
], pagesize=LETTER, title="PBR-PO-23118", author="Jessica Harmon")
case("c17", [], "complete PO scope note (active 4, 56 not released, event, named VP, sample-only material, forecast basis) with PDF PO", [
    ("PBR-PO-23118_mail.eml", eml_bytes(mail(
        JESS, GIULIA, "PBR-PO-23118 - bench eyewash EW-B2-Z358 - sample lot only",
        "Mon, 29 Jul 2024 10:31:00 -0400", _c17_text, html=_c17_html,
        attachments=[("PBR-PO-23118.pdf", _c17_pdf, PDF_MT)]))),
])

# c18 supplier portal order status, balance shown as HOLD
case("c18", [], "supplier portal status: sample in production, balance 146 shown as HOLD awaiting named written release, no resin reserved", [
    ("huaxin_portal_SO-24-0733.html", html_page("Huaxin Customer Portal - Order Status SO-24-0733", """
<h2>Suzhou Huaxin Lab Equipment &mdash; Customer Portal</h2>
<p>Customer: Straits Technological University &nbsp;|&nbsp; Logged in: Tan Hui Ling &nbsp;|&nbsp; 2024-07-22 15:40 CST</p>
<table>
<tr><th>Our order</th><td>SO-24-0733</td><th>Your PO</th><td>4500012873</td></tr>
<tr><th>Part</th><td>SU-600-EP r05 epoxy resin sink unit 600x400x300</td><th>Drawing</th><td>DRG SU-600-EP Rev 05</td></tr>
</table>
<h3>Quantities</h3>
<table>
<tr><th>Lot</th><th>Qty</th><th>Status</th><th>Remark</th></tr>
<tr><td>Pilot / sample</td><td>4</td><td>In production (curing, day 2 of 3)</td><td>ship sea-air 24 Jul</td></tr>
<tr><td>Balance</td><td>146</td><td><b>HOLD &ndash; not released</b></td><td>awaiting STU written release (Mr Goh Boon Keng) after fit check by Dr Lim Wei Jie</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>Issued</th><th>Reserved for balance</th></tr>
<tr><td>Epoxy resin panel 19 mm</td><td>for 4 pcs</td><td>none</td></tr>
<tr><td>Waste fitting 1-1/2" PP</td><td>4 sets</td><td>none</td></tr>
</table>
<p class="note">Balance quantity will only be scheduled after written release is received from customer.</p>
""")),
])

# c19 two-level quoted thread, scoped approval "for fit check only"
_c19_l2 = """Herr Hesse,

we will inspect the 2 samples on Wednesday. PO 4700-88211 is for the 2 samples only; the 46 series sashes are not released. Release comes after sample sign-off and the face velocity test, in writing by Dr. Andrea Bühlmann.

Gruss
Beat Kälin"""
_c19_l1 = """Guten Tag Herr Kälin,

the samples were delivered on Monday to Bau 214, Tor 3. Can you tell us the result of your inspection? Our AV would like to plan the series in KW 34, if possible.

Mit freundlichen Grüßen
Jürgen Hesse

Am 08.07.2024 um 17:10 schrieb Beat Kälin:
""" + quote(_c19_l2)
_c19_text = """Hallo Herr Hesse

Result from today: the two sample sashes are approved for fit check only; production not released. The face velocity test can only be done after installation, end of July.

So please no planning of the series in KW 34 yet. The 46 stay on hold until the face velocity test is passed and Dr. Bühlmann sends the written release.

Freundliche Grüsse
Beat Kälin

Am 11.07.2024 um 09:02 schrieb Jürgen Hesse:
""" + quote(_c19_l1) + "\n" + SIG_KAELIN
case("c19", [], "two-level quoted thread; sample approval scoped to fit check only, production not released, 46 on hold with event and person", [
    ("AW_AW_Muster_4700-88211.eml", eml_bytes(mail(
        KAELIN, HESSE, "AW: AW: Muster FHS-1500-VS / PO 4700-88211",
        "Fri, 12 Jul 2024 14:26:00 +0200", _c19_text, cc=RETO,
        in_reply_to="<h207-lww-0711@laborbau-westerwald.de>"))),
])

# c20 material authority statement: staged glass above the released quantity
case("c20", [], "explicit staged material authority for 24 sashes' glass while only 2 samples are released; balance on hold with event and person", [
    ("MAS-STU-2024-07.pdf", pdf([
        ("h1", "Material Authority Statement MAS-STU-2024-07"),
        ("p", "Straits Technological University, Office of Estates & Procurement, 11 Kent Vale Crescent, Singapore 119260"),
        ("p", "To: Laborbau Westerwald GmbH, attn. Mr Jürgen Hesse. Date: 29 July 2024."),
        ("table", [
            ["Order", "Entry"],
            ["Part", "FHS-1500-VS Rev C vertical sliding sash, Block S16 chemistry labs"],
            ["PO", "4500013120"],
            ["Released for production", "two (2) sample sashes"],
            ["Balance", "22 sashes - on hold, not released"],
            ["Unlock", "fit check sign-off by Dr Lim Wei Jie, then written release by Mr Goh Boon Keng"],
        ]),
        ("h", "Material authority (staged)"),
        ("table", [
            ["Material", "Authorised up to", "Basis"],
            ["Laminated safety glass VSG 6.4 mm, cut to size", "24 sashes", "long lead, 10 weeks"],
            ["Aluminium sash profiles, anodised", "24 sashes", "mill run minimum"],
            ["Counterweights and cable 4 mm", "2 sashes", "sample-only"],
        ]),
        ("sp",),
        ("p", "The glass and profiles above may be bought and stored at STU's liability. Fabrication (assembly, "
              "glazing) is limited to the two (2) released sashes. If the balance is cancelled, STU pays the staged "
              "material at cost against the supplier's purchase receipts."),
        ("p", "Authorised by: Goh Boon Keng, Deputy Director (Estates)"),
    ], title="MAS-STU-2024-07", author="Goh Boon Keng")),
])

# c21 minutes keeping sample sign-off, PO issued and production release apart
case("c21", [], "minutes keep the terms apart: sample sign-off, PO issued, production release; balance 112 on hold with named releaser", [
    ("MoM_Taps_Bldg3_2024-09-18.docx", docx_bytes([
        ("h1", "Minutes of Meeting - Gas and water taps, Central Lab Bldg 3"),
        ("p", "Date: 18-Sep-2024, MS Teams. Al-Nour Specialized Hospital / Rubinetterie Sesia Lab S.r.l."),
        ("p", "Attendees: Dr. Mona El-Sayed (Lab Director), Eng. Karim Hassan (Biomedical Eng.), Eng. Ahmed Fathy "
              "(Procurement), Giulia Rinaldi and Elena Gatti (Sesia)."),
        ("h", "1. Sample sign-off"),
        ("p", "Eng. Karim reported that the eight (8) sample gas taps passed the leak test at 6 bar and the colour "
              "coding check per EN 13792. The sample sign-off is recorded on form BME-SS-0917."),
        ("h", "2. Purchase order"),
        ("p", "PO ANSH/PO/2024/0412 was issued on 14-Aug for the 8 samples. A PO amendment for the 112 taps will be "
              "issued by Procurement (Eng. Ahmed). The PO amendment is commercial cover only."),
        ("h", "3. Production release"),
        ("p", "The balance of 112 taps is not released by the sample sign-off and not by the PO amendment. Production "
              "release will be a separate written letter from Dr. Mona El-Sayed after the PO amendment is issued. "
              "Target 25-Sep."),
        ("h", "4. Material"),
        ("p", "Sesia buys brass bar only for the released quantity; today that is the 8 samples (already made)."),
        ("h", "Actions"),
        ("table", [
            ["No.", "Action", "Owner", "Due"],
            ["1", "Issue PO amendment for 112 taps", "Eng. Ahmed Fathy", "22-Sep"],
            ["2", "Written production release letter", "Dr. Mona El-Sayed", "25-Sep"],
            ["3", "Send revised delivery schedule after release", "Giulia Rinaldi", "27-Sep"],
        ]),
    ], author="Eng. Ahmed Fathy")),
])

# c22 supplier status mail (plain text): samples dispatched, balance awaiting release, no material beyond
case("c22", [], "supplier status: samples dispatched, balance 116 awaiting named written release, no material bought beyond samples", [
    ("STATUS_PO_4500013044.txt", txt("""
From: Sunil Bhatia <production@shardalabcraft.in>
To: Tan Hui Ling <huiling.tan@stu.edu.sg>
Cc: Rajesh Malhotra <rajesh@shardalabcraft.in>
Date: Tue, 20 Aug 2024 17:48:11 +0530
Subject: STATUS - PO 4500013044 - RS-1200-2T samples dispatched

Respected Madam,

Greetings from Sharda Labcraft, Ambala Cantt.

This is to inform that the four (4) sample reagent shelves RS-1200-2T against your PO 4500013044 are dispatched today via FedEx AWB 7735 2210 4418, 2 cartons, 23 kg.

Kindly note status of balance:
 - Balance 116 nos: not released. We are awaiting your written release (from Mr Goh Boon Keng as per PO note) after your lab sign off.
 - No material purchased beyond the samples. Aluminium extrusion 25x25 for balance is only quoted by our vendor, not ordered.
 - Load test 30 kg/tier done on sample no. 2, report will come in next mail.

Please revert for any clarification.

Thanks & Regards,
Sunil Bhatia
Production In-charge
Sharda Labcraft Industries Pvt. Ltd.
Plot 14, Industrial Area, Ambala Cantt 133006, Haryana
Mob. +91 98960 55214
""")),
])

# c23 multi-file: portal PO + WeChat, consistent
case("c23", [], "portal PO (4 samples, line 20 of 76 on hold, forecast basis, named VP) and WeChat confirming the same scope", [
    ("PBR_portal_PO_23166.html", html_page("Piedmont Supplier Portal - PBR-PO-23166", """
<h2>Piedmont Supplier Portal &mdash; Purchase Order PBR-PO-23166</h2>
<p>Supplier: Suzhou Huaxin Lab Equipment Co., Ltd. &nbsp;|&nbsp; Issued 06/24/2024 &nbsp;|&nbsp; Buyer: Jessica Harmon</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>10</td><td>SU-600-EP r05</td><td>Epoxy resin sink unit 600x400x300, black</td><td>4</td><td>Sample</td><td>Open &ndash; build now</td></tr>
<tr><td>20</td><td>SU-600-EP r05</td><td>same, production</td><td>76</td><td>Production</td><td>NOT RELEASED &ndash; on hold</td></tr>
</table>
<div class="note">Line 20 is commercial cover only and its quantity is a forecast. It is released only after our FAI sign-off
of the line 10 samples, by a written release from Dana Whitfield, VP Operations. Material authority: sample-only
(resin for the 4 samples).</div>
""")),
    ("WeChat_Linda_Jessica.txt", txt("""
WeChat chat history - Jessica Harmon (Piedmont) & 周琳 Linda Zhou
2024-06-25 08:17  周琳 Linda Zhou: Hi Jessica good morning, PO PBR-PO-23166 received 👍 4 pcs sample in schedule, finish 12 July.
2024-06-25 08:18  周琳 Linda Zhou: Line 20 76 pcs we keep on hold until Dana release in writing after FAI, correct?
2024-06-25 08:52  Jessica Harmon: Correct. Only the 4 now, and resin for the 4 only. Thanks Linda!
2024-06-25 08:53  周琳 Linda Zhou: OK 收到
""")),
])

# c24 partial release notice, complete
case("c24", [], "release notice: 40 of 235 released by named VP with countersign; 195 on hold until next release after install check", [
    ("release_R-23152-01.html", html_page("Release Notice R-23152-01", """
<h2>Piedmont Bioanalytical Research &mdash; Release Notice R-23152-01</h2>
<table>
<tr><th>Supplier</th><td>Považie Labtech s.r.o.</td></tr>
<tr><th>PO</th><td>PBR-PO-23152</td></tr>
<tr><th>Part</th><td>BF-C1500-750 rev 04 C-frame bench frame 1500 x 750</td></tr>
<tr><th>Line 10 (sample)</th><td>5 frames &ndash; delivered, FAI signed 09/10/2024 (Tyler Boone)</td></tr>
<tr><th>Line 20 (production)</th><td>235 frames &ndash; commercial cover</td></tr>
</table>
<h3>Released now</h3>
<p><b>Forty (40) frames</b> of line 20, for labs B2-101 to B2-108. Ship by 10/25/2024.</p>
<h3>Still on hold</h3>
<p>The remaining 195 frames of line 20 are not released. They stay on hold until the next written release, which
follows the install check of the first 40 frames in lab B2-101.</p>
<h3>Material authority</h3>
<p>Up to the released 40 frames.</p>
<table>
<tr><th>Authorized by</th><td>Dana Whitfield, VP Operations (release limit USD 50,000)</td><td>09/12/2024</td></tr>
<tr><th>Countersigned</th><td>Jessica Harmon, Sr. Buyer</td><td>09/12/2024</td></tr>
</table>
""")),
])

# c25 labelled non-binding forecast with a lead-time question; CSV as text attachment
_c25_csv = """part;description;Q1-2025;Q2-2025;Q3-2025;Q4-2025;total;basis
GT-N2-38;gas tap N2 needle valve 3/8" BSP;0;0;300;300;600;FORECAST non-binding
WT-GN-12;gooseneck water tap 1/2" BSP;0;0;300;300;600;FORECAST non-binding
"""
_c25_text = """Ciao Marco

Attached our non-binding forecast for 2025 (CSV) for the new building Bau 215. Please use it only for your capacity planning. It is not an order and not a release, and you may not buy material against it.

Two questions:
1. If we order a sample lot of six (6) taps in January, what is your lead time for 1.200 taps in the second half?
2. Could you quote prices for 600 and for 1.200 taps, incl. the 3.1 certificate per EN 10204?

Thanks and freundliche Grüsse
Reto
""" + SIG_RETO
case("c25", [], "clearly labelled non-binding forecast (CSV) plus lead-time and price questions; nothing authorized", [
    ("Bedarfsvorschau_2025.eml", eml_bytes(mail(
        RETO, MARCO, "Bedarfsvorschau 2025 / non-binding forecast taps Bau 215 - question lead time",
        "Tue, 08 Oct 2024 09:18:00 +0200", _c25_text,
        attachments=[("forecast_2025_Bau215.csv", _c25_csv, "text/csv")]))),
])


# ================================================================ POSITIVE
# p01 sample PO mail with PO + supplier offer (2 samples + 30 series) attached; nothing about the balance
_p01_po = pdf([
    ("h1", "Bestellung / Purchase Order 4700-88257"),
    ("p", "Rheinfeld Pharma AG, Einkauf Laborinfrastruktur, Klybeckweg 112, CH-4057 Basel"),
    ("p", "Lieferant / Supplier: Laborbau Westerwald GmbH, Industriestraße 14, 56410 Montabaur. "
          "Datum: 03.06.2024. Lieferbedingung: DAP Basel, Bau 215, Tor 3."),
    ("table", [
        ["Pos", "Material", "Kurztext / Description", "Menge", "ME", "Preis EUR", "Wert EUR"],
        ["00010", "FHS-1200-VS", "Vertikal-Schiebefenster 1200 mm, VSG 6.4 mm, Rev A - Muster / sample", "2", "ST",
         "2.140,00", "4.280,00"],
    ]),
    ("sp",),
    ("p", "Gemäss Ihrem Angebot AN-24-0298 vom 21.05.2024. Liefertermin KW 27/2024."),
    ("p", "Einkäufer: Reto Zürcher, +41 61 555 24 18"),
], title="PO 4700-88257", author="Reto Zürcher")
_p01_offer = pdf([
    ("h1", "Angebot / Offer AN-24-0298"),
    ("p", "Laborbau Westerwald GmbH, Industriestraße 14, 56410 Montabaur - Tel. +49 2602 555 314"),
    ("p", "An: Rheinfeld Pharma AG, Herr Reto Zürcher. Projekt: Laborneubau Bau 215. Datum: 21.05.2024."),
    ("table", [
        ["Pos", "Artikel", "Beschreibung", "Menge", "Einzelpreis EUR", "Gesamt EUR"],
        ["1", "FHS-1200-VS Rev A", "Vertikal-Schiebefenster 1200 mm, Muster", "2", "2.140,00", "4.280,00"],
        ["2", "FHS-1200-VS Rev A", "Vertikal-Schiebefenster 1200 mm, Serie", "30", "1.690,00", "50.700,00"],
        ["3", "MON-01", "Montage vor Ort, je Abzug", "32", "145,00", "4.640,00"],
    ]),
    ("sp",),
    ("p", "Lieferzeit Muster: 4 Wochen. Lieferzeit Serie: 8 Wochen. Glas VSG 6.4 mm nach EN 12543, "
          "Schiebekraft max. 50 N nach EN 14175-2. Preise netto, zzgl. MwSt."),
    ("p", "Mit freundlichen Grüßen, Jürgen Hesse, Vertrieb Export"),
], title="AN-24-0298", author="Jürgen Hesse")
_p01_text = """Grüezi Herr Hesse

Please find attached our PO 4700-88257 for the two (2) sample sashes FHS-1200-VS Rev A according to your offer AN-24-0298 (also attached).

Delivery address Bau 215, Anlieferung Tor 3, please announce 24h before. Confirmation of the delivery date please until Friday.

Freundliche Grüsse
Reto Zürcher
""" + SIG_RETO
case("p01", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO mail with the offer (2 sample + 30 series) attached; the 30 is not marked, no hold, no event, no release person", [
    ("Bestellung_4700-88257.eml", eml_bytes(mail(
        RETO, HESSE, "Bestellung 4700-88257 / PO for samples FHS-1200-VS",
        "Mon, 03 Jun 2024 15:02:00 +0200", _p01_text,
        attachments=[("PO_4700-88257.pdf", _p01_po, PDF_MT), ("AN-24-0298.pdf", _p01_offer, PDF_MT)]))),
])

# p02 sample PO (PDF) with an unmarked project quantity; release authority named, no hold, no event
case("p02", ["RG001", "RG003", "RG004"],
     "sample PO for 3 eyewash units shows 'Project quantity: 60 units' unmarked; names Mr Goh as release authority but no hold and no event", [
    ("STU_PO_4500013077.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500013077"),
        ("p", "Straits Technological University, Office of Estates & Procurement, 11 Kent Vale Crescent, Singapore 119260. "
              "GST Reg. No. M2-0088316-7"),
        ("table", [
            ["Supplier", "Rubinetterie Sesia Lab S.r.l., Via per Borgosesia 31, 13018 Valduggia (VC), Italy"],
            ["PO date", "05-Aug-2024"],
            ["Project", "Block S14 lab safety retrofit"],
            ["Project quantity", "60 units"],
            ["Quotation", "OFF-24-0305 dated 02-Aug-2024"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Material", "Description", "Qty", "UoM", "Unit price EUR", "Amount EUR"],
            ["10", "EW-B2-Z358", "Bench-mounted twin-head swivel eyewash, ANSI Z358.1-2014 / EN 15154-2, "
             "1/2\" BSP inlet, sample", "3", "EA", "286,00", "858,00"],
        ]),
        ("sp",),
        ("p", "Notes:"),
        ("p", "1. Sample units for evaluation at Lab 03-12 (flow test 15 min)."),
        ("p", "2. Release authority for this project: Mr Goh Boon Keng, Deputy Director (Estates)."),
        ("p", "3. Delivery DAP Singapore, 4 weeks from PO date. Please quote PO no. on all documents."),
        ("p", "Buyer: Ms Tan Hui Ling, +65 6790 4412"),
    ], title="PO 4500013077", author="Tan Hui Ling")),
])

# p03 buyer portal PO page: 4 samples with an unmarked program quantity
case("p03", ["RG001", "RG003", "RG004", "RG005"],
     "portal sample PO (4 frames) shows 'Program qty 160' in the same table, unmarked; no hold, no event, no release person", [
    ("PBR_portal_PO_23188.html", html_page("Piedmont Supplier Portal - PBR-PO-23188", """
<h2>Piedmont Supplier Portal &mdash; Purchase Order PBR-PO-23188</h2>
<p>Supplier: Považie Labtech s.r.o. (PV-0093) &nbsp;|&nbsp; Issued 08/19/2024 &nbsp;|&nbsp; Terms: Net 45 &nbsp;|&nbsp; DAP Morrisville</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>PO Qty</th><th>Program qty</th><th>Unit USD</th><th>Need by</th></tr>
<tr><td>10</td><td>BF-C1200-600 rev 01</td><td>C-frame bench frame 1200 x 600, RAL 7035, sample</td><td>4</td><td>160</td><td>198.00</td><td>09/20/2024</td></tr>
</table>
<p>Ship samples to Building B3 receiving dock, attn. Tyler Boone. Include the powder-coat thickness report (60-80 &micro;m) and the load test 150 kg/m per EN 13150.</p>
<p>Questions on this PO: Jessica Harmon, jharmon@piedmontbio.com</p>
""")),
])

# p04 multi-file: cover mail says 2 samples, PO says 4, quote 2 + 38
_p04_text = """Dear Mr Rajesh,

Kindly find attached our PO ANSH/PO/2024/0471 for two (2) sample eyewash stations EW-B2-Z358 as per your quotation SLI/Q/24-25/118.

Please note: the balance of 38 units from your quotation is not released. Release will be only after sample sign-off by Eng. Karim Hassan (flow test 15 min per ANSI Z358.1) and then a written release from Dr. Mona El-Sayed, Lab Director. Material for the samples only please.

Best regards,
Eng. Ahmed Fathy
""" + SIG_FATHY
_p04_po = pdf([
    ("h1", "PURCHASE ORDER ANSH/PO/2024/0471"),
    ("p", "Al-Nour Specialized Hospital - Purchasing Department, 12 El-Thawra St., Heliopolis, Cairo"),
    ("p", "Supplier: Sharda Labcraft Industries Pvt. Ltd., Ambala Cantt, India. Date: 21-Jul-2024. "
          "Currency: USD. Incoterms: CPT Cairo Airport."),
    ("table", [
        ["Ln", "Item", "Description", "Qty", "UOM", "Price USD", "Amount USD"],
        ["1", "EW-B2-Z358", "Emergency eyewash station, bench mounted, twin head, ANSI Z358.1 - SAMPLE", "4", "EA",
         "148.00", "592.00"],
    ]),
    ("sp",),
    ("p", "Sample units - four (4) eyewash stations for evaluation in Central Lab Bldg 3. Remaining quantity not "
          "released."),
    ("p", "Buyer: Eng. Ahmed Fathy. Authorized signature: Dr. Mona El-Sayed, Lab Director."),
], title="ANSH/PO/2024/0471", author="Eng. Ahmed Fathy")
_p04_quote = pdf([
    ("h1", "QUOTATION SLI/Q/24-25/118"),
    ("p", "Sharda Labcraft Industries Pvt. Ltd., Plot 14, Industrial Area, Ambala Cantt 133006, Haryana, India"),
    ("p", "To: Al-Nour Specialized Hospital, Cairo - Kind attn. Eng. Ahmed Fathy. Date: 08-Jul-2024"),
    ("table", [
        ["S.No.", "Item", "Description", "Qty", "Rate USD", "Amount USD"],
        ["1", "EW-B2-Z358", "Eyewash station twin head, SS 304 bowl, sample", "2", "148.00", "296.00"],
        ["2", "EW-B2-Z358", "Eyewash station twin head, SS 304 bowl, production", "38", "121.50", "4,617.00"],
    ]),
    ("sp",),
    ("p", "Terms: 30% advance, balance against documents. Delivery samples 4 weeks, production 6 weeks. "
          "Flow test 15 minutes per ANSI Z358.1-2014 on each unit."),
    ("p", "For Sharda Labcraft Industries Pvt. Ltd. - Rajesh Malhotra, Director - Exports"),
], title="SLI/Q/24-25/118", author="Rajesh Malhotra")
case("p04", ["RG011"],
     "cover mail authorizes two (2) samples, the attached PO states four (4) sample units for the same order", [
    ("mail_PO_0471.eml", eml_bytes(mail(
        FATHY, RAJESH, "PO ANSH/PO/2024/0471 - eyewash samples", "Sun, 21 Jul 2024 12:15:00 +0300", _p04_text))),
    ("ANSH_PO_2024_0471.pdf", _p04_po),
    ("SLI_Q_24-25_118.pdf", _p04_quote),
])

# p05 WeChat: sample PO for 3 + BOQ 150 "pls check your capacity"
case("p05", ["RG001", "RG003", "RG004", "RG005"],
     "WeChat: PO for 3 sample sinks plus BOQ total 150 units unmarked; no hold, no event, no release person", [
    ("WeChat_STU_S16_sinks.txt", txt("""
WeChat chat history export
Group: STU S16 sink project / 苏州华鑫
Members: 谭慧玲 Tan Hui Ling, 周琳 Linda Zhou, Kevin Xu 徐凯
---------------------------------------------------------------
2024-05-20 14:03  谭慧玲 Tan Hui Ling: Hi Linda, PO 4500012990 just issued for 3 sample sink units SU-450-PP (polypropylene cup sink). Pls arrange.
2024-05-20 14:04  谭慧玲 Tan Hui Ling: [File] BOQ_Block_S16_sinks_rev3.xlsx (38 KB)
2024-05-20 14:05  谭慧玲 Tan Hui Ling: BOQ total is 150 units SU-450-PP for Block S16, 6 levels x 25. Pls check your capacity.
2024-05-20 14:21  周琳 Linda Zhou: Received with thanks Ms Tan. 3 pcs sample we arrange this week, 2 weeks ready. 150 pcs capacity no problem, around 5 weeks.
2024-05-20 14:22  谭慧玲 Tan Hui Ling: ok great thanks 👍
2024-05-20 14:30  Kevin Xu 徐凯: Drawing SU-450-PP Rev 02 will send tomorrow for your checking. Drain 1-1/2" or 40 mm?
2024-05-20 14:41  谭慧玲 Tan Hui Ling: 40 mm. Same as Block S14.
""")),
])

# p06 kick-off minutes: 6 sample taps and project 120 taps in two lots; release authority named, no hold, no event
case("p06", ["RG001", "RG003", "RG004"],
     "kick-off minutes: sample order 6 taps next to project quantity 120 in two delivery lots, unmarked; authority named but no hold/event", [
    ("Kickoff_Minutes_Bau214_Taps.docx", docx_bytes([
        ("h1", "Kick-off Meeting - Lab fittings Bau 214 (gas taps)"),
        ("p", "Date: 22.05.2024, Rheinfeld Pharma AG, Basel, Bau 214 site office. Minutes: Beat Kälin."),
        ("p", "Attendees: Dr. Andrea Bühlmann (Head Lab Infrastructure), Reto Zürcher (Einkauf), Beat Kälin "
              "(Projektleiter), Marco Bertolini and Elena Gatti (Rubinetterie Sesia Lab)."),
        ("h", "1. Scope"),
        ("p", "Sample order PO 4700-88244: six (6) gas taps GT-N2-38, needle valve, 3/8\" BSP, colour code per "
              "EN 13792."),
        ("p", "Project quantity Bau 214: 120 taps (N2, CO2, vacuum, compressed air), delivery in two lots, "
              "KW 36 and KW 40."),
        ("h", "2. Technical"),
        ("p", "Leak test 6 bar on every tap; brass CW617N with 3.1 certificate per EN 10204. Elena Gatti sends "
              "drawing GT-N2-38 Rev 03 with the 3/8\" thread detail by 29.05."),
        ("h", "3. Roles"),
        ("p", "Dr. Andrea Bühlmann is release authority for the Bau 214 lab fittings. Commercial questions: "
              "Reto Zürcher."),
        ("h", "Actions"),
        ("table", [
            ["No.", "Action", "Who", "When"],
            ["1", "Drawing GT-N2-38 Rev 03", "E. Gatti", "29.05.2024"],
            ["2", "Sample delivery 6 pcs", "M. Bertolini", "KW 25"],
            ["3", "Test bench for leak test ready", "B. Kälin", "KW 25"],
        ]),
    ], author="Beat Kälin")),
])

# p07 multipart/alternative order mail: 1 sample sash + 12 production listed unmarked
_p07_text = """Dear Mr. Hesse,

Greetings from Cairo.

Please find below our order for one (1) sample sash FHS-1800-HS Rev B, to check the fitting in our existing fume cupboard FC-07 (old model from 2011) in Lab 5.

  Item                                         Qty
  Sample sash FHS-1800-HS Rev B                  1
  Production sashes (FC-07 to FC-18)            12

PO No. ANSH/PO/2024/0390. Kindly send us proforma invoice for the sample so we can open the payment.

Best regards,
Eng. Ahmed Fathy
""" + SIG_FATHY
_p07_html = html_page("ANSH/PO/2024/0390", """<p>Dear Mr. Hesse,</p><p>Greetings from Cairo.</p>
<p>Please find below our order for one (1) sample sash FHS-1800-HS Rev B, to check the fitting in our existing fume cupboard FC-07 (old model from 2011) in Lab 5.</p>
<table><tr><th>Item</th><th>Qty</th></tr>
<tr><td>Sample sash FHS-1800-HS Rev B</td><td>1</td></tr>
<tr><td>Production sashes (FC-07 to FC-18)</td><td>12</td></tr></table>
<p>PO No. ANSH/PO/2024/0390. Kindly send us proforma invoice for the sample so we can open the payment.</p>
<p>Best regards,<br>Eng. Ahmed Fathy<br>Procurement Department, Al-Nour Specialized Hospital</p>""")
case("p07", ["RG001", "RG003", "RG004", "RG005"],
     "order mail for 1 sample sash lists 12 production sashes in the same table, unmarked; no hold, no event, no release person", [
    ("ANSH_PO_2024_0390_mail.eml", eml_bytes(mail(
        FATHY, HESSE, "PO ANSH/PO/2024/0390 - sample sash for Lab 5 fume cupboards",
        "Tue, 25 Jun 2024 10:44:00 +0300", _p07_text, html=_p07_html))),
])

# p08 WhatsApp: "Approved, go ahead" on a nozzle change (scope complete earlier)
case("p08", ["RG002"],
     "buyer answers a nozzle-size question with 'Approved, go ahead' - no sample-only, no quantity (scope stated earlier in chat)", [
    ("WhatsApp_Chat_Elena.txt", txt("""
[02/09/2024, 10:15:20] Eng. Karim Hassan: Good morning Elena. Just reminder, PO ANSH/PO/2024/0412 is eight (8) sample taps only. The other 112 are not released until Dr Mona El-Sayed send written release after our sample test.
[02/09/2024, 10:40:02] Elena Gatti: Buongiorno Eng. Karim, yes clear. One technical point: your drawing show hose nozzle 10 mm but your lab hoses are 8 mm I think. We can make serrated nozzle 8 mm, same price. What you prefer?
[02/09/2024, 11:52:47] Eng. Karim Hassan: Yes our hoses are 8 mm ID. Approved, go ahead 👍
[02/09/2024, 11:53:10] Elena Gatti: Perfetto, grazie!
""")),
])

# p09 two-level thread: ECN approved + PO change approved -> "you have our green light"
_p09_l2 = """Linda, Kevin,

PBR-PO-23166 is in the portal: four (4) sample sink units SU-600-EP only. Line 20 (76 units) is not released - it stays on hold until our FAI sign-off and a written release from Dana Whitfield, VP Operations. Material authority: sample-only.

Jessica"""
_p09_l1 = """Dear Tyler,

For the new drain position we need to modify the mould for the bowl, cost adder USD 12.00/pc. Please confirm ECN-0415 and the PO change for the price adder. After your confirm we can continue.

Thanks & best regards
Kevin Xu
Project Engineer, Suzhou Huaxin

On 2024-07-01 22:40, Jessica Harmon wrote:
""" + quote(_p09_l2)
_p09_text = """Kevin,

ECN-0415 (drain moved 75 mm to the left, DRG SU-600-EP Rev 06) is approved, and Jessica got the PO change approved in Coupa this morning, so the price adder of USD 12.00 is covered. You have our green light.

Tyler

On Thu, Jul 11, 2024 at 10:02 PM Kevin Xu <kevin.xu@huaxin-lab.cn> wrote:
""" + quote(_p09_l1) + "\n" + SIG_TYLER
case("p09", ["RG002", "RG009"],
     "'You have our green light' with no quantity or sample-only; 'approved' used for the ECN (technical) and the PO change (commercial)", [
    ("RE_ECN-0415_PBR-PO-23166.eml", eml_bytes(mail(
        TYLER, KEVIN, "RE: ECN-0415 drain position SU-600-EP / PBR-PO-23166 change",
        "Fri, 12 Jul 2024 11:20:00 -0400", _p09_text, cc=JESS,
        in_reply_to="<h207-sz-0711@huaxin-lab.cn>"))),
])

# p10 Teams: "Good to run" after colour choice (scope complete earlier)
case("p10", ["RG002"],
     "engineer confirms the powder-coat colour with 'Good to run' - no sample-only, no quantity (scope stated earlier in chat)", [
    ("Teams_chat_WRS-1500.txt", txt("""
Microsoft Teams - chat export
Chat: WRS-1500 wall shelving / Huaxin
Participants: Tan Hui Ling (STU), Dr Lim Wei Jie (STU), Linda Zhou (Suzhou Huaxin)
------------------------------------------------------------------
[3/9/2024 10:02 AM] Tan Hui Ling
Hi Linda, PO 4500013101 covers 2 sample wall reagent shelves WRS-1500 only. Balance 58 not released until Dr Lim sign off the samples and Mr Goh Boon Keng issue the written release.

[3/9/2024 10:20 AM] Linda Zhou
Noted with thanks. For powder coat colour, RAL 9016 or RAL 7035? Colour chips of both sent by courier yesterday, DHL 48 1190 2231.

[5/9/2024 4:47 PM] Dr Lim Wei Jie
Got the chips. RAL 9016 traffic white, matt finish. Good to run.

[5/9/2024 4:50 PM] Linda Zhou
Ok thanks Dr Lim! 🙏
""")),
])

# p11 plain mail: samples approved, "please proceed now with the series" (no quantity)
case("p11", ["RG002", "RG007", "RG010"],
     "'samples are approved and please proceed now with the series': unscoped, sample approval rolled into production, no series quantity", [
    ("AW_Muster_FHS-1200-VS.txt", txt("""
Von: Kälin Beat <beat.kaelin@rheinfeld-pharma.ch>
Gesendet: Donnerstag, 18. Juli 2024 16:47
An: Hesse Jürgen <j.hesse@laborbau-westerwald.de>
Cc: Zürcher Reto <reto.zuercher@rheinfeld-pharma.ch>
Betreff: AW: Muster Schiebefenster FHS-1200-VS / sample sashes Bau 110

Hallo Herr Hesse

The two sample sashes are mounted in Lab 1.07 since Tuesday and we are happy, running smooth, no noise from the rollers. So the samples are approved and please proceed now with the series.

We need them before the commissioning in KW 38, if possible earlier.

Freundliche Grüsse
Beat Kälin
Projektleiter Umbau Bau 110
Rheinfeld Pharma AG, Basel
Tel. +41 61 555 27 03
""")),
])

# p12 SAP sample PO: release authority named, nothing about the balance or the event
case("p12", ["RG003", "RG004"],
     "SAP sample order for 6 taps references an offer with samples and series; names the release authority but never says the rest is not released or what unlocks it", [
    ("ME9F_4700-88251.txt", txt("""
Rheinfeld Pharma AG                                          Bestellung / Purchase Order
Einkauf Laborinfrastruktur, Klybeckweg 112, CH-4057 Basel
SAP MM  ME9F Ausgabe                                         Beleg 4700-88251
                                                             Datum 24.05.2024
Lieferant 300871  Rubinetterie Sesia Lab S.r.l.
                  Via per Borgosesia 31, IT-13018 Valduggia (VC)
---------------------------------------------------------------------------------------
Pos   Material    Kurztext                                Menge  ME   Preis EUR   Wert EUR
00010 GT-N2-38    Gashahn N2, Nadelventil, 3/8" BSP,          6  ST       48,60     291,60
                  Farbkennz. EN 13792 - Muster / sample
---------------------------------------------------------------------------------------
                                                   Gesamtwert netto EUR      291,60
Text: Musterbestellung für Bau 216 gemäss Offerte OFF-24-0277 vom 14.05.2024 (Muster + Serie).
      Sample order for Bau 216 as per offer OFF-24-0277 (samples + series).
      Bitte Prüfzeugnis 3.1 nach EN 10204 für Messing CW617N beilegen.
      Release authority for Bau 216 lab fittings: Dr. Andrea Bühlmann.
Liefertermin: KW 25/2024      Lieferbedingung: DAP Basel (Incoterms 2020)
Einkäufer: R. Zürcher   Tel +41 61 555 24 18
---------------------------------------------------------------------------------------
""")),
])

# p13 sample PO: balance on hold "until further notice", release authority named
case("p13", ["RG004"],
     "12 sample taps; balance 228 ON HOLD until further notice (no unlock event); release authority named; sample-only material", [
    ("PBR-PO-23131.pdf", pdf([
        ("h1", "PURCHASE ORDER PBR-PO-23131"),
        ("p", "Piedmont Bioanalytical Research, Inc., 1180 Aviation Parkway, Morrisville, NC 27560"),
        ("p", "Supplier: Rubinetterie Sesia Lab S.r.l., Valduggia (VC), Italy. Date: 06/17/2024. Ship: DAP Morrisville."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Scope", "Unit USD", "Ext. USD"],
            ["10", "WT-GN-12", "Gooseneck lab water tap, 1/2\" NPT, ceramic cartridge, lead-free", "12", "Sample",
             "74.50", "894.00"],
        ]),
        ("sp",),
        ("p", "Sample lot only: twelve (12) taps. The balance of 228 taps from your quote OFF-24-0260 is ON HOLD "
              "until further notice."),
        ("p", "Release authority: Dana Whitfield, VP Operations. Material authority: sample-only."),
        ("p", "Buyer: Jessica Harmon, +1 919 555 0143"),
    ], pagesize=LETTER, title="PBR-PO-23131", author="Jessica Harmon")),
])

# p14 reply with hold + events but no named release person; HTML test summary attached
_p14_quoted = """Dear Eng. Karim,

the six samples arrived to you on 9th September as per DHL tracking. When can we expect the release for the balance 90 pcs? Our production slot is week 41.

Best regards
Giulia Rinaldi
Customer Service"""
_p14_text = """Dear Giulia,

Thank you. The six (6) sample gooseneck taps WT-GN-12 are under test in the Central Lab, test summary attached.

The balance of 90 taps is not released. It will be released only after the sample sign-off by our lab committee and the PO amendment from procurement. Please do not produce or buy material for the 90 before that.

Best regards,
Eng. Karim Hassan

On Mon, 16 Sep 2024 at 09:12, Giulia Rinaldi <customer.service@sesialab.it> wrote:
""" + quote(_p14_quoted) + "\n" + SIG_KARIM
_p14_html = html_page("Test summary WT-GN-12", """<h3>Al-Nour Central Lab - Sample test summary WT-GN-12 (PO ANSH/PO/2024/0430)</h3>
<table><tr><th>Sample</th><th>Flow @ 3 bar</th><th>Leak test 10 bar / 10 min</th><th>Thread 1/2" BSP</th></tr>
<tr><td>1</td><td>8.2 l/min</td><td>pass</td><td>ok</td></tr>
<tr><td>2</td><td>8.0 l/min</td><td>pass</td><td>ok</td></tr>
<tr><td>3</td><td>8.3 l/min</td><td>pass</td><td>ok</td></tr>
<tr><td>4-6</td><td>in test</td><td>-</td><td>-</td></tr></table>""")
case("p14", ["RG005"],
     "sample scope (6), hold on the 90 and unlock events (sign-off, PO amendment) stated; only 'lab committee' and 'procurement' - nobody named", [
    ("Re_ANSH_PO_2024_0430.eml", eml_bytes(mail(
        KARIM, GIULIA, "Re: ANSH/PO/2024/0430 water taps samples - test result & balance",
        "Tue, 17 Sep 2024 13:05:00 +0300", _p14_text,
        in_reply_to="<h207-rsl-0916@sesialab.it>",
        attachments=[("test_summary_WT-GN-12.html", _p14_html, "text/html")]))),
])

# p15 EDI 850: BAL HOLD PENDING FAI SIGN-OFF AND WRITTEN RELEASE, no person
case("p15", ["RG005"],
     "EDI 850 sample lot 4 EA with balance 176 on hold pending FAI sign-off and written release, but no one named to release it", [
    ("EDI850_PBR-PO-23190.txt", txt("""
PIEDMONT BIOANALYTICAL RESEARCH INC -- EDI OUTBOUND PRINT                     PAGE 1
TRANSACTION 850 PURCHASE ORDER            ICN 000004388       2024-07-29 09:47 EDT
SENDER   PBRMORRISVILLE          RECEIVER  POVAZIELABTECH
-----------------------------------------------------------------------------------------
ST*850*0001
BEG*00*SA*PBR-PO-23190**20240729
CUR*BY*USD
N1*ST*PIEDMONT BIOANALYTICAL RESEARCH*92*MORRISVILLE-B3
N1*SE*POVAZIE LABTECH SRO*92*PV-0093
PO1*10*4*EA*176.00**BP*BF-T750*EC*03
PID*F****T-LEG TABLE FRAME 750 RAL 9016 - SAMPLE LOT
DTM*002*20240906
MSG*SAMPLE LOT 4 EA RELEASED FOR FABRICATION
MSG*BAL 176 EA PER QUOTE NP-24-131 NOT RELEASED - HOLD PENDING FAI SIGN-OFF AND WRITTEN RELEASE
MSG*MATERIAL AUTH SAMPLE ONLY
CTT*1*4
SE*14*0001
-----------------------------------------------------------------------------------------
DECODED
  Line 10 ........ BF-T750 rev 03 T-leg table frame 750, RAL 9016, qty 4 EA @ USD 176.00, sample lot
  Need by ........ 09/06/2024, DAP Morrisville, Building B3 dock
  Balance ........ 176 EA of quote NP-24-131 not released; hold pending FAI sign-off and written release
  Material ....... sample only
  Salt spray ..... 240 h per ISO 9227 on sample no. 1, report with FAI
-----------------------------------------------------------------------------------------
""")),
])

# p16 supplier reply (quoted buyer scope): glass for all 48 ordered, series directly after sample approval
_p16_quoted = """Sehr geehrte Frau Vogt

PO 4700-88290 covers two (2) sample sashes FHS-1500-VS Rev C for Bau 215 only. The remaining 46 sashes of your offer AN-24-0331 are not released. Release only after the sample sign-off, and in writing by Dr. Andrea Bühlmann. Material authority: sample-only.

Freundliche Grüsse
Reto Zürcher"""
_p16_text = """Sehr geehrter Herr Zürcher,

thank you for the clear order. To keep the date for Bau 215 we have already ordered the VSG 6.4 mm laminated glass for all 48 sashes at our glass supplier (lead time 9 weeks), and the aluminium profiles are reserved in our store.

So directly after your sample approval we can run the series without waiting, and deliver in KW 41.

The two samples leave our plant on 23.07.2024 with our own truck.

Mit freundlichen Grüßen
Katrin Vogt

Am 01.07.2024 um 10:14 schrieb Reto Zürcher:
""" + quote(_p16_quoted) + "\n" + SIG_VOGT
case("p16", ["RG006", "RG007"],
     "supplier has ordered glass for all 48 sashes under a sample-only material authority and plans to run the series directly after sample approval", [
    ("AW_4700-88290_Terminplanung.eml", eml_bytes(mail(
        VOGT, RETO, "AW: 4700-88290 Muster FHS-1500-VS Bau 215 - Terminplanung",
        "Wed, 10 Jul 2024 16:31:00 +0200", _p16_text, cc=HESSE,
        in_reply_to="<h207-rph-0701@rheinfeld-pharma.ch>"))),
])

# p17 WeChat: PP sheet for all 96 bought; "when you approve sample we start mass production directly"
case("p17", ["RG006", "RG007"],
     "supplier bought PP sheet for all 96 while 4 samples are released, and says mass production starts directly on sample approval", [
    ("WeChat_Huaxin_PBR_cupsinks.txt", txt("""
WeChat chat history - Jessica Harmon (Piedmont) & 周琳 Linda Zhou (Huaxin)
2024-08-12 09:31  Jessica Harmon: Hi Linda, reminder PBR-PO-23181 is 4 sample cup sinks SU-450-PP only. The other 92 are not released until Dana Whitfield sends the written release after FAI.
2024-08-12 21:15  周琳 Linda Zhou: Hi Jessica noted. Sample will finish Friday.
2024-08-12 21:15  周琳 Linda Zhou: FYI PP sheet 12 mm for all 96 pcs we already bought last week, because supplier price increase 8% from September.
2024-08-12 21:16  周琳 Linda Zhou: when you approve sample we start mass production directly, then can ship before National Day holiday 🇨🇳
2024-08-13 07:02  Jessica Harmon: Got it, will revert after talking with Dana.
""")),
])

# p18 supplier progress report: material for the full 60 procured while 4 released
case("p18", ["RG006"],
     "supplier progress report: extrusion and panels for the full 60 nos procured though only 4 samples are released and balance awaits release", [
    ("SLI_Progress_Report_0488.pdf", pdf([
        ("h1", "PROGRESS REPORT - PO ANSH/PO/2024/0488"),
        ("p", "Sharda Labcraft Industries Pvt. Ltd., Plot 14, Industrial Area, Ambala Cantt 133006, Haryana, India"),
        ("p", "To: Al-Nour Specialized Hospital, Cairo - Kind attn. Eng. Ahmed Fathy. Report no. 02, dated 29-Aug-2024."),
        ("p", "Item: RS-1200-2T reagent shelf 1200 mm, 2 tier. PO quantity released: 4 nos (samples). "
              "Balance 56 nos: awaiting your release."),
        ("table", [
            ["S.No.", "Activity", "Qty", "Status"],
            ["1", "Sample shelves fabrication", "4 nos", "Completed, under packing"],
            ["2", "Aluminium extrusion 25x25 procured", "for 60 nos (240 m)", "Received in store"],
            ["3", "Shelf panels MS CRCA 1.2 mm procured", "for 60 nos", "Received in store"],
            ["4", "Powder coating", "4 nos", "Done, 70 micron"],
            ["5", "Load test 30 kg/tier", "sample no. 2", "Done, OK"],
        ]),
        ("sp",),
        ("p", "Remarks: To save time we have procured material for full 60 nos quantity and kept ready in our store, "
              "so that balance 56 nos can be dispatched within two weeks of your release."),
        ("p", "For Sharda Labcraft Industries Pvt. Ltd. - Sunil Bhatia, Production In-charge"),
    ], title="Progress Report 02", author="Sunil Bhatia")),
])

# p19 supplier status (Slovak English): material for all 120 cut and staged; continue directly after sample OK
case("p19", ["RG006", "RG007"],
     "supplier status: steel for all 120 frames cut and staged while 3 samples released; 'after your sample OK we continue directly with the 117'", [
    ("Stav_zakazky_4700-88270.docx", docx_bytes([
        ("h1", "Status Report / Stav zákazky - PO 4700-88270"),
        ("p", "Považie Labtech s.r.o., Priemyselná 9, 017 01 Považská Bystrica"),
        ("p", "To: Rheinfeld Pharma AG, Mr. Reto Zürcher, Mr. Beat Kälin. Date: 05.08.2024."),
        ("p", "Item: BF-C1500-750 rev 04, C-frame bench frame 1500 x 750, RAL 7035, for Bau 214. Your PO 4700-88270: "
              "three (3) sample frames; series 117 pcs according to our offer NP-24-098 not released yet."),
        ("table", [
            ["Activity", "Quantity", "Status"],
            ["Sample frames welded and powder coated", "3 pcs", "finished, shipping 07.08."],
            ["Steel tube 40x40x2 cut to length", "for 120 frames (1 170 m)", "finished, staged in hall 2"],
            ["Powder coating line RAL 7035", "117 pcs", "booked for week 33"],
        ]),
        ("sp",),
        ("p", "We would like to inform you that we have prepared the material for the whole order so the series can "
              "go fast. After your sample OK we continue directly with the 117 pcs, delivery week 36."),
        ("p", "S pozdravom / Best regards, Peter Kováč, Sales Manager; Jana Horváthová, Planning"),
    ], author="Peter Kováč")),
])

# p20 supplier portal tracker: deposit -> released to production; material purchased for 150
case("p20", ["RG006", "RG012"],
     "supplier portal: order set to RELEASED TO PRODUCTION on deposit receipt while customer release is not received; resin bought for 150", [
    ("huaxin_portal_SO-24-0801.html", html_page("Huaxin Customer Portal - Order Tracker SO-24-0801", """
<h2>Suzhou Huaxin Lab Equipment &mdash; Customer Portal</h2>
<p>Customer: Straits Technological University &nbsp;|&nbsp; Order SO-24-0801 &nbsp;|&nbsp; Part SU-600-EP r05 epoxy sink unit</p>
<table>
<tr><th>Customer PO</th><td>4500013188 &ndash; sample lot 3 pcs</td></tr>
<tr><th>Customer written release for balance</th><td>not received</td></tr>
<tr><th>Order status</th><td><b>RELEASED TO PRODUCTION</b> (trigger: 30% deposit received)</td></tr>
</table>
<h3>Timeline</h3>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>2024-06-03</td><td>PO 4500013188 received</td></tr>
<tr><td>2024-06-10</td><td>30% deposit received, SGD 12,890.00 (quotation QT-SZHX-240530, 150 pcs)</td></tr>
<tr><td>2024-06-10</td><td>Order status changed to RELEASED TO PRODUCTION</td></tr>
<tr><td>2024-06-12</td><td>Epoxy resin panels 19 mm purchased for 150 pcs</td></tr>
<tr><td>2024-06-17</td><td>Cutting planned week 25</td></tr>
</table>
""")),
])

# p21 supplier reply: SS sheets for all 20 bought, "straight away roll into the balance 18"
_p21_quoted = """Dear Mr Rajesh,

Please find attached PO ANSH/PO/2024/0462 for two (2) sample pedestal eyewash stations EW-PED-01. The balance of 18 units is not released; release will be by written letter from Dr. Mona El-Sayed, Lab Director, after the sample sign-off. Please purchase material for the 2 samples only.

Best regards,
Eng. Ahmed Fathy"""
_p21_text = """Dear Sir,

Greetings from Ambala!

Thank you for the PO. Samples are under fabrication, dispatch by 5th Sept.

Sir, to avoid delay we have already purchased SS 304 sheets and 1/2" ball valves for total 20 nos. Once Dr Mona madam approves the samples, we will straight away roll into the balance 18 nos without waiting for any further paper, so that your new lab opening date is met.

Hope this is in order.

Warm regards,
Rajesh Malhotra

On Wed, 14 Aug 2024, 11:20 Eng. Ahmed Fathy <a.fathy@alnour-hospital.eg> wrote:
""" + quote(_p21_quoted) + "\n" + SIG_RAJESH
case("p21", ["RG006", "RG007"],
     "supplier bought material for all 20 against a samples-only instruction and will roll into the balance 18 on sample approval without the written release", [
    ("Re_PO_ANSH_2024_0462.eml", eml_bytes(mail(
        RAJESH, FATHY, "Re: PO ANSH/PO/2024/0462 - pedestal eyewash samples",
        "Fri, 16 Aug 2024 18:05:00 +0530", _p21_text,
        in_reply_to="<h207-ans-0814@alnour-hospital.eg>"))),
])

# p22 PO that requires a written release and then says "if the samples are OK go on directly with the series"
case("p22", ["RG007"],
     "PO says the 46 need a written release by Dr. Bühlmann, then tells the supplier to go on directly with the 46 if the samples are OK", [
    ("PO_4700-88318.pdf", pdf([
        ("h1", "Bestellung / Purchase Order 4700-88318"),
        ("p", "Rheinfeld Pharma AG, Einkauf Laborinfrastruktur, Klybeckweg 112, CH-4057 Basel"),
        ("p", "Lieferant: Laborbau Westerwald GmbH, Montabaur. Datum: 17.06.2024. Projekt: Laborneubau Bau 216."),
        ("table", [
            ["Pos", "Material", "Beschreibung", "Menge", "ME", "Preis EUR", "Wert EUR"],
            ["00010", "FHS-1500-VS", "Vertikal-Schiebefenster 1500 mm, Rev C - Muster / sample", "2", "ST",
             "2.140,00", "4.280,00"],
        ]),
        ("sp",),
        ("p", "Scope: balance of 46 sashes (offer AN-24-0340) not released. Release only by written release of "
              "Dr. Andrea Bühlmann after the sample sign-off. Material authority: sample-only."),
        ("h", "Liefertermine / Delivery"),
        ("p", "Samples: KW 30. If the samples are OK, please go on directly with the series of 46 sashes, "
              "delivery KW 38, so that the commissioning of Bau 216 is not delayed."),
        ("p", "Einkäufer: Reto Zürcher"),
    ], title="PO 4700-88318", author="Reto Zürcher")),
])

# p23 minutes: sample approval -> proceed with remaining 22, "approval" for three things
case("p23", ["RG007", "RG009"],
     "minutes: upon Dr Lim's approval of the samples the supplier proceeds with the 22 'no further document'; 'approval' also used for the PO and the glass spec", [
    ("MoM_S17_Sashes_PM3.docx", docx_bytes([
        ("h1", "Minutes of Meeting - Block S17 fume-hood sashes, Progress Meeting #3"),
        ("p", "Date: 20 August 2024, 3.00pm SGT, MS Teams. Minutes by: Tan Hui Ling."),
        ("p", "Present: Dr Lim Wei Jie (Lab Manager, School of Chemical Sciences), Tan Hui Ling (Procurement), "
              "Jürgen Hesse (Laborbau Westerwald)."),
        ("table", [
            ["No.", "Item", "Action by"],
            ["1", "PO 4500013135: two (2) sample sashes FHS-1500-VS Rev C delivered 14 Aug. Remaining 22 sashes on hold.", "-"],
            ["2", "Dr Lim to complete the fit check by 30 Aug. Upon Dr Lim's approval of the sample sashes, Laborbau "
                  "will proceed with the remaining 22 sashes. No further document needed, to save time.", "Dr Lim / Laborbau"],
            ["3", "PO approval: the PO amendment for the 22 sashes was approved in the system by Finance on 16 Aug.", "Info"],
            ["4", "Approval of the revised glass spec (VSG 8.8 instead of 6.4) still pending with Dr Lim.", "Dr Lim"],
            ["5", "Next meeting 3 Sep 2024.", "All"],
        ]),
    ], author="Tan Hui Ling")),
])

# p24 forecast mailed as "firm order", multipart/alternative with forecast PDF
_p24_text = """Hi Linda,

As discussed in our call, attached is our forecast for AY2025 (Aug 2025 - Jul 2026) for the teaching lab renewals:

  SU-600-EP epoxy sink unit - 150 units
  SU-450-PP cup sink        -  80 units

Pls treat this forecast as our firm order and plan production accordingly, so that delivery can start Jan 2025. Formal PO will follow after the budget is confirmed in Nov.

Thank you!
Hui Ling
""" + SIG_HUILING
_p24_html = html_page("AY2025 forecast", """<p>Hi Linda,</p>
<p>As discussed in our call, attached is our forecast for AY2025 (Aug 2025 - Jul 2026) for the teaching lab renewals:</p>
<table><tr><th>Part</th><th>Description</th><th>Units</th></tr>
<tr><td>SU-600-EP</td><td>epoxy sink unit</td><td>150</td></tr>
<tr><td>SU-450-PP</td><td>cup sink</td><td>80</td></tr></table>
<p><b>Pls treat this forecast as our firm order and plan production accordingly</b>, so that delivery can start Jan 2025. Formal PO will follow after the budget is confirmed in Nov.</p>
<p>Thank you!<br>Hui Ling</p>""")
_p24_pdf = pdf([
    ("h1", "STU Estates - Forecast AY2025 - Lab sinks"),
    ("p", "Straits Technological University, Office of Estates & Procurement. Prepared 02-Sep-2024."),
    ("table", [
        ["Part", "Description", "Block S18", "Block S19", "Total AY2025"],
        ["SU-600-EP r05", "Epoxy resin sink unit 600x400x300", "90", "60", "150"],
        ["SU-450-PP r02", "PP cup sink 450x300", "50", "30", "80"],
    ]),
    ("p", "Forecast based on the AY2025 lab renewal plan (draft 3)."),
], title="Forecast AY2025", author="Tan Hui Ling")
case("p24", ["RG008"],
     "buyer asks the supplier to treat the AY2025 forecast (150 + 80 units) as a firm order and plan production, before any PO", [
    ("AY2025_forecast_sinks.eml", eml_bytes(mail(
        HUILING, LINDA, "AY2025 forecast - lab sinks (pls plan)",
        "Tue, 03 Sep 2024 17:22:00 +0800", _p24_text, html=_p24_html,
        attachments=[("STU_Forecast_AY2025_sinks.pdf", _p24_pdf, PDF_MT)]))),
])

# p25 EDI 830 planning schedule with "QTYS ARE OUR ORDER"
case("p25", ["RG008"],
     "EDI 830 planning (forecast) schedule whose note says the quantities are our order, please produce and ship, no further PO", [
    ("EDI830_FCST-2024-Q4.txt", txt("""
PIEDMONT BIOANALYTICAL RESEARCH INC -- EDI OUTBOUND PRINT                     PAGE 1
TRANSACTION 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY   ICN 000004502   2024-09-30 07:15 EDT
SENDER   PBRMORRISVILLE          RECEIVER  POVAZIELABTECH
-----------------------------------------------------------------------------------------
ST*830*0001
BFR*05**FCST-2024-Q4*DL*A*20241001*20250331*20240930
N1*ST*PIEDMONT BIOANALYTICAL RESEARCH*92*MORRISVILLE-B3
N1*SU*POVAZIE LABTECH SRO*92*PV-0093
LIN**BP*BF-C1500-750*EC*04
UIT*EA
FST*40*D*W*20241104
FST*40*D*W*20241202
FST*60*D*W*20250106
FST*60*D*W*20250203
FST*40*D*W*20250303
NTE*GEN*QTYS ABOVE ARE OUR ORDER - PLEASE PRODUCE AND SHIP AS SCHEDULED.
NTE*GEN*NO SEPARATE PO WILL BE SENT FOR THESE WEEKS.
CTT*1*240
SE*15*0001
-----------------------------------------------------------------------------------------
DECODED
  Schedule type ..... FORECAST / PLANNING (BFR05 = A, FST02 = D "planning")
  Part .............. BF-C1500-750 rev 04 C-frame bench frame 1500 x 750
  Weeks ............. 11/04 40 | 12/02 40 | 01/06 60 | 02/03 60 | 03/03 40   = 240 EA
  Note .............. "QTYS ABOVE ARE OUR ORDER - PLEASE PRODUCE AND SHIP AS SCHEDULED.
                       NO SEPARATE PO WILL BE SENT FOR THESE WEEKS."
  Contact ........... Jessica Harmon, Sr. Buyer
-----------------------------------------------------------------------------------------
""")),
])

# p26 supplier "order confirmation" of a non-binding forecast; raw material booked
case("p26", ["RG006", "RG008"],
     "supplier confirms a non-binding forecast of 120 shelves as an order and books raw material for it; nothing is released", [
    ("SLI_OC_24-25_077.docx", docx_bytes([
        ("h1", "ORDER CONFIRMATION No. SLI/OC/24-25/077"),
        ("p", "Sharda Labcraft Industries Pvt. Ltd., Plot 14, Industrial Area, Ambala Cantt 133006, Haryana, India. "
              "GSTIN 06AAKCS4418M1Z2."),
        ("p", "To: Straits Technological University, Office of Estates & Procurement, Singapore. "
              "Kind attn.: Ms Tan Hui Ling. Date: 09.07.2024."),
        ("p", "Ref.: Your e-mail dated 02.07.2024 with annual forecast FY2024-25 (reagent shelving RS-1200-2T: "
              "120 nos, marked non-binding)."),
        ("p", "Dear Madam,"),
        ("p", "We thank you for your valued forecast and are pleased to confirm your order of 120 nos RS-1200-2T "
              "as per the forecast, delivery in four lots of 30 nos from October 2024."),
        ("table", [
            ["S.No.", "Item", "Qty", "Rate SGD", "Amount SGD"],
            ["1", "RS-1200-2T reagent shelf 1200 mm, 2 tier, Al uprights 25x25", "120 nos", "301.00", "36,120.00"],
        ]),
        ("sp",),
        ("p", "To protect the price we have booked the raw material, aluminium extrusion 25x25 (480 m) and MS CRCA "
              "sheet 1.2 mm, with our vendor Haryana Extrusions, Yamunanagar."),
        ("p", "Thanking you and assuring our best services at all times."),
        ("p", "For Sharda Labcraft Industries Pvt. Ltd. - Rajesh Malhotra, Director - Exports"),
    ], author="Rajesh Malhotra")),
])

# p27 annual requirement letter: forecast turned into a commitment; down payment -> start production
case("p27", ["RG008", "RG012"],
     "letter calls 600 taps a forecast, then commits to them as an order; says production may start with the down payment", [
    ("Jahresbedarf_2025_Sesia.pdf", pdf([
        ("h1", "Jahresbedarf 2025 / Annual Requirement 2025 - Lab taps"),
        ("p", "Rheinfeld Pharma AG, Einkauf Laborinfrastruktur, Klybeckweg 112, CH-4057 Basel"),
        ("p", "An: Rubinetterie Sesia Lab S.r.l., Herrn Marco Bertolini. Basel, 28.10.2024."),
        ("table", [
            ["Material", "Beschreibung", "Forecast 2025 (pcs)"],
            ["GT-N2-38", "Gashahn N2, 3/8\" BSP, EN 13792", "200"],
            ["GT-CO2-38", "Gashahn CO2, 3/8\" BSP, EN 13792", "120"],
            ["WT-GN-12", "Gooseneck water tap 1/2\" BSP", "280"],
            ["Total", "", "600"],
        ]),
        ("sp",),
        ("p", "The quantities above are our forecast for 2025 from the building programme Bau 215/216. We commit "
              "to the total of 600 taps; please regard this letter as our order. A down payment of 20 % "
              "(EUR 5.832,00) will be transferred by 15.11.2024; with the down payment you can start production."),
        ("p", "Freundliche Grüsse, Reto Zürcher, Strategic Buyer"),
    ], title="Jahresbedarf 2025", author="Reto Zürcher")),
])

# p28 supplier portal order book: forecast shown as confirmed order, brass reserved for 400
case("p28", ["RG006", "RG008"],
     "supplier portal lists an indicative forecast of 400 taps as CONFIRMED ORDER in production planning and reserves brass for 400", [
    ("sesia_area_clienti_alnour.html", html_page("Sesia Lab - Area Clienti - Order book", """
<h2>Rubinetterie Sesia Lab &mdash; Area Clienti / Customer Area</h2>
<p>Cliente: Al-Nour Specialized Hospital, Cairo &nbsp;|&nbsp; Aggiornato / updated: 12/09/2024 08:00</p>
<table>
<tr><th>Our ref.</th><th>Customer ref.</th><th>Article</th><th>Qty</th><th>Status</th></tr>
<tr><td>OC-24-1187</td><td>PO ANSH/PO/2024/0412</td><td>GT-EN13792 gas taps, sample</td><td>8</td><td>Shipped 28/08/2024</td></tr>
<tr><td>OC-24-1210</td><td>Forecast 2025 (e-mail 05/09/2024, &ldquo;indicative&rdquo;)</td><td>WT-GN-12 gooseneck water taps</td><td>400</td><td><b>CONFIRMED ORDER</b> &ndash; in production planning wk 44</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>Qty</th><th>Reference</th></tr>
<tr><td>Brass bar CW617N &Oslash; 32</td><td>reserved for 400 pcs</td><td>MRP run 09/09/2024, OC-24-1210</td></tr>
</table>
<p>Per informazioni / for information: Giulia Rinaldi, customer.service@sesialab.it</p>
""")),
])

# p29 WhatsApp: "this is our forecast, but you can consider it as confirmed order"
case("p29", ["RG008"],
     "buyer says about forty more eyewash are a forecast but the supplier can consider them a confirmed order; supplier notes 40 confirmed", [
    ("WhatsApp_Chat_Sharda.txt", txt("""
24/09/2024, 13:05 - Ahmed Fathy: Mr Rajesh good afternoon. Dr Mona visited the lab today, very happy with the 2 eyewash you supplied 👌
24/09/2024, 13:06 - Ahmed Fathy: For next year new labs in Bldg 5 we will need about forty (40) more, this is our forecast, but you can consider it as confirmed order from now.
24/09/2024, 13:20 - Rajesh Malhotra: Thank you sir!! 🙏 Noted 40 nos confirmed. Shall I send proforma?
24/09/2024, 13:22 - Ahmed Fathy: Not now, PO next year after budget. Just plan.
24/09/2024, 13:23 - Rajesh Malhotra: Ok sir 👍
""")),
])

# p30 sign-off record: "APPROVED"/"released" for technical, commercial and production; no release person
case("p30", ["RG005", "RG009"],
     "sign-off record uses APPROVED for sample and PO and 'released' for the PO and production; hold and event stated, releaser not named", [
    ("SSR-0219_WT-GN-12.docx", docx_bytes([
        ("h1", "Sample Sign-off Record SSR-0219"),
        ("p", "Piedmont Bioanalytical Research, Inc. - Facilities Engineering"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "WT-GN-12 gooseneck lab water tap, 1/2\" NPT"],
            ["Supplier", "Rubinetterie Sesia Lab S.r.l."],
            ["PO", "PBR-PO-23204: line 10 ten (10) samples; line 20 150 taps"],
            ["Inspection date", "07/09/2024"],
        ]),
        ("h", "Inspection"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Flow", ">= 8 l/min at 3 bar", "8.4 l/min"],
            ["Thread", "1/2\" NPT, ASME B1.20.1", "OK"],
            ["Cartridge life", "500,000 cycles certificate", "OK"],
            ["Lead-free", "NSF/ANSI 61 and 372", "certificates OK"],
        ]),
        ("h", "Status"),
        ("table", [
            ["Topic", "Status", "Date"],
            ["Technical approval (samples)", "APPROVED", "07/09/2024"],
            ["Commercial approval (PO in Coupa)", "APPROVED", "06/28/2024"],
            ["PO", "Released to supplier", "06/28/2024"],
            ["Production", "Not released", "-"],
        ]),
        ("p", "The balance of 150 taps (line 20) stays on hold until the written production release that follows "
              "this sign-off."),
        ("p", "Signed: Tyler Boone, Facilities Engineer, 07/09/2024"),
    ], author="Tyler Boone")),
])

# p31 multipart/alternative: "approval" for sample, finance PO and production
_p31_text = """Sehr geehrter Herr Hesse

Short update on PO 4700-88333 (FHS-1500-VS, Bau 217):

Good news: the approval of the two sample sashes is done, our QA (Sandra Frei) approved them on 05.08. Also the approval of the PO for the series by our finance is through.

The approval for production of the remaining 22 sashes comes from Dr. Andrea Bühlmann after the face velocity test in Bau 217. Until then the 22 are not released, please do not start them.

Freundliche Grüsse
Reto Zürcher
""" + SIG_RETO
_p31_html = html_page("PO 4700-88333 update", """<p>Sehr geehrter Herr Hesse</p>
<p>Short update on PO 4700-88333 (FHS-1500-VS, Bau 217):</p>
<p>Good news: the <b>approval</b> of the two sample sashes is done, our QA (Sandra Frei) approved them on 05.08. Also the <b>approval</b> of the PO for the series by our finance is through.</p>
<p>The <b>approval for production</b> of the remaining 22 sashes comes from Dr. Andrea Bühlmann after the face velocity test in Bau 217. Until then the 22 are not released, please do not start them.</p>
<p>Freundliche Grüsse<br>Reto Zürcher</p>""")
case("p31", ["RG009"],
     "'approval' used for the sample sign-off, the finance PO approval and the production release in one mail; scope otherwise complete", [
    ("Update_4700-88333.eml", eml_bytes(mail(
        RETO, HESSE, "Update PO 4700-88333 FHS-1500-VS Bau 217",
        "Wed, 07 Aug 2024 08:55:00 +0200", _p31_text, html=_p31_html, cc=KAELIN))),
])

# p32 SAP PO printout: release strategy RELEASED + production release text
case("p32", ["RG009"],
     "SAP printout: 'RELEASED' for the PO release strategy and 'production release' for the balance; scope otherwise complete", [
    ("ME23N_4500013044.txt", txt("""
STRAITS TECHNOLOGICAL UNIVERSITY                                   SAP ECC 6.0 / ME23N display
Purchase Order 4500013044          Doc. date 15.07.2024          Vendor 710233
                                                                 SHARDA LABCRAFT INDUSTRIES PVT LTD
-------------------------------------------------------------------------------------------------
Release strategy : Z4 (Estates >= SGD 5,000)      Release indicator : R  -- RELEASED
   Level 10  Tan Hui Ling        released  15.07.2024 10:02
   Level 20  Goh Boon Keng       released  15.07.2024 16:45
-------------------------------------------------------------------------------------------------
Item  Material     Short text                              Qty  UoM   Net price SGD    Value SGD
00010 RS-1200-2T   Reagent shelf 1200 2-tier - SAMPLE         4  EA          318.00     1,272.00
-------------------------------------------------------------------------------------------------
Header note:
  Sample order. Balance 116 EA per quotation SLI/Q/24-25/097 not released. Production release of
  the balance only after lab sign-off by Dr Lim Wei Jie, by written release from Mr Goh Boon Keng.
Delivery date : 16.08.2024    Incoterms : DAP Singapore    Payment : 30 days net
-------------------------------------------------------------------------------------------------
""")),
])

# p33 portal: approval table (engineering, budget) and "approved, go ahead"
case("p33", ["RG002", "RG009"],
     "portal message 'All approvals are complete - approved, go ahead' with no quantity; APPROVED used for FAI samples and budget", [
    ("PBR_portal_PO_23210_status.html", html_page("Piedmont Supplier Portal - PBR-PO-23210 status", """
<h2>Piedmont Supplier Portal &mdash; PBR-PO-23210 &mdash; Status</h2>
<p>Supplier: Suzhou Huaxin Lab Equipment Co., Ltd. &nbsp;|&nbsp; Part: WRS-1500 wall reagent shelving, powder coat RAL 9016</p>
<table>
<tr><th>Line</th><th>Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>10</td><td>6</td><td>Sample</td><td>Delivered 08/26/2024</td></tr>
<tr><td>20</td><td>84</td><td>Production</td><td>ON HOLD &ndash; production release by Dana Whitfield (VP Operations) after FAI sign-off</td></tr>
</table>
<h3>Approvals</h3>
<table>
<tr><th>Approval</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Engineering approval (FAI samples)</td><td>APPROVED</td><td>Tyler Boone</td><td>09/03/2024</td></tr>
<tr><td>Budget approval</td><td>APPROVED</td><td>Finance</td><td>09/04/2024</td></tr>
</table>
<h3>Message to supplier</h3>
<div class="note">09/04/2024 &ndash; Jessica Harmon: All approvals are complete &ndash; approved, go ahead.</div>
""")),
])

# p34 "Freigabe" letter: drawing release and production release, no quantity
case("p34", ["RG009", "RG010"],
     "release letter uses Freigabe/release for the drawing and for production and never states how many sashes are released", [
    ("Freigabe_FHS-1200-VS_Bau215.pdf", pdf([
        ("h1", "Freigabe / Release - FHS-1200-VS Bau 215"),
        ("p", "Rheinfeld Pharma AG, Lab Infrastructure, Klybeckweg 112, CH-4057 Basel. Basel, 04.09.2024."),
        ("p", "An: Laborbau Westerwald GmbH, Montabaur"),
        ("p", "Sehr geehrte Damen und Herren"),
        ("p", "hiermit erteilen wir die Freigabe / we hereby give the release:"),
        ("p", "1. Zeichnungsfreigabe / drawing release: DRG FHS-1200-VS Rev D is released for manufacture."),
        ("p", "2. Produktionsfreigabe / production release for the sashes FHS-1200-VS for Bau 215 according to "
              "PO 4700-88262."),
        ("table", [
            ["Dokument", "Nummer", "Stand"],
            ["Zeichnung / drawing", "DRG FHS-1200-VS", "Rev D"],
            ["Bestellung / PO", "4700-88262", "Rev 1"],
            ["Bemusterung / sample sign-off", "SSR-215-003", "02.09.2024"],
        ]),
        ("sp",),
        ("p", "Mit freundlichen Grüssen"),
        ("p", "Dr. Andrea Bühlmann, Head Lab Infrastructure"),
    ], title="Freigabe FHS-1200-VS", author="Dr. Andrea Bühlmann")),
])

# p35 release mail with no quantity + forwarded internal authorisation (rfc822)
_p35_inner = mail(
    GOHBK, HUILING, "RS-1200-2T shelving - production release",
    "Tue, 03 Sep 2024 18:10:00 +0800",
    """Hui Ling,

Dr Lim has signed off the samples (fit check 02 Sep, load test ok). I authorise the production release of the reagent shelves under PO 4500013044. Pls inform Sharda.

Goh
""" + SIG_GOH)
_p35_text = """Dear Mr Malhotra,

Please see below the forwarded authorisation from Mr Goh Boon Keng, Deputy Director (Estates).

With this, STU releases the production of the reagent shelves RS-1200-2T under PO 4500013044. Kindly advise the delivery schedule by return email.

Thank you and regards,
Hui Ling
""" + SIG_HUILING
case("p35", ["RG010"],
     "production release mail and the forwarded authorisation never state how many shelves are released now", [
    ("Production_release_4500013044.eml", eml_bytes(mail(
        HUILING, RAJESH, "Production release - reagent shelving PO 4500013044",
        "Wed, 04 Sep 2024 09:30:00 +0800", _p35_text, attachments=[("rfc822", _p35_inner)]))),
])

# p36 Teams: "You're released to start production on the cup sinks, good to run" - no quantity
case("p36", ["RG002", "RG010"],
     "release authority says 'you're released ... good to run' on the cup sinks without any quantity", [
    ("Teams_chat_Huaxin_PBR.txt", txt("""
Microsoft Teams - chat export
Chat: Huaxin / PBR cup sinks
Participants: Dana Whitfield (Piedmont), Jessica Harmon (Piedmont), Kevin Xu (Suzhou Huaxin)
------------------------------------------------------------------
[9/18/2024 8:02 AM] Kevin Xu
Good morning Dana, the FAI report for the cup sinks SU-450-PP is uploaded to the portal yesterday. Any news?

[9/18/2024 8:40 AM] Dana Whitfield
Morning Kevin. Tyler signed the FAI this morning. You're released to start production on the cup sinks, good to run.

[9/18/2024 8:41 AM] Dana Whitfield
Jessica will update Coupa today.

[9/18/2024 8:45 AM] Kevin Xu
Great, thank you Dana! We start on Monday 🙏
""")),
])

# p37 call-off (DOCX attached to a mail) with no quantity
_p37_docx = docx_bytes([
    ("h1", "CALL-OFF ORDER No. 3"),
    ("p", "Under Frame Contract ANSH/FC/2024/007 - Al-Nour Specialized Hospital / Rubinetterie Sesia Lab S.r.l."),
    ("p", "Date: 26-Sep-2024"),
    ("p", "Kindly start production of the gas taps GT-EN13792 for the new labs in Bldg 5 according to the frame "
          "contract and the sample signed off on 12-Sep-2024 (form BME-SS-0917)."),
    ("table", [
        ["Gas", "Tap model", "Colour code EN 13792", "Outlet"],
        ["Nitrogen", "GT-N2-38", "black", "3/8\" BSP serrated 8 mm"],
        ["Oxygen", "GT-O2-38", "white", "3/8\" BSP serrated 8 mm"],
        ["Carbon dioxide", "GT-CO2-38", "grey", "3/8\" BSP serrated 8 mm"],
        ["Vacuum", "GT-VAC-38", "yellow", "3/8\" BSP serrated 8 mm"],
    ]),
    ("sp",),
    ("p", "Delivery: CIP Cairo Airport, 6 weeks. Invoicing as per frame contract clause 7."),
    ("table", [
        ["Signed", "Function"],
        ["Dr. Mona El-Sayed", "Lab Director"],
        ["Eng. Ahmed Fathy", "Procurement Department"],
    ]),
], author="Eng. Ahmed Fathy")
_p37_text = """Dear Ms Giulia,

Kindly find attached Call-off No. 3 under our frame contract ANSH/FC/2024/007, signed by Dr. Mona El-Sayed.

Please acknowledge receipt and send the delivery schedule.

Best regards,
Eng. Ahmed Fathy
""" + SIG_FATHY
case("p37", ["RG010"],
     "signed call-off tells the supplier to start production of the gas taps per the frame contract but states no quantity", [
    ("Call-off_3_ANSH_FC_2024_007.eml", eml_bytes(mail(
        FATHY, GIULIA, "Call-off No. 3 - gas taps - Frame Contract ANSH/FC/2024/007",
        "Thu, 26 Sep 2024 14:02:00 +0300", _p37_text, cc=MONA,
        attachments=[("Call-off_No3.docx", _p37_docx, DOCX_MT)]))),
])

# p38 PO that states the sample quantity twice differently; no release person
case("p38", ["RG005", "RG011"],
     "PO line says 5 sample frames, the PO note says six (6); balance hold and events stated but release only 'from Estates Office', nobody named", [
    ("STU_PO_4500013166.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500013166"),
        ("p", "Straits Technological University, Office of Estates & Procurement, 11 Kent Vale Crescent, Singapore 119260"),
        ("p", "Supplier: Považie Labtech s.r.o., Priemyselná 9, 017 01 Považská Bystrica, Slovakia. PO date: 12-Aug-2024. "
              "Currency: EUR. Incoterms: DAP Singapore."),
        ("table", [
            ["Line", "Material", "Description", "Qty", "UoM", "Unit price EUR", "Amount EUR"],
            ["10", "BF-C1500-750", "C-frame bench frame 1500 x 750, rev 04, RAL 7035, sample", "5", "EA", "196,00",
             "980,00"],
        ]),
        ("sp",),
        ("p", "PO note: Sample lot of six (6) bench frames for fit check at Block S17 Lab 04-08. The balance of 114 "
              "frames (quotation NP-24-140) is not released. It will be released only after the fit check sign-off "
              "and a written release from the Estates Office."),
        ("p", "Material: for the sample lot only. Frames to EN 13150, salt spray 240 h per ISO 9227."),
        ("p", "Buyer: Ms Nur Aisyah binte Rahmat, Procurement Officer"),
    ], title="PO 4500013166", author="Nur Aisyah")),
])

# p39 multi-file: PO 10 sample taps vs proforma 20 pcs, production starts on payment
case("p39", ["RG011", "RG012"],
     "PO releases ten (10) sample taps; the supplier's proforma for the same PO bills 20 pcs and says production starts on receipt of payment", [
    ("ANSH_PO_2024_0498.pdf", pdf([
        ("h1", "PURCHASE ORDER ANSH/PO/2024/0498"),
        ("p", "Al-Nour Specialized Hospital - Purchasing Department, 12 El-Thawra St., Heliopolis, Cairo"),
        ("p", "Supplier: Rubinetterie Sesia Lab S.r.l., Valduggia, Italy. Date: 02-Oct-2024. Currency: EUR."),
        ("table", [
            ["Ln", "Item", "Description", "Qty", "UOM", "Price EUR", "Amount EUR"],
            ["1", "GT-O2-38", "Gas tap oxygen, 3/8\" BSP, colour code EN 13792, oxygen-clean - SAMPLE", "10", "EA",
             "51,20", "512,00"],
        ]),
        ("sp",),
        ("p", "Scope: ten (10) sample taps only. The balance of 110 taps is not released; release only after the "
              "sample sign-off by Eng. Karim Hassan and a written release from Dr. Mona El-Sayed, Lab Director. "
              "Material authority: samples only."),
        ("p", "Buyer: Eng. Ahmed Fathy"),
    ], title="ANSH/PO/2024/0498", author="Eng. Ahmed Fathy")),
    ("Proforma_PF-24-0455.pdf", pdf([
        ("h1", "PROFORMA INVOICE PF-24-0455"),
        ("p", "Rubinetterie Sesia Lab S.r.l., Via per Borgosesia 31, 13018 Valduggia (VC), Italy - P.IVA IT02231840027"),
        ("p", "Customer: Al-Nour Specialized Hospital, Cairo. Your PO: ANSH/PO/2024/0498. Date: 04/10/2024."),
        ("table", [
            ["Pos.", "Article", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["1", "GT-O2-38", "Gas tap oxygen 3/8\" BSP, oxygen-clean", "20", "51,20", "1.024,00"],
            ["2", "", "Packing and documents", "1", "35,00", "35,00"],
            ["", "", "", "", "Total", "1.059,00"],
        ]),
        ("sp",),
        ("p", "Payment: 100% advance by bank transfer, IBAN IT60 X054 2811 1010 0000 0123 456."),
        ("p", "Production of the 20 pcs will start on receipt of payment. Delivery 4 weeks after payment."),
        ("p", "Giulia Rinaldi - Customer Service"),
    ], title="PF-24-0455", author="Giulia Rinaldi")),
])

# p40 supplier acknowledgement in a reply contradicts the quoted PO quantity
_p40_quoted = """Linda,

PBR-PO-23199 attached: four (4) sample sink units SU-600-EP r06 only. The remaining 76 are not released - they're on hold until our FAI sign-off and a written release from Dana Whitfield, VP Operations. Material authority: sample-only.

Thanks,
Jessica"""
_p40_text = """Dear Jessica,

Thank you for the PO. We confirm:

 - 6 pcs sample epoxy sinks SU-600-EP r06, ready in 2 weeks, ship by air DAP Morrisville.
 - Balance 74 pcs on hold, we wait Dana written release after FAI.

Best regards
Linda

On 2024-09-09 at 10:47, Jessica Harmon wrote:
""" + quote(_p40_quoted) + "\n" + SIG_LINDA
case("p40", ["RG011"],
     "supplier acknowledgement confirms 6 samples / 74 balance against the quoted PO of four (4) samples / 76", [
    ("Re_PBR-PO-23199.eml", eml_bytes(mail(
        LINDA, JESS, "Re: PBR-PO-23199 epoxy sinks SU-600-EP r06",
        "Tue, 10 Sep 2024 09:12:00 +0800", _p40_text,
        in_reply_to="<h207-pbr-0909@piedmontbio.com>"))),
])

# p41 full-quantity ERP PO: 240 on the line, delivery schedule adds up to 220
case("p41", ["RG011"],
     "full-quantity PO states 240 taps on the line and in the note, but its delivery schedule adds up to 220", [
    ("Coupa_PO_PBR-PO-23215.txt", txt("""
PIEDMONT BIOANALYTICAL RESEARCH, INC.                           PURCHASE ORDER (Coupa print)
1180 Aviation Parkway, Morrisville, NC 27560                    PO#: PBR-PO-23215   Rev: 0
                                                                Date: 09/16/2024
Supplier: Rubinetterie Sesia Lab S.r.l. (SUP-00412)             Ship to: Building B3, Dock 2
          Via per Borgosesia 31, 13018 Valduggia (VC), Italy    Terms: Net 45 | DAP Morrisville
-------------------------------------------------------------------------------------------------
Line  Item        Description                                     Qty  UOM  Unit USD     Ext USD
  1   WT-GN-12    Gooseneck lab water tap, 1/2" NPT, ceramic      240  EA      71.80   17,232.00
                  cartridge, lead-free NSF/ANSI 61/372
-------------------------------------------------------------------------------------------------
Delivery schedule line 1:
    10/07/2024      80 EA
    11/04/2024      80 EA
    12/02/2024      60 EA
Notes:
  Full quantity PO: 240 taps, repeat of PBR-PO-22871 (design unchanged, no sample lot).
  Deliver per schedule above. Each carton labelled with PO#, line and lot no.
Buyer: Jessica Harmon   jharmon@piedmontbio.com   +1 919 555 0143
-------------------------------------------------------------------------------------------------
""")),
])

# p42 multi-file: PO printout (30 released) + release mail (36) + minutes (30)
_p42_txt = txt("""
STRAITS TECHNOLOGICAL UNIVERSITY                                   SAP ECC 6.0 / ME23N display
Purchase Order 4500013233          Doc. date 24.06.2024          Vendor 710415
                                                                 SUZHOU HUAXIN LAB EQUIPMENT CO LTD
-------------------------------------------------------------------------------------------------
Item  Material        Short text                             Qty  UoM   Net price SGD    Value SGD
00010 SU-600-EP r05   Epoxy sink unit - PILOT                   4  EA          412.00     1,648.00
00020 SU-600-EP r05   Epoxy sink unit - PRODUCTION            150  EA          286.50    42,975.00
-------------------------------------------------------------------------------------------------
Header note (rev. 26.08.2024):
  Item 10: 4 pilot units delivered, fit check signed off by Dr Lim Wei Jie on 20.08.2024.
  Item 20: 150 EA commercial cover. Released for production: 30 EA (release REL-01 by
  Mr Goh Boon Keng, Block S18 Levels 3-4). Balance 120 EA on hold until the Levels 5-6
  fit-out is confirmed and written release REL-02 is issued by Mr Goh Boon Keng.
Incoterms : FOB Shanghai      Payment : 30% deposit, 70% before shipment
-------------------------------------------------------------------------------------------------
""")
_p42_mail = """Dear Ms Zhou,

Following Dr Lim's fit check sign-off of the 4 pilot sinks on 20 Aug, I hereby release thirty-six (36) epoxy sink units SU-600-EP r05 under PO 4500013233 item 20, for Levels 3-4 of Block S18.

The balance stays on hold until the Levels 5-6 fit-out is confirmed and I issue a further written release.

Regards,
Goh Boon Keng
""" + SIG_GOH
_p42_docx = docx_bytes([
    ("h1", "Block S18 Fit-out Coordination Meeting #7 - Minutes"),
    ("p", "Date: 28 Aug 2024, 10.00am, Estates Meeting Room 2. Chair: Goh Boon Keng."),
    ("table", [
        ["No.", "Trade", "Discussion / decision", "Owner"],
        ["7.1", "Lab sinks (Huaxin)", "Pilot sinks passed fit check (Dr Lim, 20 Aug). 30 units released for Levels 3-4 "
                                     "(REL-01). Balance 120 on hold until Levels 5-6 fit-out confirmed; REL-02 by Mr Goh.",
         "Tan Hui Ling"],
        ["7.2", "Bench frames", "Delivery to Level 3 in week 38, crane booking needed.", "Contractor"],
        ["7.3", "Eyewash", "Plumbing points at Level 3 to be relocated 150 mm (clash with sink).", "M&E consultant"],
    ]),
], author="Tan Hui Ling")
case("p42", ["RG011"],
     "PO printout and minutes say 30 units released (REL-01); the release mail from the same authority releases thirty-six (36)", [
    ("ME23N_4500013233.txt", _p42_txt),
    ("Release_REL-01_4500013233.eml", eml_bytes(mail(
        GOHBK, LINDA, "Release REL-01 - PO 4500013233 - epoxy sink units Block S18",
        "Mon, 26 Aug 2024 11:05:00 +0800", _p42_mail, cc=HUILING))),
    ("Minutes_S18_Coord_07.docx", _p42_docx),
])

# p43 deposit wired -> "go ahead!" with wire confirmation as text attachment, no quantity
_p43_wire = txt("""
FIRST CAROLINA COMMERCE BANK - OUTGOING WIRE CONFIRMATION
Date/time ........ 10/01/2024 09:12 ET
Reference ........ FCCB-WT-2410010088
Ordering customer  PIEDMONT BIOANALYTICAL RESEARCH INC
Beneficiary ...... SUZHOU HUAXIN LAB EQUIPMENT CO LTD
Bank ............. BANK OF CHINA SUZHOU BRANCH, SWIFT BKCHCNBJ95B
Amount ........... USD 6,750.00
Details .......... 30PCT DEPOSIT PBR-PO-23227
Status ........... SENT
""")
_p43_text = """Hi Linda,

The 30% deposit for PBR-PO-23227 (USD 6,750.00) went out this morning, wire confirmation attached. So you're good - go ahead!

Let me know the ship date once you have it.

Thanks,
Jessica
""" + SIG_JESS
case("p43", ["RG002", "RG010", "RG012"],
     "buyer treats the wired deposit as the start signal ('go ahead!') without naming any quantity", [
    ("Mail_PBR-PO-23227.eml", eml_bytes(mail(
        JESS, LINDA, "PBR-PO-23227 - deposit wired",
        "Tue, 01 Oct 2024 10:02:00 -0400", _p43_text,
        attachments=[("wire_confirmation_FCCB-WT-2410010088.txt", _p43_wire, "text/plain")]))),
])

# p44 plain mail: down payment paid, "so you can start the 46 now"
case("p44", ["RG012"],
     "buyer says the down payment for the 46 series sashes is paid, 'so you can start the 46 now', samples to ship with the first lot", [
    ("Mail_4700-88340.txt", txt("""
From: Zürcher Reto <reto.zuercher@rheinfeld-pharma.ch>
Sent: Mittwoch, 2. Oktober 2024 11:18
To: Hesse Jürgen <j.hesse@laborbau-westerwald.de>
Subject: Anzahlung 4700-88340 / down payment series FHS-1500-VS Bau 218

Grüezi Herr Hesse

The Anzahlung (30 %) for the series of 46 sashes, EUR 23.322,00, was paid yesterday by our Kreditoren. So you can start the 46 now; the two samples you can ship together with the first lot.

Freundliche Grüsse
Reto Zürcher
Strategischer Einkauf / Strategic Buyer Lab Infrastructure
Rheinfeld Pharma AG, Basel
Tel. +41 61 555 24 18
""")),
])

# p45 supplier order acceptance: "with this acceptance the order is released to our production"
case("p45", ["RG012"],
     "supplier's order acceptance treats PO acceptance as the production release", [
    ("OA-2024-0247_AlNour.docx", docx_bytes([
        ("h1", "ORDER ACCEPTANCE / PRIJATIE OBJEDNÁVKY OA-2024-0247"),
        ("p", "Považie Labtech s.r.o., Priemyselná 9, 017 01 Považská Bystrica, Slovakia - IČO 36 318 442"),
        ("p", "To: Al-Nour Specialized Hospital, Purchasing Department, Cairo - attn. Eng. Ahmed Fathy. "
              "Date: 12.09.2024."),
        ("p", "We accept your purchase order ANSH/PO/2024/0509 from 10.09.2024 for bench frames BF-C1500-750 rev 04, "
              "RAL 7035, for the Central Lab Bldg 3."),
        ("p", "With this acceptance the order is released to our production. Production start 16.09.2024, "
              "delivery in 6 weeks, FCA Považská Bystrica."),
        ("table", [
            ["", "Name", "Function"],
            ["Signed", "Peter Kováč", "Sales Manager"],
            ["Signed", "Martin Švec", "Quality"],
        ]),
    ], author="Peter Kováč")),
])


# =================================================================== WRITE
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem)


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    ids = [c["name"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    order = list(CASES)
    random.Random(207207).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h207_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        names = [fn for fn, _ in c["files"]]
        assert len(names) == len(set(names)), folder
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
