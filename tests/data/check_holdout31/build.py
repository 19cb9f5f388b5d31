#!/usr/bin/env python3
"""Generator for the releasegate check_holdout31 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout31/build.py

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
    m["Message-ID"] = msgid or f"<h31-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h31")
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
TXT_MT = "text/plain"
HTML_MT = "text/html"


def quote(text, prefix="> "):
    """Quote a block of text the way mail clients do."""
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.strip("\n").splitlines())


def text_html(text):
    """Very small text -> HTML converter for multipart/alternative bodies."""
    out, para, quoted = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quoted:
            inner = "<br>\n".join(escape(x) for x in quoted)
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
                       + inner + "</blockquote>")
            quoted.clear()

    for ln in text.splitlines():
        if ln.startswith(">"):
            flush_para()
            quoted.append(ln.lstrip(">").lstrip())
        elif not ln.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(ln)
    flush_para()
    flush_quote()
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def html_table(rows, cls=None):
    head, *body = rows
    h = "<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in head) + "</tr>"
    b = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n" for r in body)
    c = f' class="{cls}"' if cls else ""
    return f"<table{c}>\n{h}\n{b}</table>"


def T(s):
    """Dedent helper for long literal texts."""
    import textwrap
    return textwrap.dedent(s).strip("\n") + "\n"


# --------------------------------------------------------------- parties
HH = "Hearth & Hollow Home, Inc."
HH_PH = "+1 614 555 0142"
MF = "Marlowe & Finch Ltd"
MF_PH = "+44 113 496 0381"
WW = "Wohnwerk GmbH"
WW_PH = "+49 40 5550 7731"
SBL = "Saltbush Living Pty Ltd"
SBL_PH = "+61 3 9555 0197"
PRBO = "Pacific Rim Buying Office Ltd"
CL = "Cedar & Loom LLC"
CL_PH = "+1 212 555 0187"
BH = "Bellamy Home Ltd"
HL = "Haus Lumen GmbH"
HL_PH = "+49 221 5550 4410"

# =================================================================== CLEAN
# c01 -- US retailer PDF PO for PPS, full scope note, quote bulk declared informational
case("c01_hh_po_pps_full_scope", [],
     "sample PO: 8 PPS active, 1,192 informational and on hold, QA sign-off + written release by named director, sample-only material",
     [("PO_HH-240518.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("table", [
             ["PO number", "Date", "Buyer", "Vendor no."],
             ["HH-240518", "April 18, 2024", "Megan Ortiz, Merchandiser - Dining", "V-20417"],
         ]),
         ("sp",),
         ("p", "Vendor: Binh Duong Furniture JSC, Lot C4, Song Than 1 Industrial Zone, Di An City, "
               "Binh Duong, Vietnam. Attn: Ms Nguyen Thi Lan."),
         ("p", "Ship to: Hearth & Hollow Home, Inc., Sample Room, 4400 Alum Creek Dr, Columbus, OH 43207, USA."),
         ("p", "Terms: Net 60. Incoterm: FOB Cat Lai. Currency: USD. Vendor manual v7 applies."),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit price", "Amount"],
             ["1", "70412-NAT", "Oslo side chair, solid acacia, natural lacquer - PPS", "Sample", "4 pcs", "38.00", "152.00"],
             ["2", "70412-WAL", "Oslo side chair, solid acacia, walnut stain - PPS", "Sample", "4 pcs", "38.00", "152.00"],
             ["", "", "Total", "", "8 pcs", "", "USD 304.00"],
         ]),
         ("sp",),
         ("h", "Production scope"),
         ("p", "This purchase order covers eight (8) pre-production samples only: four natural and four walnut. "
               "Your quote BDF-Q-0412 also shows a production quantity of 1,192 pcs. That figure is for "
               "information only and is not released by this PO."),
         ("p", "The 1,192 pcs stay on hold until (1) our QA team has signed off the PPS against spec "
               "HH-SPEC-70412 rev B and (2) Patricia Nguyen, Director of Sourcing, has issued a written "
               "production release."),
         ("p", "Material authority: sample quantity only. Please do not purchase timber, lacquer or packaging "
               "for bulk."),
         ("h", "Sample instructions"),
         ("p", "PPS due at our Columbus sample room by May 24, 2024, via DHL on our account 96-118-2207. Label "
               "each chair with PO number, item and colour. Include the finish panel and the hardware card. "
               "TSCA Title VI / CARB Phase 2 labelling and Prop 65 statement as per vendor manual section 4.3."),
         ("p", "Please acknowledge this PO and its scope in the vendor portal within 3 business days."),
         ("sp",),
         ("p", "Authorised signatory: Megan Ortiz, Merchandiser - Dining, Hearth & Hollow Home, Inc."),
     ], pagesize=LETTER, title="PO HH-240518", author="Hearth & Hollow Home"))])

# c02 -- supplier quote with tiers, nothing authorized
case("c02_crc_quote_tiers", [],
     "supplier quotation with sample and three production tiers; no authorization in the bundle",
     [("Quotation_CRC-Q-2405-118.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "CV Cirebon Rattan Craft - Jl. Raya Tegalwangi No. 88, Weru, Cirebon 45154, West Java, Indonesia"),
         ("table", [
             ["Quotation no.", "Date", "Customer", "Attn."],
             ["CRC-Q-2405-118", "6 May 2024", "Saltbush Living Pty Ltd, Richmond VIC", "Ms Kirsty McLean"],
         ]),
         ("sp",),
         ("p", "Item: 'Bondi' lounge chair, natural rattan peel on synthetic core, powder-coated steel frame, "
               "seat cushion in Sunbrella Canvas Natural (5453-0000). Size W 74 x D 80 x H 78 cm."),
         ("table", [
             ["Tier", "Quantity", "Unit price FOB Semarang", "Lead time"],
             ["Sample", "6 sets", "USD 85.00", "21 days"],
             ["Production A", "300 sets", "USD 62.50", "60 days after order"],
             ["Production B", "600 sets", "USD 58.90", "60 days after order"],
             ["Production C", "1,200 sets", "USD 55.40", "75 days after order"],
         ]),
         ("sp",),
         ("p", "Notes: prices valid 60 days. Payment: 30% T/T deposit with order, 70% against copy of B/L. "
               "Packing: 1 set per 5-ply export carton, 40'HQ = 96 sets. Factory certified ISO 9001:2015; "
               "steel frame supplier holds SVLK documents for the timber pallets."),
         ("p", "This is a quotation only. It is not an order confirmation."),
         ("sp",),
         ("p", "Agus Santoso - Marketing Manager - +62 231 555 0172 - agus@cirebonrattan.co.id"),
     ], title="Quotation CRC-Q-2405-118", author="CV Cirebon Rattan Craft"))])

# c03 -- supplier asks whether to go ahead; quoted buyer scope is complete
_c03_buyer = T("""
    From: Megan Ortiz <megan.ortiz@hearthandhollow.com>
    Sent: Monday, May 13, 2024 4:02 PM
    To: Nguyen Thi Lan <lan.nguyen@binhduongfurniture.vn>
    Cc: Derek Lyle <derek.lyle@hearthandhollow.com>
    Subject: PO HH-240611 - Harlow counter stool PPS

    Hi Lan,

    PO HH-240611 is in the portal. It covers the 24 PPS only (12 natural, 12 black).
    The 1,176 pcs balance from your quote is not released and stays on hold until Derek's
    team signs off the PPS and Patricia Nguyen (Director of Sourcing) sends you a written
    production release. Please don't buy timber for bulk yet.

    Thanks!
    Megan
""")
_c03_text = (T("""
    Dear Megan,

    Good morning. PPS 24 pcs (12 natural / 12 black) was sent yesterday by DHL, AWB 4471 2290 16.
    Photos are in our shared folder, also the seat height check (75 cm) and foot rail weld photos.

    Our production team ask me: can we go ahead with the bulk 1,176 pcs now, or we must wait for your
    written release? The shipping window for September is tight so we want to check early.
    We have not purchased any timber for bulk.

    Best regards,
    Lan
""") + sig("Nguyen Thi Lan", "Sales Executive", "Binh Duong Furniture JSC", "+84 274 555 0619")
    + "\n-----Original Message-----\n" + quote(_c03_buyer) + "\n")
case("c03_bdf_question_quoted_scope", [],
     "supplier asks whether it may go ahead (question, not approval); quoted buyer scope names 24, hold, sign-off + written release, Patricia Nguyen",
     [("RE_PO_HH-240611_Harlow_PPS.eml", eml_bytes(mail(
         "Nguyen Thi Lan <lan.nguyen@binhduongfurniture.vn>",
         "Megan Ortiz <megan.ortiz@hearthandhollow.com>",
         "RE: PO HH-240611 - Harlow counter stool PPS",
         "Fri, 24 May 2024 08:41:00 +0700", _c03_text,
         cc="Derek Lyle <derek.lyle@hearthandhollow.com>",
         in_reply_to="<po-hh-240611@hearthandhollow.com>")))])

# c04 -- labelled rolling forecast (ERP printout), not an order
case("c04_ww_forecast_labelled", [],
     "rolling forecast printout clearly labelled as not an order and without production or material authority",
     [("Vorschau_200417_KW19.txt", T("""
    WOHNWERK GMBH  -  EINKAUF / PURCHASING                                   SEITE/PAGE 1/1
    ROLLIERENDE VORSCHAU / ROLLING FORECAST                              STAND/AS OF 06.05.2024
    ==========================================================================================
    *** NUR VORSCHAU - KEINE BESTELLUNG - KEINE PRODUKTIONS- ODER MATERIALFREIGABE ***
    *** FORECAST ONLY - NOT AN ORDER - NO PRODUCTION OR MATERIAL AUTHORITY           ***
    ==========================================================================================
    LIEFERANT/SUPPLIER : 200417  BAT TRANG CERAMIC CO., LTD, GIA LAM, HANOI (VN)
    DISPONENT/PLANNER  : K. VOGEL   TEL +49 40 5550 7731

    ARTIKEL  BEZEICHNUNG / DESCRIPTION            KW27     KW31     KW35     KW39      SUMME
    -------  ---------------------------------  -------  -------  -------  -------  ---------
    55310    VASE 'ELBE' 30CM GLASIERT SALBEI     1.200      800      800    1.200      4.000
    55311    VASE 'ELBE' 20CM GLASIERT SALBEI     1.500    1.000    1.000    1.500      5.000
    55420    SCHALE 'ALSTER' 28CM SAND              600      600      400      400      2.000
    -------  ---------------------------------  -------  -------  -------  -------  ---------
                                                 3.300    2.400    2.200    3.100     11.000

    HINWEIS / NOTE:
    Die Mengen sind Planungsinformation. Bestellungen und Produktionsfreigaben erfolgen
    ausschliesslich separat per Bestellung und schriftlichem Abruf.
    Quantities are planning information only. Orders and production releases are issued
    separately, by purchase order and written call-off only.
    ==========================================================================================
    ERSTELLT/PRINTED 06.05.2024 07:15  SAP MM  BENUTZER KVOGEL
"""))])

# c05 -- scoped sign-off (UK voice), multipart/alternative
_c05_text = T("""
    Hi Rohit,

    Thanks for getting the PPS over so quickly - the team loved the handfeel, and the block registration is
    much cleaner than on the first round.

    Sunita has been through them today. They are signed off for print registration and colourway only,
    colourways 2 (indigo) and 3 (slate); colourway 1 (terracotta) still needs a re-strike, see notes below.

    To be clear, this sign-off is not a production release. PO MF-5588 covers the 8 PPS you have already made
    and nothing else. The 2,400 pcs bulk stays on hold until the wash-fastness result (ISO 105-C06) is back
    and Graham Pike, our Head of Sourcing, has issued the written production release. Please don't cut or
    print any bulk fabric before then.

    PPS notes:
    - Col 1 terracotta: reads warmer than the standard under D65, please re-strike and send a 20 x 20 cm swatch
    - Zip: YKK no. 3 concealed, as per tech pack p.4
    - Care label 3 cm from the zip end, not centred
    - Carton mark: add the M&F item number on two sides

    Cheers,
    Harriet
""") + sig("Harriet Cole", "Buyer - Soft Furnishings", MF, MF_PH)
case("c05_mf_pps_signed_off_scoped", [],
     "PPS signed off for registration/colour only, explicitly not a release; 8 PPS active, 2,400 bulk on hold until test + written release by Graham Pike",
     [("PPS_comments_MF-5588.eml", eml_bytes(mail(
         "Harriet Cole <harriet.cole@marlowefinch.co.uk>",
         "Rohit Mehta <rohit@jaipurblockprint.in>",
         "Ikat cushion covers - PPS comments (PO MF-5588)",
         "Wed, 15 May 2024 16:22:00 +0100", _c05_text, html=text_html(_c05_text),
         cc="Sunita Rao <sunita.rao@marlowefinch.co.uk>")))])

# c06 -- full-quantity PO in vendor portal (HTML), "proceed with the 800 pcs"
case("c06_sbl_portal_full_qty", [],
     "full-quantity PO (800 = 500 + 300), no balance; 'proceed with the 800 pcs' is scoped",
     [("SBL_portal_PO_70-4471.html", html_page("Saltbush Living - PO 70-4471", f"""
<h2>Saltbush Living &mdash; Supplier Portal</h2>
<p><b>Purchase Order 70-4471</b> &nbsp;|&nbsp; Status: Issued &nbsp;|&nbsp; Issued: 03/06/2024 &nbsp;|&nbsp; Buyer: Kirsty McLean</p>
<p>Vendor: Panipat Handloom Exports, G.T. Road, Panipat, Haryana 132103, India &mdash; Attn. Mr Sanjay Gupta</p>
{html_table([
    ["Line", "SKU", "Description", "Qty", "UOM", "FOB USD", "Ex-factory"],
    ["1", "SBL-RUG-JT160", "Jute rug 160 x 230 cm, natural, herringbone", "500", "pcs", "21.40", "15/08/2024"],
    ["2", "SBL-RUG-JT200", "Jute rug 200 x 290 cm, natural, herringbone", "300", "pcs", "31.80", "15/08/2024"],
    ["", "", "Total", "800", "pcs", "", ""],
])}
<div class="note">
<p><b>Order scope.</b> This PO covers the full order quantity of 800 pcs (500 + 300). There is no balance and no
further release to follow on this PO. The PPS was signed off on 12/03/2024 (ref. SBL-PPS-0311).</p>
<p>Please proceed with the 800 pcs as per the signed-off PPS and ship within the window 15&ndash;22 August 2024.</p>
</div>
<h3>Shipping &amp; QA</h3>
<ul>
<li>Final inspection AQL 2.5 major / 4.0 minor, booked by our Delhi QA office 7 days before ex-factory.</li>
<li>Book with Kuehne+Nagel Mundra at least 14 days before ex-factory. Port of discharge: Melbourne.</li>
<li>Late shipment outside the window attracts a 3% chargeback as per the Vendor Agreement cl. 11.</li>
<li>Labels: AS/NZS care labelling, SKU barcode on the swing tag, 2 pcs per carton.</li>
</ul>
<p style="color:#777">Saltbush Living Pty Ltd &middot; 21 Cremorne St, Richmond VIC 3121 &middot; ABN 00 000 000 000</p>
"""))])

# c07 -- explicit recorded auto-conversion (DOCX)
case("c07_prbo_autoconversion_recorded", [],
     "explicit recorded auto-conversion naming quantity (490), signer (Alan Tse) and conditions; 10 PPS active; fallback release by Winnie Chan",
     [("Order_agreement_HH-240702.docx", docx_bytes([
         ("h1", "Order agreement - recorded auto-conversion"),
         ("p", "Buyer: Hearth & Hollow Home, Inc., Columbus OH, through Pacific Rim Buying Office Ltd, "
               "Unit 1208, Kowloon Bay, Hong Kong"),
         ("p", "Supplier: Zhongshan Brightway Lighting Co., Ltd, Guzhen Town, Zhongshan, Guangdong"),
         ("p", "Item: HH-LMP-2210 ceramic table lamp, 62 cm, reactive glaze 'Dune', linen drum shade, E27, "
               "UL 153 listed. PO: HH-240702."),
         ("table", [
             ["Quantity", "Pcs", "Status"],
             ["Pre-production samples (PPS)", "10", "Released now by PO HH-240702"],
             ["Production", "490", "Not released today; released automatically on PPS sign-off, see clause 2"],
             ["Total", "500", ""],
         ]),
         ("num", "PO HH-240702 releases the 10 PPS now. Nothing else is released today."),
         ("num", "Auto-conversion (recorded 14 May 2024): when Alan Tse, QA Manager, Pacific Rim Buying Office, "
                 "signs off the 10 PPS in writing, 490 pcs are released automatically by that sign-off, with no "
                 "further document. Conditions: the sign-off is dated on or before 28 June 2024; the specification "
                 "HH-SPEC-2210 rev C is unchanged; ex-factory is no later than 30 August 2024."),
         ("num", "If any condition in clause 2 is not met, the 490 pcs stay on hold and need a written "
                 "production release from Winnie Chan, Merchandise Manager."),
         ("num", "Material authority: PPS quantity only until the sign-off in clause 2."),
         ("num", "This agreement is filed with the PO. Both parties sign below."),
         ("sp",),
         ("p", "For the buyer: Winnie Chan, Merchandise Manager, Pacific Rim Buying Office Ltd - 14 May 2024"),
         ("p", "For the supplier: Kevin Liang, Sales Manager, Zhongshan Brightway Lighting Co., Ltd - 14 May 2024"),
     ], author="Winnie Chan"))])

# c08 -- supplier: deposit does not release production
_c08_text = T("""
    Dear Harriet,

    Good day! We received your 30% deposit GBP 4,212.00 for PI DH-2405-07 today, thank you very much.

    Please note for your file: the deposit only holds our kiln slot for July. It does not release production.
    We are making only the 36 PPS vases now (12 per glaze: Kelp, Chalk, Rust). The 3,564 pcs balance on the
    PI is not released and stays on hold until your PPS sign-off and a written production release signed by
    Mr Graham Pike. We have not bought clay or glaze for the balance.

    PPS will be ready 28 May, we send by SF Express to your Leeds office, tracking to follow.

    Best regards
    Lily
