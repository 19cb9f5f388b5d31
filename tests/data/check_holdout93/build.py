#!/usr/bin/env python3
"""Generator for the releasegate check_holdout93 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout93/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Renderer helpers are copied from check_holdout3/build.py; all cases are new.
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
    m["Message-ID"] = msgid or f"<h93-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h93")
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

import textwrap  # noqa: E402


def T(s):
    """Dedent a triple-quoted block and make it end with exactly one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def quote(s, depth=1):
    """Prefix every line of s with '> ' (depth times), as a mail client does."""
    p = "> " * depth
    return "\n".join((p + ln).rstrip() for ln in s.rstrip("\n").split("\n")) + "\n"


def txt2html(text):
    """Very small text -> HTML body for the text/html alternative of a mail."""
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + body + "</body></html>\n")


def table_html(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    out = [f"<table{c}>"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{escape(str(x))}</{tag}>" for x in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# people and parties used throughout (fictitious)
GMA_SIG_FARAH = sig("Farah Al Mansoori", "Senior Buyer - Cabin Interiors",
                    "Gulf Meridian Airways Engineering, Dubai, UAE", "+971 4 218 6630")
LCA_SIG_TAN = sig("Tan Wei Ling", "Buyer, Procurement & Logistics",
                  "Lion City Aero Services Pte Ltd, Seletar Aerospace Park, Singapore", "+65 6481 2270")


# =================================================================== CLEAN
def c01_quote_tiers():
    data = pdf([
        ("h1", "Moravia Aero Composites s.r.o."),
        ("p", "Turanka 1222/115, 627 00 Brno, Czech Republic - EASA Part 21G POA holder - "
              "AS9100D / ISO 9001:2015"),
        ("h", "QUOTATION Q-MAC-2024-0207"),
        ("p", "Customer: Rheinland Cabin Systems GmbH, Hamburg - attn. Mr. Jens Petersen, Strategic Purchasing"),
        ("p", "Date: 18.04.2024    Valid until: 17.07.2024    Incoterms 2020: FCA Brno"),
        ("p", "Subject: Sidewall dado panel, PN RCS-SWP-4410-03 Rev D, A320 cabin retrofit"),
        ("sp",),
        ("table", [
            ["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
            ["1", "First article shipset incl. FAI report per AS9102 Rev C and flammability test "
                  "(12 s vertical, CS 25.853)", "4 shipsets", "1.180,00", "6 weeks ARO"],
            ["2", "Series shipsets - indicative price break, basis: customer forecast (not firm)",
             "120 shipsets", "865,00", "8 weeks after written production release"],
            ["3", "Bonding fixture, one-off", "1", "6.400,00", "with item 1"],
        ]),
        ("sp",),
        ("p", "Item 2 is priced on your programme forecast of 12.03.2024. It is a price break for "
              "planning and budgeting; it does not form part of any order until you issue one."),
        ("p", "Raw material: we buy material per released quantity only. A pre-buy of the decorative "
              "laminate for series is possible only against a separate written material authority "
              "from Rheinland Cabin Systems stating quantity and liability."),
        ("p", "Each delivery ships with EASA Form 1 and Certificate of Conformity. Part marking by "
              "permanent label per drawing note 9."),
        ("p", "Payment: 30 days net from invoice. Subject to our General Terms of Sale 2023."),
        ("sp",),
        ("p", "Tomas Dvorak, Sales Engineer - +420 541 226 118 - tomas.dvorak@moravia-aero.cz"),
    ], title="Q-MAC-2024-0207", author="Moravia Aero Composites")
    case("c01_quote_tiers", [], "supplier quote with FAI and series tiers; no authorization in bundle",
         [("Q-MAC-2024-0207.pdf", data)])


def c02_erp_full_qty():
    txt = T("""
        LION CITY AERO SERVICES PTE LTD                               PURCHASE ORDER
        80 SELETAR AEROSPACE VIEW, SINGAPORE 797560                   PAGE 1 OF 1
        GST REG NO. 201012345K
        -------------------------------------------------------------------------------
        PO NO.      : 4100023512            PO DATE  : 06.05.2024
        VENDOR      : 300871 TRI-STATE GALLEY COMPONENTS INC
                      2250 N MOSLEY ST, WICHITA KS 67214, USA
        BUYER       : TAN WEI LING  (+65 6481 2270)
        PAYMENT     : 60 DAYS NET              INCOTERMS: FCA WICHITA
        ORDER TYPE  : STANDARD - REPEAT PART (QUALIFIED, FAI 2022 ON FILE)
        -------------------------------------------------------------------------------
        LN  MATERIAL        DESCRIPTION                    QTY  UOM  UNIT USD   AMOUNT USD
        10  TSG-BP-7720-1   PEDAL, BRAKE, ATLAS TROLLEY     40  EA      38.50     1,540.00
                            DWG TSG-7720 REV F
                            DELIVERY 14.06.2024 TO SIN
        -------------------------------------------------------------------------------
                                                       TOTAL USD               1,540.00

        LINE TEXT:
          FULL ORDER QUANTITY 40 EA. NO FURTHER QUANTITY EXPECTED UNDER THIS PO.
          PROCEED WITH THE 40 EA PER DWG REV F. SHIP WITH FAA 8130-3 AND COC.
          PART MARKING PER DWG NOTE 7 (INK STAMP P/N + CAGE 1ABC2).
        HEADER TEXT:
          PACK IN ATA 300 CAT III CONTAINER. MARK PO NO. ON ALL CARTONS.
          INVOICE TO ACCOUNTS PAYABLE, REF PO NO. AND GRN NO.

        THIS PURCHASE ORDER IS SUBJECT TO LCA GENERAL PURCHASE CONDITIONS REV 2021-03.
        *** COMPUTER GENERATED DOCUMENT - NO SIGNATURE REQUIRED ***
        """)
    case("c02_erp_full_qty", [], "full-quantity repeat PO for 40 with scoped proceed; no balance",
         [("PO_4100023512.txt", txt)])


def c03_pdf_shipset_scoped():
    data = pdf([
        ("h1", "Gulf Meridian Airways - Engineering & Maintenance"),
        ("p", "Procurement - Cabin Interiors, GMA Engineering Centre, Dubai Airport Free Zone, UAE"),
        ("h", "PURCHASE ORDER GMA-PO-24-0533"),
        ("p", "Date: 24 April 2024   Supplier: Moravia Aero Composites s.r.o., Brno, Czech Republic   "
              "Supplier quote: Q-MAC-2024-0188 rev 1"),
        ("p", "Programme: B787-9 business class cabin refresh. Part: seat dress cover set "
              "GMA-BSC-210-01 Rev C (backrest, seat pan, headrest, legrest)."),
        ("table", [
            ["Line", "Part number", "Description", "Shipsets", "Scope", "Unit price EUR"],
            ["1", "GMA-BSC-210-01", "Dress cover set, 24 seats per shipset", "2", "first article", "9.840,00"],
            ["-", "GMA-BSC-210-01", "Programme quantity per quote (information only, NOT released)",
             "58", "none", "-"],
        ]),
        ("sp",),
        ("h", "Scope of this order"),
        ("p", "1. Active quantity: this PO authorises two (2) shipsets for first article only."),
        ("p", "2. Not released: the remaining 58 shipsets shown on quote Q-MAC-2024-0188 are listed for "
              "information only. They are not ordered and not released for production."),
        ("p", "3. What to do now: manufacture the 2 shipsets, perform the FAI per AS9102 Rev C and "
              "ship with EASA Form 1. Do not start further shipsets."),
        ("p", "4. Unlock event: FAI sign-off by Meera Pillai (Cabin Engineering), followed by a written "
              "production release signed by Hamdan Al Suwaidi, Fleet Engineering Manager. Nothing "
              "beyond the 2 shipsets is authorised without that written release."),
        ("p", "Material authority: sample-only (2 shipsets). Basis of the programme quantity: forecast."),
        ("sp",),
        ("p", "Delivery DAP Dubai (DWC) by 28 June 2024. Payment 60 days net. GMA Purchase Terms 2022 apply."),
        ("p", "Buyer: Farah Al Mansoori, Senior Buyer - Cabin Interiors, +971 4 218 6630"),
    ], title="GMA-PO-24-0533", author="Gulf Meridian Airways")
    case("c03_pdf_shipset_scoped", [], "2 FAI shipsets, 58 labelled info-only/not released, FAI sign-off + named releaser",
         [("GMA-PO-24-0533.pdf", data)])


def c04_supplier_question():
    text = T("""
        Dear Ms Tan,

        Good day. The 12 sample headrest covers (PN LCA-HRC-118-02, grey leather) were
        shipped today by DHL, AWB 4471 2290 18, together with the flammability test report
        and the CoC.

        My production manager asks me: do we have your go-ahead for the remaining 480
        covers, or should we wait for Mr Lim's FAI report first? We understand the 480 are
        not released yet, so for now we keep the cutting table free and we do not buy the
        leather for them.

        Please advise at your convenience.

        Best regards,
        Lily Chen
        Sales & Customer Service
        Suzhou Hengtai Aviation Textile Co., Ltd.
        No. 88 Jinfeng Road, Suzhou New District, Jiangsu, China
        Tel +86 512 6807 3321
        """)
    m = mail("Lily Chen <lily.chen@hengtai-avtex.cn>", "Tan Wei Ling <weiling.tan@lioncity-aero.sg>",
             "Samples shipped - PO 4100023395 - headrest covers - next step?",
             "Tue, 14 May 2024 16:40:12 +0800", text, html=txt2html(text))
    case("c04_supplier_question", [], "supplier asks whether the 480 may start; question, not approval",
         [("samples_shipped_next_step.eml", eml_bytes(m))])


def c05_labelled_forecast():
    rows = [["Quarter", "Part number", "Description", "Forecast qty (sets)", "Status"],
            ["Q3 2024", "CPM-PL-9020", "Cabin placard set, A330", "1,200", "forecast"],
            ["Q4 2024", "CPM-PL-9020", "Cabin placard set, A330", "900", "forecast"],
            ["Q1 2025", "CPM-PL-9020", "Cabin placard set, A330", "1,500", "forecast"],
            ["Q1 2025", "CPM-PL-9044", "Lavatory placard set, B777", "400", "forecast"]]
    body = f"""
<h1>GMA Supplier Collaboration Portal</h1>
<p>Supplier: <b>Cascade Placard &amp; Marking LLC</b>, Everett WA &nbsp;|&nbsp; Published: 02 May 2024 &nbsp;|&nbsp; Planner: Rashid Khoory</p>
<h2>Rolling demand forecast - cabin placards</h2>
<div class="note"><b>FORECAST - NOT AN ORDER.</b> This forecast is for your capacity and budget planning only.
It is not a purchase order, it commits Gulf Meridian Airways to no quantity, and it authorises neither
production nor any material purchase. Quantities become orders only through a GMA purchase order line,
and production only through a written production release.</div>
{table_html(rows)}
<p>Forecast accuracy last 4 quarters: 87 %. Next update: 01 June 2024.</p>
<p style="font-size:11px;color:#666">GMA-SCP v4.2 &middot; page generated 02/05/2024 07:30 GST</p>
"""
    case("c05_labelled_forecast", [], "forecast page clearly labelled not an order / not a release",
         [("gma_portal_forecast_cascade.html", html_page("GMA portal - forecast", body))])


# =================================================================== RISKY
def p01_eml_quote_attached():
    quote_pdf = pdf([
        ("h1", "Moravia Aero Composites s.r.o."),
        ("p", "Turanka 1222/115, 627 00 Brno, Czech Republic"),
        ("h", "Quotation Q-MAC-2024-0151"),
        ("p", "Customer: Gulf Meridian Airways Engineering, Dubai - attn. Ms. Farah Al Mansoori"),
        ("p", "Date: 09.04.2024   Validity: 90 days   Delivery: DAP DXB"),
        ("table", [
            ["Pos.", "Part", "Description", "Qty", "Unit EUR", "Lead time"],
            ["1", "GMA-EDC-310-02 Rev B", "Economy seat dress cover set, qualification sample", "6 sets",
             "412,00", "5 weeks"],
            ["2", "GMA-EDC-310-02 Rev B", "Economy seat dress cover set, series", "1.260 sets", "298,00",
             "10 weeks"],
        ]),
        ("p", "Fabric: wool/nylon 90/10, FR treated, colour A6 livery blue. Flammability test per CS 25.853(a) "
              "included in pos. 1."),
        ("p", "Payment 45 days net. Petr Novak, Key Account Manager, +420 541 226 100"),
    ], title="Q-MAC-2024-0151", author="Moravia Aero Composites")
    text = T("""
        Dear Petr,

        Good day and hope you are well.

        Further to our call on Tuesday, please find below our PO GMA-PO-24-0417, raised for
        the qualification samples of the economy seat dress covers, P/N GMA-EDC-310-02 Rev B,
        in the new A6 livery blue.

        Quantity: six (6) sets, unit price EUR 412,00 as per your quotation Q-MAC-2024-0151
        (attached).

        Kindly include the flammability test report (CS 25.853(a), 12 s vertical) and the CoC
        with the shipment. Required on dock Dubai by 10 June 2024, DAP DXB. Please mark the PO
        number on the carton and on the commercial invoice.

        Appreciate your usual support.

        Best regards,
        """) + GMA_SIG_FARAH
    m = mail("Farah Al Mansoori <farah.almansoori@gulfmeridian.ae>", "Petr Novak <petr.novak@moravia-aero.cz>",
             "PO GMA-PO-24-0417 - economy seat dress covers - qualification samples",
             "Mon, 22 Apr 2024 10:15:00 +0400", text,
             attachments=[("Q-MAC-2024-0151.pdf", quote_pdf, PDF_MT)])
    case("p01_eml_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
         "6 sample sets ordered, attached quote shows 1.260 series sets; no hold, event or releaser",
         [("PO_GMA-PO-24-0417.eml", eml_bytes(m))])


def p02_pdf_programme_header():
    data = pdf([
        ("h1", "Rheinland Cabin Systems GmbH"),
        ("p", "Einkauf / Purchasing - Hein-Sass-Weg 30 - 21129 Hamburg - Germany"),
        ("h", "Bestellung / Purchase Order 4500187332"),
        ("p", "Datum / Date: 29.04.2024    Lieferant / Supplier: Sahyadri Precision Aerotech Pvt. Ltd., "
              "Plot 14, MIDC Chakan, Pune 410501, India (Lief.-Nr. 700412)"),
        ("p", "Projekt / Programme: A320 cabin retrofit 'Nordlicht' - 84 shipsets (42 aircraft, 2 per aircraft)"),
        ("table", [
            ["Pos", "Material", "Bezeichnung / Description", "Menge", "ME", "Preis EUR", "Wert EUR"],
            ["10", "RCS-FB-2201-L", "Footrest bracket LH, Al 7075-T7351, anodised", "2", "SS", "640,00", "1.280,00"],
            ["20", "RCS-FB-2201-R", "Footrest bracket RH, Al 7075-T7351, anodised", "2", "SS", "640,00", "1.280,00"],
        ]),
        ("p", "Gesamtwert / Total: EUR 2.560,00 zzgl. MwSt."),
        ("sp",),
        ("p", "Anforderungen / Requirements: First article inspection report per AS9102 to accompany the "
              "delivery. Part marking per EN 9132 (data matrix). Material certificates 3.1 per EN 10204. "
              "Each shipment with EASA Form 1 or CoC."),
        ("p", "Lieferbedingung / Delivery: DAP Hamburg-Finkenwerder, KW 26/2024. Zahlung / Payment: 60 Tage netto."),
        ("p", "Ansprechpartner / Contact: Jens Petersen, Strategischer Einkauf, +49 40 7411 2093"),
        ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen AEB 2022. Our general purchasing conditions apply."),
    ], title="Bestellung 4500187332", author="Rheinland Cabin Systems GmbH")
    case("p02_pdf_programme_header", ["RG001", "RG003", "RG004", "RG005"],
         "PO for 2 shipsets beside 84-shipset programme with nothing saying not released; no hold/event/releaser",
         [("Bestellung_4500187332.pdf", data)])


def p03_docx_eo_lotsize():
    blocks = [
        ("h1", "Engineering Order EO-24-0193"),
        ("p", "Atlantic Airframe MRO Ltd - Shannon Free Zone East, Co. Clare, Ireland"),
        ("p", "To: Aeroformas de Queretaro S.A. de C.V., attn. Alejandro Ruiz (Sales)"),
        ("p", "Subject: Qualification samples - galley bracket, trolley stop"),
        ("table", [
            ["Item", "Value"],
            ["Part number", "AAM-GB-5511 Rev 12"],
            ["Description", "Bracket, trolley stop, 6061-T6, galley G2/G5, A330"],
            ["PO reference", "AAM-PO-31187"],
            ["Quantity on this EO", "10 pcs (qualification samples)"],
            ["Required date", "07 June 2024, DAP Shannon"],
            ["Documentation", "AS9102 FAI forms 1-3, CoC, material certs"],
        ]),
        ("h", "Drawing notes (copied from AAM-GB-5511 Rev 12)"),
        ("num", "Break all sharp edges 0.2-0.5 mm."),
        ("num", "Anodise per MIL-A-8625 Type II, Class 1."),
        ("num", "Part mark P/N and S/N by vibro-etch, 3 mm characters, location per view B."),
        ("num", "Fleet campaign lot size: 600 pcs."),
        ("sp",),
        ("p", "Release authority for this programme: Aoife Byrne, Quality Manager."),
        ("p", "Issued by Kieran Doyle, Head of Engineering, 30 April 2024."),
    ]
    case("p03_docx_eo_lotsize", ["RG001", "RG003", "RG004"],
         "10 samples beside 600-pc lot size; releaser named but no hold and no unlock event",
         [("EO-24-0193.docx", docx_bytes(blocks, author="Kieran Doyle"))])


def p04_erp_annual_vol():
    txt = T("""
        LION CITY AERO SERVICES PTE LTD                               PURCHASE ORDER
        80 SELETAR AEROSPACE VIEW, SINGAPORE 797560                   PAGE 1 OF 1
        -------------------------------------------------------------------------------
        PO NO.      : 4100023387            PO DATE  : 12.04.2024
        VENDOR      : 300912 SUZHOU HENGTAI AVIATION TEXTILE CO LTD
                      NO. 88 JINFENG ROAD, SUZHOU NEW DISTRICT, JIANGSU, CN
        BUYER       : TAN WEI LING  (+65 6481 2270)
        PAYMENT     : 30% T/T ADVANCE, BAL 60 DAYS      INCOTERMS: FOB SHANGHAI
        -------------------------------------------------------------------------------
        LN  MATERIAL         DESCRIPTION                     QTY  UOM  UNIT USD   AMOUNT USD
        10  LCA-HRC-118-02   COVER, HEADREST, LEATHER, GREY    5  EA      46.00       230.00
                             SAMPLE - FLAMMABILITY + FIT CHECK
                             DELIVERY 24.05.2024
        -------------------------------------------------------------------------------
                                                       TOTAL USD                 230.00

        LINE TEXT LN 10:
          REF QTN HT-2024-0331 DD 11.04.2024: SAMPLE 5 EA, ANNUAL VOL 2.400 EA
          @ USD 31.80.
          SHIP WITH FLAMM TEST RPT (FAR 25.853(a)) + COC.
          SEWN LABEL WITH P/N AND DATE CODE PER SPEC LCA-ES-0042 REV 3.
        HEADER TEXT:
          DELIVER TO: LCA STORES, HANGAR 3, SELETAR. ATTN RECEIVING INSPECTION.

        THIS PURCHASE ORDER IS SUBJECT TO LCA GENERAL PURCHASE CONDITIONS REV 2021-03.
        *** COMPUTER GENERATED DOCUMENT - NO SIGNATURE REQUIRED ***
        """)
    case("p04_erp_annual_vol", ["RG001", "RG003", "RG004", "RG005"],
         "5-pc sample PO whose line text shows annual volume 2.400; no hold/event/releaser",
         [("PO_4100023387.txt", txt)])


def p05_multi_html_po_pdf_quote():
    rows = [["Item", "Part number", "Description", "Qty", "UoM", "Unit USD", "Total USD"],
            ["1", "CPM-PL-9020", "Placard set, cabin, photoluminescent (LIFE VEST UNDER SEAT, NO SMOKING, "
                                 "EXIT), A320 layout", "8", "SET", "95.00", "760.00"]]
    body = f"""
<h1>Paulista Interiores Aeronauticos Ltda</h1>
<p>Av. Cassiano Ricardo 601, Sao Jose dos Campos - SP, Brasil &middot; CNPJ 12.345.678/0001-90</p>
<h2>Pedido de Compra / Purchase Order PC-2024-00871</h2>
<p>Date: 03/05/2024 &nbsp; Supplier: Cascade Placard &amp; Marking LLC, Everett WA, USA &nbsp;
Buyer: Beatriz Costa (beatriz.costa@paulista-interiores.com.br)</p>
{table_html(rows)}
<p><b>Remarks:</b> Sample sets for our customer evaluation (Serra Azul A320 cabin refresh).
Reference quote CPM-Q-24-0415. Placards must meet the luminance requirement of SAE AS8035 after 30 min
charge and carry part marking per your standard. Ship with CoC, FCA Everett, our forwarder Expeditors.</p>
<p>Payment: 45 days after receipt of invoice. Please acknowledge this PO within 3 working days.</p>
"""
    html = html_page("PC-2024-00871", body)
    quote = pdf([
        ("h1", "Cascade Placard & Marking LLC"),
        ("p", "1120 80th St SW, Everett, WA 98203, USA - FAA PMA holder"),
        ("h", "Quote CPM-Q-24-0415"),
        ("p", "To: Paulista Interiores Aeronauticos Ltda, attn. Beatriz Costa. Date: April 26, 2024. Valid 60 days."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit USD", "Lead time"],
            ["1", "CPM-PL-9020", "Placard set, sample", "8 sets", "95.00", "3 weeks"],
            ["2", "CPM-PL-9020", "Placard set, production", "640 sets", "61.00", "6 weeks"],
        ]),
        ("p", "Price break at 500+ sets applies to line 2. Photoluminescent film lot-traceable."),
        ("p", "Dana Whitaker, Inside Sales, (425) 555-0147"),
    ], pagesize=LETTER, title="CPM-Q-24-0415", author="Cascade Placard & Marking")
    case("p05_multi_html_po_pdf_quote", ["RG001", "RG003", "RG004", "RG005"],
         "bundle: PO for 8 sample sets + quote with 640 production sets, nothing held or named",
         [("PC-2024-00871.html", html), ("CPM-Q-24-0415.pdf", quote)])


def p06_teams_green_light():
    txt = T("""
        Microsoft Teams - chat export
        Chat: AAM / MAC - galley curtain assemblies (external)
        Participants: Niamh Walsh (Atlantic Airframe MRO), Ciaran O Briain (Atlantic Airframe MRO),
                      Jana Svobodova (Moravia Aero Composites), Tomas Dvorak (Moravia Aero Composites)
        Exported: 03/05/2024 17:02

        [22/04/2024 10:04] Niamh Walsh
        Morning Jana, PO AAM-PO-31204 went over on Friday. Just so it's clear on your side: it covers the 4 FAI shipsets of the galley curtain assemblies (P/N AAM-GCA-220-4) and nothing more. The other 36 shipsets on your quote are not released. They wait for Aoife Byrne's FAI sign-off and then a written release from me. Material for the 4 only please.

        [22/04/2024 10:11] Jana Svobodova
        Dobry den Niamh, understood, 4 FAI shipsets only, rest waiting for your written release. Fabric for 4 sets we have in stock.

        [29/04/2024 15:37] Jana Svobodova
        Photos of shipset 1 attached, the hem and the snap fasteners as per DRG note 6. FAI report follows Thursday.

        [29/04/2024 15:38] Jana Svobodova
        <image: IMG_20240429_1531.jpg>

        [29/04/2024 16:20] Ciaran O Briain
        Had a look with the lads in the hangar. Stitching's grand, colour is spot on, fasteners line up with the rail. Green light from me 👍

        [29/04/2024 16:22] Jana Svobodova
        Super, thank you Ciaran!

        [29/04/2024 16:25] Tomas Dvorak
        👍
        """)
    case("p06_teams_green_light", ["RG002"],
         "scope set correctly, later engineer writes 'green light from me' with no quantity or sample scope",
         [("teams_AAM_MAC_curtains.txt", txt)])


def p07_eml_approved_go_ahead():
    orig = T("""
        Dear Lily,

        PO 4100023390 is for 5 (five) sample headrest covers only, for the flammability test
        and fit check.
        The balance of 395 covers on your quote is NOT released. It stays on hold until
        Lim Boon Keat (Quality) signs off the FAI and I send you a written production release.
        Material for the 5 samples only, please.

        Regards,
        Tan Wei Ling
        """)
    mid = T("""
        Dear Ms Tan,

        Attached the photo of the leather swatch, colour code LC-GRY-07, next to the old cover.
        The new hide lot is little bit darker in daylight but inside the tolerance of dE 1.5 per
        your spec LCA-ES-0042.

        Please confirm if OK for us?

        Best regards
        Lily
        """)
    text = ("Hi Lily,\n\nApproved. Go ahead.\n\nRgds\nWei Ling\n" + LCA_SIG_TAN + "\n"
            "On Mon, 13 May 2024 at 10:02, Lily Chen <lily.chen@hengtai-avtex.cn> wrote:\n"
            + quote(mid) + ">\n> On Thu, 2 May 2024 at 09:12, Tan Wei Ling wrote:\n" + quote(orig, 2))
    m = mail("Tan Wei Ling <weiling.tan@lioncity-aero.sg>", "Lily Chen <lily.chen@hengtai-avtex.cn>",
             "RE: RE: PO 4100023390 - leather swatch LC-GRY-07", "Mon, 13 May 2024 14:47:31 +0800", text,
             in_reply_to="<h93-swatch-0513@hengtai-avtex.cn>")
    case("p07_eml_approved_go_ahead", ["RG002"],
         "'Approved. Go ahead.' with no quantity or sample scope; quoted PO scope is otherwise complete",
         [("RE_PO_4100023390_swatch.eml", eml_bytes(m))])


def p08_docx_ccn_proceed():
    blocks = [
        ("h1", "Engineering Order / Technische Anweisung EO-RCS-24-077"),
        ("p", "Rheinland Cabin Systems GmbH, Hamburg - to Moravia Aero Composites s.r.o., Brno"),
        ("p", "Part: RCS-LP-3305-02 Rev B, literature pocket, seat back, A321neo"),
        ("table", [
            ["Field", "Entry"],
            ["Purchase order", "4500187415"],
            ["Active quantity", "12 FAI sets"],
            ["Balance", "228 sets - not released"],
            ["Unlock event", "FAI sign-off per AS9102 Rev C"],
            ["Production release by", "RCS Engineering"],
            ["Material authority", "sample-only (12 sets)"],
        ]),
        ("h", "Change notes"),
        ("p", "CCN-17: pocket fabric colour changed from RAL 7016 to RAL 7015 at customer request. "
              "Laminate and elastic band unchanged. Drawing Rev B remains valid; colour callout per CCN."),
        ("p", "Engineering comment: CCN-17 checked against the customer's cabin colour board. "
              "Approved - proceed."),
        ("sp",),
        ("p", "Issued by Document Control RCS, 06.05.2024. Distribution: Einkauf, Qualitaet, supplier."),
    ]
    case("p08_docx_ccn_proceed", ["RG002", "RG005"],
         "unscoped 'Approved - proceed'; balance releaser is only a department",
         [("EO-RCS-24-077.docx", docx_bytes(blocks, author="RCS Document Control"))])


def p09_eml_fai_approved_proceed_run():
    po = pdf([
        ("h1", "Gulf Meridian Airways - Engineering & Maintenance"),
        ("h", "PURCHASE ORDER GMA-PO-24-0461"),
        ("p", "Date: 08 April 2024. Supplier: Sahyadri Precision Aerotech Pvt. Ltd., Pune, India. "
              "Quote SPA/Q/24-25/0093."),
        ("table", [
            ["Line", "Part number", "Description", "Qty", "Scope", "Unit USD"],
            ["1", "GMA-GIB-7710 Rev A", "Galley insert bracket, oven housing, 15-5PH", "3", "FAI", "410.00"],
        ]),
        ("p", "Active quantity: three (3) FAI pieces. The balance of 117 pcs on the quote is not released."),
        ("p", "The balance is released only by a written production release from Hamdan Al Suwaidi, "
              "Fleet Engineering Manager, after FAI sign-off per AS9102 by Meera Pillai (Cabin Engineering). "
              "Material authority: FAI quantity only."),
        ("p", "Buyer: Farah Al Mansoori. Delivery DAP DXB. Payment 60 days net."),
    ], title="GMA-PO-24-0461", author="Gulf Meridian Airways")
    text = T("""
        Dear Venkatesh,

        We reviewed the FAI package for the three (3) galley insert brackets: AS9102 forms 1-3,
        CMM report and the material certs. The two minor findings on Form 3 (characteristics 14
        and 22) are closed with your rework and the re-measurement you sent on Sunday.

        Approved - please proceed with the run.

        PO attached again for your file.

        Regards,
        Meera Pillai
        Senior Engineer - Cabin Engineering
        Gulf Meridian Airways Engineering, Dubai
        """)
    m = mail("Meera Pillai <meera.pillai@gulfmeridian.ae>",
             "Venkatesh Iyer <venkatesh.iyer@sahyadri-aero.in>",
             "RE: FAI package - galley insert bracket GMA-GIB-7710 - PO GMA-PO-24-0461",
             "Wed, 15 May 2024 11:20:00 +0400", text,
             cc="Farah Al Mansoori <farah.almansoori@gulfmeridian.ae>, Hamdan Al Suwaidi <hamdan.alsuwaidi@gulfmeridian.ae>",
             attachments=[("GMA-PO-24-0461.pdf", po, PDF_MT)])
    case("p09_eml_fai_approved_proceed_run", ["RG002", "RG007"],
         "FAI signer writes 'Approved - please proceed with the run': unscoped, and rolls FAI sign-off into production though the PO needs Hamdan's written release",
         [("RE_FAI_package_GMA-GIB-7710.eml", eml_bytes(m))])


def p10_erp_release_note_proceed():
    txt = T("""
        GULF MERIDIAN AIRWAYS - ENGINEERING & MAINTENANCE
        SUPPLY CHAIN / CABIN INTERIORS                      RELEASE NOTE   GMA-RN-24-0112
        ==============================================================================
        DATE          : 09.05.2024
        PO REF        : GMA-PO-24-0478
        VENDOR        : 301455 TRI-STATE GALLEY COMPONENTS INC, WICHITA KS
        PART NO       : TSG-TDL-4410 REV C   LATCH ASSY, TROLLEY DOOR, FULL SIZE
        QTY           : PER VENDOR QUOTE TSG-Q-2024-118
        INSTRUCTION   : PROCEED
        BALANCE       : HELD. NOT RELEASED UNTIL FAI SIGN-OFF (AS9102) AND WRITTEN
                        PRODUCTION RELEASE BY H. AL SUWAIDI, FLEET ENGG MGR, ONLY.
        MATERIAL      : NO PRE-BUY
        DOCS REQ'D    : FAA 8130-3, COC, FAI FORMS 1-3
        ==============================================================================
        ISSUED BY     : R. KHOORY, PLANNING
        ** SYSTEM PRINT - VALID WITHOUT SIGNATURE **
        """)
    case("p10_erp_release_note_proceed", ["RG002", "RG010"],
         "release note says PROCEED with quantity only 'per vendor quote': no active quantity, unscoped",
         [("GMA-RN-24-0112.txt", txt)])


# ------------------------------------------------------------------ batch 2
def p11_portal_good_to_run():
    rows = [["Field", "Value"],
            ["Customer", "Al Noor Aero Technics LLC, Abu Dhabi (Hangar 4, Al Bateen)"],
            ["Customer PO", "ANAT-PO-2024-1193"],
            ["Part", "CPM-PL-7311 placard kit, B777-300ER lavatory (bilingual EN/AR)"],
            ["Sample lot authorised", "15 kits"],
            ["Balance", "285 kits - on hold until further notice (per customer PO)"],
            ["Release authority (per customer PO)", "Khalid Al Mazrouei, Technical Services Manager"],
            ["Ship via", "DHL Express, DAP AUH"]]
    msgs = [["Date", "From", "Message"],
            ["05-May-2024", "Dana Whitaker (Cascade)", "Proof set rev B uploaded: all lavatory placards incl. "
             "'NO SMOKING' and 'RETURN TO SEAT' in English/Arabic. Please review."],
            ["07-May-2024", "Mariam Al Hammadi (Al Noor)", "Proofs checked by our Technical Services against "
             "the CMM illustrations, Arabic text verified by our translator. Good to run."],
            ["07-May-2024", "Dana Whitaker (Cascade)", "Thanks Mariam, noted."]]
    body = f"""
<h1>Cascade Placard &amp; Marking - Customer Portal</h1>
<p>Order <b>24-0877</b> &middot; opened 29-Apr-2024 &middot; account manager: Dana Whitaker</p>
<h2>Order summary</h2>
{table_html(rows)}
<h2>Messages</h2>
{table_html(msgs)}
<p style="font-size:11px;color:#777">Cascade portal v3.8 &middot; printed 08-May-2024 08:12 PDT</p>
"""
    case("p11_portal_good_to_run", ["RG002", "RG004"],
         "buyer's 'Good to run.' unscoped; balance on hold 'until further notice' names no unlock event",
         [("cascade_portal_order_24-0877.html", html_page("Order 24-0877", body))])


def p15_teams_trial_fit():
    txt = T("""
        Microsoft Teams - chat export
        Chat: LCA x Sahyadri - tray table latch
        Participants: Rajesh Kumar (Lion City Aero Services), Priya Nair (Sahyadri Precision Aerotech)
        Exported: 13/05/2024 08:55

        [06/05/2024 09:12] Rajesh Kumar
        Hi Priya, PO 4100023455 raised this morning. pls make 10 pcs of the tray table latch LCA-TTL-88 rev D for trial fit on 9V-LCB next week. it's for the armrest cap mod on our A320 fleet, we want to check the latch engagement with the new cap.

        [06/05/2024 09:20] Priya Nair
        Good morning Rajesh ji, noted. 10 nos tray table latch, rev D. We will machine from the 17-4PH bar in stock, dispatch by 15th via FedEx IP. Shall we do the passivation per AMS 2700 Method 1 as last time?

        [06/05/2024 09:24] Rajesh Kumar
        yes same as last time. and pls put the CoC + dimensional report in the box

        [06/05/2024 09:25] Priya Nair
        Sure 👍

        [10/05/2024 17:40] Priya Nair
        Update: 10 nos machined, passivation on Monday, dispatch Tuesday. AWB will share.
        """)
    case("p15_teams_trial_fit", ["RG003", "RG004", "RG005"],
         "10 trial-fit pcs ahead of a fleet mod; nothing says the fleet quantity is not released, no event, no releaser",
         [("teams_LCA_Sahyadri_latch.txt", txt)])


def p16_docx_qual_sample():
    blocks = [
        ("h1", "Ordem de Engenharia / Engineering Order OE-0412/24"),
        ("p", "Paulista Interiores Aeronauticos Ltda - Engenharia de Produto - Sao Jose dos Campos, SP"),
        ("p", "Para / To: Aeroformas de Queretaro S.A. de C.V. - Ing. Maria Fernanda Lopez (Engineering)"),
        ("p", "Assunto / Subject: Qualification sample - galley insert bracket, E195-E2 galley retrofit"),
        ("table", [
            ["Item", "Detail"],
            ["Part number", "PI-GIB-1120 Rev 03"],
            ["Purchase order", "PC-2024-00915"],
            ["Quantity", "three (3) pcs - qualification samples"],
            ["Tests", "Static load per PI-TP-077 (9 g forward), flammability 12 s vertical per RBAC 25.853"],
            ["Need date", "21/06/2024, DAP Sao Jose dos Campos"],
        ]),
        ("p", "Please manufacture the three qualification samples from one heat of 2024-T3 sheet and send "
              "material certificates, CoC and the dimensional report. Our lab will run both tests in July."),
        ("p", "Quotation AQ-2024-0311 from Aeroformas is the commercial basis."),
        ("sp",),
        ("p", "Atenciosamente / Best regards, Thiago Martins - Engenheiro de Produto"),
    ]
    case("p16_docx_qual_sample", ["RG003", "RG004", "RG005"],
         "3 qualification samples for a retrofit; no hold on series, no unlock event, no releaser",
         [("OE-0412-24.docx", docx_bytes(blocks, author="Thiago Martins"))])


def p20_eml_hide_dye_lot():
    orig = T("""
        Dear Moravia team,

        PO AAM-PO-31230 covers 4 FAI shipsets of the A330 economy seat dress covers only.
        The remaining 136 shipsets on your quote are not released. They stay on hold until
        the FAI has been signed off by our Quality department and a written release has been
        issued by Procurement.

        Kind regards,
        Procurement Team
        Atlantic Airframe MRO Ltd, Shannon
        """)
    text = T("""
        Dear Procurement team, dear Ciaran,

        short status for PO AAM-PO-31230, seat dress covers A330 refit.

        The 4 FAI shipsets are now in sewing, FAI report is planned in week 21 (forms 1-3 and
        the flammability test from the lab in Zlin).

        One information: the tannery in Italy is closing the dye lot at end of May. To have the
        same colour on whole fleet we have bought already the hide for all 140 shipsets. The
        hides are stored in our warehouse in Brno, humidity controlled. The invoice for this we
        can discuss later together with the series.

        Thank you and have a nice weekend.

        S pozdravem / Best regards
        Tomas Dvorak
        Sales Engineer
        Moravia Aero Composites s.r.o., Brno
        +420 541 226 118

        -----Original Message-----
        From: Procurement Atlantic Airframe MRO <procurement@atlantic-airframe.ie>
        Sent: Friday, 19 April 2024 12:30
        Subject: PO AAM-PO-31230 - scope

        """) + quote(orig)
    m = mail("Tomas Dvorak <tomas.dvorak@moravia-aero.cz>", "Procurement Atlantic Airframe MRO <procurement@atlantic-airframe.ie>",
             "RE: PO AAM-PO-31230 - scope / status week 19", "Fri, 10 May 2024 15:05:44 +0200", text,
             cc="Ciaran O Briain <ciaran.obriain@atlantic-airframe.ie>")
    case("p20_eml_hide_dye_lot", ["RG005", "RG006"],
         "supplier bought hide for all 140 shipsets vs 4 released, no material authority; hold names only departments",
         [("RE_PO_AAM-PO-31230_status.eml", eml_bytes(m))])


def p21_teams_plate_full_lot():
    txt = T("""
        Microsoft Teams - chat export
        Chat: GMA Procurement / Sahyadri - footrest bracket GMA-FRB-3302
        Participants: Farah Al Mansoori (Gulf Meridian Airways), Venkatesh Iyer (Sahyadri Precision Aerotech),
                      Arvind Kulkarni (Sahyadri Precision Aerotech)
        Exported: 25/04/2024 09:10

        [16/04/2024 11:02] Farah Al Mansoori
        Dear Venkatesh, PO GMA-PO-24-0502 has been sent to you today. It covers 5 FAI pcs of the footrest bracket GMA-FRB-3302 only. Balance 495 pcs is not released until Hamdan Al Suwaidi signs off the FAI and I send you the written release. Material authority: sample-only (5 pcs).

        [16/04/2024 11:30] Venkatesh Iyer
        Well received madam, thank you for the PO. We will revert with the FAI plan.

        [23/04/2024 18:05] Arvind Kulkarni
        Dear Ma'am, good evening. PO is accepted in our ERP, so production is opened for the complete batch on the shop floor. Also the 7075-T7351 plate for full 500 brackets is already in our stores, mill minimum was 2 tonne so we took the full lot.

        [23/04/2024 18:07] Arvind Kulkarni
        FAI pcs will come from the same heat no. so traceability is one only.

        [24/04/2024 08:41] Venkatesh Iyer
        Madam, FAI plan attached. Ballooned drawing and CMM program ready.
        """)
    case("p21_teams_plate_full_lot", ["RG006", "RG012"],
         "supplier treats PO acceptance as opening the whole batch and holds plate for 500 against sample-only authority",
         [("teams_GMA_Sahyadri_footrest.txt", txt)])


def p22_html_supplier_status():
    rows = [["PO", "Part", "FAI qty (released)", "Balance", "FAI status", "Material"],
            ["4500187401", "RCS-SWP-4410-05 sidewall panel, A320",
             "5 panels", "245 panels - not released (awaiting FAI sign-off and written release from Mr. Jens Petersen)",
             "lay-up done, curing, FAI forms wk 21",
             "phenolic prepreg and Nomex honeycomb purchased for 250 panels, received 12-Apr, lot PP-24-118"],
            ["4500187402", "RCS-SWP-4410-06 sidewall panel, A320, mirror",
             "5 panels", "245 panels - not released (as above)", "trimming", "same lot PP-24-118"]]
    body = f"""
<h1>Aeroformas de Queretaro S.A. de C.V.</h1>
<p>Parque Aeroespacial de Queretaro, Colon, Qro., Mexico</p>
<h2>Weekly customer status - Rheinland Cabin Systems GmbH - KW 19/2024</h2>
{table_html(rows)}
<p><b>Comments:</b> To protect the 16-week lead time of the honeycomb core we purchased the complete
programme requirement together with the FAI material. Shelf life of the prepreg is 12 months at -18 &deg;C,
stored in our freezer no. 3.</p>
<p>Contact: Alejandro Ruiz, Program Manager, +52 442 555 0190</p>
"""
    case("p22_html_supplier_status", ["RG006"],
         "supplier status: material bought for 250 panels with 5 released and no material authority",
         [("aeroformas_status_RCS_KW19.html", html_page("Status KW19", body))])


def p23_docx_plan_film_roll():
    blocks = [
        ("h1", "Production Plan - GMA placard kits"),
        ("p", "Cascade Placard & Marking LLC, Everett WA - for Gulf Meridian Airways, PO GMA-PO-24-0549"),
        ("p", "Prepared by Dana Whitaker, May 6, 2024"),
        ("h", "Scope as per your PO"),
        ("li", "Sample lot: 20 kits, released."),
        ("li", "Balance: 180 kits on hold pending FAI sign-off by Meera Pillai and a written release from "
               "Farah Al Mansoori."),
        ("h", "Plan"),
        ("table", [
            ["Week", "Activity", "Qty"],
            ["18", "Artwork proofs, EN/AR, customer review", "-"],
            ["19", "Purchase photoluminescent film, 3 rolls (vendor minimum roll size)", "film for 200 kits"],
            ["20", "Screen print and cut sample lot", "20 kits"],
            ["21", "FAI, luminance test per SAE AS8035, ship DAP DXB", "20 kits"],
            ["23-26", "Balance, after your written release", "180 kits"],
        ]),
        ("p", "Film will be held at our Everett warehouse under your PO number."),
    ]
    case("p23_docx_plan_film_roll", ["RG006"],
         "supplier plan buys film for 200 kits while 20 are released, without material authority",
         [("production_plan_GMA-PO-24-0549.docx", docx_bytes(blocks, author="Dana Whitaker"))])


def p24_eml_deposit_kickoff():
    orig = T("""
        Hi Mike,

        PO AAM-PO-31251 is attached: 2 FAI galley inserts (standard units, P/N AAM-GI-8800,
        trolley compartment with bumper strips). The balance of 58 on your quote is not
        released; it stays on hold until Aoife Byrne signs off the FAI and I send you a
        written release. 30 % deposit on the PO value as per your terms.

        Thanks a million,
        Niamh Walsh
        Procurement, Atlantic Airframe MRO
        """)
    text = T("""
        Hi Niamh,

        Thanks - the deposit hit our account this morning. With that in, we've kicked off
        production of the inserts and put the resin, prepreg and honeycomb core for all 60
        on order so we make the July autoclave slot. The 2 FAI units will be done by the 24th
        and we'll send the AS9102 package with them.

        Have a good one,
        Mike Kowalski
        Customer Program Manager
        Tri-State Galley Components Inc. | Wichita, KS | (316) 555-0182

        On Tue, Apr 30, 2024 at 3:12 AM Niamh Walsh <niamh.walsh@atlantic-airframe.ie> wrote:
        """) + quote(orig)
    m = mail("Mike Kowalski <mkowalski@tristate-galley.com>", "Niamh Walsh <niamh.walsh@atlantic-airframe.ie>",
             "RE: PO AAM-PO-31251 - galley inserts", "Thu, 02 May 2024 09:31:00 -0500", text,
             html=txt2html(text))
    case("p24_eml_deposit_kickoff", ["RG006", "RG012"],
         "supplier reads the deposit as the start signal and orders material for 60 with 2 released",
         [("RE_PO_AAM-PO-31251.eml", eml_bytes(m))])


def p25_multi_release30_ack50():
    letter = pdf([
        ("h1", "Rheinland Cabin Systems GmbH"),
        ("p", "Einkauf / Purchasing - Hein-Sass-Weg 30 - 21129 Hamburg"),
        ("h", "Production Release PR-2024-031"),
        ("p", "To: Moravia Aero Composites s.r.o., Brno - Ms. Jana Svobodova.   Date: 06.05.2024"),
        ("p", "Order: PO 4500187290, seat back shell RCS-SBS-5120-01 Rev E, A321neo economy."),
        ("p", "Following the FAI sign-off by Dr. Matthias Brandt (Cabin Engineering) on 26.04.2024, FAI report "
              "MAC-FAI-0412, we release thirty (30) seat back shells for production."),
        ("table", [["Released now", "Remaining on quote", "Material authority"],
                   ["30 shells", "170 shells - not released", "up to 30 shells"]]),
        ("p", "Further quantities are released only by a further written production release signed by "
              "Katrin Vogel, Head of Purchasing."),
        ("sp",),
        ("p", "Katrin Vogel, Leiterin Einkauf / Head of Purchasing"),
    ], title="PR-2024-031", author="Rheinland Cabin Systems GmbH")
    text = T("""
        Dear Ms Vogel,

        thank you for your production release PR-2024-031. We acknowledge the production
        release for 50 seat back shells RCS-SBS-5120-01 Rev E under PO 4500187290.

        Material for the 50 shells (prepreg, potted inserts, edge closeout) is staged in our
        cleanroom and lay-up starts on Monday, 13.05.2024. Delivery of the 50 shells is planned
        in KW 24, in two lots of 25, each with EASA Form 1.

        S pozdravem / Kind regards
        Jana Svobodova
        Customer Service
        Moravia Aero Composites s.r.o.
        """)
    m = mail("Jana Svobodova <jana.svobodova@moravia-aero.cz>", "Katrin Vogel <katrin.vogel@rheinland-cabin.de>",
             "Acknowledgement PR-2024-031 / PO 4500187290", "Tue, 07 May 2024 10:02:00 +0200", text)
    case("p25_multi_release30_ack50", ["RG006", "RG011"],
         "release letter says 30, supplier acknowledges 50 and stages material for 50 over a 30-shell material authority",
         [("PR-2024-031.pdf", letter), ("ack_PR-2024-031.eml", eml_bytes(m))])


def p27_txt_weekly_forecast_material():
    txt = T("""
        SUZHOU HENGTAI AVIATION TEXTILE CO., LTD.
        WEEKLY ORDER STATUS REPORT                                   WEEK 20 / 2024
        CUSTOMER    : LION CITY AERO SERVICES PTE LTD (SINGAPORE)
        PREPARED BY : ZHANG WEI, PMC DEPT.
        DATE        : 17-MAY-2024
        ------------------------------------------------------------------------------
        PO NO.       PART NO.         DESCRIPTION             STATUS
        4100023420   LCA-ARC-220-01   ARMREST COVER, BLUE     SAMPLE 10 PCS SHIPPED 15-MAY
                                                              (DHL 4471 2290 77)
                                                              BAL. 890 PCS NOT RELEASED - AWAIT
                                                              YOUR WRITTEN RELEASE AFTER FAI
                                                              SIGN-OFF BY MR LIM
        ------------------------------------------------------------------------------
        MATERIAL
        - BASED ON YOUR 2024 FORECAST OF 900 COVERS, WHICH WE TAKE AS FIRM COMMITMENT,
          LEATHER FOR ALL 900 COVERS RECEIVED 10-MAY (3,600 SQ FT, LOT HT-L-2405).
          STORED IN WAREHOUSE B2.
        - FOAM AND THREAD: STANDARD STOCK.
        QUALITY
        - FLAMMABILITY TEST REPORT SENT WITH SAMPLES (FAR 25.853(a) APP. F PART I).
        NEXT WEEK
        - WAIT FOR FAI RESULT. KEEP CUTTING LINE 2 RESERVED FOR YOUR ORDER.
        ------------------------------------------------------------------------------
        """)
    case("p27_txt_weekly_forecast_material", ["RG006", "RG008"],
         "supplier takes the 900 forecast as firm commitment and holds leather for 900 with 10 released",
         [("HT_weekly_status_W20_LCA.txt", txt)])


def c06_teams_fit_check_only():
    txt = T("""
        Microsoft Teams - chat export
        Chat: AAM / Cascade - overhead bin door placards
        Participants: Niamh Walsh (Atlantic Airframe MRO), Ciarán Ó Briain (Atlantic Airframe MRO),
                      Dana Whitaker (Cascade Placard & Marking)
        Exported: 10/05/2024 12:40

        [08/05/2024 07:55] Ciarán Ó Briain
        Morning all. The 6 sample bin-door placards went on EI-FNH overnight. Adhesion is fine after the peel test, text is legible at 1 m in the dimmed cabin.

        [08/05/2024 07:57] Ciarán Ó Briain
        Approved for fit check only. Production is NOT released.

        [08/05/2024 08:30] Niamh Walsh
        Thanks Ciarán. Dana, to be clear: the 6 samples are signed off for fit. The other 94 placards on the quote are not released. They wait for the flammability lab report, and then I send you a written release for them. Nothing to print beyond the 6 until then.

        [08/05/2024 16:02] Dana Whitaker
        Got it Niamh, 6 done and nothing further until your written release. Film for the 94 not ordered.

        [10/05/2024 12:31] Niamh Walsh
        Lab says report Thursday week. Will come back then.
        """)
    case("c06_teams_fit_check_only", [], "sample approval scoped to fit check, balance 94 held until lab report + Niamh's written release",
         [("teams_AAM_Cascade_bin_placards.txt", txt)])


def c07_docx_recorded_autoconversion():
    blocks = [
        ("h1", "Engineering Order EO-RCS-24-081"),
        ("p", "Rheinland Cabin Systems GmbH, Hamburg -> Sahyadri Precision Aerotech Pvt. Ltd., Pune"),
        ("p", "Part: RCS-FB-2207 Rev C, footrest bracket, A330 premium economy. PO 4500187360."),
        ("table", [
            ["Item", "Entry"],
            ["Active quantity now", "4 FAI shipsets"],
            ["Balance", "96 shipsets - not released until the condition below is met"],
            ["Unlock event", "FAI sign-off (AS9102 Rev C) by Dr. Matthias Brandt, Head of Cabin Engineering"],
            ["Auto-conversion", "recorded - see below"],
            ["Material authority", "sample-only (4 shipsets) until the sign-off"],
        ]),
        ("h", "Recorded auto-conversion"),
        ("p", "Release log entry RL-2024-0147, recorded 02.05.2024 by Katrin Vogel, Head of Purchasing, within "
              "her release limit: if Dr. Matthias Brandt signs off the FAI report with disposition 'approved' and "
              "no open findings, that sign-off releases 96 shipsets for production without a further release "
              "notice. An interim or rejected disposition releases nothing. From the date of such a sign-off "
              "the material authority becomes 96 shipsets."),
        ("p", "Sahyadri to confirm receipt of this EO in writing."),
        ("sp",),
        ("p", "Katrin Vogel, Leiterin Einkauf - Dr. Matthias Brandt, Leiter Kabinenentwicklung"),
    ]
    case("c07_docx_recorded_autoconversion", [],
         "explicit recorded auto-conversion naming quantity, signer, conditions",
         [("EO-RCS-24-081.docx", docx_bytes(blocks, author="Katrin Vogel"))])


def c08_eml_deposit_not_release():
    orig = T("""
        Dear Zhang Wei,

        Please find PO 4100023444 for the economy headrest covers, blue, LCA-HRC-121-01:
          line 10: 10 sample covers - released now;
          line 20: 300 production covers - commercial cover only, NOT released.
        Line 20 is released only by a written production release from me after Lim Boon Keat
        (Quality) signs off the FAI. The 30 % deposit is per your payment terms.

        Regards,
        Tan Wei Ling
        """)
    text = T("""
        Dear Ms Tan,

        We received your deposit of USD 3,540.00 on 8 May, thank you very much.

        Please note: according to our understanding, the deposit does not release production.
        We make only the 10 sample covers now. For the 300 covers of line 20 we wait for your
        written production release after Mr Lim signs off the FAI. Leather is cut for the 10
        sample covers only.

        The samples will be ready on 21 May.

        Best regards,
        Zhang Wei
        PMC Department
        Suzhou Hengtai Aviation Textile Co., Ltd.

        ---- Original message ----
        From: Tan Wei Ling <weiling.tan@lioncity-aero.sg>
        Date: 3 May 2024 10:20
        Subject: PO 4100023444 - economy headrest covers

        """) + quote(orig)
    m = mail("Zhang Wei <zhang.wei@hengtai-avtex.cn>", "Tan Wei Ling <weiling.tan@lioncity-aero.sg>",
             "RE: PO 4100023444 - economy headrest covers - deposit received",
             "Thu, 09 May 2024 09:12:00 +0800", text, html=txt2html(text))
    case("c08_eml_deposit_not_release", [],
         "supplier: deposit does not release production; quoted PO fully scoped",
         [("RE_PO_4100023444_deposit.eml", eml_bytes(m))])


def c09_pdf_calloff_staged_material():
    data = pdf([
        ("h1", "Rheinland Cabin Systems GmbH"),
        ("p", "Einkauf - Hein-Sass-Weg 30 - 21129 Hamburg"),
        ("h", "Abruf / Call-off No. 2 under framework agreement RV-2024-012"),
        ("p", "Supplier: Cascade Placard & Marking LLC, Everett WA.  Date: 13.05.2024.  "
              "Part: RCS-PL-0990 placard set, A321neo cabin, EN/DE."),
        ("table", [
            ["", "Placard sets"],
            ["Framework quantity (commercial cover, not a release)", "440"],
            ["Call-off 1 (released 02/2024, delivered)", "40"],
            ["Call-off 2 - released now", "60"],
            ["Balance on hold", "340"],
            ["Material authority (staged)", "up to 200 sets"],
        ]),
        ("sp",),
        ("p", "Released now: sixty (60) placard sets, delivery KW 25, DAP Hamburg."),
        ("p", "Material authority: you may buy and stage photoluminescent film and overlaminate for up to 200 "
              "placard sets at Rheinland Cabin Systems' liability. Printing and cutting is authorised for the 60 "
              "released sets only."),
        ("p", "Balance: the remaining 340 sets stay on hold. They are released only by a further numbered "
              "call-off (call-off 3) signed by Katrin Vogel, Head of Purchasing."),
        ("sp",),
        ("p", "Katrin Vogel, Leiterin Einkauf"),
    ], title="Call-off 2 RV-2024-012", author="Rheinland Cabin Systems GmbH")
    case("c09_pdf_calloff_staged_material", [],
         "call-off 60 with explicit staged material authority to 200; balance 340 held until call-off 3 by Katrin Vogel",
         [("Abruf_2_RV-2024-012.pdf", data)])


def c10_eml_supplier_ack_hold():
    text = T("""
        Dear Beatriz,

        Thank you for PO PC-2024-00902. We acknowledge it as follows:

        - Scope: 8 FAI units of the galley insert bracket PI-GIB-1120 Rev 03 only.
        - The balance of 232 units in our quotation AQ-2024-0339 is not released.
        - We will not purchase material beyond the 8 units and will not start any series
          parts until we receive a written production release from Luana Ferreira, after your
          FAI sign-off.
        - FAI per AS9102 with ballooned drawing, material certs and CoC; DAP Sao Jose dos
          Campos, week 26.

        Please let us know if anything above differs from your intent.

        Saludos cordiales / Best regards,
        Maria Fernanda Lopez
        Customer Engineering
        Aeroformas de Queretaro S.A. de C.V.
        Tel. +52 442 555 0174
        """)
    m = mail("Maria Fernanda Lopez <mflopez@aeroformas.mx>", "Beatriz Costa <beatriz.costa@paulista-interiores.com.br>",
             "Acuse / Acknowledgement PO PC-2024-00902 - PI-GIB-1120", "Mon, 06 May 2024 12:44:00 -0600", text,
             html=txt2html(text), cc="Luana Ferreira <luana.ferreira@paulista-interiores.com.br>")
    case("c10_eml_supplier_ack_hold", [], "supplier acknowledgement restating 8 FAI, balance 232 held, named releaser",
         [("ack_PC-2024-00902.eml", eml_bytes(m))])


# ------------------------------------------------------------------ batch 3
def p28_eml_directly_continue():
    orig = T("""
        Dear Venkatesh,

        PO GMA-PO-24-0520 is attached. It covers 12 FAI pcs of the galley trolley stop
        bracket GMA-TSB-4402 Rev B only. The balance of 238 pcs is not released: it needs
        the FAI sign-off by Meera Pillai (Cabin Engineering) and then a written production
        release from Hamdan Al Suwaidi. Material authority: sample-only (12 pcs).

        Best regards,
        Farah Al Mansoori
        """)
    text = T("""
        Dear Madam,

        Greetings from Sahyadri!

        This is to inform you that the 12 nos. FAI parts are completed, CMM inspection done,
        and will be dispatched tomorrow by Emirates SkyCargo, AWB will be shared by evening.
        FAI report as per AS9102 (Forms 1, 2, 3) with ballooned drawing is enclosed in the box
        and also mailed to Ms. Meera.

        Kindly note, to save lead time for your fleet campaign, once your FAI sign-off is
        received we will directly continue with the balance 238 nos. without waiting for a
        separate release letter, as the set-up will already be on the machine.

        Hope this is in order. Kindly do the needful.

        Thanks & Regards,
        Venkatesh Iyer
        Manager - Business Development (Aerospace)
        Sahyadri Precision Aerotech Pvt. Ltd., Plot 14, MIDC Chakan, Pune - 410501
        Mob: +91 98220 41177

        On Tue, 16 Apr 2024, 12:02 pm Farah Al Mansoori, <farah.almansoori@gulfmeridian.ae> wrote:
        """) + quote(orig)
    m = mail("Venkatesh Iyer <venkatesh.iyer@sahyadri-aero.in>", "Farah Al Mansoori <farah.almansoori@gulfmeridian.ae>",
             "RE: PO GMA-PO-24-0520 - FAI parts ready - trolley stop bracket", "Mon, 13 May 2024 17:48:00 +0530",
             text, cc="Meera Pillai <meera.pillai@gulfmeridian.ae>")
    case("p28_eml_directly_continue", ["RG007"],
         "supplier will run the 238 straight after FAI sign-off without the written release the PO requires",
         [("RE_PO_GMA-PO-24-0520_FAI_ready.eml", eml_bytes(m))])


def p29_teams_keep_line_going():
    txt = T("""
        Microsoft Teams - chat export
        Chat: AAM / Tri-State - trolley compartment doors
        Participants: Niamh Walsh (Atlantic Airframe MRO), Mike Kowalski (Tri-State Galley Components)
        Exported: 17/05/2024 10:15

        [02/05/2024 14:10] Niamh Walsh
        Hi Mike, PO AAM-PO-31266 is with you. It covers the 4 FAI shipsets of the trolley compartment doors (P/N AAM-TCD-6610) only. The other 56 shipsets are not released. Aoife Byrne signs off the FAI, then I send you a written release for them.

        [02/05/2024 14:32] Mike Kowalski
        Understood, 4 FAI shipsets. Laminate for the 4 is in house.

        [15/05/2024 21:05] Mike Kowalski
        FAI pack goes out Friday with the 4 shipsets. Any chance we can keep the press line set up after? Tear-down and re-setup costs us 3 days and you guys want these by August.

        [16/05/2024 08:47] Niamh Walsh
        Ah sure look, once the FAI's sorted you can just keep the line going on the rest, no need to wait on me. Don't want to lose 3 days.

        [16/05/2024 08:49] Mike Kowalski
        Perfect, thanks Niamh 👌
        """)
    case("p29_teams_keep_line_going", ["RG007"],
         "buyer lets the FAI outcome roll into the remaining 56 with no written release, contradicting her own rule",
         [("teams_AAM_TriState_doors.txt", txt)])


def p30_docx_oc_automatic():
    blocks = [
        ("h1", "Confirmacion de Pedido / Order Confirmation OC-AQ-24-0188"),
        ("p", "Aeroformas de Queretaro S.A. de C.V. - Carretera Estatal 200 km 22, Colon, Qro., Mexico"),
        ("p", "Customer: Paulista Interiores Aeronauticos Ltda. Customer PO: PC-2024-00931. Date: 08/05/2024."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit USD", "Ship date"],
            ["1", "PI-SWP-2210 Rev B", "Sidewall panel, E195-E2, FAI unit", "10", "388.00", "28/06/2024"],
        ]),
        ("h", "Remarks"),
        ("li", "As stated in your PO, the remaining 190 units are not released until a written release by "
               "Thiago Martins after your FAI sign-off."),
        ("li", "Per our standard process, upon FAI approval the production of the remaining 190 units will "
               "commence automatically, in order to keep your delivery dates."),
        ("li", "FAI per AS9102 Rev C; flammability per RBAC 25.853; each shipment with CoC."),
        ("sp",),
        ("p", "Alejandro Ruiz - Gerente de Programa / Program Manager"),
    ]
    case("p30_docx_oc_automatic", ["RG007"],
         "supplier confirmation: series of 190 starts automatically on FAI approval despite written-release requirement",
         [("OC-AQ-24-0188.docx", docx_bytes(blocks, author="Alejandro Ruiz"))])


def p32_eml_deemed_released():
    po = pdf([
        ("h1", "Al Noor Aero Technics LLC"),
        ("p", "Hangar 4, Al Bateen Executive Airport, Abu Dhabi, UAE - EASA Part 145 / GCAA"),
        ("h", "PURCHASE ORDER ANAT-PO-2024-1188"),
        ("p", "Supplier: Tri-State Galley Components Inc., Wichita KS, USA.  Date: 25 April 2024."),
        ("table", [
            ["Line", "P/N", "Description", "Qty", "Scope", "Unit USD"],
            ["1", "TSG-BRK-3310", "Brake assembly, half-size trolley", "5", "FAI", "265.00"],
        ]),
        ("p", "Active quantity: five (5) FAI brake assemblies."),
        ("p", "Balance: 95 assemblies on your quote TSG-Q-2024-131 are not released."),
        ("p", "The balance is released only by a written production release from Khalid Al Mazrouei, "
              "Technical Services Manager, after FAI sign-off."),
        ("p", "Material authority: FAI quantity only. Delivery DAP AUH. Payment 60 days."),
        ("p", "Buyer: Mariam Al Hammadi, Procurement Officer."),
    ], pagesize=A4, title="ANAT-PO-2024-1188", author="Al Noor Aero Technics")
    text = T("""
        Dear Mike,

        Greetings from Abu Dhabi.

        Please find attached our PO ANAT-PO-2024-1188 for the FAI brake assemblies.

        Kindly note that upon approval of the FAI samples by our Quality, the balance
        quantity shall be deemed released and there is no need to wait for further paperwork
        from our side. We are keen to have the fleet fitted before the summer peak, inshallah.

        Kindly acknowledge receipt.

        Best regards,
        Mariam Al Hammadi
        Procurement Officer
        Al Noor Aero Technics LLC, Abu Dhabi
        T +971 2 555 0931
        """)
    m = mail("Mariam Al Hammadi <mariam.alhammadi@alnoor-aero.ae>", "Mike Kowalski <mkowalski@tristate-galley.com>",
             "PO ANAT-PO-2024-1188 - trolley brake assemblies - FAI", "Thu, 25 Apr 2024 13:05:00 +0400",
             text, html=txt2html(text), attachments=[("ANAT-PO-2024-1188.pdf", po, PDF_MT)])
    case("p32_eml_deemed_released", ["RG007"],
         "buyer says FAI approval makes the balance 'deemed released' - no recorded auto-conversion, contradicts attached PO",
         [("PO_ANAT-PO-2024-1188.eml", eml_bytes(m))])


def p33_portal_workflow_auto():
    rows = [["Field", "Value"],
            ["Customer", "Rheinland Cabin Systems GmbH, Hamburg"],
            ["Customer PO", "4500187377"],
            ["Part", "RCS-SRB-6605 Rev A, seat rail bracket, Ti-6Al-4V"],
            ["Released now", "5 FAI units"],
            ["Balance", "95 units - not released (customer hold; written production release by Katrin Vogel after FAI sign-off)"]]
    wf = [["Step", "Description", "Status"],
          ["1", "PO approved (commercial)", "done 02-May-2024"],
          ["2", "FAI approved (customer engineering)", "pending"],
          ["3", "Production lot (balance 95 units) approved", "automatic on step 2"],
          ["4", "Dispatch with EASA Form 1 / CoC", "-"]]
    body = f"""
<h1>Sahyadri Precision Aerotech - SupplyLink customer portal</h1>
<p>Order <b>SPA/SO/24-25/0211</b> &middot; account manager: Venkatesh Iyer</p>
{table_html(rows)}
<h2>Order workflow</h2>
{table_html(wf)}
<p class="note">Note: our workflow moves the balance lot to the shop floor automatically when step 2 is approved,
so that no time is lost between FAI and series.</p>
"""
    case("p33_portal_workflow_auto", ["RG007", "RG009"],
         "portal workflow auto-converts FAI approval into production; 'approved' used for PO, FAI and production",
         [("supplylink_SO_0211.html", html_page("SupplyLink order", body))])


def p34_whatsapp_series_ok():
    txt = T("""
        WhatsApp Chat with Alejandro Ruiz (Aeroformas)
        06/05/2024, 09:14 - Luana Ferreira: Bom dia Alejandro! PO PC-2024-00940 sent by email just now.
        06/05/2024, 09:15 - Luana Ferreira: Only 6 samples of the tray table arm PI-TA-330. The rest (294) is NOT released, only with written release from Thiago after the FAI sign-off ok?
        06/05/2024, 09:40 - Alejandro Ruiz: Buenos dias Luana, understood, 6 samples. Ship week 22 👍
        06/05/2024, 09:41 - Alejandro Ruiz: Anodize is sulfuric type II black, same as drawing?
        06/05/2024, 09:52 - Luana Ferreira: yes, per drawing note 5
        20/05/2024, 18:03 - Alejandro Ruiz: Luana, samples almost ready, CMM tomorrow
        20/05/2024, 18:04 - Alejandro Ruiz: as soon as you approve the samples we go directly to the series, ok? so we dont lose the machine slot in June
        20/05/2024, 18:30 - Luana Ferreira: ok, perfeito 👍
        20/05/2024, 18:31 - Alejandro Ruiz: 👌
        """)
    case("p34_whatsapp_series_ok", ["RG007"],
         "supplier proposes going straight to series on sample approval and buyer agrees, bypassing written release",
         [("WhatsApp_Alejandro_Ruiz.txt", txt)])


def p35_eml_fwd_forecast_firm():
    inner_text = T("""
        Farah,

        2025 demand for the business class headrest covers GMA-HRC-402 (A350 deliveries plus
        the B777 retrofit), from the fleet plan of April:

          Q1 2025   420
          Q2 2025   480
          Q3 2025   450
          Q4 2025   450
          -------------
          total   1,800 pcs   (~1.8k, forecast, plan version FP-24-04)

        Regards,
        Rashid Khoory
        Materials Planning, GMA Engineering
        """)
    inner = mail("Rashid Khoory <rashid.khoory@gulfmeridian.ae>", "Farah Al Mansoori <farah.almansoori@gulfmeridian.ae>",
                 "2025 forecast - headrest covers GMA-HRC-402", "Sun, 28 Apr 2024 08:30:00 +0400", inner_text)
    text = T("""
        Dear Lily,

        Please see the forwarded message: our 2025 forecast for the business class headrest
        covers GMA-HRC-402 is 1,800 pcs.

        Kindly take this as our firm order for 2025 so that you can block the capacity on your
        side. The formal PO will follow in due course from our system.

        Best regards,
        """) + GMA_SIG_FARAH
    m = mail("Farah Al Mansoori <farah.almansoori@gulfmeridian.ae>", "Lily Chen <lily.chen@hengtai-avtex.cn>",
             "FW: 2025 forecast - headrest covers GMA-HRC-402", "Mon, 29 Apr 2024 09:05:00 +0400", text,
             attachments=[("rfc822", inner)])
    case("p35_eml_fwd_forecast_firm", ["RG008"],
         "buyer forwards a labelled forecast of 1,800 and asks the supplier to take it as a firm order",
         [("FW_2025_forecast_headrest_covers.eml", eml_bytes(m))])


def p36_pdf_oc_per_forecast():
    data = pdf([
        ("h1", "Cascade Placard & Marking LLC"),
        ("p", "1120 80th St SW, Everett, WA 98203, USA"),
        ("h", "ORDER CONFIRMATION OC-24-1032"),
        ("p", "Customer: Al Noor Aero Technics LLC, Abu Dhabi - attn. Mariam Al Hammadi. Date: May 9, 2024."),
        ("p", "We confirm your order for 2,400 placards CPM-PL-7318 (exit / emergency equipment placard, "
              "photoluminescent, EN/AR) per your rolling 12-month forecast ANAT-FC-2024-04 dated April 3, 2024."),
        ("table", [
            ["Month", "Qty", "Unit USD", "Value USD"],
            ["Jun 2024 - May 2025", "200 per month", "14.20", "2,840.00 per month"],
            ["Total", "2,400", "", "34,080.00"],
        ]),
        ("p", "Deliveries monthly as per the table, FCA Everett. Cancellation of confirmed quantities is "
              "subject to our terms, section 9."),
        ("p", "Dana Whitaker, Inside Sales - (425) 555-0147"),
    ], pagesize=LETTER, title="OC-24-1032", author="Cascade Placard & Marking")
    case("p36_pdf_oc_per_forecast", ["RG008"],
         "supplier confirms a rolling forecast as an order for 2,400",
         [("OC-24-1032.pdf", data)])


def p37_portal_forecast_confirmed_deposit():
    rows = [["Field", "Value"],
            ["Customer", "Atlantic Airframe MRO Ltd, Shannon"],
            ["Order", "FC-AAM-2024-Q3"],
            ["Order type", "Forecast (rolling, Q3 2024)"],
            ["Part", "MAC-HRP-118 headrest panel, composite, A330"],
            ["Quantity", "600 pcs"],
            ["Status", "CONFIRMED ORDER"]]
    hist = [["Date", "Event"],
            ["02.04.2024", "Forecast FC-AAM-2024-Q3 received from customer planning (600 pcs)"],
            ["03.04.2024", "Forecast converted to confirmed order"],
            ["12.04.2024", "Deposit 20 % received (EUR 9.840,00)"],
            ["12.04.2024", "Order status: RELEASED FOR PRODUCTION (deposit received)"]]
    body = f"""
<h1>Moravia Aero Composites - zakaznicky portal / customer portal</h1>
{table_html(rows)}
<h2>History</h2>
{table_html(hist)}
<p style="font-size:11px">Generated 14.05.2024 08:00 CET &middot; MAC ERP Helios</p>
"""
    case("p37_portal_forecast_confirmed_deposit", ["RG008", "RG012"],
         "supplier portal turns a forecast into a confirmed order and releases production on deposit receipt",
         [("MAC_portal_FC-AAM-2024-Q3.html", html_page("FC-AAM-2024-Q3", body))])


def p38_txt_memo_prepayment():
    txt = T("""
        SERRA AZUL LINHAS AEREAS S.A. - SUPRIMENTOS TECNICOS / TECHNICAL PROCUREMENT
        Av. Olavo Fontoura 1078, Sao Paulo - SP, Brasil
        ==============================================================================
        MEMO SA-SUP-2024-118
        TO      : Sahyadri Precision Aerotech Pvt. Ltd. - Mr. Venkatesh Iyer
        FROM    : Carla Nunes, Compradora Tecnica / Technical Buyer
        DATE    : 10/05/2024
        SUBJECT : 2025 volume - footrest bracket SA-FRB-2290, E195-E2 retrofit
        ==============================================================================

        Dear Mr. Iyer,

        The prepayment of 25% on our 2025 forecast volume (1.200 shipsets of footrest
        brackets, forecast SA-FC-25-03) was transferred today, SWIFT ref. ITAUBRSP 2405-1031.

        With the prepayment done, please consider the 1.200 shipsets as ordered and start
        production, so we keep the Q1/2025 deliveries for the retrofit line in Belo Horizonte.

        Delivery schedule and packing as per our previous orders (SA-PO-4700-2288).

        Atenciosamente,
        Carla Nunes
        Compradora Tecnica - Serra Azul Linhas Aereas
        +55 11 5555 0142
        """)
    case("p38_txt_memo_prepayment", ["RG008", "RG012"],
         "buyer treats a forecast as ordered and the prepayment as the start signal",
         [("MEMO_SA-SUP-2024-118.txt", txt)])


def c11_docx_aog_full():
    blocks = [
        ("h1", "AOG - PURCHASE ORDER ANAT-PO-2024-1210"),
        ("p", "Al Noor Aero Technics LLC - Hangar 4, Al Bateen, Abu Dhabi - AOG desk +971 2 555 0900 (24/7)"),
        ("p", "Supplier: Tri-State Galley Components Inc., Wichita KS.  Date: 11 May 2024, 02:40 GST."),
        ("p", "Aircraft: B777-300ER, A6-ANT, galley G3 - AOG."),
        ("table", [
            ["Line", "P/N", "Description", "Qty", "Unit USD", "Total USD"],
            ["1", "TSG-OHB-2210-3", "Oven housing bracket set (upper + lower)", "3 sets", "720.00", "2,160.00"],
        ]),
        ("sp",),
        ("p", "This is the full quantity for this order; no further quantity is planned under it."),
        ("p", "Go ahead with the 3 sets immediately and ship on the first available flight (EK/EY to AUH). "
              "FAA 8130-3 required; part marking per CMM 25-31-41."),
        ("p", "Contact: AOG desk, duty buyer Mariam Al Hammadi."),
    ]
    case("c11_docx_aog_full", [], "AOG full-quantity PO, 'go ahead with the 3 sets', no balance",
         [("AOG_ANAT-PO-2024-1210.docx", docx_bytes(blocks, author="Al Noor AOG desk"))])


def c12_txt_identifiers():
    txt = T("""
        SERRA AZUL LINHAS AEREAS S.A.             PEDIDO DE COMPRA / PURCHASE ORDER 4700-2500
        CNPJ 98.765.432/0001-10                   DATA: 02/05/2024            PAG 1/1
        FORNECEDOR / SUPPLIER: 200480 MORAVIA AERO COMPOSITES S.R.O., BRNO, CZ
        ------------------------------------------------------------------------------------
        ITEM 0010  MAT. SA-PSU-2500-480-100  PSU PANEL, ROW MARKER INSERT, E195-E2
                   DRG SA-1200 REV 30 / ISO 9001:2015 / AS9100D / EN 9100:2018
                   QTY 10 UN (FAI)      UNIT EUR 118,50      TOTAL EUR 1.185,00
                   ENTREGA / DELIVERY 28/06/2024  DAP GRU HANGAR 1000
        ------------------------------------------------------------------------------------
        TEXTO / TEXT:
         ACTIVE QUANTITY: 10 (TEN) UNITS FOR FAI ONLY.
         QUOTE MAC-Q-2024-0311 SHOWS 470 UN SERIES: INFORMATION ONLY, NOT RELEASED.
         BALANCE 470 UN NOT RELEASED. DO NOT START SERIES, DO NOT BUY SERIES MATERIAL.
         UNLOCK: FAI SIGN-OFF BY SA ENGENHARIA (ENG. PAULO SOUZA), THEN WRITTEN PRODUCTION
         RELEASE SIGNED BY RODRIGO ALMEIDA, GERENTE DE MATERIAIS.
         MATERIAL AUTHORITY: SAMPLE-ONLY (10 UN). SERIES QUANTITY BASIS: FORECAST.
         FLAMMABILITY PER RBAC 25.853 AMDT 25-143. COLOUR PANTONE 2955 C.
         PART MARKING: P/N + S/N LASER, 2 MM CHARACTERS.
        ------------------------------------------------------------------------------------
        COMPRADOR / BUYER: CARLA NUNES  +55 11 5555 0142
        CONDICOES GERAIS DE COMPRA SA REV 2019-07 APLICAM-SE.
        """)
    case("c12_txt_identifiers", [], "scoped 10 FAI PO full of number-like identifiers (2500, 480, 1200 Rev 30, ISO 9001:2015)",
         [("PC_4700-2500.txt", txt)])


def c13_portal_po_status_info():
    rows = [["Field", "Value"],
            ["Customer", "Lion City Aero Services Pte Ltd, Singapore"],
            ["Customer PO", "4100023468"],
            ["Part", "LCA-SRF-330 seat track fitting, 15-5PH"],
            ["Released quantity", "20 (FAI)"],
            ["Quoted production quantity", "400 - informational only, not released"],
            ["Unlock event", "FAI sign-off by Lim Boon Keat (Quality), then a revised PO with the production line"],
            ["Release authority", "Tan Wei Ling, Procurement"],
            ["Material authority", "sample-only (20)"],
            ["Status", "FAI machining complete, CMM 16-May"]]
    body = f"""
<h1>Sahyadri Precision Aerotech - SupplyLink customer portal</h1>
<p>Sales order <b>SPA/SO/24-25/0198</b> &middot; account manager: Priya Nair</p>
{table_html(rows)}
<p>Documents: PO 4100023468 (PDF), drawing LCA-SRF-330 Rev E, quote SPA/Q/24-25/0077.</p>
"""
    case("c13_portal_po_status_info", [], "portal page: 20 FAI released, 400 informational, event + named releaser",
         [("supplylink_SO_0198.html", html_page("SupplyLink order", body))])


def c14_eml_buyer_corrects_roll():
    sup = T("""
        Hi Niamh,

        FAI shipsets are in final inspection. Once you approve the FAI we will roll straight
        into the 180 shipsets.

        Best regards,
        Petr
        """)
    text = T("""
        Hi Petr,

        No - please don't. Aoife's FAI sign-off does not release the 180 shipsets.

        PO AAM-PO-31275 covers the 6 FAI shipsets only. The 180 stay on hold until I send you
        a written production release, and I will only do that after Aoife has signed off the
        FAI. Please don't buy material for them before that either.

        Thanks,
        Niamh

        Niamh Walsh
        Procurement Lead - Cabin
        Atlantic Airframe MRO Ltd, Shannon, Co. Clare
        +353 61 555 0123

        On Wed 15 May 2024, Petr Novak <petr.novak@moravia-aero.cz> wrote:
        """) + quote(sup)
    m = mail("Niamh Walsh <niamh.walsh@atlantic-airframe.ie>", "Petr Novak <petr.novak@moravia-aero.cz>",
             "RE: AAM-PO-31275 FAI status", "Wed, 15 May 2024 16:20:00 +0100", text,
             cc="Aoife Byrne <aoife.byrne@atlantic-airframe.ie>")
    case("c14_eml_buyer_corrects_roll", [],
         "supplier's roll-straight-into assumption quoted under buyer's correcting reply",
         [("RE_AAM-PO-31275_FAI_status.eml", eml_bytes(m))])


def c15_eml_fwd_old_quote_info():
    old_text = T("""
        Dear Mr. Sharma,

        Thank you for your enquiry. Our price for the headrest cover GMA-HRC-400 (grey leather):

          samples:     15 pcs    USD 52.00
          production: 1,500 pcs  USD 29.40

        Lead time 6 weeks after order. Validity 60 days.

        Best regards,
        Lily Chen
        Suzhou Hengtai Aviation Textile Co., Ltd.
        """)
    old = mail("Lily Chen <lily.chen@hengtai-avtex.cn>", "Anil Sharma <anil.sharma@gulfmeridian.ae>",
               "Quotation HT-2022-0418 - headrest cover", "Tue, 13 Sep 2022 10:00:00 +0800", old_text)
    text = T("""
        Dear Lily,

        For your file I am forwarding your 2022 quotation e-mail (attached). It is for
        information only: nothing in that old quote is ordered or released.

        Our new PO GMA-PO-24-0560 covers fifteen (15) sample headrest covers GMA-HRC-400 Rev D
        only. The balance stays on hold until Meera Pillai (Cabin Engineering) signs off the
        samples and I send you a written production release. Please buy leather for the 15
        samples only.

        Best regards,
        """) + GMA_SIG_FARAH
    m = mail("Farah Al Mansoori <farah.almansoori@gulfmeridian.ae>", "Lily Chen <lily.chen@hengtai-avtex.cn>",
             "FW: Quotation HT-2022-0418 - headrest cover / new PO GMA-PO-24-0560",
             "Tue, 07 May 2024 11:00:00 +0400", text, html=txt2html(text), attachments=[("rfc822", old)])
    case("c15_eml_fwd_old_quote_info", [],
         "old 1,500 quote forwarded as rfc822 and declared info-only; PO 15 samples fully scoped",
         [("FW_Quotation_HT-2022-0418.eml", eml_bytes(m))])


# ------------------------------------------------------------------ batch 4
def p39_eml_sap_released():
    sap = T("""
        RHEINLAND CABIN SYSTEMS GMBH - SAP MM - BESTELLUNG / PURCHASE ORDER
        ------------------------------------------------------------------------
        Bestellnr.     : 4500187455          Belegdatum : 06.05.2024
        Lieferant      : 700412 SAHYADRI PRECISION AEROTECH PVT LTD, PUNE
        Freigabestatus : FREIGEGEBEN / RELEASED   (Strategie Z4, Stufe 2: FIN)
        ------------------------------------------------------------------------
        Pos  Material          Kurztext                       Menge  ME   Preis EUR
        10   RCS-SRB-6610      SEAT RAIL BRACKET, FAI            4   SS     1.120,00
        ------------------------------------------------------------------------
        Positionstext Pos 10:
          FAI-Menge 4 Shipsets. Restmenge 116 SS nicht freigegeben fuer Produktion.
        """)
    text = T("""
        Dear Mr. Iyer,

        the PO 4500187455 has been released in SAP today (release strategy completed by our
        finance department), so it will reach you automatically via the supplier portal. The
        SAP print is attached for your reference.

        The drawing RCS-SRB-6610 Rev C was released by our engineering last week, so please
        manufacture to Rev C (the radius change at the lightening hole is the only difference
        to Rev B).

        Scope of the PO: 4 FAI shipsets. The balance of 116 shipsets is not released for
        production. The production release will only come in writing from Ms. Katrin Vogel,
        Head of Purchasing, after the FAI sign-off by Dr. Matthias Brandt.

        Mit freundlichen Gruessen / Kind regards

        Jens Petersen
        Strategischer Einkauf / Strategic Purchasing
        Rheinland Cabin Systems GmbH, Hein-Sass-Weg 30, 21129 Hamburg
        Tel. +49 40 7411 2093
        Geschaeftsfuehrer: Dr. H. Lange, K. Moeller - Amtsgericht Hamburg HRB 112233
        """)
    m = mail("Jens Petersen <jens.petersen@rheinland-cabin.de>", "Venkatesh Iyer <venkatesh.iyer@sahyadri-aero.in>",
             "PO 4500187455 - seat rail bracket RCS-SRB-6610 - FAI", "Mon, 06 May 2024 16:22:00 +0200", text,
             html=txt2html(text), attachments=[("SAP_PO_4500187455.txt", sap, "text/plain")])
    case("p39_eml_sap_released", ["RG009"],
         "'released' used for SAP PO (commercial), drawing (technical) and production; scope otherwise complete",
         [("PO_4500187455_FAI.eml", eml_bytes(m))])


def p40_pdf_po_approved_three_ways():
    data = pdf([
        ("h1", "SERRA AZUL LINHAS AEREAS S.A."),
        ("p", "Suprimentos Tecnicos - Av. Olavo Fontoura 1078, Sao Paulo - SP"),
        ("h", "PEDIDO DE COMPRA / PURCHASE ORDER 4700-2531"),
        ("p", "Supplier: Moravia Aero Composites s.r.o., Brno, CZ.  Date: 09/05/2024.  Quote MAC-Q-2024-0336."),
        ("table", [
            ["Item", "Material", "Description", "Qty", "Unit EUR"],
            ["0010", "SA-PSU-2610 Rev B", "PSU panel, reading light cut-out, E195-E2, FAI", "4", "142,00"],
        ]),
        ("sp",),
        ("p", "PO approved by Finance for the 4 FAI units (approval FA-2024-221, Marcos Teixeira, Controller)."),
        ("p", "FAI units: 4, to be approved by SA Engenharia (Eng. Paulo Souza) per AS9102."),
        ("p", "Production: the balance of 116 units is not approved for production. Rodrigo Almeida, Gerente de "
              "Materiais, issues the written production approval after FAI sign-off."),
        ("p", "Material authority: sample-only (4 units)."),
        ("p", "Buyer: Carla Nunes, +55 11 5555 0142. Delivery DAP GRU. Payment 60 days DDL."),
    ], title="PO 4700-2531", author="Serra Azul Linhas Aereas")
    case("p40_pdf_po_approved_three_ways", ["RG009"],
         "'approved' used for finance PO approval, FAI approval and production approval",
         [("PO_4700-2531.pdf", data)])


def p41_docx_status_sheet_released():
    blocks = [
        ("h1", "Order Status Sheet - bin door panel LCA-BDP-550"),
        ("p", "Lion City Aero Services Pte Ltd -> Moravia Aero Composites s.r.o. - issued 06 May 2024"),
        ("table", [
            ["Item", "Status"],
            ["Drawing LCA-BDP-550", "Released Rev C (Engineering, 29 Apr 2024)"],
            ["Purchase order 4100023477", "Released (Finance, 30 Apr 2024)"],
            ["Sample quantity: 3 panels", "Released for manufacture"],
            ["Balance: 57 panels", "Not released - production release by Tan Wei Ling after FAI sign-off by Lim Boon Keat"],
            ["Material authority", "Sample-only (3 panels)"],
        ]),
        ("p", "Please confirm FAI date. Panels to be delivered with EASA Form 1, packed in individual foam cradles."),
        ("p", "Contact: Tan Wei Ling, Buyer, +65 6481 2270"),
    ]
    case("p41_docx_status_sheet_released", ["RG009"],
         "'released' for drawing, PO and manufacture in one status sheet",
         [("status_sheet_LCA-BDP-550.docx", docx_bytes(blocks, author="Tan Wei Ling"))])


def p43_erp_status_released():
    txt = T("""
        LION CITY AERO SERVICES PTE LTD - ORDER STATUS ENQUIRY            RUN 15.05.2024 07:02
        ==========================================================================================
        PO NO        : 4100023481          VENDOR : 300955 SAHYADRI PRECISION AEROTECH PVT LTD
        PO STATUS    : RELEASED  (APPROVAL LEVEL 2 - FIN, 03.05.2024)
        PART         : LCA-ARM-415 REV B   ARMREST HINGE FITTING, 17-4PH H1025
        ------------------------------------------------------------------------------------------
        LN  DESCRIPTION             QTY  UOM  STATUS
        10  FAI                      10  EA   PROD QTY RELEASED: 10 EA  - DELIVERED 10.05.2024
        20  BALANCE                 290  EA   NOT RELEASED - WRITTEN PRODUCTION RELEASE BY
                                              TAN WEI LING REQUIRED AFTER FAI SIGN-OFF
        ------------------------------------------------------------------------------------------
        FAI          : RELEASED BY QA (LIM BOON KEAT) 14.05.2024
        MATERIAL     : SAMPLE-ONLY (10 EA)
        REMARKS      : VENDOR TO AWAIT WRITTEN RELEASE FOR LN 20.
        ==========================================================================================
        """)
    case("p43_erp_status_released", ["RG009"],
         "ERP status uses RELEASED for PO approval, FAI result and production quantity",
         [("LCA_order_status_4100023481.txt", txt)])


def p44_eml_first_article_no_qty():
    eo = docx_bytes([
        ("h1", "EO notes - galley curtain rail AAM-GCR-1020 Rev 4"),
        ("li", "Material: 6063-T6 extrusion, profile per drawing sheet 2."),
        ("li", "Finish: chromic acid anodise, then grey enamel BMS 10-11 Type I."),
        ("li", "Part marking: ink stamp P/N and batch on the inboard face."),
        ("li", "Packing: individual sleeves, max. 10 per carton, rails must not touch."),
        ("li", "Documents: AS9102 forms 1-3, CoC, FAA 8130-3."),
    ], author="Kieran Doyle")
    text = T("""
        Hi Mike,

        Hope all's well in Wichita.

        Please start on the first-article pieces for the galley curtain rails, AAM-GCR-1020
        Rev 4, under PO AAM-PO-31301. EO notes attached with finish, marking and packing.

        The balance isn't released until Aoife Byrne signs off the FAI and I send you a
        written release. Material for the first-article pieces only, please.

        We'd love them in Shannon by the end of June if you can manage it.

        Thanks a million,
        Niamh

        Niamh Walsh
        Procurement Lead - Cabin
        Atlantic Airframe MRO Ltd, Shannon, Co. Clare
        """)
    m = mail("Niamh Walsh <niamh.walsh@atlantic-airframe.ie>", "Mike Kowalski <mkowalski@tristate-galley.com>",
             "PO AAM-PO-31301 - galley curtain rails - first article", "Tue, 07 May 2024 09:40:00 +0100", text,
             attachments=[("EO_notes_AAM-GCR-1020.docx", eo, DOCX_MT)])
    case("p44_eml_first_article_no_qty", ["RG010"],
         "start first-article pieces with hold/event/releaser named but no quantity anywhere",
         [("PO_AAM-PO-31301_first_article.eml", eml_bytes(m))])


def p45_pdf_qty_as_per_quote():
    data = pdf([
        ("h1", "Al Noor Aero Technics LLC"),
        ("p", "Hangar 4, Al Bateen Executive Airport, Abu Dhabi, UAE"),
        ("h", "PURCHASE ORDER ANAT-PO-2024-1215"),
        ("p", "Supplier: Suzhou Hengtai Aviation Textile Co., Ltd., Suzhou, China.  Date: 12 May 2024."),
        ("table", [
            ["Line", "P/N", "Description", "Qty", "Unit USD", "Total"],
            ["1", "ANAT-SC-770-02", "Seat cover, economy, sample for flammability and fit", "AS PER QUOTE",
             "as quoted", "-"],
        ]),
        ("p", "Sample quantity as per your quotation HT-2024-0402."),
        ("p", "The production quantity is not released. It is released only by a written production release "
              "from Khalid Al Mazrouei, Technical Services Manager, after the flammability test and FAI sign-off."),
        ("p", "Material authority: sample quantity only. Delivery DAP AUH. Buyer: Mariam Al Hammadi."),
    ], title="ANAT-PO-2024-1215", author="Al Noor Aero Technics")
    case("p45_pdf_qty_as_per_quote", ["RG010"],
         "sample PO whose quantity is only 'as per quote'; hold, event and releaser present",
         [("ANAT-PO-2024-1215.pdf", data)])


def p46_teams_same_as_usual():
    txt = T("""
        Microsoft Teams - chat export
        Chat: LCA / Moravia - PSU panel
        Participants: Tan Wei Ling (Lion City Aero Services), Jana Svobodova (Moravia Aero Composites)
        Exported: 14/05/2024 11:20

        [13/05/2024 09:03] Tan Wei Ling
        Hi Jana, PO 4100023502 is out. Pls make the trial samples for the PSU panel LCA-PSU-770 rev A. Remainder on hold pending FAI sign-off by Lim Boon Keat and my written release. Samples ship via SQ cargo to SIN.

        [13/05/2024 09:30] Jana Svobodova
        Hello Wei Ling, ok. How many pcs do you need for the trial?

        [13/05/2024 10:12] Tan Wei Ling
        same as usual lah, Boon Keat knows. Just send by end June can?

        [13/05/2024 10:15] Jana Svobodova
        End of June is ok 👍 I will check with our planning.
        """)
    case("p46_teams_same_as_usual", ["RG010"],
         "trial samples authorised with 'same as usual' instead of a quantity; hold/event/releaser present",
         [("teams_LCA_Moravia_PSU.txt", txt)])


def p47_html_calloff_as_needed():
    rows = [["Field", "Value"],
            ["Call-off", "CO-2024-014"],
            ["Frame order", "PC-2024-00800 (Cascade Placard & Marking LLC)"],
            ["Part", "CPM-PL-9020 placard set, A320, photoluminescent"],
            ["Instruction", "Deliver sample placard sets as needed for the Serra Azul cabin mock-up"],
            ["Balance of frame order", "On hold"],
            ["Release authority", "Luana Ferreira, Supply Chain Manager"],
            ["Delivery", "FCA Everett, Expeditors"]]
    body = f"""
<h1>Paulista Interiores Aeronauticos - Portal de Compras</h1>
<h2>Chamada / Call-off CO-2024-014</h2>
{table_html(rows)}
<p>Questions: Beatriz Costa, buyer, +55 12 5555 0188.</p>
"""
    case("p47_html_calloff_as_needed", ["RG004", "RG010"],
         "call-off 'as needed' with no quantity; balance on hold with no unlock event",
         [("CO-2024-014.html", html_page("CO-2024-014", body))])


def p48_pdf_12_vs_twenty():
    data = pdf([
        ("h1", "Gulf Meridian Airways - Engineering & Maintenance"),
        ("h", "PURCHASE ORDER GMA-PO-24-0577"),
        ("p", "Date: 13 May 2024. Supplier: Suzhou Hengtai Aviation Textile Co., Ltd. Quote HT-2024-0419."),
        ("table", [
            ["Line", "Part number", "Description", "Qty", "Scope", "Unit USD"],
            ["1", "GMA-HRC-402 Rev A", "Headrest cover, business class, leather", "12", "FAI", "58.00"],
        ]),
        ("sp",),
        ("p", "Please manufacture twenty (20) FAI headrest covers for the flammability test and the fit check "
              "on A6-GMF."),
        ("p", "The balance of the quoted 500 covers is not released; that figure is for information only. It is "
              "released only by a written production release from Hamdan Al Suwaidi after FAI sign-off by Meera "
              "Pillai. Material authority: FAI quantity only."),
        ("p", "Buyer: Farah Al Mansoori. DAP DXB. Payment 60 days net."),
    ], title="GMA-PO-24-0577", author="Gulf Meridian Airways")
    case("p48_pdf_12_vs_twenty", ["RG011"],
         "PO table authorises 12 FAI covers, text asks for twenty (20)",
         [("GMA-PO-24-0577.pdf", data)])


def p49_multi_release150_porev160():
    letter = pdf([
        ("h1", "Rheinland Cabin Systems GmbH"),
        ("h", "Production Release PR-2024-044"),
        ("p", "To: Aeroformas de Queretaro S.A. de C.V. - Alejandro Ruiz.  Date: 10.05.2024."),
        ("p", "Order: PO 4500187300, sidewall panel set RCS-SWP-4420, A320 retrofit (200 shipsets quoted)."),
        ("p", "Following lot acceptance of the FAI shipsets (report AQ-FAI-0077, signed by Dr. Matthias Brandt), "
              "we release one hundred fifty (150) shipsets for production."),
        ("p", "The remaining 50 shipsets are not released. They are released only by a further written release "
              "from Katrin Vogel, Head of Purchasing, after acceptance of the first series lot."),
        ("p", "Material authority: up to the released quantity."),
        ("sp",),
        ("p", "Katrin Vogel, Leiterin Einkauf"),
    ], title="PR-2024-044", author="Rheinland Cabin Systems GmbH")
    rev = T("""
        RHEINLAND CABIN SYSTEMS GMBH - SAP MM - AENDERUNGSBESTELLUNG / PO CHANGE
        -------------------------------------------------------------------------------
        BESTELLNR. / PO : 4500187300   REV 02        DATUM : 13.05.2024
        LIEFERANT       : 700655 AEROFORMAS DE QUERETARO SA DE CV
        -------------------------------------------------------------------------------
        POS  MATERIAL       KURZTEXT                           MENGE  ME  STATUS
        10   RCS-SWP-4420   SIDEWALL PANEL SET, FAI                4  SS  GELIEFERT/DELIVERED
        20   RCS-SWP-4420   SIDEWALL PANEL SET, SERIES           160  SS  PRODUCTION RELEASED
                                                                         (REF PR-2024-044)
        30   RCS-SWP-4420   SIDEWALL PANEL SET, BALANCE           40  SS  NOT RELEASED - NEXT
                                                                         RELEASE BY K. VOGEL
        -------------------------------------------------------------------------------
        AENDERUNG / CHANGE: POS 20/30 ANGELEGT GEM. FREIGABE PR-2024-044.
        """)
    case("p49_multi_release150_porev160", ["RG011"],
         "release letter says 150 shipsets, PO revision citing it says 160",
         [("PR-2024-044.pdf", letter), ("PO_4500187300_REV02.txt", rev)])


def p50_eml_subject48_body40():
    text = T("""
        Dear Mike,

        Further to the FAI sign-off by our Technical Services on 9 May (FAI report
        TSG-FAI-1201, no open findings), we release forty (40) trolley door latches
        TSG-TDL-4410 Rev C for production under PO ANAT-PO-2024-1201.

        The remaining 152 latches are not released. The next release will come from me in
        writing after lot acceptance of this first batch at our receiving inspection.

        Material authority: the released quantity only.

        Best regards,
        Khalid Al Mazrouei
        Technical Services Manager
        Al Noor Aero Technics LLC, Abu Dhabi
        """)
    m = mail("Khalid Al Mazrouei <khalid.almazrouei@alnoor-aero.ae>", "Mike Kowalski <mkowalski@tristate-galley.com>",
             "Production release - 48 trolley door latches - ANAT-PO-2024-1201",
             "Sun, 12 May 2024 10:30:00 +0400", text, html=txt2html(text),
             cc="Mariam Al Hammadi <mariam.alhammadi@alnoor-aero.ae>")
    case("p50_eml_subject48_body40", ["RG011"],
         "release mail subject says 48, body releases forty (40)",
         [("Production_release_ANAT-PO-2024-1201.eml", eml_bytes(m))])


def p51_docx_six_vs_eight():
    blocks = [
        ("h1", "Autorizacao de Fabricacao / Manufacturing Authorisation MA-SA-24-019"),
        ("p", "Serra Azul Linhas Aereas S.A. -> Moravia Aero Composites s.r.o. - 14/05/2024"),
        ("p", "Part: SA-LAV-880 Rev A, lavatory shroud panel, E195-E2. PO 4700-2544."),
        ("p", "We authorise the manufacture of six (6) qualification samples for the flammability (heat release, "
              "OSU 65/65) and fit tests."),
        ("table", [
            ["Item", "Entry"],
            ["Qty authorised now", "8"],
            ["Balance", "not released"],
            ["Unlock event", "FAI and heat-release test sign-off by SA Engenharia (Eng. Paulo Souza)"],
            ["Release authority", "Rodrigo Almeida, Gerente de Materiais (written production release)"],
            ["Material authority", "sample-only"],
        ]),
        ("p", "Carla Nunes - Compradora Tecnica"),
    ]
    case("p51_docx_six_vs_eight", ["RG011"],
         "text authorises six (6) samples, table says 8 authorised now",
         [("MA-SA-24-019.docx", docx_bytes(blocks, author="Carla Nunes"))])


def p52_teams_2_vs_3():
    txt = T("""
        Microsoft Teams - chat export
        Chat: AAM / Sahyadri - footrest assemblies
        Participants: Niamh Walsh (Atlantic Airframe MRO), Priya Nair (Sahyadri Precision Aerotech)
        Exported: 16/05/2024 09:00

        [03/05/2024 11:15] Niamh Walsh
        Hi Priya, PO AAM-PO-31290 is out: 2 FAI shipsets of the footrest assemblies AAM-FRA-404. The other 38 shipsets are not released until Aoife Byrne signs off the FAI and I send you a written release. Material for the FAI shipsets only.

        [03/05/2024 11:40] Priya Nair
        Noted Niamh, thank you. We will share the FAI plan by Monday.

        [15/05/2024 14:22] Niamh Walsh
        Priya, as agreed the 3 FAI shipsets need to be in Shannon by the 14th of June, Aoife wants to do the FAI on the 17th.

        [15/05/2024 14:35] Priya Nair
        Ok Niamh, will plan accordingly 🙏
        """)
    case("p52_teams_2_vs_3", ["RG011"],
         "buyer authorises 2 FAI shipsets, later refers to 3 FAI shipsets as agreed",
         [("teams_AAM_Sahyadri_footrest.txt", txt)])


def p53_html_calloff_1200_vs_1000():
    rows = [["Pos", "Material", "Bezeichnung / Description", "Freigegebene Menge / Released qty", "Liefertermin"],
            ["10", "RCS-BDL-2290", "Bin door latch cover, A321neo", "1.200 Stk / pcs", "KW 27/2024"]]
    body = f"""
<h1>Rheinland Cabin Systems GmbH - Lieferantenportal / Supplier portal</h1>
<h2>Abruf / Call-off 3 - Rahmenvertrag RV-2024-019</h2>
<p>Lieferant / Supplier: Moravia Aero Composites s.r.o. &middot; Datum: 14.05.2024</p>
{table_html(rows)}
<div class="note">Hiermit geben wir 1,000 pcs of the bin door latch cover RCS-BDL-2290 for production frei /
We hereby release 1,000 pcs of the bin door latch cover for production. The remaining quantity of the
framework agreement is not released; it is released only by the next numbered call-off signed by
Katrin Vogel. Material authority: up to the released quantity.</div>
"""
    case("p53_html_calloff_1200_vs_1000", ["RG011"],
         "call-off table releases 1.200 pcs (European format), note releases 1,000 pcs",
         [("Abruf_3_RV-2024-019.html", html_page("Abruf 3", body, lang="de"))])


def p54_eml_deposit_treat_released():
    advice = html_page("Payment advice", f"""
<h2>Lion City Aero Services Pte Ltd - Payment Advice</h2>
{table_html([["Payee", "Reference", "Amount", "Value date"],
             ["Suzhou Hengtai Aviation Textile Co., Ltd.", "PO 4100023490 - 30% deposit", "USD 2,862.00", "08.05.2024"]])}
<p>TT ref. DBS-TT-240508-1147. Bank charges OUR.</p>
""")
    text = T("""
        Hi Zhang Wei,

        Our finance team remitted the 30% deposit for PO 4100023490 today (payment advice
        attached, TT ref. DBS-TT-240508-1147).

        With the deposit paid, please treat the order as released and start cutting. The PO is
        for the full 300 economy headrest covers LCA-HRC-118-02 (repeat part, FAI on file from
        2023), delivery in two lots of 150, end June and end July.

        Thanks and regards,
        Tan Wei Ling
        """) + LCA_SIG_TAN
    m = mail("Tan Wei Ling <weiling.tan@lioncity-aero.sg>", "Zhang Wei <zhang.wei@hengtai-avtex.cn>",
             "PO 4100023490 - deposit remitted", "Wed, 08 May 2024 15:15:00 +0800", text,
             attachments=[("payment_advice_4100023490.html", advice, "text/html")])
    case("p54_eml_deposit_treat_released", ["RG012"],
         "buyer: 'with the deposit paid, treat the order as released and start cutting' (full-qty repeat PO)",
         [("PO_4100023490_deposit.eml", eml_bytes(m))])


# ------------------------------------------------------------------ batch 5
def p55_pdf_oa_acceptance_release():
    data = pdf([
        ("h1", "Sahyadri Precision Aerotech Pvt. Ltd."),
        ("p", "Plot 14, MIDC Chakan, Pune - 410501, India - GSTIN 27AAECS1234F1Z5 - AS9100D"),
        ("h", "ORDER ACKNOWLEDGEMENT SPA/OA/24-25/0152"),
        ("p", "Customer: Serra Azul Linhas Aereas S.A., Sao Paulo.  Customer PO: 4700-2560 dated 06/05/2024.  "
              "Our ref: quotation SPA/Q/24-25/0101."),
        ("table", [
            ["Sr.", "Part No.", "Description", "PO Qty", "Rate USD", "Delivery"],
            ["1", "SA-SRF-220 Rev C", "Seat rail fitting, FAI", "8 nos.", "310.00", "Week 27"],
        ]),
        ("p", "Customer note copied from PO: 'Balance of 392 units not released until written production release "
              "by Rodrigo Almeida after FAI sign-off.'"),
        ("h", "Terms of acknowledgement"),
        ("p", "4.1 Prices are ex-works Pune, packing extra at actuals."),
        ("p", "4.2 Upon our acceptance of the Purchase Order, the order is deemed released for manufacture and is "
              "scheduled in full as per our quotation, to secure raw material and machine capacity."),
        ("p", "4.3 Any changes after acceptance are subject to mutual agreement."),
        ("sp",),
        ("p", "Accepted on 10/05/2024 for Sahyadri Precision Aerotech Pvt. Ltd. - Venkatesh Iyer, Manager BD"),
    ], title="SPA/OA/24-25/0152", author="Sahyadri Precision Aerotech")
    case("p55_pdf_oa_acceptance_release", ["RG012"],
         "supplier acknowledgement: PO acceptance deems the order released for manufacture in full",
         [("SPA_OA_24-25_0152.pdf", data)])


def c16_docx_interim_fai():
    blocks = [
        ("h1", "FAI Disposition - Interim (Concession C-2024-033)"),
        ("p", "Rheinland Cabin Systems GmbH -> Moravia Aero Composites s.r.o. - 15.05.2024"),
        ("p", "Part RCS-SBS-5130-01 Rev B, seat back shell, A321neo. PO 4500187311. FAI report MAC-FAI-0419."),
        ("table", [
            ["Item", "Entry"],
            ["FAI disposition", "interim - one open finding (char. 31, surface roughness Ra at trailing edge)"],
            ["Interim limit", "40 shells, valid until 30.06.2024"],
            ["Production release", "PR-2024-036: 40 shells released under this interim disposition"],
            ["Released by", "Katrin Vogel, Head of Purchasing (within release limit)"],
            ["Remaining quoted quantity", "160 shells - not released"],
            ["Unlock event for the 160", "full FAI closure (finding 31 closed, signed off by Dr. Matthias Brandt) "
                                         "and a further written production release by Katrin Vogel"],
            ["Material authority", "40 shells"],
        ]),
        ("p", "Parts made under this interim disposition are to be marked 'C-2024-033' on the delivery note and "
              "kept traceable by serial number. Corrective action for char. 31 due 14.06.2024."),
        ("p", "Dr. Matthias Brandt, Leiter Kabinenentwicklung - Katrin Vogel, Leiterin Einkauf"),
    ]
    case("c16_docx_interim_fai", [],
         "interim FAI disposition with quantity/date limit, 40 released by named authority, 160 held",
         [("FAI_interim_C-2024-033.docx", docx_bytes(blocks, author="Katrin Vogel"))])


def c17_multi_po_quote_ack():
    po = T("""
        AL NOOR AERO TECHNICS LLC                                  PURCHASE ORDER
        HANGAR 4, AL BATEEN EXECUTIVE AIRPORT, ABU DHABI, UAE
        -------------------------------------------------------------------------------
        PO NO.   : ANAT-PO-2024-1220         DATE : 14-MAY-2024
        VENDOR   : CASCADE PLACARD & MARKING LLC, EVERETT WA, USA
        BUYER    : MARIAM AL HAMMADI, PROCUREMENT OFFICER
        -------------------------------------------------------------------------------
        LN  P/N            DESCRIPTION                              QTY  UOM  UNIT USD
        1   CPM-PL-7320    PLACARD KIT, A320 CABIN, EN/AR, SAMPLE    10  KIT     88.00
        -------------------------------------------------------------------------------
        SCOPE:
        - ACTIVE QUANTITY: 10 (TEN) SAMPLE KITS.
        - CASCADE QUOTE CPM-Q-24-0502 SHOWS 250 KITS PRODUCTION: FOR INFORMATION ONLY,
          NOT ORDERED AND NOT RELEASED.
        - BALANCE ON HOLD UNTIL FAI SIGN-OFF BY OUR TECHNICAL SERVICES AND A WRITTEN
          PRODUCTION RELEASE SIGNED BY KHALID AL MAZROUEI, TECHNICAL SERVICES MANAGER.
        - MATERIAL AUTHORITY: SAMPLE-ONLY (10 KITS).
        DELIVERY DAP AUH. PAYMENT 60 DAYS. ANAT PURCHASE CONDITIONS REV 4 APPLY.
        """)
    q = pdf([
        ("h1", "Cascade Placard & Marking LLC"),
        ("h", "Quote CPM-Q-24-0502"),
        ("p", "To: Al Noor Aero Technics LLC, attn. Mariam Al Hammadi. Date: May 2, 2024. Valid 60 days."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit USD", "Lead time"],
            ["1", "CPM-PL-7320", "Placard kit A320, EN/AR, sample", "10 kits", "88.00", "3 weeks"],
            ["2", "CPM-PL-7320", "Placard kit A320, EN/AR, production", "250 kits", "52.50", "6 weeks"],
        ]),
        ("p", "Dana Whitaker, Inside Sales, (425) 555-0147"),
    ], pagesize=LETTER, title="CPM-Q-24-0502", author="Cascade Placard & Marking")
    ack_text = T("""
        Hi Mariam,

        We acknowledge PO ANAT-PO-2024-1220 as written: 10 sample kits CPM-PL-7320, ship in
        3 weeks DAP AUH. The 250 production kits on our quote are not released, and we will
        not buy film for them until we have the written production release from Mr. Khalid
        Al Mazrouei.

        Best,
        Dana Whitaker
        Inside Sales | Cascade Placard & Marking LLC | Everett, WA
        """)
    ack = mail("Dana Whitaker <dwhitaker@cascadeplacard.com>", "Mariam Al Hammadi <mariam.alhammadi@alnoor-aero.ae>",
               "Acknowledgement ANAT-PO-2024-1220", "Tue, 14 May 2024 08:10:00 -0700", ack_text,
               html=txt2html(ack_text))
    case("c17_multi_po_quote_ack", [],
         "bundle PO (10 samples, 250 info-only, event + named releaser) + tiered quote + acknowledgement",
         [("ANAT-PO-2024-1220.txt", po), ("CPM-Q-24-0502.pdf", q), ("ack_ANAT-PO-2024-1220.eml", eml_bytes(ack))])


