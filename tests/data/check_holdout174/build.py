#!/usr/bin/env python3
"""Generator for the releasegate check_holdout174 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout174/build.py

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
    m["Message-ID"] = msgid or f"<h174-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h174")
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


# ------------------------------------------------------------ h174 helpers
def _strings(block):
    out = []
    for x in block[1:]:
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, list):
            for row in x:
                out.extend(str(c) for c in row)
    return out


def P(blocks, title, author, pagesize=A4):
    """PDF via pdf(); the standard PDF fonts only carry WinAnsi, so PDF text is kept to cp1252."""
    for b in blocks:
        for s in _strings(b):
            s.encode("cp1252")
    return pdf(blocks, pagesize=pagesize, title=title, author=author)


def D(blocks, author):
    return docx_bytes(blocks, author=author)


def E(m):
    return eml_bytes(m)


def T(s):
    return s.strip("\n") + "\n"


def H(title, body, lang="en"):
    return html_page(title, body, lang=lang)


# people (all fictional)
MARTA = "Marta Iglesias Soler <m.iglesias@ascensoresbrava.es>"
JORDI = "Jordi Puig Ferrer <j.puig@ascensoresbrava.es>"
RAUL = "Raúl Carmona Vidal <r.carmona@ascensoresbrava.es>"
ELIF = "Elif Kaya <elif.kaya@anadoluasansor.com.tr>"
MURAT = "Murat Demirci <murat.demirci@anadoluasansor.com.tr>"
HAKAN = "Hakan Öztürk <hakan.ozturk@anadoluasansor.com.tr>"
JASMINE = "Jasmine Tan <jasmine.tan@lionlift.com.sg>"
KELVIN = "Kelvin Lim <kelvin.lim@lionlift.com.sg>"
GARETH = "Gareth Holloway <gareth.holloway@penninelift.co.uk>"
TOM = "Tom Ashworth <t.ashworth@calderbrook-ha.org.uk>"
FIONA = "Fiona McBride <fiona.mcbride@calderbrook-ha.org.uk>"
LILY = "Lily Zhou <lily.zhou@hengtai-lift.cn>"
BURAK = "Burak Şahin <burak.sahin@egekapi.com.tr>"
CARLOS = "Carlos Lanuza <clanuza@herrajesebro.es>"
VENKAT = "Venkatesh Raman <venkatesh.r@coromandellift.in>"
PETR = "Petr Novák <novak@brnotech.cz>"

BRAVA = "Ascensores Brava S.L. · Pol. Ind. Fuente del Jarro, 46988 Paterna (Valencia)"
ANADOLU = "Anadolu Asansör Sanayi ve Ticaret A.Ş. · Kemalpaşa OSB, İzmir"
LIONLIFT = "LionLift Modernisation Pte. Ltd. · 51 Ubi Avenue 1 #04-17, Singapore 408933"
PENNINE = "Pennine Lift Consultancy Ltd · Dean Clough Mills, Halifax HX3 5AX"
CALDERBROOK = "Calderbrook Housing Association · Commercial Street, Halifax HX1 1TA"
HENGTAI = "Suzhou Hengtai Elevator Parts Co., Ltd. · Wuzhong EDZ, Suzhou, Jiangsu"
EGE = "Ege Kapı Sistemleri Ltd. Şti. · Manisa OSB 3. Kısım, Manisa"
EBRO = "Herrajes Ebro S.L. · Plataforma Logística PLAZA, 50197 Zaragoza"
COROMANDEL = "Coromandel Lift Components Pvt. Ltd. · Ambattur Industrial Estate, Chennai 600 058"
BRNOTECH = "Brnotech Výtahy s.r.o. · Vídeňská 174, 619 00 Brno"

SIG_MARTA = sig("Marta Iglesias Soler", "Compras / Purchasing", BRAVA, "+34 961 000 412")
SIG_JORDI = sig("Jordi Puig Ferrer", "Ingeniería de Producto", BRAVA, "+34 961 000 415")
SIG_RAUL = sig("Raúl Carmona Vidal", "Director de Operaciones", BRAVA, "+34 961 000 401")
SIG_ELIF = sig("Elif Kaya", "Satınalma Uzmanı / Purchasing Specialist", ANADOLU, "+90 232 000 17 44")
SIG_JASMINE = sig("Jasmine Tan", "Procurement Executive", LIONLIFT, "+65 6000 1740")
SIG_KELVIN = sig("Kelvin Lim", "Project Engineer", LIONLIFT, "+65 6000 1742")
SIG_GARETH = sig("Gareth Holloway IEng MIET", "Senior Lift Consultant", PENNINE, "+44 1422 000174")
SIG_TOM = sig("Tom Ashworth", "Procurement Officer", CALDERBROOK, "+44 1422 000290")
SIG_LILY = sig("Lily Zhou 周丽", "Sales Manager", HENGTAI, "+86 512 0000 6174")
SIG_BURAK = sig("Burak Şahin", "Export Sales", EGE, "+90 236 000 41 74")
SIG_CARLOS = sig("Carlos Lanuza", "Comercial", EBRO, "+34 976 000 174")
SIG_VENKAT = sig("Venkatesh Raman", "GM - Marketing", COROMANDEL, "+91 44 0000 1744")
SIG_PETR = sig("Petr Novák", "Sales manager / obchod", BRNOTECH, "+420 540 000 174")


# =================================================================== CLEAN
# c01 supplier quote with tiers
case("c01_hengtai_quote_tiers", [],
     "supplier quote with a sample tier and two production tiers; a quote alone authorizes nothing (conv. 4)",
     [("QT-HT-24-0611.pdf", P([
         ("h1", "QUOTATION"),
         ("p", "Suzhou Hengtai Elevator Parts Co., Ltd. - No. 17 Xinlian Road, Wuzhong Economic "
               "Development Zone, Suzhou, Jiangsu, China - Tel +86 512 0000 6174"),
         ("p", "To: Anadolu Asansor Sanayi ve Ticaret A.S., Kemalpasa OSB, Izmir, Turkey - "
               "Attn: Ms. Elif Kaya, Purchasing"),
         ("p", "Quotation No.: QT-HT-24-0611     Date: 11 June 2024     Validity: 60 days"),
         ("p", "Item: Car Operating Panel COP-S3, SUS304 hairline 1.5 mm faceplate, 12 floors + alarm + "
               "door open/close, push buttons PB-35 with Braille, to EN 81-70 and EN 81-20:2020. "
               "Drawing HT-COP-1200 Rev 03."),
         ("table", [
             ["Stage", "Qty", "Unit price (USD)", "Amount (USD)", "Lead time"],
             ["Sample", "4 pcs", "310.00", "1,240.00", "20 days after PO"],
             ["Production tier A", "240 pcs", "186.00", "44,640.00", "35 days after your release"],
             ["Production tier B", "480 pcs", "172.50", "82,800.00", "45 days after your release"],
         ]),
         ("sp",),
         ("h", "Remarks"),
         ("p", "1. Production quantities are price basis only. Production starts only after buyer's "
               "separate written release with quantity, after sample sign-off."),
         ("p", "2. Price FOB Shanghai, packing in plywood case, 4 pcs per case."),
         ("p", "3. Payment: T/T 30% deposit with order, 70% before shipment."),
         ("p", "4. One-time tooling for faceplate bending USD 850.00, charged with the sample order."),
         ("p", "5. Factory certified ISO 9001:2015 (cert. no. 04424Q11200R1M)."),
         ("sp",),
         ("p", "Best regards,"),
         ("p", "Lily Zhou, Sales Manager"),
     ], title="Quotation QT-HT-24-0611", author="Lily Zhou"))])


# c02 RFQ with three scenarios, multipart/alternative
_c02_text = """Dear Mr Novák,

Good day. We are LionLift Modernisation, Singapore. We are doing the lift modernisation for 17 blocks
in Tampines (Blk 174 to Blk 190) under the town council contract.

Kindly quote for VVVF door operator, centre opening, 900 mm clear opening, to our drawing LL-DO-900
Rev B, EN 81-20:2020 and EN 81-50:2020.

Please quote 3 scenarios:
  a) 2 pcs samples for site trial at Blk 174
  b) 60 pcs (phase 1)
  c) 180 pcs (phase 1 + 2)

This is an RFQ only, not an order. Quantities b) and c) are for pricing only, phase 2 is subject to
town council award. Please also advise:
  - lead time for samples, and for production after our release
  - MOQ for the door motor and controller board
  - can you hold the price for 6 months?
  - copy of your ISO 9001:2015 cert

Appreciate your reply by 21 Jun. Thank you.

Best regards,
Jasmine
""" + SIG_JASMINE
_c02_html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Mr Novák,</p>
<p>Good day. We are LionLift Modernisation, Singapore. We are doing the lift modernisation for 17 blocks
in Tampines (Blk 174 to Blk 190) under the town council contract.</p>
<p>Kindly quote for VVVF door operator, centre opening, 900&nbsp;mm clear opening, to our drawing LL-DO-900
Rev B, EN&nbsp;81-20:2020 and EN&nbsp;81-50:2020.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Scenario</th><th>Qty</th><th>Purpose</th></tr>
<tr><td>a</td><td>2 pcs</td><td>samples for site trial at Blk 174</td></tr>
<tr><td>b</td><td>60 pcs</td><td>phase 1 (pricing only)</td></tr>
<tr><td>c</td><td>180 pcs</td><td>phase 1 + 2 (pricing only, subject to award)</td></tr>
</table>
<p><b>This is an RFQ only, not an order.</b> Please also advise lead time for samples and for production
after our release, MOQ for the door motor and controller board, whether you can hold the price for
6 months, and send a copy of your ISO&nbsp;9001:2015 cert.</p>
<p>Appreciate your reply by 21 Jun. Thank you.</p>
<p>Best regards,<br>Jasmine Tan<br>Procurement Executive, LionLift Modernisation Pte. Ltd.</p>
<p style="font-size:8pt;color:#777">CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended
only for the named recipient(s). No contract is concluded by e-mail unless expressly agreed.</p>
</body></html>"""
case("c02_lionlift_rfq_scenarios", [],
     "buyer RFQ with three quantity scenarios, explicitly not an order; no authorization",
     [("RFQ LL-RFQ-2406-17.eml", E(mail(
         JASMINE, PETR, "RFQ LL-RFQ-2406-17 - VVVF door operators, Tampines lift modernisation",
         "Fri, 07 Jun 2024 10:42:00 +0800", _c02_text, html=_c02_html, cc=KELVIN)))])


# c03 WhatsApp: supplier asks for go-ahead on balance, buyer says no
case("c03_brava_whatsapp_balance_question", [],
     "buyer scope complete (20 samples, 1.180 on hold, sign-off + written release by Raúl Carmona); "
     "supplier's 'go ahead for the balance?' is a question and the buyer refuses",
     [("WhatsApp Chat with Carlos Lanuza Herrajes Ebro.txt", T("""
12/6/24, 9:02 - Marta Iglesias Brava: Buenos días Carlos. PO 4500071744 is out today for the guide shoes GS-16 sliding, 20 pcs samples only. The rest of the project (1.180 pcs) is NOT released, it stays on hold until Jordi signs off the samples and Raúl Carmona sends you the written release. Material for the 20 only please.
12/6/24, 9:10 - Carlos Lanuza: Buenos días Marta, recibido. 20 pcs samples, ok 👍 inserts M10 we have in stock
12/6/24, 9:11 - Marta Iglesias Brava: perfecto
19/6/24, 16:48 - Carlos Lanuza: Marta, samples are finished, 20 pcs, they go with Seur tomorrow to Paterna
19/6/24, 16:50 - Carlos Lanuza: One question. Can we have the go ahead for the balance 1.180? Our plant has a hole in July and we could make it before the August holidays 🙏
19/6/24, 17:21 - Marta Iglesias Brava: Entiendo Carlos, but no. Balance is not released yet. First Jordi has to do the sign-off of the samples (fitting on rail T89 in the test tower), then Raúl sends you the written release with the quantity. Nothing before, sorry
19/6/24, 17:24 - Carlos Lanuza: Ok ok, understood. We wait. Nothing started for the balance
19/6/24, 17:25 - Marta Iglesias Brava: Gracias!! 🙏
"""))])


# c04 ERP forecast printout, labelled
case("c04_anadolu_erp_forecast_labelled", [],
     "ERP supplier forecast printout clearly labelled not an order, non-binding, no production or material authorised",
     [("ERP_rapor_20240603_320174.txt", T("""
ANADOLU ASANSOR SAN. VE TIC. A.S.              LOGO TIGER 3 ERP  -  SATINALMA / PURCHASING
RAPOR: TEDARIKCI TAHMINI / SUPPLIER FORECAST          TARIH: 03.06.2024   SAYFA 1/1
======================================================================================
TEDARIKCI / SUPPLIER : 320174  COROMANDEL LIFT COMPONENTS PVT LTD, CHENNAI (IN)
MALZEME / ITEM       : ES-STEP-1000-AL  YURUYEN MERDIVEN BASAMAGI / ESCALATOR STEP 1000 MM
                       DIE-CAST AL, SARI CERCEVE / YELLOW DEMARCATION
CIZIM / DRAWING      : AA-ES-1000 REV 07      STANDART: EN 115-1:2017
======================================================================================
**************************************************************************************
*  BU LISTE SIPARIS DEGILDIR  /  THIS LIST IS NOT AN ORDER                           *
*  TAHMIN - BAGLAYICI DEGIL  /  FORECAST ONLY - NON-BINDING                          *
*  URETIM VE MALZEME ALIMI YETKISI YOKTUR / NO PRODUCTION, NO MATERIAL AUTHORISED    *
**************************************************************************************
DONEM / PERIOD      TAHMIN / FCST QTY     NOT / NOTE
2024-Q3                     0             numune asamasi / sample stage
2024-Q4                   180             Istanbul AVM projesi, ihale bekleniyor / tender pending
2025-Q1                   360             plan
2025-Q2                   360             plan
--------------------------------------------------------------------------------------
TOPLAM / TOTAL            900
--------------------------------------------------------------------------------------
Firm orders come only as a separate PO with a written production release signed by
our Production Director (Serkan Aydin). This forecast is for your capacity planning.
HAZIRLAYAN / PREPARED : E. KAYA                    KONTROL / CHECKED : H. OZTURK
"""))])


# c05 DOCX sample sign-off, fit check only
case("c05_calderbrook_signoff_fitcheck", [],
     "sample sign-off 'approved for fit check only; production not released'; balance 22 on hold until "
     "written release by Fiona McBride",
     [("SSR-CHA-024.docx", D([
         ("h1", "Sample Sign-off Record SSR-CHA-024"),
         ("p", "Client: Calderbrook Housing Association - lift refurbishment, Sowerby Court and Ovenden "
               "Heights (2 x 8-person, 630 kg)"),
         ("p", "Consultant: Pennine Lift Consultancy Ltd    Supplier: Brnotech Výtahy s.r.o., Brno"),
         ("table", [
             ["Field", "Entry"],
             ["Item", "COP panel COP-BT-8, brushed stainless, EN 81-70 Annex E buttons"],
             ["Drawing", "BT-COP-630 Rev 2"],
             ["Purchase order", "CHA-PO-30174"],
             ["Sample quantity (ordered and received)", "two (2)"],
             ["Balance of project (not released)", "twenty-two (22)"],
         ]),
         ("h", "Disposition"),
         ("p", "APPROVED FOR FIT CHECK ONLY. Production not released."),
         ("p", "The two (2) samples were fitted to car 1 at Sowerby Court on 14 May 2024 and checked for "
               "fit, button travel, Braille/tactile marking and IP54 gasket seating. Fit is acceptable. "
               "Button force measured 3.1 N to 4.2 N."),
         ("p", "This sign-off is a technical disposition. It does not authorise manufacture of the remaining "
               "twenty-two (22) panels, and no material may be bought for them. The balance stays on hold "
               "until a written production release naming the quantity is issued by Fiona McBride, Head of "
               "Assets, Calderbrook Housing Association."),
         ("h", "Signatures"),
         ("table", [
             ["Role", "Name", "Date"],
             ["Lift consultant (technical)", "Gareth Holloway, Pennine Lift Consultancy", "15/05/2024"],
             ["Client (noted)", "Fiona McBride, Head of Assets", "15/05/2024"],
         ]),
     ], author="Gareth Holloway"))])