""") + sig("Lily Chen", "Export Sales", "Dehua Art Ceramics Co., Ltd, Dehua, Fujian", "+86 595 5550 2231")
case("c08_dac_deposit_not_release", [],
     "supplier states deposit does not release production; restates 36 PPS, hold on 3,564, sign-off + written release by Graham Pike",
     [("PI_DH-2405-07_status.eml", eml_bytes(mail(
         "Lily Chen <lily@dehua-artceramics.cn>",
         "Harriet Cole <harriet.cole@marlowefinch.co.uk>",
         "PI DH-2405-07 - deposit received / PPS status",
         "Tue, 21 May 2024 17:05:00 +0800", _c08_text)))])

# c09 -- call-off with explicit staged material authority above the released quantity
case("c09_ww_calloff_staged_material", [],
     "call-off releases 400 (cum. 800); staged material authority up to 1.600 at buyer liability; rest 1.200 on hold until call-off 03 by Jörg Albers",
     [("Abruf_4500221-02.txt", T("""
    WOHNWERK GMBH                       ABRUF / CALL-OFF                     NR. 4500221-02
    Grosse Elbstrasse 145, 22767 Hamburg                                 DATUM/DATE 21.05.2024
    ------------------------------------------------------------------------------------------
    RAHMENAUFTRAG / BLANKET PO : 4500221
    LIEFERANT / SUPPLIER       : 300582 PANIPAT HANDLOOM EXPORTS, PANIPAT (IN)
    ARTIKEL / ITEM             : 88120 LEINEN-BETTBEZUG 135X200 NATUR
                                 LINEN DUVET COVER 135X200 NATURAL, EUROPEAN FLAX, 160 G/M2
    ------------------------------------------------------------------------------------------
    RAHMENMENGE / BLANKET QTY                                       2.000 ST
    ABRUF 01 (GELIEFERT / DELIVERED)                                  400 ST
    ABRUF 02 - PRODUKTION FREIGEGEBEN / PRODUCTION RELEASED           400 ST
    KUMULIERT FREIGEGEBEN / CUMULATIVE RELEASED                       800 ST
    REST - NICHT FREIGEGEBEN / NOT RELEASED                         1.200 ST
    ------------------------------------------------------------------------------------------
    MATERIAL AUTHORITY (MATERIALVOLLMACHT):
      STAGED UP TO 1.600 ST  -  LEINENSTOFF / LINEN FABRIC ONLY  -  AT BUYER LIABILITY
      (HAFTUNG WOHNWERK). NO OTHER MATERIAL BEYOND THE RELEASED 800 ST.
    LIEFERANTENMELDUNG 17.05.2024 / SUPPLIER REPORT: STOFF FUER 1.600 ST AM LAGER
      - FABRIC FOR 1,600 PCS IN STOCK, WITHIN THE MATERIAL AUTHORITY ABOVE.

    DER REST VON 1.200 ST WIRD NUR MIT ABRUF 03 FREIGEGEBEN, UNTERSCHRIEBEN VON
    JOERG ALBERS (LEITER EINKAUF).
    THE REMAINING 1,200 PCS ARE RELEASED ONLY BY CALL-OFF 03, SIGNED BY JOERG ALBERS,
    HEAD OF PURCHASING.

    LIEFERTERMIN AB WERK / EX-FACTORY : KW 28 / 2024
    VERSAND / SHIPPING                : FCL VIA MUNDRA -> HAMBURG, FORWARDER DSV
    PRUEFUNG / INSPECTION             : FINAL INSPECTION AQL 2.5, GEBUCHT DURCH WOHNWERK QS
    ------------------------------------------------------------------------------------------
    SACHBEARBEITER/CLERK: K. VOGEL                          SAP MM / ME9E  21.05.2024 10:44
"""))])

# c10 -- supplier acknowledgement restating the hold, DOCX PO attached
_c10_po = docx_bytes([
    ("h1", "Purchase Order 70-4512"),
    ("p", "Saltbush Living Pty Ltd, 21 Cremorne St, Richmond VIC 3121, Australia"),
    ("p", "Supplier: Cebu Artisan Weaves Inc., Mandaue City, Cebu, Philippines - Attn. Ms Maricel Dizon"),
    ("p", "Date: 08/05/2024   Buyer: Kirsty McLean   Quote ref.: CAW-Q-0331"),
    ("table", [
        ["Line", "SKU", "Description", "Scope", "Qty"],
        ["1", "SBL-BSK-S", "Seagrass basket, small, natural", "Sample", "4"],
        ["2", "SBL-BSK-M", "Seagrass basket, medium, natural", "Sample", "4"],
        ["3", "SBL-BSK-L", "Seagrass basket, large, natural", "Sample", "4"],
        ["", "", "Total", "", "12"],
    ]),
    ("h", "Scope"),
    ("p", "This PO covers twelve (12) sample baskets only. The 1,188 pcs production quantity in quote CAW-Q-0331 "
          "is for information and is not released. It stays on hold until our PPS sign-off and a written "
          "production release from Brendan O'Shea, Sourcing Manager."),
    ("p", "Material authority: samples only."),
    ("sp",),
    ("p", "Buyer: Kirsty McLean, Buyer - Home Decor, Saltbush Living"),
    ("p", "Acknowledged for the supplier: Maricel Dizon, 09/05/2024"),
], author="Kirsty McLean")
_c10_text = T("""
    Hi Kirsty,

    Thank you for PO 70-4512, attached back with our signature.

    We acknowledge the scope as written: twelve (12) sample baskets only, 4 each in small, medium and large.
    We understand the 1,188 pcs production balance shown on our quote CAW-Q-0331 is not released and is on
    hold until your PPS sign-off and a written production release from Brendan O'Shea, Sourcing Manager.
    We will not buy seagrass or dye for the balance before that.

    Samples will be ready 31 May; we ship by FedEx to your Richmond office.

    Salamat and kind regards,
    Maricel
""") + sig("Maricel Dizon", "Export Coordinator", "Cebu Artisan Weaves Inc.", "+63 32 555 0148")
case("c10_caw_ack_restates_hold", [],
     "supplier acknowledgement restates 12 samples, hold on 1,188, sign-off + written release by Brendan O'Shea; PO attached says the same",
     [("ACK_PO_70-4512.eml", eml_bytes(mail(
         "Maricel Dizon <maricel@cebuartisanweaves.ph>",
         "Kirsty McLean <kirsty.mclean@saltbushliving.com.au>",
         "Acknowledgement - PO 70-4512 seagrass baskets (samples)",
         "Thu, 09 May 2024 14:30:00 +0800", _c10_text,
         attachments=[("PO_70-4512_signed.docx", _c10_po, DOCX_MT)])))])

# c11 -- identifiers that look like quantities
case("c11_bh_po_identifier_traps", [],
     "6 PPS; 2,994 informational/not released; hold until QA sign-off + written release by Tom Fairley; item/drawing/norm numbers are not quantities",
     [("PO_BH-24-0815.pdf", pdf([
         ("h1", "Bellamy Home Ltd - Purchase Order"),
         ("p", "Unit 7, Calder Park, Wakefield WF2 7AW, United Kingdom - VAT GB 000 0000 00"),
         ("table", [
             ["PO", "Date", "Supplier", "Quotation"],
             ["BH-24-0815", "20/05/2024", "Zhongshan Brightway Lighting Co., Ltd", "ZB-Q-2403-77"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item no.", "Description", "Qty", "Unit price", "Total"],
             ["1", "1500-2400", "Hollis pendant, smoked glass 300 mm, brass gallery - PPS", "6", "USD 14.20", "USD 85.20"],
         ]),
         ("sp",),
         ("h", "Technical"),
         ("p", "Drawing DRG-1200 rev 3. BS EN 60598-1:2015+A1:2018 and BS EN 60598-2-1. IP20, E27 lampholder, "
               "max. 40 W. Fabric cable 1500 mm, ceiling rose 120 mm. UKCA and CE marking. Export carton "
               "600 x 400 x 400 mm, 4 pcs per carton. Inspection: AQL 2.5, general level II."),
         ("h", "Scope of this order"),
         ("p", "This order authorises six (6) pre-production samples only. The 2,994 pcs production quantity on "
               "quotation ZB-Q-2403-77 is shown for information and is not released."),
         ("p", "The balance stays on hold until our QA has signed off the PPS, including UKCA marking and the "
               "BS EN 60598 test report, and Tom Fairley, Buying Director, has issued a written production release."),
         ("p", "No material authority for bulk: do not buy glass, cable or lampholders for the production quantity."),
         ("p", "PPS delivery: 10 June 2024 to Wakefield. PPS invoice payable on receipt."),
         ("sp",),
         ("p", "Issued by: Chloe Barker, Assistant Buyer - Lighting"),
     ], title="PO BH-24-0815", author="Bellamy Home Ltd"))])

# c12 -- release letter releasing the full remaining balance after sign-off
case("c12_mf_release_full_balance", [],
     "written production release by named authority for the full remaining 2,376 after PPS sign-off; nothing left on hold",
     [("Production_release_PR-0412.docx", docx_bytes([
         ("h1", "Production release PR-0412"),
         ("p", "Date: 4 June 2024"),
         ("p", "To: Rohit Mehta, Jaipur Block Print Textiles, Sitapura Industrial Area, Jaipur 302022"),
         ("p", "Order: PO MF-5530 - linen cushion cover 45 x 45 cm, hand block print 'Fern', 3 colourways"),
         ("p", "PO MF-5530 was issued for 2,400 pcs in total: 24 PPS (released 2 April 2024) and 2,376 pcs "
               "production."),
         ("p", "The PPS were signed off on 3 June 2024 by Sunita Rao, QA Manager (sign-off ref. QA-MF-5530-01)."),
         ("p", "I hereby release the full production balance of 2,376 pcs (792 per colourway). After this "
               "release nothing remains on hold on PO MF-5530."),
         ("table", [
             ["Colourway", "Released pcs"],
             ["Fern Sage", "792"],
             ["Fern Ochre", "792"],
             ["Fern Ink", "792"],
             ["Total", "2,376"],
         ]),
         ("p", "Material authority: up to the released 2,376 pcs."),
         ("p", "Ex-factory: 26 July 2024. Please send 2 TOP samples per colourway from the first bulk cut, and book "
               "the final inspection (AQL 2.5) at least 10 days before ex-factory."),
         ("sp",),
         ("p", "Graham Pike"),
         ("p", "Head of Sourcing, Marlowe & Finch Ltd, Leeds"),
     ], author="Graham Pike"))])

# c13 -- hold notice after failed test
case("c13_hh_hold_notice", [],
     "hold notice: 20 PPS only, nothing else released, 1,980 on hold until re-test + written release by Patricia Nguyen",
     [("Hold_notice_HH-240655.docx", docx_bytes([
         ("h1", "HOLD NOTICE - PO HH-240655"),
         ("p", "Date: May 20, 2024"),
         ("p", "To: Joel Santos, Pampanga Woodcraft Inc., San Fernando, Pampanga, Philippines"),
         ("p", "Item: HH-BEN-115 'Tamsin' upholstered bench, boucle, oak legs"),
         ("p", "PO HH-240655 covers twenty (20) pre-production samples, which you shipped on May 9. Nothing else on "
               "this order is released, and nothing beyond those 20 PPS is authorised now."),
         ("p", "The PPS failed the Cal TB 117-2013 smoulder test (report BV-24-11873, cover fabric char length). "
               "Please do not start any bulk preparation: no cutting, no foam or fabric purchase."),
         ("p", "The 1,980 pcs balance stays on hold until (1) a re-test with a revised barrier fabric passes and "
               "(2) Patricia Nguyen, Director of Sourcing, issues a written production release. We will tell you "
               "separately when to make the re-test samples."),
         ("p", "Contact for the re-test: Derek Lyle, QA Manager, derek.lyle@hearthandhollow.com."),
         ("sp",),
         ("p", "Megan Ortiz, Merchandiser, for Hearth & Hollow Home, Inc."),
     ], author="Megan Ortiz"))])

# c14 -- vendor portal sample PO (HTML) with full scope
case("c14_cl_portal_sample_po", [],
     "portal PO: 12 PPS (4 x 3 colours); 3,600 informational/not released; hold until QA lab sign-off + written release by Rachel Kim",
     [("CL_SupplierHub_PO_CL-3318.html", html_page("Cedar & Loom Supplier Hub - PO CL-3318", f"""
<h2>Cedar &amp; Loom &mdash; Supplier Hub</h2>
<p>PO <b>CL-3318</b> &middot; Created 05/07/2024 &middot; Buyer: Jess Park &middot; Vendor: Karur Home Textiles Pvt Ltd (V-0871), Attn. Mr S. Murugan</p>
{html_table([
    ["Line", "Style", "Description", "Colour", "Scope", "Qty"],
    ["1", "CL-TB-220", "Waffle bath towel 70 x 140 cm, 600 gsm, combed cotton", "Oat", "Sample (PPS)", "4"],
    ["2", "CL-TB-220", "Waffle bath towel 70 x 140 cm, 600 gsm, combed cotton", "Slate", "Sample (PPS)", "4"],
    ["3", "CL-TB-220", "Waffle bath towel 70 x 140 cm, 600 gsm, combed cotton", "Clay", "Sample (PPS)", "4"],
    ["", "", "Total", "", "", "12"],
])}
<div class="note">
<p><b>Released now:</b> 12 PPS (4 per colour).</p>
<p><b>Quoted production:</b> 3,600 pcs (quote KHT-Q-118) &mdash; for information only, <b>not released</b>.</p>
<p>The 3,600 pcs remain on hold until our QA lab has signed off the PPS (OEKO-TEX certificate, GSM and
shrinkage after 3 washes per AATCC 135) and Rachel Kim, VP Sourcing, has issued a written production release.</p>
<p><b>Material authority:</b> samples only. Do not book yarn or dyeing for bulk.</p>
</div>
<p>Please submit the size set / PPS by 06/07/2024 to our NYC office, 250 W 39th St, 11th floor. Courier account in the vendor manual.</p>
<p style="color:#888">Generated by Supplier Hub v4.2 &middot; Cedar &amp; Loom LLC, New York</p>
"""))])

# c15 -- WhatsApp: agent asks, buyer answers scoped, named via sender
case("c15_sbl_whatsapp_scoped_answer", [],
     "chat: buyer confirms only the 12 PPS, bulk 588 not released, no teak for bulk, she (named sender) sends the written release after QA sign-off",
     [("WhatsApp_Chat_Saltbush_Noosa.txt", T("""
    [14/05/2024, 09:12:04] Rina Wulandari: Morning Kirsty! Update Noosa bar stools: PPS nearly done, only the charcoal finish still curing
    [14/05/2024, 09:12:40] Rina Wulandari: Pak Budi's team asking if they can start cutting teak for bulk already, to save time?
    [14/05/2024, 09:40:51] Kirsty McLean: Morning Rina 😊 No - only the 12 PPS stools for now (half a dozen natural, half a dozen charcoal).
    [14/05/2024, 09:41:30] Kirsty McLean: Bulk 588 is NOT released. No teak for bulk either please. I'll send the written release myself once our QA has signed off the PPS.
    [14/05/2024, 09:43:02] Rina Wulandari: Noted, I tell Pak Budi 👍
    [14/05/2024, 10:05:17] Rina Wulandari: Pak Budi says ok, PPS ship Friday via DHL, AWB to follow
    [14/05/2024, 10:05:52] Rina Wulandari: <Media omitted>
    [14/05/2024, 10:06:00] Kirsty McLean: Legend, thanks Rina! Footrest height looks right now 👌
    [14/05/2024, 10:06:31] Rina Wulandari: 🙏
