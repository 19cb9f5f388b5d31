#!/usr/bin/env python3
"""Generator for the releasegate check_holdout137 corpus (marine and boat equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout137/build.py

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
    m["Message-ID"] = msgid or f"<h137-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h137")
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



def txt2html(text):
    """Plain mail text -> simple HTML alternative (quoted lines become blockquotes)."""
    out, quote = [], []

    def flush_quote():
        if quote:
            out.append("<blockquote style=\"border-left:2px solid #999;padding-left:6px;color:#444\">"
                       + "<br>\n".join(escape(q) for q in quote) + "</blockquote>")
            quote.clear()

    for para in text.split("\n\n"):
        lines = para.split("\n")
        buf = []
        for ln in lines:
            if ln.startswith(">"):
                if buf:
                    out.append("<p>" + "<br>\n".join(escape(b) for b in buf) + "</p>")
                    buf = []
                quote.append(ln.lstrip("> ").rstrip())
            else:
                flush_quote()
                buf.append(ln)
        if buf:
            out.append("<p>" + "<br>\n".join(escape(b) for b in buf) + "</p>")
    flush_quote()
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:14px\">\n" + "\n".join(out) + "\n</body></html>\n"


def quote_block(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_table(rows):
    h = "<table>\n<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in rows[0]) + "</tr>\n"
    for r in rows[1:]:
        h += "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n"
    return h + "</table>"


HTML_MT = "text/html"
TXT_MT = "text/plain"

# Buyers
ARD = "Cantiere Navale Ardesia S.r.l."
VDM = "Jachtwerf Van der Meulen B.V."
SMC = "Solent Marine Chandlery Ltd"
KES = "Kestrel Boats Inc."
HAU = "Hauraki Marine Ltd"
BRX = "Brixham Workboats Ltd"
FYI = "Friesland Yacht Interiors B.V."
# Suppliers
TYM = "Tai-Yang Marine Hardware Co., Ltd."
NHT = "Ningbo Haitong Marine Fittings Co., Ltd."
EGE = "Ege Kompozit Denizcilik A.S."
MKD = "Marmara Kablo Donanim San. ve Tic. A.S."
POK = "Pomorskie Okucia Sp. z o.o."
MAT = "Metalurgica Atlantica, Lda."
TPC = "Taichung Precision Casting Co., Ltd."
XBW = "Xiamen Bluewave Marine Electric Co., Ltd."

# =================================================================== CASES

# ------------------------------------------------------------- batch 1: clean
# c01 supplier quote with sample and production tiers, on its own
case("c01_tym_quote_tiers", [],
     "supplier quote alone: sample 12 and production tiers 1,200/2,400, no authorized quantity; "
     "it even says the production lot needs a separate PO or written release",
     [("TYM_Quotation_Q24-0388.pdf", pdf([
         ("h1", "TAI-YANG MARINE HARDWARE CO., LTD."),
         ("p", "No. 18, Linhai 3rd Rd., Siaogang Dist., Kaohsiung 812, Taiwan  |  Tel +886 7 806 2231  |  "
               "sales@taiyang-marine.com.tw"),
         ("h", "QUOTATION  Q24-0388"),
         ("p", "To: Solent Marine Chandlery Ltd, Unit 4 Ocean Way, Southampton SO14 3JZ, UK. "
               "Attn. Ms Rachel Pike, Purchasing.  Date: 2024-04-22.  Validity: 60 days."),
         ("p", "Dear Rachel, thank you for your inquiry dated 15 April. We are pleased to quote you as below "
               "for the stainless mooring cleat as your drawing SMC-CL-250 Rev B."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price (USD)", "Lead time"],
             ["1", "Sample fitting, cleat 250 mm, AISI 316, mirror polish, incl. salt-spray report "
                   "(ISO 9227 NSS 240 h)", "12 pcs", "38.50", "25 days"],
             ["2", "Production lot, same part", "1,200 pcs", "14.20", "45 days after order"],
             ["3", "Production lot, same part", "2,400 pcs", "13.10", "55 days after order"],
             ["4", "Polishing fixture, one time charge", "1 set", "650.00", "with samples"],
         ]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1. Price FOB Kaohsiung. Packing 20 pcs/carton with foam insert, carton 420 x 300 x 180 mm, "
               "G.W. abt. 14 kg."),
         ("p", "2. Surface: electropolish and passivation per ASTM A967, marking laser-etched as your artwork."),
         ("p", "3. Sample lot and production lot are quoted separately. Production lot need your separate "
               "purchase order or written release, we do not start it on the sample order."),
         ("p", "4. Payment terms: T/T 30% with order, balance 70% before shipment."),
         ("sp",),
         ("p", "Best regards,"),
         ("p", "Vivian Lin / Sales Dept.  |  Ext. 215  |  LINE ID: vivian.tym"),
     ], title="Quotation Q24-0388", author="Vivian Lin"))])

# c02 WeChat: supplier asks to proceed with bal. 480, buyer says not yet with full scope
case("c02_wechat_not_yet", [],
     "supplier's 'can we proceed with bal. 480' is a question; buyer answers with 20 active, 480 on hold, "
     "sample sign-off + written release from Davide Conti",
     [("WeChat_Haitong_Ardesia_cleats.txt", """\
WeChat chat history - group "Haitong / Ardesia galloccie 200"
Exported 2024-05-14 18:02 (UTC+8)
----------------------------------------------------------------

2024-05-13 09:12  Amy Zhou (Ningbo Haitong)
Good morning Giulia, salt spray test for the 20 sample cleats finish yesterday, report will send tomorrow. All pieces no red rust 👍

2024-05-13 09:13  Amy Zhou (Ningbo Haitong)
Can we proceed with bal. 480 pcs? Our workshop have free slot from 20 May, after that is full until July

2024-05-13 10:41  Giulia Ferraro (Ardesia)
Buongiorno Amy, thank you for the fast test!

2024-05-13 10:44  Giulia Ferraro (Ardesia)
Not yet please. Only the 20 sample cleats of our PO 24/0512 are released. The other 480 stay on hold - do not start them and do not buy bar for them.

2024-05-13 10:46  Giulia Ferraro (Ardesia)
First Marco Bellini (our project engineer) must sign off the samples and the salt-spray report, then Davide Conti, our Production Director, sends you the written release for the 480. Without his letter nothing more is released.

2024-05-13 10:47  Amy Zhou (Ningbo Haitong)
OK understand. We keep the slot tentative and wait Mr Conti letter.

2024-05-13 10:48  Amy Zhou (Ningbo Haitong)
[Photo]

2024-05-13 11:02  Giulia Ferraro (Ardesia)
Perfetto, grazie mille. Please courier the 20 samples to Viareggio, our DHL account 961-204-557, att. Ufficio Tecnico.

2024-05-13 11:05  Amy Zhou (Ningbo Haitong)
Noted, DHL tomorrow. Tracking I send in this group.
""")])

# c03 labelled forecast in an email with a TXT attachment
_c03_fc = """\
HAURAKI MARINE LTD - ROLLING FORECAST FY25                         NON-BINDING
Issued 29-04-2024 by K. Walker, Purchasing                 Supplier: Tai-Yang (TYM)
Status: FORECAST ONLY - this is not a purchase order. It gives no production
and no material authority.

Part No.        Description                   Q1    Q2    Q3    Q4    FY25
--------------  ----------------------------  ----  ----  ----  ----  ----
HM-SB-32-316    Stanchion base 32mm 316        120   180   240   160   700
HM-CL-200-316   Cleat 200mm 316                200   250   300   150   900
HM-CL-150-316   Cleat 150mm 316                 80   100   120    60   360
HM-FL-90-316    Fairlead 90mm 316               40    60    60    40   200

Notes:
- Figures can move +/- 30 % with boat sales (Auckland show in Sept, Hutchwilco).
- Orders are placed only by call-off PO from Hauraki Purchasing, each with its
  own quantity and delivery date.
- Please tell us early if any line is tight on capacity.
"""
case("c03_hauraki_forecast_labelled", [],
     "clearly labelled non-binding forecast; says it is not an order, no production or material authority",
     [("Hauraki_FY25_forecast_TYM.eml", mail(
         "Kiri Walker <kiri.walker@haurakimarine.co.nz>", "Vivian Lin <vivian.lin@taiyang-marine.com.tw>",
         "Hauraki FY25 rolling forecast - stanchion bases & cleats", "Mon, 29 Apr 2024 16:20:00 +1200",
         "Kia ora Vivian,\n\n"
         "As promised on the call last week, attached is our rolling forecast for FY25 (Apr 2024 - Mar 2025) "
         "for the stanchion bases, cleats and fairleads.\n\n"
         "Please use it for your capacity planning only. It's not an order and nothing in it is released - "
         "each call-off will come through as its own PO from me with quantities and dates on it.\n\n"
         "Shout if anything looks tight, especially Q3 when the yards gear up for summer.\n\n"
         "Cheers,\nKiri" + sig("Kiri Walker", "Purchasing Officer", HAU + ", Westhaven Drive, Auckland",
                               "+64 9 307 4410"),
         attachments=[("Hauraki_FY25_forecast.txt", _c03_fc, TXT_MT)]))])

# c04 DOCX sample inspection report: approved for dry-fit only
case("c04_vdm_sample_report_scoped", [],
     "'approved for dry-fit on hull 517 only, not for production'; 240 series hatches on hold until "
     "salt-spray pass, sign-off by Pieter Smit and written release by Joost Hoekstra",
     [("VDM_SIR-24-031_flush_hatch.docx", docx_bytes([
         ("h1", "Monsterkeuring / Sample inspection report SIR-24-031"),
         ("p", "Jachtwerf Van der Meulen B.V. - Kwaliteit / QA - Makkum"),
         ("p", "Part: flush deck hatch FH-500, drawing JVDM-FH-500 rev 4. Supplier: Pomorskie Okucia Sp. z o.o., "
               "Gdansk. Samples received: 4 pcs on 21-05-2024 under PO 24-0735 (4 sample hatches)."),
         ("h", "Measurements"),
         ("table", [
             ["Characteristic", "Nominal", "Tol.", "S1", "S2", "S3", "S4", "Result"],
             ["Frame outer length (mm)", "560", "+/-0,5", "560,2", "559,9", "560,1", "560,3", "OK"],
             ["Frame outer width (mm)", "560", "+/-0,5", "560,0", "560,4", "559,8", "560,1", "OK"],
             ["Flange flatness (mm)", "-", "0,3", "0,12", "0,18", "0,21", "0,15", "OK"],
             ["Seal compression (mm)", "3,0", "+/-0,5", "2,9", "3,1", "3,0", "2,6", "OK"],
             ["Hinge torque (Nm)", "8", "+/-2", "7,5", "8,2", "9,1", "7,8", "OK"],
             ["Hose test EN ISO 12216", "no leak", "-", "OK", "OK", "OK", "OK", "OK"],
         ]),
         ("h", "Remarks"),
         ("li", "Anodising colour slightly lighter than master sample on S3; acceptable."),
         ("li", "Salt-spray test (ISO 9227 NSS, 480 h) running at the lab, result expected week 24."),
         ("h", "Disposition"),
         ("p", "Samples approved for dry-fit on hull 517 only - not for production."),
         ("p", "Production status: the 240 series hatches are not released. They stay on hold until the "
               "salt-spray test has passed, Pieter Smit has signed off the samples, and Joost Hoekstra "
               "(Productiedirecteur) has issued a written production release. Material authority: sample-only."),
         ("p", "Signed: Pieter Smit, QA engineer, 23-05-2024"),
     ], author="Pieter Smit"))])

# c05 full-quantity PO that says proceed
case("c05_kestrel_full_qty_po", [],
     "repeat part, full-quantity PO for 350 with 'proceed with the full quantity of 350'; no balance",
     [("Kestrel_PO_45-2231.pdf", pdf([
         ("h1", "KESTREL BOATS INC. - PURCHASE ORDER"),
         ("p", "1120 Bay Ridge Road, Annapolis, MD 21403, USA  |  purchasing@kestrelboats.com"),
         ("table", [
             ["PO number", "45-2231", "Date", "04/29/2024"],
             ["Supplier", "Taichung Precision Casting Co., Ltd.", "Buyer", "Jake Morales"],
             ["Ship to", "Kestrel Boats, Dock 3, Annapolis MD", "Terms", "Net 60, FOB Taichung"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit", "Unit price", "Extended", "Due"],
             ["1", "KB-CL-8-CF8M", "Cleat 8 in, investment cast CF8M, electropolished, drawing KB-CL-8 rev G",
              "350", "EA", "$11.40", "$3,990.00", "06/14/2024"],
         ]),
         ("sp",),
         ("p", "Notes to supplier:"),
         ("p", "Repeat part. First article on file (FAI-2023-117, accepted 09/2023), no samples required on this "
               "order. This PO is for the full quantity: please proceed with the full quantity of 350 pcs. "
               "No further quantity will follow under this PO number."),
         ("p", "Pack 25 per carton, cartons marked with PO number and part number. Certificate of conformance "
               "and material certs (EN 10204 3.1) with the shipment."),
         ("p", "Questions on this order: Jake Morales, Buyer, +1 410 555 0163."),
     ], pagesize=LETTER, title="PO 45-2231", author="Jake Morales"))])

# c06 call-off with explicit staged material authority above the released quantity
case("c06_solent_calloff_staged", [],
     "call-off releases 300 of 1,200; explicit staged material authority up to 600; balance 900 not "
     "released; next call-off by Tom Ashdown after lot acceptance",
     [("Solent_CallOff_SA-2025-07_no1.pdf", pdf([
         ("h1", "Solent Marine Chandlery Ltd - Call-off"),
         ("p", "Unit 4 Ocean Way, Southampton SO14 3JZ  |  VAT GB 318 4471 02"),
         ("table", [
             ["Call-off no.", "1", "Season agreement", "SA-2025-07 (firm season quantity 1,200 pcs)"],
             ["Supplier", "Metalurgica Atlantica, Lda., Aveiro, PT", "Date", "13 May 2024"],
             ["Part", "BF-45 bow fairlead 316, drg SMC-BF-45 rev C", "Issued by", "Tom Ashdown"],
         ]),
         ("sp",),
         ("table", [
             ["", "Quantity (pcs)", "Status"],
             ["Released by this call-off", "300", "released - deliver by wk 27 to DC Eastleigh"],
             ["Season balance", "900", "NOT released"],
             ["Material authority", "600 pcs worth of 316 bar", "staged, at Solent's liability"],
         ]),
         ("sp",),
         ("p", "What to do now: make and deliver the 300 fairleads released above. You may buy and hold 316 "
               "bar for up to 600 pcs in total (staged material authority, at our cost if the season is "
               "cancelled). Do not machine anything beyond the 300."),
         ("p", "The remaining 900 pcs of the season quantity are not released. Each further quantity needs "
               "the next call-off, which Tom Ashdown (Category Manager, Deck Hardware) issues in writing "
               "after lot acceptance of this call-off at our Eastleigh goods-in."),
         ("p", "Tom Ashdown, Category Manager - Deck Hardware, Solent Marine Chandlery Ltd"),
     ], title="Call-off 1 SA-2025-07", author="Tom Ashdown"))])

# c07 explicit, recorded auto-conversion (multipart/alternative)
_c07 = (
    "Dear Tomasz,\n\n"
    "Below our PO 24-0790 for the portlights PL-400 (drawing JVDM-PL-400 rev 3), and the agreement on the "
    "series that Joost and your Mr Nowicki settled on the phone last Thursday. I put it in writing so that "
    "we all read the same thing.\n\n"
    "Scope of PO 24-0790:\n"
    "- Released now: 8 (eight) sample portlights. Material authority: sample-only.\n"
    "- Quoted production quantity: 112 portlights, firm (your offer OF/24/140). Not released today.\n"
    "- Auto-conversion, recorded as AC-2024-004 and agreed by Joost Hoekstra (Productiedirecteur) on "
    "2 May 2024: when Pieter Smit (QA) signs the sample sign-off form SSO-0790 with disposition "
    "'accepted', the 112 production portlights are released from the date of his signature, without a "
    "further document. An interim or rejected disposition releases nothing.\n"
    "- Pieter will e-mail you the signed SSO-0790 the same day.\n\n"
    "Please confirm by return that you have read the scope like this.\n\n"
    "Met vriendelijke groet / Best regards,\nSanne de Jong"
    + sig("Sanne de Jong", "Inkoper / Buyer", VDM + ", Makkum (NL)", "+31 515 23 1450"))
case("c07_vdm_recorded_autoconversion", [],
     "explicit recorded auto-conversion naming quantity (112), signer (Pieter Smit), condition and the "
     "authority who agreed it (Joost Hoekstra); 8 samples active",
     [("PO_24-0790_portlights.eml", mail(
         "Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>", "Tomasz Nowak <t.nowak@pomorskie-okucia.pl>",
         "PO 24-0790 portlights PL-400 - samples and recorded auto-conversion",
         "Mon, 06 May 2024 10:02:00 +0200", _c07, html=txt2html(_c07),
         cc="Joost Hoekstra <j.hoekstra@vandermeulen-jachtwerf.nl>, Pieter Smit <p.smit@vandermeulen-jachtwerf.nl>"))])

# c08 old quote forwarded as message/rfc822, declared informational
_c08_old = mail(
    "Rui Santos <rui.santos@metalatlantica.pt>", "Ufficio Acquisti <acquisti@cantiereardesia.it>",
    "Orcamento / Quote 22-114 - olhal / pad-eye 8 mm AISI 316", "Tue, 08 Nov 2022 11:30:00 +0000",
    "Caros senhores / Dear Sirs,\n\n"
    "Following your request we quote the pad-eye 8 mm AISI 316 (your drawing 58-DK-031):\n\n"
    "  Sample lot:   50 pcs    EUR 6,80 /pc\n"
    "  Series:    5.000 pcs    EUR 2,15 /pc\n\n"
    "Delivery samples 4 weeks, series 8 weeks. Prices ex-works Aveiro, validity 90 days.\n\n"
    "Com os melhores cumprimentos,\nRui Santos\nComercial - Metalurgica Atlantica, Lda.\n")
_c08 = (
    "Dear Joao,\n\n"
    "as discussed, I forward below the old quote 22-114 of your colleague Rui, so your technical office "
    "sees the history of this pad-eye (the drawing is almost the same, now 62-DK-031 rev A).\n\n"
    "Please note: the forwarded quote is for reference only. The 5.000 pcs figure in it is history - it is "
    "not ordered and not released.\n\n"
    "Our PO 24/0598 (attached to my mail of yesterday) covers 50 sample pad-eyes only. Material authority: "
    "sample-only. The production quantity for the 2025 models is still open and nothing of it is released; "
    "a production release can come only in writing from Davide Conti (Direttore di Produzione), after "
    "Marco Bellini has signed off the samples.\n\n"
    "Cordiali saluti,\nGiulia Ferraro"
    + sig("Giulia Ferraro", "Ufficio Acquisti", ARD + ", Via dei Pescatori 41, 55049 Viareggio (LU)",
          "+39 0584 38 2210"))
case("c08_ardesia_fwd_old_quote", [],
     "old quote with 5.000 pcs forwarded as rfc822 and declared reference only / not released; PO 50 samples, "
     "written release by Davide Conti after sign-off by Marco Bellini",
     [("FW_quote_22-114_pad-eye.eml", mail(
         "Giulia Ferraro <g.ferraro@cantiereardesia.it>", "Joao Ferreira <joao.ferreira@metalatlantica.pt>",
         "FW: Orcamento / Quote 22-114 - olhal / pad-eye 8 mm AISI 316", "Wed, 08 May 2024 09:31:00 +0200",
         _c08, attachments=[("rfc822", _c08_old)]))])

# c09 buyer corrects a quoted supplier message that assumes auto-conversion
_c09 = (
    "Kevin,\n\n"
    "Thanks for the update, FedEx Friday works. One correction though, see below.\n\n"
    "> Samples (12 pcs) will ship this Friday by FedEx IP, AWB to follow. Once you sign off\n"
    "> the samples we'll roll straight into the 600 so we can hit the June production slot.\n\n"
    "No - please don't. Sample sign-off by Dana doesn't release anything by itself. PO 45-2218 releases "
    "the 12 samples only. The other 588 of the 600 stay on hold until Brian Koenig (VP Operations) sends "
    "you a written production release, and he'll only do that after Dana Whitfield's sample sign-off.\n\n"
    "Keep the June slot penciled in if you can, but no material buys beyond the samples until you have "
    "Brian's release in hand.\n\n"
    "> Also please confirm the hinge pin material, 316 or 2205?\n\n"
    "316, same as the drawing (KB-HH-60 rev B).\n\n"
    "Jake" + sig("Jake Morales", "Buyer", KES + ", Annapolis MD", "+1 410 555 0163"))
case("c09_kestrel_correct_quoted_autoconv", [],
     "quoted supplier assumes samples roll into the 600; buyer's reply corrects: 12 active, 588 on hold, "
     "written release by Brian Koenig after Dana Whitfield's sign-off",
     [("RE_samples_ship_Friday.eml", mail(
         "Jake Morales <jmorales@kestrelboats.com>", "Kevin Chen <kevin.chen@taiyang-marine.com.tw>",
         "RE: PO 45-2218 hatch hinges - samples ship Friday", "Wed, 15 May 2024 08:12:00 -0400", _c09,
         in_reply_to="<h137-tym-0515@taiyang-marine.com.tw>"))])

# c10 supplier: deposit does not release production, quoting the buyer's complete PO note
_c10 = (
    "Dear Sanne Hanim,\n\n"
    "We received the 30% tooling deposit for the hull liner mould (your PO 24-0802) yesterday, thank you "
    "very much.\n\n"
    "Please be informed that we understand the deposit does not release production: with this PO we "
    "laminate only the 2 sample liners (pre-series for hull 611 and 612). The 38 series liners are waiting "
    "for your written release, as your PO note below.\n\n"
    "Mould finishing starts this week, T1 samples planned week 24. Gelcoat RAL 9010 as agreed.\n\n"
    "Best regards,\nBurak Yilmaz\nSales Engineer - Ege Kompozit Denizcilik A.S.\n"
    "10003 Sok. No:7 A.O.S.B. Cigli / Izmir - Turkiye  |  +90 232 376 41 18\n\n"
    "-----Original Message-----\n"
    "From: Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>\n"
    "Sent: 29 April 2024 14:05\n"
    "Subject: PO 24-0802 hull liner mould + samples\n\n"
    + quote_block(
        "Dear Burak,\n\n"
        "PO note 24-0802: This PO covers the mould and 2 (two) sample hull liners. The remaining 38 liners\n"
        "of the quoted 40 are not released. Release of the 38 only by written release from Joost Hoekstra\n"
        "(Productiedirecteur) after Pieter Smit has signed off the T1 samples. Material authority:\n"
        "sample-only.\n\n"
        "Kind regards,\nSanne"))
case("c10_ege_deposit_not_release", [],
     "supplier states the deposit does not release production; quoted buyer PO note has 2 active, 38 held, "
     "written release by Joost Hoekstra after sign-off by Pieter Smit",
     [("RE_PO_24-0802_hull_liner_mould.eml", mail(
         "Burak Yilmaz <burak.yilmaz@egekompozit.com.tr>", "Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>",
         "RE: PO 24-0802 hull liner mould + samples", "Thu, 16 May 2024 11:47:00 +0300", _c10,
         in_reply_to="<h137-vdm-0429@vandermeulen-jachtwerf.nl>"))])

# c11 multi-file: ERP PO (TXT) + supplier acknowledgement (PDF) restating the hold
case("c11_vdm_po_plus_ack", [],
     "two files: PO 6 sample portlights with hold/event/person; supplier acknowledgement restates the hold "
     "and buys no material for the balance",
     [("JVDM_PO_24-0733.txt", """\
