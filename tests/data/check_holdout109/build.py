#!/usr/bin/env python3
"""Generator for the releasegate check_holdout109 corpus (HVAC components).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout109/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, fixed shuffle seed 109109).

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; the Message-ID and boundary tags were changed to "h109".
Every case below was written by hand for this corpus.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import zipfile
from collections import Counter
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
SEED = 109109


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
    m["Message-ID"] = msgid or f"<h109-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h109")
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


# ------------------------------------------------------------- own helpers
def q(text):
    """Quote a block of text the way mail clients do for replies."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def simple_html(paragraphs):
    """Turn a list of paragraphs into a small HTML body for multipart/alternative."""
    out = []
    for para in paragraphs:
        out.append("<p>" + escape(para).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


# ###################################################################### CASES
# Naming inside this file only: cNN = clean (expect []), pNN = at least one risk.
# Folder names in cases/ are neutral (h109_NN_<first-file-stem>) and shuffled.

# =================================================================== batch 1

# c01 -- US mechanical contractor, PDF PO for mock-up linear slot diffusers, complete scope note.
case("c01_lakeshore_lsd_mockup_po", [],
     "sample PO: 24 mock-up units active, 1,176 not released, mock-up sign-off + written release, "
     "Dana Whitfield named, sample-only material",
     [("PO_4500038817_Lakeshore.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500038817"),
         ("p", "Lakeshore Mechanical Contractors, Inc. | 1840 W Fulton St, Chicago, IL 60612 | "
               "Tel (312) 555-0148 | purchasing@lakeshoremech.com"),
         ("p", "Vendor: Ningbo Airflow Grille Co., Ltd., No. 88 Xingye Road, Beilun District, Ningbo, "
               "Zhejiang 315800, China. Vendor no. V-20931."),
         ("p", "PO date: April 9, 2024 | Project: 225 W Wacker - Floors 5-16 tenant fit-out | "
               "Job no. 23-117 | Spec section 23 37 13 (Diffusers, Registers and Grilles) | "
               "Terms: FOB Ningbo, Net 45 | Currency: USD"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Extended", "Scope"],
             ["10", "LSD-2S-1500-AN", "Linear slot diffuser, 2 slot x 3/4 in., 1500 mm, clear anodized, "
              "with insulated plenum, pattern controllers", "24", "EA", "38.50", "924.00", "SAMPLE (mock-up)"],
             ["20", "FRT-AIR", "Air freight to Chicago ORD, DDU", "1", "LOT", "410.00", "410.00", "-"],
         ]),
         ("sp",),
         ("p", "PO total: USD 1,334.00"),
         ("h", "Scope of this purchase order - please read"),
         ("p", "1. Active quantity: this PO covers twenty-four (24) linear slot diffusers for the level 7 "
               "mock-up room only. Build, finish and ship these 24 units."),
         ("p", "2. The production quantity shown on your quotation NAG-Q-24-0312 (1,176 units) is NOT "
               "released by this PO. Do not fabricate, anodize or pack any part of it."),
         ("p", "3. Material authority: sample-only. Buy extrusion, plenum sheet and insulation for the "
               "24 mock-up units only. Material bought beyond that is at your own risk."),
         ("p", "4. Unlock event: the 1,176 balance can be released only after (a) the architect and our "
               "project engineer sign off the installed mock-up and (b) we send you a written production "
               "release that names the quantity."),
         ("p", "5. Release authority: Dana Whitfield, Procurement Manager "
               "(dwhitfield@lakeshoremech.com, 312-555-0161). Site staff, the GC and the architect "
               "cannot release production quantities."),
         ("p", "Please acknowledge this PO and its scope in writing within 3 business days."),
         ("h", "Technical"),
         ("p", "Performance data per ASHRAE 70-2006, NC levels at 150 CFM/slot to be submitted with the "
               "shipment. Finish: clear anodized 215-R1. Dimensions per shop drawing M-601 Rev 3. "
               "Label each unit with tag LSD-7-01 through LSD-7-24."),
         ("h", "General terms"),
         ("p", "Lakeshore Mechanical standard terms and conditions (form LMC-T&C-2022) apply. "
               "Invoices without a PO number will be returned. Packing list must show PO and line number."),
         ("sp",),
         ("p", "Issued by: Dana Whitfield, Procurement Manager - Lakeshore Mechanical Contractors, Inc."),
     ], pagesize=LETTER, title="PO 4500038817", author="Dana Whitfield"))])


# c02 -- Indian damper maker's quote with sample and production tiers (no authorization at all).
case("c02_pune_fire_damper_quote", [],
     "supplier quotation with a 4-pc sample tier and a 480-pc production tier; a quote authorizes nothing",
     [("Quotation_PAE-Q-2404-0057.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Pune Airtech Engineers Pvt. Ltd. | Plot C-14, MIDC Bhosari, Pune 411026, Maharashtra, India | "
               "GSTIN 27AABCP4471K1Z2 | sales@puneairtech.in"),
         ("p", "To: Mécanique Laurentide Inc., 2250 boul. Industriel, Laval (QC) H7S 1P5, Canada. "
               "Kind attn.: M. Marc-André Tremblay, Directeur approvisionnement"),
         ("p", "Our ref.: PAE-Q-2404-0057 | Date: 11-Apr-2024 | Your enquiry: RFQ ML-2024-031 dated 02-Apr-2024 | "
               "Project: Hôpital régional de Saint-Jérôme - phase 2"),
         ("p", "Dear Sir, With reference to your above enquiry we are pleased to quote our best prices as under:"),
         ("table", [
             ["Sr.", "Description", "Tier", "Qty (nos.)", "Unit price USD", "Lead time"],
             ["1", "Curtain type fire damper, 1.5 hr, UL 555 listed, dynamic, 24 x 24 in., "
              "sleeve 20 ga galvanised, 165 F fusible link", "Sample lot", "4", "212.00", "3 weeks ex-works"],
             ["2", "-do-", "Production lot", "480", "96.50", "8 weeks ex-works after your production order"],
             ["3", "Retaining angles and installation kit", "Production lot", "480 sets", "7.20", "with item 2"],
         ]),
         ("sp",),
         ("h", "Terms and conditions"),
         ("p", "Prices: FCA Nhava Sheva, packed in seaworthy wooden crates. Payment: 30% advance with "
               "order, balance against copy of B/L. Validity: 45 days from date of quotation. "
               "Production lot prices are valid for an order placed within 6 months of your sample "
               "sign-off. Quantities in the production tier are indicative of your RFQ and are not "
               "reserved capacity."),
         ("p", "Testing: each damper cycle-tested at works; UL 555 label and UL 555S not applicable "
               "(no smoke rating). Drawings PAE-FD-1524 Rev 07 enclosed."),
         ("p", "We hope the above is in line with your requirement and look forward to your valued order. "
               "Kindly revert for any clarification."),
         ("p", "For Pune Airtech Engineers Pvt. Ltd. - Sandeep Kulkarni, Manager - Exports, +91 20 2712 4470"),
     ], title="Quotation PAE-Q-2404-0057", author="Sandeep Kulkarni"))])


# c03 -- Supplier asks "do we have a go-ahead for the balance?"; quoted buyer PO email is complete.
_c03_buyer = (
    "Hi Lily,\n\n"
    "PO 7100-2291 is attached to the portal now. To be very clear on scope:\n\n"
    "- It covers twelve (12) SWD-400 swirl diffusers, RAL 9010 satin, for the mock-up ceiling at "
    "Collins Square Tower 6, level 14. Make and ship those 12 only.\n"
    "- The remaining 588 pcs on your quote FH-2403-118 are NOT released. Please don't cut, press or "
    "powder-coat anything for them.\n"
    "- Buy material for the 12 only.\n"
    "- The 588 can only be released after the services consultant (Norman Disney) signs off the "
    "mock-up AND I send you a written production release with the quantity on it. I'm the only one "
    "who can issue that - not our site team, not the builder.\n\n"
    "Cheers,\nGreg Kowalski\nProcurement Lead | Southern Cross Building Services Pty Ltd\n"
    "Level 3, 55 Cremorne St, Richmond VIC 3121 | +61 3 9555 0122"
)
_c03_pl = html_page("Packing list - DHL 4471 2290 33", """
<h2>PACKING LIST</h2>
<p>Shipper: Foshan Huatai Ventilation Equipment Co., Ltd., Shunde District, Foshan, Guangdong, China<br>
Consignee: Southern Cross Building Services Pty Ltd, Level 3, 55 Cremorne St, Richmond VIC 3121, Australia<br>
Customer PO: 7100-2291 &middot; Invoice: FH-CI-240507 &middot; DHL AWB 4471 2290 33 &middot; Date: 07-May-2024</p>
<table>
<tr><th>Carton</th><th>Item</th><th>Description</th><th>Qty (pcs)</th><th>G.W. kg</th><th>Dim. cm</th></tr>
<tr><td>1/3</td><td>SWD-400</td><td>Swirl diffuser 400, 24 slots, RAL 9010 satin, with plenum</td><td>4</td><td>11.2</td><td>62 x 62 x 48</td></tr>
<tr><td>2/3</td><td>SWD-400</td><td>-do-</td><td>4</td><td>11.2</td><td>62 x 62 x 48</td></tr>
<tr><td>3/3</td><td>SWD-400</td><td>-do-</td><td>4</td><td>11.3</td><td>62 x 62 x 48</td></tr>
<tr><th colspan="3">Total</th><th>12</th><th>33.7</th><th></th></tr>
</table>
<p>HS code 7616.99 &middot; Country of origin: China &middot; Mock-up samples, no commercial value beyond invoice.</p>
""")
case("c03_foshan_swirl_goahead_question", [],
     "supplier question about the 588 balance; quoted buyer scope names 12 active, 588 not released, "
     "consultant sign-off + written release, Greg Kowalski",
     [("RE_PO_7100-2291_swirl_diffusers.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@fshuatai-vent.com>",
         "Greg Kowalski <gkowalski@southerncrossbs.com.au>",
         "RE: PO 7100-2291 swirl diffusers - samples shipped",
         "Tue, 07 May 2024 16:42:10 +0800",
         "Dear Greg,\n\n"
         "Good day. The 12 pcs swirl diffusers SWD-400 were shipped today by DHL, AWB 4471 2290 33, "
         "ETA Melbourne Friday. Commercial invoice and packing list attached in the DHL pouch.\n\n"
         "May I ask, do we have a go-ahead for the balance 588 pcs? Our powder coating line has a free "
         "slot in week 26 and if we miss it the next slot is week 30. Please advise so we can plan. "
         "We will not start anything until we hear from you.\n\n"
         "Thank you and best regards,\nLily Chen\nSales Dept. | Foshan Huatai Ventilation Equipment Co., Ltd.\n"
         "Tel: +86 757 8522 3310 | WeChat: lilychen_hv\n\n"
         "-----Original Message-----\nFrom: Greg Kowalski <gkowalski@southerncrossbs.com.au>\n"
         "Sent: Thursday, 18 April 2024 10:05\nTo: Lily Chen\nSubject: PO 7100-2291 swirl diffusers\n\n"
         + q(_c03_buyer) + "\n",
         attachments=[("Packing_list_DHL_4471229033.html", _c03_pl, "text/html")],
         in_reply_to="<h109-c03-orig@southerncrossbs.com.au>")))])


# c04 -- UAE contractor's supplier-portal forecast page, clearly labelled as not an order.
case("c04_alnoor_forecast_portal", [],
     "12-month demand forecast page labelled 'not a purchase order', for capacity planning only",
     [("supplier_portal_forecast_KVF.html", html_page("Al Noor MEP - Supplier Portal - Demand Forecast", """
<div style="background:#00457c;color:#fff;padding:6px">Al Noor MEP Contracting LLC &middot; Supplier Portal &middot; logged in as: <b>ops@kv-fcu.com.my</b></div>
<h2>Demand forecast &ndash; Klang Valley FCU Manufacturing Sdn Bhd (vendor 40017)</h2>
<p class="note"><b>FORECAST &ndash; NOT A PURCHASE ORDER.</b> The quantities below are our planning estimate for the next
12 months, shared so you can plan capacity. They do not authorize production, material purchase or shipment and
create no liability for Al Noor MEP. Only a purchase order issued through this portal authorizes work, and only for the
quantity written on it.</p>
<table>
<tr><th>Project</th><th>Item</th><th>Q3 2024</th><th>Q4 2024</th><th>Q1 2025</th><th>Q2 2025</th><th>Basis</th></tr>
<tr><td>Dubai Creek Residences B2</td><td>FCU horizontal concealed 4-pipe, 800 CFM (FCU-HC-08)</td><td>0</td><td>120</td><td>140</td><td>60</td><td>forecast</td></tr>
<tr><td>Dubai Creek Residences B2</td><td>FCU horizontal concealed 4-pipe, 1200 CFM (FCU-HC-12)</td><td>0</td><td>40</td><td>55</td><td>20</td><td>forecast</td></tr>
<tr><td>Al Barsha Clinic</td><td>FCU ceiling cassette 600 CFM (FCU-CC-06)</td><td>24</td><td>0</td><td>0</td><td>0</td><td>forecast</td></tr>
</table>
<p>Last updated: 02-May-2024 by Rashid Khan (Planning). Figures may change at each monthly update without notice.</p>
<p>Questions on the forecast: planning@alnoormep.ae &middot; Questions on open POs: procurement@alnoormep.ae</p>
<p style="font-size:11px;color:#666">AHRI 440 certification is required for all FCU models. Portal version 4.12.0 &middot; &copy; 2024 Al Noor MEP Contracting LLC, P.O. Box 52817, Dubai, UAE</p>
"""))])


# c05 -- German contractor's DOCX shop-drawing review: technical review only, not a release to fabricate.
case("c05_rheintal_shopdrawing_review", [],
     "shop-drawing review limited to dimensions/materials; states it is not a release; series 340 not released, "
     "release only by Jens Hoffmann in writing after mock-up sign-off",
     [("Pruefvermerk_Werkplanung_EGE-MD-200.docx", docx_bytes([
         ("h1", "Prüfvermerk Werkplanung / Shop drawing review note"),
         ("p", "Rheintal Gebäudetechnik GmbH · Industriestraße 41 · 50735 Köln · Projekt: Bürocampus Deutz, Bauteil C"),
         ("p", "Lieferant / Supplier: Ege Havalandırma Sistemleri A.Ş., Atatürk OSB 10002 Sk. No. 14, Çiğli / İzmir"),
         ("p", "Bestellung / PO: 4711-0093 vom 12.03.2024 · Zeichnungen: EGE-MD-200 Rev. 4, EGE-MD-201 Rev. 2"),
         ("h", "Review result"),
         ("p", "Status: REVIEWED – NO EXCEPTIONS TAKEN, limited to dimensions, blade material (aluminium "
               "AlMg3), frame gauge and actuator mounting bracket. This is a technical review of the "
               "drawings. It is not a release to fabricate and does not change the quantity on PO 4711-0093."),
         ("table", [
             ["Nr.", "Blatt / Sheet", "Kommentar / Comment", "Status"],
             ["1", "EGE-MD-200 Rev. 4", "Frame depth 125 mm ok; flange 30 mm per DIN EN 1505", "reviewed, no comment"],
             ["2", "EGE-MD-200 Rev. 4", "Actuator Belimo LM24A-SR, 5 Nm – confirm torque for 1.000 x 600", "open – answer required"],
             ["3", "EGE-MD-201 Rev. 2", "Leakage class 3 per EN 1751 – test report to follow", "reviewed, no comment"],
         ]),
         ("h", "Quantities"),
         ("p", "PO 4711-0093 covers six (6) motorized dampers as samples for the mock-up in Bauteil C, "
               "level 2. The series quantity of 340 pcs from your offer ANG-24-118 remains not released; "
               "please do not buy sheet or actuators for it."),
         ("p", "Die Serie wird erst nach Abnahme des Musters (mock-up sign-off by our site engineering) "
               "durch eine schriftliche Serienfreigabe von Herrn Jens Hoffmann, Einkaufsleiter, freigegeben. "
               "The series is released only by a written production release signed by Mr. Jens Hoffmann, "
               "head of purchasing, after the mock-up sign-off."),
         ("sp",),
         ("p", "Köln, 26.04.2024 · geprüft: Dipl.-Ing. Lea Brandt, Projektleitung TGA"),
     ], author="Lea Brandt"))])


# c06 -- Australian distributor, TXT ERP full-quantity PO: "proceed with 350" is scoped, no balance.
case("c06_harbour_grille_full_po", [],
     "full-quantity ERP PO for 350 grilles, no balance; 'proceed with 350 pcs' is scoped",
     [("PO_0081442_print.txt", """\
HARBOUR AIR DISTRIBUTION PTY LTD                              ABN 41 118 552 907
Unit 7, 12-14 Kent Rd, Mascot NSW 2020        Ph (02) 9555 0431   orders@harbourair.com.au
================================================================================
PURCHASE ORDER        PO NO: 0081442      DATE: 03/05/2024      PAGE 1 OF 1
================================================================================
SUPPLIER: XIAMEN JINLONG AIR OUTLETS CO LTD      SUPP NO: 0719
          NO.6 TONGAN IND. ZONE, XIAMEN 361100, CHINA
DELIVER TO: HARBOUR AIR DISTRIBUTION - MASCOT DC
TERMS: 30 DAYS EOM              INCO: FOB XIAMEN             CURR: AUD
BUYER: T.NGUYEN                 REQ NO: R-55102              WHSE: MAS
--------------------------------------------------------------------------------
LN  ITEM CODE        DESCRIPTION                        QTY UOM   PRICE    EXTN
--------------------------------------------------------------------------------
01  RAG-600X600-EGG  RETURN AIR GRILLE EGGCRATE 600X600  350 EA    21.40  7490.00
                     ALUM, POWDERCOAT WHITE SATIN (DULUX
                     ALPHA 9010), 12.7MM CORE, LAY-IN T-BAR
02  FRT-SEA-LCL      SEA FREIGHT LCL XIAMEN-SYDNEY          1 LOT 640.00   640.00
--------------------------------------------------------------------------------
                                                       SUBTOTAL      8130.00
                                                       GST (0%)         0.00
                                                       TOTAL AUD     8130.00
--------------------------------------------------------------------------------
NOTES:
  STOCK REPLENISHMENT ORDER - FULL ORDER QUANTITY.
  THIS PO IS THE WHOLE REQUIREMENT: 350 PCS. NO BALANCE, NO FURTHER CALL-OFFS.
  PLEASE PROCEED WITH THE 350 PCS AS PER THIS PO. SHIP COMPLETE, NO PART SHIPMENTS.
  CARTON LABEL: ITEM CODE / QTY / PO NO. MAX 20 PCS PER CARTON.
  AS/NZS 1668.1 COMPLIANCE STATEMENT TO ACCOMPANY SHIPMENT.
--------------------------------------------------------------------------------
AUTHORISED: T.NGUYEN (PURCHASING OFFICER)           PRINTED 03/05/2024 14:22
================================================================================
"""),
      ])


