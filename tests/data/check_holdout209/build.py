#!/usr/bin/env python3
"""Generator for the releasegate check_holdout209 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout209/build.py

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
    m["Message-ID"] = msgid or f"<h209-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h209")
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



# ------------------------------------------------------------ extra helpers
def as_html(text):
    """Render a plain mail body the way a mail client's HTML part looks: paragraphs, and
    quoted lines ('> ') inside blockquotes."""
    out = ['<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    depth = 0
    for line in text.split("\n"):
        d = 0
        while line.startswith(">"):
            d += 1
            line = line[1:]
            if line.startswith(" "):
                line = line[1:]
        while depth < d:
            out.append('<blockquote style="border-left:2px solid #999;margin-left:6px;padding-left:8px">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(f"<div>{escape(line) if line.strip() else '<br>'}</div>")
    while depth:
        out.append("</blockquote>")
        depth -= 1
    out.append("</div>")
    return "\n".join(out) + "\n"


def quote(text, level=1):
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


TXT_MT = "text/plain"
HTML_MT = "text/html"

# ------------------------------------------------------------------- people
# Buyers
VM = "Velomaas B.V."            # Dutch e-bike brand, Utrecht
KZ = "Kiezrad Mobility GmbH"    # German bike-share operator, Berlin
RC = "Ridgeline Cargo Cycles, Inc."  # US cargo-bike start-up, Portland, Oregon
SE = "Sarathi E-Mobility Pvt. Ltd."  # Indian e-rickshaw maker, Pune
# Suppliers
JH = "Jia Hsin Precision Co., Ltd."       # Taichung, Taiwan: die-cast housings
MP = "Minh Phat Metal Co., Ltd."          # Binh Duong, Vietnam: stamping, tube
HR = "Tianjin Hengrui Plastics Co., Ltd." # Tianjin, China: injection moulding
RB = "Metalúrgica Ribeira, Lda."          # Agueda, Portugal: wire, tube, machining
SV = "Strojírny Vysočina s.r.o."          # Jihlava, Czechia: CNC machining

A_JORIS = "Joris Bakker <j.bakker@velomaas.nl>"
A_ANOUK = "Anouk de Vries <a.devries@velomaas.nl>"
A_SANNE = "Sanne Visser <s.visser@velomaas.nl>"
A_PIETER = "Pieter van Dijk <p.vandijk@velomaas.nl>"
A_KATRIN = "Katrin Hoffmann <katrin.hoffmann@kiezrad-mobility.de>"
A_LUKAS = "Lukas Brandt <lukas.brandt@kiezrad-mobility.de>"
A_KUEHN = "Dr. Matthias Kuehn <matthias.kuehn@kiezrad-mobility.de>"
A_JESS = "Jess Morgan <jess@ridgelinecargo.com>"
A_TYLER = "Tyler Reese <tyler@ridgelinecargo.com>"
A_DANA = "Dana Whitfield <dana@ridgelinecargo.com>"
A_RAJESH = "Rajesh Kulkarni <rajesh.kulkarni@sarathi-emobility.in>"
A_PRIYA = "Priya Nair <priya.nair@sarathi-emobility.in>"
A_VIKRAM = "Vikram Mehta <vikram.mehta@sarathi-emobility.in>"
A_KEVIN = "Kevin Lin <kevin.lin@jiahsin-precision.com.tw>"
A_AMY = "Amy Chen <amy.chen@jiahsin-precision.com.tw>"
A_LAN = "Nguyen Thi Lan <lan.nguyen@minhphatmetal.vn>"
A_DUC = "Tran Van Duc <duc.tran@minhphatmetal.vn>"
A_ZHANG = "Zhang Wei <zhangwei@hengrui-plastics.cn>"
A_LINA = "Li Na <lina@hengrui-plastics.cn>"
A_JOAO = "Joao Ferreira <joao.ferreira@ribeira-metal.pt>"
A_ANA = "Ana Sousa <ana.sousa@ribeira-metal.pt>"
A_TOMAS = "Tomas Novak <novak@strojirny-vysocina.cz>"
A_PETRA = "Petra Dvorakova <dvorakova@strojirny-vysocina.cz>"

PH_VM = "+31 30 799 4410"
PH_KZ = "+49 30 2589 7710"
PH_RC = "+1 503 555 0142"
PH_SE = "+91 20 6712 4400"
PH_JH = "+886 4 2359 8821"
PH_MP = "+84 274 3789 215"
PH_HR = "+86 22 5867 3301"
PH_RB = "+351 234 610 882"
PH_SV = "+420 567 310 455"


def files(*pairs):
    """files("a.txt", data, "b.pdf", data) -> ordered list of (name, data)."""
    return [(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]


# =================================================================== CLEAN
# c01 supplier quotation with three quantity tiers; no order, nothing authorized
case("c01", [], "Supplier quote (Jia Hsin) with sample / pilot / mass-production tiers; a quote authorizes nothing and has no authorized quantity.", files(
    "JH-Q-24-0318.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", "Jia Hsin Precision Co., Ltd. | No. 88, Gongye 3rd Rd., Xitun Dist., Taichung 407, Taiwan | "
              "Tel +886 4 2359 8821 | ISO 9001:2015 / IATF 16949 certified"),
        ("table", [["Quotation No.", "JH-Q-24-0318"], ["Date", "2024/03/18"],
                   ["Customer", "Velomaas B.V., Utrecht, The Netherlands"],
                   ["Attn.", "Mr. Joris Bakker, Purchasing"],
                   ["Part", "Battery housing BH-36V-480 Rev C (36 V / 480 Wh downtube pack)"],
                   ["Material / process", "ADC12 aluminium die-cast, CNC sealing face, powder coat RAL 9005 matt"]]),
        ("sp",),
        ("h", "Price by quantity tier"),
        ("table", [["Tier", "Quantity", "Unit price", "Lead time"],
                   ["T1 sample (soft tool)", "20 pcs", "EUR 86,00", "4 weeks after tooling PO"],
                   ["Pilot", "200 pcs", "EUR 31,50", "5 weeks"],
                   ["Mass production", "1.200 pcs", "EUR 22,40", "6 weeks, 300 pcs / week"]]),
        ("sp",),
        ("table", [["One-time cost", "Amount"],
                   ["Die-cast mould 1+1 cavity, H13", "EUR 14.800,00"],
                   ["CNC fixture", "EUR 1.250,00"]]),
        ("sp",),
        ("h", "Remarks"),
        ("p", "1. This is a quotation only, not an order confirmation. Quantities above are price tiers "
              "for your evaluation. Mass production quantity is based on your forecast of 2024/03 and is "
              "not confirmed by Velomaas."),
        ("p", "2. Test: salt spray ISO 9227 NSS 480 h, IP67 per IEC 60529 on 3 pcs of T1, CMM report 5 pcs."),
        ("p", "3. Price FCA Taichung, Incoterms 2020. Payment: tooling 50% with tooling PO, 50% at T1; parts 60 days net."),
        ("p", "4. Validity: 60 days from quotation date."),
        ("sp",),
        ("p", "Best regards, Kevin Lin, Sales Manager, Jia Hsin Precision Co., Ltd."),
    ], title="Quotation JH-Q-24-0318", author="Kevin Lin"),
))

# c02 RFQ with three quantity scenarios, multipart/alternative
_t = """Hi Lan,

Hope you're doing well. We're looking at a second source for the center stand on our
two-wheel cargo bike, and your team came highly recommended by our frame vendor.

This is an RFQ only. It is not a purchase order and it doesn't authorize any production or
any material buys.

Part: center kickstand KS-CARGO-2L, dual leg, for 20" front / 24" rear, drawing RCC-D-2210 Rev 4
(attached in the portal). Steel S355, e-coat + black powder, spring M10x1.25 pivot bolt.
Load test: 150 kg static per ISO 4210-2, 5,000 cycles.

Could you quote these scenarios:
  - 10 samples (proto tooling ok)
  - 500 pcs / year
  - 1,500 pcs / year
  - 3,000 pcs / year

Please break out tooling, unit price, MOQ and lead time, FOB Ho Chi Minh.
We'd love to have numbers by May 24. Happy to hop on a call if anything is unclear.

Thanks!
Jess""" + sig("Jess Morgan", "Operations & Purchasing", RC, PH_RC)
case("c02", [], "Buyer RFQ with three annual-quantity scenarios, explicitly not a PO and no authorization.", files(
    "RFQ_KS-CARGO-2L.eml", eml_bytes(mail(A_JESS, A_LAN, "RFQ - center kickstand KS-CARGO-2L (Ridgeline)",
                                          "Wed, 08 May 2024 16:42:10 -0700", _t, html=as_html(_t))),
))

# c03 WhatsApp: supplier asks for the go-ahead; buyer says no, scope complete
_t = """[03/06/24, 11:02:15] Rajesh Kulkarni (Sarathi): Good morning Zhang ji. PO 4100023317 issued today for charger case CC-48V-15A, 50 nos SAMPLE ONLY.
[03/06/24, 11:03:40] Rajesh Kulkarni (Sarathi): Balance 4,950 nos is NOT released. Balance will be released only after sample sign-off by Priya Nair (QA) and written release from Vikram Mehta sir (GM SCM).
[03/06/24, 11:04:02] Rajesh Kulkarni (Sarathi): Material pls buy for 50 nos only.
[03/06/24, 11:20:51] Zhang Wei Hengrui: Noted Mr Rajesh. 50 pcs sample we make this week, mould T2 ok now.
[03/06/24, 11:21:09] Zhang Wei Hengrui: 👍
[12/06/24, 16:45:33] Zhang Wei Hengrui: Rajesh sir, samples sent by DHL, AWB 7781 2203 45, 2 cartons.
[12/06/24, 16:46:10] Zhang Wei Hengrui: Can we get go-ahead for balance 4950 now? our line is free in July
[12/06/24, 17:30:02] Rajesh Kulkarni (Sarathi): Not yet Zhang ji. Samples going for ARAI test, approx 3 weeks.
[12/06/24, 17:31:18] Rajesh Kulkarni (Sarathi): Balance remains on hold till Priya madam sign-off and Vikram sir written release. Don't buy resin for balance.
[12/06/24, 17:35:44] Zhang Wei Hengrui: OK understood, we wait.
"""
case("c03", [], "Supplier's 'can we get go-ahead for balance 4950?' is a question; buyer reply keeps the complete scope (50 samples, hold, sign-off + written release by Vikram Mehta).", files(
    "WhatsApp Chat - Hengrui CC-48V.txt", _t,
))

# c04 EDI 830 planning schedule clearly labelled as forecast
_t = """KIEZRAD MOBILITY GMBH - EDI OUTBOUND LOG                      printed 2024-08-26 07:15
Transaction: 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY  (VDA 4905 / X12 830 mapped)
Partner: 0004471 METALURGICA RIBEIRA LDA  AGUEDA PT
Control no. 000017342   Schedule no. FC-KZ-2434   Type: FORECAST ONLY

*** PLANNING INFORMATION - NOT AN ORDER ***
*** No fabrication authorization, no material authorization is given by this schedule ***
*** Production quantities are released only by call-off (DELJIT) signed by Katrin Hoffmann ***

ISA*00*          *00*          *ZZ*KIEZRAD        *ZZ*RIBEIRA        *240826*0715*U*00401*000017342*0*P*>~
BFR*05**FC-KZ-2434*DL*A*20240902*20241229*20240826~
N1*BY*KIEZRAD MOBILITY GMBH*92*DE-BER-01~
N1*SU*METALURGICA RIBEIRA LDA*92*0004471~
LIN**BP*FS-26-4.0*VP*RB-FS2640~
UIT*SET~
PID*F****FENDER STAY SET 26IN 4.0MM SS 1.4301~
ATH*PQ*20240901*120**20240101~
FST*400*D*W*20240902~
FST*400*D*W*20240909~
FST*350*D*W*20240916~
FST*350*D*W*20240923~
FST*500*D*M*20241001~
FST*500*D*M*20241101~
FST*450*D*M*20241201~
CTT*1*2950~
SE*16*000017342~

Legend  FST qualifier D = planning (forecast).  No qualifier C (firm) is used in this schedule.
ATH PQ = cumulative received to date (120 sets under call-off 01, signed K. Hoffmann).

Summary for supplier:
  Weekly / monthly quantities above are our forecast for capacity planning only.
  Forecast total Sep-Dec: 2.950 sets. It may go up or down.
  Do not start production and do not buy wire against this forecast.
  Next call-off (DELJIT 02) will name the quantity released; signed by Katrin Hoffmann, Einkauf.
"""
case("c04", [], "EDI 830 planning schedule labelled forecast only, no fab/material authorization; firm quantities only by a signed call-off.", files(
    "EDI830_FC-KZ-2434.txt", _t,
))

# c05 DOCX sample sign-off scoped to fit check
case("c05", [], "Sample sign-off 'approved for fit check only; production not released'; balance on hold until written release by Pieter van Dijk after EN 15194 tests.", files(
    "SSR-2024-017_DB-31.8.docx", docx_bytes([
        ("h1", "Sample sign-off record SSR-2024-017"),
        ("p", "Velomaas B.V. - Engineering, Drivetrain & Cockpit"),
        ("table", [["Part", "Display bracket DB-31.8-R2 (clamp for 31,8 mm handlebar, M4x10 screws)"],
                   ["Supplier", "Metalúrgica Ribeira, Lda., Águeda (PT)"],
                   ["PO", "4500019044 (line 10, scope: sample)"],
                   ["Samples received", "twenty-five (25) pcs, 2024-05-21, lot RB-L2405-07"],
                   ["Drawing", "VM-DRW-3180 Rev 04"]]),
        ("h", "Checks"),
        ("table", [["Check", "Requirement", "Result"],
                   ["Clamp fit on bar 31,8 mm", "no play, torque 5 Nm", "OK (5 of 5)"],
                   ["Display fit (Bafang DP C18)", "snap-in, no rattle", "OK"],
                   ["Dimensions", "VM-DRW-3180 Rev 04", "OK, CMM on 5 pcs"],
                   ["Vibration EN 15194 / ISO 4210-5", "100 000 cycles", "NOT YET TESTED"],
                   ["Salt spray ISO 9227", "240 h", "NOT YET TESTED"]]),
        ("h", "Disposition"),
        ("p", "Samples approved for fit check only; production not released."),
        ("p", "The balance of 2.975 pcs quoted in Ribeira offer RB-2024-112 stays on hold. It can be "
              "unlocked only by a written production release from Pieter van Dijk (Head of Supply Chain), "
              "after the vibration and salt spray tests above are passed and recorded in a new sign-off record."),
        ("p", "Material authority for Ribeira: sample quantity only (25 pcs). Do not buy bar stock for the balance."),
        ("sp",),
        ("table", [["Signed", "Role", "Date"],
                   ["Sanne Visser", "Lead Engineer (sample sign-off)", "2024-05-24"]]),
    ], author="Sanne Visser"),
))

# c06 HTML buyer portal: full-quantity PO, proceed with the full 300
_b = """<div style="background:#1d3b2a;color:#fff;padding:8px"><b>Ridgeline Cargo Cycles</b> &middot; Supplier Portal</div>
<p>Logged in as: <b>joao.ferreira@ribeira-metal.pt</b> (Metalúrgica Ribeira, Lda.)</p>
<h2>Purchase Order RCC-PO-1187</h2>
<table>
<tr><th>Issued</th><td>05/14/2024</td><th>Buyer</th><td>Jess Morgan</td></tr>
<tr><th>Ship to</th><td>Ridgeline Cargo Cycles, 2210 NW Front Ave, Portland, OR 97209</td><th>Terms</th><td>Net 45, FCA Aveiro</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit price</th><th>Extended</th><th>Scope</th></tr>
<tr><td>1</td><td>FS-20-4.0</td><td>Front fender stay set, 20in, 4.0 mm SS 304, drawing RCC-D-2040 Rev 3</td><td>300</td><td>set</td><td>USD 4.85</td><td>USD 1,455.00</td><td>production</td></tr>
</table>
<div class="note">
<p><b>Note from buyer:</b> This PO covers the full quantity of 300 sets. There is no further balance
and no forecast attached to this part. Proceed with the full 300 sets; ship in one lot by July 12.</p>
<p>Salt spray 96 h per ASTM B117 on 3 sets, report with shipment. Pack 25 sets/carton.</p>
</div>
<p><button>Acknowledge PO</button> <button>Propose change</button></p>
<p style="color:#777">Status: Issued &middot; Acknowledgement pending</p>"""
case("c06", [], "Full-quantity portal PO (300 sets, 'no further balance'); 'proceed with the full 300 sets' is scoped and there is no balance.", files(
    "portal_RCC-PO-1187.html", html_page("Ridgeline Supplier Portal - RCC-PO-1187", _b),
))

# c07 PDF PO full quantity with delivery schedule
case("c07", [], "Full-quantity PO 480 pcs split into four dated deliveries that add up to 480; no balance, identifiers look like quantities.", files(
    "Bestellung_4700009044.pdf", pdf([
        ("h1", "Bestellung / Purchase Order 4700009044"),
        ("p", "Kiezrad Mobility GmbH, Einkauf, Lehrter Str. 57, 10557 Berlin | USt-IdNr. DE318844210"),
        ("table", [["Lieferant / Supplier", "Strojírny Vysocina s.r.o., Jihlava (CZ), Lief.-Nr. 0003120"],
                   ["Datum / Date", "17.06.2024"],
                   ["Einkäufer / Buyer", "Katrin Hoffmann, +49 30 2589 7710"],
                   ["Incoterms", "FCA Jihlava, Incoterms 2020"]]),
        ("sp",),
        ("table", [["Pos.", "Material", "Bezeichnung / Description", "Menge / Qty", "Preis / Price", "Wert / Value"],
                   ["10", "DB-KZ-22", "Display bracket, EN AW-6082 T6, anodised black, drawing KZ-2200 Rev 12, M5x0.8 inserts", "480 Stk", "EUR 9,60", "EUR 4.608,00"]]),
        ("sp",),
        ("h", "Lieferplan / Delivery schedule (Pos. 10)"),
        ("table", [["Einteilung", "Liefertermin", "Menge"],
                   ["1", "KW 30 / 2024", "120 Stk"], ["2", "KW 34 / 2024", "120 Stk"],
                   ["3", "KW 38 / 2024", "120 Stk"], ["4", "KW 42 / 2024", "120 Stk"],
                   ["Summe / total", "", "480 Stk"]]),
        ("sp",),
        ("p", "This purchase order is for the full quantity of 480 pcs (Serienbestellung / production order). "
              "There is no balance beyond it. Please start production for the delivery schedule above."),
        ("p", "Quality: ISO 9001:2015, first article report per VDA 2 with the first delivery, "
              "salt spray ISO 9227 NSS 240 h on 3 pcs. Packaging per KZ-VP-300."),
        ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023)."),
        ("sp",),
        ("p", "Kiezrad Mobility GmbH - Katrin Hoffmann, Strategischer Einkauf"),
    ], title="Bestellung 4700009044", author="Katrin Hoffmann"),
))

# c08 EDI DELJIT call-off with explicit staged material authority above the released quantity
_t = """KIEZRAD MOBILITY GMBH                     EDI DELJIT / X12 862  -  CALL-OFF PRINTOUT
Supplier : 0002210  JIA HSIN PRECISION CO LTD, TAICHUNG TW
Frame agreement : RV-2024-011   Part: BH-48V-SR Rev B  battery housing, bike-share, ADC12
Call-off no.    : 03            Date: 2024-07-08        Signed: Katrin Hoffmann (Einkauf)

