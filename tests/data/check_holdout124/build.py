#!/usr/bin/env python3
"""Generator for the releasegate check_holdout124 corpus (HVAC / ventilation components).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout124/build.py

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
    m["Message-ID"] = msgid or f"<h124-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h124")
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
def q(text, level=1):
    """Quote text for a reply thread ("> " per level)."""
    pre = ">" * level + " "
    return "\n".join((pre + ln).rstrip() if ln else ">" * level for ln in text.strip("\n").split("\n"))


def E(m):
    """An EmailMessage rendered to bytes (for a case file)."""
    return eml_bytes(m)


def H(title, body):
    return html_page(title, body)


# ======================================================================
# CASES.  Names: cNN = clean (expect []), pNN = with risks.  The names
# appear only here; the case folders get neutral, shuffled names.
# ======================================================================

# =================================================================== CLEAN (batch 1)

# c01 — Swedish buyer, PDF PO with table, complete sample scope note.
case("c01_ventab_proto_impeller_po", [],
     "prototype PO releases 4 impellers; series 1 200 not released, unlock event and named releaser stated",
     [("Inkopsorder_4500231187.pdf", pdf([
         ("h1", "INKÖPSORDER / PURCHASE ORDER 4500231187"),
         ("p", "Ventab Klimat AB, Box 2231, 550 02 Jönköping, Sweden. Org.nr 556677-8899. "
               "VAT SE556677889901."),
         ("p", "Supplier: Ningbo Hengfeng Fan Co., Ltd., No. 88 Xinghai Road, Beilun, Ningbo, China. "
               "Supplier no. 300118."),
         ("p", "Order date: 2024-03-18. Our reference: Lena Sjöberg. Your reference: Grace Liu. "
               "Your quotation: HF-Q24-0211 of 2024-03-04."),
         ("table", [["Pos", "Article", "Description", "Qty", "Unit", "Price USD", "Scope"],
                    ["10", "31-EC450-IMP", "Backward-curved impeller Ø450 mm, PA6-GF30, drawing VK-4471 rev C",
                     "4", "pcs", "86.00", "Prototype - released"]]),
         ("sp",),
         ("h", "Scope of this order"),
         ("p", "This purchase order releases four (4) prototype impellers (pos. 10) for our run test in the "
               "Jönköping lab. The series quantity of 1 200 pcs shown in your quotation HF-Q24-0211 is NOT "
               "released by this order."),
         ("p", "The series quantity stays on hold until (1) the run test, including the sound measurement per "
               "EN ISO 3744 for our Eurovent certification, is signed off by Ventab R&D, and (2) Karin Lund, "
               "Inköpschef, sends you a written production release that names the quantity."),
         ("p", "Material authority: prototype quantity only. Please do not purchase resin, inserts or hub "
               "bushings for the series. The series quantity is a forecast, not a firm commitment."),
         ("h", "Delivery and documents"),
         ("p", "FCA Ningbo (Incoterms 2020), by air, latest week 16. Each impeller marked with part number and "
               "serial. Please include the dimensional report (fits per ISO 286) and the material "
               "certificate for the PA6-GF30 batch."),
         ("p", "Invoice to: Ventab Klimat AB, Leverantörsreskontra, Box 2231, 550 02 Jönköping. "
               "Payment 60 days net. Our general purchasing conditions VK-AIB 2023 apply."),
     ], title="PO 4500231187", author="Ventab Klimat AB"))])

# c02 — supplier quote alone with sample and production tiers (Chinese-English).
case("c02_airwell_coil_quote", [],
     "supplier quote alone: sample and production tiers, no authorized quantity",
     [("FA-QT-240415-07.pdf", pdf([
         ("h1", "QUOTATION FA-QT-240415-07"),
         ("p", "Foshan Airwell Coil Co., Ltd. | Shunde District, Foshan, Guangdong, China | "
               "Tel +86 757 2280 6611"),
         ("p", "To: Northfield Air Systems Inc., 4400 Industrial Blvd NE, Minneapolis, MN 55421, USA. "
               "Attn: Mr. Kevin O'Neill, Buyer. Date: April 15, 2024."),
         ("p", "Dear Kevin, thank you for your inquiry of the chilled water coil for your 10-ton air handler. "
               "We are pleased to offer as below."),
         ("table", [["Item", "Description", "Qty", "Unit price (USD)", "Lead time"],
                    ["1", "CW coil 4-row, 24 x 48 in, 3/8 in Cu tube, 12 FPI Al fin, sample", "3 pcs", "420.00",
                     "25 days from sample PO"],
                    ["2", "Same, production tier A", "500 pcs", "188.00", "45 days"],
                    ["3", "Same, production tier B", "2,000 pcs", "171.00", "45 days"]]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1. Sample lead time counts from receipt of your sample PO. Mass production lead time counts "
               "from your written production release with the confirmed quantity."),
         ("p", "2. Coil tested at 450 psig with dry nitrogen and helium leak test. Design per AHRI 410."),
         ("p", "3. Price FOB Shenzhen. Validity 60 days. Payment T/T 30 days after B/L date."),
         ("p", "4. Copper price basis LME 9,200 USD/t. Adjustment if LME moves more than 5%."),
         ("p", "Best regards, Amy Huang, Sales Manager, Foshan Airwell Coil Co., Ltd."),
     ], pagesize=LETTER, title="Quotation FA-QT-240415-07", author="Foshan Airwell Coil"))])

# c03 — Czech supplier asks whether the go-ahead covers the 480; buyer's complete scope quoted.
_c03_quoted = """PO 4500771020 - Pos. 10: 12 pcs pilot fire dampers FK-EU 400x300, released for the pilot build.
The remaining 480 pcs of the project list (pos. 20) are not released. They stay on hold until
the pilot dampers pass the fire test per EN 1366-2, the test is signed off by our engineering, and
Tobias Kraemer (Head of Purchasing) sends you a written release naming the quantity.
Material: pilot quantity only.

Mit freundlichen Gruessen
Tobias Kraemer
Leiter Einkauf / Head of Purchasing
Brandt Lufttechnik GmbH, Bielefeld"""
case("c03_vzt_question_go_ahead", [],
     "supplier question about the 480 is not an approval; quoted buyer scope is complete",
     [("RE_PO_4500771020.eml", mail(
         "Petr Novák <petr.novak@vzt-brno.cz>", "Tobias Krämer <t.kraemer@brandt-lufttechnik.de>",
         "RE: PO 4500771020 pilot fire dampers FK-EU", "Wed, 08 May 2024 10:14:00 +0200",
         "Dear Mr. Krämer,\n\nthank you for the PO 4500771020, we have it in our system.\n\n"
         "Before our workshop is doing the planning, please confirm us one point: do we have go-ahead only "
         "for the 12 pilot fire dampers, or also for the 480 pieces from the project list? From the PO "
         "text we understand it is only the 12, and we will not start the rest before we have your written "
         "release.\n\nThe blades for the pilots are laser cut this week, assembly and our own leakage test "
         "next week (class 3 per EN 1751). Delivery to Bielefeld KW 21.\n\n"
         "S pozdravem / Best regards\nPetr Novák\nSales engineer\nVZT Brno s.r.o.\nTuřanka 1222, 627 00 Brno\n\n"
         "-----Original Message-----\nFrom: Tobias Krämer\nSent: Monday, 6 May 2024 15:40\n"
         "Subject: PO 4500771020 pilot fire dampers FK-EU\n\n" + q(_c03_quoted) + "\n",
         in_reply_to="<h124-po-4500771020@brandt-lufttechnik.de>"))])

# c04 — labelled rolling forecast, SAP-like TXT.
case("c04_brandt_forecast_printout", [],
     "clearly labelled forecast, states it is no order, no release, no material authority",
     [("Forecast_200417_KW19.txt", """\
BRANDT LUFTTECHNIK GMBH                                   PRINT DATE 06.05.2024
EINKAUF / PURCHASING                                      PAGE       1 / 1
================================================================================
 ROLLING FORECAST  --  NOT AN ORDER  --  NO PRODUCTION RELEASE  --  NO MATERIAL
================================================================================
 SUPPLIER   200417   EGE HAVA METAL SAN. A.S., KEMALPASA / IZMIR, TR
 MATERIAL   7100-0450-22   HOUSING GALV. SHEET 1,5 MM, DWG 7100-0450 REV 22
 PLANT      1000 BIELEFELD          UNIT  ST (PCS)
--------------------------------------------------------------------------------
 PERIOD        FORECAST QTY      STATUS
 KW 24/2024            400       FORECAST
 KW 28/2024            400       FORECAST
 KW 32/2024            450       FORECAST
 KW 36/2024            450       FORECAST
 KW 40/2024            500       FORECAST
 KW 44/2024            500       FORECAST
--------------------------------------------------------------------------------
 TOTAL                2.700      FORECAST (NON-BINDING)
--------------------------------------------------------------------------------
 NOTE / HINWEIS:
 THESE FIGURES ARE FOR YOUR CAPACITY PLANNING ONLY. THEY ARE NOT A PURCHASE
 ORDER, NOT A PRODUCTION RELEASE AND DO NOT AUTHORIZE ANY MATERIAL PURCHASE.
 QUANTITIES ARE RELEASED ONLY BY A CALL-OFF (LIEFERABRUF) UNDER SCHEDULE
 AGREEMENT 5500012240, SIGNED BY S. VOGT, DISPOSITION.
 DIESE ZAHLEN SIND EINE VORSCHAU OHNE ABNAHMEVERPFLICHTUNG.
--------------------------------------------------------------------------------
 CONTACT: SABINE VOGT  +49 521 9870-214  S.VOGT@BRANDT-LUFTTECHNIK.DE
""")])

# c05 — German engineering test report (DOCX with table): approved for fit and thermal only.
case("c05_brandt_coil_test_report", [],
     "engineering test report: sample approved for fit/thermal only, series not released, releaser named",
     [("Pruefbericht_TR-24-117.docx", docx_bytes([
         ("h1", "Prüfbericht / Test report TR-24-117"),
         ("p", "Brandt Lufttechnik GmbH — Entwicklung / Engineering, Bielefeld"),
         ("p", "Object: 2 sample heating coils HC-1200-2R, supplier Ege Hava Metal San. A.Ş., "
               "PO 4500771544 pos. 10. Drawing 7300-1200 Rev. 4."),
         ("h", "1. Tests performed"),
         ("table", [["Test", "Requirement", "Result", "Status"],
                    ["Dimensional check", "DWG 7300-1200 Rev. 4, general tolerance ISO 2768-m", "within tolerance", "OK"],
                    ["Pressure test", "30 bar, 10 min, no leakage", "no leakage", "OK"],
                    ["Thermal output", "≥ 18,5 kW at 70/50 °C, 1.200 m³/h", "19,1 kW", "OK"],
                    ["Fit in AHU frame size 3", "installation without rework", "fits", "OK"]]),
         ("h", "2. Disposition"),
         ("p", "Sample sign-off: the two sample coils are approved for fit and thermal performance only."),
         ("p", "This report is not a production release. The series quantity of PO 4500771544 (600 pcs, "
               "pos. 20) remains on hold. A production release is issued only in writing by Tobias Krämer, "
               "Head of Purchasing, and will name the released quantity."),
         ("h", "3. Open points"),
         ("li", "Supplier to add the fin pitch to the label (2,5 mm)."),
         ("li", "Brazing report for the header to be attached to the first series delivery."),
         ("p", "Bielefeld, 21.05.2024 — Dr. Jens Hoffmann, Entwicklung Wärmetauscher"),
     ], author="Dr. Jens Hoffmann"))])

# c06 — UAE contractor, full-quantity LPO in a buyer e-procurement HTML page.
case("c06_alnoor_lpo_full_qty", [],
     "full-quantity LPO (240 nos) with 'proceed with the 240 nos'; no balance, no larger quantity",
     [("alnoor_eprocurement_LPO-24-0588.html", H("LPO ALN/LPO/24/0588", """\
<h2>Al Noor MEP Contracting LLC — e-Procurement</h2>
<p>Local Purchase Order <b>ALN/LPO/24/0588</b> &middot; Issued 14-Apr-2024 &middot; Project: Marina Heights, Plot 2400, Dubai Marina</p>
<p>Supplier: Ege Hava Metal San. A.Ş., Kemalpaşa OSB, Izmir, Türkiye &middot; Vendor code V-1187</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Rate (AED)</th></tr>
<tr><td>1</td><td>LSD-2-1200</td><td>Linear slot diffuser, 2 slot, 1200 mm, RAL 9010</td><td>120</td><td>nos</td><td>265.00</td></tr>
<tr><td>2</td><td>LSD-3-1500</td><td>Linear slot diffuser, 3 slot, 1500 mm, RAL 9010</td><td>80</td><td>nos</td><td>340.00</td></tr>
<tr><td>3</td><td>PLB-3-1500</td><td>Insulated plenum box for line 2, 1500 mm</td><td>40</td><td>nos</td><td>190.00</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>240</b></td><td>nos</td><td></td></tr>
</table>
<div class="note">
<p>This LPO covers the full quantity for Tower A, levels 1 to 6 (240 nos). There is no sample stage and no balance.
Please proceed with the manufacture of the 240 nos as per shop drawing ALN-SD-2400 rev 3 (approved by the consultant on 02-Apr-2024).</p>
<p>Site delivery: floor-by-floor, dates to be confirmed by our site team one week in advance (delivery schedule only; manufacture of all 240 nos is covered by this LPO).</p>
</div>
<p>Payment: 60 days from delivery against invoice and delivery note signed by site. Retention: none. Warranty: 24 months.</p>
<p>Procurement contact: Fatima Al Zaabi, Procurement Lead, +971 4 338 5120</p>
"""))])

# c07 — Indian buyer records an explicit auto-conversion (multipart/alternative).
_c07_txt = """Dear Mr. Tan,

Ref: our PO SCS/PO/2024-25/0412 for controller board PCB-CHC-220 Rev B.

As discussed in yesterday's call, we are recording the following in writing so that there is no
confusion at either end:

1. The PO releases 10 (ten) sample controller boards now.
2. Auto-conversion (agreed and recorded): if the samples receive an approved sample sign-off from
   Ms. Priya Raman (Head - QA) on the EMC and functional test, 300 (three hundred) production boards
   are released automatically on the date of that sign-off. No further document is needed for
   these 300 boards. The sign-off will be sent to you by e-mail.
3. The remaining 1,190 boards of the 1,500 quantity in your offer PCL/Q/24/118 are not released and
   stay on hold until a separate written release from the undersigned.
4. Material authority: components for the 10 samples only until the sign-off; after an approved
   sign-off, components for up to 310 boards.

Kindly acknowledge this mail.

Regards,
R. Menon
General Manager - Purchase
Sarvam Cooling Systems Pvt. Ltd., Chakan MIDC, Pune 410501
+91 20 6719 4400
"""
_c07_html = "<html><body><p>Dear Mr. Tan,</p><p>Ref: our PO SCS/PO/2024-25/0412 for controller board PCB-CHC-220 Rev B.</p>" \
    "<p>As discussed in yesterday's call, we are recording the following in writing so that there is no confusion at either end:</p><ol>" \
    "<li>The PO releases <b>10 (ten) sample controller boards</b> now.</li>" \
    "<li><b>Auto-conversion (agreed and recorded):</b> if the samples receive an approved sample sign-off from Ms. Priya Raman (Head - QA) on the EMC and functional test, 300 (three hundred) production boards are released automatically on the date of that sign-off. No further document is needed for these 300 boards. The sign-off will be sent to you by e-mail.</li>" \
    "<li>The remaining 1,190 boards of the 1,500 quantity in your offer PCL/Q/24/118 are <b>not released</b> and stay on hold until a separate written release from the undersigned.</li>" \
    "<li>Material authority: components for the 10 samples only until the sign-off; after an approved sign-off, components for up to 310 boards.</li></ol>" \
    "<p>Kindly acknowledge this mail.</p><p>Regards,<br>R. Menon<br>General Manager - Purchase<br>Sarvam Cooling Systems Pvt. Ltd., Chakan MIDC, Pune 410501</p></body></html>"
case("c07_sarvam_autoconversion", [],
     "explicit recorded auto-conversion naming quantity, signer and condition; rest on hold with named releaser",
     [("Mail_SCS-PO-0412.eml", mail(
         "R. Menon <r.menon@sarvamcooling.in>", "Tan Wei Ming <weiming.tan@penangcontrols.com.my>",
         "PO SCS/PO/2024-25/0412 - sample boards and recorded auto-conversion", "Thu, 20 Jun 2024 11:05:00 +0530",
         _c07_txt, html=_c07_html, cc="Priya Raman <priya.raman@sarvamcooling.in>"))])

# c08 — Mexican supplier: deposit received, deposit does not release production; quotes complete PO note.
_c08_quoted = """Kevin,
PO 4500090310 is attached. Scope:
- Line 1: 8 pilot fan housings FH-500 rev D, released.
- Line 2: 392 fan housings, NOT released. Balance on hold until the pilots are signed off by
  Northfield engineering and Dana Whitfield, Director of Purchasing, sends a written release.
