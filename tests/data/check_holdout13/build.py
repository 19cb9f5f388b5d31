#!/usr/bin/env python3
"""Generator for the releasegate check_holdout13 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout13/build.py

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
    m["Message-ID"] = msgid or f"<h13-{_MSGN[0]:04d}.{_MSGN[0] * 7919 % 100003:05d}@{dom}>"
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
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h13")
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



def q(text, level=1):
    """Quote text the way mail clients do for replies."""
    pre = ">" * level + " "
    return "\n".join((pre + ln) if ln.strip() else pre.rstrip() for ln in text.strip("\n").split("\n"))


def para_html(text):
    """Plain text -> simple HTML paragraphs (for multipart/alternative bodies)."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + escape(block).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n" + "\n".join(out) + "\n</body></html>\n"


TXT_MT = "text/plain"
HTML_MT = "text/html"


# =================================================================== RISK CASES
# Descriptive names (pNN = risky, cNN = clean) live only in this file.

# ---- p01: Pune two-wheeler, sample PO + supplier quote attached, nothing about the production figure
_p01_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("pre", "VEDANT AUTOCOMP PVT. LTD.\nGat No. 412, Chakan Industrial Area Phase II, Pune 410501\n"
            "GSTIN 27AABCV4412K1Z8   CIN U34300PN2009PTC13377"),
    ("sp",),
    ("table", [["PO No.", "VA/PUR/24-25/0418", "PO Date", "06.05.2024"],
               ["Supplier", "Joshi Pressure Diecast, Plot T-81, Bhosari MIDC, Pune 411026", "Vendor code", "V-10772"],
               ["Your ref.", "Quotation JPD/Q/112 dt. 22.04.2024", "Buyer", "Sameer Kulkarni"]]),
    ("sp",),
    ("table", [["Sr.", "Item code", "Description", "HSN", "Qty", "UOM", "Rate (Rs)", "Amount (Rs)"],
               ["1", "VA-BL-2207", "Brake Lever LH, pressure die-cast ADC12, powder coated black RAL 9005, "
                "Drg. VA-BL-2207 Rev. 03 - development samples", "8714", "50", "Nos", "310.00", "15,500.00"],
               ["", "", "", "", "", "", "CGST 9%", "1,395.00"],
               ["", "", "", "", "", "", "SGST 9%", "1,395.00"],
               ["", "", "", "", "", "", "Total", "18,290.00"]]),
    ("sp",),
    ("h", "Terms and conditions"),
    ("p", "1. Delivery: at our Chakan plant stores, on or before 25.05.2024."),
    ("p", "2. Documents: dimensional report (all 50 nos.), material TC for ADC12, X-ray report for 5 nos."),
    ("p", "3. Payment: 45 days from receipt of material and GRN."),
    ("p", "4. Tooling is covered by separate tool PO VA/TL/0092 and remains property of Vedant Autocomp."),
    ("p", "5. Please quote our PO number on all challans and invoices."),
    ("sp",),
    ("p", "For VEDANT AUTOCOMP PVT. LTD.  -  Authorised Signatory"),
], title="PO VA/PUR/24-25/0418", author="Vedant Autocomp Purchase")

_p01_quote = pdf([
    ("h1", "QUOTATION"),
    ("pre", "JOSHI PRESSURE DIECAST\nPlot T-81, Bhosari MIDC, Pune 411026  |  GSTIN 27AAPFJ2231Q1ZK\n"
            "Ref: JPD/Q/112            Date: 22.04.2024\nKind Attn: Mr. Sameer Kulkarni, Vedant Autocomp Pvt. Ltd."),
    ("p", "Sub: Quotation for Brake Lever LH (VA-BL-2207 Rev. 03)"),
    ("p", "Dear Sir, with reference to your enquiry dated 15.04.2024 we are pleased to quote as under:"),
    ("table", [["Description", "Qty", "Rate (Rs/no.)", "Remarks"],
               ["Development samples (soft-tool trial parts, machined + powder coated)", "50 nos", "310.00", "4 weeks from tool PO"],
               ["Regular production (ex 2-cavity tool, shot wt 0.42 kg)", "8,000 nos per month", "148.00", "after PPAP"],
               ["Die (2 cavity, H13, 1.5 lakh shots life)", "1 set", "3,85,000.00", "8 weeks"]]),
    ("p", "GST 18% extra. Packing: returnable crates. Validity 90 days. Rates based on ADC12 at Rs 228/kg; "
          "alloy variation beyond +/- 5% will be passed on."),
    ("p", "Thanking you and assuring you of our best services at all times."),
    ("p", "For Joshi Pressure Diecast - Deepak Joshi, Partner"),
], title="Quotation JPD/Q/112", author="Joshi Pressure Diecast")

_p01_text = """Dear Deepak ji,

Greetings from Vedant Autocomp!

With reference to your quotation no. JPD/Q/112 dated 22.04.2024 and our discussion during your visit
last Thursday, please find attached our PO no. VA/PUR/24-25/0418 for development samples of Brake Lever
LH, part no. VA-BL-2207 rev. 03.

Qty: 50 nos. (fifty) - development samples
Rate: Rs. 310/- per no. + GST 18%
Tooling: as per your quote, against separate tool PO VA/TL/0092.

Kindly arrange to submit the samples along with full dimensional report, material TC (ADC12) and X-ray
report for 5 nos. by 25th May. Out of the 50 nos., please keep 2 nos. aside for our Bhiwadi customer,
our SQA will collect them from your works.

Your quotation is also attached for ready reference.

Kindly acknowledge receipt of the PO and revert with the sample plan at the earliest.

Thanks & regards,
Sameer Kulkarni
Sr. Executive - Purchase (Development)
Vedant Autocomp Pvt. Ltd., Chakan, Pune
Mob: +91 98220 41187

Please consider the environment before printing this e-mail.
"""
_p01 = mail("Sameer Kulkarni <sameer.kulkarni@vedantautocomp.in>", "Deepak Joshi <deepak@joshidiecast.co.in>",
            "PO No. VA/PUR/24-25/0418 - Brake Lever LH - development samples",
            "Mon, 06 May 2024 16:42:10 +0530", _p01_text,
            cc="purchase@vedantautocomp.in",
            attachments=[("VA-PUR-24-25-0418.pdf", _p01_po, PDF_MT),
                         ("JPD-Q-112_quotation.pdf", _p01_quote, PDF_MT)])
case("p01_pune_brake_lever_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 50 nos with the supplier quote (8,000 nos/month) attached; nothing says the production figure is not released, no unlock event, no release person",
     [("PO_VA-PUR-0418.eml", eml_bytes(_p01))])

# ---- p02: Korean buyer PO (DOCX) + Yangjiang knife quote (PDF), two files in one folder
_p02_po = docx_bytes([
    ("h1", "PURCHASE ORDER"),
    ("p", "HANBIT KITCHEN CO., LTD.  |  5F, 27 Dosan-daero 8-gil, Gangnam-gu, Seoul 06040, Korea  |  Tel +82-2-3445-0912"),
    ("p", "PO No.: HB-PO-2405-031        Date: 2024-05-08"),
    ("p", "To: Yangjiang Fengyuan Knife & Scissors Co., Ltd., Dongcheng Industrial Zone, Yangjiang, Guangdong, China"),
    ("p", "Attn: Ms. Lily Huang (Sales)"),
    ("table", [["No.", "Item", "Specification", "Qty", "Unit price (USD)", "Amount (USD)"],
               ["1", "8\" chef knife (sample)", "3Cr13MoV, 2.0 mm, pakka wood handle, laser logo HANBIT", "24 pcs", "6.80", "163.20"],
               ["2", "6\" utility knife (sample)", "3Cr13MoV, 1.8 mm, pakka wood handle, laser logo HANBIT", "24 pcs", "5.20", "124.80"],
               ["", "", "", "", "Total", "288.00"]]),
    ("sp",),
    ("p", "Remarks"),
    ("li", "Each knife in individual blister with our Korean label (AI file sent by e-mail on 5/7)."),
    ("li", "Ship by DHL express to our Seoul office, freight collect (DHL acct 95-4471203)."),
    ("li", "Samples must arrive by June 10 for our buyer meeting in Busan. Please send tracking no."),
    ("li", "Hardness test report (HRC 54-56) for 3 pcs each item together with shipment."),
    ("sp",),
    ("p", "Payment: T/T within 7 days after receipt of samples."),
    ("p", "Park Ji-hoon / Manager, Sourcing Team / Hanbit Kitchen Co., Ltd."),
], author="Park Ji-hoon")

_p02_quote = pdf([
    ("h1", "QUOTATION"),
    ("pre", "YANGJIANG FENGYUAN KNIFE & SCISSORS CO., LTD.\nDongcheng Industrial Zone, Yangjiang, Guangdong 529500, China\n"
            "Tel: +86 662 3381 207   Wechat: fengyuan-lily\nQuotation No.: FY-Q240418     Date: 2024-04-18\nTo: Hanbit Kitchen Co., Ltd. - Mr. Park"),
    ("table", [["Item", "Sample qty", "Sample price", "Bulk qty", "Bulk price", "Bulk lead time"],
               ["8\" chef knife, 3Cr13MoV, pakka handle", "24 pcs", "USD 6.80", "3,000 pcs", "USD 4.15", "35 days"],
               ["6\" utility knife, 3Cr13MoV, pakka handle", "24 pcs", "USD 5.20", "3,000 pcs", "USD 3.05", "35 days"]]),
    ("p", "Price term: FOB Shenzhen. Payment: T/T 30% deposit, 70% against copy of B/L. Logo laser free. "
          "Blister and label printing included for bulk. Validity: 60 days."),
    ("p", "Best regards, Lily Huang / Sales Manager"),
], title="FY-Q240418", author="Fengyuan")
case("p02_hanbit_knives_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Two-file bundle: sample PO for 24+24 knives and supplier quote with 3,000 pcs bulk tiers; PO never says bulk is not released, no unlock event, no release person",
     [("HB-PO-2405-031.docx", _p02_po), ("FY-Q240418_quotation.pdf", _p02_quote)])

# ---- p03: Dhaka retail paper-bag PO (HTML) with quoted bulk quantity in the same table
_p03_html = html_page("Purchase Order MSS/PO/2024/0611", """
<h2>MEGHNA SUPER SHOP LTD.</h2>
<p>House 14, Road 41, Gulshan-2, Dhaka-1212 &middot; BIN 000412377-0101</p>
<h3>PURCHASE ORDER</h3>
<table>
<tr><th>PO No.</th><td>MSS/PO/2024/0611</td><th>Date</th><td>11-06-2024</td></tr>
<tr><th>Supplier</th><td>Padma Paper Products, Plot 9, BSCIC I/A, Tongi, Gazipur</td><th>Supplier ID</th><td>S-0288</td></tr>
<tr><th>Ref.</th><td>Your quotation PPP/Q/2024/77 dated 02-06-2024</td><th>Delivery to</th><td>Central warehouse, Tejgaon I/A</td></tr>
</table>
<br>
<table>
<tr><th>SL</th><th>Description</th><th>Size (cm)</th><th>Qty</th><th>Rate (BDT)</th><th>Amount (BDT)</th></tr>
<tr><td>1</td><td>Kraft paper bag, twisted paper handle, 2-colour flexo print (Meghna logo), 100 gsm brown kraft &ndash; sample</td><td>32 x 42 x 12</td><td>500 pcs</td><td>14.50</td><td>7,250.00</td></tr>
<tr><td>2</td><td>Kraft paper bag, flat handle, 1-colour print &ndash; sample</td><td>26 x 32 x 10</td><td>500 pcs</td><td>11.80</td><td>5,900.00</td></tr>
<tr><td></td><td>Quoted bulk quantity as per your quotation PPP/Q/2024/77</td><td>32 x 42 x 12 / 26 x 32 x 10</td><td>50,000 pcs / 80,000 pcs</td><td>9.85 / 7.40</td><td>&mdash;</td></tr>
<tr><td></td><td colspan="4"><b>Total (samples)</b></td><td><b>13,150.00</b></td></tr>
</table>
<h4>Terms</h4>
<ol>
<li>Print proof to be sent on WhatsApp (+880 1711-402288) before printing. Pantone 7621 C for logo.</li>
<li>Delivery within 10 days of this PO, Saturday to Thursday 9 am &ndash; 5 pm.</li>
<li>VAT &amp; AIT as per NBR rules; Mushak 6.3 must accompany the bill.</li>
<li>Payment by account payee cheque within 30 days of bill submission.</li>
</ol>
<p>Md. Rafiqul Islam<br>Manager &ndash; Procurement (Non-Food)<br>Meghna Super Shop Ltd.</p>
""")
case("p03_meghna_paper_bag_po", ["RG001", "RG003", "RG004", "RG005"],
     "HTML sample PO for 500+500 bags lists the quoted bulk 50,000/80,000 pcs in the same table with no 'not released'; no hold, event or release person",
     [("MSS-PO-2024-0611.html", _p03_html)])

# ---- p04: Coimbatore pump maker PO mail for 10 proto motors, supplier quote forwarded as message/rfc822
_p04_fwd = mail("Ramesh Natarajan <ramesh.n@lakshmimotors.co.in>", "Karthik Subramanian <karthik.s@svpumps.in>",
                "Quote LMD/24/Q-331 - 1.5 kW TEFC motor, B14",
                "Fri, 26 Apr 2024 11:05:33 +0530",
                """Dear Mr. Karthik,

Greetings. Against your enquiry SVP/ENQ/0091 please find our offer:

  1.5 kW 4P TEFC, frame 90L, B14 flange, IE2, Class F/B rise, IP55
  Proto motors      : 10 nos    @ Rs 6,850/no.   delivery 3 weeks
  Series production : 1,500 nos @ Rs 5,420/no.   delivery 6-8 weeks in lots of 250
  Routine test certificate with each motor. Type test at CPRI extra at actuals.

  Taxes: GST 18% extra. Freight: to pay. Validity 60 days.

Thanking you,
Ramesh Natarajan
Marketing Manager, Lakshmi Motors & Drives, Ambattur Industrial Estate, Chennai 600058
""")
_p04_text = """Dear Mr. Ramesh,

Good afternoon.

We have created PO 4500012876 in SAP for 10 nos. proto motors against your quote (forwarded below for
ready reference). Hard copy will follow by courier.

  Item 10 : Motor 1.5 kW 4P TEFC, frame 90L, B14 flange, IE2, as per our spec SVP-MS-015 rev B
  Qty     : 10 nos
  Rate    : Rs 6,850/no. + GST
  Delivery: 3 weeks, to our Ganapathy works, Coimbatore

Please send routine test certificate (IR, HV, no-load, locked rotor) along with each motor and mark the
motor SL no. on the terminal box cover. Shaft extension must be 24j6 with key 8x7 as per the drawing
sent earlier.

Kindly confirm the delivery date.

Regards,
Karthik Subramanian
Asst. Manager - Purchase
Sree Venkateswara Pumps Pvt. Ltd.
SIDCO Industrial Estate, Kurichi, Coimbatore 641021
Ph: 0422-2672 114 | Mob: 94430 28871
"""
_p04 = mail("Karthik Subramanian <karthik.s@svpumps.in>", "Ramesh Natarajan <ramesh.n@lakshmimotors.co.in>",
            "PO 4500012876 - 1.5 kW TEFC motor - proto 10 nos",
            "Thu, 09 May 2024 14:18:40 +0530", _p04_text, attachments=[("rfc822", _p04_fwd)])
case("p04_svp_motor_po_fwd_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO mail for 10 proto motors forwards the quote with 1,500 nos series production; nothing says the series quantity is not released, no unlock event or person",
     [("PO_4500012876.eml", eml_bytes(_p04))])

