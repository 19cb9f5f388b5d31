#!/usr/bin/env python3
"""Generator for the releasegate check_holdout166 corpus (rail and bus interiors).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout166/build.py

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
_PDF_MAP = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d"}


def _pdfsafe(s):
    """The standard PDF fonts only cover cp1252: spell Czech, Polish and Turkish letters outside it
    without their accents (č -> c, ş -> s, ı -> i) so the text layer stays readable."""
    import unicodedata
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            ch = _PDF_MAP.get(ch, ch)
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch)
                               if not unicodedata.combining(c)))
    return "".join(out)


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
            flow.append(Paragraph(escape(_pdfsafe(b[1])), ss["Heading2"]))
        elif kind == "h1":
            flow.append(Paragraph(escape(_pdfsafe(b[1])), ss["Title"]))
        elif kind == "p":
            flow.append(Paragraph(escape(_pdfsafe(b[1])), ss["BodyText"]))
        elif kind == "pre":
            flow.append(Preformatted(_pdfsafe(b[1]), ss["Code"]))
        elif kind == "sp":
            flow.append(Spacer(1, 10))
        elif kind == "table":
            rows = [[Paragraph(escape(_pdfsafe(str(c))), ss["BodyText"]) for c in r] for r in b[1]]
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
    m["Message-ID"] = msgid or f"<h166-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h166")
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


def sig(name, title, company, phone="+44 115 496 0100"):
    return SIG_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)


def txt(s):
    """Plain text file content: strip the leading newline of a triple-quoted block."""
    return s.lstrip("\n")


# ===================================================================== CASES
# c.. = clean (expect []), p.. = with risks. Folder names are neutral (see main()).


# ------------------------------------------------------------------ batch 1
ELB = "Elbtal Schienenfahrzeuge GmbH"
SVY = "Sedačky Vysočina s.r.o."
PRV = "Pennine Rail Vehicles Ltd"
LUM = "Luminar Transportes Lda"
PLR = "Polrack Interiors Sp. z o.o."
TFE = "Talleres Ferroviarios del Ebro S.A."
NHY = "Ningbo Haoyun Transit Lighting Co., Ltd."
DCW = "Deccan Coach Works Pvt. Ltd."
MAR = "Marmara Otobüs Sanayi A.Ş."
EGE = "Ege Koltuk Sanayi ve Ticaret A.Ş."
MCF = "Moravia Composite Floors a.s."
ARS = "Anadolu Raylı Sistemler A.Ş."

# c01: supplier quote with mock-up and series tiers, no authorization anywhere
case("c01_quote_seats_cz", [], "Supplier quote alone: mock-up and series tiers, no authorized quantity.", [
    ("NV-2024-0311_nabidka.pdf", pdf([
        ("h1", "NABÍDKA / QUOTATION  NV-2024-0311"),
        ("p", f"{SVY}, Průmyslová 1418/7, 586 01 Jihlava, Czech Republic. IČ 25318722, DIČ CZ25318722."),
        ("p", f"Customer: {ELB}, Einkauf Interieur, attn. Mr Jens Hartmann. Your RFQ: ANF-412-0087 of 11.03.2024."),
        ("p", "Subject: double passenger seat DS-2 for project Regio-TZ 412, drawing 412-7710-200 Rev C, "
              "fire protection EN 45545-2 HL2 (R21), strength per EN 12663-1 category P-II interior fittings."),
        ("table", [
            ["Pos.", "Description", "Quantity", "Unit price EUR", "Lead time"],
            ["1", "Mock-up seat DS-2, hand-built frame, upholstery per colour board CB-07", "6 pcs", "1.480,00",
             "7 weeks after drawing freeze"],
            ["2", "Series seat DS-2 (24 per car, 48 cars)", "1.152 pcs", "612,50",
             "14 weeks after receipt of your written series order"],
            ["3", "Fire test specimens EN 45545-2 R21 (one set, tested at accredited lab)", "1 set", "2.900,00",
             "5 weeks"],
        ]),
        ("sp",),
        ("p", "Prices net, FCA Jihlava (Incoterms 2020), packing in returnable racks included. Series price "
              "is calculated on 1.152 pcs; for a series below 600 pcs we will re-quote. Moquette and foam per "
              "customer specification TS-412-INT-03, tooling for the seat shell quoted separately (NV-2024-0312)."),
        ("p", "Payment 30 days net. Validity of this quotation: 90 days. This quotation is an offer only and "
              "is not an order confirmation; each position becomes binding only with your purchase order."),
        ("p", "Jihlava, 19.03.2024 - Petr Novotný, Sales Manager Rail, +420 567 210 433, novotny@sedacky-vysocina.cz"),
    ], title="Quotation NV-2024-0311", author="Petr Novotny")),
])

# c02: supplier asks for a go-ahead; buyer answers with a complete scope
_q = mail(f"Tomasz Wiśniewski <t.wisniewski@polrack.pl>", "Tom Ashdown <tom.ashdown@pennine-rail.co.uk>",
          "PO 4700021873 - FAI racks status / series?", "Mon, 06 May 2024 08:41:00 +0200",
          "Dear Tom,\n\nthe 20 FAI luggage racks are in powder coating now, shipping is planned in week 19.\n\n"
          "Our planning asks if we have your go-ahead for the remaining 460 pcs already, because our "
          "extrusion supplier has a free slot in June. Could you confirm?\n\nBest regards,\nTomasz\n",
          msgid="<h166-q-0001@polrack.pl>")
case("c02_reply_fai_racks", [], "Supplier's go-ahead question answered by buyer: 20 FAI only, 460 held, FAI sign-off + written release by named Procurement Lead.", [
    ("RE_PO_4700021873_FAI_racks.eml", eml_bytes(mail(
        "Tom Ashdown <tom.ashdown@pennine-rail.co.uk>", "Tomasz Wiśniewski <t.wisniewski@polrack.pl>",
        "RE: PO 4700021873 - FAI racks status / series?", "Mon, 06 May 2024 11:15:00 +0100",
        "Hi Tomasz,\n\nShort answer: no, not yet.\n\nPO 4700021873 covers the 20 FAI racks only (line 10, "
        "20 off, drg PRV-AUR-5120 rev B). The remaining 460 racks from your quote PQ/24/117 are not "
        "released, so please don't cut or order anything for them.\n\nThey will be released by Sarah "
        "Whitcombe, our Procurement Lead, in a written release once the FAI report for the 20 racks has "
        "been signed off by Graham Lyle's team. Until then the only thing to build is the 20.\n\n"
        "Thanks for keeping us posted on the coating - week 19 works for us, goods-in Ilkeston, "
        "bay 3, Mon-Thu 07:00-14:30.\n\nCheers,\nTom\n"
        + sig("Tom Ashdown", "Buyer, Interiors", PRV, "+44 115 496 0233")
        + "\n\n-----Original Message-----\nFrom: Tomasz Wiśniewski\nSent: 06 May 2024 07:41\n"
        "Subject: PO 4700021873 - FAI racks status / series?\n\n"
        + "\n".join("> " + l if l else ">" for l in _q.get_content().splitlines()) + "\n",
        in_reply_to="<h166-q-0001@polrack.pl>"))),
])

# c05: full-quantity PO, "proceed" scoped to the full quantity, no balance
case("c05_po_floor_panels_es", [], "Full contract quantity PO (384 panels) with scoped 'proceed'; no balance exists.", [
    ("PO_4510009862_TFE.pdf", pdf([
        ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4510009862"),
        ("p", f"{TFE} - Polígono Industrial Malpica, calle E 31, 50016 Zaragoza, España. CIF A50123987."),
        ("p", f"Proveedor / Supplier: {MCF}, Hulínská 2288, 767 01 Kroměříž, CZ. Supplier no. 700412."),
        ("p", "Project: Cercanías C-250 (4 trainsets, 16 cars). Part: aluminium honeycomb floor panels, "
              "drawing C250-4400-117 Rev 05, fire class EN 45545-2 HL3 (R10), quotation MCF-Q-2024-0051."),
        ("table", [
            ["Pos.", "Material", "Description", "Per car", "Cars", "Qty", "Unit EUR"],
            ["10", "C250-4400-117-A", "Floor panel set, cab car", "22", "8", "176", "318,00"],
            ["20", "C250-4400-117-B", "Floor panel set, intermediate car", "26", "8", "208", "296,50"],
            ["", "", "Total", "", "16", "384", ""],
        ]),
        ("sp",),
        ("h", "Delivery schedule (DAP Zaragoza, Incoterms 2020)"),
        ("table", [
            ["Trainset", "Cab car panels", "Intermediate car panels", "Total", "Delivery"],
            ["TS 1", "44", "52", "96", "KW 24/2024"],
            ["TS 2", "44", "52", "96", "KW 27/2024"],
            ["TS 3", "44", "52", "96", "KW 31/2024"],
            ["TS 4", "44", "52", "96", "KW 35/2024"],
        ]),
        ("sp",),
        ("p", "Nota: This purchase order covers the complete contract quantity of project C-250. The FAI of "
              "both panel types was signed off on 12.03.2024 (report FAI-C250-031). Please proceed with "
              "manufacture of the full quantity of 384 panels according to the delivery schedule above. "
              "No further quantities are outstanding under this project."),
        ("p", "Conditions: TFE general purchasing conditions rev. 2023-02; payment 60 days; certificate "
              "3.1 per EN 10204 for the aluminium skins with each delivery."),
        ("p", "Zaragoza, 18.04.2024 - Ana García Ruiz, Compras, +34 976 470 512"),
    ], title="PO 4510009862", author="TFE Compras")),
])

# c06: call-off per vehicle with an explicit staged material authority above the released quantity
case("c06_calloff3_seats_de", [], "Call-off 3 releases 72 seats (cars 7-9); explicit staged material authority for 288; balance 936 held until next call-off signed by named buyer.", [
    ("Abruf_03_4500078812.pdf", pdf([
        ("h1", "ABRUF / CALL-OFF No. 3"),
        ("p", f"{ELB}, Werkstraße 40, 01139 Dresden. Frame order 4500078812 (1.152 seats DS-2, project Regio-TZ 412)."),
        ("p", f"To: {SVY}, Jihlava - attn. Ms Jana Dvořáková, Order Management."),
        ("table", [
            ["Car", "Vehicle no.", "Seats DS-2", "Delivery to", "Week"],
            ["7", "412 007-1", "24", "Dresden, Halle 3", "KW 30"],
            ["8", "412 008-9", "24", "Dresden, Halle 3", "KW 30"],
            ["9", "412 009-7", "24", "Dresden, Halle 3", "KW 31"],
            ["", "Total this call-off", "72", "", ""],
        ]),
        ("sp",),
        ("p", "Released for production with this call-off: 72 seats (cars 7 to 9). Released to date "
              "including call-offs 1 and 2: 216 seats (cars 1 to 9)."),
        ("p", "Material authority (staged): you may buy and hold seat frames, foam and moquette for up to "
              "288 seats (cars 1 to 12) at Elbtal's liability. This is material authority only; it does not "
              "release production beyond the 216 seats called off."),
        ("p", "The remaining 936 seats of the frame order are not released. Further quantities are released "
              "only by the next call-off, signed by Jens Hartmann, Einkauf Interieur."),
        ("p", "Kitting per car: one labelled pallet per car, seat positions per layout 412-0100-004."),
        ("p", "Dresden, 27.05.2024 - Jens Hartmann, Einkauf Interieur, +49 351 8840 217"),
    ], title="Call-off 3", author="Jens Hartmann")),
])

# c08: supplier: deposit does not release production
case("c08_deposit_confirmation_cn", [], "Supplier confirms deposit and states it does not release production; 8 samples only, 640 wait for written release.", [
    ("Deposit_received_MO-2024-0457.eml", eml_bytes(mail(
        "Kevin Zhang <kevin.zhang@haoyun-lighting.cn>", "Murat Kaya <murat.kaya@marmara-otobus.com.tr>",
        "Deposit received - PO MO-2024-0457 / LED light strip LS-BUS-12", "Wed, 15 May 2024 16:20:00 +0800",
        "Dear Mr. Kaya,\n\nGood day! We confirm the deposit USD 1,860.00 for PO MO-2024-0457 is received "
        "today, thank you very much.\n\nPlease note, as agreed on the phone: this deposit covers the diffuser "
        "extrusion die and the 8 pcs sample light strips only. The deposit does not release mass production. "
        "We will make the 8 samples and send by DHL around 24 May, and we will not start the 640 pcs until we "
        "receive your written release, signed by you, after Ms. Demir has signed off the samples.\n\n"
        "Sample spec: PC opal diffuser, UL94 V-0, CCT 4000K, 24 V DC, length 1,180 mm, tested to "
        "ECE R118 Annex 8. Test report will come with the samples.\n\nBest regards,\nKevin Zhang\n"
        "Sales Manager, Bus & Coach\n" + NHY + "\nNo. 88 Xingning Road, Yinzhou, Ningbo 315100\n"
        "Tel +86 574 8790 2231\n",
        html="<p>Dear Mr. Kaya,</p><p>Good day! We confirm the deposit USD 1,860.00 for PO MO-2024-0457 is "
             "received today, thank you very much.</p><p>Please note, as agreed on the phone: this deposit covers "
             "the diffuser extrusion die and the 8 pcs sample light strips only. <b>The deposit does not release "
             "mass production.</b> We will make the 8 samples and send by DHL around 24 May, and we will not start "
             "the 640 pcs until we receive your written release, signed by you, after Ms. Demir has signed off the "
             "samples.</p><p>Sample spec: PC opal diffuser, UL94 V-0, CCT 4000K, 24 V DC, length 1,180 mm, tested "
             "to ECE R118 Annex 8. Test report will come with the samples.</p><p>Best regards,<br>Kevin Zhang<br>"
             "Sales Manager, Bus &amp; Coach</p>"))),
])

# p01: bare mock-up PO with the project quantity printed beside it
case("p01_po_mockup_seats_de", ["RG001", "RG003", "RG004", "RG005"],
     "Mock-up PO for 6 seats prints project quantity 1.152; no hold, no unlock event, no named release person.", [
    ("Bestellung_4500079140.pdf", pdf([
        ("h1", "BESTELLUNG / PURCHASE ORDER 4500079140"),
        ("p", f"{ELB}, Werkstraße 40, 01139 Dresden - Einkauf Interieur. USt-IdNr. DE 812 554 930."),
        ("p", f"Lieferant / Supplier: {SVY}, Průmyslová 1418/7, 586 01 Jihlava, CZ. Lieferanten-Nr. 60 1187."),
        ("table", [
            ["Project", "Regio-TZ 412"],
            ["Project quantity", "1.152 seats DS-2 (48 cars x 24)"],
            ["Your quotation", "NV-2024-0311 of 19.03.2024"],
            ["Delivery", "KW 22/2024, Mock-up-Halle, Werkstraße 40, Tor 5"],
        ]),
        ("sp",),
        ("table", [
            ["Pos.", "Material", "Text", "Qty", "Unit", "Price EUR"],
            ["10", "412-7710-200-MU", "Doppelsitz DS-2, Mock-up-Ausführung, Zeichnung 412-7710-200 Rev C",
             "6", "ST", "1.480,00"],
            ["20", "412-FT-021", "Brandschutzprüfkörper EN 45545-2 R21, 1 Satz", "1", "SA", "2.900,00"],
        ]),
        ("sp",),
        ("p", "Bitte Auftragsbestätigung innerhalb von 5 Arbeitstagen. Please confirm this order within 5 "
              "working days, quoting our PO number on all documents. Colour board CB-07 and moquette "
              "'Elbe blau' as agreed in the design review of 04.04.2024."),
        ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2022). Zahlungsziel 30 Tage netto."),
        ("p", "i.A. Einkauf Interieur"),
    ], title="Bestellung 4500079140", author="Elbtal Einkauf")),
])

# p02: PO email with the supplier quote attached, nothing says the series figure is not released
_p02_po = pdf([
    ("h1", "PURCHASE ORDER 4700022410"),
    ("p", f"{PRV}, Quarry Lane Works, Ilkeston DE7 4RJ, United Kingdom. VAT GB 318 4471 02."),
    ("p", f"Supplier: {LUM}, Zona Industrial de Águeda, Rua da Inovação 12, 3750-750 Águeda, Portugal."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Unit price EUR"],
        ["10", "PRV-AUR-6610-B", "LED saloon lighting strip LS-1200 variant B, FAI build", "10", "EA", "214.00"],
        ["20", "PRV-AUR-6610-DOC", "FAI report AS/EN 9102 format + EN 45545-2 R1 certificate", "1", "LOT", "0.00"],
    ]),
    ("sp",),
    ("p", "Delivery: 14 June 2024, DAP Ilkeston, goods-in bay 3. Reference: your quotation LQ-24-0193."),
    ("p", "Terms: PRV standard terms of purchase (issue 7). Payment 60 days end of month."),
    ("p", "Buyer: Tom Ashdown, +44 115 496 0233"),
], title="PO 4700022410", author="Pennine Rail Vehicles")
_p02_q = pdf([
    ("h1", "Quotation LQ-24-0193"),
    ("p", f"{LUM} - Iluminação para transportes. To: {PRV}, Mr Tom Ashdown."),
    ("p", "Project Aurora EMU, saloon lighting strip LS-1200 variant B, 1,200 mm, 110 V DC, 4000 K, "
          "CRI > 80, EN 45545-2 HL2 R1, EN 50155 electronics."),
    ("table", [
        ["Item", "Description", "Quantity", "Unit EUR", "Delivery"],
        ["A", "FAI strips, variant B", "10", "214,00", "5 weeks"],
        ["B", "Series strips variant B (46 cars x 40)", "1.840", "96,40", "10 weeks, 2 cars per week"],
    ]),
    ("sp",),
    ("p", "Validity 60 days. Prices EXW Águeda; DAP UK on request. Águeda, 22 April 2024, João Ferreira."),
], title="LQ-24-0193", author="Joao Ferreira")
case("p02_po_email_led_uk", ["RG001", "RG003", "RG004", "RG005"],
     "FAI PO for 10 strips sent with quote showing 1.840 series; nothing says series not released, no event, no person.", [
    ("PO_4700022410_Luminar.eml", eml_bytes(mail(
        "Tom Ashdown <tom.ashdown@pennine-rail.co.uk>", "João Ferreira <joao.ferreira@luminar-transportes.pt>",
        "PO 4700022410 - Aurora saloon lighting strips", "Thu, 25 Apr 2024 14:02:00 +0100",
        "Hi João,\n\nPlease find attached PO 4700022410 for the FAI lighting strips (10 off, LS-1200 variant B), "
        "together with your quote LQ-24-0193 back with our PO number on it.\n\nDelivery to Ilkeston goods-in by "
        "14 June please. Any questions on the drawing, give Graham Lyle a shout on 0115 496 0271.\n\nThanks,\nTom\n"
        + sig("Tom Ashdown", "Buyer, Interiors", PRV, "+44 115 496 0233"),
        attachments=[("PO_4700022410.pdf", _p02_po, PDF_MT), ("LQ-24-0193_PRV4700022410.pdf", _p02_q, PDF_MT)]))),
])

# p03: Teams chat: first-article lot without a number; later an unscoped "good to go"
case("p03_teams_fai_seats", ["RG002", "RG010"],
     "Buyer starts 'the first-article lot' with no quantity anywhere; engineer later says 'you're good to go' unscoped.", [
    ("Teams_Regio-TZ412_Sitze.txt", txt("""