def c18_teams_buyer_says_no():
    txt = T("""
        Microsoft Teams - chat export
        Chat: GMA / Sahyadri - seat track stud
        Participants: Farah Al Mansoori (Gulf Meridian Airways), Arvind Kulkarni (Sahyadri Precision Aerotech)
        Exported: 14/05/2024 13:00

        [13/05/2024 19:12] Arvind Kulkarni
        Good evening Ma'am. 10 nos. FAI studs dispatched today, AWB 176-2290 4471. Ma'am one request, can we start the balance 290 nos.? Our Mazak is free next week, otherwise next slot is only in July.

        [14/05/2024 08:30] Farah Al Mansoori
        Good morning Arvind. No, not yet. PO GMA-PO-24-0590 is for the 10 FAI studs only. The 290 stay on hold until Meera Pillai signs off the FAI and Hamdan Al Suwaidi sends you the written production release. Please don't buy the bar for them yet either.

        [14/05/2024 08:32] Farah Al Mansoori
        I understand about the slot. FAI review is planned for 22 May, I will update you same day.

        [14/05/2024 08:50] Arvind Kulkarni
        Noted Ma'am, we will wait. Thank you.
        """)
    case("c18_teams_buyer_says_no", [], "supplier asks to start 290, buyer refuses and restates hold/event/releaser",
         [("teams_GMA_Sahyadri_stud.txt", txt)])


