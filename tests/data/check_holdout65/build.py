#!/usr/bin/env python3
"""Generator for the releasegate check_holdout65 corpus (hotel textiles and guest amenities).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout65/build.py

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
    m["Message-ID"] = msgid or f"<h65-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h65")
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


def sig(name, title, company, phone="+971 4 555 0100"):
    return SIG_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)


TXT_MT = "text/plain"
HTML_MT = "text/html"


def chat(lines):
    """lines: list of (timestamp, speaker, text) -> WhatsApp-style export text."""
    return "".join(f"{ts} - {who}: {txt}\n" for ts, who, txt in lines)


def quote_block(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


# =================================================================== CASES
# (descriptive names: c.. = clean, p.. = at least one risk; never written to disk)

# ------------------------------------------------------------- batch 1: clean
# c01: supplier quote on its own: sample + bulk tiers, no authorized quantity
case("c01_mill_quote_tiers", [],
     "supplier quotation alone: sample qty and bulk MOQ tiers, no authorization in the bundle",
     [("Quotation_CTM-Q-2407.pdf", pdf([
         ("h1", "CRESCENT TERRY MILLS (PVT) LTD"),
         ("p", "Plot 114, Sargodha Road Industrial Estate, Faisalabad 38000, Pakistan. "
               "Tel +92 41 8760 114. sales@crescentterry.pk. NTN 2211456-3."),
         ("h", "QUOTATION No. CTM-Q-2407"),
         ("p", "Date: 11 March 2024. Customer: Al Noor Hospitality Group, Group Procurement, Dubai, UAE. "
               "Attn: Mr. Rahul Menon, Category Buyer (Rooms Division)."),
         ("p", "Ref: your RFQ ANH-RFQ-0318 for the guest-room terry programme, 14 properties "
               "(opening stock plus 3 par). Thank you for the opportunity, we are pleased to quote as under."),
         ("table", [
             ["Article", "Construction", "Size (cm)", "Hand-feel sample qty", "Sample price", "Bulk tiers (pcs)", "FOB Karachi / pc"],
             ["BT-700 Bath towel", "100% combed ring-spun cotton, 700 GSM, dobby border with jacquard logo", "70 x 140", "6", "USD 14.00", "3,000 / 6,000 / 12,000", "USD 6.85 / 6.40 / 6.10"],
             ["HT-600 Hand towel", "as above, 600 GSM", "50 x 90", "6", "USD 9.00", "3,000 / 6,000 / 12,000", "USD 2.95 / 2.70 / 2.55"],
             ["FC-550 Face cloth", "as above, 550 GSM, no logo", "30 x 30", "12", "USD 3.00", "6,000 / 12,000 / 24,000", "USD 0.78 / 0.72 / 0.68"],
             ["BM-900 Bath mat", "900 GSM, reversible, logo in border", "50 x 80", "6", "USD 11.00", "2,000 / 4,000 / 8,000", "USD 4.60 / 4.35 / 4.10"],
         ]),
         ("sp",),
         ("p", "Sample charges payable in advance by TT and adjustable against the first bulk order. "
               "Bulk payment terms: 30% advance, balance against copy of B/L, or irrevocable LC at sight."),
         ("p", "Lead time: hand-feel samples 12 working days from receipt of sample PO and final logo artwork. "
               "Bulk 55 to 60 days from your written production release and signed strike-off of the jacquard logo."),
         ("p", "Shrinkage: max 5% length and width after 3 washes at 60 C (ISO 6330 / ISO 5077). "
               "Oeko-Tex Standard 100 certificate no. 16.HPK.40125, valid until 31.12.2024."),
         ("p", "Packing: 10 pcs per polybag, export cartons 5-ply, approx. 0.085 CBM per carton. "
               "Prices valid 60 days. Tier quantities are per article and per shipment. "
               "This quotation is an offer only and does not constitute an order."),
         ("sp",),
         ("p", "For Crescent Terry Mills (Pvt) Ltd. Muhammad Usman, Senior Merchandiser (Export). "
               "Mobile / WhatsApp +92 300 655 1408."),
     ], title="Quotation CTM-Q-2407", author="Crescent Terry Mills"))])


# c02: supplier asks whether bulk is released (a question is not an approval)
_c02_att = (
    "LAB DIP REPORT  L2  -  WAFFLE ROBE, SAND\n"
    "Customer ......: Qasr Residences, Riyadh\n"
    "Quality .......: WR-280 waffle pique, 100% cotton, 280 GSM\n"
    "Target ........: Pantone 14-1112 TCX\n"
    "Illuminant  D65   dE 0,8   PASS\n"
    "Illuminant  TL84  dE 1,1   PASS\n"
    "Illuminant  A     dE 1,4   MARGINAL\n"
    "Recipe ........: R-2024-0331 (reactive, 3 dyes)\n"
)
case("c02_supplier_asks_bulk", [],
     "supplier question 'do we have your go-ahead for the bulk 2,400?' is not an approval; no authorization in bundle",
     [("Lab_dip_L2_waffle_robe.eml", mail(
         "Merve Yilmaz <merve.yilmaz@pamukkaletekstil.com.tr>",
         "Sameer Qureshi <s.qureshi@qasrresidences.sa>",
         "Lab dip L2 - waffle robe sand colour / next step?",
         "Wed, 13 Mar 2024 11:42:00 +0300",
         "Dear Sameer Bey,\n\n"
         "Good morning from Denizli. Please find attached the reading report of lab dip L2 for the sand "
         "colour (Pantone 14-1112 TCX). Under D65 the delta E is 0,8, so we think it is much closer than L1. "
         "The physical lab dip is going today with UPS, tracking 1Z 8W4 112 04 5523 9918.\n\n"
         "One question so we can plan our dyehouse: do we have your go-ahead for the bulk 2,400 robes, or "
         "should we wait for your written release after the hand-feel samples are checked in Riyadh? Our "
         "planning team is asking because the dyehouse slot in week 16 is filling up. We will not start "
         "anything for bulk until we hear from you clearly.\n\n"
         "Also please confirm the embroidery position for the logo: left chest 8 cm below shoulder seam, "
         "or centre back?\n\n"
         "Thank you and Ramadan Kareem.\n\nBest regards,"
         + sig("Merve Yilmaz", "Export Merchandiser", "Pamukkale Tekstil San. ve Tic. A.S., Denizli",
               "+90 258 371 44 20"),
         attachments=[("LabDip_L2_readings.txt", _c02_att, TXT_MT)]))])


# c03: labelled rolling forecast on a procurement portal
_c03_rows = [
    ("BS-K300", "Flat sheet king, 300 TC percale, 290 x 300 cm", 420, 380, 300, 260),
    ("DC-K300", "Duvet cover king, 300 TC percale, envelope 30 cm", 210, 190, 150, 130),
    ("PC-S300", "Pillowcase standard, 300 TC percale, 50 x 75 cm", 840, 760, 600, 520),
    ("BT-650", "Bath towel 650 GSM, 70 x 140 cm, dobby border", 630, 570, 450, 390),
]
_c03_tr = "".join(
    f"<tr><td>{a}</td><td>{d}</td><td>{j:,}</td><td>{m:,}</td><td>{md:,}</td><td>{k:,}</td><td>{j + m + md + k:,}</td></tr>\n"
    for a, d, j, m, md, k in _c03_rows)
case("c03_portal_labelled_forecast", [],
     "rolling forecast on a portal, labelled 'for capacity planning only, not a PO, not a release'",
     [("jawhara_supplier_portal_forecast.html", html_page(
         "Jawhara Hotels - Supplier Portal - Rolling forecast",
         "<h2>Jawhara Hotels &amp; Resorts &mdash; Supplier Portal</h2>\n"
         "<p>Supplier: <b>Kaveri Home Linens, Karur</b> (vendor 200417) &nbsp;|&nbsp; Category: Rooms linen"
         " &nbsp;|&nbsp; Logged in: senthil.k@kaverihomelinens.in</p>\n"
         "<div class=\"note\"><b>ROLLING FORECAST &ndash; FOR CAPACITY PLANNING ONLY.</b> This page is not a "
         "purchase order and not a production release. Do not buy yarn, book looms or start production against "
         "these figures. Orders are placed only by a numbered PO, and production quantities are released only "
         "by a written release from Jawhara Procurement.</div>\n"
         "<h3>Forecast FC-2024-07 &mdash; Q3 2024 requirement by property (pcs)</h3>\n"
         "<table>\n<tr><th>Article</th><th>Description</th><th>Jeddah Corniche</th><th>Makkah Ajyad</th>"
         "<th>Madinah Central</th><th>Al Khobar Waterfront</th><th>Q3 total (forecast)</th></tr>\n"
         + _c03_tr +
         "</table>\n<p>Basis: occupancy plan 2024 rev 2, 3 par per room, replacement rate 35% per year. "
         "Published 01 Apr 2024 by Demand Planning (Reem Al-Otaibi). Figures may change without notice.</p>\n"
         "<p><a href=\"#\">Download CSV</a> &middot; <a href=\"#\">Acknowledge viewed</a></p>"))])


# c04: scoped approval ("approved for hand-feel and colour only")
case("c04_scoped_handfeel_approval", [],
     "sample approved for hand-feel and colour only, explicitly not a release; 20 sets, roll-out on hold, event + named releaser",
     [("Hand-feel_samples_feedback.eml", mail(
         "Hannah Whitfield <hannah.whitfield@thamesquay.co.uk>",
         "Rui Carvalho <rui.carvalho@texteisminho.pt>",
         "Hand-feel samples - feedback (PO TQ-24-0091)",
         "Thu, 21 Mar 2024 16:05:00 +0000",
         "Hi Rui,\n\n"
         "Thanks for turning the samples round so quickly. They arrived at our Canary Wharf building on "
         "Monday and the housekeeping team had a proper go at them yesterday.\n\n"
         "Where we are:\n"
         "- Hand-feel and colour of the 300 TC sateen (white, silver-grey piping): approved for hand-feel "
         "and colour only. That is not a production release.\n"
         "- Shrinkage: our lab washed two pillowcases at 75 C (ISO 6330, 5 cycles) and got 4.5% in length, "
         "which is over our 3% limit. Could you look at the finishing and send two more pillowcases?\n"
         "- Duvet cover closure: please move the envelope opening from 25 cm to 30 cm as per spec rev C.\n\n"
         "For clarity on quantities: PO TQ-24-0091 is for the twenty (20) sample sets only, which you've "
         "already delivered. The roll-out quantity of 1,850 sets for the six buildings is not released and "
         "stays on hold until (1) the shrinkage re-test passes and our sample sign-off is recorded, and "
         "(2) Graham Pike, our Head of Operations, issues a written production release. Please don't buy "
         "yarn or book weaving for the roll-out before then.\n\n"
         "Cheers,\nHannah"
         + sig("Hannah Whitfield", "Procurement Lead", "Thames Quay Serviced Apartments Ltd, London",
               "+44 20 7946 0123")))])


# c05: full-quantity PO that says "proceed" (no balance)
case("c05_full_qty_slipper_po", [],
     "full-quantity PO for 1,800 pairs, per-property lines sum correctly, 'proceed with the 1,800 pairs' is scoped; no balance",
     [("PO_ABR-240219.pdf", pdf([
         ("h1", "PURCHASE ORDER ABR-240219"),
         ("p", "Buyer: Andaman Bay Resorts Co., Ltd., 88/8 Moo 5, Karon, Mueang Phuket 83100, Thailand. "
               "Tax ID 0835561004417."),
         ("p", "Supplier: Ningbo Haoyu Slippers Co., Ltd., Yinzhou District, Ningbo, Zhejiang, China. "
               "Attn: Mr. Kevin Zhou."),
         ("p", "PO date: 19 February 2024. Incoterm: CIF Laem Chabang. Payment: 30 days after B/L date. "
               "Currency: USD."),
         ("table", [
             ["Line", "Item", "Description", "Ship-to property", "Qty (pairs)", "Unit price", "Amount"],
             ["10", "SL-WF-CT", "Closed-toe waffle slipper, 5 mm EVA sole, embroidered ABR logo, one size 28 cm", "Andaman Bay Kata", "600", "0.92", "552.00"],
             ["20", "SL-WF-CT", "as line 10", "Andaman Bay Khao Lak", "500", "0.92", "460.00"],
             ["30", "SL-WF-CT", "as line 10", "Andaman Bay Krabi", "700", "0.92", "644.00"],
             ["", "", "", "Total", "1,800", "", "1,656.00"],
         ]),
         ("sp",),
         ("p", "Scope: this purchase order covers the full quantity. There is no sample stage and no balance: "
               "the pre-production sample was signed off on 12 Feb 2024 (record SS-0212, Siriporn Chaiyaporn). "
               "Please proceed with production of the 1,800 pairs listed above."),
         ("p", "Packing: 20 pairs per inner polybag, 200 pairs per export carton, cartons marked with property "
               "name and line number. AQL 2.5 final inspection by our agent before loading."),
         ("p", "Authorised by: Siriporn Chaiyaporn, Purchasing Manager, Andaman Bay Resorts."),
     ], title="PO ABR-240219", author="Andaman Bay Resorts"))])


# c06: call-off with explicit staged material authority above the released quantity
case("c06_calloff_staged_material", [],
     "call-off releases 600 sets; explicit staged material authority up to 1,800; balance 2,976 on hold until call-off 3 signed by named director",
     [("Call-off_02_QR-BL-2024.docx", docx_bytes([
         ("h1", "Call-off No. 2 - Bed linen programme QR-BL-2024"),
         ("p", "Qasr Residences Co., King Fahd Road, Al Olaya, Riyadh 12214, Kingdom of Saudi Arabia"),
         ("p", "To: Kaveri Home Linens Pvt. Ltd., Karur, Tamil Nadu, India. Attn: Mr. Senthil Kumar."),
         ("p", "Frame purchase order: QR-PO-55120 (commercial cover 3,600 sets, king and twin, 300 TC percale). "
               "Date of this call-off: 08 April 2024."),
         ("table", [
             ["Property", "King sets", "Twin sets", "Total sets"],
             ["Qasr Olaya", "120", "80", "200"],
             ["Qasr Al Malqa", "150", "50", "200"],
             ["Qasr Diplomatic Quarter", "100", "100", "200"],
             ["Total call-off 2", "370", "230", "600"],
         ]),
         ("p", "Released by this call-off: 600 sets (six hundred), split as above. Released to date including "
               "call-off 1 (the sample lot of 24 sets): 624 sets."),
         ("p", "Material authority: staged. Kaveri may buy and dye yarn and weave greige for up to 1,800 sets "
               "in total at Qasr Residences' liability. This material authority is not a production release: "
               "do not cut, stitch or finish more than the 624 sets released to date."),
         ("p", "Balance on hold: 2,976 sets (3,600 less 624) are not released. Only the next call-off (No. 3) "
               "unlocks further quantity. It will be issued after Qasr Olaya confirms the call-off 2 delivery "
               "against the AQL 2.5 inspection, and it will be signed by Faisal Al-Harbi, Procurement Director."),
         ("p", "Delivery: DAP Riyadh, by 15 June 2024. Carton marking per property as per packing instruction PI-07."),
         ("sp",),
         ("p", "Faisal Al-Harbi, Procurement Director, Qasr Residences"),
     ], author="Qasr Residences Procurement"))])


# c07: explicit recorded auto-conversion with quantity, signer and conditions
case("c07_recorded_auto_conversion", [],
     "explicit recorded auto-conversion (AC-0318) naming Lot 1 1,500 pcs, the signer and the condition; Lot 2 on hold",
     [("ANH_PO_4500813_rev2.pdf", pdf([
         ("h1", "Al Noor Hospitality Group - Purchase Order 4500813 rev 2"),
         ("p", "Group Procurement, Al Noor Tower, Sheikh Zayed Road, Dubai, UAE. Supplier: Uludag Havlu "
               "Tekstil A.S., Bursa, Turkiye (vendor 300982). Date of revision: 20 March 2024."),
         ("table", [
             ["Line", "Description", "Qty (pcs)", "Scope", "Status"],
             ["10", "Bath towel 700 GSM, 70 x 140 cm, jacquard logo border, white - hand-feel samples", "12", "sample", "released"],
             ["20", "Same article - Lot 1", "1,500", "production", "see auto-conversion clause"],
             ["30", "Same article - Lot 2", "1,500", "production", "on hold"],
         ]),
         ("sp",),
         ("p", "Released now: line 10, twelve (12) sample pieces."),
         ("p", "Recorded auto-conversion (agreed with Uludag Havlu on 18 March 2024, record AC-0318): if "
               "Noura Al Suwaidi, Group Procurement Manager, signs the sample sign-off form with the disposition "
               "'Approved', that signed sign-off by itself releases line 20 (Lot 1, 1,500 pcs) and nothing more. "
               "An interim or rejected disposition releases nothing."),
         ("p", "Line 30 (Lot 2, 1,500 pcs) is not released and remains on hold until Noura Al Suwaidi issues "
               "a separate written production release after the Lot 1 inline inspection report is accepted."),
         ("p", "Material authority: sample-only until line 20 is released; after that, yarn for line 20 only."),
         ("p", "Revision history: rev 0 (04 Mar) samples only; rev 1 (11 Mar) lines 20-30 added for commercial "
               "cover; rev 2 (20 Mar) auto-conversion clause AC-0318 recorded."),
     ], title="PO 4500813 rev 2", author="Al Noor Hospitality Group"))])


# c08: supplier says the deposit does not release production
case("c08_deposit_not_release", [],
     "supplier confirms deposit received and states it does not release mass production; waits for written release",
     [("RE_PI_JY240305.eml", mail(
         "Cindy Wang <cindy@jiayihotelsupplies.cn>",
         "Khalid Mansour <khalid.mansour@gulfhospitality.ae>",
         "RE: PI JY240305 - deposit received",
         "Tue, 26 Mar 2024 14:18:00 +0800",
         "Dear Mr. Khalid,\n\n"
         "Thank you, we have received your TT of USD 6,300.00 today (30% of PI JY240305).\n\n"
         "Please kindly note, as per our PI terms this deposit covers the mould for the bamboo comb, the "
         "printing plates for the kraft box, and the 200 pre-production sample kits. The deposit does not "
         "release mass production. Our factory will not start the 20,000 kits, and will not buy the PET "
         "bottles or the shampoo filling for them, until we receive your written production release signed "
         "by you.\n\n"
         "The 200 sample kits (dental kit, vanity kit, shower cap, shampoo / conditioner / body lotion 30 ml) "
         "will be ready around 2 April. We will send photos before dispatch for your checking.\n\n"
         "Best regards,\nCindy Wang\nSales Manager | Yangzhou Jiayi Hotel Supplies Co., Ltd.\n"
         "Tel +86 514 8733 2190 | WeChat cindywang_jy\n"))])


# c09: supplier order acknowledgement restating the hold
case("c09_supplier_ack_restates_hold", [],
     "supplier acknowledgement restating 40 sample sets only, 4.000 not released until sign-off and named releaser",
     [("OA_TM-2024-0337.docx", docx_bytes([
         ("h1", "Order Acknowledgement TM-2024-0337"),
         ("p", "Texteis Minho, Lda. - Rua da Tecelagem 41, 4835-044 Guimaraes, Portugal - NIF 503 118 406"),
         ("p", "Customer: Grupo Hotelero Mediterraneo S.L., Departamento de Compras, Barcelona. "
               "Customer PO: GHM-COMP-24/118 dated 04.03.2024. Our ref.: Rui Carvalho."),
         ("table", [
             ["Ref.", "Article", "Qty acknowledged", "Scope", "Ex-works date"],
             ["JS-TC300-KG", "Juego sabana king, 300 hilos percal, blanco optico", "40 juegos", "sample", "29.03.2024"],
         ]),
         ("p", "We acknowledge your purchase order as written: forty (40) sample sets only, 8 per hotel for "
               "your five properties. We note that the quoted production quantity of 4.000 sets is not released "
               "and stays on hold until your sample sign-off and a written production release signed by "
               "Sra. Lucia Ferrer, Directora de Compras."),
         ("p", "Until that release we will buy yarn for the 40 sample sets only and we will not reserve "
               "weaving capacity for the 4.000 sets."),
         ("p", "Shrinkage target max. 3% (ISO 5077 / ISO 6330, 60 C). Packing: each set in PVC bag with "
               "insert card, 8 sets per carton, cartons marked per hotel."),
         ("sp",),
         ("p", "Com os melhores cumprimentos / Best regards, Rui Carvalho, Export Manager"),
     ], author="Texteis Minho"))])


# c10: identifiers that look like quantities, complete scope
case("c10_identifiers_like_qty", [],
     "12 sample robes; style BR-3000, 400 GSM, Q-PMK-2400, ISO 6330, rev numbers are identifiers; 1,200 robes on hold, event + named releaser",
     [("ABR_PO_240307_robes.docx", docx_bytes([
         ("h1", "Purchase Order ABR-240307 - Spa bathrobes (samples)"),
         ("p", "Andaman Bay Resorts Co., Ltd., Phuket, Thailand. Supplier: Pamukkale Tekstil San. ve Tic. A.S., "
               "Denizli, Turkiye. Supplier quotation: Q-PMK-2400 dated 29.02.2024."),
         ("table", [
             ["Line", "Style", "Description", "Size", "Qty"],
             ["1", "BR-3000", "Shawl-collar bathrobe, 400 GSM terry inside / velour outside, article 1500-22, "
                              "logo embroidery file ABR-LOGO-2500 rev 3, Pantone 7502 C", "L", "6"],
             ["2", "BR-3000", "as line 1", "XL", "6"],
         ]),
         ("p", "Testing: dimensional change per ISO 6330 / ISO 5077 (5 washes, 60 C, max 4%), colour fastness "
               "to washing ISO 105-C06, care labelling per ISO 3758. Oeko-Tex Standard 100 class II required."),
         ("p", "Scope: this PO releases twelve (12) sample robes only (6 x L, 6 x XL). The resort roll-out "
               "quantity in your quotation (1,200 robes) is not released and is on hold. It can only be unlocked "
               "after our Spa and Housekeeping panel signs off the samples and Siriporn Chaiyaporn, Purchasing "
               "Manager, sends a written production release."),
         ("p", "Material authority: sample-only. Do not dye yarn or weave for the roll-out quantity."),
         ("p", "Delivery of samples: courier to Andaman Bay Kata, attention Khun Nattapong (Executive "
               "Housekeeper), by 25 March 2024."),
     ], author="Andaman Bay Resorts Purchasing"))])


# c11: WhatsApp chat with the mill owner, clearly scoped
case("c11_whatsapp_scoped_samples", [],
     "chat: buyer scopes 24 hand-feel pcs, bulk 6000 not released until sign-off at 3 pilot hotels and written release by named GPM",
     [("WhatsApp_Chat_with_Tariq_Sahab.txt", chat([
         ("14/03/2024, 10:02", "Haji Tariq Mehmood", "Assalam o alaikum Rahul bhai. Quotation received? 700 gsm will be very premium, guests will love"),
         ("14/03/2024, 10:09", "Rahul Menon", "Walaikum salam Tariq sahab. Yes received, thanks. PO 4500790 coming today for the hand-feel samples"),
         ("14/03/2024, 10:10", "Rahul Menon", "To be very clear: only 6 pcs per colour, white and ivory, bath towel + hand towel. So 24 pcs total. Nothing else"),
         ("14/03/2024, 10:12", "Haji Tariq Mehmood", "Ok 24 pcs. And bulk 6000?"),
         ("14/03/2024, 10:15", "Rahul Menon", "Bulk is NOT released. It stays on hold until housekeeping at our 3 pilot hotels signs off the samples AND Noura (Noura Al Suwaidi, our Group Procurement Manager) sends the written release. Please don't buy yarn for bulk"),
         ("14/03/2024, 10:16", "Haji Tariq Mehmood", "Understood. Only sample yarn. Bulk yarn not booked \U0001F44D"),
         ("14/03/2024, 10:16", "Haji Tariq Mehmood", "<Media omitted>"),
         ("14/03/2024, 10:18", "Haji Tariq Mehmood", "Loom 14 free next week, samples ready 22nd inshallah"),
         ("14/03/2024, 10:21", "Rahul Menon", "Perfect. Shukriya"),
     ]))])


# c12: quoted supplier message assumes auto-conversion; buyer corrects it
_c12_quoted = (
    "From: Emre Kaya <emre.kaya@uludaghavlu.com.tr>\n"
    "Sent: 19 March 2024 15:20\n"
    "Subject: Sample dispatch Jawhara bath linen\n\n"
    "Dear Reem Hanim,\n"
    "30 pcs samples sent today by DHL, AWB 48 2290 1173.\n"
    "When you approve the samples we will roll straight into the bulk 4,800 pcs, we have\n"
    "reserved loom capacity in week 17 for you.\n"
    "Best regards, Emre\n")
case("c12_buyer_corrects_rollover", [],
     "quoted supplier assumes roll-over into bulk; buyer's reply (the authorization) corrects it: 30 samples only, 4,800 on hold, sign-off + written release by sender",
     [("RE_Sample_dispatch_Jawhara.eml", mail(
         "Reem Al-Otaibi <reem.alotaibi@jawharahotels.sa>",
         "Emre Kaya <emre.kaya@uludaghavlu.com.tr>",
         "RE: Sample dispatch Jawhara bath linen",
         "Wed, 20 Mar 2024 09:31:00 +0300",
         "Dear Emre,\n\nThank you for the update and the AWB.\n\n"
         "One correction, please, so there is no misunderstanding later: approval of the samples does not "
         "release bulk. Our PO JH-PO-24-0211 covers the thirty (30) sample pieces only. The 4,800 pieces in "
         "your quotation remain on hold. After our housekeeping panel signs off the samples, I will send a "
         "separate written production release stating the released quantity. Until you have that letter, "
         "please do not start weaving or buy yarn for the 4,800.\n\n"
         "Kind regards,\nReem Al-Otaibi\nSenior Buyer, Jawhara Hotels & Resorts, Jeddah\n"
         "+966 12 614 8800\n\n-----Original Message-----\n" + quote_block(_c12_quoted) + "\n",
         in_reply_to="<h65-sample-dispatch-0319@uludaghavlu.com.tr>"))])


# c13: ERP printout, full quantity uniforms, no balance
_c13 = """\
AL NOOR HOSPITALITY GROUP            PURCHASE ORDER               PAGE 1 OF 1
GROUP PROCUREMENT - DUBAI            PO NO.  4500821              PRINTED 02.04.2024
-------------------------------------------------------------------------------
VENDOR   : 410077  RAVI APPAREL (PVT) LTD, 22-KM FEROZEPUR RD, LAHORE, PAKISTAN
ORDER TY : NB  STANDARD PO - FULL QUANTITY
INCOTERM : FOB KARACHI            PAYMENT : 60 DAYS NET FROM B/L
BUYER    : R. MENON  (EXT 4417)
-------------------------------------------------------------------------------
ITM  MATERIAL     DESCRIPTION                       PLANT   QTY  UN   NET PRICE
-------------------------------------------------------------------------------
010  UNF-HK-TUN   HSKP TUNIC, POLY/COT 65/35, 195GSM ANP1    140  PC       11.40
020  UNF-HK-TUN   HSKP TUNIC, AS ITEM 010           ANP2    120  PC       11.40
030  UNF-HK-TUN   HSKP TUNIC, AS ITEM 010           ANP3    160  PC       11.40
-------------------------------------------------------------------------------
                                          TOTAL QTY     420  PC
                                          TOTAL VALUE   4,788.00 USD
