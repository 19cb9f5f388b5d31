#!/usr/bin/env python3
"""Generator for the releasegate check_holdout42 corpus (toys, gifts, promotional merchandise).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout42/build.py

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
    m["Message-ID"] = msgid or f"<h42-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h42")
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

import textwrap  # noqa: E402


def D(s):
    """dedent a triple-quoted block and drop the first newline"""
    return textwrap.dedent(s).lstrip("\n")


def quote(text):
    """quote a block of text the way mail clients do"""
    return "\n".join((">" + (" " + ln if ln else "")) for ln in text.rstrip("\n").split("\n")) + "\n"


def txt2html(text):
    """very small text -> html conversion for multipart/alternative parts"""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(ln) for ln in p.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n"


def E(fn, msg):
    return (fn, eml_bytes(msg))


TXT_MT = "text/plain"
HTML_MT = "text/html"


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers, on its own
case("c01_quote_tiers", [], "supplier quote on its own: sample and MP tiers, no authorization in the bundle", [
    ("Quotation_JP-Q240318.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", "Dongguan Joyful Plush Toys Co., Ltd. | No. 18 Xin'an Road, Chang'an Town, Dongguan, "
              "Guangdong 523850, China | Tel +86 769 8530 2271"),
        ("p", "To: Bramble & Finch Toys, Inc., 1120 SE Division St, Portland, OR 97202, USA - "
              "Attn: Ms. Kayla Moreno (Product Sourcing)"),
        ("p", "Quote No.: JP-Q240318    Date: 18 Mar 2024    Valid: 60 days"),
        ("p", "Item: BF-2207 'Clover the Bunny' 30 cm plush, 2 mm minky, embroidered eyes and nose "
              "(no plastic parts, suitable 0+), satin ear lining, PP cotton filling 120 g."),
        ("sp",),
        ("table", [
            ["Stage", "Qty", "Unit price (USD)", "Lead time", "Remark"],
            ["Pre-production (PP) samples", "6 pcs", "18.00", "7 working days",
             "sample fee, refunded on first mass order"],
            ["Mass production tier 1", "3,000 pcs", "3.85", "35 days", "MOQ 1,000 per colour"],
            ["Mass production tier 2", "5,000 pcs", "3.55", "40 days", ""],
            ["Mass production tier 3", "10,000 pcs", "3.30", "45 days", "2 colours max"],
        ]),
        ("sp",),
        ("p", "Testing: EN71-1/2/3 and ASTM F963-17 at SGS Dongguan, USD 680 per report set, charged at cost. "
              "CPSIA total lead and phthalates USD 210."),
        ("p", "Packing: 1 pc per polybag with suffocation warning, 48 pcs per export carton, carton "
              "60 x 40 x 45 cm, G.W. 7.5 kg."),
        ("p", "Payment: 30% deposit, 70% balance against copy of B/L. Lead times count from the date of "
              "your production order."),
        ("p", "This quotation is an offer only. Prices based on RMB/USD 7.10 and fabric price on the date "
              "of quote; we keep the right to adjust if fabric price moves more than 5%."),
        ("sp",),
        ("p", "Lily Chen, Sales Manager - lily.chen@joyfulplush.cn - WeChat lilychen_jp"),
    ], title="Quotation JP-Q240318", author="Lily Chen")),
])

# c02 supplier question (go ahead?) under a complete buyer scope, quoted
_c02_orig = D("""
    Hi Kevin,

    Please find PO PG-24-0117 attached for 20 samples of the Moon & Stars night light
    (SKU PG-NL-330), GBP 6.50 each, delivery to Leeds.

    To be clear: only the 20 samples are ordered. The 2,400 pcs in your quote are not
    released, and no material or components should be bought for them. Production can
    only be released after (1) the samples pass our EN 62115 / UKCA check and (2) I send
    you a written production release with a release number.

    Cheers,
    Oliver Hartley
    Senior Buyer, Pennywhistle Gifts Ltd, Leeds
""")
_c02_body = D("""
    Hi Oliver,

    Thanks for the PO. The 20 samples are in SMT now, we send by DHL on Friday with tracking.

    One question: our PCBA house have lead time 25 days for the LED driver IC (BP2863). Can we go
    ahead with the 2,400 pcs now, or at least order the ICs? If we wait for your release the
    Christmas shipment may be tight.

    Please advise.

    Best regards
    Kevin Zhou
    Sales Dept. | Shenzhen Brightstar Electronic Toys Co., Ltd.
    Bldg 6, Hengfeng Industrial City, Bao'an District, Shenzhen
    Tel/WeChat: +86 138 2654 0917

    -----Original Message-----
    From: Oliver Hartley <oliver.hartley@pennywhistlegifts.co.uk>
    Sent: Monday, April 8, 2024 4:12 PM
    To: Kevin Zhou <kevin@brightstar-toys.cn>
    Subject: PO PG-24-0117 - LED night light samples

""") + quote(_c02_orig)
case("c02_supplier_question", [], "supplier asks whether it may go ahead; quoted buyer scope is complete", [
    E("RE_PO_PG-24-0117.eml", mail(
        "Kevin Zhou <kevin@brightstar-toys.cn>",
        "Oliver Hartley <oliver.hartley@pennywhistlegifts.co.uk>",
        "RE: PO PG-24-0117 - LED night light samples",
        "Tue, 09 Apr 2024 10:31:07 +0800", _c02_body,
        in_reply_to="<pg-24-0117-po@pennywhistlegifts.co.uk>")),
])

# c03 labelled forecast (DOCX table)
case("c03_forecast", [], "clearly labelled non-binding forecast; not an order, no authority", [
    ("Wattle_demand_forecast_FY25H1.docx", docx_bytes([
        ("h1", "Rolling demand forecast - FY25 H1 (Jul-Dec 2024)"),
        ("p", "Supplier: Ningbo Harvest Houseware & Gifts Co., Ltd. (attn. Amy Xu)"),
        ("p", "Issued by: Wattle & Co Gifts Pty Ltd, 44 Smith Street, Collingwood VIC 3066, Australia"),
        ("p", "Revision F-07, issued 3 June 2024 (replaces F-06)"),
        ("h", "Status of this document"),
        ("p", "This is a planning forecast only. It is not a purchase order, it is not a commitment to buy, "
              "and it gives no authority to produce or to buy material. The numbers will move. Anything built "
              "or bought against them before you hold a purchase order and a written production release from "
              "Wattle & Co is at your own risk."),
        ("table", [
            ["SKU", "Description", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "H1 total"],
            ["WTL-1042", "Enamel camp mug 350 ml, eucalyptus print", "0", "1,200", "1,800", "2,400", "2,400", "600", "8,400"],
            ["WTL-1043", "Bamboo-lid tumbler 450 ml", "600", "600", "900", "1,200", "1,500", "300", "5,100"],
            ["WTL-1050", "Gift set (mug + tea towel), kraft box", "0", "0", "500", "1,500", "2,000", "0", "4,000"],
        ]),
        ("p", "What we need from you: tell us by 14 June if any month is a problem for your enamel line, and "
              "flag any material with a lead time over 6 weeks."),
        ("p", "July quantities will come on a separate PO as usual."),
        ("p", "Contact: Priya Nair, Supply Planner - priya.nair@wattleandco.com.au - +61 3 9012 4477"),
    ], author="Priya Nair")),
])

# c04 scoped PP sample sign-off, multipart/alternative
_c04 = D("""
    Hi Jason,

    The PP samples landed Tuesday and our product team went through them yesterday against the
    golden sample from March.

    Sign-off, PP sample only: colours, pad print on the whale and the squirt-hole size are fine.
    The seam on the octopus still shows a little flash - please fix that on the production tool,
    no need to resample for it.

    What this does NOT do: it does not release mass production. PO THP-3391 covered the 8 PP sets
    and that is all that is on order today. The 3,000 sets on your quote EV-2024-077 stay on hold.
    The production release needs the ASTM F963 and CPSIA lead/phthalate reports from Intertek first,
    and then a written release from me with a release number. Please don't buy PVC or print gift
    boxes for the 3,000 until you have that.

    I'll chase Intertek for the report dates this week.

    Thanks for the quick turnaround,
    Marcus
""") + sig("Marcus Webb", "Sourcing Manager", "Tiny Harbor Playthings LLC, 88 Summer St, Boston MA 02110",
           "+1 617 555 0148")
case("c04_pp_signoff_scoped", [], "PP sample sign-off scoped; 3,000 on hold until lab reports + written release by signer", [
    E("PP_sample_signoff_THP-BATH-06.eml", mail(
        "Marcus Webb <mwebb@tinyharborplay.com>", "Jason Li <jason.li@everwin-vinyl.com>",
        "PP sample sign-off - THP-BATH-06 Harbor Friends bath set",
        "Thu, 23 May 2024 08:47:12 -0400", _c04, html=txt2html(_c04),
        cc="QA <qa@tinyharborplay.com>")),
])

# c05 full-quantity repeat PO with "please proceed" and payment terms
case("c05_repeat_po_full_qty", [], "full-quantity repeat PO; proceed names the 5,000; payment 'balance' is money not quantity", [
    ("PO_BP-88412.pdf", pdf([
        ("h1", "PURCHASE ORDER BP-88412"),
        ("p", "Buyer: Brightpath Promotions LLC, 2200 W Fulton St, Chicago IL 60612, USA - Buyer: Dana Kowalski, "
              "dana@brightpathpromo.com, +1 312 555 0190"),
        ("p", "Supplier: Shenzhen Topwin Promotional Gifts Co., Ltd., 3F Block A, Xinhe Industrial Park, Fuyong, "
              "Shenzhen - Contact: Sunny He"),
        ("p", "Date: 14 May 2024 | Terms: FOB Yantian | Payment: 30% deposit, 70% balance before shipment"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "TW-PEN-205", "Metal click pen, blue ink, 1-colour laser logo 'Halvorsen Credit Union'", "5,000", "0.42", "2,100.00"],
            ["2", "PKG-SLV", "Kraft sleeve, 1 pen per sleeve", "5,000", "0.05", "250.00"],
            ["", "", "", "", "Total", "2,350.00"],
        ]),
        ("sp",),
        ("p", "Repeat order: same artwork, spec and packing as PO BP-87190 (October 2023). No pre-production "
              "sample needed; please send 3 pcs from the first production carton by express for our file."),
        ("p", "This PO is for the full quantity of 5,000 pens. Please proceed with production of the 5,000 pcs "
              "on receipt. Nothing further is planned under this order."),
        ("p", "Ship date on or before 21 June 2024. Shipping marks: BRIGHTPATH / BP-88412 / C/No. 1-UP / MADE IN CHINA. "
              "500 pcs per carton, max. carton weight 15 kg."),
        ("p", "Inspection: pre-shipment inspection AQL 2.5 / 4.0 by our QC partner, please give 5 working days notice."),
    ], pagesize=LETTER, title="PO BP-88412", author="Dana Kowalski")),
])

# c06 explicit recorded auto-conversion (DOCX side letter with table)
case("c06_auto_conversion_recorded", [], "explicit recorded auto-conversion naming quantity, signer and conditions; rest on hold with named releaser", [
    ("Side_letter_PO_KS-4471.docx", docx_bytes([
        ("h1", "Side letter to PO KS-4471 - Holz-Eisenbahn Starter-Set (Art.-Nr. 71-220)"),
        ("p", "Between Spielwaren Kessler GmbH, Würzburger Str. 212, 90766 Fürth (buyer) and Ningbo Greenwood "
              "Toys Co., Ltd., Yinzhou District, Ningbo (supplier). Date: 22.04.2024."),
        ("h", "1. Scope of PO KS-4471"),
        ("p", "PO KS-4471 is our commercial cover for 6.000 sets in total. Today only the 40 pre-production sets "
              "are released for production."),
        ("h", "2. Auto-conversion - agreed and recorded"),
        ("p", "Both parties agree and record the following: when Dr. Anke Vogel (Head of Quality, Kessler) signs "
              "off the golden sample in writing AND the EN 71-1/-2/-3 reports from TÜV Rheinland Shanghai are "
              "passed, 2.000 sets are released for production by that sign-off itself. No separate release letter "
              "is needed for these 2.000 sets. A sign-off with open points, or an interim sign-off, releases nothing."),
        ("h", "3. The rest stays on hold"),
        ("p", "The remaining 3.960 sets (6.000 - 40 - 2.000) are not released. They are released only by a written "
              "production release signed by Jonas Brandt (Leiter Einkauf / Head of Purchasing), after the first "
              "2.000 sets have passed our final random inspection."),
        ("h", "4. Material"),
        ("p", "Material authority: sample-only until the golden-sample sign-off; after it, staged up to 2.000 sets "
              "(beech wood, water-based paint, magnets). Material for the remaining 3.960 sets only after the "
              "written release in section 3."),
        ("table", [
            ["Quantity", "Status", "Trigger", "Who"],
            ["40 sets", "released (pre-production)", "PO KS-4471", "-"],
            ["2.000 sets", "on hold - auto-conversion recorded", "golden-sample sign-off + passed EN 71 reports", "Dr. Anke Vogel"],
            ["3.960 sets", "on hold", "written production release after final random inspection", "Jonas Brandt"],
        ]),
        ("sp",),
        ("p", "für Spielwaren Kessler GmbH: Jonas Brandt / Dr. Anke Vogel"),
        ("p", "for Ningbo Greenwood Toys Co., Ltd.: Helen Fang, General Manager"),
    ], author="Jonas Brandt")),
])

# c07 supplier: deposit does not release production (+ PDF PI attachment)
_c07_q = D("""
    Hi Coco,

    Payment for the pin mould + 10 samples went out today (PO RM-2024-061, your PI YS240502).
    Reminder that the 5,000 pins are not released yet - I'll send the production release in
    writing myself once Koala Fest have signed off the golden sample.

    Thanks!
    Jess Moreau
    Account Director, Redgum Merch, Surry Hills NSW
""")
_c07 = D("""
    Dear Jess,

    Good day! We received your TT USD 420.00 today for the pin mould and the 10 pcs samples,
    thank you so much.

    Please kindly noted: this payment is for mould and samples only, it not mean the mass
    production start. Our factory will not make the 5000 pcs pins until Koala Fest sign the
    golden sample and you send us the production release in writing, same like your PO say.
    After we get your release we send you the PI for bulk with 30% deposit.

    Mould finish in 5 days, then samples 3 days, we send by FedEx to your office in Surry Hills.
    Pantone 7527C and 3435C are matched, photo of colour chips attached to the PI.

    Any question pls feel free contact me.

    Best regards,
    Coco Wang
    Yiwu Sunrise Trading Co., Ltd.
    Room 1203, Block B, Futian Market District 2, Yiwu, Zhejiang
    Mob/WhatsApp: +86 159 8890 3312

    ------------------ Original ------------------
    From: "Jess Moreau" <jess@redgummerch.com.au>
    Date: Thu, May 2, 2024 10:41 AM
    Subject: Deposit for mould - enamel pin KOALA-FEST

""") + quote(_c07_q)
case("c07_deposit_not_release", [], "supplier states payment does not start mass production; quoted buyer scope complete; PI shows MP price as reference only", [
    E("Re_Deposit_for_mould_KOALA-FEST.eml", mail(
        "Coco Wang <coco@ywsunrise-trading.com>", "Jess Moreau <jess@redgummerch.com.au>",
        "Re: Deposit for mould - enamel pin KOALA-FEST", "Thu, 02 May 2024 16:20:44 +0800", _c07,
        attachments=[("PI_YS240502.pdf", pdf([
            ("h1", "PROFORMA INVOICE YS240502"),
            ("p", "Seller: Yiwu Sunrise Trading Co., Ltd. | Buyer: Redgum Merch Pty Ltd, 12 Foveaux St, Surry Hills NSW 2010"),
            ("p", "Your ref: PO RM-2024-061 | Date: 30 Apr 2024"),
            ("table", [
                ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                ["1", "Soft enamel pin mould, 30 mm koala, gold plating", "1 set", "300.00", "300.00"],
                ["2", "Samples, soft enamel, butterfly clutch, backing card", "10 pcs", "12.00", "120.00"],
                ["", "", "", "Total", "420.00"],
            ]),
            ("p", "Mass production reference price: USD 0.38/pc at 5,000 pcs. For reference only - not included "
                  "in this PI and not ordered."),
            ("p", "Bank: Bank of China Yiwu Branch, SWIFT BKCHCNBJ92H, A/C 3560 6812 0045"),
        ], title="PI YS240502", author="Coco Wang"), PDF_MT)],
        in_reply_to="<rm-2024-061-dep@redgummerch.com.au>")),
])

# c08 ERP call-off with explicit staged material authority above the release
_c08 = D("""
    WATTLE & CO GIFTS PTY LTD                                     SCHEDULE RELEASE / CALL-OFF
    44 Smith Street, Collingwood VIC 3066  ABN 51 602 118 447     Page 1 of 1
    ------------------------------------------------------------------------------------------
    Blanket PO : WTL-BPO-2024-09          Call-off no. : 03            Date : 05-AUG-2024
    Supplier   : NBHARV01  Ningbo Harvest Houseware & Gifts Co., Ltd.
    Planner    : P. NAIR                  Currency : USD              Incoterm : FOB NINGBO
    ------------------------------------------------------------------------------------------
    LN  ITEM        DESCRIPTION                          UOM    BPO QTY   PREV REL   THIS REL
    --  ----------  -----------------------------------  ---  ---------  ---------  ---------
    01  WTL-1042    ENAMEL CAMP MUG 350ML EUCALYPTUS     PCS     12,000      4,000      2,000
                    DECAL REF DW-1042-R3  CTN 36 PCS
    ------------------------------------------------------------------------------------------
    CUMULATIVE RELEASED AFTER THIS CALL-OFF ............................. 6,000 PCS
    NOT RELEASED (BPO BALANCE) .......................................... 6,000 PCS
    ------------------------------------------------------------------------------------------
    NOTES
    1. PRODUCTION RELEASE: THIS CALL-OFF RELEASES 2,000 PCS FOR PRODUCTION. SHIP WK 38.
    2. THE BPO BALANCE OF 6,000 PCS IS NOT RELEASED. IT IS RELEASED ONLY BY A FURTHER
       CALL-OFF SIGNED BY PRIYA NAIR (SUPPLY PLANNER) OR TOM GALLAGHER (HEAD OF BUYING).
    3. MATERIAL AUTHORITY: STAGED UP TO 8,000 PCS CUMULATIVE (ENAMEL BLANKS + DECALS).
       WATTLE & CO CARRIES THE COST OF THIS MATERIAL UP TO 8,000 PCS IF THE PROGRAM IS
       CANCELLED. MATERIAL BEYOND 8,000 PCS IS AT SUPPLIER RISK.
    4. PRE-SHIPMENT INSPECTION AQL 2.5 MAJOR / 4.0 MINOR BY QIMA. BOOK 5 DAYS AHEAD.
    5. SHIPPING MARKS: WATTLE & CO / WTL-1042 / BPO 2024-09 / CO 03 / C/NO.
    ------------------------------------------------------------------------------------------
    PRINTED 05-AUG-2024 14:02  USER PNAIR  MYOB ADVANCED  RPT PO-CALLOFF-02
