#!/usr/bin/env python3
"""Generator for the releasegate check_holdout138 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout138/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.
Domain: industrial pumps and valves (castings, impellers, valve bodies, mechanical
seals, machined shafts).
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
SEED = 138138
PREFIX = "h138"


def case(name, expect, note, files):
    """files: list of (filename, data) with data as bytes or str."""
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


def quote_lines(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_mail(paragraphs):
    """Minimal HTML alternative for multipart/alternative mails."""
    return "<html><body style=\"font-family:Calibri,Arial;font-size:11pt\">" + "".join(
        f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs) + "</body></html>"


# ======================================================================
# CASES.  Names starting with c.. are clean (expect []), p.. carry risks.
# The descriptive names appear only here; folders get neutral names.
# ======================================================================

# ---------------------------------------------------------------- batch 1
# c01: Spanish foundry quotation with sample and series tiers -> no authorization, clean.
case("c01_quote_tiers_es", [], "supplier quotation with pattern-sample and series price tiers; "
     "no authorized quantity in the bundle (conv. 4)", [
    ("Oferta_Q-24-0871_Rheinpumpen.pdf", pdf([
        ("h1", "FUNDICIONES ARABA S.L."),
        ("p", "Polígono Industrial Júndiz, C/ Lermandabide 14, 01015 Vitoria-Gasteiz (Álava), Spain · "
              "CIF B01234567 · ISO 9001:2015 · PED 2014/68/EU Annex I 4.3 material manufacturer"),
        ("h", "OFERTA / QUOTATION Q-24-0871"),
        ("p", "Customer: Rheinpumpen GmbH, Einkauf / Purchasing, Am Hafen 12, 47119 Duisburg, Germany. "
              "Attn. Mr. Klaus Berger."),
        ("p", "Date: 22.04.2024 · Your enquiry: RFQ-2024-0412 of 09.04.2024 · Validity of offer: 60 days"),
        ("p", "Subject: closed impeller, 5 vanes, Ø 412 mm, material 1.4408 (GX5CrNiMo19-11-2), "
              "drawing RP-4412-07 Rev C, raw casting weight approx. 18,5 kg."),
        ("table", [
            ["Pos.", "Description", "Quantity", "Unit price", "Lead time"],
            ["1", "Pattern equipment (resin match plate + 2 core boxes), property of customer after payment",
             "1 set", "EUR 6.850,00", "5 weeks"],
            ["2", "Pattern samples (first-off castings) incl. EN 10204 3.1 certificate, PMI on each piece, "
                  "RT on 1 pc per ASTM E446 level 2", "3 pcs", "EUR 412,00 / pc", "3 weeks after pattern"],
            ["3", "Series castings, price tier A", "100 - 399 pcs per call-off", "EUR 268,50 / pc", "6 weeks ARO"],
            ["4", "Series castings, price tier B", "from 400 pcs per call-off", "EUR 254,00 / pc", "6 weeks ARO"],
        ]),
        ("sp",),
        ("p", "Notes:"),
        ("p", "1. Series prices are based on your indicated annual volume of approx. 400 pcs. This is an offer "
              "only; series castings are poured only against your separate written order."),
        ("p", "2. Prices EXW Vitoria-Gasteiz (Incoterms 2020), packing in wooden boxes included. Alloy surcharge "
              "for Ni and Mo according to LME average of the month before delivery."),
        ("p", "3. Payment: 30 days net from invoice date. Pattern equipment: 50 % with order, 50 % on delivery "
              "of the pattern samples."),
        ("p", "4. Machining, dynamic balancing and hydrostatic test are not included; we quote them on request."),
        ("p", "We remain at your disposal for any question. Un saludo cordial,"),
        ("p", "Iñaki Etxeberria · Sales Engineer · +34 945 29 41 07 · i.etxeberria@fundicionesaraba.es"),
    ], title="Quotation Q-24-0871", author="Fundiciones Araba")),
])

# c02: Indian foundry asks whether they have go-ahead for the balance; buyer's complete scope is quoted.
_c02_quoted = """\
-----Original Message-----
From: Jörg Hoffmann <joerg.hoffmann@rheinpumpen.de>
Sent: Tuesday, April 16, 2024 11:05
To: Sales <sales@shreeganeshcastings.in>
Subject: PO 4500218733 - Pattern samples volute casing

Dear Mr. Mehta,

please find our PO 4500218733 in the portal. Scope, so that there is no misunderstanding:

- Active now: 6 pcs pattern samples, volute casing EN-GJS-400-15, DRG 2210-330 Rev B.
- The balance of 474 pcs from your offer SGC/Q/24/117 (480 pcs in total) is NOT released.
  Please do not pour it.
- The balance will be released only after our sample sign-off (dimensions, PMI, UT of the
  flange area), by a written release note signed by me.
- Material authority: sample-only. Please buy no material for the balance.

Best regards
Jörg Hoffmann
Senior Buyer, Rheinpumpen GmbH
"""
_c02_text = """\
Dear Mr. Hoffmann,

Greetings from Rajkot!

This is to inform you that the 6 nos. pattern samples of volute casing are poured, knocked out
and fettled. Shot blasting completed today. Dimensional report of sample no. 1 and 2 is attached
for your kind perusal; balance reports (PMI, UT) will be sent by Friday.

Kindly confirm whether we have go-ahead for the balance 474 nos., as our melting shop is preparing
the heat plan for next month and asks me daily. We have not booked any material for it.

Awaiting your kind reply.

Thanks & Regards,
Nilesh Mehta
Manager - Marketing
Shree Ganesh Castings Pvt. Ltd.
GIDC Metoda, Rajkot 360021, Gujarat, India
Mob: +91 98250 41177

""" + quote_lines(_c02_quoted) + "\n"
_c02_att = """\
SHREE GANESH CASTINGS PVT. LTD. - DIMENSIONAL INSPECTION REPORT
Customer : Rheinpumpen GmbH          Part : Volute casing   DRG : 2210-330 Rev B
Material : EN-GJS-400-15             Heat No : SG-24-0419   Sample No : 1 & 2

SR  CHARACTERISTIC              SPEC (mm)          SAMPLE 1   SAMPLE 2   RESULT
--  --------------------------  -----------------  ---------  ---------  ------
 1  Suction flange OD           Ø 320 +/-1.0       320.4      319.8      OK
 2  Discharge flange OD         Ø 285 +/-1.0       285.2      285.6      OK
 3  Wall thickness volute       min 12.0           12.9       13.1       OK
 4  Face to face                480 +/-1.5         480.7      479.9      OK
 5  Bolt circle (8 x M20)       PCD 250 +/-0.5     250.1      250.2      OK

Inspected by: R. Vaghela (QC)     Date: 29.04.2024
"""
case("c02_supplier_question_quoted_scope", [], "supplier asks 'do we have go-ahead for the balance 474?' "
     "(question, conv. 8); quoted buyer PO note states active qty, hold, unlock event, named releaser", [
    ("RE_PO_4500218733_pattern_samples.eml", eml_bytes(mail(
        "Nilesh Mehta <nilesh.mehta@shreeganeshcastings.in>", "Jörg Hoffmann <joerg.hoffmann@rheinpumpen.de>",
        "RE: PO 4500218733 - Pattern samples volute casing", "Mon, 29 Apr 2024 16:42:10 +0530",
        _c02_text, attachments=[("DIR_2210-330_S1_S2.txt", _c02_att, "text/plain")]))),
])

# c03: Saudi water utility spare-part forecast, clearly labelled -> clean.
_c03_body = """
<h2>Al-Rawdah Water Services Company &mdash; Supply Chain Department</h2>
<p>Document: SCM-FC-2025-007 &middot; Issued: 12 May 2024 &middot; Supplier: Deccan Pumps Ltd. &ndash; Service Centre Dammam (Vendor No. 300148)</p>
<h3>Demand forecast 2025 &ndash; pump spares for Al-Kharj booster stations BS-3 and BS-4</h3>
<div class="note"><b>FORECAST ONLY &ndash; NOT A PURCHASE ORDER.</b> The quantities below are our planning estimate for
calendar year 2025. They do not commit Al-Rawdah Water to purchase anything and do not authorize production or the
purchase of material. Orders are placed only by numbered purchase orders issued by Procurement.</div>
<table>
<tr><th>Item</th><th>Description</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Total 2025 (forecast)</th></tr>
<tr><td>10</td><td>Mechanical seal cartridge 65 mm, API 682 Cat. 2, Arr. 1, Plan 11, PN 682-65-011</td><td>12</td><td>12</td><td>18</td><td>12</td><td>54</td></tr>
<tr><td>20</td><td>Impeller 2nd stage, duplex 1.4517, DRG ARW-IMP-3100 Rev 2</td><td>6</td><td>4</td><td>6</td><td>4</td><td>20</td></tr>
<tr><td>30</td><td>Wear ring set (casing + impeller), 1.4462</td><td>20</td><td>20</td><td>20</td><td>20</td><td>80</td></tr>
<tr><td>40</td><td>Shaft sleeve, 1.4462, DRG ARW-SL-0904 Rev 5</td><td>10</td><td>10</td><td>10</td><td>10</td><td>40</td></tr>
</table>
<p>Please use the figures for your capacity planning only and tell us by 15 June 2024 if any lead time exceeds 16 weeks.
Quantities can change with the outcome of the 2025 maintenance budget.</p>
<p>Contact: Mohammed Al-Shammari, Category Manager Rotating Equipment, +966 13 812 4400 ext. 217</p>
<p style="font-size:10px;color:#666">Al-Rawdah Water Services Company &middot; C.R. 2050012345 &middot; P.O. Box 3318, Dammam 31471, Kingdom of Saudi Arabia</p>
"""
case("c03_forecast_labelled_sa", [], "utility spare-part forecast clearly labelled 'forecast only - not a purchase "
     "order', no commitment wording (conv. 1, 11)", [
    ("SCM-FC-2025-007_forecast.html", html_page("Demand forecast 2025 - SCM-FC-2025-007", _c03_body)),
])

# c04: US pump maker full-quantity PO for machined shafts, 'proceed with the 24 shafts' -> clean.
_c04_paras = [
    "Hola Alejandro,",
    "Attached in the portal and summarized here: Lone Star Pump Works PO LSP-24-0655 for the machined pump "
    "shafts, part LSP-SH-2210, drawing Rev 4, material ASTM A564 Type 630 (17-4PH) condition H1150, "
    "surface Ra 0.8 on bearing seats, 100% MT per ASTM E1444.",
    "Quantity: 24 (twenty-four) shafts at USD 612.00 each, total USD 14,688.00. This PO is for the full "
    "quantity: there is no balance and no follow-on quantity on this order.",
    "You may proceed with the 24 shafts. Material: bar stock for the 24 shafts plus your normal cut-off "
    "allowance. Please send the mill certs (EN 10204 3.1) and the MT report with the shipment.",
    "Delivery: FCA Querétaro, need date June 28, 2024. Payment: net 45 days from receipt.",
    "Thanks and have a great weekend,",
    "Mike Donnelly\nBuyer, Direct Materials\nLone Star Pump Works, Inc.\n8400 Clinton Dr, Houston, TX 77029\n+1 713 555 0142",
]
case("c04_full_qty_po_proceed_us", [], "full-quantity PO (24 shafts, 'no balance'); 'proceed with the 24 shafts' "
     "is scoped (conv. 5, 8)", [
    ("PO_LSP-24-0655_shafts.eml", eml_bytes(mail(
        "Mike Donnelly <mdonnelly@lonestarpump.com>", "Alejandro Ruiz <aruiz@maquinadosbajio.mx>",
        "PO LSP-24-0655 - pump shafts LSP-SH-2210 Rev 4 (24 pcs)", "Fri, 03 May 2024 15:20:00 -0500",
        "\n\n".join(_c04_paras) + "\n", html=html_mail(_c04_paras)))),
])

# c05: Brazilian pump maker call-off with explicit staged material authority -> clean.
case("c05_calloff_staged_material_br", [], "call-off releases 50 of blanket 400; explicit staged material authority "
     "up to 200; balance 350 on hold until next call-off signed by named manager (conv. 10)", [
    ("Chamada_01_Contrato_4600001122.docx", docx_bytes([
        ("h1", "Bombas Paraná Ltda. — Call-off No. 01"),
        ("p", "Blanket order (contrato de fornecimento) 4600001122 · Supplier: Ege Döküm San. ve Tic. A.Ş., "
              "İzmir, Türkiye · Date: 06/05/2024"),
        ("p", "Part: closed impeller Ø 315 mm, ASTM A890 Grade 4A (CD3MN), drawing BP-IMP-315-06 Rev D. "
              "Blanket quantity: 400 pcs over 2024/2025 at the agreed price of USD 188,00/pc."),
        ("h", "What this call-off authorizes"),
        ("table", [
            ["", "Quantity", "Status", "Requested delivery"],
            ["Call-off 01", "50 pcs", "released for production", "week 28/2024, FOB İzmir"],
            ["Remaining blanket quantity", "350 pcs", "NOT released", "—"],
            ["Material authority", "up to 200 castings' worth of CD3MN ingot", "staged, at Bombas Paraná's liability", "—"],
        ]),
        ("p", "Production: please make the 50 pcs of call-off 01 only."),
        ("p", "Material: you may buy and stage ingot for up to 200 castings (the 50 of this call-off plus 150 in "
              "reserve). Bombas Paraná pays for that staged material if the remaining blanket quantity is "
              "cancelled. Material beyond 200 castings is at your own risk."),
        ("p", "The remaining 350 pcs are released only by a further written call-off signed by Fernanda Lima, "
              "Gerente de Suprimentos (Supply Manager). Nothing else releases them — not the forecast, not an "
              "invoice, not a phone call."),
        ("p", "Please acknowledge this call-off by e-mail within 2 working days."),
        ("p", "Fernanda Lima — Gerente de Suprimentos — Bombas Paraná Ltda., Rod. BR-277 km 12, Curitiba/PR — "
              "+55 41 3555 0190"),
    ], author="Fernanda Lima")),
])

# c06: German pump maker records an explicit auto-conversion (quantity, signer, conditions) -> clean.
_c06_text = """\
Dear Mr. Yılmaz,

thank you for the good call this morning. As agreed, here is the written record for PO 4500219001
(pump casing 1.0619 / GP240GH, DRG RP-GH-8810 Rev F):

1. Released now: 5 pcs first-off castings.
2. Auto-conversion (agreed and recorded): if the sample sign-off of the 5 first-off castings is issued
   with the disposition "approved" and signed by Dr. Anja Weber, Head of Quality, that sign-off by itself
   releases 95 pcs of the series for production. No further document is needed for these 95 pcs.
   Conditions: all 5 castings pass dimensions, RT per EN 12681 severity level 2 and the hydro test at
   24 bar; sign-off dated no later than 31 July 2024.
3. The remaining 150 pcs (of 250 in total) are not released. They stay on hold until a written release
   note from Klaus Berger, Head of Purchasing.
4. Material authority: material for the 5 first-off castings now; material for the 95 pcs only after the
   sign-off in point 2 has been issued.

The call notes are attached as HTML for your files. Please confirm by return mail that your scheduling
follows points 1-4.

Mit freundlichen Grüßen / Best regards
Klaus Berger
Head of Purchasing
Rheinpumpen GmbH, Am Hafen 12, 47119 Duisburg
Tel. +49 203 555 2180
"""
_c06_att = html_page("Call notes PO 4500219001", """
<h3>Call notes &ndash; 08.05.2024, 09:30 &ndash; PO 4500219001 pump casing RP-GH-8810 Rev F</h3>
<p>Participants: Klaus Berger (Head of Purchasing), Dr. Anja Weber (Head of Quality), Rheinpumpen GmbH;
Emre Yılmaz (Sales Manager), Anadolu Döküm A.Ş.</p>
<table>
<tr><th>Topic</th><th>Agreement</th></tr>
<tr><td>Released now</td><td>5 pcs first-off castings</td></tr>
<tr><td>Auto-conversion</td><td>Sample sign-off &laquo;approved&raquo; signed by Dr. Anja Weber releases 95 pcs of the series by itself (conditions: dimensions, RT EN 12681 SL2, hydro 24 bar; sign-off by 31.07.2024)</td></tr>
<tr><td>Remaining 150 pcs</td><td>Not released; on hold until written release note from Klaus Berger</td></tr>
<tr><td>Material authority</td><td>5 castings now; 95 castings after the sign-off above</td></tr>
</table>
<p>Total order quantity: 250 pcs (5 + 95 + 150).</p>
""")
case("c06_explicit_auto_conversion_de", [], "explicit recorded auto-conversion naming quantity (95), signer and "
     "conditions; remaining 150 on hold until written release by named person (conv. 9)", [
    ("PO_4500219001_call_record.eml", eml_bytes(mail(
        "Klaus Berger <klaus.berger@rheinpumpen.de>", "Emre Yılmaz <emre.yilmaz@anadoludokum.com.tr>",
        "PO 4500219001 - written record of today's call (first-off castings / auto-conversion)",
        "Wed, 08 May 2024 11:47:00 +0200", _c06_text,
        cc="Anja Weber <anja.weber@rheinpumpen.de>",
        attachments=[("call_notes_2024-05-08.html", _c06_att, "text/html")]))),
])

# c07: Chinese foundry: 'the deposit does not release production', buyer scope quoted -> clean.
_c07_quoted = """\
From: Dana Whitfield <dwhitfield@lonestarpump.com>
Sent: Thursday, May 2, 2024 9:12 AM
To: Lily Zhou <lily.zhou@nbhaitian-foundry.cn>
Subject: PO LSP-24-0613 pump casing samples