Microsoft Teams - chat export
Chat: Regio-TZ 412 | Sitze DS-2 (external)
Participants: Jens Hartmann (Elbtal), Katrin Vogel (Elbtal), Petr Novotný (Sedačky Vysočina), Jana Dvořáková (Sedačky Vysočina)
Exported: 21.06.2024 17:05

[03.06.2024 08:12] Jens Hartmann
Morning Petr, Jana. PO 4500079377 is out in SUPPLIER-NET since Friday evening.

[03.06.2024 08:14] Jens Hartmann
For the first-article lot please start now. Rest of the series is NOT released - I send the written release myself once Anja's FAI sign-off is in the system.

[03.06.2024 08:31] Petr Novotný
Good morning, thank you. We start with cutting the frames today. Moquette Elbe blau is in house.

[03.06.2024 09:02] Jana Dvořáková
PO is confirmed in portal, delivery KW 25 to Halle 3 as usual.

[12.06.2024 15:47] Petr Novotný
Photos from first article attached (seat 1 + seat 2, armrest detail, bolster). [4 images]

[12.06.2024 16:20] Katrin Vogel
Looks really good, seams and the bolster fit are fine now. Distance to the side wall 18 mm, OK.

[12.06.2024 16:21] Katrin Vogel
From my side you're good to go 👍

[12.06.2024 16:25] Petr Novotný
Super, thanks Katrin 🙂 We ship Thursday.

[21.06.2024 11:03] Jana Dvořáková
Delivery note LS-24-1190 uploaded, truck arrived 10:40.
""")),
])

# p04: supplier bought fabric for the whole series and plans to roll into it after the mock-up review
_p04_q = ("Dear Ms Dvořáková,\n\nto be very clear on PO 4500079140 rev 1: it covers the 6 mock-up seats only. "
          "The 1.152 series seats from your quotation NV-2024-0311 are not released. The series will be "
          "released only in writing by me, after the mock-up review with the operator on 18 June. There is "
          "no material authority for series material - any series material is at your own risk.\n\n"
          "Mit freundlichen Grüßen\nJens Hartmann\nEinkauf Interieur, " + ELB)
case("p04_supplier_fabric_cz", ["RG006", "RG007"],
     "Supplier ordered fabric/foam for all 1.152 seats against a 6-seat release and plans to go straight into series when the mock-up review passes.", [
    ("AW_Bestellung_4500079140_rev1.eml", eml_bytes(mail(
        "Jana Dvořáková <dvorakova@sedacky-vysocina.cz>", "Jens Hartmann <jens.hartmann@elbtal-sfz.de>",
        "AW: Bestellung 4500079140 rev 1 - Mock-up DS-2", "Tue, 14 May 2024 10:37:00 +0200",
        "Dear Mr. Hartmann,\n\nthank you for the clarification. The mock-up seats are in upholstery now and will "
        "be ready in KW 23, one week earlier than the order date.\n\nFor the series we have one important point: "
        "the weaving mill makes the colour 'Elbe blau' only two times per year. To protect your timing we have "
        "placed the moquette order for the full 1.152 seats already, together with the foam sets from our "
        "supplier in Brno. Like this, as soon as the mock-up review is passed we go directly into the series with "
        "trainset 1 and there is no lost time for you.\n\nWe will send the updated production plan on Friday.\n\n"
        "S pozdravem / Best regards\nJana Dvořáková\nOrder Management\n" + SVY + "\n+420 567 210 440\n\n"
        "-----Original Message-----\nFrom: Jens Hartmann\nSent: Monday, May 13, 2024 4:52 PM\n"
        "Subject: Bestellung 4500079140 rev 1 - Mock-up DS-2\n\n"
        + "\n".join("> " + l if l else ">" for l in _p04_q.splitlines()) + "\n"))),
])

# p06: supplier books a labelled forecast as firm demand and buys material for it
_p06_q = ("Dear Kevin,\n\nPlease find PO 5100004471 for 10 nos. sample berth reading lights BRL-24 (line 10). "
          "Balance quantity is NOT released - release only in writing by undersigned after sample sign-off by "
          "Mr. R. Iyer (Quality).\n\nFor your capacity planning only, our FORECAST (non-binding) for FY 2024-25 is "
          "approx. 2,000 nos.\n\nRegards,\nRahul Mehta\nSr. Manager - Purchase, " + DCW)
case("p06_supplier_oc_forecast_cn", ["RG006", "RG008"],
     "Supplier books the buyer's non-binding 2,000 forecast as firm demand and buys LED chips and housings for 2,000 against a 10-sample PO.", [
    ("OC_SO-24-1187_Deccan.eml", eml_bytes(mail(
        "Lily Chen <lily.chen@haoyun-lighting.cn>", "Rahul Mehta <rahul.mehta@deccancoach.in>",
        "RE: PO 5100004471 - sample berth reading lights BRL-24", "Fri, 19 Apr 2024 17:48:00 +0800",
        "Dear Mr. Rahul,\n\nThank you for your PO 5100004471, well received. The 10 pcs samples are scheduled, "
        "ex-works 10 May.\n\nWe have also booked your forecast of 2,000 pcs as firm demand in our FY plan (our ref. "
        "SO-24-1187) and reserved the SMT line capacity for you. Under this commitment we already purchased the "
        "LED chips (Nichia, same bin) and the aluminium housings for the 2,000 pcs, because the bin will not be "
        "available later and the price of aluminium is going up.\n\nPlease find the sample inspection plan in "
        "next mail.\n\nBest regards\nLily Chen\nCustomer Service, Rail\n" + NHY + "\nTel +86 574 8790 2245\n\n"
        "------------------ Original ------------------\nFrom: Rahul Mehta\nDate: Thu, 18 Apr 2024 11:05 +0530\n"
        "Subject: PO 5100004471 - sample berth reading lights BRL-24\n\n"
        + "\n".join("> " + l if l else ">" for l in _p06_q.splitlines()) + "\n"))),
])

# p07: "release" used for drawing, PO and production in one buyer mail
case("p07_release_news_es", ["RG009"],
     "Buyer uses 'released' for drawing revision (technical), PO in SAP (commercial) and series (production).", [
    ("C250_seats_status.eml", eml_bytes(mail(
        "Ana García Ruiz <agarcia@tfe-ferroviaria.es>", "Burak Yılmaz <burak.yilmaz@egekoltuk.com.tr>",
        "C-250 seats: drawing, PO and series", "Wed, 08 May 2024 12:30:00 +0200",
        "Dear Burak,\n\nSome news about the passenger seats for Cercanías C-250:\n\n"
        "1) Drawing C250-7100-020 is released in revision F by Ingeniería (Pilar Muñoz) since yesterday. Please "
        "work only with rev F, the armrest bracket has changed.\n\n"
        "2) PO 4510010120 is released in SAP today. It covers 8 FAI seats (line 10); you receive it from the "
        "system in the next hour.\n\n"
        "3) For the series of 632 seats, the release will come from me in writing, after the fire test report "
        "EN 45545-2 (R22/R23) is positive and the FAI sign-off by Jorge Ibáñez (Calidad). Until then the 632 "
        "seats are not released.\n\nThank you and best regards,\nAna\n\n"
        "Ana García Ruiz\nCompras - Interiores\n" + TFE + "\nTel. +34 976 470 512\n\n"
        "Este mensaje y sus adjuntos son confidenciales. / This message and its attachments are confidential.\n",
        html="<p>Dear Burak,</p><p>Some news about the passenger seats for Cercanías C-250:</p><ol>"
             "<li>Drawing C250-7100-020 is released in revision F by Ingeniería (Pilar Muñoz) since yesterday. "
             "Please work only with rev F, the armrest bracket has changed.</li>"
             "<li>PO 4510010120 is released in SAP today. It covers 8 FAI seats (line 10); you receive it from "
             "the system in the next hour.</li>"
             "<li>For the series of 632 seats, the release will come from me in writing, after the fire test "
             "report EN 45545-2 (R22/R23) is positive and the FAI sign-off by Jorge Ibáñez (Calidad). Until then "
             "the 632 seats are not released.</li></ol><p>Thank you and best regards,<br>Ana</p>"))),
])

# p08: mock-up racks with no quantity stated anywhere
case("p08_mockup_racks_de", ["RG010"],
     "Buyer authorizes 'the luggage racks of the mock-up car' with hold, event and named person but never a quantity.", [
    ("Bestellung_4500079522_Mockup_Gepaeckablagen.eml", eml_bytes(mail(
        "Jens Hartmann <jens.hartmann@elbtal-sfz.de>", "Tomasz Wiśniewski <t.wisniewski@polrack.pl>",
        "Bestellung 4500079522 - Gepäckablagen Mock-up-Wagen", "Thu, 16 May 2024 09:05:00 +0200",
        "Dear Mr. Wiśniewski,\n\nour PO 4500079522 is for the luggage racks of the mock-up car. Please build "
        "them to drawing 412-8120-010 Rev B, powder coat RAL 9006, and deliver to our mock-up hall in Dresden "
        "(Halle 7, gate 5) in KW 26.\n\nThe series racks are not released. They will be released in writing by "
        "me after the mock-up review with the operator (planned for 9 July). Please do not plan or buy anything "
        "for the series before that.\n\nMit freundlichen Grüßen / Best regards\nJens Hartmann\n"
        "Einkauf Interieur\n" + ELB + "\nWerkstraße 40, 01139 Dresden\nTel. +49 351 8840 217\n\n"
        "Sitz der Gesellschaft: Dresden, Amtsgericht Dresden HRB 40917. Geschäftsführer: Dr. Matthias Kühn.\n"))),
])

# p09: Indian PO: line says 12, note says 16; balance held until FAI clearance but nobody named
case("p09_po_chair_car_seats_in", ["RG005", "RG011"],
     "PO line 12 sample seats vs note 16; balance held until FAI clearance but no named release person.", [
    ("PO_5100004518_EgeKoltuk.pdf", pdf([
        ("h1", "PURCHASE ORDER No. 5100004518"),
        ("p", f"{DCW}, Plot D-14, MIDC Chakan Phase II, Pune 410501, Maharashtra, India. GSTIN 27AABCD4471K1Z3."),
        ("p", f"Vendor: {EGE}, Atatürk OSB 10003 Sok. No:7, Çiğli, İzmir, Türkiye. Vendor code V-30882."),
        ("p", "Project: DCW-CC chair car coaches. Item: 2+2 reclining passenger seat, drawing DCW-CC-3110 Rev 3, "
              "EN 45545-2 HL2 R21, customer specification TS-CC-08 rev 2."),
        ("table", [
            ["Sl.", "Item code", "Description", "Qty", "UoM", "Rate EUR", "Value EUR"],
            ["10", "CC-3110-S", "Sample seats 2+2 chair car (FAI and fire test)", "12", "Nos.", "905.00", "10,860.00"],
        ]),
        ("sp",),
        ("p", "Special note: Sample quantity 16 nos. for FAI and fire test as discussed. Balance quantity "
              "1,408 nos. (as per your offer EK-2024-0219) not released until FAI clearance."),
        ("p", "Delivery: CIF Nhava Sheva by 30.06.2024. Payment: 100% within 60 days of receipt and acceptance."),
        ("p", "For Deccan Coach Works Pvt. Ltd. - Purchase Department (computer generated, no signature required)"),
    ], title="PO 5100004518", author="DCW Purchase")),
])

# p10: supplier takes the series deposit as the go signal
_p10_q = ("Dear Lily,\n\nPO MO-2024-0502 is for the 8 pcs sample light strips LS-BUS-12 only. The 640 pcs series "
          "quantity in your PI HY-PI-24-077 is not released. Release only in writing by me, after Ms. Elif Demir "
          "(R&D) has signed off the samples.\n\nSaygılarımla / Best regards\nMurat Kaya\nSatınalma Müdürü / "
          "Purchasing Manager, " + MAR)
case("p10_supplier_deposit_cn", ["RG012"],
     "Supplier treats the received 30% deposit as the go signal and starts the 640 pcs although the PO scope holds them.", [
    ("RE_PO_MO-2024-0502_deposit.eml", eml_bytes(mail(
        "Lily Chen <lily.chen@haoyun-lighting.cn>", "Murat Kaya <murat.kaya@marmara-otobus.com.tr>",
        "RE: PO MO-2024-0502 - LS-BUS-12 samples", "Mon, 03 Jun 2024 10:12:00 +0800",
        "Dear Mr. Kaya,\n\nThank you for your message. Today we got the 30% deposit USD 12,480 for the series, "
        "many thanks. So we take this as your go signal and we have already started the 640 pcs production on "
        "line 3. The 8 samples will come out together with the first batch, so you get everything faster.\n\n"
        "Shipping mark: MARMARA / BURSA / MO-2024-0502 / C/NO. 1-UP.\n\nBest regards\nLily Chen\n"
        + NHY + "\n\n> " + "\n> ".join(_p10_q.splitlines()) + "\n"))),
])

# p11: PO with a complete scope + buyer engineering's test plan that auto-starts the series
case("p11_po_fai_seats_uk", ["RG007"],
     "PO requires written release by named Procurement Lead; engineering test plan says series trainset 1 (58 seats) starts automatically on FAI sign-off.", [
    ("PO_4700022655_SVY.pdf", pdf([
        ("h1", "PURCHASE ORDER 4700022655"),
        ("p", f"{PRV}, Quarry Lane Works, Ilkeston DE7 4RJ. Supplier: {SVY}, Jihlava, Czech Republic."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit EUR"],
            ["10", "PRV-AUR-7300-SX3", "Passenger seat SX-3, FAI build, drg PRV-AUR-7300 issue C", "4", "EA", "1,390.00"],
            ["20", "PRV-AUR-7300-FT", "Fire test specimens EN 45545-2 R21/R22", "1", "SET", "3,150.00"],
        ]),
        ("sp",),
        ("h", "Scope of this order"),
        ("p", "This PO covers the 4 FAI seats and one set of fire test specimens only. The 232 series seats in "
              "your quotation NV-2024-0390 are not released. Any series quantity will be released only by a "
              "written release from Sarah Whitcombe, Procurement Lead, after FAI sign-off and receipt of the "
              "EN 45545-2 fire test report. No series material at PRV liability."),
        ("p", "Delivery: DAP Ilkeston, 28 June 2024. Terms: PRV standard terms of purchase (issue 7)."),
        ("p", "Buyer: Tom Ashdown, Interiors. Procurement Lead: Sarah Whitcombe."),
    ], title="PO 4700022655", author="Pennine Rail Vehicles")),
    ("Aurora_SX3_FAI_test_plan.docx", docx_bytes([
        ("h1", "Aurora EMU - Passenger seat SX-3: FAI and type test plan"),
        ("p", "Document PRV-AUR-TP-7300, issue 2, owner Graham Lyle (Project Engineer, Interiors)."),
        ("p", "Scope: first article inspection, fire testing and static/fatigue testing of the SX-3 seat "
              "supplied by Sedačky Vysočina under PO 4700022655; witness points for PRV Quality."),
        ("table", [
            ["Step", "Activity", "Standard / record", "Owner", "Week"],
            ["1", "Fire test R21/R22 on specimens", "EN 45545-2, lab report", "Supplier / lab", "24"],
            ["2", "Static load and fatigue test, 1 seat", "GM/RT2100 issue 5", "Supplier, PRV witness", "25"],
            ["3", "Dimensional FAI, 3 seats, ballooned drawing", "AS/EN 9102 forms 1-3", "PRV Quality", "26"],
            ["4", "FAI sign-off", "FAI-AUR-7300", "G. Lyle", "27"],
            ["5", "Series manufacture trainset 1 (58 seats) starts automatically on FAI sign-off - "
                  "no further paperwork needed", "-", "Supplier", "28"],
        ]),
        ("sp",),
        ("p", "Test samples are retained by PRV for 12 months after type approval of the unit."),
        ("p", "Distribution: T. Ashdown (Procurement), S. Whitcombe (Procurement), J. Dvořáková (supplier)."),
    ], author="Graham Lyle")),
])


# ------------------------------------------------------------------ batch 2
KPB = "Kocaeli Profil ve Bagaj Sistemleri Ltd. Şti."


def quote_lines(s):
    return "\n".join("> " + l if l else ">" for l in s.splitlines())


# c03: labelled forecast on the buyer's supplier portal
_c03_rows = "".join(
    f"<tr><td>{m}</td><td>{a}</td><td>{b}</td><td>{a + b}</td></tr>"
    for m, a, b in [("07/2024", 224, 96), ("08/2024", 192, 128), ("09/2024", 256, 96),
                    ("10/2024", 256, 128), ("11/2024", 192, 64), ("12/2024", 128, 64)])
case("c03_forecast_portal_tr", [], "Buyer portal forecast clearly labelled not an order / no commitment; no authorization.", [
    ("Marmara_SupplierPortal_Forecast_H2-2024.html", html_page("Tedarikçi Portalı - Forecast H2/2024", f"""