# c06 full-quantity PO that says proceed
case("c06_calderbrook_full_po_proceed", [],
     "full-quantity PO for 48 landing door sets, 'proceed with the full 48'; no sample stage, no balance (conv. 5)",
     [("CHA-PO-30188.pdf", P([
         ("h1", "PURCHASE ORDER CHA-PO-30188"),
         ("p", "Buyer: Calderbrook Housing Association, Procurement, Commercial Street, Halifax HX1 1TA, UK. "
               "Contract administrator: Pennine Lift Consultancy Ltd."),
         ("p", "Supplier: Ege Kapi Sistemleri Ltd. Sti., Manisa OSB 3. Kisim, Manisa, Turkey."),
         ("p", "Order date: 20 May 2024.   Delivery: DAP Halifax (Incoterms 2020).   Payment: 30 days from "
               "delivery of each block lot."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Unit price GBP", "Total GBP"],
             ["1", "LD-CO-800", "Landing door set, centre opening 800 x 2000 mm, E120 (EN 81-58), RAL 7035",
              "48", "set", "1,045.00", "50,160.00"],
             ["2", "LD-SILL-800", "Aluminium sill 800 mm with M8 fixings", "48", "pc", "38.50", "1,848.00"],
             ["", "", "", "", "", "Order total", "52,008.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This order is for the full forty-eight (48) landing door sets for the six blocks (8 floors "
               "each). There is no sample stage and no balance: the door design is the one already installed "
               "at Ovenden Heights under CHA-PO-29540. Please proceed with the full 48 sets and sills as per "
               "the delivery schedule below."),
         ("table", [
             ["Block", "Sets", "Delivery week"],
             ["Sowerby Court", "8", "wk 32"],
             ["Ovenden Heights", "8", "wk 34"],
             ["Calder Vale House", "8", "wk 36"],
             ["Oakworth Road", "8", "wk 38"],
             ["Mixenden Tower A", "8", "wk 40"],
             ["Mixenden Tower B", "8", "wk 42"],
         ]),
         ("sp",),
         ("p", "Issued by Tom Ashworth, Procurement Officer, for Calderbrook Housing Association. "
               "Technical queries to Gareth Holloway, Pennine Lift Consultancy, 01422 000174."),
     ], title="Purchase order CHA-PO-30188", author="Tom Ashworth"))])


# c07 EDI call-off with staged material authority
case("c07_anadolu_edi_calloff_staged", [],
     "EDI call-off releases 120; explicit staged material authority up to 360 (conv. 10); rest unlocked by next "
     "call-off signed by Serkan Aydin",
     [("EDI_862_CO-2406-0117.txt", T("""
EDI TRANSACTION PRINTOUT   ANSI X12 862 SHIPPING SCHEDULE (WITH ATH AUTHORISATIONS)
SENDER  : ANADOLUASANSOR (ZZ)        RECEIVER : HERRAJESEBRO (ZZ)
ISA CTRL: 000017441                  GS CTRL  : 1744        PRINTED: 2024-06-17 08:12
-----------------------------------------------------------------------------------
BSS*05*CO-2406-0117*20240617*DL*20240617*20240930
N1*BY*ANADOLU ASANSOR SAN. VE TIC. A.S.
N1*SU*HERRAJES EBRO S.L.
LIN**BP*GS-16-SL*EC*AA-GS-16 REV 05
UIT*EA
FST*60*C*D*20240708                       firm, week 28
FST*60*C*D*20240722                       firm, week 30
ATH*FI*120**20240722*20240617             fabrication authority 120 pcs (cumulative)
ATH*MT*360**20240930*20240617             raw material authority 360 pcs (cumulative)
SHP*01*0*050*20240101
CTT*1
-----------------------------------------------------------------------------------
N9/MSG (HUMAN READABLE):
Call-off CO-2406-0117 releases 120 guide shoes GS-16-SL for production (2 x 60 pcs).
Material authority is STAGED up to 360 pcs: you may buy cast iron bodies and UHMW-PE
inserts for 360 pcs at our liability. Fabricate only the 120.
The other 240 pcs are not released for fabrication. They are unlocked only by the next
call-off (our written release, signed by Serkan Aydin, Production Director).
Planning weeks 32-40 shown in the 830 are forecast only, not an order.
-----------------------------------------------------------------------------------
"""))])


# c08 DOCX explicit signed auto-conversion record
case("c08_anadolu_autoconversion_record", [],
     "explicit, signed, recorded auto-conversion (200 pcs, signer Serkan Aydin, conditions, expiry); clean (conv. 9)",
     [("AC-2024-007 CWF-1000.docx", D([
         ("h1", "Otomatik Dönüşüm Kaydı / Auto-Conversion Record AC-2024-007"),
         ("p", "Order: counterweight frame CWF-1000 (rated load 1000 kg, roping 2:1), drawing AA-CW-1000 "
               "Rev 11. Supplier: Coromandel Lift Components Pvt. Ltd., Chennai. Purchase order 4500088415."),
         ("table", [
             ["PO line", "Scope", "Quantity"],
             ["10", "sample frames", "5"],
             ["20", "production frames (commercial cover, firm)", "200"],
         ]),
         ("h", "Statement"),
         ("p", "Anadolu Asansör records in advance that an APPROVED sample sign-off of the five (5) sample "
               "frames, recorded by Murat Demirci (Quality Engineer) on form SSF-CW-1000, releases two "
               "hundred (200) production frames of PO line 20 by itself. No other document is needed for "
               "these 200 frames."),
         ("p", "Until that sign-off is recorded, the 200 frames are not released and stay on hold."),
         ("h", "Conditions"),
         ("num", "The disposition must be 'approved'. An interim or rejected disposition releases nothing."),
         ("num", "The weld report to ISO 5817 level C and the 150% load test (1500 kg) are attached to the sign-off."),
         ("num", "This record is valid until 31.12.2024."),
         ("num", "Material authority until the sign-off: sample-only (5 frames)."),
         ("num", "No quantity beyond 200 is quoted. Any further frames need a revised PO and a written release."),
         ("h", "Signatures"),
         ("table", [
             ["Name", "Role", "Date", ""],
             ["Serkan Aydın", "Production Director, release authority (limit 250 pcs)", "06.06.2024", "signed"],
             ["Elif Kaya", "Purchasing", "06.06.2024", "signed"],
             ["Venkatesh Raman", "Coromandel Lift Components, acknowledged", "07.06.2024", "signed"],
         ]),
     ], author="Elif Kaya"))])


# c09 forwarded old quote, rfc822, informational
_c09_old = mail(LILY, JASMINE, "Quotation HT-Q-2111-058 push buttons PB-35",
                "Tue, 16 Nov 2021 14:05:00 +0800",
                """Dear Jasmine,

Thanks for your inquiry. Please see our best price for push button PB-35 (round 35 mm, blue LED ring,
Braille, 24 VDC):

  5.000 pcs   USD 2.35/pc
 10.000 pcs   USD 2.18/pc

Delivery 30 days after deposit. Price valid 30 days.

Best regards
Lily
""" + SIG_LILY)
case("c09_lionlift_fwd_old_quote_info", [],
     "old 2021 quote (5.000 pcs) forwarded as rfc822, declared for information only, not an order; no authorization",
     [("FW HT-Q-2111-058.eml", E(mail(
         JASMINE, LILY, "FW: Quotation HT-Q-2111-058 push buttons PB-35 - for price reference only",
         "Wed, 12 Jun 2024 11:20:00 +0800",
         """Hi Lily,

Forwarding below your old quotation from Nov 2021 (5.000 pcs PB-35) just for your reference, because our
finance asked why the new sample price is higher.

This old quote is for information only. It is not an order and nothing in it is released. No quantity
from it applies to the current project.

Can you check and explain the price difference? We will revert on the new RFQ separately.

Thanks & regards
Jasmine
""" + SIG_JASMINE, attachments=[("rfc822", _c09_old)])))])


# c10 quoted thread: buyer corrects supplier's "roll straight into"; HTML attachment
_c10_html = html_page("LOP sample site checklist", """
<h2>Landing operating panel (LOP) - sample site checklist</h2>
<p>Order CHA-PO-30201 - samples: 2 pcs - Sowerby Court, floors G and 4</p>
<table>
<tr><th>Check</th><th>Requirement</th><th>Result</th></tr>
<tr><td>Button force</td><td>2.5 N - 5 N</td><td>to be measured</td></tr>
<tr><td>Tactile / Braille</td><td>EN 81-70 Annex E</td><td>to be checked</td></tr>
<tr><td>Ingress</td><td>IP54 gasket seated</td><td>to be checked</td></tr>
<tr><td>Fixing</td><td>4 x M5 into wall box</td><td>to be checked</td></tr>
</table>
<p class="note">Checklist for the sample sign-off only. It releases no production.</p>
""")
case("c10_pennine_correction_roll_straight", [],
     "quoted supplier 'roll straight into the 42' does not count (conv. 3); buyer reply restates 2 samples, 42 on "
     "hold, sign-off releases nothing, written release by Fiona McBride",
     [("RE LOP samples Sowerby Court.eml", E(mail(
         GARETH, PETR, "RE: LOP samples Sowerby Court - CHA-PO-30201",
         "Wed, 26 Jun 2024 08:55:00 +0100",
         """Petr,

Thanks for the update, good news on the samples.

One correction though, please don't roll into the 42. To be clear:
- PO CHA-PO-30201 covers the 2 sample LOPs only.
- The 42 production units are not released. They stay on hold.
- Our sample sign-off (fit and tactile check on site) does not release anything by itself.
- The 42 are released only by a written production release from Fiona McBride, Head of Assets at
  Calderbrook, after the sample sign-off. She will name the quantity.
- Material: sample-only. Please don't buy anything for the 42 yet.

Site checklist attached so you know what we'll look at.

Cheers,
Gareth
""" + SIG_GARETH + """
-----Original Message-----
From: Petr Novák <novak@brnotech.cz>
Sent: 25 June 2024 17:12
To: Gareth Holloway <gareth.holloway@penninelift.co.uk>
Subject: LOP samples Sowerby Court - CHA-PO-30201

> Dear Gareth,
>
> the 2 sample LOPs are ready for dispatch on Friday by TNT.
> After your approval of the samples we will roll straight into the 42 pcs, so the delivery for
> Ovenden Heights is in time.
>
> Best regards
> Petr Novák
> Brnotech Výtahy s.r.o.
""", cc=FIONA, in_reply_to="<h174-lop-0625@brnotech.cz>",
         attachments=[("LOP_sample_checklist.html", _c10_html, "text/html")])))])


# c11 WhatsApp: deposit does not release production
case("c11_coromandel_whatsapp_deposit_not_release", [],
     "supplier states the deposit does not release production; 8 samples only, 392 wait for written release by "
     "Serkan Aydin; material for 8 only",
     [("WhatsApp Chat - Coromandel Venkatesh.txt", T("""
[05.06.2024 10:02:14] Elif Kaya: Hello Venkatesh Bey, PO 4500088230 is sent by mail. Only 8 panels, it is 1 car set for sample. The balance 392 panels is not released, on hold until Murat Bey make the sample sign-off and Serkan Aydın sends the written release.
[05.06.2024 10:20:51] Venkatesh Raman: Good morning madam. Noted with thanks. We will do the needful.
[07.06.2024 14:41:09] Venkatesh Raman: Madam, your 50% advance for sample invoice PI/CLC/24-25/0117 received today, thank you.
[07.06.2024 14:41:40] Venkatesh Raman: Kindly note the advance is for the samples only. Deposit does not release production. We are making only the 8 sample panels. Balance 392 panels we are not starting, will wait for written release from Mr. Serkan.
[07.06.2024 14:45:02] Elif Kaya: Correct, thank you 🙏
[07.06.2024 14:46:30] Venkatesh Raman: Material also we are buying for 8 panels only. SS 304 hairline 1.2 mm sheets from our stock.
[07.06.2024 14:47:12] Elif Kaya: 👍
"""))])


# c12 multi-file: cover mail + PO PDF + supplier acknowledgement TXT
case("c12_lionlift_po_and_ack_steps", [],
     "cover mail + PO with full scope note (6 samples, 588 on hold, sample-only material, sign-off by Kelvin Lim "
     "+ written release by Ong Wei Ming) + supplier acknowledgement restating it",
     [("PO LL-PO-24-0917 sample steps.eml", E(mail(
         JASMINE, VENKAT, "PO LL-PO-24-0917 - six (6) sample escalator steps - Jurong mall E1/E2",
         "Tue, 11 Jun 2024 15:30:00 +0800",
         """Dear Mr Venkatesh,

Please find attached our PO LL-PO-24-0917 for six (6) sample escalator steps, 1000 mm, for the Jurong
mall escalator modernisation (E1/E2).

Kindly read the scope note on the PO, it is important for us. Please acknowledge the scope in writing.

Thank you.

Regards,
Jasmine
""" + SIG_JASMINE, cc=KELVIN))),
      ("LL-PO-24-0917.pdf", P([
          ("h1", "PURCHASE ORDER LL-PO-24-0917"),
          ("p", "LionLift Modernisation Pte. Ltd., 51 Ubi Avenue 1 #04-17, Singapore 408933. "
                "GST Reg. No. 201017440K"),
          ("p", "Supplier: Coromandel Lift Components Pvt. Ltd., Ambattur Industrial Estate, Chennai 600 058, "
                "India.   Date: 11 June 2024.   Delivery: CIF Singapore, by 28 June 2024."),
          ("table", [
              ["Item", "Part no.", "Description", "Qty", "UOM", "Unit price SGD", "Amount SGD"],
              ["10", "ES-1000-SS", "Escalator step 1000 mm, stainless tread, yellow demarcation, EN 115-1:2017",
               "6", "pcs", "412.00", "2,472.00"],
          ]),
          ("sp",),
          ("h", "Scope note"),
          ("p", "1. This PO authorises six (6) sample steps only."),
          ("p", "2. The quoted production quantity of 588 steps (your quote CLC/Q/24-25/044; basis: forecast, "
                "subject to the mall owner's award) is not released and is on hold."),
          ("p", "3. What to do now: make and ship the 6 samples. Material authority: sample-only (6 steps)."),
          ("p", "4. The balance is unlocked only after sample sign-off by Kelvin Lim (Project Engineer) and a "
                "written production release signed by Ong Wei Ming (Project Director), naming the quantity."),
          ("sp",),
          ("p", "Issued by: Jasmine Tan, Procurement Executive"),
      ], title="PO LL-PO-24-0917", author="Jasmine Tan")),
      ("RE PO LL-PO-24-0917 acknowledgement.txt", T("""
From: Venkatesh Raman <venkatesh.r@coromandellift.in>
Sent: Thursday, June 13, 2024 11:05 AM
To: Jasmine Tan <jasmine.tan@lionlift.com.sg>
Cc: Kelvin Lim <kelvin.lim@lionlift.com.sg>; S. Karthikeyan <karthik.s@coromandellift.in>
Subject: RE: PO LL-PO-24-0917 - six (6) sample escalator steps - Jurong mall E1/E2

Dear Madam,

Greetings from Coromandel!

We acknowledge receipt of your PO LL-PO-24-0917 and confirm the scope as written:
 - 6 nos sample steps ES-1000-SS only
 - balance 588 steps not released, on hold
 - material for 6 steps only
 - no production before sample sign-off by Mr. Kelvin Lim and written release from Mr. Ong Wei Ming

Samples will be dispatched by 28 June. Test certificate to EN 115-1 will come along.

Thanks & regards,
Venkatesh Raman
GM - Marketing
Coromandel Lift Components Pvt. Ltd.
"""))])


# c13 supplier status report restating hold and sample-only material
case("c13_brnotech_status_report_hold", [],
     "supplier status report restating 3 samples, balance 57 not released, material sample-only; supplier-only "
     "document, no authorization",
     [("Brnotech_status_wk25_Brava.pdf", P([
         ("h1", "Order status report - week 25/2024"),
         ("p", "Customer: Ascensores Brava S.L., Valencia - attn. Marta Iglesias Soler. Supplier: Brnotech "
               "Vytahy s.r.o., Brno. Prepared by: Lenka Dvorakova, planning."),
         ("table", [
             ["Order", "Item", "Sample qty", "Made", "Shipped", "Balance", "Status"],
             ["PO 4500071802", "DO-BT-VF800 door operator, 2-panel side opening 800 mm", "3", "3", "0", "57",
              "balance not released - waiting for your written release"],
         ]),
         ("sp",),
         ("h", "Material"),
         ("table", [
             ["Material", "Bought for", "Authority"],
             ["Door motor PM 24 V", "3 pcs", "sample-only"],
             ["Controller board BT-DCU-2", "3 pcs", "sample-only"],
             ["Hanger plates S235, 4 mm", "3 sets", "sample-only"],
         ]),
         ("p", "We have not bought anything for the 57 pcs balance. Our material authority from your PO is "
               "sample-only, so long-lead items (motors, 10 weeks) are only quoted, not ordered."),
         ("h", "Tests"),
         ("p", "All 3 samples passed our internal 200 000-cycle endurance test and the EMC check to "
               "EN 12015 / EN 12016."),
         ("h", "Next step"),
         ("p", "Samples ship 21.06. to Paterna. After the sample sign-off by Mr. Puig, the balance needs a written "
               "production release from Mr. Raul Carmona with the quantity. Please note the motor lead time of "
               "10 weeks from that release."),
     ], title="Status report wk25", author="Lenka Dvorakova"))])


# c14 DOCX interim sample sign-off with limits
case("c14_anadolu_interim_signoff_limits", [],
     "interim sign-off limited to 40 pcs until 30.09.2024 with a separate signed release of those 40; 554 on hold "
     "until full sign-off + written release by Serkan Aydın; material 40",
     [("SSF-LD-2024-031.docx", D([
         ("h1", "NUMUNE ONAY FORMU / SAMPLE SIGN-OFF FORM  SSF-LD-2024-031"),
         ("table", [
             ["Alan / Field", "Bilgi / Entry"],
             ["Tedarikçi / Supplier", "Ege Kapı Sistemleri Ltd. Şti., Manisa"],
             ["Parça / Part", "LD-TK-900 landing door, 2-panel telescopic, 900 x 2000 mm, E120"],
             ["Çizim / Drawing", "AA-LD-900 Rev 09"],
             ["Sipariş / PO", "4500088301 - line 10: 6 samples; line 20: 594 production (not released)"],
         ]),
         ("h", "Karar / Disposition: INTERIM"),
         ("p", "Samples (6 pcs) checked 24.06.2024: dimensions OK, pendulum impact test to EN 81-50 OK, paint "
               "thickness below spec on 2 of 6 samples (55 µm against 60 µm minimum)."),
         ("p", "Interim disposition (Murat Demirci, Quality): limited to forty (40) landing doors, valid until "
               "30.09.2024, with the corrected paint process (two coats)."),
         ("p", "Production release for these 40 pcs: REL-LD-031-01, signed by Serkan Aydın, Production Director. "
               "Material authority: 40 pcs."),
         ("p", "The remaining 554 landing doors are NOT released. They stay on hold until a full sample sign-off "
               "after the paint correction (3 new samples) and a further written release by Serkan Aydın."),
         ("h", "İmzalar / Signatures"),
         ("table", [
             ["İsim / Name", "Görev / Role", "Tarih / Date"],
             ["Murat Demirci", "Kalite Mühendisi / Quality Engineer", "25.06.2024"],
             ["Serkan Aydın", "Üretim Direktörü / Production Director (release REL-LD-031-01)", "25.06.2024"],
         ]),
     ], author="Murat Demirci"))])


# c15 PDF deviation permit, quantities untouched
case("c15_brava_deviation_permit", [],
     "deviation permit for thinner protective film; explicitly changes no quantity or release; 12 samples, 1.188 "
     "on hold until sign-off by Jordi Puig + written release by Raúl Carmona",
     [("DP-24-019.pdf", P([
         ("h1", "PERMISO DE DESVIACION / DEVIATION PERMIT DP-24-019"),
         ("table", [
             ["Campo / Field", "Dato / Entry"],
             ["Proveedor / Supplier", "Suzhou Hengtai Elevator Parts Co., Ltd."],
             ["Pieza / Part", "Car wall panel CP-1100-SS, plano AB-CP-1100 Rev E"],
             ["Pedido / PO", "4500071766"],
             ["Desviacion / Deviation", "Protective PVC film 70 um instead of 100 um (supplier out of stock)"],
             ["Afecta a / Applies to", "the 12 sample panels of PO 4500071766"],
         ]),
         ("sp",),
         ("p", "This permit allows the thinner film only. It does not change any quantity, any release or any "
               "date."),
         ("p", "The 12 sample panels remain the only quantity released. The balance of 1.188 panels stays not "
               "released until the sample sign-off by Jordi Puig and the written release by Raul Carmona, as "
               "stated in the PO."),
         ("p", "Valid for the sample lot only. Production panels must have the 100 um film."),
         ("sp",),
         ("p", "Firmado / Signed: Jordi Puig Ferrer, Ingenieria de Producto - Paterna, 18/06/2024"),
     ], title="DP-24-019", author="Jordi Puig"))])


# c16 HTML buyer portal, full quantity, quantity-like identifiers
case("c16_brava_portal_full_po_identifiers", [],
     "portal PO for the full 14 frames + 280 filler blocks, no samples, no balance; many identifiers that look "
     "like quantities (1000 kg, M16x1.5, EN 81-20:2020, Rev 14, 1170 mm)",
     [("portal_pedido_4500071790.html", H("Portal Proveedores Brava - Pedido 4500071790", """
<h1>Portal Proveedores - Ascensores Brava</h1>
<p>Proveedor / Supplier: <b>Coromandel Lift Components Pvt. Ltd.</b> (P-00533) &middot; Usuario: proveedor</p>
<h2>Pedido / Purchase order 4500071790</h2>
<table>
<tr><th>Fecha</th><td>05/06/2024</td><th>Estado / Status</th><td>Enviado al proveedor / Sent to supplier</td></tr>
<tr><th>Comprador</th><td>M. Iglesias</td><th>Entrega</th><td>CIF Valencia, semana 30</td></tr>
</table>
<h3>Lineas / Lines</h3>
<table>
<tr><th>Lin</th><th>Articulo</th><th>Descripcion</th><th>Cant.</th><th>Precio EUR</th><th>Importe EUR</th></tr>
<tr><td>10</td><td>CWF-1000-21</td><td>Counterweight frame 1000 kg, roping 2:1, DBG 1170 mm, plano AB-CW-1000 Rev 14,
EN 81-20:2020, tie rods M16x1.5 class 8.8</td><td>14</td><td>612,00</td><td>8.568,00</td></tr>
<tr><td>20</td><td>CWF-FB-25</td><td>Filler block 25 kg, steel S235, 1000 x 120 x 27 mm</td><td>280</td><td>21,40</td><td>5.992,00</td></tr>
<tr><td colspan="5">Total</td><td>14.560,00</td></tr>
</table>
<div class="note">
<p>This PO covers the full quantity: fourteen (14) frames and 280 filler blocks, one delivery. There are no
samples and no balance: the design is identical to PO 4500069985 (2023). Please produce the full 14 frames and
280 filler blocks.</p>
<p>Certificates: EN 10204 3.1 for the tie rods, welding to ISO 3834-3, paint salt spray 480 h to ISO 9227, QMS ISO 9001:2015.</p>
</div>
<p><small>Contacto: compras@ascensoresbrava.es &middot; +34 961 000 400</small></p>
""", lang="es"))])


# c17 Teams chat: go-ahead scoped to pilot units only
case("c17_lionlift_teams_pilot_only", [],
     "'go ahead with the 6 pilot door operators only'; 54 on hold until FAI sign-off, written release by "
     "Ong Wei Ming; motors for 6 only",
     [("Teams_chat_Kelvin_Lim_Petr_Novak.txt", T("""
Microsoft Teams - chat export
Chat: Kelvin Lim (LionLift Modernisation) | Petr Novák (Brnotech Výtahy)
Exported: 18/06/2024 09:00 (UTC+08:00)

[17/06/2024 15:02] Petr Novák
Hello Kelvin, the pilot door operators are ready to start in our workshop. Do we go?

[17/06/2024 15:19] Kelvin Lim
Hi Petr. Yes, go ahead with the 6 pilot door operators only (PO LL-PO-24-0933 line 1).
The other 54 of phase 1 are not released, on hold until the FAI sign-off at Blk 174.
After FAI sign-off, Mr Ong Wei Ming (Project Director) will send the written release with the qty.
Pls buy motors for 6 only ya

[17/06/2024 15:21] Petr Novák
Clear. 6 pcs only, motors for 6. Thanks

[17/06/2024 15:22] Kelvin Lim
👍
"""))])


# c18 EML multipart/alternative, PO scope note with four jobs
_c18_text = """Dear Burak,

Please find below our PO 4500071811. Kindly copy the scope note into your order confirmation.

PO 4500071811 - Landing door LD-AT-800, automatic telescopic 2 panels, 800 x 2000 mm, EI 60 / E120,
plano AB-LD-800 Rev C

SCOPE NOTE
1. Active quantity: ten (10) landing doors, sample lot. This is the only quantity you may produce now.
2. The rest of the quoted quantity (230 doors, basis: forecast from our installation plan 2024-25) is
   NOT released and is on hold.
3. What to do now: produce and ship the 10 samples to Paterna, week 28. Material authority:
   sample-only (10 doors).
4. Unlock event: sample sign-off by Jordi Puig (Ingeniería), then a written production release signed by
   Raúl Carmona (Director de Operaciones) with the quantity. Nothing else (order confirmation, invoice,
   payment) releases the balance.

Please confirm by return.

Un saludo,
Marta
""" + SIG_MARTA
_c18_html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Burak,</p>
<p>Please find below our PO 4500071811. Kindly copy the scope note into your order confirmation.</p>
<p><b>PO 4500071811</b> - Landing door LD-AT-800, automatic telescopic 2 panels, 800 x 2000 mm, EI 60 / E120, plano AB-LD-800 Rev C</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th colspan="2">SCOPE NOTE</th></tr>
<tr><td>1. Active quantity</td><td>ten (10) landing doors, sample lot - the only quantity you may produce now</td></tr>
<tr><td>2. Balance</td><td>230 doors (basis: forecast from our installation plan 2024-25) - NOT released, on hold</td></tr>
<tr><td>3. What to do now</td><td>produce and ship the 10 samples to Paterna, week 28; material authority: sample-only (10 doors)</td></tr>
<tr><td>4. Unlock event</td><td>sample sign-off by Jordi Puig (Ingeniería), then a written production release signed by Raúl Carmona (Director de Operaciones) with the quantity. Nothing else (order confirmation, invoice, payment) releases the balance.</td></tr>
</table>
<p>Please confirm by return.</p>
<p>Un saludo,<br>Marta Iglesias Soler<br>Compras / Purchasing - Ascensores Brava S.L.</p>
<p style="font-size:7pt;color:#888">AVISO DE CONFIDENCIALIDAD / CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s).</p>
</body></html>"""
case("c18_brava_po_scope_note", [],
     "PO scope note doing all four jobs: 10 samples active, 230 (forecast) on hold, sample-only material, "
     "sign-off by Jordi Puig + written release by Raúl Carmona",
     [("PO 4500071811 puertas de piso.eml", E(mail(
         MARTA, BURAK, "Pedido / PO 4500071811 - puertas de piso LD-AT-800 - scope note",
         "Mon, 24 Jun 2024 12:10:00 +0200", _c18_text, html=_c18_html, cc=JORDI)))])


# c19 HTML supplier portal order book
case("c19_egekapi_portal_orderbook", [],
     "supplier-side order book listing sample orders with balance on hold, an interim release and a full "
     "order; supplier-only page, no authorization",
     [("ege_siparis_takip.html", H("Ege Kapı - Sipariş Takip / Order Tracking", """