"""))])

# c16 -- final inspection report on a full-quantity order; "sample size" is AQL sampling
case("c16_meridian_final_inspection", [],
     "final random inspection of a full-quantity PO (1,200); sample size 80 is AQL sampling; no authorization",
     [("FRI_Report_MF-5497.pdf", pdf([
         ("h1", "Final Random Inspection Report"),
         ("p", "Meridian Quality Services - 18 Lang Ha, Dong Da, Hanoi, Vietnam - Report no. MQS-HN-24-06-0311"),
         ("table", [
             ["Client", "Supplier", "PO", "Item"],
             ["Marlowe & Finch Ltd", "Bat Trang Ceramic Co., Ltd", "MF-5497",
              "Stoneware cereal bowl 15 cm, reactive glaze 'Moss'"],
         ]),
         ("sp",),
         ("table", [
             ["PO quantity", "Presented", "Packed", "Inspection date", "Inspector"],
             ["1,200 pcs", "1,200 pcs", "100%", "11 June 2024", "Tran Thi Mai"],
         ]),
         ("h", "Sampling"),
         ("p", "ISO 2859-1 / ANSI Z1.4, general inspection level II. Lot size 1,200 -> sample size 80. "
               "AQL critical 0, major 2.5, minor 4.0."),
         ("table", [
             ["Defect class", "Found", "Accept / reject"],
             ["Critical", "0", "0 / 1"],
             ["Major", "2 (glaze crawling 1, pinhole 1)", "5 / 6"],
             ["Minor", "6 (glaze run at foot)", "10 / 11"],
         ]),
         ("h", "Tests"),
         ("p", "Pb/Cd release per EN 1388-1: pass (SGS report HN24-1182). Carton drop test ISTA 2A: pass. "
               "Diameter 15.0 cm +/- 0.3: pass (80/80). Dishwasher mark and country of origin present."),
         ("h", "Overall result"),
         ("p", "PASS - the lot conforms to the agreed AQL. Any shipment decision remains with the client."),
     ], title="FRI MF-5497", author="Meridian Quality Services"))])

# c17 -- multi-file: DOCX sample PO + PDF supplier quote, quote quantity declared informational
case("c17_ww_po_plus_quote", [],
     "bundle: sample PO for 4 with 400 declared informational/not released; hold until sign-off + revised order by Jörg Albers; quote tiers",
     [("Bestellung_4500-3391.docx", docx_bytes([
         ("h1", "Bestellung / Purchase Order 4500-3391"),
         ("p", "Wohnwerk GmbH, Grosse Elbstrasse 145, 22767 Hamburg - Einkauf Garten / Purchasing Garden"),
         ("p", "Lieferant / Supplier: CV Mebel Jati Prima, Jl. Raya Tahunan km 4, Jepara, Central Java, Indonesia "
               "- Attn. Pak Slamet Riyadi"),
         ("p", "Datum / Date: 13.05.2024   Angebot / Quotation: JP-Q-24-031"),
         ("table", [
             ["Pos.", "Artikel", "Bezeichnung / Description", "Menge / Qty", "Preis / Price"],
             ["10", "71120", "Gartenbank Teak 150 cm, geölt / teak garden bench 150 cm, oiled - Muster / sample",
              "4 ST", "EUR 186,00"],
         ]),
         ("h", "Umfang / Scope"),
         ("p", "This order covers four (4) samples only. The production quantity of 400 pcs in your quotation "
               "JP-Q-24-031 is for information only and is not released."),
         ("p", "The 400 pcs stay on hold until we have signed off the samples (construction, EN 581-1 stability, "
               "FSC and SVLK documents) and Jörg Albers, Head of Purchasing, has issued a revised order for the "
               "production quantity."),
         ("p", "Material authority: samples only - please do not buy teak for production."),
         ("p", "Lieferung Muster / sample delivery: KW 25 by air to Hamburg, DAP."),
         ("sp",),
         ("p", "Katrin Vogel, Einkauf Wohnen / Purchasing Home, Wohnwerk GmbH"),
     ], author="Katrin Vogel")),
      ("Quotation_JP-Q-24-031.pdf", pdf([
          ("h1", "QUOTATION JP-Q-24-031"),
          ("p", "CV Mebel Jati Prima - Jepara, Central Java - mebeljatiprima@example.co.id"),
          ("p", "To: Wohnwerk GmbH, Hamburg - Ibu Katrin Vogel. Date: 29 April 2024."),
          ("table", [
              ["Item", "Quantity", "Price EXW Jepara", "Lead time"],
              ["Teak garden bench 150 cm, oiled - sample", "4 pcs", "EUR 186,00", "30 days"],
              ["Teak garden bench 150 cm, oiled - production", "400 pcs", "EUR 148,50", "90 days"],
          ]),
          ("p", "Teak A-grade, kiln dried to 12%, mortise and tenon. Payment 30% advance, 70% before loading. "
                "Prices valid until 30 June 2024."),
          ("p", "Slamet Riyadi - Director"),
      ], title="Quotation JP-Q-24-031", author="CV Mebel Jati Prima"))])

# c18 -- forwarded old quote as message/rfc822, declared informational
_c18_fwd = mail("Jason Wu <jason.wu@lumica-lighting.cn>", "Stefanie Brandt <s.brandt@haus-lumen.de>",
                "Quotation LM-Q-0319 pendant P-220", "Tue, 19 Mar 2024 10:12:00 +0800",
                T("""
    Dear Stefanie,

    Thank you for your visit to our showroom. Please see our price for pendant P-220:

    - samples 10 pcs: EUR 38,00/pc
    - production 5,000 pcs: EUR 21,60/pc FOB Shenzhen
    - lead time 45 days after order, MOQ 1,000 pcs per colour

    Best regards
    Jason Wu
    Jiangmen Lumica Lighting Co., Ltd
"""))
_c18_text = T("""
    Dear Jason,

    as discussed on the phone, I forward your quotation from March below for reference only. The 5.000 pcs
    in that quotation are information, not an order, and they are not released.

    With this e-mail and our PO 45-00871 we release ten (10) samples of pendant P-220 (5 x brass, 5 x black).
    Nothing else is released.

    The balance remains on hold until (1) our lab has signed off the samples (EN 60598, ErP, photometry)
    and (2) we send you a revised PO, signed by Dr. Matthias Keller, Head of Purchasing.
    Please do not buy glass or brass parts for the production quantity.

    Mit freundlichen Grüßen / Best regards
    Stefanie Brandt
    Einkauf / Purchasing
    Haus Lumen GmbH, Köln
""")
case("c18_hl_fwd_quote_informational", [],
     "forwarded rfc822 quote with 5.000 declared informational; 10 samples released; hold until lab sign-off + revised PO by Dr. Keller",
     [("Fwd_Quotation_LM-Q-0319.eml", eml_bytes(mail(
         "Stefanie Brandt <s.brandt@haus-lumen.de>", "Jason Wu <jason.wu@lumica-lighting.cn>",
         "Fwd: Quotation LM-Q-0319 - sample order pendant P-220 (PO 45-00871)",
         "Mon, 13 May 2024 11:20:00 +0200", _c18_text, attachments=[("rfc822", _c18_fwd)])))])

# c19 -- interim PPS disposition with limits, releases nothing by itself
case("c19_hh_interim_disposition", [],
     "interim disposition with quantity/date limits that releases nothing; 24 PPS active; 1,176 on hold until written release by Patricia Nguyen",
     [("PPS_disposition_HH-240590.pdf", pdf([
         ("h1", "PPS disposition - INTERIM"),
         ("table", [
             ["Buyer", "QA", "Supplier", "PO", "Item"],
             ["Hearth & Hollow Home", "Derek Lyle", "Ningbo Yinzhou Homeware Co., Ltd", "HH-240590",
              "HH-BSK-31 cotton rope storage basket, 3 sizes"],
         ]),
         ("sp",),
         ("p", "Samples reviewed: 24 PPS (8 per size), received May 14, 2024."),
         ("table", [
             ["Size", "PPS", "Result"],
             ["S (25 cm)", "8", "Pass"],
             ["M (33 cm)", "8", "Pass"],
             ["L (40 cm)", "8", "Colour 'Ivory' at the edge of tolerance (Delta E 1.9, limit 2.0)"],
         ]),
         ("p", "Disposition: INTERIM. Construction, handles and measurements conform. Colour on size L is at the "
               "edge of tolerance."),
         ("p", "Limits of this interim disposition: at most 300 pcs, ex-factory on or before July 31, 2024. "
               "Outside these limits a new PPS is required."),
         ("h", "What is authorised now"),
         ("p", "The 24 PPS only. This disposition releases nothing by itself."),
         ("p", "Balance: the 1,176 pcs from quote NYH-Q-0402 remain on hold. A production release, within the "
               "300 pcs interim limit, can only come as a written release from Patricia Nguyen, Director of Sourcing."),
         ("sp",),
         ("p", "Derek Lyle, QA Manager, Hearth & Hollow Home, Inc. - May 16, 2024"),
     ], pagesize=LETTER, title="PPS disposition HH-240590", author="Derek Lyle"))])

# c20 -- buying-office spec sheet with table, scope limited to PPS
case("c20_prbo_spec_sheet_pps", [],
     "spec sheet authorises 6 PPS (2 x 3 colours); indicative bulk 4,800 informational/not released; PPS sign-off + written release by Winnie Chan",
     [("Spec_HH-THR-5506.docx", docx_bytes([
         ("h1", "Product specification sheet - HH-THR-5506 'Cabin' waffle throw"),
         ("p", "Pacific Rim Buying Office Ltd, Kowloon Bay, Hong Kong - for Hearth & Hollow Home, Inc. (USA)"),
         ("p", "Factory: Nantong Jiahe Textile Co., Ltd, Haimen, Jiangsu. Season: Fall 2024. Issue date: 9 May 2024."),
         ("table", [
             ["Attribute", "Requirement"],
             ["Size", "127 x 152 cm (50 x 60 in), tolerance +/- 2 cm"],
             ["Weight", "420 gsm +/- 5%"],
             ["Composition", "100% cotton, waffle weave"],
             ["Colours", "Oat PANTONE 13-1008 TCX; Moss 18-0426 TCX; Rust 18-1248 TCX"],
             ["Fringe", "8 cm twisted, both short ends"],
             ["Testing", "16 CFR 1610 Class 1; AATCC 61 2A colourfastness grade 4; AATCC 135 shrinkage max 5%"],
             ["Packing", "Belly band + polybag with suffocation warning, 12 pcs per carton"],
         ]),
         ("h", "Samples"),
         ("p", "PPS: 2 pcs per colour, 6 pcs in total, due 7 June 2024 at PRBO Kowloon Bay."),
         ("h", "Order information"),
         ("p", "Indicative bulk: 4,800 pcs (1,600 per colour) - for information only, not released."),
         ("h", "Scope"),
         ("p", "This sheet authorises the 6 PPS only. Bulk stays on hold until PRBO QA has signed off the PPS and "
               "Winnie Chan, Merchandise Manager, has issued a written production release. No material authority "
               "for bulk yarn or dyeing."),
     ], author="Alan Tse"))])

# c21 -- buyer reply correcting a quoted supplier auto-conversion assumption
_c21_supplier = T("""
    From: Coco Zhang <coco@xmgreenleaf.cn>
    Sent: Thursday, 16 May 2024 11:20 AM
    To: Brendan O'Shea <brendan.oshea@saltbushliving.com.au>
    Subject: PO 70-4588 bamboo serving trays - PPS + bulk plan

    Dear Brendan,
    PPS 15 pcs will finish next Tuesday. To keep the shipping window, once you approve the PPS we will
    roll into the 1,500 pcs bulk directly, no need to wait new PO. Hope it is ok?
    Best regards, Coco
""")
_c21_text = (T("""
    Hi Coco,

    Please don't. Signing off the PPS will not release anything on its own.

    For now you are authorised to make the 15 PPS only (5 per size). The 1,500 pcs stay on hold until our
    QA has signed off the PPS and I send you a written production release. Please don't buy bamboo strip
    for the bulk either.

    Cheers,
    Brendan
""") + sig("Brendan O'Shea", "Sourcing Manager", SBL, SBL_PH) + "\n" + quote(_c21_supplier) + "\n")
case("c21_sbl_reply_corrects_rollover", [],
     "buyer correctly rejects a quoted supplier roll-over assumption (quoted supplier text is not an authorization); 15 PPS, hold, sign-off + written release by Brendan",
     [("RE_PO_70-4588_bulk_plan.eml", eml_bytes(mail(
         "Brendan O'Shea <brendan.oshea@saltbushliving.com.au>", "Coco Zhang <coco@xmgreenleaf.cn>",
         "RE: PO 70-4588 bamboo serving trays - PPS + bulk plan",
         "Thu, 16 May 2024 15:02:00 +1000", _c21_text,
         in_reply_to="<gl-0516-1120@xmgreenleaf.cn>")))])

# c22 -- multi-file: HTML call-off + supplier acknowledgement EML
case("c22_hh_calloff_plus_ack", [],
     "blanket call-off 03 releases 400; remaining 800 not released until call-off 04 by Patricia Nguyen; supplier ack restates; material within release",
     [("HH_portal_calloff_HH-BL-2201-03.html", html_page("Call-off HH-BL-2201-03", f"""
<h2>Hearth &amp; Hollow Supplier Portal &mdash; Call-off HH-BL-2201-03</h2>
<p>Blanket PO HH-BL-2201 &middot; Vendor: Moradabad Metal Crafts (V-30922), Attn. Mr Imran Qureshi &middot;
Item HH-CND-118 brass taper candle holder, set of 3, antique brass</p>
{html_table([
    ["Call-off", "Qty (sets)", "Status", "Ex-factory"],
    ["01", "400", "delivered", "Mar 15, 2024"],
    ["02", "400", "delivered", "Apr 30, 2024"],
    ["03", "400", "released by this call-off", "Jun 28, 2024"],
    ["Remaining on blanket", "800", "not released", "-"],
    ["Blanket total", "2,000", "", ""],
])}
<div class="note"><p>This call-off releases 400 sets (call-off 03). The remaining 800 sets on the blanket are not
released; they need call-off 04, which only Patricia Nguyen, Director of Sourcing, can issue.</p>
<p>Material authority: released quantity only (cumulative 1,200 sets).</p></div>
<p>Inline inspection at 30% packed, final inspection AQL 2.5 &mdash; both booked by H&amp;H QA.</p>
""")),
      ("ACK_calloff_03.eml", eml_bytes(mail(
          "Imran Qureshi <imran@moradabadmetalcrafts.in>", "Megan Ortiz <megan.ortiz@hearthandhollow.com>",
          "Acknowledgement call-off HH-BL-2201-03",
          "Tue, 28 May 2024 12:15:00 +0530", T("""
    Dear Madam,

    We acknowledge call-off 03 for 400 sets HH-CND-118, ex-factory 28 June 2024.
    We note bal. 800 sets on the blanket is not released until call-off 04 from Ms Patricia Nguyen.
    Brass sheet is purchased only for these 400 sets.

    Thanks and regards
    Imran Qureshi
    Moradabad Metal Crafts, Moradabad (U.P.) India
