#!/usr/bin/env python3
"""Generator for the releasegate check_holdout170 corpus (fishing tackle).

Run with the venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout170/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
Every case below is written by hand. Descriptive ids (c01.. clean, p01.. positive)
appear only in this file; case folders get neutral names.
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
    m["Message-ID"] = msgid or f"<h170-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h170")
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




# ------------------------------------------------------------- small helpers
def T(s):
    """Hand-written text block: drop the first newline, keep everything else as typed."""
    return s[1:] if s.startswith("\n") else s


def mail_html(text):
    """A plain HTML rendering of a mail body, as mail clients produce it for the text/html part."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(l) for l in lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;"
            "font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


def E(m):
    return eml_bytes(m)


# ------------------------------------------------------------------ parties
# Buyers
NWA = "Northwoods Angler Co."            # Brainerd, Minnesota (US tackle brand)
KIS = "Kisaragi Tackle Co., Ltd."        # Osaka, Japan (tackle maker)
HFN = "Havfiske Nord AS"                 # Tromso, Norway (sea-fishing retailer)
CRP = "Carpe Royale SAS"                 # Chalon-sur-Saone, France (carp brand)
# Suppliers
WHY = "Weihai Haiyue Fishing Tackle Co., Ltd."   # Weihai, China: rods, blanks, rod tubes
CHR = "Chenghe Precision Reel Co., Ltd."         # Taichung, Taiwan: reels
HBH = "Hanbit Hook Co., Ltd."                    # Busan, Korea: hooks
DSB = "Daesung Soft Bait Co., Ltd."              # Gimhae, Korea: soft baits
MKT = "Mekong Tackle Manufacturing Co., Ltd."    # Binh Duong, Vietnam: boxes, lures, jigs

DANA = "Dana Kowalski <dana.kowalski@northwoodsangler.com>"
MIKE = "Mike Brandt <mike.brandt@northwoodsangler.com>"
ERIC = "Eric Lindgren <eric.lindgren@northwoodsangler.com>"
KRIS = "Kristin Halvorson <kristin.halvorson@northwoodsangler.com>"
TAKE = "Takeshi Moriyama <t.moriyama@kisaragi-tackle.co.jp>"
YUKI = "Yuki Hattori <y.hattori@kisaragi-tackle.co.jp>"
INGR = "Ingrid Solberg <ingrid.solberg@havfiskenord.no>"
MAGN = "Magnus Berg <magnus.berg@havfiskenord.no>"
SIGR = "Sigrid Haugen <sigrid.haugen@havfiskenord.no>"
JULI = "Julien Marchand <j.marchand@carpe-royale.fr>"
CAMI = "Camille Roux <c.roux@carpe-royale.fr>"
THIE = "Thierry Lefevre <t.lefevre@carpe-royale.fr>"
LILY = "Lily Zhang <lily.zhang@haiyue-tackle.cn>"
SUNW = "Sun Wei <sunwei@haiyue-tackle.cn>"
VINC = "Vincent Lin <vincent.lin@chenghe-reel.com.tw>"
AMYH = "Amy Huang <amy.huang@chenghe-reel.com.tw>"
PARK = "Park Ji-hoon <jh.park@hanbithook.co.kr>"
LEES = "Lee Seo-yeon <sy.lee@daesungbait.co.kr>"
LANN = "Nguyen Thi Lan <lan.nguyen@mekongtackle.vn>"
HOAN = "Tran Van Hoang <hoang.tran@mekongtackle.vn>"

PH_NWA = "+1 218 555 0142"
PH_KIS = "+81 6 5555 0120"
PH_HFN = "+47 77 55 01 20"
PH_CRP = "+33 3 85 55 01 20"
PH_WHY = "+86 631 555 0188"
PH_CHR = "+886 4 5555 0166"
PH_HBH = "+82 51 555 0134"
PH_DSB = "+82 55 555 0171"
PH_MKT = "+84 274 555 0199"

# =================================================================== CLEAN

# c01 supplier quotation with sample and production tiers (TXT mail, Chinese English)
case("c01", [], "supplier quotation with sample/production tiers; no authorization in the bundle", [
    ("WH-Q-2404-17.txt", T("""
From: Lily Zhang <lily.zhang@haiyue-tackle.cn>
To: Ingrid Solberg <ingrid.solberg@havfiskenord.no>
Date: Tue, 09 Apr 2024 10:41:00 +0800
Subject: RE: rod tube 135cm / quotation WH-Q-2404-17

Dear Ingrid,

Good day! Thanks for your inquiry and sorry for late reply, we have Qingming holiday last week.

Please see our quotation for the aluminium rod tube as your drawing HN-RT-135 Rev C:

  Item            : Rod tube, aluminium 6063, dia 60 x 1350 mm, screw cap M62x2, black anodize
  Sample lot      :    40 pcs   USD 11.80/pc  (incl. laser logo)
  Mass production : 4.000 pcs   USD  4.35/pc  FOB Weihai
  MOQ             : 1.000 pcs
  Sample leadtime : 15 days after PO
  MP leadtime     : 35 days after your written release
  Payment         : T/T 30% deposit, 70% before shipment
  Validity        : 60 days

Remark: salt spray test ISO 9227 NSS 96 h on the anodize is included in price. Our factory is certified ISO 9001:2015.

This is quotation only, the price is for your reference and decision. No order is placed by this mail, we wait your PO.

Any question pls feel free to contact me.

Best regards
Lily Zhang
Sales Manager
Weihai Haiyue Fishing Tackle Co., Ltd.
No. 88 Haibin Road, Weihai, Shandong, China
Tel +86 631 555 0188   WeChat: lily_haiyue
""")),
])

# c02 buyer RFQ with three quantity scenarios (EML multipart/alternative, Norwegian English)
_t = T("""
Hi Lan,

We are looking for a second source for our pilk range for the 2025 season and would like a quotation from Mekong.

Items (drawing HN-PK-300 rev 2, PDF follows from Sigrid next week):
- Pilk "Lofoten" 200 g, 300 g and 400 g, lead-free (tin/zinc body), glow paint, treble hook 6/0 with split ring

Please quote three quantity scenarios per weight:
  A) 500 pcs
  B) 2.000 pcs
  C) 5.000 pcs
and a sample price for ten (10) pcs per weight.

This is a request for quotation only. It is not an order, and nothing is released by this mail. If we go further we will first send a PO for samples.

Prices in USD, FOB Ho Chi Minh City, by Friday 26 April please. Also please confirm salt spray ISO 9227 NSS 240 h on the hooks and split rings.

Takk og god helg,
Ingrid
""") + sig("Ingrid Solberg", "Innkjøper / Buyer", HFN + ", Strandgata 12, 9008 Tromsø", PH_HFN)
_m = mail(INGR, LANN, "RFQ pilk Lofoten 200/300/400 g - season 2025", "Fri, 12 Apr 2024 14:05:00 +0200",
          _t, html=mail_html(_t))
case("c02", [], "RFQ with three quantity scenarios, explicitly not an order; nothing authorized", [
    ("RFQ_pilk_Lofoten.eml", E(_m)),
])

# c03 WeChat: supplier asks for a go-ahead for the balance; buyer answers with the complete scope
case("c03", [], "supplier's go-ahead question answered by buyer with active qty, hold, unlock event and named release authority", [
    ("wechat_haiyue_blanks.txt", T("""
WeChat chat history - "Northwoods / Haiyue blanks"
Exported 2024-05-21 08:02 (UTC+8)
--------------------------------------------------------------

2024-05-20 19:12  Lily Zhang
Hi Mike, the 200 sample blanks NW-BL-7M finish today, tomorrow go to DHL. photos in the album 📷

2024-05-20 19:13  Lily Zhang
Mr Sun ask me, factory have free line in June. Can we have go-ahead for balance 4.800 pcs? then we can book the prepreg

2024-05-20 21:40  Mike Brandt
Hi Lily, thanks for the photos, they look nice.

2024-05-20 21:44  Mike Brandt
No go-ahead for the balance yet, sorry. PO 24-2140 is for the 200 sample blanks only. The other 4,800 are not released and stay on hold.

2024-05-20 21:45  Mike Brandt
Eric Lindgren does the sample sign-off after deflection + break test here in Brainerd, about 2 weeks. After that Kristin Halvorson (our VP Ops) sends the written release for production, if it's a yes.

2024-05-20 21:46  Mike Brandt
So please don't book prepreg beyond the 200 yet. Holding the June slot on your side is fine, but no material.

2024-05-20 22:03  Lily Zhang
OK understand Mike, we wait Kristin release. only 200 now 👌
""")),
])

