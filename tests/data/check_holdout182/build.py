#!/usr/bin/env python3
"""Generator for the releasegate check_holdout182 corpus (horticulture containers).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout182/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffle seeded with 182182).
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
    m["Message-ID"] = msgid or f"<h182-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h182")
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


# ----------------------------------------------------------------- h182 helpers
def T(s):
    """Hand-written text block: drop the first newline of a triple-quoted string."""
    return s[1:] if s.startswith("\n") else s


def quote(s):
    """Prefix every line with '>' the way mail clients quote a reply (nested: '>>')."""
    out = []
    for line in s.rstrip("\n").split("\n"):
        if not line.strip():
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out) + "\n"


def hq(s):
    """Quoted text for the HTML alternative of a reply."""
    return ("<blockquote style=\"border-left:2px solid #999;margin-left:4px;padding-left:8px\">"
            + escape(s).replace("\n", "<br>\n") + "</blockquote>")


def hp(s):
    """Plain paragraphs to HTML (blank line = new paragraph)."""
    return "\n".join("<p>" + escape(par).replace("\n", "<br>\n") + "</p>"
                     for par in s.strip("\n").split("\n\n"))


def P(blocks, **kw):
    """pdf() with a guard: the standard PDF fonts only cover cp1252."""
    for b in blocks:
        texts = [b[1]] if len(b) > 1 and isinstance(b[1], str) else (
            [str(c) for r in b[1] for c in r] if len(b) > 1 else [])
        for t in texts:
            t.encode("cp1252")
    return pdf(blocks, **kw)


def D(blocks, author="unknown"):
    return docx_bytes(blocks, author=author)


def E(m):
    return eml_bytes(m)


# people and companies (all fictional)
VLH = "Boomkwekerij Van Leeuwen-Hoogendam B.V."
MARIEKE = "Marieke de Graaf <m.degraaf@vlh-boskoop.nl>"
HV = "Hawthorn & Vale Garden Centres Ltd"
FIONA = "Fiona Marsh <fiona.marsh@hawthornvale.co.uk>"
WBG = "Willamette Bloom Growers, Inc."
DANA = "Dana Kowalczyk <dkowalczyk@willamettebloom.com>"
FYN = "Fynbo Potteplanter A/S"
METTE = "Mette Kjær <mkj@fynbo-potteplanter.dk>"
ZP = "ZielPlast Sp. z o.o."
TOMASZ = "Tomasz Wiśniewski <t.wisniewski@zielplast.pl>"
VK = "Vervoort Kunststoffen NV"
KOEN = "Koen Vervoort <koen@vervoort-kunststoffen.be>"
ELS = "Els Declercq <orders@vervoort-kunststoffen.be>"
GL = "Green Leaf Plastics Co., Ltd"
LAN = "Nguyen Thi Lan <lan.nguyen@greenleafplastics.vn>"
CHAU = "Pham Minh Chau <chau.pham@greenleafplastics.vn>"
JY = "Taizhou Huangyan Jinyuan Horticulture Products Co., Ltd."
LINDA = "Linda Chen <linda@jinyuan-hort.cn>"
KEVIN = "Kevin Zhou <kevin.zhou@jinyuan-hort.cn>"
AM = "Poterie Horticole Al Massira SARL"
YOUSSEF = "Youssef El Amrani <y.elamrani@almassira-poterie.ma>"
SAMIRA = "Samira Benali <export@almassira-poterie.ma>"


# =================================================================== CLEAN (25)

# c01 -- supplier quote with sample and production tiers; nothing authorized
case("c01", [], "supplier quote with a sample tier and two production tiers; a quote alone authorizes nothing", [
    ("ZP_oferta_Q-2024-0611.txt", T("""
ZIELPLAST Sp. z o.o.
ul. Wrocławska 118, 62-800 Kalisz, Polska
NIP 618-20-44-917 | ISO 9001:2015 | ISO 14001:2015
============================================================================
OFERTA / QUOTATION            No. Q-2024/0611              Kalisz, 06.05.2024
============================================================================
Customer : Boomkwekerij Van Leeuwen-Hoogendam B.V., Boskoop (NL)
Attn.    : Mrs Marieke de Graaf, Inkoop
Your RFQ : e-mail 29.04.2024 "P9 taupe gerecycled"

Item     : VP09-095-TA   square pot 9 x 9 x 9,5 cm, 0,55 l
Material : PP 100% post-consumer recycled, colour taupe (NIR-detectable)
Drawing  : ZP-DRW-0950 rev 3           Mould: 8-cavity, existing (no tool cost)

  Tier                 Qty (pcs)      Price EUR / 1000 pcs    Lead time
  -------------------  -------------  ----------------------  ----------------
  Samples                    500      free of charge          2 weeks
  Production tier 1       48.000      EUR 41,80               4-5 weeks
  Production tier 2       96.000      EUR 39,60               6 weeks
  MOQ per colour          24.000

Packing  : 1 170 pcs per carton, 24 cartons per EUR pallet (1200 x 800)
Delivery : FCA Kalisz, or DAP Boskoop + EUR 310,00 per truck (33 pallets)

Remarks:
 1. This is a quotation only, not an order confirmation. Valid 60 days.
 2. The production tiers are price levels. Lead times count from your
    written order/release for production, not from the sample order.
 3. Samples we can send 2 weeks after your PO for samples.
Payment : 30 days net from invoice date.

With best regards / Z poważaniem
Tomasz Wiśniewski
Key Account Manager Benelux
tel. +48 62 555 14 20 | t.wisniewski@zielplast.pl
""")),
])

# c02 -- buyer RFQ with three volume scenarios, multipart/alternative
_txt = T("""
Hi Linda,

Hope all is well in Taizhou. We're looking at re-sourcing our #1 (trade gallon)
nursery container for the 2025 season and would like a quote from Jinyuan.

Part: NC-1G-164, 164 mm top, black PP, 12 drain holes, fits our Javo line
(spec sheet same as last year, rev C).

Please quote three volume scenarios:
  A) 5,000 pcs
  B) 25,000 pcs
  C) 60,000 pcs (only if we consolidate both Aurora and Canby sites)

Plus twenty (20) samples for a run on our potting line.

Just so it's clear on your side: this is a request for quotation. It is not an
order, and nothing in this mail authorizes production or buying material. If
we move forward you'll get a PO from us.

A few questions:
- Do you have a mold for the 164 mm top, or is it new tooling?
- UV stabilization: any test data per ISO 4892-2? We'd like to see 1000 h.
- Lead time FOB Ningbo for each scenario?

Quote by May 24 would be great. Thanks!
Dana
""") + sig("Dana Kowalczyk", "Purchasing Manager", WBG + " | Aurora, OR", "+1 503 555 0142")
_html = ("<p>Hi Linda,</p><p>Hope all is well in Taizhou. We're looking at re-sourcing our #1 (trade gallon) "
         "nursery container for the 2025 season and would like a quote from Jinyuan.</p>"
         "<p>Part: <b>NC-1G-164</b>, 164 mm top, black PP, 12 drain holes (spec rev C).</p>"
         "<table><tr><th>Scenario</th><th>Qty</th></tr><tr><td>A</td><td>5,000 pcs</td></tr>"
         "<tr><td>B</td><td>25,000 pcs</td></tr><tr><td>C (both sites)</td><td>60,000 pcs</td></tr></table>"
         "<p>Plus twenty (20) samples for a run on our potting line.</p>"
         "<p><i>Just so it's clear on your side: this is a request for quotation. It is not an order, and nothing "
         "in this mail authorizes production or buying material. If we move forward you'll get a PO from us.</i></p>"
         "<ul><li>Do you have a mold for the 164 mm top, or is it new tooling?</li>"
         "<li>UV stabilization: any test data per ISO 4892-2? We'd like to see 1000 h.</li>"
         "<li>Lead time FOB Ningbo for each scenario?</li></ul><p>Quote by May 24 would be great. Thanks!<br>Dana</p>")
case("c02", [], "buyer RFQ with three volume scenarios, explicitly not an order", [
    ("RFQ_NC-1G-164_2025.eml", E(mail(DANA, LINDA, "RFQ - #1 nursery containers NC-1G-164, 3 volume scenarios",
                                      "Mon, 13 May 2024 08:41:00 -0700", _txt, html=_html))),
])

# c03 -- supplier asks for the balance; buyer answers with the full scope
case("c03", [], "supplier's go-ahead question answered: 500 samples only, 9,500 on hold until QA sign-off and Graham Pell's written release", [
    ("WhatsApp_Chat_GreenLeaf_Lan.txt", T("""
[14/05/2024, 08:02:11] Nguyen Thi Lan (Green Leaf): Good morning Ms Fiona! Samples HB-30 hanging basket 500 pcs is finish today, photo here
[14/05/2024, 08:02:40] Nguyen Thi Lan (Green Leaf): <attached: 00000041-PHOTO-2024-05-14-08-02-40.jpg>
[14/05/2024, 08:03:15] Nguyen Thi Lan (Green Leaf): We can have the go-ahead for the balance 9.500 baskets? our line is free from 27/5 so we want to book it for you
[14/05/2024, 09:31:02] Fiona Marsh: Morning Lan, they look smashing, thank you!
[14/05/2024, 09:33:47] Fiona Marsh: Not yet I'm afraid. Please just ship the 500 samples on PO HV-40211. The balance of 9,500 stays on hold - it is NOT released.
[14/05/2024, 09:34:30] Fiona Marsh: Priya has to sign the samples off first (drop test + UV check), then Graham Pell sends you a written release. Nothing gets made before that, and no wire or coir bought beyond the samples pls
[14/05/2024, 09:35:02] Nguyen Thi Lan (Green Leaf): Ok we understand, we wait the written release from Mr Graham. Thank you so much
[14/05/2024, 09:35:10] Fiona Marsh: 👍
""")),
])

# c04 -- clearly labelled forecast
case("c04", [], "rolling forecast labelled non-binding, not a PO, no material authority", [
    ("Fynbo_rolling_forecast_RP17_wk36-52.pdf", P([
        ("h1", "Rolling forecast - NOT AN ORDER"),
        ("p", "Fynbo Potteplanter A/S, Odense  |  to: ZielPlast Sp. z o.o., Kalisz  |  issued 12.08.2024"),
        ("p", "Article: RP17-1350 round pot 17 cm, 1,35 l, terracotta colour (frame agreement FA-2024-07)"),
        ("table", [["Week", "Forecast qty (pcs)", "Status"],
                   ["36-39", "12.000", "forecast"], ["40-43", "16.000", "forecast"],
                   ["44-47", "9.000", "forecast"], ["48-52", "4.500", "forecast"],
                   ["Total wk 36-52", "41.500", "forecast"]]),
        ("sp",),
        ("p", "This forecast is non-binding and is given for capacity planning only. It is not a purchase "
              "order, it does not authorize production and it gives no material authority. The only firm "
              "quantities are the ones on call-offs signed by Soren Dahl, COO."),
        ("p", "Questions: Mette Kjaer, indkob, +45 66 12 40 80"),
    ], title="Rolling forecast RP17 wk36-52", author="Fynbo Potteplanter A/S")),
])

# c05 -- sample sign-off scoped to fit check, production not released
case("c05", [], "sample sign-off 'approved for fit check only; production not released'; balance on hold until Graham Pell's written release", [
    ("SS-118_BK-60-7016_sample_signoff.docx", D([
        ("h1", "Sample sign-off record SS-118"),
        ("p", "Hawthorn & Vale Garden Centres Ltd - Product Technology"),
        ("table", [["Item", "BK-60-7016 balcony planter 60 cm, anthracite (RAL 7016)"],
                   ["Supplier", "Vervoort Kunststoffen NV, Roeselare"],
                   ["PO", "HV-40188 (sample line, 24 pcs)"],
                   ["Samples received", "24 pcs, 03/06/2024"],
                   ["Checked by", "Priya Shah, Product Technologist"]]),
        ("h", "Checks"),
        ("table", [["Check", "Requirement", "Result"],
                   ["Fit on store fixture TB-60 bracket", "no gap > 2 mm", "OK"],
                   ["Drainage plug", "removable by hand", "OK"],
                   ["Colour vs. RAL 7016 master", "dE < 1,5", "dE 0,9 OK"],
                   ["Frost test -15 C, 24 h", "no cracks", "not yet done"]]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only; production not released."),
        ("p", "This record is a technical sample sign-off. It is not a production release and it does "
              "not change any quantity. The 7,750 planters of the production balance on PO HV-40188 remain "
              "on hold until the frost test is passed and Graham Pell (Head of Sourcing) issues a written "
              "production release."),
        ("p", "Signed: Priya Shah, 05/06/2024"),
    ], author="Priya Shah")),
])

# c06 -- buyer portal PO for the full quantity
case("c06", [], "portal PO for the full and final 12,000 inserts; 'proceed with the full 12,000' is scoped; no balance", [
    ("WBG_supplier_portal_PO_7300-412.html", html_page("PO 7300-412 - Willamette Bloom supplier portal", T("""
<h2>Willamette Bloom Growers &mdash; Supplier Portal</h2>
<p>Logged in as: Jinyuan Horticulture (vendor 2041) &nbsp;|&nbsp; <a href="#">Open POs</a> &nbsp;|&nbsp; <a href="#">ASN</a></p>
<h3>Purchase Order 7300-412 &nbsp; <small>rev 0 &middot; issued 05/06/2024</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit (USD)</th><th>Ext (USD)</th><th>Need by</th></tr>
<tr><td>1</td><td>STI-1020-72</td><td>Seed tray insert, 72-cell, fits 1020 flat, black PS</td><td>12,000</td><td>EA</td><td>0.214</td><td>2,568.00</td><td>07/15/2024</td></tr>
</table>
<div class="note">
<p><b>Scope:</b> This PO is for the full and final quantity of 12,000 inserts. There is no sample line, no balance and no further quantity under this PO.</p>
<p>Proceed with the full 12,000. Ship in two containers if that helps your loading; one ASN per container please.</p>
</div>
<p>Spec: drawing WBG-STI-72 rev B; cell depth 57 mm; 1020 flat outside 10.5&quot; x 21&quot;. Incoterm FOB Ningbo. Terms net 45.</p>
<p>Buyer contact: Dana Kowalczyk &middot; +1 503 555 0142</p>
<p><button>Acknowledge PO</button> <button>Ask a question</button></p>
"""))),
])

# c07 -- EDI call-off with explicit staged material authority above the released qty
case("c07", [], "EDI call-off: 8.000 released (cum. 20.000), staged material authority up to 30.000, balance 40.000 on hold until next call-off signed by Soren Dahl", [
    ("DELFOR_DF-2024-0731-03.txt", T("""
FYNBO POTTEPLANTER A/S - AFRUF / CALL-OFF
EDIFACT DELFOR D.96A  - human readable print        printed 31.07.2024 14:02
--------------------------------------------------------------------------------
UNB  FYNBO:ZZ / ZIELPLAST:ZZ        interchange 000731031
BGM  241 DF-2024-0731-03            (delivery schedule, call-off 03)
DTM  137:20240731
NAD  BY  Fynbo Potteplanter A/S, Rugaardsvej 55, 5000 Odense C, DK
NAD  SE  ZielPlast Sp. z o.o., 62-800 Kalisz, PL
RFF  AAN FA-2024-07                 (frame agreement, annual plan 60.000 pcs)
LIN  1  RP17-1350  round pot 17 cm 1,35 l, terracotta colour

  QTY  Qualifier                               Qty (pcs)   Delivery
  ---  --------------------------------------  ---------   ------------
  113  released this call-off (03)                 8.000   wk 36, Odense
   70  cumulative released (call-offs 01-03)      20.000
   ZZZ material authority, staged (granulate     30.000   cumulative
       + masterbatch only, no moulding)
   ZZZ balance on hold - NOT released             40.000

