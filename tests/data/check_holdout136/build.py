#!/usr/bin/env python3
"""Generator for the releasegate check_holdout136 corpus (bicycle and e-bike components).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout136/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Renderer helpers copied from check_holdout3/build.py (lines 1-203 only).
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import textwrap
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
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def case(name, expect, note, files):
    for r in expect:
        assert r in RULES, (name, r)
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


def T(s):
    """dedent a triple-quoted block and drop the first newline"""
    return textwrap.dedent(s).lstrip("\n")


# ----------------------------------------------------------------- renderers
def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    flow = []
    num = [0]
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
        elif kind == "li":  # added for this corpus: bullet line
            flow.append(Paragraph("&bull; " + escape(b[1]), ss["BodyText"]))
        elif kind == "num":  # added for this corpus: numbered line
            num[0] += 1
            flow.append(Paragraph(f"{num[0]}. " + escape(b[1]), ss["BodyText"]))
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
    m["Message-ID"] = msgid or f"<h136-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h136")
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


def sig_short(name, title, company, phone, extra=""):
    """a signature without the legal disclaimer (many small companies have none)"""
    s = f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"
    return s + (extra + "\n" if extra else "")


def text_to_html(text):
    """simple HTML alternative for a plain-text mail body (paragraphs, quoted lines kept)"""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [escape(x) for x in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def quote(text):
    """prefix every line with '> ' like a mail client does"""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n")) + "\n"


# =================================================================== CASES
# Descriptive names: c.. = clean, p.. = one risk, m.. = several risks. Names never reach the
# case folders (those are h136_NN_<first-file-stem>, shuffled).

# ------------------------------------------------------------------ batch 1

# c01 - Dutch brand, Taiwanese frame maker; sample PO with a complete scope note (HTML alt).
_t = T("""
Dear Amy,

Thank you for the quick turnaround on quotation JH-Q-24-0387 and for the video call with
Vincent last Thursday. Please find our PO 4500-2611 below; the signed PDF comes out of our ERP
tonight, so you will have it in your inbox tomorrow morning Taiwan time.

PO 4500-2611 - Tessel 8 city frame, 6061-T6, drawing VB-FR-2026-08 rev C
Line 10: proto frames, sizes 50 / 54 / 58 cm, four of each = twelve (12) frames,
EUR 285.00 each, including the head tube machining fixture.

What this PO covers, so nobody on either side misreads it:
- Build now: the 12 proto frames above, nothing else. They go to EFBe Pruftechnik for the
  ISO 4210-6 fatigue tests and to our test riders for a two-week ride test around Utrecht.
- The MY2026 pre-season quantity in your quotation (1,188 frames on top of the protos) is not
  released by this PO. Please do not cut tubes, order tube sets or book paint capacity for it.
- Material: sample-only. We carry the cost of material for the 12 protos and nothing beyond.
- The pre-season frames can be released only after our engineering has signed off the test
  report, and then only by a written production release signed by Marieke Jansen, Head of
  Supply Chain. Joost or I cannot release them by mail, phone or chat.

Delivery of the protos: by air to Utrecht, latest week 24. Please confirm the scope above in
your order acknowledgement.

Met vriendelijke groet / best regards,
Sanne
""") + sig("Sanne de Vries", "Sourcing Specialist", "Veloris Bikes B.V. | Europalaan 210, 3526 KS Utrecht",
           "+31 30 555 0142")
_m = mail("Sanne de Vries <s.devries@veloris-bikes.nl>", "Amy Chen <amy.chen@jiahsin-frame.com.tw>",
          "PO 4500-2611 - proto frames Tessel 8 (MY2026) - scope", "Tue, 14 May 2024 16:42:10 +0200",
          _t, html=text_to_html(_t), cc="Joost Bakker <j.bakker@veloris-bikes.nl>")
case("c01_sample_po_full_scope_note", [], "sample PO: 12 now, 1,188 not released, test sign-off + written release by Marieke Jansen; clean",
     [("PO_4500-2611_proto_frames.eml", eml_bytes(_m))])

# c02 - supplier quote with tiers, nothing authorized.
_b = [
    ("h1", "DAH YANG FORK INDUSTRIAL CO., LTD."),
    ("p", "No. 18, Lane 266, Zhongshan Rd., Sec. 2, Hemei Township, Changhua County 508, Taiwan | "
          "Tel +886 4 755 0123 | sales@dahyang-fork.com.tw"),
    ("h", "QUOTATION DY-Q-24-0215"),
    ("table", [["Field", "Detail"],
               ["To", "Cascade Cycle Works, Portland, OR, USA - Attn. Mr. Tyler Brooks"],
               ["Date", "2024/04/08"],
               ["Item", "DY-S27 suspension fork 27.5\", 100 mm travel, 1-1/8\" straight steerer, "
                        "15x110 Boost thru-axle, post mount 160 mm, matte black"],
               ["Validity", "60 days"]]),
    ("sp",),
    ("table", [["Stage", "Qty", "Unit price USD", "Lead time"],
               ["Proto (hand-built)", "4 pcs", "180.00", "25 days"],
               ["Pilot run", "60 pcs", "96.00", "35 days"],
               ["Mass production (MOQ)", "1,200 pcs", "61.50", "60 days after your written production release"],
               ["Mass production", "3,000 pcs and up", "58.20", "60 days after your written production release"]]),
    ("sp",),
    ("p", "Tooling (lower leg casting mold, 2 cavities): USD 4,800.00, one time, amortization not included."),
    ("p", "Payment: tooling 50% with PO, 50% at T1 samples. Production lots: 30% T/T deposit, balance "
          "before shipment. Prices FOB Taichung, based on Q2/2024 aluminium price."),
    ("p", "Remarks: this is a quotation only. It is not an order confirmation and does not start any "
          "production or material purchase."),
    ("sp",),
    ("p", "Jerry Wu, Sales Manager"),
]
case("c02_supplier_quote_tiers", [], "supplier quote with proto/pilot/MP tiers; nothing authorized; clean",
     [("DY-Q-24-0215_quotation.pdf", pdf(_b, title="Quotation DY-Q-24-0215", author="Dah Yang Fork"))])

# c03 - WhatsApp: supplier asks for a go-ahead; buyer answers with the full scope.
_chat = T("""
[12.06.24, 08:02:11] Tuan VietRack: Good morning Ms Lena, 20 pilot rack sets VX-RR-26 finished powder coating today, black matte RAL 9005 👍
[12.06.24, 08:02:40] Tuan VietRack: <Media omitted>
[12.06.24, 08:02:41] Tuan VietRack: <Media omitted>
[12.06.24, 08:03:05] Tuan VietRack: Can we have the go ahead for mass production 800 sets? Our bending line is free from next week
[12.06.24, 09:47:30] Lena Fischer: Morning Tuan, they look really good, thanks to the team!
[12.06.24, 09:48:12] Lena Fischer: Short answer on the 800: not yet. The 20 pilot sets are the whole job for now.
[12.06.24, 09:49:01] Lena Fischer: The other 780 sets stay on hold - please don't start them and don't buy tube for them.
[12.06.24, 09:50:10] Lena Fischer: They get unlocked when two things have happened: our ISO 11243 lab report on the pilot racks is signed off by Amir, and after that I send you a written production release with PO number and quantity. Only that written release from me (Lena Fischer) counts, not a chat message like this one
[12.06.24, 09:52:44] Tuan VietRack: Understood Ms Lena, 20 sets ship Friday by DHL, 780 sets wait for your written release 🙏
[12.06.24, 09:53:02] Lena Fischer: 👍 perfect, have a good day
""")
case("c03_whatsapp_goahead_question", [], "supplier asks for go-ahead; buyer: 20 pilot only, 780 on hold, lab sign-off + written release by Lena Fischer; clean",
     [("WhatsApp Chat with Tuan VietRack.txt", _chat)])

# c04 - labelled, non-binding forecast.
_b = [
    ("h1", "Rolling forecast MY2026 - NON-BINDING"),
    ("p", "From: Stadtrad Manufaktur GmbH, Einkauf (Jonas Hartmann) | To: Jia Hsin Precision Frame Co., "
          "Ltd. (Amy Chen) | Date: 15.05.2024 | Version: FC-2026-02"),
    ("p", "Status of this document: FORECAST. This is not a purchase order and not a call-off. It "
          "authorizes no production and no material purchase. We share it so that you can plan "
          "capacity. Quantities may still move by +/-30 % until the PO. Orders follow by separate PO, "
          "and production starts only against a written production release from us."),
    ("table", [["Model", "Frame / drawing", "Q3/2025", "Q4/2025", "Q1/2026", "Total"],
               ["Leipzig Tour 28", "STM-FR-28T rev 4", "300", "450", "250", "1.000"],
               ["Leipzig Tour 28 Trapez", "STM-FR-28W rev 2", "200", "300", "150", "650"],
               ["Pleisse Kids 24", "STM-FR-24K rev 1", "120", "0", "180", "300"],
               ["Total", "", "620", "750", "580", "1.950"]]),
    ("sp",),
    ("p", "Next forecast update: 15.08.2024. Questions to Jonas Hartmann, +49 341 555 0178."),
    ("p", "Stadtrad Manufaktur GmbH | Naumburger Str. 44 | 04229 Leipzig | Amtsgericht Leipzig HRB 33 871"),
]
case("c04_labelled_forecast", [], "clearly labelled non-binding forecast, no authorization; clean",
     [("Forecast_MY2026_FC-2026-02.docx", docx_bytes(_b, author="Jonas Hartmann"))])

# c05 - B2B portal: full-quantity repeat PO that says proceed with the quantity.
_body = T("""
<div style="background:#20456b;color:#fff;padding:6px"><b>CascadeLink Supplier Portal</b> &middot; logged in as: Saigon Alloy Components JSC (vendor 200871)</div>
<h2>Purchase Order 4500-3390 &ndash; Production reorder</h2>
<table>
<tr><th>Buyer</th><td>Tyler Brooks, Sourcing Manager, Cascade Cycle Works, Portland OR</td></tr>
<tr><th>Order type</th><td>Production reorder (repeat part, PPAP file 2023-117 on record)</td></tr>
<tr><th>Issued</th><td>05/06/2024</td></tr>
<tr><th>Incoterm</th><td>FOB Ho Chi Minh City (Cat Lai)</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Rev</th><th>Qty</th><th>Unit USD</th><th>Ship date</th></tr>
<tr><td>10</td><td>CCW-HB-780</td><td>Riser bar 6061-T6, 31.8 mm clamp, 780 mm width, 20 mm rise, 9&deg; back sweep</td><td>F</td><td>600</td><td>8.40</td><td>07/29/2024</td></tr>
</table>
<p class="note">This PO is the production order for the full quantity: 600 pcs. Please proceed with production of the 600 pcs to drawing CCW-HB-780 rev F.
No samples are needed and nothing further needs to be released for this PO. Partial shipments are not accepted.</p>
<p>Please acknowledge in the portal by 05/13/2024. Packing: 20 bars per carton, carton label per CCW-LOG-004.</p>
<p style="color:#777">Questions: tbrooks@cascadecycleworks.com &middot; +1 503 555 0166</p>
""")
case("c05_portal_full_qty_reorder", [], "full-quantity production reorder (600), 'proceed with the 600 pcs'; no balance; clean",
     [("PO_4500-3390_portal.html", html_page("PO 4500-3390 - CascadeLink", _body))])

# c06 - explicit, recorded auto-conversion for a named quantity.
_t = T("""
Dear Jerry,

As agreed in our call on 11 March and signed by me on 14 March (agreement AC-24-003, attached
to this mail as an HTML export), here is the arrangement for the rigid fork SR-28-T, drawing
STM-GA-1140 rev 7, once more in plain words:

1. Build now: 8 sample forks under PO 24-0207 line 10. Nothing else is released today.

2. Recorded auto-conversion: if Dr. Petra Wolff signs the sample sign-off for the 8 forks
   without any deviation, that sign-off by itself releases batch 1 = 400 forks under
   PO 24-0207 line 20. No separate production release will be sent for these 400.
   If the sign-off is interim or carries a deviation, nothing converts.

3. The remaining 800 forks of the annual quantity of 1,200 are not released. They need a
   written production release signed by me after batch 1 has arrived in Leipzig and passed
   incoming inspection.

4. Material authority: sample-only until the sample sign-off; from the date of the sign-off you
   may buy steel tubing and dropouts for up to 400 forks at our liability.

Please countersign AC-24-003 and send it back with your order acknowledgement.

Mit freundlichen Gruessen / kind regards
""") + sig("Katrin Albers", "Leitung Supply Chain", "Stadtrad Manufaktur GmbH, Naumburger Str. 44, 04229 Leipzig",
           "+49 341 555 0101")
_ac = html_page("AC-24-003 auto-conversion agreement", T("""
<h2>Agreement AC-24-003 &ndash; recorded auto-conversion</h2>
<p>Stadtrad Manufaktur GmbH (buyer) and Dah Yang Fork Industrial Co., Ltd. (supplier) &middot; order: rigid fork SR-28-T, drawing STM-GA-1140 rev 7, PO 24-0207</p>
<table>
<tr><th>Term</th><th>Agreed</th></tr>
<tr><td>Quantity authorized now</td><td>8 sample forks (PO 24-0207 line 10)</td></tr>
<tr><td>Condition</td><td>sample sign-off of the 8 forks signed by Dr. Petra Wolff, without deviation (interim or deviated sign-off: no conversion)</td></tr>
<tr><td>Quantity released by that sign-off</td><td>400 forks = batch 1 (PO 24-0207 line 20)</td></tr>
<tr><td>Not released</td><td>remaining 800 forks of the annual 1,200; written production release by Katrin Albers after incoming inspection of batch 1</td></tr>
<tr><td>Material authority</td><td>sample-only; from the sign-off date staged up to 400 forks</td></tr>
</table>
<p>Signed for the buyer: Katrin Albers, Leitung Supply Chain, 14.03.2024 &middot; Countersignature supplier: pending</p>
"""))
_m = mail("Katrin Albers <k.albers@stadtrad-manufaktur.de>", "Jerry Wu <jerry.wu@dahyang-fork.com.tw>",
          "PO 24-0207 SR-28-T forks - sample sign-off converts to batch 1 (AC-24-003)",
          "Fri, 15 Mar 2024 10:05:33 +0100", _t,
          cc="Dr. Petra Wolff <p.wolff@stadtrad-manufaktur.de>, Jonas Hartmann <j.hartmann@stadtrad-manufaktur.de>",
          attachments=[("AC-24-003_agreement.html", _ac, "text/html")])
case("c06_recorded_auto_conversion", [], "explicit recorded auto-conversion naming 400, signer and conditions; 800 held for written release; clean",
     [("PO_24-0207_forks_AC-24-003.eml", eml_bytes(_m))])

# c07 - ERP call-off with explicit staged material authority above the released quantity.
_txt = T("""
NORDHJUL ApS                                            CALL-OFF / AFKALD
Industrivej 14, DK-8260 Viby J                          Side/Page 1 of 1
CVR 3871 2204
==========================================================================
Call-off no. : CO-2024-0117             Date      : 03.06.2024
Frame agr.   : FA-2023-008 (racks)      Supplier  : 70412 METALURGICA VOUGA LDA
Buyer        : MADS KJAER               Currency  : EUR
Deliver to   : Nordhjul ApS, lager 2    Incoterm  : DAP Viby J
==========================================================================
LN  ITEM            DESCRIPTION                          QTY  UOM  DELIV.
--  --------------  ------------------------------  -------  ---  -------
10  NH-RK-2400-B    REAR RACK 24 KG, BLACK, MIK HD      300  PCS  UGE 28
--------------------------------------------------------------------------
FRAME AGREEMENT QTY 2024       :   1.200 PCS
CALLED OFF BEFORE              :     300 PCS (CO-2024-0052, DELIVERED)
RELEASED FOR PRODUCTION NOW    :     300 PCS (THIS CALL-OFF)
BALANCE NOT RELEASED           :     600 PCS - DO NOT PRODUCE
NEXT RELEASE                   : BY NEXT CALL-OFF ONLY, SIGNED BY
                                 MADS KJAER (SOURCING) OR
                                 LINE SOERENSEN (COO)