- Material authority: pilot quantity only.
A 30% deposit on the PO value will be wired this week per your terms.
Kevin O'Neill | Buyer | Northfield Air Systems"""
case("c08_bajio_deposit_no_release", [],
     "supplier confirms deposit does not release production; builds 8 pilots only; quoted PO scope complete",
     [("RE_Deposit_PO_4500090310.eml", mail(
         "Alejandro Ruiz <aruiz@metalbajio.com.mx>", "Kevin O'Neill <koneill@northfieldair.com>",
         "RE: PO 4500090310 - FH-500 pilot housings / deposit", "Tue, 14 May 2024 17:32:00 -0600",
         "Hi Kevin,\n\nwe confirm receipt of the 30% deposit for PO 4500090310 (USD 3,120.00), thank you.\n\n"
         "Just to be clear on our side: the deposit does not release production. We are making only the 8 "
         "pilot fan housings and we will wait for Dana's written release before we touch the balance of "
         "392 pcs. Material was purchased for the 8 pilots only (galvanized sheet G90, 16 ga).\n\n"
         "Pilots ship Friday May 24 via UPS Freight, tracking to follow.\n\nSaludos,\nAlejandro Ruiz\n"
         "Gerente de Ventas / Sales Manager\nMetalúrgica del Bajío S.A. de C.V.\nParque Industrial Querétaro, "
         "Qro., México\n\n-----Original Message-----\nFrom: Kevin O'Neill\nSent: Monday, May 6, 2024 9:12 AM\n"
         "Subject: PO 4500090310 - FH-500 pilot housings\n\n" + q(_c08_quoted) + "\n"))])

# c09 — call-off with explicit staged material authority above the released quantity (PDF table).
case("c09_brandt_calloff_staged_material", [],
     "call-off: fab release 400, explicit staged material authority 1.200, forecast labelled; next call-off by named person",
     [("Lieferabruf_5500012233_0007.pdf", pdf([
         ("h1", "LIEFERABRUF / CALL-OFF No. 0007"),
         ("p", "Schedule agreement (Lieferplan) 5500012233 — Brandt Lufttechnik GmbH, Bielefeld → "
               "VZT Brno s.r.o., supplier no. 200388. Date: 03.06.2024."),
         ("p", "Material 7100-0611-03, damper blade assembly DBA-600, DWG 7100-0611 Rev. 03."),
         ("table", [["Zone", "Period", "Quantity", "Status"],
                    ["Fab release", "KW 27–30", "400", "RELEASED for production"],
                    ["Material authority", "KW 31–36", "800", "MATERIAL ONLY — buy and stage raw material, do not fabricate"],
                    ["Forecast", "KW 37–52", "2.400", "FORECAST — not released, no liability"]]),
         ("sp",),
         ("p", "Production authority with this call-off: 400 pcs (KW 27–30)."),
         ("p", "Material authority: staged, up to 1.200 pcs equivalent (400 + 800) of galvanised sheet "
               "DX51D+Z275 and shafts Ø12, at Brandt's liability. No fabrication of the 800."),
         ("p", "Quantities beyond the 400 pcs are not released for production. They are released only by "
               "the next call-off, signed by Sabine Vogt (Disposition)."),
         ("p", "Forecast quantities are for capacity planning only."),
         ("p", "Delivery: DAP Bielefeld, Werk 1000, goods receipt Mon–Fri 07:00–14:00. Packaging per "
               "Brandt packaging spec VP-12 (Europool pallets, max. 800 kg)."),
         ("p", "Sabine Vogt, Disposition / MRP Controller, +49 521 9870-214"),
     ], title="Call-off 0007", author="Brandt Lufttechnik GmbH"))])

# c10 — Mexican supplier acknowledgement restating the hold; EML with PDF acknowledgement attached.
_c10_pdf = pdf([
    ("h1", "ACUSE DE PEDIDO / ORDER ACKNOWLEDGEMENT"),
    ("p", "Metalúrgica del Bajío S.A. de C.V. — Ack. no. ACK-MB-24-0233 — June 3, 2024"),
    ("p", "Customer: Keystone Mechanical Contractors, 1810 Washington Ave, Philadelphia, PA 19146. "
          "Customer PO: KMC-24-0588. Project: Broad St. Medical Office Building."),
    ("table", [["Line", "Item", "Description", "Qty", "Status"],
               ["1", "PLB-24-HC", "Sheet-metal plenum box, 24x24 in, 1 in liner, prototype", "6", "Acknowledged — released"],
               ["2", "PLB-24-HC", "Same, project balance", "294", "Acknowledged — NOT released, on hold"]]),
    ("sp",),
    ("p", "We acknowledge PO KMC-24-0588 as written. Only the 6 prototype plenum boxes (line 1) are "
          "released. The balance of 294 pcs is not released; we will not fabricate it and we will not buy "
          "material for it until we receive a written release from Mr. Brian Castellano, Purchasing "
          "Manager, after Keystone's sign-off of the prototypes on the mock-up ceiling."),
    ("p", "Material purchased: prototype quantity only."),
    ("p", "Sofía Hernández, Atención a Clientes / Customer Service"),
], pagesize=LETTER, title="ACK-MB-24-0233", author="Metalurgica del Bajio")
case("c10_bajio_acknowledgement", [],
     "supplier acknowledgement restates prototype release and hold with named releaser",
     [("Ack_KMC-24-0588.eml", mail(
         "Sofía Hernández <shernandez@metalbajio.com.mx>", "Brian Castellano <bcastellano@keystonemech.com>",
         "Acknowledgement PO KMC-24-0588 / Acuse de pedido", "Mon, 03 Jun 2024 12:20:00 -0600",
         "Dear Mr. Castellano,\n\nplease find attached our acknowledgement ACK-MB-24-0233 for your PO "
         "KMC-24-0588. We acknowledge it exactly as written: 6 prototype plenum boxes now, the balance of "
         "294 pcs on hold until your written release after the mock-up sign-off.\n\n"
         "The prototypes will be ready on June 17; we will send photos before packing.\n\n"
         "Saludos cordiales,\nSofía Hernández\nCustomer Service\nMetalúrgica del Bajío S.A. de C.V.\n",
         attachments=[("ACK-MB-24-0233.pdf", _c10_pdf, PDF_MT)]))])

# c11 — Teams chat export (Swedish buyer, Malaysian supplier), scoped go-ahead.
case("c11_ventab_teams_pilot_boards", [],
     "chat: 'go ahead with the 25 pilot boards only', 975 not released until EMC sign-off and named buyer's written release",
     [("Teams_export_Ventab_PenangControls_2024-06-11.txt", """\
Microsoft Teams - chat export
Chat: Ventab / Penang Controls - EC3 control board
Exported: 2024-06-11 16:02 (UTC+02:00)

[2024-06-11 09:12] Johan Lindqvist (Ventab Klimat AB): Hi Wei Ming, PO 4500233410 is out in the portal now
[2024-06-11 09:13] Johan Lindqvist (Ventab Klimat AB): scope in short: go ahead with the 25 pilot boards only. the remaining 975 of the 1 000 are NOT released
[2024-06-11 09:13] Johan Lindqvist (Ventab Klimat AB): they stay on hold until the EMC test in our lab is signed off and I send you a written release. /Johan Lindqvist, purchasing manager
[2024-06-11 09:20] Tan Wei Ming (Penang Controls Sdn Bhd): Noted Johan, 25 pcs only lah. Components also only for 25?
[2024-06-11 09:22] Johan Lindqvist (Ventab Klimat AB): yes, components for the 25 only. no buying for bal. 975 please
[2024-06-11 09:24] Tan Wei Ming (Penang Controls Sdn Bhd): ok clear. SMT slot wk 26, conformal coating wk 26, ship wk 27 by DHL
[2024-06-11 09:25] Tan Wei Ming (Penang Controls Sdn Bhd): btw the firmware we flash is v2.2, ok?
[2024-06-11 09:31] Johan Lindqvist (Ventab Klimat AB): v2.2 is fine for the pilots, Erik will send v2.3 later for the EMC run
[2024-06-11 09:32] Tan Wei Ming (Penang Controls Sdn Bhd): 👍
""")])

# c12 — Indian ERP printout, full quantity, identifiers that look like quantities.
case("c12_sarvam_erp_full_qty_dampers", [],
     "full-quantity PO (500 nos, no balance); part numbers, norms, pressures look like quantities",
     [("SCS_PO_2024-25_0655.txt", """\
SARVAM COOLING SYSTEMS PVT. LTD.                       GSTIN 27AAHCS4411P1Z6
PLOT D-17, CHAKAN MIDC PHASE II, PUNE 410501            PAGE 1 OF 1
--------------------------------------------------------------------------------
                              PURCHASE ORDER
PO NO.   : SCS/PO/2024-25/0655          PO DATE : 22.07.2024
VENDOR   : EGE HAVA METAL SAN. A.S.     VENDOR CODE : 400125
           KEMALPASA OSB, IZMIR, TURKIYE
--------------------------------------------------------------------------------
SR  PART NO.         DESCRIPTION                         QTY  UOM   RATE(EUR)
--------------------------------------------------------------------------------
01  1000-250-500     VOLUME CONTROL DAMPER 1000X500,     500  NOS      61.40
                     OPPOSED BLADE, GALV. 1.2 MM,
                     DIN EN 1751 CLASS 2, TESTED TO
                     2000 PA, DRG SCS-DWG-2500 REV 12
--------------------------------------------------------------------------------
TOTAL QTY                                               500  NOS
--------------------------------------------------------------------------------
SCOPE     : THIS PO IS FOR THE FULL QUANTITY OF 500 NOS. NO SAMPLE STAGE,
            NO BALANCE. MANUFACTURE OF ALL 500 NOS IS AUTHORISED BY THIS PO.
DELIVERY  : 250 NOS BY 15.08.2024, 250 NOS BY 30.08.2024, CIF NHAVA SHEVA
QUALITY   : SUPPLIER TO BE ISO 9001:2015 CERTIFIED. LEAKAGE TEST REPORT PER
            EN 1751 WITH EACH LOT. SAMPLING PER IS 2500 PART 1, AQL 1.0.
PACKING   : 10 NOS PER CRATE, MAX 1000 KG PER PALLET
PAYMENT   : 30 DAYS FROM B/L
HSN CODE  : 8481 80 90
--------------------------------------------------------------------------------
FOR SARVAM COOLING SYSTEMS PVT. LTD.
RAHUL DESAI, SR. EXECUTIVE - PURCHASE        (COMPUTER GENERATED PO)
""")])

# c13 — UAE buyer portal with line-level release status (HTML table).
case("c13_alnoor_portal_line_status", [],
     "portal PO: line 1 (2 mock-up grilles) released, line 2 1,180 commercial cover only, on hold with event and named releaser",
     [("alnoor_portal_ALN-LPO-24-0702.html", H("LPO ALN/LPO/24/0702 - line status", """\
<h2>Al Noor MEP Contracting LLC — Supplier Portal</h2>
<p>LPO <b>ALN/LPO/24/0702</b> &middot; Supplier: Ege Hava Metal San. A.Ş. &middot; Project: Al Safa Residences, Tower B &middot; Issued 21-May-2024</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>1</td><td>FCU-RG-600</td><td>FCU return grille with filter frame, 600x300, mock-up sample</td><td>2</td><td>Sample</td><td>RELEASED</td></tr>
<tr><td>2</td><td>FCU-RG-600</td><td>Same, Tower B project quantity</td><td>1,180</td><td>Production</td><td>NOT RELEASED &mdash; on hold</td></tr>
</table>
<div class="note">
<p><b>Scope:</b> Only line 1 (2 nos, mock-up room) is released. Line 2 is commercial cover only and is not released for production.</p>
<p>Line 2 stays on hold until the mock-up room is signed off by the consultant and Eng. Khalid Mansour, Procurement Manager, issues a written release with the quantity.</p>
<p><b>Material authority:</b> sample quantity only.</p>
</div>
<p>Delivery of line 1: site office, Al Safa, Dubai &middot; Required on site: 10-Jun-2024</p>
"""))])

# =================================================================== CLEAN (batch 2)

# c14 — buyer forwards an old quote (message/rfc822) and declares it informational.
_c14_old = mail("Lily Zhang <lily.zhang@hengfengfan.com>", "Kevin O'Neill <koneill@northfieldair.com>",
                "Quotation inlet cone IC-560", "Mon, 11 Sep 2023 14:20:00 +0800",
                "Dear Kevin,\n\nThanks for your inquiry. Please find our price for inlet cone IC-560 "
                "(spun aluminium, 1.5 mm, drawing NAS-IC-560 rev A):\n\n"
                "  Sample lot     20 pcs      USD 35.00/pc\n"
                "  Production     10,000 pcs  USD 6.80/pc\n"
                "  Spinning tool  1 set       USD 14,500.00\n\n"
                "Lead time sample 20 days, production 35 days. Price valid until 31 Dec 2023.\n\n"
                "Best regards,\nLily Zhang\nSales, Ningbo Hengfeng Fan Co., Ltd.\n")
case("c14_northfield_fwd_old_quote", [],
     "forwarded 2023 quote with 10,000 pcs declared information only; live PO 20 samples, hold, event, named releaser",
     [("FW_Quotation_IC-560.eml", mail(
         "Kevin O'Neill <koneill@northfieldair.com>", "Grace Liu <grace.liu@hengfengfan.com>",
         "FW: Quotation inlet cone IC-560 (background only)", "Wed, 03 Apr 2024 08:45:00 -0500",
         "Hi Grace,\n\nsince you took over our account from Lily, I'm forwarding her quote from last "
         "September for background (attached).\n\nPlease treat it as information only: the 10,000 pcs in "
         "it are not an order and nothing in that quote is released.\n\n"
         "What is live: PO 4500091877, line 1, for twenty (20) sample inlet cones IC-560 rev A. Anything "
         "beyond these 20 stays on hold until our engineering signs off the samples and Dana Whitfield, "
         "Director of Purchasing, issues a written release with the quantity. Material: samples only.\n\n"
         "Looking forward to working with you.\n" + sig("Kevin O'Neill", "Buyer, Fans & Motors",
                                                        "Northfield Air Systems Inc.", "+1 612 555 0143"),
         attachments=[("rfc822", _c14_old)]))])