# c04 clearly labelled forecast (PDF, Japanese buyer to Korean hook maker)
_b = [
    ("h1", "Kisaragi Tackle Co., Ltd. - 12-month rolling forecast"),
    ("p", "To: Hanbit Hook Co., Ltd., Busan - Attn. Mr. Park Ji-hoon, Overseas Sales"),
    ("p", "Forecast no.: FC-2024-06     Date: 3 June 2024     Prepared by: Takeshi Moriyama, Purchasing"),
    ("sp",),
    ("p", "FORECAST FOR PLANNING ONLY. This document is not a purchase order and not a commitment. "
          "It gives no production authority and no material authority. Quantities can change every month. "
          "Only a purchase order together with a written production release from Kisaragi authorizes production."),
    ("sp",),
    ("table", [
        ["Item", "Description", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Total (forecast)"],
        ["KH-OFF-2/0", "Offset worm hook 2/0, black nickel", "20,000", "20,000", "25,000", "25,000", "15,000", "10,000", "115,000"],
        ["KH-OFF-3/0", "Offset worm hook 3/0, black nickel", "10,000", "10,000", "15,000", "15,000", "10,000", "5,000", "65,000"],
        ["KH-AS-5/0", "Assist hook 5/0, PE braid 2 cm", "5,000", "5,000", "5,000", "5,000", "5,000", "5,000", "30,000"],
    ]),
    ("sp",),
    ("p", "We kindly ask you to use these figures for your capacity planning. Please do not purchase wire or "
          "plating chemicals against this forecast. Firm quantities will come only with each purchase order "
          "and its release letter."),
    ("p", "Reference: quality agreement KT-QA-0300 rev 4, ISO 9001:2015; salt spray test per ISO 9227 NSS 48 h for black nickel."),
    ("p", "Best regards, Takeshi Moriyama, Purchasing Section, Kisaragi Tackle Co., Ltd., Osaka"),
]
case("c04", [], "clearly labelled rolling forecast: no order, no production or material authority", [
    ("FC-2024-06.pdf", pdf(_b, title="FC-2024-06", author="Kisaragi Tackle")),
])

# c05 sample sign-off scoped to fit check only (DOCX, French carp brand)
_b = [
    ("h1", "Fiche de validation échantillons / Sample sign-off record SSR-CR-24-011"),
    ("table", [
        ["Field", "Entry"],
        ["Part", "Carp rod blank CR-BL-12-35 (12 ft, 3.5 lb test curve), drawing CR-BL-12 rev D"],
        ["Supplier", "Weihai Haiyue Fishing Tackle Co., Ltd."],
        ["Purchase order", "CR-24-019 - cent (100) sample blanks"],
        ["Tests done", "Deflection curve vs master; static load 3,5 lb; guide and reel seat fitting on our assembly line"],
        ["Tests open", "Fatigue test 3 000 cycles (report expected week 24)"],
        ["Disposition", "Samples approved for fit check only. Production not released."],
    ]),
    ("sp",),
    ("p", "The samples fit our reel seat (DPS 20) and the guide set without rework; this is all the present sign-off covers."),
    ("p", "The balance of 1 900 blanks on quotation WH-Q-2403-05 is not released and stays on hold. It can be released "
          "only after the full sign-off (fatigue test report accepted by R&D) and then by a written release from "
          "Thierry Lefèvre, Directeur des opérations. Material authority stays sample-only until then."),
    ("sp",),
    ("p", "Signed: Camille Roux, R&D, Carpe Royale SAS - 16/05/2024"),
]
case("c05", [], "sample sign-off explicitly for fit check only, production not released; balance held with event and named person", [
    ("SSR-CR-24-011.docx", docx_bytes(_b, author="Camille Roux")),
])

# c06 buyer portal PO, full quantity, proceed with the full quantity (HTML)
case("c06", [], "full-quantity portal PO: proceed with the full 1,200; no sample stage, no balance", [
    ("nwa_portal_po_24-2075.html", html_page("Northwoods Angler Supplier Portal - PO 24-2075", T("""
<h1>Northwoods Angler Co. &mdash; Supplier Portal</h1>
<p>Logged in as: <b>Nguyen Thi Lan</b> (Mekong Tackle Manufacturing Co., Ltd.) &nbsp;|&nbsp; <a href="#">Log out</a></p>
<h2>Purchase Order 24-2075</h2>
<table>
<tr><th>PO date</th><td>05/02/2024</td><th>Buyer</th><td>Dana Kowalski</td></tr>
<tr><th>Ship to</th><td>Northwoods DC, Baxter, MN 56425</td><th>Incoterms</th><td>FOB Ho Chi Minh City</td></tr>
<tr><th>Payment</th><td>Net 45</td><th>Currency</th><td>USD</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th><th>Need by</th></tr>
<tr><td>1</td><td>FB-220</td><td>Fly box, waterproof, 220 x 150 mm, slit foam both sides, drawing FB-220 rev B</td><td>1,200</td><td>3.85</td><td>4,620.00</td><td>07/15/2024</td></tr>
</table>
<div class="note"><b>Scope:</b> This PO is the full order quantity. There is no sample stage and no balance &mdash; the FB-220 design was sampled in 2023. Proceed with the full 1,200 pcs as per drawing FB-220 rev B. Packing: 24 per master carton, UPC labels per our packaging spec NWA-PK-12.</div>
<p>Acknowledge this PO with the button below within 3 business days.</p>
<p><button>Acknowledge PO</button></p>
<p style="color:#777">Northwoods Angler Co. &middot; 1420 Industrial Park Rd, Brainerd, MN 56401 &middot; +1 218 555 0142</p>
"""))),
])

# c07 EDI 830 call-off with explicit staged material authority above the released quantity (TXT)
case("c07", [], "EDI 830: 2,000 released by call-off, forecast lines labelled, staged material authority 6,000 explicit; hold, event, named person", [
    ("830_24-0611.txt", T("""
EDI 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY - TRANSLATED PRINTOUT
---------------------------------------------------------------------------
ISA  sender NORTHWOODSANG   receiver MEKONGTACKLE   ctrl 000017042   2024-06-11 06:30
GS   PS   version 004010
BFR  05   schedule 830-24-0611   type DL (delivery based)   horizon 2024-06-17 .. 2024-12-15
N1   ST   Northwoods Angler Co., DC Baxter MN
N1   SU   Mekong Tackle Manufacturing Co., Ltd., Binh Duong, Vietnam

LIN  BP TB-3700-GRN    Tackle box 3700 size, 3 trays, green, drawing TB-3700 rev 5
UIT  EA
ATH  FI  fabrication authority        cum  2,000   thru 2024-08-11
ATH  MT  raw material authority       cum  6,000   thru 2024-12-15
FST  2,000  C (firm)      2024-07-15   ship    released by call-off 862-24-0611
FST  1,500  D (planning)  2024-09-02   ship    FORECAST - NOT RELEASED
FST  1,500  D (planning)  2024-10-14   ship    FORECAST - NOT RELEASED
FST  1,000  D (planning)  2024-11-25   ship    FORECAST - NOT RELEASED

NTE  GEN  ONLY THE 2,000 PCS CODED C ARE RELEASED FOR PRODUCTION.
NTE  GEN  PLANNING QTYS (D) ARE FORECAST, NOT AN ORDER. BALANCE 4,000 PCS ON HOLD
NTE  GEN  UNTIL THE NEXT 862 CALL-OFF. CALL-OFFS ARE ISSUED ONLY BY DANA KOWALSKI,
NTE  GEN  SR BUYER (RELEASE AUTHORITY).
NTE  GEN  MATERIAL AUTHORITY: STAGED UP TO 6,000 PCS (PP RESIN, HINGE PINS, LATCHES).
NTE  GEN  MATERIAL FOR THE STAGED 4,000 IS AT BUYER LIABILITY. FABRICATION IS NOT.
CTT  4
SE   18 segments
---------------------------------------------------------------------------
printed by EDI gateway NWA-EDI-02 / page 1 of 1
""")),
])

# c08 explicit signed auto-conversion record (DOCX, Japanese buyer / Taiwanese reel maker)
_b = [
    ("h1", "Auto-conversion record - order KT-24-118, spinning reel KSR-2500"),
    ("p", "Parties: Kisaragi Tackle Co., Ltd., Osaka (buyer) and Chenghe Precision Reel Co., Ltd., Taichung (supplier)."),
    ("p", "Recorded on 8 April 2024, before any sample sign-off for this order."),
    ("table", [
        ["Item", "Content"],
        ["Sample quantity", "twenty (20) reels KSR-2500, PO KT-24-118 line 1"],
        ["Quoted production quantity", "3,000 reels - forecast, not firm"],
        ["Commercial cover", "PO KT-24-118 rev 1 (issued 8 April 2024) line 2 covers 1,000 production reels"],
        ["Auto-conversion quantity", "1,000 reels"],
        ["Condition", "Sample sign-off recorded with status 'approved' by Yuki Hattori (Quality), including the 2,000-cycle drag durability test and salt spray 96 h"],
        ["Effect", "When the condition is met, the 1,000 reels are released for production automatically, without a further release letter"],
        ["Not covered", "The remaining 2,000 reels of the forecast are not released. They need PO KT-24-118 rev 2 and a separate written release by Hiroshi Endo"],
        ["Material authority", "Sample-only until the condition is met; then up to 1,000 reels"],
    ]),
    ("sp",),
    ("p", "Signed: Hiroshi Endo, General Manager, Production Control (release authority) - 8 April 2024"),
    ("p", "Acknowledged: Amy Huang, Project Manager, Chenghe Precision Reel Co., Ltd. - 9 April 2024"),
]
case("c08", [], "explicit recorded auto-conversion naming quantity, signer and condition; remainder held", [
    ("KT-24-118_AC.docx", docx_bytes(_b, author="Hiroshi Endo")),
])

# c09 old quote forwarded as message/rfc822, declared informational (EML)
_old = mail("Jack Wang <jack.wang@haiyue-tackle.cn>", JULI, "Quotation rod pod Royale Pod 3",
            "Mon, 14 Mar 2022 16:20:00 +0800", T("""
Dear Julien,

Thank you for your enquiry. Our price for the rod pod "Royale Pod 3" (stainless 304, 3 rods, adjustable legs) as below:

  1.000 pcs    USD 21.50/pc
  5.000 pcs    USD 18.90/pc
  10.000 pcs   USD 17.20/pc

FOB Qingdao, T/T 30/70. Validity 30 days.

Best regards
Jack Wang
Weihai Haiyue Fishing Tackle Co., Ltd.
"""))
_t = T("""
Hello Lily,

As discussed on the phone, I forward you the old quotation of Jack Wang (March 2022) for the rod pod "Royale Pod 3". It is only for information, because you asked which price we had before. It is price history: the 10.000 pcs price break in it is not an order and releases nothing.

Our current order does not change: PO CR-24-031, sixty (60) sample rod pods only. The balance of 1 940 pcs stays on hold, it is not released. It will be released only after the sample sign-off by Camille Roux (R&D) and then a written release from Thierry Lefèvre, our director of operations. Material only for the 60 samples, please.

Bonne journée,
Julien
""") + sig("Julien Marchand", "Acheteur / Buyer", CRP + ", Chalon-sur-Saône, France", PH_CRP)
_m = mail(JULI, LILY, "TR: Quotation rod pod Royale Pod 3 (for information only)", "Wed, 15 May 2024 11:02:00 +0200",
          _t, attachments=[("rfc822", _old)])
case("c09", [], "2022 quote with 10.000 price break forwarded as rfc822, declared information only; current sample PO scope complete", [
    ("TR_Quotation_rod_pod.eml", E(_m)),
])

# c10 buyer reply correcting a quoted supplier's roll-into-production plan (EML quoted thread)
_t = T("""
Hi Vincent,

Thanks for the update, good to hear the samples are on track.

Please don't plan it that way. The sample sign-off does not release production. Under PO 24-1187 only the twelve (12) sample reels are released. The 1,188 production reels stay on hold and are not released.

The 1,188 get released only when (1) Eric Lindgren has signed off the samples, (2) we have issued PO 24-1187 rev 1 for the production quantity, and (3) Kristin Halvorson, our VP Operations, has sent you the written release. Until then, material for the 12 samples only please.

If the June slot is at risk, tell me and I'll talk to Kristin about timing - but nothing runs on the quote alone.

Thanks,
Dana
""") + sig("Dana Kowalski", "Senior Buyer", NWA + ", Brainerd, MN", PH_NWA) + T("""

-----Original Message-----
From: Vincent Lin <vincent.lin@chenghe-reel.com.tw>
Sent: Monday, May 13, 2024 4:55 AM
To: Dana Kowalski <dana.kowalski@northwoodsangler.com>
Subject: RE: PO 24-1187 SR-3000 samples

> Dear Dana,
>
> 12 sample reels SR-3000 will finish assembly this Friday. Our plan: after you approve the samples we roll straight into the 1,188 production to keep our June slot, no need new PO because the quotation already have the quantity.
>
> Please kindly confirm.
>
> Best regards,
> Vincent Lin
> Sales Dept., Chenghe Precision Reel Co., Ltd.
""")
_m = mail(DANA, VINC, "RE: PO 24-1187 SR-3000 samples", "Mon, 13 May 2024 08:31:00 -0500", _t,
          in_reply_to="<cpr-20240513-0455@chenghe-reel.com.tw>")
case("c10", [], "buyer corrects quoted supplier's roll-straight-into-production plan; 12 released, 1,188 held, events and release authority named", [
    ("RE_PO_24-1187.eml", E(_m)),
])

# c11 WhatsApp: deposit explicitly not a release (French buyer / Vietnamese supplier)
case("c11", [], "deposit paid and both sides state it does not release production; 60 samples, 2 400 held, event and person named", [
    ("whatsapp_lan_mekong.txt", T("""
WhatsApp Chat with Lan Mekong Tackle

06/05/2024, 09:14 - Julien Marchand: Hello Lan, PO CR-24-044 is in your mailbox. It is for 60 samples of the Bivvy Box L (drawing CR-TB-L rev B), 3 colours x 20.
06/05/2024, 09:15 - Julien Marchand: The balance of 2 400 pcs from your quote is NOT released. On hold until Camille signs off the samples and Thierry Lefèvre sends the written release. Material only for the 60 please.
06/05/2024, 09:16 - Julien Marchand: Deposit 30% (EUR 5 443,20) goes out this week as in the contract. It is a payment, not a release.
06/05/2024, 10:02 - Lan Mekong Tackle: Dạ ok anh Julien, noted 👍
10/05/2024, 15:27 - Lan Mekong Tackle: Anh Julien, we received the deposit today, thank you so much.
10/05/2024, 15:28 - Lan Mekong Tackle: Just to confirm: deposit does not release production, we understand. We make only 60 samples now and wait your written release for the 2 400 balance.
10/05/2024, 15:40 - Julien Marchand: Exactly, merci Lan 🙏
""")),
])

# c12 supplier acknowledgement restating the hold (PDF, Taiwanese reel maker to Norwegian retailer)
_b = [
    ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0512"),
    ("p", "Chenghe Precision Reel Co., Ltd. - No. 21, Jingke 3rd Rd., Nantun Dist., Taichung 408, Taiwan - Tel +886 4 5555 0166"),
    ("table", [
        ["Customer", "Havfiske Nord AS, Tromso, Norway"],
        ["Your PO", "4500-3350 dated 02.05.2024"],
        ["Item", "Sea spinning reel CS-8000, gear ratio 4.9:1, drag 15 kg, line capacity PE 4 / 300 m"],
        ["Quantity in this PO", "10 pcs (ten) - samples"],
        ["Unit price", "USD 64.00"],
        ["Sample delivery", "by air, ETD 31 May 2024"],
    ]),
    ("sp",),
    ("p", "We acknowledge your PO 4500-3350 as written. Scope: ten (10) sample reels CS-8000 only."),
    ("p", "The production balance of 990 pcs on our quotation CQ-2404-27 is not released and is on hold. We understand "
          "it will be released only after your sample sign-off by Ms. Sigrid Haugen (QA) and a written release from "
          "Mr. Magnus Berg (Category Manager)."),
    ("p", "Material authority: sample-only. We will not purchase bodies, gears or bearings for the balance before your written release."),
    ("sp",),
    ("p", "Amy Huang, Project Manager, Chenghe Precision Reel Co., Ltd. - 6 May 2024"),
]
case("c12", [], "supplier acknowledgement restating sample-only scope, hold, event, release person and sample-only material", [
    ("OA-24-0512.pdf", pdf(_b, title="OA-24-0512", author="Chenghe Precision Reel")),
])

# c13 interim sign-off with quantity and date limits (DOCX, Norwegian QA / Korean hook maker)
_b = [
    ("h1", "Sample sign-off record SSR-24-033 (interim)"),
    ("table", [
        ["Field", "Entry"],
        ["Part", "Assist hook HN-AH-7/0, double, kevlar cord 3 cm, drawing HN-AH rev 4"],
        ["Supplier", "Hanbit Hook Co., Ltd., Busan"],
        ["PO", "4500-3288: sample lot 50 pcs; production quantity 20.000 pcs is a forecast, not firm"],
        ["Tensile test (min 45 kg)", "pass, lowest value 52 kg"],
        ["Salt spray ISO 9227 NSS 480 h", "running - 240 h done, no red rust"],
        ["Disposition", "INTERIM"],
        ["Limits", "max 5.000 pcs; valid until 30.06.2024 or until the 480 h report, whichever comes first"],
    ]),
    ("sp",),
    ("p", "This sign-off releases nothing by itself. Production of up to 5.000 pcs within the limits above needs a "
          "written release from Magnus Berg (Category Manager, release authority)."),
    ("p", "The remaining 15.000 pcs stay on hold and are not released until the full sign-off after the 480 h salt "
          "spray report and a further written release from Magnus Berg."),
    ("sp",),
    ("p", "Signed: Sigrid Haugen, Kvalitet / QA, Havfiske Nord AS - 21.05.2024"),
]
case("c13", [], "interim sign-off with quantity/date limits that releases nothing by itself; remainder held with event and person", [
    ("SSR-24-033.docx", docx_bytes(_b, author="Sigrid Haugen")),
])

# c14 deviation permit that changes no quantity (PDF, Japanese buyer / Korean hook maker)
_b = [
    ("h1", "DEVIATION PERMIT DP-24-007"),
    ("p", "Kisaragi Tackle Co., Ltd., Quality Section - Osaka"),
    ("table", [
        ["Supplier", "Hanbit Hook Co., Ltd."],
        ["Part", "KH-OFF-2/0 offset worm hook, drawing KH-OFF rev 9"],
        ["Requirement", "Black nickel plating, salt spray ISO 9227 NSS 48 h"],
        ["Deviation", "Smoke nickel plating (same base layer), salt spray result 72 h"],
        ["Applies to", "Lot L240418 only: 10,000 pcs already released under release R-24-021"],
        ["Reason", "Black nickel line at plating subcontractor under maintenance (2 weeks)"],
    ]),
    ("sp",),
    ("p", "Deviation accepted for the 10,000 pcs of lot L240418 only. This permit changes the finish and nothing else: "
          "it changes no quantity, does not extend release R-24-021 and does not release any further quantity."),
    ("p", "The balance of PO KT-24-090 stays on hold as stated in release R-24-021. The next quantity is released only in "
          "writing by Hiroshi Endo (General Manager, Production Control) with the Q3 call-off."),
    ("sp",),
    ("p", "Signed: Yuki Hattori, Quality Section - 24 April 2024"),
]
case("c14", [], "deviation permit limited to an already released lot; no quantity change; balance held with event and person", [
    ("DP-24-007.pdf", pdf(_b, title="DP-24-007", author="Kisaragi Tackle")),
])

# c15 Teams: go-ahead scoped to the dozen pilot reels only
case("c15", [], "go ahead scoped to the dozen (12) pilot reels only; 488 held until sign-off and written release by Kristin Halvorson", [
    ("teams_chenghe_fr56.txt", T("""
Microsoft Teams - chat export
Chat: NWA / Chenghe - fly reel FR-5/6
Members: Dana Kowalski, Eric Lindgren, Vincent Lin (External)

[5/14/2024 7:58 AM] Vincent Lin (External)
Good morning Dana, the pilot parts for FR-5/6 all ready, machining and anodize done. Can we start assembly?

[5/14/2024 8:20 AM] Dana Kowalski
Morning Vincent. Yes - go ahead with the dozen (12) pilot reels only.

[5/14/2024 8:21 AM] Dana Kowalski
The other 488 on the quote are not released. They stay on hold until Eric signs off the pilots and Kristin Halvorson sends the written release.

[5/14/2024 8:21 AM] Dana Kowalski
Material for the 12 only please.

[5/14/2024 8:24 AM] Eric Lindgren
+1. I need the pilots by 5/31 for the drag test (5,000 cycles at 3 kg).

[5/14/2024 8:35 AM] Vincent Lin (External)
Understood, 12 pilot reels only, no material for the 488. Thank you!
""")),
])

# c16 ERP PO, full quantity, many quantity-like identifiers (TXT, Norwegian)
case("c16", [], "full-quantity ERP PO for 600 boat rods (samples done earlier); identifiers look like quantities; no balance", [
    ("PO_4500-3555.txt", T("""
HAVFISKE NORD AS                                          INNKJØPSORDRE / PURCHASE ORDER
Strandgata 12, 9008 Tromsø, Norway                        Ordrenr / PO no.: 4500-3555
Org.nr 912 345 678 MVA                                    Dato / Date: 22.05.2024
                                                          Side 1 av 1
Leverandør / Supplier: 20488  Weihai Haiyue Fishing Tackle Co., Ltd.
Vår ref / Our ref: Ingrid Solberg          Deres ref / Your ref: Lily Zhang, quote WH-Q-2405-03
Leveringsbet. / Incoterms: FOB Weihai       Betalingsbet. / Payment: 30 dager netto
---------------------------------------------------------------------------------------------------
Pos  Art.nr         Beskrivelse / Description                     Antall  Enh    Pris USD   Beløp USD
10   3000-210-30    Boat rod HN-BR-30, 2,10 m, 30 lb class,          600  STK       18,40   11 040,00
                    blank 2 pcs, gimbal thread M17x1.0,
                    drawing HN-BR-30 Rev 12
---------------------------------------------------------------------------------------------------
                                                                 Sum USD                11 040,00
Leveringsdato / Delivery: uke 30 / week 30 2024, 600 stk in one shipment

Merknad / Note:
Full order quantity 600 stk. No sample stage and no balance: samples were done under PO 4500-3102
in 2023 (same drawing Rev 12). Please produce the full 600 stk.
Krav / Requirements: supplier certified ISO 9001:2015. Guides and reel seat salt spray
ISO 9227 NSS 480 h, report with the shipment. EN 13427 packaging marks. 10 rods per carton,
carton length max 1.250 mm.

Kontakt: Ingrid Solberg, innkjøper, +47 77 55 01 20
""")),
])

# c17 supplier portal order book restating holds (HTML, Korean soft-bait maker)
case("c17", [], "supplier's order book: sample quantities released, production rows on hold awaiting written release; non-authorizing", [
    ("daesung_order_book.html", html_page("Daesung Soft Bait - Order Book", T("""
<h1>Daesung Soft Bait Co., Ltd. &mdash; Order Book (internal)</h1>
<p>Updated: 2024-05-29 17:40 KST &nbsp;|&nbsp; Plant: Gimhae line 2 (injection) / line 4 (hand pour)</p>
<table>
<tr><th>Customer</th><th>Customer PO</th><th>Item</th><th>Sample qty</th><th>Sample status</th><th>Production qty</th><th>Production status</th><th>Material</th></tr>
<tr><td>Kisaragi Tackle</td><td>KT-24-141</td><td>Kibi Craw 3.5" #101/#217/#305</td><td>150</td><td>released, shipped 05-24</td><td>7,350</td><td>ON HOLD &mdash; not released. Wait customer written release (Mr. Hiroshi Endo) after sample sign-off</td><td>sample-only</td></tr>
<tr><td>Northwoods Angler</td><td>24-2301</td><td>3" grub NW-GR-3, 5 colours</td><td>100</td><td>released, in production</td><td>4,900</td><td>ON HOLD &mdash; not released. Wait written release (Ms. Kristin Halvorson) after sample sign-off</td><td>sample-only</td></tr>
<tr><td>Havfiske Nord</td><td>4500-3412</td><td>7" shad "Saithe" glow</td><td>&ndash;</td><td>&ndash;</td><td>3,000</td><td>full PO, no balance &mdash; in production</td><td>for 3,000</td></tr>
</table>
<p class="note">Planning rule: no PVC compound or colour pigment is bought for rows ON HOLD. Production qty of those rows is customer quotation quantity only.</p>
"""))),
])

# c18 sample PO with a complete scope note (PDF, US buyer / Vietnamese lure maker)
_b = [
    ("h1", "PURCHASE ORDER 24-2290"),
    ("p", "Northwoods Angler Co., 1420 Industrial Park Rd, Brainerd, MN 56401, USA - +1 218 555 0142"),
    ("table", [
        ["Supplier", "Mekong Tackle Manufacturing Co., Ltd., Binh Duong, Vietnam", "PO date", "04/29/2024"],
        ["Buyer", "Dana Kowalski", "Terms", "Net 45, FOB HCMC"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit USD", "Amount USD"],
        ["1", "WR-7-FT", "Crankbait Walleye Runner 7 cm, firetiger, #6 trebles", "sample", "24", "2.90", "69.60"],
        ["2", "WR-7-PH", "Crankbait Walleye Runner 7 cm, perch, #6 trebles", "sample", "24", "2.90", "69.60"],
        ["", "", "", "", "48", "", "139.20"],
    ]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "1. Active quantity: this PO releases forty-eight (48) sample crankbaits, lines 1 and 2, and nothing else."),
    ("p", "2. The production quantity of 9,952 pcs on your quote MK-Q-0419 is not released. It is a forecast, not a firm quantity, and stays on hold."),
    ("p", "3. What to do now: build and ship the 48 samples by 05/31/2024. Do not plan or start production."),
    ("p", "4. Unlock: the balance can be released only after sample sign-off by Eric Lindgren (Product Engineering) and then a written release from Kristin Halvorson, VP Operations."),
    ("p", "Material authority: sample-only. Do not buy bodies, lips or trebles for the balance."),
    ("sp",),
    ("p", "Issued by Dana Kowalski, Senior Buyer"),
]
case("c18", [], "sample PO with a complete scope note: active 48, balance 9,952 forecast held, event, release authority, sample-only material", [
    ("PO_24-2290.pdf", pdf(_b, pagesize=LETTER, title="PO 24-2290", author="Northwoods Angler")),
])

# c19 ERP PO + supplier acknowledgement, consistent (TXT + EML quoted thread)
_po = T("""
HAVFISKE NORD AS                                          INNKJØPSORDRE / PURCHASE ORDER
Strandgata 12, 9008 Tromsø, Norway                        Ordrenr / PO no.: 4500-3488
                                                          Dato / Date: 07.05.2024
Leverandør / Supplier: 20488  Weihai Haiyue Fishing Tackle Co., Ltd.
Vår ref / Our ref: Ingrid Solberg          Deres ref / Your ref: quote WH-Q-2404-30
---------------------------------------------------------------------------------------------------
Pos  Art.nr         Beskrivelse / Description                     Antall  Enh    Pris USD   Beløp USD
10   4200-420-SR    Surf rod HN-SR-420, 4,20 m, 100-250 g,            40  STK       42,00    1 680,00
                    SAMPLE, drawing HN-SR-420 Rev 3
---------------------------------------------------------------------------------------------------
                                                                 Sum USD                 1 680,00
Merknad / Note (scope):
Denne ordren gjelder kun prøver. / This PO is for samples only: 40 stk.
Balance 3.960 stk of the quote (total 4.000) is NOT released and stays on hold.
Unlock: sample sign-off by Sigrid Haugen (QA), then written release from Magnus Berg,
Category Manager. Material: sample-only, no blanks or guides for the balance.
Production quantity 4.000 in the quote is a forecast.

Kontakt: Ingrid Solberg, innkjøper, +47 77 55 01 20
""")
_t = T("""
Dear Ingrid,

Thank you for PO 4500-3488, well received.

We confirm the scope as your PO note: only 40 pcs sample surf rod HN-SR-420. The balance 3.960 pcs is not released, we keep it on hold and wait the sample sign-off by Ms. Sigrid and then the written release from Mr. Magnus Berg. We buy blank material and guides only for 40 pcs.

Samples ETD Weihai 5 June by air.

Best regards
Lily
""") + sig("Lily Zhang", "Sales Manager", WHY, PH_WHY) + T("""

------------------ Original ------------------
From: Ingrid Solberg <ingrid.solberg@havfiskenord.no>
Date: Tue, 07 May 2024 13:12 +0200
Subject: PO 4500-3488 surf rod HN-SR-420 samples

> Hi Lily,
> PO 4500-3488 is attached from our system (Visma). Please note the scope text in the PO: samples only, 40 stk.
> Balance 3.960 stk not released and on hold until Sigrid has signed off the samples and Magnus Berg sends the written release.
> Material for the samples only.
> Mvh Ingrid
""")
_m = mail(LILY, INGR, "RE: PO 4500-3488 surf rod HN-SR-420 samples", "Wed, 08 May 2024 09:20:00 +0800", _t,
          in_reply_to="<hfn-4500-3488@havfiskenord.no>")
case("c19", [], "ERP PO and supplier acknowledgement agree: 40 samples, 3.960 held, event and release authority; sample-only material", [
    ("PO_4500-3488.txt", _po),
    ("RE_PO_4500-3488.eml", E(_m)),
])

# c20 supplier status mail quoting the buyer's complete scope, HTML test summary attached (EML)
_att = html_page("Test summary Kibi Craw 3.5", T("""
<h2>Daesung Soft Bait &mdash; Sample test summary</h2>
<p>Item: Kibi Craw 3.5&quot; &nbsp; Customer PO: KT-24-141 &nbsp; Sample qty: 150 (3 colours x 50)</p>
<table>
<tr><th>Test</th><th>Requirement</th><th>Result</th></tr>
<tr><td>Hardness</td><td>Shore 00 30 &plusmn; 5</td><td>31 / 29 / 32</td></tr>
<tr><td>Salt content</td><td>8 % &plusmn; 1</td><td>8.2 %</td></tr>
<tr><td>Colour vs master</td><td>&Delta;E &lt; 2.0</td><td>1.1 / 1.4 / 0.9</td></tr>
<tr><td>Bleed test 48 h in 40 &deg;C</td><td>no bleeding</td><td>OK</td></tr>
</table>
"""))
_t = T("""
Dear Moriyama-san,

Thank you always for your support.

Status of Kibi Craw 3.5 samples: 150 pcs finished on 24 May and shipped by EMS (tracking EE 512 344 870 KR). Test summary attached.

As your PO scope below, we produce only 150 sample pcs. PVC compound and pigment bought only for the samples. The balance 7,350 pcs is waiting your written release, we do not start it.

If any question please let me know.

Best regards,
Lee Seo-yeon
""") + sig("Lee Seo-yeon", "Overseas Sales Team", DSB + ", Gimhae, Korea", PH_DSB) + T("""

--- Original Message ---
From: Takeshi Moriyama <t.moriyama@kisaragi-tackle.co.jp>
Sent: Friday, May 10, 2024 10:05 AM
Subject: PO KT-24-141 Kibi Craw 3.5 samples

> Dear Ms. Lee,
>
> Please find PO KT-24-141 for 150 sample pcs Kibi Craw 3.5 inch, colours #101 / #217 / #305 x 50 pcs.
> The production quantity 7,350 pcs is forecast and is not released. It is on hold until the sample sign-off by Ms. Yuki Hattori (Quality) and the written release from Mr. Hiroshi Endo.
> Material: sample-only, please.
>
> Best regards,
> Takeshi Moriyama, Purchasing, Kisaragi Tackle
""")
_m = mail(LEES, TAKE, "RE: PO KT-24-141 Kibi Craw 3.5 samples - shipped", "Mon, 27 May 2024 11:40:00 +0900", _t,
          attachments=[("Kibi_Craw_test_summary.html", _att, "text/html")],
          in_reply_to="<kt-24-141@kisaragi-tackle.co.jp>")
case("c20", [], "supplier status mail: 150 samples only, material sample-only; quoted buyer scope complete", [
    ("RE_PO_KT-24-141.eml", E(_m)),
])

# c21 minutes that keep sign-off, PO and release apart (DOCX, Norwegian buyer / Weihai)
_b = [
    ("h1", "Minutes - video call Havfiske Nord / Weihai Haiyue, 17.05.2024"),
    ("p", "Present: Magnus Berg (Category Manager), Ingrid Solberg (Buyer), Sigrid Haugen (QA) - Havfiske Nord; Lily Zhang, Sun Wei - Weihai Haiyue."),
    ("h", "1. Sample sign-off (technical)"),
    ("p", "The 40 sample surf rods HN-SR-420 (PO 4500-3530) were signed off by Sigrid Haugen on 14.05.2024: casting test 200 g, "
          "guide alignment, reel seat torque on thread M20x1.5. No open points."),
    ("h", "2. PO (commercial)"),
    ("p", "PO 4500-3530 rev 1 was issued 16.05.2024 and covers 1.000 rods. Price USD 41,50 as quote WH-Q-2404-30."),
    ("h", "3. Production release"),
    ("p", "Magnus Berg released 600 rods in writing today, release no. HNR-24-011. The remaining 400 rods covered by the PO are "
          "not released. They stay on hold until the first 600 have passed incoming inspection in Tromsø (lot acceptance) "
          "and Magnus Berg sends a new written release."),
    ("h", "4. Material authority"),
    ("p", "Staged material authority up to 1.000 rods (blanks and guides), as written in release HNR-24-011. Fabrication only for the 600."),
    ("h", "Actions"),
    ("table", [
        ["Action", "Owner", "Due"],
        ["Production plan for the 600 rods", "Sun Wei", "22.05.2024"],
        ["Incoming inspection plan (AQL 1.0)", "Sigrid Haugen", "31.05.2024"],
    ]),
    ("p", "Minutes: Ingrid Solberg"),
]
case("c21", [], "minutes keep sign-off, PO and production release apart; 600 released, 400 held with event and person; staged material explicit", [
    ("minutes_2024-05-17.docx", docx_bytes(_b, author="Ingrid Solberg")),
])

# c22 release mail + PDF release notice that agree (EML multipart/alternative + PDF attachment)
_rel = pdf([
    ("h1", "PRODUCTION RELEASE R-24-07"),
    ("p", "Carpe Royale SAS - Chalon-sur-Saône, France"),
    ("table", [
        ["Supplier", "Weihai Haiyue Fishing Tackle Co., Ltd."],
        ["Order", "PO CR-24-027 rev 1 - carp rod Royale 13 ft 3.75 lb, drawing CR-RD-13 rev F"],
        ["Sample sign-off", "done 12/04/2024 by Camille Roux (R&D), record SSR-CR-24-006"],
        ["Quantity released now", "800 rods (huit cents)"],
        ["Not released", "1 600 rods (balance of the 2 400 on PO rev 1)"],
        ["Next unlock", "revised PO CR-24-027 rev 2 and a new written release from Thierry Lefèvre"],
        ["Material authority", "for the 800 released rods only"],
    ]),
    ("sp",),
    ("p", "Released by: Thierry Lefèvre, Directeur des opérations (release authority) - 03/05/2024"),
], title="R-24-07", author="Carpe Royale")
_t = T("""
Bonjour Lily,

Please find attached our production release R-24-07 for PO CR-24-027 rev 1.

- Released now: 800 rods Royale 13 ft 3.75 lb.
- The other 1 600 rods are not released and stay on hold. They need a revised PO (rev 2) and a new written release from me.
- Material only for the 800 released rods.

The sample sign-off was done on 12 April by Camille Roux, that part is closed.

Cordialement,
Thierry Lefèvre
""") + sig("Thierry Lefèvre", "Directeur des opérations", CRP + ", Chalon-sur-Saône, France", PH_CRP)
_m = mail(THIE, LILY, "Production release R-24-07 - PO CR-24-027", "Fri, 03 May 2024 16:45:00 +0200", _t,
          html=mail_html(_t), cc=JULI, attachments=[("R-24-07.pdf", _rel, PDF_MT)])
case("c22", [], "release mail and attached release notice agree: 800 released, 1 600 held until revised PO and written release by named authority", [
    ("R-24-07_mail.eml", E(_m)),
])

# c23 buyer's supplier guide page explaining how release works (HTML, Japanese buyer)
case("c23", [], "general supplier-guide page explaining sign-off vs PO vs production release; no order, no quantities", [
    ("kisaragi_supplier_guide_ch4.html", html_page("Kisaragi Tackle - Supplier Guide: production release", T("""
<h1>Kisaragi Tackle Supplier Guide</h1>
<h2>Chapter 4 &mdash; Purchase order, sample sign-off and production release</h2>
<p>Dear suppliers, thank you for reading carefully. At Kisaragi we use three different documents and three different words. Please do not mix them.</p>
<table>
<tr><th>Document</th><th>Who signs</th><th>What it means</th><th>What it does NOT mean</th></tr>
<tr><td>Purchase order (PO)</td><td>Purchasing Section</td><td>Commercial agreement: price, delivery, payment</td><td>A PO alone is not production authority beyond the quantity its release letter names</td></tr>
<tr><td>Sample sign-off record</td><td>Quality Section</td><td>Technical result of your samples: approved / interim / rejected</td><td>Sample sign-off releases no production quantity</td></tr>
<tr><td>Release letter</td><td>General Manager, Production Control (Mr. Hiroshi Endo)</td><td>Production authority for the quantity written in the letter</td><td>No other document or payment replaces it</td></tr>
</table>
<h3>4.2 Deposit and payment</h3>
<p>Deposit or payment is commercial only. Please never start production because a payment was received.</p>
<h3>4.3 Material</h3>
<p>Material may be purchased only for the released quantity, unless the release letter states a staged material authority with a quantity.</p>
<h3>4.4 Forecast</h3>
<p>Our monthly forecast (form KT-F-0300) is for planning. It is not an order.</p>
<p style="color:#777">Document KT-SG-04 rev 3 &middot; quality system ISO 9001:2015 &middot; Kisaragi Tackle Co., Ltd., Osaka</p>
"""))),
])

# c24 supplier weekly status, all within the sample scope (TXT mail, Vietnamese English)
case("c24", [], "supplier weekly status: 30 samples built, balance on hold, no resin bought beyond samples; non-authorizing", [
    ("weekly_status_W22_mekong.txt", T("""
From: Nguyen Thi Lan <lan.nguyen@mekongtackle.vn>
To: Dana Kowalski <dana.kowalski@northwoodsangler.com>
Cc: Tran Van Hoang <hoang.tran@mekongtackle.vn>
Date: Fri, 31 May 2024 17:05:00 +0700
Subject: Weekly status W22 - PO 24-3105 tackle box TB-3700 samples

Dear Ms Dana,

Please see our weekly status:

1. PO 24-3105: thirty (30) sample tackle box TB-3700, green and smoke. Moulding done 28/5, assembly done 30/5. Drop test 1,2 m x 10 times pass, hinge cycle test 5 000 times pass.
2. Samples ship by DHL Monday 3/6, AWB will send.
3. Balance 2.970 pcs: on hold, not started. We wait Eric sign-off and the written release from Ms Kristin.
4. Material: we did not buy PP resin or hinge pin beyond the 30 samples. Resin price now USD 1.180/ton, for your information only.

Have a nice weekend ạ.

Best regards,
Lan
Sales Executive
Mekong Tackle Manufacturing Co., Ltd.
Lot C3, My Phuoc 2 Industrial Park, Ben Cat, Binh Duong, Vietnam
Tel +84 274 555 0199
""")),
])

# c25 deposit wired, explicitly not a release; SWIFT copy attached as text (EML multipart/alternative)
_swift = T("""
MT103 SINGLE CUSTOMER CREDIT TRANSFER - COPY
:20:NWA240516-0031
:23B:CRED
:32A:240516USD1764,00
:50K:/4410087221 NORTHWOODS ANGLER CO BRAINERD MN US
:57A:BKCHCNBJ51A
:59:/6217000011223344556 WEIHAI HAIYUE FISHING TACKLE CO LTD WEIHAI CN
:70:PO 24-2388 DEPOSIT 30 PCT
:71A:OUR
""")
_t = T("""
Hi Lily,

We wired the 30% deposit for the cap mould and the samples today (USD 5,880.00 total, so USD 1,764.00) - copy of the MT103 attached.

Please note: the deposit is a payment only. It does not release production.

PO 24-2388 covers fifty (50) sample rod tubes NW-RT-84. The balance of 4,950 tubes is not released and stays on hold until Eric Lindgren signs off the samples and Kristin Halvorson releases in writing. Material for the 50 samples only, please.

Thanks,
Mike
""") + sig("Mike Brandt", "Buyer", NWA + ", Brainerd, MN", PH_NWA)
_m = mail(MIKE, LILY, "PO 24-2388 deposit sent", "Thu, 16 May 2024 15:20:00 -0500", _t, html=mail_html(_t),
          attachments=[("MT103_NWA240516-0031.txt", _swift, "text/plain")])
case("c25", [], "deposit wired with explicit 'does not release production'; 50 samples, 4,950 held with event and release authority", [
    ("PO_24-2388_mail.eml", E(_m)),
])

# ================================================================ POSITIVE

# p01 cover mail says 30 samples, the attached PO says 50 (EML + PDF PO + PDF quote) -> RG011
_t = T("""
Hi Vincent,

Attached is PO 24-1402 for the thirty (30) sample reels SR-3000, plus your quote CQ-2404-31 for reference.

Scope: only the 30 sample reels are released. The production balance of 1,970 reels is not released and stays on hold until Eric Lindgren signs off the samples and Kristin Halvorson (VP Operations) sends the written release. Material for the samples only.

Samples needed in Brainerd by June 21 - Eric wants them for ICAST prep.

Thanks,
Dana
""") + sig("Dana Kowalski", "Senior Buyer", NWA + ", Brainerd, MN", PH_NWA)
_m = mail(DANA, VINC, "PO 24-1402 SR-3000 sample reels", "Tue, 23 Apr 2024 10:12:00 -0500", _t, cc=ERIC)
_po = pdf([
    ("h1", "PURCHASE ORDER 24-1402"),
    ("p", "Northwoods Angler Co., 1420 Industrial Park Rd, Brainerd, MN 56401, USA"),
    ("table", [
        ["Supplier", "Chenghe Precision Reel Co., Ltd., Taichung, Taiwan", "PO date", "04/23/2024"],
        ["Buyer", "Dana Kowalski", "Terms", "Net 30, FOB Taichung"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit USD", "Amount USD"],
        ["1", "SR-3000-GM", "Spinning reel SR-3000, gunmetal, 6.2:1, drawing SR-3000 rev C", "sample", "50", "38.00", "1,900.00"],
    ]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "This PO releases 50 sample reels SR-3000. The production balance of 1,950 reels is not released and is on hold "
          "until the sample sign-off by Eric Lindgren and a written release by Kristin Halvorson, VP Operations. "
          "Material authority: sample-only. The production quantity on the quote is a forecast."),
], pagesize=LETTER, title="PO 24-1402", author="Northwoods Angler")
_q = pdf([
    ("h1", "QUOTATION CQ-2404-31"),
    ("p", "Chenghe Precision Reel Co., Ltd. - Taichung, Taiwan - to Northwoods Angler Co., attn. Ms. Dana Kowalski"),
    ("table", [
        ["Item", "Tier", "Qty", "Unit price USD", "Lead time"],
        ["SR-3000 spinning reel, gunmetal", "Sample", "50", "38.00", "4 weeks"],
        ["SR-3000 spinning reel, gunmetal", "Mass production", "2,000", "21.40", "8 weeks after release"],
    ]),
    ("p", "MOQ for mass production 1,000 pcs. Bearings 5+1 stainless, salt spray 96 h. Validity 90 days."),
    ("p", "Vincent Lin, Sales Dept. - 15 April 2024"),
], title="CQ-2404-31", author="Chenghe Precision Reel")
case("p01", ["RG011"], "cover mail releases 30 sample reels (balance 1,970), the attached PO releases 50 (balance 1,950)", [
    ("PO_24-1402_mail.eml", E(_m)),
    ("PO_24-1402.pdf", _po),
    ("CQ-2404-31.pdf", _q),
])

# p02 PO for 100 samples vs proforma for 2.000 under another PO number, production starts on deposit -> RG011 RG012
_po = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER CR-24-052"),
    ("p", "Carpe Royale SAS - 14 rue du Port, 71100 Chalon-sur-Saône, France - TVA FR 12 345678901"),
    ("table", [
        ["Fournisseur / Supplier", "Weihai Haiyue Fishing Tackle Co., Ltd.", "Date", "22/04/2024"],
        ["Acheteur / Buyer", "Julien Marchand", "Incoterm", "FOB Qingdao"],
    ]),
    ("sp",),
    ("table", [
        ["Ligne", "Article", "Désignation / Description", "Qté", "PU EUR", "Montant EUR"],
        ["1", "CR-BL-13-375", "Blank carpe 13 ft 3.75 lb, 2 brins, dessin CR-BL-13 rév. B - ECHANTILLONS / SAMPLES", "100", "22,40", "2 240,00"],
    ]),
    ("sp",),
    ("p", "Périmètre / Scope: only the cent (100) sample blanks are released by this PO. The balance of 1 900 blanks of "
          "quotation WH-Q-2404-22 is a forecast, not released, and stays on hold until the sample sign-off by Camille Roux "
          "(R&D) and a written release from Thierry Lefèvre (Directeur des opérations). Material: sample-only."),
    ("p", "Julien Marchand, Acheteur"),
], title="CR-24-052", author="Carpe Royale")
_pi = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("p", "Weihai Haiyue Fishing Tackle Co., Ltd. - No. 88 Haibin Road, Weihai, Shandong, China"),
    ("table", [
        ["PI No.", "PI-WH-2405-88", "Date", "2024-05-06"],
        ["Buyer", "Carpe Royale SAS, France", "Your PO No.", "CR-24-025"],
    ]),
    ("sp",),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "Carp blank 13ft 3.75lb, 2pc, as drawing CR-BL-13 rev B", "2.000 pcs", "9,60", "19.200,00"],
        ["", "Total", "2.000 pcs", "", "19.200,00"],
    ]),
    ("sp",),
    ("p", "Payment: 30% deposit USD 5.760,00 by T/T, balance 70% before shipment."),
    ("p", "Remark: mass production will start immediately after we receive your deposit. Delivery 45 days after deposit."),
    ("p", "Bank: Bank of China, Weihai Branch, SWIFT BKCHCNBJ51A"),
    ("p", "Lily Zhang, Sales Manager"),
], title="PI-WH-2405-88", author="Weihai Haiyue")
case("p02", ["RG011", "RG012"], "PO CR-24-052 releases 100 samples; proforma cites PO CR-24-025 for 2.000 pcs and starts production on deposit", [
    ("CR-24-052.pdf", _po),
    ("PI-WH-2405-88.pdf", _pi),
])