FTX  AAI:
  Released for production and delivery now: 8.000 pcs (call-off 03).
  Material: you may hold PP granulate and masterbatch for up to 30.000 pcs
  cumulative at Fynbo's liability. Moulding beyond the released 20.000
  cumulative is not allowed.
  The balance of 40.000 pcs stays on hold until the next call-off. Each
  call-off is signed by Soren Dahl, COO; nothing else releases quantity.
UNT/UNZ  ok
--------------------------------------------------------------------------------
Contact indkob: Mette Kjaer +45 66 12 40 80
""")),
])

# c08 -- explicit, signed auto-conversion record
case("c08", [], "signed auto-conversion record naming the quantity (5.000), the signer of the sign-off, the deadline and conditions; rest on hold until Pieter Bakker's written release", [
    ("AC-2024-02_ST-40x60-12_overeenkomst.docx", D([
        ("h1", "Auto-conversion agreement AC-2024-02"),
        ("p", "Between Boomkwekerij Van Leeuwen-Hoogendam B.V., Boskoop (buyer) and Vervoort Kunststoffen NV, "
              "Roeselare (supplier)."),
        ("table", [["Article", "ST-40x60-12 shuttle tray 40 x 60 cm, 12 x P12 pots, black PP"],
                   ["PO", "4500-2249, line 10: 200 sample trays"],
                   ["Quoted production quantity", "20.000 trays (firm, season 2024-25)"],
                   ["Sample sign-off by", "Joost Verhoeven, Teeltmanager"],
                   ["Auto-conversion quantity", "5.000 trays (production lot 1)"]]),
        ("h", "What is agreed"),
        ("num", "If the 200 sample trays are signed off as 'approved' by Joost Verhoeven in a written sample "
                "sign-off dated no later than 14-06-2024, that sign-off releases 5.000 trays (production lot 1) "
                "by itself. No separate release letter is needed for these 5.000."),
        ("num", "Conditions: the sign-off must state that the trays pass the potting-line test (Javo line 3) and "
                "the CC-trolley fit check (565 x 1350 mm shelf). An interim or conditional sign-off does not "
                "trigger this agreement."),
        ("num", "The remaining 15.000 trays stay on hold. They are released only by a written release signed "
                "by Pieter Bakker, Operationeel directeur."),
        ("num", "Material authority: sample-only until the sign-off; after a qualifying sign-off, material for "
                "up to 5.000 trays."),
        ("num", "If no qualifying sign-off is issued by 14-06-2024 this agreement lapses and nothing is released."),
        ("sp",),
        ("table", [["For the buyer", "For the supplier"],
                   ["Pieter Bakker, Operationeel directeur - signed 21-05-2024",
                    "Koen Vervoort, Zaakvoerder - signed 22-05-2024"]]),
    ], author="Pieter Bakker")),
])

# c09 -- old quote forwarded as message/rfc822, declared informational
_old = mail(KOEN, FIONA, "Offerte 22-0912 - BK-60 balkonbak / balcony planter",
            "Thu, 15 Sep 2022 10:05:00 +0200", T("""
Dear Fiona,

As promised our offer 22-0912 for the BK-60 balcony planter, anthracite.

  Samples      120 pcs      free
  Series       40.000 pcs   EUR 1,18 / pc   (mould 4-cav, existing)
  Pallet       1 170 pcs / pallet

Prices valid until 31-12-2022, energy surcharge excluded.

Met vriendelijke groeten,
Koen
""") + sig("Koen Vervoort", "Zaakvoerder / Sales", VK + ", Roeselare (BE)", "+32 51 20 44 81"))
_txt = T("""
Hi Koen,

Forwarding your 2022 quote below purely for reference: Graham asked whether your
price per planter has moved since then. The 40.000 in that quote is old pricing
information only. It is not an order and nothing in it is released.

Your live scope is unchanged: PO HV-40233 covers 120 sample balcony planters
BK-60-7016 only. The production balance stays on hold until Priya has signed
off the samples and Graham Pell has sent you a written release.

Could you send updated prices for 10k / 20k / 40k when you have a minute?

Cheers,
Fiona
""") + sig("Fiona Marsh", "Senior Buyer, Outdoor Living", HV + ", Reading", "+44 118 496 0721")
case("c09", [], "2022 quote with 40.000 forwarded as rfc822 and declared informational; live scope 120 samples, hold until sign-off and Graham Pell's release", [
    ("Fwd_Offerte_22-0912.eml", E(mail(FIONA, KOEN, "Fwd: Offerte 22-0912 - BK-60 balkonbak / balcony planter",
                                       "Tue, 21 May 2024 11:20:00 +0100", _txt, cc="Graham Pell <graham.pell@hawthornvale.co.uk>",
                                       attachments=[("rfc822", _old)]))),
])

# c10 -- buyer corrects a quoted supplier line that assumes auto-conversion
_q = T("""
On Tue, May 28, 2024 at 9:12 PM Linda Chen <linda@jinyuan-hort.cn> wrote:
Dear Dana,

60 samples NC-1G-164 finished and packed, photos attached, DHL tomorrow.
Once you approve the samples we will roll straight into the 30,000 pcs,
resin is ready to order, so you can have goods before August.

Best regards
Linda Chen
Sales Dept. | Jinyuan Horticulture
""")
_txt = T("""
Linda,

Thanks for the photos, they look good. One correction though, and it's important:

Sample approval releases nothing by itself. Please do NOT start the 30,000 and do
not order resin for it. Right now you're authorized for the 60 samples on
PO 7300-398 only. The 30,000 production quantity is on hold until Tyler Brandt
has signed off the samples and Rick Olmstead (VP Operations) sends you a written
production release.

Thanks,
Dana
""") + sig("Dana Kowalczyk", "Purchasing Manager", WBG, "+1 503 555 0142") + "\n" + quote(_q)
case("c10", [], "buyer reply corrects the quoted supplier's 'roll straight into the 30,000': 60 samples only, hold until sign-off and Rick Olmstead's written release", [
    ("RE_NC-1G-164_samples_finished.eml", E(mail(DANA, LINDA, "RE: NC-1G-164 samples finished",
                                                 "Wed, 29 May 2024 07:58:00 -0700", _txt,
                                                 in_reply_to="<h182-linda-0528@jinyuan-hort.cn>"))),
])

# c11 -- chat: deposit explicitly does not release production
case("c11", [], "WhatsApp: supplier says the deposit does not release production; buyer confirms 150 samples only, 6.000 on hold until sign-off and Pieter Bakker's written release", [
    ("WhatsApp_Chat_Youssef_AlMassira.txt", T("""
02/05/2024, 10:14 - Marieke de Graaf: Hoi Youssef, the 30% deposit for PO 2024-0177 went out this morning, swift copy follows by mail
02/05/2024, 10:20 - Youssef El Amrani: Bonjour Marieke, merci beaucoup! bien noté. Just to be sure: the acompte does not release the production, yes? We make only the 150 échantillons TC-21 and we wait
02/05/2024, 10:26 - Marieke de Graaf: Exactly 👍 The deposit is for the mould adaptation and the samples, nothing else. Only the 150 sample pots now.
02/05/2024, 10:27 - Marieke de Graaf: The 6.000 stay on hold until Joost has signed off the samples and Pieter Bakker sends you the written release.
02/05/2024, 10:31 - Youssef El Amrani: Parfait, c'est noté. No clay bought for the 6.000 before the release. Samples ready fin mai inchallah
02/05/2024, 10:32 - Marieke de Graaf: Top, dank je!
""")),
])

# c12 -- supplier acknowledgement restating the hold, buyer scope quoted
_q = T("""
From: Fiona Marsh <fiona.marsh@hawthornvale.co.uk>
Sent: 04 June 2024 16:41
Subject: PO HV-40251 - BK-60-7016 samples

Hi Els,

Please find PO HV-40251 for 250 sample balcony planters BK-60-7016 (anthracite).
This PO covers the 250 samples only. The remaining 7,750 of your quote are not
released and stay on hold until Priya Shah has signed off the samples and Graham
Pell sends a written release. Material for the samples only, please.

Many thanks,
Fiona
""")
_txt = T("""
Dag Fiona,

Hereby we confirm good receipt of PO HV-40251, thank you.

We acknowledge the scope as written: 250 (two hundred fifty) sample planters
BK-60-7016, shipment week 24 to DC Didcot. The balance of 7.750 pcs is not
released; we do not plan it and we buy no granulate beyond the samples. We wait
for the written release of Mr Pell after the sample sign-off.

Met vriendelijke groeten / Kind regards,
Els
""") + sig("Els Declercq", "Customer Service / Order Desk", VK + ", Roeselare (BE)", "+32 51 20 44 80") + "\n" + quote(_q)
case("c12", [], "supplier acknowledgement restates 250 samples, 7.750 not released, sample-only material; quoted buyer scope complete", [
    ("RE_PO_HV-40251_samples.eml", E(mail(ELS, FIONA, "RE: PO HV-40251 - BK-60-7016 samples",
                                          "Wed, 05 Jun 2024 09:03:00 +0200", _txt,
                                          in_reply_to="<h182-fiona-0604@hawthornvale.co.uk>"))),
])

# c13 -- interim sample disposition with quantity and date limits
case("c13", [], "interim sample disposition limited to 2.000 pcs and 31.07.2024 (release R-24-031 by Søren Dahl); 18.000 not released until final sign-off and written release", [
    ("Fynbo_sample_disposition_TT-CC-24_interim.pdf", P([
        ("h1", "Sample disposition - INTERIM"),
        ("p", "Fynbo Potteplanter A/S, Odense - Produktion / Quality"),
        ("table", [["Article", "TT-CC-24 transport tray, 24 x 10,5 cm pots, for CC trolley shelf 1350 x 565 mm"],
                   ["Supplier", "ZielPlast Sp. z o.o., Kalisz (PL)"],
                   ["Order", "24-3326, 60 sample trays; quoted 20.000 trays season 2024/25"],
                   ["Disposition", "INTERIM - limited quantity and date"],
                   ["Signed", "Lars Holm, produktionschef, 18.06.2024"]]),
        ("h", "Test results"),
        ("table", [["Test", "Requirement", "Result"],
                   ["Fit on CC shelf 1350 x 565", "24 trays per 3 shelves, no overhang", "OK"],
                   ["Drop 1,2 m with 24 pots (wet)", "no cracks", "OK (10/10)"],
                   ["UV, ISO 4892-2, 1000 h", "no chalking, dE < 3", "OK, dE 1,8"],
                   ["Colour vs master", "terracotta master TC-7", "slightly darker - open point"]]),
        ("h", "Limits of the interim disposition"),
        ("p", "The colour is slightly darker than master TC-7. Until a new colour master is agreed, Fynbo accepts "
              "trays from the current colour batch within these limits: maximum 2.000 trays, delivered no later "
              "than 31.07.2024."),
        ("p", "Søren Dahl (COO) has released these 2.000 trays in writing (release R-24-031, 18.06.2024). "
              "The remaining 18.000 trays are not released. The next release requires a final sample sign-off "
              "with the new colour master and a new written release by Søren Dahl."),
        ("p", "Material authority: granulate and masterbatch for the 2.000 released trays only."),
    ], title="Sample disposition TT-CC-24 interim", author="Lars Holm")),
])

# c14 -- deviation permit that leaves quantities and release status untouched
case("c14", [], "deviation permit accepts a colour shade on the 500 sample pots and explicitly changes no quantity; 48.000 stays on hold", [
    ("DP-2024-009_afwijkingsvergunning.docx", D([
        ("h1", "Afwijkingsvergunning / Deviation permit DP-2024-009"),
        ("table", [["Article", "VP09-095-TA square pot 9 cm, taupe, PP recycled"],
                   ["Supplier", "ZielPlast Sp. z o.o., Kalisz"],
                   ["PO", "4500-2231 - 500 sample pots"],
                   ["Requested by", "Tomasz Wiśniewski (ZielPlast), 23-05-2024"],
                   ["Decision by", "Joost Verhoeven, Teeltmanager"]]),
        ("h", "Deviation"),
        ("p", "Colour of the sample batch is darker than the taupe master (dE 2,4 against max. 1,5), caused by a "
              "different post-consumer feedstock lot. Dimensions, weight (7,9 g) and NIR detection are within spec."),
        ("h", "Decision"),
        ("p", "Accepted for the 500 sample pots only, so the potting trial on line 3 can go on as planned."),
        ("p", "This permit does not change any quantity or the release status. PO 4500-2231 remains 500 sample pots. "
              "The production quantity of 48.000 is not released and stays on hold until the samples are signed "
              "off by Joost Verhoeven and Pieter Bakker sends a written release. Production colour must match the "
              "taupe master."),
        ("p", "Boskoop, 24-05-2024 - J. Verhoeven"),
    ], author="Joost Verhoeven")),
])

# c15 -- full-quantity ERP PO with many quantity-like identifiers
case("c15", [], "full and final PO for 100,000 label stakes, no balance; drawing revs, ISO/DIN numbers and unit numbers look like quantities", [
    ("HV-40277.txt", T("""
HAWTHORN & VALE GARDEN CENTRES LTD                         PURCHASE ORDER
Registered office: 12 Kennet Wharf, Reading RG1 3DX      VAT GB 318 4402 17
--------------------------------------------------------------------------------
PO No.   : HV-40277           Rev: 0          Date: 09/05/2024
Supplier : V-1020  Taizhou Huangyan Jinyuan Horticulture Products Co., Ltd.
Ship to  : Hawthorn & Vale DC, Unit 2500, Milton Park, Didcot OX14 4RX
Buyer    : Outdoor Living / Fiona Marsh
--------------------------------------------------------------------------------
Ln  Item          Description                           Qty      UoM  Unit USD   Ext USD
01  LS-100X16-W   Label stake 100x16 mm white PS         60,000  EA    0.0093    558.00
                  DRG 2500 Rev 12, print 1/0
02  LS-150X20-W   Label stake 150x20 mm white PS         40,000  EA    0.0141    564.00
                  DRG 2501 Rev 12, print 1/0
--------------------------------------------------------------------------------
                                              Total     100,000  EA            1,122.00
Notes:
 1. Full and final order quantity. No sample line, no balance, no further
    call-offs under this PO. Please make and ship both lines.
 2. Supplier certified to ISO 9001:2015 (cert. CN-9001-2015-0480).
    REACH SVHC < 0.1 %. Print adhesion per ISO 2409, 1 mm cross-cut, class 0-1.
 3. Packing 1000 pcs/bag, 20 bags/carton, carton max 18 kg, 40' HC.
    Carton label GS1-128, pallet height max 1600 mm.
 4. FOB Ningbo, ETD wk 24. Payment 60 days from B/L.
--------------------------------------------------------------------------------
This PO is subject to Hawthorn & Vale Terms of Purchase v4.1 (2023).
""")),
])

# c16 -- Teams chat with a go-ahead scoped to the 40 pilot units
case("c16", [], "Teams go-ahead scoped to 'the 40 pilot baskets only'; 8,000 on hold until Tyler's sign-off and Rick Olmstead's written release", [
    ("Teams_chat_export_HB-10_pilot.txt", T("""
Microsoft Teams - chat export
Chat: WBG / Green Leaf - HB-10 hanging basket
Participants: Dana Kowalczyk (Willamette Bloom), Tyler Brandt (Willamette Bloom), Pham Minh Chau (Green Leaf Plastics)

Dana Kowalczyk  5/20/2024 7:42 AM
Chau, PO 7300-431 is in your inbox. It covers the pilot lot only.

Pham Minh Chau  5/20/2024 7:50 AM
Thank you Dana. So we have go ahead now for the 40 pilot hanging basket 10 inch?

Dana Kowalczyk  5/20/2024 7:53 AM
Yes - go ahead with the 40 pilot baskets only. The 8,000 stay on hold, not released. Tyler signs off the pilots after a 3-week hang test, then Rick Olmstead sends you a written release for the production lot.