JACHTWERF VAN DER MEULEN B.V.                      INKOOPORDER / PURCHASE ORDER
Harlingerweg 14, 8754 Makkum (NL)                  Pagina 1 van 1
KvK 01093322   BTW NL001234567B01

Ordernr. / PO no. : 24-0733            Datum / date : 06-05-2024
Inkoper / buyer   : S. de Jong         Tel.         : +31 515 23 1450
Leverancier       : Pomorskie Okucia Sp. z o.o., ul. Marynarki Polskiej 96,
                    80-557 Gdansk, PL                Lev.nr. 40212
Levering / deliv. : DAP Makkum, Incoterms 2020       Betaling: 30 dagen netto

Rg  Artikel      Omschrijving                          Aantal Eenh  Prijs EUR   Bedrag EUR
--  -----------  ------------------------------------  ------ ----  ---------  -----------
10  PL-400-SS    Portlight 400x180, 316 frame,              6 st       212,00     1.272,00
                 toughened glass 10 mm, drg
                 JVDM-PL-400 rev 3 - MONSTERS/SAMPLES
                                                                   Totaal     1.272,00
Opmerking / note:
Sample order. Only the 6 (six) sample portlights on line 10 are released.
The production quantity of 194 portlights in your offer OF/24/118 is not
released by this order. Unlock: sample sign-off by P. Smit (QA), followed by a
written release from J. Hoekstra (Productiedirecteur). Material authority:
sample-only.

Afgedrukt 06-05-2024 10:14 / SAP MM ME9F
"""), ("POK_Order_Acknowledgement_OA-24-0412.pdf", pdf([
         ("h1", "POMORSKIE OKUCIA Sp. z o.o."),
         ("p", "ul. Marynarki Polskiej 96, 80-557 Gdansk, Poland  |  NIP 584-02-11-876  |  biuro@pomorskie-okucia.pl"),
         ("h", "Order acknowledgement OA/24/0412"),
         ("p", "Customer: Jachtwerf Van der Meulen B.V., Makkum. Your order: 24-0733 of 06-05-2024. Date: 08-05-2024."),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Unit price EUR", "Delivery"],
             ["10", "PL-400-SS", "Portlight 400x180, sample", "6 pcs", "212,00", "week 23, DAP Makkum"],
         ]),
         ("sp",),
         ("p", "We acknowledge your order 24-0733 as written: 6 pcs sample portlights only. The balance of "
               "194 pcs is not released. We will not buy glass or aluminium profile for it until we receive "
               "the written release signed by Mr J. Hoekstra after your sample sign-off."),
         ("p", "With kind regards / Z powazaniem,"),
         ("p", "Katarzyna Wisniewska, Customer Service"),
     ], title="OA/24/0412", author="Katarzyna Wisniewska"))])

# c12 ERP printout with identifiers that look like quantities; full order
case("c12_solent_erp_identifiers", [],
     "full-quantity PO for 40 (no samples, no balance); part numbers, drg rev, bin, ISO norms look like "
     "quantities but are not",
     [("SMC_PO_4455_printout.txt", """\
SOLENT MARINE CHANDLERY LTD                                   PURCHASE ORDER
Unit 4 Ocean Way, Southampton SO14 3JZ                       Page 1 of 1
------------------------------------------------------------------------------
PO NUMBER   : 4455                     PO DATE   : 07/05/2024
SUPPLIER    : 20318 TAI-YANG MARINE HARDWARE CO., LTD.   KAOHSIUNG TW
BUYER       : R. PIKE                  CURRENCY  : USD
DELIVER TO  : DC EASTLEIGH, BAY 12, BIN 2400              INCOTERM  : FOB KHH
------------------------------------------------------------------------------
LN  ITEM CODE           DESCRIPTION                      QTY  UOM   PRICE     VALUE
--  ------------------  -----------------------------  -----  ---  ------  --------
01  316-1200-250        CLEAT 250MM AISI 316 POLISHED     40  EA    14.20    568.00
                        DRG 4500 REV 12
                        FIXINGS M10X1.5 A4-80 ISO 3506-1
                        CARTON LABEL EAN 5012345 678900
------------------------------------------------------------------------------
                                                       ORDER TOTAL USD  568.00
NOTES:
  REPEAT ORDER - FULL QUANTITY 40 EA. NO SAMPLES REQUIRED (LAST SAMPLE SIGN-OFF
  SS-0917, 2023). NOTHING FURTHER TO FOLLOW ON THIS PO.
  SUPPLIER QMS TO ISO 9001:2015. SALT SPRAY REF ISO 9227 NSS 240H ON FILE.
  PACK 20 PER CARTON. SHIP WITH THE SEPT CONSOLIDATION (CONTAINER 2 OF 3).

AUTHORISED: R. PIKE, PURCHASING                       PRINTED 07/05/2024 11:52
""")])

# c13 HTML supplier portal status page showing the hold
case("c13_tym_portal_status", [],
     "supplier portal: line 10 12 samples released, line 20 1,188 on hold/not released, unlock sample sign-off "
     "+ written release by Tom Ashdown; material sample-only",
     [("TYM_portal_order_88123.html", html_page("TYM Customer Portal - Order 88123", """
<h2>TYM Customer Portal</h2>
<p>Logged in as: rachel.pike@solentmarine.co.uk | Customer: Solent Marine Chandlery Ltd | <a href="#">Log out</a></p>
<h3>Order 88123 (your PO 4471) - Cleat 250 mm AISI 316, drawing SMC-CL-250 Rev B</h3>
""" + html_table([
         ["Line", "Scope", "Qty", "Status", "Unlock event", "Unlocked by"],
         ["10", "Sample", "12 pcs", "Released (sample) - in polishing", "-", "-"],
         ["20", "Production", "1,188 pcs", "ON HOLD - not released", "sample sign-off + written release",
          "Tom Ashdown (Solent, Category Manager)"],
     ]) + """
<p class="note">Material authority on this order: sample-only. We do not buy bar for line 20 until the written
release from Tom Ashdown is uploaded to this portal.</p>
<h3>Messages</h3>
<ul>
<li>2024-05-16 09:10 TYM (Vivian Lin): Samples ETD 24 May, DHL. Salt-spray coupons go to SGS Kaohsiung same day.</li>
<li>2024-05-16 15:42 Solent (Rachel Pike): Thanks Vivian. Please add the carton label artwork to the documents tab.</li>
</ul>
<p><small>Portal v3.2 - data as of 2024-05-17 08:00 (UTC+8)</small></p>
"""))])

# c14 WhatsApp: Kiwi repeat order, full quantity
case("c14_hauraki_whatsapp_repeat", [],
     "repeat part, full-quantity PO for 60, 'go ahead with the 60' is scoped by quantity; nothing to follow",
     [("WhatsApp_Chat_Kevin_TYM.txt", """\