def c19_eml_full_qty_proceed():
    po = pdf([
        ("h1", "SERRA AZUL LINHAS AEREAS S.A."),
        ("h", "PEDIDO DE COMPRA / PURCHASE ORDER 4700-2552"),
        ("p", "Supplier: Cascade Placard & Marking LLC, Everett WA.  Date: 10/05/2024."),
        ("table", [
            ["Item", "Material", "Description", "Qty", "Unit USD", "Total USD"],
            ["0010", "CPM-PL-1150", "Placard 'LIFE VEST UNDER YOUR SEAT' PT/EN/ES, E195-E2", "250", "6.80", "1,700.00"],
        ]),
        ("p", "Full order quantity: 250 pcs. No further quantity under this PO."),
        ("p", "Delivery FCA Everett, forwarder DHL Global Forwarding. Payment 60 days DDL."),
        ("p", "Buyer: Carla Nunes."),
    ], title="PO 4700-2552", author="Serra Azul Linhas Aereas")
    text = T("""
        Hi Dana, tudo bem?

        Please find attached our PO 4700-2552 for the 250 life vest placards (CPM-PL-1150,
        trilingual PT/EN/ES) for the E195-E2 fleet campaign. This PO is the full quantity of
        the campaign; no further quantity will follow under it.

        Please proceed with the 250 pcs. The artwork is the same as your proof rev C from
        March, part marking per your standard.

        Obrigada!
        Carla Nunes
        Compradora Tecnica - Serra Azul Linhas Aereas
        +55 11 5555 0142
        """)
    m = mail("Carla Nunes <carla.nunes@serraazul.com.br>", "Dana Whitaker <dwhitaker@cascadeplacard.com>",
             "PO 4700-2552 - life vest placards - 250 pcs", "Fri, 10 May 2024 14:00:00 -0300", text,
             html=txt2html(text), attachments=[("PO_4700-2552.pdf", po, PDF_MT)])
    case("c19_eml_full_qty_proceed", [], "full-quantity PO for 250 with 'proceed with the 250 pcs'",
         [("PO_4700-2552_placards.eml", eml_bytes(m))])