Hi Lily,

PO LSP-24-0613 is attached. To be clear on scope:
- 5 sample castings, pump casing ASTM A216 WCB, drawing LSP-PC-0880 Rev 3, are authorized now.
- The balance of 395 pcs from your quote (400 total) is not released.
- The balance will only be released after our sample sign-off (dimensions, RT, hydro at 1.5x
  rated pressure), by a written release from me.
- Material authority: sample-only.
- The 30% deposit in your PI covers the pattern and the 5 samples.

Thanks,
Dana Whitfield
Purchasing Manager, Lone Star Pump Works
"""
_c07_text = """\
Dear Dana,

Good day! We received your 30% deposit of USD 3,960.00 for PO LSP-24-0613 today, thank you very much.

Please note: the deposit does not release production. We will cast only the 5 sample castings now and
wait for your written release for the balance 395 pcs. No WCB material is bought for the balance.

Pattern is finished, first pouring is planned on May 20. We will send the RT films and the hydro test
video before shipping the samples by air.

Best regards,
Lily Zhou
Export Sales | Ningbo Haitian Precision Foundry Co., Ltd.
No. 88 Xingye Road, Beilun, Ningbo 315800, China
Tel: +86 574 8618 2210  WeChat: lilyzhou_nbht

""" + quote_lines(_c07_quoted) + "\n"
case("c07_deposit_not_release_cn", [], "supplier states 'the deposit does not release production' (conv. 14); "
     "quoted buyer scope complete", [
    ("RE_PO_LSP-24-0613_deposit.eml", eml_bytes(mail(
        "Lily Zhou <lily.zhou@nbhaitian-foundry.cn>", "Dana Whitfield <dwhitfield@lonestarpump.com>",
        "RE: PO LSP-24-0613 pump casing samples - deposit received", "Tue, 07 May 2024 14:05:33 +0800",
        _c07_text))),
])

# c08: Turkish foundry order acknowledgement that restates the hold -> clean.
case("c08_supplier_ack_restates_hold_tr", [], "supplier acknowledgement restating 8 first-off castings only, "
     "balance 392 not released, unlock event and named releaser; sample-only material", [
    ("OA_7100045521_Yildiz_Dokum.pdf", pdf([
        ("h1", "YILDIZ DÖKÜM SANAYI A.S."),
        ("p", "Organize Sanayi Bölgesi 3. Cadde No: 17, 16140 Nilüfer / Bursa, Türkiye · ISO 9001:2015 · "
              "ISO 14001:2015 · AD 2000-W0 / PED material manufacturer"),
        ("h", "ORDER ACKNOWLEDGEMENT OA-24-0388"),
        ("p", "Customer: Gulf Process Engineering Co. Ltd., Dammam, Kingdom of Saudi Arabia"),
        ("p", "Your PO: 7100045521 dated 25.04.2024 · Project: Ras Tanura Seawater Intake, Package P-14"),
        ("table", [
            ["Item", "Description", "Acknowledged scope"],
            ["10", "Valve body 8\" CL300, ASTM A216 WCB, DRG GPE-VB-0830 Rev 2",
             "8 pcs first-off castings — will be produced"],
            ["—", "Balance of project quantity (400 pcs in total)",
             "392 pcs: NOT released, NOT scheduled, no material bought"],
            ["—", "Unlock event for the balance",
             "Witness inspection sign-off of the 8 first-off castings (VT, MT, RT per ASME B16.34, "
             "hydro test per API 598) and a written release from Eng. Faisal Al-Qahtani, Procurement Manager"],
            ["—", "Material authority", "sample-only (8 castings)"],
        ]),
        ("sp",),
        ("p", "We understand that this PO does not release series production. We will not pour any series "
              "casting before we receive the written release named above."),
        ("p", "Delivery of first-off castings: 6 weeks after completion of the pattern, planned "
              "week 25/2024, FCA Bursa. Inspection notification 10 days in advance per your ITP."),
        ("p", "Bursa, 29.04.2024 — Kemal Aydin, Export Manager — +90 224 555 31 40 — kemal.aydin@yildizdokum.com.tr"),
    ], title="Order acknowledgement OA-24-0388", author="Yildiz Dokum")),
])

# c09: Indian pump maker QA: samples approved for fit check only, production not released -> clean.
_c09_text = """\
Dear Ms. Wang,

Greetings from Pune.

We have completed the inspection of the 4 nos. sample impeller castings (DRG KP-IMP-3305 Rev 2,
CA6NM, heat no. WH24-1187) received on 06.05.2024.

Result of sample inspection:
- Dimensional check: OK (report DI-24-0562 attached in our portal).
- Chemical and mechanical per 3.1 certificate: OK.
- The samples are approved for fit check only. Production is not released.

Fit check will be done on our test pump DP-250 in week 21. Thereafter the hydro test of the assembled
casing and the dynamic balancing (ISO 21940-11 grade G2.5) of the impeller will be done.

For clarity on PO 5200013377: it covers the 4 nos. samples only. The balance 196 nos. (of 200 nos.
quoted) stays on hold. Series release will come only as a written release note from Mr. Prakash
Kulkarni, GM - Purchase, after the hydro test and balancing results are signed off by our QA.
Kindly do not book material for the balance.

Thanks & regards,
Swati Deshpande
Sr. Engineer - Supplier Quality
Deccan Pumps Ltd., Plot 44, MIDC Bhosari, Pune 411026, India
Tel: +91 20 2712 5530
"""
case("c09_scoped_sample_approval_in", [], "'approved for fit check only. Production is not released.' with "
     "active qty 4, hold 196, unlock event, named releaser (conv. 8)", [
    ("Sample_inspection_KP-IMP-3305.eml", eml_bytes(mail(
        "Swati Deshpande <swati.deshpande@deccanpumps.co.in>", "Wang Li <wangli@taizhou-castings.cn>",
        "PO 5200013377 - sample impellers KP-IMP-3305 - inspection result", "Thu, 09 May 2024 17:20:00 +0530",
        _c09_text, cc="Prakash Kulkarni <prakash.kulkarni@deccanpumps.co.in>",
        html=html_mail(_c09_text.split("\n\n"))))),
])

# c10: WhatsApp: foundry asks to pour the balance, buyer says no, only the 4 samples -> clean.
_c10_chat = """\
14/05/2024, 09:12 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
14/05/2024, 09:12 - Rajesh Nair (Aqua Flow Pumps) created group "AFP x Sri Murugan Foundry"
14/05/2024, 09:14 - Rajesh Nair (Aqua Flow Pumps): Good morning Senthil sir. Sending PO copy here also for quick reference
14/05/2024, 09:14 - Rajesh Nair (Aqua Flow Pumps): PO_4100088812.pdf (file attached)
14/05/2024, 09:20 - Senthil Kumar SMF: Received sir 🙏 Pattern is ready. Samples we will pour on Thursday
14/05/2024, 11:02 - Senthil Kumar SMF: Sir one doubt. Ladle capacity is enough for more pcs. Can we start pouring the balance also in same heat? It will save cost for you
14/05/2024, 11:31 - Rajesh Nair (Aqua Flow Pumps): No sir. Only the 4 samples on PO 4100088812 (impeller AFP-IMP-160, CF8M)
14/05/2024, 11:32 - Rajesh Nair (Aqua Flow Pumps): Balance 146 nos stays on hold. It gets released only by written release from me, after PMI + hydro test reports of samples are signed off by our QA
14/05/2024, 11:32 - Rajesh Nair (Aqua Flow Pumps): Material also only for 4 samples pls. Extra metal you can pour in your own stock items
14/05/2024, 11:40 - Senthil Kumar SMF: Ok sir noted. Only 4 nos samples. Balance 146 hold 👍
14/05/2024, 11:41 - Senthil Kumar SMF: Will share PMI report Friday
14/05/2024, 18:05 - Rajesh Nair (Aqua Flow Pumps): Thank you. Send photos of the gating also, our QA wants to see
"""
case("c10_whatsapp_question_refused_in", [], "supplier asks to pour balance; buyer (named in chat) limits to 4 "
     "samples, balance 146 on hold until QA sign-off and written release from him; supplier confirms", [
    ("WhatsApp Chat with AFP x Sri Murugan Foundry.txt", _c10_chat),
])

# c11: German SAP printout, full-quantity PO for duplex shafts -> clean.
_c11_sap = """\
Rheinpumpen GmbH                                            PURCHASE ORDER / BESTELLUNG
Am Hafen 12 . 47119 Duisburg . Germany
                                                            PO number     4500220417
Supplier   0000104477                                       Date          06.05.2024
Mecanizados Ebro S.L.                                       Buyer/Group   P12 / J. Hoffmann
Pol. Ind. Malpica, Calle E Parc. 31                         Phone         +49 203 555 2174
50016 Zaragoza                                              Currency      EUR
Spain                                                       Page          1 of 1

Terms of payment : 0030  within 30 days net
Incoterms        : FCA Zaragoza (Incoterms 2020)

----------------------------------------------------------------------------------------
Item  Material        Description                           Qty  UoM  Price/Unit   Net value
----------------------------------------------------------------------------------------
00010 3301-118-011    Pump shaft, duplex 1.4462                36 ST       488,00   17.568,00
                      DRG 3301-118 Rev 11, EN 10088-3, 3.1 per EN 10204
                      Del. date: 26.07.2024   Plant 1000 Duisburg
----------------------------------------------------------------------------------------
                                                           Total net value  17.568,00 EUR

Header text:
Full order quantity: 36 pcs. No further quantities are planned under this PO; there is no balance.
Please manufacture and deliver the 36 shafts against this PO. Include the 3.1 certificate and the
UT report per SEP 1921 class D/d in the delivery.

Our general terms of purchase (AEB 2023) apply. Please confirm this PO within 3 working days.
----------------------------------------------------------------------------------------
Printed 06.05.2024 10:14 by HOFFMANNJ                                   SAP ME9F  Output NEU
"""
case("c11_sap_full_qty_po_de", [], "SAP printout, full-quantity PO 36 shafts, 'there is no balance'; "
     "identifiers like 3301-118-011, EN 10204 (conv. 5)", [
    ("PO_4500220417.txt", _c11_sap),
])

# c12: Brazilian revised PO that supersedes Rev 1 (40 -> 60 pilot) with full scope -> clean.
case("c12_revised_po_supersedes_br", [], "PO Rev 2 explicitly supersedes Rev 1 (pilot 40 -> 60); one authorized "
     "qty (60); balance 540 on hold until PPAP sign-off and written release by named manager", [
    ("PO_4500031877_Rev2.pdf", pdf([
        ("h1", "BOMBAS PARANÁ LTDA."),
        ("p", "Rod. BR-277 km 12, Curitiba/PR, Brasil · CNPJ 12.345.678/0001-90"),
        ("h", "PEDIDO DE COMPRA / PURCHASE ORDER 4500031877 — REVISION 2"),
        ("p", "Supplier: Maquinados de Precisión del Norte S.A. de C.V., Apodaca, N.L., México · Date of Rev 2: "
              "10/05/2024"),
        ("p", "This Revision 2 supersedes Revision 1 of 22/04/2024 in full. Revision 1 is void."),
        ("p", "Change against Rev 1: pilot quantity changed from 40 pcs to 60 pcs (additional pump test "
              "programme). No other change."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit price", "Scope"],
            ["10", "BP-SL-4471 Rev B", "Shaft sleeve, 1.4462 duplex, HVOF coated (WC-CoCr) on seal area",
             "60 pcs", "USD 74,20", "pilot lot — released"],
        ]),
        ("sp",),
        ("p", "Scope of this order: the 60 pilot sleeves above are the only quantity released. The balance of "
              "540 pcs of your quotation QMN-2024-0391 (600 pcs in total) is not released. Do not start it and "
              "do not buy material for it (material authority: pilot lot only)."),
        ("p", "Unlock of the balance: after PPAP sign-off of the pilot lot (PSW level 3), by a written release "
              "from Ana Souza, Gerente de Suprimentos."),
        ("p", "Delivery: DAP Curitiba, 19/07/2024. Payment: 60 days DDL. Coating thickness report and "
              "hardness test per line 10 drawing notes."),
        ("p", "Ana Souza — Gerente de Suprimentos — ana.souza@bombasparana.com.br — +55 41 3555 0177"),
    ], title="PO 4500031877 Rev 2", author="Bombas Parana")),
])

# c13: US PO for API 682 seals, identifiers look like quantities, full quantity -> clean.
case("c13_identifiers_full_qty_us", [], "full-quantity PO for 12 cartridge seals; many numeric identifiers "
     "(PN 2500-480-120, DRG 7000 Rev 15, API 682, 450 psig, ISO 21049)", [
    ("PO_LSP-24-0702_seals.pdf", pdf([
        ("h1", "LONE STAR PUMP WORKS, INC."),
        ("p", "8400 Clinton Dr, Houston, TX 77029, USA · Phone +1 713 555 0100"),
        ("h", "PURCHASE ORDER LSP-24-0702"),
        ("p", "Vendor: Sellos Industriales de Monterrey S.A. de C.V., Av. Ruiz Cortines 2800, Guadalupe, N.L., "
              "Mexico · Vendor ID 20088 · Date: May 13, 2024 · Ship via: FedEx Freight, FCA Monterrey"),
        ("table", [
            ["Line", "Part number", "Description", "Qty", "Unit", "Unit price (USD)", "Ext. (USD)"],
            ["1", "2500-480-120", "Cartridge mechanical seal 75 mm per API 682 4th Ed., Cat. 2, Arr. 1, "
             "Plan 11, DRG 7000 Rev 15, faces SiC/carbon, O-rings FKM", "12", "EA", "2,140.00", "25,680.00"],
            ["2", "SVC-TEST-682", "Static + dynamic qualification test report per ISO 21049:2011 / "
             "API 682 (test pressure 450 psig)", "1", "LOT", "included", "0.00"],
        ]),
        ("sp",),
        ("p", "Quantity: twelve (12) seals. This is the complete quantity for project 24-118 (Gulf Coast "
              "Refinery, pumps P-4101 A/B through P-4106 A/B); there is no balance and no follow-on release."),
        ("p", "Please manufacture the 12 seals per this PO and DRG 7000 Rev 15. Material certs EN 10204 3.1 "
              "for wetted metal parts (316L, Alloy C-276 springs). Tag each seal with the pump item number."),
        ("p", "Need date: July 19, 2024. Terms: net 45. Standard T&C form LSP-TC-09 apply."),
        ("p", "Buyer: Mike Donnelly, mdonnelly@lonestarpump.com, +1 713 555 0142"),
    ], pagesize=LETTER, title="PO LSP-24-0702", author="Lone Star Pump Works")),
])

# c14: German SAP scheduling agreement with firm zone and labelled forecast zone -> clean.
_c14_sap = """\
Rheinpumpen GmbH                                      DELIVERY SCHEDULE / LIEFERABRUF
Am Hafen 12 . 47119 Duisburg . Germany

Scheduling agreement : 5500004410  item 00010        Schedule no. : 0007
Supplier             : 0000103920 Shree Ganesh Castings Pvt. Ltd., Rajkot, India
Material             : 2210-410-002  Bowl casing EN-GJS-400-15, DRG 2210-410 Rev C
Date of schedule     : 13.05.2024          Previous schedule: 0006 of 15.04.2024
Cum. received qty    : 360 ST              Last GR: 06.05.2024, delivery note SGC/DN/24/0611

---------------------------------------------------------------------------------------
Zone       Line  Delivery date   Qty (ST)   Status
---------------------------------------------------------------------------------------
FIRM       0001  KW 25/2024          60     released for production
FIRM       0002  KW 27/2024          60     released for production
FORECAST   0003  KW 31/2024          80     forecast - not released, not binding
FORECAST   0004  KW 35/2024          80     forecast - not released, not binding
FORECAST   0005  KW 40/2024          80     forecast - not released, not binding
FORECAST   0006  KW 44/2024          80     forecast - not released, not binding
---------------------------------------------------------------------------------------
Firm zone total (released for production)  : 120 ST
Forecast zone total (for capacity planning): 320 ST

Notes:
1. Only the firm zone (lines 0001-0002, 120 ST in total) is released for production.
2. Lines 0003-0006 are a forecast for your capacity planning only. They are not released and not
   an order. They become production authority only when they appear in the firm zone of a later
   delivery schedule issued by Jörg Hoffmann, Senior Buyer (next schedule 0008 planned 10.06.2024).