MATERIAL AUTHORITY             : STAGED - TUBE 10X1 AND ROD 6MM MAY BE
                                 BOUGHT FOR UP TO 900 PCS (300 THIS
                                 CALL-OFF + 600 BALANCE) AT BUYER'S
                                 LIABILITY, PER FA-2023-008 CL. 7.2
--------------------------------------------------------------------------
UNIT PRICE EUR 14,85   LINE VALUE EUR 4.455,00   PAYMENT 30 DAYS NET
PLEASE CONFIRM WITHIN 3 WORKING DAYS TO indkob@nordhjul.dk
==========================================================================
""")
case("c07_erp_calloff_staged_material", [], "call-off releases 300, balance 600 held until next call-off by named signers; staged material authority 900 explicit; clean",
     [("CO-2024-0117.txt", _txt)])

# c08 - supplier confirms deposit, states it does not release production; quoted buyer scope.
_t = T("""
Dear Mr. Tyler,

Thank you. We received today the 30% deposit (USD 2,640.00) for the bending tooling of the
CCW-HB-760 bar. Our accounting will send the receipt separately.

For your record: the deposit is for the tooling and the 10 T1 samples only. Deposit does not
release production. We make the 10 T1 samples, ship them to Portland by FedEx in week 27, and
then we wait for your written production release for the 2,000 pcs. We do not buy 6061 tube
for the 2,000 pcs before this release.

Best regards,
Nguyen Thi Mai (Ms.)
Sales Manager - Saigon Alloy Components JSC
Lot C5, Song Than 2 IZ, Di An, Binh Duong, Vietnam | +84 274 555 0190

-----Original Message-----
From: Tyler Brooks <tbrooks@cascadecycleworks.com>
Sent: Monday, June 10, 2024 4:18 PM
To: Nguyen Thi Mai <mai.nguyen@saigonalloy.vn>
Subject: PO 7781 - CCW-HB-760 tooling + T1 samples

""") + quote(T("""
Hi Mai,

PO 7781 is out. To be clear on scope: it covers the bending tooling and ten (10) T1 samples only.
The 2,000 production bars on your quote are not released by this PO - please don't start them
and don't buy material for them.
Once our engineering has signed off the T1 samples, I (Tyler Brooks, Sourcing Manager) will send
a written production release with the quantity. Nothing else counts as a release.
We'll wire the 30% tooling deposit this week.

Thanks,
Tyler
"""))
_m = mail("Nguyen Thi Mai <mai.nguyen@saigonalloy.vn>", "Tyler Brooks <tbrooks@cascadecycleworks.com>",
          "RE: PO 7781 - CCW-HB-760 tooling + T1 samples", "Thu, 13 Jun 2024 14:20:05 +0700", _t,
          in_reply_to="<h136-7781@cascadecycleworks.com>")
case("c08_deposit_not_release", [], "supplier: deposit does not release production; quoted buyer scope complete (10 T1, 2,000 held, Tyler Brooks); clean",
     [("RE_PO_7781_tooling_T1_samples.eml", eml_bytes(_m))])

# p01 - supplier bought tube sets for the whole season beyond the proto release.
_t = T("""
Dear Tyler,

Thank you for PO 4500-3366. The 12 proto frames CCW-AL-29 are in welding now. We plan heat
treatment (T6) on 3 June and shipment by air on 10 June, so your lab slot at the end of June is
safe.

We understand the MY2026 frames are not released yet, and the line will not start them.
Only one thing to inform you: the Kaiser tube sets have 14 weeks lead time now. To protect your
MY2026 launch we already placed the order for tube sets for 1,200 frames last Friday (our
purchase order KS-24-1187). They arrive in August and we keep them in our warehouse for you.

Best regards,
Vincent Huang / Factory Manager
Jia Hsin Precision Frame Co., Ltd.
No. 55, Gongye 9th Rd., Dali Dist., Taichung City 412, Taiwan
TEL: +886-4-2491-0088

> From: Tyler Brooks
> Sent: Wednesday, May 15, 2024 9:02 AM
> Subject: PO 4500-3366 proto frames
>
> Hi Amy, hi Vincent,
> PO 4500-3366 is attached: 12 proto frames CCW-AL-29 (sizes S/M/L/XL, three each).
> The 1,188 frames for MY2026 on your quote JH-Q-24-0412 are NOT released. They can be
> released only in writing by Dana Whitfield (VP Operations), once the ISO 4210-6 lab report
> on the protos has been signed off by our engineering.
> Material authority: protos only.
> Thanks, Tyler
""")
_m = mail("Vincent Huang <vincent.huang@jiahsin-frame.com.tw>", "Tyler Brooks <tbrooks@cascadecycleworks.com>",
          "RE: PO 4500-3366 proto frames", "Mon, 27 May 2024 11:31:47 +0800", _t,
          cc="Amy Chen <amy.chen@jiahsin-frame.com.tw>")
case("p01_supplier_bought_tube_for_season", ["RG006"], "supplier ordered tube sets for 1,200 frames; release is 12 protos, material authority protos only",
     [("RE_PO_4500-3366_proto_frames.eml", eml_bytes(_m))])

# p02 - WeChat: extrusion for 2,000 housings arrived although material authority is sample-only.
_chat = T("""
—————  2024-07-08  —————
09:14 Femke Visser
Hi Lily, PO GW-2024-044 is in your mailbox. Summary so it's also here in the chat:
10 sample battery housings GW-BH-48 only. Balance 1,990 not released, please don't produce them.
Production release only in writing from me (Femke Visser) after the IP67 and drop test sign-off on the samples.
Material: sample-only.
09:20 赵丽 Lily Zhao (Hengtai)
收到 Femke, understood. samples 10pcs about 18 days
—————  2024-07-24  —————
16:02 赵丽 Lily Zhao (Hengtai)
Femke, update: 10 sample finish anodize today 😊 tomorrow laser marking
16:03 赵丽 Lily Zhao (Hengtai)
[Photo]
16:05 赵丽 Lily Zhao (Hengtai)
Also for save time: extrusion profile 6063-T5 for 2k pcs arrive our factory already. our purchase team order it last month because mill lead time very long now
16:06 赵丽 Lily Zhao (Hengtai)
no problem, we still wait your written release for production, we not cut it
16:40 Femke Visser
Thanks Lily, samples look great. Please send DHL tracking when they ship
16:41 赵丽 Lily Zhao (Hengtai)
OK 👌
""")
case("p02_wechat_extrusion_bought", ["RG006"], "supplier bought extrusion for 2,000 housings; 10 samples released, material sample-only",
     [("WeChat_Lily_Zhao_Hengtai.txt", _chat)])

# p03 - supplier weekly status report: material bought for the whole quoted quantity.
_b = [
    ("h1", "SAIGON ALLOY COMPONENTS JSC"),
    ("p", "Lot C5, Song Than 2 Industrial Zone, Di An City, Binh Duong Province, Vietnam"),
    ("h", "Weekly order status report - week 19/2024 - customer: Stadtrad Manufaktur GmbH"),
    ("p", "Prepared by: Tran Van Hung, Factory Manager | Sent to: Jonas Hartmann (Einkauf)"),
    ("table", [["PO", "Part", "Released qty", "Produced", "Shipped", "Open / status", "Material on hand"],
               ["24-0198", "STM-ST-90 stem 31.8 x 90 mm", "800 (production PO)", "520", "0",
                "280 in production, ETD wk 22", "forged blanks for 800"],
               ["24-0244", "STM-HB-640 city bar, 640 mm, 25.4 clamp", "50 pilot", "50", "0",
                "pilot waiting for your test; balance 1,450 not released", "6061-T6 tube for 1,500 bars "
                "(purchased 12 Apr, our PO SA-PUR-0412)"]]),
    ("sp",),
    ("p", "Remarks: tube for STM-HB-640 purchased in advance because of the aluminium price increase in "
          "April and to secure MY25 delivery. Pilot bars (50 pcs) packed, waiting for shipping "
          "instruction. Stem PO 24-0198 on schedule."),
    ("p", "Quality: no NCR this week. Next report: week 20."),
]
case("p03_status_report_material_ahead", ["RG006"], "supplier report: tube bought for 1,500 bars while only 50 pilot released, no material authority",
     [("Status_report_wk19_Stadtrad.pdf", pdf(_b, pagesize=A4, title="Weekly status wk19", author="Saigon Alloy"))])

# m1 - supplier portal: deposit flips order to production confirmed and triggers material buy.
_body = T("""
<h2>Mekong Cycle Assembly Co., Ltd. &ndash; Customer order tracking</h2>
<p>Phnom Penh Special Economic Zone, Lot P2-118, Kingdom of Cambodia</p>
<table>
<tr><th>Customer</th><td>Spoke &amp; Volt Inc., Austin TX</td></tr>
<tr><th>Customer PO</th><td>SV-PO-1029</td></tr>
<tr><th>Part</th><td>SV-CF-20 steel cargo frame, 20" front wheel, Hi-Ten main tube / 4130 rear triangle</td></tr>
<tr><th>Quotation</th><td>MCA-Q-2407 (proto 12 pcs / mass production 988 pcs)</td></tr>
</table>
<h3>Customer PO note (copied from PO)</h3>
<p class="note">PO SV-PO-1029 releases 12 proto frames only. The other 988 frames are not released.
They can be released only by a written production release signed by Chris Nguyen, COO, after the ride test on the protos has been signed off. Material authority: protos only.</p>
<h3>Order events</h3>
<table>
<tr><th>Date</th><th>Event</th><th>Status after event</th></tr>
<tr><td>2024-08-12</td><td>PO received, 12 proto frames scheduled</td><td>PROTO</td></tr>
<tr><td>2024-08-30</td><td>12 proto frames shipped by air (AWB 176-5521 0934)</td><td>PROTO SHIPPED</td></tr>
<tr><td>2024-09-02</td><td>Deposit 30% of MP value received (USD 9,450.00, ref. SV-WIRE-0902)</td><td><b>PRODUCTION CONFIRMED</b> &ndash; line slot wk 38</td></tr>
<tr><td>2024-09-03</td><td>Material purchase released by deposit: Hi-Ten + 4130 tube for 1,000 frames (our PO MCA-M-3381)</td><td>MATERIAL ORDERED</td></tr>
</table>
<p style="color:#666">Contact: Sokha Chea, Sales Manager &middot; sokha.chea@mekongcycle.com.kh &middot; +855 23 555 0147</p>
""")
case("m1_portal_deposit_confirms_production", ["RG006", "RG012"], "deposit flips status to production confirmed and triggers tube purchase for 1,000; only 12 protos released",
     [("SV-PO-1029_order_tracking.html", html_page("Order tracking SV-PO-1029", _body))])

# m3 - Portuguese supplier: material for 600 bought, and will go straight into production on approval.
_t = T("""
Dear Sanne,

Good afternoon. I hope you are well.

Good news: the 20 sample racks VB-RR-26 passed our internal load test (25 kg, ISO 11243) and
are ready to ship on Thursday by DPD, tracking follows.

To be ready for your spring season we already bought the tube and the 6 mm rod for 600 racks;
it is in our stock since Tuesday. Like this, when your team approves the samples we pass
directly to the production of the 580, without losing time, and the first pallet can leave
Águeda in week 8.

Com os melhores cumprimentos / Best regards,
Ana Costa
Planeamento de Produção | Production Planning
Metalúrgica Vouga, Lda. | Zona Industrial de Águeda, Lote 14 | 3750-101 Águeda | Portugal
Tel. +351 234 555 018

De: Sanne de Vries <s.devries@veloris-bikes.nl>
Enviada: 9 de janeiro de 2025 11:02
Assunto: PO 4500-2790 sample racks

""") + quote(T("""
Dear Ana, dear João,

PO 4500-2790 covers 20 sample racks VB-RR-26 only. The 580 racks of the production quantity in
your quotation VG-402/24 are not released; please do not start them. After our engineering has
signed off the samples, a written production release signed by Marieke Jansen (Head of Supply
Chain) is needed before anything else is made. Material authority: the 20 samples only.

Kind regards,
Sanne
"""))
_m = mail("Ana Costa <ana.costa@metvouga.pt>", "Sanne de Vries <s.devries@veloris-bikes.nl>",
          "RE: PO 4500-2790 sample racks", "Tue, 28 Jan 2025 15:47:12 +0000", _t,
          cc="João Ferreira <joao.ferreira@metvouga.pt>")
case("m3_material_bought_and_straight_to_run", ["RG006", "RG007"], "supplier bought material for 600 (release 20, sample-only) and will go directly to the 580 when samples are approved",
     [("RE_PO_4500-2790_sample_racks.eml", eml_bytes(_m))])

# m6 - supplier plan: customer forecast planned as a firm order and material bought for it.
_b = [
    ("h1", "Production & material plan Q4/2024 - Q2/2025"),
    ("p", "Shenzhen Powerlink Technology Co., Ltd. | Customer: Voltrix E-Mobility GmbH, Berlin | "
          "Prepared by: Zhang Wei (PMC) | 2024-11-08"),
    ("h", "1. Customer orders"),
    ("table", [["Customer PO", "Part", "Released by customer", "Status"],
               ["VX-0049", "VX-PK-36 battery enclosure, 36 V 14 Ah", "24 pilot enclosures",
                "shipped 2024-10-21; pilot test at customer"],
               ["-", "VX-PK-36 balance", "not released (2,976 - waiting for customer written release)", "-"]]),
    ("h", "2. Customer forecast 2025"),
    ("table", [["Month", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Total"],
               ["VX-PK-36", "300", "400", "500", "600", "600", "600", "3,000"]]),
    ("p", "The customer forecast 2025 (3,000 enclosures) is planned as a firm order in our MRP so that "
          "the line capacity in Jan-Jun is booked for Voltrix."),
    ("h", "3. Material"),
    ("table", [["Material", "Qty", "Ordered", "ETA"],
               ["6063-T5 extrusion VX-PK-36 profile", "for 3,000 sets", "2024-11-05", "2024-12-10"],
               ["BMS board 10S (customer design)", "3,000 pcs", "2024-11-05", "2025-01-06"],
               ["IP67 gasket kit", "3,000 sets", "2024-11-06", "2024-12-02"]]),
    ("p", "Remark: material ordered now because of Chinese New Year and long BMS lead time."),
]
case("m6_forecast_planned_firm_material_bought", ["RG006", "RG008"], "supplier plans 3,000 forecast as firm order and buys material for 3,000; only 24 pilot released",
     [("Powerlink_plan_Voltrix_Q4-2024.docx", docx_bytes(_b, author="Zhang Wei"))])

# m8 - folder: buyer PO (TXT) + supplier acknowledgement (PDF) with another pilot quantity and tube for 600.
_po = T("""
LADCYKEL NORD A/S                                 INDKOEBSORDRE / PURCHASE ORDER
Refshalevej 163, 1432 Koebenhavn K               PO no.  : LN-24-091
CVR 4102 7733                                    Date    : 19.08.2024
Supplier: JIA HSIN PRECISION FRAME CO., LTD.     Buyer   : Rasmus Holm
          Taichung, Taiwan                        Currency: EUR
---------------------------------------------------------------------------
Pos  Item            Description                            Qty  Unit   Price
  1  LN-LJ-F3-PIL    Long John frame LJ-3, 7005 alu,         50  pcs   168,00
                     pilot run, drawing LN-LJ-F3 rev E
---------------------------------------------------------------------------
SCOPE OF THIS PO
 - Authorized now: 50 pilot frames (pos. 1).
 - Balance 550 frames of quote JH-Q-24-0502 (600 total): NOT RELEASED.
 - Release of the balance: written production release signed by
   Signe Dahl, Head of Operations, after the pilot has passed the
   EN 17860 test and 200 km ride test and has been signed off.
 - Material authority: pilot only = 50 frames.