<h1>Ege Kapı Sistemleri - Sipariş Takip / Order Tracking</h1>
<p>Planlama: Ayşe Yılmaz &middot; Güncelleme / updated: 28.06.2024 17:40</p>
<table>
<tr><th>Müşteri / Customer</th><th>PO</th><th>Ürün / Item</th><th>Numune / Sample</th><th>Yapılan / Made</th>
<th>Bakiye / Balance</th><th>Release no.</th><th>Durum / Status</th></tr>
<tr><td>Anadolu Asansör</td><td>4500088301</td><td>LD-TK-900</td><td>6</td><td>6</td><td>594</td><td>REL-LD-031-01 (40 pcs)</td>
<td>Interim: 40 released by customer in writing; 554 on hold</td></tr>
<tr><td>Ascensores Brava</td><td>4500071811</td><td>LD-AT-800</td><td>10</td><td>4</td><td>230</td><td>-</td>
<td>Sample only - balance on hold, customer release pending</td></tr>
<tr><td>Calderbrook HA</td><td>CHA-PO-30188</td><td>LD-CO-800</td><td>-</td><td>12</td><td>36 to make (full order 48)</td><td>full PO</td>
<td>Full order, in production</td></tr>
</table>
<div class="note">Kural / Plant rule: nothing goes to cutting without a written customer release number in the
column "Release no.", or a full-quantity PO. PO acceptance is not a release. Deposit is not a release.</div>
""", lang="tr"))])


# c20 SAP PO printout, full quantity, three schedule lines
case("c20_anadolu_sap_full_po_schedule", [],
     "ERP PO for the full 1.200 + 150 push buttons with schedule lines; no sample stage, no balance",
     [("ME23N_4500088150.txt", T("""
ANADOLU ASANSOR SAN. VE TIC. A.S.                                       SAP ERP - ME23N
Purchase Order 4500088150        Doc. type NB Standard PO          Date 29.05.2024
Vendor 320151  BRNOTECH VYTAHY S.R.O., VIDENSKA 174, 619 00 BRNO (CZ)
Purch.Org 1000   Purch.Group P17 E.KAYA   Currency EUR   Payment terms Z030 30 days net
Incoterms FCA Brno
-----------------------------------------------------------------------------------------
Itm  Material        Short text                              PO Qty Un   Net Price   Net Value
 10  PB-BT-35-BL     PUSH BUTTON 35MM BLUE RING BRAILLE       1.200 PC        4,85    5.820,00
 20  PB-BT-35-AL     PUSH BUTTON 35MM ALARM BELL YELLOW         150 PC        5,10      765,00
-----------------------------------------------------------------------------------------
Schedule lines item 10:   400 PC  15.07.2024   /   400 PC  12.08.2024   /   400 PC  09.09.2024
Schedule lines item 20:   150 PC  15.07.2024
-----------------------------------------------------------------------------------------
Header text:
Full quantity order. Button design as per running series (EN 81-70, EN 81-58 E120 faceplate,
IP54). No sample stage, no balance. Please proceed with the full 1.200 + 150 pcs per schedule lines.
Total net value                                                               EUR 6.585,00
"""))])


# c21 PDF minutes with labelled planning figures
case("c21_lionlift_minutes_forecast_labelled", [],
     "buyer minutes: 4 sample COPs active, planning figures labelled forecast/not an order, balance on hold until "
     "sign-off by Kelvin Lim + written release by Ong Wei Ming",
     [("MOM_20240614_COP.pdf", P([
         ("h1", "Minutes of Meeting - COP panels, HDB lift upgrading (LUP Batch 7)"),
         ("p", "Date: 14 June 2024, 10:00-11:15. Venue: LionLift office, Ubi, and MS Teams."),
         ("p", "Present: Ong Wei Ming (Project Director), Kelvin Lim (Project Engineer), Jasmine Tan "
               "(Procurement) - LionLift; Lily Zhou (Sales Manager) - Suzhou Hengtai, via Teams."),
         ("h", "1. Sample COPs"),
         ("p", "Four (4) sample COPs under PO LL-PO-24-0902 are in production, ETA Singapore 5 Jul. Sample "
               "sign-off by Kelvin Lim at Blk 203 after installation."),
         ("h", "2. Planning figures - FORECAST ONLY, NOT AN ORDER"),
         ("table", [
             ["Phase", "Blocks", "COPs (forecast)"],
             ["Phase 1", "10", "40"],
             ["Phase 2", "14", "56"],
             ["Total", "24", "96"],
         ]),
         ("p", "These figures are for Hengtai's capacity planning only. They are not an order; no production and "
               "no material purchase is authorised for them."),
         ("h", "3. Balance"),
         ("p", "After the sample sign-off, Ong Wei Ming will issue a written production release with the quantity. "
               "Until then everything beyond the 4 samples stays on hold. Material: sample-only."),
         ("h", "4. Actions"),
         ("table", [
             ["No.", "Action", "By", "Due"],
             ["4.1", "Send a dozen site photos of Blk 203 car interiors to Hengtai", "Kelvin Lim", "19 Jun"],
             ["4.2", "Confirm DHL AWB for the 4 samples", "Lily Zhou", "28 Jun"],
             ["4.3", "Circulate these minutes", "Jasmine Tan", "14 Jun"],
         ]),
     ], title="MOM 14 June 2024", author="Jasmine Tan"))])


# c22 two-level quoted thread: release notice after sign-off
case("c22_brava_release_notice_thread", [],
     "release notice after sign-off: Raúl Carmona releases the 1.180 balance, revised PO covers it, material "
     "authority 1.180; nothing left on hold; two-level quoted thread",
     [("RE RE PO 4500071744 GS-16.eml", E(mail(
         RAUL, CARLOS, "RE: RE: PO 4500071744 - guide shoes GS-16 - samples",
         "Wed, 26 Jun 2024 18:05:00 +0200",
         """Carlos,