3. Material authority: material for the firm zone only (120 ST).
---------------------------------------------------------------------------------------
Printed 13.05.2024 07:55 by HOFFMANNJ                               SAP ME38 / Output LPH1
"""
case("c14_sap_schedule_firm_forecast_de", [], "scheduling agreement: firm zone 120 released, forecast zone "
     "labelled not released/not binding, next schedule by named buyer, material for firm zone only", [
    ("Lieferabruf_5500004410_0007.txt", _c14_sap),
])

# c15: Mexican supplier portal status page restating the hold -> clean.
_c15_body = """
<h2>Maquinados del Bajío &mdash; Portal de Clientes / Customer Portal</h2>
<p>Customer: <b>Lone Star Pump Works, Inc.</b> &middot; Logged in: jmartins@lonestarpump.com &middot; Status as of 2024-05-15 08:00 CST</p>
<h3>Order LSP-24-0690 &mdash; Seal gland 316L, part LSP-GL-3320 Rev A</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer PO</td><td>LSP-24-0690 (received 2024-05-02, acknowledged 2024-05-03)</td></tr>
<tr><td>Released for production</td><td>10 pcs (samples)</td></tr>
<tr><td>On hold</td><td>590 pcs &mdash; not released by customer</td></tr>
<tr><td>Unlock event</td><td>Sample sign-off by customer + written release from Julia Martins, Buyer</td></tr>
<tr><td>Material purchased</td><td>316L bar &Oslash;90 for 10 pcs (sample-only material authority)</td></tr>
<tr><td>Work order</td><td>WO-24-1733, 10 pcs, CNC cell 4, operations 10-60 done, CMM pending</td></tr>
<tr><td>Next step</td><td>Ship samples FCA Querétaro 2024-05-22 with CMM report and 3.1 certs</td></tr>
</table>
<p class="note">The remaining 590 pcs will not be scheduled until the written release is uploaded to this portal.</p>
<p style="font-size:10px">Maquinados del Bajío S.A. de C.V. &middot; Av. 5 de Febrero 1820, Querétaro, Qro. &middot; soporte@maquinadosbajio.mx</p>
"""
case("c15_supplier_portal_hold_mx", [], "supplier portal status (non-authorizing): 10 samples released, 590 on "
     "hold, unlock event and named releaser, sample-only material", [
    ("portal_order_LSP-24-0690.html", html_page("Order LSP-24-0690 - Customer Portal", _c15_body)),
])


# ---------------------------------------------------------------- batch 2
# c16: Saudi EPC sample scope email with DOCX ITP attached -> clean.
_c16_text = """\
Dear Ms. Menéndez,

Further to our PO 7100046030 issued today, please note the scope of the order:

1. Authorized now: 2 (two) first-off valve bodies 12" CL600, ASTM A351 CF8M, DRG GPE-VB-1260 Rev 1.
2. The remaining 46 bodies of the project quantity (48 in total) are NOT released. Please do not
   pour them and do not buy material for them; material authority is sample-only.
3. The 46 bodies will be released only after the ITP hold points H1 to H4 on the first-off bodies
   are signed by our inspector, by a written release from me.

The ITP GPE-ITP-0412 Rev 1 is attached. Kindly notify inspection 10 working days before each hold
point; our TPI is Bureau Veritas, Madrid office.

Best regards,

Eng. Khalid Al-Otaibi
Procurement Lead - Rotating & Static Equipment
Gulf Process Engineering Co. Ltd.
King Saud Street, Dammam 32241, Kingdom of Saudi Arabia
Tel: +966 13 833 7100 ext. 412
"""
_c16_itp = docx_bytes([
    ("h1", "Inspection and Test Plan GPE-ITP-0412 Rev 1"),
    ("p", "Item: valve body 12\" CL600, ASTM A351 CF8M, DRG GPE-VB-1260 Rev 1 · PO 7100046030 · "
          "Supplier: Fundiciones del Norte S.A., Avilés (Asturias), Spain"),
    ("table", [
        ["No.", "Activity", "Reference / acceptance", "Supplier", "GPE", "TPI"],
        ["1", "Pattern and mould check", "DRG GPE-VB-1260 Rev 1", "P", "R", "-"],
        ["2", "Chemical analysis per heat", "ASTM A351 CF8M, EN 10204 3.1", "P", "R", "R"],
        ["3", "PMI of each casting", "GPE-SP-0207", "P", "W", "W"],
        ["4", "Visual inspection", "MSS SP-55", "P", "W", "-"],
        ["5", "Radiography of critical areas", "ASME B16.34 Appendix I", "P", "H1", "H"],
        ["6", "Liquid penetrant examination", "ASME B16.34 Appendix III", "P", "W", "-"],
        ["7", "Dimensional check", "DRG GPE-VB-1260 Rev 1", "P", "H2", "-"],
        ["8", "Hydrostatic shell test, 1.5 x rating", "API 598 / ASME B16.34", "P", "H3", "H"],
        ["9", "Final documentation review (MDR)", "GPE-SP-0001", "P", "H4", "R"],
    ]),
    ("p", "Legend: P = perform, H = hold point (work stops until the inspector signs), W = witness, R = review."),
    ("p", "The hold points in this ITP are inspection hold points for the 2 first-off bodies. They are "
          "separate from the production hold on the remaining 46 bodies stated in the PO cover letter."),
    ("p", "Prepared: M. Haddad (QA/QC) · Checked: Eng. Khalid Al-Otaibi · Rev 1 · 14.05.2024"),
], author="Gulf Process Engineering")
case("c16_epc_scope_with_itp_sa", [], "EPC sample scope (2 first-off, 46 not released, unlock after ITP hold "
     "points + written release from named sender); DOCX ITP uses 'hold point' in the inspection sense", [
    ("PO_7100046030_first-off_scope.eml", eml_bytes(mail(
        "Khalid Al-Otaibi <k.alotaibi@gulfprocess.com.sa>", "Beatriz Menéndez <bmenendez@fundinorte.es>",
        "PO 7100046030 - 12\" CL600 valve bodies - first-off scope and ITP", "Tue, 14 May 2024 10:05:00 +0300",
        _c16_text, html=html_mail(_c16_text.split("\n\n")),
        attachments=[("GPE-ITP-0412_Rev1.docx", _c16_itp, DOCX_MT)]))),
])

# c17: Teams chat: QA sample sign-off done, production still not released -> clean.
_c17_chat = """\
Chat: Rheinpumpen / Ningbo Haitian - PO 4500219342 sample castings
Exported by Sabine Krüger on 16.05.2024 08:10 (Microsoft Teams)

[15.05.2024 09:58] Wei Zhang (Ningbo Haitian Precision Foundry)
RT films of the 3 sample castings are uploaded to the shared folder, 12 films per casting.

[15.05.2024 10:15] Sabine Krüger (Rheinpumpen QA)
Thanks Wei. NDT OK on all 3 sample castings, severity level 2 met everywhere. From QA side the sample
sign-off is done, report QS-24-0331 follows today.

[15.05.2024 10:16] Sabine Krüger (Rheinpumpen QA)
Important: production is still not released. PO 4500219342 covers only the 3 samples. Klaus Berger
will send the release note with the series quantity once our internal budget sign-off is in.

[15.05.2024 10:21] Wei Zhang (Ningbo Haitian Precision Foundry)
Understood Sabine. We keep the 297 pcs on hold and buy no material until the release note from Mr. Berger.

[15.05.2024 10:24] Klaus Berger (Rheinpumpen Purchasing)
Confirmed. Budget meeting is on 22.05. Until my release note nothing beyond the 3 samples, please.

[15.05.2024 10:25] Wei Zhang (Ningbo Haitian Precision Foundry)
👍
"""
case("c17_teams_signoff_not_release_de", [], "Teams: QA sample sign-off done but 'production is still not "
     "released'; 3 samples only, 297 on hold until budget sign-off + release note from named buyer", [
    ("Teams_chat_PO_4500219342.txt", _c17_chat),
])

# c18: Brazilian buyer reply confirming only 5 pilot impellers, supplier question quoted -> clean.
_c18_text = """\
Olá Roberto, tudo bem?

Thanks for the quick answer. Confirming again so nobody in the plant gets it wrong:

- only the 5 pilot impellers under PO 4500031950 (impeller Ø 250 mm, CA6NM, DRG BP-IMP-250-03 Rev C);
- do not start the rest (bal. 195 pcs). It stays on hold;
- the 195 pcs will be released only by a written release from Eng. Paulo Ribeiro, Gerente de
  Engenharia, after the PPAP sign-off of the 5 pilot pcs;
- material only for the 5 pcs, por favor.

One campaign for all 200 is not possible for us now, sorry. If the PPAP goes well we can talk about
campaign sizes for the series.

Abraço,
Marcos Oliveira
Comprador Sênior | Bombas Paraná Ltda.
Rod. BR-277 km 12, Curitiba/PR | +55 41 3555 0163

-----Mensagem original-----
De: Roberto Garza <rgarza@fundicionmonterrey.mx>
Enviada em: segunda-feira, 13 de maio de 2024 08:47
Para: Marcos Oliveira <marcos.oliveira@bombasparana.com.br>
Assunto: RE: PO 4500031950 impulsores piloto

> Marcos, buenos días.
>
> Pattern is ready and was checked in our pattern shop on Friday. Question: can we plan the full
> 200 pcs in one campaign to save on the melt? It would reduce the price about 4%.
>
> Saludos,
> Ing. Roberto Garza
> Fundición Monterrey S.A. de C.V. | Ventas
"""
case("c18_br_reply_only_pilot", [], "buyer reply: only 5 pilot impellers, bal. 195 on hold until PPAP sign-off "
     "+ written release from named engineer; quoted supplier question does not count (conv. 3)", [
    ("RE_PO_4500031950_impulsores_piloto.eml", eml_bytes(mail(
        "Marcos Oliveira <marcos.oliveira@bombasparana.com.br>", "Roberto Garza <rgarza@fundicionmonterrey.mx>",
        "RE: RE: PO 4500031950 impulsores piloto", "Mon, 13 May 2024 10:31:00 -0300", _c18_text,
        cc="Paulo Ribeiro <paulo.ribeiro@bombasparana.com.br>"))),
])

# c19: German buyer forwards a 2022 quote (5,000 pcs) as message/rfc822, declared informational -> clean.
_c19_old = mail("Murat Demir <murat.demir@demirdokum.com.tr>", "Jörg Hoffmann <joerg.hoffmann@rheinpumpen.de>",
                "Teklif / Offer DD-22-0187 bearing housing", "Thu, 17 Mar 2022 15:02:00 +0300",
                """\
Dear Mr. Hoffmann,

thank you for your inquiry. Our offer DD-22-0187 for the bearing housing EN-GJL-250,
DRG RP-LH-0622 Rev 5:

- Pattern equipment (aluminium, 2 cavities): EUR 3.900,00
- Sample castings, 20 pcs: EUR 46,00 / pc
- Series, 5,000 pcs per year: EUR 21,40 / pc (delivery in monthly lots)

Validity 90 days. Delivery FCA Kayseri. Payment 60 days.

Saygılarımla / Best regards
Murat Demir
Demir Döküm San. Tic. Ltd. Şti., Kayseri OSB
""", msgid="<h138-2022-0187@demirdokum.com.tr>")
_c19_text = """\
Dear Mr. Demir,

please find our PO 4500221190 for 20 (twenty) sample castings of the bearing housing EN-GJL-250,
DRG RP-LH-0622 Rev 7, in our supplier portal.

For your reference I forward your offer of March 2022 (attached message). The 5,000 pcs per year
mentioned there are for information only and are not released - that project was never realized at
that volume, and the drawing has changed twice since.

Current scope:
- 20 sample castings are released now.
- The remaining 480 pcs of the present project quantity (500 pcs) are not released.
- They will be released only after our sample sign-off (dimensions, hardness, leak test at 6 bar),
  by a written release note from me.
- Material authority: sample-only.

Please send your updated prices for the 480 pcs by the end of the month.

Mit freundlichen Grüßen / Best regards
Jörg Hoffmann
Senior Buyer
Rheinpumpen GmbH, Am Hafen 12, 47119 Duisburg
Tel. +49 203 555 2174
"""
case("c19_fwd_old_quote_informational_de", [], "forwarded rfc822 2022 quote with 5,000 pcs declared 'for "
     "information only and not released'; 20 samples active, 480 on hold, unlock event, named releaser", [
    ("PO_4500221190_bearing_housing.eml", eml_bytes(mail(
        "Jörg Hoffmann <joerg.hoffmann@rheinpumpen.de>", "Murat Demir <murat.demir@demirdokum.com.tr>",
        "PO 4500221190 - bearing housing sample castings / your offer of 2022", "Wed, 15 May 2024 09:12:00 +0200",
        _c19_text, attachments=[("rfc822", _c19_old)]))),
])

# c20: Saudi EPC full-quantity PO with 'proceed with manufacturing of the 6 (six) valve bodies' -> clean.
case("c20_epc_full_qty_po_sa", [], "EPC PO for the complete project quantity (6 valve bodies), 'proceed with "
     "manufacturing of the 6 (six) valve bodies' is scoped; no balance", [
    ("PO_7100046112_valve_bodies.pdf", pdf([
        ("h1", "GULF PROCESS ENGINEERING CO. LTD."),
        ("p", "King Saud Street, Dammam 32241, Kingdom of Saudi Arabia · C.R. 2050098765 · VAT 300123456700003"),
        ("h", "PURCHASE ORDER 7100046112"),
        ("p", "Project: Jubail Water Transmission - Pumping Station PS-2 · Date: 16.05.2024 · "
              "Supplier: Bharat Steel Castings Pvt. Ltd., Shiroli MIDC, Kolhapur 416122, India"),
        ("table", [
            ["Item", "Tag / DRG", "Description", "Qty", "Unit price (USD)", "Amount (USD)"],
            ["10", "GPE-VB-1615 Rev 0", "Valve body 16\" CL150, ASTM A216 WCC, for butterfly check valves "
             "XV-2101 to XV-2106", "6", "4,850.00", "29,100.00"],
            ["20", "—", "MDR (manufacturing data record) per GPE-SP-0001", "1 lot", "incl.", "0.00"],
        ]),
        ("sp",),
        ("p", "Quantity: this PO covers the complete project quantity of 6 (six) valve bodies. No further "
              "quantity will follow under this PO; there is no balance."),
        ("p", "Proceed with manufacturing of the 6 (six) valve bodies per ITP GPE-ITP-0415 Rev 0 and the "
              "attached datasheets. Inspection notification: 10 working days before each hold point."),
        ("p", "Delivery: CFR Jubail Commercial Port, 16 weeks from PO date. Payment: 100 % within 60 days "
              "after delivery and acceptance of the MDR. Liquidated damages 0.5 % per week, max 10 %."),
        ("p", "Issued by: Eng. Khalid Al-Otaibi, Procurement Lead · k.alotaibi@gulfprocess.com.sa"),
    ], title="PO 7100046112", author="Gulf Process Engineering")),
])

# c22: Saudi pump maker stop notice with NCR, named releaser and unlock event -> clean.
case("c22_stop_notice_ncr_sa", [], "written stop: nothing more may start; 12 samples delivered, balance 288 on "
     "hold until NCR closure + re-test and written release from named manager", [
    ("Stop_Notice_SN-2024-006.pdf", pdf([
        ("h1", "RIYADH PUMP INDUSTRIES CO."),
        ("p", "2nd Industrial City, Street 114, Riyadh 14334, Kingdom of Saudi Arabia"),
        ("h", "STOP NOTICE SN-2024-006"),
        ("p", "To: Fundición Monterrey S.A. de C.V., attn. Ing. Roberto Garza · Date: 20.05.2024"),
        ("p", "Order: PO 7300012290 — impeller castings 2nd stage, duplex 1.4517, DRG RPI-IMP-2210 Rev 4"),
        ("p", "Effective immediately: do not start anything further on this order — no pouring, no machining, "
              "no purchase of material — until this stop is lifted in writing."),
        ("table", [
            ["Quantity", "Status"],
            ["12 pcs samples", "delivered 02.05.2024; 3 of 12 rejected under NCR-2024-0150 (gas porosity at vane root)"],
            ["288 pcs balance (of 300)", "on hold — not released"],
        ]),
        ("sp",),
        ("p", "Unlock: the balance of 288 pcs can be released only after NCR-2024-0150 is closed and the "
              "replacement samples pass RT per ASTM E446 level 2, by a written release from Faisal Al-Qahtani, "
              "Procurement Manager. The stop itself is lifted only by a written notice from the same person."),
        ("p", "Please acknowledge this notice within 24 hours and send your 8D report for NCR-2024-0150 by 31.05.2024."),
        ("p", "Faisal Al-Qahtani — Procurement Manager — f.alqahtani@rpi.com.sa — +966 11 265 4400"),
    ], title="Stop notice SN-2024-006", author="Riyadh Pump Industries")),
])

# c23: US buyer interim disposition with quantity/expiry limits, DOCX form attached -> clean.
_c23_text = """\
Hi Lucía,

Attached is the interim disposition for the seal samples on PO LSP-24-0521 (cartridge seal 50 mm,
part 2500-500-090). Short version:

- Interim disposition: up to 50 sets may be produced and shipped until June 30, 2024 under deviation
  DEV-24-017 (face flatness 3 light bands instead of 2). Those 50 sets are released by this e-mail
  and the attached form, signed by me.