""")
case("c08_calloff_staged_material", [], "call-off releases 2,000; balance on hold to next call-off by named signers; staged material authority 8,000 is explicit", [
    ("WTL-BPO-2024-09_CO03.txt", _c08),
])

# c09 supplier order confirmation restating the hold
case("c09_supplier_ack_hold", [], "supplier acknowledgement restates sample-only scope and the hold; non-authorizing", [
    ("OC_JP-OC-240402.pdf", pdf([
        ("h1", "ORDER CONFIRMATION"),
        ("p", "Dongguan Joyful Plush Toys Co., Ltd., Chang'an Town, Dongguan, China"),
        ("p", "Customer: Bramble & Finch Toys, Inc., Portland OR - Attn. Kayla Moreno"),
        ("p", "Your PO: BF-PO-5521 dated 1 Apr 2024    Our ref: JP-OC-240402    Date: 2 Apr 2024"),
        ("table", [
            ["Item", "Description", "Qty confirmed", "Unit USD", "Amount USD"],
            ["BF-2207", "Clover the Bunny 30 cm - PP sample, new ear embroidery", "12 pcs", "18.00", "216.00"],
        ]),
        ("h", "Scope as we understand it"),
        ("p", "We confirm we make the 12 PP samples only. The 5,000 pcs mass production quantity from our quote "
              "JP-Q240318 is not released by this PO. We will not cut fabric or buy material for mass production. "
              "Mass production can start only after Bramble & Finch signs off the PP sample and Ms. Kayla Moreno "
              "sends us a written production release."),
        ("p", "Samples ETD 12 Apr 2024 by DHL to your Portland office. Sample fee invoiced with this confirmation."),
        ("sp",),
        ("p", "Lily Chen, Sales Manager"),
    ], title="Order confirmation JP-OC-240402", author="Lily Chen")),
])

# c10 buyer corrects a quoted supplier auto-conversion assumption
_c10_q = D("""
    Dear Oliver,
    Attached new photos of 24 pcs samples (hand painted, with gold hanging loop).
    Once you approve samples we will start bulk 3,600 pcs immediately, so can ship end of August.
    Best regards, Rita
""")
_c10 = D("""
    Hi Rita,

    Thanks - photos look good and the red on the robin's breast is much better than round one.

    One correction on your line below about starting the bulk as soon as we OK the samples:
    please don't. Signing off the samples does not start anything. The 3,600 pcs stay on hold
    until I send you a written production release with a release number, and I'll only do that
    once the samples have also passed EN71-3 at Bureau Veritas. Until then the 24 samples are
    the only thing on order.

    Could you send the samples by FedEx to Leeds, attention me? Account no. is on the PO.

    Cheers,
    Oliver

    Oliver Hartley | Senior Buyer | Pennywhistle Gifts Ltd
    Unit 4, Kirkstall Industrial Park, Leeds LS5 3BT | +44 113 496 0221

    -----Original Message-----
    From: Rita Zhang <rita@nbseaviewcrafts.cn>
    Sent: 16 July 2024 08:05
    To: Oliver Hartley
    Subject: RE: PG-24-0140 Christmas robin ornaments - samples

""") + quote(_c10_q)
case("c10_buyer_corrects_autoconv", [], "quoted supplier assumes auto-conversion; buyer's reply corrects it with complete scope", [
    E("RE_RE_PG-24-0140_robin_ornaments.eml", mail(
        "Oliver Hartley <oliver.hartley@pennywhistlegifts.co.uk>", "Rita Zhang <rita@nbseaviewcrafts.cn>",
        "RE: RE: PG-24-0140 Christmas robin ornaments - samples", "Tue, 16 Jul 2024 09:58:31 +0100", _c10,
        in_reply_to="<ns-240716-0805@nbseaviewcrafts.cn>")),
])

# c11 ERP sample PO, German/English, identifiers that look like quantities
_c11 = D("""
    SPIELWAREN KESSLER GMBH            BESTELLUNG / PURCHASE ORDER          4500031877
    Wuerzburger Str. 212, 90766 Fuerth                                    Datum: 11.03.2024
    -------------------------------------------------------------------------------------------
    Lieferant/Supplier: 200451  Shenzhen Brightstar Electronic Toys Co., Ltd.
    Einkaeufer/Buyer  : J. BRANDT   Tel +49 911 7650 230   j.brandt@spielwaren-kessler.de
    Lieferbed./Inco   : FOB Shenzhen        Zahlung/Payment: 30 % Anzahlung, 70 % vor Verschiffung
    -------------------------------------------------------------------------------------------
    Pos  Material      Bezeichnung / Description                 Menge  ME   Preis USD    Wert USD
    ---  ------------  ----------------------------------------  -----  ---  ---------  ----------
    010  3000-120      RC Monstertruck 1:24, 2,4 GHz - MUSTER       30  ST       14,50      435,00
                       Zeichnung 3000-120-500 Rev 12
                       Akku Li-Ion 3,7 V 500 mAh (UN38.3), USB-C
    -------------------------------------------------------------------------------------------
    Gesamtwert/Total                                                                  435,00 USD

    Bestelltext / Order text:
    - Pos. 010: 30 Vorserienmuster fuer Pruefung nach EN 71-1:2014+A1:2018, EN 62115:2020
      und RED 2014/53/EU. Nur diese 30 Stueck sind bestellt.
    - Die Serienmenge laut Angebot BS-2024-0311 ist NICHT freigegeben. Material nur fuer
      die Muster beschaffen.
    - Produktionsfreigabe erst nach Musterabnahme durch unsere QS und schriftlicher
      Freigabe durch Jonas Brandt (Leiter Einkauf).
    - EN: Only the 30 samples are ordered. Series production is not released; it needs our
      QA sample sign-off and then a written release from Jonas Brandt. Buy material for the
      samples only.
    - Muster an: Spielwaren Kessler GmbH, Wareneingang Tor 3, z. Hd. Dr. A. Vogel (QS)

    Es gelten unsere Einkaufsbedingungen (AEB 2023/01), siehe www.spielwaren-kessler.de/aeb
    -------------------------------------------------------------------------------------------
    SAP ME9F  11.03.2024 15:44  BRANDTJ
""")
case("c11_erp_sample_po_identifiers", [], "complete sample PO (30 pcs, series on hold, QA sign-off + written release by J. Brandt); numbers in identifiers", [
    ("Bestellung_4500031877.txt", _c11),
])

# c12 promo agency brief, HTML with table, complete scope
_c12 = D("""
    <h2>Redgum Merch - Production brief RGM-0419</h2>
    <p><b>Client:</b> Coastline Bank (Sydney) - "Wally the Wallet Koala" keyring<br>
    <b>Factory:</b> Shenzhen Topwin Promotional Gifts Co., Ltd. - attn. Sunny He<br>
    <b>Brief date:</b> 6 May 2024 &nbsp; <b>PO:</b> RGM-PO-0419</p>
    <table>
    <tr><th>Item</th><th>Spec</th><th>Quantity</th><th>Status</th></tr>
    <tr><td>PP samples</td><td>10 cm plush koala, embroidered logo on belly, 25 mm split ring, PMS 7527 C / 3435 C</td><td>25 pcs</td><td>released now</td></tr>
    <tr><td>Event quantity</td><td>same spec, individual polybag with header card</td><td>2,500 pcs</td><td><b>NOT released</b> - client's planned quantity, not an order</td></tr>
    </table>
    <div class="note">
    <p><b>What you can do now:</b> make the 25 PP samples and buy material for those 25 only.</p>
    <p><b>What you can't do yet:</b> anything for the 2,500. No fabric, no embroidery programme for bulk, no header cards.</p>
    <p><b>What unlocks it:</b> Coastline Bank signs off the PP samples, and then I send you a written production
    release on Redgum letterhead with the quantity on it. Nothing else releases the 2,500 - not the PO, not a deposit.</p>
    </div>
    <p>Compliance: AS/NZS ISO 8124.1 and .3 test report required before shipment (keyring is for 14+, label accordingly).
    Carton: 100 pcs/ctn, shipping marks REDGUM / RGM-0419 / C/NO.</p>
    <p>Jess Moreau<br>Account Director, Redgum Merch Pty Ltd<br>12 Foveaux St, Surry Hills NSW 2010 | +61 2 8005 3140</p>