---------------------------------------------------------------------------
Delivery: FOB Taichung, ETD week 41. Payment: 30 days net.
Venlig hilsen / Kind regards, Rasmus Holm, Head of Purchasing
""")
_ack = [
    ("h1", "ORDER ACKNOWLEDGEMENT OA-JH-24-0733"),
    ("p", "Jia Hsin Precision Frame Co., Ltd. | No. 55, Gongye 9th Rd., Dali Dist., Taichung City 412, Taiwan"),
    ("table", [["Customer", "Ladcykel Nord A/S, Copenhagen"], ["Your PO", "LN-24-091 of 19.08.2024"],
               ["Date", "2024/08/22"], ["Our ref.", "Amy Chen, Sales"]]),
    ("sp",),
    ("table", [["Item", "Description", "Confirmed qty", "Unit EUR", "ETD"],
               ["LN-LJ-F3-PIL", "Long John frame LJ-3, 7005 alu, rev E - pilot run", "60 pcs", "168.00",
                "week 41"]]),
    ("p", "Pilot run quantity confirmed: 60 frames (50 for your test program + 10 extra for your "
          "exhibition bikes, as discussed with Mr. Rasmus)."),
    ("p", "Material: 7005 tube sets for 600 frames are ordered to secure the lead time for your "
          "production."),
    ("p", "We thank you for your order. Amy Chen"),
]
case("m8_folder_po_and_ack_differ", ["RG006", "RG011"], "PO: 50 pilot, material pilot-only; supplier OA confirms 60 pilot and orders tube for 600",
     [("PO_LN-24-091.txt", _po), ("OA-JH-24-0733.pdf", pdf(_ack, title="OA-JH-24-0733", author="Jia Hsin"))])

# ------------------------------------------------------------------ batch 2

# c09 - Danish dealer: full-quantity PO for stock saddles (size/colour table), says proceed.
_b = [
    ("h1", "CYKELHUSET AALBORG ApS"),
    ("p", "Hobrovej 88, DK-9000 Aalborg | CVR 2988 1467 | indkob@cykelhuset-aalborg.dk | +45 98 55 01 20"),
    ("h", "PURCHASE ORDER 2024-118"),
    ("table", [["Supplier", "Selaria Ribeiro S.A., Rua da Indústria 31, 3750-302 Águeda, Portugal"],
               ["Date", "02.12.2024"], ["Our contact", "Henrik Mortensen"],
               ["Delivery", "DAP Aalborg, before 15.03.2025"], ["Payment", "30 days net after delivery"]]),
    ("sp",),
    ("table", [["Pos", "Model", "Colour", "Width", "Qty", "Unit EUR", "Total EUR"],
               ["1", "SR-Comfort 2400 gel", "black", "165 mm", "16", "21,40", "342,40"],
               ["2", "SR-Comfort 2400 gel", "brown", "165 mm", "12", "21,40", "256,80"],
               ["3", "SR-Comfort 2400 gel", "cream", "155 mm", "12", "22,10", "265,20"],
               ["", "Total", "", "", "40", "", "864,40"]]),
    ("sp",),
    ("p", "This order is for the full quantity of 40 saddles for our shop stock (repeat item from our "
          "2023 order, no samples needed). Please proceed with the 40 saddles as listed above. "
          "No further quantities are planned with this order."),
    ("p", "Please send us an order confirmation with the delivery week. Each saddle in its own "
          "polybag, EAN label on the bag (EAN list attached to our email of 28.11)."),
    ("p", "Med venlig hilsen / Kind regards, Henrik Mortensen, owner"),
]
case("c09_dealer_full_qty_po", [], "dealer PO for the full 40 saddles, 'proceed with the 40'; no balance; model number 2400 is an identifier; clean",
     [("PO_2024-118_Cykelhuset.pdf", pdf(_b, title="PO 2024-118", author="Cykelhuset Aalborg"))])

# c10 - buyer test plan with a complete scope statement and lots of non-quantity numbers.
_b = [
    ("h1", "Test plan TP-24-031 - proto frames Leipzig Tour 28"),
    ("p", "Stadtrad Manufaktur GmbH, Entwicklung / Testlabor | Author: Dr. Petra Wolff | Version 1.1, "
          "12.06.2024 | Supplier: Jia Hsin Precision Frame Co., Ltd. | Frame drawing STM-FR-28T rev 4"),
    ("h", "1. Scope and authority"),
    ("p", "This test plan does not authorize production. PO 24-118 releases the six (6) proto frames "
          "only. The pilot run of 60 frames is not released and must not be started. It can be "
          "released only after the test report to this plan has been signed off by Dr. Petra Wolff, and "
          "then only by a written production release signed by Katrin Albers (Leitung Supply Chain). "
          "Material authority: the six proto frames only."),
    ("h", "2. Tests"),
    ("table", [["Test", "Standard / clause", "Load", "Cycles", "Frames"],
               ["Pedalling forces fatigue", "ISO 4210-6:2023, 4.5", "1,100 N", "100,000", "2"],
               ["Horizontal forces fatigue", "ISO 4210-6:2023, 4.3", "+600 N / -600 N", "100,000", "2"],
               ["Vertical forces fatigue", "ISO 4210-6:2023, 4.6", "1,200 N", "50,000", "1"],
               ["Falling mass impact", "ISO 4210-6:2023, 4.2", "22.5 kg from 360 mm", "1", "1"],
               ["Total", "", "", "", "6"]]),
    ("h", "3. Acceptance"),
    ("li", "No visible cracks (dye penetrant check after each fatigue test)."),
    ("li", "Permanent deformation after falling mass <= 15 mm at the front axle."),
    ("li", "Paint adhesion cross-cut GT 0-1 per ISO 2409 on one frame."),
    ("h", "4. Schedule"),
    ("table", [["Week", "Step"], ["26", "proto frames arrive Leipzig"], ["27-29", "tests at Testlabor"],
               ["30", "test report and sign-off meeting"]]),
]
case("c10_test_plan_with_scope", [], "test plan: 6 protos only, pilot 60 held, test sign-off (Wolff) + written release by Katrin Albers; loads/cycles are not quantities; clean",
     [("TP-24-031_test_plan_Leipzig_Tour_28.docx", docx_bytes(_b, author="Petra Wolff"))])

# c11 - Portuguese supplier acknowledgement restating the hold, with the buyer PO attached back.
_po = [
    ("h1", "Grachtwerk E-Bikes B.V. - Purchase order GW-2024-031"),
    ("p", "Czaar Peterstraat 213, 1018 PL Amsterdam | KvK 8812 4490 | femke@grachtwerk.nl"),
    ("table", [["Supplier", "Metalúrgica Vouga, Lda., Águeda, Portugal"], ["Date", "02-05-2024"],
               ["Reference", "quotation VG-311/24"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
               ["1", "FC-40-S", "Front carrier FC-40 for cargo e-bike, powder black, sample", "15", "38,50",
                "577,50"]]),
    ("sp",),
    ("p", "Scope: only the 15 samples on line 1 are ordered. The production quantity (985 carriers) in "
          "quotation VG-311/24 is not released by this PO. It can be released only by a written "
          "production release signed by Femke Visser (founder, Grachtwerk) after our ride test on the "
          "samples has been signed off. Material authority: samples only."),
    ("p", "Signed: Femke Visser"),
]
_t = T("""
Dear Femke,

Good afternoon. We confirm the good reception of your PO GW-2024-031, attached back to you with
our stamp and signature.

We confirm the scope as written in the PO: 15 front carrier samples FC-40, powder black. The 985
carriers of our quotation VG-311/24 are not released, and we will not purchase tube or start
cutting for them. After your ride test we wait for the written production release from you,
Ms. Femke Visser, before any production.

The samples will be ready for shipment in week 22 by DPD to Amsterdam.

Com os melhores cumprimentos,
João Ferreira
Departamento Comercial | Metalúrgica Vouga, Lda.
Zona Industrial de Águeda, Lote 14 | 3750-101 Águeda | Portugal | Tel. +351 234 555 017
""")
_m = mail("João Ferreira <joao.ferreira@metvouga.pt>", "Femke Visser <femke@grachtwerk.nl>",
          "Confirmação de encomenda / Order acknowledgement - PO GW-2024-031", "Mon, 06 May 2024 14:12:40 +0100",
          _t, attachments=[("GW-2024-031_signed.pdf", pdf(_po, title="PO GW-2024-031", author="Grachtwerk"), PDF_MT)])
case("c11_supplier_ack_restates_hold", [], "supplier acknowledgement restates 15 samples / 985 not released; attached PO complete (Femke Visser, ride test); clean",
     [("Order_acknowledgement_GW-2024-031.eml", eml_bytes(_m))])

# c12 - LINE: scoped sample OK for fit & comfort only, production waits for a revised PO.
_chat = T("""
[LINE] Chat history with Grace Lai 賴 (Tainan Comfort)
Saved on: 2024/07/03 18:22

2024/07/02(Tue)
10:05	Grace Lai 賴	Kevin good morning, 30 sample saddle TC-588 arrive your office yesterday right?
10:06	Grace Lai 賴	how is comfort test? riders like the new foam?
11:40	Kevin Lin	Yes received 30 pcs, thanks Grace
11:43	Kevin Lin	Fit and comfort test is done, testers like the foam. So the samples are OK for fit & comfort only, this is not a production go.
11:44	Kevin Lin	Nothing more to make for now. The 30 samples are the only quantity authorized.
11:46	Kevin Lin	Production 1,200 pcs stays on hold. We still need the ISO 4210-9 saddle test report (clamp + fatigue). After I sign that report, I send you a revised PO with the 1,200 pcs. Only that revised PO from me is the release
11:50	Grace Lai 賴	OK understand 👌 we keep the 1,200 on hold and wait revised PO
11:51	Grace Lai 賴	I send the rail test data tomorrow
2024/07/03(Wed)
09:12	Grace Lai 賴	[File] TC-588_rail_7x9_test.pdf
09:30	Kevin Lin	thanks 🙏
""")
case("c12_line_scoped_sample_ok", [], "LINE: samples OK for fit & comfort only, 30 only, 1,200 held until revised PO from Kevin Lin after ISO 4210-9 report; clean",
     [("[LINE] Chat with Grace Lai.txt", _chat)])

# c13 - buyer supplier-portal page with every scope field filled.
_body = T("""
<div style="background:#111;color:#7CFC00;padding:6px"><b>Voltrix Supplier Hub</b> &middot; Supplier: Kunshan Hengtai Battery Enclosure Co., Ltd.</div>
<h2>Order VX-ORD-0133 &middot; battery housing VX-BH-36-720 rev D</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>PO</td><td>VX-0058 (issued 2024-04-22)</td></tr>
<tr><td>Authorized now</td><td><b>25 pcs</b> pilot housings for EN 15194 / IP67 test</td></tr>
<tr><td>Balance on hold</td><td>975 pcs &ndash; not released, do not produce</td></tr>
<tr><td>Unlock event</td><td>sample sign-off (IP67 + 1.2 m drop test report) by Voltrix engineering, then a written production release</td></tr>
<tr><td>Release authority</td><td>Amir Haddad, Head of Hardware</td></tr>
<tr><td>Material authority</td><td>sample-only (25 pcs)</td></tr>
<tr><td>Quoted production quantity basis</td><td>forecast (1,000 pcs incl. pilot), not an order</td></tr>
</table>
<h3>History</h3>
<table>
<tr><th>Date</th><th>Event</th><th>By</th></tr>
<tr><td>2024-04-22</td><td>PO VX-0058 issued, 25 pilot housings</td><td>Amir Haddad</td></tr>
<tr><td>2024-04-24</td><td>Acknowledged: 25 pcs, balance on hold</td><td>Lily Zhao (Hengtai)</td></tr>
<tr><td>2024-05-20</td><td>25 pilot housings shipped, DHL 44 9120 5531</td><td>Lily Zhao (Hengtai)</td></tr>
</table>
""")
case("c13_portal_scope_fields_complete", [], "portal: 25 authorized, 975 on hold, sign-off + written release by Amir Haddad, forecast labelled; clean",
     [("VX-ORD-0133_supplier_hub.html", html_page("Voltrix Supplier Hub - VX-ORD-0133", _body))])

# c14 - interim disposition with quantity and date limit.
_b = [
    ("h1", "Sample disposition - INTERIM"),
    ("p", "Cascade Cycle Works, Quality & Operations | 2150 NW Front Ave, Portland, OR 97209 | Doc. SD-2024-019"),
    ("table", [["Supplier", "Dah Yang Fork Industrial Co., Ltd., Changhua, Taiwan"],
               ["Part", "DY-S27 suspension fork 27.5\", 100 mm"],
               ["Purchase order", "PO 4500-3121, commercial cover 1,200 forks"],
               ["Samples reviewed", "5 pcs, received 04/29/2024"],
               ["Date", "05/10/2024"]]),
    ("sp",),
    ("p", "Disposition: INTERIM. Deviation D-0415: paint film thickness measured 60-80 um against "
          "80-100 um on drawing DY-S27-A rev 3. Function, dimensions and the ISO 4210-4 fork fatigue "
          "test are within specification."),
    ("p", "Released under this interim disposition: 150 forks, to be produced by June 30, 2024. Forks built "
          "under D-0415 carry a yellow dot on the steerer label."),
    ("p", "Not released: the balance of 1,050 forks. Do not start them."),
    ("p", "Unlock of the balance: 5 re-submitted samples with corrected paint (80-100 um), signed off by "
          "Cascade engineering, followed by a written production release from Dana Whitfield, VP Operations."),
    ("p", "Material authority: staged up to 150 forks under this disposition."),
    ("table", [["Role", "Name", "Signature / date"],
               ["VP Operations (release authority)", "Dana Whitfield", "signed 05/10/2024"],
               ["Quality Engineer", "Priya Raman", "signed 05/10/2024"]]),
]
case("c14_interim_disposition_limits", [], "interim disposition: 150 until 30 June under deviation; 1,050 held until re-submitted samples + written release by Dana Whitfield; clean",
     [("SD-2024-019_interim_disposition.pdf", pdf(_b, pagesize=LETTER, title="SD-2024-019", author="Cascade Cycle Works"))])

# c15 - supplier asks to buy material for the full quantity; buyer declines with full scope (quoted thread).
_t = T("""
Hi Tuan,

No, please don't. The material authority on PO LN-24-077 is sample-only: 20 box frame sets.
The other 2,980 sets in your quote are not released, and we will not carry aluminium that is
bought for them, whatever the LME does.

If the EN 17860 cargo-bike test goes well, I will send a revised PO with the production
quantity, signed by me (Rasmus Holm, Head of Purchasing). Until then the 20 sets are all you
build.

Venlig hilsen / Kind regards
Rasmus
""") + sig("Rasmus Holm", "Head of Purchasing", "Ladcykel Nord A/S, Refshalevej 163, 1432 København K",
           "+45 33 55 01 77") + "\n" + quote(T("""
On 4 Jun 2024, at 10:12, Pham Minh Tuan <tuan.pham@vietrack.vn> wrote:

Dear Mr Rasmus,

Good morning from Hai Phong. The 20 sample box frame sets LN-BX-7 are in welding, finish on
schedule (week 25).
The aluminium price on LME go up 8% this month. Can we start to buy the 6061 profile for the
full 3,000 sets now to secure the price? Please advise.

Best regards
Pham Minh Tuan
Sales & Project Engineer, VietRack Co., Ltd.
Lot B2, Trang Due IZ, An Duong, Hai Phong, Vietnam
"""))
_m = mail("Rasmus Holm <rh@ladcykelnord.dk>", "Pham Minh Tuan <tuan.pham@vietrack.vn>",
          "Re: LN-BX-7 samples / aluminium price", "Tue, 04 Jun 2024 13:55:21 +0200", _t,
          in_reply_to="<h136-lnbx7-0604@vietrack.vn>")
case("c15_material_question_declined", [], "supplier asks to buy material for 3,000; buyer: sample-only 20, 2,980 not released, revised PO by Rasmus Holm after EN 17860; clean",
     [("Re_LN-BX-7_samples_aluminium_price.eml", eml_bytes(_m))])

# c16 - ERP printout, full-quantity repeat order with a delivery schedule of the same quantity.
_txt = T("""
STADTRAD MANUFAKTUR GMBH                        BESTELLUNG / PURCHASE ORDER
Naumburger Str. 44, 04229 Leipzig               Nr.   4500017723
USt-IdNr. DE 287 114 903                        Datum 14.11.2024   Seite 1/1