Tyler Brandt  5/20/2024 8:01 AM
+1. Pls send 2 with the M6 swivel hook and 2 with the 3-leg chain (3 x 50 cm), rest standard.

Pham Minh Chau  5/20/2024 8:04 AM
Noted with thanks, 40 pcs pilot only. We will not buy wire or liner for the 8,000 before the release.
""")),
])

# c17 -- PO with explicit staged material authority above the released qty
case("c17", [], "sample PO: 200 samples, 20.000 not released until Priya Shah's sign-off and Graham Pell's written release; explicit staged material authority up to 5.000", [
    ("HV-40290_purchase_order.pdf", P([
        ("h1", "PURCHASE ORDER HV-40290"),
        ("p", "Hawthorn & Vale Garden Centres Ltd, 12 Kennet Wharf, Reading RG1 3DX  |  Date 20/05/2024  |  Rev 0"),
        ("p", "Supplier: ZielPlast Sp. z o.o., ul. Wroclawska 118, 62-800 Kalisz, Poland (vendor V-0877)"),
        ("table", [["Line", "Item", "Description", "Scope", "Qty", "Unit EUR", "Total EUR"],
                   ["1", "RP13-HERB-G", "Herb pot 13 cm, sage green, PP recycled", "sample", "200", "0,00", "0,00"],
                   ["2", "RP13-HERB-G", "Herb pot 13 cm - production", "production - NOT RELEASED", "20.000", "0,0612", "(1.224,00)"]]),
        ("sp",),
        ("h", "Scope of this PO"),
        ("p", "Released now: line 1 only, 200 sample pots for shelf trials in our Reading and Henley stores."),
        ("p", "Line 2 (20.000 pots) is not released and is on hold. It is released only by a written production "
              "release signed by Graham Pell, Head of Sourcing, after Priya Shah (Product Technology) has signed "
              "off the samples."),
        ("h", "Material authority"),
        ("p", "Staged: ZielPlast may buy recycled PP granulate and masterbatch for up to 5.000 pots at Hawthorn & "
              "Vale's liability, so that the first production lot can start quickly after a release. No moulding "
              "beyond the 200 samples. Material beyond 5.000 pots is at the supplier's own risk."),
        ("p", "Delivery: DAP Didcot DC, samples by 14/06/2024. Terms of Purchase v4.1 apply."),
    ], title="PO HV-40290", author="Hawthorn & Vale")),
])

# c18 -- correctly scoped sample PO cover mail, multipart/alternative + PDF
_po = P([
    ("h1", "INDKOBSORDRE / PURCHASE ORDER 24-3318B"),
    ("p", "Fynbo Potteplanter A/S, Rugaardsvej 55, 5000 Odense C, Denmark  |  04.06.2024"),
    ("p", "Supplier: Green Leaf Plastics Co., Ltd, Tan Uyen, Binh Duong, Vietnam"),
    ("table", [["Pos", "Article", "Description", "Qty", "Price USD", "Scope"],
               ["1", "HB-25-BLK", "Hanging basket 25 cm with clip-on saucer, black", "30", "0,00", "samples"],
               ["-", "HB-25-BLK", "Quoted production quantity (not ordered)", "12.000", "0,71", "NOT RELEASED"]]),
    ("sp",),
    ("p", "This PO releases the 30 (thirty) sample baskets only. The 12.000 of quote GL-Q-24-052 are not "
          "released. Material for the samples only. The production quantity is released only after Lars Holm "
          "has signed off the samples, by a written release from Søren Dahl, COO."),
], title="PO 24-3318B", author="Fynbo Potteplanter A/S")
_txt = T("""
Dear Lan,

Please find attached our PO 24-3318B for the HB-25 hanging basket samples.

What you can do now: make and send 30 (thirty) sample baskets with saucer, by
air to Odense, latest 28.06.

What is not released: the 12.000 baskets of your quote GL-Q-24-052. Please do
not plan them and do not buy wire, PP or saucers for them. Material for the 30
samples only.

What happens next: Lars Holm tests the samples on our hanging line. After his
sign-off, Søren Dahl (COO) sends you a written release with the quantity. Only
that release opens production.

The production quantity in your quote is our forecast for 2025, not firm yet.

Venlig hilsen / Best regards
Mette
""") + sig("Mette Kjær", "Indkøber / Buyer", FYN + ", Odense", "+45 66 12 40 80")
_html = ("<p>Dear Lan,</p><p>Please find attached our PO <b>24-3318B</b> for the HB-25 hanging basket samples.</p>"
         "<table><tr><th></th><th>Quantity</th><th>Status</th></tr>"
         "<tr><td>Samples HB-25 with saucer</td><td>30 (thirty)</td><td><b>released - please make and send by 28.06</b></td></tr>"
         "<tr><td>Production (quote GL-Q-24-052)</td><td>12.000</td><td><b>NOT released</b> - do not plan, no material</td></tr></table>"
         "<p>Material for the 30 samples only.</p>"
         "<p>Next: Lars Holm tests the samples on our hanging line. After his sign-off, S&oslash;ren Dahl (COO) sends you a "
         "written release with the quantity. Only that release opens production.</p>"
         "<p>The production quantity in your quote is our forecast for 2025, not firm yet.</p><p>Venlig hilsen<br>Mette</p>")
case("c18", [], "sample PO mail (text+HTML) and PDF: 30 samples released, 12.000 not released, sample-only material, Lars Holm sign-off then Søren Dahl's written release", [
    ("PO_24-3318B_HB-25_samples.eml", E(mail(METTE, LAN, "PO 24-3318B - HB-25 samples (30 pcs)",
                                              "Tue, 04 Jun 2024 10:15:00 +0200", _txt, html=_html,
                                              attachments=[("PO_24-3318B.pdf", _po, PDF_MT)]))),
])

# c19 -- supplier portal status page restating the hold
case("c19", [], "supplier portal status: 60 samples shipped, 30,000 on hold awaiting Rick Olmstead's written release, sample-only material", [
    ("jinyuan_order_tracker_WBG.html", html_page("Order tracker - Jinyuan Horticulture", T("""
<h2>Jinyuan Horticulture &middot; Customer Order Tracker</h2>
<p>Customer: <b>Willamette Bloom Growers, Inc.</b> (Aurora, OR) &nbsp;|&nbsp; updated 2024-06-07 17:30 CST</p>
<table>
<tr><th>Customer PO</th><th>Item</th><th>Stage</th><th>Qty</th><th>Status</th></tr>
<tr><td>7300-398</td><td>NC-1G-164 #1 container black</td><td>Samples</td><td>60</td><td>Shipped 05-29 DHL 7729 1640 2041, delivered 06-03</td></tr>
<tr><td>7300-398</td><td>NC-1G-164 #1 container black</td><td>Production</td><td>30,000</td><td><b>ON HOLD</b> &ndash; not released</td></tr>
</table>
<div class="note">
<p><b>Production hold:</b> the 30,000 pcs are not released. We wait for the written production release from Mr Rick Olmstead (Willamette Bloom) after customer's sample sign-off by Mr Tyler Brandt. No production is scheduled.</p>
<p><b>Material:</b> sample-only. Resin for 30,000 pcs is NOT purchased. Lead time after release: 25 days (resin 10 days + molding 15 days).</p>
</div>
<p>Mold: T-164 (2-cavity), last maintenance 2024-04-12, 180,000 shots.</p>
<p>Contact: Linda Chen, Sales &middot; linda@jinyuan-hort.cn</p>
"""))),
])

# c20 -- WeChat: supplier asks to buy material for the full qty, buyer says no
case("c20", [], "WeChat: supplier asks to buy resin for 250,000; buyer refuses, material for 100 samples only, 250,000 on hold until sign-off and Rick Olmstead's release", [
    ("WeChat_Kevin_Zhou_Jinyuan.txt", T("""
WeChat chat history with Kevin Zhou (Jinyuan)
Exported 2024-06-05

2024-06-03 21:14  Kevin Zhou: Dana hi 😊 100 sample label stakes LS-WBG-150 printing tomorrow
2024-06-03 21:15  Kevin Zhou: one question, PS resin price up next month maybe 8%. can we buy resin for full 250,000 stakes now? save your cost
2024-06-04 07:02  Dana Kowalczyk: Hi Kevin, thanks for the heads-up. No, please don't. Material for the 100 samples only.
2024-06-04 07:03  Dana Kowalczyk: The 250,000 is not released. It stays on hold until Tyler signs off the samples and Rick Olmstead sends you a written release.
2024-06-04 07:04  Dana Kowalczyk: If resin is a real worry, send me a quote for a staged resin buy and we'll look at it, but nothing until then
2024-06-04 07:20  Kevin Zhou: ok understood 👌 only 100 pcs material
""")),
])

# c21 -- full-quantity PO with three schedule lines
case("c21", [], "full-quantity PO, 18.000 trays in three schedule lines; 'proceed with all three schedule lines (18.000 pcs in total)' is scoped; no balance", [
    ("PO_24-3402_Vervoort.pdf", P([
        ("h1", "INDKOBSORDRE / PURCHASE ORDER 24-3402"),
        ("p", "Fynbo Potteplanter A/S, Rugaardsvej 55, 5000 Odense C  |  date 01.07.2024  |  rev 0"),
        ("p", "Supplier: Vervoort Kunststoffen NV, Kachtemsestraat 210, 8800 Roeselare, Belgium"),
        ("p", "Article ST-40x60-15: shuttle tray 40 x 60 cm for 15 x 10,5 cm pots, black PP, drawing VK-ST-4060 rev 15"),
        ("table", [["Schedule line", "Qty (pcs)", "Delivery", "Price EUR/pc", "Value EUR"],
                   ["1", "6.000", "wk 34, Odense", "0,94", "5.640,00"],
                   ["2", "6.000", "wk 38, Odense", "0,94", "5.640,00"],
                   ["3", "6.000", "wk 42, Odense", "0,94", "5.640,00"],
                   ["Total", "18.000", "", "", "16.920,00"]]),
        ("sp",),
        ("p", "This PO is the full order. All 18.000 trays are ordered and released for production; there is no "
              "sample line and no balance. Please proceed with all three schedule lines (18.000 pcs in total)."),
        ("p", "Pallets: 600 trays per pallet, max height 2,2 m. Delivery DAP Odense. Payment 30 days net."),
        ("p", "Mette Kjær, indkøber"),
    ], title="PO 24-3402", author="Fynbo Potteplanter A/S")),
])

# c22 -- minutes (DOCX) that keep sign-off, PO and production release apart
_min = D([
    ("h1", "Verslag sample review VP09-095-TA"),
    ("p", "Datum: 11-06-2024, Boskoop / Teams. Aanwezig: Joost Verhoeven, Marieke de Graaf (VLH), "
          "Tomasz Wiśniewski (ZielPlast, via Teams)."),
    ("h", "1. Sample sign-off"),
    ("p", "The 500 sample pots passed the potting trial on line 3 (2 x 250 pots, 0 cracks, de-nesting OK). "
          "Joost Verhoeven signed off the samples (technical sign-off only)."),
    ("h", "2. Purchase order"),
    ("p", "PO 4500-2231 was issued for the 500 sample pots only. There is no production line on the PO."),
    ("h", "3. Production release"),
    ("p", "No production release is given. The production quantity of 48.000 pots stays on hold. A written "
          "production release will come from Pieter Bakker after the second potting trial in week 24."),
    ("h", "4. Material"),
    ("p", "Sample-only. ZielPlast buys no granulate for the 48.000 before the written release."),
    ("h", "Actions"),
    ("table", [["#", "Action", "Who", "When"],
               ["1", "Second potting trial, line 3, 250 pots from stock", "Joost", "wk 24"],
               ["2", "Colour master taupe v2 to ZielPlast", "Marieke", "14-06"],
               ["3", "Send sign-off report SR-24-031 to ZielPlast", "Joost", "12-06"]]),
], author="Marieke de Graaf")
_txt = T("""
Hoi Tomasz,

Attached the minutes of Tuesday's sample review, thanks for joining.

Short version: the samples are signed off (technical), PO 4500-2231 covers the
500 samples only, and the 48.000 are still on hold until Pieter Bakker sends the
written production release after our second trial in week 24. Please buy no
granulate for the production quantity before that.

Met vriendelijke groet,
Marieke
""") + sig("Marieke de Graaf", "Inkoper", VLH + ", Boskoop", "+31 172 21 34 50")
_html = hp(_txt.split("\n-- \n")[0])
case("c22", [], "cover mail (text+HTML) + DOCX minutes keep 'signed off' (technical), 'PO issued' (commercial) and 'production release' apart; 500 samples, 48.000 on hold until Pieter Bakker", [
    ("Verslag_sample_review_VP09.eml", E(mail(MARIEKE, TOMASZ, "Verslag sample review VP09 - 11-06",
                                               "Wed, 12 Jun 2024 08:30:00 +0200", _txt, html=_html,
                                               attachments=[("Verslag_sample_review_VP09_2024-06-11.docx", _min, DOCX_MT)]))),
])

# c23 -- X12 830 clearly labelled as planning forecast, FAB/MAT authorization zero
case("c23", [], "X12 830 planning schedule labelled forecast only, fabrication and material authorization zero", [
    ("X12_830_WBG-830-0412.txt", T("""
WILLAMETTE BLOOM GROWERS, INC. - EDI 830 PLANNING SCHEDULE (print)
Trading partner: JINYUAN HORT (ISA ID 2041JYH)      Printed 06/03/2024 06:00
--------------------------------------------------------------------------------
BFR*05*WBG-830-0412**DL*A*20240603*20241231*20240603~
      purpose 05=replace  schedule type DL=delivery based  qty type A=actual
N1*ST*WILLAMETTE BLOOM GROWERS AURORA OR*92*0100~
LIN**BP*NC-1G-164*VP*JY-C164-BLK~
UIT*EA~
ATH*FI*20240603*0**20240603~      fabrication authorization (cum)   0
ATH*MT*20240603*0**20240603~      material authorization (cum)      0
FST*6000*D*W*20240902~            wk of 09/02   6,000   D = planning
FST*6000*D*W*20240930~            wk of 09/30   6,000   D = planning
FST*9000*D*M*20241101~            Nov 2024      9,000   D = planning
FST*9000*D*M*20241201~            Dec 2024      9,000   D = planning
CTT*1*30000~
--------------------------------------------------------------------------------
NOTE TO SUPPLIER:
  FORECAST ONLY - PLANNING QUANTITIES, NOT AN ORDER.
  FAB AUTH = 0, MATERIAL AUTH = 0: nothing in this 830 authorizes
  production or material. Firm quantities come only on a PO release.
  Total horizon 30,000 EA (Sep-Dec 2024) for capacity planning.