# p03 minutes say 1,500 released, portal says 1,200; supplier bought compound for 6,000 (DOCX + TXT + HTML) -> RG006 RG011
_min = docx_bytes([
    ("h1", "Weekly call Kisaragi Tackle / Daesung Soft Bait - 4 June 2024"),
    ("p", "Attendees: Takeshi Moriyama (Purchasing), Yuki Hattori (Quality), Hiroshi Endo (GM Production Control) - Kisaragi; Lee Seo-yeon (Overseas Sales) - Daesung."),
    ("num", "Sample sign-off: the 200 sample pcs Kibi Shad 4\" colour #217 were signed off by Yuki Hattori on 31 May (hardness, tail action, colour)."),
    ("num", "Production release R-24-02: 1,500 pcs Kibi Shad 4\" #217, released in writing by Hiroshi Endo today."),
    ("num", "The remaining 4,500 pcs of the 6,000 season quantity are not released. They are on hold until the sell-through check at end of June and a further written release from Hiroshi Endo."),
    ("num", "Material authority: for the released 1,500 pcs only."),
    ("p", "Next call: 11 June 2024. Minutes: T. Moriyama"),
], author="Takeshi Moriyama")
_chat = T("""
WhatsApp Chat with Lee Seo-yeon (Daesung)

2024/06/04 17:32 - Lee Seo-yeon (Daesung): Moriyama-san, release R-24-02 received, thank you very much 🙇‍♀️
2024/06/04 17:33 - Lee Seo-yeon (Daesung): For your information, we already bought and mixed PVC compound + salt for full 6,000 pcs #217 last week, for save time and to keep same colour lot
2024/06/04 17:33 - Lee Seo-yeon (Daesung): so the next lots can start very fast 👍
2024/06/04 18:10 - Takeshi Moriyama: Thank you for information. I will check with Endo-san.
""")
_portal = html_page("Kisaragi Supplier Portal - Release R-24-02", T("""
<h1>Kisaragi Tackle &mdash; Supplier Portal</h1>
<p>Supplier: <b>Daesung Soft Bait Co., Ltd.</b> &nbsp;|&nbsp; Order: KT-24-109 &nbsp;|&nbsp; Item: Kibi Shad 4&quot; colour #217</p>
<h2>Production releases</h2>
<table>
<tr><th>Release</th><th>Date</th><th>Quantity</th><th>Released by</th><th>Status</th></tr>
<tr><td>R-24-01</td><td>2024-05-02</td><td>200 (samples)</td><td>Hiroshi Endo</td><td>closed</td></tr>
<tr><td>R-24-02</td><td>2024-06-04</td><td>1,200</td><td>Hiroshi Endo</td><td>open</td></tr>
</table>
<p class="note">Balance of season quantity 6,000: 4,800 pcs not released &mdash; on hold until sell-through check (end of June) and written release by Hiroshi Endo. Material authority: released quantity only.</p>
"""))
case("p03", ["RG006", "RG011"], "minutes record release R-24-02 as 1,500, portal as 1,200; supplier bought compound for the full 6,000 without material authority", [
    ("minutes_2024-06-04.docx", _min),
    ("whatsapp_daesung.txt", _chat),
    ("kisaragi_portal_R-24-02.html", _portal),
])