+------------------------------------------------------------------------------------+
| QUANTITIES (sets)                                                                  |
|   Frame agreement quantity (commercial cover, PO 4700008701) ........ 1.600        |
|   Released for fabrication by call-off 01 + 02 ...................... 200          |
|   Released for fabrication by THIS call-off 03 ...................... 200          |
|   Cumulative released after call-off 03 ............................ 400          |
|   Balance NOT released ............................................. 1.200        |
+------------------------------------------------------------------------------------+

MATERIAL AUTHORITY (explicit, at Kiezrad liability):
  Staged up to 600 sets: ADC12 ingot, EPDM gasket GK-48-3, M5x12 stainless screws.
  That is 200 sets above the released quantity, to protect the 6 week lead time.
  No material beyond 600 sets. Material beyond 400 sets is to be held, not processed.

UNLOCK:
  The balance of 1.200 sets is released only by the next call-off (04), issued after the
  field test report FT-BH48-02 (IP67 after 500 h ISO 9227 NSS) is accepted by L. Brandt.
  Call-off 04 will be signed by Katrin Hoffmann or Dr. Matthias Kuehn (Head of Procurement).

SCHEDULE (this call-off):
  DTM*002*20240812  QTY 100
  DTM*002*20240826  QTY 100
  ----------------------------
  TOTAL CALL-OFF 03        200

Please confirm by DESADV / mail to katrin.hoffmann@kiezrad-mobility.de.
"""
case("c08", [], "Call-off releasing 200 (cum. 400) with an explicit staged material authority up to 600 and the 1.200 balance held until call-off 04 signed by named people.", files(
    "DELJIT_RV-2024-011_03.txt", _t,
))

# c09 DOCX signed auto-conversion record
case("c09", [], "Explicit, signed auto-conversion record: names 300 pcs, the signer, the conditions; remaining 880 on hold until written release by Pieter van Dijk.", files(
    "AC-2024-03_BH-36V-480.docx", docx_bytes([
        ("h1", "Auto-conversion record AC-2024-03"),
        ("p", "Velomaas B.V. (buyer) and Jia Hsin Precision Co., Ltd. (supplier)"),
        ("table", [["Order", "Battery housing BH-36V-480 Rev C, PO 4500018821 rev 1"],
                   ["Commercial cover (PO)", "1.200 pcs (20 samples + 1.180 production)"],
                   ["Released so far", "20 pcs (samples)"],
                   ["Recorded on", "2024-04-22, before the sample sign-off"]]),
        ("h", "Statement"),
        ("p", "When the sample sign-off for BH-36V-480 Rev C is recorded with disposition 'approved' by "
              "Sanne Visser (Lead Engineer), three hundred (300) pcs of the balance are released by that "
              "sign-off itself. No further written release is needed for these 300 pcs."),
        ("h", "Conditions (all must be met)"),
        ("num", "Salt spray ISO 9227 NSS 480 h passed on 3 samples, no red rust, no blistering > 2 mm."),
        ("num", "IP67 test per IEC 60529 passed on 3 samples."),
        ("num", "CMM report on 5 samples against VM-DRW-3620 Rev C, Cpk >= 1,33 on sealing face flatness."),
        ("num", "Sign-off recorded not later than 2024-06-30; after that date this record lapses."),
        ("h", "What stays on hold"),
        ("p", "The remaining 880 pcs stay on hold. They are released only by a written production release "
              "from Pieter van Dijk (Head of Supply Chain)."),
        ("p", "Material authority: sample-only until the conversion; after the conversion, material for "
              "the 300 converted pcs only."),
        ("sp",),
        ("table", [["Name", "Role", "Signature", "Date"],
                   ["Pieter van Dijk", "Head of Supply Chain, Velomaas (release authority)", "signed", "2024-04-22"],
                   ["Kevin Lin", "Sales Manager, Jia Hsin (acknowledged)", "signed", "2024-04-23"]]),
    ], author="Pieter van Dijk"),
))

# c10 EML: old quote forwarded as message/rfc822, declared informational
_old = """Dear Mr. Rajesh,

As discussed in Noida expo, please see our offer for charger case.

Part: CC-48V-15A charger case, PC/ABS V0, 2 pcs/set with aluminium heat sink cover
Offer no.: TJHR-Q-2023-0911

  Sample        50 pcs      USD 9.80/set
  Mass prod.    10,000 pcs  USD 2.31/set  (annual)
  Mould         USD 7,600, 1+1 cav, P20 steel, 300k shot

Payment: mould 50% TT advance, balance at T1. Parts TT 30 days.
Leadtime: T1 35 days.

Best regards
Zhang Wei
Sales Manager
Tianjin Hengrui Plastics Co., Ltd.
Tel +86 22 5867 3301"""
_inner = mail(A_ZHANG, A_RAJESH, "Offer TJHR-Q-2023-0911 charger case CC-48V-15A",
              "Mon, 20 Nov 2023 10:11:00 +0800", _old)
_t = """Dear Zhang ji,

Please find below your old offer of Nov 2023 (forwarded as attachment). FOR INFORMATION ONLY.
This old offer is not an order, and its 10,000 nos figure is not released in any way.

Reason I am sending: our QA wants resin changed from PC/ABS to PC/ABS with UL 94 5VA,
kindly re-quote on same format by Friday.

For clarity, our current position is unchanged:
- PO 4100023317 is for 50 nos charger case CC-48V-15A, samples only.
- Balance of 4,950 nos as per new quote is NOT released. It will be released only after sample
  sign-off by Priya Nair (QA Head) and written release from Vikram Mehta (GM Supply Chain).
- Material to be bought for the 50 nos samples only.

Thanks and regards,
Rajesh""" + sig("Rajesh Kulkarni", "Manager - Purchase", SE, PH_SE)
case("c10", [], "Old quote with 10,000 nos forwarded as message/rfc822 and declared informational/not released; current scope complete (50 samples, hold, sign-off + written release by Vikram Mehta).", files(
    "Fwd_TJHR-Q-2023-0911.eml", eml_bytes(mail(
        A_RAJESH, A_ZHANG, "Fwd: Offer TJHR-Q-2023-0911 charger case CC-48V-15A - FOR INFO, re-quote pls",
        "Tue, 11 Jun 2024 12:40:00 +0530", _t, cc=A_PRIYA, attachments=[("rfc822", _inner)])),
))

# c11 EML: buyer reply correcting a quoted supplier line that assumes auto-conversion
_q = """Dear Jess,

Good news, the 30 samples KS-CARGO-2L pass our load test 150 kg, 5,000 cycle, report attach.
We ship Friday by DHL.

After your approval we will roll straight into the 1,470 balance so you get the stands before
Sea Otter, our line is ready and steel supplier can deliver in 10 days.

Best regards,
Lan"""
_t = """Hi Lan,

Thanks, great to hear the samples passed. But please don't roll into the balance.

To be clear:
- Only the 30 samples are released under PO RCC-PO-1163.
- Our sample sign-off does not release anything by itself.
- The 1,470 balance stays on hold until Tyler Reese signs off the samples AND Dana Whitfield (COO)
  sends you a written production release naming the quantity.
- Material: sample quantity only. Please don't order steel for the 1,470 yet.

I know Sea Otter is tight, we'll move fast on our side once the samples land.

Jess

On Tue, Jun 4, 2024 at 7:12 AM Nguyen Thi Lan <lan.nguyen@minhphatmetal.vn> wrote:
""" + quote(_q) + "\n" + sig("Jess Morgan", "Operations & Purchasing", RC, PH_RC)
case("c11", [], "Buyer reply corrects a quoted supplier line ('after your approval we will roll straight into the 1,470') and restates the full scope.", files(
    "Re_KS-CARGO-2L samples.eml", eml_bytes(mail(
        A_JESS, A_LAN, "Re: KS-CARGO-2L samples pass load test", "Tue, 04 Jun 2024 08:05:00 -0700", _t,
        cc=A_TYLER, in_reply_to="<h209-mp-0604@minhphatmetal.vn>")),
))

# c12 WhatsApp: supplier says the deposit does not release production
_t = """[5/20/24, 10:14 AM] Jess Morgan: Hi Lan! PO RCC-PO-1163 is in your inbox. 30 sample kickstands KS-CARGO-2L, that's all that's released for now.
[5/20/24, 10:15 AM] Jess Morgan: The other 1,470 from your quote are NOT released. They get unlocked only after Tyler signs off the samples and Dana Whitfield sends a written release. Sample material only pls
[5/20/24, 10:31 AM] Nguyen Thi Lan: Dear Jess, well received. Please send tooling deposit as per PI, thank you.
[5/20/24, 10:33 AM] Jess Morgan: yep, wiring the 50% tooling deposit today
[5/22/24, 3:02 PM] Nguyen Thi Lan: Deposit received USD 3,250 thank you 🙏
[5/22/24, 3:04 PM] Nguyen Thi Lan: Note for our side: the deposit cover tooling + 30 samples only. It does not release production. We wait your written release for 1,470 pcs.
[5/22/24, 3:05 PM] Jess Morgan: 💯 exactly. thanks Lan
[5/22/24, 3:06 PM] Nguyen Thi Lan: Samples ready around 3 June
"""
case("c12", [], "WhatsApp: supplier states 'the deposit does not release production'; buyer scope is complete (30 samples, 1,470 held, sign-off by Tyler + written release by Dana Whitfield).", files(
    "WhatsApp Chat with Nguyen Thi Lan.txt", _t,
))

# c13 EML supplier acknowledgement restating the hold, quoting the PO mail, DOCX attached
_q = """Guten Tag Herr Novák,

attached PO 4700008812 for motor mount MM-250-M8 Rev 07 (KZ-4 bike):

  Pos. 10  MM-250-M8  40 Stk  samples (Muster)  EUR 38,00

The production balance of 1.160 pcs from your offer SV-NAB-2024-041 is not released.
It will be released only after sample sign-off by Lukas Brandt (Fleet Engineering) and then
a written production release by Dr. Matthias Kühn (Head of Procurement).
Material authority: 40 pcs only.

Mit freundlichen Grüßen
Katrin Hoffmann"""
_t = """Dear Mrs. Hoffmann,

thank you for the order. We acknowledge PO 4700008812 as written:

 - 40 pcs motor mount MM-250-M8 Rev 07, samples, delivery CW 27.
 - The balance 1.160 pcs is not released. We wait for sample sign-off by Mr. Brandt and the
   written release from Dr. Kühn before any production.
 - We buy bar stock EN AW-6082 for the 40 pcs only.

Formal acknowledgement form is attached (signed).

S pozdravem / Best regards

Tomáš Novák