# ---- p05: Ahmedabad beverage PO (PDF) for trial preforms with the production lot (Indian lakh format) beside it
_p05 = pdf([
    ("h1", "PURCHASE ORDER"),
    ("pre", "SUNRISE BEVERAGES PVT. LTD.\nSurvey No. 218, Sanand-Viramgam Highway, Sanand, Ahmedabad 382110\nGSTIN 24AAFCS7719E1Z3"),
    ("table", [["PO No.", "SBPL/PO/0781", "Date", "21/05/2024"],
               ["Vendor", "Gujarat Polypack Industries, Phase IV, Vatva GIDC, Ahmedabad", "Vendor GSTIN", "24AAHFG0532B1ZP"],
               ["Quotation", "GPI/Q/0412 dated 14/05/2024", "Indentor", "Production - Line 2 (Sidel SBO 8)"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Rate (Rs)", "Amount (Rs)"],
               ["10", "PET preform 25.0 g, 28 mm PCO 1881 neck, clear, for 500 ml CSD; IV 0.80 +/- 0.02", "2,000 nos (trial)", "1.92", "3,840.00"],
               ["", "Production lot as per your quotation GPI/Q/0412", "24,00,000 nos", "1.78", ""],
               ["", "GST 18%", "", "", "691.20"],
               ["", "Total", "", "", "4,531.20"]]),
    ("sp",),
    ("p", "Notes: Trial preforms are required for the blowing trial on our Sidel line on 18/06/2024. "
          "Please send the preform drawing, IV test report and AA (acetaldehyde) report with the material. "
          "Preforms to be packed in corrugated boxes with PE liner, 1,000 nos per box. Freight ex-works."),
    ("p", "Payment: 30 days from GRN. Subject to Ahmedabad jurisdiction."),
    ("p", "Hiren Shah, Purchase Manager, for Sunrise Beverages Pvt. Ltd."),
], title="SBPL/PO/0781", author="Sunrise Beverages")
case("p05_sunrise_preform_trial_po", ["RG001", "RG003", "RG004", "RG005"],
     "PDF PO for 2,000 trial preforms shows the 24,00,000 nos production lot in the line table with nothing saying it is not released; no hold, event or release person",
     [("SBPL-PO-0781.pdf", _p05)])

# ---- p06: Korean buyer / Jamnagar brass glands; scoped PO deep in the thread, then "Label file is fine. Go ahead."
_p06_po_mail = """Dear Mr. Jignesh,

Please find our PO DE-2405-118 for sample cable glands:
 - CG-M20 nickel-plated brass, double seal, IP68, thread M20x1.5 : 20 pcs
 - CG-M25 nickel-plated brass, double seal, IP68, thread M25x1.5 : 20 pcs
Total 40 pcs, USD 1.35 / 1.62 per pc, CIF Busan by courier.

This PO is for the samples only. The remaining 4,960 pcs in your quotation are not released. They stay on
hold until our QA team finishes the sample sign-off and I, Kim Min-seo, send you a written release.

Best regards,
Kim Min-seo
Procurement Team, Daeil Electric Co., Ltd. (Changwon)"""
_p06_sup_mail = """Dear Ms. Kim,

Good day. Samples are machined and at plating now. Please find the label artwork for the gland packet
(inner poly bag label and outer carton label with your part codes) attached in my earlier mail.
Kindly check and confirm so we can print.

Regards,
Jignesh Patel
Shree Hari Brass Components, GIDC Phase III, Dared, Jamnagar 361004"""
_p06_text = f"""Dear Jignesh,

Label file is fine. Go ahead.

Best regards,
Min-seo

--
Kim Min-seo | Procurement Team | Daeil Electric Co., Ltd.
55, Seongsan-ro, Seongsan-gu, Changwon-si, Gyeongsangnam-do, Korea | T. +82-55-270-3318

On Tue, 21 May 2024 at 18:02 +0530, Jignesh Patel <jignesh@shreeharibrass.in> wrote:
{q(_p06_sup_mail)}
>
> On Mon, 13 May 2024 09:40 +0900, Kim Min-seo <minseo.kim@daeilelec.co.kr> wrote:
{q(_p06_po_mail, 2)}
"""
_p06 = mail("Kim Min-seo <minseo.kim@daeilelec.co.kr>", "Jignesh Patel <jignesh@shreeharibrass.in>",
            "RE: RE: PO DE-2405-118 sample cable glands - label artwork",
            "Wed, 22 May 2024 10:15:02 +0900", _p06_text, html=para_html(_p06_text),
            in_reply_to="<h13-lbl-0521@shreeharibrass.in>")
case("p06_daeil_glands_label_go_ahead", ["RG002"],
     "Thread carries a complete sample scope (40 pcs, 4,960 on hold, QA sign-off + written release by Kim Min-seo); the buyer's latest 'Go ahead.' after a label check names neither sample-only nor a quantity",
     [("RE_PO_DE-2405-118_label.eml", eml_bytes(_p06))])

# ---- p07: Coimbatore WhatsApp export - scope stated, later advance paid and "green signal, start karo"
_p07 = """[10/06/24, 9:41:12 AM] Senthil Kumar (Aruna Agro): Ravi, PO 2231 sent by mail. Only 5 nos proto motors 0.75 kW single phase, capacitor start. Bal. 495 nos on hold till our field trial sign-off, after that I will send written release for the balance. Don't start balance.
[10/06/24, 9:43:50 AM] Ravi Sri Balaji Motors: Noted sir 🙏 5 nos proto only
[10/06/24, 9:44:02 AM] Ravi Sri Balaji Motors: Stator winding will start Monday
[14/06/24, 6:12:47 PM] Ravi Sri Balaji Motors: <Media omitted>
[14/06/24, 6:12:59 PM] Ravi Sri Balaji Motors: Sir winding done, 35 SWG, varnish dipping tomorrow. Terminal box colour grey ok?
[14/06/24, 6:20:31 PM] Senthil Kumar (Aruna Agro): Grey ok. Name plate as per our format only, I will send cdr file
[15/06/24, 11:02:10 AM] Senthil Kumar (Aruna Agro): <Media omitted>
[18/06/24, 5:48:36 PM] Ravi Sri Balaji Motors: Sir proto 5 nos dispatched today via ST Courier, docket 4412 0917 33. Test reports inside box
[18/06/24, 5:49:10 PM] Ravi Sri Balaji Motors: Sir as per our quote 30% advance is required for the order, kindly check with accounts 🙏
[24/06/24, 12:30:05 PM] Senthil Kumar (Aruna Agro): Ravi, accounts transferred the advance today, UTR SBINR52024062411873
[24/06/24, 12:30:41 PM] Senthil Kumar (Aruna Agro): So green signal from our side, start karo 👍
[24/06/24, 12:35:19 PM] Ravi Sri Balaji Motors: Thank you sir 🙏🙏 we will start the balance from tomorrow itself
[24/06/24, 12:35:40 PM] Ravi Sri Balaji Motors: Copper rate also increased sir, will discuss separately
"""
case("p07_whatsapp_aruna_motors", ["RG002", "RG012"],
     "Scope was 5 proto, balance 495 held for field-trial sign-off and Senthil's written release; later 'advance transferred ... so green signal, start karo' ties payment to starting and names no quantity",
     [("WhatsApp Chat with Ravi Sri Balaji Motors.txt", _p07)])

# ---- p09: HK buyer / Dongguan zinc buckles on WeChat: "Plating colour approved. PO also approved by our boss. Please proceed."
_p09 = """WeChat chat history export
Chat: Wong Ka Yan (Harbourline Bags HK) <-> Chen Hao 陈浩 (Dongguan Jinlong Hardware)
Exported: 2024-06-28 10:02

2024-06-03 14:22  Wong Ka Yan: Hi Chen Hao, PO HK-2406-07 sent to your email. It is for 60 pcs sample buckles only (zinc alloy, 38mm, antique brass). The 6,000 pcs in your quotation are NOT released. They wait for our sample sign-off, then I (Wong Ka Yan) will send written release.
2024-06-03 14:25  Chen Hao 陈浩: 收到 received, 60 pcs sample only 👌
2024-06-03 14:26  Chen Hao 陈浩: mould T1 on Thursday
2024-06-11 09:10  Chen Hao 陈浩: [Photo]
2024-06-11 09:10  Chen Hao 陈浩: [Photo]
2024-06-11 09:11  Chen Hao 陈浩: plating colour sample, antique brass with brush. pls check
2024-06-11 09:40  Wong Ka Yan: a bit too dark, can make lighter like our old buckle? I send you photo
2024-06-11 09:41  Wong Ka Yan: [Photo]
2024-06-13 16:05  Chen Hao 陈浩: [Photo]
2024-06-13 16:05  Chen Hao 陈浩: new one, lighter
2024-06-14 11:30  Wong Ka Yan: Plating colour approved ✅ PO also approved by our boss already. Please proceed.
2024-06-14 11:31  Chen Hao 陈浩: 好的 👍 thank you
2024-06-14 11:31  Chen Hao 陈浩: will arrange
"""
case("p09_wechat_harbourline_buckles", ["RG002", "RG009"],
     "Scope is complete (60 samples, 6,000 held for sign-off and Wong's written release), but 'Plating colour approved ... PO also approved ... Please proceed' is unscoped and uses 'approved' for a technical and a commercial approval",
     [("wechat_export_harbourline.txt", _p09)])

# ---- p10: Binh Duong rubber outsoles: pilot PO (PDF) + mould trial report (PDF) ending "GOOD TO RUN"
_p10_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("pre", "PACIFIC STRIDE VIETNAM CO., LTD. (Sourcing Office)\n12th Floor, 235 Nguyen Van Cu, District 1, Ho Chi Minh City\n"
            "Tax code 0314 882 176"),
    ("table", [["PO No.", "PS-24-0615", "Date", "15/06/2024"],
               ["Supplier", "Phu Thinh Rubber Co., Ltd., Tan Uyen, Binh Duong", "Model", "RN-220 runner outsole"],
               ["Buyer", "Le Thi Thu Ha, Sourcing Manager", "Currency", "USD"]]),
    ("sp",),
    ("table", [["Line", "Description", "Sizes", "Qty", "Unit price", "Amount"],
               ["1", "Rubber outsole RN-220, carbon rubber heel / blown rubber forefoot, black/white", "US 5-11 full run", "200 pairs (pilot run)", "2.45", "490.00"]]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "This PO covers the pilot run of 200 pairs only. The remaining 7,800 pairs of your quotation QT-PT-0521 "
          "are not released and stay on hold until (1) our development team signs off the pilot run and "
          "(2) a written release signed by Ms. Le Thi Thu Ha, Sourcing Manager, reaches you. Do not start them."),
    ("p", "Test requirements: hardness Shore A 62 +/- 3; abrasion DIN ISO 4649 max 150 mm3; bond strength with "
          "EVA midsole min 3.0 kg/cm. Reports to accompany the delivery."),
    ("p", "Delivery: 10/07/2024 to Pacific Stride partner factory, VSIP II, Binh Duong."),
    ("p", "Le Thi Thu Ha - Sourcing Manager"),
], title="PS-24-0615", author="Pacific Stride Vietnam")
_p10_rep = pdf([
    ("h1", "MOULD TRIAL REPORT"),
    ("pre", "Pacific Stride Vietnam - Quality Dept.          Report no.: QC-MT-24-0088\n"
            "Supplier : Phu Thinh Rubber Co., Ltd.            Date     : 27/06/2024\n"
            "Article  : RN-220 outsole, mould set #2 (8 cav)  Inspector: Nguyen Van Hai"),
    ("table", [["Check", "Spec", "Result", "Judgement"],
               ["Hardness heel (Shore A)", "62 +/- 3", "63 / 64 / 62", "OK"],
               ["Abrasion DIN ISO 4649", "max 150 mm3", "118 mm3", "OK"],
               ["Flash at toe spring", "max 0.5 mm", "0.3 mm after trim", "OK"],
               ["Cavity 8 logo depth", "0.6 mm", "0.55 mm", "OK"],
               ["Colour vs standard (white)", "Delta E < 1.5", "0.9", "OK"]]),
    ("sp",),
    ("p", "Remarks: mould cavity 8 vent cleaned, cure time 240 s at 165 C confirmed. Press no. 4 and 6."),
    ("p", "Conclusion: mould set #2 is GOOD TO RUN. Phu Thinh may proceed."),
    ("p", "Signed: Nguyen Van Hai (QC)    cc: Phu Thinh production office"),
], title="QC-MT-24-0088", author="Pacific Stride QC")
case("p10_pacific_stride_outsole_pilot", ["RG002"],
     "Pilot PO states 200 pairs, hold on 7,800, sign-off + Ms. Le's written release; the buyer's mould trial report, copied to the supplier's production office, ends 'GOOD TO RUN. Phu Thinh may proceed.' with no quantity or pilot scope",
     [("PS-24-0615_PO.pdf", _p10_po), ("QC-MT-24-0088_mould_trial.pdf", _p10_rep)])

# ---- p11: Ahmedabad distributor / Morbi tiles, Hinglish WhatsApp: scope, then "shade theek hai toh lot run kar dena, good to run"
_p11 = """[03/07/2024, 10:14] Nilesh Thakkar: Bhavesh bhai, PO 1122 mail kiya hai. Only 3 boxes sample of 600x1200 Statuario glossy (GVT, 2 pcs/box). Baaki 1,200 boxes hold pe rahenge jab tak main sample check karke written release nahi bhejta. - Nilesh
[03/07/2024, 10:20] Bhavesh Morbi Ceramics: Ok Nileshbhai, 3 box sample kal dispatch. Batch no. and shade no. box pe likh denge
[03/07/2024, 10:21] Bhavesh Morbi Ceramics: Transport by VRL or Patel Roadways?
[03/07/2024, 10:25] Nilesh Thakkar: VRL, Naroda godown
[05/07/2024, 17:40] Bhavesh Morbi Ceramics: Dispatched. LR no. 88231907. Shade S-14, caliber 7
[06/07/2024, 09:05] Nilesh Thakkar: Bhavesh bhai, site pe builder ko jaldi chahiye. Sample pahunchne ke baad agar shade theek hai toh lot run kar dena, good to run. Time kam hai 🙏
[06/07/2024, 09:07] Bhavesh Morbi Ceramics: 👍 done bhai, kiln booking kar leta hu
"""
case("p11_whatsapp_morbi_tiles", ["RG002", "RG007"],
     "Buyer first holds 1,200 boxes for his own written release, then writes that if the sample shade is fine the lot can run ('good to run') - sample result rolls into production, unscoped",
     [("WhatsApp Chat - Bhavesh Morbi Ceramics.txt", _p11)])

# ---- p14: Karachi distributor PO (PDF) to a Sialkot maker: named release person, hold "until further notice", no event
_p14 = pdf([
    ("h1", "PURCHASE ORDER"),
    ("pre", "MEDISURG TRADING (PVT.) LTD.\nSuite 408, Business Arcade, Shahrah-e-Faisal, Karachi 75400\nNTN 4127734-2   STRN 17-00-4127-734-19"),
    ("table", [["PO No.", "MST/PO/24/0219", "Date", "13-06-2024"],
               ["Supplier", "Al-Noor Surgical Works, Small Industrial Estate, Ugoki Road, Sialkot", "Supplier code", "SKT-041"],
               ["Quotation", "ANSW/QT/1187 dated 04-06-2024", "Currency", "PKR"]]),
    ("sp",),
    ("table", [["S.No", "Article", "Description", "Qty", "Rate (PKR)", "Amount (PKR)"],
               ["1", "AN-105-17", "Mayo scissors 17 cm (6.75\"), straight, German stainless (AISI 420), satin finish", "1 dozen (12 pcs)", "1,150", "13,800"],
               ["2", "AN-118-18", "Metzenbaum scissors 18 cm (7\"), curved, tungsten carbide inserts, gold handles", "1 dozen (12 pcs)", "2,480", "29,760"],
               ["", "", "Total", "", "", "43,560"]]),
    ("sp",),
    ("h", "Special instructions"),
    ("p", "This order covers one sample dozen of each pattern only. The remaining quantity of your quotation "
          "(600 pcs of each pattern) is not released and remains on hold until further notice. "
          "Only Mr. Asif Mehmood, Director Procurement, can release the remaining quantity."),
    ("p", "Each instrument laser marked MEDISURG + article no. + CE 0123; individually pouched; passivation per "
          "ASTM A967 and boiling water test report required. Country of origin 'Pakistan' on each pouch."),
    ("p", "Delivery: by TCS to Karachi office within 3 weeks."),
    ("p", "Payment: by cheque 30 days after receipt."),
    ("p", "Asif Mehmood, Director Procurement  |  Prepared by: Hira Aslam, Purchase Officer"),
], title="MST/PO/24/0219", author="Medisurg Trading")
case("p14_medisurg_scissors_po", ["RG004"],
     "Sample dozen per pattern stated, remainder not released and Mr. Asif Mehmood named as the only releaser, but the hold is 'until further notice' - no unlock event",
     [("MST-PO-24-0219.pdf", _p14)])

# ---- p15: Japanese buyer order sheet (HTML) - hold + sample sign-off event, but release by "our company", nobody named
_p15 = html_page("Order Sheet KD-24-0731", """
<h2>注文書 / ORDER SHEET</h2>
<p><b>Kansai Denki Seisakusho Co., Ltd.</b><br>2-14-6 Minamisemba, Chuo-ku, Osaka 542-0081, Japan<br>Purchasing Section &middot; TEL 06-6245-3190 &middot; FAX 06-6245-3199</p>
<table>
<tr><th>Order No.</th><td>KD-24-0731</td><th>Issue date</th><td>2024/07/03</td></tr>
<tr><th>Supplier</th><td>Wenzhou Hongda Electric Fittings Co., Ltd.</td><th>Your estimate</th><td>HD-E-240611</td></tr>
</table>
<br>
<table>
<tr><th>No.</th><th>Part No.</th><th>Description</th><th>Q'ty</th><th>Unit price (JPY)</th><th>Amount (JPY)</th></tr>
<tr><td>1</td><td>KCG-20-N</td><td>Cable gland M20x1.5, nylon PA66, IP68, black, with locknut (sample)</td><td>30</td><td>48</td><td>1,440</td></tr>
<tr><td>2</td><td>KCG-25-N</td><td>Cable gland M25x1.5, nylon PA66, IP68, black, with locknut (sample)</td><td>30</td><td>61</td><td>1,830</td></tr>
</table>
<div class="note">
<p><b>Notice concerning quantity</b></p>
<p>The quantity of this order is the sample quantity shown above (30 pcs each). The production quantity of 3,000 pcs each in your estimate is not released. It remains on hold until our Quality Assurance section completes the sample sign-off and our company issues a written production release.</p>
</div>
<p>Delivery: by 2024/07/24, EMS to Osaka. Please attach inspection data (thread gauge, IP68 test 1 m / 30 min) and RoHS declaration.</p>
<p>Thank you for your continued support.</p>
<p>Purchasing Section, Kansai Denki Seisakusho Co., Ltd.</p>
""", lang="ja")
case("p15_kansai_denki_order_sheet", ["RG005"],
     "Order sheet states 30+30 samples, holds the 3,000 each until QA sample sign-off and a written release 'by our company' - no named person who may release",
     [("KD-24-0731_order_sheet.html", _p15)])

# ---- p16: Korean scooter maker mail says 50 samples, attached PO says 60; release "after internal approval in our company"
_p16_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("pre", "DONGBANG MOBILITY CO., LTD.\n88, Gongdan-ro 140beon-gil, Gunpo-si, Gyeonggi-do, Korea\nPO No.: DBM-P-2406-0442      Date: 2024-06-10"),
    ("table", [["Vendor", "Chennai Precision Pressings Pvt. Ltd., Oragadam, Tamil Nadu, India"],
               ["Payment", "T/T 30 days after B/L"], ["Incoterms", "CIF Busan (sample: courier)"]]),
    ("sp",),
    ("table", [["No", "Part No.", "Part name", "Material", "Qty", "Unit price USD", "Amount USD"],
               ["1", "DB-FRB-310", "Footrest bracket RH (sample)", "SAPH440 t3.2, e-coat black", "60 EA", "3.90", "234.00"]]),
    ("sp",),
    ("p", "Inspection: ISIR with 5 pcs full measurement, e-coat thickness 20 um min, salt spray 240 h report."),
    ("p", "Purchasing Team - Dongbang Mobility"),
], title="DBM-P-2406-0442", author="Dongbang Mobility")
_p16_text = """Dear Mr. Arun,

Hello. This is Yoon Seo-jin from Dongbang Mobility purchasing team.

Please find attached PO for 50 pcs samples of footrest bracket RH (DB-FRB-310). The remaining 1,950 pcs
are not released. They will be released by written release after internal approval in our company.

Please send the samples by courier (FedEx acct 3371-2204-1) until July 5 with ISIR.

If you have any question, please contact me anytime.

Best regards,
Yoon Seo-jin / Assistant Manager
Purchasing Team | Dongbang Mobility Co., Ltd.
T +82-31-428-7720 | M +82-10-5521-0983
"""
_p16 = mail("Yoon Seo-jin <sj.yoon@dongbangmobility.co.kr>", "Arun Venkatraman <arun.v@chennaipressings.in>",
            "[Dongbang] PO DBM-P-2406-0442 footrest bracket sample",
            "Mon, 10 Jun 2024 17:22:45 +0900", _p16_text,
            attachments=[("DBM-P-2406-0442.pdf", _p16_po, PDF_MT)])