# p04 sample PO mail with the quote attached showing 4.000; no hold/event/person -> RG001 RG003 RG004 RG005
_po = pdf([
    ("h1", "INNKJØPSORDRE / PURCHASE ORDER 4500-3318"),
    ("p", "Havfiske Nord AS, Strandgata 12, 9008 Tromso, Norway"),
    ("table", [
        ["Leverandør / Supplier", "Weihai Haiyue Fishing Tackle Co., Ltd.", "Dato / Date", "16.04.2024"],
        ["Vår ref / Our ref", "Ingrid Solberg", "Deres ref / Your ref", "WH-Q-2404-17"],
    ]),
    ("sp",),
    ("table", [
        ["Pos", "Art.nr", "Beskrivelse / Description", "Antall", "Pris USD", "Beløp USD"],
        ["10", "1350-060-RT", "Rod tube 135 cm, alu 6063, black, laser logo - prøver / samples", "40", "11,80", "472,00"],
    ]),
    ("p", "Levering / Delivery: by air to Tromso, latest 14.06.2024."),
], title="PO 4500-3318", author="Havfiske Nord")
_q = pdf([
    ("h1", "QUOTATION WH-Q-2404-17"),
    ("p", "Weihai Haiyue Fishing Tackle Co., Ltd. to Havfiske Nord AS, attn. Ms. Ingrid Solberg - 09 Apr 2024"),
    ("table", [
        ["Item", "Qty", "Unit price USD", "Remark"],
        ["Rod tube 135 cm, alu 6063, screw cap M62x2 - sample lot", "40 pcs", "11.80", "incl. laser logo"],
        ["Rod tube 135 cm, alu 6063, screw cap M62x2 - mass production", "4.000 pcs", "4.35", "FOB Weihai, MOQ 1.000"],
    ]),
    ("p", "Payment T/T 30% deposit, 70% before shipment. Validity 60 days. Factory ISO 9001:2015."),
], title="WH-Q-2404-17", author="Weihai Haiyue")
_t = T("""
Hi Lily,

Thank you for the quotation. Attached is our PO 4500-3318 for the samples, 40 pcs rod tube 135 cm, as per your quotation WH-Q-2404-17 (also attached).

Please send the samples by air to Tromsø, latest 14 June. Drawing HN-RT-135 Rev C is valid, the logo file comes from Sigrid this week.

Mvh / Best regards
Ingrid
""") + sig("Ingrid Solberg", "Innkjøper / Buyer", HFN + ", Tromsø", PH_HFN)
_m = mail(INGR, LILY, "PO 4500-3318 rod tube samples", "Tue, 16 Apr 2024 09:48:00 +0200", _t, html=mail_html(_t),
          attachments=[("PO_4500-3318.pdf", _po, PDF_MT), ("WH-Q-2404-17.pdf", _q, PDF_MT)])
