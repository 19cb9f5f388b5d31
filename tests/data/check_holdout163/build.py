#!/usr/bin/env python3
"""Generator for the releasegate check_holdout163 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout163/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Theme: medical and laboratory furniture (casework, fume-hood parts, bedside cabinets,
trolleys) bought by hospital groups, lab builders and distributors in Sweden, the UK,
Canada, Singapore and the UAE from makers in Poland, China, Malaysia, Turkey and Lithuania.
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
SEED = 163163


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (copied from check_holdout3/build.py, message-id and boundary prefixes changed)
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
    m["Message-ID"] = msgid or f"<h163-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h163")
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


# ----------------------------------------------------------------- small helpers (own)
def html_of(text):
    """Very plain HTML alternative for a text mail body: paragraphs and line breaks."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        if p.startswith("-- \n"):
            out.append('<div style="color:#666;font-size:11px">' + escape(p).replace("\n", "<br>") + "</div>")
        else:
            out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def quote(text):
    """Quote a previous message with '> ' prefixes, as mail clients do."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def table_html(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    head = "".join(f"<th>{escape(str(x))}</th>" for x in rows[0])
    body = "\n".join("<tr>" + "".join(f"<td>{escape(str(x))}</td>" for x in r) + "</tr>" for r in rows[1:])
    return f"<table{c}>\n<tr>{head}</tr>\n{body}\n</table>"


# =================================================================== CASES
# Naming in this file only: c.. = clean (expect []), p.. = positive (expect non-empty).

# ------------------------------------------------------------------ batch 1

# p01: Polish maker replies to a Swedish hospital group; the quoted PO scope is complete,
# but the maker has bought board and edging for the whole project.
_p01_buyer = """Hej Tomasz,

Attached is PO 4500018822 for the bedside cabinets. To be clear about the scope:

- Active now: twelve (12) sample bedside cabinets BSC-450 for the ward trial on
  avdelning 14, Hylliekliniken.
- The remaining 348 cabinets in your quotation Q-MM-24-0311 are not released.
  Please do not start them.
- They will only be released by a written production release from me, after the
  ward-trial sign-off by our clinical user group (lead: Dr Eva Norén).
- Material authority: sample quantity only (12 cabinets).

Delivery of the 12 samples DAP Malmö, week 29 please.

Med vänlig hälsning / Kind regards
Karin Lundqvist
Category Manager, Medical Furniture
Skånevård Fastigheter AB, Malmö
+46 40 33 18 52"""

_p01_text = f"""Dear Karin,

Thank you, PO 4500018822 is registered in our system (our order ZS/24/06/117) and the
12 sample cabinets are planned in production week 27, delivery DAP Malmö week 29 as requested.

One information from our purchasing department: the HPL board (Egger F274 ST9, 0,8 mm)
and the 2 mm ABS edging have a price increase from 1st July and the lead time is now
9 weeks. To protect your roll-out date we have already bought the board and edging for
all 360 cabinets. It is stored in our warehouse in Swarzędz and reserved for your project.
Castors (Tente 100 mm) and the RFID locks we will buy later.

The colour card with the three front colours will come by DHL this week, AWB 48 1127 5530.

Have a nice weekend!
{sig("Tomasz Wiśniewski", "Key Account Manager Scandinavia", "Meblomed Sp. z o.o., ul. Rabowicka 21, 62-020 Swarzędz, Poland", "+48 61 842 77 10")}
On Mon, 10 Jun 2024 at 08:41, Karin Lundqvist <karin.lundqvist@skanevard.se> wrote:
{quote(_p01_buyer)}
"""
case("p01_pl_board_all_cabinets", ["RG006"],
     "maker bought HPL board and edging for all 360 cabinets while only 12 samples are released, material authority sample-only",
     [("RE_PO_4500018822_bedside_cabinets.eml", eml_bytes(mail(
         "Tomasz Wiśniewski <t.wisniewski@meblomed.pl>", "Karin Lundqvist <karin.lundqvist@skanevard.se>",
         "RE: PO 4500018822 – bedside cabinets BSC-450, ward trial", "Fri, 14 Jun 2024 15:22:07 +0200",
         _p01_text, html=html_of(_p01_text), in_reply_to="<h163-sv-0611@skanevard.se>")))])

# p02: Teams export, Canadian lab builder and Chinese fume-hood maker; glass cut for all hoods.
_p02 = """Microsoft Teams – chat export
Chat: FVRC Level 2 fume hoods | Cascadia Lab Systems / Suzhou Cleanair
Participants: Jennifer Cho (Cascadia Lab Systems), Dave MacLeod (Cascadia Lab Systems), Kevin Zhou (Suzhou Cleanair Lab Equipment)
Exported: 2024-06-12 16:40 (UTC-07:00)

[2024-06-03 08:02] Jennifer Cho
Morning Kevin. PO CLS-PO-24-1187 went out Friday. Just so nothing gets lost in translation: it covers the 4 FAT hoods only (FH-1800, 1.8 m bench-mounted, VAV). The other 60 on your quote QT-SC-240415 are NOT released – please don't start them.

[2024-06-03 08:04] Jennifer Cho
They get unlocked once the FAT at your Suzhou plant is signed off by Dave and I send you a written production release. Material authority is for the 4 FAT units only.

[2024-06-03 17:31] Kevin Zhou
Hi Jennifer, well received. 4 FAT units in production plan, FAT target date 8 July.

[2024-06-03 17:33] Kevin Zhou
Can you confirm sash glass is laminated safety glass, not toughened?

[2024-06-04 07:55] Dave MacLeod
6.38 mm laminated, per spec section 11 53 13, para 2.4. We test to ASHRAE 110-2016 at FAT, not EN 14175-3, so please have the tracer gas kit ready.

[2024-06-04 07:58] Dave MacLeod
Also the airflow monitor has to be the 0-10 V version so it talks to the Phoenix valves.

[2024-06-04 18:12] Kevin Zhou
OK noted, 0-10 V monitor. 

[2024-06-11 18:20] Kevin Zhou
Update: FAT units carcass welding finished, epoxy liner delivered. Also we already cut the sash glass and baffle panels for the full 64 hoods, because glass factory has holiday in July. So no risk for your schedule 👍

[2024-06-11 18:21] Kevin Zhou
[Image] IMG_20240611_1802.jpg

[2024-06-12 08:15] Jennifer Cho
Thanks Kevin. Can you send photos of the FAT units before powder coat? Dave wants to see the service fixture cut-outs.

[2024-06-12 08:40] Kevin Zhou
Sure, tomorrow morning.
"""
case("p02_ca_cn_teams_sash_glass", ["RG006"],
     "buyer released 4 FAT hoods with FAT-only material authority; maker says glass and baffles already cut for all 64",
     [("Teams_chat_FVRC_fume_hoods.txt", _p02)])

# p03: folder with the buyer's ERP PO and the maker's MRP printout (material for full project).
_p03_po = """CALDER LAB INTERIORS LTD                                   PURCHASE ORDER
Unit 4, Aire Valley Business Park, Leeds LS10 1PX                 PAGE 1 OF 1
VAT GB 318 4471 26
-------------------------------------------------------------------------------
PO NUMBER   : CLI-PO-24-0562               ORDER DATE : 14/05/2024
SUPPLIER    : BALTIC CASEWORK UAB          SUPPLIER NO: V10443
              PRAMONES PR. 16, LT-51329 KAUNAS, LITHUANIA
PROJECT     : HSP LAB B - MOCK-UP BAY (HARROGATE SCIENCE PARK)
BUYER       : PRIYA SHAH                   TEL        : 0113 496 0762
CURRENCY    : GBP                          INCOTERMS  : DAP LEEDS
PAY TERMS   : 60 DAYS EOM
-------------------------------------------------------------------------------
LN ITEM          DESCRIPTION                     QTY UOM    UNIT PR      VALUE
 1 BU-600-4D     BASE UNIT 600 4-DRAWER            1  EA     412.00     412.00
                 SAMPLE - MOCK-UP BAY
 2 WU-900-GD     WALL UNIT 900 GLAZED DOORS        1  EA     298.50     298.50
                 SAMPLE - MOCK-UP BAY
-------------------------------------------------------------------------------
                                               ORDER TOTAL GBP        710.50
NOTES:
 THIS PO RELEASES 2 SAMPLE UNITS ONLY (1 X BU-600-4D, 1 X WU-900-GD).
 THE REMAINING 119 BU-600-4D AND 63 WU-900-GD ON QUOTE BC-Q-2024-118 ARE
 NOT RELEASED.
 BALANCE UNLOCKED ONLY BY A WRITTEN PRODUCTION RELEASE FROM PRIYA SHAH
 AFTER MOCK-UP SIGN-OFF BY THE CLIENT (HSP ESTATES, A. OKONKWO).
 MATERIAL AUTHORITY: SAMPLE QTY ONLY.
 WORKTOPS NOT IN SCOPE (EPOXY BY OTHERS). CARCASE COLOUR RAL 9016.
 DELIVERY TO SITE: MON-FRI 08:00-15:00, BOOK 48H AHEAD WITH SITE TEAM.