- The 10 sample sets you shipped in April are already on our test stand.
- The remaining 440 sets (of the 500 quoted) are not released. They need the full sample sign-off
  after the re-test of face flatness with your new lapping process, and then a written release from me.
- Material: for the 50 interim sets only.

Let me know if June 30 is a problem for the 50 sets.

Thanks,
Jennifer Walsh
Sr. Buyer | Release authority, mechanical seals
Lone Star Pump Works, Inc. | +1 713 555 0157
"""
_c23_form = docx_bytes([
    ("h1", "Interim Sample Disposition ISD-24-009"),
    ("p", "Lone Star Pump Works, Inc. · Supplier Quality · Form LSP-QF-112 Rev C"),
    ("table", [
        ["Field", "Entry"],
        ["Supplier", "Sellos Industriales de Monterrey S.A. de C.V."],
        ["PO / part", "LSP-24-0521 / 2500-500-090 cartridge seal 50 mm"],
        ["Samples evaluated", "10 sets (received 2024-04-19)"],
        ["Disposition", "INTERIM"],
        ["Quantity limit", "50 sets"],
        ["Expiry", "2024-06-30"],
        ["Condition", "Deviation DEV-24-017: face flatness up to 3 light bands; 100% flatness check at supplier"],
        ["Balance", "440 sets — not released; needs full sample sign-off + written release"],
        ["Signed", "Jennifer Walsh, Sr. Buyer (release authority) · Tom Becker, Supplier Quality Engineer"],
    ]),
], author="Lone Star Pump Works")
case("c23_interim_disposition_us", [], "interim disposition with quantity (50) and expiry limits, signed by named "
     "release authority; balance 440 not released until full sign-off + written release", [
    ("Interim_disposition_LSP-24-0521.eml", eml_bytes(mail(
        "Jennifer Walsh <jwalsh@lonestarpump.com>", "Lucía Treviño <ltrevino@sellosmonterrey.mx>",
        "PO LSP-24-0521 - interim disposition seal samples (ISD-24-009)", "Fri, 17 May 2024 11:18:00 -0500",
        _c23_text, attachments=[("ISD-24-009.docx", _c23_form, DOCX_MT)]))),
])

# c24: multi-file: Indian SAP PO + Chinese quotation, 800 declared price information only -> clean.
_c24_sap = """\
DECCAN PUMPS LTD.                                               PURCHASE ORDER
Plot 44, MIDC Bhosari, Pune 411026 (MH) India     GSTIN 27AABCD1234E1Z5
----------------------------------------------------------------------------------------
PO No.      : 5200013601            PO Date   : 17.05.2024       Doc. type : ZIMP
Vendor      : 300771  Taizhou Jinhai Casting Co., Ltd., Taizhou, Zhejiang, China
Buyer       : P07  S. Iyer  (+91 20 2712 5518)
Incoterms   : FOB Ningbo            Pay. terms: T/T 30 days after B/L
----------------------------------------------------------------------------------------
Itm  Material         Short text                       Qty     UoM  Net price   Net value
----------------------------------------------------------------------------------------
10   KP-DIF-2210-01   Diffuser casting CA6NM            4      NOS  USD 260.00  USD 1,040.00
                      DRG KP-DIF-2210 Rev 3, 3.1 cert, RT 1 pc
----------------------------------------------------------------------------------------
                                                          Total net value  USD 1,040.00

Header text:
  Quantity 800 nos. shown in supplier quotation NB-Q-24117 is for price information only and is
  NOT released. This PO authorizes 4 nos. sample castings only.
  Balance release only after sample sign-off, by written release from Mr. Prakash Kulkarni,
  GM - Purchase.
  Material authority: sample-only.
----------------------------------------------------------------------------------------
This is a computer generated document.                         SAP ME9F / ZPO_PRINT
"""
case("c24_multi_po_plus_quote_info_in", [], "multi-file: PO (4 samples) declares the quote's 800 nos. as price "
     "information only / not released; unlock event + named releaser; quote alone has tiers", [
    ("PO_5200013601.txt", _c24_sap),
    ("Quotation_NB-Q-24117.pdf", pdf([
        ("h1", "TAIZHOU JINHAI CASTING CO., LTD."),
        ("p", "No. 16 Donghai Avenue, Jiaojiang District, Taizhou, Zhejiang, China · ISO 9001:2015"),
        ("h", "QUOTATION NB-Q-24117"),
        ("p", "To: Deccan Pumps Ltd., Pune, India · Attn: Mr. Suresh Iyer · Date: 2024-04-26"),
        ("table", [
            ["No.", "Item", "Qty", "Unit price FOB Ningbo", "Remark"],
            ["1", "Pattern (aluminium) for diffuser KP-DIF-2210 Rev 3", "1 set", "USD 2,800.00", "25 days"],
            ["2", "Sample castings CA6NM", "4 pcs", "USD 260.00", "20 days after pattern"],
            ["3", "Mass production castings CA6NM", "800 pcs / year", "USD 96.50", "35 days per lot"],
        ]),
        ("p", "Price valid 60 days. Moulding: resin sand. Heat treatment: normalize + temper per ASTM A743."),
        ("p", "Sales: Ms. Zhao Min · +86 576 8866 1234 · zhaomin@jinhaicasting.cn"),
    ], title="Quotation NB-Q-24117", author="Taizhou Jinhai")),
])

# c25: German-English PO mail with European number formats, multipart/alternative -> clean.
_c25_paras = [
    "Dear Mr. Etxeberria,",
    "with PO 4500222034 we order 6 (six) Stück pattern samples of the volute casing 1.4470 "
    "(GX2CrNiMoN22-5-3), DRG 4412-221 Rev 3, at EUR 1.245,50 per piece.",
    "The remaining quantity of 1.194 Stück from your offer Q-24-0902 (total 1.200 Stück) is not released. "
    "Please do not pour further castings and buy material only for the 6 samples.",
    "Release of the remaining quantity only after our sample sign-off (dimensional check, PMI, RT, "
    "hydro test at 24 bar) by a written release note from Mr. Klaus Berger, Head of Purchasing.",
    "Delivery of the samples: KW 27/2024, DAP Duisburg. Please add the 3.1 certificates and the ferrite "
    "measurement (target 35-55 %).",
    "Mit freundlichen Grüßen\nThomas Krämer\nEinkauf / Purchasing\nRheinpumpen GmbH · Am Hafen 12 · 47119 Duisburg\n"
    "Tel. +49 203 555 2166",
]
case("c25_de_european_numbers", [], "German-English sample PO: 6 Stück active, 1.194 of 1.200 not released, "
     "unlock event, named releaser; European number formats", [
    ("PO_4500222034_Spiralgehaeuse.eml", eml_bytes(mail(
        "Thomas Krämer <thomas.kraemer@rheinpumpen.de>", "Iñaki Etxeberria <i.etxeberria@fundicionesaraba.es>",
        "Bestellung / PO 4500222034 - Musterabgüsse Spiralgehäuse 1.4470", "Thu, 16 May 2024 14:02:00 +0200",
        "\n\n".join(_c25_paras) + "\n", html=html_mail(_c25_paras)))),
])

# p01: German PDF PO for 6 pattern samples with series price for 500 pcs/year, nothing on hold.
case("p01_de_po_series_price_no_hold", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (6) shows 500 pcs/year series beside it without 'not released'; no hold, no unlock event, "
     "no named releaser", [
    ("PO_4500221534.pdf", pdf([
        ("h1", "Rheinpumpen GmbH"),
        ("p", "Am Hafen 12 · 47119 Duisburg · Germany · USt-IdNr. DE123456789"),
        ("h", "BESTELLUNG / PURCHASE ORDER 4500221534"),
        ("p", "Supplier: Kaveri Precision Castings Pvt. Ltd., SIDCO Industrial Estate, Kurichi, Coimbatore 641021, "
              "India · Supplier no. 0000105812 · Date: 10.05.2024 · Buyer: Jörg Hoffmann, +49 203 555 2174"),
        ("table", [
            ["Pos.", "Material", "Description", "Qty", "Unit", "Price EUR", "Value EUR"],
            ["00010", "4412-510-001", "Impeller closed, 1.4408, DRG RP-IMP-5510 Rev E — pattern samples. "
             "Series price EUR 241,00/pc valid for 500 pcs/year as per your offer KPC/OF/24/052.",
             "6", "ST", "385,00", "2.310,00"],
        ]),
        ("sp",),
        ("p", "Delivery: KW 26/2024 by air freight, DAP Duisburg. Documents: EN 10204 3.1, PMI 100 %, "
              "RT on 1 pc per EN 12681 SL 2, dimensional report."),
        ("p", "Terms of payment: 30 days net. Our general terms of purchase (AEB 2023) apply. Please confirm "
              "this order within 3 working days stating the delivery date."),
    ], title="PO 4500221534", author="Rheinpumpen")),
])

# p02: German valve maker e-mails sample PO + Chinese quote (600 pcs/year) with nothing scoping it.
_p02_po = pdf([
    ("h1", "Armaturenwerk Lippe GmbH"),
    ("p", "Industriestraße 40 · 32657 Lemgo · Germany"),
    ("h", "BESTELLUNG / PURCHASE ORDER 4700009876"),
    ("p", "Supplier: Ningbo Haitian Precision Foundry Co., Ltd. · Date: 07.05.2024 · Your quotation Q-NB-24-0388"),
    ("table", [
        ["Pos.", "Description", "Qty", "Unit price USD", "Value USD"],
        ["10", "Valve body DN150 PN40, GP240GH (1.0619), DRG AWL-VB-150-40 Rev B — sample castings",
         "5 pcs", "310.00", "1,550.00"],
        ["20", "Pattern equipment, property of Armaturenwerk Lippe", "1 set", "4,200.00", "4,200.00"],
    ]),
    ("p", "Delivery: FOB Ningbo, 8 weeks. Certificates EN 10204 3.1, RT 100 % on samples."),
    ("p", "Payment: 30 % of pattern with order, balance 60 days after B/L."),
], title="PO 4700009876", author="Armaturenwerk Lippe")
_p02_quote = pdf([
    ("h1", "NINGBO HAITIAN PRECISION FOUNDRY CO., LTD."),
    ("h", "QUOTATION Q-NB-24-0388"),
    ("p", "Customer: Armaturenwerk Lippe GmbH, Lemgo, Germany · Date: 2024-04-18"),
    ("table", [
        ["Item", "Description", "Quantity", "Unit price (USD, FOB Ningbo)"],
        ["1", "Pattern equipment valve body DN150 PN40", "1 set", "4,200.00"],
        ["2", "Sample castings GP240GH", "5 pcs", "310.00"],
        ["3", "Mass production castings GP240GH", "600 pcs / year", "168.00"],
    ]),
    ("p", "Lead time mass production: 45 days per batch. Validity: 90 days."),
], title="Quotation Q-NB-24-0388", author="Ningbo Haitian")
_p02_text = """\
Dear Ms. Chen,

please find attached our PO 4700009876 for the valve body castings DN150 PN40, based on your
quotation Q-NB-24-0388, which I also attach for completeness.

Please confirm receipt and the delivery date within 3 days.

Mit freundlichen Grüßen / Best regards
Sandra Vogt
Einkauf
Armaturenwerk Lippe GmbH
Industriestraße 40, 32657 Lemgo
Tel. +49 5261 555 340
"""
case("p02_de_po_with_quote_600", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (5 pcs) mailed with supplier quote showing 600 pcs/year mass production, nothing says "
     "informational or not released; no hold/unlock event/releaser", [
    ("PO_4700009876_valve_bodies.eml", eml_bytes(mail(
        "Sandra Vogt <sandra.vogt@armaturenwerk-lippe.de>", "Chen Jing <chenjing@nbhaitian-foundry.cn>",
        "PO 4700009876 - valve body castings DN150 PN40", "Tue, 07 May 2024 13:30:00 +0200", _p02_text,
        attachments=[("PO_4700009876.pdf", _p02_po, PDF_MT), ("Q-NB-24-0388.pdf", _p02_quote, PDF_MT)]))),
])

# p03: multi-file: Saudi EPC SAP PO for 10 first-off + Spanish quote with 240 series; releaser named only.
_p03_sap = """\
GULF PROCESS ENGINEERING CO. LTD.                                   PURCHASE ORDER
King Saud Street, Dammam 32241, KSA                     VAT 300123456700003
=========================================================================================
PO number  : 7100045870              Date      : 08.05.2024       Purch. org: GP01
Vendor     : 400318 Fundiciones del Norte S.A., Avilés, Asturias, Spain
Project    : Marafiq Yanbu Seawater Cooling - pumps P-3301 A-D
Contact    : Ahmed Al-Zahrani, Procurement Manager, +966 13 833 7100 ext. 405
Incoterms  : FCA Avilés                 Payment   : 60 days after delivery
=========================================================================================
Item Material        Description                         Qty  Un   Price EUR      Value EUR
-----------------------------------------------------------------------------------------
0010 GPE-BC-3301-01  Pump bowl casing, ASTM A995 4A      10  EA    1.180,00     11.800,00
                     first-off castings
                     DRG GPE-BC-3301 Rev 2, NACE MR0175
-----------------------------------------------------------------------------------------
                                                     Total value EUR     11.800,00

Header text:
 Reference: your offer FN-24-0211 dated 22.04.2024 (attached to this PO).
 Production releases on this order are signed by Ahmed Al-Zahrani, Procurement Manager.
 Inspection per ITP GPE-ITP-0408 Rev 0; notify 10 working days before hold points.
 Ferrite content 35-55 % per ASTM E562 on each heat.
=========================================================================================
"""
case("p03_sa_multi_po_quote_releaser_only", ["RG001", "RG003", "RG004"],
     "multi-file: PO for 10 first-off castings + supplier offer with 240 series pcs, nothing says informational; "
     "releaser named but no hold on balance and no unlock event", [
    ("PO_7100045870.txt", _p03_sap),
    ("Oferta_FN-24-0211.pdf", pdf([
        ("h1", "FUNDICIONES DEL NORTE S.A."),
        ("p", "Parque Empresarial Principado de Asturias, 33417 Avilés, Spain"),
        ("h", "OFERTA FN-24-0211"),
        ("p", "Cliente: Gulf Process Engineering Co. Ltd. · Fecha: 22.04.2024 · Pump bowl casing ASTM A995 4A, "
              "DRG GPE-BC-3301 Rev 2"),
        ("table", [
            ["Pos.", "Concepto", "Cantidad", "Precio unitario EUR"],
            ["1", "First-off castings incl. RT and PMI", "10 pcs", "1.180,00"],
            ["2", "Series castings", "240 pcs", "865,00"],
        ]),
        ("p", "Plazo de entrega: first-off 8 semanas; series 10 semanas. Validez: 60 días."),
        ("p", "Atentamente, Beatriz Menéndez — Dpto. Comercial"),
    ], title="Oferta FN-24-0211", author="Fundiciones del Norte")),
])

# p04: buyer supplier-portal PO page shows 4 sample seals with 'Quoted series qty 1,200' column.
_p04_body = """
<h2>Lone Star Pump Works &mdash; Supplier Portal</h2>
<p>Supplier: <b>Sellos Industriales de Monterrey S.A. de C.V.</b> (Vendor 20088) &middot; Document: Purchase Order &middot; Printed 2024-05-09</p>
<h3>PO LSP-24-0588 &nbsp; <small>Status: Open &middot; Acknowledgement due 2024-05-14</small></h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Order qty</th><th>Quoted series qty</th><th>Unit price</th><th>Need date</th></tr>
<tr><td>1</td><td>2500-650-110</td><td>Cartridge seal 65 mm, API 682 Cat. 1, Plan 13 &mdash; sample lot</td><td>4 EA</td><td>1,200 EA</td><td>USD 1,980.00</td><td>2024-06-14</td></tr>
</table>
<p><b>Notes:</b> Samples for qualification on test stand TS-2. Ship with EN 10204 3.1 certs for metal parts and the factory
air test report. Series unit price at quoted volume: USD 1,145.00.</p>
<p>Buyer: Mike Donnelly &middot; mdonnelly@lonestarpump.com &middot; +1 713 555 0142</p>
<p style="font-size:10px">Terms: LSP-TC-09. Acknowledge within 5 business days.</p>
"""
case("p04_us_portal_po_quoted_series_col", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO line: 4 sample seals with 'quoted series qty 1,200' column, nothing marks it as not released; "
     "no hold, no unlock event, no releaser", [
    ("LSP_portal_PO_LSP-24-0588.html", html_page("PO LSP-24-0588 - Supplier Portal", _p04_body)),
])

# p05: WhatsApp: Brazilian buyer orders 3 pattern samples and states series 300 pcs/year, no hold.
_p05_chat = """\
[03/05/24, 10:14:33] Marcos Oliveira: Bom dia Vinod!
[03/05/24, 10:14:51] Marcos Oliveira: PO 4500032014 sent today by email for the 3 pattern samples of impeller Ø250 CA6NM (BP-IMP-250-05 Rev A)
[03/05/24, 10:15:40] Marcos Oliveira: Series is 300 pcs/year at the price you quoted, tá?
[03/05/24, 10:16:02] Marcos Oliveira: Send samples by DHL pls, our test bench is free from week 24
[03/05/24, 13:48:10] Vinod Patil Kumar Alloys: Good afternoon sir. PO received, thank you 🙏 Pattern modification 2 days, samples in 4 weeks
[03/05/24, 13:48:37] Vinod Patil Kumar Alloys: Sir series price is valid till 31 Dec 24 only. Capacity up to 2k pcs/year no problem
[03/05/24, 13:52:12] Marcos Oliveira: Obrigado Vinod, noted the validity
[03/05/24, 13:52:40] Marcos Oliveira: <attached: 00000021-BP-IMP-250-05_RevA.pdf>
"""
case("p05_br_whatsapp_series_300", ["RG001", "RG003", "RG004", "RG005"],
     "chat: buyer orders 3 pattern samples and states 'series is 300 pcs/year' beside it; no hold, no unlock "
     "event, no releaser", [
    ("WhatsApp Chat - Vinod Kumar Alloys.txt", _p05_chat),
])

# p06: Saudi pump maker PDF PO: balance on hold 'until further notice', releaser named, no event.
case("p06_sa_hold_until_further_notice", ["RG004"],
     "4 first-off castings active; remaining 116 'on hold until further notice'; only a named person can lift "
     "it, but no unlock event is named (conv. 6)", [
    ("APVC-PO-24-0417.pdf", pdf([
        ("h1", "ARABIAN PUMP & VALVE CO. (APVC)"),
        ("p", "Jubail Industrial City 2, Support Industries Park, Plot 7, Kingdom of Saudi Arabia"),
        ("h", "PURCHASE ORDER APVC-PO-24-0417"),
        ("p", "Supplier: Fundiciones del Norte S.A., Avilés, Spain · Date: 12.05.2024 · Ref.: offer FN-24-0230"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price EUR", "Total EUR"],
            ["1", "Diffuser bowl, ASTM A890 5A, DRG APVC-DB-2630 Rev 1 — first-off castings", "4", "1.420,00",
             "5.680,00"],
        ]),
        ("sp",),
        ("p", "Scope: this PO covers the 4 first-off castings above. The remaining 116 pcs of the quoted 120 are "
              "NOT released and stay on hold until further notice. Do not pour them and do not buy material for "
              "them (material authority: sample-only)."),
        ("p", "Eng. Turki Al-Dosari, Procurement Manager, is the only person who can lift this hold."),
        ("p", "Delivery: FCA Avilés, week 28/2024. Documents: 3.1 certificates, PMI, RT films, ferrite report."),
        ("p", "Eng. Turki Al-Dosari — Procurement Manager — t.aldosari@apvc.com.sa — +966 13 340 8800"),
    ], title="APVC-PO-24-0417", author="APVC")),
])


# ---------------------------------------------------------------- batch 3
# p09: Indian buyer: 6 samples, balance 594 held until sign-off + revised PO from 'purchase department'.
_p09_text = """\
Dear Mr. Çelik,

