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


_PDF_TR = str.maketrans({"ć": "c", "ė": "e", "ę": "e", "ı": "i", "ł": "l", "ń": "n", "ś": "s",
                         "Ş": "S", "ş": "s", "ū": "u", "ų": "u"})


def pdfx(blocks, **kw):
    """pdf() with the base-14 fonts: letters outside WinAnsi are written without diacritics,
    as many ERP and document systems do when they print to PDF."""
    def tr(b):
        if b[0] == "table":
            return ("table", [[str(c).translate(_PDF_TR) for c in r] for r in b[1]])
        return tuple(x.translate(_PDF_TR) if isinstance(x, str) else x for x in b)
    kw = {k: (v.translate(_PDF_TR) if isinstance(v, str) else v) for k, v in kw.items()}
    return pdf([tr(b) for b in blocks], **kw)


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
_p07_pdf = pdfx([
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
_c01_pdf = pdfx([
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
_c03 = pdfx([
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
_c05 = pdfx([
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
_p10_po = pdfx([
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
_p12 = pdfx([
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
_p15 = pdfx([
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
_p16_letter = pdfx([
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
_p21_po = pdfx([
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
_p22_po = pdfx([
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

Our order acknowledgement OA-24-0388 is attached.

Best regards / Pagarbiai
{sig("Rūta Petrauskienė", "Sales Manager", "Vilmeda UAB, Vilnius", "+370 5 239 4410")}
From: Siobhan Walsh <siobhan.walsh@pennine-vale.nhs.uk>
Sent: 15 July 2024 11:40
To: Rūta Petrauskienė <ruta.petrauskiene@vilmeda.lt>
Subject: PO PVH-PO-0099140 - TSU-1900 samples

{_p26_buyer}
"""
_p26_oa = html_page("Order acknowledgement OA-24-0388", f"""<h2>Vilmeda UAB &ndash; Order Acknowledgement OA-24-0388</h2>
<p>Customer: Pennine Vale Hospitals NHS Trust &nbsp;|&nbsp; Your PO: PVH-PO-0099140 &nbsp;|&nbsp; Date: 2024-07-17</p>
{table_html([
    ["Pos.", "Item", "Description", "Qty", "Week"],
    ["1", "TSU-1900", "Tall storage unit 1900, 2 doors, 5 shelves – sample", "8", "31"],
])}
<p>Status: PO accepted. Production plan: complete batch according to quotation VM-Q-24-211, weeks 34&ndash;38.</p>
<p>Terms: Vilmeda general terms of sale 2024, ex works Vilnius unless agreed otherwise. Warranty 24 months.</p>
""")
case("p26_uk_lt_po_acceptance_batch", ["RG012"],
     "maker treats acceptance of the sample PO as authority to plan the complete batch, against the quoted hold on 152 units",
     [("RE_PO_PVH-PO-0099140_TSU-1900.eml", eml_bytes(mail(
         "Rūta Petrauskienė <ruta.petrauskiene@vilmeda.lt>", "Siobhan Walsh <siobhan.walsh@pennine-vale.nhs.uk>",
         "RE: PO PVH-PO-0099140 - TSU-1900 samples", "Wed, 17 Jul 2024 09:05:44 +0300", _p26_text,
         html=html_of(_p26_text),
         attachments=[("OA-24-0388_Vilmeda.html", _p26_oa, "text/html")])))])

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
_p27_docx = docx_bytes([
    ("h1", "Forecast 2025 – BSC-450 bedside cabinets"),
    ("p", "Skånevård Fastigheter AB – Hylliekliniken Hus D and Hus E. Prepared by Karin Lundqvist, 2024-09-10."),
    ("table", [
        ["Building / floor", "Rooms", "Forecast cabinets", "Planned month"],
        ["Hus D plan 2", "36", "36", "Feb 2025"],
        ["Hus D plan 3", "36", "36", "Mar 2025"],
        ["Hus D plan 4", "36", "36", "Apr 2025"],
        ["Hus D plan 5", "36", "36", "May 2025"],
        ["Hus E plan 2–4", "108", "108", "Jun–Aug 2025"],
        ["Hus E plan 5–7", "168", "168", "Sep–Dec 2025"],
        ["Total", "420", "420", ""],
    ]),
    ("p", "Colours per floor as in the room data sheets, rev 3."),
], author="Karin Lundqvist")
case("p27_se_pl_forecast_binding", ["RG008"],
     "buyer writes the 2025 forecast of 420 cabinets as a binding commitment",
     [("Forecast_2025_BSC-450.eml", eml_bytes(mail(
         "Karin Lundqvist <karin.lundqvist@skanevard.se>", "Tomasz Wiśniewski <t.wisniewski@meblomed.pl>",
         "Forecast 2025 – BSC-450", "Tue, 10 Sep 2024 10:20:00 +0200", _p27_text, html=html_of(_p27_text),
         attachments=[("Forecast_2025_Hus_D_E.docx", _p27_docx, DOCX_MT)])))])

# p28: UK distributor PDF PO with a forecast line written as a firm order.
_p28 = pdfx([
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
_c12 = pdfx([
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

# ------------------------------------------------------------------ batch 4

# p32: UK trust: "released in Oracle" (PO issued) next to "production release".
_p32_text = f"""Hi Mr Ong,

PO NBH-4410390 was released in Oracle this morning, so you should have the PDF from the system
by now. It covers ten (10) sample resuscitation trolleys RT-5 for the ward trial on Wards 12
and 14.

The other 190 trolleys are not released. The production release for them will follow from me
in writing once the Resuscitation Committee has signed off the ward trial (chair: Dr Helen
Okafor). Material for the 10 samples only, please.

The trolleys must take our standard Zoll defibrillator tray – drawing attached to the PO.

Many thanks,
{sig("Gareth Price", "Procurement Lead – Medical Equipment", "Northbridge Hospitals NHS Foundation Trust", "0161 496 0722")}"""
case("p32_uk_my_released_in_oracle", ["RG009"],
     "'released in Oracle' for issuing the PO and 'production release' for production authority in one message",
     [("PO_NBH-4410390_RT-5_samples.eml", eml_bytes(mail(
         "Gareth Price <gareth.price@northbridge.nhs.uk>", "Ong Kah Seng <ks.ong@johormedifab.com.my>",
         "PO NBH-4410390 – RT-5 resus trolleys, ward trial", "Tue, 16 Jul 2024 11:05:12 +0100", _p32_text,
         html=html_of(_p32_text))))])

# p33: UAE lab builder's submittal review sheet: "APPROVED – PROCEED WITH MANUFACTURE" stamp,
# and "approved" also used for a commercial variation.
_p33 = pdfx([
    ("h1", "SHOP DRAWING SUBMITTAL – REVIEW SHEET"),
    ("p", "Gulf Lab Build LLC, Dubai Investments Park 2, Dubai   |   Project: Al Qusais research laboratories, Block R2"),
    ("p", "Submittal: SD-014 rev 1 – Laboratory benches LB-3600 with reagent shelving   |   From: Bursa Laboratuvar Sistemleri"),
    ("p", "Reviewed by: Eng. Rashid Khan, Lab Design Manager   |   Date: 2024-07-21"),
    ("table", [
        ["No.", "Drawing", "Comment", "Action"],
        ["1", "BLS-LB-3600-01", "Shelf upright spacing 1200 mm – OK", "none"],
        ["2", "BLS-LB-3600-02", "Service spine: add 2 no. data outlets per bay", "incorporate"],
        ["3", "BLS-LB-3600-05", "Leveling feet M12 – confirm load 150 kg per foot", "confirm"],
    ]),
    ("sp",),
    ("pre", "  +------------------------------------------+\n"
            "  |  GULF LAB BUILD LLC - REVIEW STATUS       |\n"
            "  |  [X] APPROVED - PROCEED WITH MANUFACTURE  |\n"
            "  |  [ ] APPROVED AS NOTED                    |\n"
            "  |  [ ] REVISE AND RESUBMIT                  |\n"
            "  |  Signed: R. Khan      Date: 21/07/2024    |\n"
            "  +------------------------------------------+"),
    ("sp",),
    ("h", "Commercial"),
    ("p", "Variation VO-07 (chemical-resistant sink upgrade, AED 12,400) is approved by Gulf Lab Build management "
          "and will be added to the PO value."),
    ("h", "Ordering status"),
    ("p", "PO GLB-PO-5602 covers two (2) sample benches for the mock-up lab only. The balance of 58 benches is not "
          "released. It will be released in writing by Sanjay Menon after the mock-up sign-off by Eng. Rashid Khan."),
], title="SD-014 rev 1 review sheet", author="Rashid Khan")
case("p33_ae_tr_submittal_proceed_stamp", ["RG002", "RG009"],
     "review stamp 'APPROVED – PROCEED WITH MANUFACTURE' names no quantity or sample scope; 'approved' also used for a commercial variation",
     [("SD-014_rev1_review_sheet.pdf", _p33)])

# p34: Teams, Singapore lab builder: "approved" for the mock-up and "approval" for finance.
_p34 = """Microsoft Teams – chat export
Chat: Biopolis East L6 – sink units (Kallang Lab Fitout / Klang Valley Labworks)
Exported: 2024-08-02 17:30 (UTC+08:00)

[2024-07-08 10:14] Lim Boon Huat (Kallang Lab Fitout)
Siti, PO KLF/PO/24/0233 is for 2 sample sink units SSU-1200 only. The other 86 are not released. They get a written production release from me after the mock-up sign-off by the user group (Dr Chua Swee Lan). Material for the 2 samples only pls.

[2024-07-08 10:40] Siti Rahmah (Klang Valley Labworks)
Noted Mr Lim, 2 samples only. Delivery 1 Aug to Biopolis.

[2024-08-01 15:05] Siti Rahmah (Klang Valley Labworks)
Samples installed in lab 06-14 this morning 😊

[2024-08-02 16:52] Lim Boon Huat (Kallang Lab Fitout)
Mock-up approved by user group 👍 Finance approval still pending for the PO amendment (extra eye-wash brackets). Once both approvals are done I'll send the release.

[2024-08-02 16:58] Siti Rahmah (Klang Valley Labworks)
Thank you Mr Lim! Waiting for your release then.
"""
case("p34_sg_my_teams_two_approvals", ["RG009"],
     "'approved' for the mock-up (technical) and 'finance approval' (commercial), then 'once both approvals are done I'll send the release'",
     [("Teams_Biopolis_East_sink_units.txt", _p34)])

# p35: UK lab builder's DOCX procedure: "release" means three different things.
_p35 = docx_bytes([
    ("h1", "Package CW-02 – Laboratory Casework: Release Stages"),
    ("p", "Calder Lab Interiors Ltd – project procedure note PN-07, rev A, 24/06/2024. Project: Harrogate Science Park, Lab C."),
    ("p", "Supplier: Baltic Casework UAB, Kaunas."),
    ("h", "1. Release stages used on this project"),
    ("num", "Release 1 – design release: shop drawings frozen by the design team."),
    ("num", "Release 2 – commercial release: purchase order issued by Calder procurement."),
    ("num", "Release 3 – production release: written authority to manufacture a stated quantity."),
    ("h", "2. Status of package CW-02"),
    ("table", [
        ["Stage", "Status", "Quantity", "By"],
        ["Release 1", "done 12/06/2024", "drawings BC-D-4471 to 4490", "design team"],
        ["Release 2", "done 20/06/2024 (PO CLI-PO-24-0650)", "2 sample units", "Priya Shah"],
        ["Release 3", "pending – after mock-up sign-off by Tom Reid", "180 units", "Priya Shah"],
    ]),
    ("p", "Only the 2 sample units are authorized for manufacture today. The 180 units are not released until "
          "Priya Shah issues the written production release following the mock-up sign-off by Tom Reid."),
    ("p", "Material authority: 2 sample units only."),
    ("h", "3. Contacts"),
    ("li", "Priya Shah, Senior Buyer – 0113 496 0762"),
    ("li", "Tom Reid, Project Engineer – 0113 496 0790"),
], author="Priya Shah")
case("p35_uk_lt_docx_three_releases", ["RG009"],
     "procedure note uses 'release' for design freeze, PO issue and production authority",
     [("PN-07_CW-02_release_stages.docx", _p35)])

# p36: Canadian lab builder's supplier hub: "Approval: APPROVED (budget)" and "Sample approval: PENDING".
_p36_body = f"""<div style="background:#1d3c5a;color:#fff;padding:6px"><b>Cascadia Lab Systems</b> &middot; Supplier Hub</div>
<h2>Order CLS-PO-24-1266 &ndash; Suzhou Cleanair Lab Equipment Co., Ltd.</h2>
{table_html([
    ["Field", "Value"],
    ["Project", "Fraser Valley Research Centre – Level 3"],
    ["Item", "FH-1500-VAV bench fume hood, drawing SC-FH1500-07 rev 4"],
    ["Approval", "APPROVED (budget approval by Finance, 2024-06-02)"],
    ["Sample approval", "PENDING (FAT scheduled 2024-08-19, Suzhou)"],
    ["Released for production", "4 (FAT units)"],
    ["On hold", "44"],
    ["Unlock", "FAT sign-off by Dave MacLeod, then written production release by Jennifer Cho"],
    ["Material authority", "FAT units only"],
])}
<h3>Documents</h3>
<ul><li>CLS-PO-24-1266.pdf</li><li>SC-QT-240601 quotation.pdf</li><li>FAT protocol ASHRAE 110-2016.docx</li></ul>
<p style="color:#777">Last change: 2024-06-21 by j.cho@cascadialab.ca</p>
"""
case("p36_ca_cn_portal_two_approvals", ["RG009"],
     "order page uses 'approval' both for budget (commercial) and for the FAT sample (technical)",
     [("CLS_SupplierHub_CLS-PO-24-1266.html", html_page("Supplier Hub – CLS-PO-24-1266", _p36_body))])

# p37: Singapore distributor: "Approved, go ahead." under a quoted photo question.
_p37_po = """Dear Faizal,

PO MMS/PO/2406/040 attached: six (6) sample bedside lockers BL-2 for the polyclinic
evaluation. The balance of 94 lockers is not released. They will be released only by me in
writing, after the evaluation sign-off by the Nurse Manager, Ms Koh Mei Ling.
Material for the 6 samples only.

Regards,
Rajesh Nair
Purchasing Manager, Meridian MedSupply Pte Ltd"""
_p37_supp = f"""Dear Rajesh,

Attached photos of the sample lockers before packing. Handles and the key locks fitted as per
drawing rev C. OK?

Regards,
Faizal

-----Original Message-----
From: Rajesh Nair
Sent: Monday, 3 June 2024 9:12 AM
Subject: PO MMS/PO/2406/040 BL-2 samples

{_p37_po}"""
_p37_text = f"""Approved, go ahead.

Rajesh

Sent from my iPhone

-----Original Message-----
From: Ahmad Faizal <faizal@penangsteelcraft.com.my>
Sent: Tuesday, 25 June 2024 4:41 PM
To: Rajesh Nair <rajesh.nair@meridianmed.sg>
Subject: RE: PO MMS/PO/2406/040 BL-2 samples

{_p37_supp}
"""
case("p37_sg_my_approved_go_ahead", ["RG002"],
     "'Approved, go ahead.' names neither sample scope nor a quantity; the quoted PO itself is complete",
     [("RE_RE_PO_MMS_PO_2406_040_BL-2.eml", eml_bytes(mail(
         "Rajesh Nair <rajesh.nair@meridianmed.sg>", "Ahmad Faizal <faizal@penangsteelcraft.com.my>",
         "RE: RE: PO MMS/PO/2406/040 BL-2 samples", "Tue, 25 Jun 2024 17:02:09 +0800", _p37_text)))])

# p38: WhatsApp, UK lab builder's engineer: "good to run".
_p38 = """[02/07/2024, 08:30:12] Priya Shah: Morning Tomas, PO CLI-PO-24-0661 is out: 2 FAT units SU-1200 (sink base). The other 98 are NOT released. Tom signs off the FAT, then I send the written production release. Material for the 2 only
[02/07/2024, 08:41:50] Tomas Jankauskas: Good morning Priya, noted 2 FAT units, 98 waiting for your written release
[18/07/2024, 13:02:33] Tomas Jankauskas: Tom, we modified the plinth recess like you asked at the pre-FAT call, photo attached. OK?
[18/07/2024, 13:02:51] Tomas Jankauskas: <attached: 00000044-PHOTO-2024-07-18-13-02-51.jpg>
[18/07/2024, 13:20:07] Tom Reid: Yep looks spot on, good to run 👍
[18/07/2024, 13:21:15] Tomas Jankauskas: Super, thanks Tom!
[18/07/2024, 13:25:40] Tom Reid: Flights booked for FAT, landing KUN Tuesday 22:10
"""
case("p38_uk_lt_whatsapp_good_to_run", ["RG002"],
     "engineer's 'good to run' names no quantity and no sample scope; buyer's earlier scope is complete",
     [("WhatsApp_Chat_Calder_Baltic_SU-1200.txt", _p38)])

# p39: UK trust DOCX minutes: "Supplier may proceed." with no quantity anywhere.
_p39 = docx_bytes([
    ("h1", "Ward Furniture Project – Progress Meeting 7"),
    ("p", "Pennine Vale Hospitals NHS Trust   |   Date: 11/07/2024, 14:00–15:30   |   Location: Calder House, room 2.07 / Teams"),
    ("p", "Present: Siobhan Walsh (Head of Procurement), Sister Claire Dunn (Ward 31), Tom Reid (Estates), "
          "Paweł Zieliński (Meblomed, via Teams). Apologies: Dr R. Banerjee."),
    ("h", "1. Minutes of meeting 6"),
    ("p", "Agreed as a true record."),
    ("h", "2. Estates update"),
    ("p", "Level 3 decoration complete. Floor protection to stay until furniture is installed."),
    ("h", "3. Infection control"),
    ("p", "Wipe test of laminate with Chlor-Clean 1,000 ppm: no surface damage after 30 cycles."),
    ("h", "4. Sample bedside cabinets"),
    ("p", "4.1 The user group reviewed the sample cabinets in the mock-up bay. Outcome: samples approved. "
          "Supplier may proceed."),
    ("p", "4.2 The remaining cabinets stay on hold until the written production release from Siobhan Walsh, "
          "which follows the ward-trial sign-off by Sister Claire Dunn."),
    ("h", "5. Actions"),
    ("table", [
        ["No.", "Action", "Owner", "Due"],
        ["7.1", "Issue drawings rev E with the new handle position", "Meblomed", "19/07/2024"],
        ["7.2", "Book ward trial slot on Ward 31", "C. Dunn", "26/07/2024"],
        ["7.3", "Confirm delivery route via Block A lift", "T. Reid", "19/07/2024"],
    ]),
    ("p", "Next meeting: 25/07/2024."),
], author="Siobhan Walsh")
case("p39_uk_pl_minutes_may_proceed", ["RG002", "RG010"],
     "minutes say 'Supplier may proceed' without scope or quantity and no authorizing text states any active quantity; hold, event and person are stated",
     [("Progress_Meeting_7_minutes.docx", _p39)])

# c15: WhatsApp, UAE lab builder and Turkish maker, complete scope among pleasantries.
_c15 = """[16/06/2024, 10:12:04] Sanjay Menon: Eid Mubarak Mehmet bey! Hope you and the family are well
[16/06/2024, 10:30:51] Mehmet Yılmaz: Bayramınız mübarek olsun Sanjay, thank you! All good here, hot in Bursa 😅
[17/06/2024, 09:05:33] Sanjay Menon: PO GLB-PO-5630 is in your inbox: 3 sample wall cabinets WC-900 for the mock-up lab in Al Qusais
[17/06/2024, 09:06:10] Sanjay Menon: The balance of 117 cabinets is on hold. Eng. Rashid Khan has to sign off the mock-up first, then I send you the written production release. Please buy material for the 3 samples only
[17/06/2024, 09:40:22] Mehmet Yılmaz: Noted: 3 samples only, 117 on hold until your written release. Material for 3 only
[17/06/2024, 09:41:05] Mehmet Yılmaz: Glass doors or solid?
[17/06/2024, 09:45:40] Sanjay Menon: Glass, 4 mm toughened, frame RAL 9016
[03/07/2024, 15:12:18] Mehmet Yılmaz: Samples packed, 1 pallet 120x80x160, 86 kg. Sending with TK cargo Thursday
[03/07/2024, 15:14:02] Sanjay Menon: 👍 Send AWB pls, our clearing agent is Al Futtaim Logistics
"""
case("c15_ae_tr_whatsapp_complete_scope", [],
     "chat states 3 samples, 117 on hold, mock-up sign-off by Eng. Rashid Khan, written release by Sanjay Menon; supplier restates",
     [("WhatsApp_Chat_Bursa_Lab_WC-900.txt", _c15)])

# c16: UK trust DOCX specification with per-floor table; authorizes nothing beyond the 66 already released.
_c16 = docx_bytes([
    ("h1", "Specification – Bedside Cabinets, Phase 2 (Levels 6–9)"),
    ("p", "Pennine Vale Hospitals NHS Trust – Estates & Procurement   |   Spec PVH-SPEC-FF-014 rev C   |   29/08/2024"),
    ("h", "1. Product"),
    ("p", "BSC-450 bedside cabinet, left- or right-hand door as per room data sheets, compact laminate top, "
          "antimicrobial edge, anti-tip bracket. Compliant with HTM 71 and BS EN 14749:2016."),
    ("h", "2. Quantities by floor (planning figures)"),
    ("table", [
        ["Level", "Wards", "Cabinets (LH)", "Cabinets (RH)", "Total"],
        ["6", "61, 62", "52", "50", "102"],
        ["7", "71, 72", "52", "50", "102"],
        ["8", "81, 82", "52", "50", "102"],
        ["9", "91, 92", "52", "50", "102"],
        ["Total", "", "208", "200", "408"],
    ]),
    ("h", "3. Authority"),
    ("p", "This specification is a technical document. It does not authorize production or the purchase of "
          "material. The planning figures above are not released."),
    ("p", "Currently released: Levels 3–5, 66 cabinets, on PO PVH-PO-0098857. Each further floor is released in "
          "writing by Siobhan Walsh, Head of Procurement, after the installation of the previous floor has been "
          "signed off by Estates (Tom Reid)."),
    ("h", "4. Finishes"),
    ("p", "Carcass white, fronts in three colours per ward (NCS S 2030-B, S 2020-G30Y, S 1515-Y80R)."),
], author="Pennine Vale Hospitals NHS Trust")
case("c16_uk_spec_floor_table_not_released", [],
     "technical spec with 408-unit per-floor planning table, explicitly not released; currently released 66 with event and signer named",
     [("PVH-SPEC-FF-014_revC.docx", _c16)])

# c17: folder: Canadian distributor PO (PDF) + maker's quote (PDF); quote's production tier declared informational.
_c17_po = pdfx([
    ("h1", "PURCHASE ORDER / BON DE COMMANDE LMD-45-2311"),
    ("p", "Laurentian Medical Distribution Inc., 4200 rue Jean-Talon O., Montréal QC H4P 1W1"),
    ("p", "Supplier: Penang Steelcraft Sdn Bhd, Penang, Malaysia   |   Date: 2024-07-15   |   Quotation PS-Q-1203 (attached)"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "OT-8", "Overbed table, height-adjustable, HPL top – clinical evaluation sample", "5", "188.00", "940.00"],
    ]),
    ("sp",),
    ("p", "Active quantity: five (5) sample overbed tables for clinical evaluation."),
    ("p", "The production quantity of 245 shown in quotation PS-Q-1203 is for information only and is not released."),
    ("p", "Production can be released only in writing by Marc-André Tremblay, after the clinical evaluation has been "
          "signed off by Sophie Gagnon (QA). Material authority: the 5 samples only."),
    ("p", "Ship by air, DAP Montréal-Trudeau (YUL). Labels bilingual EN/FR."),
], title="LMD-45-2311", author="Marc-André Tremblay")
_c17_quote = pdfx([
    ("h1", "QUOTATION PS-Q-1203"),
    ("p", "Penang Steelcraft Sdn Bhd, Plot 221, Jalan Perindustrian Bukit Minyak 7, 14100 Penang"),
    ("p", "To: Laurentian Medical Distribution Inc.   |   Date: 2024-07-02   |   Valid 60 days"),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Lead time"],
        ["OT-8", "Overbed table, sample", "5", "188.00", "3 weeks"],
        ["OT-8", "Overbed table, production", "245", "142.00", "7 weeks after production release"],
    ]),
    ("p", "Prices FOB Penang. Air freight for samples at cost."),
    ("p", "Ahmad Faizal, Sales Manager"),
], title="PS-Q-1203", author="Ahmad Faizal")
case("c17_ca_my_po_plus_quote_informational", [],
     "PO for 5 samples with attached quote showing 245; PO declares the 245 informational and not released, names event and signer",
     [("LMD-45-2311_PO.pdf", _c17_po), ("PS-Q-1203_quotation.pdf", _c17_quote)])

# c18: Swedish production release notice for the full balance, with signer and evidence.
_c18_text = f"""Hej Tomasz,

Production release PR-2024-07 for the bedside cabinets BSC-450, Hylliekliniken:

- Quantity released for production: 348 cabinets (the full balance of quotation Q-MM-24-0311).
- Unlock event: ward-trial sign-off on 28 August 2024 by Dr Eva Norén (form WT-14, attached).
- Commercial cover: PO 4500018822 rev 2, issued 30 August 2024, covers the 348.
- Authorized by: Karin Lundqvist, Category Manager (release limit SEK 5 m).
- Material authority: 348 cabinets.

After this release nothing remains on hold under this quotation. Deliveries per floor as in the
schedule of PO rev 2 (plan 2 first, week 45).

Med vänlig hälsning
{sig("Karin Lundqvist", "Category Manager, Medical Furniture", "Skånevård Fastigheter AB, Malmö", "+46 40 33 18 52")}"""
_c18_form = """WARD TRIAL SIGN-OFF - FORM WT-14
Hylliekliniken, avdelning 14
Product: BSC-450 bedside cabinet (Meblomed), 12 trial units
Trial period: 2024-07-22 to 2024-08-23
Result: signed off without remarks
Signed: Dr Eva Norén, clinical user group lead, 2024-08-28
"""
case("c18_se_pl_release_full_balance", [],
     "written production release of the full balance (348) with unlock event, commercial cover, signer and material authority; nothing left on hold",
     [("Production_release_PR-2024-07_BSC-450.eml", eml_bytes(mail(
         "Karin Lundqvist <karin.lundqvist@skanevard.se>", "Tomasz Wiśniewski <t.wisniewski@meblomed.pl>",
         "Production release PR-2024-07 – BSC-450, 348 cabinets", "Fri, 30 Aug 2024 15:40:00 +0200", _c18_text,
         html=html_of(_c18_text), attachments=[("WT-14_signoff.txt", _c18_form, "text/plain")])))])

# c19: Singapore hospital cluster's portal PO: full quantity, per-floor deliveries summing to 96.
_c19_body = f"""<h2>Straits Healthcare Cluster &ndash; Supplier Portal</h2>
<h3>Purchase order SHC-PO-24-01302 (full quantity)</h3>
<p>Vendor: Penang Steelcraft Sdn Bhd &nbsp;|&nbsp; Buyer: Tan Wei Ling &nbsp;|&nbsp; PO date: 19.08.2024</p>
{table_html([
    ["Item", "Material", "Description", "Qty", "Unit SGD", "Value SGD"],
    ["0010", "BL-2", "Bedside locker, SS304 carcass, HPL top", "96", "365.00", "35,040.00"],
])}
<h3>Delivery schedule (per floor)</h3>
{table_html([
    ["Floor", "Wards", "Qty", "Delivery week"],
    ["Level 5", "51, 52", "32", "2024-W44"],
    ["Level 6", "61, 62", "32", "2024-W45"],
    ["Level 7", "71, 72", "32", "2024-W46"],
    ["Total", "", "96", ""],
])}
<div class="note">This PO is for the full quantity of 96 lockers, all of which may be produced now. There is no balance and there will be no further call-offs under this PO. The per-floor schedule is for delivery only.</div>
<p>Acknowledgement: please acknowledge within 3 working days via the portal.</p>
"""
case("c19_sg_my_portal_full_quantity", [],
     "portal PO for the full 96 lockers with per-floor delivery schedule summing to 96; no balance",
     [("SHC_portal_SHC-PO-24-01302.html", html_page("SHC Supplier Portal – SHC-PO-24-01302", _c19_body))])

# ------------------------------------------------------------------ batch 5

# p40: Swedish lab builder sends a sample PO with the maker's two-tier quote attached and says
# nothing about the 156.
_p40_po = pdfx([
    ("h1", "INKÖPSORDER / PURCHASE ORDER NLB-24-0455"),
    ("p", "Nordlab Bygg AB, Lindholmspiren 9, 417 56 Göteborg"),
    ("p", "Leverantör: Baltic Casework UAB, Pramonės pr. 16, LT-51329 Kaunas   |   Datum: 2024-06-24"),
    ("p", "Projekt: Life Science House, Lindholmen – mock-up room 2.031"),
    ("table", [
        ["Rad", "Artikel", "Beskrivning", "Antal", "à-pris EUR", "Belopp EUR"],
        ["1", "VCC-600", "Ventilated chemical cabinet 600, sample", "4", "1 120,00", "4 480,00"],
    ]),
    ("sp",),
    ("p", "Leverans: DAP Göteborg, vecka 33. Fakturaadress: Nordlab Bygg AB, FE 412, 105 69 Stockholm (e-faktura via PEPPOL)."),
    ("p", "Erik Sjöberg, Projektinköpare, +46 31 704 22 95"),
], title="NLB-24-0455", author="Erik Sjöberg")
_p40_quote = pdfx([
    ("h1", "QUOTATION BC-Q-2024-140"),
    ("p", "Baltic Casework UAB, Kaunas   |   To: Nordlab Bygg AB, Erik Sjöberg   |   2024-06-10   |   Valid 90 days"),
    ("table", [
        ["Item", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["VCC-600", "Ventilated chemical cabinet 600, sample", "4", "1 120,00", "4 480,00"],
        ["VCC-600", "Ventilated chemical cabinet 600, production", "156", "865,00", "134 940,00"],
    ]),
    ("p", "Certified to EN 14470-1 type 90 (flammables) – fire test report 90-FR-0661. Extraction spigot Ø 100."),
    ("p", "Lead time: samples 5 weeks, production 8 weeks. Delivery DAP Göteborg."),
], title="BC-Q-2024-140", author="Tomas Jankauskas")
_p40_text = f"""Hej Tomas,

Here is our PO NLB-24-0455 for the sample cabinets, and your quotation BC-Q-2024-140.

Please deliver the 4 sample cabinets VCC-600 to the mock-up room 2.031 at Life Science House
by week 33. Our site contact is Malin Håkansson, 070-512 33 80; the loading bay is on the
north side, max 12 m trucks.

Please send the EN 14470-1 certificate with the delivery note.

Tack på förhand!
{sig("Erik Sjöberg", "Projektinköpare", "Nordlab Bygg AB, Göteborg", "+46 31 704 22 95")}"""
case("p40_se_lt_po_with_two_tier_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 4 with the quote's 156 production tier attached; nothing says the 156 is not released, no unlock event, no release person",
     [("PO_NLB-24-0455_sample_cabinets.eml", eml_bytes(mail(
         "Erik Sjöberg <erik.sjoberg@nordlabbygg.se>", "Tomas Jankauskas <tomas.j@balticcasework.lt>",
         "PO NLB-24-0455 – VCC-600 sample cabinets", "Mon, 24 Jun 2024 13:20:00 +0200", _p40_text,
         html=html_of(_p40_text),
         attachments=[("NLB-24-0455.pdf", _p40_po, PDF_MT), ("BC-Q-2024-140.pdf", _p40_quote, PDF_MT)])))])

# p41: folder: UAE hospital group's sample PO (PDF) + the maker's online quote page (HTML) with 318.
_p41_po = pdfx([
    ("h1", "PURCHASE ORDER ANH-PO-2024-0930"),
    ("p", "Al Noor Hospitals Group – Group Procurement, Al Maryah Island, Abu Dhabi, UAE"),
    ("p", "Supplier: Ningbo Hengrui Medical Furniture Co., Ltd.   |   Date: 2024-08-12   |   Supplier quote: HR-Q-24-0455 (online)"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "PW-2", "Patient wardrobe, 2 doors, HPL, sample order", "2", "410.00", "820.00"],
    ]),
    ("sp",),
    ("p", "Delivery: DDP Al Noor Tower B mock-up room, Level 3, by 2024-09-20."),
    ("p", "Documents required: commercial invoice, packing list, certificate of origin (chamber attested)."),
    ("p", "Buyer: Fatima Al Hashemi, Senior Procurement Officer, +971 2 555 0190"),
], title="ANH-PO-2024-0930", author="Fatima Al Hashemi")
_p41_quote_body = f"""<h2>Hengrui Online Quotation HR-Q-24-0455</h2>
<p>Customer: Al Noor Hospitals Group &nbsp;|&nbsp; Contact: Fatima Al Hashemi &nbsp;|&nbsp; Date: 2024-08-01 &nbsp;|&nbsp; Valid: 60 days</p>
{table_html([
    ["Item", "Description", "Stage", "Qty", "Unit USD", "Lead time"],
    ["PW-2", "Patient wardrobe, 2 doors, HPL, lockable", "Sample", "2", "410.00", "20 days"],
    ["PW-2", "Patient wardrobe, 2 doors, HPL, lockable", "Production", "318", "286.00", "35 days"],
])}
<p>Colour options: Oak 'Nebraska', White W1000, Grey F7. Hinges Blum Clip-top 110&deg;. Fire rating of HPL: EN 13501-1 B-s2,d0.</p>
<p><a href="#">Accept quotation</a> &middot; <a href="#">Download PDF</a></p>
"""
case("p41_ae_cn_po_plus_online_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 2 wardrobes with the maker's quote page showing 318 production; PO says nothing about the balance, its unlock or who releases it",
     [("ANH-PO-2024-0930.pdf", _p41_po),
      ("Hengrui_quote_HR-Q-24-0455.html", html_page("Hengrui Online Quotation HR-Q-24-0455", _p41_quote_body))])

# p42: Canadian hospital group ERP PO: 8 samples, quote reference line shows 400 series.
_p42 = """LAKESHORE HEALTH PARTNERS                                    PURCHASE ORDER
SUPPLY CHAIN SERVICES - 2100 LAKE SHORE BLVD W, TORONTO ON M8V 1A1       PAGE 1
-------------------------------------------------------------------------------
PO         : LHP-PO-24-3501        REV : 0         DATE  : 2024-08-06
VENDOR     : 100477  EGE MEDIKAL MOBILYA A.S., KEMALPASA OSB, IZMIR, TURKIYE
BUYER      : N. FOURNIER  416-555-0148
SHIP TO    : ETOBICOKE GENERAL HOSPITAL, RECEIVING DOCK B
TERMS      : NET 45          FOB : DAP TORONTO (INCOTERMS 2020)
-------------------------------------------------------------------------------
LN  ITEM        DESCRIPTION                         QTY  UOM     PRICE   EXTENDED
01  OT-12       OVERBED TABLE, TILT TOP, SAMPLE       8   EA    214.00    1712.00
                REF QUOTE EGE-Q-24-301 (8 SAMPLE + 400 SERIES)
-------------------------------------------------------------------------------
                                               TOTAL CAD            1712.00
SPECIAL INSTRUCTIONS:
 SAMPLES FOR CLINICAL EVALUATION ON 4 WEST AND 5 WEST.
 TILT MECHANISM PER DWG EGE-OT12-04 REV 2. CASTORS 75 MM, 2 LOCKING.
 PACKING: 1 TABLE PER CARTON, LABELS EN/FR.
 ASN REQUIRED 48 H BEFORE DELIVERY.
-------------------------------------------------------------------------------
"""
case("p42_ca_tr_erp_po_quote_ref_400", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO for 8 with quote reference showing 400 series beside it; no hold, no unlock event, no release person",
     [("LHP-PO-24-3501.txt", _p42)])

# p43: UK distributor's buyer-portal PO page: sample 6, 'project quantity 180', nothing else.
_p43_body = f"""<div style="background:#2b4d2b;color:#fff;padding:6px"><b>Medway Clinical Supplies</b> &middot; Purchasing portal</div>
<h2>Purchase order MCS-PO-11950</h2>
{table_html([
    ["Supplier", "Order date", "Currency", "Incoterms", "Buyer"],
    ["Ege Medikal Mobilya A.Ş., Izmir", "05/08/2024", "GBP", "DAP Chatham", "Daniel Hughes"],
])}
<h3>Lines</h3>
{table_html([
    ["Line", "Item", "Description", "Qty", "Unit GBP", "Total GBP"],
    ["1", "PRC-3", "Patient recliner chair, vinyl Dove Grey, sample", "6", "455.00", "2,730.00"],
])}
<h3>Project details</h3>
{table_html([
    ["Customer", "Project", "Project quantity", "Installation"],
    ["Kent & Medway hospices group", "Day-room refurbishment 2024/25", "180", "Q1 2025"],
])}
<p>Please acknowledge this order within 2 working days. Delivery address: Unit 7, Chatham Maritime Trade Park, ME4 4TZ.</p>
"""
case("p43_uk_tr_portal_sample_plus_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO: 6 sample chairs with 'project quantity 180' beside it; nothing about the balance, its unlock or who releases it",
     [("MCS_portal_MCS-PO-11950.html", html_page("Purchase order MCS-PO-11950", _p43_body))])

# p44: UAE lab builder asks for "the sample units" with no number; hold, event and person are stated.
_p44_text = f"""Dear Mehmet bey,

Further to our call, please make the sample units of the reagent shelving RS-1800 per your
quotation for the mock-up lab in Block R2 – same finish as the benches (RAL 9016 uprights,
beech-effect shelves).

The production quantity remains on hold until the mock-up has been signed off by Eng. Rashid
Khan. After that I will send you the written production release. Material for the sample units
only, please.

Kindly confirm the air-freight date.

Best regards,
{sig("Sanjay Menon", "Procurement Lead", "Gulf Lab Build LLC, Dubai", "+971 4 555 0133")}"""
case("p44_ae_tr_sample_units_no_number", ["RG010"],
     "buyer authorizes 'the sample units' without stating how many; hold, unlock event and release person are stated",
     [("RS-1800_sample_units_mock-up.eml", eml_bytes(mail(
         "Sanjay Menon <sanjay.menon@gulflabbuild.ae>", "Mehmet Yılmaz <mehmet.yilmaz@bursalab.com.tr>",
         "RS-1800 reagent shelving – sample units for mock-up", "Sun, 21 Jul 2024 10:12:30 +0400", _p44_text,
         html=html_of(_p44_text))))])

# p45: UK trust asks a Chinese maker to start on the samples: no number, nothing about the rest.
_p45_text = f"""Hi Lily,

Thanks for the quote and the video call yesterday, very helpful.

Please start on the sample medication carts for the ward trial – same spec as we discussed
on the call (5 drawers, keypad lock, Northbridge blue fascia). Let me know the lead time and
the air-freight cost to Manchester.

Our estates team asks whether the carts fit through a 900 mm door with the side bin fitted?

Cheers,
{sig("Gareth Price", "Procurement Lead – Medical Equipment", "Northbridge Hospitals NHS Foundation Trust", "0161 496 0722")}"""
case("p45_uk_cn_start_sample_carts", ["RG003", "RG004", "RG005", "RG010"],
     "sample authorization with no quantity and nothing about the balance, its unlock event or who releases it",
     [("Sample_medication_carts_ward_trial.eml", eml_bytes(mail(
         "Gareth Price <gareth.price@northbridge.nhs.uk>", "Lily Chen <lily.chen@hengrui-med.cn>",
         "Sample medication carts – ward trial", "Thu, 01 Aug 2024 16:44:10 +0100", _p45_text)))])

# p46: UK trust call-off for Level 5 with no quantity; the later levels' hold is complete.
_p46_text = f"""Dear Paweł,

This e-mail is the call-off for Level 5 under PO NBH-4410511: please produce the Level 5 bedside
cabinets, same configuration as Level 4 (left-hand doors in the single rooms, right-hand in the
bays).

Levels 6 to 8 remain on hold. I will issue the next call-off in writing once Estates (Tom Reid)
has signed off the Level 5 installation. Material for Level 5 only.

Delivery to Block C loading bay, booking via the estates helpdesk 0161 496 0733.

Kind regards,
{sig("Gareth Price", "Procurement Lead – Medical Equipment", "Northbridge Hospitals NHS Foundation Trust", "0161 496 0722")}"""
case("p46_uk_pl_calloff_level5_no_qty", ["RG010"],
     "call-off for Level 5 never states how many cabinets; hold on Levels 6-8, unlock event and person are stated",
     [("Call-off_Level_5_bedside_cabinets.eml", eml_bytes(mail(
         "Gareth Price <gareth.price@northbridge.nhs.uk>", "Paweł Zieliński <p.zielinski@meblomed.pl>",
         "Call-off Level 5 – bedside cabinets", "Mon, 09 Sep 2024 09:30:00 +0100", _p46_text,
         html=html_of(_p46_text))))])

# c20: Teams, Canadian lab builder gives an explicit staged material authority; maker stays inside it.
_c20 = """Microsoft Teams – chat export
Chat: FVRC Level 3 fume hoods | Cascadia Lab Systems / Suzhou Cleanair
Exported: 2024-07-05 12:10 (UTC-07:00)

[2024-06-24 09:12] Jennifer Cho (Cascadia Lab Systems)
Kevin, PO CLS-PO-24-1266 covers 4 FAT hoods FH-1500-VAV. The balance of 44 is not released: Dave signs off the FAT, then I send you the written production release.

[2024-06-24 09:14] Jennifer Cho (Cascadia Lab Systems)
Material authority (staged): you may buy sash glass and baffle steel for up to 48 hoods at Cascadia's liability, because of the July glass-plant shutdown. Cutting, welding and assembly are limited to the 4 FAT hoods.

[2024-06-24 18:40] Kevin Zhou (Suzhou Cleanair)
Thank you Jennifer. Understood: build 4 FAT hoods; glass and baffle steel may be bought for up to 48 under your staged material authority; no fabrication beyond the 4.

[2024-07-04 17:55] Kevin Zhou (Suzhou Cleanair)
Update: glass for 48 sashes and baffle steel for 48 received and stored uncut. FAT hoods in assembly.

[2024-07-05 08:30] Dave MacLeod (Cascadia Lab Systems)
Thanks. FAT 19 August confirmed, I'll bring the tracer gas analyser.
"""
case("c20_ca_cn_teams_staged_material", [],
     "explicit staged material authority up to 48 above the 4 released; maker buys within it and fabricates only the 4",
     [("Teams_FVRC_L3_fume_hoods.txt", _c20)])

# c21: UK lab builder's stop notice, with the quantity authorized now stated as none.
_c21_text = f"""STOP NOTICE – PO CLI-PO-24-0611 (SU-800 base units)

Dear Tomas,

With immediate effect, please stop all work on PO CLI-PO-24-0611.

- Quantity authorized now: none. Nothing further may be started, cut or assembled, including
  any unit you consider released. The 2 FAT units already finished stay in your store.
- The balance of 118 units remains not released.
- Do not buy any further material for this order.
- The stop will be lifted only by a written notice from me, after the client's design review of
  the service void has been signed off by A. Okonkwo (HSP Estates), expected 30 August.

The reason is a change to the wall services that may move the plinth recess. I will share the
revised drawing as soon as we have it.

Apologies for the disruption.
{sig("Priya Shah", "Senior Buyer", "Calder Lab Interiors Ltd, Leeds", "0113 496 0762")}"""
case("c21_uk_lt_stop_notice", [],
     "stop notice: quantity authorized now none, balance not released, lift only by written notice from Priya Shah after sign-off by A. Okonkwo",
     [("STOP_NOTICE_CLI-PO-24-0611.eml", eml_bytes(mail(
         "Priya Shah <priya.shah@calderlab.co.uk>", "Tomas Jankauskas <tomas.j@balticcasework.lt>",
         "STOP NOTICE – PO CLI-PO-24-0611", "Fri, 02 Aug 2024 12:00:00 +0100", _c21_text,
         cc="Tom Reid <tom.reid@calderlab.co.uk>")))])

# c22: Singapore lab builder: interim sample disposition with limits and a separate production release.
_c22 = pdfx([
    ("h1", "Sample Disposition and Production Release No. 1"),
    ("p", "Kallang Lab Fitout Pte Ltd   |   Supplier: Klang Valley Labworks Sdn Bhd   |   PO KLF/PO/24/0233 rev 1   |   20 Aug 2024"),
    ("p", "Item: SSU-1200 stainless steel sink unit, drawing KVL-SSU-1200 rev D"),
    ("h", "1. Sample disposition (engineering)"),
    ("table", [
        ["Disposition", "Limit – quantity", "Limit – expiry", "Condition"],
        ["INTERIM", "40 units", "30 Sep 2024", "weld discolouration on drainer accepted as cosmetic; corrected sample due 15 Sep"],
    ]),
    ("p", "Signed off (interim) by Dr Chua Swee Lan, client lab manager, 19 Aug 2024."),
    ("h", "2. Production release (procurement)"),
    ("p", "Production Release No. 1: forty (40) SSU-1200 are released for production, within the interim limits above."),
    ("p", "The balance of 46 units is not released. It is unlocked only by the final sample sign-off of the corrected "
          "sample by Dr Chua Swee Lan, followed by a written production release from Lim Boon Huat."),
    ("p", "Material authority: 40 units."),
    ("p", "Released by: Lim Boon Huat, Project Procurement Manager (release authority)."),
], title="Sample disposition and release 1 KLF/PO/24/0233", author="Lim Boon Huat")
case("c22_sg_my_interim_disposition_release", [],
     "interim sample sign-off with quantity and date limits, separate production release of 40 within the limits; balance 46 held with event and signer",
     [("KLF_disposition_release_1_SSU-1200.pdf", _c22)])

# c23: Canadian hospital group: full-quantity spare-stock call-off (TXT), no balance.
_c23 = """LAKESHORE HEALTH PARTNERS                                  CALL-OFF / SPARE STOCK
SUPPLY CHAIN SERVICES                                                   PAGE 1
-------------------------------------------------------------------------------
CALL-OFF    : LHP-BPO-2024-019-SP1          DATE : 2024-10-14
BLANKET PO  : LHP-BPO-2024-019 (PT-2 PROCEDURE TROLLEYS)
VENDOR      : VILMEDA UAB, VILNIUS, LITHUANIA
BUYER       : NICOLE FOURNIER  416-555-0148
-------------------------------------------------------------------------------
LN ITEM         DESCRIPTION                              QTY UOM
01 PT2-DSK      DRAWER SLIDE KIT, 3-DRAWER SET            12 SET
02 PT2-CST-LK   CASTOR 100 MM, TOTAL LOCK                 24 EA
03 PT2-HDL      PUSH HANDLE, ALU, RAL 5012                 6 EA
-------------------------------------------------------------------------------
NOTE: SPARE STOCK FOR BIOMEDICAL ENGINEERING STORES. THIS CALL-OFF IS THE
FULL QUANTITY - THERE IS NO BALANCE AND NO FURTHER SPARE-STOCK CALL-OFF IS
PLANNED. SHIP WITH THE NEXT TROLLEY CONSOLIDATION OR BY COURIER IF SOONER.
PART NUMBERS PER VILMEDA SPARE PARTS LIST VM-SPL-2024 REV 3.
-------------------------------------------------------------------------------
"""
case("c23_ca_lt_spare_stock_full_calloff", [],
     "full-quantity spare-stock call-off with no balance; part and list numbers are identifiers",
     [("LHP-BPO-2024-019-SP1_spares.txt", _c23)])

# c24: Canadian distributor's DOCX deviation permit for the samples only.
_c24 = docx_bytes([
    ("h1", "Deviation Permit DP-0412"),
    ("p", "Laurentian Medical Distribution Inc. – Quality Assurance   |   Date: 2024-08-21"),
    ("p", "Supplier: Ningbo Hengrui Medical Furniture Co., Ltd.   |   PO LMD-45-2290   |   Part: DI-40 drawer insert"),
    ("table", [
        ["Field", "Entry"],
        ["Requirement", "Colour Pantone 7541 C per drawing HR-DI40-001 rev 2"],
        ["Deviation", "Colour Pantone 7543 C (slightly darker grey) on the sample lot"],
        ["Quantity covered", "50 sample inserts (the whole sample lot on PO LMD-45-2290)"],
        ["Reason", "masterbatch supplier change; function and fit not affected"],
        ["Disposition", "accepted for the fit trial only"],
    ]),
    ("p", "This permit covers the 50 samples only. It does not release production and does not change the "
          "drawing. Production remains not released: it needs the fit-trial sign-off by Sophie Gagnon (QA) and then "
          "a written production release from Marc-André Tremblay. Production parts must meet 7541 C."),
    ("p", "Signed: Sophie Gagnon, QA Lead   |   Acknowledged by supplier: ______________________"),
], author="Sophie Gagnon")
case("c24_ca_cn_deviation_permit_samples", [],
     "deviation permit limited to the 50 samples; states production not released with event and signer",
     [("DP-0412_deviation_permit.docx", _c24)])

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