<h2>Marmara Otobüs - Tedarikçi Portalı / Supplier Portal</h2>
<p>Supplier: <b>{EGE}</b> (vendor 200417) &nbsp;|&nbsp; Logged in: burak.yilmaz &nbsp;|&nbsp; 27.05.2024 09:14</p>
<h3>Demand forecast H2/2024 - passenger seats</h3>
<div class="note"><b>FORECAST - NOT AN ORDER.</b> These figures are for your capacity and raw material planning
only. They are not a purchase order and not a release, and Marmara Otobüs makes no commitment to buy these
quantities. Quantities become binding only through a purchase order or a call-off signed by Murat Kaya,
Purchasing Manager.</div>
<table>
<tr><th>Month</th><th>City bus Kent 12 (seat KS-12)</th><th>Intercity Yol 13 (seat YS-13)</th><th>Total seats</th></tr>
{_c03_rows}
</table>
<p>Forecast version FC-2024-H2-03 (replaces FC-2024-H2-02). Next update: 24.06.2024.</p>
<p>Questions: planning@marmara-otobus.com.tr - Tel. +90 224 411 87 00</p>
""", lang="tr")),
])

# c04: sample approval scoped to fit check, multipart/alternative
_c04_t = ("Hi João,\n\nThanks for the 10 FAI lighting strips under PO 4700023004 - they arrived on Tuesday in good "
          "order.\n\nThe samples are approved for fit check only: they sit correctly in the ceiling profile, the "
          "connector position matches drg PRV-AUR-6610 issue D and the colour temperature is consistent with the "
          "first lot. This does not release production.\n\nThe 1,840 series strips stay on hold until Sarah "
          "Whitcombe (Procurement Lead) issues a written release, which she will do once we have the EN 45545-2 R1 "
          "certificate from the lab. Please send the certificate as soon as you have it.\n\nCheers,\nGraham\n"
          + sig("Graham Lyle", "Project Engineer, Interiors", PRV, "+44 115 496 0271"))
case("c04_fitcheck_led_uk", [], "Samples approved for fit check only; production not released; 1,840 held until written release by named Procurement Lead after certificate.", [
    ("FAI_strips_fit_check.eml", eml_bytes(mail(
        "Graham Lyle <graham.lyle@pennine-rail.co.uk>", "João Ferreira <joao.ferreira@luminar-transportes.pt>",
        "Aurora saloon strips - FAI fit check", "Thu, 20 Jun 2024 15:40:00 +0100", _c04_t,
        cc="Sarah Whitcombe <sarah.whitcombe@pennine-rail.co.uk>",
        html="<p>Hi João,</p><p>Thanks for the 10 FAI lighting strips under PO 4700023004 - they arrived on "
             "Tuesday in good order.</p><p>The samples are <b>approved for fit check only</b>: they sit correctly in "
             "the ceiling profile, the connector position matches drg PRV-AUR-6610 issue D and the colour "
             "temperature is consistent with the first lot. This does not release production.</p><p>The 1,840 "
             "series strips stay on hold until Sarah Whitcombe (Procurement Lead) issues a written release, which "
             "she will do once we have the EN 45545-2 R1 certificate from the lab. Please send the certificate as "
             "soon as you have it.</p><p>Cheers,<br>Graham</p>"))),
])

# c07: explicit, recorded auto-conversion with quantity, signer and conditions
case("c07_autoconversion_racks_tr", [], "Explicit recorded auto-conversion: 96 racks convert on FAI 'approved' disposition by named engineer; remainder 384 held for call-off by named buyer.", [
    ("ARS-PO-24-0316_Supplement2.docx", docx_bytes([
        ("h1", "Supplementary Agreement No. 2 to PO ARS-PO-24-0316"),
        ("p", f"Between {ARS}, Kocaeli (buyer) and {PLR}, Bydgoszcz (supplier). Subject: luggage racks "
              "LR-T20 for the Izmit low-floor tram, drawing ARS-T20-5510 Rev 04. Frame quantity 484 racks "
              "(4 FAI racks + 480 racks for trams 1 to 20, 24 per tram)."),
        ("h", "1. Quantity active now"),
        ("p", "4 FAI luggage racks are released for production under this PO. Material authority: sample-only."),
        ("h", "2. Recorded auto-conversion"),
        ("p", "Both parties agree that if the FAI of the 4 racks is signed off with the disposition 'approved' by "
              "Dr. Emre Şahin, Head of Interiors Engineering, then 96 racks for trams 1 to 4 are released on the "
              "date of that sign-off without a further document. The sign-off record (form ARS-QF-112) is the "
              "evidence of this release. An interim or rejected disposition converts nothing."),
        ("h", "3. Balance on hold"),
        ("p", "The remaining 384 racks for trams 5 to 20 are not released. They are released only by a written "
              "call-off signed by Selin Arslan, Purchasing Manager."),
        ("table", [
            ["Quantity", "Racks", "Status", "Unlock event", "Authority"],
            ["FAI", "4", "released now", "-", "this PO"],
            ["Trams 1-4", "96", "not released", "FAI sign-off 'approved' (auto-conversion, clause 2)", "Dr. Emre Şahin"],
            ["Trams 5-20", "384", "not released", "written call-off", "Selin Arslan"],
        ]),
        ("sp",),
        ("p", "Signed for the buyer: Selin Arslan, Purchasing Manager, 22.04.2024. "
              "Signed for the supplier: Tomasz Wiśniewski, Key Account Manager, 23.04.2024."),
    ], author="Selin Arslan")),
])

# c09: supplier acknowledgement on the buyer's portal restating the hold
case("c09_portal_ack_mockup_de", [], "Portal page: buyer's PO note (2 mock-up seats, 288 not released, written release by named buyer after mock-up review) and supplier ack restating it.", [
    ("SUPPLIER-NET_PO_4500080211.html", html_page("SUPPLIER-NET - PO 4500080211", f"""
<h2>SUPPLIER-NET &middot; {ELB}</h2>
<p>Purchase order <b>4500080211</b> &middot; version 1 &middot; created 02.05.2024 by J. Hartmann</p>
<table>
<tr><th>Item</th><th>Material</th><th>Short text</th><th>Qty</th><th>Unit</th><th>Delivery</th></tr>
<tr><td>10</td><td>412-7720-300-MU</td><td>First-class seat DS-2F, mock-up version</td><td>2</td><td>PC</td><td>KW 28/2024</td></tr>
</table>
<h3>Header note (buyer)</h3>
<div class="note">Scope: this PO covers 2 mock-up seats DS-2F only. The 288 first-class series seats
(quotation NV-2024-0355) are not released. Release of any series quantity in writing by Jens Hartmann,
Einkauf Interieur, after the mock-up review with the operator. No series material at Elbtal's liability.</div>
<h3>Supplier acknowledgement</h3>
<table>
<tr><th>Date</th><th>User</th><th>Status</th><th>Comment</th></tr>
<tr><td>03.05.2024 10:22</td><td>dvorakova (Sedačky Vysočina)</td><td>Acknowledged as written</td>
<td>2 pcs, delivery KW 28 confirmed. We note that the series (288 pcs) is not released and we will not buy
series material until we have your written release.</td></tr>
</table>
<p style="font-size:11px;color:#666">SUPPLIER-NET 5.2 &middot; Datenschutz &middot; Impressum</p>
""", lang="de")),
])

# c10: SAP printout of a full-quantity PO full of identifiers that look like quantities
case("c10_sap_po_racks_in", [], "Full-quantity SAP PO (240 racks for coaches SL-01..SL-10), FAI closed earlier, identifiers look like quantities; no balance.", [
    ("ME9F_5100004690.txt", txt("""
DECCAN COACH WORKS PVT. LTD.                                        PURCHASE ORDER
Plot D-14, MIDC Chakan Phase II, Pune 410501                        PO No.   : 5100004690
GSTIN 27AABCD4471K1Z3                                               PO Date  : 06.05.2024
                                                                    Page     : 1 of 1
Vendor   : 300912  POLRACK INTERIORS SP. Z O.O.
           ul. Przemysłowa 480, 85-758 Bydgoszcz, Poland
Currency : EUR            Inco: FCA Bydgoszcz          Pay.Terms: Z060 60 days net

----------------------------------------------------------------------------------------
Itm  Material          Description                        Qty    UoM   Price      Value
----------------------------------------------------------------------------------------
010  3000-480-12       LUGG RACK ASSY LR-SL-2400          240    EA    262.00   62,880.00
                       Drg DCW-SL-4800 Rev 12
                       EN 45545-2:2020+A1:2023 HL2 R1
                       Lot ref. 2500 / Batch 1000
                       24 EA per coach x 10 coaches (SL-01..SL-10)
----------------------------------------------------------------------------------------
                                                           Total value (EUR)  62,880.00

Header text:
  This PO covers the total quantity for sleeper coaches SL-01 to SL-10 (240 EA).
  FAI completed and closed under PO 5100004102 (report QA-FAI-0480, 15.04.2024).
  No further quantity outstanding on this project; no balance.
  Delivery: 4 lots of 60 EA, weeks 27 / 30 / 33 / 36, FCA Bydgoszcz, packing per DCW-PK-100.
  Supplier QMS: ISO 9001:2015 cert. no. 1000-250-7 required with first lot.

Buyer    : Rahul Mehta, Sr. Manager - Purchase, +91 20 6740 2210
Printed  : 06.05.2024 11:47 by RMEHTA                                 ME9F / ZNB1
""")),
])

# c11: Teams chat with a scoped go-ahead
case("c11_teams_tram_seats_tr", [], "Buyer: go ahead with the 6 FAI seats only; 288 on hold until FAI closed and written series release by named buyer.", [
    ("Teams_ARS_Izmit_T20_seats.txt", txt("""
Microsoft Teams - chat export
Chat: Izmit T20 tram - passenger seats (external)
Participants: Selin Arslan (ARS), Emre Şahin (ARS), Burak Yılmaz (Ege Koltuk), Ayşe Çelik (Ege Koltuk)
Exported: 14.05.2024 18:32

[13.05.2024 09:40] Burak Yılmaz
Günaydın Selin Hanım. PO ARS-PO-24-0329 received, thank you. Shall we start?

[13.05.2024 09:52] Selin Arslan
Günaydın Burak Bey. Yes - go ahead with the 6 FAI seats only (line 10).
The 288 series seats for trams 1-12 stay on hold until the FAI is closed by Emre Bey's team and I send the series release in writing. Please no series material on our account.

[13.05.2024 09:55] Burak Yılmaz
Understood, 6 FAI seats only, 288 on hold until your written release. 👍

[13.05.2024 10:13] Ayşe Çelik
Fabric sample card (Istanbul grey, 60% wool) will go by courier today, AWB 7781 2290 4410.

[13.05.2024 14:05] Emre Şahin
Reminder: FAI with ballooned drawing ARS-T20-7100 Rev 02 and EN 45545-2 R21 report, plus the static test per EN 12663-1.

[14.05.2024 18:30] Burak Yılmaz
Noted, all three documents will come with the FAI seats in week 24.
""")),
])

# p12: call-off with complete scope + supplier MRP printout buying for the whole contract
case("p12_calloff_bus_seats_tr", ["RG006"],
     "Call-off releases 64 seats with no material beyond; supplier MRP shows shells/fabric purchased for the full 960.", [
    ("CALLOFF_0001_MO-FR-2024-011.txt", txt("""
MARMARA OTOBUS SANAYI A.S.                    CALL-OFF / CAGRI 0001
Demirtas OSB, Ertugrul Cad. No:22, Osmangazi / Bursa
Frame PO : MO-FR-2024-011        Date: 04.06.2024
Supplier : 200417 EGE KOLTUK SANAYI VE TICARET A.S.

----------------------------------------------------------------------------
BUS NO.   MODEL      SEAT TYPE   SEATS/BUS   SEATS   DELIVERY
----------------------------------------------------------------------------
0001      KENT 12    KS-12          32         32     KW 27
0002      KENT 12    KS-12          32         32     KW 27
----------------------------------------------------------------------------
RELEASED THIS CALL-OFF:                         64 SEATS (BUS 0001-0002)
CONTRACT VOLUME (30 BUSES):                    960 SEATS
BALANCE 896 SEATS NOT RELEASED.
NEXT RELEASE ONLY BY WRITTEN CALL-OFF SIGNED BY MURAT KAYA, PURCHASING MANAGER.
MATERIAL AUTHORITY: FOR THE 64 RELEASED SEATS ONLY.

KITTING: ONE PALLET PER BUS, LABEL WITH BUS NO. + SEAT POSITION 01-32.
SIGNED: MURAT KAYA
""")),
    ("EGE_MRP_SO-24-0611.txt", txt("""
EGE KOLTUK SAN. VE TIC. A.S.  -  MRP RUN  MD04-LIKE REPORT        RUN DATE 11.06.2024 06:00
SALES ORDER SO-24-0611   CUSTOMER 100233 MARMARA OTOBUS   ITEM KS-12 CITY BUS SEAT
REQUIREMENT BASIS: CONTRACT VOLUME 960 (CALL-OFF 0001 = 64 RELEASED)

COMPONENT        DESCRIPTION                  REQ.QTY   STOCK   ON ORDER   PO NO.      VENDOR
---------------------------------------------------------------------------------------------
GRP-SH-12        GRP SEAT SHELL KS-12            960       40       920   PO-24-3312  KOMPOZIT IZMIR
FAB-IST-GRY      MOQUETTE ISTANBUL GREY (M)      576        0       576   PO-24-3313  BURSA TEKSTIL
FRM-ST-12        STEEL FRAME WELDED              960      120       840   PO-24-3314  INTERNAL/WELD
FOAM-CMHR-30     CMHR FOAM SET 30 KG/M3          960        0       960   PO-24-3315  ORTA SUNGER
---------------------------------------------------------------------------------------------
NOTE PLANNER (A. CELIK): COMPLETE CONTRACT QTY PURCHASED IN ONE LOT FOR PRICE, DELIVERY OF
SHELLS IN 3 BATCHES FROM KW 26.
""")),
])

# p13: WhatsApp: supplier bought aluminium for all racks and planned series right after the mock-up review
case("p13_whatsapp_racks_coach_tr", ["RG006", "RG007"],
     "Supplier bought aluminium for all 40 racks against 4 released and planned the 36 to start the day after the mock-up review.", [
    ("WhatsApp_Chat_Serkan_Kocaeli_Profil.txt", txt("""