[3/06/24, 8:02:11 am] Kiri Walker: Morning Kevin! Quick one - need another run of the 32mm stanchion bases, same as PO HM-2209 last spring
[3/06/24, 8:02:40 am] Kiri Walker: 60 of them, HM-SB-32-316, no changes to the drawing (still rev D)
[3/06/24, 8:15:03 am] Kevin Chen: Hi Kiri good morning. Ok, same price USD 17.80, 60 pcs, 35 days. No need sample again right?
[3/06/24, 8:20:47 am] Kiri Walker: Yep no samples needed, the last lot was spot on. PO HM-2417 for the full 60 is in your inbox
[3/06/24, 8:21:10 am] Kiri Walker: Go ahead with the 60 👍 that's the whole order, nothing else to follow on this one
[3/06/24, 8:25:33 am] Kevin Chen: Received PO. Thank you Kiri, I confirm ETD on Friday
[3/06/24, 8:26:02 am] Kiri Walker: Sweet as, cheers
[7/06/24, 3:48:19 pm] Kevin Chen: ETD 9 July, Kaohsiung - Auckland direct, vessel Kota Lestari. Invoice follow
[7/06/24, 3:50:55 pm] Kiri Walker: Choice, thanks Kevin 🙌
""")])

# c15 DOCX technical specification with a laminate table; series not released
case("c15_vdm_spec_liner", [],
     "spec: pre-series 2 liners on PO 24-0861; series of 28 not released, written release by Joost Hoekstra "
     "after sign-off by Pieter Smit; laminate g/m2 and ISO numbers are not quantities",
     [("TS-JVDM-701_cockpit_moulding_spec.docx", docx_bytes([
         ("h1", "Technical specification TS-JVDM-701"),
         ("p", "GRP cockpit moulding - Van der Meulen 52, rev 2 (16-05-2024). Supplier: Ege Kompozit Denizcilik A.S."),
         ("h", "1. Laminate schedule"),
         ("table", [
             ["Layer", "Material", "Weight", "Orientation", "Remarks"],
             ["1", "Gelcoat ISO/NPG, RAL 9010", "600 g/m2 wet", "-", "0,5-0,7 mm"],
             ["2", "Skin coat, CSM + vinylester", "300 g/m2", "random", "barrier coat"],
             ["3-4", "E-glass biaxial", "2 x 600 g/m2", "+/-45", ""],
             ["5", "PVC foam core", "80 kg/m3, 15 mm", "-", "vacuum bagged"],
             ["6-7", "E-glass biaxial", "2 x 600 g/m2", "0/90", ""],
         ]),
         ("h", "2. Requirements"),
         ("li", "Scantlings per EN ISO 12215-5, design category A."),
         ("li", "Barcol hardness >= 40 on every moulding; report per part."),
         ("li", "Bonding flanges free of wax residue, peel-ply finish."),
         ("h", "3. Pre-series and series"),
         ("p", "Pre-series: 2 cockpit mouldings for hull no. 701 and 702, covered by PO 24-0861."),
         ("p", "Series: 28 mouldings (hull no. 703-730). The series is not released by this specification "
               "or by PO 24-0861. Series production needs a written release from Joost Hoekstra "
               "(Productiedirecteur), which follows only after Pieter Smit (QA) has signed off the two "
               "pre-series mouldings. Material authority: pre-series only."),
         ("p", "Document owner: Pieter Smit, QA / engineering"),
     ], author="Pieter Smit"))])

# ------------------------------------------------------------- batch 2: clean c16-c24
# c16 interim release with limits, multipart/alternative
_c16 = (
    "Jason,\n\n"
    "Production release R-07 for PO 45-2260 (cleat 8 in CF8M, drawing KB-CL-8 rev H):\n\n"
    "- Released: 50 pcs, for hulls 231-240 only.\n"
    "- Basis: interim sample sign-off IS-3 by Dana Whitfield (Engineering), valid to June 30, 2024. The gate "
    "position on the corrected sample still has to be confirmed per ECN-118.\n"
    "- Not released: the remaining 450 pcs on PO 45-2260. They need Dana's full sample sign-off of the "
    "corrected sample and a further written release from me.\n"
    "- Material authority: staged, CF8M for up to 100 pcs at Kestrel's liability. Nothing beyond that.\n\n"
    "Please confirm receipt and the ship date for the 50. Air freight is fine for this lot, we'll cover it.\n\n"
    "Thanks,\nBrian" + sig("Brian Koenig", "VP Operations", KES + ", Annapolis MD", "+1 410 555 0120"))
case("c16_kestrel_interim_release", [],
     "interim release of 50 with limits (hulls, expiry); remaining 450 not released, need full sign-off and "
     "further written release from Brian Koenig; staged material authority 100",
     [("Release_R-07_PO_45-2260.eml", mail(
         "Brian Koenig <bkoenig@kestrelboats.com>", "Jason Huang <jason.huang@tpc-casting.com.tw>",
         "Production release R-07 - PO 45-2260 cleat 8in", "Fri, 24 May 2024 17:05:00 -0400", _c16,
         html=txt2html(_c16), cc="Dana Whitfield <dwhitfield@kestrelboats.com>, Jake Morales <jmorales@kestrelboats.com>"))])

# c17 PDF PO for pilot-boat looms with table, first article only
case("c17_brixham_looms_first_article", [],
     "PO for 1 first-article loom set (hull BW-P01); 5 further sets quoted but not released; revised PO signed "
     "by Owen Pascoe after sea-trial sign-off",
     [("BW_PO_5567_pilot_looms.pdf", pdf([
         ("h1", "BRIXHAM WORKBOATS LTD"),
         ("p", "Northfield Yard, Brixham, Devon TQ5 8AB, United Kingdom  |  purchasing@brixhamworkboats.co.uk"),
         ("h", "Purchase Order BW-5567"),
         ("table", [
             ["Supplier", "Marmara Kablo Donanim San. ve Tic. A.S., Tuzla / Istanbul"],
             ["Date", "3 May 2024"],
             ["Project", "Pilot boat programme, 15.5 m, hulls BW-P01 to BW-P06"],
             ["Delivery", "DAP Brixham, by 28 June 2024"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Scope", "Price GBP"],
             ["1", "BW-WL-P01", "Wiring loom set: engine room, wheelhouse, nav & searchlight, to drg BW-E-220 rev 3",
              "1 set", "first article", "6,840.00"],
             ["2", "BW-TR-01", "Test report: continuity and insulation 500 V DC, per loom", "1", "-", "incl."],
         ]),
         ("sp",),
         ("p", "Scope of this order: the first-article loom set for hull BW-P01 only. Looms for hulls BW-P02 "
               "to BW-P06 (5 sets, quoted in your offer MK-24-077) are not released by this PO. They will "
               "be released only by a revised PO signed by Owen Pascoe (Fleet Engineering Manager) after "
               "sea-trial sign-off on hull BW-P01. Material authority: first-article set only."),
         ("p", "Technical: installation to ISO 10133 and ISO 13297, tinned copper cable, heat-shrink printed "
               "labels every 300 mm, Deutsch DT connectors as drawing. Loom drawings BW-E-220 to BW-E-226 apply."),
         ("p", "Owen Pascoe, Fleet Engineering Manager  |  Buyer contact: Lisa Trewin, +44 1803 85 2290"),
     ], title="PO BW-5567", author="Lisa Trewin"))])

# c18 long thread, logistics, buyer scope quoted at the bottom
_c18_q3 = (
    "Dear Joao,\n\n"
    "please find our PO 24/0655 for 30 sample fairleads PC-90 (drawing 62-DK-090 rev B).\n"
    "Scope: only the 30 samples are released. The other 570 pcs of your quote 24-0311 are not\n"
    "released; production release only in writing from Davide Conti (Direttore di Produzione) after\n"
    "Marco Bellini signs off the samples. Material authority: sample-only.\n\n"
    "Giulia")
_c18_q2 = (
    "Dear Giulia,\n\n"
    "the 30 sample fairleads are finished and passivated, photos attached. Which transport do you\n"
    "prefer this time?\n\n"
    "Joao\n\n"
    "On 22/04/2024 10:15, Giulia Ferraro wrote:\n" + quote_block(_c18_q3))
_c18_q1 = (
    "Dear Joao,\n\n"
    "good news, thanks. Please ship with Rangel as usual, DAP Viareggio, and put the PO number on each\n"
    "box. Can you also send the 3.1 certificates for the bar with the documents?\n\n"
    "Giulia\n\n"
    "On 10/05/2024 16:40, Joao Ferreira wrote:\n" + quote_block(_c18_q2))
_c18 = (
    "Dear Giulia,\n\n"
    "thank you. Confirmed: we ship the 30 samples on Thursday 16/05 with Rangel, groupage to Viareggio, "
    "1 pallet 80x120, 42 kg gross. No EUR.1 needed (both EU) - invoice, packing list and the 3.1 "
    "certificates (heat no. 4471208) travel with the pallet and I attach copies here.\n\n"
    "The salt-spray coupons go to the lab in Porto today, report ready around 10 June.\n\n"
    "Com os melhores cumprimentos / Best regards,\nJoao Ferreira\nComercial - Metalurgica Atlantica, Lda.\n"
    "Zona Industrial de Taboeira, 3800-055 Aveiro  |  +351 234 30 1187\n\n"
    "On 13/05/2024 09:02, Giulia Ferraro wrote:\n" + quote_block(_c18_q1))
case("c18_ardesia_long_thread", [],
     "long logistics thread; the buyer's quoted PO note has 30 active, 570 not released, written release by "
     "Davide Conti after Marco Bellini's sign-off",
     [("RE_RE_PO_24-0655_fairleads_shipping.eml", mail(
         "Joao Ferreira <joao.ferreira@metalatlantica.pt>", "Giulia Ferraro <g.ferraro@cantiereardesia.it>",
         "RE: RE: PO 24/0655 sample fairleads PC-90", "Tue, 14 May 2024 12:20:00 +0100", _c18,
         in_reply_to="<h137-ard-0513@cantiereardesia.it>"))])

# c19 supplier quote as DOCX with a tier table, on its own
case("c19_mat_quote_docx", [],
     "supplier quote alone with sample and two series tiers; no authorized quantity",
     [("MA_Cotacao_MA-24-0302.docx", docx_bytes([
         ("h1", "Metalurgica Atlantica, Lda. - Cotacao / Quotation MA-24-0302"),
         ("p", "Zona Industrial de Taboeira, 3800-055 Aveiro, Portugal. NIF 503 118 442."),
         ("p", "Cliente / Customer: Hauraki Marine Ltd, Westhaven Drive, Auckland, New Zealand. "
               "Attn. Ms Kiri Walker. Data: 20-05-2024. Validade / validity: 60 dias."),
         ("p", "Dear Ms Walker, with reference to your enquiry of 14 May we are pleased to quote the bow roller "
               "as your drawing HM-BR-75 rev A."),
         ("table", [
             ["Pos.", "Descricao / Description", "Quantidade", "Preco unit. EUR", "Prazo / lead time"],
             ["1", "Bow roller BR-75, AISI 316, roller in acetal, samples", "8 pcs", "48,00", "4 semanas"],
             ["2", "Bow roller BR-75, series", "250 pcs", "21,40", "8 semanas"],
             ["3", "Bow roller BR-75, series", "500 pcs", "19,90", "9 semanas"],
             ["4", "Bending tool, one time", "1", "1.200,00", "with samples"],
         ]),
         ("p", "Condicoes: FCA Porto (Leixoes). Pagamento: 30% with order, 70% before dispatch. "
               "Packing in wooden case for sea freight. Prices based on LME nickel of May 2024."),
         ("p", "Series quantities are quoted for information and need your separate order."),
         ("p", "Com os melhores cumprimentos, Joao Ferreira, Comercial"),
     ], author="Joao Ferreira"))])

# c20 multi-file: PO (PDF) + the supplier quote (DOCX); PO declares the 80 informational
case("c20_vdm_po_and_quote", [],
     "two files: PO for 4 sample hatches says the quote's 80 is information only and 76 are not released; "
     "written release by Joost Hoekstra after sign-off by Pieter Smit",
     [("JVDM_PO_24-0751.pdf", pdf([
         ("h1", "Jachtwerf Van der Meulen B.V. - Inkooporder / Purchase order 24-0751"),
         ("p", "Harlingerweg 14, 8754 Makkum (NL). Datum: 13-05-2024. Inkoper: Sanne de Jong."),
         ("p", "Leverancier / supplier: Pomorskie Okucia Sp. z o.o., Gdansk (PL). Your offer: OF/24/131."),
         ("table", [
             ["Rg", "Artikel", "Omschrijving / description", "Aantal", "Prijs EUR", "Bedrag EUR"],
             ["10", "DH-450", "Deck hatch 450x450, low profile, sample", "4 st", "298,00", "1.192,00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO releases the 4 sample hatches on line 10 and nothing else. Your offer OF/24/131 "
               "(attached by you) shows 80 hatches for production. That figure is for information only: "
               "76 of the 80 hatches are not released by this PO."),
         ("p", "Unlock: the 76 can be released only by a written release from Joost Hoekstra "
               "(Productiedirecteur), after Pieter Smit (QA) has signed off the samples. Material authority: "
               "sample-only."),
         ("p", "Levering: DAP Makkum, week 26. Betaling: 30 dagen netto."),
     ], title="PO 24-0751", author="Sanne de Jong")),
      ("POK_offer_OF-24-131.docx", docx_bytes([
          ("h1", "POMORSKIE OKUCIA Sp. z o.o. - Offer OF/24/131"),
          ("p", "To: Jachtwerf Van der Meulen B.V., Mrs Sanne de Jong. Date: 02-05-2024."),
          ("table", [
              ["Pos.", "Article", "Description", "Qty", "Unit price EUR"],
              ["1", "DH-450", "Deck hatch 450x450, samples", "4 pcs", "298,00"],
              ["2", "DH-450", "Deck hatch 450x450, production", "80 pcs", "176,00"],
          ]),
          ("p", "Lead time samples 5 weeks, production 8 weeks after order. Offer valid 90 days."),
          ("p", "Tomasz Nowak, Sales Manager"),
      ], author="Tomasz Nowak"))])

# c21 release notice as an HTML page of the buyer's supplier portal
case("c21_solent_release_notice_html", [],
     "release notice: 400 released under PO 4410 rev 2; remaining 800 of 1,200 not released, next release "
     "in writing by Tom Ashdown after lot acceptance",
     [("Solent_SupplierHub_PR-2024-03.html", html_page("Solent SupplierHub - Production release PR-2024-03", """
<h2>Solent SupplierHub</h2>
<p>Supplier: Tai-Yang Marine Hardware Co., Ltd. (20318) | Document: production release PR-2024-03 | Issued 14 May 2024</p>
""" + html_table([
         ["Field", "Value"],
         ["Order", "PO 4410 rev 2 - mooring cleat 200 mm CL-200, drg SMC-CL-200 rev C"],
         ["PO quantity (commercial cover)", "1,200 pcs"],
         ["Released by this notice", "400 pcs"],
         ["Basis", "sample sign-off SS-11, 12 May 2024, Mark Ellery (QA)"],
         ["Not released", "800 pcs"],
         ["Next release", "in writing by Tom Ashdown after lot acceptance of these 400 at DC Eastleigh"],
         ["Material authority", "up to the 400 released"],
         ["Released by", "Tom Ashdown, Category Manager - Deck Hardware"],
     ]) + """
<p class="note">Please make and ship the 400 pcs released above (ETD by 28 June). Do not start the remaining 800.</p>
<p><small>SupplierHub notifications are sent to vivian.lin@taiyang-marine.com.tw</small></p>
"""))])

# c22 WeChat: buyer keeps the rest on hold, supplier buys bar for samples only
case("c22_wechat_samples_only_bar", [],
     "buyer: only the 10 sample cleats, 490 on hold until Jake Morales's written release after Dana's salt-spray "
     "sign-off; supplier cuts bar for 10 only",
     [("WeChat_Kestrel_Haitong_PO45-2240.txt", """\
[WeChat] Chat with: Amy Zhou 周 (Ningbo Haitong)
Export date: 2024/05/21

2024/05/20 21:03 Amy Zhou
Hello Jake, PO 45-2240 received, thank you! Question: you want we prepare bar for all 500 pcs now? price of 316 going up in June

2024/05/20 21:40 Jake Morales
Hi Amy - no. Only the 10 sample cleats on PO 45-2240. Don't cut bar for the rest (490).

2024/05/20 21:41 Jake Morales
Rest waits for a written release from me, and I only send that after Dana signs off the salt spray on the samples. - Jake Morales, Kestrel Boats purchasing

2024/05/20 21:45 Amy Zhou
OK understand. We cut bar for 10 pcs only. Samples ready 3 June, salt spray start same day.

2024/05/20 21:46 Jake Morales
👍 thanks Amy
""")])

# c23 Italian call-off, European number formats
case("c23_ardesia_calloff_it", [],
     "call-off releases 250 pz of a 1.500 pz contract; residual 1.250 not released; next call-off only by "
     "Giulia Ferraro after lot acceptance; material within release",
     [("ARD_Richiesta_consegna_CQ-2024-02_n1.txt", """\
CANTIERE NAVALE ARDESIA S.R.L.                     RICHIESTA DI CONSEGNA / CALL-OFF
Via dei Pescatori 41 - 55049 Viareggio (LU)        P.IVA 01874420469
-------------------------------------------------------------------------------
Fornitore / supplier : Ningbo Haitong Marine Fittings Co., Ltd. (cod. F0771)
Contratto quadro     : CQ-2024-02 del 15/03/2024 - quantita' contratto 1.500 pz (firm)
Articolo             : GAL-150-316 galloccia / cleat 150 mm AISI 316, dis. 62-CL-150 rev D
Call-off n.          : 1                          Data: 17/05/2024
-------------------------------------------------------------------------------
                                            Q.ta' / qty     Consegna / delivery