case("p16_dongbang_bracket_50_vs_60", ["RG005", "RG011"],
     "Mail says 50 sample pcs, the attached PO line says 60 EA; balance held until written release after 'internal approval in our company' - no named release person",
     [("DBM-P-2406-0442_mail.eml", eml_bytes(_p16))])

# ---- p17: DingTalk (Ningbo buyer / micro-motor supplier): "first make 20 samples ... the rest wait" - no event, no person
_p17 = """钉钉聊天记录 DingTalk chat record
群/Chat: 刘伟 Liu Wei (宁波康达电器 Ningbo Kangda Appliances) & Tony Chen 陈东 (慈溪恒力微电机 Cixi Hengli Micro Motor)
导出时间 Exported: 2024-07-12 17:30

2024-07-08 09:12 刘伟 Liu Wei: Tony 早. PO KD-0708 已经发邮件 sent by email
2024-07-08 09:13 刘伟 Liu Wei: 先做样品20个 first make 20 pcs samples, 按图纸 DW-3302 rev B, 24V 3200rpm
2024-07-08 09:20 Tony Chen 陈东: 好的 OK. The rest 1980 pcs in quotation?
2024-07-08 09:24 刘伟 Liu Wei: 其他的先不要做, wait. Don't start the rest.
2024-07-08 09:25 Tony Chen 陈东: 明白 understood, we wait your notice
2024-07-08 09:25 Tony Chen 陈东: shaft length 12.5 or 13? drawing not clear
2024-07-08 09:41 刘伟 Liu Wei: 12.5 ±0.1
2024-07-11 15:02 Tony Chen 陈东: [图片 image]
2024-07-11 15:02 Tony Chen 陈东: samples winding finished, no-load current 0.11A, send 7/15 by SF
"""
case("p17_dingtalk_kangda_micromotor", ["RG004", "RG005"],
     "Buyer says 'first make 20 samples' and 'don't start the rest, wait' - balance held but no unlock event and nobody named to release it",
     [("dingtalk_export_kangda_hengli.txt", _p17)])

# ---- p18: Dhaka footwear buyer SMS thread: sample request with no quantity and nothing about the rest
_p18 = """SMS conversation export - +880 1819-224571 (Tanvir Rupsha Footwear)
------------------------------------------------------------------
02-Jul-2024 08:52  Tanvir Rupsha Footwear:
Salam bhai. Pls send sample of brass eyelet 5mm antique finish + washer as per drg sent on imo. Urgent, buyer visit on Sunday. -Tanvir, Rupsha Footwear Purchase

02-Jul-2024 09:10  Me:
Walaikum salam bhai. Ok. How many pcs sample u need?

02-Jul-2024 09:31  Tanvir Rupsha Footwear:
Same as last time bhai u know. Also send colour card for gunmetal

02-Jul-2024 09:33  Me:
Ok bhai Thursday deliver at Hemayetpur factory

04-Jul-2024 16:05  Me:
Sample sent with Rahim, challan 2207. Pls check
"""
case("p18_sms_rupsha_eyelets", ["RG003", "RG004", "RG005", "RG010"],
     "Buyer's SMS asks for eyelet samples without ever stating a quantity ('same as last time'), and says nothing about the rest, any unlock event or who releases",
     [("sms_export_rupsha_footwear.txt", _p18)])

# ---- p19: Japanese importer letter (PDF) asking for a "sample lot" with hold/event/person - but no sample quantity anywhere
_p19 = pdf([
    ("pre", "TOKAI CUTLERY TRADING CO., LTD.\n3-8-21 Nishiki, Naka-ku, Nagoya 460-0003, Japan\nTel +81-52-961-2270  Fax +81-52-961-2271"),
    ("sp",),
    ("p", "July 9, 2024"),
    ("p", "Yangjiang Shibazi Blade Works Co., Ltd.\nAttn: Mr. Jason Liang, Export Department"),
    ("sp",),
    ("h", "Request for sample production - Santoku 165 mm, VG-10 Damascus clad (our item TK-S165D)"),
    ("p", "Dear Mr. Liang,"),
    ("p", "We thank you very much for your quotation No. SBZ-QT-24-0627 and for your kind cooperation always."),
    ("p", "After internal discussion, we would like to request you to produce a sample lot of the above item according "
          "to your quotation, with the following specification: VG-10 core, 33 layers Damascus, HRC 60 +/- 1, "
          "octagonal magnolia wood handle with buffalo horn ferrule, blade etching 'TOKAI' in kanji as per attached artwork."),
    ("p", "The production quantity in your quotation is not released. It remains on hold until our Quality Control "
          "Department completes the sample sign-off and Mr. Kenji Watanabe, General Manager of Purchasing, sends you "
          "a written release. Please do not prepare the production before receiving it."),
    ("p", "Please ship the sample lot by air to our Nagoya office by August 20, with the hardness report and the "
          "food contact declaration (Japan Food Sanitation Act)."),
    ("p", "We are looking forward to your favourable reply."),
    ("p", "Yours faithfully,"),
    ("p", "Mariko Hayashi\nPurchasing Department, Tokai Cutlery Trading Co., Ltd."),
], title="Request for sample production TK-S165D", author="Tokai Cutlery Trading")
case("p19_tokai_santoku_sample_lot", ["RG010"],
     "Letter authorizes 'a sample lot ... according to your quotation' (quote not in the bundle) without stating how many; hold, sign-off event and Mr. Watanabe are named",
     [("Tokai_sample_request_TK-S165D.pdf", _p19)])

# ---- p20: Pune production release (DOCX) "we hereby release the balance quantity" - no figure, quantities per a schedule still to come
_p20 = docx_bytes([
    ("h1", "PRODUCTION RELEASE"),
    ("p", "Vedant Autocomp Pvt. Ltd., Gat No. 412, Chakan Industrial Area Phase II, Pune 410501"),
    ("p", "Ref.: VA/SCM/REL/24-25/017                               Date: 08.07.2024"),
    ("p", "To: M/s. Shinde Engineering Works, Plot J-22, MIDC Bhosari, Pune 411026"),
    ("p", "Kind Attn.: Mr. Vikas Shinde"),
    ("p", "Sub.: Release for regular production - Chain cover assembly (VA-CC-1140 Rev. 02) against PO VA/PUR/24-25/0511"),
    ("p", "Dear Sir,"),
    ("p", "Further to the sample sign-off dated 02.07.2024 (our report VQ/SSO/0233, all 32 characteristics OK), "
          "we hereby release the balance quantity against the above PO for regular production. Quantities and "
          "delivery dates will be as per the monthly schedule which our PPC will share separately."),
    ("table", [["Part No.", "Description", "Drg. Rev.", "Sample sign-off ref.", "Released for production"],
               ["VA-CC-1140", "Chain cover assy, PP-TD20 black, with 3 M6 inserts", "02", "VQ/SSO/0233", "Balance of PO"]]),
    ("sp",),
    ("p", "Please maintain the sign-off sample (1 no.) as master sample at your end and mark the first three lots "
          "with yellow 'NEW PART' tag."),
    ("p", "Thanking you,"),
    ("p", "Ashwini Deshpande\nHead - Supply Chain, Vedant Autocomp Pvt. Ltd.\n(Authorised signatory)"),
], author="Ashwini Deshpande")
case("p20_vedant_chain_cover_release", ["RG010"],
     "Signed production release after sample sign-off releases 'the balance quantity' with quantities left to a PPC schedule still to come - never states the quantity released",
     [("VA-SCM-REL-017_chain_cover.docx", _p20)])

# ---- p21: Lahore buyer / Gujranwala motors WhatsApp: "pilot lot start kar dein" - hold/event/person given, pilot size never stated
_p21 = """[15/07/2024, 11:02 am] Farhan Qureshi: Usman sahib AoA. 1 HP motor with the new stamping (die no. GS-07), pilot lot start kar dein. Balance stays on hold until I sign off the pilot in writing. - Farhan, Lahore Pumps
[15/07/2024, 11:10 am] Usman Gujranwala Electric: Walaikum assalam sir. Ji pilot lot start. How many pcs sir, 20 or 25?
[15/07/2024, 11:11 am] Usman Gujranwala Electric: Aur winding 100% copper as before ya CCA allowed?
[15/07/2024, 11:30 am] Farhan Qureshi: 100% copper only. Qty main call kar ke batata hun
[15/07/2024, 11:31 am] Usman Gujranwala Electric: Ok sir 👍
[16/07/2024, 4:45 pm] Usman Gujranwala Electric: Sir stamping first-off sheet photo bhej raha hun
[16/07/2024, 4:45 pm] Usman Gujranwala Electric: <Media omitted>
[16/07/2024, 5:02 pm] Farhan Qureshi: Burr zyada hai, die sharpen karwa lein pehle
"""
case("p21_whatsapp_lahore_pumps_pilot", ["RG010"],
     "Buyer authorizes the pilot lot and holds the balance until his written pilot sign-off, but never states the pilot quantity (supplier asks, buyer defers to a call)",
     [("WhatsApp Chat with Usman Gujranwala Electric.txt", _p21)])

# ---- p22: Chennai switchgear call-off (DOCX) "produce and deliver the next lot" - rest of blanket held, no quantity
_p22 = docx_bytes([
    ("h1", "CALL-OFF No. 04"),
    ("p", "Coromandel Switchgear Ltd., Plot 27, SIPCOT Industrial Park, Sriperumbudur 602105, Tamil Nadu"),
    ("p", "Blanket order: CSL/BO/2024/017 dated 02.02.2024        Call-off date: 19.07.2024"),
    ("p", "Supplier: Nilkanth Brass Industries, Plot 4410, GIDC Phase III, Dared, Jamnagar 361004"),
    ("p", "Dear Sir,"),
    ("p", "Under the above blanket order, please produce and deliver the next lot of the following item for our "
          "Sriperumbudur plant, as per the previous packing standard."),
    ("table", [["Item code", "Description", "Drawing", "Quantity", "Delivery"],
               ["CSL-CG-32D", "Double compression cable gland, brass, nickel plated, 32 mm, ET thread", "CSL-D-2241 Rev 4", "Next lot", "by 20.08.2024"]]),
    ("sp",),
    ("p", "The remaining blanket quantity stays unreleased until the next call-off signed by "
          "Mr. S. Balasubramanian, DGM - Materials. Do not manufacture beyond this call-off."),
    ("p", "Invoice and e-way bill must quote the blanket order and call-off numbers. Test certificate for "
          "CW614N brass and plating thickness (min 5 micron) required with each consignment."),
    ("p", "S. Balasubramanian\nDGM - Materials, Coromandel Switchgear Ltd."),
], author="S. Balasubramanian")
case("p22_coromandel_calloff_next_lot", ["RG010"],
     "Call-off asks for 'the next lot' with no quantity in text or table; remaining blanket held until the next call-off signed by Mr. Balasubramanian",
     [("CSL_call-off_04.docx", _p22)])

# ---- p23: Jamnagar supplier update to Japanese buyer: "already procured brass rod sufficient for full 10,000 glands"
_p23_po = """Dear Mr. Mehta,

Thank you for your quotation NBI/Q/24-031.

We issue PO SD-24-0302 for 100 pcs sample of PG13.5 brass cable gland (nickel plated, with neoprene seal).
The balance 9,900 pcs of your quotation is not released. It is on hold until sample sign-off by our
quality team and written release by Mr. Takeshi Suzuki (Purchasing Manager).
Material authority: sample quantity only (100 pcs).

Best regards,
Takeshi Suzuki
Sanwa Denzai Co., Ltd., Purchasing Dept."""
_p23_text = f"""Dear Suzuki-san,

Greetings from Jamnagar!

Sample status for PO SD-24-0302:
  - 100 pcs PG13.5 glands turned on CNC (Traub) - done
  - Nickel plating - in process at our plater, expected Saturday
  - Seal (neoprene, Shore 60) - received
  - Dispatch by DHL - target 28 June with inspection report and RoHS declaration

Further, to protect the lead time for you, we have already procured brass rod (CW614N, hex 22 mm,
about 2.6 MT) sufficient for the full 10,000 glands, at current LME-linked price, since copper is
going up every week. Invoice for this rod we will adjust against the bulk order, no worry.

Kindly let us know if any change in label or packing.

Thanks & Regards,
Hitesh Mehta
Export Manager
Nilkanth Brass Industries
Plot 4410, GIDC Phase III, Dared, Jamnagar 361004, Gujarat, India
M: +91 98250 77431 | www.nilkanthbrass.in

On 06/06/2024 10:05, Takeshi Suzuki wrote:
{q(_p23_po)}
"""
_p23 = mail("Hitesh Mehta <export@nilkanthbrass.in>", "Takeshi Suzuki <t.suzuki@sanwa-denzai.co.jp>",
            "Re: PO SD-24-0302 PG13.5 cable gland sample - status",
            "Wed, 19 Jun 2024 15:47:21 +0530", _p23_text,
            in_reply_to="<h13-sd0302@sanwa-denzai.co.jp>")
case("p23_nilkanth_glands_brass_rod", ["RG006"],
     "Supplier reports brass rod bought for the full 10,000 glands while the quoted PO releases 100 samples with 'material authority: sample quantity only'",
     [("Re_PO_SD-24-0302_status.eml", eml_bytes(_p23))])

# ---- p24: Foshan die-caster weekly status report (PDF table): Zamak and cartons bought for 20,000 pcs, only 200 samples on PO
_p24 = pdf([
    ("h1", "WEEKLY PROJECT STATUS REPORT"),
    ("pre", "Foshan Huajin Die-Casting Co., Ltd.  ->  Sumida Home Products K.K. (Tokyo)\n"
            "Project: SH-DH-12 zinc door handle, antique nickel      Week: 2024-W24      Prepared by: Amy Zhou (PM)"),
    ("table", [["Item", "Status", "Remark"],
               ["Tool (4-cavity, H13)", "T2 done 2024-06-08", "Parting line flash fixed"],
               ["Samples 200 pcs (PO SH-4471)", "Plating / polishing", "Ship by OCS week 26"],
               ["Raw material Zamak 5 ingot", "4.2 MT received 2024-06-12", "Covers 20,000 pcs of mass production; bought now to fix price before LME increase"],
               ["Packing material", "Inner box + master carton printed for 20,000 pcs", "Your artwork v3"],
               ["Mass production", "Waiting for customer release", "Capacity reserved week 28-31"]]),
    ("sp",),
    ("p", "Open points: (1) customer to confirm handle screw length M4x35 or M4x40; (2) salt spray NSS 96 h test report "
          "will follow with samples."),
    ("p", "Amy Zhou | Project Manager | Foshan Huajin Die-Casting Co., Ltd. | +86 757 8632 1190"),
], title="Weekly status W24 SH-DH-12", author="Foshan Huajin")
case("p24_huajin_weekly_status_zamak", ["RG006"],
     "Supplier status report: PO covers 200 samples and mass production awaits release, yet Zamak ingot and cartons for 20,000 pcs are already bought",
     [("SH-DH-12_weekly_status_W24.pdf", _p24)])

# ---- p25: buyer's source inspection report (DOCX table) at a Hosur motor maker: lamination steel for 3,000 motors already slit
_p25 = docx_bytes([
    ("h1", "SOURCE INSPECTION REPORT"),
    ("p", "Report No.: SIR/24/0917    Date of visit: 11.07.2024    Inspector: M. Gowtham (SQA)"),
    ("p", "Buyer: Ashok Pumps & Valves Ltd., Coimbatore    Supplier: Sri Lakshmi Electricals, SIPCOT Phase I, Hosur"),
    ("p", "Reference: PO 4500013354 - 30 nos proto motors 2.2 kW, 2P, 3-phase (material authority: proto quantity only)"),
    ("table", [["S.No", "Area", "Observation", "Status"],
               ["1", "Assembly", "12 of 30 proto motors assembled; 4 tested (no-load, IR > 100 MOhm, HV 2 kV OK)", "OK"],
               ["2", "Winding", "Slot fill as per drawing; varnish VPI cycle records available", "OK"],
               ["3", "Stores", "CRNO 50C470 lamination coils approx. 14 MT received and slitting completed; supplier states this is for the full 3,000 motors of their quotation", "Concern"],
               ["4", "Stores", "Die-cast aluminium rotors: 30 nos received for proto", "OK"],
               ["5", "Calibration", "Megger and HV tester calibration valid till 12/2024", "OK"]]),
    ("sp",),
    ("p", "Remarks: Only the 30 proto motors are released under the PO. Supplier informed that steel was bought "
          "'to avoid the price increase'. Reported to Purchase for action."),
    ("p", "M. Gowtham, SQA - Ashok Pumps & Valves Ltd.    cc: Purchase (Mr. K. Raghavan), Sri Lakshmi Electricals"),
], author="M. Gowtham")
case("p25_ashok_source_inspection_crno", ["RG006"],
     "Buyer's inspection report records lamination steel for 3,000 motors received and slit while only 30 proto motors are released with proto-only material authority",
     [("SIR-24-0917_source_inspection.docx", _p25)])

# ---- p26: WeChat HK buyer / Shaoxing garment maker: "fabric for all 12,000 pcs already ordered"
_p26 = """WeChat chat history
Chat: Cheung Wai Man 张伟文 (Kowloon Apparel Sourcing) / Zhang Li 张丽 (Shaoxing Meiya Garment)
Exported: 2024-07-20 21:14

2024-07-02 10:31  Cheung Wai Man: Zhang Li, PO KA-0712 sent. 300 pcs salesman samples only (chef jacket, white, S-XXL). Bulk 12,000 pcs NOT released, hold until our salesman-sample sign-off and my written release (Cheung Wai Man).
2024-07-02 10:40  Zhang Li 张丽: 收到张生 👌 300 pcs salesman samples first
2024-07-02 10:41  Zhang Li 张丽: button sample will courier tomorrow
2024-07-09 16:02  Zhang Li 张丽: [Photo]
2024-07-09 16:03  Zhang Li 张丽: fabric lab dip 65/35 poly-cotton twill 210gsm, white, pls check
2024-07-10 09:15  Cheung Wai Man: shade ok, shrinkage test report pls
2024-07-18 18:22  Zhang Li 张丽: 张生, 面料已经全部订好了 - bulk 12k pcs fabric all ordered from the mill already, 26,500 m, arrive next week 😊
2024-07-18 18:23  Zhang Li 张丽: then we can cut immediately once you confirm, save 3 weeks for you
2024-07-18 18:23  Zhang Li 张丽: salesman samples ship 7/24
"""
case("p26_wechat_kowloon_chef_jackets", ["RG006"],
     "Buyer released 300 salesman samples and held the 12,000 bulk; supplier has ordered fabric for all 12,000 pcs without any material authority",
     [("wechat_kowloon_apparel_meiya.txt", _p26)])