-------------------------------------------------------------------------------
TEXT: PP SAMPLE SIGNED OFF 05.03.2024 REF PPS-0305 (SIZE SET S-XXL).
      THIS PO COVERS THE COMPLETE REQUIREMENT. NO SAMPLE STAGE, NO BALANCE.
      SIZE SPLIT PER ITEM AS PER ANNEX SZ-21 REV 4. CARE LABEL ISO 3758.
      PLANT ANP1 = AL NOOR MARINA, ANP2 = AL NOOR DEIRA, ANP3 = AL NOOR JBR
-------------------------------------------------------------------------------
RELEASED (ERP WORKFLOW) 02.04.2024 BY N.ALSUWAIDI
"""
case("c13_erp_full_qty_uniforms", [],
     "ERP printout: full-quantity PO 420 tunics, items sum to total, 'no sample stage, no balance'",
     [("PO_4500821_print.txt", _c13)])


# ------------------------------------------------------------- batch 2: clean
# c14: procurement-portal PO page with sample line released, production line on hold
case("c14_portal_po_sample_line", [],
     "portal PO: sample line 18 robes released, production line 0 released / 2,400 on hold, unlock by sign-off + named releaser",
     [("GHS_eProcurement_PO_GHS-7731.html", html_page(
         "GHS eProcurement - PO GHS-7731",
         "<h2>Gulf Hospitality Supplies LLC &mdash; eProcurement</h2>\n"
         "<p>Mussafah Industrial Area M-37, Abu Dhabi, UAE &nbsp;|&nbsp; Supplier: <b>Indus Home Textiles, "
         "Karachi</b> (SITE area, vendor IHT-0091)</p>\n"
         "<h3>Purchase order GHS-7731 &nbsp; <small>status: issued 27-Mar-2024</small></h3>\n"
         "<table>\n<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>PO qty</th>"
         "<th>Released</th><th>On hold</th><th>Unit price (AED)</th></tr>\n"
         "<tr><td>1</td><td>BR-SC-380</td><td>Shawl-collar bathrobe, 380 GSM cut-loop terry, white, S/M and L/XL, "
         "client logo embroidery</td><td>sample</td><td>18</td><td>18</td><td>0</td><td>95.00</td></tr>\n"
         "<tr><td>2</td><td>BR-SC-380</td><td>Same article, hotel pre-opening order (Yas Island client)</td>"
         "<td>production</td><td>2,400</td><td>0</td><td>2,400</td><td>41.50</td></tr>\n"
         "</table>\n"
         "<div class=\"note\"><b>Scope note.</b> Released now: line 1, eighteen (18) sample robes. Line 2 "
         "(2,400 robes) is not released and is on hold. Unlock event: sample sign-off by our client's "
         "housekeeping team, followed by a written production release signed by Khalid Mansour, Procurement "
         "Manager. Material authority: sample-only.</div>\n"
         "<p>Delivery of samples: DHL to GHS Mussafah warehouse by 12-Apr-2024. Supplier acknowledgement: "
         "<i>pending</i>.</p>\n"
         "<p><button>Acknowledge scope</button> <button>Ask a question</button></p>"))])


# c15: multi-file bundle, PO + supplier quote; quote quantity declared informational
case("c15_po_plus_quote_informational", [],
     "two files: PO for 24 sample sets declaring the quote's 3,000 for information only / not released; quote with tiers",
     [("PHD-PO-24-0412.pdf", pdf([
         ("h1", "Pennine Hospitality Distribution Ltd"),
         ("p", "Unit 7, Thorpe Park, Leeds LS15 8GB, United Kingdom. VAT GB 318 4471 20."),
         ("h", "Purchase Order PHD-PO-24-0412"),
         ("p", "Supplier: Kaveri Home Linens Pvt. Ltd., Karur, Tamil Nadu, India. Date: 12 April 2024. "
               "Your quotation: KHL/Q/24/061 (attached for reference)."),
         ("table", [
             ["Line", "Article", "Description", "Qty", "Unit", "Price GBP"],
             ["1", "PHD-BL-DK", "Duvet cover double, 200 TC percale, white, 200 x 200 cm", "12", "pcs", "9.80"],
             ["2", "PHD-BL-PC", "Housewife pillowcase, 200 TC percale, 50 x 75 cm", "12", "pcs", "1.60"],
         ]),
         ("sp",),
         ("p", "Scope: this order is for 24 sample pieces (12 duvet covers, 12 pillowcases) for our client "
               "evaluation at the Harrogate and York aparthotels."),
         ("p", "The production quantities shown in your quotation (3,000 and 6,000 sets) are for information "
               "only and are not released by this PO. They stay on hold until the samples pass our 5-wash shrinkage test and "
               "are signed off, and then Daniel Oakes, Commercial Director, issues a written production release."),
         ("p", "Material authority: sample-only. Please do not buy or dye yarn for the production quantity."),
         ("p", "Deliver to: Pennine Hospitality Distribution, goods-in bay 3, by 10 May 2024."),
         ("p", "Issued by: Priya Shah, Buyer."),
     ], title="PO PHD-PO-24-0412", author="Pennine Hospitality Distribution")),
      ("KHL_Q_24_061.pdf", pdf([
         ("h1", "KAVERI HOME LINENS PVT. LTD."),
         ("p", "SF No. 212, Thanthonimalai, Karur 639005, Tamil Nadu, India. GSTIN 33AAFCK2291M1ZQ."),
         ("h", "Quotation KHL/Q/24/061 dated 03.04.2024"),
         ("p", "To: Pennine Hospitality Distribution Ltd, Leeds. Kind attn: Ms. Priya Shah."),
         ("table", [
             ["Article", "Spec", "Sample qty", "Production qty (sets)", "FOB Chennai / set"],
             ["Duvet cover + 2 pillowcases", "200 TC percale, 100% cotton, 40s x 40s, white", "12 + 12 pcs", "3,000", "GBP 11.40"],
             ["same", "same", "-", "6,000", "GBP 10.95"],
         ]),
         ("p", "Sample lead time 15 days; production 60 days from written release. Shrinkage within 3% "
               "(ISO 6330 2A). Prices valid 45 days. Thanking you and assuring our best services."),
         ("p", "For Kaveri Home Linens, Senthil Kumar, Marketing Manager."),
     ], title="Quotation KHL/Q/24/061", author="Kaveri Home Linens"))])


# c16: release letter for the whole remaining balance
case("c16_release_letter_full_balance", [],
     "production release R-02 for 1,850 sets = full remaining balance, after recorded sign-off, signed by named Head of Ops; nothing left on hold",
     [("Production_release_TQ-R-02.docx", docx_bytes([
         ("h1", "Production release R-02"),
         ("p", "Thames Quay Serviced Apartments Ltd, 3 Harbour Exchange Square, London E14 9GE."),
         ("p", "To: Texteis Minho, Lda., Guimaraes. Attn: Rui Carvalho. Date: 24 April 2024."),
         ("p", "Order: PO TQ-24-0091 rev 1 (commercial cover 1,870 sets: 20 sample sets plus 1,850 roll-out sets), "
               "300 TC sateen bed linen sets, white with silver-grey piping."),
         ("p", "Sample sign-off: approved on 22 April 2024 after the shrinkage re-test (2.1% length, limit 3%), "
               "record SSO-0422 signed by Hannah Whitfield."),
         ("table", [
             ["Building", "Sets released"],
             ["Canary Wharf", "420"],
             ["Aldgate", "310"],
             ["King's Cross", "360"],
             ["Battersea", "290"],
             ["Shoreditch", "250"],
             ["Greenwich", "220"],
             ["Total", "1,850"],
         ]),
         ("p", "Released by this letter: 1,850 sets (one thousand eight hundred and fifty), the full roll-out "
               "quantity, split per building as above. Released to date: 1,870 sets including the samples."),
         ("p", "Balance on hold: none. This release covers everything on the PO; no further release will follow."),
         ("p", "Delivery: DDP London, two drops, 31 May and 14 June 2024."),
         ("sp",),
         ("p", "Graham Pike, Head of Operations (release authority)"),
     ], author="Thames Quay Serviced Apartments"))])


# c17: PPAP-like interim disposition with quantity and expiry limit
_c17_txt = (
    "Dear Merve Hanim,\n\n"
    "Thank you for the 12 sample robes and the test report TR-0412.\n\n"
    "Sample disposition: INTERIM (not a full sign-off). Hand-feel, colour and embroidery are fine. The "
    "20-wash durability result is not in yet (lab slot 22 April), so we cannot give the final sign-off.\n\n"
    "To protect the opening of Qasr Al Malqa, I am releasing a limited quantity now:\n"
    "- Released now: 300 robes (three hundred) of the 2,400 on PO QR-PO-55188, for Qasr Al Malqa only.\n"
    "- This interim release is valid for robes finished by 30 June 2024.\n"
    "- The remaining 2,100 robes are not released and stay on hold until the 20-wash test passes, the final "
    "sample sign-off is recorded, and I send a further written production release.\n"
    "- Material authority: you may dye yarn for the 300 robes only.\n\n"
    "Best regards,\nFaisal Al-Harbi\nProcurement Director, Qasr Residences, Riyadh\n+966 11 460 2200\n")
_c17_html = (
    "<p>Dear Merve Hanim,</p><p>Thank you for the 12 sample robes and the test report TR-0412.</p>"
    "<p><b>Sample disposition: INTERIM</b> (not a full sign-off). Hand-feel, colour and embroidery are fine. "
    "The 20-wash durability result is not in yet (lab slot 22 April), so we cannot give the final sign-off.</p>"
    "<p>To protect the opening of Qasr Al Malqa, I am releasing a limited quantity now:</p><ul>"
    "<li><b>Released now: 300 robes</b> (three hundred) of the 2,400 on PO QR-PO-55188, for Qasr Al Malqa only.</li>"
    "<li>This interim release is valid for robes finished by 30 June 2024.</li>"
    "<li>The remaining <b>2,100 robes are not released</b> and stay on hold until the 20-wash test passes, the "
    "final sample sign-off is recorded, and I send a further written production release.</li>"
    "<li>Material authority: you may dye yarn for the 300 robes only.</li></ul>"
    "<p>Best regards,<br>Faisal Al-Harbi<br>Procurement Director, Qasr Residences, Riyadh<br>+966 11 460 2200</p>")
case("c17_interim_disposition_limits", [],
     "interim disposition releasing 300 of 2,400 with expiry; 2,100 on hold until final sign-off + written release by the named sender",
     [("Sample_disposition_QR-PO-55188.eml", mail(
         "Faisal Al-Harbi <f.alharbi@qasrresidences.sa>",
         "Merve Yilmaz <merve.yilmaz@pamukkaletekstil.com.tr>",
         "Sample disposition - bathrobes QR-PO-55188",
         "Mon, 15 Apr 2024 10:20:00 +0300", _c17_txt, html=_c17_html,
         cc="Sameer Qureshi <s.qureshi@qasrresidences.sa>"))])


# c18: stop notice
case("c18_stop_notice", [],
     "stop notice: 1.200 delivered, nothing further released, 3.600 on hold, stop lifted only in writing by named director after investigation",
     [("GHM_aviso_STOP_24-131.pdf", pdf([
         ("h1", "STOP NOTICE / AVISO DE PARADA"),
         ("p", "Grupo Hotelero Mediterraneo S.L., Departamento de Compras, Passeig de Gracia 112, 08008 Barcelona."),
         ("p", "To: Kaveri Home Linens Pvt. Ltd., Karur. Attn: Mr. Senthil Kumar. Date: 06.05.2024."),
         ("p", "Order: PO GHM-COMP-24/131, bath towels 600 g/m2, 70 x 140 cm, total PO quantity 4.800 uds."),
         ("table", [
             ["Item", "Quantity (uds)"],
             ["Released to date (lot 1, delivered 22.04.2024)", "1.200"],
             ["Released by this notice", "0"],
             ["On hold (rest of the PO)", "3.600"],
         ]),
         ("p", "Reason: guest complaints at Hotel Mar Blau Tossa; our lab measured 7,5% length shrinkage after "
               "three washes at 60 C on lot 1 (report LAB-2024-118), against a 5% limit."),
         ("p", "Stop: from receipt of this notice do not start weaving, cutting, hemming or finishing anything "
               "further on this PO, released or not, and do not buy further yarn. No further quantity is "
               "released. The remaining 3.600 towels stay on hold."),
         ("p", "The stop remains in force until it is lifted in writing by Jordi Puig, Director de Operaciones, "
               "after the shrinkage investigation LAB-2024-118 is closed. Please send your 8D report by 17.05.2024."),
         ("sp",),
         ("p", "Lucia Ferrer, Directora de Compras"),
     ], title="Stop notice GHM-COMP-24/131", author="Grupo Hotelero Mediterraneo"))])


# c19: supplier status report, nothing bought for bulk
_c19_txt = (
    "Dear Rahul,\n\n"
    "Good news, the sample lot is on the way.\n\n"
    "PO 4500829 - sample slippers\n"
    "* 36 pairs (12 pairs x 3 styles: open-toe terry, closed-toe waffle, kids) shipped today by DHL, "
    "AWB 57 1180 2264\n"
    "* Test report SGS NB24-03311 (formaldehyde, azo) attached to DHL docs\n"
    "* For the bulk 9,000 pairs we have NOT bought EVA or terry fabric. We are waiting for your written "
    "release, no production and no material purchase before that.\n\n"
    "Please tell us the comments of your housekeeping team when samples arrive.\n\n"
    "Best regards\nKevin Zhou\nNingbo Haoyu Slippers Co., Ltd.\n")
_c19_pl = html_page(
    "Packing list - PO 4500829 samples",
    "<h3>NINGBO HAOYU SLIPPERS CO., LTD. &mdash; PACKING LIST</h3>\n"
    "<p>Consignee: Al Noor Hospitality Group, Group Procurement, Dubai. Ref: PO 4500829 (samples). "
    "Courier: DHL Express, AWB 57 1180 2264, 1 carton, 6.2 kg, 48 x 36 x 30 cm.</p>\n"
    "<table>\n<tr><th>Style</th><th>Description</th><th>Pairs</th></tr>\n"
    "<tr><td>HY-OT-220</td><td>Open-toe terry slipper, 5 mm EVA, white</td><td>12</td></tr>\n"
    "<tr><td>HY-CW-310</td><td>Closed-toe waffle slipper, 6 mm EVA, white, logo</td><td>12</td></tr>\n"
    "<tr><td>HY-KD-110</td><td>Kids slipper, terry, 22 cm</td><td>12</td></tr>\n"
    "<tr><td colspan=\"2\">Total</td><td>36</td></tr>\n</table>\n"
    "<p>Samples of no commercial value, value for customs USD 54.00.</p>")
case("c19_supplier_status_nothing_bought", [],
     "supplier status: 36 sample pairs shipped; explicitly no material bought for bulk 9,000, waiting for written release",
     [("Sample_shipment_PO_4500829.eml", mail(
         "Kevin Zhou <kevin@haoyuslippers.com>",
         "Rahul Menon <rahul.menon@alnoorhospitality.ae>",
         "PO 4500829 sample slippers shipped",
         "Fri, 29 Mar 2024 17:02:00 +0800", _c19_txt,
         html="<p>Dear Rahul,</p><p>Good news, the sample lot is on the way.</p><p><b>PO 4500829 - sample slippers</b></p>"
              "<ul><li>36 pairs (12 pairs x 3 styles: open-toe terry, closed-toe waffle, kids) shipped today by DHL, "
              "AWB 57 1180 2264</li><li>Test report SGS NB24-03311 (formaldehyde, azo) attached to DHL docs</li>"
              "<li>For the bulk 9,000 pairs we have <b>NOT</b> bought EVA or terry fabric. We are waiting for your "
              "written release, no production and no material purchase before that.</li></ul>"
              "<p>Please tell us the comments of your housekeeping team when samples arrive.</p>"
              "<p>Best regards<br>Kevin Zhou<br>Ningbo Haoyu Slippers Co., Ltd.</p>",
         attachments=[("Packing_list_PO_4500829_samples.html", _c19_pl, HTML_MT)]))])


# c20: buyer asks to pencil in capacity, labelled forecast, not an order
case("c20_teams_capacity_forecast", [],
     "chat: buyer asks supplier to pencil capacity for ~5,000 bath sheets, explicitly a forecast, not an order, no yarn",
     [("Teams_chat_Pennine_Indus.txt",
       "Microsoft Teams - chat export\nParticipants: Priya Shah (Pennine Hospitality Distribution), "
       "Ayesha Siddiqui (Indus Home Textiles)\nExported: 18/04/2024 17:40\n\n"
       "[18/04/2024 14:02] Priya Shah: Hi Ayesha, quick one before the weekend\n"
       "[18/04/2024 14:03] Priya Shah: we're pitching for the towel contract at a Harrogate hotel group in May. "
       "If we win it, it's roughly 5,000 bath sheets (600gsm, 90x160) for Q3 delivery\n"
       "[18/04/2024 14:03] Priya Shah: could you pencil in loom capacity for that? This is a forecast for your "
       "planning only - not an order, not a release, please don't buy any yarn against it\n"
       "[18/04/2024 14:11] Ayesha Siddiqui: Hi Priya! Sure, I'll note it as tentative in our plan for weeks 27-32. "
       "Nothing purchased until you send a PO and release\n"
       "[18/04/2024 14:12] Ayesha Siddiqui: when will you know?\n"
       "[18/04/2024 14:15] Priya Shah: decision on 24 May, I'll message you the same day either way\n"
       "[18/04/2024 14:15] Ayesha Siddiqui: \U0001F44D thanks, have a good weekend\n")])


# c21: forwarded old quote (message/rfc822) declared informational
_c21_old = mail(
    "Cindy Wang <cindy@jiayihotelsupplies.cn>",
    "Rahul Menon <rahul.menon@alnoorhospitality.ae>",
    "Quotation amenity kits - Al Noor new brand standard",
    "Mon, 20 Nov 2023 10:05:00 +0800",
    "Dear Rahul,\n\nAs discussed in Canton Fair, please see our offer:\n\n"
    "Guest amenity kit (dental kit, vanity kit, shower cap, 3 x 30 ml bottles), kraft box with logo hot-stamp\n"
    "- 50 sample kits: USD 2.10 / kit\n- 10,000 kits: USD 0.86 / kit\n- 30,000 kits: USD 0.79 / kit\n\n"
    "Lead time 35 days after sample confirmation. Best regards, Cindy\n")
case("c21_forwarded_old_quote_info", [],
     "forwarded rfc822 old quote with 10,000 kits declared indicative/not released; PO 50 sample kits, balance on hold until named GPM's written release after panel sign-off",
     [("FW_amenity_kit_quotation.eml", mail(
         "Rahul Menon <rahul.menon@alnoorhospitality.ae>",
         "Cindy Wang <cindy@jiayihotelsupplies.cn>",
         "FW: Quotation amenity kits - PO 4500835 for samples",
         "Tue, 02 Apr 2024 08:47:00 +0400",
         "Dear Cindy,\n\n"
         "Please find our PO 4500835 in the portal today. I am forwarding your November quotation below for "
         "reference only. The 10,000 kits mentioned there are indicative and are not released.\n\n"
         "PO 4500835 covers fifty (50) sample kits only, with the new kraft box and the hot-stamped logo. The "
         "balance of the programme is not released. It will be released only by a written production release "
         "signed by Noura Al Suwaidi, Group Procurement Manager, after our guest-experience panel has signed off "
         "the sample kits. Please buy packaging and bottles for the 50 sample kits only.\n\n"
         "Shampoo fragrance: please use the 'white tea' reference FR-2207, not the citrus one.\n\n"
         "Thanks and regards,"
         + sig("Rahul Menon", "Category Buyer, Rooms Division", "Al Noor Hospitality Group, Dubai"),
         attachments=[("rfc822", _c21_old)]))])


# c22: Spanish full-quantity PO, European number format
case("c22_spanish_full_qty_po", [],
     "Spanish PO for the full 1.200 bathrobes, per-hotel split sums to 1.200, no sample stage, no balance; European numbers",
     [("GHM_Pedido_COMP-24-140.pdf", pdf([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER GHM-COMP-24/140"),
         ("p", "Grupo Hotelero Mediterraneo S.L., CIF B-08412377, Passeig de Gracia 112, 08008 Barcelona, Espana."),
         ("p", "Proveedor / Supplier: Indus Home Textiles, Plot F-48, SITE, Karachi, Pakistan. Fecha: 09.04.2024. "
               "Incoterm: CIF Barcelona. Pago: 60 dias fecha B/L."),
         ("table", [
             ["Hotel", "Articulo", "Descripcion", "Cantidad (uds)", "Precio EUR", "Importe EUR"],
             ["Hotel Mar Blau, Tossa", "ALB-400", "Albornoz rizo 400 g/m2, cuello chal, blanco, talla unica", "300", "14,20", "4.260,00"],
             ["Hotel Cala Fornells", "ALB-400", "idem", "250", "14,20", "3.550,00"],
             ["Hotel Sitges Centre", "ALB-400", "idem", "400", "14,20", "5.680,00"],
             ["Hotel Lloret Platja", "ALB-400", "idem", "250", "14,20", "3.550,00"],
             ["Total", "", "", "1.200", "", "17.040,00"],
         ]),
         ("sp",),
         ("p", "Pedido en firme por la cantidad total: 1.200 albornoces. No hay fase de muestras ni saldo "
               "pendiente; la muestra de preproduccion fue firmada el 14.02.2024 (ref. MPP-0214)."),
         ("p", "English: firm order for the full quantity of 1.200 bathrobes. There is no sample stage and no "
               "balance. Please proceed with production of the 1.200 pcs, split per hotel as above."),
         ("p", "Peso aprox. 1,1 kg/ud. Embalaje: 10 uds por caja, cajas marcadas por hotel. Etiquetado de "
               "cuidado segun ISO 3758."),
         ("p", "Firmado: Lucia Ferrer, Directora de Compras."),
     ], title="Pedido GHM-COMP-24/140", author="Grupo Hotelero Mediterraneo"))])


# c23: specification pack, not an authorization
case("c23_spec_pack_no_authority", [],
     "DOCX specification pack (GSM, sizes, tests); states it is not a PO and authorizes no production or material",
     [("ABR_Towel_Spec_Pack_v3.docx", docx_bytes([
         ("h1", "Andaman Bay Resorts - Guest Room Terry Specification Pack v3"),
         ("p", "Prepared by: Nattapong Srisuk, Executive Housekeeper, with Purchasing. Issue date: 01 March 2024."),
         ("p", "Purpose: technical reference for mills quoting the 2024 terry refresh. This specification pack is "
               "not a purchase order, releases no production and authorizes no material purchase. Quantities "
               "are given only on numbered POs and written production releases."),
         ("table", [
             ["Article", "Size (cm)", "Weight", "Yarn", "Border", "Tolerance"],
             ["Bath towel", "70 x 140", "650 GSM", "Ne 16/1 ring-spun combed, zero-twist pile", "Dobby, 6 cm, jacquard 'AB' logo", "+/- 3% size, +/- 5% GSM"],
             ["Hand towel", "50 x 90", "600 GSM", "as bath towel", "as bath towel", "as bath towel"],
             ["Face cloth", "30 x 30", "550 GSM", "as bath towel", "plain", "as bath towel"],
             ["Pool towel", "90 x 180", "550 GSM", "Ne 12/1 open-end allowed", "striped, teal/sand", "+/- 3% size"],
         ]),
         ("h", "Tests"),
         ("li", "Dimensional change after 5 washes at 60 C (ISO 6330 / ISO 5077): max 5% length and width."),
         ("li", "Colour fastness to washing ISO 105-C06 C2S: grade 4 minimum; to chlorine ISO 105-E03: grade 4."),
         ("li", "Absorbency (drop test, ASTM D4772 method): under 10 seconds after first wash."),
         ("h", "Par levels (for information)"),
         ("p", "Resort standard is 3 par per room for towels: one in room, one in laundry, one on shelf. "
               "Opening stock is planned separately for each property by Purchasing."),
         ("p", "Hand-feel samples: 2 pcs per article, labelled with mill name, quality code and GSM measured."),
     ], author="Andaman Bay Resorts"))])


# c24: explicit staged material authority, release with PDF attachment
_c24_pdf = pdf([
    ("h1", "Production release TQ-R-03"),
    ("p", "Thames Quay Serviced Apartments Ltd to Panipat Weaves Pvt. Ltd., Panipat, Haryana. Date 02 May 2024."),
    ("p", "Order: PO TQ-24-0133, waffle bathrobes 300 GSM, white, unisex M/L and XL, 1,000 robes commercial cover."),
    ("table", [
        ["", "Robes"],
        ["Released now (Lot A)", "200"],
        ["Material authority (staged, dyed yarn)", "up to 1,000"],
        ["Balance on hold", "800"],
    ]),
    ("p", "Released now: 200 robes (Lot A). Material authority: staged; you may buy and dye yarn for up to "
          "1,000 robes at our liability; no weaving of fabric, cutting or sewing beyond the 200 released robes."),
    ("p", "Balance on hold: 800 robes are not released until the 20-wash test on Lot A passes and is signed off, "
          "and Graham Pike, Head of Operations, sends a written production release."),
    ("p", "Signed: Graham Pike, Head of Operations."),
], title="Release TQ-R-03", author="Thames Quay Serviced Apartments")
case("c24_staged_yarn_authority", [],
     "release 200 robes; explicit staged yarn authority up to 1,000 at buyer's liability; 800 on hold until wash-test sign-off + named releaser",
     [("Release_TQ-R-03_robes.eml", mail(
         "Hannah Whitfield <hannah.whitfield@thamesquay.co.uk>",
         "Vikram Arora <vikram@panipatweaves.in>",
         "PO TQ-24-0133 robes - release TQ-R-03 (Lot A)",
         "Thu, 02 May 2024 12:30:00 +0100",
         "Hi Vikram,\n\n"
         "Attached is release TQ-R-03 signed by Graham.\n\n"
         "In short: 200 robes are released now (Lot A). Because the dyehouse lead time is long, we are also "
         "giving you a staged material authority: you may dye yarn for up to 1,000 robes at our liability, but "
         "please don't weave, cut or sew beyond the 200. The other 800 robes are not released until Lot A passes "
         "the 20-wash test and Graham Pike sends the written release for them.\n\n"
         "Shipping marks as before; ETD Mundra by 14 June please.\n\n"
         "Thanks,\nHannah"
         + sig("Hannah Whitfield", "Procurement Lead", "Thames Quay Serviced Apartments Ltd, London",
               "+44 20 7946 0123"),
         attachments=[("Release_TQ-R-03.pdf", _c24_pdf, PDF_MT)]))])


# c25: supplier asks for the green light (quoted); buyer reply keeps the balance closed
_c25_q = (
    "From: Muhammad Usman <usman@crescentterry.pk>\n"
    "Sent: Sunday, April 14, 2024 11:02 AM\n"
    "Subject: GHS-7745 hand towels\n\n"
    "Dear Khalid Sb,\n"
    "Samples (20 sets) delivered to your Mussafah warehouse on Thursday, POD attached.\n"
    "Do we have the green light for the 1,980 sets? Our yarn supplier is asking for\n"
    "booking this week.\n"
    "Regards, Usman\n")
case("c25_buyer_answers_not_yet", [],
     "quoted supplier question about green light; buyer answer: 20 sample sets only, 1,980 on hold until client GM sign-off + written release by sender",
     [("RE_GHS-7745_hand_towels.eml", mail(
         "Khalid Mansour <khalid.mansour@gulfhospitality.ae>",
         "Muhammad Usman <usman@crescentterry.pk>",
         "RE: GHS-7745 hand towels",
         "Sun, 14 Apr 2024 13:40:00 +0400",
         "Dear Usman,\n\n"
         "Not yet. The 20 sample sets are all that is released on GHS-7745. The balance of 1,980 sets stays on "
         "hold; please tell your yarn supplier not to book anything for it.\n\n"
         "Our client's GM at the Yas Island hotel will review the samples with housekeeping on 22 April. Only "
         "after he signs off the samples will I send you a written production release with the quantity.\n\n"
         "Regards,\nKhalid Mansour\nProcurement Manager\nGulf Hospitality Supplies LLC, Abu Dhabi\n"
         "+971 2 550 3100\n\n" + quote_block(_c25_q) + "\n",
         in_reply_to="<h65-ghs7745-0414@crescentterry.pk>"))])


# ------------------------------------------------------------- batch 3: risky
# p01: sample PO with a roll-out column nobody labels
case("p01_po_rollout_column", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 24 pcs shows per-property roll-out qty (6,720) with no 'not released'/'info' label; no hold, event or release person",
     [("ANH_PO_4500842.pdf", pdf([
         ("h1", "Al Noor Hospitality Group - Purchase Order 4500842"),
         ("p", "Group Procurement, Al Noor Tower, Sheikh Zayed Road, PO Box 118822, Dubai, UAE. TRN 100248771600003."),
         ("p", "Supplier: Crescent Terry Mills (Pvt) Ltd, Faisalabad, Pakistan (vendor 410052). "
               "Your quotation CTM-Q-2407 dated 11.03.2024. PO date: 18 March 2024."),
         ("p", "Subject: hand-feel sample sets, guest-room terry, 700/600 GSM with jacquard logo border."),
         ("table", [
             ["Pilot property", "Bath towel 70x140 (samples)", "Hand towel 50x90 (samples)", "Roll-out bath towel", "Roll-out hand towel"],
             ["Al Noor Marina", "4", "4", "1,260", "1,260"],
             ["Al Noor Deira", "4", "4", "980", "980"],
             ["Al Noor JBR", "4", "4", "1,120", "1,120"],
             ["Total", "12", "12", "3,360", "3,360"],
         ]),
         ("sp",),
         ("p", "Please supply the 24 hand-feel sample pieces above for our pre-opening evaluation, packed and "
               "labelled per property. Sample price as per your quotation: bath USD 14.00, hand USD 9.00."),
         ("p", "Delivery: courier DAP Al Noor Marina, attention Mr. Joseph D'Souza (Executive Housekeeper), "
               "by 04 April 2024. Invoice to Group Procurement quoting PO 4500842."),
         ("p", "General terms: Al Noor Group purchasing conditions GPC-2023 apply. Please acknowledge within 2 working days."),
         ("p", "Issued by: Rahul Menon, Category Buyer, Rooms Division."),
     ], title="PO 4500842", author="Al Noor Hospitality Group"))])


# p02: sample PO email with the quote attached (quote shows the production qty)
_p02_po = pdf([
    ("h1", "QASR RESIDENCES - PURCHASE ORDER QR-PO-55170"),
    ("p", "Qasr Residences Co., King Fahd Road, Al Olaya, Riyadh 12214, KSA. VAT 310122984500003."),
    ("p", "Supplier: Pamukkale Tekstil San. ve Tic. A.S., Denizli, Turkiye. Date: 07 March 2024."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price EUR", "Total EUR"],
        ["1", "Waffle bathrobe WR-280, sand, kimono collar, logo embroidery left chest, size L/XL", "12", "32.00", "384.00"],
    ]),
    ("p", "Delivery: courier DAP Riyadh, Qasr Olaya, attn. Housekeeping. Payment: 30 days from invoice."),
    ("p", "Buyer: Sameer Qureshi."),
], title="QR-PO-55170", author="Qasr Residences")
_p02_quote = pdf([
    ("h1", "PAMUKKALE TEKSTIL - TEKLIF / QUOTATION PMK-Q-0311"),
    ("p", "Customer: Qasr Residences, Riyadh. Date: 01.03.2024. Article WR-280 waffle bathrobe, 100% cotton, 280 GSM."),
    ("table", [
        ["Stage", "Quantity", "Price EUR / pc", "Lead time"],
        ["Samples", "12 pcs", "32.00", "10 days"],
        ["Production", "2,400 pcs", "18.90", "50 days"],
    ]),
    ("p", "Prices ex-works Denizli. Embroidery included, one position, up to 9,000 stitches."),
], title="PMK-Q-0311", author="Pamukkale Tekstil")
case("p02_po_email_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 12 robes sent with quote showing 2,400 production; nothing says the 2,400 is not released or who/what unlocks it",
     [("QR-PO-55170_waffle_robes.eml", mail(
         "Sameer Qureshi <s.qureshi@qasrresidences.sa>",
         "Merve Yilmaz <merve.yilmaz@pamukkaletekstil.com.tr>",
         "QR-PO-55170 - waffle robes",
         "Thu, 07 Mar 2024 13:15:00 +0300",
         "Dear Merve,\n\n"
         "Further to our call on Tuesday, please find attached our purchase order QR-PO-55170 for the 12 waffle "
         "robes in sand, together with your quotation PMK-Q-0311 for easy reference (samples 12 pcs, production "
         "2,400 pcs at EUR 18.90).\n\n"
         "Embroidery: please use the logo file we shared on WeTransfer (QR_logo_gold_v4.dst), thread colour "
         "Madeira 1025. Care label in English and Arabic.\n\n"
         "Our new buildings in Al Malqa and the Diplomatic Quarter open in Q3, so the timing is important for us. "
         "Looking forward to a long partnership.\n\nBest regards,"
         + sig("Sameer Qureshi", "Senior Buyer, FF&E and OS&E", "Qasr Residences Co., Riyadh", "+966 11 460 2231"),
         attachments=[("QR-PO-55170.pdf", _p02_po, PDF_MT), ("PMK-Q-0311.pdf", _p02_quote, PDF_MT)]))])


# p03: ERP sample PO printout quoting the production quantity in the text block
_p03 = """\
PENNINE HOSPITALITY DISTRIBUTION LTD                        PURCHASE ORDER
UNIT 7 THORPE PARK LEEDS LS15 8GB                           NUMBER: PHD-PO-24-0388
                                                            DATE  : 25/03/2024