Rilasciato con questo call-off / released         250 pz     FOB Ningbo sett. 27
Residuo contratto / contract balance            1.250 pz     NON RILASCIATO / NOT RELEASED
-------------------------------------------------------------------------------
Note / notes:
- Produrre e spedire solo i 250 pz sopra. / Make and ship only the 250 pcs above.
- Il residuo di 1.250 pz non e' rilasciato. Il prossimo call-off lo emette solo
  G. Ferraro (Ufficio Acquisti) dopo l'accettazione del lotto n. 1 al ricevimento
  merci di Viareggio. / The 1.250 pcs balance is not released; the next call-off
  is issued only by G. Ferraro (Purchasing) after acceptance of lot 1 at our
  Viareggio goods-in.
- Autorizzazione materiale / material authority: solo per i 250 pz rilasciati.
- Imballo: 25 pz/cartone, etichetta con n. contratto e n. call-off.

Emesso da / issued by: Giulia Ferraro - Ufficio Acquisti
""")])

# c24 tooling deposit with remittance PDF: payment covers the mould only
_c24 = (
    "Dear Elif,\n\n"
    "Please find attached the remittance advice for the 40% tooling deposit on PO 24-0874 (mould for the "
    "VDM 46 hardtop moulding). The amount should reach your account at Ziraat Bankasi within two days.\n\n"
    "To be clear for your planning: this payment covers the mould only. It does not release any production "
    "mouldings. Under PO 24-0874 you may laminate the 2 T1 sample mouldings. The 26 series mouldings are not "
    "released; they need a written release from Joost Hoekstra (Productiedirecteur), which he issues only "
    "after Pieter Smit has signed off the T1 samples. Material authority: sample-only.\n\n"
    "Met vriendelijke groet,\nSanne de Jong"
    + sig("Sanne de Jong", "Inkoper / Buyer", VDM + ", Makkum (NL)", "+31 515 23 1450"))
case("c24_vdm_tooling_payment", [],
     "buyer pays tooling deposit and says it releases no production; 2 T1 samples active, 26 series held, "
     "written release by Joost Hoekstra after Pieter Smit's sign-off",
     [("Remittance_PO_24-0874_tooling.eml", mail(
         "Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>", "Elif Kaya <elif.kaya@egekompozit.com.tr>",
         "Remittance advice - PO 24-0874 tooling deposit", "Tue, 21 May 2024 15:30:00 +0200", _c24,
         attachments=[("Remittance_advice_RA-24-1187.pdf", pdf([
             ("h1", "Remittance advice RA-24-1187"),
             ("p", "Jachtwerf Van der Meulen B.V., Makkum - Crediteurenadministratie / accounts payable"),
             ("table", [
                 ["Beneficiary", "Ege Kompozit Denizcilik A.S., Izmir"],
                 ["Bank", "T.C. Ziraat Bankasi, IBAN TR33 0001 0017 4512 3456 7850 01"],
                 ["Reference", "PO 24-0874 - tooling deposit 40% (mould only)"],
                 ["Amount", "EUR 14.800,00"],
                 ["Value date", "21-05-2024"],
             ]),
             ("p", "This payment is a tooling deposit for the mould only."),
         ], title="RA-24-1187", author="Accounts payable"), PDF_MT)]))])

# ------------------------------------------------------------- batch 2: positives q01-q06
# q01 plain sample PO: no hold, no event, no person
case("q01_ardesia_sample_po_plain", ["RG003", "RG004", "RG005"],
     "sample PO for 20 cleats with nothing on the balance, no unlock event, nobody named to release",
     [("Ordine_24-0547_Haitong.eml", mail(
         "Giulia Ferraro <g.ferraro@cantiereardesia.it>", "Amy Zhou <amy.zhou@haitong-marine.cn>",
         "Ordine n. 24/0547 - campionatura galloccia 150", "Thu, 02 May 2024 10:18:00 +0200",
         "Dear Amy,\n\n"
         "good morning. In attachment our order n. 24/0547 for the samples of the cleat 150 mm AISI 316, as "
         "your offer HT-2404-17 of last month.\n\n"
         "Please confirm receiving of the order and the delivery date. We need the samples in Viareggio "
         "before end of June for the dry-fit on the new 62' model, so if possible by air.\n\n"
         "Thank you and best regards,\nGiulia Ferraro"
         + sig("Giulia Ferraro", "Ufficio Acquisti", ARD + ", Viareggio (LU)", "+39 0584 38 2210"),
         attachments=[("ORD_24-0547.pdf", pdf([
             ("h1", "CANTIERE NAVALE ARDESIA S.R.L."),
             ("p", "Via dei Pescatori 41, 55049 Viareggio (LU) - P.IVA 01874420469"),
             ("h", "ORDINE DI ACQUISTO / PURCHASE ORDER n. 24/0547 del 02/05/2024"),
             ("p", "Fornitore: Ningbo Haitong Marine Fittings Co., Ltd., Beilun District, Ningbo, China. "
                   "Rif. vs. offerta HT-2404-17."),
             ("table", [
                 ["Pos.", "Codice", "Descrizione", "Q.ta'", "U.M.", "Prezzo", "Importo"],
                 ["10", "GAL-150-316", "Galloccia 150 mm AISI 316 lucidata - campionatura / sample, "
                                       "dis. 62-CL-150 rev D", "20", "pz", "EUR 9,80", "EUR 196,00"],
             ]),
             ("sp",),
             ("p", "Resa: DAP Viareggio. Pagamento: 60 gg d.f.f.m. Certificato materiale EN 10204 3.1 richiesto."),
             ("p", "Ufficio Acquisti - Giulia Ferraro"),
         ], title="Ordine 24/0547", author="Giulia Ferraro"), PDF_MT)]))])

# q02 PO PDF that copies the quote tiers into the PO, nothing about the balance
case("q02_kestrel_po_with_quote_tiers", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 12 prints the quote's production 1,200 beside it with no 'not released'; no hold, "
     "no unlock event, no named release person",
     [("Kestrel_PO_45-2244.pdf", pdf([
         ("h1", "KESTREL BOATS INC. - PURCHASE ORDER"),
         ("p", "1120 Bay Ridge Road, Annapolis, MD 21403, USA"),
         ("table", [
             ["PO number", "45-2244", "Date", "05/06/2024"],
             ["Supplier", "Tai-Yang Marine Hardware Co., Ltd.", "Buyer", "Jake Morales"],
             ["Terms", "Net 45, FOB Kaohsiung", "Ship via", "FedEx IP acct 2231-8890-1"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit price", "Extended"],
             ["1", "KB-CL-10-316", "Cleat 10 in, 316, polished - SAMPLE, drg KB-CL-10 rev A", "12 EA",
              "$41.00", "$492.00"],
         ]),
         ("sp",),
         ("p", "Pricing reference - TYM quote Q24-0412:"),
         ("table", [
             ["Quote line", "Qty", "Unit price", "Lead time"],
             ["Sample", "12 pcs", "$41.00", "25 days"],
             ["Production", "1,200 pcs", "$15.60", "45 days ARO"],
         ]),
         ("sp",),
         ("p", "Notes: include salt-spray report (ISO 9227, 240 h) and dimensional report with the samples. "
               "Questions: Jake Morales, +1 410 555 0163."),
     ], pagesize=LETTER, title="PO 45-2244", author="Jake Morales"))])

# q03 multi-file: ERP PO for samples + the supplier quote as separate PDF
case("q03_hauraki_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "two files: PO for 10 sample stanchion bases 'as per your quote attached'; quote shows production 400; "
     "nothing says not released, no event, no person",
     [("HM_PO_2431.txt", """\
HAURAKI MARINE LTD                              PURCHASE ORDER
12 Westhaven Drive, Auckland 1010, NZ           GST 98-445-120
---------------------------------------------------------------------------
PO No    : HM-2431            Date   : 08/05/2024      Page 1/1
Supplier : TAI-YANG MARINE HARDWARE CO LTD (TYM01)
Contact  : Kevin Chen         Terms  : 30 days EOM     Curr: USD
Deliver  : Hauraki Marine, 12 Westhaven Dr, Auckland - COURIER
---------------------------------------------------------------------------
Ln  Item            Description                     Qty  UOM   Price    Total
--  --------------  ----------------------------  -----  ---  ------  -------
 1  HM-SB-25-316    STANCHION BASE 25MM 316 SAMPLE   10  EA    24.50   245.00
                    DRG HM-SB-25 REV B
---------------------------------------------------------------------------
                                                   Total USD        245.00
Comments:
  SAMPLES - as per your quote Q24-0455 attached. Pls confirm ETD.
  Courier to Westhaven, attn Hamish (engineering).

Raised by: K. Walker
"""), ("TYM_Quotation_Q24-0455.pdf", pdf([
         ("h1", "TAI-YANG MARINE HARDWARE CO., LTD."),
         ("h", "QUOTATION Q24-0455"),
         ("p", "To: Hauraki Marine Ltd, Ms Kiri Walker. Date: 2024-04-30. Valid 60 days."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price (USD)", "Lead time"],
             ["1", "Stanchion base 25 mm, AISI 316, sample", "10 pcs", "24.50", "20 days"],
             ["2", "Stanchion base 25 mm, AISI 316, production", "400 pcs", "9.80", "40 days"],
         ]),
         ("p", "Price FOB Kaohsiung. Carton 30 pcs. Best regards, Kevin Chen."),
     ], title="Quotation Q24-0455", author="Kevin Chen"))])

# q04 email PO with the supplier quote attached; no hold at all
_q04 = (
    "Hi Joao,\n\n"
    "Please treat this email as our PO 4468:\n\n"
    "  10 x sample bow roller BR-60 (our drg SMC-BR-60 rev A) @ EUR 27.50 each\n"
    "  Delivery: DC Eastleigh by 14 June, DAP\n\n"
    "I've attached your quote MA-24-0219 so your team have the spec and the pricing in one place.\n\n"
    "Invoices to accounts.payable@solentmarine.co.uk quoting PO 4468, please.\n\n"
    "Many thanks,\nRachel" + sig("Rachel Pike", "Purchasing", SMC + ", Southampton", "+44 23 8063 4471"))
case("q04_solent_email_po_quote_att", ["RG001", "RG003", "RG004", "RG005"],
     "email PO for 10 sample bow rollers with the quote attached showing production 500; nothing says "
     "the 500 is not released, no event, no release person",
     [("PO_4468_sample_bow_rollers.eml", mail(
         "Rachel Pike <rachel.pike@solentmarine.co.uk>", "Joao Ferreira <joao.ferreira@metalatlantica.pt>",
         "PO 4468 - sample bow rollers BR-60", "Wed, 15 May 2024 14:02:00 +0100", _q04, html=txt2html(_q04),
         attachments=[("MA_quote_MA-24-0219.pdf", pdf([
             ("h1", "Metalurgica Atlantica, Lda. - Quotation MA-24-0219"),
             ("p", "Customer: Solent Marine Chandlery Ltd, Ms Rachel Pike. Date: 06-05-2024."),
             ("table", [
                 ["Pos.", "Description", "Qty", "Unit price EUR"],
                 ["1", "Bow roller BR-60 AISI 316, samples", "10 pcs", "27,50"],
                 ["2", "Bow roller BR-60 AISI 316, production", "500 pcs", "12,80"],
             ]),
             ("p", "FCA Porto. Production lead time 7 weeks. Joao Ferreira, Comercial."),
         ], title="MA-24-0219", author="Joao Ferreira"), PDF_MT)]))])

# q05 buyer procurement-system PO as HTML with quote tiers copied in
case("q05_fyi_procurement_po_html", ["RG001", "RG003", "RG004", "RG005"],
     "HTML PO for 8 sample looms shows the quoted series 240 beside it; no hold, no event, no release person",
     [("FYI_ProcureHub_PO_24117.html", html_page("ProcureHub - Purchase Order FYI-PO-24117", """
<h2>Friesland Yacht Interiors B.V. - ProcureHub</h2>
<p>Purchase order <b>FYI-PO-24117</b> | Status: Sent to supplier | Created 2024-05-08 by Femke Bakker</p>
""" + html_table([
         ["Supplier", "Xiamen Bluewave Marine Electric Co., Ltd. (SUP-0412)"],
         ["Ship to", "FYI Sneek, Houtkade 7, 8601 Sneek NL"],
         ["Incoterm", "FOB Xiamen"],
         ["Payment", "30 days after receipt"],
     ]) + "\n<h3>Lines</h3>\n" + html_table([
         ["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Amount"],
         ["1", "CL-12", "Cabin lighting loom CL-12, 12 V, drawing FYI-E-012 rev 2 - sample", "8", "EA",
          "USD 46.00", "USD 368.00"],
     ]) + """
<h3>Supplier quotation reference</h3>
""" + html_table([
         ["Quotation", "Sample", "Series", "Lead time series"],
         ["QB-2404-88", "8 EA @ USD 46.00", "240 EA @ USD 19.50", "6 weeks"],
     ]) + """