# c15 — supplier's quoted assumption of auto-conversion, corrected by the buyer on top.
_c15_quoted = """Dear Anders,

the 6 sample units VAV-250 are shipped today with DHL, AWB 4711 2203 96.

As soon as you approve them we will start the 600 units directly, to keep the delivery date
for your hotel project.

Best regards,
Elif Demir
Export Sales, Ege Hava Metal San. A.S."""
case("c15_ventab_corrects_auto_start", [],
     "buyer reply corrects supplier's quoted assumption: sign-off releases nothing, 600 on hold until buyer's written release",
     [("RE_Samples_VAV-250_shipped.eml", mail(
         "Anders Nyström <anders.nystrom@ventab.se>", "Elif Demir <elif.demir@egehava.com.tr>",
         "RE: Samples VAV-250 shipped", "Fri, 17 May 2024 13:02:00 +0200",
         "Hi Elif,\n\nthanks for shipping so quickly.\n\nPlease do not start the 600. A sample sign-off does "
         "not release anything by itself. When our run test is signed off, I will send you a written "
         "production release naming the quantity - only then can you start. Until then the 600 are on hold, "
         "and please do not buy material for them.\n\nTo repeat the order scope: PO 4500234120 covers the 6 "
         "sample units only.\n\nBest regards / Med vänlig hälsning\nAnders Nyström\nStrategic Buyer\n"
         "Ventab Klimat AB, Jönköping\n+46 36 555 21 40\n\n"
         "From: Elif Demir <elif.demir@egehava.com.tr>\nSent: den 16 maj 2024 17:48\n"
         "Subject: Samples VAV-250 shipped\n\n" + q(_c15_quoted) + "\n",
         in_reply_to="<h124-vav250-ship@egehava.com.tr>"))])

# c16 — PPAP-like interim disposition with limits (DOCX with table).
case("c16_northfield_interim_disposition", [],
     "interim disposition limited to 150 units or 30 Sep; 150 released by named authority; 850 on hold until full sign-off and written release",
     [("Interim_Disposition_IR-2024-031.docx", docx_bytes([
         ("h1", "Interim Sample Disposition and Release IR-2024-031"),
         ("p", "Northfield Air Systems Inc. — Supplier Quality / Purchasing"),
         ("table", [["Field", "Entry"],
                    ["Part", "Fan wheel FW-315, rev E, drawing NAS-FW-315"],
                    ["Supplier", "Ningbo Hengfeng Fan Co., Ltd."],
                    ["PO", "4500092001 (1,000 pcs commercial cover)"],
                    ["Sample lot", "10 pcs, received 04/29/2024"],
                    ["Disposition", "INTERIM — not a full sample sign-off"],
                    ["Reason", "Weld spatter on 2 of 10 wheels; balance grade G6.3 met; corrective action 8D-0417 open"],
                    ["Interim limit", "150 units or until September 30, 2024, whichever comes first"]]),
         ("h", "Release under this disposition"),
         ("p", "Released now: 150 units of FW-315 (release no. R-FW315-01), authorized by Dana Whitfield, "
               "Director of Purchasing."),
         ("p", "Balance: the remaining 850 units of PO 4500092001 are not released. They stay on hold until "
               "the 8D is closed, a full sample sign-off (PPAP level 3, approved) is recorded, and Dana "
               "Whitfield issues a further written release."),
         ("p", "Material authority: up to 150 units."),
         ("h", "Signatures"),
         ("table", [["Role", "Name", "Date"],
                    ["Supplier Quality Engineer", "Mark Kowalski", "05/08/2024"],
                    ["Director of Purchasing (release authority)", "Dana Whitfield", "05/08/2024"]]),
     ], author="Mark Kowalski"))])

# c17 — Indian distributor, full-quantity DOCX PO with table, "proceed" with all 1,000.
case("c17_coolwave_full_qty_docx", [],
     "full-quantity PO for 1,000 nos, 'kindly proceed with manufacture of all 1,000 nos'; no balance",
     [("Coolwave_PO_CW-2425-0311.docx", docx_bytes([
         ("h1", "PURCHASE ORDER CW/2425/0311"),
         ("p", "Coolwave Distributors, 14 Industrial Estate, Guindy, Chennai 600032. GSTIN 33AAFCC7710K1Z2."),
         ("p", "To: Ege Hava Metal San. A.Ş., Kemalpaşa OSB, İzmir, Türkiye. Kind attn: Mr. Murat Yılmaz."),
         ("p", "Date: 09.07.2024. Ref: your offer EH-Q-2024-0388 dated 28.06.2024."),
         ("table", [["Sl.", "Item", "Description", "Qty (nos)", "Rate (USD)"],
                    ["1", "SCD-600", "Square ceiling diffuser 600x600, 4-way, RAL 9016", "600", "14.20"],
                    ["2", "SCD-450", "Square ceiling diffuser 450x450, 4-way, RAL 9016", "400", "11.80"],
                    ["", "", "Total", "1,000", ""]]),
         ("p", "This is a firm order for the full quantity of 1,000 (one thousand) nos. There is no sample "
               "stage and no balance quantity. Kindly proceed with manufacture of all 1,000 nos."),
         ("p", "Delivery: CIF Chennai port, shipment within 6 weeks. Packing: individual cartons, 40 per pallet."),
         ("p", "Payment: 45 days from B/L date. Please send proforma for customs and the test certificates with "
               "the documents."),
         ("p", "For Coolwave Distributors — S. Raghavan, Purchase Head"),
     ], author="S. Raghavan"))])

# c18 — Turkish supplier quote page (HTML) with tiers.
case("c18_egehava_quote_html", [],
     "supplier quote alone (HTML): sample tier and two production tiers, lead time from written release",
     [("EgeHava_teklif_EH-Q-2024-0402.html", H("Teklif / Quotation EH-Q-2024-0402", """\
<h2>Ege Hava Metal San. A.Ş. — Teklif / Quotation EH-Q-2024-0402</h2>
<p>To: Brandt Lufttechnik GmbH, Bielefeld &middot; Attn. Frau Martina Weber &middot; Date: 11.04.2024</p>
<p>Subject: Sheet-metal housing for roof fan DV-450, drawing 7100-0450 Rev 22</p>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Unit price (EUR)</th><th>Lead time</th></tr>
<tr><td>Samples</td><td>10 pcs</td><td>96,00</td><td>3 weeks from sample order</td></tr>
<tr><td>Series A</td><td>1.000 pcs</td><td>41,50</td><td>5 weeks from written production release</td></tr>
<tr><td>Series B</td><td>3.000 pcs</td><td>38,20</td><td>5 weeks from written production release</td></tr>
</table>
<p>Material: DX51D+Z275, 1,5 mm. Powder coating RAL 7035 optional (+3,10 EUR/pc).</p>
<p>Delivery: FCA Izmir. Payment: 30 days net from invoice date. Validity: 45 days.</p>
<p>Saygılarımızla / Best regards,<br>Murat Yılmaz, Export Manager</p>
"""))])

# c19 — US release notice, multipart/alternative plus HTML attachment.
_c19_txt = """Alejandro,

PRODUCTION RELEASE R-0042 - PO 4500090455, line 2, fan housing FH-630 rev B

Following the sample sign-off of May 14, 2024 (Northfield QA report QA-24-118), we release
350 (three hundred fifty) units of FH-630 under PO 4500090455 line 2.

- Released now: 350 units
- Remaining on the line: 1,050 units, NOT released. They stay on hold until a further written
  release from me.
- Material authority: up to 350 units.
- Delivery: 175 units week 26, 175 units week 28, FCA Querétaro.

Please acknowledge by reply.
""" + sig("Dana Whitfield", "Director of Purchasing", "Northfield Air Systems Inc.", "+1 612 555 0101")
_c19_html = ("<html><body><p>Alejandro,</p><p><b>PRODUCTION RELEASE R-0042</b> - PO 4500090455, line 2, fan housing FH-630 rev B</p>"
             "<p>Following the sample sign-off of May 14, 2024 (Northfield QA report QA-24-118), we release <b>350 (three hundred fifty) units</b> of FH-630 under PO 4500090455 line 2.</p>"
             "<ul><li>Released now: 350 units</li><li>Remaining on the line: 1,050 units, NOT released. They stay on hold until a further written release from me.</li>"
             "<li>Material authority: up to 350 units.</li><li>Delivery: 175 units week 26, 175 units week 28, FCA Querétaro.</li></ul>"
             "<p>Please acknowledge by reply.</p><p>Dana Whitfield<br>Director of Purchasing<br>Northfield Air Systems Inc.</p></body></html>")
_c19_att = H("Release R-0042", """\
<h2>Northfield Air Systems — Production Release R-0042</h2>
<table>
<tr><th>PO / line</th><th>Part</th><th>Line qty</th><th>Released to date</th><th>This release</th><th>On hold</th></tr>
<tr><td>4500090455 / 2</td><td>FH-630 rev B</td><td>1,400</td><td>0</td><td>350</td><td>1,050</td></tr>
</table>
<p>Unlock evidence: sample sign-off QA-24-118 (May 14, 2024). Authorized by: Dana Whitfield, Director of Purchasing.</p>
<p>The 1,050 units on hold need a further written release.</p>
""")
case("c19_northfield_release_notice", [],
     "written release of 350 of 1,400 after sign-off, 1,050 on hold until further written release by named director",
     [("Release_R-0042.eml", mail(
         "Dana Whitfield <dwhitfield@northfieldair.com>", "Alejandro Ruiz <aruiz@metalbajio.com.mx>",
         "Production Release R-0042 - PO 4500090455 line 2", "Thu, 16 May 2024 10:30:00 -0500",
         _c19_txt, html=_c19_html, cc="Kevin O'Neill <koneill@northfieldair.com>",
         attachments=[("Release_R-0042.html", _c19_att, "text/html")]))])

# c20 — stop notice (PDF).
case("c20_ventab_stop_notice", [],
     "stop notice: nothing more may start, 200 released and produced, 600 on hold, lift and new release by named person",
     [("Stoppmeddelande_4500233777.pdf", pdf([
         ("h1", "STOP NOTICE — order 4500233777"),
         ("p", "Ventab Klimat AB → VZT Brno s.r.o. | Date: 2024-08-19 | Part: fire damper FD-200, drawing VK-2200 rev F"),
         ("p", "With immediate effect no further units may be started on this order, whether released or not. "
               "Reason: field complaint on the fusible-link holder (NCR-2024-0600), root cause under investigation."),
         ("table", [["Item", "Quantity"],
                    ["Order quantity (commercial cover)", "800"],
                    ["Released to date (release VK-R-07)", "200"],
                    ["Produced to date", "200"],
                    ["Authorized to start now", "0"],
                    ["Not released, on hold", "600"]]),
         ("sp",),
         ("p", "Nothing beyond the 200 units already produced is authorized now. Please hold the 200 finished "
               "units in your warehouse; do not ship until we confirm."),
         ("p", "Material: do not buy any further material for this order."),
         ("p", "The stop stays in force until it is lifted in writing by Karin Lund, Inköpschef. After the stop "
               "is lifted, the 600 units on hold still need a separate written production release from "
               "Karin Lund before any of them may start."),
         ("p", "Karin Lund, Inköpschef, Ventab Klimat AB, +46 36 555 21 00"),
     ], title="Stop notice 4500233777", author="Ventab Klimat AB"))])

# c21 — WhatsApp-style chat: supplier asks "go ahead for the 594?" — buyer says no.
case("c21_alnoor_chat_no_go_ahead_yet", [],
     "supplier's go-ahead question answered no; 6 prototypes only, 594 on hold until FAT sign-off and named buyer's written release",
     [("WhatsApp_Chat_EgeHava_AlNoor.txt", """\
WhatsApp Chat with Ege Hava - Al Noor VAV project
[02/07/2024, 10:41:13] Murat Yılmaz (Ege Hava): Dear Fatima madam, good morning. Prototype VAV units are ready for FAT on Thursday inshallah.
[02/07/2024, 10:41:40] Murat Yılmaz (Ege Hava): Question: do we have go ahead for the 594 balance also? Our factory wants to plan the line.
[02/07/2024, 10:55:02] Fatima Al Zaabi (Al Noor MEP): Good morning Murat. No, not yet. Only the 6 prototypes are released.
[02/07/2024, 10:56:18] Fatima Al Zaabi (Al Noor MEP): The 594 stay on hold until the FAT is signed off by the consultant AND I send you the written release. Fatima Al Zaabi, Procurement Lead
[02/07/2024, 10:58:47] Murat Yılmaz (Ege Hava): Understood madam, we wait. No material for the balance.
[02/07/2024, 11:03:09] Fatima Al Zaabi (Al Noor MEP): Thanks. FAT at 10 am Thursday, consultant rep is Eng. Sameer from the PMC. Please bring the calibration cert of the flow hood.
[02/07/2024, 11:04:30] Murat Yılmaz (Ege Hava): 👍 Noted
""")])

# c22 — Gulf English: samples approved for fit and airflow only; not a production release.
_c22_txt = """Dear Amy,

Good day. Further to the submittal review of the 4 sample coils (CHW coil for AHU-07 to AHU-12),
please note:

1. The samples are approved for fit and airflow only. This is NOT a production release.
2. What is authorized at present: the 4 sample coils already delivered, nothing more.
3. The 2,000 production coils remain on hold. They will be released only after the consultant
   signs off the coil submittal (rev 2, with the corrected drain pan detail), and then only by a
   written release from the undersigned with the quantity.
4. Kindly do not purchase copper or fin stock for the production coils until then.

Please share the revised submittal by Sunday.

Best regards,
Eng. Khalid Mansour
Procurement Manager
Al Noor MEP Contracting LLC, Dubai
"""
case("c22_alnoor_samples_fit_only", [],
     "'samples approved for fit and airflow only, not a production release'; 2,000 on hold with event and named releaser",
     [("Coil_samples_AHU-07.eml", mail(
         "Eng. Khalid Mansour <k.mansour@alnoor-mep.ae>", "Amy Huang <amy.huang@airwellcoil.cn>",
         "CHW coil samples - submittal review outcome", "Tue, 25 Jun 2024 09:15:00 +0400",
         _c22_txt, html="<html><body><pre>" + escape(_c22_txt) + "</pre></body></html>"))])

# c23 — multi-file: German PO (PDF) + Mexican quote (PDF); PO declares quote quantities informational.
case("c23_brandt_po_plus_quote", [],
     "PO releases 10 samples; quoted 2.500/5.000 declared informational and not released; event and named releaser",
     [("Bestellung_4500772210.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4500772210"),
         ("p", "Brandt Lufttechnik GmbH, Industriestraße 40, 33609 Bielefeld → Metalúrgica del Bajío S.A. de C.V., "
               "Querétaro, México. Date 12.06.2024."),
         ("table", [["Pos.", "Material", "Description", "Qty", "Price EUR"],
                    ["10", "7200-0315-07", "Blower housing BH-315, cast aluminium, sample", "10 St", "118,00"]]),
         ("sp",),
         ("p", "Reference: your quotation MB-COT-2024-077 (attached). The quantities shown in that quotation "
               "(10 / 2.500 / 5.000 pcs) are for information only and are not released."),
         ("p", "Released with this order: 10 sample housings (pos. 10). The balance stays on hold until the "
               "samples are signed off by Brandt engineering (Dr. Jens Hoffmann) and Tobias Krämer, Head of "
               "Purchasing, sends a written release naming the quantity."),
         ("p", "Material authority: sample quantity only."),
         ("p", "Delivery: DAP Bielefeld, KW 30. Initial sample inspection report (EMPB per VDA 2) required."),
     ], title="PO 4500772210", author="Brandt Lufttechnik GmbH")),
      ("MB-COT-2024-077.pdf", pdf([
         ("h1", "COTIZACIÓN / QUOTATION MB-COT-2024-077"),
         ("p", "Metalúrgica del Bajío S.A. de C.V. → Brandt Lufttechnik GmbH. June 3, 2024."),
         ("table", [["Concept", "Qty", "Unit price (EUR)", "Lead time"],
                    ["Samples BH-315 (sand cast)", "10", "118.00", "4 weeks"],
                    ["Series BH-315 (die cast)", "2,500", "23.40", "8 weeks"],
                    ["Series BH-315 (die cast)", "5,000", "21.90", "8 weeks"],
                    ["Die casting tool", "1", "38,000.00", "10 weeks"]]),
         ("p", "Prices FCA Querétaro. Validity 60 days. Alejandro Ruiz, Gerente de Ventas."),
     ], pagesize=LETTER, title="Quotation MB-COT-2024-077", author="Metalurgica del Bajio"))])