Good day.

Please find attached our PO 5200013455 for sample castings of the pump casing DP-CS-150
(ASTM A351 CF8M, DRG DP-CS-150 Rev 4). Kindly note the following:

1. The PO is for 6 nos. samples only.
2. The balance 594 nos. (total 600 nos. as per your offer EGE-24-118) is not released. Kindly do
   not pour the balance.
3. The balance will not be released until sample sign-off by our QA and issue of a revised PO
   from our purchase department.
4. Material authority: sample-only.

Kindly acknowledge receipt and confirm the sample delivery date.

Thanks & regards,
Suresh Iyer
Asst. Manager - Purchase
Deccan Pumps Ltd., Plot 44, MIDC Bhosari, Pune 411026, India
Tel: +91 20 2712 5518
"""
_p09_att = """\
DECCAN PUMPS LTD.                                               PURCHASE ORDER
Plot 44, MIDC Bhosari, Pune 411026 (MH) India     GSTIN 27AABCD1234E1Z5
----------------------------------------------------------------------------------------
PO No.      : 5200013455            PO Date   : 10.05.2024       Doc. type : ZIMP
Vendor      : 300812  Ege Döküm San. ve Tic. A.Ş., İzmir, Türkiye
Incoterms   : FOB İzmir             Pay. terms: 45 days after B/L
----------------------------------------------------------------------------------------
Itm  Material         Short text                       Qty     UoM  Net price   Net value
----------------------------------------------------------------------------------------
10   DP-CS-150-01     Pump casing CF8M - SAMPLE          6     NOS  USD 540.00  USD 3,240.00
                      DRG DP-CS-150 Rev 4, 3.1, RT 100%
----------------------------------------------------------------------------------------
                                                          Total net value  USD 3,240.00
Header text: Sample order. Refer cover mail for scope.
----------------------------------------------------------------------------------------
This is a computer generated document.                         SAP ME9F / ZPO_PRINT
"""
case("p09_in_release_by_department", ["RG005"],
     "6 samples active, balance 594 not released, unlock event named (sign-off + revised PO) but release "
     "authority is only 'our purchase department' (conv. 7)", [
    ("PO_5200013455_sample_castings.eml", eml_bytes(mail(
        "Suresh Iyer <suresh.iyer@deccanpumps.co.in>", "Hakan Çelik <hakan.celik@egedokum.com.tr>",
        "PO 5200013455 - sample castings pump casing DP-CS-150", "Fri, 10 May 2024 12:40:00 +0530", _p09_text,
        attachments=[("PO_5200013455.txt", _p09_att, "text/plain")]))),
])

# p11: German buyer: pattern samples as lump sum 'quantity according to your sampling plan'.
_p11_text = """\
Dear Ms. Zhao,

our PO 4500222310 for the bearing bracket EN-GJS-500-7 (DRG RP-BB-0417 Rev 2) has been sent to your
order mailbox today.

Line 10 is a lump-sum position for the pattern samples (EUR 2.480,00 including the pattern
modification), quantity according to your sampling plan in offer TJ-24-0412.

The series quantity is not released. Release of series quantities only by a written release note
from Dr. Martina Vogel, Head of Supply Chain, after our sample sign-off. Material authority:
sample-only.

Please send the sampling plan back to me with your order confirmation.

Mit freundlichen Grüßen / Best regards
Thomas Krämer
Einkauf / Purchasing
Rheinpumpen GmbH · Am Hafen 12 · 47119 Duisburg
Tel. +49 203 555 2166
"""
case("p11_de_lump_sum_samples_no_qty", ["RG010"],
     "sample authorization as lump sum 'quantity according to your sampling plan' - never states the active "
     "quantity; hold, unlock event and named releaser present", [
    ("PO_4500222310_bearing_bracket.eml", eml_bytes(mail(
        "Thomas Krämer <thomas.kraemer@rheinpumpen.de>", "Zhao Min <zhaomin@jinhaicasting.cn>",
        "PO 4500222310 - bearing bracket RP-BB-0417 - pattern samples", "Mon, 13 May 2024 16:20:00 +0200",
        _p11_text, html=html_mail(_p11_text.split("\n\n"))))),
])

# p12: German release authority: 'green light for the first series lot - please go ahead', no quantity.
_p12_text = """\
Dear Mr. Öztürk,

thank you for the sample report SR-24-071. Dimensions, PMI and the hydro test at 16 bar are fine.

Green light for the first series lot - please go ahead.

Everything beyond the first series lot stays on hold until my written release, which will follow
after the hydro test results of that first lot.

Best regards
Hans Richter
Purchasing Manager
Hydrotec Pumpen GmbH · Südwestpark 65 · 90449 Nürnberg
Tel. +49 911 555 3020
"""
case("p12_de_green_light_first_lot", ["RG002", "RG010"],
     "'green light for the first series lot - please go ahead' names no quantity and is not sample-only; "
     "the lot size is never stated; hold/unlock/releaser present", [
    ("RE_sample_report_SR-24-071.eml", eml_bytes(mail(
        "Hans Richter <hans.richter@hydrotec-pumpen.de>", "Cem Öztürk <cem.ozturk@ozturkdokum.com.tr>",
        "RE: Sample report SR-24-071 - PO 4500222104 impeller castings", "Tue, 21 May 2024 09:15:00 +0200",
        _p12_text))),
])

# p13: Teams: PO 'for the first-off castings', no quantity anywhere.
_p13_chat = """\
Microsoft Teams - Chat "Hydrotec / Kaya Döküm - bearing bracket"
Exported 14.05.2024

[13.05.2024 08:41] Stefan Braun (Hydrotec Pumpen GmbH)
Hi Mehmet, PO 4500222871 is out for the first-off castings of the bearing bracket HP-BB-220
(EN-GJS-400-18-LT). Do not pour anything beyond them - the series waits for our sample sign-off and
my written release. Greetings, Stefan

[13.05.2024 08:55] Mehmet Kaya (Kaya Döküm)
Good morning Stefan, thanks. We pour the first-offs on Thursday with heat 24-311.

[13.05.2024 08:56] Mehmet Kaya (Kaya Döküm)
Do you need test bars from the same heat?

[13.05.2024 09:03] Stefan Braun (Hydrotec Pumpen GmbH)
Yes please, Y-blocks per EN 1563 and the 3.1 certificate. Impact test at -20 °C.

[13.05.2024 09:04] Mehmet Kaya (Kaya Döküm)
OK 👍
"""
case("p13_de_teams_first_offs_no_qty", ["RG010"],
     "buyer authorizes 'the first-off castings' without ever stating how many; hold, unlock event and named "
     "sender as releaser present", [
    ("Teams_Hydrotec_Kaya_bearing_bracket.txt", _p13_chat),
])

# p14: Indian DOCX PO 'trial castings as per quotation', no quantity, no hold, no event, no person.
case("p14_in_docx_trial_castings_as_per_quote", ["RG003", "RG004", "RG005", "RG010"],
     "PO for 'trial castings' with quantity 'as per quotation' (not in bundle); nothing about the balance, "
     "no unlock event, no releaser", [
    ("AFP_PO_24-25_0187.docx", docx_bytes([
        ("h1", "AQUA FLOW PUMPS PVT. LTD."),
        ("p", "SF No. 212, Avinashi Road, Chinniyampalayam, Coimbatore 641062, Tamil Nadu · GSTIN 33AAECA5678K1ZQ"),
        ("h", "PURCHASE ORDER No. AFP/PO/24-25/0187 dated 08.05.2024"),
        ("p", "To: Shandong Huaxin Casting Co., Ltd., Weifang, Shandong, China · Kind Attn: Mr. Liu Yang"),
        ("p", "Dear Sir, with reference to your quotation HX-Q-2404-17 dated 24.04.2024, we are pleased to place "
              "our order for the following:"),
        ("table", [
            ["Sl.", "Description", "Qty", "Rate", "Amount"],
            ["1", "Trial castings - impeller AFP-IMP-200, ASTM A351 CF8M, DRG AFP-200-07 Rev 1",
             "As per quotation", "USD 118.00 / pc", "As per qty"],
            ["2", "Pattern modification (core print)", "1 lot", "USD 650.00", "USD 650.00"],
        ]),
        ("p", "Terms and conditions:"),
        ("num", "Price: FOB Qingdao."),
        ("num", "Payment: 100 % T/T within 30 days from B/L date."),
        ("num", "Documents: commercial invoice, packing list, EN 10204 3.1 certificate, PMI report."),
        ("num", "Delivery: within 5 weeks from date of PO."),
        ("num", "Kindly acknowledge the receipt of this PO."),
        ("p", "For AQUA FLOW PUMPS PVT. LTD."),
        ("p", "Authorised Signatory"),
    ], author="Aqua Flow Pumps")),
])

# p54: release note for 'the quantity per the attached delivery schedule' - schedule not attached.
case("p54_de_release_note_qty_per_schedule", ["RG010"],
     "release note releases series 'for the quantity per the attached delivery schedule' but no schedule and "
     "no quantity is in the bundle; hold/unlock/releaser present", [
    ("Release_note_RN-2024-017.pdf", pdf([
        ("h1", "Rheinpumpen GmbH"),
        ("p", "Einkauf / Purchasing · Am Hafen 12 · 47119 Duisburg · Germany"),
        ("h", "RELEASE NOTE RN-2024-017"),
        ("table", [
            ["Field", "Entry"],
            ["PO", "4500220988"],
            ["Part", "Volute casing 1.4408, DRG 4412-301 Rev D"],
            ["Supplier", "Fundiciones Araba S.L., Vitoria-Gasteiz"],
            ["Basis", "Sample sign-off of 14.05.2024, QA report QS-24-0318"],
        ]),
        ("sp",),
        ("p", "Following the sample sign-off of 14.05.2024 we release series production of the volute casings "
              "for the quantity per the attached delivery schedule."),
        ("p", "Any quantity beyond that schedule remains on hold until the next written release note signed by me."),
        ("p", "Material authority: material for the released quantity only."),
        ("p", "Duisburg, 15.05.2024 — Klaus Berger, Head of Purchasing"),
    ], title="Release note RN-2024-017", author="Rheinpumpen")),
])

# p15: Saudi buyer answers a supplier question with 'Approved. Please proceed.'
_p15_text = """\
Approved. Please proceed.

Regards,
Saad Al-Harbi
Procurement Manager
Najd Water Pumps Co., 2nd Industrial City, Riyadh
Tel: +966 11 498 2200

-----Original Message-----
From: Kemal Aydın <kemal.aydin@yildizdokum.com.tr>
Sent: Sunday, May 19, 2024 10:12 AM
To: Saad Al-Harbi <s.alharbi@najdpumps.com.sa>
Subject: RE: PO 7400008812 - first-off impeller castings - NCR-24-0033

> Dear Mr. Al-Harbi,
>
> Pattern modification done as per your NCR-24-0033 (core print shifted 2 mm, new chill at vane
> tip). Kindly confirm we can proceed with pouring.
>
> Best regards,
> Kemal Aydın
> Export Manager, Yıldız Döküm San. A.Ş., Bursa
>
> -----Original Message-----
> From: Saad Al-Harbi <s.alharbi@najdpumps.com.sa>
> Sent: Monday, April 29, 2024 9:03 AM
> Subject: PO 7400008812 - first-off impeller castings
>
>> Dear Mr. Aydın,
>>
>> PO 7400008812 covers 8 first-off castings of the impeller NWP-IMP-400 (ASTM A743 CA6NM).
>> The balance of 392 pcs (of 400) is not released. It will be released only after witness
>> inspection sign-off of the first-off castings, by a written release from me.
>> Material authority: sample-only.
>>
>> Regards,
>> Saad Al-Harbi
"""
case("p15_sa_approved_please_proceed", ["RG002"],
     "buyer answers 'can we proceed with pouring?' with 'Approved. Please proceed.' - no quantity, not "
     "sample-only; quoted original scope is complete", [
    ("RE_PO_7400008812_NCR-24-0033.eml", eml_bytes(mail(
        "Saad Al-Harbi <s.alharbi@najdpumps.com.sa>", "Kemal Aydın <kemal.aydin@yildizdokum.com.tr>",
        "RE: RE: PO 7400008812 - first-off impeller castings - NCR-24-0033", "Sun, 19 May 2024 13:47:00 +0300",
        _p15_text))),
])

# p17: Teams: buyer QA says 'Green light from my side' after PMI/RT, no scope.
_p17_chat = """\
Teams chat export - "Weser / Anadolu Döküm - PO 4500087731"

[21.05.2024 08:30] Lena Schulte (Pumpenfabrik Weser - Einkauf)
Morning Emre, as written on PO 4500087731: 3 sample castings only. Balance 147 pcs not released until
our sample sign-off and my written release.

[21.05.2024 08:44] Emre Yılmaz (Anadolu Döküm)
Noted Lena. PMI and RT reports of the 3 samples are in the shared folder.

[21.05.2024 14:02] Dirk Meyer (Pumpenfabrik Weser - QA)
PMI results match 1.4517, RT level 2 ok, wall thickness fine at all 8 measuring points.
Green light from my side 👍

[21.05.2024 14:05] Emre Yılmaz (Anadolu Döküm)
Thank you Dirk!
"""
case("p17_de_teams_green_light_qa", ["RG002"],
     "buyer QA: 'Green light from my side' after PMI/RT with no quantity and no sample-only scope; earlier "
     "scope message is complete", [
    ("Teams_Weser_Anadolu_PO_4500087731.txt", _p17_chat),
])

# p18: Brazilian sample inspection report with disposition 'APPROVED - supplier may proceed'.
case("p18_br_inspection_report_approved_proceed", ["RG002"],
     "buyer sample inspection report disposition 'APPROVED - supplier may proceed' with no quantity or "
     "sample-only scope; PO scope restated in header is complete", [
    ("SIR-24-044_Ege_Dokum.docx", docx_bytes([
        ("h1", "Bombas Paraná — Sample Inspection Report SIR-24-044"),
        ("p", "Relatório de inspeção de amostras · Supplier: Ege Döküm San. ve Tic. A.Ş. (İzmir) · Date: 22/05/2024"),
        ("p", "PO 4500032201 — pilot impellers Ø 315 mm, ASTM A890 Grade 4A, DRG BP-IMP-315-06 Rev D."),
        ("p", "Scope of the PO (for reference): 5 pilot impellers. Balance 195 pcs not released until PPAP "
              "sign-off and a written release from Ana Souza, Gerente de Suprimentos."),
        ("table", [
            ["Characteristic", "Specification", "Result (5 pcs)", "OK / NOK"],
            ["Outer diameter", "Ø 315 ±0,5 mm", "314,8 – 315,3", "OK"],
            ["Vane thickness at tip", "min. 6,0 mm", "6,4 – 7,1", "OK"],
            ["Ferrite content", "35 – 55 %", "41 – 47 %", "OK"],
            ["Hardness", "max. 290 HB", "248 – 262 HB", "OK"],
            ["LP on vanes", "ASTM A802 level II", "no indications", "OK"],
        ]),
        ("sp",),
        ("p", "Disposition: APPROVED — supplier may proceed."),
        ("p", "Inspector: Carla Mendes, Supplier Quality Engineer · carla.mendes@bombasparana.com.br"),
    ], author="Carla Mendes")),
])

# p40: German buyer: budget approval + QA approved samples -> 'approved - please proceed'.
_p40_text = """\
Dear Mr. Yılmaz,