def c20_pdf_release_letter():
    data = pdf([
        ("h1", "Atlantic Airframe MRO Ltd"),
        ("p", "Shannon Free Zone East, Co. Clare, Ireland"),
        ("h", "Written Production Release REL-2024-017"),
        ("p", "To: Moravia Aero Composites s.r.o., Brno - Petr Novak.  Date: 16 April 2024."),
        ("p", "Order: PO AAM-PO-31180, seat dress cover shipsets AAM-SDC-330 Rev C, A330 refit (180 shipsets quoted)."),
        ("table", [
            ["Item", "Entry"],
            ["Unlock event", "FAI sign-off on 12 April 2024 by Aoife Byrne, Quality Manager (report MAC-FAI-0398)"],
            ["Released now", "120 shipsets"],
            ["Released by", "Kieran Doyle, Head of Engineering, within his release limit; countersigned by "
                            "Niamh Walsh, Procurement Lead"],
            ["Not released", "60 shipsets"],
            ["Next unlock event", "lot acceptance of the first 40 shipsets, then a further written release"],
            ["Material authority", "120 shipsets"],
        ]),
        ("p", "We release one hundred and twenty (120) shipsets for production. The remaining 60 shipsets are not "
              "released."),
        ("sp",),
        ("p", "Kieran Doyle - Niamh Walsh"),
    ], title="REL-2024-017", author="Atlantic Airframe MRO")
    case("c20_pdf_release_letter", [], "written release of 120 after FAI sign-off, 60 held, named releaser and next event",
         [("REL-2024-017.pdf", data)])