case("p04", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 40 with attached quote showing 4.000 production; nothing says it is not released; no event or release person", [
    ("PO_4500-3318.eml", E(_m)),
])

# p05 sample PO with mass production quantity in the remarks (PDF, Japanese buyer) -> RG001 RG003 RG004 RG005
_b = [
    ("h1", "PURCHASE ORDER KT-24-126"),
    ("p", "Kisaragi Tackle Co., Ltd. - 2-14-7 Minamisenba, Chuo-ku, Osaka 542-0081, Japan - Tel +81 6 5555 0120"),
    ("table", [
        ["Supplier", "Chenghe Precision Reel Co., Ltd.", "Date", "2024/05/08"],
        ["Payment", "T/T 60 days", "Delivery terms", "FOB Taichung"],
    ]),
    ("sp",),
    ("table", [
        ["No.", "Part no.", "Description", "Qty", "Unit price JPY", "Amount JPY"],
        ["1", "KSR-3000-S", "Spinning reel KSR-3000, shallow spool PE 1.5-200 m, sample", "20", "9,800", "196,000"],
    ]),
    ("sp",),
    ("h", "Remarks"),
    ("p", "1. Mass production quantity: 3,000 pcs, unit price JPY 4,850 as your quotation CQ-2405-11."),
    ("p", "2. Please send the 20 samples by air before 20 June. Inspection report (gear backlash, drag 5 kg test) together."),
    ("p", "3. Quality agreement KT-QA-0300 rev 4 applies. Salt spray ISO 9227 NSS 96 h."),
    ("sp",),
    ("p", "Issued by: Takeshi Moriyama, Purchasing Section"),
]
case("p05", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 20 shows mass production 3,000 in remarks with nothing saying it is not released; no event or release person", [
    ("PO_KT-24-126.pdf", pdf(_b, title="PO KT-24-126", author="Kisaragi Tackle")),
])

# p06 buyer portal with sample qty and quoted qty side by side; release authority named only (HTML) -> RG001 RG003 RG004
case("p06", ["RG001", "RG003", "RG004"], "portal PO shows 24 samples beside quoted 6.000 with no not-released wording; release authority named but no hold or event", [
    ("hfn_portal_4500-3402.html", html_page("Havfiske Nord - Leverandørportal - 4500-3402", T("""
<h1>Havfiske Nord AS &mdash; Leverandørportal / Supplier portal</h1>
<p>Leverandør / Supplier: <b>Mekong Tackle Manufacturing Co., Ltd.</b> &nbsp;|&nbsp; Kategori: Sea jigs / pilk</p>
<p>Release authority for this category: <b>Magnus Berg</b>, Category Manager &nbsp;|&nbsp; Buyer: Ingrid Solberg</p>
<h2>Innkjøpsordre / Purchase order 4500-3402</h2>
<table>
<tr><th>Pos</th><th>Art.nr</th><th>Beskrivelse</th><th>Sample qty</th><th>Quoted qty</th><th>Unit price</th><th>Delivery</th></tr>
<tr><td>10</td><td>3400-028-GL</td><td>Pilk &laquo;Nordkapp&raquo; 28 g, glow, VMC treble 2/0</td><td>24</td><td>6.000</td><td>USD 0,62</td><td>28.06.2024</td></tr>
</table>
<p>Order value: USD 14,88 &nbsp;|&nbsp; Status: sent to supplier 15.05.2024 &nbsp;|&nbsp; Acknowledged: &ndash;</p>
<p><button>Bekreft / Acknowledge</button> <button>Last ned PDF</button></p>
"""))),
])

# p07 ERP PO whose line memo repeats the quote tiers (TXT) -> RG001 RG003 RG004 RG005
case("p07", ["RG001", "RG003", "RG004", "RG005"], "ERP sample PO for 30 with line memo 'production 8,000'; no hold, event or release person", [
    ("PO_24-2288.txt", T("""
NORTHWOODS ANGLER CO.                                              PURCHASE ORDER
1420 INDUSTRIAL PARK RD                                            PO NUMBER : 24-2288
BRAINERD MN 56401                                                  PO DATE   : 05/06/2024
                                                                   REVISION  : 0
VENDOR  : V-00871 MEKONG TACKLE MANUFACTURING CO LTD
          LOT C3 MY PHUOC 2 IP, BEN CAT, BINH DUONG, VIETNAM
SHIP TO : NORTHWOODS DC, 200 MILL AVE, BAXTER MN 56425
BUYER   : MIKE BRANDT            TERMS : NET 45      FOB : HCMC      CURRENCY: USD
----------------------------------------------------------------------------------------
LN  PART            DESCRIPTION                           QTY  UOM   UNIT PR      EXT
 1  TB-3700-SMK     TACKLE BOX 3700 SIZE 3 TRAY SMOKE      30  EA     14.000   420.00
    REV 5           DUE 06/07/2024
    MEMO: PER QUOTE MK-Q-0412: SAMPLE 30 PCS USD 14.00 /
          PRODUCTION 8,000 PCS USD 6.15 FOB HCMC
----------------------------------------------------------------------------------------
                                                        TOTAL USD            420.00
NOTES:
 - DRAWING TB-3700 REV 5, HINGE PIN DIA 3 MM SS304, LATCH PER NWA-SPEC-0220
 - DROP TEST 1.2 M, UV 300 H (ASTM G154) REPORT WITH SAMPLES
 - VENDOR CERT ISO 9001:2015 ON FILE
*** END OF PO ***
""")),
])

# p08 sample PO mail with spec sheet (DOCX) stating production quantity (EML) -> RG001 RG003 RG004 RG005
_spec = docx_bytes([
    ("h1", "Spécification produit / Product specification CR-HK-CS4 rev 3"),
    ("table", [
        ["Caractéristique / Feature", "Valeur / Value"],
        ["Hook type", "Curve Shank, micro-barbed, in-turned eye"],
        ["Size", "4"],
        ["Wire", "high-carbon steel, dia 0,70 mm"],
        ["Coating", "PTFE, dark grey"],
        ["Salt spray", "ISO 9227 NSS 24 h, no red rust"],
        ["Packaging", "10 pcs per sachet, header card CR-PK-07"],
        ["Production quantity", "50 000 pcs (5 000 sachets of 10)"],
        ["Target price", "EUR 0,045 / pc"],
    ]),
    ("p", "Drawing CR-HK-CS4 rev 3 prevails. Camille Roux, R&D."),
], author="Camille Roux")
_t = T("""
Dear Mr Park,

Please find our PO CR-24-061 for sixty (60) sample hooks "Curve Shank" size 4, micro-barbed, PTFE coating. The specification sheet rev 3 is attached.

Please ship the samples before 21 June by DHL to our office in Chalon. Sharpness test report with the samples, please.

Cordialement,
Julien Marchand
""") + sig("Julien Marchand", "Acheteur / Buyer", CRP + ", Chalon-sur-Saône, France", PH_CRP)
_m = mail(JULI, PARK, "PO CR-24-061 - sample hooks Curve Shank size 4", "Thu, 23 May 2024 10:30:00 +0200", _t,
          attachments=[("CR-HK-CS4_rev3.docx", _spec, DOCX_MT)])
case("p08", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 60 hooks; attached spec states production quantity 50 000 with nothing saying it is not released", [
    ("PO_CR-24-061.eml", E(_m)),
])

# p09 WhatsApp: sample PO and the quote's production quantity in one breath -> RG001 RG003 RG004 RG005
case("p09", ["RG001", "RG003", "RG004", "RG005"], "chat sample PO for 30 spoons with '2.500 pcs production' price confirmed beside it; no hold, event or person", [
    ("whatsapp_ingrid_lan.txt", T("""
WhatsApp Chat with Lan Mekong Tackle

03.06.2024, 08:47 - Ingrid Solberg: Hi Lan! PO 4500-3390 is sent on mail now. 30 samples of the sluk (spoon) 40 g, 3 colours x 10.
03.06.2024, 08:48 - Ingrid Solberg: Price ok as your quote MK-Q-0507: 30 samples USD 1,90 and 2.500 pcs production USD 0,78.
03.06.2024, 08:49 - Ingrid Solberg: Need the samples in Tromsø before 1 July pls 🙏
03.06.2024, 09:30 - Lan Mekong Tackle: Dạ received chị Ingrid, thank you! We start samples tomorrow.
03.06.2024, 09:31 - Lan Mekong Tackle: Hook VMC 4/0 or 3/0 for the 40 g?
03.06.2024, 09:40 - Ingrid Solberg: 3/0 please, like drawing HN-SL-40 rev 2
03.06.2024, 09:41 - Lan Mekong Tackle: 👍
""")),
])

# p10 Teams: scope stated correctly, later an unscoped "Go ahead" on a colour chart -> RG002
case("p10", ["RG002"], "after a correct 10-sample scope, buyer answers a colour chart with an unscoped 'Go ahead'", [
    ("teams_chenghe_lp100.txt", T("""
Microsoft Teams - chat export
Chat: NWA / Chenghe - LP-100 baitcaster
Members: Mike Brandt, Amy Huang (External)

[4/22/2024 9:02 AM] Mike Brandt
Hi Amy, PO 24-1560 is out: ten (10) sample LP-100 baitcasters only. The 990 balance on your quote is not released - on hold until Eric signs off the samples and Kristin Halvorson sends a written release.

[4/22/2024 9:03 AM] Mike Brandt
Material for the 10 samples only.

[4/22/2024 9:40 AM] Amy Huang (External)
Noted Mike, 10 pcs only.

[5/6/2024 7:15 PM] Amy Huang (External)
Mike, the new side plate colour chart is in the Files tab. Bronze #3 and Gunmetal #7 as you asked. Please check

[5/7/2024 8:05 AM] Mike Brandt
Gunmetal #7 looks great. Go ahead 👍

[5/7/2024 8:11 AM] Amy Huang (External)
Thank you Mike!! 😊
""")),
])

# p11 two-level quoted thread; top message is an unscoped green light (EML) -> RG002
_t = T("""
Hi Hoang,

Glow paint is fine. Green light from us, go ahead.

Best regards
Magnus
""") + sig("Magnus Berg", "Category Manager", HFN + ", Tromsø", PH_HFN) + T("""

From: Tran Van Hoang <hoang.tran@mekongtackle.vn>
Sent: 21. mai 2024 11:02
To: Magnus Berg; Ingrid Solberg
Subject: RE: PO 4500-3460 pilk 300 g samples

> Dear Mr Magnus,
>
> The 20 sample pilk 300 g ship DHL tomorrow, AWB 48 1120 3307. We change to the new glow paint (more bright, glow 6 hours). Is new glow paint ok for you?
>
> Best regards,
> Hoang - Production Manager, Mekong Tackle
>
> From: Ingrid Solberg <ingrid.solberg@havfiskenord.no>
> Sent: 02. mai 2024 14:15
> Subject: PO 4500-3460 pilk 300 g samples
>
>> Hi Hoang,
>> PO 4500-3460 is for 20 sample pilk "Lofoten" 300 g only.
>> The balance 1.980 pcs is not released and stays on hold until Sigrid Haugen has signed off the samples and Magnus Berg sends the written release.
>> Material for the 20 samples only.
>> Mvh Ingrid
""")
_m = mail(MAGN, HOAN, "RE: PO 4500-3460 pilk 300 g samples", "Tue, 21 May 2024 13:40:00 +0200", _t, cc=INGR,
          in_reply_to="<mkt-20240521-1102@mekongtackle.vn>")
case("p11", ["RG002"], "release authority answers a paint question with 'Green light from us, go ahead' without quantity or sample scope; quoted PO scope complete", [
    ("RE_PO_4500-3460.eml", E(_m)),
])

# p12 buyer visit report concluding "good to run" (PDF) -> RG002
_b = [
    ("h1", "Supplier Visit Report - Weihai Haiyue Fishing Tackle Co., Ltd."),
    ("p", "Visit date: 16 April 2024. Auditor: Eric Lindgren, Product Engineering, Northwoods Angler Co. Supplier host: Sun Wei (Factory Manager), Lily Zhang (Sales)."),
    ("h", "Scope"),
    ("p", "Process audit of blank production for NW-BL-7M (7 ft medium, IM8-grade carbon), mandrel 7M-03."),
    ("h", "Findings"),
    ("table", [
        ["Area", "Requirement", "Result"],
        ["Prepreg storage", "freezer -18 C, log per shift", "OK"],
        ["Rolling / wrapping", "pattern per WI-BL-7M rev 2", "OK"],
        ["Curing oven", "profile 130 C / 90 min, recorder", "OK, chart reviewed"],
        ["Sanding / paint", "thickness 40-60 um", "minor: one gauge out of calibration, fixed on site"],
        ["Deflection test", "vs master blank, 10 pcs per lot", "OK"],
    ]),
    ("h", "PO status"),
    ("table", [
        ["PO", "Content", "Status"],
        ["24-2170", "150 sample blanks NW-BL-7M", "in work, due 10 May"],
        ["24-2170", "balance 3,850 blanks", "not released - on hold until sample sign-off by Eric Lindgren and written release by Kristin Halvorson"],
    ]),
    ("h", "Conclusion"),
    ("p", "Process audit passed, score 92/100. Weihai is good to run. Next step: Lily to send the run schedule by end of April."),
    ("p", "Eric Lindgren, 18 April 2024"),
]
case("p12", ["RG002"], "visit report concludes 'Weihai is good to run' and asks for the run schedule, naming neither samples nor a quantity", [
    ("visit_report_weihai_2024-04-16.pdf", pdf(_b, pagesize=LETTER, title="Visit report Weihai", author="Eric Lindgren")),
])