Jordi has signed off the 20 samples today (sample sign-off SSO-GS16-01, result approved, fit test on rail
T89 in our test tower OK).

PRODUCTION RELEASE REL-4500071744-01
I release the balance of one thousand one hundred eighty (1.180) guide shoes GS-16, PO 4500071744
line 20. The revised PO (rev. 1 of 26.06.2024, sent by Marta this afternoon) covers this quantity.
Material authority from today: 1.180 pcs. Delivery as per the schedule in the revised PO.

After this release nothing remains on hold on this order.

Saludos,
Raúl
""" + SIG_RAUL + """
-----Mensaje original-----
De: Carlos Lanuza <clanuza@herrajesebro.es>
Enviado el: jueves, 20 de junio de 2024 10:14
Para: Marta Iglesias Soler <m.iglesias@ascensoresbrava.es>
Asunto: RE: PO 4500071744 - guide shoes GS-16 - samples

> Hola Marta,
> samples delivered today in Paterna, 20 pcs, albaran 24/1744. We wait your news.
> Nothing started for the balance.
> Carlos
>
> -----Mensaje original-----
> De: Marta Iglesias Soler
> Enviado el: miércoles, 12 de junio de 2024 9:05
> Asunto: PO 4500071744 - guide shoes GS-16 - samples
>
> > Carlos, PO 4500071744 is for 20 pcs samples only. The rest of the project (1.180 pcs) is NOT
> > released, on hold until Jordi signs off the samples and Raúl Carmona sends the written release.
> > Material for the 20 only please.
> > Marta
""", cc=f"{MARTA}, {JORDI}", in_reply_to="<h174-gs16-0620@herrajesebro.es>")))])


# c23 DOCX stop notice
case("c23_calderbrook_stop_notice", [],
     "stop notice: nothing more may start (zero), 12 finished sets held, lifted only by written notice from "
     "Fiona McBride after the reissued fire certificate",
     [("SN-CHA-2024-03.docx", D([
         ("h1", "STOP NOTICE SN-CHA-2024-03"),
         ("p", "To: Ege Kapı Sistemleri Ltd. Şti., Manisa - attn. Burak Şahin"),
         ("p", "Order: CHA-PO-30188, landing door sets LD-CO-800 (forty-eight (48) sets ordered)"),
         ("p", "From: Calderbrook Housing Association. Copy: Gareth Holloway (Pennine Lift Consultancy), "
               "Tom Ashworth (Procurement)."),
         ("h", "Stop"),
         ("p", "With effect from 1 July 2024, 12:00 BST, Calderbrook Housing Association stops order CHA-PO-30188. "
               "Nothing more may start: no cutting, folding, painting or assembly of further sets, and no new "
               "material purchases, released or not, until this stop is lifted in writing."),
         ("p", "Quantity you may start from now: zero (0)."),
         ("p", "The twelve (12) sets already completed may stay at your works. Please do not ship them."),
         ("h", "Reason"),
         ("p", "Building Control has queried the fire-rating certificate for the E120 door (test report "
               "ref. 2000-E120-17). The certificate must be reissued before more sets are built."),
         ("h", "Lifting the stop"),
         ("p", "The stop is lifted only by a written notice from Fiona McBride, Head of Assets, Calderbrook "
               "Housing Association, after the reissued fire certificate has been received and checked by "
               "Pennine Lift Consultancy. The remaining thirty-six (36) sets stay on hold until then."),
         ("sp",),
         ("p", "Fiona McBride, Head of Assets - 1 July 2024"),
     ], author="Fiona McBride"))])


# c24 WeChat: sample only, material for 4 only
case("c24_lionlift_wechat_sample_only", [],
     "WeChat: PO for 4 sample COPs only, balance on hold until sign-off by Kelvin + written release by Ong Wei Ming; "
     "supplier cuts material for 4 only",
     [("WeChat_LionLift_Hengtai_COP.txt", T("""
微信聊天记录 WeChat chat history - "LionLift / Hengtai COP project"
导出 exported 2024-06-25

2024-06-10 09:31  Jasmine Tan (LionLift): Hi Lily, PO LL-PO-24-0902 sent to your email. It's for 4 sample COP only hor. Balance for phase 1 & 2 not released yet, on hold until Kelvin do the sample sign-off and Mr Ong Wei Ming send the written release with qty.
2024-06-10 09:48  周丽 Lily Zhou (Hengtai): Dear Jasmine, well received, thank you! We arrange 4pcs sample.
2024-06-10 09:49  周丽 Lily Zhou (Hengtai): For material we only cut stainless for 4pcs, no stock for the batch, ok?
2024-06-10 09:55  Jasmine Tan (LionLift): Yes correct, 4 pcs only. Thanks Lily 👍
2024-06-24 16:02  周丽 Lily Zhou (Hengtai): Jasmine, 4pcs finish, photos attached. Ship by DHL tomorrow, AWB 17 4417 4174
2024-06-24 16:02  周丽 Lily Zhou (Hengtai): [图片 Photo]
2024-06-24 16:02  周丽 Lily Zhou (Hengtai): [图片 Photo]
2024-06-24 16:10  Jasmine Tan (LionLift): Received, very nice. Will update you after the sign-off.
"""))])


# c25 PDF corrigendum of a risky line
case("c25_anadolu_corrigendum_withdrawn_line", [],
     "corrigendum quoting and withdrawing a risky 'continue with the batch of 240' line; restates 4 samples, 240 "
     "not released, sign-off releases nothing, written release by Serkan Aydin",
     [("Anadolu_PO_4500088177_ek.pdf", P([
         ("h1", "DUZELTME / CORRIGENDUM to PO 4500088177"),
         ("p", "To: Suzhou Hengtai Elevator Parts Co., Ltd. - attn. Ms. Lily Zhou.   Date: 14.06.2024"),
         ("p", "From: Anadolu Asansor San. ve Tic. A.S., Satinalma / Purchasing - Elif Kaya"),
         ("p", "In our e-mail of 12.06.2024 about PO 4500088177 (COP panels COP-S3, 4 samples) we wrote this line:"),
         ("p", "\"Once samples are OK, continue with the batch of 240 pcs.\""),
         ("p", "This line was wrong and is withdrawn. Please read the PO as follows:"),
         ("table", [
             ["Topic", "Correct wording"],
             ["Active quantity", "four (4) sample COPs - the only quantity to produce now"],
             ["Production quantity", "240 pcs (tier A of your QT-HT-24-0611) - NOT released, on hold"],
             ["Sample sign-off", "does not release anything by itself"],
             ["Unlock", "written production release signed by Serkan Aydin, Production Director, after the "
                        "sample sign-off by Murat Demirci"],
             ["Material", "sample-only (4 pcs)"],
         ]),
         ("sp",),
         ("p", "Please confirm by e-mail that nothing has been started for the 240 pcs."),
         ("p", "Saygilarimizla / Best regards, Elif Kaya"),
     ], title="Corrigendum PO 4500088177", author="Elif Kaya"))])


# ================================================================ POSITIVE
# p01 multi-file: cover mail + sample PO + supplier quote that "forms part of this PO"
case("p01_lionlift_cover_po_quote_dooroperators", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 2 sample door operators; the attached quote (64 series units) is said to form part of the PO and "
     "nothing says the 64 are not released; no hold, no event, no release person",
     [("PO LL-PO-24-0951 door operator samples.eml", E(mail(
         JASMINE, PETR, "PO LL-PO-24-0951 - door operator samples DO-BT-VF900",
         "Thu, 20 Jun 2024 16:40:00 +0800",
         """Dear Mr Novák,

Further to your quotation BT-Q-2024-0412 of 3 Jun, attached is our PO LL-PO-24-0951 for two (2) sample
door operators DO-BT-VF900 for the trial at Blk 190.

Your quotation is attached as well and forms part of this PO (price, lead time, terms).

Please send the order confirmation and ship the samples ASAP, the site trial is planned for week 30.

Thank you.

Regards,
Jasmine
""" + SIG_JASMINE))),
      ("LL-PO-24-0951.pdf", P([
          ("h1", "PURCHASE ORDER LL-PO-24-0951"),
          ("p", "LionLift Modernisation Pte. Ltd., 51 Ubi Avenue 1 #04-17, Singapore 408933"),
          ("p", "Supplier: Brnotech Vytahy s.r.o., Videnska 174, 619 00 Brno, Czech Republic.   "
                "Date: 20 June 2024.   Delivery: DAP Singapore, week 29."),
          ("table", [
              ["Item", "Part no.", "Description", "Qty", "UOM", "Unit price EUR", "Amount EUR"],
              ["1", "DO-BT-VF900", "VVVF door operator, centre opening 900 mm, EN 81-20:2020", "2", "set",
               "1.240,00", "2.480,00"],
          ]),
          ("sp",),
          ("p", "Reference: your quotation BT-Q-2024-0412 dated 3 June 2024."),
          ("p", "Sample order for site trial, Tampines Blk 190."),
          ("p", "Payment: 30 days from invoice. Please quote our PO number on all documents."),
          ("sp",),
          ("p", "Issued by: Jasmine Tan, Procurement Executive"),
      ], title="PO LL-PO-24-0951", author="Jasmine Tan")),
      ("BT-Q-2024-0412.pdf", P([
          ("h1", "NABIDKA / QUOTATION BT-Q-2024-0412"),
          ("p", "Brnotech Vytahy s.r.o., Videnska 174, 619 00 Brno. ICO 17441744."),
          ("p", "Customer: LionLift Modernisation Pte. Ltd., Singapore - attn. Ms Jasmine Tan. Date: 3 June 2024."),
          ("table", [
              ["Pos.", "Description", "Qty", "Unit price EUR", "Lead time"],
              ["1", "DO-BT-VF900 door operator - samples", "2", "1.240,00", "4 weeks"],
              ["2", "DO-BT-VF900 door operator - series, phase 1", "64", "865,00", "10 weeks"],
          ]),
          ("sp",),
          ("p", "Prices EXW Brno, packing included. Motor PM 24 V, controller BT-DCU-2, 2 years warranty "
                "or 1 000 000 cycles."),
          ("p", "Validity 90 days. Petr Novak, sales."),
      ], title="Quotation BT-Q-2024-0412", author="Petr Novak")),
      ])


# p02 PDF PO with a production text line beside the sample line; release authority named
case("p02_anadolu_po_sample_with_production_line", ["RG001", "RG003", "RG004"],
     "sample PO for 4 landing doors with a text line 'production quantity 396 per quotation' and nothing saying "
     "it is not released; release authority named but no hold and no unlock event",
     [("PO_4500088290.pdf", P([
         ("h1", "SATINALMA SIPARISI / PURCHASE ORDER 4500088290"),
         ("p", "Anadolu Asansor Sanayi ve Ticaret A.S. - Kemalpasa OSB, Izmir - Vergi No 0690017440"),
         ("p", "Tedarikci / Supplier: Ege Kapi Sistemleri Ltd. Sti., Manisa OSB.   Tarih / Date: 04.06.2024.   "
               "Teslim / Delivery: fabrikamiz / our plant Kemalpasa."),
         ("p", "NUMUNE SIPARISI / SAMPLE ORDER"),
         ("table", [
             ["Kalem", "Malzeme", "Tanim / Description", "Miktar", "Birim", "Birim fiyat EUR", "Tutar EUR"],
             ["10", "LD-TK-900", "Landing door telescopic 900 x 2000, E120, cizim AA-LD-900 Rev 09 - SAMPLE",
              "4", "AD", "410,00", "1.640,00"],
             ["20", "LD-TK-900", "Production quantity as per quotation EK-TK-2405-22 (text line)",
              "396", "AD", "355,00", "0,00"],
             ["", "", "", "", "", "TOPLAM / TOTAL", "1.640,00"],
         ]),
         ("sp",),
         ("p", "Odeme / Payment: 60 gun / 60 days. Ambalaj: palet, kapi basina 1 kasa."),
         ("p", "Production release authority for this project: Serkan Aydin, Production Director."),
         ("p", "Hazirlayan / Prepared by: Elif Kaya, Satinalma"),
     ], title="PO 4500088290", author="Elif Kaya"))])


# p03 HTML buyer portal with sample and project quantity columns
case("p03_calderbrook_portal_sample_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "portal sample order for 3 car panel sets showing 'Project qty 96' with nothing saying it is not released; "
     "no hold, no event, no release person",
     [("HAPortal_order_CHA-PO-30215.html", H("HAPortal - Order CHA-PO-30215", """
<h1>Calderbrook Housing Association - HAPortal</h1>
<p>Supplier view &middot; Coromandel Lift Components Pvt. Ltd. (SUP-0917)</p>
<h2>Order CHA-PO-30215 &middot; Status: Sent to supplier</h2>
<table>
<tr><th>Order date</th><td>12/06/2024</td><th>Buyer</th><td>Tom Ashworth, Procurement</td></tr>
<tr><th>Site</th><td>Oakworth Road estate, Blocks A-D</td><th>Consultant</th><td>Pennine Lift Consultancy</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Sample qty</th><th>Project qty</th><th>Unit price</th><th>Line value</th><th>Delivery</th></tr>
<tr><td>1</td><td>CP-630-SS</td><td>Car wall panel set, 630 kg car, brushed stainless, EN 81-20</td><td>3</td><td>96</td><td>&pound;612.00</td><td>&pound;1,836.00</td><td>wk 31</td></tr>
</table>
<div class="note">Sample order for Oakworth Road. Please confirm the order in HAPortal within 5 working days
and upload your delivery note on dispatch.</div>
""", lang="en-GB"))])


# p04 TXT ERP printout with project quantity field
case("p04_brava_erp_po_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 20 sample roller guides printing 'PROJECT QTY 1.200' with nothing saying not released; no hold, "
     "no event, no release person",
     [("PEDIDO_4500071760.txt", T("""
ASCENSORES BRAVA S.L.  -  SAP Business One  -  PEDIDO DE COMPRA / PURCHASE ORDER
N. PEDIDO: 4500071760          FECHA: 04.06.2024               PAGINA 1 DE 1
PROVEEDOR: P-00417  HERRAJES EBRO S.L. - PLATAFORMA LOGISTICA PLAZA, ZARAGOZA
COMPRADOR: M. IGLESIAS      CONDICIONES PAGO: 60 DIAS F.F.      PORTES: PAGADOS
------------------------------------------------------------------------------------
LIN  ARTICULO        DESCRIPCION                           CANT.  UD   PRECIO    IMPORTE
  1  RG-CW-125-3R    RODADERA CONTRAPESO 3 RUEDAS 125 MM      20  UD    48,60     972,00
                     (MUESTRAS / SAMPLES)  PLANO AB-RG-125 REV 3
                     CANT. PROYECTO / PROJECT QTY: 1.200 UD (OFERTA HE-24-0388)
------------------------------------------------------------------------------------
                                                  TOTAL BASE               972,00
                                                  IVA 21%                  204,12
                                                  TOTAL EUR              1.176,12
OBSERVACIONES: Enviar muestras a almacen Paterna, muelle 3. Confirmar plazo por email.
"""))])


# p05 EML with supplier quote attached and declared valid for the order
case("p05_anadolu_mail_po_with_quote_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "mail orders 8 sample car panel sets and attaches the quote (800 mass production) as 'valid for this order'; "
     "nothing says the 800 is not released; no hold, no event, no release person",
     [("PO 4500088402 car panel samples.eml", E(mail(
         ELIF, LILY, "PO 4500088402 - car panel sets CPS-1000 - samples",
         "Mon, 17 Jun 2024 09:25:00 +0300",
         """Dear Lily Hanım,

Good day. Our PO 4500088402 is for 8 pcs car panel sets CPS-1000 (1000 kg car, SUS304 hairline, drawing
AA-CAR-1000 Rev 06). Your quotation QT-HT-24-0588 is in attachment of this mail, it is valid for this
order.

Please arrange the samples to be ready in 25 days, we will send our forwarder (Ekol).
Kindly confirm receiving.