good news from Duisburg: the budget approval for the pump casing project came through yesterday,
and our QA approved the pattern samples this morning.

So: approved - please proceed.

Best regards
Jörg Hoffmann
Senior Buyer, Rheinpumpen GmbH
Tel. +49 203 555 2174

-----Ursprüngliche Nachricht-----
Von: Jörg Hoffmann
Gesendet: Donnerstag, 25. April 2024 10:40
An: Emre Yılmaz <emre.yilmaz@anadoludokum.com.tr>
Betreff: PO 4500221650 - pattern samples pump casing

""" + quote_lines("""\
Dear Mr. Yılmaz,

PO 4500221650: 5 pattern samples of the pump casing 1.0619, DRG RP-GH-8840 Rev A.
The balance of 245 pcs (of 250) is not released. It will be released only after our sample
sign-off and our internal budget sign-off, by a written release note from me.
Material authority: sample-only.

Best regards
Jörg Hoffmann
""") + "\n"
case("p40_de_budget_and_sample_approved_proceed", ["RG002", "RG009"],
     "'approval'/'approved' used for budget (commercial), sample (technical) and the go signal; 'approved - "
     "please proceed' names no quantity; quoted scope complete", [
    ("AW_PO_4500221650_pump_casing.eml", eml_bytes(mail(
        "Jörg Hoffmann <joerg.hoffmann@rheinpumpen.de>", "Emre Yılmaz <emre.yilmaz@anadoludokum.com.tr>",
        "AW: PO 4500221650 - pattern samples pump casing", "Wed, 22 May 2024 11:05:00 +0200", _p40_text))),
])

# p19: Indian foundry bought CF8M ingot for the entire 480 nos. while only 6 samples are released.
_p19_text = """\
Dear Madam,

Greetings from Belagavi!

We are pleased to inform that the 6 nos. samples of impeller PW-IMP-280 are dispatched today via
DHL, AWB 7731 2209 4410. Test certificates and PMI report are attached with the shipment.

To avoid any delay in series, we have already procured CF8M ingots for the entire 480 nos.
quantity, as ingot prices are increasing from next month.

Kindly arrange the sample inspection at the earliest and share your valuable feedback.

Thanks & Regards,
Anil Kulkarni
GM - Marketing
Vishwakarma Alloy Castings Pvt. Ltd., Udyambag, Belagavi 590008, Karnataka
Mob: +91 94480 22615

""" + quote_lines("""\
From: Lena Schulte <lena.schulte@pumpenfabrik-weser.de>
Sent: 18 April 2024 14:20
Subject: PO 4500087655 - impeller samples

Dear Mr. Kulkarni,

PO 4500087655: 6 pcs samples, impeller 1.4408, DRG PW-IMP-280 Rev C.
The balance of 474 pcs (480 in total) is not released - please do not pour it.
It will be released only after our sample sign-off, by a written release from me.
Material authority: sample-only.

Kind regards
Lena Schulte
Strategic Buyer, Pumpenfabrik Weser GmbH
""") + "\n"
case("p19_in_ingot_for_entire_480", ["RG006"],
     "supplier procured ingot for the entire 480 while 6 samples are released and material authority is "
     "sample-only; quoted buyer scope complete", [
    ("RE_PO_4500087655_samples_dispatched.eml", eml_bytes(mail(
        "Anil Kulkarni <anil.k@vishwakarmaalloys.in>", "Lena Schulte <lena.schulte@pumpenfabrik-weser.de>",
        "RE: PO 4500087655 - impeller samples - dispatched", "Thu, 16 May 2024 18:02:00 +0530", _p19_text))),
])

# p20: WhatsApp: Chinese foundry 'already booked the WCB ingot for all 300 pcs'.
_p20_chat = """\
5/16/24, 8:55 PM - Dana Whitfield: Hi Lily, PO LSP-24-0640 is in your inbox. It covers 5 sample casings (LSP-PC-1020 Rev 1, WCB) only.
5/16/24, 8:56 PM - Dana Whitfield: Balance 295 is not released. It gets released after our sample sign-off, in writing from me. Material authority sample-only.
5/16/24, 9:40 PM - Lily Zhou: Yes Dana, clear 👌
5/16/24, 9:41 PM - Lily Zhou: FYI we already booked the WCB ingot for all 300 pcs with our steel mill, price is locked until July 😊 good for your cost
5/16/24, 9:58 PM - Dana Whitfield: Please send the PI for the pattern and samples tomorrow so AP can set you up.
5/16/24, 10:03 PM - Lily Zhou: Sure, PI tomorrow morning China time
"""
case("p20_cn_whatsapp_ingot_all_300", ["RG006"],
     "supplier booked ingot for all 300 while 5 samples are released under sample-only material authority; "
     "buyer scope complete", [
    ("WhatsApp Chat with Lily Zhou NBHT.txt", _p20_chat),
])

# p22: Indian foundry: advance received -> complete lot of 500 started and material booked.
_p22_text = """\
Dear Sir,

We acknowledge with thanks the receipt of advance payment of SAR 18,500.00 against our proforma
invoice no. BSC/PI/24-25/0457.

Accordingly we have started the complete lot of 500 nos. in our foundry and booked raw material
for the same. The first-off castings will be taken from the same lot so that there is no delay.

Inspection call for the first-off castings will be raised in week 24.

Thanks & Regards,
Sanjay Patil
Sr. Manager - Exports
Bharat Steel Castings Pvt. Ltd., Shiroli MIDC, Kolhapur 416122, India
Tel: +91 230 246 8810

""" + quote_lines("""\
-----Original Message-----
From: Faisal Al-Qahtani <f.alqahtani@rpi.com.sa>
Sent: Tuesday, April 30, 2024 11:30 AM
Subject: PO 7300012455 - casing cover first-off castings

Dear Mr. Patil,

PO 7300012455: 10 nos. first-off castings, casing cover RPI-CC-180 Rev 2 (ASTM A216 WCB).
The balance of 490 nos. (500 in total) is on hold. It will be released only after witness
inspection sign-off of the first-off castings, by a written release from me.
Material authority: sample-only.
The 20 % advance in your PI is a commercial term for the pattern and the first-off castings.

Regards,
Faisal Al-Qahtani
Procurement Manager, Riyadh Pump Industries Co.
""") + "\n"
case("p22_in_advance_starts_full_lot", ["RG006", "RG012"],
     "supplier treats advance payment as authority to start the complete lot of 500 and books material for "
     "it while 10 first-off are released, material sample-only", [
    ("RE_PO_7300012455_advance_received.eml", eml_bytes(mail(
        "Sanjay Patil <sanjay.patil@bharatsteelcastings.in>", "Faisal Al-Qahtani <f.alqahtani@rpi.com.sa>",
        "RE: PO 7300012455 - casing cover first-off castings - advance received", "Wed, 15 May 2024 15:22:00 +0530",
        _p22_text))),
])

# p23: Turkish order confirmation: material for the series 392 pcs purchased with this confirmation.
case("p23_tr_oc_material_for_series", ["RG006"],
     "supplier order confirmation: 8 first-off confirmed, series 392 not released, yet raw material for the "
     "392 'will be purchased with this confirmation'", [
    ("Siparis_Teyidi_KD-24-0712.pdf", pdf([
        ("h1", "KAYA DÖKÜM SAN. VE TIC. LTD. STI."),
        ("p", "Kayseri Organize Sanayi Bölgesi 12. Cadde No: 9, 38070 Melikgazi / Kayseri, Türkiye"),
        ("h", "SIPARIS TEYIDI / ORDER CONFIRMATION KD-24-0712"),
        ("p", "Customer: Hydrotec Pumpen GmbH, Nürnberg · Your PO 4500222790 of 08.05.2024 · Date: 14.05.2024"),
        ("table", [
            ["Item", "Description", "Qty", "Status", "Delivery"],
            ["10", "Bowl casing, duplex 1.4517, DRG HP-BC-3150 Rev B — first-off castings", "8 pcs",
             "confirmed", "KW 27/2024"],
            ["—", "Series castings", "392 pcs", "not released by customer (information)", "—"],
        ]),
        ("sp",),
        ("p", "Remark: due to the 14 weeks lead time of duplex ingot, the raw material for the series quantity "
              "(392 pcs) will be purchased with this confirmation, so that series delivery can start in KW 36."),
        ("p", "Prices as per our offer KD-T-24-188. Payment 60 days. Delivery FCA Kayseri."),
        ("p", "Mehmet Kaya — Satis Müdürü / Sales Manager — +90 352 555 14 20"),
    ], title="Order confirmation KD-24-0712", author="Kaya Dokum")),
])

# p24: Spanish foundry order-status page: CF3M ingot allocated for 600 pcs, 20 pilot released.
_p24_body = """
<h2>Fundiciones del Norte &mdash; Estado de pedido / Order status</h2>
<p>Cliente: <b>Bombas Paraná Ltda.</b> &middot; Pedido cliente: 4500032150 &middot; Nuestra OF: OF-24-0917 &middot; Actualizado: 2024-05-20 07:30</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Part</td><td>Impeller CF3M, DRG BP-IMP-280-02 Rev B, raw weight 3,8 kg</td></tr>
<tr><td>Released for production by customer</td><td>20 pcs (pilot lot)</td></tr>
<tr><td>Series</td><td>580 pcs &mdash; NOT released by customer</td></tr>
<tr><td>Moulding</td><td>20 pcs moulded 2024-05-16, poured heat 24-1187</td></tr>
<tr><td>Material</td><td>CF3M ingot 2.400 kg allocated and reserved in our warehouse (for 600 pcs)</td></tr>
<tr><td>Next step</td><td>Fettling, heat treatment, PMI; pilot lot shipment planned week 23</td></tr>
</table>
<p class="note">Material reserved for the full quantity to protect the delivery time of the series.</p>
<p style="font-size:10px">Fundiciones del Norte S.A. &middot; Avilés &middot; pedidos@fundinorte.es</p>
"""
case("p24_es_status_ingot_for_600", ["RG006"],
     "supplier status page: 20 pilot released, 580 not released, yet CF3M ingot for 600 pcs allocated and "
     "reserved without material authority", [
    ("estado_pedido_OF-24-0917.html", html_page("Estado de pedido OF-24-0917", _p24_body, lang="es")),
])

# p25: buyer visit minutes record that supplier bought bar for the full 960 shafts; 40 released.
case("p25_us_visit_minutes_bar_for_960", ["RG006"],
     "visit minutes: 40 pilot shafts released, 920 not released, supplier bought bar for the full 960 "
     "without material authority", [
    ("SVR-24-019_Maquinados_del_Bajio.docx", docx_bytes([
        ("h1", "Supplier Visit Report SVR-24-019"),
        ("p", "Supplier: Maquinados del Bajío S.A. de C.V., Querétaro · Date: 2024-05-21 · Author: Tom Becker (SQE)"),
        ("p", "Attendees: Jennifer Walsh (LSP, Sr. Buyer), Tom Becker (LSP, SQE); Alejandro Ruiz (Plant Manager), "
              "Sofía Hernández (Quality Manager)."),
        ("table", [
            ["#", "Topic", "Discussion / status"],
            ["1", "Pilot lot PO LSP-24-0711", "40 shafts LSP-SH-2650 released; 28 machined, 12 in heat treatment."],
            ["2", "Balance", "920 shafts not released; release after PPAP sign-off by written release from "
                             "Jennifer Walsh."],
            ["3", "Material", "Supplier confirmed that 17-4PH bar for the full 960 shafts was bought in week 14 to "
                              "hedge the nickel surcharge; bars stored in warehouse B, heat numbers recorded."],
            ["4", "Capacity", "New 5-axis cell (DMG MORI DMU 65) in production from August."],
            ["5", "Quality", "CMM program for shaft runout validated; Cpk 1.67 on bearing seats (n=28)."],
        ]),
        ("h", "Action items"),
        ("li", "Maquinados del Bajío: send mill certs of the bar heats by 2024-05-28."),
        ("li", "LSP (T. Becker): send PPAP schedule and PSW template by 2024-05-24."),
    ], author="Tom Becker")),
])

# p37: Chinese foundry takes the 2025 forecast as firm order and buys ingot for 1,800 pcs.
_p37_text = """\
Dear Mr. Marcos,

Thank you for your PO 4500032277, well received.

Based on your 2025 forecast of 1,800 pcs, which we take as your firm order, we have purchased the
ductile iron ingot for 1,800 pcs to fix the price before the raw material increase in July.

The 30 pilot impellers will be poured next week, shipment by sea from Qingdao in week 24.

Best regards
Liu Yang
Overseas Sales Manager
Shandong Huaxin Casting Co., Ltd., Weifang, Shandong, China
Tel: +86 536 8899 0021

""" + quote_lines("""\
From: Marcos Oliveira <marcos.oliveira@bombasparana.com.br>
Sent: Friday, May 10, 2024 3:12 PM
Subject: PO 4500032277 - pilot impellers BP-IMP-200

Dear Mr. Liu,

PO 4500032277: 30 pilot impellers BP-IMP-200 (EN-GJS-500-7).
Forecast 2025: 1,800 pcs - forecast only, not an order and not released.
Series release only after PPAP sign-off, by a written release from Ana Souza, Gerente de
Suprimentos.
Material authority: pilot lot only.

Abraço,
Marcos Oliveira
""") + "\n"
case("p37_cn_forecast_taken_as_firm_material", ["RG006", "RG008"],
     "supplier takes the labelled 2025 forecast (1,800) 'as your firm order' and buys ingot for 1,800 while "
     "30 pilot are released with pilot-only material authority", [
    ("RE_PO_4500032277_pilot_impellers.eml", eml_bytes(mail(
        "Liu Yang <liuyang@huaxincasting.cn>", "Marcos Oliveira <marcos.oliveira@bombasparana.com.br>",
        "RE: PO 4500032277 - pilot impellers BP-IMP-200", "Tue, 14 May 2024 09:48:00 +0800", _p37_text))),
])


# ---------------------------------------------------------------- batch 4
# p26: Mexican seal supplier will 'continue with the remaining 475 sets' once the pilot passes the leak test.
_p26_text = """\
Hi Jennifer,

Understood on PO LSP-24-0611. As soon as the 25 first-article seals pass your leak test, we will
continue with the remaining 475 sets without waiting for further paperwork, so we keep the delivery
in week 34.

The pilot sets are in final assembly, air test on Monday.

Saludos,
Lucía Treviño
Key Account Manager
Sellos Industriales de Monterrey S.A. de C.V. | +52 81 5555 2040

""" + quote_lines("""\
From: Jennifer Walsh <jwalsh@lonestarpump.com>
Sent: Wednesday, May 15, 2024 2:10 PM
Subject: PO LSP-24-0611 cartridge seals - pilot

Hi Lucía,

PO LSP-24-0611 covers 25 pilot sets of cartridge seal 2500-550-100 only.
The balance of 475 sets (500 quoted) is not released. It will be released after the leak test
sign-off of the pilot sets, by a written release from me.
Material for the 25 sets only.

Thanks,
Jennifer Walsh
Sr. Buyer, Lone Star Pump Works
""") + "\n"
case("p26_mx_continue_after_leak_test", ["RG007"],
     "supplier will roll into the remaining 475 sets as soon as the pilot passes the leak test 'without "
     "waiting for further paperwork'; buyer required a written release", [
    ("RE_PO_LSP-24-0611_pilot_seals.eml", eml_bytes(mail(
        "Lucía Treviño <ltrevino@sellosmonterrey.mx>", "Jennifer Walsh <jwalsh@lonestarpump.com>",
        "RE: PO LSP-24-0611 cartridge seals - pilot", "Thu, 16 May 2024 10:22:00 -0600", _p26_text))),
])

# p27: buyer-side project manager: once QA signs off, 'carry straight on with the remaining 245'.
_p27_text = """\
Hi Emre,

the project is getting tight - our end customer moved the FAT forward by three weeks.

To save time: once Anja has signed off the first-off castings, just carry straight on with the
remaining 245 - no need to wait for another piece of paper from purchasing.