# ---- p27: Ambur upper maker to Kobe buyer: advance received, so leather booked for 8,000 pairs and cutting started
_p27_po = """Dear Mr. Basha,

Please find PO KS-24-118 for 40 pairs development samples of ladies loafer upper (style KL-207, black cow
nappa 1.4-1.6 mm, sizes 22.5-25.0). The balance 7,960 pairs is not released. It stays on hold until our
designer signs off the samples and I send you a written release.

We will send the advance payment for the lasts and cutting knives (tooling) next week. This advance is for
tooling only.

Yuki Nakamura
Kobe Shoes Co., Ltd. - Procurement"""
_p27_text = f"""Dear Nakamura-san,

Good morning. Hope you are doing well.

Thank you very much, we have received your advance payment of USD 9,600 today (Bank of Baroda, Ambur
branch credit advice attached separately).

As your advance is received, we have booked the finished leather (cow nappa 1.4-1.6 mm, black, from
Ranipet tannery) for the full 8,000 pairs and started cutting of uppers for the first 1,500 pairs, so that
we can meet your September shipment.

The 40 pairs development samples will be ready on 12th and sent by FedEx.

With warm regards,
S. Jameel Basha
Managing Partner, Basha Leather Components
No. 17, Bypass Road, Ambur 635802, Tamil Nadu, India
Ph: +91 4174 244 812

On Mon, 1 Jul 2024 at 11:20, Yuki Nakamura <y.nakamura@kobeshoes.co.jp> wrote:
{q(_p27_po)}
"""
_p27 = mail("S. Jameel Basha <jameel@bashaleather.in>", "Yuki Nakamura <y.nakamura@kobeshoes.co.jp>",
            "Re: PO KS-24-118 development samples KL-207",
            "Mon, 08 Jul 2024 10:05:55 +0530", _p27_text, html=para_html(_p27_text),
            in_reply_to="<h13-ks118@kobeshoes.co.jp>")
case("p27_basha_leather_advance_cutting", ["RG006", "RG012"],
     "Supplier treats the tooling advance as authority ('as your advance is received') to book leather for all 8,000 pairs and start cutting; PO released only 40 sample pairs",
     [("Re_PO_KS-24-118.eml", eml_bytes(_p27))])

# ---- p28: Korean stamping supplier: steel coil for the balance 4,950 pcs staged, buyer note says material authority sample-only
_p28_po = """안녕하세요 Mr. Kang,

PO DW-24-0655 for stator lamination stack ST-88 (50PN470, 88 mm OD): 50 pcs sample only.
Material authority: sample-only (50 pcs).
Balance 4,950 pcs is on hold until our sample sign-off. Mr. Lee Jae-won (Team Leader, Purchasing) sends
written release for the balance.

Best regards,
Lee Jae-won | Purchasing Team | Daewoo Motion Co., Ltd."""
_p28_text = f"""Dear Mr. Lee Jae-won,

Thank you for your always support.

We would like to inform the progress of PO DW-24-0655 as below.
  1. Progressive die : try-out finished (2024.07.04), burr 0.03 mm max
  2. Sample 50 pcs   : stacking and welding on 7/10, dimension report on 7/11
  3. Steel coil (50PN470, t0.5, 6.5 ton) for the balance 4,950 pcs has been staged at our plant
     to prepare the mass production smoothly.

Please kindly check and give your feedback.

Best regards,
Kang Tae-ho / Manager, Sales Team
Daesung Precision Co., Ltd. | 37, Saneop-ro, Gimhae-si, Gyeongsangnam-do
T. 055-329-4410 | M. 010-4482-1907

-----Original Message-----
From: Lee Jae-won <jw.lee@daewoomotion.co.kr>
Sent: Monday, June 24, 2024 9:12 AM
To: Kang Tae-ho <th.kang@daesungprec.co.kr>
Subject: PO DW-24-0655 sample order

{_p28_po}
"""
_p28 = mail("Kang Tae-ho <th.kang@daesungprec.co.kr>", "Lee Jae-won <jw.lee@daewoomotion.co.kr>",
            "RE: PO DW-24-0655 sample order - progress",
            "Fri, 05 Jul 2024 16:31:09 +0900", _p28_text, html=para_html(_p28_text))
case("p28_daesung_coil_staged", ["RG006"],
     "Buyer PO (quoted) grants sample-only material authority for 50 pcs; supplier reports steel coil for the 4,950 balance staged",
     [("RE_PO_DW-24-0655_progress.eml", eml_bytes(_p28))])

# ---- p29: Changzhou motor supplier books the labelled forecast as a confirmed order and buys copper for 3 months
_p29_co = """Dear Ms. Li,

Call-off 06 under agreement SEW/FA/2024: 2,000 pcs shaded-pole motor YJ61-16 for July delivery.

Forecast (for planning only, not an order):  Aug 8,000 pcs | Sep 8,000 pcs
No material authority beyond the 2,000 pcs of this call-off. Quantities beyond this call-off are not
released until the next call-off, which is signed by Mr. Mehul Parikh, Purchase Head.

Regards,
Mehul Parikh
Shreeji Electrical Works, Naroda GIDC, Ahmedabad"""
_p29_text = f"""Dear Mr. Mehul,

Well received your call-off 06, thank you.

Based on your forecast of 8,000 pcs per month for August and September, we have booked the quantities as a
confirmed order in our ERP and procured enamelled copper wire (QA-1/155, 0.31 mm) for 3 months, i.e. about
18,000 motors, to keep stable price for you.

July 2,000 pcs will ship from Shanghai on 7/26, ETA Nhava Sheva 8/12.

Best regards,
Li Na 李娜
Sales Manager | Changzhou Yijia Motor Co., Ltd.
No. 18 Hanjiang Road, Xinbei District, Changzhou, Jiangsu
Tel: +86 519 8518 2276 | WeChat: lina_yijia

---- Original ----
From: "Mehul Parikh" <mehul@shreejielectrical.in>
Date: Tue, Jul 2, 2024 12:40 PM
Subject: Call-off 06 July

{q(_p29_co)}
"""
_p29 = mail("Li Na <lina@yijiamotor.cn>", "Mehul Parikh <mehul@shreejielectrical.in>",
            "Re: Call-off 06 July", "Thu, 04 Jul 2024 09:58:30 +0800", _p29_text,
            in_reply_to="<h13-co06@shreejielectrical.in>")
case("p29_yijia_forecast_booked_copper", ["RG006", "RG008"],
     "Supplier books a forecast labelled 'for planning only' as a confirmed order and buys copper for ~18,000 motors while only the 2,000 pcs call-off is released",
     [("Re_Call-off_06_July.eml", eml_bytes(_p29))])

# ---- p31: HK trading house accepts a Korean sample PO: "With PO accepted the order is confirmed ... once you approve the samples we go straight into bulk"
_p31_po = """Dear Mr. Tam,

Please find our PO KR-5521 for cabinet handle CH-128 (zinc alloy, brushed nickel, 128 mm centres):
60 pcs samples, USD 0.92/pc.

Only the 60 samples are authorized. The balance 5,940 pcs of your quotation is not released; it stays on
hold until our sample sign-off and a written release from me, Choi Yoon-ah (Purchasing Manager).

Best regards,
Choi Yoon-ah
Hansol Living Co., Ltd., Incheon"""
_p31_text = f"""Dear Ms. Choi,

Many thanks for your PO KR-5521.

We are pleased to accept your PO. With the PO accepted, the order is confirmed and our factory in Dongguan
has scheduled the mass production of the CH-128 handles for week 32-33.

Samples 60 pcs will be ready by 26 July. Once you approve the samples, we go straight into bulk, no need for
another PO or document, so you can save about 2 weeks.

Kindly confirm the carton marking (we will follow your last order format if no comment).

Best regards,
Tam Chi-keung (Kenneth)
Sales Director
Kwong Fat Metal Products Ltd.
Unit 1203, 12/F, Kwun Tong Industrial Centre, 436 Kwun Tong Road, Kowloon, Hong Kong
Tel: +852 2341 8890  Fax: +852 2341 8891

From: Choi Yoon-ah [mailto:ya.choi@hansolliving.co.kr]
Sent: Tuesday, July 09, 2024 10:44 AM
To: Kenneth Tam
Subject: PO KR-5521 CH-128 sample

{_p31_po}
"""
_p31 = mail("Kenneth Tam <kenneth@kwongfatmetal.com.hk>", "Choi Yoon-ah <ya.choi@hansolliving.co.kr>",
            "RE: PO KR-5521 CH-128 sample", "Wed, 10 Jul 2024 11:20:14 +0800", _p31_text,
            html=para_html(_p31_text))
case("p31_kwongfat_handles_po_accepted", ["RG007", "RG012"],
     "Supplier reads PO acceptance as 'order confirmed' and schedules mass production, and says sample approval leads straight into bulk with no further document; buyer's quoted PO holds 5,940 for Choi's written release",
     [("RE_PO_KR-5521.eml", eml_bytes(_p31))])

# ---- p32: Hosur two-wheeler sample PO (PDF) + buyer SQE mail telling the plant to continue with 4,950 once the test report arrives
_p32_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("pre", "KAVERI MOTOR COMPONENTS LTD.\nPlot 61, SIPCOT Industrial Complex Phase II, Hosur 635109\nGSTIN 33AACCK4418F1ZD"),
    ("table", [["PO No.", "KMC/24/3391", "Date", "01.07.2024"],
               ["Supplier", "Prakash Forgings & Fabricators, Ambattur, Chennai", "Supplier code", "PF-0217"]]),
    ("sp",),
    ("table", [["Sl", "Part No.", "Description", "Qty", "Rate (Rs)", "Value (Rs)"],
               ["1", "KMC-SS-4410", "Side stand assembly (forged EN8 + spring + bolt), black ED coat - PPAP samples", "50 nos", "412.00", "20,600.00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO authorizes 50 nos PPAP samples only. The balance 4,950 nos of quotation PFF/Q/0388 is not released. "
          "Release of the balance is only by a written production release signed by Ms. R. Lakshmi Priya, Manager - SCM, "
          "after PPAP sample sign-off. No other communication releases production."),
    ("p", "Documents: PPAP level 3, fatigue test (1 lakh cycles), salt spray 96 h, PSW."),
    ("p", "Delivery: 25.07.2024 to Hosur plant stores."),
    ("p", "R. Lakshmi Priya, Manager - SCM"),
], title="KMC/24/3391", author="Kaveri Motor Components")
_p32_text = """Dear Mr. Prakash,

Good news - samples cleared all our tests: fatigue 1 lakh cycles without crack, salt spray 96 h no red rust,
all 46 dimensions within tolerance.

Plant can continue with the remaining 4,950 nos once our test report reaches you - no need to wait for a
separate release from SCM, I will inform Lakshmi Priya madam. Our assembly line needs the parts from
15th August.

Test report KMC-SQE-TR-0712 will be mailed by tomorrow.

Regards,
Arvind Raghunathan
Supplier Quality Engineer
Kaveri Motor Components Ltd., Hosur
Mob: 97890 44127
"""
_p32_mail = mail("Arvind Raghunathan <arvind.r@kaverimotor.in>", "Prakash <prakash@prakashforgings.in>",
                 "Side stand KMC-SS-4410 - sample test results",
                 "Tue, 30 Jul 2024 18:40:03 +0530", _p32_text, cc="Purchase KMC <purchase@kaverimotor.in>")
case("p32_kaveri_side_stand_sqe", ["RG007"],
     "PO requires a written release by Ms. Lakshmi Priya after PPAP sign-off; the buyer's SQE tells the supplier to continue with the 4,950 once the test report arrives, without that release",
     [("KMC-24-3391_PO.pdf", _p32_po), ("Side_stand_test_results.eml", eml_bytes(_p32_mail))])

# ---- p33: Seki knife maker sends a schedule (PDF) with "mass production (automatic start after approval)"
_p33_sched = pdf([
    ("h1", "PRODUCTION SCHEDULE"),
    ("pre", "Seki Hamono Kogyo Co., Ltd.  Seki-shi, Gifu 501-3265\n"
            "Customer: Ho Kee Kitchenware (H.K.) Ltd.    Order: HK-SK-088    Item: Gyuto 210 mm, SG2 powder steel\n"
            "Issued: 2024-06-20  by T. Morita"),
    ("table", [["Step", "Content", "Q'ty", "Week"],
               ["1", "Sample production (forging, heat treatment, sharpening by hand)", "30 pcs", "W25-W26"],
               ["2", "Sample approval by customer", "-", "W27"],
               ["3", "Mass production (automatic start after approval)", "2,970 pcs", "W28-W33"],
               ["4", "Inspection and packing (paulownia box)", "2,970 pcs", "W34"],
               ["5", "Shipment FOB Nagoya", "-", "W35"]]),
    ("sp",),
    ("p", "Note: material SG2 (R2) sheet is available from Takefu stock; no price change expected before October."),
], title="Schedule HK-SK-088", author="Seki Hamono Kogyo")
_p33_po = """Dear Morita-san,

PO HK-SK-088: 30 pcs samples only, Gyuto 210 mm SG2, at JPY 7,400/pc.
The balance 2,970 pcs is not released and waits for our sample sign-off plus a written release from me,
Ho Ka Fai.

Ho Ka Fai, Ho Kee Kitchenware (H.K.) Ltd."""
_p33_text = f"""Dear Mr. Ho,

Thank you for your order. We attach the production schedule for HK-SK-088.

As shown in the schedule, after your sample approval we will shift to the mass production automatically,
so the shipment can be in week 35 for your Christmas season. We kindly ask your understanding.

Sincerely yours,
Takashi Morita
Overseas Sales, Seki Hamono Kogyo Co., Ltd.
TEL +81-575-22-4410

> -----Original Message-----
> From: Ho Ka Fai
> Sent: Monday, June 17, 2024 5:02 PM
{q(_p33_po)}
"""
_p33 = mail("Takashi Morita <t.morita@sekihamono.co.jp>", "Ho Ka Fai <kafai.ho@hokee.com.hk>",
            "RE: PO HK-SK-088 / production schedule", "Thu, 20 Jun 2024 13:15:44 +0900", _p33_text,
            attachments=[("HK-SK-088_schedule.pdf", _p33_sched, PDF_MT)])
case("p33_seki_gyuto_schedule", ["RG007"],
     "Supplier mail and schedule PDF say mass production of 2,970 starts automatically after sample approval; buyer's quoted PO requires sign-off plus Ho Ka Fai's written release",
     [("RE_PO_HK-SK-088_schedule.eml", eml_bytes(_p33))])

# ---- p34: Dong Nai insole maker to Korean buyer: "after you approve the sample we will run the balance 2,980 pairs right away"
_p34_po = """Dear Ms. Hoa,

PO JS-0719: 20 pairs sample of PU insole (model JI-500, sizes 230-280).
Balance 2,980 pairs: NOT released. On hold until our sample sign-off and my written release.

Jung Sung-min
Purchasing Manager, J-Step Korea"""
_p34_text = f"""Dear Mr. Jung,

Thank you for your PO JS-0719. We are very happy to work with J-Step again.

The 20 pairs sample will be finished on 25/07 and we send by DHL on 26/07. The PU density is 0.28 g/cm3
and we use the same top cloth (brushed tricot, grey) as your last season.

To help your shipment plan: after you approve the sample, we will run the balance 2.980 pairs right away
according to our plan. We will not wait for new documents because the PO already has full information
and our line is free in August.

Best regards,
Nguyen Thi Hoa (Ms.)
Sales Executive - Tan Phat Footwear Materials Co., Ltd.
Lot 12, Nhon Trach 3 IZ, Dong Nai, Viet Nam
Tel: +84 251 3560 218 | Zalo: 0908 221 457

-----Original Message-----
{q(_p34_po)}
"""
_p34 = mail("Nguyen Thi Hoa <hoa.nguyen@tanphatfm.vn>", "Jung Sung-min <sm.jung@jstep.co.kr>",
            "Re: PO JS-0719 insole sample", "Tue, 16 Jul 2024 14:22:51 +0700", _p34_text,
            html=para_html(_p34_text))
case("p34_tanphat_insole_run_balance", ["RG007"],
     "Supplier states it will run the 2,980 pair balance right away after sample approval without waiting for documents; quoted buyer PO holds it for sign-off and Jung's written release",
     [("Re_PO_JS-0719.eml", eml_bytes(_p34))])

# ---- p35: Ahmedabad builder cover letter (DOCX) - PO holds balance for written release, then "on approval of samples treat PO as confirmed for the balance"
_p35 = docx_bytes([
    ("p", "SHREE BALAJI INFRACON LLP"),
    ("p", "B-702, Titanium City Centre, Anandnagar Road, Satellite, Ahmedabad 380015"),
    ("p", "Ref.: SBI/PUR/24/0336                                              Date: 12.07.2024"),
    ("p", "To,\nThe Marketing Manager,\nHimmatnagar Vitrified Pvt. Ltd.,\nNH-8, Himmatnagar, Dist. Sabarkantha"),
    ("p", "Sub.: Purchase Order for sample lot - GVT 600x600 'Carrara Matt' for our project 'Balaji Heights', Shela"),
    ("p", "Respected Sir,"),
    ("p", "With reference to your quotation HVPL/Q/2407-12 and the meeting with our Director on 09.07.2024, we are pleased "
          "to place our order as under:"),
    ("table", [["Sr.", "Description", "Size", "Qty", "Rate (Rs/sq.m)", "Amount (Rs)"],
               ["1", "GVT 'Carrara Matt', premium grade, 4 pcs/box (1.44 sq.m/box)", "600x600 mm", "200 sq.m (sample lot)", "412.00", "82,400.00"]]),
    ("sp",),
    ("p", "The balance 11,800 sq.m. is not released. It will be released only by written release from Shri Mukesh Patel, "
          "Director, after sample sign-off at our Shela site."),
    ("p", "Kindly note that all boxes must carry the same shade and caliber. Delivery at site, unloading by your transporter."),
    ("p", "On approval of the samples by our architect, you may treat this PO as confirmed for the balance quantity and "
          "start dispatches as per site requirement, as our flooring contractor is mobilised from August."),
    ("p", "Payment: 50% against delivery, 50% within 30 days. GST extra as applicable."),
    ("p", "Thanking you,\nYours faithfully,\nfor Shree Balaji Infracon LLP\n\nKetan Bhatt\nPurchase Head"),
], author="Ketan Bhatt")
case("p35_balaji_infracon_tiles_letter", ["RG007"],
     "Buyer's own letter requires Shri Mukesh Patel's written release, then says the architect's sample approval lets the supplier treat the PO as confirmed for the balance",
     [("SBI-PUR-24-0336_order_letter.docx", _p35)])

