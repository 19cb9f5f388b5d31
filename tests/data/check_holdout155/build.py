#!/usr/bin/env python3
"""Generator for the releasegate check_holdout155 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout155/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Theme: bicycles and e-bike components (frames, forks, battery housings, wheels, cockpit parts).
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
SEED = 155155
PREFIX = "h155"


def case(name, expect, note, files):
    """files: list of (filename, bytes|str). The first file names the case folder."""
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
    m["Message-ID"] = msgid or f"<{PREFIX}-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_{PREFIX}")
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


# ------------------------------------------------------------ local helpers
def quote(text):
    """Quote a previous message the way mail clients do ("> " per line)."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").splitlines())


def simple_html(text):
    """A plain HTML alternative for a text/plain body (paragraphs, quoted lines kept)."""
    parts = []
    for para in text.strip("\n").split("\n\n"):
        lines = [escape(ln) for ln in para.splitlines()]
        if lines and all(ln.startswith("&gt;") for ln in lines):
            inner = "<br>\n".join(ln[4:].lstrip() for ln in lines)
            parts.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">{inner}</blockquote>")
        else:
            parts.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(parts) + "\n</body></html>\n"


# --------------------------------------------------------------- companies
def SIG_VELORA(name, title):
    return sig(name, title, "Velora Bikes B.V. | Europalaan 40, 3526 KS Utrecht, NL", "+31 30 760 4410")


def SIG_ZUID(name, title):
    return sig(name, title, "Zuidwind E-Bikes B.V. | Torenallee 20, 5617 BC Eindhoven, NL", "+31 40 303 8820")


def SIG_KW(name, title):
    return sig(name, title, "Kettenwerk Radsport GmbH | Heilbronner Str. 150, 70191 Stuttgart", "+49 711 900 4470")


def SIG_ALP(name, title):
    return sig(name, title, "Alpenstrom E-Bikes GmbH | Kufsteiner Str. 88, 83022 Rosenheim", "+49 8031 40 990")


def SIG_TH(name, title):
    return sig(name, title, "Trailhead Cycles Inc. | 2550 Walnut St, Boulder, CO 80302, USA", "+1 303 555 0148")


def SIG_CL(name, title):
    return sig(name, title, "Copperline Bicycle Co. | 1220 SE Water Ave, Portland, OR 97214, USA", "+1 503 555 0177")


def SIG_HR(name, title):
    return sig(name, title, "Hartley & Rowe Cycles Ltd | Unit 4, Temple Gate Works, Bristol BS1 6QA, UK",
               "+44 117 496 0321")


def SIG_LANYU(name, title):
    return sig(name, title, "Lanyu Bicycle Co., Ltd. | No. 88, Gongye 2nd Rd, Xitun Dist., Taichung 407, Taiwan",
               "+886 4 2359 1188")



