#!/usr/bin/env python3
"""Generator for the releasegate check_holdout214 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout214/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
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
    m["Message-ID"] = msgid or f"<h214-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h214")
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
import textwrap  # noqa: E402
from html import escape as hesc  # noqa: E402


def D(s):
    """dedent a triple-quoted block and drop the first newline"""
    return textwrap.dedent(s).lstrip("\n")


def quote(text, level=1):
    pre = ">" * level
    out = []
    for ln in text.rstrip("\n").split("\n"):
        if not ln.strip():
            out.append(pre)
        elif ln.startswith(">"):
            out.append(pre + ln)          # nested quote: ">>" like most mail clients
        else:
            out.append(pre + " " + ln)
    return "\n".join(out) + "\n"


def to_html(text):
    """plain mail text -> simple HTML alternative (paragraphs, line breaks, quoted blocks)"""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines if ln.strip()):
            inner = "<br>\n".join(hesc(ln.lstrip("> ")) for ln in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(hesc(ln) for ln in lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def txt_mail(frm, to, sent, subject, body, cc=None, attachments=None):
    h = f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    h += f"Subject: {subject}\n"
    if attachments:
        h += f"Attachments: {attachments}\n"
    return h + "\n" + body


def local_sig(lines, disclaimer=None):
    s = "\n-- \n" + "\n".join(lines) + "\n"
    if disclaimer:
        s += "\n" + disclaimer + "\n"
    return s


# ------------------------------------------------------------ parties (all fictional)
INGRID = "Ingrid Solheim <ingrid.solheim@bjorkvik.kommune.no>"
TOR = "Tor Eirik Haugen <tor.eirik.haugen@bjorkvik.kommune.no>"
RUTA = "Rūta Petrauskienė <ruta.petrauskiene@medeina-baldai.lt>"
MINDAUGAS = "Mindaugas Kazlauskas <mindaugas.kazlauskas@medeina-baldai.lt>"
LAN = "Nguyen Thi Lan <lan.nt@binhanfurniture.vn>"
HUNG = "Tran Van Hung <hung.tv@binhanfurniture.vn>"
EMRE = "Emre Yıldız <emre.yildiz@kartalokul.com.tr>"
CINDY = "Cindy Liang <cindy@hx-schoolfurniture.com>"
IOANA = "Ioana Munteanu <ioana.munteanu@mobilacarpatica.ro>"
ANDREI = "Andrei Popescu <andrei.popescu@mobilacarpatica.ro>"
WANJIRU = "Wanjiru Kamau <w.kamau@tumaini-schools.or.ke>"
OCHIENG = "Eng. Daniel Ochieng <d.ochieng@tumaini-schools.or.ke>"
TIN = "Ma. Cristina Dela Cruz <mcdelacruz@slu-qc.edu.ph>"
MANALO = "Dr. Liza Manalo <lmanalo@slu-qc.edu.ph>"
GEMMA = "Gemma Whitfield <g.whitfield@severnside-trust.org.uk>"
MARTIN = "Martin Oakes <m.oakes@severnside-trust.org.uk>"

SIG_INGRID = local_sig(
    ["Med vennlig hilsen / Best regards", "Ingrid Solheim", "Innkjøpsrådgiver / Purchasing adviser",
     "Bjørkvik kommune – Innkjøp og logistikk", "Rådhusgata 4, 5454 Bjørkvik", "Tlf. +47 56 12 34 50"],
    "Denne e-posten kan inneholde informasjon som er underlagt taushetsplikt. Er du ikke rett mottaker, "
    "vennligst slett e-posten og gi beskjed til avsender. / This e-mail may contain confidential "
    "information. If you are not the intended recipient, please delete it and notify the sender.")
SIG_TOR = local_sig(
    ["Tor Eirik Haugen", "Prosjektleder skolebygg / Project manager school buildings",
     "Bjørkvik kommune – Eiendom", "Mob. +47 913 40 277"])
SIG_WANJIRU = local_sig(
    ["Wanjiru Kamau", "Procurement Officer", "Tumaini Schools Infrastructure Programme (TSIP)",
     "Programme Office, Upper Hill, Nairobi | Tel: +254 20 271 4400"],
    "DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. "
    "TSIP does not accept liability for any errors or omissions in the contents of this message. "
    "Please consider the environment before printing this email.")
SIG_GEMMA = local_sig(
    ["Gemma Whitfield", "Procurement & Contracts Manager", "Severnside Learning Trust – Central Team",
     "Tel: 01452 700 310 | Mob: 07700 900 418"],
    "Severnside Learning Trust is a charitable company limited by guarantee registered in England and "
    "Wales. This email and any files transmitted with it are confidential. If you have received it in "
    "error, please notify the sender and delete it. Any views expressed are those of the author and not "
    "necessarily those of the Trust.")
SIG_TIN = local_sig(
    ["Ma. Cristina \"Tin\" Dela Cruz", "Supply Officer III, Procurement Office",
     "San Lorenzo University, Quezon City", "Tel. (02) 8921 4410 loc. 215"],
    "CONFIDENTIALITY: This message is intended only for the use of the addressee. If you are not the "
    "intended recipient, you are hereby notified that any dissemination of this communication is strictly "
    "prohibited. Please be guided accordingly.")
SIG_LAN = local_sig(
    ["Thanks and best regards,", "Nguyen Thi Lan (Ms.)", "Sales Executive – Export Department",
     "BINH AN FURNITURE JSC", "Lot C5, Nam Tan Uyen Industrial Park, Binh Duong, Viet Nam",
     "Tel: +84 274 3 612 345 | Whatsapp/Zalo: +84 908 112 604"])
SIG_EMRE = local_sig(
    ["Kind regards / Saygılarımla", "Emre Yıldız", "Export Manager",
     "Kartal Okul Mobilyaları San. ve Tic. A.Ş.", "Kayseri OSB 18. Cadde No:7, 38070 Melikgazi/Kayseri",
     "T +90 352 321 45 67"],
    "Bu e-posta ve ekleri gizlidir. / This e-mail and its attachments are confidential and intended "
    "only for the addressee.")
SIG_CINDY = local_sig(
    ["Best regards", "Cindy Liang | Sales Manager", "Foshan Huaxing School Furniture Co., Ltd.",
     "Longjiang Town, Shunde District, Foshan, Guangdong, China",
     "Tel: +86 757 2332 8810  Wechat: cindy_hx_furniture"])
SIG_IOANA = local_sig(
    ["Cu stimă / Best regards,", "Ioana Munteanu", "Key Account Manager",
     "MOBILA CARPATICA SRL", "Str. Humorului 88, 720225 Suceava, România", "Tel. +40 230 522 710"],
    "Acest mesaj poate conține informații confidențiale. / This message may contain confidential "
    "information and is intended only for the named recipient.")
SIG_RUTA = local_sig(
    ["Pagarbiai / Best regards", "Rūta Petrauskienė", "Sales manager", "UAB Medeina Baldai",
     "Pramonės pr. 12, LT-51329 Kaunas", "+370 37 45 12 80"])



# =================================================================== CLEAN
# c01 supplier quote with tiers (Turkey -> English academy trust), PDF
case("c01_quote_tiers_kartal", [],
     "Supplier quote alone with pilot and two production tiers; no authorization in the bundle (conv. 4).",
     [("KRT-Q-24-0612.pdf", pdf([
         ("h1", "KARTAL OKUL MOBILYALARI SAN. VE TIC. A.S."),
         ("p", "Kayseri Organize Sanayi Bolgesi, 18. Cadde No:7, 38070 Melikgazi / Kayseri, Turkiye - "
               "Tel +90 352 321 45 67 - export@kartalokul.com.tr"),
         ("h", "QUOTATION No. KRT-Q-24-0612"),
         ("table", [["To", "Severnside Learning Trust, Central Team, Gloucester (Attn. Ms Gemma Whitfield)"],
                    ["Date", "29.04.2024"],
                    ["Your ref.", "RFQ SLT-RFQ-24-019, student desks Phase 1"],
                    ["Validity", "60 days"]]),
         ("sp",),
         ("p", "Dear Ms Whitfield, thank you for your enquiry. We are pleased to offer you as follows:"),
         ("table", [["Pos", "Article", "Description", "Qty", "Unit price GBP", "Lead time"],
                    ["1", "SD-1200-06", "Student desk 1200x600, height adjustable EN 1729 size 5-7, "
                     "HPL top grey, frame RAL 7016 - pilot / sample", "6", "142,00", "3 weeks"],
                    ["2", "SD-1200-06", "Same desk, production tier A", "480", "96,50",
                     "8 weeks after release"],
                    ["3", "SD-1200-06", "Same desk, production tier B", "960", "91,80",
                     "10 weeks after release"],
                    ["4", "TL-SD-01", "Edge banding jig, one-off", "1", "650,00", "with pilot"]]),
         ("h", "Notes"),
         ("p", "- Pos 2 and pos 3 are price levels for information. Production quantity we make only "
               "against your written production release."),
         ("p", "- Tests: EN 1729-1:2015 and EN 1729-2:2012+A1:2015 report from accredited laboratory; "
               "frame powder coat salt spray ISO 9227 NSS 240 h."),
         ("p", "- Quality system ISO 9001:2015 and ISO 14001:2015. Boards E1, FSC Mix 70%."),
         ("p", "- Payment: 30% advance with order, 70% before loading. Incoterms 2020 FCA Kayseri."),
         ("sp",),
         ("p", "We hope our offer is suitable for you and we are waiting your kind reply."),
         ("p", "Best regards, Emre Yildiz, Export Manager"),
     ], title="KRT-Q-24-0612", author="Kartal Okul Mobilyalari"))])

# c02 buyer RFQ with three scenarios (Norway -> Lithuania), EML multipart/alternative
_t = D("""
    Hei Rūta,

    Takk for sist at the fair in Lillestrøm. As promised, here is our request for quotation for chair
    shells for the new Nordhaug skole (opening August 2025).

    Part: CS-46 chair shell, polypropylene, EN 1729-1 size 5 (CS-4605) and size 6 (CS-4606),
    colour NCS S 3060-R90B or nearest RAL. Drawing CS-46 rev F attached in the tender folder.

    Please quote three scenarios:

      A) 24 sample shells (12 of each size) for test in two classrooms
      B) 600 shells (300 + 300)
      C) 1 200 shells (600 + 600)

    Please give the mould / tooling cost separately, lead time for samples and for production, and
    how long your prices are valid. Delivery DAP Bjørkvik (Incoterms 2020).

    NB: this is a request for quotation only. It is not an order and it releases nothing. If we go
    further you get a purchase order (IO number) from Visma with the scope written in it.

    Deadline for your offer: 30.04.2024.
    """) + SIG_INGRID
_h = html_page("RFQ 2024-031", D("""
    <p>Hei Rūta,</p>
    <p>Takk for sist at the fair in Lillestrøm. As promised, here is our request for quotation for chair
    shells for the new Nordhaug skole (opening August 2025).</p>
    <p>Part: CS-46 chair shell, polypropylene, EN 1729-1 size 5 (CS-4605) and size 6 (CS-4606),
    colour NCS S 3060-R90B or nearest RAL. Drawing CS-46 rev F attached in the tender folder.</p>
    <p>Please quote three scenarios:</p>
    <table><tr><th>Scenario</th><th>Quantity</th><th>Comment</th></tr>
    <tr><td>A</td><td>24</td><td>sample shells (12 of each size) for test in two classrooms</td></tr>
    <tr><td>B</td><td>600</td><td>300 + 300</td></tr>
    <tr><td>C</td><td>1 200</td><td>600 + 600</td></tr></table>
    <p>Please give the mould / tooling cost separately, lead time for samples and for production, and
    how long your prices are valid. Delivery DAP Bjørkvik (Incoterms 2020).</p>
    <p class="note">NB: this is a request for quotation only. It is not an order and it releases nothing.
    If we go further you get a purchase order (IO number) from Visma with the scope written in it.</p>
    <p>Deadline for your offer: 30.04.2024.</p>
    <p>Med vennlig hilsen / Best regards<br>Ingrid Solheim<br>Innkjøpsrådgiver / Purchasing adviser<br>
    Bjørkvik kommune – Innkjøp og logistikk</p>
    """))
case("c02_rfq_three_scenarios", [],
     "Buyer RFQ with three quantity scenarios, says it is not an order; nothing is authorized.",
     [("RFQ_2024-031.eml", eml_bytes(mail(
         INGRID, RUTA, "Forespørsel / RFQ 2024-031 – stolskall CS-46, Nordhaug skole",
         "Tue, 16 Apr 2024 10:12:00 +0200", _t, html=_h)))])

# c03 WeChat: supplier asks for go-ahead on balance, buyer scope complete (Philippines <-> Foshan)
case("c03_wechat_question_balance", [],
     "Buyer scope complete (2 samples, 58 not released, event, Engr. Villanueva); supplier only asks for "
     "the go-ahead and buyer says wait (conv. 8 question).",
     [("WeChat_Cindy_Liang_export.txt", D("""
         WeChat chat history
         Chat with: Cindy Liang 梁 (Huaxing Furniture)
         Exported by: Tin Dela Cruz   2024-06-20 16:02

         ——————  2024-05-14  ——————
         Tin Dela Cruz  09:12
         Hi Cindy good morning! PO SLU-PO-2024-0452 sent to your email po. It covers 2 sample book trolleys BT-300-2 only.

         Tin Dela Cruz  09:13
         The 58 balance is NOT released. Engr. Ramon Villanueva (VP for Administration) will send a written release only after the Library signs the sample evaluation. Pls buy material for the 2 samples only.

         Cindy Liang 梁  09:40
         ok noted dear 👌 2 pcs sample only. castor 100mm with brake, 4 per trolley right?

         Tin Dela Cruz  09:41
         Yes po, 2 with brake 2 without.

         ——————  2024-06-18  ——————
         Cindy Liang 梁  14:05
         Dear Tin, the 2 samples arrive Manila port already, broker will deliver Thursday.

         Cindy Liang 梁  14:05
         [Photo]

         Cindy Liang 梁  14:06
         can we have the go-ahead for the balance 58 pcs? our workshop have slot in July

         Tin Dela Cruz  14:30
         Not yet po. Sample evaluation is on Friday with Dr. Manalo. Please wait for the written release from Engr. Villanueva, don't start the 58 yet.

         Cindy Liang 梁  14:31
         ok understand, we wait 🙏
         """))])

# c04 Kenyan programme forecast, labelled, ERP printout
case("c04_labelled_forecast_tsip", [],
     "Indicative requirement schedule clearly labelled forecast / not a PO / no production or material "
     "authority; non-authorizing.",
     [("TSIP_IRS_rev3_2024-07.txt", D("""
         TUMAINI SCHOOLS INFRASTRUCTURE PROGRAMME (TSIP)
         Programme Office, Upper Hill, Nairobi
         =====================================================================
         INDICATIVE REQUIREMENT SCHEDULE (FORECAST)   Rev 3   08/07/2024
         *** NOT A PURCHASE ORDER - NOT AN AUTHORITY TO PRODUCE ***
         =====================================================================
         Supplier  : Binh An Furniture JSC        (Vendor No. V-0211)
         Items     : SD-1200-06 student desk / LD-300-18 locker door /
                     WF-2412-A whiteboard frame
         Basis     : County enrolment returns 2024, Phase 2 & 3
                     (FY 2024/25 - FY 2025/26)

         COUNTY        PHASE   DESKS   LOCKER DOORS   WB FRAMES   EST. LPO DATE
         ------------  -----  ------  -------------  ----------  -------------
         Kisumu          2       600            240          30   Nov 2024
         Machakos        2       450            180          24   Nov 2024
         Nakuru          2       750            300          36   Jan 2025
         Kilifi          3       600            240          30   Apr 2025
         Turkana         3     1 000            400          48   Jul 2025
         ------------  -----  ------  -------------  ----------
         TOTAL                 3 400          1 360         168

         Notes:
         1. Figures are forecast quantities for capacity planning only. They may
            change with county confirmations and Treasury disbursement.
         2. This schedule does not commit TSIP to purchase and does not authorise
            production or purchase of material. Quantities are ordered only by a
            Local Purchase Order (LPO) and produced only against a written release.
         3. Kindly revert with your monthly capacity for each item by 31/07/2024.

         Prepared: W. Kamau, Procurement Officer       Checked: F. Achieng, Finance
         Page 1 of 1                                    TSIP-ERP v4.2 / RPT-IRS-01
         """))])

# c05 sample evaluation, approved for fit check only (Philippines), DOCX
case("c05_fit_check_only_signoff", [],
     "Sample approved for fit check only, not a production release; 1,150 on hold until written release "
     "by Engr. Villanueva after lab report; material for 50 only.",
     [("SER-2024-017.docx", docx_bytes([
         ("h1", "SAN LORENZO UNIVERSITY"),
         ("p", "Office of the Vice President for Administration – Physical Plant and Procurement, Quezon City"),
         ("h", "SAMPLE EVALUATION REPORT No. SER-2024-017"),
         ("table", [["Item", "Chair shell CS-4606 (EN 1729-1 size 6), polypropylene, RAL 5010"],
                    ["Supplier", "Binh An Furniture JSC, Binh Duong, Viet Nam"],
                    ["PO", "SLU-PO-2024-0488 (fifty (50) pilot shells)"],
                    ["Date of evaluation", "27 June 2024"],
                    ["Evaluated by", "Engr. Paolo Reyes, Physical Plant; Ms. Ma. Cristina Dela Cruz, Procurement"]]),
         ("h", "Results"),
         ("table", [["Check", "Requirement", "Result"],
                    ["Fit with SD-1200 desk frame, seat height", "EN 1729-1 size 6", "Pass"],
                    ["Stacking, 8 high", "Supplier spec BA-CS-46", "Pass"],
                    ["Colour", "RAL 5010", "Pass"],
                    ["Static load / durability", "EN 1729-2", "Lab report pending"]]),
         ("h", "Disposition"),
         ("p", "Sample APPROVED FOR FIT CHECK ONLY (classroom trial in Rooms 301 and 302). This is not a "
               "production release."),
         ("p", "The production balance of 1,150 shells remains on hold. It will be released only by a written "
               "production release from Engr. Ramon Villanueva, VP for Administration, after the EN 1729-2 lab "
               "report is received and this evaluation is closed as final."),
         ("p", "Supplier to buy material for the 50 pilot shells only until then."),
         ("sp",),
         ("p", "Evaluated: Engr. Paolo Reyes        Noted: Ma. Cristina Dela Cruz, Supply Officer III"),
     ], author="P. Reyes"))])

# c06 full-quantity PO on buyer portal "proceed with the full 40" (UK -> Romania), HTML
case("c06_portal_full_quantity", [],
     "Full-quantity PO for 40 trolleys, says no balance and no sample stage; 'proceed with the full 40 pcs' "
     "is scoped (conv. 5, 8).",
     [("slt_portal_SLT-PO-24-0902.html", html_page("SLT Supplier Portal – SLT-PO-24-0902", D("""
         <div style="background:#1d3557;color:#fff;padding:6px">Severnside Learning Trust – Supplier Portal</div>
         <h2>Purchase order SLT-PO-24-0902 (rev 0)</h2>
         <table>
         <tr><th>Supplier</th><td>Mobila Carpatica SRL, Suceava, Romania (supplier no. 30177)</td></tr>
         <tr><th>Buyer</th><td>Gemma Whitfield, Procurement &amp; Contracts Manager</td></tr>
         <tr><th>Issued</th><td>14/05/2024</td></tr>
         <tr><th>Status</th><td>Issued to supplier</td></tr>
         </table>
         <h3>Lines</h3>
         <table>
         <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price (GBP)</th><th>Line total (GBP)</th></tr>
         <tr><td>1</td><td>BT-300-2</td><td>Double-sided book trolley, beech ply, 3 tiers, 4 castors 100 mm (2 braked)</td><td>40</td><td>118.00</td><td>4,720.00</td></tr>
         </table>
         <p>Delivery: 10 trolleys to each of four academy libraries (Abbeymead, Westbury, Kingsholm, Tuffley), w/c 2 September 2024.</p>
         <div class="note">This purchase order is for the full quantity of 40 trolleys. There is no further
         balance and no sample stage (design unchanged from SLT-PO-23-0415). Please proceed with the full
         40 pcs and buy material for 40.</div>
         <p>Questions: g.whitfield@severnside-trust.org.uk / 01452 700 310</p>
         """)))])

# c07 EHF order, full quantity with three schedule lines (Norway -> Lithuania), TXT
case("c07_ehf_full_schedule", [],
     "EHF order for the full 64 end panels with three delivery lines summing to 64; no balance, no sample "
     "stage (conv. 5).",
     [("EHF_ordre_IO-2024-0402.txt", D("""
         EHF ORDRE / PEPPOL BIS Order 3.0 – utskrift (printout)
         ---------------------------------------------------------------------------
         Ordrenummer (ID)       : IO-2024-0402
         Utstedt (IssueDate)    : 2024-05-21
         Kjøper                 : Bjørkvik kommune, org.nr 939 812 457
         Kjøpers referanse      : 4520 Bjørkvik bibliotek – ombygging
         Leverandør             : UAB Medeina Baldai, LT100004561218
         Avtale / contract ref. : RA-2023-07 (rammeavtale skolemøbler)
         Valuta                 : EUR

         Linje  Varenr       Beskrivelse                               Antall  Enh   Pris     Beløp
         1      EP-1800-30   Endegavl bjørk 1800x300x25 / end panel        64  EA   48,90  3 129,60
                             Tegning EP-1800 rev D, kant ABS 2 mm

         Leveringsplan / delivery schedule (linje 1):
           1.1   24 EA   uke 30 (2024-07-22)   Bjørkvik bibliotek, 1. etasje
           1.2   24 EA   uke 32 (2024-08-05)   Bjørkvik bibliotek, 2. etasje
           1.3   16 EA   uke 34 (2024-08-19)   Nordhaug skole, skolebibliotek
                 --
                 64 EA

         Merknad / note:
         Hele kvantumet er bestilt. This order covers the full quantity of 64 end panels.
         The design is unchanged since order IO-2023-0877, so there is no sample stage and
         no balance. Produce and deliver per the schedule above.

         Sum eks. mva                                                          EUR 3 129,60
         Kontakt: Ingrid Solheim, tlf. +47 56 12 34 50
         """))])

# c08 EDIFACT call-off with staged material authority above the released quantity (UK -> Turkey), TXT
case("c08_delfor_staged_material", [],
     "Call-off 02 releases 120 (cumulative 126); explicit staged material authority up to 240 desks; remaining "
     "354 not released until call-off 03 signed by Martin Oakes (conv. 10).",
     [("DELFOR_SLT-CO-24-002.txt", D("""
         EDIFACT DELFOR D.96A – human readable print (Severnside Learning Trust via Tradeshift)
         -------------------------------------------------------------------------------------
         UNH+000214+DELFOR:D:96A:UN'
         BGM+241+SLT-CO-24-002+9'                    call-off 02
         DTM+137:20240703:102'
         NAD+BY+5060000000031::9++SEVERNSIDE LEARNING TRUST'
         NAD+SU+8690000000417::9++KARTAL OKUL MOBILYALARI AS'
         RFF+CT:SLT-FA-24-003'                       framework agreement, commercial cover 480 desks
         LIN+1++SD-1200-06:SA'
         QTY+113:120:PCE'                            quantity released by this call-off
         SCC+1'                                      firm
         DTM+2:20240902:102'
         QTY+3:126:PCE'                              cumulative released incl. 6 pilot desks
         FTX+AAI+++MATERIAL AUTHORITY STAGED - BUYER LIABILITY FOR MATERIAL UP TO 240 DESKS (TUBE, HPL TOPS, FITTINGS)'
         FTX+AAI+++REMAINING 354 DESKS NOT RELEASED - NEXT RELEASE ONLY BY CALL-OFF 03 SIGNED BY MARTIN OAKES, DIRECTOR OF ESTATES'
         UNT+14+000214'

         PLAIN ENGLISH SUMMARY (portal message, 03/07/2024, G. Whitfield)
         - Call-off 02 releases 120 desks SD-1200-06 for delivery 2 September 2024
           (cumulative with the 6 pilot desks: 126).
         - You may buy and hold material for up to 240 desks at the Trust's liability
           (staged material authority). Please do not cut, weld or assemble more than
           the 120 released.
         - The remaining 354 desks under SLT-FA-24-003 are not released. The next release
           comes only as call-off 03, signed by Martin Oakes.
         """))])

# c09 signed auto-conversion addendum (Norway / Lithuania), DOCX
case("c09_signed_autoconversion", [],
     "Explicit signed auto-conversion: approved sign-off by Tor Eirik Haugen releases 1 176, with form, date "
     "limit and exclusions; material sample-only until then (conv. 9).",
     [("IO-2024-0355_tillegg_1.docx", docx_bytes([
         ("h1", "Tilleggsavtale 1 / Addendum 1 to order IO-2024-0355"),
         ("p", "Bjørkvik kommune (buyer) – UAB Medeina Baldai (supplier). Part: CS-4605 chair shell size 5, "
               "polypropylene, drawing CS-46 rev F."),
         ("h", "1. Background"),
         ("p", "Order IO-2024-0355 covers 24 sample shells (line 10) and, from revision 2 dated 10.05.2024, "
               "1 176 production shells (line 20). Line 20 is commercial cover only until it is released as "
               "set out in section 2."),
         ("h", "2. Automatic release after sample sign-off (auto-conversion)"),
         ("p", "The parties agree that an approved sample sign-off for CS-4605, signed by Tor Eirik Haugen "
               "(prosjektleder, release authority for Nordhaug skole), releases 1 176 shells for production by "
               "itself, without a separate release letter."),
         ("p", "Conditions: (a) the sign-off is made on form BK-KS-07 and states the result 'approved'; "
               "(b) it is signed on or before 30.09.2024; (c) an interim or rejected sign-off releases nothing; "
               "(d) a written stop from Bjørkvik kommune overrides this clause."),
         ("h", "3. Material"),
         ("p", "Until the sign-off, material authority is sample-only (24 shells)."),
         ("h", "4. Signatures"),
         ("table", [["For Bjørkvik kommune", "For UAB Medeina Baldai"],
                    ["Tor Eirik Haugen, prosjektleder – signed 13.05.2024",
                     "Rūta Petrauskienė, sales manager – signed 14.05.2024"],
                    ["Ingrid Solheim, innkjøpsrådgiver – signed 13.05.2024", ""]]),
     ], author="Ingrid Solheim"))])

# c10 old quote forwarded as rfc822, declared informational (Kenya -> Vietnam), EML
_old = mail(LAN, WANJIRU, "Quotation BA-Q-2311-045 - locker doors & whiteboard frames",
            "Wed, 15 Nov 2023 14:20:00 +0700", D("""
    Dear Ms. Wanjiru,

    Good day. Please find below our quotation as your request:

      LD-300-18 locker door steel 0.8mm RAL 7035   5 000 pcs   USD 24.90/pc
      WF-2412-A whiteboard frame 2400x1200           600 pcs   USD 30.80/pc

    Price FOB Cat Lai port, validity 30 days. Lead time 45 days.

    We hope to receive your order soon.
    """) + SIG_LAN)
_t = D("""
    Dear Mr. Hung,

    Greetings from Nairobi. As you requested on our call, I am forwarding below the 2023 quotation from
    Ms. Lan, for your reference on pricing only.

    Please note: this is an old quotation. It is not an order, and the 5 000 locker doors and 600 frames
    in it are neither ordered nor released.

    Our current order with you is LPO TSIP/LPO/2024/131 for twenty (20) sample whiteboard frames only.
    The balance is not released until the pilot sign-off, after which Eng. Daniel Ochieng, Programme
    Manager, will issue a written release.

    Kindly revert with your updated prices by Friday.
    """) + SIG_WANJIRU
case("c10_fwd_old_quote_informational", [],
     "2023 quote (5 000 / 600) forwarded as message/rfc822 and declared informational; current LPO 20 samples, "
     "hold, event, Eng. Ochieng named.",
     [("Fwd_BA-Q-2311-045.eml", eml_bytes(mail(
         WANJIRU, HUNG, "Fwd: Quotation BA-Q-2311-045 - for reference only",
         "Mon, 17 Jun 2024 09:05:00 +0300", _t, cc=LAN, attachments=[("rfc822", _old)])))])

# c11 buyer corrects a quoted supplier line that assumed roll-over (UK -> Turkey), EML quoted reply
_q = D("""
    Dear Gemma,

    Pilot 6 desks will be ready at 12 June. To keep September, after the samples approval we will roll
    directly into the 474 desks, and material we order next week for all.

    Kind regards
    Emre
    """)
_t = D("""
    Hi Emre,

    Thanks for the update – but please don't. A sample sign-off releases nothing on its own.

    PO SLT-PO-24-0868 covers the 6 pilot desks only. The other 474 stay on hold until Martin Oakes
    (Director of Estates) sends a written production release after the sample sign-off.

    Please buy material for the 6 only for now. If lead time on the tube is a worry, tell me how many
    desks' worth you'd want to stage and I'll ask Martin about a staged material authority.

    Thanks,
    Gemma
    """) + SIG_GEMMA + "\nOn Mon, 3 Jun 2024 at 08:41, Emre Yıldız <emre.yildiz@kartalokul.com.tr> wrote:\n" + quote(_q)
case("c11_buyer_corrects_rollover", [],
     "Quoted supplier 'roll directly into the 474' is corrected by the buyer: 6 only, 474 on hold until "
     "Martin Oakes' written release, material for 6 (conv. 3, 9).",
     [("RE_SLT-PO-24-0868.eml", eml_bytes(mail(
         GEMMA, EMRE, "RE: SLT-PO-24-0868 pilot desks – schedule", "Mon, 3 Jun 2024 11:17:00 +0100", _t,
         in_reply_to="<h214-kartal-0603@kartalokul.com.tr>")))])

# c12 WhatsApp: supplier says deposit does not release production (Kenya <-> Foshan), TXT
case("c12_whatsapp_deposit_not_release", [],
     "Buyer scope 4 sample doors, 396 on hold until Eng. Ochieng's written release after pilot sign-off; "
     "supplier: deposit does not release production (conv. 14).",
     [("WhatsApp Chat with Cindy Liang HX.txt", D("""
         [03/06/2024, 10:02:11] Wanjiru Kamau: Hi Cindy. LPO TSIP/LPO/2024/136 sent by email this morning – 4 sample locker doors LD-300-18, RAL 7035, hinge left.
         [03/06/2024, 10:03:40] Wanjiru Kamau: Balance 396 is not released. Eng. Daniel Ochieng will issue the written release after the pilot sign-off at Kisumu.
         [03/06/2024, 10:15:02] Cindy Liang: ok dear received 👍
         [05/06/2024, 16:20:05] Cindy Liang: Dear Wanjiru, we received your deposit USD 1 248 (hinge punch tooling + samples) thank you 🙏
         [05/06/2024, 16:21:30] Cindy Liang: pls note deposit does not release production. we make only the 4 sample doors. mass production only after your written release
         [05/06/2024, 16:40:12] Wanjiru Kamau: Correct, thank you Cindy. Sawa, we shall revert after the pilot.
         """))])

# c13 supplier order acknowledgement restating the hold (Romania -> UK), PDF
case("c13_ack_restates_hold", [],
     "Supplier acknowledgement restates 8 samples, 312 not released until sign-off and Martin Oakes' "
     "written release, material for 8 only; non-authorizing.",
     [("OA-24-0345.pdf", pdf([
         ("h1", "MOBILA CARPATICA SRL"),
         ("p", "Str. Humorului 88, 720225 Suceava, Romania - CUI RO14822931 - Tel. +40 230 522 710"),
         ("h", "ORDER ACKNOWLEDGEMENT OA-24-0345"),
         ("table", [["Customer", "Severnside Learning Trust, Gloucester, United Kingdom"],
                    ["Your PO", "SLT-PO-24-0893 rev 0 dated 21.05.2024"],
                    ["Our date", "23.05.2024"],
                    ["Contact", "Ioana Munteanu, Key Account Manager"]]),
         ("sp",),
         ("table", [["Pos", "Article", "Description", "Qty", "Unit GBP", "Total GBP"],
                    ["1", "EP-1800-30", "Shelving end panel, birch plywood 1800x300x25, clear lacquer, "
                     "drawing EP-1800 rev D - SAMPLE", "8", "52,00", "416,00"]]),
         ("h", "Scope, as written in your PO (acknowledged)"),
         ("p", "Only the 8 sample panels are ordered. The balance of 312 panels is not released. Production "
               "of the balance starts only after your sample sign-off and a written production release from "
               "Mr Martin Oakes, Director of Estates."),
         ("p", "Material: we buy birch plywood for the 8 samples only."),
         ("p", "Delivery of samples: DAP Abbeymead Academy, week 24."),
         ("sp",),
         ("p", "We thank you for your order and remain at your disposal. Ioana Munteanu"),
     ], title="OA-24-0345", author="Mobila Carpatica"))])

# c14 interim sample disposition with quantity and date limits (Kenya / Turkey), DOCX
case("c14_interim_disposition_limits", [],
     "Interim disposition signed by the release authority: 200 desks, Kisumu only, before 31/08/2024, "
     "with condition; remaining 400 on hold until final disposition and written release.",
     [("TSIP-PSD-2024-009.docx", docx_bytes([
         ("h1", "TUMAINI SCHOOLS INFRASTRUCTURE PROGRAMME"),
         ("h", "PILOT SAMPLE DISPOSITION – TSIP-PSD-2024-009"),
         ("table", [["Item", "SD-1200-06 student desk, height adjustable, EN 1729-1 sizes 5–7"],
                    ["Supplier", "Kartal Okul Mobilyaları A.Ş., Kayseri"],
                    ["LPO", "TSIP/LPO/2024/109 rev 1 – commercial cover 605 desks (5 pilot + 600 Kisumu)"],
                    ["Pilot", "5 desks, Kisumu Central Primary, 17–28 June 2024"],
                    ["NCR", "NCR-2024-0117: edge banding lifting on 3 of 5 pilot desks"]]),
         ("h", "Disposition: INTERIM"),
         ("p", "Limits: up to two hundred (200) desks may be produced and delivered under this interim "
               "disposition, for Kisumu County schools only, with delivery before 31/08/2024."),
         ("p", "Condition: the edge banding defect of NCR-2024-0117 is corrected on every desk; Kartal to send "
               "photos of the first 20 desks before packing."),
         ("p", "This interim disposition is the production release for the 200 desks. Material authority: 200 "
               "desks. The remaining 400 desks on LPO rev 1 stay on hold until a final disposition and a "
               "written release from Eng. Daniel Ochieng."),
         ("sp",),
         ("p", "Signed: Eng. Daniel Ochieng, Programme Manager (release authority) – 12/07/2024"),
         ("p", "Copy: W. Kamau, Procurement; F. Achieng, Finance"),
     ], author="D. Ochieng"))])

# c15 full-quantity PO full of quantity-like identifiers (Norway -> Foshan), PDF
case("c15_full_po_identifiers", [],
     "Full-quantity PO for 96 locker doors + 12 spare hinge sets; many quantity-like identifiers "
     "(EN 16121, ISO 9227 240 h, M6x1.0, DRG LD-1800 Rev 4); no balance.",
     [("IO-2024-0427.pdf", pdf([
         ("h1", "Bjørkvik kommune - INNKJØPSORDRE / PURCHASE ORDER"),
         ("p", "Innkjøp og logistikk, Rådhusgata 4, 5454 Bjørkvik - org.nr 939 812 457"),
         ("table", [["Ordrenr / PO", "IO-2024-0427", "Dato", "27.05.2024"],
                    ["Leverandør", "Foshan Huaxing School Furniture Co., Ltd.", "Prosjekt", "4410 Nordhaug skole"],
                    ["Vår ref.", "Ingrid Solheim", "Levering", "DAP Bjørkvik, uke 33"]]),
         ("sp",),
         ("table", [["Linje", "Varenr", "Beskrivelse", "Antall", "Pris EUR", "Beløp EUR"],
                    ["10", "LD-300-18", "Locker door steel 0,8 mm, 300x1800, RAL 7035, hinge left, "
                     "DRG LD-1800 Rev 4", "96", "31,80", "3 052,80"],
                    ["20", "HS-M6", "Spare hinge set incl. screws M6x1.0x12 A2", "12", "4,50", "54,00"],
                    ["", "", "Sum eks. mva", "", "", "3 106,80"]]),
         ("h", "Requirements"),
         ("p", "EN 16121:2013+A1:2017 and EN 14073-2 for the locker block; powder coat salt spray ISO 9227 "
               "NSS 240 h; supplier certified ISO 9001:2015. Packing 6 doors per carton (16 cartons). "
               "Lockers for garderobe 2100 and hall 1800 per drawing A-40-1800."),
         ("h", "Scope"),
         ("p", "This order covers the full quantity: 96 doors and 12 spare hinge sets. There is no sample "
               "stage and no balance. Please produce and deliver all 96 doors."),
     ], title="IO-2024-0427", author="Ingrid Solheim"))])

# c16 multi-file: cover mail + PO + supplier quote; quote declared informational (Philippines -> Turkey)
_t = D("""
    Good day Mr. Yildiz!

    Attached is our PO SLU-PO-2024-0461 for six (6) sample student desks SD-1200-06, for evaluation at
    the College of Engineering.

    Also attached is your quotation KRT-Q-24-0577, for reference only: the 600 pcs production figure in
    it is informational and is NOT released. Please see the scope note in the PO.

    Kindly acknowledge receipt. Thank you po!
    """) + SIG_TIN
case("c16_multi_cover_po_quote_scoped", [],
     "Cover mail + PO + quote: PO scope note states 6 active, 600 not released/forecast, written release by "
     "Engr. Villanueva after evaluation, material for 6; quote declared informational.",
     [("mail_SLU-PO-2024-0461.eml", eml_bytes(mail(
         TIN, EMRE, "PO SLU-PO-2024-0461 - sample desks SD-1200-06", "Thu, 16 May 2024 14:32:00 +0800", _t))),
      ("SLU-PO-2024-0461.pdf", pdf([
          ("h1", "SAN LORENZO UNIVERSITY"),
          ("p", "Procurement Office, Quezon City, Philippines"),
          ("h", "PURCHASE ORDER No. SLU-PO-2024-0461"),
          ("table", [["Supplier", "Kartal Okul Mobilyalari San. ve Tic. A.S., Kayseri, Turkiye"],
                     ["Date", "16 May 2024"], ["Mode of procurement", "Direct contracting (samples)"],
                     ["Place of delivery", "College of Engineering, Main Campus"]]),
          ("sp",),
          ("table", [["Item", "Description", "Unit", "Qty", "Unit cost (PHP)", "Amount (PHP)"],
                     ["1", "SD-1200-06 student desk 1200x600, height adjustable, HPL top - SAMPLE", "unit",
                      "6", "8,450.00", "50,700.00"],
                     ["", "Total amount: Fifty thousand seven hundred pesos only", "", "", "", "50,700.00"]]),
          ("h", "Scope note"),
          ("p", "1. Active quantity: six (6) sample desks."),
          ("p", "2. The production balance (quoted 600 pcs) is NOT released by this PO."),
          ("p", "3. Make and ship the 6 samples only; buy material for 6 only."),
          ("p", "4. The balance will be released only by a written production release signed by Engr. Ramon "
                "Villanueva, VP for Administration, after the sample evaluation report is signed."),
          ("p", "5. The 600 pcs is a forecast for AY 2025-2026, not an order."),
          ("sp",),
          ("p", "Prepared by: Ma. Cristina Dela Cruz, Supply Officer III     Conforme: ______________ (supplier)"),
      ], title="SLU-PO-2024-0461", author="SLU Procurement")),
      ("KRT-Q-24-0577.pdf", pdf([
          ("h1", "KARTAL OKUL MOBILYALARI SAN. VE TIC. A.S."),
          ("h", "QUOTATION No. KRT-Q-24-0577"),
          ("table", [["To", "San Lorenzo University, Procurement Office (Ms. Ma. Cristina Dela Cruz)"],
                     ["Date", "02.05.2024"], ["Validity", "45 days"]]),
          ("sp",),
          ("table", [["Pos", "Article", "Description", "Qty", "Unit USD", "Lead time"],
                     ["1", "SD-1200-06", "Student desk, sample", "6", "151,00", "3 weeks"],
                     ["2", "SD-1200-06", "Student desk, mass production", "600", "98,40", "9 weeks"]]),
          ("p", "Prices FCA Kayseri. Payment 30% advance, 70% before loading."),
          ("p", "Best regards, Emre Yildiz"),
      ], title="KRT-Q-24-0577", author="Kartal Okul Mobilyalari"))])

# c17 release notice for the whole balance, PDF letter attached (Norway -> Lithuania), EML
_t = D("""
    Hei Rūta,

    The sample sign-off for CS-4605 was done 14.06.2024 (result: approved, form BK-KS-07).

    Herewith production release R-02: 1 176 chair shells CS-4605 are released for production under order
    IO-2024-0349 rev 2 (commercial cover 1 200 pcs; the 24 samples are already delivered).
    Material authority: 1 176 shells.

    With this release the full order quantity is released; no balance remains.
    Signed release letter attached.
    """) + SIG_TOR
_rel = pdf([
    ("h1", "Bjørkvik kommune - PRODUKSJONSFRIGIVELSE / PRODUCTION RELEASE"),
    ("table", [["Release no.", "R-02"], ["Order", "IO-2024-0349 rev 2"], ["Supplier", "UAB Medeina Baldai"],
               ["Part", "CS-4605 chair shell PP size 5, drawing CS-46 rev F"],
               ["Quantity released now", "1 176 pcs"], ["Cumulative released", "1 200 pcs (24 samples + 1 176)"],
               ["Commercial cover", "1 200 pcs (PO rev 2, 03.06.2024)"],
               ["Unlock event", "Sample sign-off 14.06.2024, form BK-KS-07, result approved"],
               ["Material authority", "1 176 pcs"],
               ["Authorised by", "Tor Eirik Haugen, prosjektleder (release authority)"],
               ["Date", "17.06.2024"]]),
    ("sp",),
    ("p", "No balance remains on this order after this release."),
], title="R-02 IO-2024-0349", author="Tor Eirik Haugen")
case("c17_release_notice_full_balance", [],
     "Proper production release of the whole balance (1 176) after sign-off, by the named authority, within "
     "cover; no balance remains.",
     [("R-02_IO-2024-0349.eml", eml_bytes(mail(
         TOR, RUTA, "Produksjonsfrigivelse R-02 – IO-2024-0349 – CS-4605", "Mon, 17 Jun 2024 13:40:00 +0200",
         _t, cc=INGRID, attachments=[("R-02_IO-2024-0349.pdf", _rel, PDF_MT)])))])

# c18 buyer hold notice saved as text (UK -> Foshan), TXT
case("c18_hold_notice_mail", [],
     "Written hold: 10 sample doors only, 590 on hold until sample sign-off and Martin Oakes' written "
     "release; no material beyond samples.",
     [("mail_2024-06-03_Whitfield.txt", txt_mail(
         GEMMA, CINDY, "03 June 2024 15:22", "SLT-PO-24-0913 – locker doors – scope in writing", D("""
         Dear Cindy,

         To confirm in writing after our call this morning:

         PO SLT-PO-24-0913 releases ten (10) sample locker doors LD-300-18 only.
         The balance of 590 doors is on hold. It will be released only after the sample sign-off at
         Abbeymead Academy and then a written production release from Martin Oakes, our Director of Estates.

         Until then please buy steel and hinges for the 10 samples only – no material beyond the samples.

         Many thanks,
         Gemma
         """) + SIG_GEMMA, cc=MARTIN))])

# c19 supplier portal status restating hold and sample-only material (Vietnam portal, Kenyan order), HTML
case("c19_supplier_portal_status", [],
     "Supplier portal: 20 released, 330 not released waiting pilot sign-off and Eng. Ochieng's release, "
     "material for 20 only; non-authorizing.",
     [("binhan_portal_BA-SO-24-0388.html", html_page("Binh An Furniture – Customer order status", D("""
         <div style="background:#0b6e4f;color:#fff;padding:6px">BINH AN FURNITURE JSC – Customer portal</div>
         <h2>Order status BA-SO-24-0388</h2>
         <table>
         <tr><th>Customer</th><td>Tumaini Schools Infrastructure Programme (TSIP), Nairobi</td></tr>
         <tr><th>Customer PO</th><td>LPO TSIP/LPO/2024/131</td></tr>
         <tr><th>Updated</th><td>2024-06-24 08:00 (GMT+7)</td></tr>
         </table>
         <table>
         <tr><th>Item</th><th>Released</th><th>Produced</th><th>Shipped</th><th>Material reserved</th></tr>
         <tr><td>WF-2412-A whiteboard frame 2400x1200</td><td>20</td><td>14</td><td>0</td><td>aluminium profile 6063-T5 for 20 frames (sample-only)</td></tr>
         </table>
         <div class="note">Balance 330 frames: not released – waiting customer pilot sign-off and the written
         release from Eng. Daniel Ochieng (TSIP Programme Manager). We will not start the balance before.</div>
         <p>Contact: Ms. Nguyen Thi Lan, Sales Executive – lan.nt@binhanfurniture.vn</p>
         """)))])

# c20 minutes that keep the words apart (Norway + Romania), DOCX
case("c20_minutes_terms_apart", [],
     "Minutes use 'PO issued', 'sample sign-off', 'production release' distinctly; 46 not released until "
     "PO rev 1 and Tor Eirik Haugen's written release; material for 2 only.",
     [("referat_2024-06-12_bokvogner.docx", docx_bytes([
         ("h1", "Referat / Minutes – oppfølgingsmøte bokvogner (book trolleys)"),
         ("p", "Date: 12.06.2024, Teams. Present: Ingrid Solheim, Tor Eirik Haugen (Bjørkvik kommune); "
               "Ioana Munteanu, Andrei Popescu (Mobila Carpatica SRL)."),
         ("table", [["No.", "Item", "Owner"],
                    ["1", "PO IO-2024-0396 issued 03.05.2024 for 2 sample trolleys BT-300-2 (line 10). "
                          "Commercial cover: 2 pcs.", "IS"],
                    ["2", "Sample sign-off done 11.06.2024 by Tor Eirik Haugen. Result: accepted, one remark "
                          "(brakes on both castors at the narrow end).", "TEH"],
                    ["3", "Production release: not given yet. The balance of 46 trolleys is not released. "
                          "TEH issues the production release in writing after PO revision IO-2024-0396 rev 1 "
                          "(48 pcs) is issued, planned week 25.", "TEH / IS"],
                    ["4", "Material: Mobila Carpatica buys beech plywood for the 2 samples only; no staging.", "AP"],
                    ["5", "Ioana confirmed that the sample sign-off does not start production; MC waits for "
                          "the written production release.", "IM"]]),
         ("p", "Next meeting: 26.06.2024. Referent: Ingrid Solheim."),
     ], author="Ingrid Solheim"))])

# c21 Teams go-ahead scoped to the 6 pilot desks only (UK <-> Turkey), TXT
case("c21_teams_scoped_goahead", [],
     "'go ahead with the 6 pilot desks only'; 474 not released, Martin Oakes' written release after "
     "sign-off; material for 6 (conv. 8).",
     [("teams_chat_export_2024-06-17.txt", D("""
         Microsoft Teams – chat export
         Chat: Gemma Whitfield (Severnside Learning Trust), Emre Yıldız (Kartal Okul Mobilyaları) (External)
         ------------------------------------------------------------------------

         17/06/2024 09:41  Emre Yıldız
         Good morning Gemma, drawing SD-1200 rev 6 received, thanks. HPL colour grey F7927 confirmed with our supplier. We are ready for pilot, waiting only your ok.

         17/06/2024 09:58  Gemma Whitfield
         Morning Emre! Yes – go ahead with the 6 pilot desks only (PO SLT-PO-24-0951). The other 474 aren't released – Martin Oakes will send the production release in writing after the sample sign-off at Westbury. Tube and tops for the 6 only please.

         17/06/2024 10:03  Emre Yıldız
         Clear, 6 pilot only 👍 we start today.

         17/06/2024 10:04  Gemma Whitfield
         👍
         """))])

# c22 sample LPO with a complete scope note and labelled forecast (Kenya -> Foshan), PDF
case("c22_lpo_complete_scope", [],
     "LPO scope note does all four jobs: 30 active, 2 970 not released, make 30 only, written release by Eng. "
     "Ochieng after pilot sign-off; 3 000 labelled forecast; material sample-only.",
     [("TSIP-LPO-2024-142.pdf", pdf([
         ("h1", "TUMAINI SCHOOLS INFRASTRUCTURE PROGRAMME"),
         ("p", "Programme Office, Upper Hill, Nairobi - P.O. Box 30412-00100"),
         ("h", "LOCAL PURCHASE ORDER No. TSIP/LPO/2024/142"),
         ("table", [["Supplier", "Foshan Huaxing School Furniture Co., Ltd., Shunde, Foshan, China"],
                    ["Date", "24/06/2024"], ["Quotation", "HX-Q-240588"], ["Delivery", "CIF Mombasa"]]),
         ("sp",),
         ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "CS-4606 chair shell PP, EN 1729-1 size 6, RAL 5010 - SAMPLE", "30", "9.80", "294.00"],
                    ["", "Total: US Dollars Two Hundred Ninety-Four only", "", "", "294.00"]]),
         ("h", "Scope note"),
         ("p", "(1) Active quantity: thirty (30) sample chair shells."),
         ("p", "(2) The balance of 2 970 shells is NOT released by this LPO."),
         ("p", "(3) Make and ship the 30 samples only. Material authority: sample-only (30 shells)."),
         ("p", "(4) The balance is released only by a written release from Eng. Daniel Ochieng, Programme "
               "Manager, after the pilot sign-off."),
         ("p", "The Phase 2 figure of 3 000 shells is a forecast for planning; it is not an order."),
         ("sp",),
         ("p", "Authorised: W. Kamau, Procurement Officer     F. Achieng, Finance Officer"),
     ], title="TSIP/LPO/2024/142", author="TSIP Procurement"))])

# c23 proforma: deposit does not authorise production (Vietnam -> Philippines), PDF
case("c23_proforma_deposit_not_release", [],
     "Supplier proforma: deposit for 50 pilot shells + mould change; states the deposit does not authorise "
     "production beyond the 50 (conv. 14).",
     [("PI-BA-24-0219.pdf", pdf([
         ("h1", "BINH AN FURNITURE JSC"),
         ("p", "Lot C5, Nam Tan Uyen Industrial Park, Binh Duong, Viet Nam - Tax code 3702145588"),
         ("h", "PROFORMA INVOICE No. PI-BA-24-0219"),
         ("table", [["Buyer", "San Lorenzo University, Quezon City, Philippines"],
                    ["Your PO", "SLU-PO-2024-0488"], ["Date", "22/05/2024"], ["Terms", "FOB Cat Lai"]]),
         ("sp",),
         ("table", [["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
                    ["1", "CS-4606 chair shell PP size 6, RAL 5010 - pilot", "50", "11.20", "560.00"],
                    ["2", "Mould modification (logo insert)", "1", "1,400.00", "1,400.00"],
                    ["", "TOTAL", "", "", "1,960.00"],
                    ["", "Deposit 30% to be paid by T/T", "", "", "588.00"]]),
         ("h", "Note"),
         ("p", "Payment of this deposit does not authorise production beyond the 50 pilot shells. Mass "
               "production of the balance starts only after your written production release."),
         ("p", "Bank details: see commercial invoice; beneficiary account no. 0281 0004 5521 6."),
     ], title="PI-BA-24-0219", author="Binh An Furniture"))])

# c24 buyer portal: released call-off plus clearly labelled forecast (Norway -> Vietnam), HTML
case("c24_portal_calloff_forecast", [],
     "Call-off 01 releases 40 frames (Tor Eirik Haugen); 2025 forecast 160 labelled 'not an order'; material "
     "for 40; next release only by call-off 02 signed by TEH.",
     [("bjorkvik_leverandorportal_RA-2024-11.html", html_page("Bjørkvik kommune – Leverandørportal", D("""
         <div style="background:#234;color:#fff;padding:6px">Bjørkvik kommune – Leverandørportal</div>
         <h2>Rammeavtale RA-2024-11 – whiteboard frames WF-2412-A</h2>
         <p>Leverandør: Binh An Furniture JSC (lev.nr 20977). Kontakt: Ingrid Solheim.</p>
         <h3>Avrop / call-offs</h3>
         <table>
         <tr><th>Avrop</th><th>Antall</th><th>Status</th><th>Levering</th></tr>
         <tr><td>01</td><td>40</td><td>Frigitt / released 03.06.2024 by Tor Eirik Haugen</td><td>uke 31</td></tr>
         </table>
         <h3>Prognose 2025 (forecast – ikke bestilling / not an order)</h3>
         <table>
         <tr><th>Kvartal</th><th>Antall</th></tr>
         <tr><td>Q1 2025</td><td>60</td></tr><tr><td>Q2 2025</td><td>40</td></tr><tr><td>Q3 2025</td><td>60</td></tr>
         <tr><td>Sum</td><td>160</td></tr>
         </table>
         <div class="note">Only call-off 01 (40 frames) is released. The forecast quantities are not ordered
         and not released; buy material for 40 frames only. The next release comes only as call-off 02,
         signed by Tor Eirik Haugen.</div>
         """), lang="no"))])

# c25 quoted thread: staged material authority, 50 released, 1 150 on hold (Philippines -> Foshan), EML alt
_q = D("""
    Dear Tin,

    Pilot 50 shells mould is ready. PP granulate price going up next month, can we buy PP for full
    1 200 shells now? pls advise.

    Best regards
    Cindy
    """)
_t = D("""
    Hi Cindy, good day!

    Thanks for the heads up. Engr. Ramon Villanueva agreed to a staged material authority: you may buy
    PP granulate for up to 300 shells at SLU's liability (around 0.75 t). This is for material only.

    Released for production now: the 50 pilot shells under PO SLU-PO-2024-0502. The balance of 1,150
    is not released until the pilot evaluation is signed and Engr. Ramon Villanueva issues the written
    production release. Please don't mould beyond the 50.

    Thank you po!
    Tin
    """) + SIG_TIN + "\nOn Tue, Jun 11, 2024 at 5:02 PM Cindy Liang <cindy@hx-schoolfurniture.com> wrote:\n" + quote(_q)
case("c25_staged_material_reply", [],
     "Reply to supplier's 'buy PP for full 1 200?': explicit staged material authority up to 300; 50 released; "
     "1,150 on hold until evaluation and Engr. Villanueva's written release (conv. 10).",
     [("RE_SLU-PO-2024-0502.eml", eml_bytes(mail(
         TIN, CINDY, "RE: PP granulate – SLU-PO-2024-0502 chair shells", "Wed, 12 Jun 2024 09:26:00 +0800",
         _t, html=to_html(_t), cc=MANALO, in_reply_to="<h214-hx-0611@hx-schoolfurniture.com>")))])


# =================================================================== POSITIVE
# p01 Visma PO printout: 24 samples + production quantity in the note, no hold (Norway -> Lithuania), TXT
case("p01_visma_po_production_note", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO (24) whose note states production quantity 1 176 with planned week; nothing says it is not "
     "released; no event, no release person.",
     [("visma_IO-2024-0318.txt", D("""
         BJØRKVIK KOMMUNE                                      INNKJØPSORDRE
         Innkjøp og logistikk                                  Purchase order
         Rådhusgata 4, 5454 Bjørkvik                           Side 1 av 1
         Org.nr 939 812 457

         Ordrenr     : IO-2024-0318                  Ordredato  : 06.05.2024
         Leverandør  : 20418 UAB Medeina Baldai      Deres ref. : Rūta Petrauskienė
                       Pramonės pr. 12, LT-51329 Kaunas
         Vår ref.    : Ingrid Solheim                Prosjekt   : 4410 Nordhaug skole
         Tilbud      : MB-T-24-118 av 29.04.2024     Lev.beting.: DAP Bjørkvik (Incoterms 2020)
         Betaling    : 30 dager netto                Valuta     : EUR

         Linje Varenr     Beskrivelse                            Antall Enh     Pris      Beløp
         ----- ---------- -------------------------------------- ------ ---- -------- ----------
         10    CS-4605    Stolskall PP str. 5, NCS S 3060-R90B       24 STK     22,40     537,60
                          Chair shell PP size 5 (EN 1729-1)
                          Tegning CS-46 rev F
         ----- ---------- -------------------------------------- ------ ---- -------- ----------
                                                          Sum eks. mva  EUR            537,60

         Merknad til leverandør / note to supplier:
         Prøver til test i klasserom 2B og 3A. Samples for test in classroom 2B and 3A.
         Produksjonsantall 1 176 stk iht. tilbud MB-T-24-118, planlagt levering uke 31.
         Production quantity 1 176 pcs according to your offer MB-T-24-118, planned delivery week 31.

         Fakturaadresse: Bjørkvik kommune, Fakturamottak, Postboks 90, 5455 Bjørkvik
         EHF-faktura til org.nr 939 812 457. Oppgi alltid ordrenr. IO-2024-0318.
         """))])

# p02 multi-file: cover mail + pilot PO + supplier quote with 480 attached "so everything is in one place"
_t = D("""
    Hi Emre,

    Hope all's well in Kayseri. Please find attached our PO SLT-PO-24-0871 for the six pilot desks
    SD-1200-06 (HPL grey, frame RAL 7016), delivery to Westbury Academy by 28 June.

    I've also attached your quote KRT-Q-24-0533 so everything is in one place for your team.

    Just so you know who's who: Martin Oakes (Director of Estates, cc'd) is the release authority for
    anything on the desk programme.

    Any questions, give me a shout.

    Kind regards,
    Gemma
    """) + SIG_GEMMA
case("p02_multi_cover_po_quote_480", ["RG001", "RG003", "RG004"],
     "Pilot PO (6) sent with the supplier quote showing 480 production, nothing saying informational or not "
     "released; no event; Martin Oakes named as release authority.",
     [("mail_SLT-PO-24-0871.eml", eml_bytes(mail(
         GEMMA, EMRE, "SLT-PO-24-0871 – pilot desks", "Tue, 21 May 2024 10:05:00 +0100", _t, cc=MARTIN))),
      ("SLT-PO-24-0871.pdf", pdf([
          ("h1", "Severnside Learning Trust"),
          ("p", "Central Team, Quayside House, Gloucester GL1 2XX - VAT GB 318 4402 17"),
          ("h", "PURCHASE ORDER SLT-PO-24-0871"),
          ("table", [["Supplier", "Kartal Okul Mobilyalari San. ve Tic. A.S., Kayseri, Turkey"],
                     ["Order date", "21/05/2024"], ["Quote ref.", "KRT-Q-24-0533"],
                     ["Deliver to", "Westbury Academy, Site Office, by 28/06/2024"]]),
          ("sp",),
          ("table", [["Line", "Item", "Description", "Qty", "Unit GBP", "Total GBP"],
                     ["1", "SD-1200-06", "Pilot student desk, HPL grey, frame RAL 7016", "6", "142.00", "852.00"],
                     ["2", "TL-SD-01", "Edge banding jig (tooling)", "1", "650.00", "650.00"],
                     ["", "", "Total excl. VAT", "", "", "1,502.00"]]),
          ("p", "Please quote the PO number on all invoices and delivery notes. Terms: 30 days from invoice. "
                "The Trust's standard terms and conditions of purchase apply."),
      ], title="SLT-PO-24-0871", author="Gemma Whitfield")),
      ("KRT-Q-24-0533.docx", docx_bytes([
          ("h1", "KARTAL OKUL MOBİLYALARI SAN. VE TİC. A.Ş."),
          ("p", "Kayseri OSB 18. Cadde No:7, 38070 Melikgazi / Kayseri"),
          ("h", "QUOTATION KRT-Q-24-0533"),
          ("p", "To: Severnside Learning Trust – Ms Gemma Whitfield. Date: 07.05.2024. Validity: 60 days."),
          ("table", [["Pos", "Article", "Description", "Qty", "Unit price GBP", "Delivery"],
                     ["1", "SD-1200-06", "Pilot desks", "6", "142,00", "3 weeks"],
                     ["2", "SD-1200-06", "Mass production, same spec", "480", "96,50", "8 weeks"],
                     ["3", "TL-SD-01", "Edge banding jig", "1", "650,00", "with pilot"]]),
          ("p", "Payment: 30% advance, balance before loading. FCA Kayseri."),
          ("p", "Emre Yıldız – Export Manager"),
      ], author="Emre Yildiz"))])

# p03 PO with an 'Project Qty' column beside the sample quantity (Philippines -> Foshan), PDF
case("p03_po_project_qty_column", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO (2 trolleys) with a 'Project Qty 60' column, no statement that the 58 is not released, no "
     "event, no release person.",
     [("SLU-PO-2024-0457.pdf", pdf([
         ("h1", "SAN LORENZO UNIVERSITY"),
         ("p", "Procurement Office, Katipunan Avenue, Quezon City 1108, Philippines"),
         ("h", "PURCHASE ORDER"),
         ("table", [["Supplier", "Foshan Huaxing School Furniture Co., Ltd.", "P.O. No.", "SLU-PO-2024-0457"],
                    ["Address", "Longjiang Town, Shunde, Foshan, China", "Date", "08 May 2024"],
                    ["Mode of procurement", "Direct contracting", "PR No.", "PR-LIB-2024-0092"]]),
         ("sp",),
         ("table", [["Item No.", "Description", "Unit", "Order Qty", "Project Qty", "Unit Cost (USD)",
                     "Amount (USD)"],
                    ["1", "BT-300-2 double-sided book trolley, 3 tiers, beech ply, 4 castors 100 mm "
                          "(2 with brake) - SAMPLE", "unit", "2", "60", "265.00", "530.00"],
                    ["2", "Sea freight and handling to Manila", "lot", "1", "-", "180.00", "180.00"],
                    ["", "TOTAL", "", "", "", "", "710.00"]]),
         ("p", "Place of delivery: University Library, Main Campus, Attn. Dr. Liza Manalo, Library Director."),
         ("p", "Delivery term: thirty (30) calendar days from receipt of this PO. Payment term: 30 days after "
               "inspection and acceptance."),
         ("p", "In case of failure to make the full delivery within the time specified above, a penalty of "
               "one-tenth (1/10) of one percent for every day of delay shall be imposed."),
         ("sp",),
         ("p", "Prepared by: Ma. Cristina Dela Cruz, Supply Officer III     Funds available: Accounting Office"),
         ("p", "Conforme: ______________________ (signature over printed name of supplier / date)"),
     ], title="SLU-PO-2024-0457", author="SLU Procurement"))])

# p04 LPO mail with pasted quote table (10 / 350), LPO attached; no hold (Kenya -> Vietnam), EML + PDF att
_lpo = pdf([
    ("h1", "TUMAINI SCHOOLS INFRASTRUCTURE PROGRAMME"),
    ("p", "Programme Office, Upper Hill, Nairobi"),
    ("h", "LOCAL PURCHASE ORDER No. TSIP/LPO/2024/117"),
    ("table", [["Supplier", "Binh An Furniture JSC, Binh Duong, Viet Nam"], ["Date", "09/05/2024"],
               ["Quotation", "BA-Q-2403-112"], ["Delivery", "Programme Office, Upper Hill, Nairobi"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
               ["1", "WF-2412-A whiteboard frame 2400x1200, anodised aluminium - sample", "10", "38.50", "385.00"],
               ["2", "WB-04 fixing bracket set", "10", "2.10", "21.00"],
               ["", "Total: US Dollars Four Hundred Six only", "", "", "406.00"]]),
    ("p", "Goods to comply with EN 14434:2010. Please quote the LPO number on all documents."),
    ("p", "Authorised: W. Kamau, Procurement Officer     F. Achieng, Finance Officer"),
], title="TSIP/LPO/2024/117", author="TSIP Procurement")
_t = D("""
    Dear Ms. Lan,

    Greetings from Nairobi.

    Please find attached our LPO TSIP/LPO/2024/117 for the sample whiteboard frames WF-2412-A
    (2400 x 1200, anodised aluminium, 4 fixing brackets per frame).

    Kindly proceed with the 10 pcs sample as per the LPO and revert with the dispatch date and the AWB
    number once shipped.

    For ease of reference, the prices from your quotation BA-Q-2403-112:

      Item                          Qty    Unit price USD
      WF-2412-A sample               10          38.50
      WF-2412-A production          350          31.20
      WB-04 fixing bracket set      360           2.10

    Please note the frames must comply with EN 14434:2010 and come with the magnetic steel board
    already fitted.

    Kindly confirm receipt. Asante sana.

    Regards,
    Wanjiru
    """) + SIG_WANJIRU
case("p04_lpo_mail_pasted_quote", ["RG001", "RG003", "RG004", "RG005"],
     "LPO mail for 10 samples pastes the quote table with 350 production (and 360 brackets) with nothing "
     "saying informational; no hold, event or release person in mail or attached LPO.",
     [("LPO_TSIP-LPO-2024-117.eml", eml_bytes(mail(
         WANJIRU, LAN, "LPO TSIP/LPO/2024/117 - Sample whiteboard frames", "Thu, 9 May 2024 11:48:00 +0300",
         _t, attachments=[("TSIP-LPO-2024-117.pdf", _lpo, PDF_MT)])))])

# p05 buyer portal: 12 sample doors beside 'programme quantity 840' (UK -> Foshan), HTML
case("p05_portal_programme_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Portal PO for 12 sample doors shows 'programme quantity 840' with lead time; nothing says not released; "
     "no event, no release person.",
     [("slt_supplierportal_SLT-PO-24-0917.html", html_page("SLT Supplier Portal – SLT-PO-24-0917", D("""
         <div style="background:#1d3557;color:#fff;padding:6px">Severnside Learning Trust – Supplier Portal (ProcureHub)</div>
         <h2>Purchase order SLT-PO-24-0917</h2>
         <table>
         <tr><th>Status</th><td>Issued to supplier 07/05/2024</td></tr>
         <tr><th>Supplier</th><td>Foshan Huaxing School Furniture Co., Ltd. (supplier no. 30211)</td></tr>
         <tr><th>Buyer contact</th><td>Gemma Whitfield</td></tr>
         <tr><th>Delivery address</th><td>Abbeymead Academy, Goods-in, Gloucester</td></tr>
         </table>
         <h3>Lines</h3>
         <table>
         <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price (GBP)</th><th>Line total (GBP)</th></tr>
         <tr><td>1</td><td>LD-300-18</td><td>Steel locker door 300x1800, 0.8 mm, RAL 7035 – sample</td><td>12</td><td>24.60</td><td>295.20</td></tr>
         <tr><td>2</td><td>FRT</td><td>Air freight, samples</td><td>1</td><td>140.00</td><td>140.00</td></tr>
         </table>
         <h3>Programme information</h3>
         <table>
         <tr><th>Programme</th><td>Phase 1 lockers – 14 academies</td></tr>
         <tr><th>Programme quantity</th><td>840 doors (supplier quote HX-Q-240402, lead time 8 weeks)</td></tr>
         <tr><th>Target install</th><td>October half-term 2024</td></tr>
         </table>
         <p>Supplier acknowledgement: <b>pending</b></p>
         """)))])

# p06 DOCX LPO: 5 pilot desks + Phase 2 quote quantity with delivery lots; release authority named (Kenya -> Turkey)
case("p06_lpo_docx_phase2_qty", ["RG001", "RG003", "RG004"],
     "LPO for five pilot desks states the Phase 2 quote quantity 2 400 with delivery lots, nothing saying not "
     "released; no event; Eng. Ochieng named as release authority.",
     [("TSIP-LPO-2024-104.docx", docx_bytes([
         ("h1", "TUMAINI SCHOOLS INFRASTRUCTURE PROGRAMME"),
         ("p", "Programme Office, Upper Hill, Nairobi – Tel +254 20 271 4400"),
         ("h", "LOCAL PURCHASE ORDER No. TSIP/LPO/2024/104"),
         ("p", "To: Kartal Okul Mobilyaları San. ve Tic. A.Ş., Kayseri, Turkey. Date: 29/04/2024."),
         ("p", "Please supply the following goods subject to the conditions below:"),
         ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "SD-1200-06 student desk, height adjustable (EN 1729 size 5–7) – pilot", "5", "148.00",
                     "740.00"],
                    ["", "Amount in words: US Dollars Seven Hundred Forty only", "", "", "740.00"]]),
         ("p", "Remarks: pilot desks for Kiptoo Road Primary School, Nairobi. Phase 2 quantity as per your "
               "quotation KRT-Q-24-0498: 2 400 desks at USD 102.00, delivery in three lots November 2024 – "
               "January 2025."),
         ("p", "Eng. Daniel Ochieng, Programme Manager, is the release authority for this programme."),
         ("p", "Conditions: goods must comply with EN 1729-1:2015; invoices must quote the LPO number; "
               "payment within 30 days of receipt of goods and invoice."),
         ("p", "Authorised: Wanjiru Kamau, Procurement Officer     Faith Achieng, Finance Officer"),
     ], author="Wanjiru Kamau"))])

# p07 WhatsApp: scope complete, then 'Yes approved, go ahead' to a drawing/veneer question (Norway <-> Lithuania)
case("p07_whatsapp_approved_go_ahead", ["RG002"],
     "Scope complete earlier (6 samples, 394 not released until sign-off + Tor Eirik Haugen's written "
     "release); later 'Yes approved, go ahead' names neither samples nor a quantity.",
     [("WhatsApp Chat with Ruta Petrauskiene.txt", D("""
         06.05.2024, 08:47 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
         06.05.2024, 08:47 - Ingrid Solheim: God morgen Rūta! IO-2024-0377 is sent from Visma now. 6 sample end panels EP-1800-30 only.
         06.05.2024, 08:48 - Ingrid Solheim: The remaining 394 are not released before Tor Eirik Haugen has signed the sample sign-off and sends a written release 🙂
         06.05.2024, 09:15 - Rūta Petrauskienė: Good morning Ingrid, thank you, PO received. 6 pcs samples we make in week 20
         06.05.2024, 09:17 - Rūta Petrauskienė: One question. Drawing EP-1800 rev D shows shelf pin holes 5 mm in system 32, but in rev C was 25 mm pitch. Which is valid?
         06.05.2024, 10:02 - Ingrid Solheim: Rev D is correct, checked with Tor now
         06.05.2024, 10:05 - Rūta Petrauskienė: Ok. And birch veneer quality B/BB is ok for you? Then we can go
         06.05.2024, 10:31 - Ingrid Solheim: Yes approved, go ahead 👍
         06.05.2024, 10:32 - Rūta Petrauskienė: 👍 Thank you
         """))])

# p08 two-level quoted thread; buyer's top reply 'All approved from our side – please proceed' (UK -> Romania)
_q2 = D("""
    Dear Ioana,

    Please find attached PO SLT-PO-24-0885 for 8 sample end panels EP-1800-30 (birch ply,
    1800 x 300 x 25).
    This PO covers the 8 samples only. The balance of 392 panels is not released until the sample
    sign-off at Abbeymead Academy; Martin Oakes (Director of Estates) will then release it in writing.

    Kind regards,
    Gemma
    """)
_q1 = D("""
    Dear Mrs. Whitfield,

    Thank you for the PO, we have registered it. Before we start cutting we need your confirmation
    for two details:
    1. Edge band: oak ABS 2 mm or white ABS 2 mm?
    2. Laser marking of the Trust logo on the outside of the panel - yes or no?

    We remain at your disposal.
    Best regards,
    Ioana Munteanu
    Key Account Manager, Mobila Carpatica SRL

    On 21.05.2024 10:05, Gemma Whitfield wrote:
    """) + quote(_q2)
_t = D("""
    Hi Ioana,

    Oak edge please, and yes to the logo (the file was in my email of 14 May).

    All approved from our side – please proceed.

    Cheers,
    Gemma
    """) + SIG_GEMMA + "\nOn Thu, 23 May 2024 at 16:12, Ioana Munteanu <ioana.munteanu@mobilacarpatica.ro> wrote:\n" + quote(_q1)
case("p08_thread_all_approved_proceed", ["RG002"],
     "Two-level thread: quoted PO scope complete (8, 392 not released, sign-off, Martin Oakes); top reply 'All "
     "approved from our side – please proceed' is unscoped.",
     [("RE_SLT-PO-24-0885_end_panels.eml", eml_bytes(mail(
         GEMMA, IOANA, "RE: SLT-PO-24-0885 end panels – questions before cutting",
         "Fri, 24 May 2024 09:02:00 +0100", _t, in_reply_to="<h214-mc-0523@mobilacarpatica.ro>")))])

# p09 Teams: hold + event + person given, but no quantity anywhere; 'Approved na po, you may proceed' (PH <-> VN)
case("p09_teams_approved_na_proceed", ["RG002", "RG010"],
     "Buyer says balance on hold until Engr. Villanueva signs evaluation but never states the sample quantity; "
     "'Approved na po, you may proceed' is unscoped.",
     [("Teams_SLU_BinhAn_chairshells.txt", D("""
         [Microsoft Teams] Chat export – "SLU / Binh An – chair shells"
         Members: Ma. Cristina Dela Cruz (SLU), Nguyen Thi Lan (Binh An Furniture) (Guest)

         Tuesday, 21 May 2024
         Ma. Cristina Dela Cruz  9:03 AM
         Good morning Ms. Lan! PO SLU-PO-2024-0493 was sent yesterday for the sample shells CS-4606. Pls note the balance remains on hold until Engr. Ramon Villanueva signs the sample evaluation and issues the written release.

         Nguyen Thi Lan  9:20 AM
         Dear Ms. Tin, well noted with thanks. We will check the mould and revert soon.

         Thursday, 30 May 2024
         Nguyen Thi Lan  2:11 PM
         Dear Ms. Tin, we are pleased to inform that mould T1 trial is ok, colour chip RAL 5010 matched with your standard. Photos attached. Can we start?

         Nguyen Thi Lan  2:11 PM
         [Image] T1_shell_front.jpg   [Image] T1_colour_chip.jpg

         Ma. Cristina Dela Cruz  3:47 PM
         Wow ang ganda! Approved na po, you may proceed. Thank you!

         Nguyen Thi Lan  3:50 PM
         Thank you Ms. Tin, we proceed.
         """))])

# p10 buyer portal: PO 'Approved' (budget) + 'Approved – good to run' on a lacquer question (Norway -> Romania)
case("p10_portal_approved_good_to_run", ["RG002", "RG009"],
     "Scope complete (2 samples, 46 not released, sign-off + TEH); 'Approved – good to run' is unscoped, and "
     "'approved' is used both for the budget approval of the PO and for the lacquer.",
     [("leverandorportal_IO-2024-0391.html", html_page("Bjørkvik kommune – Leverandørportal – IO-2024-0391", D("""
         <div style="background:#234;color:#fff;padding:6px">Bjørkvik kommune – Leverandørportal</div>
         <h2>Innkjøpsordre IO-2024-0391 – bokvogner / book trolleys</h2>
         <table>
         <tr><th>Leverandør</th><td>Mobila Carpatica SRL, Suceava (lev.nr 20981)</td></tr>
         <tr><th>Ordrestatus</th><td>Godkjent / Approved 03.05.2024 (attestert: Kari Nygård, økonomi)</td></tr>
         <tr><th>Prosjekt</th><td>4520 Bjørkvik bibliotek</td></tr>
         </table>
         <h3>Linjer / lines</h3>
         <table>
         <tr><th>Linje</th><th>Varenr</th><th>Beskrivelse</th><th>Antall</th><th>Pris EUR</th></tr>
         <tr><td>10</td><td>BT-300-2</td><td>Bokvogn dobbeltsidig / double-sided book trolley – prøve / sample</td><td>2</td><td>131,00</td></tr>
         </table>
         <div class="note">Restantall 46 stk er ikke frigitt. Balance 46 pcs not released until the sample
         sign-off and a written release by Tor Eirik Haugen, prosjektleder.</div>
         <h3>Meldinger / messages</h3>
         <table>
         <tr><th>Tid</th><th>Fra</th><th>Melding</th></tr>
         <tr><td>22.05.2024 14:10</td><td>Ioana Munteanu (Mobila Carpatica)</td><td>Dear Mrs Solheim, for the trolleys we propose water-based lacquer, matt 10 gloss, instead of hardwax oil. Please confirm.</td></tr>
         <tr><td>22.05.2024 15:02</td><td>Ingrid Solheim</td><td>Approved – good to run.</td></tr>
         </table>
         """), lang="no"))])

# p11 quoted thread: buyer pays advance 'so you are now cleared to start' + 'green light, kindly proceed' (KE -> TR)
_q2 = D("""
    Dear Emre,

    LPO TSIP/LPO/2024/123 attached for forty (40) pilot desks SD-1200-06.
    The balance of 2 360 desks is not released until the pilot sign-off; Eng. Daniel Ochieng will
    release it in writing.

    Regards,
    Wanjiru
    """)
_q1 = D("""
    Dear Wanjiru Hanım,

    Thank you for LPO. Pilot desks are planned. For the contract we are waiting the advance payment 30%
    of total value according to our proforma KRT-PI-24-0207.

    Kind regards
    Emre

    On 14.05.2024 12:10, Wanjiru Kamau wrote:
    """) + quote(_q2)
_t = D("""
    Dear Emre,

    Greetings. Finance has today paid the 30% advance on the full contract (USD 73 440) as per your
    proforma KRT-PI-24-0207, so you are now cleared to start production. Eng. Ochieng has also given
    the green light.

    Kindly proceed and revert with the production schedule.

    Regards,
    Wanjiru
    """) + SIG_WANJIRU + "\nOn Thu, 16 May 2024, 09:40 Emre Yıldız <emre.yildiz@kartalokul.com.tr> wrote:\n" + quote(_q1)
case("p11_advance_paid_green_light", ["RG002", "RG012"],
     "Buyer: advance on the full contract paid 'so you are now cleared to start production' (payment as "
     "release) and 'green light ... kindly proceed' without quantity; quoted LPO scope otherwise complete.",
     [("RE_LPO_TSIP-LPO-2024-123.eml", eml_bytes(mail(
         WANJIRU, EMRE, "RE: LPO TSIP/LPO/2024/123 - pilot desks", "Tue, 21 May 2024 15:20:00 +0300", _t,
         in_reply_to="<h214-kartal-0516@kartalokul.com.tr>")))])

# p12 minutes: 'approved' for PO budget, for samples and for a colour change 'approved, go ahead' (UK + LT), DOCX
case("p12_minutes_approved_go_ahead", ["RG002", "RG009"],
     "Minutes: 'approved' used for PO budget (commercial), sample shells (technical) and a colour change; "
     "item 4 'approved, go ahead' is unscoped; balance 1 170 on hold with event and person.",
     [("Progress_meeting_03_minutes.docx", docx_bytes([
         ("h1", "Severnside Learning Trust – Classroom seating Phase 1"),
         ("h", "Progress meeting no. 3 – minutes"),
         ("p", "Date: 11 June 2024, 14:00 (Teams). Present: Gemma Whitfield (SLT Procurement), Martin Oakes "
               "(SLT Director of Estates), Rūta Petrauskienė (Medeina Baldai). Apologies: Priya Shah (SLT CFO)."),
         ("table", [["No.", "Item", "Owner"],
                    ["1", "PO SLT-PO-24-0930 for thirty (30) sample chair shells CS-4605 was approved by Priya "
                          "Shah (budget holder) on 14 May.", "GW"],
                    ["2", "Samples delivered 5 June. Stacking and stability checks per EN 1729-2 passed at "
                          "Abbeymead. Shells approved by Martin Oakes on 10 June.", "MO"],
                    ["3", "Balance of 1 170 shells stays on hold until Martin Oakes issues a written production "
                          "release, expected after the EN 1729-2 lab report (due w/c 24 June).", "MO"],
                    ["4", "Rūta asked if the shells can be RAL 5010 (gentian blue) instead of RAL 5015 (sky "
                          "blue) because of pigment supply. GW: approved, go ahead.", "GW / RP"],
                    ["5", "AOB: delivery address for Phase 1 remains Abbeymead Academy goods-in.", "–"]]),
         ("p", "Next meeting: 25 June 2024."),
     ], author="Gemma Whitfield"))])

# p13 LPO cover mail saved as text, no quantity, no hold, event or person (Kenya -> Foshan), TXT
case("p13_lpo_mail_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "Sample LPO mail: 'supply the sample locker doors as per your quotation' – no quantity, nothing on the "
     "balance, no event, nobody named; the LPO itself is not in the bundle.",
     [("mail_TSIP-LPO-2024-128.txt", txt_mail(
         WANJIRU, CINDY, "Monday, 13 May 2024 11:26", "LPO TSIP/LPO/2024/128 - sample locker doors", D("""
         Dear Cindy,

         Greetings from Nairobi and thank you for your quotation HX-Q-240402.

         Please find attached LPO TSIP/LPO/2024/128. Kindly supply the sample locker doors LD-300-18 as per
         your quotation, colour RAL 7035, hinge left, with the cam lock type CL-20 (not the padlock hasp).

         Kindly courier them to our Programme Office in Upper Hill (our DHL account 962104557) and share the
         AWB once dispatched.

         Kindly acknowledge receipt of the LPO.

         Best regards,
         Wanjiru
         """) + SIG_WANJIRU, cc="procurement@tumaini-schools.or.ke",
         attachments="TSIP-LPO-2024-128.pdf (84 KB)"))])

# p14 'first batch' 120 in mail vs 100 in attached schedule; no hold on the rest (Philippines -> Romania), EML
_sched = D("""
    SAN LORENZO UNIVERSITY - PROCUREMENT OFFICE
    DELIVERY SCHEDULE - PO SLU-PO-2024-0509 - EP-1800-30 shelving end panels

    Batch  Qty   ETA Manila    Area
    1      100   15-Aug-2024   University Library, 2F reading area

    Consignee: San Lorenzo University, Katipunan Ave., Quezon City
    Broker: to be advised
    """)
_t = D("""
    Good day Ms. Ioana!

    Attached is PO SLU-PO-2024-0509 for the first batch of shelving end panels EP-1800-30 for the
    University Library, 2nd floor reading area. First batch is one hundred twenty (120) pcs, birch ply
    1800 x 300 x 25, clear lacquer, pre-drilled per drawing EP-1800 rev D.

    Delivery schedule is in the attached file. For questions on the library layout please coordinate
    with Dr. Liza Manalo, University Library Director; she is also the release authority for the library
    project.

    Kindly acknowledge. Thank you po and God bless!
    """) + SIG_TIN
case("p14_first_batch_120_vs_100", ["RG003", "RG004", "RG011"],
     "Partial authorization ('first batch') never says the rest is not released, no event; mail says 120, "
     "attached schedule says 100; Dr. Manalo named as release authority.",
     [("PO_SLU-PO-2024-0509.eml", eml_bytes(mail(
         TIN, IOANA, "PO SLU-PO-2024-0509 - first batch end panels (Library)", "Mon, 10 Jun 2024 10:15:00 +0800",
         _t, html=to_html(_t), cc=MANALO,
         attachments=[("delivery_schedule_SLU-PO-2024-0509.txt", _sched, "text/plain")])))])

# p15 Teams: forecast-based 2025 quantity told as a firm order (UK <-> Turkey), TXT
case("p15_teams_2025_order_firm", ["RG008"],
     "Buyer turns a pupil-number forecast for 2025 into 'our order ... put it in your books as firm'; "
     "supplier notes it as firm order.",
     [("teams_export_kartal_2024-07-09.txt", D("""
         Microsoft Teams – chat export
         Chat: Gemma Whitfield (Severnside Learning Trust), Emre Yıldız (Kartal Okul Mobilyaları) (External)
         ------------------------------------------------------------------------

         09/07/2024 11:20  Gemma Whitfield
         Hi Emre – good news, the Trust board signed off the capital budget for next year's rollout last night. The numbers come from our pupil-number forecast for September 2025, so they may move a bit per academy, but our order for 2025 is 960 desks SD-1200-06 across the five academies – you can count on it. Put it in your books as firm and plan your capacity.

         09/07/2024 11:34  Emre Yıldız
         Great news Gemma, thank you! 960 pcs for 2025 noted as firm order. Same spec as the pilot (HPL grey, frame RAL 7016)?

         09/07/2024 11:36  Gemma Whitfield
         Yes same spec. The split per academy is still being worked out by the estates team, I'll send it when I have it.
         """))])

# p16 PO: 4 samples, balance on hold 'until further notice', TEH named (Norway -> Vietnam), PDF
case("p16_po_hold_until_further_notice", ["RG004"],
     "Sample PO (4 frames) says the balance is on hold 'until further notice' and names Tor Eirik Haugen as "
     "releaser, but names no unlock event (conv. 6).",
     [("IO-2024-0412.pdf", pdf([
         ("h1", "Bjørkvik kommune - INNKJØPSORDRE / PURCHASE ORDER"),
         ("p", "Innkjøp og logistikk, Rådhusgata 4, 5454 Bjørkvik - org.nr 939 812 457"),
         ("table", [["Ordrenr / PO", "IO-2024-0412", "Dato", "24.05.2024"],
                    ["Leverandør", "Binh An Furniture JSC, Binh Duong", "Prosjekt", "4410 Nordhaug skole"],
                    ["Vår ref.", "Ingrid Solheim", "Levering", "DAP Bjørkvik"]]),
         ("sp",),
         ("table", [["Linje", "Varenr", "Beskrivelse", "Antall", "Pris EUR", "Beløp EUR"],
                    ["10", "WF-2412-A", "Whiteboard frame 2400x1200, anodised aluminium - prøve / sample", "4",
                     "36,90", "147,60"],
                    ["20", "FRT", "Luftfrakt prøver / air freight samples", "1", "210,00", "210,00"],
                    ["", "", "Sum eks. mva", "", "", "357,60"]]),
         ("h", "Merknad / note"),
         ("p", "Kun prøver / samples only: only the 4 sample frames are ordered now. The balance of the "
               "planned quantity is not released and is on hold until further notice."),
         ("p", "Production can be released only in writing by Tor Eirik Haugen, prosjektleder Nordhaug skole."),
         ("p", "Frames to comply with EN 14434:2010; magnetic steel surface, corner caps grey RAL 7035."),
     ], title="IO-2024-0412", author="Ingrid Solheim"))])

# p17 release 'from Bjørkvik kommune, innkjøp' – no named person (Norway -> Lithuania), EML alt
_t = D("""
    Hei Rūta,

    Vedlagt / attached is order IO-2024-0420 (also sent via EHF).

    Scope: 6 sample end panels EP-1800-30 for the library mock-up. The balance of 354 pcs is not
    released until the sample sign-off is done. The release will come from Bjørkvik kommune, innkjøp,
    when we are ready.

    Please buy birch board for the 6 samples only.

    Takk og ha en fin dag!
    """) + SIG_INGRID
case("p17_release_from_department", ["RG005"],
     "6 active, 354 not released until sample sign-off, material for 6 – but the release 'will come from "
     "Bjørkvik kommune, innkjøp': no named person (conv. 7).",
     [("IO-2024-0420_endegavler.eml", eml_bytes(mail(
         INGRID, RUTA, "IO-2024-0420 – endegavler, prøver / end panels, samples", "Wed, 29 May 2024 13:05:00 +0200",
         _t, html=to_html(_t))))])

# p18 'FIRM ORDER' LPO for a forecast-based Phase 2 quantity (Kenya -> Vietnam), PDF
case("p18_lpo_firm_order_forecast", ["RG008"],
     "LPO marked FIRM ORDER for 2 400 desks whose quantity is 'as per Programme Phase 2 forecast', county "
     "allocations still to be confirmed; full quantity, no balance.",
     [("TSIP-LPO-2024-150.pdf", pdf([
         ("h1", "TUMAINI SCHOOLS INFRASTRUCTURE PROGRAMME"),
         ("p", "Programme Office, Upper Hill, Nairobi"),
         ("h", "LOCAL PURCHASE ORDER No. TSIP/LPO/2024/150 - FIRM ORDER"),
         ("table", [["Supplier", "Binh An Furniture JSC, Binh Duong, Viet Nam"], ["Date", "01/07/2024"],
                    ["Quotation", "BA-Q-2406-031"], ["Delivery", "CIF Mombasa, Nov 2024 - Jan 2025"]]),
         ("sp",),
         ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "SD-1200-06 student desk, height adjustable, EN 1729-1", "2 400", "96.00", "230,400.00"],
                    ["", "Total: US Dollars Two Hundred Thirty Thousand Four Hundred only", "", "",
                     "230,400.00"]]),
         ("p", "Remarks: quantity as per Programme Phase 2 forecast (Rev 2, February 2024); county allocations "
               "are still to be confirmed by the County Education Offices. This LPO is a firm order for the "
               "Phase 2 quantity - please plan production and materials for 2 400 desks accordingly."),
         ("p", "Authorised: W. Kamau, Procurement Officer     F. Achieng, Finance Officer"),
     ], title="TSIP/LPO/2024/150", author="TSIP Procurement"))])

# p19 Notice of Award: balance released by 'the University'; 'approved' for bid award and samples (PH -> Foshan)
case("p19_noa_university_releases", ["RG005", "RG009"],
     "NoA/PO: 2 samples active, 58 not released until samples approved and a Notice to Proceed 'issued by the "
     "University' (no named person); 'approved' used for the BAC award and for the samples.",
     [("NOA_SLU-PO-2024-0466.docx", docx_bytes([
         ("h1", "SAN LORENZO UNIVERSITY – Bids and Awards Committee"),
         ("h", "NOTICE OF AWARD AND PURCHASE ORDER – SLU-PO-2024-0466"),
         ("p", "To: Foshan Huaxing School Furniture Co., Ltd. (Attn: Ms. Cindy Liang). Date: 20 May 2024."),
         ("p", "We are pleased to inform you that your bid for the supply of sixty (60) double-sided book "
               "trolleys BT-300-2 for the University Library has been approved by the Bids and Awards "
               "Committee (BAC Resolution No. 2024-041)."),
         ("table", [["Stage", "Description", "Qty", "Unit price USD", "Amount USD"],
                    ["1", "BT-300-2 sample trolleys for evaluation by the University Library", "2", "265.00",
                     "530.00"]]),
         ("p", "The balance of fifty-eight (58) units is not released under this stage. It shall not be "
               "produced until the samples are approved by the University Library and a separate Notice to "
               "Proceed for the balance is issued by the University."),
         ("p", "Please sign the conforme and return within three (3) days from receipt."),
         ("p", "For the BAC: Ma. Cristina Dela Cruz, BAC Secretariat"),
         ("p", "Conforme: ________________________ (supplier)"),
     ], author="BAC Secretariat"))])

# p20 quoted reply: 'go ahead with the samples as per your quote' – no quantity (UK -> Romania), EML
_q = D("""
    Dear Mrs. Whitfield,

    We have received your PO for the book trolley samples, thank you. Can we start the samples? The beech
    plywood is in stock.

    Best regards,
    Ioana
    """)
_t = D("""
    Hi Ioana,

    Yes, please go ahead with the samples as per your quote.

    The production balance is not released until the sample sign-off at Abbeymead; Martin Oakes
    (Director of Estates) will then send the written production release.

    Thanks,
    Gemma
    """) + SIG_GEMMA + "\nOn Tue, 4 Jun 2024 at 10:31, Ioana Munteanu <ioana.munteanu@mobilacarpatica.ro> wrote:\n" + quote(_q)
case("p20_go_ahead_samples_no_qty", ["RG010"],
     "Go-ahead scoped to 'the samples' with hold, event and Martin Oakes, but the sample quantity is never "
     "stated ('as per your quote', quote not in bundle).",
     [("RE_SLT-PO-24-0939.eml", eml_bytes(mail(
         GEMMA, IOANA, "RE: SLT-PO-24-0939 – book trolley samples", "Tue, 4 Jun 2024 12:02:00 +0100", _t,
         in_reply_to="<h214-mc-0604@mobilacarpatica.ro>")))])

# p21 WeChat: 'make the samples only, hold the rest' but sample quantity never given (PH <-> Foshan), TXT
case("p21_wechat_samples_no_qty", ["RG010"],
     "Buyer: PO issued for sample doors, rest on hold until Engr. Villanueva signs evaluation and releases in "
     "writing; supplier asks how many, buyer never states the quantity.",
     [("WeChat_Cindy_Liang_2024-06-10.txt", D("""
         WeChat chat history
         Chat with: Cindy Liang 梁 (Huaxing Furniture)
         Exported by: Tin Dela Cruz   2024-06-14 08:30

         ——————  2024-06-10  ——————
         Tin Dela Cruz  10:02
         Hi Cindy! PO SLU-PO-2024-0521 issued na for the sample locker doors LD-300-18, for the Engineering building lockers.

         Tin Dela Cruz  10:03
         Pls make the samples only and hold the rest until Engr. Ramon Villanueva signs the sample evaluation and sends the written release.

         Cindy Liang 梁  10:20
         ok dear noted 👌 how many pcs sample you need?

         Tin Dela Cruz  10:41
         Will confirm po, checking pa with the Engineering dept.

         Cindy Liang 梁  10:42
         ok 👍 wait your confirm
         """))])

# p22 TSIP e-procurement: 'Pilot lot as per quotation', release by 'Programme Office' (Kenya -> Lithuania), HTML
case("p22_eproc_pilot_lot_office", ["RG005", "RG010"],
     "Order authorisation 'pilot lot as per quotation' (no quantity); balance on hold until pilot sign-off; "
     "release by 'Programme Office' (no named person).",
     [("tsip_eprocurement_TSIP-LPO-2024-159.html", html_page("TSIP e-Procurement – Order authorisation", D("""
         <div style="background:#7a1f1f;color:#fff;padding:6px">TSIP e-Procurement</div>
         <h2>Order authorisation – TSIP/LPO/2024/159</h2>
         <table>
         <tr><th>Supplier</th><td>UAB Medeina Baldai, Kaunas, Lithuania (V-0244)</td></tr>
         <tr><th>Item</th><td>EP-1800-30 shelving end panel, birch ply 1800x300x25, for Phase 2 school libraries</td></tr>
         <tr><th>Quotation</th><td>MB-T-24-131</td></tr>
         <tr><th>Authorisation</th><td>Pilot lot as per quotation</td></tr>
         <tr><th>Balance</th><td>On hold until pilot sign-off</td></tr>
         <tr><th>Release of balance by</th><td>Programme Office</td></tr>
         <tr><th>Created</th><td>02/07/2024 by w.kamau</td></tr>
         </table>
         <p>Delivery: Programme Office, Upper Hill, Nairobi. Incoterm CIF Mombasa.</p>
         """)))])

# p23 production release without a quantity; 'approved' for samples and for the PO in Visma (Norway -> Romania)
case("p23_release_letter_no_qty", ["RG009", "RG010"],
     "Release letter releases 'the balance of the book trolleys' without a number; 'approved' used for the "
     "samples (technical) and the PO in Visma (commercial).",
     [("frigivelse_IO-2024-0384.docx", docx_bytes([
         ("h1", "Bjørkvik kommune – Produksjonsfrigivelse / Production release"),
         ("table", [["Ordre", "IO-2024-0384"], ["Leverandør", "Mobila Carpatica SRL"],
                    ["Vare", "BT-300-2 bokvogn / book trolley"], ["Prosjekt", "4520 Bjørkvik bibliotek"]]),
         ("p", "The sample trolleys were approved on 12.06.2024 (castors and lacquer ok, see sample sign-off "
               "BK-KS-11)."),
         ("p", "The purchase order was approved in Visma on 03.05.2024 by Kari Nygård (økonomi)."),
         ("p", "On this basis the balance of the book trolleys is hereby released for production. Please "
               "deliver to Bjørkvik bibliotek before week 33."),
         ("sp",),
         ("p", "Bjørkvik, 13.06.2024"),
         ("p", "Tor Eirik Haugen, prosjektleder"),
     ], author="Tor Eirik Haugen"))])

# p24 supplier status: advance payment read as production go; granulate bought for full run (LT -> NO), TXT
case("p24_status_advance_means_go", ["RG006", "RG012"],
     "Supplier restates that the 1 176 waits for TEH's release, yet treats the advance payment as order "
     "confirmed for production and bought 6 t granulate for the full run.",
     [("Medeina_status_IO-2024-0366.txt", D("""
         UAB MEDEINA BALDAI – ORDER STATUS / UŽSAKYMO BŪSENA
         ======================================================================
         Customer : Bjørkvik kommune              Your order : IO-2024-0366
         Item     : CS-4606 chair shell PP size 6, drawing CS-46 rev F
         Date     : 2024-06-07                    Prepared   : M. Kazlauskas

         1. Samples 24 pcs – moulded 27.05, shipped 29.05 with DSV, tracking 4417-0921-06.
         2. Per your PO the balance 1 176 pcs waits for written release from Mr. Tor Eirik Haugen
            after sample sign-off.
         3. Advance payment 30 % (EUR 8 064,00) received 30.04 – thank you. With advance payment
            received we consider the order confirmed for production, so we start production
            preparation now and the delivery in week 31 is safe.
         4. Material: PP homopolymer granulate 6 t ordered for the full production run, delivery to
            our plant week 24. Colour masterbatch 120 kg ordered.
         5. Mould CS-46 rev F: ok, 2-cavity, cycle 48 s.

         Best regards
         Mindaugas Kazlauskas, production planner
         UAB Medeina Baldai, Kaunas
         """))])

# p25 supplier reply: profiles cut for all 350; 'when you approve the 20 samples we continue the 330' (VN -> KE)
_q = D("""
    Dear Ms. Lan,

    LPO TSIP/LPO/2024/133 attached for twenty (20) sample whiteboard frames WF-2412-A.
    The balance of 330 frames is not released until the pilot sign-off and a written release from
    Eng. Daniel Ochieng.

    Regards,
    Wanjiru
    """)
_t = D("""
    Dear Ms. Wanjiru,

    Good day. Noted with thanks your LPO TSIP/LPO/2024/133.

    We would like to inform that to save lead time, our factory already cut aluminium profiles for all
    350 frames last week (profile 6063-T5, 42 mm). So when you approve the 20 samples we will continue
    the 330 balance immediately, no need to wait long time.

    Samples will be ready on 14 June. Kindly check and confirm.
    """) + SIG_LAN + "\nOn Mon, 3 Jun 2024 at 10:12, Wanjiru Kamau <w.kamau@tumaini-schools.or.ke> wrote:\n" + quote(_q)
case("p25_profiles_cut_roll_into_balance", ["RG006", "RG007"],
     "Supplier cut profiles for 350 with only 20 released and no material authority, and says sample approval "
     "rolls straight into the 330 balance, against the quoted written-release scope.",
     [("RE_LPO_TSIP-LPO-2024-133.eml", eml_bytes(mail(
         LAN, WANJIRU, "RE: LPO TSIP/LPO/2024/133 - sample whiteboard frames", "Wed, 5 Jun 2024 16:44:00 +0700",
         _t, in_reply_to="<h214-0603@tumaini-schools.or.ke>")))])

# p26 supplier weekly production report: tube cut and HPL tops for 480 with 6 released (Turkey -> UK), PDF
case("p26_weekly_report_material_480", ["RG006"],
     "Supplier report: 6 pilot desks released/produced, balance 474 not released, but tube cut and HPL tops "
     "bought for 480 desks 'in advance'; no material authority.",
     [("KRT_weekly_production_report_W26.pdf", pdf([
         ("h1", "KARTAL OKUL MOBILYALARI - WEEKLY PRODUCTION REPORT"),
         ("p", "Week 26/2024 - prepared by Selin Aydin, Planning - 28.06.2024"),
         ("h", "Orders in production"),
         ("table", [["Customer", "PO", "Item", "Released qty", "Produced", "Shipped", "Remark"],
                    ["Severnside Learning Trust (UK)", "SLT-PO-24-0944", "SD-1200-06 pilot desk", "6", "6", "0",
                     "ready for loading 28.06"],
                    ["Customer TR-0412 (domestic)", "KYS-2024-118", "SD-1200-05", "320", "320", "320", "closed"],
                    ["Customer TR-0388 (domestic)", "AK-24-077", "CH-46 chair", "250", "180", "0", "powder coat"]]),
         ("h", "Material status"),
         ("table", [["Material", "Customer", "Quantity", "Status"],
                    ["Steel tube 25x25x1.5 (desk frames)", "SLT", "for 480 desk frames, cut to length", "in stock"],
                    ["HPL tops 1200x600 grey F7927", "SLT", "480 pcs", "delivered from supplier 24.06"],
                    ["Steel tube 20x40x1.5", "TR-0388", "for 250 chairs", "in stock"]]),
         ("h", "Notes"),
         ("p", "SLT balance 474 desks is not released yet - waiting written release from Mr. Martin Oakes. "
               "Material for the balance prepared in advance to keep the September delivery."),
     ], title="KRT weekly report W26", author="Kartal Planning"))])

# p27 supplier minutes: plywood for 400 ordered, and 'when SLT approves the samples MC starts the 390' (RO / UK)
case("p27_mc_minutes_plywood_autostart", ["RG006", "RG007"],
     "Supplier minutes restate 10 samples / 390 not released, yet record plywood for 400 already ordered and "
     "MC's plan to start the 390 as soon as samples are approved.",
     [("MC_minutes_kickoff_SLT_2024-07-04.docx", docx_bytes([
         ("h1", "MOBILA CARPATICA SRL – Minutes of meeting"),
         ("p", "Subject: kick-off, shelving end panels EP-1800-30 for Severnside Learning Trust. Date: 04.07.2024, "
               "video call. Participants: Ioana Munteanu, Andrei Popescu (MC); Gemma Whitfield (SLT)."),
         ("num", "PO SLT-PO-24-0950 covers 10 sample end panels. The balance of 390 panels is not released; "
                 "SLT sample sign-off and a written release from Mr. Martin Oakes (SLT) are needed."),
         ("num", "Birch plywood 25 mm: MC informed that plywood for all 400 panels was already ordered from the "
                 "Finnish mill (lead time 10 weeks), delivery to Suceava week 33."),
         ("num", "Samples: ready 19.07, sent by courier to Abbeymead Academy."),
         ("num", "MC understanding: when SLT approves the samples, MC starts the 390 panels immediately, so "
                 "that delivery before October half-term is kept. GW will send the sample result by 02.08."),
         ("num", "Next call: 06.08.2024."),
         ("p", "Minutes: A. Popescu"),
     ], author="Andrei Popescu"))])

# p28 supplier: deposit received + 'colleague confirm samples ok' -> mass production; coil for 840 (CN -> UK)
_plan = html_page("Production plan HX-SO-24-0611", D("""
    <h3>Foshan Huaxing – production plan HX-SO-24-0611 (Severnside Learning Trust)</h3>
    <table>
    <tr><th>Week</th><th>Process</th><th>Qty</th></tr>
    <tr><td>29</td><td>Blanking + punching (hinge M6 holes)</td><td>828</td></tr>
    <tr><td>30</td><td>Bending + welding stiffener</td><td>828</td></tr>
    <tr><td>31</td><td>Powder coat RAL 7035 (240 h NSS tested powder)</td><td>828</td></tr>
    <tr><td>32</td><td>Packing, loading 40HQ</td><td>828</td></tr>
    </table>
    """))
_q = D("""
    Dear Cindy,

    PO SLT-PO-24-0961 covers 12 sample locker doors LD-300-18 only. The balance of 828 doors is not
    released until Martin Oakes has signed the sample sign-off and sends a written production release.
    Material for the 12 only please.

    Kind regards,
    Gemma
    """)
_t = D("""
    Dear Gemma,

    Good day! Good news from Foshan:
    1) Your deposit 30% received yesterday, thank you.
    2) Your colleague Mr. Tom at Abbeymead confirm by phone the 12 sample doors are ok.

    So we arrange mass production of the 828 locker doors start next Monday 15 July, pls see plan
    attached. Steel coil 0.8 mm for 840 doors already in our warehouse, powder RAL 7035 also ready.

    Any question pls let me know.
    """) + SIG_CINDY + "\nOn 2024-06-03 16:05, Gemma Whitfield <g.whitfield@severnside-trust.org.uk> wrote:\n" + quote(_q)
case("p28_deposit_samples_ok_mass_production", ["RG006", "RG007", "RG012"],
     "Supplier starts the 828 because the deposit arrived and samples were 'ok' by phone, against the quoted "
     "written-release scope; steel coil for 840 already bought.",
     [("RE_SLT-PO-24-0961.eml", eml_bytes(mail(
         CINDY, GEMMA, "RE: SLT-PO-24-0961 locker doors - production start", "Thu, 11 Jul 2024 10:20:00 +0800",
         _t, in_reply_to="<h214-slt-0603@severnside-trust.org.uk>",
         attachments=[("production_plan_HX-SO-24-0611.html", _plan, "text/html")])))])

# p29 supplier forwards the buyer's PO (rfc822): 'PO accepted means production start', material for full lot (RO)
_fw = mail(INGRID, IOANA, "IO-2024-0405 – bokvogner / book trolleys", "Mon, 27 May 2024 09:10:00 +0200", D("""
    Hei Ioana,

    Order IO-2024-0405 is sent today: 2 sample book trolleys BT-300-2 (line 10).
    The balance of 46 trolleys is not released until the sample sign-off and a written release from
    Tor Eirik Haugen, prosjektleder.

    Please buy material for the 2 samples only.
    """) + SIG_INGRID)
_t = D("""
    Andrei,

    PO from Bjørkvik kommune accepted in our system today (see forwarded mail). PO accepted means
    production start for us, so please launch production of the book trolleys BT-300-2 and order beech
    plywood 18 mm and the castors for the full lot.

    Mrs. Solheim in copy for information.

    Mulțumesc,
    Ioana
    """) + SIG_IOANA
case("p29_fwd_po_accepted_means_start", ["RG006", "RG012"],
     "Supplier treats acceptance of a 2-sample PO (forwarded as rfc822, balance 46 not released) as production "
     "start and orders material for the full lot.",
     [("Fw_IO-2024-0405.eml", eml_bytes(mail(
         IOANA, ANDREI, "Fw: IO-2024-0405 Bjørkvik – bokvogner / book trolleys", "Tue, 28 May 2024 08:35:00 +0300",
         _t, cc=INGRID, attachments=[("rfc822", _fw)])))])

# p30 multi-file: buyer rollout page (forecast labelled) + supplier mail calling it a firm order (KE / VN)
case("p30_multi_rollout_page_supplier_mail", ["RG006", "RG008"],
     "Buyer page: 40 pilot released, Phase 2 figures labelled forecast; supplier mail calls the 2 400 a firm "
     "order and books tube and boards for 2 400.",
     [("tsip_phase2_rollout_desks.html", html_page("TSIP – Phase 2 rollout (desks)", D("""
         <div style="background:#7a1f1f;color:#fff;padding:6px">Tumaini Schools Infrastructure Programme – supplier page</div>
         <h2>Phase 2 rollout – student desks SD-1200-06</h2>
         <h3>Current LPOs</h3>
         <table>
         <tr><th>LPO</th><th>Supplier</th><th>Item</th><th>Qty</th><th>Status</th></tr>
         <tr><td>TSIP/LPO/2024/140</td><td>Binh An Furniture JSC</td><td>SD-1200-06 pilot desks</td><td>40</td><td>released</td></tr>
         </table>
         <p class="note">The balance of Phase 2 is not released until the pilot sign-off and a written release
         by Eng. Daniel Ochieng, Programme Manager. Material for the 40 pilot desks only.</p>
         <h3>Indicative planning figures (forecast, not an order)</h3>
         <table>
         <tr><th>County</th><th>Desks</th><th>Est. LPO</th></tr>
         <tr><td>Kisumu</td><td>600</td><td>Nov 2024</td></tr>
         <tr><td>Machakos</td><td>450</td><td>Nov 2024</td></tr>
         <tr><td>Nakuru</td><td>750</td><td>Jan 2025</td></tr>
         <tr><td>Kilifi</td><td>600</td><td>Feb 2025</td></tr>
         <tr><td><b>Total</b></td><td><b>2 400</b></td><td></td></tr>
         </table>
         <p>Updated 08/07/2024 – Procurement Office</p>
         """))),
      ("mail_BinhAn_2024-07-15.txt", txt_mail(
          LAN, WANJIRU, "Monday, July 15, 2024 4:12 PM", "Phase 2 desks - material booking", D("""
          Dear Ms. Wanjiru,

          Thank you very much for your firm order for Phase 2: 2 400 desks SD-1200-06 as per your
          programme page.

          To secure the price we have booked steel tube 20x40x1.2 and MFC boards 18 mm for 2 400 desks
          with our suppliers this week. Pilot 40 desks will be shipped on 26 July as planned.

          Kindly check and confirm the delivery split per county.
          """) + SIG_LAN, cc=HUNG))])

# p31 WhatsApp: supplier 'When Tor approves samples we continue direct with 588' (LT <-> NO), TXT
case("p31_whatsapp_continue_direct", ["RG007"],
     "Buyer scope complete (12 samples, 588 not released before TEH's written release after sign-off); "
     "supplier assumes approval rolls straight into the 588; buyer does not correct.",
     [("WhatsApp Chat with Medeina Ruta.txt", D("""
         10.06.2024, 13:02 - Ingrid Solheim: Hei Rūta, IO-2024-0433 is sent: 12 sample chair shells CS-4606 only. The other 588 are not released before Tor Eirik Haugen's written release after the sample sign-off.
         10.06.2024, 13:20 - Rūta Petrauskienė: Labas Ingrid 👍 received. Samples ready on Friday
         10.06.2024, 13:21 - Rūta Petrauskienė: When Tor approves samples we continue direct with 588, mould is in machine anyway, so no time lost 🙂
         10.06.2024, 13:45 - Ingrid Solheim: Ok, send the samples on Friday then. Tor is in the office from Tuesday.
         10.06.2024, 13:46 - Rūta Petrauskienė: 👍
         """))])

# p32 buyer: tooling invoice paid so the 474 is covered; 'once the pilot desks pass ... crack on' (UK -> TR)
_q2 = D("""
    Hi Emre,

    PO SLT-PO-24-0958 covers the 6 pilot desks. The remaining 474 are not released until Martin Oakes
    (Director of Estates) sends a written production release after the sample sign-off.

    Gemma
    """)
_q1 = D("""
    Dear Gemma,

    Pilot 6 desks will be ready 14 June. Tooling invoice KRT-INV-24-0311 (GBP 1.850) is still open,
    kindly check with your finance.

    Kind regards
    Emre

    On 20.05.2024 09:12, Gemma Whitfield wrote:
    """) + quote(_q2)
_t = D("""
    Hi Emre,

    Tooling invoice (GBP 1,850) was paid this morning, so from our side the production run of the
    remaining 474 is covered – once the pilot desks pass at Westbury, just crack on with them. No need
    to wait for Martin's paperwork, we're really tight for September.

    Cheers,
    Gemma
    """) + SIG_GEMMA + "\nOn Fri, 7 Jun 2024 at 08:55, Emre Yıldız <emre.yildiz@kartalokul.com.tr> wrote:\n" + quote(_q1)
case("p32_invoice_paid_crack_on", ["RG007", "RG012"],
     "Buyer contradicts her own written-release requirement: passing pilot rolls into the 474, and the paid "
     "tooling invoice is said to cover the production run.",
     [("RE_SLT-PO-24-0958.eml", eml_bytes(mail(
         GEMMA, EMRE, "RE: SLT-PO-24-0958 pilot desks / tooling invoice", "Fri, 7 Jun 2024 11:48:00 +0100", _t,
         in_reply_to="<h214-kartal-0607@kartalokul.com.tr>")))])

# p33 supplier order confirmation: mass production 'will start automatically'; material for 600 (TR -> PH), PDF
case("p33_oc_starts_automatically", ["RG006", "RG007"],
     "Order confirmation restates 594 not released, then says mass production starts automatically upon sample "
     "approval and that tube/HPL for 600 desks is reserved and cut.",
     [("KRT-OC-24-0391.pdf", pdf([
         ("h1", "KARTAL OKUL MOBILYALARI SAN. VE TIC. A.S."),
         ("h", "ORDER CONFIRMATION KRT-OC-24-0391"),
         ("table", [["Customer", "San Lorenzo University, Quezon City, Philippines"],
                    ["Your PO", "SLU-PO-2024-0471 dated 13.05.2024"], ["Date", "17.05.2024"],
                    ["Incoterms", "FCA Kayseri"]]),
         ("sp",),
         ("table", [["Pos", "Article", "Description", "Qty", "Unit USD", "Total USD"],
                    ["1", "SD-1200-06", "Student desk 1200x600, height adjustable - sample", "6", "151,00",
                     "906,00"]]),
         ("p", "Balance 594 pcs: not released according to your PO (written release by Engr. Ramon Villanueva "
               "after sample evaluation)."),
         ("h", "Remarks"),
         ("p", "1) Upon sample approval, mass production of 594 pcs will start automatically, to keep the "
               "delivery before second semester."),
         ("p", "2) Steel tube and HPL tops for 600 desks are reserved and cut in our plant (week 21)."),
         ("p", "3) Samples ship by air on 07.06.2024, AWB to follow."),
         ("sp",),
         ("p", "Emre Yildiz, Export Manager"),
     ], title="KRT-OC-24-0391", author="Kartal Okul Mobilyalari"))])

# p34 Teams: PO 'approved' by President's office; 'Once he approves the samples, proceed na with the 1,150' (PH)
case("p34_teams_once_approved_proceed", ["RG007", "RG009"],
     "Buyer states 1,150 needs Engr. Villanueva's written release, then tells the supplier to proceed with "
     "the 1,150 once he approves the samples; 'approved' used for the PO and for samples.",
     [("teams_SLU_BinhAn_2024-06.txt", D("""
         [Microsoft Teams] Chat export – "SLU / Binh An – pilot shells"
         Members: Ma. Cristina Dela Cruz (SLU), Nguyen Thi Lan (Binh An Furniture) (Guest)

         Wednesday, 12 June 2024
         Ma. Cristina Dela Cruz  10:15 AM
         Ms. Lan, good news po – PO SLU-PO-2024-0499 is approved na by the Office of the President (PHP 86,400 incl. mould modification, for 50 pilot shells).

         Ma. Cristina Dela Cruz  10:16 AM
         Balance 1,150 not yet released, needs the written release from Engr. Ramon Villanueva after the sample evaluation.

         Nguyen Thi Lan  10:40 AM
         Dear Ms. Tin, thank you. Pilot samples will arrive Manila on 20 June.

         Wednesday, 26 June 2024
         Nguyen Thi Lan  9:05 AM
         Ms. Tin, samples received? Any feedback?

         Ma. Cristina Dela Cruz  11:32 AM
         Yes po received, Engr. Villanueva is checking them this week. Once he approves the samples, proceed na with the 1,150 para hindi na tayo maghintay ng papers. Para on time sa enrollment 🙏

         Nguyen Thi Lan  11:35 AM
         Noted Ms. Tin, we will prepare.
         """))])

# p35 EHF order for a forecast-based 2025 quantity, declared binding (Norway -> Lithuania), TXT
case("p35_ehf_binding_forecast", ["RG008"],
     "EHF order for 640 end panels whose quantity is 'based on our forecast for 2025', final numbers in "
     "January, yet 'this order is binding'; full quantity, no balance.",
     [("EHF_ordre_IO-2024-0451.txt", D("""
         EHF ORDRE / PEPPOL BIS Order 3.0 – utskrift (printout)
         ---------------------------------------------------------------------------
         Ordrenummer (ID)       : IO-2024-0451
         Utstedt (IssueDate)    : 2024-06-20
         Kjøper                 : Bjørkvik kommune, org.nr 939 812 457
         Kjøpers referanse      : 4600 Skolebibliotek 2025
         Leverandør             : UAB Medeina Baldai, LT100004561218
         Avtale / contract ref. : RA-2023-07
         Valuta                 : EUR

         Linje  Varenr       Beskrivelse                               Antall  Enh   Pris      Beløp
         1      EP-1800-30   Endegavl bjørk 1800x300x25 / end panel       640  EA   47,60  30 464,00

         Leveringsplan 2025 (linje 1):
           1.1  160 EA   uke 6    Nordhaug skole
           1.2  240 EA   uke 10   Bjørkvik ungdomsskole
           1.3  240 EA   uke 14   Vikane barneskole
                ---
                640 EA

         Merknad / note:
         Antallet er basert på prognose for 2025 (alle skolebibliotek); endelig antall per skole
         avklares i januar. The quantity is based on our forecast for 2025 (all school libraries);
         the final number per school will be clarified in January.
         Bestillingen er bindende – this order is binding. Please plan production and material
         for 640 pcs.

         Kontakt: Ingrid Solheim, tlf. +47 56 12 34 50
         """))])

# p36 library director 'confirms our order for 2025' from the procurement plan extract (PH -> Foshan), EML + DOCX
_app = docx_bytes([
    ("h1", "SAN LORENZO UNIVERSITY"),
    ("h", "ANNUAL PROCUREMENT PLAN 2025 – EXTRACT (University Library)"),
    ("p", "Indicative. Quantities are planning figures and depend on the 2025 budget of the University."),
    ("table", [["Code", "Item", "Planned qty 2025", "Est. unit cost (PHP)", "Quarter"],
               ["LIB-25-014", "BT-300-2 double-sided book trolley", "24", "15,500.00", "Q2"],
               ["LIB-25-015", "EP-1800-30 shelving end panel, birch ply", "180", "3,050.00", "Q2"],
               ["LIB-25-016", "Reading carrel, 2-seat", "30", "21,800.00", "Q3"]]),
    ("p", "Prepared: University Library / Procurement Office, 28 June 2024"),
], author="SLU Library")
_t = D("""
    Dear Ms. Liang,

    Good day!

    This is to confirm our order for 2025 for the new Library annex: twenty-four (24) book trolleys
    BT-300-2 and one hundred eighty (180) shelving end panels EP-1800-30, per the attached extract of
    our Annual Procurement Plan (APP) 2025.

    Please include these in your 2025 production planning as confirmed quantities. The formal PO will
    follow once the 2025 budget is available in January.

    Thank you and God bless.

    Dr. Liza Manalo
    Director, University Library
    San Lorenzo University
    """)
case("p36_confirm_order_2025_app", ["RG008"],
     "Library director 'confirms our order for 2025' and asks for 'confirmed quantities' from a procurement "
     "plan extract that says indicative / budget-dependent.",
     [("Library_annex_2025.eml", eml_bytes(mail(
         MANALO, CINDY, "Confirmation of order - Library annex 2025", "Mon, 1 Jul 2024 08:50:00 +0800", _t,
         html=to_html(_t), cc=TIN,
         attachments=[("APP_2025_library_extract.docx", _app, DOCX_MT)])))])

# p37 supplier capacity plan lists a customer forecast as 'FIRM ORDER' (Romania), PDF
case("p37_capacity_plan_forecast_firm", ["RG008"],
     "Supplier capacity plan books SLT's 1 200 end panels as 'FIRM ORDER' with source 'customer forecast "
     "e-mail'; supplier document, no authorization.",
     [("MC_capacity_plan_2025_line2.pdf", pdf([
         ("h1", "MOBILA CARPATICA SRL - PRODUCTION CAPACITY PLAN 2025"),
         ("p", "Line 2 (CNC nesting + edge banding) - issued 15.07.2024 by A. Popescu"),
         ("table", [["Customer", "Product", "Qty 2025", "Status", "Source"],
                    ["Severnside Learning Trust (UK)", "EP-1800-30 end panels", "1 200", "FIRM ORDER",
                     "customer forecast e-mail 12.04.2024"],
                    ["Nordic Library Interiors AB (SE)", "book shelves BS-900", "650", "FIRM ORDER",
                     "PO NLI-24-0088"],
                    ["Internal stock", "trolley frames BT-F", "300", "plan", "-"]]),
         ("sp",),
         ("p", "Firm orders 2025: 1 850 units. Line 2 needs a second shift from February 2025; HR to recruit "
               "4 operators by December."),
         ("p", "Birch plywood 25 mm: frame contract with the mill for 2025 to be signed on firm orders."),
     ], title="MC capacity plan 2025", author="Andrei Popescu"))])

# p38 buyer reply: samples 'approved' (technical) and PO rev 'approved' in Visma (commercial) (NO -> LT), EML
_log = D("""
    VISMA – ENDRINGSLOGG / CHANGE LOG – IO-2024-0440
    Rev  Dato        Bruker       Endring
    0    06.05.2024  isolheim     Linje 10 CS-4605 prøver 24 STK
    1    18.06.2024  isolheim     Linje 20 CS-4605 produksjon 1 176 STK lagt til (commercial cover)
    1    18.06.2024  knygaard     Status: Godkjent (approved)
    """)
_q = D("""
    Labas Ingrid,

    did Tor approve the samples? When can we start production?

    Rūta
    """)
_t = D("""
    Hei Rūta,

    Good news: the 24 sample shells CS-4605 are approved by Tor Eirik Haugen (technical – stacking and
    colour ok).
    Also the PO revision IO-2024-0440 rev 1 is approved in Visma today (commercial – now 1 200 pcs on the
    order, see the change log attached).

    The production release comes from Tor Eirik Haugen as a separate letter. Until then the 1 176 balance
    is not released, please do not start it.

    Hilsen Ingrid
    """) + SIG_INGRID + "\n18.06.2024 kl. 09:12 skrev Rūta Petrauskienė <ruta.petrauskiene@medeina-baldai.lt>:\n" + quote(_q)
case("p38_approved_technical_and_commercial", ["RG009"],
     "Buyer uses 'approved' for the sample shells (technical) and for the PO revision in Visma (commercial); "
     "scope otherwise complete (24, 1 176 not released, separate written release by TEH).",
     [("RE_IO-2024-0440.eml", eml_bytes(mail(
         INGRID, RUTA, "SV: IO-2024-0440 – samples / production?", "Tue, 18 Jun 2024 14:30:00 +0200", _t,
         in_reply_to="<h214-mb-0618@medeina-baldai.lt>",
         attachments=[("IO-2024-0440_endringslogg.txt", _log, "text/plain")])))])

# p39 ERP printout: PO STATUS RELEASED (budget workflow) + production balance 'will be released' (PH -> RO), TXT
case("p39_erp_status_released", ["RG009"],
     "ERP PO 'STATUS: RELEASED' (budget workflow) on a sample PO whose remarks use 'released' for the "
     "production balance; scope otherwise complete.",
     [("SLU_IFMS_PO_inquiry_0482.txt", D("""
         SAN LORENZO UNIVERSITY – INTEGRATED FINANCIAL MANAGEMENT SYSTEM
         PURCHASE ORDER INQUIRY                                   Printed: 2024-06-03 10:41
         ---------------------------------------------------------------------------------
         PO No.      : SLU-PO-2024-0482                 PO Date : 2024-05-27
         Supplier    : 000387  MOBILA CARPATICA SRL (SUCEAVA, RO)
         PR No.      : PR-LIB-2024-0119                 Fund    : 164 - Library Development
         PO STATUS   : RELEASED  (Budget Office, 2024-05-29, rel. code B2)

         Line  Item code    Description                               Qty  UOM   Unit Cost    Amount
         0001  EP-1800-30   END PANEL BIRCH 1800X300X25 - SAMPLE        2  PC    USD 52.00    104.00
         0002  FRT-AIR      AIR FREIGHT SAMPLES                         1  LOT   USD 95.00     95.00
                                                                        TOTAL  USD            199.00
         REMARKS:
         SAMPLE 2 PCS ONLY. PRODUCTION BALANCE 198 PCS WILL BE RELEASED BY ENGR. RAMON
         VILLANUEVA (VP ADMIN) AFTER SAMPLE EVALUATION. DO NOT PRODUCE BALANCE BEFORE
         THE WRITTEN RELEASE.
         ---------------------------------------------------------------------------------
         *** END OF REPORT ***                                    User: MCDELACRUZ
         """))])

# p40 multi-file: LPO (8 samples) + supplier proforma (10 pcs, wrong PO no., production upon deposit) (KE / CN)
case("p40_multi_lpo_proforma_deposit", ["RG011", "RG012"],
     "LPO says 8 sample doors on TSIP/LPO/2024/138; proforma says 10 pcs on 'TSIP/LPO/2024/183' and that mass "
     "production of the balance starts upon receipt of the deposit.",
     [("TSIP_LPO_2024_138.txt", D("""
         TUMAINI SCHOOLS INFRASTRUCTURE PROGRAMME              TSIP-ERP v4.2
         LOCAL PURCHASE ORDER                                  RPT-LPO-01
         =====================================================================
         LPO No.    : TSIP/LPO/2024/138            Date     : 10/06/2024
         Supplier   : V-0236 FOSHAN HUAXING SCHOOL FURNITURE CO LTD
         Quotation  : HX-Q-240402                  Currency : USD
         Deliver to : Programme Office, Upper Hill, Nairobi

         ITEM  CODE        DESCRIPTION                          QTY   UNIT    AMOUNT
         ----  ----------  -----------------------------------  ----  ------  --------
         1     LD-300-18   LOCKER DOOR STEEL 0.8MM RAL 7035       8   26.00    208.00
                           SAMPLE / PILOT
                                                             TOTAL USD         208.00

         REMARKS:
         Balance 392 doors not released until the pilot sign-off at Kisumu and a written
         release from Eng. Daniel Ochieng, Programme Manager. Material for the 8 samples only.

         Authorised: W. KAMAU (Procurement)        F. ACHIENG (Finance)
         """)),
      ("HX-PI-240517.pdf", pdf([
          ("h1", "FOSHAN HUAXING SCHOOL FURNITURE CO., LTD."),
          ("p", "Longjiang Town, Shunde District, Foshan, Guangdong, China - Tel +86 757 2332 8810"),
          ("h", "PROFORMA INVOICE No. HX-PI-240517"),
          ("table", [["Buyer", "Tumaini Schools Infrastructure Programme, Nairobi, Kenya"],
                     ["Your PO No.", "TSIP/LPO/2024/183"], ["Date", "2024-06-12"], ["Terms", "FOB Nansha"]]),
          ("sp",),
          ("table", [["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                     ["1", "LD-300-18 locker door steel 0.8mm RAL 7035 - sample", "10", "26.00", "260.00"],
                     ["2", "Hinge punch tooling", "1", "1,350.00", "1,350.00"],
                     ["", "TOTAL", "", "", "1,610.00"],
                     ["", "Deposit 30% by T/T", "", "", "483.00"]]),
          ("p", "Remarks: mass production of the balance 390 pcs will start upon receipt of the deposit. "
                "Lead time 35 days."),
          ("p", "Beneficiary account no. 6228 0480 1200 0096 (bank details on the commercial invoice)."),
      ], title="HX-PI-240517", author="Foshan Huaxing"))])

# p41 PO states the sample quantity twice, differently: 'tolv (12)' in the note, 10 in the line (NO -> CN), PDF
case("p41_po_twelve_vs_ten", ["RG011"],
     "One PO: note orders 'tolv (12) / twelve (12)' sample doors, the line says 10; scope otherwise complete.",
     [("IO-2024-0463.pdf", pdf([
         ("h1", "Bjørkvik kommune - INNKJØPSORDRE / PURCHASE ORDER"),
         ("p", "Innkjøp og logistikk, Rådhusgata 4, 5454 Bjørkvik - org.nr 939 812 457"),
         ("table", [["Ordrenr / PO", "IO-2024-0463", "Dato", "01.07.2024"],
                    ["Leverandør", "Foshan Huaxing School Furniture Co., Ltd.", "Prosjekt", "4410 Nordhaug skole"],
                    ["Vår ref.", "Ingrid Solheim", "Levering", "DAP Bjørkvik, uke 36"]]),
         ("p", "Vi bestiller tolv (12) prøvedører / we order twelve (12) sample locker doors LD-300-18 for the "
               "mock-up in garderobe 2B."),
         ("table", [["Linje", "Varenr", "Beskrivelse", "Antall", "Pris EUR", "Beløp EUR"],
                    ["10", "LD-300-18", "Locker door steel 0,8 mm, RAL 7035, DRG LD-1800 Rev 4 - sample", "10",
                     "31,80", "318,00"],
                    ["", "", "Sum eks. mva", "", "", "318,00"]]),
         ("h", "Scope"),
         ("p", "The balance of the 600 doors for Nordhaug skole is not released until the sample sign-off and "
               "a written production release from Tor Eirik Haugen, prosjektleder. Material for the samples only."),
     ], title="IO-2024-0463", author="Ingrid Solheim"))])

# p42 cover mail says twelve (12) sample desks, attached PO says 10 (PH -> TR), EML + PDF attachment
_po = pdf([
    ("h1", "SAN LORENZO UNIVERSITY"),
    ("p", "Procurement Office, Quezon City, Philippines"),
    ("h", "PURCHASE ORDER No. SLU-PO-2024-0475"),
    ("table", [["Supplier", "Kartal Okul Mobilyalari San. ve Tic. A.S., Kayseri, Turkiye"],
               ["Date", "03 June 2024"], ["Place of delivery", "Engineering Building, Main Campus"]]),
    ("sp",),
    ("table", [["Item", "Description", "Unit", "Qty", "Unit cost (PHP)", "Amount (PHP)"],
               ["1", "SD-1200-06 student desk - SAMPLE", "unit", "10", "8,450.00", "84,500.00"],
               ["", "Total: Eighty-four thousand five hundred pesos only", "", "", "", "84,500.00"]]),
    ("h", "Scope note"),
    ("p", "Sample quantity under this PO: 10 units. The production balance is not released until the sample "
          "evaluation is signed and Engr. Ramon Villanueva, VP for Administration, issues a written production "
          "release. Material for the samples only."),
    ("p", "Prepared by: Ma. Cristina Dela Cruz, Supply Officer III"),
], title="SLU-PO-2024-0475", author="SLU Procurement")
_t = D("""
    Good day Mr. Yildiz!

    Attached is PO SLU-PO-2024-0475 for twelve (12) sample desks SD-1200-06 for the Engineering building
    classrooms. The production balance (588) is not released until the sample evaluation is signed and
    Engr. Ramon Villanueva issues the written production release.

    Kindly acknowledge po. Thank you!
    """) + SIG_TIN
case("p42_mail_twelve_po_ten", ["RG011"],
     "Cover mail authorizes twelve (12) sample desks, the attached PO says 10; hold, event and person present.",
     [("PO_SLU-PO-2024-0475.eml", eml_bytes(mail(
         TIN, EMRE, "PO SLU-PO-2024-0475 - sample desks", "Mon, 3 Jun 2024 15:10:00 +0800", _t,
         attachments=[("SLU-PO-2024-0475.pdf", _po, PDF_MT)])))])

# p43 EDIFACT call-off: QTY 120 in the segment, 100 in the free text (UK -> TR), TXT
case("p43_delfor_120_vs_100", ["RG011"],
     "Call-off 03: QTY+113 says 120, the FTX and plain summary say 100 desks; hold, call-off 04 and Martin "
     "Oakes named.",
     [("DELFOR_SLT-CO-24-003.txt", D("""
         EDIFACT DELFOR D.96A – human readable print (Severnside Learning Trust via Tradeshift)
         -------------------------------------------------------------------------------------
         UNH+000233+DELFOR:D:96A:UN'
         BGM+241+SLT-CO-24-003+9'                    call-off 03
         DTM+137:20240814:102'
         NAD+BY+5060000000031::9++SEVERNSIDE LEARNING TRUST'
         NAD+SU+8690000000417::9++KARTAL OKUL MOBILYALARI AS'
         RFF+CT:SLT-FA-24-003'                       framework agreement, commercial cover 480 desks
         LIN+1++SD-1200-06:SA'
         QTY+113:120:PCE'                            quantity released by this call-off
         SCC+1'                                      firm
         DTM+2:20241014:102'
         FTX+AAI+++CALL-OFF 03 RELEASES 100 DESKS FOR KINGSHOLM AND TUFFLEY ACADEMIES'
         FTX+AAI+++MATERIAL FOR RELEASED QUANTITY ONLY. REMAINING DESKS NOT RELEASED UNTIL CALL-OFF 04 SIGNED BY MARTIN OAKES'
         UNT+13+000233'

         PLAIN ENGLISH SUMMARY (portal message, 14/08/2024, G. Whitfield)
         - Call-off 03 releases 100 desks SD-1200-06 for delivery w/c 14 October 2024.
         - Material for the released desks only.
         - Everything else under SLT-FA-24-003 stays not released until call-off 04, signed by
           Martin Oakes, Director of Estates.
         """))])

# p44 e-procurement page: 'authorised now: twenty (20)' but the delivery lines add up to 24 (KE -> VN), HTML
case("p44_eproc_20_vs_schedule_24", ["RG011"],
     "Authorisation says twenty (20) sample frames, the delivery schedule lines total 24; balance, event and "
     "Eng. Ochieng present.",
     [("tsip_eprocurement_TSIP-LPO-2024-171.html", html_page("TSIP e-Procurement – Order authorisation", D("""
         <div style="background:#7a1f1f;color:#fff;padding:6px">TSIP e-Procurement</div>
         <h2>Order authorisation – TSIP/LPO/2024/171</h2>
         <table>
         <tr><th>Supplier</th><td>Binh An Furniture JSC (V-0211)</td></tr>
         <tr><th>Item</th><td>WF-2412-A whiteboard frame 2400x1200 (EN 14434)</td></tr>
         <tr><th>Authorised now</th><td>twenty (20) sample whiteboard frames</td></tr>
         <tr><th>Balance</th><td>330 frames – not released until the pilot sign-off and a written release by Eng. Daniel Ochieng, Programme Manager</td></tr>
         <tr><th>Material</th><td>for the sample frames only</td></tr>
         </table>
         <h3>Delivery schedule</h3>
         <table>
         <tr><th>Line</th><th>Qty</th><th>Destination</th><th>Date</th></tr>
         <tr><td>1.1</td><td>12</td><td>Kisumu Central Primary (pilot)</td><td>30/08/2024</td></tr>
         <tr><td>1.2</td><td>12</td><td>Machakos Township Primary (pilot)</td><td>30/08/2024</td></tr>
         <tr><td><b>Total</b></td><td><b>24</b></td><td></td><td></td></tr>
         </table>
         """)))])

# p45 WhatsApp: supplier 'deposit received = production start for us', buyer does not object (CN <-> KE), TXT
case("p45_whatsapp_deposit_production_start", ["RG012"],
     "Buyer scope complete (8 pilot doors, 592 on hold until sign-off + Eng. Ochieng's written release); "
     "supplier reads the deposit as production start; buyer lets it stand.",
     [("WhatsApp Chat with Cindy HX Foshan.txt", D("""
         [12/07/2024, 09:14:02] Wanjiru Kamau: Good morning Cindy. LPO TSIP/LPO/2024/147 is for 8 pilot locker doors only. Balance 592 on hold until the pilot sign-off at Machakos and a written release from Eng. Daniel Ochieng.
         [12/07/2024, 09:30:45] Cindy Liang: ok dear noted 👌
         [19/07/2024, 15:02:10] Wanjiru Kamau: Hi Cindy, Finance has paid the deposit today for the tooling and the pilot doors. Slip attached
         [19/07/2024, 15:02:11] Wanjiru Kamau: <attached: TT_slip_KCB_19072024.pdf>
         [19/07/2024, 15:20:33] Cindy Liang: Thank you dear, received 🙏 deposit received = production start for us, we start the locker doors production Monday, then October delivery is ok
         [19/07/2024, 15:41:09] Wanjiru Kamau: Noted, asante
         """))])


# =================================================================== BUILD
def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9._-]+", "_", s).strip("_")
    return s


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(214214).shuffle(order)
    labels = {}
    for pos, idx in enumerate(order, start=1):
        c = CASES[idx]
        folder = f"h214_{pos:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    main()