Thanks and regards
Markus Lehmann
Project Manager, Project 24-HP-017
Rheinpumpen GmbH · Tel. +49 203 555 2230

""" + quote_lines("""\
From: Klaus Berger <klaus.berger@rheinpumpen.de>
Sent: Monday, April 22, 2024 08:55
Subject: PO 4500221880 - first-off castings stage casing

Dear Mr. Yılmaz,

PO 4500221880 covers 5 first-off castings of the stage casing 1.0619, DRG RP-SC-2204 Rev C.
The balance of 245 pcs (250 in total) is not released. It will be released only after the
sample sign-off by Dr. Anja Weber, by a written release note from me.
Material authority: sample-only.

Best regards
Klaus Berger
Head of Purchasing
""") + "\n"
case("p27_de_pm_carry_on_after_signoff", ["RG007"],
     "buyer-side PM says sample sign-off rolls straight into the remaining 245, contradicting the written "
     "release note required by the quoted PO scope", [
    ("PO_4500221880_FAT_schedule.eml", eml_bytes(mail(
        "Markus Lehmann <markus.lehmann@rheinpumpen.de>", "Emre Yılmaz <emre.yilmaz@anadoludokum.com.tr>",
        "PO 4500221880 - FAT moved forward", "Tue, 21 May 2024 17:35:00 +0200", _p27_text,
        cc="Klaus Berger <klaus.berger@rheinpumpen.de>"))),
])

# p28: Chinese sales confirmation: forecast 12,000 confirmed as order + mass production starts automatically.
case("p28_cn_sales_confirmation_forecast_auto", ["RG007", "RG008"],
     "supplier confirmation books the FY2025 forecast of 12,000 as an order and states mass production starts "
     "automatically after sample approval", [
    ("Sales_Confirmation_SC-24-0613.pdf", pdf([
        ("h1", "TAIZHOU JINHAI CASTING CO., LTD."),
        ("p", "No. 16 Donghai Avenue, Jiaojiang District, Taizhou, Zhejiang, China"),
        ("h", "SALES CONFIRMATION SC-24-0613"),
        ("p", "Buyer: Deccan Pumps Ltd., Pune, India · Your PO: 5200013520 · Date: 2024-05-20"),
        ("table", [
            ["No.", "Description", "Quantity", "Unit price USD", "Amount USD"],
            ["1", "Sample castings impeller KP-IMP-3410, CA6NM", "4 pcs", "240.00", "960.00"],
            ["2", "Mass production impeller KP-IMP-3410 (your annual forecast FY2025) — confirmed as order",
             "12,000 pcs", "88.00", "1,056,000.00"],
        ]),
        ("sp",),
        ("p", "Remarks:"),
        ("p", "1. After sample approval, mass production will start automatically."),
        ("p", "2. Delivery in monthly lots of 1,000 pcs from September 2024, FOB Ningbo."),
        ("p", "3. Payment: T/T 30 days after B/L date."),
        ("p", "Seller: Zhao Min, Sales Dept. · Please sign and return one copy."),
    ], title="Sales confirmation SC-24-0613", author="Taizhou Jinhai")),
])

# p29: Teams: supplier PM assumes the witnessed hydro test 'opens the series' and loads 118 bodies.
_p29_chat = """\
Microsoft Teams - "GPE / Fundiciones del Norte - PO 7100046330"
Chat export 05.06.2024

[04.06.2024 09:10] Khalid Al-Otaibi (GPE Procurement)
Reminder for all: PO 7100046330 covers the 2 first-off bodies only. Balance 118 not released.
Release only by my written release after the witness hydro sign-off.

[04.06.2024 16:42] Omar Farouk (GPE Inspection)
Hydro test witnessed today at 1.5 x rating, 30 min holding time, no leakage, no deformation.
Inspection report will follow tomorrow.

[04.06.2024 16:50] Javier Álvarez (Fundiciones del Norte)
Great news, thanks Omar. Per our understanding that opens the series, so we load the 118 bodies
into next week's moulding plan.

[04.06.2024 16:51] Omar Farouk (GPE Inspection)
Report to be uploaded tomorrow morning.
"""
case("p29_es_teams_hydro_opens_series", ["RG007"],
     "supplier assumes the witnessed hydro test 'opens the series' and loads the 118 bodies, though the buyer "
     "requires his written release", [
    ("Teams_GPE_FdN_PO_7100046330.txt", _p29_chat),
])

# p30: German release authority writes 'with the sample approval, the production approval follows automatically'.
_p30_text = """\
Dear Mr. Patel,

to clarify our process: with the sample approval, the production approval follows automatically -
so once our QA approves the 6 samples, you can pour the remaining 294 pcs straight away.

Best regards
Hans Richter
Purchasing Manager
Hydrotec Pumpen GmbH · Tel. +49 911 555 3020

""" + quote_lines("""\
From: Hans Richter <hans.richter@hydrotec-pumpen.de>
Sent: Thursday, April 25, 2024 10:15
Subject: PO 4500222050 - sample castings diffuser

Dear Mr. Patel,

PO 4500222050: 6 sample castings of the diffuser HP-DF-180, 1.4408.
The balance of 294 pcs (300 in total) is not released. It will be released only by a written
release from me after the sample sign-off.
Material authority: sample-only.

Best regards
Hans Richter
""") + "\n"
case("p30_de_approval_follows_automatically", ["RG007", "RG009"],
     "buyer says production approval follows automatically from sample approval (no named signer, "
     "contradicts his written-release requirement); 'approval' used for technical and production", [
    ("AW_PO_4500222050_process.eml", eml_bytes(mail(
        "Hans Richter <hans.richter@hydrotec-pumpen.de>", "Rakesh Patel <rakesh@patelprecisioncast.in>",
        "AW: PO 4500222050 - sample castings diffuser", "Mon, 20 May 2024 08:40:00 +0200", _p30_text))),
])

# p31: Indian supplier: 'once your good self approves the samples, we shall proceed for balance 244 nos.'
_p31_text = """\
Respected Sir,

Thank you for PO 4500222455 for 6 nos. samples of casing cover.

We wish to inform that once your good self approves the samples, we shall proceed for balance
244 nos. as per PO, so that delivery schedule is maintained. Samples will be ready by 10th June.

Thanking you,
Yours faithfully,
K. Subramanian
Director
Kaveri Precision Castings Pvt. Ltd., SIDCO Industrial Estate, Kurichi, Coimbatore 641021
Ph: +91 422 267 3390

""" + quote_lines("""\
From: Jörg Hoffmann <joerg.hoffmann@rheinpumpen.de>
Sent: Friday, May 10, 2024 13:25
Subject: PO 4500222455 - samples casing cover

Dear Mr. Subramanian,

PO 4500222455: 6 pcs samples, casing cover 1.4408, DRG RP-CC-0915 Rev B.
The balance of 244 pcs (250 in total) is not released. It will be released only after our
sample sign-off, by a written release note from me.
Material authority: sample-only.

Best regards
Jörg Hoffmann
""") + "\n"
case("p31_in_proceed_balance_after_approval", ["RG007"],
     "supplier plans to proceed for balance 244 'as per PO' once samples are approved, skipping the written "
     "release note the quoted PO requires", [
    ("RE_PO_4500222455_samples.eml", eml_bytes(mail(
        "K. Subramanian <ks@kaveriprecision.in>", "Jörg Hoffmann <joerg.hoffmann@rheinpumpen.de>",
        "RE: PO 4500222455 - samples casing cover", "Sat, 18 May 2024 11:10:00 +0530", _p31_text))),
])

# p32: WhatsApp: Brazilian engineer: if samples pass the hydro, 'pode rodar o lote todo'.
_p32_chat = """\
[20/05/24, 09:02:11] Marcos Oliveira: Vinod, PO 4500032101 is for 4 amostras (samples) of impeller BP-IMP-250-05 only. Saldo 196 pcs NOT released — release only with written release from me after the hydro test sign-off.
[20/05/24, 09:30:45] Vinod Patil Kumar Alloys: Noted sir 🙏
[28/05/24, 17:12:03] Paulo Ribeiro: Vinod, boa tarde. Hydro test of the samples is on Thursday at our bench.
[28/05/24, 17:12:40] Paulo Ribeiro: If the samples pass the hydro, pode rodar o lote todo, no need to wait for Marcos's paper 👍
[28/05/24, 17:20:40] Vinod Patil Kumar Alloys: Thank you Paulo sir, we will keep the moulds ready
"""
case("p32_br_whatsapp_run_lot_if_hydro_ok", ["RG007"],
     "buyer-side engineer: if samples pass the hydro 'pode rodar o lote todo, no need to wait for Marcos's "
     "paper' - contradicts the written release requirement", [
    ("WhatsApp Chat - BP x Kumar Alloys.txt", _p32_chat),
])

# p33: Saudi pump maker letter: forecast 2025 'treat as our firm order'.
case("p33_sa_forecast_treat_as_firm", ["RG008"],
     "buyer letter asks the foundry to treat the 2025 forecast of 3,600 impellers as a firm order", [
    ("NWP_Annual_Requirement_2025.docx", docx_bytes([
        ("h1", "Najd Water Pumps Co."),
        ("p", "2nd Industrial City, Riyadh 14331, Kingdom of Saudi Arabia · Procurement Department"),
        ("p", "Ref.: NWP/PROC/2024/0388 · Date: 21 May 2024"),
        ("p", "To: Gujarat Alloy Castings Pvt. Ltd., Shapar-Veraval, Rajkot, India · Kind attention: Mr. Hitesh Shah"),
        ("h", "Subject: Annual requirement 2025 - impeller NWP-IMP-250 (CA6NM)"),
        ("p", "Dear Mr. Shah,"),
        ("p", "Please find below our forecast for 2025: 3,600 impellers NWP-IMP-250 in monthly batches of 300."),
        ("table", [
            ["Month", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
            ["Qty", "300", "300", "300", "300", "300", "300", "300", "300", "300", "300", "300", "300"],
        ]),
        ("p", "Kindly treat this forecast as our firm order for the year and plan your capacity and pattern "
              "equipment accordingly. Monthly POs will follow for invoicing purposes."),
        ("p", "We appreciate your support and look forward to a long partnership."),
        ("p", "Best regards,"),
        ("p", "Saad Al-Harbi — Procurement Manager — s.alharbi@najdpumps.com.sa"),
    ], author="Saad Al-Harbi")),
])

# p35: US PO for 20 samples calls the 2,400 forecast a 'committed volume'.
case("p35_us_po_forecast_committed_volume", ["RG008"],
     "sample PO (20) calls the forecast annual volume of 2,400 'our committed volume for 2025'; series is "
     "otherwise on hold with unlock event and named releaser", [
    ("PO_LSP-24-0677.pdf", pdf([
        ("h1", "LONE STAR PUMP WORKS, INC."),
        ("p", "8400 Clinton Dr, Houston, TX 77029, USA"),
        ("h", "PURCHASE ORDER LSP-24-0677"),
        ("p", "Vendor: Ningbo Haitian Precision Foundry Co., Ltd. · Date: May 17, 2024 · Terms: net 60 · FOB Ningbo"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit price", "Extended"],
            ["1", "LSP-BH-0330 Rev 2", "Bearing housing, ASTM A48 Class 35B — sample castings", "20", "USD 96.00",
             "USD 1,920.00"],
        ]),
        ("sp",),
        ("p", "Forecast annual volume 2025: 2,400 pcs. This is our committed volume for 2025; please reserve "
              "foundry capacity for it."),
        ("p", "Series castings are not released by this PO. Release only after PPAP sign-off (level 3), by a "
              "written release from Dana Whitfield, Purchasing Manager. Material authority: sample-only."),
        ("p", "Ship samples by air with dimensional layout, hardness test and 3.1 certificate."),
    ], pagesize=LETTER, title="PO LSP-24-0677", author="Lone Star Pump Works")),
])

# p36: Brazilian buyer portal: rolling forecast described as firm commitments, supplier shall produce.
_p36_body = """
<h2>Bombas Paraná &mdash; Portal do Fornecedor</h2>
<p>Fornecedor: <b>Fundición Monterrey S.A. de C.V.</b> (cód. 110457) &middot; Contrato 4600001300 &middot; Publicado: 24/05/2024</p>
<h3>Previsão de demanda / Rolling 6-month forecast &mdash; impeller BP-IMP-315-06 Rev D</h3>
<p class="note">The quantities below are firm commitments of Bombas Paraná. Supplier shall produce and hold stock accordingly.</p>
<table>
<tr><th>Mês / Month</th><th>Jun/24</th><th>Jul/24</th><th>Ago/24</th><th>Set/24</th><th>Out/24</th><th>Nov/24</th><th>Total</th></tr>
<tr><td>Qty (pcs)</td><td>120</td><td>120</td><td>150</td><td>150</td><td>180</td><td>180</td><td>900</td></tr>
</table>
<p>Update frequency: monthly, every last Friday. Questions: Fernanda Lima, Gerente de Suprimentos, +55 41 3555 0190.</p>
"""
case("p36_br_portal_forecast_firm", ["RG008"],
     "buyer portal presents the rolling forecast as 'firm commitments' the supplier shall produce to", [
    ("portal_previsao_4600001300.html", html_page("Previsão de demanda - 4600001300", _p36_body, lang="pt-BR")),
])

# p38: SAP printout: 'release strategy' (commercial) vs production release; 250 vs 280 released.
_p38_sap = """\
Rheinpumpen GmbH                                            PURCHASE ORDER / BESTELLUNG
Am Hafen 12 . 47119 Duisburg . Germany
                                                            PO number     4500219950
Supplier   0000104120                                       Date          03.06.2024
Fundiciones Araba S.L.                                      Buyer/Group   P11 / K. Berger
Pol. Ind. Júndiz, C/ Lermandabide 14                        Currency      EUR
01015 Vitoria-Gasteiz, Spain
Release status : RELEASED  (release strategy Z3, approved by Finance 03.06.2024)

----------------------------------------------------------------------------------------
Item  Material        Description                           Qty  UoM  Price/Unit   Net value
----------------------------------------------------------------------------------------
00010 4412-301-001    Volute casing 1.4408 - series          300 ST       268,50   80.550,00
                      DRG 4412-301 Rev D
                      Item text: Released for production: 280 ST per release note RN-2024-031
----------------------------------------------------------------------------------------
                                                           Total net value  80.550,00 EUR
Header text:
Production release per RN-2024-031: 250 pcs. Balance 50 pcs on hold until lot acceptance of the
first series lot and a written release by Klaus Berger, Head of Purchasing.
Material authority: released quantity only.
----------------------------------------------------------------------------------------
Printed 03.06.2024 14:02 by BERGERK                                     SAP ME9F  Output NEU
"""
case("p38_de_sap_release_strategy_250_vs_280", ["RG009", "RG011"],
     "'released' used for the SAP release strategy (commercial) and production release; header says 250 "
     "released for production, item text says 280", [
    ("PO_4500219950_print.txt", _p38_sap),
])

# p39: German buyer: drawing released, PO approved by finance, samples approved by QA.
_p39_text = """\
Dear Mr. Etxeberria,

quick status on PO 4500222600 (volute casing 1.4470, 5 samples):

- the drawing is released in Rev D (sent to you on Monday),
- the PO was approved by our finance yesterday,
- the samples were approved by QA this morning.

Production release will follow separately: after our internal budget sign-off, Klaus Berger will
issue the written release. Until then only the 5 samples are covered; the balance of 195 pcs
(200 in total) is not released. Material: sample-only.