# ---- p36: Sialkot supplier WhatsApp (Urdu/English): "jaise hi Dr. sahiba samples approve karti hain hum full lot start kar denge"
_p36 = """[01/07/2024, 3:12 pm] Imran Siddiqui Medline: Bilal bhai AoA. PO 77 email kar diya. 24 pcs samples only: 12 Kelly forceps 14 cm curved, 12 Mayo-Hegar needle holders 16 cm TC. Baqi 1,476 pcs on hold until Dr. Sara ki team sample sign-off kare aur main (Imran) written release bhejun.
[01/07/2024, 3:20 pm] Bilal Al-Madina Surgical: Walaikum assalam Imran bhai. Ji samples 24 pcs only. Forging Monday se
[01/07/2024, 3:21 pm] Bilal Al-Madina Surgical: TC inserts Germany wale ya local?
[01/07/2024, 3:30 pm] Imran Siddiqui Medline: Germany wale
[10/07/2024, 6:02 pm] Bilal Al-Madina Surgical: <Media omitted>
[10/07/2024, 6:03 pm] Bilal Al-Madina Surgical: Imran bhai samples ready. Kal TCS kar denge Karachi office
[10/07/2024, 6:05 pm] Bilal Al-Madina Surgical: InshaAllah jaise hi Dr. sahiba samples approve karti hain hum full lot 1,476 pcs start kar denge, letter ka wait nahi karenge, time bachega aap ka. Forging dies ready hain
"""
case("p36_whatsapp_almadina_surgical", ["RG007"],
     "Buyer held 1,476 pcs for Dr. Sara's sign-off and Imran's written release; supplier says it will start the full lot as soon as the samples are approved, without waiting for the letter",
     [("WhatsApp Chat with Bilal Al-Madina Surgical.txt", _p36)])

# ---- p37: HK trading proforma (PDF) to Dhaka buyer: deposit confirms order, mass production starts automatically on sample confirmation
_p37 = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("pre", "GOLDEN HARBOUR TRADING CO., LIMITED\nRm 1508, 15/F, Nan Fung Centre, 264-298 Castle Peak Road, Tsuen Wan, N.T., Hong Kong\n"
            "Tel: +852 2416 0288   E-mail: sales@goldenharbour.hk"),
    ("table", [["PI No.", "GH-PI-24071", "Date", "2024-07-15"],
               ["Buyer", "Bengal Fan & Light Industries Ltd., Tongi I/A, Gazipur, Bangladesh", "Port", "Shenzhen (Yantian) to Chattogram"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit price (USD)", "Amount (USD)"],
               ["1", "BLDC ceiling fan motor 28 W, 220-240 V, outer rotor, with driver board - SAMPLE", "20 pcs", "14.50", "290.00"],
               ["2", "BLDC ceiling fan motor 28 W, same spec - MASS PRODUCTION", "5,000 pcs", "9.80", "49,000.00"],
               ["", "", "", "Total", "49,290.00"]]),
    ("sp",),
    ("h", "Terms"),
    ("p", "1. Payment: 30% deposit by T/T, 70% balance against copy of B/L."),
    ("p", "2. Upon receipt of the 30% deposit the order is confirmed, and mass production will commence automatically "
          "upon sample confirmation."),
    ("p", "3. Lead time: samples 10 days; mass production 35 days."),
    ("p", "4. Bank: HSBC Hong Kong, A/C 652-118804-838, SWIFT HSBCHKHHHKH."),
    ("p", "Golden Harbour Trading Co., Limited - authorised signature: Winnie Lau"),
], title="GH-PI-24071", author="Golden Harbour Trading")
case("p37_golden_harbour_proforma", ["RG007", "RG012"],
     "Supplier proforma: the deposit confirms the order and mass production of 5,000 starts automatically on sample confirmation",
     [("GH-PI-24071.pdf", _p37)])

# ---- p38: Pune OEM mails a forecast (TXT attachment labelled forecast) and asks the supplier to treat it as a firm order
_p38_fc = """VEDANT AUTOCOMP PVT. LTD.                                         PPC / SCHEDULING
ROLLING FORECAST - SUPPLIER: V-10772 JOSHI PRESSURE DIECAST            RUN DATE: 01-08-2024
------------------------------------------------------------------------------------------
PART NO.      DESCRIPTION                 AUG-24   SEP-24   OCT-24   NOV-24   DEC-24   JAN-25
------------------------------------------------------------------------------------------
VA-BL-2207    BRAKE LEVER LH               6,000    6,500    7,000    7,000    6,000    5,500
VA-BL-2208    BRAKE LEVER RH               6,000    6,500    7,000    7,000    6,000    5,500
VA-MB-0915    MIRROR BRACKET               3,200    3,200    3,600    3,600    3,000    3,000
------------------------------------------------------------------------------------------
STATUS: FORECAST (PLANNING FIGURES)                       GENERATED BY: PPC-SYS / R. PAWAR
"""
_p38_text = """Dear Sir,

Please find attached our 6-month rolling forecast for your parts (Aug-24 to Jan-25).

Kindly treat this forecast as our firm order and plan your capacity, manpower and raw material
(ADC12) accordingly. Monthly delivery schedules will follow from PPC by the 25th of each month.

In case of any capacity constraint, kindly revert immediately.

Regards,
Rohit Pawar
Manager - PPC & Supplier Scheduling
Vedant Autocomp Pvt. Ltd., Chakan
"""
_p38 = mail("Rohit Pawar <rohit.pawar@vedantautocomp.in>", "Deepak Joshi <deepak@joshidiecast.co.in>",
            "Rolling forecast Aug-24 to Jan-25", "Thu, 01 Aug 2024 11:30:00 +0530", _p38_text,
            cc="Sameer Kulkarni <sameer.kulkarni@vedantautocomp.in>",
            attachments=[("forecast_V-10772_Aug24.txt", _p38_fc, TXT_MT)])
case("p38_vedant_forecast_firm_order", ["RG008"],
     "Attachment is labelled FORECAST (planning figures) but the buyer's mail asks the supplier to treat it as a firm order and plan raw material",
     [("Rolling_forecast_Aug24.eml", eml_bytes(_p38))])

# ---- p39: Vietnamese insole supplier ack (DOCX attached): "confirmed order 24,000 pairs as per your forecast" and "released: 1,500" vs call-off 1,200
_p39_ack = docx_bytes([
    ("h1", "ORDER ACKNOWLEDGEMENT"),
    ("p", "Sao Viet Footwear Components JSC - Lot C4, Song Than 2 IZ, Di An, Binh Duong, Viet Nam"),
    ("p", "To: Ishikawa Shoes Co., Ltd. (Tokyo) - Mr. Ishikawa Daisuke      Date: 2024-06-07      Ack No.: SV-ACK-0607"),
    ("p", "We thank you for your confirmed order of 24,000 pairs for FY2024 as per your forecast dated 3 June 2024, "
          "and we have reserved line 2 capacity accordingly."),
    ("table", [["Item", "Description", "Quantity", "Delivery"],
               ["EVA insole IS-330 (ladies, 22.0-25.0)", "Released for production under call-off CO-01", "1,500 pairs", "2024-07-05 FOB HCMC"],
               ["EVA insole IS-330", "Remaining FY2024 order", "22,500 pairs", "Monthly, Aug-Dec"]]),
    ("sp",),
    ("p", "Price USD 0.86/pair FOB. Packing 50 pairs/polybag, 500 pairs/carton."),
    ("p", "Tran Quoc Bao - Sales Manager"),
], author="Tran Quoc Bao")
_p39_co = """Dear Mr. Bao,

Call-off CO-01 under our forecast: 1,200 pairs EVA insole IS-330, delivery 5 July FOB HCMC.
The forecast of 24,000 pairs/year is for planning only and is not an order. Further quantities are
released only by the next call-off signed by me, Ishikawa Daisuke.

Ishikawa Daisuke
Ishikawa Shoes Co., Ltd."""
_p39_text = f"""Dear Mr. Ishikawa,

Thank you for your call-off. Please find attached our order acknowledgement SV-ACK-0607.

Best regards,
Tran Quoc Bao
Sales Manager | Sao Viet Footwear Components JSC
+84 274 3790 552

On Wed, Jun 5, 2024 at 9:10 AM Ishikawa Daisuke <d.ishikawa@ishikawashoes.co.jp> wrote:
{q(_p39_co)}
"""
_p39 = mail("Tran Quoc Bao <bao.tran@saovietfc.vn>", "Ishikawa Daisuke <d.ishikawa@ishikawashoes.co.jp>",
            "Re: Call-off CO-01 IS-330", "Fri, 07 Jun 2024 16:02:12 +0700", _p39_text,
            attachments=[("SV-ACK-0607.docx", _p39_ack, DOCX_MT)])
case("p39_saoviet_ack_forecast_calloff", ["RG008", "RG011"],
     "Supplier acknowledgement calls the 24,000 pair planning forecast a confirmed order and states 1,500 pairs released under CO-01, while the quoted call-off releases 1,200",
     [("Re_Call-off_CO-01.eml", eml_bytes(_p39))])

# ---- p40: Ahmedabad utility tender (PDF): estimated (forecast) quantity "shall be treated as ordered"
_p40 = pdf([
    ("h1", "TENDER DOCUMENT"),
    ("pre", "SABARMATI POWER DISTRIBUTION CO. LTD.  (Materials Management Department)\n"
            "Vidyut Bhavan, Ashram Road, Ahmedabad 380009\n"
            "Tender No.: SPDCL/MM/T-24/118        Date of issue: 01.07.2024        Bid due: 30.07.2024 15:00 hrs"),
    ("h", "Section IV - Schedule of requirement"),
    ("table", [["Sr.", "Item", "Specification", "Estimated annual requirement (forecast)", "Unit"],
               ["1", "Double compression cable gland, brass, 20 mm", "IS 12943, nickel plated", "50,000", "Nos"],
               ["2", "Double compression cable gland, brass, 32 mm", "IS 12943, nickel plated", "18,000", "Nos"],
               ["3", "Cable lug, tinned copper, 95 sq.mm", "IS 8309", "24,000", "Nos"]]),
    ("sp",),
    ("h", "Clause 4.3 - Quantity"),
    ("p", "The estimated annual requirements in Section IV are based on the Company's forecast for FY 2024-25. "
          "The successful bidder shall treat these forecast quantities as the firm contract quantity, shall "
          "manufacture accordingly and keep finished stock to meet delivery within 15 days of each supply order."),
    ("h", "Clause 4.4 - Samples"),
    ("p", "Bidders shall submit 2 (two) samples of each item with the technical bid. Samples will not be returned."),
    ("h", "Clause 4.5 - Earnest money"),
    ("p", "EMD of Rs 1,50,000 by demand draft in favour of SPDCL, payable at Ahmedabad. MSEs registered with NSIC are exempt."),
    ("p", "Chief Engineer (MM), SPDCL"),
], title="SPDCL/MM/T-24/118", author="SPDCL MM")
case("p40_spdcl_tender_cable_glands", ["RG008"],
     "Tender labels the quantities as the forecast-based estimated requirement, then says the bidder shall treat them as the firm contract quantity and manufacture to stock",
     [("SPDCL-MM-T-24-118_tender.pdf", _p40)])

# ---- p41: Dhaka garment exporter forecast page (HTML) for hangtags/paper bags: "forecast ... our committed volumes"
_p41 = html_page("Trims forecast Jul-Dec 2024", """
<h2>Rupantor Knit Composite Ltd. &mdash; Trims &amp; Accessories</h2>
<p>Plot 44-46, DEPZ Extension, Savar, Dhaka &middot; Merchandising: Sharmin Akter</p>
<h3>Supplier forecast &mdash; Padma Paper Products (hangtags, kraft bags)</h3>
<table>
<tr><th>Item</th><th>Jul-24</th><th>Aug-24</th><th>Sep-24</th><th>Oct-24</th><th>Nov-24</th><th>Dec-24</th></tr>
<tr><td>Hangtag 350 gsm art card, 2 side print, with string (buyer: NordWear)</td><td>120,000</td><td>150,000</td><td>150,000</td><td>180,000</td><td>160,000</td><td>90,000</td></tr>
<tr><td>Kraft shopping bag 25x30x8 cm, 1-colour (buyer: NordWear retail)</td><td>8,000</td><td>10,000</td><td>10,000</td><td>12,000</td><td>12,000</td><td>6,000</td></tr>
</table>
<div class="note">
<p><b>Please note:</b> these forecast quantities are our committed volumes for July&ndash;December. Supplier to produce to these quantities and hold stock for call-in by our stores; monthly POs will follow for invoicing.</p>
</div>
<p>Artwork: as per NordWear trim card TC-NW-24-AW, Pantone 2945 C. Barcode data will be sent per style by merchandising.</p>
<p>Sharmin Akter &middot; Sr. Merchandiser (Trims) &middot; +880 1713-558240</p>
""")
case("p41_rupantor_trims_forecast_committed", ["RG008"],
     "Forecast table declared 'our committed volumes' and the supplier told to produce to it, with POs only following for invoicing",
     [("Rupantor_trims_forecast_Jul-Dec24.html", _p41)])

# ---- p42: Korean appliance buyer: "release" for drawing, PO and production in one mail
_p42_text = """Dear Mr. Zhou,

Good afternoon. Here is update for BLDC motor BM-4215 (air purifier fan).

1. Drawing Rev. D is released in our PLM today (change: shaft flat length 8.0 -> 9.5 mm).
2. PO 4500-2231 is released in SAP yesterday, for 30 pcs sample at USD 11.20/pc.
3. Production release will be issued by me (Oh Ji-young) after sample sign-off by our R&D team
   (Mr. Kim Dae-hyun). The remaining 2,970 pcs of your quotation are on hold until that production release.

Please use Rev. D for the samples and send them by 8/9 with the noise test data (< 28 dBA at 1 m).

Best regards,
Oh Ji-young
Senior Manager, Global Sourcing
Cheongwoo Appliance Co., Ltd. | Suwon, Korea
Tel +82-31-8016-5524
"""
_p42 = mail("Oh Ji-young <jy.oh@cheongwoo.co.kr>", "Zhou Bin <zhoubin@jtmotor.cn>",
            "BM-4215 drawing Rev.D / PO / release", "Wed, 17 Jul 2024 14:05:37 +0900", _p42_text,
            html=para_html(_p42_text))
case("p42_cheongwoo_release_three_ways", ["RG009"],
     "'Released' is used for the drawing (technical), the PO (commercial) and the production release in one mail; scope itself is complete (30 pcs, 2,970 held until R&D sign-off and Oh Ji-young's production release)",
     [("BM-4215_drawing_PO_release.eml", eml_bytes(_p42))])

# ---- p43: Chennai hardware buyer formal letter (PDF): "QA approval ... commercial approval ... await our approval before starting the balance"
_p43 = pdf([
    ("pre", "SOUTHERN ARCHITECTURAL HARDWARE PVT. LTD.\nNo. 14, Second Main Road, Ambattur Industrial Estate, Chennai 600058\n"
            "Ph: 044-2625 7781  |  purchase@southernhardware.in"),
    ("sp",),
    ("p", "Ref: SAH/PUR/24-25/211                                                        Date: 18.07.2024"),
    ("p", "To\nM/s. Sri Murugan Die Casters\nNo. 5, SIDCO Industrial Estate, Guindy, Chennai 600032"),
    ("p", "Kind Attn: Mr. K. Senthilnathan, Proprietor"),
    ("p", "Sub: Zinc die-cast door handle SAH-DH-33 (satin chrome) - samples against our PO SAH/PO/0488 for 50 nos"),
    ("p", "Dear Sir,"),
    ("p", "We are in receipt of QA approval for the 50 nos samples submitted vide your DC No. 118 dated 10.07.2024. "
          "However, commercial approval for your revised price of Rs 186/- per no. is still pending with our management."),
    ("p", "Kindly await our approval before starting the balance quantity of 2,950 nos. The release for the balance "
          "will be signed by Mr. R. Venkatesh, GM - Purchase. Till then the balance is on hold."),
    ("p", "Kindly also do the needful to send the plating thickness report (Ni 8 micron + Cr 0.3 micron) which is not "
          "enclosed with the DC."),
    ("p", "Thanking you and assuring you of our best co-operation at all times."),
    ("p", "Yours faithfully,\nfor Southern Architectural Hardware Pvt. Ltd.\n\nP. Jayalakshmi\nSr. Officer - Purchase"),
], title="SAH/PUR/24-25/211", author="Southern Architectural Hardware")
case("p43_southern_hardware_approvals", ["RG009"],
     "Formal letter uses 'approval' for the QA sample result, the commercial price decision and the go-ahead for the balance; quantity, hold, event and Mr. Venkatesh are all stated",
     [("SAH-PUR-24-25-211_letter.pdf", _p43)])

# ---- p45: Dhaka buyer mail: "PI for 20,000 bags is approved, 30% advance released today - take this as our approval to start production"
_p45_text = """Dear Mr. Alam,

Assalamu alaikum.

Your PI No. PB-118 for 20,000 kraft paper bags (38x45x12 cm, 2-colour print) is approved, and 30% advance
has been released today through Dutch-Bangla Bank, Gulshan branch (TT ref. DBBL-2407-55821).

Kindly take this as our approval to start the production of 20,000 bags. Delivery in two lots at our
Ashulia warehouse, 10,000 bags each on 10 and 25 August.

Please send the printing proof once again before plate making; the handle colour should be white, not
brown as in the last lot.

Best regards,
Nusrat Jahan
Asst. Manager, Procurement
Dhaka Lifestyle Retail Ltd. | Road 11, Banani, Dhaka-1213
Mobile: +880 1730-117 642
"""
_p45 = mail("Nusrat Jahan <nusrat.jahan@dhakalifestyle.com.bd>", "Mahbub Alam <alam@padmapaper.com.bd>",
            "PI PB-118 - 20,000 kraft bags", "Sun, 21 Jul 2024 12:44:18 +0600", _p45_text,
            html=para_html(_p45_text))