[04.06.24, 09:12:44] Can Aydın: Serkan bey günaydın, PO MO-2024-0611 is sent by mail. Only the 4 luggage racks for the mock-up coach (Yol 13 prototype).
[04.06.24, 09:13:20] Can Aydın: The other 36 racks are NOT released. I release them myself in writing after the mock-up review on 12 July. No material for the 36 please.
[04.06.24, 09:30:02] Serkan Öztürk: tamam Can bey 👍 noted
[04.06.24, 09:30:41] Serkan Öztürk: drawing YR-13-220 rev C correct?
[04.06.24, 09:41:15] Can Aydın: yes rev C, anodised natural
[17.06.24, 16:05:33] Serkan Öztürk: Can bey good news, we got the aluminium for all 40 racks from the extruder at very good price, one lot 6063 T5, already in our warehouse 💪
[17.06.24, 16:06:10] Serkan Öztürk: and we planned series directly the day after your mock-up review, so the 36 come out in week 30 without waiting
[17.06.24, 16:06:12] Serkan Öztürk: <Media omitted>
[17.06.24, 17:45:50] Can Aydın: ok, let's talk Monday, I'm on the road
[24.06.24, 08:02:19] Serkan Öztürk: 4 mock-up racks ready, shipping today with Aras Kargo
"""))
])

# p14: supplier portal: "approved" for three different things, and kits staged for the whole order
case("p14_polrack_portal_status_pl", ["RG006", "RG009"],
     "Supplier portal: 'Approved' used for FAI sign-off, commercial PO and production; 480 kits staged against 12 released.", [
    ("Polrack_CustomerPortal_ARS.html", html_page("Polrack Customer Portal - ARS", f"""
<h2>{PLR} &middot; Customer Portal</h2>
<p>Customer: <b>{ARS}</b> &middot; Project: Izmit T20 tram &middot; Item LR-T20 luggage rack (drg ARS-T20-5510 Rev 04)</p>
<h3>Buyer scope note (from PO ARS-PO-24-0342)</h3>
<div class="note">12 FAI luggage racks only. The 468 series racks are not released; they are released only by a
written call-off from Selin Arslan, Purchasing Manager, after FAI sign-off.</div>
<h3>Order status</h3>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Approval status</th><th>Material staged</th></tr>
<tr><td>1</td><td>FAI luggage racks</td><td>12</td><td>Approved (FAI report signed by ARS Quality, 14.05.2024)</td><td>12 kits</td></tr>
<tr><td>2</td><td>Commercial: PO ARS-PO-24-0342</td><td>-</td><td>Approved (purchasing, S. Arslan)</td><td>-</td></tr>
<tr><td>3</td><td>Series trams 1-20</td><td>468</td><td>Waiting for approval</td><td>468 kits (extrusions cut, glass panels tempered)</td></tr>
</table>
<p>Total kits staged for this order: <b>480</b>. Next step: ship FAI racks (week 22).</p>
<p style="font-size:11px">Polrack Interiors Sp. z o.o., ul. Przemysłowa 480, 85-758 Bydgoszcz &middot; KRS 0000318842</p>
""", lang="en")),
])

# p15: supplier procured material for the balance and will continue directly after FAI clearance
_p15_q = ("Dear Ms. Zielińska,\n\nPlease find attached PO 5100004602 for 8 nos. FAI luggage racks LR-SL-2400. "
          "Balance 280 nos. is not released until FAI clearance by Mr. R. Iyer (Quality) and my written release "
          "thereafter. Kindly do not procure material for the balance.\n\nWarm regards,\nRahul Mehta\n"
          "Sr. Manager - Purchase, " + DCW)
case("p15_supplier_material_in", ["RG006", "RG007"],
     "Supplier procured extrusions/glass for the 280 held racks and will continue directly after FAI clearance, skipping the written release.", [
    ("RE_PO_5100004602_FAI_racks.eml", eml_bytes(mail(
        "Agnieszka Zielińska <a.zielinska@polrack.pl>", "Rahul Mehta <rahul.mehta@deccancoach.in>",
        "RE: PO 5100004602 - FAI luggage racks LR-SL-2400", "Tue, 11 Jun 2024 13:26:00 +0200",
        "Dear Mr. Mehta,\n\nthe 8 FAI racks are packed and will leave Bydgoszcz on Thursday (sea freight via "
        "Gdańsk, ETA Nhava Sheva 29 July).\n\nTo avoid the aluminium surcharge from July, we have procured the "
        "extrusions and the tempered glass for the balance of 280 racks as well. After FAI clearance by Mr. Iyer "
        "we will continue directly with the 280 racks, so the first coaches can be equipped in September.\n\n"
        "Documents with the shipment: FAI report, EN 45545-2 HL2 R1 test report, material certificates 3.1.\n\n"
        "Kind regards,\nAgnieszka Zielińska\nProduction Planning\n" + PLR + "\ntel. +48 52 320 14 80\n\n"
        "Polrack Interiors Sp. z o.o., Sąd Rejonowy w Bydgoszczy, KRS 0000318842, kapitał zakładowy 2.000.000 PLN\n\n"
        "From: Rahul Mehta\nSent: 20 May 2024 10:14\n" + quote_lines(_p15_q) + "\n"))),
])

# p18: buyer engineer contradicts the written-release requirement
_p18_q = ("Tomasz,\n\nPO 4700023390 covers the 20 FAI luggage racks only. The 232 series racks are not released. "
          "They will be released only by a written release from me, after FAI sign-off and the R1 fire test "
          "report.\n\nRegards,\nSarah Whitcombe\nProcurement Lead, " + PRV)
case("p18_crack_on_racks_uk", ["RG007"],
     "PO requires written release by named Procurement Lead; project engineer tells supplier to crack on with the 232 once FAI is signed off, no paperwork.", [
    ("RE_Aurora_racks_R1_report.eml", eml_bytes(mail(
        "Graham Lyle <graham.lyle@pennine-rail.co.uk>", "Tomasz Wiśniewski <t.wisniewski@polrack.pl>",
        "RE: Aurora racks - R1 report", "Fri, 28 Jun 2024 11:48:00 +0100",
        "Tomasz,\n\nGood news - the R1 report came back fine this morning, I've put it on the project share.\n\n"
        "Once the FAI on the 20 is signed off at our end next week, just crack on with the 232 - no need to wait "
        "for the paperwork from procurement, we're tight on the first unit and I'd rather not lose a fortnight.\n\n"
        "Couple of small things for the FAI pack: please include the torque values for the M8 bracket screws and "
        "the coating thickness readings.\n\nCheers,\nGraham\n"
        + sig("Graham Lyle", "Project Engineer, Interiors", PRV, "+44 115 496 0271")
        + "\nOn 3 Jun 2024, at 09:20, Sarah Whitcombe wrote:\n" + quote_lines(_p18_q) + "\n"))),
])

# p19: supplier order confirmation with deemed acceptance and automatic series start
case("p19_oc_floor_panels_cz", ["RG001", "RG007"],
     "Supplier OC confirms 4 sample panels beside 1.056 series panels and says series starts automatically if no comments in 10 days.", [
    ("AB_OC-24-0388_Elbtal.pdf", pdf([
        ("h1", "AUFTRAGSBESTÄTIGUNG / ORDER CONFIRMATION OC-24-0388"),
        ("p", f"{MCF}, Hulínská 2288, 767 01 Kroměříž, Czech Republic."),
        ("p", f"Customer: {ELB}, Dresden. Your PO 4500080540 of 21.05.2024."),
        ("table", [
            ["Pos.", "Description", "Qty", "Unit EUR", "Delivery"],
            ["1", "Sample floor panel FP-412-A, drg 412-4400-010 Rev 3, EN 45545-2 HL2 R10", "4", "690,00", "KW 26"],
            ["2", "Series floor panels FP-412-A (22 per car, 48 cars)", "1.056", "301,00", "from KW 32, 4 cars/week"],
        ]),
        ("sp",),
        ("p", "Sample acceptance: the samples are deemed accepted if we receive no written comments within 10 "
              "working days after delivery. Series production of the 1.056 panels then starts automatically in "
              "KW 32 according to the plan above."),
        ("p", "Our general terms of sale (VOP 2023) apply. Payment 30 days net. Kroměříž, 23.05.2024, "
              "Lenka Horáková, Customer Service."),
    ], title="OC-24-0388", author="Moravia Composite Floors")),
])

# p05: supplier rolls straight into trainset 1 on FAI sign-off
_p05_q = ("Dear Tomasz,\n\nPO 4510010377 covers 12 FAI luggage racks only. The 480 series racks (4 trainsets x 120) "
          "are not released. Release only in writing by me, Ana García, after FAI sign-off by Jorge Ibáñez "
          "(Calidad).\n\nBest regards,\nAna García Ruiz\nCompras - Interiores, " + TFE)
case("p05_roll_into_ts1_pl", ["RG007"],
     "Supplier: once FAI sign-off arrives they roll straight into trainset 1 (120) with no further document, contrary to the written-release scope.", [
    ("RE_PO_4510010377.eml", eml_bytes(mail(
        "Tomasz Wiśniewski <t.wisniewski@polrack.pl>", "Ana García Ruiz <agarcia@tfe-ferroviaria.es>",
        "RE: PO 4510010377 - C-250 luggage racks FAI", "Wed, 22 May 2024 14:55:00 +0200",
        "Dear Ana,\n\nthank you. The 12 FAI racks ship on 4 June by truck (Raben, 3 pallets).\n\nOnce Jorge's FAI "
        "sign-off arrives we roll straight into trainset 1 (120 racks) - you don't need to send anything more, our "
        "planning has already put it in the schedule for week 25, so C-250 stays on time.\n\nBest regards / "
        "Pozdrawiam\nTomasz Wiśniewski\nKey Account Manager Rail\n" + PLR + "\nmob. +48 601 220 418\n\n"
        "-----Original Message-----\n" + quote_lines(_p05_q) + "\n",
        html="<p>Dear Ana,</p><p>thank you. The 12 FAI racks ship on 4 June by truck (Raben, 3 pallets).</p>"
             "<p>Once Jorge's FAI sign-off arrives we roll straight into trainset 1 (120 racks) - you don't need to "
             "send anything more, our planning has already put it in the schedule for week 25, so C-250 stays on "
             "time.</p><p>Best regards / Pozdrawiam<br>Tomasz Wiśniewski</p><blockquote>"
             + _p05_q.replace("\n", "<br>") + "</blockquote>"))),
])

# p22: buyer engineer says the sample sign-off also covers trainset 1, PO attached requires written release
_p22_po = pdf([
    ("h1", "BESTELLUNG / PURCHASE ORDER 4500080815"),
    ("p", f"{ELB}, Dresden. Supplier: {LUM}, Águeda, Portugal."),
    ("table", [
        ["Pos.", "Material", "Text", "Qty", "Unit"],
        ["10", "412-6610-050-S", "LED-Lichtband LB-412, Musterausführung / sample", "6", "ST"],
    ]),
    ("sp",),
    ("p", "Scope: 6 sample strips for the mock-up car. The 720 series strips (6 trainsets x 120) are not "
          "released. Series release only in writing by Jens Hartmann, Einkauf Interieur, after the sample "
          "sign-off by Elbtal engineering."),
    ("p", "Delivery KW 27, Mock-up-Halle, Tor 5. AEB 2022 apply."),
], title="PO 4500080815", author="Elbtal Einkauf")
case("p22_signoff_covers_ts1_de", ["RG007"],
     "PO requires written release by named buyer; engineer writes that the sample sign-off also covers trainset 1 (120) so supplier can plan it directly.", [
    ("PO_4500080815_Lichtband_Muster.eml", eml_bytes(mail(
        "Katrin Vogel <katrin.vogel@elbtal-sfz.de>", "Marta Sousa <marta.sousa@luminar-transportes.pt>",
        "PO 4500080815 Lichtband Muster / sample strips", "Mon, 10 Jun 2024 08:58:00 +0200",
        "Dear Marta,\n\nattached again the PO for the sample strips, the first mail went to the old address.\n\n"
        "Quick note from engineering side: with the sample sign-off the series for trainset 1 (120 strips) is then "
        "covered as well, so you can plan it directly behind the samples. The other trainsets we discuss later.\n\n"
        "The mock-up car is in Halle 7, the ceiling panels are mounted from KW 26, so please keep KW 27.\n\n"
        "Viele Grüße / Best regards\nKatrin Vogel\nProjektingenieurin Interieur\n" + ELB + "\n"
        "Tel. +49 351 8840 305\n",
        cc="Jens Hartmann <jens.hartmann@elbtal-sfz.de>",
        attachments=[("PO_4500080815.pdf", _p22_po, PDF_MT)]))),
])

# p23: email says 20 prototype seats, attached PO says 24
_p23_po = pdf([
    ("h1", "SATINALMA SİPARİŞİ / PURCHASE ORDER MO-2024-0655"),
    ("p", f"{MAR}, Demirtaş OSB, Bursa. Supplier: {EGE}, İzmir."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Unit EUR"],
        ["10", "YS-13-P", "Intercity seat YS-13, prototype build for buses P1/P2", "24", "pcs", "455,00"],
        ["20", "YS-13-R80", "Seat anchorage test ECE R80 / R14 (test house fee)", "1", "lot", "6.200,00"],
    ]),
    ("sp",),
    ("p", "Scope: 24 prototype seats for prototype buses P1 and P2. The 1.080 series seats (quotation "
          "EK-2024-0301) are not released. Series release only in writing by Murat Kaya, Purchasing Manager, "
          "after a passed ECE R80 test and the prototype sign-off by R&D (Elif Demir)."),
    ("p", "Delivery: DAP Bursa, week 27. Payment 60 days."),
], title="PO MO-2024-0655", author="Marmara Satinalma")
case("p23_prototype_seats_tr", ["RG011"],
     "Cover email says 20 prototype seats, attached PO says 24 for the same order.", [
    ("PO_MO-2024-0655_prototype_seats.eml", eml_bytes(mail(
        "Can Aydın <can.aydin@marmara-otobus.com.tr>", "Burak Yılmaz <burak.yilmaz@egekoltuk.com.tr>",
        "PO MO-2024-0655 - YS-13 prototype seats", "Tue, 28 May 2024 10:44:00 +0300",
        "Merhaba Burak Bey,\n\nplease find attached our PO MO-2024-0655 for the 20 prototype seats YS-13 for "
        "buses P1 and P2. Please build them to drawing YS-13-100 rev B with the new armrest and USB-C "
        "socket.\n\nThe series stays on hold as written in the PO, Murat Bey will send the release after the "
        "R80 test and prototype sign-off.\n\nİyi çalışmalar,\nCan Aydın\nSatınalma Uzmanı / Purchasing "
        "Specialist\n" + MAR + "\nT +90 224 411 87 36\n",
        html="<p>Merhaba Burak Bey,</p><p>please find attached our PO MO-2024-0655 for the <b>20 prototype seats</b> "
             "YS-13 for buses P1 and P2. Please build them to drawing YS-13-100 rev B with the new armrest and "
             "USB-C socket.</p><p>The series stays on hold as written in the PO, Murat Bey will send the release "
             "after the R80 test and prototype sign-off.</p><p>İyi çalışmalar,<br>Can Aydın</p>",
        attachments=[("PO_MO-2024-0655.pdf", _p23_po, PDF_MT)]))),
])


# ------------------------------------------------------------------ batch 3

# c12: WhatsApp: supplier asks to cut material for all, buyer says no
case("c12_whatsapp_berth_lights_in", [], "Supplier asks to cut profiles for all 40; buyer: only the 4 for mock-up, 36 not released, material not authorised, written release by named buyer after mock-up review.", [
    ("WhatsApp_Chat_Rahul_Mehta_DCW.txt", txt("""