"""))))])

# c23 -- sample request form (HTML table)
case("c23_mf_sample_request_form", [],
     "sample request form authorises the 18 listed samples only; no production released; sign-off + PO + written release by Graham Pike",
     [("SRF-2310_dinnerware.html", html_page("Marlowe & Finch - Sample Request Form SRF-2310", f"""
<h2>Marlowe &amp; Finch &mdash; Sample Request Form SRF-2310</h2>
<p>To: Bat Trang Ceramic Co., Ltd &mdash; Mr Pham Minh Duc &nbsp;|&nbsp; From: Harriet Cole, Buyer &nbsp;|&nbsp; Date: 20/05/2024 &nbsp;|&nbsp; Range: 'Coastline' stoneware dinnerware, SS25</p>
{html_table([
    ["SKU", "Description", "Colour", "Qty"],
    ["MF-DIN-01", "Dinner plate 27 cm", "Sand", "3"],
    ["MF-DIN-02", "Side plate 21 cm", "Sand", "3"],
    ["MF-DIN-03", "Pasta bowl 22 cm", "Sand", "3"],
    ["MF-DIN-04", "Mug 350 ml", "Sand", "3"],
    ["MF-DIN-05", "Dinner plate 27 cm", "Sea", "3"],
    ["MF-DIN-06", "Mug 350 ml", "Sea", "3"],
    ["", "Total", "", "18"],
])}
<div class="note"><p>This form authorises the samples listed above only (18 pcs in total). No production quantity
is released by it. Any production needs our sample sign-off (dishwasher test EN 12875-1, chip resistance, glaze
Pb/Cd), a purchase order, and a written production release signed by Graham Pike, Head of Sourcing.</p></div>
<p>Samples due in Leeds by 21/06/2024. Please mark the base of each piece with the SKU in pencil.</p>
"""))])

# c24 -- German buyer, European number format, multipart/alternative + TXT PO attachment
_c24_po = T("""
    WOHNWERK GMBH                  BESTELLUNG / PURCHASE ORDER              4500-3420
    --------------------------------------------------------------------------------
    LIEFERANT : 200533 CV CIREBON RATTAN CRAFT, CIREBON (ID)     DATUM 08.05.2024
    ANGEBOT   : CRC-Q-2404-090
    POS  ARTIKEL  BEZEICHNUNG                               MENGE   PREIS EUR
    10   63015    RATTAN-SESSEL 'LUEBECK' NATUR - MUSTER     12 ST      79,00
    20   63016    RATTAN-SESSEL 'LUEBECK' HONIG - MUSTER     12 ST      79,00
                                                   SUMME     24 ST   1.896,00
    --------------------------------------------------------------------------------
    TEXT: NUR MUSTER / SAMPLES ONLY. SERIENMENGE 1.176 ST LT. ANGEBOT = NUR INFORMATION,
          NICHT FREIGEGEBEN / SERIES QTY 1,176 PCS = INFORMATION ONLY, NOT RELEASED.
          FREIGABE NUR NACH MUSTERABNAHME UND SCHRIFTLICHER PRODUKTIONSFREIGABE DURCH
          J. ALBERS (LEITER EINKAUF).
    LIEFERUNG : KW 24, DAP HAMBURG
""")
_c24_text = T("""
    Dear Mr Santoso,

    many thanks for your quotation CRC-Q-2404-090 and for the quick answers on the cushion fabric.

    Please find attached our order 4500-3420 for 24 Stück / pcs samples (12 x natur, 12 x honig).

    Important: the series quantity of 1.176 Stück from your quotation is information only. It is not
    released. The 1.176 Stück stay on hold until we have signed off the samples (EN 12520, EN 1022) and
    Jörg Albers, Leiter Einkauf, has sent you a written production release.

    Please do not buy rattan or cushions for the series yet.

    Mit freundlichen Grüßen
    Katrin Vogel
    Einkauf Wohnen / Purchasing Home
    Wohnwerk GmbH - Grosse Elbstrasse 145 - 22767 Hamburg - Tel. +49 40 5550 7731
    Geschäftsführer: H. Lorenz - Amtsgericht Hamburg HRB 000000
""")
case("c24_ww_order_european_format", [],
     "German buyer, European number format: 24 samples; 1.176 informational/not released; sign-off + written release by Jörg Albers; TXT PO says the same",
     [("Bestellung_4500-3420.eml", eml_bytes(mail(
         "Katrin Vogel <k.vogel@wohnwerk.de>", "Agus Santoso <agus@cirebonrattan.co.id>",
         "Bestellung 4500-3420 - Muster Rattan-Sessel 'Lübeck'",
         "Wed, 08 May 2024 09:35:00 +0200", _c24_text, html=text_html(_c24_text),
         attachments=[("Bestellung_4500-3420.txt", _c24_po, TXT_MT)])))])

# c25 -- WeChat: supplier asks after deposit; buyer says deposit does not release production
case("c25_prbo_wechat_deposit_question", [],
     "supplier asks whether to start after deposit (question); buyer says deposit does not release production; 8 PPS, 2,992 on hold, release by Winnie (sender)",
     [("WeChat_Brightway_HH-240744.txt", T("""
    WeChat chat history - "Brightway / PRBO - HH lamps"
    Exported 2024-05-20 18:02

    2024-05-20 10:02  Kevin Liang (Brightway): Winnie, deposit for PO HH-240744 received today, thank you! Can we start production now?
    2024-05-20 10:15  Winnie Chan (PRBO): Hi Kevin. The deposit covers the PPS and the lampshade tooling only. It does not release production.
    2024-05-20 10:16  Winnie Chan (PRBO): Only the 8 PPS now please (4 linen shade, 4 rattan shade).
    2024-05-20 10:17  Winnie Chan (PRBO): Bulk 2,992 stays on hold until Alan has signed off the PPS and I send you the written production release.
    2024-05-20 10:20  Kevin Liang (Brightway): ok understand, only 8 PPS. we wait your release
    2024-05-20 10:21  Kevin Liang (Brightway): [Sticker]
    2024-05-20 11:45  Alan Tse (PRBO): Kevin pls also send UL file number for the lampholder with the PPS
    2024-05-20 11:52  Kevin Liang (Brightway): ok Alan, E-number will send by email
"""))])

# ================================================================ POSITIVE
# p01 -- PDF PO for PPS with quote production quantity beside it, nothing else
case("p01_hh_po_pps_quote_line", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 shows quoted production 1,194 beside it; no hold, no unlock event, no release person",
     [("PO_HH-240533.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("table", [
             ["PO number", "Date", "Buyer", "Vendor no."],
             ["HH-240533", "April 25, 2024", "Megan Ortiz, Merchandiser - Dining", "V-20588"],
         ]),
         ("sp",),
         ("p", "Vendor: Pampanga Woodcraft Inc., Km 71 MacArthur Hwy, San Fernando, Pampanga, Philippines. "
               "Attn: Mr Joel Santos."),
         ("p", "Ship to: Hearth & Hollow Home, Inc., Sample Room, 4400 Alum Creek Dr, Columbus, OH 43207."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
             ["1", "HH-CNS-402", "Mango wood console table 120 cm, smoked finish - pre-production sample",
              "6 pcs", "96.00", "576.00"],
             ["", "", "Total", "6 pcs", "", "USD 576.00"],
         ]),
         ("sp",),
         ("p", "Quote reference: PWI-Q-0418 - PPS 6 pcs @ USD 96.00; production 1,194 pcs @ USD 71.50 FOB Manila."),
         ("h", "Remarks"),
         ("p", "Please send the PPS to Columbus by May 31. Include the finish panel and hardware card. Prop 65 and "
               "TSCA Title VI labelling as per vendor manual v7, section 4.3. Terms: Net 60."),
         ("p", "Questions on this PO: megan.ortiz@hearthandhollow.com"),
         ("sp",),
         ("p", "Authorised signatory: Megan Ortiz"),
     ], pagesize=LETTER, title="PO HH-240533", author="Hearth & Hollow Home"))])

# p02 -- EML: "PO live for the 8 samples" + attached supplier quote with bulk 2,400
_p02_quote = pdf([
    ("h1", "QUOTATION JBP-Q-24-077"),
    ("p", "Jaipur Block Print Textiles - Plot G-112, Sitapura Industrial Area, Jaipur 302022, Rajasthan, India"),
    ("p", "To: Marlowe & Finch Ltd, Leeds - Ms Harriet Cole. Date: 22 April 2024."),
    ("table", [
        ["Item", "Qty", "Price FOB Mundra", "Lead time"],
        ["Indigo dabu quilt, double 200 x 200 cm - samples", "4 pcs", "GBP 24.00", "3 weeks"],
        ["Indigo dabu quilt, king 230 x 220 cm - samples", "4 pcs", "GBP 26.50", "3 weeks"],
        ["Indigo dabu quilt, double - bulk", "1,200 pcs", "GBP 14.80", "75 days"],
        ["Indigo dabu quilt, king - bulk", "1,200 pcs", "GBP 16.90", "75 days"],
    ]),
    ("p", "100% cotton voile face, cotton filling 150 gsm, hand block printed with natural indigo (dabu mud resist). "
          "Payment 30/70. Validity 60 days."),
    ("p", "Rohit Mehta - Director Exports"),
], title="Quotation JBP-Q-24-077", author="Jaipur Block Print Textiles")
_p02_text = T("""
    Hi Rohit,

    Lovely to catch up at Heimtextil. As promised, PO MF-5602 is now live in the portal for the 8 sample
    quilts (4 x double, 4 x king) in the indigo dabu print.

    For reference I've attached your quotation back so the prices tie up with the PO.

    Could you send the PPS by 14 June? Please use the courier account in the vendor manual, and pop a
    swatch of the filling in with them.

    Best,
    Harriet
""") + sig("Harriet Cole", "Buyer - Soft Furnishings", MF, MF_PH)
case("p02_mf_po_email_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "email releases 8 sample quilts, attaches quote with 2,400 bulk, nothing says bulk is informational or on hold; no event, no release person",
     [("PO_MF-5602_samples.eml", eml_bytes(mail(
         "Harriet Cole <harriet.cole@marlowefinch.co.uk>", "Rohit Mehta <rohit@jaipurblockprint.in>",
         "PO MF-5602 - indigo quilt samples", "Mon, 20 May 2024 10:05:00 +0100", _p02_text,
         attachments=[("Quotation_JBP-Q-24-077.pdf", _p02_quote, PDF_MT)])))])

# p03 -- HTML portal PO with a "production qty (quoted)" column
case("p03_sbl_portal_sample_prod_columns", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO lists sample qty 12 and quoted production 1,188 side by side; no hold, event or release person",
     [("SBL_portal_PO_70-4603.html", html_page("Saltbush Living - PO 70-4603", f"""
<h2>Saltbush Living &mdash; Supplier Portal</h2>
<p><b>Purchase Order 70-4603</b> &nbsp;|&nbsp; Status: Issued &nbsp;|&nbsp; 22/04/2024 &nbsp;|&nbsp; Buyer: Kirsty McLean</p>
<p>Vendor: Cebu Artisan Weaves Inc., Mandaue City, Cebu &mdash; Attn. Ms Maricel Dizon</p>
{html_table([
    ["Line", "SKU", "Description", "Sample qty", "Production qty (quoted)", "FOB USD"],
    ["1", "SBL-PND-40", "Abaca pendant shade 40 cm, natural", "6", "594", "18.20"],
    ["2", "SBL-PND-60", "Abaca pendant shade 60 cm, natural", "6", "594", "26.70"],
    ["", "", "Total", "12", "1,188", ""],
])}
<p>PO issued for the PPS. Please confirm the PPS ship date in the portal and upload the AS/NZS 60598 test report
for the cord set.</p>
<p style="color:#777">Saltbush Living Pty Ltd &middot; 21 Cremorne St, Richmond VIC 3121</p>
"""))])

# p04 -- multi-file: ERP TXT PO for 30 samples + DOCX quote with 3.000 mass production
case("p04_ww_po_txt_plus_quote_docx", ["RG001", "RG003", "RG004", "RG005"],
     "bundle: PO for 30 samples and the supplier quote with 1.500 + 1.500 mass production; nothing says informational/not released; no event, no person",
     [("PO_4500-3377.txt", T("""
    WOHNWERK GMBH                  BESTELLUNG / PURCHASE ORDER              4500-3377
    --------------------------------------------------------------------------------
    LIEFERANT : 200417 BAT TRANG CERAMIC CO., LTD, HANOI (VN)    DATUM 30.04.2024
    ANGEBOT   : BT-2404-12
    POS  ARTIKEL  BEZEICHNUNG                               MENGE   PREIS EUR
    10   55310    VASE 'ELBE' 30CM GLASIERT SALBEI - MUSTER  15 ST       7,80
    20   55311    VASE 'ELBE' 20CM GLASIERT SALBEI - MUSTER  15 ST       5,90
                                                   SUMME     30 ST     205,50
    --------------------------------------------------------------------------------
    TEXT: MUSTER GEMAESS ANGEBOT BT-2404-12. LIEFERUNG MUSTER BIS KW 24 AN WOHNWERK
          HAMBURG, QUALITAETSSICHERUNG, Z.HD. FR. VOGEL. LEBENSMITTELKONTAKT: NEIN.
    ZAHLUNG   : 30 TAGE NETTO
    LIEFERUNG : DAP HAMBURG
    --------------------------------------------------------------------------------
    SACHBEARBEITER/CLERK: K. VOGEL                          SAP MM / ME21N 30.04.2024
""")),
      ("Quotation_BT-2404-12.docx", docx_bytes([
          ("h1", "QUOTATION BT-2404-12"),
          ("p", "Bat Trang Ceramic Co., Ltd - Gia Lam District, Hanoi, Vietnam"),
          ("p", "To: Wohnwerk GmbH, Hamburg - Ms Katrin Vogel. Date: 24/04/2024."),
          ("table", [
              ["Item", "Sample qty", "Sample price", "Mass production qty", "Mass production price"],
              ["Vase 'Elbe' 30 cm, glaze sage", "15 pcs", "EUR 7,80", "1.500 pcs", "EUR 4,35"],
              ["Vase 'Elbe' 20 cm, glaze sage", "15 pcs", "EUR 5,90", "1.500 pcs", "EUR 3,10"],
          ]),
          ("p", "Lead time: samples 3 weeks, mass production 50 days. Packing: single box, 12 pcs per master carton."),
          ("p", "Pham Minh Duc - Sales Director"),
      ], author="Pham Minh Duc"))])

# p05 -- WhatsApp: PO for 4 sample benches, quote with 396 production mentioned
case("p05_sbl_whatsapp_po_quote_mention", ["RG001", "RG003", "RG004", "RG005"],
     "chat: buyer raises PO for 4 sample benches and restates quote 4 + 396 production; nothing says the 396 is not released; no event, no person",
     [("WhatsApp_Chat_Jepara_Teak.txt", T("""
    [02/05/2024, 14:03:11] Budi Hartono: Good afternoon Ibu Kirsty, quotation JT-88 sent by email yesterday 🙏
    [02/05/2024, 15:20:45] Kirsty McLean: Thanks Budi! PO 70-4620 is in the portal now for the 4 sample benches (2 x 150, 2 x 180)
    [02/05/2024, 15:21:30] Kirsty McLean: your quote had 4 pcs sample + 396 pcs production @ USD 212, so the prices all line up 👌
    [02/05/2024, 15:22:02] Budi Hartono: Thank you Ibu. Samples finish around 3 weeks
    [02/05/2024, 15:30:18] Kirsty McLean: perfect, send pics when the frames are up
    [02/05/2024, 15:31:00] Budi Hartono: Siap Ibu 👍