SUPPLIER: INDUS-01  INDUS HOME TEXTILES, PLOT F-48, SITE, KARACHI
ORDER TYPE: SAMPLE                     CURRENCY: GBP        TERMS: 30 DAYS
DELIVER TO: GOODS IN BAY 3, THORPE PARK
---------------------------------------------------------------------------
LN  PART NO.      DESCRIPTION                         QTY  UOM   PRICE    VALUE
---------------------------------------------------------------------------
01  BS-600-90180  BATH SHEET 600GSM 90X180 WHITE       10  EA    9.50    95.00
                  DOBBY BORDER, 100% COTTON RING SPUN
02  BS-600-90180  BATH SHEET 600GSM 90X180 STONE       10  EA    9.50    95.00
---------------------------------------------------------------------------
                                             TOTAL    20  EA           190.00
---------------------------------------------------------------------------
NOTES:
  QUOTE REF IHT-Q-118: QUOTED PRODUCTION QTY 2,000 PCS @ GBP 4.10
  (1,000 WHITE / 1,000 STONE). LEAD TIME 45 DAYS.
  SAMPLES FOR HOTEL CLIENT PRESENTATION W/C 22/04/2024.
  SHRINKAGE MAX 5% AFTER 3 WASHES 60C (ISO 6330). OEKO-TEX 100.