# c24 — Malaysian supplier status report (DOCX table): pilot built, production 0, waiting for release.
case("c24_penang_status_report", [],
     "supplier status report: 25 pilot boards built, 0 production, waiting for written release, components pilot-only",
     [("PCL_Weekly_Status_WK27.docx", docx_bytes([
         ("h1", "Weekly Status Report — Week 27/2024"),
         ("p", "Penang Controls Sdn Bhd, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia"),
         ("p", "Customer: Ventab Klimat AB. PO 4500233410. Item: EC3 control board rev B."),
         ("table", [["Topic", "Status"],
                    ["Pilot boards built", "25 of 25"],
                    ["Pilot boards tested (ICT + functional)", "25 of 25 pass"],
                    ["Production boards started", "0"],
                    ["Balance 975", "not released — waiting for customer's written release"],
                    ["Components", "bought for the 25 pilot boards only, no series buy"],
                    ["Shipment of pilots", "DHL AWB 77 1234 5501, ETA Jönköping 08-Jul"]]),
         ("p", "Remarks: MCU allocation for Q4 is tight (lead time 26 weeks). We will not buy for the balance "
               "without a material authority from Ventab; please advise if Ventab wishes to give one."),
         ("p", "Prepared by: Nur Aisyah binti Rahman, Customer Program Manager"),
     ], author="Nur Aisyah"))])

# c25 — Indian buyer: tooling advance paid, payment does not release production (EML with DOCX).
_c25_docx = docx_bytes([
    ("h1", "Payment Advice PA/2024/0719"),
    ("p", "Sarvam Cooling Systems Pvt. Ltd. — Accounts Payable"),
    ("table", [["Field", "Detail"],
               ["Beneficiary", "Ningbo Hengfeng Fan Co., Ltd."],
               ["Purpose", "Tooling advance, impeller mould IMP-500 (50% of tool cost)"],
               ["Amount", "USD 9,250.00"],
               ["Value date", "19.07.2024"],
               ["Bank ref.", "SWIFT MT103 HDFCINBB 240719-0088"]]),
    ("p", "This payment is a commercial payment for the mould only. It does not release any production."),
])
case("c25_sarvam_tooling_advance", [],
     "tooling advance paid but stated not to release production; 20 T1 samples; 5,000 on hold until QA sign-off and named GM release",
     [("Tooling_advance_IMP-500.eml", mail(
         "R. Menon <r.menon@sarvamcooling.in>", "Grace Liu <grace.liu@hengfengfan.com>",
         "IMP-500 mould - tooling advance paid", "Fri, 19 Jul 2024 16:40:00 +0530",
         "Dear Grace,\n\nThe tooling advance for the IMP-500 impeller mould has been remitted today; payment "
         "advice attached.\n\nPlease note this payment is for the mould and the T1 samples only - twenty (20) "
         "impellers from the T1 shots, as per our PO SCS/PO/2024-25/0719. It does not release any "
         "production.\n\nThe 5,000 impellers in your quotation stay on hold. They will be released only after "
         "the T1 samples are signed off by our QA (Ms. Priya Raman, Head - QA) and I send you a written "
         "production release with the quantity. Till then, kindly buy resin for the T1 samples only.\n\n"
         "Regards,\nR. Menon\nGeneral Manager - Purchase\nSarvam Cooling Systems Pvt. Ltd., Pune\n",
         attachments=[("Payment_Advice_PA-2024-0719.docx", _c25_docx, DOCX_MT)]))])

# =================================================================== RISKY (batch 3)

# p01 — multi-file: US sample PO + supplier quote showing 3,000; PO says nothing about the balance.
case("p01_northfield_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 5 impellers beside quote with 3,000 production pcs; no hold, no unlock event, no releaser",
     [("PO_4500088123.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500088123"),
         ("p", "Northfield Air Systems Inc., 4400 Industrial Blvd NE, Minneapolis, MN 55421, USA"),
         ("p", "Vendor: Ningbo Hengfeng Fan Co., Ltd. (vendor #30772). Order date: 04/22/2024. "
               "Buyer: Kevin O'Neill, +1 612 555 0143. Terms: Net 45. Ship via: air, FCA Ningbo."),
         ("table", [["Line", "Part", "Description", "Qty", "UoM", "Unit price", "Ext."],
                    ["1", "IMP-450-BC", "Backward curved impeller 450 mm, rev C, sample", "5", "EA", "$92.00", "$460.00"]]),
         ("sp",),
         ("p", "Reference: your quotation HF-Q24-0318 (attached). Please ship the samples by air no later than "
               "05/17/2024 and confirm receipt of this PO within 48 hours."),
         ("p", "Marking: part number, rev and date code on the hub. Include a balancing report (ISO 21940-11, "
               "G2.5) for each impeller."),
         ("p", "Northfield standard terms NAS-T&C-2022 apply. Supplier shall not over-ship. Invoices must show "
               "the PO number and line."),
     ], pagesize=LETTER, title="PO 4500088123", author="Northfield Air Systems")),
      ("HF-Q24-0318.pdf", pdf([
         ("h1", "QUOTATION HF-Q24-0318"),
         ("p", "Ningbo Hengfeng Fan Co., Ltd. → Northfield Air Systems Inc. Date: 2024-04-09."),
         ("table", [["Item", "Description", "Qty", "Unit price USD", "Lead time"],
                    ["1", "IMP-450-BC impeller, sample (soft tool)", "5 pcs", "92.00", "20 days"],
                    ["2", "IMP-450-BC impeller, production", "3,000 pcs", "21.40", "40 days"],
                    ["3", "Injection mould, 1 cavity", "1 set", "16,800.00", "45 days"]]),
         ("p", "Price FOB Ningbo, valid 90 days. Payment T/T. Grace Liu, Sales Manager."),
     ], title="Quotation HF-Q24-0318", author="Ningbo Hengfeng Fan"))])

# p02 — Swedish DOCX PO with pilot qty and project qty in adjacent columns, nothing else.
case("p02_ventab_docx_pilot_project_cols", ["RG001", "RG003", "RG004", "RG005"],
     "PO table shows pilot 12 and project 1 800 side by side; nothing says project qty is not released; no event or releaser",
     [("Bestallning_4500233501.docx", docx_bytes([
         ("h1", "Beställning / Purchase order 4500233501"),
         ("p", "Ventab Klimat AB, Jönköping → VZT Brno s.r.o., Brno. Date 2024-05-27. Our ref: Per Åkesson."),
         ("table", [["Pos", "Artikel", "Benämning", "Pilot qty", "Project qty", "Price/pcs (SEK)"],
                    ["10", "55-IRIS-160", "Iris damper Ø160 with measuring nipples", "12", "1 800", "412,00"]]),
         ("p", "Project: Kv. Sjöfararen, Göteborg (office refurbishment, floors 2–9)."),
         ("p", "Pilot delivery week 36 to Ventab, Jönköping. Please send material certificates 3.1 per EN 10204 "
               "and the k-factor table with the pilots."),
         ("p", "Marking per Ventab standard VK-M-04. Our general purchasing conditions VK-AIB 2023 apply."),
         ("p", "Med vänlig hälsning / Best regards, Per Åkesson, Purchasing Manager"),
     ], author="Per Åkesson"))])

# p03 — UAE LPO for 10 samples + supplier offer attached (640), nothing about the project lot.
_p03_lpo = pdf([
    ("h1", "LOCAL PURCHASE ORDER ALN/LPO/24/0612"),
    ("p", "Al Noor MEP Contracting LLC, Al Quoz Industrial 3, Dubai, UAE → Ege Hava Metal San. A.Ş., Izmir."),
    ("p", "Project: Jumeirah Lakes hotel refurbishment. Date: 12-Jun-2024."),
    ("table", [["Line", "Item", "Description", "Qty", "Rate (USD)"],
               ["1", "VAV-200", "Pressure-independent VAV box DN200 with Belimo controller, sample", "10 nos", "610.00"]]),
    ("p", "Payment: 30% advance against LPO, balance 60 days after delivery."),
    ("p", "Delivery: DDP site, Dubai. Documents: test certificate, country of origin."),
], title="LPO ALN/LPO/24/0612", author="Al Noor MEP")
_p03_quote = pdf([
    ("h1", "OFFER EH-TKL-24-219"),
    ("p", "Ege Hava Metal San. A.Ş. → Al Noor MEP Contracting LLC. 03.06.2024."),
    ("table", [["Pos", "Description", "Qty", "Unit price USD"],
               ["1", "VAV-200 sample units", "10", "610.00"],
               ["2", "VAV-200 project lot", "640", "455.00"]]),
    ("p", "Lead time: samples 3 weeks, project lot 7 weeks. Murat Yılmaz, Export Manager."),
], title="Offer EH-TKL-24-219", author="Ege Hava Metal")
case("p03_alnoor_lpo_with_offer", ["RG001", "RG003", "RG004", "RG005"],
     "LPO for 10 sample VAV boxes sent with the offer showing a 640 project lot, nothing saying it is not released; no hold, event or releaser",
     [("LPO_ALN-LPO-24-0612.eml", mail(
         "Fatima Al Zaabi <f.alzaabi@alnoor-mep.ae>", "Murat Yılmaz <murat.yilmaz@egehava.com.tr>",
         "LPO ALN/LPO/24/0612 - VAV boxes", "Wed, 12 Jun 2024 14:22:00 +0400",
         "Dear Murat,\n\nGreetings from Dubai.\n\nPlease find attached our LPO ALN/LPO/24/0612 for 10 nos sample "
         "VAV boxes DN200 against your offer EH-TKL-24-219 (also attached).\n\nThe 30% advance as per the LPO "
         "terms will be transferred by our accounts this week. Kindly share your delivery schedule with us "
         "by Thursday.\n\n"
         "Kindly also confirm the Belimo controller firmware version.\n\nThanks & regards,\n"
         "Fatima Al Zaabi\nProcurement Lead\nAl Noor MEP Contracting LLC\n+971 4 338 5120\n",
         attachments=[("ALN-LPO-24-0612.pdf", _p03_lpo, PDF_MT), ("EH-TKL-24-219.pdf", _p03_quote, PDF_MT)]))])

# p04 — Swedish buyer portal (HTML): pilot line and series line both 'Open', nothing says series not released.
case("p04_ventab_portal_both_lines_open", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO shows pilot 30 and series 2 970 both 'Open' with nothing saying the series is not released; no event or releaser",
     [("Ventab_SupplierWeb_PO_4500233620.html", H("Ventab SupplierWeb - PO 4500233620", """\
<h2>Ventab SupplierWeb</h2>
<p>Supplier: Penang Controls Sdn Bhd (300245) &middot; Purchase order <b>4500233620</b> &middot; Created 2024-06-03 by Johan Lindqvist</p>
<table>
<tr><th>Line</th><th>Material</th><th>Description</th><th>Qty</th><th>Scope</th><th>Delivery</th><th>Status</th></tr>
<tr><td>10</td><td>88-CB-EC3</td><td>EC fan control board rev B</td><td>30</td><td>Pilot</td><td>2024-07-08</td><td>Open</td></tr>
<tr><td>20</td><td>88-CB-EC3</td><td>EC fan control board rev B</td><td>2 970</td><td>Series</td><td>2024-10-14</td><td>Open</td></tr>
</table>
<p><b>Message from buyer:</b> Please confirm the delivery date for line 10 in the portal and upload the ICT report with the shipment.</p>
<p>Order confirmation required within 3 working days. Ventab general purchasing conditions VK-AIB 2023 apply.</p>
"""))])

# p05 — multi-file: German SAP printout (8 samples, series qty shown unlabelled) + supplier mail buying castings for the series.
case("p05_brandt_sap_plus_supplier_castings", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "SAP PO releases 8 samples but shows series 2.400 from KW 40 unlabelled; no hold/event/releaser; supplier orders castings for the series",
     [("BE_4500772388.txt", """\
BRANDT LUFTTECHNIK GMBH          BESTELLUNG / PURCHASE ORDER        SEITE 1
INDUSTRIESTR. 40, 33609 BIELEFELD
--------------------------------------------------------------------------------
BESTELLNR.  4500772388         DATUM 17.06.2024       EINKAEUFER  M. WEBER
LIEFERANT   200512 METALURGICA DEL BAJIO S.A. DE C.V., QUERETARO, MX
--------------------------------------------------------------------------------
KOPFTEXT / HEADER TEXT:
 BAUTEIL / PART: MOTORTRAEGER MT-400, ALU-GUSS, ZNR 7400-0400 REV 05
 SERIENMENGE / SERIES QUANTITY: 2.400 ST, LIEFERUNG AB KW 40
--------------------------------------------------------------------------------
POS  MATERIAL        BEZEICHNUNG                    MENGE  ME   PREIS EUR
00010 7400-0400-05   MOTORTRAEGER MT-400 MUSTER         8  ST       74,00
      SAMPLE, ERSTMUSTERPRUEFBERICHT (EMPB) ERFORDERLICH
--------------------------------------------------------------------------------
LIEFERTERMIN POS 10: KW 30     LIEFERBED.: FCA QUERETARO (INCOTERMS 2020)
ZAHLUNG: 60 TAGE NETTO
ES GELTEN UNSERE ALLGEMEINEN EINKAUFSBEDINGUNGEN (AEB 2023).
--------------------------------------------------------------------------------
"""),
      ("RE_Bestellung_4500772388.eml", mail(
          "Sofía Hernández <shernandez@metalbajio.com.mx>", "Martina Weber <m.weber@brandt-lufttechnik.de>",
          "RE: Bestellung 4500772388 MT-400", "Wed, 19 Jun 2024 18:05:00 -0600",
          "Dear Mrs. Weber,\n\nthank you for the PO 4500772388. The 8 sample motor brackets will ship in week 30 "
          "with the EMPB.\n\nTo keep week 40 for you, we have already placed the order for the A356 aluminium "
          "castings for the series quantity with our foundry in Celaya, so the raw castings will be waiting "
          "here when the samples are done.\n\nPlease let me know if you need anything else.\n\nSaludos,\n"
          "Sofía Hernández\nCustomer Service\nMetalúrgica del Bajío S.A. de C.V.\n",
          in_reply_to="<h124-4500772388@brandt-lufttechnik.de>"))])

# p06 — Indian buyer: bare prototype PO (EML + PDF PO), nothing about production.
_p06_po = pdf([
    ("h1", "PURCHASE ORDER SCS/PO/2024-25/0917"),
    ("p", "Sarvam Cooling Systems Pvt. Ltd., Plot D-17, Chakan MIDC Phase II, Pune 410501, India."),
    ("p", "Vendor: Foshan Airwell Coil Co., Ltd., Shunde, Foshan, China. Date: 01.07.2024."),
    ("table", [["Sr.", "Description", "Qty", "Rate (USD)", "Amount (USD)"],
               ["1", "Prototype CHW coil, 4 row, 600 FH x 900 FL, 3/8\" Cu tube, 12 FPI hydrophilic Al fin", "4 nos", "365.00", "1,460.00"]]),
    ("p", "Purpose: lab run test, chiller-AHU combo unit SCA-40."),
    ("p", "Delivery: by air to Pune, latest 15.07.2024. Test: 30 bar pneumatic, helium leak test report."),
    ("p", "Payment: 100% against delivery documents. For Sarvam Cooling Systems Pvt. Ltd. — Authorised Signatory."),
], title="PO SCS/PO/2024-25/0917", author="Sarvam Cooling")
case("p06_sarvam_bare_prototype_po", ["RG003", "RG004", "RG005"],
     "prototype PO for 4 coils never says further quantities are not released, names no unlock event and no releaser",
     [("PO_SCS-PO-2024-25-0917.eml", mail(
         "Rahul Desai <rahul.desai@sarvamcooling.in>", "Amy Huang <amy.huang@airwellcoil.cn>",
         "PO SCS/PO/2024-25/0917 - prototype coils", "Mon, 01 Jul 2024 12:10:00 +0530",
         "Dear Amy,\n\nPlease find attached PO SCS/PO/2024-25/0917 for 4 nos prototype coil (4-row, 600 x 900 FH, "
         "Cu/Al) for our lab run test on the SCA-40 unit.\n\nKindly dispatch by 15 July 2024 by air to Pune and "
         "share the helium leak test report before dispatch.\n\nRegards,\nRahul Desai\nSr. Executive - Purchase\n"
         "Sarvam Cooling Systems Pvt. Ltd.\n",
         attachments=[("SCS-PO-2024-25-0917.pdf", _p06_po, PDF_MT)]))])