""")
case("c12_promo_brief_html", [], "promo brief: 25 PP samples released, 2,500 explicitly not released; unlock = client sign-off + written release by Jess Moreau", [
    ("brief_RGM-0419.html", html_page("Production brief RGM-0419", _c12)),
])

# c13 multi-file: PO pdf + cover mail forwarding an old quote (rfc822) declared informational
_c13_oldq = mail(
    "Frank Xu <frank@kidsway-toys.com>", "Marcus Webb <mwebb@tinyharborplay.com>",
    "Quotation KW-Q-23-311 stacking cups 10 pcs set", "Mon, 13 Nov 2023 15:02:40 +0800", D("""
    Dear Marcus,

    Please find our quotation for the stacking cups set (10 cups, PP #5, food grade):

    - Wall thickness 1.6 mm, 10 colours, numbers 1-10 embossed on the bottom
    - Qty 8,000 sets: USD 1.12 / set, FOB Ningbo
    - Color box 210x105x105 mm, 24 sets / carton
    - Mould: existing, no mould cost
    - Lead time: 30 days

    Best regards
    Frank Xu
    Ningbo Kidsway Plastic Toys Co., Ltd.
    """))
_c13 = D("""
    Hi Frank,

    PO TH-2024-118 went out through Coupa this morning (PDF copy attached to the Coupa
    notification as well). It covers 10 PP sample sets of the stacking cups, nothing more.

    I'm forwarding your November quote below so we're both looking at the same spec (1.6 mm
    wall, PP #5, numbers embossed). The 8,000-set price in it is there for information only -
    that quote is old, and nothing in it is ordered or released. Production stays on hold until
    the PP sets have been signed off and have passed ASTM F963 / CPSIA, and I've sent you a
    written production release.

    Best,
    Marcus
""") + sig("Marcus Webb", "Sourcing Manager", "Tiny Harbor Playthings LLC", "+1 617 555 0148")
case("c13_po_plus_old_quote", [], "multi-file: sample PO + cover mail; forwarded old 8,000 quote declared informational; complete scope", [
    ("PO_TH-2024-118.pdf", pdf([
        ("h1", "Tiny Harbor Playthings LLC - Purchase Order TH-2024-118"),
        ("p", "88 Summer St, Boston MA 02110 | Buyer: Marcus Webb | Date: 04 Jun 2024"),
        ("p", "Supplier: Ningbo Kidsway Plastic Toys Co., Ltd. (vendor 30077)"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
            ["1", "THP-STK-10", "Stacking cups, 10 pc set - PP sample, production material and colours", "10 sets", "9.00", "90.00"],
        ]),
        ("p", "Scope: this PO covers the 10 PP sample sets only. Any production quantity is not released. "
              "Production may be released only by a written production release from Marcus Webb, issued after "
              "PP sample sign-off and passing ASTM F963-17 and CPSIA tests. Buy material for the 10 sets only."),
        ("p", "Ship samples by FedEx IP, account 4410-2291-7."),
    ], pagesize=LETTER, title="PO TH-2024-118", author="Marcus Webb")),
    E("Fwd_stacking_cups_quote_PO_TH-2024-118.eml", mail(
        "Marcus Webb <mwebb@tinyharborplay.com>", "Frank Xu <frank@kidsway-toys.com>",
        "Fwd: Quotation KW-Q-23-311 stacking cups - PO TH-2024-118", "Tue, 04 Jun 2024 10:12:09 -0400",
        _c13, attachments=[("rfc822", _c13_oldq)])),
])

# c14 call-off portal page (HTML table), complete
_c14 = D("""
    <h2>Juniper Lane Gifts - Supplier Portal</h2>
    <p>Supplier: <b>Yiwu Starlight Crafts Co., Ltd.</b> (SUP-0193) &nbsp;|&nbsp; Agreement: <b>JL-SA-2024-02</b> (soy candle tins, 3 scents)</p>
    <h3>Production release REL-0007</h3>
    <table>
    <tr><th>Release</th><th>Date</th><th>Item</th><th>Released this release</th><th>Cumulative released</th><th>Agreement qty</th><th>Not released</th></tr>
    <tr><td>REL-0007</td><td>2024-09-02</td><td>JL-CT-8OZ-FIG (fig &amp; cedar, 8 oz tin)</td><td>1,500</td><td>4,500</td><td>9,000</td><td>4,500</td></tr>
    </table>
    <p class="note">The remaining 4,500 tins under JL-SA-2024-02 are <b>not released</b>. The next release is issued only
    through this portal by Rachel Ortiz (Category Manager), after the QC report for the REL-0007 lots has been accepted.
    Material: buy only for the cumulative released quantity (4,500).</p>
    <p>Ship window: 2024-10-07 to 2024-10-14, FOB Ningbo. Prop 65 label on base, UPC 8 41234 50210 7.</p>
    <p><small>Generated 2024-09-02 16:40 MDT &middot; portal.juniperlanegifts.com &middot; ref 7f3a-0007</small></p>
""")
case("c14_portal_release", [], "portal release: 1,500 released (4,500 cum.), remaining 4,500 not released until next portal release by R. Ortiz after QC", [
    ("portal_release_REL-0007.html", html_page("Supplier Portal - REL-0007", _c14)),
])

# c15 multi-file: German PO 1.000 Stück + English mail 1,000 pcs (consistent), full quantity
case("c15_de_po_and_mail_consistent", [], "multi-file full-quantity repeat order; 1.000 Stück and 1,000 pcs are the same quantity", [
    ("Bestellung_KS-4502.docx", docx_bytes([
        ("h1", "Bestellung KS-4502"),
        ("p", "Spielwaren Kessler GmbH - Würzburger Str. 212 - 90766 Fürth"),
        ("p", "An: Ningbo Greenwood Toys Co., Ltd., z. Hd. Helen Fang"),
        ("p", "Datum: 03.06.2024   Ihr Angebot: GW-2024-071   Lieferbedingung: FOB Ningbo"),
        ("table", [
            ["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"],
            ["10", "71-305", "Holzpuzzle Bauernhof, 12 Teile, Buche, Wasserlack", "1.000 Stück", "2,35 USD", "2.350,00 USD"],
        ]),
        ("p", "Nachbestellung, unverändert zu Bestellung KS-4390 (Serienmuster abgenommen 2023). "
              "Diese Bestellung gilt für die gesamte Menge von 1.000 Stück; Sie können die 1.000 Stück sofort fertigen."),
        ("p", "Kartoninhalt 24 Stück, Versandmarkierung KESSLER / 71-305 / KS-4502. Prüfung EN 71-3:2019+A1:2021 "
              "aus laufender Fertigung."),
        ("p", "Mit freundlichen Grüßen, Jonas Brandt, Leiter Einkauf"),
    ], author="Jonas Brandt")),
    E("Order_KS-4502_farm_puzzle.eml", mail(
        "Jonas Brandt <j.brandt@spielwaren-kessler.de>", "Helen Fang <helen@greenwoodtoys.cn>",
        "Order KS-4502 - farm puzzle 71-305 (repeat)", "Mon, 03 Jun 2024 11:05:00 +0200", D("""
        Dear Helen,

        attached our order KS-4502 for 1,000 pcs of the farm puzzle 71-305 - same as last year,
        no changes to wood, paint or print. This is the full quantity, you can produce the 1,000 pcs
        straight away.

        Could you please confirm the ship date? We would like to have the goods in Fürth in
        KW 36 (early September).

        Viele Grüße / best regards
        Jonas Brandt
        Leiter Einkauf | Spielwaren Kessler GmbH | +49 911 7650 230
        """))),
])

# c16 release letter PDF, complete, labelled forecast
case("c16_release_letter", [], "release PR-2 of 3,000 (cum. 5,000); remaining 5,000 on hold until PR-3 by named person after inspection; forecast labelled", [
    ("Production_Release_PR-2_PD-2024-033.pdf", pdf([
        ("h1", "Production Release PR-2"),
        ("p", "Puddleduck Toys Ltd, 7 Feeder Road, Bristol BS2 0SB, United Kingdom"),
        ("p", "To: Dongguan Everwin Vinyl Products Co., Ltd. - attn. Jason Li | Date: 19 April 2024"),
        ("p", "Order: PO PD-2024-033, classic rubber ducks in 4 designs (PD-DK-01 to -04). PO PD-2024-033 is our "
              "commercial cover for 10,000 pcs. PP sample signed off on 12 March 2024 (ref SS-114)."),
        ("table", [
            ["Release", "Date", "Quantity released", "Cumulative released", "Status"],
            ["PR-1", "14 Mar 2024", "2,000 pcs", "2,000 pcs", "shipped"],
            ["PR-2 (this release)", "19 Apr 2024", "3,000 pcs", "5,000 pcs", "released for production"],
            ["remaining", "-", "5,000 pcs", "-", "NOT released"],
        ]),
        ("p", "The remaining 5,000 pcs under PO PD-2024-033 are not released. They can only be released by "
              "production release PR-3, which will be issued in writing by Sophie Turnbull after the pre-shipment "
              "inspection of the PR-2 lots has passed."),
        ("p", "For your capacity planning only: our 2025 forecast for the duck range is about 20,000 pcs. This is a "
              "non-binding forecast, not covered by this PO and not a commitment to buy."),
        ("p", "Release authorised by: Sophie Turnbull, Head of Product Sourcing, sophie.t@puddleducktoys.co.uk"),
    ], title="Production Release PR-2", author="Sophie Turnbull")),
])

# c17 WhatsApp chat: only the 12 samples, written release from me
_c17 = D("""
    [14/05/2024, 09:02:11] Mia Thornton: Morning Vivian! PO LW-0032 just went to your email 🙂
    [14/05/2024, 09:02:40] Mia Thornton: Just so we're super clear - it's ONLY the 12 samples (6 sage, 6 blush). Nothing else yet
    [14/05/2024, 09:05:02] Vivian Lu: Received dear 😊 12 pcs samples, 6+6. And the 1500pcs order?
    [14/05/2024, 09:07:45] Mia Thornton: The 1,500 isn't released. Please don't buy silicone or start anything for it.
    [14/05/2024, 09:08:30] Mia Thornton: Once the samples pass testing here (AS/NZS ISO 8124 + the food-contact test) I'll send you a written production release by email, with the quantity on it. That email from me is the only thing that releases it
    [14/05/2024, 09:10:12] Vivian Lu: ok understand 👌 only 12 pcs now, the 1500 wait your written release
    [14/05/2024, 09:10:40] Vivian Lu: Teether ring size still 68mm outer diameter same like drawing LW-T-02 rev C?
    [14/05/2024, 09:12:03] Mia Thornton: Yes rev C. And the little bear ears a bit rounder please, like the photo I sent Friday
    [14/05/2024, 09:12:55] Vivian Lu: <Media omitted>
    [14/05/2024, 09:13:20] Vivian Lu: like this?
    [14/05/2024, 09:14:01] Mia Thornton: Perfect 😍
    [14/05/2024, 09:15:44] Vivian Lu: Samples ready around 24 May, we send DHL to Brisbane office
    [14/05/2024, 09:16:10] Mia Thornton: Thanks lovely, talk soon x
""")
case("c17_whatsapp_only_samples", [], "chat: 12 samples only; 1,500 not released until testing + written release from Mia (named sender)", [
    ("WhatsApp Chat with Vivian Lu Ningbo Bloom.txt", _c17),
])

# c18 stop notice PDF
case("c18_stop_notice", [], "stop notice: nothing authorized now (0); production qty never released, unlock = PP sign-off + written release by named buyer", [
    ("STOP_NOTICE_BF-PO-5610.pdf", pdf([
        ("h1", "STOP NOTICE"),
        ("p", "Bramble & Finch Toys, Inc. - 1120 SE Division St, Portland, OR 97202"),
        ("p", "To: Shenzhen Brightstar Electronic Toys Co., Ltd. - Kevin Zhou | Date: 7 June 2024"),
        ("p", "Order: PO BF-PO-5610 - 'Hoot' talking plush owl (BF-3318): 24 PP samples and the voice-chip programming."),
        ("p", "Effective immediately, stop all work under PO BF-PO-5610. Do not start, continue or ship anything, "
              "including the samples in progress, and do not buy any further material. Quantity you may work on "
              "now: none (0)."),
        ("p", "Reason: battery compartment redesign after our ASTM F963-17 section 4.25 review (screw boss too short)."),
        ("p", "This stop stays in force until it is lifted in writing by Kayla Moreno. Lifting the stop only "
              "re-opens the 24 samples. The 4,000 pcs production quantity in your quote BS-2024-0522 was never "
              "released and stays not released; it still needs PP sample sign-off and then a written production "
              "release from Kayla Moreno."),
        ("p", "Please confirm receipt and send us a list of WIP and material on hand by Tuesday 11 June."),
        ("p", "Kayla Moreno, Director of Product Sourcing, kayla@brambleandfinch.com, +1 503 555 0176"),
    ], pagesize=LETTER, title="Stop notice BF-PO-5610", author="Kayla Moreno")),
])

# c19 interim sign-off with limits (DOCX table)
case("c19_interim_signoff_limits", [], "interim sign-off releases 500 until 30 June; 4,500 on hold until final sign-off + written release by named person", [
    ("Interim_sample_disposition_PD-2024-051.docx", docx_bytes([
        ("h1", "Interim sample disposition - Bath crayons 6-pack (PD-BC-06)"),
        ("p", "Puddleduck Toys Ltd, Bristol  ->  Ningbo Rainbow Stationery Co., Ltd., attn. Grace Ma"),
        ("p", "PO PD-2024-051 (commercial cover 5,000 packs). Date: 3 June 2024."),
        ("h", "Disposition: INTERIM"),
        ("p", "The pre-production samples are signed off on an interim basis. Open point: colour 'sunset orange' "
              "measures dE 2.8 against the target; limit is 2.0. Everything else (EN 71-3 migration, EN 71-7 "
              "finger-paint limits, wrapper print, pack weight) passed."),
        ("table", [
            ["Quantity", "Status", "Limit", "Owner"],
            ["500 packs", "released for production", "may be produced until 30 June 2024", "Sophie Turnbull"],
            ["4,500 packs", "NOT released", "needs final sample sign-off (orange within dE 2.0)", "Sophie Turnbull - written release"],
        ]),
        ("p", "The 500 packs may be made from existing pigment lot PG-2405. Material for the 4,500 packs must not be "
              "bought until the written release. If the 500 are not produced by 30 June 2024, the interim release "
              "expires and nothing may be produced until Sophie Turnbull confirms in writing."),
        ("p", "Sophie Turnbull, Head of Product Sourcing, Puddleduck Toys Ltd"),
    ], author="Sophie Turnbull")),
])

# c20 supplier weekly report within staged material authority
_c20 = D("""
    From: Amy Xu <amy.xu@nbharvest-gifts.com>
    To: Priya Nair <priya.nair@wattleandco.com.au>
    Subject: WEEKLY STATUS wk34 - Wattle BPO WTL-BPO-2024-09 enamel mugs

    Hi Priya,

    Weekly status as below.

    ITEM       WTL-1042 enamel camp mug 350ml eucalyptus
    BPO        WTL-BPO-2024-09  (12,000 pcs)
    ---------------------------------------------------------------
    Released to date (call-off 01-03)          6,000 pcs
    Produced                                    4,350 pcs
    Shipped (CO01 + CO02, 2 x 40HQ)             4,000 pcs
    In production (CO03)                          350 pcs done / 2,000
    Material on hand + on order                 7,600 pcs equivalent
      (enamel blanks 7,600 / decals 7,600)
    Staged material authority (CO03 note 3)     8,000 pcs
    ---------------------------------------------------------------

    Material is inside your staged authority of 8,000 pcs. We have not started anything beyond
    the 6,000 released; the other 6,000 of the BPO wait for your next call-off.

    QIMA inspection for CO03 booked 12 Sep. Decal colour checked with Pantone 5615C, OK.

    Best regards
    Amy Xu | Export Manager | Ningbo Harvest Houseware & Gifts Co., Ltd.
    No. 66 Qiming Road, Yinzhou, Ningbo | +86 574 8823 1190
""")
case("c20_supplier_status_within_authority", [], "supplier status: produced <= released, material 7,600 within explicit staged authority 8,000", [
    ("weekly_status_wk34_WTL-BPO-2024-09.txt", _c20),
])

# c21 Alibaba message centre export (HTML), only questions, no authorization
_c21 = D("""
    <h2>Message Center - Conversation with Shenzhen Happy Kids Toys Co., Ltd.</h2>
    <p><small>Product: Custom wooden Christmas ornament, laser engraved, 8 cm &middot; exported 2024-08-21</small></p>
    <table>
    <tr><th>Time</th><th>From</th><th>Message</th></tr>
    <tr><td>2024-08-19 21:14</td><td>Emily Carter (Maple &amp; Moss, USA)</td><td>Hi Anna, we're a small gift brand in Vermont. Looking at custom engraved ornaments (basswood, 8 cm, our own 3 designs). What's your MOQ and price? Do you do UV print on the back?</td></tr>
    <tr><td>2024-08-20 09:02</td><td>Anna (Shenzhen Happy Kids Toys)</td><td>Hello Emily, nice to meet you! MOQ 500 pcs per design. Price: 500 pcs USD 0.68, 1000 pcs USD 0.55, 3000 pcs USD 0.46 /pc incl. red ribbon + opp bag. UV print back side +0.08. Sample fee USD 45 for 3 designs, 5-7 days.</td></tr>
    <tr><td>2024-08-20 22:40</td><td>Emily Carter (Maple &amp; Moss, USA)</td><td>Thanks! If we go ahead with 3,000 pcs (1,000 per design), what's the lead time? And can you ship DDP to Burlington VT?</td></tr>
    <tr><td>2024-08-21 08:55</td><td>Anna (Shenzhen Happy Kids Toys)</td><td>3000 pcs lead time about 25 days from your order. DDP by sea to Burlington USD 0.09/pc, 35-40 days. We have CPSIA test report for basswood + paint, can send.</td></tr>
    <tr><td>2024-08-21 09:30</td><td>Emily Carter (Maple &amp; Moss, USA)</td><td>Great, please send the CPSIA report. I'll order samples first, probably next week after I finalize the artwork.</td></tr>
    </table>
""")
case("c21_alibaba_questions_html", [], "Alibaba conversation: only price/MOQ questions and a conditional 'if we go ahead'; nothing authorized", [
    ("alibaba_message_center_happykids.html", html_page("Message Center", _c21)),
])

# c22 supplier PI for samples, MP price as reference only
case("c22_pi_samples_reference_mp", [], "supplier PI for 6 samples; MP 10,000 price marked reference only, not ordered; non-authorizing", [
    ("PI_TW-PI-240611.pdf", pdf([
        ("h1", "PROFORMA INVOICE"),
        ("p", "Shenzhen Topwin Promotional Gifts Co., Ltd. | 3F Block A, Xinhe Industrial Park, Fuyong, Bao'an, Shenzhen"),
        ("p", "PI No.: TW-PI-240611   Date: 11 Jun 2024   Customer: Brightpath Promotions LLC, Chicago (Dana Kowalski)"),
        ("table", [
            ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "PU stress ball 63 mm, heart shape, 1-colour pad print logo 'St. Ansgar Health' - sample", "6 pcs", "4.00", "24.00"],
            ["2", "Pad printing plate (one colour)", "1", "25.00", "25.00"],
            ["3", "Express courier DHL to Chicago", "1", "45.00", "45.00"],
            ["", "", "", "Total", "94.00"],
        ]),
        ("p", "Payment: 100% before sample making, by PayPal or TT."),
        ("p", "Remark: mass production price USD 0.29/pc at 10,000 pcs is for reference only. It is not included in "
              "this PI, not ordered, and we will not start it without your separate PO and written production release."),
        ("p", "Sunny He, Sales | sunny@topwin-gifts.com | WhatsApp +86 137 2855 6021"),
    ], title="PI TW-PI-240611", author="Sunny He")),
])

# c23 supplier asks about the balance, buyer answers no (quoted reply)
_c23_q = D("""
    Hi Rachel,
    20 sets samples shipped yesterday DHL 4471 2390 55, should arrive Thursday.
    Do we have a go-ahead for the bal. 480? Factory have free capacity next week.
    Thanks
    Tina
""")
_c23 = D("""
    Hi Tina,

    Not yet. The bal. 480 stays on hold. Two things have to happen first: the third-party lab
    report on the glaze (lead/cadmium) has to pass, and then I send you a written production
    release with a release number. Until then please don't make or buy anything beyond the 20
    sample sets on PO JL-2024-207.

    I know the free capacity next week is tempting - sorry! Lab says results by the 28th.

    Rachel

    Rachel Ortiz | Category Manager, Home Fragrance | Juniper Lane Gifts
    1550 Wewatta St, Denver CO 80202 | +1 720 555 0133

    On Tue, Aug 20, 2024 at 7:41 PM Tina Luo <tina@ywstarlight-crafts.com> wrote:
""") + quote(_c23_q)
case("c23_goahead_question_answered", [], "supplier asks 'go-ahead for bal. 480?'; buyer answers: on hold until lab + written release by her; 20 sets only", [
    E("Re_JL-2024-207_ceramic_diffuser_samples.eml", mail(
        "Rachel Ortiz <rachel.ortiz@juniperlanegifts.com>", "Tina Luo <tina@ywstarlight-crafts.com>",
        "Re: JL-2024-207 ceramic diffuser samples", "Wed, 21 Aug 2024 08:15:27 -0600", _c23,
        html=txt2html(_c23), in_reply_to="<ysc-0820-1941@ywstarlight-crafts.com>")),
])

# c24 full-quantity PO (HTML) with "authorised to proceed: 2,500 pcs"
_c24 = D("""
    <h2>Lanyard Lane Promotions Ltd - Purchase Order LLP-7698</h2>
    <p>Unit 12, Ancoats Works, Manchester M4 6DE &middot; VAT GB 284 1193 06<br>
    Supplier: Ningbo Everbright Textile Co., Ltd. (Jenny Sun) &middot; Date: 04/06/2024 &middot; Buyer: Ben Okafor</p>
    <table>
    <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit GBP</th><th>Total GBP</th></tr>
    <tr><td>1</td><td>TB-140-NAT</td><td>Cotton tote bag 140 gsm, natural, 38 x 42 cm, long handles, 2-colour screen print one side
    ("Manchester Book Festival 2024")</td><td>2,500</td><td>0.92</td><td>2,300.00</td></tr>
    <tr><td></td><td></td><td>Freight FOB Ningbo to Felixstowe, LCL</td><td>1</td><td>310.00</td><td>310.00</td></tr>
    </table>
    <p><b>Artwork:</b> proof v3 signed off by the festival on 03/06/2024 (PMS 186 C + black).</p>
    <p><b>Authorised to proceed: 2,500 pcs</b> - this is the full order quantity. No further quantity is planned under this PO.</p>
    <p>Cotton certified OEKO-TEX Standard 100 (cert. 20.HUS.12345). Packing 100 pcs per carton, shipping marks MBF24 / LLP-7698 / 1-25.</p>
    <p>Payment: 30% deposit, 70% balance against copy B/L. Required in Manchester by 19/07/2024.</p>
""")
case("c24_full_qty_po_html", [], "full-quantity PO; 'authorised to proceed' names 2,500 = full quantity; artwork wording kept separate", [
    ("PO_LLP-7698.html", html_page("PO LLP-7698", _c24)),
])

# c25 WeChat chat: release #1 complete
_c25 = D("""
    ===== WeChat chat export: Daniel Hoffmann (Spielwaren Kessler) & Kevin Zhou 周凯文 (Brightstar) =====
    2024-06-17 08:31:05 Daniel Hoffmann
    Morning Kevin, drop test and EN 62115 report are both OK 👍 so here is the production release, I send the same by email:
    2024-06-17 08:32:40 Daniel Hoffmann
    Production release #1 for PO 4500032210 (RC Monstertruck 3000-120): 1,000 pcs released now.
    The other 2,000 pcs of the PO are NOT released. Next release only after the drop test on the first 1,000 from mass production passes, and only in writing from me (Daniel Hoffmann).
    2024-06-17 08:40:12 Kevin Zhou 周凯文
    收到 received Daniel, thank you! 1000 pcs start Monday line 2. We not buy material for the 2000 until your next release
    2024-06-17 08:41:02 Daniel Hoffmann
    Perfect. Please send the carton marking photos before packing, "Kessler / 3000-120 / Karton 1-42"
    2024-06-17 08:45:37 Kevin Zhou 周凯文
    [Photo]
    2024-06-17 08:45:50 Kevin Zhou 周凯文
    ok like this, 24 pcs per carton
    2024-06-17 08:47:19 Daniel Hoffmann
    👌 danke
""")
case("c25_wechat_release_one", [], "chat release #1: 1,000 released, 2,000 not released until drop test + written release from named sender", [
    ("wechat_export_Kevin_Zhou.txt", _c25),
])

# =================================================================== WITH RISKS
# A01 sample PO + supplier quote attached "so the factory has the prices"; nothing about production
_a01 = D("""
    Hi Coco,

    Lovely to speak on Friday. As promised, attached is our PO KC-24-0312 for the stocking
    samples - 3 designs, 4 of each. I've also attached your quote YS-Q-0226 back to you so the
    factory has the fabric spec and the prices in one place.

    A few notes for the samples:
    - felt 3 mm, not 2 mm like the last lot
    - embroidered names in the cream thread (DMC 712 or closest)
    - hanging loop 12 cm, sewn in, not glued
    - our swing tag artwork is in the WeTransfer link; please print 12 on 350 gsm kraft

    Could the samples reach Bath by 20 August? Our Christmas catalogue shoot is on 2 September
    and I'd love to have them on the table.

    Thanks so much,
    Hannah
""") + sig("Hannah Price", "Buyer - Home & Gifts", "Kettle & Crumb Homeware Ltd, 3 Westgate Buildings, Bath BA1 1EB",
           "+44 1225 580 412")
case("a01_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (12) sent with the supplier quote (3,000) and nothing saying production is not released, no event, no releaser", [
    E("PO_KC-24-0312_stocking_samples.eml", mail(
        "Hannah Price <hannah.price@kettleandcrumb.co.uk>", "Coco Wang <coco@ywsunrise-trading.com>",
        "PO KC-24-0312 - felt stocking samples", "Mon, 22 Jul 2024 11:20:05 +0100", _a01,
        attachments=[
            ("PO_KC-24-0312.pdf", pdf([
                ("h1", "PURCHASE ORDER KC-24-0312"),
                ("p", "Kettle & Crumb Homeware Ltd, 3 Westgate Buildings, Bath BA1 1EB | VAT GB 301 7782 45"),
                ("p", "Supplier: Yiwu Sunrise Trading Co., Ltd. | Date: 22/07/2024 | Delivery: Bath, by 20/08/2024"),
                ("table", [
                    ["Line", "Code", "Description", "Qty", "Unit GBP", "Total GBP"],
                    ["1", "KC-XS-01", "Felt stocking 'Robin', embroidered name - sample", "4", "4.20", "16.80"],
                    ["2", "KC-XS-02", "Felt stocking 'Holly', embroidered name - sample", "4", "4.20", "16.80"],
                    ["3", "KC-XS-03", "Felt stocking 'Fox', embroidered name - sample", "4", "4.20", "16.80"],
                    ["", "", "", "", "Total", "50.40"],
                ]),
                ("p", "Please quote our PO number on all documents. Samples by express courier, duties paid."),
            ], title="PO KC-24-0312", author="Hannah Price"), PDF_MT),
            ("Quote_YS-Q-0226.pdf", pdf([
                ("h1", "QUOTATION YS-Q-0226"),
                ("p", "Yiwu Sunrise Trading Co., Ltd. -> Kettle & Crumb Homeware Ltd (Hannah Price) | 26 Jun 2024"),
                ("table", [
                    ["Item", "Spec", "Qty", "Unit USD", "Amount USD"],
                    ["KC-XS-01 Robin", "3 mm felt 46 cm, embroidery name, loop 12 cm", "1,000 pcs", "1.65", "1,650.00"],
                    ["KC-XS-02 Holly", "same", "1,000 pcs", "1.65", "1,650.00"],
                    ["KC-XS-03 Fox", "same", "1,000 pcs", "1.65", "1,650.00"],
                    ["", "", "3,000 pcs", "Total", "4,950.00"],
                ]),
                ("p", "Sample: USD 5.50/pc. MOQ 1,000 pcs per design. Lead time 40 days. Payment 30% deposit, 70% before shipment. "
                      "Packing 10 pcs/polybag, 100 pcs/carton."),
            ], title="Quotation YS-Q-0226", author="Coco Wang"), PDF_MT),
        ])),
])

# A02 multi-file: sample PO docx + supplier quote pdf with MP quantity
case("a02_po_docx_quote_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "multi-file: PO for 15 samples beside quote with 6,000 MP; no hold, no unlock event, no releaser", [
    ("BF-PO-5633.docx", docx_bytes([
        ("h1", "Bramble & Finch Toys, Inc. - Purchase Order BF-PO-5633"),
        ("p", "1120 SE Division St, Portland, OR 97202 | Date: 10 June 2024 | Vendor: Shenzhen Brightstar Electronic Toys Co., Ltd."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
            ["1", "BF-3310", "'Rexy' dino projector flashlight, 6 slides, 3 x AAA - PP sample", "15", "11.00", "165.00"],
        ]),
        ("p", "Price basis: your quotation BS-Quote-2024-0415 (file attached to this PO folder)."),
        ("p", "Samples are for ASTM F963-17 / 16 CFR 1500 testing and our retailer line review on 18 July. "
              "Ship by UPS Worldwide Express, account 7Y2-4410, by 5 July."),
        ("p", "Battery compartment must be screw-secured; include the battery warning on the sample packaging."),
        ("p", "Questions: Kayla Moreno, kayla@brambleandfinch.com"),
    ], author="Kayla Moreno")),
    ("BS-Quote-2024-0415.pdf", pdf([
        ("h1", "QUOTATION BS-Quote-2024-0415"),
        ("p", "Shenzhen Brightstar Electronic Toys Co., Ltd. to Bramble & Finch Toys, Inc. | 15 Apr 2024 | valid 90 days"),
        ("table", [
            ["Item", "Qty", "Unit USD", "Amount USD", "Lead time"],
            ["BF-3310 PP sample", "15 pcs", "11.00", "165.00", "15 days"],
            ["BF-3310 mass production", "6,000 pcs", "2.85", "17,100.00", "45 days"],
            ["Tooling (shell, 4 cavities + lens)", "1 set", "4,200.00", "4,200.00", "25 days"],
        ]),
        ("p", "Payment: tooling 100% with order; production 30% deposit, 70% before shipment."),
        ("p", "Packing: colour box, 24 pcs/carton, 52 x 38 x 41 cm."),
    ], title="Quotation BS-Quote-2024-0415", author="Kevin Zhou")),
])

# A03 ERP PO printout (German), line text carries quote quantity 8.000
_a03 = D("""
    HANSA GESCHENKARTIKEL GMBH                    BESTELLUNG                Nr. 4500045390
    Billwerder Neuer Deich 72, 20539 Hamburg                                 Datum 08.01.2024
    Tel. +49 40 3344 7710   USt-IdNr. DE 118 442 907
    --------------------------------------------------------------------------------------
    Lieferant  : 200877  NINGBO HARVEST HOUSEWARE & GIFTS CO., LTD.
    Ansprechp. : AMY XU
    Lieferbed. : FOB NINGBO            Zahlungsbed.: 30% ANZAHLUNG / 70% VOR VERSCHIFFUNG
    Waehrung   : USD                   Einkaeufergruppe: G12 DEKO/OSTERN
    --------------------------------------------------------------------------------------
    Pos Material    Kurztext                             Menge ME       Preis         Wert
    --- ----------- ----------------------------------- ------ -- ----------- ------------
    010 HG-EG-204   EIERBECHER KERAMIK HASE PASTELL         16 ST    3,90 USD    62,40 USD
                    MUSTER / SAMPLE
                    LT: GEM. ANGEBOT NH-Q-24-088 MENGE 8.000 ST @ 0,62 USD
                    4 FARBEN MINT/ROSE/GELB/HELLBLAU JE 4 ST
                    GLASUR BLEI-/CADMIUMFREI, LEBENSMITTELECHT (LFGB)
    --------------------------------------------------------------------------------------
                                                           Gesamtnettowert    62,40 USD
    --------------------------------------------------------------------------------------
    Liefertermin Muster : KW 05/2024, per Kurier an Wareneingang, z. Hd. Einkauf
    Versandmarkierung   : HANSA / 4500045390 / MUSTER
    Es gelten unsere Allgemeinen Einkaufsbedingungen Stand 01/2023.
    --------------------------------------------------------------------------------------
    Seite 1/1                          SAP ME23N                        08.01.2024 10:17
""")
case("a03_erp_po_line_text_quote_qty", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO (16) whose line text carries the quote quantity 8.000 ST unlabelled; nothing about the balance", [
    ("Bestellung_4500045390.txt", _a03),
])

# A04 promo job sheet (HTML): PP samples 10 and project qty 2,500 unlabelled
_a04 = D("""
    <h2>Redgum Merch - Job sheet RGM-0533</h2>
    <p>Client: <b>Harbourside Physio Group</b> &middot; Factory: Shenzhen Topwin Promotional Gifts (Sunny He) &middot; Date: 20/05/2024</p>
    <table>
    <tr><th>Field</th><th>Value</th></tr>
    <tr><td>Item</td><td>Silicone phone card wallet, 3M adhesive, debossed logo, colour PMS 3145 C</td></tr>
    <tr><td>Order now</td><td>PP samples: 10 pcs</td></tr>
    <tr><td>Project qty</td><td>2,500 pcs</td></tr>
    <tr><td>Unit price @ 2,500</td><td>AUD 1.18 FOB Shenzhen</td></tr>
    <tr><td>Decoration</td><td>1 position deboss 35 x 15 mm</td></tr>
    <tr><td>Packing</td><td>individual OPP bag, 250 pcs/ctn</td></tr>
    <tr><td>Samples due</td><td>Surry Hills office by 07/06/2024</td></tr>
    </table>
    <p>Logo file: HPG_logo_mono.ai (in the shared Dropbox). Please send a photo of the deboss plate before making samples.</p>
    <p>Contact: Jess Moreau, Account Director, +61 2 8005 3140</p>
""")
case("a04_promo_job_sheet_html", ["RG001", "RG003", "RG004", "RG005"],
     "job sheet orders 10 PP samples and lists project qty 2,500 with price, unlabelled; no hold/event/releaser", [
    ("job_sheet_RGM-0533.html", html_page("Job sheet RGM-0533", _a04)),
])

# A05 forward of an old quote (message/rfc822) as basis for a sample PO
_a05_fwd = mail(
    "Jenny Sun <jenny.sun@everbright-textile.cn>", "Dana Kowalski <dana@brightpathpromo.com>",
    "Quote - Halvorsen fleece blanket 50x60", "Fri, 26 Apr 2024 17:44:10 +0800", D("""
    Dear Dana,

    Thanks for your inquiry. Our price as below:

    Item: flannel fleece blanket 50 x 60 inch, 280 gsm, double side brushed
    Logo: embroidery up to 8,000 stitches, 1 position corner
    Colour: navy / heather grey
    Qty: 4,000 pcs
    Price: USD 3.40/pc FOB Ningbo
    Sample: USD 18/pc, 7 days
    Packing: 1 pc/PE bag with ribbon, 20 pcs/carton

    Best regards
    Jenny Sun | Ningbo Everbright Textile Co., Ltd.
    """))
_a05 = D("""
    Jenny -

    Fwd'ing your quote back so we're on the same page. PO 88530 (attached in Coupa) covers the 6
    pre-production blankets at the sample price in your quote - please make them with the Halvorsen
    logo, file is in the Dropbox folder "HCU-2024". Navy and heather grey, 3 each.

    Embroidery thread white, and the corner logo 4" wide max please.

    Thanks!
    Dana
""") + sig("Dana Kowalski", "Senior Account Manager", "Brightpath Promotions LLC, Chicago", "+1 312 555 0190")
case("a05_fwd_quote_rfc822", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 6 samples, forwarded quote (message/rfc822) shows 4,000 pcs unlabelled; balance never addressed", [
    E("Fwd_Quote_Halvorsen_fleece_blanket.eml", mail(
        "Dana Kowalski <dana@brightpathpromo.com>", "Jenny Sun <jenny.sun@everbright-textile.cn>",
        "Fwd: Quote - Halvorsen fleece blanket 50x60 / PO 88530", "Mon, 06 May 2024 09:31:52 -0500", _a05,
        attachments=[("rfc822", _a05_fwd)])),
])

# A07 WeChat: "start the samples", no quantity, nothing about production
_a07 = D("""
    ===== WeChat chat export: Sophie Turnbull & Jason Li 李杰 (Everwin) =====
    2024-09-02 15:12:44 Sophie Turnbull
    Hi Jason! Drawings for the new unicorn squirter are in your inbox, v3 is the final one
    2024-09-02 15:13:20 Sophie Turnbull
    pls start the samples, pink and purple, same as drawing v3. We need them before the Hong Kong Toys & Games Fair
    2024-09-02 15:20:05 Jason Li 李杰
    Hi Sophie, ok received. How many pcs you need?
    2024-09-02 15:24:51 Sophie Turnbull
    enough for photos and testing, you know the usual 😄 same as the seal last year
    2024-09-02 15:25:30 Jason Li 李杰
    ok no problem, we make. Material same PVC DINP-free like before?
    2024-09-02 15:26:02 Sophie Turnbull
    yes, phthalate-free as always, EN71-3 and REACH. Horn in gold pad print pls
    2024-09-02 15:31:47 Jason Li 李杰
    👌 sample ready around 20 Sep
""")
case("a07_wechat_start_samples", ["RG003", "RG004", "RG005", "RG010"],
     "chat authorizes samples with no quantity ('the usual') and says nothing about production hold, unlock event or releaser", [
    ("wechat_export_Jason_Li_Everwin.txt", _a07),
])

# A08 DOCX sample order: no quantities, "on hold until further notice", signed by a team
case("a08_sample_order_no_qty", ["RG004", "RG005", "RG010"],
     "sample order without any quantity; production 'on hold until further notice' (no event), signed by team (no named releaser)", [
    ("Sample_order_SS25_kitchen_textiles.docx", docx_bytes([
        ("h1", "Sample order - Spring/Summer 2025 kitchen textiles"),
        ("p", "Kettle & Crumb Homeware Ltd -> Ningbo Harvest Houseware & Gifts Co., Ltd. (Amy Xu)"),
        ("p", "Ref: KC-SMP-25-01 | Date: 12 August 2024"),
        ("p", "Please make pre-production samples of every SKU in the table below, in the final fabric and with "
              "the final print, woven label and swing tag."),
        ("table", [
            ["SKU", "Product", "Design", "Fabric"],
            ["KC-TT-2501", "Tea towel 50 x 70 cm", "Lemon grove", "100% cotton 200 gsm"],
            ["KC-TT-2502", "Tea towel 50 x 70 cm", "Sardines", "100% cotton 200 gsm"],
            ["KC-AP-2501", "Apron with pocket", "Lemon grove", "cotton canvas 280 gsm"],
            ["KC-OG-2501", "Double oven glove", "Sardines", "cotton canvas, silicone print palm"],
        ]),
        ("p", "Production: not released. Mass production quantities are on hold until further notice."),
        ("p", "Samples to Bath by 13 September please; our range review is on 18 September."),
        ("p", "Kind regards, Kettle & Crumb Buying Team - buying@kettleandcrumb.co.uk"),
    ], author="Kettle & Crumb Buying")),
])

# A09 PDF PO: balance not released, only Rachel can release it, no event
case("a09_po_person_no_event", ["RG004"],
     "30 sample sets; 2,970 not released and a named releaser, but no event that unlocks the balance", [
    ("PO_JL-2024-215.pdf", pdf([
        ("h1", "Juniper Lane Gifts - Purchase Order JL-2024-215"),
        ("p", "1550 Wewatta St, Denver CO 80202 | Date: 15 Jul 2024 | Vendor: Yiwu Starlight Crafts Co., Ltd. (SUP-0193)"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
            ["1", "JL-CT-4OZ-SET", "Soy candle tin trio (4 oz x 3), gift box - sample sets", "30 sets", "6.20", "186.00"],
        ]),
        ("p", "This PO covers the 30 sample sets only. The remaining 2,970 sets of the 3,000-set holiday program are "
              "not released. Only Rachel Ortiz (Category Manager) can release them."),
        ("p", "Ship to: Juniper Lane Gifts DC, 4800 Dahlia St, Denver CO 80216, attn. Receiving. FedEx IE, acct 6120-4433-1."),
        ("p", "Prop 65 warning label not required for this item (no listed chemicals per supplier declaration SD-0193-07)."),
    ], pagesize=LETTER, title="PO JL-2024-215", author="Rachel Ortiz")),
])

# A10 ERP printout: balance on hold pending sign-off + written release "from purchasing" (no person)
_a10 = D("""
    TINY HARBOR PLAYTHINGS LLC                                         PURCHASE ORDER
    88 Summer St, Boston MA 02110                                      PO #: THP-3420
                                                                       Date: 6/18/2024
    VENDOR: V-30077 NINGBO KIDSWAY PLASTIC TOYS CO., LTD.              BUYER: PURCH-02
    SHIP TO: THP DC, 200 Commerce Way, Woburn MA 01801                 TERMS: NET 30
    ---------------------------------------------------------------------------------
    LN ITEM          DESCRIPTION                        QTY  UOM    UNIT       AMOUNT
    -- ------------- ------------------------------ ------- ---- ------- ----------
     1 THP-BOAT-03   TUGBOAT PULL TOY, PP SAMPLE          8  SET   12.50     100.00
                     DWG THP-BOAT-03-A REV 4
    ---------------------------------------------------------------------------------
                                                             TOTAL USD       100.00
    MEMO:
    PROGRAM QTY 5,000 SETS. THIS PO = 8 PP SAMPLE SETS ONLY.
    BALANCE 4,992 SETS ON HOLD PENDING PP SAMPLE SIGN-OFF AND WRITTEN PRODUCTION
    RELEASE FROM PURCHASING. DO NOT BUY MATERIAL FOR THE BALANCE.
    CPSIA / ASTM F963-17 TEST REQUIRED ON PP SAMPLE.
    ---------------------------------------------------------------------------------
    NETSUITE  PRINTED 06/18/2024 02:14 PM  PAGE 1 OF 1
""")
case("a10_erp_hold_purchasing_dept", ["RG005"],
     "8 sample sets, balance 4,992 on hold pending sign-off + written release, but releaser is only 'purchasing' (unnamed)", [
    ("PO_THP-3420.txt", _a10),
])

# A12 WhatsApp: complete scope, then "Green light from us!"
_a12 = D("""
    [03/06/2024, 10:01:15] Mia Thornton: Hi Vivian, PO LW-0041 is in your inbox 🙂 8 samples only please - 4 sage, 4 oat
    [03/06/2024, 10:02:02] Mia Thornton: The 1,200 bibs are NOT released yet. I'll send you a written production release once the samples pass testing here
    [03/06/2024, 10:05:40] Vivian Lu: Received! 8 pcs samples, 4+4 👌 1200 wait your written release
    [03/06/2024, 10:06:11] Mia Thornton: 🙏
    [12/06/2024, 16:44:09] Vivian Lu: <Media omitted>
    [12/06/2024, 16:44:10] Vivian Lu: <Media omitted>
    [12/06/2024, 16:44:58] Vivian Lu: Dear Mia samples finished, pls check photos. Pocket depth 45mm, neck 4 snap positions
    [12/06/2024, 17:20:31] Mia Thornton: Oh wow these are gorgeous!! The oat is exactly the colour I wanted
    [12/06/2024, 17:21:03] Mia Thornton: Green light from us! 💚🚀
    [12/06/2024, 17:22:40] Vivian Lu: Thank you dear!! 😊😊
    [12/06/2024, 17:23:15] Vivian Lu: Courier tomorrow, DHL to Brisbane
""")
case("a12_whatsapp_green_light", ["RG002"],
     "complete sample scope earlier; later 'Green light from us!' names neither samples nor a quantity", [
    ("WhatsApp Chat with Vivian Lu.txt", _a12),
])

# A13 "Approved - thanks Lily!" on a thread with the buyer's complete scope quoted
_a13_orig = D("""
    Hi Lily,
    PO BF-PO-5588 attached. It covers 6 PP samples only. The 3,000 pcs production qty is
    not released until I send a written production release after PP sample sign-off.
    Kayla Moreno
""")
_a13_sup = D("""
    Dear Kayla,
    pls see attached photos of PP sample with the new ear embroidery (thread Madeira 1071).
    Please confirm.
    Lily

    > From: Kayla Moreno
    > Sent: Monday, May 13, 2024 6:02 PM
""") + quote(_a13_orig)
_a13 = D("""
    Approved - thanks Lily!

    K

    Kayla Moreno | Director of Product Sourcing | Bramble & Finch Toys, Inc. | +1 503 555 0176
    Sent from my iPhone

    On May 21, 2024, at 4:55 AM, Lily Chen <lily.chen@joyfulplush.cn> wrote:

""") + quote(_a13_sup)
case("a13_approved_reply", ["RG002"],
     "bare 'Approved' reply in a thread whose quoted buyer scope is complete (6 PP samples, 3,000 on hold, written release by Kayla)", [
    E("Re_PP_sample_photos_BF-PO-5588.eml", mail(
        "Kayla Moreno <kayla@brambleandfinch.com>", "Lily Chen <lily.chen@joyfulplush.cn>",
        "Re: PP sample photos BF-PO-5588", "Tue, 21 May 2024 07:12:44 -0700", _a13,
        in_reply_to="<jp-240521-0455@joyfulplush.cn>")),
])

# A14 German reply "passt alles - go ahead!" (multipart/alternative), complete scope quoted
_a14_orig = D("""
    Dear Helen,
    PO 4500032455 covers 20 pre-series samples of the marble run 71-410 only.
    The series quantity of 4,000 pcs is not released. The production release will come
    in writing from me after our QA (Dr. Vogel) has signed off the samples.
    Best regards, Jonas Brandt
""")
_a14_sup = D("""
    Dear Jonas,
    pls find attached photos of the 20 pre-series samples, colour and print as your artwork
    (Kugelbahn logo left side). Waiting your comment.
    Best regards, Helen

    > From: Jonas Brandt <j.brandt@spielwaren-kessler.de>
    > Sent: 2024-05-06 09:14
""") + quote(_a14_orig)
_a14 = D("""
    Hallo Helen,

    sieht super aus, passt alles - go ahead! 👍

    Schönes Wochenende,
    Jonas

    --
    Jonas Brandt
    Leiter Einkauf | Spielwaren Kessler GmbH
    Würzburger Str. 212 | 90766 Fürth | +49 911 7650 230
    Amtsgericht Fürth HRB 4471 | Geschäftsführer: M. Kessler

    Am 24.05.2024 um 10:02 schrieb Helen Fang <helen@greenwoodtoys.cn>:

""") + quote(_a14_sup)
case("a14_de_go_ahead", ["RG002"],
     "German reply 'passt alles - go ahead!' to sample photos; unscoped although the quoted scope is complete", [
    E("AW_pre-series_samples_71-410.eml", mail(
        "Jonas Brandt <j.brandt@spielwaren-kessler.de>", "Helen Fang <helen@greenwoodtoys.cn>",
        "AW: pre-series samples 71-410 marble run", "Fri, 24 May 2024 14:37:09 +0200", _a14,
        html=txt2html(_a14), in_reply_to="<gw-240524-1002@greenwoodtoys.cn>")),
])

# A15 Alibaba chat export: hold stated, then "ok go ahead" with no quantity
_a15 = D("""
    Alibaba.com  |  Messenger  |  Chat history export
    Buyer: Emily Carter (Maple & Moss LLC, Burlington VT, USA)
    Supplier: Rita Zhang - Ningbo Seaview Crafts Co., Ltd. (Gold Supplier, 6 yrs)
    Product: Resin Christmas ornament, hand painted, custom design
    ------------------------------------------------------------------
    [2024-07-08 21:03] Emily Carter:
    Hi Rita, I sent the 4 sketches (loon, moose, maple leaf, covered bridge). Before anything
    else: the 2,000 ornaments are not released. Bulk only after I sign off the samples and send
    you a written release (Emily Carter, owner).
    [2024-07-09 08:47] Rita Zhang:
    Dear Emily, understand. Sample fee USD 60, we make samples of the designs you send, 7 days
    after you confirm. Mould for resin is silicone, no mould cost.
    [2024-07-09 08:49] Rita Zhang:
    Paint: water based acrylic, we can pass ASTM F963 heavy metal + CPSIA.
    [2024-07-09 22:15] Emily Carter:
    sounds good, ok go ahead 🙂
    [2024-07-10 08:30] Rita Zhang:
    Thank you! Sample link for USD 60 sent by Trade Assurance, pls pay.
    [2024-07-10 21:02] Emily Carter:
    Paid.
    ------------------------------------------------------------------
""")
case("a15_alibaba_go_ahead", ["RG002", "RG010"],
     "buyer's 'ok go ahead' names neither sample-only nor a quantity, and no sample quantity is ever stated", [
    ("alibaba_chat_Ningbo_Seaview_Crafts.txt", _a15),
])

# A16 WhatsApp: "Deposit just went out - you're good to run!"
_a16 = D("""
    [20/06/2024, 08:12:30] Dana Kowalski: Sunny, PO 88560 is for the 20 sample bottles only. The 5,000 are not released until I send you a written release after St. Ansgar signs off the samples
    [20/06/2024, 08:20:04] Sunny He Topwin: ok Dana noted 👍 20 pcs sample first
    [28/06/2024, 21:40:55] Sunny He Topwin: Dana, samples send to you by DHL 1186 4470 22
    [01/07/2024, 09:02:11] Sunny He Topwin: Dana the PI for bulk I sent. When you pay deposit we can start?
    [01/07/2024, 15:47:30] Dana Kowalski: Deposit just went out 💸 TT copy in your email - you're good to run!
    [01/07/2024, 15:49:02] Sunny He Topwin: Thank you Dana! We arrange production 🙏
    [01/07/2024, 15:50:13] Dana Kowalski: Ship by 9 Aug latest pls, event is 26 Aug in Des Moines
""")
case("a16_whatsapp_deposit_good_to_run", ["RG002", "RG012"],
     "buyer treats the deposit as the start signal and says 'good to run' without scope, against her own written-release rule", [
    ("WhatsApp Chat with Sunny He Topwin.txt", _a16),
])

# A17 supplier status: material bought for the full 6,000 (buyer scope quoted)
_a17_q = D("""
    Hi Jason,
    PO PD-2024-060 attached: 24 PP samples of the pirate duck set.
    The 6,000 pcs are not released. The release will come only in writing from me, after PP
    sample sign-off and an EN71 pass. Buy material for the 24 samples only.
    Sophie Turnbull, Puddleduck Toys
""")
_a17 = D("""
    Dear Sophie,

    Sample status: the 24 pcs PP samples finish painting today, ship Thursday by UPS.

    To save your time, we already bought the PVC compound and the printed blister cards for the
    full 6,000 pcs, because the card printer have CNY holiday soon and the PVC price going up in
    February. So when you release we can start very fast.

    EN71 test: SGS will pick up 12 pcs from our warehouse on Friday.

    Best regards
    Jason Li
    Dongguan Everwin Vinyl Products Co., Ltd.
    Qingxi Town, Dongguan | +86 769 8731 5520

    ----- Original Message -----
    From: Sophie Turnbull <sophie.t@puddleducktoys.co.uk>
    Date: 2024-01-08 10:22
    Subject: PO PD-2024-060 pirate duck PP samples

""") + quote(_a17_q)
case("a17_supplier_bought_material", ["RG006"],
     "supplier reports PVC and printed cards bought for 6,000 while only 24 samples are released and material is sample-only", [
    E("RE_PO_PD-2024-060_sample_status.eml", mail(
        "Jason Li <jason.li@everwin-vinyl.com>", "Sophie Turnbull <sophie.t@puddleducktoys.co.uk>",
        "RE: PO PD-2024-060 pirate duck PP samples - status", "Tue, 16 Jan 2024 17:05:31 +0800", _a17,
        in_reply_to="<pd-2024-060@puddleducktoys.co.uk>")),
])

# A18 WeChat: deposit + fabric for whole order already cut
_a18 = D("""
    ===== WeChat chat export: Hannah Price & Lily Chen 陈莉 (Joyful Plush) =====
    2024-08-05 10:02:15 Hannah Price
    Hi Lily, PO KC-24-0388 is for 10 samples of the plush hot water bottle cover only. The 2,000 pcs are NOT released - you'll get a written release from me after the golden sample is signed off. Please buy fabric for the 10 samples only
    2024-08-05 10:15:40 Lily Chen 陈莉
    ok Hannah received 👍 10 pcs sample
    2024-08-16 16:31:02 Hannah Price
    FYI our finance team paid the 30% deposit on your PI today because they wanted it out before month end - it's NOT a release, the 2,000 still wait for my written release
    2024-08-19 09:12:47 Lily Chen 陈莉
    Hannah good news, we got your deposit so we start, fabric for whole order already cut, 2000 pcs bodies ready for sewing, so delivery can be early 😊
    2024-08-19 09:13:05 Lily Chen 陈莉
    [Photo]
    2024-08-19 09:40:22 Hannah Price
    Lily, that's not what we agreed. Call me at 2pm UK time please
""")
case("a18_wechat_fabric_cut_after_deposit", ["RG006", "RG012"],
     "supplier reads the deposit as a start and cuts fabric for 2,000 while only 10 samples are released", [
    ("wechat_export_Lily_Chen_Joyful.txt", _a18),
])

# A19 multi-file: call-off TXT (complete, material = call-off qty only) + supplier report PDF (material for 4,000)
_a19_co = D("""
    HANSA GESCHENKARTIKEL GMBH            LIEFERABRUF / CALL-OFF           Abruf-Nr. 02
    Billwerder Neuer Deich 72, 20539 Hamburg                          Datum 04.03.2024
    ----------------------------------------------------------------------------------
    Rahmenvertrag / Framework order : 4600001122   Lieferant: 200877 NINGBO HARVEST
    Material  : HG-MUG-310  TASSE STEINZEUG 'NORDSEE' 300 ML, GESCHENKKARTON
    ----------------------------------------------------------------------------------
    Rahmenmenge / framework qty        4.000 ST
    Abruf 01 (12.02.2024)                400 ST
    Abruf 02 (dieser Abruf)              600 ST   -> liefern KW 16
    kumuliert abgerufen                1.000 ST
    nicht freigegeben                  3.000 ST
    ----------------------------------------------------------------------------------
    Hinweise / notes:
    - Freigegeben zur Produktion sind nur die abgerufenen Mengen (kumuliert 1.000 ST).
    - Die restlichen 3.000 ST sind nicht freigegeben. Freigabe nur durch Abruf 03,
      unterschrieben von Katrin Seidel (Leitung Einkauf).
    - Material nur fuer die abgerufene Menge beschaffen (kumuliert 1.000 ST).
    - EN: only the called-off 1,000 pcs are released. The remaining 3,000 are not released
      until call-off 03 signed by Katrin Seidel. Buy material for the called-off 1,000 only.
    ----------------------------------------------------------------------------------
    SAP ME38  04.03.2024  SEIDELK
""")
case("a19_calloff_plus_supplier_report", ["RG006"],
     "multi-file: call-off limits material to 1,000; supplier report shows glaze, bisque and boxes for 4,000", [
    ("Abruf_02_4600001122.txt", _a19_co),
    ("Production_report_wk12_Hansa_HG-MUG-310.pdf", pdf([
        ("h1", "Production report - week 12"),
        ("p", "Ningbo Harvest Houseware & Gifts Co., Ltd. for Hansa Geschenkartikel GmbH - framework 4600001122"),
        ("p", "Item HG-MUG-310 stoneware mug 'Nordsee' 300 ml | Date 22 Mar 2024 | Prepared by Amy Xu"),
        ("table", [
            ["Topic", "Quantity", "Status / remark"],
            ["Called off (CO 01 + CO 02)", "1,000 pcs", "CO 01 shipped 400 pcs on 8 Mar"],
            ["Produced CO 02", "600 pcs", "glazing finished, firing 25 Mar"],
            ["Bisque bodies", "4,000 pcs", "purchased and delivered, in our warehouse"],
            ["Glaze 'Nordsee blue'", "for 4,000 pcs", "purchased (price fixed until June)"],
            ["Gift boxes printed", "4,000 pcs", "printed, folded flat"],
            ["Inspection CO 02", "-", "Hansa QC booked 2 Apr"],
        ]),
        ("p", "We prepared bisque, glaze and gift boxes for the full framework so the next call-offs can ship "
              "in 2 weeks. Please advise call-off 03 date."),
    ], title="Production report wk12", author="Amy Xu")),
])

# A21 supplier: deposit received -> production arranged, material for 2,000 ordered
_a21_q = D("""
    Hi Tina,
    Deposit sent today per your PI YSC-PI-0731 (USD 1,860), so the price is held.
    Please note PO JL-2024-230 is for the 24 sample sets only. The 2,000 sets are not
    released until the samples pass our burn test and I send you a written production release.
    Rachel Ortiz
    Category Manager, Juniper Lane Gifts
""")
_a21 = D("""
    Dear Rachel,

    We received your deposit USD 1,860 (30%) today, many thanks!

    So we have arranged the production now: all material for 2,000 sets (tins, soy wax, fragrance
    oil fig & cedar, labels, gift boxes) are ordered and the filling line start Monday, so we can
    ship earlier than plan. The 24 sample sets will go with DHL tomorrow for your burn test.

    Any question pls let me know.

    Best regards
    Tina Luo
    Yiwu Starlight Crafts Co., Ltd. | Choujiang Industrial Zone, Yiwu | +86 579 8522 0419

    On Thu, Aug 1, 2024 at 10:05 PM, Rachel Ortiz <rachel.ortiz@juniperlanegifts.com> wrote:

""") + quote(_a21_q)
case("a21_deposit_start_and_material", ["RG006", "RG012"],
     "supplier treats the deposit as the start and orders material for 2,000 sets; quoted buyer scope is 24 samples with a hold", [
    E("Re_Deposit_PI_YSC-PI-0731.eml", mail(
        "Tina Luo <tina@ywstarlight-crafts.com>", "Rachel Ortiz <rachel.ortiz@juniperlanegifts.com>",
        "Re: Deposit PI YSC-PI-0731 / PO JL-2024-230", "Fri, 02 Aug 2024 18:22:10 +0800", _a21,
        html=txt2html(_a21), in_reply_to="<jl-2024-230-dep@juniperlanegifts.com>")),
])

# A22 supplier: components prepared for 2,400 and straight into MP after sample OK (+TXT schedule)
_a22_q = D("""
    Hi Kevin,
    PO PG-24-0152 attached for 20 samples of the rainbow projector lamp (PG-NL-345).
    Only the 20 samples are ordered. The 2,400 pcs are not released; production can only be
    released by a written production release from me after the samples pass our EN 62115 check.
    Oliver Hartley, Senior Buyer, Pennywhistle Gifts Ltd
""")
_a22 = D("""
    Hi Oliver,

    Samples 20 pcs ship today by DHL, AWB 5521 8830 14.

    Good news: we have prepared all the components for the 2,400 pcs already (PCBA, ABS shells,
    USB-C cables, gift boxes), so once you OK the sample we go straight into mass production,
    no need to wait. ETD is 3 weeks after your OK. Schedule attached.

    Best regards
    Kevin Zhou
    Shenzhen Brightstar Electronic Toys Co., Ltd.

    -----Original Message-----
    From: Oliver Hartley <oliver.hartley@pennywhistlegifts.co.uk>
    Sent: Tuesday, September 3, 2024 3:40 PM
    Subject: PO PG-24-0152 rainbow projector samples

""") + quote(_a22_q)
_a22_sched = D("""
    BRIGHTSTAR - PRODUCTION SCHEDULE - PENNYWHISTLE PG-NL-345 RAINBOW PROJECTOR
    -----------------------------------------------------------------------
    STEP                         QTY     DATE          STATUS
    Samples                      20      12 Sep        shipped
    Components (PCBA/shell/box)  2,400   10 Sep        ready in warehouse
    Customer sample OK           -       ~20 Sep       waiting
    SMT + assembly               2,400   OK + 2 days   auto start after OK
    Ageing test 4h               2,400   OK + 14 days
    Packing                      2,400   OK + 18 days
    ETD Yantian                  2,400   OK + 21 days
    -----------------------------------------------------------------------
""")
case("a22_components_ready_straight_to_mp", ["RG006", "RG007"],
     "supplier has components for 2,400 ready (only 20 released) and will go straight into MP when the sample is OK'd", [
    E("RE_PO_PG-24-0152_samples_shipped.eml", mail(
        "Kevin Zhou <kevin@brightstar-toys.cn>", "Oliver Hartley <oliver.hartley@pennywhistlegifts.co.uk>",
        "RE: PO PG-24-0152 rainbow projector samples - shipped", "Thu, 12 Sep 2024 17:48:00 +0800", _a22,
        attachments=[("schedule_PG-NL-345.txt", _a22_sched, TXT_MT)],
        in_reply_to="<pg-24-0152@pennywhistlegifts.co.uk>")),
])

# A23 multi-file: portal release 1,000 (HTML) + supplier report stating 1,200 released and materials for 6,000
_a23_portal = D("""
    <h2>Juniper Lane Gifts - Supplier Portal</h2>
    <p>Supplier: <b>Yiwu Starlight Crafts Co., Ltd.</b> (SUP-0193) &nbsp;|&nbsp; Agreement: <b>JL-SA-2024-05</b> (reed diffuser 100 ml, 2 scents)</p>
    <h3>Production release REL-0003</h3>
    <table>
    <tr><th>Release</th><th>Date</th><th>Item</th><th>Released this release</th><th>Cumulative released</th><th>Agreement qty</th><th>Not released</th></tr>
    <tr><td>REL-0003</td><td>2024-07-22</td><td>JL-RD-100-SAGE (sage &amp; sea salt)</td><td>1,000</td><td>1,000</td><td>6,000</td><td>5,000</td></tr>
    </table>
    <p class="note">The remaining 5,000 units under JL-SA-2024-05 are <b>not released</b>. The next release is issued only
    through this portal by Rachel Ortiz (Category Manager), after the QC report for the REL-0003 lot has been accepted.
    Material authority: released quantity only (1,000).</p>
""")
case("a23_portal_release_vs_supplier_report", ["RG006", "RG011"],
     "multi-file: portal releases 1,000 with material limited to it; supplier report states 1,200 released and materials for 6,000", [
    ("portal_release_REL-0003.html", html_page("Supplier Portal - REL-0003", _a23_portal)),
    ("Starlight_status_report_JL-SA-2024-05.pdf", pdf([
        ("h1", "Order status report"),
        ("p", "Yiwu Starlight Crafts Co., Ltd. -> Juniper Lane Gifts (Rachel Ortiz) | 9 Aug 2024"),
        ("p", "Agreement JL-SA-2024-05, reed diffuser 100 ml sage & sea salt"),
        ("table", [
            ["Item", "Qty", "Remark"],
            ["Customer release REL-0003", "1,200 units", "in production, 760 filled"],
            ["Glass bottles 100 ml", "6,000 pcs", "received"],
            ["Fragrance oil sage & sea salt", "for 6,000 units", "received"],
            ["Rattan reeds 8 per unit", "48,000 pcs", "ordered, ETA 20 Aug"],
            ["Printed sleeve boxes", "6,000 pcs", "printed"],
        ]),
        ("p", "Material ready for the full agreement so the next releases can ship quickly. QC booking for "
              "REL-0003: 16 Aug."),
        ("p", "Tina Luo, Sales"),
    ], title="Status report JL-SA-2024-05", author="Tina Luo")),
])

# A24 supplier turns a labelled forecast into an "order" and buys material for it
_a24_q = D("""
    Hi Amy,
    Attached is our rolling forecast F-08 for the enamel mugs - about 8,400 pcs Jul-Dec.
    Reminder it's a non-binding forecast for your capacity planning, not an order.
    Priya Nair, Supply Planner, Wattle & Co Gifts
""")
_a24 = D("""
    Dear Priya,

    Thanks for the forecast. As per your forecast order of 8,400 pcs we have bought the enamel
    blanks and the eucalyptus decals for all 8,400 pcs and booked the enamel line for Aug-Nov,
    so please send us the PO soon so we can arrange.

    Also pls note the steel price will increase 6% from 1 July, the blanks we bought are still
    old price.

    Best regards
    Amy Xu | Export Manager
    Ningbo Harvest Houseware & Gifts Co., Ltd.

    From: Priya Nair <priya.nair@wattleandco.com.au>
    Sent: Monday, 17 June 2024 11:03
    To: Amy Xu
    Subject: Rolling forecast F-08 - enamel mugs

""") + quote(_a24_q)
case("a24_forecast_treated_as_order", ["RG006", "RG008"],
     "supplier calls the labelled forecast an 'order' and buys blanks and decals for 8,400 with nothing released", [
    E("RE_Rolling_forecast_F-08_enamel_mugs.eml", mail(
        "Amy Xu <amy.xu@nbharvest-gifts.com>", "Priya Nair <priya.nair@wattleandco.com.au>",
        "RE: Rolling forecast F-08 - enamel mugs", "Wed, 19 Jun 2024 09:40:18 +0800", _a24,
        in_reply_to="<wattle-f08@wattleandco.com.au>")),
])

# A25 supplier reply: after golden sample approve we go MP directly (buyer scope quoted)
_a25_q = D("""
    Dear Kevin,
    PO 4500031990 covers 30 pre-series samples of the RC excavator 3000-140 only.
    The series quantity of 5,000 pcs is not released. It needs our QA sample sign-off and then a
    written release from me.
    Best regards, Jonas Brandt, Leiter Einkauf, Spielwaren Kessler GmbH
""")
_a25 = D("""
    Dear Jonas,

    Noted with thanks. The 30 pcs samples will be ready 28 March, we send by UPS to Fuerth.

    After golden sample approve we will go mass production directly to save time, because the
    Christmas orders from other customers fill our line from May.

    Battery: we change to 7.4 V 1200 mAh as your engineer asked, UN38.3 and MSDS updated.

    Best regards
    Kevin Zhou
    Shenzhen Brightstar Electronic Toys Co., Ltd. | +86 138 2654 0917

    -----Original Message-----
    From: Jonas Brandt <j.brandt@spielwaren-kessler.de>
    Sent: Tuesday, March 12, 2024 9:03 AM

""") + quote(_a25_q)
case("a25_supplier_mp_after_sample", ["RG007"],
     "supplier says it will go into mass production directly after the golden sample is approved, against a written-release scope", [
    E("RE_PO_4500031990_RC_excavator_samples.eml", mail(
        "Kevin Zhou <kevin@brightstar-toys.cn>", "Jonas Brandt <j.brandt@spielwaren-kessler.de>",
        "RE: PO 4500031990 RC excavator 3000-140 samples", "Wed, 13 Mar 2024 11:16:40 +0800", _a25,
        in_reply_to="<4500031990@spielwaren-kessler.de>")),
])

# A26 supplier PI: "Bulk production will start once sample approved"
case("a26_pi_bulk_starts_on_sample", ["RG007"],
     "supplier PI remark: bulk production will start once the sample is approved (no recorded auto-conversion)", [
    ("PI_YS240903.pdf", pdf([
        ("h1", "PROFORMA INVOICE  YS240903"),
        ("p", "Seller: Yiwu Sunrise Trading Co., Ltd., Room 1203, Block B, Futian Market District 2, Yiwu"),
        ("p", "Buyer: Kettle & Crumb Homeware Ltd, Bath, UK (Hannah Price) | Date: 3 Sep 2024"),
        ("table", [
            ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "Ceramic bauble, hand painted, 4 designs x 2 pcs - samples", "8 pcs", "4.50", "36.00"],
            ["2", "Express DHL to Bath", "1", "38.00", "38.00"],
            ["", "", "", "Total", "74.00"],
        ]),
        ("p", "Bulk price: USD 1.95/pc at 600 pcs per design."),
        ("p", "Remarks: 1. Sample time 7 days after payment. 2. Bulk production will start once sample approved, "
              "lead time 35 days. 3. Bulk payment 30% deposit, 70% before shipment. 4. Packing 1 pc per gift box, "
              "48 pcs per carton."),
        ("p", "Beneficiary bank: Bank of China Yiwu Branch, SWIFT BKCHCNBJ92H"),
    ], title="PI YS240903", author="Coco Wang")),
])

# A27 buyer's PO says written release, buyer's mail says "just roll straight into production" (+PDF PO)
_a27 = D("""
    Frank -

    PO TH-2024-131 for the PP samples of the shape sorter is attached, details as usual.

    Heads up: I'm out of the office June 3-21 (family wedding in Lisbon) and mostly offline. So to
    keep things moving: if the PP samples look OK to you guys and pass Intertek, don't wait on
    paperwork from me - just roll straight into the 6,000 sets.

    Leah Goldberg in our office can answer packaging questions (leah@tinyharborplay.com).

    Thanks,
    Marcus
""") + sig("Marcus Webb", "Sourcing Manager", "Tiny Harbor Playthings LLC", "+1 617 555 0148")
case("a27_buyer_roll_into_production", ["RG007"],
     "PO requires a written release by Marcus; his cover mail says to roll straight into the 6,000 once samples look OK", [
    E("PO_TH-2024-131_shape_sorter.eml", mail(
        "Marcus Webb <mwebb@tinyharborplay.com>", "Frank Xu <frank@kidsway-toys.com>",
        "PO TH-2024-131 - shape sorter PP samples", "Thu, 30 May 2024 16:45:02 -0400", _a27,
        html=txt2html(_a27),
        attachments=[("PO_TH-2024-131.pdf", pdf([
            ("h1", "Tiny Harbor Playthings LLC - Purchase Order TH-2024-131"),
            ("p", "88 Summer St, Boston MA 02110 | Buyer: Marcus Webb | Date: 30 May 2024 | Vendor: Ningbo Kidsway Plastic Toys (30077)"),
            ("table", [
                ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
                ["1", "THP-SRT-12", "Shape sorter cube, 12 shapes - PP sample", "10 sets", "14.00", "140.00"],
            ]),
            ("p", "Scope: this PO covers the 10 PP sample sets only. The production quantity of 6,000 sets is not "
                  "released. Production is released only by a written production release from Marcus Webb after PP "
                  "sample sign-off and passing ASTM F963-17 / CPSIA tests at Intertek."),
        ], pagesize=LETTER, title="PO TH-2024-131", author="Marcus Webb"), PDF_MT)])),
])

# A28 supplier order-tracking page: "Mass production (auto start after sample confirm)"
_a28 = D("""
    <h2>Shenzhen Topwin Promotional Gifts - Order Tracking</h2>
    <p>Customer: <b>Redgum Merch Pty Ltd</b> &middot; Order: <b>TW-SO-24-0561</b> (your ref RGM-PO-0561) &middot; Updated: 2024-07-15 18:02 (GMT+8)</p>
    <table>
    <tr><th>#</th><th>Step</th><th>Status</th><th>Date</th></tr>
    <tr><td>1</td><td>Artwork confirmed</td><td>done</td><td>2024-06-28</td></tr>
    <tr><td>2</td><td>Sample making (10 pcs)</td><td>done</td><td>2024-07-08</td></tr>
    <tr><td>3</td><td>Sample sent - FedEx 7731 4402 9961</td><td>done</td><td>2024-07-09</td></tr>
    <tr><td>4</td><td>Waiting customer sample confirm</td><td>in progress</td><td>-</td></tr>
    <tr><td>5</td><td>Mass production (auto start after sample confirm)</td><td>scheduled</td><td>confirm + 1 day</td></tr>
    <tr><td>6</td><td>Inline + final QC</td><td>-</td><td>-</td></tr>
    <tr><td>7</td><td>Shipping FOB Shenzhen</td><td>-</td><td>-</td></tr>
    </table>
    <p>Item: bamboo fibre coffee cup 350 ml with silicone band, 2-colour print. Questions: Sunny He, WhatsApp +86 137 2855 6021.</p>
""")
case("a28_tracking_page_auto_start", ["RG007"],
     "supplier tracking page schedules mass production to auto-start after sample confirmation", [
    ("order_tracking_TW-SO-24-0561.html", html_page("Order Tracking TW-SO-24-0561", _a28)),
])

# A29 promo agency: "approved" for artwork, PO and run; run treated as approved on PP sample approval (+DOCX brief)
_a29 = D("""
    Hi Jenny,

    Brief attached for the Northbridge Rail 150th anniversary scarf - PO LLP-7720 covers the 12
    pre-production scarves.

    Good news on our side: the artwork is approved by the client, and the PO is approved by our
    finance team. As soon as the PP sample is approved, just take the 1,500 run as approved and
    crack on - we're tight for the September event.

    Cheers,
    Ben
""") + sig("Ben Okafor", "Production Manager", "Lanyard Lane Promotions Ltd, Ancoats Works, Manchester", "+44 161 496 0734")
case("a29_agency_approved_everything", ["RG007", "RG009"],
     "'approved' used for artwork, PO and the run; mail treats PP sample approval as approving the run, against the brief's written release", [
    E("Northbridge_Rail_150_scarf_brief_PO_LLP-7720.eml", mail(
        "Ben Okafor <ben@lanyardlane.co.uk>", "Jenny Sun <jenny.sun@everbright-textile.cn>",
        "Northbridge Rail 150 scarf - brief + PO LLP-7720", "Wed, 03 Jul 2024 12:10:33 +0100", _a29,
        attachments=[("Brief_NR150_scarf.docx", docx_bytes([
            ("h1", "Production brief - Northbridge Rail 150 jacquard scarf"),
            ("p", "Lanyard Lane Promotions Ltd for Northbridge Rail | Factory: Ningbo Everbright Textile (Jenny Sun)"),
            ("table", [
                ["Item", "Detail"],
                ["Scarf", "woven jacquard, 100% acrylic, 25 x 150 cm, fringes 8 cm, 'NR 150' crest"],
                ["Colours", "maroon 7421 C / gold 7555 C / cream"],
                ["PP samples (PO LLP-7720)", "12 pcs - released now"],
                ["Run quantity", "1,500 pcs - NOT released"],
            ]),
            ("p", "The 1,500 run is released only by a written production release from Ben Okafor, issued after "
                  "the client's PP sample sign-off. Buy yarn for the 12 samples only."),
            ("p", "Labelling: care label + 'Made in China', individual polybag with suffocation warning, 50 per carton."),
        ], author="Ben Okafor"), DOCX_MT)])),
])

# A30 Alibaba chat: supplier says bulk will start directly if buyer satisfied with sample
_a30 = D("""
    Alibaba.com  |  Messenger  |  Chat history export
    Buyer: Lucy Evans (Little Fox Gifts, Norwich, UK)
    Supplier: Anna - Shenzhen Happy Kids Toys Co., Ltd.
    Product: Custom wooden name puzzle, 6 letters, beech
    ------------------------------------------------------------------
    [2024-10-01 20:11] Lucy Evans:
    Hi Anna, payment for the 3 samples done via Trade Assurance (USD 45). Just so we're clear,
    the bulk 1,000 pcs is not released - I'll place a separate Trade Assurance order for the
    bulk myself after I've checked the samples.
    [2024-10-02 09:05] Anna:
    Dear Lucy, received payment thank you! 3 samples will finish in 5 days.
    [2024-10-02 09:07] Anna:
    If you satisfied with sample, we will arrange bulk production directly, no need to confirm
    again, this way save 1 week time 😊 paint is water based, UKCA + EN71-3 report can provide
    [2024-10-02 19:40] Lucy Evans:
    ok thanks, will check them when they arrive
    ------------------------------------------------------------------
""")
case("a30_alibaba_bulk_directly", ["RG007"],
     "supplier says bulk will start directly if the buyer is satisfied with the sample, despite the buyer's separate-order condition", [
    ("alibaba_chat_Happy_Kids_Toys.txt", _a30),
])

# A32 buyer writes the forecast as a firm commitment (+DOCX sample PO, complete)
_a32 = D("""
    Hi Jason,

    PO PD-2024-072 attached for the 18 bath-toy samples - scope is in the PO.

    Also for your planning: our 2025 forecast for the whole bath range is 40,000 pcs. It isn't part
    of this PO, but please take the 40k as our firm commitment for next year and plan your capacity
    on it - we will definitely take it.

    Speak soon,
    Sophie
""") + sig("Sophie Turnbull", "Head of Product Sourcing", "Puddleduck Toys Ltd, 7 Feeder Road, Bristol BS2 0SB", "+44 117 496 0582")
case("a32_forecast_firm_commitment", ["RG008"],
     "buyer calls the 40,000 forecast a firm commitment; the attached sample PO itself is complete", [
    E("PO_PD-2024-072_bath_samples_2025_outlook.eml", mail(
        "Sophie Turnbull <sophie.t@puddleducktoys.co.uk>", "Jason Li <jason.li@everwin-vinyl.com>",
        "PO PD-2024-072 bath samples + 2025 outlook", "Mon, 14 Oct 2024 10:02:48 +0100", _a32,
        attachments=[("PO_PD-2024-072.docx", docx_bytes([
            ("h1", "Puddleduck Toys Ltd - Purchase Order PD-2024-072"),
            ("p", "Supplier: Dongguan Everwin Vinyl Products Co., Ltd. | Date: 14/10/2024 | Delivery: Bristol, by 15/11/2024"),
            ("table", [
                ["Line", "Item", "Description", "Qty", "Unit GBP", "Total GBP"],
                ["1", "PD-BT-21", "Squirting whale - sample", "6", "3.10", "18.60"],
                ["2", "PD-BT-22", "Squirting octopus - sample", "6", "3.10", "18.60"],
                ["3", "PD-BT-23", "Squirting turtle - sample", "6", "3.10", "18.60"],
            ]),
            ("p", "This PO covers the 18 samples only. Production is not released. Production will be released only "
                  "in writing by Sophie Turnbull after sample sign-off and a passed EN 71-1/-2/-3 test."),
        ], author="Sophie Turnbull"), DOCX_MT)])),
])

# A33 WeChat: supplier calls the forecast an order, books line and buys beech for 20k
_a33 = D("""
    ===== WeChat chat export: Daniel Hoffmann & Helen Fang 方海伦 (Greenwood) =====
    2024-09-09 09:15:02 Daniel Hoffmann
    Hi Helen, PO 4500032890 sent: 40 Muster of the new train set 71-230 only. Serie is not released - written release from me after QS-Musterabnahme
    2024-09-09 09:16:30 Daniel Hoffmann
    Also attached our 2025 forecast: ca. 20.000 sets total for the train range. This is only a forecast, no order
    2024-09-09 10:02:44 Helen Fang 方海伦
    Received Daniel, thank you! 40 pcs samples in 2 weeks
    2024-09-23 14:20:18 Helen Fang 方海伦
    Daniel, according your forecast order 20k sets we already book the line for Oct-Nov and bought the beech wood for 20000 sets, wood price is going up 8% next month
    2024-09-23 14:21:05 Helen Fang 方海伦
    [Photo]
    2024-09-23 15:02:40 Daniel Hoffmann
    Helen, das war nur ein Forecast!! Let's talk tomorrow
""")
case("a33_wechat_forecast_order_material", ["RG006", "RG008"],
     "supplier treats the labelled 20,000 forecast as an order and buys beech for 20,000 while only 40 samples are released", [
    ("wechat_export_Helen_Fang_Greenwood.txt", _a33),
])

# A34 DOCX forecast that declares itself a binding order
case("a34_forecast_is_binding_order", ["RG008"],
     "document titled forecast (Planzahlen) declares itself the binding order for 2025", [
    ("Hansa_Forecast_2025_Planzahlen.docx", docx_bytes([
        ("h1", "Forecast 2025 / Planzahlen 2025"),
        ("p", "Hansa Geschenkartikel GmbH, Hamburg -> Ningbo Harvest Houseware & Gifts Co., Ltd. (Amy Xu)"),
        ("p", "Stand: 15.11.2024 | erstellt von Katrin Seidel, Leitung Einkauf"),
        ("table", [
            ["Artikel", "Bezeichnung", "Q1", "Q2", "Q3", "Q4", "Summe 2025"],
            ["HG-MUG-310", "Tasse 'Nordsee' 300 ml", "2.000", "3.000", "3.000", "4.000", "12.000"],
            ["HG-EG-204", "Eierbecher Hase pastell", "6.000", "2.000", "0", "0", "8.000"],
            ["HG-XM-118", "Christbaumkugel Keramik", "0", "0", "1.500", "2.500", "4.000"],
        ]),
        ("p", "This forecast is our binding order for 2025. Please plan production and shipments accordingly."),
        ("p", "Dieser Forecast gilt als verbindliche Bestellung für 2025."),
        ("p", "Katrin Seidel, Leitung Einkauf, k.seidel@hansa-geschenk.de, +49 40 3344 7712"),
    ], author="Katrin Seidel")),
])

# A35 promo agency: client's forecast "take that as confirmed" (multipart/alternative)
_a35 = D("""
    Hi Sunny,

    Client update for the Coastline Bank roadshow: their forecast is 10,000 stress koalas across
    the 6 cities. Take that as confirmed and lock in your line for October please.

    Paperwork: PO RGM-PO-0590 for the 20 PP samples went through yesterday. As per that PO,
    production isn't released until I send you a written production release, which I'll do
    once Coastline has signed off the PP samples.

    Koala colour PMS 7527 C, scarf PMS 3435 C, logo pad print on the scarf only.

    Thanks!
    Jess
""") + sig("Jess Moreau", "Account Director", "Redgum Merch Pty Ltd, Surry Hills NSW", "+61 2 8005 3140")
case("a35_agency_forecast_confirmed", ["RG008"],
     "agency tells factory to take the client's 10,000 forecast as confirmed; sample scope (20) itself is complete", [
    E("Coastline_roadshow_stress_koalas_update.eml", mail(
        "Jess Moreau <jess@redgummerch.com.au>", "Sunny He <sunny@topwin-gifts.com>",
        "Coastline roadshow - stress koalas update", "Thu, 08 Aug 2024 09:14:26 +1000", _a35,
        html=txt2html(_a35))),
])

# A36 "PO released in SAP" next to "production release"
_a36 = D("""
    Dear Amy,

    Our PO 4500045512 for the 16 samples of the Easter egg cups (Hase pastell, 4 colours x 4 pcs)
    was released in SAP this morning after the four-eyes check, so you should have the PDF from
    the system by now.

    Please note: the production release for the 8,000 pcs from your quote NH-Q-24-088 follows only
    after our QA has signed off the samples, and it will come in writing from me. Until then the
    8,000 pcs are not released - please buy glaze and bisque for the 16 samples only.

    Samples by courier to Hamburg, KW 05 please.

    Mit freundlichen Gruessen / kind regards
    Katrin Seidel
    Leitung Einkauf | Hansa Geschenkartikel GmbH
    Billwerder Neuer Deich 72 | 20539 Hamburg | +49 40 3344 7712
""")
case("a36_po_released_in_sap", ["RG009"],
     "'released' used for the PO's SAP approval workflow and for production release in one mail; scope otherwise complete", [
    E("PO_4500045512_egg_cup_samples.eml", mail(
        "Katrin Seidel <k.seidel@hansa-geschenk.de>", "Amy Xu <amy.xu@nbharvest-gifts.com>",
        "PO 4500045512 - egg cup samples HG-EG-204", "Tue, 09 Jan 2024 10:48:13 +0100", _a36,
        html=txt2html(_a36))),
])

# A37 ERP printout: PO STATUS RELEASED / PRODUCTION NOT RELEASED
_a37 = D("""
    PENNYWHISTLE GIFTS LTD                                       PURCHASE ORDER
    Unit 4, Kirkstall Industrial Park, Leeds LS5 3BT             PO No.   PG-24-0140
    VAT GB 219 4471 08                                           Date     02/07/2024
                                                                 Revision 0
    PO STATUS : RELEASED          APPROVAL : 2/2 APPROVED (O.HARTLEY, M.DEAN)
    -------------------------------------------------------------------------------
    SUPPLIER : NBSEA01  NINGBO SEAVIEW CRAFTS CO., LTD.  (RITA ZHANG)
    DELIVER  : PENNYWHISTLE GIFTS LTD, LEEDS          INCOTERM : FOB NINGBO
    -------------------------------------------------------------------------------
    LINE  ITEM          DESCRIPTION                          QTY   UNIT GBP   TOTAL GBP
    ----  ------------  -----------------------------------  ----  --------  ---------
    001   PG-XO-2411    RESIN ROBIN ORNAMENT 8CM, GOLD LOOP   24     2.80       67.20
                        SAMPLES - HAND PAINTED
    -------------------------------------------------------------------------------
                                                          ORDER TOTAL GBP     67.20
    NOTES
    * PRODUCTION NOT RELEASED. THIS PO = 24 SAMPLES ONLY.
    * BALANCE 3,576 PCS OF PROGRAM 3,600 PCS ON HOLD UNTIL WRITTEN PRODUCTION
      RELEASE BY OLIVER HARTLEY AFTER SAMPLE SIGN-OFF AND EN71-3 PASS.
    * PACK: 1 PC PER WHITE BOX, 72 PCS PER CARTON.
    -------------------------------------------------------------------------------
    SAGE 200  PRINTED 02/07/2024 11:31  USER OHARTLEY
""")
case("a37_erp_status_released", ["RG009"],
     "ERP header 'PO STATUS: RELEASED' (commercial) on a PO whose notes say production not released; scope otherwise complete", [
    ("PO_PG-24-0140.txt", _a37),
])

# A38 German PO: "Freigabe" for sample, budget and production
case("a38_de_freigabe_three_ways", ["RG009"],
     "'Freigabe'/'approval' used for sample approval, budget approval and production release; quantities and hold complete", [
    ("Bestellung_4500033012_Steckspiel.docx", docx_bytes([
        ("h1", "Bestellung 4500033012"),
        ("p", "Spielwaren Kessler GmbH, Fürth -> Ningbo Greenwood Toys Co., Ltd. (Helen Fang) | Datum: 13.05.2024"),
        ("table", [
            ["Pos.", "Art.-Nr.", "Bezeichnung", "Bestellmenge", "Preis", "Wert"],
            ["10", "71-118", "Holz-Steckspiel Regenbogen, 7 Teile, Buche", "3.000 Stück", "3,10 USD", "9.300,00 USD"],
        ]),
        ("h", "Status"),
        ("p", "Musterfreigabe durch die QS (Dr. Anke Vogel) erteilt am 02.05.2024. Die Budgetfreigabe durch die "
              "Geschäftsleitung liegt ebenfalls vor."),
        ("p", "Freigabe für die Produktion: 1.000 Stück. Die restlichen 2.000 Stück sind nicht freigegeben; "
              "Freigabe nur schriftlich durch Jonas Brandt nach Abnahme der ersten 1.000 Stück (Endkontrolle)."),
        ("h", "English summary"),
        ("p", "Sample approval done, budget approval done. Released for production: 1,000 pcs. The other 2,000 pcs "
              "are not released; they will be released only in writing by Jonas Brandt after the first 1,000 pcs "
              "have passed our final inspection."),
        ("p", "Kartoninhalt 12 Stück. EN 71-1/-2/-3, Holz FSC-zertifiziert (FSC-C123456)."),
        ("p", "Jonas Brandt, Leiter Einkauf"),
    ], author="Jonas Brandt")),
])

# A39 PDF "Approval notice": approved = technical, commercial and production
case("a39_approval_notice", ["RG009"],
     "one 'approval notice' uses 'approved' for the PP sample, the PO value and production quantity; quantities and hold complete", [
    ("Approval_Notice_BF-2240.pdf", pdf([
        ("h1", "APPROVAL NOTICE"),
        ("p", "Bramble & Finch Toys, Inc., Portland OR -> Dongguan Joyful Plush Toys Co., Ltd. (Lily Chen) | 6 May 2024"),
        ("p", "Item BF-2240 'Maple the Moose' 35 cm plush | PO BF-PO-5702"),
        ("table", [
            ["What", "Status", "By", "Date"],
            ["PP sample BF-2240 (fit, embroidery, EN71/ASTM)", "Approved", "QA - Janelle Brooks", "3 May 2024"],
            ["PO BF-PO-5702, value USD 18,600.00 (6,000 pcs x USD 3.10)", "Approved", "Finance - Tom Reyes", "5 May 2024"],
            ["Production quantity, first lot", "Approved: 1,500 pcs", "Kayla Moreno", "6 May 2024"],
            ["Production quantity, remaining 4,500 pcs", "Not approved", "-", "-"],
        ]),
        ("p", "The remaining 4,500 pcs are not approved for production. They will be approved only in writing by "
              "Kayla Moreno after the pre-shipment inspection of the first 1,500 pcs has passed."),
        ("p", "Kayla Moreno, Director of Product Sourcing"),
    ], pagesize=LETTER, title="Approval notice BF-2240", author="Kayla Moreno")),
])

# A40 "please proceed with the pre-production samples" - no quantity anywhere (+HTML tech pack)
_a40 = D("""
    Hi Jenny,

    Please proceed with the pre-production samples of the Halvorsen Credit Union fleece blanket
    per the attached tech pack, in navy and heather grey.

    The production quantity (3,000 pcs) is not released. I'll send you a written production
    release once Halvorsen's marketing team has signed off the samples.

    Thanks!
    Dana
""") + sig("Dana Kowalski", "Senior Account Manager", "Brightpath Promotions LLC, Chicago", "+1 312 555 0190")
_a40_tp = html_page("Tech pack HCU-FB-02", D("""
    <h2>Tech pack HCU-FB-02 - Halvorsen fleece blanket</h2>
    <table>
    <tr><th>Spec</th><th>Value</th></tr>
    <tr><td>Size</td><td>50 x 60 in (127 x 152 cm), tolerance +/- 1 in</td></tr>
    <tr><td>Fabric</td><td>flannel fleece 280 gsm, double side brushed, 100% polyester</td></tr>
    <tr><td>Colours</td><td>navy (19-4024 TCX), heather grey (17-4402 TCX)</td></tr>
    <tr><td>Logo</td><td>embroidery, lower right corner, 4 in wide, approx. 6,500 stitches, white thread</td></tr>
    <tr><td>Edge</td><td>overlock, matching colour</td></tr>
    <tr><td>Label</td><td>care label + 16 CFR 1610 flammability compliant</td></tr>
    <tr><td>Packing</td><td>rolled, grosgrain ribbon, 1 pc per PE bag</td></tr>
    </table>
"""))
case("a40_proceed_samples_no_qty", ["RG010"],
     "'proceed with the pre-production samples' is scoped to samples but no sample quantity is stated anywhere; hold/event/releaser present", [
    E("Halvorsen_blanket_PP_samples.eml", mail(
        "Dana Kowalski <dana@brightpathpromo.com>", "Jenny Sun <jenny.sun@everbright-textile.cn>",
        "Halvorsen blanket - PP samples", "Mon, 20 May 2024 08:55:10 -0500", _a40,
        attachments=[("TechPack_HCU-FB-02.html", _a40_tp, HTML_MT)])),
])

# A41 DOCX release letter: "we hereby release the first production lot" - no quantity
case("a41_release_first_lot_no_qty", ["RG010"],
     "release letter releases 'the first production lot' without a quantity; rest on hold until PR-2 by named person", [
    ("Production_Release_PR-1_PD-2024-047.docx", docx_bytes([
        ("h1", "Production Release PR-1"),
        ("p", "Puddleduck Toys Ltd, 7 Feeder Road, Bristol BS2 0SB -> Dongguan Everwin Vinyl Products Co., Ltd., attn. Jason Li"),
        ("p", "Order: PO PD-2024-047, bath squirters 'Rockpool Pals' (PD-SQ-11 to -14). Date: 2 May 2024."),
        ("p", "Following the sample sign-off on 26 April 2024 (ref SS-121), we hereby release the first production "
              "lot under PO PD-2024-047."),
        ("p", "The remaining lots under the PO stay on hold. They will be released only by production release PR-2, "
              "which Sophie Turnbull will issue in writing after the pre-shipment inspection of the first lot has passed."),
        ("p", "Please book the pre-shipment inspection with our agent (QIMA) five working days ahead."),
        ("table", [
            ["Release", "Scope", "Signed"],
            ["PR-1", "first production lot", "Sophie Turnbull, Head of Product Sourcing"],
            ["PR-2", "remaining lots - not released", "-"],
        ]),
    ], author="Sophie Turnbull")),
])

# A43 multi-file: PO says 24 samples, cover mail says 30
case("a43_po_24_mail_30", ["RG011"],
     "multi-file: PO authorizes 24 samples, cover mail calls it the PO for 30 samples", [
    ("PO_KC-24-0415.pdf", pdf([
        ("h1", "PURCHASE ORDER KC-24-0415"),
        ("p", "Kettle & Crumb Homeware Ltd, 3 Westgate Buildings, Bath BA1 1EB | Date: 09/09/2024"),
        ("p", "Supplier: Dongguan Joyful Plush Toys Co., Ltd. (Lily Chen)"),
        ("table", [
            ["Line", "Code", "Description", "Qty", "Unit GBP", "Total GBP"],
            ["1", "KC-TC-01", "Knitted tea cosy 'Hedgehog' - sample", "6", "5.10", "30.60"],
            ["2", "KC-TC-02", "Knitted tea cosy 'Owl' - sample", "6", "5.10", "30.60"],
            ["3", "KC-TC-03", "Knitted tea cosy 'Sheep' - sample", "6", "5.10", "30.60"],
            ["4", "KC-TC-04", "Knitted tea cosy 'Fox' - sample", "6", "5.10", "30.60"],
            ["", "", "Total samples", "24", "", "122.40"],
        ]),
        ("p", "Only the 24 samples are ordered. The production quantity of 2,400 pcs is not released; it is released "
              "only by a written production release from Hannah Price after golden sample sign-off."),
    ], title="PO KC-24-0415", author="Hannah Price")),
    E("PO_KC-24-0415_tea_cosy_samples.eml", mail(
        "Hannah Price <hannah.price@kettleandcrumb.co.uk>", "Lily Chen <lily.chen@joyfulplush.cn>",
        "PO KC-24-0415 tea cosy samples", "Mon, 09 Sep 2024 14:26:51 +0100", D("""
        Hi Lily,

        PO KC-24-0415 for the 30 samples is attached. Yarn colours as per the pom-pom card we sent
        in August; the sheep should be the cream boucle, not the white.

        We'd love them here by 4 October if possible.

        Best,
        Hannah
        """) + sig("Hannah Price", "Buyer - Home & Gifts", "Kettle & Crumb Homeware Ltd", "+44 1225 580 412"))),
])

# A44 PDF PO: line quantity 1,200 vs remark "released: 1,000"
case("a44_po_line_vs_remark", ["RG011"],
     "PO line says 1,200 pcs; the remarks say 1,000 pcs ordered and released, 1,000 of the 2,000 remaining", [
    ("PO_LW-0051.pdf", pdf([
        ("h1", "PURCHASE ORDER LW-0051"),
        ("p", "Little Wombat Co. Pty Ltd, 21 Doggett St, Newstead QLD 4006 | ABN 33 645 201 778"),
        ("p", "Supplier: Ningbo Bloom Silicone Products Co., Ltd. (Vivian Lu) | Date: 01/07/2024 | FOB Ningbo"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
            ["1", "LW-TR-02", "Silicone teether ring, bear ears, sage / blush 50:50, drawing LW-T-02 rev C", "1,200", "0.86", "1,032.00"],
        ]),
        ("h", "Remarks"),
        ("p", "Samples signed off 04/06/2024. Quantity ordered and released for production under this PO: "
              "1,000 pcs. The other 1,000 pcs of the 2,000 program are not released; they will be released only "
              "by a second PO signed by Mia Thornton after QC of the first lot."),
        ("p", "Packing: 1 pc per kraft box with hang hole, 100 pcs per carton. Test: AS/NZS ISO 8124.1/.3 and "
              "LFGB food contact on production sample."),
        ("p", "Mia Thornton, Founder & Director"),
    ], title="PO LW-0051", author="Mia Thornton")),
])

# A45 DOCX brief: PP samples 10 in the table, "5 in each of the three colourways" in the text
case("a45_brief_10_vs_5x3", ["RG011"],
     "brief's table authorizes 10 PP samples, its text asks for 5 in each of 3 colourways (15)", [
    ("Brief_RGM-0602_picnic_blanket.docx", docx_bytes([
        ("h1", "Production brief RGM-0602 - Picnic blanket, Coastline Bank summer campaign"),
        ("p", "Redgum Merch Pty Ltd -> Shenzhen Topwin Promotional Gifts Co., Ltd. (Sunny He) | 17/07/2024"),
        ("table", [
            ["Item", "Detail"],
            ["Product", "Foldable picnic blanket 130 x 150 cm, waterproof PEVA back, carry strap"],
            ["Colourways", "teal / coral / sand"],
            ["PP samples", "10 pcs - released now (PO RGM-PO-0602)"],
            ["Campaign quantity", "2,000 pcs - NOT released"],
            ["Branding", "woven label 60 x 20 mm + printed strap"],
        ]),
        ("p", "Please make 5 PP samples in each of the three colourways (teal, coral, sand) so the client can "
              "pick the final colour at the workshop."),
        ("p", "The 2,000 campaign quantity is released only by a written production release from Jess Moreau, "
              "after Coastline Bank has signed off the PP samples. Buy fabric for the PP samples only."),
        ("p", "Jess Moreau, Account Director"),
    ], author="Jess Moreau")),
])

# A46 WhatsApp: 12 samples at the start, "the 20 samples on our PO" later
_a46 = D("""
    [02/09/2024, 19:05:12] Emily Carter: Hi Kelly! PO MM-118 is in your email - 12 samples, 4 each of the fox, the owl and the bear
    [02/09/2024, 19:06:01] Emily Carter: Bulk (1,000) is not released - I'll send a written release myself once I've checked the samples
    [02/09/2024, 20:31:44] Kelly Wu: Hi Emily received 😊 we start sample tomorrow
    [05/09/2024, 08:12:19] Kelly Wu: <Media omitted>
    [05/09/2024, 08:12:40] Kelly Wu: felt colours for your check, the owl brown is 2 options
    [05/09/2024, 21:48:03] Emily Carter: Option B for the owl please 🦉 Also pls remember the 20 samples on our PO all need the hang tags attached
    [05/09/2024, 21:50:30] Kelly Wu: ok 👍
""")
case("a46_whatsapp_12_vs_20", ["RG011"],
     "chat states 12 samples on the PO, later refers to 'the 20 samples on our PO'", [
    ("WhatsApp Chat with Kelly Wu Yiwu Starlight.txt", _a46),
])

# A47 supplier ack: 60 instead of 50, and PO acceptance taken as production authority (+PDF OC)
_a47_q = D("""
    Hi Frank,
    PO THP-3455 attached: 50 PP sample sets of the bath boats. The production quantity of
    5,000 sets is not released; it is released only in writing by me after PP sample sign-off
    and a passed CPSIA test.
    Marcus Webb, Sourcing Manager, Tiny Harbor Playthings
""")
_a47 = D("""
    Dear Marcus,

    We accept your PO THP-3455 and confirm the order of 60 pcs samples, order confirmation
    attached.

    As we have accepted the PO, we consider the production of the 5,000 sets confirmed too and
    will plan it for July on our line 3.

    Best regards
    Frank Xu
    Ningbo Kidsway Plastic Toys Co., Ltd. | +86 574 8766 2018

    -----Original Message-----
    From: Marcus Webb <mwebb@tinyharborplay.com>
    Sent: Tuesday, June 11, 2024 2:30 PM

""") + quote(_a47_q)
case("a47_ack_60_and_acceptance", ["RG011", "RG012"],
     "supplier acknowledges 60 samples against a 50-sample PO and treats its PO acceptance as confirming production of 5,000", [
    E("RE_PO_THP-3455_order_confirmation.eml", mail(
        "Frank Xu <frank@kidsway-toys.com>", "Marcus Webb <mwebb@tinyharborplay.com>",
        "RE: PO THP-3455 bath boats - order confirmation", "Wed, 12 Jun 2024 10:02:37 +0800", _a47,
        in_reply_to="<thp-3455@tinyharborplay.com>",
        attachments=[("OC_KW-OC-240612.pdf", pdf([
            ("h1", "ORDER CONFIRMATION KW-OC-240612"),
            ("p", "Ningbo Kidsway Plastic Toys Co., Ltd. -> Tiny Harbor Playthings LLC | Your PO THP-3455 | 12 Jun 2024"),
            ("table", [
                ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                ["THP-BOAT-05", "Bath boat set (3 boats) - PP sample", "60 sets", "7.50", "450.00"],
            ]),
            ("p", "Sample ETD 28 Jun 2024 by FedEx."),
        ], title="OC KW-OC-240612", author="Frank Xu"), PDF_MT)])),
])

# A48 multi-file: portal sample request authorizes 48 sets, buyer mail asks for 36
_a48_portal = D("""
    <h2>Juniper Lane Gifts - Supplier Portal</h2>
    <p>Supplier: <b>Yiwu Starlight Crafts Co., Ltd.</b> (SUP-0193)</p>
    <h3>Sample request SR-0412</h3>
    <table>
    <tr><th>Field</th><th>Value</th></tr>
    <tr><td>Item</td><td>JL-WM-6PK wax melt gift pack (6 cubes), 3 scents</td></tr>
    <tr><td>Qty authorized</td><td>48 sets (16 per scent)</td></tr>
    <tr><td>Purpose</td><td>trade show display + burn/throw test</td></tr>
    <tr><td>Production quantity</td><td>3,000 sets - not released</td></tr>
    <tr><td>Production release</td><td>only via this portal, by Rachel Ortiz, after sample sign-off</td></tr>
    <tr><td>Need by</td><td>2024-08-12 at Denver DC</td></tr>
    </table>
""")
case("a48_portal_48_mail_36", ["RG011"],
     "multi-file: portal sample request authorizes 48 sets, buyer's mail asks for 36 sample sets", [
    ("sample_request_SR-0412.html", html_page("Sample request SR-0412", _a48_portal)),
    E("SR-0412_wax_melt_samples.eml", mail(
        "Rachel Ortiz <rachel.ortiz@juniperlanegifts.com>", "Tina Luo <tina@ywstarlight-crafts.com>",
        "SR-0412 wax melt samples", "Fri, 19 Jul 2024 13:20:44 -0600", D("""
        Hi Tina,

        As discussed on the call, please make the 36 sample sets of the wax melt pack for the trade
        show (request SR-0412 in the portal). Scents: fig & cedar, sea salt, amber.

        Box print: the kraft version with the gold foil, not the white.

        Thanks so much,
        Rachel

        Rachel Ortiz | Category Manager, Home Fragrance | Juniper Lane Gifts
        """))),
])

# A49 buyer: deposit wired, so kick off production (+PDF remittance advice), earlier scope quoted
_a49_q = D("""
    Hi Coco,
    PO KC-24-0440 attached for 12 samples of the velvet stockings (3 designs x 4).
    The 3,000 pcs are not released - that needs the golden sample signed off and then a
    written production release from me.
    Hannah Price, Kettle & Crumb Homeware
""")
_a49 = D("""
    Hi Coco,

    We've wired the 30% deposit on your PI YS-240610 this morning (TT copy attached), so you can
    kick off production on the velvet stockings now.

    Shipping marks to follow from our forwarder (Kuehne+Nagel Felixstowe).

    Thanks,
    Hannah
""") + sig("Hannah Price", "Buyer - Home & Gifts", "Kettle & Crumb Homeware Ltd", "+44 1225 580 412") + "\n" + D("""

    From: Hannah Price
    Sent: 10 June 2024 09:12
    To: Coco Wang
    Subject: PO KC-24-0440 velvet stocking samples

""") + quote(_a49_q)
case("a49_deposit_wired_kick_off", ["RG002", "RG012"],
     "buyer says the deposit is wired 'so you can kick off production' (no quantity), against her own quoted written-release scope", [
    E("Deposit_PI_YS-240610_velvet_stockings.eml", mail(
        "Hannah Price <hannah.price@kettleandcrumb.co.uk>", "Coco Wang <coco@ywsunrise-trading.com>",
        "Deposit PI YS-240610 - velvet stockings", "Wed, 26 Jun 2024 10:05:19 +0100", _a49,
        attachments=[("TT_copy_YS-240610.pdf", pdf([
            ("h1", "Payment advice - international transfer"),
            ("p", "Ordering customer: KETTLE & CRUMB HOMEWARE LTD, BATH | Bank: Lloyds Bank plc"),
            ("table", [
                ["Field", "Value"],
                ["Value date", "26/06/2024"],
                ["Amount", "USD 2,475.00"],
                ["Beneficiary", "YIWU SUNRISE TRADING CO., LTD."],
                ["Beneficiary bank", "BANK OF CHINA YIWU BRANCH, SWIFT BKCHCNBJ92H"],
                ["Reference", "PI YS-240610 DEPOSIT 30PCT"],
                ["Charges", "OUR"],
            ]),
        ], title="Payment advice", author="Lloyds Bank"), PDF_MT)])),
])

# A51 supplier: PI signed back, so order confirmed, start bulk (+PDF PI)
_a51_q = D("""
    Hi Lily,
    PI signed and attached - it covers the embroidery programme and the 10 PP koalas.
    Production of the 2,500 stays not released until Coastline signs off the PP samples and
    I send you the written release.
    Jess Moreau, Redgum Merch
""")
_a51 = D("""
    Dear Jess,

    Thank you for sign back the PI JP-PI-240620. So the order is confirmed and we will start bulk
    production of the 2,500 pcs this week, ETD 25 July. PP samples go out by FedEx on Friday.

    Best regards
    Lily Chen | Sales Manager
    Dongguan Joyful Plush Toys Co., Ltd.

    ------------------ Original ------------------
    From: "Jess Moreau" <jess@redgummerch.com.au>
    Date: Thu, Jun 20, 2024 04:15 PM

""") + quote(_a51_q)
case("a51_pi_signed_start_bulk", ["RG012"],
     "supplier treats the signed PI as confirming the order and starts bulk of 2,500 that the buyer said is not released", [
    E("Re_PI_JP-PI-240620_signed.eml", mail(
        "Lily Chen <lily.chen@joyfulplush.cn>", "Jess Moreau <jess@redgummerch.com.au>",
        "Re: PI JP-PI-240620 signed", "Fri, 21 Jun 2024 09:33:02 +0800", _a51,
        in_reply_to="<rgm-pi-240620@redgummerch.com.au>",
        attachments=[("PI_JP-PI-240620_signed.pdf", pdf([
            ("h1", "PROFORMA INVOICE JP-PI-240620"),
            ("p", "Dongguan Joyful Plush Toys Co., Ltd. -> Redgum Merch Pty Ltd (Jess Moreau) | 20 Jun 2024"),
            ("table", [
                ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                ["1", "Embroidery programme, Coastline logo", "1", "150.00", "150.00"],
                ["2", "PP samples, 20 cm koala with scarf", "10 pcs", "15.00", "150.00"],
                ["", "", "", "Total", "300.00"],
            ]),
            ("p", "Bulk 2,500 pcs at USD 2.40 - price reference, not in this PI."),
            ("p", "Buyer signature: Jess Moreau (signed 20/06/2024)"),
        ], title="PI JP-PI-240620", author="Lily Chen"), PDF_MT)])),
])


# =================================================================== BUILD
MIN_PER_RULE = {f"RG{n:03d}": 5 for n in range(1, 13)}
MIN_PER_RULE.update({"RG006": 7, "RG007": 7, "RG011": 7})


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    assert len(CASES) == 70, len(CASES)
    counts = {r: 0 for r in MIN_PER_RULE}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    for r, n in MIN_PER_RULE.items():
        assert counts[r] >= n, (r, counts[r])

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(4242).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
        cname = f"h42_{nn:02d}_{stem}"
        d = OUT / cname
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (cname, fn)
            seen.add(fn)
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[cname] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