Questions: purchasing@willamettebloom.com
""")),
])

# c24 -- partial production release letter with all four jobs
case("c24", [], "written release PR-2024-014: 3.000 of 9.500 released, 6.500 on hold until sell-through review and Graham Pell's next written release, staged material up to 3.000", [
    ("PR-2024-014_HB-30_production_release.docx", D([
        ("h1", "Production release PR-2024-014"),
        ("p", "Hawthorn & Vale Garden Centres Ltd, Reading - Sourcing"),
        ("p", "To: Green Leaf Plastics Co., Ltd, Binh Duong, Vietnam - attn. Ms Nguyen Thi Lan"),
        ("p", "Date: 03/06/2024"),
        ("table", [["PO", "HV-40211"],
                   ["Item", "HB-30 hanging basket 30 cm, black wire, coir liner, 3-leg chain"],
                   ["Samples", "500 pcs, signed off by Priya Shah on 28/05/2024 (sample sign-off SS-121)"],
                   ["Quoted production quantity", "9.500 pcs (firm)"],
                   ["Released by this letter", "3.000 pcs (three thousand)"],
                   ["Balance on hold (not released)", "6.500 pcs"]]),
        ("h", "Release"),
        ("p", "We hereby release 3.000 (three thousand) HB-30 baskets for production and shipment in July."),
        ("p", "The balance of 6.500 baskets is not released and stays on hold. The next release will follow our "
              "sell-through review in week 30 and will again be a written release signed by Graham Pell."),
        ("p", "Material authority: staged, up to 3.000 baskets' worth of wire, coir and chain. Please do not buy "
              "beyond that."),
        ("sp",),
        ("p", "Graham Pell, Head of Sourcing - signed 03/06/2024"),
    ], author="Graham Pell")),
])

# c25 -- EDIFACT PO printout + supplier acknowledgement mail with PDF order confirmation
_po_txt = T("""
BOOMKWEKERIJ VAN LEEUWEN-HOOGENDAM B.V.  -  EDI ORDERS (EDIFACT D.96A) print
Bericht / message ref. 00004500231801                 verzonden 16-05-2024 07:12
--------------------------------------------------------------------------------
BGM 220  4500-2318      (order)
DTM 137: 16-05-2024     DTM 2: 14-06-2024 (levering samples)
NAD BY   Van Leeuwen-Hoogendam B.V., Zijde 212, 2771 Boskoop NL
NAD SU   Green Leaf Plastics Co., Ltd, Tan Uyen, Binh Duong VN
LIN 10   PT-104-BLK   plug tray 104-cell, 535 x 310 mm, black PS
QTY 21   60 PCE       (samples)
PRI AAA  0,00 USD
FTX PUR:
  SAMPLES ONLY. This order covers 60 sample plug trays.
  Production quantity of quote GL-Q-24-061 (25.000 trays) is NOT
  released and is on hold until the samples are signed off by
  Joost Verhoeven and Pieter Bakker sends a written release.
  Material for the 60 samples only.
UNS/CNT  1 line
--------------------------------------------------------------------------------
Inkoper: M. de Graaf   tel. +31 172 21 34 50
""")
_oc = P([
    ("h1", "ORDER CONFIRMATION OC-24-0611"),
    ("p", "Green Leaf Plastics Co., Ltd - Lot C4, Tan Uyen Industrial Park, Binh Duong, Vietnam"),
    ("p", "Customer: Boomkwekerij Van Leeuwen-Hoogendam B.V., Boskoop  |  Customer PO: 4500-2318"),
    ("table", [["Item", "Description", "Qty", "Price", "Remark"],
               ["PT-104-BLK", "Plug tray 104-cell black PS, samples", "60 pcs", "FOC", "ETD 07-06-2024 by air"],
               ["PT-104-BLK", "Production (quote GL-Q-24-061)", "25.000 pcs", "USD 0,182", "NOT RELEASED - on hold"]]),
    ("sp",),
    ("p", "We confirm the scope of PO 4500-2318 as written: 60 sample trays only. The 25.000 trays are not "
          "released; we wait for the written release of Mr Pieter Bakker after sample sign-off by Mr Joost "
          "Verhoeven. Material purchased for samples only."),
], title="OC-24-0611", author="Green Leaf Plastics")
_q = T("""
From: Marieke de Graaf <m.degraaf@vlh-boskoop.nl>
Sent: Thursday, May 16, 2024 9:14 AM
Subject: Order 4500-2318 plug trays PT-104 - samples

Dear Chau,

Our EDI order 4500-2318 for the PT-104 samples went out this morning. Please check the
free text: 60 sample trays only, production not released.

Met vriendelijke groet,
Marieke
""")
_txt = T("""
Dear Ms Marieke,

Good day. Thank you for your order 4500-2318, kindly noted.

We confirm: 60 (sixty) sample plug trays PT-104, ETD 07 June by air. The 25.000
pcs production is not released, we will not plan it and not buy PS material for
it. We will wait for the written release from Mr Pieter Bakker after Mr Joost
sign off the samples.

Our order confirmation OC-24-0611 is attached.

Best regards,
Chau
""") + sig("Pham Minh Chau", "Export Sales", GL + ", Binh Duong, Vietnam", "+84 274 3655 118") + "\n" + quote(_q)
case("c25", [], "EDI ORDERS printout (60 samples, 25.000 on hold until Joost's sign-off and Pieter Bakker's written release) + supplier acknowledgement with PDF order confirmation restating it", [
    ("ORDERS_4500-2318.txt", _po_txt),
    ("RE_Order_4500-2318_plug_trays.eml", E(mail(CHAU, MARIEKE, "RE: Order 4500-2318 plug trays PT-104 - samples",
                                                 "Fri, 17 May 2024 10:02:00 +0700", _txt,
                                                 in_reply_to="<h182-marieke-0516@vlh-boskoop.nl>",
                                                 attachments=[("OC-24-0611.pdf", _oc, PDF_MT)]))),
])


# =================================================================== POSITIVE (45)

# p01 -- ERP sample PO printing the quoted production qty, nothing on hold
case("p01", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 300 pots prints 'offerte aantal 48.000' beside it; no hold, no unlock event, no release person", [
    ("INKOOPORDER_4500-2207.txt", T("""
BOOMKWEKERIJ VAN LEEUWEN-HOOGENDAM B.V.
Zijde 212, 2771 Boskoop  -  KvK 28041172  -  BTW NL8104.22.917.B01
================================================================================
INKOOPORDER / PURCHASE ORDER       nr. 4500-2207              datum 08-05-2024
================================================================================
Leverancier : 70118  ZielPlast Sp. z o.o., Kalisz (PL)
Inkoper     : M. de Graaf                         Uw offerte: Q-2024/0588
Leveradres  : Zijde 212, Boskoop - dock 2          Levering : week 21

Pos  Artikel       Omschrijving                          Aantal  Eenh  Prijs  Bedrag
---  ------------  ------------------------------------  ------  ----  -----  ------
10   VP09-095-TA   Vierkante pot 9x9x9,5 taupe - samples    300  st     0,00    0,00

Offerte aantal / quoted quantity : 48.000 st a EUR 41,80 per 1000
Matrijs / mould                  : 8-cav, ZP-DRW-0950 rev 3

Opmerking / remark:
  Samples for the potting trial on line 3 (Javo). Please confirm delivery
  date by return. ISO 9001:2015 certificate with the delivery please.

Betaling 30 dagen netto. Onze inkoopvoorwaarden (versie 2019) zijn van toepassing.
================================================================================
""")),
])

# p02 -- subject and body disagree; no hold, no unlock event (release person named)
_txt = T("""
Hi Koen,

Please go ahead with the 250 sample planters BK-60 in anthracite (RAL 7016) for the
display trial in our Reading and Oxford stores. The PO document follows from our
system this afternoon.

Delivery to DC Didcot in week 24 please, on one pallet, with the Hawthorn & Vale
barcode label on each planter.

Releases on this range are signed by Graham Pell, Head of Sourcing.

Thanks ever so much,
Fiona
""") + sig("Fiona Marsh", "Senior Buyer, Outdoor Living", HV + ", Reading", "+44 118 496 0721")
case("p02", ["RG003", "RG004", "RG011"],
     "subject says 200 samples, body says 250; sample go-ahead never says the balance is not released and names no unlock event (Graham Pell named)", [
    ("PO_HV-40197_BK-60_samples.eml", E(mail(FIONA, KOEN, "PO HV-40197 - 200 sample planters BK-60",
                                             "Mon, 27 May 2024 09:48:00 +0100", _txt))),
])

# p03 -- chat: supplier reads the deposit as release and buys clay for the full qty
case("p03", ["RG006", "RG012"],
     "buyer's chat scope is complete, then the supplier starts the 6.000 because the deposit arrived and buys clay for all 6.000; buyer does not correct", [
    ("WhatsApp_Chat_AlMassira_TC-25.txt", T("""
21/05/2024, 09:05 - Marieke de Graaf: Goedemorgen Youssef. PO 2024-0191 for the TC-25 terracotta: 150 sample pots only. The 6.000 are on hold, not released, until Joost signs off the samples and Pieter Bakker sends the written release.
21/05/2024, 09:40 - Youssef El Amrani: Bonjour Marieke, bien noté merci
24/05/2024, 15:12 - Marieke de Graaf: Deposit 30% paid today, swift copy is in your mailbox
24/05/2024, 16:48 - Youssef El Amrani: Merci beaucoup! Acompte bien reçu 🙏 so now we start the production of the 6.000 pots next week inchallah, the four (4) kilns are reserved
24/05/2024, 16:50 - Youssef El Amrani: and we already bought the argile (clay) and the engobe for all 6.000, the price of clay is going up in June
24/05/2024, 17:02 - Marieke de Graaf: Thanks Youssef, fijn weekend!
""")),
])

# p04 -- sample PO: hold and event stated, release left to an unnamed department
case("p04", ["RG005"],
     "sample PO: 48 samples, 24,000 on hold until sample sign-off; release 'by our purchasing department', no named person", [
    ("WBG_PO_7300-402.pdf", P([
        ("h1", "PURCHASE ORDER 7300-402"),
        ("p", "Willamette Bloom Growers, Inc. - 21450 Boones Ferry Rd NE, Aurora, OR 97002  |  05/08/2024  |  rev 0"),
        ("p", "Vendor 2041: Taizhou Huangyan Jinyuan Horticulture Products Co., Ltd., Taizhou, Zhejiang, China"),
        ("p", "Contact: purchasing@willamettebloom.com"),
        ("table", [["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Status"],
                   ["1", "NC-2G-200", "#2 nursery container, 200 mm top, black PP - samples", "48", "EA", "0.00", "Released"],
                   ["2", "NC-2G-200", "#2 nursery container - production", "24,000", "EA", "0.412", "ON HOLD - NOT RELEASED"]]),
        ("sp",),
        ("p", "Line 1: four dozen (48) samples for potting and shipping trials at Aurora. Ship by air."),
        ("p", "Line 2 is on hold and not released. The production quantity will be released in writing by our "
              "purchasing department once the samples have been signed off."),
        ("p", "Material for the samples only. Spec sheet NC-2G rev D; UV per ISO 4892-2, 1000 h."),
        ("p", "Incoterm FOB Ningbo. Terms net 45. This PO is subject to WBG standard terms (rev 2021)."),
    ], pagesize=LETTER, title="PO 7300-402", author="Willamette Bloom Growers")),
])

# p05 -- sample quantity never stated; balance on hold 'until further notice'
_q = T("""
On 10.06.2024 at 08:17, Tomasz Wiśniewski wrote:
> Dear Mette,
> thank you for PO 24-3350. Can you please kindly confirm how many samples
> you need, and when we can expect the release for the 45.000 pcs RP17?
> Best regards, Tomasz
""")
_txt = T("""
Hi Tomasz,

Please make the samples in the terracotta colour (master TC-7) and send them to
Odense, att. Lars Holm.

The 45.000 pcs are on hold until further notice - they are not released. Only
Søren Dahl can release them, nobody else.

Mvh / Best regards
Mette
""") + sig("Mette Kjær", "Indkøber / Buyer", FYN + ", Odense", "+45 66 12 40 80") + "\n" + _q
case("p05", ["RG004", "RG010"],
     "buyer reply: 'make the samples' with no quantity (the supplier's question is quoted unanswered); 45.000 on hold 'until further notice' (no event); Søren Dahl named", [
    ("RE_PO_24-3350_RP17.eml", E(mail(METTE, TOMASZ, "SV: PO 24-3350 RP17 - samples / release",
                                      "Mon, 10 Jun 2024 11:02:00 +0200", _txt,
                                      in_reply_to="<h182-tomasz-0610@zielplast.pl>"))),
])

# p06 -- buyer portal: sample line without a quantity
case("p06", ["RG010"],
     "portal PO: 'proceed with the samples as discussed', sample quantity 'zie offerte'; hold, unlock event and Pieter Bakker stated", [
    ("vlh_leveranciersportaal_4500-2265.html", html_page("Inkooporder 4500-2265 - VLH leveranciersportaal", T("""
<h2>Van Leeuwen-Hoogendam &middot; Leveranciersportaal</h2>
<p>Leverancier: <b>Vervoort Kunststoffen NV</b> (70204) &nbsp;|&nbsp; ingelogd: e.declercq</p>
<h3>Inkooporder 4500-2265 &nbsp;<small>status: verzonden 22-05-2024</small></h3>
<table>
<tr><th>Regel</th><th>Artikel</th><th>Omschrijving</th><th>Aantal</th><th>Prijs</th><th>Levering</th></tr>
<tr><td>10</td><td>ST-40x60-12</td><td>Shuttle tray 40x60, 12 x P12 &mdash; proefserie / samples</td><td>zie offerte</td><td>0,00</td><td>wk 24</td></tr>
</table>
<div class="note">
<p><b>Opmerking inkoop:</b> Please proceed with the samples as discussed with Joost at the Roeselare visit.</p>
<p>The production quantity of 20.000 trays is NOT released. It stays on hold until the samples are signed off by Joost Verhoeven and Pieter Bakker sends a written release. Material for the samples only.</p>
</div>
<p>Bijlagen: tekening VLH-ST-12 rev 4 &middot; pallet plan 1200 x 1000</p>
<p><button>Orderbevestiging sturen</button></p>
"""), lang="nl")),
])

# p07 -- WeChat: unscoped "approved, go ahead" after a complete scope
case("p07", ["RG002"],
     "WeChat: buyer's scope is complete (50 samples, 40,000 on hold until Tyler's sign-off and Rick Olmstead's release), then 'approved, go ahead' with no scope", [
    ("WeChat_Linda_Chen_STI-1020.txt", T("""
WeChat chat history with Linda Chen (Jinyuan)
Exported 2024-06-12