-------------------------------------------------------------------------------
"""
_p03_mrp = """BALTIC CASEWORK UAB   -   MRP / PURCHASE REQUISITIONS          2024-05-28 07:41
Report MRP-07   User: AJANKAUSKAS
Project: CALDER HSP LAB B    Cust. PO: CLI-PO-24-0562    Sales order: SO-24-0917
SO production qty: 1 BU-600-4D + 1 WU-900-GD (samples, mock-up)
-------------------------------------------------------------------------------
Req no   Material                              Qty     UoM  Basis        Status
PR-3381  MFC board 18 mm W980 white           412.0    m2   project tot  ORDERED
PR-3382  HPL 0.8 mm F274 light grey            96.0    m2   project tot  ORDERED
PR-3383  Drawer runner Blum 550 mm full ext    480     pcs  project tot  ORDERED
PR-3384  Glass 4 mm toughened 860x420          128     pcs  project tot  RFQ
PR-3385  Handle D-128 st. steel               1016     pcs  project tot  ORDERED
PR-3386  Edge band ABS 2 mm W980              1800     m    samples      IN STOCK
-------------------------------------------------------------------------------
Planning note (A. Jankauskas):
Material planned on project total 120 BU + 64 WU (quote BC-Q-2024-118).
Board, runners and handles ordered for all units - supplier discount above
400 m2 and runner price list changes 1.7. Samples 1+1 in week 23.
Glass RFQ sent to Stiklas LT, 3 quotes requested.
"""
case("p03_uk_lt_mrp_full_material", ["RG006"],
     "PO releases 2 samples with sample-only material authority; maker's MRP shows board, runners and handles ordered for the full 120+64",
     [("CLI-PO-24-0562.txt", _p03_po), ("BC_MRP_SO-24-0917.txt", _p03_mrp)])

# p04: WhatsApp, Singapore distributor and Malaysian maker. No sample quantity in the chat,
# hold "until further notice" (no event, no person), stainless booked for 150.
_p04 = """[15/04/2024, 10:02:11] Rajesh Nair: Morning Faizal. PO MMS/PO/2404/031 sent to ur email just now for the DT-3 dressing trolleys
[15/04/2024, 10:02:40] Rajesh Nair: Pls do the samples first for the hospital evaluation. Rest is on hold until further notice ok
[15/04/2024, 10:05:13] Ahmad Faizal: Noted boss 👍
[15/04/2024, 10:05:52] Ahmad Faizal: Samples we can finish in 3 weeks. Castor brand Tente or Colson?
[15/04/2024, 10:07:30] Rajesh Nair: Tente 100mm, 2 with brake. Top shelf with 3 side rail pls, same like the drawing rev B
[15/04/2024, 10:08:02] Ahmad Faizal: Ok can
[22/04/2024, 09:15:44] Ahmad Faizal: Boss the hospital want satin finish or mirror finish for the top?
[22/04/2024, 09:31:10] Rajesh Nair: Satin. No.4 finish
[02/05/2024, 16:44:09] Ahmad Faizal: Boss update, stainless 304 sheet for all 150 trolley we already book with the mill and take delivery last week, because price going up next month. Is in our store at Prai
[02/05/2024, 16:45:02] Ahmad Faizal: <Media omitted>
[02/05/2024, 17:10:38] Rajesh Nair: Ok. Pls send sample photos when ready, the nurse manager asking
[06/05/2024, 11:20:51] Ahmad Faizal: Samples ready Thursday, can send by lorry to Woodlands Friday
[06/05/2024, 11:22:19] Rajesh Nair: Friday ok. Deliver to our warehouse 31 Woodlands Close #04-12, before 4pm
"""
case("p04_sg_my_whatsapp_stainless", ["RG004", "RG005", "RG006", "RG010"],
     "buyer chat authorizes 'the samples' without a number, holds the rest 'until further notice' with no event or person; maker booked stainless for all 150",
     [("WhatsApp_Chat_Penang_Steelcraft_DT3.txt", _p04)])

# p05: Turkish maker's weekly status report (DOCX) to a UAE hospital group: laminate and
# aluminium bought for the whole project while only the mock-up room is released.
_p05 = docx_bytes([
    ("h1", "Project Status Report – Week 23/2024"),
    ("p", "Project: Al Noor Tower B – Patient Room Furniture"),
    ("p", "Customer PO: ANH-PO-2024-0775   |   Our reference: EGE-SP-24-118"),
    ("p", "Prepared by: Elif Demir, Project Coordinator, Ege Medikal Mobilya A.Ş., Izmir"),
    ("p", "Distribution: Eng. Omar Haddad (Al Noor Projects), Fatima Al Hashemi (Al Noor Procurement), Burak Kaya (Ege Medikal)"),
    ("h", "1. Summary"),
    ("p", "Mock-up room furniture (16 pieces: 8 bedside cabinets BC-70 and 8 overbed tables OT-12) is in final "
          "assembly. Shipment by air from Izmir (ADB) is planned 14 June for installation in the mock-up room on "
          "Level 3, Tower B."),
    ("h", "2. Order status"),
    ("table", [
        ["Item", "Released by customer", "Balance on hold", "Status"],
        ["BC-70 bedside cabinet", "8 (mock-up room)", "232 – waiting mock-up sign-off by Eng. Omar Haddad and your written release", "assembly 80 %"],
        ["OT-12 overbed table", "8 (mock-up room)", "232 – waiting mock-up sign-off by Eng. Omar Haddad and your written release", "powder coating"],
    ]),
    ("h", "3. Material status"),
    ("table", [
        ["Material", "Quantity purchased", "Covers", "Remark"],
        ["Compact laminate 12 mm, Abet, colour 'Sabbia'", "310 m²", "full project (240 + 240)", "delivered to our Torbalı warehouse 3 June"],
        ["Aluminium profile 40x20, anodised", "2 880 m", "full project", "delivered"],
        ["Gas springs, Stabilus", "16 pcs", "mock-up only", "delivered"],
        ["Soft-close hinges, Hettich", "16 pcs", "mock-up only", "delivered"],
    ]),
    ("p", "Note: to secure the mill price we have bought the compact laminate and the aluminium for all 480 pieces "
          "already. It is stored in our warehouse and will be used after your mock-up sign-off."),
    ("h", "4. Next steps"),
    ("li", "Air shipment 14 June, AWB to follow."),
    ("li", "Installation in mock-up room 18–20 June by our two technicians (visas received)."),
    ("li", "Sign-off meeting with the user group; after that we wait for your written release for the balance."),
    ("h", "5. Open points"),
    ("li", "Overbed table frame colour RAL 9016 or RAL 9010 – please confirm."),
    ("li", "Wall bumper height 900 mm is OK for us."),
    ("li", "Fire test certificate for compact laminate (EN 13501-1, B-s1,d0) attached to the last report."),
    ("p", "Saygılarımızla / Best regards, Elif Demir"),
], author="Elif Demir")
case("p05_tr_status_report_laminate", ["RG006"],
     "maker's status report: laminate and aluminium bought for all 480 pieces while only 16 mock-up pieces are released",
     [("EGE_Status_Report_W23_AlNoor_TowerB.docx", _p05)])

# p06: Chinese maker's customer portal page; raw material bought for 120 carts, 8 released.
_p06_body = f"""<h2>Hengrui Customer Portal &ndash; Order Tracking</h2>
<p>Customer: Laurentian Medical Distribution Inc., Montréal &nbsp;|&nbsp; Logged in: m.tremblay@laurentianmed.ca</p>
{table_html([
    ["Sales order", "Customer PO", "Product", "Drawing"],
    ["HR-SO-240388", "LMD-45-2231", "MC-5 medication cart, 5 drawers, ABS + aluminium", "HR-MC5-002 Rev 3"],
])}
<h3>Quantities</h3>
{table_html([
    ["Customer quantity (quote)", "Released for production", "On hold (pending pilot sign-off by M.-A. Tremblay)", "Produced", "Shipped"],
    ["120", "8", "112", "6", "0"],
])}
<h3>Material &amp; kitting</h3>
{table_html([
    ["Component / material", "Quantity", "Status"],
    ["ABS granulate Chimei PA-757 (drawer bodies)", "for 120 sets (1.9 t)", "purchased, in raw material store"],
    ["Aluminium extrusion 6063-T5 (frame)", "for 120 sets", "purchased, received 2024-05-30"],
    ["Castor set 125 mm", "8 sets", "kitted"],
    ["Keypad lock KL-20", "8 pcs", "kitted (2 short, ETA 06-10)"],
])}
<h3>Production comments</h3>
<div class="note">2024-06-05 Lily Chen: Pilot 8 units &ndash; 6 finished, 2 waiting keypad lock. ABS granulate and aluminium for all 120 carts already bought to keep the mould slot in July and the price, stored in warehouse B.</div>
<div class="note">2024-05-21 Lily Chen: Pilot drawer colour Pantone 7541 C confirmed by customer e-mail.</div>
<p style="color:#888">Hengrui Medical Furniture Co., Ltd. &middot; No. 88 Xingye Road, Beilun, Ningbo &middot; Portal v3.2</p>
"""
case("p06_cn_portal_material_kitted", ["RG006"],
     "maker's portal: 8 released, 112 on hold, yet ABS and aluminium bought for all 120 sets",
     [("Hengrui_portal_HR-SO-240388.html", html_page("Hengrui Customer Portal – HR-SO-240388", _p06_body))])

# p07: folder: Canadian call-off (PDF) for wave 1 + Lithuanian maker's acknowledgement (EML)
# saying material for waves 2 and 3 has been pulled in.
_p07_pdf = pdf([
    ("h1", "CALL-OFF No. 1"),
    ("p", "Lakeshore Health Partners – Supply Chain Services, 2100 Lake Shore Blvd W, Toronto ON M8V 1A1"),
    ("p", "Against blanket PO LHP-BPO-2024-019 (procedure trolleys)   |   Date: 2024-06-17"),
    ("p", "Supplier: Vilmeda UAB, Savanorių pr. 178, LT-03154 Vilnius, Lithuania"),
    ("p", "Item: PT-2 procedure trolley, 3 drawers, fascia RAL 5012, drawing VM-PT2-010 rev C"),
    ("table", [
        ["Wave", "Site / floors", "Units", "Status"],
        ["1", "Etobicoke General, 4th floor", "42", "RELEASED for production by this call-off"],
        ["2", "Etobicoke General, 5th and 6th floors", "38", "NOT RELEASED – on hold"],
        ["3", "Mississauga Ambulatory Centre", "40", "NOT RELEASED – on hold"],
    ]),
    ("sp",),
    ("p", "This call-off releases 42 units (wave 1) and nothing else. Waves 2 and 3 are unlocked only by a "
          "further written call-off signed by Nicole Fournier, after installation sign-off of wave 1 by "
          "Lakeshore Biomedical Engineering."),
    ("p", "Material authority: wave 1 quantity only (42 units)."),
    ("p", "Delivery: DAP Etobicoke General Hospital, receiving dock B, by 2024-09-06. ASN 48 h before arrival."),
    ("sp",),
    ("p", "Nicole Fournier, Manager, Capital Equipment Procurement, Lakeshore Health Partners, 416-555-0148"),
], title="Call-off No. 1 LHP-BPO-2024-019", author="Nicole Fournier")
_p07_text = f"""Dear Nicole,

thank you for call-off No. 1. We confirm 42 trolleys PT-2 for wave 1, ex works week 31,
arrival Toronto approx. week 36 (sea freight Klaipėda – Montreal, then truck).

For planning: our steel tube supplier has very long lead time after summer, so we have already
pulled in the steel tube, drawer slides and castors for waves 2 and 3 as well (78 sets). They are
in our stock in Vilnius and will be ready when you send the next call-off. This keeps your
installation programme safe.

Please note the summer holiday of our factory 29 July – 9 August; the office is open.

Best regards / Pagarbiai
{sig("Rūta Petrauskienė", "Sales Manager, North America", "Vilmeda UAB, Vilnius", "+370 5 239 4410")}"""
case("p07_ca_lt_calloff_ack_pulled_in", ["RG006"],
     "call-off releases wave 1 (42) with wave-1 material authority; maker's acknowledgement says material for waves 2 and 3 (78 sets) already pulled in",
     [("LHP_CallOff_1_BPO-2024-019.pdf", _p07_pdf),
      ("Vilmeda_confirmation_call-off_1.eml", eml_bytes(mail(
          "Rūta Petrauskienė <ruta.petrauskiene@vilmeda.lt>", "Nicole Fournier <nfournier@lakeshorehp.ca>",
          "Confirmation call-off No. 1 / PT-2 trolleys wave 1", "Wed, 19 Jun 2024 10:03:51 +0300", _p07_text)))])

# c01: Malaysian maker's quotation (email + PDF) with sample and production tiers; no authorization.
_c01_pdf = pdf([
    ("h1", "QUOTATION KVL-Q-24-0457"),
    ("p", "Klang Valley Labworks Sdn Bhd (Co. No. 201501023344), Lot 12, Jalan Sungai Kapar Indah, 42200 Kapar, Selangor, Malaysia"),
    ("p", "To: Kallang Lab Fitout Pte Ltd, Attn: Mr Lim Boon Huat   |   Date: 3 July 2024   |   Validity: 60 days"),
    ("p", "Project: Biopolis East – Level 6 teaching labs"),
    ("table", [
        ["Item", "Description", "Tier", "Qty", "Unit price (SGD)", "Lead time"],
        ["SSU-1200", "Stainless steel sink unit 1200 mm, 304 grade, with drainer", "Sample", "2", "1,480.00", "4 weeks from PO"],
        ["SSU-1200", "Stainless steel sink unit 1200 mm, 304 grade, with drainer", "Production", "86", "1,165.00", "8 weeks from written production release"],
        ["EWS-02", "Eye wash station bracket (ANSI Z358.1 compliant unit by others)", "Production", "24", "96.00", "with sink units"],
    ]),
    ("p", "Production quantity is taken from your BOQ rev 4 and is indicative; final quantity per your production release."),
    ("p", "Prices ex-works Kapar, packing for sea freight included. Transport to Singapore quoted separately (approx. SGD 2,900 per 40' HC)."),
    ("p", "Material: SUS 304, 1.2 mm top, 1.0 mm carcass. Finish: No. 4 satin. Welds passivated."),
    ("sp",),
    ("p", "Siti Rahmah, Sales Executive, +60 3 3291 4470"),
], title="Quotation KVL-Q-24-0457", author="Siti Rahmah")
_c01_text = f"""Dear Mr Lim,

Good day. Please find attached our quotation KVL-Q-24-0457 for the stainless steel sink units
for Biopolis East Level 6.

As requested we quoted two tiers: sample 2 units, and production 86 units taken from your BOQ
rev 4 (indicative only). Lead time for the samples is 4 weeks from your PO; for the production
units 8 weeks from your written production release.

Kindly let us know if you need the eye wash brackets in a different height. We are happy to
arrange a visit to our Kapar factory for your QS team.

Thank you and best regards,
{sig("Siti Rahmah", "Sales Executive", "Klang Valley Labworks Sdn Bhd", "+60 3 3291 4470")}"""
case("c01_my_quote_with_tiers", [],
     "supplier quotation with sample and production tiers and no authorized quantity; nothing authorizes anything",
     [("Quotation_KVL-Q-24-0457.eml", eml_bytes(mail(
         "Siti Rahmah <siti.rahmah@kvlabworks.com.my>", "Lim Boon Huat <boonhuat.lim@kallanglab.com.sg>",
         "Quotation KVL-Q-24-0457 – SS sink units, Biopolis East L6", "Wed, 03 Jul 2024 11:18:40 +0800",
         _c01_text, html=html_of(_c01_text),
         attachments=[("KVL-Q-24-0457.pdf", _c01_pdf, PDF_MT)])))])

# c02: Teams export, UK trust and Polish maker: the maker asks about a go-ahead; buyer restates hold.
_c02 = """Microsoft Teams – chat export
Chat: Northbridge / Meblomed – ward furniture
Exported by: Gareth Price, 2024-07-03 10:02 (UTC+01:00)