case("p45_dhaka_lifestyle_pi_advance", ["RG009", "RG012"],
     "Full-quantity order: 'approved' (PI), 'released' (advance) and 'approval to start production' blur commercial, payment and production terms, and the advance is presented as the trigger to start",
     [("PI_PB-118_20000_bags.eml", eml_bytes(_p45))])

# ---- p46: Osaka buyer mail asks for 15 samples; attached PO (PDF) says twelve (12)
_p46_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("pre", "NANIWA HARDWARE CO., LTD.\n1-5-8 Utsubo-honmachi, Nishi-ku, Osaka 550-0004, Japan"),
    ("table", [["PO No.", "NH-2406-129", "Date", "2024-06-14"],
               ["Supplier", "Hai Phong Zinc Die Casting Co., Ltd. (Nam Dinh Vu IZ, Hai Phong)", "Quotation", "HPZ-QT-0602"]]),
    ("sp",),
    ("table", [["No.", "Item", "Description", "Quantity", "Unit price (USD)"],
               ["1", "NH-KN-07", "Furniture knob, zinc alloy ZDC2, matt black, M4 insert", "twelve (12) pcs - samples", "2.10"]]),
    ("sp",),
    ("p", "Scope: samples only. The balance 11,988 pcs of quotation HPZ-QT-0602 is not released and remains on hold "
          "until our sample sign-off and a written release from Mr. Yamada Koji, Purchasing Manager."),
    ("p", "Inspection: dimension report, salt spray 48 h, coating adhesion (cross-cut)."),
    ("p", "Yamada Koji - Purchasing Manager, Naniwa Hardware Co., Ltd."),
], title="NH-2406-129", author="Naniwa Hardware")
_p46_text = """Dear Ms. Pham,

Thank you for your quick quotation.

Please find attached our PO NH-2406-129. Please send us 15 pcs of samples of the knob NH-KN-07 by
28 June by EMS. Matt black colour must be same as the color plate we sent.

Best regards,
Ueda Saki
Purchasing Dept., Naniwa Hardware Co., Ltd.
TEL 06-6441-2297
"""
_p46 = mail("Ueda Saki <s.ueda@naniwa-hw.co.jp>", "Pham Thu Trang <trang.pham@hpzdc.vn>",
            "PO NH-2406-129 knob samples", "Fri, 14 Jun 2024 10:33:27 +0900", _p46_text,
            attachments=[("NH-2406-129.pdf", _p46_po, PDF_MT)])
case("p46_naniwa_knob_12_vs_15", ["RG011"],
     "Attached PO authorizes twelve (12) sample pcs, the covering mail asks for 15 pcs; hold, event and Mr. Yamada are stated",
     [("PO_NH-2406-129.eml", eml_bytes(_p46))])

# ---- p47: Hangzhou e-scooter maker: pilot PO 200 pcs (PDF) vs pilot release note 250 pcs (DOCX) that also "releases" a drawing
_p47_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("pre", "Hangzhou Yuedong E-Mobility Co., Ltd.\nNo. 9 Xiyuan 3rd Road, Xihu District, Hangzhou\n"
            "PO No.: YD-PO-240621      Date: 2024-06-21"),
    ("table", [["Supplier", "Ningbo Beilun Jiacheng Die-Casting Co., Ltd."],
               ["Part", "Hub motor end cover HM-EC-07, ADC12, black powder coat"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Unit price (CNY)", "Amount (CNY)"],
               ["1", "HM-EC-07 end cover - pilot lot", "200 pcs", "38.50", "7,700.00"]]),
    ("sp",),
    ("p", "This PO covers the pilot lot of 200 pcs only. The balance 9,800 pcs of the quotation is not released; it stays on "
          "hold until pilot sign-off and a written production release from Mr. Zhou Jian, Supply Chain Director."),
    ("p", "Zhou Jian / Supply Chain Director"),
], title="YD-PO-240621", author="Yuedong E-Mobility")
_p47_rel = docx_bytes([
    ("h1", "PILOT LOT RELEASE NOTE"),
    ("p", "Hangzhou Yuedong E-Mobility Co., Ltd. - Supply Chain      No.: YD-RN-0031      Date: 2024-07-05"),
    ("p", "To: Ningbo Beilun Jiacheng Die-Casting Co., Ltd., Ms. Xu Ying"),
    ("table", [["Item", "Content"],
               ["Part", "HM-EC-07 hub motor end cover"],
               ["Drawing", "HM-EC-07 Rev B released by R&D on 2024-07-03 (boss height +0.5 mm)"],
               ["Pilot lot released", "250 pcs"],
               ["Balance", "On hold until pilot sign-off and written production release from Mr. Zhou Jian"]]),
    ("sp",),
    ("p", "Please produce the pilot lot to drawing Rev B only; Rev A castings must be scrapped."),
    ("p", "Zhou Jian 周健"),
], author="Zhou Jian")
case("p47_yuedong_pilot_200_vs_250", ["RG009", "RG011"],
     "Two files: PO authorizes a 200 pcs pilot, the pilot release note says 250 pcs; the note also uses 'released' for a drawing revision and for the pilot quantity",
     [("YD-PO-240621.pdf", _p47_po), ("YD-RN-0031_pilot_release.docx", _p47_rel)])

# ---- p48: Ahmedabad beverage buyer mail says 1,000 nos, attached Tally PO printout says 1,200 nos (full-quantity order)
_p48_tally = """                               SUNRISE BEVERAGES PVT. LTD.
                   Survey No. 218, Sanand-Viramgam Highway, Sanand, Ahmedabad
                     GSTIN/UIN: 24AAFCS7719E1Z3   State Name: Gujarat, Code: 24
                                     PURCHASE ORDER
-------------------------------------------------------------------------------------------
Voucher No.  : SBPL/PO/0812                              Dated        : 24-Jul-2024
Supplier     : Patel Closures & Crates, Plot 112, Rakhial, Ahmedabad
Mode/Terms of Payment : 30 Days
Dispatch through      : Own vehicle                       Destination  : Sanand
-------------------------------------------------------------------------------------------
Sl  Description of Goods                         HSN/SAC    Quantity     Rate    per   Amount
-------------------------------------------------------------------------------------------
 1  HDPE Crate 24 x 500 ml, blue, Sunrise logo   39231090   1,200 Nos  268.00   Nos  3,21,600.00
    (moulded logo both sides, stackable)
                                                        CGST 9%                     28,944.00
                                                        SGST 9%                     28,944.00
-------------------------------------------------------------------------------------------
                                         Total        1,200 Nos               ₹ 3,79,488.00
Amount Chargeable (in words): INR Three Lakh Seventy Nine Thousand Four Hundred Eighty Eight Only
-------------------------------------------------------------------------------------------
                                                          for SUNRISE BEVERAGES PVT. LTD.

                                                                 Authorised Signatory
                                This is a Computer Generated Document
"""
_p48_text = """Dear Jayeshbhai,

As discussed on phone, please find attached our PO No. SBPL/PO/0812 for 1,000 nos. HDPE crates 24 x 500 ml
with Sunrise logo, same mould as last year.

Kindly manufacture and supply the 1,000 nos. by 20th August at our Sanand plant. Colour blue as per our
master sample.

Regards,
Hiren Shah
Purchase Manager, Sunrise Beverages Pvt. Ltd.
"""
_p48 = mail("Hiren Shah <hiren.shah@sunrisebev.in>", "Jayesh Patel <patelclosures@gmail.com>",
            "PO SBPL/PO/0812 - HDPE crates", "Wed, 24 Jul 2024 17:05:00 +0530", _p48_text,
            attachments=[("SBPL-PO-0812.txt", _p48_tally, TXT_MT)])
case("p48_sunrise_crates_1000_vs_1200", ["RG011"],
     "Full-quantity repeat order: the covering mail authorizes 1,000 nos, the attached Tally PO printout says 1,200 nos",
     [("PO_SBPL-PO-0812_crates.eml", eml_bytes(_p48))])

# ---- p49: Japanese importer PO (PDF) to Sialkot: text says twenty (20) pcs, table says 25
_p49 = pdf([
    ("h1", "PURCHASE ORDER"),
    ("pre", "FUJIMI MEDICAL SUPPLY CO., LTD.\n2-11-4 Hongo, Bunkyo-ku, Tokyo 113-0033, Japan\nPO No.: FMS-24-0142        Date: 2024-07-02"),
    ("p", "To: Sialkot Precision Instruments (Pvt.) Ltd., Defence Road, Sialkot 51310, Pakistan"),
    ("p", "Dear Sirs, please manufacture twenty (20) pcs of sample of the following instrument for our evaluation:"),
    ("table", [["Item", "Description", "Standard", "Qty", "Unit price (USD)"],
               ["FM-DB-160", "DeBakey atraumatic forceps 16 cm, 2.0 mm jaw", "ISO 7151, ISO 13485:2016 production", "25 pcs", "6.40"]]),
    ("sp",),
    ("p", "The production quantity of 2,000 pcs in your offer SPI-OF-0611 is not released. It is on hold until our "
          "sample sign-off (QA, Tokyo) and written release by Mr. Fujimoto Hiroshi, Director of Procurement."),
    ("p", "Marking: FUJIMI + item no. + LOT. Packaging: individual Tyvek pouch, non-sterile. Shipment by DHL."),
    ("p", "Fujimoto Hiroshi, Director of Procurement"),
], title="FMS-24-0142", author="Fujimi Medical Supply")
case("p49_fujimi_forceps_20_vs_25", ["RG011"],
     "One PO states 'twenty (20) pcs of sample' in the text and 25 pcs in the line table; production 2,000 held for sign-off and Mr. Fujimoto's written release",
     [("FMS-24-0142.pdf", _p49)])

# ---- p50: Binh Duong fan assembler mail "Call-off 2 is for 2,500 pcs", attached call-off (HTML) table says 3,000
_p50_co = html_page("Call-off 2 - BA-2024-03", """
<h2>Binh An Electric Fan JSC &mdash; CALL-OFF</h2>
<p>Lot B7, Dong An 2 IZ, Thu Dau Mot, Binh Duong &middot; Purchasing Dept.</p>
<table>
<tr><th>Blanket order</th><td>BA-2024-03</td><th>Call-off no.</th><td>2</td></tr>
<tr><th>Supplier</th><td>Zhongshan Weili Motor Co., Ltd.</td><th>Date</th><td>2024-07-22</td></tr>
</table>
<br>
<table>
<tr><th>Part</th><th>Description</th><th>Qty</th><th>Delivery</th></tr>
<tr><td>WL-6125</td><td>Shaded-pole motor 230 V 50 Hz, 18 W, for 16&quot; stand fan</td><td>3,000 pcs</td><td>ETA Cat Lai 2024-08-30</td></tr>
</table>
<p>Quantities of the blanket order beyond this call-off remain on hold until the next call-off signed by Ms. Pham Thi Mai, Purchasing Manager.</p>
<p>Pham Thi Mai</p>
""")
_p50_text = """Dear Mr. Huang,

Good afternoon. Call-off 2 is for 2,500 pcs WL-6125 motors, please see the attached document and arrange
production for shipment end of August. Please use the new carton mark (Binh An logo 2024).

Thank you and best regards,
Pham Thi Mai
Purchasing Manager | Binh An Electric Fan JSC
"""
_p50 = mail("Pham Thi Mai <mai.pham@binhanfan.vn>", "Huang Wei <huangwei@weilimotor.cn>",
            "Call-off 2 - WL-6125", "Mon, 22 Jul 2024 15:40:00 +0700", _p50_text,
            attachments=[("call-off_2_BA-2024-03.html", _p50_co, HTML_MT)])
case("p50_binhan_calloff_2500_vs_3000", ["RG011"],
     "Mail says call-off 2 is for 2,500 motors, the attached HTML call-off lists 3,000 pcs; rest of blanket held for Ms. Pham's next call-off",
     [("Call-off_2_WL-6125.eml", eml_bytes(_p50))])

# =================================================================== CLEAN CASES

# ---- c01: Dongguan die-caster quotation (PDF) with sample and production tiers - a quote authorizes nothing
_c01 = pdf([
    ("h1", "QUOTATION"),
    ("pre", "Dongguan Xinrui Precision Die-Casting Co., Ltd.\n"
            "No. 6 Keji Road, Chang'an Town, Dongguan, Guangdong 523860\nQuote No.: XR-Q-240612   Date: 2024-06-12   Valid: 60 days"),
    ("p", "To: Osaka Kanamono Shoji K.K. - Mr. Inoue Takumi"),
    ("table", [["Item", "Description", "Sample qty / price", "Production qty / price", "Tooling"],
               ["XR-ZH-211", "Zinc alloy hook (ZA-3), chrome plated, 2 x M4 holes", "50 pcs / USD 1.80", "10,000 pcs / USD 0.46", "USD 2,350 (2 cav)"],
               ["XR-ZH-212", "Zinc alloy double hook, satin nickel", "50 pcs / USD 2.20", "10,000 pcs / USD 0.61", "USD 2,800 (2 cav)"]]),
    ("sp",),
    ("p", "Lead time: tooling 25 days; samples 7 days after tool T1; production 30 days from your production release."),
    ("p", "Payment: T/T 50% tooling with order of the tool, 50% on sample shipment; production T/T 30 days after B/L."),
    ("p", "Plating thickness: Cu 5 um + Ni 8 um + Cr 0.25 um. Salt spray (CASS) 16 h."),
    ("p", "Best regards, Vivian Lee / Sales Dept. / +86 769 8531 7702"),
], title="XR-Q-240612", author="Dongguan Xinrui")
case("c01_xinrui_quote_tiers", [],
     "Supplier quotation alone, sample and production tiers; nothing is authorized so RG001 and the absence rules do not apply",
     [("XR-Q-240612_quotation.pdf", _c01)])

# ---- c02: Korean supplier asks the Indian buyer whether it may go ahead with the 2,000 - a question
_c02_text = """Dear Mr. Iyer,

Good morning from Ansan.

We received the sample sign-off from your QA team last week (report SQ-0704, 20 pcs all OK). Thank you.

May I ask: do we have your go-ahead for the 2,000 pcs production now, or should we wait for your
written release? We have not started anything beyond the 20 samples and have not bought steel for the
production. We will keep press line 3 free until 26 July; after that date the earliest slot is week 35.

Please let me know your decision.

Best regards,
Song Hye-jin
Overseas Sales Team, Hanjoo Press Co., Ltd.
Banwol Industrial Complex, Ansan-si, Gyeonggi-do | T. +82-31-494-2251
"""
_c02 = mail("Song Hye-jin <hj.song@hanjoopress.co.kr>", "Venkat Iyer <venkat.iyer@deccanmotors.in>",
            "Bracket MB-220 - production after sample sign-off?", "Mon, 15 Jul 2024 09:12:44 +0900",
            _c02_text, html=para_html(_c02_text))
case("c02_hanjoo_supplier_question", [],
     "Supplier asks whether it has a go-ahead for the 2,000 pcs or must wait for a written release; a question, not an approval",
     [("Bracket_MB-220_question.eml", eml_bytes(_c02))])

# ---- c03: Pune OEM forecast page (HTML) clearly labelled for planning, not an order, no material authority
_c03 = html_page("Planning forecast Q3 FY25", """
<h2>Vedant Autocomp Pvt. Ltd. &mdash; Supplier planning forecast</h2>
<p>Supplier: V-10881 Shinde Engineering Works, Bhosari &middot; Issued by PPC, 05-08-2024</p>
<div class="note">
<p><b>FORECAST &mdash; FOR CAPACITY PLANNING ONLY.</b> This is not a purchase order, not a schedule and not a commitment to buy. Do not produce or buy material against these figures. Quantities are released only by the monthly delivery schedule signed by Mr. Rohit Pawar (Manager &ndash; PPC).</p>
</div>
<table>
<tr><th>Part no.</th><th>Description</th><th>Oct-24</th><th>Nov-24</th><th>Dec-24</th></tr>
<tr><td>VA-CC-1140</td><td>Chain cover assy</td><td>5,500</td><td>5,500</td><td>4,800</td></tr>
<tr><td>VA-SG-0032</td><td>Side panel grommet</td><td>22,000</td><td>22,000</td><td>20,000</td></tr>
</table>
<p>Please inform PPC of any capacity constraint by 20-08-2024.</p>
""")
case("c03_vedant_planning_forecast", [],
     "Forecast explicitly labelled for capacity planning only, not an order, no production or material against it",
     [("Vedant_planning_forecast_Q3.html", _c03)])

# ---- c04: Japanese buyer to Yangjiang maker: "samples approved for fit check only; not a production release"
_c04_text = """Dear Ms. Huang,

Thank you for sending the 24 pcs samples of PO TK-0604 (nakiri 165 mm) so quickly.

Result: samples approved for fit check only - the blade fits our wooden block and the saya correctly.
This is not a production release. The dishwasher and corrosion tests (48 h) are still running.

The balance of 2,976 pcs stays on hold until the final sample sign-off after these tests and my written
release. Please do not start production or buy steel for it.

Best regards,
Aoki Haruto
Purchasing Manager
Tsubame Kitchen Trading Co., Ltd.
2-3-14 Higashi-Ota, Tsubame-shi, Niigata 959-1263 | TEL 0256-62-4418
"""
_c04 = mail("Aoki Haruto <h.aoki@tsubame-kt.co.jp>", "Lily Huang <lily@fengyuanknife.com>",
            "PO TK-0604 samples - fit check result", "Tue, 25 Jun 2024 10:40:00 +0900",
            _c04_text, html=para_html(_c04_text))
case("c04_tsubame_fit_check_only", [],
     "Scoped approval ('approved for fit check only ... not a production release') with 24 samples, 2,976 held until final sign-off and Aoki's written release",
     [("PO_TK-0604_fit_check.eml", eml_bytes(_c04))])

