#!/usr/bin/env python3
"""Generator for the releasegate check_holdout46 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout46/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps).

Domain of this corpus: bicycles and sporting goods. Brands in Germany, the Netherlands,
the US, Denmark and Sweden buy frames, wheels, components, tent poles and trekking poles
from factories in Taiwan, Vietnam, Cambodia and Portugal, partly through trading agents.
The renderer helpers below are copied from check_holdout3/build.py (lines 1-203).
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import sys
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
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def case(name, expect, note, files):
    assert all(r in RULES for r in expect), expect
    assert len(set(expect)) == len(expect), expect
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
    m["Message-ID"] = msgid or f"<h46-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h46")
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


# ----------------------------------------------------------------- small helpers of this corpus
def quote(text, level=1):
    """Prefix every line with '> ' (level times) like a mail client quoting a reply."""
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def simple_html(text):
    """Very small text->HTML for the html alternative of a mail (paragraphs, quoted lines)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [escape(ln) for ln in para.split("\n")]
        if all(ln.startswith("&gt;") for ln in lines if ln):
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">"
                       + "<br>\n".join(ln.lstrip("&gt;").lstrip() for ln in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n"


def E(filename, msg):
    return (filename, eml_bytes(msg))


# --------------------------------------------------------------------- people (for signatures)
VELO = dict(company="Veloform GmbH | Heilbronner Str. 210 | 70191 Stuttgart | Germany")
STADS = dict(company="Stadsfiets B.V. | Ceintuurbaan 88 | 8024 AA Zwolle | Nederland")
RIDGE = dict(company="Ridgeline Outdoor Inc. | 1800 38th Street | Boulder, CO 80301 | USA")
NORD = dict(company="Nordvind Cykler AB | Lindholmspiren 9 | 417 56 Göteborg | Sweden")
TRAIL = dict(company="Trailhaus Sports GmbH | Landsberger Str. 302 | 80687 München | Germany")
KVIST = dict(company="Kvist Bikes ApS | Refshalevej 147 | 1432 København K | Denmark")
CASC = dict(company="Cascade Cycle Co. | 2150 NW Front Ave | Portland, OR 97209 | USA")
FUSH = dict(company="Fu Sheng Precision Frame Co., Ltd. | No. 88, Gongye 36th Rd, Xitun Dist. | Taichung 407 | Taiwan")
JINH = dict(company="Jin Hong Wheel Industrial Co., Ltd. | No. 31, Lane 5, Zhangxi Rd | Changhua 500 | Taiwan")
VIET = dict(company="Viet Tien Bicycle Parts JSC | Lot C-12, VSIP II | Thu Dau Mot, Binh Duong | Vietnam")
ANGK = dict(company="Angkor Cycle Manufacturing Co., Ltd. | Phnom Penh SEZ, Lot P2-041 | Cambodia")
CICLO = dict(company="Ciclometal Lda | Zona Industrial de Águeda, Lote 14 | 3750-101 Águeda | Portugal")
MEKONG = dict(company="Mekong Outdoor Products Co., Ltd. | 45 Road 9, Tan Thuan EPZ, District 7 | Ho Chi Minh City | Vietnam")
FORMOSA = dict(company="Formosa Link Trading Ltd. | 7F, No. 168 Taiwan Blvd Sec. 3 | Taichung | Taiwan")
FVW = dict(company="Formosa Velo Works Co., Ltd. | No. 12 Jingke Rd, Nantun Dist. | Taichung 408 | Taiwan")
HSINYI = dict(company="Hsin Yi Components Co. | No. 5, Anhe Rd Sec. 1 | Tainan 709 | Taiwan")

# =================================================================== CLEAN (expect [])

# c01 -- supplier quotation with proto and MP tiers, nothing authorized --------------------
case("c01_quote_tiers_fusheng", [],
     "supplier quotation with proto and MP price tiers and MOQ; no authorizing document in the bundle",
     [("FS-Q-24-0502_quotation.pdf", pdf([
         ("h1", "QUOTATION FS-Q-24-0502"),
         ("p", "Fu Sheng Precision Frame Co., Ltd. - No. 88, Gongye 36th Rd, Xitun Dist., Taichung 407, Taiwan - "
               "Tel +886 4 2359 8811 - ISO 9001:2015 certified"),
         ("table", [["To", "Cascade Cycle Co., Attn. Jake Moreno (Buyer)"],
                    ["Date", "2024-04-18"],
                    ["Validity", "60 days"],
                    ["Project", "CC Gravel 2 - 6061-T6 aluminium frame, flat mount, 12x142 TA, drawing CC-GR2-001 Rev B"]]),
         ("sp",),
         ("table", [["Item", "Description", "Qty", "Unit price USD", "Remark"],
                    ["1", "Proto frame, raw (no paint), sizes S/M/L", "4 pcs", "420.00", "hand-built, 35 days"],
                    ["2", "Proto frame, painted + decals", "2 pcs", "465.00", "colour chips to be confirmed"],
                    ["3", "MP frame, painted, 1 colour", "300 pcs", "118.50", "MOQ per colour"],
                    ["4", "MP frame, painted, 1 colour", "600 pcs", "109.80", "price break"],
                    ["5", "Fixture fee (dropout forging die + welding jig)", "1 set", "3,800.00", "one-time"]]),
         ("sp",),
         ("h", "Notes"),
         ("p", "1. MOQ 300 pcs per colour; minimum 50 pcs per size within a run."),
         ("p", "2. Frame test ISO 4210-6 (fatigue, pedalling and horizontal loads) at EFBe or equivalent lab, "
               "cost to buyer's account, USD 1,350 per size."),
         ("p", "3. MP lead time 75 days after receipt of your written production release and final colour chip "
               "sign-off. Bulk tubing lead time (45 days) is included."),
         ("p", "4. Payment: proto 100% T/T before shipment. MP 30% deposit, 70% against copy B/L."),
         ("p", "5. Prices FOB Taichung, valid for aluminium price index below USD 2,600/t."),
         ("p", "This is a quotation only. No order is implied."),
         ("sp",),
         ("p", "Vivian Chen - Sales Manager - vivian.chen@fusheng-frame.com.tw"),
     ], title="Quotation FS-Q-24-0502", author="Fu Sheng Precision Frame"))])

# c02 -- complete sample PO (PDF with table) --------------------------------------------------
case("c02_sample_po_veloform_fusheng", [],
     "sample PO: 6 proto frames active, 594 explicitly not released, unlock = ISO 4210-6 sign-off + written "
     "release, named release authority, material sample-only",
     [("PO_4500091823.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500091823"),
         ("p", "Veloform GmbH - Heilbronner Str. 210 - 70191 Stuttgart - USt-IdNr. DE 812 449 301"),
         ("table", [["Lieferant / Supplier", "700412 - Fu Sheng Precision Frame Co., Ltd., Taichung"],
                    ["Datum / Date", "06.05.2024"],
                    ["Einkäufer / Buyer", "Katrin Weiß, +49 711 4889 214"],
                    ["Angebot / Quote", "FS-Q-24-0311 dated 19.04.2024"],
                    ["Incoterm", "FCA Taichung (air freight, our forwarder DB Schenker)"]]),
         ("sp",),
         ("table", [["Pos.", "Material", "Description", "Qty", "Unit", "Price EUR", "Delivery"],
                    ["10", "VF-TR28-FR-50", "Trekking 28\" frame 6061, drawing VF-2250 Rev D, size 50", "2", "pcs", "310,00", "KW 27"],
                    ["20", "VF-TR28-FR-55", "Trekking 28\" frame 6061, drawing VF-2250 Rev D, size 55", "2", "pcs", "310,00", "KW 27"],
                    ["30", "VF-TR28-FR-60", "Trekking 28\" frame 6061, drawing VF-2250 Rev D, size 60", "2", "pcs", "310,00", "KW 27"],
                    ["", "", "Total", "6", "pcs", "1.860,00", ""]]),
         ("sp",),
         ("h", "Production scope (please read)"),
         ("p", "This purchase order covers six (6) proto frames only - two per size. The quoted series quantity of "
               "594 frames (quote FS-Q-24-0311) is not released and is not covered by this order. Please do not "
               "buy bulk tubing and do not book a mass-production slot for it."),
         ("p", "The 594 frames can only be released after (a) the ISO 4210-6 fatigue test on the proto frames has "
               "passed and Jonas Albrecht (Product Manager) has recorded the sample sign-off, and (b) "
               "Dr. Mareike Schulte, Head of Sourcing, has issued a written production release that names the "
               "quantity."),
         ("p", "Material authority: sample-only (material for the 6 proto frames). The series quantity in the "
               "quote is a forecast basis for pricing."),
         ("sp",),
         ("p", "Zahlungsbedingungen: 30 Tage netto. Es gelten die Allgemeinen Einkaufsbedingungen der "
               "Veloform GmbH (Stand 01/2024). Please confirm this order within 3 working days."),
         ("p", "Katrin Weiß - Strategischer Einkauf / Strategic Purchasing"),
     ], title="PO 4500091823", author="Veloform GmbH"))])

# c03 -- WhatsApp: supplier asks whether they may go ahead, buyer answers no ---------------
c03 = """\
[03/06/2024, 09:02:14] Sanne de Boer: Good morning Lan! PO 4500-66210 is in your mailbox 📩 It is for the 20 pilot bikes Stadsfiets Mama Cargo 3V.
[03/06/2024, 09:03:40] Sanne de Boer: The other 480 from your quote are not released. They stay on hold until the EN 14764 test report on the pilot bikes is signed off and Pieter Jansen sends you the written release.
[03/06/2024, 09:20:05] Nguyen Thi Lan: Well received chị Sanne 🙏 20 pilot bikes. We plan frame welding next week
[03/06/2024, 09:21:30] Nguyen Thi Lan: Box colour still the dark green RAL 6005 ya?
[03/06/2024, 09:40:12] Sanne de Boer: Yes RAL 6005, mat. Kickstand the double one (Ursus), not the single
[11/06/2024, 16:02:55] Nguyen Thi Lan: <Media omitted>
[11/06/2024, 16:03:20] Nguyen Thi Lan: Frames welding ok, now in paint shop. Powder thickness 80-90 µm
[24/06/2024, 14:41:09] Nguyen Thi Lan: <Media omitted>
[24/06/2024, 14:42:31] Nguyen Thi Lan: Pilot bikes finish assembly, look very nice. Mr Duc ask: can we go ahead with the 480? We have a free line in July 😊
[24/06/2024, 15:05:47] Sanne de Boer: They look great, thanks to the team! But no, not yet please. Still only the 20 pilot bikes. The 480 stay on hold until the EN 14764 report is signed off and Pieter sends the written release.
[24/06/2024, 15:06:30] Sanne de Boer: Shipping: please send the 20 pcs by air to Zwolle, DAP, forwarder is Kuehne+Nagel HCM
[24/06/2024, 15:07:58] Nguyen Thi Lan: Ok understand, we wait for Mr Pieter release. Air booking tomorrow ✈️
[24/06/2024, 15:08:10] Sanne de Boer: 👍
"""
case("c03_whatsapp_stadsfiets_viettien", [],
     "supplier asks 'can we go ahead with the 480?' (a question); buyer answers with active 20, hold, event "
     "and named releaser",
     [("WhatsApp Chat with Nguyen Thi Lan (Viet Tien).txt", c03)])

# c04 -- labelled rolling forecast (HTML table) ----------------------------------------------
c04_rows = [("RL Trail 29 - Sage", 120, 140, 160, 160), ("RL Trail 29 - Ember", 80, 90, 110, 120),
            ("RL Trail 27 Youth - Sky", 60, 60, 80, 90), ("RL Ridge Gravel - Sand", 40, 60, 60, 70)]
c04_body = ("<h2>Ridgeline Outdoor Inc. - Rolling forecast for Angkor Cycle Manufacturing</h2>\n"
            "<p>Version FC-2024-10 - issued 2024-10-01 by Megan Ortiz, Sourcing Specialist</p>\n"
            "<div class=\"note\"><b>FORECAST ONLY - for your capacity planning.</b> This sheet is not an order, "
            "not a production release and not a material authority. Quantities are non-binding and can move "
            "by +/-50%. Production authority exists only where a written release from Ridgeline names a "
            "quantity.</div>\n<table>\n<tr><th>Model / colour</th><th>Nov 24</th><th>Dec 24</th><th>Jan 25</th>"
            "<th>Feb 25</th><th>Total (forecast)</th></tr>\n")
for r in c04_rows:
    c04_body += (f"<tr><td>{escape(r[0])}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td><td>{r[4]}</td>"
                 f"<td>{sum(r[1:]):,}</td></tr>\n")
c04_body += ("</table>\n<p>Frames for all models come from Fu Sheng (Taichung), wheels from Jin Hong. Please "
             "reply with your line capacity per month by 2024-10-15.</p>\n"
             "<p>Megan Ortiz - megan.ortiz@ridgeline-outdoor.com - +1 303 555 0142</p>")
case("c04_forecast_ridgeline_angkor", [],
     "rolling forecast clearly labelled non-binding, not an order, no material authority",
     [("Ridgeline_rolling_forecast_FC-2024-10.html", html_page("Ridgeline rolling forecast FC-2024-10", c04_body))])

# c05 -- scoped fit-check approval, multipart/alternative ------------------------------------
c05_txt = """\
Dear Mr. Hoa,

thank you for the 10 proto pairs of the TH Carbon 3 trekking pole (drawing TH-P-3300 Rev C). They arrived in Munich on Monday in good condition.

Result of our check: the 10 proto pairs are approved for fit check only - the flick-lock, the tungsten tip and the cork grip fit our spec. Production is not released.

What this means for you:
- Active quantity: the 10 proto pairs under PO TH-24-0977, nothing else.
- The remaining 2,390 pairs from your quotation MO-Q-24-118 stay on hold. Please do not buy carbon tube or cork for them.
- Next step: field test in the Karwendel (3 weeks, 40 testers). When the field test is signed off, Lukas Brandt will send you a revised PO for the production quantity. Only that revised PO releases production.

Could you please let us know the production lead time counted from receipt of a revised PO? And the MOQ per colour for the sand/black version.

Thank you and best regards
""" + sig("Sabine Roth", "Buyer Hardgoods", TRAIL["company"], "+49 89 2154 318")
case("c05_scoped_fitcheck_trailhaus_mekong", [],
     "'approved for fit check only; production not released' plus hold of 2,390, revised PO as unlock event, "
     "Lukas Brandt named",
     [E("TH Carbon 3 proto result.eml", mail(
         "Sabine Roth <s.roth@trailhaus-sports.de>", "Pham Van Hoa <hoa.pham@mekong-outdoor.vn>",
         "TH Carbon 3 poles - proto result / PO TH-24-0977", "Wed, 10 Jul 2024 10:14:00 +0200",
         c05_txt, html=simple_html(c05_txt), cc="Lukas Brandt <l.brandt@trailhaus-sports.de>"))])

# c06 -- full-quantity repeat PO (DOCX with table), 'proceed with all 250' ------------------
case("c06_fullqty_po_kvist_hsinyi", [],
     "repeat order for the full quantity (250 pcs), no samples and no balance; 'proceed with all 250 pcs' is scoped",
     [("Kvist_PO_KV-2388.docx", docx_bytes([
         ("h1", "Purchase Order KV-2388"),
         ("p", "Kvist Bikes ApS, Refshalevej 147, 1432 København K, Denmark - CVR 38 44 12 90"),
         ("p", "To: Hsin Yi Components Co., Tainan - Attn. Grace Tsai"),
         ("p", "Date: 14 May 2024 - Your ref.: quotation HY-Q-0419 (repeat of our PO KV-2107)"),
         ("table", [["Item", "Part no.", "Description", "Qty", "Unit price USD", "Amount USD"],
                    ["1", "KV-BC-AL-BLK", "Bottle cage, aluminium 6061, matt black, laser logo", "250", "3.40", "850.00"]]),
         ("sp",),
         ("p", "This is a repeat order for the full quantity of 250 pcs, same spec as KV-2107 "
               "(drawing KV-BC-01 Rev 3, 7.5 mm rod, M5 slots 64 mm). No samples needed this time. "
               "Please proceed with all 250 pcs."),
         ("p", "Delivery: consolidate with our handlebar order HY-KV-24-07, FOB Kaohsiung, ETD week 26."),
         ("p", "Packing: 10 pcs per polybag, 50 pcs per carton, carton marks as before."),
         ("p", "Payment: 30 days after B/L date."),
         ("sp",),
         ("p", "Best regards, Mette Sørensen - COO, Kvist Bikes ApS"),
     ], author="Mette Sørensen"))])