def c22_html_status_sample_material():
    rows = [["PO", "Part", "Released", "Balance", "Material", "Status"],
            ["ANAT-PO-2024-1188", "TSG-BRK-3310 brake assy", "5 FAI",
             "95 - not released, awaiting written release from Khalid Al Mazrouei after FAI sign-off",
             "bought for 5 FAI only; no pre-buy", "FAI machining 80 %"],
            ["ANAT-PO-2024-1201", "TSG-TDL-4410 latch", "40", "152 - not released",
             "bought for 40", "in assembly"]]
    body = f"""
<h1>Tri-State Galley Components Inc.</h1>
<h2>Customer status report - Al Noor Aero Technics - May 16, 2024</h2>
{table_html(rows)}
<p>All material purchases follow released quantities only. Questions: Mike Kowalski, (316) 555-0182.</p>
"""
    case("c22_html_status_sample_material", [], "supplier status: material bought only for released quantities",
         [("TSG_status_ANAT_2024-05-16.html", html_page("Status report", body))])


def c23_eml_long_thread_scoped():
    m1 = T("""
        Dear Wei Ling,

        Attached our quotation AQ-2024-0351 for the overhead bin latch bracket LCA-OBL-610:
        4 pilot shipsets and 36 series shipsets. The soft jaws for the 5-axis are included in
        the pilot price. Do we have the go-ahead to start?

        Saludos,
        Alejandro
        """)
    m2 = T("""
        Hi Alejandro,

        Go ahead with the 4 pilot shipsets only, PO 4100023511 is in your inbox. The other 36
        shipsets on the quote are not released; they wait for the FAI sign-off by Lim Boon
        Keat and then my written production release. Material for the 4 pilot shipsets only.

        Rgds
        Wei Ling
        """)
    m3 = T("""
        Wei Ling,

        Clear: 4 pilot shipsets now, 36 on hold until your written release. Two questions:
        1) anodise colour - clear or black? Drawing note 4 says "per finish spec" only.
        2) packing - individual bags or trays?

        Alejandro
        """)
    text = T("""
        Hi Alejandro,

        1) Clear anodise, type II, per LCA-FS-010 Rev 6. Engineering confirmed this morning.
        2) Trays please, packing instruction attached (same as for the bin hinges last year).

        Please book the shipment FCA Queretaro with our forwarder Kuehne+Nagel, account
        LCA-SIN-0042, and send the AWB to stores@lioncity-aero.sg.

        Thanks!
        Wei Ling
        """) + LCA_SIG_TAN + "\n" + \
        "On Fri, 10 May 2024, Alejandro Ruiz <aruiz@aeroformas.mx> wrote:\n" + quote(m3) + \
        ">\n> On Thu, 9 May 2024, Tan Wei Ling wrote:\n" + quote(m2, 2) + \
        "> >\n> > On Wed, 8 May 2024, Alejandro Ruiz wrote:\n" + quote(m1, 3)
    pack = docx_bytes([
        ("h1", "Packing instruction PI-LCA-07 Rev 2"),
        ("p", "Parts: machined brackets and fittings, aluminium, anodised."),
        ("li", "Use conductive-free PE trays with individual pockets; no part-to-part contact."),
        ("li", "Label each tray with P/N, PO number, batch and quantity."),
        ("li", "Outer carton: double wall, max. gross weight 15 kg."),
        ("li", "Certificates (CoC, FAI forms, material certs) in a sealed envelope on top."),
    ], author="LCA Stores")
    m = mail("Tan Wei Ling <weiling.tan@lioncity-aero.sg>", "Alejandro Ruiz <aruiz@aeroformas.mx>",
             "RE: RE: RE: AQ-2024-0351 - bin latch bracket - pilot shipsets", "Mon, 13 May 2024 10:05:00 +0800",
             text, in_reply_to="<h93-aq0351-3@aeroformas.mx>",
             attachments=[("PI-LCA-07_packing.docx", pack, DOCX_MT)])
    case("c23_eml_long_thread_scoped", [],
         "long thread: 'go ahead with the 4 pilot shipsets only', 36 held until FAI sign-off + Tan's written release",
         [("RE_AQ-2024-0351_bin_latch.eml", eml_bytes(m))])