"""))])

# p06 -- EML: samples + remaining blocked; person named but no unlock event
_p06_text = T("""
    Dear Kevin,

    thank you again for the good meeting in Guzhen last week.

    Our order 45-00902 is now in our supplier portal. It covers twenty (20) samples of wall lamp W-14
    (10 x white, 10 x black) - nothing more.

    The remaining 1.980 pcs of your offer are blocked and not released. Dr. Matthias Keller, our Head of
    Purchasing, is the only person who decides about the remaining quantity.

    Please send the samples together with the EN 60598 test report and the ErP product information sheet.

    Mit freundlichen Grüßen / Best regards
    Stefanie Brandt
    Einkauf / Purchasing
    Haus Lumen GmbH - Köln - Tel. +49 221 5550 4410
""")
case("p06_hl_blocked_keller_decides", ["RG004"],
     "20 samples, 1.980 blocked/not released, Dr. Keller named as decider, but no event that unlocks the remaining quantity",
     [("Order_45-00902_W-14.eml", eml_bytes(mail(
         "Stefanie Brandt <s.brandt@haus-lumen.de>", "Kevin Liang <kevin@brightway-lighting.cn>",
         "Order 45-00902 - wall lamp W-14 samples", "Tue, 07 May 2024 14:10:00 +0200", _p06_text)))])

# p07 -- PDF PO: hold + event, release "from our side" (nobody named)
case("p07_bh_po_release_from_our_side", ["RG005"],
     "6 PPS; 2,394 not released until lab test + written release 'from our side'; no named release person",
     [("PO_BH-24-0860.pdf", pdf([
         ("h1", "Bellamy Home Ltd - Purchase Order"),
         ("p", "Unit 7, Calder Park, Wakefield WF2 7AW, United Kingdom"),
         ("table", [
             ["PO", "Date", "Supplier", "Quotation"],
             ["BH-24-0860", "28/05/2024", "Moradabad Metal Crafts, Moradabad (U.P.), India", "MMC-Q-0221"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item no.", "Description", "Qty", "Unit price", "Total"],
             ["1", "2210-0600", "Ridley table lamp, hammered brass base, linen shade - PPS", "6", "GBP 19.40", "GBP 116.40"],
         ]),
         ("sp",),
         ("p", "This order covers six (6) PPS only. The 2,394 pcs shown in quotation MMC-Q-0221 are not released."),
         ("p", "They stay on hold until the PPS have passed our lab test (BS EN 60598-2-4, UKCA) and a written "
               "production release has been issued from our side."),
         ("p", "Please ship the PPS to Wakefield by 21 June 2024. Mark cartons 'PPS - BH-24-0860'."),
         ("sp",),
         ("p", "Issued by: Bellamy Home purchasing team"),
     ], title="PO BH-24-0860", author="Bellamy Home Ltd"))])

# p08 -- chat: "can you get the samples made" - no qty, no hold, no event, no person
case("p08_cl_whatsapp_samples_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "chat: buyer asks for samples in 3 colours without any quantity; nothing on the balance, event or release person",
     [("WhatsApp_Chat_Karur_Spa_range.txt", T("""
    [06/05/2024, 08:14:22] S. Murugan: Good morning madam. Quotation for waffle robe and bath sheet sent to your mail. Lab dips also dispatched by DHL
    [06/05/2024, 08:15:01] S. Murugan: AWB 5512 8830 41
    [06/05/2024, 21:02:37] Jess Park: Got it, thanks Murugan! Can you pls get the samples made for the Spa range 🙏 all 3 colours, robe + bath sheet
    [06/05/2024, 21:03:10] Jess Park: need them in NY by June 20 latest, we have the line review on the 24th
    [07/05/2024, 07:45:55] S. Murugan: Sure madam, will do. Size set S/M/L for robe?
    [07/05/2024, 08:02:14] Jess Park: yes S/M/L pls
    [07/05/2024, 08:03:00] S. Murugan: 👍
"""))])

# p09 -- EML: PPS requested with no count; bulk hold/event/person complete
_p09_text = T("""
    Hi Lily,

    Thanks for the glaze tiles - the team picked Kelp, Chalk and Rust, and we'd like the 'Rust' a shade
    deeper (between your tiles R2 and R3).

    Please make the PPS in all three glazes as per SRF-2291, with the drainage hole and the cork pad as
    discussed, and send them with the Pb/Cd test report for the glaze.

    Bulk (3,600 pcs on your PI) is not released. It stays on hold until Sunita has signed off the PPS and
    Graham Pike has issued a written production release. Please don't order clay or glaze for bulk.

    Speak soon,
    Harriet
""") + sig("Harriet Cole", "Buyer - Home Accessories", MF, MF_PH)
case("p09_mf_pps_request_no_count", ["RG010"],
     "email authorises PPS in three glazes but never states how many; hold, event and Graham Pike are present",
     [("SRF-2291_planters.eml", eml_bytes(mail(
         "Harriet Cole <harriet.cole@marlowefinch.co.uk>", "Lily Chen <lily@dehua-artceramics.cn>",
         "SRF-2291 - reactive glaze planters", "Thu, 02 May 2024 13:48:00 +0100", _p09_text,
         html=text_html(_p09_text))))])

# p10 -- HTML call-off with quantity "as agreed on our call"
case("p10_sbl_calloff_as_agreed", ["RG010"],
     "call-off 02 releases 'the quantity agreed on our call' without stating it; rest on hold until call-off 03 signed by Brendan O'Shea",
     [("SBL_calloff_70-BL-118-02.html", html_page("Saltbush Living - Call-off 70-BL-118-02", f"""
<h2>Saltbush Living &mdash; Call-off 70-BL-118-02</h2>
<p>Blanket PO 70-BL-118 &middot; Vendor: Panipat Handloom Exports, Attn. Mr Sanjay Gupta &middot;
Item SBL-RUG-JT160 jute rug 160 x 230 cm, natural &middot; Blanket quantity 3,000 pcs &middot; Call-off 01 delivered in April</p>
{html_table([
    ["Call-off", "Quantity", "Status", "Ex-factory"],
    ["02", "as agreed on our call of 21/05", "released by this call-off", "31/07/2024"],
    ["Remaining", "-", "not released", "-"],
])}
<div class="note"><p>Call-off 02 releases the quantity we agreed with Sanjay on our call of 21 May. Everything else on
the blanket stays on hold until call-off 03, which Brendan O'Shea, Sourcing Manager, signs.</p></div>
<p>Final inspection AQL 2.5 by our Delhi office. Shipping window 31/07 &ndash; 07/08/2024.</p>
"""))])

# p11 -- DOCX sample request form with quantities "TBC"
case("p11_prbo_srf_qty_tbc", ["RG010"],
     "sample request form asks for PPS with quantity TBC; bulk informational, on hold until PPS sign-off + written release by Winnie Chan",
     [("SRF_PRBO-0877.docx", docx_bytes([
         ("h1", "Sample request form PRBO-SRF-0877"),
         ("p", "Pacific Rim Buying Office Ltd for Hearth & Hollow Home, Inc."),
         ("p", "Factory: Ningbo Yinzhou Homeware Co., Ltd - Ms Amy Xu. Date: 10 May 2024."),
         ("p", "Style: HH-HMP-07 seagrass laundry hamper with cotton liner, 45 x 60 cm."),
         ("table", [
             ["Sample type", "Style", "Colour", "Qty", "Due"],
             ["PPS", "HH-HMP-07", "Natural", "TBC", "14 Jun 2024"],
             ["PPS", "HH-HMP-07", "Black wash", "TBC", "14 Jun 2024"],
         ]),
         ("p", "Please make the PPS for both colourways. Quantity per colour to be confirmed by Alan Tse at the "
               "kick-off call."),
         ("p", "Bulk 3,000 pcs is information only and not released. It stays on hold until PRBO QA has signed "
               "off the PPS and Winnie Chan, Merchandise Manager, has issued a written production release."),
         ("p", "Liner: 100% cotton canvas 10 oz, drawstring. Handles: leather-look PU. Testing: ASTM F963 not "
               "required (not a toy); Prop 65 declaration required."),
     ], author="Alan Tse"))])

# p12 -- EML: down payment -> begin the first lot (qty never stated)
_p12_text = T("""
    Dear Mr Riyadi,

    our lab has signed off the sample benches - thank you for the good work on the joints.

    Our down payment for the first lot went out this morning (SWIFT copy is in the portal), so you can begin
    the first lot as we agreed on the phone last Thursday.

    The rest of the 400 Stück stays blocked until the first lot has passed lot acceptance at our inspection
    and Jörg Albers, Head of Purchasing, has sent you a written call-off.

    Mit freundlichen Grüßen
    Katrin Vogel
    Einkauf Wohnen / Purchasing Home, Wohnwerk GmbH, Hamburg
""")
case("p12_ww_down_payment_first_lot", ["RG010", "RG012"],
     "down payment treated as the trigger to begin the first lot; first-lot quantity never stated; rest blocked until lot acceptance + call-off by Jörg Albers",
     [("Order_4500-3450_first_lot.eml", eml_bytes(mail(
         "Katrin Vogel <k.vogel@wohnwerk.de>", "Slamet Riyadi <slamet@mebeljatiprima.co.id>",
         "Bestellung 4500-3450 - Gartenbank Teak, 1. Los / first lot",
         "Mon, 03 Jun 2024 10:30:00 +0200", _p12_text)))])

# p13 -- quoted thread; buyer: "Looks great - approved, go ahead!"
_p13_first = T("""
    From: Megan Ortiz <megan.ortiz@hearthandhollow.com>
    Sent: Monday, May 13, 2024 3:40 PM
    Subject: PO HH-240672 - Harlow counter stool, black

    Hi Lan, PO HH-240672 covers the 24 PPS only (12 natural, 12 black). The 1,176 pcs balance is not
    released and stays on hold until Derek's team signs off the PPS and Patricia Nguyen (Director of
    Sourcing) sends you a written production release. Thanks! Megan
""")
_p13_lan = T("""
    From: Nguyen Thi Lan <lan.nguyen@binhduongfurniture.vn>
    Sent: Wednesday, May 22, 2024 9:14 AM
    Subject: RE: PO HH-240672 - Harlow counter stool, black

    Dear Megan,
    Please see attached photos of PPS 24 pcs (12 natural, 12 black) before we ship to you.
    Seat height 75 cm, foot rail per drawing, black powder coat gloss 20%.
    Please kindly give your comment.
    Lan
""") + "\n" + quote(_p13_first)
_p13_text = (T("""
    Hi Lan,

    Looks great - approved, go ahead!

    Megan
""") + sig("Megan Ortiz", "Merchandiser - Dining", HH, HH_PH) + "\n" + quote(_p13_lan) + "\n")
case("p13_hh_thread_approved_go_ahead", ["RG002"],
     "buyer replies 'approved, go ahead!' with neither sample scope nor quantity; quoted original scope (24, hold, event, Patricia) is complete",
     [("RE_PPS_photos_HH-240672.eml", eml_bytes(mail(
         "Megan Ortiz <megan.ortiz@hearthandhollow.com>", "Nguyen Thi Lan <lan.nguyen@binhduongfurniture.vn>",
         "RE: RE: PO HH-240672 - Harlow counter stool, black", "Tue, 21 May 2024 23:32:00 -0400",
         _p13_text, in_reply_to="<bdf-0522-0914@binhduongfurniture.vn>")))])

# p14 -- WhatsApp group; scope complete, then "good to run from my end"
case("p14_sbl_whatsapp_good_to_run", ["RG002"],
     "chat: complete scope earlier (12 PPS, 588 not released, QA sign-off + her written release); later 'good to run from my end' with no scope",
     [("WhatsApp_Chat_Saltbush_x_Jepara_Teak.txt", T("""
    [06/05/2024, 11:02:14] Kirsty McLean: Hi all, PO 70-4640 is live = 12 PPS stools only (6 natural, 6 charcoal). Bulk 588 NOT released, it stays on hold until our QA signs off the PPS and I send the written release. Cheers, Kirsty
    [06/05/2024, 11:05:40] Rina Wulandari: Noted Kirsty 🙏
    [06/05/2024, 11:06:02] Budi Hartono: Noted Ibu
    [27/05/2024, 16:20:33] Rina Wulandari: <Media omitted>
    [27/05/2024, 16:20:34] Rina Wulandari: <Media omitted>
    [27/05/2024, 16:21:10] Rina Wulandari: Kirsty, pics of the PPS today. Footrest fixed, charcoal more even now. Pak Budi asks if all ok?
    [27/05/2024, 19:48:51] Kirsty McLean: Ooh they look so much better! 👍 good to run from my end
    [27/05/2024, 19:50:12] Rina Wulandari: Great, I tell him 🙏
"""))])

# p15 -- PDF PPS comment sheet: "OVERALL STATUS: APPROVED"
case("p15_mf_pps_comments_approved", ["RG002"],
     "PPS comment sheet stamps 'OVERALL STATUS: APPROVED' without sample scope or quantity; order footer keeps 24 active and 2,376 on hold until written release by Graham Pike",
     [("PPS_comments_MF-5640.pdf", pdf([
         ("h1", "PPS comments sheet"),
         ("table", [
             ["Supplier", "PO", "Style", "Sample type", "Received", "Reviewed"],
             ["Cebu Artisan Weaves Inc.", "MF-5640", "MF-TBL-22 rattan side table", "PPS", "24 pcs", "29/05/2024"],
         ]),
         ("sp",),
         ("h", "OVERALL STATUS: APPROVED"),
         ("p", "Please action the comments below before shipment."),
         ("table", [
             ["No.", "Point", "Comment", "Action"],
             ["1", "Weave tension", "Slightly loose at the leg joint on 3 of 24", "Tighten binding, add one extra wrap"],
             ["2", "Top", "Glass top edge polish OK; bumpers missing on 2 pcs", "Fit 4 clear bumpers per top"],
             ["3", "Finish", "Honey stain even, matches standard", "None"],
             ["4", "Packing", "Corner protectors too soft", "Use 5 mm EPE corners, drop test ISTA 2A"],
         ]),
         ("sp",),
         ("p", "Order status: PO MF-5640 covers the 24 PPS. The 2,376 pcs production balance is not released until "
               "a written production release from Graham Pike, Head of Sourcing."),
         ("p", "Reviewed by: Sunita Rao, QA Manager, Marlowe & Finch Ltd"),
     ], title="PPS comments MF-5640", author="Sunita Rao"))])

# p16 -- supplier asks "Can we proceed?"; buyer "Yes, please proceed."; PO PDF attached with full scope
_p16_po = pdf([
    ("h1", "Cedar & Loom - Purchase Order CL-3340"),
    ("p", "Cedar & Loom LLC, 250 W 39th St, 11th floor, New York, NY 10018"),
    ("table", [
        ["PO", "Date", "Vendor", "Buyer"],
        ["CL-3340", "04/22/2024", "Karur Home Textiles Pvt Ltd", "Rachel Kim"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Style", "Description", "Scope", "Qty"],
        ["1", "CL-BS-310", "Waffle bath sheet 90 x 170 cm, Oat - PPS", "Sample", "6"],
        ["2", "CL-BS-310", "Waffle bath sheet 90 x 170 cm, Slate - PPS", "Sample", "6"],
        ["", "", "Total", "", "12"],
    ]),
    ("p", "Scope: this PO covers 12 PPS only. The 3,588 pcs production quantity on quote KHT-Q-121 is for "
          "information and is not released. It stays on hold until our QA lab has signed off the PPS and Rachel "
          "Kim, VP Sourcing, has issued a written production release."),
], pagesize=LETTER, title="PO CL-3340", author="Cedar & Loom LLC")
_p16_text = (T("""
    Yes, please proceed. Thanks!

    (PO attached again for your file.)

    Rachel
""") + sig("Rachel Kim", "VP Sourcing", CL, CL_PH) + "\n" + quote(T("""
    From: S. Murugan <murugan@karurhometextiles.in>
    Sent: Tuesday, May 28, 2024 7:12 AM
    Subject: PO CL-3340 bath sheets

    Dear Madam,
    PPS 12 pcs dispatched yesterday by DHL, AWB 5512 9014 77. Factory is ready.
    Can we proceed?
    Regards, Murugan