# ---- c05: Chennai repeat order (DOCX, table) - full quantity, "please proceed with 1,200 nos"
_c05 = docx_bytes([
    ("h1", "PURCHASE ORDER"),
    ("p", "Ashok Pumps & Valves Ltd., 41 Avinashi Road, Coimbatore 641018  |  GSTIN 33AABCA1182R1ZS"),
    ("p", "PO No.: APV/PO/24-25/1187        Date: 22.07.2024        Supplier: Sri Lakshmi Electricals, Hosur"),
    ("p", "Repeat order - part in regular supply since 2022 (last PO APV/PO/23-24/2216)."),
    ("table", [["Item", "Description", "Qty (Nos)", "Rate (Rs)", "Delivery"],
               ["APV-EM-0750", "End shield DE, cast iron FG200, machined, for 0.75 kW motor, Drg. APV-D-0750 Rev 6", "400", "186.00", "Aug-24"],
               ["APV-EM-0750", "same", "400", "186.00", "Sep-24"],
               ["APV-EM-0750", "same", "400", "186.00", "Oct-24"],
               ["", "Total", "1,200", "", "Rs 2,23,200 + GST"]]),
    ("sp",),
    ("p", "Please proceed with the 1,200 nos as per the schedule above. This PO covers the full quantity; nothing further is "
          "planned under it."),
    ("p", "Payment: 60 days from GRN. Material test certificate with each lot."),
    ("p", "K. Raghavan, Senior Manager - Purchase"),
], author="K. Raghavan")
case("c05_ashok_repeat_order_full", [],
     "Full-quantity repeat PO; 'proceed' is scoped to the 1,200 nos; no balance exists so the hold rules do not apply",
     [("APV-PO-24-25-1187.docx", _c05)])

# ---- c06: Korean call-off (PDF) with an explicit staged material authority above the released quantity
_c06 = pdf([
    ("h1", "CALL-OFF CO-03"),
    ("pre", "Daewoo Motion Co., Ltd. - Purchasing Team\n21, Gwahaksandan-ro, Gangseo-gu, Busan\n"
            "Framework agreement: DW-FA-2024-02 (stator lamination stack ST-88)      Date: 2024-08-12"),
    ("table", [["Item", "Value"],
               ["Released for production by this call-off", "500 pcs ST-88, delivery 2024-09-06"],
               ["Material authority", "Staged: up to 2,000 pcs worth of 50PN470 coil at Daewoo Motion's liability, valid until 2024-09-30"],
               ["Not released", "All quantities beyond the 500 pcs; released only by the next call-off signed by Mr. Lee Jae-won"],
               ["Forecast Oct-Dec", "1,500 pcs per month - planning figure only, not an order"]]),
    ("sp",),
    ("p", "Your material status report of 2024-08-09 (coil for 1,800 pcs staged at Gimhae) is within this material authority. "
          "Do not buy coil beyond 2,000 pcs worth without a revised material authority from us."),
    ("p", "Lee Jae-won / Team Leader, Purchasing"),
], title="CO-03 ST-88", author="Daewoo Motion")
case("c06_daewoo_calloff_staged_material", [],
     "Call-off releases 500 pcs with an explicit staged material authority up to 2,000 pcs; supplier's 1,800 pcs of staged coil is within it",
     [("DW_call-off_CO-03.pdf", _c06)])

# ---- c07: Japanese buyer DOCX with an explicit, recorded auto-conversion (quantity, signer, conditions)
_c07 = docx_bytes([
    ("h1", "Sample order and auto-conversion agreement"),
    ("p", "Buyer: Hamamatsu Moto Parts Co., Ltd. (Purchasing)    Supplier: Pune Precision Castings Pvt. Ltd."),
    ("p", "Order No.: HMP-24-0811        Date: 2024-08-01"),
    ("table", [["Item", "Content"],
               ["Part", "Clutch lever bracket HMP-CLB-05 Rev 2 (ADC12, machined)"],
               ["Authorized now", "20 pcs samples"],
               ["Production quantity", "1,000 pcs (firm)"],
               ["Auto-conversion", "Recorded: yes (see clause 2)"],
               ["Material authority", "Sample-only until the conversion in clause 2 takes effect"]]),
    ("sp",),
    ("p", "1. The 1,000 pcs production quantity is not released by this order itself."),
    ("p", "2. Auto-conversion: when Mr. Tanaka Hiroshi, QA Manager, signs the sample sign-off sheet with the disposition "
          "'approved' on or before 2024-09-15, and the sheet records all characteristics of drawing HMP-CLB-05 Rev 2 "
          "within tolerance, the 1,000 pcs are released for production by that signature, without a further document. "
          "Both parties agree to this clause."),
    ("p", "3. If the disposition is 'interim' or 'rejected', or the date passes, the 1,000 pcs stay on hold until a "
          "written release from Ms. Mori Yuko, Purchasing Manager."),
    ("p", "Signed for the buyer: Mori Yuko, Purchasing Manager        Acknowledged for the supplier: Anand Kale, Director"),
], author="Mori Yuko")
case("c07_hamamatsu_recorded_autoconversion", [],
     "Explicit, signed auto-conversion clause naming the 1,000 pcs, the signer (Mr. Tanaka) and the conditions; fallback held for Ms. Mori's written release",
     [("HMP-24-0811_sample_order.docx", _c07)])

# ---- c08: HK supplier: "the deposit does not release production"
_c08_text = """Dear Ms. Wong,

Thank you. We confirm receipt of your 30% deposit (HKD 18,600) for the buckle tooling and the samples of
PO HK-2406-07.

Please note: the deposit does not release production. Under PO HK-2406-07 we will make only the 60 sample
pcs. The 6,000 pcs stay on hold and we will not start them, or buy zinc for them, until we receive your
written release after sample sign-off.

Tool T1 is planned for 20 June; samples will reach you by 28 June.

Best regards,
Chen Hao 陈浩
Sales Manager | Dongguan Jinlong Hardware Co., Ltd.
Houjie Town, Dongguan | +86 769 8588 3120
"""
_c08 = mail("Chen Hao <chenhao@jinlonghw.cn>", "Wong Ka Yan <kayan.wong@harbourline.hk>",
            "Deposit received - PO HK-2406-07", "Mon, 10 Jun 2024 17:30:02 +0800", _c08_text)
case("c08_jinlong_deposit_not_release", [],
     "Supplier states the deposit does not release production; only 60 samples, 6,000 held for the written release",
     [("Deposit_received_HK-2406-07.eml", eml_bytes(_c08))])

# ---- c09: Sialkot supplier acknowledgement (TXT) restating the hold
_c09 = """SIALKOT STAR SURGICAL CO.
Kashmir Road, Sialkot-51310, Pakistan   Tel: +92 52 3554 118   E-mail: export@sialkotstar.pk

ORDER ACKNOWLEDGEMENT No. SSS/OA/24/0392                               Date: 19-07-2024

To      : M/s. Lanka Hospital Supplies (Pvt) Ltd., Colombo 05, Sri Lanka
Your PO : LHS/PO/24/118 dated 16-07-2024

We acknowledge your PO for thirty-six (36) sample pieces only, as follows:

  Art. No.    Description                                         Qty   Price USD
  SS-1412     Adson tissue forceps 12 cm, 1x2 teeth               12    1.85
  SS-2216     Mayo-Hegar needle holder 16 cm, TC                  12    4.90
  SS-3114     Iris scissors 11.5 cm, straight, sharp/sharp        12    2.20

We understand that the remaining 1,164 pcs of our offer are not released. We will not start them and
will not buy steel for them until Mr. Kashif Raza (Procurement Head) sends the written release after
your sample sign-off.

Samples will be dispatched by DHL on 09-08-2024 with material certificate (AISI 410 / 420) and
passivation report.

For SIALKOT STAR SURGICAL CO.
Zeeshan Akram, Export Manager
"""
case("c09_sialkotstar_acknowledgement", [],
     "Supplier acknowledgement restating 36 samples only and the hold on 1,164 pcs until Mr. Kashif Raza's written release after sign-off",
     [("SSS-OA-24-0392_acknowledgement.txt", _c09)])

# ---- c10: Indian cable-gland sample PO (PDF) full of identifiers that look like quantities
_c10 = pdf([
    ("h1", "PURCHASE ORDER"),
    ("pre", "GUJARAT SWITCHGEAR & CONTROLS LTD.\n501, Shivalik Plaza, IIM Road, Ahmedabad 380015\n"
            "ISO 9001:2015 | ISO 14001:2015 certified | GSTIN 24AABCG5500M1Z2"),
    ("table", [["PO No.", "GSC/PO/2500/24-25", "Date", "12.08.2024"],
               ["Supplier", "Shree Hari Brass Components, Dared, Jamnagar", "Indent", "IND-1000-0450"]]),
    ("sp",),
    ("table", [["Sr.", "Part No.", "Description", "Qty", "Rate (Rs)"],
               ["1", "PN 5000-250-10", "Cable gland CW614N, IP68 at 10 m, thread M20x1.5, Drg. CG-2500 Rev 12, per IEC 62444:2010", "10 nos (samples)", "96.00"],
               ["2", "PN 5000-320-10", "Cable gland CW614N, IP68 at 10 m, thread M32x1.5, Drg. CG-3200 Rev 12, per IEC 62444:2010", "10 nos (samples)", "148.00"]]),
    ("sp",),
    ("h", "Release status"),
    ("p", "Authorized now: 10 + 10 = 20 nos samples. The production quantity of quotation SHB/Q/1500 is not released. "
          "It stays on hold until sample sign-off (incl. IP68 test at 10 m for 30 min and 1,000 h salt spray of plating) and a "
          "written release signed by Mr. Pranav Desai, GM - Materials. Material authority: samples only."),
    ("p", "Marking: GSC logo, size, lot code 2024-0500. Packing: 50 per box (production standard; samples loose)."),
    ("p", "Pranav Desai, GM - Materials"),
], title="GSC/PO/2500/24-25", author="Gujarat Switchgear")
case("c10_gsc_gland_identifiers", [],
     "Sample PO with complete scope; numbers like PN 5000-250-10, Drg. CG-2500 Rev 12, ISO 9001:2015, IP68 at 10 m, 1,000 h, lot 2024-0500 are identifiers or specs, not quantities",
     [("GSC-PO-2500-24-25.pdf", _c10)])

# ---- c11: Japanese buyer sample order mail (multipart/alternative) with a complete scope note
_c11_text = """Dear Mr. Xu,

We always appreciate your kind support.

We have issued our order No. KE-2407-33 for the evaluation of the 60 W BLDC motor (your model XM-60B).

  1. The quantity of this order is 10 pcs (for evaluation).
  2. The remaining 990 pcs of your estimate are not ordered yet and not released. Please do not start them
     and please do not purchase magnets or steel for them.
  3. After our evaluation (sample sign-off, about 4 weeks), Mr. Kobayashi Ryo, Section Manager of
     Procurement, will send you a written release if we decide to go to production.

Please deliver the 10 pcs by 2024/08/23 with the test data (no-load speed, current, noise).

Best regards,

Ito Mayumi
Procurement Section, Kitakyushu Electric Co., Ltd.
TEL +81-93-521-3348
"""
_c11 = mail("Ito Mayumi <m.ito@kitakyu-elec.co.jp>", "Xu Ming <xuming@xinmotor.com.cn>",
            "Order KE-2407-33 (BLDC motor XM-60B, 10 pcs for evaluation)", "Tue, 23 Jul 2024 11:00:00 +0900",
            _c11_text, html=para_html(_c11_text))
case("c11_kitakyushu_evaluation_order", [],
     "Evaluation order states 10 pcs, 990 not released, sample sign-off and Mr. Kobayashi's written release",
     [("Order_KE-2407-33.eml", eml_bytes(_c11))])

# ---- c12: Dhaka paper bag WhatsApp - buyer scopes clearly, supplier confirms
_c12 = """[08/07/2024, 11:15 am] Rafiq Meghna: Alam bhai, PO MSS/PO/2024/0702 mail e pathalam. Only 300 pcs sample bag (32x42x12, 2 colour). Bulk 50k pcs release na. Bulk hold e thakbe until our store team sign-off the sample and I (Md. Rafiqul Islam) send written release.
[08/07/2024, 11:18 am] Alam Padma Paper: Ji bhai, 300 pcs sample only. Bulk er jonno kono kagoj kinbo na.
[08/07/2024, 11:19 am] Alam Padma Paper: Print proof aj rate e pathabo
[08/07/2024, 9:40 pm] Alam Padma Paper: <Media omitted>
[09/07/2024, 10:02 am] Rafiq Meghna: Logo ta ektu boro koren, 20%
[10/07/2024, 12:30 pm] Alam Padma Paper: <Media omitted>
[10/07/2024, 12:45 pm] Rafiq Meghna: Ok this proof is fine for the 300 sample bags. Bulk still on hold.
[10/07/2024, 12:46 pm] Alam Padma Paper: Thik ache bhai 👍
"""
case("c12_whatsapp_meghna_sample_bags", [],
     "Buyer scopes 300 sample bags, bulk 50,000 held until sign-off and Rafiqul Islam's written release; proof OK is scoped to the samples",
     [("WhatsApp Chat - Alam Padma Paper.txt", _c12)])

# ---- c13: Tally ERP full-quantity PO printout (TXT) - no balance
_c13 = """                                  SHREE BALAJI INFRACON LLP
              B-702, Titanium City Centre, Anandnagar Road, Satellite, Ahmedabad
                 GSTIN/UIN: 24AAKFS8821P1Z6   State Name: Gujarat, Code: 24
                                       PURCHASE ORDER
---------------------------------------------------------------------------------------------
Voucher No.  : SBI/PO/24-25/0417                         Dated        : 02-Aug-2024
Supplier     : Himmatnagar Vitrified Pvt. Ltd., NH-8, Himmatnagar
Supplier's Ref./Order No.: HVPL/Q/2407-31                Project      : Balaji Greens, Gota
Mode/Terms of Payment : 50% on delivery, 50% in 30 days
Dispatch through      : Supplier's transporter          Destination  : Gota site
---------------------------------------------------------------------------------------------
Sl  Description of Goods                       HSN/SAC     Quantity      Rate     per     Amount
---------------------------------------------------------------------------------------------
 1  GVT 600x600 Carrara Matt, Premium         69072100   8,350 Box    593.28   Box  49,53,888.00
    (1.44 sq.m/box = 12,024 sq.m)
    Same shade & caliber for full quantity
                                                         CGST 9%                      4,45,849.92
                                                         SGST 9%                      4,45,849.92
---------------------------------------------------------------------------------------------
                                          Total         8,350 Box            ₹ 58,45,587.84
Amount Chargeable (in words): INR Fifty Eight Lakh Forty Five Thousand Five Hundred Eighty Seven
and Eighty Four paise Only
---------------------------------------------------------------------------------------------
Remarks: Full quantity order for flooring of Towers A & B. Dispatch in 4 lots as per site call.
         Shade/caliber sticker on each box. Breakage above 1% to be replaced free.
                                                           for SHREE BALAJI INFRACON LLP

                                                                  Authorised Signatory
                                 This is a Computer Generated Document
"""
case("c13_tally_balaji_full_order", [],
     "Tally printout of a full-quantity PO (8,350 boxes, stated as 12,024 sq.m); no sample, no balance, dispatch lots only",
     [("SBI-PO-24-25-0417_tally.txt", _c13)])

# ---- c14: Pune supplier GST tax invoice (PDF) for development samples - supplier document, consistent quantity
_c14 = pdf([
    ("h1", "TAX INVOICE"),
    ("pre", "JOSHI PRESSURE DIECAST\nPlot T-81, Bhosari MIDC, Pune 411026  |  GSTIN 27AAPFJ2231Q1ZK  |  State: Maharashtra (27)\n"
            "Invoice No.: JPD/24-25/0311      Date: 24.05.2024      e-Way Bill: 1812 0447 3391"),
    ("table", [["Bill to / Ship to", "Vedant Autocomp Pvt. Ltd., Gat No. 412, Chakan Phase II, Pune 410501 (GSTIN 27AABCV4412K1Z8)"],
               ["Buyer's order", "VA/PUR/24-25/0418 dt. 06.05.2024 (development samples, 50 nos)"],
               ["Vehicle", "MH-14-HG-2207"]]),
    ("sp",),
    ("table", [["Sr.", "Description", "HSN", "Qty", "Rate", "Taxable value"],
               ["1", "Brake Lever LH VA-BL-2207 Rev 03 - development samples", "8714", "50 Nos", "310.00", "15,500.00"],
               ["", "CGST 9%", "", "", "", "1,395.00"],
               ["", "SGST 9%", "", "", "", "1,395.00"],
               ["", "Invoice total", "", "", "", "18,290.00"]]),
    ("sp",),
    ("p", "Amount in words: Rupees Eighteen Thousand Two Hundred Ninety Only."),
    ("p", "Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct."),
    ("p", "For Joshi Pressure Diecast - Authorised Signatory"),
], title="JPD/24-25/0311", author="Joshi Pressure Diecast")
case("c14_joshi_gst_invoice_samples", [],
     "Supplier GST invoice for the 50 development samples; one consistent quantity, no authorization, no larger figure",
     [("JPD-24-25-0311_tax_invoice.pdf", _c14)])

# ---- c15: buyer incoming inspection report (DOCX table): sample sign-off recorded, production not released
_c15 = docx_bytes([
    ("h1", "INCOMING INSPECTION REPORT - SAMPLES"),
    ("p", "Deccan Motors Ltd., Ranjangaon MIDC, Pune      Report: DML-IIR-24-0612      Date: 03.07.2024"),
    ("p", "Supplier: Hanjoo Press Co., Ltd. (Korea)    Part: Mirror bracket MB-220 Rev C    PO: DML/IMP/24/077 (20 pcs samples)"),
    ("table", [["Characteristic", "Specification", "Measured (n=20)", "Result"],
               ["Hole pitch", "48.0 +/- 0.1", "47.96 - 48.05", "OK"],
               ["Bend angle", "92 +/- 0.5 deg", "91.7 - 92.3 deg", "OK"],
               ["Coating thickness (e-coat)", "min 20 um", "22 - 27 um", "OK"],
               ["Salt spray 240 h", "no red rust", "no red rust", "OK"]]),
    ("sp",),
    ("p", "Sample sign-off: accepted for dimensions and coating (20 of 20 pcs)."),
    ("p", "Production is not released by this report. The balance 1,980 pcs stays on hold until a written release from "
          "Mr. Venkat Iyer, Head - Supply Chain, which will be sent separately."),
    ("p", "Inspected by: S. Kale (QA)    Reviewed: P. Nair (QA Manager)"),
], author="S. Kale")
case("c15_deccan_incoming_inspection", [],
     "Inspection report records the sample sign-off and says production is not released; balance 1,980 held for Mr. Iyer's written release",
     [("DML-IIR-24-0612_inspection.docx", _c15)])