def c24_eml_czech_supplier_material():
    orig = T("""
        Dear Mr. Novak,

        with PO 4500187470 we order a dozen (12) FAI pieces of the bin door RCS-BD-7701 Rev A.
        The balance of 348 pieces is not released. The production release will be given in
        writing by Ms. Katrin Vogel after the FAI sign-off by Dr. Matthias Brandt.
        Material authority: sample-only (12 pieces).

        Kind regards
        Jens Petersen
        """)
    text = T("""
        Dear Mr. Petersen,

        thank you for the PO. We confirm: material we buy only for the 12 pcs of samples, the
        rest is waiting for your release by Ms. Vogel after the FAI sign-off by Dr. Brandt. The
        honeycomb for 12 doors we have already in stock, the decor foil comes in week 21.

        FAI we plan for week 24, Dr. Brandt can come to Brno for the FAI if he wish, we will
        prepare the room.

        S pozdravem / Best regards
        Petr Novak
        Key Account Manager
        Moravia Aero Composites s.r.o.
        Turanka 1222/115, 627 00 Brno, Czech Republic

        Od: Jens Petersen <jens.petersen@rheinland-cabin.de>
        Odeslano: ctvrtek 2. kvetna 2024 14:10
        Predmet: PO 4500187470 - bin door RCS-BD-7701

        """) + quote(orig)
    m = mail("Petr Novak <petr.novak@moravia-aero.cz>", "Jens Petersen <jens.petersen@rheinland-cabin.de>",
             "RE: PO 4500187470 - bin door RCS-BD-7701", "Fri, 03 May 2024 08:45:00 +0200", text)
    case("c24_eml_czech_supplier_material", [],
         "supplier confirms sample-only material; quoted buyer scope complete",
         [("RE_PO_4500187470_bin_door.eml", eml_bytes(m))])