<p>Comments: Looms to be tested 100% for continuity; label each branch with circuit number as drawing.</p>
"""))])

# q06 Italian DOCX PO with the offer's production quantity in the reference text
case("q06_ardesia_docx_po_offer_ref", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX PO for 2 sample GRP lids quotes the offer's production 48 pz with price; nothing says it is not "
     "released, no event, no release person",
     [("ARD_Ordine_24-0630_Ege.docx", docx_bytes([
         ("h1", "Cantiere Navale Ardesia S.r.l. - Ordine di acquisto 24/0630"),
         ("p", "Viareggio, 09/05/2024. Fornitore / supplier: Ege Kompozit Denizcilik A.S., Izmir (TR)."),
         ("table", [
             ["Pos.", "Codice", "Descrizione", "Q.ta'", "Prezzo unit.", "Importo"],
             ["10", "62-GRP-210", "Coperchio gavone / GRP locker lid, dis. 62-GRP-210 rev A - campionatura",
              "2 pz", "EUR 640,00", "EUR 1.280,00"],
         ]),
         ("p", "Rif. vostra offerta EK-24-051: campionatura 2 pz a EUR 640,00; produzione 48 pz a EUR 410,00 "
               "cad., consegna 6 settimane."),
         ("p", "Gelcoat bianco RAL 9016, antiscivolo a diamante come campione di riferimento."),
         ("p", "Resa: DAP Viareggio. Pagamento: 60 gg d.f.f.m."),
         ("p", "Ufficio Acquisti - Giulia Ferraro"),
     ], author="Giulia Ferraro"))])

# ------------------------------------------------------------- batch 3: positives q07-q21
# q07 hold 'until further notice', a person but no event
case("q07_vdm_hold_until_further_notice", ["RG004"],
     "6 samples active, 114 on hold 'until further notice'; Joost Hoekstra named as the one who lifts the hold "
     "but no unlock event",
     [("JVDM_PO_24-0745.pdf", pdf([
         ("h1", "Jachtwerf Van der Meulen B.V."),
         ("p", "Harlingerweg 14, 8754 Makkum (NL)  |  inkoop@vandermeulen-jachtwerf.nl"),
         ("h", "Inkooporder / Purchase order 24-0745"),
         ("table", [
             ["Leverancier / supplier", "Pomorskie Okucia Sp. z o.o., Gdansk"],
             ["Datum / date", "10-05-2024"],
             ["Inkoper / buyer", "Sanne de Jong"],
             ["Uw offerte / your offer", "OF/24/125"],
         ]),
         ("sp",),
         ("table", [
             ["Rg", "Artikel", "Omschrijving", "Aantal", "Prijs EUR", "Bedrag EUR"],
             ["10", "FH-600", "Flush hatch 600x600, smoked acrylic, sample", "6 st", "341,00", "2.046,00"],
         ]),
         ("sp",),
         ("p", "Opmerking / note: Only the 6 sample hatches on line 10 are released. The remaining 114 hatches "
               "of your offer OF/24/125 are on hold until further notice - do not start them and do not buy "
               "material for them. Joost Hoekstra (Productiedirecteur) is the only person who can lift this hold."),
         ("p", "Levering: DAP Makkum, week 25. Betaling: 30 dagen netto. Algemene inkoopvoorwaarden JVDM 2023 "
               "van toepassing."),
     ], title="PO 24-0745", author="Sanne de Jong"))])

# q08 event named, release by 'our QA department' / 'from our side' only
_q08 = (
    "Dear Burak,\n\n"
    "Please find below our PO 24-0877 and the laminate spec for the cockpit soles (attached).\n\n"
    "PO 24-0877: 2 pre-series cockpit soles for hull 720 and 721, EUR 1.860,00 each, DAP Makkum week 27.\n\n"
    "The other 22 soles of your quote are not released. They will be released by a revised PO from our side "
    "after the QA department has signed off the two pre-series parts. Material authority: pre-series only.\n\n"
    "Please confirm the T1 date when the mould is ready.\n\n"
    "Kind regards,\nSanne de Jong"
    + sig("Sanne de Jong", "Inkoper / Buyer", VDM + ", Makkum (NL)", "+31 515 23 1450"))
case("q08_vdm_release_by_department", ["RG005"],
     "2 pre-series active, 22 not released, event = QA sign-off + revised PO, but release only 'from our side' / "
     "'the QA department' - no named person",
     [("PO_24-0877_cockpit_soles.eml", mail(
         "Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>", "Burak Yilmaz <burak.yilmaz@egekompozit.com.tr>",
         "PO 24-0877 cockpit soles - pre-series", "Mon, 27 May 2024 09:40:00 +0200", _q08,
         attachments=[("TS-JVDM-720_cockpit_sole.docx", docx_bytes([
             ("h1", "Technical specification TS-JVDM-720 - cockpit sole"),
             ("table", [
                 ["Layer", "Material", "Weight"],
                 ["1", "Gelcoat RAL 9010 with non-skid pattern NS-3", "550 g/m2"],
                 ["2", "CSM", "300 g/m2"],
                 ["3", "E-glass biaxial", "800 g/m2"],
                 ["4", "Balsa core, end grain", "15 mm, 150 kg/m3"],
                 ["5", "E-glass biaxial", "800 g/m2"],
             ]),
             ("p", "Flatness 2 mm over 1 m. Barcol >= 40. Edges trimmed and sealed."),
             ("p", "Scantlings per EN ISO 12215-5, category A."),
         ], author="Pieter Smit"), DOCX_MT)]))])

# q09 'proceed with the sample fittings' - no quantity anywhere
_q09 = (
    "Dear Joao,\n\n"
    "please proceed with the sample fittings for the new stern platform under our PO 24/0671: the pad-eyes "
    "and the hinges, drawings 62-SP-114 rev B and 62-SP-115 rev A (attached to my mail of Monday).\n\n"
    "Only samples: the production quantity is not released. Production release comes only in writing from "
    "Davide Conti (Direttore di Produzione), after Marco Bellini has signed off the samples. Material: only "
    "for the samples, please.\n\n"
    "Finish electropolished, marking with our part number as usual. Thank you!\n\n"
    "Cordiali saluti,\nGiulia Ferraro"
    + sig("Giulia Ferraro", "Ufficio Acquisti", ARD + ", Viareggio (LU)", "+39 0584 38 2210"))
case("q09_ardesia_samples_no_qty", ["RG010"],
     "'proceed with the sample fittings' with hold, event and Davide Conti named, but no sample quantity anywhere",
     [("PO_24-0671_stern_platform_samples.eml", mail(
         "Giulia Ferraro <g.ferraro@cantiereardesia.it>", "Joao Ferreira <joao.ferreira@metalatlantica.pt>",
         "PO 24/0671 - campioni piattaforma di poppa / stern platform samples", "Wed, 22 May 2024 11:05:00 +0200",
         _q09))])

# q10 Kiwi first-offs, no count
_q10 = (
    "Hi Kevin,\n\n"
    "Hope the week's treating you well. New one for you - please make the first-off stanchion bases off the "
    "new drawing HM-SB-38 rev A (38 mm tube, 4-bolt) under PO HM-2440 and courier them over when they're "
    "done.\n\n"
    "The production run is on hold and not released until Hamish Doyle (Engineering) has signed off the "
    "first-offs and Nikau Parata (GM) sends you a written release. Buy material for the first-offs only.\n\n"
    "Same finish as the 32 mm ones. Any questions on the drawing, flick them to Hamish direct.\n\n"
    "Cheers,\nKiri" + sig("Kiri Walker", "Purchasing Officer", HAU + ", Auckland", "+64 9 307 4410"))
case("q10_hauraki_first_offs_no_qty", ["RG010"],
     "'make the first-off stanchion bases' with hold, event and named release person, but never how many",
     [("HM-2440_first_offs_38mm.eml", mail(
         "Kiri Walker <kiri.walker@haurakimarine.co.nz>", "Kevin Chen <kevin.chen@taiyang-marine.com.tw>",
         "PO HM-2440 - first-offs 38mm stanchion base", "Tue, 28 May 2024 10:12:00 +1200", _q10,
         cc="Hamish Doyle <hamish.doyle@haurakimarine.co.nz>"))])

# q11 ERP PO with QTY TBD; 'released' used for drawing, PO and production
case("q11_kestrel_erp_qty_tbd_release_words", ["RG009", "RG010"],
     "sample PO with QTY TBD (no active quantity); 'released' used for drawing (technical), PO by finance "
     "(commercial) and production",
     [("KB_PO_45-2279_print.txt", """\
KESTREL BOATS INC                         P U R C H A S E   O R D E R
1120 BAY RIDGE RD ANNAPOLIS MD 21403                      PAGE 1 OF 1
=====================================================================
PO#: 45-2279         REV: 0        DATE: 04/22/24     BUYER: J MORALES
VENDOR: V0877 NINGBO HAITONG MARINE FITTINGS CO LTD    TERMS: NET 45
SHIP VIA: AIR - DHL ACCT 96 1124 7701             FOB: NINGBO
=====================================================================
LN  PART NO        DESCRIPTION                 QTY   UOM  UNIT PR   EXT
--  -------------  -------------------------  -----  ---  -------  -----
 1  KB-HG-75       HINGE 75MM 316 SAMPLES       TBD  EA     6.40   TBD
                   DWG KB-HG-75 REV C
=====================================================================
NOTES:
  DRAWING KB-HG-75 REV C RELEASED 04/18/24 (ENGINEERING).
  PO RELEASED 04/22/24 BY FINANCE - BUDGET CODE 7710.
  SAMPLES ONLY. PRODUCTION QTY NOT RELEASED. PRODUCTION RELEASE ONLY BY
  WRITTEN RELEASE FROM B. KOENIG (VP OPS) AFTER SAMPLE SIGN-OFF BY
  D. WHITFIELD (ENGINEERING). MATERIAL: SAMPLES ONLY.
  SEND DIM REPORT + MATERIAL CERT WITH SAMPLES.
=====================================================================
""")])

# q12 WeChat 'make some samples first' - nothing else
case("q12_fyi_wechat_some_samples", ["RG003", "RG004", "RG005", "RG010"],
     "'pls make some samples first': sample authorization with no quantity, nothing on the balance, no event, "
     "no release person",
     [("WeChat_FYI_Bluewave_helm_loom.txt", """\
微信聊天记录 / WeChat chat history
Chat: Lily Chen (Xiamen Bluewave)  <->  Femke Bakker (FYI)
Exported: 2024-05-10 08:30

2024-05-09 15:20  Femke Bakker
Hi Lily, the drawing for the new helm panel loom HP-20 rev 2 is in your mailbox

2024-05-09 15:21  Femke Bakker
pls make some samples first, we want to check the fit on our test boat in Sneek

2024-05-09 15:40  Lily Chen
Hi Femke, drawing received. OK we make samples. Connector brand Deutsch or Amphenol?

2024-05-09 15:52  Femke Bakker
Deutsch DT please, same as on CL-12

2024-05-09 15:53  Lily Chen
OK. Samples ready about 3 weeks. Send by DHL?

2024-05-09 15:55  Femke Bakker
yes DHL, our account 95 8820 114. thanks Lily!

2024-05-09 15:55  Lily Chen
[Sticker]
""")])

# q13 release letter 'first production batch' without a number
case("q13_brixham_release_first_batch", ["RG010"],
     "release letter releases 'the first production batch' with hold, event and Owen Pascoe named, but no "
     "quantity",
     [("BW_Production_Release_PR-BW-02.pdf", pdf([
         ("h1", "BRIXHAM WORKBOATS LTD"),
         ("p", "Northfield Yard, Brixham, Devon TQ5 8AB"),
         ("h", "Production release PR-BW-02"),
         ("p", "To: Marmara Kablo Donanim San. ve Tic. A.S., attn. Mr Serkan Aydin.  Date: 4 June 2024.  "
               "Order: PO BW-5571 rev 1 - engine-room looms, drawing BW-E-221 rev 4."),
         ("p", "Following the sea-trial acceptance of hull BW-P01 on 30 May, we hereby release the first "
               "production batch of engine-room looms under PO BW-5571 rev 1. Delivery DAP Brixham by 12 July."),
         ("p", "The remaining looms of the programme stay on hold and are not released. Each further batch "
               "needs a written release from Owen Pascoe after sea-trial acceptance of the preceding hull."),
         ("p", "Test reports (continuity, insulation 500 V DC) to travel with each loom."),
         ("sp",),
         ("p", "Owen Pascoe, Fleet Engineering Manager"),
     ], title="PR-BW-02", author="Owen Pascoe"))])

# q14 'Approved, go ahead.' on an etching proof, PO scope quoted below
_q14_po = (
    "Dear Vivian,\n\n"
    "PO 4479: 16 sample fairleads FL-120 only. The other 784 pcs on your quote are not released.\n"
    "Release of production only in writing from Tom Ashdown (Category Manager) after our sample\n"
    "sign-off. Material authority: sample-only.\n\n"
    "Kind regards,\nRachel")
_q14_v = (
    "Dear Rachel,\n\n"
    "attached photos of laser etching proof on fairlead FL-120, logo size 18 mm, depth 0.05 mm.\n"
    "Please confirm.\n\n"
    "Vivian\n\n"
    "-----Original Message-----\nFrom: Rachel Pike\nSent: Thursday, May 9, 2024 3:12 PM\nSubject: PO 4479\n\n"
    + quote_block(_q14_po))
_q14 = (
    "Hi Vivian,\n\n"
    "Thanks for the photos of the etching proof. Tom and I had a look at it this morning - logo position and "
    "depth are both fine.\n\n"
    "Approved, go ahead.\n\n"
    "Could you also send the carton label artwork when you have it? We need the EAN on the end panel this "
    "time.\n\n"
    "Cheers,\nRachel" + sig("Rachel Pike", "Purchasing", SMC + ", Southampton", "+44 23 8063 4471")
    + "\n-----Original Message-----\nFrom: Vivian Lin\nSent: Monday, May 20, 2024 9:03 AM\n"
      "Subject: RE: PO 4479 - etching proof\n\n" + quote_block(_q14_v))
case("q14_solent_etching_approved_go_ahead", ["RG002"],
     "'Approved, go ahead.' names neither sample-only nor a quantity; quoted PO scope is complete (16 active, "
     "784 held, Tom Ashdown after sign-off)",
     [("RE_PO_4479_etching_proof.eml", mail(
         "Rachel Pike <rachel.pike@solentmarine.co.uk>", "Vivian Lin <vivian.lin@taiyang-marine.com.tw>",
         "RE: RE: PO 4479 - etching proof", "Tue, 21 May 2024 10:31:00 +0100", _q14, html=txt2html(_q14),
         in_reply_to="<h137-tym-0520@taiyang-marine.com.tw>"))])

# q15 WeChat: 'Green light from our side' after a packing question
case("q15_wechat_green_light_packing", ["RG002"],
     "'Green light from our side' with no quantity or sample scope; earlier in the chat the buyer stated 16 "
     "active, 584 held until his written release after Dana's sign-off",
     [("WeChat_Kestrel_Haitong_PO45-2252.txt", """\
[WeChat] Chat with: Amy Zhou 周 (Ningbo Haitong)
Export date: 2024/06/04

2024/05/27 20:15 Jake Morales
Hi Amy, reminder for the team: PO 45-2252 = 16 sample cleats only. The rest (584) is on hold, not released, until I send a written release - and that only comes after Dana signs off the salt spray. No bar for the 584 either. - Jake Morales, Kestrel purchasing

2024/05/27 20:31 Amy Zhou
OK Jake noted 👌

2024/06/03 19:02 Amy Zhou
Jake, attach packing photo. Carton 6 pcs with foam, label with PO no. and part no., ok?

2024/06/03 19:02 Amy Zhou
[Photo]

2024/06/03 19:02 Amy Zhou
[Photo]

2024/06/03 21:48 Jake Morales
Packing OK. Green light from our side 👍