# c07 -- German contractor's PDF call-off with an explicit staged material authority above the release.
case("c07_klimabau_calloff_staged_material", [],
     "call-off releases 96 dampers for level 3; explicit staged material authority up to 400 units; "
     "balance 304 on hold until next call-off signed by Sabine Krüger",
     [("Abruf_02_Bestellung_4500127731.pdf", pdf([
         ("h1", "Abruf Nr. 2 / Call-off No. 2"),
         ("p", "Klimabau Nord GmbH · Billstraße 112 · 20539 Hamburg · Tel. +49 40 5550 7710 · einkauf@klimabau-nord.de"),
         ("p", "An / To: Bursa Kanal Sistemleri San. ve Tic. A.S., Nilüfer OSB, Bursa, Türkei"),
         ("p", "Rahmenbestellung / Blanket PO: 4500127731 · Datum: 22.04.2024 · Projekt: Quartier Elbbrücken, Haus 4"),
         ("table", [
             ["Pos.", "Artikel", "Bezeichnung", "Ebene / Level", "Abrufmenge (Stk.)", "Preis / Stk."],
             ["10", "BKS-VCD-400x300", "Volume control damper, galvanized DX51D Z275, opposed blades, "
              "hand quadrant", "Level 3", "96", "38,60 EUR"],
         ]),
         ("sp",),
         ("h", "Freigabe / Release"),
         ("p", "Mit diesem Abruf werden 96 Stück (Level 3) zur Fertigung freigegeben. This call-off "
               "releases 96 pcs for level 3 for fabrication. Liefertermin: KW 24, frei Baustelle."),
         ("p", "Nicht freigegeben: die restlichen 304 Stück (Levels 4 to 7) of the 400 pcs in the blanket "
               "PO remain on hold. They are released only by the next call-off, issued after our level 3 "
               "installation inspection and signed by Frau Sabine Krüger, Leiterin Einkauf. No other "
               "person at Klimabau Nord can release quantities."),
         ("h", "Materialfreigabe / Material authority"),
         ("p", "Staged material authority: you may buy and hold galvanized coil, blade sections and "
               "shafts for up to 400 units (all levels) at Klimabau Nord's liability, because of the "
               "current mill lead time. This authority covers material only. Cutting, forming or "
               "assembling more than the 96 released units is not authorized."),
         ("p", "Bitte bestätigen Sie diesen Abruf schriftlich innerhalb von 2 Arbeitstagen."),
         ("sp",),
         ("p", "Mit freundlichen Grüßen / Best regards · Sabine Krüger, Leiterin Einkauf · Klimabau Nord GmbH · "
               "HRB 118220 Amtsgericht Hamburg · USt-IdNr. DE 281 447 905"),
     ], title="Abruf 2 - 4500127731", author="Sabine Krüger"))])


# c08 -- Canadian contractor (French-English), explicit recorded auto-conversion, multipart/alternative.
_c08_txt = (
    "Bonjour Sr. Garza / Hello Mr. Garza,\n\n"
    "Further to our call of May 6, here is the written record of what we agreed for the plenum boxes "
    "(job 24-0418, CHSLD Terrebonne). Le bon de commande ML-24-0662 is attached in the portal.\n\n"
    "1. Active quantity now: six (6) supply plenum boxes PB-610x305-R, 22 ga galvanized, lined, "
    "for the mock-up room. Fabricate and ship the 6 only.\n\n"
    "2. Auto-conversion (recorded agreement / conversion automatique): when I, Marc-André Tremblay, "
    "Directeur approvisionnement, send you the written sample sign-off of the 6 mock-up boxes "
    "with no deviation, that sign-off by itself releases 200 (two hundred) plenum boxes for "
    "production. No further document is needed for those 200. A sign-off with deviations releases "
    "nothing.\n\n"
    "3. The other 600 of the 800 quoted (Q-ADM-2404-31) remain on hold and are NOT released by the "
    "sign-off. They need a revised PO signed by me.\n\n"
    "4. Matériel / material: buy sheet for the 6 samples now; sheet for the 200 only after the "
    "sign-off in point 2.\n\n"
    "Please confirm by return email that you read it the same way.\n\n"
    "Merci et bonne journée,\n"
)
_c08_sig = sig("Marc-André Tremblay", "Directeur approvisionnement / Purchasing Director",
               "Mécanique Laurentide Inc. - 2250 boul. Industriel, Laval (QC) H7S 1P5", "+1 450 555 0190")
case("c08_laurentide_autoconversion", [],
     "explicit recorded auto-conversion naming 200 units, the signer and the condition; 6 active; "
     "600 on hold until revised PO by Tremblay",
     [("ML-24-0662_plenum_boxes_entente.eml", eml_bytes(mail(
         "Marc-André Tremblay <ma.tremblay@mecaniquelaurentide.ca>",
         "Rodrigo Garza <rgarza@acerosyductos.com.mx>",
         "BC/PO ML-24-0662 - plenum boxes - entente écrite / written agreement",
         "Tue, 07 May 2024 09:12:00 -0400",
         _c08_txt + _c08_sig,
         html=simple_html(_c08_txt.split("\n\n") + ["--", "Marc-André Tremblay",
                                                    "Directeur approvisionnement / Purchasing Director",
                                                    "Mécanique Laurentide Inc."]),
         cc="Sofía Villarreal <svillarreal@acerosyductos.com.mx>")))])


# p01 -- US PDF PO for 16 mock-up diffusers with the quoted 2,400 production tier printed beside it.
case("p01_brazos_scd_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "mock-up PO prints the 2,400-pc production tier next to 16 samples; says nothing on balance, "
     "unlock event or who releases",
     [("PO_31-20418_Brazos.pdf", pdf([
         ("h1", "PURCHASE ORDER 31-20418"),
         ("p", "Brazos Air Systems LLC | 8820 Westpark Dr, Houston, TX 77063 | (713) 555-0177"),
         ("p", "Vendor: Foshan Huatai Ventilation Equipment Co., Ltd., Shunde District, Foshan, Guangdong, China"),
         ("p", "Date: 04/15/2024 | Project: Memorial Hermann Katy - MOB expansion | Job 2417 | "
               "Ship via: air, DDP Houston | Terms: 30% T/T with PO docs, 70% before shipment"),
         ("table", [
             ["Ln", "Part no.", "Description", "Qty", "Unit", "Unit USD", "Total USD"],
             ["1", "SCD-600-4W-9010", "Square ceiling diffuser 600x600, 4-way throw, lay-in, "
              "alum. RAL 9010, with OBD", "16", "ea", "42.00", "672.00"],
             ["2", "TOOL-SCD", "Pressing die set per quote", "1", "lot", "1,900.00", "1,900.00"],
         ]),
         ("sp",),
         ("h", "Pricing reference - vendor quote FH-2404-077"),
         ("table", [
             ["Tier", "Qty", "Unit USD", "Lead time"],
             ["Mock-up", "16", "42.00", "2 weeks"],
             ["Production", "2,400", "17.80", "6 weeks"],
         ]),
         ("sp",),
         ("h", "Notes"),
         ("p", "Mock-up units for the level 2 exam room mock-up. Mark each carton with PO 31-20418 and job 2417. "
               "Submit ASHRAE 70 throw data and a finish chip with the shipment. Tool remains property of "
               "Brazos Air Systems and shall be stored free of charge for 3 years."),
         ("p", "Questions: Ray Delgado, purchasing, rdelgado@brazosair.com"),
     ], pagesize=LETTER, title="PO 31-20418", author="Ray Delgado"))])


# p02 -- Canadian buyer email with PO + quote PDFs attached; quote shows 1,240 production, nothing else said.
_p02_po = pdf([
    ("h1", "PURCHASE ORDER FV-24-1187"),
    ("p", "Fraser Valley Sheet Metal Ltd. | 19230 96 Ave, Surrey, BC V4N 4C1 | 604-555-0139"),
    ("p", "Supplier: Coimbatore Dampers & Louvers, SIDCO Industrial Estate, Kurichi, Coimbatore 641021, India"),
    ("p", "Date: 2024-04-24 | Ship to: FVSM Surrey shop | Incoterms: CPT Vancouver | Currency: CAD"),
    ("table", [
        ["Item", "Part", "Description", "Qty", "Unit CAD", "Amount CAD"],
        ["1", "BDD-300x300-G", "Backdraft damper, gravity, 300 x 300 mm, galv. frame, alum. blades - SAMPLES",
         "10", "61.00", "610.00"],
    ]),
    ("sp",),
    ("p", "Total CAD 610.00. Please quote the PO number on all documents."),
], title="PO FV-24-1187", author="Kyle Brandt")
_p02_quote = pdf([
    ("h1", "QUOTATION CDL/Q/2024/0419"),
    ("p", "Coimbatore Dampers & Louvers | SIDCO Industrial Estate, Kurichi, Coimbatore 641021 | +91 422 255 0187"),
    ("p", "To: Fraser Valley Sheet Metal Ltd., Surrey BC - Attn. Mr. Kyle Brandt | Date: 08-04-2024"),
    ("table", [
        ["S.No", "Item", "Qty", "Rate CAD", "Delivery"],
        ["1", "Backdraft damper BDD-300x300-G (samples)", "10 nos", "61.00", "15 days"],
        ["2", "Backdraft damper BDD-300x300-G (production)", "1,240 nos", "23.40", "45 days"],
    ]),
    ("sp",),
    ("p", "Terms: 25% advance, balance before dispatch. Validity 60 days. Packing: corrugated box, 10 nos per box."),
    ("p", "Thanking you, for Coimbatore Dampers & Louvers, R. Senthil Kumar, Partner"),
], title="Quotation CDL/Q/2024/0419", author="R. Senthil Kumar")
case("p02_fraservalley_bdd_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 10 with the quote (1,240 production) attached, no informational note, no hold, event or releaser",
     [("PO_FV-24-1187_backdraft_dampers.eml", eml_bytes(mail(
         "Kyle Brandt <kbrandt@fraservalleysm.ca>",
         "R. Senthil Kumar <senthil@cdl-dampers.in>",
         "PO FV-24-1187 - backdraft dampers",
         "Wed, 24 Apr 2024 15:31:00 -0700",
         "Hi Senthil,\n\n"
         "Please find attached PO FV-24-1187 for the 10 sample backdraft dampers (BDD-300x300-G). "
         "I've attached your quote CDL/Q/2024/0419 as well so both of us work off the same pricing "
         "and part numbers.\n\n"
         "Can you confirm a ship date? We'd like them here before the May long weekend if at all "
         "possible - the inspector is booked for the 21st.\n\n"
         "Thanks,\nKyle"
         + sig("Kyle Brandt", "Purchasing", "Fraser Valley Sheet Metal Ltd.", "604-555-0139"),
         attachments=[("PO_FV-24-1187.pdf", _p02_po, PDF_MT),
                      ("CDL_Q_2024_0419.pdf", _p02_quote, PDF_MT)])))])


# p03 -- UAE vendor-portal PO page: 4 witness-test FCUs with the 96-unit package quote in the header.
case("p03_gulfbreeze_fcu_portal_po", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 4 FWT units shows package qty 96 and quote beside it, nothing says informational; "
     "no hold, unlock event or named releaser",
     [("vendor_portal_PO_GB-PO-24-0388.html", html_page("Gulf Breeze HVAC - Vendor Portal - PO GB-PO-24-0388", """
<div style="background:#7a0019;color:#fff;padding:6px">Gulf Breeze HVAC Trading LLC &middot; Vendor Portal &middot; Vendor: Klang Valley FCU Manufacturing Sdn Bhd</div>
<h2>Purchase Order GB-PO-24-0388</h2>
<table>
<tr><th>PO date</th><td>28-Apr-2024</td><th>Status</th><td>Issued &ndash; awaiting vendor acknowledgement</td></tr>
<tr><th>Project</th><td>Marina Heights Tower B &ndash; FCU package</td><th>Package quantity</th><td>96 nos</td></tr>
<tr><th>Buyer</th><td>Eng. Omar Haddad</td><th>Payment terms</th><td>LC 90 days</td></tr>
<tr><th>Delivery</th><td>CFR Jebel Ali</td><th>Currency</th><td>USD</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>1</td><td>FCU-HC-12</td><td>Fan coil unit, horizontal concealed, 4-pipe, 1200 CFM, EC motor, AHRI 440 certified &ndash; factory witness test units</td><td>4</td><td>1,390.00</td><td>5,560.00</td></tr>
</table>
<h3>Quotation reference</h3>
<table>
<tr><th>Quotation</th><th>Item</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>KVF-Q-0917 rev B</td><td>FCU-HC-12</td><td>96</td><td>1,140.00</td></tr>
</table>
<h3>Remarks</h3>
<p>Factory witness test at Shah Alam works to be attended by consultant (Khatib &amp; Alami) and contractor. Test per AHRI 440 and project spec 23 82 19. Kindly share FWT procedure 10 days before the test date. Each unit to carry the project tag FCU-B-xx.</p>
<p>Kindly acknowledge this PO through the portal.</p>
<p style="font-size:11px;color:#666">Gulf Breeze HVAC Trading LLC, Industrial Area 15, Sharjah, UAE &middot; TRN 100318827500003</p>
"""))])


# p04 -- German DOCX call-off for 8 swirl diffuser samples, table prints the 1.600 series quantity.
case("p04_isartal_muster_abruf", ["RG001", "RG003", "RG004", "RG005"],
     "sample call-off table carries the 1.600 series quantity beside 8 samples, no hold, event or releaser",
     [("Abruf_Muster_IH-24-0207.docx", docx_bytes([
         ("h1", "Abruf Muster / Sample call-off IH-24-0207"),
         ("p", "Isartal Haustechnik GmbH · Frankfurter Ring 155 · 80807 München · Tel. +49 89 5550 3320"),
         ("p", "An: Ege Havalandırma Sistemleri A.Ş., İzmir – z. Hd. Herrn Burak Yıldız, Export Sales"),
         ("p", "Datum: 17.04.2024 · Bauvorhaben: Wohnanlage Freiham Nord, BA 2 · Ihr Angebot ANG-24-097 vom 05.04.2024"),
         ("table", [
             ["Pos.", "Artikel", "Bezeichnung", "Muster (Stk.)", "Serie lt. Angebot (Stk.)", "Preis/Stk. Serie"],
             ["10", "EGE-DR-400-9010", "Drallauslass 400 mm, 24 Schlitze, RAL 9010, mit Anschlusskasten DN 198",
              "8", "1.600", "23,40 EUR"],
             ["20", "EGE-DR-ZUB", "Drosselklappe für Anschlusskasten", "8", "1.600", "4,10 EUR"],
         ]),
         ("sp",),
         ("p", "Sehr geehrter Herr Yıldız,"),
         ("p", "bitte liefern Sie die Muster bis KW 22 an unser Baubüro. Please deliver the 8 samples by "
               "calendar week 22 to our site office, Freiham Nord, Container 3. Lieferschein mit Abrufnummer."),
         ("p", "Die Muster werden im Musterraum Haus 2, 1. OG eingebaut. Luftleistung bitte nach "
               "DIN EN 12238 nachweisen; Schallleistungspegel nach DIN EN ISO 5135."),
         ("p", "Mit freundlichen Grüßen, Florian Maier, Einkauf"),
     ], author="Florian Maier"))])

# p05 -- Australian buyer forwards the supplier's quote (message/rfc822) to the factory; only 12 mock-ups meant.
_p05_quote = mail(
    "Jason Wu <jason.wu@lianfeng-vent.cn>",
    "Liam Forster <liam.forster@coastlinemech.com.au>",
    "Quote LF-24-0603 perforated face diffusers - Herston Quarter",
    "Mon, 15 Apr 2024 11:20:00 +0800",
    "Dear Liam,\n\n"
    "Thanks for your enquiry. Please see our offer:\n\n"
    "Item: PFD-595-SQ perforated face diffuser, 595x595 lay-in, 5 mm holes, 51% free area, RAL 9016, "
    "with 250 mm spigot and OBD\n\n"
    "  Mock-up lot:     12 pcs    USD 29.00/pc   10 days\n"
    "  Production lot:  3,600 pcs USD 11.20/pc   35 days\n\n"
    "FOB Ningbo. Payment 30% T/T deposit, 70% against B/L copy. Carton 4 pcs, 42 x 64 cm.\n"
    "Price valid 30 days due to aluminium LME.\n\n"
    "Best regards\nJason Wu | Overseas Sales | Zhejiang Lianfeng Ventilation Co., Ltd.\n"
    "Tel +86 574 8819 2231\n")
case("p05_coastline_fwd_quote_mockup", ["RG001", "RG003", "RG004", "RG005"],
     "buyer forwards quote (3,600 production) as rfc822 with a 12-pc mock-up PO note; nothing says informational, "
     "no hold, event or releaser",
     [("FW_Quote_LF-24-0603_PO_4400-0977.eml", eml_bytes(mail(
         "Liam Forster <liam.forster@coastlinemech.com.au>",
         "Wendy Zhao <wendy.zhao@lianfeng-vent.cn>",
         "FW: Quote LF-24-0603 perforated face diffusers - Herston Quarter / our PO 4400-0977",
         "Thu, 02 May 2024 08:47:00 +1000",
         "Hi Wendy,\n\n"
         "Forwarding Jason's quote (attached) so you've got the part numbers and the finish spec in one "
         "place.\n\n"
         "Our PO 4400-0977 is for the twelve (12) mock-up diffusers for the Level 2 mock-up room at the "
         "Herston Quarter job. Delivery to our Eagle Farm yard please, not to site - the builder won't "
         "accept deliveries without a booked dock slot.\n\n"
         "Could you also send the AS 4254 compliance letter with the shipping docs.\n\n"
         "Cheers,\nLiam"
         + sig("Liam Forster", "Project Buyer", "Coastline Mechanical Services Pty Ltd, Eagle Farm QLD",
               "+61 7 3555 0144"),
         attachments=[("rfc822", _p05_quote)])))])


# p06 -- Australian ERP PO: 3 FWT units, balance on hold "until further notice", releaser named, no event.
case("p06_yarra_fcu_erp_hold", ["RG004"],
     "ERP PO releases 3 FWT FCUs, balance 141 on hold until further notice, releaser named; no unlock event",
     [("YM_PO_0045127.txt", """\
YARRA MECHANICAL PTY LTD                                     ABN 63 604 118 220
22 Dunlop Rd, Mulgrave VIC 3170               T 03 9555 0870   ap@yarramech.com.au
================================================================================
P U R C H A S E   O R D E R                  No. 0045127          Rev 0
================================================================================
Supplier : PENANG COIL SYSTEMS SDN BHD (S0318)
           Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia
Order date  : 29/04/2024          Required : 14/06/2024
Job         : J2291 MONASH HEALTH TRANSLATION PRECINCT - STAGE 2
Incoterms   : FOB PENANG          Payment  : 30 DAYS FROM B/L
Currency    : USD
--------------------------------------------------------------------------------
Ln Item            Description                          Qty  UOM   Unit    Total
--------------------------------------------------------------------------------
 1 FCU-HC-08-4P    FAN COIL UNIT HORIZ CONCEALED 4-PIPE    3   EA  968.00  2904.00
                   800 CFM, EC MOTOR, 3-ROW CHW/2-ROW HW
                   AHRI 440 CERTIFIED, DRAIN PAN SS304
                   ** SAMPLE / FACTORY WITNESS TEST UNITS **
--------------------------------------------------------------------------------
                                                   ORDER TOTAL USD  2904.00
--------------------------------------------------------------------------------
SPECIAL INSTRUCTIONS:
  1. ONLY 3 UNITS ARE RELEASED UNDER THIS PO (FWT UNITS).
  2. BALANCE OF 141 UNITS PER QUOTE PCS-Q-24-112 IS ON HOLD UNTIL FURTHER
     NOTICE. DO NOT MANUFACTURE.
  3. RELEASE AUTHORITY FOR ANY FURTHER QTY: N. PAPADOPOULOS, PROCUREMENT
     MANAGER, YARRA MECHANICAL.
  4. MATERIAL: PURCHASE COIL, CASING AND MOTORS FOR THE 3 UNITS ONLY.
  5. FWT DATE TO BE ADVISED 14 DAYS PRIOR. TEST TO AS 1668.1 / AHRI 440.
--------------------------------------------------------------------------------
BUYER: J. OKAFOR                                   PRINTED 29/04/2024 10:07
THIS ORDER IS SUBJECT TO YARRA MECHANICAL TERMS OF PURCHASE YM-TOP-07
================================================================================
"""),
      ])