# ---- c16: Chennai production release letter (PDF) for the whole remaining quantity, numbered and signed
_c16 = pdf([
    ("pre", "KAVERI MOTOR COMPONENTS LTD.\nPlot 61, SIPCOT Industrial Complex Phase II, Hosur 635109"),
    ("sp",),
    ("h1", "PRODUCTION RELEASE PR-2024-019"),
    ("table", [["Supplier", "Prakash Forgings & Fabricators, Ambattur, Chennai"],
               ["PO", "KMC/24/3391 (side stand assembly KMC-SS-4410)"],
               ["Unlock event", "PPAP sample sign-off KMC-SQE-TR-0712, disposition approved, 31.07.2024"],
               ["Quantity released by this document", "4,950 nos"],
               ["Remaining on hold after this release", "nil - this release covers the complete remaining quantity of the PO"],
               ["Delivery", "1,650 nos per month, Aug-Oct 2024"]]),
    ("sp",),
    ("p", "Released by: R. Lakshmi Priya, Manager - SCM (release authority up to Rs 25 lakh)"),
    ("p", "Date: 02.08.2024"),
], title="PR-2024-019", author="Kaveri Motor Components")
case("c16_kaveri_production_release", [],
     "Numbered production release of 4,950 nos after the recorded sign-off, signed by the named release authority; nothing remains on hold",
     [("PR-2024-019_production_release.pdf", _c16)])

# ---- c17: PPAP interim disposition (HTML) with quantity and date limits
_c17 = html_page("PPAP interim disposition", """
<h2>Seojin Auto Parts India Pvt. Ltd. &mdash; Supplier Quality</h2>
<p>Oragadam, Kancheepuram District, Tamil Nadu &middot; Document SQ-PPAP-24-088</p>
<table>
<tr><th>Supplier</th><td>Chennai Precision Pressings Pvt. Ltd.</td></tr>
<tr><th>Part</th><td>Seat hinge bracket SH-7710 Rev B</td></tr>
<tr><th>PPAP status</th><td><b>Interim</b> (level 3 submission, capability study pending: Cpk 1.21 on hole position)</td></tr>
<tr><th>Interim approval limits</th><td>300 pcs, produced and shipped on or before 30-06-2024, each box tagged &quot;INTERIM SQ-PPAP-24-088&quot;</td></tr>
<tr><th>Balance</th><td>4,650 pcs of PO SAPI/PO/24/0311 &mdash; on hold</td></tr>
<tr><th>Unlock event</th><td>Full PPAP sign-off after a new capability study (min. 125 pcs, Cpk &ge; 1.33)</td></tr>
<tr><th>Release authority</th><td>Ms. Neha Kulkarni, Supplier Quality Manager (written release)</td></tr>
</table>
<p class="note">Nothing beyond the 300 pcs may be produced under this interim approval. The balance is released only in writing by Ms. Neha Kulkarni after the full PPAP sign-off.</p>
""")
case("c17_seojin_ppap_interim", [],
     "PPAP interim disposition limited to 300 pcs and a date; balance 4,650 held for full sign-off and Ms. Kulkarni's written release",
     [("SQ-PPAP-24-088_interim.html", _c17)])

# ---- c18: Vietnamese buyer corrects a supplier who assumed roll-over into production (quoted below the reply)
_c18_sup = """Dear Mr. Tuan,

Samples of the brake shoe BS-110 (200 sets) will ship on Friday. Once you approve the samples we will roll
straight into the 4,800 sets, so your September assembly is safe.

Best regards,
Liu Yang
Chongqing Hengtong Friction Materials Co., Ltd."""
_c18_text = f"""Dear Mr. Liu,

Thank you for the shipping information.

No - please do not roll into production when the samples are approved. Our sample sign-off releases
nothing by itself. Only the 200 sets of samples are authorized under PO TL-2407-08. The 4,800 sets stay
on hold until I send you a written release, and please do not buy material for them before that.

Best regards,
Nguyen Minh Tuan
Purchasing Manager
Thang Long Motorbike Assembly JSC | Que Vo IZ, Bac Ninh, Viet Nam
Tel: +84 222 3617 405

On 2024-07-17 09:14, Liu Yang wrote:
{q(_c18_sup)}
"""
_c18 = mail("Nguyen Minh Tuan <tuan.nm@thanglongmoto.vn>", "Liu Yang <liuyang@hengtongfriction.cn>",
            "Re: BS-110 samples shipping", "Wed, 17 Jul 2024 15:22:10 +0700", _c18_text,
            html=para_html(_c18_text), in_reply_to="<h13-bs110@hengtongfriction.cn>")
case("c18_thanglong_corrects_rollover", [],
     "Supplier's quoted assumption of roll-over is corrected by the buyer: 200 sets only, 4,800 held until Tuan's written release, no material",
     [("Re_BS-110_samples_shipping.eml", eml_bytes(_c18))])

# ---- c19: Bangladeshi hospital tender (PDF) - estimated quantities explicitly non-binding
_c19 = pdf([
    ("h1", "INVITATION FOR TENDER"),
    ("pre", "CHATTOGRAM GENERAL HOSPITAL TRUST - Procurement Cell\nK.B. Fazlul Kader Road, Chattogram-4203\n"
            "Tender Ref.: CGHT/PROC/2024/27            Closing: 18-08-2024, 12:00 noon"),
    ("h", "Schedule of items"),
    ("table", [["Lot", "Item", "Estimated quantity (indicative)", "Unit"],
               ["1", "Artery forceps, Kelly, 14 cm, curved, stainless steel", "2,400", "Pcs"],
               ["2", "Needle holder, Mayo-Hegar, 16 cm, TC inserts", "1,200", "Pcs"],
               ["3", "Scissors, Metzenbaum, 18 cm, curved", "900", "Pcs"]]),
    ("sp",),
    ("p", "Clause 6. The estimated quantities are indicative only and do not bind the Trust to purchase any quantity. "
          "Supply shall be made only against individual work orders issued and signed by the Director (Procurement); each "
          "work order states the quantity it covers. Bidders must not manufacture or stock against these estimates."),
    ("p", "Clause 7. Samples: two pieces of each item to be submitted with the bid, free of cost."),
    ("p", "Clause 8. Bid security: 2% of the quoted value by pay order in favour of CGHT."),
    ("p", "Director (Procurement), Chattogram General Hospital Trust"),
], title="CGHT/PROC/2024/27", author="CGHT Procurement")
case("c19_cght_tender_indicative", [],
     "Tender with estimated quantities declared indicative and non-binding; supply only against signed work orders; not a forecast written as firm",
     [("CGHT-PROC-2024-27_tender.pdf", _c19)])

# ---- c20: Vietnamese supplier asks for the written release before running, restates the hold
_c20_text = """Dear Ms. Lan,

Good morning. We received your sample sign-off for the preform PF-28-25 (report QA-0719) yesterday,
thank you very much.

According to your PO HB-24-066, the remaining 480.000 preforms are on hold until your written release
(Ms. Nguyen Thi Lan). We will not start them and will not buy PET resin beyond the 2.000 trial preforms.

Please send us the written release with the quantity when you are ready, so we can book the injection
machine (Husky 300T, 72 cavities). Our earliest slot is 5 August if we receive it by 26 July.

Best regards,
Vo Thanh Tam
Sales Supervisor | An Phu Plastic Packaging Co., Ltd.
Road 6, Song Than 1 IZ, Di An, Binh Duong | Tel: +84 274 3742 119
"""
_c20 = mail("Vo Thanh Tam <tam.vo@anphuplastic.vn>", "Nguyen Thi Lan <lan.nt@hanoibev.vn>",
            "PF-28-25 preform - request for written release", "Mon, 22 Jul 2024 08:45:36 +0700",
            _c20_text, html=para_html(_c20_text))
case("c20_anphu_asks_written_release", [],
     "Supplier restates the hold on 480,000 preforms and asks for the written release before running; no approval, no material beyond the trial lot",
     [("PF-28-25_request_release.eml", eml_bytes(_c20))])

# ---- c21: Karachi buyer stop notice (TXT) with a named lifting event and person
_c21 = """==========================================================================
                           STOP NOTICE  SN-2024-07
==========================================================================
From    : Indus Electric Works (Pvt.) Ltd., SITE Area, Karachi
To      : M/s. Lahore Brass Fittings, Kot Lakhpat Industrial Estate, Lahore
Order   : PO IEW/PO/24/0233 - cable gland CG-25 nickel plated
Date    : 26-07-2024 14:30 PKT
--------------------------------------------------------------------------
Effective immediately, stop all work on the above order, including the
500 pcs released on 12-07-2024. Nothing may start, be machined, plated or
shipped while this stop is in force.

Reason  : plating thickness below 5 micron on lot 2407-A (NCR-0457).

The stop stays in force until it is lifted in writing by Mr. Adnan Sheikh,
Manager Procurement, after closure of NCR-0457 (root cause, corrective
action and re-test of 32 pcs).

Please acknowledge this notice by return e-mail and report the WIP status
(machined / plated / packed) by 29-07-2024.

Adnan Sheikh
Manager Procurement, Indus Electric Works (Pvt.) Ltd.
==========================================================================
"""
case("c21_indus_stop_notice", [],
     "Stop notice: nothing may start, lifted only in writing by Mr. Adnan Sheikh after NCR closure; NCR-0457, lot 2407-A, 5 micron and 32 pcs re-test are not authorized quantities",
     [("SN-2024-07_stop_notice.txt", _c21)])

# ---- c22: Hanoi buyer sample PO mail forwarding an old quote (rfc822) with the production figure declared informational
_c22_fwd = mail("Liu Yang <liuyang@hengtongfriction.cn>", "Do Van Long <long.dv@hanoimoto.vn>",
                "Quotation HT-Q-2206 brake shoe BS-090", "Thu, 16 Jun 2022 10:12:00 +0800",
                """Dear Mr. Long,

Please see our quotation for brake shoe BS-090 (drum 110 mm):
  Samples: 30 sets @ USD 2.10
  Production: 5,000 sets @ USD 1.32, lead time 30 days
Price valid 90 days.

Best regards,
Liu Yang, Chongqing Hengtong Friction Materials Co., Ltd.
""")
_c22_text = """Dear Mr. Liu,

Please find our PO VN-2407-15 for 30 sets of brake shoe BS-090 for sample testing (USD 2.30/set as per your
new price list).

For reference I forward your old quotation from 2022 below. The 5,000 sets shown there is for information
only and is not released. The balance stays on hold until our sample sign-off (road test 1,000 km) and a
written release from me, Do Van Long, Purchasing Manager.

Please ship the 30 sets by air to Noi Bai before 10 August.

Best regards,
Do Van Long
Purchasing Manager | Hanoi Motorcycle Parts JSC | Tel: +84 24 3876 2291
"""
_c22 = mail("Do Van Long <long.dv@hanoimoto.vn>", "Liu Yang <liuyang@hengtongfriction.cn>",
            "PO VN-2407-15 BS-090 samples (fwd: old quotation)", "Thu, 18 Jul 2024 16:05:00 +0700",
            _c22_text, attachments=[("rfc822", _c22_fwd)])
case("c22_hanoimoto_fwd_old_quote", [],
     "Sample PO for 30 sets forwards a 2022 quote as message/rfc822; the 5,000 sets are declared informational and held until sign-off and Do Van Long's written release",
     [("PO_VN-2407-15_BS-090.eml", eml_bytes(_c22))])

# ---- c23: Busy ERP delivery challan (TXT) for 50 sample motors - supplier document
_c23 = """LAKSHMI MOTORS & DRIVES                                      DELIVERY CHALLAN
Ambattur Industrial Estate, Chennai 600058                  (Busy Win 21 - Rel 6.0)
GSTIN: 33AAEFL3310G1ZQ
--------------------------------------------------------------------------------
Challan No : LMD/DC/24-25/0877          Date      : 23-07-2024
Party      : Sree Venkateswara Pumps Pvt. Ltd., SIDCO, Kurichi, Coimbatore
Party PO   : 4500013102 dt. 02-07-2024  Transport : Professional Couriers
Purpose    : Supply against PO (samples)  Docket  : PCO 5520 1187 24
--------------------------------------------------------------------------------
S.N  Item Code   Description                                  Qty   Unit  Boxes
--------------------------------------------------------------------------------
 1   LM-2P-0370  Motor 0.37 kW 2P TEFC B3, frame 71, IE2      50    Nos   10
     SL No. LM2407-0301 to LM2407-0350; routine test cert. enclosed
--------------------------------------------------------------------------------
     Total                                                    50    Nos   10
--------------------------------------------------------------------------------
Received the above goods in good condition.

Receiver's signature & seal                          For LAKSHMI MOTORS & DRIVES
                                                     Authorised Signatory
"""
case("c23_lmd_delivery_challan", [],
     "Supplier delivery challan for 50 sample motors; serial-number range LM2407-0301 to 0350 is not a quantity; no authorization or larger figure",
     [("LMD-DC-24-25-0877_challan.txt", _c23)])

# ---- c24: three-file bundle - Busy ERP PO (TXT) + supplier quote (PDF) + buyer covering mail (EML), complete scope
_c24_po = """VEDANT AUTOCOMP PVT. LTD.                                  PURCHASE ORDER (DEVELOPMENT)
Gat No. 412, Chakan Phase II, Pune 410501                     Busy 21 | Co. 02 | FY 2024-25
--------------------------------------------------------------------------------------------
PO NO.   : VA/PUR/24-25/0526             DATE   : 29-07-2024
VENDOR   : RAJKOT FORGE & MACHINING, AJI GIDC, RAJKOT 360003 (V-11034)
QUOTE REF: RFM/Q/0719 DT 19-07-2024
--------------------------------------------------------------------------------------------
SR  ITEM CODE    DESCRIPTION                                QTY   UOM   RATE      AMOUNT
--------------------------------------------------------------------------------------------
 1  VA-GS-0618   GEAR SHIFT LEVER, FORGED 20MnCr5,           25   NOS   640.00    16,000.00
                 CASE HARDENED, DRG VA-GS-0618 REV 01
                 *** DEVELOPMENT SAMPLES ***
--------------------------------------------------------------------------------------------
NOTE: THIS PO AUTHORIZES 25 NOS SAMPLES ONLY. PRODUCTION QTY IN QUOTE (6,000 NOS) IS FOR
      INFO ONLY - NOT RELEASED. BAL ON HOLD TILL SAMPLE SIGN-OFF + WRITTEN RELEASE BY
      MR. N. GOKHALE (DGM PURCHASE). MATERIAL AUTHORITY: SAMPLES ONLY.
--------------------------------------------------------------------------------------------
GST 18% EXTRA | PAYMENT 45 DAYS | DELIVERY 20-08-2024 CHAKAN STORES
                                                         FOR VEDANT AUTOCOMP PVT. LTD.
                                                         AUTHORISED SIGNATORY
"""
_c24_quote = pdf([
    ("h1", "QUOTATION"),
    ("pre", "RAJKOT FORGE & MACHINING\nPlot 88, Aji GIDC, Rajkot 360003  |  GSTIN 24AAKFR4409N1Z5\nRef: RFM/Q/0719    Date: 19.07.2024"),
    ("table", [["Description", "Qty", "Rate (Rs)", "Lead time"],
               ["Gear shift lever VA-GS-0618 - development samples", "25 nos", "640.00", "3 weeks"],
               ["Gear shift lever VA-GS-0618 - production", "6,000 nos", "412.00", "4 weeks from release"],
               ["Forging die + trimming tool", "1 set", "2,10,000.00", "5 weeks"]]),
    ("p", "GST extra. Validity 60 days. Steel 20MnCr5 price basis Rs 78/kg."),
    ("p", "For Rajkot Forge & Machining - Nitin Vaghasiya"),
], title="RFM/Q/0719", author="Rajkot Forge")
_c24_text = """Dear Nitinbhai,

Please find our development PO VA/PUR/24-25/0526 for 25 nos. gear shift lever samples (VA-GS-0618 Rev 01).

As written on the PO, only these 25 nos. are authorized. The 6,000 nos. in your quotation RFM/Q/0719 are for
information only and are not released; they stay on hold until our sample sign-off and a written release from
Mr. N. Gokhale (DGM Purchase). Please do not buy steel beyond the sample requirement.

Kindly revert with the sample date and the forging die trial date.

Regards,
Sameer Kulkarni
Sr. Executive - Purchase (Development), Vedant Autocomp Pvt. Ltd.
"""
_c24_mail = mail("Sameer Kulkarni <sameer.kulkarni@vedantautocomp.in>", "Nitin Vaghasiya <nitin@rajkotforge.in>",
                 "Development PO VA/PUR/24-25/0526 - gear shift lever", "Mon, 29 Jul 2024 18:10:00 +0530", _c24_text)
case("c24_vedant_gear_lever_bundle", [],
     "Three-file bundle (Busy PO, quote, covering mail): 25 samples, 6,000 declared info-only and held until sign-off and Mr. Gokhale's written release, samples-only material",
     [("VA-PUR-24-25-0526_busy.txt", _c24_po), ("RFM-Q-0719_quotation.pdf", _c24_quote),
      ("Development_PO_0526_mail.eml", eml_bytes(_c24_mail))])

# ---- c25: DingTalk - Suzhou buyer scopes 50 samples explicitly (Chinese + English)
_c25 = """钉钉聊天记录 DingTalk chat record
Chat: 王磊 Wang Lei (苏州瑞能电气 Suzhou Ruineng Electric) & 林芳 Lin Fang (温州宏业电气配件 Wenzhou Hongye)
导出 Exported: 2024-08-02 09:00

2024-07-29 10:05 王磊 Wang Lei: 林经理好. PO SZ-0715 已发邮件. Only 50 pcs samples, cable gland PG16 nylon, grey RAL 7035.
2024-07-29 10:06 王磊 Wang Lei: 其余9,950个不放行 - the other 9,950 pcs are NOT released. Hold until our QA sample sign-off and written release from me (王磊 Wang Lei, purchasing manager).
2024-07-29 10:20 林芳 Lin Fang: 明白 understood, only 50 pcs. 其余的不生产也不备料 (rest no production, no material)
2024-07-29 10:21 林芳 Lin Fang: 样品8月5号寄出 samples ship 8/5 by SF
2024-07-31 14:40 林芳 Lin Fang: [图片 image] seal ring hardness 60A ok?
2024-07-31 15:02 王磊 Wang Lei: 60A ok for the samples
"""
case("c25_dingtalk_ruineng_samples", [],
     "Buyer states 50 samples, 9,950 not released until QA sign-off and Wang Lei's written release; supplier confirms no production or material",
     [("dingtalk_export_ruineng_hongye.txt", _c25)])


# =================================================================== writer
def _stem(filename):
    stem = Path(filename).stem
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")
    return stem


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(1313).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h13_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"wrote {len(CASES)} cases ({n_clean} clean, {len(CASES) - n_clean} with risks) to {OUT}")


if __name__ == "__main__":
    main()