""")) + "\n")
case("p16_cl_yes_please_proceed", ["RG002"],
     "buyer answers 'Yes, please proceed' with no scope or quantity; attached PO itself is complete (12 PPS, 3,588 not released, sign-off + Rachel Kim)",
     [("RE_PO_CL-3340_bath_sheets.eml", eml_bytes(mail(
         "Rachel Kim <rachel.kim@cedarandloom.com>", "S. Murugan <murugan@karurhometextiles.in>",
         "RE: PO CL-3340 bath sheets", "Tue, 28 May 2024 09:05:00 -0400", _p16_text,
         attachments=[("PO_CL-3340.pdf", _p16_po, PDF_MT)],
         in_reply_to="<kht-0528-0712@karurhometextiles.in>")))])

# p17 -- portal status page: banner "Approved", table uses Approved for PPS and for the PO
case("p17_hh_portal_status_approved", ["RG002", "RG009"],
     "portal banner 'Overall status: Approved' with no scope; 'Approved' used both for the PPS (technical) and the PO (finance/commercial)",
     [("HH_portal_status_HH-240690.html", html_page("Order status HH-240690", f"""
<h2>Hearth &amp; Hollow Supplier Portal &mdash; Order status</h2>
<p>PO <b>HH-240690</b> &middot; Vendor: Pampanga Woodcraft Inc. (V-20588) &middot; Item HH-SBD-220 'Calder' mango wood sideboard</p>
<p style="font-size:16px;background:#e6f4e6;padding:6px"><b>Overall status: Approved</b></p>
{html_table([
    ["Step", "Status", "Date", "By"],
    ["PPS (24 pcs)", "Approved", "Jun 12, 2024", "D. Lyle (QA)"],
    ["Purchase order", "Approved", "May 3, 2024", "Finance"],
    ["Production", "-", "-", "-"],
])}
<p>PO HH-240690 covers the 24 PPS only. The 1,176 pcs balance stays on hold until PPS sign-off and a written
production release from Patricia Nguyen, Director of Sourcing.</p>
<p style="color:#888">Last updated Jun 12, 2024 16:04 EDT</p>
"""))])

# p18 -- EML: forecast to be treated as firm commitment + HTML forecast attachment
_p18_html = html_page("2025 forecast - Harlow counter stool", f"""
<h3>Hearth &amp; Hollow &mdash; 2025 forecast &mdash; HH-STL-611 Harlow counter stool</h3>
{html_table([
    ["Quarter", "Natural", "Black", "Total"],
    ["Q1 2025", "1,800", "1,800", "3,600"],
    ["Q2 2025", "1,800", "1,800", "3,600"],
    ["Q3 2025", "1,800", "1,800", "3,600"],
    ["Q4 2025", "1,800", "1,800", "3,600"],
    ["Year", "7,200", "7,200", "14,400"],
])}
""")
_p18_text = T("""
    Hi Lan,

    Attached is our 2025 forecast for the Harlow counter stool: 14,400 pcs across the year, 3,600 per quarter.

    Please treat this forecast as our firm commitment for 2025 and reserve your line capacity accordingly.

    Hope the team had a good holiday weekend!

    Megan
""") + sig("Megan Ortiz", "Merchandiser - Dining", HH, HH_PH)
case("p18_hh_forecast_firm_commitment", ["RG008"],
     "buyer asks supplier to treat a 14,400 forecast as a firm commitment",
     [("Harlow_counter_stool_2025.eml", eml_bytes(mail(
         "Megan Ortiz <megan.ortiz@hearthandhollow.com>", "Nguyen Thi Lan <lan.nguyen@binhduongfurniture.vn>",
         "2025 forecast - Harlow counter stool", "Tue, 28 May 2024 08:30:00 -0400", _p18_text,
         html=text_html(_p18_text),
         attachments=[("HH_2025_forecast_Harlow.html", _p18_html, HTML_MT)])))])

# p19 -- PDF order confirmation from supplier: forecast confirmed as order, production starts on deposit
case("p19_zb_order_confirmation_forecast", ["RG008", "RG012"],
     "supplier confirms a Q3 forecast as an order of 9,600 and states production starts on receipt of deposit",
     [("Order_confirmation_OC-24-0517.pdf", pdf([
         ("h1", "ORDER CONFIRMATION OC-24-0517"),
         ("p", "Zhongshan Brightway Lighting Co., Ltd - No. 18 Xinghui Road, Guzhen Town, Zhongshan, Guangdong, China"),
         ("table", [
             ["Customer", "Your reference", "Date"],
             ["Bellamy Home Ltd, Wakefield, UK", "Q3 2024 forecast dated 2 May 2024", "17 May 2024"],
         ]),
         ("sp",),
         ("p", "Dear Chloe, thank you for your Q3 forecast. We confirm your order as below:"),
         ("table", [
             ["Item no.", "Description", "Jul", "Aug", "Sep", "Total", "Unit price FOB Shenzhen"],
             ["1500-2400", "Hollis pendant, smoked glass 300 mm", "3,200", "3,200", "3,200", "9,600", "USD 11.90"],
         ]),
         ("sp",),
         ("p", "Payment: 30% deposit, 70% before shipment. Production will start on receipt of your 30% deposit."),
         ("p", "Packing: 4 pcs per export carton 600 x 400 x 400 mm. Loading: 3 x 40'HQ, one per month."),
         ("p", "Kevin Liang - Sales Manager"),
     ], title="OC-24-0517", author="Zhongshan Brightway Lighting"))])

# p20 -- ERP delivery schedule: forecast horizon declared firmly ordered
case("p20_hl_lieferplan_forecast_firm", ["RG008"],
     "ERP delivery schedule headed 'Vorschau / forecast' declares all forecast quantities firmly ordered",
     [("Lieferplan_HL_300771_KW22.txt", T("""
    HAUS LUMEN GMBH              LIEFERPLAN / DELIVERY SCHEDULE                 BLATT 1
    Vogelsanger Str. 321, 50827 Köln                                  STAND 27.05.2024
    ----------------------------------------------------------------------------------
    LIEFERANT / SUPPLIER : 300771 JIANGMEN LUMICA LIGHTING CO., LTD (CN)
    ARTIKEL / ITEM       : 48220  PENDELLEUCHTE P-220 MESSING / PENDANT P-220 BRASS
    VORSCHAU / FORECAST  : KW 27 - KW 52 / 2024
    ----------------------------------------------------------------------------------
    ZEITRAUM      MENGE ST   STATUS
    KW 27-30       1.000     FEST / FIRM
    KW 31-35       1.250     FEST / FIRM
    KW 36-39       1.000     FEST / FIRM
    KW 40-44       1.250     FEST / FIRM
    KW 45-52       1.500     FEST / FIRM
    ----------------------------------------------------------------------------------
    SUMME VORSCHAU / FORECAST TOTAL           6.000 ST
    ----------------------------------------------------------------------------------
    HINWEIS: ALLE MENGEN DIESER VORSCHAU SIND VERBINDLICH BESTELLT.
    NOTE:    ALL QUANTITIES IN THIS FORECAST ARE FIRMLY ORDERED.
    DISPONENT/PLANNER: S. BRANDT                     SAP APO / MD04  27.05.2024 06:30
"""))])

# p21 -- WeChat: buying-office agent tells factory to count the forecast as the order
case("p21_prbo_wechat_forecast_as_order", ["RG008"],
     "agent tells factory to count the 20k SS25 forecast as the order; factory repeats it as a confirmed order",
     [("WeChat_Dehua_PRBO_SS25.txt", T("""
    WeChat chat history - "Dehua Art Ceramics x PRBO"
    Exported 2024-05-23 09:10

    2024-05-22 14:31  Lily Chen (Dehua): Alan, good afternoon. Our boss wants to know H&H SS25 vase volume, for kiln planning next year
    2024-05-22 14:40  Alan Tse (PRBO): Hi Lily. H&H forecast for SS25 is 20k pcs across the 4 glazes, roughly 5k each
    2024-05-22 14:41  Alan Tse (PRBO): pls tell your boss he can count the 20k as our order for SS25 and plan the kilns on it. POs are just paperwork later
    2024-05-22 14:45  Lily Chen (Dehua): OK great!! I will tell him, 20k confirmed order for SS25
    2024-05-22 14:46  Lily Chen (Dehua): [Thumbs Up]
    2024-05-22 15:02  Alan Tse (PRBO): also pls send the SGS lead/cadmium report for the 'Sea Salt' glaze, Derek wants it by Friday
    2024-05-22 15:05  Lily Chen (Dehua): ok, will email tomorrow
"""))])

# p22 -- DOCX range plan: forecast quantities are "committed buy ... take them as orders"
case("p22_mf_range_plan_committed", ["RG008"],
     "range plan tells factories that forecast quantities are the committed buy and to take them as orders",
     [("AW25_range_plan_textiles.docx", docx_bytes([
         ("h1", "AW25 Home Textiles - Range plan and buy"),
         ("p", "Marlowe & Finch Ltd - Soft Furnishings. Issued 24 May 2024 by Harriet Cole."),
         ("p", "Distribution: Jaipur Block Print Textiles (Rohit Mehta); Panipat Handloom Exports (Sanjay Gupta)."),
         ("table", [
             ["SKU", "Description", "Factory", "Forecast qty", "Status"],
             ["MF-CSH-301", "Boucle cushion 50 x 50, oat", "Jaipur Block Print", "6,000", "Committed"],
             ["MF-CSH-302", "Boucle cushion 50 x 50, moss", "Jaipur Block Print", "4,000", "Committed"],
             ["MF-THR-110", "Herringbone wool-blend throw", "Panipat Handloom", "3,200", "Committed"],
             ["MF-QLT-220", "Kantha quilt, double", "Jaipur Block Print", "1,800", "Committed"],
         ]),
         ("p", "The forecast quantities above are our committed buy for AW25. Factories should take them as orders "
               "and plan capacity on them. Individual POs will be raised in the system in July."),
         ("h", "Key dates"),
         ("li", "Range sign-off meeting: 7 June"),
         ("li", "PO placement: July"),
         ("li", "In-store: week 38"),
     ], author="Harriet Cole"))])

# p23 -- EML: "approved" for the PPS (technical) and for the PO (finance)
_p23_text = T("""
    Hi Imran,

    Quick update on the Arlo brass mirror (PO MF-5651).

    QA has approved the 6 PPS for finish and dimensions - the antique patina is spot on this time.
    Finance also approved PO MF-5651 for the 6 samples this morning, so your sample invoice can go through.

    The production release for the 594 pcs balance is separate: the balance stays on hold until Graham
    Pike issues a written production release.

    Please send the lacquer adhesion test report (cross-hatch, ISO 2409) when you can.

    Best,
    Harriet
""") + sig("Harriet Cole", "Buyer - Home Accessories", MF, MF_PH)
case("p23_mf_approved_qa_and_finance", ["RG009"],
     "'approved' used for the technical PPS result and for the finance PO approval in one message; scope/hold/event/person otherwise complete",
     [("Arlo_mirror_MF-5651_update.eml", eml_bytes(mail(
         "Harriet Cole <harriet.cole@marlowefinch.co.uk>", "Imran Qureshi <imran@moradabadmetalcrafts.in>",
         "Arlo mirror - PO MF-5651 update", "Fri, 31 May 2024 12:10:00 +0100", _p23_text,
         html=text_html(_p23_text))))])

# p24 -- DOCX status report (German buyer): "approved" for colour standard, budget and production
case("p24_hl_status_approval_three_ways", ["RG009"],
     "'approved' used for the colour standard (technical), the budget (commercial) and production in one status report",
     [("Status_order_45-00915.docx", docx_bytes([
         ("h1", "Statusbericht / Status report - order 45-00915"),
         ("p", "Haus Lumen GmbH, Köln - to Jiangmen Lumica Lighting Co., Ltd (Mr Jason Wu). Date: 10.06.2024."),
         ("p", "Item: table lamp T-31, brass PVD base, opal glass shade, E14."),
         ("h", "Approval status"),
         ("table", [
             ["Topic", "Status", "By / date"],
             ["Colour standard for the 10 samples (RAL 9005 matt, brass PVD)", "approved", "our lab, 03.06.2024"],
             ["Budget for the 10 samples (order 45-00915)", "approved", "Dr. Matthias Keller, 05.06.2024"],
             ["Production", "approved for the 10 samples only", "Dr. Matthias Keller, 05.06.2024"],
         ]),
         ("p", "The remaining 4.990 pcs are not approved and stay on hold until our lab has signed off the samples "
               "and Dr. Matthias Keller, Head of Purchasing, has signed a revised PO."),
         ("p", "Please send the photometric file (LDT) and the ErP label data with the samples."),
         ("p", "Stefanie Brandt, Einkauf / Purchasing"),
     ], author="Stefanie Brandt"))])

# p25 -- WhatsApp: lab dip approved + PO approved; 500 of the 2k released, then "450 released"
case("p25_sbl_whatsapp_500_then_450", ["RG009", "RG011"],
     "chat: 'approved' for lab dip (technical) and for the PO (commercial); buyer releases 500 then restates the same release as 450",
     [("WhatsApp_Chat_Greenleaf_trays.txt", T("""
    [03/06/2024, 10:14:02] Coco Zhang: Hi Kirsty, lab dip for the charcoal stain attached, please check 🙏
    [03/06/2024, 10:14:03] Coco Zhang: <Media omitted>
    [03/06/2024, 13:30:45] Kirsty McLean: Lab dip C2 approved for colour only, not for bulk 👍
    [05/06/2024, 09:02:11] Kirsty McLean: PO 70-4655 (2,000 trays) approved by my boss this morning 🎉
    [05/06/2024, 09:04:38] Kirsty McLean: So for the bamboo trays: you can run 500 of the 2k now. The other 1,500 stay on hold until the inline inspection passes and I send the next written release. - Kirsty
    [05/06/2024, 09:10:20] Coco Zhang: Received, thank you! Will plan the first run for Monday
    [06/06/2024, 08:15:51] Kirsty McLean: Morning Coco, just confirming as per yesterday: 450 released for the first run, bal. on hold as above
    [06/06/2024, 08:20:07] Coco Zhang: Noted 🙏