[01/07/2024 16:10] Paweł Zieliński (Meblomed)
Hi Gareth, the ward trial on Ward 22 finished on Friday, nurses very happy with the soft-close drawers 😊 Do we have the go-ahead for the remaining 480 cabinets? We would like to book the line for August.

[01/07/2024 16:42] Gareth Price (Northbridge Hospitals NHS FT)
Hi Paweł, glad to hear it. Not yet though. The ward trial report still needs Sister Claire Dunn's sign-off (she's back 12 July).

[01/07/2024 16:44] Gareth Price (Northbridge Hospitals NHS FT)
Until I send you the written production release, the 480 stay on hold. Only the 20 trial cabinets on PO NBH-4410273 are covered today, and those are delivered.

[01/07/2024 16:45] Gareth Price (Northbridge Hospitals NHS FT)
If you want to pencil the line in, that's your call, but please don't cut anything or buy board for the 480 before the release.

[01/07/2024 17:02] Paweł Zieliński (Meblomed)
Understood. We will wait for your written release. Can you tell me the delivery address for the later floors, still Block C loading bay?

[02/07/2024 08:15] Gareth Price (Northbridge Hospitals NHS FT)
Yes, Block C loading bay, booking via estates helpdesk 0161 496 0733.
"""
case("c02_uk_pl_teams_goahead_question", [],
     "supplier's question about a go-ahead is not an approval; buyer restates 20 active, 480 on hold, sign-off by Sister Dunn, written release by Gareth Price",
     [("Teams_Northbridge_Meblomed_ward_furniture.txt", _c02)])

# c03: Canadian hospital group's labelled, non-binding forecast (PDF).
_c03 = pdf([
    ("h1", "18-Month Demand Forecast – Bedside Cabinets"),
    ("p", "FORECAST – NOT A PURCHASE ORDER"),
    ("p", "Lakeshore Health Partners, Supply Chain Services   |   Issued 2024-07-02   |   Forecast ref. LHP-FC-BSC-2024-Q3"),
    ("p", "To: Meblomed Sp. z o.o., Swarzędz, Poland (attn. Paweł Zieliński)"),
    ("table", [
        ["Quarter", "Site", "Forecast units (BSC-450)", "Basis"],
        ["Q4 2024", "Etobicoke General, 5th floor", "64", "forecast"],
        ["Q1 2025", "Etobicoke General, 6th floor", "64", "forecast"],
        ["Q2 2025", "Mississauga Ambulatory Centre", "48", "forecast"],
        ["Q3 2025", "Queensway Rehab, wings A-B", "90", "forecast"],
        ["Q4 2025", "to be confirmed", "40", "forecast"],
    ]),
    ("p", "This forecast is for capacity planning only. It is non-binding. It does not authorize production, "
          "material purchases or any other commitment on the part of Lakeshore Health Partners."),
    ("p", "Quantities become orders only through individual call-offs against blanket PO LHP-BPO-2024-031, each "
          "signed by Nicole Fournier, Manager, Capital Equipment Procurement."),
    ("p", "Questions: procurement.capital@lakeshorehp.ca"),
], title="LHP-FC-BSC-2024-Q3", author="Lakeshore Health Partners")
case("c03_ca_labelled_forecast", [],
     "clearly labelled non-binding forecast; explicitly authorizes nothing",
     [("LHP-FC-BSC-2024-Q3_forecast.pdf", _c03)])

# c04: Swedish lab builder: sample signed off for fit only; production not released.
_c04_text = f"""Hi Agnieszka,

We had the fit check in the mock-up lab at Mölndal yesterday. Result: the sample ventilated
base cabinet VBC-900 (1 pc, your serial S-0041) is approved for fit and finish only. The duct
spigot must move 20 mm to the left – please update drawing LM-VBC-900 to rev F.

Production is not released. The 47 cabinets on your quotation LM/OF/2024/233 remain on hold.
They will be released by me in writing once the revised sample (1 pc, rev F) has passed its
sign-off in Mölndal with our site manager Malin Håkansson.

So for now: please make one (1) revised sample to rev F, nothing more. Material for that sample
only. The old sample can stay in the mock-up lab, we use it for the service-outlet trials.

Tack och hälsningar,
{sig("Johan Ek", "Inköpare / Buyer", "Nordlab Bygg AB, Göteborg", "+46 31 704 22 90")}"""
case("c04_se_pl_fit_check_only", [],
     "approval scoped to fit and finish of one sample; production not released; 1 revised sample active; 47 on hold; sign-off by Malin Håkansson, release by Johan Ek",
     [("Fit_check_VBC-900_Molndal.eml", eml_bytes(mail(
         "Johan Ek <johan.ek@nordlabbygg.se>", "Agnieszka Nowak <a.nowak@labmeb.pl>",
         "Fit check VBC-900 sample – result", "Thu, 20 Jun 2024 08:55:12 +0200",
         _c04_text, html=html_of(_c04_text), cc="Malin Håkansson <malin.hakansson@nordlabbygg.se>")))])

# c05: UK distributor's full-quantity PO (PDF) – no balance, 'proceed' is scoped to the 36.
_c05 = pdf([
    ("h1", "PURCHASE ORDER MCS-PO-11873"),
    ("p", "Medway Clinical Supplies Ltd, 7 Chatham Maritime Trade Park, Kent ME4 4TZ, United Kingdom"),
    ("p", "Supplier: Penang Steelcraft Sdn Bhd, Plot 221, Jalan Perindustrian Bukit Minyak 7, 14100 Penang, Malaysia"),
    ("p", "Date: 08/07/2024   |   Your quotation: PS-Q-1187 dated 21/06/2024   |   Incoterms: FOB Penang"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit (GBP)", "Total (GBP)"],
        ["1", "AT-600", "Anaesthetic trolley, 5 drawers, ISO 13485 certified maker, drawing PS-AT600 rev 7", "36", "618.00", "22,248.00"],
    ]),
    ("sp",),
    ("p", "This order is for the full quantity of 36 anaesthetic trolleys. There is no further or later quantity "
          "under this order. Please proceed with the 36 trolleys per quotation PS-Q-1187."),
    ("table", [
        ["Consignment", "Units", "Ship by"],
        ["A – for Maidstone theatres", "18", "30/08/2024"],
        ["B – for Dartford day-surgery unit", "18", "27/09/2024"],
    ]),
    ("p", "Both consignments are part of the 36 above; splitting the shipment does not change the quantity."),
    ("p", "Packing: export pallets, ISPM 15 heat-treated. Documents: commercial invoice, packing list, certificate of origin."),
    ("p", "Buyer: Daniel Hughes, Purchasing Manager, 01634 555 217, d.hughes@medwayclinical.co.uk"),
], title="MCS-PO-11873", author="Daniel Hughes")
case("c05_uk_full_quantity_po", [],
     "full-quantity PO for 36 trolleys, no balance; 'proceed' names the 36; split shipment is not a partial release",
     [("MCS-PO-11873.pdf", _c05)])

# c06: Swedish hospital group's ERP call-off with an explicit staged material authority.
_c06 = """SKÅNEVÅRD FASTIGHETER AB                              AVROP / CALL-OFF
Org.nr 556612-3407                                         Sida 1(1)
--------------------------------------------------------------------------
AVROP NR    : SVF-AV-2024-0042-02         DATUM     : 2024-08-19
RAMAVTAL    : SVF-RA-2023-0042 (sterilförråd / sterile storage)
LEVERANTÖR  : VILMEDA UAB, VILNIUS        LEV.NR    : 20417
BESTÄLLARE  : ANNIKA BERG, UPPHANDLARE    TEL       : 040-33 12 70
PROJEKT     : HYLLIEKLINIKEN HUS C, PLAN 3-5
LEV.VILLKOR : DAP MALMÖ (INCOTERMS 2020)  BET.VILLK : 30 DGR NETTO
--------------------------------------------------------------------------
RAD ARTIKEL      BENÄMNING                         ANTAL ENH  LEV.VECKA
  1 TSC-2000     STERILFÖRRÅD HÖGSKÅP 2000 MM         24  ST   2024-44
                 PLAN 3 / FLOOR 3
--------------------------------------------------------------------------
ANMÄRKNING / NOTE (EN):
 PRODUCTION RELEASED BY THIS CALL-OFF: 24 UNITS (FLOOR 3) ONLY.
 FLOORS 4 AND 5 (48 UNITS) ARE NOT RELEASED. THEY NEED A FURTHER CALL-OFF
 SIGNED BY ANNIKA BERG AFTER INSTALLATION SIGN-OFF OF FLOOR 3 BY THE SITE
 MANAGER PETER SUNDIN (NCC).
 MATERIAL AUTHORITY: STAGED. SUPPLIER MAY BUY SHEET STEEL, HINGES AND
 SHELF CLIPS FOR UP TO 72 UNITS (FLOORS 3-5) AT SKÅNEVÅRD'S LIABILITY.
 CUTTING, PAINTING AND ASSEMBLY LIMITED TO THE 24 RELEASED UNITS.
 COLOUR NCS S 0502-Y, DOORS WITH VIEWING WINDOW PER DWG VM-TSC-2000 REV 12.
--------------------------------------------------------------------------
LEVERANSADRESS: HYLLIEKLINIKEN, GODSMOTTAGNING HUS C, HYLLIE BOULEVARD 40,
215 32 MALMÖ. AVISERING 24 H I FÖRVÄG TILL 040-33 10 00.
"""
case("c06_se_calloff_staged_material", [],
     "call-off releases 24 units; explicit staged material authority up to 72 units; hold, event and signer all named",
     [("SVF-AV-2024-0042-02_avrop.txt", _c06)])

# c07: Singapore hospital cluster records an explicit auto-conversion (quantity, signer, conditions).
_c07_text = f"""Dear Mr Faizal,

Further to our meeting on 3 June, PO SHC-PO-24-00918 has been re-issued today as revision 2. It
records the following, which I am also writing here so there is no doubt:

1. Active now: 6 (six) procedure trolleys PT-90 for the ward trial at Ward 54, Tengah General.
2. The balance of 144 trolleys is on hold.
3. Recorded auto-conversion: if the ward-trial sign-off form WT-07 is signed by Dr Lim Hui Min
   (Deputy Director, Nursing) on or before 31 July 2024 with no open Category A findings, then the
   144 trolleys are released for production by that signed form alone. No further release notice
   will be sent in that case. We will forward you the signed form the same day.
4. If the form is signed later, carries an open Category A finding, or is signed by anyone other
   than Dr Lim, nothing beyond the 6 trolleys is released and you must wait for a written release
   from me.
5. Material authority: 6 trolleys only until the signed WT-07 reaches you.

Please acknowledge revision 2 by return e-mail.

Thank you.
{sig("Tan Wei Ling", "Senior Manager, Procurement", "Straits Healthcare Cluster, Singapore", "+65 6555 0142")}"""
case("c07_sg_my_recorded_auto_conversion", [],
     "explicit recorded auto-conversion naming quantity (144), signer (Dr Lim) and conditions; hold and active quantity stated",
     [("PO_SHC-PO-24-00918_rev2_ward_trial.eml", eml_bytes(mail(
         "Tan Wei Ling <weiling.tan@straitshc.sg>", "Ahmad Faizal <faizal@penangsteelcraft.com.my>",
         "PO SHC-PO-24-00918 rev 2 – PT-90 ward trial and auto-conversion", "Mon, 10 Jun 2024 14:06:33 +0800",
         _c07_text, html=html_of(_c07_text))))])

# c08: Canadian distributor forwards an old quote (rfc822) with a 5,000 figure, declared informational.
_c08_old = mail("Lily Chen <lily.chen@hengrui-med.cn>", "Marc-André Tremblay <m.tremblay@laurentianmed.ca>",
                "Quotation HR-Q-23-1120 DI-40 drawer insert", "Tue, 21 Nov 2023 16:40:00 +0800",
                """Dear Marc-André,