Lieferant / Supplier: 300514  MEKONG CYCLE ASSEMBLY CO., LTD.
                              PPSEZ LOT P2-118, PHNOM PENH, CAMBODIA
Einkaeufer / Buyer  : J. HARTMANN  Tel. +49 341 555 0178
Lieferbed. / Inco   : FOB SIHANOUKVILLE
Zahlung / Payment   : 60 TAGE NETTO / 60 DAYS NET

Pos Material         Bezeichnung / Description            Menge  ME     Preis EUR      Wert EUR
--- ---------------- ------------------------------- --------- --- ------------- -------------
010 SM-FR-20K-2400   KINDERRAHMEN 20" STAHL REV. 12      2.400  ST         48,90    117.360,00
                     KIDS FRAME 20" HI-TEN, RAL 5015
    Lieferplan / delivery schedule (same 2.400, not additional):
       KW 06/2025      800 ST
       KW 10/2025      800 ST
       KW 14/2025      800 ST
------------------------------------------------------------------------------------------------
Gesamtwert netto / total net                                                    EUR 117.360,00

Hinweis / Note:
Repeat part, first-article report FAR-2023-044 on file. This PO is the production order for
the full quantity of 2.400 frames; production of all 2.400 frames is authorized by this PO.
The three dates above are a delivery schedule for this quantity, not separate orders.
Bitte Auftragsbestaetigung innerhalb 5 Tagen / please confirm within 5 days.
""")
case("c16_erp_full_qty_delivery_split", [], "full-quantity repeat PO 2.400 with 3x800 delivery schedule of the same quantity; part number contains 2400; clean",
     [("Bestellung_4500017723.txt", _txt)])

# p08 - Taiwanese supplier will continue straight into production once the proto passes (HTML alt).
_t = T("""
Dear Mads,

Good day! The 6 proto frames NH-CT-28 already finish painting today, will ship tomorrow by FedEx
IP, AWB number I send you later.

For the schedule: after you confirm the proto frame pass the ISO 4210 test, we will directly
continue the 594 frames, so we can catch the container booking week 32 (CY cut-off 5 Aug).
We keep the line slot for you.

Thank you for your kind support!

Best regards,
Amy Chen 陳
Sales Dept. | Jia Hsin Precision Frame Co., Ltd.
No. 55, Gongye 9th Rd., Dali Dist., Taichung City 412, Taiwan | TEL: +886-4-2491-0088 ext. 215

-----Original Message-----
From: Mads Kjær <mk@nordhjul.dk>
Sent: Thursday, May 23, 2024 3:10 PM
Subject: PO NH-24-0288 proto frames

""") + quote(T("""
Hi Amy,

PO NH-24-0288 is attached. It covers 6 proto frames NH-CT-28 only. The other 594 frames of the
quotation are not released - please do not start them. They can be released only by a written
production release signed by Line Sørensen (COO), after our engineering has signed off the
ISO 4210 test report on the protos. Material authority: the 6 protos only.

Best regards
Mads
"""))
_m = mail("Amy Chen <amy.chen@jiahsin-frame.com.tw>", "Mads Kjær <mk@nordhjul.dk>",
          "RE: PO NH-24-0288 proto frames", "Mon, 24 Jun 2024 17:20:09 +0800", _t, html=text_to_html(_t))
case("p08_supplier_directly_continues", ["RG007"], "supplier will directly continue the 594 once proto passes; PO requires written release by Line Sørensen",
     [("RE_PO_NH-24-0288_proto_frames.eml", eml_bytes(_m))])

# p09 - LINE: supplier assumes sample OK = mass production start, buyer does not correct.
_chat = T("""
[LINE] Chat history with Jerry Wu 吳 (Dah Yang)
Saved on: 2024/07/12 21:05

2024/06/17(Mon)
14:20	Kevin Lin	Jerry, PO FR-24-0610 sent by mail. For clarity: 8 sample forks DY-R700 only. The 792 forks of the quotation are not released. The release is a revised PO from me (Kevin Lin), after the ISO 4210-4 fork test report is signed off.
14:26	Jerry Wu 吳	OK Kevin, 8 pcs sample, 3 weeks
2024/07/11(Thu)
10:02	Jerry Wu 吳	Kevin 哥 sample fork 8pcs ship today 🚚 by our driver to your office, arrive afternoon
10:03	Jerry Wu 吳	Sample OK = we start MP same day 😄 I already tell the line keep the jig ready 👍
10:04	Jerry Wu 吳	so after your test pass no need to wait anything, faster for your container
15:47	Kevin Lin	Thanks Jerry, received. Test lab is booked 15 July
15:48	Jerry Wu 吳	👌👌
""")
case("p09_line_sample_ok_equals_mp", ["RG007"], "supplier: sample OK = MP start same day, no need to wait; buyer's release is a revised PO from Kevin Lin and he does not correct",
     [("[LINE] Chat with Jerry Wu.txt", _chat)])

# p10 - buyer PM contradicts the written-release requirement of the PO note.
_t = T("""
Hi Rui,

Great samples, really - the riders are out with them this week and the first comments on the
new shell are very positive.

To save time for the spring season: if the ride-test feedback on Friday is positive, just
carry on with the rest of the saddles, no need to wait for the paperwork from our side. I'll
make sure Marieke's release follows afterwards.

Cheers,
Joost
""") + sig("Joost Bakker", "Product Manager Urban", "Veloris Bikes B.V. | Europalaan 210, 3526 KS Utrecht",
           "+31 30 555 0150") + "\n" + quote(T("""
From: Sanne de Vries <s.devries@veloris-bikes.nl>
Sent: 11 October 2024 10:14
To: Rui Almeida <rui.almeida@selariaribeiro.pt>
Cc: Joost Bakker
Subject: PO 4500-2702 sample saddles

Dear Rui,

PO 4500-2702 is attached: 24 sample saddles VB-S-Urban (12 black, 12 cognac).
The 2,376 saddles of the production quantity are not released by this PO. They can only be
released by a written production release signed by Marieke Jansen, Head of Supply Chain,
after the ride test on the samples has been signed off.

Kind regards,
Sanne
"""))
_m = mail("Joost Bakker <j.bakker@veloris-bikes.nl>", "Rui Almeida <rui.almeida@selariaribeiro.pt>",
          "RE: PO 4500-2702 sample saddles", "Wed, 06 Nov 2024 09:38:55 +0100", _t,
          cc="Sanne de Vries <s.devries@veloris-bikes.nl>")
case("p10_pm_carry_on_after_ride_test", ["RG007"], "buyer PM: if ride test positive carry on with the rest, paperwork later; contradicts written release by Marieke Jansen",
     [("RE_PO_4500-2702_sample_saddles.eml", eml_bytes(_m))])

# p11 - supplier order confirmation with a unilateral 'sample approval = MP release' clause.
_b = [
    ("h1", "ORDER CONFIRMATION OC-DY-24-0391"),
    ("p", "Dah Yang Fork Industrial Co., Ltd. | No. 18, Lane 266, Zhongshan Rd., Sec. 2, Hemei, Changhua 508, Taiwan"),
    ("table", [["Customer", "Alpenwerk Bikes GmbH, Landsberger Str. 402, 81241 München"],
               ["Your PO", "24-5571 of 2024/09/02"], ["Date", "2024/09/05"], ["Contact", "Jerry Wu"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Delivery"],
               ["AW-SF-29", "Suspension fork 29\", 120 mm, tapered 1.5\", 15x110, samples", "10 pcs", "145.00",
                "2024/10/04 by air"],
               ["AW-SF-29", "Mass production quantity (quotation DY-Q-24-118)", "1,500 pcs", "74.80",
                "not released at this time"]]),
    ("sp",),
    ("h", "Terms"),
    ("num", "Prices FOB Taichung. Samples by air freight, freight collect."),
    ("num", "Payment: samples T/T before shipment; mass production 30% T/T deposit, balance against B/L copy."),
    ("num", "Warranty: 2 years on stanchion coating and seals, excluding wear parts."),
    ("num", "Customer's sample approval will be considered as the release of the mass production quantity "
            "(1,500 pcs); no further document is required. Mass production starts 7 days after sample approval."),
    ("sp",),
    ("p", "Dah Yang Fork Industrial Co., Ltd. - Jerry Wu, Sales Manager"),
]
case("p11_oc_clause_sample_approval_is_release", ["RG007"], "supplier OC clause: sample approval counts as release of the 1,500 MP, no further document; nothing agreed by buyer",
     [("OC-DY-24-0391.pdf", pdf(_b, title="OC-DY-24-0391", author="Dah Yang Fork"))])

# p12 - buyer validation plan: scope section is correct, schedule rolls the pilot into series.
_b = [
    ("h1", "Validation plan VP-07 - pilot frames VX-City"),
    ("p", "Voltrix E-Mobility GmbH | Hardware team | Owner: Amir Haddad | Supplier: Jia Hsin Precision "
          "Frame Co., Ltd. | Version 2, 2024-04-03"),
    ("h", "1. Purpose"),
    ("p", "Validate the VX-City frame (drawing VX-FR-01 rev G) with 50 pilot frames before series "
          "production: lab tests per ISO 4210 and EN 15194, ride test with 20 riders, assembly trial at "
          "our Berlin workshop."),
    ("h", "2. Scope and authority"),
    ("p", "PO VX-0061 releases 50 pilot frames. The series quantity (950 frames) is not released by "
          "this plan or by the PO. Series release: a written production release signed by Lena Fischer "
          "(CEO) after the test sign-off in week 24."),
    ("h", "3. Tests"),
    ("table", [["Test", "Reference", "Frames"],
               ["Frame fatigue (pedalling, horizontal, vertical)", "ISO 4210-6", "6"],
               ["Falling mass / falling frame", "ISO 4210-6", "4"],
               ["EPAC frame + motor mount", "EN 15194:2017", "2"],
               ["Ride test (800 km per rider)", "internal RT-03", "20"],
               ["Assembly trial", "internal AT-01", "18"],
               ["Total", "", "50"]]),
    ("h", "4. Schedule"),
    ("table", [["Week", "Step", "Owner"],
               ["20", "pilot frames arrive Berlin", "Jia Hsin / logistics"],
               ["21-23", "lab tests, ride test, assembly trial", "Voltrix hardware"],
               ["24", "test sign-off; supplier continues seamlessly into series production of the 950 "
                      "frames (no line stop)", "Amir Haddad / Jia Hsin"],
               ["30", "first series container ETD Taichung", "Jia Hsin"]]),
]
case("p12_validation_plan_seamless_series", ["RG007"], "buyer plan says series needs written release by Lena Fischer but schedule has supplier continue seamlessly into 950 at test sign-off",
     [("VP-07_validation_plan_VX-City.docx", docx_bytes(_b, author="Amir Haddad"))])

# m2 - PM forwards purchasing's PO note (message/rfc822) and adds 'roll straight into the batch'.
_inner = mail("Jess Park <jess.park@spokeandvolt.com>", "Nguyen Thi Mai <mai.nguyen@saigonalloy.vn>",
              "PO SV-PO-1044 - sample bar/stem sets", "Mon, 07 Oct 2024 10:11:00 -0500",
              T("""
              Hello Mai,

              PO SV-PO-1044 is attached in our portal: 12 sample handlebar/stem sets SV-CK-1
              (bar 680 mm, stem 60 mm / 7 deg). The balance of 1,188 sets is not released.

              Thank you,
              Jess Park
              Purchasing, Spoke & Volt Inc.
              """))
_t = T("""
Hi Mai,

Forwarding Jess's PO note below so you have it in one place.

On the samples: once they pass our ride test, just roll straight into the batch - we want
bikes on the floor by March and can't lose two weeks on paperwork.

Cheers,
Dylan
""") + sig_short("Dylan Reyes", "Product Manager", "Spoke & Volt Inc. | 1100 E 5th St, Austin, TX 78702",
                 "+1 512 555 0133")
_m = mail("Dylan Reyes <dylan@spokeandvolt.com>", "Nguyen Thi Mai <mai.nguyen@saigonalloy.vn>",
          "Fwd: PO SV-PO-1044 - sample bar/stem sets", "Tue, 08 Oct 2024 16:40:12 -0500", _t,
          attachments=[("rfc822", _inner)])
case("m2_forward_roll_straight_into_batch", ["RG005", "RG007"], "forwarded PO note: 12 samples, 1,188 not released; PM: once ride test passes roll straight into the batch; nobody named to release",
     [("Fwd_PO_SV-PO-1044_sample_sets.eml", eml_bytes(_m))])

# p15 - folder: PO PDF says 24 samples, the buyer's cover email says 12.
_po = [
    ("h1", "FORMOSA RIDE CO., LTD. - PURCHASE ORDER FR-24-0702"),
    ("p", "No. 168, Wenxin Rd. Sec. 3, Beitun Dist., Taichung 406, Taiwan | purchasing@formosaride.com.tw"),
    ("table", [["Supplier", "Saigon Alloy Components JSC, Binh Duong, Vietnam"], ["Date", "2024/07/30"],
               ["Buyer", "Kevin Lin, Product Manager"], ["Quotation", "SA-Q-24-260"]]),
    ("sp",),
    ("table", [["Item", "Description", "Scope", "Qty", "Unit USD"],
               ["FR-HB-AL", "Alloy flat bar 31.8 mm, 760/780 mm, 6061-T6, black anodized", "sample", "24",
                "14.00"]]),
    ("sp",),
    ("p", "Scope: 24 sample bars only. The 576 bars of the production quantity in quotation SA-Q-24-260 "
          "are not released by this PO. Release of production: revised PO from Kevin Lin after the "
          "ISO 4210-5 handlebar test report is signed off. Material authority: samples only."),
]
_t = T("""
Hi Ms. Mai,

Attached is PO FR-24-0702 (also in our portal). Please build the 12 sample bars on the PO, six in
760 mm and six in 780 mm, and send them by 20 August so the lab can start the ISO 4210-5 tests
in week 35.

Logo position per artwork FR-LOGO-07, laser not print.

Thanks and best regards,
Kevin Lin
Product Manager | Formosa Ride Co., Ltd. | +886 4 2241 0552
""")
_m = mail("Kevin Lin <kevin.lin@formosaride.com.tw>", "Nguyen Thi Mai <mai.nguyen@saigonalloy.vn>",
          "PO FR-24-0702 sample bars", "Tue, 30 Jul 2024 11:05:00 +0800", _t)
case("p15_folder_po_24_email_12", ["RG011"], "PO PDF authorizes 24 sample bars, buyer cover email asks for 12 sample bars on the PO",
     [("PO_FR-24-0702.pdf", pdf(_po, title="PO FR-24-0702", author="Formosa Ride")),
      ("PO_FR-24-0702_cover_mail.eml", eml_bytes(_m))])

# ------------------------------------------------------------------ batch 3

# c17 - budget sign-off, scoped go-ahead with the pilot quantity only (HTML alt).
_t = T("""
Hi Lily,

Good news from Aarhus: the budget sign-off for the pilot run of the NH-BH-48 battery housing
came through this morning.

Go ahead with the 50 pilot housings only (PO NH-24-0311, line 10). Please use the anodizing
colour "Nordic grey" as on sample #3.

Mass production of the remaining 1,950 housings is not released. Line Sørensen (COO) gives the
written production release after the pilot review meeting in week 36 - nothing before that,
and no material for the 1,950 either: material authority is for the 50 pilot housings.

Please send the pilot inspection report (CMM + IP67) together with the shipment.