# p13 buyer portal: once the sample status shows APPROVED, continue to mass production (HTML) -> RG007
case("p13", ["RG007"], "portal tells supplier to continue into mass production of 2,000 once samples show APPROVED, contradicting its own release authority", [
    ("kisaragi_portal_KT-24-133.html", html_page("Kisaragi Supplier Portal - KT-24-133", T("""
<h1>Kisaragi Tackle &mdash; Supplier Portal</h1>
<p>Supplier: <b>Chenghe Precision Reel Co., Ltd.</b> &nbsp;|&nbsp; Order: <b>KT-24-133</b> &nbsp;|&nbsp; Item: KSR-2500 spinning reel, drawing KSR-2500 rev 7</p>
<table>
<tr><th>Stage</th><th>Quantity</th><th>Status</th></tr>
<tr><td>Sample</td><td>24</td><td>released (PO KT-24-133 line 1)</td></tr>
<tr><td>Production</td><td>2,000</td><td>not released &mdash; unlock event: sample sign-off</td></tr>
</table>
<p>Release authority: <b>Hiroshi Endo</b> (General Manager, Production Control)<br>
Sample sign-off: Yuki Hattori (Quality) &mdash; status: <i>pending</i></p>
<div class="note"><b>Information for supplier:</b> Once the sample status shows APPROVED, please continue to mass production of the 2,000 pcs without waiting, to keep the September shipment.</div>
<p style="color:#777">Last update 2024-05-20 09:12 JST by t.moriyama</p>
"""))),
])

# p14 WeChat: "approved" for a test report, a finance PO change and the go -> RG002 RG009
case("p14", ["RG002", "RG009"], "'approved' used for a test report, a finance PO change and the go; 'please proceed' names no quantity", [
    ("wechat_haiyue_rodtube.txt", T("""
WeChat chat history - "NWA rod tube NW-RT-84"
Exported 2024-05-28 07:55 (UTC+8)
--------------------------------------------------------------

2024-05-08 20:11  Mike Brandt
Lily, recap for the group: PO 24-2266 = 50 sample rod tubes NW-RT-84 only. Balance 4,950 not released, on hold until Eric signs off the samples and Kristin Halvorson releases in writing.

2024-05-08 20:30  Lily Zhang
ok Mike 👌

2024-05-27 16:02  Lily Zhang
Mike, we change cap material to POM (before ABS), price same. Drop test report in the file, cap thread M62x2 also ok. We can proceed?

2024-05-27 22:47  Mike Brandt
Drop test report approved. PO change for the POM cap also approved by our finance this morning. So it's approved, please proceed.

2024-05-27 22:50  Lily Zhang
Thank you Mike, we arrange
""")),
])

# p15 two-level thread: buyer wires the deposit and writes "Go ahead!" (EML) -> RG002 RG012
_t = T("""
Hi Ji-hoon,

Deposit wired today, USD 3,150.00, ref NWA240603-0044. Go ahead!

Dana
""") + sig("Dana Kowalski", "Senior Buyer", NWA + ", Brainerd, MN", PH_NWA) + T("""

On Mon, Jun 3, 2024 at 9:12 AM Park Ji-hoon <jh.park@hanbithook.co.kr> wrote:
> Dear Dana,
>
> Thank you for the sample result last week. For the mass production our term is 30% deposit (USD 3,150.00). After deposit we can start.
>
> Best regards,
> Park Ji-hoon
>
> On Tue, Apr 9, 2024 at 3:40 PM Dana Kowalski <dana.kowalski@northwoodsangler.com> wrote:
>> Ji-hoon,
>> PO 24-1712 covers 500 sample hooks NW-OS-3/0 (offset, black nickel) only.
>> The 49,500 balance on quote HB-Q-127 is not released. It stays on hold until Eric Lindgren signs off the samples and Kristin Halvorson sends the written release.
>> Material for the 500 samples only.
>> Dana
""")
_m = mail(DANA, PARK, "Re: PO 24-1712 offset hooks - mass production", "Mon, 03 Jun 2024 16:05:00 -0500", _t,
          in_reply_to="<hbh-20240603-0912@hanbithook.co.kr>")
case("p15", ["RG002", "RG012"], "buyer wires the deposit the supplier asked for before production and writes an unscoped 'Go ahead!'; quoted PO scope complete", [
    ("Re_PO_24-1712.eml", E(_m)),
])

# p16 engineer replies "samples are approved, so you can proceed with the production" (EML multipart/alt) -> RG002 RG007
_t = T("""
Bonjour Lily,

The 100 sample blanks are tested in our workshop: deflection OK, static load OK, 3 000 cycles fatigue OK. Very nice job, merci to Mr Sun and the team.

The samples are approved, so you can proceed with the production.

Bonne journée,
Camille
""") + sig("Camille Roux", "R&D - Ingénieure produit", CRP + ", Chalon-sur-Saône, France", PH_CRP) + T("""

Le 24/04/2024 à 09:20, Julien Marchand <j.marchand@carpe-royale.fr> a écrit :
> Hello Lily,
> Please find PO CR-24-058 for cent (100) sample blanks CR-BL-12-35 (12 ft 3.5 lb), drawing CR-BL-12 rev D.
> The balance of 1 900 blanks is not released. It stays on hold until the sample sign-off by Camille Roux and then a written release from Thierry Lefèvre.
> Material for the samples only please.
> Julien
""")
_m = mail(CAMI, LILY, "RE: PO CR-24-058 sample blanks", "Wed, 29 May 2024 17:10:00 +0200", _t, html=mail_html(_t),
          cc=JULI, in_reply_to="<crp-cr-24-058@carpe-royale.fr>")
case("p16", ["RG002", "RG007"], "engineer writes 'samples are approved, so you can proceed with the production': approval rolls into production, no quantity", [
    ("RE_PO_CR-24-058.eml", E(_m)),
])

# p17 EDI 850 sample order with no word about the balance (TXT) -> RG003 RG004 RG005
case("p17", ["RG003", "RG004", "RG005"], "EDI 850 sample order for 36 assist hooks says nothing about the balance, unlock event or release authority", [
    ("850_KT-24-150.txt", T("""
EDI 850 PURCHASE ORDER - HUMAN READABLE PRINTOUT (X12 4010)
-------------------------------------------------------------------
ISA  sender KISARAGITACKLE   receiver HANBITHOOK    ctrl 000004410
GS   PO   2024-06-10 08:15
ST   850  0001
BEG  00 SA  KT-24-150   20240610
CUR  BY JPY
REF  VN HB-Q-118          (supplier quotation)
REF  PJ MP-2024-AS        (project)
N1   BY KISARAGI TACKLE CO LTD, OSAKA JP
N1   SE HANBIT HOOK CO LTD, BUSAN KR
N1   ST KISARAGI TACKLE CO LTD, SAKAI WAREHOUSE
PO1  001  36 EA  42.00 PE  BP KH-AS-5/0   VP HB-AS50-PE2
PID  F    ASSIST HOOK 5/0 PE BRAID 2 CM, SAMPLE
MSG  SAMPLE LOT 36 PCS (3 COLOURS X 12) FOR EVALUATION. SAME SPEC AS MP.
MSG  SHIP BY AIR BEFORE 2024-06-28. ISO 9001:2015 CERT COPY WITH SHIPMENT.
MSG  TENSILE TEST MIN 60 KG, REPORT WITH SAMPLES.
DTM  002  20240628
CTT  1    36
SE   16   0001
-------------------------------------------------------------------
""")),
])

# p18 sample PO mail naming a release authority but no hold and no event (EML) -> RG003 RG004
_t = T("""
Hi Ji-hoon,

PO 24-1620 is attached in our portal. It covers one hundred (100) sample hooks 4/0 NW-WG-4/0 (wide gap, black nickel, 2X strong) as per your quote HB-Q-131.

For anything about quantities, Kristin Halvorson (VP Operations) is the release authority for this program.

Please ship the samples by June 28 so Eric can run the pull test (min 25 kg) before the Fourth.

Thanks,
Dana
""") + sig("Dana Kowalski", "Senior Buyer", NWA + ", Brainerd, MN", PH_NWA)
_m = mail(DANA, PARK, "PO 24-1620 wide gap 4/0 samples", "Wed, 29 May 2024 11:25:00 -0500", _t, cc=KRIS)
case("p18", ["RG003", "RG004"], "sample PO for 100 hooks names Kristin Halvorson as release authority but never says the balance is on hold or what unlocks it", [
    ("PO_24-1620.eml", E(_m)),
])

# p19 scope letter: balance on hold until further notice (DOCX) -> RG004
_b = [
    ("h1", "PO scope letter - PO 4500-3477"),
    ("p", "Havfiske Nord AS, Tromsø - to Mekong Tackle Manufacturing Co., Ltd., Binh Duong - 24.05.2024"),
    ("table", [
        ["Item", "Tackle box HN-TB-3700, 2 trays, sea version (stainless hinge pins, drain holes), drawing HN-TB-3700 rev 2"],
        ["Released now", "fifty (50) sample tackle boxes"],
        ["Balance", "1.950 pcs - on hold until further notice"],
        ["Release authority for the balance", "Magnus Berg, Category Manager"],
        ["Material authority", "sample-only"],
    ]),
    ("sp",),
    ("p", "Please build only the 50 samples. Salt fog ISO 9227 NSS 240 h on hinge pins, report with the samples."),
    ("p", "Ingrid Solberg, Innkjøper"),
]
case("p19", ["RG004"], "balance 1.950 on hold 'until further notice' with a named release authority: no unlock event", [
    ("HFN_scope_4500-3477.docx", docx_bytes(_b, author="Ingrid Solberg")),
])

# p20 WhatsApp: samples only, rest on hold until further notice, no quantity -> RG004 RG010
case("p20", ["RG004", "RG010"], "buyer says 'only the samples', rest on hold until further notice, release only by him; never states how many samples", [
    ("whatsapp_moriyama_vincent.txt", T("""
WhatsApp Chat with Vincent Lin Chenghe

2024/05/15 10:12 - Takeshi Moriyama: Vincent-san, good morning. PO KT-24-129 for the KSR-4000 samples I sent yesterday.
2024/05/15 10:13 - Takeshi Moriyama: Please make only the samples now. The rest of the quotation is on hold until further notice. Release of the rest is only by me.
2024/05/15 10:40 - Vincent Lin Chenghe: Good morning Moriyama-san, well received. How many samples you need? PO say "per quotation".
2024/05/15 10:52 - Takeshi Moriyama: Same as quotation please. Sorry for trouble.
2024/05/15 10:53 - Vincent Lin Chenghe: OK no problem 🙏
""")),
])

# p21 sample PO with quantity "per quotation" and no unlock event (PDF, French) -> RG004 RG010
_b = [
    ("h1", "BON DE COMMANDE / PURCHASE ORDER CR-24-070"),
    ("p", "Carpe Royale SAS - 14 rue du Port, 71100 Chalon-sur-Saône, France"),
    ("table", [
        ["Fournisseur / Supplier", "Mekong Tackle Manufacturing Co., Ltd., Binh Duong", "Date", "13/05/2024"],
        ["Acheteur / Buyer", "Julien Marchand", "Incoterm", "FOB HCMC"],
    ]),
    ("sp",),
    ("table", [
        ["Ligne", "Article", "Désignation", "Qté", "PU EUR", "Montant"],
        ["1", "CR-TB-M", "Bivvy Box M, 3 coloris, dessin CR-TB-M rév. A - échantillons / samples", "selon devis / per quotation MK-Q-0433", "14,90", "selon devis"],
    ]),
    ("sp",),
    ("p", "Samples only. The balance of the quotation is not released. The release of the balance will be decided by "
          "Thierry Lefèvre, Directeur des opérations."),
    ("p", "Hinge: stainless A2, latch test 5 000 cycles. Julien Marchand, Acheteur."),
]
case("p21", ["RG004", "RG010"], "sample PO with quantity 'per quotation' (no number) and balance held with a named decider but no unlock event", [
    ("CR-24-070.pdf", pdf(_b, title="CR-24-070", author="Carpe Royale")),
])

# p22 sample-lot mail with no quantity and release 'from our side' (EML) -> RG005 RG010
_t = T("""
Dear Seo-yeon,

PO 4500-3511 is for the sample lot only of the 5" shad "Lofoten Shad", 4 colours (herring, mackerel, pearl glow, pink glow), as per your price list 2024.

The balance is on hold until the sample sign-off by our QA. Release will come from our side after that.

Please send the sample lot by EMS before 20 June.

Mvh / Best regards
Ingrid
""") + sig("Ingrid Solberg", "Innkjøper / Buyer", HFN + ", Tromsø", PH_HFN)
_m = mail(INGR, LEES, "PO 4500-3511 Lofoten Shad sample lot", "Mon, 27 May 2024 08:55:00 +0200", _t)
case("p22", ["RG005", "RG010"], "sample lot PO states no quantity; balance held until QA sign-off but release 'from our side' names no person", [
    ("PO_4500-3511.eml", E(_m)),
])

# p23 EDI 850 where the note says 48 and the line says 50; release by an unnamed department (TXT) -> RG005 RG011
case("p23", ["RG005", "RG011"], "EDI note says sample qty 48 while the PO1 line orders 50; release 'by purchasing dept' names nobody", [
    ("850_24-3150.txt", T("""
EDI 850 PURCHASE ORDER - TRANSLATION (X12 4010)
----------------------------------------------------------------------
ISA  sender NORTHWOODSANG   receiver MEKONGTACKLE   ctrl 000017118
BEG  00 SA  24-3150   20240604
REF  VN MK-Q-0522
N1   BY NORTHWOODS ANGLER CO, BRAINERD MN
N1   SE MEKONG TACKLE MANUFACTURING CO LTD, BINH DUONG VN
N1   ST NORTHWOODS DC, BAXTER MN
MSG  SAMPLE QTY 48 PCS FLY BOX FB-310 (WATERPROOF, 310 X 190 MM).
MSG  BAL 4,952 PCS ON HOLD, NOT RELEASED, UNTIL SAMPLE SIGN-OFF
MSG  AND REVISED PO. RELEASE BY PURCHASING DEPT.
MSG  MATERIAL: SAMPLE ONLY.
PO1  001  50 EA  13.50 PE  BP FB-310   VP MK-FB310
PID  F    FLY BOX FB-310 SAMPLE, FOAM 6 MM, DRAWING FB-310 REV A
DTM  002  20240628
CTT  1    50
SE   13   0001
----------------------------------------------------------------------
""")),
])