Please see our quotation HR-Q-23-1120:

DI-40 drawer insert, ABS, 6 compartments, colour grey 7541 C
- Samples: 50 pcs, USD 6.00/pc, 15 days
- Annual quantity: 5,000 pcs, USD 2.85/pc, 30 days per batch after order
- Mould: USD 4,200 (one time), 2-cavity

FOB Ningbo. Validity 90 days.

Best regards
Lily Chen
Hengrui Medical Furniture Co., Ltd.
""")
_c08_text = f"""Hi Lily,

Forwarding below your 2023 quotation for reference only – the 5,000 pcs figure in it is
informational. It is not ordered and not released.

Today's PO LMD-45-2290 covers fifty (50) sample inserts DI-40 only, for the fit trial in our
customers' MC-5 carts. Nothing beyond the 50 is released. Any production quantity needs
(1) the fit-trial sign-off by our QA lead Sophie Gagnon and then (2) a written production
release from me. Material authority: the 50 samples only.

Please confirm the mould is still in good condition after 8 months.

Merci / Thanks,
{sig("Marc-André Tremblay", "Directeur, Approvisionnement / Purchasing Director", "Laurentian Medical Distribution Inc., Montréal", "514-555-0199")}"""
case("c08_ca_cn_forwarded_old_quote_info", [],
     "old quote with 5,000 pcs forwarded as rfc822 and declared informational, not released; 50 samples active; hold, event, signer named",
     [("FW_Quotation_HR-Q-23-1120_PO_LMD-45-2290.eml", eml_bytes(mail(
         "Marc-André Tremblay <m.tremblay@laurentianmed.ca>", "Lily Chen <lily.chen@hengrui-med.cn>",
         "FW: Quotation HR-Q-23-1120 DI-40 drawer insert / PO LMD-45-2290 samples", "Mon, 08 Jul 2024 09:31:02 -0400",
         _c08_text, attachments=[("rfc822", _c08_old)])))])

# ------------------------------------------------------------------ batch 2

# p08: Lithuanian maker plans to move straight from FAT sign-off into the balance.
_p08_buyer = """Dear Tomas,

Please find PO CLI-PO-24-0611 attached (sent via our portal as well).

Scope, so there is no misunderstanding:
* This PO covers two (2) sample base units SU-800 for the FAT in Kaunas. Nothing else.
* The remaining 118 SU-800 on your quote BC-Q-2024-131 are not released.
* They are released only by a written production release from me, which I will issue after the
  FAT has been signed off by Tom Reid (our project engineer) and the client's engineer.
* Material authority: the 2 FAT units only.

Kind regards,
Priya Shah
Senior Buyer, Calder Lab Interiors Ltd
0113 496 0762"""
_p08_text = f"""Hi Priya,

Thank you for the PO, well received and entered as SO-24-1002.

FAT for the 2 sample units is booked in Kaunas on Tuesday 23 July, 10:00. Tom and the client's
engineer are welcome, we will arrange hotel and pick-up from KUN airport.

To keep your installation date of 7 October we have planned it as follows: once your team signs
off the 2 samples at FAT, we move straight on to the remaining 118 units the following Monday,
so the complete lot can leave Kaunas in week 36. This way nobody has to wait for papers during
the holiday season.

Drawings for the plinth and the service void are attached in the portal (BC-D-4471 rev 2).

Su pagarba / Kind regards
{sig("Tomas Jankauskas", "Project Manager", "Baltic Casework UAB, Kaunas", "+370 37 40 61 18")}
-----Original Message-----
From: Priya Shah <priya.shah@calderlab.co.uk>
Sent: Monday, 1 July 2024 14:12
To: Tomas Jankauskas <tomas.j@balticcasework.lt>
Subject: PO CLI-PO-24-0611 - SU-800 FAT samples

{_p08_buyer}
"""
case("p08_lt_uk_fat_then_straight_on", ["RG007"],
     "buyer's quoted scope needs a written release after FAT; maker plans to move straight from FAT sign-off into the 118",
     [("RE_PO_CLI-PO-24-0611_SU-800_FAT_samples.eml", eml_bytes(mail(
         "Tomas Jankauskas <tomas.j@balticcasework.lt>", "Priya Shah <priya.shah@calderlab.co.uk>",
         "RE: PO CLI-PO-24-0611 - SU-800 FAT samples", "Wed, 03 Jul 2024 09:47:15 +0300", _p08_text,
         cc="Tom Reid <tom.reid@calderlab.co.uk>")))])

# p09: WhatsApp, UAE hospital procurement contradicts its own written-release requirement.
_p09 = """[03/06/2024, 11:04:37] Fatima Al Hashemi: Good morning Burak. PO ANH-PO-2024-0802 is issued for the Al Ain clinic extension mock-up: 20 pcs total (10 BC-70 bedside cabinets + 10 OT-12 overbed tables)
[03/06/2024, 11:05:12] Fatima Al Hashemi: Balance 220 pcs is on hold until the mock-up is signed off by Eng. Omar and I send you the written release. Material for the 20 pcs only please
[03/06/2024, 11:20:49] Burak Kaya: Good morning Ms Fatima, thank you. Noted 20 pcs for mock-up, balance 220 waiting your written release. Shipment by air 27 June inşallah
[03/06/2024, 11:21:30] Burak Kaya: Colour for the cabinets same as Tower B?
[03/06/2024, 11:33:02] Fatima Al Hashemi: Yes same, Sabbia laminate and RAL 9016 frames
[24/06/2024, 08:50:15] Burak Kaya: Goods loaded on TK6375, AWB 235-4418 2276. Our technicians arrive Al Ain 30 June
[01/07/2024, 19:42:10] Fatima Al Hashemi: Burak habibi the mock-up inspection is Thursday. If it passes just continue with the 220, no need to wait for paper from me. We are very late for the handover in October and I am travelling next week
[01/07/2024, 19:44:31] Burak Kaya: Understood Ms Fatima 🙏
[01/07/2024, 19:45:02] Fatima Al Hashemi: Omar will be there Thursday 10am
[04/07/2024, 14:12:55] Burak Kaya: Mock-up installation finished, photos attached
[04/07/2024, 14:13:10] Burak Kaya: <attached: 00000021-PHOTO-2024-07-04-14-13-10.jpg>
"""
case("p09_ae_tr_whatsapp_continue_220", ["RG007"],
     "buyer first requires a written release for the 220, then says a passed mock-up inspection lets the maker continue with the 220 without paper",
     [("WhatsApp_Chat_Ege_Medikal_AlAin.txt", _p09)])

# p10: folder: Swedish PO (complete scope) + DOCX specification whose production-sequence
# clause rolls the sample straight into series production.
_p10_po = pdf([
    ("h1", "INKÖPSORDER / PURCHASE ORDER NLB-24-0391"),
    ("p", "Nordlab Bygg AB, Lindholmspiren 9, 417 56 Göteborg   |   Org.nr 559014-2281"),
    ("p", "Leverantör / Supplier: LabMeb Systemy Sp. z o.o., ul. Półłanki 64, 30-740 Kraków, Poland"),
    ("p", "Projekt: Life Science House, Lindholmen – laboratory casework, plan 2–4   |   Datum: 2024-04-22"),
    ("table", [
        ["Rad", "Artikel", "Beskrivning", "Antal", "à-pris (EUR)", "Belopp (EUR)"],
        ["1", "LC-600-3D", "Base cabinet 600, 3 drawers, sample for mock-up lab", "2", "540,00", "1 080,00"],
    ]),
    ("sp",),
    ("p", "Scope of this order: two (2) sample cabinets LC-600-3D for the mock-up lab. The remaining 86 "
          "cabinets in your offer LM/OF/2024/118 are not released and must not be started."),
    ("p", "The 86 cabinets will be released only by a written production release from Johan Ek, after the "
          "mock-up sign-off by our site manager Malin Håkansson. Material authority: the 2 samples only."),
    ("p", "Technical requirements: see attached specification NLB-SPEC-12 35 53 rev B."),
    ("p", "Leveransvillkor: DAP Göteborg. Betalningsvillkor: 30 dagar netto."),
    ("p", "Johan Ek, Inköpare, +46 31 704 22 90"),
], title="NLB-24-0391", author="Johan Ek")
_p10_spec = docx_bytes([
    ("h1", "Technical specification – Laboratory casework"),
    ("p", "Document NLB-SPEC-12 35 53, rev B, 2024-04-15. Project: Life Science House, Lindholmen."),
    ("h", "1. Scope"),
    ("p", "Steel and melamine laboratory base cabinets, wall cabinets and tall units for plan 2–4, including "
          "plinths, levelling feet and service voids. Worktops (solid epoxy 25 mm) are delivered by others."),
    ("h", "2. Standards"),
    ("li", "EN 13150:2001 Workbenches for laboratories – dimensions, safety requirements and test methods"),
    ("li", "EN 14727:2005 Laboratory furniture – storage units – requirements and test methods"),
    ("li", "SS-EN ISO 9001:2015 certified manufacturer"),
    ("h", "3. Materials and finish"),
    ("table", [
        ["Part", "Material", "Finish"],
        ["Carcass", "18 mm MFC, E1, moisture resistant", "white W980"],
        ["Drawer fronts", "18 mm MFC with 2 mm ABS edge", "NCS S 1020-B"],
        ["Plinth", "powder-coated steel 1,5 mm", "RAL 7016"],
        ["Handles", "stainless steel D-handle 128 mm", "brushed"],
    ]),
    ("h", "4. Samples and production"),
    ("p", "4.1 The supplier delivers sample cabinets to the mock-up lab at Lindholmen for fit, finish and "
          "ergonomic review by the user group."),
    ("p", "4.2 Deviations found at the mock-up are corrected in the drawings before production."),
    ("p", "4.3 Production sequence: after the sample cabinet has been approved at the mock-up, the supplier "
          "proceeds directly with series production of the 86 cabinets without further instruction, so that "
          "delivery to plan 2 can start in week 40."),
    ("h", "5. Delivery and installation"),
    ("p", "Per floor, in the order plan 2, plan 3, plan 4. Packaging to be removed by the supplier."),
], author="Nordlab Bygg AB")
case("p10_se_pl_po_plus_spec_sequence", ["RG007"],
     "PO requires a written release by Johan Ek for the 86; attached specification says approval of the sample leads directly into series production of the 86",
     [("NLB-24-0391_purchase_order.pdf", _p10_po), ("NLB-SPEC-12_35_53_revB.docx", _p10_spec)])

# p11: Singapore hospital buyer turns "nurses happy" into the go for the 140.
_p11_text = f"""Hi Faizal,

Ward trial of the LT-3 linen trolleys starts Monday at Ward 32, Tengah General.

As per PO SHC-PO-24-01107, the order covers 4 (four) sample trolleys for the trial. The other
140 trolleys are on hold until the trial is signed off by Sister Rosnah Ali and I send you the
written production release.

To save everybody time though: if the nurses are happy after the two weeks, just take that as
your go for the 140 – I won't be sending another document. Start them and plan to ship by end
September.

The trolleys for the trial should come with the laundry bag frames fitted, please.