# c07 -- call-off with explicit staged material authority (HTML) -----------------------------
c07_body = """<h2>Stadsfiets B.V. - Call-off 3 under blanket PO BPO-7710</h2>
<p>To: Jin Hong Wheel Industrial Co., Ltd. - Attn. Amy Huang<br>
Part: SF-WS-28-36D - wheelset 28" (622x19), 36H, front dynamo hub / rear roller-brake 7-speed, spokes 2.0 mm stainless<br>
Date: 3 June 2024</p>
<table>
<tr><th>Call-off</th><th>Date</th><th>Qty released for production</th><th>Cumulative released</th><th>Status</th></tr>
<tr><td>1</td><td>12-02-2024</td><td>200 sets</td><td>200</td><td>shipped, accepted</td></tr>
<tr><td>2</td><td>08-04-2024</td><td>200 sets</td><td>400</td><td>shipped, accepted</td></tr>
<tr><td>3</td><td>03-06-2024</td><td>200 sets</td><td>600</td><td>released with this call-off</td></tr>
</table>
<div class="note">
<p>This call-off releases 200 wheelsets for production. Blanket quantity: 1,200 sets. After this call-off,
600 sets remain on hold and are not released. They are released only by call-off 4, which Sanne de Boer
(Category Buyer) issues after lot acceptance of the call-off 3 delivery in Zwolle.</p>
<p>Material authority: staged. You may buy and hold rims and spokes for up to 400 further sets beyond this
call-off, at Stadsfiets' liability. This material authority does not release production of those sets.</p>
</div>
<p>Delivery: FOB Taichung, ETD week 28, 40HQ shared with the mudguard order.</p>
<p>Sanne de Boer - Category Buyer - +31 38 421 7712</p>"""
case("c07_calloff_staged_material_stadsfiets", [],
     "call-off releases 200; 600 remain on hold until call-off 4 by Sanne de Boer; explicit staged material "
     "authority for 400 sets beyond the release",
     [("Stadsfiets_calloff_3_BPO-7710.html", html_page("Call-off 3 BPO-7710", c07_body))])