Venlig hilsen / Best regards
Mads
""") + sig("Mads Kjær", "Sourcing Manager", "Nordhjul ApS | Industrivej 14 | DK-8260 Viby J", "+45 86 55 02 31")
_m = mail("Mads Kjær <mk@nordhjul.dk>", "Lily Zhao <lily.zhao@hengtai-ks.cn>",
          "NH-BH-48 pilot run - PO NH-24-0311", "Wed, 10 Jul 2024 09:17:44 +0200", _t, html=text_to_html(_t),
          cc="Line Sørensen <ls@nordhjul.dk>")
case("c17_budget_signoff_scoped_goahead", [], "budget sign-off; 'go ahead with the 50 pilot housings only'; 1,950 held until written release by Line Sørensen after pilot review; clean",
     [("NH-BH-48_pilot_run_PO_NH-24-0311.eml", eml_bytes(_m))])

# c18 - DOCX sample PO with size/colour table; series quantities marked as information only.
_b = [
    ("h1", "Purchase order 24-5520 - sample saddles"),
    ("p", "Alpenwerk Bikes GmbH | Landsberger Str. 402 | 81241 München | Einkauf: Florian Maier"),
    ("p", "Supplier: Selaria Ribeiro S.A., Rua da Indústria 31, 3750-302 Águeda, Portugal - attn. Rui Almeida"),
    ("p", "Date: 22.07.2024 | Quotation: SR-Q-24-077 | Delivery: by courier to München, week 35"),
    ("table", [["Model", "Colour", "Width", "Samples now", "Series qty (quote)", "Series status"],
               ["AW-Trail", "black", "143 mm", "4", "1,000", "information only - not released"],
               ["AW-Trail", "black", "155 mm", "4", "900", "information only - not released"],
               ["AW-Trail", "olive", "143 mm", "4", "500", "information only - not released"],
               ["Total", "", "", "12", "2,400", ""]]),
    ("sp",),
    ("p", "Authorized now: the 12 sample saddles in column 'Samples now'. The series quantities (2,400 in "
          "total) are information only and are not released by this PO; do not start them."),
    ("p", "Series production needs (1) the sign-off of the samples after our 4-week ride test and (2) a "
          "written production release signed by Florian Maier, Head of Product Sourcing."),
    ("p", "Material authority: samples only. Rail material (7 mm CrMo) for the series may not be bought at "
          "our cost before the written production release."),
    ("p", "Mit freundlichen Grüßen, Florian Maier"),
]
case("c18_docx_sample_po_table", [], "sample PO with table: 12 now, series 2,400 marked information only/not released, ride test + written release by Florian Maier; clean",
     [("PO_24-5520_sample_saddles.docx", docx_bytes(_b, author="Florian Maier"))])

# c19 - WeChat: supplier status says waiting for written release; buyer confirms scope.
_chat = T("""
———— 2024-08-19 ————
21:03 张伟 Zhang Wei (Powerlink)
Chris, 10pcs sample enclosure SV-PK-52 finish, tomorrow DHL, tracking send later
21:04 张伟 Zhang Wei (Powerlink)
we not start the mass production, wait your written release
21:05 张伟 Zhang Wei (Powerlink)
490pcs only in plan, no material buy
———— 2024-08-20 ————
08:12 Chris Nguyen
Thanks Zhang, correct. 10 samples only for now.
08:13 Chris Nguyen
The other 490 stay on hold until our UL 2849 pre-test and the drop test on the samples are signed off, and then I send you the written release (Chris Nguyen, COO). Nothing else counts.
08:15 张伟 Zhang Wei (Powerlink)
ok 收到 👍
""")
case("c19_wechat_supplier_waits_release", [], "supplier waits for written release, buyer: 10 only, 490 held until UL 2849/drop test sign-off + written release by Chris Nguyen; clean",
     [("WeChat_Zhang_Wei_Powerlink.txt", _chat)])

# c20 - folder: sample PO (PDF) + supplier quote (PDF); PO declares the quote tiers informational.
_po = [
    ("h1", "Veloris Bikes B.V. - Purchase order 4500-2688"),
    ("p", "Europalaan 210, 3526 KS Utrecht, Nederland | inkoop@veloris-bikes.nl"),
    ("table", [["Supplier", "Mekong Cycle Assembly Co., Ltd., PPSEZ, Phnom Penh, Cambodia"],
               ["Date", "18-03-2024"], ["Buyer", "Sanne de Vries"], ["Quotation", "MCA-Q-2405 (in this folder)"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD"],
               ["10", "VB-BU-ST", "Steel frame 'Buurt' 26\", Hi-Ten, proto", "8", "95.00"]]),
    ("sp",),
    ("p", "Scope: this PO orders 8 proto frames. Quotation MCA-Q-2405 also lists a pilot run of 80 and mass "
          "production of 800 frames: those quantities are for information only and are not released by "
          "this PO."),
    ("p", "Next step: sign-off of the proto frames by our engineering (ISO 4210 tests and ride test), then "
          "a written production release signed by Marieke Jansen, Head of Supply Chain. Material "
          "authority: sample-only."),
]
_q = [
    ("h1", "QUOTATION MCA-Q-2405"),
    ("p", "Mekong Cycle Assembly Co., Ltd. | Phnom Penh Special Economic Zone, Lot P2-118, Cambodia | "
          "sokha.chea@mekongcycle.com.kh"),
    ("table", [["Customer", "Veloris Bikes B.V., Utrecht"], ["Date", "2024/03/04"],
               ["Item", "Steel frame 'Buurt' 26\", Hi-Ten, drawing VB-BU-01 rev B, ED coat + powder"],
               ["Origin", "Cambodia (EBA/GSP Form A available)"]]),
    ("sp",),
    ("table", [["Stage", "Qty", "Unit USD", "Lead time"], ["Proto", "8", "95.00", "30 days"],
               ["Pilot run", "80", "58.00", "40 days"], ["Mass production", "800", "41.20", "55 days"]]),
    ("p", "Prices FOB Sihanoukville. Validity 90 days. Sokha Chea, Sales Manager"),
]
case("c20_folder_po_and_quote_informational", [], "folder: PO 8 protos declares quote pilot 80/MP 800 informational and not released; sign-off + written release by Marieke Jansen; clean",
     [("PO_4500-2688.pdf", pdf(_po, title="PO 4500-2688", author="Veloris Bikes")),
      ("MCA-Q-2405_quotation.pdf", pdf(_q, title="MCA-Q-2405", author="Mekong Cycle Assembly"))])

# c21 - stop notice (PDF attached to an email): zero further units, stop lifted by a named person.
_stop = [
    ("h1", "STOP NOTICE SN-24-004"),
    ("p", "Alpenwerk Bikes GmbH | Landsberger Str. 402 | 81241 München"),
    ("table", [["Supplier", "Saigon Alloy Components JSC, Binh Duong, Vietnam"],
               ["Order", "AW-HB-800 alloy riser bar, PO 24-5530 (production order, 400 pcs)"],
               ["Issued", "14.10.2024 by Florian Maier, Head of Product Sourcing"]]),
    ("sp",),
    ("num", "Effective immediately nothing more may be started on this order - no cutting, bending, "
            "machining or anodizing - whether it was released before or not."),
    ("num", "Authorized quantity from now on: zero (0) further bars."),
    ("num", "Already finished: 40 bars. Keep them in your warehouse; do not ship and do not rework them."),
    ("num", "The remaining 360 bars of PO 24-5530 are on hold."),
    ("num", "Material: do not buy further tube. Report the tube on hand by 18.10.2024."),
    ("num", "The stop is lifted only by a written notice from Florian Maier, after the 8D report on the "
            "crack has been closed and three re-made bars have passed the ISO 4210-5 fatigue test."),
]
_t = T("""
Dear Mr. Hung, dear Ms. Mai,

Please find attached stop notice SN-24-004 for the AW-HB-800 bars.

In the ISO 4210-5 fatigue test of bars from lot 2 our lab found a crack at the clamp area after
62,000 of the 100,000 cycles. Until we understand the cause, nothing more may be made on this
order; the details are in the notice.

Please open an 8D and send us the D3 containment by Friday. Our quality engineer Sabine Roth will
join a call on Thursday 09:00 CET / 14:00 ICT.

Best regards,
Florian Maier
Head of Product Sourcing | Alpenwerk Bikes GmbH | +49 89 555 0240
""")
_m = mail("Florian Maier <f.maier@alpenwerk-bikes.de>",
          "Tran Van Hung <hung.tran@saigonalloy.vn>, Nguyen Thi Mai <mai.nguyen@saigonalloy.vn>",
          "STOP - AW-HB-800 / PO 24-5530 - crack in fatigue test", "Mon, 14 Oct 2024 18:02:30 +0200", _t,
          cc="Sabine Roth <s.roth@alpenwerk-bikes.de>",
          attachments=[("SN-24-004_stop_notice.pdf", pdf(_stop, title="SN-24-004", author="Alpenwerk"), PDF_MT)])
case("c21_stop_notice_zero_further", [], "stop notice: zero further bars, 360 on hold, lifted only by written notice from Florian Maier after 8D + re-test; clean",
     [("STOP_AW-HB-800_PO_24-5530.eml", eml_bytes(_m))])

# c22 - supplier allocation page: capacity reservation, not an order, not a release.
_body = T("""
<h2>DY Partner Portal &ndash; Capacity allocation MY2026</h2>
<p>Dah Yang Fork Industrial Co., Ltd. &middot; Customer: <b>Cascade Cycle Works</b> (account CCW-01) &middot; prepared by Jerry Wu, 2024/09/16</p>
<table>
<tr><th>Item</th><th>Jul 2025</th><th>Aug 2025</th><th>Sep 2025</th><th>Total reserved</th></tr>
<tr><td>DY-S27 suspension fork 27.5" 100 mm</td><td>400</td><td>400</td><td>400</td><td>1,200</td></tr>
</table>
<div class="note">
<p><b>What this allocation is:</b> a reservation of line capacity in our Q3/2025 schedule for your MY2026 forks.</p>
<p><b>What it is not:</b> it is not a purchase order and not a production release. We do not start production and do not buy material
against this allocation. Production starts only after your PO and your written production release; material only with your written material authority.</p>
<p>Unused allocation is returned to the pool on 2025/05/31 unless a PO is placed.</p>
</div>
""")
case("c22_supplier_allocation_page", [], "supplier capacity allocation 1,200 declared not an order and not a release; clean",
     [("DY_allocation_MY2026_CCW.html", html_page("DY Partner Portal - allocation", _body))])

# c23 - identifiers that look like quantities; sample PO with complete scope + TXT spec attachment.
_spec = T("""
SPECIFICATION SHEET - BATTERY HOUSING BH-3600-720            Voltrix E-Mobility GmbH
==========================================================================================
Part no.           : BH-3600-720 (internal 1000-720-36)
Drawing            : DRG 1500 rev 14
System             : 36 V / 720 Wh, cell format 21700, 40 cells (10S4P)
Extrusion          : 6063-T5, wall thickness 2.5 mm, anodized black 15 um
End caps           : PA66-GF30, 4 x M5x0.8 threaded inserts per cap
Sealing            : IP67 per IEC 60529 (1 m, 30 min)
Drop test          : 1,200 mm onto concrete, 3 orientations, no leakage afterwards
Salt spray         : 500 h per ISO 9227 NSS
Fastener torque    : 4.5 Nm +/- 0.3
Standards          : EN 15194:2017, ISO 4210-2:2023 (mounting), UN 38.3 by pack supplier
==========================================================================================
""")
_t = T("""
Dear Zhang Wei,

Please find our PO VX-0057 in the Supplier Hub. Summary:

- 5 sample housings BH-3600-720, drawing DRG 1500 rev 14, spec sheet attached.
- The series quantity in your quotation PL-Q-24-088 (2,000 housings) is not released. Please
  do not produce any of it and do not buy material for it; material authority is for the
  5 samples only.
- Series release: a written production release signed by Lena Fischer (CEO) after our
  engineering has signed off the IP67 and 1.2 m drop tests on the samples.

Sample delivery please by 28 June to our Berlin workshop (Voltrix E-Mobility GmbH,
Lohmühlenstraße 65, 12435 Berlin).

Best,
Amir
""") + sig("Amir Haddad", "Head of Hardware", "Voltrix E-Mobility GmbH, Berlin", "+49 30 555 0177")
_m = mail("Amir Haddad <amir@voltrix.bike>", "Zhang Wei <zhangwei@powerlink-sz.cn>",
          "PO VX-0057 - 5 sample housings BH-3600-720 / DRG 1500 rev 14", "Thu, 30 May 2024 12:44:03 +0200",
          _t, cc="Lena Fischer <lena@voltrix.bike>",
          attachments=[("spec_BH-3600-720_rev14.txt", _spec, "text/plain")])
case("c23_identifiers_like_quantities", [], "sample PO 5 housings with complete scope; PN BH-3600-720, DRG 1500 rev 14, 1,200 mm drop etc. are not quantities; clean",
     [("PO_VX-0057_sample_housings.eml", eml_bytes(_m))])

# c25 - supplier-visit minutes that keep sign-off, PO and production release apart.
_b = [
    ("h1", "Minutes - supplier visit Metalúrgica Vouga, Águeda"),
    ("p", "Date: 18.09.2024 | Participants: Mads Kjær, Mette Lund (Nordhjul ApS); João Ferreira, Ana Costa "
          "(Metalúrgica Vouga) | Minutes: Mads Kjær"),
    ("h", "1. Sample sign-off"),
    ("p", "The 10 proto racks NH-RK-3100 passed the ISO 11243 test (25 kg class) at Vouga's lab and at "
          "Nordhjul. Sample sign-off recorded by Mette Lund (Quality) on 16.09.2024, report QR-NH-24-19."),
    ("h", "2. Purchase order"),
    ("p", "PO NH-24-0410 was issued on 02.07.2024. It covers the 10 proto racks and the bending tool, "
          "nothing more."),
    ("h", "3. Production release"),
    ("p", "Not issued. The 1,490 racks of the MY2025 quantity stay on hold; Vouga does not start them. "
          "The written production release will come from Line Sørensen (COO) after the packaging drop "
          "test of the pilot cartons in week 40."),
    ("h", "4. Material authority"),
    ("p", "Sample-only until the production release. Vouga confirmed that no tube has been bought for "
          "the 1,490 racks."),
    ("h", "Actions"),
    ("table", [["#", "Action", "Owner", "Due"],
               ["1", "Send packaging drop test cartons (3 pcs)", "Ana Costa", "27.09.2024"],
               ["2", "Packaging drop test + report", "Mette Lund", "week 40"],
               ["3", "Decide and sign the written production release", "Line Sørensen", "after action 2"],
               ["4", "Update powder-coat colour card RAL 7016 / 9005", "João Ferreira", "04.10.2024"]]),
]
case("c25_minutes_terms_kept_apart", [], "minutes keep sample sign-off, PO issued and production release apart; 1,490 held until written release by Line Sørensen after drop test; clean",
     [("Minutes_visit_Vouga_2024-09-18.docx", docx_bytes(_b, author="Mads Kjaer"))])

# p16 - PO PDF: header box says 30 pilot racks, the line table says 50.
_b = [
    ("h1", "CASCADE CYCLE WORKS - PURCHASE ORDER 4500-3471"),
    ("p", "2150 NW Front Ave, Portland, OR 97209, USA | purchasing@cascadecycleworks.com"),
    ("table", [["Supplier", "VietRack Co., Ltd., Trang Due IZ, Hai Phong, Vietnam"], ["Date", "08/19/2024"],
               ["Buyer", "Tyler Brooks"], ["Quotation", "VR-Q-0912"],
               ["AUTHORIZED NOW", "30 pilot racks CCW-RR-27"]]),
    ("sp",),
    ("table", [["Line", "Part", "Description", "Scope", "Qty", "Unit USD", "Ext. USD"],
               ["10", "CCW-RR-27", "Rear rack 27 kg, 6061, disc-brake compatible, black", "pilot", "50",
                "11.20", "560.00"]]),
    ("sp",),
    ("p", "The balance of the 1,000 racks in quotation VR-Q-0912 is not released. It can be released only "
          "by a written production release from Dana Whitfield, VP Operations, after the pilot has been "
          "signed off (ISO 11243 test + 4-week fleet test)."),
    ("p", "Material authority: pilot quantity only. Ship FOB Hai Phong, ETD 09/27/2024."),
]
case("p16_po_header_30_line_50", ["RG011"], "PO header: 30 pilot racks authorized; line table: 50 pilot racks",
     [("PO_4500-3471.pdf", pdf(_b, pagesize=LETTER, title="PO 4500-3471", author="Cascade Cycle Works"))])

# p17 - ERP printout: sample line quantity 100, note says sample quantity 10.
_txt = T("""
STADTRAD MANUFAKTUR GMBH                        BESTELLUNG / PURCHASE ORDER
Naumburger Str. 44, 04229 Leipzig               Nr.   4500017490
                                                Datum 08.04.2024   Seite 1/1