"""))])

# p26 -- multi-file: DOCX PO (500 released) + PDF release letter (600 released; tech pack "released")
case("p26_mf_po_docx_plus_release_pdf", ["RG009", "RG011"],
     "bundle: PO says first lot 500 released, release letter for the same first lot says 600; letter also uses 'released' for a tech pack revision",
     [("PO_MF-5702.docx", docx_bytes([
         ("h1", "Purchase Order MF-5702"),
         ("p", "Marlowe & Finch Ltd, Leeds - to Panipat Handloom Exports, Panipat (Mr Sanjay Gupta). Date: 22 May 2024."),
         ("p", "Item MF-THR-110 herringbone wool-blend throw 130 x 170 cm, oat/ivory."),
         ("table", [
             ["Line", "Scope", "Qty", "Status"],
             ["1", "PPS", "12", "delivered, signed off 20/05/2024"],
             ["2", "Production - first lot", "500", "released"],
             ["3", "Production - balance", "1,888", "not released"],
             ["", "Total", "2,400", ""],
         ]),
         ("p", "Production released: 500 pcs (first lot). The balance of 1,888 pcs is not released and stays on hold "
               "until the first lot has passed inline inspection and Graham Pike, Head of Sourcing, has issued the "
               "next written production release."),
         ("p", "Material authority: yarn for the released quantity only."),
         ("p", "Harriet Cole, Buyer - Soft Furnishings"),
     ], author="Harriet Cole")),
      ("Release_letter_PR-0455.pdf", pdf([
          ("h1", "Production release PR-0455"),
          ("p", "Marlowe & Finch Ltd, Leeds - 24 May 2024 - to Panipat Handloom Exports, Mr Sanjay Gupta"),
          ("p", "Re: PO MF-5702, MF-THR-110 herringbone wool-blend throw."),
          ("p", "Tech pack TP-MF-5702 rev C is released: care label moved to the short side, swing tag updated."),
          ("p", "We release the first lot of 600 pcs under PO MF-5702. The balance remains on hold until the first "
                "lot passes inline inspection and I issue the next written production release."),
          ("p", "Graham Pike, Head of Sourcing"),
      ], title="PR-0455", author="Graham Pike"))])

# p27 -- supplier quote/PI: PPS approval deemed bulk confirmation; bulk starts on deposit
case("p27_crc_pi_deemed_confirmation", ["RG007", "RG012"],
     "supplier PI terms: PPS approval deemed confirmation of 1,200 bulk (no separate release) and bulk starts on receipt of deposit",
     [("Proforma_CRC-PI-2405-131.pdf", pdf([
         ("h1", "PROFORMA INVOICE / QUOTATION CRC-PI-2405-131"),
         ("p", "CV Cirebon Rattan Craft - Jl. Raya Tegalwangi No. 88, Weru, Cirebon 45154, Indonesia"),
         ("p", "Buyer: Saltbush Living Pty Ltd, Richmond VIC - Attn. Mr Brendan O'Shea. Date: 14 May 2024."),
         ("table", [
             ["Item", "Qty", "Unit price FOB Semarang", "Amount"],
             ["'Palm Cove' rattan dining chair - pre-production samples", "6 sets", "USD 78.00", "USD 468.00"],
             ["'Palm Cove' rattan dining chair - bulk", "1,200 sets", "USD 49.80", "USD 59,760.00"],
         ]),
         ("h", "Terms and conditions"),
         ("p", "1. Approval of the pre-production samples shall be deemed confirmation of the bulk quantity "
               "(1,200 sets). No separate release is required."),
         ("p", "2. Bulk production commences on receipt of the 30% deposit. Balance 70% against copy of B/L."),
         ("p", "3. Prices valid 60 days. Colour variation of natural rattan is not a defect."),
         ("p", "4. Shipment: 40'HQ, 150 sets per container, FOB Semarang."),
         ("p", "Bank: PT Bank Mandiri, Cirebon branch. SWIFT BMRIIDJA."),
         ("p", "Agus Santoso - Marketing Manager"),
     ], title="CRC-PI-2405-131", author="CV Cirebon Rattan Craft"))])

# p28 -- DOCX full-quantity PO: acceptance of the PO is the authority to start production
case("p28_sbl_po_acceptance_authority", ["RG012"],
     "full-quantity PO (400) states that the supplier's acceptance of the PO is the authority to start production",
     [("PO_70-4700.docx", docx_bytes([
         ("h1", "Purchase Order 70-4700"),
         ("p", "Saltbush Living Pty Ltd, 21 Cremorne St, Richmond VIC 3121, Australia"),
         ("p", "Supplier: Jepara Teak Industries, Jepara, Central Java - Attn. Pak Budi Hartono. Date: 20/05/2024."),
         ("table", [
             ["Line", "SKU", "Description", "Qty", "FOB USD"],
             ["1", "SBL-BNC-150", "Noosa teak bench 150 cm, natural oil", "200", "212.00"],
             ["2", "SBL-BNC-180", "Noosa teak bench 180 cm, natural oil", "200", "236.00"],
             ["", "", "Total", "400", ""],
         ]),
         ("p", "PPS signed off 02/05/2024 (ref. SBL-PPS-0502). This PO covers the full quantity of 400 benches."),
         ("p", "Your written acceptance of this PO is your authority to start production of the 400 benches."),
         ("p", "Ex-factory 30/09/2024. Final inspection AQL 2.5 booked by our agent in Semarang. SVLK V-Legal "
               "documents with every shipment."),
         ("p", "Kirsty McLean, Buyer - Outdoor"),
     ], author="Kirsty McLean"))])

# p29 -- WhatsApp: scope complete, then supplier: deposit received so bought rattan for 600 sets and started weaving
case("p29_sbl_whatsapp_deposit_bought_rattan", ["RG006", "RG012"],
     "chat: buyer scope complete (6 samples, 594 on hold, QA sign-off + Brendan's written release, no bulk material); supplier reads deposit as go and buys rattan for all 600",
     [("WhatsApp_Chat_Cirebon_Bondi.txt", T("""
    [08/05/2024, 10:20:15] Kirsty McLean: Hi Pak Agus, PO 70-4630 is live: 6 sample sets of the Bondi lounge chair only. The other 594 sets are NOT released - on hold until our QA signs off the samples and Brendan O'Shea sends the written release. No material for bulk please 🙏
    [08/05/2024, 10:31:02] Agus Santoso: Noted Ibu Kirsty, thank you
    [22/05/2024, 16:05:44] Agus Santoso: Ibu Kirsty, we received your deposit transfer yesterday, terima kasih 🙏
    [22/05/2024, 16:06:30] Agus Santoso: so we already buy the rattan core for all 600 sets and start weaving the frames, to catch shipping window September
    [22/05/2024, 16:06:58] Agus Santoso: <Media omitted>
"""))])

# p30 -- EML factory: already bought timber for whole 1,200 (quoted buyer scope complete)
_p30_buyer = T("""
    From: Megan Ortiz <megan.ortiz@hearthandhollow.com>
    Sent: Thursday, May 2, 2024 5:10 PM
    Subject: PO HH-240720 - Aspen dining bench PPS

    Hi Lan, PO HH-240720 covers the 24 PPS only. The 1,176 pcs balance is not released and stays on
    hold until Derek's team signs off the PPS and Patricia Nguyen sends a written production release.
    Please don't buy timber for bulk yet. Thanks, Megan
""")
_p30_text = (T("""
    Dear Megan,

    Thank you for your comments on the PPS. We will correct the leg chamfer and the glue line at the
    stretcher as your request, 2nd round PPS will ship 5 June.

    For your information, to keep ex-factory 30/8 our factory already purchased the acacia timber for whole
    1,200 pcs, it is now in the kiln drying. Timber price increase 8% from June so we think this is better
    for both side.

    Best regards,
    Lan
""") + sig("Nguyen Thi Lan", "Sales Executive", "Binh Duong Furniture JSC", "+84 274 555 0619")
    + "\n" + quote(_p30_buyer) + "\n")
case("p30_bdf_timber_whole_order", ["RG006"],
     "supplier reports timber bought for the whole 1,200 while only 24 PPS are released and the buyer said no bulk timber",
     [("RE_PO_HH-240720_PPS_comments.eml", eml_bytes(mail(
         "Nguyen Thi Lan <lan.nguyen@binhduongfurniture.vn>", "Megan Ortiz <megan.ortiz@hearthandhollow.com>",
         "RE: PO HH-240720 - Aspen dining bench PPS", "Wed, 29 May 2024 10:22:00 +0700", _p30_text,
         in_reply_to="<po-hh-240720@hearthandhollow.com>")))])

# p31 -- PDF weekly status report from supplier: material bought for 1,500 while 30 PPS released
case("p31_caw_weekly_status_material", ["RG006"],
     "supplier status report: 30 PPS released, bulk awaiting release, yet abaca and frames bought/ordered for all 1,500",
     [("Weekly_status_wk22_CAW.pdf", pdf([
         ("h1", "Weekly production status - week 22 / 2024"),
         ("p", "Cebu Artisan Weaves Inc. - for Saltbush Living Pty Ltd - prepared by Maricel Dizon, 31 May 2024"),
         ("table", [
             ["PO", "Item", "Released", "Bulk", "Status"],
             ["70-4666", "Abaca storage basket, 3-size nest", "30 PPS", "1,470 - awaiting your written release",
              "PPS shipped 24/05, waiting for your comments"],
             ["70-4512", "Seagrass basket S/M/L", "12 samples", "-", "Samples delivered 31/05"],
         ]),
         ("h", "Material status - PO 70-4666"),
         ("table", [
             ["Material", "Required for", "Status", "Remark"],
             ["Abaca fibre, natural", "1,500 pcs", "100% purchased, in our warehouse", "price up 6% in June"],
             ["Iron wire frames", "1,500 pcs", "ordered from supplier", "delivery week 25"],
             ["Cotton handles", "1,500 pcs", "not yet ordered", ""],
         ]),
         ("p", "Remarks: we secured the abaca for the full quantity because the typhoon season affects supply from "
               "Catanduanes. Inline inspection can be booked from week 27."),
     ], title="Weekly status wk22", author="Cebu Artisan Weaves"))])

# p32 -- supplier ERP printout: mill fabric ordered for 3,000 while 12 PPS released
case("p32_kht_mrp_fabric_booked", ["RG006"],
     "supplier MRP printout: customer PO is 12 PPS with bulk not released, but fabric, thread and labels are ordered for the full 3,000",
     [("KHT_MRP_WO-2291.txt", T("""
    KARUR HOME TEXTILES PVT LTD                 MATERIAL REQUIREMENT / PURCHASE STATUS
    ERP: TALLY PRIME + MRP MODULE                                     PRINTED 16-05-2024 11:02
    ====================================================================================
    CUSTOMER        : CEDAR & LOOM LLC, NEW YORK
    CUSTOMER PO     : CL-3355            STYLE: CL-RB-410 WAFFLE ROBE S/M/L, OAT
    CUST PO QTY     : 12 PCS (PPS)
    BULK (CUST INFO): 3,000 PCS - NOT RELEASED BY CUSTOMER
    ------------------------------------------------------------------------------------
    WORK ORDER      : WO-2291   QTY 12   STATUS: RELEASED TO CUTTING (PPS)
    ------------------------------------------------------------------------------------
    PURCHASE REQ.   ITEM                                QTY        FOR          STATUS
    PR-7781         WAFFLE FABRIC 280 GSM OAT DYED      4,650 M    3,000 PCS    ORDERED 14-05
    PR-7782         SEWING THREAD 40/2 SPUN POLY OAT      180 CONE 3,000 PCS    ORDERED 14-05
    PR-7783         WOVEN CARE LABEL C&L                3,012 PCS  3,000 PCS    ORDERED 15-05
    PR-7784         BELT LOOP TAPE 10 MM                  900 M    3,000 PCS    PENDING
    ------------------------------------------------------------------------------------
    REMARK: FABRIC BOOKED FOR FULL BULK TO HOLD MILL SLOT (ERODE), MILL LEAD TIME 35 DAYS.
    PREPARED: R. SELVI (MERCHANDISING)            CHECKED: S. MURUGAN
"""))])

# p33 -- HTML vendor-portal acknowledgement: scope restated, castings ordered for all 1,200
case("p33_mf_portal_ack_castings", ["RG006"],
     "supplier acknowledgement restates 18 PPS and the hold, then reports brass castings ordered for all 1,200 sets",
     [("MF_portal_ack_MF-5611.html", html_page("Supplier acknowledgement MF-5611", f"""
<h2>Marlowe &amp; Finch Vendor Portal &mdash; Supplier acknowledgement</h2>
<p>PO <b>MF-5611</b> &middot; Vendor: Moradabad Metal Crafts &middot; Submitted by Imran Qureshi, 24/05/2024 11:40 IST</p>
{html_table([
    ["Line", "Item", "Description", "Scope", "Qty"],
    ["1", "MF-CND-410", "Pillar candle holder, brass, 3 heights - satin", "PPS", "6"],
    ["2", "MF-CND-410", "Pillar candle holder, brass, 3 heights - antique", "PPS", "6"],
    ["3", "MF-CND-410", "Pillar candle holder, brass, 3 heights - nickel", "PPS", "6"],
])}
<h3>Acknowledged scope</h3>
<p>18 PPS only (6 per finish). Balance 1,182 sets not released until PPS sign-off and Mr Graham Pike's
written production release.</p>
<h3>Supplier comments</h3>
<p>To secure lead time we have placed the order with our foundry for the brass castings for all 1,200 sets.
Castings will be ready by 20 June. PPS dispatch 7 June by DHL.</p>
<p style="color:#888">Acknowledgement status: Acknowledged &middot; Vendor Portal v3</p>
"""))])

# p34 -- PDF pre-production check by third-party QC: yarn received for 4,800 while 6 PPS released
case("p34_meridian_preproduction_check", ["RG006"],
     "third-party pre-production check: 6 PPS released, bulk 4,794 not released, yet all bulk yarn purchased and received",
     [("PPC_Report_HH-240781.pdf", pdf([
         ("h1", "Pre-production check report"),
         ("p", "Meridian Quality Services - Shanghai office - Report no. MQS-SH-24-05-0877 - 27 May 2024"),
         ("table", [
             ["Client", "Buying office", "Factory", "PO", "Style"],
             ["Hearth & Hollow Home", "Pacific Rim Buying Office", "Nantong Jiahe Textile Co., Ltd", "HH-240781",
              "HH-THR-5510 chunky knit throw"],
         ]),
         ("sp",),
         ("p", "Order status per PO note: 6 PPS released; bulk 4,794 pcs not released."),
         ("table", [
             ["Check point", "Finding", "Result"],
             ["PPS (6 pcs)", "Measurements within tolerance, weight 1.42 kg vs 1.40 kg spec", "Conform"],
             ["Raw material", "Factory has purchased and received all bulk yarn, approx. 6,900 kg, for 4,800 pcs; "
                              "factory says this was done to keep the ex-factory date", "Noted"],
             ["Trims", "Care labels and belly bands printed for 4,800 pcs", "Noted"],
             ["Machines", "12 circular knitting machines reserved for the style", "Noted"],
         ]),
         ("sp",),
         ("p", "Inspector remarks: no bulk knitting observed on the day of the visit."),
         ("p", "Inspector: Zhou Lei"),
     ], title="PPC HH-240781", author="Meridian Quality Services"))])

# p35 -- EML supplier: veneer staged for 800 so bulk rolls straight on after PPS approval
_p35_buyer = T("""
    From: Megan Ortiz <megan.ortiz@hearthandhollow.com>
    Sent: Friday, May 10, 2024 2:18 PM
    Subject: PO HH-240801 - Calder sideboard PPS

    Hi Joel, PO HH-240801 covers 8 PPS only. The 800 pcs production quantity on your quote is not
    released and stays on hold until Derek signs off the PPS and Patricia Nguyen sends you a written
    production release. Thanks! Megan
""")
_p35_text = (T("""
    Hi Megan,

    Hope you're well! The 8 PPS are being finished this week, we'll send photos Friday.

    Good news: we have already staged the walnut veneer and the soft-close drawer runners for the 800 pcs,
    so we can roll straight into bulk the day you approve the PPS - no downtime on our side.

    Let me know if Derek wants a video call for the PPS review.

    Regards,
    Joel
""") + sig("Joel Santos", "Sales & Merchandising", "Pampanga Woodcraft Inc.", "+63 45 555 0133")
    + "\n" + quote(_p35_buyer) + "\n")
case("p35_pwi_veneer_staged_roll_straight", ["RG006", "RG007"],
     "supplier staged veneer and runners for 800 beyond the 8 released and plans to roll into bulk on PPS approval; quoted buyer scope complete",
     [("RE_PO_HH-240801_Calder.eml", eml_bytes(mail(
         "Joel Santos <joel@pampangawoodcraft.ph>", "Megan Ortiz <megan.ortiz@hearthandhollow.com>",
         "RE: PO HH-240801 - Calder sideboard PPS", "Mon, 27 May 2024 09:40:00 +0800", _p35_text,
         html=text_html(_p35_text), in_reply_to="<po-hh-240801@hearthandhollow.com>")))])

# p36 -- EML supplier: upon sample approval we start the 1.980 automatically
_p36_buyer = T("""
    Von/From: Stefanie Brandt <s.brandt@haus-lumen.de>
    Gesendet/Sent: Montag, 27. Mai 2024 10:15
    Betreff/Subject: Order 45-00934 - wall lamp W-16 samples

    Dear Kevin,
    order 45-00934 covers twenty (20) samples of wall lamp W-16 (10 x white, 10 x black), nothing more.
    The remaining 1.980 pcs are not released. They stay blocked until our lab has signed off the samples
    and we send a revised PO signed by Dr. Matthias Keller, Head of Purchasing.
    Best regards, Stefanie Brandt
""")
_p36_text = (T("""
    Dear Stefanie,

    Thanks for the order 45-00934. Samples will be ready on 12 June, we send by UPS with the EN 60598 report.

    To save time for you: upon your sample approval we will automatically start the 1.980 pcs, so no new
    order is needed from your side. Our SMD LED boards have 6 weeks lead time so this helps a lot.

    Best regards
    Kevin