04/03/2024, 09:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
04/03/2024, 09:14 - João Ferreira (Luminar): Good morning Mr Rahul, quick question 🙂
04/03/2024, 09:15 - João Ferreira (Luminar): ok to cut the aluminium profiles for all 40 berth light housings now? our extrusion press has time next week
04/03/2024, 10:41 - Rahul Mehta DCW: Good morning João. No.
04/03/2024, 10:42 - Rahul Mehta DCW: Only the 4 for the mock-up coach under PO 5100004733. Material for the other 36 is not authorised and they are not released.
04/03/2024, 10:43 - Rahul Mehta DCW: I will send the release for the 36 myself, in writing, after the mock-up review on 14 March.
04/03/2024, 10:50 - João Ferreira (Luminar): Clear, only 4. Thank you 🙏
04/03/2024, 10:51 - João Ferreira (Luminar): The 4 will ship DHL on Friday, AWB to follow
08/03/2024, 16:30 - João Ferreira (Luminar): AWB 4417 2290 81, delivery Pune Tuesday
""")),
])

# c13: interim sign-off with limits plus a separate release within them
case("c13_interim_signoff_release_es", [], "Interim FAI disposition limited to 160 seats/date; release R-01 for 160 by named authority; 480 held until full sign-off and release R-02.", [
    ("C250_seats_disposition_R01.docx", docx_bytes([
        ("h1", "C-250 passenger seats - FAI disposition and release record"),
        ("p", f"{TFE}, Calidad and Compras. Supplier: {EGE}. PO 4510010120 (8 FAI seats, issued 08.05.2024); "
              "series quantity 640 seats (8 trainsets x 80)."),
        ("h", "1. FAI disposition (Calidad)"),
        ("table", [
            ["Field", "Entry"],
            ["Report", "FAI-C250-7100-02, drawing C250-7100-020 rev F"],
            ["Disposition", "interim"],
            ["Limits", "max. 160 seats (trainsets 1 and 2); valid until 30.09.2024"],
            ["Condition", "armrest bracket to be corrected to rev G; re-inspection of 2 seats"],
            ["Signed off by", "Jorge Ibáñez, Calidad, 14.06.2024"],
        ]),
        ("sp",),
        ("h", "2. Production release R-01 (Compras)"),
        ("p", "On the basis of the interim disposition above, 160 seats (trainsets 1 and 2) are released for "
              "production. Release R-01 issued by Ana García Ruiz, Compras (release authority up to 200 seats "
              "or EUR 150.000), 17.06.2024."),
        ("h", "3. Balance"),
        ("p", "The remaining 480 seats (trainsets 3 to 8) are not released. They are unlocked only by a full "
              "FAI sign-off after the rev G re-inspection and a written release R-02 from Ana García Ruiz."),
        ("p", "Material authority: staged up to 160 seats, at TFE liability."),
    ], author="Ana Garcia Ruiz")),
])

# c14: old quote forwarded as message/rfc822 and declared informational
_c14_old = mail("Kevin Zhang <kevin.zhang@haoyun-lighting.cn>", "Sarah Whitcombe <sarah.whitcombe@pennine-rail.co.uk>",
                "Quotation Q-2500 reading light RL-08", "Tue, 11 Oct 2022 15:10:00 +0800",
                "Dear Sarah,\n\nPlease see our quotation Q-2500 for the reading light RL-08:\n\n"
                "- samples: 12 pcs, USD 86.00/pc, 4 weeks\n- mass production: 2,400 pcs, USD 31.50/pc, 8 weeks\n\n"
                "Validity 60 days. FOB Ningbo.\n\nBest regards\nKevin\n")
case("c14_fwd_old_quote_uk", [], "Old 2022 quote with 2,400 pcs forwarded as rfc822 and declared information only / not released; PO for 12 samples with event and named person.", [
    ("FW_Quotation_Q-2500_background.eml", eml_bytes(mail(
        "Sarah Whitcombe <sarah.whitcombe@pennine-rail.co.uk>", "Kevin Zhang <kevin.zhang@haoyun-lighting.cn>",
        "FW: Quotation Q-2500 reading light RL-08 - background for PO 4700023512", "Mon, 13 May 2024 10:05:00 +0100",
        "Hi Kevin,\n\nFor background I'm forwarding your 2022 quote Q-2500 from the old project. The 2,400 pcs "
        "figure in it is for information only: it is not released and not part of this order.\n\n"
        "PO 4700023512 covers 12 sample reading lights RL-08B. Any further quantity is released only by a written "
        "release from me, after FAI sign-off and receipt of the EN 45545-2 certificate. Material authority is "
        "sample-only.\n\nKind regards,\nSarah\n"
        + sig("Sarah Whitcombe", "Procurement Lead", PRV, "+44 115 496 0210"),
        attachments=[("rfc822", _c14_old)]))),
])

# c15: ERP call-off for the full contract quantity
case("c15_calloff_full_contract_in", [], "Call-off covers the total contract quantity of 320 reading lights for 20 coaches; no balance.", [
    ("DCW_CallOff_CO-24-0088.txt", txt("""
DECCAN COACH WORKS PVT. LTD. - MATERIALS MANAGEMENT                 CALL-OFF CO-24-0088
Contract  : 4600000517 (berth reading lights BRL-24)           Date : 22.07.2024
Vendor    : 400233 NINGBO HAOYUN TRANSIT LIGHTING CO., LTD.
Delivery  : CIF Nhava Sheva, 4 shipments

COACH    TYPE     LIGHTS/COACH   QTY   SHIPMENT   KIT LABEL
------   ------   ------------   ---   --------   ---------
SL-01    SLEEPER       16         16       1      K-SL01
SL-02    SLEEPER       16         16       1      K-SL02
SL-03    SLEEPER       16         16       1      K-SL03
SL-04    SLEEPER       16         16       1      K-SL04
SL-05    SLEEPER       16         16       1      K-SL05
SL-06    SLEEPER       16         16       2      K-SL06
SL-07    SLEEPER       16         16       2      K-SL07
SL-08    SLEEPER       16         16       2      K-SL08
SL-09    SLEEPER       16         16       2      K-SL09
SL-10    SLEEPER       16         16       2      K-SL10
SL-11    SLEEPER       16         16       3      K-SL11
SL-12    SLEEPER       16         16       3      K-SL12
SL-13    SLEEPER       16         16       3      K-SL13
SL-14    SLEEPER       16         16       3      K-SL14
SL-15    SLEEPER       16         16       3      K-SL15
SL-16    SLEEPER       16         16       4      K-SL16
SL-17    SLEEPER       16         16       4      K-SL17
SL-18    SLEEPER       16         16       4      K-SL18
SL-19    SLEEPER       16         16       4      K-SL19
SL-20    SLEEPER       16         16       4      K-SL20
                                ----
TOTAL THIS CALL-OFF              320 NOS.

REMARKS:
1. THIS CALL-OFF COVERS THE TOTAL CONTRACT QUANTITY (320 NOS.). NO FURTHER QUANTITY OUTSTANDING.
2. FAI CLOSED VIDE QA-FAI-0512 DT. 02.07.2024 (R. IYER).
3. KITTING PER COACH, ONE CARTON PER COACH, LABEL AS ABOVE.

ISSUED BY: RAHUL MEHTA, SR. MANAGER - PURCHASE            TEL +91 20 6740 2210
""")),
])

# c16: three-file bundle: PO with explicit informational note, the quote, and the supplier ack
case("c16_po_quote_ack_tram_lights", [], "Bundle PO + quote + ack: PO says the quote's 960 is informational and not released; event, named person, sample-only material; supplier ack restates.", [
    ("PO_ARS-PO-24-0401.pdf", pdf([
        ("h1", "SATINALMA SİPARİŞİ / PURCHASE ORDER ARS-PO-24-0401"),
        ("p", f"{ARS}, Kocaeli. Supplier: {LUM}, Águeda, Portugal."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Unit EUR"],
            ["10", "T20-LS-900", "Saloon LED strip 900 mm, sample build", "8", "pcs", "188,00"],
        ]),
        ("sp",),
        ("h", "Scope note"),
        ("p", "This PO covers 8 sample strips. The 960 series strips in your quotation LQ-24-0240 are shown for "
              "information only and are not released. Release of any series quantity only by a written release "
              "from Selin Arslan, Purchasing Manager, after sample sign-off by Dr. Emre Şahin (Interiors "
              "Engineering) and receipt of the EN 45545-2 R1 certificate. Material authority: sample-only."),
        ("p", "Delivery: DAP Kocaeli, week 25. Payment 60 days. ARS general purchasing conditions apply."),
    ], title="ARS-PO-24-0401", author="ARS Satinalma")),
    ("LQ-24-0240_ARS.pdf", pdf([
        ("h1", "Quotation LQ-24-0240"),
        ("p", f"{LUM} to {ARS}, attn. Ms Selin Arslan. Izmit T20 tram, saloon LED strip 900 mm, 24 V DC, 4000 K."),
        ("table", [
            ["Item", "Description", "Qty", "Unit EUR", "Lead time"],
            ["A", "Sample strips", "8", "188,00", "4 weeks"],
            ["B", "Series strips (20 trams x 48)", "960", "71,20", "9 weeks"],
        ]),
        ("sp",),
        ("p", "Validity 60 days. EXW Águeda. Águeda, 29.04.2024, Marta Sousa."),
    ], title="LQ-24-0240", author="Luminar")),
    ("Ack_ARS-PO-24-0401.eml", eml_bytes(mail(
        "Marta Sousa <marta.sousa@luminar-transportes.pt>", "Selin Arslan <selin.arslan@anadolu-rayli.com.tr>",
        "Acknowledgement PO ARS-PO-24-0401", "Fri, 10 May 2024 11:20:00 +0100",
        "Dear Ms Arslan,\n\nWe acknowledge PO ARS-PO-24-0401 as written: 8 sample strips, delivery week 25 DAP "
        "Kocaeli.\n\nWe note that the 960 series strips are not released and that material is sample-only; we "
        "will wait for your written release before any series work.\n\nCom os melhores cumprimentos,\nMarta Sousa\n"
        "Customer Service\n" + LUM + "\n+351 234 610 288\n"))),
])

# p24: call-off header says 96 released, per-car table adds up to 72
case("p24_calloff_seats_es", ["RG011"],
     "Call-off header releases 96 seats; per-car table (3 cars x 24) and total row give 72.", [
    ("Llamada_02_4510010120.pdf", pdf([
        ("h1", "LLAMADA / CALL-OFF Nº 02"),
        ("p", f"{TFE}, Zaragoza. Frame order 4510010120 (C-250 passenger seats). Supplier: {EGE}, İzmir."),
        ("p", "Released for production with this call-off: 96 seats (cars 5 to 7)."),
        ("table", [
            ["Car", "Vehicle", "Seats", "Kitting label", "Delivery"],
            ["5", "C250-02-A", "24", "K-05", "KW 33"],
            ["6", "C250-02-B", "24", "K-06", "KW 33"],
            ["7", "C250-02-C", "24", "K-07", "KW 34"],
            ["", "Total", "72", "", ""],
        ]),
        ("sp",),
        ("p", "The remaining seats of the frame order are not released. They will be released only by the next "
              "call-off, signed by Ana García Ruiz (Compras), after the fire test report for the rev G armrest."),
        ("p", "Kitting per car: one pallet per car, seats in sequence of the seat layout C250-0100-002."),
        ("p", "Zaragoza, 01.07.2024 - Ana García Ruiz, Compras"),
    ], title="Call-off 02", author="TFE Compras")),
])

# p25: Teams chat: release for 3 cars = 72 racks, later "the 84 released racks"
case("p25_teams_release_racks_uk", ["RG011"],
     "Buyer releases 72 racks (3 cars x 24) in chat, later refers to 'the 84 released racks' for the same release.", [
    ("Teams_Aurora_luggage_racks.txt", txt("""
Microsoft Teams - chat export
Chat: Aurora EMU | Luggage racks (external)
Participants: Sarah Whitcombe (PRV), Graham Lyle (PRV), Tomasz Wiśniewski (Polrack)

[01/07/2024 10:02] Sarah Whitcombe
Tomasz, release R-02 for the racks: units 3 to 5, 3 cars, 24 racks per car = 72 racks. Formal letter follows by mail today.

[01/07/2024 10:03] Sarah Whitcombe
The rest of the 480 stays not released. Next release only from me, after the unit 1 dynamic tests are closed.

[01/07/2024 10:15] Tomasz Wiśniewski
Thank you Sarah, noted. We plan three drops.

[01/07/2024 11:40] Graham Lyle
FYI the bracket torque for the M8 screws is 22 Nm, updated on drg PRV-AUR-5120 rev C.

[03/07/2024 14:22] Sarah Whitcombe
Tomasz, just to confirm: the 84 released racks go in three drops - weeks 30, 31 and 32, to Ilkeston bay 3.

[03/07/2024 14:30] Tomasz Wiśniewski
👍 three drops, weeks 30/31/32
""")),
])

# p26: release letter (PDF) says 48, the release form (DOCX) of the same release says 60
case("p26_release_sr03_tram_seats", ["RG011"],
     "Release SR-03 letter says 48 seats (trams 3-4); the DOCX release form for SR-03 says 60.", [
    ("SR-03_release_letter.pdf", pdf([
        ("h1", "SERIES RELEASE SR-03"),
        ("p", f"{ARS}, Kocaeli, to {EGE}, İzmir. PO ARS-PO-24-0329, passenger seats for the Izmit T20 tram."),
        ("p", "We release for production 48 seats for trams 3 and 4 (24 seats per tram). Delivery week 36, "
              "kitted per tram."),
        ("p", "All further seats of the order remain not released. They are released only by the next written "
              "series release from Selin Arslan, Purchasing Manager, after acceptance of tram 1 by the operator."),
        ("p", "Kocaeli, 15.07.2024 - Selin Arslan, Purchasing Manager"),
    ], title="SR-03", author="Selin Arslan")),
    ("SR-03_release_form.docx", docx_bytes([
        ("h1", "Release form - SR-03"),
        ("table", [
            ["Field", "Entry"],
            ["Order", "ARS-PO-24-0329 / Ege Koltuk"],
            ["Release no.", "SR-03"],
            ["Quantity released", "60 seats"],
            ["Trams", "3 and 4"],
            ["Unlock basis", "FAI closed (ARS-QF-112 of 20.05.2024), tram 2 interior inspection passed"],
            ["Next release", "after acceptance of tram 1 by the operator, written, Selin Arslan"],
            ["Issued by", "Selin Arslan, Purchasing Manager, 15.07.2024"],
        ]),
        ("sp",),
        ("p", "Copy to: Emre Şahin (Interiors Engineering), Burak Yılmaz (Ege Koltuk)."),
    ], author="Selin Arslan")),
])

# p27: ERP PO printout: line 10 pcs vs header text twelve; notes log says "good to run"
case("p27_erp_po_lamps_tr", ["RG002", "RG011"],
     "PO line 10 sample lamps vs header 'twelve (12)'; later notes-log entry 'good to run' names no quantity or scope.", [
    ("MO-2024-0711_PO_print_v2.txt", txt("""
MARMARA OTOBUS SANAYI A.S.                            SATINALMA SIPARISI / PURCHASE ORDER
PO NO   : MO-2024-0711        VERSION: 2        DATE: 12.06.2024
VENDOR  : 300588 NINGBO HAOYUN TRANSIT LIGHTING CO., LTD.
INCOTERM: FCA NINGBO          PAYMENT: 30% ADVANCE / 70% 60 DAYS

LN  ITEM CODE      DESCRIPTION                              QTY   UOM    PRICE USD
--  -------------  ---------------------------------------  ----  -----  ---------
10  YR13-RL-S      READING LAMP RL-13, SAMPLE (PROTOTYPE)     10  PCS        84.00
20  YR13-RL-DOC    ECE R118 ANNEX 8 TEST REPORT                1  LOT         0.00

HEADER TEXT:
TWELVE (12) SAMPLE LAMPS TO BE DELIVERED FOR THE YOL 13 PROTOTYPE COACH.
SERIES 1,800 PCS NOT RELEASED. RELEASE ONLY IN WRITING BY MURAT KAYA,
PURCHASING MANAGER, AFTER R&D SAMPLE SIGN-OFF (ELIF DEMIR).

NOTES LOG:
05.06.2024 CAYDIN   PO CREATED, SENT TO VENDOR BY MAIL
10.06.2024 CAYDIN   DELIVERY DATE CHANGED TO KW 27 ON VENDOR REQUEST
12.06.2024 EDEMIR   PHOTOS OF FIRST LAMPS REVIEWED, LENS AND HOUSING OK - GOOD TO RUN

PRINTED 12.06.2024 15:02 USER CAYDIN
""")),
])

# p28: portal release page says 120, the attached release notice PDF says 112
case("p28_release_notice_led_de", ["RG011"],
     "Portal release LF-0007 states 120 strips for trainset 1; the release notice PDF for LF-0007 states 112.", [
    ("SUPPLIER-NET_Release_LF-0007.html", html_page("SUPPLIER-NET - Release LF-0007", f"""