---------------------------------------------------------------------------
ENTERED BY: PSHAH                        PAGE 1/1
"""
case("p03_erp_sample_po_quote_qty", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO (20 pcs) notes quoted production qty 2,000 with no 'not released'; no hold, no unlock event, no release person",
     [("PHD-PO-24-0388.txt", _p03)])


# p04: portal PO page showing a project quantity beside the sample line
case("p04_portal_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO: 30 sample pcs with 'project quantity 4,800' field and no scope note; balance never held, no event, no person",
     [("Jawhara_eProcurement_JH-PO-24-0230.html", html_page(
         "Jawhara eProcurement - JH-PO-24-0230",
         "<h2>Jawhara Hotels &amp; Resorts &mdash; eProcurement</h2>\n"
         "<p>Supplier: <b>Uludag Havlu Tekstil A.S.</b>, Bursa (vendor 300715) &nbsp;|&nbsp; Buyer: Reem Al-Otaibi"
         " &nbsp;|&nbsp; Created 25-Mar-2024</p>\n"
         "<h3>Purchase order JH-PO-24-0230 &mdash; Bath linen, Jeddah Corniche re-launch</h3>\n"
         "<table>\n<tr><th>Field</th><th>Value</th></tr>\n"
         "<tr><td>PO type</td><td>Standard</td></tr>\n"
         "<tr><td>Line 1</td><td>Bath sheet 90 x 180 cm, 650 GSM, zero-twist, white, jacquard 'J' border &mdash; 15 pcs</td></tr>\n"
         "<tr><td>Line 2</td><td>Bath mat 50 x 80 cm, 900 GSM, white &mdash; 15 pcs</td></tr>\n"
         "<tr><td>Project quantity</td><td>4,800 pcs (2,400 bath sheets + 2,400 bath mats)</td></tr>\n"
         "<tr><td>Project value (est.)</td><td>SAR 186,720.00</td></tr>\n"
         "<tr><td>Delivery</td><td>Samples by courier to Jeddah Corniche, Housekeeping, by 15-Apr-2024</td></tr>\n"
         "<tr><td>Attachments</td><td>Spec_JH_bath_v2.pdf, Logo_J_border.ai</td></tr>\n"
         "</table>\n"
         "<p>Remarks: please send the 30 sample pieces (15 + 15) with the mill test report. Invoice quoting the PO number.</p>\n"
         "<p><button>Acknowledge</button> <button>Decline</button></p>"))])


# p05: two files - Spanish sample PO (DOCX) + the mill's offer (PDF) with the 4.000 sets
case("p05_pedido_plus_offer", ["RG001", "RG003", "RG004", "RG005"],
     "two files: sample PO for 40 sets 'segun su oferta' + offer showing 4.000 production sets; no hold, event or release person",
     [("GHM_Pedido_COMP-24-122.docx", docx_bytes([
         ("h1", "Pedido de compra GHM-COMP-24/122"),
         ("p", "Grupo Hotelero Mediterraneo S.L. - Departamento de Compras - Passeig de Gracia 112, 08008 Barcelona"),
         ("p", "Proveedor: Texteis Minho, Lda., Guimaraes, Portugal. Segun su oferta TM-OF-0211. Fecha: 26.02.2024."),
         ("table", [
             ["Hotel", "Juegos sabana king 300 hilos (muestra)"],
             ["Mar Blau, Tossa", "8"],
             ["Cala Fornells", "8"],
             ["Sitges Centre", "8"],
             ["Lloret Platja", "8"],
             ["Sant Antoni", "8"],
             ["Total", "40"],
         ]),
         ("p", "English: please supply 40 sample sets (8 per hotel) as per your offer TM-OF-0211, for the 2024 "
               "room refresh. Each set: flat sheet 290 x 300 cm, fitted sheet 200 x 200 x 35 cm, 2 pillowcases 50 x 80 cm."),
         ("p", "Entrega: DAP Barcelona, almacen central, antes del 22.03.2024. Factura con referencia del pedido."),
         ("p", "Atentamente, Lucia Ferrer, Directora de Compras"),
     ], author="GHM Compras")),
      ("TM-OF-0211_oferta.pdf", pdf([
         ("h1", "TEXTEIS MINHO, LDA. - OFERTA / OFFER TM-OF-0211"),
         ("p", "Cliente: Grupo Hotelero Mediterraneo, Barcelona. Data: 19.02.2024."),
         ("table", [
             ["Artigo", "Descricao", "Amostras", "Producao", "Preco EUR / jogo"],
             ["JS-TC300-KG", "Jogo lencol king, percal 300 fios, branco optico", "40 jogos", "4.000 jogos", "38,50 (amostra) / 21,75 (producao)"],
         ]),
         ("p", "Prazo: amostras 3 semanas; producao 8 semanas. Encolhimento max. 3% (ISO 5077). Validade 60 dias."),
         ("p", "Rui Carvalho, Export Manager"),
     ], title="Oferta TM-OF-0211", author="Texteis Minho"))])


# p06: WhatsApp sample request, nothing about the rest
case("p06_whatsapp_bare_sample_request", ["RG003", "RG004", "RG005"],
     "chat: buyer asks for 12 sample robes for a pre-opening; never says the rest is not released, no unlock event, no release person",
     [("WhatsApp_Chat_Ayesha_Indus.txt", chat([
         ("02/04/2024, 09:31", "Khalid Mansour", "Good morning Ayesha, hope all well in Karachi"),
         ("02/04/2024, 09:33", "Khalid Mansour", "We have a new hotel client on Saadiyat, opening in September. They like your shawl-collar robe from Hotelex"),
         ("02/04/2024, 09:34", "Khalid Mansour", "Please send 6 robes in S/M and 6 in L/XL, white, 380 gsm, with their logo on the chest. Total 12. PO GHS-7760 will come from the portal today"),
         ("02/04/2024, 09:52", "Ayesha Siddiqui", "Good morning Khalid sahib! Noted, 12 pcs, 6 S/M + 6 L/XL. Logo file pls?"),
         ("02/04/2024, 09:55", "Khalid Mansour", "<attached: Saadiyat_logo_navy.pdf>"),
         ("02/04/2024, 09:58", "Ayesha Siddiqui", "Received. Embroidery navy thread, 7cm width ok?"),
         ("02/04/2024, 10:01", "Khalid Mansour", "7cm ok. Courier to our Mussafah warehouse please, need them before 20th"),
         ("02/04/2024, 10:02", "Ayesha Siddiqui", "Inshallah dispatch on 15th by DHL \U0001F64F"),
     ]))])


# p07: sample PO where the quantity is "as per quotation"
case("p07_sample_po_qty_per_quote", ["RG003", "RG004", "RG005", "RG010"],
     "sample PO lists 'as per quotation' instead of a quantity; never holds the balance, no unlock event, no release person",
     [("ABR_PO_240402_amenities.pdf", pdf([
         ("h1", "ANDAMAN BAY RESORTS - PURCHASE ORDER ABR-240402"),
         ("p", "Andaman Bay Resorts Co., Ltd., 88/8 Moo 5, Karon, Mueang Phuket 83100, Thailand."),
         ("p", "Supplier: Yangzhou Jiayi Hotel Supplies Co., Ltd., Yangzhou, Jiangsu, China. Date: 02 April 2024."),
         ("table", [
             ["Line", "Item", "Description", "Quantity", "Price"],
             ["1", "AMK-SPA", "Spa amenity kit, bamboo box, lemongrass range, all variants in your quotation JY-Q-2402", "as per quotation", "as per quotation"],
             ["2", "SLP-BAM", "Bamboo-fibre slipper with EVA sole, natural colour", "as per quotation", "as per quotation"],
         ]),
         ("sp",),
         ("p", "Purpose: pre-production samples for the villa refresh at Andaman Bay Kata and Khao Lak."),
         ("p", "Fragrance reference: lemongrass and ginger, IFRA certificate required. Bottle: 40 ml amber PET, "
               "flip-top cap. Printing: one colour, brown, logo file ABR-AMN-2024.ai."),
         ("p", "Delivery: courier to Andaman Bay Kata, attention Khun Nattapong Srisuk, Executive Housekeeper."),
         ("p", "Issued by: Siriporn Chaiyaporn, Purchasing Manager."),
     ], title="PO ABR-240402", author="Andaman Bay Resorts"))])


# p08: DOCX PO: hold without an event; T&C clause ties production to the down payment
case("p08_hold_no_event_downpayment", ["RG004", "RG012"],
     "36 sample pcs, 3,564 on hold 'until further notice' (no event) with named releaser; terms say production commences on receipt of down payment",
     [("QR-PO-55201_terry.docx", docx_bytes([
         ("h1", "Qasr Residences - Purchase Order QR-PO-55201"),
         ("p", "Supplier: Crescent Terry Mills (Pvt) Ltd, Faisalabad. Attn: Mr. Muhammad Usman. Date: 21 March 2024."),
         ("table", [
             ["Line", "Article", "Description", "Qty now", "Quoted total"],
             ["1", "BT-700", "Bath towel 700 GSM, 70 x 140 cm, white, jacquard QR border", "12", "1,200"],
             ["2", "HT-600", "Hand towel 600 GSM, 50 x 90 cm", "12", "1,200"],
             ["3", "FC-550", "Face cloth 550 GSM, 30 x 30 cm", "12", "1,200"],
         ]),
         ("p", "Quantity authorized now: thirty-six (36) sample pieces, 12 per article."),
         ("p", "The balance of 3,564 pieces is not released and remains on hold until further notice. "
               "Mr. Faisal Al-Harbi, Procurement Director, is the only person who may lift the hold."),
         ("h", "Commercial terms"),
         ("num", "Prices FOB Karachi, in USD, as per quotation CTM-Q-2419."),
         ("num", "Payment: 30% down payment by TT, balance against copy of shipping documents."),
         ("num", "Production shall commence upon receipt of the 30% down payment by the Supplier."),
         ("num", "Delivery: samples by courier within 15 days; bulk shipment 60 days from the down payment."),
         ("num", "Qasr Residences general purchasing terms QR-GPT-2022 apply."),
         ("sp",),
         ("p", "Sameer Qureshi, Senior Buyer"),
     ], author="Qasr Residences"))])


# p09: chat: buyer asks for 30 sample pcs while the PO says 20; balance parked with no event
case("p09_chat_qty_mismatch_parked", ["RG004", "RG011"],
     "chat: PO 4500851 is for 20 sample pcs, buyer then asks for 30 and says PO stays as is; bulk on hold until further notice, only the sender releases",
     [("WhatsApp_Chat_Emre_Uludag.txt", chat([
         ("03/04/2024, 11:05", "Rahul Menon", "Hi Emre, PO 4500851 sent by email just now: 20 sample pcs bath sheet 90x180, 600 gsm, white. Pls confirm receipt"),
         ("03/04/2024, 11:20", "Emre Kaya", "Hello Rahul Bey, received thank you. 20 pcs, we start tomorrow"),
         ("03/04/2024, 11:22", "Emre Kaya", "And for bulk 3,000 pcs, when do you think?"),
         ("03/04/2024, 11:40", "Rahul Menon", "Bulk stays on hold until further notice. Only I can release it, don't plan anything yet"),
         ("03/04/2024, 16:48", "Rahul Menon", "Emre one more thing. For the samples pls make 30 pcs, 10 for each of the 3 pilot hotels. PO stays as it is, no need to revise"),
         ("03/04/2024, 16:55", "Emre Kaya", "Ok noted \U0001F44C"),
         ("04/04/2024, 08:12", "Emre Kaya", "<Media omitted>"),
         ("04/04/2024, 08:12", "Emre Kaya", "Loom is set up, border looks very nice"),
     ]))])


# p10: email: start the samples (no quantity), bulk on hold until further notice
case("p10_start_samples_no_qty", ["RG004", "RG010"],
     "buyer tells mill to start hand-feel samples in three colourways with no quantity; bulk on hold 'until further notice', named releaser, no event",
     [("New_waffle_robe_samples.eml", mail(
         "Hannah Whitfield <hannah.whitfield@thamesquay.co.uk>",
         "Merve Yilmaz <merve.yilmaz@pamukkaletekstil.com.tr>",
         "New waffle robe - samples please",
         "Tue, 09 Apr 2024 09:12:00 +0100",
         "Hi Merve,\n\n"
         "Lovely to meet you at the Hotel Show. As discussed, we'd like to try your waffle robe for the "
         "Shoreditch and Greenwich buildings.\n\n"
         "Could you please start the hand-feel samples in the three colourways we picked (chalk, sage, "
         "charcoal), with our Thames Quay logo tone-on-tone on the left chest? Sizes M/L and XL.\n\n"
         "The bulk order remains on hold until further notice, and I will release it myself when we're ready, "
         "so please don't plan any production or yarn for it yet.\n\n"
         "Our courier account is DHL 954112380, deliver to Hannah Whitfield, 3 Harbour Exchange Square, E14 9GE.\n\n"
         "Best,\nHannah"
         + sig("Hannah Whitfield", "Procurement Lead", "Thames Quay Serviced Apartments Ltd, London",
               "+44 20 7946 0123")))])


# p11: PDF PO whose header says 24 sample sets while the table adds up to 36; unnamed releaser
case("p11_header_vs_table_unnamed", ["RG005", "RG011"],
     "PO header says 24 sample sets, property table totals 36; balance held until shrinkage test + written release by 'Group Procurement' (no named person)",
     [("JH-PO-24-0244.pdf", pdf([
         ("h1", "JAWHARA HOTELS & RESORTS - PURCHASE ORDER JH-PO-24-0244"),
         ("p", "Jawhara Hotels & Resorts, Al Andalus District, Jeddah 23326, KSA. Supplier: Kaveri Home Linens "
               "Pvt. Ltd., Karur, India. Date: 28 March 2024."),
         ("table", [
             ["Order summary", ""],
             ["Article", "KHL-DC-300: duvet cover set king, 300 TC sateen stripe 1 cm, white"],
             ["Sample quantity", "24 sets"],
             ["Quoted production quantity", "4,800 sets"],
         ]),
         ("sp",),
         ("table", [
             ["Property", "Sample sets"],
             ["Jeddah Corniche", "12"],
             ["Makkah Ajyad", "12"],
             ["Madinah Central", "12"],
             ["Total", "36"],
         ]),
         ("sp",),
         ("p", "Scope: only the sample sets are released now. The balance of 4,776 sets remains on hold until the "
               "samples pass our shrinkage test (max 3%, ISO 6330 at 60 C) and a written production release is "
               "issued by Group Procurement."),
         ("p", "Material authority: sample-only. Delivery: courier, each property's sets packed separately."),
     ], title="JH-PO-24-0244", author="Jawhara Hotels"))])


# p12: "approved" used for the strike-off and for the price; unnamed 'management' releases
case("p12_approved_tech_and_price", ["RG005", "RG009"],
     "'approved' used for the logo strike-off (technical) and the price revision (commercial); bulk held until wash test + written release from unnamed 'management'",
     [("RE_Strike-off_jacquard_logo.eml", mail(
         "Siriporn Chaiyaporn <siriporn.c@andamanbayresorts.co.th>",
         "Vikram Arora <vikram@panipatweaves.in>",
         "RE: Strike-off jacquard logo + revised price",
         "Wed, 10 Apr 2024 15:40:00 +0700",
         "Dear Khun Vikram,\n\n"
         "Thank you for the strike-off and the revised price list.\n\n"
         "The strike-off for the jacquard logo border is approved for colour and artwork only, by our Housekeeping "
         "team; the colour is now correct. The price revision you sent last week (USD 5.35 per bath towel) is approved as well, our "
         "Finance Director signed it yesterday.\n\n"
         "For quantity, the 24 hand-feel samples on PO ABR-240318 are the only pieces we order now. The bulk "
         "of 1,800 pcs is still not released. It needs the hand-feel samples to pass our 10-wash test, and then "
         "a written production release, which will come from management.\n\n"
         "Please send the samples by EMS to Andaman Bay Kata.\n\n"
         "Best regards,\nSiriporn Chaiyaporn\nPurchasing Manager, Andaman Bay Resorts, Phuket\n+66 76 330 118\n",
         in_reply_to="<h65-strikeoff-0408@panipatweaves.in>"))])


# p13: sample order without a quantity; releaser is an unnamed department
case("p13_sample_order_no_qty_dept", ["RG005", "RG010"],
     "DOCX sample order asks for lab dips, strike-off and hand-feel samples without any count; 3.000 held until sign-off + release from unnamed Compras department",
     [("GHM_Orden_muestras_pool_towel.docx", docx_bytes([
         ("h1", "Orden de muestras / Sample order - Pool towel 2024"),
         ("p", "Grupo Hotelero Mediterraneo S.L., Departamento de Compras, Barcelona. To: Uludag Havlu Tekstil A.S., "
               "Bursa. Attn: Emre Kaya. Fecha: 15.03.2024."),
         ("table", [
             ["Spec", "Value"],
             ["Article", "Pool towel, stripes teal / sand, 90 x 180 cm"],
             ["Weight", "550 g/m2"],
             ["Yarn", "Ne 12/1 open-end, 100% cotton"],
             ["Border", "plain, hemmed 1,5 cm"],
         ]),
         ("p", "Please prepare lab dips for teal and sand, a strike-off of the stripe and hand-feel samples in both "
               "colourways, and send them to our Barcelona warehouse."),
         ("p", "The production quantity (3.000 uds. per your offer UH-2403) is not released by this order. It stays "
               "on hold until the samples are signed off and our Compras department sends a written production release."),
         ("p", "Material authority: samples only."),
         ("p", "Saludos, Compras GHM"),
     ], author="GHM Compras"))])


# p14: "go ahead with the hand-feel samples only" - never says how many
case("p14_go_ahead_samples_no_count", ["RG010"],
     "buyer: 'go ahead with the hand-feel samples only' in two colours, no sample count anywhere; 4,800 held until panel sign-off + sender's written release",
     [("Hand-feel_samples_650GSM.eml", mail(
         "Reem Al-Otaibi <reem.alotaibi@jawharahotels.sa>",
         "Muhammad Usman <usman@crescentterry.pk>",
         "Hand-feel samples 650 GSM bath towel",
         "Mon, 01 Apr 2024 10:05:00 +0300",
         "Dear Mr. Usman,\n\n"
         "Thank you for the quotation and for the fast reply on the GSM tolerance.\n\n"
         "Please go ahead with the hand-feel samples only, 650 GSM bath towel in white and sand, as per our "
         "spec pack JH-SPEC-07 (dobby border, no logo for now).\n\n"
         "The production quantity of 4,800 pcs is not released. It stays on hold until our housekeeping panel "
         "signs off the samples and I send you a written production release.\n\n"
         "Please courier to Jawhara Jeddah Corniche, Housekeeping Office, and send me the AWB.\n\n"
         "Kind regards,\nReem Al-Otaibi\nSenior Buyer, Jawhara Hotels & Resorts, Jeddah\n+966 12 614 8800\n"))])


# p15: portal call-off without a quantity, and a 'committed' forecast
case("p15_portal_calloff_committed_fc", ["RG008", "RG010"],
     "portal call-off for Dubai Hills opening stock with quantity 'per par sheet to follow'; 2024 forecast shown as a committed order to treat as firm",
     [("ANH_Supplier_Portal_CO-2024-03.html", html_page(
         "Al Noor Supplier Portal - Call-off CO-2024-03",
         "<h2>Al Noor Hospitality Group &mdash; Supplier Portal</h2>\n"
         "<p>Supplier: <b>Uludag Havlu Tekstil A.S.</b> &nbsp;|&nbsp; Frame agreement FA-TERRY-2024 &nbsp;|&nbsp; "
         "Buyer: Rahul Menon</p>\n"
         "<h3>Call-off CO-2024-03 &mdash; Al Noor Dubai Hills (pre-opening)</h3>\n"
         "<table>\n<tr><th>Field</th><th>Value</th></tr>\n"
         "<tr><td>Articles</td><td>Bath towel 700 GSM, hand towel 600 GSM, face cloth 550 GSM, bath mat 900 GSM</td></tr>\n"
         "<tr><td>Quantity</td><td>opening stock as per par-level sheet (to follow from Housekeeping)</td></tr>\n"
         "<tr><td>Delivery</td><td>DAP Dubai Hills, loading bay B, before 15-Aug-2024</td></tr>\n"
         "<tr><td>Remaining frame quantity</td><td>not released; on hold until the next call-off, which Noura Al Suwaidi (Group Procurement Manager) signs</td></tr>\n"
         "</table>\n"
         "<h3>2024 volume</h3>\n"
         "<table>\n<tr><th>Article</th><th>2024 forecast &ndash; committed order</th></tr>\n"
         "<tr><td>Bath towel 700 GSM</td><td>18,000 pcs</td></tr>\n"
         "<tr><td>Hand towel 600 GSM</td><td>18,000 pcs</td></tr>\n"
         "</table>\n"
         "<div class=\"note\">Please treat the 2024 forecast above as our firm commitment and plan your looms accordingly.</div>\n"
         "<p><button>Acknowledge call-off</button></p>"))])


# ------------------------------------------------------------- batch 4: RG002 / RG007
# p16: "Looks great, go ahead!" on a strike-off; PO with full scope attached
_p16_po = pdf([
    ("h1", "Pennine Hospitality Distribution Ltd - Purchase Order PHD-PO-24-0402"),
    ("p", "Supplier: Indus Home Textiles, Karachi. Date: 02 April 2024. Quotation IHT-Q-121."),
    ("table", [
        ["Line", "Description", "Qty", "Scope"],
        ["1", "Bath sheet 600 GSM 90 x 180, stone, jacquard 'HARROGATE' border - samples", "20", "sample"],
        ["2", "Same article - production", "2,000", "production, not released"],
    ]),
    ("p", "Released now: line 1, 20 sample pieces. Line 2 (2,000 pieces) is not released and stays on hold until "
          "our hotel client signs off the samples and Daniel Oakes, Commercial Director, issues a written "
          "production release. Material authority: sample-only."),
    ("p", "Buyer: Priya Shah."),
], title="PHD-PO-24-0402", author="Pennine Hospitality Distribution")
_p16_q = (
    "From: Ayesha Siddiqui <ayesha@indushometextiles.pk>\n"
    "Sent: 16 April 2024 12:48\n"
    "To: Priya Shah\n"
    "Subject: Strike-off HARROGATE border\n\n"
    "Dear Priya,\n"
    "Please see attached photos of the jacquard strike-off for the HARROGATE border, stone\n"
    "ground with ivory letters, letter height 45 mm as per artwork rev 2.\n"
    "Shall we go ahead?\n"
    "Kind regards, Ayesha\n")
case("p16_looks_great_go_ahead", ["RG002"],
     "buyer answers a strike-off with 'Looks great, go ahead!' naming neither samples nor a quantity; attached PO carries full scope",
     [("RE_Strike-off_HARROGATE_border.eml", mail(
         "Priya Shah <priya.shah@penninehd.co.uk>",
         "Ayesha Siddiqui <ayesha@indushometextiles.pk>",
         "RE: Strike-off HARROGATE border",
         "Tue, 16 Apr 2024 15:22:00 +0100",
         "Hi Ayesha,\n\nLooks great, go ahead! The client will love the stone colour.\n\n"
         "PO attached again for your files.\n\nThanks,\nPriya\n\n"
         "Priya Shah | Buyer | Pennine Hospitality Distribution Ltd | +44 113 496 0277\n\n"
         + quote_block(_p16_q) + "\n",
         in_reply_to="<h65-strikeoff-0416@indushometextiles.pk>",
         attachments=[("PHD-PO-24-0402.pdf", _p16_po, PDF_MT)]))])


# p17: chat: "Green light from Riyadh" on a lab dip + forecast "count it as an order"
case("p17_chat_green_light_forecast", ["RG002", "RG008"],
     "chat: scope set earlier (12 samples, 2,400 held until named director's written release after sign-off); later 'green light' on lab dip unscoped and 2025 forecast 'count it as an order'",
     [("WhatsApp_Chat_Hakan_Bey.txt", chat([
         ("08/03/2024, 20:14", "Sameer Qureshi", "Hakan bey salam. PO QR-PO-55170 rev 1 is for the 12 sample robes only"),
         ("08/03/2024, 20:15", "Sameer Qureshi", "The 2,400 bulk is not released. It stays on hold until our spa team signs off the samples and Faisal Al-Harbi sends the written release"),
         ("08/03/2024, 20:31", "Hakan Demir", "Tamam Sameer bey, clear. 12 pcs first"),
         ("19/03/2024, 10:02", "Hakan Demir", "<Media omitted>"),
         ("19/03/2024, 10:02", "Hakan Demir", "Lab dip L3 sand colour, under D65 very close now. What do you say?"),
         ("19/03/2024, 13:47", "Sameer Qureshi", "Green light from Riyadh \u2705 yallah"),
         ("19/03/2024, 13:49", "Sameer Qureshi", "Also Hakan bey, for your planning: our 2025 forecast is 9,000 robes for the new buildings. Count it as an order, we are committed. Production of course only when Faisal releases it"),
         ("19/03/2024, 13:58", "Hakan Demir", "Super news! \U0001F64F Thank you, we will plan"),
     ]))])


# p18: two files - ERP PO with full scope + an artwork form stamped "APPROVED - PROCEED"
_p18_po = """\
GULF HOSPITALITY SUPPLIES LLC - PURCHASE ORDER                  PO NO: GHS-7752
MUSSAFAH M-37, ABU DHABI, UAE                                   DATE : 04-APR-2024
VENDOR : YJ-0033  YANGZHOU JIAYI HOTEL SUPPLIES CO., LTD.
BUYER  : K. MANSOUR                CURRENCY: USD     INCOTERM: FOB SHANGHAI
--------------------------------------------------------------------------------
LN  ITEM        DESCRIPTION                                   QTY   UOM  STATUS
--------------------------------------------------------------------------------
10  AMK-KRAFT   AMENITY KIT, KRAFT BOX, HOT-STAMP LOGO,        200   KIT  RELEASED
                DENTAL/VANITY/SHOWER CAP, 3X30ML BOTTLES