2024/06/03 21:50 Amy Zhou
Thank you Jake!
""")])

# q16 ECN DOCX: 'Drawing Rev F approved. Supplier may proceed.'
case("q16_ardesia_ecn_supplier_may_proceed", ["RG002"],
     "ECN says 'Supplier may proceed.' with no scope or quantity; the same document keeps PO scope complete "
     "(12 active, 188 held, Davide Conti after Marco Bellini)",
     [("ARD_ECN-62-041.docx", docx_bytes([
         ("h1", "Modifica tecnica / Engineering change notice ECN-62-041"),
         ("p", "Cantiere Navale Ardesia S.r.l. - Ufficio Tecnico. Data: 24/05/2024. Redatto da: Marco Bellini."),
         ("p", "Oggetto / subject: pad-eye stern platform, drawing 62-SP-114, supplier Metalurgica Atlantica Lda."),
         ("h", "Modifiche / changes"),
         ("table", [
             ["#", "Feature", "Rev E", "Rev F", "Reason"],
             ["1", "Eye hole diameter", "10 mm", "12 mm", "shackle 10 mm pin clearance"],
             ["2", "Base radius", "R4", "R6", "stress at weld toe"],
             ["3", "Marking", "ARD logo", "ARD logo + part no.", "traceability"],
         ]),
         ("h", "Effect on the order"),
         ("p", "Quantities do not change. PO 24/0702 (rev 1) still covers 12 sample pad-eyes only. The production "
               "quantity (188 pcs) is not released; production release only in writing by Davide Conti "
               "(Direttore di Produzione) after the sample sign-off by Marco Bellini. Material authority: "
               "sample-only."),
         ("h", "Decision"),
         ("p", "Drawing 62-SP-114 Rev F approved. Supplier may proceed."),
         ("p", "Distribuzione: Acquisti (G. Ferraro), Produzione (D. Conti), fornitore."),
     ], author="Marco Bellini"))])

# q17 reply: 'Approved, go ahead.' + 'approval/approved' for PO, colour and series; PO PDF attached
_q17 = (
    "Hi Burak,\n\n"
    "Yes, the PO was approved by our finance director yesterday - I attach it again so you have the signed "
    "copy.\n\n"
    "Gelcoat colour from the sample plates: RAL 9010 is the one. Approved, go ahead.\n\n"
    "About the series: the approval of the 24 series liners is a separate step, see the PO note. Only the 2 "
    "pre-series liners are released now; the series needs Joost's written release after Pieter has signed off "
    "the pre-series.\n\n"
    "Kind regards,\nSanne"
    + sig("Sanne de Jong", "Inkoper / Buyer", VDM + ", Makkum (NL)", "+31 515 23 1450")
    + "\nOn Wed, 29 May 2024 at 10:14, Burak Yilmaz wrote:\n"
    + quote_block(
        "Dear Sanne,\n"
        "please confirm the gelcoat colour from the sample plates (RAL 9010 or our standard white) so we can\n"
        "plan laminating. Also please confirm if the PO is approved on your side, our finance asks.\n"
        "Best regards, Burak"))
case("q17_vdm_gelcoat_approved_mixed", ["RG002", "RG009"],
     "'Approved, go ahead.' unscoped; 'approved/approval' used for PO (commercial), gelcoat (technical) and the "
     "series (production); attached PO has the full scope",
     [("RE_gelcoat_colour_PO_24-0838.eml", mail(
         "Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>", "Burak Yilmaz <burak.yilmaz@egekompozit.com.tr>",
         "RE: gelcoat colour / PO 24-0838", "Thu, 30 May 2024 08:55:00 +0200", _q17,
         in_reply_to="<h137-ege-0529@egekompozit.com.tr>",
         attachments=[("JVDM_PO_24-0838_signed.pdf", pdf([
             ("h1", "Jachtwerf Van der Meulen B.V. - Purchase order 24-0838"),
             ("p", "Supplier: Ege Kompozit Denizcilik A.S., Izmir. Date: 27-05-2024. Buyer: Sanne de Jong."),
             ("table", [
                 ["Rg", "Omschrijving / description", "Aantal", "Prijs EUR"],
                 ["10", "Hull liner VDM 46, pre-series (hull 801, 802)", "2 st", "4.350,00"],
             ]),
             ("p", "Note: only the 2 pre-series liners are released. The 24 series liners are not released; "
                   "they need a written release from Joost Hoekstra (Productiedirecteur) after Pieter Smit (QA) "
                   "has signed off the pre-series. Material authority: pre-series only."),
         ], title="PO 24-0838", author="Sanne de Jong"), PDF_MT)]))])

# q18 engineer: 'Samples approved - go ahead with production', against the PO's written-release rule
_q18 = (
    "Kevin -\n\n"
    "Samples came in Tuesday. All 12 measured good and the salt-spray coupons passed 240 h with no red rust.\n\n"
    "Samples approved - go ahead with production so we can make the June hulls.\n\n"
    "Thanks,\nDana" + sig("Dana Whitfield", "Manufacturing Engineer", KES + ", Annapolis MD", "+1 410 555 0177")
    + "\n-----Original Message-----\nFrom: Jake Morales\nSent: Friday, May 3, 2024 2:40 PM\n"
      "Subject: PO 45-2290 hatch hinges\n\n"
    + quote_block(
        "Kevin,\n"
        "PO 45-2290 covers 12 sample hinges only. Balance 388 of the 400 is not released - production\n"
        "only on Brian Koenig's written release after Dana's sample sign-off. Material: samples only.\n"
        "Jake"))
case("q18_kestrel_samples_approved_go_production", ["RG002", "RG007"],
     "engineer writes 'Samples approved - go ahead with production' (no quantity), rolling sample approval into "
     "production against the quoted written-release rule",
     [("RE_PO_45-2290_samples.eml", mail(
         "Dana Whitfield <dwhitfield@kestrelboats.com>", "Kevin Chen <kevin.chen@taiyang-marine.com.tw>",
         "RE: PO 45-2290 hatch hinges - samples", "Thu, 23 May 2024 16:20:00 -0400", _q18,
         cc="Jake Morales <jmorales@kestrelboats.com>"))])

# q19 supplier acknowledgement: 'after your sample approval we roll straight on'
_q19 = (
    "Dear Mrs de Jong,\n\n"
    "Thank you for the order 24-0781. We confirm 6 pcs sample hatches FH-500, delivery week 25 DAP Makkum.\n\n"
    "To save time for your season, after your sample approval we will roll straight on into the remaining "
    "hatches, so no new paper is needed from your side. Our production planning has reserved the capacity in "
    "weeks 27-29.\n\n"
    "Kind regards / Z powazaniem,\nKatarzyna Wisniewska\nCustomer Service - Pomorskie Okucia Sp. z o.o.\n"
    "ul. Marynarki Polskiej 96, 80-557 Gdansk  |  +48 58 343 12 90\n\n"
    "From: Sanne de Jong\nSent: 14 May 2024 11:20\nSubject: PO 24-0781 flush hatches\n\n"
    + quote_block(
        "Dear Katarzyna,\n"
        "attached PO 24-0781: 6 sample flush hatches FH-500. The balance of 94 hatches is not released\n"
        "until a written release from Joost Hoekstra (Productiedirecteur), which follows Pieter Smit's\n"
        "sample sign-off. Material authority: sample-only.\n"
        "Sanne"))
case("q19_pok_ack_roll_straight_on", ["RG007"],
     "supplier says it will roll straight from sample approval into the remaining hatches with no new paper; "
     "quoted buyer scope is complete",
     [("RE_PO_24-0781_acknowledgement.eml", mail(
         "Katarzyna Wisniewska <k.wisniewska@pomorskie-okucia.pl>",
         "Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>",
         "RE: PO 24-0781 flush hatches", "Thu, 16 May 2024 13:05:00 +0200", _q19,
         in_reply_to="<h137-vdm-0514@vandermeulen-jachtwerf.nl>"))])

# q20 PO note contradicts itself: written release, then 'continue directly with the 290'
case("q20_ardesia_po_continue_directly", ["RG007"],
     "PO keeps 290 on hold until Davide Conti's written release, then tells the supplier to continue directly "
     "with the 290 once the samples are OK",
     [("ARD_ODA_24-0715_TPC.pdf", pdf([
         ("h1", "CANTIERE NAVALE ARDESIA S.R.L."),
         ("h", "ORDINE DI ACQUISTO / PURCHASE ORDER 24/0715"),
         ("p", "Data 16/05/2024. Fornitore: Taichung Precision Casting Co., Ltd., Taichung, Taiwan. "
               "Buyer: Giulia Ferraro."),
         ("table", [
             ["Pos.", "Codice", "Descrizione", "Q.ta'", "Prezzo", "Importo"],
             ["10", "GAL-250-CF8M", "Galloccia 250 mm microfusione CF8M - campionatura / sample", "10 pz",
              "EUR 22,00", "EUR 220,00"],
         ]),
         ("sp",),
         ("p", "Nota: campionatura 10 pz. Il saldo di 290 pz non e' rilasciato. / Balance of 290 pcs not released "
               "until the written release by Davide Conti (Direttore di Produzione) after sample sign-off by "
               "Marco Bellini. Material authority: sample-only."),
         ("p", "Istruzioni / instructions: appena i campioni sono OK per Marco, continuate direttamente con i 290 "
               "pz, cosi' teniamo lo slot di luglio. / As soon as the samples are OK for Marco, continue directly "
               "with the 290 pcs so we keep the July slot."),
         ("p", "Resa FOB Taichung. Pagamento 60 gg d.f.f.m."),
     ], title="ODA 24/0715", author="Giulia Ferraro"))])

# q21 WeChat: supplier proposes to skip the paper after salt spray, buyer agrees
case("q21_wechat_no_need_wait_paper", ["RG007"],
     "buyer agrees that a salt-spray pass rolls straight into the rest with 'no need wait paper', against his own "
     "written-release rule stated earlier in the chat",
     [("WeChat_Kestrel_Haitong_PO45-2263.txt", """\
[WeChat] Chat with: Amy Zhou 周 (Ningbo Haitong)
Export date: 2024/06/12

2024/05/29 20:02 Jake Morales
Amy, PO 45-2263 is out: 20 sample cleats. bal. 480 not released until my written release after Dana signs off the salt spray. Material for the samples only please. - Jake Morales

2024/05/29 20:10 Amy Zhou
Received PO, thank you Jake

2024/06/10 19:30 Amy Zhou
Jake, salt spray test will finish Monday. If pass, we continue the rest directly Tuesday, no need wait paper, ok? save one week

2024/06/10 22:14 Jake Morales
yeah ok, don't want to lose the week 👍

2024/06/10 22:15 Amy Zhou
Great, thank you!
""")])

# ------------------------------------------------------------- batch 4: positives q22-q36
# q22 supplier quote alone: sample approval = production start
case("q22_tpc_quote_sample_equals_start", ["RG007"],
     "supplier quote alone (tiers are fine) says mass production starts immediately after sample approval, "
     "no new document needed",
     [("TPC_Quotation_TPC-Q-24-0207.pdf", pdf([
         ("h1", "TAICHUNG PRECISION CASTING CO., LTD."),
         ("p", "No. 66, Gongye 38th Rd., Xitun Dist., Taichung 407, Taiwan  |  Tel +886 4 2359 8812"),
         ("h", "QUOTATION  TPC-Q-24-0207"),
         ("p", "Customer: Kestrel Boats Inc., Annapolis MD, USA. Attn: Mr. Jake Morales. Date: 2024/05/02."),
         ("table", [
             ["No.", "Description", "Q'ty", "Unit price USD", "Delivery"],
             ["1", "Cleat 10 in, investment casting CF8M, electropolish, sample", "6 pcs", "58.00", "30 days"],
             ["2", "Same, production lot", "500 pcs", "13.90", "45 days"],
             ["3", "Wax injection die (one time)", "1 set", "2,800.00", "with sample"],
         ]),
         ("sp",),
         ("p", "Terms and remark:"),
         ("p", "1. FOB Taichung port. Packing: each pc in PE bag, 20 pcs/carton."),
         ("p", "2. Material certificate EN 10204 3.1 and PMI report for each heat."),
         ("p", "3. Sample approval = production start. After customer approve sample, we arrange mass production "
               "of the production lot immediately, customer need not send any new document, this save about "
               "2 weeks."),
         ("p", "4. Validity: 45 days."),
         ("p", "Sales: Jason Huang  |  jason.huang@tpc-casting.com.tw"),
     ], title="TPC-Q-24-0207", author="Jason Huang"))])

# q23 supplier status: bar bought for the whole batch + machining straight after sign-off
_q23 = (
    "Dear Giulia,\n\n"
    "short update on your order 24/0688. The 24 sample bow rollers are in polishing now and ship on Friday "
    "with Rangel.\n\n"
    "Since the samples are surely OK (it is the same design as the 2022 one), we already bought the AISI 316 "
    "bar for the whole batch - 1.150 kg from Ramada Acos - to lock the price before the August increase. We "
    "plan to start machining the rest straight after Marco's sign-off, so you gain two weeks on the season.\n\n"
    "Best regards,\nJoao Ferreira\nComercial - Metalurgica Atlantica, Lda.  |  +351 234 30 1187\n\n"
    "On 06/05/2024 09:44, Giulia Ferraro wrote:\n"
    + quote_block(
        "Dear Joao,\n"
        "PO 24/0688 (rev 0): 24 sample bow rollers only. The 376 pcs of the project are not released;\n"
        "production release only in writing by Davide Conti (Direttore di Produzione) after Marco Bellini\n"
        "signs off the samples. Material authority: sample-only.\n"
        "Giulia"))
case("q23_mat_bar_whole_batch_roll_on", ["RG006", "RG007"],
     "supplier bought bar for the whole batch against a sample-only authority and plans to machine the rest "
     "straight after sign-off; quoted buyer scope is complete",
     [("RE_order_24-0688_update.eml", mail(
         "Joao Ferreira <joao.ferreira@metalatlantica.pt>", "Giulia Ferraro <g.ferraro@cantiereardesia.it>",
         "RE: PO 24/0688 bow rollers - update", "Mon, 27 May 2024 17:48:00 +0100", _q23,
         in_reply_to="<h137-ard-0506@cantiereardesia.it>"))])

# q24 multi-file: PO (TXT) + sample inspection report (DOCX) that waives the written release
case("q24_vdm_po_plus_report_carry_on", ["RG007"],
     "two files: PO keeps 116 on hold until Joost Hoekstra's written release after sign-off; the QA report then "
     "tells the supplier to carry straight on with the 116 with nothing else needed",
     [("JVDM_PO_24-0766.txt", """\
JACHTWERF VAN DER MEULEN B.V.                      INKOOPORDER / PURCHASE ORDER
Harlingerweg 14, 8754 Makkum (NL)

Ordernr. / PO no. : 24-0766            Datum / date : 15-05-2024
Inkoper / buyer   : S. de Jong
Leverancier       : Pomorskie Okucia Sp. z o.o., Gdansk, PL

Rg  Artikel      Omschrijving                          Aantal Eenh  Prijs EUR   Bedrag EUR
--  -----------  ------------------------------------  ------ ----  ---------  -----------
10  FH-420       Flush hatch 420x420, sample                4 st       276,00     1.104,00

Opmerking / note:
Only the 4 sample hatches are released. The 116 series hatches are not released.
They need a written release from J. Hoekstra (Productiedirecteur) after sample
sign-off by P. Smit (QA). Material authority: sample-only.
"""), ("VDM_SIR-24-044_FH-420.docx", docx_bytes([
         ("h1", "Sample inspection report SIR-24-044"),
         ("p", "Part FH-420 flush hatch, drawing JVDM-FH-420 rev 2. Supplier Pomorskie Okucia. PO 24-0766. "
               "4 samples received 03-06-2024."),
         ("table", [
             ["Check", "Requirement", "Result"],
             ["Dimensions", "drawing rev 2", "OK, all 4"],
             ["Hose test", "EN ISO 12216, no leak", "OK"],
             ["Anodising", "15 um min.", "18-21 um, OK"],
             ["Fit on hull 522", "frame flush +/-1 mm", "OK"],
         ]),
         ("p", "Sample disposition: accepted."),
         ("p", "Note to supplier: you can carry straight on with the 116 series hatches from here; no need to wait "
               "for anything else from us."),
         ("p", "Pieter Smit, QA, 05-06-2024"),
     ], author="Pieter Smit"))])

# q25 deposit paid + 'crack on with the rest' once samples are signed off
_q25 = (
    "Hi Joao,\n\n"
    "Just to let you know the 30% deposit went out from our bank this morning, so you're covered on our "
    "side - once Mark's signed off the samples you can crack on with the other 490 straight away, no need to wait "
    "for a letter from Tom.\n\n"
    "Samples to DC Eastleigh please, goods-in closes at 2pm.\n\n"
    "Cheers,\nRachel" + sig("Rachel Pike", "Purchasing", SMC + ", Southampton", "+44 23 8063 4471")
    + "\nOn 2 May 2024, at 11:02, Rachel Pike wrote:\n"
    + quote_block(
        "Joao,\n"
        "PO 4490: 10 sample bow rollers BR-75. Balance 490 not released. Release only in writing from\n"
        "Tom Ashdown (Category Manager) after sample sign-off by our QA, Mark Ellery. Material authority:\n"
        "sample-only.\n"
        "Rachel"))
case("q25_solent_deposit_crack_on", ["RG007", "RG012"],
     "buyer says the deposit covers them and that sample sign-off lets them crack on with the rest without "
     "Tom Ashdown's letter: payment as authority and implied auto-conversion",
     [("RE_PO_4490_bow_rollers.eml", mail(
         "Rachel Pike <rachel.pike@solentmarine.co.uk>", "Joao Ferreira <joao.ferreira@metalatlantica.pt>",
         "RE: PO 4490 bow rollers BR-75", "Tue, 28 May 2024 09:15:00 +0100", _q25))])

# q26 supplier ordered glass for the complete project
_q26 = (
    "Dear Mrs de Jong,\n\n"
    "thank you for PO 24-0812. The 6 sample portlights will be ready on 14 June.\n\n"
    "Our glass supplier announced +12% from July. To protect you, we have already ordered the toughened "
    "glass for the complete project, delivery to us end of June. The aluminium profile we buy next week.\n\n"
    "Please also see the updated drawing for the gasket groove, rev 4, in our portal.\n\n"
    "Best regards,\nTomasz Nowak\nSales Manager - Pomorskie Okucia Sp. z o.o.  |  +48 58 343 12 77\n\n"
    "From: Sanne de Jong\nSent: 21 May 2024 15:02\nTo: Tomasz Nowak\nSubject: PO 24-0812 portlights\n\n"
    + quote_block(
        "Dear Tomasz,\n"
        "PO 24-0812 attached: 6 sample portlights PL-300. The balance of 154 is not released until a written\n"
        "release from Joost Hoekstra after Pieter Smit's sample sign-off. Material authority: sample-only.\n"
        "Sanne"))
case("q26_pok_glass_complete_project", ["RG006"],
     "supplier ordered glass for the complete project against a sample-only material authority; quoted buyer "
     "scope is complete",
     [("RE_PO_24-0812_portlights.eml", mail(
         "Tomasz Nowak <t.nowak@pomorskie-okucia.pl>", "Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>",
         "RE: PO 24-0812 portlights", "Fri, 24 May 2024 10:40:00 +0200", _q26,
         in_reply_to="<h137-vdm-0521@vandermeulen-jachtwerf.nl>"))])

# q27 supplier portal WIP page: bar for the total project received
case("q27_haitong_portal_wip", ["RG006"],
     "supplier portal shows 50 released (sample lot) while 1,450 kg bar for the total project quantity is "
     "already received",
     [("Haitong_portal_WIP_PO4502.html", html_page("Haitong Customer Portal - Production status", """