2024-05-27 08:11  Dana Kowalczyk: Hi Linda, PO 7300-417 is out: 50 sample inserts STI-1020-128 (128-cell), that's all for now.
2024-05-27 08:12  Dana Kowalczyk: The 40,000 production is on hold, NOT released, until Tyler signs off the samples and Rick Olmstead sends a written release. Material for the 50 only pls.
2024-05-27 21:40  Linda Chen: Dear Dana, well received. samples ready 6/10
2024-06-10 22:05  Linda Chen: [Photo]
2024-06-10 22:05  Linda Chen: [Photo]
2024-06-10 22:06  Linda Chen: first 10 pcs off the mold, cell wall 0.45 mm as drawing. color ok? we continue?
2024-06-11 06:58  Dana Kowalczyk: Looks great!! approved, go ahead 👍
2024-06-11 07:30  Linda Chen: Thank you Dana 🙏
""")),
])

# p08 -- minutes: "approved" for samples, PO/budget and production
case("p08", ["RG009"],
     "minutes use 'approved/approval' for the sample result, the finance PO approval and the production approval; scope itself is complete", [
    ("Notulen_sample_review_VP09_12-06.docx", D([
        ("h1", "Notulen / Minutes - sample review VP09"),
        ("p", "12-06-2024, Boskoop. Present: Joost Verhoeven, Marieke de Graaf (VLH); Tomasz Wiśniewski (ZielPlast, Teams)."),
        ("h", "1. Samples"),
        ("p", "The 500 sample pots VP09-095-TA are approved: potting trial OK, 0 cracks in 2 x 250, de-nesting OK, "
              "weight 7,9 g."),
        ("h", "2. Purchase order"),
        ("p", "PO 4500-2231 approved by finance on 10-06 (budget 2024-Q3)."),
        ("h", "3. Production approval"),
        ("p", "Production approval follows the second potting trial in week 26 and is given in writing by Pieter "
              "Bakker. Until then the balance of 48.000 pots is not approved for production and stays on hold."),
        ("p", "Scope now: the 500 sample pots only. Material for samples only."),
        ("h", "Actions"),
        ("table", [["#", "Action", "Who", "When"],
                   ["1", "Second potting trial, 250 pots", "Joost", "wk 26"],
                   ["2", "Colour master taupe v2", "Marieke", "14-06"]]),
    ], author="Marieke de Graaf")),
])

# p09 -- supplier status report: resin bought for the full qty
case("p09", ["RG006"],
     "supplier status report: resin bought for the full 30,000 while only 60 samples are released; no material authority", [
    ("Jinyuan_weekly_status_wk22_WBG.pdf", P([
        ("h1", "Weekly Order Status Report - week 22"),
        ("p", "Taizhou Huangyan Jinyuan Horticulture Products Co., Ltd.  |  Customer: Willamette Bloom Growers, Inc.  |  2024-05-31"),
        ("table", [["Customer PO", "Item", "Samples", "Production qty", "Production status", "Material"],
                   ["7300-409", "NC-1G-164 #1 container black", "60 - shipped 05-24", "30,000",
                    "waiting customer release", "PP resin 11.2 t purchased 05-22 (full qty)"],
                   ["7300-412", "STI-1020-72 insert", "-", "12,000", "in production (PO full qty)", "PS 3.1 t in stock"]]),
        ("sp",),
        ("h", "Remarks"),
        ("p", "PO 7300-409: to protect your delivery date we purchased PP resin for the complete 30,000 pcs "
              "(11.2 t, supplier Sinopec Zhenhai, lot 240522-07). Resin is in our warehouse. Molding starts "
              "after your production release."),
        ("p", "PO 7300-412: first container 40HQ loading 06-14."),
        ("p", "Prepared by: Linda Chen, Sales Dept."),
    ], title="Weekly status wk22", author="Jinyuan Horticulture")),
])

# p10 -- forecast stated as a firm order
case("p10", ["RG008"],
     "document titled forecast 2025 says the forecast 'is our firm order' for 240.000 trays", [
    ("Fynbo_forecast_2025_TT-CC-24.pdf", P([
        ("h1", "Forecast 2025 - TT-CC-24 transport trays"),
        ("p", "Fynbo Potteplanter A/S, Odense  ->  ZielPlast Sp. z o.o., Kalisz  |  issued 03.07.2024"),
        ("table", [["Month 2025", "Qty (pcs)"],
                   ["January", "20.000"], ["February", "30.000"], ["March", "40.000"], ["April", "40.000"],
                   ["May", "30.000"], ["June", "20.000"], ["July-December", "60.000"], ["Total 2025", "240.000"]]),
        ("sp",),
        ("p", "Fynbo Potteplanter A/S hereby places this forecast for 2025 as our firm order: 240.000 trays "
              "TT-CC-24 (24 x 10,5 cm pots, CC shelf 1350 x 565), delivered per the monthly split above."),
        ("p", "Please reserve the capacity on your 1 300 t machine and confirm by return."),
        ("p", "Mette Kjær, indkøber - on behalf of Søren Dahl, COO"),
    ], title="Forecast 2025 TT-CC-24", author="Fynbo Potteplanter A/S")),
])

# p11 -- supplier turns a labelled forecast into a firm order and buys material
_q = T("""
From: Mette Kjær <mkj@fynbo-potteplanter.dk>
Sent: Tuesday, June 18, 2024 3:40 PM
Subject: HB-25 - forecast season 2025

Hi Lan,

For your planning: our FORECAST for hanging baskets HB-25 for the 2025 season
is approx. 36.000 pcs (Feb-Apr). This is a forecast only, not an order.
Orders will follow as call-offs signed by Søren Dahl.

Venlig hilsen
Mette
""")
_txt = T("""
Dear Ms Mette,

Good day! Thank you very much for your order of 36.000 pcs HB-25 for season
2025. We confirm this firm order with many thanks.

To secure the price for you, we already purchase the coco liner and the steel
wire for all 36.000 pcs last Friday. Delivery plan is attached, please check.

Best regards,
Lan
""") + sig("Nguyen Thi Lan", "Sales Manager", GL + ", Binh Duong, Vietnam", "+84 274 3655 116") + "\n" + quote(_q)
_plan = T("""
month;item;qty;etd
2025-01;HB-25-BLK;12000;2024-12-20
2025-02;HB-25-BLK;12000;2025-01-17
2025-03;HB-25-BLK;12000;2025-02-14
total;;36000;
""")
case("p11", ["RG006", "RG008"],
     "supplier confirms the quoted, clearly labelled forecast as a 'firm order' of 36.000 and buys liner and wire for all of it", [
    ("RE_HB-25_season_2025.eml", E(mail(LAN, METTE, "RE: HB-25 - forecast season 2025",
                                                 "Mon, 24 Jun 2024 14:20:00 +0700", _txt,
                                                 in_reply_to="<h182-mette-0618@fynbo-potteplanter.dk>",
                                                 attachments=[("delivery_plan_HB-25_2025.csv", _plan, "text/csv")]))),
])

# p12 -- sample PO mail with the supplier quote (12.000) attached; release person named
_quote = P([
    ("h1", "OFFERTE / QUOTATION Q-24-117"),
    ("p", "Vervoort Kunststoffen NV, Kachtemsestraat 210, 8800 Roeselare  |  15-05-2024"),
    ("p", "Customer: Hawthorn & Vale Garden Centres Ltd, Reading - attn. Fiona Marsh"),
    ("table", [["Item", "Description", "Qty", "Price EUR/pc", "Lead time"],
               ["PP-40-7016", "Patio planter 40 cm, RAL 7016, with plug", "120 (samples)", "free", "3 weeks"],
               ["PP-40-7016", "Patio planter 40 cm, RAL 7016, with plug", "12.000", "3,85", "6 weeks"]]),
    ("sp",),
    ("p", "Mould 2-cav existing. Pallet: 160 pcs. Prices DAP Didcot. Valid 60 days."),
    ("p", "Koen Vervoort"),
], title="Q-24-117", author="Vervoort Kunststoffen")
_txt = T("""
Hi Koen,

Please find our PO HV-40305 for the sample run: 120 x patio planter PP-40
(40 cm, RAL 7016). Your quote Q-24-117 is attached as agreed.

Any release on this range will be signed by Graham Pell, Head of Sourcing.

Delivery to DC Didcot in week 27 please.

Kind regards,
Fiona
""") + sig("Fiona Marsh", "Senior Buyer, Outdoor Living", HV + ", Reading", "+44 118 496 0721")
_html = hp(_txt.split("\n-- \n")[0]) + "<p>--<br>Fiona Marsh | Senior Buyer, Outdoor Living | Hawthorn &amp; Vale</p>"
case("p12", ["RG001", "RG003", "RG004"],
     "sample PO mail for 120 planters with the quote (12.000) attached and nothing saying it is not released; no hold, no event; Graham Pell named", [
    ("PO_HV-40305_PP-40_sample_run.eml", E(mail(FIONA, KOEN, "PO HV-40305 - PP-40 sample run",
                                                "Thu, 30 May 2024 14:05:00 +0100", _txt, html=_html,
                                                attachments=[("Q-24-117_Vervoort.pdf", _quote, PDF_MT)]))),
])

# p13 -- one PO states the sample quantity twice, differently
case("p13", ["RG011"],
     "PO line says 350 sample baskets, the remark says 'three hundred (300)'; hold, event and Søren Dahl otherwise complete", [
    ("INDKOBSORDRE_24-3361.txt", T("""
FYNBO POTTEPLANTER A/S                            INDKØBSORDRE / PURCHASE ORDER
Rugaardsvej 55, 5000 Odense C, Danmark             CVR 31 44 20 18
--------------------------------------------------------------------------------
Ordre nr.  : 24-3361                      Dato     : 11.06.2024
Leverandør : 40087 Green Leaf Plastics Co., Ltd, Binh Duong, Vietnam
Levering   : Odense, uge 28, luftfragt                Betaling: 30 dage netto
--------------------------------------------------------------------------------
Pos  Varenr.      Beskrivelse                                Antal  Enh  Pris USD
  1  HB-25-BLK    Hanging basket 25 cm w/ saucer, black      350    stk  0,00
                  Prøver / samples
--------------------------------------------------------------------------------
Bemærkning / Remark:
  Please produce three hundred (300) sample baskets only, for the retail test
  in Odense and Hamburg garden centres.
  The production quantity of 12.000 pcs is not released. It is on hold until
  Lars Holm has signed off the samples and Søren Dahl, COO, sends a written
  release. Material for the samples only.
--------------------------------------------------------------------------------
Indkøber: Mette Kjær  +45 66 12 40 80
""")),
])

# p14 -- PO + proforma: PO number and quantity differ; proforma starts production on deposit
case("p14", ["RG011", "RG012"],
     "PO 2024-0203 covers 150 samples (4.850 on hold); the supplier's proforma cites PO 2024-0230 and 5.000 pcs and says production starts on receipt of the deposit", [
    ("PO_2024-0203_VLH.pdf", P([
        ("h1", "INKOOPORDER / PURCHASE ORDER 2024-0203"),
        ("p", "Boomkwekerij Van Leeuwen-Hoogendam B.V., Zijde 212, 2771 Boskoop, Nederland  |  13-05-2024"),
        ("p", "Leverancier: Poterie Horticole Al Massira SARL, Zone Industrielle, Safi, Maroc"),
        ("table", [["Pos", "Artikel", "Omschrijving", "Aantal", "Prijs EUR", "Bedrag EUR"],
                   ["10", "TC-35-S", "Terracotta pot 35 cm with saucer - samples", "150", "2,40", "360,00"]]),
        ("sp",),
        ("p", "This order covers 150 sample pots only. The remaining 4.850 pots of your offer are not released. They "
              "stay on hold until Joost Verhoeven has signed off the samples and Pieter Bakker sends a written release."),
        ("p", "Material (clay, engobe) for the 150 samples only. Delivery CPT Boskoop, week 26."),
        ("p", "Inkoper: M. de Graaf"),
    ], title="PO 2024-0203", author="Van Leeuwen-Hoogendam")),
    ("Facture_proforma_PF-24-088.pdf", P([
        ("h1", "FACTURE PROFORMA / PROFORMA INVOICE PF-24-088"),
        ("p", "Poterie Horticole Al Massira SARL - Zone Industrielle, Safi, Maroc - RC 4471 - ICE 001522470000088"),
        ("p", "Client: Boomkwekerij Van Leeuwen-Hoogendam B.V., Boskoop, Pays-Bas"),
        ("p", "Votre commande / your order: PO 2024-0230 du 13-05-2024"),
        ("table", [["Article", "Désignation / description", "Qté", "P.U. EUR", "Total EUR"],
                   ["TC-35-S", "Pot terre cuite 35 cm + soucoupe / terracotta pot with saucer", "5.000", "2,40", "12.000,00"]]),
        ("sp",),
        ("table", [["Acompte 30 % / deposit 30 %", "EUR 3.600,00"],
                   ["Solde / balance avant chargement", "EUR 8.400,00"]]),
        ("sp",),
        ("p", "Conditions: la production démarre à réception de l'acompte. Production starts on receipt of the "
              "deposit; delivery 6 weeks later, CPT Boskoop."),
        ("p", "Banque: Attijariwafa bank, Safi - RIB 007 780 0004471000300088 19"),
        ("p", "Samira Benali, Service Export"),
    ], title="Proforma PF-24-088", author="Al Massira")),
])

# p15 -- two-level thread: deposit wired, "go ahead and start production"
_lvl2 = T("""
From: Dana Kowalczyk <dkowalczyk@willamettebloom.com>
Sent: Monday, June 3, 2024 8:05 AM
Subject: PO 7300-422 NC-3G samples

Hi Linda,

PO 7300-422 is attached: 50 sample containers NC-3G-240 only. The 25,000
production is on hold until Tyler Brandt signs off the samples and Rick
Olmstead sends a written release. Resin for the 50 samples only please.

Dana
""")
_lvl1 = T("""
On Jun 4, 2024, at 10:31 PM, Linda Chen <linda@jinyuan-hort.cn> wrote:
Dear Dana,
Thank you for the PO. As per our terms we need 30% deposit on the full PO
value (USD 41,250.00) before samples. PI JY-PI-24-0604 attached.
Best regards, Linda
""") + quote(_lvl2)
_txt = T("""
Hi Linda,

Deposit wired this morning: 30% of USD 41,250.00 = USD 12,375.00, MT103 copy
attached. So you can go ahead and start production now.

Thanks!
Dana
""") + sig("Dana Kowalczyk", "Purchasing Manager", WBG, "+1 503 555 0142") + "\n" + quote(_lvl1)
_mt103 = T("""
{1:F01USBKUS44XXXX0000000000}{2:I103BKCHCNBJ92XXN}
:20:WBG240606-0422
:23B:CRED
:32A:240606USD12375,00
:50K:/1538 4402 7719
WILLAMETTE BLOOM GROWERS INC
21450 BOONES FERRY RD NE AURORA OR
:59:/6217 0000 4410 2041 188
TAIZHOU HUANGYAN JINYUAN HORTICULTURE
PRODUCTS CO LTD
:70:PO 7300-422 DEPOSIT 30 PCT
:71A:OUR
""")
case("p15", ["RG002", "RG012"],
     "two-level thread: buyer's quoted scope is complete (50 samples, 25,000 on hold); now 'deposit wired ... so you can go ahead and start production'", [
    ("RE_PO_7300-422_NC-3G_samples.eml", E(mail(DANA, LINDA, "RE: PO 7300-422 NC-3G samples",
                                          "Thu, 06 Jun 2024 08:22:00 -0700", _txt,
                                          in_reply_to="<h182-linda-0604@jinyuan-hort.cn>",
                                          attachments=[("MT103_WBG240606-0422.txt", _mt103, "text/plain")]))),
])

# p16 -- review record: buyer rolls sample approval into the series run; "approved" twice
case("p16", ["RG007", "RG009"],
     "review record's context requires Pieter Bakker's written release, then tells the supplier to roll into the 20.000 'since the samples are approved'; 'approved' also used for the budget", [
    ("SR-24-017_ST-40x60-12_review.docx", D([
        ("h1", "Sample review record SR-24-017"),
        ("p", "Boomkwekerij Van Leeuwen-Hoogendam B.V. - Teelt / Inkoop"),
        ("table", [["Article", "ST-40x60-12 shuttle tray, black PP"],
                   ["Supplier", "Vervoort Kunststoffen NV, Roeselare"],
                   ["PO", "4500-2288 - 200 sample trays"],
                   ["Production quantity", "20.000 trays - not released; written release by Pieter Bakker after sample sign-off"],
                   ["Reviewed by", "Joost Verhoeven, Teeltmanager, 05-06-2024"]]),
        ("h", "Results"),
        ("table", [["Check", "Result"],
                   ["Outside dimensions 400 x 600 mm (+/- 1,5)", "399,6 x 600,8 - OK"],
                   ["12 x P12 pots, fit and drainage", "OK"],
                   ["Fit on Danish trolley shelf 1350 x 565", "OK"],
                   ["Stacking 25 high, 48 h, 40 C", "OK"]]),
        ("h", "Outcome"),
        ("p", "Samples approved (technical) - J. Verhoeven."),
        ("p", "PO 4500-2288 approved (budget) by finance on 04-06-2024."),
        ("p", "Note to Vervoort: since the samples are approved you can roll straight into the 20.000 series run "
              "from week 25. No need to wait for the paper release, we are short on trays for the autumn potting."),
    ], author="Joost Verhoeven")),
])

# p17 -- Teams: buyer lets sample sign-off roll into the balance
case("p17", ["RG007"],
     "buyer's first message is complete (200 samples, 7.800 on hold until Priya's sign-off and Graham Pell's written release); later 'once Priya signs them off just carry on with the 7.800'", [
    ("Teams_chat_export_BK-80_Vervoort.txt", T("""