Best regards / Saygılarımla
Elif Kaya
""" + SIG_ELIF, attachments=[("QT-HT-24-0588.pdf", P([
             ("h1", "QUOTATION QT-HT-24-0588"),
             ("p", "Suzhou Hengtai Elevator Parts Co., Ltd. - To: Anadolu Asansor, Izmir - attn. Ms. Elif Kaya - "
                   "Date: 28 May 2024"),
             ("p", "Item: car panel set CPS-1000 for 1000 kg passenger car, SUS304 hairline, drawing AA-CAR-1000 "
                   "Rev 06, EN 81-20:2020."),
             ("table", [
                 ["Stage", "Qty (sets)", "Unit price USD", "Amount USD", "Lead time"],
                 ["Sample", "8", "690.00", "5,520.00", "25 days"],
                 ["Mass production", "800", "455.00", "364,000.00", "45 days"],
             ]),
             ("p", "FOB Shanghai. Payment T/T 30% deposit, 70% before shipment."),
             ("p", "Lily Zhou, Sales Manager"),
         ], title="Quotation QT-HT-24-0588", author="Lily Zhou"), PDF_MT)])))])


# p06 EML multipart/alternative with sample and production columns; release authority named
_p06_text = """Dear Mr Venkatesh,

Good afternoon. Pls find our PO LL-PO-24-0966 details below for the escalator steps, Orchard site E3/E4.

  Item         Description                          Sample qty   Production qty   Unit price
  ES-1000-AL   Escalator step 1000 mm, die-cast AL       6            394          SGD 386.00

Kindly arrange the six (6) sample steps first, by 15 Jul latest, as the mall only allows night works
from Aug. Production release authority for this project: Mr Ong Wei Ming, Project Director.

Thank you.

Jasmine
""" + SIG_JASMINE
_p06_html = """<html><body style="font-family:Calibri;font-size:11pt">
<p>Dear Mr Venkatesh,</p>
<p>Good afternoon. Pls find our PO <b>LL-PO-24-0966</b> details below for the escalator steps, Orchard site E3/E4.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Description</th><th>Sample qty</th><th>Production qty</th><th>Unit price</th></tr>
<tr><td>ES-1000-AL</td><td>Escalator step 1000 mm, die-cast AL, EN 115-1:2017</td><td>6</td><td>394</td><td>SGD 386.00</td></tr>
</table>
<p>Kindly arrange the six (6) sample steps first, by 15 Jul latest, as the mall only allows night works from Aug.
Production release authority for this project: Mr Ong Wei Ming, Project Director.</p>
<p>Thank you.</p>
<p>Jasmine Tan<br>Procurement Executive<br>LionLift Modernisation Pte. Ltd.</p>
</body></html>"""
case("p06_lionlift_mail_sample_production_columns", ["RG001", "RG003", "RG004"],
     "PO mail with 'Sample qty 6 / Production qty 394' and 'six sample steps first'; nothing says the 394 is not "
     "released, no unlock event; release authority (Ong Wei Ming) is named",
     [("PO LL-PO-24-0966 escalator steps Orchard.eml", E(mail(
         JASMINE, VENKAT, "PO LL-PO-24-0966 - escalator steps Orchard E3/E4",
         "Wed, 19 Jun 2024 14:15:00 +0800", _p06_text, html=_p06_html, cc=KELVIN)))])


# p07 EML sample order with DOCX PO attached, no hold/event/person
case("p07_brava_sample_order_docx", ["RG003", "RG004", "RG005"],
     "sample order for 6 car panels (mail + DOCX PO); never says the rest is not released, no unlock event, no "
     "release person",
     [("Pedido muestras paneles cabina.eml", E(mail(
         MARTA, LILY, "Pedido muestras paneles cabina / sample order car panels - PO 4500071799",
         "Tue, 02 Jul 2024 10:05:00 +0200",
         """Hello Lily,

How are you? As we talk by phone, we send you the order for the samples of the car panels CP-1100-SS
(plano AB-CP-1100 Rev E). Are six (6) panels, it is one complete cabin. You have the PO in the attached
document.

Please make the samples with the same finishing as the photo we sent you (scotch brite fine) and with the
protective film.

We need them in Valencia before 26 July because the installation team go in holidays in August.

Un saludo / Best regards
Marta
""" + SIG_MARTA, attachments=[("PO_4500071799.docx", D([
             ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4500071799"),
             ("p", "Ascensores Brava S.L. - Paterna (Valencia) - CIF B46017440"),
             ("p", "Proveedor / Supplier: Suzhou Hengtai Elevator Parts Co., Ltd.   Fecha / Date: 02/07/2024"),
             ("table", [
                 ["Lín.", "Artículo", "Descripción", "Cant.", "Precio EUR", "Importe EUR"],
                 ["1", "CP-1100-SS", "Panel cabina inox, muestra / car panel stainless, sample", "6", "95,00", "570,00"],
             ]),
             ("p", "Condiciones: FOB Shanghai. Pago 30 días. Entrega antes del 26/07/2024 en Paterna."),
             ("p", "Compras: Marta Iglesias Soler"),
         ], author="Marta Iglesias Soler"), DOCX_MT)])))])


# p08 Teams chat: scoped go-ahead for 5 sample sets "first", nothing about the balance
case("p08_pennine_teams_five_samples_first", ["RG003", "RG004", "RG005"],
     "'go ahead with 5 sample sets first' is scoped (conv. 8) but the chat never says the rest is not released, "
     "names no unlock event and no release person",
     [("Teams_chat_Gareth_Holloway_Carlos_Lanuza.txt", T("""
Microsoft Teams - Chat export
Chat: Gareth Holloway (Pennine Lift Consultancy) | Carlos Lanuza (Herrajes Ebro) [External]
Exported 03/07/2024 08:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

[01/07/2024 09:12] Carlos Lanuza
Good morning Gareth, about the sliding guide shoes for the Calderbrook lifts, we have the drawing HE-GS-9 rev 2 ready. When we can start?

[01/07/2024 09:31] Gareth Holloway
Morning Carlos. Thanks for the drawing, looks right to me. Ok go ahead with 5 sample sets first, that's PO CHA-PO-30240 from Tom. Ship them to Sowerby Court please, attn the site foreman (Dave).

[01/07/2024 09:33] Carlos Lanuza
Perfect, 5 sets. Inserts in nylon or UHMW?

[01/07/2024 09:40] Gareth Holloway
UHMW please, for the 9 mm T-rail (T75/B)

[01/07/2024 09:41] Carlos Lanuza
👍 ok
"""))])


# p09 ERP printout: hold "until further notice", person named, no event
case("p09_brava_erp_hold_until_further_notice", ["RG004"],
     "10 sample sets active, balance 590 'on hold until further notice', Raúl Carmona named as release "
     "authority; 'until further notice' names no unlock event (conv. 6)",
     [("PEDIDO_4500071795.txt", T("""
ASCENSORES BRAVA S.L.  -  SAP Business One  -  PEDIDO DE COMPRA / PURCHASE ORDER
N. PEDIDO: 4500071795          FECHA: 10.06.2024               PAGINA 1 DE 1
PROVEEDOR: P-00602  BRNOTECH VYTAHY S.R.O. - BRNO (CZ)
COMPRADOR: M. IGLESIAS      CONDICIONES PAGO: 60 DIAS F.F.      INCOTERM: FCA BRNO
------------------------------------------------------------------------------------
LIN  ARTICULO        DESCRIPCION                           CANT.  UD   PRECIO    IMPORTE
  1  PB-BT-35-SET    PULSADOR 35MM + CAJA / PUSH BUTTON SET    10  UD    14,20     142,00
                     (MUESTRAS / SAMPLES)  PLANO AB-PB-35 REV 2, EN 81-70
------------------------------------------------------------------------------------
                                                  TOTAL BASE               142,00
OBSERVACIONES / NOTES:
LINE 1 = TEN (10) SAMPLE PUSH BUTTON SETS ONLY.
BALANCE 590 SETS (OFFER BT-Q-2024-0377) NOT RELEASED - ON HOLD UNTIL FURTHER NOTICE.
RELEASE AUTHORITY FOR THE BALANCE: RAUL CARMONA, DIRECTOR DE OPERACIONES.
MATERIAL: FOR THE 10 SAMPLES ONLY.
"""))])


# p10 quoted thread: supplier reads the advance as go-ahead; buyer's quoted scope has no unlock event
case("p10_coromandel_advance_read_as_goahead", ["RG004", "RG012"],
     "supplier takes the sample advance as go-ahead for all 24 frames (RG012); the buyer's quoted scope names Fiona "
     "McBride and the hold but no unlock event ('in due course')",
     [("RE CHA-PO-30226 counterweight frames.eml", E(mail(
         VENKAT, GARETH, "RE: CHA-PO-30226 - counterweight frames CWF-630 - samples",
         "Fri, 12 Jul 2024 13:40:00 +0530",
         """Dear Sir,

Greetings from Coromandel!

We are in receipt of the 30% advance from Calderbrook Housing Association against our proforma
PI/CLC/24-25/0131 for the sample frames. Thank you.

As the advance is received, we take it as your go-ahead for the full 24 frames, and we will plan the
production of the balance 22 frames right after the 2 samples, so that all can be shipped in a single
container. Kindly note.

Thanks & Regards,
Venkatesh Raman
""" + SIG_VENKAT + """
From: Gareth Holloway <gareth.holloway@penninelift.co.uk>
Sent: 03 July 2024 10:02
To: Venkatesh Raman <venkatesh.r@coromandellift.in>
Cc: Tom Ashworth <t.ashworth@calderbrook-ha.org.uk>
Subject: CHA-PO-30226 - counterweight frames CWF-630 - samples

> Venkatesh,
>
> Order CHA-PO-30226 from Calderbrook covers two (2) sample counterweight frames CWF-630 only.
> The balance of twenty-two (22) frames is not released and stays on hold. Fiona McBride, Head of
> Assets at Calderbrook, is the release authority for the balance and will decide on it in due course.
> Please buy material for the 2 samples only.
>
> Regards,
> Gareth
""", cc=TOM, in_reply_to="<h174-cwf630-0703@penninelift.co.uk>")))])


# p12 DOCX letter of award: no sample count, release "from our side"
case("p12_lionlift_award_letter_no_qty", ["RG005", "RG010"],
     "letter awards 'the sample landing doors' without a number (RG010); hold and unlock event (sign-off + internal "
     "approval) stated, but release 'from our side' names no person (conv. 7)",
     [("LL-LOA-2024-031.docx", D([
         ("h1", "LETTER OF AWARD - SAMPLE STAGE"),
         ("p", "Our ref: LL/LOA/2024/031          Date: 18 June 2024"),
         ("p", "To: Ege Kapı Sistemleri Ltd. Şti., Manisa OSB, Turkey - Attn: Mr Burak Şahin"),
         ("p", "Project: HDB Lift Upgrading Programme, Bukit Panjang (LUP Batch 7)"),
         ("p", "Dear Sir,"),
         ("p", "We are pleased to award to Ege Kapı the supply of the sample landing doors LD-TK-800 (EN 81-20 / "
               "EN 81-58 E120) as per your quotation EK-Q-24-071, for our site trial. Please manufacture the "
               "samples to our drawing LL-LD-800 Rev A and deliver to our Ubi store."),
         ("p", "The production quantity is not released. It is on hold until the samples pass the site trial and "
               "the sample sign-off; the release will be given from our side after internal approval."),
         ("p", "Kindly acknowledge by returning a signed copy of this letter."),
         ("p", "Yours faithfully,"),
         ("p", "Jasmine Tan, Procurement Executive, for and on behalf of LionLift Modernisation Pte. Ltd."),
     ], author="Jasmine Tan"))])


# p13 HTML buyer portal: release by the purchasing department
case("p13_brava_portal_release_by_department", ["RG005"],
     "portal PO: 16 samples active, 784 not released until sample sign-off, but 'Release by: Departamento de "
     "Compras' names no person (conv. 7)",
     [("portal_pedido_4500071820.html", H("Portal Proveedores Brava - Pedido 4500071820", """
<h1>Portal Proveedores - Ascensores Brava</h1>
<p>Proveedor / Supplier: <b>Herrajes Ebro S.L.</b> (P-00417)</p>
<h2>Pedido / Purchase order 4500071820 &middot; Estado: Enviado / Sent</h2>
<table>
<tr><th>Lin</th><th>Articulo</th><th>Descripcion</th><th>Cant. muestras / sample qty</th><th>Precio EUR</th></tr>
<tr><td>10</td><td>GS-13-SL</td><td>Rozadera deslizante / sliding guide shoe 13 mm, plano AB-GS-13 Rev 4</td><td>16</td><td>11,90</td></tr>
</table>
<h3>Alcance / Scope</h3>
<table>
<tr><th>Activo ahora / Active now</th><td>16 muestras / samples</td></tr>
<tr><th>Saldo / Balance</th><td>784 uds - NO LIBERADO / NOT RELEASED (on hold)</td></tr>
<tr><th>Material</th><td>solo muestras / sample-only</td></tr>
<tr><th>Desbloqueo / Unlock</th><td>homologación de muestras / sample sign-off, then written production release</td></tr>
<tr><th>Liberación por / Release by</th><td>Departamento de Compras / Purchasing department</td></tr>
</table>
<p><small>Contacto: compras@ascensoresbrava.es</small></p>
""", lang="es"))])


# p14 EML multipart + PDF PO: "drawing approved, go ahead" unscoped; PO itself complete
_p14_text = """Hi Lily,

We checked your drawing HT-CP-1100 rev D for the car panels, with our comments incorporated.
Drawing rev D is approved, go ahead.

The PO 4500071766 is attached again for your file.

Regards,
Jordi
""" + SIG_JORDI
_p14_html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Hi Lily,</p>
<p>We checked your drawing HT-CP-1100 rev D for the car panels, with our comments incorporated.<br>
<b>Drawing rev D is approved, go ahead.</b></p>
<p>The PO 4500071766 is attached again for your file.</p>
<p>Regards,<br>Jordi Puig Ferrer<br>Ingeniería de Producto - Ascensores Brava</p>
</body></html>"""
case("p14_brava_drawing_approved_go_ahead", ["RG002"],
     "'Drawing rev D is approved, go ahead' names neither sample-only nor a quantity; the attached PO itself is "
     "complete (12 samples, 1.188 on hold, sign-off + written release by Raúl Carmona)",
     [("Drawing HT-CP-1100 rev D.eml", E(mail(
         JORDI, LILY, "Drawing HT-CP-1100 rev D - car panels - PO 4500071766",
         "Thu, 13 Jun 2024 17:30:00 +0200", _p14_text, html=_p14_html, cc=MARTA,
         attachments=[("PO_4500071766.pdf", P([
             ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4500071766"),
             ("p", "Ascensores Brava S.L., Paterna (Valencia).   Proveedor: Suzhou Hengtai Elevator Parts Co., Ltd.   "
                   "Fecha: 05/06/2024"),
             ("table", [
                 ["Lin", "Articulo", "Descripcion", "Cant.", "Precio EUR", "Importe EUR"],
                 ["1", "CP-1100-SS", "Car wall panel stainless, plano AB-CP-1100 Rev E - SAMPLES", "12", "95,00",
                  "1.140,00"],
             ]),
             ("sp",),
             ("h", "Scope note"),
             ("p", "Active quantity: twelve (12) sample panels. The balance of 1.188 panels is not released and "
                   "stays on hold. Material authority: sample-only (12 panels)."),
             ("p", "The balance is unlocked only by the sample sign-off by Jordi Puig (Ingenieria) followed by a "
                   "written production release signed by Raul Carmona, Director de Operaciones, with the quantity."),
             ("p", "Compras: Marta Iglesias Soler"),
         ], title="PO 4500071766", author="Marta Iglesias"), PDF_MT)])))])


# p16 PDF site minutes: unscoped green light in the action list
case("p16_pennine_minutes_green_light", ["RG002"],
     "minutes state 2 samples and the 46 on hold (sign-off + written release by Fiona McBride), but the action "
     "'Green light given to Ege Kapi for the door sets' names no quantity and not sample-only",
     [("Site_meeting_04_Calder_Vale.pdf", P([
         ("h1", "Site Meeting No. 4 - Calder Vale House lift refurbishment"),
         ("p", "Date: 03/07/2024. Present: Gareth Holloway (Pennine Lift Consultancy), Tom Ashworth (Calderbrook HA), "
               "Burak Sahin (Ege Kapi, by video), Dave Pickles (site foreman, Halifax Lift Services)."),
         ("table", [
             ["Item", "Discussion", "Action"],
             ["4.1", "Two (2) sample door sets LD-CO-800 fitted on floors G and 1 on 02/07. Order CHA-PO-30250 covers "
                     "the 2 samples only. The remaining 46 sets are not released and stay on hold until the sample "
                     "sign-off (Gareth Holloway) and a written production release by Fiona McBride, Head of Assets.",
              "GH to complete sign-off checks by 10/07"],
             ["4.2", "Fire certificate for E120 door (EN 81-58) received, ref. 2000-E120-21.", "TA to file"],
             ["4.3", "Programme: Ege Kapi wants to book its powder coating line for wk 36. Landing door sills 800 mm "
                     "in stock.", "Green light given to Ege Kapi for the door sets - Burak to book powder line"],
             ["4.4", "Next meeting 17/07/2024, 10:00, site cabin.", "-"],
         ]),
         ("sp",),
         ("p", "Minutes by Gareth Holloway, Pennine Lift Consultancy. Comments within 5 working days please."),
     ], title="Site meeting 4", author="Gareth Holloway"))])