<h2>宁波海通 Haitong Customer Portal</h2>
<p>Customer: Solent Marine Chandlery Ltd | Your PO: 4502 | Part: cleat 200 mm CL-200, drg SMC-CL-200 rev C</p>
<p>Released quantity: <b>50 pcs (sample lot)</b></p>
<h3>Work in progress</h3>
""" + html_table([
         ["Step", "Status", "Date", "Remark"],
         ["Raw material SS316 bar 32 mm", "1,450 kg received", "2024-05-20",
          "bought for the total project quantity (price lock before June)"],
         ["Sawing", "50 pcs done", "2024-05-22", "sample lot"],
         ["CNC milling", "in progress", "2024-05-24", "sample lot"],
         ["Polishing / passivation", "planned", "2024-05-29", ""],
         ["Salt spray (SGS Ningbo)", "planned", "2024-05-31", "240 h NSS"],
     ]) + """
<p class="note">Questions: Amy Zhou, export sales, +86 574 8688 2150</p>
"""))])

# q28 DOCX weekly report: gelcoat/glass for the complete series in stock
case("q28_ege_weekly_report_series_material", ["RG006"],
     "supplier weekly report: only 2 T1 samples on the PO, but gelcoat and glass for the complete series are in "
     "stock and core is ordered",
     [("EGE_Weekly_report_W22_PO24-0893.docx", docx_bytes([
         ("h1", "Weekly progress report - week 22"),
         ("p", "Customer: Jachtwerf Van der Meulen B.V. | PO 24-0893 | VDM 46 deck moulding | Prepared by: "
               "Elif Kaya, Planning, Ege Kompozit."),
         ("table", [
             ["Item", "Status", "Remark"],
             ["Plug / mould", "finished, polished", "handed over to laminating shop"],
             ["T1 samples (2 pcs)", "laminated, demoulding wk 23", "as PO 24-0893"],
             ["Gelcoat RAL 9010 + E-glass biaxial 600 g/m2", "received in stock wk 21",
              "quantity for the complete series"],
             ["PVC foam core 80 kg/m3, 20 mm", "ordered, ETA wk 24", "for the series"],
             ["Hardware inserts (M8 backing plates)", "in stock", ""],
         ]),
         ("p", "Comment: we took the series materials early because the resin and glass prices rise in July. "
               "Series laminating itself waits for your written release."),
         ("p", "Next report: week 23."),
     ], author="Elif Kaya"))])

# q29 supplier: deposit received, cable bought for the whole run, crimping next week
_q29 = (
    "Dear Mr Owen,\n\n"
    "Thank you, we received your deposit payment today. With this payment we bought the tinned cable and the "
    "Deutsch connectors for the whole run, and we start crimping the looms next week, so the delivery can be "
    "faster for your next hulls.\n\n"
    "First-article set for BW-P07 is in test now, test report follows.\n\n"
    "Best regards,\nSerkan Aydin\nProject Manager - Marmara Kablo Donanim San. ve Tic. A.S.\n"
    "Aydinli OSB, Tuzla / Istanbul  |  +90 216 593 22 40\n\n"
    "-----Original Message-----\nFrom: Owen Pascoe\nSent: 6 May 2024 16:10\nSubject: PO BW-5580\n\n"
    + quote_block(
        "Serkan,\n"
        "PO BW-5580: 1 first-article loom set for pilot boat hull BW-P07. Looms for the following hulls\n"
        "are not released; each needs a revised PO signed by me (Owen Pascoe) after sea-trial sign-off.\n"
        "Material: first-article set only.\n"
        "Owen"))
case("q29_marmara_deposit_cable_whole_run", ["RG006", "RG012"],
     "supplier uses the deposit to buy cable for the whole run and starts crimping: material beyond a "
     "first-article release, payment read as authority to produce",
     [("RE_PO_BW-5580.eml", mail(
         "Serkan Aydin <serkan.aydin@marmarakablo.com.tr>", "Owen Pascoe <owen.pascoe@brixhamworkboats.co.uk>",
         "RE: PO BW-5580", "Wed, 22 May 2024 17:30:00 +0300", _q29,
         in_reply_to="<h137-bw-0506@brixhamworkboats.co.uk>"))])

# q30 multi-file: call-off with staged authority 300, supplier buys for half the season (600)
case("q30_solent_calloff_plus_supplier_bar", ["RG006"],
     "two files: call-off releases 200 with staged material authority up to 300; supplier bought bar for the "
     "first half of the 1,200 season, beyond the staged authority",
     [("Solent_CallOff_SA-2025-09_no1.pdf", pdf([
         ("h1", "Solent Marine Chandlery Ltd - Call-off"),
         ("table", [
             ["Call-off no.", "1", "Season agreement", "SA-2025-09 (firm season quantity 1,200 pcs)"],
             ["Supplier", "Tai-Yang Marine Hardware Co., Ltd.", "Date", "20 May 2024"],
             ["Part", "FL-90 fairlead 316, drg SMC-FL-90 rev B", "Issued by", "Tom Ashdown"],
         ]),
         ("sp",),
         ("table", [
             ["", "Quantity (pcs)", "Status"],
             ["Released by this call-off", "200", "released - ETD by 30 June"],
             ["Season balance", "1,000", "NOT released"],
             ["Material authority", "300 pcs worth of 316 bar", "staged, at Solent's liability"],
         ]),
         ("sp",),
         ("p", "Make and ship the 200 released above. You may buy and hold 316 bar for up to 300 pcs in total. "
               "The remaining 1,000 pcs are not released; the next call-off is issued in writing by Tom Ashdown "
               "after lot acceptance of this call-off at DC Eastleigh."),
     ], title="Call-off 1 SA-2025-09", author="Tom Ashdown")),
      ("RE_CallOff_1_SA-2025-09.eml", mail(
          "Kevin Chen <kevin.chen@taiyang-marine.com.tw>", "Tom Ashdown <tom.ashdown@solentmarine.co.uk>",
          "RE: Call-off 1 SA-2025-09 fairlead FL-90", "Thu, 23 May 2024 10:05:00 +0800",
          "Dear Tom,\n\n"
          "Thank you for call-off 1, we confirm 200 pcs ETD 28 June.\n\n"
          "For your information, the mill gave us good price this month, so we have bought the 316 bar for the "
          "first half of the season quantity at one time. It is in our warehouse now, so the next call-offs "
          "can be faster.\n\n"
          "Best regards,\nKevin Chen\nOverseas Sales, Tai-Yang Marine Hardware Co., Ltd.\n"))])

# q31 supplier reads a non-binding forecast as an order and buys material for all of it
_q31 = (
    "Dear Femke,\n\n"
    "Thank you for your forecast for 2025, 480 sets of cabin lighting looms CL-12.\n\n"
    "Based on this order we have committed production slots in Q1 2025 and already purchased the wire and "
    "connectors for all 480 sets, so we can deliver fast when you need.\n\n"
    "Please advise the delivery split per month.\n\n"
    "Best regards,\nLily Chen\nSales, Xiamen Bluewave Marine Electric Co., Ltd.\n"
    "No. 9 Xiangxing Rd, Torch Hi-tech Zone, Xiamen  |  +86 592 571 3380\n\n"
    "On 2024-05-30 14:12, Femke Bakker wrote:\n"
    + quote_block(
        "Hi Lily,\n"
        "Attached our 2025 forecast for CL-12: 480 sets. This is a non-binding forecast for your planning,\n"
        "not an order. Orders follow by call-off.\n"
        "Femke"))
case("q31_bluewave_forecast_as_order_material", ["RG006", "RG008"],
     "supplier treats the buyer's non-binding forecast as an order, commits production and buys material for "
     "all 480 sets with nothing released",
     [("RE_2025_forecast_CL-12.eml", mail(
         "Lily Chen <lily.chen@bluewave-marine.cn>", "Femke Bakker <f.bakker@fyi-interiors.nl>",
         "RE: 2025 forecast CL-12", "Mon, 03 Jun 2024 09:20:00 +0800", _q31,
         in_reply_to="<h137-fyi-0530@fyi-interiors.nl>"))])

# q32 multi-file: cover email says 20 samples, PO PDF says 24
case("q32_kestrel_cover_20_po_24", ["RG011"],
     "two files of one order: cover email releases 20 sample cleats, the PO PDF 24; hold, event and Brian "
     "Koenig named in both",
     [("PO_45-2301_cover_email.eml", mail(
         "Jake Morales <jmorales@kestrelboats.com>", "Vivian Lin <vivian.lin@taiyang-marine.com.tw>",
         "PO 45-2301 - sample cleats KB-CL-12", "Fri, 17 May 2024 11:30:00 -0400",
         "Vivian,\n\n"
         "PO 45-2301 attached for the 20 sample cleats (KB-CL-12, 12 in, drg rev A). The rest stays on hold "
         "until Brian Koenig's written release, which follows Dana's sample sign-off. Material for the samples "
         "only.\n\n"
         "Please send the salt-spray report with the samples.\n\n"
         "Jake" + sig("Jake Morales", "Buyer", KES + ", Annapolis MD", "+1 410 555 0163"))),
      ("Kestrel_PO_45-2301.pdf", pdf([
          ("h1", "KESTREL BOATS INC. - PURCHASE ORDER 45-2301"),
          ("table", [
              ["Supplier", "Tai-Yang Marine Hardware Co., Ltd.", "Date", "05/17/2024"],
              ["Buyer", "Jake Morales", "Terms", "Net 45, FOB Kaohsiung"],
          ]),
          ("sp",),
          ("table", [
              ["Line", "Part", "Description", "Qty", "Unit price", "Extended"],
              ["1", "KB-CL-12-316", "Cleat 12 in, 316 - SAMPLE", "24 EA", "$44.00", "$1,056.00"],
          ]),
          ("sp",),
          ("p", "Scope: balance of 576 of the quoted 600 is not released. Production only by written release "
                "from Brian Koenig (VP Operations) after sample sign-off by Dana Whitfield. Material authority: "
                "sample-only."),
      ], pagesize=LETTER, title="PO 45-2301", author="Jake Morales"))])

# q33 DOCX PO: note says twelve (12), table says 15
case("q33_vdm_docx_twelve_vs_15", ["RG011"],
     "one PO: the note releases 'twelve (12) sample deck hatches', the line table 15",
     [("JVDM_PO_24-0859.docx", docx_bytes([
         ("h1", "Inkooporder / Purchase order 24-0859"),
         ("p", "Jachtwerf Van der Meulen B.V., Makkum. Datum: 22-05-2024. Leverancier: Pomorskie Okucia "
               "Sp. z o.o., Gdansk. Inkoper: Sanne de Jong."),
         ("table", [
             ["Rg", "Artikel", "Omschrijving", "Aantal", "Prijs EUR", "Bedrag EUR"],
             ["10", "DH-500", "Deck hatch 500x500 low profile - sample", "15 st", "312,00", "4.680,00"],
         ]),
         ("p", "Note: this order releases twelve (12) sample deck hatches for the MY2025 prototype hulls. The "
               "remaining hatches of your offer OF/24/150 are not released. They need a written release from "
               "Joost Hoekstra (Productiedirecteur) after Pieter Smit (QA) has signed off the samples. Material "
               "authority: sample-only."),
         ("p", "Levering DAP Makkum week 26. Betaling 30 dagen netto."),
     ], author="Sanne de Jong"))])

# q34 call-off TXT: header 250, line 205; 'rilasciato/released' for drawing, blanket order, call-off
case("q34_ardesia_calloff_250_vs_205", ["RG009", "RG011"],
     "call-off header releases 250, the line 205; 'released' also used for the drawing (technical) and the "
     "blanket order by administration (commercial)",
     [("ARD_CallOff_CQ-2024-05_n2.txt", """\
CANTIERE NAVALE ARDESIA S.R.L. - VIAREGGIO            CALL-OFF / RICHIESTA DI CONSEGNA n. 2
==========================================================================================
Fornitore / supplier : Ningbo Haitong Marine Fittings Co., Ltd.
Contratto / contract : CQ-2024-05 (galloccia 200 / cleat 200 mm AISI 316)
Dis. / drawing       : 62-CL-200 REV D - RILASCIATO DALL'UFFICIO TECNICO 12/04/2024
                       (DRAWING RELEASED BY ENGINEERING)
Ordine quadro        : RILASCIATO DALL'AMMINISTRAZIONE 15/03/2024
                       (BLANKET ORDER RELEASED BY ADMINISTRATION)
QTA' RILASCIATA / RELEASED QTY : 250 pz          Data / date: 20/05/2024
==========================================================================================
Pos  Codice         Descrizione                        Q.ta'  Consegna
---  -------------  ---------------------------------  -----  ----------------
 10  GAL-200-316    Galloccia 200 mm AISI 316 lucida     205  FOB Ningbo sett. 29
==========================================================================================
Il residuo del contratto NON e' rilasciato. Il prossimo call-off lo emette solo
G. Ferraro (Ufficio Acquisti) dopo l'accettazione del lotto di questo call-off.
The contract balance is NOT released. The next call-off is issued only by
G. Ferraro (Purchasing) after acceptance of the lot of this call-off.
Autorizzazione materiale / material authority: solo per la quantita' rilasciata.

Emesso da: Giulia Ferraro
""")])

# q35 cover email says 300, attached release letter says 400
_q35 = (
    "Vivian,\n\n"
    "Please find attached production release PR-2024-05 for 300 cleats CL-250 under PO 4512. The rest of the "
    "season quantity is not released - the next release comes from me after lot acceptance of this one at "
    "Eastleigh.\n\n"
    "ETD by 12 July please, consolidated with the fairleads if you can.\n\n"
    "Regards,\nTom" + sig("Tom Ashdown", "Category Manager - Deck Hardware", SMC + ", Southampton",
                          "+44 23 8063 4402"))
case("q35_solent_email_300_letter_400", ["RG011"],
     "cover email says the release is for 300, the attached release letter releases 400",
     [("Production_release_PR-2024-05.eml", mail(
         "Tom Ashdown <tom.ashdown@solentmarine.co.uk>", "Vivian Lin <vivian.lin@taiyang-marine.com.tw>",
         "Production release PR-2024-05 - PO 4512 cleat CL-250", "Wed, 05 Jun 2024 16:44:00 +0100", _q35,
         attachments=[("PR-2024-05.pdf", pdf([
             ("h1", "Solent Marine Chandlery Ltd - Production release PR-2024-05"),
             ("table", [
                 ["Order", "PO 4512 - cleat 250 mm CL-250, drg SMC-CL-250 rev B"],
                 ["Season quantity on PO", "1,200 pcs"],
                 ["Released by this notice", "400 pcs"],
                 ["Not released", "800 pcs"],
                 ["Basis", "sample sign-off SS-14, 29 May 2024, Mark Ellery (QA)"],
                 ["Next release", "in writing by Tom Ashdown after lot acceptance at DC Eastleigh"],
                 ["Material authority", "up to the released quantity"],
             ]),
             ("p", "Signed: Tom Ashdown, Category Manager - Deck Hardware, 5 June 2024"),
         ], title="PR-2024-05", author="Tom Ashdown"), PDF_MT)]))])

# q36 WhatsApp: 4 sample looms on the PO, then 'the 6 sample looms'
case("q36_hauraki_whatsapp_4_vs_6", ["RG011"],
     "buyer's chat says the PO covers 4 sample looms, later 'the 6 sample looms to get going on'",
     [("WhatsApp_Chat_Serkan_Marmara.txt", """\