Thanks and regards,
{sig("Nur Aisyah binte Rahman", "Procurement Executive", "Straits Healthcare Cluster, Singapore", "+65 6555 0187")}"""
case("p11_sg_my_nurses_happy_go", ["RG007"],
     "buyer's PO needs sign-off and a written release for the 140, but the buyer says a good trial is itself the go for the 140 without a further document",
     [("Ward_trial_LT-3_linen_trolleys.eml", eml_bytes(mail(
         "Nur Aisyah binte Rahman <nuraisyah.r@straitshc.sg>", "Ahmad Faizal <faizal@penangsteelcraft.com.my>",
         "Ward trial LT-3 linen trolleys – Ward 32", "Thu, 27 Jun 2024 17:25:09 +0800", _p11_text,
         html=html_of(_p11_text))))])

# p12: Chinese fume-hood maker's quotation: sample approval means automatic production.
_p12 = pdf([
    ("h1", "QUOTATION SC-QT-240522"),
    ("p", "Suzhou Cleanair Lab Equipment Co., Ltd., No. 18 Hongxi Road, Suzhou New District, Jiangsu, China"),
    ("p", "To: Gulf Lab Build LLC, Dubai Investments Park 2, Dubai, UAE – Attn. Mr Sanjay Menon"),
    ("p", "Date: 2024-05-22   |   Project: Al Qusais research laboratories"),
    ("table", [
        ["No.", "Model", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "FH-1500-VAV", "Bench fume hood 1500 mm, VAV, epoxy liner, EN 14175", "2 (FAT sample)", "4,350", "8,700"],
        ["2", "FH-1500-VAV", "Same, batch production", "46", "3,620", "166,520"],
        ["3", "AFM-02", "Airflow monitor, 0-10 V output", "48", "210", "10,080"],
    ]),
    ("h", "Terms and conditions"),
    ("p", "1. Price basis: FOB Shanghai. 2. Payment: 30% T/T with order, 70% T/T before shipment."),
    ("p", "3. Lead time: FAT samples 30 days after order."),
    ("p", "4. Sample approval = production start. After customer approval of the FAT sample, the balance "
          "quantity will be produced automatically within 35 days. No separate production order is necessary."),
    ("p", "5. Warranty 24 months from shipment. 6. Validity of quotation: 45 days."),
    ("p", "Contact: Kevin Zhou, Export Sales Manager, +86 512 6655 1820, kevin.zhou@sz-cleanair.com"),
], title="SC-QT-240522", author="Kevin Zhou")
case("p12_cn_quote_sample_equals_start", ["RG007"],
     "maker's quote terms: approval of the FAT sample automatically starts the balance, with no explicit recorded auto-conversion",
     [("SC-QT-240522_Quotation_Gulf_Lab_Build.pdf", _p12)])

# p13: Teams, Canadian hospital group and Polish maker: maker assumes pilot sign-off kicks off the 300.
_p13 = """Microsoft Teams – chat export
Chat: 4 West pilot – bedside cabinets (Lakeshore Health Partners / Meblomed)
Exported: 2024-06-20 09:15 (UTC-04:00)

[2024-06-05 10:02] Nicole Fournier (Lakeshore Health Partners)
Hi Paweł – PO LHP-PO-24-3318 is out: 14 sample bedside cabinets BSC-450 for the 4 West pilot ward. The other 300 on your quote stay on hold. I'll release them in writing after Infection Prevention & Control signs off the pilot (lead: Dr. Aisha Rahman). Material for the 14 only, please.

[2024-06-05 10:31] Paweł Zieliński (Meblomed)
Thanks Nicole! 14 pcs scheduled, ready week 27.

[2024-06-18 15:47] Paweł Zieliński (Meblomed)
Samples arrive Toronto on the 28th. Just confirming our understanding: the pilot sign-off on July 14th also kicks off the 300, right? We'll schedule the line that way unless you shout 🙂

[2024-06-18 16:20] Nicole Fournier (Lakeshore Health Partners)
Receiving dock is B, ask for Marco. Bring the anti-tip brackets, the ones from the last shipment were missing.

[2024-06-18 16:22] Paweł Zieliński (Meblomed)
Yes, brackets packed separately this time. 👍

[2024-06-19 08:03] Nicole Fournier (Lakeshore Health Partners)
Great, thanks.
"""
case("p13_ca_pl_teams_signoff_kicks_off", ["RG007"],
     "buyer's scope is complete, but the maker states the pilot sign-off will also kick off the 300 and the buyer never corrects it",
     [("Teams_4West_pilot_bedside_cabinets.txt", _p13)])

# p14: WhatsApp, Canadian distributor and Malaysian cart maker: sample PO with nothing about the
# balance; maker states 'after samples OK we start the 196 balance'.
_p14 = """[2024-05-06, 09:12:44] Étienne Roy: Hi Mr Ong, PO LMD-45-2240 sent by email this morning: 4 sample emergency carts EC-6 for the trial at our hospital customer in Sherbrooke
[2024-05-06, 09:40:03] Ong Kah Seng: Received thank you Mr Roy. 4 samples ready in 4 weeks
[2024-05-06, 09:40:51] Ong Kah Seng: After the samples OK we start the 196 balance straight away ya, same like last project, so your tender delivery can make it
[2024-05-06, 09:43:20] Étienne Roy: Drawer colours red / yellow / blue / green / grey, per drawing JMF-EC6-03
[2024-05-06, 09:44:02] Étienne Roy: And the defib shelf on the left side please
[2024-05-06, 09:50:37] Ong Kah Seng: Ok noted, left side. CPR board bracket also?
[2024-05-06, 09:52:11] Étienne Roy: Yes CPR board bracket. Labels in English AND French
[2024-05-06, 09:52:40] Ong Kah Seng: 👌
[2024-05-27, 14:03:19] Ong Kah Seng: Samples done, photos coming. Shipping by air Thursday KUL-YUL
"""
case("p14_ca_my_whatsapp_196_balance", ["RG001", "RG003", "RG004", "RG005", "RG007"],
     "buyer authorizes 4 sample carts and says nothing about the rest; maker states it will start the 196 balance once samples are OK, uncorrected",
     [("WhatsApp_Chat_Johor_MediFab_EC6.txt", _p14)])

# p15: UK trust PDF production release: header 72, per-floor table sums to 66.
_p15 = pdf([
    ("h1", "PURCHASE ORDER PVH-PO-0098812 – PRODUCTION PHASE 1"),
    ("p", "Pennine Vale Hospitals NHS Trust, Procurement Department, Calder House, Halifax HX3 0PW"),
    ("p", "Supplier: Meblomed Sp. z o.o., ul. Rabowicka 21, 62-020 Swarzędz, Poland"),
    ("p", "Date: 12/08/2024   |   Contract: PVH-NHSSC-FF-2023-07 (ward furniture)   |   Item: BSC-450 bedside cabinet, left-hand door"),
    ("p", "Released quantity this order (Phase 1): 72 bedside cabinets."),
    ("table", [
        ["Floor / ward", "Beds", "Bedside cabinets released", "Required on site"],
        ["Level 3 – Wards 31 and 32", "24", "24", "w/c 14/10/2024"],
        ["Level 4 – Wards 41 and 42", "24", "24", "w/c 21/10/2024"],
        ["Level 5 – Ward 51 (side rooms)", "18", "18", "w/c 28/10/2024"],
    ]),
    ("sp",),
    ("p", "Levels 6 to 9 (balance of 408 cabinets) are not released by this order. They will be released in "
          "writing by Siobhan Walsh, Head of Procurement, after the Phase 1 installation has been signed off by "
          "Estates (Tom Reid, Project Manager)."),
    ("p", "Material authority: Phase 1 quantity only."),
    ("p", "Delivery: DAP Calderdale Royal Hospital, goods-in, Block A. Book deliveries 48 h ahead on 01422 555 410."),
    ("p", "Invoices to: accounts.payable@pennine-vale.nhs.uk quoting the PO number."),
], title="PVH-PO-0098812", author="Siobhan Walsh")
case("p15_uk_pl_po_floor_table_mismatch", ["RG011"],
     "PO header releases 72 cabinets, but its per-floor release table sums to 66",
     [("PVH-PO-0098812_Phase1.pdf", _p15)])

# p16: Canadian release e-mail says 40, attached release letter says 48.
_p16_letter = pdf([
    ("h1", "Production Release No. 1"),
    ("p", "Lakeshore Health Partners – Supply Chain Services   |   2024-07-22"),
    ("p", "To: Penang Steelcraft Sdn Bhd, Penang, Malaysia   |   PO LHP-PO-24-3402   |   Item: ST-20 stretcher-trolley, drawing PS-ST20 rev 5"),
    ("table", [
        ["Wave", "Site", "Quantity", "Status"],
        ["1", "Etobicoke General – Emergency Department", "48", "released by this letter"],
        ["2", "Etobicoke General – Day Surgery", "36", "not released – on hold"],
        ["3", "Mississauga Ambulatory Centre", "36", "not released – on hold"],
    ]),
    ("p", "Unlock of waves 2 and 3: a further written release signed by Nicole Fournier after the wave 1 "
          "acceptance inspection by Lakeshore Biomedical Engineering."),
    ("p", "Material authority: wave 1 quantity only."),
    ("p", "Signed: Nicole Fournier, Manager, Capital Equipment Procurement"),
], title="Production Release No. 1 LHP-PO-24-3402", author="Nicole Fournier")
_p16_text = f"""Good morning Mr Faizal,

The ED trial went well and Biomed has signed off the two sample stretcher-trolleys.

Please find attached Production Release No. 1. It releases 40 ST-20 stretcher-trolleys for wave 1
(Etobicoke General ED). Waves 2 and 3 stay on hold as set out in the letter.

Could you send an updated production schedule and the container booking once you have it?
The ED would like the units before the end of October.

Thanks,
{sig("Nicole Fournier", "Manager, Capital Equipment Procurement", "Lakeshore Health Partners", "416-555-0148")}"""
case("p16_ca_my_release_mail_vs_letter", ["RG011"],
     "release e-mail says wave 1 is 40 trolleys; the attached release letter releases 48 for the same wave",
     [("Production_Release_1_LHP-PO-24-3402.eml", eml_bytes(mail(
         "Nicole Fournier <nfournier@lakeshorehp.ca>", "Ahmad Faizal <faizal@penangsteelcraft.com.my>",
         "Production Release No. 1 – ST-20 wave 1", "Mon, 22 Jul 2024 08:14:27 -0400", _p16_text,
         html=html_of(_p16_text),
         attachments=[("LHP_Production_Release_1_LHP-PO-24-3402.pdf", _p16_letter, PDF_MT)])))])

# p17: folder: Singapore lab builder's DOCX PO (12 samples) + WeChat export calling them 15.
_p17_po = docx_bytes([
    ("h1", "PURCHASE ORDER KLF/PO/24/0214"),
    ("p", "Kallang Lab Fitout Pte Ltd, 9 Kallang Place #05-11, Singapore 339154   |   GST Reg. M2-0098765-4"),
    ("p", "Supplier: Suzhou Cleanair Lab Equipment Co., Ltd., Suzhou, China"),
    ("p", "Date: 14 May 2024   |   Project: Biopolis East L6 – fume cupboard refurbishment"),
    ("table", [
        ["Line", "Part no.", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "SA-1500-L", "Sash assembly 1500 mm, laminated glass, counterbalance, SAMPLE", "12", "385.00", "4,620.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO covers twelve (12) sample sash assemblies for trial fitting on existing cupboards in "
          "lab 06-14. The balance of 228 sash assemblies in your quotation SC-QT-240430 is not released."),
    ("p", "The balance is released only by a written production release from Lim Boon Huat after the trial "
          "fitting has been signed off by the client's lab manager (Dr Chua Swee Lan)."),
    ("p", "Material authority: the 12 samples only."),
    ("h", "Delivery"),
    ("p", "CIF Singapore, by 28 June 2024. Marking: KLF/PO/24/0214 – L6."),
], author="Lim Boon Huat")
_p17_chat = """WeChat chat history export
Chat: Kevin Zhou (苏州洁气)
Exported by: Lim Boon Huat, 2024-06-03

2024-05-14 10:22  Lim Boon Huat
Kevin, PO KLF/PO/24/0214 emailed. Pls confirm receipt

2024-05-14 10:40  Kevin Zhou
Received, thank you Mr Lim. Sample production start next week

2024-05-20 16:05  Lim Boon Huat
Kevin, for the 15 samples we ordered, pls make sure the counterbalance cable is stainless, not galvanised. Client very particular

2024-05-20 16:31  Kevin Zhou
OK stainless 316 cable. Will send photo

2024-05-29 09:12  Kevin Zhou
[Photo]

2024-05-29 09:15  Kevin Zhou
Sample sash in assembly. Glass 6.38 laminated as drawing