""" + quote(_q) + "\n" + sig("Tomáš Novák", "Sales", SV, PH_SV)
_ack = docx_bytes([
    ("h1", "Order acknowledgement / Potvrzení objednávky"),
    ("table", [["Customer", "Kiezrad Mobility GmbH, Berlin"], ["Customer PO", "4700008812"],
               ["Our order", "ZAK-24-0377"], ["Part", "MM-250-M8 Rev 07, drawing KZ-3310 Rev 07"]]),
    ("table", [["Item", "Quantity", "Scope", "Delivery"],
               ["10", "40 pcs", "samples", "CW 27 / 2024"]]),
    ("p", "Balance of 1.160 pcs (offer SV-NAB-2024-041): not released; no production and no material "
          "purchase until written release by Dr. Matthias Kühn after sample sign-off by Lukas Brandt."),
    ("p", "Material authority acknowledged: sample-only (40 pcs)."),
    ("p", "Signed: Tomáš Novák, Sales, 2024-06-12"),
], author="Tomas Novak")
case("c13", [], "Supplier acknowledgement (mail + DOCX) restates the scope as written: 40 samples, balance held until sign-off and written release by Dr. Kühn, sample-only material.", files(
    "Re_PO 4700008812.eml", eml_bytes(mail(
        A_TOMAS, A_KATRIN, "RE: Bestellung 4700008812 MM-250-M8 Muster", "Wed, 12 Jun 2024 14:22:00 +0200", _t,
        cc=A_LUKAS, in_reply_to="<h209-kz-0611@kiezrad-mobility.de>",
        attachments=[("ZAK-24-0377_acknowledgement.docx", _ack, DOCX_MT)])),
))

# c14 HTML supplier extranet status page restating the hold
_b = """<h2>Metalúrgica Ribeira &mdash; Extranet clientes</h2>
<p>Cliente / Customer: <b>Velomaas B.V.</b> &nbsp; | &nbsp; Atualizado / updated: 2024-06-03 17:40 WEST</p>
<h3>Estado da encomenda / Order status</h3>
<table>
<tr><th>PO cliente</th><th>Artigo</th><th>Descrição</th><th>Qtd.</th><th>Âmbito / scope</th><th>Estado / status</th></tr>
<tr><td>4500019044 / 10</td><td>DB-31.8-R2</td><td>Display bracket 31,8 mm, Al 6061 T6, anodizado preto</td><td>25</td><td>samples</td><td>shipped 2024-05-17, DHL 4471 0093 21</td></tr>
<tr><td>(quote RB-2024-112)</td><td>DB-31.8-R2</td><td>balance of quote</td><td>2.975</td><td>production</td><td><b>NOT RELEASED</b> &mdash; waiting for written release from Velomaas (Pieter van Dijk), after sample sign-off</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>Bought for</th><th>Authority</th></tr>
<tr><td>Bar Al 6061 T6 &Oslash;40</td><td>25 pcs (+ 3 setup)</td><td>sample-only, as PO 4500019044</td></tr>
</table>
<p class="note">Nota: nothing is in production for this part. We will not buy bar or book anodizing for the 2.975 pcs before the written release.</p>
<p>Contacto: Ana Sousa, Planeamento &middot; ana.sousa@ribeira-metal.pt &middot; +351 234 610 882</p>"""
case("c14", [], "Supplier extranet status: 25 samples shipped, 2.975 balance shown as NOT RELEASED pending written release by Pieter van Dijk, material sample-only.", files(
    "extranet_Velomaas_encomendas.html", html_page("Ribeira Extranet - Velomaas", _b, lang="pt"),
))

# c15 DOCX interim sample sign-off with quantity and date limits
case("c15", [], "Interim sample sign-off with limits: 200 nos released till 31-Aug-2024 by Vikram Mehta; balance 1,600 not released until full PPAP sign-off and written release.", files(
    "Interim_signoff_BH-51V-105.docx", docx_bytes([
        ("h1", "PPAP Interim Sample Sign-off - IS/2024/014"),
        ("p", "Sarathi E-Mobility Pvt. Ltd., Chakan MIDC, Pune 410501"),
        ("table", [["Part", "Battery housing BH-51V-105 (51.2 V 105 Ah pack box), CRCA 1.6 mm, powder coated"],
                   ["Supplier", "Minh Phat Metal Co., Ltd., Binh Duong, Vietnam"],
                   ["PO", "4100023390 (total 1,810 nos: 10 nos sample + 1,800 nos production)"],
                   ["Samples", "10 nos, received 14-06-2024"],
                   ["Level", "PPAP Level 3, interim class B"]]),
        ("h", "Open points"),
        ("table", [["No.", "Characteristic", "Spec", "Found", "Action"],
                   ["1", "Paint adhesion, cross-cut ISO 2409", "Gt 0-1", "Gt 2 on 2 of 10", "Pre-treatment change, re-test by 15-08-2024"],
                   ["2", "IP65 (IEC 60529)", "pass", "pass", "-"],
                   ["3", "Drop test AIS-156 Amd 3", "pass", "pass", "-"]]),
        ("h", "Interim disposition"),
        ("p", "Interim sample sign-off, with these limits:"),
        ("li", "Production released under this interim: 200 (two hundred) nos only."),
        ("li", "Valid until 31-08-2024. Parts made after this date are not covered."),
        ("li", "Every lot with paint adhesion record as per open point 1."),
        ("p", "Balance of 1,600 nos: NOT released. It will be released only after full PPAP sign-off by "
              "Priya Nair (QA Head) and a written release by Vikram Mehta (GM Supply Chain)."),
        ("p", "Material authority: 200 nos (interim quantity) only."),
        ("sp",),
        ("table", [["Name", "Function", "Date"],
                   ["Priya Nair", "QA Head - interim sample sign-off", "20-06-2024"],
                   ["Vikram Mehta", "GM Supply Chain - release of the 200 nos interim quantity", "20-06-2024"]]),
    ], author="Priya Nair"),
))

# c16 PDF deviation permit, leaves quantities untouched
case("c16", [], "Deviation permit for wall thickness on the 20 samples only; quantities, hold and release authority unchanged and restated.", files(
    "DP-24-006.pdf", pdf([
        ("h1", "Deviation Permit DP-24-006"),
        ("table", [["Customer", "Velomaas B.V., Utrecht (NL)"],
                   ["Supplier", "Jia Hsin Precision Co., Ltd., Taichung (TW)"],
                   ["Part / drawing", "BH-36V-520 Rev A / VM-DRW-3650 Rev A"],
                   ["PO", "4500019230"],
                   ["Requested by", "Amy Chen, Project Engineer, 2024-07-02"]]),
        ("sp",),
        ("h", "Deviation"),
        ("table", [["Feature", "Drawing", "Actual (T1)", "Parts affected"],
                   ["Wall thickness at rib R4", "3,0 +/-0,2 mm", "2,8 mm", "the 20 T1 sample pcs only"],
                   ["Draft angle pocket P2", "1,5 deg", "1,0 deg", "the 20 T1 sample pcs only"]]),
        ("sp",),
        ("h", "Decision"),
        ("p", "Deviation accepted for the 20 sample pcs, for fit and IP67 testing. The T2 tool correction is "
              "mandatory before any further parts."),
        ("p", "This permit does not change any quantity. Scope as in PO 4500019230 stays unchanged: 20 pcs "
              "samples; the balance of 1.480 pcs is not released until sample sign-off by Sanne Visser and a "
              "written production release by Pieter van Dijk. Material for the samples only."),
        ("sp",),
        ("table", [["Accepted by", "Function", "Date"],
                   ["Sanne Visser", "Lead Engineer, Velomaas", "2024-07-03"]]),
    ], title="Deviation Permit DP-24-006", author="Sanne Visser"),
))

# c17 Teams chat: go-ahead scoped to the 12 proto units only
_t = """Microsoft Teams - chat export
Chat: Ridgeline <> Strojirny Vysocina - MM-750-US motor mount
Exported: 6/21/2024 8:02 AM by Tyler Reese (times in Pacific Time)

Tomáš Novák  6/19/2024 7:11 AM
Hello Tyler, fixture for MM-750-US is finished. Protos we can start Monday. We have your PO RCC-PO-1172 for 12 pcs. Shall we start?

Tyler Reese  6/19/2024 7:45 AM
Hey Tomáš, yes - go ahead with the 12 proto units only.

Tyler Reese  6/19/2024 7:46 AM
The 588 production units on your quote are NOT released. That needs my sign-off on the protos (fit on the frame + 72 h torque test) and then a written production release from Dana Whitfield, our COO. Please only buy 6082 bar for the 12.

Tomáš Novák  6/19/2024 7:52 AM
Understood. 12 pcs protos, no production, material only for 12. Delivery by air ~July 5.

Tyler Reese  6/19/2024 7:58 AM
perfect, thanks 🙌
"""
case("c17", [], "Teams: 'go ahead with the 12 proto units only'; 588 production units not released until Tyler's sign-off and Dana Whitfield's written release.", files(
    "Teams_chat_MM-750-US.txt", _t,
))

# c18 SAP PO printout, full quantity, many quantity-like identifiers
_t = """SARATHI E-MOBILITY PVT. LTD.                               PURCHASE ORDER
Plot B-22, Chakan MIDC Phase II, Pune 410501           GSTIN 27AAGCS4471R1Z5
-------------------------------------------------------------------------------
PO No.      : 4100023480          PO Date   : 24.06.2024      Doc Type: ZIMP
Vendor      : 200117  JIA HSIN PRECISION CO., LTD., TAICHUNG, TAIWAN
Purch. Grp  : P12 (R. Kulkarni)   Currency  : USD             Inco: FOB Taichung
Pay. terms  : Z060 - 60 days from B/L
-------------------------------------------------------------------------------
Item Material        Description                          Qty    UoM   Price     Value
---- --------------- ------------------------------------ ------ ---- -------- ---------
0010 BH-48V-1200     BATTERY HOUSING 48V 1200WH ER-3W      1,000 NOS   41.20   41,200.00
                     DRG SEM-2500 REV 12, ADC12 + PC4
                     HSN 8507 90 90
-------------------------------------------------------------------------------
                                                     Total value USD  41,200.00

Delivery schedule item 0010:   15.08.2024  250 NOS
                                05.09.2024  250 NOS
                                26.09.2024  250 NOS
                                17.10.2024  250 NOS
                                            -----
                                            1,000 NOS

Header text:
 This is a production order for the full quantity of 1,000 nos. There is no balance and
 no further quantity under this PO. Samples were completed under PO 4100022915.
 Requirements: AIS-156 Amd 3 compliant, IP67 per IEC 60529, salt spray 480 h (ISO 9227),
 supplier certified ISO 9001:2015 / IATF 16949:2016. Fasteners M6x1.0 A2-70, torque 8 Nm.
 Label per SEM-LBL-0100 rev 3, 20 nos per pallet, 50 pallets.
 Test report of 3 nos per lot to accompany the shipment.

Prepared by: RKULKARNI                 Printed: 24.06.2024 15:18   Page 1 of 1
This is a computer generated document.
"""
case("c18", [], "SAP production PO for the full 1,000 nos in four dated schedule lines; no balance; identifiers (BH-48V-1200, SEM-2500 Rev 12, 480 h, ISO 9001:2015) are not quantities.", files(
    "PO_4100023480.txt", _t,
))

# c19 HTML supplier portal order book
_b = """<h2>Tianjin Hengrui Plastics &middot; Customer Order Book</h2>
<p>Customer: <b>Sarathi E-Mobility Pvt. Ltd.</b> (Pune) &nbsp; Page generated 2024-06-28 09:00 CST</p>
<table>
<tr><th>Customer PO</th><th>Part</th><th>Scope</th><th>Qty</th><th>Status</th><th>Material</th></tr>
<tr><td>4100023317</td><td>CC-48V-15A charger case</td><td>sample</td><td>50</td><td>shipped 12-Jun, DHL 7781220345</td><td>resin for 50 sets</td></tr>
<tr><td>4100023317 (balance)</td><td>CC-48V-15A charger case</td><td>production</td><td>4,950</td><td><b>not released</b> - waiting customer QA sign-off (Ms. Priya Nair) and written release (Mr. Vikram Mehta)</td><td>none bought</td></tr>
</table>
<p class="note">Our planning does not schedule the 4,950 sets. Mould stays on sample setting. No resin order for the balance.</p>
<p>PMC: Li Na, lina@hengrui-plastics.cn</p>"""
case("c19", [], "Supplier order book shows the balance 4,950 as not released pending QA sign-off and Vikram Mehta's written release; no material bought for it.", files(
    "orderbook_Sarathi.html", html_page("Hengrui Order Book - Sarathi", _b),
))

# c20 multi-file: cover mail (supplier quote PDF attached, declared informational) + PO PDF
_quote = pdf([
    ("h1", "PROPOSTA / OFFER RB-2024-131"),
    ("p", "Metalúrgica Ribeira, Lda. - Zona Industrial de Águeda, 3750-101 Águeda, Portugal"),
    ("table", [["Cliente", "Velomaas B.V."], ["Data", "2024-05-06"],
               ["Artigo", "FS-28-3.5 fender stay set 28in, 3,5 mm SS 1.4301, both sides + M5 eyelet"]]),
    ("table", [["Tier", "Qty (sets)", "Price / set", "Lead time"],
               ["Samples", "40", "EUR 7,90", "3 weeks"],
               ["Production", "4.000", "EUR 1,95", "5 weeks, 1.000 / week"]]),
    ("p", "Tooling (bending die): EUR 1.400,00. Validity 90 days."),
    ("p", "João Ferreira, Comercial"),
], title="Offer RB-2024-131", author="Joao Ferreira")
_t = """Dear João,

Please find attached our PO 4500019102 for forty (40) sample sets of fender stay FS-28-3.5.
Your offer RB-2024-131 is attached as well, for information only: its production quantity of
4.000 sets is not released.

The balance stays on hold until sample sign-off by Sanne Visser and a written production
release by Pieter van Dijk (Head of Supply Chain). Please buy material for the 40 sample sets
only.

Delivery of the samples to Utrecht by 7 June would be great.

Met vriendelijke groet / kind regards,
Anouk""" + sig("Anouk de Vries", "Purchasing Manager", VM, PH_VM)
_po = pdf([
    ("h1", "Purchase Order 4500019102"),
    ("p", "Velomaas B.V. | Cartesiusweg 90, 3534 BD Utrecht | KvK 71234987 | VAT NL858812330B01"),
    ("table", [["Supplier", "Metalúrgica Ribeira, Lda., Águeda (PT) - vendor 100388"],
               ["Date", "2024-05-13"], ["Buyer", "Anouk de Vries"], ["Delivery", "DAP Utrecht, 2024-06-07"]]),
    ("sp",),
    ("table", [["Line", "Article", "Description", "Qty", "Unit", "Price", "Amount", "Scope"],
               ["10", "FS-28-3.5", "Fender stay set 28in, 3,5 mm SS, drw VM-DRW-2835 Rev 2", "40", "set", "EUR 7,90", "EUR 316,00", "sample"],
               ["20", "TOOL-FS28", "Bending die, property of Velomaas", "1", "pc", "EUR 1.400,00", "EUR 1.400,00", "tooling"]]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "1. Active quantity: 40 sample sets (line 10). Nothing else is released."),
    ("p", "2. The production quantity in offer RB-2024-131 (4.000 sets) is not released by this PO."),
    ("p", "3. Make and ship the 40 samples; buy material for 40 sets only (material authority: sample-only)."),
    ("p", "4. Unlock: sample sign-off by Sanne Visser, then a written production release by Pieter van Dijk. "
          "The quoted production quantity is a forecast, not a commitment."),
], title="PO 4500019102", author="Anouk de Vries")
case("c20", [], "Cover mail + sample PO; attached supplier offer shows 4.000 but is declared informational and not released; hold, event, release person and material authority stated.", files(
    "PO 4500019102 samples FS-28.eml", eml_bytes(mail(
        A_ANOUK, A_JOAO, "PO 4500019102 - samples fender stay FS-28-3.5", "Mon, 13 May 2024 10:03:00 +0200", _t,
        attachments=[("RB-2024-131.pdf", _quote, PDF_MT)])),
    "PO_4500019102.pdf", _po,
))

# c21 multi-file: PO printout + supplier proforma that says the deposit does not release production
_t = """RIDGELINE CARGO CYCLES, INC.                                    PURCHASE ORDER
2210 NW Front Ave, Portland, OR 97209                      printed from NetSuite 06/10/2024
------------------------------------------------------------------------------------------
PO #: RCC-PO-1201        Date: 06/10/2024        Vendor: TIANJIN HENGRUI PLASTICS CO LTD
Buyer: Jess Morgan       Terms: see proforma      Ship via: DHL Express, DAP Portland
------------------------------------------------------------------------------------------
Ln  Item           Description                                   Qty   Rate       Amount
1   CC-52V-4A-S    Charger case 52V 4A, PC/ABS V0, SAMPLE        24    $14.50     $348.00
2   TOOL-CC52      Injection mold 1+1, P20, 300k shots, RCC prop  1    $6,800.00  $6,800.00
------------------------------------------------------------------------------------------
                                                                    Total    $7,148.00
Memo:
  Line 1 = two dozen (24) samples. Only these 24 are released.
  Balance of 2,376 cases on quote TJHR-Q-2024-0602 is NOT released. Unlock: sample sign-off
  by Tyler Reese (ME), then written production release by Dana Whitfield (COO).
  Material: sample qty only. Quote's 2,400 total is a forecast basis, not a commitment.
"""
_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-HR-240611"),
    ("p", "Tianjin Hengrui Plastics Co., Ltd. | No. 17 Xinghua Rd, Xiqing Economic Dev. Area, Tianjin 300385, China"),
    ("table", [["Buyer", "Ridgeline Cargo Cycles, Inc., Portland OR, USA"], ["Your PO", "RCC-PO-1201"],
               ["Date", "2024-06-11"], ["Beneficiary bank", "Bank of China Tianjin Branch, SWIFT BKCHCNBJ200"]]),
    ("sp",),
    ("table", [["No.", "Description", "Qty", "Unit price", "Amount"],
               ["1", "Charger case CC-52V-4A sample", "24 pcs", "USD 14.50", "USD 348.00"],
               ["2", "Mould CC52, 1+1 cav., P20", "1 set", "USD 6,800.00", "USD 6,800.00"],
               ["", "Total", "", "", "USD 7,148.00"]]),
    ("sp",),
    ("p", "Payment: 50% deposit USD 3,574.00 by T/T, balance before sample shipment."),
    ("p", "Remark: the deposit covers mould and 24 samples only. Deposit is not a production release. "
          "Mass production only after written release from Ridgeline (Ms. Dana Whitfield)."),
    ("p", "Zhang Wei, Sales Manager"),
], title="PI-HR-240611", author="Zhang Wei")
case("c21", [], "PO (24 samples, 2,376 held, sign-off + written release by Dana Whitfield) with a proforma that says the deposit is not a production release; quantities agree.", files(
    "RCC-PO-1201.txt", _t,
    "PI-HR-240611.pdf", _pi,
))

# c22 EML multipart/alternative: production release letter with everything explicit
_t = """Dear Zhang Wei,

Production release R-01 for charger case CC-42V-2A, PO 4500018990.

Released now: 500 pcs (five hundred), for delivery in CW 33.
Cumulative released: 530 pcs (30 samples + 500 under this release).
Remaining 2.470 pcs of the PO: on hold. They are released only by a next written release
from me, after the EN 60335-2-29 safety report of this 500 pcs lot is received and filed.

Material authority: PC/ABS and inserts for the 500 pcs of this release only.

Please confirm receipt and delivery date.