def c25_docx_blanket_calloff1():
    blocks = [
        ("h1", "Blanket Purchase Agreement BPA-LCA-2024-07 and Call-off 1"),
        ("p", "Lion City Aero Services Pte Ltd -> Cascade Placard & Marking LLC - 30 April 2024"),
        ("h", "1. Blanket agreement"),
        ("p", "This agreement covers up to 2,000 (2k) placard kits LCA-PK-320 (A320 cabin) over 24 months at the "
              "prices of quote CPM-Q-24-0388. It is commercial cover only. It is not a production release and "
              "commits Lion City Aero Services to no quantity beyond released call-offs."),
        ("h", "2. Call-off 1"),
        ("table", [
            ["Item", "Entry"],
            ["Released now (call-off 1)", "150 kits, delivery 28 June 2024"],
            ["Further quantities", "not released; released only by a numbered call-off signed by Tan Wei Ling"],
            ["Material authority", "call-off quantity only (150 kits)"],
        ]),
        ("h", "3. Forecast - for planning only, not an order"),
        ("table", [
            ["Period", "Forecast kits"],
            ["H2 2024", "500"],
            ["H1 2025", "650"],
            ["H2 2025", "600"],
        ]),
        ("p", "The forecast above is for your capacity planning only and is not an order or a release."),
        ("p", "Tan Wei Ling, Buyer - Lion City Aero Services"),
    ]
    case("c25_docx_blanket_calloff1", [],
         "blanket agreement as commercial cover, call-off 1 of 150, labelled forecast, next call-off by named buyer",
         [("BPA-LCA-2024-07.docx", docx_bytes(blocks, author="Tan Wei Ling"))])