<h2>SUPPLIER-NET &middot; {ELB}</h2>
<p>Release <b>LF-0007</b> to PO 4500080815 &middot; supplier {LUM} &middot; issued 19.08.2024 by J. Hartmann</p>
<table>
<tr><th>Trainset</th><th>Cars</th><th>LED strips released</th><th>Delivery</th></tr>
<tr><td>TS 1</td><td>412 001 - 412 006</td><td>120</td><td>KW 40</td></tr>
</table>
<div class="note">All strips beyond this release remain not released. Trainset 2 will be released only by the
next written release from Jens Hartmann, Einkauf Interieur, after the static commissioning of trainset 1.</div>
<p>Attachment: Freigabe_LF-0007.pdf</p>
""", lang="de")),
    ("Freigabe_LF-0007.pdf", pdf([
        ("h1", "FREIGABE / RELEASE NOTICE LF-0007"),
        ("p", f"{ELB}, Dresden, to {LUM}, Águeda. PO 4500080815, LED strip LB-412."),
        ("p", "Released for production: 112 LED strips for trainset 1 (cars 412 001 to 412 006). Delivery KW 40."),
        ("p", "All further strips remain not released; next written release by Jens Hartmann after the static "
              "commissioning of trainset 1."),
        ("p", "Dresden, 19.08.2024 - Jens Hartmann, Einkauf Interieur"),
    ], title="LF-0007", author="Jens Hartmann")),
])

# p29: supplier acknowledges a release of 36 as 40
_p29_q = ("Dear Kevin,\n\nRelease No. 1 under contract 4600000533: 36 nos. berth reading lights BRL-24 for coaches "
          "SL-01 to SL-03 (12 per coach), delivery CIF Nhava Sheva by 15 September.\n\nBalance 284 nos. is not "
          "released. Next release by me in writing, after the type test of coach SL-01.\n\nRegards,\nRahul Mehta\n"
          "Sr. Manager - Purchase, " + DCW)
case("p29_ack_release1_cn", ["RG011"],
     "Buyer's Release No. 1 is 36 lights; supplier's acknowledgement confirms a release of 40 pcs.", [
    ("RE_Release_No1_4600000533.eml", eml_bytes(mail(
        "Kevin Zhang <kevin.zhang@haoyun-lighting.cn>", "Rahul Mehta <rahul.mehta@deccancoach.in>",
        "RE: Release No. 1 - contract 4600000533", "Thu, 18 Jul 2024 09:31:00 +0800",
        "Dear Mr. Rahul,\n\nThank you. We confirm your Release No. 1 for 40 pcs berth reading lights BRL-24 and "
        "will ship in 2 lots, first lot ETD Ningbo 20 August.\n\nWe keep the balance open as per your mail.\n\n"
        "Best regards\nKevin Zhang\n" + NHY + "\n\n-----Original-----\n" + quote_lines(_p29_q) + "\n"))),
])

# p30: buyer: LC opened so commence manufacture; estimate declared a firm purchase commitment
case("p30_lc_opened_seats_in", ["RG008", "RG012"],
     "Buyer: LC opened for full value, hence commence manufacture of 1,408 seats; FY 2025-26 estimate of 1,200 declared a firm purchase commitment.", [
    ("LC_opened_contract_4600000540.eml", eml_bytes(mail(
        "Rahul Mehta <rahul.mehta@deccancoach.in>", "Burak Yılmaz <burak.yilmaz@egekoltuk.com.tr>",
        "LC opened - contract 4600000540 chair car seats", "Mon, 15 Jul 2024 12:10:00 +0530",
        "Dear Mr. Burak,\n\nGreetings from Pune.\n\nWe are pleased to inform you that LC No. 0417LC24000112 has been "
        "opened today through our bankers for the full contract value of EUR 1,274,240.00 (1,408 nos. chair car "
        "seats). Hence kindly commence manufacture of the 1,408 nos. at the earliest and share the production "
        "schedule.\n\nFurther, our annual requirement for FY 2025-26 is estimated at 1,200 nos. Kindly consider "
        "this as our firm purchase commitment and plan your capacity accordingly.\n\nThanks & regards,\n"
        "Rahul Mehta\nSr. Manager - Purchase\n" + DCW + "\nPlot D-14, MIDC Chakan Phase II, Pune 410501\n"
        "+91 20 6740 2210\n\nDISCLAIMER: This e-mail is confidential and intended only for the addressee.\n"))),
])

# p31: supplier reads the signed order confirmation as series release and buys fabric for it
_p31_q = ("Dear Burak Bey,\n\nPO ARS-PO-24-0450: 4 FAI seats only. The 192 series seats (trams 1-8) are on hold "
          "until the FAI is closed and I send the series release in writing. No series material on our "
          "account.\n\nBest regards,\nSelin Arslan\nPurchasing Manager, " + ARS)
case("p31_signed_oc_seats_tr", ["RG006", "RG012"],
     "Supplier treats buyer's signed order confirmation as series release and buys fabric for 192 seats against 4 FAI.", [
    ("RE_ARS-PO-24-0450_OC_signed.eml", eml_bytes(mail(
        "Ayşe Çelik <ayse.celik@egekoltuk.com.tr>", "Selin Arslan <selin.arslan@anadolu-rayli.com.tr>",
        "RE: ARS-PO-24-0450 - signed OC received", "Wed, 26 Jun 2024 16:40:00 +0300",
        "Dear Selin Hanım,\n\nthank you for returning our order confirmation OC-2024-118 with your signature. As "
        "the signed OC shows the series of 192 seats in position 2, we consider the series released and have put "
        "trams 1-8 into our production schedule from week 31. We have also purchased the Istanbul grey fabric "
        "for the 192 seats to hold the dye lot.\n\nFAI seats: on schedule for week 27.\n\nSaygılarımızla,\n"
        "Ayşe Çelik\nSipariş Yönetimi / Order Management\n" + EGE + "\n\n"
        "----- Selin Arslan wrote on 10.06.2024 -----\n" + quote_lines(_p31_q) + "\n"))),
])

# p32: WhatsApp: advance paid, "Proceed"
case("p32_whatsapp_advance_tr", ["RG002", "RG012"],
     "Buyer scope is 3 prototype seats with 180 held; after the advance payment buyer writes 'advance paid ... Proceed' with no scope.", [
    ("WhatsApp_Chat_Murat_Kaya_Marmara.txt", txt("""
[20.05.24, 08:45:10] Murat Kaya: Burak Bey günaydın. PO MO-2024-0690 sent: 3 prototype seats YS-13 only.
[20.05.24, 08:45:58] Murat Kaya: The 180 seats for the Yol 13 series are NOT released. I send the release in writing after prototype sign-off by Elif Hanım.
[20.05.24, 09:02:31] Burak Yılmaz: günaydın Murat Bey, noted 👍 3 prototypes, 180 on hold
[27.05.24, 14:20:05] Burak Yılmaz: Murat Bey, advance invoice AV-2024-077 for tooling + series sent to accounting
[27.05.24, 14:20:40] Burak Yılmaz: <attached: AV-2024-077.pdf>
[05.06.24, 11:02:17] Murat Kaya: Avans ödendi ✅ advance paid today
[05.06.24, 11:02:25] Murat Kaya: Proceed 👍
[05.06.24, 11:10:44] Burak Yılmaz: çok teşekkürler Murat Bey 🙏
""")),
])

# p33: supplier: tooling invoice settled, therefore production batch of 460 proceeds
_p33_q = ("Tomasz,\n\nPO 4700021873 covers the 20 FAI racks only. The remaining 460 racks are not released. They "
          "will be released by Sarah Whitcombe, Procurement Lead, in writing once the FAI report has been signed "
          "off.\n\nTom Ashdown\nBuyer, Interiors, " + PRV)
case("p33_tooling_paid_racks_pl", ["RG012"],
     "Supplier: tooling invoice settled, so they proceed with the production batch of 460 racks held by the PO scope.", [
    ("Tooling_invoice_TI-24-031_settled.eml", eml_bytes(mail(
        "Tomasz Wiśniewski <t.wisniewski@polrack.pl>", "Tom Ashdown <tom.ashdown@pennine-rail.co.uk>",
        "Tooling invoice TI-24-031 settled - Aurora racks", "Mon, 17 Jun 2024 09:20:00 +0200",
        "Dear Tom,\n\nthank you, our accounting confirms that tooling invoice TI-24-031 (bending tool and welding "
        "jig, EUR 18.400,00) has been settled in full.\n\nAs the tooling is now paid, we will proceed with the "
        "production batch of 460 racks from week 26, so your first unit is not delayed.\n\nThe FAI report for the "
        "20 racks was uploaded on Friday.\n\nBest regards\nTomasz Wiśniewski\nKey Account Manager Rail\n" + PLR
        + "\n\nOn 02.05.2024 Tom Ashdown wrote:\n" + quote_lines(_p33_q) + "\n",
        attachments=[("Payment_advice_TI-24-031.txt", txt("""
PAYMENT ADVICE                                   mBank S.A., Bydgoszcz branch
Beneficiary : POLRACK INTERIORS SP. Z O.O.       Account: PL61 1140 2004 0000 3102 7731 2290
Ordering    : PENNINE RAIL VEHICLES LTD, ILKESTON
Value date  : 14.06.2024
Amount      : EUR 18,400.00
Reference   : TI-24-031 TOOLING AURORA RACKS (BENDING TOOL + WELDING JIG)
Charges     : SHA
"""), "text/plain")]))),
])


# ------------------------------------------------------------------ batch 4

# c17: quoted supplier assumption of auto-conversion, buyer corrects it
_c17_q = ("Dear Mr. Hartmann,\n\nthe 4 FAI seats for the first-class area are finished, FAI documents in "
          "preparation. Once you sign off the FAI we continue with the series for cars 1 to 6, our foam supplier "
          "is already booked for week 33.\n\nBest regards\nPetr Novotný\n" + SVY)
case("c17_buyer_corrects_autoconv_de", [], "Quoted supplier assumes FAI sign-off rolls into series; buyer's reply corrects it with full scope (4 FAI, 144 held, written release by named buyer after sign-off).", [
    ("AW_FAI_DS-2F_Serie.eml", eml_bytes(mail(
        "Jens Hartmann <jens.hartmann@elbtal-sfz.de>", "Petr Novotný <novotny@sedacky-vysocina.cz>",
        "AW: FAI DS-2F / Serie Wagen 1-6", "Wed, 24 Jul 2024 08:15:00 +0200",
        "Dear Mr. Novotný,\n\nthank you for the update, good news about the FAI seats.\n\nOne correction, to avoid "
        "any misunderstanding: the FAI sign-off does not release the series. PO 4500081002 covers the 4 FAI "
        "seats only. The 144 series seats for cars 1 to 6 (24 per car) are not released. They will be released "
        "only in writing by me, after the FAI has been signed off by Dr. Anja Roth (Qualität). Please do not "
        "schedule the series and do not buy series material until you have that release.\n\n"
        "Mit freundlichen Grüßen\nJens Hartmann\nEinkauf Interieur\n" + ELB + "\nTel. +49 351 8840 217\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Petr Novotný\nGesendet: Dienstag, 23. Juli 2024 16:02\n"
        + quote_lines(_c17_q) + "\n"))),
])

# c18: buyer portal: advance payment is commercial only
case("c18_portal_advance_payment_tr", [], "Buyer portal payment page: advance is commercial only and does not release production; 3 samples active, 180 held, event + named person.", [
    ("Marmara_Portal_Payment_AV-2024-081.html", html_page("Tedarikçi Portalı - Ödeme / Payment", f"""