2024-06-03 11:47  Lim Boon Huat
Nice. Pls pack with corner protection, last time 2 glass cracked
"""
case("p17_sg_cn_po12_chat15", ["RG011"],
     "DOCX PO authorizes 12 sample sash assemblies; the buyer's chat refers to the 15 samples ordered",
     [("KLF_PO_24_0214.docx", _p17_po), ("WeChat_Kevin_Zhou_export.txt", _p17_chat)])

# p18: UAE buyer portal call-off page: header 30, line 35.
_p18_body = f"""<div style="background:#00544f;color:#fff;padding:6px"><b>Al Noor Hospitals Group</b> &middot; Supplier Collaboration Portal</div>
<h2>Call-off CO-2024-0093</h2>
{table_html([
    ["Contract", "Supplier", "Project", "Call-off date", "Call-off quantity"],
    ["ANH-FA-2023-114", "Ege Medikal Mobilya A.Ş. (Izmir)", "Al Noor Tower B – Level 4", "2024-08-05", "30"],
])}
<h3>Lines</h3>
{table_html([
    ["Line", "Item", "Description", "Qty", "UoM", "Need date"],
    ["10", "BC-70", "Bedside cabinet, compact laminate Sabbia, RAL 9016 frame", "35", "EA", "2024-10-01"],
])}
<div class="note">This call-off releases the Level 4 bedside cabinets only. The balance of 170 cabinets for Levels 5&ndash;8
remains on hold until the Level 4 installation is signed off by Eng. Omar Haddad. The next call-off will be issued by
Fatima Al Hashemi (Procurement). Material authority: this call-off quantity only.</div>
<p>Delivery: DDP Al Noor Tower B, gate 3, Al Reem Island, Abu Dhabi. Delivery slots Sunday&ndash;Thursday 07:00&ndash;13:00.</p>
<p style="color:#777">Status: Sent to supplier &middot; Acknowledgement pending</p>
"""
case("p18_ae_tr_portal_calloff_30_35", ["RG011"],
     "buyer portal call-off: header quantity 30, line quantity 35 for the same Level 4 release",
     [("ANH_portal_CO-2024-0093.html", html_page("Call-off CO-2024-0093", _p18_body))])

# p19: Swedish ERP PO: line 20, note 'twenty-four (24)'.
_p19 = """SKÅNEVÅRD FASTIGHETER AB                               INKÖPSORDER
Org.nr 556612-3407                                          Sida 1(1)
---------------------------------------------------------------------------
ORDERNR     : 4500019071                  DATUM     : 2024-05-06
LEVERANTÖR  : BALTIC CASEWORK UAB, KAUNAS LEV.NR    : 20388
ER REFERENS : TOMAS JANKAUSKAS            VÅR REF   : ANNIKA BERG
PROJEKT     : LÄKEMEDELSRUM, HYLLIEKLINIKEN HUS B
LEV.VILLKOR : DAP MALMÖ                   BET.VILLK : 30 DGR NETTO
---------------------------------------------------------------------------
RAD ARTIKEL      BENÄMNING                        ANTAL ENH  À-PRIS   BELOPP
  1 LMS-600      LÄKEMEDELSSKÅP 600, KODLÅS          20  ST  6 450,00 129 000,00
                 PROV / SAMPLE
---------------------------------------------------------------------------
                                                  SUMMA SEK      129 000,00
ANMÄRKNING / NOTE:
 SAMPLE ORDER - TWENTY-FOUR (24) MEDICINE CABINETS ONLY, FOR THE WARD TRIAL
 ON AVD. 5 AND 6.
 THE BALANCE OF 216 CABINETS IN QUOTE BC-Q-2024-077 IS NOT RELEASED.
 RELEASE ONLY IN WRITING BY ANNIKA BERG AFTER THE WARD-TRIAL SIGN-OFF BY
 THE PHARMACY LEAD (CAMILLA STRAND).
 MATERIAL AUTHORITY: SAMPLE ORDER QUANTITY ONLY.
 KODLÅS ENLIGT SIS-STANDARD SS 3522 KLASS 3. FÄRG NCS S 0500-N.
---------------------------------------------------------------------------
"""
case("p19_se_lt_erp_line20_note24", ["RG011"],
     "ERP PO line quantity is 20 sample cabinets but the note says twenty-four (24) only",
     [("Inkopsorder_4500019071.txt", _p19)])

# p20: UK lab builder thread: phase 2 released as 60, later restated as 80; phase 3 release
# 'from our side' (no named person).
_p20_first = """Hello Kevin,

Phase 2 release for the Wakefield pathology labs: 60 baffle kits BK-1500 (rear baffle + slot
plates, 316 stainless) on PO CLI-PO-24-0588.

Phase 3 (the other 60 kits) stays on hold until the Phase 2 installation has been signed off
on site. The release for Phase 3 will follow in writing from our side.

Shipment: FOB Shanghai, 12 July vessel if possible.

Regards,
Priya"""
_p20_text = f"""Hello Kevin,

Quick one – as released on 3 June, 80 kits for Phase 2. Can you confirm they will all be on the
12 July vessel? Site wants the kits before the M&E contractor leaves at the end of August.

Also please put the PO number on every carton, the last delivery was a nightmare to sort.

Regards,
{sig("Priya Shah", "Senior Buyer", "Calder Lab Interiors Ltd, Leeds", "0113 496 0762")}
On 3 Jun 2024, at 11:02, Priya Shah <priya.shah@calderlab.co.uk> wrote:

{quote(_p20_first)}
"""
case("p20_uk_cn_thread_60_vs_80", ["RG005", "RG011"],
     "buyer released 60 kits for Phase 2, later restates the same release as 80; Phase 3 release 'from our side' names no person",
     [("Phase_2_baffle_kits_BK-1500.eml", eml_bytes(mail(
         "Priya Shah <priya.shah@calderlab.co.uk>", "Kevin Zhou <kevin.zhou@sz-cleanair.com>",
         "Re: Phase 2 baffle kits BK-1500 – Wakefield", "Thu, 27 Jun 2024 13:30:44 +0100", _p20_text,
         in_reply_to="<h163-klf-0603@calderlab.co.uk>")))])

# p21: folder: Singapore distributor PDF PO 'six (6)' samples + WhatsApp 'pls make 8'.
_p21_po = pdf([
    ("h1", "PURCHASE ORDER MMS/PO/2405/077"),
    ("p", "Meridian MedSupply Pte Ltd, 31 Woodlands Close #04-12, Singapore 737855"),
    ("p", "Supplier: Johor MediFab Sdn Bhd, PLO 112, Jalan Firma 2, Kawasan Perindustrian Tebrau IV, 81100 Johor Bahru"),
    ("p", "Date: 20 May 2024   |   Ref: quotation JMF-Q-0518"),
    ("table", [
        ["Item", "Description", "Qty", "Unit SGD", "Total SGD"],
        ["IT-2", "Instrument trolley 2-tier, SS304, 4 castors (2 braked) – SAMPLE", "6", "285.00", "1,710.00"],
    ]),
    ("sp",),
    ("p", "Six (6) sample instrument trolleys for the hospital evaluation. The balance of 114 trolleys on your "
          "quotation is not released."),
    ("p", "The balance will be released in writing by Rajesh Nair after the evaluation sign-off by the Nurse "
          "Manager, Ms Koh Mei Ling. Material: sample quantity only."),
    ("p", "Delivery: our warehouse, Woodlands, by 14 June 2024."),
], title="MMS/PO/2405/077", author="Rajesh Nair")
_p21_chat = """[20/05/2024, 15:02:10] Rajesh Nair: Mr Ong, PO MMS/PO/2405/077 emailed
[20/05/2024, 15:03:31] Rajesh Nair: Pls make 8 sample trolleys, hospital want 2 more for the second ward
[20/05/2024, 15:10:02] Ong Kah Seng: Ok noted Mr Rajesh
[20/05/2024, 15:10:40] Ong Kah Seng: Castor 125mm or 100mm?
[20/05/2024, 15:12:05] Rajesh Nair: 100mm like the drawing
[07/06/2024, 10:41:52] Ong Kah Seng: Samples ready next Wed, our lorry can deliver Thursday morning
[07/06/2024, 10:45:20] Rajesh Nair: Thursday ok, before 12pm
"""
case("p21_sg_my_po6_whatsapp8", ["RG011"],
     "PDF PO authorizes six (6) sample trolleys; buyer's WhatsApp asks for 8 samples without a revised PO",
     [("MMS_PO_2405_077.pdf", _p21_po), ("WhatsApp_Chat_Johor_MediFab_IT2.txt", _p21_chat)])

# c09: UK lab builder corrects a quoted supplier assumption of auto-conversion.
_c09_supp = """Dear Priya,

Thank you for the PO for the 2 sample wall units. FAT is planned for 16 July in Kraków.
Once you approve the samples at FAT we will roll straight into the 118 units, so you do not lose
time.

Best regards,
Agnieszka Nowak
LabMeb Systemy"""
_c09_text = f"""Dear Agnieszka,

No – please don't. A FAT sign-off by itself releases nothing.

To restate PO CLI-PO-24-0640:
- active now: the 2 sample wall units WU-900 only;
- the 118 units remain on hold;
- they are released only by a written production release from me, which I will send after the
  FAT has been signed off by Tom Reid;
- material authority: the 2 samples only.

If you want to protect capacity, tell me the latest date you need the written release and I will
do my best to get it to you in time.

Kind regards,
{sig("Priya Shah", "Senior Buyer", "Calder Lab Interiors Ltd, Leeds", "0113 496 0762")}
On Fri, 5 Jul 2024 at 16:20, Agnieszka Nowak <a.nowak@labmeb.pl> wrote:
{quote(_c09_supp)}
"""
case("c09_uk_pl_buyer_corrects_roll_straight", [],
     "quoted supplier message assumes auto-conversion; buyer's reply corrects it and restates 2 active, 118 on hold, FAT sign-off by Tom Reid, written release by Priya Shah",
     [("RE_FAT_WU-900_samples.eml", eml_bytes(mail(
         "Priya Shah <priya.shah@calderlab.co.uk>", "Agnieszka Nowak <a.nowak@labmeb.pl>",
         "RE: FAT WU-900 samples", "Mon, 08 Jul 2024 08:12:00 +0100", _c09_text, html=html_of(_c09_text),
         in_reply_to="<h163-lm-0705@labmeb.pl>")))])

# c10: Chinese maker confirms the deposit does not release production.
_c10_text = f"""Dear Sanjay,

We received your 30% deposit of USD 21,600 for proforma invoice SC-PI-2406-02 today, thank you.

Please note: the deposit does not release production. As per your PO GLB-PO-5521 we are
building only the 2 FAT fume hoods FH-1500-VAV. The other 46 hoods remain on hold until the FAT
is signed off by your Eng. Rashid Khan and you send us the written production release. We have
not bought material for the 46 hoods.

FAT date proposal: 29 July, Suzhou. Please confirm who will travel so we can send the
invitation letter for the visa.

Best regards,
{sig("Kevin Zhou", "Export Sales Manager", "Suzhou Cleanair Lab Equipment Co., Ltd.", "+86 512 6655 1820")}"""
case("c10_ae_cn_deposit_not_release", [],
     "supplier says the deposit does not release production and restates the 2 FAT units and the hold on 46",
     [("Deposit_received_SC-PI-2406-02.eml", eml_bytes(mail(
         "Kevin Zhou <kevin.zhou@sz-cleanair.com>", "Sanjay Menon <sanjay.menon@gulflabbuild.ae>",
         "Deposit received – SC-PI-2406-02 / PO GLB-PO-5521", "Tue, 25 Jun 2024 18:02:31 +0800", _c10_text,
         html=html_of(_c10_text))))])

# ------------------------------------------------------------------ batch 3

# p22: UAE distributor: advance paid on the full proforma, so start all of them.
_p22_po = pdf([
    ("h1", "PURCHASE ORDER EMT-PO-24-0317"),
    ("p", "Emirates MedEquip Trading LLC, Office 1402, Al Attar Business Tower, Sheikh Zayed Road, Dubai, UAE"),
    ("p", "Supplier: Ningbo Hengrui Medical Furniture Co., Ltd., Beilun, Ningbo, China"),
    ("p", "Date: 02 June 2024   |   Ref: proforma invoice HR-PI-24-0612"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "BC-ABS-3", "ABS bedside cabinet, 3 drawers, antibacterial top – SAMPLE for hospital evaluation", "20", "96.00", "1,920.00"],
    ]),
    ("sp",),
    ("p", "This PO covers twenty (20) sample cabinets only. The balance of 380 cabinets on proforma HR-PI-24-0612 "
          "is not released. It will be released in writing by Hamad Al Mazrouei after the evaluation at the Ajman "
          "hospital has been signed off by Dr. Noura Al Suwaidi. Material: sample quantity only."),
    ("p", "Shipping: CFR Jebel Ali. Marks: EMT-PO-24-0317."),
], title="EMT-PO-24-0317", author="Hamad Al Mazrouei")
_p22_text = f"""Dear Lily,

Good news. We have transferred the 30% advance on the full proforma HR-PI-24-0612 today,
swift copy from Emirates NBD will follow.