20  AMK-KRAFT   SAME, PRODUCTION                             19800   KIT  ON HOLD
--------------------------------------------------------------------------------
SCOPE : LINE 10 (200 PRE-PRODUCTION SAMPLE KITS) IS RELEASED.
        LINE 20 (19,800 KITS) IS NOT RELEASED. IT STAYS ON HOLD UNTIL OUR
        CLIENT'S GUEST-EXPERIENCE PANEL SIGNS OFF THE SAMPLE KITS AND
        KHALID MANSOUR, PROCUREMENT MANAGER, ISSUES A WRITTEN RELEASE.
MATERIAL AUTHORITY: SAMPLE-ONLY.
--------------------------------------------------------------------------------
"""
case("p18_artwork_form_approved_proceed", ["RG002"],
     "two files: ERP PO with full scope (200 kits released, 19,800 on hold) + artwork form stamped 'APPROVED - PROCEED' with no scope or quantity",
     [("GHS-7752_PO_print.txt", _p18_po),
      ("Artwork_approval_form_AMK-KRAFT.pdf", pdf([
         ("h1", "ARTWORK APPROVAL FORM"),
         ("p", "Customer: Gulf Hospitality Supplies LLC, Abu Dhabi. Supplier: Yangzhou Jiayi Hotel Supplies Co., Ltd."),
         ("table", [
             ["Item", "Artwork", "Version", "Comments"],
             ["Kraft box lid", "Hot-stamp logo, gold foil, 42 x 18 mm", "v3", "foil colour OK"],
             ["Shampoo label", "White tea, 2 languages EN/AR", "v3", "Arabic text checked by client"],
             ["Dental kit sachet", "Logo + 'Dental kit' EN/AR", "v2", "OK"],
         ]),
         ("sp",),
         ("p", "DECISION: APPROVED - PROCEED"),
         ("p", "Signed: Khalid Mansour, Procurement Manager. Date: 18-Apr-2024."),
     ], title="Artwork approval AMK-KRAFT", author="Gulf Hospitality Supplies"))])



# p19: "approved" for carton marking and for price, then "Go ahead." with nothing after it
_p19_q = (
    "From: Siriporn Chaiyaporn\n"
    "Sent: Friday, 22 March 2024 14:10\n"
    "To: Kevin Zhou\n"
    "Subject: PO ABR-240315 sample slippers\n\n"
    "Dear Kevin,\n"
    "PO ABR-240315 covers 30 sample pairs only. The bulk of 4,500 pairs is not released. It stays\n"
    "on hold until our housekeeping team signs off the samples and I send you a written production release.\n"
    "Best regards, Siriporn\n")
case("p19_carton_price_go_ahead", ["RG002", "RG009"],
     "'approved' used for carton marking (technical) and price (commercial), followed by a bare 'Go ahead.'; quoted earlier buyer scope is complete",
     [("RE_PO_ABR-240315_carton_marking.eml", mail(
         "Siriporn Chaiyaporn <siriporn.c@andamanbayresorts.co.th>",
         "Kevin Zhou <kevin@haoyuslippers.com>",
         "RE: PO ABR-240315 - carton marking and price",
         "Thu, 11 Apr 2024 11:05:00 +0700",
         "Dear Kevin,\n\n"
         "Carton marking approved, please print the property name in Thai and English as in your drawing CM-02. "
         "Your new price of USD 0.88 per pair is approved as well.\n\nGo ahead.\n\n"
         "Best regards,\nSiriporn Chaiyaporn\nPurchasing Manager, Andaman Bay Resorts, Phuket\n\n"
         + quote_block(_p19_q) + "\n"))])


# p20: Spanish buyer: "You are good to run" on lab dips; quoted earlier scope complete
_p20_q = (
    "De: Lucia Ferrer\nEnviado: lunes, 11 de marzo de 2024 9:30\nPara: Muhammad Usman\n"
    "Asunto: PO GHM-COMP-24/129 pool towels\n\n"
    "Dear Usman,\n"
    "PO GHM-COMP-24/129 is for 24 hand-feel samples only. The production quantity of 3.000 towels is\n"
    "not released until the samples are signed off at Hotel Cala Fornells and Jordi Puig, Director de\n"
    "Operaciones, sends the written production release.\n"
    "Un saludo, Lucia\n")
_p20_txt = ("Hola Usman,\n\nWe received the lab dips for the teal and sand stripes this morning. The colours "
            "are perfect under daylight and in the pool area light. You are good to run.\n\n"
            "Gracias y un saludo,\nLucia Ferrer\nDirectora de Compras, Grupo Hotelero Mediterraneo\n\n"
            + quote_block(_p20_q) + "\n")
case("p20_good_to_run_lab_dips", ["RG002"],
     "Spanish buyer replies to lab dips 'You are good to run' with no scope or quantity; quoted earlier scope (24 samples, 3.000 held) is complete",
     [("RE_Lab_dips_pool_towel.eml", mail(
         "Lucia Ferrer <lferrer@ghmhoteles.es>",
         "Muhammad Usman <usman@crescentterry.pk>",
         "RE: PO GHM-COMP-24/129 pool towels - lab dips",
         "Wed, 27 Mar 2024 12:14:00 +0100", _p20_txt,
         html="<p>Hola Usman,</p><p>We received the lab dips for the teal and sand stripes this morning. The colours "
              "are perfect under daylight and in the pool area light. <b>You are good to run.</b></p>"
              "<p>Gracias y un saludo,<br>Lucia Ferrer<br>Directora de Compras, Grupo Hotelero Mediterraneo</p>"
              "<blockquote><p>De: Lucia Ferrer<br>Enviado: lunes, 11 de marzo de 2024 9:30<br>Para: Muhammad Usman<br>"
              "Asunto: PO GHM-COMP-24/129 pool towels</p><p>Dear Usman,<br>PO GHM-COMP-24/129 is for 24 hand-feel samples "
              "only. The production quantity of 3.000 towels is not released until the samples are signed off at Hotel "
              "Cala Fornells and Jordi Puig, Director de Operaciones, sends the written production release.<br>"
              "Un saludo, Lucia</p></blockquote>"))])


# p21: supplier reply: after sample approval "we continue directly with the 2,400"
_p21_q = (
    "From: Sameer Qureshi <s.qureshi@qasrresidences.sa>\nSent: 25 March 2024 10:02\n"
    "Subject: QR-PO-55190 spa robes\n\n"
    "Dear Merve,\n"
    "QR-PO-55190 is for twelve (12) sample robes only. The 2,400 production robes are not released.\n"
    "They stay on hold until our spa panel signs off the samples and Faisal Al-Harbi, Procurement\n"
    "Director, sends a written production release.\n"
    "Best regards, Sameer\n")
case("p21_supplier_continue_directly", ["RG007"],
     "supplier answers the buyer's scope (quoted, complete) by saying that after sample approval it will continue directly with the 2,400, no new paperwork",
     [("RE_QR-PO-55190_spa_robes.eml", mail(
         "Merve Yilmaz <merve.yilmaz@pamukkaletekstil.com.tr>",
         "Sameer Qureshi <s.qureshi@qasrresidences.sa>",
         "RE: QR-PO-55190 spa robes",
         "Tue, 26 Mar 2024 09:18:00 +0300",
         "Dear Sameer Bey,\n\n"
         "Thank you, all clear. The 12 samples will ship on Friday with UPS.\n\n"
         "To keep your opening date safe, after your approval of the hand-feel samples our team will continue "
         "directly with the 2,400 pcs, so you will not lose time with new paperwork.\n\n"
         "Best regards,"
         + sig("Merve Yilmaz", "Export Merchandiser", "Pamukkale Tekstil San. ve Tic. A.S., Denizli",
               "+90 258 371 44 20")
         + "\n" + quote_block(_p21_q) + "\n",
         in_reply_to="<h65-qrpo55190-0325@qasrresidences.sa>"))])


# p22: buyer's cover note undoes the written-release requirement of its own PO
_p22_po = pdf([
    ("h1", "ANDAMAN BAY RESORTS - PURCHASE ORDER ABR-240409"),
    ("p", "Supplier: Kaveri Home Linens Pvt. Ltd., Karur, India. Date: 09 April 2024."),
    ("table", [
        ["Line", "Description", "Qty", "Scope"],
        ["1", "Bed linen set king, 250 TC percale, white, Khao Lak villas - samples", "20", "sample, released"],
        ["2", "Same - villa roll-out", "1,600", "production, on hold"],
    ]),
    ("p", "Released now: 20 sample sets. The 1,600 roll-out sets are not released. They remain on hold until "
          "Khun Nattapong Srisuk (Executive Housekeeper) signs off the samples and Siriporn Chaiyaporn, Purchasing "
          "Manager, sends a written production release."),
    ("p", "Material authority: sample-only."),
], title="ABR-240409", author="Andaman Bay Resorts")
case("p22_cover_note_carry_on", ["RG007"],
     "PO requires written release for 1,600, but the buyer's cover email says once housekeeping likes the samples just carry on with the 1,600 without waiting",
     [("ABR-240409_bed_linen_Khao_Lak.eml", mail(
         "Siriporn Chaiyaporn <siriporn.c@andamanbayresorts.co.th>",
         "Senthil Kumar <senthil.k@kaverihomelinens.in>",
         "PO ABR-240409 - Khao Lak villa bed linen",
         "Tue, 09 Apr 2024 16:45:00 +0700",
         "Dear Khun Senthil,\n\n"
         "Please find our PO ABR-240409 attached.\n\n"
         "Honestly, we are in a hurry for the Khao Lak re-opening on 1 October. So once Khun Nattapong is happy "
         "with the samples, just carry on with the 1,600 sets, you don't have to wait for my release letter, I "
         "will send the paperwork afterwards.\n\n"
         "Fitted sheet depth 35 cm please, the villa mattresses are thicker than our standard rooms.\n\n"
         "Best regards,\nSiriporn Chaiyaporn\nPurchasing Manager, Andaman Bay Resorts, Phuket\n+66 76 330 118\n",
         attachments=[("ABR-240409.pdf", _p22_po, PDF_MT)]))])


# p23: DOCX spec pack: bulk not released, but "roll straight into Annex B" once the team is happy; no named person
case("p23_spec_pack_roll_into_annex_b", ["RG005", "RG007"],
     "spec pack: 54 samples, Annex B 6,000 not released, but once the unnamed brand standards team is happy the mill may roll straight into Annex B",
     [("ANH_Spa_Textiles_Spec_Pack_2024.docx", docx_bytes([
         ("h1", "Al Noor Spa Textiles - Specification Pack 2024"),
         ("p", "Issued by Al Noor Hospitality Group, Brand Standards and Group Procurement, Dubai. "
               "Supplier: Indus Home Textiles, Karachi. Version 1.2, 26 March 2024."),
         ("h", "1. Articles"),
         ("table", [
             ["Code", "Article", "Spec", "Colours"],
             ["SPA-RB-420", "Spa robe, shawl collar", "420 GSM cut-loop terry, 100% cotton", "ivory, stone, olive"],
             ["SPA-TW-700", "Spa bath towel 80 x 160 cm", "700 GSM, zero-twist", "ivory, stone, olive"],
             ["SPA-HT-600", "Spa hand towel 50 x 100 cm", "600 GSM, zero-twist", "ivory, stone, olive"],
         ]),
         ("h", "2. Sample order"),
         ("p", "Sample quantity: 18 pieces per colour (6 per article), 54 pieces in total, under PO 4500860."),
         ("p", "Bulk (Annex B, 6,000 pieces across the 9 spas) is not released by this sample order."),
         ("p", "Once the Brand Standards team is happy with the samples, the mill may roll straight into Annex B "
               "without waiting for further paperwork, to protect the spa launch dates."),
         ("h", "3. Testing"),
         ("li", "Dimensional change ISO 6330 / ISO 5077, 5 washes at 60 C: max 4%."),
         ("li", "Colour fastness to washing ISO 105-C06: grade 4; to perspiration ISO 105-E04: grade 4."),
         ("li", "Pilling ISO 12945-2 (robes only): grade 3-4 after 2,000 rubs."),
         ("h", "Annex B (summary)"),
         ("table", [
             ["Article", "Bulk pcs"],
             ["SPA-RB-420", "1,800"],
             ["SPA-TW-700", "2,400"],
             ["SPA-HT-600", "1,800"],
             ["Total", "6,000"],
         ]),
     ], author="Al Noor Brand Standards"))])


# p24: chat: mill owner says bulk starts the same day the samples are OK'd; buyer thumbs-up
case("p24_chat_bulk_same_day", ["RG007"],
     "chat: scope set (18 samples, 2,982 held until named buyer's written release after sign-off); mill owner says bulk starts same day samples are OK, no letter needed; buyer agrees",
     [("WhatsApp_Chat_Haji_Tariq.txt", chat([
         ("21/03/2024, 14:05", "Siriporn Chaiyaporn", "Good afternoon Haji Tariq. PO ABR-240321 sent: 18 sample pool towels only, 6 per colour"),
         ("21/03/2024, 14:06", "Siriporn Chaiyaporn", "The other 2,982 pcs of the 3,000 are not released. On hold until our pool team signs off the samples and I send the written release"),
         ("21/03/2024, 14:40", "Haji Tariq Mehmood", "Walaikum assalam madam, received with thanks \U0001F64F"),
         ("21/03/2024, 14:41", "Haji Tariq Mehmood", "Madam one request. Once you say samples OK, we start bulk same day inshallah. No need to wait for letter, paperwork can come later. We know each other 15 years \U0001F60A"),
         ("21/03/2024, 14:55", "Siriporn Chaiyaporn", "\U0001F44D ok ok"),
         ("21/03/2024, 14:56", "Haji Tariq Mehmood", "Shukriya madam. Samples ready 4th April"),
     ]))])


# p25: supplier proforma: bulk "will commence automatically upon your sample approval"
case("p25_pi_commence_automatically", ["RG007"],
     "supplier proforma: bulk 6,000 pairs not yet released but 'will commence automatically upon receipt of your sample approval'",
     [("PI_HY-240318.pdf", pdf([
         ("h1", "NINGBO HAOYU SLIPPERS CO., LTD. - PROFORMA INVOICE HY-240318"),
         ("p", "No. 66 Qiming Road, Yinzhou District, Ningbo, Zhejiang, China. Tel +86 574 8822 6710."),
         ("p", "Buyer: Jawhara Hotels & Resorts, Jeddah, KSA. Attn: Ms. Reem Al-Otaibi. Date: 18 March 2024."),
         ("table", [
             ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
             ["1", "Sample slippers, closed-toe velour, 6 mm EVA, gold 'J' embroidery", "30 pairs", "1.50", "45.00"],
             ["2", "Bulk order, same article - not released yet", "6,000 pairs", "0.96", "5,760.00"],
         ]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1. Sample charge USD 45.00 plus courier USD 60.00 payable now by TT."),
         ("p", "2. Bulk production will commence automatically upon receipt of your sample approval; no separate "
               "release is needed. Delivery 35 days after sample approval."),
         ("p", "3. Bulk payment: 30% deposit, 70% before shipment. Port of loading Ningbo."),
         ("p", "Bank: Bank of China Ningbo Branch, SWIFT BKCHCNBJ92A, A/C 3587 6620 1194."),
         ("p", "Kevin Zhou, Sales"),
     ], title="PI HY-240318", author="Ningbo Haoyu Slippers"))])


# p26: supplier: silence after delivery counts as approval, then bulk starts
_p26_txt = (
    "Dear Lucia,\n\n"
    "Good news: your pool towel samples were delivered to the Barcelona warehouse yesterday at 11:40 "
    "(DHL POD attached to the tracking, AWB 31 4420 8812).\n\n"
    "As our looms are fully booked from May, please understand our procedure: if we receive no comments "
    "within 7 working days after delivery, we will consider the samples approved and start the 3.000 pcs "
    "bulk immediately, so your hotels receive the towels before the summer season.\n\n"
    "Of course we hope you like them!\n\n"
    "Best regards,\nEmre Kaya\nExport Sales, Uludag Havlu Tekstil A.S., Bursa\n+90 224 411 07 30\n")
case("p26_silence_counts_as_approval", ["RG007"],
     "supplier: no comments within 7 working days after sample delivery = samples approved and bulk 3.000 starts",
     [("Pool_towel_samples_delivered.eml", mail(
         "Emre Kaya <emre.kaya@uludaghavlu.com.tr>",
         "Lucia Ferrer <lferrer@ghmhoteles.es>",
         "Pool towel samples delivered",
         "Fri, 05 Apr 2024 10:30:00 +0300", _p26_txt,
         html="<p>Dear Lucia,</p><p>Good news: your pool towel samples were delivered to the Barcelona warehouse "
              "yesterday at 11:40 (DHL POD attached to the tracking, AWB 31 4420 8812).</p>"
              "<p>As our looms are fully booked from May, please understand our procedure: if we receive no comments "
              "within <b>7 working days</b> after delivery, we will consider the samples approved and start the "
              "3.000 pcs bulk immediately, so your hotels receive the towels before the summer season.</p>"
              "<p>Of course we hope you like them!</p><p>Best regards,<br>Emre Kaya<br>Export Sales, Uludag Havlu "
              "Tekstil A.S., Bursa<br>+90 224 411 07 30</p>"))])


# p27: buyer: once housekeeping approves, consider the seasonal forecast confirmed as order and start
case("p27_forecast_confirmed_on_approval", ["RG007", "RG008"],
     "buyer: only 24 samples released, but once housekeeping approves them the 1.500-set season forecast counts as confirmed order and mill may start; release signed later",
     [("GHM_bed_linen_season_2024.eml", mail(
         "Lucia Ferrer <lferrer@ghmhoteles.es>",
         "Senthil Kumar <senthil.k@kaverihomelinens.in>",
         "Bed linen season 2024 - PO GHM-COMP-24/150",
         "Mon, 15 Apr 2024 17:20:00 +0200",
         "Dear Senthil,\n\n"
         "Thank you for the visit last week, it was a pleasure to show you Sitges.\n\n"
         "Where we are: only the 24 sample sets on PO GHM-COMP-24/150 are released now. The season quantity "
         "is not released yet; formally, production releases at GHM are signed by Jordi Puig, Director de "
         "Operaciones.\n\n"
         "But to save time: when our housekeeping team approves the samples, you can consider our forecast of "
         "1.500 sets for the season as confirmed order and start. Jordi will sign the release afterwards.\n\n"
         "Percale 200 hilos, 50/50 cotton-polyester, as your offer KHL/Q/24/074.\n\n"
         "Un saludo,\nLucia Ferrer\nDirectora de Compras\nGrupo Hotelero Mediterraneo S.L., Barcelona\n"
         "+34 93 412 77 00\n"))])


# p28: supplier: yarn for all 1,000 robes already dyed, and bulk rolls on as soon as samples are approved
_p28_q = (
    "From: Hannah Whitfield\nSent: 08 April 2024 10:15\nTo: Vikram Arora\n"
    "Subject: PO TQ-24-0140 waffle robes - samples\n\n"
    "Hi Vikram,\n"
    "PO TQ-24-0140 covers 20 sample robes only. The other 980 robes are not released and stay on\n"
    "hold until the samples pass our 20-wash test and Graham Pike sends a written production release.\n"
    "Material authority: sample-only.\n"
    "Thanks, Hannah\n")
case("p28_yarn_dyed_and_roll_on", ["RG006", "RG007"],
     "supplier reply to a complete sample-only scope: yarn already bought and dyed for all 1,000 robes, and will roll into bulk as soon as samples are approved",
     [("RE_PO_TQ-24-0140_waffle_robes.eml", mail(
         "Vikram Arora <vikram@panipatweaves.in>",
         "Hannah Whitfield <hannah.whitfield@thamesquay.co.uk>",
         "RE: PO TQ-24-0140 waffle robes - samples",
         "Mon, 15 Apr 2024 13:50:00 +0530",
         "Dear Hannah ji,\n\n"
         "Greetings from Panipat. The 20 sample robes are being stitched, dispatch by Saturday.\n\n"
         "Kindly note, to protect your June delivery we have already purchased and dyed the yarn for the full "
         "1,000 robes, as cotton prices are going up every week. As soon as you approve the samples we will roll "
         "into bulk production without delay.\n\n"
         "Please revert if any query.\n\nWarm regards,\nVikram Arora\nDirector - Exports, Panipat Weaves Pvt. Ltd.\n"
         "+91 98120 44731\n\n" + quote_block(_p28_q) + "\n",
         in_reply_to="<h65-tq240140-0408@thamesquay.co.uk>"))])


# ------------------------------------------------------------- batch 5: RG006 / RG008 / RG009 / RG011 / RG012
# p29: mill dyed and sized yarn for the complete quantity against a sample-only PO
_p29_q = (
    "From: Reem Al-Otaibi <reem.alotaibi@jawharahotels.sa>\nSent: Sunday, March 31, 2024 9:12 AM\n"
    "To: Muhammad Usman\nSubject: JH-PO-24-0251 bath towels\n\n"
    "Dear Mr. Usman,\n"
    "JH-PO-24-0251 covers 24 sample towels only. The balance of 4,776 pcs is not released and\n"
    "stays on hold until our housekeeping panel signs off the samples and I send you a written\n"
    "production release. Material authority: sample-only.\n"
    "Kind regards, Reem\n")
case("p29_yarn_sized_complete_qty", ["RG006"],
     "supplier reply to complete sample-only scope (quoted): yarn dyed and sized for the complete 4,800 pcs and lying in godown",
     [("RE_JH-PO-24-0251_bath_towels.eml", mail(
         "Muhammad Usman <usman@crescentterry.pk>",
         "Reem Al-Otaibi <reem.alotaibi@jawharahotels.sa>",
         "RE: JH-PO-24-0251 bath towels",
         "Wed, 10 Apr 2024 18:25:00 +0500",
         "Respected Madam,\n\n"
         "AOA. Samples 24 pcs are ready and will be dispatched tomorrow by DHL, AWB will be shared.\n\n"
         "For your kind information, to save time for you we have already dyed and sized the yarn for the "
         "complete 4,800 pcs and it is lying in our godown, so bulk can start in the same week after your "
         "release comes. Border yarn (gold lurex for the jacquard 'J') also procured for full quantity.\n\n"
         "Shrinkage report of the samples attached with the DHL documents.\n\n"
         "Thanks and best regards,\nMuhammad Usman\nSenior Merchandiser (Export)\nCrescent Terry Mills (Pvt) Ltd, "
         "Faisalabad\nCell +92 300 655 1408\n\n" + quote_block(_p29_q) + "\n",
         in_reply_to="<h65-jhpo240251-0331@jawharahotels.sa>"))])


# p30: chat: greige for all robes already on the looms while only 12 samples are released
case("p30_chat_greige_on_looms", ["RG006"],
     "chat: buyer scopes 12 sample robes, 2,400 on hold, material sample-only; mill owner says greige for all 2,400 already on the looms",
     [("WhatsApp_Chat_Hakan_Demir.txt", chat([
         ("26/03/2024, 12:10", "Rahul Menon", "Merhaba Hakan bey. PO 4500864 is out: 12 sample robes only, 6 ivory + 6 stone"),
         ("26/03/2024, 12:11", "Rahul Menon", "The 2,400 robes are not released. On hold until our spa team signs off the samples and Noura Al Suwaidi sends the written release. Material: sample only please"),
         ("26/03/2024, 12:40", "Hakan Demir", "Merhaba Rahul bey \U0001F44B"),
         ("26/03/2024, 12:41", "Hakan Demir", "No worry, greige for all 2,400 robes already on the looms since Monday. We just wait your release for dyeing and sewing, so delivery will be very fast \U0001F44D"),
         ("26/03/2024, 12:42", "Hakan Demir", "Samples you will have next week"),
         ("26/03/2024, 13:05", "Rahul Menon", "Ok, thanks for the update"),
     ]))])


# p31: supplier production status printout: packaging bought for the whole programme
_p31 = """\
YANGZHOU JIAYI HOTEL SUPPLIES CO., LTD.         ORDER STATUS REPORT   WK 15/2024
Customer : AL NOOR HOSPITALITY GROUP, DUBAI      Prepared by: Cindy Wang
Order    : PO 4500835  (guest amenity kit, kraft box, white tea)
================================================================================
QUANTITIES                                         KITS
  Released by customer (sample kits)                 50
  Balance awaiting customer written release       9,950