# p07 -- US buyer replies "Approved, go ahead." to a submittal revision; the quoted PO scope is complete.
_p07_po_mail = (
    "Alejandra,\n\n"
    "PO 22-8841 is attached. Scope:\n"
    "* 20 (twenty) PRG-24x24 perforated return grilles, white, for the mock-up at Banner Tempe, "
    "2nd floor. These 20 are the only units released.\n"
    "* The other 1,380 on your quote DB-0412 are not released - please don't start them.\n"
    "* Material for the 20 only.\n"
    "* The 1,380 get released only after the architect signs off the mock-up and I send you a "
    "written production release. That release comes from me (Mark Ellison, Purchasing Manager) "
    "and nobody else.\n\n"
    "Thanks,\nMark"
)
_p07_sup = (
    "Hi Mark,\n\n"
    "Attached is revision C of the submittal for the perforated return grilles PRG-24x24, with the "
    "border change you asked (1-1/4 inch border, countersunk screw holes). Our production planner is "
    "asking if we are good to go, he wants to book the punch press.\n\n"
    "Saludos,\nAlejandra Ruiz\nVentas Exportación | Difusores del Bajío S.A. de C.V.\n"
    "Parque Industrial Querétaro, Qro. | +52 442 555 0193\n\n"
    "-----Original Message-----\nFrom: Mark Ellison\nSent: Monday, April 8, 2024 2:14 PM\n"
    "Subject: PO 22-8841 perforated return grilles\n\n" + q(_p07_po_mail)
)
case("p07_pinnacle_submittal_goahead", ["RG002"],
     "buyer answers 'good to go?' with 'Approved, go ahead.' naming neither sample-only nor a quantity; "
     "quoted PO scope is otherwise complete",
     [("RE_Submittal_rev_C_PRG-24x24.eml", eml_bytes(mail(
         "Mark Ellison <mellison@pinnaclemech.com>",
         "Alejandra Ruiz <aruiz@difusoresbajio.com.mx>",
         "RE: Submittal rev C - PRG-24x24 / PO 22-8841",
         "Thu, 25 Apr 2024 07:58:00 -0700",
         "Alejandra - rev C looks good. Approved, go ahead.\n\n"
         "Mark\n\nSent from my iPhone\n\n"
         "On Apr 24, 2024, at 5:40 PM, Alejandra Ruiz <aruiz@difusoresbajio.com.mx> wrote:\n\n"
         + q(_p07_sup) + "\n",
         in_reply_to="<h109-p07-sub@difusoresbajio.com.mx>")))])

# =================================================================== batch 2

# c09 -- UAE buyer: sample PO email with an old 5,000-pc quote forwarded as rfc822, declared informational.
_c09_old = mail(
    "Hardik Shah <hardik@ahmedabadaircontrol.in>",
    "Faisal Al Hammadi <f.alhammadi@emiratescrescent.ae>",
    "Offer AAC/23/1187 - VCDs for Yas Island villas",
    "Sun, 12 Nov 2023 10:05:00 +0530",
    "Respected Sir,\n\n"
    "Greetings from Ahmedabad Air Control. As discussed, please find our offer for volume control "
    "dampers:\n\n"
    "VCD-RECT opposed blade, 1.2 mm GI, 300x200 to 1000x600 avg size - 5,000 nos - "
    "USD 14.60 each - 60 days\n\n"
    "Payment: 30% advance, 70% against documents. Validity 30 days.\n\n"
    "Kindly revert with your valued order.\n\nThanks & Regards,\nHardik Shah\nBusiness Development\n")
_c09_txt = (
    "Dear Hardik,\n\n"
    "Please find our PO EC-PO-24-0519 in the portal for ten (10) VCD-RECT sample dampers, sizes as "
    "per the attached schedule rows 1-10, for the consultant mock-up at Saadiyat Grove.\n\n"
    "I am forwarding your old offer AAC/23/1187 from November only because it has the blade and "
    "frame description we want you to follow. It is for information only: that offer is not an "
    "order and its 5,000 nos are not released or committed in any way.\n\n"
    "Scope, so there is no confusion:\n"
    "- Released now: 10 sample VCDs, nothing more.\n"
    "- No production quantity is released. The balance stays on hold.\n"
    "- Material: buy GI sheet for the 10 samples only.\n"
    "- A production quantity can be released only after the consultant (Hyder) signs off the mock-up, "
    "and then only by a written production release from me, Faisal Al Hammadi, Procurement Manager.\n\n"
    "Kindly acknowledge.\n\nBest regards,\n"
)
_c09_sched = """\
SAADIYAT GROVE - CONSULTANT MOCK-UP - SAMPLE VCD SCHEDULE (PO EC-PO-24-0519)
Row  Tag          Size (W x H mm)   Duct      Operator         Qty
---  -----------  ---------------   --------  ---------------  ---
 1   VCD-MU-01     300 x 200        supply    hand quadrant      1
 2   VCD-MU-02     400 x 250        supply    hand quadrant      1
 3   VCD-MU-03     500 x 300        supply    hand quadrant      1
 4   VCD-MU-04     600 x 300        return    hand quadrant      1
 5   VCD-MU-05     600 x 400        return    hand quadrant      1
 6   VCD-MU-06     800 x 400        supply    hand quadrant      1
 7   VCD-MU-07     800 x 500        fresh air hand quadrant      1
 8   VCD-MU-08    1000 x 400        return    hand quadrant      1
 9   VCD-MU-09    1000 x 500        exhaust   hand quadrant      1
10   VCD-MU-10    1000 x 600        exhaust   hand quadrant      1
                                                       TOTAL     10
Blades: opposed, 1.2 mm GI, 150 mm pitch. Frame: 1.2 mm GI, 30 mm flange.
Leakage: EN 1751 class 2 closed-blade. Sizes are free area reference only.
"""
case("c09_crescent_vcd_old_offer_fwd", [],
     "10 sample VCDs; forwarded 2023 offer with 5,000 declared information-only; hold, consultant sign-off + "
     "written release, Faisal Al Hammadi",
     [("EC-PO-24-0519_sample_VCDs.eml", eml_bytes(mail(
         "Faisal Al Hammadi <f.alhammadi@emiratescrescent.ae>",
         "Hardik Shah <hardik@ahmedabadaircontrol.in>",
         "PO EC-PO-24-0519 - 10 sample VCDs - Saadiyat Grove",
         "Mon, 06 May 2024 10:30:00 +0400",
         _c09_txt + sig("Faisal Al Hammadi", "Procurement Manager",
                        "Emirates Crescent MEP LLC, Mussafah, Abu Dhabi", "+971 2 555 0184"),
         attachments=[("VCD_sample_schedule_rows_1-10.txt", _c09_sched, "text/plain"),
                      ("rfc822", _c09_old)])))])


# c10 -- Quoted supplier assumes samples roll into the 460; buyer's reply corrects it fully.
_c10_sup = (
    "Dear Sarah,\n\n"
    "Noted with thanks your PO NB-5520 for 12 pcs sample linear bar grilles LBG-20-1200. Once you "
    "approve the samples we will proceed with the 460 balance immediately so we can meet your "
    "August site date.\n\n"
    "Regards,\nMuhammad Aiman\nJohor Air Terminal Sdn Bhd\n"
)
_c10_txt = (
    "Hi Aiman,\n\n"
    "Thanks for the quick reply, but please don't. Our sample sign-off does not release the 460.\n\n"
    "To restate PO NB-5520:\n"
    "1. Only the 12 sample grilles are released. Build and ship those.\n"
    "2. The 460 balance is on hold and not released.\n"
    "3. The 460 can be released only after (a) our project engineer signs off the samples and "
    "(b) I send you a written production release with the quantity on it.\n"
    "4. I (Sarah Kim, Senior Buyer) am the only person who can issue that release.\n"
    "5. Material for the 12 only until then.\n\n"
    "I know August is tight - if the samples land by June 7 we'll turn the sign-off around within a week.\n\n"
    "Thanks,\nSarah\n"
)
case("c10_northbridge_corrects_autoconv", [],
     "quoted supplier assumes roll-into-production; buyer reply corrects: 12 active, 460 on hold, "
     "sample sign-off + written release, Sarah Kim",
     [("RE_PO_NB-5520_linear_bar_grilles.eml", eml_bytes(mail(
         "Sarah Kim <skim@northbridgemech.ca>",
         "Muhammad Aiman <aiman@johorairterminal.com.my>",
         "RE: PO NB-5520 linear bar grilles - samples",
         "Fri, 03 May 2024 11:15:00 -0400",
         _c10_txt + sig("Sarah Kim", "Senior Buyer", "Northbridge Mechanical Ltd., Toronto ON", "416-555-0172")
         + "\n-----Original Message-----\nFrom: Muhammad Aiman <aiman@johorairterminal.com.my>\n"
           "Sent: May 3, 2024 3:02 AM\nTo: Sarah Kim\nSubject: RE: PO NB-5520 linear bar grilles\n\n"
         + q(_c10_sup) + "\n",
         in_reply_to="<h109-c10-sup@johorairterminal.com.my>")))])


# c11 -- Malaysian FCU maker acknowledges a deposit and says it does not release production.
_c11_buyer = (
    "Dear Mr. Tan,\n\n"
    "PO AN-PO-24-1130 is issued for two (2) FCU-HC-12 units for the factory witness test only. "
    "The remaining 118 units of the package are not released.\n"
    "We are also transferring a 30% deposit on the package value to secure your production slot; "
    "the deposit does not release production.\n"
    "The 118 will be released only after a passed FWT, by a written release signed by me, "
    "Ahmed Al Mansoori, Procurement Director. Please buy material for the 2 FWT units only.\n\n"
    "Regards,\nAhmed Al Mansoori\n"
)
_c11_txt = (
    "Dear Mr. Ahmed,\n\n"
    "Good day. We acknowledge with thanks the receipt of your 30% deposit of USD 41,040.00 "
    "(ref. ENBD TT 24-05-0917) against the Dubai Creek Residences B2 FCU package.\n\n"
    "Please note, as per your PO, the deposit does not release production. We will build only the "
    "2 nos witness-test units under PO AN-PO-24-1130. The balance 118 units remain on hold until "
    "we receive your written release after the FWT is passed. Material for the 2 units only has "
    "been purchased.\n\n"
    "Tentative FWT date: 27 June 2024 at our Shah Alam plant, test bench No. 2 (AHRI 440 conditions). "
    "Kindly confirm attendees for gate passes.\n\n"
    "Thank you.\n\nBest regards,\nTan Wei Ming\nSales Manager, Export\n"
    "Klang Valley FCU Manufacturing Sdn Bhd\nLot 12, Jalan Perusahaan 3, 40150 Shah Alam, Selangor\n\n"
    "---- Original message ----\nFrom: Ahmed Al Mansoori\nDate: 29 Apr 2024\n\n" + q(_c11_buyer) + "\n"
)
case("c11_klangvalley_deposit_not_release", [],
     "supplier: 'the deposit does not release production'; quoted buyer PO: 2 FWT active, 118 on hold, "
     "FWT + written release, Ahmed Al Mansoori",
     [("Deposit_received_AN-PO-24-1130.eml", eml_bytes(mail(
         "Tan Wei Ming <weiming.tan@kv-fcu.com.my>",
         "Ahmed Al Mansoori <ahmed.m@alnoormep.ae>",
         "Deposit received - AN-PO-24-1130 / Dubai Creek Residences B2",
         "Wed, 08 May 2024 15:20:00 +0800",
         _c11_txt,
         html=simple_html(_c11_txt.split("\n\n")))))])