Kind regards,
Pieter van Dijk""" + sig("Pieter van Dijk", "Head of Supply Chain (release authority)", VM, PH_VM)
case("c22", [], "Release letter: 500 pcs released by Pieter van Dijk, 2.470 on hold until next written release after the safety report, material limited to the release.", files(
    "Production release R-01 CC-42V-2A.eml", eml_bytes(mail(
        A_PIETER, A_ZHANG, "Production release R-01 - CC-42V-2A - PO 4500018990", "Thu, 04 Jul 2024 15:20:00 +0200",
        _t, html=as_html(_t), cc=A_JORIS)),
))

# c23 PDF labelled rolling forecast
case("c23", [], "Rolling 12-month forecast labelled 'FORECAST - NOT A PURCHASE ORDER', no fabrication or material authority.", files(
    "RCC_forecast_2024-07.pdf", pdf([
        ("h1", "12-month rolling forecast - July 2024"),
        ("p", "Ridgeline Cargo Cycles, Inc. to Minh Phat Metal Co., Ltd. | Prepared by Jess Morgan, 07/01/2024"),
        ("p", "FORECAST - NOT A PURCHASE ORDER. For capacity planning only. This forecast gives no fabrication "
              "authority and no material authority. Only a PO or a written production release from Dana Whitfield "
              "(COO) commits Ridgeline."),
        ("sp",),
        ("table", [["Part", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Total"],
                   ["KS-CARGO-2L", "120", "150", "150", "200", "250", "80", "100", "180", "220", "250", "250", "200", "2,150"],
                   ["KS-LONGTAIL-1", "40", "60", "60", "75", "90", "30", "40", "70", "80", "90", "90", "75", "800"]]),
        ("sp",),
        ("p", "Confidence: Aug-Oct medium, Nov onward low (depends on dealer pre-orders). Numbers can move +/- 40%."),
        ("p", "Please tell us if any month is above your capacity of 300 stands/month."),
    ], pagesize=LETTER, title="RCC forecast 2024-07", author="Jess Morgan"),
))

# c24 TXT kickoff minutes that keep the words apart
_t = """PROTOKOLL / MINUTES - Kick-off MM-350-M8 (KZ-5 bike)
Date: 2024-07-15, 10:00-11:15, MS Teams
Participants: Katrin Hoffmann (Einkauf), Lukas Brandt (Fleet Engineering), Dr. Matthias Kühn
(Head of Procurement), Tomáš Novák (Strojírny Vysočina, Sales), Petra Dvořáková (SV, Quality)
Minutes: K. Hoffmann

1. Documents
   - Offer SV-NAB-2024-058: 50 samples + 1.950 production, EUR 41,00 / 23,80.
   - Drawing KZ-3350 Rev 03, thread M8x1.25, torque 9 Nm, material EN AW-6082 T6.

2. Words we use in this project (agreed):
   - "sample sign-off" = engineering result on the samples (Lukas Brandt). Technical only.
   - "PO issued" = commercial cover. Our PO 4700009210 is issued for 50 samples.
   - "production release" = written authority to produce a quantity. Only Dr. Kühn signs it.

3. Scope now
   - Active quantity: 50 samples (PO 4700009210, line 10).
   - The balance of 1.950 pcs is not released.
   - Unlock event: sample sign-off by Lukas Brandt, then a written production release by
     Dr. Matthias Kühn naming the quantity.
   - Material authority: sample-only (50 pcs + setup).

4. Timing
   - Samples CW 31. Sample sign-off planned CW 33 (fit on frame, 100 000 cycle test EN 15194).

5. Action items
   | # | Action                                     | Who          | Due     |
   | 1 | Send CMM program for sealing face          | P. Dvořáková | CW 29   |
   | 2 | Book test bench for EN 15194 fatigue test   | L. Brandt    | CW 30   |
   | 3 | Confirm sample delivery date                | T. Novák     | CW 29   |
"""
case("c24", [], "Kick-off minutes that define sample sign-off / PO issued / production release separately and state the full scope (50 active, 1.950 held, Dr. Kühn).", files(
    "Protokoll_Kickoff_MM-350.txt", _t,
))

# c25 EML two-level quoted thread: supplier asks for go-ahead, buyer says no
_l2 = """Hallo João,

anbei PO 4700009066 for fender stay FS-26-4.0:
  Pos. 10: 60 sets samples, EUR 6,10
Only these 60 sets are released. The balance of 2.340 sets from your offer is not released
until sample sign-off by Lukas Brandt and a written production release by Dr. Matthias Kühn.
Material for the 60 sets only.

Viele Grüße
Katrin Hoffmann"""
_l1 = """Dear Katrin,

the 60 sets are ready, we ship Monday by TNT.
Do we have the go-ahead for the 2.340? Our wire supplier has 3 weeks lead time, so it would
help us to know.

Cumprimentos,
João

Em 10/06/2024 09:14, Katrin Hoffmann escreveu:
""" + quote(_l2)
_t = """Hi João,

no, not yet. Only the 60 sample sets. The 2.340 stay on hold until Lukas has signed off the
samples and Dr. Kühn has sent the written production release. Please don't order wire for
the balance. I understand the lead time; we'll tell you as soon as there is news.

Viele Grüße
Katrin

Am 21.06.2024 um 16:02 schrieb João Ferreira:
""" + quote(_l1) + "\n" + sig("Katrin Hoffmann", "Strategischer Einkauf", KZ, PH_KZ)
case("c25", [], "Two-level quoted thread: supplier asks 'do we have the go-ahead for the 2.340?', buyer says no and restates the full scope.", files(
    "AW_FS-26-4.0 samples.eml", eml_bytes(mail(
        A_KATRIN, A_JOAO, "AW: RE: PO 4700009066 FS-26-4.0 Muster", "Mon, 24 Jun 2024 08:47:00 +0200", _t,
        cc=A_LUKAS, in_reply_to="<h209-rb-0621@ribeira-metal.pt>")),
))


# ================================================================ POSITIVE
# p01 EML: sample PO + supplier quote attached, nothing about the balance
_quote = pdf([
    ("h1", "QUOTATION"),
    ("p", "Jia Hsin Precision Co., Ltd. | Taichung, Taiwan | Tel +886 4 2359 8821"),
    ("table", [["Quotation No.", "JH-Q-24-0318"], ["Date", "2024/03/18"], ["Customer", "Velomaas B.V."],
               ["Part", "Battery housing BH-36V-480 Rev C, ADC12 die-cast, powder coat RAL 9005"]]),
    ("sp",),
    ("table", [["Item", "Quantity", "Unit price", "Lead time"],
               ["T1 sample", "20 pcs", "EUR 86,00", "4 weeks after tooling PO"],
               ["Mass production", "1.200 pcs", "EUR 22,40", "6 weeks, 300 pcs/week"],
               ["Die-cast mould 1+1", "1 set", "EUR 14.800,00", "5 weeks"]]),
    ("sp",),
    ("p", "Salt spray ISO 9227 NSS 480 h, IP67 per IEC 60529. FCA Taichung. Kevin Lin, Sales Manager."),
], title="JH-Q-24-0318", author="Kevin Lin")
_po = pdf([
    ("h1", "Purchase Order 4500018821"),
    ("p", "Velomaas B.V. | Cartesiusweg 90, 3534 BD Utrecht | VAT NL858812330B01"),
    ("table", [["Supplier", "Jia Hsin Precision Co., Ltd. (vendor 100412)"], ["Date", "2024-04-08"],
               ["Buyer", "Joris Bakker"], ["Incoterms", "FCA Taichung"]]),
    ("sp",),
    ("table", [["Line", "Article", "Description", "Qty", "Price", "Amount"],
               ["10", "BH-36V-480", "Battery housing Rev C, T1 samples", "20 pcs", "EUR 86,00", "EUR 1.720,00"],
               ["20", "TOOL-BH480", "Die-cast mould 1+1, property Velomaas", "1 set", "EUR 14.800,00", "EUR 14.800,00"]]),
    ("sp",),
    ("p", "Terms per Velomaas General Purchasing Conditions 2023. Quote ref. JH-Q-24-0318."),
], title="PO 4500018821", author="Joris Bakker")
_t = """Hi Kevin,

Hereby our PO 4500018821 for the samples of the battery housing BH-36V-480 Rev C,
20 pcs à EUR 86,00, plus the mould.

I have put your quotation JH-Q-24-0318 in the attachment too, so everything is together
in one mail for your colleagues.

Can you confirm the T1 date? Our launch is in week 38 so timing is a bit tight for us.

Met vriendelijke groet,
Joris""" + sig("Joris Bakker", "Buyer / Inkoper", VM, PH_VM)
case("p01", ["RG001", "RG003", "RG004", "RG005"], "Sample PO for 20 sent with the quote (1.200 mass production) attached; nothing says the 1.200 is informational or that the balance is not released; no event, no release person.", files(
    "PO 4500018821 BH-36V-480.eml", eml_bytes(mail(
        A_JORIS, A_KEVIN, "PO 4500018821 - BH-36V-480 samples", "Mon, 08 Apr 2024 14:31:00 +0200", _t,
        cc=A_AMY, attachments=[("PO_4500018821.pdf", _po, PDF_MT), ("JH-Q-24-0318.pdf", _quote, PDF_MT)])),
))

# p02 PDF PO with quote pricing table; release authority named but no hold, no event
case("p02", ["RG001", "RG003", "RG004"], "Proto PO for 12 with the quote's 588 production units printed beside it and no 'not released'; names Dana Whitfield as release authority but no hold and no unlock event.", files(
    "RCC-PO-1172.pdf", pdf([
        ("h1", "PURCHASE ORDER RCC-PO-1172"),
        ("p", "Ridgeline Cargo Cycles, Inc. | 2210 NW Front Ave, Portland, OR 97209 | (503) 555-0142"),
        ("table", [["Vendor", "Strojírny Vysocina s.r.o., Jihlava, Czech Republic"],
                   ["Date", "06/12/2024"], ["Buyer", "Jess Morgan"], ["Ship via", "FedEx IP, DAP Portland"],
                   ["Terms", "Net 30"]]),
        ("sp",),
        ("table", [["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
                   ["1", "MM-750-US", "Mid-drive motor mount, 6082-T6, drawing RCC-D-7500 Rev 2, M8x1.25", "12", "ea", "USD 48.00", "USD 576.00"],
                   ["2", "FIX-MM750", "Machining fixture", "1", "ea", "USD 2,900.00", "USD 2,900.00"],
                   ["", "", "", "", "", "Total", "USD 3,476.00"]]),
        ("sp",),
        ("h", "Pricing per Strojírny quote SV-NAB-2024-077"),
        ("table", [["Phase", "Qty", "Unit price"],
                   ["Proto", "12 ea", "USD 48.00"],
                   ["Production", "588 ea", "USD 21.50"]]),
        ("sp",),
        ("p", "Protos to ship by 07/05/2024. Include dimensional report on all 12 (CMM, drawing RCC-D-7500 Rev 2)."),
        ("p", "Production release authority: Dana Whitfield, COO."),
        ("p", "Questions: Jess Morgan, jess@ridgelinecargo.com"),
    ], pagesize=LETTER, title="RCC-PO-1172", author="Jess Morgan"),
))

# p03 SAP PO printout, sample line plus the quote's production quantity in the header text
_t = """SARATHI E-MOBILITY PVT. LTD.                               PURCHASE ORDER
Plot B-22, Chakan MIDC Phase II, Pune 410501           GSTIN 27AAGCS4471R1Z5
-------------------------------------------------------------------------------
PO No.      : 4100023502          PO Date   : 08.07.2024      Doc Type: ZIMP
Vendor      : 200231  TIANJIN HENGRUI PLASTICS CO., LTD., TIANJIN, CHINA
Purch. Grp  : P12 (R. Kulkarni)   Currency  : USD             Inco: FOB Xingang
-------------------------------------------------------------------------------
Item Material        Description                          Qty    UoM   Price     Value
---- --------------- ------------------------------------ ------ ---- -------- ---------
0010 DB-ER-22        DISPLAY BRACKET E-RICKSHAW PA6 GF30      50 NOS    6.40     320.00
0020 TL-DB-ER-22     INJECTION MOULD 1+1 CAV P20               1 EA  4,200.00  4,200.00
-------------------------------------------------------------------------------
                                                     Total value USD   4,520.00
Header text:
 Ref. your quotation TJHR-Q-2024-0458 dtd 02.05.2024:
   sample 50 nos @ USD 6.40, production 5000 nos @ USD 1.92, mould USD 4,200.
 Kindly arrange samples within 30 days from PO date, with dimensional report on 5 nos
 and UL 94 V-0 material certificate. Colour black RAL 9005, texture MT-11010.
 Delivery : FOB Xingang by sea / samples by courier.

Prepared by: RKULKARNI                 Printed: 08.07.2024 11:42   Page 1 of 1
This is a computer generated document, no signature required.
"""
case("p03", ["RG001", "RG003", "RG004", "RG005"], "SAP sample PO for 50 nos whose header text repeats the quote's 5000 production nos with no 'not released'; no hold, no event, no release person.", files(
    "PO_4100023502.txt", _t,
))

# p04 HTML buyer portal with frame quantity beside the sample line
_b = """<div style="background:#c8102e;color:#fff;padding:8px"><b>Kiezrad Mobility</b> &middot; Lieferantenportal / Supplier portal</div>
<p>Lieferant: <b>Metalúrgica Ribeira, Lda.</b> (0004471) &nbsp; Benutzer: ana.sousa@ribeira-metal.pt</p>
<h2>Bestellung / PO 4700009120</h2>
<table>
<tr><th>Datum</th><td>03.07.2024</td><th>Einkauf</th><td>Katrin Hoffmann</td></tr>
<tr><th>Lieferadresse</th><td>Kiezrad Werkstatt, Gewerbehof 4, 12057 Berlin</td><th>Incoterms</th><td>DAP Berlin</td></tr>
</table>
<h3>Positionen / Lines</h3>
<table>
<tr><th>Pos.</th><th>Material</th><th>Bezeichnung</th><th>Menge</th><th>Preis</th><th>Wert</th></tr>
<tr><td>10</td><td>KS-KZ-24</td><td>Seitenständer / kickstand 24in, Stahl verzinkt, Muster (samples)</td><td>30 Stk</td><td>EUR 14,20</td><td>EUR 426,00</td></tr>
</table>
<h3>Rahmenvertrag / frame agreement RV-2024-019</h3>
<table>
<tr><th>Material</th><th>Rahmenmenge / frame quantity</th><th>Serienpreis / production price</th><th>Laufzeit</th></tr>
<tr><td>KS-KZ-24</td><td>2.400 Stk</td><td>EUR 5,85</td><td>07/2024 - 06/2025</td></tr>
</table>
<div class="note">
<p>Lieferung der Muster bis KW 30. Prüfbericht Dauerlast 10.000 Zyklen nach DIN 79010 beilegen.</p>
<p>Release authority (Produktionsfreigabe): Dr. Matthias Kühn, Head of Procurement.</p>
</div>
<p><button>Bestellung bestätigen / confirm</button></p>"""
case("p04", ["RG001", "RG003", "RG004"], "Portal sample PO for 30 shown next to the 2.400 frame quantity with no 'not released'; release authority named, but no hold and no unlock event.", files(
    "Lieferantenportal_4700009120.html", html_page("Kiezrad Lieferantenportal - 4700009120", _b, lang="de"),
))

# p05 DOCX sample order sheet with the quote tiers
case("p05", ["RG001", "RG003", "RG004"], "Sample order sheet for 25 with the quote's 3.000 production tier in a table, nothing marks it informational or held; release person named, no unlock event.", files(
    "Sample order DB-VM-35.docx", docx_bytes([
        ("h1", "Sample order - display bracket DB-VM-35"),
        ("p", "Velomaas B.V. to Tianjin Hengrui Plastics Co., Ltd."),
        ("table", [["PO", "4500019188"], ["Date", "2024-06-17"], ["Buyer", "Anouk de Vries"],
                   ["Part", "DB-VM-35 display bracket, PA6 GF30 black, for 35 mm stem clamp, drawing VM-DRW-3535 Rev 1"]]),
        ("h", "What we order"),
        ("p", "Samples: 25 pcs, ship by air to Utrecht, ETA week 29 latest. Please include a CMM report on 5 pcs."),
        ("h", "Prices from your quotation TJHR-Q-2024-0517"),
        ("table", [["", "Quantity", "Unit price"],
                   ["Samples", "25 pcs", "USD 7,80"],
                   ["Production", "3.000 pcs", "USD 1,45"],
                   ["Mould 1+1, P20", "1 set", "USD 3.900,00"]]),
        ("h", "Contacts"),
        ("p", "Commercial questions: Anouk de Vries. Technical: Sanne Visser. "
              "Production release: Pieter van Dijk, Head of Supply Chain."),
        ("p", "Thank you for the good cooperation, we look forward to the samples!"),
    ], author="Anouk de Vries"),
))

# p06 multi-file: cover mail + PO + supplier quote; pilot PO, nothing about the balance
_t = """Hi Lan,