Lieferant / Supplier: 300622  KUNSHAN HENGTAI BATTERY ENCLOSURE CO., LTD.
                              KUNSHAN, JIANGSU, CHINA
Einkaeufer / Buyer  : J. HARTMANN

Pos Material         Bezeichnung / Description            Menge  ME     Preis EUR      Wert EUR
--- ---------------- ------------------------------- --------- --- ------------- -------------
010 STM-AG-36        AKKUGEHAEUSE 36V MUSTER              100  ST         24,00      2.400,00
                     BATTERY HOUSING 36V - SAMPLE
------------------------------------------------------------------------------------------------
Hinweis / Note:
SAMPLE QTY: 10 PCS (MUSTER). BALANCE OF THE 1.000 PCS SERIES NOT RELEASED.
RELEASE ONLY BY WRITTEN PRODUCTION RELEASE SIGNED BY K. ALBERS (LEITUNG SUPPLY CHAIN)
AFTER SAMPLE SIGN-OFF BY DR. P. WOLFF. MATERIAL: SAMPLES ONLY.
Bitte Auftragsbestaetigung innerhalb 5 Tagen / please confirm within 5 days.
""")
case("p17_erp_sample_line_100_note_10", ["RG011"], "ERP PO: sample line qty 100 vs note 'sample qty 10 pcs'",
     [("Bestellung_4500017490.txt", _txt)])

# p18 - email releases 300, attached release letter says 250.
_rl = [
    ("h1", "Production release RL-2024-07"),
    ("p", "Ladcykel Nord A/S | Refshalevej 163 | 1432 København K | Head of Operations: Signe Dahl"),
    ("table", [["Supplier", "Metalúrgica Vouga, Lda., Águeda"], ["PO", "LN-24-066 (1,000 units LN-BR-2 box rack)"],
               ["Date", "09.09.2024"], ["Sample sign-off", "QR-24-061 of 05.09.2024 (Kasper Friis, Quality)"]]),
    ("sp",),
    ("table", [["Field", "Value"],
               ["Quantity released for production", "250 units"],
               ["Balance not released", "750 units of PO LN-24-066"],
               ["Next release", "written production release signed by Signe Dahl after incoming inspection of the first delivery"],
               ["Material authority", "for the released quantity only"]]),
    ("sp",),
    ("p", "Signed: Signe Dahl, Head of Operations"),
]
_t = T("""
Dear João,

The sample sign-off for the LN-BR-2 box rack is done (report QR-24-061, signed by our quality
lead Kasper Friis on 5 September).

Herewith we release 300 units for production - see the attached release letter RL-2024-07.
The rest of the 1,000 units in PO LN-24-066 stays on hold until my next written release, which
follows after we have inspected the first delivery. Material: you may buy tube for the
released units only.

Please plan the first delivery for week 43 to our warehouse in Køge.

Venlig hilsen / Kind regards
Signe Dahl
Head of Operations | Ladcykel Nord A/S | +45 33 55 01 70
""")
_m = mail("Signe Dahl <sd@ladcykelnord.dk>", "João Ferreira <joao.ferreira@metvouga.pt>",
          "Production release LN-BR-2 - RL-2024-07", "Mon, 09 Sep 2024 15:30:00 +0200", _t,
          cc="Rasmus Holm <rh@ladcykelnord.dk>",
          attachments=[("RL-2024-07.docx", docx_bytes(_rl, author="Signe Dahl"), DOCX_MT)])
case("p18_email_300_letter_250", ["RG011"], "release email says 300 units, attached release letter RL-2024-07 says 250",
     [("Production_release_LN-BR-2_RL-2024-07.eml", eml_bytes(_m))])

# p22 - release letter with words and digits that disagree.
_b = [
    ("h1", "Production release PR-NH-24-03"),
    ("p", "Nordhjul ApS | Industrivej 14 | DK-8260 Viby J"),
    ("p", "To: Jia Hsin Precision Frame Co., Ltd., attn. Amy Chen | Date: 09.09.2024"),
    ("table", [["Field", "Value"],
               ["Order", "NH-TR-29 trekking frame, PO NH-24-0350"],
               ["Sample sign-off", "recorded 02.09.2024 by Mette Lund (Quality), report QR-NH-24-22"],
               ["Released quantity", "four hundred (450) frames"],
               ["Balance", "the remaining frames of PO NH-24-0350 are not released"],
               ["Next release", "written production release signed by Line Sørensen after incoming inspection of the first container"],
               ["Material authority", "for the released quantity only"]]),
    ("sp",),
    ("p", "Please confirm this release in writing and send the production schedule."),
    ("p", "Line Sørensen, COO"),
]
case("p22_release_words_vs_digits", ["RG011"], "release letter: 'four hundred (450) frames' - words and digits disagree",
     [("PR-NH-24-03_production_release.docx", docx_bytes(_b, author="Line Sorensen"))])

# m4 - cover email says 8 sample saddles, attached PO says 10; the PO is silent on everything else.
_po = [
    ("h1", "Alpenwerk Bikes GmbH - Bestellung / Purchase order 24-5601"),
    ("p", "Landsberger Str. 402 | 81241 München | einkauf@alpenwerk-bikes.de"),
    ("table", [["Supplier", "Tainan Comfort Saddle Co., Ltd., Tainan, Taiwan"], ["Date", "03.10.2024"],
               ["Buyer", "Tobias Brandl"], ["Terms", "FCA Tainan, 30 days net"]]),
    ("sp",),
    ("table", [["Pos", "Item", "Description", "Qty", "Unit USD", "Total USD"],
               ["10", "AW-G1", "Gravel saddle, CrMo rails, sample", "10", "19.50", "195.00"]]),
    ("sp",),
    ("p", "Please confirm within 5 working days."),
]
_t = T("""
Hi Grace,

Attached is our PO 24-5601 for the 8 sample saddles AW-G1 (4 black, 4 grey) for our MY2026
gravel line. Please send the order confirmation with the ship date.

Thanks and best regards
Tobias Brandl
Einkauf | Alpenwerk Bikes GmbH | +49 89 555 0244
""")
_m = mail("Tobias Brandl <t.brandl@alpenwerk-bikes.de>", "Grace Lai <grace@tncomfort.com.tw>",
          "PO 24-5601 sample saddles AW-G1", "Thu, 03 Oct 2024 10:20:00 +0200", _t,
          attachments=[("PO_24-5601.pdf", pdf(_po, title="PO 24-5601", author="Alpenwerk"), PDF_MT)])
case("m4_email_8_po_10_silent", ["RG003", "RG004", "RG005", "RG011"], "email: 8 sample saddles, PO: 10; no hold, no unlock event, no release person for the MY2026 line",
     [("PO_24-5601_sample_saddles.eml", eml_bytes(_m))])

# p23 - sample PO email with the supplier quote attached; nothing says the MP tier is not released.
_q = [
    ("h1", "QUOTATION KH-Q-2406-18"),
    ("p", "Kunshan Hengtai Battery Enclosure Co., Ltd. | No. 88 Huanqing Rd., Kunshan, Jiangsu 215300, China"),
    ("table", [["Customer", "Ladcykel Nord A/S"], ["Date", "2024-06-21"],
               ["Item", "LN-BH-500 battery housing 48 V, 6063-T5 extrusion + CNC end caps, IP67"]]),
    ("sp",),
    ("table", [["Stage", "Qty", "Unit USD", "Lead time"], ["Sample", "10 pcs", "85.00", "20 days"],
               ["Mass production", "2,000 pcs", "31.40", "35 days"]]),
    ("p", "Tooling (extrusion die + CNC fixture): USD 6,500.00. Price EXW Kunshan, validity 60 days."),
    ("p", "Lily Zhao, Sales"),
]
_t = T("""
Dear Lily,

Please find below our PO LN-24-102 for the 10 sample battery housings LN-BH-500 (48 V), as
quoted. Your quotation KH-Q-2406-18 is attached again, so that prices and specification are in
one place for your order entry.

PO LN-24-102
Pos. 1  LN-BH-500 battery housing 48 V, sample, 10 pcs, USD 85.00
Pos. 2  Tooling extrusion die + CNC fixture, 1 set, USD 6,500.00

Delivery: DHL to Ladcykel Nord A/S, Refshalevej 163, 1432 København K.
Please confirm the delivery date.

Best regards
Rasmus Holm
Head of Purchasing | Ladcykel Nord A/S | +45 33 55 01 77
""")
_m = mail("Rasmus Holm <rh@ladcykelnord.dk>", "Lily Zhao <lily.zhao@hengtai-ks.cn>",
          "PO LN-24-102 - 10 sample housings LN-BH-500", "Tue, 25 Jun 2024 08:50:14 +0200", _t,
          attachments=[("KH-Q-2406-18.pdf", pdf(_q, title="KH-Q-2406-18", author="Kunshan Hengtai"), PDF_MT)])
case("p23_sample_po_with_quote_attached", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 10 with quote showing MP 2,000 attached; no hold, event or release person",
     [("PO_LN-24-102_sample_housings.eml", eml_bytes(_m))])

# ------------------------------------------------------------------ batch 4

# p24 - supplier order acknowledgement lists the quoted production quantity beside the sample PO.
_b = [
    ("h1", "CONFIRMAÇÃO DE ENCOMENDA / ORDER ACKNOWLEDGEMENT OA-SR-24-0219"),
    ("p", "Selaria Ribeiro S.A. | Rua da Indústria 31 | 3750-302 Águeda | Portugal | NIF 503 118 902"),
    ("table", [["Cliente / Customer", "Stadtrad Manufaktur GmbH, Naumburger Str. 44, 04229 Leipzig"],
               ["Your PO", "24-0288 of 04.03.2024 - 15 sample saddles"], ["Date", "07.03.2024"],
               ["Contact", "Rui Almeida, Comercial"]]),
    ("sp",),
    ("h", "Samples"),
    ("table", [["Item", "Description", "Qty", "Unit EUR", "Delivery"],
               ["SR-City 160", "City saddle 160 mm, elastomer, black, steel rails", "15", "16,90", "week 14"]]),
    ("h", "Production (quotation Q-SR-24-031)"),
    ("table", [["Item", "Description", "Qty", "Unit EUR", "Lead time"],
               ["SR-City 160", "City saddle 160 mm, elastomer, black, steel rails", "1.500", "11,40", "8 weeks"]]),
    ("sp",),
    ("p", "Packing: samples in individual boxes; production 20 pcs per carton. Incoterm: DAP Leipzig."),
    ("p", "Obrigado pela sua encomenda / thank you for your order. Rui Almeida"),
]
case("p24_supplier_oa_lists_production", ["RG001"], "supplier OA for 15 sample saddles also lists production 1.500 without saying it is informational or not released",
     [("OA-SR-24-0219.pdf", pdf(_b, title="OA-SR-24-0219", author="Selaria Ribeiro"))])

# p25 - supplier proforma (HTML) puts the batch quantity on the pilot PO.
_body = T("""
<table style="border:none"><tr><td style="border:none"><h2>MEKONG CYCLE ASSEMBLY CO., LTD.</h2>
Phnom Penh Special Economic Zone, Lot P2-118, National Road 4, Phnom Penh, Kingdom of Cambodia<br>
VAT TIN: L001-902200417</td></tr></table>
<h3>PROFORMA INVOICE PI-MCA-24-077</h3>
<table>
<tr><th>Buyer</th><td>Cascade Cycle Works, 2150 NW Front Ave, Portland, OR 97209, USA</td></tr>
<tr><th>Customer PO</th><td>4500-3455 (pilot frames) of 07/01/2024</td></tr>
<tr><th>Date</th><td>2024/07/04</td></tr>
</table>
<br>
<table>
<tr><th>No.</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Amount USD</th></tr>
<tr><td>1</td><td>Pilot steel frame CCW-ST-26, Hi-Ten, ED + powder, drawing CCW-ST-26 rev C</td><td>24</td><td>62.00</td><td>1,488.00</td></tr>
<tr><td>2</td><td>Batch production steel frame CCW-ST-26, ETD Sept 2024</td><td>2,400</td><td>41.50</td><td>99,600.00</td></tr>
<tr><td colspan="4"><b>Total FOB Sihanoukville</b></td><td><b>101,088.00</b></td></tr>
</table>
<p>Payment: T/T 30 days after B/L date. Beneficiary bank: ACLEDA Bank Plc, SWIFT ACLBKHPP, account 0001-01-123456-1-5.</p>
<p>Country of origin: Cambodia. Form A available on request.</p>
<p>Sokha Chea, Sales Manager &middot; sokha.chea@mekongcycle.com.kh</p>
""")
case("p25_proforma_adds_batch_line", ["RG001"], "supplier proforma on a 24-frame pilot PO adds batch production 2,400 with nothing saying not released",
     [("PI-MCA-24-077_proforma.html", html_page("Proforma PI-MCA-24-077", _body))])

# p26 - ERP sample PO quoting the MP quantity in the remarks; silent on hold/event/authority.
_txt = T("""
NORDHJUL ApS                                              INDKOEBSORDRE / PURCHASE ORDER
Industrivej 14, DK-8260 Viby J                            PO no. NH-24-0377
                                                          Date   12.08.2024
SUPPLIER: 70988 SAIGON ALLOY COMPONENTS JSC               BUYER  MADS KJAER
          DI AN, BINH DUONG, VIETNAM                      CURR.  USD
------------------------------------------------------------------------------
LN  ITEM                 DESCRIPTION                          QTY  UOM    PRICE
10  NH-HB-31.8-680       SAMPLE HANDLEBAR 31.8/680 MM,         20  PCS    12,50
                         6061-T6, BLACK ANODIZED
------------------------------------------------------------------------------
REMARKS:
REF. QUOTE SA-Q-24-211: SAMPLE 20 PCS / MP 5.000 PCS, UNIT PRICE MP USD 7,85.
LASER LOGO PER ARTWORK NH-LOGO-03. SAMPLES BY AIR, DAP AARHUS.
------------------------------------------------------------------------------
PAYMENT 30 DAYS NET. PLEASE CONFIRM TO indkob@nordhjul.dk
""")
case("p26_erp_sample_po_quotes_mp_qty", ["RG001", "RG003", "RG004", "RG005"], "ERP sample PO for 20 quotes MP 5.000 in remarks; no hold, event or release person",
     [("PO_NH-24-0377.txt", _txt)])

# p58 - supplier proforma: pilot PO + MP line, MP starts upon deposit.
_b = [
    ("h1", "PROFORMA INVOICE PL-PI-2409-031"),
    ("p", "Shenzhen Powerlink Technology Co., Ltd. | Bldg 6, Zhiyuan Industrial Park, Longhua, Shenzhen 518109, China"),
    ("table", [["Buyer", "Nordhjul ApS, Industrivej 14, DK-8260 Viby J, Denmark"],
               ["Your PO", "NH-24-0402 - 30 pilot enclosures NH-PK-48"], ["Date", "2024-09-09"],
               ["Contact", "Zhang Wei"]]),
    ("sp",),
    ("table", [["No.", "Description", "Qty", "Unit USD", "Amount USD"],
               ["1", "NH-PK-48 battery enclosure 48 V, pilot", "30", "42.00", "1,260.00"],
               ["2", "NH-PK-48 battery enclosure 48 V, mass production", "1,500", "18.60", "27,900.00"],
               ["", "Total", "", "", "29,160.00"]]),
    ("sp",),
    ("p", "Payment terms: pilot T/T before shipment. Mass production: 30% deposit T/T (USD 8,370.00), "
          "balance 70% before shipment."),
    ("p", "Mass production will start upon receipt of the 30% deposit. Lead time 35 days from deposit."),
    ("p", "Bank: China Merchants Bank Shenzhen Branch, SWIFT CMBCCNBS, A/C 7559 2104 3310 801."),
]
case("p58_proforma_mp_starts_on_deposit", ["RG001", "RG012"], "proforma on a 30-pilot PO adds MP 1,500 (not marked informational) and says MP starts upon the deposit",
     [("PL-PI-2409-031.pdf", pdf(_b, title="PL-PI-2409-031", author="Shenzhen Powerlink"))])

# p28 - buyer answers sample photos with "you're good to run!" (quoted thread keeps the full scope).
_t = T("""
Hi Tuan,