# p24 buyer portal: "approval" for samples, the PO and the internal go; no named release person (HTML) -> RG005 RG009
case("p24", ["RG005", "RG009"], "portal uses 'approval' for the sample, the PO (finance) and the internal go; production released by 'internal approval', nobody named", [
    ("carpe_portail_CR-24-064.html", html_page("Carpe Royale - Portail fournisseurs - CR-24-064", T("""
<h1>Carpe Royale &mdash; Portail fournisseurs</h1>
<p>Fournisseur : <b>Hanbit Hook Co., Ltd.</b> &nbsp;|&nbsp; Commande / Order : <b>CR-24-064</b> &nbsp;|&nbsp; Article : hameçon Wide Gape taille 6 / hook Wide Gape size 6, PTFE</p>
<table>
<tr><th>Étape / Step</th><th>Statut / Status</th><th>Date</th></tr>
<tr><td>PO approval (finance)</td><td>approved</td><td>02/05/2024</td></tr>
<tr><td>Sample approval (R&amp;D)</td><td>pending &mdash; 60 samples in test</td><td>&ndash;</td></tr>
<tr><td>Sample quantity released</td><td>60 pcs (samples only)</td><td>02/05/2024</td></tr>
<tr><td>Production 5 940 pcs</td><td>not released &mdash; on hold until sample approval and internal approval in our company</td><td>&ndash;</td></tr>
</table>
<p class="note">Questions: achats@carpe-royale.fr &nbsp;|&nbsp; Hooks per drawing CR-HK-WG6 rév. C, salt spray ISO 9227 NSS 24 h.</p>
"""))),
])

# p25 "approved" for the PO (finance) and for the samples (QA); no sample quantity (EML multipart/alt) -> RG009 RG010
_t = T("""
Dear Mr Park,

The PO 4500-3540 is approved by our finance today. The samples will be approved by our QA (Sigrid Haugen) in Tromsø.

Please make the sample lot of the assist hooks HN-AH-7/0 as we discussed on Teams. The balance is not released until the samples are approved; after that I release it in writing.

Best regards
Magnus
""") + sig("Magnus Berg", "Category Manager", HFN + ", Tromsø", PH_HFN)
_m = mail(MAGN, PARK, "PO 4500-3540 assist hooks", "Thu, 30 May 2024 10:15:00 +0200", _t, html=mail_html(_t), cc=SIGR)
case("p25", ["RG009", "RG010"], "'approved' for the finance PO and for sample sign-off in one mail; the sample lot quantity is never stated", [
    ("PO_4500-3540.eml", E(_m)),
])

# p26 Teams: go ahead with the samples, no number (TXT) -> RG010
case("p26", ["RG010"], "scoped to samples with hold, event and named release authority, but the number of samples is never stated", [
    ("teams_kisaragi_chenghe.txt", T("""
Microsoft Teams - chat export
Chat: Kisaragi x Chenghe - KSR-5000 surf reel
Members: Takeshi Moriyama, Amy Huang (External)

[2024/06/03 9:31] Amy Huang (External)
Moriyama-san, PO KT-24-147 received, thank you. Spool and rotor moulds are ready. May we start the samples?

[2024/06/03 9:48] Takeshi Moriyama
Amy-san, yes, go ahead with the samples. The balance stays on hold until Hattori-san signs off the samples, then Endo-san (Hiroshi Endo, GM Production Control) releases in writing.

[2024/06/03 9:49] Takeshi Moriyama
Material only for samples please.

[2024/06/03 9:55] Amy Huang (External)
Noted with thanks 🙏 Samples ETD end of June.
""")),
])

# p27 sample PO with "qty TBD"; scope note otherwise complete (PDF, US buyer / Korean soft baits) -> RG010
_b = [
    ("h1", "PURCHASE ORDER 24-2333"),
    ("p", "Northwoods Angler Co., 1420 Industrial Park Rd, Brainerd, MN 56401, USA"),
    ("table", [
        ["Supplier", "Daesung Soft Bait Co., Ltd., Gimhae, Korea", "PO date", "05/20/2024"],
        ["Buyer", "Mike Brandt", "Terms", "Net 30, FOB Busan"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit USD"],
        ["1", "NW-GR-3", "3\" curly tail grub, salted, colours per selection", "sample", "TBD after colour selection", "0.09"],
    ]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "Samples only. The production balance is not released and stays on hold until Eric Lindgren signs off the samples "
          "and Kristin Halvorson, VP Operations, sends a written release. Material authority: sample-only."),
    ("p", "Mike Brandt, Buyer"),
]
case("p27", ["RG010"], "sample PO line quantity 'TBD after colour selection': hold, event and release authority present, active quantity missing", [
    ("PO_24-2333.pdf", pdf(_b, pagesize=LETTER, title="PO 24-2333", author="Northwoods Angler")),
])

# p28 supplier weekly status: prepreg bought for 3.000 while 200 released (TXT mail) -> RG006
case("p28", ["RG006"], "supplier bought carbon prepreg for the full 3.000 blanks while 200 are released; no material authority", [
    ("weekly_status_W21_haiyue.txt", T("""
From: Sun Wei <sunwei@haiyue-tackle.cn>
To: Julien Marchand <j.marchand@carpe-royale.fr>
Cc: Lily Zhang <lily.zhang@haiyue-tackle.cn>
Date: Fri, 24 May 2024 18:20:00 +0800
Subject: Weekly status W21 - carp blanks CR-BL-12-35

Dear Julien,

Status of your order as below:

1) PO CR-24-019 / release R-24-05: 200 pcs blanks released. Rolling finish 200 pcs, sanding 120 pcs, painting start next Monday.
2) Material: for secure the price and the June prepreg allocation, we already purchased T700 carbon prepreg for full 3.000 blanks (invoice from prepreg agent 17/05). It is stored in our freezer -18 C.
3) Guides and reel seats: only for 200 pcs, as your release.
4) Shipment 200 pcs ETD Qingdao 14 June.

Best regards
Sun Wei
Factory Manager
Weihai Haiyue Fishing Tackle Co., Ltd.
Tel +86 631 555 0188
""")),
])

# p29 supplier reply quoting the sample-only scope: resin and hinges for 5.000 prepared (EML quoted) -> RG006
_t = T("""
Dear chị Ingrid,

Thank you for PO 4500-3499. The 50 samples will finish 20/6.

For keep the good price of PP resin (price increase from July), we already prepare PP resin and stainless hinges for 5.000 boxes in our warehouse. Please don't worry, the quality is same as samples.

Best regards,
Lan
""") + sig("Nguyen Thi Lan", "Sales Executive", MKT + ", Binh Duong, Vietnam", PH_MKT) + T("""

-----Original Message-----
From: Ingrid Solberg <ingrid.solberg@havfiskenord.no>
Sent: Tuesday, May 28, 2024 2:05 PM
Subject: PO 4500-3499 tackle box HN-TB-5000 samples

> Hi Lan,
> PO 4500-3499: fifty (50) sample tackle boxes HN-TB-5000 only.
> The balance 4.950 pcs is not released and stays on hold until Sigrid Haugen signs off the samples and Magnus Berg sends the written release.
> Material authority: sample-only.
> Mvh Ingrid
""")
_m = mail(LANN, INGR, "RE: PO 4500-3499 tackle box HN-TB-5000 samples", "Thu, 30 May 2024 16:45:00 +0700", _t,
          in_reply_to="<hfn-4500-3499@havfiskenord.no>")
case("p29", ["RG006"], "supplier prepared resin and hinges for 5.000 boxes against a quoted sample-only material authority of 50", [
    ("RE_PO_4500-3499.eml", E(_m)),
])

# p30 supplier report: forecast called firm order, wire bought for it (PDF) -> RG006 RG008
_b = [
    ("h1", "Production & Material Status Report - June 2024"),
    ("p", "Hanbit Hook Co., Ltd., Busan - to Kisaragi Tackle Co., Ltd., attn. Mr. Takeshi Moriyama"),
    ("table", [
        ["Item", "Customer order basis", "Released qty", "Produced", "Wire purchased for"],
        ["KH-OFF-2/0", "Firm order 2025: 240,000 pcs (your forecast FC-2024-06)", "20,000", "18,500", "240,000 pcs"],
        ["KH-OFF-3/0", "PO KT-24-090", "10,000", "10,000", "10,000 pcs"],
    ]),
    ("sp",),
    ("p", "According to your firm order of 240,000 pcs KH-OFF-2/0 for 2025 (forecast FC-2024-06), we purchased high-carbon "
          "wire SWRH 72A for the full 240,000 pcs to keep stable quality and one heat lot."),
    ("p", "Plating: black nickel, salt spray ISO 9227 NSS 48 h, lot L240603 pass."),
    ("p", "Park Ji-hoon, Overseas Sales, Hanbit Hook Co., Ltd. - 7 June 2024"),
]
case("p30", ["RG006", "RG008"], "supplier calls the labelled forecast a firm order of 240,000 and bought wire for all of it while 20,000 are released", [
    ("HB_status_2024-06.pdf", pdf(_b, title="Status report June 2024", author="Hanbit Hook")),
])

# p31 supplier: once approved we roll into production; material staged for all 600 (EML quoted) -> RG006 RG007
_t = T("""
Dear Dana,

Thank you for the PO 24-1233.

Once you approve the 12 sample reels, we will roll directly into the 588 production, no need another PO. To save time we already staged the aluminum 6061 bar stock and the bearings for all 600 reels.

Samples ETD 14 June.

Best regards,
Vincent Lin
""") + sig("Vincent Lin", "Sales Dept.", CHR + ", Taichung, Taiwan", PH_CHR) + T("""

-----Original Message-----
From: Dana Kowalski <dana.kowalski@northwoodsangler.com>
Sent: Wednesday, May 15, 2024 9:40 PM
To: Vincent Lin <vincent.lin@chenghe-reel.com.tw>
Subject: PO 24-1233 FR-7/8 fly reel samples

> Vincent,
> PO 24-1233 is for twelve (12) sample fly reels FR-7/8 only. The 588 balance is not released - on hold until Eric Lindgren signs off the samples and Kristin Halvorson sends the written release.
> Material for the 12 samples only.
> Dana
""")
_m = mail(VINC, DANA, "RE: PO 24-1233 FR-7/8 fly reel samples", "Thu, 16 May 2024 10:05:00 +0800", _t,
          in_reply_to="<nwa-24-1233@northwoodsangler.com>")
case("p31", ["RG006", "RG007"], "supplier will roll from sample approval straight into the 588 and has staged material for all 600 against a sample-only scope", [
    ("RE_PO_24-1233.eml", E(_m)),
])

# p32 WhatsApp group: engineer tells supplier to roll into the 4,800 if samples pass (TXT) -> RG007
case("p32", ["RG007"], "buyer engineer says 'if they pass the fit check, just roll right into the 4,800, no need to wait for Kristin's release'", [
    ("whatsapp_nwa_mekong_jigheads.txt", T("""
WhatsApp Chat with NWA / Mekong jig heads

5/8/24, 7:10 AM - Dana Kowalski: Hi Lan, PO 24-2410 is out: 60 sample jig heads NW-JH-1/4 (1/4 oz, 2/0 hook, chartreuse) only. The 4,800 balance is not released - on hold until Eric's fit check sign-off and Kristin Halvorson's written release.
5/8/24, 7:11 AM - Dana Kowalski: Material for the 60 only pls
5/8/24, 8:02 PM - Lan Mekong Tackle: Dạ noted chị Dana, 60 pcs only 👍
5/28/24, 6:45 AM - Eric Lindgren: Lan, samples arrived in Brainerd, they look good.
5/28/24, 6:47 AM - Eric Lindgren: If they pass the fit check Friday, just roll right into the 4,800 - no need to wait for Kristin's release, we're tight on time for fall.
5/28/24, 7:30 PM - Lan Mekong Tackle: Ok anh Eric, we prepare the line 🙏
""")),
])

# p33 PO term: after sample approval, proceed with production 2.970 pcs; no named person (PDF) -> RG005 RG007
_b = [
    ("h1", "INNKJØPSORDRE / PURCHASE ORDER 4500-3602"),
    ("p", "Havfiske Nord AS, Strandgata 12, 9008 Tromso, Norway - innkjop@havfiskenord.no"),
    ("table", [
        ["Leverandør / Supplier", "Weihai Haiyue Fishing Tackle Co., Ltd.", "Dato / Date", "29.05.2024"],
        ["Utstedt av / Issued by", "Innkjøpsavdelingen / Purchasing department", "Deres ref", "WH-Q-2405-12"],
    ]),
    ("sp",),
    ("table", [
        ["Pos", "Art.nr", "Beskrivelse / Description", "Antall", "Pris USD", "Beløp USD"],
        ["10", "2700-040-SP", "Spinning rod HN-SP-270, 2,70 m, 10-40 g - SAMPLE", "30", "26,00", "780,00"],
    ]),
    ("sp",),
    ("h", "Vilkår / Terms"),
    ("p", "1. Samples: 30 pcs as above. Production 2.970 pcs on hold until sample approval."),
    ("p", "2. After sample approval, supplier to proceed with production 2.970 pcs, delivery week 36."),
    ("p", "3. Guides stainless SiC, reel seat thread M17x1.0. Supplier ISO 9001:2015."),
]
case("p33", ["RG005", "RG007"], "PO term lets sample approval roll straight into production of 2.970 with no recorded auto-conversion; nobody named to release", [
    ("PO_4500-3602.pdf", pdf(_b, title="PO 4500-3602", author="Havfiske Nord")),
])

# p34 annual forecast declared a firm commitment (PDF, French buyer / Korean hooks) -> RG008
_b = [
    ("h1", "Commande annuelle 2025 / Annual order 2025"),
    ("p", "Carpe Royale SAS - to Hanbit Hook Co., Ltd., attn. Mr Park Ji-hoon - 10/06/2024"),
    ("p", "Dear Mr Park, here is our forecast for 2025 for the hook Curve Shank size 4 (CR-HK-CS4 rev 3)."),
    ("table", [
        ["Trimestre / Quarter", "Sachets of 10", "Hooks (pcs)"],
        ["Q1 2025", "7 000", "70 000"],
        ["Q2 2025", "9 000", "90 000"],
        ["Q3 2025", "5 000", "50 000"],
        ["Q4 2025", "3 000", "30 000"],
        ["Total", "24 000", "240 000"],
    ]),
    ("sp",),
    ("p", "Please consider this forecast as our firm commitment for 2025: reserve the capacity and plan the production "
          "accordingly. Prices as agreed, EUR 0,045 per hook."),
    ("p", "Julien Marchand, Acheteur - Carpe Royale SAS"),
]
case("p34", ["RG008"], "buyer presents the 2025 forecast of 240 000 hooks as a firm commitment and asks to plan production", [
    ("CR_annual_2025.pdf", pdf(_b, title="Commande annuelle 2025", author="Carpe Royale")),
])

# p35 supplier reads a labelled forecast as a firm order and buys material for it (TXT mail with quote) -> RG006 RG008
case("p35", ["RG006", "RG008"], "supplier thanks for a 'firm order' of 12.000 that the quoted buyer mail labels forecast, and buys tube material for 12.000", [
    ("RE_rodtubes_2025.txt", T("""
From: Lily Zhang <lily.zhang@haiyue-tackle.cn>
To: Ingrid Solberg <ingrid.solberg@havfiskenord.no>
Date: Mon, 10 Jun 2024 09:12:00 +0800
Subject: RE: Forecast 2025 rod tubes

Dear Ingrid,

Thank you very much for your firm order of 12.000 pcs rod tubes for 2025!

We start the material purchase (aluminium tube 6063 and caps M62x2) for 12.000 pcs now, to keep this year price. The 40 sample pcs under PO 4500-3620 are in production, finish next week.

Best regards
Lily Zhang
Sales Manager, Weihai Haiyue Fishing Tackle Co., Ltd.

-----Original-----
From: Ingrid Solberg
Sent: 07.06.2024 15:40
Subject: Forecast 2025 rod tubes

> Hi Lily,
> Please find our forecast for 2025: 12.000 rod tubes 135 cm (3.000 per quarter).
> This is a forecast for your planning, not an order. Only PO 4500-3620 (40 samples) is released.
> Mvh Ingrid
""")),
])

# p36 season plan: forecast quantities to be taken as firm order (DOCX, Norwegian) -> RG008
_b = [
    ("h1", "Sesongplan 2025 - pilk og sluk / Season plan 2025"),
    ("p", "Havfiske Nord AS to Mekong Tackle Manufacturing Co., Ltd. - 12.06.2024"),
    ("p", "Hei Lan og Hoang, here is our order plan for the 2025 season. The quantities are based on our sales forecast "
          "for the coastal stores (Tromsø, Bodø, Ålesund, Bergen) and the web shop."),
    ("table", [
        ["Art.nr", "Item", "Jan", "Feb", "Mar", "Apr", "Total"],
        ["3400-028-GL", "Pilk Nordkapp 28 g glow", "1.500", "2.000", "2.500", "1.000", "7.000"],
        ["3400-300-LF", "Pilk Lofoten 300 g", "400", "600", "800", "200", "2.000"],
        ["5400-040-SL", "Sluk 40 g, 3 colours", "1 170", "1 500", "1 830", "500", "5.000"],
    ]),
    ("sp",),
    ("p", "Please take these quantities as our firm order for 2025 and plan production and material accordingly. "
          "Delivery FOB HCMC one month before each month above."),
    ("p", "Magnus Berg, Category Manager"),
]
case("p36", ["RG008"], "season plan built on the sales forecast asks the supplier to take the quantities as firm order", [
    ("Sesongplan_2025.docx", docx_bytes(_b, author="Magnus Berg")),
])

# p37 supplier portal lists a customer forecast as a confirmed order (HTML) -> RG008
case("p37", ["RG008"], "supplier order management lists the customer's Q3 forecast as a CONFIRMED ORDER of 60,000 with production scheduled", [
    ("daesung_confirmed_orders.html", html_page("Daesung Soft Bait - Confirmed Orders", T("""
<h1>Daesung Soft Bait Co., Ltd. &mdash; Order Management</h1>
<h2>Confirmed orders &mdash; Q3 2024</h2>
<table>
<tr><th>Customer</th><th>Document</th><th>Item</th><th>Qty</th><th>Status</th><th>Production</th></tr>
<tr><td>Kisaragi Tackle</td><td>FC-2024-Q3 (customer forecast)</td><td>Kibi Shad 4&quot; #217 / #305</td><td>60,000</td><td><b>CONFIRMED ORDER</b></td><td>scheduled Jul&ndash;Sep, line 2</td></tr>
<tr><td>Havfiske Nord</td><td>PO 4500-3412</td><td>7&quot; shad Saithe glow</td><td>3,000</td><td>confirmed (PO)</td><td>in production</td></tr>
<tr><td>Northwoods Angler</td><td>PO 24-2301</td><td>3&quot; grub NW-GR-3</td><td>100</td><td>confirmed (PO, samples)</td><td>done</td></tr>
</table>
<p class="note">Customer forecasts are entered as confirmed orders for capacity booking and compound purchase planning.</p>
<p style="color:#777">Updated 2024-06-14 by sy.lee</p>
"""))),
])

# p38 release record using "release" for sample shipment, ERP PO and production (DOCX) -> RG009
_b = [
    ("h1", "Release record RR-24-018 - order KT-24-137, spinning reel KSR-4000"),
    ("p", "Kisaragi Tackle Co., Ltd. / supplier Chenghe Precision Reel Co., Ltd."),
    ("table", [
        ["Entry", "Content", "Date"],
        ["Sample release", "20 sample reels released by Chenghe QC for shipment to Kisaragi QA", "2 May 2024"],
        ["PO release", "PO KT-24-137 released in SAP by Purchasing (commercial, 3,000 pcs)", "6 May 2024"],
        ["Production release", "1,000 pcs released by Hiroshi Endo after sample sign-off by Yuki Hattori", "20 May 2024"],
        ["Remaining 2,000 pcs", "not released; on hold until PO KT-24-137 rev 1 and a written release by Hiroshi Endo", "-"],
    ]),
    ("sp",),
    ("p", "Material authority: for the 1,000 released pcs. Recorded by Takeshi Moriyama."),
]
case("p38", ["RG009"], "'release' names a supplier sample shipment, an SAP PO status and the production release in one record", [
    ("RR-24-018.docx", docx_bytes(_b, author="Takeshi Moriyama")),
])

# p39 minutes: once samples approved, production approved too; PO approval by finance (DOCX) -> RG007 RG009
_b = [
    ("h1", "Compte rendu / Minutes - Carpe Royale / Weihai Haiyue - visio 21/05/2024"),
    ("p", "Participants: Julien Marchand (Achats), Camille Roux (R&D), Thierry Lefèvre (Directeur des opérations, release authority) - Carpe Royale; Lily Zhang, Sun Wei - Weihai Haiyue."),
    ("num", "Samples: 100 sample blanks CR-BL-13-375 in work under PO CR-24-066, ready 5 June."),
    ("num", "Once the samples are approved by Camille, the 2 000 pcs production is approved as well; Weihai can start directly."),
    ("num", "PO approval by finance done on 3 May."),
    ("num", "Packaging: blank tubes 2 pcs per tube, carton 20 tubes, label CR-LB-02."),
    ("p", "Rédaction: Julien Marchand"),
]
case("p39", ["RG007", "RG009"], "minutes let sample approval roll into approval of the 2 000 production; 'approved' also used for the finance PO step", [
    ("CR_minutes_2024-05-21.docx", docx_bytes(_b, author="Julien Marchand")),
])

# p40 one PO stating thirty (30) in the header and 36 in the line (PDF) -> RG011
_b = [
    ("h1", "PURCHASE ORDER KT-24-160"),
    ("p", "Kisaragi Tackle Co., Ltd., Osaka - to Mekong Tackle Manufacturing Co., Ltd., Binh Duong"),
    ("table", [
        ["Date", "2024/06/05", "Sample quantity", "thirty (30) pcs"],
        ["Item", "Fly box KT-FB-M, waterproof, magnetic, 180 x 120 mm", "Drawing", "KT-FB-M rev 2"],
    ]),
    ("sp",),
    ("table", [
        ["No.", "Part no.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "KT-FB-M-CL", "Fly box KT-FB-M clear lid - sample", "36", "5.20", "187.20"],
    ]),
    ("sp",),
    ("p", "Sample order only. The quoted production quantity of 2,970 pcs is a forecast and is not released. It stays on hold "
          "until the sample sign-off by Yuki Hattori (Quality) and a written release from Hiroshi Endo (GM Production Control)."),
    ("p", "Material: sample-only. Takeshi Moriyama, Purchasing."),
]
case("p40", ["RG011"], "one PO states the sample quantity as thirty (30) in the header and 36 in the order line", [
    ("PO_KT-24-160.pdf", pdf(_b, title="PO KT-24-160", author="Kisaragi Tackle")),
])

# p41 forwarding note says 48 samples, the forwarded PO (rfc822 with PDF) says 60 (EML) -> RG011
_po = pdf([
    ("h1", "PURCHASE ORDER 24-3350"),
    ("p", "Northwoods Angler Co., Brainerd, MN - to Mekong Tackle Manufacturing Co., Ltd."),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit USD", "Amount USD"],
        ["1", "TB-3700-GRN", "Tackle box 3700 size, 3 trays, green, drawing TB-3700 rev 5", "sample", "60", "14.00", "840.00"],
    ]),
    ("sp",),
    ("p", "Scope: 60 sample boxes released. Balance 4,940 not released, on hold until sample sign-off by Eric Lindgren "
          "and written release by Kristin Halvorson, VP Operations. Material: sample-only."),
    ("p", "Dana Kowalski, Senior Buyer - 05/14/2024"),
], pagesize=LETTER, title="PO 24-3350", author="Northwoods Angler")
_inner = mail(DANA, LANN, "PO 24-3350 TB-3700 samples", "Tue, 14 May 2024 09:30:00 -0500", T("""
Hi Lan,

PO 24-3350 attached - samples of the TB-3700 green. Scope is in the PO.

Thanks,
Dana
"""), attachments=[("PO_24-3350.pdf", _po, PDF_MT)])
_t = T("""
Hi Hoang,

Lan told me you take over our account from June - welcome!

Forwarding Dana's PO mail below for your records. Short version: PO 24-3350 is for forty-eight (48) sample tackle boxes TB-3700-GRN. The rest of the quote (4,952) is not released and on hold until Eric signs off the samples and Kristin Halvorson sends the written release. Material for the samples only.

Thanks,
Mike
""") + sig("Mike Brandt", "Buyer", NWA + ", Brainerd, MN", PH_NWA)
_m = mail(MIKE, HOAN, "FW: PO 24-3350 TB-3700 samples", "Mon, 03 Jun 2024 08:10:00 -0500", _t,
          attachments=[("rfc822", _inner)])