# ==== MAIN (cases are registered below in CASE_FUNCS order)
def write_all():
    for fn in CASE_FUNCS:
        fn()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(9393).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h93_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fname, data in c["files"]:
            if isinstance(data, str):
                (d / fname).write_text(data, encoding="utf-8", newline="\n")
            else:
                (d / fname).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  multi-rule {multi}")
    for r, k in counts.items():
        print(f"  {r}: {k}")
    fmt = {}
    for c in CASES:
        for fname, _ in c["files"]:
            ext = fname.rsplit(".", 1)[-1].lower()
            fmt[ext] = fmt.get(ext, 0) + 1
    print("  top-level files by format:", dict(sorted(fmt.items())))
    print("  multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))


CASE_FUNCS = [
    c01_quote_tiers, c02_erp_full_qty, c03_pdf_shipset_scoped, c04_supplier_question,
    c05_labelled_forecast,
    p01_eml_quote_attached, p02_pdf_programme_header, p03_docx_eo_lotsize, p04_erp_annual_vol,
    p05_multi_html_po_pdf_quote, p06_teams_green_light, p07_eml_approved_go_ahead,
    p08_docx_ccn_proceed, p09_eml_fai_approved_proceed_run, p10_erp_release_note_proceed,
    p11_portal_good_to_run, p15_teams_trial_fit, p16_docx_qual_sample, p20_eml_hide_dye_lot,
    p21_teams_plate_full_lot, p22_html_supplier_status, p23_docx_plan_film_roll, p24_eml_deposit_kickoff,
    p25_multi_release30_ack50, p27_txt_weekly_forecast_material,
    c06_teams_fit_check_only, c07_docx_recorded_autoconversion, c08_eml_deposit_not_release,
    c09_pdf_calloff_staged_material, c10_eml_supplier_ack_hold,
    p28_eml_directly_continue, p29_teams_keep_line_going, p30_docx_oc_automatic, p32_eml_deemed_released,
    p33_portal_workflow_auto, p34_whatsapp_series_ok, p35_eml_fwd_forecast_firm, p36_pdf_oc_per_forecast,
    p37_portal_forecast_confirmed_deposit, p38_txt_memo_prepayment,
    c11_docx_aog_full, c12_txt_identifiers, c13_portal_po_status_info, c14_eml_buyer_corrects_roll,
    c15_eml_fwd_old_quote_info,
    p39_eml_sap_released, p40_pdf_po_approved_three_ways, p41_docx_status_sheet_released,
    p43_erp_status_released, p44_eml_first_article_no_qty, p45_pdf_qty_as_per_quote, p46_teams_same_as_usual,
    p47_html_calloff_as_needed, p48_pdf_12_vs_twenty, p49_multi_release150_porev160, p50_eml_subject48_body40,
    p51_docx_six_vs_eight, p52_teams_2_vs_3, p53_html_calloff_1200_vs_1000, p54_eml_deposit_treat_released,
    p55_pdf_oa_acceptance_release,
    c16_docx_interim_fai, c17_multi_po_quote_ack, c18_teams_buyer_says_no, c19_eml_full_qty_proceed,
    c20_pdf_release_letter, c22_html_status_sample_material, c23_eml_long_thread_scoped,
    c24_eml_czech_supplier_material, c25_docx_blanket_calloff1,
    # ==== more cases appended here
]

if __name__ == "__main__":
    write_all()