# p07 — Swedish PDF PO: balance on hold "until further notice" from a named person — no event.
case("p07_ventab_hold_until_further_notice", ["RG004"],
     "20 pilot dampers released, balance 780 on hold 'until further notice from Per Åkesson': person named, no unlock event",
     [("Inkopsorder_4500233688.pdf", pdf([
         ("h1", "INKÖPSORDER / PURCHASE ORDER 4500233688"),
         ("p", "Ventab Klimat AB → VZT Brno s.r.o. Date 2024-06-10. Project: Kv. Sjöfararen, Göteborg."),
         ("table", [["Pos", "Article", "Description", "Qty", "Status"],
                    ["10", "55-CD-250", "Circular control damper Ø250, motorised, pilot", "20", "Released"],
                    ["20", "55-CD-250", "Same, project balance", "780", "On hold"]]),
         ("sp",),
         ("p", "Pos. 10, 20 pilot dampers, is released for production."),
         ("p", "Pos. 20, the balance of 780 pcs, is not released and stays on hold until further notice from "
               "Per Åkesson, Purchasing Manager."),
         ("p", "Material authority: pilot quantity only."),
         ("p", "Delivery pos. 10: week 30, DAP Jönköping. Actuators Belimo LM24A-SR to be fitted and wired."),
     ], title="PO 4500233688", author="Ventab Klimat AB"))])

# p08 — Indian ERP printout: balance pending "sample approval" and "internal approval from our side".
case("p08_sarvam_erp_internal_approval", ["RG005", "RG009"],
     "balance on hold pending sample approval and 'internal approval from our side': no named releaser, 'approval' used technically and commercially",
     [("SCS_PO_2024-25_0788.txt", """\
SARVAM COOLING SYSTEMS PVT. LTD.                       GSTIN 27AAHCS4411P1Z6
PLOT D-17, CHAKAN MIDC PHASE II, PUNE 410501            PAGE 1 OF 1
--------------------------------------------------------------------------------
                              PURCHASE ORDER
PO NO.   : SCS/PO/2024-25/0788          PO DATE : 05.08.2024
VENDOR   : PENANG CONTROLS SDN BHD      VENDOR CODE : 400311
           BAYAN LEPAS FIZ PHASE 4, 11900 PENANG, MALAYSIA
--------------------------------------------------------------------------------
ITEM  PART NO.           DESCRIPTION                SCOPE    QTY  UOM  STATUS
--------------------------------------------------------------------------------
10    PCB-CHC-310 REV A  CHILLER CONTROLLER BOARD   SAMPLE    20  NOS  RELEASED
20    PCB-CHC-310 REV A  CHILLER CONTROLLER BOARD   PRODN  1,980  NOS  NOT RELEASED
--------------------------------------------------------------------------------
NOTE : ITEM 20 BALANCE QTY 1,980 NOS IS ON HOLD PENDING SAMPLE APPROVAL BY OUR
       QA AND INTERNAL APPROVAL FROM OUR SIDE. DO NOT MANUFACTURE ITEM 20.
       COMPONENTS FOR ITEM 10 ONLY.
DELIVERY : ITEM 10 BY 30.08.2024, DAP PUNE
PAYMENT  : 30 DAYS FROM INVOICE
--------------------------------------------------------------------------------
FOR SARVAM COOLING SYSTEMS PVT. LTD.
AUTHORISED SIGNATORY                           (COMPUTER GENERATED PO)
""")])

# p09 — Teams chat (German buyer, Czech supplier): the rest "stays parked for the moment".
case("p09_brandt_chat_rest_parked", ["RG004", "RG005"],
     "chat: 10 pilot housings now, the rest 'stays parked for the moment' — hold stated but no unlock event and nobody named to release",
     [("Teams_Brandt_VZT_2024-05-14.txt", """\
Microsoft Teams — Chat export
Participants: Martina Weber (Brandt Lufttechnik GmbH), Petr Novák (VZT Brno s.r.o.)
Exported 14.05.2024 17:40

14.05.2024 08:02  Martina Weber: Guten Morgen Petr, PO 4500771932 is in your inbox since yesterday evening
14.05.2024 08:03  Martina Weber: please make the 10 pilot housings GH-630 now
14.05.2024 08:03  Martina Weber: the rest of the 300 stays parked for the moment. do not start it and do not buy sheet for it
14.05.2024 08:15  Petr Novák: Good morning Martina, understood — 10 pilot housings only. For the rest we wait for your information.
14.05.2024 08:16  Martina Weber: 👍 danke
14.05.2024 08:20  Petr Novák: One question: the inspection door, hinge left or right like on drawing 7630-0630 Rev 2?
14.05.2024 08:31  Martina Weber: like drawing, hinge right. Rev 2 is valid
14.05.2024 08:32  Petr Novák: ok, thank you. Pilots ready KW 22
""")])

# p10 — Swedish engineer-buyer: pilot build, no pilot quantity anywhere.
case("p10_ventab_pilot_build_no_qty", ["RG010"],
     "go-ahead scoped to 'the pilot build' but no pilot quantity stated; hold, event and named releaser present",
     [("Pilot_build_DX_coils.eml", mail(
         "Lena Sjöberg <lena.sjoberg@ventab.se>", "Elif Demir <elif.demir@egehava.com.tr>",
         "Pilot build DX coils VK-7731", "Tue, 09 Apr 2024 15:28:00 +0200",
         "Hej Elif,\n\nthank you for the revised offer. Please go ahead with the pilot build of the DX coils per "
         "drawing VK-7731-220 rev C - same build standard as the quoted series: copper tube 3/8\", fin pitch "
         "2.1 mm, R32 rated, 45 bar test pressure.\n\nThe series quantity is not released. It stays on hold until "
         "the run test of the pilot coils is signed off by our R&D and I send you a written release with the "
         "quantity. Material only for the pilot build, please.\n\nBest regards / Med vänlig hälsning\n"
         "Lena Sjöberg\nCategory Manager Heat Exchangers\nVentab Klimat AB\n+46 36 555 21 77\n"))])

# p11 — UAE LPO PDF: sample line "as required by site", no quantity; project quantity on hold.
case("p11_alnoor_lpo_sample_as_required", ["RG010"],
     "LPO releases mock-up samples 'as required by site' with no quantity; project 2,300 on hold with event and named releaser",
     [("ALN-LPO-24-0745.pdf", pdf([
         ("h1", "LOCAL PURCHASE ORDER ALN/LPO/24/0745"),
         ("p", "Al Noor MEP Contracting LLC → Ege Hava Metal San. A.Ş. | Project: Al Safa Residences, Tower B | 08-Jul-2024"),
         ("table", [["Line", "Description", "Qty", "Status"],
                    ["1", "Sample linear diffusers LSD-2 for mock-up room, RAL 9010", "as required by site", "Released"],
                    ["2", "Project quantity Tower B, LSD-2 and LSD-3", "2,300 nos", "NOT RELEASED"]]),
         ("sp",),
         ("p", "Only the mock-up samples on line 1 are released now. Site will tell you what they need for the "
               "mock-up room."),
         ("p", "Line 2 is on hold and is not released for production until the mock-up room is signed off by "
               "the consultant and Eng. Khalid Mansour, Procurement Manager, issues a written release."),
         ("p", "Material: samples only. Delivery line 1: site office, Al Safa, within 2 weeks."),
     ], title="LPO ALN/LPO/24/0745", author="Al Noor MEP"))])

# p12 — Indian buyer SRM release page (HTML): sample release, quantity "to be advised".
case("p12_sarvam_srm_release_qty_tba", ["RG010"],
     "SRM sample release with quantity 'to be advised'; balance on hold with event and named releaser",
     [("Sarvam_SRM_Release_SR-24-0133.html", H("Sarvam SRM - Release SR-24-0133", """\
<h2>Sarvam SRM &mdash; Release view</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Release no.</td><td>SR-24-0133</td></tr>
<tr><td>Vendor</td><td>Ningbo Hengfeng Fan Co., Ltd. (400287)</td></tr>
<tr><td>PO</td><td>SCS/PO/2024-25/0840</td></tr>
<tr><td>Part</td><td>IMP-630 backward curved impeller, drg SCS-IMP-630 rev 2</td></tr>
<tr><td>Release type</td><td>Sample</td></tr>
<tr><td>Quantity</td><td>&mdash; (to be advised)</td></tr>
<tr><td>Balance</td><td>Production quantity on hold; not released until sample sign-off by QA (Ms. Priya Raman) and written release by Mr. R. Menon, GM &ndash; Purchase</td></tr>
<tr><td>Material authority</td><td>Sample only</td></tr>
</table>
<p><b>Buyer remark:</b> Kindly manufacture the samples for IMP-630 as discussed in the technical meeting of 24.07.2024 and send the balancing report with them.</p>
"""))])

# p13 — chat (US buyer, Chinese supplier): start the protos, qty confirmed later.
case("p13_northfield_chat_qty_later", ["RG010"],
     "chat: 'start the proto impellers, we'll confirm qty later'; production on hold with event and named releaser; no active quantity",
     [("Teams_Northfield_Hengfeng_0812.txt", """\
Teams chat export — Northfield / Hengfeng FW-560
08/12/2024 07:48 AM  Kevin O'Neill (Northfield Air Systems): morning Grace, pls start the proto impellers for the FW-560 wheel, we'll confirm the qty later this week
08/12/2024 07:49 AM  Kevin O'Neill (Northfield Air Systems): production qty stays on hold, not released. needs run test sign-off + a written release from Dana Whitfield (our Director of Purchasing)
08/12/2024 07:53 AM  Grace Liu (Ningbo Hengfeng): ok Kevin, we prepare the soft tool insert. qty 5 pcs like last time?
08/12/2024 08:10 AM  Kevin O'Neill (Northfield Air Systems): will confirm, mark is still checking how many the test rig needs
08/12/2024 08:11 AM  Grace Liu (Ningbo Hengfeng): noted. material PP-GF30 only for proto
08/12/2024 08:12 AM  Kevin O'Neill (Northfield Air Systems): 👍
""")])