case("p41", ["RG011"], "forwarding note says 48 samples (balance 4,952); the forwarded PO it describes says 60 (balance 4,940)", [
    ("FW_PO_24-3350.eml", E(_m)),
])

# p42 WhatsApp: supplier starts production on deposit and orders material for all (TXT) -> RG006 RG012
case("p42", ["RG006", "RG012"], "supplier takes the deposit as the start signal for 2.400 pcs and orders PP and hinges for all; buyer's scope was 60 samples", [
    ("whatsapp_julien_lan.txt", T("""
WhatsApp Chat with Lan Mekong Tackle

14/05/2024, 10:05 - Julien Marchand: Hello Lan, PO CR-24-072 sent: 60 samples Bivvy Box M only. Balance 2 400 pcs NOT released, on hold until Camille signs off the samples and Thierry Lefèvre sends the written release.
14/05/2024, 10:06 - Julien Marchand: Material for the 60 only.
14/05/2024, 10:40 - Lan Mekong Tackle: Dạ ok anh Julien 👍
24/05/2024, 16:12 - Julien Marchand: Deposit 30% is paid today, EUR 5 187,60. Swift copy on mail.
24/05/2024, 16:30 - Lan Mekong Tackle: Anh Julien, deposit received, thank you so much!
24/05/2024, 16:31 - Lan Mekong Tackle: So we start production 2.400 pcs now 💪 and already order PP resin and hinges for all.
""")),
])

# p43 buyer pays a deposit on the forecast and declares it a firm order, start production (EML multipart/alt) -> RG008 RG012
_t = T("""
Dear Ms. Lee,

Thank you for your support always.

Today we paid the deposit 30% (KRW 12.150.000) for our 2025 forecast of 45,000 pcs Kibi Shad 4 inch (#217 and #305). So please take this forecast as firm order now and start the production.

Delivery schedule will follow from Mr. Endo.

Best regards,
Takeshi Moriyama
""") + sig("Takeshi Moriyama", "Purchasing Section", KIS + ", Osaka", PH_KIS)
_m = mail(TAKE, LEES, "Deposit paid - Kibi Shad 4 inch 2025", "Wed, 12 Jun 2024 14:20:00 +0900", _t, html=mail_html(_t))
case("p43", ["RG008", "RG012"], "buyer pays a deposit on the 2025 forecast of 45,000, calls it a firm order and asks to start production", [
    ("Kibi_Shad_2025.eml", E(_m)),
])

# p44 supplier acknowledgement: PO accepted, so production authorized (DOCX) -> RG012
_b = [
    ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0588"),
    ("p", "Chenghe Precision Reel Co., Ltd., Taichung - to Havfiske Nord AS, Tromsø"),
    ("table", [
        ["Your PO", "4500-3701 (sample order)"],
        ["Item", "Sea spinning reel CS-6000, gear ratio 5.2:1, drag 12 kg"],
        ["Sample delivery", "ETD 21 June 2024 by air"],
    ]),
    ("sp",),
    ("p", "Your PO 4500-3701 is accepted. As the PO is accepted, production is authorized and we schedule the mass production in week 28."),
    ("p", "Thank you for your order. Amy Huang, Project Manager - 7 June 2024"),
]
case("p44", ["RG012"], "supplier acknowledgement treats acceptance of a sample PO as authority for mass production", [
    ("OA-24-0588.docx", docx_bytes(_b, author="Amy Huang")),
])

# p45 supplier ERP status: payment RELEASED therefore production RELEASED (TXT) -> RG009 RG012
case("p45", ["RG009", "RG012"], "supplier ERP marks payment RELEASED and production RELEASED automatically after the deposit", [
    ("SO-24-0719_status.txt", T("""
HAIYUE ERP  V8.2                     SALES ORDER STATUS                  2024-05-13 08:41
==========================================================================================
SO No.        : SO-24-0719                Customer    : NORTHWOODS ANGLER CO. (C-1042)
Customer PO   : 24-2390 (sample PO)       Salesman    : LILY ZHANG
Item          : NW-BL-6ML  blank 6'6" ML 2pc, IM8 grade, drawing NW-BL-6 rev B
Production qty: 2,900 pcs                 Quote       : WH-Q-2404-09
------------------------------------------------------------------------------------------
Deposit       : USD 8,700.00 received 2024-05-10 (T/T, ref NWA240509-0027)
Payment       : RELEASED
Production    : RELEASED (auto, after deposit)      qty 2,900
Work order    : WO-24-1188   line 3   start 2024-05-13
Status        : CUTTING PREPREG
------------------------------------------------------------------------------------------
Remark: MP start by deposit as our standard term. Packing 10 pcs/tube.
==========================================================================================
""")),
])


# =================================================================== WRITE
def write_all():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    ids = [c["name"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    order = list(CASES)
    random.Random(170170).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h170_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # sanity checks on the label set
    assert len(labels) == 70, len(labels)
    assert sum(1 for v in labels.values() if not v["expect"]) == 25
    for r in range(1, 13):
        rid = f"RG{r:03d}"
        n = sum(1 for v in labels.values() if rid in v["expect"])
        assert n >= 6, (rid, n)
    return labels


if __name__ == "__main__":
    lab = write_all()
    print(f"wrote {len(lab)} cases to {OUT}")