Attached is our PO RCC-PO-1190 for the KS-LONGTAIL-1 pilot, plus your quote MP-Q-0612 so
your team has both together.

Please get started on the 15 pilot stands. We'd love to have them here by mid-August for
our dealer ride day.

Thanks so much,
Jess""" + sig("Jess Morgan", "Operations & Purchasing", RC, PH_RC)
_po = pdf([
    ("h1", "PURCHASE ORDER RCC-PO-1190"),
    ("p", "Ridgeline Cargo Cycles, Inc. | 2210 NW Front Ave, Portland, OR 97209"),
    ("table", [["Vendor", "Minh Phat Metal Co., Ltd., Binh Duong, Vietnam"], ["Date", "07/02/2024"],
               ["Buyer", "Jess Morgan"], ["Terms", "50% tooling deposit, parts Net 30"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
               ["1", "KS-LONGTAIL-1", "Center stand, longtail cargo, pilot", "15", "USD 39.00", "USD 585.00"],
               ["2", "TOOL-KSL1", "Bending + welding fixture set", "1", "USD 4,100.00", "USD 4,100.00"],
               ["", "", "", "", "Total", "USD 4,685.00"]]),
    ("sp",),
    ("p", "Ship to Ridgeline Cargo Cycles, Portland OR. Drawing RCC-D-2260 Rev 1. Load test 180 kg static."),
], pagesize=LETTER, title="RCC-PO-1190", author="Jess Morgan")
_quote = pdf([
    ("h1", "QUOTATION MP-Q-0612"),
    ("p", "Minh Phat Metal Co., Ltd. | Lot C5, Song Than 2 IP, Di An, Binh Duong, Vietnam"),
    ("table", [["To", "Ridgeline Cargo Cycles - Ms. Jess Morgan"], ["Date", "2024-06-12"],
               ["Part", "KS-LONGTAIL-1 center stand, Q235 tube 25x2.0, e-coat + black powder"]]),
    ("table", [["Phase", "Qty", "Unit price USD", "Lead time"],
               ["Pilot", "15 pcs", "39.00", "4 weeks"],
               ["Production", "900 pcs (2 colours: black / sand)", "11.80", "6 weeks"],
               ["Tooling", "1 set", "4,100.00", "3 weeks"]]),
    ("p", "Price FOB Cat Lai. Valid 60 days. Nguyen Thi Lan, Sales."),
], title="MP-Q-0612", author="Nguyen Thi Lan")
case("p06", ["RG001", "RG003", "RG004", "RG005"], "Cover mail + pilot PO for 15 + quote with 900 production; the 900 sits in the bundle unmarked, nothing says the balance is not released, no event, no release person.", files(
    "RCC-PO-1190 KS-LONGTAIL-1 pilot.eml", eml_bytes(mail(
        A_JESS, A_LAN, "RCC-PO-1190 - KS-LONGTAIL-1 pilot", "Tue, 02 Jul 2024 11:15:00 -0700", _t)),
    "RCC-PO-1190.pdf", _po,
    "MP-Q-0612.pdf", _quote,
))

# p07 Teams chat: full scope pasted, then an unscoped "approved, go ahead"
_t = """Microsoft Teams - chat export
Chat: Velomaas / Jia Hsin - BH-36V-520
Exported 2024-07-12 09:30 (CEST) by Joris Bakker

Joris Bakker  2024-07-01 10:02
Hi Amy, PO 4500019230 went out this morning, copy in your mail. Scope for you:
- 20 pcs samples BH-36V-520 Rev A (T1)
- balance 1.480 pcs NOT released
- unlock = sample sign-off by Sanne Visser + written production release from Pieter van Dijk
- material: samples only

Amy Chen  2024-07-01 16:15
Received Joris, thank you. T1 shot is next Tuesday, we send photo.

Amy Chen  2024-07-09 15:40
Dear Joris, T1 parts dimension ok, only rib R4 thickness we send deviation request. Powder coating line is free on Thursday. Can we go ahead with powder coating?

Joris Bakker  2024-07-09 16:05
Approved, go ahead 👍

Amy Chen  2024-07-09 16:06
OK thank you!
"""
case("p07", ["RG002"], "Teams: complete scope pasted up front, later an unscoped 'Approved, go ahead' that names neither the samples nor a quantity.", files(
    "Teams_BH-36V-520.txt", _t,
))

# p08 EML: drawing "released", "please proceed" - quoted buyer scope keeps the rest complete
_l2 = """Guten Tag Herr Novák,

anbei unsere Bestellung 4700008812, motor mount MM-250-M8 Rev 07:
  Pos. 10: 40 Stk samples, EUR 38,00
Balance 1.160 Stk is not released. Unlock: sample sign-off by Lukas Brandt, then written
production release by Dr. Matthias Kühn. Material only for the 40 Stk.

Mit freundlichen Grüßen
Katrin Hoffmann"""
_l1 = """Dear Mr. Brandt,

for the MM-250-M8 we received drawing KZ-3310 Rev 08 from Mrs. Hoffmann, thread changed
from M8x1.25 to M8x1.0 and the slot 0,5 mm longer. Can you confirm Rev 08 is the valid one?
Our programmer needs to know before we set up the machine.

S pozdravem
Tomáš Novák

-----Original Message-----
From: Katrin Hoffmann
Sent: Tuesday, June 11, 2024 9:02 AM
Subject: Bestellung 4700008812 MM-250-M8 Muster

""" + quote(_l2)
_t = """Hallo Herr Novák,

yes, Rev 08 is released. Please proceed.

Gruß
Lukas Brandt

""" + quote(_l1) + "\n" + sig("Lukas Brandt", "Fleet Engineering", KZ, PH_KZ)
case("p08", ["RG002", "RG009"], "'Rev 08 is released. Please proceed.' - unscoped proceed, and 'released' used for a drawing while the quoted scope uses 'production release'; quoted PO scope is otherwise complete.", files(
    "AW_MM-250-M8 drawing Rev 08.eml", eml_bytes(mail(
        A_LUKAS, A_TOMAS, "AW: MM-250-M8 drawing KZ-3310 Rev 08", "Fri, 14 Jun 2024 13:10:00 +0200", _t,
        cc=A_KATRIN, in_reply_to="<h209-sv-0614@strojirny-vysocina.cz>")),
))

# p09 WhatsApp: complete scope, later "go ahead, green light" with no scope
_t = """[14/05/24, 9:48:12 AM] Rajesh Kulkarni: Dear Lan, PO 4100023390 sent on mail. Battery housing BH-51V-105, 10 nos SAMPLE only.
[14/05/24, 9:49:30 AM] Rajesh Kulkarni: Balance 1,800 nos not released. Will be released only after Priya madam sample sign-off and written release by Vikram Mehta sir. Material for 10 nos only pls.
[14/05/24, 10:05:44 AM] Nguyen Thi Lan: Well noted Mr Rajesh, thank you. We will send drawing check today.
[16/05/24, 2:12:03 PM] Nguyen Thi Lan: Sir, our laser cutting line free from Monday. Shall we start?
[16/05/24, 2:40:51 PM] Rajesh Kulkarni: Yes go ahead. Green light from our side 👍
[16/05/24, 2:41:07 PM] Nguyen Thi Lan: Thank you sir 🙏
"""
case("p09", ["RG002"], "WhatsApp: scope is complete in the first messages; the later 'Yes go ahead. Green light' answers 'shall we start?' without sample-only or a quantity.", files(
    "WhatsApp Chat with Nguyen Thi Lan MinhPhat.txt", _t,
))

# p10 PDF design review minutes: "green light, proceed" with no quantity anywhere
case("p10", ["RG002", "RG010"], "Minutes: 'green light - Ribeira to proceed' names no scope and no quantity authorized now; production hold, event and release person are stated.", files(
    "DR-2024-09_minutes.pdf", pdf([
        ("h1", "Design review DR-2024-09 - cockpit parts"),
        ("p", "Ridgeline Cargo Cycles | 06/26/2024 | Zoom | notes by Tyler Reese"),
        ("table", [["Attendees", "Tyler Reese (ME), Jess Morgan (Ops), Dana Whitfield (COO), João Ferreira (Ribeira, remote)"]]),
        ("sp",),
        ("h", "1. Display bracket DB-RC-35"),
        ("p", "Reviewed Rev 3 CAD with the 35 mm clamp and the new M5 boss. FEA shows 2.1 safety factor at 25 g "
              "shock. Cable routing ok with the Bafang harness."),
        ("p", "Decision: DB-RC-35 - green light. Ribeira to proceed."),
        ("p", "Production quantity on quote RB-2024-150 is not released. It stays on hold until pilot sign-off by "
              "Tyler Reese and a written production release from Dana Whitfield."),
        ("h", "2. Fender stay FS-20-4.0"),
        ("p", "Running under RCC-PO-1187 (full quantity), first lot due July 12. No issues."),
        ("h", "Action items"),
        ("table", [["#", "Action", "Owner", "Due"],
                   ["1", "Send Rev 3 STEP + 2D drawing RCC-D-3500 Rev 3", "Tyler", "06/28"],
                   ["2", "Confirm anodize color sample (black, 15 um)", "João", "07/03"],
                   ["3", "Update cockpit BOM in Arena", "Jess", "07/01"]]),
    ], pagesize=LETTER, title="DR-2024-09 minutes", author="Tyler Reese"),
))

# p11 EML multipart/alternative: pilot lot "per your offer", no number anywhere
_t = """Dear João,

Thank you for offer RB-2024-160 for the fender stay set FS-27.5-3.5 for our 'Kade' model.

Please produce the pilot lot per your offer and send it to Utrecht. We would like to have it
before the summer holidays, so early July if possible.

To be clear on the rest: the production quantity is not released. It stays on hold until sample
sign-off by Sanne Visser and a written production release from Pieter van Dijk. Material only
for what the pilot lot needs.

Met vriendelijke groet,
Anouk""" + sig("Anouk de Vries", "Purchasing Manager", VM, PH_VM)
case("p11", ["RG010"], "Pilot order 'per your offer' (offer not attached): hold, unlock event and Pieter van Dijk are named but the active quantity never is.", files(
    "Pilot lot FS-27.5-3.5.eml", eml_bytes(mail(
        A_ANOUK, A_JOAO, "Pilot lot FS-27.5-3.5 (Kade)", "Wed, 05 Jun 2024 09:40:00 +0200", _t, html=as_html(_t))),
))

# p12 WeChat: go ahead with "the samples", no number, "we" release
_t = """WeChat chat history  |  Joris Bakker (Velomaas) & 张伟 Zhang Wei (Hengrui)
Exported 2024-05-30

2024-05-27 09:12  Zhang Wei
Hello Joris, mould for CC-42V-2A finished, T1 parts look good. Sample we can make this week if you confirm.

2024-05-27 15:40  Joris Bakker
Hi Zhang, good news! Yes, go ahead with the samples please.

2024-05-27 15:42  Joris Bakker
The rest of your quote is not released. We release the production only after the sample sign-off, in writing.

2024-05-27 15:50  Zhang Wei
OK Joris, understand. Samples by air next week. [Thumbs up]

2024-05-27 15:51  Zhang Wei
[Image]
"""
case("p12", ["RG005", "RG010"], "WeChat: 'go ahead with the samples' (scoped, so no RG002) states no sample quantity, and 'we release' names nobody; hold and event (sign-off, written release) present.", files(
    "WeChat_Zhang Wei_CC-42V.txt", _t,
))

# p13 DOCX: sample request with no quantity, no hold, no event, no person
case("p13", ["RG003", "RG004", "RG005", "RG010"], "Sample development request with no quantity, nothing on the production balance, no unlock event and no release person; the programme figure is labelled forecast.", files(
    "SDR-0045 charger case.docx", docx_bytes([
        ("h1", "Sample Development Request SDR-0045"),
        ("p", "Sarathi E-Mobility Pvt. Ltd. - Purchase Department"),
        ("table", [["To", "Tianjin Hengrui Plastics Co., Ltd. - Mr. Zhang Wei"],
                   ["Date", "02-07-2024"],
                   ["Part", "Charger case CC-60V-20A for e-rickshaw fast charger, PC/ABS V0, IP54"],
                   ["Drawing", "SEM-CC-6020 Rev 02"]]),
        ("h", "Request"),
        ("p", "Kindly start sample manufacturing of the above charger case on urgent basis. Samples required for "
              "ARAI homologation and our internal thermal test (55 deg C, 8 hours)."),
        ("p", "Our annual programme is approx. 8,000 vehicles for FY 2025 (forecast only, not an order)."),
        ("h", "Requirements"),
        ("table", [["Item", "Requirement"],
                   ["Material", "PC/ABS UL 94 V-0, 2.5 mm wall"],
                   ["Ingress", "IP54 per IEC 60529"],
                   ["Marking", "Sarathi logo + part no. moulded, recycling code >PC+ABS<"],
                   ["Reports", "dimensional report, material cert, RoHS declaration"]]),
        ("p", "Please share sample dispatch date at earliest."),
        ("p", "Regards, Rajesh Kulkarni, Manager - Purchase"),
    ], author="Rajesh Kulkarni"),
))

# p14 HTML buyer portal: call-off without a quantity
_b = """<div style="background:#c8102e;color:#fff;padding:8px"><b>Kiezrad Mobility</b> &middot; Lieferantenportal</div>
<p>Lieferant: <b>Jia Hsin Precision Co., Ltd.</b> (0002210) &nbsp; Rahmenvertrag RV-2024-011</p>
<h2>Abruf / Call-off 05</h2>
<table>
<tr><th>Material</th><td>BH-48V-SR Rev B battery housing (bike-share)</td></tr>
<tr><th>Abruf-Nr.</th><td>05</td></tr>
<tr><th>Datum</th><td>16.09.2024</td></tr>
<tr><th>Menge / quantity</th><td>&mdash; (siehe Lieferplan / see delivery schedule)</td></tr>
<tr><th>Lieferplan</th><td><i>kein Anhang / no attachment</i></td></tr>
<tr><th>Unterschrift</th><td>Katrin Hoffmann, Einkauf</td></tr>
</table>
<div class="note">
<p>Hiermit geben wir die Fertigung gemäß Lieferplan frei. / We hereby release fabrication as per the delivery schedule.</p>
<p>Everything beyond this call-off stays not released until call-off 06, signed by Katrin Hoffmann.</p>
<p>Material authority: material for this call-off only.</p>
</div>
<p><button>Abruf bestätigen / confirm</button></p>"""
case("p14", ["RG010"], "Portal call-off 'as per the delivery schedule' with the quantity field empty and no schedule attached; hold, next call-off and Katrin Hoffmann are named.", files(
    "Abruf_05_BH-48V-SR.html", html_page("Kiezrad Lieferantenportal - Abruf 05", _b, lang="de"),
))

# p15 PDF release letter without a quantity, rest on hold "until further notice"
case("p15", ["RG004", "RG010"], "Release letter releases 'production of the motor mounts for the fall build' without a quantity; the rest is on hold 'until further notice' (no event); Dana Whitfield is named.", files(
    "Release_MM-750-US.pdf", pdf([
        ("h1", "Production Release"),
        ("p", "Ridgeline Cargo Cycles, Inc. | 2210 NW Front Ave, Portland, OR 97209"),
        ("table", [["To", "Strojírny Vysocina s.r.o. - Mr. Tomáš Novák"], ["Date", "08/19/2024"],
                   ["PO", "RCC-PO-1172 rev 2"], ["Part", "MM-750-US mid-drive motor mount, RCC-D-7500 Rev 2"]]),
        ("sp",),
        ("p", "Dear Tomáš,"),
        ("p", "The 12 protos passed our fit and torque tests. We hereby release production of the MM-750-US motor "
              "mounts for our fall build."),
        ("p", "The remaining PO quantity stays on hold until further notice."),
        ("p", "Release authority for this PO: Dana Whitfield, COO."),
        ("p", "Please confirm the ship date and send the CMM report with the first shipment."),
        ("sp",),
        ("p", "Sincerely,"),
        ("p", "Dana Whitfield, Chief Operating Officer"),
    ], pagesize=LETTER, title="Production Release MM-750-US", author="Dana Whitfield"),
))

# p16 EML supplier status: steel bought for the full quantity, quoted buyer scope says sample-only
_q = """Hi Lan,