Microsoft Teams - chat export
Chat: H&V / Vervoort - BK-80 trough planter
Participants: Fiona Marsh (Hawthorn & Vale), Priya Shah (Hawthorn & Vale), Koen Vervoort (Vervoort Kunststoffen)

Fiona Marsh  03/06/2024 10:12
Koen, PO HV-40312 is for two hundred (200) sample planters BK-80 only. The balance of 7,800 is not released - it stays on hold until Priya signs off the samples and Graham Pell sends you a written release.

Koen Vervoort  03/06/2024 10:30
Clear Fiona, thanks. Samples ship Friday with our own truck.

Priya Shah  11/06/2024 15:02
Samples arrived, colour is spot on and lovely finish. Just doing the frost test (-15 C, 24 h) now.

Fiona Marsh  11/06/2024 15:20
Koen, good news then. Once Priya signs them off just carry on with the 7,800, no need to wait for Graham's paperwork, we're really tight for the autumn range.

Koen Vervoort  11/06/2024 15:41
Super, we plan it like that 👍 Machine 7 is free from week 26.
""")),
])

# p18 -- SAP PO printout: "RELEASED" (release strategy) next to the production release text
case("p18", ["RG009"],
     "SAP print shows release status RELEASED (PO approval workflow) while the header text says production is not released until Pieter Bakker's written release", [
    ("SAP_ME9F_4500-2301.txt", T("""
Van Leeuwen-Hoogendam B.V.          Inkooporder / Purchase order     Page 1 of 1
SAP ME9F print                       4500-2301                        15.05.2024
--------------------------------------------------------------------------------
Vendor      : 70233 Green Leaf Plastics Co., Ltd, Binh Duong, VN
Doc. type   : NB  Standard PO          Purch. org. 1000 / Purch. group 012
Release str.: Z1  (purchasing + director)
Release stat: RELEASED   - M. de Graaf 14.05.2024 / P. Bakker 15.05.2024
--------------------------------------------------------------------------------
Item  Material      Short text                        Qty     Un   Net price
00010 PT-104-BLK    Plug tray 104-cell black PS        400    PC   0,00 USD
      Deliv. date: 21.06.2024   Plant 1000 Boskoop   Stor. loc. 0001
--------------------------------------------------------------------------------
Header text:
  Samples only: 400 plug trays PT-104 for the sowing line test.
  Production 30.000 trays is not released. Production release comes in
  writing from Pieter Bakker after the samples are signed off by Joost
  Verhoeven. Material for the 400 samples only.
--------------------------------------------------------------------------------
Terms: 30 days net. Incoterm FCA Ho Chi Minh City.
""")),
])

# p19 -- supplier MRP printout: granulate ordered for the full quantity
case("p19", ["RG006"],
     "supplier MRP printout: customer release 500 samples, balance marked not released, but granulate ordered for the full 45.000", [
    ("ZP_MRP_zapotrzebowanie_24-3377.txt", T("""
ZIELPLAST Sp. z o.o. - MRP / ZAPOTRZEBOWANIE MATERIAŁOWE        wydruk 05.06.2024
Zlecenie klienta / customer order : Fynbo Potteplanter A/S, 24-3377
Indeks / item                     : RP17-1350 doniczka 17 cm terracotta
--------------------------------------------------------------------------------
Customer release (written)        :     500 szt.  (samples, PO 24-3377)
Balance - NOT RELEASED (on hold)  :  44.500 szt.
Planned total                     :  45.000 szt.   target slot wk 30, IMM 07

Material               Need for 45.000   Stock    Ordered   PO no.         Status
---------------------  ---------------   ------   -------   ------------   -------
PP copolymer recycled        42,0 t       1,1 t    42,0 t   ZP-PO-24-1187  ORDERED 03.06
Masterbatch TC-7              1,2 t       0,0 t     1,2 t   ZP-PO-24-1188  ORDERED 03.06
Cartons 600x400x400        1 170 szt.     0        1 170    ZP-PO-24-1190  ORDERED 04.06
--------------------------------------------------------------------------------
Uwagi / notes (A. Nowak, planowanie):
  Granulate and masterbatch ordered for the full 45.000 to keep the wk 30
  slot on IMM 07. Customer release for the balance expected after samples.
""")),
])

# p20 -- chat: buyer makes the forecast a commitment
case("p20", ["RG008"],
     "WhatsApp: buyer calls the 60.000 spring forecast firm and 'our commitment', asks supplier to book machine time; no PO", [
    ("WhatsApp_Chat_Tomasz_ZielPlast.txt", T("""
10.06.24, 13:02 - Mette Kjær: Hej Tomasz, quick one. Spring 2025 forecast for the TT-CC-24 trays is 60.000
10.06.24, 13:03 - Mette Kjær: take it as firm, we will need all of them. Book your machine time for Jan-Mar please
10.06.24, 13:20 - Tomasz Wiśniewski: Hi Mette, ok thank you. Is there a PO coming for this?
10.06.24, 13:22 - Mette Kjær: PO later, the forecast is our commitment 👍
10.06.24, 13:23 - Tomasz Wiśniewski: Ok, I will tell planning. Dziękuję!
""")),
])

# p21 -- call-off: coded quantity and free text disagree
case("p21", ["RG011"],
     "EDI call-off codes 8.000 released for call-off 04 but the free text asks for 6.000 under the same call-off; hold, event and Søren Dahl stated", [
    ("DELFOR_DF-2024-0904-04.txt", T("""
FYNBO POTTEPLANTER A/S - AFRUF / CALL-OFF
EDIFACT DELFOR D.96A  - human readable print        printed 04.09.2024 09:47
--------------------------------------------------------------------------------
BGM  241 DF-2024-0904-04            (delivery schedule, call-off 04)
NAD  BY  Fynbo Potteplanter A/S, Odense      NAD SE  ZielPlast Sp. z o.o., Kalisz
RFF  AAN FA-2024-07                 (frame agreement, annual plan 60.000 pcs)
LIN  1  RP17-1350  round pot 17 cm 1,35 l, terracotta colour

  QTY  Qualifier                               Qty (pcs)   Delivery
  ---  --------------------------------------  ---------   ------------
  113  released this call-off (04)                 8.000   wk 40, Odense
   70  cumulative released (call-offs 01-04)      28.000
   ZZZ balance on hold - NOT released             32.000

FTX  AAI:
  Please deliver 6.000 pcs under call-off 04 in week 40.
  The balance stays on hold until the next call-off, signed by Soren Dahl,
  COO. Material for released quantities only.
UNT/UNZ  ok
--------------------------------------------------------------------------------
""")),
])

# p22 -- supplier ERP: PO acceptance switches the order to production
case("p22", ["RG012"],
     "supplier sales-order log sets 'RELEASED TO PRODUCTION 12.000' on PO acceptance although the customer remark says 300 samples, balance on hold", [
    ("GL_ERP_SO-24-0618.txt", T("""
GREEN LEAF PLASTICS CO., LTD - ERP  Sales Order Detail        print 14/06/2024 16:05
================================================================================
SO no.        : SO-24-0618            Customer : C-0152 Hawthorn & Vale (UK)
Customer PO   : HV-40340              PO date  : 10/06/2024
Item          : HB-35-BLK hanging basket 35 cm, black wire, coco liner
Order qty     : 12.000 pcs            Sales    : Pham Minh Chau
Customer PO remark (copied):
  "300 samples HB-35. Balance 11,700 on hold until written release by
   Graham Pell after sample sign-off."
--------------------------------------------------------------------------------
STATUS LOG
 12/06/2024 09:10  PO received, entered                            (chau.pham)
 13/06/2024 11:42  PO accepted - order confirmation OC-24-0655 sent (chau.pham)
 13/06/2024 11:43  STATUS -> RELEASED TO PRODUCTION  12.000 pcs    (chau.pham)
 13/06/2024 14:20  Work order WO-5512 created, 12.000 pcs, line W2  (hung.tran)
--------------------------------------------------------------------------------
Internal note: PO accepted = released, start WO-5512 wk 25. Samples first 300
from same WO.
================================================================================
""")),
])

# p23 -- chat: unscoped green light; supplier rolls straight into mass production
case("p23", ["RG002", "RG007"],
     "WhatsApp: after a complete scope (300 samples, 11,700 on hold) the buyer gives an unscoped 'green light' and the supplier announces mass production of the 11.700 'as planned'", [
    ("WhatsApp_Chat_Chau_GreenLeaf.txt", T("""
[10/06/2024, 08:30:12] Fiona Marsh: Hi Chau, PO HV-40358 is for 300 sample baskets HB-35 only. The balance of 11,700 stays on hold until Priya has signed off the samples and Graham Pell sends you a written release.
[10/06/2024, 08:41:55] Pham Minh Chau (Green Leaf): Dear Fiona, well noted with thanks
[24/06/2024, 10:02:07] Pham Minh Chau (Green Leaf): <attached: 00000112-PHOTO-2024-06-24-10-02-07.jpg>
[24/06/2024, 10:02:40] Pham Minh Chau (Green Leaf): Samples arrive Reading yesterday, Ms Priya check already?
[24/06/2024, 11:15:31] Fiona Marsh: Samples look lovely. Green light from us 🟢
[24/06/2024, 11:18:02] Pham Minh Chau (Green Leaf): Thank you Fiona!! So we start mass production 11.700 tomorrow as planned 💪
""")),
])

# p24 -- US ERP PO: workflow "APPROVED / Released" + production release; no sample qty
case("p24", ["RG009", "RG010"],
     "ERP PO shows approval status APPROVED and PO status Released next to 'production not released'; the sample line has qty 'per quote'", [
    ("WBG_PO_7300-440_print.txt", T("""
WILLAMETTE BLOOM GROWERS, INC.                               PURCHASE ORDER
21450 Boones Ferry Rd NE, Aurora, OR 97002                  Page 1
--------------------------------------------------------------------------------
PO #          : 7300-440                 Date      : 06/12/2024
Vendor        : 2041 JINYUAN HORTICULTURE, TAIZHOU CN
Approval      : APPROVED  (D. Kowalczyk 06/11/2024, R. Olmstead 06/12/2024)
PO status     : Released
Ship via      : Ocean, FOB Ningbo          Terms: Net 45
--------------------------------------------------------------------------------
Ln  Item          Description                             Qty         UoM  Price
1   NC-5G-300     #5 nursery container, 300 mm, black -   per quote   EA   0.00
                  SAMPLES
--------------------------------------------------------------------------------
Memo:
  Samples only. Production qty is on hold and not released until Tyler
  Brandt signs off the samples and Rick Olmstead issues a written
  production release. Material for samples only.
--------------------------------------------------------------------------------
""")),
])

# p25 -- sample go-ahead with an old quote forwarded as rfc822 for the price basis
_old = mail(TOMASZ, METTE, "Oferta Q-2023/1140 - TT-CC-24 transport tray",
            "Wed, 08 Nov 2023 13:30:00 +0100", T("""
Dear Mrs Mette,

Thank you for your inquiry. Please find our offer Q-2023/1140:

  TT-CC-24 transport tray, 24 x 10,5 cm, for CC shelf 1350 x 565 mm
  Samples              400 pcs       free of charge
  Production        50.000 pcs       EUR 0,62 / pc, DAP Odense
  Mould                new, 1-cav, EUR 38.500,00 (amortised over 50.000 pcs)

Lead time production 6 weeks. Offer valid until 31.03.2024.

With best regards,
Tomasz
""") + sig("Tomasz Wiśniewski", "Key Account Manager", ZP + ", Kalisz", "+48 62 555 14 20"))
_txt = T("""
Hi Tomasz,

Please start the 400 sample trays TT-CC-24 under PO 24-3390. Below your quote
from last year.

Delivery to Odense, att. Lars Holm, week 28.

Tak / thanks
Mette
""") + sig("Mette Kjær", "Indkøber / Buyer", FYN + ", Odense", "+45 66 12 40 80")
case("p25", ["RG001", "RG003", "RG004", "RG005"],
     "go-ahead for 400 sample trays with last year's quote (50.000 production) forwarded as rfc822 and nothing saying the 50.000 is not released; no hold, no event, no release person", [
    ("PO_24-3390_TT-CC-24_samples.eml", E(mail(METTE, TOMASZ, "PO 24-3390 TT-CC-24 samples / Fwd: Oferta Q-2023/1140",
                                               "Thu, 13 Jun 2024 09:10:00 +0200", _txt,
                                               attachments=[("rfc822", _old)]))),
])

# p26 -- "approved" three ways and an unscoped go-ahead; no quantity anywhere
_q = T("""
From: Fiona Marsh
Sent: 29 May 2024 17:02
To: Koen Vervoort
Subject: PO HV-40366 - BK-100 trough planter

Hi Koen,

PO HV-40366 for the sample trough planters BK-100 is on its way from our system.
The production balance is on hold until Priya Shah signs off the samples and
Graham Pell sends you a written release. Material for the samples only.

Fiona
""")
_body = T("""
Hi Koen,

Great news - finance approved the PO this morning and the hang-tag artwork is
approved as well, so you're approved to go ahead! 🎉

Shout if you need anything from us.

Cheers,
Fiona
""")
_txt = _body + sig("Fiona Marsh", "Senior Buyer, Outdoor Living", HV + ", Reading", "+44 118 496 0721") + "\n" + quote(_q)
_html = hp(_body) + "<p>--<br>Fiona Marsh | Senior Buyer, Outdoor Living | Hawthorn &amp; Vale</p>" + hq(_q)
case("p26", ["RG002", "RG009", "RG010"],
     "'finance approved the PO ... artwork is approved ... you're approved to go ahead': approval words for three things, unscoped go-ahead, and no quantity in the mail or the quoted scope", [
    ("RE_PO_HV-40366_BK-100.eml", E(mail(FIONA, KOEN, "RE: PO HV-40366 - BK-100 trough planter",
                                         "Mon, 10 Jun 2024 10:26:00 +0100", _txt, html=_html,
                                         in_reply_to="<h182-fiona-0529@hawthornvale.co.uk>"))),
])

# p27 -- cover mail and attached PO disagree on the sample quantity
_po = P([
    ("h1", "INKOOPORDER / PURCHASE ORDER 4500-2340"),
    ("p", "Boomkwekerij Van Leeuwen-Hoogendam B.V., Zijde 212, 2771 Boskoop  |  datum 20-05-2024"),
    ("p", "Leverancier: ZielPlast Sp. z o.o., Kalisz (70118)"),
    ("table", [["Pos", "Artikel", "Omschrijving", "Aantal", "Prijs", "Bedrag"],
               ["10", "VP11-110-ZW", "Vierkante pot 11 cm zwart - samples", "300", "0,00", "0,00"]]),
    ("sp",),
    ("p", "Samples only. Production 36.000 not released - on hold until sample sign-off by Joost Verhoeven and "
          "written release by Pieter Bakker. Material for samples only."),
    ("p", "Levering week 23, Boskoop dock 2."),
], title="PO 4500-2340", author="Van Leeuwen-Hoogendam")
_txt = T("""
Dag Tomasz,

Hierbij / herewith PO 4500-2340 for 400 sample pots VP11 (11 cm, black).

Only the samples please. The 36.000 production pots stay on hold until Joost
has signed off the samples and Pieter Bakker sends you a written release.
Material for the samples only.

Met vriendelijke groet,
Marieke
""") + sig("Marieke de Graaf", "Inkoper", VLH + ", Boskoop", "+31 172 21 34 50")
case("p27", ["RG011"],
     "cover mail says 400 sample pots, the attached PO 4500-2340 says 300; otherwise the scope is complete", [
    ("PO_4500-2340_VP11.eml", E(mail(MARIEKE, TOMASZ, "PO 4500-2340 VP11 samples",
                                     "Mon, 20 May 2024 15:33:00 +0200", _txt,
                                     attachments=[("PO_4500-2340.pdf", _po, PDF_MT)]))),
])

# p28 -- two-level thread: "if he's happy with the samples, keep the line running"
_lvl2 = T("""
From: Dana Kowalczyk <dkowalczyk@willamettebloom.com>
Sent: Tuesday, May 21, 2024 9:40 AM
Subject: PO 7300-451 PT-128 plug trays