--------------------------------------------------------------------------------
PRODUCTION                                STATUS             QTY       DATE
  Sample kits assembly                    DONE                50       05-APR
  Sample kits dispatch (DHL 22 8871 4410)  SHIPPED              50       08-APR
--------------------------------------------------------------------------------
MATERIALS PURCHASED                       FOR KITS          QTY       STATUS
  PET bottle 30 ml, white, flip cap       10,000         30,000       IN STOCK
  Kraft box, hot-stamp logo (printed)     10,000         10,000       IN STOCK
  Bamboo toothbrush + 3g paste            10,000         10,000       ORDERED
  Shampoo / cond. / lotion bulk liquid    10,000          900 kg      ORDERED
--------------------------------------------------------------------------------
REMARK: materials prepared for full programme to meet your opening date.
        Mass production will start only after your written release.
================================================================================
"""
case("p31_status_packaging_full_programme", ["RG006"],
     "supplier status: 50 sample kits released, 9,950 awaiting release, but bottles/boxes/liquid bought for 10,000 kits",
     [("Order_status_WK15_PO4500835.txt", _p31)])


# p32: Portuguese order acknowledgement: yarn reserved and paid for the full 3.000 sets
case("p32_ack_yarn_paid_full", ["RG006"],
     "supplier acknowledgement restates 30 samples / 2.970 not released, but says yarn for the full 3.000 sets is reserved and paid",
     [("OA_TM-2024-0362.docx", docx_bytes([
         ("h1", "Order Acknowledgement TM-2024-0362"),
         ("p", "Texteis Minho, Lda., Rua da Tecelagem 41, 4835-044 Guimaraes, Portugal."),
         ("p", "Customer: Thames Quay Serviced Apartments Ltd, London. Customer PO: TQ-24-0155 dated 03.04.2024. "
               "Attn: Ms. Hannah Whitfield."),
         ("table", [
             ["Ref.", "Article", "Qty", "Scope"],
             ["TQ-SAT-DB", "Bed linen set double, 300 TC sateen, white, silver-grey piping", "30 sets", "sample"],
         ]),
         ("p", "We confirm your purchase order for thirty (30) sample sets. We note that the balance of 2.970 sets "
               "is not released until Mr. Graham Pike sends the written production release after your sample sign-off."),
         ("p", "In order to guarantee the delivery date for the Battersea opening, we have reserved and paid for "
               "the combed cotton yarn for the full 3.000 sets with our spinner (Fiacao do Ave), and we have "
               "blocked a greige weaving slot in week 22."),
         ("p", "Sample dispatch: 19.04.2024 by DHL Express."),
         ("sp",),
         ("p", "Com os melhores cumprimentos, Rui Carvalho, Export Manager"),
     ], author="Texteis Minho"))])


# p33: two files: PO with sample-only material authority + supplier weekly report (fabric for the whole order)
_p33_rows = (
    "<tr><td>QR-PO-55230</td><td>Duvet cover king, 300 TC sateen</td><td>24 sets</td><td>dispatched 11-Apr</td>"
    "<td>greige woven and bleached: 3,600 m for the full 1,200 sets (booked at our risk to keep ex-factory date)</td>"
    "<td>awaiting release</td></tr>\n"
    "<tr><td>QR-PO-55236</td><td>Pillowcase 50 x 75 cm, 300 TC sateen</td><td>24 pcs</td><td>in stitching</td>"
    "<td>yarn for samples only</td><td>awaiting sample comments</td></tr>\n")
case("p33_po_and_weekly_report_fabric", ["RG006"],
     "two files: PO (24 sample sets, 1,176 on hold, material sample-only, named releaser) + supplier weekly report showing fabric for the full 1,200 sets",
     [("QR-PO-55230.pdf", pdf([
         ("h1", "QASR RESIDENCES - PURCHASE ORDER QR-PO-55230"),
         ("p", "Supplier: Kaveri Home Linens Pvt. Ltd., Karur. Date: 26 March 2024."),
         ("table", [
             ["Line", "Description", "Qty", "Scope"],
             ["1", "Duvet cover king 240 x 220 cm, 300 TC sateen, white - samples", "24", "sample, released"],
             ["2", "Same - production for Al Malqa and Diplomatic Quarter", "1,176", "production, on hold"],
         ]),
         ("p", "Released now: 24 sample duvet covers. The 1,176 production pieces are not released and remain on "
               "hold until our housekeeping managers sign off the samples and Faisal Al-Harbi, Procurement Director, "
               "issues a written production release."),
         ("p", "Material authority: sample-only. Kaveri may not buy yarn or weave fabric for line 2 before that release."),
         ("p", "Buyer: Sameer Qureshi."),
     ], title="QR-PO-55230", author="Qasr Residences")),
      ("Kaveri_weekly_order_status_wk15.html", html_page(
         "Kaveri Home Linens - weekly order status",
         "<h2>Kaveri Home Linens Pvt. Ltd. &mdash; Weekly order status, week 15/2024</h2>\n"
         "<p>Prepared by: Senthil Kumar, Marketing Manager &nbsp;|&nbsp; For: Middle East customers</p>\n"
         "<table>\n<tr><th>Order</th><th>Article</th><th>Samples</th><th>Sample status</th><th>Material</th>"
         "<th>Bulk status</th></tr>\n" + _p33_rows + "</table>\n"
         "<p>Remarks: Ramzan holidays 9-11 April, dispatch resumed 12 April. Container booking for May sailings open.</p>"))])


# p34: supplier reads the advance as the start signal and books yarn for everything
_p34_q = (
    "From: Khalid Mansour <khalid.mansour@gulfhospitality.ae>\nSent: Monday, April 8, 2024 10:30 AM\n"
    "To: Senthil Kumar\nSubject: GHS-7771 bed linen - PO and advance\n\n"
    "Dear Senthil,\n"
    "PO GHS-7771 releases 40 sample sets only. The balance of 3,960 sets is not released and stays on\n"
    "hold until our client signs off the samples and I send a written production release.\n"
    "We are paying the 30% advance on your PI now only to hold the price until 30 June.\n"
    "Regards, Khalid\n")
case("p34_advance_read_as_start", ["RG006", "RG012"],
     "supplier reply to a complete scope (quoted): 'as advance is received' yarn booked for full 4,000 sets and weaving started",
     [("RE_GHS-7771_bed_linen.eml", mail(
         "Senthil Kumar <senthil.k@kaverihomelinens.in>",
         "Khalid Mansour <khalid.mansour@gulfhospitality.ae>",
         "RE: GHS-7771 bed linen - PO and advance",
         "Fri, 12 Apr 2024 11:45:00 +0530",
         "Dear Sir,\n\n"
         "Greetings from Karur. We are in receipt of your advance payment of USD 8,400 (30%) against our PI "
         "KHL/PI/24/033 dated 05.04.2024. Thank you.\n\n"
         "As advance is received, we have booked the yarn for the full quantity of 4,000 sets with our spinning "
         "mill and weaving has been started on 6 looms, so we can ship in the May sailing.\n\n"
         "The 40 sample sets will be despatched on 16th April by DHL.\n\n"
         "Thanking you,\nSenthil Kumar\nMarketing Manager, Kaveri Home Linens Pvt. Ltd.\n+91 4324 255 610\n\n"
         + quote_block(_p34_q) + "\n",
         in_reply_to="<h65-ghs7771-0408@gulfhospitality.ae>"))])


# p35: factory schedule calls the forecast an order and has moulded soles for all of it
case("p35_schedule_forecast_order_soles", ["RG006", "RG008"],
     "supplier schedule: 'forecast order 18,000 pairs - confirmed' while 1,800 released / 16,200 awaiting release; EVA soles moulded for 18,000",
     [("HY_Production_schedule_AlNoor_Q2.pdf", pdf([
         ("h1", "NINGBO HAOYU SLIPPERS - PRODUCTION SCHEDULE"),
         ("p", "Customer: Al Noor Hospitality Group, Dubai. Prepared: 12 April 2024 by Kevin Zhou."),
         ("table", [
             ["Item", "Quantity (pairs)", "Status"],
             ["Customer forecast order Q3-Q4 2024", "18,000", "confirmed"],
             ["Released by customer (PO 4500829 rev 1, pilot for 3 hotels)", "1,800", "in production"],
             ["Balance", "16,200", "awaiting customer written release"],
         ]),
         ("sp",),
         ("table", [
             ["Material / process", "Prepared for (pairs)", "Status"],
             ["EVA soles 6 mm, moulded", "18,000", "finished, in warehouse"],
             ["Waffle fabric, white, cut panels", "1,800", "done"],
             ["Logo embroidery", "1,800", "in process"],
         ]),
         ("sp",),
         ("p", "Note: soles for the full forecast order are moulded in advance because the EVA mould line is "
               "shared with another customer from June."),
         ("p", "Pilot 1,800 pairs ex-factory 26 April, CIF Jebel Ali."),
     ], title="Production schedule Al Noor", author="Ningbo Haoyu Slippers"))])


# p36: two files: ERP PO says Lot 1 = 500, the signed release letter says 600
_p36_po = """\
PENNINE HOSPITALITY DISTRIBUTION LTD                 PURCHASE ORDER PHD-PO-24-0420 REV 2
SUPPLIER: KAVERI-01 KAVERI HOME LINENS PVT LTD, KARUR            DATE: 22/04/2024
--------------------------------------------------------------------------------------
LN  PART NO.     DESCRIPTION                          QTY    UOM  STATUS
--------------------------------------------------------------------------------------
10  PHD-BL-SET   DOUBLE SET 200TC PERCALE WHITE         12   SET  SAMPLE - DELIVERED
20  PHD-BL-SET   SAME, PRODUCTION LOT 1                500   SET  RELEASED
30  PHD-BL-SET   SAME, PRODUCTION LOT 2              1,500   SET  ON HOLD
--------------------------------------------------------------------------------------
NOTES: LOT 2 NOT RELEASED. UNLOCK = LOT 1 PRE-SHIPMENT INSPECTION PASSED (AQL 2.5)
       + WRITTEN RELEASE SIGNED BY DANIEL OAKES, COMMERCIAL DIRECTOR.
       MATERIAL AUTHORITY: LOT 1 ONLY.