# c08 -- explicit, recorded auto-conversion (PDF PO rev 2) -----------------------------------
case("c08_autoconversion_recorded_stadsfiets", [],
     "explicit recorded auto-conversion naming quantity (476), signer (Henk Bos) and conditions; hold until then",
     [("PO_4500-66180_rev2.pdf", pdf([
         ("h1", "Inkooporder / Purchase Order 4500-66180 - revision 2"),
         ("p", "Stadsfiets B.V., Ceintuurbaan 88, 8024 AA Zwolle - KvK 05071234"),
         ("table", [["Supplier", "Fu Sheng Precision Frame Co., Ltd."],
                    ["Revision", "2 (adds the auto-conversion clause below; quantities and prices unchanged)"],
                    ["Date", "02-05-2024"],
                    ["Buyer", "Sanne de Boer"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Scope", "Price EUR"],
                    ["1", "SF-OM-FR-53", "Ommen city frame, low step, 6061, size 53", "12", "sample", "142,00"],
                    ["2", "SF-OM-FR-57", "Ommen city frame, low step, 6061, size 57", "12", "sample", "142,00"],
                    ["3", "SF-OM-FR", "Ommen city frame, production, sizes per call-off", "476", "production - on hold", "96,50"]]),
         ("sp",),
         ("h", "Scope"),
         ("p", "Released now: the 24 sample frames (lines 1 and 2). The 476 production frames (line 3) are not "
               "released and must not be started."),
         ("h", "Recorded auto-conversion"),
         ("p", "Agreed with Fu Sheng on 2 May 2024 (minutes MoM-0502, signed by both parties) and recorded in "
               "this revision before any sample sign-off: when Henk Bos (QA Manager, Stadsfiets) signs our "
               "sample sign-off form QF-07 with disposition 'approved', that signed form releases the 476 "
               "production frames by itself, without a further document."),
         ("p", "Conditions: EN 14764 frame test report passed; colour chips RAL 6019 matched; QF-07 dated "
               "before 30 September 2024. If any condition is not met, the 476 frames stay on hold until "
               "Pieter Jansen (Category Manager) releases them in writing."),
         ("p", "Material authority: sample-only until the signed QF-07 is received."),
         ("sp",),
         ("p", "Sanne de Boer, Inkoper - Pieter Jansen, Category Manager"),
     ], title="PO 4500-66180 rev 2", author="Stadsfiets B.V."))])

# c09 -- old quote forwarded as message/rfc822 and declared informational -------------------
c09_old = mail("Sunny Lee <sunny.lee@formosavelo.com.tw>", "Mette Sorensen <mette@kvistbikes.dk>",
               "Quotation FVW-Q-2311 Kvist City 3 (2023)", "Thu, 16 Nov 2023 15:20:00 +0800",
               """Dear Mette,

as requested please find our quotation for the Kvist City 3:

- Sample bike: 10 pcs, USD 410/pc
- Mass production: 3,000 pcs, USD 238/pc (3 colours, MOQ 300 per colour)
- Lead time MP: 80 days

Valid until 31 Dec 2023.

Best regards
Sunny Lee
Formosa Velo Works
""")
c09_txt = """\
Hi Sunny,

for your files I forward your 2023 quotation below (attached message). Please note: the 3,000 pcs figure in that old quotation is for information only. It is not an order, and nothing in it is released.

What is live now: PO KV-2490 covers 8 sample bikes of the Kvist City 3 (2024 spec, Gates belt, Shimano Nexus 5). The balance of 392 bikes from this year's quotation FVW-Q-2404 is not released. It stays on hold until the 8 sample bikes pass the ISO 4210-2 test at our lab and I send you the written production release.

Please buy material for the 8 sample bikes only.

Have a good weekend!
""" + sig("Mette Sørensen", "COO", KVIST["company"], "+45 33 12 80 40")
case("c09_forward_old_quote_kvist_fvw", [],
     "old quotation with 3,000 pcs forwarded as rfc822 and declared informational; live scope 8 active, 392 on "
     "hold, event and releaser (Mette, 'I' in signed mail)",
     [E("FW Quotation FVW-Q-2311.eml", mail(
         "Mette Sorensen <mette@kvistbikes.dk>", "Sunny Lee <sunny.lee@formosavelo.com.tw>",
         "FW: Quotation FVW-Q-2311 Kvist City 3 (2023) - for information only",
         "Fri, 24 May 2024 11:02:00 +0200", c09_txt, attachments=[("rfc822", c09_old)]))])

# c10 -- quoted supplier assumption of auto-conversion, corrected by buyer -------------------
c10_txt = """\
Hi Vivian,

thanks for the update - one correction though, so we are on the same page.

The sample sign-off does NOT release the 1,140 frames. Our PO 4500-88300 covers the 60 pilot frames only. The 1,140 stay on hold until the ISO 4210-6 fatigue report is in and Tom Kessler sends you a written production release. Please don't roll into the run on the strength of the sign-off, and please don't book tubing for the 1,140 yet.

Everything else in your plan is fine - air shipment of the 60 to Denver, arrival Aug 14.

Thanks,
Megan
""" + sig("Megan Ortiz", "Sourcing Specialist", RIDGE["company"], "+1 303 555 0142") + """
On Mon, Jul 22, 2024 at 4:05 PM Vivian Chen <vivian.chen@fusheng-frame.com.tw> wrote:
""" + quote("""Dear Megan,

the 60 pilot frames RL Ridge 29 will arrive in Denver on 14 Aug.
After your sample approval we will roll straight into the 1,140 frames, so we don't lose the MP slot in week 36.

Best regards,
Vivian""")
case("c10_quoted_supplier_assumption_ridgeline", [],
     "quoted supplier message assumes roll-over (quoted non-authorization, does not count); buyer's reply "
     "restates 60 active, 1,140 on hold, ISO report + written release by Tom Kessler",
     [E("RE RL Ridge 29 pilot frames.eml", mail(
         "Megan Ortiz <megan.ortiz@ridgeline-outdoor.com>", "Vivian Chen <vivian.chen@fusheng-frame.com.tw>",
         "RE: RL Ridge 29 pilot frames - shipment and MP slot", "Mon, 22 Jul 2024 08:31:00 -0600",
         c10_txt, in_reply_to="<20240722160500.77@fusheng-frame.com.tw>"))])

# c11 -- proforma: deposit/mould fee does not release production -----------------------------
case("c11_proforma_deposit_not_release_viettien", [],
     "supplier proforma: mould fee and deposit cover the tool and the 30 pre-series frames and explicitly do "
     "not release mass production",
     [("PI-VT-2406-118.pdf", pdf([
         ("h1", "PROFORMA INVOICE PI-VT-2406-118"),
         ("p", "Viet Tien Bicycle Parts JSC - Lot C-12, VSIP II, Binh Duong, Vietnam - Tax code 3702 118 446"),
         ("table", [["Buyer", "Veloform GmbH, Stuttgart"], ["Your PO", "4500092140"],
                    ["Date", "14 Jun 2024"], ["Terms", "FOB Cat Lai, T/T"]]),
         ("sp",),
         ("table", [["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
                    ["1", "Pre-series e-bike frame VF-E-Urban, 6061, integrated battery, painted", "30 pcs", "245.00", "7,350.00"],
                    ["2", "Mould fee - down tube battery cover (2 cavities)", "1 set", "6,800.00", "6,800.00"],
                    ["", "Total", "", "", "14,150.00"],
                    ["", "Deposit due now (50%)", "", "", "7,075.00"]]),
         ("sp",),
         ("h", "Important note"),
         ("p", "The deposit pays for the tool and the 30 pre-series frames. It does not release mass production. "
               "The balance of 1,170 frames per our quotation VT-Q-0412 is not released; we will start it only "
               "after Veloform's written production release signed by Dr. Mareike Schulte."),
         ("p", "Bank: Vietcombank Binh Duong, SWIFT BFTVVNVX, account 0281 000 466 118."),
         ("p", "Nguyen Thi Lan - Sales Executive"),
     ], title="PI-VT-2406-118", author="Viet Tien Bicycle Parts JSC"))])

# c12 -- supplier acknowledgement restating the hold (DOCX) ----------------------------------
case("c12_supplier_ack_jinhong_cascade", [],
     "supplier acknowledgement: ten (10) proto wheelsets only, balance 990 not released, no material for it",
     [("JH_order_acknowledgement_CC-24-0311.docx", docx_bytes([
         ("h1", "Order Acknowledgement"),
         ("p", "Jin Hong Wheel Industrial Co., Ltd. - Changhua, Taiwan"),
         ("p", "To: Cascade Cycle Co., Attn. Rachel Kim / Jake Moreno - Date: 2024-03-18"),
         ("p", "Re: your PO CC-24-0311 - proto wheelsets 700c, 24H front / 28H rear, rim JH-AR25 (25 mm inner), "
               "straight-pull hubs, 12x100 / 12x142"),
         ("table", [["Item", "Description", "Qty", "Unit price USD", "Ship date"],
                    ["1", "Proto wheelset 700c JH-AR25, tubeless ready", "10 sets", "92.00", "2024-04-22"]]),
         ("sp",),
         ("p", "We acknowledge PO CC-24-0311 for ten (10) proto wheelsets only."),
         ("p", "The balance of 990 wheelsets in our quotation JH-Q-2403 is not released. We will not purchase "
               "rims, spokes or hubs for the balance and will not schedule it. We will start the balance only "
               "after the written release from Rachel Kim, which follows your sign-off of the proto wheelsets "
               "(lab test per ISO 4210-7, impact and fatigue)."),
         ("p", "Proto wheels will be tensioned 120 +/- 10 kgf, true within 0.3 mm lateral / 0.3 mm radial."),
         ("sp",),
         ("p", "Best regards, Amy Huang - Overseas Sales"),
     ], author="Amy Huang"))])

# c13 -- ERP fixed-width PO printout with identifiers that look like quantities ------------
c13 = """\
CASCADE CYCLE CO.                                          PURCHASE ORDER
2150 NW FRONT AVE, PORTLAND OR 97209                       PO NO.....: 24-0520
TEL 503-555-0178                                           PO DATE...: 05/20/2024
                                                           REVISION..: 0
VENDOR: 10442  FORMOSA VELO WORKS CO LTD                   BUYER.....: J. MORENO
               NO 12 JINGKE RD, NANTUN DIST                TERMS.....: NET 45
               TAICHUNG 408, TAIWAN                        INCOTERM..: FOB KAOHSIUNG
SHIP TO:       CASCADE CYCLE DC, 4400 N LAGOON AVE, PORTLAND OR 97217

LN  ITEM NO           DESCRIPTION                        QTY  UOM   UNIT USD    EXT USD
--  ----------------  ------------------------------  -----  ---  ---------  ---------
01  CC-4210-GR2-S     GR2 PROTO BIKE SIZE S              2    EA     890.00    1780.00
02  CC-4210-GR2-M     GR2 PROTO BIKE SIZE M              2    EA     890.00    1780.00
03  CC-4210-GR2-L     GR2 PROTO BIKE SIZE L              2    EA     890.00    1780.00
                                                      -----                 ---------
                                       TOTAL QTY          6       TOTAL USD   5340.00

REF: DRG CC-GR2-001 REV 12 / SPEC SHEET SS-2024-0500 / TEST ISO 4210-2:2023
     FRAME TUBING 6061-T6 OD 34.9/31.8 / HUB SPACING 12X142 / TIRE 700X40C
     CARTON 1500X230X780 MM / CHAINRING 40T / CASSETTE 11-46T

SCOPE NOTE (PRODUCTION RELEASE):
  THIS PO = 6 PROTO BIKES ONLY (2 PER SIZE).
  BAL. 494 BIKES PER QUOTE FVW-Q-2404 = NOT RELEASED, ON HOLD.
  UNLOCK: PROTO SIGN-OFF (ISO 4210-2 REPORT) + WRITTEN RELEASE FROM
          R. KIM, SOURCING MGR. NOTHING ELSE RELEASES THE BALANCE.
  MATERIAL AUTHORITY: SAMPLE ONLY. QUOTED 494 = FORECAST BASIS.

AUTHORIZED SIGNATURE: J. MORENO                            PAGE 1 OF 1
"""
case("c13_erp_printout_cascade_fvw", [],
     "ERP printout, 6 proto bikes, BAL. 494 not released, unlock and named releaser; item no. 4210, REV 12, "
     "SS-2024-0500, 11-46T are identifiers, not quantities",
     [("CC_PO_24-0520_print.txt", c13)])

# c14 -- interim disposition with limits (PDF) -----------------------------------------------
case("c14_interim_disposition_ridgeline_angkor", [],
     "interim sample disposition: production release of max 60 bikes until 30 Sep signed by Tom Kessler; "
     "remaining 1,100 not released until Rev B sign-off and written release",
     [("RL_sample_disposition_SD-0412.pdf", pdf([
         ("h1", "Sample Disposition SD-0412"),
         ("p", "Ridgeline Outdoor Inc. - Product Engineering / Sourcing"),
         ("table", [["Supplier", "Angkor Cycle Manufacturing Co., Ltd. (Phnom Penh SEZ)"],
                    ["Part", "RL Trail 29 complete bike, frame RL-TR29-FR Rev A"],
                    ["Sample lot", "40 pilot bikes, PO 4500-88510"],
                    ["Date", "2024-08-09"]]),
         ("sp",),
         ("table", [["Check", "Result"],
                    ["ISO 4210-2 lab test (frame, fork, brakes)", "passed, report EFBe 24-4471"],
                    ["Rear brake hose routing", "minor: hose rubs chainstay at full compression"],
                    ["Paint adhesion (cross-cut ISO 2409)", "GT0, ok"],
                    ["Torque audit (stem 5 Nm, seatpost clamp 6 Nm)", "ok on 40/40"]]),
         ("sp",),
         ("h", "Disposition: INTERIM"),
         ("p", "Production release under this interim disposition: max 60 bikes, to be built by 30 Sep 2024, "
               "with the added hose clip RL-HC-02 at the chainstay."),
         ("p", "The remaining 1,100 bikes of the 1,200 quoted are not released. Full release requires Rev B "
               "pilot bikes with the new hose port, a sample sign-off of those bikes with disposition APPROVED, "
               "and a written production release by Tom Kessler, Director of Sourcing."),
         ("sp",),
         ("p", "Disposition: Dave Lindqvist, Frame Engineer. Interim production release (60 bikes): Tom Kessler, "
               "Director of Sourcing."),
     ], pagesize=LETTER, title="SD-0412", author="Ridgeline Outdoor"))])

# c15 -- Line chat: full-quantity repeat order -----------------------------------------------
c15 = """\
[LINE] Chat history with Ivy Chang (Tai Yang Rubber)
Saved on: 2024/06/07 09:40

2024/06/03(Mon)
08:12	Jake Moreno	Morning Ivy! Repeat order PO 24-0602 just went out: 400 pairs lock-on grips CC-GR-LO black, same as PO 23-1187
08:13	Jake Moreno	Full quantity, no samples needed. Please proceed with all 400 pairs
08:30	Ivy Chang	Good morning Jake 😊 received PO 24-0602, 400 pairs black
08:31	Ivy Chang	Same compound 30A and same laser logo?
08:35	Jake Moreno	yes same same. carton marks like last time
08:36	Ivy Chang	OK 👌 50 pairs/carton x 8 cartons, ETD Kaohsiung 6/28
2024/06/05(Wed)
14:02	Ivy Chang	[Photo]
14:02	Ivy Chang	first 100 pairs done, clamp rings anodized black
14:10	Jake Moreno	👍 thx
"""
case("c15_line_repeat_order_cascade_taiyang", [],
     "full-quantity repeat order (400 pairs, no balance); 'proceed with all 400 pairs' is scoped",
     [("LINE_chat_Tai_Yang_Rubber.txt", c15)])

# c16 -- Dutch / English sample PO mail, multipart/alternative ------------------------------
c16_txt = """\
Hoi Amy,

in de bijlage van SAP komt zo PO 4500-66120. Even in het kort, in English as well so your planning team can read it:

PO 4500-66120 is alleen voor de 8 proefsets / only for the 8 sample wheelsets 28" (SF-WS-28-36D, dynamo front, roller-brake rear).

De overige 1.592 sets uit jullie offerte JH-Q-2402 zijn NIET vrijgegeven. The remaining 1,592 sets are not released. They stay on hold until Henk Bos (QA) has signed off the EN 14764 test on the sample wheels and Pieter Jansen sends you the written call-off for the production sets.

Material: alleen voor de 8 proefsets, dus nog geen velgen of spaken in bulk bestellen.

Levering: luchtvracht naar Zwolle, DAP, liefst voor week 24.

Met vriendelijke groet / best regards
""" + sig("Sanne de Boer", "Inkoper / Buyer", STADS["company"], "+31 38 421 7712")
case("c16_dutch_sample_po_stadsfiets_jinhong", [],
     "Dutch/English sample PO mail: 8 active, 1.592 not released ('NIET vrijgegeven'), sign-off + call-off, "
     "Pieter Jansen named; European number format",
     [E("PO 4500-66120 proefsets.eml", mail(
         "Sanne de Boer <s.deboer@stadsfiets.nl>", "Amy Huang <amy.huang@jinhongwheel.com.tw>",
         "PO 4500-66120 - alleen proefsets / sample sets only", "Tue, 14 May 2024 13:47:00 +0200",
         c16_txt, html=simple_html(c16_txt)))])

# c17 -- multi-file bundle: PO + quotation + cover mail, MP figure declared informational ---
c17_po = pdf([
    ("h1", "Purchase Order TH-24-1042"),
    ("p", "Trailhaus Sports GmbH - Landsberger Str. 302 - 80687 München"),
    ("table", [["Supplier", "Mekong Outdoor Products Co., Ltd., Ho Chi Minh City"],
               ["Date", "2024-06-03"], ["Buyer", "Sabine Roth"], ["Quotation", "MO-Q-24-131"]]),
    ("sp",),
    ("table", [["Pos", "Article", "Description", "Qty", "Price USD"],
               ["1", "TH-TP-ALP2", "Tent pole set Alpspitze 2P, 8.5 mm alloy 7001-T6, champagne anodised, "
                              "shock-corded, 3 poles + brow pole", "12 sets", "38.00"]]),
    ("sp",),
    ("h", "Scope of this order"),
    ("p", "This order releases the 12 sample pole sets. The production quantity of 1,188 sets shown in "
          "quotation MO-Q-24-131 is shown for information only; it is not ordered and not released."),
    ("p", "Unlock: pitch test and wind-tunnel test (Windkanal TU München) signed off by our product team, then a "
          "written production release by Lukas Brandt, Category Manager Hardgoods."),
    ("p", "Material authority: sample-only."),
    ("p", "Sabine Roth - Buyer Hardgoods"),
], title="PO TH-24-1042", author="Trailhaus Sports GmbH")
c17_quote = pdf([
    ("h1", "QUOTATION MO-Q-24-131"),
    ("p", "Mekong Outdoor Products Co., Ltd. - Tan Thuan EPZ, District 7, Ho Chi Minh City"),
    ("p", "To: Trailhaus Sports GmbH - Date: 2024-05-21 - Item: tent pole set Alpspitze 2P"),
    ("table", [["Stage", "Qty", "Unit price USD", "Lead time"],
               ["Sample sets", "12 sets", "38.00", "25 days"],
               ["Production", "1,188 sets", "14.20", "60 days from written release"]]),
    ("p", "Anodising colour champagne, 7001-T6 tube 8.5 x 0.68 mm, ferrules 8.5/7.9. MOQ production 1,000 sets."),
    ("p", "Pham Van Hoa - Sales Manager"),
], title="MO-Q-24-131", author="Mekong Outdoor")
c17_mail_txt = """\
Dear Mr. Hoa,

please find our PO TH-24-1042 for the 12 sample pole sets of the Alpspitze 2P, and a copy of your quotation MO-Q-24-131 for your reference file.

To be very clear: the production figure of 1,188 sets in the quotation is for information only. It is not ordered and not released. Lukas Brandt will release production in writing once the pitch and wind-tunnel tests are signed off.

Please send the 12 sets by courier to our Munich office, attention product team.

Kind regards
""" + sig("Sabine Roth", "Buyer Hardgoods", TRAIL["company"], "+49 89 2154 318")
case("c17_bundle_po_quote_mail_trailhaus", [],
     "folder bundle (PO PDF, supplier quotation PDF, cover mail): 12 active, quotation's 1,188 declared "
     "informational and not released, event and releaser named",
     [("TH_PO_24-1042.pdf", c17_po), ("MO-Q-24-131_quotation.pdf", c17_quote),
      E("cover_mail_TH-24-1042.eml", mail(
          "Sabine Roth <s.roth@trailhaus-sports.de>", "Pham Van Hoa <hoa.pham@mekong-outdoor.vn>",
          "PO TH-24-1042 - Alpspitze 2P sample pole sets", "Mon, 03 Jun 2024 15:22:00 +0200", c17_mail_txt))])

# c18 -- buyer hold notice (DOCX) ------------------------------------------------------------
case("c18_hold_notice_nordvind_ciclometal", [],
     "hold notice: 50 released frames may be finished, remaining 350 must not start; lifted by revised PO "
     "signed by Erik Nyström after DIN 79010 re-test",
     [("NV_hold_notice_2024-07-08.docx", docx_bytes([
         ("h1", "HOLD NOTICE - PO NV-4410"),
         ("p", "From: Nordvind Cykler AB, Göteborg - To: Ciclometal Lda, Águeda (Rui Pereira, Ana Sousa)"),
         ("p", "Date: 8 July 2024 - Part: Bulle Long John cargo frame NV-BLJ-FR, drawing NV-BLJ-001 Rev F"),
         ("table", [["", "Frames"],
                    ["Commercial cover, PO NV-4410", "400"],
                    ["Released under call-off 1", "50"],
                    ["On hold with this notice", "350"]]),
         ("sp",),
         ("p", "The DIN 79010 load test on the first frames failed at the head tube gusset (crack at 87,000 "
               "cycles, report RISE 24-0733). Until the reinforced gusset is tested:"),
         ("li", "The 50 frames already released under call-off 1 may be completed and shipped."),
         ("li", "Do not start the remaining 350 frames. Do not cut, bend or weld any tube for them."),
         ("li", "Do not buy more tubing; keep what you hold for the 50 frames."),
         ("p", "The hold is lifted only by revision 1 of PO NV-4410, signed by Erik Nyström (Supply Chain "
               "Manager), which we will issue after the DIN 79010 re-test with the reinforced gusset passes."),
         ("p", "Please confirm receipt of this notice today."),
         ("sp",),
         ("p", "Ingrid Halvorsen, Inköpare / Buyer - Erik Nyström, Supply Chain Manager"),
     ], author="Ingrid Halvorsen"))])

# c19 -- release notice for the complete remaining balance (HTML) --------------------------
c19_body = """<h2>Veloform GmbH - Production release VF-PR-0031</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Fu Sheng Precision Frame Co., Ltd., Taichung</td></tr>
<tr><td>Part</td><td>VF-2250 Rev D trekking frame 28", sizes 50/55/60</td></tr>
<tr><td>Commercial cover</td><td>PO 4500091950 (600 frames: 12 sample frames + 588 production frames)</td></tr>
<tr><td>Unlock event</td><td>sample sign-off recorded 12.08.2024 by Jonas Albrecht; ISO 4210-6 report EFBe 24-3317 passed</td></tr>
<tr><td>Quantity released for production with this release</td><td><b>588 frames</b></td></tr>
<tr><td>Released by</td><td>Dr. Mareike Schulte, Head of Sourcing</td></tr>
<tr><td>Date</td><td>14.08.2024</td></tr>
</table>
<p class="note">This release covers the complete remaining balance of the order (588 frames). After this release
no quantity of this order remains on hold. Size split: 50: 180 / 55: 240 / 60: 168.</p>
<p>Please send your production schedule and the container plan (2 x 40HQ) by 21.08.2024.</p>
<p>Dr. Mareike Schulte - Head of Sourcing - Veloform GmbH</p>"""
case("c19_balance_release_veloform", [],
     "production release of the complete remaining balance (588) after recorded sign-off, by the named "
     "authority; nothing remains on hold, size split sums to 588",
     [("VF-PR-0031_production_release.html", html_page("Production release VF-PR-0031", c19_body, lang="en"))])

# c20 -- supplier status, material for the proto frames only (TXT attachment) ---------------
c20_status = """\
CICLOMETAL LDA - WEEKLY STATUS - CUSTOMER NORDVIND CYKLER AB - WEEK 27/2024
Project: NV-C2 Bulle 2 cargo frame, proto  |  PO NV-4502  |  drawing NV-C2-001 Rev B

STEP                         STATUS          REMARK
---------------------------  --------------  -----------------------------------------
Tube cutting / mitring       done            6 proto frames
Bending (down tube 2x)       done            CNC bender, radius 180 mm
Welding (TIG)                4 of 6 done     2 remaining Thursday
Heat treatment T6            planned wk 28   oven slot booked
Powder coat                  planned wk 28   RAL 5011 steel blue, 80 um
Ship proto frames            planned wk 29   DHL Express to Goteborg

MATERIAL
  Tubing 7005 purchased for the 6 proto frames only.
  Bulk tubing for the 294 series frames will be ordered only after
  Nordvind's written production release (Erik Nystrom).
"""
c20_txt = """\
Dear Ingrid,

please find attached our weekly status for the Bulle 2 proto frames (PO NV-4502). Welding is nearly done; heat treatment and powder coat next week, so the 6 frames can leave Águeda in week 29.

As agreed we only hold material for the proto frames. If you want us to pre-order tubing for the series because of the mill lead time (currently 10 weeks), we would need a written material authority from you with the quantity.

Cumprimentos / best regards
""" + sig("Ana Sousa", "Production Planning", CICLO["company"], "+351 234 601 220")
case("c20_supplier_status_ciclometal_nordvind", [],
     "supplier status: material bought for the 6 proto frames only, bulk tubing for 294 only after written "
     "release; asks for a material authority (no authorization in bundle)",
     [E("Weekly status wk27 NV-C2.eml", mail(
         "Ana Sousa <ana.sousa@ciclometal.pt>", "Ingrid Halvorsen <ingrid.halvorsen@nordvind.se>",
         "Weekly status wk 27 - NV-C2 proto frames (PO NV-4502)", "Wed, 03 Jul 2024 17:40:00 +0100",
         c20_txt, attachments=[("status_wk27_NV-C2.txt", c20_status, "text/plain")]))])

# c21 -- trade-show follow-up from a supplier ------------------------------------------------
c21_txt = """\
Dear Jonas,

it was really nice to meet you at Eurobike in Frankfurt (Hall 8.0, booth B21) and thank you for taking the time to try our integrated cockpit on the demo bike.

As discussed, here the key points for the VF integrated bar/stem (our ref. HY-IC-01, carbon-wrapped 6061, 31.8 clamp area, internal routing for 4 lines):

- Mould fee: USD 9,500 (2 sizes: 400/420 mm); this is for the tool only
- MOQ: 500 pcs per colour for mass production
- Sample lead time: 40 days after tool completion
- MP lead time: 60 days after your written production release
- Test: EN ISO 4210-5 handlebar/stem fatigue, report from SGS Taichung

We look forward to receiving your sample PO when your project is confirmed. Please let me know if you would like a video call with our engineer, Mr. Huang, about the cable routing.

Best regards
""" + sig("Grace Tsai", "Sales Manager Europe", HSINYI["company"], "+886 6 233 5410")
case("c21_eurobike_followup_hsinyi", [],
     "supplier trade-show follow-up with mould fee, MOQ per colour and lead times; nothing authorized",
     [E("Eurobike follow-up HY-IC-01.eml", mail(
         "Grace Tsai <grace.tsai@hsinyi-comp.com.tw>", "Jonas Albrecht <jonas.albrecht@veloform.de>",
         "Nice to meet you at Eurobike - integrated cockpit HY-IC-01", "Mon, 08 Jul 2024 10:30:00 +0800",
         c21_txt, html=simple_html(c21_txt)))])

# c22 -- sample order with staged resin authority; mould fee does not release --------------
case("c22_staged_resin_kvist_lienphat", [],
     "sample order: 10 T1 housings active, 990 not released until T1 sign-off + written release by Mette; "
     "explicit staged resin authority (300); mould fee paid but does not release production",
     [("KV-2410_sample_order_battery_housing.docx", docx_bytes([
         ("h1", "Sample order KV-2410 - battery housing KV-BH-02"),
         ("p", "Kvist Bikes ApS, København - to Lien Phat Plastic Co., Ltd., Bien Hoa, Dong Nai - Attn. Le Thi Mai"),
         ("p", "Date: 20 June 2024 - Quotation LP-Q-24-077 - Mould LP-M-0612 (2+2 family tool, P20 steel)"),
         ("table", [["Line", "Description", "Qty", "Unit price USD", "Note"],
                    ["1", "Battery housing KV-BH-02, PA66-GF30 black, UL94 V-0, T1 shots", "10 pcs", "18.00", "samples"],
                    ["2", "Mould fee LP-M-0612", "1", "14,200.00", "paid 14 June, tool only"]]),
         ("sp",),
         ("h", "What is released"),
         ("p", "Released now: the 10 T1 sample housings (line 1). The mould fee (line 2) has been paid; it pays for "
               "the tool only and does not release production."),
         ("p", "The production quantity of 990 housings from the quotation is not released. It stays on hold until "
               "Anders Kjær (Product) has signed off the T1 samples (fit in the Kvist Flex down tube, IP54 "
               "spray test, drop test 1.2 m) and Mette Sørensen has sent the written production release."),
         ("h", "Material authority"),
         ("p", "Staged: because of the 8-week lead time of the UL-listed resin, you may buy PA66-GF30 (black, "
               "UL94 V-0) for up to 300 housings at Kvist's liability. This covers the resin only. Moulding "
               "beyond the 10 samples is not released."),
         ("sp",),
         ("p", "Mette Sørensen - COO, Kvist Bikes ApS"),
     ], author="Mette Sørensen"))])

# c23 -- Line chat in Taiwanese English: supplier asks for the release, buyer says not yet -
c23 = """\
[LINE] Chat history with Kevin Lin (Fu Sheng)
Saved on: 2024/08/02 18:15

2024/07/29(Mon)
09:05	Kevin Lin	Mette good morning~
09:06	Kevin Lin	Kvist Longtail proto frame pass ISO 4210-6 test already!! EFBe report I send by mail 📄
09:06	Kevin Lin	we can start MP 590 pcs? need your written release pls, our tubing supplier need 6 weeks
09:48	Mette Sørensen	Thanks Kevin, great news 👍
09:50	Mette Sørensen	Not yet though. Only the 10 proto frames are released. The 590 stay on hold – I will send you the written release myself after Anders has signed off the test report and the geometry check.
09:51	Mette Sørensen	Anders is back from holiday on Aug 5
09:55	Kevin Lin	OK understand 🙏 we wait your release, no tubing order before
09:56	Kevin Lin	10 proto frames ship this Friday by air, tracking I send
2024/08/02(Fri)
17:30	Kevin Lin	Proto shipped, AWB 297-4410 2231
"""
case("c23_line_kvist_fusheng_asks_release", [],
     "supplier asks 'we can start MP 590?' and requests the release; buyer: only 10 released, 590 on hold, "
     "sign-off then written release by Mette ('I' in named chat)",
     [("LINE_chat_Kevin_Lin_FuSheng.txt", c23)])

# c24 -- German/English DOCX PO with number words and European format ------------------------
case("c24_german_po_veloform_ciclometal", [],
     "German/English PO: zwölf (12) pre-series frames active, 1.188 not released, unlock = signed EN 15194 "
     "test report + written Produktionsfreigabe by Dr. Mareike Schulte",
     [("Bestellung_4500092210.docx", docx_bytes([
         ("h1", "Bestellung / Purchase Order 4500092210"),
         ("p", "Veloform GmbH, Heilbronner Str. 210, 70191 Stuttgart - an / to: Ciclometal Lda, Águeda, Portugal"),
         ("p", "Datum / date: 22.07.2024 - Angebot / quotation: CM-Q-24-0612 - Ansprechpartner: Katrin Weiß"),
         ("table", [["Pos.", "Artikel", "Bezeichnung / description", "Menge", "Preis EUR"],
                    ["10", "VF-URB2-FR-S", "Rahmen VF-Urban 2, Alu 6061, RAL 7016, Gr. S", "4 Stück", "265,00"],
                    ["20", "VF-URB2-FR-M", "Rahmen VF-Urban 2, Alu 6061, RAL 7016, Gr. M", "4 Stück", "265,00"],
                    ["30", "VF-URB2-FR-L", "Rahmen VF-Urban 2, Alu 6061, RAL 7016, Gr. L", "4 Stück", "265,00"],
                    ["", "", "Summe / total", "12 Stück", "3.180,00"]]),
         ("sp",),
         ("h", "Umfang / scope"),
         ("p", "Diese Bestellung umfasst zwölf (12) Vorserienrahmen. This order covers twelve (12) pre-series frames."),
         ("p", "Die restlichen 1.188 Rahmen aus dem Angebot sind nicht freigegeben. The remaining 1,188 frames "
               "are not released and must not be started or bought for."),
         ("p", "Die Produktionsfreigabe erfolgt erst, wenn der Prüfbericht EN 15194 / ISO 4210-6 für die "
               "Vorserie von Jonas Albrecht unterschrieben ist, und nur schriftlich durch Dr. Mareike Schulte "
               "(Head of Sourcing). The written production release by Dr. Mareike Schulte follows only after "
               "the signed test report."),
         ("p", "Materialfreigabe / material authority: nur Vorserie (sample-only)."),
         ("sp",),
         ("p", "Mit freundlichen Grüßen - Katrin Weiß, Strategischer Einkauf"),
     ], author="Katrin Weiß"))])

# c25 -- WhatsApp with the Cambodian assembler: pilot only, European number format ---------
c25 = """\
[15/07/2024, 08:11:02] Erik Nyström: Good morning Dara! PO NV-4530 is out: 30 pilot cargo bikes Bulle Long John, frames from Ciclometal arrive Sihanoukville 29/7
[15/07/2024, 08:12:45] Erik Nyström: Only the 30 pilot bikes. The other 1.170 are NOT released. I release them in writing after the DIN 79010 test passes in Göteborg.
[15/07/2024, 08:13:10] Erik Nyström: Please buy parts (Shimano Nexus 7, Magura brakes) only for the 30
[15/07/2024, 09:40:33] Dara Sok: Good morning Mr Erik 🙏 well noted: 30 pilot bikes only, 1.170 wait your written release
[15/07/2024, 09:41:50] Dara Sok: Nexus 7 we have stock for 30, Magura MT5 arrive 25/7
[02/08/2024, 16:20:14] Dara Sok: <Media omitted>
[02/08/2024, 16:21:02] Dara Sok: Pilot line running, 12 bikes done today. Box wood from Kampong Speu ok
[02/08/2024, 16:40:55] Erik Nyström: Looks solid 👌 please ship the 30 LCL, forwarder DSV Phnom Penh
[02/08/2024, 16:42:10] Dara Sok: OK ETD 12/8
"""
case("c25_whatsapp_nordvind_angkor", [],
     "chat: only 30 pilot bikes, 1.170 not released, Erik (sender) releases in writing after DIN 79010 test",
     [("WhatsApp Chat with Dara Sok (Angkor Cycle).txt", c25)])


# =================================================================== WITH RISKS

# p01 -- sparse PO mail with PO PDF + supplier quote PDF (4 proto / 800 MP) ---------------
p01_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Ridgeline Outdoor Inc. - 1800 38th Street, Boulder, CO 80301, USA - Tel +1 303 555 0100"),
    ("table", [["PO No.", "4500-88213"], ["Date", "04/22/2024"],
               ["Vendor", "Fu Sheng Precision Frame Co., Ltd., Taichung, Taiwan (vendor 20317)"],
               ["Buyer", "Megan Ortiz"], ["Terms", "Net 60, FCA Taichung"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Ext USD", "Need date"],
               ["10", "RL-GX-FR-M", "Gravel X frame, 6061-T6, size M, raw", "2", "EA", "455.00", "910.00", "06/14/2024"],
               ["20", "RL-GX-FR-L", "Gravel X frame, 6061-T6, size L, raw", "2", "EA", "455.00", "910.00", "06/14/2024"],
               ["", "", "Total", "4", "EA", "", "1,820.00", ""]]),
    ("sp",),
    ("p", "Notes: proto frames for geometry check and ISO 4210-6 lab test. Pricing per Fu Sheng quotation "
          "FS-Q-24-0318. Ship via FedEx International Priority on Ridgeline account."),
    ("p", "Ridgeline standard purchase terms (rev. 2023-01) apply. Please acknowledge within 5 business days."),
], pagesize=LETTER, title="PO 4500-88213", author="Ridgeline Outdoor")
p01_quote = pdf([
    ("h1", "QUOTATION FS-Q-24-0318"),
    ("p", "Fu Sheng Precision Frame Co., Ltd. - Taichung - to Ridgeline Outdoor Inc., Attn. Megan Ortiz - 2024-04-02"),
    ("table", [["Item", "Description", "Qty", "Unit USD"],
               ["1", "Gravel X proto frame, raw, M/L", "4 pcs", "455.00"],
               ["2", "Gravel X MP frame, painted (2 colours), decals", "800 pcs", "121.30"],
               ["3", "Fixture fee (jig + dropout die)", "1 set", "3,200.00"]]),
    ("p", "MOQ 400 pcs per colour. MP lead time 70 days. Payment MP: 30% deposit, balance against B/L copy."),
    ("p", "Vivian Chen - Sales Manager"),
], title="FS-Q-24-0318", author="Fu Sheng Precision Frame")
p01_txt = """\
Hi Vivian,

please find attached our PO 4500-88213 for the four (4) proto frames of the Gravel X, together with your quotation FS-Q-24-0318.

Could you confirm receipt and the ship date? We would like to have the frames in Boulder by mid-June for the geometry check with Dave.

Thanks!
Megan
""" + sig("Megan Ortiz", "Sourcing Specialist", RIDGE["company"], "+1 303 555 0142")
case("p01_po_mail_with_quote_ridgeline", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 4 proto frames sent with the quote showing 800 MP frames; nothing says the 800 are not "
     "released, no unlock event, no release authority",
     [E("PO 4500-88213 Gravel X proto frames.eml", mail(
         "Megan Ortiz <megan.ortiz@ridgeline-outdoor.com>", "Vivian Chen <vivian.chen@fusheng-frame.com.tw>",
         "PO 4500-88213 - Gravel X proto frames", "Mon, 22 Apr 2024 14:05:00 -0600", p01_txt,
         attachments=[("PO_4500-88213.pdf", p01_po, PDF_MT), ("FS-Q-24-0318.pdf", p01_quote, PDF_MT)]))])

# p03 -- Line chat: quote with MP tier in chat, buyer orders demo bikes ---------------------
p03 = """\
[LINE] Chat history with Sunny Lee (Formosa Velo Works)
Saved on: 2024/05/21 18:02

2024/05/13(Mon)
10:02	Sunny Lee	Hi Mette, good morning from Taichung ☀️
10:03	Sunny Lee	Price Kvist Flex cargo demo bike as we discuss:
10:03	Sunny Lee	Demo bike 6 pcs USD 385/pc (hand build, 30 days)
10:04	Sunny Lee	MP 300 pcs USD 212/pc, MOQ 300 per colour, lead time 70 days
10:04	Sunny Lee	Paint Kvist green RAL 6009 + matt clear
11:40	Mette Sørensen	Thanks Sunny, noted
11:41	Mette Sørensen	I need the demo bikes for the Copenhagen dealer show end of June
2024/05/14(Tue)
09:15	Mette Sørensen	PO KV-5530 for the 6 demo bikes is in your mail now 👍 pls start so we have them in time
09:16	Mette Sørensen	[File] KV-5530.pdf
09:31	Sunny Lee	Received! thank you 🙏 we start frame jig this week
09:32	Sunny Lee	I send you decal proof tomorrow
2024/05/15(Wed)
10:20	Sunny Lee	[Photo] decal proof v1
10:45	Mette Sørensen	logo 5 mm bigger pls, rest ok
"""
case("p03_line_kvist_fvw_demo_bikes", ["RG001", "RG003", "RG004", "RG005"],
     "chat: MP 300 quoted beside the 6 demo bikes ordered; nothing says the 300 are not released; no unlock "
     "event, no release authority",
     [("LINE_chat_Sunny_Lee_FVW.txt", p03)])

# p04 -- supplier portal order confirmation showing the production lot with ETD ------------
p04_body = """<h2>Viet Tien Bicycle Parts JSC - Customer Order Portal</h2>
<h3>Order confirmation OC-VT-24-0611</h3>
<p>Customer: Stadsfiets B.V., Zwolle &nbsp;|&nbsp; Customer PO: 4500-66402 &nbsp;|&nbsp; Product: Ommen 3V frame + fork, 6061, low step<br>
Confirmed by: Nguyen Thi Lan, Sales Executive &nbsp;|&nbsp; Date: 11/06/2024</p>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit</th><th>Price USD</th><th>Status</th><th>ETD</th></tr>
<tr><td>1</td><td>Sample lot - frame + fork, painted, decals</td><td>12</td><td>sets</td><td>96.00</td><td>Confirmed - PO 4500-66402</td><td>05/07/2024</td></tr>
<tr><td>2</td><td>Production lot - frame + fork, painted, decals</td><td>1,188</td><td>sets</td><td>61.40</td><td>Planned</td><td>20/09/2024 (wk 38)</td></tr>
</table>
<p>Colour: Pantone 7543 C (pebble grey), clear coat gloss. Decals: water slide, 3 positions, per artwork v4.<br>
Packing: 1 set per carton, 80% assembled. Port of loading: Cat Lai, HCMC.</p>
<p>Please check and sign back within 3 days.</p>"""
case("p04_supplier_portal_oc_viettien", ["RG001"],
     "supplier order confirmation lists the 12 confirmed sample sets and a 1,188 production lot with ETD, "
     "with nothing saying the 1,188 are not released",
     [("OC-VT-24-0611_portal.html", html_page("Order confirmation OC-VT-24-0611", p04_body))])

# p05 -- folder: PO (release authority field) + supplier quote DOCX ------------------------
p05_po = pdf([
    ("h1", "Inkooporder 4500-66455"),
    ("p", "Stadsfiets B.V. - Ceintuurbaan 88 - 8024 AA Zwolle"),
    ("table", [["Leverancier / supplier", "Jin Hong Wheel Industrial Co., Ltd."],
               ["Datum", "21-05-2024"],
               ["Inkoper", "Sanne de Boer"],
               ["Release authority (production)", "Sanne de Boer, Category Buyer"],
               ["Offerte / quote", "JH-Q-24-0219"]]),
    ("sp",),
    ("table", [["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs EUR"],
               ["1", "SF-WS-26-KID", "Proto wheelset 26\" kids bike, 28H, coaster brake rear", "16 sets", "41,00"]]),
    ("sp",),
    ("p", "Levering: DAP Zwolle, per luchtvracht. Betaling: 30 dagen."),
    ("p", "Op deze order zijn de algemene inkoopvoorwaarden van Stadsfiets B.V. van toepassing."),
], title="Inkooporder 4500-66455", author="Stadsfiets B.V.")
p05_quote = docx_bytes([
    ("h1", "Quotation JH-Q-24-0219"),
    ("p", "Jin Hong Wheel Industrial Co., Ltd. - to Stadsfiets B.V., Attn. Sanne de Boer - 2024-05-08"),
    ("table", [["Stage", "Description", "Qty", "Unit price EUR"],
               ["Proto", "Wheelset 26\" kids, 28H, coaster brake, rim JH-K26", "16 sets", "41.00"],
               ["Production", "Same, boxed in pairs", "1,600 sets", "17.90"]]),
    ("p", "MOQ 800 sets per colour. Production lead time 55 days. Rims 26 x 1.75 (559), spokes 13G zinc."),
    ("p", "Amy Huang - Overseas Sales"),
], author="Amy Huang")
case("p05_folder_po_quote_stadsfiets_jinhong", ["RG001", "RG003", "RG004"],
     "folder bundle: PO for 16 proto sets names a release authority but never says the quote's 1,600 are not "
     "released and names no unlock event",
     [("PO_4500-66455.pdf", p05_po), ("JH-Q-24-0219_quotation.docx", p05_quote)])

# p06 -- sparse PO PDF with quote reference line (5 proto / 400 series) --------------------
case("p06_sparse_po_nordvind_ciclometal", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 5 proto cargo frames quotes the series tier of 400 in its reference line; no hold, no event, no "
     "release authority",
     [("Inkopsorder_NV-4460.pdf", pdf([
         ("h1", "Inköpsorder / Purchase Order NV-4460"),
         ("p", "Nordvind Cykler AB - Lindholmspiren 9 - 417 56 Göteborg - Org.nr 559201-4471"),
         ("table", [["Leverantör / supplier", "Ciclometal Lda, Águeda, Portugal"],
                    ["Datum", "2024-04-29"], ["Inköpare", "Ingrid Halvorsen"],
                    ["Leveransvillkor", "EXW Águeda (DSV)"], ["Betalningsvillkor", "30 dagar netto"]]),
         ("sp",),
         ("table", [["Rad", "Artikel", "Benämning", "Antal", "à-pris EUR", "Summa EUR"],
                    ["1", "NV-BLJ-FR-P", "Bulle Long John cargo frame, proto, 7005 alloy, raw", "5", "640,00", "3.200,00"]]),
         ("sp",),
         ("p", "Ref.: quotation QT-CM-2231 - proto 5 pcs EUR 640,00 / series 400 pcs EUR 298,00."),
         ("p", "Drawing NV-BLJ-001 Rev E. Frames to be tested per DIN 79010 at RISE Borås."),
         ("p", "Please confirm delivery week."),
         ("p", "Ingrid Halvorsen - Inköpare"),
     ], title="Inköpsorder NV-4460", author="Nordvind Cykler AB"))])

# p08 -- DOCX pre-series order: hold with event, but nobody named -------------------------
case("p08_preseries_order_veloform_viettien", ["RG005"],
     "pre-series order: 30 active, 1,170 on hold until the EN 15194 report is signed off, but no person named "
     "who may release the balance",
     [("Vorserienbestellung_4500092140.docx", docx_bytes([
         ("h1", "Pre-series order 4500092140 - VF-E-Urban e-bike frame"),
         ("p", "Veloform GmbH, Stuttgart - to Viet Tien Bicycle Parts JSC, Binh Duong - Attn. Nguyen Thi Lan"),
         ("p", "Date: 12.06.2024 - your quotation VT-Q-0412 - drawing VF-E-URB-001 Rev B"),
         ("table", [["Pos.", "Description", "Qty", "Price USD"],
                    ["10", "VF-E-Urban frame, 6061, integrated battery, painted RAL 9005 matt", "30 pcs", "245,00"],
                    ["20", "Mould down tube battery cover (per PI-VT-2406-118)", "1 set", "6.800,00"]]),
         ("sp",),
         ("p", "Scope: this order covers the 30 pre-series frames. The balance of 1,170 frames from your quotation "
               "VT-Q-0412 stays on hold until the EN 15194 test report for the pre-series frames has been signed "
               "off."),
         ("p", "Please buy material for the 30 frames only."),
         ("p", "Shipping: air freight to Stuttgart, DAP, forwarder Kühne + Nagel."),
         ("sp",),
         ("p", "i.A. Katrin Weiß - Strategischer Einkauf"),
     ], author="Katrin Weiß"))])

# p09 -- WhatsApp: hold and person, but no unlock event ----------------------------------
p09 = """\
[02/07/2024, 21:14:05] Megan Ortiz: Hi Dara, PO 4500-88515 went out today – 40 pilot bikes RL Trail 29 (20 M, 20 L)
[02/07/2024, 21:15:40] Megan Ortiz: Only the 40 pilot bikes please. The rest (1,160) stays on hold for now – Tom Kessler is the only one who can lift that hold.
[02/07/2024, 21:16:02] Megan Ortiz: Fork is the Suntour XCR 32 Air, 120 mm
[03/07/2024, 08:02:11] Dara Sok: Good morning Megan, well noted 40 pilot bikes 🙏 Frames from Fu Sheng arrive 15/7
[03/07/2024, 08:03:30] Dara Sok: For the 1,160 we wait Mr Tom
[03/07/2024, 08:05:44] Dara Sok: Tyre Maxxis Rekon 29x2.4 still ok?
[03/07/2024, 08:30:18] Megan Ortiz: Yes Rekon 2.4 EXO, tan wall
"""
case("p09_whatsapp_ridgeline_angkor_no_event", ["RG004"],
     "40 pilot bikes active, 1,160 on hold 'for now', Tom Kessler named as the only one who can lift it; no "
     "event that unlocks the balance",
     [("WhatsApp Chat with Dara Sok.txt", p09)])

# p10 -- portal work authorization without the active quantity ---------------------------
p10_body = """<h2>Cascade Cycle Co. - Supplier Portal</h2>
<h3>Work Authorization WA-24-0912</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Fu Sheng Precision Frame Co., Ltd. (vendor 10398)</td></tr>
<tr><td>Project</td><td>CC Trail 1 aluminium hardtail frame</td></tr>
<tr><td>Drawing / spec</td><td>CC-TR1-001 Rev C / spec sheet SS-TR1-07 (geometry, paint, decals)</td></tr>
<tr><td>Commercial cover</td><td>PO 24-0651</td></tr>
<tr><td>Issued</td><td>2024-09-12 by Jake Moreno</td></tr>
</table>
<div class="note">
<p><b>Authorized now:</b> build the proto frames per spec sheet SS-TR1-07 (sizes and colours as listed there) and
ship them to Portland for ISO 4210-6 testing.</p>
<p><b>Not released:</b> the production quantity of quote FS-Q-24-0620. Nothing beyond the proto frames may be started or bought.</p>
<p><b>Unlock:</b> proto sign-off by Priya Nair (Engineering), then a written production release by Rachel Kim, Sourcing Manager.</p>
<p><b>Material authority:</b> sample-only.</p>
</div>
<p>Questions: jake.moreno@cascadecycle.com</p>"""
case("p10_portal_work_auth_cascade_fusheng", ["RG010"],
     "work authorization with hold, unlock event and releaser, but the number of proto frames authorized now "
     "is never stated (only 'per spec sheet')",
     [("WA-24-0912_work_authorization.html", html_page("Work Authorization WA-24-0912", p10_body))])

# p11 -- buyer asks the agent for 'some samples' against a PO --------------------------
p11_txt = """\
Hi Jason,

we have placed PO TH-24-1188 against the factory's quotation HY-Q-2404 (samples and first production run) for the new 31.8 mm stem TH-ST-318, forged 6061, lengths 35/45/60 mm.

Could you ask Hsin Yi to send us some samples so that our engineers can run the ISO 4210-5 stem test here in Munich? Any colour is fine for the test, black preferred. Laser logo not needed on the samples.

Please let me know the expected ship date.

Thanks and best regards
Lukas
""" + sig("Lukas Brandt", "Category Manager Hardgoods", TRAIL["company"], "+49 89 2154 300")
case("p11_some_samples_trailhaus_agent", ["RG003", "RG004", "RG005", "RG010"],
     "PO placed against a quote with samples and production; 'send us some samples' states no quantity, no "
     "hold on production, no unlock event, no release authority",
     [E("TH-ST-318 samples.eml", mail(
         "Lukas Brandt <l.brandt@trailhaus-sports.de>", "Jason Wu <jason.wu@formosalink.com.tw>",
         "New stem TH-ST-318 - samples please", "Thu, 11 Apr 2024 16:48:00 +0200", p11_txt))])

# p12 -- release letter approving 'the first lot' without a quantity ---------------------
case("p12_release_letter_first_lot_veloform", ["RG002", "RG010"],
     "release letter 'we hereby approve production of the first lot' - no quantity for the lot (hold, event "
     "and releaser are named)",
     [("VF_production_release_VF-Gravel.pdf", pdf([
         ("h1", "Production release - VF-Gravel frame"),
         ("p", "Veloform GmbH - Heilbronner Str. 210 - 70191 Stuttgart"),
         ("p", "To: Fu Sheng Precision Frame Co., Ltd., Ms Vivian Chen - Date: 05.07.2024"),
         ("p", "Part: VF-Gravel frame, drawing VF-3120 Rev E - commercial cover: PO 4500092455"),
         ("sp",),
         ("p", "Dear Ms Chen,"),
         ("p", "the ISO 4210-6 fatigue test on the proto frames has passed (EFBe report 24-2961), and Jonas Albrecht "
               "recorded the sample sign-off on 3 July 2024. Thank you and your team for the quick turnaround."),
         ("p", "We hereby approve production of the first lot."),
         ("p", "The remaining lots stay on hold. Each further lot needs the lot acceptance of the previous lot in "
               "Stuttgart and a new written release from me."),
         ("p", "Please send the production schedule and the packing list template by 12.07.2024."),
         ("sp",),
         ("p", "Mit freundlichen Grüßen"),
         ("p", "Dr. Mareike Schulte - Head of Sourcing"),
     ], title="Production release VF-Gravel", author="Veloform GmbH"))])

# p13 -- Line chat: 'make the protos first, then the rest' -----------------------------
p13 = """\
[LINE] Chat history with Sunny Lee (Formosa Velo Works)
Saved on: 2024/03/08 11:20

2024/03/04(Mon)
08:55	Sunny Lee	Morning Jake, quotation for CC Sprout 20 kids bike sent by email, pls check 📩
09:30	Jake Moreno	Got it thx. PO 24-0311 is going out today
09:31	Jake Moreno	pls make the protos first 🙏 then the rest
09:33	Sunny Lee	OK Jake 👌
09:34	Sunny Lee	colour same as catalogue? Coral + navy
09:40	Jake Moreno	yes coral + navy. tires Kenda 20x1.95, coaster brake + V-brake front
2024/03/06(Wed)
15:12	Sunny Lee	PO received 🙏 frame jig start next week
"""
case("p13_line_cascade_fvw_protos_then_rest", ["RG003", "RG004", "RG005", "RG010"],
     "'pls make the protos first, then the rest': no proto quantity, the rest is not put on hold, no unlock "
     "event, no release authority",
     [("LINE_chat_Sunny_Lee_CC_Sprout.txt", p13)])

# p14 -- German/English mail: pre-series without a quantity -----------------------------
p14_txt = """\
Olá Rui, hallo aus Stuttgart,

as discussed on the phone this morning: please build the Vorserie (pre-series) of the VF-Urban 2 frame per drawing VF-3310 Rev C, powder coat RAL 7016 anthrazit matt, and ship it to our test lab in Stuttgart for the EN 15194 and ISO 4210 tests. PO 4500092310 follows from SAP today.

The series quantity of 1.200 frames is nicht freigegeben - not released. Series production starts only when the Vorserie has been signed off by our lab and I (Katrin Weiß) have sent you the written production release.

Material: only for the Vorserie please, no bulk tubing yet.

Viele Grüße / cumprimentos
""" + sig("Katrin Weiß", "Strategischer Einkauf", VELO["company"], "+49 711 4889 214")
case("p14_vorserie_no_qty_veloform_ciclometal", ["RG010"],
     "pre-series authorized without stating how many frames; series 1.200 not released, unlock = lab sign-off "
     "+ written release by the named sender",
     [E("Vorserie VF-Urban 2.eml", mail(
         "Katrin Weiss <katrin.weiss@veloform.de>", "Rui Pereira <rui.pereira@ciclometal.pt>",
         "Vorserie VF-Urban 2 / PO 4500092310", "Tue, 16 Jul 2024 11:25:00 +0200",
         p14_txt, html=simple_html(p14_txt)))])

# p16 -- Line group chat: 'Green light from our side' ------------------------------------
p16 = """\
[LINE] Chat history with Veloform x Fu Sheng VF-Gravel
Saved on: 2024/06/28 19:02

2024/05/27(Mon)
10:14	Katrin Weiß	Hi all, PO 4500092001 is out: 8 proto frames VF-Gravel (2 per size, 50/53/56/59)
10:15	Katrin Weiß	The other 592 frames of the quote are NOT released. They stay on hold until the ISO 4210-6 test has passed and Dr. Mareike Schulte sends the written production release.
10:31	Kevin Lin	ok noted 8 proto 👌
10:32	Kevin Lin	tubing for proto in stock, jig start 6/3
2024/06/26(Wed)
16:40	Kevin Lin	[Photo] [Photo] [Photo]
16:41	Kevin Lin	8 proto frames painted, decals on. Sand + olive 2 tone
16:41	Kevin Lin	Everything OK? We are ready 💪
17:58	Jonas Albrecht	Wow, looks mega 😍
17:59	Jonas Albrecht	Green light from our side!
18:03	Kevin Lin	Thank you Jonas 🙏🙏
"""
case("p16_line_green_light_veloform_fusheng", ["RG002"],
     "after proto photos and 'we are ready', the buyer's product manager writes 'Green light from our side!' "
     "with no quantity and no sample-only scope (PO scope in the chat is otherwise complete)",
     [("LINE_chat_VF-Gravel_group.txt", p16)])

# p18 -- visit report: 'golden sample approved. Factory is good to run.' ----------------
case("p18_visit_report_stadsfiets_viettien", ["RG002", "RG007"],
     "buyer visit report restates the written-release requirement for 970, then concludes 'golden sample "
     "approved. Factory is good to run.' (unscoped, sample approval rolled into production)",
     [("Visit_report_VietTien_2024-06-18.docx", docx_bytes([
         ("h1", "Visit report - Viet Tien Bicycle Parts JSC, Binh Duong"),
         ("p", "Date: 18 June 2024 - Author: Henk Bos (QA Manager, Stadsfiets) - Distribution: Viet Tien "
               "(Mr Tran Minh Duc, Ms Nguyen Thi Lan), Stadsfiets (Sanne de Boer, Pieter Jansen)"),
         ("h", "1. Purpose"),
         ("p", "Pilot run of the Stadsfiets Ommen 7V city bike, PO 4500-66301."),
         ("h", "2. Scope reminder"),
         ("p", "PO 4500-66301 covers the 30 pilot bikes only. The remaining 970 bikes are not released; they stay "
               "on hold until the pilot bikes pass the EN 14764 test at our lab in Zwolle and Pieter Jansen sends "
               "the written release."),
         ("h", "3. Findings"),
         ("table", [["Topic", "Observation", "Rating"],
                    ["Welding (TIG), head tube / down tube", "even beads, no undercut", "OK"],
                    ["Powder coat thickness", "82-95 µm (spec 70-110 µm)", "OK"],
                    ["Torque audit stem / seatpost", "30 of 30 within spec", "OK"],
                    ["Chain line Nexus 7", "47.5 mm, ok", "OK"],
                    ["Decal position on down tube", "5 mm too low on 3 bikes", "corrected on line"]]),
         ("h", "4. Conclusion"),
         ("p", "Golden sample approved. Factory is good to run."),
         ("h", "5. Actions"),
         ("li", "Viet Tien: ship the 30 pilot bikes by air to Zwolle (ETD 28 June)."),
         ("li", "Viet Tien: send the updated control plan rev 3 by 25 June."),
         ("li", "Stadsfiets: book the EN 14764 test slot for week 27."),
     ], author="Henk Bos"))])

# p19 -- quoted thread: decals approved, price list approved, 'Go ahead!' ----------------
p19_txt = """\
Hi Rui,

the decal artwork v3 is approved by our design team, and the new price list with the powder-coat surcharge is approved by Erik.

Go ahead!

Ingrid
""" + sig("Ingrid Halvorsen", "Inköpare / Buyer", NORD["company"], "+46 31 702 4412") + """
Från: Rui Pereira <rui.pereira@ciclometal.pt>
Skickat: den 17 juni 2024 11:02
Till: Ingrid Halvorsen
Ämne: RE: PO NV-4488 - Bulle cargo proto frames

""" + quote("""Dear Ingrid,

please find attached the decal artwork v3 and our updated price list (EUR, incl. the new powder-coat surcharge of EUR 4,50 per frame).
Please confirm so we can go ahead.

Cumprimentos,
Rui

-----Original Message-----
From: Ingrid Halvorsen
Sent: 3 June 2024 09:15
Subject: PO NV-4488 - Bulle cargo proto frames

""" + quote("""Hi Rui,

PO NV-4488 is attached: 6 proto frames Bulle Long John (2 per size).
The remaining 394 frames from your quotation are not released - they stay on hold until the DIN 79010 test passes and Erik Nyström signs the written release.

Ingrid"""))
case("p19_thread_go_ahead_nordvind_ciclometal", ["RG002", "RG009"],
     "'approved' used for the decal artwork (technical) and the price list (commercial), then an unscoped "
     "'Go ahead!'; quoted PO scope (6 active, 394 on hold, event, Erik) is complete",
     [E("RE PO NV-4488 Bulle cargo proto frames.eml", mail(
         "Ingrid Halvorsen <ingrid.halvorsen@nordvind.se>", "Rui Pereira <rui.pereira@ciclometal.pt>",
         "RE: PO NV-4488 - Bulle cargo proto frames", "Mon, 17 Jun 2024 14:20:00 +0200", p19_txt,
         in_reply_to="<20240617110200.1842@ciclometal.pt>"))])

# p20 -- supplier status: tubing and decal film bought for all 600 ----------------------
p20_status = pdf([
    ("h1", "Weekly status - CC Gravel 2 - week 24"),
    ("p", "Fu Sheng Precision Frame Co., Ltd. for Cascade Cycle Co. - PO 24-0415 (proto frames)"),
    ("table", [["Item", "Qty", "Status", "Remark"],
               ["Proto frames S/M/L", "6 pcs", "welding done, T6 done", "paint week 25"],
               ["Bulk tubing 6061 (down/top/seat tube sets)", "600 frames", "purchased, in stock", "to protect MP slot Aug"],
               ["Decal film (3 colours)", "600 frames", "ordered", "arrives week 26"],
               ["MP frames", "594 pcs", "waiting for your written release", "-"]]),
    ("p", "Next update: week 25."),
], title="Status CC Gravel 2 wk24", author="Fu Sheng Precision Frame")
p20_txt = """\
Dear Jake,

please find attached the weekly status for the CC Gravel 2.

Good news: the 6 proto frames are welded and heat treated, paint next week. To protect your MP slot in August we have already purchased the 6061 bulk tubing and the decal film for all 600 frames, so there will be no material delay later.

Of course the 594 MP frames we only start after your written production release.

Best regards
""" + sig("Vivian Chen", "Sales Manager", FUSH["company"], "+886 4 2359 8811")
case("p20_status_bulk_tubing_fusheng_cascade", ["RG006"],
     "supplier bought bulk tubing and decal film for 600 frames while only the 6 proto frames are released and "
     "no material authority was given",
     [E("CC Gravel 2 status wk24.eml", mail(
         "Vivian Chen <vivian.chen@fusheng-frame.com.tw>", "Jake Moreno <jake.moreno@cascadecycle.com>",
         "CC Gravel 2 - weekly status wk 24", "Fri, 14 Jun 2024 17:10:00 +0800", p20_txt,
         attachments=[("FS_status_CC-Gravel2_wk24.pdf", p20_status, PDF_MT)]))])

# p21 -- Line chat: rims for the full blanket already in stock --------------------------
p21 = """\
[LINE] Chat history with Amy Huang (Jin Hong)
Saved on: 2024/07/19 10:15

2024/07/01(Mon)
09:02	Sanne de Boer	Hi Amy! Call-off 1 under BPO-7802 is in your mail: 300 wheelsets 28" Ommen (SF-WS-28-36D)
09:03	Sanne de Boer	The other 900 sets of the blanket are NOT released. They stay on hold until call-off 2, which I send after lot acceptance of container 1 in Zwolle.
09:03	Sanne de Boer	Material only for the 300 sets please.
09:40	Amy Huang	Good morning Sanne, received call-off 1, 300 sets 👍
2024/07/17(Wed)
15:22	Amy Huang	Update: rims for the full 1,200 sets already in our warehouse, spokes for 1,200 sets arrive next week 😊
15:23	Amy Huang	Don't worry, we only lace the 300 sets. The 900 wait for your call-off 2
15:40	Sanne de Boer	?? we said material only for the 300
15:41	Amy Huang	yes but rim price goes up in August, so we buy early for you
"""
case("p21_line_rims_full_blanket_jinhong", ["RG006"],
     "call-off releases 300 with 'material only for the 300'; supplier holds rims and spokes for 1,200 sets "
     "without a material authority",
     [("LINE_chat_Amy_Huang_JinHong.txt", p21)])

# p23 -- buyer: 'feel free to start buying material for the series' ------------------
p23_txt = """\
Hi Sunny,

thanks for the proto photos, the CC Metro 8 looks sharp in the slate blue.

Quick reminder on scope: PO 24-0488 covers the 10 proto bikes. The 490 MP bikes are not released until the protos pass UL 2849 and EN 15194 testing and Rachel Kim sends the written production release.

That said, the September MP slot is tight. So feel free to start buying material for the series already - frame tubing, motors, batteries - so we don't lose the slot. We'll sort out the paperwork later.

Cheers,
Jake
""" + sig("Jake Moreno", "Buyer", CASC["company"], "+1 503 555 0178")
case("p23_buy_material_for_series_cascade_fvw", ["RG006"],
     "buyer invites material purchases for the 490 unreleased MP bikes with no quantity limit or liability "
     "('we'll sort out the paperwork later') - not an explicit material authority",
     [E("CC Metro 8 proto photos.eml", mail(
         "Jake Moreno <jake.moreno@cascadecycle.com>", "Sunny Lee <sunny.lee@formosavelo.com.tw>",
         "RE: CC Metro 8 proto photos", "Wed, 31 Jul 2024 09:12:00 -0700", p23_txt))])

# p24 -- folder: call-off with staged authority + supplier report exceeding it ----------
p24_calloff = """<h2>Nordvind Cykler AB - Call-off 2 (avrop 2)</h2>
<p>Blanket order NV-B-2024-07 &nbsp;|&nbsp; Supplier: Ciclometal Lda, Águeda &nbsp;|&nbsp; Part: Bulle Long John frame NV-BLJ-FR, drawing NV-BLJ-001 Rev F<br>
Date: 2024-08-26 &nbsp;|&nbsp; Issued by: Erik Nyström, Supply Chain Manager</p>
<table>
<tr><th></th><th>Frames</th></tr>
<tr><td>Blanket quantity</td><td>1,200</td></tr>
<tr><td>Released with call-off 1 (2024-06-10)</td><td>150</td></tr>
<tr><td>Released with this call-off 2</td><td>150</td></tr>
<tr><td>Cumulative released</td><td>300</td></tr>
<tr><td>Remaining, on hold</td><td>900</td></tr>
</table>
<div class="note">
<p>The remaining 900 frames are not released. They stay on hold until call-off 3, which Erik Nyström issues after
lot acceptance of the call-off 2 delivery in Göteborg.</p>
<p>Material authority: staged. You may hold tubing and dropouts for up to 150 further frames beyond this call-off
(450 frames cumulative) at Nordvind's liability.</p>
</div>"""
p24_report = """\
CICLOMETAL LDA  -  RELATORIO SEMANAL / WEEKLY REPORT  -  SEMANA 36 / 2024
Cliente: NORDVIND CYKLER AB        Encomenda: NV-B-2024-07 (call-off 2)

PRODUCAO / PRODUCTION
  Call-off 2: 150 frames    corte 150/150   soldadura 96/150   pintura 0/150
  Expected ETD: semana 39, 2 x 20' container

MATERIAL
  Tubing 7005 (hydroformed down tube + top tube sets) purchased for 900 frames
  -> bought now to secure the mill price for Q4 (+6% from October)
  Dropouts (CNC, 12x148) ordered for 900 frames, delivery semana 38

QUALIDADE / QUALITY
  DIN 79010 retest lot 1: passed (RISE 24-0911)
  Weld X-ray sample 3/150: ok

Ana Sousa - Planeamento
"""
case("p24_folder_calloff_report_nordvind_ciclometal", ["RG006"],
     "folder bundle: call-off gives staged material authority up to 450 frames cumulative; supplier report "
     "says tubing and dropouts bought for 900 frames",
     [("NV_calloff_2_NV-B-2024-07.html", html_page("Call-off 2 NV-B-2024-07", p24_calloff)),
      ("Ciclometal_weekly_report_wk36.txt", p24_report)])

# p25 -- agent: factory goes straight into MP after proto approval, tubing booked ------
p25_orig = mail("Lukas Brandt <l.brandt@trailhaus-sports.de>", "Jason Wu <jason.wu@formosalink.com.tw>",
                "PO TH-24-1207 - TH Alu Trek proto pairs", "Tue, 06 Aug 2024 10:40:00 +0200",
                """Hi Jason,

attached PO TH-24-1207 for 20 proto pairs of the TH Alu Trek pole (7075 alloy, 3-section, flick-lock, foam grip).

Please note: this PO covers the 20 proto pairs only. The remaining 1,980 pairs of the quotation are not released and stay on hold until our field test has been signed off and I send a written production release.

Best regards
Lukas Brandt
Category Manager Hardgoods, Trailhaus Sports GmbH
""")
p25_txt = """\
Dear Lukas,

quick update from the factory in Taichung on the TH Alu Trek poles (your PO attached below for reference):

- Proto 20 pairs finish next Friday, we ship by DHL Express.
- Factory suggestion: after your proto approval they go straight into mass production, to keep the October slot - so no time is lost waiting.
- To make this possible they already booked the 7075 tubing at the mill for the whole 2,000 pairs (mill lead time is 9 weeks now).

Please advise if you have any other colour request for the foam grip (black / sand).

Best regards
""" + sig("Jason Wu", "Project Manager", FORMOSA["company"], "+886 4 2328 1168")
case("p25_agent_straight_into_mp_trailhaus", ["RG006", "RG007"],
     "agent reports the factory will go straight into MP after proto approval although the forwarded PO "
     "requires a written release, and that tubing for the whole 2,000 pairs is already booked",
     [E("TH Alu Trek update.eml", mail(
         "Jason Wu <jason.wu@formosalink.com.tw>", "Lukas Brandt <l.brandt@trailhaus-sports.de>",
         "TH Alu Trek - proto status and MP plan", "Thu, 22 Aug 2024 18:05:00 +0800", p25_txt,
         attachments=[("rfc822", p25_orig)]))])

# p26 -- supplier: deposit received, so aluminium for all 2,000 bought, anodising starts --
p26_txt = """\
Dear Megan,

we received your 30% deposit today, thank you very much!

So we have started: the aluminium 7001-T6 tube for the whole 2,000 tent pole sets is purchased, and anodising of the 2,000 sets (champagne colour) starts next week on line 2. The 20 sample sets will be ready on 20 Aug as planned.

Best regards
""" + sig("Pham Van Hoa", "Sales Manager", MEKONG["company"], "+84 28 3770 1145") + """
On 29 Jul 2024, Megan Ortiz wrote:
""" + quote("""Hi Hoa,

PO 4500-88601 is attached: 20 sample pole sets for the RL Basin 2P tent (8.7 mm, 7001-T6).
The remaining 1,980 sets are not released - on hold until the pitch and wind test is signed off and Tom Kessler sends a written release.
Deposit: 30% of your PI for the sample sets and the swage tooling.

Megan""")
case("p26_deposit_start_mekong_ridgeline", ["RG006", "RG012"],
     "supplier treats the deposit (paid for samples and tooling) as the start signal: buys tube for all 2,000 "
     "sets and starts anodising them, against the quoted hold",
     [E("RE PO 4500-88601 RL Basin 2P.eml", mail(
         "Pham Van Hoa <hoa.pham@mekong-outdoor.vn>", "Megan Ortiz <megan.ortiz@ridgeline-outdoor.com>",
         "RE: PO 4500-88601 - RL Basin 2P sample pole sets", "Mon, 05 Aug 2024 16:30:00 +0700", p26_txt,
         html=simple_html(p26_txt), in_reply_to="<h46-p26-orig@ridgeline-outdoor.com>"))])

# p27 -- supplier OC mail: 'continue directly with the remaining 970' -------------------
p27_oc = html_page("Order confirmation VT-OC-24-0630", """<h2>Viet Tien Bicycle Parts JSC - Order confirmation VT-OC-24-0630</h2>
<p>Customer: Kvist Bikes ApS &nbsp;|&nbsp; Customer PO: KV-2460 &nbsp;|&nbsp; Date: 01/07/2024</p>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit price USD</th><th>Line / dates</th></tr>
<tr><td>1</td><td>Kvist Flex 2 cargo bike, pilot run, assembled, boxed</td><td>30</td><td>498.00</td><td>line 2, 15-19/07/2024</td></tr>
</table>
<p>Box: Kvist green RAL 6009 + matt clear. Motor Bafang M420, battery 36V 14Ah (UN38.3 ok).</p>""")
p27_txt = """\
Dear Mette,

please find attached our order confirmation VT-OC-24-0630 for the 30 pilot bikes.

The pilot run will be on line 2 from 15 to 19 July. Once your QC approves the pilot run, we will continue directly with the remaining 970 pcs on the same line, to keep your MP slot in week 38 and save the line changeover.

Thank you for your support!
""" + sig("Nguyen Thi Lan", "Sales Executive", VIET["company"], "+84 274 3767 220") + """
On 28/06/2024 Mette Sørensen wrote:
""" + quote("""Hi Lan,

PO KV-2460 covers the 30 pilot bikes only. The remaining 970 are not released; they stay on hold until the DIN 79010 test on the pilot bikes is signed off and I send you the written release.

Mette""")
case("p27_supplier_oc_continue_directly_viettien", ["RG007"],
     "supplier confirms the pilot run and plans to continue directly with the remaining 970 once QC approves "
     "the pilot, although the quoted PO requires a written release",
     [E("OC VT-OC-24-0630 Kvist Flex 2.eml", mail(
         "Nguyen Thi Lan <lan.nguyen@viettienparts.vn>", "Mette Sorensen <mette@kvistbikes.dk>",
         "Order confirmation VT-OC-24-0630 - Kvist Flex 2 pilot run", "Mon, 01 Jul 2024 10:05:00 +0700",
         p27_txt, attachments=[("VT-OC-24-0630.html", p27_oc, "text/html")],
         in_reply_to="<h46-p27-orig@kvistbikes.dk>"))])

# p30 -- buyer undercuts her own written-release requirement ------------------------
p30_po = pdf([
    ("h1", "Inkooporder / Purchase Order 4500-66520"),
    ("p", "Stadsfiets B.V. - Zwolle - to Angkor Cycle Manufacturing Co., Ltd., Phnom Penh SEZ"),
    ("table", [["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs USD"],
               ["1", "SF-KD-7V", "Stadsfiets Kade 7V city bike, test bikes", "12", "284,00"]]),
    ("sp",),
    ("p", "Scope: this order releases the 12 test bikes. The remaining 588 bikes of quotation AC-Q-24-055 are "
          "not released. They are released only after (1) Henk Bos (QA Manager) has signed off the EN 14764 test "
          "report on the test bikes and (2) Pieter Jansen (Category Manager) has sent a written release."),
    ("p", "Material authority: test bikes only."),
    ("p", "Sanne de Boer - Inkoper"),
], title="PO 4500-66520", author="Stadsfiets B.V.")
p30_txt = """\
Hi Dara,

attached the PO for the 12 test bikes of the Kade 7V. Thanks for squeezing them in!

Between us: if Henk is happy with the test bikes next week, no need to wait for Pieter's paperwork - just carry on with the rest so we make the spring season. Pieter is on holiday until the 26th anyway.

Groetjes,
Sanne
""" + sig("Sanne de Boer", "Inkoper / Buyer", STADS["company"], "+31 38 421 7712")
case("p30_buyer_carry_on_stadsfiets_angkor", ["RG007"],
     "buyer tells the supplier to carry on with the remaining 588 if QA likes the test bikes, skipping the "
     "written release her own attached PO requires",
     [E("PO 4500-66520 Kade 7V test bikes.eml", mail(
         "Sanne de Boer <s.deboer@stadsfiets.nl>", "Dara Sok <dara.sok@angkorcycle.com.kh>",
         "PO 4500-66520 - Kade 7V test bikes", "Thu, 08 Aug 2024 16:12:00 +0200", p30_txt,
         attachments=[("PO_4500-66520.pdf", p30_po, PDF_MT)]))])

# p31 -- supplier production schedule with automatic MP start -----------------------
p31_body = """<h2>Angkor Cycle Manufacturing - Production schedule</h2>
<p>Customer: Ridgeline Outdoor Inc. &nbsp;|&nbsp; Model: RL Trail 29 &nbsp;|&nbsp; Schedule rev 3 &nbsp;|&nbsp; 2024-07-05 &nbsp;|&nbsp; prepared by Sokha Chea (PMC)</p>
<table>
<tr><th>Step</th><th>Qty</th><th>Start</th><th>End</th><th>Remark</th></tr>
<tr><td>Frames + forks inbound (Fu Sheng / Suntour)</td><td>40 sets</td><td>wk 28</td><td>wk 28</td><td>pilot material</td></tr>
<tr><td>Pilot run</td><td>40 bikes</td><td>wk 29</td><td>wk 29</td><td>PO 4500-88515</td></tr>
<tr><td>Pilot bikes air to Denver, pilot approval by Ridgeline</td><td>-</td><td>wk 30</td><td>wk 31</td><td></td></tr>
<tr><td>Mass production</td><td>1,160 bikes</td><td>pilot approval + 7 days (automatic)</td><td>wk 36</td><td>line 1+2, 2 shifts</td></tr>
<tr><td>Container loading</td><td>1,160 bikes</td><td>wk 36</td><td>wk 37</td><td>6 x 40HQ, Sihanoukville</td></tr>
</table>
<p>Packing: 1 bike per carton, 85% assembled, pedals and manual in accessory box.</p>"""
case("p31_schedule_auto_mp_angkor_ridgeline", ["RG001", "RG007"],
     "supplier schedule shows 1,160 MP bikes beside the 40-bike pilot PO with no 'not released' note, and "
     "starts MP automatically 7 days after pilot approval",
     [("Angkor_schedule_RL-Trail29_rev3.html", html_page("Production schedule RL Trail 29 rev 3", p31_body))])

# p32 -- PO: 'once the samples are approved, roll straight into production' ---------
case("p32_po_roll_into_production_kvist_ciclometal", ["RG005", "RG007"],
     "PO holds the 990 until sample approval, then says 'roll straight into production' - implied "
     "auto-conversion, and nobody is named who may release",
     [("Kvist_PO_KV-2455.pdf", pdf([
         ("h1", "Purchase Order KV-2455"),
         ("p", "Kvist Bikes ApS - Refshalevej 147 - 1432 København K - Denmark"),
         ("table", [["Supplier", "Ciclometal Lda, Águeda, Portugal"], ["Date", "2024-05-06"],
                    ["Quotation", "QT-CM-2290"], ["Delivery", "EXW Águeda, DSV groupage"]]),
         ("sp",),
         ("table", [["Item", "Part no.", "Description", "Qty", "Unit EUR", "Amount EUR"],
                    ["1", "KV-LT-FR-S", "Kvist Longtail frame, sample, 7005, powder coat RAL 6009", "10", "385,00", "3.850,00"]]),
         ("sp",),
         ("h", "Notes"),
         ("p", "The production quantity of 990 frames (quotation QT-CM-2290) is not to be started before the "
               "samples are approved. Once the samples are approved, please roll straight into production so we "
               "keep the October slot."),
         ("p", "Samples will be tested to DIN 79010 at DTI Taastrup."),
         ("p", "Payment: 30 days net. Kvist Bikes general purchasing terms apply."),
     ], title="PO KV-2455", author="Kvist Bikes ApS"))])

# p33 -- buyer: 'when the samples are approved, production is approved as well' ---
p33_txt = """\
Hi Vivian,

to save time on the RL Ridge 27: when the 20 sample frames are approved, the 780 production frames are approved as well - no need to wait for separate paperwork.

Could you send me your updated MP schedule for the youth line?

Thanks!
Megan
""" + sig("Megan Ortiz", "Sourcing Specialist", RIDGE["company"], "+1 303 555 0142") + """
On Jun 3, 2024, at 9:20 AM, Megan Ortiz wrote:
""" + quote("""Hi Vivian,

PO 4500-88622 is out: 20 sample frames RL Ridge 27 (youth, 27.5").
The 780 production frames are not released and stay on hold until the ISO 4210-6 report is in and Tom Kessler sends a written production release.

Megan""")
case("p33_samples_approved_production_approved_ridgeline", ["RG007", "RG009"],
     "buyer says the 780 are 'approved as well' when the samples are approved, contradicting the written "
     "release by Tom Kessler; 'approved' used for sample and production",
     [E("RL Ridge 27 timing.eml", mail(
         "Megan Ortiz <megan.ortiz@ridgeline-outdoor.com>", "Vivian Chen <vivian.chen@fusheng-frame.com.tw>",
         "RL Ridge 27 - timing", "Tue, 25 Jun 2024 15:48:00 -0600", p33_txt, html=simple_html(p33_txt)))])

# p34 -- buyer: 'please treat this forecast as our firm order' ---------------------
p34_txt = """\
Dear Lan,

as promised, here is our forecast for 2025 for the VF-E-Urban frame:

  Q1 2025   600 frames
  Q2 2025   900 frames
  Q3 2025   600 frames
  Q4 2025   300 frames
  ------------------------
  Total   2,400 frames

Please treat this forecast as our firm order, so that you can reserve the capacity on your welding and paint lines for us. Colour split follows in November.

Thank you and best regards
""" + sig("Katrin Weiß", "Strategischer Einkauf", VELO["company"], "+49 711 4889 214")
case("p34_forecast_as_firm_order_veloform", ["RG008"],
     "buyer asks the supplier to treat the 2025 forecast of 2,400 frames as a firm order",
     [E("VF-E-Urban 2025 planning.eml", mail(
         "Katrin Weiss <katrin.weiss@veloform.de>", "Nguyen Thi Lan <lan.nguyen@viettienparts.vn>",
         "Forecast 2025 - VF-E-Urban frames", "Wed, 09 Oct 2024 09:30:00 +0200", p34_txt))])

# p35 -- supplier OC: 'thank you for your order of 3,000 ... as per your forecast' ---
case("p35_oc_order_per_forecast_jinhong", ["RG008"],
     "supplier order confirmation turns the buyer's forecast FC-2024-06 into an 'order of 3,000 wheelsets' "
     "with a production schedule",
     [("JH-OC-24-0705.pdf", pdf([
         ("h1", "ORDER CONFIRMATION JH-OC-24-0705"),
         ("p", "Jin Hong Wheel Industrial Co., Ltd. - Changhua, Taiwan"),
         ("table", [["Customer", "Stadsfiets B.V., Zwolle - Attn. Sanne de Boer"],
                    ["Customer reference", "Forecast FC-2024-06 (dated 3 June 2024)"],
                    ["Date", "2024-07-05"]]),
         ("sp",),
         ("p", "Dear Sanne, thank you for your order of 3,000 wheelsets 28\" (SF-WS-28-36D) as per your "
               "forecast dated 3 June 2024. We have scheduled production as follows:"),
         ("table", [["Month", "Wheelsets", "Container"],
                    ["July 2024", "600", "1 x 40HQ"],
                    ["August 2024", "800", "1 x 40HQ"],
                    ["September 2024", "800", "1 x 40HQ"],
                    ["October 2024", "800", "1 x 40HQ"],
                    ["Total", "3,000", ""]]),
         ("p", "Unit price EUR 38.60 FOB Taichung. Payment 60 days after B/L."),
         ("p", "Amy Huang - Overseas Sales"),
     ], title="JH-OC-24-0705", author="Jin Hong Wheel"))])

# p36 -- buyer supply plan: 'the Q3 forecast is committed' -------------------------
p36_body = """<h2>Nordvind Cykler AB - Supply plan H2 2024 for Ciclometal Lda</h2>
<p>Part: Bulle Long John frame NV-BLJ-FR &nbsp;|&nbsp; Prepared by Ingrid Halvorsen &nbsp;|&nbsp; 2024-06-20</p>
<table>
<tr><th>Month</th><th>Forecast (frames)</th><th>Status</th></tr>
<tr><td>July</td><td>350</td><td>committed</td></tr>
<tr><td>August</td><td>400</td><td>committed</td></tr>
<tr><td>September</td><td>450</td><td>committed</td></tr>
<tr><td>Q3 total</td><td>1,200</td><td>committed</td></tr>
<tr><td>October</td><td>400</td><td>forecast</td></tr>
<tr><td>November</td><td>250</td><td>forecast</td></tr>
<tr><td>December</td><td>150</td><td>forecast</td></tr>
</table>
<p class="note">The Q3 forecast (1,200 frames) is committed - you can count on it as ordered volume and plan your
lines on it. Q4 figures are indicative.</p>
<p>Ingrid Halvorsen - ingrid.halvorsen@nordvind.se</p>"""
case("p36_supply_plan_committed_forecast_nordvind", ["RG008"],
     "buyer supply plan labels the Q3 forecast of 1,200 frames 'committed' and 'ordered volume'",
     [("NV_supply_plan_H2-2024.html", html_page("Nordvind supply plan H2 2024", p36_body))])

# p37 -- agent to factory: forecast 5k is a confirmed order, book tubing ----------
p37 = """\
[LINE] Chat history with 賴先生 Mr. Lai (Yong Feng Aluminum)
Saved on: 2024/09/13 20:11

2024/09/12(Thu)
14:02	Jason Wu	賴先生 good afternoon. Customer Trailhaus PO TH-24-1301 = 24 sample sets TH Alu Trek only 🙏
14:03	Jason Wu	Other qty NOT released. Customer (Lukas Brandt) send written release after field test sign-off
14:05	Jason Wu	BUT customer forecast 2025 = 5k sets, this is confirmed order already 👍 pls plan MP and book the 7075 tubing for 5k now, mill lead time long
14:30	Mr. Lai	收到 OK. 24 sample sets start next week
14:31	Mr. Lai	5k tubing I book at mill this week, deposit to mill 20%
14:33	Jason Wu	👍👍 thank you
"""
case("p37_agent_forecast_confirmed_tubing_formosa", ["RG006", "RG008"],
     "agent tells the factory the 5k forecast is a confirmed order and to book tubing for 5k, while only 24 "
     "sample sets are released; the factory books it",
     [("LINE_chat_Mr_Lai_YongFeng.txt", p37)])

# p38 -- buyer DOCX: forecast quantities 'constitute our purchase commitment' -----
case("p38_purchase_commitment_forecast_cascade_hsinyi", ["RG008"],
     "buyer letter declares the 2025 forecast quantities a purchase commitment and asks the supplier to plan "
     "production on them",
     [("CC_2025_cockpit_parts_letter.docx", docx_bytes([
         ("h1", "Purchase commitment 2025 - cockpit parts"),
         ("p", "Cascade Cycle Co., Portland OR - to Hsin Yi Components Co., Tainan - Attn. Grace Tsai"),
         ("p", "Date: 2024-10-21 - from Rachel Kim, Sourcing Manager"),
         ("p", "Dear Grace,"),
         ("p", "thank you for a great 2024 season. To secure your capacity for 2025, the forecast quantities in the "
               "table below constitute our purchase commitment for 2025. Please plan capacity and production "
               "accordingly."),
         ("table", [["Part", "Description", "Forecast qty 2025", "Price USD"],
                    ["CC-HB-780", "Flat bar 780 mm, 31.8, 6061, 9° back", "4,000", "6.20"],
                    ["CC-ST-45", "Stem 45 mm, 31.8, 0° rise", "3,500", "5.10"],
                    ["CC-SP-309", "Seatpost 30.9 x 350, 2-bolt", "3,000", "7.40"]]),
         ("sp",),
         ("p", "Monthly split will follow with our Q1 planning call in December."),
         ("p", "Best regards, Rachel Kim"),
     ], author="Rachel Kim"))])

# p39 -- 'PO released in SAP' next to the production release; no unlock event ----
p39_txt = """\
Dear Vivian,

PO 4500092601 was released in SAP this morning; you should have it via EDI by now. It carries 6 proto frames plus 594 series frames of the VF-Trekking Lite as commercial cover, so that the price agreement is documented.

Production release: only the 6 proto frames. The 594 series frames stay on hold until further notice, and Dr. Mareike Schulte is the only one who can lift that hold.

Please confirm the proto ship date.

Beste Grüße
""" + sig("Katrin Weiß", "Strategischer Einkauf", VELO["company"], "+49 711 4889 214")
case("p39_sap_released_po_veloform_fusheng", ["RG004", "RG009"],
     "'released' used for the SAP PO (commercial) and for the production release; 594 on hold 'until further "
     "notice' with a named person but no unlock event",
     [E("PO 4500092601 VF-Trekking Lite.eml", mail(
         "Katrin Weiss <katrin.weiss@veloform.de>", "Vivian Chen <vivian.chen@fusheng-frame.com.tw>",
         "PO 4500092601 - VF-Trekking Lite", "Thu, 18 Jul 2024 08:55:00 +0200", p39_txt,
         html=simple_html(p39_txt)))])

# p40 -- Slack Connect: 'drawing rev D released' next to 'wait for our release' ---
p40 = """\
#cc-trail1-fvw  (Slack Connect: Cascade Cycle Co. <> Formosa Velo Works)
Export 2024-07-12

--- Tuesday, July 9th ---
Priya Nair  9:12 AM
drawing CC-TR1-001 rev D released :white_check_mark: chainstay yoke changed for 2.4" tires, please update your CAD and the jig
Sunny Lee (FVW)  9:40 AM
received, we update jig. proto rev D ship 7/19
Priya Nair  9:41 AM
:+1:
Jake Moreno  10:02 AM
reminder for everyone: PO 24-0533 covers the 8 proto frames rev D. The 392 MP frames wait for our release - Rachel Kim sends the written release after the rev D protos pass ISO 4210-6 testing.
Sunny Lee (FVW)  10:15 AM
noted Jake, 8 proto only :ok_hand:
--- Thursday, July 11th ---
Sunny Lee (FVW)  4:22 PM
rev D jig finished, welding tomorrow
"""
case("p40_slack_drawing_released_cascade_fvw", ["RG009"],
     "'released' used for the drawing revision (technical) and for the production release in the same "
     "channel; scope itself is complete (8 active, 392 held, test + written release by Rachel Kim)",
     [("slack_cc-trail1-fvw_export.txt", p40)])

# p41 -- QA letter: 'sample release' for shipment and 'production release' -------
case("p41_sample_release_letter_stadsfiets_viettien", ["RG009"],
     "'release' used for the QC release of the samples for shipment and for the production release; the scope "
     "(12 active, 588 held, EN 14764 sign-off, Pieter Jansen) is complete",
     [("SI-24-077_source_inspection.pdf", pdf([
         ("h1", "Source inspection report and sample release SI-24-077"),
         ("p", "Stadsfiets B.V. - Quality Assurance - Zwolle"),
         ("table", [["Supplier", "Viet Tien Bicycle Parts JSC, Binh Duong"],
                    ["Order", "PO 4500-66330 - Stadsfiets Ommen 3V city bike"],
                    ["Inspection date", "2024-06-12"], ["Inspector", "Henk Bos, QA Manager"]]),
         ("sp",),
         ("table", [["Check", "Sample size", "Result"],
                    ["Visual / paint (AQL 1.0)", "12", "12 ok"],
                    ["Torque audit", "12", "12 ok"],
                    ["Brake function roller brake", "12", "12 ok"],
                    ["Lighting (dynamo, StVZO)", "12", "12 ok"]]),
         ("sp",),
         ("h", "Sample release"),
         ("p", "The 12 sample bikes are released for shipment to Zwolle. Source inspection passed."),
         ("h", "Production release"),
         ("p", "Not given. The remaining 588 bikes are not released until the EN 14764 test at our lab in Zwolle has "
               "been signed off. Pieter Jansen will then send the written production release."),
         ("sp",),
         ("p", "Henk Bos - QA Manager, Stadsfiets B.V."),
     ], title="SI-24-077", author="Stadsfiets B.V."))])

# p42 -- folder: PO 24 pilot bikes vs. follow-up mail 'the 20 pilot bikes' --------
p42_po = pdf([
    ("h1", "Inkooporder / Purchase Order 4500-66510"),
    ("p", "Stadsfiets B.V. - Zwolle - to Angkor Cycle Manufacturing Co., Ltd."),
    ("table", [["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs USD"],
               ["1", "SF-KD-7V-P", "Stadsfiets Kade 7V, pilot bikes, 53 + 57 cm", "24", "279,00"]]),
    ("sp",),
    ("p", "This order releases the 24 pilot bikes. The remaining 476 bikes of quotation AC-Q-24-052 are not "
          "released; they stay on hold until Henk Bos (QA) has signed off the EN 14764 test and Pieter Jansen "
          "(Category Manager) has sent the written release."),
    ("p", "Delivery: FOB Sihanoukville, LCL. Forwarder Kuehne+Nagel Phnom Penh."),
    ("p", "Sanne de Boer - Inkoper"),
], title="PO 4500-66510", author="Stadsfiets B.V.")
p42_txt = """\
Hi Dara,

just checking: will the 20 pilot bikes of the Kade 7V be ready for pick-up at Sihanoukville in week 34? Our forwarder (Kuehne+Nagel) needs the CBM and the gross weight by Friday to book the LCL space.

Also please add 2 spare rear wheels in the shipment, free of charge as discussed.

Thanks!
Sanne
""" + sig("Sanne de Boer", "Inkoper / Buyer", STADS["company"], "+31 38 421 7712")
case("p42_folder_po_24_mail_20_stadsfiets_angkor", ["RG011"],
     "folder bundle: PO releases 24 pilot bikes, the buyer's follow-up mail speaks of 'the 20 pilot bikes'",
     [("PO_4500-66510.pdf", p42_po),
      E("Kade 7V pilot bikes pickup.eml", mail(
          "Sanne de Boer <s.deboer@stadsfiets.nl>", "Dara Sok <dara.sok@angkorcycle.com.kh>",
          "Kade 7V pilot bikes - pick-up week 34", "Tue, 30 Jul 2024 10:18:00 +0200", p42_txt))])

# p43 -- DOCX PO: table says 12, text says ten (10); no releaser named ----------
case("p43_po_12_vs_ten_trailhaus_mekong", ["RG005", "RG011"],
     "PO table authorizes 12 proto pairs while the text asks for ten (10); production held until field-test "
     "sign-off but nobody named who may release it",
     [("TH_PO_24-1350_TH-Carbon-4.docx", docx_bytes([
         ("h1", "Purchase Order TH-24-1350"),
         ("p", "Trailhaus Sports GmbH, München - to Mekong Outdoor Products Co., Ltd., HCMC - Attn. Pham Van Hoa"),
         ("p", "Date: 2024-09-02 - quotation MO-Q-24-166 - drawing TH-P-4400 Rev A"),
         ("table", [["Pos", "Article", "Description", "Qty", "Unit", "Price USD"],
                    ["1", "TH-P-4400-P", "TH Carbon 4 trekking pole, proto, 3K carbon, flick-lock", "12", "pairs", "29.50"]]),
         ("sp",),
         ("p", "Dear Mr. Hoa, please make ten (10) proto pairs of the TH Carbon 4 for our winter field test in "
               "the Stubai valley. Tips with snow baskets, please."),
         ("p", "The production quantity stays on hold until the field test is signed off."),
         ("p", "Delivery by courier to Munich before 15 October."),
         ("sp",),
         ("p", "Kind regards, Sabine Roth - Buyer Hardgoods"),
     ], author="Sabine Roth"))])

# p44 -- folder: call-off HTML 300 vs. ERP printout 350 --------------------------
p44_calloff = """<h2>Nordvind Cykler AB - Call-off 4 (avrop 4)</h2>
<p>Blanket order NV-B-2024-03 &nbsp;|&nbsp; Supplier: Ciclometal Lda &nbsp;|&nbsp; Part NV-BLJ-FR Bulle Long John frame &nbsp;|&nbsp; 2024-09-16</p>
<table>
<tr><th>Call-off</th><th>Released for production</th><th>Cumulative</th></tr>
<tr><td>1-3</td><td>700</td><td>700</td></tr>
<tr><td>4 (this call-off)</td><td>300</td><td>1,000</td></tr>
</table>
<p class="note">Call-off 4 releases 300 frames. The remaining 500 frames of the blanket (1,500) are not released and
stay on hold until call-off 5, which Erik Nyström issues after lot acceptance of call-off 4 in Göteborg.</p>"""
p44_erp = """\
NORDVIND CYKLER AB            AVROP / CALL-OFF                    SIDA 1
-----------------------------------------------------------------------
AVROPSNR : 4                  RAMORDER : NV-B-2024-03
DATUM    : 2024-09-16         LEV.NR   : 30117 CICLOMETAL LDA
ARTIKEL  : NV-BLJ-FR          BENAMN.  : BULLE LONG JOHN RAM 7005
-----------------------------------------------------------------------
RAMORDER ANTAL (BLANKET QTY) ............ 1500 ST
TIDIGARE AVROPAT (PREVIOUS CALL-OFFS) ...  700 ST
DETTA AVROP (THIS CALL-OFF) .............  350 ST   LEV V.42
KVAR - EJ FRISLAPPT (REMAINING ON HOLD) .  450 ST
-----------------------------------------------------------------------
NASTA AVROP (NEXT CALL-OFF): EFTER GODKAND LEVERANSKONTROLL AV AVROP 4
FRISLAPPS AV / RELEASED BY: ERIK NYSTROM, SUPPLY CHAIN MANAGER
-----------------------------------------------------------------------
"""
case("p44_folder_calloff_300_erp_350_nordvind", ["RG011"],
     "folder bundle: call-off 4 releases 300 frames in the HTML notice but 350 in the ERP printout of the same "
     "call-off",
     [("NV_calloff_4_NV-B-2024-03.html", html_page("Call-off 4 NV-B-2024-03", p44_calloff)),
      ("NV_ERP_avrop_4.txt", p44_erp)])

# p45 -- thread: PO for six (6) protos, later 'we need the 8 proto frames' ------
p45_txt = """\
Hi Vivian,

following up on our call this morning: we need the 8 proto frames (XS, S, M, L - 2 each) in Boulder by Aug 30 for the fit sessions with our team riders. Can you confirm?

Also, please use the sand colour for all protos, not the raw finish.

Thanks,
Megan
""" + sig("Megan Ortiz", "Sourcing Specialist", RIDGE["company"], "+1 303 555 0142") + """
On Mon, Jun 10, 2024 at 11:02 AM Megan Ortiz wrote:
""" + quote("""Hi Vivian,

PO 4500-88410 covers six (6) proto frames RL Ridge 29 (S, M, L - 2 each).
The other 594 frames of quote FS-Q-24-0410 are not released; they stay on hold until the ISO 4210-6 report is in and Tom Kessler sends a written production release.

Megan""")
case("p45_thread_6_then_8_protos_ridgeline", ["RG011"],
     "quoted PO authorizes six (6) proto frames; the buyer's later message asks for 8 proto frames without "
     "revising the PO",
     [E("RE PO 4500-88410 proto frames.eml", mail(
         "Megan Ortiz <megan.ortiz@ridgeline-outdoor.com>", "Vivian Chen <vivian.chen@fusheng-frame.com.tw>",
         "RE: PO 4500-88410 - RL Ridge 29 proto frames", "Tue, 23 Jul 2024 13:37:00 -0600", p45_txt,
         in_reply_to="<h46-p45-orig@ridgeline-outdoor.com>"))])

# p46 -- WhatsApp: PO 30 pilot bikes, later 'the 25 pilot bikes' and 'Go ahead' ---
p46 = """\
[10/06/2024, 09:01:12] Mette Sørensen: Hi Dara! PO KV-2470 is in your inbox: 30 pilot bikes Kvist Flex cargo, for the dealer roadshow in September.
[10/06/2024, 09:02:30] Mette Sørensen: The other 470 are NOT released. They wait until the DIN 79010 test passes in Copenhagen and I send you the written release.
[10/06/2024, 09:30:05] Dara Sok: Noted with thanks Mette 🙏 30 pilot bikes
[24/06/2024, 16:44:18] Dara Sok: <Media omitted>
[24/06/2024, 16:44:40] Dara Sok: Frames from Viet Tien arrived, jig check ok. Mette, can we start?
[24/06/2024, 17:05:02] Mette Sørensen: Go ahead 👍
[26/06/2024, 10:12:44] Mette Sørensen: Hi Dara, for the 25 pilot bikes please use the black Kvist grips, not the brown ones.
[26/06/2024, 10:30:19] Dara Sok: OK black grips 👌
"""
case("p46_whatsapp_30_vs_25_go_ahead_kvist_angkor", ["RG002", "RG011"],
     "PO releases 30 pilot bikes, later the buyer writes 'the 25 pilot bikes'; 'Go ahead' to 'can we start?' "
     "names no quantity or sample scope",
     [("WhatsApp Chat with Dara Sok Angkor.txt", p46)])

# p47 -- release PDF: table 400, text four hundred and fifty (450) --------------
case("p47_release_400_vs_450_veloform", ["RG011"],
     "release document: the table releases 400 frames, the text releases four hundred and fifty (450)",
     [("VF-PR-0044_release_lot2.pdf", pdf([
         ("h1", "Production release VF-PR-0044"),
         ("p", "Veloform GmbH - Stuttgart - to Fu Sheng Precision Frame Co., Ltd."),
         ("table", [["Release no.", "Order", "Part", "Quantity", "Lot", "Date"],
                    ["2", "PO 4500092190 (blanket)", "VF-2250 Rev D trekking frame", "400 pcs", "2", "02.09.2024"]]),
         ("sp",),
         ("p", "Dear Ms Chen,"),
         ("p", "lot 1 was accepted at incoming inspection in Stuttgart on 28.08.2024 (report WE-24-1187, 0 "
               "defects in sample of 80). We hereby release four hundred and fifty (450) frames of VF-2250 Rev D "
               "for production as lot 2."),
         ("p", "Further lots remain on hold until lot 2 has been accepted in Stuttgart; lot 3 will be released in "
               "writing by Dr. Mareike Schulte."),
         ("sp",),
         ("p", "Dr. Mareike Schulte - Head of Sourcing"),
     ], title="VF-PR-0044", author="Veloform GmbH"))])

# p48 -- supplier ack confirms 16 protos, quoted PO says 12 --------------------
p48_txt = """\
Dear Ingrid,

we confirm your PO NV-4520 for 16 proto frames Bulle 2, delivery week 33 ex works Águeda.

Tubing for the proto frames is in stock; jig modification for the longer wheelbase is done.

Obrigado e cumprimentos,
""" + sig("Rui Pereira", "Sales", CICLO["company"], "+351 234 601 210") + """
-----Mensagem original-----
De: Ingrid Halvorsen <ingrid.halvorsen@nordvind.se>
Enviada: 24 de junho de 2024 10:40
Assunto: PO NV-4520 - Bulle 2 proto frames

""" + quote("""Hi Rui,

PO NV-4520: 12 proto frames Bulle 2 (4 per size, S/M/L).
The remaining 388 frames are not released - on hold until the DIN 79010 test passes and Erik Nyström signs the written release.

Ingrid""")
case("p48_supplier_ack_16_vs_12_ciclometal", ["RG011"],
     "supplier acknowledges 16 proto frames while the quoted PO authorizes 12",
     [E("RE PO NV-4520 Bulle 2 proto frames.eml", mail(
         "Rui Pereira <rui.pereira@ciclometal.pt>", "Ingrid Halvorsen <ingrid.halvorsen@nordvind.se>",
         "RE: PO NV-4520 - Bulle 2 proto frames", "Tue, 25 Jun 2024 09:12:00 +0100", p48_txt,
         in_reply_to="<h46-p48-orig@nordvind.se>"))])

# p49 -- buyer: 'the 30% deposit went out today, so you can start the production' --
p49_adv = docx_bytes([
    ("h1", "Payment advice"),
    ("p", "Danske Bank A/S - Holmens Kanal 2-12 - 1092 København K"),
    ("table", [["Ordering customer", "Kvist Bikes ApS"],
               ["Beneficiary", "Formosa Velo Works Co., Ltd., Taichung"],
               ["Amount", "USD 62,370.00"],
               ["Value date", "2024-07-09"],
               ["Reference", "Deposit 30% PI FVW-PI-24-088"]]),
], author="Danske Bank")
p49_txt = """\
Hi Sunny,

the 30% deposit went out today - payment advice attached. So you can start the production now; we want the bikes on the water in October.

Best,
Mette
""" + sig("Mette Sørensen", "COO", KVIST["company"], "+45 33 12 80 40") + """
On 17 Jun 2024, Mette Sørensen wrote:
""" + quote("""Hi Sunny,

PO KV-2501: 10 sample bikes Kvist City 3 (Gates belt, Nexus 5).
The 990 production bikes are not released. They wait for the sample sign-off by Anders Kjær and my written release.

Mette""")
case("p49_deposit_start_production_kvist_fvw", ["RG012"],
     "buyer treats the deposit payment as the start signal for production although the quoted PO holds the "
     "990 until sample sign-off and her written release",
     [E("RE PO KV-2501 Kvist City 3.eml", mail(
         "Mette Sorensen <mette@kvistbikes.dk>", "Sunny Lee <sunny.lee@formosavelo.com.tw>",
         "Deposit paid - Kvist City 3", "Tue, 09 Jul 2024 15:45:00 +0200", p49_txt,
         attachments=[("Payment_advice_FVW-PI-24-088.docx", p49_adv, DOCX_MT)],
         in_reply_to="<h46-p49-orig@kvistbikes.dk>"))])

# p50 -- supplier PI: MP launched upon deposit, starts automatically after sample approval --
case("p50_pi_deposit_auto_mp_angkor_kvist", ["RG007", "RG012"],
     "supplier proforma: mass production is launched on receipt of the deposit and starts automatically after "
     "sample approval, 'no further release document is needed'",
     [("AC-PI-24-0712.pdf", pdf([
         ("h1", "PROFORMA INVOICE AC-PI-24-0712"),
         ("p", "Angkor Cycle Manufacturing Co., Ltd. - Phnom Penh SEZ, Lot P2-041 - VAT TIN K009-9021"),
         ("table", [["Buyer", "Kvist Bikes ApS, København"], ["Buyer PO", "KV-2512"],
                    ["Date", "2024-07-12"], ["Incoterm", "FOB Sihanoukville"]]),
         ("sp",),
         ("table", [["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "Kvist Flex 2 cargo bike, sample bikes, assembled", "20", "512.00", "10,240.00"],
                    ["2", "Deposit 30% for mass production (value as per quotation AC-Q-24-061)", "1", "41,760.00", "41,760.00"],
                    ["", "Total due now", "", "", "52,000.00"]]),
         ("sp",),
         ("h", "Terms"),
         ("p", "1. Sample bikes: ETD 2 weeks after receipt of payment."),
         ("p", "2. Mass production is launched upon receipt of the 30% deposit and starts automatically 7 days "
               "after your sample approval. No further release document is needed."),
         ("p", "3. Balance 70% against copy of B/L."),
         ("p", "Bank: ACLEDA Bank Plc., SWIFT ACLBKHPP, account 0001-2204-4410-18."),
         ("p", "Sokha Chea - PMC / Merchandising"),
     ], title="AC-PI-24-0712", author="Angkor Cycle Manufacturing"))])

# p51 -- Line: supplier 'deposit received, we arrange MP start next Monday' ------
p51 = """\
[LINE] Chat history with Veloform x Fu Sheng VF-Trekking Lite
Saved on: 2024/08/23 12:00

2024/07/22(Mon)
09:10	Katrin Weiß	Hi Kevin, PO 4500092702: 8 proto frames VF-Trekking Lite (2 per size)
09:11	Katrin Weiß	The 792 series frames are NOT released – they stay on hold until the ISO 4210-6 test has passed and Dr. Mareike Schulte sends the written release.
09:30	Kevin Lin	ok noted 8 proto 🙏
2024/08/20(Tue)
11:02	Katrin Weiß	FYI: deposit for the MP slot booking was paid today (30% as per PI FS-PI-24-311)
11:40	Kevin Lin	Deposit received, thank you 🙏🙏
11:41	Kevin Lin	we arrange MP start next Monday, line 3
11:42	Kevin Lin	line 3 is free from next week
"""
case("p51_line_deposit_mp_start_fusheng_veloform", ["RG012"],
     "supplier reads the slot-booking deposit as the start signal ('we arrange MP start next Monday') while the "
     "792 are on hold until the ISO test and the written release",
     [("LINE_chat_VF-Trekking-Lite.txt", p51)])

# p52 -- buyer: 'the L/C is open, you're covered, kick off the bulk run' ------------
p52_txt = """\
Hi Dara,

good news - our bank (Wells Fargo, trade services Denver) opened the L/C this morning, L/C no. IS0088214 for USD 312,400.00, latest shipment date Nov 15.

You're covered now, so please kick off the bulk run so we can hit the November vessel.

Thanks!
Megan
""" + sig("Megan Ortiz", "Sourcing Specialist", RIDGE["company"], "+1 303 555 0142") + """
On Thu, Jul 11, 2024 at 7:58 AM Megan Ortiz wrote:
""" + quote("""Hi Dara,

PO 4500-88570 covers the 50 pilot bikes RL Trail 27 Youth.
The remaining 950 are on hold until the pilot bikes pass ISO 4210-2 testing and Tom Kessler sends the written production release.

Megan""")
case("p52_lc_open_kick_off_ridgeline_angkor", ["RG012"],
     "buyer treats the opened L/C as authority to start the bulk run although the quoted PO holds the 950 until "
     "the ISO test and Tom Kessler's written release",
     [E("RL Trail 27 Youth - update.eml", mail(
         "Megan Ortiz <megan.ortiz@ridgeline-outdoor.com>", "Dara Sok <dara.sok@angkorcycle.com.kh>",
         "L/C opened - RL Trail 27 Youth", "Wed, 14 Aug 2024 09:05:00 -0600", p52_txt,
         html=simple_html(p52_txt), in_reply_to="<h46-p52-orig@ridgeline-outdoor.com>"))])


# =================================================================== build
def _fmt(fn):
    ext = fn.rsplit(".", 1)[-1].lower()
    return {"eml": "EML", "txt": "TXT", "pdf": "PDF", "docx": "DOCX", "html": "HTML"}[ext]


def _eml_parts(data):
    """Formats of the attachments inside an EML plus feature flags."""
    from email import message_from_bytes
    msg = message_from_bytes(data, policy=policy.default)
    fmts, feats = set(), set()
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "multipart/alternative":
            feats.add("multipart/alternative")
        if ct == "message/rfc822":
            feats.add("message/rfc822")
        fn = part.get_filename()
        if fn:
            fmts.add(_fmt(fn))
            feats.add(f"{_fmt(fn)} attachment")
    body = msg.get_body(preferencelist=("plain",))
    if body is not None and re.search(r"^>", body.get_content(), re.M):
        feats.add("quoted reply")
    return fmts, feats


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names))
    order = list(range(len(CASES)))
    random.Random(4646).shuffle(order)
    labels = {}
    top_files, cases_with, eml_feats = Counter(), Counter(), Counter()
    multi = []
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_")
        folder = f"h46_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        present = set()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
            f = _fmt(fn)
            top_files[f] += 1
            present.add(f)
            if f == "EML":
                fm, fe = _eml_parts(data if isinstance(data, bytes) else data.encode())
                present |= fm
                for x in fe:
                    eml_feats[x] += 1
        for f in present:
            cases_with[f] += 1
        if len(c["files"]) > 1:
            multi.append(folder)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # ---- summary (used for README.md)
    per_rule = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multirule = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  multi-rule: {multirule}")
    for r in RULES:
        print(f"  {r}: {per_rule[r]}")
    print("formats (top-level files / cases containing):")
    for f in ("EML", "TXT", "PDF", "DOCX", "HTML"):
        print(f"  {f}: {top_files[f]} / {cases_with[f]}")
    print("inside EML:", dict(sorted(eml_feats.items())))
    print("multi-file folders:", multi)
    mins = {r: (7 if r in ("RG006", "RG007", "RG011") else 5) for r in RULES}
    bad = [r for r in RULES if per_rule[r] < mins[r]]
    if bad:
        print("RULE MINIMUM NOT MET:", bad)
        sys.exit(1)


if __name__ == "__main__":
    build()