# =================================================================== BATCH 1
# ---------------------------------------------------------------- c01 (clean)
# Supplier quote on its own: proto / T1 / MP tiers, MOQ per size. No authorized quantity.
c01 = pdf([
    ("h1", "QUOTATION"),
    ("p", "Sunrise Alloy Frame Co., Ltd. | No. 6, Lane 120, Zhongshan Rd, Daya Dist., Taichung 428, Taiwan | "
          "Tel +886 4 2567 3301 | sales@sunrise-alloy.com.tw"),
    ("table", [["Quotation no.", "QT-SA-24-0318"],
               ["Date", "2024-04-22"],
               ["Customer", "Velora Bikes B.V., Utrecht (attn. Sanne Bakker, Buyer)"],
               ["Project", "Velora Stadsrand 2 - aluminium low-step city frame, model year 2025"],
               ["Drawing", "VB-SR2-F-001 rev C (received 2024-04-15)"],
               ["Valid until", "2024-07-21"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit price USD FOB Taichung", "Lead time"],
               ["1", "Proto frame, hand-built on adjustable jig, raw finish", "4 pcs", "420.00", "4 weeks"],
               ["2", "T1 sample frame from production jig, KTL + powder coat, decals", "24 pcs (6 each S/M/L/XL)",
                "265.00", "6 weeks after drawing freeze"],
               ["3", "Mass production frame, 6061-T6 triple butted, KTL + powder coat", "1,200 pcs", "138.50",
                "75 days"],
               ["4", "Mass production frame, volume tier", "2,400 pcs", "131.00", "75 days"],
               ["5", "Jig and fixture set (one-off)", "1 set", "3,800.00", "-"]]),
    ("sp",),
    ("h", "Remarks"),
    ("p", "1. MOQ for mass production is 200 pcs per size per colour. Mixed colours below MOQ: +USD 4.50/pc."),
    ("p", "2. Tube set Kaiser 6061 1.2/0.9/1.2 mm. Dropout CNC 7075, 12x142 thru-axle, flat mount 160. "
          "Battery mount for Bosch PowerTube 625 on down tube (ref. VB-SR2-F-001 rev C, section B-B)."),
    ("p", "3. ISO 4210-6 frame fatigue test in-house on 3 pcs of T1, report within 10 working days."),
    ("p", "4. Frame booking for mass production slots: please inform us 90 days before ETD, "
          "our Q4 capacity is filling quickly."),
    ("p", "5. Payment: 30% T/T with order, 70% T/T against copy of B/L."),
    ("p", "6. This quotation is not an order confirmation. Items 3 and 4 are price tiers for your planning; "
          "mass production is made only against your purchase order and your written production release."),
    ("sp",),
    ("p", "Prepared by: Kevin Lin, Sales Manager | kevin.lin@sunrise-alloy.com.tw"),
], title="QT-SA-24-0318", author="Kevin Lin")
case("c01_sunrise_quote_tiers", [],
     "supplier quote alone with proto/T1/MP tiers and MOQ per size; no authorized quantity, so no RG001",
     [("QT-SA-24-0318_Velora_Stadsrand2.pdf", c01)])

# ---------------------------------------------------------------- c02 (clean)
# Supplier asks whether there is a go-ahead for the balance; buyer answers with full scope.
c02 = """[12/05/2024, 19:03] Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
[13/05/2024, 08:02] Tran Thi Lan (BDPM): Good morning Mr Lars, pilot frames ZW Stadsfiets E7 finish welding today, heat treatment tomorrow 👍
[13/05/2024, 08:02] Tran Thi Lan (BDPM): <Media omitted>
[13/05/2024, 08:15] Lars Janssen: Morning Lan, looks good. Are the rack bosses at 95 mm now, like drawing ZW-E7-100 rev D?
[13/05/2024, 08:31] Tran Thi Lan (BDPM): Yes rev D, 95mm. QC check 100% on the 20 pcs
[13/05/2024, 08:32] Lars Janssen: 👍
[14/05/2024, 10:04] Tran Thi Lan (BDPM): Mr Lars one more question. Our planning ask: do we have go ahead for the 480 balance? They want to book tube material now because Kaiser lead time is 8 weeks
[14/05/2024, 10:26] Lars Janssen: Hi Lan, no, not yet. For now it's only the 20 pilot frames on PO ZW-24-0117.
[14/05/2024, 10:27] Lars Janssen: The 480 stay on hold. Please don't book tubes or start anything for them, we can't carry that risk before the test.
[14/05/2024, 10:29] Lars Janssen: They get released only when Lena Vos (our Operations Director) signs the production release, and she does that after the EN 15194 report on the pilot frames is in. Lab date is end of June.
[14/05/2024, 10:41] Tran Thi Lan (BDPM): Noted with thanks Mr Lars. We make only 20 pilot and wait Ms Lena release for the 480. I tell planning
[14/05/2024, 10:42] Lars Janssen: Thanks! If the Kaiser lead time becomes a problem tell me, then I ask Lena whether she wants to give a separate material authority for tubes. Nothing until then.
[14/05/2024, 10:43] Tran Thi Lan (BDPM): Ok 🙏
[15/05/2024, 16:20] Tran Thi Lan (BDPM): Pilot frames packing list, ship by air Friday, AWB follow
[15/05/2024, 16:20] Tran Thi Lan (BDPM): <Media omitted>
[15/05/2024, 16:48] Lars Janssen: Great, thanks Lan. Please put 2 pcs size 53 in a separate carton marked LAB, they go straight to the test house in Duisburg.
[15/05/2024, 16:52] Tran Thi Lan (BDPM): Ok will do
"""
case("c02_whatsapp_goahead_question", [],
     "supplier asks 'do we have go ahead for the 480?' (a question); buyer answers with 20 pilot only, 480 on hold, "
     "EN 15194 report + production release signed by Lena Vos",
     [("WhatsApp Chat with BDPM Lan.txt", c02)])

# ---------------------------------------------------------------- c03 (clean)
# Labelled, non-binding rolling forecast on the buyer's supplier portal.
c03 = html_page("Trailhead Cycles Supplier Portal - Rolling forecast", """
<h2>Trailhead Cycles &mdash; Supplier Portal</h2>
<p>Supplier: <b>Binh Duong Precision Metal Co., Ltd.</b> (vendor 20417) &middot; Published 2024-06-03 by Megan Reilly,
Sourcing Manager &middot; Page: <i>Rolling forecast</i></p>
<div class="note"><b>ROLLING FORECAST &mdash; NON-BINDING.</b> These figures are for your capacity planning only.
This page is not a purchase order, not a production release and gives no material authority. Do not book frames,
buy tubing or start production against it. Only a PO line together with a written production release signed by
Tyler Brooks (VP Operations) authorizes production.</div>
<h3>Frames &amp; swingarms, units per month (ex-factory)</h3>
<table>
<tr><th>Part</th><th>Description</th><th>Jul-24</th><th>Aug-24</th><th>Sep-24</th><th>Oct-24</th><th>Nov-24</th><th>Dec-24</th><th>Q1-25</th></tr>
<tr><td>TC-RL29-F</td><td>Ridgeline 29 AL frame, 4 sizes</td><td>150</td><td>180</td><td>220</td><td>240</td><td>200</td><td>160</td><td>540</td></tr>
<tr><td>TC-RL-SA</td><td>Ridgeline swingarm 148x12</td><td>150</td><td>180</td><td>220</td><td>240</td><td>200</td><td>160</td><td>540</td></tr>
<tr><td>TC-SB-F</td><td>Switchback gravel frame</td><td>80</td><td>80</td><td>120</td><td>120</td><td>90</td><td>60</td><td>300</td></tr>
<tr><td>TC-SB-FK</td><td>Switchback alloy fork 12x100</td><td>80</td><td>80</td><td>120</td><td>120</td><td>90</td><td>60</td><td>300</td></tr>
</table>
<p>Size split (planning only): S 20% / M 35% / L 30% / XL 15%. Colours to be confirmed per PO.</p>
<p>Forecast accuracy, last 6 months: 87%. Next update: first Monday of July. Questions on this page:
megan.reilly@trailheadcycles.com</p>
<p style="font-size:11px;color:#666">Trailhead Cycles Inc. &middot; 2550 Walnut St, Boulder, CO 80302 &middot; Portal v3.8</p>
""")
case("c03_portal_rolling_forecast", [],
     "buyer portal page with a rolling forecast clearly labelled non-binding, no PO, no material authority",
     [("supplier_portal_forecast_BDPM.html", c03)])

# ---------------------------------------------------------------- c04 (clean)
# Colour sample signed off for colour only; PO scope, hold, event and person stated.
c04_text = """Hi Sokha,

Thanks for the three painted sample frames, they arrived on Tuesday in good shape (one bent rear
derailleur hanger on the L frame, but that is the courier, not you).

Priya and I went through them in the light booth yesterday. Heritage Green (our ref HRC-017,
Pantone 5615 C, 30% gloss) is approved for colour only. Decal position and the cream head tube
band are fine as well.

To be clear, this is a colour sign-off, not a production release:
- PO HR-PO-2291 covers the three (3) colour sample frames and nothing else.
- The 600 Ridgeway frames in your quotation AC-Q-0412 are not released. Please don't start
  welding or painting them and don't buy tube for them yet.
- The production release for the 600 comes from Priya Shah, in writing, once the ISO 4210 lab
  results on the T1 frames are signed off. We expect that around mid-July.

Could you send us the paint batch number and the Qualicoat certificate for the powder so we can
file it with the colour standard? We'll keep the M frame here as the master sample and send you
the S frame back signed on the BB shell.

Cheers,
Tom
""" + sig("Tom Fletcher", "Buyer", "Hartley & Rowe Cycles Ltd | Bristol BS1 6QA, UK", "+44 117 496 0321")
c04 = mail("Tom Fletcher <tom.fletcher@hartleyrowe.co.uk>", "Sokha Chan <sokha.chan@angkorcycle.com.kh>",
           "RE: Colour samples HR Ridgeway - Heritage Green", "Thu, 13 Jun 2024 11:42:10 +0100",
           c04_text, html=simple_html(c04_text), cc="Priya Shah <priya.shah@hartleyrowe.co.uk>")
case("c04_colour_signoff_only", [],
     "colour sample 'approved for colour only', 3 sample frames on PO, 600 not released, written release by "
     "Priya Shah after ISO 4210 sign-off",
     [("RE_Colour_samples_HR_Ridgeway.eml", eml_bytes(c04))])

# ---------------------------------------------------------------- c05 (clean)
# Full-quantity PO that says "proceed" with the quantity; carry-over design, no sample lot.
c05 = pdf([
    ("h1", "PURCHASE ORDER CBC-PO-24-0412"),
    ("p", "Copperline Bicycle Co. | 1220 SE Water Ave, Portland, OR 97214, USA | purchasing@copperlinebikes.com"),
    ("table", [["Vendor", "Changhua Cockpit Parts Co., Ltd. (CCP), No. 25, Lane 301, Zhangmei Rd, Changhua, Taiwan"],
               ["PO date", "May 6, 2024"],
               ["Your quote", "CCP-Q-24-0150 dated April 19, 2024 (250 pcs)"],
               ["Ship to", "Copperline DC, 4410 NW Yeon Ave, Portland, OR 97210"],
               ["Terms", "Net 60 | FOB Taichung Port | Incoterms 2020"]]),
    ("sp",),
    ("table", [["Line", "Part no.", "Description", "Qty", "Unit USD", "Ext. USD", "Ship date"],
               ["1", "CL-ST-80-35", "Stem 80 mm, 35.0 clamp, -6 deg, 6061 forged, black ano", "120", "14.80",
                "1,776.00", "Jul 19, 2024"],
               ["2", "CL-ST-100-35", "Stem 100 mm, 35.0 clamp, -6 deg, 6061 forged, black ano", "130", "15.20",
                "1,976.00", "Jul 19, 2024"],
               ["", "", "Total", "250", "", "3,752.00", ""]]),
    ("sp",),
    ("p", "This PO covers the full quantity of quote CCP-Q-24-0150: 250 pcs. There is no sample lot on this "
          "order; the stem design is carried over unchanged from MY24 (ISO 4210-5:2023 report CCP-TR-0921 on file, "
          "M5x0.8 x 18 mm bolts, 5 Nm)."),
    ("p", "Please proceed with the 250 pcs as per this PO and confirm the ship date within 3 business days."),
    ("p", "Marking: laser etch 'COPPERLINE' + date code YYWW on the steerer clamp face. Packing: 10 pcs per inner "
          "carton, 50 pcs per master carton, carton label with PO number and line."),
    ("sp",),
    ("p", "Issued by: Chris Ortega, Buyer | chris.ortega@copperlinebikes.com | +1 503 555 0177"),
], pagesize=LETTER, title="CBC-PO-24-0412", author="Chris Ortega")
case("c05_full_qty_po_proceed", [],
     "full-quantity PO (250 = whole quote), 'proceed with the 250 pcs'; no balance, so no RG003/4/5",
     [("CBC-PO-24-0412.pdf", c05)])

# ---------------------------------------------------------------- c06 (clean)
# Explicit, recorded auto-conversion naming quantity, signer and conditions.
c06 = docx_bytes([
    ("h1", "Sample-to-production agreement"),
    ("p", "Velora Kade cargo frame (VB-KD-F-010 rev B) | PO 4500091207 | Velora Bikes B.V. and "
          "Binh Duong Precision Metal Co., Ltd. | version 1.0, 2 May 2024"),
    ("h", "1. Quantities and stages"),
    ("table", [["Stage", "Quantity", "Status / trigger", "Signed by"],
               ["T2 samples", "8 frames", "Authorized now by PO 4500091207", "Sanne Bakker (Buyer)"],
               ["Stage 1 production", "300 frames (sizes M and L, colour Nachtblauw)",
                "Auto-conversion: released by the written T2 sample sign-off alone", "Jeroen Visser (Product Manager)"],
               ["Balance", "892 frames", "Not released. Needs a written production release after the pilot-run review",
                "Marieke de Wit (Head of Sourcing)"]]),
    ("sp",),
    ("h", "2. Auto-conversion (recorded)"),
    ("p", "Velora and Binh Duong agree that the written T2 sample sign-off by Jeroen Visser releases 300 frames "
          "(sizes M and L, colour Nachtblauw) by itself, without any further document, provided the sign-off is "
          "issued before 30 September 2024 and states no open deviations. No other quantity converts automatically."),
    ("p", "A T2 sign-off with deviations, or an interim sign-off, does not release the 300 frames."),
    ("h", "3. Balance"),
    ("p", "The remaining 892 frames of quotation BD-Q-2403-07 (total 1,200) are not released. They will be released "
          "only by a written production release from Marieke de Wit after the pilot-run review."),
    ("h", "4. Material authority"),
    ("p", "Until the T2 sign-off: sample-only (material for the 8 T2 frames). After a T2 sign-off that triggers "
          "stage 1: staged up to 300 frames' worth of tube sets, dropouts and head tubes. Nothing for the balance."),
    ("h", "5. Forecast"),
    ("p", "The quoted 1,200 frames are a forecast for model year 2025, not a commitment."),
    ("sp",),
    ("table", [["For Velora Bikes B.V.", "For Binh Duong Precision Metal Co., Ltd."],
               ["Marieke de Wit, Head of Sourcing - signed 02-05-2024", "Nguyen Van Minh, Sales Director - signed 02-05-2024"]]),
], author="Sanne Bakker")
case("c06_recorded_auto_conversion", [],
     "explicit recorded auto-conversion (300 frames, signer Jeroen Visser, conditions), T2 8 now, 892 balance "
     "released by Marieke de Wit after pilot review; staged material authority",
     [("Velora_Kade_sample_to_production_agreement.docx", c06)])

# ---------------------------------------------------------------- c07 (clean)
# Supplier: "the deposit does not release production", quoting the buyer's scoped PO mail.
c07_prev = """Dear Ms. Lan,

please find attached our order KW-4711-0388 for 24 (twenty-four) T1 frames Kettenwerk Trekking 7,
6 per frame size (48/52/56/60).

Only these 24 frames are released. The remaining 1,176 frames of your quotation BD-Q-2404-12 are not
released - please do not start them and do not buy tubes for them.
The production release for the 1,176 will be given in writing by Dr. Katrin Albrecht (Head of Supply
Chain) after our ISO 4210 test of the T1 frames is signed off.

We will transfer the 30 % deposit for jig and T1 frames this week.

Mit freundlichen Gruessen / Best regards
Jonas Hoffmann
Einkauf / Purchasing, Kettenwerk Radsport GmbH"""
c07_text = """Dear Mr. Jonas,

Good day! We are pleased to inform that we received your 30% deposit (EUR 2,214.00) today,
thank you very much.

Please kindly note: the deposit does not release production. We build only the 24 T1 frames
(6 per size) under KW-4711-0388, planned ex-factory 28 June. For the 1,176 balance we will wait
for the written production release from Dr. Albrecht, and we do not purchase tube material for the
balance before that.

The jig for size 60 is finished, pictures in attachment of next mail. Head tube reaming and BB
facing will be done after heat treatment T6.

Thank you and best regards,
Tran Thi Lan (Ms.)
Customer Service
Binh Duong Precision Metal Co., Ltd.
Lot C-7, My Phuoc 3 Industrial Park, Ben Cat, Binh Duong, Vietnam
Tel: +84 274 3567 220

On Mon, 6 May 2024 at 14:05, Jonas Hoffmann <j.hoffmann@kettenwerk-rad.de> wrote:
""" + quote(c07_prev) + "\n"
c07 = mail("Tran Thi Lan <lan.tran@bdpm.com.vn>", "Jonas Hoffmann <j.hoffmann@kettenwerk-rad.de>",
           "RE: Order KW-4711-0388 T1 frames Trekking 7", "Thu, 09 May 2024 16:22:41 +0700", c07_text,
           in_reply_to="<kw-4711-0388@kettenwerk-rad.de>")
case("c07_deposit_not_release", [],
     "supplier confirms deposit and says it does not release production; quoted buyer mail has 24 T1, 1,176 "
     "not released, written release by Dr. Albrecht after ISO 4210 sign-off",
     [("RE_Order_KW-4711-0388.eml", eml_bytes(c07))])

# ---------------------------------------------------------------- c08 (clean)
# ERP call-off with an explicit staged material authority above the released quantity.
c08 = """TRAILHEAD CYCLES INC.                                        PAGE 1 OF 1
2550 WALNUT ST, BOULDER CO 80302                       PRINTED 2024-06-10 07:58
--------------------------------------------------------------------------------
CALL-OFF / PRODUCTION RELEASE                            CALL-OFF NO.  TC-CO-0703
BLANKET PO     : TC-BPO-2024-07          VENDOR : 30115 TAINAN SPOKE & RIM IND.
BLANKET QTY    : 1,600 WHEELSETS          BUYER  : M. REILLY
ITEM           : TR-29-AL  29" ALLOY WHEELSET 30MM ID, 28H, BOOST 110/148
--------------------------------------------------------------------------------
CO#   RELEASED QTY   DELIVERY WK   STATUS
01         200          2024-18     DELIVERED
02         200          2024-24     DELIVERED
03         200          2024-36     RELEASED FOR PRODUCTION (THIS CALL-OFF)
--------------------------------------------------------------------------------
CUM RELEASED   :   600
NOT RELEASED   : 1,000 WHEELSETS - DO NOT BUILD. RELEASED ONLY BY THE NEXT
                 CALL-OFF, SIGNED BY TYLER BROOKS, VP OPERATIONS.
--------------------------------------------------------------------------------
MATERIAL AUTHORITY : STAGED - RIMS, SPOKES AND NIPPLES FOR UP TO 600
                     WHEELSETS (COVERS CALL-OFFS 03 TO 05) AT BUYER LIABILITY.
                     HUBS ARE FREE-ISSUED BY TRAILHEAD. NO OTHER MATERIAL.
VENDOR NOTE (06/07): RIMS FOR 600 SETS ON STOCK PER MATERIAL AUTHORITY.
--------------------------------------------------------------------------------
TENSION SPEC   : 120-130 KGF DRIVE SIDE, TRUE +/- 0.3 MM, DISH +/- 0.5 MM
PACKING        : 1 SET PER BOX, 20 BOXES PER PALLET, PALLET LABEL TC-CO-0703
--------------------------------------------------------------------------------
AUTHORIZED BY  : TYLER BROOKS, VP OPERATIONS           DATE 2024-06-10
"""
case("c08_erp_calloff_staged_material", [],
     "call-off 200 released, 1,000 not released until next call-off signed by Tyler Brooks; rims staged for 600 "
     "within an explicit staged material authority",
     [("TC-CO-0703_calloff.txt", c08)])

# ------------------------------------------------------------ p01 (risky)
# Sample PO + supplier quote in one mail; nothing says the 1,000 is not released.
p01_po = pdf([
    ("h1", "Purchase Order 4500087712"),
    ("p", "Velora Bikes B.V. | Europalaan 40, 3526 KS Utrecht, The Netherlands | VAT NL8567.12.345.B01"),
    ("table", [["Supplier", "Sunrise Alloy Frame Co., Ltd., Daya Dist., Taichung, Taiwan (supplier no. 70233)"],
               ["Order date", "07-05-2024"],
               ["Buyer", "Sanne Bakker, +31 30 760 4410"],
               ["Delivery", "FCA Taichung (Incoterms 2020), by air"],
               ["Payment", "60 days end of month"]]),
    ("sp",),
    ("table", [["Pos.", "Material", "Description", "Qty", "Unit", "Price EUR", "Delivery date"],
               ["10", "VB-GX-F-T1", "Velora Gravel GX frame, T1 sample, 6061, sizes S/M/L/XL (5 each)",
                "20", "PC", "248,00", "21-06-2024"]]),
    ("sp",),
    ("p", "Drawing VB-GX-F-002 rev B applies. Frames to be delivered with head tube and BB faced, "
          "inspection report per size, and the ISO 4210-6 test report of the supplier's lab."),
    ("p", "Please state our PO number on all documents. Our general purchasing conditions (version 2023-01) apply."),
], title="PO 4500087712", author="Sanne Bakker")
p01_quote = pdf([
    ("h1", "QUOTATION QT-SA-24-0291"),
    ("p", "Sunrise Alloy Frame Co., Ltd. | Taichung, Taiwan | Date 2024-04-09 | To: Velora Bikes B.V., Ms. Sanne Bakker"),
    ("table", [["Item", "Description", "Qty", "Unit price", "Lead time"],
               ["A", "Velora Gravel GX frame T1 sample (production jig)", "20 pcs", "EUR 248.00", "6 weeks"],
               ["B", "Velora Gravel GX frame mass production", "1,000 pcs (MOQ 250 per size)", "EUR 129.50",
                "75 days"],
               ["C", "Jig set", "1 set", "EUR 3,400.00", "-"]]),
    ("p", "Tube set Kaiser 6061 triple butted; internal routing for mechanical and Di2; UDH hanger. "
          "Powder coat colour Olijf mat (RAL 6003 ref.)."),
    ("p", "Kevin Lin, Sales Manager"),
], title="QT-SA-24-0291", author="Kevin Lin")
p01_text = """Dear Kevin,

As discussed at Taipei Cycle, attached our purchase order 4500087712 for the Velora Gravel GX frames,
together with your offer QT-SA-24-0291 so everything is in one place.

Could you confirm the ex-works date? Our project team would like the frames in Utrecht before the
end of June for the fit check with the new Ergon saddle and the test at EFBE.

One more thing: please use the new decal file (VB-GX-DEC-04), the one in your Dropbox from last week
has the wrong logo size on the top tube.

Met vriendelijke groet / Kind regards,
Sanne
""" + SIG_VELORA("Sanne Bakker", "Buyer")
p01 = mail("Sanne Bakker <s.bakker@velorabikes.nl>", "Kevin Lin <kevin.lin@sunrise-alloy.com.tw>",
           "PO 4500087712 Velora Gravel GX frames", "Tue, 07 May 2024 10:18:00 +0200", p01_text,
           attachments=[("PO_4500087712.pdf", p01_po, PDF_MT), ("QT-SA-24-0291.pdf", p01_quote, PDF_MT)])
case("p01_po_with_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "T1 sample PO 20 pcs sent with the quote showing 1,000 MP; nothing says 1,000 is not released, no hold, "
     "no unlock event, no release person",
     [("PO_4500087712_Velora_Gravel_GX.eml", eml_bytes(p01))])

# ------------------------------------------------------------ p02 (risky)
# Proto PO with a 'programme volume' in the header and nothing on the balance.
p02 = pdf([
    ("h1", "PURCHASE ORDER TC-PO-24-0533"),
    ("p", "Trailhead Cycles Inc. | 2550 Walnut St, Boulder, CO 80302, USA"),
    ("table", [["Vendor", "Binh Duong Precision Metal Co., Ltd. (vendor 20417)"],
               ["Program", "Ridgeline e-MTB, model year 2025 - program volume 2,400 units"],
               ["PO date", "March 18, 2024"],
               ["Buyer", "Megan Reilly, Sourcing Manager"],
               ["Ship via", "DHL Express, account 96-551-0042"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Need date"],
               ["1", "TC-RLE-SA-P1", "Ridgeline e-MTB swingarm, proto, 148x12 Boost, 6066-T6, raw", "12", "186.00",
                "Apr 26, 2024"],
               ["2", "TC-RLE-PIV", "Pivot hardware kit for proto swingarm (bearings 6902-2RS)", "12", "9.40",
                "Apr 26, 2024"]]),
    ("sp",),
    ("p", "Drawing TC-RLE-SA-100 rev 2. Weld bead to be dressed on chainstay yoke only. CMM report on 3 pcs "
          "(pivot bore, dropout spacing 148.0 +0.3/-0), first article photos before shipment."),
    ("p", "Proto units will be used for EN 15194 and ISO 4210-6 lab testing at Trailhead's partner lab in Denver."),
    ("p", "Trailhead Cycles standard terms (rev. 2022) apply. Please acknowledge within 5 days."),
], pagesize=LETTER, title="TC-PO-24-0533", author="Megan Reilly")
case("p02_proto_po_program_volume", ["RG001", "RG003", "RG004", "RG005"],
     "proto PO for 12 swingarms with 'program volume 2,400 units' in the header, not marked informational; "
     "no hold, no unlock event, no release person",
     [("TC-PO-24-0533.pdf", p02)])

# ------------------------------------------------------------ p03 (risky)
# Folder: ERP sample PO + supplier quote DOCX with 3,000 MP; no hold anywhere.
p03_po = """KETTENWERK RADSPORT GMBH                         BESTELLUNG / PURCHASE ORDER
Heilbronner Str. 150, D-70191 Stuttgart                         Seite 1 von 1
================================================================================
Bestell-Nr./PO no. : 4711-0412            Datum/Date   : 21.05.2024
Lieferant/Supplier : 88120 KUNSHAN VOLTCASE ENCLOSURE CO., LTD.
Einkaeufer/Buyer   : HOFFMANN, JONAS   Tel. +49 711 900 4470
Lieferbed./Incoterm: FCA SHANGHAI PVG (INCOTERMS 2020), LUFTFRACHT
Zahlung/Payment    : 30 TAGE NETTO
================================================================================
Pos  Material      Bezeichnung / Description              Menge    ME   Preis EUR
--------------------------------------------------------------------------------
010  KW-BH-500-S   Akkugehaeuse Unterrohr, Vorserienmuster     6   ST    185,00
                   battery housing down tube, pre-series
                   sample, ALU ADC12 + PA6-GF30 cover
                   Zeichnung/drawing KW-BH-500 Idx C
                   Liefertermin/delivery: KW 27/2024
--------------------------------------------------------------------------------
                                             Gesamt/Total netto    1.110,00 EUR
================================================================================
Bemerkung/Remark: Muster fuer IP67- und Falltest nach EN 15194 im Haus.
Samples for IP67 and drop test to EN 15194 at our lab. Please include the
material certificates (EN 10204 3.1) and a dimension report for all 6 pcs.
Es gelten unsere AEB Stand 01/2023 / our general terms of purchase apply.
"""
p03_quote = docx_bytes([
    ("h1", "Quotation KV-Q-24-0377"),
    ("p", "Kunshan Voltcase Enclosure Co., Ltd. | No. 18 Chenfeng Rd, Kunshan, Jiangsu, China"),
    ("p", "To: Kettenwerk Radsport GmbH, Mr. Jonas Hoffmann | Date: 2024-05-08 | Ref: KW-BH-500 battery housing"),
    ("table", [["Item", "Description", "Quantity", "Unit price (EUR)", "Lead time"],
               ["1", "Pre-series sample, soft tool cover, machined housing", "6 pcs", "185.00", "5 weeks"],
               ["2", "Mass production battery housing, die cast ADC12 + PA6-GF30 cover, powder coat",
                "3,000 pcs", "38.60", "8 weeks"],
               ["3", "Die casting mould (cavity 1+1) and injection mould cover", "1 set", "21,500.00", "7 weeks"]]),
    ("p", "Sealing: silicone gasket 60 Shore A, IP67 design. Fasteners M4x12 A2 stainless, 12 pcs per housing."),
    ("p", "Payment: samples 100% with order; mould 50% with order / 50% at T1; mass production 30% deposit, "
          "70% before shipment."),
    ("p", "Best regards, Leo Wu, Sales Engineer, leo.wu@voltcase.cn"),
], author="Leo Wu")
case("p03_erp_sample_po_and_quote", ["RG001", "RG003", "RG004", "RG005"],
     "folder bundle: ERP PO for 6 pre-series samples + supplier quote with 3,000 MP; 3,000 not marked "
     "informational, no hold, no unlock event, no release person",
     [("PO_4711-0412_Kettenwerk.txt", p03_po), ("KV-Q-24-0377_quotation.docx", p03_quote)])

# ------------------------------------------------------------ p04 (risky)
# Buyer portal PO page showing the linked quote's series quantity next to the sample line.
p04 = html_page("H&R SupplierLink - PO HR-PO-2307", """
<h2>H&amp;R SupplierLink</h2>
<p>Logged in as: <b>Pedro Costa</b> (Famalic&atilde;o Forks, S.A.) &middot; <a href="#">Orders</a> &middot;
<a href="#">Documents</a> &middot; <a href="#">Invoices</a></p>
<h3>Purchase order HR-PO-2307 &mdash; status: Sent to supplier</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Buyer</td><td>Tom Fletcher, Hartley &amp; Rowe Cycles Ltd, Bristol</td></tr>
<tr><td>Order date</td><td>04/06/2024</td></tr>
<tr><td>Delivery</td><td>DAP Bristol, road freight, w/c 15/07/2024</td></tr>
<tr><td>Linked quotation</td><td>Q-FF-24-077</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>1</td><td>HR-RW-FK-T1</td><td>Ridgeway 700C steel fork, 4130 CrMo, 1 1/8" steerer, T1 sample</td><td>16</td><td>&pound;48.00</td></tr>
<tr><td>2</td><td>HR-FRT</td><td>Fork test fixture adaptor (one-off)</td><td>1</td><td>&pound;220.00</td></tr>
</table>
<h3>Linked quotation Q-FF-24-077</h3>
<table>
<tr><th>Tier</th><th>Qty</th><th>Unit price</th><th>Lead time</th></tr>
<tr><td>T1 sample</td><td>16</td><td>&pound;48.00</td><td>5 weeks</td></tr>
<tr><td>Series</td><td>800</td><td>&pound;31.50</td><td>10 weeks</td></tr>
</table>
<p>Fork rake 45 mm, axle-to-crown 395 mm, flat mount 160 disc, mudguard and rack eyelets. ED coat inside,
powder coat Heritage Green HRC-017 outside.</p>
<p>Please acknowledge this order via the <i>Acknowledge</i> button within 3 working days.</p>
<p style="font-size:11px;color:#666">Hartley &amp; Rowe Cycles Ltd &middot; Company no. 08812245 &middot; SupplierLink 2.4</p>
""", lang="en-GB")
case("p04_portal_po_linked_quote", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO page: 16 T1 forks with the linked quote's 800 series forks beside it, nothing saying the 800 "
     "is not released; no hold, event or release person",
     [("SupplierLink_HR-PO-2307.html", p04)])

# ------------------------------------------------------------ p06 (risky)
# Chat: PO for 15 sample stems, "offer 15 + 750 fine, you have the green light".
p06 = """[03.06.24, 07:55:12] Vivian Tsai CCP: Good morning Stefan, this is the offer for AS-ST integrated stem
[03.06.24, 07:55:40] Vivian Tsai CCP: samples 15 pcs USD 38.00/pc, 3 lengths x 5 pcs (80/90/100)
[03.06.24, 07:56:02] Vivian Tsai CCP: MP 750 pcs USD 21.40/pc, MOQ 250 pcs per length, lead time 60 days
[03.06.24, 07:56:15] Vivian Tsai CCP: forging die USD 2,600 one time
[03.06.24, 08:40:31] Stefan Brandl: Morning Vivian, thanks. Is the die cost shared with the 35 mm clamp version?
[03.06.24, 08:43:09] Vivian Tsai CCP: Yes same die, only machining program different 😊
[03.06.24, 08:44:50] Stefan Brandl: Perfect
[04.06.24, 09:12:27] Stefan Brandl: PO AS-24-118 for the 15 sample stems went out by mail this morning.
[04.06.24, 09:13:05] Stefan Brandl: Your offer with the 15 + 750 is all fine for us. You have the green light! 👍
[04.06.24, 09:20:44] Vivian Tsai CCP: Thank you Stefan!! We start right away 🙏
[04.06.24, 09:21:10] Vivian Tsai CCP: Laser logo Alpenstrom on the top cap, same as the photo?
[04.06.24, 09:25:02] Stefan Brandl: Yes, and please matte black, not glossy
[04.06.24, 09:25:30] Vivian Tsai CCP: OK noted
"""
case("p06_chat_green_light_offer", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "buyer: PO for 15 sample stems, 'offer with the 15 + 750 is all fine, you have the green light' - unscoped "
     "green light, 750 not marked not released, no hold, no unlock event, no release person",
     [("WhatsApp Chat - Vivian Tsai CCP.txt", p06)])

# ------------------------------------------------------------ p08 (risky)
# Hold stated, person named, but only 'until further notice': no unlock event.
p08_erp = """VELORA BIKES B.V.                                       INKOOPORDER / PURCHASE ORDER
Europalaan 40, 3526 KS Utrecht                                      4500089334
--------------------------------------------------------------------------------
Leverancier/Supplier: 70418  ANGKOR CYCLE COMPONENTS CO., LTD., PHNOM PENH SEZ
Datum/Date          : 27-05-2024          Inkoper/Buyer: S. BAKKER
Levering/Delivery   : FOB SIHANOUKVILLE, LCL SEA FREIGHT
--------------------------------------------------------------------------------
Pos  Artikel        Omschrijving                          Aantal  Eenh  Prijs EUR
10   VB-TO-F-PIL    Velora Tocht trekking frame, pilot        30   ST     152,00
                    6061 AL, 28", sizes 50/54/58 (10 each)
                    tekening/drawing VB-TO-F-004 rev A
--------------------------------------------------------------------------------
Totaal/Total                                                          4.560,00
Opmerking: zie e-mail S. Bakker 27-05-2024 voor scope / see e-mail for scope.
"""
p08_text = """Dear Sokha,

Attached the printout of our PO 4500089334 for the Velora Tocht trekking frames.

To avoid any misunderstanding about scope: the PO covers the 30 pilot frames only (10 each in
50/54/58). The balance of 1,470 frames from your offer AC-Q-0388 stays on hold until further
notice. Please don't start it and don't order tube or dropouts for it. Only Marieke de Wit, our
Head of Sourcing, can lift this hold.

For the pilot frames:
- paint: Velora Zand (RAL 1019 matt), decals as per VB-TO-DEC-02
- rack mounts on the seat stays M5, torque 5 Nm, please check thread with go/no-go gauge
- shipment together with the Hartley order is fine if it helps the LCL

Let me know if the 6 week lead time still holds.

Met vriendelijke groet,
Sanne
""" + SIG_VELORA("Sanne Bakker", "Buyer")
p08 = mail("Sanne Bakker <s.bakker@velorabikes.nl>", "Sokha Chan <sokha.chan@angkorcycle.com.kh>",
           "PO 4500089334 Velora Tocht pilot frames", "Mon, 27 May 2024 15:31:09 +0200", p08_text,
           attachments=[("PO_4500089334.txt", p08_erp, "text/plain")])
case("p08_hold_until_further_notice", ["RG004"],
     "30 pilot frames, 1,470 on hold 'until further notice', only Marieke de Wit can lift it: person named but no "
     "unlock event",
     [("PO_4500089334_Velora_Tocht.eml", eml_bytes(p08))])



# =================================================================== BATCH 2
# ---------------------------------------------------------------- c09 (clean)
# Supplier acknowledgement restating the hold, with the scoped PO attached.
c09_po = pdf([
    ("h1", "Bestellung / Purchase Order AS-24-097"),
    ("p", "Alpenstrom E-Bikes GmbH | Kufsteiner Str. 88, 83022 Rosenheim, Germany"),
    ("table", [["Lieferant / Supplier", "Metalurgica Agueda, Lda., Zona Industrial do Casarao, 3750 Agueda, Portugal"],
               ["Datum / Date", "14.05.2024"],
               ["Einkauf / Buyer", "Stefan Brandl, Head of Purchasing"],
               ["Lieferung / Delivery", "DAP Rosenheim, KW 30/2024"]]),
    ("sp",),
    ("table", [["Pos.", "Artikel", "Beschreibung / Description", "Menge", "Preis EUR"],
               ["10", "AS-KW-F-PS", "Kampenwand e-MTB frame, pre-series, 6061, Bosch CX Gen4 mount, sizes S/M/L",
                "10", "295,00"]]),
    ("sp",),
    ("h", "Scope of this order"),
    ("p", "This order covers ten (10) pre-series frames only. The remaining 990 frames of your proposal "
          "PA-2024-051 are not released: do not start them and do not buy tubes, forgings or motor mounts for them."),
    ("p", "The 990 frames will be released only by a written production release from Stefan Brandl, issued after "
          "the EN 15194 and ISO 4210-6 test report on the pre-series frames has been signed off by Alpenstrom "
          "engineering. Material authority: sample-only. The 990 is our forecast for model year 2025, not a commitment."),
], title="AS-24-097", author="Stefan Brandl")
c09_text = """Dear Mr. Brandl,

Thank you very much for your order AS-24-097.

We hereby confirm the order as written: ten (10) pre-series frames Kampenwand e-MTB, sizes S/M/L,
delivery DAP Rosenheim in week 30. Our August holidays start in week 32, so week 30 is
really the last possible week before the break.

We understand that the 990 frames of our proposal PA-2024-051 are not released. We will not start
them and will not buy tubes, forgings or motor mounts for them until we receive your written
production release, Mr. Brandl, after the test report is signed off.

The hydroformed down tube for the pre-series comes from our own press, so no external material is
needed for the 10 frames.

Cumprimentos / Best regards,

Rui Ferreira
Commercial Director
Metalurgica Agueda, Lda.
Zona Industrial do Casarao, Lote 14, 3750-042 Agueda, Portugal
Tel. +351 234 600 512
"""
c09 = mail("Rui Ferreira <rui.ferreira@metalagueda.pt>", "Stefan Brandl <s.brandl@alpenstrom-ebikes.de>",
           "Order confirmation AS-24-097 - pre-series frames Kampenwand", "Fri, 17 May 2024 12:05:33 +0100",
           c09_text, attachments=[("AS-24-097_purchase_order.pdf", c09_po, PDF_MT)])
case("c09_supplier_ack_restates_hold", [],
     "supplier acknowledgement restating the hold; attached PO: 10 pre-series, 990 not released, written release "
     "by Stefan Brandl after test sign-off, sample-only material, forecast labelled",
     [("Order_confirmation_AS-24-097.eml", eml_bytes(c09))])

# ---------------------------------------------------------------- c10 (clean)
# Sample PO full of identifiers that look like quantities; scope complete.
c10 = docx_bytes([
    ("h1", "Purchase Order AS-24-131"),
    ("p", "Alpenstrom E-Bikes GmbH, Rosenheim -> Xiamen Everbright Precision Moulding Co., Ltd., "
          "Hall 2500, Xinglin Industrial Zone, Jimei, Xiamen"),
    ("p", "Date: 03.06.2024 | Buyer: Stefan Brandl | Your quote: XE-Q-2406-1200"),
    ("table", [["Pos.", "Part no.", "Description", "Qty", "Unit EUR"],
               ["10", "1200-500-48V", "Battery housing cover, PA6-GF30, black, for 48V/750Wh pack, mould index 12",
                "8", "64,00"],
               ["20", "1200-510-M4", "Insert kit M4x12, brass, 12 per cover", "8", "3,10"]]),
    ("sp",),
    ("h", "Technical references"),
    ("li", "Drawing AS-BH-2500 Rev 36 (sample status), tolerance class ISO 2768-mK"),
    ("li", "Test plan: EN 15194:2017 + A1:2023 clause 4.2.6, ISO 4210-2:2023, IP67 per IEC 60529, "
           "cell pack transport UN 38.3 (pack supplier)"),
    ("li", "Mould: 1+1 cavity, 350 t press, cycle time 48 s, Moldflow report MF-1200 v3"),
    ("li", "Material: BASF Ultramid B3WG6 (PA6-GF30), UL 94 V-0 at 1.5 mm"),
    ("h", "Scope"),
    ("p", "This PO authorizes eight (8) sample covers (pos. 10) with their insert kits (pos. 20). The production "
          "quantity in your quote (1,992 covers) is not released by this PO; please do not mould it and do not buy "
          "resin for it."),
    ("p", "The 1,992 covers will be released only by a written production release from Stefan Brandl "
          "(Head of Purchasing) after the sample sign-off following the EN 15194 and IP67 tests. "
          "Material authority: sample-only. The production quantity is a forecast for model year 2025."),
    ("sp",),
    ("p", "Delivery: 8 sets by courier to Alpenstrom lab, Rosenheim, by 12.07.2024. Invoice to "
          "rechnungen@alpenstrom-ebikes.de quoting PO AS-24-131."),
], author="Stefan Brandl")
case("c10_identifiers_like_quantities", [],
     "sample PO for 8 covers full of look-alike numbers (PN 1200-500-48V, Rev 36, Hall 2500, EN 15194:2017, "
     "350 t, 48 s); scope complete",
     [("PO_AS-24-131_Everbright.docx", c10)])

# ---------------------------------------------------------------- c11 (clean)
# Forwarded 2023 quote (message/rfc822) with 5,000 pcs declared information only.
c11_old_text = """Hi Dana,

Thanks for the visit last week. As promised here our prices for the Willamette 700C alloy
wheelset (TSR-700-AL25, 24/28H, centerlock, tubeless ready):

  3,000 sets  USD 92.00 / set
  5,000 sets  USD 88.00 / set

FOB Kaohsiung, 30% deposit, 70% before shipment. Lead time 70 days.
Valid until end of December 2023.

Best regards,
Jason Huang
Sales Manager, Tainan Spoke & Rim Industrial Co., Ltd.
"""
c11_old = mail("Jason Huang <jason.huang@tsr-rim.com.tw>", "Dana Kowalski <dana.kowalski@copperlinebikes.com>",
               "Quotation Willamette wheelset 2023", "Tue, 10 Oct 2023 15:20:00 +0800", c11_old_text)
c11_text = """Jason,

Forwarding your 2023 quote below for information only, since your new sales guy asked about it.
The 5,000 sets in there were Copperline's old plan and are not part of any order.

Where we stand today:
- PO CBC-PO-24-0388 covers 40 pilot wheelsets, nothing more.
- The production balance is not released. Please don't lace, build or buy rims for it.
- It will be released only by a written production release from me, after the ride test of the
  pilot wheelsets and our dealer clinic in September.

If you need a fresh price for 2025 volumes, send a new quote and we'll treat it the same way.

Thanks,
Dana
""" + SIG_CL("Dana Kowalski", "Director of Sourcing")
c11 = mail("Dana Kowalski <dana.kowalski@copperlinebikes.com>", "Jason Huang <jason.huang@tsr-rim.com.tw>",
           "Fwd: Quotation Willamette wheelset 2023", "Wed, 22 May 2024 08:47:12 -0700", c11_text,
           attachments=[("rfc822", c11_old)])
case("c11_forwarded_old_quote_info_only", [],
     "old quote with 5,000 sets forwarded as message/rfc822 and declared information only; 40 pilot sets, "
     "balance not released, written release by Dana (me) after ride test and dealer clinic",
     [("Fwd_Quotation_Willamette_2023.eml", eml_bytes(c11))])

# ---------------------------------------------------------------- c12 (clean)
# Quoted supplier message assumes auto-conversion; the buyer corrects it.
c12_amy = """Dear Grace,

T1 carbon forks (12 pcs) are finished and will ship Monday by FedEx, AWB to follow.
After you approve the T1 forks, we will go straight into mass production of the 1,500 pcs so
we can keep the September delivery. Please confirm.

Best regards,
Amy Zhang
Sales Dept., Dongguan Huaxin Composite Technology Co., Ltd."""
c12_text = """Dear Amy,

Thanks for the update and the photos, the layup at the crown looks much cleaner than on the protos.

But no, please don't. The T1 sign-off does not release anything by itself. PO LY-PO-24-0215
covers the 12 T1 carbon forks only, and the 1,500 forks stay on hold.

Mass production starts only with a written production release signed by me, after the ISO 4210-4
fork fatigue report on the T1 forks is signed off by our R&D (Allen Wang). I expect the report in
about three weeks.

If the September date is really at risk, tell me what you would need, e.g. a staged material
authority for prepreg, and I will look at it. But that also has to come from me in writing.

Best regards,
Grace
""" + SIG_LANYU("Grace Chen (Chen Yi-Ting)", "Sourcing Manager") + "\n" + \
    "Amy Zhang <amy.zhang@huaxin-composite.cn> 於 2024年6月7日 週五 上午10:02 寫道：\n" + quote(c12_amy) + "\n"
c12 = mail("Grace Chen <grace.chen@lanyu-bike.com.tw>", "Amy Zhang <amy.zhang@huaxin-composite.cn>",
           "Re: T1 carbon fork LY-CF-01 shipment", "Fri, 07 Jun 2024 13:30:45 +0800", c12_text,
           in_reply_to="<20240607100200.88@huaxin-composite.cn>")
case("c12_quoted_supplier_autoconv_corrected", [],
     "quoted supplier line assumes sample approval rolls into 1,500 MP; buyer corrects: 12 T1 only, 1,500 on hold, "
     "written release by Grace (me) after ISO 4210-4 report sign-off",
     [("Re_T1_carbon_fork_LY-CF-01.eml", eml_bytes(c12))])

# ---------------------------------------------------------------- c13 (clean)
# Interim sample sign-off with quantity and date limits; production release for 150 signed.
c13 = pdf([
    ("h1", "Interim sample disposition and production release"),
    ("p", "Kettenwerk Radsport GmbH, Stuttgart | Supplier: Famalicao Forks, S.A., V.N. de Famalicao, Portugal"),
    ("table", [["Document", "KW-ISD-2024-011"],
               ["Part", "KW-TR-FK-700 steel trekking fork, 1 1/8\", post mount, drawing KW-FK-700 Idx D"],
               ["PO", "4711-0377 (10 T1 samples delivered 22.05.2024)"],
               ["Date", "10.06.2024"]]),
    ("sp",),
    ("h", "1. Sample sign-off"),
    ("p", "Disposition: INTERIM. The T1 samples pass ISO 4210-6 fatigue and impact tests. Open point: steerer "
          "length measured 1-2 mm over tolerance on 3 of 10 pcs (drawing: 255 +0/-1 mm)."),
    ("p", "Interim limits: valid for up to 150 forks and until 30.09.2024, on condition of 100% steerer length "
          "check at the supplier with a recorded check sheet per carton."),
    ("h", "2. Production release"),
    ("table", [["Quantity", "Status", "Signed by"],
               ["150 forks", "Released for production under the interim limits above",
                "Dr. Katrin Albrecht, Head of Supply Chain"],
               ["850 forks (balance of quote FF-Q-24-031)", "Not released - do not start, no material purchase",
                "-"]]),
    ("sp",),
    ("p", "The 850 forks will be released only by a further written production release from Dr. Katrin Albrecht "
          "after the full (non-interim) sample sign-off on corrected samples. Material authority: 150 forks' worth "
          "of tubing, crowns and dropouts."),
    ("sp",),
    ("p", "Dr. Katrin Albrecht, Head of Supply Chain - signed 10.06.2024"),
], title="KW-ISD-2024-011", author="Katrin Albrecht")
case("c13_interim_signoff_with_limits", [],
     "interim sample sign-off limited to 150 forks / 30.09; production release for 150 signed by Dr. Albrecht; "
     "850 not released until full sign-off + her written release",
     [("KW-ISD-2024-011_interim_disposition.pdf", c13)])

# ---------------------------------------------------------------- c14 (clean)
# ERP printout, full-quantity PO for carry-over cockpit parts; no sample stage, no balance.
c14 = """HARTLEY & ROWE CYCLES LTD                                PURCHASE ORDER
UNIT 4, TEMPLE GATE WORKS, BRISTOL BS1 6QA                PO NO: HR-PO-2318
================================================================================
VENDOR  : CHANGHUA COCKPIT PARTS CO., LTD. (V-0092)    DATE    : 12/06/2024
          NO. 25, LANE 301, ZHANGMEI RD, CHANGHUA      STATUS  : ISSUED
BUYER   : T. FLETCHER                                   CURRENCY: GBP
TERMS   : 60 DAYS EOM, FOB TAICHUNG, SEA FCL/LCL        QUOTE   : Q-CCP-24-0199
================================================================================
LN  PART NO       DESCRIPTION                           QTY  UOM    PRICE   VALUE
--------------------------------------------------------------------------------
01  HR-HB-420-AL  DROP BAR 420MM C-C, 6061, 31.8       300  EA     9.20  2760.00
02  HR-ST-90-AL   STEM 90MM, 31.8, +/-7 DEG, 6061      300  EA     7.85  2355.00
--------------------------------------------------------------------------------
                                           TOTAL QTY   600      TOTAL  5115.00
================================================================================
NOTES:
 1. THIS ORDER COVERS THE COMPLETE QUANTITY OF QUOTE Q-CCP-24-0199 (600 PCS).
 2. CARRY-OVER PARTS FROM MY24, NO SAMPLE STAGE. ISO 4210-5 REPORTS
    CCP-TR-0877/0878 ON FILE.
 3. LASER MARK 'H&R' + BATCH CODE. MAX TORQUE MARK 5NM ON STEM FACEPLATE.
 4. DELIVERY REQUIRED EX WORKS BY 16/08/2024. PART SHIPMENTS ACCEPTED.
================================================================================
PRINTED 12/06/2024 14:22 BY TFLETCHER                             PAGE 1 OF 1
"""
case("c14_erp_full_qty_po", [],
     "ERP printout of a full-quantity PO (600 = whole quote, carry-over, no sample stage); no balance",
     [("HR-PO-2318_printout.txt", c14)])

# ---------------------------------------------------------------- c15 (clean)
# LINE chat: supplier status report, MP explicitly not released and no MP material bought.
c15 = """[LINE] Chat history with Jason Huang TSR
Saved on: 2024/06/21 17:40

2024/06/18(Tue)
09:02	Jason Huang TSR	Good morning Grace
09:02	Jason Huang TSR	Status for LY-WS-29 carbon wheelset:
09:03	Jason Huang TSR	1) T1 sample 6 sets shipped yesterday FedEx 7781 2290 4410
09:03	Jason Huang TSR	2) waiting your lab result ISO 4210-7 + impact
09:04	Jason Huang TSR	3) MP 1,000 sets not released, not started. we wait your written release
09:04	Jason Huang TSR	4) we did NOT buy rims or spokes for MP yet, only for the 6 sample sets
09:20	Grace Chen	Thanks Jason, very clear 👍
09:21	Grace Chen	Lab slot is 6/26, report maybe 7/3
09:21	Jason Huang TSR	OK
2024/06/20(Thu)
15:11	Jason Huang TSR	[Photo]
15:11	Jason Huang TSR	hub shell laser logo new version, pls check size
15:30	Grace Chen	Logo size ok, but move 5mm away from the flange pls
15:31	Jason Huang TSR	noted 🙏
"""
case("c15_line_supplier_status", [],
     "supplier status report in LINE chat: 6 T1 sets shipped, MP 1,000 not released, no MP material bought; "
     "buyer only comments on lab date and logo",
     [("LINE_Jason_Huang_TSR.txt", c15)])

# ---------------------------------------------------------------- c16 (clean)
# Buyer portal page with a complete PO scope note and a table.
c16 = html_page("Zuidwind supplier portal - PO ZW-24-0142", """
<h2>Zuidwind E-Bikes &mdash; leveranciersportaal / supplier portal</h2>
<p>Supplier: <b>Kunshan Voltcase Enclosure Co., Ltd.</b> &middot; PO <b>ZW-24-0142</b> &middot; issued 2024-05-29
by Lars Janssen (Sourcing)</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
<tr><td>10</td><td>ZW-BH-E7</td><td>Battery housing E7, die cast + cover, with gasket</td><td>16</td><td>Sample</td></tr>
<tr><td>20</td><td>ZW-BH-E7</td><td>Battery housing E7, series</td><td>784</td><td>Not released (on hold)</td></tr>
</table>
<div class="note">
<p><b>Scope note.</b> Build the 16 sample housings of line 10 now. The 784 housings of line 20 are commercial
cover only and are <b>not released</b>: do not start them and do not buy aluminium ingot, gaskets or fasteners
for them.</p>
<p>Line 20 will be released only by a written production release signed by Lena Vos (Operations Director),
after the sample sign-off following the EN 15194 ingress and drop tests. Material authority: sample-only.
The 784 is a forecast quantity for model year 2025.</p>
</div>
<p>Delivery of line 10: by air to Zuidwind lab, Eindhoven, before 2024-07-05. Documents: dimension report,
material certificate 3.1, IP67 self-test record.</p>
<p style="font-size:11px;color:#666">Zuidwind E-Bikes B.V. &middot; KvK 74120566 &middot; portal build 2024.05</p>
""", lang="en")
case("c16_portal_scope_note", [],
     "portal PO: 16 sample housings now, 784 commercial cover not released, written release by Lena Vos after "
     "sample sign-off, sample-only material, forecast labelled",
     [("ZW-24-0142_portal.html", c16)])

# ------------------------------------------------------------ p10 (risky)
# Hold and unlock event stated, but the release authority is only 'our engineering department'.
p10 = pdf([
    ("h1", "PURCHASE ORDER HR-PO-2296"),
    ("p", "Hartley & Rowe Cycles Ltd | Unit 4, Temple Gate Works, Bristol BS1 6QA, United Kingdom"),
    ("table", [["Supplier", "Metalurgica Agueda, Lda., 3750-042 Agueda, Portugal"],
               ["Date", "20/05/2024"],
               ["Buyer", "Tom Fletcher"],
               ["Delivery", "DAP Bristol, w/c 01/07/2024"],
               ["Quotation", "PA-2024-044 (500 frames)"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit GBP"],
               ["1", "HR-RG-F-S", "Ridgeway gravel frame, 4130 CrMo, sample, sizes 52/54/56/58/60 (2 each)", "10",
                "142.00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This order is for the ten (10) sample frames in line 1 only. The balance of 490 frames in quotation "
          "PA-2024-044 is not released by this order. Please do not start the balance."),
    ("p", "The balance will be released only by a written production release from Hartley & Rowe, issued after "
          "the ISO 4210-6 fatigue report on the sample frames has been signed off by our engineering department."),
    ("sp",),
    ("p", "Frames to be supplied ED-coated internally, raw outside, with BB threads chased (BSA 68) and "
          "head tube reamed for ZS44/EC44. Please include weld procedure WPS-11 and the tube certificates."),
], title="HR-PO-2296", author="Tom Fletcher")
case("p10_release_by_department", ["RG005"],
     "10 sample frames, 490 not released, unlock event named (ISO 4210-6 report sign-off + written release), but "
     "release authority only 'Hartley & Rowe' / 'our engineering department'",
     [("HR-PO-2296.pdf", p10)])

# ------------------------------------------------------------ p13 (risky)
# Quoted thread keeps the scope; the buyer's newest line is an unscoped "go ahead".
p13_megan1 = """Hi Cindy,

PO TC-PO-24-0571 is out for the Ridgeline e-MTB motor cover: 25 sample covers (T1 tool), nothing else.
The 2,375 production covers in your quote are not released - don't mold them or buy resin for them.
They'll be released only by a written production release from Tyler Brooks, after our fit and IP test
of the T1 covers is signed off.

Thanks,
Megan"""
p13_cindy = """Dear Megan,

Good day. T1 samples 25 pcs delivered to your Boulder office by UPS on Monday, signed by
"R. Diaz". Please check the fit with motor Shimano EP801 and let us know if we can go ahead.

Best regards,
Cindy Xu
Project Engineer, Xiamen Everbright Precision Moulding Co., Ltd.

On Thu, May 9, 2024 at 11:12 PM Megan Reilly <megan.reilly@trailheadcycles.com> wrote:
""" + quote(p13_megan1)
p13_text = """Hi Cindy,

Samples arrived and they look awesome. Fit on the EP801 is perfect, the clips snap in nicely and
the texture matches the frame paint better than we hoped.

You can go ahead!

Small thing for the next shipment: please put a silica gel pack in each bag, two covers had a
bit of condensation under the film.

Thanks,
Megan
""" + SIG_TH("Megan Reilly", "Sourcing Manager") + "\n" + \
    "On Wed, Jun 12, 2024 at 9:05 AM Cindy Xu <cindy.xu@everbright-mould.cn> wrote:\n" + quote(p13_cindy) + "\n"
p13 = mail("Megan Reilly <megan.reilly@trailheadcycles.com>", "Cindy Xu <cindy.xu@everbright-mould.cn>",
           "Re: T1 samples motor cover Ridgeline e-MTB", "Thu, 13 Jun 2024 16:40:02 -0600", p13_text,
           html=simple_html(p13_text), in_reply_to="<t1-cover-0612@everbright-mould.cn>")
case("p13_quoted_scope_unscoped_goahead", ["RG002"],
     "quoted buyer scope is complete (25 T1, 2,375 not released, written release by Tyler Brooks after fit/IP "
     "sign-off); newest buyer line 'You can go ahead!' names neither sample-only nor a quantity",
     [("Re_T1_samples_motor_cover.eml", eml_bytes(p13))])

# ------------------------------------------------------------ p14 (risky)
# LINE chat: scope stated by the buyer earlier, later "Good to run" without scope.
p14 = """[LINE] Chat history with Vivian Tsai CCP
Saved on: 2024/07/02 10:15

2024/06/10(Mon)
10:31	Grace Chen	Vivian, PO LY-PO-24-0301 sent by email. It is for 50 pilot handlebars only (LY-HB-440 carbon drop bar)
10:32	Grace Chen	The other 950 bars stay on hold. Don't start them, don't buy prepreg for them
10:33	Grace Chen	I sign the production release for the 950 only after the ISO 4210-5 test report is signed off by our R&D
10:40	Vivian Tsai CCP	Understood Grace, 50 pilot only 👌
2024/06/27(Thu)
16:02	Vivian Tsai CCP	[Photo]
16:02	Vivian Tsai CCP	[Photo]
16:03	Vivian Tsai CCP	pilot bars finished, 50 pcs, clear coat matte. weight avg 238g
16:03	Vivian Tsai CCP	next step?
16:45	Grace Chen	Photos ok, weight is good. Good to run 👍
16:46	Vivian Tsai CCP	Thank you!! 🙏🙏
2024/07/01(Mon)
09:10	Vivian Tsai CCP	Grace, courier for pilot bars pick up tomorrow, invoice by email
09:12	Grace Chen	ok thx
"""
case("p14_line_good_to_run", ["RG002"],
     "earlier buyer scope complete (50 pilot, 950 on hold, release by Grace after ISO 4210-5 sign-off); later "
     "'Good to run' after 'next step?' names no quantity or sample scope",
     [("LINE_Vivian_Tsai_CCP.txt", p14)])

# ------------------------------------------------------------ p15 (risky)
# Visit minutes: "approved" for both engineering and finance; decision line "Go ahead."
p15 = docx_bytes([
    ("h1", "Visit report - Alpenstrom at BDPM, Binh Duong"),
    ("p", "Date: 22.05.2024 | Author: Stefan Brandl | Distribution: J. Maier, BDPM (N. V. Minh, T. T. Lan)"),
    ("table", [["Participant", "Company", "Role"],
               ["Stefan Brandl", "Alpenstrom", "Head of Purchasing"],
               ["Julia Maier", "Alpenstrom", "Frame engineering"],
               ["Nguyen Van Minh", "BDPM", "Sales Director"],
               ["Tran Thi Lan", "BDPM", "Customer Service"]]),
    ("h", "1. Pilot frames Kampenwand Trail e-MTB"),
    ("p", "Geometry checked on 3 pilot frames on the surface plate. Head angle and BB drop within tolerance. "
          "Frame geometry approved by Julia Maier (engineering). Weld toe at the motor mount to be blended, "
          "BDPM to update WI-07."),
    ("h", "2. Commercial"),
    ("p", "PO change AS-24-104 rev 1 (KTL coating instead of zinc phosphate, +EUR 3,20 per frame) was approved "
          "by Alpenstrom finance on 20.05.2024."),
    ("h", "3. Scope"),
    ("p", "BDPM builds 20 pilot frames under AS-24-104. The production quantity of 1,180 frames is not released. "
          "Production release only in writing by Stefan Brandl after sign-off of the EN 15194 / ISO 4210-6 test "
          "report (lab slot KW 30)."),
    ("h", "4. Decision"),
    ("p", "Go ahead."),
    ("h", "5. Actions"),
    ("table", [["No.", "Action", "Who", "When"],
               ["1", "Blend weld toe at motor mount, update WI-07", "BDPM", "KW 23"],
               ["2", "Send 2 pilot frames to lab", "BDPM", "KW 26"],
               ["3", "Confirm decal file v5", "Alpenstrom", "KW 22"]]),
], author="Stefan Brandl")
case("p15_visit_minutes_go_ahead", ["RG002", "RG009"],
     "minutes: 'approved' used for engineering geometry and for finance PO change; decision line 'Go ahead.' with "
     "no scope; scope section itself complete (20 pilot, 1,180 not released, Stefan Brandl after test sign-off)",
     [("Visit_report_BDPM_2024-05-22.docx", p15)])

# ------------------------------------------------------------ p18 (risky)
# Supplier bought tube sets for the full run while only 24 T1 frames are released.
p18_sanne = """Dear Kevin,

Please find attached PO 4500090410 for the Velora Stadsrand 2 frames: 24 T1 frames (6 per size).

The other 1,176 frames of your quote QT-SA-24-0318 are not released - please do not start them.
They will be released only by a written production release from Marieke de Wit (Head of Sourcing),
after the T1 sign-off (ISO 4210-6 report plus our fit check in Utrecht).

Kind regards,
Sanne Bakker"""
p18_text = """Dear Sanne,

Thank you for your mail. T1 frames are on schedule: welding finished yesterday, heat treatment
today, paint next week. We will send the ISO 4210-6 report for 3 frames together with the shipment.

Also good news for your launch timing: to keep your MY25 launch we already placed the order with the
tube mill for the 6061 tube sets for all 1,200 frames. The mill confirmed delivery in week 28. This
way there is no waiting for material when the production is released.

Please let us know the decal file version for the T1, we have v3 and v4 in our system.

Best regards,
Kevin Lin
Sales Manager
Sunrise Alloy Frame Co., Ltd.
No. 6, Lane 120, Zhongshan Rd, Daya Dist., Taichung 428, Taiwan
Tel +886 4 2567 3301

Sanne Bakker <s.bakker@velorabikes.nl> 於 2024年5月24日 週五 下午4:12 寫道：
""" + quote(p18_sanne) + "\n"
p18 = mail("Kevin Lin <kevin.lin@sunrise-alloy.com.tw>", "Sanne Bakker <s.bakker@velorabikes.nl>",
           "RE: PO 4500090410 Velora Stadsrand 2 T1 frames", "Thu, 30 May 2024 10:22:17 +0800", p18_text,
           in_reply_to="<4500090410@velorabikes.nl>")
case("p18_supplier_bought_tubes_full_run", ["RG006"],
     "supplier ordered tube sets for all 1,200 frames while only 24 T1 are released and no material authority "
     "exists; quoted buyer scope is otherwise complete",
     [("RE_PO_4500090410_Stadsrand2.eml", eml_bytes(p18))])

# ------------------------------------------------------------ p19 (risky)
# Supplier ERP / MRP printout: material requisition for 1,000 sets against a 40-frame release.
p19 = """BINH DUONG PRECISION METAL CO., LTD.           SALES ORDER / MRP STATUS
LOT C-7, MY PHUOC 3 IP, BEN CAT, BINH DUONG               RUN: 2024-05-27 06:00
================================================================================
SALES ORDER   : SO-24-0611           CUSTOMER : TRAILHEAD CYCLES INC. (C-0088)
CUSTOMER PO   : TC-PO-24-0601        ITEM     : TC-SB-F SWITCHBACK GRAVEL FRAME
PLANNER       : NGUYEN THI HOA       CS       : TRAN THI LAN
--------------------------------------------------------------------------------
QUANTITIES
  QUOTED QTY (QT BD-Q-2402-19)             :  1,000
  CUSTOMER RELEASED QTY (PILOT)             :     40
  NOT RELEASED BY CUSTOMER                  :    960  (WAIT WRITTEN RELEASE
                                                       T. BROOKS, AFTER PILOT
                                                       TEST SIGN-OFF)
--------------------------------------------------------------------------------
MATERIAL REQUIREMENTS (MRP BASIS: 1,000 FRAMES)
  COMPONENT          REQ QTY   ON HAND   PURCH. ORDER       STATUS
  TUBE SET 6061 SB     1,000        40   PO-V-24-0877 KAISER  CONFIRMED ETA 07/02
  DROPOUT 12X142 FM    2,000        80   PO-V-24-0878         CONFIRMED ETA 06/25
  HEAD TUBE 44/56      1,000        40   PO-V-24-0879         ORDERED
  BB SHELL BSA 68      1,000        40   PO-V-24-0879         ORDERED
--------------------------------------------------------------------------------
PRODUCTION ORDERS
  WO-24-1187  PILOT FRAMES        40   WELDING DONE / HEAT TREAT 05/28
--------------------------------------------------------------------------------
REMARK: MATERIAL ORDERED FULL QTY TO SECURE KAISER SLOT (PLANNING DECISION 05/20)
"""
case("p19_supplier_mrp_full_material", ["RG006"],
     "supplier MRP printout: only 40 pilot released, 960 marked not released, yet tube sets, dropouts, head tubes "
     "and BB shells ordered for 1,000 frames with no material authority",
     [("BDPM_SO-24-0611_MRP_status.txt", p19)])

# ------------------------------------------------------------ p20 (risky)
# LINE chat: supplier already holds rims and spokes for all 600 sets; 20 pilot released.
p20 = """[LINE] Chat history with Jason Huang TSR
Saved on: 2024/06/24 08:31

2024/06/03(Mon)
09:14	Dana Kowalski	Hi Jason, PO CBC-PO-24-0455 is in your inbox: 20 pilot wheelsets Willamette 700C, nothing else
09:15	Dana Kowalski	The other 580 sets stay on hold until I send you the production release in writing, after our ride test + dealer clinic
09:31	Jason Huang TSR	Received, thank you Dana. Pilot ship 6/28
2024/06/19(Wed)
11:02	Jason Huang TSR	Dana good news 😊
11:02	Jason Huang TSR	rims and spokes for all 600 sets already in our warehouse, we bought last week
11:03	Jason Huang TSR	so when you release MP we can start very fast, no waiting rim extrusion
11:40	Dana Kowalski	Hm ok. Please keep the pilot on schedule, that's the priority
11:41	Jason Huang TSR	yes sure, pilot on schedule
2024/06/21(Fri)
14:20	Jason Huang TSR	[Photo]
14:20	Jason Huang TSR	pilot wheels tension check, avg 124 kgf
14:35	Dana Kowalski	👍
"""
case("p20_line_rims_for_all_sets", ["RG006"],
     "20 pilot sets released, 580 on hold until Dana's written release after ride test/clinic; supplier has "
     "already bought rims and spokes for all 600 sets without a material authority",
     [("LINE_Jason_Huang_TSR_Willamette.txt", p20)])



# =================================================================== BATCH 3
# ------------------------------------------------------------ p21 (risky)
# Supplier treats the deposit as the start signal and buys tube for the whole quantity.
p21_lars = """Dear Mr Minh,

PO ZW-24-0133 is attached: 40 pilot frames ZW Stadsfiets E9, sizes 46/50/54/58 (10 each).
The other 760 frames of your quotation are not released - please do not start them.
Production release only in writing by Lena Vos (Operations Director), after the EN 15194 report on
the pilot frames is signed off. We pay the 30% deposit on pilot frames and jig as per your PI.

Kind regards,
Lars Janssen
Sourcing, Zuidwind E-Bikes B.V."""
p21_text = """Dear Mr. Lars,

Good afternoon. We are pleased to inform that we received your 30% deposit yesterday (EUR 3,168.00),
thank you very much for your support.

Because the deposit is received, we started the mass production order for E9 and already purchased
aluminium tube for all 800 frames, to save time for your launch. Tube will arrive our factory on
10 June.

Pilot frames: welding will finish this Friday, then T6 heat treatment and alignment. We will send
photos of the 4 sizes next week.

Thank you and best regards,
Nguyen Van Minh
Sales Director
Binh Duong Precision Metal Co., Ltd.
Tel: +84 274 3567 221 | Mobile/Zalo: +84 903 118 274

-----Original Message-----
From: Lars Janssen <l.janssen@zuidwind-ebikes.nl>
Sent: Monday, May 20, 2024 3:40 PM
To: Nguyen Van Minh <minh.nguyen@bdpm.com.vn>
Subject: PO ZW-24-0133 pilot frames E9

""" + quote(p21_lars) + "\n"
p21 = mail("Nguyen Van Minh <minh.nguyen@bdpm.com.vn>", "Lars Janssen <l.janssen@zuidwind-ebikes.nl>",
           "RE: PO ZW-24-0133 pilot frames E9", "Wed, 29 May 2024 14:55:00 +0700", p21_text,
           cc="Tran Thi Lan <lan.tran@bdpm.com.vn>")
case("p21_deposit_starts_mass_production", ["RG006", "RG012"],
     "supplier: 'because the deposit is received, we started the mass production order' and bought tube for all "
     "800 frames; quoted buyer scope: 40 pilot, 760 not released, Lena Vos after EN 15194 sign-off",
     [("RE_PO_ZW-24-0133_pilot_E9.eml", eml_bytes(p21))])

# ------------------------------------------------------------ p22 (risky)
# Supplier weekly report: prepreg cut and kitted for 600 forks; 30 T1 released.
p22 = docx_bytes([
    ("h1", "Weekly Project Report - Copperline CL-GF carbon gravel fork"),
    ("p", "Dongguan Huaxin Composite Technology Co., Ltd. | Week 25 / 2024 | Prepared by: Amy Zhang (Sales), "
          "Liu Jian (Factory Manager)"),
    ("h", "1. Order status"),
    ("table", [["Item", "Quantity", "Status"],
               ["T1 forks (PO CBC-PO-24-0420)", "30 pcs", "Released by customer. Layup 30/30, curing 30/30, "
                                                          "painting 18/30"],
               ["Mass production", "600 pcs", "Customer forecast, not released. Waiting written production "
                                              "release from Ms. Dana Kowalski after T1 test"],
               ["Drop-out inserts (Ti, 12 mm)", "60 pcs", "Received from sub-supplier"]]),
    ("sp",),
    ("h", "2. Material"),
    ("table", [["Material", "Quantity", "Status"],
               ["Prepreg Toray T700/T800 UD + 3K twill", "cut and kitted for 600 forks",
                "In freezer (-18 C) since 12 June, shelf life 12 months"],
               ["Steerer tube 1 1/2 - 1 1/8 tapered (carbon)", "630 pcs", "Purchase order placed, ETA week 28"],
               ["Foam cores (EPS)", "630 pcs", "Produced in-house"]]),
    ("p", "Remark: kitting the full quantity now keeps our autoclave schedule for September free for your mass "
          "production."),
    ("h", "3. Quality"),
    ("p", "CT scan on 2 T1 forks: no voids > 1 mm at crown. Steerer bonding pull test 3/3 OK. ISO 4210-6 "
          "fork bending fatigue test booked at SGS Dongguan, week 27."),
    ("h", "4. Next week"),
    ("li", "Finish painting and decals of T1 forks, pack and ship week 26 by air (DHL)."),
    ("li", "Send T1 inspection report and CT images."),
], author="Amy Zhang")
case("p22_supplier_report_prepreg_kitted", ["RG006"],
     "supplier weekly report: only 30 T1 released, 600 marked forecast/not released, but prepreg cut and kitted "
     "and steerers ordered for 600+ forks with no material authority",
     [("Weekly_report_CL-GF_fork_W25.docx", p22)])

# ------------------------------------------------------------ p23 (risky)
# Folder: release letter for 150 housings + supplier mail thanking for 'release of 200' and buying for 1,000.
p23_rel = pdf([
    ("h1", "Production release PR-ZW-2024-03"),
    ("p", "Zuidwind E-Bikes B.V., Torenallee 20, 5617 BC Eindhoven | to Kunshan Voltcase Enclosure Co., Ltd."),
    ("table", [["Order", "PO ZW-24-0150, E9 rear rack battery housing ZW-RBH-E9 (commercial cover 1,000 pcs)"],
               ["Sample sign-off", "T2 samples signed off 2024-06-14 (EN 15194 drop and IP67 test, report ZW-LAB-0614)"],
               ["Date", "2024-06-17"]]),
    ("sp",),
    ("table", [["Quantity", "Status"],
               ["150 housings", "Released for production now"],
               ["850 housings", "Not released. Released only by a further written production release from Lena Vos "
                                "after the pilot-run review in September"]]),
    ("sp",),
    ("p", "Material authority: 150 housings' worth of aluminium, gaskets and fasteners. No material for the 850."),
    ("p", "Delivery of the 150: 2 lots of 75, ex works 2024-08-02 and 2024-08-16."),
    ("sp",),
    ("p", "Lena Vos, Operations Director - signed 17-06-2024"),
], title="PR-ZW-2024-03", author="Lena Vos")
p23_mail_text = """Dear Lars,

Thank you for your production release of 200 housings for ZW-RBH-E9, we received it today.

To support your season we have already bought the aluminium ingot (ADC12) and the silicone gaskets
for all 1,000 housings, so the next lots can run without any waiting time. Die casting of the first
lot starts next Monday.

Please confirm the colour of the cover (RAL 9005 matt or RAL 7021 matt). Your drawing index D
says 9005, the sample was 7021.

Best regards,
Leo Wu
Sales Engineer
Kunshan Voltcase Enclosure Co., Ltd.
No. 18 Chenfeng Rd, Kunshan, Jiangsu, China | +86 512 5760 3318
"""
p23_mail = mail("Leo Wu <leo.wu@voltcase.cn>", "Lars Janssen <l.janssen@zuidwind-ebikes.nl>",
                "RE: Production release PR-ZW-2024-03", "Tue, 18 Jun 2024 17:20:40 +0800", p23_mail_text,
                cc="Lena Vos <l.vos@zuidwind-ebikes.nl>")
case("p23_release_150_vs_200_material_1000", ["RG006", "RG011"],
     "folder: release letter PR-ZW-2024-03 releases 150 (material authority 150); supplier mail says 'release of "
     "200' and has bought ingot and gaskets for all 1,000",
     [("PR-ZW-2024-03_production_release.pdf", p23_rel), ("RE_Production_release_PR-ZW-2024-03.eml",
                                                         eml_bytes(p23_mail))])

# ------------------------------------------------------------ p24 (risky)
# Supplier books a labelled forecast as a firm order and buys material for it.
p24_jonas = """Dear Mr. Ferreira,

attached our forecast for 2025 for the Trekking 9 frame: 2.000 frames, split per quarter.
This forecast is non-binding. It is no order and no material authority.

Current release: 50 pilot frames under PO 4711-0420. Everything beyond these 50 frames is not
released. The production release will come in writing from Dr. Katrin Albrecht, after the ISO 4210
sign-off of the pilot frames.

Mit freundlichen Gruessen
Jonas Hoffmann
Einkauf, Kettenwerk Radsport GmbH"""
p24_text = """Dear Mr. Hoffmann,

Many thanks for the forecast, it helps us a lot with the planning for next year.

Per your 2025 forecast of 2.000 frames, which we have entered as a firm order in our system, we have
purchased the tubes (Columbus Zona) and the CNC dropouts for the 2.000 frames. With the current
lead times from Italy this was the only way to be sure for the spring.

The 50 pilot frames will be ready in week 27. We will ship 2 frames by courier to your lab and
48 by truck, together with the hardware kits.

Cumprimentos / Best regards,
Rui Ferreira
Commercial Director
Metalurgica Agueda, Lda. | 3750-042 Agueda, Portugal | +351 234 600 512

Em 3 de junho de 2024, Jonas Hoffmann <j.hoffmann@kettenwerk-rad.de> escreveu:
""" + quote(p24_jonas) + "\n"
p24 = mail("Rui Ferreira <rui.ferreira@metalagueda.pt>", "Jonas Hoffmann <j.hoffmann@kettenwerk-rad.de>",
           "RE: Forecast 2025 Trekking 9", "Thu, 06 Jun 2024 09:48:27 +0100", p24_text,
           in_reply_to="<fc2025-t9@kettenwerk-rad.de>")
case("p24_forecast_booked_firm_material", ["RG006", "RG008"],
     "supplier enters the non-binding 2.000 forecast 'as a firm order' and buys tubes and dropouts for 2.000; "
     "quoted buyer scope: 50 pilot, rest not released, Dr. Albrecht after ISO 4210 sign-off",
     [("RE_Forecast_2025_Trekking_9.eml", eml_bytes(p24))])

# ------------------------------------------------------------ p26 (risky)
# Supplier assumes the T1 OK rolls into mass production; quoted buyer scope complete.
p26_megan = """Hi Kevin,

Attached is PO TC-PO-24-0588 for the Ridgeline 29 hardtail frame: 30 T1 frames, period.
The 870 production frames in your quote are not released. Please don't start them.
They'll be released only by a written production release from Tyler Brooks (VP Operations), after
the ISO 4210-6 results and our trail test of the T1 frames are signed off.

Thanks,
Megan"""
p26_text = """Dear Megan,

Thank you for the PO. T1 frames are in the jig now, we plan ex-factory on July 12.

Good news for your timing: as soon as your T1 OK comes, our line will simply keep running into the
870 MP frames, no need to stop and re-setup the jig. So the MP frames can ship end of August
instead of October. Please send the T1 OK as early as possible.

For the T1 we use the Kaiser tube set as quoted, the 44/56 head tube is machined in-house.

Best regards,
Kevin Lin
Sales Manager, Sunrise Alloy Frame Co., Ltd.
Tel +886 4 2567 3301

On Tue, Jun 4, 2024 at 6:15 AM Megan Reilly <megan.reilly@trailheadcycles.com> wrote:
""" + quote(p26_megan) + "\n"
p26 = mail("Kevin Lin <kevin.lin@sunrise-alloy.com.tw>", "Megan Reilly <megan.reilly@trailheadcycles.com>",
           "RE: PO TC-PO-24-0588 Ridgeline 29 T1 frames", "Wed, 05 Jun 2024 09:02:51 +0800", p26_text,
           html=simple_html(p26_text))
case("p26_supplier_rolls_into_mp", ["RG007"],
     "supplier: 'as soon as your T1 OK comes, our line will keep running into the 870 MP frames' - sample approval "
     "assumed to roll into production; quoted buyer scope complete (30 T1, 870, Tyler Brooks)",
     [("RE_PO_TC-PO-24-0588.eml", eml_bytes(p26))])

# ------------------------------------------------------------ p27 (risky)
# Buyer's own PO requires a written release; a later buyer mail waives it on T2 results.
p27_po = pdf([
    ("h1", "Purchase Order 4500092015"),
    ("p", "Velora Bikes B.V. | Europalaan 40, 3526 KS Utrecht | Supplier: Sunrise Alloy Frame Co., Ltd. (70233)"),
    ("table", [["Pos.", "Material", "Description", "Qty", "Price EUR"],
               ["10", "VB-GX2-F-T2", "Velora Gravel GX2 frame, T2 sample, sizes S/M/L/XL", "24", "251,00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO covers the 24 T2 sample frames only. The remaining 1,176 frames of quotation QT-SA-24-0402 are "
          "not released: do not start them and do not buy material for them."),
    ("p", "The 1,176 frames will be released only by a written production release from Marieke de Wit "
          "(Head of Sourcing), after the T2 sign-off (EFBE ISO 4210-6 test and fit check)."),
    ("p", "Buyer: Sanne Bakker | Date 12-06-2024 | Delivery FCA Taichung, by air, 19-07-2024"),
], title="PO 4500092015", author="Sanne Bakker")
p27_text = """Hi Kevin,

Sanne sent you the PO for the GX2 T2 frames (attached again for reference).

Our launch date moved forward to the Eurobike dealer days, so time is very tight. Let's keep it
simple: if the T2 frames pass at EFBE, just carry on with the rest - no need to wait for the
paperwork from Marieke. I'll tell her, she'll sort out the formal side afterwards.

EFBE slot is booked for week 31; they send results within 5 working days.

Cheers,
Jeroen
""" + SIG_VELORA("Jeroen Visser", "Product Manager Gravel & Road")
p27 = mail("Jeroen Visser <j.visser@velorabikes.nl>", "Kevin Lin <kevin.lin@sunrise-alloy.com.tw>",
           "GX2 timing", "Fri, 14 Jun 2024 17:05:11 +0200", p27_text,
           cc="Sanne Bakker <s.bakker@velorabikes.nl>",
           attachments=[("PO_4500092015.pdf", p27_po, PDF_MT)])
case("p27_buyer_waives_written_release", ["RG007"],
     "attached PO needs a written release by Marieke de Wit after T2 sign-off; buyer PM then writes 'if the T2 "
     "frames pass, just carry on with the rest - no need to wait for the paperwork'",
     [("GX2_timing.eml", eml_bytes(p27))])

# ------------------------------------------------------------ p28 (risky)
# Supplier portal order confirmation: "sample approval shall be deemed release of the MP quantity".
p28 = html_page("Voltcase Customer Portal - Order confirmation OC-24-0719", """
<h2>Kunshan Voltcase Enclosure Co., Ltd. &mdash; Customer Portal</h2>
<p>Customer: <b>Alpenstrom E-Bikes GmbH</b> &middot; Customer PO: <b>AS-24-140</b> &middot; Our ref: OC-24-0719
&middot; Date: 2024-06-20 &middot; Contact: Leo Wu</p>
<h3>Order confirmation</h3>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price EUR</th><th>Status</th></tr>
<tr><td>1</td><td>Downtube battery housing AS-BH-625, samples (soft tool)</td><td>6</td><td>172.00</td><td>Confirmed, ETD 2024-07-19</td></tr>
<tr><td>2</td><td>Downtube battery housing AS-BH-625, mass production (quote KV-Q-24-0402)</td><td>1,494</td><td>36.90</td><td>Not yet released by customer</td></tr>
</table>
<h3>Customer PO remarks (copied from PO AS-24-140)</h3>
<p class="note">Only the 6 sample housings are ordered for production now. The 1,494 housings are not released.
They will be released only by a written production release from Stefan Brandl after the sample sign-off
(EN 15194 drop test and IP67).</p>
<h3>Our terms for this order</h3>
<ol>
<li>Prices EXW Kunshan, packing in export cartons, 10 pcs per carton.</li>
<li>Customer's sample approval shall be deemed release of the mass production quantity (item 2).
Mass production starts within 3 working days after sample approval.</li>
<li>Mould ownership: customer, after full payment of the mould invoice.</li>
</ol>
<p style="font-size:11px;color:#666">Voltcase portal &middot; generated 2024-06-20 10:14 CST</p>
""")
case("p28_portal_oc_sample_deemed_release", ["RG007"],
     "supplier order confirmation term: 'sample approval shall be deemed release of the mass production quantity' "
     "although the copied PO scope requires Stefan Brandl's written release; no agreed auto-conversion",
     [("Voltcase_OC-24-0719.html", p28)])

# ------------------------------------------------------------ p29 (risky)
# WhatsApp: buyer MD agrees the colour OK rolls into the batch, bypassing the written release.
p29 = """[11/06/2024, 08:14] Oliver Hartley: Morning Sokha. PO HR-PO-2302 sent: 30 pilot frames Ridgeway Tourer only. The other 870 stay on hold until Priya sends the production release in writing, after the ISO 4210 results and the colour sign-off
[11/06/2024, 08:40] Sokha Chan: Good morning Mr Oliver, received with thanks 🙏
[20/06/2024, 10:02] Sokha Chan: Mr Oliver, pilot frames paint tomorrow. After your colour sample OK we continue to full batch right away ya? factory want to keep line running, July is busy
[20/06/2024, 10:31] Oliver Hartley: Yep, once the colour's OK just carry on with the rest, no need to wait for Priya's paperwork 👍
[20/06/2024, 10:33] Sokha Chan: Ok thank you Mr Oliver, we will do like that
[20/06/2024, 10:34] Sokha Chan: <Media omitted>
[20/06/2024, 10:34] Sokha Chan: this is the colour chip under daylight
[20/06/2024, 11:05] Oliver Hartley: Looks right. Send 2 painted pilot frames by air please, rest by sea
"""
case("p29_whatsapp_colour_ok_carry_on", ["RG007"],
     "buyer scope needs Priya's written release; buyer MD then agrees 'once the colour's OK just carry on with the "
     "rest, no need to wait for Priya's paperwork' - sample approval rolling into production",
     [("WhatsApp Chat with Sokha Chan.txt", p29)])

# ------------------------------------------------------------ p30 (risky)
# PO with hold and release authority, plus a boilerplate "upon approval of PPS, proceed with the run".
p30 = pdf([
    ("h1", "PURCHASE ORDER CBC-PO-24-0466"),
    ("p", "Copperline Bicycle Co. | 1220 SE Water Ave, Portland, OR 97214 | Vendor: Binh Duong Precision Metal "
          "Co., Ltd. (V-2207)"),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Need date"],
               ["1", "CL-CS-F-PPS", "Cascade commuter frame, pre-production sample (PPS), 6061, sizes S/M/L", "10",
                "212.00", "Jul 26, 2024"]]),
    ("sp",),
    ("h", "Special instructions"),
    ("p", "1. The production balance of 490 frames (quote BD-Q-2405-03) is not released by this PO."),
    ("p", "2. Release authority for the production balance: Dana Kowalski, Director of Sourcing."),
    ("p", "3. Upon approval of the PPS samples, Vendor shall proceed with the production run of 490 frames "
          "without further notice, to meet the spring 2025 season."),
    ("p", "4. PPS to be built on production tooling and jigs. Include dimensional report, weld penetration "
          "cut-section (1 pc) and paint adhesion test (ASTM D3359, 4B minimum)."),
    ("p", "5. Copperline Vendor Manual rev. F applies. Acknowledge within 5 business days."),
    ("sp",),
    ("p", "Buyer: Chris Ortega | PO date: June 3, 2024"),
], pagesize=LETTER, title="CBC-PO-24-0466", author="Chris Ortega")
case("p30_po_pps_approval_proceed_run", ["RG007"],
     "PO says the 490 balance is not released and names Dana Kowalski, but also 'upon approval of the PPS samples, "
     "Vendor shall proceed with the production run of 490 frames without further notice' - implied auto-conversion",
     [("CBC-PO-24-0466.pdf", p30)])

# ------------------------------------------------------------ p31 (risky)
# Buyer engineering report: "approval" for sample, series and commercial, and it rolls into series.
p31 = docx_bytes([
    ("h1", "Musterpruefbericht / Sample inspection report KW-MPB-2024-027"),
    ("p", "Kettenwerk Radsport GmbH, Qualitaet & Entwicklung | Part: KW-UR5-F Urban 5 e-bike frame | Supplier: "
          "Sunrise Alloy Frame Co., Ltd. | Date: 04.07.2024 | Author: M. Keller (Frame engineering)"),
    ("h", "1. Scope of order"),
    ("p", "PO 4711-0455: 10 T2 samples only. The series quantity of 790 frames is not released; series production "
          "needs a written production release from Dr. Katrin Albrecht (Head of Supply Chain) after T2 sign-off."),
    ("h", "2. Results"),
    ("table", [["Test", "Requirement", "Result"],
               ["ISO 4210-6 pedalling fatigue", "100,000 cycles at 1,100 N", "passed, 3/3"],
               ["ISO 4210-6 horizontal fatigue", "50,000 cycles +600/-600 N", "passed, 3/3"],
               ["EN 15194 frame/fork impact", "no cracks", "passed"],
               ["Dimensions (CMM)", "drawing KW-UR5-100 Idx E", "2 minor deviations, accepted"]]),
    ("h", "3. Approval"),
    ("p", "The T2 samples are approved. With this approval the series production is approved as well, so the "
          "supplier can start the 790 frames directly. The commercial approval (PO change in SAP) follows next week."),
    ("p", "Distribution: Einkauf (J. Hoffmann), Supply Chain (Dr. K. Albrecht), Sunrise Alloy (K. Lin)"),
], author="M. Keller")
case("p31_report_approval_equals_series", ["RG007", "RG009"],
     "buyer sample report: 'approval' used for T2 samples, series production and commercial PO change, and says "
     "sample approval lets the supplier start the 790 directly despite the written-release requirement",
     [("KW-MPB-2024-027_sample_report.docx", p31)])

# ------------------------------------------------------------ p32 (risky)
# WeChat export: supplier says MP follows the T2 report directly, buyer answers "ok".
p32 = """WeChat chat export — Cindy Xu (Everbright) / Lars Janssen (Zuidwind)
Exported 2024-07-01 09:30

2024-06-05 10:12:33 Lars Janssen: Hi Cindy, PO ZW-24-0161 for the E9 battery cover: 12 T2 covers only
2024-06-05 10:13:10 Lars Janssen: The 1,188 covers stay on hold. They are released only by Lena Vos in writing, after the T2 sign-off (drop test + IP67)
2024-06-05 10:20:47 Cindy Xu: Received Lars, thank you! T2 ready around 6/24
2024-06-26 15:40:02 Cindy Xu: [Image]
2024-06-26 15:40:30 Cindy Xu: T2 covers 12 pcs done, ship tomorrow by UPS
2024-06-26 15:41:55 Cindy Xu: After you sign T2 report we arrange MP directly, no need new PO or release letter, this is our normal way 😊 then we can ship MP in August
2024-06-26 16:05:12 Lars Janssen: ok, thanks. report comes next week
2024-06-26 16:05:40 Cindy Xu: 👍
2024-06-28 09:02:18 Cindy Xu: UPS 1Z 8X4 71E 04 5523 1187
"""
case("p32_wechat_mp_after_t2_report", ["RG007"],
     "buyer scope needs Lena Vos's written release after T2 sign-off; supplier says MP follows the signed T2 "
     "report directly with no release, buyer replies 'ok, thanks'",
     [("WeChat_Cindy_Xu_Everbright.txt", p32)])

# ---------------------------------------------------------------- c17 (clean)
# Folder: scoped PO + supplier quote; PO declares the quote's 1,500 information only.
c17_po = pdf([
    ("h1", "Bestellung / Purchase Order 4711-0431"),
    ("p", "Kettenwerk Radsport GmbH | Heilbronner Str. 150, 70191 Stuttgart | Buyer: Jonas Hoffmann"),
    ("table", [["Supplier", "Metalurgica Agueda, Lda., Agueda, Portugal"],
               ["Date", "28.05.2024"],
               ["Delivery", "DAP Stuttgart, KW 29/2024"],
               ["Your proposal", "PA-2024-060 (attached)"]]),
    ("sp",),
    ("table", [["Pos.", "Article", "Description", "Qty", "Price EUR"],
               ["010", "KW-U3-F-PIL", "Urban 3 city frame, pilot, 6061, low-step, sizes 45/50/55", "30", "118,00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Your proposal PA-2024-060 shows 1,500 series frames. That figure is for information only and is not "
          "released by this order. Please build the 30 pilot frames now; do not start series frames and do not "
          "buy material for them (material authority: pilot only)."),
    ("p", "The series frames will be released only by a written production release from Dr. Katrin Albrecht "
          "(Head of Supply Chain) after the ISO 4210 sign-off of the pilot frames. The 1,500 is a forecast, "
          "not a commitment."),
], title="PO 4711-0431", author="Jonas Hoffmann")
c17_quote = pdf([
    ("h1", "Proposal PA-2024-060"),
    ("p", "Metalurgica Agueda, Lda. | Zona Industrial do Casarao, Lote 14, 3750-042 Agueda | 15 May 2024"),
    ("p", "For: Kettenwerk Radsport GmbH, Mr. Jonas Hoffmann | Project: Urban 3 city frame"),
    ("table", [["Phase", "Quantity", "Unit price EUR", "Lead time"],
               ["Pilot", "30", "118.00", "6 weeks"],
               ["Series", "1,500 (MOQ 300 per size)", "71.40", "10 weeks"],
               ["Jig and fixtures", "1 set", "2,900.00", "4 weeks"]]),
    ("p", "Powder coating in-house (Qualicoat class 1), KTL pre-treatment. Hydroformed top tube."),
    ("p", "Rui Ferreira, Commercial Director"),
], title="PA-2024-060", author="Rui Ferreira")
case("c17_po_and_quote_info_only", [],
     "folder: PO for 30 pilot frames declares the quote's 1,500 information only/not released, pilot-only "
     "material, Dr. Albrecht's written release after ISO 4210 sign-off; quote attached as a file",
     [("PO_4711-0431_Kettenwerk.pdf", c17_po), ("PA-2024-060_proposal.pdf", c17_quote)])

# ---------------------------------------------------------------- c18 (clean)
# Buyer asks about lead time "if we give you the go-ahead for 500" - a question, scope restated.
c18_text = """Hi Minh,

Quick planning question before our S&OP meeting on Thursday.

Hypothetically: if we give you the go-ahead for 500 Switchback frames after the pilot, what would
the lead time be, and would you need a material authority from us for the Kaiser tubes to hit
a January ex-factory date? Just a lead-time answer for now - this is not a release.

Where things stand: only the 40 pilot frames on TC-PO-24-0601 are released. The 960 balance is not
released and stays on hold; it will be released only by a written production release from Tyler
Brooks, after the pilot frames pass their ISO 4210-6 sign-off.

Thanks!
Megan
""" + SIG_TH("Megan Reilly", "Sourcing Manager")
c18 = mail("Megan Reilly <megan.reilly@trailheadcycles.com>", "Nguyen Van Minh <minh.nguyen@bdpm.com.vn>",
           "Switchback lead time question", "Mon, 17 Jun 2024 07:31:00 -0600", c18_text,
           html=simple_html(c18_text))
case("c18_hypothetical_goahead_question", [],
     "buyer asks a hypothetical lead-time question 'if we give you the go-ahead for 500' (not an approval); "
     "40 pilot released, 960 on hold, written release by Tyler Brooks after ISO 4210-6 sign-off",
     [("Switchback_lead_time_question.eml", eml_bytes(c18))])

# ---------------------------------------------------------------- c19 (clean)
# Production release letter after sample sign-off, words kept apart, balance still held.
c19 = docx_bytes([
    ("h1", "Production release PR-VB-2024-012"),
    ("p", "Velora Bikes B.V., Utrecht -> Sunrise Alloy Frame Co., Ltd., Taichung | Date: 15-07-2024"),
    ("table", [["Item", "Value"],
               ["Part", "Velora Stadsrand 2 frame VB-SR2-F (drawing VB-SR2-F-001 rev C)"],
               ["Purchase order", "4500090410 revision 2, issued 12-07-2024 (commercial cover 624 frames = 24 T1 + 600)"],
               ["Sample sign-off", "T1 frames signed off 08-07-2024 by Jeroen Visser (ISO 4210-6 report SA-TR-2406, fit check Utrecht)"],
               ["Released for production now", "600 frames (S 120 / M 180 / L 180 / XL 120)"],
               ["Not released", "576 frames of quotation QT-SA-24-0318"],
               ["Material authority", "600 frames' worth of tube sets, dropouts and head tubes"]]),
    ("sp",),
    ("p", "The 576 frames stay on hold. They will be released only by a further written production release from "
          "Marieke de Wit after the sell-in review with our dealers in October 2024."),
    ("p", "Delivery of the 600 frames: FCA Taichung, two 40' HC containers, ETD 20-09-2024 and 04-10-2024."),
    ("sp",),
    ("p", "Marieke de Wit, Head of Sourcing - signed 15-07-2024"),
], author="Marieke de Wit")
case("c19_production_release_letter", [],
     "release letter: T1 sign-off, PO revision issued and production release kept as separate words; 600 released, "
     "576 on hold until Marieke de Wit's written release after sell-in review; material 600",
     [("PR-VB-2024-012_production_release.docx", c19)])

# ---------------------------------------------------------------- c20 (clean)
# Supplier proforma: the deposit does not authorize production beyond the pilot frames.
c20 = pdf([
    ("h1", "PROFORMA INVOICE PI-AC-24-061"),
    ("p", "Angkor Cycle Components Co., Ltd. | Phnom Penh Special Economic Zone, Lot P-12, Cambodia | "
          "Tel +855 23 890 415"),
    ("table", [["Buyer", "Hartley & Rowe Cycles Ltd, Bristol BS1 6QA, UK"],
               ["Your PO", "HR-PO-2310 (24 pilot frames Avon city frame)"],
               ["Date", "18 June 2024"],
               ["Payment", "30% T/T deposit now, 70% T/T before shipment"]]),
    ("sp",),
    ("table", [["No.", "Description", "Qty", "Unit USD", "Amount USD"],
               ["1", "Avon city frame, pilot, 6061, step-through, sizes S/M/L", "24", "158.00", "3,792.00"],
               ["2", "Welding jig and alignment fixture", "1", "1,900.00", "1,900.00"],
               ["", "Total", "", "", "5,692.00"],
               ["", "Deposit 30% due now", "", "", "1,707.60"]]),
    ("sp",),
    ("p", "Production quantity 576 frames (our quotation AC-Q-0451) is not invoiced here and is not released. "
          "Payment of this deposit does not authorize production beyond the 24 pilot frames. We start the 576 "
          "frames only on your written production release signed by Ms. Priya Shah."),
    ("p", "Bank: ACLEDA Bank Plc, Phnom Penh | SWIFT ACLBKHPP | Account 0001-2345-6789-10 (USD) | "
          "Beneficiary: Angkor Cycle Components Co., Ltd."),
    ("p", "Issued by: Sokha Chan, Sales Manager"),
], title="PI-AC-24-061", author="Sokha Chan")
case("c20_proforma_deposit_not_authority", [],
     "supplier proforma: deposit for 24 pilot frames + jig; 576 not released, deposit does not authorize "
     "production, start only on Priya Shah's written release",
     [("PI-AC-24-061_proforma.pdf", c20)])



# =================================================================== BATCH 4
# ---------------------------------------------------------------- c21 (clean)
# WhatsApp: scoped go-ahead ("the 12 proto forks only"), hold, event, release person = sender.
c21 = """[04/06/2024, 09:02] Pedro Costa: Good morning Priya, the 12 proto forks for the Tourer are ready for brazing. Shall we continue? Photos below
[04/06/2024, 09:02] Pedro Costa: <Media omitted>
[04/06/2024, 09:03] Pedro Costa: <Media omitted>
[04/06/2024, 09:30] Priya Shah: Morning Pedro! Crown looks lovely. Yes - go ahead with the 12 proto forks only, nothing else
[04/06/2024, 09:31] Priya Shah: The 588 production forks on HR-PO-2315 stay on hold. Please don't cut tubes or order crowns for them
[04/06/2024, 09:32] Priya Shah: I'll sign the production release for the 588 once the ISO 4210-4 lab report on the protos is in and signed off
[04/06/2024, 09:40] Pedro Costa: Perfeito, understood. Only 12 protos 👍
[04/06/2024, 09:41] Pedro Costa: We ship them by DHL on Monday, 2 in a separate box for the lab
[04/06/2024, 09:44] Priya Shah: Brilliant, thank you. Lab address is in the PO, Cambridge not Bristol!
[04/06/2024, 09:45] Pedro Costa: Ok Cambridge 😅
"""
case("c21_whatsapp_scoped_go_ahead", [],
     "'go ahead with the 12 proto forks only, nothing else'; 588 on hold, no material; Priya (sender) signs the "
     "production release after ISO 4210-4 report sign-off",
     [("WhatsApp Chat with Pedro Costa FF.txt", c21)])

# ---------------------------------------------------------------- c22 (clean)
# Stop notice with 0 further units authorized; lift event and person named; HTML notice attached.
c22_text = """Dear Amy,

STOP - PO AS-24-122, carbon fork AS-CF-29

With immediate effect nothing more may be started on this order. The 10 T1 forks you delivered on
28 May are the only quantity released; no further unit is authorized (0 pcs beyond the 10).

The 990 production forks are on hold: do not start them, do not lay up, and do not cut or order
prepreg for them.

This stop is lifted only in writing by me, Stefan Brandl, after we have signed off your 8D report on
the dropout crack found in the ISO 4210-6 impact test and a re-test of 3 corrected T1 forks has
passed. The formal stop notice is attached.

Please confirm receipt of this stop today and send the D3 containment (status of forks in WIP) by
Friday.

Mit freundlichen Gruessen / Best regards
Stefan Brandl
""" + SIG_ALP("Stefan Brandl", "Head of Purchasing")
c22_notice = html_page("Stop notice AS-24-122", """
<h2>STOP NOTICE</h2>
<table>
<tr><th>Order</th><td>PO AS-24-122, carbon fork AS-CF-29, Dongguan Huaxin Composite Technology Co., Ltd.</td></tr>
<tr><th>Date</th><td>2024-06-11</td></tr>
<tr><th>Released quantity</th><td>10 T1 forks (delivered). No further unit authorized.</td></tr>
<tr><th>On hold</th><td>990 production forks - no start, no layup, no prepreg purchase</td></tr>
<tr><th>Lift condition</th><td>Sign-off of supplier 8D report and passed re-test of 3 corrected T1 forks (ISO 4210-6)</td></tr>
<tr><th>Lifted by</th><td>Stefan Brandl, Head of Purchasing, in writing</td></tr>
</table>
""")
c22 = mail("Stefan Brandl <s.brandl@alpenstrom-ebikes.de>", "Amy Zhang <amy.zhang@huaxin-composite.cn>",
           "STOP - PO AS-24-122 carbon fork AS-CF-29", "Tue, 11 Jun 2024 08:15:00 +0200", c22_text,
           html=simple_html(c22_text), cc="Julia Maier <j.maier@alpenstrom-ebikes.de>",
           attachments=[("Stop_notice_AS-24-122.html", c22_notice, "text/html")])
case("c22_stop_notice", [],
     "stop notice: 10 delivered T1 forks are the only released quantity, 0 more authorized, 990 on hold, lifted "
     "only in writing by Stefan Brandl after 8D sign-off and re-test",
     [("STOP_PO_AS-24-122.eml", eml_bytes(c22))])

# ---------------------------------------------------------------- c23 (clean)
# Revised PO covering the full quantity, with the production release recorded.
c23 = pdf([
    ("h1", "PURCHASE ORDER TC-PO-24-0512 - REVISION 2"),
    ("p", "Trailhead Cycles Inc. | Boulder, CO | Vendor: Famalicao Forks, S.A., V.N. de Famalicao, Portugal (V-3012)"),
    ("table", [["Rev.", "Date", "Change"],
               ["0", "Apr 2, 2024", "Line 1: 8 T1 forks"],
               ["1", "Apr 9, 2024", "Ship-to address corrected"],
               ["2", "Jun 3, 2024", "Line 2 added: 400 production forks"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Status"],
               ["1", "TC-SB-FK-T1", "Switchback chromoly fork 12x100, flat mount, T1", "8", "64.00",
                "Delivered; T1 sign-off May 30, 2024 (ISO 4210-6 report FF-TR-118)"],
               ["2", "TC-SB-FK", "Switchback chromoly fork 12x100, flat mount, production", "400", "38.20",
                "Released for production: release TC-PR-0044, Jun 3, 2024, Tyler Brooks (VP Operations)"]]),
    ("sp",),
    ("p", "This revision covers the full quoted quantity of quote FF-Q-24-052 (8 T1 + 400 production forks). "
          "There is no balance beyond these lines."),
    ("p", "Delivery line 2: FCA Porto, 2 shipments of 200, ex works Aug 23 and Sep 20, 2024. Paint: Trailhead "
          "Sage (TH-PC-07), ED coat inside steerer and blades."),
    ("p", "Buyer: Megan Reilly, Sourcing Manager"),
], pagesize=LETTER, title="TC-PO-24-0512 rev 2", author="Megan Reilly")
case("c23_po_rev2_full_qty_released", [],
     "PO revision 2 covers the full quote (8 T1 delivered + 400 production released by Tyler Brooks, TC-PR-0044); "
     "no balance",
     [("TC-PO-24-0512_rev2.pdf", c23)])

# ------------------------------------------------------------ p34 (risky)
# Buyer asks the supplier to treat the forecast as a firm commitment.
p34_text = """Hi Minh,

Following up on our call: our FY25 forecast for the Ridgeline 29 frame (TC-RL29-F) is 2,400 units,
split roughly 40/35/25 over Q1-Q3.

Please treat the 2,400 as a firm commitment from Trailhead and plan your capacity on it - you can
count on that volume. I know you need that certainty to hold the welding line for us.

For the avoidance of doubt on the current order: only the 60 pilot frames on TC-PO-24-0620 are
released today. The production frames are not released; they'll be released only by a written
production release from Tyler Brooks after the pilot frames are signed off (ISO 4210-6 and our
trail test).

Talk soon,
Megan
""" + SIG_TH("Megan Reilly", "Sourcing Manager")
p34 = mail("Megan Reilly <megan.reilly@trailheadcycles.com>", "Nguyen Van Minh <minh.nguyen@bdpm.com.vn>",
           "FY25 volume Ridgeline 29", "Tue, 25 Jun 2024 10:12:44 -0600", p34_text)
case("p34_buyer_forecast_firm_commitment", ["RG008"],
     "buyer: 'treat the 2,400 [FY25 forecast] as a firm commitment ... you can count on that volume'; pilot scope "
     "otherwise complete (60 pilot, rest not released, Tyler Brooks after sign-off)",
     [("FY25_volume_Ridgeline_29.eml", eml_bytes(p34))])

# ------------------------------------------------------------ p35 (risky)
# ERP call-off: forecast lines carry the status FIRM ORDER.
p35 = """KETTENWERK RADSPORT GMBH                LIEFERABRUF / CALL-OFF        NR. LA-0088
Heilbronner Str. 150, 70191 Stuttgart                       Datum: 01.07.2024
================================================================================
Lieferant/Supplier : 88204 FAMALICAO FORKS, S.A., V.N. DE FAMALICAO, PORTUGAL
Rahmenvertrag/Blanket: RV-2024-014        Artikel: KW-TR-FK-720 STAHLGABEL 28"
Disponent/Planner  : HOFFMANN, J.
================================================================================
ABRUF / CALL-OFF (FREIGEGEBEN ZUR FERTIGUNG / RELEASED FOR PRODUCTION)
  Pos  Menge/Qty   Liefer-KW/Week   Status
  01      120 ST        KW 33        ABRUF / CALL-OFF - RELEASED FOR PRODUCTION
--------------------------------------------------------------------------------
Alle Mengen ausserhalb dieses Abrufs sind nicht freigegeben. / All quantities
outside this call-off are not released. Freigabe nur durch den naechsten
schriftlichen Abruf, unterschrieben von Dr. K. Albrecht (Leitung Supply Chain).
Released only by the next written call-off, signed by Dr. K. Albrecht.
================================================================================
VORSCHAU / FORECAST
  Monat/Month   Menge/Qty   Status
  08/2024          150 ST   FEST / FIRM ORDER
  09/2024          150 ST   FEST / FIRM ORDER
  10/2024          180 ST   FEST / FIRM ORDER
  11/2024          120 ST   FEST / FIRM ORDER
  12/2024           80 ST   FEST / FIRM ORDER
--------------------------------------------------------------------------------
Materialberechtigung/Material authority: nur fuer diesen Abruf (120 ST).
Verpackung: 10 ST/Karton, Lackschutzfolie an Ausfallenden.
================================================================================
                                                                    Seite 1/1
"""
case("p35_erp_forecast_lines_firm", ["RG008"],
     "ERP call-off: 120 released with hold/next call-off/Dr. Albrecht, but the FORECAST block marks every month "
     "'FEST / FIRM ORDER' - forecast written as an order",
     [("LA-0088_Lieferabruf_FamalicaoForks.txt", p35)])

# ------------------------------------------------------------ p36 (risky)
# PO declares the annual forecast a binding purchase commitment.
p36 = pdf([
    ("h1", "Bestellung / Purchase Order AS-24-150"),
    ("p", "Alpenstrom E-Bikes GmbH | Kufsteiner Str. 88, 83022 Rosenheim | Supplier: Sunrise Alloy Frame Co., Ltd., "
          "Taichung"),
    ("table", [["Pos.", "Article", "Description", "Qty", "Price EUR"],
               ["10", "AS-WD-F-PIL", "Wendelstein trekking e-bike frame, pilot, 6061, sizes 46/50/54/58", "20",
                "238,00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This order authorizes the 20 pilot frames only. The production quantity is not released; production "
          "will be released only in writing by Stefan Brandl (Head of Purchasing) after the EN 15194 / "
          "ISO 4210-6 test report on the pilot frames has been signed off."),
    ("h", "Annual forecast"),
    ("p", "Forecast model year 2025: 3,000 frames. This forecast is a binding purchase commitment of Alpenstrom "
          "E-Bikes GmbH towards Sunrise Alloy Frame Co., Ltd."),
    ("sp",),
    ("p", "Delivery pilot frames: FCA Taichung, by air, KW 31/2024. Date: 26.06.2024. Buyer: Stefan Brandl."),
], title="AS-24-150", author="Stefan Brandl")
case("p36_po_forecast_binding_commitment", ["RG008"],
     "PO: 20 pilot frames with complete scope, but 'Forecast MY2025: 3,000 frames. This forecast is a binding "
     "purchase commitment'",
     [("AS-24-150_Bestellung.pdf", p36)])

# ------------------------------------------------------------ p37 (risky)
# WhatsApp: buyer confirms the forecast 1,500 "is firm, count on it as our order".
p37 = """[02/07/2024, 14:10] Tran Thi Lan (BDPM): Ms Sanne good afternoon, question from our boss
[02/07/2024, 14:11] Tran Thi Lan (BDPM): the 1,500 Kade frames in your forecast for MY25, we take as order ok? then we can book the line for Q1
[02/07/2024, 14:38] Sanne Bakker: Hi Lan! Yes, the 1,500 is firm, you can count on it as our order for MY25 👍
[02/07/2024, 14:39] Sanne Bakker: Production start is still only with Marieke's written production release after the pilot review. For now it's the 40 pilot frames on PO 4500093110 only, the rest is not released
[02/07/2024, 14:45] Tran Thi Lan (BDPM): Ok understood, thank you Ms Sanne 🙏
[02/07/2024, 14:46] Tran Thi Lan (BDPM): pilot frames ETD 26/7
[03/07/2024, 08:12] Sanne Bakker: Perfect. Can you send the packing list draft before?
[03/07/2024, 08:30] Tran Thi Lan (BDPM): Yes sure
"""
case("p37_whatsapp_forecast_is_firm", ["RG008"],
     "buyer: 'Yes, the 1,500 [forecast] is firm, you can count on it as our order'; pilot scope itself complete "
     "(40 pilot, rest not released, Marieke's written release after pilot review)",
     [("WhatsApp Chat with BDPM Lan - Kade.txt", p37)])

# ------------------------------------------------------------ p40 (risky)
# PO text uses "release" for the drawing, the PO approval workflow and production.
p40 = docx_bytes([
    ("h1", "Purchase Order 4500093001"),
    ("p", "Velora Bikes B.V., Utrecht -> Binh Duong Precision Metal Co., Ltd. | Date 05-06-2024 | "
          "Buyer: Sanne Bakker"),
    ("table", [["Pos.", "Material", "Description", "Qty", "Price EUR"],
               ["10", "VB-KD2-F-T1", "Velora Kade 2 cargo frame, T1 sample, 6061, long-john", "16", "412,00"]]),
    ("sp",),
    ("h", "Releases"),
    ("li", "Drawing release: drawing VB-KD2-F-001 rev A was released by Velora engineering on 03-06-2024."),
    ("li", "PO release: this PO was released in SAP by purchasing (release strategy V2, budget owner) on 05-06-2024."),
    ("li", "Production release: the 784 production frames of your quotation BD-Q-2405-11 are not released by this "
           "PO. They will be released only by a written production release from Marieke de Wit (Head of Sourcing) "
           "after the T1 sign-off (EN 17860 cargo bike test and fit check)."),
    ("sp",),
    ("p", "Please build the 16 T1 frames now. Do not start the 784 frames and do not buy material for them."),
    ("p", "Delivery: FOB Ho Chi Minh City (Cat Lai), LCL, ETD 30-08-2024."),
], author="Sanne Bakker")
case("p40_po_release_three_meanings", ["RG009"],
     "PO uses 'release' for the drawing (technical), the SAP PO release strategy (commercial) and production; "
     "scope itself complete (16 T1, 784 not released, Marieke de Wit after T1 sign-off)",
     [("PO_4500093001_Kade2.docx", p40)])

# ------------------------------------------------------------ p41 (risky)
# ERP printout with FREIGEGEBEN/RELEASED for drawing, budget and production.
p41 = """KETTENWERK RADSPORT GMBH                  FREIGABESTATUS / RELEASE STATUS
Heilbronner Str. 150, 70191 Stuttgart                   Druck 24.06.2024 11:07
================================================================================
Bestellung/PO  : 4711-0447          Lieferant: 88301 BINH DUONG PRECISION METAL
Artikel/Item   : KW-GR4-F  GRAVEL 4 RAHMEN / FRAME, 6061, 4 GROESSEN/SIZES
================================================================================
Objekt / Object              Status                    Von/By          Datum
--------------------------------------------------------------------------------
Zeichnung/Drawing Idx C      FREIGEGEBEN / RELEASED    Konstruktion    12.04.2024
Bestellung/PO (Budget)       FREIGEGEBEN / RELEASED    Controlling     15.04.2024
Produktion T1 (24 ST)        FREIGEGEBEN / RELEASED    J. Hoffmann     16.04.2024
Produktion Rest (976 ST)     NICHT FREIGEGEBEN /       -               -
                             NOT RELEASED
--------------------------------------------------------------------------------
Hinweis/Note: Die 976 ST werden nur schriftlich durch Dr. K. Albrecht
(Leitung Supply Chain) nach der Bemusterung/T1 sign-off (ISO 4210-6)
freigegeben. The 976 pcs are released only in writing by Dr. K. Albrecht
after the T1 sign-off (ISO 4210-6). Keine Materialbeschaffung fuer den Rest.
================================================================================
"""
case("p41_erp_freigabe_mixed", ["RG009"],
     "ERP status page uses FREIGEGEBEN/RELEASED for the drawing, the PO budget and production; production scope "
     "itself complete (24 T1, 976 not released, Dr. Albrecht after T1 sign-off)",
     [("Freigabestatus_4711-0447.txt", p41)])

# ------------------------------------------------------------ p46 (risky)
# Release notice: "release" for lab, finance and production; no quantity for the first lot.
p46 = pdf([
    ("h1", "RELEASE NOTICE TC-RN-0051"),
    ("p", "Trailhead Cycles Inc. | Boulder, CO | To: Binh Duong Precision Metal Co., Ltd. | "
          "Re: Switchback gravel frame TC-SB-F, PO TC-PO-24-0601 | Date: July 1, 2024"),
    ("h", "Status"),
    ("table", [["Step", "Status", "By", "Date"],
               ["Sample release", "Pilot frames released by Trailhead engineering (ISO 4210-6 passed)",
                "Sam Ortiz, Engineering", "Jun 21, 2024"],
               ["Commercial release", "PO TC-PO-24-0601 rev 1 released by Finance", "Finance", "Jun 24, 2024"],
               ["Production release", "First production lot released (see below)", "Tyler Brooks", "Jul 1, 2024"]]),
    ("sp",),
    ("p", "The first production lot of the Switchback gravel frame is hereby released for production. Lot size and "
          "size split per the delivery schedule, which our planning team will send separately."),
    ("p", "All further lots remain on hold. They will be released only by a further written production release "
          "from Tyler Brooks after the sell-through review in November 2024."),
    ("sp",),
    ("p", "Tyler Brooks, VP Operations"),
], pagesize=LETTER, title="TC-RN-0051", author="Tyler Brooks")
case("p46_release_notice_no_qty_mixed", ["RG009", "RG010"],
     "release notice uses 'release' for sample test, finance PO and production; 'first production lot is hereby "
     "released' with lot size left to a schedule to follow - no active quantity",
     [("TC-RN-0051_release_notice.pdf", p46)])

# ------------------------------------------------------------ p44 (risky)
# Buyer: "please start the pilot wheelsets" - how many is never said.
p44_text = """Hi Jason,

Good news: the dealer launch for the Willamette 650B is confirmed for February, so please start
the pilot wheelsets now. Same build as the 700C pilot (28H front / 28H rear, DT Competition spokes,
brass nipples, 125 kgf), only the 650B rim and the black hub shells are different.

The production balance stays on hold. It is released only by my written production release, after
our ride test of the pilot wheelsets at the Bend dealer event.

Could you send the pilot invoice directly to ap@copperlinebikes.com and copy me?

Thanks,
Dana
""" + SIG_CL("Dana Kowalski", "Director of Sourcing")
p44 = mail("Dana Kowalski <dana.kowalski@copperlinebikes.com>", "Jason Huang <jason.huang@tsr-rim.com.tw>",
           "Willamette 650B pilot wheelsets - please start", "Mon, 08 Jul 2024 09:20:31 -0700", p44_text,
           html=simple_html(p44_text))
case("p44_start_pilot_no_quantity", ["RG010"],
     "buyer says 'please start the pilot wheelsets now' but never states how many; hold, unlock event (ride test + "
     "written release) and release person (Dana, me) are present",
     [("Willamette_650B_pilot_wheelsets.eml", eml_bytes(p44))])

# ------------------------------------------------------------ p45 (risky)
# WhatsApp: "start the pilot run for size M and L", quantity referred to "same as last year".
p45 = """[09/07/2024, 10:05] Grace Chen: Minh, good morning. Please start the pilot run for the Lanyu Tour 2 frame, size M and L, colour Stone Grey
[09/07/2024, 10:06] Grace Chen: MP stays on hold. I sign the MP release only after the ISO 4210-6 report of the pilot frames is signed off by our R&D
[09/07/2024, 10:20] Nguyen Van Minh BDPM: Good morning Ms Grace, thank you! How many pcs for pilot?
[09/07/2024, 10:34] Grace Chen: same as for the Lanyu Tour 1 pilot last year, you have it in your system
[09/07/2024, 10:35] Nguyen Van Minh BDPM: Ok we check 🙏
[09/07/2024, 10:36] Grace Chen: drawing LT2-F-003 rev B, the one with the new kickstand plate
[09/07/2024, 10:50] Nguyen Van Minh BDPM: received rev B
"""
case("p45_whatsapp_pilot_run_no_qty", ["RG010"],
     "buyer: 'please start the pilot run ... size M and L', quantity only 'same as last year, you have it in your "
     "system'; hold, event and release person (Grace) present",
     [("WhatsApp Chat with Minh BDPM.txt", p45)])

# ------------------------------------------------------------ p47 (risky)
# Hold notice partly lifted by size and colour, with no quantity.
p47 = docx_bytes([
    ("h1", "Hold notice - partial lift"),
    ("p", "Zuidwind E-Bikes B.V., Eindhoven -> Binh Duong Precision Metal Co., Ltd. | PO ZW-24-0117 rev 3, "
          "ZW Stadsfiets E7 frame | Date: 01-08-2024 | Ref: HN-ZW-2024-05"),
    ("h", "What changes"),
    ("p", "The hold on the production balance of PO ZW-24-0117 is partially lifted: you may now build sizes 50 and "
          "54 in colour Nachtblauw (ZW-C-03)."),
    ("h", "What stays on hold"),
    ("p", "Sizes 46 and 58, and all other colours, remain on hold. Do not start them and do not buy material for "
          "them. They will be released only by a further written production release from Lena Vos (Operations "
          "Director) after the EN 15194 re-test of the size 58 frame (seat stay bridge modification)."),
    ("h", "Background"),
    ("p", "The size 58 pilot frame failed the EN 15194 pedalling fatigue test at 78,000 cycles (crack at the seat "
          "stay bridge weld). Sizes 46 to 54 passed. The modified bridge is on drawing ZW-E7-100 rev E."),
    ("sp",),
    ("p", "Lena Vos, Operations Director"),
], author="Lena Vos")
case("p47_hold_partial_lift_no_qty", ["RG010"],
     "hold partially lifted for 'sizes 50 and 54 in Nachtblauw' with no quantity; rest on hold until Lena Vos's "
     "written release after EN 15194 re-test",
     [("HN-ZW-2024-05_partial_lift.docx", p47)])



# =================================================================== BATCH 5
# ---------------------------------------------------------------- c24 (clean)
# Buyer portal call-off with a labelled non-binding forecast underneath.
c24 = html_page("Lanyu Supplier Portal - Call-off CO-LY-2024-09", """
<h2>Lanyu Bicycle Co., Ltd. &mdash; Supplier Portal</h2>
<p>Supplier: <b>Tainan Spoke &amp; Rim Industrial Co., Ltd.</b> &middot; Blanket order LY-BO-2024-03
(wheelset LY-WS-27, 27.5&quot; alloy, 32H) &middot; Call-off <b>CO-LY-2024-09</b> &middot; 2024-07-15</p>
<h3>This call-off</h3>
<table>
<tr><th>Call-off</th><th>Qty</th><th>Ex-factory</th><th>Status</th></tr>
<tr><td>CO-LY-2024-09</td><td>300 sets</td><td>2024-08-30</td><td>Released for production by Grace Chen, 2024-07-15</td></tr>
</table>
<p>Material authority: for the 300 sets of this call-off only.</p>
<p class="note">All other quantities of the blanket order are <b>not released</b>. They are released only by the
next call-off, signed by Grace Chen (Sourcing Manager).</p>
<h3>Forecast (non-binding)</h3>
<p>For capacity planning only. Not an order, no production release and no material authority.</p>
<table>
<tr><th>Month</th><th>Aug-24</th><th>Sep-24</th><th>Oct-24</th><th>Nov-24</th><th>Dec-24</th></tr>
<tr><td>LY-WS-27 sets</td><td>300</td><td>250</td><td>250</td><td>200</td><td>150</td></tr>
</table>
<p>Packing: 1 set per box, 40 boxes per pallet, pallet label with call-off number. Tension report per set.</p>
<p style="font-size:11px;color:#666">Lanyu Bicycle Co., Ltd. &middot; Taichung &middot; portal v2.1</p>
""", lang="en")
case("c24_portal_calloff_labelled_forecast", [],
     "call-off 300 sets released by Grace Chen, material authority 300, rest released only by next call-off "
     "signed by Grace Chen; forecast table labelled non-binding",
     [("CO-LY-2024-09_calloff.html", c24)])

# ---------------------------------------------------------------- c25 (clean)
# Engineering spec sheet: test loads, cycles and part numbers, no authorization at all.
c25 = docx_bytes([
    ("h1", "Technical specification LY-HB-440"),
    ("p", "Lanyu Bicycle Co., Ltd. R&D | Carbon drop handlebar, 440 mm (c-c at hoods) | Spec no. TS-LY-0440 | "
          "Drawing status: for quotation | Drawn: Allen Wang | Checked: Grace Chen"),
    ("h", "1. Geometry"),
    ("table", [["Feature", "Value", "Tolerance"],
               ["Width at hoods (c-c)", "440 mm", "+/- 1.0 mm"],
               ["Width at drops (c-c)", "500 mm", "+/- 1.0 mm"],
               ["Reach / drop", "70 mm / 120 mm", "+/- 0.5 mm"],
               ["Clamp diameter", "31.8 mm", "+0 / -0.1 mm"],
               ["Flare", "12 deg", "+/- 0.5 deg"]]),
    ("h", "2. Material and layup"),
    ("p", "Toray T700/T1000 UD, 3K twill outer layer, matte clear coat. Internal routing for 4 cables or Di2 "
          "junction. Weight target 235 g +/- 10 g."),
    ("h", "3. Test requirements"),
    ("table", [["Test", "Standard", "Load / cycles"],
               ["Handlebar + stem lateral bending", "ISO 4210-5:2023, 4.6", "1,000 N, no fracture"],
               ["Fatigue, in phase", "ISO 4210-5:2023, 4.8", "+/- 270 N, 100,000 cycles"],
               ["Fatigue, out of phase", "ISO 4210-5:2023, 4.8", "+/- 270 N, 100,000 cycles"],
               ["Impact (drop)", "EFBE Tri-Test level 4", "as per EFBE"]]),
    ("h", "4. Marking and packing"),
    ("li", "Laser: 'LANYU', part no. LY-HB-440, batch code YYWW, max torque 5 Nm at clamp."),
    ("li", "1 pc per box with foam ends, 20 boxes per master carton, carton label with spec no. TS-LY-0440."),
    ("p", "Note: this specification is for quotation and engineering review only. It contains no order "
          "quantities or dates."),
], author="Allen Wang")
case("c25_spec_sheet_no_authorization", [],
     "engineering spec sheet with loads, cycles, widths and part numbers; 'for quotation', no authorization",
     [("TS-LY-0440_handlebar_spec.docx", c25)])

# ------------------------------------------------------------ p48 (risky)
# Buyer portal decision: "APPROVED - go ahead with the first batch", no quantity anywhere.
p48 = html_page("Copperline Vendor Hub - Sample inspection SI-24-0077", """
<h2>Copperline Vendor Hub</h2>
<p>Vendor: <b>Dongguan Huaxin Composite Technology Co., Ltd.</b> &middot; Part: CL-GF carbon gravel fork &middot;
PO CBC-PO-24-0420 &middot; Inspection SI-24-0077</p>
<h3>Sample inspection results</h3>
<table>
<tr><th>Check</th><th>Result</th></tr>
<tr><td>Axle-to-crown / rake</td><td>in tolerance (CMM, all samples)</td></tr>
<tr><td>Steerer bond pull test</td><td>pass</td></tr>
<tr><td>ISO 4210-6 fork bending fatigue (SGS Dongguan)</td><td>pass, report SGS-DG-24-11872</td></tr>
<tr><td>Paint adhesion ASTM D3359</td><td>5B</td></tr>
</table>
<h3>Buyer decision</h3>
<p><b>APPROVED &mdash; go ahead with the first batch.</b> Posted by Chris Ortega, 2024-07-09 16:22 PDT</p>
<div class="note">Production beyond the first batch remains on hold. It is released only by a written production
release from Dana Kowalski (Director of Sourcing) after the sell-through review at the end of Q4.</div>
<p>Comments: Nice work on the crown finish. Please use the new fork box artwork (v3) for production.</p>
<p style="font-size:11px;color:#666">Copperline Bicycle Co. &middot; Vendor Hub 5.2</p>
""")
case("p48_portal_approved_first_batch", ["RG002", "RG010"],
     "portal buyer decision 'APPROVED - go ahead with the first batch': unscoped approval and no quantity for the "
     "first batch; hold, unlock event and release person (Dana Kowalski) present",
     [("VendorHub_SI-24-0077.html", p48)])

# ------------------------------------------------------------ p51 (risky)
# Folder: PO says 24 T1 frames; the buyer's later mail asks for "the 20 T1 frames".
p51_po = pdf([
    ("h1", "Bestellung / Purchase Order AS-24-160"),
    ("p", "Alpenstrom E-Bikes GmbH, Rosenheim | Supplier: Binh Duong Precision Metal Co., Ltd. | Date 01.07.2024"),
    ("table", [["Pos.", "Article", "Description", "Qty", "Price EUR"],
               ["10", "AS-KT-F-T1", "Kampenwand Trail e-MTB frame, T1, sizes S/M/L/XL (6 each)", "24", "276,00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This order releases the 24 T1 frames only. The remaining 776 frames of quotation BD-Q-2406-02 are not "
          "released; do not start them and do not buy material for them."),
    ("p", "The 776 frames will be released only by a written production release from Stefan Brandl after the "
          "T1 sign-off (EN 15194 and ISO 4210-6 test at our lab)."),
    ("p", "Buyer: Stefan Brandl, Head of Purchasing"),
], title="AS-24-160", author="Stefan Brandl")
p51_text = """Dear Mr. Minh,

short update on our order AS-24-160: please send the 20 T1 frames (5 per size) by air to our lab
in Rosenheim as soon as they are ready, our test slot at the lab moved forward to week 33.

The production frames remain not released, as written in the order.

Please also send the weld procedure for the new motor mount and the material certificates with
the shipment.

Mit freundlichen Gruessen / Best regards
Stefan Brandl
""" + SIG_ALP("Stefan Brandl", "Head of Purchasing")
p51_mail = mail("Stefan Brandl <s.brandl@alpenstrom-ebikes.de>", "Nguyen Van Minh <minh.nguyen@bdpm.com.vn>",
                "AS-24-160 T1 frames - air shipment", "Mon, 15 Jul 2024 11:02:19 +0200", p51_text)
case("p51_po24_mail20", ["RG011"],
     "folder: PO AS-24-160 releases 24 T1 frames (6 per size); buyer mail asks for 'the 20 T1 frames (5 per "
     "size)' - two different authorized quantities",
     [("AS-24-160_Bestellung.pdf", p51_po), ("AS-24-160_T1_air_shipment.eml", eml_bytes(p51_mail))])

# ------------------------------------------------------------ p52 (risky)
# PO header says 24 samples, size table adds up to 20.
p52 = pdf([
    ("h1", "PURCHASE ORDER LY-PO-24-0344"),
    ("p", "Lanyu Bicycle Co., Ltd. | No. 88, Gongye 2nd Rd, Xitun Dist., Taichung 407, Taiwan"),
    ("table", [["Supplier", "Sunrise Alloy Frame Co., Ltd., Daya Dist., Taichung"],
               ["Date", "2024/07/03"],
               ["Item", "LY-TR2-F Lanyu Trail 2 aluminium frame, T2 sample"],
               ["Sample qty", "24 pcs"],
               ["Delivery", "2024/08/09, our warehouse Xitun"]]),
    ("sp",),
    ("table", [["Size", "S", "M", "L", "XL", "Total"],
               ["Qty (pcs)", "4", "6", "6", "4", "20"]]),
    ("sp",),
    ("p", "Scope: this PO is for the T2 samples only. The 976 mass production frames of your quotation "
          "QT-SA-24-0377 are not released. Please do not start them and do not buy tubes for them."),
    ("p", "Mass production will be released only by a written production release from Grace Chen (Sourcing "
          "Manager) after the ISO 4210-6 report on the T2 samples is signed off by our R&D."),
    ("p", "Colour: Lanyu Forest Green (LY-C-11), semi-matte. Decals per LY-TR2-DEC rev 2."),
    ("p", "Issued by: Grace Chen"),
], title="LY-PO-24-0344", author="Grace Chen")
case("p52_po_header24_sizes20", ["RG011"],
     "PO header 'Sample qty 24 pcs' but the size table adds up to 20 (4/6/6/4); scope otherwise complete",
     [("LY-PO-24-0344.pdf", p52)])

# ------------------------------------------------------------ p53 (risky)
# Mail says 300 released; the attached release document says 350.
p53_doc = docx_bytes([
    ("h1", "Production release CL-PR-0031"),
    ("p", "Copperline Bicycle Co., Portland OR -> Changhua Cockpit Parts Co., Ltd. | Date: July 12, 2024"),
    ("table", [["Field", "Value"],
               ["Part", "CL-ST-IC integrated stem (quote CCP-Q-24-0188, 1,000 pcs)"],
               ["Sample sign-off", "T1 stems signed off July 8, 2024 (ISO 4210-5 report CCP-TR-1014)"],
               ["Released quantity", "350 pcs"],
               ["Not released", "650 pcs"],
               ["Material authority", "for the released quantity only"]]),
    ("sp",),
    ("p", "The pieces not released stay on hold until a further written production release from Dana Kowalski "
          "after the Q4 sell-through review."),
    ("p", "Dana Kowalski, Director of Sourcing"),
], author="Dana Kowalski")
p53_text = """Hi Vivian,

Good news - the T1 stems passed, so here is production release CL-PR-0031 (attached): you're
released for 300 stems. The remaining 700 stay on hold until my next written release after the
Q4 sell-through review.

Please plan the 300 for ex-factory end of August and send me the packing plan.

Thanks,
Dana
""" + SIG_CL("Dana Kowalski", "Director of Sourcing")
p53 = mail("Dana Kowalski <dana.kowalski@copperlinebikes.com>", "Vivian Tsai <vivian.tsai@ccp-parts.com.tw>",
           "Production release CL-PR-0031 - CL-ST-IC stem", "Fri, 12 Jul 2024 15:45:00 -0700", p53_text,
           attachments=[("CL-PR-0031_production_release.docx", p53_doc, DOCX_MT)])
case("p53_mail300_attachment350", ["RG011"],
     "release mail says 300 released / 700 on hold, attached release document says 350 released / 650 not "
     "released",
     [("Production_release_CL-PR-0031.eml", eml_bytes(p53))])

# ------------------------------------------------------------ p54 (risky)
# WhatsApp: the buyer releases 200, and two days later "as said, 250 released".
p54 = """[08/07/2024, 11:15] Priya Shah: Pedro, ISO 4210-4 lab report on the Tourer protos is signed off ✅
[08/07/2024, 11:16] Priya Shah: I'm releasing 200 of the 588 Tourer forks for production now. The other 388 stay on hold until I sign a further release after our October sell-in
[08/07/2024, 11:30] Pedro Costa: Fantástico! Thank you Priya, we plan the 200 for week 34
[10/07/2024, 09:05] Pedro Costa: Priya the PO revision for the forks arrived, thanks
[10/07/2024, 09:20] Priya Shah: Great. Just to confirm, as said: 250 released, the other 338 on hold until my next written release after the October sell-in
[10/07/2024, 09:21] Pedro Costa: Ok 👍
[10/07/2024, 09:40] Pedro Costa: Paint Heritage Green same as frames?
[10/07/2024, 09:42] Priya Shah: Yes HRC-017, 30% gloss
"""
case("p54_whatsapp_200_then_250", ["RG011"],
     "buyer releases 200 of 588 (388 on hold), then 'as said: 250 released, the other 338 on hold' - two "
     "different authorized quantities in one chat",
     [("WhatsApp Chat with Pedro Costa FF - Tourer.txt", p54)])

# ------------------------------------------------------------ p55 (risky)
# Portal PO line says 16, the scope note says twelve (12).
p55 = html_page("Zuidwind supplier portal - PO ZW-24-0170", """
<h2>Zuidwind E-Bikes &mdash; leveranciersportaal / supplier portal</h2>
<p>Supplier: <b>Kunshan Voltcase Enclosure Co., Ltd.</b> &middot; PO <b>ZW-24-0170</b> &middot; issued 2024-07-04
by Lars Janssen (Sourcing)</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
<tr><td>10</td><td>ZW-BH-E11</td><td>Battery housing E11 (integrated, 800 Wh), sample</td><td>16</td><td>Sample</td></tr>
</table>
<div class="note">
<p><b>Scope note.</b> Build twelve (12) sample housings now. The series quantity of your quotation KV-Q-24-0455
(1,200 housings) is not released: do not start it and do not buy material for it.</p>
<p>The series will be released only by a written production release signed by Lena Vos (Operations Director),
after the sample sign-off following the EN 15194 drop test and IP67 test.</p>
</div>
<p>Delivery: by air to Zuidwind lab, Eindhoven, before 2024-08-16.</p>
<p style="font-size:11px;color:#666">Zuidwind E-Bikes B.V. &middot; KvK 74120566 &middot; portal build 2024.07</p>
""")
case("p55_portal_line16_note12", ["RG011"],
     "portal PO line 10 says 16 sample housings, the scope note says 'twelve (12) sample housings'; scope otherwise "
     "complete",
     [("ZW-24-0170_portal.html", p55)])

# ------------------------------------------------------------ p58 (risky)
# German buyer mail: text releases 1.200, the table in the same mail says 1.000.
p58_text = """Dear Mr. Lin,

after the T2 sign-off of 3 July we hereby release 1.200 frames Urban 6 for series production
(production release PR-KW-2024-09, signed by Dr. Katrin Albrecht). The remaining 800 frames stay on
hold until a further written production release from Dr. Albrecht after the pilot sales in October.

Overview:

  Quotation QT-SA-24-0390 ............ 2.000 frames
  Released for production ............ 1.000 frames
  Not released (balance) ............. 1.000 frames
  Material authority ................. for the released frames only

Delivery in two lots, FCA Taichung, KW 38 and KW 42. Please confirm the dates.

Mit freundlichen Gruessen / Best regards
Jonas Hoffmann
""" + SIG_KW("Jonas Hoffmann", "Einkauf / Purchasing")
p58_html = """<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Mr. Lin,</p>
<p>after the T2 sign-off of 3 July we hereby release <b>1.200 frames Urban 6</b> for series production
(production release PR-KW-2024-09, signed by Dr. Katrin Albrecht). The remaining 800 frames stay on hold until a
further written production release from Dr. Albrecht after the pilot sales in October.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Frames</th></tr>
<tr><td>Quotation QT-SA-24-0390</td><td>2.000</td></tr>
<tr><td>Released for production</td><td>1.000</td></tr>
<tr><td>Not released (balance)</td><td>1.000</td></tr>
<tr><td>Material authority</td><td>for the released frames only</td></tr>
</table>
<p>Delivery in two lots, FCA Taichung, KW 38 and KW 42. Please confirm the dates.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en / Best regards<br>Jonas Hoffmann<br>Kettenwerk Radsport GmbH</p>
</body></html>
"""
p58 = mail("Jonas Hoffmann <j.hoffmann@kettenwerk-rad.de>", "Kevin Lin <kevin.lin@sunrise-alloy.com.tw>",
           "Serienfreigabe / production release Urban 6 - PR-KW-2024-09", "Thu, 11 Jul 2024 13:37:08 +0200",
           p58_text, html=p58_html, cc="Katrin Albrecht <k.albrecht@kettenwerk-rad.de>")
case("p58_mail_1200_vs_table_1000", ["RG011"],
     "release mail text releases 1.200 frames (800 on hold) while its own overview table says 1.000 released / "
     "1.000 not released",
     [("Serienfreigabe_Urban6_PR-KW-2024-09.eml", eml_bytes(p58))])

# ------------------------------------------------------------ p59 (risky)
# Buyer: deposit paid, "so from our side you can start production now"; attached PO holds the balance.
p59_po = pdf([
    ("h1", "Purchase Order 4500093300"),
    ("p", "Velora Bikes B.V. | Europalaan 40, 3526 KS Utrecht | Supplier: Angkor Cycle Components Co., Ltd. (70418)"),
    ("table", [["Pos.", "Material", "Description", "Qty", "Price EUR"],
               ["10", "VB-HV-F-PIL", "Velora Haven e-bike frame, pilot, 6061, Bosch Performance Line mount", "30",
                "182,00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO covers 30 pilot frames. The remaining 1,170 frames of offer AC-Q-0463 are not released: do not "
          "start them and do not buy material for them. They will be released only by a written production release "
          "from Marieke de Wit (Head of Sourcing) after the pilot review (EN 15194 test and dealer ride day)."),
    ("p", "Buyer: Sanne Bakker | Date 03-07-2024 | Delivery FOB Sihanoukville"),
], title="PO 4500093300", author="Sanne Bakker")
p59_text = """Dear Sokha,

Good news from our side: finance paid the 30% deposit on your proforma PI-AC-24-070 for the Haven
programme this morning (EUR 19.656,00, value date 16-07). The payment advice is below.

So from our side you can start production now. Let us know when you expect the first frames off
the line.

PO 4500093300 attached again for your file.

Payment advice: ING Bank N.V., ref. VEL-PAY-240716-03, beneficiary Angkor Cycle Components Co., Ltd.

Met vriendelijke groet,
Sanne
""" + SIG_VELORA("Sanne Bakker", "Buyer")
p59 = mail("Sanne Bakker <s.bakker@velorabikes.nl>", "Sokha Chan <sokha.chan@angkorcycle.com.kh>",
           "Haven programme - PO 4500093300 / payment", "Tue, 16 Jul 2024 10:05:00 +0200", p59_text,
           attachments=[("PO_4500093300.pdf", p59_po, PDF_MT)])
case("p59_buyer_deposit_paid_start", ["RG012"],
     "buyer: deposit paid, 'so from our side you can start production now' - payment treated as production "
     "authority; attached PO has 30 pilot, 1,170 not released, Marieke de Wit after pilot review",
     [("Haven_programme_PO_4500093300.eml", eml_bytes(p59))])

# ------------------------------------------------------------ p61 (risky)
# Supplier portal: PO acceptance automatically creates and releases the production order.
p61 = html_page("Everbright Order Tracker - TC-PO-24-0640", """
<h2>Xiamen Everbright Precision Moulding &mdash; Order Tracker</h2>
<p>Customer: <b>Trailhead Cycles Inc.</b> &middot; Customer PO: <b>TC-PO-24-0640</b> &middot; Part: TC-RLE-BC
battery cover, Ridgeline e-MTB &middot; Account manager: Cindy Xu</p>
<h3>Customer PO lines (as received)</h3>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Customer scope</th></tr>
<tr><td>1</td><td>Battery cover, T1 samples</td><td>8</td><td>Sample - build now</td></tr>
<tr><td>2</td><td>Battery cover, production</td><td>992</td><td>Not released - written production release by Tyler Brooks after T1 sign-off</td></tr>
</table>
<h3>Order status</h3>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>2024-06-27</td><td>PO received</td></tr>
<tr><td>2024-06-28</td><td>PO accepted &#10004; (C. Xu)</td></tr>
<tr><td>2024-06-28</td><td>Production order MO-24-1033 created automatically on PO acceptance, all lines, status: IN PRODUCTION</td></tr>
<tr><td>2024-07-01</td><td>Press #7 set up, first shots OK (dimensions checked)</td></tr>
</table>
<p class="note">System rule: PO accepted = production confirmed. Production starts on the next working day after PO acceptance.</p>
<p style="font-size:11px;color:#666">Everbright ERP web 4.1 &middot; page generated 2024-07-02 08:00 CST</p>
""")
case("p61_portal_po_accepted_production", ["RG012"],
     "supplier tracker: 'PO accepted = production confirmed', production order for all lines started on PO "
     "acceptance although line 2 (992) is not released until Tyler Brooks's written release",
     [("Everbright_Order_Tracker_TC-PO-24-0640.html", p61)])

# ------------------------------------------------------------ p62 (risky)
# LINE chat: buyer says tooling fee is paid, so the supplier can start the MP forks.
p62 = """[LINE] Chat history with Amy Zhang Huaxin
Saved on: 2024/07/20 11:02

2024/07/01(Mon)
09:40	Grace Chen	Amy, PO LY-PO-24-0330 sent: 8 T1 forks LY-CF-02 only
09:41	Grace Chen	MP 592 forks on hold. I sign the MP release only after ISO 4210-4 report of T1 is signed off by our R&D
09:55	Amy Zhang Huaxin	Received, thank you Grace 🙏 mould invoice will send today
2024/07/17(Wed)
14:02	Amy Zhang Huaxin	Grace, T1 forks layup done, curing tomorrow
14:30	Grace Chen	👍
14:31	Grace Chen	btw the tooling fee (mould) was paid yesterday, so you can start the MP forks now
14:33	Amy Zhang Huaxin	Great thank you!! we arrange MP next week then
14:34	Grace Chen	ok
"""
case("p62_line_tooling_paid_start_mp", ["RG012"],
     "buyer scope holds the 592 MP forks until her release after ISO 4210-4 sign-off, then 'the tooling fee was "
     "paid yesterday, so you can start the MP forks now' - payment as production authority",
     [("LINE_Amy_Zhang_Huaxin.txt", p62)])

# ------------------------------------------------------------ p63 (risky)
# Folder: scoped sample PO + supplier proforma "mass production will start upon receipt of deposit".
p63_po = pdf([
    ("h1", "PURCHASE ORDER CBC-PO-24-0480"),
    ("p", "Copperline Bicycle Co. | Portland, OR | Vendor: Sunrise Alloy Frame Co., Ltd., Taichung (V-2310)"),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD"],
               ["1", "CL-BS-F-T1", "Burnside city frame, T1 sample, 6061, sizes S/M/L", "24", "236.00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO covers the 24 T1 frames only. The 576 production frames of quote QT-SA-24-0355 are not "
          "released; do not start them and do not buy material for them. They will be released only by a written "
          "production release from Dana Kowalski (Director of Sourcing) after the T1 sign-off (ISO 4210-6 and "
          "ride test)."),
    ("p", "Buyer: Chris Ortega | PO date: June 24, 2024"),
], pagesize=LETTER, title="CBC-PO-24-0480", author="Chris Ortega")
p63_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-SA-24-0733"),
    ("p", "Sunrise Alloy Frame Co., Ltd. | Taichung, Taiwan | To: Copperline Bicycle Co., Portland | Date 2024-06-26"),
    ("table", [["No.", "Description", "Qty", "Unit USD", "Amount USD"],
               ["1", "Burnside city frame T1 sample", "24", "236.00", "5,664.00"],
               ["2", "Burnside city frame mass production", "576", "118.50", "68,256.00"],
               ["3", "Jig set", "1", "3,100.00", "3,100.00"],
               ["", "Total", "", "", "77,020.00"],
               ["", "30% deposit", "", "", "23,106.00"]]),
    ("sp",),
    ("p", "Payment terms: 30% T/T deposit, 70% T/T against copy of B/L."),
    ("p", "Mass production will start upon receipt of the 30% deposit. Please arrange the deposit early to keep "
          "your production slot in September."),
    ("p", "Bank: Mega International Commercial Bank, Taichung Branch | SWIFT ICBCTWTP | A/C 010-09-12345-6"),
    ("p", "Kevin Lin, Sales Manager"),
], title="PI-SA-24-0733", author="Kevin Lin")
case("p63_proforma_deposit_starts_mp", ["RG012"],
     "folder: PO 24 T1 with complete hold; supplier proforma invoices the 576 MP frames and says 'mass production "
     "will start upon receipt of the 30% deposit'",
     [("CBC-PO-24-0480.pdf", p63_po), ("PI-SA-24-0733_proforma.pdf", p63_pi)])


# =================================================================== BUILD
def _formats(files):
    """Formats a case contains, as a file or as an email attachment."""
    import email as _email
    fmts = set()
    extra = {"alt": 0, "pdf_att": 0, "docx_att": 0, "txt_att": 0, "html_att": 0, "rfc822": 0, "quoted": 0}
    for fn, data in files:
        ext = fn.rsplit(".", 1)[-1].lower()
        fmts.add({"eml": "EML", "txt": "TXT", "pdf": "PDF", "docx": "DOCX", "html": "HTML", "htm": "HTML"}[ext])
        if ext == "eml":
            msg = _email.message_from_bytes(data, policy=policy.default)
            body = msg.get_body(preferencelist=("plain",))
            if body is not None and re.search(r"^>", body.get_content(), re.M):
                extra["quoted"] += 1
            for part in msg.walk():
                ct = part.get_content_type()
                if ct == "multipart/alternative":
                    extra["alt"] += 1
                if ct == "message/rfc822":
                    extra["rfc822"] += 1
                if part.get_filename():
                    f2 = part.get_filename().lower()
                    if f2.endswith(".pdf"):
                        fmts.add("PDF"); extra["pdf_att"] += 1
                    elif f2.endswith(".docx"):
                        fmts.add("DOCX"); extra["docx_att"] += 1
                    elif f2.endswith(".txt"):
                        fmts.add("TXT"); extra["txt_att"] += 1
                    elif f2.endswith((".html", ".htm")):
                        fmts.add("HTML"); extra["html_att"] += 1
    return fmts, extra


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    rule_counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    top = {}
    containing = {}
    extras = {}
    multi_file = 0
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"{PREFIX}_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        fns = [fn for fn, _ in c["files"]]
        assert len(set(fns)) == len(fns), c["name"]
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
            ext = fn.rsplit(".", 1)[-1].upper()
            top[ext] = top.get(ext, 0) + 1
        if len(c["files"]) > 1:
            multi_file += 1
        fmts, extra = _formats(c["files"])
        for f in fmts:
            containing[f] = containing.get(f, 0) + 1
        for k, v in extra.items():
            extras[k] = extras.get(k, 0) + v
        for r in c["expect"]:
            assert r in rule_counts, (c["name"], r)
            rule_counts[r] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    multi_rule = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  multi-rule: {multi_rule}  "
          f"multi-file folders: {multi_file}")
    print("rules:", " ".join(f"{k}={v}" for k, v in rule_counts.items()))
    print("top-level files:", top)
    print("cases containing:", containing)
    print("email features:", extras)


if __name__ == "__main__":
    build()