# p14 — US contractor casual mail (multipart/alternative): "make us samples", nothing else.
_p14_txt = """Hi Alejandro,

good talking to you Tuesday. Please make us samples of the new 24x24 return grille with the
hinged core so our architect can look at them before the owner meeting. Use the finish from the
color chip we mailed last week (Sherwin-Williams SW 7006).

Ship to our Philadelphia office, attention Brian. Invoice us as usual, net 30.

Thanks!
Brian

Brian Castellano | Purchasing Manager
Keystone Mechanical Contractors | 1810 Washington Ave, Philadelphia, PA 19146 | (215) 555-0190
"""
case("p14_keystone_make_us_samples", ["RG003", "RG004", "RG005", "RG010"],
     "sample authorization without quantity, without hold on anything further, without unlock event or releaser",
     [("Grille_samples_return_24x24.eml", mail(
         "Brian Castellano <bcastellano@keystonemech.com>", "Alejandro Ruiz <aruiz@metalbajio.com.mx>",
         "Return grille samples", "Thu, 20 Jun 2024 16:12:00 -0400",
         _p14_txt, html="<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _p14_txt.split("\n\n")) + "</body></html>"))])

# p15 — Chinese supplier bought motors and aluminium for the whole series; buyer's complete scope quoted.
_p15_quoted = """Grace,

PO 4500091544 releases five (5) sample fan wheels FW-400 only. The series quantity of
3,000 pcs in your quotation is not released and stays on hold until the run test is signed
off by Northfield engineering and Dana Whitfield, Director of Purchasing, sends a written
release. Material authority: sample quantity only.

Kevin O'Neill | Buyer | Northfield Air Systems"""
case("p15_hengfeng_bought_for_series", ["RG006"],
     "supplier bought motors and aluminium for the whole series while only 5 samples are released and material authority is sample-only",
     [("RE_PO_4500091544_FW-400.eml", mail(
         "Grace Liu <grace.liu@hengfengfan.com>", "Kevin O'Neill <koneill@northfieldair.com>",
         "RE: PO 4500091544 FW-400 sample wheels", "Fri, 07 Jun 2024 18:22:00 +0800",
         "Dear Kevin,\n\nThanks for PO 4500091544. The 5 sample fan wheels will finish next Friday, balancing "
         "report will come with the shipment.\n\nFor your information, because EC motor lead time is now 14 "
         "weeks, we already purchased the motors and the aluminium for the whole series, so we can keep your "
         "schedule when you release. No need to worry about the lead time anymore.\n\nPlease let me know if any "
         "question.\n\nBest regards,\nGrace Liu\nSales Manager\nNingbo Hengfeng Fan Co., Ltd.\n\n"
         "------------------ Original ------------------\nFrom: Kevin O'Neill\nDate: Tue, Jun 4, 2024 09:40 PM\n"
         "Subject: PO 4500091544 FW-400 sample wheels\n\n" + q(_p15_quoted) + "\n"))])

# =================================================================== RISKY (batch 4)

# p16 — Chinese supplier: deposit in, so the full order goes into the plan and copper is bought.
_p16_quoted = """Dear Amy,

PO DBT-PO-24-118 attached. Scope:
- 4 sample coils (DX coil 3-row, 500 x 1000) released now.
- The balance of 1,996 coils is NOT released. It stays on hold until our client signs off the
  samples and I send you a written release with the quantity.
- Material: samples only.
The 30% deposit on the PO value will be paid this week as per your proforma.

Best regards,
Rajesh Nair
Purchase Manager, Desert Breeze HVAC Trading LLC, Sharjah"""
case("p16_airwell_deposit_full_plan", ["RG006", "RG012"],
     "supplier treats the deposit as the go for the full order and buys copper and fin stock for it; only 4 samples released",
     [("RE_PO_DBT-PO-24-118.eml", mail(
         "Amy Huang <amy.huang@airwellcoil.cn>", "Rajesh Nair <rajesh@desertbreeze-hvac.ae>",
         "RE: PO DBT-PO-24-118 DX coils", "Mon, 15 Jul 2024 16:48:00 +0800",
         "Dear Mr. Rajesh,\n\nGood day!\n\nWe received your 30% deposit USD 8,400 today, thank you very much.\n\n"
         "Since the deposit is in, we have put the full order, balance included, into our production plan for "
         "week 32, and we ordered the copper tube and the fin stock for it to avoid the copper price going up. "
         "The 4 samples will be sent by DHL tomorrow, AWB to follow.\n\nBest regards,\nAmy Huang\nSales Manager\n"
         "Foshan Airwell Coil Co., Ltd.\n\n-----Original Message-----\nFrom: Rajesh Nair\n"
         "Sent: Wednesday, July 10, 2024 11:30 AM\nSubject: PO DBT-PO-24-118 DX coils\n\n" + q(_p16_quoted) + "\n"))])

# p17 — Turkish supplier's order-tracking page: profiles for unreleased floors bought and cut.
case("p17_egehava_tracking_floors_cut", ["RG006"],
     "supplier portal: only floor 1 released, but aluminium profiles for floors 2-12 purchased and cut to length, no material authority",
     [("egehava_order_tracking_MH-TowerA.html", H("Order tracking - Marina Heights Tower A", """\
<h2>Ege Hava Metal &mdash; Customer order tracking</h2>
<p>Customer: Al Noor MEP Contracting LLC &middot; Project: Marina Heights, Tower A, levels 1&ndash;12 &middot; Item: linear slot diffuser LSD-2, RAL 9010 &middot; Updated 29.07.2024</p>
<table>
<tr><th>Floor</th><th>Qty (nos)</th><th>Release status</th><th>Material status</th><th>Fabrication</th></tr>
<tr><td>1</td><td>48</td><td>Released (Al Noor release R-01)</td><td>In stock</td><td>In fabrication, 60%</td></tr>
<tr><td>2&ndash;6</td><td>48 per floor</td><td>Not released</td><td>Profiles purchased and cut to length (allocated)</td><td>Not started</td></tr>
<tr><td>7&ndash;12</td><td>48 per floor</td><td>Not released</td><td>Profiles purchased and cut to length (allocated)</td><td>Not started</td></tr>
</table>
<div class="note"><p>Remark from Ege Hava planning: to protect the site programme, the aluminium profiles and end caps for floors 2&ndash;12 were purchased in June and cut to length in advance. Assembly and powder coating will start floor by floor after each release.</p></div>
<p>Contact: Murat Yılmaz, Export Manager, +90 232 877 40 10</p>
"""))])

# p18 — US PDF PO: scope note requires written release, but T&C clause 7 converts FAI approval into production.
case("p18_northfield_po_terms_fai_converts", ["RG007"],
     "PO scope holds 490 until written release, but the PO's terms say FAI approval authorizes production without further notice",
     [("PO_4500091602.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500091602"),
         ("p", "Northfield Air Systems Inc., Minneapolis, MN → Penang Controls Sdn Bhd, Penang, Malaysia. "
               "Order date 06/10/2024. Buyer: Kevin O'Neill."),
         ("table", [["Line", "Part", "Description", "Qty", "Unit price", "Scope"],
                    ["1", "CB-EC-07", "EC motor control board rev C, first article", "10", "$48.00", "Released"],
                    ["2", "CB-EC-07", "EC motor control board rev C, production", "490", "$19.75", "Not released"]]),
         ("sp",),
         ("h", "Scope of this order"),
         ("p", "Line 1 (10 first-article boards) is released. Line 2 (490 production boards) is NOT released; "
               "it stays on hold until the FAI is signed off by Northfield Quality and Dana Whitfield, Director "
               "of Purchasing, sends a written release. Material authority: first-article quantity only."),
         ("h", "Terms and conditions (excerpt)"),
         ("p", "5. Packaging. ESD bags, max. 50 boards per carton, humidity indicator card per carton."),
         ("p", "6. Inspection. Buyer may inspect at Seller's facility with 48 hours' notice."),
         ("p", "7. First articles. Approval of first articles by Buyer constitutes authorization for Seller to "
               "proceed with the production quantity on this order without further notice."),
         ("p", "8. Warranty. 24 months from delivery. Seller warrants conformity to IPC-A-610 class 2."),
     ], pagesize=LETTER, title="PO 4500091602", author="Northfield Air Systems"))])

# p19 — Czech supplier: "when you confirm the pilots are OK we continue directly with the serial 600".
_p19_quoted = """PO 4500233902 - 15 pilot fire dampers FD-315 released (pos. 10).
Series 600 pcs (pos. 20) not released: on hold until the pilot dampers are signed off in our
fire test and Karin Lund, Inköpschef, sends a written release.
Material: pilot quantity only.

Erik Holm, R&D / Ventab Klimat AB"""
case("p19_vzt_continue_directly_series", ["RG007"],
     "supplier says it will continue directly with the serial 600 once pilots are confirmed OK, although buyer requires written release",
     [("RE_PO_4500233902_pilots.eml", mail(
         "Jana Dvořáková <jana.dvorakova@vzt-brno.cz>", "Erik Holm <erik.holm@ventab.se>",
         "RE: PO 4500233902 pilot fire dampers FD-315", "Thu, 27 Jun 2024 09:41:00 +0200",
         "Dear Mr. Holm,\n\nthank you for the PO. We confirm the 15 pilot fire dampers for week 34.\n\n"
         "As usually with our customers, when you confirm the pilot dampers are OK in your test, we continue "
         "directly with the serial 600 pcs, so no time is lost - our workshop has reserved capacity in week 36 "
         "for this.\n\nThe fusible links (72 °C) are from the same supplier as in the last project.\n\n"
         "S pozdravem / Best regards\nJana Dvořáková\nProject manager\nVZT Brno s.r.o.\n\n"
         "-----Original Message-----\nFrom: Erik Holm\nSent: Tuesday, 25 June 2024 14:02\n"
         "Cc: Karin Lund\nSubject: PO 4500233902 pilot fire dampers FD-315\n\n" + q(_p19_quoted) + "\n",
         cc="Karin Lund <karin.lund@ventab.se>"))])

# p20 — Teams chat: purchasing states the rule, engineering tells the supplier to just continue after the test.
case("p20_brandt_chat_engineer_continue", ["RG007"],
     "chat: purchasing holds 392 until written release by Krämer; engineer says if the run test is fine just continue with the rest",
     [("Teams_Brandt_EgeHava_KW23.txt", """\
Microsoft Teams — Chat export "Brandt / Ege Hava — coil housings CH-800"
Participants: Martina Weber, Dr. Jens Hoffmann (Brandt Lufttechnik GmbH); Elif Demir (Ege Hava Metal)

03.06.2024 09:10  Martina Weber: Hello Elif, for the record: PO 4500772301 releases 8 sample coil housings CH-800. The other 392 are on hold until the run test is signed off and Tobias Krämer sends the written release.
03.06.2024 09:12  Elif Demir: Noted Martina, 8 samples, delivery KW 23.
05.06.2024 14:30  Elif Demir: Samples delivered to Bielefeld today, please check.
05.06.2024 16:02  Dr. Jens Hoffmann: Elif, the run test is Thursday. If it goes fine, just continue with the rest — no need to wait for paperwork from purchasing, we are in a big hurry with the AHU line.
05.06.2024 16:05  Elif Demir: OK Dr. Hoffmann, then we plan series from Friday if test is ok 👍
05.06.2024 16:06  Dr. Jens Hoffmann: perfect, danke
""")])

# p21 — Turkish supplier quote PDF: series production starts automatically after sample approval.
case("p21_egehava_quote_auto_start_terms", ["RG007"],
     "supplier quote terms: series production starts automatically after sample approval, no further order or release needed",
     [("EH-Q-2024-0451.pdf", pdf([
         ("h1", "TEKLİF / QUOTATION EH-Q-2024-0451"),
         ("p", "Ege Hava Metal San. A.Ş., Kemalpaşa OSB, İzmir → Sarvam Cooling Systems Pvt. Ltd., Pune. 14.06.2024."),
         ("p", "Subject: double-skin AHU panels 50 mm, PU foam, galv./pre-painted RAL 9002."),
         ("table", [["Pos", "Description", "Qty", "Unit price EUR", "Lead time"],
                    ["1", "AHU panel set SCA-40, samples", "3 sets", "640,00", "3 weeks"],
                    ["2", "AHU panel set SCA-40, series", "1.500 sets", "212,00", "6 weeks"]]),
         ("h", "Commercial terms"),
         ("p", "1. Prices FCA İzmir, packed on wooden pallets."),
         ("p", "2. Payment: 30 days from invoice."),
         ("p", "3. Validity: 30 days."),
         ("p", "4. Serial production starts automatically after your sample approval; no further purchase order "
               "or release document is necessary. Delivery of the first series lot 6 weeks after sample approval."),
         ("p", "5. Panel thickness tolerance ±1 mm per EN 1886 class T2/TB2 design."),
         ("p", "Saygılarımızla, Murat Yılmaz, Export Manager"),
     ], title="Quotation EH-Q-2024-0451", author="Ege Hava Metal"))])

# p22 — Indian project engineer forwards the PO mail (rfc822) and says: once samples clear the lab, carry on.
_p22_po_mail = mail("R. Menon <r.menon@sarvamcooling.in>", "Grace Liu <grace.liu@hengfengfan.com>",
                    "PO SCS/PO/2024-25/1033 - IMP-500 sample impellers", "Mon, 05 Aug 2024 10:00:00 +0530",
                    "Dear Grace,\n\nPO SCS/PO/2024-25/1033 is released for 6 (six) sample impellers IMP-500.\n\n"
                    "The balance of 1,194 nos is not released. It is on hold until the samples are signed off by our "
                    "QA and the undersigned sends a written release with the quantity. Material: samples only.\n\n"
                    "Regards,\nR. Menon\nGeneral Manager - Purchase\nSarvam Cooling Systems Pvt. Ltd.\n")
case("p22_sarvam_fwd_carry_on_after_lab", ["RG007"],
     "forwarded PO holds 1,194 until written release by Menon; project engineer says once samples clear the lab carry on with the production lot",
     [("FW_PO_SCS-PO-1033_IMP-500.eml", mail(
         "Vikram Joshi <vikram.joshi@sarvamcooling.in>", "Grace Liu <grace.liu@hengfengfan.com>",
         "FW: PO SCS/PO/2024-25/1033 - IMP-500 sample impellers", "Fri, 16 Aug 2024 18:25:00 +0530",
         "Dear Grace,\n\nForwarding Mr. Menon's PO mail for your reference.\n\nThe samples are reaching Pune next "
         "week. Once they clear our lab test, kindly carry on with the production lot as per your quotation - "
         "no need to wait for a separate release from purchase, the chiller project is already delayed by "
         "three weeks.\n\nRegards,\nVikram Joshi\nProject Engineer - Chillers\nSarvam Cooling Systems Pvt. Ltd.\n",
         attachments=[("rfc822", _p22_po_mail)]))])

# p23 — Malaysian supplier portal: workflow says series starts automatically after sample approval.
case("p23_penang_portal_auto_workflow", ["RG007"],
     "supplier portal workflow: series production starts automatically after customer sample approval, contradicting written release by Karin Lund",
     [("PCL_CustomerPortal_4500233745.html", H("Penang Controls - Customer Order Portal", """\
<h2>Penang Controls Sdn Bhd &mdash; Customer Order Portal</h2>
<p>Customer: Ventab Klimat AB &middot; Customer PO 4500233745 &middot; Item: EC3 control board rev C</p>
<table>
<tr><th>PO line</th><th>Qty</th><th>Scope</th><th>Customer release status</th></tr>
<tr><td>10</td><td>30</td><td>Pilot</td><td>Released by customer</td></tr>
<tr><td>20</td><td>2 970</td><td>Series</td><td>Not released &mdash; awaiting customer's written release (K. Lund)</td></tr>
</table>
<h3>Order workflow</h3>
<ol>
<li>Pilot build (30 pcs) &mdash; <b>in progress</b></li>
<li>Customer sample approval &mdash; pending</li>
<li>Series production starts automatically after step 2 (no further customer action needed)</li>
</ol>
<p>Questions: Nur Aisyah binti Rahman, Customer Program Manager, +60 4 646 2210</p>
"""))])

# p24 — chat: engineer says "Good to run 👍" after fit check; supplier starts the series.
case("p24_northfield_chat_good_to_run", ["RG002", "RG007"],
     "engineer's unscoped 'good to run' after the pilot fit check; supplier reads sample approval as start of series",
     [("Teams_Northfield_Bajio_FH-710.txt", """\
Teams chat export — "Northfield / Metalúrgica del Bajío — FH-710"
06/03/2024 10:02 AM  Kevin O'Neill (Northfield): Alejandro, PO 4500090777 is for the 12 pilot fan housings FH-710 only. The other 588 stay on hold until Mark's team signs off the pilots and Dana Whitfield sends the written release.
06/03/2024 10:15 AM  Alejandro Ruiz (Metalúrgica del Bajío): Understood Kevin, 12 pilots, ship June 14.
06/18/2024 08:40 AM  Alejandro Ruiz (Metalúrgica del Bajío): Hi Kevin, hi Mark, did you check the pilots? all ok?
06/18/2024 09:12 AM  Mark Kowalski (Northfield): Yes — fit check on the AHU-12 went fine, weld seams ok, the gasket groove is perfect now. Good to run 👍
06/18/2024 09:14 AM  Alejandro Ruiz (Metalúrgica del Bajío): Perfect, thank you Mark! We start the series Monday then.
06/18/2024 09:15 AM  Mark Kowalski (Northfield): 👌
""")])

# p25 — multi-file: PO PDF (24 sample grilles) + buyer mail (twenty (20) sample grilles).
case("p25_desertbreeze_po_24_mail_20", ["RG011"],
     "PO releases 24 sample grilles; buyer's cover mail for the same PO says twenty (20)",
     [("DBT-PO-24-131.pdf", pdf([
         ("h1", "PURCHASE ORDER DBT-PO-24-131"),
         ("p", "Desert Breeze HVAC Trading LLC, Industrial Area 13, Sharjah, UAE → Ege Hava Metal San. A.Ş., İzmir. "
               "Date: 22-Jul-2024."),
         ("table", [["Line", "Item", "Description", "Qty", "Status"],
                    ["1", "RG-600x300", "Return grille with removable core, RAL 9016, sample", "24", "Released"],
                    ["2", "RG-600x300", "Same, project balance", "1,176", "Not released"]]),
         ("sp",),
         ("p", "Released: 24 (twenty-four) sample return grilles. The balance of 1,176 nos is not released; it stays "
               "on hold until the consultant signs off the samples and Rajesh Nair, Purchase Manager, sends a "
               "written release. Material: samples only."),
     ], title="PO DBT-PO-24-131", author="Desert Breeze HVAC Trading")),
      ("PO_DBT-PO-24-131_cover_mail.eml", mail(
          "Rajesh Nair <rajesh@desertbreeze-hvac.ae>", "Murat Yılmaz <murat.yilmaz@egehava.com.tr>",
          "PO DBT-PO-24-131 return grilles", "Mon, 22 Jul 2024 12:05:00 +0400",
          "Dear Murat,\n\nGood afternoon. Our PO DBT-PO-24-131 for the twenty (20) sample return grilles has been "
          "uploaded to the portal today. Balance remains on hold as per PO.\n\nKindly send them by air, the "
          "consultant wants to see them at the mock-up on 8th August.\n\nBest regards,\nRajesh Nair\n"
          "Purchase Manager\nDesert Breeze HVAC Trading LLC\n"))])

# p26 — German DOCX release letter: text says four hundred (400), table says 440.
case("p26_brandt_release3_text_vs_table", ["RG011"],
     "release letter text releases four hundred (400) pcs, its own table shows 440 (and a different remaining balance)",
     [("Freigabe_Nr3_4500771150.docx", docx_bytes([
         ("h1", "Produktionsfreigabe / Production release No. 3"),
         ("p", "Brandt Lufttechnik GmbH, Einkauf → VZT Brno s.r.o. | Order 4500771150 | Material 7100-0780-02 "
               "control damper JK-780 | Bielefeld, 15.07.2024"),
         ("p", "Dear Mr. Novák,"),
         ("p", "with this letter we release four hundred (400) pcs of the control damper JK-780 for production, "
               "delivery KW 34 and KW 36 in two equal lots."),
         ("table", [["Order qty", "Released before (No. 1 + No. 2)", "This release (No. 3)", "Remaining on hold"],
                    ["1.500", "500", "440", "560"]]),
         ("p", "The remaining 600 pcs are not released and stay on hold until the next written release by the "
               "undersigned."),
         ("p", "Material authority: up to the released quantity."),
         ("p", "Mit freundlichen Grüßen / Best regards"),
         ("p", "Tobias Krämer, Leiter Einkauf / Head of Purchasing"),
     ], author="Tobias Krämer"))])

# p27 — German call-off mail says 350, the attached SAP call-off printout says 300.
_p27_txt = """\
BRANDT LUFTTECHNIK GMBH              LIEFERABRUF / CALL-OFF          SEITE 1
-------------------------------------------------------------------------------
LIEFERPLAN / SCHEDULE AGREEMENT  5500012298      ABRUF-NR. / CALL-OFF NO. 0012
LIEFERANT  200512  METALURGICA DEL BAJIO S.A. DE C.V.
MATERIAL   7200-0500-04  FAN HOUSING FH-500 REV D, ZNR 7200-0500 REV 04
DATUM      01.08.2024
-------------------------------------------------------------------------------
ZONE            ZEITRAUM      MENGE   STATUS
FAB RELEASE     KW 33-34        300   RELEASED FOR PRODUCTION
FORECAST        KW 35-52      2.100   FORECAST, NOT RELEASED, NO LIABILITY
-------------------------------------------------------------------------------
MATERIAL AUTHORITY: FAB RELEASE QUANTITY ONLY.
QUANTITIES BEYOND THE FAB RELEASE ARE NOT RELEASED. NEXT CALL-OFF BY S. VOGT.
-------------------------------------------------------------------------------
"""
case("p27_brandt_calloff_mail_vs_printout", ["RG011"],
     "call-off mail says 350 pcs released, the attached SAP call-off no. 12 says fab release 300",
     [("Abruf_0012_5500012298.eml", mail(
         "Sabine Vogt <s.vogt@brandt-lufttechnik.de>", "Sofía Hernández <shernandez@metalbajio.com.mx>",
         "Lieferabruf 0012 / call-off 12 - FH-500", "Thu, 01 Aug 2024 13:15:00 +0200",
         "Hola Sofía,\n\nattached call-off no. 12 under schedule agreement 5500012298.\n\nReleased for "
         "production: 350 pcs fan housings FH-500, delivery KW 33/34.\n\nAll quantities beyond this call-off "
         "remain on hold until the next call-off signed by me. Forecast figures are for planning only.\n\n"
         "Viele Grüße / Saludos\nSabine Vogt\nDisposition / MRP Controller\nBrandt Lufttechnik GmbH\n"
         "+49 521 9870-214\n",
         attachments=[("Abruf_0012.txt", _p27_txt, "text/plain")]))])

# p28 — multi-file: PO PDF (8 prototypes) + Teams chat (6 prototypes; firmware "green light").
case("p28_ventab_po8_chat6_green_light", ["RG002", "RG011"],
     "PO releases 8 prototype boards, purchasing chat says 6; engineer gives an unscoped 'green light' after a firmware check",
     [("PO_4500233955.pdf", pdf([
         ("h1", "INKÖPSORDER / PURCHASE ORDER 4500233955"),
         ("p", "Ventab Klimat AB → Penang Controls Sdn Bhd. Date 2024-08-05. Item: damper actuator board DAB-2 rev A."),
         ("table", [["Pos", "Description", "Qty", "Status"],
                    ["10", "DAB-2 rev A, prototype", "8", "Released"],
                    ["20", "DAB-2 rev A, series", "992", "Not released"]]),
         ("sp",),
         ("p", "Pos. 10: 8 prototype boards released. Pos. 20: the balance of 992 is not released; it stays on hold "
               "until the EMC test is signed off and Johan Lindqvist, Purchasing Manager, sends a written release. "
               "Material authority: prototype quantity only."),
     ], title="PO 4500233955", author="Ventab Klimat AB")),
      ("Teams_Ventab_PCL_DAB-2.txt", """\
Microsoft Teams - chat export
Chat: Ventab / Penang Controls - DAB-2
[2024-08-05 10:02] Johan Lindqvist (Ventab Klimat AB): Wei Ming, go ahead with the 6 prototype boards only, balance stays on hold as per PO 4500233955
[2024-08-05 10:10] Tan Wei Ming (Penang Controls Sdn Bhd): ok Johan, noted. proto build wk 33
[2024-08-21 15:40] Tan Wei Ming (Penang Controls Sdn Bhd): Erik, firmware 2.3 flashed on the test unit, logs uploaded to SharePoint
[2024-08-21 16:55] Erik Holm (Ventab Klimat AB): Firmware 2.3 looks fine on our side, the stall detection works now. You have the green light.
[2024-08-21 17:01] Tan Wei Ming (Penang Controls Sdn Bhd): Thank you Erik 🙏
""")])

# p29 — Turkish supplier confirms 15 pilot units "as per your LPO" (LPO says 12) and bought sheet for the full project.
_p29_quoted = """Dear Elif,

LPO ALN/LPO/24/0801 attached: 12 pilot VAV units VAV-160 released.
The project balance (588 nos) is not released; it is on hold until the FAT is signed off by the
consultant and I send you the written release.

Fatima Al Zaabi
Procurement Lead, Al Noor MEP Contracting LLC"""
case("p29_egehava_15_vs_12_and_sheet", ["RG006", "RG011"],
     "supplier confirms 15 pilot units 'as per your LPO' which releases 12, and bought sheet and actuators for the full project",
     [("RE_LPO_ALN-LPO-24-0801.eml", mail(
         "Elif Demir <elif.demir@egehava.com.tr>", "Fatima Al Zaabi <f.alzaabi@alnoor-mep.ae>",
         "RE: LPO ALN/LPO/24/0801 VAV-160 pilot units", "Tue, 06 Aug 2024 11:20:00 +0300",
         "Dear Fatima Hanım,\n\nthank you for the LPO. We will build the 15 pilot VAV units as per your LPO, "
         "delivery 3 weeks ex works.\n\nAlso, to be ready for your site programme, we already bought the "
         "galvanized sheet and the Belimo actuators for the full project, so after FAT there is no waiting for "
         "material.\n\nSaygılarımla / Best regards\nElif Demir\nExport Sales\nEge Hava Metal San. A.Ş.\n\n"
         "From: Fatima Al Zaabi\nSent: Monday, August 5, 2024 3:10 PM\nSubject: LPO ALN/LPO/24/0801 VAV-160 "
         "pilot units\n\n" + q(_p29_quoted) + "\n"))])

# p30 — Indian SRM PO view: header says released 50, line table says 60.
case("p30_sarvam_srm_header_vs_line", ["RG011"],
     "SRM PO header shows released quantity 50, the line table releases 60 sample units",
     [("Sarvam_SRM_PO_SCS-PO-2024-25-0902.html", H("Sarvam SRM - PO SCS/PO/2024-25/0902", """\
<h2>Sarvam SRM &mdash; Purchase Order view</h2>
<table>
<tr><th>PO</th><td>SCS/PO/2024-25/0902</td><th>Vendor</th><td>Penang Controls Sdn Bhd (400311)</td></tr>
<tr><th>Part</th><td>PCB-AHU-110 rev B, AHU controller board</td><th>Released quantity</th><td>50 nos</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>Sample</td><td>60 nos</td><td>Released</td></tr>
<tr><td>20</td><td>Production</td><td>940 nos</td><td>Not released</td></tr>
</table>
<div class="note"><p>Line 20 is on hold until sample sign-off by QA (Ms. Priya Raman) and written release by Mr. R. Menon, GM &ndash; Purchase. Material authority: sample quantity only.</p></div>
"""))])

# =================================================================== RISKY (batch 5)

# p31 — Indian distributor DOCX PO: "twelve (21) nos" in text, 12 in the table.
case("p31_coolwave_twelve_21", ["RG011"],
     "PO text says 'twelve (21) nos prototype dampers', words and digits disagree; table says 12",
     [("Coolwave_PO_CW-2425-0402.docx", docx_bytes([
         ("h1", "PURCHASE ORDER CW/2425/0402"),
         ("p", "Coolwave Distributors, Guindy, Chennai 600032 → Ege Hava Metal San. A.Ş., İzmir. Date: 19.08.2024."),
         ("p", "Kind attn: Mr. Murat Yılmaz. Sub: prototype fire dampers FD-300 for Chennai airport T2 package."),
         ("table", [["Sl.", "Item", "Description", "Qty (nos)", "Scope"],
                    ["1", "FD-300", "Curtain fire damper 300x300, UL 555, 1.5 hr, prototype", "12", "Released"],
                    ["2", "FD-300", "Same, package balance", "1,188", "Not released"]]),
         ("p", "Kindly manufacture twelve (21) nos prototype dampers only."),
         ("p", "The balance of 1,188 nos is not released. It stays on hold until the prototypes are signed off by "
               "our QA and Mr. S. Raghavan, Purchase Head, sends a written release. Material: prototype quantity only."),
         ("p", "Delivery: by air to Chennai within 4 weeks. Test certificate per UL 555 to be enclosed."),
         ("p", "For Coolwave Distributors — S. Raghavan, Purchase Head"),
     ], author="S. Raghavan"))])

# p32 — Indian buyer: tooling advance and proforma paid in full, "hence please begin the series production".
_p32_quoted = """Dear Grace,

PO SCS/PO/2024-25/0966: 6 (six) sample impellers IMP-710 released.
The balance of 2,994 nos is not released; it is on hold until the samples are signed off by
our QA (Ms. Priya Raman, Head - QA) and I send you a written release with the quantity.
Material: samples only.

Regards,
R. Menon
General Manager - Purchase, Sarvam Cooling Systems Pvt. Ltd."""
case("p32_sarvam_paid_so_begin_series", ["RG012"],
     "buyer says tooling advance and proforma are paid in full, hence begin the series production, although the PO holds the balance for sign-off and written release",
     [("RE_PO_SCS-PO-0966_payment.eml", mail(
         "Rahul Desai <rahul.desai@sarvamcooling.in>", "Grace Liu <grace.liu@hengfengfan.com>",
         "RE: PO SCS/PO/2024-25/0966 IMP-710 - payment done", "Wed, 14 Aug 2024 17:05:00 +0530",
         "Dear Grace,\n\nThis is to inform that we have paid the tooling advance and your proforma invoice "
         "PI-HF-24-077 in full today (UTR HDFCR52024081412345).\n\nHence please begin the series production of "
         "IMP-710 at the earliest, so that we can meet the chiller line start in October.\n\nRegards,\n"
         "Rahul Desai\nSr. Executive - Purchase\nSarvam Cooling Systems Pvt. Ltd.\n\n"
         "-----Original Message-----\nFrom: R. Menon\nSent: 02 August 2024 10:20\n"
         "Subject: PO SCS/PO/2024-25/0966 IMP-710\n\n" + q(_p32_quoted) + "\n"))])

# p33 — Turkish supplier portal: advance received → order released to production (full quantity).
case("p33_egehava_portal_advance_released", ["RG012"],
     "supplier portal marks the full order 'released to production' because the advance was received; customer released only 8 samples",
     [("egehava_portal_order_4500772455.html", H("Ege Hava - order 4500772455", """\
<h2>Ege Hava Metal &mdash; Customer portal</h2>
<p>Customer: Brandt Lufttechnik GmbH &middot; Customer PO 4500772455 &middot; Item: AHU panel set P-1200, DWG 7500-1200 Rev 3</p>
<table>
<tr><th>Step</th><th>Date</th><th>Status</th></tr>
<tr><td>PO received</td><td>03.06.2024</td><td>&#10004; 8 sample panel sets released by customer; series per quotation not released by customer</td></tr>
<tr><td>Advance payment 30%</td><td>12.06.2024</td><td>&#10004; received</td></tr>
<tr><td>Production</td><td>13.06.2024</td><td>Advance received &rarr; order released to production (full order quantity)</td></tr>
<tr><td>Samples dispatch</td><td>28.06.2024</td><td>planned</td></tr>
</table>
<p class="note">Note: according to our standard sales terms, production of an order is started when the advance payment is received.</p>
<p>Contact: Elif Demir, Export Sales</p>
"""))])

# p34 — Malaysian supplier: LC opened, so components for the full quantity bought and SMT starts next week.
_p34_quoted = """Wei Ming,

PO 4500091688: fifty (50) pilot boards CB-EC-09 released. The balance of 1,950 boards is not
released and stays on hold until the EMC and functional tests are signed off by Northfield
engineering and Dana Whitfield, Director of Purchasing, sends a written release.
Material authority: pilot quantity only. Payment by LC as agreed.

Kevin O'Neill | Buyer | Northfield Air Systems"""
case("p34_penang_lc_opened_smt", ["RG006", "RG012"],
     "supplier takes the opened LC as the go: buys components for the full quantity and starts SMT for the production lot",
     [("RE_PO_4500091688_LC.eml", mail(
         "Tan Wei Ming <weiming.tan@penangcontrols.com.my>", "Kevin O'Neill <koneill@northfieldair.com>",
         "RE: PO 4500091688 CB-EC-09 - LC opened", "Thu, 04 Jul 2024 10:12:00 +0800",
         "Dear Kevin,\n\nGood news, our bank advised this morning that the LC has been opened by your bank "
         "(LC no. 0471LC2400918).\n\nSince the LC is in place, we have proceeded to purchase the components for "
         "the full quantity (MCUs, IGBT modules, connectors) and we will start SMT for the production lot next "
         "week together with the 50 pilots, to save one setup.\n\nThank you and regards,\nTan Wei Ming\n"
         "Sales Director\nPenang Controls Sdn Bhd\n\n-----Original Message-----\nFrom: Kevin O'Neill\n"
         "Sent: Monday, June 24, 2024 8:30 PM\nSubject: PO 4500091688 CB-EC-09\n\n" + q(_p34_quoted) + "\n"))])

# p35 — Swedish buyer sends a labelled rolling forecast (DOCX) and calls it a firm commitment.
_p35_docx = docx_bytes([
    ("h1", "Rolling forecast 2025 — EC impeller IMP-450-BC"),
    ("p", "Ventab Klimat AB, Jönköping. Issued 2024-09-02. Forecast for planning."),
    ("table", [["Month", "Forecast qty (pcs)"],
               ["Jan–Mar 2025", "2 400"], ["Apr–Jun 2025", "2 400"],
               ["Jul–Sep 2025", "2 400"], ["Oct–Dec 2025", "2 400"],
               ["Total 2025", "9 600"]]),
])
case("p35_ventab_forecast_firm_commitment", ["RG008"],
     "buyer asks supplier to see the 9 600 pcs rolling forecast as a firm commitment for 2025",
     [("Forecast_2025_IMP-450-BC.eml", mail(
         "Karin Lund <karin.lund@ventab.se>", "Grace Liu <grace.liu@hengfengfan.com>",
         "Rolling forecast 2025 IMP-450-BC", "Mon, 02 Sep 2024 08:30:00 +0200",
         "Hi Grace,\n\nattached is our rolling forecast for 2025 for the EC impellers IMP-450-BC, 9 600 pcs in "
         "total.\n\nPlease see this as our firm commitment for 2025, so you can book capacity for the "
         "whole year. The production quantities themselves will still come as monthly call-offs signed by "
         "me.\n\nMed vänlig hälsning\nKarin Lund\nInköpschef\nVentab Klimat AB\n",
         attachments=[("Rolling_forecast_2025.docx", _p35_docx, DOCX_MT)]))])

# p36 — German schedule agreement printout: forecast zone labelled "binding order quantity".
case("p36_brandt_schedule_forecast_binding", ["RG008"],
     "delivery schedule calls the forecast zone 3.600 'binding order quantities'; fab release 400 otherwise complete",
     [("Lieferplan_5500012233_0009.txt", """\
BRANDT LUFTTECHNIK GMBH           LIEFERPLANEINTEILUNG / DELIVERY SCHEDULE
-------------------------------------------------------------------------------
LIEFERPLAN / SCHEDULE AGREEMENT 5500012233     EINTEILUNG / SCHEDULE NO. 0009
LIEFERANT  200388  VZT BRNO S.R.O., TURANKA 1222, 627 00 BRNO, CZ
MATERIAL   7100-0611-03  DAMPER BLADE ASSEMBLY DBA-600
DATUM      02.09.2024
-------------------------------------------------------------------------------
ZONE        ZEITRAUM      MENGE   STATUS
FIRM        KW 37-40        400   FIRM - RELEASED FOR PRODUCTION
FORECAST    KW 41-52      3.600   FORECAST - BINDING ORDER QUANTITY
-------------------------------------------------------------------------------
HINWEIS / NOTE:
 THE FORECAST QUANTITIES ARE BINDING ORDER QUANTITIES FOR 2024. PLEASE PLAN
 YOUR CAPACITY ACCORDINGLY.
 PRODUCTION AUTHORITY WITH THIS SCHEDULE: 400 ST (KW 37-40). QUANTITIES BEYOND
 THE 400 ARE NOT RELEASED FOR PRODUCTION; THEY ARE RELEASED ONLY BY THE NEXT
 CALL-OFF SIGNED BY S. VOGT (DISPOSITION).
 MATERIAL AUTHORITY: 400 ST.
-------------------------------------------------------------------------------
ANSPRECHPARTNER: SABINE VOGT, +49 521 9870-214
""")])

# p37 — Mexican supplier order confirmation: "your order of 4,800 units (your forecast ...)", tooling payment → scheduled.
case("p37_bajio_confirmation_forecast_order", ["RG008", "RG012"],
     "supplier confirms the buyer's Q3 forecast as an order of 4,800 and schedules production because the tooling payment arrived",
     [("OC-MB-2024-0912.pdf", pdf([
         ("h1", "CONFIRMACIÓN DE PEDIDO / ORDER CONFIRMATION OC-MB-2024-0912"),
         ("p", "Metalúrgica del Bajío S.A. de C.V. → Keystone Mechanical Contractors, Philadelphia, PA. June 12, 2024."),
         ("p", "Dear Mr. Castellano,"),
         ("p", "Thank you for your order of 4,800 units plenum box PB-600 (your forecast FC-2024-Q3 dated "
               "06/03/2024)."),
         ("p", "Since your tooling payment was received on June 10, production of the 4,800 units has been "
               "scheduled as follows:"),
         ("table", [["Month", "Units", "Ship date"],
                    ["July 2024", "1,600", "07/26/2024"],
                    ["August 2024", "1,600", "08/23/2024"],
                    ["September 2024", "1,600", "09/20/2024"]]),
         ("p", "Price USD 38.90/unit, FCA Querétaro. Tooling (press brake dies, USD 6,200) paid."),
         ("p", "Atentamente, Sofía Hernández, Customer Service"),
     ], pagesize=LETTER, title="OC-MB-2024-0912", author="Metalurgica del Bajio"))])

# p38 — WhatsApp (Gulf English): Tower C forecast "consider them committed".
case("p38_alnoor_chat_tower_c_committed", ["RG008"],
     "buyer writes the developer's Tower C forecast of 1,100 casings as committed ('we will 100% take them')",
     [("WhatsApp_AlNoor_EgeHava_FCU.txt", """\
WhatsApp Chat with Al Noor - FCU casings
[18/08/2024, 09:02:11] Eng. Khalid Mansour (Al Noor MEP): Good morning Murat. LPO ALN/LPO/24/0655 for Tower B is the full quantity, 400 FCU casings, no balance. Proceed with all 400 as per the LPO.
[18/08/2024, 09:05:40] Murat Yılmaz (Ege Hava): Good morning Eng. Khalid, noted, 400 casings, first 100 in 3 weeks.
[18/08/2024, 09:07:02] Eng. Khalid Mansour (Al Noor MEP): Also for your planning. Tower C numbers are still a forecast from the developer, but consider them committed — we will 100% take the 1,100 casings, no doubt. Plan your capacity accordingly.
[18/08/2024, 09:09:30] Murat Yılmaz (Ege Hava): Thank you, very good news 🙏 we will block the line for Q4.
""")])

# p39 — Czech supplier reads a non-binding annual forecast as a firm commitment and orders steel coil.
_p39_pdf = pdf([
    ("h1", "Jahresvorschau / Annual forecast 2025"),
    ("p", "Brandt Lufttechnik GmbH → VZT Brno s.r.o. | 03.05.2024 | Material 7100-0611-03 damper blade assembly DBA-600"),
    ("table", [["Quarter", "Forecast qty"],
               ["Q1 2025", "3.000"], ["Q2 2025", "3.000"], ["Q3 2025", "3.000"], ["Q4 2025", "3.000"],
               ["Total", "12.000"]]),
    ("p", "FORECAST — non-binding. This is no order, no production release and no material authority. "
          "Production and material are authorized only by call-offs signed by Sabine Vogt (Disposition)."),
], title="Annual forecast 2025", author="Brandt Lufttechnik GmbH")
case("p39_vzt_forecast_as_commitment_coil", ["RG006", "RG008"],
     "supplier calls the non-binding 12 000 pcs forecast a firm annual commitment and orders steel coil for half a year",
     [("Steel_coil_2025_DBA-600.eml", mail(
         "Petr Novák <petr.novak@vzt-brno.cz>", "Sabine Vogt <s.vogt@brandt-lufttechnik.de>",
         "DBA-600 - material for 2025", "Mon, 13 May 2024 08:55:00 +0200",
         "Dear Mrs. Vogt,\n\nbased on your firm annual commitment of 12 000 pcs for 2025 (your letter of 3 May, "
         "attached back), we have ordered the galvanised steel coil DX51D+Z275 for the first half-year from our "
         "mill in Ostrava, to have a better price and secure the delivery.\n\nThe current call-off 14 (500 pcs, "
         "delivery KW 20) is in production as planned.\n\nS pozdravem / Best regards\nPetr Novák\nSales engineer\n"
         "VZT Brno s.r.o.\n",
         attachments=[("Jahresvorschau_2025_DBA-600.pdf", _p39_pdf, PDF_MT)]))])

# p40 — US buyer (multipart/alternative): "approved" for drawing, PO by finance, and production.
_p40_txt = """Hi Grace,

quick update on the FW-400 wheels:

1) Your drawing FW-400 rev B is approved by our engineering (dimensions and balance grade).
2) PO 4500091990 was approved by finance this morning, so it is in the system now.
3) Production approval will follow after the AHRI test.

For now PO 4500091990 covers the 10 sample wheels only. The remaining 1,190 are on hold until the
AHRI test is passed and Dana Whitfield, Director of Purchasing, sends a written release.
Material for the 10 samples only, please.

Thanks,
Kevin
""" + sig("Kevin O'Neill", "Buyer, Fans & Motors", "Northfield Air Systems Inc.", "+1 612 555 0143")
case("p40_northfield_three_approvals", ["RG009"],
     "'approved' used for drawing (technical), PO by finance (commercial) and production; scope itself complete",
     [("FW-400_update.eml", mail(
         "Kevin O'Neill <koneill@northfieldair.com>", "Grace Liu <grace.liu@hengfengfan.com>",
         "FW-400 wheels - status", "Tue, 23 Jul 2024 11:20:00 -0500",
         _p40_txt, html="<html><body><pre>" + escape(_p40_txt) + "</pre></body></html>"))])

# p41 — German SAP printout: PO "RELEASED" by release strategy, production release, QM "good to run".
case("p41_brandt_sap_release_strategy_good_to_run", ["RG002", "RG009"],
     "SAP header 'released' (commercial release strategy) beside production release wording; QM status 'good to run' unscoped",
     [("BE_4500772610.txt", """\
BRANDT LUFTTECHNIK GMBH          BESTELLUNG / PURCHASE ORDER           SEITE 1
-------------------------------------------------------------------------------
BESTELLNR. 4500772610    DATUM 10.06.2024    STATUS: RELEASED
                         (FREIGABESTRATEGIE Z1, RELEASED BY M. WEBER 10.06.2024)
LIEFERANT  200417  EGE HAVA METAL SAN. A.S., IZMIR, TR
-------------------------------------------------------------------------------
POS   MATERIAL       BEZEICHNUNG                       MENGE  ME  PRODUCTION RELEASE
00010 7300-0900-02   FILTER FRAME FF-900, SAMPLE          10  ST  RELEASED - SAMPLES ONLY
00020 7300-0900-02   FILTER FRAME FF-900, SERIES         990  ST  NOT RELEASED
-------------------------------------------------------------------------------
POS 20 IS ON HOLD UNTIL SAMPLE SIGN-OFF AND A WRITTEN PRODUCTION RELEASE BY
M. WEBER (EINKAUF). MATERIAL AUTHORITY: SAMPLE QUANTITY ONLY.
-------------------------------------------------------------------------------
QM-STATUS: GOOD TO RUN   (QM / DR. J. HOFFMANN, 12.06.2024)
-------------------------------------------------------------------------------
LIEFERBED.: DAP BIELEFELD    ZAHLUNG: 60 TAGE NETTO    AEB 2023
""")])

# p42 — Swedish buyer portal (HTML): technical / commercial / production "approval" columns.
case("p42_ventab_portal_approval_columns", ["RG009"],
     "portal shows 'Technical approval: Approved', 'Commercial approval: Approved', 'Production approval: Pending' — one word for three things",
     [("Ventab_SupplierWeb_status_4500234011.html", H("Ventab SupplierWeb - order status 4500234011", """\
<h2>Ventab SupplierWeb &mdash; Order status</h2>
<p>Supplier: VZT Brno s.r.o. &middot; PO 4500234011 &middot; Item 55-VAV-200 VAV damper</p>
<table>
<tr><th>Technical approval</th><th>Commercial approval</th><th>Production approval</th></tr>
<tr><td>Approved (E. Holm, 2024-06-03)</td><td>Approved (PO issued 2024-05-20)</td><td>Pending</td></tr>
</table>
<h3>Order lines</h3>
<table>
<tr><th>Pos</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>VAV damper Ø200, pilot</td><td>20</td><td>Released</td></tr>
<tr><td>20</td><td>VAV damper Ø200, series</td><td>980</td><td>On hold</td></tr>
</table>
<div class="note"><p>Pos. 20 is not released. It stays on hold until the run test is signed off and Karin Lund, Inköpschef, sends a written release. Material: pilot quantity only.</p></div>
"""))])

# p43 — UAE DOCX letter: "approval" for consultant, for production of the balance and for management budget.
case("p43_alnoor_letter_approval_three_ways", ["RG009"],
     "letter uses 'approval' for the consultant's technical approval, the production go for the balance and the management budget approval",
     [("ALN-PRC-L-24-311.docx", docx_bytes([
         ("p", "Al Noor MEP Contracting LLC — Procurement Department"),
         ("p", "Ref: ALN/PRC/L/24/311 — Date: 04-Aug-2024"),
         ("p", "To: Ege Hava Metal San. A.Ş., Attn. Mr. Murat Yılmaz"),
         ("p", "Subject: Sample diffuser SCD-600, Al Safa Residences Tower B"),
         ("p", "Dear Murat,"),
         ("p", "Consultant approval has been received for the sample diffuser installed in the mock-up room. "
               "Kindly note that this approval is for the sample only."),
         ("p", "Authorized at present: the one (1) sample diffuser already delivered, nothing more. The balance "
               "of 2,299 nos is not released."),
         ("p", "The approval for the balance will be given after our management approval of the revised budget. "
               "The release will then be issued in writing by the undersigned."),
         ("p", "Kindly do not buy material for the balance till then."),
         ("p", "Best regards,"),
         ("p", "Eng. Khalid Mansour, Procurement Manager"),
     ], author="Khalid Mansour"))])

# p44 — email thread: drawing rev D "approved from our side. Please proceed." PO scope quoted two levels down.
_p44_lvl2 = """PO 4500771877: 8 pilot duct silencers DS-800 released (pos. 10).
Balance 232 pcs (pos. 20) on hold until pilot sign-off and written release by Tobias Kraemer,
Head of Purchasing. Material: pilot quantity only."""
_p44_lvl1 = """Dear Dr. Hoffmann,

attached is drawing 7781-044 Rev. D with the changed flange holes (now 8x M8 on PCD 850),
please check.

Best regards
Petr Novak, VZT Brno

-----Original Message-----
From: Tobias Kraemer
Sent: 22.04.2024 10:05
Subject: PO 4500771877 duct silencers

""" + q(_p44_lvl2)
case("p44_brandt_rev_d_please_proceed", ["RG002"],
     "engineer replies 'Rev. D is approved from our side. Please proceed.' with no scope; quoted PO scope otherwise complete",
     [("RE_Drawing_7781-044_RevD.eml", mail(
         "Dr. Jens Hoffmann <j.hoffmann@brandt-lufttechnik.de>", "Petr Novák <petr.novak@vzt-brno.cz>",
         "RE: Drawing 7781-044 Rev. D", "Mon, 29 Apr 2024 16:44:00 +0200",
         "Dear Mr. Novák,\n\nRev. D of drawing 7781-044 is approved from our side. Please proceed.\n\n"
         "Mit freundlichen Grüßen\nDr. Jens Hoffmann\nEntwicklung / Engineering\nBrandt Lufttechnik GmbH\n\n"
         "-----Original Message-----\nFrom: Petr Novák\nSent: 26.04.2024 13:30\nSubject: Drawing 7781-044 Rev. D\n\n"
         + q(_p44_lvl1) + "\n",
         in_reply_to="<h124-7781-044-revd@vzt-brno.cz>"))])

# p45 — Indian SRM supplier-message page: alternative motor accepted, "green light, please go ahead".
case("p45_sarvam_srm_motor_green_light", ["RG002"],
     "buyer's portal reply to a motor substitution question: 'you have the green light, please go ahead' without scope; PO scope complete",
     [("Sarvam_SRM_messages_SCS-PO-1102.html", H("Sarvam SRM - messages", """\
<h2>Sarvam SRM &mdash; Supplier messages</h2>
<p>PO <b>SCS/PO/2024-25/1102</b> &middot; Vendor: Ningbo Hengfeng Fan Co., Ltd. &middot; Part: plug fan assembly PF-560</p>
<div class="note"><p>PO scope: 5 (five) sample fan assemblies released. Balance 795 nos not released; on hold until QA sign-off of the samples and written release by Mr. R. Menon, GM &ndash; Purchase. Material authority: samples only.</p></div>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>26-08-2024 09:14</td><td>Grace Liu (Ningbo Hengfeng)</td><td>Dear Sir, due to shortage of ZIEHL-ABEGG motor, can we use ebm-papst M3G 112 motor in place? Same frame, same power 2.2 kW. Datasheet attached.</td></tr>
<tr><td>26-08-2024 15:40</td><td>Vikram Joshi (Sarvam Cooling)</td><td>Datasheet checked. Alternative motor is accepted. You have the green light, please go ahead.</td></tr>
<tr><td>26-08-2024 16:02</td><td>Grace Liu (Ningbo Hengfeng)</td><td>Thank you sir, noted.</td></tr>
</table>
"""))])

# ==== END OF CASES


def _formats(folder: Path):
    """Formats in a case folder: top-level file suffixes plus EML attachment kinds."""
    from email import message_from_bytes
    top, inner = [], set()
    for f in sorted(folder.iterdir()):
        ext = f.suffix.lower().lstrip(".")
        top.append(ext)
        if ext == "eml":
            m = message_from_bytes(f.read_bytes(), policy=policy.default)
            for part in m.walk():
                ct = part.get_content_type()
                fn = part.get_filename()
                if ct == "message/rfc822":
                    inner.add("rfc822")
                elif fn:
                    inner.add(fn.rsplit(".", 1)[-1].lower())
    return top, inner


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(124124).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h124_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # ---- summary (for the README)
    from collections import Counter
    rule_n = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)} clean {clean} risky {len(CASES) - clean} multi-rule {multi}")
    for r in sorted(rule_n):
        print(f"  {r}: {rule_n[r]}")
    top_n, case_n, inner_n = Counter(), Counter(), Counter()
    multi_file = 0
    for folder in sorted(OUT.iterdir()):
        top, inner = _formats(folder)
        if len(top) > 1:
            multi_file += 1
        top_n.update(top)
        kinds = set(top) | {k for k in inner if k != "rfc822"}
        case_n.update(kinds)
        inner_n.update(inner)
    print("top-level files:", dict(sorted(top_n.items())))
    print("cases containing:", dict(sorted(case_n.items())))
    print("eml attachment kinds (cases):", dict(sorted(inner_n.items())))
    print("multi-file folders:", multi_file)


if __name__ == "__main__":
    main()