Confirming PO RCC-PO-1163: 30 sample kickstands KS-CARGO-2L only.
The 1,470 balance is not released until Tyler signs off the samples and Dana Whitfield
releases it in writing. Material: sample quantity only, please.

Thanks!
Jess"""
_t = """Dear Jess,

Weekly update KS-CARGO-2L:

1. 30 samples finished welding and e-coat, QC dimension ok, load test tomorrow.
2. Packing: 1 pc / carton, carton 62x38x14 cm.
3. Material: we already bought the steel tube 38x2.0 and plate 4 mm for full 1,500 pcs last
   week, because steel price go up in June, so we save the cost for you. Material is in our
   warehouse now.

Samples ship by DHL on 7 June.

Best regards,
Nguyen Thi Lan
Sales Dept.

On Mon, May 20, 2024, Jess Morgan <jess@ridgelinecargo.com> wrote:
""" + quote(_q) + "\n" + sig("Nguyen Thi Lan", "Sales", MP, PH_MP)
case("p16", ["RG006"], "Supplier status mail: steel bought for the full 1,500 while only 30 samples are released and the quoted buyer scope says sample-only material.", files(
    "RE_KS-CARGO-2L weekly update.eml", eml_bytes(mail(
        A_LAN, A_JESS, "RE: KS-CARGO-2L weekly update", "Fri, 31 May 2024 17:20:00 +0700", _t, html=as_html(_t),
        in_reply_to="<h209-rc-0520@ridgelinecargo.com>")),
))

# p17 PDF supplier weekly report: material ordered for the frame quantity
case("p17", ["RG006"], "Supplier weekly report: 40 sample sets released, but ingot and gaskets ordered for 2.400 sets 'to secure allocation'; no material authority exists.", files(
    "JH_weekly_report_W27.pdf", pdf([
        ("h1", "Weekly Project Report - W27/2024"),
        ("p", "Jia Hsin Precision Co., Ltd. for Kiezrad Mobility GmbH | Project: BH-48V-SR2 battery housing | by Amy Chen"),
        ("sp",),
        ("h", "1. Order status"),
        ("table", [["PO", "Scope", "Qty", "Status"],
                   ["4700009001 / 10", "samples (released)", "40 sets", "T1 done, shipped 2024-07-03"],
                   ["frame RV-2024-023", "production balance", "2.360 sets", "not released by Kiezrad yet"]]),
        ("sp",),
        ("h", "2. Material status"),
        ("table", [["Material", "Ordered", "Equivalent", "Remark"],
                   ["ADC12 ingot", "9,6 t", "approx. 2.400 sets", "ordered 2024-06-28 to secure allocation, price +6% from Q3"],
                   ["EPDM gasket GK-48-3", "2.400 pcs", "2.400 sets", "delivered to our stock"],
                   ["M5x12 A2 screws", "20.000 pcs", "2.500 sets", "delivered"]]),
        ("sp",),
        ("h", "3. Quality"),
        ("p", "Porosity X-ray on 5 pcs OK (ASTM E505 level 2). IP67 test planned W28. Salt spray ISO 9227 480 h started 2024-07-01."),
        ("h", "4. Next steps"),
        ("p", "Waiting for Kiezrad sample sign-off (Mr. Brandt). Mould maintenance after T1: 2 days."),
    ], title="JH weekly report W27", author="Amy Chen"),
))

# p18 TXT supplier MRP printout: resin bought against the quote quantity
_t = """HENGRUI ERP (U8)  -  MRP RESULT / 物料需求计划                 RUN 2024-06-24 08:00
Plant: TJ01  Planner: LI NA  Customer: RIDGELINE CARGO CYCLES (C-US-0091)
======================================================================================
Item: CC-52V-4A  Charger case 52V 4A  PC/ABS V0 black        Customer PO: RCC-PO-1201
Demand source ......... QUOTATION TJHR-Q-2024-0602 (2,400 sets)   [not customer PO]
Customer released qty . 24 sets (samples)
--------------------------------------------------------------------------------------
Component        Descr.                 Per set   Gross req.  On hand   Purch. order
RM-PCABS-V0-BK   PC/ABS V0 black resin  0.48 kg   1,152 kg    0 kg      PO-RM-24-1187  1,150 kg  RECEIVED 06-21
RM-INS-M3        Brass insert M3x4       6 pcs    14,400 pcs  2,000     PO-RM-24-1188 12,400 pcs RECEIVED 06-21
PK-CTN-52        Carton 40x30x20         0.05     120 pcs     0         PO-PK-24-0412   120 pcs  OPEN
--------------------------------------------------------------------------------------
Production orders:  MO-2406-311   24 sets   (sample)   issued to floor 06-24
Remark (Li Na): resin + inserts bought for full quotation qty, supplier MOQ 1 ton.
======================================================================================
"""
case("p18", ["RG006"], "Supplier MRP: resin and inserts for 2,400 sets received while the customer released 24 samples; the quote is the demand source, no material authority.", files(
    "MRP_TJ01_CC-52V-4A.txt", _t,
))

# p19 EML: bar stock cut for the balance and "after approval we go directly to production"
_q = """Guten Tag Herr Novák,

hiermit PO 4700008812 for motor mount MM-250-M8 Rev 07:
  Pos. 10  40 Stk samples
The balance of 1.160 Stk is not released. Unlock: sample sign-off by Lukas Brandt, then a
written production release by Dr. Matthias Kühn. Material authority: 40 Stk only.

Mit freundlichen Grüßen
Katrin Hoffmann"""
_t = """Dear Mrs. Hoffmann,

the 40 samples MM-250-M8 are at DHL today, AWB 3381 2290 10.

Because we expect the approval from Mr. Brandt next week, we have already cut bar stock
EN AW-6082 T6 for the whole 1.160 pcs (see stock list attached), and after the approval we go
directly to production. Like this you have the parts in August, before your fleet roll-out.

Thank you for understanding.

S pozdravem
Tomáš Novák

-----Původní zpráva-----
Od: Katrin Hoffmann
Odesláno: 11. června 2024 9:02
Předmět: Bestellung 4700008812 MM-250-M8 Muster

""" + quote(_q) + "\n" + sig("Tomáš Novák", "Sales", SV, PH_SV)
_stock = html_page("Stock list bar EN AW-6082", """<h3>Strojírny Vysočina - sklad / stock list</h3>
<table><tr><th>Material</th><th>Size</th><th>Pieces</th><th>For</th><th>Status</th></tr>
<tr><td>EN AW-6082 T6</td><td>Ø60 x 3000 mm</td><td>58 bars</td><td>MM-250-M8, 1.160 pcs + 40 samples</td><td>cut to 62 mm blanks</td></tr>
<tr><td>Helicoil M8x1.0</td><td>2D</td><td>2.400 pcs</td><td>MM-250-M8</td><td>in stock</td></tr>
</table>""")
case("p19", ["RG006", "RG007"], "Supplier cut bar stock for the 1.160 balance against a sample-only material authority, and says it goes 'directly to production' after the sample approval.", files(
    "RE_PO 4700008812 samples shipped.eml", eml_bytes(mail(
        A_TOMAS, A_KATRIN, "RE: Bestellung 4700008812 MM-250-M8 Muster - samples shipped", "Thu, 27 Jun 2024 15:05:00 +0200",
        _t, cc=A_LUKAS, in_reply_to="<h209-kz-0611b@kiezrad-mobility.de>",
        attachments=[("stock_list_6082.html", _stock, HTML_MT)])),
))

# p20 DOCX minutes: wire for 6.000 in house, "approved" for samples and for the PO
case("p20", ["RG006", "RG009"], "Minutes: wire for 6.000 sets already in house with no material authority beyond the 200 pilot; 'approved' used for the sample result and for the PO budget.", files(
    "Minutes_Ribeira_2024-07-24.docx", docx_bytes([
        ("h1", "Minutes - supplier visit Metalúrgica Ribeira, Águeda"),
        ("p", "24.07.2024 | Kiezrad: Katrin Hoffmann, Lukas Brandt | Ribeira: João Ferreira, Ana Sousa"),
        ("h", "1. Status fender stay FS-26-4.0 (bike-share fleet)"),
        ("li", "Samples (60 sets): approved by Lukas Brandt on 12.07. Bend radius and eyelet position ok."),
        ("li", "PO 4700009150 for the pilot: approved in SAP on 18.07 (budget line FL-2024-07). "
               "The PO covers 200 sets pilot."),
        ("li", "Balance of 5.800 sets: not released. Written production release by Dr. Matthias Kühn after "
               "the 4-week fleet test of the pilot sets."),
        ("h", "2. Material"),
        ("li", "Ribeira confirmed that stainless wire 1.4301 Ø4,0 for 6.000 sets is already in house "
               "(bought in June, approx. 3,1 t)."),
        ("li", "Kiezrad has issued no material authority beyond the 200 pilot sets."),
        ("h", "3. Logistics"),
        ("li", "Pilot delivery by truck (groupage) CW 33, 20 sets per carton, 10 cartons."),
        ("h", "Action items"),
        ("table", [["#", "Action", "Who", "When"],
                   ["1", "Send fleet test plan", "L. Brandt", "CW 31"],
                   ["2", "Send wire certificate 3.1 (EN 10204)", "A. Sousa", "CW 31"]]),
    ], author="Katrin Hoffmann"),
))

# p21 multi-file: SAP PO (100 samples) + supplier proforma (1,000 pcs, production on advance)
_t = """SARATHI E-MOBILITY PVT. LTD.                               PURCHASE ORDER
Plot B-22, Chakan MIDC Phase II, Pune 410501           GSTIN 27AAGCS4471R1Z5
-------------------------------------------------------------------------------
PO No.      : 4100023555          PO Date   : 15.07.2024      Doc Type: ZIMP
Vendor      : 200244  MINH PHAT METAL CO., LTD., BINH DUONG, VIETNAM
Purch. Grp  : P12 (R. Kulkarni)   Currency  : USD             Inco: FOB Cat Lai
-------------------------------------------------------------------------------
Item Material        Description                          Qty    UoM   Price     Value
---- --------------- ------------------------------------ ------ ---- -------- ---------
0010 FS-ER-12        MUDGUARD STAY E-RICKSHAW 12MM SS     100 NOS    3.10     310.00
-------------------------------------------------------------------------------
                                                     Total value USD     310.00
Header text:
 Item 0010 = 100 nos SAMPLES (hundred numbers) for fitment trial on 10 vehicles.
 Balance 900 nos as per your quotation MP-Q-0655 is NOT released. Balance will be
 released only after sample sign-off by Priya Nair (QA) and written release from
 Vikram Mehta (GM Supply Chain). Material for 100 nos only.

Prepared by: RKULKARNI                 Printed: 15.07.2024 10:05   Page 1 of 1
"""
_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-MP-24-0718"),
    ("p", "Minh Phat Metal Co., Ltd. | Lot C5, Song Than 2 IP, Di An, Binh Duong, Vietnam | Tax code 3701884512"),
    ("table", [["Buyer", "Sarathi E-Mobility Pvt. Ltd., Pune, India"], ["Customer PO", "4100023555"],
               ["Date", "18/07/2024"], ["Bank", "Vietcombank Binh Duong, SWIFT BFTVVNVX"]]),
    ("sp",),
    ("table", [["No.", "Description", "Qty", "Unit price", "Amount"],
               ["1", "Mudguard stay FS-ER-12, SS 12 mm, as PO 4100023555", "1,000 pcs", "USD 1.35", "USD 1,350.00"],
               ["", "Total", "", "", "USD 1,350.00"]]),
    ("sp",),
    ("p", "Payment term: 30% advance T/T (USD 405.00), 70% before shipment."),
    ("p", "Production will start after receipt of 30% advance. Lead time 25 days from advance."),
    ("p", "Nguyen Thi Lan, Sales"),
], title="PI-MP-24-0718", author="Nguyen Thi Lan")
case("p21", ["RG011", "RG012"], "PO says 100 sample nos (balance 900 held); the supplier's proforma for the same PO says 1,000 pcs and that production starts on receipt of the advance.", files(
    "PO_4100023555.txt", _t,
    "PI-MP-24-0718.pdf", _pi,
))

# p22 EML: supplier will roll into the balance once the samples are approved; quoted scope complete
_q = """Hi Kevin,

Hereby PO 4500018821 for the BH-36V-480 Rev C. Scope, so there is no misunderstanding:
- 20 pcs T1 samples, that is all that is released now
- the balance of 1.180 pcs is not released
- unlock: sample sign-off by Sanne Visser and then a written production release from
  Pieter van Dijk
- material for the 20 samples only

Met vriendelijke groet,
Joris"""
_t = """Dear Joris,

Good news, 20 pcs samples BH-36V-480 ship by air tomorrow (EVA Air cargo, AWB 695-3390 4471).
IP67 test passed on 3 pcs, report attached in our portal.

To keep your June launch, once Sanne approves the samples we will roll directly into the
1.180 balance, no need to wait. Our die-cast cell is reserved for you from week 20.

Best regards,
Kevin Lin
Sales Manager

""" + quote(_q) + "\n" + sig("Kevin Lin", "Sales Manager", JH, PH_JH)
case("p22", ["RG007"], "Supplier: 'once Sanne approves the samples we will roll directly into the 1.180 balance'; quoted buyer scope requires a written release by Pieter van Dijk; no correction.", files(
    "RE_PO 4500018821 samples ship.eml", eml_bytes(mail(
        A_KEVIN, A_JORIS, "RE: PO 4500018821 - BH-36V-480 samples", "Wed, 08 May 2024 18:40:00 +0800", _t,
        cc=A_SANNE, in_reply_to="<h209-vm-0408@velomaas.nl>")),
))

# p23 WhatsApp: buyer tells the supplier to start the bulk once QA approves, skipping the written release
_t = """[03/06/24, 11:02:15] Rajesh Kulkarni (Sarathi): Zhang ji, PO 4100023317 for CC-48V-15A is 50 nos sample only.
[03/06/24, 11:03:40] Rajesh Kulkarni (Sarathi): Balance 4,950 nos NOT released. Release only by written release from Vikram Mehta sir (GM SCM) after Priya madam's sample sign-off. Material for 50 nos only.
[03/06/24, 11:20:51] Zhang Wei Hengrui: Noted Mr Rajesh 👍
[19/06/24, 10:15:07] Zhang Wei Hengrui: Sir any update from QA? Our line free from 1st July
[19/06/24, 12:48:33] Rajesh Kulkarni (Sarathi): Zhang ji ARAI date is very tight. Once Priya madam approves the samples you directly start the bulk 4950, no need to wait for Vikram sir mail. I will manage internally.
[19/06/24, 12:50:02] Zhang Wei Hengrui: OK sir, so after QA approve we start 4950 immediately.
[19/06/24, 12:50:40] Rajesh Kulkarni (Sarathi): Yes
"""
case("p23", ["RG007"], "WhatsApp: the buyer, against his own written-release rule, tells the supplier to start the 4,950 as soon as QA approves the samples.", files(
    "WhatsApp Chat - Hengrui (2).txt", _t,
))

# p24 PDF sample submission: production of the balance starts automatically on approval
case("p24", ["RG007"], "Supplier sample submission warrant: 'upon customer approval of these samples, production of the balance starts automatically'; no recorded auto-conversion.", files(
    "PSW_RB-FS28-0040.pdf", pdf([
        ("h1", "Sample Submission / Submissão de Amostras"),
        ("p", "Metalúrgica Ribeira, Lda. | Zona Industrial de Águeda | Quality: Ana Sousa"),
        ("table", [["Customer", "Velomaas B.V., Utrecht"], ["Customer PO", "4500019102 / line 10 (samples)"],
                   ["Part", "FS-28-3.5 fender stay set 28in, drawing VM-DRW-2835 Rev 2"],
                   ["Submission no.", "RB-FS28-0040"], ["Date", "2024-06-04"]]),
        ("sp",),
        ("h", "Samples submitted"),
        ("table", [["Lot", "Quantity", "Reports"],
                   ["RB-L2406-02", "40 sets", "dimensional (5 sets), salt spray ISO 9227 96 h, material cert 3.1"]]),
        ("sp",),
        ("h", "Results"),
        ("table", [["Characteristic", "Spec", "Result"],
                   ["Wire Ø", "3,5 +/-0,05 mm", "3,49 - 3,52 OK"],
                   ["Eyelet M5 position", "+/-0,3 mm", "OK"],
                   ["Salt spray 96 h", "no red rust", "OK"]]),
        ("sp",),
        ("h", "Customer disposition"),
        ("p", "[ ] approved    [ ] approved with deviation    [ ] rejected        Signature: ____________"),
        ("p", "Note: upon customer approval of these samples, production of the balance starts automatically "
              "according to our order schedule. Wire is reserved at our supplier."),
    ], title="Sample submission RB-FS28-0040", author="Ana Sousa"),
))

# p25 DOCX sample sign-off that also "approves" production
case("p25", ["RG007", "RG009"], "Sample sign-off form where the sample 'APPROVED' also approves the 588 production units ('roll into production'); one word for technical approval and production release, no recorded auto-conversion.", files(
    "Sample_signoff_MM-750-US.docx", docx_bytes([
        ("h1", "Sample Sign-off - MM-750-US"),
        ("p", "Ridgeline Cargo Cycles, Inc. - Engineering"),
        ("table", [["Part", "MM-750-US mid-drive motor mount, drawing RCC-D-7500 Rev 2"],
                   ["Supplier", "Strojírny Vysočina s.r.o."], ["PO", "RCC-PO-1172 (12 protos + 588 production)"],
                   ["Samples", "twelve (12) protos, received 07/08/2024"]]),
        ("h", "Checks"),
        ("table", [["Check", "Result"],
                   ["Fit on frame LT-2 with Bafang M560", "OK, 12 of 12"],
                   ["Bolt torque M8x1.25, 24 Nm, 72 h re-check", "OK"],
                   ["CMM report vs RCC-D-7500 Rev 2", "OK, one cosmetic burr noted"]]),
        ("h", "Disposition"),
        ("p", "APPROVED."),
        ("p", "With this approval the 588 production units under RCC-PO-1172 are approved as well. "
              "Strojírny can roll into production right away; please ship in two lots."),
        ("sp",),
        ("table", [["Name", "Role", "Date"], ["Tyler Reese", "Mechanical Engineer", "07/12/2024"]]),
    ], author="Tyler Reese"),
))

# p26 HTML supplier portal: production "auto-starts on approval"
_b = """<h2>Jia Hsin Precision &middot; Project Tracker</h2>
<p>Customer: <b>Kiezrad Mobility GmbH</b> &nbsp; Project: BH-48V-SR2 &nbsp; Owner: Amy Chen &nbsp; Updated 2024-07-10</p>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th><th>Remark</th></tr>
<tr><td>Mould T1</td><td>done</td><td>2024-06-24</td><td>porosity ok (X-ray 5 pcs)</td></tr>
<tr><td>Sample lot (PO 4700009001)</td><td>shipped</td><td>2024-07-03</td><td>40 sets, air</td></tr>
<tr><td>Customer sample approval</td><td>waiting</td><td>-</td><td>Mr. Brandt</td></tr>
<tr><td>Mass production</td><td>auto-start on approval</td><td>-</td><td>MO is prepared; die-cast cell #3 booked from W30; starts automatically when customer approval is received</td></tr>
</table>
<p class="note">System rule for this project: customer sample approval = start of mass production (balance per frame agreement RV-2024-023).</p>"""
case("p26", ["RG007"], "Supplier tracker: mass production 'auto-start on approval' of the samples, by the supplier's own system rule; no recorded auto-conversion from the buyer.", files(
    "tracker_BH-48V-SR2.html", html_page("Jia Hsin Project Tracker - BH-48V-SR2", _b),
))

# p27 EML: buyer requires a written release, then says "start the series directly" after sign-off
_t = """Hallo Herr Novák,