<h2>Marmara Otobüs - Tedarikçi Portalı</h2>
<p>Supplier: <b>{EGE}</b> &middot; Document: advance invoice AV-2024-081 &middot; PO MO-2024-0702</p>
<table>
<tr><th>Invoice</th><th>Type</th><th>Amount</th><th>Due</th><th>Status</th></tr>
<tr><td>AV-2024-081</td><td>Advance (tooling)</td><td>EUR 9.450,00</td><td>14.06.2024</td><td>Paid 12.06.2024</td></tr>
</table>
<div class="note"><b>Note from Purchasing:</b> this advance payment is a commercial matter only and does not
release production. PO MO-2024-0702 covers 3 sample seats YS-13. The 180 series seats remain not released until
the prototype sign-off by Elif Demir (R&amp;D) and a written release from Murat Kaya, Purchasing Manager.</div>
<p>Bank reference: TR-EFT-2024-0612-33871 &middot; IBAN ending 4410</p>
""", lang="tr")),
])

# c19: stop notice
case("c19_stop_notice_led_uk", [], "Stop notice: nothing more may start; released quantity stays 80; stop lifted only in writing by named Procurement Lead after revised FAI sign-off.", [
    ("Stop_Notice_SN-2024-03.pdf", pdf([
        ("h1", "STOP NOTICE SN-2024-03"),
        ("p", f"From: {PRV}, Procurement. To: {LUM}, attn. João Ferreira. Order: PO 4700022410, LED saloon "
              "lighting strip LS-1200 variant B."),
        ("p", "With immediate effect, no further lighting strips may be started under this order, whether "
              "released or not. Strips already completed are to be held at your premises, segregated and labelled "
              "'SN-2024-03'."),
        ("p", "Reason: connector change per design change notice DCN-AUR-0419 (connector moves from 4-pin to 6-pin "
              "for the emergency lighting circuit)."),
        ("table", [
            ["Item", "Quantity"],
            ["Released to date (release R-01, cars 1 and 2, 40 per car)", "80"],
            ["Completed by supplier as of 05.07.2024", "52"],
            ["May be started while this stop is in force", "0"],
        ]),
        ("sp",),
        ("p", "Nothing beyond the 80 strips of release R-01 is released. This stop will be lifted only in writing "
              "by Sarah Whitcombe, Procurement Lead, after the revised FAI for DCN-AUR-0419 has been signed off."),
        ("p", "Ilkeston, 05.07.2024 - Sarah Whitcombe, Procurement Lead, +44 115 496 0210"),
    ], title="SN-2024-03", author="Sarah Whitcombe")),
])

# c20: type test plan with specimen counts and standards, no authorization
case("c20_type_test_plan_floor_de", [], "Engineering type test plan: specimen counts and standards only, no authorization and no order quantities.", [
    ("Pruefplan_Fussboden_412.docx", docx_bytes([
        ("h1", "Type test plan - floor panel FP-412-A"),
        ("p", f"{ELB}, Engineering Interior. Document TP-412-4400, revision 2. Author: Katrin Vogel."),
        ("p", "Purpose: demonstrate the fire performance and mechanical strength of the aluminium honeycomb floor "
              "panel FP-412-A (drawing 412-4400-010 Rev 3) for hazard level HL2, operation category 1."),
        ("table", [
            ["Test", "Standard", "Specimens", "Requirement", "Lab"],
            ["Flame spread", "ISO 5658-2", "3 (800 x 155 mm)", "CFE >= 20 kW/m2 (R10)", "accredited lab"],
            ["Heat release", "ISO 5660-1, 50 kW/m2", "3 (100 x 100 mm)", "MARHE <= 90 kW/m2", "accredited lab"],
            ["Smoke density/toxicity", "EN ISO 5659-2, 25 kW/m2", "3", "Ds max <= 600; CITG <= 0.9", "accredited lab"],
            ["Point load", "EN 12663-1 / internal spec IS-412-22", "2 panels", "3 kN on 50 x 50 mm, no failure", "supplier"],
            ["Water ingress", "internal spec IS-412-30", "1 panel", "no delamination after 1000 h", "supplier"],
        ]),
        ("sp",),
        ("li", "Specimens are cut from panels of the same production lot and marked with lot number."),
        ("li", "Test reports go to Engineering Interior; results are entered in the fire safety file FSF-412."),
        ("li", "Deviations are handled by the change board; no test is repeated without a new specimen set."),
        ("p", "Dresden, 12.04.2024"),
    ], author="Katrin Vogel")),
])

# c21: release letter for the full remaining balance
case("c21_release_r02_full_es", [], "Release R-02 releases the remaining 480 after full FAI sign-off; with R-01 the full 640 is released, no balance.", [
    ("Liberacion_R-02_4510010120.pdf", pdf([
        ("h1", "PRODUCTION RELEASE R-02"),
        ("p", f"{TFE}, Compras, to {EGE}, İzmir. Frame order 4510010120, passenger seats for Cercanías C-250."),
        ("p", "Following the full FAI sign-off FAI-C250-7100-03 (rev G armrest bracket) by Jorge Ibáñez, Calidad, on "
              "02.09.2024, the remaining 480 seats for trainsets 3 to 8 are released for production."),
        ("table", [
            ["Release", "Trainsets", "Seats", "Date"],
            ["R-01", "1-2", "160", "17.06.2024"],
            ["R-02", "3-8", "480", "04.09.2024"],
            ["Total released", "1-8", "640", ""],
        ]),
        ("sp",),
        ("p", "With R-01 and R-02 the full series quantity of 640 seats is released. No balance remains on this "
              "frame order. Material authority: full series quantity."),
        ("p", "Delivery: one trainset (80 seats) every two weeks from KW 40, kitted per car."),
        ("p", "Zaragoza, 04.09.2024 - Ana García Ruiz, Compras (release authority up to 500 seats per release)"),
    ], title="R-02", author="Ana Garcia Ruiz")),
])

# p34: supplier proforma: production starts on receipt of the deposit
case("p34_proforma_deposit_cn", ["RG012"],
     "Supplier PI for 2,000 lamps: mass production starts upon receipt of the 30% deposit (payment as production trigger).", [
    ("PI_HY-PI-24-103.eml", eml_bytes(mail(
        "Kevin Zhang <kevin.zhang@haoyun-lighting.cn>", "Sarah Whitcombe <sarah.whitcombe@pennine-rail.co.uk>",
        "PI HY-PI-24-103 - RL-08B reading lights", "Thu, 04 Jul 2024 10:05:00 +0800",
        "Dear Sarah,\n\nHope you are well. As discussed, please find attached our proforma invoice HY-PI-24-103 "
        "for the RL-08B reading lights.\n\nOnce the 30% deposit is received in our account we will arrange the mass "
        "production immediately, so the goods can be ready in 35 days.\n\nBest regards\nKevin Zhang\n" + NHY + "\n",
        attachments=[("HY-PI-24-103.pdf", pdf([
            ("h1", "PROFORMA INVOICE HY-PI-24-103"),
            ("p", f"Seller: {NHY}. Buyer: {PRV}, Ilkeston, UK."),
            ("table", [
                ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                ["1", "Reading light RL-08B, 24 V DC, 3000 K, EN 45545-2 HL2", "2,000", "31.50", "63,000.00"],
            ]),
            ("sp",),
            ("p", "Payment: 30% T/T deposit, balance 70% before shipment. Production starts upon receipt of the 30% "
                  "deposit. Lead time: 35 days after deposit. FOB Ningbo."),
            ("p", "Bank: Bank of Ningbo, Yinzhou branch, SWIFT BKNBCN2N."),
        ], title="HY-PI-24-103", author="Haoyun"), PDF_MT)]))),
])

# p35: "go ahead as planned" and a forecast to be treated as a firm order
_p35_q1 = ("Dear Mr. Hartmann,\n\nour plan for the first-class seats: 2 mock-up seats ready KW 28, then the series "
           "of 288 seats from KW 34 in six batches of 48, one batch per week.\n\nFor 2025, can you give us a forecast for the follow-up order? "
           "We plan our foam and frame capacity now.\n\nBest regards\nPetr Novotný")
_p35_q2 = ("PO 4500081240: 2 mock-up seats DS-2F only. The 288 series seats are not released; release in writing by "
           "me after the mock-up review with the operator.\n\nJens Hartmann")
case("p35_go_ahead_forecast_de", ["RG002", "RG008"],
     "Buyer replies 'go ahead as planned' without scope, and asks supplier to treat the 2025 forecast (576 seats) as a firm order.", [
    ("AW_Plan_DS-2F_Forecast_2025.eml", eml_bytes(mail(
        "Jens Hartmann <jens.hartmann@elbtal-sfz.de>", "Petr Novotný <novotny@sedacky-vysocina.cz>",
        "AW: Plan DS-2F / Forecast 2025", "Fri, 07 Jun 2024 13:40:00 +0200",
        "Dear Mr. Novotný,\n\nthanks for the plan. Go ahead as planned.\n\nFor 2025 our forecast for the Regio-TZ 412 "
        "follow-up order is 24 cars, i.e. 576 seats DS-2. Please treat this as a firm order and reserve the "
        "capacity in H1/2025 for us.\n\nMit freundlichen Grüßen\nJens Hartmann\nEinkauf Interieur\n" + ELB + "\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Petr Novotný\nGesendet: Donnerstag, 6. Juni 2024 15:10\n"
        + quote_lines(_p35_q1) + "\n>\n> -----Ursprüngliche Nachricht-----\n> Von: Jens Hartmann\n"
        + quote_lines(quote_lines(_p35_q2)) + "\n"))),
])

# p36: call-off with a "binding" rolling forecast
case("p36_calloff_binding_forecast_in", ["RG008"],
     "Call-off releases 48 lights (complete scope) but its rolling forecast is declared binding on the buyer.", [
    ("DCW_CallOff_CO-24-0102.pdf", pdf([
        ("h1", "CALL-OFF CO-24-0102"),
        ("p", f"{DCW}, Pune. Contract 4600000533, berth reading lights BRL-24. Vendor: {NHY}."),
        ("table", [
            ["Coach", "Lights", "Delivery"],
            ["SL-21", "16", "CIF Nhava Sheva 30.09.2024"],
            ["SL-22", "16", "CIF Nhava Sheva 30.09.2024"],
            ["SL-23", "16", "CIF Nhava Sheva 30.09.2024"],
            ["Total this call-off", "48", ""],
        ]),
        ("sp",),
        ("p", "Quantities beyond this call-off are not released. The next call-off will be issued by Rahul Mehta, "
              "Sr. Manager - Purchase, after the type test of coach SL-21."),
        ("h", "Rolling forecast (binding)"),
        ("table", [
            ["Oct 24", "Nov 24", "Dec 24", "Jan 25", "Feb 25", "Mar 25"],
            ["64", "64", "80", "80", "96", "96"],
        ]),
        ("sp",),
        ("p", "The above rolling forecast is binding on DCW and the vendor shall plan production and raw material "
              "accordingly."),
        ("p", "Pune, 01.08.2024 - Rahul Mehta"),
    ], title="CO-24-0102", author="DCW Purchase")),
])

# p37: buyer calls a forecast "confirmed demand" and asks to book it; attachment is the forecast table
_p37_rows = "".join(f"<tr><td>{m}</td><td>{q}</td></tr>" for m, q in
                    [("Aug 24", 300), ("Sep 24", 300), ("Oct 24", 300), ("Nov 24", 300), ("Dec 24", 300),
                     ("Jan 25", 300), ("Feb 25", 300), ("Mar 25", 300), ("Apr 25", 300), ("May 25", 300),
                     ("Jun 25", 300), ("Jul 25", 300)])
case("p37_confirmed_demand_uk", ["RG008"],
     "Buyer writes the 12-month forecast (3,600 lamps) as 'confirmed demand' to be booked; attachment is the forecast table.", [
    ("RL-08B_12_month_demand.eml", eml_bytes(mail(
        "Tom Ashdown <tom.ashdown@pennine-rail.co.uk>", "Kevin Zhang <kevin.zhang@haoyun-lighting.cn>",
        "RL-08B - 12 month demand", "Tue, 23 Jul 2024 16:25:00 +0100",
        "Hi Kevin,\n\nAttached is our demand plan for RL-08B for the next 12 months. This is our confirmed demand "
        "of 3,600 pcs - please book it in your plan and make sure the LED bin is secured for the whole volume.\n\n"
        "Monthly split is in the attachment, roughly 300 a month.\n\nCheers,\nTom\n"
        + sig("Tom Ashdown", "Buyer, Interiors", PRV, "+44 115 496 0233"),
        attachments=[("RL-08B_forecast_Aug24-Jul25.html", html_page("RL-08B forecast", f"""
<h3>Pennine Rail Vehicles - RL-08B reading light - forecast Aug 2024 to Jul 2025</h3>
<table><tr><th>Month</th><th>Forecast qty</th></tr>{_p37_rows}<tr><th>Total</th><th>3,600</th></tr></table>
<p>Prepared by: T. Ashdown, 23/07/2024</p>
"""), "text/html")]))),
])

# p38: supplier portal books the buyer's non-binding forecast as confirmed orders
case("p38_portal_forecast_booked_pt", ["RG008"],
     "Supplier portal shows the buyer's non-binding forecast converted into 'confirmed order' sales orders.", [
    ("Luminar_Portal_Elbtal_Forecast.html", html_page("Luminar - Portal de Clientes", f"""
<h2>{LUM} &middot; Portal de Clientes / Customer Portal</h2>
<p>Customer: <b>{ELB}</b> &middot; Item LB-412 LED strip &middot; updated 02.09.2024</p>
<h3>Forecast received</h3>
<p>Elbtal forecast FC-ELB-2024-09 (marked by customer as non-binding): 2 trainsets per month, 120 strips per trainset.</p>
<h3>Our planning</h3>
<table>
<tr><th>Month</th><th>Trainsets</th><th>Strips</th><th>Sales order</th><th>Status</th></tr>
<tr><td>10/2024</td><td>2</td><td>240</td><td>SO-24-2210</td><td>Confirmed order</td></tr>
<tr><td>11/2024</td><td>2</td><td>240</td><td>SO-24-2211</td><td>Confirmed order</td></tr>
<tr><td>12/2024</td><td>2</td><td>240</td><td>SO-24-2212</td><td>Confirmed order</td></tr>
</table>
<p>The forecast FC-ELB-2024-09 has been booked as confirmed customer orders (720 strips). Production slots
on line 2 are reserved accordingly.</p>
<p style="font-size:11px">Luminar Transportes Lda &middot; NIF 509 884 120 &middot; Águeda</p>
""", lang="pt")),
])

# p40: "approved" for technical and commercial things, then an unscoped "green light"
_p40_q = ("Petr,\n\nPO 4700022655 covers the 4 FAI seats and the fire test specimens only. The 232 series seats are "
          "not released. Any series quantity will be released only by a written release from me, after FAI "
          "sign-off and the fire test report.\n\nSarah Whitcombe\nProcurement Lead, " + PRV)
case("p40_green_light_sx3_uk", ["RG002", "RG009"],
     "'Approved' used for the FAI report (technical) and for the USB option (commercial); then 'Green light from our side' with no scope.", [
    ("SX-3_FAI_USB_option.eml", eml_bytes(mail(
        "Graham Lyle <graham.lyle@pennine-rail.co.uk>", "Petr Novotný <novotny@sedacky-vysocina.cz>",
        "SX-3 - FAI and USB option", "Thu, 04 Jul 2024 17:10:00 +0100",
        "Hi Petr,\n\nQuick round-up before the holidays:\n\n- The FAI report for the SX-3 seats was approved by our "
        "Quality team on 3 July, no open points.\n- The USB-C option was approved by Finance today, Tom will amend "
        "the PO next week.\n\nGreen light from our side. Have a good summer break!\n\nGraham\n"
        + sig("Graham Lyle", "Project Engineer, Interiors", PRV, "+44 115 496 0271")
        + "\nOn 10 May 2024, Sarah Whitcombe wrote:\n" + quote_lines(_p40_q) + "\n",
        html="<p>Hi Petr,</p><p>Quick round-up before the holidays:</p><ul><li>The FAI report for the SX-3 seats "
             "was approved by our Quality team on 3 July, no open points.</li><li>The USB-C option was approved by "
             "Finance today, Tom will amend the PO next week.</li></ul><p><b>Green light from our side.</b> Have a "
             "good summer break!</p><p>Graham</p>"))),
])

# p42: Teams: "approved" for engineering and for purchasing; production release kept apart
case("p42_teams_floor_panels_es", ["RG009"],
     "Chat uses 'approved' for the FAI (engineering) and for a PO amendment (purchasing); production release is separate and complete.", [
    ("Teams_C250_suelos.txt", txt("""
Microsoft Teams - exportación de chat / chat export
Chat: C-250 suelos / floor panels (external)
Participants: Pilar Muñoz (TFE), Ana García Ruiz (TFE), Lenka Horáková (Moravia Composite Floors)

[15/04/2024 09:05] Lenka Horáková
Good morning, FAI documents for FP-250-A with the new edge profile are uploaded to the share (folder FAI-C250-044).

[16/04/2024 12:31] Pilar Muñoz
FAI floor panels with new edge profile approved from engineering side ✔ Flatness 0,4 mm, all within tolerance.

[16/04/2024 13:02] Ana García Ruiz
PO amendment 4510009990 pos. 20 (96 edge profiles) approved from purchasing side too.

[16/04/2024 13:05] Ana García Ruiz
Production: the 96 panels of trainset 1 are released by me herewith. Trainsets 2 to 4 (288 panels) are not released until the fire test report of the edge profile is in; next release from me in writing.

[16/04/2024 13:20] Lenka Horáková
Thank you Ana, Pilar. 96 panels TS1 in production from Monday, delivery KW 20.
""")),
])

# p43: test plan where "release" means design, PO and series
case("p43_test_plan_release_gates_uk", ["RG009"],
     "Engineering test plan defines 'release' gates for design (technical), PO (commercial) and series (production).", [
    ("Aurora_LS1200_verification_plan.docx", docx_bytes([
        ("h1", "Aurora EMU - saloon lighting LS-1200: verification plan"),
        ("p", f"{PRV}, Engineering. Document PRV-AUR-VP-6610, issue 1. Owner: Graham Lyle."),
        ("h", "Release gates"),
        ("table", [
            ["Gate", "Name", "Condition", "Owner"],
            ["R1", "Design release", "type test passed (EN 50155 climatic/vibration, EN 45545-2 R1), drawing issue E frozen", "Engineering"],
            ["R2", "Commercial release", "supplier PO released in SAP against quotation LQ-24-0193", "Procurement"],
            ["R3", "Series release", "per unit, 40 strips per car, after R1 and R2", "Procurement (Sarah Whitcombe)"],
        ]),
        ("sp",),
        ("h", "Type tests"),
        ("li", "Vibration and shock: EN 61373 category 1 class B, 1 strip."),
        ("li", "Climatic: EN 50155 OT4, 2 strips, 10 cycles."),
        ("li", "EMC: EN 50121-3-2, 1 strip with driver."),
        ("li", "Fire: EN 45545-2 R1 on diffuser material, lab report."),
        ("p", "Test strips are taken from the 10 FAI strips and are not returned to the supplier."),
    ], author="Graham Lyle")),
])


# ------------------------------------------------------------------ batch 5

# c22: explicit staged material authority above the released quantity, statement attached as DOCX
case("c22_material_authority_racks_tr", [], "20 FAI racks released; explicit staged material authority for 200 at buyer liability; 460 held until FAI sign-off and written release by named buyer.", [
    ("Material_authority_ARS-PO-24-0360.eml", eml_bytes(mail(
        "Selin Arslan <selin.arslan@anadolu-rayli.com.tr>", "Tomasz Wiśniewski <t.wisniewski@polrack.pl>",
        "ARS-PO-24-0360 - material authority for extrusions and glass", "Tue, 09 Jul 2024 09:30:00 +0300",
        "Dear Tomasz,\n\nas discussed on Friday, because of the extrusion lead time we give you a staged material "
        "authority. The statement is attached; in short:\n\n"
        "- Production released: the 20 FAI racks of PO ARS-PO-24-0360 only.\n"
        "- Material authority (staged): you may buy aluminium extrusions and tempered glass for up to 200 racks "
        "at ARS's liability. This does not release production of those racks.\n"
        "- The remaining 460 racks are not released. They will be released in writing by me after the FAI sign-off "
        "by Dr. Emre Şahin.\n\nBest regards,\nSelin Arslan\nPurchasing Manager\n" + ARS + "\n+90 262 331 40 12\n",
        attachments=[("Material_authority_statement_MA-03.docx", docx_bytes([
            ("h1", "Material authority statement MA-03"),
            ("p", f"{ARS} to {PLR}. Order: PO ARS-PO-24-0360, luggage rack LR-T20, 480 racks in total."),
            ("table", [
                ["Item", "Quantity (racks)", "Basis"],
                ["Released for production", "20", "FAI racks, PO line 10"],
                ["Material authority (staged)", "200", "extrusions and glass only, at ARS liability"],
                ["Not released", "460", "written release by Selin Arslan after FAI sign-off (Dr. Emre Şahin)"],
            ]),
            ("sp",),
            ("p", "Material bought under this authority is paid by ARS if the series is cancelled, against proof of "
                  "purchase and stock count. It does not authorize cutting, welding or assembly beyond the 20 "
                  "released racks."),
            ("p", "Kocaeli, 09.07.2024 - Selin Arslan, Purchasing Manager"),
        ], author="Selin Arslan"), DOCX_MT)]))),
])

# c23: supplier e-quote with price tiers, no authorization
case("c23_equote_tiers_cn", [], "Supplier web quotation with sample and volume price tiers; explicitly not an order; no authorization.", [
    ("Haoyun_eQuote_EQ-24-0419.html", html_page("Haoyun eQuote EQ-24-0419", f"""