Wow, these look super clean - the welds are way better than on the first round and the
powder coat on the bridge is perfect. You're good to run!

Groetjes,
Femke

--
Femke Visser | founder | Grachtwerk E-Bikes B.V.
Czaar Peterstraat 213, 1018 PL Amsterdam | +31 20 555 0119

On Mon, 9 Sep 2024 at 04:12, Pham Minh Tuan <tuan.pham@vietrack.vn> wrote:
> Dear Femke,
>
> Please find attached the photos of the dozen sample rear racks GW-RR-2, welding and powder
> coat finished. Load test 27 kg done in our lab, report also attached.
> Please check and let us know your comments.
>
> Best regards
> Pham Minh Tuan
> VietRack Co., Ltd.
>
>> On 22 Jul 2024, Femke Visser <femke@grachtwerk.nl> wrote:
>> Hi Tuan,
>> PO GW-2024-052 for 12 sample racks GW-RR-2 is attached.
>> The 1,188 racks of the production quantity are not released. They can only be released
>> in writing by me (Femke Visser), after our ride test on the samples has been signed off.
>> Material authority: the 12 samples only.
>> Femke
""")
_m = mail("Femke Visser <femke@grachtwerk.nl>", "Pham Minh Tuan <tuan.pham@vietrack.vn>",
          "Re: GW-RR-2 samples - photos and load test", "Mon, 09 Sep 2024 10:31:05 +0200", _t,
          in_reply_to="<h136-gwrr2-0909@vietrack.vn>")
case("p28_good_to_run_reply", ["RG002"], "buyer replies to sample photos 'You're good to run!' with no quantity or sample-only scope",
     [("Re_GW-RR-2_samples_photos.eml", eml_bytes(_m))])

# p29 - WhatsApp: "Green light from our side" after a geometry question.
_chat = T("""
6/3/24, 4:40 PM - Tyler Brooks: Hi João, PO 4500-3302 just went out: 8 proto frames CCW-AL-27 only. The 392 production frames on your quote are not released, nothing to start on those.
6/3/24, 4:41 PM - Tyler Brooks: They get released only by a written release from Dana Whitfield (our VP Ops), after the ISO 4210 lab report on the protos is signed off.
6/3/24, 4:55 PM - João Ferreira Vouga: Thank you Tyler, understood. Protos in 2 weeks.
6/18/24, 10:02 AM - João Ferreira Vouga: Good morning Tyler! The 8 proto frames CCW-AL-27 passed our internal weld inspection. Photos and the dimensional report are in your email.
6/18/24, 10:03 AM - João Ferreira Vouga: Is the geometry OK for you? Head angle 69.5°, BB drop 70 mm as on drawing rev D
6/18/24, 11:15 AM - Tyler Brooks: Morning João. Checked the report with our engineer. Green light from our side 👍
6/18/24, 11:16 AM - João Ferreira Vouga: Obrigado! 🙏
""")
case("p29_whatsapp_green_light", ["RG002"], "WhatsApp: 'Green light from our side' after protos, neither sample-only nor a quantity",
     [("WhatsApp Chat with João Ferreira Vouga.txt", _chat)])

# p30 - folder: complete sample PO + incoming inspection report "Approved. Proceed."
_po = [
    ("h1", "Stadtrad Manufaktur GmbH - Bestellung / Purchase order 24-0301"),
    ("p", "Naumburger Str. 44 | 04229 Leipzig | einkauf@stadtrad-manufaktur.de"),
    ("table", [["Supplier", "Tainan Comfort Saddle Co., Ltd., Tainan, Taiwan"], ["Date", "11.03.2024"],
               ["Buyer", "Jonas Hartmann"]]),
    ("sp",),
    ("table", [["Pos", "Item", "Description", "Qty", "Unit USD"],
               ["10", "TC-City-170", "City saddle 170 mm, memory foam, sample", "6", "22.00"]]),
    ("sp",),
    ("p", "Scope: 6 sample saddles only. The 1,194 series saddles are not released by this PO. They can be "
          "released only by a written production release signed by Katrin Albers (Leitung Supply Chain) "
          "after the samples have been signed off by our quality department. Material authority: samples only."),
]
_ir = [
    ("h1", "Incoming inspection report IR-24-118"),
    ("p", "Stadtrad Manufaktur GmbH - Qualitätssicherung | Inspector: Uwe Krämer | Date: 10.04.2024"),
    ("table", [["Field", "Value"], ["Supplier", "Tainan Comfort Saddle Co., Ltd."],
               ["Part", "TC-City-170 city saddle"], ["PO", "24-0301"], ["Samples received", "6"]]),
    ("sp",),
    ("table", [["Characteristic", "Spec", "Measured", "Result"],
               ["Rail diameter", "7.0 +/- 0.1 mm", "6.98 - 7.03 mm", "OK"],
               ["Width", "170 +/- 3 mm", "169 - 171 mm", "OK"],
               ["Clamp test ISO 4210-9", "no slip at 650 N", "no slip", "OK"],
               ["Cover seams", "no open seam", "1 loose thread (cosmetic)", "OK"]]),
    ("sp",),
    ("p", "Disposition: Approved. Proceed."),
    ("p", "Uwe Krämer, QS"),
]
case("p30_folder_inspection_approved_proceed", ["RG002"], "folder: complete sample PO + inspection report 'Disposition: Approved. Proceed.' without scope",
     [("PO_24-0301.pdf", pdf(_po, title="PO 24-0301", author="Stadtrad")),
      ("IR-24-118_inspection_report.docx", docx_bytes(_ir, author="Uwe Kraemer"))])

# m10 - WhatsApp: sample PO quantity stated, then an unscoped "Go ahead" and nothing on the balance.
_chat = T("""
[14/01/2025, 13:05:22] Bram Mulder: Hi Sokha, PO VD-0019 just sent by mail: 30 sample frames VD-CB-1 (cargo, 20" front), ED + powder RAL 7021
[14/01/2025, 13:20:40] Sokha Chea (Mekong): Thank you Bram, we start the samples next week 🙏
[03/02/2025, 09:10:02] Sokha Chea (Mekong): Good morning Bram, the sample frames arrived Rotterdam?
[03/02/2025, 10:22:15] Bram Mulder: Morning Sokha! Yes, all 30 in our workshop since Friday
[03/02/2025, 10:23:01] Bram Mulder: built up 3 bikes over the weekend, welds look solid and the paint is good
[03/02/2025, 10:23:30] Bram Mulder: Go ahead 👍
[03/02/2025, 10:30:48] Sokha Chea (Mekong): Thank you Bram! We inform the factory today
""")
case("m10_whatsapp_go_ahead_after_samples", ["RG002", "RG003", "RG004", "RG005"], "unscoped 'Go ahead' after 30 sample frames; nothing says the rest is not released, no event, no release person",
     [("WhatsApp Chat with Sokha Chea Mekong.txt", _chat)])

# m5 - "approved" for engineering, finance and 'everything'.
_t = T("""
Hi Jerry,

Approval news from Aarhus: our engineering approved the fork samples last week and finance
approved the PO budget yesterday, so everything is approved on our side now!

For your files, PO NH-24-0412 as it stands: 8 sample forks NH-RF-28 (delivered 14 October).
The 792 series forks are not released; they need a written production release signed by Line
Sørensen, COO.

Thanks for the quick sampling - the riders liked the lighter crown a lot.

Best regards
Mads
""") + sig("Mads Kjær", "Sourcing Manager", "Nordhjul ApS | Industrivej 14 | DK-8260 Viby J", "+45 86 55 02 31")
_m = mail("Mads Kjær <mk@nordhjul.dk>", "Jerry Wu <jerry.wu@dahyang-fork.com.tw>",
          "NH-RF-28 forks - approval news", "Thu, 31 Oct 2024 14:05:00 +0100", _t)
case("m5_everything_approved", ["RG002", "RG009"], "'approved' used for engineering sample approval and finance budget; 'everything is approved' unscoped",
     [("NH-RF-28_forks_approval_news.eml", eml_bytes(_m))])

# m13 - finance approval + deposit paid => "production is approved" (quoted PO note complete).
_t = T("""
Hi Mai,

Good news: finance approved the PO and the 30% deposit went out this morning (ING ref.
VD-2025-0211), so production is approved from our side. Let's get going!

Bram

Bram Mulder | founder | Velo Delta B.V. | Maashaven ZZ 5, 3072 AH Rotterdam | +31 10 555 0163

> From: Bram Mulder
> Sent: Tuesday, 21 January 2025 09:40
> Subject: PO VD-0024 sample bars
>
> Hi Mai,
> PO VD-0024 covers 20 sample bars VD-HB-1. The 980 bars of the production quantity are not
> released. They can only be released by a written production release from me (Bram Mulder)
> after the sample sign-off.
> Bram
""")
_m = mail("Bram Mulder <bram@velodelta.nl>", "Nguyen Thi Mai <mai.nguyen@saigonalloy.vn>",
          "RE: PO VD-0024 sample bars - deposit paid", "Tue, 11 Feb 2025 11:12:40 +0100", _t)
case("m13_deposit_paid_production_approved", ["RG002", "RG009", "RG012"], "buyer: finance approved PO, deposit paid, so production is approved - no quantity, two meanings of approved, payment as release",
     [("RE_PO_VD-0024_deposit_paid.eml", eml_bytes(_m))])

# p34 - sample PO email names the event and the release person but never puts the series on hold.
_t = T("""
Dear Ana,

PO 24-5588 is now in our supplier portal: 16 sample racks AW-RR-Trek, 8 black and 8 silver,
delivery in week 30 to our workshop in München.

Next steps on our side: the racks go into the ISO 11243 test at our lab and into a 4-week ride
test with our trekking team. When the test report is signed off, I will send you the written
production release for the series.

Please pack each rack separately with corner protection; last time two of the silver racks
arrived with scratches on the top plate.

Best regards,
Florian Maier
Head of Product Sourcing | Alpenwerk Bikes GmbH | Landsberger Str. 402, 81241 München | +49 89 555 0240
""")
_m = mail("Florian Maier <f.maier@alpenwerk-bikes.de>", "Ana Costa <ana.costa@metvouga.pt>",
          "PO 24-5588 sample racks AW-RR-Trek", "Fri, 21 Jun 2024 15:10:00 +0200", _t,
          cc="João Ferreira <joao.ferreira@metvouga.pt>")
case("p34_event_and_person_no_hold", ["RG003"], "16 sample racks, names test sign-off and Florian Maier's written release, but never says the series is not released",
     [("PO_24-5588_sample_racks.eml", eml_bytes(_m))])

# m7 - WeChat: "go ahead with the samples", no quantity, nothing about the rest.
_chat = T("""
———— 2024-05-06 ————
20:41 张伟 Zhang Wei (Powerlink)
Tobias good evening, drawing rev B of AW-BC-01 battery cover received, our engineer check OK 👌
20:42 张伟 Zhang Wei (Powerlink)
quotation send you yesterday, sample price and MP price both inside
———— 2024-05-07 ————
08:55 Tobias Brandl
Hi Zhang, thanks! Yes please go ahead with the samples, we need them for the Eurobike show bikes
08:56 Tobias Brandl
PO number for the samples is 24-5644, it's in the system
09:02 张伟 Zhang Wei (Powerlink)
ok 收到, samples ready around 20 days 🙏
""")
case("m7_wechat_samples_no_qty", ["RG003", "RG004", "RG005", "RG010"], "buyer: go ahead with the samples, no quantity anywhere, nothing on the production balance, event or release person",
     [("WeChat_Zhang_Wei_AW-BC-01.txt", _chat)])

# p36 - PO: hold 'until further notice', release person named, no unlock event.
_b = [
    ("h1", "CASCADE CYCLE WORKS - PURCHASE ORDER 4500-3517"),
    ("p", "2150 NW Front Ave, Portland, OR 97209, USA | purchasing@cascadecycleworks.com"),
    ("table", [["Supplier", "Tainan Comfort Saddle Co., Ltd., Tainan, Taiwan"], ["Date", "09/03/2024"],
               ["Buyer", "Tyler Brooks"], ["Quotation", "TC-Q-0418"]]),
    ("sp",),
    ("table", [["Line", "Part", "Description", "Qty", "Unit USD"],
               ["10", "CCW-S-TR", "Trail saddle 142 mm, CrMo rails, sample", "20", "21.00"]]),
    ("sp",),
    ("p", "Only the 20 sample saddles on line 10 are ordered. The remaining 980 saddles of quotation "
          "TC-Q-0418 are not released and stay on hold until further notice. Only Dana Whitfield, VP "
          "Operations, can release the balance."),
    ("p", "Material authority: samples only. Ship by air, FCA Tainan."),
]
case("p36_hold_until_further_notice", ["RG004"], "20 samples, 980 on hold 'until further notice', Dana Whitfield named, but no unlock event",
     [("PO_4500-3517.pdf", pdf(_b, pagesize=LETTER, title="PO 4500-3517", author="Cascade Cycle Works"))])

# p39 - buyer SRM page: release by 'internal approval in our company', no named person.
_body = T("""
<div style="background:#b22222;color:#fff;padding:6px"><b>FormosaRide SRM</b> &middot; 供應商入口 Supplier portal &middot; Jia Hsin Precision Frame Co., Ltd.</div>
<h2>PO FR-24-0588 &middot; Pilot run FR-E1 e-bike frame</h2>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit TWD</th></tr>
<tr><td>FR-E1-FRM</td><td>E-bike frame FR-E1, 6061, downtube battery integration, pilot</td><td>50</td><td>3,950</td></tr>
</table>
<h3>Scope</h3>
<table>
<tr><th>Authorized now</th><td>50 pilot frames</td></tr>
<tr><th>Balance</th><td>1,950 frames &ndash; not released, do not produce</td></tr>
<tr><th>Unlock</th><td>pilot review sign-off (EN 15194 + ISO 4210 reports), then internal approval in our company</td></tr>
<tr><th>Release authority</th><td>Sourcing department</td></tr>
<tr><th>Material authority</th><td>pilot only (50 frames)</td></tr>
</table>
<p style="color:#666">Last update 2024/06/12 by SRM system.</p>
""")
case("p39_srm_release_by_department", ["RG005"], "portal: 50 pilot, 1,950 held, pilot review + internal approval, but release authority only 'Sourcing department'",
     [("FR-24-0588_SRM.html", html_page("FormosaRide SRM - FR-24-0588", _body))])

# ------------------------------------------------------------------ batch 5

# p41 - buyer asks the supplier to treat the yearly forecast as a firm order.
_t = T("""
Hi Amy,

Thanks again for the visit last week - the team loved the tour of the hydroforming line, and
the lunch in Fengyuan was the best of the whole trip.

As promised, our plan for 2026: our forecast for the Delta Cargo frame VD-CF-2 is 3,000 frames
for calendar year 2026, roughly 250 a month with a peak from March to June. Please treat this
forecast as our firm order for 2026 and book your capacity accordingly.

We will send call-offs per quarter with the exact split by size and colour. The first call-off
follows in January; there is nothing to produce before that.

Kind regards,
Bram
""") + sig_short("Bram Mulder", "founder", "Velo Delta B.V. | Maashaven ZZ 5, 3072 AH Rotterdam", "+31 10 555 0163")
_m = mail("Bram Mulder <bram@velodelta.nl>", "Amy Chen <amy.chen@jiahsin-frame.com.tw>",
          "VD-CF-2 plan 2026", "Fri, 18 Oct 2024 17:22:31 +0200", _t)
case("p41_forecast_treated_as_firm_order", ["RG008"], "buyer: forecast 3,000 frames for 2026 - 'please treat this forecast as our firm order'",
     [("VD-CF-2_plan_2026.eml", eml_bytes(_m))])

# p42 - supplier order confirmation built on the customer's forecast.
_b = [
    ("h1", "ORDER CONFIRMATION TC-OC-24-1102"),
    ("p", "Tainan Comfort Saddle Co., Ltd. | No. 21, Gongye 2nd Rd., Annan Dist., Tainan 709, Taiwan"),
    ("table", [["Customer", "Ladcykel Nord A/S, Refshalevej 163, 1432 København K, Denmark"],
               ["Reference", "your 2025 forecast, e-mail of Mr. Rasmus Holm dated 2024/10/02"],
               ["Date", "2024/10/09"], ["Sales", "Grace Lai"]]),
    ("sp",),
    ("p", "Based on your 2025 forecast we confirm your order of 5,000 saddles TC-Cargo 180 for 2025. "
          "Production capacity is reserved for you accordingly."),
    ("table", [["Quarter", "Qty", "Unit USD", "ETD"], ["Q1/2025", "1,250", "14.20", "2025/03/15"],
               ["Q2/2025", "1,250", "14.20", "2025/06/15"], ["Q3/2025", "1,250", "14.20", "2025/09/15"],
               ["Q4/2025", "1,250", "14.20", "2025/12/15"], ["Total", "5,000", "", ""]]),
    ("sp",),
    ("p", "Terms: FOB Kaohsiung, T/T 30 days after B/L. Thank you for your continued business. Grace Lai"),
]
case("p42_oc_confirms_forecast_as_order", ["RG008"], "supplier OC: 'based on your 2025 forecast we confirm your order of 5,000 saddles'",
     [("TC-OC-24-1102_order_confirmation.pdf", pdf(_b, title="TC-OC-24-1102", author="Tainan Comfort"))])

# p45 - supplier customer-center page: forecast auto-converted to a firm order.
_body = T("""
<h2>KH Customer Center &ndash; Forecasts</h2>
<p>Kunshan Hengtai Battery Enclosure Co., Ltd. &middot; Customer: Stadtrad Manufaktur GmbH (C-0418) &middot; Part STM-AG-36 battery housing 36 V</p>
<table>
<tr><th>Forecast</th><th>Period</th><th>Qty</th><th>Received</th><th>Status</th></tr>
<tr><td>FC-STR-2025-Q1</td><td>Jan&ndash;Mar 2025</td><td>1,800</td><td>2024-09-30</td><td><b>CONVERTED TO ORDER (firm)</b></td></tr>
<tr><td>FC-STR-2025-Q2</td><td>Apr&ndash;Jun 2025</td><td>2,100</td><td>2024-09-30</td><td>forecast</td></tr>
<tr><td>FC-STR-2025-Q3</td><td>Jul&ndash;Sep 2025</td><td>1,500</td><td>2024-09-30</td><td>forecast</td></tr>
</table>
<p class="note">FC-STR-2025-Q1 was converted automatically on 2024-12-01 by the system (forecast period starts within 90 days).
Converted forecasts are scheduled in MPS as customer orders.</p>
<p style="color:#666">Customer service: Lily Zhao &middot; lily.zhao@hengtai-ks.cn</p>
""")
case("p45_portal_forecast_auto_converted", ["RG008"], "supplier portal converts the Q1 forecast (1,800) automatically into a firm order",
     [("KH_Customer_Center_forecasts.html", html_page("KH Customer Center - forecasts", _body))])

# m14 - buyer pre-season letter: forecast as firm commitment; "start the pilot lot" without a quantity.
_b = [
    ("h1", "Pre-season commitment MY2026 - handlebars"),
    ("p", "Cascade Cycle Works, Portland OR | To: Saigon Alloy Components JSC, Ms. Nguyen Thi Mai | "
          "From: Tyler Brooks, Sourcing Manager | 10/01/2024"),
    ("p", "Our MY2026 forecast of 2,400 CCW-HB-800 bars is hereby our firm pre-season commitment to "
          "Saigon Alloy. The monthly split below is the one we will hold you to."),
    ("table", [["Month", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Total"],
               ["CCW-HB-800", "300", "400", "500", "500", "400", "300", "2,400"]]),
    ("sp",),
    ("p", "Please start the pilot lot now, so that we can validate the new bead-blast anodizing before "
          "the series."),
    ("p", "The series is not released until Dana Whitfield, VP Operations, signs the written production "
          "release after the pilot has been signed off by our engineering."),
    ("p", "Tyler Brooks"),
]
case("m14_preseason_forecast_commitment", ["RG008", "RG010"], "forecast 2,400 written as firm pre-season commitment; 'start the pilot lot now' with no pilot quantity anywhere",
     [("Preseason_commitment_MY2026_CCW-HB-800.docx", docx_bytes(_b, author="Tyler Brooks"))])

# p46 - "approval" for sample, commercial and production.
_t = T("""
Dear Amy,

Here is the status of approvals for the Leipzig Tour 28 frame, so that we are aligned before
your summer holidays:

1) Sample approval: given by Dr. Wolff for the 6 proto frames on 2 July (test report TR-24-031).
2) Commercial approval: the PO for the pilot run (PO 24-131, 60 frames) was approved by our
   management on 8 July.