# p17 WhatsApp: "Green light!! go ahead" with no quantity anywhere
case("p17_brava_whatsapp_green_light_no_qty", ["RG002", "RG010"],
     "'Green light!! go ahead' with no quantity or sample scope, and no active quantity anywhere in the chat; hold, "
     "event and release person (Raúl Carmona) are stated",
     [("WhatsApp Chat with Marta Iglesias Brava.txt", T("""
[03/07/24, 08:47:11] Carlos Lanuza: Buenos días Marta! Did you see our offer HE-24-0412 for the new roller guides RG-160? We are ready
[03/07/24, 09:30:02] Marta Iglesias Brava: Hola Carlos! yes Jordi saw it, all ok. Green light!! go ahead 👍👍
[03/07/24, 09:30:40] Marta Iglesias Brava: The rest of the project is on hold until Jordi signs off the samples, then Raúl Carmona sends you the written release
[03/07/24, 09:31:15] Carlos Lanuza: Perfecto, gracias!! 💪
[03/07/24, 09:31:20] Carlos Lanuza: ‎<Media omitted>
"""))])


# p18 quoted thread (two levels): "everything is approved ... go ahead"
case("p18_lionlift_everything_approved_go_ahead", ["RG002", "RG009"],
     "'everything is approved' mixes finance approval of the PO with engineering approval of a diagram (RG009) and "
     "'you may go ahead' is unscoped (RG002); quoted buyer scope supplies 2 samples, hold, FAI sign-off, Ong Wei Ming",
     [("RE RE LL-PO-24-0977 door operators.eml", E(mail(
         KELVIN, PETR, "RE: RE: LL-PO-24-0977 - door operators DO-BT-VF900",
         "Tue, 09 Jul 2024 10:12:00 +0800",
         """Hi Petr,

Good news, everything is approved! Finance approved the PO LL-PO-24-0977 yesterday and our engineering
approved your wiring diagram WD-VF900-03 this morning. So you may go ahead.

Rgds
Kelvin
""" + SIG_KELVIN + """
-----Original Message-----
From: Petr Novák <novak@brnotech.cz>
Sent: Monday, 8 July 2024 3:40 PM
To: Kelvin Lim <kelvin.lim@lionlift.com.sg>
Subject: RE: LL-PO-24-0977 - door operators DO-BT-VF900

> Hello Kelvin, we are still waiting for the wiring diagram comments and the PO in your system.
> Can we go?
> Petr
>
> -----Original Message-----
> From: Jasmine Tan <jasmine.tan@lionlift.com.sg>
> Sent: Wednesday, 3 July 2024 11:02 AM
> Subject: LL-PO-24-0977 - door operators DO-BT-VF900
>
> > Dear Mr Novák, PO LL-PO-24-0977 covers 2 sample door operators only. The other 58 pcs are not
> > released, on hold until the FAI sign-off by Kelvin Lim and the written release by Mr Ong Wei Ming
> > (Project Director). Material: sample-only. Regards, Jasmine
""", cc=JASMINE, in_reply_to="<h174-vf900-0708@brnotech.cz>")))])


# p19 WeChat: buyer approves samples and says go ahead with the batch
case("p19_lionlift_wechat_samples_approved_batch", ["RG002", "RG007"],
     "buyer's own scope requires a written release by Ong Wei Ming, then 'Samples approved. You can go ahead with "
     "the batch' rolls sample approval into production (RG007) with no quantity (RG002)",
     [("WeChat_Kelvin_Lim_Hengtai.txt", T("""
微信聊天记录 WeChat chat history - "LionLift COP-S5 / 恒泰"
导出 exported 2024-07-09

2024-06-12 14:20  Kelvin Lim (LionLift): Lily, PO LL-PO-24-0990 is for 4 sample COP-S5. Balance 116 on hold until sample sign-off by me and written release by Mr Ong Wei Ming. Material for 4 only ok
2024-06-12 14:35  周丽 Lily Zhou (Hengtai): Noted Kelvin, 4pcs 👌
2024-07-08 10:15  周丽 Lily Zhou (Hengtai): Kelvin good morning. How is the 4 sample COP test?
2024-07-08 11:02  Kelvin Lim (LionLift): Morning Lily. Samples look good, installed at Blk 203 car 2, all buttons ok, Braille ok.
2024-07-08 11:02  Kelvin Lim (LionLift): Samples approved. You can go ahead with the batch already
2024-07-08 11:03  周丽 Lily Zhou (Hengtai): Great!! Thank you Kelvin, we start batch production tomorrow 👍
"""))])


# p20 PDF supplier progress report: material bought for 600 while 6 released
case("p20_coromandel_report_material_full_batch", ["RG006"],
     "supplier report: steel bought for the full 600 frames to beat a price rise while only 6 are released and "
     "no material authority exists; the report itself keeps the balance on hold",
     [("CLC_progress_report_07_PO4500088470.pdf", P([
         ("h1", "Order Progress Report No. 07"),
         ("p", "Coromandel Lift Components Pvt. Ltd., Ambattur Industrial Estate, Chennai 600 058. "
               "Customer: Anadolu Asansor San. ve Tic. A.S., Izmir. Customer PO: 4500088470. Date: 08.07.2024."),
         ("p", "Item: counterweight frame CWF-1600 (rated load 1600 kg), drawing AA-CW-1600 Rev 03."),
         ("table", [
             ["Item", "Ordered (PO)", "Released", "Made", "Dispatched"],
             ["CWF-1600 sample frames", "6", "6", "6", "0"],
             ["CWF-1600 balance", "-", "not released (on hold per PO)", "0", "0"],
         ]),
         ("sp",),
         ("h", "Raw material"),
         ("table", [
             ["Material", "Qty procured", "For"],
             ["ISMC 150 channels, IS 2062 E250", "42 MT", "600 frames"],
             ["Steel filler plates 20 mm", "18 MT", "600 frames"],
             ["Guide shoe brackets (castings)", "1,200 nos", "600 frames"],
         ]),
         ("p", "Note: to protect against the price increase from 01 July (steel index +8%), we have procured the "
               "channels, plates and castings for the full 600 frames. The material is stored at our Ambattur "
               "unit 2. Production of the balance will start only after your written release, as per PO."),
         ("p", "Prepared by: S. Karthikeyan, Production Head.  Checked: Venkatesh Raman, GM - Marketing."),
     ], title="Progress report 07", author="S. Karthikeyan"))])


# p22 plain mail as text: supplier takes labelled forecast as commitment and buys for it
case("p22_brnotech_mail_forecast_as_commitment", ["RG006", "RG008"],
     "buyer's quoted forecast is labelled non-binding; supplier treats the 1.800 as a confirmed order (RG008) and "
     "buys components for all 1.800 without any release or material authority (RG006)",
     [("RE PB-BT-35 2025.txt", T("""
From: Petr Novák <novak@brnotech.cz>
Sent: Monday, 15 July 2024 09:12
To: Elif Kaya <elif.kaya@anadoluasansor.com.tr>
Cc: Lenka Dvořáková <dvorakova@brnotech.cz>
Subject: RE: Forecast 2025 push buttons PB-BT-35

Dear Mrs. Kaya,

thank you for the forecast 2025. We understand the 1.800 pcs PB-BT-35 for 2025 is your commitment to
us, so we have put it in our plan as confirmed order. To secure the delivery times we already bought the
electronic components (LED rings, microswitches, PCB) for all 1.800 pcs, because the lead time of the
microswitches is 26 weeks now.

Please send the call-offs when you need.

S pozdravem / Best regards
Petr Novák
Sales manager
Brnotech Výtahy s.r.o., Vídeňská 174, 619 00 Brno

-----Original Message-----
From: Elif Kaya <elif.kaya@anadoluasansor.com.tr>
Sent: Friday, 12 July 2024 16:40
To: Petr Novák <novak@brnotech.cz>
Subject: Forecast 2025 push buttons PB-BT-35

Dear Petr Bey,
as requested please find our forecast for 2025: PB-BT-35 approx. 1.800 pcs (FORECAST, non-binding, for
your capacity planning only, not an order). Orders will come as call-offs.
Best regards, Elif
"""))])


# p23 quoted thread: advance received, material bought for all 500 and cutting started
case("p23_egekapi_advance_material_all", ["RG006", "RG012"],
     "supplier treats the sample advance as the start of the project (RG012) and buys sheet and hangers for all "
     "500 doors (RG006); the quoted buyer scope is complete (5 samples, hold, Murat Demirci sign-off, Serkan Aydın)",
     [("RE PO 4500088333 landing doors.eml", E(mail(
         BURAK, ELIF, "RE: PO 4500088333 - LD-TK-900 numune / samples",
         "Thu, 04 Jul 2024 17:20:00 +0300",
         """Dear Elif Hanım,

Advance payment received today, thank you very much. As the advance has arrived we consider the
project started: we have purchased the galvanized sheet DX51D 1,5 mm and the door hangers for all 500
landing doors, and the cutting starts next week.

The 5 samples will be ready 19.07.

Saygılarımızla / Best regards
Burak Şahin
""" + SIG_BURAK + """
-----Original Message-----
From: Elif Kaya <elif.kaya@anadoluasansor.com.tr>
Sent: Tuesday, July 2, 2024 11:30 AM
To: Burak Şahin <burak.sahin@egekapi.com.tr>
Subject: PO 4500088333 - LD-TK-900 numune / samples

> Dear Burak Bey,
> PO 4500088333 is for 5 sample landing doors LD-TK-900 only. The balance 495 pcs is not released,
> on hold until sample sign-off by Murat Demirci and written release signed by Serkan Aydın
> (Production Director). Material sample-only. The advance 30% of the sample value is transferred today.
> Best regards, Elif
""", in_reply_to="<h174-ldtk-0702@anadoluasansor.com.tr>")))])


# p24 HTML supplier portal: material reserved for the whole project
case("p24_ebro_portal_material_reserved", ["RG006"],
     "supplier portal: 24 released, material authority sample-only, yet material bought for all 960 sets; the "
     "balance itself is shown as waiting for customer release",
     [("portal_clientes_LL-PO-24-1012.html", H("Herrajes Ebro - Portal clientes", """
<h1>Herrajes Ebro - Portal clientes / customer portal</h1>
<p>Cliente / Customer: <b>LionLift Modernisation Pte. Ltd.</b> (Singapore) &middot; actualizado 10/07/2024</p>
<table>
<tr><th>Pedido cliente</th><th>Artículo</th><th>Liberado / Released</th><th>Fabricado / Made</th><th>Saldo / Balance</th><th>Material authority (PO)</th><th>Material comprado / bought</th></tr>
<tr><td>LL-PO-24-1012</td><td>GS-16 sliding guide shoe set</td><td>24 sets</td><td>24 sets</td><td>936 sets - pendiente liberación cliente / waiting customer release</td><td>sample-only</td><td>960 sets</td></tr>
</table>
<div class="note">Material comprado para el total del proyecto (960 juegos: cuerpos de fundición + insertos UHMW)
para asegurar plazo de entrega. / Material purchased for the whole project (960 sets: cast bodies + UHMW inserts)
to secure the lead time.</div>
""", lang="es"))])


# p25 DOCX supplier planning minutes: rolls into 296 after sign-off, castings ordered for 300
case("p25_coromandel_minutes_roll_into_296", ["RG006", "RG007"],
     "supplier minutes assume the sample sign-off rolls straight into the 296 frames without the written release "
     "(RG007) and record castings and channels ordered for the full 300 (RG006)",
     [("CLC_MOM_planning_PO4500071835.docx", D([
         ("h1", "Minutes of Production Planning Meeting"),
         ("p", "Coromandel Lift Components Pvt. Ltd., Ambattur - 08.07.2024, 11:00 hrs, conference room 2"),
         ("p", "Customer: Ascensores Brava S.L., Valencia. Customer PO: 4500071835 - 4 nos sample counterweight frames "
               "CWF-630; balance 296 nos on hold as per PO, written release from Mr. Raúl Carmona needed after "
               "sample sign-off."),
         ("p", "Present: S. Karthikeyan (Production Head), Venkatesh Raman (GM - Marketing), R. Suresh (Purchase), "
               "M. Priya (QA)."),
         ("table", [
             ["No.", "Point", "Decision / Responsibility"],
             ["1", "Samples: 4 nos frames fabrication completed, painting today, dispatch 12.07.",
              "M. Priya - inspection report with ISO 5817 weld check"],
             ["2", "Balance 296 nos: customer sign-off expected end of July. Mr. Jordi Puig has told by phone the "
                   "samples are fine, so the samples will be approved surely. Hence as decided we will roll into "
                   "the 296 nos immediately after the sign-off, no need to wait for any other paper.",
              "S. Karthikeyan - line 2 booked from 01.08"],
             ["3", "Raw material: guide shoe bracket castings and ISMC 100 channels ordered on 05.07 for the full "
                   "300 nos to save lead time.", "R. Suresh - GRN by 25.07"],
             ["4", "Packing: 10 frames per crate, ISPM-15 wood.", "Stores"],
         ]),
         ("p", "Minutes copied to: Ms. Marta Iglesias Soler, Ascensores Brava (for information)."),
     ], author="Venkatesh Raman"))])


# p26 quoted thread: supplier says once approved it continues directly with the 117
case("p26_egekapi_once_approved_continue_117", ["RG007"],
     "supplier reply says that once the samples are approved it continues directly with the 117 doors, no new "
     "paper needed; quoted buyer scope is complete (3 samples, 117 on hold, Kelvin Lim sign-off, Ong Wei Ming)",
     [("RE PO LL-PO-24-1005 landing doors.eml", E(mail(
         BURAK, JASMINE, "RE: PO LL-PO-24-1005 - sample landing doors LD-TK-800",
         "Mon, 08 Jul 2024 15:45:00 +0300",
         """Dear Jasmine,

Thank you for PO LL-PO-24-1005, well received. The 3 sample landing doors will be ready on 22 July.

For your planning: once you approve the samples we will continue directly with the 117 doors, no need for
a new PO or another paper, so we save two weeks for you. We reserved the powder coating line for week 33
already.

Best regards,
Burak Şahin
""" + SIG_BURAK + """
From: Jasmine Tan <jasmine.tan@lionlift.com.sg>
Sent: Friday, 5 July 2024 4:10 PM
To: Burak Şahin <burak.sahin@egekapi.com.tr>
Subject: PO LL-PO-24-1005 - sample landing doors LD-TK-800

> Dear Mr Burak,
> Attached PO LL-PO-24-1005 for three (3) sample landing doors LD-TK-800 only.
> The balance 117 doors is not released and on hold until the sample sign-off by Kelvin Lim (Project
> Engineer) and a written release signed by Mr Ong Wei Ming (Project Director). Material: sample-only.
> Thank you. Jasmine
""", in_reply_to="<h174-ldtk800-0705@lionlift.com.sg>")))])


# p27 WhatsApp: buyer engineer says the 592 follow automatically after his sign-off
case("p27_brava_whatsapp_follow_automatically", ["RG007"],
     "buyer's PO requires a written release by Raúl Carmona; the buyer's engineer then says the 592 follow "
     "automatically once he signs the samples off, 'no need to wait for the paper'",
     [("WhatsApp Chat with Burak Sahin Ege Kapi.txt", T("""
10/07/2024, 17:02 - Marta Iglesias Brava: Burak, PO 4500071850 sent: 8 sample landing doors LD-AT-900. Balance 592 NOT released. It is released only with written release from Raúl Carmona after Jordi's sign-off of the samples.
10/07/2024, 17:20 - Burak Şahin Ege Kapı: Noted Marta Hanım, 8 pcs 👍
24/07/2024, 12:41 - Jordi Puig Brava: Hola Burak, Jordi here from engineering. I will be at your factory 30/7 to check the samples.
24/07/2024, 12:42 - Jordi Puig Brava: If I sign the samples off there, the 592 follow automatically, no need to wait for the paper from Raúl, he is on holidays in August anyway 😅
24/07/2024, 12:55 - Burak Şahin Ege Kapı: Ok Jordi Bey, understood, we prepare everything
"""))])