[14/05/24, 9:12:40 am] Kiri Walker: Hi Serkan, PO HM-2450 is in your inbox - it's for 4 sample looms (the helm + engine room set for the new 9.5 m). Rest of the 30 not released till Nikau Parata sends a written release once Hamish has signed off the samples. Material for the samples only eh
[14/05/24, 9:30:05 am] Serkan Aydin: Good morning Kiri, received, thank you. Drawing HM-E-095 rev 1 correct?
[14/05/24, 9:31:48 am] Kiri Walker: Yes rev 1. Hamish might tweak the bilge pump branch later but build to rev 1
[14/05/24, 9:40:12 am] Serkan Aydin: OK. We need the connector spec for the engine ECU, Deutsch DTM 12 pin?
[14/05/24, 9:52:30 am] Kiri Walker: DTM 12 yes. So that's the 6 sample looms to get going on, cheers Serkan 👍
[14/05/24, 9:53:01 am] Serkan Aydin: 👍
""")])

# ------------------------------------------------------------- batch 5: positives q37-q46
# q37 Dutch call-off releases 1.200 st., English cover email says 120 pcs
_q37 = (
    "Dear Amy,\n\n"
    "Attached call-off 1 under our frame contract RC-2024-11 for the hinges SCH-60.\n\n"
    "Call-off 1 releases 120 pcs now; the remaining 2,280 are not released. The next call-off comes from "
    "Joost Hoekstra (Productiedirecteur) after lot 1 has been accepted at our goods-in. Material authority: "
    "only for the released quantity.\n\n"
    "Met vriendelijke groet,\nSanne de Jong"
    + sig("Sanne de Jong", "Inkoper / Buyer", VDM + ", Makkum (NL)", "+31 515 23 1450"))
case("q37_vdm_calloff_1200_vs_120", ["RG011"],
     "Dutch call-off releases '1.200 st.' (season 2.400), the English cover email says 120 pcs released and "
     "2,280 held",
     [("Afroep_1_RC-2024-11.eml", mail(
         "Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>", "Amy Zhou <amy.zhou@haitong-marine.cn>",
         "Call-off 1 / afroep 1 - RC-2024-11 hinges SCH-60", "Mon, 03 Jun 2024 11:10:00 +0200", _q37,
         attachments=[("JVDM_Afroep_1_RC-2024-11.pdf", pdf([
             ("h1", "Jachtwerf Van der Meulen B.V. - Afroep / call-off 1"),
             ("p", "Raamcontract / frame contract RC-2024-11 - Ningbo Haitong Marine Fittings Co., Ltd."),
             ("table", [
                 ["Artikel", "Omschrijving", "Seizoenshoeveelheid", "Nu vrijgegeven", "Niet vrijgegeven"],
                 ["SCH-60", "Scharnier / hinge 60 mm AISI 316", "2.400 st.", "1.200 st.", "1.200 st."],
             ]),
             ("sp",),
             ("p", "Volgende afroep alleen door J. Hoekstra (Productiedirecteur) na acceptatie van partij 1. "
                   "Materiaal: alleen voor de vrijgegeven hoeveelheid. Levering FOB Ningbo, week 30."),
             ("p", "Datum: 03-06-2024. Inkoper: S. de Jong."),
         ], title="Afroep 1 RC-2024-11", author="Sanne de Jong"), PDF_MT)]))])

# q38 Italian PO: table 10 pz, English note 'twelve (12)'
case("q38_ardesia_po_10_vs_twelve", ["RG011"],
     "one PO: the table releases 10 pz of samples, the English note 'twelve (12) pieces'",
     [("ARD_ODA_24-0729_TYM.pdf", pdf([
         ("h1", "CANTIERE NAVALE ARDESIA S.R.L."),
         ("h", "ORDINE DI ACQUISTO / PURCHASE ORDER 24/0729"),
         ("p", "Data 23/05/2024. Fornitore: Tai-Yang Marine Hardware Co., Ltd., Kaohsiung. Rif. offerta TYM Q24-0470."),
         ("table", [
             ["Pos.", "Codice", "Descrizione", "Q.ta'", "Prezzo", "Importo"],
             ["10", "PASS-90-316", "Passacavo / fairlead 90 mm AISI 316 - campionatura", "10 pz", "EUR 19,50",
              "EUR 195,00"],
         ]),
         ("sp",),
         ("p", "Note (EN): sample lot of twelve (12) pieces released under this order. The production quantity of "
               "quote Q24-0470 is not released; written release by Davide Conti (Direttore di Produzione) after "
               "sample sign-off by Marco Bellini. Material authority: sample-only."),
         ("p", "Resa FOB Kaohsiung. Pagamento 60 gg d.f.f.m. Ufficio Acquisti - Giulia Ferraro."),
     ], title="ODA 24/0729", author="Giulia Ferraro"))])

# q39 supplier: proforma paid in full, so series production started
_q39 = (
    "Dear Mrs de Jong,\n\n"
    "Thank you for paying our proforma PF/24/207 in full (EUR 18.648,00), the money arrived today.\n\n"
    "As the payment is received, we have started production of the portlight series this week. The 6 "
    "samples were shipped on Monday, tracking DHL 4471 2290 11.\n\n"
    "Best regards,\nTomasz Nowak\nSales Manager - Pomorskie Okucia Sp. z o.o.  |  +48 58 343 12 77\n\n"
    "From: Sanne de Jong\nSent: 17 May 2024 10:02\nSubject: PO 24-0826 portlights PL-300\n\n"
    + quote_block(
        "Dear Tomasz,\n"
        "PO 24-0826: 6 sample portlights PL-300. The balance of 74 is not released until a written release\n"
        "from Joost Hoekstra (Productiedirecteur) after Pieter Smit's sample sign-off. Material authority:\n"
        "sample-only. Please send the proforma for the full project so our finance can plan.\n"
        "Sanne"))
case("q39_pok_proforma_paid_started", ["RG012"],
     "supplier starts series production because the proforma was paid; quoted buyer scope is complete",
     [("RE_PO_24-0826_PL-300.eml", mail(
         "Tomasz Nowak <t.nowak@pomorskie-okucia.pl>", "Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>",
         "RE: PO 24-0826 portlights PL-300", "Thu, 06 Jun 2024 14:25:00 +0200", _q39,
         in_reply_to="<h137-vdm-0517@vandermeulen-jachtwerf.nl>"))])

# q40 supplier: PO accepted in our system, so the 38 liners are scheduled
_q40 = (
    "Dear Sanne,\n\n"
    "We received your PO 24-0902 and accepted it in our system today; the order confirmation OC-24-311 "
    "follows from our accounting.\n\n"
    "So production of the 38 liners is scheduled in weeks 27-30, after the 2 samples. Mould is ready, T1 "
    "lamination next Tuesday.\n\n"
    "Best regards,\nElif Kaya\nPlanning - Ege Kompozit Denizcilik A.S.  |  +90 232 376 41 22\n\n"
    "-----Original Message-----\nFrom: Sanne de Jong\nSent: 3 June 2024 16:40\nSubject: PO 24-0902\n\n"
    + quote_block(
        "Dear Elif,\n"
        "PO 24-0902: 2 sample hull liners VDM 40. The 38 series liners are not released; they need a\n"
        "written release from Joost Hoekstra after Pieter Smit has signed off the samples. Material\n"
        "authority: sample-only.\n"
        "Sanne"))
case("q40_ege_po_accepted_scheduled", ["RG012"],
     "supplier reads PO acceptance as authority and schedules the 38 series liners; quoted buyer scope is "
     "complete",
     [("RE_PO_24-0902_confirmation.eml", mail(
         "Elif Kaya <elif.kaya@egekompozit.com.tr>", "Sanne de Jong <s.dejong@vandermeulen-jachtwerf.nl>",
         "RE: PO 24-0902", "Wed, 05 Jun 2024 12:02:00 +0300", _q40,
         in_reply_to="<h137-vdm-0603@vandermeulen-jachtwerf.nl>"))])

# q41 Kiwi chat: forecast 'locked in' + deposit, crack on
case("q41_hauraki_forecast_locked_deposit", ["RG008", "RG012"],
     "buyer turns the 300 forecast into a commitment ('treat it as locked in') and starts it on the deposit",
     [("WhatsApp_Chat_Kevin_TYM_summer.txt", """\
[20/05/24, 2:05:33 pm] Kevin Chen: Hi Kiri, for the summer season cleats 200mm, your forecast show 300 pcs in Q3. Do you want to order now? Bar price go up in July
[20/05/24, 4:41:10 pm] Kiri Walker: Hey Kevin, yeah that 300 is our forecast but treat it as locked in, we're good for it
[20/05/24, 4:42:02 pm] Kiri Walker: Deposit for the lot went through this arvo so crack on with the 300 mate
[20/05/24, 4:50:47 pm] Kevin Chen: OK thank you Kiri, we start production next week, ETD end of July
[20/05/24, 4:51:15 pm] Kiri Walker: Legend 🙌
""")])

# q42 season forecast to be treated as a firm order; HTML attachment
_q42_html = html_page("Solent season plan 2025 - BR-60", """
<h2>Solent Marine Chandlery - season forecast 2025</h2>
<p>Part BR-60 bow roller 316, drg SMC-BR-60 rev A. Supplier: Metalurgica Atlantica, Lda.</p>
""" + html_table([
    ["Month", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Total"],
    ["Forecast (pcs)", "150", "200", "300", "350", "300", "250", "150", "100", "1,800"],
]) + "\n<p>Prepared by Tom Ashdown, 22 May 2024.</p>\n")
_q42 = (
    "Hi Joao,\n\n"
    "Our season forecast for 2025 is in the attached sheet - 1,800 bow rollers BR-60 across the year, peaking "
    "in spring.\n\n"
    "Please treat the 1,800 as our firm order for the season and plan your production accordingly. We'd like "
    "the first deliveries in January.\n\n"
    "Best,\nTom" + sig("Tom Ashdown", "Category Manager - Deck Hardware", SMC + ", Southampton",
                       "+44 23 8063 4402"))
case("q42_solent_forecast_firm_order", ["RG008"],
     "buyer asks the supplier to treat the 1,800 season forecast as a firm order",
     [("Season_2025_BR-60.eml", mail(
         "Tom Ashdown <tom.ashdown@solentmarine.co.uk>", "Joao Ferreira <joao.ferreira@metalatlantica.pt>",
         "Season 2025 - bow rollers BR-60", "Wed, 22 May 2024 15:48:00 +0100", _q42,
         attachments=[("Solent_season_plan_2025_BR-60.html", _q42_html, HTML_MT)]))])

# q43 supplier sales confirmation: 'your order 2.400 pcs per your forecast'
case("q43_haitong_confirmation_per_forecast", ["RG008"],
     "supplier sales confirmation books 2.400 pcs as an order 'according to your forecast FC-2025-Q1'",
     [("Haitong_Sales_Confirmation_SC-24-1187.pdf", pdf([
         ("h1", "NINGBO HAITONG MARINE FITTINGS CO., LTD."),
         ("p", "No. 88 Xinxing Road, Beilun District, Ningbo, Zhejiang, China  |  +86 574 8688 2150"),
         ("h", "SALES CONFIRMATION  SC-24-1187"),
         ("p", "Buyer: Kestrel Boats Inc., 1120 Bay Ridge Road, Annapolis MD 21403, USA. Date: 2024-05-28."),
         ("p", "We confirm your order as below:"),
         ("table", [
             ["No.", "Description", "Qty", "Unit price USD", "Amount USD", "Delivery"],
             ["1", "Cleat 8 in AISI 316, polished, drg KB-CL-8-316 rev B (according to your forecast FC-2025-Q1)",
              "2.400 pcs", "6.85", "16,440.00", "3 lots: Jan / Feb / Mar 2025"],
         ]),
         ("sp",),
         ("p", "Payment: T/T 30% deposit, balance against copy B/L. Packing: 24 pcs/carton, export pallet."),
         ("p", "Please sign and return one copy. Seller: Amy Zhou, Export Sales."),
     ], title="SC-24-1187", author="Amy Zhou"))])

# q44 buyer portal build plan: forecast 'hereby ordered and binding'
case("q44_vdm_build_plan_forecast_binding", ["RG008"],
     "buyer's build plan labelled 'Prognose / forecast' then declares the forecast quantities hereby ordered "
     "and binding",
     [("VDM_SupplierNet_bouwplan_MY2025.html", html_page("VDM SupplierNet - Bouwplan MY2025", """
<h2>VDM SupplierNet</h2>
<p>Leverancier: Pomorskie Okucia Sp. z o.o. | Document: bouwplan / build plan MY2025 | Versie 2 - 28-05-2024</p>
<h3>Prognose / forecast - flush hatches FH-500</h3>
""" + html_table([
         ["Kwartaal / quarter", "Hulls (bouwnummers)", "Hatches per hull", "Hatches"],
         ["Q3 2024", "541-548", "4", "32"],
         ["Q4 2024", "549-558", "4", "40"],
         ["Q1 2025", "559-570", "4", "48"],
         ["Q2 2025", "571-580", "4", "40"],
         ["Totaal", "40 hulls", "", "160"],
     ]) + """
<p class="note">The forecast quantities above are hereby ordered and binding for your production planning.
Delivery per quarter, DAP Makkum.</p>
<p>Contact: Sanne de Jong, inkoop.</p>
"""))])

# q45 'approved/approval' used for technical, commercial and production, each scoped by quantity
_q45 = (
    "Vivian,\n\n"
    "Status on the hatch hinges, PO 45-2310:\n\n"
    "- Dana approved the 6 samples on the fit check Friday (dimensional and function).\n"
    "- Finance approved PO 45-2310 for the 6 samples last week, so your invoice for those is fine.\n"
    "- Approval for the other 594 hinges is still open. That approval comes as a written production release "
    "from Brian Koenig, and only after Dana's full sample sign-off including the salt spray. Until then the 594 "
    "are on hold and no material beyond the samples.\n\n"
    "Jake" + sig("Jake Morales", "Buyer", KES + ", Annapolis MD", "+1 410 555 0163"))
case("q45_kestrel_approved_three_ways", ["RG009"],
     "'approved/approval' used for the sample fit check (technical), the PO by finance (commercial) and the 594 "
     "production release; scope otherwise complete",
     [("PO_45-2310_status.eml", mail(
         "Jake Morales <jmorales@kestrelboats.com>", "Vivian Lin <vivian.lin@taiyang-marine.com.tw>",
         "PO 45-2310 hatch hinges - status", "Mon, 10 Jun 2024 09:05:00 -0400", _q45))])

# q46 'released' used for drawing, PO in SAP and production (multipart/alternative)
_q46 = (
    "Dear Tomasz,\n\n"
    "good news on the hatches for the 62':\n\n"
    "- the drawing ARD-62-HT-500 rev C is released - our technical office released it yesterday, you find it "
    "in the portal;\n"
    "- our PO 24/0744 was released in SAP this morning by the administration, for 4 sample hatches;\n"
    "- release of production for the other 56 hatches: only in writing from Davide Conti (Direttore di "
    "Produzione) after Marco Bellini signs off the samples. Until then the 56 are not released. Material: only "
    "for the 4 samples.\n\n"
    "Cordiali saluti,\nGiulia Ferraro"
    + sig("Giulia Ferraro", "Ufficio Acquisti", ARD + ", Viareggio (LU)", "+39 0584 38 2210"))
case("q46_ardesia_released_three_ways", ["RG009"],
     "'released' used for the drawing (technical), the PO in SAP (commercial) and production; scope otherwise "
     "complete",
     [("PO_24-0744_hatches_62.eml", mail(
         "Giulia Ferraro <g.ferraro@cantiereardesia.it>", "Tomasz Nowak <t.nowak@pomorskie-okucia.pl>",
         "PO 24/0744 - hatches 62' - drawing rev C", "Fri, 31 May 2024 12:30:00 +0200", _q46,
         html=txt2html(_q46)))])

# ---- END OF CASES ----


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(137137).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h137_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    build()