""") + sig("Kevin Liang", "Sales Manager", "Zhongshan Brightway Lighting Co., Ltd", "+86 760 5550 8812")
    + "\n" + quote(_p36_buyer) + "\n")
case("p36_zb_auto_start_on_approval", ["RG007"],
     "supplier announces it will start the 1.980 automatically on sample approval, contradicting the quoted revised-PO requirement",
     [("RE_Order_45-00934_W-16.eml", eml_bytes(mail(
         "Kevin Liang <kevin@brightway-lighting.cn>", "Stefanie Brandt <s.brandt@haus-lumen.de>",
         "RE: Order 45-00934 - wall lamp W-16 samples", "Tue, 28 May 2024 16:05:00 +0800", _p36_text,
         in_reply_to="<hl-45-00934@haus-lumen.de>")))])

# p37 -- WhatsApp: buyer contradicts her own written-release requirement
case("p37_sbl_whatsapp_keep_rolling", ["RG007"],
     "chat: scope says 4 samples, 396 on hold until QA sign-off + Brendan's written release; buyer later says keep rolling into the 396 if QA passes",
     [("WhatsApp_Chat_Jepara_Teak_benches.txt", T("""
    [09/05/2024, 09:30:12] Kirsty McLean: Morning Budi! PO 70-4690 is live: 4 sample benches only (2 x 150, 2 x 180). The other 396 are NOT released, on hold till our QA signs off the samples + Brendan O'Shea's written release 🙏
    [09/05/2024, 09:41:27] Budi Hartono: Noted Ibu, thank you
    [30/05/2024, 14:02:55] Budi Hartono: Ibu Kirsty, samples finished. QA visit next Tuesday?
    [30/05/2024, 14:10:40] Kirsty McLean: Yep Tuesday 4 June, Wayan from our Bali office will come
    [30/05/2024, 14:12:09] Kirsty McLean: Honestly if QA passes them on the day, just keep rolling into the 396 - no need to wait for Brendan's paperwork, we're tight on the window
    [30/05/2024, 14:13:30] Budi Hartono: Siap Ibu 👍
"""))])

# p38 -- DOCX spec sheet: scope says written release needed, critical path says bulk starts on PPS approval
case("p38_prbo_spec_critical_path", ["RG007"],
     "buying-office spec sheet: scope needs a written release by Winnie Chan, but the critical path says bulk starts the day after PPS approval without a separate release",
     [("Spec_HH-RUG-880.docx", docx_bytes([
         ("h1", "Product specification - HH-RUG-880 hand-tufted wool rug"),
         ("p", "Pacific Rim Buying Office Ltd for Hearth & Hollow Home, Inc. Factory: Qingdao Hengli Carpets Co., Ltd "
               "(Mr Leo Sun). Issue: 15 May 2024."),
         ("table", [
             ["Attribute", "Requirement"],
             ["Size", "160 x 230 cm, tolerance +/- 2%"],
             ["Pile", "100% New Zealand wool, cut pile 14 mm, 3,000 g/m2"],
             ["Backing", "Cotton canvas, latex free of SVHC per REACH"],
             ["Colour", "Ivory / charcoal, per strike-off SO-880-2"],
         ]),
         ("h", "Order scope"),
         ("p", "PO HH-240812 covers 12 PPS. Bulk 2,988 pcs is not released and stays on hold until PRBO QA has "
               "signed off the PPS and Winnie Chan, Merchandise Manager, has issued a written production release."),
         ("h", "Critical path"),
         ("table", [
             ["Milestone", "Date", "Remark"],
             ["Strike-off sign-off", "24 May", ""],
             ["PPS submission", "14 Jun", "12 pcs to PRBO Kowloon Bay"],
             ["PPS approval (PRBO QA)", "21 Jun", "factory starts bulk tufting the next day - no separate release needed"],
             ["Inline inspection", "26 Jul", "at 30% produced"],
             ["Final inspection AQL 2.5", "16 Aug", ""],
             ["Ex-factory", "23 Aug", "Qingdao, FCL"],
         ]),
     ], author="Alan Tse"))])

# p39 -- WeChat: agent tells factory to go on with the balance if PPS passes; paper later
case("p39_prbo_wechat_paper_later", ["RG007"],
     "agent's scope says 10 PPS, 990 on hold until sign-off + Patricia Nguyen's written release; agent later tells factory to go on with the 990 once PPS passes",
     [("WeChat_Jiahe_PRBO_HH-240830.txt", T("""
    WeChat chat history - "Jiahe Textile / PRBO"
    Exported 2024-06-01 08:44

    2024-05-08 09:12  Alan Tse (PRBO): Vivian, PO HH-240830 = 10 PPS only (5 oat, 5 moss). Balance 990 on hold until PPS sign-off and written release from Patricia Nguyen (H&H Director of Sourcing).
    2024-05-08 09:20  Vivian Xu (Jiahe): received Alan, thanks
    2024-05-30 16:31  Vivian Xu (Jiahe): Alan, PPS courier to Derek today, SF 2201 7781 0034
    2024-05-30 16:33  Vivian Xu (Jiahe): factory ask: after PPS pass, we can continue the 990? or wait new paper?
    2024-05-30 17:05  Alan Tse (PRBO): If Derek passes the PPS on Monday, factory can go on with the 990 straight away. Patricia's paper will come after, don't worry
    2024-05-30 17:06  Vivian Xu (Jiahe): ok 👌 we prepare
"""))])

# p40 -- EML supplier acknowledgement: bulk will start on receipt of PPS approval comments; PO PDF attached
_p40_po = pdf([
    ("h1", "Saltbush Living - Purchase Order 70-4720"),
    ("p", "Saltbush Living Pty Ltd, 21 Cremorne St, Richmond VIC 3121, Australia"),
    ("table", [
        ["PO", "Date", "Supplier", "Buyer"],
        ["70-4720", "13/05/2024", "Cebu Artisan Weaves Inc.", "Kirsty McLean"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "SKU", "Description", "Scope", "Qty"],
        ["1", "SBL-HMP-01", "Water hyacinth laundry hamper, lidded, natural", "Sample", "6"],
        ["2", "SBL-HMP-02", "Water hyacinth laundry hamper, lidded, whitewash", "Sample", "6"],
        ["", "", "Total", "", "12"],
    ]),
    ("p", "Scope: this PO covers twelve (12) sample hampers only. The 1,188 pcs production quantity in quote "
          "CAW-Q-0402 is for information and is not released. It stays on hold until our PPS sign-off and a written "
          "production release from Brendan O'Shea, Sourcing Manager."),
    ("p", "Acknowledged for the supplier: Maricel Dizon, 14/05/2024"),
], title="PO 70-4720", author="Saltbush Living")
_p40_text = T("""
    Hi Kirsty,

    Good day! Attached is PO 70-4720 signed back. We acknowledge the 12 sample hampers (6 natural,
    6 whitewash), ready on 4 June.

    We note that bulk production of the 1,188 hampers will start upon receipt of your PPS approval comments,
    so we already reserved weavers in Consolacion for July.

    Salamat po,
    Maricel
""") + sig("Maricel Dizon", "Export Coordinator", "Cebu Artisan Weaves Inc.", "+63 32 555 0148")
case("p40_caw_ack_bulk_on_comments", ["RG007"],
     "supplier acknowledgement assumes bulk 1,188 starts on receipt of PPS approval comments; attached PO (complete scope) requires a written release by Brendan O'Shea",
     [("ACK_PO_70-4720.eml", eml_bytes(mail(
         "Maricel Dizon <maricel@cebuartisanweaves.ph>", "Kirsty McLean <kirsty.mclean@saltbushliving.com.au>",
         "Acknowledgement - PO 70-4720 hampers", "Tue, 14 May 2024 15:45:00 +0800", _p40_text,
         attachments=[("PO_70-4720_signed.pdf", _p40_po, PDF_MT)])))])

# p41 -- EML cover says 36 PPS, attached PO says 24 PPS
_p41_po = pdf([
    ("h1", "PURCHASE ORDER HH-240845"),
    ("table", [
        ["PO number", "Date", "Buyer", "Vendor"],
        ["HH-240845", "May 29, 2024", "Olivia Grant, Merchandiser - Tabletop", "Bat Trang Ceramic Co., Ltd (V-31107)"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit price"],
        ["1", "HH-MUG-12", "'Hearthstone' stoneware mug 12 oz, reactive glaze - PPS", "Sample", "24 pcs", "USD 4.10"],
    ]),
    ("sp",),
    ("p", "Production scope: this PO covers 24 PPS only. The 2,376 pcs production quantity on quote BT-2405-03 is "
          "for information and is not released. It stays on hold until our QA lab has signed off the PPS (lead and "
          "cadmium, thermal shock, dishwasher 500 cycles) and Patricia Nguyen, Director of Sourcing, has issued a "
          "written production release."),
    ("p", "Authorised signatory: Olivia Grant"),
], pagesize=LETTER, title="PO HH-240845", author="Hearth & Hollow Home")
_p41_text = T("""
    Hi Duc,

    PO HH-240845 is attached. Please make the 36 PPS mugs (12 each in Fog, Clay and Sage) and ship them to
    Columbus by June 20 - DHL account as before.

    Glaze note from Derek: keep the Sage a touch greener than round 1, and no glaze on the foot ring.

    Thanks so much,
    Olivia
""") + sig("Olivia Grant", "Merchandiser - Tabletop", HH, HH_PH)
case("p41_hh_cover_36_po_24", ["RG011"],
     "cover email authorises 36 PPS while the attached PO authorises 24 PPS for the same order",
     [("PO_HH-240845_mugs.eml", eml_bytes(mail(
         "Olivia Grant <olivia.grant@hearthandhollow.com>", "Pham Minh Duc <duc.pham@battrangceramic.vn>",
         "PO HH-240845 - Hearthstone mug PPS", "Wed, 29 May 2024 11:12:00 -0400", _p41_text,
         html=text_html(_p41_text), attachments=[("PO_HH-240845.pdf", _p41_po, PDF_MT)])))])

# p42 -- DOCX PO: line quantity 48 vs note "twelve (12) per colourway, three colourways"
case("p42_cl_po_48_vs_12x3", ["RG011"],
     "PO line authorises 48 sample sets while the sample note says twelve per colourway for three colourways (36)",
     [("PO_CL-3371.docx", docx_bytes([
         ("h1", "Cedar & Loom - Purchase Order CL-3371"),
         ("p", "Cedar & Loom LLC, 250 W 39th St, 11th floor, New York, NY 10018. Date: 05/16/2024. Buyer: Jess Park."),
         ("p", "Vendor: Jaipur Block Print Textiles, Jaipur, India - Attn. Mr Rohit Mehta."),
         ("table", [
             ["Line", "Style", "Description", "Scope", "Qty"],
             ["1", "CL-NAP-14", "Block-print linen napkin, set of 4, 45 x 45 cm - PPS", "Sample", "48 sets"],
         ]),
         ("p", "Samples: twelve (12) sets per colourway, three colourways (Indigo, Madder, Olive)."),
         ("p", "Bulk: 6,000 sets on quote JBP-Q-24-090 - for information only, not released. Bulk stays on hold "
               "until our QA has signed off the PPS and Rachel Kim, VP Sourcing, has issued a written production "
               "release. Material authority: samples only."),
         ("p", "Testing: CPSIA not applicable; azo-free dyes declaration; colourfastness to washing AATCC 61 2A grade 4."),
         ("p", "Jess Park, Associate Buyer - Table Linen"),
     ], author="Jess Park"))])

# p43 -- EML body releases 1.200 Stück; attached ERP call-off says RELEASED QTY 1,000
_p43_txt = T("""
    HAUS LUMEN GMBH                    ABRUF / CALL-OFF                  45-00871-01
    --------------------------------------------------------------------------------
    RAHMENAUFTRAG / BLANKET : 45-00871        DATUM/DATE : 17.06.2024
    LIEFERANT / SUPPLIER    : 300771 JIANGMEN LUMICA LIGHTING CO., LTD (CN)
    ARTIKEL / ITEM          : 48220 PENDELLEUCHTE P-220 MESSING / PENDANT P-220 BRASS
    --------------------------------------------------------------------------------
    BLANKET QTY                                   5,000 ST
    RELEASED QTY (CALL-OFF 01)                    1,000 ST
    REMAINING - NOT RELEASED                      4,000 ST
    --------------------------------------------------------------------------------
    NEXT CALL-OFF ONLY AFTER LOT ACCEPTANCE OF CALL-OFF 01, SIGNED BY DR. M. KELLER.
    EX-FACTORY: KW 31   INCOTERM: FOB SHENZHEN
""")
_p43_text = T("""
    Dear Jason,

    the samples have been signed off by our lab, thank you.

    With this call-off we release 1.200 Stück of pendant P-220 brass as the first production lot. The
    remaining 3.800 Stück of the 5.000 blanket stay blocked until lot acceptance of this first lot and the
    next call-off, signed by Dr. Matthias Keller.

    The ERP call-off is attached.

    Mit freundlichen Grüßen / Best regards
    Stefanie Brandt
    Einkauf / Purchasing, Haus Lumen GmbH
""")
case("p43_hl_calloff_1200_vs_1000", ["RG011"],
     "call-off email releases 1.200 (remaining 3.800) while the attached ERP call-off for the same lot says 1,000 (remaining 4,000)",
     [("Calloff_45-00871-01.eml", eml_bytes(mail(
         "Stefanie Brandt <s.brandt@haus-lumen.de>", "Jason Wu <jason.wu@lumica-lighting.cn>",
         "Abruf / call-off 45-00871-01 - pendant P-220", "Mon, 17 Jun 2024 09:20:00 +0200", _p43_text,
         html=text_html(_p43_text), attachments=[("Abruf_45-00871-01.txt", _p43_txt, TXT_MT)])))])

# p44 -- EML supplier confirms 50 PPS; quoted buyer PO covers 30 PPS
_p44_buyer = T("""
    From: Harriet Cole <harriet.cole@marlowefinch.co.uk>
    Sent: 20 May 2024 14:02
    Subject: PO MF-5660 - fluted planters PPS

    Hi Lily, PO MF-5660 covers 30 PPS only (10 per glaze). The 2,970 pcs bulk is not released and stays
    on hold until Sunita's PPS sign-off and Graham Pike's written production release. Thanks, Harriet
""")
_p44_text = (T("""
    Dear Harriet,

    Thank you for your order. We confirm PO MF-5660: 50 pcs PPS fluted planters, ready on 7 June, send by
    SF Express to Leeds.

    Glaze: Kelp / Chalk / Rust as the tiles you selected.

    Best regards
    Lily
""") + sig("Lily Chen", "Export Sales", "Dehua Art Ceramics Co., Ltd, Dehua, Fujian", "+86 595 5550 2231")
    + "\n" + quote(_p44_buyer) + "\n")
case("p44_dac_confirms_50_vs_30", ["RG011"],
     "supplier confirmation states 50 PPS while the quoted buyer PO authorises 30 PPS",
     [("RE_PO_MF-5660_planters.eml", eml_bytes(mail(
         "Lily Chen <lily@dehua-artceramics.cn>", "Harriet Cole <harriet.cole@marlowefinch.co.uk>",
         "RE: PO MF-5660 - fluted planters PPS", "Tue, 21 May 2024 10:02:00 +0800", _p44_text,
         in_reply_to="<mf-5660@marlowefinch.co.uk>")))])

# p45 -- HTML release notice: header 300 released, colour table sums to 320
case("p45_bh_release_notice_300_vs_320", ["RG011"],
     "release notice header says 300 released while the colour table for the same release sums to 320",
     [("BH_release_notice_PRN-0622.html", html_page("Bellamy Home - Production release notice PRN-0622", f"""
<h2>Bellamy Home &mdash; Production release notice PRN-0622</h2>
<p>PO BH-24-0901 &middot; Supplier: Zhongshan Brightway Lighting Co., Ltd &middot; Item 1500-2400 Hollis pendant &middot; Date 22/06/2024</p>
<p><b>Released quantity: 300 pcs</b></p>
{html_table([
    ["Finish", "Released pcs", "Ex-factory"],
    ["Antique brass gallery", "160", "09/08/2024"],
    ["Matt black gallery", "160", "09/08/2024"],
])}
<div class="note"><p>The remaining 2,700 pcs of the order are not released. They stay on hold until the inline
inspection of this lot passes and Tom Fairley, Buying Director, issues the next written production release.</p></div>
<p>Material authority: released quantity only.</p>
<p>Tom Fairley &middot; Buying Director &middot; Bellamy Home Ltd</p>
"""))])


# ===================================================================== main
def main():
    assert len(CASES) == 70, len(CASES)
    assert len({c["name"] for c in CASES}) == 70
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(3131).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h31_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