# c12 -- Mexican duct-fitting maker's PDF order acknowledgement restates the hold.
case("c12_acerosductos_ack", [],
     "supplier acknowledgement restates 8 samples active, 1,192 not released, sample sign-off + written "
     "release by Karen Holt",
     [("OA-2024-0311_Acknowledgement.pdf", pdf([
         ("h1", "Confirmación de Pedido / Order Acknowledgement OA-2024-0311"),
         ("p", "Aceros y Ductos Monterrey S.A. de C.V. | Av. Churubusco 2210, Col. Fierro, Monterrey, N.L. 64590 | "
               "RFC ADM0611238R4"),
         ("p", "Customer: Cascade Building Services Inc., 4400 NW Yeon Ave, Portland, OR 97210 | "
               "Your PO: CBS-24-771 dated 04/22/2024 | Attn. Karen Holt"),
         ("table", [
             ["Partida", "Item", "Descripción / Description", "Cant. / Qty", "Status"],
             ["1", "RE-90-14", "Radius elbow 90 deg, 14 in. round, 24 ga galv., 5-gore", "4", "Released - sample"],
             ["2", "TR-24x12-14", "Rect-to-round transition 24x12 to 14 in., 22 ga", "4", "Released - sample"],
             ["3", "-", "Balance per quote COT-24-0390 (radius elbows and transitions)", "1,192",
              "NOT released - on hold"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO CBS-24-771 as written: eight (8) sample fittings (4 + 4) are released "
               "for fabrication. Ship date: May 17, 2024, via FedEx Freight from Laredo."),
         ("p", "We confirm that the remaining 1,192 pcs are not released. We will not buy coil or cut "
               "material for them. They will be released only by your written production release signed "
               "by Ms. Karen Holt, after Cascade's sample sign-off."),
         ("p", "Seams: Pittsburgh lock; sealing per SMACNA seal class A. Material certs (ASTM A653 G60) "
               "shipped with the samples."),
         ("p", "Atentamente / Sincerely, Sofía Villarreal, Customer Service | svillarreal@acerosyductos.com.mx"),
     ], pagesize=LETTER, title="OA-2024-0311", author="Sofia Villarreal"))])


# c13 -- Dubai WhatsApp site group; buyer scopes the mock-up clearly, no approvals given.
case("c13_sahara_whatsapp_mockup", [],
     "WhatsApp group: buyer states 6 mock-up pcs active, 234 not released, consultant sign-off + written "
     "release by Rajesh Menon; supplier asks, buyer says not yet",
     [("WhatsApp Chat with SBS - Jumeirah Bay L3 grilles.txt", """\
[05/05/24, 08:02:11] Sahara BS - Jumeirah Bay: Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
[05/05/24, 08:02:11] Rajesh Menon (SBS Procurement): created group "SBS - Jumeirah Bay L3 grilles"
[05/05/24, 08:03:40] Rajesh Menon (SBS Procurement): Good morning all. Adding Mr. Karthik from Chennai Airflow and our site engr Bilal.
[05/05/24, 08:05:02] Rajesh Menon (SBS Procurement): PO SBS-2231 sent by mail. To be very clear for everyone in this group:
Only 6 pcs linear grilles for the L3 corridor mock-up. That's all.
Balance 234 pcs NOT released. Don't cut anything for them.
Release only after consultant signs off the mock-up and I send written release. Nobody else can release — not site, not MEP manager.
[05/05/24, 08:09:55] Karthik S (Chennai Airflow): Noted sir 🙏 6 nos mock up. Will share the drawing today for your comments
[05/05/24, 08:10:31] Bilal Ahmed (SBS Site): Ceiling grid at L3 corridor will be ready Thursday
[05/05/24, 11:47:20] Karthik S (Chennai Airflow): <attached: 00000012-PHOTO-2024-05-05-11-47-20.jpg>
[05/05/24, 11:47:48] Karthik S (Chennai Airflow): Sir this is the powder coat sample RAL 9016 matt. Kindly check
[05/05/24, 12:30:05] Bilal Ahmed (SBS Site): Colour matching the ceiling tile 👍
[06/05/24, 09:15:12] Karthik S (Chennai Airflow): Sir one query, our factory has slot free from 20th. Can we start balance also so that delivery will be faster?
[06/05/24, 09:31:40] Rajesh Menon (SBS Procurement): No. Not yet. 6 pcs only. Balance 234 waits for consultant sign-off + my written release.
[06/05/24, 09:32:02] Karthik S (Chennai Airflow): Ok sir understood. We will hold 👍
[06/05/24, 09:40:18] Bilal Ahmed (SBS Site): Karthik pls send delivery note with PO no, security at gate 4 is asking
[06/05/24, 09:41:00] Karthik S (Chennai Airflow): Sure bhai
"""),
      ])


# c14 -- German buyer's vendor-portal PO page with a released sample line and a held production line.
case("c14_rheinmain_portal_attenuators", [],
     "portal PO: line 10 2 sample attenuators released, line 20 58 pcs on hold; sample sign-off + written "
     "call-off by Tobias Engel",
     [("Lieferantenportal_Bestellung_4500219904.html", html_page("Rhein-Main Klimatechnik - Lieferantenportal", """
<div style="background:#2b4f2b;color:#fff;padding:6px">Rhein-Main Klimatechnik GmbH &middot; Lieferantenportal &middot; Lieferant 70233 Shah Alam Airside Sdn Bhd</div>
<h2>Bestellung / Purchase order 4500219904</h2>
<p>Datum: 30.04.2024 &middot; Projekt: Rechenzentrum Hanau-Wolfgang, RZ 3 &middot; Einkäufer: Tobias Engel &middot; Lieferbedingung: CIF Hamburg &middot; Zahlung: 60 Tage netto</p>
<table>
<tr><th>Pos.</th><th>Artikel</th><th>Bezeichnung</th><th>Menge</th><th>Status</th><th>Preis/Stk.</th></tr>
<tr><td>10</td><td>SAA-RA-1200-1500</td><td>Rectangular sound attenuator 1200 x 1500 x 1500, splitter 200 mm, mineral wool with glass tissue, galvanized casing &ndash; SAMPLE</td><td>2</td><td><b>released</b> / freigegeben</td><td>1.240,00 EUR</td></tr>
<tr><td>20</td><td>SAA-RA-1200-1500</td><td>same as pos. 10 &ndash; series</td><td>58</td><td><b>ON HOLD &ndash; not released</b></td><td>835,00 EUR</td></tr>
</table>
<div class="note">
<p><b>Hinweis / Note:</b> Only position 10 (2 pcs) is released for manufacture. Position 20 (58 pcs) is listed for price and capacity planning only. It is not released: no material purchase, no manufacture.</p>
<p>Position 20 can be released only after the acoustic test of the 2 samples per DIN EN ISO 7235 has been signed off by our engineering, and then only by a written call-off signed by Herr Tobias Engel, Einkauf (Purchasing). The portal status will then show "released" with the call-off number.</p>
<p>Material authority: sample-only (position 10).</p>
</div>
<p>Bitte bestätigen Sie die Bestellung im Portal. Please confirm the PO in the portal.</p>
<p style="font-size:11px;color:#666">Rhein-Main Klimatechnik GmbH &middot; Hanauer Landstraße 291 &middot; 60314 Frankfurt am Main &middot; HRB 99812</p>
"""))])


# c15 -- Australian RFI response (DOCX) on damper actuators; mentions schedule quantities, authorizes nothing.
case("c15_southerncross_rfi_actuators", [],
     "technical RFI response on actuator voltage; states it changes no order scope and releases nothing",
     [("RFI-047_response_damper_actuators.docx", docx_bytes([
         ("h1", "RFI-047 Response - Motorised damper actuators"),
         ("p", "Project: Sunshine Coast University Hospital - Building D refurbishment"),
         ("p", "From: Southern Cross Building Services Pty Ltd (mechanical contractor) | To: Penang Coil Systems "
               "Sdn Bhd (damper supplier) | Cc: Norman Disney & Young (services consultant) | Date: 1 May 2024"),
         ("h", "Question (from supplier, 24 April 2024)"),
         ("p", "Schedule M-05 Rev C lists 140 motorised dampers. The spec (clause 4.7.2) calls for 24 VAC "
               "actuators, but drawing M-401 Rev 2 notes 230 VAC for the smoke-spill dampers. Which voltage "
               "applies, and does the 140 include the smoke-spill dampers?"),
         ("h", "Response"),
         ("table", [
             ["Damper group", "Tags", "Count on M-05 Rev C", "Actuator", "Notes"],
             ["Zone control", "MD-D-001 to MD-D-118", "118", "24 VAC, modulating 2-10 V, 10 Nm", "spring return not required"],
             ["Smoke spill", "SSD-D-01 to SSD-D-22", "22", "230 VAC, spring return, 15 Nm", "AS 1668.1 fire mode wiring"],
         ]),
         ("sp",),
         ("p", "The 140 on schedule M-05 therefore includes the 22 smoke-spill dampers. Drawing M-401 will be "
               "reissued as Rev 3 to remove the conflict."),
         ("p", "This RFI response is technical only. It does not change the order scope under PO SC-7719, "
               "does not release any quantity and does not authorise material purchase."),
         ("sp",),
         ("p", "Prepared by: Chloe Martin, Project Engineer - Southern Cross Building Services"),
     ], author="Chloe Martin"))])


# c16 -- US full-quantity PO for 60 FCUs, "go ahead with all 60" is scoped; multipart/alternative + PDF.
_c16_po = pdf([
    ("h1", "PURCHASE ORDER MCM-24-3307"),
    ("p", "Midwest Comfort Mechanical, Inc. | 6120 E 30th St, Indianapolis, IN 46219 | (317) 555-0126"),
    ("p", "Vendor: Penang Coil Systems Sdn Bhd, Bayan Lepas FIZ Phase 4, Penang, Malaysia | Date: 05/01/2024"),
    ("p", "Project: IU Health Fishers - medical office building | Terms: Net 60 after delivery | FOB Penang"),
    ("table", [
        ["Line", "Model", "Description", "Qty", "Unit USD", "Ext. USD"],
        ["1", "FCU-VC-06-2P", "Fan coil unit, vertical concealed, 2-pipe, 600 CFM, ECM, AHRI 440 certified, "
         "MERV 8 filter", "48", "845.00", "40,560.00"],
        ["2", "FCU-VC-10-2P", "Fan coil unit, vertical concealed, 2-pipe, 1000 CFM, ECM, AHRI 440 certified",
         "12", "1,020.00", "12,240.00"],
    ]),
    ("sp",),
    ("p", "Total: 60 units, USD 52,800.00. This PO is the complete requirement for the project. "
          "There is no balance, option or later phase."),
], pagesize=LETTER, title="PO MCM-24-3307", author="Jordan Pierce")
_c16_txt = (
    "Hi Mei Ling,\n\n"
    "Attached is PO MCM-24-3307 for the IU Health Fishers job: 48 x FCU-VC-06 and 12 x FCU-VC-10, "
    "60 units total. This is the full quantity for the job - there's no sample stage and nothing held "
    "back, so please go ahead with all 60 units per the PO.\n\n"
    "Ship in two containers if that's easier, but please tag every unit with the floor/room tag on the "
    "schedule (tabs 'L1' to 'L3'). Startup reports per unit to follow the AHRI 440 data sheet format.\n\n"
    "Thanks!\nJordan\n"
)
case("c16_midwest_fcu_full_po", [],
     "full-quantity PO for 60 FCUs, no sample stage, no balance; 'go ahead with all 60 units' is scoped",
     [("PO_MCM-24-3307_fan_coils.eml", eml_bytes(mail(
         "Jordan Pierce <jpierce@midwestcomfortmech.com>",
         "Lim Mei Ling <meiling.lim@penangcoil.com.my>",
         "PO MCM-24-3307 - 60 FCUs - IU Health Fishers",
         "Wed, 01 May 2024 13:04:00 -0400",
         _c16_txt + sig("Jordan Pierce", "Purchasing Agent", "Midwest Comfort Mechanical, Inc.", "(317) 555-0126"),
         html=simple_html(_c16_txt.split("\n\n")),
         attachments=[("PO_MCM-24-3307.pdf", _c16_po, PDF_MT)])))])


# p08 -- Abu Dhabi WhatsApp: buyer answers "can we start VCDs?" with "ok green light, go ahead".
case("p08_alhamra_whatsapp_greenlight", ["RG002"],
     "buyer's earlier scope is complete (10 samples, 590 held, consultant sign-off + written release, Vinod "
     "Pillai) but he later answers 'can we start VCDs?' with an unscoped green light",
     [("WhatsApp Chat - AHC Yas VCD supply.txt", """\
[14/04/24, 10:11:02] Vinod Pillai AHC: PO AHC-4411 sent to your mail. 10 nos sample VCD only for consultant mock up. Balance 590 nos on hold until consultant signs off mock up and I give written release. Only I release, not site team.
[14/04/24, 10:15:40] Naresh Patel RGD: Received sir, thank you. 10 nos sample will dispatch by 28th
[14/04/24, 10:16:05] Naresh Patel RGD: Kindly share the damper schedule in excel
[14/04/24, 13:52:19] Sameer (AHC site): <attached: 00000031-DOCUMENT-VCD schedule rev4.xlsx>
[23/04/24, 09:03:44] Naresh Patel RGD: Good morning sir. Samples packed, pics attached
[23/04/24, 09:03:51] Naresh Patel RGD: <attached: 00000034-PHOTO-2024-04-23-09-03-51.jpg>
[23/04/24, 09:30:12] Sameer (AHC site): Quadrant handle ok. Pls check the locking nut is zinc plated not raw
[23/04/24, 09:41:07] Naresh Patel RGD: Yes zinc plated sir
[02/05/24, 16:20:33] Naresh Patel RGD: Sir, our GI coil 1.2mm is available in stock now and production team is free from next week. Can we start VCDs?
[02/05/24, 18:47:10] Vinod Pillai AHC: ok green light 👍 go ahead
[02/05/24, 18:47:30] Naresh Patel RGD: Thank you sir 🙏
[02/05/24, 18:50:02] Sameer (AHC site): Mock up room will be ready only on 12th fyi
"""),
      ])


# p09 -- Canadian multi-file: complete sample PO (PDF) + PM's submittal transmittal (DOCX) "APPROVED - PROCEED".
_p09_po = pdf([
    ("h1", "PURCHASE ORDER PM-24-01552"),
    ("p", "Prairie Mechanical Ltd. | 4920 72 Ave SE, Calgary, AB T2C 3H3 | 403-555-0114"),
    ("p", "Supplier: Ningbo Airflow Grille Co., Ltd., Beilun District, Ningbo, China | Date: 2024-04-18"),
    ("p", "Project: Rockyview General Hospital - Unit 57 renovation | FOB Ningbo | Terms: Net 45"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit CAD", "Total CAD"],
        ["1", "RCD-12-W", "Round ceiling diffuser, 12 in. neck, adjustable cones, white", "4", "88.00", "352.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Samples only: four (4) RCD-12-W. These 4 are the only units released by this PO."),
    ("p", "The 316 production units on quote NAG-Q-24-0288 are not released and are on hold."),
    ("p", "Unlock: the 316 can be released only after the infection-control mock-up is signed off by "
          "Alberta Health Services and a written production release is issued."),
    ("p", "Release authority: Priya Natarajan, Procurement Manager, Prairie Mechanical. Material: samples only."),
], title="PO PM-24-01552", author="Priya Natarajan")
_p09_tx = docx_bytes([
    ("h1", "SUBMITTAL TRANSMITTAL"),
    ("p", "Prairie Mechanical Ltd. - Project Management"),
    ("table", [
        ["Field", "Value"],
        ["Project", "Rockyview General Hospital - Unit 57"],
        ["Transmittal no.", "T-057-023"],
        ["To", "Ningbo Airflow Grille Co., Ltd. - attn. Kevin Xu"],
        ["Submittal", "23 37 13-002 Round ceiling diffusers RCD-12-W, product data + finish"],
        ["Date", "2024-05-06"],
        ["Action taken", "APPROVED"],
    ]),
    ("sp",),
    ("p", "Comments: no comments. Proceed."),
    ("p", "Returned by: Owen MacLeod, Project Manager"),
], author="Owen MacLeod")
case("p09_prairie_transmittal_proceed", ["RG002"],
     "sample PO is complete; the PM's transmittal says 'APPROVED ... Proceed.' with no sample-only scope or quantity",
     [("PO_PM-24-01552.pdf", _p09_po),
      ("Transmittal_T-057-023.docx", _p09_tx)])


# p10 -- German buyer's vendor portal: "approved" for budget and for shop drawings, then "go ahead".
case("p10_frankenluft_portal_go_ahead", ["RG002", "RG009"],
     "portal uses 'approved' for the budget and for shop drawings, then 'all approved - go ahead' without scope",
     [("portal_order_status_4700081236.html", html_page("FrankenLuft Anlagenbau - Portal - Auftrag 4700081236", """
<div style="background:#333;color:#fff;padding:6px">FrankenLuft Anlagenbau GmbH &middot; Lieferantenportal &middot; Lieferant: Ege Havalandırma Sistemleri A.Ş.</div>
<h2>Auftrag / Order 4700081236 &ndash; Lineargitter / linear grilles</h2>
<table>
<tr><th>Feld</th><th>Wert</th></tr>
<tr><td>Projekt</td><td>Klinikum Nürnberg Süd, Bettenhaus B</td></tr>
<tr><td>Position 10</td><td>EGE-LG-25-1200, linear grille 25 mm bars, 1200 mm, anodised E6/EV1 &ndash; 8 pcs (samples)</td></tr>
<tr><td>Balance per offer ANG-24-131</td><td>392 pcs &ndash; not released, on hold</td></tr>
<tr><td>Unlock</td><td>Mock-up sign-off by site engineering, then written series call-off from Herr Klaus Döring, Einkaufsleiter</td></tr>
<tr><td>Material</td><td>sample-only</td></tr>
</table>
<h3>Status</h3>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th><th>By</th></tr>
<tr><td>Budget / Kostenfreigabe</td><td>approved</td><td>12.04.2024</td><td>Controlling</td></tr>
<tr><td>Shop drawings rev B</td><td>approved</td><td>29.04.2024</td><td>TGA-Planer (consultant)</td></tr>
<tr><td>Samples delivered</td><td>yes</td><td>03.05.2024</td><td>Wareneingang</td></tr>
</table>
<h3>Comments</h3>
<table>
<tr><th>Date</th><th>From</th><th>Comment</th></tr>
<tr><td>06.05.2024 10:12</td><td>Burak Yıldız (Ege)</td><td>Dear Mr. Döring, drawings and samples are with you. Kindly advise next step.</td></tr>
<tr><td>06.05.2024 14:40</td><td>Klaus Döring (FrankenLuft)</td><td>All approved now - go ahead. Gruß K. Döring</td></tr>
</table>
<p style="font-size:11px;color:#666">FrankenLuft Anlagenbau GmbH &middot; Südwestpark 38 &middot; 90449 Nürnberg</p>
"""))])


# p11 -- US buyer scope says "on hold until further notice"; Turkish supplier replies it bought coil for all 1,800.
_p11_buyer = (
    "Hello Emre,\n\n"
    "PO SM-24-0908 is attached for ten (10) sample round volume dampers RVD-10, 22 ga, for our "
    "mock-up at the Denver Health job. Only these 10 are released.\n\n"
    "The remaining 1,790 on your quote BKS-TK-24-066 are on hold until further notice - please "
    "do not manufacture them. I am the release authority for any further quantity (Hannah Berg, "
    "Purchasing Manager).\n\n"
    "Material: for the 10 samples only, please.\n\n"
    "Thank you,\nHannah Berg\nSummit Mechanical Inc., Denver CO"
)
_p11_txt = (
    "Dear Mrs. Berg,\n\n"
    "Thank you for your order. The 10 pcs samples RVD-10 will be ready on 20 May, we kindly inform "
    "you that dimensional report will be send together with the samples.\n\n"
    "Also we want to inform you that Erdemir announced steel price increase of 8% from 1 June. For "
    "protecting you from this increase, we have already purchased the galvanized coil for the full "
    "1.800 dampers last week. The coil is in our warehouse and reserved for your project. In this way "
    "the price in our offer stays same.\n\n"
    "We are waiting your feedback about samples.\n\n"
    "Best regards,\nEmre Aksoy\nExport Department\nBursa Kanal Sistemleri San. ve Tic. A.Ş.\n"
    "Nilüfer OSB, 16140 Bursa / TÜRKİYE\nT: +90 224 555 0147\n\n"
    "From: Hannah Berg <hberg@summitmechanical.com>\nSent: Tuesday, April 30, 2024 17:05\n"
    "Subject: PO SM-24-0908 sample dampers\n\n" + q(_p11_buyer) + "\n"
)
case("p11_summit_rvd_coil_bought", ["RG004", "RG006"],
     "buyer holds 1,790 'until further notice' (no unlock event, releaser named); supplier bought coil for "
     "all 1,800 without any material authority",
     [("RE_PO_SM-24-0908_sample_dampers.eml", eml_bytes(mail(
         "Emre Aksoy <emre.aksoy@bursakanal.com.tr>",
         "Hannah Berg <hberg@summitmechanical.com>",
         "RE: PO SM-24-0908 sample dampers",
         "Thu, 09 May 2024 10:41:00 +0300",
         _p11_txt,
         in_reply_to="<h109-p11-po@summitmechanical.com>")))])


# p12 -- Perth buyer in a Teams chat nudges the supplier to stock extrusions for all floors, refuses liability.
case("p12_pacificrim_teams_extrusions", ["RG006"],
     "scope is complete (level 3 = 84 released, 252 held, L3 sign-off + written release by Brendan O'Neill) "
     "but supplier orders extrusions for all 4 floors on the buyer's nudge, with no material authority",
     [("Teams_chat_export_PRM-Johor_LBG.txt", """\
Microsoft Teams - chat export
Chat: PRM / Johor Air Terminal - Elizabeth Quay Tower LBG
Exported: 07/05/2024 17:31 (AWST)
--------------------------------------------------------------------------------
22/04/2024 09:12  Brendan O'Neill (Pacific Rim Mechanical)
  Morning Aiman. PO PRM-7705 is out. Level 3 release = 84 linear bar grilles LBG-20, that's it.
  Levels 4, 5 and 6 (252 grilles) are NOT released until L3 is installed and signed off by the
  mechanical consultant, and then I send the next release in writing. I'm the only one who
  releases quantities on this job.

22/04/2024 09:20  Muhammad Aiman (Johor Air Terminal)
  Noted Brendan, 84 for L3. Target ex-factory 24 May.

29/04/2024 14:02  Muhammad Aiman (Johor Air Terminal)
  FYI our extrusion supplier in Pasir Gudang has 6063-T5 lead time now 7 weeks, up from 3.

29/04/2024 14:40  Brendan O'Neill (Pacific Rim Mechanical)
  Ouch. Honestly might be smart to get the extrusions in for all four floors now, lead times are
  crazy. Your call mate - we can't commit past level 3 yet.

29/04/2024 15:05  Muhammad Aiman (Johor Air Terminal)
  Ok boss, we'll order the 6063 bar profiles for all 4 floors (336 grilles) this week so no delay later.

29/04/2024 15:06  Brendan O'Neill (Pacific Rim Mechanical)
  👍

03/05/2024 10:18  Muhammad Aiman (Johor Air Terminal)
  Profiles for 336 grilles ordered, PO to extruder JAT-PO-2291. Delivery 10 June.
  L3 grilles on track.

03/05/2024 10:25  Brendan O'Neill (Pacific Rim Mechanical)
  Good stuff. Send me the L3 packing list when you have it.
--------------------------------------------------------------------------------
"""),
      ])


# p13 -- Indian supplier's PDF status report: material procured for the full BOQ, only 6 released.
case("p13_chennaiairflow_status_report", ["RG006"],
     "supplier status report: 6 released, balance on hold, but GI sheet and extrusions procured for all 240",
     [("Production_Status_Report_SBS-2231_wk19.pdf", pdf([
         ("h1", "Weekly Production Status Report - Week 19/2024"),
         ("p", "Chennai Airflow Products Pvt. Ltd. | SIPCOT Industrial Park, Sriperumbudur 602105, Tamil Nadu | "
               "Customer: Sahara Building Services LLC, Dubai | PO: SBS-2231 | Project: Jumeirah Bay L3"),
         ("table", [
             ["Item", "Description", "Released qty", "Balance (on hold per PO)", "Material procured for",
              "Fabricated", "Dispatched"],
             ["LG-20-1500", "Linear grille 20 mm, 1500 mm, RAL 9016 matt", "6", "234 - not released",
              "240 nos (alu extrusion + GI back frames)", "6", "0"],
         ]),
         ("sp",),
         ("h", "Remarks"),
         ("p", "1. 6 nos mock-up grilles completed, powder coated and packed. Dispatch by air on 13-May, "
               "AWB to follow."),
         ("p", "2. To avoid delay in the project, we have procured aluminium extrusion and GI sheet for "
               "the complete BOQ quantity of 240 nos. Material is stored in our bonded area, bay 4, "
               "tagged 'SBS-2231'."),
         ("p", "3. The 234 balance will be taken up only after your written release. No fabrication "
               "started on the balance."),
         ("p", "Prepared by: Karthik S., Projects Coordinator | Checked: V. Ramanathan, Plant Head"),
     ], title="Status report SBS-2231 wk19", author="Karthik S"))])


# p14 -- UAE buyer's DOCX progress-meeting minutes record FCU motors/coils staged for all 120.
case("p14_alnoor_meeting_minutes_staging", ["RG006"],
     "minutes record 2 FWT units released with a complete hold, but supplier has staged motors and coils "
     "for all 120 with no material authority",
     [("MoM_04_FCU_package_DCR-B2.docx", docx_bytes([
         ("h1", "Minutes of Meeting No. 04 - FCU package, Dubai Creek Residences B2"),
         ("p", "Date: 07 May 2024, 11:00 GST (MS Teams) | Recorded by: Aisha Rahman, Procurement Engineer, Al Noor MEP"),
         ("table", [
             ["Attendee", "Company", "Role"],
             ["Ahmed Al Mansoori", "Al Noor MEP Contracting LLC", "Procurement Director"],
             ["Aisha Rahman", "Al Noor MEP Contracting LLC", "Procurement Engineer"],
             ["Eng. Hassan Qureshi", "Al Noor MEP Contracting LLC", "MEP Project Manager"],
             ["Tan Wei Ming", "Klang Valley FCU Manufacturing Sdn Bhd", "Sales Manager, Export"],
             ["Lee Chong Wei", "Klang Valley FCU Manufacturing Sdn Bhd", "Production Planner"],
         ]),
         ("h", "1. Scope status"),
         ("p", "1.1 PO AN-PO-24-1130 covers 2 FCU-HC-12 units for the factory witness test. These 2 units "
               "are the only released quantity."),
         ("p", "1.2 Balance of 118 units: not released. Release only after a passed FWT, by written "
               "release signed by Ahmed Al Mansoori. KVF confirmed."),
         ("h", "2. Schedule"),
         ("p", "2.1 FWT provisionally 27 June 2024 at Shah Alam. KVF to send FWT procedure by 31 May."),
         ("p", "2.2 Site needs first floors (L5-L9) by end of September."),
         ("h", "3. Materials"),
         ("p", "3.1 KVF (Lee Chong Wei) reported that EC fan motors (ebm-papst) and the 4-row/2-row coils "
               "for all 120 units have already been purchased and staged at Shah Alam to protect the "
               "September date. Casings not yet cut."),
         ("p", "3.2 Al Noor noted that no material authority beyond the 2 FWT units has been given. "
               "Action on KVF to send a list of the staged material with values by 14 May."),
         ("h", "4. Next meeting"),
         ("p", "21 May 2024, same time."),
     ], author="Aisha Rahman"))])

# =================================================================== batch 3

# c17 -- Berlin contractor's PDF delivery schedule by floor: 180 released, 540 on hold, named signer.
case("c17_spree_floor_schedule", [],
     "floor-by-floor delivery schedule: levels 1-2 (180) released, levels 3-8 (540) on hold until next "
     "call-off after L1 acceptance, signed by Dr. Martin Scholz",
     [("Lieferplan_Deckenauslaesse_SH-24-118.pdf", pdf([
         ("h1", "Lieferplan / Delivery schedule SH-24-118"),
         ("p", "Spree Haustechnik GmbH · Lahnstraße 88 · 12055 Berlin · Projekt: Büroneubau Europacity, Baufeld 7"),
         ("p", "Lieferant: Foshan Huatai Ventilation Equipment Co., Ltd. · Rahmenbestellung 4500330127 · Stand: 25.04.2024"),
         ("p", "Artikel: FH-SCD-625-4W Deckendralldurchlass 625 x 625, RAL 9010, mit Anschlusskasten und Drosselklappe"),
         ("table", [
             ["Geschoss / Level", "Menge / Qty", "Status", "Liefertermin / Delivery", "Abruf-Nr."],
             ["EG / Level 1", "90", "freigegeben / released", "KW 27", "A-01"],
             ["1. OG / Level 2", "90", "freigegeben / released", "KW 29", "A-01"],
             ["2. OG - 7. OG / Levels 3-8", "540 (6 x 90)", "nicht freigegeben / on hold", "-", "-"],
         ]),
         ("sp",),
         ("p", "Released now by call-off A-01: 180 pcs (levels 1 and 2). Bitte nur diese 180 Stück fertigen."),
         ("p", "Levels 3 to 8 (540 pcs) are not released. They will be released level by level through "
               "further call-offs, the first of them only after acceptance of the level 1 installation by "
               "our site management. Every call-off is signed by Herr Dr. Martin Scholz, kaufmännischer "
               "Leiter. Without his signature no quantity is released."),
         ("p", "Material: please buy material for the released 180 pcs only."),
         ("p", "Verpackung: max. 10 Stück pro Karton, Karton mit Geschoss und Achse beschriften (z. B. 'L2 / Achse 4-7')."),
     ], title="Lieferplan SH-24-118", author="Martin Scholz"))])


# c18 -- US ERP PO full of identifiers that look like quantities; scope complete.
case("c18_lonestar_erp_identifiers", [],
     "sample ERP PO (12 pcs, 1,188 not released, mock-up sign-off + written release by Carla Reyes); "
     "part numbers, drawing revs and norms look like quantities",
     [("LSAD_PO_24-1200-0600.txt", """\
LONE STAR AIR DISTRIBUTION LP                     2500 Irving Blvd, Dallas TX 75207
                                                  Hall 2500 / Dock 12   (214) 555-0150
================================================================================
PURCHASE ORDER: 24-1200-0600          REV: 00        DATE: 04/30/2024
VENDOR: 000600  DIFUSORES DEL BAJIO SA DE CV, QUERETARO, QRO, MEXICO
SHIP TO: LSAD HALL 2500 DOCK 12          TERMS: NET 30     FOB: LAREDO TX
BUYER: C.REYES                           JOB: 1200-ATRIUM  PROJECT PH 2
--------------------------------------------------------------------------------
LN  PART NUMBER          DESCRIPTION                         QTY  UM    UNIT $
--------------------------------------------------------------------------------
01  SD-600-600-4         SQ DIFFUSER 600X600 4-WAY, DRG       12  EA     31.75
                         M-5000 REV 12, ALUM, #9010 WHT
                         PERF DATA PER ASHRAE 70, UL 723
                         FLAME SPREAD CERT, ISO 9001:2015
                         VENDOR REQUIRED
--------------------------------------------------------------------------------
                                          TOTAL:                    381.00 USD
--------------------------------------------------------------------------------
PO NOTES:
 A. THIS PO RELEASES 12 (TWELVE) MOCK-UP DIFFUSERS ONLY.
 B. THE 1,188 PRODUCTION UNITS IN QUOTE DB-2024-1200 ARE NOT RELEASED.
    DO NOT FABRICATE OR BUY MATERIAL FOR THEM.
 C. THE 1,188 CAN BE RELEASED ONLY AFTER THE ATRIUM MOCK-UP IS SIGNED OFF
    BY THE ENGINEER OF RECORD AND A WRITTEN PRODUCTION RELEASE IS ISSUED
    BY CARLA REYES, PURCHASING MANAGER. NOBODY ELSE MAY RELEASE QTY.
 D. MATERIAL AUTHORITY: SAMPLE ONLY (12 PCS).
 E. PACK 4 PER CARTON, LABEL WITH PO 24-1200-0600 / LN 01 / GRID LINE 1000.
--------------------------------------------------------------------------------
PAGE 1 OF 1                                       FORM LSAD-PO-7 (REV 2018)
================================================================================
"""),
      ])


# c19 -- Turkish supplier asks to buy coil for all 900; German buyer says no and restates the scope.
_c19_sup = (
    "Dear Mrs. Schäfer,\n\n"
    "We kindly inform you that the 20 pcs sample dampers for PO NK-24-0331 are in production and will "
    "be ready on 24 May.\n\n"
    "Our steel supplier offers us now a good price for galvanized coil. Can we purchase the coil for the "
    "full 900 pcs now, to secure the price? If you agree, please confirm with a written material "
    "authority.\n\n"
    "Best regards,\nSelin Demir\nBursa Kanal Sistemleri A.Ş. - Export\n"
)
_c19_txt = (
    "Dear Ms. Demir,\n\n"
    "thank you for asking first. The answer is no: please buy material only for the 20 sample dampers.\n\n"
    "For clarity, PO NK-24-0331 stands as written:\n"
    "- 20 (twenty) sample dampers BKS-VCD-500x250 are released.\n"
    "- The other 880 pcs of your offer are not released and are on hold.\n"
    "- They can be released only after our Musterabnahme (sample sign-off by our site engineering), "
    "and only by a written series call-off signed by me.\n"
    "- Material authority: sample only.\n\n"
    "If the coil price is a real risk, send me the price difference in writing and I will discuss a staged "
    "material authority internally - but until you have that in writing from me, it does not exist.\n\n"
    "Mit freundlichen Grüßen / Kind regards\n"
)
case("c19_neckar_coil_question_declined", [],
     "supplier asks to buy coil for 900; buyer declines, restates 20 active, 880 on hold, sample sign-off + "
     "written call-off by Ute Schäfer, sample-only material",
     [("AW_NK-24-0331_Coil_Anfrage.eml", eml_bytes(mail(
         "Ute Schäfer <u.schaefer@neckar-klima.de>",
         "Selin Demir <selin.demir@bursakanal.com.tr>",
         "AW: NK-24-0331 sample dampers / coil purchase question",
         "Fri, 10 May 2024 08:55:00 +0200",
         _c19_txt + sig("Ute Schäfer", "Leiterin Einkauf / Head of Purchasing",
                        "Neckar Klimasysteme GmbH, Stuttgart-Feuerbach", "+49 711 5550 228")
         + "\nVon: Selin Demir <selin.demir@bursakanal.com.tr>\nGesendet: Donnerstag, 9. Mai 2024 16:32\n"
           "Betreff: NK-24-0331 sample dampers / coil purchase question\n\n" + q(_c19_sup) + "\n",
         in_reply_to="<h109-c19-q@bursakanal.com.tr>")))])


# c20 -- Canadian interim sample disposition (DOCX): limited production release of 150, rest on hold.
case("c20_northbridge_interim_disposition", [],
     "interim sign-off with quantity/date limit; written release PR-NB-014 of 150 by Sarah Kim; 650 on hold "
     "until full sign-off + written release",
     [("Sample_Disposition_NB-5611_fire_dampers.docx", docx_bytes([
         ("h1", "Sample disposition and production release - PO NB-5611"),
         ("p", "Northbridge Mechanical Ltd., 880 Ellesmere Rd, Toronto ON M1P 2W6 | To: Coimbatore Dampers & Louvers "
               "(attn. R. Senthil Kumar) | Date: May 9, 2024"),
         ("p", "Part: CDL-FD-24x24-UL, curtain fire damper 1.5 hr, UL 555, dynamic | Quote CDL/Q/2024/0377: 800 units"),
         ("h", "1. Sample sign-off"),
         ("table", [
             ["Item", "Result"],
             ["Disposition", "INTERIM"],
             ["Reason", "UL label position on sleeve differs from drawing CDL-FD-1524 Rev 07; function and "
                        "closure test passed"],
             ["Limit", "150 units, for level 2 of Humber River Hospital east wing only"],
             ["Expiry", "June 30, 2024"],
             ["Signed off by", "Daniel Okoye, P.Eng., Project Engineer"],
         ]),
         ("sp",),
         ("p", "The sample sign-off by itself releases nothing."),
         ("h", "2. Production release PR-NB-014"),
         ("p", "On the basis of the interim sign-off above, one hundred fifty (150) fire dampers are released "
               "for production, for level 2, to ship by June 28, 2024. Material may be bought for these "
               "150 units."),
         ("p", "Not released: the remaining 650 units of the 800 quoted. They stay on hold until (a) a full "
               "(non-interim) sample sign-off after the label position is corrected on a new sample, and "
               "(b) a further written production release signed by me."),
         ("sp",),
         ("p", "Released by: Sarah Kim, Senior Buyer (release authority), Northbridge Mechanical Ltd."),
     ], author="Sarah Kim"))])


# c21 -- US release email with DOCX release letter: 300 released after sample sign-off, 892 on hold.
_c21_letter = docx_bytes([
    ("h1", "PRODUCTION RELEASE PR-CBS-007"),
    ("p", "Cascade Building Services Inc. | 4400 NW Yeon Ave, Portland, OR 97210"),
    ("p", "To: Aceros y Ductos Monterrey S.A. de C.V. | PO: CBS-24-771 rev 1 | Date: June 3, 2024"),
    ("table", [
        ["Item", "Description", "Released qty", "Ship by"],
        ["RE-90-14", "Radius elbow 90 deg, 14 in. round, 24 ga galv.", "150", "June 28, 2024"],
        ["TR-24x12-14", "Rect-to-round transition 24x12 to 14 in., 22 ga", "150", "June 28, 2024"],
        ["Total", "", "300", ""],
    ]),
    ("sp",),
    ("p", "Basis: sample sign-off of the 8 samples recorded May 28, 2024 (report SR-771-1), and PO CBS-24-771 "
          "revised to cover 300 production units."),
    ("p", "This release covers three hundred (300) fittings and nothing more. The remaining 892 fittings "
          "of quote COT-24-0390 are not released and stay on hold until the first 300 are installed and "
          "inspected on site and a further written release, signed by me, is sent to you."),
    ("p", "Material: you may buy coil for these 300 units."),
    ("p", "Authorized by: Karen Holt, Purchasing Manager (release authority)"),
], author="Karen Holt")
case("c21_cascade_release_letter", [],
     "written release of 300 after sample sign-off (DOCX attached); 892 on hold until site inspection + "
     "written release by Karen Holt",
     [("Production_release_PR-CBS-007.eml", eml_bytes(mail(
         "Karen Holt <kholt@cascadebuilding.com>",
         "Sofía Villarreal <svillarreal@acerosyductos.com.mx>",
         "Production release PR-CBS-007 - PO CBS-24-771 rev 1",
         "Mon, 03 Jun 2024 10:20:00 -0700",
         "Hi Sofía,\n\n"
         "Good news - the samples passed. Attached is production release PR-CBS-007 for 300 fittings "
         "(150 elbows, 150 transitions) against PO CBS-24-771 rev 1, which now covers those 300.\n\n"
         "The other 892 are still on hold - details in the letter. Please acknowledge the release in "
         "writing and confirm the June 28 ship date.\n\n"
         "Thanks for the quick turnaround on the samples.\nKaren"
         + sig("Karen Holt", "Purchasing Manager", "Cascade Building Services Inc.", "(503) 555-0119"),
         attachments=[("PR-CBS-007.docx", _c21_letter, DOCX_MT)])))])


# c22 -- Ottawa buyer's stop notice (HTML export): nothing more may start until lifted in writing.
case("c22_mapleleaf_stop_notice", [],
     "stop notice: 40 released units are done, nothing further may start until Olivia Grant lifts the stop "
     "in writing after RFI-112 is resolved",
     [("Stop_notice_MLM-24-0419.html", html_page("Stop notice - PO MLM-24-0419", """
<h2 style="color:#b00000">STOP NOTICE / AVIS D'ARRÊT &ndash; PO MLM-24-0419</h2>
<table>
<tr><th>From</th><td>Maple Leaf Mechanical Inc., 1445 Michael St, Ottawa ON K1B 3R2</td></tr>
<tr><th>To</th><td>Ningbo Airflow Grille Co., Ltd. &ndash; attn. Kevin Xu, Export Manager</td></tr>
<tr><th>Date</th><td>2024-05-08</td></tr>
<tr><th>Item</th><td>NAG-SG-DD-12x8 supply grille, double deflection, steel, white &ndash; CHEO Research Institute expansion</td></tr>
</table>
<h3>Status at the time of this notice</h3>
<table>
<tr><th>Quantity</th><th>Status</th></tr>
<tr><td>40</td><td>released under PO MLM-24-0419 (first release) &ndash; reported complete and packed</td></tr>
<tr><td>360</td><td>not released &ndash; balance on hold</td></tr>
</table>
<div class="note">
<p><b>Stop:</b> the architect has raised RFI-112 on the blade spacing (3/4 in. vs 1/2 in.). While this stop is in force,
nothing more may start on this order: no cutting, no forming, no finishing and no material purchase, released or not.
Please hold the 40 packed grilles at your warehouse; do not ship.</p>
<p>The stop will be lifted only in writing by Olivia Grant, Procurement Manager, after RFI-112 is answered. Lifting the stop does
not release the 360; they need their own written release from Olivia Grant after the revised sample is signed off.</p>
</div>
<p>Please acknowledge this notice by return email to ogrant@mapleleafmech.ca.</p>
"""))])


# c23 -- Halifax multi-file: cover email + sample PO PDF + quote PDF stamped information-only.
_c23_po = pdf([
    ("h1", "PURCHASE ORDER AMS-24-0612"),
    ("p", "Atlantic Mechanical Services Ltd. | 30 Akerley Blvd, Dartmouth NS B3B 1N1 | 902-555-0131"),
    ("p", "Supplier: Klang Valley FCU Manufacturing Sdn Bhd, Shah Alam, Selangor, Malaysia | Date: 2024-05-02"),
    ("p", "Project: QEII Health Sciences Centre - New Halifax Infirmary, FCU package | CFR Halifax"),
    ("table", [
        ["Line", "Model", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "FCU-HC-10-4P", "Fan coil unit, horizontal concealed, 4-pipe, 1000 CFM, EC motor, AHRI 440 - "
         "factory witness test units", "4", "1,180.00", "4,720.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Released by this PO: four (4) FCU-HC-10-4P for the factory witness test. Build and test these 4 only."),
    ("p", "Not released: the 116 production units of the package are on hold."),
    ("p", "Unlock: the 116 can be released only after a passed factory witness test AND a written production "
          "release."),
    ("p", "Release authority: Colin MacDonald, Manager, Procurement. Material authority: the 4 FWT units only."),
], title="PO AMS-24-0612", author="Colin MacDonald")
_c23_quote = pdf([
    ("h1", "QUOTATION KVF-Q-1033 rev A"),
    ("p", "Klang Valley FCU Manufacturing Sdn Bhd | Lot 12, Jalan Perusahaan 3, 40150 Shah Alam | Date: 19-Apr-2024"),
    ("p", "To: Atlantic Mechanical Services Ltd., Dartmouth NS - attn. Mr. Colin MacDonald"),
    ("table", [
        ["No.", "Model", "Stage", "Qty", "Unit USD", "Lead time"],
        ["1", "FCU-HC-10-4P", "FWT units", "4", "1,180.00", "6 weeks"],
        ["2", "FCU-HC-10-4P", "Production", "116", "1,045.00", "10 weeks from release"],
    ]),
    ("sp",),
    ("p", "Stamped by buyer on receipt: FOR INFORMATION ONLY - PRODUCTION QUANTITY NOT RELEASED. AMS 2024-05-02 CM"),
    ("p", "Terms: 30% T/T, 70% before shipment. Validity 60 days. Coil: Cu/Al, 4-row CHW + 2-row HW, tested at 2.8 MPa."),
], title="Quotation KVF-Q-1033", author="Tan Wei Ming")
_c23_mail = mail(
    "Colin MacDonald <cmacdonald@atlanticmech.ca>",
    "Tan Wei Ming <weiming.tan@kv-fcu.com.my>",
    "PO AMS-24-0612 - 4 FWT units - New Halifax Infirmary",
    "Thu, 02 May 2024 12:10:00 -0300",
    "Hello Mr. Tan,\n\n"
    "Our PO AMS-24-0612 and your quotation KVF-Q-1033 rev A are in this folder / attached.\n\n"
    "The quotation is attached for information only. Its 116-unit production quantity is not released "
    "by this PO. Please build the 4 witness-test units only; the scope, hold and release conditions are "
    "spelled out on the PO.\n\n"
    "Could you propose two FWT dates in the week of June 24?\n\n"
    "Best regards,\nColin\n"
    + sig("Colin MacDonald", "Manager, Procurement", "Atlantic Mechanical Services Ltd.", "902-555-0131"))
case("c23_atlantic_po_quote_bundle", [],
     "three-file bundle: cover mail + PO (4 FWT active, 116 on hold, FWT + written release, Colin MacDonald) "
     "+ quote stamped information-only",
     [("Cover_mail_AMS-24-0612.eml", eml_bytes(_c23_mail)),
      ("PO_AMS-24-0612.pdf", _c23_po),
      ("KVF-Q-1033_revA.pdf", _c23_quote)])


# c24 -- Teams chat: Mexican supplier asks "green light for bal. 480?", US buyer says not yet, full scope.
case("c24_greatlakes_teams_not_yet", [],
     "supplier's 'green light for bal. 480?' is a question; buyer answers not yet: 20 active, 480 held until "
     "Jenny's mock-up sign-off + Tom Becker's written release",
     [("Teams_GLBS_DdB_PO_GL-3318.txt", """\
[5/6/2024 9:02 AM] Alejandra Ruiz (Difusores del Bajío): Buenos días Tom! The 20 mock-up diffusers for PO GL-3318 shipped Friday, tracking 7782 1190 4410.
[5/6/2024 9:03 AM] Alejandra Ruiz (Difusores del Bajío): pls confirm green light for bal. 480? planner wants to load the press next week
[5/6/2024 9:20 AM] Tom Becker (Great Lakes Building Services): Morning Alejandra - not yet. Only the 20 mock-ups are released under GL-3318.
[5/6/2024 9:21 AM] Tom Becker (Great Lakes Building Services): The 480 stay on hold until Jenny Park (our project engineer) signs off the mock-up at Henry Ford Detroit, and then I send you the written release. I'm the only one who can release them.
[5/6/2024 9:21 AM] Tom Becker (Great Lakes Building Services): and please don't buy sheet for them yet either
[5/6/2024 9:35 AM] Alejandra Ruiz (Difusores del Bajío): Entendido 👍 we hold the 480, no material. Thanks Tom
[5/6/2024 9:36 AM] Tom Becker (Great Lakes Building Services): Thanks. Mock-up install is the 14th, I'll update you after.
"""),
      ])


# c25 -- Quebec contractor's bilingual DOCX full-quantity PO with a table; no balance.
case("c25_laurentide_full_po_grilles", [],
     "bilingual full-quantity PO for 420 grilles with a table; states no further quantities",
     [("BC_ML-24-0701_grilles.docx", docx_bytes([
         ("h1", "Bon de commande / Purchase order ML-24-0701"),
         ("p", "Mécanique Laurentide Inc. · 2250 boul. Industriel, Laval (QC) H7S 1P5 · 450-555-0190"),
         ("p", "Fournisseur / Supplier: Xiamen Jinlong Air Outlets Co., Ltd., Tong'an Industrial Zone, Xiamen, China"),
         ("p", "Date: 2024-05-03 · Projet / Project: École secondaire de Mirabel · Incoterms: FOB Xiamen · "
               "Paiement / Payment: 60 jours / 60 days"),
         ("table", [
             ["Ligne / Line", "Article / Item", "Description", "Qté / Qty", "Prix unit. CAD", "Total CAD"],
             ["1", "XJ-SG-DD-16x8", "Grille de soufflage double déflexion / double deflection supply grille, "
              "16 x 8 in., blanc / white", "300", "18,40", "5 520,00"],
             ["2", "XJ-RG-45-24x12", "Grille de retour 45 degrés / 45 deg return grille, 24 x 12 in., blanc / white",
              "120", "21,10", "2 532,00"],
         ]),
         ("sp",),
         ("p", "Total: 420 grilles, 8 052,00 CAD."),
         ("p", "Ce bon de commande couvre la quantité totale du projet. This purchase order covers the total "
               "project quantity of 420 grilles. There is no sample stage, no balance and no further quantity "
               "planned under this PO."),
         ("p", "Étiquetage / labelling: local number per schedule M-701 on each carton. Certificat de conformité "
               "CSA requis / CSA conformity certificate required."),
         ("p", "Acheteur / Buyer: Marc-André Tremblay, Directeur approvisionnement"),
     ], author="Marc-André Tremblay"))])


# p15 -- Turkish supplier: the advance arrived, so production started and coil bought for all 2.400.
_p15_buyer = (
    "Dear Mr. Yıldız,\n\n"
    "attached our PO 4500331902 for twenty (20) sample ceiling diffusers EGE-DR-600-9010 for the "
    "mock-up on level 4, plus the pressing tool. The 30% advance on the PO value (samples + tool) will "
    "follow this week.\n\n"
    "Only the 20 samples are released. The remaining 2.380 pcs of your offer ANG-24-140 are not "
    "released and stay on hold. They can be released only after our Musterabnahme (sample sign-off) "
    "and a written series call-off signed by me. Material for the 20 samples only.\n\n"
    "Freundliche Grüße\nJana Wolff, Einkauf, Spree Haustechnik GmbH"
)
_p15_txt = (
    "Dear Mrs. Wolff,\n\n"
    "We thank you for your advance payment which reached our account on 2 May.\n\n"
    "As we received the payment, we started the production of your order and to keep the offered "
    "price we have purchased the aluminium coil for the complete 2.400 pcs. Pressing of the series "
    "is planned in week 21, together with your 20 samples.\n\n"
    "Tool is finished, T1 photos attached.\n\n"
    "Best regards,\nBurak Yıldız\nExport Sales Manager\nEge Havalandırma Sistemleri A.Ş.\n"
    "Atatürk OSB 10002 Sk. No. 14, 35620 Çiğli / İzmir\n\n"
    "-----Original Message-----\nFrom: Jana Wolff\nSent: 26 April 2024 11:02\n"
    "Subject: PO 4500331902 samples EGE-DR-600\n\n" + q(_p15_buyer) + "\n"
)
case("p15_ege_advance_started_production", ["RG006", "RG012"],
     "supplier treats the sample/tool advance as authority to produce the series and buys coil for 2.400; "
     "quoted buyer scope is complete",
     [("RE_PO_4500331902_advance.eml", eml_bytes(mail(
         "Burak Yıldız <burak.yildiz@egehavalandirma.com.tr>",
         "Jana Wolff <j.wolff@spree-haustechnik.de>",
         "RE: PO 4500331902 samples EGE-DR-600",
         "Mon, 06 May 2024 14:18:00 +0300",
         _p15_txt,
         in_reply_to="<h109-p15-po@spree-haustechnik.de>")))])


# p16 -- Chinese supplier stocked aluminium for all 870 and will roll into mass production after the mock-up.
_p16_buyer = (
    "Kevin,\n\n"
    "PO 4500039950 covers thirty (30) LSD-3S-1200 linear slot diffusers for the mock-up at Northwestern "
    "Medicine Lake Forest - those 30 only. The 870 production units on quote NAG-Q-24-0407 are not "
    "released. They get released only after the mock-up is signed off by the architect and I send a "
    "written production release. I'm the only release authority on this.\n"
    "Material authority: sample-only.\n\n"
    "Dana Whitfield\nProcurement Manager, Lakeshore Mechanical Contractors"
)
_p16_txt = (
    "Dear Dana,\n\n"
    "Thanks for your PO. The 30 pcs mock-up diffusers are finished, anodizing tomorrow, and will fly on "
    "CZ 6409 on 14 May.\n\n"
    "To save time for your project, we have prepared the aluminium extrusion for all 870 pcs already, "
    "it is in our warehouse. Once you approve the mock-up, we can directly continue the mass "
    "production and ship by sea within 3 weeks.\n\n"
    "Best regards\nKevin Xu\nExport Manager | Ningbo Airflow Grille Co., Ltd.\n\n"
    "-----Original-----\nFrom: Dana Whitfield\nDate: 2024-04-22\n\n" + q(_p16_buyer) + "\n"
)
case("p16_ningbo_extrusion_then_mass_production", ["RG006", "RG007"],
     "supplier stocked extrusion for 870 without authority and plans to continue straight into mass "
     "production once the mock-up is approved; quoted buyer scope is complete",
     [("RE_PO_4500039950_mockup_diffusers.eml", eml_bytes(mail(
         "Kevin Xu <kevin.xu@ningbo-airflow.com>",
         "Dana Whitfield <dwhitfield@lakeshoremech.com>",
         "RE: PO 4500039950 mock-up diffusers",
         "Thu, 09 May 2024 17:55:00 +0800",
         _p16_txt,
         html=simple_html(_p16_txt.split("\n\n")),
         in_reply_to="<h109-p16-po@lakeshoremech.com>")))])


# p17 -- Multi-file: Australian release note says 48 FCUs for level 2; supplier portal shows 60 released and
#        material procured for 240.
case("p17_southerncross_release_vs_portal", ["RG006", "RG011"],
     "buyer release: 48 FCUs (level 2); supplier's status page shows 60 released and coils/motors bought "
     "for 240 with no material authority",
     [("SCBS_Release_2_PO_SC-8120.txt", """\
SOUTHERN CROSS BUILDING SERVICES PTY LTD
Level 3, 55 Cremorne St, Richmond VIC 3121
--------------------------------------------------------------
RELEASE NOTE No. 2            PO SC-8120            06/05/2024
Supplier: Penang Coil Systems Sdn Bhd
Job: Collins Square Tower 6 - FCU package (240 units total)
--------------------------------------------------------------
RELEASED BY THIS NOTE:
  Level 2 .......... 48 x FCU-HC-08-4P (tags FCU-2-01..FCU-2-48)

NOT RELEASED:
  Levels 3 to 6 .... 192 units - ON HOLD
  Released only after level 2 commissioning sign-off by our
  commissioning manager AND a written release note from
  Greg Kowalski, Procurement Lead. No one else can release.

MATERIAL:
  Buy coils, casings and motors for the 48 level 2 units only.
--------------------------------------------------------------
Greg Kowalski | Procurement Lead | +61 3 9555 0122
"""),
      ("PCS_customer_status_SC-8120.html", html_page("Penang Coil Systems - Customer order status", """
<h2>Customer order status &ndash; Southern Cross Building Services &ndash; PO SC-8120</h2>
<p>Generated 08-May-2024 09:00 (MYT) &middot; Penang Coil Systems Sdn Bhd &middot; Bayan Lepas FIZ Phase 4</p>
<table>
<tr><th>Model</th><th>Order total</th><th>Released qty</th><th>Material procured (units)</th><th>Coils brazed</th><th>Units assembled</th><th>Shipped</th></tr>
<tr><td>FCU-HC-08-4P</td><td>240</td><td>60</td><td>240 (coils, EC motors, casings sheet)</td><td>60</td><td>12</td><td>0</td></tr>
</table>
<p>Remarks: Level 2 units in assembly. Motors and coil tube for the full package bought in April to lock copper price.
Next update 15-May.</p>
<p>Contact: Lim Mei Ling, Customer Service &middot; meiling.lim@penangcoil.com.my</p>
"""))])


# p18 -- Chinese supplier plans to start the 2,384 balance the day after mock-up approval.
_p18_buyer = (
    "Lily,\n\n"
    "PO 31-20577 is for sixteen (16) SCD-600-4W square diffusers for the mock-up room only. "
    "The 2,384 production units on your quote FH-2404-077 are NOT released - please don't start them "
    "or buy material for them.\n"
    "They can be released only after the engineer of record signs off the mock-up, and then only by a "
    "written production release from me, Ray Delgado, Purchasing Manager.\n\n"
    "Ray"
)
_p18_txt = (
    "Dear Ray,\n\n"
    "Good day! The 16 pcs mock-up diffusers passed our QC today, report attached, ship by FedEx "
    "tomorrow.\n\n"
    "For your information, our plan: after your mock-up approval, we start the balance 2,384 pcs the "
    "next day, so the container can sail end of June and you can meet the site schedule. Production "
    "schedule attached for your reference.\n\n"
    "Thank you and best regards,\nLily Chen\nSales Dept. | Foshan Huatai Ventilation Equipment Co., Ltd.\n\n"
    "On 2024-04-29, Ray Delgado wrote:\n" + q(_p18_buyer) + "\n"
)
case("p18_foshan_balance_after_mockup", ["RG007"],
     "supplier says the 2,384 balance starts the day after mock-up approval; quoted buyer scope requires a "
     "written release from Ray Delgado",
     [("RE_PO_31-20577_QC_passed.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@fshuatai-vent.com>",
         "Ray Delgado <rdelgado@brazosair.com>",
         "RE: PO 31-20577 mock-up diffusers - QC passed",
         "Tue, 07 May 2024 18:02:00 +0800",
         _p18_txt,
         in_reply_to="<h109-p18-po@brazosair.com>")))])


# p19 -- Oakland PM tells the supplier to roll into the rest once the mock-up is signed off, no paperwork.
_p19_po = (
    "Hi Aiman,\n\n"
    "PO BAAS-24-118 attached: 10 (ten) linear bar grilles LBG-25-1500 for the mock-up at UCSF Mission Bay, "
    "block 33. Only these 10 are released. The 590 balance is not released and on hold.\n"
    "The 590 can be released only after the mock-up is signed off by the architect and I send a written "
    "production release. I'm the release authority (Lisa Tran, Purchasing Manager). Material for the 10 only.\n\n"
    "Thanks,\nLisa"
)
_p19_txt = (
    "Aiman,\n\n"
    "Quick one from the field. Mock-up install is Thursday, architect walk is Friday morning. We're "
    "really squeezed on the ceiling close-in for block 33, so: once the mock-up gets signed off on "
    "Friday, just roll into the rest. No need to wait for paperwork from purchasing, we'll catch up "
    "on that later.\n\n"
    "Also make sure the bars are 1/2\" spacing, not 3/4\", like the mock-up.\n\n"
    "Nate Ramirez\nSenior Project Manager | Bay Area Air Systems\n510-555-0166\n"
)
case("p19_bayarea_pm_roll_into_rest", ["RG007"],
     "buyer PM contradicts the PO's written-release requirement: mock-up sign-off should roll straight "
     "into the 590 balance",
     [("Mock-up_block_33_LBG.eml", eml_bytes(mail(
         "Nate Ramirez <nramirez@bayareaair.com>",
         "Muhammad Aiman <aiman@johorairterminal.com.my>",
         "Mock-up block 33 - LBG-25-1500",
         "Tue, 14 May 2024 06:40:00 -0700",
         _p19_txt + "\n\n---------- Forwarded message ---------\nFrom: Lisa Tran <ltran@bayareaair.com>\n"
                    "Date: Mon, Apr 29, 2024 at 3:10 PM\nSubject: PO BAAS-24-118\n\n" + _p19_po + "\n",
         html=simple_html([_p19_txt, "---------- Forwarded message ---------", _p19_po]),
         cc="Lisa Tran <ltran@bayareaair.com>")))])


# p20 -- Dubai DOCX submittal cover sheet: scope note is complete, but a fabricator note says the
#        remaining units follow automatically once the mock-up is accepted.
case("p20_sahara_submittal_cover_autofollow", ["RG007"],
     "submittal cover: 6 mock-up units released, 594 on hold until written release by Rajesh Menon, but a "
     "note says fabrication of the remaining units follows without notice once the mock-up is accepted",
     [("Submittal_cover_SBS-MS-023_VCD.docx", docx_bytes([
         ("h1", "MATERIAL SUBMITTAL COVER SHEET - SBS-MS-023"),
         ("p", "Sahara Building Services LLC · Al Quoz Industrial Area 3, Dubai · Project: Jumeirah Bay Hotel, "
               "Villas cluster C"),
         ("table", [
             ["Field", "Entry"],
             ["Submittal", "Volume control dampers VCD-RECT, 1.2 mm GI, opposed blade"],
             ["Supplier", "Chennai Airflow Products Pvt. Ltd."],
             ["Spec section", "23 33 00 Air duct accessories"],
             ["PO", "SBS-2264"],
             ["Rev", "01"],
         ]),
         ("sp",),
         ("h", "PO scope"),
         ("p", "Six (6) VCDs are released for the mock-up in villa C-03. The remaining 594 VCDs are not "
               "released and are on hold. They can be released only after the consultant signs off the "
               "mock-up and Rajesh Menon, Procurement Manager, issues a written release. Material: mock-up "
               "units only."),
         ("h", "Notes to fabricator"),
         ("num", "Provide blade leakage data per AMCA 500-D with the mock-up units."),
         ("num", "Quadrant handle and locking nut zinc plated; no raw steel parts."),
         ("num", "Once the mock-up is accepted by the consultant, fabrication of the remaining units on "
                 "schedule M-601 follows without further notice, to keep the villa programme."),
         ("num", "Label each damper with villa number and duct tag."),
         ("sp",),
         ("p", "Prepared by: Imran Sheikh, MEP Project Engineer · Reviewed: Bilal Ahmed, Site Engineer"),
     ], author="Imran Sheikh"))])

# =================================================================== batch 4

# p21 -- Abu Dhabi WhatsApp: supplier announces the balance starts Monday because the mock-up was approved.
case("p21_crescent_whatsapp_balance_monday", ["RG007"],
     "buyer's chat scope is complete (10 samples, 490 held until consultant sign-off + Faisal's written "
     "release); supplier assumes the consultant's mock-up approval starts the 490",
     [("WhatsApp Chat - ECM Saadiyat VCD.txt", """\
[06/05/24, 10:41:12] Faisal Al Hammadi ECM: Dear Hardik, PO EC-PO-24-0533 for 10 nos sample VCD released. Balance 490 nos NOT released. Release only after consultant sign off mock up and my written release. Pls confirm.
[06/05/24, 10:52:30] Hardik Shah AAC: Confirmed sir, 10 nos samples. Dispatch by air 15th
[06/05/24, 10:53:02] Hardik Shah AAC: 🙏
[16/05/24, 08:12:45] Hardik Shah AAC: <attached: 00000019-PHOTO-2024-05-16-08-12-45.jpg>
[16/05/24, 08:13:10] Hardik Shah AAC: Samples delivered to site store, GRN 20417
[21/05/24, 17:30:02] Yousef (ECM site): Mock up installed villa 12, consultant inspection tomorrow 10am
[22/05/24, 13:05:44] Hardik Shah AAC: Sir good news, mock up approved by consultant today ✅ So as agreed we start balance 490 nos from Monday inshallah. Delivery in 3 lots
[22/05/24, 13:06:20] Yousef (ECM site): 👏👏
[22/05/24, 13:15:51] Hardik Shah AAC: Lot 1 - 160 nos, lot 2 - 160 nos, lot 3 - 170 nos. Will share packing list
"""),
      ])


# p22 -- UAE multi-file: PO names hold and unlock event but no person; supplier's OC says the balance
#        starts automatically after the FWT.
_p22_po = pdf([
    ("h1", "PURCHASE ORDER GB-PO-24-0412"),
    ("p", "Gulf Breeze HVAC Trading LLC | Industrial Area 15, Sharjah, UAE | TRN 100318827500003"),
    ("p", "Supplier: Penang Coil Systems Sdn Bhd, Bayan Lepas FIZ Phase 4, Penang | Date: 02-May-2024 | "
          "Project: Aljada Residential Block 7 | CFR Jebel Ali | LC 90 days"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "FCU-HC-06-2P", "Fan coil unit, horizontal concealed, 2-pipe, 600 CFM, EC motor, AHRI 440 - "
         "factory witness test units", "6", "910.00", "5,460.00"],
    ]),
    ("sp",),
    ("h", "Scope and release"),
    ("p", "Released by this PO: six (6) FWT units only."),
    ("p", "The balance of 114 units quoted under PCS-Q-24-140 is not released and remains on hold."),
    ("p", "The balance will be released only by a revised PO, after the FWT has been passed and witnessed by "
          "the consultant, subject to internal approval in our company."),
    ("p", "Material: for the 6 FWT units only."),
    ("sp",),
    ("p", "Issued by: Procurement Department, Gulf Breeze HVAC Trading LLC"),
], title="PO GB-PO-24-0412", author="Procurement Department")
_p22_oc = pdf([
    ("h1", "ORDER CONFIRMATION OC-PCS-24-0577"),
    ("p", "Penang Coil Systems Sdn Bhd | Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang | +60 4 555 0112"),
    ("p", "Customer: Gulf Breeze HVAC Trading LLC, Sharjah | Customer PO: GB-PO-24-0412 | Date: 06-May-2024"),
    ("table", [
        ["No.", "Model", "Qty", "Unit USD", "Ex-works"],
        ["1", "FCU-HC-06-2P (FWT units)", "6", "910.00", "14-Jun-2024"],
        ["2", "FCU-HC-06-2P (balance, for planning)", "114", "845.00", "see remark 2"],
    ]),
    ("sp",),
    ("h", "Remarks"),
    ("p", "1. FWT at Penang plant, test bench 3, tentative 18-Jun-2024. Kindly confirm attendees."),
    ("p", "2. To meet your site schedule, production of the balance 114 units will commence automatically "
          "upon successful FWT. Ex-works 5 weeks after FWT."),
    ("p", "3. Coil pressure test 2.8 MPa, casing 1.0 mm GI with 25 mm insulation, drain pan SS304."),
    ("p", "Confirmed by: Lim Mei Ling, Customer Service Executive"),
], title="OC-PCS-24-0577", author="Lim Mei Ling")
case("p22_gulfbreeze_po_and_oc_autostart", ["RG005", "RG007"],
     "PO holds 114 until revised PO after FWT but names no person ('internal approval in our company'); "
     "supplier OC says the balance starts automatically on a passed FWT",
     [("PO_GB-PO-24-0412.pdf", _p22_po),
      ("OC-PCS-24-0577.pdf", _p22_oc)])


# p23 -- Teams chat (German contractor / Turkish maker): site manager says the series just runs once
#        samples fit, paperwork later.
case("p23_klimabau_teams_series_runs", ["RG007"],
     "purchasing's chat scope is complete (12 samples, 388 held until sample sign-off + written call-off by "
     "Sabine Krüger); the buyer's site manager says the series simply runs once the samples fit",
     [("Teams_Chat_Klimabau_BKS_Brandschutzklappen.txt", """\
Microsoft Teams – Chatverlauf / chat history
Chat: Klimabau Nord – Bursa Kanal – Elbbrücken Haus 5 Brandschutzklappen
--------------------------------------------------------------------------------
15.04.2024 08:31  Sabine Krüger (Klimabau Nord, Einkauf)
  Guten Morgen Herr Aydın, Bestellung 4500128840 ist raus: 12 Muster-Brandschutzklappen BKS-FD-300
  for the sample sign-off. Only these 12 are released. The other 388 pcs are NOT released, on hold.
  They will be released only by a written call-off signed by me after our Musterabnahme.
  Material nur für die 12.

15.04.2024 08:47  Levent Aydın (Bursa Kanal)
  Good morning Mrs. Krüger, well received. 12 pcs samples, ready in 3 weeks. Thank you.

02.05.2024 16:05  Levent Aydın (Bursa Kanal)
  Samples are ready, test report attached. Delivery Monday by truck, CMR follows.

03.05.2024 07:12  Jörg Petersen (Klimabau Nord, Bauleitung)
  Moin Herr Aydın. Wir sind im Terminverzug auf Haus 5. Sobald die Muster passen, läuft die Serie
  einfach durch – as soon as the samples fit, the series just runs, we sort out the paperwork with
  purchasing later. Please plan it like this.

03.05.2024 07:30  Levent Aydın (Bursa Kanal)
  Understood Mr. Petersen, we plan series directly after your sample check.

03.05.2024 07:31  Jörg Petersen (Klimabau Nord, Bauleitung)
  👍 Lieferadresse Baustelle Tor 2, Anmeldung 24h vorher bei Herrn Kowalczyk.
--------------------------------------------------------------------------------
"""),
      ])


# p24 -- Sydney distributor tells the supplier to take its forecast as committed orders.
_p24_att = pdf([
    ("h1", "Rolling forecast Q3 2024 - Xiamen Jinlong"),
    ("p", "Harbour Air Distribution Pty Ltd | prepared 02/05/2024 by T. Nguyen | FORECAST"),
    ("table", [
        ["Item code", "Description", "Jul", "Aug", "Sep", "Q3 total"],
        ["RAG-600X600-EGG", "Return air grille eggcrate 600x600, white", "400", "400", "400", "1,200"],
        ["SG-DD-300X150", "Supply grille double deflection 300x150, white", "250", "300", "250", "800"],
        ["LSD-2S-1200", "Linear slot diffuser 2 slot 1200 mm", "60", "60", "80", "200"],
    ]),
], title="Rolling forecast Q3 2024", author="T. Nguyen")
_p24_txt = (
    "Hi Jacky,\n\n"
    "Attached is our rolling forecast for Jul-Sep. The numbers are forecast, but you can take them as "
    "our committed orders for Q3 - we will definitely need them, so please book the full 2.2k pcs into "
    "your production plan now and confirm ship dates by month. Formal POs will follow month by month "
    "for invoicing.\n\n"
    "Same packing as PO 0081442 please (max 20 per carton, item code on each carton).\n\n"
    "Cheers,\nThanh\n"
)
case("p24_harbour_forecast_committed", ["RG008"],
     "distributor sends a forecast and tells the supplier to take it as committed orders for 2,200 pcs",
     [("Q3_forecast_Harbour_Air.eml", eml_bytes(mail(
         "Thanh Nguyen <tnguyen@harbourair.com.au>",
         "Jacky Lin <jacky.lin@xmjinlong-air.com>",
         "Q3 forecast - please book",
         "Thu, 02 May 2024 16:25:00 +1000",
         _p24_txt + sig("Thanh Nguyen", "Purchasing Officer", "Harbour Air Distribution Pty Ltd", "(02) 9555 0431"),
         html=simple_html(_p24_txt.split("\n\n")),
         attachments=[("Rolling_forecast_Q3_2024.pdf", _p24_att, PDF_MT)])))])


# p25 -- German PDF "Bedarfsvorschau" whose forecast lines are marked as binding ordered quantities.
case("p25_rheinmain_forecast_binding", ["RG008"],
     "document titled forecast declares its monthly forecast quantities binding ordered quantities",
     [("Bedarfsvorschau_H2-2024_SAA.pdf", pdf([
         ("h1", "Bedarfsvorschau / Demand forecast H2 2024"),
         ("p", "Rhein-Main Klimatechnik GmbH · Hanauer Landstraße 291 · 60314 Frankfurt am Main"),
         ("p", "Lieferant: Shah Alam Airside Sdn Bhd (70233) · Artikel: SAA-RA-900-1200 Rechteck-Schalldämpfer · "
               "Stand: 29.04.2024 · Rahmenvertrag RV-2023-014"),
         ("table", [
             ["Monat / Month", "Prognose / Forecast (Stk.)", "Status"],
             ["Juli 2024", "24", "verbindlich bestellt / firm ordered"],
             ["August 2024", "30", "verbindlich bestellt / firm ordered"],
             ["September 2024", "30", "verbindlich bestellt / firm ordered"],
             ["Oktober 2024", "36", "verbindlich bestellt / firm ordered"],
             ["November 2024", "36", "verbindlich bestellt / firm ordered"],
             ["Dezember 2024", "18", "verbindlich bestellt / firm ordered"],
             ["Summe / total", "174", ""],
         ]),
         ("sp",),
         ("p", "Die oben genannten Prognosemengen gelten als verbindliche Bestellung. The forecast quantities "
               "above are to be treated as our binding order for H2 2024; please plan your capacity and "
               "deliveries accordingly. Änderungen der Prognose teilen wir monatlich mit."),
         ("p", "Lieferung jeweils in der ersten Kalenderwoche des Monats, frei Lager Hanau. Prüfbericht nach "
               "DIN EN ISO 7235 je Charge."),
         ("p", "Einkauf: Tobias Engel · t.engel@rheinmain-klima.de · +49 69 5550 4412"),
     ], title="Bedarfsvorschau H2 2024", author="Tobias Engel"))])


# p26 -- Mexican supplier confirms "your order" of 3,400 diffusers on a forecast-only message.
_p26_buyer = (
    "Hola Luis,\n\n"
    "FORECAST ONLY - NOT AN ORDER: for planning, phase 2 of the Ottawa Hospital Civic campus might need "
    "about 3,400 ceiling diffusers CD-24-4W in Q1 2025. Design is not frozen and the GC has not awarded "
    "phase 2 yet. No PO exists for phase 2.\n\n"
    "Olivia Grant\nProcurement Manager, Maple Leaf Mechanical"
)
_p26_txt = (
    "Dear Olivia,\n\n"
    "Thank you very much for your order of 3,400 pcs CD-24-4W ceiling diffusers for phase 2! We have "
    "booked it into our production plan for December and January, so deliveries can start in the first "
    "week of February.\n\n"
    "Our order number is OV-24-2291. Invoice for the 30% advance will follow from our finance "
    "department.\n\n"
    "Quedo atento a sus comentarios.\nSaludos cordiales,\nLuis Hernández\nGerente Comercial | Difusores del Bajío S.A. de C.V.\n"
    "+52 442 555 0188\n\n"
    "El 30/04/2024, Olivia Grant escribió:\n" + q(_p26_buyer) + "\n"
)
case("p26_difusores_forecast_as_order", ["RG008"],
     "supplier books the buyer's 'forecast only - not an order' 3,400 pcs as an order with an order number",
     [("RE_Phase_2_forecast_CD-24-4W.eml", eml_bytes(mail(
         "Luis Hernández <lhernandez@difusoresbajio.com.mx>",
         "Olivia Grant <ogrant@mapleleafmech.ca>",
         "RE: Phase 2 forecast CD-24-4W",
         "Thu, 02 May 2024 12:45:00 -0600",
         _p26_txt,
         in_reply_to="<h109-p26-fc@mapleleafmech.ca>")))])


# p27 -- UAE portal page: July call-off stated as 36 in the table and 40 in the summary; Aug-Dec forecast
#        declared committed.
case("p27_gulfbreeze_portal_calloff_forecast", ["RG008", "RG011"],
     "portal states the July call-off as 36 in the table and 40 in the summary; Aug-Dec forecast written "
     "as committed; hold, unlock and Omar Haddad named",
     [("portal_calloff_GB-BPO-24-07.html", html_page("Gulf Breeze HVAC - Vendor Portal - Call-off", """
<div style="background:#7a0019;color:#fff;padding:6px">Gulf Breeze HVAC Trading LLC &middot; Vendor Portal &middot; Vendor: Penang Coil Systems Sdn Bhd</div>
<h2>Blanket PO GB-BPO-24-07 &ndash; FCU-CC-06 ceiling cassettes &ndash; Call-off 07</h2>
<div class="note"><b>Summary:</b> July call-off: 40 units released for production. Ship CFR Jebel Ali by 31-Jul-2024.</div>
<h3>Call-off 07 lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Site</th><th>Qty released</th><th>Delivery</th></tr>
<tr><td>1</td><td>FCU-CC-06, 600 CFM ceiling cassette, 2-pipe, AHRI 440</td><td>Aljada Block 7, floors 1-3</td><td>36</td><td>31-Jul-2024</td></tr>
</table>
<h3>Forecast August &ndash; December 2024</h3>
<table>
<tr><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Dec</th><th>Total</th></tr>
<tr><td>40</td><td>48</td><td>48</td><td>44</td><td>40</td><td>220</td></tr>
</table>
<p>The August&ndash;December forecast of 220 units is our committed quantity &ndash; please plan it as an order.
These units are not released for production yet: each month is released only by its own monthly call-off, issued after
the previous month's delivery has passed site inspection and signed by Eng. Omar Haddad, Procurement Manager.</p>
<p>Material: for the units released in this call-off only.</p>
<p style="font-size:11px;color:#666">Gulf Breeze HVAC Trading LLC, Industrial Area 15, Sharjah &middot; portal v3.8</p>
"""))])


# p28 -- Dubai WhatsApp: buyer says an expected Tower B quantity should be considered ordered.
case("p28_alnoor_whatsapp_consider_ordered", ["RG008"],
     "buyer calls an expected BOQ quantity (about 900, design not frozen) 'ordered' in a chat",
     [("WhatsApp Chat - ANM Tower B grilles.txt", """\
[29/04/24, 19:02:33] Rashid Khan ANM: Salam Karthik bhai. Tower B update - as per current BOQ we expect around 900 nos return air grilles RAG-600, final qty only after consultant design freeze next month
[29/04/24, 19:03:10] Rashid Khan ANM: Consider it ordered, start planning your production. PO will come after design freeze
[29/04/24, 19:10:47] Karthik S (Chennai Airflow): Thank you sir! Noted 900 nos confirmed order 🙏 We will plan from week 22
[29/04/24, 19:12:05] Rashid Khan ANM: 👍
[30/04/24, 09:31:18] Karthik S (Chennai Airflow): Sir kindly share the finish - RAL 9016 same as Tower A?
[30/04/24, 09:40:52] Rashid Khan ANM: Yes same as Tower A. Matt
"""),
      ])


# p29 -- Brisbane buyer uses "approved" for the finance-approved PO revision and the consultant-approved mock-up.
_p29_txt = (
    "Hi Wendy,\n\n"
    "Two bits of news on Herston Quarter.\n\n"
    "1. PO 4400-1022 rev 1, which adds the 3,588 production diffusers PFD-595-SQ to the commercial cover, "
    "has been approved by our finance team this morning. You'll get the revised PO from the system "
    "tonight.\n\n"
    "2. The 12 mock-up diffusers were approved by the consultant (WSP) yesterday - no comments on finish "
    "or throw.\n\n"
    "That does not mean production is on. Nothing beyond the 12 mock-ups is released: the 3,588 stay on "
    "hold until I send you a written production release, which I'll do once the builder confirms the "
    "ceiling programme for levels 3-9. I'm the only one who can issue that release.\n\n"
    "Material for the 3,588 - not yet, please.\n\n"
    "Cheers,\nLiam\n"
)
case("p29_coastline_approved_twice", ["RG009"],
     "'approved' used for finance's commercial approval of the PO revision and the consultant's technical "
     "approval of the mock-up; scope otherwise complete",
     [("Herston_Quarter_PO_rev1_and_mockup.eml", eml_bytes(mail(
         "Liam Forster <liam.forster@coastlinemech.com.au>",
         "Wendy Zhao <wendy.zhao@lianfeng-vent.cn>",
         "Herston Quarter - PO 4400-1022 rev 1 and mock-up result",
         "Wed, 15 May 2024 09:20:00 +1000",
         _p29_txt + sig("Liam Forster", "Project Buyer", "Coastline Mechanical Services Pty Ltd, Eagle Farm QLD",
                        "+61 7 3555 0144"),
         html=simple_html(_p29_txt.split("\n\n")))))])


# p30 -- Munich DOCX order status note: "released" for the SAP PO, the QA sample result and production.
case("p30_isartal_status_released_three_ways", ["RG009"],
     "status note uses 'released' for the SAP PO release, QA's sample result and production release; "
     "scope otherwise complete",
     [("Statusvermerk_Bestellung_4500412207.docx", docx_bytes([
         ("h1", "Statusvermerk / Order status note - Bestellung 4500412207"),
         ("p", "Isartal Haustechnik GmbH · Einkauf · Bauvorhaben Wohnanlage Freiham Nord, BA 2 · Stand 08.05.2024"),
         ("p", "Lieferant: Ege Havalandırma Sistemleri A.Ş. · Artikel: EGE-DR-400-9010 Drallauslass 400 mm"),
         ("table", [
             ["Schritt / Step", "Status", "Datum", "Bemerkung"],
             ["Bestellung / PO", "released", "17.04.2024", "SAP release strategy complete (Freigabestrategie F2)"],
             ["Muster / samples (8 Stk.)", "released", "06.05.2024", "QA: dimensions and finish ok, report QS-24-311"],
             ["Serie / series (1.592 Stk.)", "not released", "-", "on hold"],
         ]),
         ("sp",),
         ("p", "Only the 8 samples are covered. The series quantity of 1.592 pcs remains on hold and must not be "
               "started or material bought for it."),
         ("p", "Production release of the series follows only after the Musterabnahme on site (mock-up "
               "room Haus 2) by a written series call-off signed by Florian Maier, Einkauf. Nobody else may "
               "release series quantities."),
     ], author="Florian Maier"))])


# p31 -- US PDF PO: workflow field says APPROVED (commercial) and the note uses approved for the samples.
case("p31_greatlakes_po_approved_two_senses", ["RG009"],
     "PO header shows the PO as approved (budget workflow) and the note says samples are to be approved by "
     "engineering; scope otherwise complete",
     [("PO_GL-3402_Great_Lakes.pdf", pdf([
         ("h1", "PURCHASE ORDER GL-3402"),
         ("p", "Great Lakes Building Services, Inc. | 2150 Franklin St, Detroit, MI 48207 | (313) 555-0145"),
         ("table", [
             ["Field", "Value"],
             ["Vendor", "Aceros y Ductos Monterrey S.A. de C.V."],
             ["Date", "04/26/2024"],
             ["Project", "Henry Ford Detroit - Brigitte Harris Cancer Pavilion, levels 4-6"],
             ["PO approval", "APPROVED - 24 pc sample PO, budget holder J. Novak, 04/26/2024"],
             ["Terms", "Net 45, FOB Laredo TX"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit USD", "Ext. USD"],
             ["1", "SPL-24x24x18", "Supply plenum box 24x24x18 in., 22 ga galv., 1 in. liner, 12 in. collar",
              "24", "46.00", "1,104.00"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "This PO covers twenty-four (24) sample plenum boxes. The 576 production units on quote "
               "COT-24-0412 are not released and are on hold. Buy sheet for the 24 samples only."),
         ("p", "Samples are to be approved by our engineering (Jenny Park) after installation in the level 4 "
               "mock-up. After that, the 576 can be released only by a written production release issued by "
               "Tom Becker, Purchasing Manager."),
     ], pagesize=LETTER, title="PO GL-3402", author="Tom Becker"))])


# p32 -- Melbourne Teams chat: "released" used for the finance PO release and the production release;
#        the FWT quantity drifts from 3 to 4.
case("p32_yarra_teams_release_and_count", ["RG009", "RG011"],
     "chat uses 'released' for the finance PO release and the production release, and states the FWT "
     "quantity as 3 and then as 4",
     [("Teams_YM_PCS_PO_0045301.txt", """\
[29/04/2024 10:02] Joy Okafor (Yarra Mechanical): Hi Mei Ling, PO 0045301 is released in the system now (finance release done Friday), so you'll get the PDF from our ERP shortly.
[29/04/2024 10:04] Joy Okafor (Yarra Mechanical): Production release on it: 3 x FCU-HC-10-4P for the FWT only. Balance of 141 on hold until the FWT is passed and Nick Papadopoulos (Procurement Mgr) sends the written release. Material for the FWT units only please.
[29/04/2024 10:20] Lim Mei Ling (Penang Coil Systems): Noted Joy, thank you. FWT units 3 nos. Test bench booked week 25.
[02/05/2024 15:41] Joy Okafor (Yarra Mechanical): Reminder - the 4 FWT units need the BMS controllers (Siemens RDG260KN) fitted before the test, shipped loose is no good.
[02/05/2024 15:55] Lim Mei Ling (Penang Coil Systems): Ok, we will fit controllers on the FWT units before test.
[02/05/2024 16:01] Joy Okafor (Yarra Mechanical): Thanks. Witnesses will be me + the consultant (AECOM).
"""),
      ])


# p33 -- US buyer tells the supplier to proceed with mock-up diffusers "for the mock-up room" without a number.
_p33_txt = (
    "Hi Lily,\n\n"
    "Please proceed with the mock-up swirl diffusers for the level 5 mock-up room at Banner Tempe, "
    "samples only - enough to fit out the room as laid out on drawing M-105 (rev 2, attached to your "
    "portal account). Same RAL 9010 satin as the finish chip you sent.\n\n"
    "The production quantity on your quote FH-2405-031 is not released and stays on hold. It can be "
    "released only after the architect signs off the mock-up, and then only by a written production "
    "release from me. Please buy material for the mock-up units only.\n\n"
    "PO 22-8902 will follow from our ERP this afternoon.\n\n"
    "Thanks,\nMark\n"
)
case("p33_pinnacle_mockup_no_quantity", ["RG010"],
     "sample authorization 'enough to fit out the room' never states how many units are authorized now",
     [("Mock-up_swirl_diffusers_L5.eml", eml_bytes(mail(
         "Mark Ellison <mellison@pinnaclemech.com>",
         "Lily Chen <lily.chen@fshuatai-vent.com>",
         "Banner Tempe L5 mock-up - swirl diffusers",
         "Mon, 13 May 2024 08:10:00 -0700",
         _p33_txt + sig("Mark Ellison", "Purchasing Manager", "Pinnacle Mechanical, Phoenix AZ", "(602) 555-0175"))))])


# p34 -- Abu Dhabi WhatsApp: "Level 3 fire dampers released for fabrication" with no number anywhere.
case("p34_alhamra_whatsapp_level3_release", ["RG010"],
     "level 3 release in chat never states the quantity; hold on levels 4-8, unlock event and Vinod Pillai named",
     [("WhatsApp Chat - AHC Yas fire dampers.txt", """\
[08/05/24, 08:30:14] Vinod Pillai AHC: Good morning Naresh. Level 3 fire dampers released for fabrication as per L3 damper schedule.
[08/05/24, 08:31:02] Vinod Pillai AHC: Levels 4 to 8 NOT released. They will be released only after L3 installation is inspected by Civil Defence, and only by my written release.
[08/05/24, 08:31:40] Vinod Pillai AHC: Material only for L3 please.
[08/05/24, 08:45:27] Naresh Patel RGD: Good morning sir. Noted, L3 only 🙏
[08/05/24, 08:46:03] Naresh Patel RGD: Kindly confirm UL 555 1.5 hr same as sample
[08/05/24, 09:02:55] Sameer (AHC site): Yes 1.5hr. Sleeve length 400 as per sample
[08/05/24, 09:05:11] Naresh Patel RGD: 👍
"""),
      ])


# p35 -- Halifax DOCX release letter releases "the first delivery lot" by reference to a schedule not provided.
case("p35_atlantic_release_letter_first_lot", ["RG010"],
     "release letter releases 'the first delivery lot ... per the floor schedule' without any number; hold, "
     "unlock event and Colin MacDonald named",
     [("Release_letter_RL-AMS-02.docx", docx_bytes([
         ("h1", "Release letter RL-AMS-02"),
         ("p", "Atlantic Mechanical Services Ltd. · 30 Akerley Blvd, Dartmouth NS B3B 1N1"),
         ("p", "To: Klang Valley FCU Manufacturing Sdn Bhd, attn. Mr. Tan Wei Ming · PO AMS-24-0612 rev 2 · July 3, 2024"),
         ("p", "Dear Mr. Tan,"),
         ("p", "Following the factory witness test passed on June 26, 2024 (FWT report KVF-FWT-0612, signed "
               "by our engineer and the consultant), we hereby release the first delivery lot of FCU-HC-10-4P "
               "fan coil units, being the units for floors 3 and 4 as per the floor schedule of the New Halifax "
               "Infirmary FCU package."),
         ("p", "All other units of the package remain on hold. They will be released only by a further written "
               "release from me after the floor 3 units are installed and started up."),
         ("p", "Material: for the units of this first lot only."),
         ("p", "Please acknowledge this release in writing and confirm the ex-works date."),
         ("sp",),
         ("p", "Colin MacDonald, Manager, Procurement (release authority) - Atlantic Mechanical Services Ltd."),
     ], author="Colin MacDonald"))])

# =================================================================== batch 5

# p36 -- Calgary PDF call-off releases "the quantities required for Phase 1B" with no number.
case("p36_prairie_calloff_phase1b", ["RG010"],
     "call-off releases the diffusers 'required for Phase 1B per the RCPs' without stating a quantity; "
     "hold, unlock event and Priya Natarajan named",
     [("Call-off_03_PM-24-01600.pdf", pdf([
         ("h1", "CALL-OFF No. 3 - Blanket PO PM-24-01600"),
         ("p", "Prairie Mechanical Ltd. | 4920 72 Ave SE, Calgary, AB T2C 3H3 | Date: 2024-05-10"),
         ("p", "Supplier: Ningbo Airflow Grille Co., Ltd. | Project: Rockyview General Hospital - Unit 57 and east wing"),
         ("table", [
             ["Call-off", "Phase", "Item", "Quantity", "Ship by"],
             ["3", "Phase 1B - east wing, floors 2-3", "RCD-12-W round ceiling diffuser, 12 in. neck, white",
              "as required per architect's reflected ceiling plans A-221 / A-231", "2024-06-21"],
         ]),
         ("sp",),
         ("p", "This call-off releases the RCD-12-W diffusers required for Phase 1B. Count them from the reflected "
               "ceiling plans listed above and pack per floor."),
         ("p", "Phases 2 and 3 are not released and remain on hold. Each is released only by its own call-off, "
               "issued after the previous phase's ceiling inspection and signed by Priya Natarajan, Procurement "
               "Manager. Material: Phase 1B only."),
         ("p", "All other terms per blanket PO PM-24-01600."),
     ], title="Call-off 3 PM-24-01600", author="Priya Natarajan"))])


# p37 -- Terse Dubai email: "kindly proceed with samples only" - no quantity, no hold, no event, no releaser.
case("p37_sahara_terse_samples", ["RG003", "RG004", "RG005", "RG010"],
     "terse sample authorization: no quantity, nothing on the balance, no unlock event, no release person",
     [("Villa_C-05_mock_up_samples.eml", eml_bytes(mail(
         "Imran Sheikh <imran.sheikh@saharabs.ae>",
         "Karthik S <karthik@chennaiairflow.in>",
         "Villa C-05 mock up - linear grilles",
         "Sun, 12 May 2024 09:05:00 +0400",
         "Dear Karthik,\n\n"
         "Kindly proceed with samples only for the villa C-05 mock up, linear grilles LG-20 as per drawing "
         "SBS-MS-031 rev 02. Finish RAL 9016 matt same as Tower A.\n\n"
         "Kindly share dispatch date.\n\n"
         "Regards,\nImran Sheikh\nMEP Project Engineer\nSahara Building Services LLC\n"
         "Al Quoz Industrial Area 3, Dubai | +971 4 555 0139\n\nSent from Outlook for Android\n")))])


# p38 -- Surrey multi-file: PO says 24 sample grilles, cover email says 30 samples.
_p38_po = pdf([
    ("h1", "PURCHASE ORDER FV-24-1240"),
    ("p", "Fraser Valley Sheet Metal Ltd. | 19230 96 Ave, Surrey, BC V4N 4C1 | 604-555-0139"),
    ("p", "Supplier: Xiamen Jinlong Air Outlets Co., Ltd., Tong'an Industrial Zone, Xiamen | Date: 2024-05-06 | "
          "Project: Royal Columbian Hospital - Jim Pattison tower, levels 5-8 | FOB Xiamen"),
    ("table", [
        ["Item", "Part", "Description", "Qty", "Unit CAD", "Amount CAD"],
        ["1", "XJ-SG-DD-12x6", "Supply grille, double deflection, 12 x 6 in., steel, white - SAMPLES", "24",
         "14.80", "355.20"],
    ]),
    ("sp",),
    ("p", "Scope: twenty-four (24) sample grilles are released. The 1,176 production grilles on quote "
          "XJ-Q-24-0519 are not released and are on hold."),
    ("p", "The 1,176 can be released only after the mock-up is signed off by the consultant (Stantec) and a "
          "written production release is issued by Kyle Brandt, Purchasing. Material: samples only."),
], title="PO FV-24-1240", author="Kyle Brandt")
_p38_mail = mail(
    "Kyle Brandt <kbrandt@fraservalleysm.ca>",
    "Jacky Lin <jacky.lin@xmjinlong-air.com>",
    "PO FV-24-1240 sample grilles",
    "Mon, 06 May 2024 14:12:00 -0700",
    "Hi Jacky,\n\n"
    "PO FV-24-1240 for the 30 sample grilles went out from our ERP this morning. Please ship them together "
    "with the finish chips so we can do the mock-up and the colour review on the same day.\n\n"
    "Ship by air if you can make it by May 24.\n\n"
    "Thanks,\nKyle"
    + sig("Kyle Brandt", "Purchasing", "Fraser Valley Sheet Metal Ltd.", "604-555-0139"))
case("p38_fraservalley_po_vs_mail_count", ["RG011"],
     "PO releases 24 sample grilles; the cover email for the same PO says 30 samples",
     [("PO_FV-24-1240.pdf", _p38_po),
      ("Cover_email_FV-24-1240.eml", eml_bytes(_p38_mail))])


# p39 -- Cologne DOCX production release: table says 84 for level 3, text says 96.
case("p39_rheintal_serienfreigabe_84_96", ["RG011"],
     "production release table gives 84 for level 3, the text releases 96 for level 3",
     [("Serienfreigabe_SF-03_4711-0128.docx", docx_bytes([
         ("h1", "Serienfreigabe / Production release SF-03"),
         ("p", "Rheintal Gebäudetechnik GmbH · Industriestraße 41 · 50735 Köln · Bestellung 4711-0128 rev. 2 · 13.05.2024"),
         ("p", "An: Ege Havalandırma Sistemleri A.Ş., İzmir – Herrn Burak Yıldız"),
         ("table", [
             ["Ebene / Level", "Artikel", "Freigegebene Menge / Released qty", "Liefertermin"],
             ["Level 3", "EGE-MD-200 motorized damper, Belimo LM24A-SR", "84", "KW 26"],
             ["Levels 4-6", "EGE-MD-200", "0 (on hold)", "-"],
         ]),
         ("sp",),
         ("p", "Nach erfolgreicher Musterabnahme am 07.05.2024 geben wir hiermit 96 Klappen für Level 3 zur "
               "Fertigung frei. Following the mock-up sign-off on 7 May 2024 we hereby release 96 dampers for "
               "level 3 for production."),
         ("p", "Levels 4 to 6 are not released. They will be released only by a further written production "
               "release signed by Jens Hoffmann after the level 3 installation has been inspected."),
         ("p", "Material: for the level 3 release only."),
         ("sp",),
         ("p", "Jens Hoffmann, Einkaufsleiter"),
     ], author="Jens Hoffmann"))])


# p40 -- Dubai release email: subject says 200 FCUs, body releases 180.
_p40_txt = (
    "Dear Mr. Tan,\n\n"
    "Further to the successful FWT on 2 May (report KVF-FWT-0503, witnessed by Eng. Hassan Qureshi and "
    "the consultant), we release 180 units FCU-HC-08 for floors 5 to 9 of Dubai Creek Residences B3, "
    "delivery to site by 15 August.\n\n"
    "The remaining 420 units of the 600-unit package are not released and remain on hold. They will be "
    "released only after the floor 5-9 units are installed and commissioned, by a further written release "
    "signed by me.\n\n"
    "Material: for the 180 released units only.\n\n"
    "Kindly acknowledge.\n\n"
    "Best regards,\nAhmed Al Mansoori\nProcurement Director, Al Noor MEP Contracting LLC\n"
)
case("p40_alnoor_release_subject_200_body_180", ["RG011"],
     "release email subject says 200 FCUs while the body releases 180; hold, unlock and releaser stated",
     [("Release_200_FCU_DCR-B3.eml", eml_bytes(mail(
         "Ahmed Al Mansoori <ahmed.m@alnoormep.ae>",
         "Tan Wei Ming <weiming.tan@kv-fcu.com.my>",
         "Release 200 FCU - Dubai Creek Residences B3 floors 5-9",
         "Mon, 13 May 2024 11:00:00 +0400",
         _p40_txt,
         html=simple_html(_p40_txt.split("\n\n")),
         cc="Aisha Rahman <aisha.r@alnoormep.ae>")))])


# p41 -- Quebec ERP printout: line quantity 48, note says the sample quantity is 40.
case("p41_laurentide_erp_48_vs_40", ["RG011"],
     "ERP PO line orders 48 samples while the note limits the sample quantity to 40",
     [("ML_BC_24-0688_impression.txt", """\
MECANIQUE LAURENTIDE INC.                      2250 BOUL. INDUSTRIEL, LAVAL QC H7S 1P5
                                               TEL 450-555-0190
================================================================================
BON DE COMMANDE / PURCHASE ORDER   NO: ML-24-0688    DATE: 2024-05-08   PAGE 1/1
================================================================================
FOURNISSEUR / SUPPLIER: ACEROS Y DUCTOS MONTERREY SA DE CV   (F-2291)
PROJET / PROJECT: CHSLD TERREBONNE - PHASE 2
LIVRER A / SHIP TO: ENTREPOT MLI, LAVAL           INCOTERMS: FCA MONTERREY
--------------------------------------------------------------------------------
LIG ARTICLE          DESCRIPTION                           QTE  UM    PRIX   TOTAL
--------------------------------------------------------------------------------
001 RAC-TR-610-305   TRANSITION RECT-ROND 610X305 / 305MM   48  UN   38.20 1833.60
                     TOLE GALV. CAL. 22 / 22 GA GALV.
                     ETANCHEITE SMACNA CLASSE A
--------------------------------------------------------------------------------
                                                 TOTAL CAD               1833.60
--------------------------------------------------------------------------------
NOTES:
 1. QTE ECHANTILLONS / SAMPLE QTY: 40 PCS SEULEMENT / ONLY.
 2. SOLDE DE 760 PCS (SOUMISSION Q-ADM-2405-07) NON LIBERE / BALANCE OF 760 PCS
    NOT RELEASED - ON HOLD.
 3. LIBERATION DU SOLDE SEULEMENT APRES APPROBATION DES ECHANTILLONS ET PAR BON
    DE COMMANDE REVISE SIGNE PAR M.-A. TREMBLAY, DIR. APPROVISIONNEMENT.
    BALANCE RELEASED ONLY AFTER SAMPLE SIGN-OFF, BY REVISED PO SIGNED BY
    M.-A. TREMBLAY.
 4. MATERIEL POUR LES ECHANTILLONS SEULEMENT / MATERIAL FOR SAMPLES ONLY.
--------------------------------------------------------------------------------
ACHETEUR / BUYER: M.-A. TREMBLAY                 IMPRIME 2024-05-08 07:55
================================================================================
"""),
      ])


# p42 -- Abu Dhabi buyer: advance for the balance has been paid, so start production of the 740.
_p42_po = (
    "Dear Naresh,\n\n"
    "PO AHC-4478 issued for 10 nos sample fire dampers FD-UL-24x24 for the consultant mock up. "
    "Balance 740 nos is NOT released. It will be released only after consultant sign off of the mock up "
    "and my written release.\n\n"
    "Regards,\nVinod Pillai\nProcurement Manager, Al Hamra Contracting"
)
_p42_txt = (
    "Dear Naresh,\n\n"
    "Good news. Our finance has transferred today the 30% advance for the balance 740 nos fire dampers, "
    "TT copy attached for your reference (ADCB ref. FT24133990217).\n\n"
    "Since the advance is paid, kindly start production of the 740 nos now so we do not lose more time. "
    "Consultant inspection of the mock up is rescheduled to end of the month.\n\n"
    "Kindly confirm the production schedule by return.\n\n"
    "Regards,\nVinod Pillai\nProcurement Manager\nAl Hamra Contracting LLC, Musaffah M-26, Abu Dhabi\n"
    "+971 2 555 0161\n\n"
    "---------- Original message ----------\nFrom: Vinod Pillai\nDate: 18 April 2024\n"
    "Subject: PO AHC-4478 sample fire dampers\n\n" + q(_p42_po) + "\n"
)
case("p42_alhamra_advance_paid_start", ["RG012"],
     "buyer treats the paid advance as the trigger to produce the 740 balance, before the mock-up sign-off",
     [("Advance_paid_balance_740_fire_dampers.eml", eml_bytes(mail(
         "Vinod Pillai <vinod.pillai@alhamracontracting.ae>",
         "Naresh Patel <naresh@rajkotgrilles.in>",
         "Advance paid - balance 740 fire dampers - PO AHC-4478",
         "Wed, 08 May 2024 14:32:00 +0400",
         _p42_txt)))])


# p43 -- Mexican supplier: deposit received, therefore production of all 1,200 diffusers started.
_p43_buyer = (
    "Alejandra,\n\n"
    "PO 24-1200-0712 attached: 12 mock-up diffusers SD-600-600-4 for the atrium phase 3 mock-up. "
    "Only these 12 are released. The 1,188 production units on your quote are not released. "
    "They can be released only after the engineer of record signs off the mock-up and I issue a "
    "written production release. Material for the 12 only.\n\n"
    "We'll wire the 30% deposit on the total quote value this week to hold your press capacity.\n\n"
    "Carla Reyes\nPurchasing Manager, Lone Star Air Distribution"
)
_p43_txt = (
    "Hola Carla,\n\n"
    "Recibimos su anticipo - we received your deposit on Friday, muchas gracias.\n\n"
    "Therefore we have started production of all 1,200 diffusers SD-600-600-4 this week, including "
    "your 12 mock-up pieces, so everything is ready for one truck to Laredo at the end of June.\n\n"
    "Quedo atenta,\nAlejandra Ruiz\nVentas Exportación | Difusores del Bajío S.A. de C.V.\n\n"
    "El 22/04/2024, Carla Reyes escribió:\n" + q(_p43_buyer) + "\n"
)
case("p43_difusores_deposit_started_all", ["RG012"],
     "supplier reads the deposit as authority and starts all 1,200; quoted buyer scope holds 1,188",
     [("RE_PO_24-1200-0712_anticipo.eml", eml_bytes(mail(
         "Alejandra Ruiz <aruiz@difusoresbajio.com.mx>",
         "Carla Reyes <creyes@lonestarair.com>",
         "RE: PO 24-1200-0712 mock-up diffusers / anticipo",
         "Tue, 30 Apr 2024 10:05:00 -0600",
         _p43_txt,
         in_reply_to="<h109-p43-po@lonestarair.com>")))])


# p44 -- Perth multi-file: complete sample PO (TXT) + supplier proforma that starts production on advance.
case("p44_pacificrim_po_and_proforma", ["RG012"],
     "sample PO is complete; the supplier's proforma for 600 says production starts upon receipt of the 50% advance",
     [("PRM_PO_7731.txt", """\
PACIFIC RIM MECHANICAL PTY LTD                          ABN 27 609 441 802
14 Sundercombe St, Osborne Park WA 6017                 T (08) 9555 0127
--------------------------------------------------------------------------------
PURCHASE ORDER  PRM-7731                                DATE 30/04/2024
SUPPLIER        COIMBATORE DAMPERS & LOUVERS, COIMBATORE, INDIA
PROJECT         PERTH CHILDREN'S HOSPITAL - EAST WING UPGRADE
--------------------------------------------------------------------------------
LN  ITEM              DESCRIPTION                        QTY  UOM  UNIT AUD
 1  CDL-FD-450X450    FIRE DAMPER CURTAIN TYPE 2HR         6   EA     148.00
                      AS 1682.1 / AS 1530.4 TESTED
                      ** SAMPLES FOR MOCK-UP **
--------------------------------------------------------------------------------
SCOPE:
 - 6 (SIX) SAMPLE FIRE DAMPERS ARE RELEASED BY THIS PO. NOTHING ELSE.
 - BALANCE OF 594 PER QUOTE CDL/Q/2024/0466 IS NOT RELEASED - ON HOLD.
 - BALANCE RELEASED ONLY AFTER MOCK-UP SIGN-OFF BY THE FIRE ENGINEER AND A
   WRITTEN PRODUCTION RELEASE FROM BRENDAN O'NEILL, PROCUREMENT MANAGER.
 - MATERIAL: SAMPLES ONLY.
--------------------------------------------------------------------------------
BUYER: B. O'NEILL
"""),
      ("PI_CDL_24_118.pdf", pdf([
          ("h1", "PROFORMA INVOICE PI/CDL/24/118"),
          ("p", "Coimbatore Dampers & Louvers | SIDCO Industrial Estate, Kurichi, Coimbatore 641021 | GSTIN 33AAFFC2210M1Z7"),
          ("p", "Buyer: Pacific Rim Mechanical Pty Ltd, Osborne Park WA | Ref: your PO PRM-7731 and our quote "
                "CDL/Q/2024/0466 | Date: 06-05-2024"),
          ("table", [
              ["S.No", "Description", "Qty", "Rate AUD", "Amount AUD"],
              ["1", "Fire damper curtain type 2 hr, 450 x 450, AS 1682.1 - samples", "6", "148.00", "888.00"],
              ["2", "Fire damper curtain type 2 hr, 450 x 450, AS 1682.1 - project quantity", "594", "71.50",
               "42,471.00"],
              ["", "Total", "600", "", "43,359.00"],
          ]),
          ("sp",),
          ("p", "Payment terms: 50% advance against this PI, balance before dispatch."),
          ("p", "Production of the full 600 nos will start upon receipt of the 50% advance. Dispatch 45 days "
                "from the date of advance."),
          ("p", "Bank: State Bank of India, RS Puram branch, A/c 3021 8844 1190, SWIFT SBININBB474."),
          ("p", "for Coimbatore Dampers & Louvers - R. Senthil Kumar, Partner"),
      ], title="PI/CDL/24/118", author="R. Senthil Kumar"))])


# p45 -- Sharjah WhatsApp: LC opened for the full package, so "green light for production".
case("p45_gulfbreeze_whatsapp_lc_greenlight", ["RG002", "RG012"],
     "buyer's scope is complete (4 FWT units, 92 held until FWT + Omar's written release) but he then gives an "
     "unscoped green light because the LC is opened",
     [("WhatsApp Chat - GB Marina Heights FCU.txt", """\
[02/05/24, 11:20:41] Omar Haddad GB: Dear Mr. Tan, PO GB-PO-24-0401 for 4 nos FCU-HC-12 witness test units only. Balance 92 nos NOT released, on hold until FWT passed and my written release. Material for 4 nos only.
[02/05/24, 11:31:09] Tan Wei Ming KVF: Noted with thanks Eng. Omar. 4 nos FWT units, test end of June
[02/05/24, 11:31:30] Tan Wei Ming KVF: Kindly advise LC status for the package
[09/05/24, 16:05:12] Omar Haddad GB: LC opened today for the full package, Emirates NBD LC no. 0417IMP2400788. Copy sent to your email
[09/05/24, 16:05:50] Omar Haddad GB: So green light for production 👍
[09/05/24, 16:22:37] Tan Wei Ming KVF: Thank you Eng. Omar 🙏 we will arrange
[09/05/24, 16:24:02] Nadia (GB site): FWT attendance from our side me + consultant, pls send invitation
"""),
      ])

# ---- END OF CASES ----



# ###################################################################### BUILD
FORMAT_OF = {".eml": "EML", ".pdf": "PDF", ".docx": "DOCX", ".html": "HTML", ".htm": "HTML",
             ".txt": "TXT"}


def _stem(fn):
    s = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    mapping = {}
    for i, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h109_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping[folder] = c["name"]
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # ---- statistics for README
    rules = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  multi-rule {multi}")
    for r in sorted(rules):
        print(f"  {r}: {rules[r]}")
    top = Counter()
    cases_with = Counter()
    for c in CASES:
        fmts = set()
        for fn, data in c["files"]:
            f = FORMAT_OF[Path(fn).suffix.lower()]
            top[f] += 1
            fmts.add(f)
            if f == "EML":
                raw = data if isinstance(data, bytes) else data.encode()
                for ext, ff in ((b".pdf", "PDF"), (b".docx", "DOCX"), (b".html", "HTML"),
                                (b".txt", "TXT")):
                    if re.search(rb'filename="?[^"\r\n]*' + re.escape(ext), raw, re.I):
                        fmts.add(ff)
        for f in fmts:
            cases_with[f] += 1
    print("format  top-level-files  cases-containing")
    for f in ("EML", "TXT", "PDF", "DOCX", "HTML"):
        print(f"  {f:5s} {top[f]:4d} {cases_with[f]:4d}")
    multi_file = sum(1 for c in CASES if len(c["files"]) > 1)
    print(f"multi-file case folders: {multi_file}")
    return mapping


if __name__ == "__main__":
    build()