PO 4700008930 is in your inbox: 40 pcs motor mount MM-250-M8 Rev 07 for our KZ-4 refresh,
samples. The balance of 1.160 pcs is not released; production release only in writing.

After Mr. Brandt has signed off the samples, please start the series directly, so we keep the
date in October. We are really under pressure with the fleet roll-out.

Material for the 40 samples only, please.

Viele Grüße
Katrin Hoffmann""" + sig("Katrin Hoffmann", "Strategischer Einkauf", KZ, PH_KZ)
case("p27", ["RG005", "RG007"], "Buyer says production release only in writing, then 'after Mr. Brandt has signed off the samples, please start the series directly'; nobody is named who releases the balance.", files(
    "PO 4700008930 MM-250-M8.eml", eml_bytes(mail(
        A_KATRIN, A_TOMAS, "Bestellung 4700008930 - MM-250-M8 Muster / samples", "Tue, 16 Jul 2024 08:31:00 +0200", _t,
        cc=A_LUKAS)),
))

# p28 EDI 830 forecast declared a firm commitment
_t = """KIEZRAD MOBILITY GMBH - EDI OUTBOUND LOG                      printed 2024-08-30 07:10
Transaction: 830 PLANNING SCHEDULE   Partner: 0002210 JIA HSIN PRECISION CO LTD
Control no. 000017419   Schedule no. FC-KZ-2435   Part: BH-48V-SR Rev B

ISA*00*          *00*          *ZZ*KIEZRAD        *ZZ*JIAHSIN        *240830*0710*U*00401*000017419*0*P*>~
BFR*05**FC-KZ-2435*DL*A*20240902*20241229*20240830~
N1*BY*KIEZRAD MOBILITY GMBH*92*DE-BER-01~
N1*SU*JIA HSIN PRECISION CO LTD*92*0002210~
LIN**BP*BH-48V-SR*VP*JH-BH48SR-B~
UIT*SET~
FST*150*D*W*20240902~
FST*150*D*W*20240916~
FST*200*D*W*20240930~
FST*200*D*W*20241014~
FST*250*D*M*20241101~
FST*250*D*M*20241201~
CTT*1*1200~
SE*15*000017419~

NTE (free text to supplier):
  FORECAST SEP-DEC 2024, total 1.200 sets.
  These forecast quantities are our firm commitment for Q4. Kiezrad commits to take and pay
  the 1.200 sets. Please plan your die-cast capacity accordingly and confirm.
  Contact: Katrin Hoffmann, Einkauf.
"""
case("p28", ["RG008"], "EDI 830 with planning (D) forecast lines, but the free text calls the forecast 'our firm commitment ... commits to take and pay the 1.200 sets'.", files(
    "EDI830_FC-KZ-2435.txt", _t,
))

# p29 EML multipart/alternative: "our forecast ... consider this our order"
_t = """Hey Lan,

Quick one before the long weekend. Our 2025 forecast for the KS-CARGO-2L is 2,400 stands
(roughly 200 a month, heavier in spring).

Consider this our order for 2025 - please lock in the capacity and the steel pricing on
your side. The formal PO will follow once our Series A closes, probably in October.

Talk soon,
Jess""" + sig("Jess Morgan", "Operations & Purchasing", RC, PH_RC)
case("p29", ["RG008"], "Buyer mail: 'Our 2025 forecast ... is 2,400 stands. Consider this our order for 2025' - a forecast written as an order.", files(
    "2025 volume KS-CARGO-2L.eml", eml_bytes(mail(
        A_JESS, A_LAN, "2025 volume - KS-CARGO-2L", "Fri, 30 Aug 2024 15:55:00 -0700", _t, html=as_html(_t), cc=A_DANA)),
))

# p30 PDF supplier order confirmation: PO 600, confirmed 6.000 incl. forecast booked as order
case("p30", ["RG008", "RG011"], "Supplier order confirmation for PO 4500019311 (600 pcs) confirms 6.000 pcs by booking the Q3-Q4 forecast as order: two quantities for one order, forecast as firm.", files(
    "OC-MP-24-0392.pdf", pdf([
        ("h1", "ORDER CONFIRMATION OC-MP-24-0392"),
        ("p", "Minh Phat Metal Co., Ltd. | Lot C5, Song Than 2 IP, Di An, Binh Duong, Vietnam"),
        ("table", [["Customer", "Velomaas B.V., Utrecht, Netherlands"], ["Your PO", "4500019311 dated 2024-07-22"],
                   ["Part", "KS-VM-26 side kickstand 26-28in, Al 6061 + steel pivot, black"],
                   ["Date", "2024-07-25"]]),
        ("sp",),
        ("table", [["", "Quantity", "Unit price", "Delivery"],
                   ["Your PO 4500019311", "600 pcs", "EUR 6,95", "W36"],
                   ["Confirmed order quantity", "6.000 pcs", "EUR 6,95", "W36: 600 / W40-W52: 5.400"]]),
        ("sp",),
        ("p", "We confirm 6.000 pcs: your PO 600 pcs plus your forecast Q3-Q4 (5.400 pcs), which we book as "
              "firm order in our system to secure aluminium extrusion and line capacity."),
        ("p", "Payment: 60 days net. Packing 10 pcs/carton. FOB Cat Lai."),
        ("p", "Thank you for your order! Nguyen Thi Lan, Sales"),
    ], title="OC-MP-24-0392", author="Nguyen Thi Lan"),
))

# p31 DOCX minutes: annual forecast treated as confirmed order because the advance was paid
case("p31", ["RG008", "RG012"], "Minutes: FY25 annual requirement (forecast) treated as a confirmed order, and production to start because the 20% advance has been remitted.", files(
    "MOM_Sarathi_JiaHsin_2024-07-30.docx", docx_bytes([
        ("h1", "Minutes of Meeting"),
        ("p", "Sarathi E-Mobility Pvt. Ltd. and Jia Hsin Precision Co., Ltd. - video call, 30-07-2024"),
        ("table", [["Present", "Rajesh Kulkarni, Vikram Mehta (Sarathi); Kevin Lin, Amy Chen (Jia Hsin)"],
                   ["Part", "Battery housing BH-48V-1200, DRG SEM-2500 Rev 12"]]),
        ("h", "Points discussed"),
        ("num", "Sarathi informed annual requirement for FY 2025 as per S&OP forecast: 12,000 nos "
                "(1,000 nos per month)."),
        ("num", "Jia Hsin to treat this annual requirement of 12,000 nos as confirmed order."),
        ("num", "Since the 20% advance of USD 98,880 has been remitted on 26-07-2024, Jia Hsin will start "
                "production from Monday 05-08-2024."),
        ("num", "Monthly dispatch 1,000 nos, FOB Taichung, first container end of August."),
        ("num", "Jia Hsin to share AIS-156 Amd 3 test report and IP67 report for the FY25 lots."),
        ("h", "Action points"),
        ("table", [["#", "Action", "Responsibility", "Target"],
                   ["1", "Share container plan", "Kevin Lin", "05-08-2024"],
                   ["2", "Share FY25 test plan", "Amy Chen", "09-08-2024"]]),
        ("p", "Minutes prepared by Rajesh Kulkarni."),
    ], author="Rajesh Kulkarni"),
))

# p32 HTML supplier portal: forecast rows shown as confirmed orders
_b = """<h2>Tianjin Hengrui Plastics &middot; Customer Portal</h2>
<p>Customer: <b>Ridgeline Cargo Cycles, Inc.</b> &nbsp; Part: CC-52V-4A charger case &nbsp; Updated 2024-07-05</p>
<h3>Committed orders</h3>
<table>
<tr><th>Month</th><th>Source</th><th>Qty (sets)</th><th>Status</th></tr>
<tr><td>2024-09</td><td>Ridgeline forecast FC-2024-07</td><td>400</td><td>CONFIRMED ORDER</td></tr>
<tr><td>2024-10</td><td>Ridgeline forecast FC-2024-07</td><td>400</td><td>CONFIRMED ORDER</td></tr>
<tr><td>2024-11</td><td>Ridgeline forecast FC-2024-07</td><td>500</td><td>CONFIRMED ORDER</td></tr>
<tr><td>2024-12</td><td>Ridgeline forecast FC-2024-07</td><td>500</td><td>CONFIRMED ORDER</td></tr>
<tr><td>2025-01</td><td>Ridgeline forecast FC-2024-07</td><td>600</td><td>CONFIRMED ORDER</td></tr>
<tr><th colspan="2">Total committed</th><th>2,400</th><th></th></tr>
</table>
<p class="note">Forecast received from customer is converted to confirmed order at upload. Moulding capacity reserved: machine #7 (Haitian MA1600), 2 shifts.</p>
<p>Sales: Zhang Wei &middot; PMC: Li Na</p>"""
case("p32", ["RG008"], "Supplier portal lists the customer's monthly forecast FC-2024-07 as 'CONFIRMED ORDER', 'total committed 2,400'.", files(
    "customer_portal_Ridgeline.html", html_page("Hengrui Customer Portal - Ridgeline", _b),
))

# p33 WeChat: supplier booked the forecast as order and bought resin for it
_t = """WeChat chat history  |  Joris Bakker (Velomaas) & 张伟 Zhang Wei (Hengrui)
Exported 2024-08-09

2024-07-29 10:05  Joris Bakker
Hi Zhang, PO 4500018990 for CC-42V-2A: 30 pcs samples, that is all for now. The balance 2.970 pcs is NOT released; unlock = sample sign-off by Sanne Visser and written production release from Pieter van Dijk. Material for the samples only. I also send our Q4 forecast by mail, that one is only a forecast.

2024-07-29 10:31  Zhang Wei
OK Joris, well received.

2024-08-08 17:12  Zhang Wei
Joris, your forecast 3000 pcs for Q4 we put as order in our system already, so leadtime ok. Resin PC/ABS 1.5 ton also bought, now in our warehouse.

2024-08-08 17:13  Zhang Wei
[Image]

2024-08-09 08:40  Joris Bakker
Hi Zhang, any news on the sample shipment? Sanne wants them before 20/8.
"""
case("p33", ["RG006", "RG008"], "WeChat: supplier puts the Q4 forecast of 3000 pcs 'as order in our system' and bought 1.5 t resin for it; buyer scope says forecast only and sample-only material.", files(
    "WeChat_Zhang Wei_Aug.txt", _t,
))

# p34 EML multipart/alternative: "approved" for samples, for the PO and for production
_t = """Dear Kevin,

Status BH-36V-480 Rev C after our meeting today:

- Samples: approved by Sanne Visser on 12/6 (fit, IP67 and salt spray 480 h all ok).
- PO 4500018821 rev 1: approved by finance in SAP for the full 1.200 pcs.
- Production: approved for 300 pcs by Pieter van Dijk, delivery week 30-31.
- The remaining 880 pcs are not approved yet. Next approval after the field test FT-07,
  by Pieter van Dijk.

Material: for the 300 pcs only, please.

Met vriendelijke groet,
Joris""" + sig("Joris Bakker", "Buyer / Inkoper", VM, PH_VM)
case("p34", ["RG009"], "'Approved' is used for the sample result, for the PO in SAP and for the production of 300 pcs; scope is otherwise complete (300 active, 880 held, FT-07, Pieter van Dijk).", files(
    "Status BH-36V-480.eml", eml_bytes(mail(
        A_JORIS, A_KEVIN, "Status BH-36V-480 - samples / PO / production", "Thu, 13 Jun 2024 17:02:00 +0200", _t,
        html=as_html(_t), cc=A_PIETER)),
))

# p35 SAP printout: "released" for the PO workflow, for samples and for production
_t = """KIEZRAD MOBILITY GMBH          Bestellung / Purchase Order          SAP ME9F print
--------------------------------------------------------------------------------
Bestellnr.  4700009244        Datum 03.06.2024        Einkäufer: KHOFFMANN
Lieferant   0004471 METALURGICA RIBEIRA LDA, AGUEDA
Freigabestrategie K2: RELEASED  (Freigabe erteilt 03.06.2024 KHOFFMANN / MKUEHN)
--------------------------------------------------------------------------------
Pos  Material      Kurztext                              Menge  ME   Preis    Wert
10   FS-KZ-TR      Schutzblechstrebe Lastenrad-Trike      80   SET   7,40    592,00
--------------------------------------------------------------------------------
Kopftext / header text:
  Pos. 10 = 80 sets samples for the cargo trike fleet.
  Balance 1.920 sets (offer RB-2024-137) is not released.
  Unlock: sample release by L. Brandt (Fleet Engineering), then production release in writing
  by Dr. M. Kühn (Head of Procurement).
  Material authority: 80 sets only.
--------------------------------------------------------------------------------
Gesamtwert netto EUR 592,00        Zahlungsbedingung: 30 Tage netto
"""
case("p35", ["RG009"], "SAP PO print where 'released' means the PO approval workflow, 'sample release' the technical result and 'production release' the authority to produce; scope otherwise complete.", files(
    "ME9F_4700009244.txt", _t,
))

# p36 Teams: "approval" = board budget, "approved. go ahead" = colour sample
_t = """Microsoft Teams - chat export
Chat: Ridgeline <> Strojirny - MM-750-US
Exported 7/3/2024 by Jess Morgan (times in Pacific Time)

Jess Morgan  6/13/2024 9:05 AM
Hi Tomáš, RCC-PO-1172 rev 1 is out. Just so we're all on the same page:
12 protos only. The 588 production units are on hold until Tyler signs off the protos and Dana Whitfield sends a written production release. Material for the 12 only.