With the advance paid you can start the production of the cabinets now, all of them. The new
hospital in Ajman opens in November and we cannot wait much longer.

Please send the production schedule and the container booking as soon as possible.

Best regards,
{sig("Hamad Al Mazrouei", "Procurement Manager", "Emirates MedEquip Trading LLC, Dubai", "+971 4 555 0161")}"""
case("p22_ae_cn_advance_start_all", ["RG012"],
     "PO releases 20 samples; buyer then says that because the advance is paid the maker can start production of all the cabinets",
     [("Advance_transferred_HR-PI-24-0612.eml", eml_bytes(mail(
         "Hamad Al Mazrouei <hamad.m@emiratesmedequip.ae>", "Lily Chen <lily.chen@hengrui-med.cn>",
         "Advance transferred – HR-PI-24-0612", "Wed, 19 Jun 2024 12:48:20 +0400", _p22_text,
         html=html_of(_p22_text), attachments=[("EMT-PO-24-0317.pdf", _p22_po, PDF_MT)])))])

# p23: Chinese fume-hood maker starts all 64 on receipt of the deposit; the quoted PO holds the
# balance 'until further notice' with a named person but no unlock event.
_p23_buyer = """Dear Mr Liang,

PO GLB-PO-5560 attached.
- 2 (two) FAT fume hoods FH-1200 only.
- Balance 62 hoods: on hold until further notice. Sanjay Menon is the only person who can
  release them.
- Material for the 2 FAT hoods only.

Regards,
Sanjay Menon
Procurement Lead, Gulf Lab Build LLC"""
_p23_text = f"""Dear Sanjay,

We have received your deposit USD 18,400 today, many thanks.

As per our usual practice, production of all 64 fume hoods is now started. Our workshop will
send weekly photos, and the FAT of the first 2 hoods will be arranged in week 30.

Best regards,
{sig("Liang Wei", "Sales Manager", "Foshan Kanglai Lab Furniture Co., Ltd.", "+86 757 8120 3361")}
------------------ Original ------------------
From: "Sanjay Menon" <sanjay.menon@gulflabbuild.ae>
Date: Mon, Jun 10, 2024 10:05 AM
Subject: PO GLB-PO-5560 fume hoods FH-1200

{_p23_buyer}
"""
case("p23_ae_cn_deposit_starts_all_64", ["RG004", "RG012"],
     "maker treats the deposit as the start of all 64 hoods; quoted PO holds the 62 'until further notice' with a named person but no unlock event",
     [("RE_PO_GLB-PO-5560_deposit_received.eml", eml_bytes(mail(
         "Liang Wei <liangwei@kanglai-lab.cn>", "Sanjay Menon <sanjay.menon@gulflabbuild.ae>",
         "RE: PO GLB-PO-5560 fume hoods FH-1200 – deposit received", "Thu, 20 Jun 2024 09:31:00 +0800", _p23_text)))])

# p24: Polish maker's ERP order confirmation: series starts on prepayment; material for 300.
_p24 = """LABMEB SYSTEMY SP. Z O.O.                         POTWIERDZENIE ZAMÓWIENIA
ul. Półłanki 64, 30-740 Kraków                          ORDER CONFIRMATION
NIP 679-318-44-21
------------------------------------------------------------------------------
Nr / No.      : OC/2024/0588            Data / Date : 2024-05-09
Klient        : NORDLAB BYGG AB, LINDHOLMSPIREN 9, 417 56 GÖTEBORG, SE
Your PO       : NLB-24-0412             Your ref.   : JOHAN EK
Our offer     : LM/OF/2024/140          Handlowiec  : AGNIESZKA NOWAK
Delivery      : DAP GÖTEBORG            Incoterms   : 2020
------------------------------------------------------------------------------
Poz Indeks        Opis / Description               Ilość  J.m.  Cena EUR  Wartość
  1 LC-900-2D     Base cabinet 900, 2 doors            3  szt.    610,00  1 830,00
                  SAMPLE - mock-up lab Lindholmen
------------------------------------------------------------------------------
                                                   Razem / Total EUR    1 830,00
Remarks:
 Series 297 pcs acc. to offer LM/OF/2024/140 - on hold acc. to your PO.
 PAYMENT: 30% PREPAYMENT OF PROJECT VALUE (EUR 143 796,00), BALANCE 30 DAYS.
 PRODUCTION OF SERIES STARTS UPON RECEIPT OF PREPAYMENT.
 MATERIAL: BOARD, EDGING AND HARDWARE ORDERED FOR FULL QTY 300 PCS ON 2024-05-08
 TO SECURE PRICE (SUPPLIER KRONOSPAN, DELIVERY WEEK 21).
 Samples: week 22. Colour W980 / NCS S 1020-B as per specification rev B.
------------------------------------------------------------------------------
Wystawił / Issued by: Agnieszka Nowak, tel. +48 12 639 40 22
"""
case("p24_pl_se_confirmation_prepayment_starts_series", ["RG006", "RG012"],
     "maker's order confirmation: series production starts on receipt of prepayment, and material is ordered for all 300 while only 3 samples are ordered",
     [("OC_2024_0588_LabMeb.txt", _p24)])

# p25: Teams: Canadian lab builder says invoice and deposit approved for payment, so 'cleared to run'.
_p25 = """Microsoft Teams – chat export
Chat: Surrey campus casework – Cascadia / Bursa Lab
Exported: 2024-07-10 11:02 (UTC-07:00)

[2024-06-14 09:30] Jennifer Cho (Cascadia Lab Systems)
Hi Mehmet, PO CLS-PO-24-1230 is out: 3 sample base cabinets (BLS-B600, BLS-B900, BLS-SINK1200) for the mock-up at the Surrey campus. The balance of 141 cabinets on your quote is not released. Dave MacLeod signs off the mock-up, then I send the written production release.

[2024-06-14 10:02] Mehmet Yılmaz (Bursa Laboratuvar Sistemleri)
Thank you Jennifer, well noted. Samples ship 8 July by air.

[2024-07-08 07:15] Mehmet Yılmaz (Bursa Laboratuvar Sistemleri)
Good morning. Invoice INV-24-118 for the fixture tooling and the 40% deposit on the project has been sent to accounts payable.

[2024-07-09 16:48] Jennifer Cho (Cascadia Lab Systems)
Got it – both are approved for payment in our system, funds should land Friday. So consider yourselves cleared to run 👍

[2024-07-09 16:55] Mehmet Yılmaz (Bursa Laboratuvar Sistemleri)
Super, thank you! We will plan the line for next week.

[2024-07-10 08:20] Dave MacLeod (Cascadia Lab Systems)
Mock-up delivery: the cabinets go to Building C, room 1.214. Loading dock closes at 3.
"""
case("p25_ca_tr_teams_cleared_to_run", ["RG002", "RG012"],
     "buyer says tooling invoice and deposit are approved for payment, 'so consider yourselves cleared to run' – payment as release and no quantity",
     [("Teams_Surrey_campus_casework.txt", _p25)])

# p26: Lithuanian maker accepts the PO and treats acceptance as authority for the complete batch.
_p26_buyer = """Dear Rūta,

Please find attached PO PVH-PO-0099140.

It covers eight (8) sample tall storage units TSU-1900 for the trial in the Calderdale theatre
store. The remaining 152 units on your quotation VM-Q-24-211 are not released. I will release
them in writing once the trial has been signed off by the theatre manager, Mark Ellison.
Material for the 8 samples only.

Kind regards,
Siobhan Walsh
Head of Procurement, Pennine Vale Hospitals NHS Trust"""
_p26_text = f"""Dear Ms Walsh,

Thank you for your purchase order PVH-PO-0099140, which we hereby accept.

With your PO accepted, we have now put the complete batch from our quotation VM-Q-24-211 into
our production plan for weeks 34–38, so that the theatre store can be completed before winter.
The samples will be ready in week 31.

Order acknowledgement with our terms is attached in the portal.

Best regards / Pagarbiai
{sig("Rūta Petrauskienė", "Sales Manager", "Vilmeda UAB, Vilnius", "+370 5 239 4410")}
From: Siobhan Walsh <siobhan.walsh@pennine-vale.nhs.uk>
Sent: 15 July 2024 11:40
To: Rūta Petrauskienė <ruta.petrauskiene@vilmeda.lt>
Subject: PO PVH-PO-0099140 - TSU-1900 samples

{_p26_buyer}
"""
case("p26_uk_lt_po_acceptance_batch", ["RG012"],
     "maker treats acceptance of the sample PO as authority to plan the complete batch, against the quoted hold on 152 units",
     [("RE_PO_PVH-PO-0099140_TSU-1900.eml", eml_bytes(mail(
         "Rūta Petrauskienė <ruta.petrauskiene@vilmeda.lt>", "Siobhan Walsh <siobhan.walsh@pennine-vale.nhs.uk>",
         "RE: PO PVH-PO-0099140 - TSU-1900 samples", "Wed, 17 Jul 2024 09:05:44 +0300", _p26_text,
         html=html_of(_p26_text))))])

# p27: Swedish buyer turns the 2025 forecast into a binding commitment.
_p27_text = f"""Hej Tomasz,

Thank you for the meeting in Malmö last week.

As promised, our forecast for 2025: 420 bedside cabinets BSC-450 for Hus D and Hus E of
Hylliekliniken, roughly 35 a month from February. Please treat these 420 as our binding
commitment for 2025, so that you can reserve the line and we can keep this year's price.

Production itself is released call-off by call-off as before: each call-off is signed by me
after the previous floor's installation sign-off by the NCC site team. Nothing is released by
this e-mail. The first call-off (Hus D plan 2, 36 cabinets) will come in January.