3) Production approval: not yet. The 60 pilot frames are not released; they need a written
   production release signed by Katrin Albers, which we expect after our pilot budget review
   on 15 July.

So the quantity to build today is zero (0); the 6 proto frames are done and delivered.

Mit freundlichen Grüßen
Jonas Hartmann
""") + sig("Jonas Hartmann", "Einkauf / Purchasing", "Stadtrad Manufaktur GmbH, Naumburger Str. 44, 04229 Leipzig",
           "+49 341 555 0178")
_m = mail("Jonas Hartmann <j.hartmann@stadtrad-manufaktur.de>", "Amy Chen <amy.chen@jiahsin-frame.com.tw>",
          "Leipzig Tour 28 - status of approvals", "Tue, 09 Jul 2024 08:45:12 +0200", _t)
case("p46_three_kinds_of_approval", ["RG009"], "'approval' used for sample approval, commercial approval of the PO and production approval",
     [("Leipzig_Tour_28_status_of_approvals.eml", eml_bytes(_m))])

# p47 - release note: "release" for a drawing, for samples and for production.
_b = [
    ("h1", "Release note RN-GW-07"),
    ("p", "Grachtwerk E-Bikes B.V. | Czaar Peterstraat 213, 1018 PL Amsterdam | to: Metalúrgica Vouga, Lda., "
          "attn. João Ferreira | 14-10-2024"),
    ("h", "1. Drawing release"),
    ("p", "Drawing GW-FC-40 rev D is released (tolerance change on the mounting tab, +/-0.2 mm)."),
    ("h", "2. Sample release"),
    ("p", "The 15 samples from PO GW-2024-031 are released by our test team after the ride test."),
    ("h", "3. Production release"),
    ("p", "200 front carriers FC-40 are released for production. The remaining 785 carriers are not "
          "released until the next written production release by Femke Visser, after the first 200 "
          "have passed our incoming inspection. Material authority: the 200 released carriers."),
    ("sp",),
    ("p", "Femke Visser, founder"),
]
case("p47_release_note_three_meanings", ["RG009"], "'release' used for drawing release, sample release and production release in one note",
     [("RN-GW-07_release_note.docx", docx_bytes(_b, author="Femke Visser"))])

# p48 - ERP printout: APPROVED for finance (PO) and for engineering (sample).
_txt = T("""
CASCADE CYCLE WORKS              PURCHASE ORDER STATUS            RUN 05/21/24 07:02
---------------------------------------------------------------------------------
PO NUMBER     : 4500-3288              VENDOR : 201144 VIETRACK CO LTD
BUYER         : T BROOKS               PART   : CCW-FR-12 FRONT RACK 12 KG
---------------------------------------------------------------------------------
LINE 10       : CCW-FR-12 SAMPLE       QTY    : 12 PCS      UNIT : USD 9.60
PO STATUS     : APPROVED  (FINANCE, J. OKAFOR, 05/02/24)
SAMPLE STATUS : APPROVED  (ENGINEERING, M. SATO, 05/20/24)
PRODUCTION    : NOT RELEASED - BAL 588 PCS ON HOLD
                RELEASE ONLY BY WRITTEN PRODUCTION RELEASE FROM
                DANA WHITFIELD (VP OPS) AFTER SAMPLE SIGN-OFF
MATERIAL AUTH : SAMPLE ONLY (12 PCS)
---------------------------------------------------------------------------------
NOTES: 12 SAMPLES RECEIVED 05/17/24, DHL 7731 2290 4415. 2 RACKS TO FLEET TEST.
""")
case("p48_erp_approved_twice", ["RG009"], "ERP status: APPROVED used for the finance PO approval and for the engineering sample approval",
     [("PO_4500-3288_status.txt", _txt)])

# p51 - "please start the pilot run" without any pilot quantity.
_t = T("""
Dear Jerry,

Thank you for the good meeting in Changhua. As discussed, please start the pilot run of the
VB-SF-50 suspension fork (drawing VB-SF-50 rev B, 50 mm travel, 28").

The mass-production quantity of your quotation remains not released. It will only be released
by a written production release signed by Marieke Jansen, Head of Supply Chain, after our
pilot review in week 38. Material authority: the pilot run only.

Please send the pilot schedule and the inspection plan by the end of next week.

Met vriendelijke groet,
Sanne
""") + sig("Sanne de Vries", "Sourcing Specialist", "Veloris Bikes B.V. | Europalaan 210, 3526 KS Utrecht",
           "+31 30 555 0142")
_m = mail("Sanne de Vries <s.devries@veloris-bikes.nl>", "Jerry Wu <jerry.wu@dahyang-fork.com.tw>",
          "VB-SF-50 pilot run", "Mon, 29 Jul 2024 10:02:47 +0200", _t)
case("p51_start_pilot_no_quantity", ["RG010"], "buyer: please start the pilot run - no pilot quantity stated; hold, event and Marieke Jansen present",
     [("VB-SF-50_pilot_run.eml", eml_bytes(_m))])

# p52 - WhatsApp: "you can make the samples now", no sample quantity.
_chat = T("""
2/4/25, 09:12 - João Ferreira Vouga: Bom dia Rasmus! Drawings rev C of the LN-BR-3 box rack are fine for us, no more questions from our engineering.
2/4/25, 09:13 - João Ferreira Vouga: Shall we make the samples now?
2/4/25, 11:40 - Rasmus Holm: Hi João, great. OK you can make the samples now 👍 but no production until my written release after the EN 17860 test - Rasmus
2/4/25, 11:41 - João Ferreira Vouga: Perfeito, understood. Samples in about 3 weeks
""")
case("p52_whatsapp_make_samples_no_qty", ["RG010"], "buyer: you can make the samples now - no sample quantity anywhere; hold, event and Rasmus present",
     [("WhatsApp Chat with João Ferreira Vouga LN-BR-3.txt", _chat)])

# p53 - PO quantity 'as per quotation', quotation not in the bundle.
_b = [
    ("h1", "Velo Delta B.V. - Purchase order VD-0040"),
    ("p", "Maashaven ZZ 5, 3072 AH Rotterdam | KvK 9120 3317 | bram@velodelta.nl"),
    ("table", [["Supplier", "Selaria Ribeiro S.A., Águeda, Portugal"], ["Date", "05-03-2025"],
               ["Buyer", "Bram Mulder"], ["Quotation", "SR-Q-25-014"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit EUR"],
               ["1", "VD-S1", "Cargo saddle VD-S1, wide nose, handle, samples", "as per quotation", "as quoted"]]),
    ("sp",),
    ("p", "Scope: samples only. The production quantity is not released by this PO; it can be released only "
          "by a written production release signed by Bram Mulder after the sample sign-off (ride test + "
          "ISO 4210-9 clamp test)."),
    ("p", "Material authority: samples only. Delivery by courier to Rotterdam."),
]
case("p53_po_qty_as_per_quotation", ["RG010"], "sample PO states quantity only 'as per quotation' (not in bundle); hold, event and Bram Mulder present",
     [("PO_VD-0040.pdf", pdf(_b, title="PO VD-0040", author="Velo Delta"))])

# p56 - supplier: deposit received, therefore mass production is arranged (quoted PO note complete).
_t = T("""
Dear Kevin,

We received your deposit USD 12,600 today, thank you very much!

Therefore we arrange the mass production of the 1,200 battery housings FR-BH-36 from next
Monday. First lot 400 pcs finish end of this month, then 400 pcs every two weeks.

Best regards,
Lily Zhao 赵丽
Sales Dept. | Kunshan Hengtai Battery Enclosure Co., Ltd.
No. 88 Huanqing Rd., Kunshan, Jiangsu 215300, China | +86 512 5555 0188

------------------ Original ------------------
From: "Kevin Lin" <kevin.lin@formosaride.com.tw>
Date: Mon, Aug 5, 2024 10:30 AM
Subject: PO FR-24-0655 sample housings

""") + quote(T("""
Hi Lily,

PO FR-24-0655 is for 10 sample housings FR-BH-36. The 1,200 production housings are not
released by this PO. Production will be released only by a revised PO from me (Kevin Lin),
after the IP67 and vibration test report on the samples is signed off.

The deposit in your quotation (tooling + 30% of the production value) will be paid this month
as agreed.

Kevin
"""))
_m = mail("Lily Zhao <lily.zhao@hengtai-ks.cn>", "Kevin Lin <kevin.lin@formosaride.com.tw>",
          "Re: PO FR-24-0655 sample housings - deposit received", "Thu, 22 Aug 2024 16:18:09 +0800", _t)
case("p56_supplier_deposit_starts_mp", ["RG012"], "supplier: deposit received, therefore mass production of 1,200 arranged; PO requires revised PO from Kevin Lin",
     [("Re_PO_FR-24-0655_deposit_received.eml", eml_bytes(_m))])

# p59 - buyer: deposit wired, so the supplier can start (quoted PO note complete).
_t = T("""
Hi Sokha,

Our finance team wired the 30 % deposit for the MP lot this morning (ref. DE-2024-0912, value
date tomorrow), so you can start production.

Can you send me the packing plan for the 40' HC container as well? We'd like to fit the frames
and the racks in one box.

Liebe Grüße / best,
Lena

> Am 12.08.2024 um 09:15 schrieb Lena Fischer <lena@voltrix.bike>:
>
> Hi Sokha,
> PO VX-0070 covers 24 pilot frames VX-CARGO-1 only. The other 976 frames are not released.
> They can be released only by a written production release from me (Lena Fischer) after the
> ride test on the pilot frames has been signed off.
> Lena
""") + sig("Lena Fischer", "CEO", "Voltrix E-Mobility GmbH, Lohmühlenstraße 65, 12435 Berlin", "+49 30 555 0170")
_m = mail("Lena Fischer <lena@voltrix.bike>", "Sokha Chea <sokha.chea@mekongcycle.com.kh>",
          "Re: VX-CARGO-1 - deposit MP lot", "Thu, 12 Sep 2024 09:48:30 +0200", _t)
case("p59_buyer_deposit_so_start", ["RG012"], "buyer: deposit for the MP lot wired, 'so you can start production'; own PO needs written release after ride test",
     [("Re_VX-CARGO-1_deposit_MP_lot.eml", eml_bytes(_m))])

# ==== END CASES ====


# =================================================================== build
def fmt_of(fn):
    ext = fn.rsplit(".", 1)[-1].lower()
    return {"eml": "EML", "pdf": "PDF", "docx": "DOCX", "html": "HTML", "htm": "HTML", "txt": "TXT"}[ext]


def build():
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(136136).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
        folder = f"h136_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  multi-rule: {multi}")
    for r in RULES:
        print(f"  {r}: {sum(1 for c in CASES if r in c['expect'])}")
    fmts = {}
    for c in CASES:
        for fn, _ in c["files"]:
            fmts[fmt_of(fn)] = fmts.get(fmt_of(fn), 0) + 1
    print("  top-level files per format:", dict(sorted(fmts.items())))
    print("  multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    build()