Tomáš Novák  6/13/2024 9:20 AM
Clear, thank you Jess.

Tyler Reese  7/2/2024 8:12 AM
Good news everyone - we got approval from the board for the Q3 budget 🎉

Tomáš Novák  7/2/2024 8:30 AM
Congratulations! And the powder coat colour sample RAL 9011 matt, is it ok for you?

Tyler Reese  7/2/2024 8:41 AM
approved. go ahead

Tomáš Novák  7/2/2024 8:42 AM
👍
"""
case("p36", ["RG002", "RG009"], "Teams: 'approval' means the board budget and 'approved. go ahead' the colour sample; the go-ahead names no scope or quantity; PO scope pasted earlier is complete.", files(
    "Teams_Ridgeline_Strojirny.txt", _t,
))

# p37 DOCX PPAP record: approved for PPAP and for the PO; balance on hold "until further notice"
case("p37", ["RG004", "RG009"], "PPAP record: 'APPROVED' used for the PPAP result and the SAP PO; balance 1,800 on hold 'until further notice' with Vikram Mehta named but no unlock event.", files(
    "PPAP_record_BH-51V-105.docx", docx_bytes([
        ("h1", "PPAP Record - BH-51V-105"),
        ("p", "Sarathi E-Mobility Pvt. Ltd. - Quality Assurance"),
        ("table", [["Supplier", "Minh Phat Metal Co., Ltd. (vendor 200244)"],
                   ["PO", "4100023390"], ["Samples", "10 nos, received 14-06-2024"],
                   ["Submission level", "PPAP Level 3"]]),
        ("h", "Status"),
        ("table", [["Item", "Status", "By", "Date"],
                   ["PPAP (10 nos samples)", "APPROVED", "Priya Nair, QA Head", "05-07-2024"],
                   ["PO 4100023390", "APPROVED (SAP)", "Vikram Mehta", "10-05-2024"],
                   ["Production balance 1,800 nos", "ON HOLD until further notice", "-", "-"]]),
        ("h", "Instruction to supplier (distribution: Minh Phat, Ms. Nguyen Thi Lan)"),
        ("p", "Make nothing beyond the 10 nos samples of PO 4100023390. The production balance of 1,800 nos "
              "is on hold until further notice."),
        ("p", "Release authority for the balance: Vikram Mehta, GM Supply Chain."),
        ("p", "Supplier to keep material for the 10 nos only. Paint adhesion re-test report to be submitted."),
        ("h", "Test summary"),
        ("table", [["Test", "Standard", "Result"],
                   ["IP65", "IEC 60529", "pass"],
                   ["Drop test", "AIS-156 Amd 3", "pass"],
                   ["Cross-cut adhesion", "ISO 2409", "Gt 1 (after rework)"]]),
    ], author="Priya Nair"),
))

# p38 multi-file: PO printout (30 samples) + supplier acknowledgement mail (300 pcs)
_t = """RIDGELINE CARGO CYCLES, INC.                                    PURCHASE ORDER
2210 NW Front Ave, Portland, OR 97209                      printed from NetSuite 07/15/2024
------------------------------------------------------------------------------------------
PO #: RCC-PO-1210        Date: 07/15/2024        Vendor: JIA HSIN PRECISION CO LTD
Buyer: Jess Morgan       Terms: Net 30           Ship via: air, DAP Portland
------------------------------------------------------------------------------------------
Ln  Item           Description                                   Qty   Rate       Amount
1   BH-52V-RC-S    Battery housing 52V cargo, ADC12, SAMPLE      30    $92.00     $2,760.00
------------------------------------------------------------------------------------------
                                                                    Total    $2,760.00
Memo:
  Thirty (30) samples only. Balance of 970 housings on quote JH-Q-24-0702 is NOT released.
  Unlock: sample sign-off by Tyler Reese, then written production release by Dana Whitfield (COO).
  Material: sample quantity only.
"""
_ack = """Dear Jess,

Thank you for your order. We confirm your PO RCC-PO-1210 as below:

  Part:      BH-52V-RC battery housing, ADC12, powder coat black
  Quantity:  300 pcs (samples)
  Price:     USD 92.00 / pc
  Delivery:  ETD Taipei 2024-08-16 by air

Balance per your PO is not released, we wait for your written release.

Best regards,
Kevin Lin""" + sig("Kevin Lin", "Sales Manager", JH, PH_JH)
case("p38", ["RG011"], "PO printout says thirty (30) samples; the supplier's acknowledgement of the same PO confirms 300 pcs samples.", files(
    "RCC-PO-1210.txt", _t,
    "Order confirmation RCC-PO-1210.eml", eml_bytes(mail(
        A_KEVIN, A_JESS, "Order confirmation RCC-PO-1210 BH-52V-RC", "Wed, 17 Jul 2024 10:25:00 +0800", _ack, cc=A_AMY)),
))

# p39 PDF PO: 24 in the table, twenty (20) in the text
case("p39", ["RG011"], "One PO states 24 pcs in the line table and 'twenty (20) sample housings' in the scope text.", files(
    "PO_4500019262.pdf", pdf([
        ("h1", "Purchase Order 4500019262"),
        ("p", "Velomaas B.V. | Cartesiusweg 90, 3534 BD Utrecht | VAT NL858812330B01"),
        ("table", [["Supplier", "Jia Hsin Precision Co., Ltd. (vendor 100412)"], ["Date", "2024-07-22"],
                   ["Buyer", "Joris Bakker"], ["Incoterms", "FCA Taichung"]]),
        ("sp",),
        ("table", [["Line", "Article", "Description", "Qty", "Price", "Amount", "Scope"],
                   ["10", "BH-36V-520-GR", "Battery housing Rev A, colour RAL 7043 grey", "24 pcs", "EUR 88,00", "EUR 2.112,00", "sample"]]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This PO covers twenty (20) sample housings BH-36V-520-GR only. The balance of 1.480 pcs from quote "
              "JH-Q-24-0655 is not released. Unlock: sample sign-off by Sanne Visser, then a written production "
              "release by Pieter van Dijk (Head of Supply Chain). Material authority: samples only."),
        ("p", "Samples to be delivered with CMM report (5 pcs) and IP67 report (3 pcs)."),
    ], title="PO 4500019262", author="Joris Bakker"),
))

# p40 EML: reminder says 60 nos; the forwarded PO mail (message/rfc822) says 50 nos
_po = pdf([
    ("h1", "PURCHASE ORDER 4100023502"),
    ("p", "Sarathi E-Mobility Pvt. Ltd., Chakan MIDC, Pune"),
    ("table", [["Vendor", "Tianjin Hengrui Plastics Co., Ltd."], ["Date", "08.07.2024"]]),
    ("table", [["Item", "Material", "Description", "Qty", "Price USD"],
               ["0010", "DB-ER-22", "Display bracket e-rickshaw PA6 GF30 - SAMPLE", "50 NOS", "6.40"]]),
    ("p", "Balance 4,950 nos is NOT released until sample sign-off by Priya Nair (QA) and written release "
          "from Vikram Mehta (GM Supply Chain). Material for 50 nos only."),
], title="PO 4100023502", author="Rajesh Kulkarni")
_inner_t = """Dear Zhang ji,

Please find attached PO 4100023502 for display bracket DB-ER-22, 50 nos samples.
Balance 4,950 nos is NOT released until sample sign-off by Priya Nair (QA) and written release
from Vikram Mehta (GM Supply Chain). Material for 50 nos only.

Thanks and regards,
Rajesh Kulkarni"""
_inner = mail(A_RAJESH, A_ZHANG, "PO 4100023502 - DB-ER-22 samples", "Mon, 08 Jul 2024 12:05:00 +0530", _inner_t,
              attachments=[("PO_4100023502.pdf", _po, PDF_MT)])
_t = """Dear Zhang ji,

Gentle reminder: kindly dispatch the 60 nos samples of DB-ER-22 by 20th July latest, our
ARAI slot is booked for 29th. PO mail forwarded below for your reference.

Please share AWB no. once dispatched.

Regards,
Rajesh""" + sig("Rajesh Kulkarni", "Manager - Purchase", SE, PH_SE)
case("p40", ["RG011"], "Reminder asks for '60 nos samples'; the forwarded PO mail (message/rfc822) and its PDF say 50 nos for the same PO.", files(
    "Fwd_PO 4100023502 reminder.eml", eml_bytes(mail(
        A_RAJESH, A_ZHANG, "Fwd: PO 4100023502 - DB-ER-22 samples - reminder dispatch", "Mon, 15 Jul 2024 10:20:00 +0530",
        _t, attachments=[("rfc822", _inner)])),
))

# p41 DOCX release record: 200 in the table, 250 in the text, signed by a department
case("p41", ["RG005", "RG011"], "Release record gives 200 sets in the table and 'two hundred fifty (250)' in the text, and is signed only by 'Einkauf / Purchasing' - no named release person.", files(
    "FR-2024-07_BH-48V-SR2.docx", docx_bytes([
        ("h1", "Produktionsfreigabe / Production release FR-2024-07"),
        ("p", "Kiezrad Mobility GmbH to Jia Hsin Precision Co., Ltd."),
        ("table", [["Part", "BH-48V-SR2 battery housing, drawing KZ-4800 Rev 03"],
                   ["Frame agreement", "RV-2024-023, commercial cover 2.400 sets (PO 4700009001 + call-offs)"],
                   ["Released quantity", "200 sets"],
                   ["Delivery", "CW 38 and CW 40"]]),
        ("h", "Text"),
        ("p", "After sample sign-off on 19.07.2024 we release production of two hundred fifty (250) sets of "
              "BH-48V-SR2 under frame agreement RV-2024-023."),
        ("p", "The remaining quantity of the frame agreement stays not released until the next written release, "
              "which follows the 4-week fleet test with the first lot."),
        ("p", "Material authority: released quantity only."),
        ("sp",),
        ("p", "Kiezrad Mobility GmbH - Einkauf / Purchasing"),
    ], author="Einkauf"),
))

# p42 EML: advance remitted, "now you can go ahead with production"; SWIFT copy as text attachment
_q = """Dear Lan,

PO 4100023601 for parking stand KS-ER-40 sent, 20 nos SAMPLES only.
Balance 2,980 nos NOT released. Balance will be released only after sample sign-off by
Priya Nair (QA) and written release by Vikram Mehta (GM Supply Chain).
Material for 20 nos only.

Regards,
Rajesh"""
_t = """Dear Lan,

30% advance USD 8,460 for the full order has been remitted today, SWIFT copy attached.

Now you can go ahead with production.

Thanks and regards,
Rajesh

On 22/07/2024 11:05, Rajesh Kulkarni wrote:
""" + quote(_q) + "\n" + sig("Rajesh Kulkarni", "Manager - Purchase", SE, PH_SE)
_swift = """{1:F01HDFCINBBAXXX0000000000}{2:I103BFTVVNVXXXXXN}{4:
:20:HDFC240729004471
:23B:CRED
:32A:240729USD8460,00
:50K:/50200018874412
SARATHI E-MOBILITY PVT LTD
PLOT B-22 CHAKAN MIDC PUNE 410501
:59:/0281000447712
MINH PHAT METAL CO LTD
BINH DUONG VIETNAM
:70:ADV 30PCT PO 4100023601 KS-ER-40
:71A:OUR
-}
"""
case("p42", ["RG002", "RG012"], "Buyer: '30% advance ... remitted today ... Now you can go ahead with production' - payment treated as release and an unscoped go-ahead; quoted scope (20 samples, hold, sign-off, Vikram Mehta) complete.", files(
    "RE_PO 4100023601 KS-ER-40.eml", eml_bytes(mail(
        A_RAJESH, A_LAN, "RE: PO 4100023601 KS-ER-40 - advance remitted", "Mon, 29 Jul 2024 16:40:00 +0530", _t,
        in_reply_to="<h209-se-0722@sarathi-emobility.in>",
        attachments=[("SWIFT_MT103_HDFC240729004471.txt", _swift, TXT_MT)])),
))

# p43 WhatsApp: supplier starts mass production on the deposit and has steel for all
_t = """[5/20/24, 10:14 AM] Jess Morgan: Hi Lan! PO RCC-PO-1163 is in your inbox. 30 sample kickstands KS-CARGO-2L, that's all that's released for now.
[5/20/24, 10:15 AM] Jess Morgan: The other 1,470 are NOT released. Unlocked only after Tyler signs off the samples and Dana Whitfield sends a written release. Sample material only pls
[5/20/24, 10:31 AM] Nguyen Thi Lan: Dear Jess, well received 🙏
[6/14/24, 4:48 PM] Nguyen Thi Lan: Hi Jess, we received the 30% deposit today, thank you!
[6/14/24, 4:49 PM] Nguyen Thi Lan: So we start mass production 1,470 pcs from Monday. Steel already ordered for all.
[6/14/24, 4:49 PM] Nguyen Thi Lan: I will send photos of the line 📸
"""
case("p43", ["RG006", "RG012"], "WhatsApp: supplier reads the deposit as the start of mass production of the 1,470 and has ordered steel for all, against a sample-only scope.", files(
    "WhatsApp Chat with Nguyen Thi Lan (2).txt", _t,
))

# p44 HTML buyer portal: production released automatically on supplier acceptance
_b = """<div style="background:#0b5d3b;color:#fff;padding:8px"><b>Velomaas</b> &middot; Supplier Portal</div>
<p>Supplier: <b>Metalúrgica Ribeira, Lda.</b> &nbsp; User: joao.ferreira@ribeira-metal.pt</p>
<h2>PO 4500019420 &mdash; display bracket DB-31.8-R3</h2>
<table>
<tr><th>Line</th><th>Article</th><th>Qty</th><th>Scope</th><th>Price</th><th>Line status</th></tr>
<tr><td>10</td><td>DB-31.8-R3</td><td>25</td><td>sample</td><td>EUR 12,40</td><td>open</td></tr>
</table>
<p>Buyer note: the production quantity of quote RB-2024-188 (2.975 pcs) is not released. Unlock: sample sign-off, then written release by Pieter van Dijk (Head of Supply Chain).</p>
<h3>Workflow</h3>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th></tr>
<tr><td>PO approval (finance)</td><td>approved</td><td>2024-07-26</td></tr>
<tr><td>Sample approval (engineering)</td><td>pending</td><td>-</td></tr>
<tr><td>Supplier acceptance</td><td>accepted by J. Ferreira</td><td>2024-07-30</td></tr>
<tr><td>Production release</td><td><b>released &mdash; granted automatically on supplier acceptance</b></td><td>2024-07-30</td></tr>
</table>
<p class="note">Supplier acceptance recorded. Production release is granted by the system; you can now plan production.</p>"""
case("p44", ["RG009", "RG012"], "Buyer portal: production release 'granted automatically on supplier acceptance' although the note holds the 2.975 until sign-off and Pieter van Dijk's release - PO acceptance as authority to produce; 'approval' used for the PO (finance) and the samples (engineering).", files(
    "supplierportal_PO4500019420.html", html_page("Velomaas Supplier Portal - PO 4500019420", _b),
))

# p45 TXT supplier ERP order acknowledgement: production starts on PO acceptance + deposit
_t = """TIANJIN HENGRUI PLASTICS CO., LTD.              ORDER ACKNOWLEDGEMENT / 订单确认
No. 17 Xinghua Rd, Xiqing EDA, Tianjin 300385          Doc no.: OA-HR-24-0866
-------------------------------------------------------------------------------------
Customer   : KIEZRAD MOBILITY GMBH, BERLIN            Date    : 2024-08-05
Customer PO: 4700009305                               Sales   : ZHANG WEI
Part       : CC-KZ-36V charger case, PC/ABS V0 grey RAL 7035, drw KZ-3600 Rev 02
-------------------------------------------------------------------------------------
Line  Description                         Qty      Unit price   Delivery
1     CC-KZ-36V sample                    20 pcs   USD 11.20    2024-08-30 by air
-------------------------------------------------------------------------------------
Status: PO ACCEPTED 2024-08-05

Production balance: will start automatically upon our acceptance of PO and receipt of
30% deposit, according to our standard sales term ST-07. Mould is ready (1+1 cav, 500k).

Payment: 30% T/T deposit, 70% before shipment.
Remark: please send deposit soon to keep the September slot.
-------------------------------------------------------------------------------------
"""
case("p45", ["RG012"], "Supplier order acknowledgement: the production balance 'will start automatically upon our acceptance of PO and receipt of 30% deposit'.", files(
    "OA-HR-24-0866.txt", _t,
))


# ==================================================================== BUILD
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(209209).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(first).stem).strip("_")
        folder = f"h209_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