--------------------------------------------------------------------------------------
"""
case("p36_po_lot1_vs_release_letter", ["RG011"],
     "two files: ERP PO rev 2 releases Lot 1 = 500 sets (1,500 on hold); signed release letter for the same order releases 600 (1,400 on hold)",
     [("PHD-PO-24-0420_rev2.txt", _p36_po),
      ("Release_letter_R-01_PHD-PO-24-0420.pdf", pdf([
         ("h1", "Pennine Hospitality Distribution - Production release R-01"),
         ("p", "To: Kaveri Home Linens Pvt. Ltd., Karur. Order: PHD-PO-24-0420, double bed linen sets 200 TC percale."),
         ("p", "Sample sign-off: approved by our client (Harrogate aparthotels) on 18/04/2024, record SO-0418."),
         ("table", [
             ["", "Sets"],
             ["Released by this letter (Lot 1)", "600"],
             ["On hold (Lot 2)", "1,400"],
         ]),
         ("p", "Lot 2 is not released. It will be released only after the Lot 1 pre-shipment inspection has passed "
               "and I sign a further written release."),
         ("p", "Daniel Oakes, Commercial Director, 22 April 2024"),
     ], title="Release R-01", author="Pennine Hospitality Distribution"))])


# p37: email body says 18 sample robes, the attached DOCX PO says 12
_p37_docx = docx_bytes([
    ("h1", "Jawhara Hotels & Resorts - Purchase Order JH-PO-24-0262"),
    ("p", "Supplier: Pamukkale Tekstil San. ve Tic. A.S., Denizli. Date: 02 April 2024."),
    ("table", [
        ["Line", "Description", "Size", "Qty"],
        ["1", "Spa robe, honeycomb waffle 300 GSM, white, gold 'J' embroidery", "S/M", "6"],
        ["2", "as line 1", "L/XL", "6"],
        ["", "", "Total", "12"],
    ]),
    ("p", "Scope: the sample robes above are released. The production quantity of 2,400 robes is not released "
          "and stays on hold until the spa managers sign off the samples and Reem Al-Otaibi, Senior Buyer, "
          "sends a written production release. Material authority: sample-only."),
], author="Jawhara Procurement")
case("p37_email_18_vs_po_12", ["RG011"],
     "buyer email says PO is for 18 sample robes (6 per size x 3 sizes); attached PO lists 12 (2 sizes); scope otherwise complete",
     [("JH-PO-24-0262_spa_robes.eml", mail(
         "Reem Al-Otaibi <reem.alotaibi@jawharahotels.sa>",
         "Merve Yilmaz <merve.yilmaz@pamukkaletekstil.com.tr>",
         "JH-PO-24-0262 - spa robe samples",
         "Tue, 02 Apr 2024 12:00:00 +0300",
         "Dear Merve,\n\n"
         "Please find attached PO JH-PO-24-0262 for the 18 sample robes: 6 per size in S/M, L/XL and XXL, white "
         "honeycomb waffle with the gold 'J'.\n\n"
         "As written in the PO, the 2,400 production robes are not released until our spa managers sign off the "
         "samples and I send the written release.\n\n"
         "Delivery to Jawhara Jeddah Corniche, Spa Reception, before 25 April please.\n\n"
         "Kind regards,\nReem Al-Otaibi\nSenior Buyer, Jawhara Hotels & Resorts, Jeddah\n",
         attachments=[("JH-PO-24-0262.docx", _p37_docx, DOCX_MT)]))])


# p38: portal call-off: released 1,200 but the property lines add up to 1,140
_p38_rows = [("Al Noor Marina", 240, 120), ("Al Noor Deira", 180, 90), ("Al Noor JBR", 210, 100),
             ("Al Noor Dubai Hills", 130, 70)]
_p38_tr = "".join(f"<tr><td>{p}</td><td>{a}</td><td>{b}</td><td>{a + b}</td></tr>\n" for p, a, b in _p38_rows)
case("p38_calloff_split_sum_mismatch", ["RG011"],
     "portal call-off states 1,200 pcs released, but the per-property split adds up to 1,140; hold, next call-off and named signer present",
     [("ANH_Supplier_Portal_CO-2024-05.html", html_page(
         "Al Noor Supplier Portal - Call-off CO-2024-05",
         "<h2>Al Noor Hospitality Group &mdash; Supplier Portal</h2>\n"
         "<p>Supplier: <b>Crescent Terry Mills (Pvt) Ltd</b> &nbsp;|&nbsp; Frame agreement FA-TERRY-2024-B "
         "&nbsp;|&nbsp; Buyer: Rahul Menon</p>\n"
         "<h3>Call-off CO-2024-05 &mdash; replenishment to par, May 2024</h3>\n"
         "<p><b>Released by this call-off: 1,200 pcs</b> (bath towels 700 GSM and hand towels 600 GSM).</p>\n"
         "<table>\n<tr><th>Property</th><th>Bath towel</th><th>Hand towel</th><th>Total</th></tr>\n"
         + _p38_tr + "</table>\n"
         "<div class=\"note\">The remaining frame quantity is not released and stays on hold until the next "
         "call-off, signed by Noura Al Suwaidi, Group Procurement Manager. Material authority: this call-off only.</div>\n"
         "<p>Delivery: DAP each property, by 31-May-2024. Please pack per property and mark cartons with the call-off number.</p>"))])


# p39: release email says 1,200 pairs, the attached signed release says 1,000
_p39_pdf = pdf([
    ("h1", "QASR RESIDENCES - PRODUCTION RELEASE QR-REL-0417"),
    ("p", "Supplier: Ningbo Haoyu Slippers Co., Ltd. Order: QR-PO-55215, closed-toe waffle slippers, 4,800 pairs."),
    ("table", [
        ["", "Pairs"],
        ["Released by this document", "1,000"],
        ["Remaining on hold", "3,800"],
    ]),
    ("p", "Sample sign-off recorded 15 April 2024 (SSO-QR-0415). The remaining quantity is not released until "
          "Faisal Al-Harbi, Procurement Director, signs a further written release after the first delivery is "
          "inspected at Qasr Olaya."),
    ("p", "Signed: Faisal Al-Harbi, 17 April 2024"),
], title="QR-REL-0417", author="Qasr Residences")
case("p39_release_email_vs_pdf", ["RG011"],
     "release email says 1,200 pairs (twelve hundred), remaining 3,600; attached signed release says 1,000, remaining 3,800",
     [("QR-REL-0417_slippers.eml", mail(
         "Sameer Qureshi <s.qureshi@qasrresidences.sa>",
         "Kevin Zhou <kevin@haoyuslippers.com>",
         "QR-PO-55215 slippers - production release",
         "Wed, 17 Apr 2024 14:10:00 +0300",
         "Dear Kevin,\n\n"
         "Good news, the samples passed. Attached is the signed release QR-REL-0417.\n\n"
         "We are releasing 1,200 pairs (twelve hundred) now, for Al Malqa and the Diplomatic Quarter. The "
         "remaining 3,600 pairs stay on hold until Faisal signs a further release after we inspect the first "
         "delivery at Qasr Olaya.\n\n"
         "Same packing as the samples: 10 pairs per polybag, 200 pairs per carton.\n\nBest regards,"
         + sig("Sameer Qureshi", "Senior Buyer, FF&E and OS&E", "Qasr Residences Co., Riyadh", "+966 11 460 2231"),
         attachments=[("QR-REL-0417.pdf", _p39_pdf, PDF_MT)]))])


# p40: "twelve (21)" and "approved" for the colour standard and for the budget
case("p40_twelve_21_and_approved_twice", ["RG009", "RG011"],
     "sample order states 'twelve (21) sample bathrobes'; 'approved' used for the colour standard (technical) and the roll-out budget (commercial)",
     [("TQ_sample_order_bathrobes_PW.docx", docx_bytes([
         ("h1", "Sample order - bathrobes for Shoreditch and Greenwich"),
         ("p", "Thames Quay Serviced Apartments Ltd to Panipat Weaves Pvt. Ltd. PO TQ-24-0166. Date: 16 April 2024."),
         ("p", "Sample order: twelve (21) sample bathrobes, waffle 300 GSM, chalk colour, sizes M/L and XL."),
         ("p", "Status: the colour standard is approved for colour only (lab dip L2, chalk). The roll-out budget "
               "is approved by the board for this financial year; that is a budget decision, not a production release."),
         ("p", "The remaining roll-out robes are not released. Production release will be signed by Graham Pike, "
               "Head of Operations, after the samples pass the 20-wash test."),
         ("table", [
             ["Size", "Chest (cm)", "Length (cm)", "Sleeve (cm)"],
             ["M/L", "124", "118", "58"],
             ["XL", "134", "122", "60"],
         ]),
         ("p", "Material authority: sample-only. Hannah Whitfield, Procurement Lead."),
     ], author="Thames Quay Serviced Apartments"))])


# p41: buyer forwards the remittance advice: "so you can get started"
_p41_fwd = mail(
    "Accounts Payable <ap@penninehd.co.uk>",
    "Daniel Oakes <daniel.oakes@penninehd.co.uk>",
    "Remittance advice - payment run 18/04/2024",
    "Thu, 18 Apr 2024 09:05:00 +0100",
    "Payment run 18/04/2024 - remittance advice\n\n"
    "Supplier: Indus Home Textiles (INDUS-01)\n"
    "Invoice: IHT-DP-0417 (deposit 30% - PHD-PO-24-0430)\n"
    "Amount: GBP 2,952.00\nMethod: SWIFT, value date 19/04/2024\n\nAccounts Payable\n")
case("p41_remittance_get_started", ["RG012"],
     "PO scope complete (24 samples, 2,400 held); buyer forwards deposit remittance (rfc822) and says 'so you can get started on the towels'",
     [("FW_Remittance_advice_PHD-PO-24-0430.eml", mail(
         "Daniel Oakes <daniel.oakes@penninehd.co.uk>",
         "Ayesha Siddiqui <ayesha@indushometextiles.pk>",
         "FW: Remittance advice - payment run 18/04/2024",
         "Thu, 18 Apr 2024 10:12:00 +0100",
         "Hi Ayesha,\n\n"
         "See below from our accounts team: your deposit invoice (30% of the 2,400 bath sheets) was paid this "
         "morning, so you can get started on the towels.\n\n"
         "For reference, PO PHD-PO-24-0430 as issued: 24 sample bath sheets released; the 2,400 production "
         "bath sheets not released until our client signs off the samples and I sign a written production release.\n\n"
         "Kind regards,\nDaniel Oakes\nCommercial Director\nPennine Hospitality Distribution Ltd\n+44 113 496 0200\n",
         attachments=[("rfc822", _p41_fwd)]))])


# p42: supplier: sample charges paid and PO acknowledged, so bulk weaving of the "order" (a forecast) started
_p42_q = (
    "From: Reem Al-Otaibi\nSent: 4 April 2024 11:20\nTo: Emre Kaya\n"
    "Subject: JH-PO-24-0270 bath sheets\n\n"
    "Dear Emre,\n"
    "JH-PO-24-0270 covers 30 sample bath sheets only. Our Q3 forecast of 12,000 pcs is for your\n"
    "planning and is not released. Production is released only by my written release after our\n"
    "housekeeping panel signs off the samples.\n"
    "Kind regards, Reem\n")
case("p42_ack_and_sample_charge_start", ["RG008", "RG012"],
     "supplier: because sample charges are paid and the PO acknowledged, 'your order of 12,000 pcs' goes into bulk production Monday; buyer's quoted scope calls 12,000 a forecast, not released",
     [("RE_JH-PO-24-0270_bath_sheets.eml", mail(
         "Emre Kaya <emre.kaya@uludaghavlu.com.tr>",
         "Reem Al-Otaibi <reem.alotaibi@jawharahotels.sa>",
         "RE: JH-PO-24-0270 bath sheets",
         "Tue, 16 Apr 2024 16:40:00 +0300",
         "Dear Reem Hanim,\n\n"
         "Thank you, the sample charges arrived in our account yesterday and our PO acknowledgement is signed "
         "and sent back to you. So everything is in order from the commercial side, and we have put your order of "
         "12,000 pcs for Q3 into our bulk production plan; looms start on Monday 22 April.\n\n"
         "The 30 samples go out on Thursday with DHL.\n\n"
         "Best regards,\nEmre Kaya\nExport Sales, Uludag Havlu Tekstil A.S., Bursa\n+90 224 411 07 30\n\n"
         + quote_block(_p42_q) + "\n",
         in_reply_to="<h65-jhpo240270-0404@jawharahotels.sa>"))])


# p43: supplier order-tracking page: deposit received -> production released automatically; 'approved' twice
case("p43_tracking_page_deposit_release", ["RG009", "RG012"],
     "supplier order-tracking page: production 'released automatically on deposit receipt'; 'approved' used for the sample and for the PO",
     [("Jiayi_order_tracking_AB-2404.html", html_page(
         "Jiayi Hotel Supplies - Order tracking AB-2404",
         "<h2>Yangzhou Jiayi Hotel Supplies &mdash; Customer order tracking</h2>\n"
         "<p>Customer: <b>Andaman Bay Resorts Co., Ltd.</b>, Phuket &nbsp;|&nbsp; Order: AB-2404 &nbsp;|&nbsp; "
         "Article: spa amenity kit, bamboo box, lemongrass range &nbsp;|&nbsp; Order quantity: 12,000 kits</p>\n"
         "<table>\n<tr><th>Step</th><th>Status</th><th>Date</th><th>By</th></tr>\n"
         "<tr><td>1. Sample</td><td>Approved</td><td>05-Apr-2024</td><td>customer</td></tr>\n"
         "<tr><td>2. Purchase order</td><td>Approved</td><td>08-Apr-2024</td><td>customer</td></tr>\n"
         "<tr><td>3. Deposit 30%</td><td>Received (USD 3,096.00)</td><td>12-Apr-2024</td><td>finance</td></tr>\n"
         "<tr><td>4. Production</td><td>Released</td><td>12-Apr-2024</td><td>system</td></tr>\n"
         "<tr><td>5. Shipment</td><td>Planned ETD Shanghai 20-May-2024</td><td>&nbsp;</td><td>&nbsp;</td></tr>\n"
         "</table>\n"
         "<div class=\"note\">How it works: production is released automatically when the deposit is received, "
         "so your order never waits.</div>\n"
         "<p>Questions? Contact Cindy Wang, cindy@jiayihotelsupplies.cn</p>"))])


# p44: PO / release text uses "release" for the budget, the PO workflow and production
case("p44_release_three_meanings", ["RG009"],
     "document uses 'release' for the budget (board), the PO workflow (finance) and production; production scope itself complete",
     [("JH_Release_note_bath_linen_0405.pdf", pdf([
         ("h1", "JAWHARA HOTELS & RESORTS - RELEASE NOTE"),
         ("p", "To: Uludag Havlu Tekstil A.S., Bursa. Attn: Emre Kaya. Date: 05 April 2024. "
               "Order: JH-PO-24-0275, bath linen for the Makkah Ajyad refresh."),
         ("table", [
             ["Release", "Status"],
             ["Budget release (rooms refresh 2024)", "released by the Board on 02-Apr-2024"],
             ["PO release (SAP workflow)", "released by Finance on 03-Apr-2024"],
             ["Sample release", "30 sample sets released for production"],
             ["Production release of the balance (4,770 sets)", "not released"],
         ]),
         ("sp",),
         ("p", "The balance of 4,770 sets is on hold. It will be released only after our housekeeping panel signs "
               "off the samples, by a written production release signed by Reem Al-Otaibi, Senior Buyer."),
         ("p", "Material authority: sample-only."),
     ], title="Release note JH-PO-24-0275", author="Jawhara Hotels"))])


# p45: release letter that also confirms the 2025 forecast as a firm order
case("p45_release_plus_forecast_firm", ["RG008"],
     "release letter: 1,200 released, 4,800 on hold until inspection + named GPM; also 'the 2025 forecast of 36,000 is hereby confirmed as a firm order'",
     [("ANH_Release_R-01_terry_programme.pdf", pdf([
         ("h1", "Al Noor Hospitality Group - Production release R-01"),
         ("p", "To: Crescent Terry Mills (Pvt) Ltd, Faisalabad. Order: PO 4500842 rev 1, bath towel 700 GSM, "
               "commercial cover 6,000 pcs. Date: 22 April 2024."),
         ("p", "Sample sign-off: approved at the three pilot hotels on 18 April 2024 (record SSO-ANH-0418)."),
         ("table", [
             ["", "Bath towels"],
             ["Released by this letter (Lot 1)", "1,200"],
             ["On hold", "4,800"],
         ]),
         ("p", "The 4,800 pieces on hold are not released. They will be released only after the Lot 1 pre-shipment "
               "inspection is passed and I sign a further written release."),
         ("p", "2025: our group forecast of 36,000 bath towels for 2025 is hereby confirmed as a firm order from "
               "Al Noor Hospitality Group. This confirmation does not release production; releases for 2025 will "
               "follow lot by lot. Please plan your capacity accordingly."),
         ("sp",),
         ("p", "Noura Al Suwaidi, Group Procurement Manager"),
     ], title="Release R-01", author="Al Noor Hospitality Group"))])


# ==== END CASES


# ------------------------------------------------------------------- writer
def _formats_of(fn, data):
    """Return the set of formats a top-level file contributes (file itself + attachments)."""
    ext = Path(fn).suffix.lower().lstrip(".")
    found = {ext.upper() if ext != "htm" else "HTML"}
    if isinstance(data, EmailMessage):
        for part in data.walk():
            if part.get_content_type() == "message/rfc822":
                found.add("EML")
            name = part.get_filename()
            if name:
                e = Path(name).suffix.lower().lstrip(".")
                found.add(e.upper())
    return found


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    valid = {f"RG{i:03d}" for i in range(1, 13)}
    for c in CASES:
        assert set(c["expect"]) <= valid, c["name"]
        fns = [f[0] for f in c["files"]]
        assert len(fns) == len(set(fns)), c["name"]
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(6565).shuffle(order)
    labels = {}
    per_rule = {r: 0 for r in sorted(valid)}
    fmt_files, fmt_cases = {}, {}
    for idx, ci in enumerate(order, 1):
        c = CASES[ci]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h65_{idx:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        case_fmts = set()
        for fn, data in c["files"]:
            top = Path(fn).suffix.lower().lstrip(".").upper()
            fmt_files[top] = fmt_files.get(top, 0) + 1
            case_fmts |= _formats_of(fn, data)
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        for f in case_fmts:
            fmt_cases[f] = fmt_cases.get(f, 0) + 1
        for r in c["expect"]:
            per_rule[r] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    multifile = sum(1 for c in CASES if len(c["files"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multi} multi-file={multifile}")
    for r, n in per_rule.items():
        print(f"  {r}: {n}")
    print("  top-level files:", dict(sorted(fmt_files.items())))
    print("  cases containing:", dict(sorted(fmt_cases.items())))


if __name__ == "__main__":
    main()
