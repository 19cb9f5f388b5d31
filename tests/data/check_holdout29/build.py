#!/usr/bin/env python3
"""Generator for the releasegate check_holdout29 corpus (energy / process-industry supply chains).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout29/build.py

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
    m["Message-ID"] = msgid or f"<h29-{_MSGN[0]:04d}.{_MSGN[0] * 7919 % 100000:05d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h29")
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



# ------------------------------------------------------------ small helpers
def q(text, level=1):
    """Quote a block of text the way mail clients do ("> ")."""
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def txt2html(text):
    """A plain HTML rendering of a text body for multipart/alternative."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [escape(ln) for ln in para.split("\n")]
        if all(ln.startswith("&gt;") for ln in lines if ln):
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:6px;color:#555\">"
                       + "<br>\n".join(ln.lstrip("&gt;").lstrip() for ln in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n"


def eml(m):
    return eml_bytes(m)


# ======================================================================================
#                                   CLEAN CASES
# ======================================================================================
# c01: sample PO with full four-part scope note, email + PDF PO -------------------------
_c01_note = (
    "SCOPE OF THIS ORDER: Line 10 covers four (4) sample castings only, for first article "
    "inspection (FAI) at Nordvind Esbjerg. The 120 pcs shown in quotation QHT-2024-0311 are our "
    "series forecast; they are NOT released by this purchase order and must not be started. "
    "The series quantity stays on hold until (1) our Supplier Quality Engineer Soren Dahl has signed "
    "off the FAI report and (2) Lars Holm, Category Manager Castings, has issued a written production "
    "release. Material authority: sample-only (material for the 4 samples, nothing more)."
)
_c01_pdf = pdf([
    ("h1", "PURCHASE ORDER 4500117342"),
    ("p", "Nordvind Wind A/S - Kvaersgade 14 - DK-6700 Esbjerg - CVR 38 21 44 90"),
    ("p", "Supplier: Jiangsu Hengtai Casting Co., Ltd., No. 88 Xishan Road, Wuxi, Jiangsu, PR China "
          "(vendor 1004588)"),
    ("p", "PO date: 03.06.2024 - Buyer: Mette Kjaergaard - Payment: 60 days net - Incoterms 2020: DAP Esbjerg"),
    ("sp",),
    ("table", [
        ["Line", "Material / description", "Qty", "Unit", "Unit price", "Net value"],
        ["10", "NV-48210 rev C nacelle bracket, EN-GJS-400-18U-LT - SAMPLE for FAI", "4", "PC",
         "EUR 1.850,00", "EUR 7.400,00"],
        ["20", "Pattern and core boxes NV-48210 (tooling, property of Nordvind)", "1", "SET",
         "EUR 14.600,00", "EUR 14.600,00"],
        ["", "", "", "", "Total", "EUR 22.000,00"],
    ]),
    ("sp",),
    ("h", "Order note"),
    ("p", _c01_note),
    ("h", "Quality requirements"),
    ("p", "Castings per EN 1563, impact test at -20 C, UT per EN 12680-3 level 2, MT per EN 1369. "
          "Inspection certificate EN 10204 3.1. Dimensional report on all 4 samples. Drawing NV-48210 rev C, "
          "general tolerances ISO 8062-3 DCTG 10."),
    ("h", "Delivery"),
    ("p", "Latest arrival week 31/2024. Packing per NV-PS-004: VCI film, wooden crate, max 1.000 kg per crate, "
          "ISPM 15 stamped."),
], title="PO 4500117342", author="Nordvind Wind A/S")

_c01_text = """Dear Ms Zhang,

Please find attached our purchase order 4500117342 for the nacelle bracket NV-48210 rev. C.

To avoid any misunderstanding on scope, the short version:

- This PO covers four (4) sample castings only, for first article inspection in Esbjerg.
- The 120 pcs in your quotation QHT-2024-0311 are our series forecast. They are not released by
  this PO and must not be started.
- The series quantity stays on hold until our SQE, Søren Dahl, has signed off the FAI report and
  Lars Holm (Category Manager Castings) has issued a written production release.
- Material authority: sample-only. Please do not buy pig iron or alloys beyond what the four
  samples need.

Patterns and core boxes are covered by line 20 as tooling. Please acknowledge the scope by return
mail and confirm the shipping date for the samples.

Delivery DAP Esbjerg (Incoterms 2020), latest week 31. Packing per NV-PS-004, max 1.000 kg per
crate.

Med venlig hilsen / Best regards
""" + sig("Mette Kjærgaard", "Project Buyer, Castings & Forgings", "Nordvind Wind A/S, Esbjerg", "+45 76 12 40 88")

_c01_mail = mail("Mette Kjærgaard <mkj@nordvind-wind.dk>", "Lily Zhang <lily.zhang@hengtai-casting.cn>",
                 "PO 4500117342 - NV-48210 rev C nacelle bracket - samples", "Mon, 03 Jun 2024 09:12:00 +0200",
                 _c01_text, html=txt2html(_c01_text),
                 cc="Lars Holm <lho@nordvind-wind.dk>, Søren Dahl <sda@nordvind-wind.dk>",
                 attachments=[("PO_4500117342.pdf", _c01_pdf, PDF_MT)])
case("c01_sample_po_email_pdf_complete", [],
     "sample PO: 4 active, 120 forecast not released, FAI sign-off + written release by Lars Holm, sample-only material",
     [("mail_PO_4500117342.eml", eml(_c01_mail))])


# c02: supplier quote with FAI and series tiers, no authorization ------------------------
_c02_pdf = pdf([
    ("h1", "QUOTATION BF-Q-24-0588"),
    ("p", "Bursa Flans Makina A.S. - Demirtas OSB, Sakarya Cad. No: 21, 16245 Osmangazi / Bursa, Turkiye"),
    ("p", "To: Eolica del Ebro S.A., Procurement - attn. Ms Marta Gil - your RFQ EE-RFQ-2024-077 dated 22.04.2024"),
    ("p", "Date: 06.05.2024 - Validity: 90 days - Prepared by: Ayse Demir, Sales Engineer"),
    ("sp",),
    ("h", "Item: Tower L-flange, top segment, outer dia. 4.300 mm, S355NL+Z35, drawing EE-TF-4300-03 rev 2"),
    ("table", [
        ["Tier", "Quantity", "Unit price (EUR)", "Lead time"],
        ["First article (FAI) flanges", "4 pcs", "14.200,00", "9 weeks from purchase order"],
        ["Series flanges", "56 pcs", "11.350,00", "12 weeks from your written production release"],
        ["Ring rolling tooling / programme", "1 lot", "6.800,00", "with FAI"],
    ]),
    ("sp",),
    ("h", "Notes"),
    ("p", "1. The series quantity of 56 pcs is taken from your RFQ. We understand it as an estimate for "
          "pricing; it is not an order."),
    ("p", "2. Series prices are valid for 90 days and are subject to the steel surcharge of our forge "
          "supplier (base: 06.05.2024)."),
    ("p", "3. Material for series flanges is purchased only after receipt of your written production release. "
          "This quotation does not include any advance material purchase."),
    ("p", "4. Inspection: UT per EN 10228-3 class 3, MT per EN 10228-1, flatness per IEC 61400-6, "
          "certificate EN 10204 3.1 (3.2 on request, surcharge EUR 450,00 per heat)."),
    ("p", "5. Delivery FCA Gemlik port, Incoterms 2020. Sea freight to Bilbao can be quoted separately."),
    ("p", "6. Payment: 30% with purchase order for tooling and FAI, balance 60 days after delivery."),
    ("sp",),
    ("p", "We thank you for the opportunity and remain at your disposal. Saygilarimizla, Ayse Demir"),
], title="Quotation BF-Q-24-0588", author="Bursa Flans Makina")
case("c02_supplier_quote_tiers", [],
     "supplier quote with FAI and series tiers only; nothing authorized, series called an estimate",
     [("quote_BF-Q-24-0588.pdf", _c02_pdf)])


# c03: WhatsApp, supplier asks for go-ahead, buyer says no, restates scope ----------------
_c03 = """[12/06/24, 09:14:22] Tran Thi Lan: Good morning Ms Lucía 🌞 The 3 sample enclosures for NCU-7 passed our internal IP65 test yesterday, photos below
[12/06/24, 09:14:40] Tran Thi Lan: <attached: 00000041-PHOTO-2024-06-12-09-14-40.jpg>
[12/06/24, 09:14:41] Tran Thi Lan: <attached: 00000042-PHOTO-2024-06-12-09-14-41.jpg>
[12/06/24, 09:16:05] Tran Thi Lan: Question: do we have go-ahead for the 197 series units? Steel sheet price in HCMC is up 6% this month, we would like to buy the sheet now
[12/06/24, 10:02:51] Lucía Ferrer: Hi Lan, thanks for the photos, the gasket seating looks much better than on the first try
[12/06/24, 10:04:13] Lucía Ferrer: Answer is no, not yet. PO 4700023561 covers the 3 sample enclosures only. The other 197 are not released, so please don't cut, bend or buy sheet for them
[12/06/24, 10:05:37] Lucía Ferrer: They stay on hold until our FAT on the 3 samples in Zaragoza is signed off and you get a written production release. Javier Ortega (Supply Chain Manager) signs that release, I will forward it to you the same day
[12/06/24, 10:21:09] Tran Thi Lan: Understood. Nothing on the 197 until written release from Mr Ortega. We will ask the steel trader to keep the price open as long as possible
[12/06/24, 10:22:30] Lucía Ferrer: Thanks Lan. Please ship the 3 samples by DHL Express, our account number is on the PO
[12/06/24, 10:23:02] Tran Thi Lan: Noted, AWB tomorrow morning
[13/06/24, 08:47:19] Tran Thi Lan: AWB 4471 0938 22, 2 boxes, 38 kg total
[13/06/24, 08:51:44] Lucía Ferrer: 🙏
"""
case("c03_whatsapp_goahead_question_denied", [],
     "supplier asks for go-ahead; buyer answers no: 3 samples only, 197 on hold until FAT sign-off + written release by Javier Ortega",
     [("WhatsApp Chat with Tran Thi Lan (Binh Duong Enclosure).txt", _c03)])


# c04: labelled rolling forecast, not an order --------------------------------------------
_c04 = docx_bytes([
    ("h1", "Rolling demand forecast - NOT A PURCHASE ORDER"),
    ("p", "Rheinland Trafo GmbH, Einkauf / Purchasing - Am Nordpark 7, 41069 Mönchengladbach"),
    ("p", "To: Pomorskie Zakłady Metalowe Sp. z o.o., ul. Przemysłowa 12, 80-557 Gdańsk - attn. Ms Katarzyna Wiśniewska"),
    ("p", "Framework agreement: RA-2023-117 - Forecast issue: 2024-06 (rev. 0) - Issued by: Jens Vogel"),
    ("h", "Forecast quantities (pcs)"),
    ("table", [
        ["Part no.", "Description", "Jul 24", "Aug 24", "Sep 24", "Q4 24", "Q1 25", "Q2 25"],
        ["RT-TC-2500", "Tank cover plate for 2500 kVA units, S235JR, 12 mm", "40", "40", "55", "160", "150", "170"],
        ["RT-CB-630", "Conservator bracket, welded, HDG", "80", "80", "110", "320", "300", "340"],
        ["RT-LL-0400", "Lifting lug set, S355J2", "40", "40", "55", "160", "150", "170"],
    ]),
    ("p", "Forecast accuracy (last 12 months): RT-TC-2500 ±18 %, RT-CB-630 ±24 %, RT-LL-0400 ±15 %."),
    ("h", "Status of this document"),
    ("p", "This forecast is provided for your capacity planning only. It is not an order, it creates no "
          "purchase commitment and it does not authorize production or the purchase of material at "
          "Rheinland Trafo's cost. Quantities may change in either direction without notice."),
    ("p", "Binding quantities are issued only by call-offs under framework agreement RA-2023-117. Each call-off "
          "states its own quantity and is signed by Dr. Sabine Kraus, Head of Procurement."),
    ("p", "Please let us know by 28 June if any month exceeds your available capacity (welding cell 2 and the "
          "HDG slot at your galvanizer)."),
    ("sp",),
    ("p", "Mit freundlichen Grüßen / Best regards - Jens Vogel, Strategic Buyer Steel Parts, +49 2161 55 307-21"),
], author="Jens Vogel")
case("c04_forecast_not_po", [],
     "rolling forecast clearly labelled: not an order, no commitment, no production or material authority",
     [("Forecast_RA-2023-117_2024-06.docx", _c04)])
# c05: full-quantity PO (HTML, Ariba style), "proceed with all 48" -----------------------
_c05 = html_page("Purchase Order 31-7744 - SAP Ariba", """
<div style="color:#666">SAP Ariba Network &middot; Order &middot; Standard PO</div>
<h2>Purchase Order: 31-7744 (Version 1)</h2>
<table>
<tr><th>From (customer)</th><td>Bayou Pump &amp; Compressor LLC, 8800 Clinton Dr, Houston, TX 77029, USA</td></tr>
<tr><th>To (supplier)</th><td>Estructuras y Skids de Monterrey S.A. de C.V., Av. Ruiz Cortines 4120, Guadalupe, N.L., Mexico</td></tr>
<tr><th>Order date</th><td>Tue, 4 Jun, 2024</td></tr>
<tr><th>Buyer</th><td>Tom Reilly &middot; treilly@bayoupump.com &middot; +1 713 555 0148</td></tr>
<tr><th>Payment terms</th><td>Net 45</td></tr>
<tr><th>Ship to</th><td>Bayou Pump &amp; Compressor, Dock 3, Houston TX - FCA Guadalupe N.L. (Incoterms 2020)</td></tr>
</table>
<h3>Line items</h3>
<table>
<tr><th>Line #</th><th>Part # / Description</th><th>Qty (Unit)</th><th>Need-by</th><th>Unit price</th><th>Subtotal</th></tr>
<tr><td>1</td><td>BP-AB-3612 Anchor bolt assembly, M36 x 1200 mm, ASTM F1554 Gr 105, HDG per ASTM F2329, with 2 heavy hex nuts A563 DH and plate washer 100x100x20</td><td>48 (SET)</td><td>15 Jul 2024</td><td>$186.40 USD</td><td>$8,947.20 USD</td></tr>
<tr><td>2</td><td>BP-TPL-3612 Anchor bolt setting template, 3/8" plate, match drilled</td><td>6 (EA)</td><td>15 Jul 2024</td><td>$92.00 USD</td><td>$552.00 USD</td></tr>
</table>
<p><b>Total:</b> $9,499.20 USD</p>
<h3>Comments</h3>
<div class="note">This purchase order covers the full requirement for the Pecos compressor station foundations:
48 anchor bolt sets and 6 templates. There is no sample stage and no further quantity. Please proceed with
manufacture of all 48 sets and all 6 templates and ship complete.</div>
<p>Certification: mill test reports per EN 10204 3.1 for bar and nuts, galvanizing certificate, thread gauge report.
Marking: grade mark "105" and heat code on each rod end, per F1554 section 18.</p>
<p>Packing: bundles of max. 12 sets, color-coded per F1554 Table 7 (Grade 105 = red), crated for truck transport.</p>
<p style="color:#666">This order is subject to Bayou Pump &amp; Compressor Terms and Conditions of Purchase rev. 2022-1.</p>
""")
case("c05_full_quantity_po_proceed_all", [],
     "full-quantity PO (48 sets + 6 templates), no sample stage, no balance; 'proceed' is scoped to the full quantity",
     [("PO_31-7744.html", _c05)])


# c06: explicit recorded auto-conversion ----------------------------------------------------
_c06 = pdf([
    ("h1", "PURCHASE ORDER 4700023990 - SCOPE AND AUTO-CONVERSION AGREEMENT"),
    ("p", "Solaris Seguidores S.L., Poligono Plaza, Calle Bari 33, 50197 Zaragoza, Spain"),
    ("p", "Supplier: Hai Phong Steel Fabrication JSC, Lot B4, Dinh Vu Industrial Zone, Hai Phong, Viet Nam"),
    ("p", "Date: 14/05/2024 - Buyer: Lucia Ferrer - Reference quotation: HPSF-QT-2404-118"),
    ("sp",),
    ("table", [
        ["Line", "Item", "Qty", "Scope", "Unit price", "Amount"],
        ["10", "TTC-80 torque tube clamp rev B, S420MC, HDG 85 um", "5 pcs", "sample", "EUR 96,00", "EUR 480,00"],
        ["20", "TTC-80 torque tube clamp rev B, S420MC, HDG 85 um", "1.995 pcs", "production - conditional, see clause 3",
         "EUR 18,40", "EUR 36.708,00"],
    ]),
    ("sp",),
    ("h", "1. Active quantity"),
    ("p", "Active now: line 10, five (5) sample clamps. Nothing beyond the 5 samples may be produced, and no "
          "material may be bought for line 20, until the condition in clause 3 is met."),
    ("h", "2. Balance"),
    ("p", "Line 20 (1.995 pcs) is not released at the date of this order. It stays on hold until the sample "
          "sign-off described in clause 3 is recorded."),
    ("h", "3. Auto-conversion (recorded agreement)"),
    ("p", "Solaris and Hai Phong Steel Fabrication agree that an approved sample sign-off releases line 20 "
          "(1.995 pcs) by itself, without a further release document. Conditions: (a) the sign-off is issued in "
          "writing on form SQ-17 by Solaris Quality (Pilar Navarro, Supplier Quality Engineer); (b) it carries the "
          "disposition 'approved' without restriction - an interim or a rejected disposition releases nothing; "
          "(c) it references drawing TTC-80 rev B and the 5 samples of line 10."),
    ("p", "Authorized by: Javier Ortega, Supply Chain Manager (release authority up to EUR 400.000), on 14/05/2024. "
          "Hai Phong Steel Fabrication acknowledges this clause: Nguyen Van Minh, Project Manager, 15/05/2024."),
    ("h", "4. Material authority"),
    ("p", "Sample-only until the SQ-17 sign-off of clause 3 is recorded; from that date, material for line 20."),
    ("h", "5. Delivery"),
    ("p", "Samples by air to Zaragoza, CPT. Production by sea, CIF Valencia, in 40' containers of max. 26.000 kg."),
], title="PO 4700023990", author="Solaris Seguidores")
case("c06_explicit_auto_conversion", [],
     "explicit recorded auto-conversion: quantity 1.995, signer Javier Ortega, form/disposition conditions; 5 samples active",
     [("PO_4700023990_scope.pdf", _c06)])


# c07: SAP call-off with explicit staged material authority above the released quantity ----
_c07 = """TUPA ENERGIA EQUIPAMENTOS LTDA                                    PAGE 1 OF 1
Rod. Dom Pedro I, km 127 - Campinas/SP - CNPJ 12.345.678/0001-90
------------------------------------------------------------------------------------
CALL-OFF / LIBERACAO DE ENTREGA          CONTRACT 4600001287    CALL-OFF NO. 02
DATE 10.06.2024                          SUPPLIER 300418
ESTRUTURAS Y SKIDS DE MONTERREY S.A. DE C.V. - GUADALUPE N.L. - MEXICO
------------------------------------------------------------------------------------
ITEM  MATERIAL        DESCRIPTION                          QTY   UN  DELIV.DATE
0010  BF-220-HDG      BASE FRAME BF-220 PUMP SET 75KW        40   PC  26.07.2024
                      WELDED S275JR, HEB 160 / PL 12, HDG
------------------------------------------------------------------------------------
CONTRACT QUANTITY (4600001287)                              280   PC
CALL-OFF 01 (DELIVERED 05/2024)                              40   PC
CALL-OFF 02 (THIS DOCUMENT)  - RELEASED FOR PRODUCTION       40   PC
CUMULATIVE RELEASED                                          80   PC
NOT RELEASED / ON HOLD                                      200   PC
------------------------------------------------------------------------------------
NOTES:
1. THIS CALL-OFF RELEASES 40 PC (ITEM 0010) FOR PRODUCTION. THE REMAINING 200 PC OF
   THE CONTRACT ARE NOT RELEASED. THEY ARE RELEASED ONLY BY A FURTHER CALL-OFF
   (NO. 03 OR LATER) SIGNED BY CAMILA RIBEIRO, GERENTE DE SUPRIMENTOS.
2. MATERIAL AUTHORITY: STAGED. SUPPLIER MAY PURCHASE HEB 160 BEAMS AND PL 12 PLATE
   FOR UP TO 120 PC OF BF-220 IN TOTAL (CUMULATIVE, INCL. CALL-OFFS 01 AND 02).
   TUPA ACCEPTS LIABILITY FOR THAT MATERIAL UP TO 120 PC. STAGED MATERIAL DOES
   NOT AUTHORIZE CUTTING, WELDING OR GALVANIZING BEYOND THE 80 PC RELEASED.
3. HDG PER ISO 1461, MIN. 85 UM. WELDING PER ISO 3834-3, WPS ON FILE.
4. DELIVERY FCA GUADALUPE N.L. (INCOTERMS 2020), FORWARDER: TRANSPORTES DEL NORTE.
------------------------------------------------------------------------------------
BUYER: RAFAEL SOUZA  TEL +55 19 3301 4477   E-MAIL rafael.souza@tupaenergia.com.br
SIGNED: CAMILA RIBEIRO - GERENTE DE SUPRIMENTOS                      10.06.2024
------------------------------------------------------------------------------------
"""
case("c07_calloff_staged_material", [],
     "call-off releases 40 (cum. 80), 200 on hold until further call-off signed by Camila Ribeiro; explicit staged material up to 120",
     [("CALLOFF_4600001287_02.txt", _c07)])
# c08: supplier: the deposit does not release production; buyer scope quoted -------------
_c08_quoted = """From: Tom Reilly <treilly@bayoupump.com>
Sent: Tuesday, May 21, 2024 4:37 PM
To: Alejandro Ruiz <aruiz@forjasdelbajio.mx>
Subject: PO 7781-BP - pump shaft forgings - first article

Alejandro,

PO 7781-BP is in your portal. Scope, so we're on the same page:

PO 7781-BP scope: 8 pcs first article only (line 1). Balance of 392 pcs is on hold and not
released. It will be released only in writing by Angela Price, Procurement Director, after our
SQE (Dwayne Foster) has signed off the FAI report. Material: FAI quantity only.

Line 2 is the forging die set; the 30% deposit on the PO covers dies and FAI pieces.

Thanks,
Tom"""
_c08_text = """Hi Tom,

Confirming receipt of the 30% deposit (USD 11,040.00, your wire ref. BPC-240604-17) on PO 7781-BP
today. Thank you.

For the record, and so nobody on our side reads it differently: the deposit covers the forging dies
and the 8 first-article pieces. It does not release production of the remaining 392 shaft blanks.
Our planner has the 392 blocked in our ERP, and we will not cut billet for them until we receive the
written production release from Angela Price after your FAI sign-off.

Status of the FAI pieces (AISI 4140, heat 24B-3317):
- forging: done 31 May
- quench and temper: Friday 7 June, target 28-32 HRC
- UT per ASTM A388 and MT: week 24
- FAI package (dimensional, MTR 3.1, hardness map): week 25

Dies are stored at our Querétaro plant under your asset tag BPC-T-0912.

Saludos,
""" + sig("Alejandro Ruiz", "Gerente de Proyectos", "Forjas del Bajío S.A. de C.V., Querétaro", "+52 442 215 8830") + "\n" + q(_c08_quoted)
_c08_mail = mail("Alejandro Ruiz <aruiz@forjasdelbajio.mx>", "Tom Reilly <treilly@bayoupump.com>",
                 "RE: PO 7781-BP - pump shaft forgings - first article", "Tue, 04 Jun 2024 18:05:00 -0600",
                 _c08_text, in_reply_to="<h29-ref-7781@bayoupump.com>")
case("c08_deposit_does_not_release", [],
     "supplier: deposit covers dies + 8 FAI only, does not release the 392; buyer's quoted scope complete (Angela Price)",
     [("RE_PO_7781-BP.eml", eml(_c08_mail))])


# c09: multi-file: PDF PO + DOCX supplier acknowledgement restating the hold -----------------
_c09_po = pdf([
    ("h1", "Bestellung / Purchase Order 4501-2290"),
    ("p", "MWK Mittelspannungswerke Kassel GmbH - Sandershaeuser Str. 40 - 34123 Kassel - Germany"),
    ("p", "Lieferant / Supplier: Pomorskie Zaklady Metalowe Sp. z o.o., ul. Przemyslowa 12, 80-557 Gdansk, Poland"),
    ("p", "Datum / date: 17.06.2024 - Einkauf / buyer: Uwe Hartmann - Ihr Angebot / your offer: PZM/OF/24/311"),
    ("sp",),
    ("table", [
        ["Pos.", "Material", "Bezeichnung / description", "Menge / qty", "Preis / price"],
        ["10", "MWK-EH-24-P", "Enclosure, AIS panel 24 kV, 1250 A, prototype for type test", "2 St / pcs", "EUR 6.940,00"],
        ["20", "MWK-EH-24-J", "Welding jig and press brake tooling", "1 LE / lot", "EUR 8.200,00"],
    ]),
    ("sp",),
    ("h", "Umfang / scope"),
    ("p", "This order covers two (2) prototype enclosures for type testing per IEC 62271-200 at IPH Berlin, plus "
          "the jig and tooling of pos. 20. The 58 series enclosures listed in your offer are not released and not "
          "commercially covered by this order. They remain on hold until (1) the type test report has been signed "
          "off by MWK engineering and (2) Petra Lange, Leiterin Einkauf / Head of Purchasing, issues a written "
          "production release together with a revised purchase order. Material authority: prototypes only."),
    ("h", "Technische Anforderungen / technical requirements"),
    ("p", "Sheet DC01 2,0 mm and Aluzink AZ150 1,5 mm, powder coating RAL 7035 min. 60 um, internal arc "
          "classification IAC AFLR 25 kA 1 s (design value), IP 4X. Drawing set MWK-EH-24 rev 04."),
], title="PO 4501-2290", author="MWK Einkauf")
_c09_ack = docx_bytes([
    ("h1", "Order acknowledgement OA/2024/0715"),
    ("p", "Pomorskie Zakłady Metalowe Sp. z o.o. – ul. Przemysłowa 12, 80-557 Gdańsk – NIP 583-000-11-22"),
    ("p", "To: MWK Mittelspannungswerke Kassel GmbH, Mr Uwe Hartmann – your order 4501-2290 of 17.06.2024"),
    ("p", "Gdańsk, 19.06.2024"),
    ("table", [
        ["Pos.", "Description", "Qty", "Confirmed date"],
        ["10", "Prototype enclosure AIS 24 kV 1250 A (MWK-EH-24-P)", "2 pcs", "week 31/2024"],
        ["20", "Welding jig and press brake tooling", "1 lot", "week 29/2024"],
    ]),
    ("p", "We confirm your order as written. We understand that the remaining 58 series enclosures from our offer "
          "PZM/OF/24/311 are not released. We will not start them and will not order DC01 or Aluzink sheet for them "
          "until we receive the written production release of Ms Petra Lange and the revised purchase order, after "
          "the type test report has been signed off by MWK engineering."),
    ("p", "The two prototypes will be shipped to IPH Berlin directly; please send the test slot confirmation."),
    ("p", "Z poważaniem / Best regards"),
    ("p", "Katarzyna Wiśniewska, Key Account Manager, +48 58 340 12 19"),
], author="Katarzyna Wiśniewska")
case("c09_po_plus_ack_restating_hold", [],
     "PO: 2 prototypes, 58 on hold until type-test sign-off + written release by Petra Lange; supplier ack restates it",
     [("PO_4501-2290.pdf", _c09_po), ("OA_2024_0715.docx", _c09_ack)])


# c10: Oracle full-quantity PO full of identifiers that look like quantities -----------------
_c10 = """DECCAN SWITCHGEAR PVT. LTD.                                   PURCHASE ORDER
Plot 22, MIDC Chakan Phase II, Pune 410501, Maharashtra, India      Type: Standard
GSTIN 27AAACD1234F1Z5                                               PO No: 2100458871
                                                                    Revision: 0
                                                                    Status: OPEN
                                                                    Date: 05-JUN-2024
Supplier : NINGBO DONGFANG COPPER PRODUCTS CO., LTD  (Site: NINGBO-01, Supplier# 60218)
           No. 1250 Xiangyun Road, Beilun, Ningbo, Zhejiang, PR China
Ship-To  : DSW Plant 2 Stores, Chakan, Pune          Bill-To: DSW Accounts Payable, Pune
Buyer    : Priya Deshmukh                            Currency: USD   Terms: 30% TT / 70% CAD
Incoterms: CIF Nhava Sheva (Incoterms 2020)
-------------------------------------------------------------------------------------------
Ln  Item / Description                                   Qty UOM   Unit Price      Amount
-------------------------------------------------------------------------------------------
 1  DSW-BB-1250-630-40 Busbar Cu-ETP tinned 100x10 mm     24 EA       212.50     5,100.00
    1250 A main run, DRG 5000 Rev 12, L=2400 mm
    Need-by: 30-JUL-2024
 2  DSW-FL-630-16 Flexible link laminated 630 A           48 EA        64.80     3,110.40
    10 x 0.8 x 80 mm, DRG 5016 Rev 03
    Need-by: 30-JUL-2024
-------------------------------------------------------------------------------------------
                                                          Total USD               8,210.40
-------------------------------------------------------------------------------------------
Notes to supplier:
  a) This purchase order covers the full requirement for panel line LV-7 (project KDL-2024):
     24 busbars and 48 flexible links. There is no sample stage and no further quantity.
     Manufacture and ship the full quantities by the need-by dates.
  b) Material Cu-ETP (CW004A) per EN 13601, tin plating 8-12 um per DRG 5000 Rev 12 note 4.
  c) Testing: conductivity >= 57 MS/m, type-tested assembly per IEC 61439-1/-2 (our scope).
  d) Supplier QMS per ISO 9001:2015; certificates EN 10204 3.1 with each lot.
  e) Packing: wooden box, max 500 kg, each bar wrapped in VCI film, edges protected.
-------------------------------------------------------------------------------------------
Authorised signatory: R. Venkatesh, GM Purchase              Printed 05-JUN-2024 11:42 IST
"""
case("c10_oracle_full_qty_identifiers", [],
     "full-quantity PO (24 + 48), no balance; many identifiers that look like quantities (1250 A, DRG 5000 Rev 12, 2400 mm)",
     [("PO_2100458871.txt", _c10)])
# c11: scoped sample sign-off, explicitly not a production release ------------------------
_c11_text = """Dear Mr. Yılmaz,

Subject: PO 45-2291 – sample sign-off, globe valve body 6" CL600 (DRG ANP-VB-0612 Rev 2)

We have completed the review of the three (3) sample bodies, heat no. E24-1187:

  - Dimensional check: conforming, report ANP-DR-0612-01
  - Hydrostatic shell test at 153 bar, 3 minutes: no visible leakage
  - PMI (XRF): CF8M confirmed on all three
  - RT per ASME B16.34 App. I: two indications on sample 2, within acceptance

Sign-off: the three samples are accepted for dimensions and hydrotest only. This is a technical
disposition; it is not a production release.

Nothing beyond the 3 samples on PO 45-2291 is authorized. The remaining 147 bodies from your
quotation EGE-Q-24-090 stay on hold. They will be released only by a written production release
from Mr. Khalid Al-Otaibi, Procurement Manager, once he has reviewed the EN 10204 3.1 certificate
and our RT report. Please do not pour any further heats for this item until then.

The RT film for sample 2 will be returned with the next shipment.

Best regards,
""" + sig("Eng. Omar Haddad", "QA/QC Lead – Valves & Castings", "Al-Nakheel Process Equipment Co., Jubail Industrial City", "+966 13 340 2291")
_c11_mail = mail("Omar Haddad <o.haddad@alnakheel-pe.com.sa>", "Mehmet Yılmaz <mehmet.yilmaz@egedokum.com.tr>",
                 "PO 45-2291 - sample sign-off - globe valve body 6in CL600", "Wed, 05 Jun 2024 11:40:00 +0300",
                 _c11_text, html=txt2html(_c11_text),
                 cc="Faisal Al-Harbi <f.alharbi@alnakheel-pe.com.sa>, Khalid Al-Otaibi <k.alotaibi@alnakheel-pe.com.sa>")
case("c11_scoped_sample_signoff", [],
     "samples accepted for dimensions/hydrotest only, 'not a production release'; 3 active, 147 on hold until written release by Khalid Al-Otaibi",
     [("PO_45-2291_sample_signoff.eml", eml(_c11_mail))])


# c12: interim production release form with limits ------------------------------------------
_c12 = pdf([
    ("h1", "PRODUCTION RELEASE R-003 (INTERIM)"),
    ("p", "Nordvind Wind A/S - Supply Chain Castings - Esbjerg, Denmark"),
    ("p", "Supplier: Kolhapur Foundry Works Pvt. Ltd., Shiroli MIDC, Kolhapur 416122, India"),
    ("p", "Part: NV-51730 rev B yaw drive housing, EN-GJS-400-18U-LT - Purchase order 4500116020 revision 2"),
    ("sp",),
    ("table", [
        ["Field", "Value"],
        ["Production quantity quoted (KFW/Q/2024/0188)", "480 pcs"],
        ["Samples (PO line 10)", "6 pcs - delivered 02.05.2024"],
        ["Sample sign-off", "INTERIM - NCR-2024-0118 (core hardness 10 HB above max. on 2 of 6); "
                            "limit: 20 pcs, expiry 30.06.2024"],
        ["Production quantity released before this document", "0 pcs (the 6 samples are not part of the 480)"],
        ["Released with this document", "20 pcs (within the interim limit)"],
        ["Balance on hold", "460 pcs - not released"],
        ["Unlock event for the balance", "final sample sign-off after closure of NCR-2024-0118, "
                                         "followed by a further written production release"],
        ["Material authority", "material for the 20 pcs released here only"],
        ["Commercial cover", "PO 4500116020 rev 2, line 20: 20 pcs"],
    ]),
    ("sp",),
    ("p", "Conditions: the 20 pcs must be poured before 30.06.2024 and carry heat-treatment batch records. "
          "Each casting to be hardness tested at the core sample position per NV-QP-012."),
    ("sp",),
    ("p", "Released by: Lars Holm, Category Manager Castings (release authority EUR 150.000) - 04.06.2024"),
    ("p", "Second signature: Henrik Munk, Head of Supply Chain - 04.06.2024"),
    ("p", "Copy: Soren Dahl, SQE; Santosh Patil, Kolhapur Foundry Works"),
], title="Production Release R-003", author="Nordvind Wind A/S")
case("c12_interim_release_with_limits", [],
     "interim release: 20 of 480 within the interim limit, 460 on hold until final sign-off + further written release, named signers",
     [("Release_R-003_NV-51730.pdf", _c12)])


# c13: old quote forwarded as message/rfc822, declared informational ------------------------
_c13_old_text = """Dear Mr. Brandt,

Thank you for your enquiry LPPV-RFQ-2023-052 for the Odessa project.

Our offer for stud bolt sets, ASTM A193 B7 studs with 2 x A194 2H heavy hex nuts, PTFE coated:

  Size 1-1/8"-8UN x 9"     5,000 sets   USD 7.85 / set
  Size 1-1/4"-8UN x 10"    2,000 sets   USD 9.60 / set

Delivery 6 weeks from order, CIF Houston. Validity 60 days.

Regards,
Vivek Raman
Sundaram Bolts & Studs Pvt. Ltd., Ambattur, Chennai
"""
_c13_old = mail("Vivek Raman <vivek@sundarambolts.in>", "Kyle Brandt <kbrandt@loneprairiepv.com>",
                "Offer SBS/OF/23/0744 - stud bolts - Odessa project", "Thu, 14 Sep 2023 10:20:00 +0530",
                _c13_old_text)
_c13_text = """Vivek,

Forwarding your 2023 offer (attached) only so your new planner has the material and coating
references. The 5,000 and 2,000 sets in that offer belonged to the old Odessa project; they are
informational only. Nothing from that offer is ordered or released.

What is live: PO 31-0447 covers 50 stud bolt sets, 1-1/8"-8UN x 9", B7/2H, PTFE coated, for our
lab test program (coating adhesion and salt spray per ASTM B117). That's the only quantity you
should make.

There is no balance released. Any further quantity would need (1) the lab test sign-off by our
QA engineer and (2) a written release from Denise Owens, Materials Manager, on a new PO.

Need the 50 sets in Tulsa by July 12. Ship UPS Ground from your Houston stock point.

Thanks,
""" + sig("Kyle Brandt", "Purchasing Agent", "Lone Prairie Pressure Vessels Inc., Tulsa, OK", "+1 918 555 0173")
_c13_mail = mail("Kyle Brandt <kbrandt@loneprairiepv.com>", "Vivek Raman <vivek@sundarambolts.in>",
                 "FW: Offer SBS/OF/23/0744 - stud bolts - for reference only / PO 31-0447",
                 "Mon, 10 Jun 2024 08:15:00 -0500", _c13_text, attachments=[("rfc822", _c13_old)])
case("c13_old_quote_forwarded_informational", [],
     "old 5,000-set offer forwarded as rfc822 and declared informational; PO 31-0447 = 50 sets, no balance released, sign-off + Denise Owens",
     [("FW_Offer_SBS-OF-23-0744.eml", eml(_c13_mail))])


# c14: quoted supplier assumption of auto-conversion, buyer corrects it ---------------------
_c14_quoted = """From: Mehmet Yılmaz <mehmet.yilmaz@egedokum.com.tr>
Sent: 11 June 2024 15:02
To: Anders Bech <abe@skovgaard-valves.dk>
Subject: PO 4500088190 - GVB-106 samples

Dear Anders,

The 6 sample bodies GVB-106 are machined and will be shipped Friday by truck, ETA Kolding
Wednesday.

To keep our foundry slot in week 30, once you approve the samples we will roll straight into the
294 series bodies. I hope this is ok for you.

Best regards
Mehmet"""
_c14_text = """Dear Mehmet,

Thanks for the update, Friday shipment is fine.

But no, please don't roll into the series. At Skovgaard a sample sign-off does not release
production. PO 4500088190 covers the 6 sample bodies only. The 294 series bodies remain on hold
until:

  1. our QA has signed off the samples (dimensional report, hydro test, PMI), and
  2. you have received a written production release from Helle Juhl, Head of Sourcing.

If the week-30 slot is at risk, tell me by Monday and I will ask Helle whether she can issue the
release quickly once the sign-off is done. The release has to be in writing before you pour.

Venlig hilsen / Best regards
""" + sig("Anders Bech", "Buyer, Castings", "Skovgaard Valves A/S, Kolding", "+45 75 50 31 12") + "\n\n" + q(_c14_quoted)
_c14_mail = mail("Anders Bech <abe@skovgaard-valves.dk>", "Mehmet Yılmaz <mehmet.yilmaz@egedokum.com.tr>",
                 "RE: PO 4500088190 - GVB-106 samples", "Tue, 11 Jun 2024 16:48:00 +0200", _c14_text,
                 cc="Helle Juhl <hju@skovgaard-valves.dk>", in_reply_to="<EGE-240611-1502@egedokum.com.tr>")
case("c14_buyer_corrects_supplier_autoconversion", [],
     "quoted supplier assumes roll into 294 after approval; buyer reply corrects: 6 only, 294 on hold until QA sign-off + Helle Juhl written release",
     [("RE_PO_4500088190_GVB-106.eml", eml(_c14_mail))])
# c15: deviation permit (concession) that changes no quantity -------------------------------
_c15 = docx_bytes([
    ("h1", "Deviation Permit / Concession DP-2024-031"),
    ("p", "Eólica del Ebro S.A. – Calidad de Proveedores / Supplier Quality – Polígono Cantabria II, 26009 Logroño"),
    ("table", [
        ["Field", "Entry"],
        ["Supplier", "Bursa Flanş Makina A.Ş., Bursa, Türkiye"],
        ["Purchase order", "4500211870, line 10 (FAI flanges)"],
        ["Part", "Tower L-flange top segment, Ø 4.300 mm, drawing EE-TF-4300-03 rev 2"],
        ["Serial numbers concerned", "BF-24-0588-01, -02, -03, -04"],
        ["Requirement", "Flatness of flange face ≤ 0,5 mm (IEC 61400-6, drawing note 7)"],
        ["Actual", "0,58 mm / 0,61 mm / 0,52 mm / 0,55 mm (CMM report BF-CMM-0588)"],
        ["Disposition", "Use-as-is under concession for the four serial numbers above; "
                        "pre-tension check at tower assembly per EE-WI-221"],
        ["Corrective action", "Supplier to revise final machining clamping (8 clamps instead of 6), 8D due 12.07.2024"],
    ]),
    ("h", "Effect on quantities"),
    ("p", "This concession concerns the four FAI flanges listed above only. It does not change the ordered or the "
          "released quantity and it is not a production release."),
    ("p", "Release status, unchanged: PO 4500211870 covers the four (4) FAI flanges. The balance of 56 series "
          "flanges is not released and stays on hold until the FAI sign-off (which this concession allows to be "
          "completed) and a written production release signed by Iñigo Etxeberria, Procurement Manager."),
    ("sp",),
    ("p", "Issued: Nerea Sáenz, Supplier Quality Engineer, 18.06.2024"),
    ("p", "Acknowledged for the supplier: Ayşe Demir, Bursa Flanş Makina, 19.06.2024"),
], author="Nerea Sáenz")
case("c15_deviation_permit_no_qty_change", [],
     "concession for 4 FAI serials only; states release status unchanged: 4 active, 56 on hold until FAI sign-off + Inigo Etxeberria release",
     [("DP-2024-031_concession.docx", _c15)])


# c16: Teams export, scoped "go ahead with the 2 prototype skids only" -----------------------
_c16_rows = [
    ("Sofía Garza", "10/06/2024 15:02", "Hola Rafael, thanks for the call. Can you confirm in writing what we agreed so I can open the job?"),
    ("Rafael Souza", "10/06/2024 15:05", "Sure. PO 4500-7731 is in the portal."),
    ("Rafael Souza", "10/06/2024 15:07", "To confirm what we agreed: go ahead with the 2 prototype skids BPS-75 only. Skids 3 to 12 are not released. They wait for the FAT sign-off of the prototypes in Guadalupe and a revised PO signed by Camila Ribeiro (Gerente de Suprimentos). Material only for the 2 prototypes, please."),
    ("Sofía Garza", "10/06/2024 15:11", "Entendido. 2 prototypes only, 10 on hold, no steel for them until the revised PO from Camila."),
    ("Rafael Souza", "10/06/2024 15:12", "Perfect. Nozzle orientation per P&ID rev 5, I sent the marked-up GA this morning."),
    ("Sofía Garza", "10/06/2024 15:20", "Got it. Paint system: you want N-2680 or the ISO 12944 C4-H system from the spec?"),
    ("Rafael Souza", "10/06/2024 15:26", "ISO 12944 C4-H, RAL 5015 for the frame, pumps stay in manufacturer colour."),
    ("Sofía Garza", "10/06/2024 15:31", "OK. FAT date proposal: week 33, we will send the FAT procedure 2 weeks before."),
    ("Rafael Souza", "10/06/2024 15:33", "Week 33 works. Our inspector will be Eng. Bruno Tavares."),
]
_c16 = html_page("Microsoft Teams – chat export", "<h3>Chat: Tupã / ESM – BPS-75 booster skids</h3>\n<table>\n<tr><th>From</th><th>Sent</th><th>Message</th></tr>\n"
                 + "\n".join(f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td>{escape(c)}</td></tr>" for a, b, c in _c16_rows)
                 + "\n</table>\n<p style=\"color:#777\">Exported 11/06/2024 by rafael.souza@tupaenergia.com.br</p>")
case("c16_teams_scoped_goahead_prototypes", [],
     "'go ahead with the 2 prototype skids only'; 3-12 on hold until FAT sign-off + revised PO signed by Camila Ribeiro",
     [("Teams_chat_BPS-75.html", _c16)])


# c17: multi-file: full-quantity PO for 2 vessels + ITP with hold points ---------------------
_c17_po = pdf([
    ("h1", "PURCHASE ORDER ANP-PO-45-2330"),
    ("p", "Al-Nakheel Process Equipment Co. - P.O. Box 10344, Jubail Industrial City 31961, Kingdom of Saudi Arabia"),
    ("p", "Vendor: Hazira Process Vessels Pvt. Ltd., Plot 7, GIDC Hazira, Surat 394270, Gujarat, India"),
    ("p", "Date: 02/06/2024 - Buyer: Faisal Al-Harbi - Project: Ras Tanura condensate upgrade (RTC-2)"),
    ("sp",),
    ("table", [
        ["Item", "Tag / description", "Qty", "Unit price (SAR)", "Total (SAR)"],
        ["1", "V-2101 A/B Three-phase separator, 1.800 ID x 6.000 T/T, SA-516-70N, design 20 barg / 120 C, ASME VIII Div. 1, U-stamp",
         "2 EA", "684.000,00", "1.368.000,00"],
        ["2", "Manufacturer data report and final documentation (MDR)", "1 LOT", "included", "-"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This order covers the full quantity of two (2) vessels, V-2101 A and V-2101 B. There is no sample or "
          "prototype stage and no further quantity. Manufacture both vessels per the issued-for-construction (IFC) "
          "drawings listed in the VDRL once the ITP in attachment 2 has been signed by all parties."),
    ("p", "Inspection: per ITP HPV-ITP-2330 rev 1 (attachment 2). Third-party inspection: Bureau Veritas, Mumbai."),
    ("p", "Delivery: FOB Hazira port, week 44/2024. Liquidated damages per GPC clause 17."),
], title="PO ANP-PO-45-2330", author="Al-Nakheel Procurement")
_c17_itp = pdf([
    ("h1", "INSPECTION AND TEST PLAN HPV-ITP-2330 rev 1"),
    ("p", "Vessels V-2101 A/B - PO ANP-PO-45-2330 - Hazira Process Vessels Pvt. Ltd."),
    ("p", "Legend: H = hold point (work stops at this step until the TPI inspector and Al-Nakheel QA/QC have signed the "
          "ITP line); W = witness (notified 48 h in advance, work may continue if not attended); R = document review."),
    ("table", [
        ["No.", "Activity", "Reference", "HPV", "TPI", "ANP"],
        ["1", "Review of WPS / PQR / WPQ", "ASME IX", "R", "R", "R"],
        ["2", "Plate identification and transfer of heat numbers", "SA-516-70N, MTC 3.1", "H", "W", "R"],
        ["3", "Fit-up of longitudinal and circumferential seams", "DRG HPV-2330-01", "W", "W", "-"],
        ["4", "Radiography 100% of butt welds", "ASME VIII UW-51", "H", "R", "R"],
        ["5", "Post-weld heat treatment chart", "UCS-56", "H", "R", "R"],
        ["6", "Hydrostatic test 1.3 x MAWP", "UG-99", "H", "H", "W"],
        ["7", "Painting DFT and holiday test", "SAES-H-001, APCS-2A", "W", "W", "R"],
        ["8", "Final inspection, nameplate and MDR review", "U-1A", "H", "H", "H"],
    ]),
    ("sp",),
    ("p", "Prepared: K. Parmar (QC Manager, HPV). Reviewed: Bureau Veritas. Reviewed: Eng. Omar Haddad (Al-Nakheel QA/QC)."),
], title="ITP HPV-ITP-2330", author="Hazira Process Vessels")
case("c17_full_qty_po_plus_itp", [],
     "full-quantity PO for 2 vessels (no balance) plus ITP with hold points; nothing partial",
     [("PO_ANP-PO-45-2330.pdf", _c17_po), ("ITP_HPV-ITP-2330_rev1.pdf", _c17_itp)])
# c18: tender clarification register (pre-award), answers rule out auto-conversion -----------
_c18 = docx_bytes([
    ("h1", "Tender Clarification Register TC-ANP-2024-019"),
    ("p", "Tender: ANP-T-2024-019 – Chemical injection skids CIS-201 (1 FAT skid + 5 production skids)"),
    ("p", "Bidder: Vadodara Process Skids Pvt. Ltd. – Clarification round 2 – Issued 27/05/2024 by Al-Nakheel Procurement"),
    ("table", [
        ["No.", "Bidder question", "Al-Nakheel answer"],
        ["1", "Is SS316L tubing 1/2\" x 0.049\" acceptable instead of 0.065\" wall?",
         "No. Keep 0.065\" wall per data sheet DS-CIS-201 rev 3."],
        ["2", "Can the dosing pumps be supplied from our standard vendor list (Milton Roy, LEWA, ProMinent)?",
         "Any of the three makes listed in the tender is acceptable; state make and model in the technical bid."],
        ["3", "Will the award of the FAT skid automatically extend to the 5 production skids if the FAT is passed?",
         "No. The letter of award will cover one (1) FAT skid only. The 5 production skids will be released only by "
         "a separate written production release, signed by Khalid Al-Otaibi, Procurement Manager, after FAT sign-off "
         "by Al-Nakheel QA/QC."],
        ["4", "Can the bidder buy long-lead items (pumps, SS316L tubing) for all 6 skids at award to protect the schedule?",
         "No. Long-lead purchasing at Al-Nakheel's liability is limited to the FAT skid, unless a staged material "
         "authority with a stated quantity is issued in writing."],
        ["5", "Is Saudi content (IKTVA) reporting required at bid stage?",
         "Yes, use form IK-03. Score weighting 10 %."],
    ]),
    ("p", "All other tender conditions remain unchanged. Bid closing date: 16/06/2024, 14:00 AST, via the e-tendering portal."),
], author="Al-Nakheel Procurement")
case("c18_tender_clarification_no_auto", [],
     "pre-award clarifications: award = 1 FAT skid only, 5 released only by written release of Khalid Al-Otaibi; no authorization yet",
     [("TC-ANP-2024-019_clarifications.docx", _c18)])


# c19: supplier expediting report, series not started ---------------------------------------
_c19 = pdf([
    ("h1", "EXPEDITING REPORT No. 07 - week 24/2024"),
    ("p", "Bursa Flans Makina A.S. for Eolica del Ebro S.A. - PO 4500211870 - Tower L-flange top segment, "
          "drawing EE-TF-4300-03 rev 2"),
    ("p", "Prepared by: Ayse Demir, Project Manager - Distribution: Marta Gil (Eolica del Ebro), Nerea Saenz (SQE)"),
    ("sp",),
    ("h", "1. FAI flanges (4 pcs, covered by the PO)"),
    ("table", [
        ["Step", "Plan", "Actual", "Status"],
        ["Forged rings received (heat 24-H-4471)", "wk 19", "wk 19", "done"],
        ["Ring rolling / heat treatment (N)", "wk 20", "wk 21", "done"],
        ["Rough machining", "wk 22", "wk 22", "done"],
        ["Final machining", "wk 23", "wk 24", "2 of 4 done"],
        ["UT / MT", "wk 24", "wk 25", "planned"],
        ["FAI report to Eolica del Ebro", "wk 25", "wk 26", "planned"],
    ]),
    ("sp",),
    ("h", "2. Series flanges (56 pcs)"),
    ("p", "Not released. Status: not started. No forgings have been ordered for the series and no capacity has "
          "been booked at the forge. We are waiting for your FAI sign-off and for the written production release "
          "from Mr Inigo Etxeberria, as stated in the PO."),
    ("h", "3. Open points"),
    ("p", "a) Flatness on FAI rings 01 and 02 above 0,5 mm - see concession request DP-2024-031. "
          "b) Please confirm the marking position (12 o'clock vs. bolt hole 1). "
          "c) Sea freight booking Gemlik - Bilbao to be confirmed for week 28."),
], title="Expediting report 07", author="Bursa Flans Makina")
case("c19_supplier_expediting_report_series_not_started", [],
     "supplier status report: 4 FAI in progress, 56 series not released, not started, no material ordered",
     [("Expediting_Report_07_PO4500211870.pdf", _c19)])


# c20: Notice to Proceed with scoped wording ------------------------------------------------
_c20 = docx_bytes([
    ("h1", "NOTICE TO PROCEED"),
    ("p", "Ref.: ANP/PROC/NTP/2024/044 – Date: 09/06/2024"),
    ("p", "To: Vadodara Process Skids Pvt. Ltd., Makarpura GIDC, Vadodara 390010, Gujarat, India – Attn.: Mr. Nikhil Shah"),
    ("p", "Project: Jafurah fuel gas conditioning skids FGC-101 A–D – Contract ANP-C-2024-0611"),
    ("p", "Dear Mr. Shah,"),
    ("p", "Al-Nakheel Process Equipment Co. hereby issues this Notice to Proceed for the following scope only:"),
    ("num", "detailed engineering and document submission per the SDRL (all four skids); and"),
    ("num", "fabrication of one (1) prototype skid, FGC-101A."),
    ("p", "Skids FGC-101B, FGC-101C and FGC-101D (three units) are not released under this Notice. They remain on "
          "hold until the factory acceptance test of the prototype has been witnessed and signed off by Al-Nakheel "
          "QA/QC, and a separate written Production Release signed by Mr. Khalid Al-Otaibi, Procurement Manager, "
          "has been issued to you."),
    ("p", "Material: long-lead and bulk material for the prototype quantity only. No orders for skids B to D."),
    ("p", "Please acknowledge receipt of this Notice within three (3) working days and submit the level-3 schedule "
          "with the first document transmittal."),
    ("sp",),
    ("p", "Yours faithfully,"),
    ("p", "Faisal Al-Harbi, Senior Buyer – for Al-Nakheel Process Equipment Co."),
    ("p", "cc: Khalid Al-Otaibi, Procurement Manager; Eng. Omar Haddad, QA/QC"),
], author="Faisal Al-Harbi")
case("c20_notice_to_proceed_scoped", [],
     "NTP scoped to engineering + 1 prototype skid; 3 skids on hold until FAT sign-off + written release by Khalid Al-Otaibi",
     [("NTP_ANP-PROC-NTP-2024-044.docx", _c20)])


# c21: multi-file: sample PO rev 0 + later release letter that reconciles cumulative quantities
_c21_po = """DECCAN SWITCHGEAR PVT. LTD.                                   PURCHASE ORDER
Plot 22, MIDC Chakan Phase II, Pune 410501, Maharashtra, India      Type: Standard
                                                                    PO No: 2100461130
                                                                    Revision: 0
                                                                    Date: 13-MAY-2024
Supplier : BINH DUONG ENCLOSURE CO., LTD (Supplier# 60377)
           Lot C-12, VSIP II, Thu Dau Mot, Binh Duong, Viet Nam
Buyer    : Priya Deshmukh                 Currency: USD     Incoterms: FOB Cat Lai
-------------------------------------------------------------------------------------------
Ln  Item / Description                                   Qty UOM   Unit Price      Amount
-------------------------------------------------------------------------------------------
 1  DSW-RMU-K11 Kiosk enclosure for RMU, SS304,            6 EA       880.00     5,280.00
    IP54, 2 mm, DRG 7110 Rev B - FIRST ARTICLE
-------------------------------------------------------------------------------------------
Notes to supplier:
  a) This PO covers 6 first-article enclosures only.
  b) The balance of 94 enclosures from your quotation BDE-Q-2404-31 is NOT released and
     is on hold. It will be released only in writing by R. Venkatesh, GM Purchase, after
     FAI sign-off by DSW QC, with a PO revision covering the released quantity.
  c) Material authority: FAI quantity only.
-------------------------------------------------------------------------------------------
Authorised signatory: R. Venkatesh, GM Purchase              Printed 13-MAY-2024 16:05 IST
"""
_c21_rel = pdf([
    ("h1", "PRODUCTION RELEASE PR-DSW-2024-017"),
    ("p", "Deccan Switchgear Pvt. Ltd., Pune - to Binh Duong Enclosure Co., Ltd - date 24-JUN-2024"),
    ("p", "Part: DSW-RMU-K11 kiosk enclosure, DRG 7110 Rev B"),
    ("sp",),
    ("p", "Following the FAI sign-off of 21-JUN-2024 (report QA/FAI/117, signed Arjun Kulkarni, QC) and PO "
          "2100461130 revision 1, which adds line 2 for 94 enclosures, I hereby release ninety-four (94) enclosures "
          "for production."),
    ("table", [
        ["", "Qty"],
        ["First article (PO line 1, revision 0)", "6"],
        ["Released with this document (PO line 2, revision 1)", "94"],
        ["Cumulative released", "100"],
        ["Balance on hold after this release", "0"],
    ]),
    ("p", "Material authority: material for the 94 enclosures released here."),
    ("p", "Delivery: 3 lots of 32/32/30 pcs, FOB Cat Lai, first lot week 32."),
    ("sp",),
    ("p", "R. Venkatesh, GM Purchase, Deccan Switchgear Pvt. Ltd."),
], title="Production Release PR-DSW-2024-017", author="Deccan Switchgear")
case("c21_sample_po_then_release_letter", [],
     "PO rev 0: 6 FAI, 94 on hold (Venkatesh); later release letter releases 94 after sign-off with PO rev 1; cumulative 100 reconciled",
     [("PO_2100461130_rev0.txt", _c21_po), ("PR-DSW-2024-017.pdf", _c21_rel)])


# c22: German/English email, European number format, scope complete -------------------------
_c22_text = """Sehr geehrter Herr Chen, dear Mr Chen,

nachstehend unsere Bestellung 4501-2377 für die Kupferschienen MWK-CU-120-10.
As agreed on the phone, the order text follows in German and in English.

DE:
Die Bestellung 4501-2377 umfasst ausschließlich 10 Musterteile. Die Serienmenge von
1.000 Stück aus Ihrem Angebot NDC-2405-117 ist NICHT freigegeben und darf nicht gefertigt
werden. Die Serienmenge bleibt gesperrt, bis (1) unser Erstmusterprüfbericht (EMPB nach
VDA Band 2) abgezeichnet ist und (2) Frau Petra Lange, Leiterin Einkauf, eine schriftliche
Produktionsfreigabe erteilt hat. Materialbeschaffung: nur für die 10 Musterteile.

EN:
Order 4501-2377 covers 10 sample pieces only. The series quantity of 1,000 pcs in your offer
NDC-2405-117 is NOT released and must not be manufactured. It stays blocked until (1) our
initial sample inspection report (EMPB per VDA volume 2) has been signed off and (2) Ms Petra
Lange, Head of Purchasing, has issued a written production release. Material: for the 10
sample pieces only.

Technische Daten / technical data: Cu-ETP R240, 120 x 10 mm, Länge 1.250 mm, versilbert 5 µm
an den Kontaktflächen, Bohrbild nach Zeichnung MWK-CU-120-10 Index C. Prüfzeugnis 3.1 nach
EN 10204.

Liefertermin Muster / sample delivery: KW 30, DAP Kassel.

Mit freundlichen Grüßen / Kind regards
""" + sig("Uwe Hartmann", "Strategischer Einkauf / Strategic Buyer", "MWK Mittelspannungswerke Kassel GmbH", "+49 561 7005 4412")
_c22_mail = mail("Uwe Hartmann <uwe.hartmann@mwk-kassel.de>", "Kevin Chen <kevin.chen@ndcopper.com.cn>",
                 "Bestellung / PO 4501-2377 – Kupferschienen MWK-CU-120-10 – Muster / samples",
                 "Thu, 13 Jun 2024 10:31:00 +0200", _c22_text, html=txt2html(_c22_text),
                 cc="Petra Lange <petra.lange@mwk-kassel.de>")
case("c22_german_english_samples_european_numbers", [],
     "bilingual PO mail: 10 samples, series 1.000 (=1,000) not released, EMPB sign-off + written release by Petra Lange; 1.250 mm is a length",
     [("Bestellung_4501-2377.eml", eml(_c22_mail))])


# c23: Brazilian PO (PT/EN) with table, production quantity informational --------------------
_c23 = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER No 4500-7712"),
    ("p", "Tupa Energia Equipamentos Ltda - Rod. Dom Pedro I, km 127 - Campinas/SP - Brasil"),
    ("p", "Fornecedor / supplier: Coimbatore Pump Castings Pvt. Ltd., SIDCO Industrial Estate, Kurichi, "
          "Coimbatore 641021, India"),
    ("p", "Data / date: 07/06/2024 - Comprador / buyer: Rafael Souza - Proposta / quotation: CPC/Q/24/219"),
    ("sp",),
    ("table", [
        ["Item", "Descricao / description", "Qtd / qty", "Un", "Preco unit. (USD)", "Total (USD)"],
        ["10", "Modelo / pattern set, carcaca de bomba DES-TP-3381 Rev 04", "1", "JG / set", "4.850,00", "4.850,00"],
        ["20", "Carcaca de bomba / pump casing, ASTM A216 WCB, DN 150 PN 40 - AMOSTRA / SAMPLE", "2", "PC", "1.120,00", "2.240,00"],
    ]),
    ("sp",),
    ("h", "Observacoes / notes"),
    ("p", "PT: A quantidade de producao (60 pecas) cotada na proposta CPC/Q/24/219 e apenas informativa e NAO esta "
          "liberada por este pedido. O saldo fica bloqueado ate a aprovacao dimensional e do teste hidrostatico das "
          "2 amostras pela engenharia da Tupa e a liberacao de producao por escrito de Camila Ribeiro, Gerente de "
          "Suprimentos. Material: somente para as amostras."),
    ("p", "EN: The production quantity of 60 pcs quoted in CPC/Q/24/219 is informational only and is NOT released "
          "by this order. The balance stays on hold until Tupa engineering has signed off the dimensional check and "
          "hydrostatic test of the 2 samples and Camila Ribeiro, Gerente de Suprimentos (supply manager), has issued "
          "a written production release. Material: for the samples only."),
    ("p", "Hydrostatic test 1,5 x PN (60 bar), 10 min. Certificates EN 10204 3.1, radiography per ASTM E446 level 2."),
    ("p", "Entrega / delivery: CPT Viracopos (VCP), air freight, week 30."),
], title="Pedido 4500-7712", author="Tupa Energia")
case("c23_brazil_po_production_informational", [],
     "PT/EN PO: pattern + 2 samples; 60 pcs informational and not released, sign-off + written release by Camila Ribeiro",
     [("Pedido_4500-7712.pdf", _c23)])


# c24: DOCX PO with explicit staged material authority above the released quantity ----------
_c24 = docx_bytes([
    ("h1", "Pedido de compra / Purchase order 4500212051"),
    ("p", "Eólica del Ebro S.A. – Compras Proyectos – Polígono Cantabria II, 26009 Logroño, España"),
    ("p", "Supplier: Bursa Flanş Makina A.Ş., Demirtaş OSB, Bursa, Türkiye – quotation BF-Q-24-0612"),
    ("p", "Date: 20.06.2024 – Project buyer: Marta Gil – Project: Sierra de Cameros repowering (14 x 4,5 MW)"),
    ("table", [
        ["Line", "Item", "Qty", "Scope", "Unit price"],
        ["10", "Anchor cage template ring, Ø 4.800 mm, S355J2+N, drawing EE-AC-4800 rev 1", "4 pcs", "sample", "EUR 3.940,00"],
        ["20", "Forged ring blanks for template rings (material only)", "up to 40 pcs", "staged material", "EUR 1.610,00"],
    ]),
    ("h", "Scope of this order"),
    ("li", "Production released: the four (4) sample template rings of line 10 only."),
    ("li", "Balance: the other 36 template rings of quotation BF-Q-24-0612 are not released. They stay on hold until "
           "our dimensional sign-off of the four samples and a written production release signed by Iñigo "
           "Etxeberria, Procurement Manager."),
    ("li", "Material authority: STAGED. You may purchase forged ring blanks for up to 40 rings (4 + 36) at Eólica del "
           "Ebro's liability, to secure the forge slot in week 29. Buying the blanks does not release machining, "
           "drilling or coating of the 36 rings."),
    ("h", "Technical"),
    ("p", "Flatness ≤ 1,0 mm, bolt circle Ø 4.560 mm, 2 x 140 holes Ø 48 mm, HDG not required (embedded). "
          "Certificate EN 10204 3.1 per heat. Marking per EE-QS-005."),
    ("p", "Delivery: samples DAP Logroño week 33. Payment 60 days from delivery."),
], author="Marta Gil")
case("c24_staged_material_above_release", [],
     "4 samples released, 36 on hold until sign-off + Inigo Etxeberria release; explicit staged material authority up to 40 rings",
     [("PO_4500212051.docx", _c24)])


# c25: WhatsApp: supplier asks to lock copper for full batch, buyer declines -----------------
_c25 = """[18/06/2024, 11:02] Kevin Chen NDC: Dear Priya madam, good day
[18/06/2024, 11:03] Kevin Chen NDC: LME copper is going up again, 3rd week in a row. Can we buy Cu-ETP bar for the full 600 busbars now to lock the price?
[18/06/2024, 11:40] Priya Deshmukh DSW: Hi Kevin. No, copper for the 12 sample bars only please
[18/06/2024, 11:42] Priya Deshmukh DSW: PO 2100458990 is for a dozen sample busbars, 12 pcs. The other 588 are not released, they stay on hold till FAI sign-off by Arjun (QC) and a written release from R. Venkatesh, GM Purchase
[18/06/2024, 11:44] Priya Deshmukh DSW: If you want to lock the price, send me a formal proposal for staged material: how many bars, how many kg, cost, cancellation terms. I will put it to Venkatesh sir. Until he signs it, material is sample-only
[18/06/2024, 11:51] Kevin Chen NDC: OK understood. I will send proposal tomorrow. No copper for the 588 until then
[18/06/2024, 11:52] Kevin Chen NDC: Samples plating tomorrow, dispatch by DHL on 21st
[18/06/2024, 11:58] Priya Deshmukh DSW: 👍 pls send the AWB once booked. And the plating thickness report with the samples
"""
case("c25_whatsapp_copper_lock_declined", [],
     "supplier asks to buy copper for 600; buyer: 12 samples only, 588 on hold till FAI sign-off + Venkatesh written release, material sample-only",
     [("WhatsApp_Kevin_Chen_NDC.txt", _c25)])


# ======================================================================================
#                                   RISKY CASES
# ======================================================================================
# r01: sample PO mail + PO PDF + quote PDF with 294 series, nothing about the balance ---------
_r01_po = pdf([
    ("h1", "PURCHASE ORDER 4500088301"),
    ("p", "Skovgaard Valves A/S - Industrivej Nord 9 - DK-6000 Kolding"),
    ("p", "Supplier: Ege Dokum Sanayi A.S., Kemalpasa OSB, 35730 Izmir, Turkiye (vendor 20417)"),
    ("p", "Date: 28.05.2024 - Buyer: Anders Bech - Terms: 60 days net - DAP Kolding (Incoterms 2020)"),
    ("sp",),
    ("table", [
        ["Pos", "Item", "Qty", "Unit", "Price", "Value"],
        ["10", "GVB-104 gate valve body 4in CL300, ASTM A351 CF8M, drg GVB-104-D rev 3 - samples", "6", "PC",
         "EUR 640,00", "EUR 3.840,00"],
    ]),
    ("sp",),
    ("p", "Inspection documents: EN 10204 3.1, PMI report, RT of critical areas per ASME B16.34. "
          "Delivery week 27/2024."),
], title="PO 4500088301", author="Skovgaard Valves")
_r01_quote = pdf([
    ("h1", "QUOTATION EGE-Q-24-117"),
    ("p", "Ege Dokum Sanayi A.S. - Izmir - to Skovgaard Valves A/S, Mr Anders Bech - 14.05.2024"),
    ("table", [
        ["Item", "Qty", "Unit price", "Total", "Lead time"],
        ["GVB-104 body CF8M, sample lot", "6 pcs", "EUR 640,00", "EUR 3.840,00", "5 weeks"],
        ["GVB-104 body CF8M, series", "294 pcs", "EUR 412,00", "EUR 121.128,00", "8 weeks"],
        ["Pattern (aluminium, 2 cavities)", "1 set", "EUR 5.200,00", "EUR 5.200,00", "3 weeks"],
    ]),
    ("p", "Prices FCA Izmir. Surcharge for nickel above LME 18.000 USD/t. Validity 60 days."),
    ("p", "Mehmet Yilmaz, Export Sales Manager"),
], title="Quotation EGE-Q-24-117", author="Ege Dokum")
_r01_text = """Dear Mehmet,

Please find attached our PO 4500088301 for the sample bodies of the 4" gate valve body GVB-104
(CF8M), 6 pcs, according to your quotation EGE-Q-24-117, also attached.

Please confirm the delivery date for week 27 and send the pattern drawing for our records.

Venlig hilsen / Best regards
""" + sig("Anders Bech", "Buyer, Castings", "Skovgaard Valves A/S, Kolding", "+45 75 50 31 12")
_r01_mail = mail("Anders Bech <abe@skovgaard-valves.dk>", "Mehmet Yılmaz <mehmet.yilmaz@egedokum.com.tr>",
                 "PO 4500088301 - GVB-104 sample bodies", "Tue, 28 May 2024 13:20:00 +0200", _r01_text,
                 attachments=[("PO_4500088301.pdf", _r01_po, PDF_MT), ("EGE-Q-24-117.pdf", _r01_quote, PDF_MT)])
case("p01_sample_po_with_quote_no_scope", ["RG001", "RG003", "RG004", "RG005"],
     "6 samples ordered 'according to' attached quote with 294 series; nothing says series not released, no unlock event, no release person",
     [("PO_4500088301_mail.eml", eml(_r01_mail))])


# r02: DOCX PO: samples, offer reference lists 150 series castings, no hold ------------------
_r02 = docx_bytes([
    ("h1", "Bestellung / Purchase Order 4510-33871"),
    ("p", "Rheinland Trafo GmbH – Einkauf – Am Nordpark 7 – 41069 Mönchengladbach"),
    ("p", "An / to: Odlewnia Śląsk Sp. z o.o., ul. Portowa 8, 44-100 Gliwice, Polska – Lieferantennr. 71204"),
    ("p", "Datum: 29.05.2024 – Einkäufer / buyer: Jens Vogel – Zahlung: 45 Tage netto – Lieferung: DAP Mönchengladbach"),
    ("table", [
        ["Pos.", "Material", "Bezeichnung / description", "Menge", "ME", "Preis / EUR"],
        ["10", "RT-TC-2500-S", "Tank cover casting EN-GJL-250, for 2500 kVA unit – sample", "3", "ST", "1.280,00"],
        ["20", "RT-TC-2500-M", "Pattern / Modell, wood-epoxy, property of Rheinland Trafo", "1", "ST", "9.400,00"],
    ]),
    ("p", "Bezug / reference: your offer OS/2024/117 of 02.04.2024 (3 sample castings, 150 series castings, pattern)."),
    ("p", "Please deliver the samples in KW 28 with inspection certificate 3.1 per EN 10204 and a full dimensional report "
          "(all dimensions of drawing RT-TC-2500 Index D, CMM for the flange face)."),
    ("p", "The pattern remains the property of Rheinland Trafo GmbH and must be marked accordingly."),
    ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen, Stand 01/2023."),
], author="Jens Vogel")
case("p02_docx_po_offer_reference_series", ["RG001", "RG003", "RG004", "RG005"],
     "3 sample castings; reference line repeats the offer's 150 series castings; no hold, no unlock event, no release person",
     [("Bestellung_4510-33871.docx", _r02)])


# r03: Ariba-style HTML PO, pilot lot with 2,000 pcs project requirement beside it -----------
_r03 = html_page("Purchase Order 4700024410", """
<div style="color:#666">SAP Ariba Network &middot; Purchase Order &middot; New</div>
<h2>Purchase Order: 4700024410</h2>
<table>
<tr><th>Customer</th><td>Solaris Seguidores S.L., Calle Bari 33, 50197 Zaragoza, Spain</td></tr>
<tr><th>Supplier</th><td>Hai Phong Steel Fabrication JSC, Dinh Vu Industrial Zone, Hai Phong, Viet Nam</td></tr>
<tr><th>Order date</th><td>3 Jun 2024</td></tr>
<tr><th>Buyer</th><td>Lucía Ferrer (lferrer@solaris-seguidores.es)</td></tr>
<tr><th>Incoterms</th><td>CIF Valencia (Incoterms 2020)</td></tr>
</table>
<h3>Line items</h3>
<table>
<tr><th>Line</th><th>Part # / description</th><th>Qty</th><th>Unit</th><th>Need-by</th><th>Price</th></tr>
<tr><td>1</td><td>TTC-90 torque tube clamp rev A, S420MC, HDG 85 &micro;m &ndash; pilot lot for Zaragoza Fase II
(total project requirement 2k pcs)</td><td>20</td><td>EA</td><td>19 Jul 2024</td><td>EUR 22.10</td></tr>
</table>
<h3>Comments</h3>
<p>Supplier to follow quotation HPSF-QT-2405-131. Ship the pilot lot by sea with the next consolidation, packed on
one pallet, each clamp bagged. Include galvanizing certificate per ISO 1461 and the bolt torque test record.</p>
<p>Invoices to be submitted via Ariba only. Payment 60 days after invoice.</p>
""")
case("p03_ariba_pilot_lot_project_quantity", ["RG001", "RG003", "RG004", "RG005"],
     "20-pc pilot lot with 'total project requirement 2k pcs' beside it; no hold, no unlock event, no release person",
     [("PO_4700024410.html", _r03)])


# r04: multi-file: Oracle PO for 2 first-article casings + supplier quote with 118 production --
_r04_po = """BAYOU PUMP & COMPRESSOR LLC                                    PURCHASE ORDER
8800 Clinton Dr, Houston, TX 77029, USA                             Type: Standard
                                                                    PO No: 31-7795
                                                                    Revision: 0
                                                                    Date: 30-MAY-2024
Supplier : COIMBATORE PUMP CASTINGS PVT LTD (Supplier# 4471)
           SIDCO Industrial Estate, Kurichi, Coimbatore 641021, India
Ship-To  : Bayou Pump, Receiving Dock 1, Houston TX
Buyer    : Tom Reilly                     Currency: USD     Terms: Net 60
Incoterms: FOB Chennai (Incoterms 2020)
-------------------------------------------------------------------------------------------
Ln  Item / Description                                   Qty UOM   Unit Price      Amount
-------------------------------------------------------------------------------------------
 1  BP-VC-0806-13 Volute casing 8x6-13, ASTM A216 WCB       2 EA     2,180.00     4,360.00
    FIRST ARTICLE - DRG BP-VC-0806-13 REV E
 2  BP-VC-0806-13-P Pattern equipment                       1 LOT    6,900.00     6,900.00
-------------------------------------------------------------------------------------------
                                                          Total USD              11,260.00
-------------------------------------------------------------------------------------------
Notes to supplier:
  REF QUOTE CPC/Q/24/233 DATED 16-MAY-2024.
  FIRST ARTICLE INSPECTION PER AS9102 FORMAT, MTR EN 10204 3.1, RT PER ASTM E446 LVL 2.
  HYDROTEST 1.5 X MAWP (435 PSIG), 30 MIN HOLD.
-------------------------------------------------------------------------------------------
"""
_r04_quote = pdf([
    ("h1", "QUOTATION CPC/Q/24/233"),
    ("p", "Coimbatore Pump Castings Pvt. Ltd. - to Bayou Pump & Compressor LLC, Mr. Tom Reilly - 16.05.2024"),
    ("table", [
        ["Sl.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "Volute casing 8x6-13 WCB - first article", "2 nos", "2,180.00", "4,360.00"],
        ["2", "Volute casing 8x6-13 WCB - production lot", "118 nos", "1,465.00", "172,870.00"],
        ["3", "Pattern equipment (wood + resin cores)", "1 lot", "6,900.00", "6,900.00"],
    ]),
    ("p", "Delivery: first article 7 weeks, production lot 10 weeks. FOB Chennai."),
    ("p", "K. Senthilkumar, Marketing Manager"),
], title="Quotation CPC/Q/24/233", author="Coimbatore Pump Castings")
case("p04_oracle_po_plus_quote_production_lot", ["RG001", "RG003", "RG004", "RG005"],
     "PO: 2 first-article casings referencing quote; quote in folder shows 118-pc production lot; nothing on balance/unlock/release person",
     [("PO_31-7795.txt", _r04_po), ("Quote_CPC-Q-24-233.pdf", _r04_quote)])


# r05: mail with HTML table: 8 sample forgings + a "committed" annual forecast of 400 --------
_r05_text = """Alejandro,

PO 31-0455 is in the portal. Summary:

  LWN 6" CL300 sample forgings, SA-105N ....... 8 pcs (for PMI, hardness and impact test)
  Annual requirement 2025 ...................... 400 pcs (forecast, committed)

Please ship the 8 sample forgings by June 28, heat-treated (normalized) and with MTRs.

We're counting on you for the 400 next year - it's a committed number, so plan your hammer
capacity around it.

Thanks,
Kyle
""" + sig("Kyle Brandt", "Purchasing Agent", "Lone Prairie Pressure Vessels Inc., Tulsa, OK", "+1 918 555 0173")
_r05_html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Alejandro,</p>
<p>PO 31-0455 is in the portal. Summary:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Item</th><th>Qty</th><th>Notes</th></tr>
<tr><td>LWN 6&quot; CL300 sample forgings, SA-105N</td><td>8</td><td>for PMI, hardness and impact test</td></tr>
<tr><td>Annual requirement 2025</td><td>400</td><td>forecast, committed</td></tr>
</table>
<p>Please ship the 8 sample forgings by June 28, heat-treated (normalized) and with MTRs.</p>
<p>We're counting on you for the 400 next year - it's a committed number, so plan your hammer capacity around it.</p>
<p>Thanks,<br>Kyle</p>
<p style="color:#777;font-size:9pt">Kyle Brandt &middot; Purchasing Agent &middot; Lone Prairie Pressure Vessels Inc., Tulsa, OK &middot; +1 918 555 0173</p>
</body></html>
"""
_r05_mail = mail("Kyle Brandt <kbrandt@loneprairiepv.com>", "Alejandro Ruiz <aruiz@forjasdelbajio.mx>",
                 "PO 31-0455 - LWN 6in CL300 sample forgings", "Fri, 07 Jun 2024 10:48:00 -0500",
                 _r05_text, html=_r05_html)
case("p05_sample_forgings_committed_forecast", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "8 samples beside a 400-pc 'forecast, committed' annual figure; forecast written as commitment; no hold/unlock/release person",
     [("PO_31-0455_mail.eml", eml(_r05_mail))])


# r06: bare sample PO, no production mentioned at all ----------------------------------------
_r06 = pdf([
    ("h1", "PURCHASE ORDER 4500117590"),
    ("p", "Nordvind Wind A/S - Kvaersgade 14 - DK-6700 Esbjerg"),
    ("p", "Supplier: Kolhapur Foundry Works Pvt. Ltd., Shiroli MIDC, Kolhapur 416122, India (vendor 1005120)"),
    ("p", "PO date: 22.05.2024 - Buyer: Mette Kjaergaard - Payment: 60 days net - DAP Esbjerg (Incoterms 2020)"),
    ("sp",),
    ("table", [
        ["Line", "Material / description", "Qty", "Unit", "Unit price", "Net value"],
        ["10", "NV-60210 rev A hub adapter casting, EN-GJS-400-18U-LT - SAMPLE", "4", "PC", "EUR 2.310,00", "EUR 9.240,00"],
    ]),
    ("sp",),
    ("h", "Order note"),
    ("p", "Samples for first article inspection at Nordvind Esbjerg. Include EN 10204 3.1 certificates, UT report "
          "per EN 12680-3, MT report per EN 1369 and a dimensional report on all 4 castings. Mark each casting with "
          "heat number and sample number S1-S4."),
    ("h", "Delivery"),
    ("p", "Arrival Esbjerg week 33/2024. Sea freight via Nhava Sheva - Aarhus acceptable if ETA is met."),
], title="PO 4500117590", author="Nordvind Wind A/S")
case("p06_bare_sample_po", ["RG003", "RG004", "RG005"],
     "sample PO for 4 castings; never says anything beyond the samples is not released, no unlock event, no release person",
     [("PO_4500117590.pdf", _r06)])


# r07: WhatsApp: "ok start the prototypes", quantity never fixed -----------------------------
_r07 = """[05/06/2024, 8:31 a. m.] Sofía Garza (ESM): Good morning Kyle! Quote sent yesterday by email: prototype skid price for 1 or 2 units (the 2nd one -15%), plus the production price for 10 units. Any news?
[05/06/2024, 8:55 a. m.] Kyle Brandt: Morning Sofía, got it, thanks. PO number will be 31-0461, paperwork goes in the system tomorrow
[05/06/2024, 8:56 a. m.] Kyle Brandt: ok start the prototypes, we need them for the Midland job
[05/06/2024, 9:02 a. m.] Sofía Garza (ESM): Perfect 👍 we will open the job today. Saddle drawings rev B or rev C?
[05/06/2024, 9:10 a. m.] Kyle Brandt: rev C, the one with the longer wear plate
[05/06/2024, 9:11 a. m.] Sofía Garza (ESM): Ok. Paint? Same as last time, Carboguard 893 + Carbothane 134?
[05/06/2024, 9:15 a. m.] Kyle Brandt: yes same system
"""
case("p07_whatsapp_start_prototypes_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "'start the prototypes' while the quote left 1 or 2 open; production 10 never said on hold; no unlock event, no release person",
     [("WhatsApp Chat - Sofia Garza ESM.txt", _r07)])


# r08: hold notice without an unlock event ("until further notice") --------------------------
_r08 = docx_bytes([
    ("h1", "Hold notice – purchase order 4500118004"),
    ("p", "Nordvind Wind A/S – Supply Chain Castings – Esbjerg"),
    ("p", "To: Jiangsu Hengtai Casting Co., Ltd., attn. Mr Wang Lei, Project Manager"),
    ("p", "Date: 06.06.2024 – Part: NV-53100 rev B gearbox torque arm casting, EN-GJS-400-18U-LT"),
    ("p", "Dear Mr Wang,"),
    ("p", "Purchase order 4500118004 covers six (6) sample castings. Please build and ship these six only."),
    ("p", "The balance of 174 castings from your quotation QHT-2024-0402 is not released. It is on hold until further "
          "notice. Only Lars Holm, Category Manager Castings, can lift this hold."),
    ("p", "Material: for the six samples only. Please confirm that no pig iron, nodularizer or cores have been ordered "
          "for the balance."),
    ("p", "Sample delivery remains week 30, DAP Esbjerg. Please send the pouring record and the UT report with the "
          "samples."),
    ("sp",),
    ("p", "Best regards"),
    ("p", "Mette Kjærgaard, Project Buyer – Nordvind Wind A/S – +45 76 12 40 88"),
], author="Mette Kjærgaard")
case("p08_hold_until_further_notice", ["RG004"],
     "6 active, 174 on hold 'until further notice', Lars Holm named; no event named that unlocks the balance",
     [("Hold_notice_4500118004.docx", _r08)])


# r09: SAP PO: release by "Purchasing" (department), no named person ---------------------------
_r09 = """Rheinland Trafo GmbH                                              Bestellung / Purchase Order
Am Nordpark 7, 41069 Mönchengladbach                              Nr. 4510-34115
                                                                  Datum 04.06.2024
Lieferant / Supplier 71388                                        Seite 1 / 1
POMORSKIE ZAKŁADY METALOWE SP. Z O.O.
UL. PRZEMYSŁOWA 12
80-557 GDAŃSK, POLEN
Einkäufergruppe / purchasing group: 110 Stahl/Guss
Kontakt / contact: einkauf-110@rheinland-trafo.de, Tel. +49 2161 55 307-0
---------------------------------------------------------------------------------------
Pos  Material       Kurztext / description             Menge  ME   Preis/EUR   Wert/EUR
---------------------------------------------------------------------------------------
00010 RT-RB-0630    Radiatorhalter / radiator bracket      10  ST      38,50     385,00
                    S235JR, feuerverz. / HDG, Zchg. RT-RB-0630 Ind. C
                    MUSTER / SAMPLE
---------------------------------------------------------------------------------------
Gesamtnettowert / total net value EUR                                           385,00
---------------------------------------------------------------------------------------
Positionstext / item text 00010:
  Muster fuer Erstmusterpruefung (EMPB nach VDA Band 2).
  Samples for initial sample inspection (EMPB per VDA volume 2).
  Balance 480 pcs (Angebot / offer PZM/OF/24/288) NOT released.
  The balance will be released in writing by Rheinland Trafo Purchasing
  after the initial samples have been signed off (EMPB).
  Material: samples only.
Liefertermin / delivery: KW 29, frei Haus / DAP Mönchengladbach
Es gelten unsere AEB Stand 01/2023.
---------------------------------------------------------------------------------------
"""
case("p09_sap_po_release_by_department", ["RG005"],
     "10 samples, balance 480 not released until EMPB sign-off; release by 'Purchasing' department only, no named person",
     [("PO_4510-34115.txt", _r09)])


# r11: mail + PO PDF, samples ordered as "1 LOT", hold complete --------------------------------
_r11_po = pdf([
    ("h1", "PURCHASE ORDER 45-2318"),
    ("p", "Al-Nakheel Process Equipment Co. - Jubail Industrial City 31961, Kingdom of Saudi Arabia"),
    ("p", "Vendor: Coimbatore Pump Castings Pvt. Ltd., Coimbatore, India - quotation CPC/Q/24/241"),
    ("p", "Date: 11/06/2024 - Buyer: Faisal Al-Harbi - Delivery: CFR Dammam - Payment: 60 days"),
    ("sp",),
    ("table", [
        ["Item", "Description", "Qty", "UoM", "Amount (SAR)"],
        ["1", "Impeller casting CA6NM, DRG ANP-IMP-0318 Rev 1 - samples for pattern and metallurgy validation",
         "1", "LOT", "18,600.00"],
    ]),
    ("sp",),
    ("p", "Scope: samples only. The production quantity in quotation CPC/Q/24/241 is not released by this order. "
          "It remains on hold until Al-Nakheel QA/QC signs off the sample inspection report and Mr. Khalid Al-Otaibi, "
          "Procurement Manager, issues a written production release."),
    ("p", "Requirements: chemical analysis and tensile per ASTM A743, hardness 255-285 HB after double tempering, "
          "dye penetrant 100 %, dynamic balancing per ISO 21940-11 G2.5 (machined samples)."),
], title="PO 45-2318", author="Al-Nakheel Procurement")
_r11_text = """Dear Mr. Senthilkumar,

Please proceed with the sample impellers for pattern and metallurgy validation per the attached
PO 45-2318.

The production quantity in your offer (90 pcs) is not released by this PO. It remains on hold
until Al-Nakheel QA/QC signs off the sample inspection report and Mr. Khalid Al-Otaibi,
Procurement Manager, issues a written production release. Material: samples only.

Kindly send the pattern layout and the gating simulation before pouring.

Best regards,
""" + sig("Faisal Al-Harbi", "Senior Buyer", "Al-Nakheel Process Equipment Co., Jubail", "+966 13 340 2210")
_r11_mail = mail("Faisal Al-Harbi <f.alharbi@alnakheel-pe.com.sa>", "K. Senthilkumar <senthil@cbepumpcastings.in>",
                 "PO 45-2318 - impeller CA6NM - samples", "Tue, 11 Jun 2024 09:05:00 +0300", _r11_text,
                 attachments=[("PO_45-2318.pdf", _r11_po, PDF_MT)])
case("p11_samples_one_lot_no_count", ["RG010"],
     "sample PO line is '1 LOT', mail says 'the sample impellers'; hold, event and Khalid Al-Otaibi present but the active quantity is never stated",
     [("PO_45-2318_impeller_samples.eml", eml(_r11_mail))])


# r12: call-off with quantity "as per delivery schedule in supplier portal" ---------------------
_r12 = """SOLARIS SEGUIDORES S.L.                                   CALL-OFF / PEDIDO DE ENTREGA
Calle Bari 33, Poligono Plaza, 50197 Zaragoza             FRAMEWORK FA-2024-007
CIF B-50 123 456                                          CALL-OFF NO. 05
                                                          DATE 17.06.2024
SUPPLIER: HAI PHONG STEEL FABRICATION JSC (VENDOR 300912)
------------------------------------------------------------------------------------
POS  PART NO.     DESCRIPTION                              QTY          DELIVERY
10   TTC-80-B     TORQUE TUBE CLAMP REV B, S420MC, HDG     AS PER       AS PER
                                                           DELIVERY     PORTAL
                                                           SCHEDULE IN
                                                           SUPPLIER
                                                           PORTAL
------------------------------------------------------------------------------------
TERMS:
1. THIS CALL-OFF RELEASES THE QUANTITY OF WEEKS 28-31 FOR PRODUCTION.
2. QUANTITIES BEYOND THIS CALL-OFF ARE NOT RELEASED. THE NEXT QUANTITY IS RELEASED
   ONLY BY CALL-OFF NO. 06, SIGNED BY JAVIER ORTEGA, SUPPLY CHAIN MANAGER.
3. MATERIAL AUTHORITY: MATERIAL FOR THIS CALL-OFF ONLY.
4. SHIPMENT CIF VALENCIA, 40' HC, MAX 26.000 KG PER CONTAINER. PACKING LIST PER
   SOLARIS LOGISTICS MANUAL LM-03 REV 4.
------------------------------------------------------------------------------------
BUYER: LUCIA FERRER   TEL +34 976 47 21 30   lferrer@solaris-seguidores.es
------------------------------------------------------------------------------------
"""
case("p12_calloff_qty_in_portal", ["RG010"],
     "call-off releases 'the quantity of weeks 28-31' with QTY 'as per delivery schedule in supplier portal'; no number in the document",
     [("CallOff_FA-2024-007_05.txt", _r12)])


# r13: WhatsApp: "you can start the FAI pieces" - how many is never said ------------------------
_r13 = """[14/06/2024, 10:12] Marta Gil (EdE): Hola Ayşe! Drawing DF-2210 rev B for the tower door frame is now in the portal, the PO number is 4500212377
[14/06/2024, 10:13] Marta Gil (EdE): You can start the FAI pieces for the door frame DF-2210 rev B
[14/06/2024, 10:14] Marta Gil (EdE): Series not released: it stays on hold until our FAI sign-off and a written release from Iñigo Etxeberria, our Procurement Manager. Material only for the FAI pieces please
[14/06/2024, 10:31] Ayşe Demir (BFM): Noted Marta, thank you. We start the FAI pieces next week after the bending die check
[14/06/2024, 10:32] Ayşe Demir (BFM): How do you want the 3.1 certificates, paper with the parts or pdf by mail?
[14/06/2024, 10:40] Marta Gil (EdE): pdf by mail please, and one paper copy in the crate
[14/06/2024, 10:41] Ayşe Demir (BFM): 👍
[14/06/2024, 16:05] Ayşe Demir (BFM): Marta, the weld seam on section B-B: fillet 6 mm or 8 mm? Drawing says a6 in one view and a8 in the other
[14/06/2024, 16:22] Marta Gil (EdE): a8 everywhere, I will ask engineering to fix the drawing in rev C
"""
case("p13_whatsapp_fai_pieces_no_qty", ["RG010"],
     "buyer authorizes 'the FAI pieces' with hold, event and named releaser, but never says how many FAI pieces",
     [("WhatsApp Chat with Ayse Demir BFM.txt", _r13)])


# r15: Teams export: scope message complete, later "Go ahead." --------------------------------
_r15_rows = [
    ("Uwe Hartmann", "03.06.2024 09:10", "Guten Morgen Frau Wiśniewska, kurze Bestätigung / short confirmation: PO 4501-2402 is for 3 sample LV compartment door assemblies only. The remaining 117 are not released and stay on hold until our fit-check sign-off in Kassel and a written production release from Petra Lange."),
    ("Katarzyna Wiśniewska", "03.06.2024 09:24", "Good morning Mr Hartmann, confirmed: 3 samples, 117 on hold. Hinge type Dirak 2-150 as on drawing rev 02?"),
    ("Uwe Hartmann", "03.06.2024 09:31", "Yes, Dirak 2-150, and the gasket EPDM 70 Shore A."),
    ("Katarzyna Wiśniewska", "24.06.2024 14:02", "The 3 samples are finished. We made a short video of the door swing, the IP 4X probe test and the gasket compression, uploaded to your SharePoint folder /PZM/4501-2402/."),
    ("Uwe Hartmann", "24.06.2024 16:47", "Saw the video, looks good from our side. Go ahead."),
    ("Katarzyna Wiśniewska", "24.06.2024 16:52", "Thank you, Mr Hartmann! 🙂"),
]
_r15 = html_page("Microsoft Teams – Chat", "<h3>MWK / PZM – LV door assemblies</h3>\n<table>\n<tr><th>Sender</th><th>Time</th><th>Message</th></tr>\n"
                 + "\n".join(f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td>{escape(c)}</td></tr>" for a, b, c in _r15_rows)
                 + "\n</table>\n")
case("p15_teams_go_ahead_unscoped", ["RG002"],
     "earlier scope complete (3 samples, 117 on hold, fit-check sign-off, Petra Lange); later bare 'Go ahead.' names neither samples nor a quantity",
     [("Teams_MWK_PZM_door_assemblies.html", _r15)])


# r16: thread: "Drawing rev C approved, please proceed." ------------------------------------
_r16_q1 = """From: Tom Reilly <treilly@bayoupump.com>
Sent: Thursday, May 23, 2024 9:02 AM
To: Alejandro Ruiz <aruiz@forjasdelbajio.mx>
Subject: PO 7790-BP - shaft forgings BP-SH-2207

Alejandro,

PO 7790-BP is in your portal, FAI stage only. Scope:
- Line 1: 8 pcs first article, shaft forging BP-SH-2207, AISI 4140 Q&T.
- Balance of 192 pcs on hold, not released. Released only in writing by Angela Price,
  Procurement Director, after Dwayne Foster (SQE) signs off the FAI report.
- Material: FAI quantity only.

Tom"""
_r16_q2 = """From: Alejandro Ruiz <aruiz@forjasdelbajio.mx>
Sent: Monday, June 10, 2024 5:40 PM
To: Tom Reilly <treilly@bayoupump.com>
Subject: RE: PO 7790-BP - shaft forgings BP-SH-2207

Tom,

We received BP-SH-2207 rev C today (keyway moved 2 mm, new chamfer 1.5 x 45 deg). Can you
confirm we can use rev C for the remaining work? The FAI pieces are at rough forging stage, so
no problem for us to switch.

Saludos,
Alejandro

""" + q(_r16_q1)
_r16_text = """Alejandro,

Drawing rev C approved, please proceed.

Tom

--
Tom Reilly | Buyer | Bayou Pump & Compressor LLC | +1 713 555 0148

""" + q(_r16_q2)
_r16_mail = mail("Tom Reilly <treilly@bayoupump.com>", "Alejandro Ruiz <aruiz@forjasdelbajio.mx>",
                 "RE: RE: PO 7790-BP - shaft forgings BP-SH-2207", "Tue, 11 Jun 2024 07:58:00 -0500", _r16_text,
                 in_reply_to="<FDB-240610-1740@forjasdelbajio.mx>")
case("p16_drawing_approved_please_proceed", ["RG002"],
     "quoted scope complete (8 FAI, 192 on hold, sign-off + Angela Price); reply 'please proceed' names no quantity or sample scope",
     [("RE_PO_7790-BP_rev_C.eml", eml(_r16_mail))])


# r17: WhatsApp: advance transferred, "So go ahead 👍" ---------------------------------------
_r17 = """[02/06/2024, 13:05] Faisal Al-Harbi: Dear Ayşe, PO 45-2350 is for the 4 sample flanges only (WN 12" CL900 RTJ, A694 F65). The 96 production flanges stay on hold until sample sign-off by Eng. Omar Haddad and my written release. Faisal Al-Harbi, Senior Buyer
[02/06/2024, 13:20] Ayşe Demir: Dear Faisal Bey, understood, 4 samples only. Thank you
[09/06/2024, 10:47] Ayşe Demir: Dear Faisal Bey, good morning. Advance payment 30% for the PO is not received yet, can you please check with your finance?
[10/06/2024, 15:12] Faisal Al-Harbi: Advance transferred today, SWIFT copy attached
[10/06/2024, 15:12] Faisal Al-Harbi: <attached: SWIFT_MT103_ANP_100624.pdf>
[10/06/2024, 15:13] Faisal Al-Harbi: So go ahead 👍
[10/06/2024, 15:30] Ayşe Demir: Thank you very much 🙏 we will inform our planning today
"""
case("p17_whatsapp_advance_paid_go_ahead", ["RG002", "RG012"],
     "scope set earlier (4 samples, 96 on hold, sign-off + Faisal); later 'Advance transferred ... So go ahead' - payment as trigger, unscoped go-ahead",
     [("WhatsApp Chat - Faisal Al-Harbi.txt", _r17)])


# r18: multi-file: weekly call minutes "good to run" + PDF PO with complete scope -------------
_r18_po = pdf([
    ("h1", "PURCHASE ORDER 2100460415"),
    ("p", "Deccan Switchgear Pvt. Ltd., Plot 22, MIDC Chakan Phase II, Pune 410501 - Buyer: Priya Deshmukh"),
    ("p", "Supplier: Hai Phong Steel Fabrication JSC, Dinh Vu IZ, Hai Phong, Viet Nam - Date: 08-MAY-2024"),
    ("table", [
        ["Ln", "Item", "Qty", "UOM", "Unit price USD"],
        ["1", "DSW-BF-3614 switchgear base frame, ISMC 100, HDG, DRG 3614 Rev A - SAMPLE", "2", "EA", "410.00"],
    ]),
    ("sp",),
    ("p", "Notes: This PO covers 2 sample base frames for fit check at DSW Pune. The balance of 148 base frames is NOT "
          "released and is on hold until the fit-check sign-off by DSW engineering and a written release from "
          "R. Venkatesh, GM Purchase. Material authority: samples only."),
], title="PO 2100460415", author="Deccan Switchgear")
_r18_mom = docx_bytes([
    ("h1", "Minutes of meeting – weekly supplier call"),
    ("p", "Project: DSW switchgear base frames (PO 2100460415) – Date: 19-Jun-2024, 10:00–10:40 IST (Teams)"),
    ("p", "Attendees: Priya Deshmukh (DSW Purchase), Arjun Kulkarni (DSW QC), Nguyen Van Minh (HPSF PM), Pham Thu Ha (HPSF QC)"),
    ("table", [
        ["No.", "Topic", "Discussion / decision", "Owner", "Due"],
        ["1", "Sample status", "2 sample frames received in Pune on 14-Jun. Fit check on panel LV-7 bay 3 "
                               "scheduled for 21-Jun; HPSF to send the diagonal check records before that.", "Arjun", "21-Jun"],
        ["2", "Galvanizing", "Coating thickness 92–110 µm, adhesion OK. HDG certificate to be added to the "
                             "document pack.", "Pham Thu Ha", "21-Jun"],
        ["3", "Packing", "Bundles of 10 frames, steel strapping, wooden bearers 100 x 100. "
                         "Max. 1.200 kg per bundle for the forklift at Chakan.", "Minh", "28-Jun"],
        ["4", "Way forward", "Hai Phong is good to run.", "Minh", "–"],
        ["5", "Next call", "26-Jun-2024, same time.", "Priya", "–"],
    ]),
    ("p", "Minutes by Priya Deshmukh. Please send comments within 2 working days, otherwise the minutes are deemed accepted."),
], author="Priya Deshmukh")
case("p18_minutes_good_to_run", ["RG002"],
     "PO scope complete (2 samples, 148 on hold, fit-check sign-off + Venkatesh); buyer's minutes say 'Hai Phong is good to run' with no quantity",
     [("MoM_2024-06-19_base_frames.docx", _r18_mom), ("PO_2100460415.pdf", _r18_po)])


# r19: long quoted thread; last message mixes technical + commercial "approved" and says go ahead
_r19_a = """From: Mette Kjærgaard <mkj@nordvind-wind.dk>
Sent: 15 May 2024 08:40
To: Wang Lei <wanglei@hengtai-casting.cn>
Subject: PO 4500118122 - NV-48230 rear frame bracket

Dear Wang Lei,

PO 4500118122 covers 5 sample castings of NV-48230 only. The 115 series castings are not
released. They stay on hold until Søren Dahl (SQE) has signed off the FAI report and Lars Holm,
Category Manager Castings, has issued a written production release. Material for the 5 samples
only.

Best regards,
Mette"""
_r19_b = """From: Wang Lei <wanglei@hengtai-casting.cn>
Sent: 29 May 2024 17:12
To: Mette Kjærgaard <mkj@nordvind-wind.dk>
Subject: RE: PO 4500118122 - NV-48230 rear frame bracket

Dear Mette,

Noted. One question: drawing rev C shows the lifting hole 42 mm, but your 3D model has 45 mm.
Which is correct? Also the unit price in the PO is EUR 1.640,00, our quotation was EUR 1.690,00
after the alloy surcharge of April. Please check.

Best regards
Wang Lei

""" + q(_r19_a)
_r19_c = """From: Mette Kjærgaard <mkj@nordvind-wind.dk>
Sent: 30 May 2024 09:05
To: Wang Lei <wanglei@hengtai-casting.cn>
Subject: RE: RE: PO 4500118122 - NV-48230 rear frame bracket

Dear Wang Lei,

Engineering will issue drawing rev D with 45 mm. Price: I have raised a PO change to
EUR 1.690,00, it is with finance. I will come back to you.

Mette

""" + q(_r19_b)
_r19_text = """Hi Wang Lei,

Good news: drawing rev D approved by engineering this morning (attached in the portal), and
the PO change approved by finance as well. Go ahead!

Have a nice weekend,
Mette
""" + sig("Mette Kjærgaard", "Project Buyer, Castings & Forgings", "Nordvind Wind A/S, Esbjerg", "+45 76 12 40 88") + "\n" + q(_r19_c)
_r19_mail = mail("Mette Kjærgaard <mkj@nordvind-wind.dk>", "Wang Lei <wanglei@hengtai-casting.cn>",
                 "RE: RE: RE: PO 4500118122 - NV-48230 rear frame bracket", "Fri, 07 Jun 2024 14:22:00 +0200",
                 _r19_text, in_reply_to="<h29-ref-118122@nordvind-wind.dk>")
case("p19_thread_approved_twice_go_ahead", ["RG002", "RG009"],
     "quoted scope complete; final message uses 'approved' for drawing (technical) and PO change (commercial), then unscoped 'Go ahead!'",
     [("RE_PO_4500118122_NV-48230.eml", eml(_r19_mail))])


# r20: multi-file: HTML PO (complete, sample-only material) + supplier expediting report that
#      shows charge material bought for the full quantity ------------------------------------
_r20_po = html_page("Purchase Order 4500-7755", """
<h2>TUPÃ ENERGIA EQUIPAMENTOS LTDA &ndash; Pedido de Compra / Purchase Order 4500-7755</h2>
<p>Rod. Dom Pedro I, km 127 &ndash; Campinas/SP &ndash; Brasil &middot; Date 15/05/2024 &middot; Buyer: Rafael Souza</p>
<p>Supplier: Jiangsu Hengtai Casting Co., Ltd., Wuxi, PR China &middot; Quotation QHT-2024-0377</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price (USD)</th></tr>
<tr><td>10</td><td>Bearing housing BH-315, EN-GJS-500-7, DES-BH-315 Rev 02 &ndash; sample</td><td>6 PC</td><td>385.00</td></tr>
</table>
<div class="note">
<p><b>Scope.</b> This order covers 6 sample castings only. The 480 production castings in quotation QHT-2024-0377 are
not released and remain on hold until Tupã engineering signs off the sample inspection and Camila Ribeiro,
Gerente de Suprimentos, issues a written production release.</p>
<p><b>Material authority:</b> sample-only. Tupã does not accept liability for material bought for the production quantity.</p>
</div>
<p>Delivery: samples by air, CPT Viracopos (VCP). Certificates EN 10204 3.1, spheroidization &ge; 90 %.</p>
""")
_r20_rep = pdf([
    ("h1", "EXPEDITING REPORT - PO 4500-7755 (Tupa Energia)"),
    ("p", "Jiangsu Hengtai Casting Co., Ltd. - report date 10.06.2024 - prepared by Wang Lei, Project Manager"),
    ("table", [
        ["Activity", "Quantity", "Status", "Date"],
        ["Pattern BH-315 (2 cavities)", "1 set", "finished", "24.05.2024"],
        ["Charge material: pig iron Q10, steel scrap, FeSiMg, Ni, Cu", "for 486 pcs (6 + 480)",
         "purchased, in our yard", "03.06.2024"],
        ["Resin-bonded cores", "for 6 pcs", "made", "05.06.2024"],
        ["Pouring, samples", "6 pcs", "done, heat 24-0605-2", "05.06.2024"],
        ["Shot blasting, machining, samples", "6 pcs", "in progress", "-"],
        ["Production castings", "480 pcs", "waiting for your production release", "-"],
    ]),
    ("sp",),
    ("p", "Remark: we bought the charge material for the complete quantity at once because the pig iron price "
          "was low in May; it will be used for your production order."),
    ("p", "Next report: 24.06.2024."),
], title="Expediting report PO 4500-7755", author="Jiangsu Hengtai")
case("p20_expediting_report_material_full_qty", ["RG006"],
     "PO releases 6 samples, material sample-only, 480 on hold (Camila Ribeiro); supplier report shows charge material bought for 486",
     [("PO_4500-7755.html", _r20_po), ("Expediting_report_2024-06-10.pdf", _r20_rep)])


# r22: supplier reply: bar stock for the whole batch because of mill MOQ ------------------------
_r22_q = """From: Kyle Brandt <kbrandt@loneprairiepv.com>
Sent: Monday, June 3, 2024 8:20 AM
To: Vivek Raman <vivek@sundarambolts.in>
Subject: PO 31-0452 - B7 stud bolt sets - samples

Vivek,

PO 31-0452 covers 20 sample stud bolt sets, 1-1/8"-8UN x 9", B7/2H, PTFE coated, for our
coating qualification. The remaining 980 sets are not released; they stay on hold until our lab
test sign-off and a written release from Denise Owens, Materials Manager. Material for the 20
sets only, please.

Kyle"""
_r22_text = """Dear Kyle,

Noted that PO 31-0452 is for 20 sample sets only and that the 980 sets are on hold until your lab
test sign-off and the written release from Ms Owens.

For your information: the mill's minimum order for 1-1/8" AISI 4140 bar (for B7) is 5 MT per size,
so we have booked bar for the whole batch, about 1,000 sets. The extra bar will be kept in our
Ambattur store for your order. Samples will be threaded and coated next week.

Warm regards,
""" + sig("Vivek Raman", "Manager - Exports", "Sundaram Bolts & Studs Pvt. Ltd., Ambattur, Chennai", "+91 44 2625 4418") + "\n" + q(_r22_q)
_r22_mail = mail("Vivek Raman <vivek@sundarambolts.in>", "Kyle Brandt <kbrandt@loneprairiepv.com>",
                 "RE: PO 31-0452 - B7 stud bolt sets - samples", "Wed, 05 Jun 2024 16:10:00 +0530", _r22_text,
                 in_reply_to="<h29-ref-310452@loneprairiepv.com>")
case("p22_supplier_moq_bar_whole_batch", ["RG006"],
     "quoted scope complete (20 samples, 980 on hold, Denise Owens); supplier booked bar for ~1,000 sets citing mill MOQ, no material authority",
     [("RE_PO_31-0452.eml", eml(_r22_mail))])


# r23: buyer's DOCX PO asks for series billets "on your floor", explicitly without liability ----
_r23 = docx_bytes([
    ("h1", "Purchase order 4500212190"),
    ("p", "Eólica del Ebro S.A. – Compras Proyectos – Logroño, España"),
    ("p", "Supplier: Forjas del Bajío S.A. de C.V., Querétaro, México – quotation FDB-COT-2405-062"),
    ("p", "Date: 12.06.2024 – Project buyer: Marta Gil"),
    ("table", [
        ["Line", "Item", "Qty", "Unit price"],
        ["10", "Main shaft flange forging MSF-1400, 42CrMo4+QT, drawing EE-MS-1400 rev 3 – first article", "2 pcs", "EUR 8.750,00"],
    ]),
    ("h", "Scope"),
    ("p", "This order covers two (2) first-article forgings. The 48 series forgings of your quotation are not released; "
          "they stay on hold until our FAI sign-off and a written production release from Iñigo Etxeberria, "
          "Procurement Manager."),
    ("h", "Lead time"),
    ("p", "To protect the series deliveries for Q1 2025, please have the forging billets for the series on your floor "
          "in advance. This is at your discretion: we cannot give a material commitment before the series release."),
    ("h", "Technical"),
    ("p", "UT per EN 10228-3 quality class 4, hardness 280–320 HB, impact 27 J at -20 °C, certificate 3.2 witnessed by "
          "TÜV. Marking per EE-QS-005."),
], author="Marta Gil")
case("p23_buyer_asks_series_billets_no_liability", ["RG006"],
     "2 FAI released, 48 on hold (FAI sign-off + Inigo Etxeberria); buyer asks for series billets on the floor but gives no material authority",
     [("PO_4500212190.docx", _r23)])


# r24: supplier weekly status page: charge material for 160 bought; series starts on approval --
_r24 = html_page("Ege Döküm – weekly progress report", """
<h2>Ege Döküm Sanayi A.Ş. &ndash; Weekly progress report, week 24/2024</h2>
<p>Customer: Al-Nakheel Process Equipment Co., Jubail &middot; PO 45-2377 &middot; Gate valve body 8&quot; CL300, ASTM A216 WCB, DRG ANP-GV-0830 Rev 1</p>
<p>Released by PO 45-2377: 10 sample bodies. Prepared by: Mehmet Yılmaz, Export Sales Manager.</p>
<table>
<tr><th>Step</th><th>Qty</th><th>Status</th><th>Remark</th></tr>
<tr><td>Pattern and core boxes</td><td>1 set</td><td>done</td><td>aluminium, 1 cavity</td></tr>
<tr><td>Charge material (steel scrap, FeMn, FeSi, Al)</td><td>for 160 bodies</td><td>purchased, in our yard</td><td>full quantity bought together to use one heat lot and one material certificate</td></tr>
<tr><td>Pouring, samples</td><td>10</td><td>done</td><td>heat E24-1302</td></tr>
<tr><td>Heat treatment (normalizing + tempering)</td><td>10</td><td>done</td><td>chart attached to 3.1 certificate</td></tr>
<tr><td>Machining of samples</td><td>10</td><td>7 of 10 finished</td><td>&ndash;</td></tr>
<tr><td>Hydrotest / RT of samples</td><td>10</td><td>week 25</td><td>TPI: Bureau Veritas Izmir</td></tr>
</table>
<h3>Planning</h3>
<p>The 150 series bodies are not released yet. Pouring and machining of them will start the day after your sample
approval (plan: week 29), so that the complete order can ship in one lot in week 35.</p>
<p>Please inform us about the inspection date for the samples.</p>
""")
case("p24_status_report_material_160_series_on_approval", ["RG006", "RG007"],
     "10 samples released; supplier bought charge material for 160 and plans series start the day after sample approval",
     [("Ege_progress_report_wk24.html", _r24)])


# r25: supplier mail with the buyer's original PO mail forwarded as message/rfc822 -------------
_r25_orig_text = """Sofía,

PO 4500-7790 for the BPS-110 booster skids is attached in the portal. Scope:

- 2 prototype skids only.
- The 10 series skids are not released. They stay on hold until the FAT sign-off of the
  prototypes and a written production release from Camila Ribeiro, Gerente de Suprimentos.
- Material: prototypes only.

Abraço,
Rafael Souza
Comprador - Tupã Energia Equipamentos Ltda
"""
_r25_orig = mail("Rafael Souza <rafael.souza@tupaenergia.com.br>", "Sofía Garza <sgarza@esm-skids.mx>",
                 "PO 4500-7790 - BPS-110 booster skids - prototypes", "Mon, 22 Apr 2024 11:00:00 -0300", _r25_orig_text)
_r25_text = """Hola Rafael,

Good news: Camila's team signed off the 2 prototype skids at the FAT yesterday (FAT report
ESM-FAT-0419 attached below for reference). So we are moving into series on the remaining 10 skids
now, and our purchasing has already ordered the HEB 200 beams and the 10 mm checker plate for all
10 skids to hold the slot at the service centre.

I attach your original PO mail so we have everything in one place.

First series skid frame will be ready for your inspector in week 30.

Saludos,
""" + sig("Sofía Garza", "Project Manager", "Estructuras y Skids de Monterrey S.A. de C.V.", "+52 81 8354 2290")
_r25_mail = mail("Sofía Garza <sgarza@esm-skids.mx>", "Rafael Souza <rafael.souza@tupaenergia.com.br>",
                 "BPS-110 - FAT passed - series start", "Thu, 13 Jun 2024 09:40:00 -0600", _r25_text,
                 attachments=[("rfc822", _r25_orig)])
case("p25_fat_passed_moving_into_series_material_ordered", ["RG006", "RG007"],
     "forwarded PO: 2 prototypes, 10 on hold until FAT sign-off + written release by Camila; supplier takes FAT sign-off as start and orders steel for all 10",
     [("mail_BPS-110_2024-06-13.eml", eml(_r25_mail))])


# r26: supplier letter: "your firm forecast" -> bought pig iron for the year ---------------------
_r26 = """ODLEWNIA ŚLĄSK Sp. z o.o.
ul. Portowa 8, 44-100 Gliwice, Polska
NIP 631-010-22-33 | tel. +48 32 231 40 10

Gliwice, 11.06.2024

Rheinland Trafo GmbH
Einkauf / Purchasing
Mr Jens Vogel
Am Nordpark 7
41069 Mönchengladbach

Our ref.: OS/PV/2024/061
Subject: Capacity and raw material for tank cover castings RT-TC-2500 – year 2025

Dear Mr Vogel,

Thank you for the meeting in Gliwice on 5 June.

Current status: the sample castings of purchase order 4510-33871 were poured on 7 June and will
be delivered in week 28 with the 3.1 certificate and the dimensional report. Nothing else has been
ordered so far.

Based on your firm forecast of 2,400 tank cover castings RT-TC-2500 for 2025, we have taken the
following steps:

  1. We have purchased pig iron (hematite) and steel scrap for the full 2025 quantity at the
     current price, delivered to our yard in Gliwice. This protects you against the price
     increase announced by our supplier for Q3.
  2. We have reserved moulding line 2 (HWS, 1.200 x 1.000 mm flasks) for 2 shifts from
     January 2025.

We will invoice the raw material together with the first series delivery.

Please confirm the pattern modification (additional lifting boss) before 30 June.

Z poważaniem / Kind regards

Piotr Nowak
Dyrektor Handlowy / Sales Director
Odlewnia Śląsk Sp. z o.o.
"""
case("p26_supplier_letter_firm_forecast_bought_iron", ["RG006", "RG008"],
     "supplier calls the 2025 forecast 'firm' and bought pig iron for 2,400 castings while only the samples are ordered",
     [("OS-PV-2024-061_letter.txt", _r26)])


# r27: supplier: deposit received = go-ahead, steel bought for all 40, cutting starts -----------
_r27_q = """From: Tom Reilly <treilly@bayoupump.com>
Sent: Tuesday, May 28, 2024 3:15 PM
To: Sofía Garza <sgarza@esm-skids.mx>
Subject: PO 31-7802 - compressor skid base frames - prototype

Sofía,

PO 31-7802 covers 1 prototype base frame (CSF-410) for our FAT. The other 39 frames are not
released; they are on hold until the prototype passes FAT sign-off and Angela Price,
Procurement Director, issues a written release. Material: prototype only.

The 30% deposit on the PO is for the welding fixture and the prototype.

Tom"""
_r27_text = """Tom,

Deposit received - thank you! We have taken it as the go-ahead: plate and HEB beams for all 40
frames are bought, and cutting starts Monday so we can hold the August delivery.

Prototype frame is in welding, FAT proposed for June 24.

Saludos,
""" + sig("Sofía Garza", "Project Manager", "Estructuras y Skids de Monterrey S.A. de C.V.", "+52 81 8354 2290") + "\n" + q(_r27_q)
_r27_mail = mail("Sofía Garza <sgarza@esm-skids.mx>", "Tom Reilly <treilly@bayoupump.com>",
                 "RE: PO 31-7802 - compressor skid base frames - prototype", "Fri, 07 Jun 2024 12:02:00 -0600",
                 _r27_text, in_reply_to="<h29-ref-317802@bayoupump.com>")
case("p27_deposit_taken_as_go_ahead_steel_for_40", ["RG006", "RG012"],
     "quoted scope complete (1 prototype, 39 on hold, FAT sign-off + Angela Price); supplier treats deposit as go-ahead and buys steel for 40",
     [("RE_PO_31-7802.eml", eml(_r27_mail))])


# r28: supplier: "upon your sample approval we will automatically continue with the 480" --------
_r28_q = """From: Mette Kjærgaard <mkj@nordvind-wind.dk>
Sent: 21 May 2024 10:02
To: Lily Zhang <lily.zhang@hengtai-casting.cn>
Subject: PO 4500117861 - NV-48260 yaw bracket - samples

Dear Ms Zhang,

PO 4500117861 covers twelve (12) sample castings NV-48260 rev B for FAI. The 480 series castings
of your quotation are not released. They stay on hold until Søren Dahl (SQE) has signed off the
FAI report and Lars Holm, Category Manager Castings, has issued a written production release.
Material: for the 12 samples only.

Best regards,
Mette Kjærgaard"""
_r28_text = """Dear Mette,

Good news: the 12 sample castings NV-48260 are finished and will be picked up by Kuehne+Nagel on
Monday, ETA Esbjerg 19 July (air freight, AWB to follow). 3.1 certificates, UT and MT reports and
the CMM report are in the crate and attached to this mail.

To keep your delivery in Q4, upon your sample approval we will automatically continue with the
remaining 480 pcs. Our moulding line is reserved for you from week 31.

Thank you for your support!

Best regards,
""" + sig("Lily Zhang", "Sales Manager, Europe", "Jiangsu Hengtai Casting Co., Ltd., Wuxi", "+86 510 8822 6071") + "\n" + q(_r28_q)
_r28_mail = mail("Lily Zhang <lily.zhang@hengtai-casting.cn>", "Mette Kjærgaard <mkj@nordvind-wind.dk>",
                 "RE: PO 4500117861 - NV-48260 yaw bracket - samples ready", "Thu, 13 Jun 2024 16:45:00 +0800",
                 _r28_text, in_reply_to="<h29-ref-117861@nordvind-wind.dk>")
case("p28_supplier_auto_continue_after_approval", ["RG007"],
     "quoted PO scope complete (12, 480 on hold, FAI sign-off + Lars Holm); supplier will 'automatically continue' with 480 upon sample approval",
     [("RE_PO_4500117861_samples_ready.eml", eml(_r28_mail))])


# r29: buyer contradicts own written-release requirement; "approval" for QA and for production ---
_r29_po = pdf([
    ("h1", "Bestellung / Purchase Order 4510-34002"),
    ("p", "Rheinland Trafo GmbH - Einkauf - Am Nordpark 7 - 41069 Moenchengladbach"),
    ("p", "Supplier: Odlewnia Slask Sp. z o.o., ul. Portowa 8, 44-100 Gliwice, Poland - Date 24.05.2024 - Buyer: Jens Vogel"),
    ("table", [
        ["Pos.", "Material", "Description", "Qty", "Price EUR"],
        ["10", "RT-CF-1600-S", "Cooling fin header casting EN-GJL-200 - initial sample", "12 ST", "214,00"],
    ]),
    ("sp",),
    ("p", "Scope: 12 initial samples only. Balance of 188 castings (offer OS/2024/139) not released; on hold until the "
          "initial sample sign-off by Rheinland Trafo QA and a written production release from Dr. Sabine Kraus, "
          "Head of Procurement. Material: samples only."),
], title="PO 4510-34002", author="Rheinland Trafo")
_r29_text = """Dear Mr Nowak, dear Piotr,

attached once more PO 4510-34002 (12 initial samples; balance 188 on hold until initial sample
sign-off and a written production release from Dr. Kraus).

Dr. Kraus is travelling most of July, so let's keep it simple: once our QA approves the initial
samples, that is your approval for the remaining 188 as well. Carry on with them straight away, no
need to wait for paperwork from our side.

Sample delivery remains KW 27. Please send the EMPB documents (VDA volume 2) two days before the
truck arrives.

Mit freundlichen Grüßen / Best regards
""" + sig("Jens Vogel", "Strategic Buyer Steel Parts", "Rheinland Trafo GmbH, Mönchengladbach", "+49 2161 55 307-21")
_r29_mail = mail("Jens Vogel <jens.vogel@rheinland-trafo.de>", "Piotr Nowak <p.nowak@odlewnia-slask.pl>",
                 "PO 4510-34002 – RT-CF-1600 – samples and next steps", "Mon, 17 Jun 2024 11:03:00 +0200", _r29_text,
                 attachments=[("PO_4510-34002.pdf", _r29_po, PDF_MT)])
case("p29_buyer_qa_approval_is_your_approval", ["RG007", "RG009"],
     "PO requires written release by Dr. Kraus; buyer mail says QA sample approval 'is your approval' for the 188 - carry on, no paperwork",
     [("PO_4510-34002_next_steps.eml", eml(_r29_mail))])


# r30: supplier quote: series starts automatically on FAI approval; "committed" annual forecast --
_r30 = pdf([
    ("h1", "QUOTATION KFW/Q/2024/0412"),
    ("p", "Kolhapur Foundry Works Pvt. Ltd. - Shiroli MIDC, Kolhapur 416122, Maharashtra, India"),
    ("p", "To: Tupa Energia Equipamentos Ltda, Campinas/SP, Brazil - Attn.: Mr. Rafael Souza - Date: 29.05.2024"),
    ("p", "Enquiry: TE-RFQ-2024-044 - Part: pump bearing bracket DES-BB-220 Rev 03, EN-GJS-450-10"),
    ("sp",),
    ("table", [
        ["Sl.", "Description", "Qty", "Unit price (USD)", "Lead time"],
        ["1", "Pattern equipment, metal, 2 cavities", "1 set", "5,400.00", "4 weeks"],
        ["2", "FAI castings, machined, with FAI report", "5 nos", "310.00", "7 weeks"],
        ["3", "Series castings, machined", "190 nos", "142.00", "6 weeks after FAI approval"],
    ]),
    ("sp",),
    ("h", "Commercial terms"),
    ("p", "a) Series production of 190 nos will start automatically upon your approval of the FAI castings; no separate "
          "order or release is required."),
    ("p", "b) Series prices are based on your committed annual volume of 2,400 nos as per your forecast of 12.03.2024."),
    ("p", "c) Delivery FOB Nhava Sheva. Payment 45 days from B/L date."),
    ("p", "d) Validity: 60 days. Prices based on pig iron at INR 44,500 per MT; +/- 5 % variation passed on."),
    ("sp",),
    ("p", "For Kolhapur Foundry Works Pvt. Ltd. - Santosh Patil, General Manager (Marketing)"),
], title="Quotation KFW/Q/2024/0412", author="Kolhapur Foundry Works")
case("p30_quote_auto_series_committed_volume", ["RG007", "RG008"],
     "supplier quote: series of 190 starts automatically upon FAI approval; prices on 'committed annual volume' that is the buyer's forecast",
     [("Quotation_KFW-Q-2024-0412.pdf", _r30)])


# r31: supplier production schedule: series triggered by sample approval ----------------------
_r31 = docx_bytes([
    ("h1", "Production schedule – NCU-9 controller enclosures"),
    ("p", "Binh Duong Enclosure Co., Ltd – for Solaris Seguidores S.L. – PO 4700024102 – issue 2, 07/06/2024"),
    ("p", "Prepared by: Tran Thi Lan, Project Manager"),
    ("table", [
        ["Week", "Activity", "Qty", "Responsible"],
        ["W25", "Sheet metal cutting and bending, samples", "3", "BDE"],
        ["W26", "Welding, powder coating RAL 7035, samples", "3", "BDE"],
        ["W27", "IP66 test and packing, samples; ship by DHL", "3", "BDE"],
        ["W29", "FAT and sample approval in Zaragoza", "3", "Solaris"],
        ["W30", "Series production starts on sample approval", "197", "BDE"],
        ["W30–W34", "Series cutting, bending, welding, coating", "197", "BDE"],
        ["W35", "Packing and container stuffing, FOB Cat Lai", "197", "BDE"],
    ]),
    ("h", "Notes"),
    ("p", "1. The series start in W30 is triggered by your sample approval in W29. If the approval is delayed, the series "
          "shifts by the same number of weeks."),
    ("p", "2. Powder: AkzoNobel Interpon 610, 80–100 µm. Gaskets: PU foamed-in-place."),
    ("p", "3. Please send the FAT checklist by W27 so we can prepare the test set-up."),
], author="Tran Thi Lan")
case("p31_supplier_schedule_series_on_approval", ["RG007"],
     "supplier schedule: series of 197 'starts on sample approval', 'triggered by your sample approval'",
     [("Production_schedule_PO4700024102.docx", _r31)])


# r32: letter of award with contradicting clauses ----------------------------------------------
_r32 = pdf([
    ("h1", "LETTER OF AWARD"),
    ("p", "Ref.: ANP/LOA/2024/061 - Date: 26/05/2024"),
    ("p", "To: Vadodara Process Skids Pvt. Ltd., Makarpura GIDC, Vadodara 390010, India - Attn.: Mr. Nikhil Shah"),
    ("p", "Subject: Nitrogen generation skids NGS-301 (4 units) - Tender ANP-T-2024-031"),
    ("sp",),
    ("p", "1. Award. Al-Nakheel Process Equipment Co. is pleased to award you the contract for the nitrogen generation "
          "skids, subject to the terms below. A purchase order will follow within 14 days."),
    ("p", "2. Contract price. SAR 3,184,000.00 for 4 skids, lump sum, DDP Jubail, including FAT, documentation and "
          "commissioning assistance."),
    ("p", "3. Scope released under this letter: engineering and one (1) FAT skid, NGS-301A."),
    ("p", "4. Production release. The remaining three (3) skids NGS-301B, C and D are not released under this letter. "
          "They will be released only by a separate written production release signed by Mr. Khalid Al-Otaibi, "
          "Procurement Manager, after FAT sign-off of NGS-301A by Al-Nakheel QA/QC."),
    ("p", "5. Material. Long-lead items for NGS-301A only."),
    ("p", "6. Documentation. Per SDRL rev 2; first submission within 3 weeks of this letter."),
    ("p", "7. Schedule. To meet the RFSU date of 30/01/2025, upon successful FAT of NGS-301A the Contractor shall "
          "continue directly with fabrication of NGS-301B, C and D without waiting for further instructions."),
    ("p", "8. Please countersign and return this letter within five (5) working days."),
    ("sp",),
    ("p", "Khalid Al-Otaibi, Procurement Manager - Al-Nakheel Process Equipment Co."),
], title="LOA ANP/LOA/2024/061", author="Al-Nakheel Procurement")
case("p32_loa_contradicting_clauses", ["RG007"],
     "clause 4 requires a written release by Khalid Al-Otaibi after FAT; clause 7 says continue directly with the 3 skids upon successful FAT",
     [("LOA_ANP-LOA-2024-061.pdf", _r32)])


# r33: WhatsApp: supplier assumes QC approval = start of 784, copper for 800 already in store ----
_r33 = """[03/06/2024, 17:40] Priya Deshmukh DSW: Kevin, PO 2100459120 is for 16 sample busbars (DSW-BB-800-60) only. Bal. 784 not released, on hold till FAI sign-off by Arjun (QC) and written release from R. Venkatesh, GM Purchase. Copper only for the 16
[03/06/2024, 17:52] Kevin Chen NDC: Noted madam 🙏
[20/06/2024, 09:15] Kevin Chen NDC: Priya madam good morning
[20/06/2024, 09:16] Kevin Chen NDC: Arjun sir approved the samples yesterday in the video call right? So we start the 784 busbars on Monday 👍
[20/06/2024, 09:17] Kevin Chen NDC: copper for all 800 is already in our store since last week, no problem for material
[20/06/2024, 09:44] Priya Deshmukh DSW: Will check with Arjun and revert
[20/06/2024, 09:45] Kevin Chen NDC: ok madam, waiting
"""
case("p33_whatsapp_supplier_assumes_start_copper_800", ["RG006", "RG007"],
     "scope complete (16, 784 on hold, FAI sign-off + Venkatesh); supplier takes QC approval as start of 784 and has copper for 800",
     [("WhatsApp_Kevin_Chen_NDC_busbars.txt", _r33)])


# r34: buyer mail: forecast to be treated as a firm commitment; HTML forecast attached ----------
_r34_att = html_page("Forecast 2025 – NV-60210", """
<h3>Nordvind Wind A/S – demand forecast 2025 – hub adapter NV-60210 rev A</h3>
<table>
<tr><th>Quarter</th><th>Turbines (V-class 4.2 MW)</th><th>Castings NV-60210</th></tr>
<tr><td>Q1 2025</td><td>70</td><td>280</td></tr>
<tr><td>Q2 2025</td><td>80</td><td>320</td></tr>
<tr><td>Q3 2025</td><td>80</td><td>320</td></tr>
<tr><td>Q4 2025</td><td>70</td><td>280</td></tr>
<tr><th>Total</th><th>300</th><th>1,200</th></tr>
</table>
<p>Source: S&amp;OP cycle May 2024.</p>
""")
_r34_text = """Dear Santosh,

Thank you for the visit to Esbjerg last week.

For your capacity planning, please find attached our 2025 forecast for the hub adapter NV-60210:
1,200 castings (4 per turbine, 300 turbines).

Please treat this forecast as our firm commitment for 2025 and reserve moulding line 2
accordingly. We do not want to lose the capacity to other customers.

On the current order nothing changes: PO 4500117655 covers the 4 sample castings only. Nothing
beyond them is released - neither the series balance nor any of the 2025 volume. That stays on
hold until our FAI sign-off and a written production release from Lars Holm, Category Manager
Castings.

Med venlig hilsen / Best regards
""" + sig("Mette Kjærgaard", "Project Buyer, Castings & Forgings", "Nordvind Wind A/S, Esbjerg", "+45 76 12 40 88")
_r34_mail = mail("Mette Kjærgaard <mkj@nordvind-wind.dk>", "Santosh Patil <santosh.patil@kolhapurfoundry.in>",
                 "NV-60210 - 2025 volume", "Wed, 12 Jun 2024 13:30:00 +0200", _r34_text, html=txt2html(_r34_text),
                 attachments=[("Forecast_2025_NV-60210.html", _r34_att, "text/html")])
case("p34_buyer_forecast_as_firm_commitment", ["RG008"],
     "buyer asks supplier to treat the 1,200 forecast as a firm commitment; current PO scope complete (4 samples, hold, FAI sign-off + Lars Holm)",
     [("mail_NV-60210_2024-06-12.eml", eml(_r34_mail))])


# r36: blanket PO page: forecast called "binding order quantity"; call-off 01 has no quantity ---
_r36 = html_page("Blanket Purchase Agreement 31-BPA-0088", """
<h2>LONE PRAIRIE PRESSURE VESSELS INC. &ndash; Blanket Purchase Agreement 31-BPA-0088</h2>
<p>4100 W 21st St, Tulsa, OK 74107 &middot; Supplier: Hai Phong Steel Fabrication JSC, Hai Phong, Viet Nam
&middot; Effective 01 Jul 2024 &ndash; 31 Dec 2024 &middot; Buyer: Kyle Brandt</p>
<table>
<tr><th>Item</th><th>Description</th><th>Quantity</th><th>Unit price</th></tr>
<tr><td>1</td><td>Vessel saddle set VS-48 (2 saddles + wear plates), SA-516-70, for 48&quot; OD vessels, DRG LP-VS-48 Rev 4</td>
<td>Forecast Q3&ndash;Q4 2024: 400 sets &ndash; binding order quantity</td><td>USD 312.00 / set</td></tr>
<tr><td>2</td><td>Lifting lug LL-10T, SA-516-70, DRG LP-LL-10 Rev 2</td>
<td>Forecast Q3&ndash;Q4 2024: 800 pcs (estimate)</td><td>USD 41.50 / pc</td></tr>
</table>
<h3>Call-off 01</h3>
<div class="note">
<p>Call-off 01 releases the first lot of saddle sets VS-48 for the Tulsa shop, delivery FOB Hai Phong, ETD 15 Aug 2024.</p>
<p>Everything beyond call-off 01 is not released. Further quantities are released only by call-off 02, signed by
Denise Owens, Materials Manager. Material authority: call-off 01 only.</p>
</div>
<p>Welding per ASME IX, WPS LP-W-016. Blast SSPC-SP10, shop primer IOZ 75 &micro;m. MTRs EN 10204 3.1.</p>
""")
case("p36_blanket_binding_forecast_calloff_no_qty", ["RG008", "RG010"],
     "blanket calls a 400-set forecast a 'binding order quantity'; call-off 01 releases 'the first lot' without a number (hold/event/person present)",
     [("BPA_31-BPA-0088.html", _r36)])


# r37: DOCX PO: "release" for the drawing and for production --------------------------------
_r37 = docx_bytes([
    ("h1", "Purchase order 4500088455"),
    ("p", "Skovgaard Valves A/S – Industrivej Nord 9 – DK-6000 Kolding"),
    ("p", "Supplier: Bursa Flanş Makina A.Ş., Demirtaş OSB, Bursa, Türkiye – quotation BF-Q-24-0640"),
    ("p", "Date: 10.06.2024 – Buyer: Anders Bech – DAP Kolding (Incoterms 2020)"),
    ("table", [
        ["Pos", "Item", "Qty", "Unit price"],
        ["10", "SV-BN-2210 bonnet forging, ASTM A182 F316, 10\" CL600 – samples", "6 pcs", "EUR 1.140,00"],
    ]),
    ("h", "Release status"),
    ("li", "Drawing release: SV-BN-2210 rev D is released for manufacture (RFC, 04.06.2024)."),
    ("li", "Production release: this order covers the 6 sample bonnets only. The 140 series bonnets are not released; "
           "they will be released only by a written production release from Helle Juhl, Head of Sourcing, after our "
           "sample sign-off."),
    ("li", "Material: for the 6 samples only."),
    ("h", "Requirements"),
    ("p", "Solution annealed, IGC test per ASTM A262 practice E, PMI 100 %, UT per ASME SA-388. Certificate EN 10204 3.1."),
], author="Anders Bech")
case("p37_release_for_drawing_and_production", ["RG009"],
     "'release' used for drawing release (technical, RFC) and production release in one PO; scope otherwise complete",
     [("PO_4500088455.docx", _r37)])


# r38: Inspection Release Note + production release for the rest ------------------------------
_r38 = pdf([
    ("h1", "INSPECTION RELEASE NOTE IRN-ANP-0042"),
    ("p", "Al-Nakheel Process Equipment Co. - QA/QC Department - Jubail"),
    ("p", "Vendor: Coimbatore Pump Castings Pvt. Ltd. - PO 45-2402 - Item: pump casing 10x8-17, ASTM A216 WCB, "
          "DRG ANP-PC-1017 Rev 3"),
    ("sp",),
    ("table", [
        ["Item", "Description", "Qty inspected", "Qty released", "Remarks"],
        ["1", "Pump casing 10x8-17 WCB - FAI castings", "4", "4", "Dimensional, hydrotest 38 bar, RT - accepted"],
    ]),
    ("sp",),
    ("p", "This IRN releases the items listed above for shipment. Inspector: Eng. Omar Haddad (Al-Nakheel QA/QC), "
          "witnessed with TUV India on 12/06/2024."),
    ("h", "Status of the order"),
    ("p", "PO 45-2402 covers the 4 FAI castings only. The remaining 56 casings are not released. The production release "
          "for the 56 will be issued in writing by Mr. Khalid Al-Otaibi, Procurement Manager, after he has reviewed "
          "this IRN and the FAI report."),
    ("p", "Distribution: Vendor, Procurement (F. Al-Harbi), Logistics, QA file."),
], title="IRN-ANP-0042", author="Al-Nakheel QA/QC")
case("p38_inspection_release_note_plus_production_release", ["RG009"],
     "'release' used for inspection/shipment release (IRN) and for production release of the 56; scope otherwise complete",
     [("IRN-ANP-0042.pdf", _r38)])


# r40: Teams text export: PO "released in SAP" and "release for production" --------------------
_r40 = """Microsoft Teams – chat export
Chat: Solaris / HPSF – slew drive brackets
Participants: Lucía Ferrer (Solaris), Nguyen Van Minh (HPSF), Pilar Navarro (Solaris)

[17/06/2024 09:02] Nguyen Van Minh: Good morning Lucía, we still don't see the PO for the slew drive brackets in Ariba. Is there a problem?
[17/06/2024 09:20] Lucía Ferrer: Morning Minh! Sorry for the delay, it was stuck in the approval workflow.
[17/06/2024 09:21] Lucía Ferrer: PO 4700024530 is released in SAP now (release strategy complete, Javier signed it this morning). You should see it in Ariba within the hour.
[17/06/2024 09:23] Lucía Ferrer: It covers the 8 sample slew drive brackets SDB-12 rev A only. The release for production of the other 392 will come from Javier Ortega after the FAT sign-off. Until then they are on hold, no material for them please.
[17/06/2024 09:30] Nguyen Van Minh: Understood, thank you. 8 samples only, 392 on hold.
[17/06/2024 09:31] Nguyen Van Minh: For the samples: HDG or zinc flake? Drawing says both.
[17/06/2024 09:40] Pilar Navarro: Zinc flake, Geomet 500 grade B, 8 µm. Drawing will be corrected.
[17/06/2024 09:41] Nguyen Van Minh: 👍
"""
case("p40_po_released_in_sap_vs_production_release", ["RG009"],
     "'released' used for the PO in SAP (commercial, release strategy) and for the production release of the 392; scope otherwise complete",
     [("Teams_export_Solaris_HPSF.txt", _r40)])


# r41: PDF PO: note says twelve (12), line says 15 --------------------------------------------
_r41 = pdf([
    ("h1", "PURCHASE ORDER 31-7815"),
    ("p", "Bayou Pump & Compressor LLC - 8800 Clinton Dr, Houston, TX 77029"),
    ("p", "Supplier: Forjas del Bajio S.A. de C.V., Queretaro, Mexico - Date: 06/03/2024 - Buyer: Tom Reilly"),
    ("table", [
        ["Line", "Part / description", "Qty", "UOM", "Unit price", "Extended"],
        ["1", "BP-IH-0410 impeller hub forging, AISI 4130 Q&T - FIRST ARTICLE", "15", "EA", "$318.00", "$4,770.00"],
        ["2", "Closed die set BP-IH-0410", "1", "LOT", "$9,800.00", "$9,800.00"],
    ]),
    ("sp",),
    ("h", "PO note"),
    ("p", "This PO authorizes twelve (12) first-article forgings only. The balance of 188 forgings is not released and is "
          "on hold until the FAI report is signed off by Dwayne Foster (SQE) and Angela Price, Procurement Director, "
          "issues a written production release. Material: first-article quantity only."),
    ("p", "Hardness 22-28 HRC, UT per ASTM A388, MT per ASTM E709. MTR EN 10204 3.1. FOB Queretaro."),
], pagesize=LETTER, title="PO 31-7815", author="Bayou Pump")
case("p41_po_note_twelve_line_fifteen", ["RG011"],
     "PO note authorizes twelve (12) FAI forgings, line 1 orders 15; hold, event and Angela Price present",
     [("PO_31-7815.pdf", _r41)])


# r42: multi-file: SAP PO says 6 FAI enclosures, buyer mail says 8 ---------------------------
_r42_po = """MWK Mittelspannungswerke Kassel GmbH                          Bestellung / Purchase Order
Sandershäuser Str. 40, 34123 Kassel                               Nr. 4501-2460
                                                                  Datum 29.05.2024
Lieferant / Supplier 82291                                        Seite 1 / 1
BINH DUONG ENCLOSURE CO., LTD
LOT C-12, VSIP II, THU DAU MOT, BINH DUONG, VIET NAM
Einkäufer / buyer: Uwe Hartmann, +49 561 7005 4412
---------------------------------------------------------------------------------------
Pos   Material        Kurztext / description             Menge  ME   Preis/EUR   Wert/EUR
---------------------------------------------------------------------------------------
00010 MWK-KS-12-FAI   Kabelendverschluss-Schrank /           6  ST     612,00   3.672,00
                      cable termination cabinet 12 kV,
                      SS304, IP54 – FIRST ARTICLE
---------------------------------------------------------------------------------------
Positionstext / item text 00010:
  6 first-article cabinets only. Balance of 114 cabinets (offer BDE-Q-2405-07)
  NOT released, on hold until FAI sign-off by MWK quality and a written
  production release from Petra Lange, Leiterin Einkauf / Head of Purchasing.
  Material: FAI quantity only.
Lieferung / delivery: KW 31, FOB Cat Lai
---------------------------------------------------------------------------------------
"""
_r42_text = """Dear Ms Lan,

as per our PO 4501-2460, please build the 8 first-article cabinets only. The balance stays on
hold until our FAI sign-off and the written production release from Ms Petra Lange.

Please use the revised door hinge (drawing MWK-KS-12 index C), the old one collided with the
cable gland plate.

Mit freundlichen Grüßen / Best regards
""" + sig("Uwe Hartmann", "Strategic Buyer", "MWK Mittelspannungswerke Kassel GmbH", "+49 561 7005 4412")
_r42_mail = mail("Uwe Hartmann <uwe.hartmann@mwk-kassel.de>", "Tran Thi Lan <lan.tran@bdenclosure.vn>",
                 "PO 4501-2460 – FAI cabinets – hinge revision", "Mon, 03 Jun 2024 08:44:00 +0200", _r42_text)
case("p42_po_six_mail_eight", ["RG011"],
     "SAP PO authorizes 6 first-article cabinets; buyer's mail on the same PO says build 8",
     [("PO_4501-2460.txt", _r42_po), ("mail_4501-2460_hinge.eml", eml(_r42_mail))])


# r43: mail says 4 prototypes, attached DOCX PO says 5 -----------------------------------------
_r43_po = docx_bytes([
    ("h1", "Purchase order 4500212233"),
    ("p", "Eólica del Ebro S.A. – Compras Proyectos – Logroño"),
    ("p", "Supplier: Pomorskie Zakłady Metalowe Sp. z o.o., Gdańsk – quotation PZM/OF/24/344"),
    ("p", "Date: 05.06.2024 – Project buyer: Marta Gil"),
    ("table", [
        ["Line", "Item", "Qty", "Unit price"],
        ["10", "NCB-07 nacelle cover bracket, S355J2, HDG, drawing EE-NC-0707 rev 1 – prototype", "5 pcs", "EUR 486,00"],
    ]),
    ("p", "Scope: five (5) prototype brackets. The 195 series brackets are not released and stay on hold until our "
          "fit-check sign-off on the nacelle mock-up and a written production release from Iñigo Etxeberria, "
          "Procurement Manager. Material: prototypes only."),
    ("p", "Delivery: DAP Logroño, week 30."),
], author="Marta Gil")
_r43_text = """Dear Ms Wiśniewska,

Please find attached PO 4500212233 for the 4 prototype nacelle cover brackets NCB-07. The series
brackets are not released; they stay on hold until our fit-check sign-off and a written production
release from Iñigo Etxeberria.

We need the prototypes for the nacelle mock-up in week 30 – please confirm.

Un saludo / Best regards
""" + sig("Marta Gil", "Project Buyer", "Eólica del Ebro S.A., Logroño", "+34 941 27 80 15")
_r43_mail = mail("Marta Gil <mgil@eolicadelebro.es>", "Katarzyna Wiśniewska <k.wisniewska@pzm-gdansk.pl>",
                 "PO 4500212233 – NCB-07 prototypes", "Wed, 05 Jun 2024 17:10:00 +0200", _r43_text,
                 attachments=[("PO_4500212233.docx", _r43_po, DOCX_MT)])
case("p43_mail_four_attached_po_five", ["RG011"],
     "mail says 4 prototype brackets, attached PO says five (5); hold, event and Inigo Etxeberria present",
     [("PO_4500212233_mail.eml", eml(_r43_mail))])


# r44: call-off total 40, schedule lines add to 45 --------------------------------------------
_r44 = """DECCAN SWITCHGEAR PVT. LTD.                                      CALL-OFF ORDER
Plot 22, MIDC Chakan Phase II, Pune 410501                          Agreement: 2200000412
                                                                    Call-off No: 03
                                                                    Date: 10-JUN-2024
Supplier : BINH DUONG ENCLOSURE CO., LTD (Supplier# 60377)
Buyer    : Priya Deshmukh
-------------------------------------------------------------------------------------------
Item: DSW-RMU-K11 Kiosk enclosure for RMU, SS304, IP54, DRG 7110 Rev B
CALL-OFF QTY: 40 EA
-------------------------------------------------------------------------------------------
Delivery schedule              Qty   Ship date
  Schedule line 1               20   15-JUL-2024  FOB Cat Lai
  Schedule line 2               25   05-AUG-2024  FOB Cat Lai
-------------------------------------------------------------------------------------------
Agreement quantity                                     300 EA
Released by call-offs 01-02 (delivered)                 60 EA
Notes:
  1. Quantities beyond this call-off are NOT released. The next quantity will be
     released only by call-off 04, signed by R. Venkatesh, GM Purchase.
  2. Material authority: this call-off quantity only.
-------------------------------------------------------------------------------------------
Authorised signatory: R. Venkatesh, GM Purchase
"""
case("p44_calloff_total_vs_schedule_lines", ["RG011"],
     "call-off says 40 EA, its schedule lines add up to 45 (20 + 25); hold, next call-off and Venkatesh present",
     [("CallOff_2200000412_03.txt", _r44)])


# r45: Teams: PO rev 1 releases 40 for batch 1, later chat says go ahead with 50 ---------------
_r45_rows = [
    ("Kyle Brandt", "6/3/2024 8:05 AM", "Alejandro, PO 31-0470 rev 1 is in the portal. It releases 40 long-radius elbows 8\" SCH 80 WPB for batch 1. The remaining 160 are on hold until batch 1 passes our lot acceptance and Denise Owens (Materials Manager) sends a written release."),
    ("Alejandro Ruiz", "6/3/2024 8:41 AM", "Thanks Kyle. 40 for batch 1, 160 on hold. Material for 40 only."),
    ("Alejandro Ruiz", "6/10/2024 2:15 PM", "Kyle, question on batch 1: the 8\" SCH 80 plate came in 2 mm over thickness, still within ASME B16.9 tolerance. OK to use?"),
    ("Kyle Brandt", "6/10/2024 3:02 PM", "Yes, within B16.9 is fine, note it on the MTR cover sheet."),
    ("Kyle Brandt", "6/10/2024 3:04 PM", "Also - Midland job got bigger. Go ahead with 50 for batch 1, we'll sort the PO later."),
    ("Alejandro Ruiz", "6/10/2024 3:10 PM", "Ok, noted. Shipping date stays June 28?"),
    ("Kyle Brandt", "6/10/2024 3:11 PM", "Yes June 28."),
]
_r45 = html_page("Teams chat export", "<h3>Chat: LPPV / Forjas del Bajío – elbows PO 31-0470</h3>\n<table>\n<tr><th>Sender</th><th>Time</th><th>Message</th></tr>\n"
                 + "\n".join(f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td>{escape(c)}</td></tr>" for a, b, c in _r45_rows)
                 + "\n</table>\n")
case("p45_teams_po_40_chat_50", ["RG011"],
     "PO rev 1 releases 40 for batch 1; buyer later says 'go ahead with 50 for batch 1, we'll sort the PO later'",
     [("Teams_LPPV_FDB_elbows.html", _r45)])


# r46: release letter: text releases 100, table says 120; drawing "as released" -----------------
_r46 = pdf([
    ("h1", "PRODUCTION RELEASE R-002"),
    ("p", "Nordvind Wind A/S - Supply Chain Castings - Esbjerg, Denmark - 18.06.2024"),
    ("p", "To: Jiangsu Hengtai Casting Co., Ltd., Wuxi - attn. Mr Wang Lei"),
    ("p", "Part: NV-48250 generator support bracket, EN-GJS-400-18U-LT - purchase order 4500117020 revision 3"),
    ("sp",),
    ("p", "Basis: drawing NV-48250 rev D as released by Nordvind engineering on 02.05.2024 (ECN-2024-031), and the FAI "
          "sign-off of 14.06.2024 (report FAI-48250-02, Soren Dahl)."),
    ("p", "With this document Nordvind releases one hundred (100) castings NV-48250 for production."),
    ("table", [
        ["Field", "Value"],
        ["Series quantity quoted", "300 pcs"],
        ["Quantity released with this release", "120 pcs"],
        ["Balance remaining on hold", "200 pcs - not released"],
        ["Unlock event for the balance", "lot acceptance of the first 100 castings at Esbjerg, then a further written release"],
        ["Material authority", "material for the quantity released here"],
    ]),
    ("sp",),
    ("p", "Released by: Lars Holm, Category Manager Castings (release authority EUR 150.000)."),
], title="Production Release R-002", author="Nordvind Wind A/S")
case("p46_release_letter_100_vs_120_drawing_released", ["RG009", "RG011"],
     "release text says 100, table says 120 (balance 200 fits neither cleanly); 'released' also used for the drawing (technical)",
     [("Release_R-002_NV-48250.pdf", _r46)])


# r47: multi-file: PO for 10 sample bodies, supplier acknowledgement confirms 20 ----------------
_r47_po = pdf([
    ("h1", "PURCHASE ORDER 4500088512"),
    ("p", "Skovgaard Valves A/S - Industrivej Nord 9 - DK-6000 Kolding"),
    ("p", "Supplier: Ege Dokum Sanayi A.S., Kemalpasa OSB, Izmir, Turkiye - Date: 11.06.2024 - Buyer: Anders Bech"),
    ("table", [
        ["Pos", "Item", "Qty", "Unit", "Price"],
        ["10", "BVB-208 ball valve body 8in CL150, ASTM A216 WCB, drg BVB-208-C rev 2 - samples", "10", "PC", "EUR 295,00"],
    ]),
    ("sp",),
    ("p", "Scope: 10 sample bodies only. The 290 series bodies are not released; they stay on hold until Skovgaard QA has "
          "signed off the samples and Helle Juhl, Head of Sourcing, has issued a written production release. "
          "Material: samples only."),
], title="PO 4500088512", author="Skovgaard Valves")
_r47_ack = docx_bytes([
    ("h1", "Sipariş Onayı / Order Confirmation SO-24-1183"),
    ("p", "Ege Döküm Sanayi A.Ş. – Kemalpaşa OSB, 35730 İzmir"),
    ("p", "To: Skovgaard Valves A/S, Mr Anders Bech – your PO 4500088512 dated 11.06.2024"),
    ("table", [
        ["Pos", "Description", "Qty", "Delivery"],
        ["10", "BVB-208 ball valve body 8\" CL150 WCB – sample bodies", "20 pcs", "week 29/2024, FCA İzmir"],
    ]),
    ("p", "We confirm your order for 20 sample bodies as above. The series bodies remain on hold until your sample "
          "sign-off and the written production release from Ms Helle Juhl, as stated in your PO."),
    ("p", "Pattern: existing pattern BVB-208 (from 2022) will be used, no tooling cost."),
    ("p", "Saygılarımızla / Best regards – Mehmet Yılmaz, Export Sales Manager"),
], author="Mehmet Yılmaz")
case("p47_po_ten_ack_twenty", ["RG011"],
     "PO authorizes 10 sample bodies; supplier's order confirmation confirms 20 sample bodies",
     [("PO_4500088512.pdf", _r47_po), ("SO-24-1183_confirmation.docx", _r47_ack)])


# r48: supplier: down payment received, therefore series production started (TXT advice attached)
_r48_q = """From: Marta Gil <mgil@eolicadelebro.es>
Sent: 20 May 2024 12:30
To: Mehmet Yılmaz <mehmet.yilmaz@egedokum.com.tr>
Subject: PO 4500212301 – rotor hub castings RH-45 – samples

Dear Mehmet,

PO 4500212301 covers 2 sample rotor hub castings RH-45 (EN-GJS-400-18U-LT) only. The 38 series
hubs of your quotation are not released. They stay on hold until our sample sign-off (UT, MT,
mechanical test from the attached coupons) and a written production release from Iñigo
Etxeberria, Procurement Manager. Material: samples only.

The 30 % down payment in the PO covers the pattern and the 2 samples.

Un saludo,
Marta Gil"""
_r48_text = """Dear Marta,

We received your down payment of 30 % (EUR 52.800,00) today – bank advice attached. Thank you.

Therefore production of the 38 series hubs has started in our foundry: moulds for the first 6
hubs are in preparation and pouring is planned for 24 June, in parallel with the 2 samples.

We will send the pouring plan next week.

Saygılarımızla / Best regards
""" + sig("Mehmet Yılmaz", "Export Sales Manager", "Ege Döküm Sanayi A.Ş., İzmir", "+90 232 877 41 10") + "\n" + q(_r48_q)
_r48_advice = """TÜRKİYE İŞ BANKASI A.Ş. - KEMALPAŞA OSB ŞUBESİ
INCOMING PAYMENT ADVICE / GELEN ÖDEME BİLDİRİMİ

Value date      : 07.06.2024
Beneficiary     : EGE DÖKÜM SANAYİ A.Ş.
IBAN            : TR33 0006 4000 0011 2345 6789 01
Ordering party  : EOLICA DEL EBRO S.A., LOGRONO, ES
Ordering bank   : BBVA MADRID (BBVAESMMXXX)
Amount          : EUR 52.800,00
Charges         : SHA
Remittance info : PO 4500212301 DOWN PAYMENT 30 PCT PATTERN AND SAMPLES
Reference       : FT2415900127
"""
_r48_mail = mail("Mehmet Yılmaz <mehmet.yilmaz@egedokum.com.tr>", "Marta Gil <mgil@eolicadelebro.es>",
                 "RE: PO 4500212301 – rotor hub castings RH-45 – down payment received", "Fri, 07 Jun 2024 15:20:00 +0300",
                 _r48_text, in_reply_to="<h29-ref-212301@eolicadelebro.es>",
                 attachments=[("payment_advice_FT2415900127.txt", _r48_advice, "text/plain")])
case("p48_down_payment_therefore_series_started", ["RG012"],
     "quoted scope complete (2 samples, 38 on hold, sign-off + Inigo Etxeberria, deposit = pattern + samples); supplier starts series because the down payment arrived",
     [("RE_PO_4500212301.eml", eml(_r48_mail))])


# r49: supplier order acknowledgement: acceptance releases the order; committed forecast --------
_r49 = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-BD-24-118"),
    ("p", "Binh Duong Enclosure Co., Ltd - Lot C-12, VSIP II, Thu Dau Mot, Binh Duong, Viet Nam"),
    ("p", "To: Deccan Switchgear Pvt. Ltd., Pune - Ms Priya Deshmukh - your PO 2100461870 - date 14/06/2024"),
    ("sp",),
    ("p", "Dear Ms Priya,"),
    ("p", "Thank you for your purchase order 2100461870 for the outdoor LV feeder pillar enclosure DSW-FP-0630 (SS304, "
          "IP55, DRG 6300 Rev A). We accept the order on the terms below."),
    ("p", "1. Our acceptance of your PO releases the order quantity for manufacturing. Production slot booked in week 32."),
    ("p", "2. Capacity is reserved against your committed annual volume of 1,800 enclosures (your forecast dated "
          "05/03/2024)."),
    ("p", "3. Delivery FOB Cat Lai, payment 30 % TT in advance, 70 % against copy of B/L."),
    ("p", "4. Powder coating RAL 7032, 80 um minimum; salt spray test 1,000 h per ISO 9227 on a test panel from each "
          "coating batch."),
    ("sp",),
    ("p", "Best regards, Tran Thi Lan - Project Manager"),
], title="OA-BD-24-118", author="Binh Duong Enclosure")
case("p49_ack_acceptance_releases_committed_forecast", ["RG008", "RG012"],
     "supplier acknowledgement: 'our acceptance of your PO releases the order quantity for manufacturing'; forecast called a committed annual volume",
     [("OA-BD-24-118.pdf", _r49)])


# r50: buyer: proforma paid in full - "consider this your go-ahead" (full-quantity PO attached) --
_r50_po = pdf([
    ("h1", "PURCHASE ORDER 31-0478"),
    ("p", "Lone Prairie Pressure Vessels Inc. - 4100 W 21st St, Tulsa, OK 74107"),
    ("p", "Supplier: Binh Duong Enclosure Co., Ltd, Binh Duong, Viet Nam - Date: 05/28/2024 - Buyer: Kyle Brandt"),
    ("table", [
        ["Line", "Description", "Qty", "UOM", "Unit price", "Extended"],
        ["1", "Instrument enclosure IE-600, SS316L, NEMA 4X, 600x400x250 mm, with sunshade, DRG LP-IE-600 Rev 1",
         "24", "EA", "$428.00", "$10,272.00"],
    ]),
    ("sp",),
    ("p", "This PO covers the full quantity of 24 enclosures; there is no sample stage. Payment: 100 % against proforma "
          "invoice before shipment. FOB Cat Lai."),
], pagesize=LETTER, title="PO 31-0478", author="Lone Prairie Pressure Vessels")
_r50_text = """Hi Lan,

Proforma PI-BD-0291 for PO 31-0478 is paid in full today (wire ref. LPPV-0611-04, USD 10,272.00).
Consider this your go-ahead.

Could you send me the fabrication schedule by Friday? Our site needs the enclosures by mid-August.

Thanks,
Kyle
""" + sig("Kyle Brandt", "Purchasing Agent", "Lone Prairie Pressure Vessels Inc., Tulsa, OK", "+1 918 555 0173")
_r50_mail = mail("Kyle Brandt <kbrandt@loneprairiepv.com>", "Tran Thi Lan <lan.tran@bdenclosure.vn>",
                 "PO 31-0478 - proforma paid", "Tue, 11 Jun 2024 09:30:00 -0500", _r50_text, html=txt2html(_r50_text),
                 attachments=[("PO_31-0478.pdf", _r50_po, PDF_MT)])
case("p50_proforma_paid_consider_go_ahead", ["RG002", "RG012"],
     "buyer: proforma paid in full, 'consider this your go-ahead' - payment as production trigger, go-ahead names no quantity; PO is full quantity (no balance)",
     [("mail_PO_31-0478.eml", eml(_r50_mail))])


# ======================================================================================
#                                   WRITE
# ======================================================================================
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _stem(fname):
    s = Path(fname).stem
    s = re.sub(r"[^A-Za-z0-9._-]+", "_", s).strip("_")
    return s


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["files"], c["name"]
    order = list(CASES)
    random.Random(2929).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h29_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fname, data in c["files"]:
            p = d / fname
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in RULES:
        print(f"  {r}: {sum(1 for c in CASES if r in c['expect'])}")


if __name__ == "__main__":
    main()