Linda,
PO 7300-451: 80 sample plug trays PT-128 (128-cell) only. The 40,000 are on
hold until Tyler signs off the samples and Rick Olmstead sends a written
release. Material for the 80 samples only.
Dana
""")
_lvl1 = T("""
On Jun 7, 2024, at 11:02 PM, Linda Chen <linda@jinyuan-hort.cn> wrote:
Dear Dana,
80 samples shipped DHL 7731 0288 1280, Mr Tyler should have Thursday.
When can we expect the release for 40,000?
Best regards, Linda
""") + quote(_lvl2)
_txt = T("""
Hi Linda,

Thanks! Tyler is running them on the seeder this week. If he's happy with the
samples, just keep the line running for the 40,000 - no need to wait for
anything from Rick, I'll square it with him.

Dana
""") + sig("Dana Kowalczyk", "Purchasing Manager", WBG, "+1 503 555 0142") + "\n" + quote(_lvl1)
case("p28", ["RG007"],
     "two-level thread: buyer's quoted scope is complete, now 'if he's happy with the samples, just keep the line running for the 40,000 - no need to wait for anything from Rick'", [
    ("RE_PO_7300-451_PT-128.eml", E(mail(DANA, LINDA, "RE: PO 7300-451 PT-128 plug trays",
                                         "Mon, 10 Jun 2024 07:45:00 -0700", _txt,
                                         in_reply_to="<h182-linda-0607@jinyuan-hort.cn>"))),
])

# p29 -- forecast attachment presented as the order
_fc = html_page("Forecast 2025 HB-25", T("""
<h2>Fynbo Potteplanter A/S &mdash; Forecast 2025</h2>
<p>Article HB-25-BLK hanging basket 25 cm with saucer &middot; supplier Green Leaf Plastics</p>
<table>
<tr><th>Month</th><th>Qty (pcs)</th></tr>
<tr><td>Jan 2025</td><td>30.000</td></tr><tr><td>Feb 2025</td><td>45.000</td></tr>
<tr><td>Mar 2025</td><td>45.000</td></tr><tr><td>Apr 2025</td><td>30.000</td></tr>
<tr><td>May-Dec 2025</td><td>30.000</td></tr><tr><th>Total</th><th>180.000</th></tr>
</table>
<p>Status: forecast 2025, issued 01.07.2024 by indkøb.</p>
"""))
_body = T("""
Dear Lan,

Attached our forecast 2025 for the HB-25. Please see this forecast as our order:
180.000 pcs for 2025, delivery by month as in the sheet.

Please plan your capacity for it and send us your order confirmation.

Venlig hilsen
Mette
""")
_txt = _body + sig("Mette Kjær", "Indkøber / Buyer", FYN + ", Odense", "+45 66 12 40 80")
case("p29", ["RG008"],
     "cover mail (text+HTML) says 'please see this forecast as our order: 180.000 pcs' for the attached forecast sheet", [
    ("HB-25_plan_2025.eml", E(mail(METTE, LAN, "HB-25 forecast 2025 / order",
                                       "Mon, 01 Jul 2024 13:05:00 +0200", _txt, html=hp(_body),
                                       attachments=[("Forecast_2025_HB-25.html", _fc, "text/html")]))),
])

# p30 -- supplier: deposit received, so released to production, material bought
_tt = T("""
TELEGRAPHIC TRANSFER - CREDIT ADVICE
Bank: Vietcombank, Binh Duong branch            Date: 19/06/2024
Beneficiary: GREEN LEAF PLASTICS CO., LTD       A/C 0281 0004 41188
Remitter: HAWTHORN AND VALE GARDEN CENTRES LTD  (Barclays, Reading)
Amount: USD 3,159.00
Details: DEPOSIT 30PCT PO HV-40358
""")
_txt = T("""
Dear Ms Fiona,

Good day. We received the deposit 30% by TT today (credit advice attached),
thank you very much.

So we released to production the 11.700 baskets HB-35 balance, and we already
bought the steel wire and the coco liner for all 12.000 pcs. ETD for the first
container is wk 30, we will update you.

Best regards,
Chau
""") + sig("Pham Minh Chau", "Export Sales", GL + ", Binh Duong, Vietnam", "+84 274 3655 118")
case("p30", ["RG006", "RG012"],
     "supplier mail: deposit received, so the 11.700 balance is released to production and wire and liner bought for all 12.000", [
    ("HB-35_PO_HV-40358_update.eml", E(mail(CHAU, FIONA, "HB-35 / PO HV-40358 - deposit received",
                                          "Wed, 19 Jun 2024 16:40:00 +0700", _txt,
                                          attachments=[("TT_credit_advice_19062024.txt", _tt, "text/plain")]))),
])

# p31 -- cover mail + PO + quote: quote's 15.000 unmarked, no hold, no event
_po = P([
    ("h1", "INKOOPORDER / PURCHASE ORDER 4500-2352"),
    ("p", "Boomkwekerij Van Leeuwen-Hoogendam B.V., Zijde 212, 2771 Boskoop  |  datum 27-05-2024"),
    ("p", "Leverancier: Vervoort Kunststoffen NV, Roeselare (70204)  |  Uw offerte: VK-24-0233"),
    ("table", [["Pos", "Artikel", "Omschrijving", "Aantal", "Prijs EUR", "Bedrag EUR"],
               ["10", "ST-40x60-15", "Shuttle tray 40 x 60, 15 x P10,5 - samples", "150", "0,00", "0,00"]]),
    ("sp",),
    ("p", "Release authority for this article: P. Bakker (Operationeel directeur)."),
    ("p", "Levering week 26, Boskoop. Betaling 30 dagen netto."),
], title="PO 4500-2352", author="Van Leeuwen-Hoogendam")
_quote = P([
    ("h1", "OFFERTE VK-24-0233"),
    ("p", "Vervoort Kunststoffen NV - Kachtemsestraat 210, 8800 Roeselare - BTW BE 0412.887.046"),
    ("p", "Klant: Boomkwekerij Van Leeuwen-Hoogendam B.V., Boskoop  |  datum 14-05-2024"),
    ("table", [["Artikel", "Omschrijving", "Aantal", "Prijs EUR/st", "Levertijd"],
               ["ST-40x60-15", "Shuttle tray 40x60, 15 x P10,5, zwart PP", "150 (samples)", "gratis", "3 weken"],
               ["ST-40x60-15", "Shuttle tray 40x60, 15 x P10,5, zwart PP", "15.000", "0,89", "5 weken"]]),
    ("sp",),
    ("p", "Matrijs bestaand (2-caviteiten). Pallet 600 st. Prijzen af fabriek Roeselare. Geldig 60 dagen."),
    ("p", "Koen Vervoort"),
], title="VK-24-0233", author="Vervoort Kunststoffen")
_txt = T("""
Beste Koen,

Hierbij onze PO 4500-2352 for the sample shuttle trays ST-40x60-15 (150 st.),
and your offerte VK-24-0233.

Graag levering week 26 in Boskoop.

Met vriendelijke groet,
Marieke
""") + sig("Marieke de Graaf", "Inkoper", VLH + ", Boskoop", "+31 172 21 34 50")
case("p31", ["RG001", "RG003", "RG004"],
     "folder: cover mail + sample PO (150) + supplier quote (15.000) sent together; nothing says the 15.000 is not released, no unlock event; P. Bakker named as release authority", [
    ("PO_4500-2352_shuttle_trays.eml", E(mail(MARIEKE, KOEN, "PO 4500-2352 shuttle trays ST-40x60-15",
                                              "Mon, 27 May 2024 11:50:00 +0200", _txt))),
    ("PO_4500-2352.pdf", _po),
    ("Offerte_VK-24-0233.pdf", _quote),
])

# p32 -- supplier (quoting a complete buyer scope) plans to roll into production after validation
_q = T("""
From: Marieke de Graaf <m.degraaf@vlh-boskoop.nl>
Sent: mardi 4 juin 2024 10:05
Subject: PO 2024-0219 TC-30

Dear Samira,

PO 2024-0219: 200 sample pots TC-30 only. The 5.800 are on hold until Joost
Verhoeven has signed off the samples and Pieter Bakker sends the written
release. Clay for the samples only please.

Met vriendelijke groet,
Marieke
""")
_txt = T("""
Bonjour Madame Marieke,

Bien reçu votre PO, merci beaucoup. The 200 échantillons leave Safi on Thursday
by groupage.

Pour gagner du temps: after the validation of the samples by Mr Joost, we launch
directly the 5.800 pots, like this you have the goods before September. The
kilns are free in July.

Cordialement / Kind regards,
Samira
""") + sig("Samira Benali", "Service Export", AM + ", Safi, Maroc", "+212 524 46 20 88") + "\n" + quote(_q)
case("p32", ["RG007"],
     "supplier reply under a complete quoted buyer scope: 'after the validation of the samples by Mr Joost, we launch directly the 5.800 pots'", [
    ("RE_PO_2024-0219_TC-30.eml", E(mail(SAMIRA, MARIEKE, "RE: PO 2024-0219 TC-30",
                                         "Wed, 05 Jun 2024 12:15:00 +0100", _txt,
                                         in_reply_to="<h182-marieke-0604@vlh-boskoop.nl>"))),
])

# p33 -- PO: production line proceeds "once the samples are approved"; release by a department
case("p33", ["RG005", "RG007"],
     "PO says the supplier proceeds with the 100,000 line once the samples are approved (no recorded auto-conversion); production release left to 'Hawthorn & Vale Sourcing', no named person", [
    ("HV-40371_label_stakes_PO.pdf", P([
        ("h1", "PURCHASE ORDER HV-40371"),
        ("p", "Hawthorn & Vale Garden Centres Ltd, 12 Kennet Wharf, Reading RG1 3DX  |  22/05/2024  |  Rev 0"),
        ("p", "Supplier: Taizhou Huangyan Jinyuan Horticulture Products Co., Ltd. (V-1020)  |  Buyer: Outdoor Living team"),
        ("table", [["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Status"],
                   ["1", "LS-120X18-P", "Label stake 120x18 mm, printed 4/0 (care text + QR)", "500", "EA", "0.000", "samples"],
                   ["2", "LS-120X18-P", "Label stake 120x18 mm, printed 4/0 - production", "100,000", "EA", "0.0178", "on hold"]]),
        ("sp",),
        ("h", "Notes"),
        ("p", "Line 1: 500 printed samples for the store trial (print legibility and fading, ISO 4892-2, 500 h)."),
        ("p", "Line 2 is on hold. Once the samples are approved, the supplier proceeds with line 2."),
        ("p", "Production release: Hawthorn & Vale Sourcing."),
        ("p", "Material: PS and ink for the samples; artwork file HV-ART-0480 v3. FOB Ningbo, payment 60 days from B/L."),
    ], title="PO HV-40371", author="Hawthorn & Vale")),
])

# p34 -- supplier status report: production starts automatically after sample approval, granulate ordered
case("p34", ["RG006", "RG007"],
     "supplier status report: production of 36.000 'starts automatically after your sample approval' and granulate already ordered for the full quantity", [
    ("ZielPlast_status_report_Fynbo_24-3384.pdf", P([
        ("h1", "Status report / Raport statusu - order 24-3384"),
        ("p", "ZielPlast Sp. z o.o., Kalisz  ->  Fynbo Potteplanter A/S, Odense (att. Mette Kjaer)  |  07.06.2024"),
        ("table", [["Item", "Stage", "Qty (pcs)", "Status", "Date"],
                   ["RP19-2000 pot 19 cm, 2,0 l", "Samples", "400", "shipped, DPD 0548 1992 2000", "04.06.2024"],
                   ["RP19-2000 pot 19 cm, 2,0 l", "Production", "36.000", "planned wk 31, IMM 09", "-"],
                   ["PP copolymer + MB TC-7", "Material", "34 t", "ordered for full quantity", "28.05.2024"]]),
        ("sp",),
        ("p", "Production of the 36.000 pots starts automatically after your sample approval, so we keep the slot "
              "in week 31. Granulate for the full quantity is already ordered (delivery 20.06) to avoid the summer "
              "price increase."),
        ("p", "Please send your sample results to Agnieszka Nowak (planning)."),
        ("p", "Tomasz Wisniewski, Key Account Manager"),
    ], title="Status report 24-3384", author="ZielPlast")),
])

# p35 -- folder: complete PO, technical sign-off, then chat rolling into production + material
_po = P([
    ("h1", "INDKOBSORDRE / PURCHASE ORDER 24-3405"),
    ("p", "Fynbo Potteplanter A/S, Rugaardsvej 55, 5000 Odense C  |  24.05.2024"),
    ("p", "Supplier: Taizhou Huangyan Jinyuan Horticulture Products Co., Ltd., Taizhou, China"),
    ("table", [["Pos", "Article", "Description", "Qty", "Price USD", "Scope"],
               ["1", "LS-85-QR", "Label stake 85 mm, printed care text + QR, white PS", "1.000", "0,00", "samples"],
               ["-", "LS-85-QR", "Quoted production quantity", "400.000", "0,0112", "NOT RELEASED"]]),
    ("sp",),
    ("p", "This PO releases the 1.000 sample stakes only. The 400.000 are on hold and not released until Lars Holm "
          "has signed off the samples and Søren Dahl, COO, sends a written release. Material (PS, ink) for the "
          "samples only."),
    ("p", "Mette Kjær, indkøber"),
], title="PO 24-3405", author="Fynbo Potteplanter A/S")
_so = D([
    ("h1", "Sample sign-off LS-85-QR"),
    ("table", [["Order", "PO 24-3405, 1.000 sample stakes"],
               ["Supplier", "Jinyuan Horticulture, Taizhou"],
               ["Signed off by", "Lars Holm, produktionschef, 12.06.2024"]]),
    ("table", [["Check", "Result"],
               ["Print adhesion, ISO 2409 cross-cut 1 mm", "class 0 - OK"],
               ["QR scan rate (200 stakes, 3 phones)", "100 % - OK"],
               ["Stake stiffness in 10,5 cm pot, wet soil", "OK"],
               ["Fading, ISO 4892-2, 300 h", "dE 1,2 - OK"]]),
    ("p", "Result: approved (technical)."),
    ("p", "This sign-off is technical only. It is not a production release."),
], author="Lars Holm")
_chat = T("""
WeChat chat history with Kevin Zhou (Jinyuan)
Exported 2024-06-14