# p28 multi-file: sign-off record (complete) + chat where supplier starts the 196 on the sign-off
case("p28_anadolu_signoff_record_and_chat", ["RG007"],
     "sign-off record says it releases nothing and the 196 need Serkan Aydın's written release; in the chat the "
     "supplier reads the sign-off as a start of the 196",
     [("SSF-LD-2024-044.docx", D([
         ("h1", "NUMUNE ONAY FORMU / SAMPLE SIGN-OFF FORM  SSF-LD-2024-044"),
         ("table", [
             ["Alan / Field", "Bilgi / Entry"],
             ["Tedarikçi / Supplier", "Ege Kapı Sistemleri Ltd. Şti."],
             ["Parça / Part", "LD-TK-800 landing door, telescopic, 800 x 2000 mm, E120"],
             ["Sipariş / PO", "4500088350 - line 10: 4 samples; balance 196 not released"],
         ]),
         ("h", "Karar / Disposition: APPROVED"),
         ("p", "The 4 samples passed dimensional check, EN 81-50 pendulum test and paint thickness (62-71 µm)."),
         ("p", "This sign-off is a technical disposition. It releases nothing. Production of the 196 landing doors "
               "needs a written production release signed by Serkan Aydın, Production Director. Material "
               "authority stays sample-only until then."),
         ("table", [
             ["İsim / Name", "Görev / Role", "Tarih / Date"],
             ["Murat Demirci", "Kalite Mühendisi / Quality Engineer", "02.07.2024"],
         ]),
     ], author="Murat Demirci")),
      ("WhatsApp Chat with Ayse Yilmaz Ege Kapi.txt", T("""
02.07.2024 16:10 - Murat Demirci Anadolu: Ayşe Hanım, sample sign-off form SSF-LD-2024-044 is attached, the 4 samples are OK.
02.07.2024 16:12 - Murat Demirci Anadolu: SSF-LD-2024-044.docx (file attached)
02.07.2024 16:30 - Ayşe Yılmaz Ege Kapı: Thank you Murat Bey! Sign-off received, so we start the 196 doors on Monday, the line is ready 💪
02.07.2024 16:31 - Ayşe Yılmaz Ege Kapı: Teşekkürler, iyi akşamlar
""")),
      ])


# p29 EML: once samples approved, proceed with the remaining 40; no release person
case("p29_pennine_once_approved_proceed_40", ["RG005", "RG007"],
     "'Once the samples are approved, please proceed with the remaining 40 units' rolls sample approval into "
     "production without a recorded auto-conversion (RG007); nobody is named who may release (RG005)",
     [("CHA-PO-30262 COP samples.eml", E(mail(
         GARETH, PETR, "CHA-PO-30262 - COP panels Calder Vale House - samples",
         "Mon, 15 Jul 2024 11:05:00 +0100",
         """Hi Petr,

Tom has issued PO CHA-PO-30262 today. It covers two (2) sample COP panels COP-BT-8 for the Calder Vale
House lifts. The remaining forty (40) units are not released yet.

Once the samples are approved, please proceed with the remaining 40 units. We're tight on the programme,
the contractor starts on site in October.

Material for the 2 samples only for now.

Any queries give me a shout.

Cheers,
Gareth
""" + SIG_GARETH, cc=TOM)))])


# p30 PDF proforma: mass production commences automatically on sample approval and deposit
case("p30_hengtai_proforma_auto_mass_production", ["RG007", "RG012"],
     "supplier proforma says mass production of 6.000 commences automatically on sample approval (RG007) and on "
     "receipt of the 30% deposit (RG012); a supplier document authorizes nothing, so no RG001",
     [("PI-HT-24-0718.pdf", P([
         ("h1", "PROFORMA INVOICE  PI-HT-24-0718"),
         ("p", "Seller: Suzhou Hengtai Elevator Parts Co., Ltd., No. 17 Xinlian Road, Wuzhong EDZ, Suzhou, China"),
         ("p", "Buyer: LionLift Modernisation Pte. Ltd., 51 Ubi Avenue 1 #04-17, Singapore 408933"),
         ("p", "Date: 18 July 2024.   Buyer reference: samples PB-35 (e-mail Ms Jasmine Tan 16 July)."),
         ("table", [
             ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
             ["1", "Sample push button PB-35, round 35 mm, blue LED, Braille, 24 VDC", "20", "3.20", "64.00"],
             ["2", "Sample freight DHL Express", "1", "45.00", "45.00"],
             ["", "", "", "Total", "109.00"],
         ]),
         ("sp",),
         ("h", "Terms"),
         ("p", "1. Mass production quantity 6.000 pcs as per quotation HT-Q-2406-011 will commence automatically "
               "upon sample approval and receipt of 30% deposit (USD 4,050.00)."),
         ("p", "2. Balance 70% T/T before shipment."),
         ("p", "3. Bank: Bank of Suzhou, Wuzhong sub-branch, SWIFT BOSZCNXX, A/C 0174 4174 0174."),
         ("p", "Lily Zhou, Sales Manager"),
     ], title="PI-HT-24-0718", author="Lily Zhou"))])


# p31 EML forwarding an internal forecast as rfc822 and calling it a firm order
_p31_fwd = mail(HAKAN, ELIF, "2025 satış tahmini / sales forecast LD-TK-900",
                "Mon, 01 Jul 2024 08:30:00 +0300",
                """Elif Hanım,

2025 satış tahmini / sales forecast for LD-TK-900 landing doors: approx. 2.400 pcs (200/month).
This is the forecast from the sales department, not yet confirmed by our customers.

Saygılarımla,
Hakan Öztürk
Üretim Planlama / Production Planning
""")
case("p31_anadolu_fwd_forecast_firm_order", ["RG008"],
     "purchasing forwards planning's forecast (2.400, 'not yet confirmed by customers') as rfc822 and asks the "
     "supplier to take it as a firm order for 2025",
     [("FW LD-TK-900 2025.eml", E(mail(
         ELIF, BURAK, "FW: 2025 satış tahmini / sales forecast LD-TK-900 - firm order 2025",
         "Tue, 02 Jul 2024 09:10:00 +0300",
         """Dear Burak Bey,

Please see below the mail of our planning department for 2025. Please take the 2.400 landing doors
LD-TK-900 as our firm order for 2025 and reserve the capacity. The monthly split will follow.

Best regards,
Elif Kaya
""" + SIG_ELIF, attachments=[("rfc822", _p31_fwd)])))])


# p32 HTML supplier portal: customer forecast shown as confirmed order, material bought
case("p32_hengtai_portal_forecast_confirmed", ["RG006", "RG008"],
     "supplier portal lists the customer's forecast of 1.200 as 'CONFIRMED ORDER' (RG008) and stainless bought for "
     "1.200 while only 4 samples were ordered (RG006)",
     [("hengtai_customer_orders.html", H("Hengtai - Customer order planning", """
<h1>恒泰电梯配件 Suzhou Hengtai - Customer order planning</h1>
<p>Customer: <b>LionLift Modernisation Pte. Ltd.</b> &middot; sales: Lily Zhou &middot; updated 2024-07-15</p>
<table>
<tr><th>Doc</th><th>Item</th><th>Qty</th><th>Type</th><th>Status</th><th>Material</th></tr>
<tr><td>FC-LL-2024-H2</td><td>COP-S3</td><td>1.200</td><td>Customer forecast</td><td>CONFIRMED ORDER - scheduled wk 34-40</td><td>SUS304 1.5 mm purchased for 1.200</td></tr>
<tr><td>LL-PO-24-0902</td><td>COP-S3 sample</td><td>4</td><td>PO (sample)</td><td>shipped 2024-06-25</td><td>-</td></tr>
</table>
<div class="note">Forecasts from key customers are treated as confirmed orders in our production planning.
Material is bought at order confirmation.</div>
""", lang="en"))])


# p34 DOCX minutes: forecast taken as purchase commitment, 3,600 vs 3,200
case("p34_lionlift_minutes_forecast_commitment", ["RG008", "RG011"],
     "buyer minutes take the 2025 forecast as a purchase commitment (RG008) and state it as 3,600 in the text "
     "and 3,200 in the action list (RG011)",
     [("MOM_20240719_PB-35.docx", D([
         ("h1", "Minutes of Meeting - Push buttons PB-35, 2025 supply"),
         ("p", "Date: 19 July 2024. Venue: LionLift office, Ubi, and MS Teams."),
         ("p", "Present: Jasmine Tan (Procurement), Kelvin Lim (Project Engineer) - LionLift; Lily Zhou "
               "(Sales Manager) - Suzhou Hengtai, via Teams."),
         ("h", "1. 2025 forecast"),
         ("p", "LionLift's 2025 forecast of three thousand six hundred (3,600) PB-35 push buttons is taken as "
               "LionLift's purchase commitment for 2025. Hengtai may plan production on this basis."),
         ("h", "2. Pricing"),
         ("p", "USD 2.40/pc at the 3,600 pcs level, FOB Shanghai. Hengtai to confirm in writing."),
         ("h", "3. Actions"),
         ("table", [
             ["No.", "Action", "By", "Due"],
             ["3.1", "Plan 2025 production for the committed 3,200 pcs", "Lily Zhou", "31 Jul"],
             ["3.2", "Send updated price confirmation", "Lily Zhou", "26 Jul"],
             ["3.3", "Circulate minutes", "Jasmine Tan", "19 Jul"],
         ]),
     ], author="Jasmine Tan"))])


# p35 PDF supplier order confirmation of a forecast
case("p35_coromandel_order_confirmation_of_forecast", ["RG008"],
     "supplier order confirmation 'confirms your order for 1,500 steps as per your forecast', with a "
     "non-cancellation clause; the buyer's document was a non-binding forecast",
     [("SO-CLC-24-25-0388.pdf", P([
         ("h1", "SALES ORDER CONFIRMATION  SO/CLC/24-25/0388"),
         ("p", "Coromandel Lift Components Pvt. Ltd., Ambattur Industrial Estate, Chennai 600 058. "
               "GSTIN 33AABCC1744F1Z5."),
         ("p", "Customer: LionLift Modernisation Pte. Ltd., Singapore. Your reference: forecast FC-ES-2025 dated "
               "01.07.2024 (e-mail of Ms Jasmine Tan, marked non-binding)."),
         ("p", "Date: 10.07.2024"),
         ("table", [
             ["Item", "Description", "Qty", "Unit price SGD", "Value SGD"],
             ["ES-1000-AL", "Escalator step 1000 mm, die-cast aluminium, yellow demarcation, EN 115-1:2017",
              "1,500 nos", "372.00", "558,000.00"],
         ]),
         ("sp",),
         ("p", "Dear Madam, we are pleased to confirm your order for 1,500 nos escalator steps as per your forecast. "
               "Production is scheduled from October 2024 in monthly lots of 250 nos."),
         ("p", "Kindly note: as per our terms, confirmed orders cannot be cancelled after 15 days from this "
               "confirmation."),
         ("p", "For Coromandel Lift Components Pvt. Ltd. - Venkatesh Raman, GM - Marketing"),
     ], title="SO/CLC/24-25/0388", author="Venkatesh Raman"))])


# p36 DOCX minutes: "approved" for samples, PO budget and production
case("p36_brava_minutes_approved_three_ways", ["RG009"],
     "'approved' used for the samples (technical), the revised PO (budget) and production ('will be approved by "
     "Raúl Carmona with a written release'); scope otherwise complete",
     [("Acta_10-07-2024_RG-160.docx", D([
         ("h1", "Acta de reunión / Minutes - revisión muestras rodaderas RG-160"),
         ("p", "Fecha / Date: 10/07/2024. Asistentes / Present: Jordi Puig (Ingeniería), Marta Iglesias (Compras), "
               "Raúl Carmona (Dirección de Operaciones); Carlos Lanuza (Herrajes Ebro) por teléfono."),
         ("num", "Samples: the 16 sample roller guides RG-160 of PO 4500071858 are approved. Dimensions ok, noise "
                 "test ok (< 55 dB at 1,6 m/s) on the test tower."),
         ("num", "PO: the revised PO 4500071858 rev.1 for the production is approved by Dirección (budget)."),
         ("num", "Production: the production of the balance (784 pcs) is not approved yet. It will be approved by "
                 "Raúl Carmona with a written release once the revised PO has been sent to Herrajes Ebro."),
         ("num", "Material: Herrajes Ebro buys for the 16 samples only until then."),
         ("p", "Próxima reunión / next meeting: 24/07/2024."),
     ], author="Marta Iglesias Soler"))])


# p37 plain mail as text: "released" for the SAP PO and for production
case("p37_anadolu_mail_released_in_sap", ["RG009"],
     "'PO released in SAP' (commercial workflow) next to 'balance not released' / 'production release' "
     "(production); scope otherwise complete",
     [("PO 4500088495 escalator steps samples.txt", T("""
From:    Elif Kaya <elif.kaya@anadoluasansor.com.tr>
To:      Venkatesh Raman <venkatesh.r@coromandellift.in>
Cc:      Murat Demirci <murat.demirci@anadoluasansor.com.tr>
Date:    11.07.2024 15:22
Subject: PO 4500088495 released - escalator steps samples

Dear Venkatesh Bey,

PO 4500088495 is released in SAP today (release strategy completed by our finance), you will receive it
by e-mail automatically. It is for six (6) sample steps ES-1000-AL only.

The balance 594 steps is not released. Production release comes after the sample sign-off by Murat
Demirci, as a written release signed by Serkan Aydın, Production Director.

Regards,
Elif Kaya
Satınalma / Purchasing - Anadolu Asansör
"""))])


# p38 Teams: "approval" for Building Control, quote and production; release by "the association"
case("p38_pennine_teams_which_approval", ["RG005", "RG009"],
     "'approval' used for Building Control (technical), the board's acceptance of the quote (commercial) and "
     "production (RG009); the balance is released by 'the association', no named person (RG005)",
     [("Teams_chat_Burak_Sahin_Gareth_Holloway.txt", T("""
Microsoft Teams - Chat export
Chat: Burak Şahin (Ege Kapı) [External] | Gareth Holloway (Pennine Lift Consultancy)
Exported 09/07/2024 08:00

[08/07/2024 14:05] Burak Şahin
Hi Gareth, any news on the approval for the landing doors?

[08/07/2024 14:20] Gareth Holloway
Hi Burak. Which approval 😄 Building Control approval of the E120 door came through on Friday. Your quote EK-Q-24-093 is approved by Calderbrook's board. The 2 sample sets under CHA-PO-30271 are the only quantity approved for making now. The other 30 sets aren't approved for production until the samples are signed off on site and the association gives its written release.

[08/07/2024 14:22] Burak Şahin
Clear, thanks Gareth 👍
"""))])


# p40 HTML buyer portal: approval columns and "Authorised now: sample lot" without a number
case("p40_anadolu_portal_approval_columns_no_qty", ["RG009", "RG010"],
     "portal shows 'approval' for the PO (finance), the samples (technical) and production (RG009); "
     "'Authorised now: sample lot' with no number anywhere (RG010); hold, event and Serkan Aydın stated",
     [("tedarikci_portali_4500088510.html", H("Anadolu Tedarikçi Portalı - 4500088510", """
<h1>Anadolu Asansör - Tedarikçi Portalı / Supplier Portal</h1>
<p>Tedarikçi / Supplier: <b>Brnotech Výtahy s.r.o.</b> (320151)</p>
<h2>Sipariş / PO 4500088510 - DO-BT-VF800 door operator, drawing AA-DO-800 Rev 04</h2>
<table>
<tr><th>PO approval</th><td>APPROVED (finance, 01.07.2024)</td></tr>
<tr><th>Sample approval</th><td>PENDING (samples in test, Murat Demirci)</td></tr>
<tr><th>Production approval</th><td>PENDING - balance on hold</td></tr>
<tr><th>Authorised now</th><td>sample lot as per drawing AA-DO-800 Rev 04</td></tr>
<tr><th>Unlock</th><td>written production release signed by Serkan Aydın, Production Director, after the sample sign-off</td></tr>
<tr><th>Material authority</th><td>sample lot only</td></tr>
</table>
<p><small>Sorular / questions: satinalma@anadoluasansor.com.tr</small></p>
""", lang="tr"))])