Med vänlig hälsning
{sig("Karin Lundqvist", "Category Manager, Medical Furniture", "Skånevård Fastigheter AB, Malmö", "+46 40 33 18 52")}"""
case("p27_se_pl_forecast_binding", ["RG008"],
     "buyer writes the 2025 forecast of 420 cabinets as a binding commitment",
     [("Forecast_2025_BSC-450.eml", eml_bytes(mail(
         "Karin Lundqvist <karin.lundqvist@skanevard.se>", "Tomasz Wiśniewski <t.wisniewski@meblomed.pl>",
         "Forecast 2025 – BSC-450", "Tue, 10 Sep 2024 10:20:00 +0200", _p27_text, html=html_of(_p27_text))))])

# p28: UK distributor PDF PO with a forecast line written as a firm order.
_p28 = pdf([
    ("h1", "PURCHASE ORDER MCS-PO-11904"),
    ("p", "Medway Clinical Supplies Ltd, 7 Chatham Maritime Trade Park, Kent ME4 4TZ"),
    ("p", "Supplier: Johor MediFab Sdn Bhd, Johor Bahru, Malaysia   |   Date: 22/07/2024   |   Quotation JMF-Q-0702"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Basis", "Unit GBP"],
        ["1", "DT-4", "Dressing trolley, 2 shelves + drawer, SS304 – first-article samples", "10", "sample – released", "142.00"],
        ["2", "DT-4", "Dressing trolley, as line 1 – FY2025 NHS framework forecast", "600", "forecast – firm order, plan on this quantity", "118.50"],
    ]),
    ("sp",),
    ("p", "Only line 1 is released for production. Line 2 quantities are called off monthly by Daniel Hughes; "
          "the first call-off follows the first-article sign-off by our QA manager, Hannah Cole."),
    ("p", "Material authority: line 1 quantity only."),
    ("p", "Delivery of line 1: FOB Pasir Gudang by 30/08/2024."),
    ("p", "Daniel Hughes, Purchasing Manager, 01634 555 217"),
], title="MCS-PO-11904", author="Daniel Hughes")
case("p28_uk_my_po_forecast_firm_line", ["RG008"],
     "PO line 2 labels a 600-unit framework forecast as a firm order to plan on",
     [("MCS-PO-11904.pdf", _p28)])

# p29: Turkish maker's DOCX capacity confirmation: the buyer's forecast confirmed as an order.
_p29 = docx_bytes([
    ("h1", "Capacity Reservation and Order Confirmation 2025"),
    ("p", "Bursa Laboratuvar Sistemleri Ltd. Şti., Nilüfer OSB, 16140 Bursa, Türkiye"),
    ("p", "To: Gulf Lab Build LLC, Dubai – Mr Sanjay Menon   |   Date: 16.08.2024   |   Ref: BLS-CAP-2025-07"),
    ("p", "Dear Mr Menon,"),
    ("p", "Thank you for sharing your 2025 forecast for laboratory base units. We are pleased to confirm your "
          "forecast of 1.500 base units for 2025 as your order, and we have reserved capacity on our line 2 "
          "accordingly."),
    ("table", [
        ["Quarter", "Forecast base units", "Reserved line 2 capacity"],
        ["Q1 2025", "300", "300"],
        ["Q2 2025", "450", "450"],
        ["Q3 2025", "450", "450"],
        ["Q4 2025", "300", "300"],
        ["Total", "1.500", "1.500"],
    ]),
    ("p", "Prices according to our price list 2025 (valid from 01.01.2025), delivery FCA Bursa."),
    ("p", "Carcass material: powder-coated steel 1,2 mm, RAL 7035; doors RAL 9016. Conformity EN 14727."),
    ("p", "Saygılarımızla / Kind regards,"),
    ("p", "Mehmet Yılmaz, Export Manager"),
], author="Mehmet Yılmaz")
case("p29_tr_ae_forecast_confirmed_as_order", ["RG008"],
     "maker confirms the buyer's 2025 forecast of 1.500 units as an order",
     [("BLS-CAP-2025-07_capacity_confirmation.docx", _p29)])

# p30: WhatsApp, UAE distributor: call-off 4 fine, then the Q3 forecast is 'confirmed, count as ordered'.
_p30 = """[11/07/2024, 09:01:15] Hamad Al Mazrouei: Good morning Mr Ong
[11/07/2024, 09:02:40] Hamad Al Mazrouei: Call-off 4 under our frame PO EMT-FPO-2024-02: 20 IT-2 instrument trolleys, released for production, ship by 15 Aug
[11/07/2024, 09:03:55] Hamad Al Mazrouei: Anything beyond call-off 4 needs the next call-off from me, after the MOH clinics confirm receipt of call-off 4 in good condition
[11/07/2024, 09:20:11] Ong Kah Seng: Good morning Mr Hamad, noted call-off 4, 20 pcs ship by 15 Aug 👍
[11/07/2024, 09:24:37] Hamad Al Mazrouei: Rolling forecast Q3 is 80 trolleys for the MOH clinics. This one is confirmed, you can count these 80 as ordered 💯
[11/07/2024, 09:26:02] Ong Kah Seng: Wah great, thank you Mr Hamad
[11/07/2024, 09:26:40] Ong Kah Seng: Same packing as call-off 3? 4 pcs per crate
[11/07/2024, 09:30:12] Hamad Al Mazrouei: Yes same. Fumigation certificate please, last time customs in Jebel Ali asked
"""
case("p30_ae_my_whatsapp_count_as_ordered", ["RG008"],
     "buyer calls the Q3 rolling forecast of 80 'confirmed' and says to count it as ordered",
     [("WhatsApp_Chat_Johor_MediFab_EMT.txt", _p30)])

# p31: Canadian distributor ERP delivery schedule: forecast lines marked FIRM ORDER.
_p31 = """LAURENTIAN MEDICAL DISTRIBUTION INC.        PROGRAMME DE LIVRAISON / DELIVERY SCHEDULE
4200 rue Jean-Talon O., Montréal QC H4P 1W1                                  PAGE 1/1
------------------------------------------------------------------------------------
SCHEDULE NO : LMD-DS-2024-017          ISSUED     : 2024-07-29
SUPPLIER    : NINGBO HENGRUI MEDICAL FURNITURE CO., LTD.   VENDOR: 700812
ITEM        : MC-5  MEDICATION CART 5 DRAWERS  DWG HR-MC5-002 REV 3
BUYER       : MARC-ANDRE TREMBLAY   514-555-0199
------------------------------------------------------------------------------------
LN  PERIOD     QTY   TYPE     STATUS
 1  2024-09      8   RELEASE  PILOT - RELEASED FOR PRODUCTION
 2  2024-Q4    240   FCST     FIRM ORDER
 3  2025-Q1    240   FCST     FIRM ORDER
 4  2025-Q2    300   FCST     FIRM ORDER
------------------------------------------------------------------------------------
NOTES:
 FORECAST LINES 2-4 ARE FIRM ORDERS. SUPPLIER MAY PLAN CAPACITY ON THEM.
 PRODUCTION RELEASE BEYOND LINE 1 ONLY BY WRITTEN RELEASE FROM M.-A. TREMBLAY
 AFTER PILOT SIGN-OFF BY S. GAGNON (QA). LINES 2-4 ARE NOT RELEASED.
 MATERIAL AUTHORITY: LINE 1 ONLY.
 SHIP FOB NINGBO. CARTON LABELS BILINGUAL EN/FR.
------------------------------------------------------------------------------------
"""
case("p31_ca_cn_schedule_fcst_firm", ["RG008"],
     "delivery schedule marks forecast lines (780 units) as firm orders",
     [("LMD-DS-2024-017_schedule.txt", _p31)])

# c11: Lithuanian maker's DOCX order acknowledgement that restates the hold as written.
_c11 = docx_bytes([
    ("h1", "Order Acknowledgement"),
    ("p", "Baltic Casework UAB, Pramonės pr. 16, LT-51329 Kaunas   |   Acknowledgement AK-24-0455   |   2024-06-03"),
    ("p", "Customer: Skånevård Fastigheter AB, Malmö – attn. Annika Berg   |   Your PO 4500019205"),
    ("table", [
        ["Pos.", "Item", "Description", "Qty", "Scope"],
        ["1", "MCT-5", "Medicine trolley, 5 drawers, code lock", "10", "sample – ward trial avd. 7"],
    ]),
    ("h", "Scope as acknowledged"),
    ("li", "We acknowledge PO 4500019205 as written: ten (10) sample medicine trolleys MCT-5 for the ward trial."),
    ("li", "The balance of 230 trolleys in our quotation BC-Q-2024-090 is not released. We will not start it."),
    ("li", "The balance can be released only by a written production release from Annika Berg, after the "
           "ward-trial sign-off by the pharmacy lead, Camilla Strand."),
    ("li", "Material: we buy material for the 10 samples only."),
    ("h", "Delivery"),
    ("p", "DAP Malmö, week 28. Packing: single cartons on EUR pallets, max. 4 per pallet."),
    ("p", "Tomas Jankauskas, Project Manager, +370 37 40 61 18"),
], author="Tomas Jankauskas")
case("c11_lt_se_acknowledgement_restates_hold", [],
     "supplier acknowledgement restates 10 active, 230 not released, release by Annika Berg after sign-off by Camilla Strand, sample material only",
     [("AK-24-0455_order_acknowledgement.docx", _c11)])

# c12: UK lab builder PDF PO full of identifiers that look like quantities; scope is complete.
_c12 = pdf([
    ("h1", "PURCHASE ORDER CLI-PO-24-0702"),
    ("p", "Calder Lab Interiors Ltd, Unit 4, Aire Valley Business Park, Leeds LS10 1PX"),
    ("p", "Supplier: Bursa Laboratuvar Sistemleri Ltd. Şti., Nilüfer OSB, 16140 Bursa, Türkiye"),
    ("p", "Project: St Helier Pathology, hall 2500, Level 1   |   Date: 01/08/2024"),
    ("table", [
        ["Ln", "Part number", "Description", "Qty", "Unit GBP", "Total GBP"],
        ["1", "PN 1200-900-40", "Fume cupboard 1200, ducted, DRG 2400 Rev 12 – FAT unit", "4", "5,180.00", "20,720.00"],
    ]),
    ("sp",),
    ("p", "Standards: BS EN 14175-3:2019 type test; BS EN 13150:2001; HTM 03-01 ventilation interface; "
          "worktop load test 1000 N per EN 13150 clause 5.3. Fixings M8x1.25 stainless A4-70. Colour RAL 7035, "
          "sash frame RAL 9005. Maker certified to ISO 9001:2015 and ISO 14001:2015."),
    ("p", "Scope: this order releases four (4) fume cupboards for factory acceptance testing (FAT) only. The "
          "balance of 36 fume cupboards on quotation BLS-Q-24-0800 is not released."),
    ("p", "The balance will be released only by a written production release from Priya Shah, issued after the "
          "FAT has been signed off by Tom Reid. Material authority: the 4 FAT units only."),
    ("p", "FAT location: Bursa, week 38. Face velocity target 0.5 m/s ± 20 %, containment < 0.05 ppm at 4 l/min SF6."),
    ("p", "Priya Shah, Senior Buyer, 0113 496 0762"),
], title="CLI-PO-24-0702", author="Priya Shah")
case("c12_uk_tr_identifiers_like_quantities", [],
     "complete scope (4 FAT units, 36 on hold, FAT sign-off by Tom Reid, release by Priya Shah) among identifiers like PN 1200-900-40, DRG 2400 Rev 12, hall 2500, 1000 N",
     [("CLI-PO-24-0702.pdf", _c12)])

# c13: Turkish maker's portal shows the hold correctly.
_c13_body = f"""<h2>Ege Medikal &ndash; Customer Order View</h2>
<p>Customer: Al Noor Hospitals Group &nbsp;|&nbsp; Project: Al Noor Al Ain &ndash; outpatient wing &nbsp;|&nbsp; Customer PO ANH-PO-2024-0911</p>
{table_html([
    ["Item", "Description", "Released for production", "On hold", "Unlock", "Material bought for"],
    ["EX-14", "Examination couch side cabinet, 2 drawers", "10 (pre-production samples)", "230", "sample sign-off by Eng. Omar Haddad, then written release by Fatima Al Hashemi", "10 units (samples only)"],
])}
<div class="note">We build the 10 pre-production samples only. The 230 units are not released and are not started. Material authority: samples only.</div>
<h3>Shipping</h3>
{table_html([
    ["Shipment", "Content", "Mode", "ETD Izmir", "ETA Abu Dhabi"],
    ["S1", "10 samples, 2 pallets", "air, TK", "2024-09-12", "2024-09-13"],
])}
<p style="color:#888">Ege Medikal Mobilya A.Ş. &middot; Kemalpaşa OSB, 35730 Izmir &middot; portal.egemedikal.com.tr</p>
"""
case("c13_tr_ae_portal_hold_shown", [],
     "supplier portal shows 10 released, 230 on hold with unlock event and signer, material for samples only",
     [("Ege_portal_ANH-PO-2024-0911.html", html_page("Ege Medikal – Customer Order View", _c13_body))])

# c14: Singapore hospital cluster SAP-style PO printout with a complete scope.
_c14 = """STRAITS HEALTHCARE CLUSTER                                  PURCHASE ORDER
1 Jurong East Street 21, Singapore 609606                        Page 1 of 1
--------------------------------------------------------------------------------
PO No.      : SHC-PO-24-01215               PO Date   : 05.08.2024
Vendor      : 0000712233 NINGBO HENGRUI MEDICAL FURNITURE CO., LTD.
Buyer       : NUR AISYAH BINTE RAHMAN  Tel +65 6555 0187
Ship-to     : Tengah General Hospital, Receiving Bay 2, 10 Tengah Drive
Inco        : CIF Singapore                 Pay terms : 60 days
--------------------------------------------------------------------------------
Item Material      Short text                        Qty  Un   Net price      Value
0010 MC-5-SG       Medication cart 5-drawer, keypad   6  EA     412.00    2,472.00
                   ward trial Ward 41 / 42
--------------------------------------------------------------------------------
                                                       Total SGD         2,472.00
Header text:
 Sample order. Active quantity: six (6) medication carts for the ward trial.
 The remaining 174 carts in quotation HR-Q-24-0377 are not released and must
 not be started.
 Release of the 174 only by a written production release from Nur Aisyah binte
 Rahman, after the ward-trial sign-off by Sister Rosnah Ali (Nurse Clinician).
 Material authority: sample quantity (6) only.
 Carts to comply with SS 620 labelling and IEC 60601-1 for the powered drawer.
--------------------------------------------------------------------------------
"""
case("c14_sg_cn_sap_po_complete", [],
     "SAP-style PO with active 6, hold on 174, unlock event and named release person; standards numbers are identifiers",
     [("SHC-PO-24-01215.txt", _c14)])

# ==== END CASES ====


# =================================================================== build
def _safe_stem(fn):
    stem = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h163_{i:02d}_{_safe_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
