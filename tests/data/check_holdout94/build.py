#!/usr/bin/env python3
"""Generator for the releasegate check_holdout94 corpus (construction hardware and fixings).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout94/build.py

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
    m["Message-ID"] = msgid or f"<h94-{_MSGN[0]:04d}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(text)
    if html == "auto":
        html = as_html(text)
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h94")
    return m


def as_html(text):
    """Render a plain-text mail body as the simple HTML part a mail client would send alongside it."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n"
            + "\n".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
            + "\n</body></html>\n")


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


def sig(name, title, company, phone="+44 113 496 0000"):
    return SIG_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)



def txt(s):
    """Dedent-free helper: strip one leading newline so triple-quoted blocks read naturally."""
    return s[1:] if s.startswith("\n") else s


def quote(s):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in s.strip("\n").split("\n"))


# ===================================================================== CASES
# c.. = clean (expect []), p.. = positive. Names appear only here, never in cases/.

# ------------------------------------------------------------------ batch 1: clean c01-c15

# c01: UK merchant sample PO, quote attached; production figure declared informational, all four items.
_c01_po = pdf([
    ("h1", "Brookfield Builders' Merchants Ltd"),
    ("p", "Unit 7, Stourton Link, Leeds LS10 1RS  |  VAT GB 284 5521 90"),
    ("h", "PURCHASE ORDER 4471-S"),
    ("table", [
        ["PO date", "Supplier", "Delivery", "Currency"],
        ["02/05/2024", "Ningbo Hengda Hardware Co., Ltd", "DAP Leeds, by 14/06/2024", "GBP"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Scope"],
        ["1", "BH-10276-316-G13", "Butt hinge 102x76x3 mm, 316 satin, ball bearing, EN 1935 grade 13",
         "24", "pcs", "3.10", "sample"],
    ]),
    ("sp",),
    ("p", "Scope note: sample only. This PO covers the 24 sample hinges for the sample board and the "
          "fire test. The production quantity is not released and is held until the fire test report "
          "is signed off by our technical team and Gareth Pryce, Category Manager, issues a written "
          "production release stating the quantity."),
    ("p", "Material authority: sample-only. Do not purchase coil, pins or bearings beyond the 24 pcs."),
    ("p", "Mark cartons: SAMPLE - PO 4471-S. Mill certificate (EN 10204 3.1) and ISO 9001:2015 "
          "certificate to accompany the goods."),
], title="PO 4471-S", author="Brookfield Builders' Merchants")
_c01_quote = pdf([
    ("h1", "NINGBO HENGDA HARDWARE CO., LTD"),
    ("p", "No. 88 Jinhai Road, Beilun, Ningbo, Zhejiang, China"),
    ("h", "QUOTATION Q-HB-2207 (revised)"),
    ("p", "To: Brookfield Builders' Merchants Ltd, Attn. Mr. Gareth Pryce   Date: 2024-04-26"),
    ("table", [
        ["Item", "Description", "Quantity", "Unit price (USD)", "Lead time"],
        ["BH-10276-316-G13", "Butt hinge 102x76x3, SUS316, satin, 2BB, EN 1935 gr.13 (sample)",
         "24 pcs", "4.20", "15 days"],
        ["BH-10276-316-G13", "Same, production", "5,000 pcs", "2.35", "35 days"],
    ]),
    ("p", "Terms: FOB Ningbo. Payment T/T 30 days. Validity 60 days. Packing 10 pairs per inner box."),
], title="Q-HB-2207", author="Ningbo Hengda")
case("c01_uk_hinge_sample_po_with_quote", [], "Sample PO for 24 hinges; quote's 5,000 declared information only, not released; event, named releaser and material authority stated.", [
    ("PO_4471-S_hinges.eml", eml_bytes(mail(
        "Gareth Pryce <g.pryce@brookfield-bm.co.uk>", "Lily Zhang <lily.zhang@hengda-hardware.cn>",
        "PO 4471-S - grade 13 butt hinges - sample board & fire test",
        "Thu, 02 May 2024 10:41:00 +0100",
        txt("""
Hi Lily,

Thanks for the revised quote Q-HB-2207 (attached back so we're both looking at the same one). Our PO 4471-S is attached too.

To keep it simple for your order desk:

- PO 4471-S covers twenty-four (24) hinges, 102x76x3, 316 satin, EN 1935 grade 13, for the sample board and the fire test at the lab in Wakefield. That is all we are buying at this stage.
- The 5,000 pcs line on your quote is the expected project volume, for information only. It is not ordered and not released, so none of it should go on your production schedule.
- Nothing beyond the 24 may be started until two things have happened: the fire test report is signed off by our technical team, and I send you a written production release with a quantity on it. I'm the only person here who can issue that release.
- Material: please buy for the 24 samples only. We won't take liability for coil, pins or bearings beyond that.

Samples DAP Leeds by 14 June please, with the 3.1 mill cert for the 316 and a copy of your ISO 9001:2015 certificate. Mark the box "SAMPLE - PO 4471-S".

Cheers,
Gareth
""") + sig("Gareth Pryce", "Category Manager - Architectural Ironmongery", "Brookfield Builders' Merchants Ltd", "+44 113 496 0712"),
        attachments=[("PO_4471-S.pdf", _c01_po, PDF_MT), ("Q-HB-2207.pdf", _c01_quote, PDF_MT)]))),
])

# c02: supplier quote alone, with tiers.
case("c02_tw_closer_quote_tiers", [], "Supplier quotation with sample and production tiers only; no authorization in the bundle.", [
    ("KF-Q-24-0611.pdf", pdf([
        ("h1", "TAICHUNG KUO-FENG DOOR CONTROLS CO., LTD."),
        ("p", "No. 21, Gongye 38th Rd., Xitun Dist., Taichung 407, Taiwan  |  Tel +886 4 2359 0000"),
        ("h", "QUOTATION No. KF-Q-24-0611"),
        ("table", [
            ["Customer", "Attn.", "Date", "Validity"],
            ["Kestrel Construct Pty Ltd, Brisbane", "Mr. Rhys Tan", "2024-05-06", "60 days"],
        ]),
        ("sp",),
        ("table", [
            ["Item", "Description", "Qty", "Unit price (USD)", "Lead time"],
            ["KF-850", "Overhead door closer, EN 1154 size 2-5 adjustable, silver, backcheck", "6 pcs (sample)", "38.00", "15 days"],
            ["KF-850", "Same as above", "1,200 pcs", "21.50", "45 days"],
            ["KF-850", "Same as above", "2,400 pcs", "19.80", "50 days"],
            ["KF-ARM-S", "Slide arm for KF-850 (optional)", "per closer", "3.10", "-"],
        ]),
        ("sp",),
        ("p", "Remarks: 1) Production lead time counts from the date we receive the customer's written "
              "production release with the quantity. 2) CE marked to EN 1154, declaration of performance "
              "supplied with each shipment. 3) FOB Taichung. 4) Payment: T/T 30% with order, 70% before shipment. "
              "5) Prices quoted for pricing only; quantities shown are price tiers."),
        ("p", "Sales: Jason Lin, jason.lin@kuofeng-dc.com.tw"),
    ], title="Quotation KF-Q-24-0611", author="Kuo-Feng Door Controls")),
])

# c03: UK WhatsApp site group; supplier asks about a green light; buyer refuses with full scope.
case("c03_uk_whatsapp_question_green_light", [], "Supplier's 'do we have green light?' is a question; buyer answers with 8 sets only, 412 not released, architect sign-off + written release by Jo Mercer.", [
    ("WhatsApp_Chat_Harbour_Yard_Ironmongery.txt", txt("""
[14/05/2024, 08:02:11] Dave Rourke (H&M Site): Morning all. Sample board landed at the site office last night, lever sets look decent. Photos to follow
[14/05/2024, 08:02:40] Dave Rourke (H&M Site): <Media omitted>
[14/05/2024, 08:02:41] Dave Rourke (H&M Site): <Media omitted>
[14/05/2024, 08:15:27] Kevin Chen (Jinli): Good morning Dave, thank you for photos. 😊
[14/05/2024, 08:16:03] Kevin Chen (Jinli): Jo, do we have green light for the 412 sets? Our polishing line is free from next week
[14/05/2024, 08:31:55] Jo Mercer (H&M Buying): Morning Kevin. No, not yet. PO 22190 is for the 8 sample sets only.
[14/05/2024, 08:32:48] Jo Mercer (H&M Buying): The other 412 sets are not released, so please don't start them and don't buy brass for them.
[14/05/2024, 08:34:10] Jo Mercer (H&M Buying): They stay on hold until the architect signs off the sample board at the design team meeting on the 21st. After that I send you the written production release myself, with the quantity. Only me (Jo Mercer) can release them, not site.
[14/05/2024, 08:36:02] Kevin Chen (Jinli): Understood Jo, thanks. We keep 8 sets only and wait for your written release 👍
[14/05/2024, 08:40:19] Dave Rourke (H&M Site): Lift to L3 out of action again btw, deliveries via the hoist till Thursday
[14/05/2024, 08:41:02] Jo Mercer (H&M Buying): Noted. Kevin, the sample board can stay on site until the 21st, we'll send it back after
[14/05/2024, 08:41:30] Kevin Chen (Jinli): OK no problem
""")),
])

# c04: HTML merchant portal forecast, clearly labelled.
case("c04_uk_portal_forecast_labelled", [], "Portal forecast page labelled planning-only, not an order, no material authority; no authorization.", [
    ("tradelink_forecast_RX.html", html_page("TradeLink - Rolling forecast - Wenzhou Ruixin Fasteners", txt("""
<h1>Brookfield TradeLink &middot; Supplier Portal</h1>
<p>Supplier: <b>Wenzhou Ruixin Fasteners Co., Ltd</b> (vendor no. 700318) &middot; Generated 03/06/2024 06:00 BST</p>
<div class="note"><b>FORECAST &mdash; for capacity planning only.</b> This page is not a purchase order, not a commitment
to buy and not an authority to buy material or to produce. Quantities become orders only through a separate
purchase order or call-off issued by Brookfield Purchasing.</div>
<h2>Rolling 6-month forecast</h2>
<table>
<tr><th>Item</th><th>Description</th><th>Jul-24</th><th>Aug-24</th><th>Sep-24</th><th>Oct-24</th><th>Nov-24</th><th>Dec-24</th></tr>
<tr><td>RX-CA-M12160</td><td>Chemical anchor stud M12x160, A4 stainless, ETA-17/0321</td><td>4,000</td><td>4,000</td><td>5,500</td><td>5,500</td><td>3,000</td><td>1,500</td></tr>
<tr><td>RX-CA-M16190</td><td>Chemical anchor stud M16x190, HDG</td><td>1,200</td><td>1,200</td><td>1,800</td><td>1,800</td><td>900</td><td>400</td></tr>
<tr><td>RX-FF-10100</td><td>Frame fixing 10x100, nylon plug, countersunk screw</td><td>20,000</td><td>20,000</td><td>24,000</td><td>24,000</td><td>16,000</td><td>8,000</td></tr>
</table>
<h2>Open purchase orders</h2>
<p>None at this time.</p>
<p style="font-size:11px;color:#666">Questions about this forecast: supplier.portal@brookfield-bm.co.uk &middot; Forecast figures are reviewed monthly and may go down as well as up.</p>
"""))),
])

# c05: DOCX sample disposition record, scoped sign-off, all four.
case("c05_uk_docx_sample_disposition", [], "Sample disposition signed off for finish and fit only; 6 sets on PO, 340 sets not released until salt-spray sign-off, revised PO + written release by Claire Hutton.", [
    ("SDR-0612_lever_handles.docx", docx_bytes([
        ("h1", "Ashdown Door Hardware - Sample Disposition Record SDR-0612"),
        ("p", "Supplier: Bursa Kilit Metal San. ve Tic. A.S.  |  PO 7702  |  Project: Plot 12, Kingsmead Quarter"),
        ("table", [
            ["Item", "Sample qty received", "Finish", "Fit on door", "Disposition"],
            ["ADH-LR-19 lever on round rose, SSS", "6 sets", "OK - uniform satin", "OK - 54 mm door", "Signed off (finish/fit)"],
            ["ADH-ET-03 escutcheon, SSS", "6 pcs", "OK", "OK", "Signed off (finish/fit)"],
        ]),
        ("sp",),
        ("h", "Scope of this disposition"),
        ("p", "The samples are signed off for finish and fit only. This record releases no production."),
        ("p", "PO 7702 covers the 6 sample sets, already delivered. The 340 sets shown on the ironmongery "
              "schedule for Plot 12 are not released and remain on hold."),
        ("p", "Unlock: the 340 sets can only be released after the neutral salt-spray test to EN 1670 grade 4 "
              "is passed and signed off, followed by a revised PO and a written production release from "
              "Claire Hutton, Product Manager. Until then the material authority is sample-only."),
        ("p", "Prepared by: T. Oduya, Quality Engineer, 02/05/2024"),
    ], author="Ashdown Door Hardware")),
])

# c06: Kenyan full-quantity LPO, proceed with the 800, multipart/alternative.
_c06_html = txt("""
<p>Dear Harpreet,</p>
<p>Greetings from Nairobi. Kindly find our LPO MOB/2024/0388 below, as per your quotation LAF/Q/1187.</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price (USD)</th></tr>
<tr><td>1</td><td>Wedge anchor M12 x 110, zinc plated, ETA option 1</td><td>800 pcs</td><td>0.41</td></tr>
</table>
<p>This is the complete quantity for the Ruaka apartments job. There is no balance and no further call-off under this LPO. You may proceed with the 800 pcs.</p>
<p>Delivery CIF Mombasa. Kindly attach the pull-out test summary and a copy of the ETA to the shipping documents.</p>
<p>Payment 30 days from B/L as agreed.</p>
<p>Kind regards,<br>Peter Mwangi<br>Procurement Manager, Mwangi &amp; Otieno Builders Ltd</p>
""")
case("c06_ke_full_quantity_lpo_proceed", [], "Full-quantity LPO for 800 anchors, no balance; 'proceed with the 800 pcs' is scoped.", [
    ("LPO_MOB-2024-0388.eml", eml_bytes(mail(
        "Peter Mwangi <p.mwangi@mwangiotieno.co.ke>", "Harpreet Singh <harpreet@ludhiana-anchor.in>",
        "LPO MOB/2024/0388 - M12 x 110 wedge anchors - full quantity",
        "Mon, 06 May 2024 09:12:00 +0300",
        txt("""
Dear Harpreet,

Greetings from Nairobi. Kindly find our LPO MOB/2024/0388 below, as per your quotation LAF/Q/1187.

Item 1: Wedge anchor M12 x 110, zinc plated, ETA option 1 - 800 pcs - USD 0.41

This is the complete quantity for the Ruaka apartments job. There is no balance and no further call-off under this LPO. You may proceed with the 800 pcs.

Delivery CIF Mombasa. Kindly attach the pull-out test summary and a copy of the ETA to the shipping documents.

Payment 30 days from B/L as agreed.

Kind regards,
Peter Mwangi
Procurement Manager
Mwangi & Otieno Builders Ltd
P.O. Box 40213-00100, Nairobi
"""), html=_c06_html))),
])

# c07: AU call-off with explicit staged material authority above the released quantity.
case("c07_au_calloff_staged_material", [], "Call-off 2 releases 1,500; explicit staged material authority up to 4,000 units of coil; balance 3,500 on hold until Block B handover + next call-off by Rhys Tan.", [
    ("CallOff_2_FO-KC-0415.pdf", pdf([
        ("h1", "Kestrel Construct Pty Ltd"),
        ("p", "ABN 51 604 118 220  |  Level 3, 88 Creek St, Brisbane QLD 4000"),
        ("h", "CALL-OFF No. 2 against Frame Order FO-KC-0415"),
        ("p", "Supplier: Foshan Jinli Metal Products Co., Ltd  |  Item: JL-AB-90, galvanised angle bracket 90x90x65x3, Z275  |  Project: Newstead Wharf"),
        ("table", [
            ["", "Qty (pcs)", "Status"],
            ["Frame order FO-KC-0415 (commercial cover)", "6,000", "-"],
            ["Call-off 1 (Block A)", "1,000", "delivered"],
            ["Call-off 2 (Block B, Levels 1-4) - this document", "1,500", "released"],
            ["Released to date", "2,500", ""],
            ["Balance", "3,500", "NOT released - on hold"],
        ]),
        ("sp",),
        ("p", "Production release: this call-off releases 1,500 pcs for Block B. Deliver in two drops of 750 "
              "to the Block B laydown area, weeks 28 and 30, packed 50 per carton, cartons marked with level."),
        ("p", "Material authority: STAGED. You may purchase Z275 galvanised coil for up to 4,000 brackets in total "
              "at Kestrel's liability. This covers coil only: no slitting, punching, forming or galvanising "
              "beyond the 2,500 released."),
        ("p", "Balance: the remaining 3,500 pcs are not released. They stay on hold until the Block B handover "
              "inspection is passed and the next call-off is issued and signed by Rhys Tan, Procurement Lead."),
        ("p", "Signed: Rhys Tan, Procurement Lead, 07/05/2024"),
    ], title="Call-off 2 FO-KC-0415", author="Kestrel Construct")),
])

# c08: DE/IT explicit recorded auto-conversion with quantity, signer and conditions.
case("c08_de_it_explicit_autoconversion", [], "Explicit recorded auto-conversion naming quantity (600), signer (Lena Vogt) and conditions; remaining 1.800 on hold until written release.", [
    ("PO_4500018821_floor_springs.eml", eml_bytes(mail(
        "Lena Vogt <l.vogt@hoffmann-beschlaege.de>", "Marco Brambilla <marco@officinebrambilla.it>",
        "PO 4500018821 - FB-90 floor springs - written record of our agreement",
        "Wed, 08 May 2024 15:20:00 +0200",
        txt("""
Dear Marco,

as agreed on Tuesday's call, here is the written record for our PO 4500018821 (floor spring FB-90, EN 1154 size 1-4, with cover plate in brushed stainless).

1. Active now: 12 sample pcs only.

2. Auto-conversion, recorded and agreed by both parties: if I, Lena Vogt, Head of Procurement, record the sample sign-off for the 12 pcs with the disposition "approved" and no open deviation, that sign-off by itself releases 600 pcs (first lot) of the quoted 2.400 pcs. No further document is needed for those 600 pcs.

3. The remaining 1.800 pcs are not released. They stay on hold until I issue a separate written production release, after the first lot has passed our incoming inspection in Velbert.

4. Material authority: sample-only until the sign-off is recorded; after such a sign-off, material for the 600 first-lot pcs only.

Please confirm by return that you have entered the order exactly this way.

Mit freundlichen Grüßen / Best regards

Lena Vogt
Leiterin Einkauf / Head of Procurement
Hoffmann Beschläge GmbH
Friedrichstraße 112, 42551 Velbert
Tel. +49 2051 98 77-0
Sitz der Gesellschaft: Velbert, Amtsgericht Wuppertal HRB 24117
""")))),
])

# c09: US forwards an old quote as message/rfc822; 10,000 declared information only.
_c09_fwd = mail(
    "Ramesh Patel <ramesh@rajkotbrightforgings.in>", "Dana Whitfield <dwhitfield@keystonedoorsupply.com>",
    "Quotation RBF/Q/2310 - weld-on bullet hinges",
    "Wed, 04 Oct 2023 11:05:00 +0530",
    txt("""
Dear Sir,

Greetings from Rajkot. Please find our best rates for weld-on bullet hinges as per your DWG BH-5000 Rev 12:

- 5/8" x 4" bullet hinge, steel, plain: 10,000 pcs @ USD 0.92
- Samples: 40 pcs free of cost

Lead time 45 days after confirmation. Packing 100 pcs per carton. Ex-works Rajkot.

Thanks and regards,
Ramesh Patel
Export Manager, Rajkot Bright Forgings Pvt. Ltd.
"""))
case("c09_us_forward_old_quote_informational", [], "Forwarded 2023 quote with 10,000 declared information only; PO for 40 samples, balance not released until test sign-off and written release by Dana Whitfield.", [
    ("Fwd_RBF-Q-2310_bullet_hinges.eml", eml_bytes(mail(
        "Dana Whitfield <dwhitfield@keystonedoorsupply.com>", "Ramesh Patel <ramesh@rajkotbrightforgings.in>",
        "Fwd: Quotation RBF/Q/2310 - weld-on bullet hinges / our PO 88410",
        "Tue, 07 May 2024 14:32:00 -0400",
        txt("""
Ramesh,

Forwarding your quote email from last October below so we are both working from the same drawing (DWG BH-5000 Rev 12).

The 10,000 pcs in that old quote is for information only. It was a budget figure for our planning; it is not ordered and it is not released.

Our PO 88410 is for forty (40) sample hinges only. The balance of the program stays on hold and is not released until our cycle test report (ANSI/BHMA A156.1) has been signed off by our engineering group and I send you a written release with the quantity on it. I am the release authority on this one.

Please buy bar stock for the 40 samples only.

Thanks,
Dana
""") + sig("Dana Whitfield", "Sourcing Manager", "Keystone Door Supply, Pittsburgh PA", "+1 412 555 0148"),
        attachments=[("rfc822", _c09_fwd)]))),
])

# c10: quoted supplier assumption of auto-conversion, corrected by buyer.
_c10_quoted = txt("""
On 3 May 2024, at 16:40, Emre Yildiz <emre.yildiz@bursakilit.com.tr> wrote:

Dear Sarah Hanim,

Samples 15 pcs will be ready next week. After you approve samples we start the 3,000 pcs directly, so the delivery for your Geelong project is not late.

Best regards
Emre Yildiz
Export Sales Manager
""")
case("c10_au_tr_quoted_supplier_assumption_corrected", [], "Quoted supplier assumes auto-conversion; buyer's top reply corrects: 15 samples only, 3,000 on hold until test sign-off and written release by Sarah Lindqvist.", [
    ("Re_SCF-30977_panic_exits.eml", eml_bytes(mail(
        "Sarah Lindqvist <sarah.lindqvist@southerncrossfixings.com.au>", "Emre Yildiz <emre.yildiz@bursakilit.com.tr>",
        "Re: SCF-30977 push-bar panic exits - samples",
        "Mon, 06 May 2024 09:05:00 +1000",
        txt("""
Hi Emre,

Thanks for the update on the samples, but no, that isn't how it works on this one. A sample sign-off doesn't release anything by itself.

PO SCF-30977 is for fifteen (15) push-bar panic exits (EN 1125), samples only. The 3,000 you mention are not released and remain on hold. After our fire-door test and the sign-off of the samples, I will issue a written production release stating the quantity. Until you have that from me in writing, please don't start anything beyond the 15 or buy extrusions for it.

Cheers,
Sarah
""") + sig("Sarah Lindqvist", "Procurement Manager", "Southern Cross Fixings Pty Ltd, Melbourne", "+61 3 9555 0182") + "\n" + quote(_c10_quoted) + "\n",
        in_reply_to="<h94-tr-0503@bursakilit.com.tr>"))),
])

# c11: Indian supplier acknowledgement restating the hold.
case("c11_in_supplier_ack_restates_hold", [], "Supplier acknowledgement restating 50 samples only, 9,950 not released, event and named releaser; material sample-only.", [
    ("LAF_OA_24-0562.txt", txt("""
LUDHIANA ANCHOR FASTENERS PVT. LTD.
Plot 44, Focal Point Phase VIII, Ludhiana 141010, Punjab, India
GSTIN 03AABCL4471K1Z2

ORDER ACKNOWLEDGEMENT No. LAF/OA/24-0562                 Date: 08.05.2024

To   : Southern Cross Fixings Pty Ltd, Melbourne
Attn : Ms. Mel Fitzgerald, Procurement Manager
Ref  : Your PO SCF-31022 dated 06.05.2024

We acknowledge with thanks receipt of your above PO for:

  Item   Description                                   Qty        Rate (USD)
  ----   -------------------------------------------   --------   ----------
  1      Through-bolt anchor M16 x 150, HDG, ETA       50 nos.    0.00 (FOC)
         (SAMPLE ONLY - for pull-out test at site)

We note and confirm your instructions as below:
 a) This PO covers fifty (50) nos. samples only.
 b) Balance 9,950 nos. of our quoted 10,000 nos. is NOT released and is on
    hold until the pull-out test at site is signed off and a written
    production release is issued by Ms. Mel Fitzgerald.
 c) Material: we shall draw steel for the sample quantity only. No
    production material will be purchased against this PO.

Samples will be despatched by air on or before 20.05.2024.

For LUDHIANA ANCHOR FASTENERS PVT. LTD.
Harpreet Singh
Director - Exports
""")),
])

# c12: supplier says deposit does not release production; quoted buyer scope complete.
_c12_quoted = txt("""
On Thu, 2 May 2024 at 17:10, Priya Nair <pnair@keystonedoorsupply.com> wrote:

Lily,

PO KDS-7781 attached: tooling for the knuckle die plus 20 T1 sample hinges.
The production quantity (quoted 12,000) is NOT released and stays on hold until our engineering signs off the T1 samples and I issue a written production release. Release authority: Priya Nair, Sourcing Manager.
Material: samples only. Tooling deposit to follow.

Priya
""")
case("c12_cn_deposit_does_not_release", [], "Supplier: deposit covers tooling only and does not release production; quoted buyer PO complete (20 T1 samples, hold, event, Priya Nair).", [
    ("Re_KDS-7781_deposit.eml", eml_bytes(mail(
        "Lily Zhang <lily.zhang@hengda-hardware.cn>", "Priya Nair <pnair@keystonedoorsupply.com>",
        "Re: PO KDS-7781 tooling + T1 samples - deposit received",
        "Fri, 10 May 2024 16:22:00 +0800",
        txt("""
Dear Priya,

Good day. We have received the 30% tooling deposit (USD 4,650) for the knuckle die today, thank you.

Please note: the deposit is only for the tooling. The deposit does not release production. We will make the tool and run the 20 T1 sample pcs on PO KDS-7781 only. Mass production of the hinges waits for your written production release, as written in your PO.

T1 samples ETD 20 June by DHL. We will send the dimension report with the samples.

Best regards,
Lily Zhang
Sales Manager
Ningbo Hengda Hardware Co., Ltd
""") + "\n" + quote(_c12_quoted) + "\n",
        in_reply_to="<h94-kds-7781@keystonedoorsupply.com>"))),
])

# c13: US full-quantity PO with identifiers that look like quantities.
case("c13_us_full_qty_po_identifiers", [], "Full-quantity PO (2,500) with two shipments totalling 2,500; identifiers like PN 1125-3000, DWG 4000 Rev 12, ISO 9001:2015 are not quantities.", [
    ("PO_88502_continuous_hinge.pdf", pdf([
        ("h1", "Keystone Door Supply, Inc."),
        ("p", "1400 Smallman St, Pittsburgh, PA 15222  |  Purchasing"),
        ("h", "PURCHASE ORDER 88502"),
        ("table", [
            ["Vendor", "Ship to", "Terms", "Incoterm"],
            ["Tainan Precision Hinge Ind. Co., Ltd", "Keystone DC #2, Cranberry Twp PA", "Net 45", "FOB Kaohsiung"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part number", "Description", "Qty", "UOM", "Unit USD", "Ext. USD"],
            ["1", "PN 1125-3000-CA", "Continuous geared hinge 83\", clear anodized, ANSI/BHMA A156.26 Grade 1, per DWG 4000 Rev 12",
             "2,500", "ea", "14.60", "36,500.00"],
        ]),
        ("sp",),
        ("p", "Order scope: this PO is for the full quantity of 2,500 pcs. There is no sample stage and no balance; "
              "the complete order is firm."),
        ("p", "Shipment schedule: 1,250 pcs by July 15, 2024 and 1,250 pcs by August 15, 2024 (total 2,500)."),
        ("p", "Quality: supplier to hold ISO 9001:2015 certification; include certificate of conformance per shipment. "
              "Carton label: PN, PO 88502, qty per carton (10)."),
        ("p", "Authorized signatory: Priya Nair, Sourcing Manager"),
    ], pagesize=LETTER, title="PO 88502", author="Keystone Door Supply")),
])

# c14: Kenyan DOCX ironmongery schedule + sample kit LPO, all four items.
case("c14_ke_docx_schedule_sample_kit", [], "DOCX schedule with 186 doors declared not released; LPO covers one mock-up door kit; architect sign-off + written call-off by Peter Mwangi.", [
    ("Kilimani_ironmongery_LPO_0412.docx", docx_bytes([
        ("h1", "Mwangi & Otieno Builders Ltd - LPO MOB/2024/0412"),
        ("p", "Supplier: Foshan Jinli Metal Products Co., Ltd  |  Project: Kilimani Heights, Argwings Kodhek Road"),
        ("h", "Door ironmongery schedule (Rev 3) - for information"),
        ("table", [
            ["Door type", "No. of doors", "Hinges per door", "Closer", "Lever set"],
            ["D01 FD30 apartment entrance", "64", "3 x 102x76 gr.13", "EN 1154 size 3", "Lever on rose + sashlock"],
            ["D02 internal", "96", "3 x 102x76 gr.7", "-", "Lever on rose + latch"],
            ["D03 FD60 stair core", "26", "4 x 102x76 gr.13", "EN 1154 size 4", "Pull handle + push plate"],
            ["Total", "186", "", "", ""],
        ]),
        ("sp",),
        ("h", "What this LPO covers"),
        ("p", "This LPO covers one (1) sample door kit only, kitted for a D01 door, for the mock-up door at the "
              "Kilimani site office."),
        ("p", "The kits for the 186 doors on the schedule are not released and are on hold. Please do not kit, "
              "pack or buy material for them."),
        ("p", "They will be released only after the mock-up door has been inspected and signed off by the "
              "Project Architect, and then Peter Mwangi, Procurement Manager, issues a written call-off stating "
              "the quantity per block."),
        ("p", "Delivery of the sample kit: air freight to Nairobi, labelled 'MOCK-UP D01'."),
    ], author="Mwangi & Otieno Builders")),
])

# c15: US HTML portal order with sample line released and production line not released.
case("c15_us_portal_sample_released_balance_hold", [], "Portal order: 5 sample closers released; 1,195 not released until UL 10C sign-off and written release by Priya Nair; material sample-only.", [
    ("KDS-7790_order_view.html", html_page("Keystone Supplier Connect - PO KDS-7790", txt("""
<h1>Keystone Supplier Connect</h1>
<p>Vendor: <b>Taichung Kuo-Feng Door Controls Co., Ltd.</b> &middot; PO <b>KDS-7790</b> &middot; Issued 05/09/2024 by Priya Nair</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>1</td><td>KF-850-AL</td><td>Door closer, ANSI A156.4 Grade 1, aluminum, parallel arm</td><td>5</td><td>sample</td><td>released (sample)</td></tr>
<tr><td>-</td><td>KF-850-AL</td><td>Quoted production quantity (quote KF-Q-24-0588), for information</td><td>1,195</td><td>production</td><td>NOT released &ndash; on hold</td></tr>
</table>
<div class="note">
<p><b>Scope note.</b> Only the 5 sample closers are released. The 1,195 quoted production closers are not released and stay on hold
until the UL 10C positive-pressure fire test on the samples is signed off by our engineering team and Priya Nair, Sourcing Manager,
sends a written production release with the quantity.</p>
<p><b>Material authority:</b> sample-only.</p>
</div>
<p>Ship samples to: Keystone Door Supply, 1400 Smallman St, Pittsburgh PA 15222, Attn. Engineering Lab.</p>
"""))),
])

# ------------------------------------------------------------------ batch 2: clean c16-c25, positives p01-p05

# c16: German SAP-style PO printout, European number format, all four items.
case("c16_de_erp_po_printout_eu_numbers", [], "German ERP PO printout: 12 sample closers; Serienmenge 1.188 not released until EN 1154 report sign-off and written release by Lena Vogt; material sample-only.", [
    ("BEST_4500019311.txt", txt("""
HOFFMANN BESCHLAEGE GMBH          BESTELLUNG / PURCHASE ORDER          Seite 1/1
Friedrichstrasse 112, D-42551 Velbert
------------------------------------------------------------------------------
Bestellnr.  : 4500019311             Datum      : 13.05.2024
Lieferant   : 300877  TAICHUNG KUO-FENG DOOR CONTROLS CO., LTD.
Einkaeufer  : L. VOGT  (Tel. +49 2051 9877-21)
Lieferbed.  : FCA Taichung  Incoterms 2020
Zahlungsbed.: 30 Tage netto
------------------------------------------------------------------------------
Pos  Material      Bezeichnung                         Menge  ME   Preis EUR
---  ------------  ----------------------------------  -----  ---  ---------
010  9100-854-SI   Obentuerschliesser KF-850 EN 1154      12  ST       36,40
                   Gr. 2-5, silber, mit Gleitschiene
                   MUSTER / SAMPLE
------------------------------------------------------------------------------
Hinweis / Note:
  Nur Muster. Diese Bestellung umfasst 12 ST Muster.
  Sample only. This order covers 12 pcs samples.
  Serienmenge 1.188 ST laut Angebot KF-Q-24-0571: NICHT freigegeben /
  NOT RELEASED - on hold until the EN 1154 test report on the samples is
  signed off by our quality lab and Lena Vogt (Leiterin Einkauf) issues a
  written production release stating the quantity.
  Material: nur fuer Muster / material authority: sample-only.
------------------------------------------------------------------------------
Gesamtwert netto EUR       436,80
Bitte Auftragsbestaetigung innerhalb 3 Arbeitstagen an einkauf@hoffmann-beschlaege.de
""")),
])

# c17: AU 'sample approved for fit check only; production not released'.
case("c17_au_fit_check_only", [], "'Sample approved for fit check only - production not released'; 8 sets, 232 on hold until FD60 report sign-off and written release from Rhys Tan.", [
    ("Re_KC-PO-24-0702_pivot_sets.eml", eml_bytes(mail(
        "Rhys Tan <rhys.tan@kestrelconstruct.com.au>", "Vivian Huang <vivian@tainanprecisionhinge.com.tw>",
        "KC-PO-24-0702 pivot sets - fit check done",
        "Wed, 15 May 2024 17:48:00 +1000",
        txt("""
Hi Vivian,

The 8 sample pivot sets arrived Monday, thanks for the quick turnaround. We did the fit check on the mock-up door today with the joiner: sample approved for fit check only - production not released.

PO KC-PO-24-0702 stays at the 8 sample sets. The other 232 sets for Levels 3-9 stay on hold. They'll only be released once the FD60 fire test report is in and signed off, and then I'll send you a written release with the quantity. That release comes from me (Rhys Tan) and nobody else on site, so if Baz or anyone else rings you about the run, point them back to me.

Please don't buy any strip or bearings for the 232 yet.

Cheers,
Rhys
""") + sig("Rhys Tan", "Procurement Lead", "Kestrel Construct Pty Ltd", "+61 7 3555 0193"), html="auto"))),
])

# c18: multi-file folder, PO + quote; 7,200 declared informational.
_c18_po = pdf([
    ("h1", "Pennine Doorsets Ltd"),
    ("p", "Mill Lane Works, Brighouse HD6 1PP  |  purchasing@penninedoorsets.co.uk"),
    ("h", "PURCHASE ORDER PDS-5488"),
    ("table", [
        ["Supplier", "Date", "Delivery", "Quote ref."],
        ["Ningbo Hengda Hardware Co., Ltd", "09/05/2024", "DAP Brighouse, wk 25", "HB-Q-2411"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Description", "Qty", "Unit price USD", "Scope"],
        ["1", "Concealed hinge 120 mm, 3D adjustable, satin chrome, for 44 mm FD30 leaf (DWG PD-120 rev 5)", "36", "6.80", "sample"],
    ]),
    ("sp",),
    ("p", "Scope: this PO is for thirty-six (36) sample hinges only, for the FD30 fire test and the hanging trial."),
    ("p", "The 7,200 pcs shown on quotation HB-Q-2411 are informational only and are not released. The balance "
          "is held until (1) the FD30 fire test on the samples is signed off, (2) a revised PO is issued and "
          "(3) Natalie Brooks, Purchasing Manager, sends a written production release for a stated quantity."),
    ("p", "Material authority: sample-only."),
], title="PO PDS-5488", author="Pennine Doorsets")
_c18_quote = pdf([
    ("h1", "NINGBO HENGDA HARDWARE CO., LTD"),
    ("h", "QUOTATION HB-Q-2411"),
    ("p", "To: Pennine Doorsets Ltd, Ms. Natalie Brooks  |  Date: 2024-04-30  |  Valid 45 days"),
    ("table", [
        ["Item", "Description", "Qty", "USD/pc", "Lead time"],
        ["CH-120-SC", "Concealed hinge 120 mm 3D, satin chrome (sample)", "36 pcs", "6.80", "10 days"],
        ["CH-120-SC", "Concealed hinge 120 mm 3D, satin chrome", "7,200 pcs", "3.15", "40 days"],
    ]),
    ("p", "FOB Ningbo. Payment: T/T 30 days after B/L. 20 pcs per inner carton."),
], title="HB-Q-2411", author="Ningbo Hengda")
case("c18_uk_multifile_po_and_quote", [], "Folder with PO (36 samples) and quote (7,200); PO declares the 7,200 informational and not released, names fire test, revised PO and Natalie Brooks.", [
    ("PO_PDS-5488.pdf", _c18_po),
    ("HB-Q-2411.pdf", _c18_quote),
])

# c19: Taiwanese supplier status report, waiting for sign-off and written release.
case("c19_tw_supplier_status_waiting", [], "Supplier status report: samples shipped, waiting for sign-off and written release, material for samples only; no authorization.", [
    ("KF_weekly_status_KDS-7790.eml", eml_bytes(mail(
        "Jason Lin <jason.lin@kuofeng-dc.com.tw>", "Dana Whitfield <dwhitfield@keystonedoorsupply.com>",
        "Weekly status - PO KDS-7790 sample closers",
        "Fri, 17 May 2024 18:03:00 +0800",
        txt("""
Dear Dana,

Hope you are doing well. Below is our weekly status for your PO KDS-7790.

1. 5 pcs sample closer KF-850-AL (ANSI A156.4 Grade 1) shipped today by FedEx, AWB 7781 2290 4410. ETA Pittsburgh 21 May.
2. UL 10C test samples are included in the same box, marked "UL TEST".
3. We are waiting for your sample sign-off and your written production release before any production. No production is scheduled.
4. Material: we bought material for the 5 samples only. Nothing for the quoted production quantity.

Kindly advise if any question. Thank you for your support as always.

Best regards,
Jason Lin
Overseas Sales Dept.
Taichung Kuo-Feng Door Controls Co., Ltd.
""")))),
])

# c20: AU interim disposition with limits (PDF).
case("c20_au_interim_disposition_pdf", [], "Interim disposition: 300 pcs released within quantity/date limits; remaining 2,700 on hold until re-test and full sign-off, written release by Mel Fitzgerald.", [
    ("ISD-024_brackets.pdf", pdf([
        ("h1", "Southern Cross Fixings Pty Ltd"),
        ("h", "INTERIM SAMPLE DISPOSITION ISD-024"),
        ("table", [
            ["Supplier", "PO", "Item", "Date"],
            ["Wenzhou Ruixin Fasteners Co., Ltd", "SCF-31105", "Galvanised cleat bracket 100x100x6, AS/NZS 4680", "20/05/2024"],
        ]),
        ("sp",),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Coating thickness (avg)", ">= 85 um", "68 um"],
            ["Hole pitch", "50 +/- 0.5 mm", "50.2 mm"],
            ["Bend radius", "per DWG SCF-B-100 rev 4", "OK"],
        ]),
        ("sp",),
        ("p", "Disposition: INTERIM. The coating is below specification. Under this interim disposition "
              "Southern Cross Fixings releases 300 pcs only, for delivery by 30 September 2024, for internal "
              "use on Levels 1-2 (dry, enclosed) only."),
        ("p", "Remaining quantity: the other 2,700 pcs of the 3,000 quoted are not released and stay on hold until a "
              "re-test on new samples meets 85 um and the samples are fully signed off. Any release of that "
              "quantity will be in writing from Mel Fitzgerald, Procurement Manager."),
        ("p", "Material authority: material for the 300 pcs only."),
        ("p", "Issued by: Mel Fitzgerald, Procurement Manager"),
    ], title="ISD-024", author="Southern Cross Fixings")),
])

# c21: Kenyan sample LPO email, multipart/alternative, all four items.
_c21_html = txt("""
<p>Dear Kevin,</p>
<p>Kindly find our LPO <b>MOB/2024/0520</b> for the Westlands Riverside project.</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
<tr><td>1</td><td>Balustrade base bracket, 304 stainless, 120x80x8, 4-hole</td><td>20 pcs</td><td>sample</td></tr>
</table>
<p>The balance of 1,480 pcs is <b>not released</b>. Kindly do not manufacture it or buy material for it.</p>
<p>It will be released only after the samples pass the load test at the University of Nairobi structures lab and a written release is signed by myself, Peter Mwangi, Procurement Manager.</p>
<p>Kind regards,<br>Peter Mwangi</p>
""")
case("c21_ke_sample_lpo_alternative", [], "Kenyan LPO for 20 sample brackets; 1,480 not released until load test and written release signed by Peter Mwangi.", [
    ("LPO_MOB-2024-0520_brackets.eml", eml_bytes(mail(
        "Peter Mwangi <p.mwangi@mwangiotieno.co.ke>", "Kevin Chen <kevin.chen@jinli-metal.cn>",
        "LPO MOB/2024/0520 - balustrade brackets - 20 pcs samples",
        "Tue, 21 May 2024 11:30:00 +0300",
        txt("""
Dear Kevin,

Kindly find our LPO MOB/2024/0520 for the Westlands Riverside project.

Item 1: Balustrade base bracket, 304 stainless, 120x80x8, 4-hole - 20 pcs - SAMPLE

The balance of 1,480 pcs is not released. Kindly do not manufacture it or buy material for it.

It will be released only after the samples pass the load test at the University of Nairobi structures lab and a written release is signed by myself, Peter Mwangi, Procurement Manager.

Kind regards,
Peter Mwangi
Procurement Manager
Mwangi & Otieno Builders Ltd
"""), html=_c21_html, cc="Wanjiru Kamau <w.kamau@mwangiotieno.co.ke>"))),
])

# c22: Teams chat export, supplier asks to pre-buy wire, buyer says no.
case("c22_au_in_teams_chat_prebuy_refused", [], "Teams chat: supplier asks to pre-buy wire; buyer refuses: 100 samples only, bal. 4,900 not released until pull-out sign-off and written release from Mel Fitzgerald.", [
    ("Teams_export_SCF_LAF_tie_wire.txt", txt("""
Microsoft Teams - chat export
Chat: SCF / Ludhiana Anchor - masonry ties
Exported: 22/05/2024 09:14 AEST

Harpreet Singh (External) 21/05/2024 14:02
Good afternoon Mel ma'am. Samples of 100 nos. wall ties type 4 are ready, we dispatch tomorrow.

Harpreet Singh (External) 21/05/2024 14:03
One request: wire rod price is increasing from June. Shall we pre-buy wire for the full 5,000 now?

Mel Fitzgerald 21/05/2024 14:20
Hi Harpreet - thanks for asking first. No, please don't. PO SCF-31170 is for the 100 sample ties only and material is for the 100 only.

Mel Fitzgerald 21/05/2024 14:22
bal. 4,900 is not released. It stays on hold until the site pull-out tests on the samples are signed off by our engineer and I send a written release with a quantity. If the price goes up we'll talk about it then.

Harpreet Singh (External) 21/05/2024 14:31
Understood ma'am, noted. Only 100 nos. and no wire purchase. 🙏

Mel Fitzgerald 21/05/2024 14:33
Thanks. Please put AWB in this chat when you have it.
""")),
])

# c23: final call-off, frame order fully called off, no balance.
case("c23_au_final_calloff_no_balance", [], "Final call-off of 900; frame order fully called off, no balance remains; 6,000 total is fully accounted.", [
    ("CallOff_4_final_FO-KC-0415.pdf", pdf([
        ("h1", "Kestrel Construct Pty Ltd"),
        ("h", "CALL-OFF No. 4 (FINAL) against Frame Order FO-KC-0415"),
        ("p", "Supplier: Foshan Jinli Metal Products Co., Ltd  |  Item: JL-AB-90 galvanised angle bracket  |  Project: Newstead Wharf"),
        ("table", [
            ["Call-off", "Block", "Qty (pcs)", "Status"],
            ["1", "A", "1,000", "delivered"],
            ["2", "B", "1,500", "delivered"],
            ["3", "C", "2,600", "delivered"],
            ["4 (this call-off)", "D + roof plant", "900", "released"],
            ["Frame order total", "", "6,000", "fully called off"],
        ]),
        ("sp",),
        ("p", "This call-off releases the last 900 pcs. With it the frame order is fully called off: no balance "
              "remains and no further call-off will follow under FO-KC-0415."),
        ("p", "Deliver to Block D laydown, week 41. Packed 50 per carton, cartons marked 'BLOCK D'."),
        ("p", "Signed: Rhys Tan, Procurement Lead, 02/09/2024"),
    ], title="Call-off 4 FO-KC-0415", author="Kestrel Construct")),
])

# c24: Turkish supplier quote (DOCX) with tiers and payment terms, no payment-as-release.
case("c24_tr_docx_quote_tiers_payment_terms", [], "Supplier quotation DOCX with sample/production tiers and payment terms; lead time counts from written production release; no authorization.", [
    ("Teklif_BK-2024-0177.docx", docx_bytes([
        ("h1", "Bursa Kilit Metal San. ve Tic. A.S. - Teklif / Quotation BK-2024-0177"),
        ("p", "Nilufer Organize Sanayi Bolgesi, 16140 Bursa, Turkiye"),
        ("p", "To: Ashdown Door Hardware Ltd, Ms. Claire Hutton   Date: 14.05.2024"),
        ("table", [
            ["Item", "Description", "Quantity", "Unit price (EUR)", "Lead time"],
            ["BK-LR-19", "Lever on round rose, 304 SS, satin, EN 1906 grade 4 (sample)", "10 sets", "9,80", "2 weeks"],
            ["BK-LR-19", "Same", "3.000 sets", "5,45", "6 weeks"],
            ["BK-LR-19", "Same", "6.000 sets", "5,10", "7 weeks"],
        ]),
        ("sp",),
        ("p", "Payment terms: 30% advance, 70% against copy of B/L. Prices EXW Bursa, packed 1 set per box, "
              "20 boxes per carton."),
        ("p", "Production lead time counts from the date we receive your written production release with the quantity. "
              "Samples are sent before any production."),
        ("p", "Validity of offer: 30 days. Certificates: EN 1906 test report, CE, UKCA marking on request."),
        ("p", "Emre Yildiz, Export Sales Manager"),
    ], author="Bursa Kilit")),
])

# c25: labelled forecast (HTML attachment) plus sample PO with all four items.
_c25_fc = html_page("Forecast 2025 - anchors", txt("""
<h1>Hoffmann Beschl&auml;ge GmbH &ndash; Forecast 2025</h1>
<p class="note">FORECAST ONLY &ndash; not an order, not a commitment, no material authority.</p>
<table>
<tr><th>Item</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Total 2025</th></tr>
<tr><td>Frame anchor RX-FA-8x112</td><td>6.000</td><td>8.000</td><td>9.000</td><td>7.000</td><td>30.000</td></tr>
</table>
"""))
case("c25_de_cn_forecast_labelled_plus_sample_po", [], "Forecast 30.000 labelled not an order/commitment; PO for 100 sample anchors, production not released until test sign-off and written release by Lena Vogt.", [
    ("PO_4500019400_and_forecast.eml", eml_bytes(mail(
        "Lena Vogt <l.vogt@hoffmann-beschlaege.de>", "Amy Wu <amy.wu@ruixin-fasteners.com>",
        "PO 4500019400 - frame anchor samples / forecast 2025",
        "Thu, 23 May 2024 10:05:00 +0200",
        txt("""
Dear Amy,

two separate things in this mail, please keep them apart in your system.

1) Forecast 2025 (attached): about 30.000 frame anchors over the year. This is a forecast only. It is not an order, not a commitment, and it gives no material authority.

2) PO 4500019400: one hundred (100) sample frame anchors RX-FA-8x112 for the anchorage test at MPA Stuttgart. Only these 100 pcs are ordered now. The production quantity is not released. It stays on hold until the test report is signed off by our technical department and I send a written production release with the quantity. I am the release authority for this order.

Please send the samples with the material certificate 3.1.

Mit freundlichen Grüßen / Best regards
Lena Vogt
Leiterin Einkauf / Head of Procurement
Hoffmann Beschläge GmbH
"""), attachments=[("Forecast_2025_anchors.html", _c25_fc, "text/html")]))),
])

# =================================================================== POSITIVES

# p01: UK brand sample PO + quote attached; nothing about the balance.
_p01_po = pdf([
    ("h1", "Ashdown Door Hardware Ltd"),
    ("p", "Unit 4, Tyseley Industrial Estate, Birmingham B11 2AG"),
    ("h", "PURCHASE ORDER ADH-7719"),
    ("table", [
        ["Supplier", "Date", "Delivery", "Currency"],
        ["Tainan Precision Hinge Ind. Co., Ltd", "10/05/2024", "DAP Birmingham by 28/06/2024", "USD"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Our PN", "Description", "Qty", "Unit price"],
        ["1", "ADH-H100-G13-SSS", "Ball-bearing hinge 100x75x3, 304 satin, EN 1935 grade 13 - samples for fire test", "16", "5.60"],
    ]),
    ("sp",),
    ("p", "Invoices to accounts@ashdownhardware.co.uk quoting the PO number. Goods to be accompanied by mill "
          "certificate and draft DoP."),
], title="PO ADH-7719", author="Ashdown Door Hardware")
_p01_quote = pdf([
    ("h1", "TAINAN PRECISION HINGE IND. CO., LTD."),
    ("h", "QUOTATION TPH-Q-0457"),
    ("p", "Customer: Ashdown Door Hardware Ltd (Ms. Claire Hutton)  |  Date: 2024-04-29"),
    ("table", [
        ["Item", "Description", "Qty", "USD/pc", "Lead time"],
        ["TPH-100-75-BB", "Ball-bearing hinge 100x75x3 SUS304 satin, EN 1935 gr.13 (sample)", "16 pcs", "5.60", "12 days"],
        ["TPH-100-75-BB", "Same", "6,000 pcs", "2.95", "40 days"],
    ]),
    ("p", "FOB Kaohsiung. Payment T/T. Validity 60 days."),
], title="TPH-Q-0457", author="Tainan Precision Hinge")
case("p01_uk_sample_po_quote_attached_silent", ["RG001", "RG003", "RG004", "RG005"], "Sample PO for 16 hinges with quote showing 6,000 attached; nothing says the 6,000 is not released, no hold, no event, no releaser.", [
    ("PO_ADH-7719_fire_test_hinges.eml", eml_bytes(mail(
        "Claire Hutton <claire.hutton@ashdownhardware.co.uk>", "Vivian Huang <vivian@tainanprecisionhinge.com.tw>",
        "PO ADH-7719 - sample hinges for fire test",
        "Fri, 10 May 2024 12:14:00 +0100",
        txt("""
Hi Vivian,

Lovely to speak on Thursday. As promised, PO ADH-7719 is attached for the sample hinges for our fire test at Warringtonfire, together with your quotation TPH-Q-0457 so that our accounts team can match the prices.

Please send the samples with the 3.1 mill cert and your DoP draft. Boxes labelled with our PN ADH-H100-G13-SSS please.

We're aiming for the fire test slot on 8 July, so samples DAP Birmingham by 28 June at the latest would be great.

Thanks ever so much,
Claire
""") + sig("Claire Hutton", "Product Manager", "Ashdown Door Hardware Ltd", "+44 121 496 0375"),
        attachments=[("PO_ADH-7719.pdf", _p01_po, PDF_MT), ("TPH-Q-0457.pdf", _p01_quote, PDF_MT)]))),
])

# p02: AU sample PO with project requirement 600 in the header; silent on the balance.
case("p02_au_sample_po_project_qty_header", ["RG001", "RG003", "RG004", "RG005"], "Sample PO for 6 closers shows the 600-closer project requirement beside it with nothing saying it is not released; no hold, event or releaser.", [
    ("KC-PO-24-0583.pdf", pdf([
        ("h1", "Kestrel Construct Pty Ltd"),
        ("p", "ABN 51 604 118 220  |  Level 3, 88 Creek St, Brisbane QLD 4000"),
        ("h", "PURCHASE ORDER KC-PO-24-0583"),
        ("table", [
            ["Supplier", "Project", "Project requirement", "Date"],
            ["Taichung Kuo-Feng Door Controls Co., Ltd.", "Newstead Wharf, Levels 1-9", "600 closers (FD60 doors)", "09/05/2024"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit AUD", "Delivery"],
            ["1", "KF-850", "Overhead closer EN 1154 size 2-5, silver, with backcheck - sample", "6", "58.00", "10/06/2024"],
        ]),
        ("sp",),
        ("p", "Deliver to: Kestrel Construct site compound, 41 Wharf St, Newstead QLD 4006. Site contact Barry Coates 0412 555 019."),
        ("p", "Ref. quotation KF-Q-24-0611. Supplier to acknowledge this PO within 3 working days."),
        ("p", "Issued by: Rhys Tan, Procurement Lead"),
    ], title="KC-PO-24-0583", author="Kestrel Construct")),
])

# p03: US portal PO for 10 sample anchors with 'program volume' column.
case("p03_us_portal_sample_program_volume", ["RG001", "RG003", "RG004", "RG005"], "Portal PO for 10 sample anchors with a 20,000 program-volume column and no hold, unlock event or releaser.", [
    ("KDS-7802_supplier_connect.html", html_page("Keystone Supplier Connect - PO KDS-7802", txt("""
<h1>Keystone Supplier Connect</h1>
<p>Vendor: <b>Ludhiana Anchor Fasteners Pvt. Ltd.</b> &middot; PO <b>KDS-7802</b> &middot; Buyer: Dana Whitfield &middot; Issued 05/13/2024</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Order qty</th><th>Program volume</th><th>Unit USD</th><th>Need by</th></tr>
<tr><td>1</td><td>WA-12-414-Z</td><td>Wedge anchor 1/2&quot; x 4-1/4&quot;, zinc, sample lot for ICC-ES tension test</td><td>10</td><td>20,000</td><td>0.00</td><td>06/07/2024</td></tr>
</table>
<p>Ship samples to: Keystone Door Supply, Engineering Lab, 1400 Smallman St, Pittsburgh PA 15222.</p>
<p>Include mill certs for the steel and the zinc thickness report (ASTM B633 Type III, Fe/Zn 5).</p>
<p style="font-size:11px;color:#666">Please acknowledge this PO in Supplier Connect within 48 hours.</p>
"""))),
])

# p04: German order form DOCX with series quantity beside sample quantity.
case("p04_de_tr_docx_sample_order_series_qty", ["RG001", "RG003", "RG004", "RG005"], "Order form for 20 sample lever sets lists Serienmenge 4.000 with nothing saying it is not released; no hold, event or named releaser.", [
    ("Bestellung_4500019034.docx", docx_bytes([
        ("h1", "Hoffmann Beschläge GmbH - Bestellung / Purchase Order 4500019034"),
        ("p", "Lieferant / Supplier: Bursa Kilit Metal San. ve Tic. A.S., Bursa"),
        ("p", "Projekt / Project: Rheinhafen Köln, Baufeld 3"),
        ("table", [
            ["Pos", "Artikel", "Bezeichnung / Description", "Menge / Qty", "Preis EUR"],
            ["10", "HB-L-220", "Drückergarnitur auf Rosette, Edelstahl matt, EN 1906 Kl. 4 - Muster / sample", "20 Garn.", "11,20"],
        ]),
        ("sp",),
        ("table", [
            ["Projektdaten / project data", ""],
            ["Serienmenge / series quantity", "4.000 Garnituren"],
            ["Oberfläche / finish", "Edelstahl matt (K240)"],
            ["Türstärke / door thickness", "40-80 mm"],
        ]),
        ("sp",),
        ("p", "Bitte Muster mit Prüfbericht EN 1906 und Werkszeugnis 3.1 liefern. / Please deliver samples with "
              "EN 1906 test report and 3.1 certificate."),
        ("p", "Liefertermin Muster / sample delivery: KW 24, frei Haus Velbert."),
        ("p", "Jens Albrecht, Einkauf"),
    ], author="Hoffmann Beschläge")),
])

# p05: hold covers 570 of a 600 total, but the attached quote shows 1,200.
_p05_quote = pdf([
    ("h1", "WENZHOU RUIXIN FASTENERS CO., LTD"),
    ("h", "QUOTATION RX-Q-2405-17"),
    ("p", "To: Southern Cross Fixings Pty Ltd, Ms. Mel Fitzgerald  |  2024-05-08  |  Project: Docklands towers A and B"),
    ("table", [
        ["Item", "Description", "Qty", "USD", "Lead time"],
        ["RX-CAK-M12", "Chemical anchor kit: M12x160 A4 stud, nut, washer, 1 capsule (sample)", "30 kits", "2.90", "10 days"],
        ["RX-CAK-M12", "Same", "1,200 kits", "1.64", "35 days"],
    ]),
    ("p", "FOB Wenzhou. T/T 30 days. Packing 25 kits per carton."),
], title="RX-Q-2405-17", author="Wenzhou Ruixin")
case("p05_au_cn_quote_qty_beyond_stated_balance", ["RG001"], "PO releases 30 kits and holds a 570 balance (tower A, 600 total), but the attached quote shows 1,200 kits (towers A and B) with nothing saying that figure is informational or not released.", [
    ("PO_SCF-31140_anchor_kits.eml", eml_bytes(mail(
        "Mel Fitzgerald <mel.fitzgerald@southerncrossfixings.com.au>", "Amy Wu <amy.wu@ruixin-fasteners.com>",
        "PO SCF-31140 - M12 chemical anchor kits - Docklands",
        "Mon, 13 May 2024 08:44:00 +1000",
        txt("""
Hi Amy,

PO SCF-31140 below, and your quote attached so the prices tie up with our system.

- Released now: thirty (30) M12 chemical anchor kits, for the pull-out tests on Docklands tower A.
- The balance of 570 kits for tower A (600 in total) is NOT released and stays on hold until the site pull-out tests are signed off by our engineer and I issue a written release.
- Release authority: Mel Fitzgerald, Procurement Manager.
- Material: for the 30 kits only.

Delivery DAP Port Melbourne please, 25 kits per carton as quoted.

Thanks,
Mel
""") + sig("Mel Fitzgerald", "Procurement Manager", "Southern Cross Fixings Pty Ltd", "+61 3 9555 0170"),
        attachments=[("RX-Q-2405-17.pdf", _p05_quote, PDF_MT)]))),
])

# ------------------------------------------------------------------ batch 3: positives p06-p20

# p06: Kenyan WhatsApp: 10 samples, 3,000 priced beside it, nothing on the balance.
case("p06_ke_whatsapp_samples_and_3000_budget", ["RG001", "RG003", "RG004", "RG005"], "Chat: LPO for 10 sample hinges with the 3,000-pc price confirmed in budget beside it; nothing says the 3,000 is not released, no event, no releaser.", [
    ("WhatsApp_Chat_MO_Syokimau_hinges.txt", txt("""
02/05/2024, 10:14 - Wanjiru Kamau (M&O QS): Kevin good morning. For Syokimau project we need 10 pcs sample hinges first for the fundi to try on the steel door frames
02/05/2024, 10:21 - Kevin Chen (Jinli): Morning madam 🙏 OK 10 pcs sample. Which finish SSS or PSS?
02/05/2024, 10:23 - Wanjiru Kamau (M&O QS): SSS. 102x76x3 like the ones for Ruaka
02/05/2024, 10:24 - Wanjiru Kamau (M&O QS): Our LPO MOB/2024/0402 is coming from Peter today for the 10 pcs
02/05/2024, 10:26 - Wanjiru Kamau (M&O QS): and the USD 1.85 you quoted for the 3,000 pcs is within our budget
02/05/2024, 10:31 - Kevin Chen (Jinli): Noted with thanks. We prepare samples this week, DHL to Nairobi
02/05/2024, 15:02 - Peter Mwangi (M&O Procurement): Kevin LPO MOB/2024/0402 sent to your email now. 10 pcs SSS hinges 102x76x3. Kindly confirm receipt
02/05/2024, 15:09 - Kevin Chen (Jinli): Received sir, thank you 👍
02/05/2024, 15:10 - Wanjiru Kamau (M&O QS): 👍
03/05/2024, 09:47 - Kevin Chen (Jinli): DHL AWB 44 1902 7735, samples arriving Tuesday
""")),
])

# p07: UK contractor ERP printout, sample PO, silent on anything beyond.
case("p07_uk_erp_sample_po_silent", ["RG003", "RG004", "RG005"], "ERP PO for 4 sample door pulls for conservation review; sample authorization never says the rest is not released, names no event and no releaser.", [
    ("HM_PO_0000041877.txt", txt("""
HOLLINS & MARSH CONTRACTORS LTD                          PURCHASE ORDER
Canal Street Works, Manchester M1 3HE                    PO No : 0000041877
VAT Reg GB 310 4477 21                                   Date  : 09/05/24
                                                         Page  : 1 of 1
SUPPLIER : KAYSERI DOKUM SAN. A.S.           DELIVER TO: MILL STREET PH2
           ORGANIZE SANAYI 12. CAD. NO 4                 SITE OFFICE
           38070 KAYSERI, TURKIYE                        MILL ST, ANCOATS
ACCOUNT  : KAY001                                        M4 6EE
CONTRACT : C2291  MILL STREET PHASE 2 (LISTED)
-------------------------------------------------------------------------------
LINE  ITEM CODE      DESCRIPTION                        QTY  UOM   PRICE  VALUE
----  -------------  ------------------------------  ------  ---  ------ ------
 010  KD-300-BLK     CAST IRON D PULL 300MM BLACK         4  EA    18.50  74.00
                     DRG KD-300 REV 7 / BS EN 1906
                     SAMPLE
 020  CARR           CARRIAGE                             1  EA    35.00  35.00
-------------------------------------------------------------------------------
                                                           ORDER TOTAL GBP 109.00
NOTES:
  SAMPLES FOR CONSERVATION OFFICER REVIEW - LISTED BUILDING, MILL STREET PH2.
  PLEASE QUOTE PO NUMBER ON ALL DELIVERY NOTES AND INVOICES.
  DELIVERIES MON-FRI 08:00-15:30 ONLY. BOOK WITH SITE 48 HRS AHEAD.

BUYER: J. MERCER                     PRINTED 09/05/24 14:22  USER JMERCER
""")),
])

# p08: UK 'until further notice' plus 'approved' used for technical and commercial.
case("p08_uk_door_stops_further_notice_approved_twice", ["RG004", "RG009"], "Balance 2,388 on hold 'until further notice' (no unlock event; Gareth named); 'approved' used for both the technical sample check and the commercial PO value.", [
    ("Re_PO_4502-S_door_stops.eml", eml_bytes(mail(
        "Gareth Pryce <g.pryce@brookfield-bm.co.uk>", "Lily Zhang <lily.zhang@hengda-hardware.cn>",
        "PO 4502-S door stops - update",
        "Mon, 20 May 2024 09:37:00 +0100",
        txt("""
Hi Lily,

Quick update on PO 4502-S (floor-mounted door stops, 304 satin, 12 pcs samples).

Good news on two fronts: the twelve (12) samples were approved by our technical team on Friday for finish and fixing holes only, and the PO value for the 12 samples has been approved by our commercial director.

That said, the balance of 2,388 stays on hold for now, until further notice. Please don't start on it and don't buy stainless for it. When the time comes I'll send the release myself - I'm the only one who can release it on our side.

Have a good week,
Gareth
""") + sig("Gareth Pryce", "Category Manager - Architectural Ironmongery", "Brookfield Builders' Merchants Ltd", "+44 113 496 0712")))),
])

# p09: Turkish supplier reads deposit as go and buys material; quoted buyer scope has no unlock event.
_p09_quoted = txt("""
On 30 Apr 2024, at 11:02, Natalie Brooks <n.brooks@penninedoorsets.co.uk> wrote:

Hi Emre,

PO PDS-5520 attached - it's for the 15 sample sashlocks only (BS EN 12209, 3-lever, 57 mm backset).
The balance of 2,985 is on hold. I'll release it when I'm ready; nobody else here can.
Deposit as per your proforma will follow this week.

Natalie Brooks
Purchasing Manager, Pennine Doorsets Ltd
""")
case("p09_tr_supplier_deposit_starts_balance_buys_zamak", ["RG004", "RG006", "RG012"], "Supplier takes the deposit as the start of the 2,985 balance and has ordered zamak and cylinders for it; quoted buyer scope holds the balance with a named releaser but no unlock event.", [
    ("Re_PDS-5520_deposit_received.eml", eml_bytes(mail(
        "Emre Yildiz <emre.yildiz@bursakilit.com.tr>", "Natalie Brooks <n.brooks@penninedoorsets.co.uk>",
        "Re: PO PDS-5520 sashlocks",
        "Tue, 07 May 2024 17:55:00 +0300",
        txt("""
Dear Natalie Hanim,

Thank you, we received your deposit payment of 30% today (GBP 6,750). So as our usual practise we start now the production of the balance 2,985 pcs, and we already ordered the zamak and the brass cylinders for all 2,985 pcs to keep the delivery date.

Samples 15 pcs will ship with DHL on Friday, AWB follows.

Best regards,
Emre Yildiz
Export Sales Manager
Bursa Kilit Metal San. ve Tic. A.S.
""") + "\n" + quote(_p09_quoted) + "\n", in_reply_to="<h94-pds-5520@penninedoorsets.co.uk>"))),
])

# p10: UK portal: unnamed department as releaser, line qty 48 vs note 40.
case("p10_uk_portal_gate_hinges_dept_and_48_vs_40", ["RG005", "RG011"], "Portal PO line says 48 sets while the scope note says 40 sample sets; production release 'by Purchasing Department' names no person.", [
    ("tradelink_PO_BBM-4610.html", html_page("TradeLink - PO BBM-4610", txt("""
<h1>Brookfield TradeLink &middot; Supplier Portal</h1>
<p>Supplier: <b>Rajkot Bright Forgings Pvt. Ltd.</b> &middot; PO <b>BBM-4610</b> &middot; Raised 15/05/2024</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Price GBP</th><th>Due</th></tr>
<tr><td>1</td><td>RBF-HB-600</td><td>Forged hook &amp; band gate hinge 600 mm, HDG (sample)</td><td>48</td><td>sets</td><td>4.75</td><td>28/06/2024</td></tr>
</table>
<div class="note">
<p><b>Scope.</b> Sample quantity: 40 sets, for the sample board and the 1,000-hour salt-spray test.</p>
<p>Remaining quantity (1,960 sets) not released &ndash; on hold until the salt-spray test is signed off. Production release by Purchasing Department only.</p>
<p>Material: sample quantity only.</p>
</div>
<p>Delivery: DAP Brookfield Leeds, goods-in bay 3. Labels must show PO number and line.</p>
"""))),
])

# p11: AU WhatsApp: 'hold the rest', no event/person; supplier then buys coil for the lot.
case("p11_au_whatsapp_hold_rest_coil_for_lot", ["RG004", "RG005", "RG006"], "Chat: 6 sample joist hangers, 'hold the rest' with no unlock event or named releaser; supplier orders coil for 2,400 after a vague 'do what you need to'.", [
    ("WhatsApp_Chat_Kestrel_joist_hangers.txt", txt("""
[16/05/2024, 7:41:12 am] Tom Nguyen (Kestrel): Kev, PO KC-PO-24-0611 is in your inbox. It's the 6 sample joist hangers only for now. Hold the rest
[16/05/2024, 7:58:30 am] Kevin Chen (Jinli): Ok Tom, 6 pcs sample, noted
[16/05/2024, 8:02:05 am] Kevin Chen (Jinli): For the rest 2,394 pcs, can we buy the galvanised coil now? Price going up next month
[16/05/2024, 8:15:44 am] Tom Nguyen (Kestrel): yeah do what you need to on the coil, we'll sort it out later
[16/05/2024, 8:16:01 am] Barry Coates (Kestrel site): 🤙
[16/05/2024, 8:20:37 am] Kevin Chen (Jinli): Thank you Tom, we order Z275 coil for 2,400 pcs tomorrow
[16/05/2024, 9:03:12 am] Barry Coates (Kestrel site): samples to site compound pls not the office, gate 2
[16/05/2024, 9:05:50 am] Kevin Chen (Jinli): OK gate 2 👍
""")),
])

# p12: supplier assumes serial production after sample inspection; attached buyer order note names a department only.
_p12_note = docx_bytes([
    ("h1", "Bestellung 4500019102 - Bestellnotiz / order note"),
    ("p", "Lieferant / supplier: Officine Brambilla S.r.l., Lecco"),
    ("table", [
        ["Pos", "Artikel", "Bezeichnung", "Menge"],
        ["10", "FB-90", "Bodentürschließer EN 1154 Gr. 1-4, Deckplatte Edelstahl - Muster / sample", "8 Stk"],
    ]),
    ("sp",),
    ("p", "Diese Bestellung umfasst nur 8 Muster. / This order covers 8 samples only."),
    ("p", "Restmenge 792 Stk. gesperrt - not released - bis zur schriftlichen Freigabe nach der Musterprüfung "
          "durch unsere Qualitätsabteilung. / Remaining 792 pcs blocked until the written release after sample "
          "inspection by our quality department."),
    ("p", "Material: nur für Muster / for samples only."),
], author="Hoffmann Beschläge")
case("p12_it_supplier_assumes_serial_after_inspection", ["RG005", "RG007"], "Supplier assumes serial production of 792 starts right after positive sample inspection; attached buyer order note leaves the written release to 'our quality department', no named person.", [
    ("Re_4500019102_FB-90_samples.eml", eml_bytes(mail(
        "Marco Brambilla <marco@officinebrambilla.it>", "Jens Albrecht <j.albrecht@hoffmann-beschlaege.de>",
        "Re: Bestellung 4500019102 - FB-90 samples",
        "Fri, 17 May 2024 12:10:00 +0200",
        txt("""
Dear Mr. Albrecht,

thank you for the order 4500019102 (your order note attached again, our ref. OB-2024-311). The 8 sample floor springs FB-90 will be ready on 17 June.

We have understood that after the positive sample inspection by your quality department the serial production of the 792 pcs can start immediately, so we have reserved the assembly line for week 27 for this.

Cordiali saluti,
Marco Brambilla
Officine Brambilla S.r.l.
Via Valsassina 41, 23900 Lecco (LC)
"""), attachments=[("Bestellnotiz_4500019102.docx", _p12_note, DOCX_MT)]))),
])

# p13: samples only, but never how many.
case("p13_uk_samples_only_no_number", ["RG010"], "'Sample sets only' with hold, architect sign-off and Jo Mercer as releaser, but the number of sample sets authorized now is never stated.", [
    ("Canal_Wharf_matt_black_samples.eml", eml_bytes(mail(
        "Jo Mercer <jo.mercer@hollinsmarsh.co.uk>", "Kevin Chen <kevin.chen@jinli-metal.cn>",
        "Canal Wharf - matt black lever sets - samples",
        "Wed, 22 May 2024 16:05:00 +0100",
        txt("""
Hi Kevin,

Following our call this morning: please make the sample sets only for the Canal Wharf doors - same lever on rose as Harbour Yard, but in matt black powder coat (RAL 9005, 70% gloss max). PO to follow from our system tomorrow morning with the same reference.

The production sets for the 260 doors are not released. They stay on hold until the architect has signed off the matt black sample board, and then I'll confirm the production quantity in a written release. Only I (Jo Mercer) can do that.

Please also send the powder coat adhesion test (cross-hatch) with the samples.

Thanks,
Jo
""") + sig("Jo Mercer", "Senior Buyer", "Hollins & Marsh Contractors Ltd", "+44 161 496 0288"), html="auto"))),
])

# p14: Kenyan call-off for Block C 'as per schedule', no quantity.
case("p14_ke_calloff_block_c_no_qty", ["RG010"], "Call-off for Block C kits 'as per ironmongery schedule Rev 4' states no quantity; later blocks held with event and named releaser.", [
    ("CallOff_3_MOB-FO-2024-07.txt", txt("""
MWANGI & OTIENO BUILDERS LTD
P.O. Box 40213-00100, Nairobi  |  procurement@mwangiotieno.co.ke

CALL-OFF NOTICE No. 3
Frame Order : MOB/FO/2024/07
Supplier    : Rajkot Bright Forgings Pvt. Ltd., Rajkot, India
Project     : Tatu City Phase 2 - Blocks A to F
Date        : 27/05/2024

1. Kindly supply the door ironmongery kits for BLOCK C as per the ironmongery
   schedule Rev 4 (issued 02/04/2024).

2. Kitting: one kit per door, packed and labelled with the door number
   (e.g. C-03-07), kits for each floor in separate cartons.

3. Delivery: CIF Mombasa, to reach site before the Block C second-fix start.

4. Blocks D, E and F are not released under this call-off. They remain on hold
   until the Block C handover inspection is signed off and the next call-off,
   signed by Peter Mwangi, Procurement Manager, is issued.

5. Material: for Block C kits only.

Signed: Peter Mwangi
Procurement Manager
""")),
])

# p15: 'go ahead with the first phase' - unscoped and no quantity.
case("p15_us_go_ahead_first_phase", ["RG002", "RG010"], "'Go ahead with the first phase' names neither sample-only nor a quantity; no active quantity anywhere; hold, UL 10C event and Dana Whitfield present.", [
    ("first_phase_closers_KF.eml", eml_bytes(mail(
        "Dana Whitfield <dwhitfield@keystonedoorsupply.com>", "Jason Lin <jason.lin@kuofeng-dc.com.tw>",
        "Keystone / Kuo-Feng closers - next step",
        "Thu, 23 May 2024 13:26:00 -0400",
        txt("""
Jason,

Good call yesterday, thanks for walking us through the new arm geometry.

Go ahead with the first phase. Anything past phase one is not released: it stays on hold until the first-phase closers have passed the UL 10C fire test and I've signed off the report, and then I'll send a written release for the next quantity. I'm the release authority on this.

Ship to the Cranberry DC, not Pittsburgh.

Dana
""") + sig("Dana Whitfield", "Sourcing Manager", "Keystone Door Supply, Pittsburgh PA", "+1 412 555 0148")))),
])

# p16: release letter mixes retention release with production release; first lot 'as discussed'.
case("p16_uk_release_letter_retention_first_lot", ["RG009", "RG010"], "Letter uses 'release' for the retention payment and for production; the first delivery lot is released 'as discussed' with no quantity.", [
    ("HM-REL-0193_release_letter.pdf", pdf([
        ("h1", "Hollins & Marsh Contractors Ltd"),
        ("p", "Canal Street Works, Manchester M1 3HE"),
        ("h", "RELEASE LETTER - Ref HM/REL/0193"),
        ("p", "To: Tainan Precision Hinge Ind. Co., Ltd, Ms. Vivian Huang   Date: 04/06/2024"),
        ("p", "Project: Canal Wharf, Plots 4-7. Order HM-40221 (lift-off hinges, 304 satin)."),
        ("p", "1. Release of retention: we confirm the release of the 5% retention held against order HM-40221 "
              "(first delivery). It will be paid in the June payment run."),
        ("p", "2. Release: the first delivery lot for Plots 4 and 5 is released as discussed at the meeting of 3 June."),
        ("p", "3. Plots 6 and 7 are not released. They remain on hold until the Plot 5 handover inspection and a "
              "further written release from Jo Mercer, Senior Buyer."),
        ("p", "Yours faithfully,"),
        ("p", "Jo Mercer, Senior Buyer"),
    ], title="HM/REL/0193", author="Hollins & Marsh")),
])

# p17: Kenyan DOCX PO: quantity 'as per quotation' and forecast written as firm requirement.
case("p17_ke_docx_qty_as_quoted_forecast_firm", ["RG008", "RG010"], "Sample PO gives quantity only 'as per quotation' (which has two tiers); annual forecast of 60,000 asked to be planned as a firm requirement.", [
    ("SHD-PO-24-118.docx", docx_bytes([
        ("h1", "Savannah Hardware Distributors Ltd - Purchase Order SHD/PO/24/118"),
        ("p", "Moi Avenue, Mombasa  |  P.O. Box 90411-80100  |  Date: 28/05/2024"),
        ("p", "Supplier: Wenzhou Ruixin Fasteners Co., Ltd  |  Quotation ref: RX-Q-2404-09"),
        ("table", [
            ["Item", "Description", "Quantity", "Price"],
            ["1", "Frame fixing 10 x 100, nylon plug + Pozi CSK screw, zinc - SAMPLES", "As per your quotation RX-Q-2404-09", "As quoted"],
        ]),
        ("sp",),
        ("p", "Samples only at this stage. The bulk quantity is not released; it is on hold until the samples pass our "
              "pull-out test in Mombasa and Hassan Omar, Purchasing Manager, gives a written release."),
        ("p", "Forecast 2025: our annual forecast is 60,000 pcs. Kindly take this as our firm requirement for 2025 and "
              "plan your production for it."),
        ("p", "Delivery: sea freight CFR Mombasa, consolidated with our next container."),
        ("p", "Hassan Omar, Purchasing Manager"),
    ], author="Savannah Hardware Distributors")),
])

# p18: buyer's 'go ahead' on carton labels; quoted earlier scope is complete.
_p18_quoted = txt("""
On Tue, 21 May 2024 at 19:40, Harpreet Singh <harpreet@ludhiana-anchor.in> wrote:

Dear Mel ma'am,
Please find attached carton label proofs for PO SCF-31188, with the revised box quantity 25 nos. per box. Kindly check and revert.
Regards, Harpreet

> On Thu, 16 May 2024 at 10:12, Mel Fitzgerald wrote:
> PO SCF-31188: forty (40) M20 x 200 through-bolt anchors, samples for the site pull-out test.
> The remaining 7,960 are NOT released and stay on hold until the pull-out test is signed off and I send a written production release with the quantity.
> Release authority: Mel Fitzgerald, Procurement Manager. Material: samples only.
""")
case("p18_au_in_carton_labels_go_ahead", ["RG002"], "Buyer's 'go ahead' after checking carton label proofs names neither sample-only nor a quantity; quoted original scope (40 samples, hold, event, releaser) is otherwise complete.", [
    ("Re_SCF-31188_carton_labels.eml", eml_bytes(mail(
        "Mel Fitzgerald <mel.fitzgerald@southerncrossfixings.com.au>", "Harpreet Singh <harpreet@ludhiana-anchor.in>",
        "Re: SCF-31188 carton label proofs",
        "Wed, 22 May 2024 08:12:00 +1000",
        txt("""
Hi Harpreet,

Thanks for the carton label proofs and the revised box quantity (25 per box). All looks right to us - go ahead.

Cheers,
Mel
""") + sig("Mel Fitzgerald", "Procurement Manager", "Southern Cross Fixings Pty Ltd", "+61 3 9555 0170") + "\n" + quote(_p18_quoted) + "\n",
        in_reply_to="<h94-laf-0521@ludhiana-anchor.in>"))),
])

# p19: Kenyan WhatsApp: deposit through, so green light.
case("p19_ke_whatsapp_deposit_green_light", ["RG002", "RG012"], "Buyer treats the deposit as the go: 'Deposit is through, so green light from our side' (unscoped), against an earlier complete sample scope.", [
    ("WhatsApp_Chat_MO_KuoFeng_closers.txt", txt("""
06/05/2024, 09:02 - Peter Mwangi (M&O Procurement): Jason habari. LPO MOB/2024/0455 is for 12 sample closers only. The other 468 (total 480 for Kilimani towers) are not released, they wait until the fire door test at KEBS is signed off and I give a written release. That is me, Peter Mwangi, Procurement Manager
06/05/2024, 09:10 - Jason Lin (Kuo-Feng): Good morning Peter, well noted. 12 pcs samples
13/05/2024, 11:45 - Wanjiru Kamau (M&O QS): Jason, we have sent the 30% deposit today via Equity Bank, swift copy below
13/05/2024, 11:45 - Wanjiru Kamau (M&O QS): <Media omitted>
13/05/2024, 14:20 - Peter Mwangi (M&O Procurement): Deposit is through, so green light from our side 👍
13/05/2024, 14:31 - Jason Lin (Kuo-Feng): Thank you sir, we will arrange production
13/05/2024, 14:33 - Wanjiru Kamau (M&O QS): 🙏
""")),
])

# p20: portal buyer response 'APPROVED - please proceed' with nothing scoped.
case("p20_uk_portal_status_approved_proceed", ["RG002"], "Portal buyer response 'APPROVED - please proceed' names neither sample-only nor a quantity; the order scope block (6 samples, hold, event, Gareth Pryce) is complete.", [
    ("tradelink_PO_BBM-4655.html", html_page("TradeLink - PO BBM-4655", txt("""
<h1>Brookfield TradeLink &middot; Supplier Portal</h1>
<p>Supplier: <b>Kayseri Dokum San. A.S.</b> &middot; PO <b>BBM-4655</b> &middot; Raised 02/05/2024 by Gareth Pryce</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
<tr><td>1</td><td>KD-HB-75</td><td>Cast iron hopper bracket for 75 mm downpipe, black (sample)</td><td>6</td><td>sample</td></tr>
</table>
<div class="note">Only the 6 sample brackets are ordered. The balance of 1,194 is not released until the conservation officer
has signed off the sample, and then only by written release from Gareth Pryce, Category Manager.</div>
<h2>Supplier messages</h2>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>10/06/2024</td><td>Kayseri Dokum (A. Demir)</td><td>Casting photos and coating thickness report uploaded (DFT 120 &micro;m). Please advise.</td></tr>
<tr><td>14/06/2024</td><td>Brookfield (G. Pryce)</td><td><b>Status: APPROVED &#10003;</b> &mdash; please proceed.</td></tr>
</table>
"""))),
])

# ------------------------------------------------------------------ batch 4: positives p21-p35

# p21: site meeting minutes: 'approved' for shop drawings (technical) and rate (commercial); action 'proceed'.
case("p21_au_site_minutes_approved_proceed", ["RG002", "RG009"], "Minutes use 'approved' for the engineer's shop-drawing check and for the QS's rate; action 'Ruixin to proceed' is unscoped; order scope itself is complete.", [
    ("Newstead_Wharf_PCG_minutes_14.pdf", pdf([
        ("h1", "Newstead Wharf - Project Control Group Meeting No. 14"),
        ("p", "Date: 04/06/2024, 10:00, site office  |  Chair: S. Harland (Kestrel PM)"),
        ("p", "Present: S. Harland, R. Tan (Kestrel procurement), B. Coates (Kestrel site), A. Patel (QS), "
              "M. Osei (Halden Structural), Amy Wu (Wenzhou Ruixin, by video)"),
        ("h", "1. Safety"),
        ("p", "No LTIs. Edge protection on L6 to be checked before the pour. Hoist inspection due 10/06."),
        ("h", "2. Programme"),
        ("p", "L6 slab pour 12/06. Handover of Levels 1-3 to the fit-out package 30/08 remains the target."),
        ("h", "3. Procurement"),
        ("table", [
            ["Item", "Discussion", "Action / owner"],
            ["3.1 Cast-in anchor channels - scope",
             "PO KC-PO-24-0655 covers 20 sample channels 40/22 x 300 mm for the pull-out tests (scheduled 18/06). "
             "The balance of 1,180 is not released and stays on hold until the engineer signs off the pull-out results "
             "and Rhys Tan, Procurement Lead, issues a written release.", "Info"],
            ["3.2 Shop drawings", "Ruixin shop drawings SD-0655 rev B approved by M. Osei (Halden Structural).", "-"],
            ["3.3 Rate", "Revised rate USD 7.40 per channel approved by A. Patel (QS).", "-"],
            ["3.4 Next step", "Ruixin to proceed.", "Ruixin / asap"],
        ]),
        ("h", "4. Next meeting"),
        ("p", "18/06/2024, 10:00, site office."),
    ], title="PCG minutes 14", author="Kestrel Construct")),
])

# p22: Chinese supplier has booked coil and bearings for the full 8,000 despite sample-only authority.
_p22_quoted = txt("""
On Mon, 13 May 2024 at 09:15, Gareth Pryce <g.pryce@brookfield-bm.co.uk> wrote:

Lily,
PO 4490-S attached: 24 hinges 102x76x3, 304 satin, EN 1935 grade 11, samples for the sample board.
The balance of 7,976 (your quote shows 8,000) is not released. It stays on hold until the samples are signed off by our technical team and I send a written production release.
Release authority: Gareth Pryce, Category Manager. Material authority: sample-only.
Gareth
""")
case("p22_cn_supplier_booked_coil_full_8000", ["RG006"], "Supplier reports coil and bearings booked for the complete 8,000 pcs while only 24 samples are released under a sample-only material authority.", [
    ("Re_PO_4490-S_samples_ready.eml", eml_bytes(mail(
        "Lily Zhang <lily.zhang@hengda-hardware.cn>", "Gareth Pryce <g.pryce@brookfield-bm.co.uk>",
        "Re: PO 4490-S grade 11 hinges - samples ready",
        "Tue, 28 May 2024 15:40:00 +0800",
        txt("""
Dear Gareth,

Samples 24 pcs are finished and will ship tomorrow by DHL, AWB to follow.

For your information, to keep the lead time for your project our purchasing department has already booked the SUS304 coil and the bearings for the complete 8,000 pcs with the steel mill last week. The price was very good. Production is not started, only material.

Best regards,
Lily Zhang
Sales Manager, Ningbo Hengda Hardware Co., Ltd
""") + "\n" + quote(_p22_quoted) + "\n", in_reply_to="<h94-4490s@brookfield-bm.co.uk>"))),
])

# p23: multi-file: complete PO + supplier order confirmation that buys raw material for the whole programme.
_p23_po = pdf([
    ("h1", "Keystone Door Supply, Inc."),
    ("h", "PURCHASE ORDER KDS-7841"),
    ("table", [
        ["Vendor", "Date", "Ship to", "Terms"],
        ["Rajkot Bright Forgings Pvt. Ltd.", "05/20/2024", "Keystone Engineering Lab, Pittsburgh", "FOB Mundra"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope"],
        ["1", "RBF-SH-18", "Forged steel strap hinge 18\", black e-coat, per DWG SH-1800 Rev 3", "25", "sample"],
    ]),
    ("sp",),
    ("p", "Scope: 25 sample hinges only. The balance of 4,975 of the 5,000-piece program is on hold and not released "
          "until the cycle test on the samples is signed off and Dana Whitfield, Sourcing Manager, sends a written release "
          "with the quantity."),
    ("p", "Material authority: sample-only."),
], pagesize=LETTER, title="PO KDS-7841", author="Keystone Door Supply")
_p23_oc = pdf([
    ("h1", "RAJKOT BRIGHT FORGINGS PVT. LTD."),
    ("p", "Survey No. 212, Shapar Industrial Area, Rajkot 360024, Gujarat"),
    ("h", "ORDER CONFIRMATION RBF/OC/24/0217"),
    ("table", [
        ["Customer", "Your PO", "Date", "Item", "Qty"],
        ["Keystone Door Supply, Inc.", "KDS-7841", "22.05.2024", "Strap hinge 18\" (DWG SH-1800 Rev 3)", "25 pcs (sample)"],
    ]),
    ("sp",),
    ("p", "Samples despatch: by air, 10.06.2024."),
    ("p", "Remarks: To secure the forging slot and the present steel price, raw material (EN8 round bar) for the complete "
          "programme quantity will be procured immediately on receipt of this order."),
    ("p", "For Rajkot Bright Forgings Pvt. Ltd. - Ramesh Patel, Export Manager"),
], title="RBF/OC/24/0217", author="Rajkot Bright Forgings")
case("p23_us_in_multifile_oc_buys_programme_material", ["RG006"], "Folder: complete sample PO with sample-only material authority + supplier confirmation that it will buy EN8 bar for the complete programme.", [
    ("PO_KDS-7841.pdf", _p23_po),
    ("RBF-OC-24-0217.pdf", _p23_oc),
])

# p24: DOCX minutes: pre-order material with liability open; forecast treated as firm order.
case("p24_de_tr_docx_minutes_preorder_forecast_firm", ["RG006", "RG008"], "Minutes: supplier to pre-order zamak/brass for the held 3.976 sets with liability 'to be clarified later'; 2025 forecast of 48.000 treated as a firm order.", [
    ("Protokoll_Lieferantengespraech_BK_2024-06-12.docx", docx_bytes([
        ("h1", "Protokoll / Minutes - Lieferantengespräch Bursa Kilit, 12.06.2024"),
        ("p", "Teilnehmer / attendees: J. Albrecht (Leiter Einkauf), S. Krämer (QS), E. Yildiz (Bursa Kilit), "
              "M. Aksoy (Bursa Kilit, Planung)"),
        ("table", [
            ["TOP", "Thema / topic", "Ergebnis / result", "Verantw. / owner"],
            ["1", "Muster / samples HB-L-220",
             "24 Garnituren erhalten, Maßprüfung i.O.; EN 1906 Dauerlauf läuft, Ergebnis KW 27.", "S. Krämer"],
            ["2", "Auftragsstatus / order status",
             "Bestellung 4500019260 umfasst nur die 24 Mustergarnituren. Die Serienmenge (3.976 Garn.) ist nicht "
             "freigegeben / not released und bleibt gesperrt, bis der Dauerlauf abgezeichnet ist und J. Albrecht eine "
             "schriftliche Freigabe erteilt.", "J. Albrecht"],
            ["3", "Material",
             "Um den Liefertermin Rheinhafen zu halten, bestellt Bursa Kilit Zamak und Messing für die 3.976 Garnituren "
             "bereits jetzt vor. Haftung für dieses Material wird später geklärt. / Liability to be clarified later.", "M. Aksoy"],
            ["4", "Forecast 2025",
             "Hoffmann-Forecast 2025 für die gesamte Drückerserie HB-L (alle Modelle): 48.000 Garnituren. Vereinbart: Bursa Kilit behandelt die 48.000 als Festauftrag "
             "(firm order) und reserviert die Kapazität entsprechend.", "E. Yildiz"],
            ["5", "Verpackung / packing", "Einzelkarton mit EAN, 20 Stk. pro Umkarton.", "E. Yildiz"],
        ]),
        ("sp",),
        ("p", "Nächster Termin / next meeting: KW 28, Velbert."),
        ("p", "Protokoll: S. Krämer"),
    ], author="Hoffmann Beschläge")),
])

# p25: supplier reply: wire rod bought beyond the staged authority; quoted cover mail says 1,600 vs call-off 1,500.
_p25_calloff = txt("""
SOUTHERN CROSS FIXINGS PTY LTD - CALL-OFF
=========================================
Frame order     : SCF-FO-2024-03  (wall tie type 4, 304 stainless, 250 mm)
Frame order qty : 10,000 sets
Call-off no.    : 3
Date            : 27/05/2024
Supplier        : Wenzhou Ruixin Fasteners Co., Ltd

QTY THIS CALL-OFF   : 1,500 SETS  (Docklands tower A, Levels 4-5)
Released to date    : 4,500 sets  (call-offs 1-3)
Balance             : 5,500 sets  NOT RELEASED - on hold until the Level 6
                      slab inspection is passed and the next call-off is
                      signed by Mel Fitzgerald, Procurement Manager.

MATERIAL AUTHORITY  : STAGED - wire rod for up to 6,500 sets in total
                      (released 4,500 + 2,000 ahead), at SCF liability.
                      No drawing, forming or packing beyond released sets.

Delivery: DAP Port Melbourne, week 25. 100 sets per carton.
Signed  : Mel Fitzgerald, Procurement Manager
""")
_p25_quoted = txt("""
On Mon, 27 May 2024 at 16:20, Mel Fitzgerald <mel.fitzgerald@southerncrossfixings.com.au> wrote:

Hi Amy,
Call-off 3 for 1,600 sets attached, tower A Levels 4-5. Same packing as last time please.
Mel
""")
case("p25_au_cn_calloff_wire_rod_beyond_staged", ["RG006", "RG011"], "Supplier has bought wire rod for 8,500 sets against a staged authority of 6,500; buyer's quoted cover mail says call-off 3 is 1,600 sets, the call-off itself says 1,500.", [
    ("Re_CallOff_3_SCF-FO-2024-03.eml", eml_bytes(mail(
        "Amy Wu <amy.wu@ruixin-fasteners.com>", "Mel Fitzgerald <mel.fitzgerald@southerncrossfixings.com.au>",
        "Re: Call-off 3 - SCF-FO-2024-03 wall ties",
        "Wed, 29 May 2024 10:02:00 +0800",
        txt("""
Dear Mel,

Thank you for the call-off 3, well received (attached again for your reference). Delivery week 25 is OK.

Also to inform you: the wire rod price from our mill will increase 6% from July, so we have now bought wire rod for 8,500 sets in total. This way your remaining call-offs are safe on price and time.

Best regards,
Amy Wu
Export Dept., Wenzhou Ruixin Fasteners Co., Ltd
""") + "\n" + quote(_p25_quoted) + "\n",
        attachments=[("CallOff_3_SCF-FO-2024-03.txt", _p25_calloff, "text/plain")],
        in_reply_to="<h94-scf-co3@southerncrossfixings.com.au>"))),
])

# p26: supplier ERP material requirements printout: mill PO for 6,000 sets against 16 released.
case("p26_tw_erp_mrp_strip_for_6000", ["RG006"], "Supplier ERP printout: customer released 16 samples, balance on hold, yet a mill purchase order for strip covering 6,000 sets has been issued.", [
    ("TPH_MRP_SO24-0518.txt", txt("""
TAINAN PRECISION HINGE IND. CO., LTD.          MRP / MATERIAL STATUS      2024/05/24 08:30
==========================================================================================
SALES ORDER : SO24-0518            CUSTOMER : ASHDOWN DOOR HARDWARE LTD (UK)
CUST PO     : ADH-7735             ITEM     : TPH-100-75-BB  HINGE 100x75x3 SUS316 SATIN
CUST PO QTY : 16 PCS  (SAMPLE)     RELEASED QTY : 16
BAL ON HOLD : 5,984  (NOT RELEASED - PER CUSTOMER PO NOTE, WAIT CUST WRITTEN RELEASE)
------------------------------------------------------------------------------------------
MATERIAL REQUIREMENT
  COMP CODE     DESCRIPTION                 REQ QTY     UOM   BASIS          STATUS
  ------------  --------------------------  ----------  ----  -------------  ---------------
  M-SUS316-3T   SUS316 STRIP 3.0T x 100W     1,890      KG    6,000 SETS     PO ISSUED TO MILL
                                                                             (PR-24-0981 / MPO-24-1177)
  M-BRG-6mm     BALL BEARING 6mm             24,000     PCS   6,000 SETS     PO ISSUED
  M-PIN-S316    HINGE PIN SUS316              6,000     PCS   6,000 SETS     IN STOCK - ALLOCATED
  M-SUS316-3T   SUS316 STRIP (SAMPLE)             6     KG    16 SETS        ISSUED TO LINE
------------------------------------------------------------------------------------------
REMARK: MATERIAL FOR FULL 6,000 ORDERED EARLY FOR MILL SLOT WK22. SENT TO CUSTOMER FOR INFO.
PRINTED BY: C.Y. WU (PMC)
""")),
])

# p27: buyer asks to get bronze in for the full run and to carry on after the samples without paperwork.
_p27_po = pdf([
    ("h1", "Hollins & Marsh Contractors Ltd"),
    ("h", "PURCHASE ORDER HM-40288"),
    ("table", [
        ["Supplier", "Contract", "Date"],
        ["Kayseri Dokum San. A.S.", "C2291 Mill Street Phase 2 (listed)", "13/05/2024"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Scope"],
        ["010", "KD-BP-250", "Cast bronze pull handle 250 mm, statuary bronze patina", "4", "sample"],
    ]),
    ("sp",),
    ("p", "Scope: 4 sample handles only. The balance of 396 is not released until the conservation officer has "
          "signed off the samples and Jo Mercer, Senior Buyer, issues a written production release."),
    ("p", "Material authority: sample-only."),
], title="HM-40288", author="Hollins & Marsh")
case("p27_uk_tr_bronze_full_run_carry_on", ["RG006", "RG007"], "Buyer's covering mail asks the foundry to get bronze in for the full run (paperwork later) and to carry straight on into the rest once the samples are accepted, contradicting the PO's written-release and sample-only terms.", [
    ("HM-40288_bronze_pulls.eml", eml_bytes(mail(
        "Jo Mercer <jo.mercer@hollinsmarsh.co.uk>", "Ayse Demir <ayse.demir@kayseridokum.com.tr>",
        "HM-40288 bronze pull handles - Mill Street",
        "Mon, 13 May 2024 11:18:00 +0100",
        txt("""
Hi Ayse,

PO HM-40288 attached for the 4 sample bronze pulls.

Site are chasing me already, so two things to save us time:

- While we wait for the conservation officer, you might as well get the bronze ingot in for the full run so there's no delay later. We can sort the paperwork on that afterwards.
- And once he's happy with the samples, just carry straight on into the rest - no need to wait for anything from me.

Thanks,
Jo
""") + sig("Jo Mercer", "Senior Buyer", "Hollins & Marsh Contractors Ltd", "+44 161 496 0288"),
        attachments=[("PO_HM-40288.pdf", _p27_po, PDF_MT)]))),
])

# p28: Turkish supplier: sample approval will start the balance automatically.
_p28_quoted = txt("""
On 14 May 2024, at 10:31, Claire Hutton <claire.hutton@ashdownhardware.co.uk> wrote:

Hi Emre,
PO ADH-7750 is for ten (10) sample sets only. The balance of 2,990 sets is not released and is on hold until the sample sets pass our 200,000-cycle test (EN 1906 grade 4) and I issue a written production release.
Release authority: Claire Hutton, Product Manager. Material: sample-only.
Claire
""")
case("p28_tr_supplier_auto_start_on_sample_approval", ["RG007"], "Supplier: 'upon your sample approval we will automatically start the production of the balance 2,990 sets'; quoted buyer scope is complete.", [
    ("Re_ADH-7750_lever_sets.eml", eml_bytes(mail(
        "Emre Yildiz <emre.yildiz@bursakilit.com.tr>", "Claire Hutton <claire.hutton@ashdownhardware.co.uk>",
        "Re: PO ADH-7750 lever on rose - samples",
        "Thu, 16 May 2024 14:47:00 +0300",
        txt("""
Dear Claire,

Thank you for PO ADH-7750. We confirm the 10 sample sets of lever on rose, satin stainless, will ship 21 June.

To save time for your Plot 12 handover, upon your sample approval we will automatically start the production of the balance 2,990 sets. No need to send another document, we take your approval e-mail as the start.

Best regards,
Emre Yildiz
Export Sales Manager
Bursa Kilit Metal San. ve Tic. A.S.
""") + "\n" + quote(_p28_quoted) + "\n", in_reply_to="<h94-adh-7750@ashdownhardware.co.uk>"))),
])

# p29: supplier quote terms: sample approval deemed release of production quantity.
case("p29_tw_ke_quote_terms_sample_approval_deemed_release", ["RG007"], "Quotation terms make the buyer's sample approval 'deemed release' of the production quantity, with production starting that day; no recorded auto-conversion.", [
    ("KF-Q-24-0702_Savannah.pdf", pdf([
        ("h1", "TAICHUNG KUO-FENG DOOR CONTROLS CO., LTD."),
        ("h", "QUOTATION No. KF-Q-24-0702"),
        ("table", [
            ["Customer", "Attn.", "Date", "Validity"],
            ["Savannah Hardware Distributors Ltd, Mombasa", "Mr. Hassan Omar", "2024-05-27", "45 days"],
        ]),
        ("sp",),
        ("table", [
            ["Item", "Description", "Qty", "USD", "Lead time"],
            ["KF-620", "Door closer EN 1154 size 3, silver, standard arm", "10 pcs (sample)", "24.00", "10 days"],
            ["KF-620", "Same", "1,000 pcs", "12.90", "40 days"],
        ]),
        ("sp",),
        ("h", "Terms and conditions"),
        ("p", "1. Prices FOB Taichung, in USD."),
        ("p", "2. Payment: T/T 30% deposit, 70% against copy of B/L."),
        ("p", "3. Samples are charged and not refundable."),
        ("p", "4. Sample approval: written or e-mail approval of the samples by the Buyer shall be deemed release of the "
              "production quantity stated in this quotation. Production will commence on the day of sample approval."),
        ("p", "5. Force majeure as per ICC clause 2020."),
        ("p", "Jason Lin, Overseas Sales Dept."),
    ], title="KF-Q-24-0702", author="Kuo-Feng Door Controls")),
])

# p30: Italian supplier submittal: 'approval' for technical and commercial, then straight into manufacture.
case("p30_it_uk_docx_submittal_approval_to_manufacture", ["RG007", "RG009"], "Submittal asks for 'approval' of both the technical data and the commercial offer, and says that on approval manufacture of the scheduled quantities follows without further instruction.", [
    ("TS-0412_floor_springs_Canal_Wharf.docx", docx_bytes([
        ("h1", "Officine Brambilla S.r.l. - Technical Submittal TS-0412"),
        ("p", "Project: Canal Wharf, Plots 4-7  |  Main contractor: Hollins & Marsh Contractors Ltd  |  Rev 0, 20/05/2024"),
        ("h", "Products submitted"),
        ("table", [
            ["Ref.", "Product", "Standard", "Scheduled qty", "Sample"],
            ["FB-90", "Floor spring, size 1-4, hold-open 90 deg", "EN 1154, CE", "84", "1 pc supplied"],
            ["PF-12", "Patch fitting top/bottom for 12 mm glass", "EN 12150 glass", "168", "1 set supplied"],
            ["CP-SS", "Cover plate brushed stainless", "-", "84", "1 pc supplied"],
        ]),
        ("sp",),
        ("h", "Approval requested"),
        ("num", "Technical approval of the floor spring FB-90 and patch fittings (data sheets, DoP, test report EN 1154)."),
        ("num", "Approval of our commercial offer OB-OFF-2024-118 (prices and delivery terms)."),
        ("sp",),
        ("p", "Upon approval of this submittal we will move straight into manufacture of the scheduled quantities "
              "in the table above, without further instruction, to meet the Plot 4 glazing programme."),
        ("p", "Giulia Rossi, Technical Office, Officine Brambilla S.r.l., Lecco"),
    ], author="Officine Brambilla")),
])

# p31: AU WhatsApp: site super's unscoped 'good to go' and 'crack on with the rest' without Rhys's paperwork.
case("p31_au_whatsapp_good_to_go_crack_on", ["RG002", "RG007"], "Site super says 'good to go' (unscoped) and 'if the pull-out numbers are good just crack on with the rest, no need to wait on Rhys's paperwork', against Rhys's complete scope.", [
    ("WhatsApp_Chat_Newstead_fixings.txt", txt("""
[20/05/2024, 6:52:10 am] Rhys Tan (Kestrel): Harpreet, PO KC-PO-24-0640 is for 30 sample chemical anchors for the pull-out tests on the L2 slab. The other 5,970 are NOT released, on hold till the engineer signs off the pull-out results and I send a written release. Release is me only - Rhys Tan.
[20/05/2024, 7:10:44 am] Harpreet Singh (LAF): Well noted sir. 30 nos. samples dispatched by air yesterday
[23/05/2024, 2:31:05 pm] Barry Coates (Kestrel site): samples arrived, look mint. good to go 👍
[23/05/2024, 2:32:40 pm] Barry Coates (Kestrel site): Harpreet if the pull-out numbers come back good on Thursday just crack on with the rest mate, no need to wait on Rhys's paperwork. we're tight for L3
[23/05/2024, 2:45:12 pm] Harpreet Singh (LAF): Ok Barry thank you 🙏
[23/05/2024, 3:01:57 pm] Barry Coates (Kestrel site): <Media omitted>
""")),
])

# p32: Kenyan buyer: once architect okays samples and deposit reflects, begin producing the balance.
_p32_lpo = pdf([
    ("h1", "Mwangi & Otieno Builders Ltd"),
    ("h", "LOCAL PURCHASE ORDER MOB/2024/0471"),
    ("table", [
        ["Supplier", "Project", "Date"],
        ["Rajkot Bright Forgings Pvt. Ltd.", "Karen Gardens gatehouses", "20/05/2024"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Description", "Qty", "Scope"],
        ["1", "Heavy gate hinge, forged, weld-on, 25 mm pin, HDG", "6", "sample"],
    ]),
    ("sp",),
    ("p", "The balance of 1,194 pcs is not released and is on hold until the samples are signed off by the Project "
          "Architect and a written release is issued by Peter Mwangi, Procurement Manager."),
    ("p", "Material: for the 6 samples only."),
], title="LPO MOB/2024/0471", author="Mwangi & Otieno Builders")
case("p32_ke_in_architect_okays_and_deposit_then_balance", ["RG007", "RG012"], "Buyer's mail says that once the architect okays the samples and the deposit reflects, production of the balance may begin without further communication, contradicting the LPO's written release.", [
    ("LPO_MOB-2024-0471_gate_hinges.eml", eml_bytes(mail(
        "Peter Mwangi <p.mwangi@mwangiotieno.co.ke>", "Ramesh Patel <ramesh@rajkotbrightforgings.in>",
        "LPO MOB/2024/0471 - sample gate hinges",
        "Mon, 20 May 2024 16:40:00 +0300",
        txt("""
Dear Ramesh,

Trust you are well. Please find attached our LPO MOB/2024/0471 for the 6 (six) sample gate hinges for the Karen Gardens gatehouses.

Kindly note the following so that we do not lose time on site: once the Project Architect okays the samples and our deposit reflects in your account, you may begin producing the balance without waiting for any further communication from us.

Kind regards,
Peter Mwangi
Procurement Manager
Mwangi & Otieno Builders Ltd
"""), attachments=[("LPO_MOB-2024-0471.pdf", _p32_lpo, PDF_MT)]))),
])

# p33: supplier portal: remaining 1,190 start automatically after sample sign-off.
case("p33_tw_supplier_portal_auto_start", ["RG007"], "Supplier tracking page shows the customer hold on 1,190 yet says production of the remaining 1,190 starts automatically once the sample sign-off is recorded.", [
    ("TPH_order_tracking_KDS-7866.html", html_page("TPH Customer Portal - Order tracking", txt("""
<h1>Tainan Precision Hinge &middot; Customer Portal</h1>
<p>Customer: <b>Keystone Door Supply, Inc.</b> &middot; Customer PO <b>KDS-7866</b> &middot; Our SO: SO24-0562</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>TPH-45-BB-US26D</td><td>Full mortise hinge 4.5&quot; x 4.5&quot;, ball bearing, US26D</td><td>10 (sample)</td><td>Shipped 05/21, UPS 1Z 88V 4A0 0322 1190</td></tr>
</table>
<p><b>Customer PO scope:</b> 10 sample pcs. Remaining 1,190 pcs: not released (customer hold).</p>
<h2>Next step</h2>
<div class="note">After your sample sign-off is recorded in this portal, production of the remaining 1,190 pcs starts automatically.
Target ETD: 3 weeks after sign-off.</div>
<p style="font-size:11px;color:#666">Questions: vivian@tainanprecisionhinge.com.tw</p>
"""))),
])

# p34: US buyer asks supplier to treat the 2025 forecast as a firm commitment.
_p34_csv = txt("""
item,description,Q1-2025,Q2-2025,Q3-2025,Q4-2025,total
CS-14-134,Concrete screw anchor 1/4 x 1-3/4 hex washer head,30000,40000,45000,35000,150000
CS-38-300,Concrete screw anchor 3/8 x 3 hex washer head,18000,24000,27000,21000,90000
""")
case("p34_us_cn_forecast_as_firm_commitment", ["RG008"], "Buyer asks the supplier to treat the attached 2025 forecast (about 240k pcs) as a firm commitment and to plan production against it.", [
    ("Keystone_2025_forecast_screw_anchors.eml", eml_bytes(mail(
        "Dana Whitfield <dwhitfield@keystonedoorsupply.com>", "Amy Wu <amy.wu@ruixin-fasteners.com>",
        "2025 forecast - concrete screw anchors",
        "Fri, 31 May 2024 10:50:00 -0400",
        txt("""
Amy,

Attached is our 2025 forecast for the concrete screw anchors (1/4" and 3/8" hex washer head). Total is roughly 240k pcs across the year, heaviest in Q2-Q3 with the spring build season.

To be clear, we want you to treat this forecast as a firm commitment from Keystone: book the capacity and plan your production against these numbers, we will stand behind them.

Let's talk pricing for the 3/8" on our call next week.

Dana
""") + sig("Dana Whitfield", "Sourcing Manager", "Keystone Door Supply, Pittsburgh PA", "+1 412 555 0148"),
        attachments=[("forecast_2025_screw_anchors.csv", _p34_csv, "text/csv")]))),
])

# p35: multi-file: labelled buyer forecast + supplier order confirmation that turns it into a firm order.
_p35_fc = html_page("TradeLink - Quarterly forecast - Foshan Jinli", txt("""
<h1>Brookfield TradeLink &middot; Supplier Portal</h1>
<p>Supplier: <b>Foshan Jinli Metal Products Co., Ltd</b> &middot; Generated 01/06/2024</p>
<div class="note"><b>FORECAST &mdash; Q3 2024.</b> For planning only. Not a purchase order.</div>
<table>
<tr><th>Item</th><th>Description</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Q3 total</th></tr>
<tr><td>JL-SB-250</td><td>Shelf bracket 250 mm, white epoxy</td><td>4,000</td><td>4,000</td><td>4,000</td><td>12,000</td></tr>
</table>
"""))
_p35_oc = pdf([
    ("h1", "FOSHAN JINLI METAL PRODUCTS CO., LTD"),
    ("h", "ORDER CONFIRMATION JL-OC-2406-033"),
    ("p", "Customer: Brookfield Builders' Merchants Ltd, Leeds  |  Date: 2024-06-04"),
    ("table", [
        ["Item", "Description", "Qty", "USD", "Production"],
        ["JL-SB-250", "Shelf bracket 250 mm, white epoxy, 2 per bag", "12,000 pcs", "0.38", "wk 28-30"],
    ]),
    ("sp",),
    ("p", "Based on your Q3 forecast received 01/06, we confirm 12,000 pcs shelf brackets as firm order. "
          "Production scheduled week 28-30, shipment in three lots of 4,000 pcs."),
    ("p", "Kevin Chen, Sales"),
], title="JL-OC-2406-033", author="Foshan Jinli")
case("p35_uk_cn_multifile_forecast_confirmed_as_order", ["RG008"], "Folder: buyer's labelled Q3 forecast + supplier confirmation turning the 12,000 forecast into a firm order with production scheduled.", [
    ("tradelink_forecast_Q3_JL.html", _p35_fc),
    ("JL-OC-2406-033.pdf", _p35_oc),
])

# ------------------------------------------------------------------ batch 5: positives p36-p45

# p36: portal demand plan headed as firm forecast the supplier must build to.
case("p36_au_portal_forecast_firm_build_to", ["RG008"], "Portal demand plan labels forecast quantities as firm and committed, supplier to produce and hold stock to them.", [
    ("SCF_supplier_hub_demand_plan.html", html_page("SCF Supplier Hub - Demand plan", txt("""
<h1>Southern Cross Fixings &middot; Supplier Hub</h1>
<p>Supplier: <b>Ludhiana Anchor Fasteners Pvt. Ltd.</b> &middot; Plan issued 03/06/2024 by Procurement</p>
<h2>12-month demand plan &mdash; FIRM</h2>
<div class="note">These forecast quantities are committed. Supplier to produce and hold stock to the quantities below;
Southern Cross Fixings will call off against this stock through the year.</div>
<table>
<tr><th>Item</th><th>Description</th><th>Jul-Sep 24</th><th>Oct-Dec 24</th><th>Jan-Mar 25</th><th>Apr-Jun 25</th><th>Total</th></tr>
<tr><td>LAF-TB-16150</td><td>Through-bolt M16 x 150, HDG</td><td>6,000</td><td>6,000</td><td>4,000</td><td>6,000</td><td>22,000</td></tr>
<tr><td>LAF-TB-12100</td><td>Through-bolt M12 x 100, zinc</td><td>15,000</td><td>15,000</td><td>10,000</td><td>15,000</td><td>55,000</td></tr>
<tr><td>LAF-SA-10</td><td>Sleeve anchor M10 x 75</td><td>8,000</td><td>8,000</td><td>6,000</td><td>8,000</td><td>30,000</td></tr>
</table>
<p style="font-size:11px;color:#666">Supplier Hub &middot; support: supplierhub@southerncrossfixings.com.au</p>
"""))),
])

# p37: covering mail says thirty samples, attached PO says 24.
_p37_po = pdf([
    ("h1", "Pennine Doorsets Ltd"),
    ("h", "PURCHASE ORDER PDS-5561"),
    ("table", [
        ["Supplier", "Date", "Delivery"],
        ["Tainan Precision Hinge Ind. Co., Ltd", "21/05/2024", "DAP Brighouse, wk 26"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Description", "Qty", "Unit USD", "Scope"],
        ["1", "Lift-off hinge 100x88, 304 satin, EN 1935 grade 13, for FD30 doorsets", "24", "3.40", "sample"],
    ]),
    ("sp",),
    ("p", "Sample PO. The balance of 4,776 (quoted 4,800) is not released and is held until the FD30 fire test is signed "
          "off and Natalie Brooks, Purchasing Manager, issues a written production release."),
    ("p", "Material authority: sample-only."),
], title="PO PDS-5561", author="Pennine Doorsets")
case("p37_uk_tw_mail_30_po_24", ["RG011"], "Covering mail asks for thirty (30) sample hinges; the attached PO for the same order says 24. Hold, event and releaser are stated.", [
    ("PO_PDS-5561_lift-off_hinges.eml", eml_bytes(mail(
        "Natalie Brooks <n.brooks@penninedoorsets.co.uk>", "Vivian Huang <vivian@tainanprecisionhinge.com.tw>",
        "PO PDS-5561 - lift-off hinges - samples for FD30 test",
        "Tue, 21 May 2024 15:02:00 +0100",
        txt("""
Hi Vivian,

PO PDS-5561 attached. Please make thirty (30) sample lift-off hinges for our FD30 fire test and the hanging trial on the line.

Everything beyond the samples is on hold - not released - until the fire test is signed off and I send a written production release. Material for the samples only please.

Kind regards,
Natalie
""") + sig("Natalie Brooks", "Purchasing Manager", "Pennine Doorsets Ltd", "+44 1484 496 021"), html="auto",
        attachments=[("PO_PDS-5561.pdf", _p37_po, PDF_MT)]))),
])

# p38: full-quantity PO: header total 500, line 550.
case("p38_us_tw_full_po_header_500_line_550", ["RG011"], "Full-quantity PO whose header states 500 closers while the only line (and its value) is for 550.", [
    ("PO_88617_closers.pdf", pdf([
        ("h1", "Keystone Door Supply, Inc."),
        ("h", "PURCHASE ORDER 88617"),
        ("table", [
            ["Vendor", "Total order quantity", "Incoterm", "Date"],
            ["Taichung Kuo-Feng Door Controls Co., Ltd.", "500 closers", "FOB Taichung", "05/24/2024"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit USD", "Ext. USD"],
            ["1", "KF-850-AL-PA", "Door closer ANSI A156.4 Grade 1, aluminum, parallel arm, UL 10C listed", "550", "21.50", "11,825.00"],
        ]),
        ("sp",),
        ("p", "This PO is for the complete quantity. No sample stage, no balance, no further call-offs."),
        ("p", "Ship complete by August 30, 2024 to Keystone DC #2, Cranberry Twp PA."),
        ("p", "Authorized signatory: Priya Nair, Sourcing Manager"),
    ], pagesize=LETTER, title="PO 88617", author="Keystone Door Supply")),
])

# p39: multi-file: LPO revision says 1,000 released, release letter says 1,200.
_p39_lpo = txt("""
MWANGI & OTIENO BUILDERS LTD - ERP                            LPO REVISION
---------------------------------------------------------------------------
LPO NO      : MOB/2024/0497   REV 2          DATE : 03/06/2024
SUPPLIER    : LUDHIANA ANCHOR FASTENERS PVT LTD (V-0433)
PROJECT     : UPPER HILL OFFICE TOWER
---------------------------------------------------------------------------
ITEM  DESCRIPTION                        ORDER QTY    UNIT   PRICE USD
 1    SLEEVE ANCHOR M10 X 75, ZINC          5,000     PCS        0.19
---------------------------------------------------------------------------
RELEASED FOR PRODUCTION (TO DATE) :  1,000 PCS
BALANCE ON HOLD                   :  4,000 PCS  - NOT RELEASED UNTIL SITE
                                     PULL-OUT TEST LEVEL 3 IS SIGNED OFF
                                     AND WRITTEN RELEASE BY P. MWANGI
MATERIAL AUTHORITY                :  RELEASED QTY ONLY
---------------------------------------------------------------------------
REV 2 REASON: SECOND RELEASE AFTER LEVEL 2 TEST
AUTHORISED: P. MWANGI, PROCUREMENT MANAGER
""")
_p39_rel = pdf([
    ("h1", "Mwangi & Otieno Builders Ltd"),
    ("h", "PRODUCTION RELEASE No. 2 - LPO MOB/2024/0497"),
    ("p", "To: Ludhiana Anchor Fasteners Pvt. Ltd., Mr. Harpreet Singh   Date: 03/06/2024"),
    ("table", [
        ["", "Qty (pcs)"],
        ["LPO quantity (sleeve anchor M10 x 75)", "5,000"],
        ["Released under releases No. 1 and No. 2 (total)", "1,200"],
        ["Balance on hold, not released", "3,800"],
    ]),
    ("sp",),
    ("p", "The level 2 pull-out tests were signed off on 31/05/2024. We therefore release production up to a total of "
          "1,200 pcs. The balance of 3,800 pcs remains on hold until the Level 3 pull-out test is signed off and a further "
          "written release is issued by the undersigned."),
    ("p", "Peter Mwangi, Procurement Manager"),
], title="Production release 2", author="Mwangi & Otieno Builders")
case("p39_ke_in_multifile_lpo_rev_1000_release_1200", ["RG011"], "Folder: LPO rev 2 says 1,000 pcs released to date, the production release letter of the same day says 1,200; covering mail sends both.", [
    ("LPO_MOB-2024-0497_REV2.txt", _p39_lpo),
    ("Production_Release_2_MOB-2024-0497.pdf", _p39_rel),
    ("Release_2_cover_mail.eml", eml_bytes(mail(
        "Peter Mwangi <p.mwangi@mwangiotieno.co.ke>", "Harpreet Singh <harpreet@ludhiana-anchor.in>",
        "LPO MOB/2024/0497 rev 2 and Production Release No. 2 - sleeve anchors",
        "Mon, 03 Jun 2024 12:15:00 +0300",
        txt("""
Dear Harpreet,

Greetings. The Level 2 pull-out tests at Upper Hill were signed off on Friday, thank you for the good results.

Kindly find attached our LPO MOB/2024/0497 revision 2 and the Production Release No. 2. Please plan the next shipment accordingly and share the packing list before loading.

Kind regards,
Peter Mwangi
Procurement Manager
Mwangi & Otieno Builders Ltd
""")))),
])

# p40: DOCX call-off: text says 600 kits, floor table totals 660.
case("p40_uk_cn_docx_calloff_600_vs_660", ["RG011"], "Call-off text releases 600 door kits for Block D while its own per-floor table lists 6 x 110 = 660.", [
    ("CallOff_5_Harbour_Yard_Block_D.docx", docx_bytes([
        ("h1", "Hollins & Marsh Contractors Ltd - Call-off 5"),
        ("p", "Frame order HM-FO-0098 (door ironmongery kits)  |  Supplier: Foshan Jinli Metal Products Co., Ltd  |  "
              "Project: Harbour Yard  |  Date: 10/06/2024"),
        ("p", "This call-off releases 600 door kits for Block D. Kitting per door, one carton per door, labelled with the "
              "door number from the ironmongery schedule (e.g. D-03-05)."),
        ("table", [
            ["Level", "Doors / kits", "Delivery week"],
            ["D Level 1", "110", "30"],
            ["D Level 2", "110", "30"],
            ["D Level 3", "110", "32"],
            ["D Level 4", "110", "32"],
            ["D Level 5", "110", "34"],
            ["D Level 6", "110", "34"],
            ["Total Block D", "660", ""],
        ]),
        ("sp",),
        ("p", "Blocks E and F (1,140 kits) are not released. They stay on hold until the Block D handover inspection is "
              "passed and the next call-off is signed by Jo Mercer, Senior Buyer."),
        ("p", "Material authority: for Block D kits only."),
        ("p", "Jo Mercer, Senior Buyer"),
    ], author="Hollins & Marsh")),
])

# p41: WhatsApp: pasted PO says 12 samples, buyer asks for 20 'as per the PO'; forecast offered as firm.
case("p41_uk_cn_whatsapp_12_vs_20_forecast_firm", ["RG008", "RG011"], "Chat: pasted PO text says QTY 12 samples, the buyer then asks for 20 samples 'as per the PO'; buyer also says the 18k forecast for another pivot can be taken as firm.", [
    ("WhatsApp_Chat_Ashdown_Hengda_pivots.txt", txt("""
[28/05/2024, 10:02:13] Claire Hutton (Ashdown): Morning Lily, PO going over by email now, pasting the key bits here so you have them on your phone:
[28/05/2024, 10:02:58] Claire Hutton (Ashdown): PO ADH-7760 | PH-180 pivot hinge 180 kg, SSS | QTY 12 | SAMPLE ONLY | balance of the 5,000 quoted NOT released - on hold until fire test sign-off + my written release (Claire Hutton, Product Manager) | material: samples only
[28/05/2024, 10:15:40] Lily Zhang (Hengda): Good morning Claire, received with thanks 😊
[28/05/2024, 16:47:22] Claire Hutton (Ashdown): Lily please send 20 samples as per the PO, boxed separately, we need some for the sales team too
[28/05/2024, 16:49:05] Claire Hutton (Ashdown): and fyi our 2025 forecast for the PH-120 pivot (the 120 kg one, separate order) is 18k pcs - you can take that as firm, we're good for it
[28/05/2024, 17:30:11] Lily Zhang (Hengda): OK Claire, noted 👍 Samples ETD 14 June
""")),
])

# p42: words and digits disagree: 'twenty-four (42)'.
_p42_html = txt("""
<p>Dear Emre,</p>
<p>Kindly supply <b>twenty-four (42)</b> sample push-bar panic exits BK-PB-900 (EN 1125, silver) under our LPO SHD/PO/24/126, for fire-door trials with two of our customers in Mombasa and Nairobi.</p>
<p>The balance of the 600 pcs you quoted is not released. It is on hold until the samples pass the fire-door trial and I, Hassan Omar, Purchasing Manager, send a written release with the quantity.</p>
<p>Material for the samples only, please.</p>
<p>Regards,<br>Hassan Omar</p>
""")
case("p42_ke_tr_twenty_four_42", ["RG011"], "The sample quantity is written 'twenty-four (42)': words and digits give two different authorized quantities in one sentence.", [
    ("LPO_SHD-PO-24-126_panic_exits.eml", eml_bytes(mail(
        "Hassan Omar <hassan.omar@savannahhardware.co.ke>", "Emre Yildiz <emre.yildiz@bursakilit.com.tr>",
        "LPO SHD/PO/24/126 - sample panic exits",
        "Thu, 30 May 2024 09:25:00 +0300",
        txt("""
Dear Emre,

Kindly supply twenty-four (42) sample push-bar panic exits BK-PB-900 (EN 1125, silver) under our LPO SHD/PO/24/126, for fire-door trials with two of our customers in Mombasa and Nairobi.

The balance of the 600 pcs you quoted is not released. It is on hold until the samples pass the fire-door trial and I, Hassan Omar, Purchasing Manager, send a written release with the quantity.

Material for the samples only, please.

Regards,
Hassan Omar
Purchasing Manager
Savannah Hardware Distributors Ltd, Mombasa
"""), html=_p42_html))),
])

# p43: Chinese supplier puts the balance into production on receipt of the deposit.
_p43_quoted = txt("""
On Tue, 21 May 2024 at 08:05, Rhys Tan <rhys.tan@kestrelconstruct.com.au> wrote:

Kevin,
PO KC-PO-24-0662 attached: eight (8) sample post bases 100x100, HDG, for the engineer's check.
The balance of 1,592 is not released and stays on hold until the engineer signs off the samples and I send you a written release with the quantity. Release is me, Rhys Tan, Procurement Lead. Material: samples only.
The 30% deposit on your PI JL-PI-2405-118 (to hold your galvanising slot) will go through this week.
Rhys
""")
case("p43_cn_au_deposit_received_production_planned", ["RG012"], "Supplier treats receipt of the deposit as the start of mass production of the balance; quoted buyer scope (8 samples, hold, event, Rhys Tan) is complete.", [
    ("Re_KC-PO-24-0662_deposit.eml", eml_bytes(mail(
        "Kevin Chen <kevin.chen@jinli-metal.cn>", "Rhys Tan <rhys.tan@kestrelconstruct.com.au>",
        "Re: KC-PO-24-0662 post bases",
        "Mon, 27 May 2024 11:36:00 +0800",
        txt("""
Dear Rhys,

We received your 30% deposit USD 3,840 today, thank you very much.

So your order is confirmed now and we put it into the production plan: mass production of the balance starts 10 June, finish 28 June, then galvanising. The 8 samples ship this Friday by DHL.

Best regards,
Kevin Chen
Sales Manager, Foshan Jinli Metal Products Co., Ltd
""") + "\n" + quote(_p43_quoted) + "\n", in_reply_to="<h94-kc-0662@kestrelconstruct.com.au>"))),
])

# p44: Turkish supplier: PO 'released' (accepted by finance) so production 'released' automatically.
_p44_quoted = txt("""
On 22 May 2024, at 14:10, Gareth Pryce <g.pryce@brookfield-bm.co.uk> wrote:

Ayse,
PO BBM-4702 attached: five (5) sample cast iron gate stops, mushroom type, black.
The balance of 995 is not released until the conservation officer has signed off the samples and I send you a written release. That release can only come from me, Gareth Pryce, Category Manager.
Gareth
""")
case("p44_tr_uk_po_accepted_production_released", ["RG009", "RG012"], "Supplier says the PO is 'released' in its system (accepted by finance) and therefore production is 'released' automatically; PO acceptance read as production authority.", [
    ("Re_BBM-4702_gate_stops.eml", eml_bytes(mail(
        "Ayse Demir <ayse.demir@kayseridokum.com.tr>", "Gareth Pryce <g.pryce@brookfield-bm.co.uk>",
        "Re: PO BBM-4702 gate stops",
        "Fri, 24 May 2024 10:20:00 +0300",
        txt("""
Dear Mr. Gareth,

Good news: your PO BBM-4702 is released in our system, it was accepted by our finance department yesterday. Therefore production is released automatically, casting of the balance starts next Monday together with the 5 samples, so we use one melt.

Best regards,
Ayse Demir
Export Department
Kayseri Dokum San. A.S.
""") + "\n" + quote(_p44_quoted) + "\n", in_reply_to="<h94-bbm-4702@brookfield-bm.co.uk>"))),
])

# p45: Kenyan buyer letter: advance payment authorises manufacture of the full 1,500.
case("p45_ke_in_docx_advance_authorises_manufacture", ["RG012"], "Full-quantity LPO letter: 'upon receipt of our 40% advance payment you are authorised to commence manufacture of the 1,500 pcs' ties production to payment.", [
    ("Letter_of_instruction_SHD-PO-24-131.docx", docx_bytes([
        ("h1", "Savannah Hardware Distributors Ltd"),
        ("p", "Moi Avenue, Mombasa  |  P.O. Box 90411-80100  |  Tel +254 41 222 0000"),
        ("h", "Letter of instruction - LPO SHD/PO/24/131"),
        ("p", "To: Ludhiana Anchor Fasteners Pvt. Ltd., Attn. Mr. Harpreet Singh   Date: 04/06/2024"),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Total USD"],
            ["1", "Anchor bolt M16 x 300, J-type, HDG, with nut and washer", "1,500", "0.86", "1,290.00"],
        ]),
        ("sp",),
        ("p", "This LPO is for the full quantity of 1,500 pcs. There is no sample stage and no balance."),
        ("p", "Upon receipt of our 40% advance payment in your account, you are authorised to commence manufacture of the "
              "1,500 pcs. The remaining 60% is payable against copy of B/L."),
        ("p", "Shipment: CFR Mombasa, by 31/07/2024. Kindly mark each bundle with the LPO number."),
        ("p", "Hassan Omar, Purchasing Manager"),
    ], author="Savannah Hardware Distributors")),
])

# ==== END OF CASES ====


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(9494).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
        folder = f"h94_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean) -> {OUT}")


if __name__ == "__main__":
    build()