2024-06-12 15:20  Mette Kjær: Hi Kevin, Lars' sign-off report for the LS-85-QR samples is in your mail 🙂
2024-06-12 21:48  Kevin Zhou: Mette hi, received 👍 thank you. so we start production 400,000 tomorrow morning
2024-06-12 21:49  Kevin Zhou: PS resin and ink for 400,000 we already bought last week, to be fast for you
2024-06-13 07:31  Mette Kjær: 👍 super, thank you Kevin!
""")
case("p35", ["RG006", "RG007"],
     "folder: PO (1.000 samples, 400.000 on hold until Lars Holm's sign-off and Søren Dahl's written release) + technical sign-off + WeChat where the supplier starts the 400,000 on the sign-off, has bought material for all of it, and the buyer assents", [
    ("PO_24-3405_LS-85-QR.pdf", _po),
    ("Sample_signoff_LS-85-QR.docx", _so),
    ("WeChat_Kevin_Zhou_LS-85.txt", _chat),
])

# p36 -- sample PO printing the quoted production qty as a reference line
case("p36", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 100 baskets with a reference line 'quoted production qty 12,000 EA'; no hold, no unlock event, no release person", [
    ("WBG_PO_7300-459.pdf", P([
        ("h1", "PURCHASE ORDER 7300-459"),
        ("p", "Willamette Bloom Growers, Inc. - 21450 Boones Ferry Rd NE, Aurora, OR 97002  |  06/04/2024"),
        ("p", "Vendor 2077: Green Leaf Plastics Co., Ltd, Tan Uyen, Binh Duong, Vietnam"),
        ("table", [["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Ext USD"],
                   ["1", "HB-12-WIRE", "12\" hanging basket, green wire, coco liner, 3-leg chain - sample lot", "100", "EA", "0.00", "0.00"],
                   ["Ref", "HB-12-WIRE", "Quoted production qty (quote GL-Q-24-077)", "12,000", "EA", "1.18", "14,160.00"]]),
        ("sp",),
        ("p", "Memo: please ship the sample lot by air to Aurora for our 3-week hang test. Hooks M6 swivel."),
        ("p", "Incoterm FOB Ho Chi Minh City. Terms net 45. WBG standard terms (rev 2021) apply."),
    ], pagesize=LETTER, title="PO 7300-459", author="Willamette Bloom Growers")),
])

# p37 -- PO with the sample quantity "TBC"
case("p37", ["RG010"],
     "sample PO line with qty 'TBC (Lars Holm to confirm)'; hold, unlock event and Søren Dahl stated", [
    ("PO_24-3420_Vervoort.pdf", P([
        ("h1", "INDKOBSORDRE / PURCHASE ORDER 24-3420"),
        ("p", "Fynbo Potteplanter A/S, Rugaardsvej 55, 5000 Odense C  |  date 17.06.2024"),
        ("p", "Supplier: Vervoort Kunststoffen NV, Roeselare, Belgium"),
        ("table", [["Pos", "Article", "Description", "Qty", "Price EUR", "Scope"],
                   ["1", "STI-6x24-BLK", "Seed-tray insert 6 x 4 cells, for 24-tray, black PP", "TBC (Lars Holm to confirm)", "0,00", "samples"]]),
        ("sp",),
        ("p", "Samples only on this PO. The production quantity of 50.000 inserts is not released and stays on hold "
              "until Lars Holm has signed off the samples and Søren Dahl, COO, sends a written release."),
        ("p", "Material for the samples only. Delivery Odense, week 27."),
        ("p", "Mette Kjær, indkøber"),
    ], title="PO 24-3420", author="Fynbo Potteplanter A/S")),
])

# p38 -- supplier sales contract: production starts on receipt of the deposit
case("p38", ["RG012"],
     "supplier sales contract restates the buyer's hold but says production of the 80,000 starts immediately upon receipt of the 30% deposit", [
    ("JY-SC-24-0612_sales_contract.docx", D([
        ("h1", "SALES CONTRACT / ORDER CONFIRMATION JY-SC-24-0612"),
        ("p", "Seller: Taizhou Huangyan Jinyuan Horticulture Products Co., Ltd., Huangyan, Taizhou, Zhejiang"),
        ("p", "Buyer: Hawthorn & Vale Garden Centres Ltd, Reading, UK     Buyer PO: HV-40388"),
        ("p", "Date: 12 June 2024"),
        ("table", [["No.", "Item", "Description", "Qty (pcs)", "Unit USD", "Amount USD"],
                   ["1", "LS-150X20-P", "Label stake 150x20 mm printed 2/0 - samples", "300", "0.000", "0.00"],
                   ["2", "LS-150X20-P", "Label stake 150x20 mm printed 2/0 - production", "80,000", "0.0165", "1,320.00"]]),
        ("p", "Buyer's PO remark (copied): production 80,000 on hold until written release by Graham Pell after "
              "sample sign-off."),
        ("h", "Terms"),
        ("num", "Payment: 30% T/T deposit, 70% balance against copy of B/L."),
        ("num", "Production of the 80,000 pcs will start immediately upon receipt of the deposit. Delivery 25 days "
                "after deposit, FOB Ningbo."),
        ("num", "Samples: 300 pcs by express within 7 days."),
        ("num", "Tolerance on quantity +/- 3%."),
        ("sp",),
        ("p", "Seller: Linda Chen (Sales Dept.)          Buyer: ____________________"),
    ], author="Linda Chen")),
])

# p39 -- supply agreement annex: forecast made a binding purchase commitment
case("p39", ["RG008"],
     "supply agreement annex states the annual forecast of 120.000 baskets 'constitutes a binding purchase commitment'", [
    ("Supply_Agreement_Annex2_Volumes_GreenLeaf.docx", D([
        ("h1", "Supply Agreement SA-2024-06 - Annex 2: Volumes and call-offs"),
        ("p", "Between Hawthorn & Vale Garden Centres Ltd (Buyer) and Green Leaf Plastics Co., Ltd (Supplier)."),
        ("h", "2.1 Season 2025 volume"),
        ("table", [["Item", "Description", "Forecast season 2025 (pcs)"],
                   ["HB-30-BLK", "Hanging basket 30 cm, coir liner", "70.000"],
                   ["HB-35-BLK", "Hanging basket 35 cm, coco liner", "50.000"],
                   ["Total", "", "120.000"]]),
        ("p", "2.2 The annual forecast of 120.000 hanging baskets stated in 2.1 constitutes a binding purchase "
              "commitment of the Buyer for season 2025."),
        ("p", "2.3 Deliveries are called off monthly by the Buyer's call-off schedule, each signed by Graham Pell, "
              "Head of Sourcing. The Supplier plans capacity and material on the basis of 2.2."),
        ("p", "2.4 Prices as per Annex 3 (USD, FOB Ho Chi Minh City), fixed until 31 December 2025."),
        ("sp",),
        ("p", "Initialled: GP (Hawthorn & Vale) / NTL (Green Leaf)   -   Reading / Binh Duong, 14 June 2024"),
    ], author="Hawthorn & Vale")),
])

# p40 -- release letter: no quantity, unscoped go-ahead, hold until further notice
case("p40", ["RG002", "RG004", "RG010"],
     "release letter releases 'the first production lot' without a quantity, says 'you may go ahead', remaining quantity on hold 'until further notice'; Søren Dahl named", [
    ("Produktionsfrigivelse_24-3350_RP17.docx", D([
        ("h1", "Produktionsfrigivelse / Production release"),
        ("p", "Fynbo Potteplanter A/S, Odense  ->  ZielPlast Sp. z o.o., Kalisz (att. Tomasz Wiśniewski)"),
        ("p", "Order 24-3350 - RP17-1350 round pot 17 cm, terracotta - 01.07.2024"),
        ("p", "Dear Tomasz,"),
        ("p", "We hereby release the first production lot of the 17 cm pots. You may go ahead."),
        ("p", "The remaining quantity stays on hold until further notice."),
        ("p", "Release authority for this order: Søren Dahl, COO."),
        ("sp",),
        ("p", "Venlig hilsen"),
        ("p", "Søren Dahl, COO - signed"),
    ], author="Søren Dahl")),
])

# p41 -- supplier portal: PO "released" on acceptance, deposit releases production
case("p41", ["RG009", "RG012"],
     "supplier portal: 'PO released' for acceptance and 'Deposit received -> Production released 24,000' while the buyer remark holds the 24,000 for Rick Olmstead's written release", [
    ("jinyuan_order_7300-463.html", html_page("Order 7300-463 - Jinyuan Horticulture", T("""
<h2>Jinyuan Horticulture &middot; Order Detail</h2>
<p>Customer: <b>Willamette Bloom Growers, Inc.</b> &nbsp;|&nbsp; Customer PO: <b>7300-463</b> &nbsp;|&nbsp; Item: NC-2G-200 #2 container, black</p>
<table>
<tr><th>Line</th><th>Qty</th><th>Remark</th></tr>
<tr><td>Samples</td><td>48</td><td>four dozen, by air</td></tr>
<tr><td>Production</td><td>24,000</td><td>ocean, 2 x 40HQ</td></tr>
</table>
<p><b>Customer PO remark:</b> &ldquo;48 samples NC-2G only. 24,000 on hold until written release from Rick Olmstead after sample sign-off by Tyler Brandt.&rdquo;</p>
<h3>Timeline</h3>
<table>
<tr><th>Date</th><th>Event</th><th>By</th></tr>
<tr><td>2024-06-13</td><td>PO received</td><td>Linda Chen</td></tr>
<tr><td>2024-06-14</td><td>PO released (accepted, OC JY-OC-0614 sent)</td><td>Linda Chen</td></tr>
<tr><td>2024-06-18</td><td>Deposit 30% received (USD 2,966.40) &rarr; <b>Production released: 24,000 pcs</b></td><td>Finance / Wang Jun</td></tr>
<tr><td>2024-06-19</td><td>Molding scheduled, machine HT-380 #4, start 06-24</td><td>Wang Jun</td></tr>
</table>
<p>Next milestone: samples ship 06-21 together with production start.</p>
"""))),
])

# p42 -- buyer portal PO: sample line with the season volume beside it
case("p42", ["RG001", "RG003", "RG004", "RG005"],
     "buyer portal PO: 60 sample window boxes with 'quoted volume 25.000 / season' beside them; no hold, no unlock event, no release person", [
    ("HV_supplier_portal_HV-40395.html", html_page("HV-40395 - Hawthorn & Vale Supplier Portal", T("""
<h2>Hawthorn &amp; Vale &middot; Supplier Portal</h2>
<p>Supplier: <b>Vervoort Kunststoffen NV</b> (V-0931) &nbsp;|&nbsp; <a href="#">Purchase orders</a> &middot; <a href="#">Range plan</a> &middot; <a href="#">Invoices</a></p>
<h3>Purchase order HV-40395 &nbsp;<small>issued 12/06/2024</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Type</th><th>Qty</th><th>Unit EUR</th><th>Due</th></tr>
<tr><td>1</td><td>WB-50-SAGE</td><td>Window box 50 cm, sage green, self-watering insert</td><td>Sample</td><td>60</td><td>0,00</td><td>28/06/2024</td></tr>
</table>
<h3>Range plan</h3>
<table>
<tr><th>Item</th><th>Quoted volume</th><th>Quoted price</th><th>Season</th></tr>
<tr><td>WB-50-SAGE</td><td>25.000 / season</td><td>EUR 2,14</td><td>Spring 2025</td></tr>
</table>
<div class="note"><p><b>Message from buyer:</b> Please deliver the samples to our Reading store (goods-in, Kennet Wharf) by 28/06. Thanks, Fiona</p></div>
"""))),
])

# p43 -- supplier portal: forecast confirmed as a firm order
case("p43", ["RG008"],
     "supplier portal converts the customer's forecast into 'CONFIRMED AS FIRM ORDER' for 48,000 baskets", [
    ("greenleaf_customer_portal_WBG.html", html_page("Green Leaf Plastics - customer portal", T("""
<h2>Green Leaf Plastics &middot; Customer Portal</h2>
<p>Customer: <b>Willamette Bloom Growers, Inc.</b> (C-0188) &nbsp;|&nbsp; Sales: Pham Minh Chau</p>
<h3>Forecasts &amp; orders</h3>
<table>
<tr><th>Doc</th><th>Item</th><th>Qty</th><th>Received</th><th>Status</th></tr>
<tr><td>FC-WBG-2025-HB10</td><td>HB-10 hanging basket 10&quot;, coco liner</td><td>48,000</td><td>2024-06-12</td><td><b>CONFIRMED AS FIRM ORDER</b> &rarr; SO-24-0702</td></tr>
<tr><td>PO 7300-431</td><td>HB-10 pilot lot</td><td>40</td><td>2024-05-20</td><td>shipped 2024-06-03</td></tr>
</table>
<div class="note"><p>Dear customer, thank you for your firm order of 48,000 pcs HB-10 (from your forecast 2025). Production plan: 12,000 pcs/month Nov&ndash;Feb. Order confirmation SO-24-0702 available under <a href="#">Documents</a>.</p></div>
"""))),
])

# p44 -- buyer portal: header and line qty disagree, "approved" / "released" for several things
case("p44", ["RG002", "RG009", "RG011"],
     "buyer portal PO: header total 80 vs sample line 60; approval status APPROVED (budget) and PO status Released beside production release; buyer message 'All approved on our side - go ahead!'", [
    ("WBG_supplier_portal_PO_7300-470.html", html_page("PO 7300-470 - Willamette Bloom supplier portal", T("""
<h2>Willamette Bloom Growers &mdash; Supplier Portal</h2>
<p>Logged in as: Jinyuan Horticulture (vendor 2041)</p>
<h3>Purchase Order 7300-470</h3>
<table>
<tr><th>Total qty</th><td>80 EA</td><th>Approval</th><td>APPROVED (budget FY24-Q3, R. Olmstead)</td></tr>
<tr><th>PO status</th><td>Released</td><th>Sample status</th><td>in transit</td></tr>
</table>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit (USD)</th></tr>
<tr><td>1</td><td>PT-72-DEEP</td><td>Deep plug tray 72-cell, black PS &mdash; sample lot</td><td>60</td><td>EA</td><td>0.00</td></tr>
</table>
<div class="note">
<p><b>Production:</b> 30,000 EA quoted &mdash; on hold, not released, until Tyler Brandt signs off the samples and Rick Olmstead issues a written production release. Material for samples only.</p>
</div>
<h3>Messages</h3>
<p><b>Dana Kowalczyk</b> (06/20/2024 9:14 AM): All approved on our side &ndash; go ahead!</p>
"""))),
])

# p45 -- supplier portal: buyer's unscoped "proceed"; supplier schedules production automatically
case("p45", ["RG002", "RG007"],
     "supplier portal: buyer comments 'Samples received, OK for us, proceed.'; supplier replies 'Samples approved -> production 15.000 scheduled, starts automatically' although production awaits Søren Dahl's release", [
    ("vervoort_klantenportaal_24-3412.html", html_page("Order 24-3412 - Vervoort klantenportaal", T("""
<h2>Vervoort Kunststoffen &middot; Klantenportaal</h2>
<p>Klant / customer: <b>Fynbo Potteplanter A/S</b>, Odense &nbsp;|&nbsp; Order 24-3412 &nbsp;|&nbsp; ST-40x60-15 shuttle tray</p>
<table>
<tr><th>Line</th><th>Qty</th><th>Status</th></tr>
<tr><td>Samples</td><td>120</td><td>delivered 14/06/2024</td></tr>
<tr><td>Production</td><td>15.000</td><td>on hold &ndash; awaiting customer release by S&oslash;ren Dahl after sample sign-off by Lars Holm</td></tr>
</table>
<h3>Comments</h3>
<table>
<tr><th>Date</th><th>From</th><th>Comment</th></tr>
<tr><td>17/06/2024 09:12</td><td>Mette Kj&aelig;r (Fynbo)</td><td>Samples received, OK for us, proceed.</td></tr>
<tr><td>17/06/2024 10:40</td><td>Els Declercq (Vervoort)</td><td>Thank you Mette! Samples approved &rarr; production 15.000 scheduled week 27 on press 5, starts automatically.</td></tr>
</table>
"""), lang="nl")),
])


# ===================================================================== build
def _write(path: Path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="\n")
    else:
        path.write_bytes(data)


def main():
    clean = [c for c in CASES if not c["expect"]]
    risky = [c for c in CASES if c["expect"]]
    assert len(CASES) == 70 and len(clean) == 25 and len(risky) == 45, (len(CASES), len(clean), len(risky))
    assert len({c["name"] for c in CASES}) == 70
    for rid in [f"RG{i:03d}" for i in range(1, 13)]:
        n = sum(rid in c["expect"] for c in CASES)
        assert n >= 6, (rid, n)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(182182).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h182_{i:02d}_{stem}"
        for fn, data in c["files"]:
            _write(OUT / folder / fn, data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