<h2>{NHY} &middot; eQuote EQ-24-0419</h2>
<p>To: <b>{MAR}</b>, Mr. Murat Kaya &middot; Product: LED ceiling light strip LS-BUS-12, 1,180 mm, 24 V DC &middot;
valid until 30.06.2024</p>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Unit price USD</th><th>Lead time</th></tr>
<tr><td>Sample</td><td>10 pcs</td><td>58.00</td><td>15 days</td></tr>
<tr><td>Small batch</td><td>500 pcs</td><td>21.40</td><td>30 days</td></tr>
<tr><td>Volume</td><td>2,000 pcs</td><td>18.90</td><td>40 days</td></tr>
</table>
<p>Extrusion die for the diffuser: USD 1,200 one-time. Certificates: ECE R118 Annex 8, ECE R10 (EMC), IP54.</p>
<div class="note">This eQuote is an offer only. It is not an order and not an order confirmation. Nothing will be
produced until we receive your purchase order.</div>
<p>Contact: Kevin Zhang, Sales Manager Bus &amp; Coach, +86 574 8790 2231</p>
""")),
])

# c24: long thread with logistics; the scope sits in the first message of the chain
_c24_m1 = ("Hi João,\n\nPO 4700023004 is on its way from SAP. To be clear on scope: it covers 10 FAI lighting strips "
           "LS-1200 variant C only. The 1,840 series strips in your quote are not released. They will be released "
           "by a written release from Sarah Whitcombe, Procurement Lead, after FAI sign-off and receipt of the "
           "EN 45545-2 R1 certificate. Material authority is sample-only.\n\nTom")
_c24_m2 = ("Dear Tom,\n\nreceived, thank you - 10 FAI strips, series not released, noted.\n\nFor the shipment to UK: "
           "do you want DAP with us handling the customs, or your forwarder? Our EORI is PT509884120. Packing: 1 "
           "carton 1,300 x 300 x 250 mm, 14 kg.\n\nJoão")
_c24_m3 = ("João,\n\nDAP please, our forwarder is Hargreaves Freight but they only do full loads. Commodity code "
           "9405 11 00. Please put the PO number on the carton and the delivery note.\n\nTom")
_c24_t = ("Hi Tom,\n\nAll clear. Pick-up with DSV on Monday 10 June, delivery Ilkeston Thursday 13 June between 08:00 "
          "and 12:00, bay 3. Tracking PT-DSV-24-88412. The CMR and commercial invoice will be in the carton and by "
          "mail.\n\nThe R1 certificate is expected from the lab on 21 June; I will forward it the same day.\n\n"
          "Cumprimentos,\nJoão Ferreira\nProject Manager Rail\n" + LUM + "\n+351 234 610 270\n\n"
          "-----Original Message-----\nFrom: Tom Ashdown\nSent: 05 June 2024 11:02\n" + quote_lines(_c24_m3)
          + "\n>\n> -----Original Message-----\n> From: João Ferreira\n> Sent: 04 June 2024 16:40\n"
          + quote_lines(quote_lines(_c24_m2)) + "\n>>\n>> -----Original Message-----\n>> From: Tom Ashdown\n"
          ">> Sent: 03 June 2024 09:15\n" + quote_lines(quote_lines(quote_lines(_c24_m1))) + "\n")
case("c24_thread_logistics_led_pt", [], "Long logistics thread; the buyer's first message (quoted) has the full scope: 10 FAI, 1,840 held, event, named person, sample-only material.", [
    ("RE_RE_RE_PO_4700023004_shipment.eml", eml_bytes(mail(
        "João Ferreira <joao.ferreira@luminar-transportes.pt>", "Tom Ashdown <tom.ashdown@pennine-rail.co.uk>",
        "RE: RE: RE: PO 4700023004 - FAI strips shipment", "Thu, 06 Jun 2024 10:22:00 +0100", _c24_t,
        html="<div>" + _c24_t.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</div>"))),
])

# c25: Spanish PO (DOCX) with a table and a complete scope
case("c25_pedido_muestras_es", [], "DOCX PO: 4 sample strips; 1.280 series not released; written release by named buyer after FAI sign-off and fire test; sample-only material.", [
    ("Pedido_4510010455.docx", docx_bytes([
        ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4510010455"),
        ("p", f"{TFE}, Zaragoza. Proveedor / Supplier: {LUM}, Águeda."),
        ("p", "Proyecto / Project: Cercanías C-250 - iluminación de salón / saloon lighting. Oferta LQ-24-0177."),
        ("table", [
            ["Pos.", "Referencia", "Descripción / Description", "Cant. / Qty", "Precio EUR"],
            ["10", "C250-LS-1500-M", "Tira LED 1.500 mm, muestra / sample strip", "4", "236,00"],
            ["20", "C250-LS-DOC", "Informe FAI + ensayo EN 45545-2 R1", "1", "0,00"],
        ]),
        ("sp",),
        ("h", "Alcance / Scope"),
        ("p", "Este pedido cubre 4 tiras de muestra. / This order covers 4 sample strips. The 1.280 series strips "
              "(16 cars x 80) in your offer are not released. Release of any series quantity only in writing by "
              "Ana García Ruiz (Compras), after the FAI sign-off by Jorge Ibáñez (Calidad) and a positive fire "
              "test report. Material authority: sample-only."),
        ("p", "Entrega / Delivery: DAP Zaragoza, semana 26. Condiciones generales de compra TFE rev. 2023-02."),
        ("p", "Zaragoza, 20.05.2024 - Ana García Ruiz, Compras"),
    ], author="Ana Garcia Ruiz")),
])

# p44: "released" for drawing, PO and series; person named but no unlock event for the rest
case("p44_released_three_ways_de", ["RG004", "RG009"],
     "'Released' used for drawing rev, PO in SAP and series; rest not released and buyer named as authority, but no unlock event.", [
    ("Gepaeckablagen_Serie_Wagen_1-2.eml", eml_bytes(mail(
        "Jens Hartmann <jens.hartmann@elbtal-sfz.de>", "Tomasz Wiśniewski <t.wisniewski@polrack.pl>",
        "Gepäckablagen 412 - Zeichnung, Bestellung, Serie", "Mon, 29 Jul 2024 10:50:00 +0200",
        "Dear Mr. Wiśniewski,\n\na short status on the luggage racks for Regio-TZ 412:\n\n"
        "- Drawing 412-8120-010 is released in Rev C, please use only this revision.\n"
        "- PO 4500082005 is released in SAP and is in SUPPLIER-NET since this morning.\n"
        "- The series is released for cars 1 and 2: 48 racks, delivery KW 38.\n\n"
        "The rest of the racks are not released. I am the release authority for them.\n\n"
        "Mit freundlichen Grüßen\nJens Hartmann\nEinkauf Interieur\n" + ELB + "\nTel. +49 351 8840 217\n"))),
])

# p45: WhatsApp: "a few" sample seats, no number
case("p45_whatsapp_few_samples_in", ["RG010"],
     "Buyer asks for 'a few sample seats' for the mock-up; hold, event and named person present, but no active quantity.", [
    ("WhatsApp_Chat_Burak_Ege_Koltuk.txt", txt("""
12/08/2024, 10:02 - Rahul Mehta DCW: Good morning Burak ji
12/08/2024, 10:03 - Rahul Mehta DCW: Please make a few sample seats of the new 3+2 design for our coach mock-up, drawing DCW-GS-3210 rev 1, fabric as per sample card sent last week
12/08/2024, 10:04 - Rahul Mehta DCW: Rest of the seats not released. I will release the series myself, in writing, after the mock-up review on 20 September
12/08/2024, 10:31 - Burak Yılmaz: Good morning Rahul Bey 🙏 ok, we will do
12/08/2024, 10:32 - Burak Yılmaz: shipment by air to Pune, is Mumbai airport ok?
12/08/2024, 11:15 - Rahul Mehta DCW: Mumbai ok, consignee DCW Chakan, our CHA will clear
""")),
])

# p46: Spanish cover letter: samples "as agreed", series on hold until further notice, nobody named
case("p46_carta_muestras_es", ["RG004", "RG005", "RG010"],
     "Cover letter orders 'the samples as agreed in the kick-off' (no number); series on hold 'until further notice'; signed by the department only.", [
    ("Carta_pedido_muestras_asientos.docx", docx_bytes([
        ("h1", "Pedido de muestras - asientos C-250 / Sample order - C-250 seats"),
        ("p", f"{TFE}, Departamento de Compras, Zaragoza. A / To: {SVY}, Jihlava."),
        ("p", "Estimados señores / Dear Sirs,"),
        ("p", "With reference to our kick-off meeting of 03.04.2024 in Jihlava, please manufacture the samples as "
              "agreed in the meeting, to drawing C250-7100-020 rev F, fabric 'Ebro rojo'. Our PO 4510010140 will "
              "follow from SAP for the accounting."),
        ("p", "The series remains on hold until further notice."),
        ("table", [
            ["Documento / Document", "Referencia"],
            ["Drawing", "C250-7100-020 rev F"],
            ["Fire protection", "EN 45545-2 HL2, R21"],
            ["Strength", "EN 12663-1, P-II"],
            ["Delivery", "DAP Zaragoza, semana 24"],
        ]),
        ("sp",),
        ("p", "Atentamente / Kind regards, Departamento de Compras"),
    ], author="TFE Compras")),
])

# p47: ERP PO for prototype grab handles: quantity "see sample plan", nothing about the series
case("p47_erp_po_grab_handles_tr", ["RG003", "RG004", "RG005", "RG010"],
     "Prototype PO with quantity 'see sample plan' (no plan given) and nothing on series, unlock event or release person.", [
    ("ARS_PO_24-0377_print.txt", txt("""
ANADOLU RAYLI SISTEMLER A.S.                                   SATINALMA SIPARISI / PURCHASE ORDER
TOSB 2. CADDE NO:14, CAYIROVA / KOCAELI                        PO NO : ARS-PO-24-0377
VERGI NO 0680 412 339                                          DATE  : 18.06.2024
VENDOR: 400917 KOCAELI PROFIL VE BAGAJ SISTEMLERI LTD. STI.

ITM  MATERIAL        DESCRIPTION                              QTY              UNIT   PRICE EUR
---  --------------  ---------------------------------------  ---------------  -----  ---------
010  T20-GH-300-P    GRAB HANDLE 300 MM, PROTOTYPE, RAL 7035  SEE SAMPLE PLAN  PC         42.00
020  T20-ST-2200-P   STANCHION POLE 2200 MM, PROTOTYPE        SEE SAMPLE PLAN  PC        118.00

TEXT: PROTOTYPES FOR IZMIT T20 MOCK-UP CAR. DRG ARS-T20-6300 REV 01. STAINLESS 1.4301,
      BRUSHED. DELIVERY DAP KOCAELI WEEK 29. ARS GENERAL PURCHASING CONDITIONS APPLY.

PREPARED BY: SATINALMA / PURCHASING DEPT.
""")),
])

# p48: single-word "Approved." under a mail that carries both the FAI report and a series plan
_p48_q0 = ("PO 4500080540: 4 sample floor panels FP-412-A. The 1.056 series panels are not released. Series release "
           "only in writing by Jens Hartmann, Einkauf Interieur, after the sample sign-off by Elbtal Quality.")
_p48_q1 = ("Dear Dr. Roth,\n\nplease find attached the FAI report for the 4 sample floor panels FP-412-A (all 146 "
           "characteristics OK) and our series production plan for the 1.056 panels, 4 cars per week from KW 32.\n\n"
           "Best regards,\nLenka Horáková\nCustomer Service, " + MCF + "\n\n> " + _p48_q0)
case("p48_approved_one_word_cz", ["RG002"],
     "Quality replies a bare 'Approved.' to a mail carrying both the sample FAI report and the 1.056 series plan.", [
    ("RE_FAI_FP-412-A_series_plan.eml", eml_bytes(mail(
        "Dr. Anja Roth <anja.roth@elbtal-sfz.de>", "Lenka Horáková <horakova@moravia-floors.cz>",
        "RE: FAI FP-412-A + series plan", "Tue, 16 Jul 2024 07:58:00 +0200",
        "Approved.\n\nDr. Anja Roth\nLeiterin Qualität / Head of Quality\n" + ELB + "\n\n"
        "Von: Lenka Horáková\nGesendet: Montag, 15. Juli 2024 14:12\nBetreff: FAI FP-412-A + series plan\n\n"
        + quote_lines(_p48_q1) + "\n"))),
])

# p49: bare call-off with the contract quantity printed beside it
case("p49_calloff_unit1_seats_uk", ["RG001", "RG003", "RG004", "RG005"],
     "Call-off 1 for 58 seats prints contract quantity 232; no hold, no unlock event, no named release person.", [
    ("PRV_CallOff_01_SX3.pdf", pdf([
        ("h1", "CALL-OFF 01 - PASSENGER SEATS SX-3"),
        ("p", f"{PRV}, Quarry Lane Works, Ilkeston DE7 4RJ. Supplier: {SVY}, Jihlava. Agreement PRV-SA-0418."),
        ("table", [
            ["Unit", "Cars", "Seats this call-off", "Contract quantity", "Delivery"],
            ["Aurora unit 1", "A, B, C, D", "58", "232", "w/c 19 August 2024"],
        ]),
        ("sp",),
        ("p", "Kitting per car: car A 12, car B 16, car C 16, car D 14 seats; one labelled stillage per car. "
              "Seat positions per layout PRV-AUR-0100 issue B."),
        ("p", "Delivery: DAP Ilkeston, bay 3. Please quote agreement and call-off number on the delivery note."),
        ("p", "Procurement, Pennine Rail Vehicles Ltd - 24 June 2024"),
    ], title="Call-off 01", author="PRV Procurement")),
])

# p50: sample PO mail to a Chinese supplier, the offer with mass production quoted below
_p50_q = ("Dear Mr. Hartmann,\n\nThank you for your inquiry. Our offer for reading light RL-412:\n"
          "- Samples: 10 pcs, USD 88.00/pc, 20 days\n- Mass production: 2,000 pcs, USD 29.80/pc, 35 days\n"
          "FOB Ningbo, validity 60 days.\n\nBest regards\nKevin Zhang")
case("p50_po_samples_reading_lights_cn", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer sends PO for 10 sample lights over the quoted offer with 2,000 mass production; nothing says not released, no event, no person.", [
    ("PO_4500082310_RL-412.eml", eml_bytes(mail(
        "Jens Hartmann <jens.hartmann@elbtal-sfz.de>", "Kevin Zhang <kevin.zhang@haoyun-lighting.cn>",
        "PO 4500082310 - RL-412 reading lights", "Wed, 31 Jul 2024 09:12:00 +0200",
        "Dear Mr. Zhang,\n\nplease find attached our PO 4500082310 for 10 sample reading lights RL-412 as per your "
        "offer below. Please confirm the delivery date and send the EN 45545-2 test report with the goods.\n\n"
        "Mit freundlichen Grüßen\nJens Hartmann\nEinkauf Interieur\n" + ELB + "\n\n"
        "-----Original Message-----\nFrom: Kevin Zhang\nSent: 24 July 2024 11:40\n" + quote_lines(_p50_q) + "\n",
        attachments=[("PO_4500082310.pdf", pdf([
            ("h1", "BESTELLUNG / PURCHASE ORDER 4500082310"),
            ("p", f"{ELB}, Dresden. Supplier: {NHY}."),
            ("table", [
                ["Pos.", "Material", "Text", "Qty", "Unit", "USD"],
                ["10", "412-6620-010-S", "Leseleuchte RL-412, Muster / sample", "10", "ST", "88.00"],
            ]),
            ("sp",),
            ("p", "Delivery FOB Ningbo, KW 35. AEB 2022 apply."),
        ], title="PO 4500082310", author="Elbtal Einkauf"), PDF_MT)]))),
])

# p51: Indian ERP PO for samples with the project quantity in the header
case("p51_erp_po_berth_lights_in", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 8 sample berth lights shows project qty 640 in header; no hold, no unlock event, no named release person.", [
    ("ME9F_5100004801.txt", txt("""
DECCAN COACH WORKS PVT. LTD.                                        PURCHASE ORDER
Plot D-14, MIDC Chakan Phase II, Pune 410501                        PO No.   : 5100004801
                                                                    PO Date  : 02.08.2024
Vendor   : 300977  LUMINAR TRANSPORTES LDA, AGUEDA, PORTUGAL
Project  : DCW-SL2 SLEEPER COACH - PROJECT QTY 640 NOS (40 COACHES X 16)
Currency : EUR            Inco: DAP Pune                Pay.Terms: Z060 60 days net

----------------------------------------------------------------------------------------
Itm  Material          Description                        Qty    UoM   Price      Value
----------------------------------------------------------------------------------------
010  3100-640-16       BERTH LIGHT BL-SL2, SAMPLE            8    EA     96.00      768.00
                       Drg DCW-SL2-6610 Rev 2
                       EN 45545-2 HL2, EN 50155
----------------------------------------------------------------------------------------
                                                           Total value (EUR)     768.00

Header text:
  Samples for the sleeper coach mock-up. Delivery by 15.09.2024 with test reports.
  Packing: individual cartons, outer carton marked with PO no.

Printed  : 02.08.2024 15:20 by PURCHASE                               ME9F / ZNB1
""")),
])


# ====================================================================== MAIN
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(166166).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(first).stem)
        folder = f"h166_{i:02d}_{stem}"
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
    print(f"{len(order)} cases written to {OUT}")


if __name__ == "__main__":
    main()