Mit freundlichen Grüßen
Thomas Krämer
Einkauf / Purchasing, Rheinpumpen GmbH
Tel. +49 203 555 2166
"""
case("p39_de_released_approved_three_senses", ["RG009"],
     "'released' for drawing and production, 'approved' for finance (commercial) and QA (technical); scope "
     "otherwise complete", [
    ("Status_PO_4500222600.eml", eml_bytes(mail(
        "Thomas Krämer <thomas.kraemer@rheinpumpen.de>", "Iñaki Etxeberria <i.etxeberria@fundicionesaraba.es>",
        "Status PO 4500222600 - volute casing samples", "Thu, 23 May 2024 15:10:00 +0200", _p39_text,
        html=html_mail(_p39_text.split("\n\n"))))),
])

# p41: EPC ITP uses 'release' for QA heat release, shipment IRN and production release.
case("p41_sa_itp_release_three_senses", ["RG009"],
     "ITP uses 'release' for supplier QA heat release, inspection release note for shipment and production "
     "release of the balance; scope otherwise complete", [
    ("GPE-ITP-0419_Rev0.docx", docx_bytes([
        ("h1", "Inspection and Test Plan GPE-ITP-0419 Rev 0"),
        ("p", "Item: valve body 10\" CL300, ASTM A216 WCB, DRG GPE-VB-1030 Rev 0 · PO 7100046410 · Supplier: "
              "Yıldız Döküm San. A.Ş., Bursa"),
        ("h", "PO scope"),
        ("p", "First-off: 4 bodies. The remaining 44 bodies (48 in total) are not released. Production release "
              "of the 44 bodies only by a written release from Eng. Khalid Al-Otaibi after hold points H1 to H3 "
              "are signed. Material authority: first-off only."),
        ("table", [
            ["No.", "Activity", "Reference", "Supplier", "GPE"],
            ["1", "QA release of each heat (chemistry + mechanical tests)", "ASTM A216, EN 10204 3.1",
             "release by supplier QA", "R"],
            ["2", "RT of critical areas", "ASME B16.34 App. I", "P", "H1"],
            ["3", "Hydrostatic shell test", "API 598", "P", "H2"],
            ["4", "Dimensional + visual", "MSS SP-55", "P", "H3"],
            ["5", "Inspection Release Note (IRN) - release for shipment", "GPE-SP-0003", "request", "issue IRN"],
            ["6", "Production release of remaining 44 bodies", "PO 7100046410", "-", "written release"],
        ]),
        ("p", "Legend: P = perform, H = hold point, R = review."),
    ], author="Gulf Process Engineering")),
])

# p43: Indian PO: text says pilot lot of twenty-four (24), table line says 20.
case("p43_in_po_text_24_table_20", ["RG011"],
     "PO text orders 'a pilot lot of twenty-four (24)' impellers, the line table says 20", [
    ("PO_5200013588_pilot.pdf", pdf([
        ("h1", "DECCAN PUMPS LTD."),
        ("p", "Plot 44, MIDC Bhosari, Pune 411026, India"),
        ("h", "PURCHASE ORDER 5200013588"),
        ("p", "To: Ege Döküm San. ve Tic. A.S., Izmir, Türkiye · Date: 21.05.2024 · Your offer EGE-24-131"),
        ("p", "Dear Sir, we hereby order a pilot lot of twenty-four (24) impeller castings DP-IMP-315, "
              "ASTM A743 CA6NM, DRG DP-IMP-315 Rev 2, as per the table below."),
        ("table", [
            ["Item", "Material code", "Description", "Qty", "Unit", "Rate USD", "Value USD"],
            ["10", "DP-IMP-315-01", "Impeller casting CA6NM - pilot lot", "20", "NOS", "212.00", "4,240.00"],
        ]),
        ("sp",),
        ("p", "The rest of the quoted 480 nos. is not released. Release only after PPAP sign-off of the pilot lot, "
              "by a written release from Mr. Prakash Kulkarni, GM - Purchase. Material authority: pilot lot only."),
        ("p", "Delivery: FOB Izmir, 6 weeks. Payment: 45 days after B/L."),
        ("p", "For Deccan Pumps Ltd. — S. Iyer, Asst. Manager - Purchase"),
    ], title="PO 5200013588", author="Deccan Pumps")),
])

# p44: Saudi EPC e-mail: 'eight (6) first-off castings'.
_p44_text = """\
Dear Mr. Etxeberria,

Please cast eight (6) first-off castings of the pump bowl, DRG GPE-BW-2204 Rev 1, ASTM A995 5A,
under our PO 7100046290.

The balance of the 120 pcs project quantity is not released. It will be released only by a
written release from me after the witness hydro test sign-off of the first-off castings.
Material authority: first-off only.

Please confirm the pouring date so our inspector can plan the visit.

Best regards,
Eng. Khalid Al-Otaibi
Procurement Lead - Rotating & Static Equipment
Gulf Process Engineering Co. Ltd., Dammam
"""
case("p44_sa_eight_written_six_digits", ["RG011"],
     "one authorization says 'eight (6) first-off castings' - words and digits disagree", [
    ("PO_7100046290_first-off.eml", eml_bytes(mail(
        "Khalid Al-Otaibi <k.alotaibi@gulfprocess.com.sa>", "Iñaki Etxeberria <i.etxeberria@fundicionesaraba.es>",
        "PO 7100046290 - first-off castings pump bowl", "Sun, 26 May 2024 10:00:00 +0300", _p44_text,
        html=html_mail(_p44_text.split("\n\n"))))),
])

# p45: multi-file: US PO says 40 pilot shafts, buyer's release mail says 45.
_p45_po = pdf([
    ("h1", "LONE STAR PUMP WORKS, INC."),
    ("p", "8400 Clinton Dr, Houston, TX 77029, USA"),
    ("h", "PURCHASE ORDER LSP-24-0750"),
    ("p", "Vendor: Maquinados del Bajío S.A. de C.V., Querétaro · Date: May 20, 2024 · FCA Querétaro · Net 45"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price", "Extended"],
        ["1", "LSP-SH-2700 Rev 1", "Pump shaft 17-4PH H1150 — pilot lot", "40", "USD 598.00", "USD 23,920.00"],
    ]),
    ("sp",),
    ("p", "Scope: 40 pilot shafts are authorized. The balance of 560 shafts (600 quoted) is not released. Release "
          "only after PPAP sign-off of the pilot lot, by a written release from Jennifer Walsh, Sr. Buyer. "
          "Material authority: pilot lot only."),
], pagesize=LETTER, title="PO LSP-24-0750", author="Lone Star Pump Works")
_p45_text = """\
Hi Alejandro,

as discussed on the phone, pilot release for PO LSP-24-0750: please machine the 45 pilot shafts
(LSP-SH-2700 Rev 1) and ship them by June 21. The rest stays on hold as written on the PO.

Thanks,
Jennifer Walsh
Sr. Buyer | Lone Star Pump Works, Inc. | +1 713 555 0157
"""
case("p45_us_multi_po40_release45", ["RG011"],
     "multi-file: PO authorizes 40 pilot shafts, the buyer's release e-mail for the same PO says 45", [
    ("PO_LSP-24-0750.pdf", _p45_po),
    ("Pilot_release_LSP-24-0750.eml", eml_bytes(mail(
        "Jennifer Walsh <jwalsh@lonestarpump.com>", "Alejandro Ruiz <aruiz@maquinadosbajio.mx>",
        "Pilot release - PO LSP-24-0750 shafts", "Wed, 22 May 2024 09:30:00 -0500", _p45_text,
        html=html_mail(_p45_text.split("\n\n"))))),
])

# p46: WhatsApp: buyer releases 150 nos, a week later refers to 'the 120 nos released'.
_p46_chat = """\
06/06/2024, 10:05 - Rajesh Nair (Aqua Flow Pumps): Senthil sir, samples cleared by our QA 👍 report AFP-QA-24-118 sent by mail
06/06/2024, 10:07 - Rajesh Nair (Aqua Flow Pumps): Release 150 nos from balance for June dispatch against PO 4100089020 (impeller AFP-IMP-200, CF8M). Remaining 340 nos on hold till my next written release
06/06/2024, 10:30 - Senthil Kumar SMF: Thank you sir 🙏 will plan
10/06/2024, 12:14 - Senthil Kumar SMF: Sir pouring started today. Heat no. SMF/24/0606
13/06/2024, 16:40 - Rajesh Nair (Aqua Flow Pumps): As per the 120 nos released last week, send dispatch plan pls
13/06/2024, 16:52 - Senthil Kumar SMF: Ok sir, plan by tomorrow
"""
case("p46_in_whatsapp_150_then_120", ["RG011"],
     "buyer releases 150 nos and a week later refers to 'the 120 nos released', uncorrected", [
    ("WhatsApp Chat with Senthil Kumar SMF.txt", _p46_chat),
])

# p48: multi-file: portal call-off page shows released 500, call-off e-mail says 450.
_p48_body = """
<h2>Bombas Paraná &mdash; Portal do Fornecedor</h2>
<p>Fornecedor: <b>Fundición Monterrey S.A. de C.V.</b> &middot; Contrato 4600001300 &middot; impeller BP-IMP-315-06 Rev D</p>
<h3>Chamada de entrega / Call-off CO-04</h3>
<table>
<tr><th>Campo</th><th>Valor</th></tr>
<tr><td>Call-off</td><td>CO-04 (emitted 27/05/2024)</td></tr>
<tr><td>Released qty</td><td>500 pcs</td></tr>
<tr><td>Delivery</td><td>FCA Monterrey, week 30/2024</td></tr>
<tr><td>Remaining blanket quantity</td><td>not released &mdash; only by a further call-off signed by Fernanda Lima</td></tr>
<tr><td>Material authority</td><td>call-off quantity only</td></tr>
</table>
"""
_p48_text = """\
Hola Roberto,

segue a chamada de entrega / here is call-off 04 under contract 4600001300:

Call-off 04: 450 pcs impeller BP-IMP-315-06 Rev D, delivery FCA Monterrey, week 30/2024.
The remaining blanket quantity is not released; it is released only by a further call-off signed
by me. Material: call-off quantity only.

The same call-off is visible in the supplier portal.

Abraço,
Fernanda Lima
Gerente de Suprimentos | Bombas Paraná Ltda. | +55 41 3555 0190
"""
case("p48_br_multi_portal500_mail450", ["RG011"],
     "multi-file: portal shows call-off CO-04 released qty 500, the call-off e-mail for the same call-off says 450", [
    ("portal_chamada_CO-04.html", html_page("Call-off CO-04 - Portal do Fornecedor", _p48_body, lang="pt-BR")),
    ("Chamada_CO-04_4600001300.eml", eml_bytes(mail(
        "Fernanda Lima <fernanda.lima@bombasparana.com.br>", "Roberto Garza <rgarza@fundicionmonterrey.mx>",
        "Chamada de entrega CO-04 - contrato 4600001300", "Mon, 27 May 2024 08:15:00 -0300", _p48_text))),
])

# p49: forwarded release (rfc822) says 200, forwarding buyer says 'the 250 we released'.
_p49_orig = mail("Faisal Al-Qahtani <f.alqahtani@rpi.com.sa>", "Kemal Aydın <kemal.aydin@yildizdokum.com.tr>",
                 "Release note RN-118 - PO 7300011990", "Tue, 07 May 2024 09:00:00 +0300", """\
Dear Mr. Aydın,

Release note RN-118: 200 pcs of the stage casing RPI-SC-3300 (ASTM A487 CA6NM) are released for
production under PO 7300011990.

The balance of 300 pcs remains on hold until lot acceptance of this first lot and a written release
from me.

Regards,
Faisal Al-Qahtani
Procurement Manager, Riyadh Pump Industries Co.
""", msgid="<h138-rn118@rpi.com.sa>")
_p49_text = """\
Dear Mr. Aydın,

see our release below (attached message). Please ship the 250 we released as soon as the hydro
reports are in; our warehouse expects them in week 27.

Regards,
Faisal Al-Qahtani
Procurement Manager
Riyadh Pump Industries Co. | +966 11 265 4400
"""
case("p49_sa_fwd_release200_ship250", ["RG011"],
     "forwarded release note RN-118 releases 200 pcs, the forwarding message asks to ship 'the 250 we released'", [
    ("FW_Release_note_RN-118.eml", eml_bytes(mail(
        "Faisal Al-Qahtani <f.alqahtani@rpi.com.sa>", "Kemal Aydın <kemal.aydin@yildizdokum.com.tr>",
        "FW: Release note RN-118 - PO 7300011990", "Mon, 10 Jun 2024 10:20:00 +0300", _p49_text,
        attachments=[("rfc822", _p49_orig)]))),
])

# p50: US buyer: advance wired, so start the series castings.
_p50_text = """\
Hi Lily,

the 30% advance went out by wire this morning (our ref. 0613-LSP-778).

So please get the series castings started now so we don't lose the slot in your melt schedule.

Thanks,
Dana Whitfield
Purchasing Manager | Lone Star Pump Works, Inc. | +1 713 555 0133

""" + quote_lines("""\
From: Dana Whitfield <dwhitfield@lonestarpump.com>
Sent: Monday, May 6, 2024 8:40 AM
Subject: PO LSP-24-0699 volute casings - samples

Hi Lily,

PO LSP-24-0699 covers 5 sample castings (volute casing LSP-VC-0410 Rev 2, ASTM A216 WCB).
The balance of 395 pcs (400 quoted) is not released. It will be released after our sample
sign-off, by a written release from me.
Material authority: sample-only.

Thanks,
Dana
""") + "\n"
case("p50_us_advance_wired_start_series", ["RG012"],
     "buyer treats the wired advance as the trigger: 'so please get the series castings started now'", [
    ("RE_PO_LSP-24-0699_advance.eml", eml_bytes(mail(
        "Dana Whitfield <dwhitfield@lonestarpump.com>", "Lily Zhou <lily.zhou@nbhaitian-foundry.cn>",
        "RE: PO LSP-24-0699 volute casings - advance paid", "Wed, 15 May 2024 07:55:00 -0500", _p50_text))),
])

# p51: Indian foundry: 'opening of LC is treated as production release', schedules all 60 bodies.
_p51_text = """\
Dear Sir,

We are pleased to inform that LC No. 0041LC2400517 is received through our bank today.

As per clause 7 of our offer GAC/OFF/24/221, opening of the LC is treated as production release.
We have therefore scheduled all 60 valve bodies for moulding from 10th June.

Regards,
Hitesh Shah
Director
Gujarat Alloy Castings Pvt. Ltd., Shapar-Veraval, Rajkot 360024, India
Mob: +91 98240 55120

""" + quote_lines("""\
From: Khalid Al-Otaibi <k.alotaibi@gulfprocess.com.sa>
Sent: Thursday, May 16, 2024 11:00 AM
Subject: PO 7100046480 - 10" CL300 valve bodies

Dear Mr. Shah,

PO 7100046480 covers 4 first-off valve bodies 10" CL300, ASTM A216 WCB, DRG GPE-VB-1031 Rev 0.
The balance of 56 bodies (60 in total) is on hold. It will be released only after the witness
hydro test sign-off of the first-off bodies, by a written release from me.
Material authority: first-off only. Payment: LC at sight as per PO terms.

Best regards,
Eng. Khalid Al-Otaibi
""") + "\n"
case("p51_in_lc_opening_is_release", ["RG012"],
     "supplier treats the opening of the LC as production release and schedules all 60 bodies while 4 "
     "first-off are released", [
    ("RE_PO_7100046480_LC_received.eml", eml_bytes(mail(
        "Hitesh Shah <hitesh@gujaratalloycastings.in>", "Khalid Al-Otaibi <k.alotaibi@gulfprocess.com.sa>",
        "RE: PO 7100046480 - 10\" CL300 valve bodies - LC received", "Mon, 03 Jun 2024 14:30:00 +0530",
        _p51_text))),
])

# p52: WhatsApp: Mexican foundry reads its own PO acceptance as start signal for the full lot.
_p52_chat = """\
[21/05/24, 08:10:02] Marcos Oliveira: Roberto, PO 4500032300 = 10 pilot pcs only (bowl BP-BW-300 Rev A). Saldo 290 not released — written release from me after PPAP sign-off.
[21/05/24, 08:40:15] Roberto Garza: Entendido Marcos.
[23/05/24, 11:02:47] Roberto Garza: PO 4500032300 accepted in your portal ✔️ With the acceptance done we start production of the lote completo (300 pcs) next Monday, molds are ready
[23/05/24, 11:09:30] Marcos Oliveira: Roberto, send me the PPAP timing chart pls, Paulo needs it for the meeting
[23/05/24, 11:10:02] Roberto Garza: Claro, hoy en la tarde
"""
case("p52_mx_whatsapp_acceptance_starts_lot", ["RG012"],
     "supplier treats its PO acceptance as authority to start the complete lot of 300 while only 10 pilot pcs "
     "are released", [
    ("WhatsApp Chat - Roberto Garza FM.txt", _p52_chat),
])

# p53: Chinese foundry portal: full order scheduled because the advance was received.
_p53_body = """
<h2>Ningbo Haitian Precision Foundry &mdash; Customer Order Tracking</h2>
<p>Customer: <b>Lone Star Pump Works, Inc.</b> &middot; Customer PO: LSP-24-0720 &middot; Our SO: NBHT-SO-24-0388 &middot; Part: pump casing LSP-PC-1100 Rev 0, ASTM A216 WCB</p>
<table>
<tr><th>Date</th><th>Event</th><th>Detail</th></tr>
<tr><td>2024-05-06</td><td>PO received</td><td>5 samples released by customer; series 595 pcs not released by customer</td></tr>
<tr><td>2024-05-10</td><td>Advance payment received (30 %)</td><td>USD 27,540.00, bank ref. BOC-0510-7781</td></tr>
<tr><td>2024-05-10</td><td>Production status</td><td>Full order 600 pcs scheduled &mdash; production starts on receipt of advance per our standard terms</td></tr>
<tr><td>2024-05-13</td><td>Melting</td><td>Heat NB24-0513: 120 pcs poured</td></tr>
<tr><td>2024-05-20</td><td>Next</td><td>Samples to QC; series lot 2 moulding</td></tr>
</table>
<p style="font-size:10px">This page is updated automatically from our ERP. Contact: Lily Zhou, Export Sales.</p>
"""
case("p53_cn_portal_advance_schedules_full", ["RG012"],
     "supplier tracking page: advance payment received -> full order 600 scheduled and poured, while only 5 "
     "samples are released", [
    ("order_tracking_NBHT-SO-24-0388.html", html_page("Order tracking NBHT-SO-24-0388", _p53_body)),
])

# =============================================================== END CASES


def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9._-]+", "_", s).strip("_")
    return s[:48]


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"{PREFIX}_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    build()