# p43 DOCX letter: first-article samples without a number
case("p43_pennine_authorisation_samples_no_count", ["RG010"],
     "authorises 'the first-article samples' without saying how many; hold, FAI sign-off event and Fiona McBride "
     "are stated",
     [("PLC-CHA-0174-L12.docx", D([
         ("h1", "Authorisation to manufacture - first-article samples"),
         ("p", "Our ref: PLC/CHA/0174/L12          Date: 16 July 2024"),
         ("p", "To: Suzhou Hengtai Elevator Parts Co., Ltd. - for the attention of Ms Lily Zhou"),
         ("p", "Dear Ms Zhou,"),
         ("p", "On behalf of Calderbrook Housing Association we authorise you to manufacture the first-article "
               "samples of the car wall panels CP-630-SS to drawing PLC-CP-630 Rev B, under purchase order "
               "CHA-PO-30280."),
         ("p", "The remaining units of the project are not released. They stay on hold until the FAI sign-off at "
               "our Halifax test shaft, after which Fiona McBride, Head of Assets at Calderbrook, will issue a "
               "written production release naming the quantity."),
         ("p", "Material: please buy for the samples only."),
         ("p", "Yours sincerely,"),
         ("p", "Gareth Holloway IEng MIET, Senior Lift Consultant, Pennine Lift Consultancy Ltd"),
     ], author="Gareth Holloway"))])


# p45 WeChat: paid the sample invoice, so make the samples now; no quantity
case("p45_anadolu_wechat_paid_so_make", ["RG010", "RG012"],
     "'We paid your sample invoice ... So now you can make the samples' treats payment as authority (RG012) and no "
     "quantity is ever stated (RG010); hold, Murat Demirci sign-off and Serkan Aydın stated",
     [("WeChat_Elif_Kaya_Lily_Zhou.txt", T("""
微信聊天记录 WeChat chat history - Elif Kaya (Anadolu) / 周丽 Lily Zhou (Hengtai)
导出 exported 2024-07-03

2024-07-02 09:12  Elif Kaya: Good morning Lily. We paid your sample invoice PI-HT-24-0702 yesterday, bank slip in attachment. So now you can make the hall lantern samples HL-S2.
2024-07-02 09:13  Elif Kaya: [文件 File] dekont_PI-HT-24-0702.pdf
2024-07-02 09:14  Elif Kaya: Production qty is not released, on hold until Murat Bey do the sample sign-off, then Serkan Aydın sends the written release.
2024-07-02 09:40  周丽 Lily Zhou: Dear Elif, well received the payment, thanks! We start the samples now 😊
"""))])


# p41 EML multipart + SWIFT text attachment: deposit paid, go ahead; no quantity
_p41_swift = """{1:F01DBSSSGSGAXXX0174017440}{2:I103BOSZCNXXXXXXN}{4:
:20:LL240711-0174
:23B:CRED
:32A:240711EUR1488,00
:50K:/0174-017440-1
LIONLIFT MODERNISATION PTE. LTD.
51 UBI AVENUE 1 04-17 SINGAPORE
:59:/CZ6501744174017440174001
BRNOTECH VYTAHY S.R.O.
VIDENSKA 174 BRNO CZ
:70:DEPOSIT PI BT-PI-24-117
:71A:OUR
-}
"""
_p41_text = """Hi Petr,

We have paid the deposit today as per your proforma BT-PI-24-117, SWIFT copy attached. Go ahead!

The phase 1 balance stays on hold until the FAI sign-off by Kelvin Lim, then Mr Ong Wei Ming will send
the written release with the qty.

Regards
Jasmine
""" + SIG_JASMINE
_p41_html = """<html><body style="font-family:Calibri;font-size:11pt">
<p>Hi Petr,</p>
<p>We have paid the deposit today as per your proforma BT-PI-24-117, SWIFT copy attached. <b>Go ahead!</b></p>
<p>The phase 1 balance stays on hold until the FAI sign-off by Kelvin Lim, then Mr Ong Wei Ming will send the
written release with the qty.</p>
<p>Regards<br>Jasmine Tan<br>Procurement Executive, LionLift Modernisation Pte. Ltd.</p>
</body></html>"""
case("p41_lionlift_deposit_paid_go_ahead", ["RG002", "RG010", "RG012"],
     "'We have paid the deposit ... Go ahead!' treats the deposit as release (RG012), the go-ahead is unscoped "
     "(RG002) and no active quantity is stated (RG010); hold, FAI sign-off and Ong Wei Ming stated",
     [("BT-PI-24-117 door operators.eml", E(mail(
         JASMINE, PETR, "Deposit BT-PI-24-117 paid - door operators",
         "Thu, 11 Jul 2024 16:55:00 +0800", _p41_text, html=_p41_html,
         attachments=[("SWIFT_MT103_LL240711-0174.txt", _p41_swift, "text/plain")])))])


# p46 multi-file: PO (24 samples) + supplier proforma (20 samples)
case("p46_brava_po_and_proforma_disagree", ["RG011"],
     "buyer PO authorizes 24 sample push button sets; the supplier proforma for the same PO invoices 20; the PO "
     "scope is otherwise complete",
     [("PEDIDO_4500071870.txt", T("""
ASCENSORES BRAVA S.L.  -  SAP Business One  -  PEDIDO DE COMPRA / PURCHASE ORDER
N. PEDIDO: 4500071870          FECHA: 08.07.2024               PAGINA 1 DE 1
PROVEEDOR: P-00711  SUZHOU HENGTAI ELEVATOR PARTS CO., LTD. - SUZHOU (CN)
COMPRADOR: M. IGLESIAS      CONDICIONES PAGO: T/T 30/70          INCOTERM: FOB SHANGHAI
------------------------------------------------------------------------------------
LIN  ARTICULO        DESCRIPCION                           CANT.  UD   PRECIO    IMPORTE
  1  PB-35-SET       PUSH BUTTON SET PB-35 + BOX, BRAILLE      24  UD   USD 6,10  USD 146,40
                     (MUESTRAS / SAMPLES)  PLANO AB-PB-35 REV 2
------------------------------------------------------------------------------------
                                                  TOTAL                USD 146,40
OBSERVACIONES / SCOPE NOTE:
ACTIVE QUANTITY: TWENTY-FOUR (24) SAMPLE SETS.
BALANCE 976 SETS NOT RELEASED - ON HOLD.
UNLOCK: SAMPLE SIGN-OFF BY JORDI PUIG, THEN WRITTEN PRODUCTION RELEASE SIGNED BY
RAUL CARMONA (DIRECTOR DE OPERACIONES) WITH THE QUANTITY.
MATERIAL AUTHORITY: SAMPLE-ONLY (24 SETS).
""")),
      ("PI-HT-24-0655.pdf", P([
          ("h1", "PROFORMA INVOICE  PI-HT-24-0655"),
          ("p", "Seller: Suzhou Hengtai Elevator Parts Co., Ltd., Suzhou, China"),
          ("p", "Buyer: Ascensores Brava S.L., Paterna (Valencia), Spain.   Your PO: 4500071870.   Date: 10 July 2024"),
          ("table", [
              ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
              ["1", "Sample push button set PB-35 + box, Braille, drawing AB-PB-35 Rev 2", "20 sets", "6.10",
               "122.00"],
          ]),
          ("p", "Payment: T/T 30% deposit, 70% before shipment. Delivery: 15 days after deposit, FOB Shanghai."),
          ("p", "Lily Zhou, Sales Manager"),
      ], title="PI-HT-24-0655", author="Lily Zhou")),
      ])


# p47 PDF PO: six sample steps in the scope note, 8 in the line table
case("p47_lionlift_po_six_versus_eight", ["RG011"],
     "one PO states 'six (6) sample steps' in its scope note and 8 in the line table; otherwise complete",
     [("LL-PO-24-1031.pdf", P([
         ("h1", "PURCHASE ORDER LL-PO-24-1031"),
         ("p", "LionLift Modernisation Pte. Ltd., 51 Ubi Avenue 1 #04-17, Singapore 408933"),
         ("p", "Supplier: Coromandel Lift Components Pvt. Ltd., Chennai.   Date: 16 July 2024.   "
               "Project: Tampines Hub escalators E5/E6."),
         ("table", [
             ["Item", "Part no.", "Description", "Qty", "UOM", "Unit price SGD", "Amount SGD"],
             ["10", "ES-1000-SS", "Escalator step 1000 mm, stainless tread, EN 115-1:2017 - samples", "8", "pcs",
              "412.00", "3,296.00"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "1. This PO authorises six (6) sample steps only."),
         ("p", "2. The balance of the quoted quantity is not released and is on hold."),
         ("p", "3. Material authority: sample-only."),
         ("p", "4. The balance is unlocked only after the sample sign-off by Kelvin Lim (Project Engineer) and a "
               "written production release signed by Ong Wei Ming (Project Director)."),
         ("p", "Issued by: Jasmine Tan, Procurement Executive"),
     ], title="PO LL-PO-24-1031", author="Jasmine Tan"))])


# p48 EML + PDF: PO number in the mail differs from the attached PO
case("p48_calderbrook_mail_po_number_mismatch", ["RG011"],
     "cover mail names PO CHA-PO-30295, the attached PO for the same 3 sample door sets is numbered CHA-PO-30259; "
     "the scope is otherwise complete",
     [("CHA-PO-30295 sample door sets.eml", E(mail(
         TOM, BURAK, "Purchase order CHA-PO-30295 - sample landing door sets, Mixenden Tower A",
         "Wed, 17 Jul 2024 14:25:00 +0100",
         """Dear Mr Şahin,

Please find attached purchase order CHA-PO-30295 for three (3) sample landing door sets LD-CO-800 for
Mixenden Tower A.

The remaining 45 sets are not released and stay on hold until the sample sign-off by Gareth Holloway
(Pennine Lift Consultancy) and a written production release from Fiona McBride, Head of Assets.
Material for the 3 samples only, please.

Kind regards,
Tom
""" + SIG_TOM, cc=GARETH,
         attachments=[("CHA-PO-30259.pdf", P([
             ("h1", "PURCHASE ORDER CHA-PO-30259"),
             ("p", "Buyer: Calderbrook Housing Association, Halifax.   Supplier: Ege Kapi Sistemleri Ltd. Sti., "
                   "Manisa.   Date: 17 July 2024."),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Unit price GBP", "Total GBP"],
                 ["1", "LD-CO-800", "Landing door set 800 x 2000 mm, E120 - SAMPLE, Mixenden Tower A", "3",
                  "1,120.00", "3,360.00"],
             ]),
             ("sp",),
             ("p", "Scope: 3 sample sets only. Balance 45 sets not released, on hold until sample sign-off "
                   "(Gareth Holloway) and written production release by Fiona McBride, Head of Assets. "
                   "Material authority: sample-only."),
             ("p", "Issued by Tom Ashworth, Procurement Officer."),
         ], title="PO CHA-PO-30259", author="Tom Ashworth"), PDF_MT)])))])


# p42 EDI 830: planning weeks declared committed; total 180 vs the lines' 200
case("p42_anadolu_edi830_all_committed", ["RG008", "RG011"],
     "EDI 830 message declares the planning ('D') weeks committed and asks to produce them (RG008); the stated "
     "committed total 180 disagrees with the lines, which add up to 200 (RG011)",
     [("EDI_830_PS-2407-0031.txt", T("""
EDI TRANSACTION PRINTOUT   ANSI X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY
SENDER  : ANADOLUASANSOR (ZZ)        RECEIVER : BRNOTECH (ZZ)
ISA CTRL: 000017488                  GS CTRL  : 1788        PRINTED: 2024-07-08 07:55
-----------------------------------------------------------------------------------
BFR*05*PS-2407-0031**DL*A*20240708*20241231*20240708
N1*BY*ANADOLU ASANSOR SAN. VE TIC. A.S.
N1*SU*BRNOTECH VYTAHY S.R.O.
LIN**BP*DO-BT-VF800*EC*AA-DO-800 REV 04
UIT*EA
FST*40*C*W*20240805                       C = firm
FST*40*C*W*20240902                       C = firm
FST*60*D*W*20241007                       D = planning
FST*60*D*W*20241104                       D = planning
CTT*1
-----------------------------------------------------------------------------------
N9/MSG (HUMAN READABLE):
ALL QUANTITIES IN THIS SCHEDULE, INCLUDING THE PLANNING WEEKS, ARE COMMITTED BY
ANADOLU. PLEASE PRODUCE AND SHIP ACCORDING TO THE SCHEDULE.
TOTAL COMMITTED QUANTITY: 180 PCS.
-----------------------------------------------------------------------------------
"""))])


# p44 plain-text meeting notes: "approved" three ways; interim lot 40 vs 50
case("p44_anadolu_notes_interim_40_vs_50", ["RG009", "RG011"],
     "'approved' for the samples (Quality), the PO (finance) and production of the interim lot (RG009); the interim "
     "lot is 40 in the notes and 50 in the action list (RG011)",
     [("Toplanti_notu_09-07-2024_EgeKapi.txt", T("""
TOPLANTI NOTU / MEETING NOTES - 09.07.2024 - Ege Kapı visit to Anadolu, Kemalpaşa
Katılımcılar / Present: Elif Kaya, Murat Demirci (Anadolu); Burak Şahin, Ayşe Yılmaz (Ege Kapı)
Konu / Subject: LD-TK-800 landing doors, PO 4500088520

1. Samples LD-TK-800: 6 pcs checked, approved by Quality (Murat Demirci). Paint 64-70 µm OK.
2. PO 4500088520 rev.1 approved by finance, covers the interim lot.
3. Interim lot: forty (40) doors approved for production, valid until 30.09.2024.
   Release REL-LD-052-01 signed by Serkan Aydın, Production Director.
4. Balance: on hold until the full sample sign-off after the hinge correction, then written release
   by Serkan Aydın.

AKSİYONLAR / ACTIONS
- Ege Kapı: produce the interim lot of 50 doors, ship in 2 trucks ........ Ayşe Yılmaz, wk 33
- Ege Kapı: 3 new samples with corrected hinge ........................... Burak Şahin, wk 31
- Anadolu: send EN 81-50 test report template ............................ Murat Demirci, 12.07
"""))])


# p52 quoted thread: supplier starts 400 because deposit received
case("p52_hengtai_deposit_received_start_400", ["RG012"],
     "supplier: 'Since deposit is received, we will start the production of 400 pcs'; the quoted buyer scope is "
     "complete (4 samples, 396 on hold, Murat Demirci sign-off, Serkan Aydın)",
     [("RE PO 4500088540 COP-S5 samples.eml", E(mail(
         LILY, ELIF, "RE: PO 4500088540 - COP-S5 samples",
         "Fri, 19 Jul 2024 16:30:00 +0800",
         """Dear Elif,

Deposit for PI-HT-24-0733 received today, many thanks!

Since deposit is received, we will start the production of 400 pcs together, it is more efficient for
our line. The 4 samples we send first by DHL next week.

Best regards
Lily
""" + SIG_LILY + """
------------------ Original ------------------
From: Elif Kaya <elif.kaya@anadoluasansor.com.tr>
Date: Tue, Jul 16, 2024 10:05 AM
To: Lily Zhou <lily.zhou@hengtai-lift.cn>
Subject: PO 4500088540 - COP-S5 samples

> Dear Lily Hanım,
> PO 4500088540 is for 4 sample COP-S5 only. The balance 396 pcs is not released, on hold until
> the sample sign-off by Murat Demirci and the written release signed by Serkan Aydın (Production
> Director). Material authority: sample-only. We pay the 30% deposit on the sample PI this week.
> Best regards, Elif
""", in_reply_to="<h174-cops5-0716@anadoluasansor.com.tr>")))])


# p53 HTML supplier portal: PO acceptance = released to production
case("p53_brnotech_portal_po_accepted_released", ["RG012"],
     "supplier portal: 'PO accepted -> released to production (all 60 pcs)' and 'PO acceptance releases the order "
     "to production automatically' for a PO of 3 samples",
     [("brnotech_zakazky_4500071877.html", H("Brnotech - Zakázky / Orders", """
<h1>Brnotech Výtahy - Zakázky / Orders</h1>
<p>Zákazník / Customer: <b>Ascensores Brava S.L.</b> &middot; obchod: Petr Novák &middot; planning: Lenka Dvořáková</p>
<table>
<tr><th>PO</th><td>4500071877</td></tr>
<tr><th>Item</th><td>DO-BT-VF800 door operator, 2-panel side opening 800 mm</td></tr>
<tr><th>PO quantity</th><td>3 pcs (samples)</td></tr>
<tr><th>Quoted series</th><td>57 pcs (BT-Q-2024-0391)</td></tr>
<tr><th>Status</th><td>PO accepted 12.07.2024 &rarr; released to production (all 60 pcs)</td></tr>
<tr><th>Start</th><td>week 30, line 2</td></tr>
</table>
<div class="note">U nás platí / Our rule: PO acceptance releases the order to production automatically. The series
quantity of the quotation is planned together with the samples.</div>
""", lang="cs"))])


# ================================================================== BUILD
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    order = list(CASES)
    random.Random(174174).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_")
        folder = f"h174_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"{len(order)} cases, {sum(1 for c in order if not c['expect'])} clean")


if __name__ == "__main__":
    main()
