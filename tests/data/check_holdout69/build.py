#!/usr/bin/env python3
"""Generator for the releasegate check_holdout69 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout69/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, fixed shuffle seed 6969).

Domain: lift, escalator and door-automation components. Buyers (elevator OEMs, installers,
modernisation contractors) in Finland, Switzerland, Germany, Spain, Hong Kong and the UAE;
suppliers in China, India, Turkey, Czechia and Italy. All companies and people are fictitious.

Descriptive case names (c.. = clean, p.. = positive) live only in this file; the folders in
cases/ are neutral (h69_NN_<first-file-stem>).
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
# (pdf, docx_bytes, html_page, mail, eml_bytes, sig: copied from check_holdout3/build.py)
_PDF_MAP = {"ı": "i", "→": "->", "≥": ">=", "≤": "<=", "✔": "OK", "👍": ""}


def _pdf_safe(s):
    """The standard PDF fonts only cover cp1252; fold other letters (ř, Ş, İ, ğ ...) the way
    many suppliers' systems print them, so that the PDF text layer has no missing glyphs."""
    import unicodedata
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _PDF_MAP:
            out.append(_PDF_MAP[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        try:
            base.encode("cp1252")
            out.append(base)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [(b[0],) + tuple(
        [[_pdf_safe(c) for c in r] for r in x] if b[0] == "table" else _pdf_safe(x)
        for x in b[1:]) for b in blocks]
    title, author = _pdf_safe(title), _pdf_safe(author)
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
    m["Message-ID"] = msgid or f"<h69-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h69")
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


# ----------------------------------------------------------------- own small helpers
def q(text, depth=1):
    """Quote a block of text the way mail clients do ('> ')."""
    pre = "> " * depth
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n"))


def chat_export(lines, style="ios"):
    """lines: list of (date 'dd/mm/yyyy', time 'HH:MM', sender, message)."""
    out = []
    for d, t, who, msg in lines:
        if style == "ios":
            out.append(f"[{d}, {t}:00] {who}: {msg}")
        else:
            out.append(f"{d}, {t} - {who}: {msg}")
    return "\n".join(out) + "\n"


def table_html(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n"
                   for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}</table>"


def text_to_html(text):
    """Plain-text body to a simple HTML alternative (paragraphs and line breaks)."""
    paras = [p for p in text.strip().split("\n\n")]
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(
        "<p>" + escape(p).replace("\n", "<br>\n") + "</p>" for p in paras) + "\n</body></html>\n"


# People and companies (fictitious), used across cases for a consistent world.
LAAKSO = "Hissitekniikka Laakso Oy, Vantaa, Finland"
ALPEN = "Alpenlift AG, Schlieren, Switzerland"
RHEIN = "Rheinaufzug Modernisierung GmbH, Köln, Germany"
LEVANTE = "Ascensores Levante S.L., Valencia, Spain"
MODERNIA = "Modernia Elevación S.L., Madrid, Spain"
HARBOUR = "Harbour Vertical Engineering Ltd, Kwun Tong, Hong Kong"
KLS = "Kowloon Lift Services Ltd, Hong Kong"
GVT = "Gulf Vertical Transport LLC, Dubai, UAE"

EGE = "Ege Panel Metal San. ve Tic. A.Ş., İzmir, Türkiye"
KOCAELI = "Kocaeli Ray Sanayi A.Ş., Gebze, Türkiye"
MORAVIA = "Moravia Door Systems s.r.o., Zlín, Czechia"
OSTRAVA = "Ostrava Kabiny a.s., Ostrava, Czechia"
APB = "Automazioni Porte Brescia S.r.l., Brescia, Italy"
PULSANTI = "Pulsanti Milano S.r.l., Milano, Italy"
PUNE = "Pune Cable Harness Pvt. Ltd., Pune, India"
AHMEDABAD = "Ahmedabad Lift Fixtures Pvt. Ltd., Ahmedabad, India"
FOSHAN = "Foshan Jiarui Elevator Parts Co., Ltd., Foshan, China"
SUZHOU = "Suzhou Hengda Cabin Co., Ltd., Suzhou, China"
LIFTRONIC = "Shenzhen Liftronic Controls Co., Ltd., Shenzhen, China"
NINGBO = "Ningbo Ruifeng Wire Harness Co., Ltd., Ningbo, China"
HUAXIN = "Jiangsu Huaxin Lift Panels Co., Ltd., Wuxi, China"


# =================================================================== CASES
# Batches are appended below this line.

# ------------------------------------------------------------------- batch 1: clean c01-c13

# c01: supplier quote with a first-article tier and a series tier; no authorization in the bundle.
case("c01_quote_tiers_moravia", [],
     "supplier quote alone (2 FAI sets + 96 series sets); quotes authorize nothing",
     [("Nabidka_Q-2024-0481.pdf", pdf([
         ("h1", "NABÍDKA / QUOTATION Q-2024-0481"),
         ("p", f"{MORAVIA} · IČO 26483119 · DIČ CZ26483119"),
         ("p", f"To: {LAAKSO} — attn. Mr Mikko Virtanen, Category Manager"),
         ("p", "Your RFQ: LAA-RFQ-24-077 of 11.04.2024 · Project: Kallio modernisation package, "
               "Helsinki (6 buildings)"),
         ("p", "Subject: Landing door sets LD-2, 2-panel centre opening, 900 × 2100 mm, "
               "EN 81-20:2020 / EN 81-50:2020, fire rating E120 per EN 81-58, "
               "project-specific finish brushed stainless AISI 304 (grain 240)."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
             ["1", "First-article landing door set incl. FAI report (ISIR form, CMM data)",
              "2 sets", "2.480,00", "5 weeks from PO"],
             ["2", "Series landing door sets, delivered as per-floor kits to site",
              "96 sets", "1.915,00", "8 weeks after written release"],
             ["3", "Packaging per floor kit, wooden crate, HT-treated (ISPM 15)", "per kit",
              "46,00", "—"],
         ]),
         ("sp",),
         ("p", "Series price is based on 96 sets called off in max. three lots. Type-test "
               "certificate for the LD-2 family (certificate no. NB 0062-LD2-2291) is included "
               "in the price. Tooling: none, standard press-brake tooling."),
         ("p", "Prices ex works Zlín (Incoterms 2020 EXW), excluding VAT. Validity: 60 days. "
               "Payment: 30 days net from invoice."),
         ("p", "This quotation is not an order confirmation. An order is concluded only by your "
               "purchase order and our written acknowledgement."),
         ("p", "Zlín, 18.04.2024 — Ing. Petr Dvořák, Obchodní ředitel / Sales Director, "
               "+420 577 210 448"),
     ], title="Quotation Q-2024-0481", author="Petr Dvorak"))])

# c02: supplier question about a go-ahead; a question is not an approval.
_c02 = mail(
    "Burak Yıldız <burak.yildiz@egepanel.com.tr>",
    "Mikko Virtanen <mikko.virtanen@laakso-hissit.fi>",
    "RE: PO 4510-2231 COP faceplates – FAI samples / question on series",
    "Tue, 14 May 2024 10:42:00 +0300",
    "Dear Mikko,\n\n"
    "the 12 FAI faceplates for PO 4510-2231 are laser cut and in brushing now. Engraving of the "
    "floor designations follows on Thursday, and we will send the FAI report with the CMM data "
    "and the Braille check next Tuesday.\n\n"
    "One question before our planners fill the press-brake schedule for June: is there already a "
    "go-ahead for the 480 series faceplates, or is it still only the 12 FAI pieces for now? Until "
    "we have your written answer we will not cut or order anything beyond the 12.\n\n"
    "Also, could you tell us if the series faceplates will be delivered as per-floor kits like "
    "the Kallio project last year, or in bulk boxes? This changes our packaging quote.\n\n"
    "Best regards / Saygılarımla,\nBurak"
    + sig("Burak Yıldız", "Export Sales Engineer", EGE, "+90 232 376 41 18"),
)
case("c02_supplier_question", [],
     "supplier asks whether the 480 series pieces have a go-ahead; a question, not an approval",
     [("RE_PO_4510-2231_FAI_status.eml", eml_bytes(_c02))])

# c03: labelled forecast on a buyer portal.
_c03_body = (
    "<h2>Alpenlift AG — Supplier Portal</h2>\n"
    "<p>Supplier: Pune Cable Harness Pvt. Ltd. (vendor 700418) · Page: Demand forecast · "
    "Generated 02.05.2024 07:00 CET</p>\n"
    "<div class=\"note\"><b>FORECAST — FOR PLANNING ONLY.</b> This rolling forecast is not a "
    "purchase order. It does not authorize production and it does not authorize material "
    "purchases. Quantities are ordered and released only by individual call-offs.</div>\n"
    + table_html([
        ["Part no.", "Description", "Jul 2024", "Aug 2024", "Sep 2024", "Q4 2024", "Total (forecast)"],
        ["AL-HR-2040-03", "Car-top harness, 18 m, LSZH", "120", "140", "160", "450", "870"],
        ["AL-HR-2060-01", "Door-operator harness DOC-3", "80", "80", "90", "260", "510"],
        ["AL-HR-2100-02", "Landing-call harness, per floor", "1.200", "1.350", "1.400", "3.900", "7.850"],
    ])
    + "\n<p>Forecast accuracy last quarter: 87 %. Questions on the forecast: "
    "supply.planning@alpenlift.ch.</p>\n"
    "<p style=\"font-size:11px;color:#666\">Alpenlift AG · Industriestrasse 14 · 8952 Schlieren · "
    "CHE-104.228.961 MWST</p>"
)
case("c03_portal_forecast", [],
     "buyer portal forecast clearly labelled planning-only, no authorization",
     [("forecast_700418.html", html_page("Alpenlift Supplier Portal – Forecast", _c03_body))])

# c04: FAI signed off for fit/dimensions only; production explicitly not released. DOCX form attached.
_c04_text = (
    "Dear Mr Dvořák,\n\n"
    "thank you for the 2 first-article landing door sets (PO 4700-0192), which arrived in good "
    "condition at our test tower in Schlieren on Monday.\n\n"
    "Our quality team has completed the dimensional check and the fit check in test shaft 3. "
    "The FAI report FAI-0192-01 is signed off for dimensions and fit only. This sign-off does not "
    "release the remaining 94 sets of the PO.\n\n"
    "Production of the 94 sets stays on hold until both of the following are done:\n"
    "  1. the EN 81-20 type-test certificate for the 2-panel centre-opening version is on file "
    "with us, and\n"
    "  2. you have received a written production release signed by me.\n"
    "Please do not book steel or powder-coating capacity for the series before that.\n\n"
    "Two remarks from the fit check, for the next revision of your drawing:\n"
    "  - sill groove depth measured 0.4 mm below nominal on set 2 (within tolerance, but close);\n"
    "  - the door-lock bracket label is in Czech only; we need DE/FR/IT for Switzerland.\n\n"
    "The completed sign-off form is attached.\n\n"
    "Freundliche Grüsse / Kind regards\nReto Baumann"
    + sig("Reto Baumann", "Head of Procurement", ALPEN, "+41 44 733 18 20")
)
_c04_form = docx_bytes([
    ("h1", "First Article Sign-off Form FAI-0192-01"),
    ("table", [
        ["Field", "Entry"],
        ["Supplier", "Moravia Door Systems s.r.o."],
        ["Part", "Landing door set LD-2, 900 × 2100, drawing AL-LD2-0900 Rev F"],
        ["PO", "4700-0192 (2 first-article sets)"],
        ["Scope of check", "Dimensions (42 characteristics), fit in test shaft 3"],
        ["Disposition", "Signed off — dimensions and fit only"],
        ["Production", "Not released. 94 sets on hold (see e-mail of R. Baumann)"],
        ["Checked by", "S. Gerber, Quality Engineer, 06.05.2024"],
    ]),
    ("p", "Open points: sill groove depth close to lower tolerance (set 2); label languages."),
], author="S. Gerber")
_c04 = mail(
    "Reto Baumann <reto.baumann@alpenlift.ch>",
    "Petr Dvořák <dvorak@moravia-doors.cz>",
    "PO 4700-0192 – FAI landing doors LD-2: result",
    "Wed, 08 May 2024 16:05:00 +0200",
    _c04_text, html=text_to_html(_c04_text),
    cc="Silvia Gerber <silvia.gerber@alpenlift.ch>",
    attachments=[("FAI-0192-01_signoff.docx", _c04_form, DOCX_MT)],
)
case("c04_fai_fit_only", [],
     "FAI signed off for fit only; 94 sets on hold until type-test certificate and written release "
     "by Reto Baumann",
     [("FAI_result_PO_4700-0192.eml", eml_bytes(_c04))])

# c05: full-quantity PO; "proceed" with the whole quantity, no balance.
case("c05_full_po_hk", [],
     "full-quantity PO (24 sets + 24 sills) says proceed with all; no balance exists",
     [("HV-PO-24-0388.pdf", pdf([
         ("h1", "PURCHASE ORDER HV-PO-24-0388"),
         ("p", f"Buyer: {HARBOUR} · Unit 1203, 38 Hung To Road, Kwun Tong, Kowloon"),
         ("p", f"Supplier: {FOSHAN} · Vendor code V-0417"),
         ("p", "PO date: 02 May 2024 · Currency: HKD · Delivery: site delivery to Tower 2, "
               "38 Tai Yip Street, Kowloon Bay, in per-floor kits (G/F to 23/F)"),
         ("table", [
             ["Line", "Part no.", "Description", "Qty", "Unit", "Unit price", "Amount"],
             ["1", "HV-LD-2400-118", "Landing door set, side opening 2S, 1000 × 2100, "
              "hairline SUS304, drawing HV-LD-2400-118 Rev 3", "24", "set", "6,850.00", "164,400.00"],
             ["2", "HV-SL-1000-02", "Aluminium door sill, 1000 mm, anodised", "24", "pc",
              "420.00", "10,080.00"],
             ["", "", "", "", "", "Total HKD", "174,480.00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO covers the full quantity for Tower 2; there is no further phase "
               "and no balance. Please proceed with manufacture of all 24 landing door sets and "
               "24 sills as per your quotation FJ-Q-2404-17 Rev 2."),
         ("p", "Standards: EN 81-20:2020 / EN 81-50:2020 and the Hong Kong Code of Practice for "
               "Lift Works and Escalator Works (2019 edition). Type-test certificate copy to "
               "accompany the first delivery."),
         ("p", "Delivery: 3 floors per truck, weeks 27–30, site contact Mr Wong Chi-keung "
               "+852 9123 4471. Payment: 60 days after delivery of each kit."),
         ("p", "Authorised by: Kelvin Chan, Procurement Manager"),
     ], title="PO HV-PO-24-0388", author="Kelvin Chan"))])

# c06: call-off with per-floor table and an explicit staged material authority above the released
# quantity, plus the supplier's acknowledgement. Two files, one bundle.
_c06_rows = [["Etage / floor", "Landing door kit", "Qty", "Status"]]
for fl in ["EG", "1.OG", "2.OG", "3.OG"]:
    _c06_rows.append([fl, "LT-K 800 × 2000, RAL 7035", "1", "released (CO-07)"])
for fl in ["4.OG", "5.OG", "6.OG", "7.OG", "8.OG", "9.OG", "10.OG", "11.OG"]:
    _c06_rows.append([fl, "LT-K 800 × 2000, RAL 7035", "1", "not released"])
case("c06_calloff_staged_material", [],
     "call-off releases 4 kits; explicit staged material authority for 12; 8 kits not released "
     "until CO-08 by Frank Wegener; supplier ack restates it",
     [("Abruf_CO-07_RA-FW-2024-03.pdf", pdf([
         ("h1", "ABRUF / CALL-OFF CO-07"),
         ("p", f"{RHEIN} · Framework order RA-FW-2024-03 · Supplier: {OSTRAVA}"),
         ("p", "Object: Modernisierung Wohnanlage Ehrenfeld, Haus C, Aufzug 1 — landing door "
               "kits per floor."),
         ("table", _c06_rows),
         ("sp",),
         ("p", "Released with this call-off: 4 landing door kits (floors EG to 3.OG)."),
         ("p", "Not released: floors 4.OG to 11.OG (8 kits). They will be released only by "
               "call-off CO-08, signed by Frank Wegener (Einkaufsleiter), after the site "
               "acceptance of floors EG to 3.OG."),
         ("p", "Material authority: staged. You may buy and cut sheet steel for up to 12 kits "
               "(all floors of Haus C) at our liability. Forming, welding and painting only for "
               "the 4 released kits."),
         ("p", "Köln, 02.05.2024 — Frank Wegener, Einkaufsleiter"),
     ], title="Call-off CO-07", author="Frank Wegener")),
      ("OK_confirmation_CO-07.txt",
       "OSTRAVA KABINY A.S.            POTVRZENI OBJEDNAVKY / ORDER CONFIRMATION\n"
       "--------------------------------------------------------------------------\n"
       "CUSTOMER : RHEINAUFZUG MODERNISIERUNG GMBH      CALL-OFF : CO-07\n"
       "FRAMEWORK: RA-FW-2024-03                         DATE     : 03.05.2024\n"
       "--------------------------------------------------------------------------\n"
       "POS  ITEM                          QTY   STATUS\n"
       "010  LT-K 800X2000 RAL 7035         4    IN PRODUCTION (EG-3.OG)\n"
       "020  LT-K 800X2000 RAL 7035         8    NOT RELEASED (4.OG-11.OG)\n"
       "--------------------------------------------------------------------------\n"
       "MATERIAL: SHEET STEEL DC01 1,5 MM FOR 12 KITS PURCHASED UNDER YOUR STAGED\n"
       "MATERIAL AUTHORITY (CO-07). NO FORMING/WELDING BEYOND 4 KITS.\n"
       "POS 020 WILL START ONLY AFTER CALL-OFF CO-08 SIGNED BY MR F. WEGENER.\n"
       "--------------------------------------------------------------------------\n"
       "ZPRACOVAL / PREPARED BY: J. NOVAK, PLANOVANI VYROBY   TEL +420 596 118 230\n")])

# c07: explicit recorded auto-conversion: quantity, signer and conditions named.
case("c07_auto_conversion_agreement", [],
     "explicit recorded auto-conversion naming quantity 195, signer Anna Korhonen, conditions; "
     "release authority Mikko Virtanen",
     [("TA-2024-11_DOC-3_controllers.docx", docx_bytes([
         ("h1", "Technical Agreement TA-2024-11"),
         ("p", "Door-operator controllers DOC-3 for the Helsinki modernisation programme"),
         ("p", f"Buyer: {LAAKSO}. Supplier: {APB}."),
         ("h", "1. Samples"),
         ("p", "Purchase order 4510-2290 covers 5 sample controllers DOC-3, firmware 2.14, with "
               "the FAI report and the EMC test report per EN 12015 / EN 12016. Only these 5 "
               "controllers are released now. The 195 series controllers are not released "
               "until the conditions in section 2 are met."),
         ("h", "2. Recorded auto-conversion"),
         ("p", "The parties agree an auto-conversion: when Anna Korhonen (Quality Lead, Laakso) "
               "signs the FAI report for the 5 sample controllers with the disposition "
               "\"approved\" and no open deviations, 195 series controllers are released for "
               "production on the date of her signature, without a further release document. "
               "The supplier receives the signed FAI report by e-mail, and that signed report is "
               "the release record."),
         ("p", "If the disposition is interim or rejected, nothing beyond the 5 samples is "
               "released. Any quantity above 195 needs a separate written release from Mikko "
               "Virtanen."),
         ("h", "3. Material"),
         ("p", "Material authority is sample-only until the FAI report is signed as in section 2."),
         ("h", "4. Signatures"),
         ("table", [
             ["Role", "Name", "Date"],
             ["Release authority (limit EUR 150,000)", "Mikko Virtanen, Category Manager", "02.05.2024"],
             ["Quality Lead (FAI signer)", "Anna Korhonen", "02.05.2024"],
             ["Supplier", "Giulia Ferri, Key Account Manager, APB", "03.05.2024"],
         ]),
     ], author="Mikko Virtanen"))])

# c08: PO for 20 sample sets; the old quote is forwarded as message/rfc822 and declared informational.
_c08_old = mail(
    "Marco Bellandi <m.bellandi@pulsantimilano.it>",
    "Lucía Fernández <lfernandez@ascensoreslevante.es>",
    "Offerta PM-24-0311 – pulsantiere LOP/COP serie Braille halo blu",
    "Thu, 14 Mar 2024 11:20:00 +0100",
    "Buongiorno Lucía,\n\n"
    "as promised, our offer for the push-button sets with Braille and blue halo ring:\n\n"
    "  - sample sets (LOP + COP), 20 sets ......... EUR 38,00 / set\n"
    "  - production sets, 2.000 sets ............. EUR 21,40 / set\n"
    "  - lead time production: 6 weeks from your order\n\n"
    "Buttons comply with EN 81-70 (accessibility) and EN 81-20 5.12. Prices ex works Milano.\n\n"
    "Cordiali saluti,\nMarco Bellandi\nUfficio Commerciale, Pulsanti Milano S.r.l.\n",
)
_c08_text = (
    "Buenos días Marco,\n\n"
    "as discussed by phone, attached is our PO 2024-0617 for the 20 sample push-button sets "
    "(LOP + COP, Braille, blue halo). Only these 20 sample sets are ordered and released.\n\n"
    "Below I forward your offer mail from March, because your new colleague in planning asked for "
    "the prices. The 2.000 sets in that offer are for information only and are not released. The "
    "production quantity will be released only after our engineering signs off the samples and "
    "you receive a written release from me.\n\n"
    "Material authority: sample-only. Please do not buy brass or LED rings for the production "
    "sets.\n\n"
    "Delivery of the samples to our warehouse in Paterna, please; contact Javier in receiving, "
    "+34 961 322 874.\n\n"
    "Un saludo,\nLucía"
    + sig("Lucía Fernández", "Jefa de Compras", LEVANTE, "+34 961 322 870")
)
_c08 = mail(
    "Lucía Fernández <lfernandez@ascensoreslevante.es>",
    "Marco Bellandi <m.bellandi@pulsantimilano.it>",
    "PO 2024-0617 – 20 sample push-button sets (FW: Offerta PM-24-0311)",
    "Thu, 02 May 2024 09:31:00 +0200",
    _c08_text,
    attachments=[("rfc822", _c08_old)],
)
case("c08_fwd_old_offer_info", [],
     "PO for 20 samples; forwarded old offer's 2,000 declared information only and not released; "
     "event and Lucía Fernández named",
     [("PO_2024-0617_samples.eml", eml_bytes(_c08))])

# c09: quoted supplier assumption of auto-conversion, corrected by the buyer's reply.
_c09_text = (
    "Dear Lily,\n\n"
    "thank you for the photos, the mock-up cabin looks very good, especially the ceiling.\n\n"
    "To be clear on one point in your mail below: the consultant's sign-off on the mock-up does "
    "not release the other cabins. PO GVT-PO-2291 covers the mock-up cabin only (1 set). The 13 "
    "remaining cabins stay on hold until you receive a written release from me, which I will "
    "send only after the consultant has signed off the mock-up. No steel, no laminate and no "
    "mirror stainless for the 13 cabins before that, please.\n\n"
    "The consultant visit is planned for 21 May at your factory; Imran will confirm the time.\n\n"
    "Best regards,\nRashid"
    + sig("Rashid Al Mansoori", "Procurement Manager", GVT, "+971 4 338 2290")
    + "\n\n-----Original Message-----\n"
    "From: Lily Zhang <lily.zhang@hengda-cabin.cn>\n"
    "Sent: Monday, 13 May 2024 17:12\n"
    "Subject: GVT-PO-2291 mock-up cabin finished\n\n"
    + q("Dear Rashid,\n\n"
        "mock-up cabin is finished, please see the photos attached (6 pcs). Once consultant "
        "approves, we will roll directly into the other 13 cabins to keep your handover date.\n\n"
        "Best regards\nLily Zhang\nSales Manager, Suzhou Hengda Cabin Co., Ltd.")
)
_c09 = mail(
    "Rashid Al Mansoori <rashid.almansoori@gulfvertical.ae>",
    "Lily Zhang <lily.zhang@hengda-cabin.cn>",
    "RE: GVT-PO-2291 mock-up cabin finished",
    "Tue, 14 May 2024 08:47:00 +0400",
    _c09_text,
    cc="Imran Qureshi <imran.q@gulfvertical.ae>",
    in_reply_to="<h69-lily-0513@hengda-cabin.cn>",
)
case("c09_reply_corrects_rollover", [],
     "quoted supplier assumes auto-conversion; buyer's reply corrects it: 1 mock-up only, 13 on hold "
     "until written release from Rashid after consultant sign-off",
     [("RE_GVT-PO-2291_mockup.eml", eml_bytes(_c09))])

# c10: supplier says the deposit does not release production; proforma PDF attached.
_c10_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-RF-2405-031 (updated)"),
    ("p", f"Seller: {NINGBO}"),
    ("p", f"Buyer: {HARBOUR} · Your PO: HV-PO-24-0412"),
    ("table", [
        ["No.", "Description", "Qty", "Unit USD", "Amount USD", "Status"],
        ["1", "Door-operator harness DH-7, sample sets", "10 sets", "38.50", "385.00", "in production"],
        ["2", "Door-operator harness DH-7, series", "290 sets", "24.90", "7,221.00",
         "not released – awaiting buyer's written release"],
        ["", "", "", "Total", "7,606.00", ""],
        ["", "Deposit 30 % received 06 May 2024", "", "", "-2,281.80", ""],
    ]),
    ("sp",),
    ("p", "Remark: the deposit is a payment term only. It does not release production of item 2."),
    ("p", "Bank: Bank of Ningbo, Jiangbei Sub-branch, SWIFT BKNBCN2N."),
], title="PI-RF-2405-031", author="Ningbo Ruifeng")
_c10 = mail(
    "Coco Wu <coco.wu@ruifeng-harness.com>",
    "Kelvin Chan <kelvin.chan@harbourvertical.com.hk>",
    "HV-PO-24-0412 deposit received / updated PI",
    "Mon, 06 May 2024 15:20:00 +0800",
    "Dear Kelvin,\n\n"
    "we received your 30% deposit today, thank you very much.\n\n"
    "Please note: the deposit does not release production. Under PO HV-PO-24-0412 we are making "
    "the 10 sample harness sets only. The 290 series sets stay on hold until your FAI sign-off "
    "and a written release from you. We have not bought cable or connectors for the series.\n\n"
    "Samples will be ready 20 May; we will send by DHL with the FAI report (pull-test and "
    "continuity results).\n\n"
    "Updated proforma attached.\n\n"
    "Best regards,\nCoco Wu\nSales, Ningbo Ruifeng Wire Harness Co., Ltd.\nTel +86 574 8735 2261\n",
    attachments=[("PI-RF-2405-031.pdf", _c10_pi, PDF_MT)],
)
case("c10_deposit_not_release", [],
     "supplier: deposit does not release production; 10 samples only, 290 on hold; proforma labels "
     "the 290 not released",
     [("HV-PO-24-0412_deposit.eml", eml_bytes(_c10))])

# c11: supplier acknowledgement restating the hold, TXT.
case("c11_ack_restates_hold", [],
     "supplier acknowledgement restates scope: 25 samples released, 975 on hold until FAI sign-off "
     "and written release by Lukas Meier",
     [("OA-24-298_Alpenlift.txt",
       "PUNE CABLE HARNESS PVT. LTD.\n"
       "Plot 41, MIDC Chakan Phase II, Pune 410501, India   GSTIN 27AAHCP4418K1ZQ\n"
       "==========================================================================\n"
       "                       ORDER ACKNOWLEDGEMENT OA-24-298\n"
       "==========================================================================\n"
       "Customer     : Alpenlift AG, Schlieren (CH)      Vendor no. : 700418\n"
       "Your PO      : 4700-0233 dt. 02.05.2024           OA date    : 04.05.2024\n"
       "--------------------------------------------------------------------------\n"
       "Ln  Part no.         Description                 Qty     UoM  Unit CHF\n"
       "10  AL-HR-2040-03 B  Car-top harness 18m LSZH     25     SET   61.40\n"
       "                     SAMPLE / FAI LOT\n"
       "--------------------------------------------------------------------------\n"
       "Scope as per your PO note (acknowledged):\n"
       " - Only 25 sample sets are released.\n"
       " - Balance 975 sets NOT released. On hold until your FAI sign-off and a\n"
       "   written production release from Mr. Lukas Meier (Purchasing Manager).\n"
       " - We shall not procure cable, terminals or connectors beyond 25 sets.\n"
       "Delivery of samples: 31.05.2024, DAP Schlieren, with FAI report (IPC/WHMA-A-620\n"
       "Class 2 workmanship, 100% continuity and hipot test records).\n"
       "--------------------------------------------------------------------------\n"
       "For Pune Cable Harness Pvt. Ltd.\n"
       "Sd/- Ramesh Kulkarni, Manager - Customer Service   +91 20 6790 4412\n"
       "This is a computer generated document.\n")])

# c12: full-quantity ERP PO with identifiers that look like quantities.
case("c12_erp_full_qty_ids", [],
     "ERP PO, full quantities, no balance; identifiers (EN 81-20:2020, ISO 7465:2007, 5000 mm, "
     "part 5000-240-89, Rev 12) are not quantities",
     [("RA-4511-0092_print.txt",
       "RHEINAUFZUG MODERNISIERUNG GMBH                           BESTELLUNG / PURCHASE ORDER\n"
       "Mathias-Brüggen-Str. 88, 50829 Köln                      Nr. RA-4511-0092  Seite 1/1\n"
       "-------------------------------------------------------------------------------------\n"
       "Lieferant: KOCAELI RAY SANAYI A.S., GEBZE (TR)     Lief.-Nr. 30221   Datum 02.05.2024\n"
       "Objekt   : Modernisierung Bürohaus Deutz, Aufzug 2/3  Incoterms DAP Köln\n"
       "-------------------------------------------------------------------------------------\n"
       "Pos Material       Bezeichnung                                Menge ME   Preis EUR\n"
       "010 5000-240-89    Führungsschiene T89/B, L=5000 mm            16   ST      182,00\n"
       "                   EN 81-20:2020, ISO 7465:2007, Zchg. 5000-240 Rev 12\n"
       "020 5000-241-89    Laschen / fishplates T89                    14   ST       23,50\n"
       "030 5000-310-02    Schienenbügel / rail bracket 250 mm         32   ST       17,80\n"
       "-------------------------------------------------------------------------------------\n"
       "                                                   Gesamt netto EUR         4.053,60\n"
       "HINWEIS: FULL ORDER QUANTITY. NO FURTHER CALL-OFF PLANNED FOR THIS OBJECT.\n"
       "         MANUFACTURE ALL POSITIONS AS ORDERED. 3.1 CERTIFICATE EN 10204 REQUIRED.\n"
       "Liefertermin: KW 24/2024     Zahlung: 45 Tage netto\n"
       "Besteller: S. Roth, Einkauf, Tel. +49 221 59 73 114\n"
       "-------------------------------------------------------------------------------------\n"
       "Es gelten unsere Allgemeinen Einkaufsbedingungen, Stand 01/2024.\n")])

# c13: WhatsApp with site supervisor and supplier; scoped go-ahead and next call-off named.
case("c13_whatsapp_scoped_goahead", [],
     "chat: go ahead with 6 frames for F3-F5 only; F6-F23 not released until next call-off from "
     "Kelvin after shaft survey",
     [("WhatsApp_Chat_T2_TaiYip_Lifts.txt", chat_export([
         ("09/05/2024", "08:02", "Ah Wing (Site)", "Morning. F3 F4 F5 shaft ready, plaster done, "
          "can take landing door frames next week"),
         ("09/05/2024", "08:05", "Ah Wing (Site)", "<image omitted>"),
         ("09/05/2024", "08:21", "Kelvin Chan", "Thanks Ah Wing 👍"),
         ("09/05/2024", "08:24", "Kelvin Chan", "Jason, go ahead with the 6 landing door frames "
          "for F3, F4, F5 only (2 per floor, lift A + B). F6 to F23 not released yet – you will "
          "get the next call-off from me once site confirms the shaft survey for F6-F12. Pls "
          "don't start those."),
         ("09/05/2024", "08:40", "Jason Lau (Foshan Jiarui)", "Noted Kelvin, 6 frames only for "
          "F3-F5. Will wait your call-off for the rest. Delivery Tue 14/5 ok?"),
         ("09/05/2024", "08:41", "Ah Wing (Site)", "Tue ok, before 11am pls, tower crane "
          "booked afternoon"),
         ("09/05/2024", "08:43", "Jason Lau (Foshan Jiarui)", "OK 👌"),
     ]))])


# ------------------------------------------------------------------- batch 2: clean c14-c25

# c14: full release of the balance after sign-off; nothing remains on hold.
case("c14_full_release_docx", [],
     "written production release of the full balance (94 sets, lots sum to 94); unlock events "
     "recorded; nothing remains on hold",
     [("PR-2024-017_Produktionsfreigabe.docx", docx_bytes([
         ("h1", "Production Release PR-2024-017"),
         ("p", f"From: {ALPEN}. To: {MORAVIA}."),
         ("p", "Order: landing door sets LD-2, 900 × 2100, PO 4700-0192 (2 first-article sets "
               "+ 94 series sets). Project: Zürich-Oerlikon, Binzmühlestrasse residential "
               "modernisation."),
         ("h", "Unlock events"),
         ("li", "FAI report FAI-0192-01 signed off on 06.05.2024 (dimensions, fit)."),
         ("li", "FAI report FAI-0192-02 (re-check of sill groove, labels DE/FR/IT) signed off on "
                "11.06.2024."),
         ("li", "EN 81-20 type-test certificate TC-81-2291 received on 14.06.2024."),
         ("h", "Released quantity"),
         ("p", "With this release, 94 landing door sets are released for production, in three "
               "lots as below. After this release the full PO quantity of 96 sets is released; "
               "nothing remains on hold."),
         ("table", [
             ["Lot", "Buildings", "Sets", "Delivery (site)"],
             ["1", "Haus A + B", "30", "KW 31"],
             ["2", "Haus C + D", "32", "KW 34"],
             ["3", "Haus E + F", "32", "KW 37"],
             ["Total", "", "94", ""],
         ]),
         ("p", "Material authority: for the 94 released sets."),
         ("p", "Released by: Reto Baumann, Head of Procurement (release authority up to "
               "CHF 250,000), 17.06.2024. Second signature: Daniel Frei, CFO."),
     ], author="Reto Baumann"))])

# c15: supplier portal status page, supplier restates released vs on hold.
_c15_body = (
    "<h2>Ostrava Kabiny a.s. — Customer order status</h2>\n"
    "<p>Customer: Rheinaufzug Modernisierung GmbH · Your PO: RA-4511-0088 · Our order: "
    "SO-24-1177 · Status as of 15.05.2024</p>\n"
    + table_html([
        ["Item", "Description", "PO quantity (commercial)", "Released for production",
         "On hold (not released)", "Produced", "Shipped"],
        ["10", "Car door panel 2-panel CO, 700 × 2000, RAL 9006", "40", "4", "36", "4", "0"],
    ])
    + "\n<div class=\"note\">The 36 panels on hold are not released. They will be released only by "
    "a written call-off from Mr Frank Wegener (Rheinaufzug) after the site acceptance of the "
    "first 4 panels. No material has been bought for them.</div>\n"
    "<p>Next shipment: 4 panels, truck 22.05.2024, DAP Köln. Contact: Jana Nováková, "
    "+420 596 118 231.</p>"
)
case("c15_supplier_portal_status", [],
     "supplier status page: 4 released, 36 on hold until written call-off from Frank Wegener after "
     "site acceptance",
     [("SO-24-1177_status.html", html_page("Order status SO-24-1177", _c15_body))])

# c16: two files: buyer PO (TXT) + supplier quote (PDF); quote's series figure declared
# informational and not released in the PO.
case("c16_po_plus_quote_files", [],
     "PO releases 4 sample operators; quote's 60 series sets declared information only and on hold "
     "until type test and written release by Mikko Virtanen",
     [("PO_4510-2301.txt",
       "HISSITEKNIIKKA LAAKSO OY          OSTOTILAUS / PURCHASE ORDER 4510-2301\n"
       "Tikkurilantie 136, 01530 Vantaa   Date 02.05.2024   Page 1\n"
       "----------------------------------------------------------------------\n"
       "Supplier : Automazioni Porte Brescia S.r.l.  (vendor 20388)\n"
       "Ref.     : your quotation Q-APB-24-088 of 22.04.2024 (separate file)\n"
       "----------------------------------------------------------------------\n"
       "Line  Item            Description                    Qty  Unit  EUR/unit\n"
       "10    APB-DO-3-0900   Door operator DOC-3, 900 mm      4  pcs    1 240,00\n"
       "                      SAMPLE / type-test units\n"
       "----------------------------------------------------------------------\n"
       "SCOPE NOTE\n"
       "Released now: 4 sample door operators (line 10).\n"
       "Your quotation lists a series quantity of 60 sets. That figure is for\n"
       "information only and is not released. The 60 series sets are on hold until\n"
       "the type test on our test tower in Vantaa (EN 81-20 5.3.6, EN 81-50) is\n"
       "passed and Mikko Virtanen, Category Manager, releases them in writing.\n"
       "Material authority: sample-only.\n"
       "----------------------------------------------------------------------\n"
       "Delivery: DAP Vantaa, week 23. Payment 30 days net.\n"
       "Buyer: Elina Koskinen, +358 20 741 5530\n"),
      ("Q-APB-24-088.pdf", pdf([
          ("h1", "OFFERTA / QUOTATION Q-APB-24-088"),
          ("p", f"{APB} · P.IVA IT03318840172"),
          ("p", f"Customer: {LAAKSO} · attn. Elina Koskinen"),
          ("table", [
              ["Pos.", "Description", "Qty", "Unit price EUR", "Delivery"],
              ["1", "Door operator DOC-3, 900 mm, sample / type-test units", "4", "1.240,00",
               "5 weeks"],
              ["2", "Door operator DOC-3, 900 mm, series", "60", "985,00", "7 weeks from release"],
              ["3", "Commissioning support on site (per day)", "1", "780,00", "on request"],
          ]),
          ("p", "Validity 90 days. Warranty 24 months from installation, max. 30 months from "
                "delivery. Brescia, 22.04.2024 — Giulia Ferri, Key Account Manager"),
      ], title="Q-APB-24-088", author="Giulia Ferri"))])

# c17: interim sample disposition with quantity and date limits (HTML portal page).
_c17_body = (
    "<h2>Ascensores Levante — Supplier Quality Portal</h2>\n"
    "<h3>Sample disposition SD-24-031</h3>\n"
    + table_html([
        ["Field", "Value"],
        ["Supplier", "Pulsanti Milano S.r.l."],
        ["Part", "LOP push-button fixture PM-LOP-2B, Braille, blue halo"],
        ["PO", "2024-0655 (commercial cover 600 sets)"],
        ["Disposition", "INTERIM"],
        ["Deviation", "DEV-24-012: halo colour 470 nm instead of 465 nm"],
        ["Limit — quantity", "150 sets"],
        ["Limit — date", "31.07.2024"],
        ["Signed by", "Pablo Serrano, Ingeniero de Calidad, 16.05.2024"],
    ])
    + "\n<div class=\"note\">Interim sign-off with limits: up to 150 of the 600 sets may be "
    "manufactured and shipped until 31.07.2024, with the halo colour deviation DEV-24-012 accepted "
    "for these 150 sets only. The remaining 450 sets are not released. They are released only "
    "after full sign-off of the re-submitted samples and a written release from Lucía Fernández "
    "(Jefa de Compras).</div>\n"
    "<p>Re-submission due: 20.06.2024, 5 sets, with spectrometer readings.</p>"
)
case("c17_interim_disposition", [],
     "interim disposition: 150 sets until 31.07; 450 not released until full sign-off and written "
     "release by Lucía Fernández",
     [("SD-24-031.html", html_page("Sample disposition SD-24-031", _c17_body, lang="en"))])

# c18: framework order that authorizes nothing; annual volume labelled non-binding forecast.
case("c18_framework_no_authority", [],
     "framework order grants no production authority; 6,000 is labelled non-binding forecast; "
     "call-offs signed by named people",
     [("RA-FW-2024-05_Rahmenvertrag.docx", docx_bytes([
         ("h1", "Rahmenvertrag / Framework Order RA-FW-2024-05"),
         ("p", f"Between {RHEIN} (buyer) and {KOCAELI} (supplier)."),
         ("p", "Subject: rail brackets and fishplates for guide rails T89/B and T127-2/B, "
               "for modernisation projects in NRW, term 01.06.2024 – 31.05.2025."),
         ("h", "1. Nature of this framework order"),
         ("p", "This framework order fixes prices, packaging and terms. It does not authorize "
               "production and it does not authorize material purchases. Production is "
               "authorized only by individual call-offs. Each call-off states the quantity "
               "released and is signed by Frank Wegener (Einkaufsleiter) or by Sabine Roth "
               "(Einkäuferin)."),
         ("h", "2. Volume"),
         ("p", "Estimated annual volume: 6,000 rail brackets — a non-binding forecast for "
               "capacity planning only. It is not a purchase commitment."),
         ("h", "3. Prices"),
         ("table", [
             ["Article", "Description", "EUR / pc"],
             ["5000-310-02", "Rail bracket 250 mm, hot-dip galvanised", "17,80"],
             ["5000-310-03", "Rail bracket 400 mm, hot-dip galvanised", "21,20"],
             ["5000-241-89", "Fishplate T89", "23,50"],
             ["5000-241-27", "Fishplate T127", "31,90"],
         ]),
         ("h", "4. Delivery"),
         ("p", "DAP Köln or direct to site, per call-off. Lead time 4 weeks from call-off."),
         ("p", "Köln / Gebze, 02.05.2024 — Frank Wegener · Mehmet Aydın, Genel Müdür"),
     ], author="Frank Wegener"))])

# c19: long quoted thread; buyer's latest message releases lot 1 with full scope.
_c19_chain = (
    "From: Burak Yıldız <burak.yildiz@egepanel.com.tr>\n"
    "Sent: Monday, 27 May 2024 16:40\n"
    "To: Sofía García\n"
    "Subject: RE: PO 2024-0588 – COP panels Residencial Marina – FAI\n\n"
    "Dear Sofía,\n\nFAI report FAI-LEV-0441 for the 8 COP panels attached; CMM data and "
    "photos of the engraving in the annex. All 64 characteristics in tolerance. The panels go "
    "out on Wednesday with Ekol, 2 pallets.\n\nBest regards\nBurak\n\n"
    "-----\n"
    "From: Sofía García\nSent: Friday, 10 May 2024 12:05\nTo: Burak Yıldız\n"
    "Subject: RE: PO 2024-0588 – COP panels Residencial Marina\n\n"
    "Hola Burak,\n\nfine for the hairline direction, vertical as on your sketch. The "
    "pictograms must be tactile (EN 81-70 Annex G). Thanks.\n\nSofía\n\n"
    "-----\n"
    "From: Sofía García\nSent: Thursday, 2 May 2024 09:10\nTo: Burak Yıldız\n"
    "Subject: PO 2024-0588 – COP panels Residencial Marina\n\n"
    "Hola Burak,\n\nattached PO 2024-0588. Scope: the PO covers 8 FAI panels, which are "
    "released now, and 192 series panels, which are not released. The series is released only "
    "after our FAI sign-off, by written release from me, in lots that follow the site "
    "programme.\nMaterial authority: FAI panels only.\n\nSofía García\nJefa de Compras, "
    "Ascensores Levante S.L."
)
_c19_text = (
    "Hola Burak,\n\n"
    "FAI report FAI-LEV-0441 for the 8 COP panels is signed off, no deviations. Thank you, good "
    "work.\n\n"
    "With this email I release lot 1: 40 COP panels for Residencial Marina, floors 0 to 9, "
    "lifts A to D (one panel per lift and floor).\n\n"
    "The remaining 152 series panels of PO 2024-0588 are not released. They will be released "
    "after the site acceptance of lot 1, by a written release from me.\n\n"
    "Material authority: for the 40 panels of lot 1.\n\n"
    "Delivery of lot 1 to the site in Valencia (Av. del Puerto 211) in per-floor kits, weeks "
    "26–27; site contact Andrés Molina, +34 629 118 403.\n\n"
    "Un saludo,\nSofía"
    + sig("Sofía García", "Jefa de Compras", LEVANTE, "+34 961 322 871")
    + "\n" + q(_c19_chain)
)
_c19 = mail(
    "Sofía García <sgarcia@ascensoreslevante.es>",
    "Burak Yıldız <burak.yildiz@egepanel.com.tr>",
    "RE: PO 2024-0588 – COP panels Residencial Marina – FAI",
    "Tue, 28 May 2024 10:15:00 +0200",
    _c19_text, html=text_to_html(_c19_text),
    in_reply_to="<h69-burak-0527@egepanel.com.tr>",
)
case("c19_thread_lot1_release", [],
     "long thread: FAI signed off; lot 1 of 40 released; 152 not released until lot-1 site "
     "acceptance and written release by Sofía García",
     [("RE_PO_2024-0588_FAI.eml", eml_bytes(_c19))])

# c20: supplier weekly status report (TXT), series not started, not released.
case("c20_supplier_weekly_status", [],
     "supplier status report: samples done, 94 series sets not started and not released; "
     "no series material",
     [("Status_KW23_Alpenlift.txt",
       "MORAVIA DOOR SYSTEMS s.r.o. - WEEKLY STATUS REPORT - KW 23/2024\n"
       "Customer: Alpenlift AG      PO: 4700-0192      Prepared: P. Dvorak\n"
       "======================================================================\n"
       "1. FIRST ARTICLE (2 sets)     finished, shipped KW 18, FAI-0192-01 signed\n"
       "                              off by customer for dimensions/fit only\n"
       "2. FAI RE-CHECK               sill groove re-measured: 12.1 / 12.0 mm\n"
       "                              (nominal 12.0 +0.3/-0.5); labels DE/FR/IT done\n"
       "3. SERIES (94 sets)           NOT STARTED - NOT RELEASED.\n"
       "                              Waiting for written production release from\n"
       "                              Alpenlift (Mr R. Baumann) after type-test\n"
       "                              certificate TC-81-2291 is on file.\n"
       "4. MATERIAL                   sample-only. No series steel ordered.\n"
       "5. CAPACITY                   press brake slot KW 29-31 pencilled, can be\n"
       "                              moved without cost until KW 26.\n"
       "======================================================================\n"
       "Next report: KW 24.\n")])

# c21: PO (PDF) with an explicit staged material authority above the released quantity; e-mail.
_c21_po = pdf([
    ("h1", "PURCHASE ORDER GVT-PO-2298"),
    ("p", f"Buyer: {GVT} · Al Quoz Industrial 3, Dubai"),
    ("p", f"Supplier: {KOCAELI} · Vendor 5112"),
    ("p", "Project: Al Barsha Heights, 11 lifts (Towers A and B) · Date: 02 May 2024"),
    ("table", [
        ["Line", "Description", "Qty", "Scope", "Unit USD"],
        ["10", "Guide rail T127-2/B, 5 m, machined, EN 81-20", "24 lengths", "RELEASED (shaft 1)", "212.00"],
        ["20", "Guide rail T127-2/B, 5 m, machined, EN 81-20", "264 lengths", "NOT RELEASED", "212.00"],
    ]),
    ("sp",),
    ("p", "Released now: line 10, 24 lengths for shaft 1."),
    ("p", "Line 20 (264 lengths) is not released. It will be released only after our site "
          "inspection of the shaft 1 rails and a written release from Rashid Al Mansoori, "
          "Procurement Manager."),
    ("p", "Material authority: staged. You may purchase drawn T127-2/B profile for up to "
          "120 lengths at GVT's liability. Machining, drilling and packing only for the 24 "
          "released lengths."),
    ("p", "Inspection: 3.1 certificate to EN 10204 per heat. Delivery CFR Jebel Ali."),
], title="GVT-PO-2298", author="Ahmed Khalil")
_c21 = mail(
    "Ahmed Khalil <ahmed.khalil@gulfvertical.ae>",
    "Serkan Demir <serkan.demir@kocaeliray.com.tr>",
    "GVT-PO-2298 guide rails Al Barsha Heights",
    "Thu, 02 May 2024 11:05:00 +0400",
    "Dear Serkan,\n\n"
    "please find attached PO GVT-PO-2298. Summary:\n"
    "- 24 lengths T127-2/B released now for shaft 1 (line 10);\n"
    "- 264 lengths (line 20) not released, until our site inspection of shaft 1 and a written "
    "release from Rashid Al Mansoori;\n"
    "- you may buy drawn profile for up to 120 lengths at our liability (staged material "
    "authority), machining only for the 24.\n\n"
    "Kindly acknowledge the PO with these terms within 3 working days.\n\n"
    "Best regards,\nAhmed Khalil\nBuyer, Gulf Vertical Transport LLC\n+971 4 338 2294\n",
    attachments=[("GVT-PO-2298.pdf", _c21_po, PDF_MT)],
)
case("c21_po_staged_material", [],
     "PO releases 24 lengths; explicit staged material authority up to 120; line 20 on hold until "
     "inspection and written release by Rashid Al Mansoori",
     [("GVT-PO-2298_rails.eml", eml_bytes(_c21))])

# c22: buyer states the advance payment does not release production.
_c22_text = (
    "Hello Lily,\n\n"
    "our finance department has paid the 30% advance against your proforma PI-HX-2024-118 "
    "today (EUR 12,390.00, reference LAA-AP-55871).\n\n"
    "Please note that the advance is a payment term only; it does not release production. Under "
    "PO 4510-2345 only the 3 sample car operating panels are released. The 117 series panels "
    "stay on hold until the FAI report is signed off by our quality and you have a written "
    "release from me.\n\n"
    "For the samples: please use the new Braille plate drawing LAA-COP-121 Rev B, sent "
    "yesterday.\n\n"
    "Best regards,\nMikko"
    + sig("Mikko Virtanen", "Category Manager", LAAKSO, "+358 20 741 5512")
)
_c22 = mail(
    "Mikko Virtanen <mikko.virtanen@laakso-hissit.fi>",
    "Lily Shen <lily.shen@huaxin-lift.cn>",
    "PO 4510-2345 – advance paid (does not release production)",
    "Fri, 03 May 2024 13:22:00 +0300",
    _c22_text, html=text_to_html(_c22_text),
)
case("c22_advance_not_release", [],
     "buyer: advance is a payment term, does not release production; 3 samples; 117 on hold until "
     "FAI sign-off and written release by Mikko",
     [("PO_4510-2345_advance.eml", eml_bytes(_c22))])

# c23: supplier web offer with price tiers; no authorization.
_c23_body = (
    "<h2>Pulsanti Milano — Offerta online OL-24-3391</h2>\n"
    "<p>Cliente: Modernia Elevación S.L. · Richiesta del 29.04.2024 · Valida 30 giorni</p>\n"
    "<p>Articolo: PM-COP-8B pulsantiera di cabina, 8 pulsanti, acciaio inox satinato, "
    "Braille, anello luminoso bianco, EN 81-70.</p>\n"
    + table_html([
        ["Quantità / quantity", "Prezzo unitario EUR", "Consegna"],
        ["1 – 49", "24,10", "3 settimane"],
        ["50 – 499", "19,80", "5 settimane"],
        ["500 – 1.999", "16,40", "6 settimane"],
        ["≥ 2.000", "14,90", "8 settimane"],
    ])
    + "\n<p>Campioni: fino a 10 pezzi gratuiti per nuovi clienti. Prezzi franco fabbrica "
    "Milano, IVA esclusa.</p>\n<p>Questa offerta non costituisce conferma d'ordine.</p>"
)
case("c23_web_offer_tiers", [], "supplier web offer with quantity tiers only; no authorization",
     [("offerta_OL-24-3391.html", html_page("Offerta OL-24-3391", _c23_body, lang="it"))])

# c24: full per-floor call-off; complete and final quantity.
_c24_rows = [["Planta / floor", "Lift A", "Lift B", "Kits"]]
for fl in ["-1", "0", "1", "2", "3", "4", "5", "6"]:
    _c24_rows.append([fl, "1", "1", "2"])
_c24_rows.append(["Total", "8", "8", "16"])
case("c24_full_calloff_floors", [],
     "call-off of 16 kits, per-floor table sums to 16, stated complete and final; no balance",
     [("Pedido_entrega_CO-2024-031.pdf", pdf([
         ("h1", "PEDIDO DE ENTREGA / CALL-OFF CO-2024-031"),
         ("p", f"{LEVANTE} · Supplier: {EGE}"),
         ("p", "Framework: LEV-MA-2024-02 · Building: Edificio Turia 14, Valencia — "
               "modernisation of lifts A and B (Orona-type shafts, 630 kg, 8 stops)"),
         ("p", "Item: landing-door kit LDK-800, telescopic 2-panel, 800 × 2000, EN 81-20, "
               "E30 fire rating, painted RAL 7035."),
         ("table", _c24_rows),
         ("sp",),
         ("p", "This call-off releases 16 landing-door kits as listed. It is the complete and "
               "final quantity for this building; no balance remains under this framework for "
               "Edificio Turia 14."),
         ("p", "Delivery: site, in per-floor kits, week 25. Packing list per floor, labelled "
               "with floor and lift."),
         ("p", "Valencia, 02.05.2024 — Sofía García, Jefa de Compras"),
     ], title="CO-2024-031", author="Sofia Garcia"))])

# c25: technical agreement keeping the words apart (sample sign-off / PO issued / production release).
case("c25_terms_kept_apart", [],
     "technical agreement separates sample sign-off, PO issued and production release; 3 samples "
     "released, 147 not, unlock and Kelvin Chan named",
     [("HV-TA-24-05_LC-9000.docx", docx_bytes([
         ("h1", "Technical Agreement HV-TA-24-05"),
         ("p", f"Lift controllers LC-9000 (VVVF, 22 kW) — {HARBOUR} and {LIFTRONIC}"),
         ("h", "1. Terms used in this agreement"),
         ("table", [
             ["Term", "Meaning", "Who"],
             ["Sample sign-off", "Technical disposition of the sample controllers after the "
              "FAI and the site test", "Dr Wong Ka-ho, Engineering Manager"],
             ["PO issued", "Commercial commitment: the PO exists and fixes price and terms. "
              "It is not production authority.", "Procurement"],
             ["Production release", "Written authority to manufacture a stated quantity",
              "Kelvin Chan, Procurement Manager"],
         ]),
         ("h", "2. Present scope"),
         ("p", "PO HV-PO-24-0430 has been issued for 3 sample controllers LC-9000. These 3 are "
               "released for production now."),
         ("p", "The series quantity of 147 controllers is not released. A production release "
               "for the 147 requires (a) the sample sign-off and (b) a written production "
               "release signed by Kelvin Chan."),
         ("p", "Material authority: sample-only."),
         ("h", "3. Tests"),
         ("p", "Sample controllers to be tested on the test lift in Tsing Yi: UCMP per "
               "EN 81-20 5.6.7, rescue operation, EMC per EN 12015. Test report format per "
               "Annex B."),
         ("p", "Signed 02.05.2024: Kelvin Chan (HVE) · Zhao Lei, Sales Director (Liftronic)"),
     ], author="Kelvin Chan"))])


# ------------------------------------------------------------------- batch 3: positives p01-p15

# p01 RG006: supplier reply; buyer's complete scope quoted; supplier already ordered sheet for all 480.
_p01_quoted = (
    "From: Mikko Virtanen <mikko.virtanen@laakso-hissit.fi>\n"
    "Sent: Thursday, 2 May 2024 09:02\n"
    "Subject: PO 4510-2231 COP faceplates – FAI samples\n\n"
    "Hello Burak,\n\n"
    "PO 4510-2231 attached: 12 pcs COP faceplate LAA-COP-118 rev E, FAI samples. Only these "
    "12 pcs are released. The series quantity of 468 pcs is not released; it stays on hold until "
    "our quality signs off the FAI report and I send you a written release.\n"
    "Material authority: sample-only.\n\n"
    "Mikko Virtanen\nCategory Manager, Hissitekniikka Laakso Oy"
)
_p01 = mail(
    "Burak Yıldız <burak.yildiz@egepanel.com.tr>",
    "Mikko Virtanen <mikko.virtanen@laakso-hissit.fi>",
    "RE: PO 4510-2231 COP faceplates – FAI samples",
    "Mon, 06 May 2024 14:18:00 +0300",
    "Dear Mikko,\n\n"
    "thank you for the PO. We confirm the 12 FAI faceplates, dispatch in week 24 by road "
    "(Ekol, İzmir – Vantaa, 6 days).\n\n"
    "Good news on the lead time: our mill in Ereğli had a free rolling slot, so we have already "
    "ordered the 1.5 mm hairline AISI 304 sheet for all 480 faceplates. The coils arrive in our "
    "stock at the end of May, so when you send the release for the series we can start the "
    "next day instead of waiting 7 weeks for material.\n\n"
    "The engraving files for floors -2 to 14 are attached for your check.\n\n"
    "Best regards,\nBurak"
    + sig("Burak Yıldız", "Export Sales Engineer", EGE, "+90 232 376 41 18")
    + "\n" + q(_p01_quoted),
    in_reply_to="<h69-mikko-0502@laakso-hissit.fi>",
)
case("p01_supplier_bought_sheet_all", ["RG006"],
     "buyer scope (12 released, 468 on hold, sample-only material) quoted; supplier ordered sheet "
     "for all 480",
     [("RE_PO_4510-2231.eml", eml_bytes(_p01))])

# p02 RG006 + RG011: WhatsApp; buyer gives 6 then 8 frames for the same floors; supplier locked
# steel for all 48 frames.
case("p02_chat_frames_steel", ["RG006", "RG011"],
     "chat: buyer states 6 frames then 8 frames for F3-F5 (conflict); supplier bought steel for all "
     "48 frames",
     [("WhatsApp_Chat_T2_Frames.txt", chat_export([
         ("16/05/2024", "07:55", "Kelvin Chan", "Jason, call-off for F3-F5: 6 landing door "
          "frames (lift A + B, 2 per floor). F6-F23 not released, next call-off from me after "
          "the shaft survey. Don't start those."),
         ("16/05/2024", "08:10", "Jason Lau (Foshan Jiarui)", "Received 👍"),
         ("16/05/2024", "11:32", "Ah Wing (Site)", "F5 lift B sill level 12mm low, surveyor "
          "coming Mon"),
         ("16/05/2024", "11:40", "Kelvin Chan", "ok noted, frame same size anyway"),
         ("16/05/2024", "15:06", "Kelvin Chan", "Jason pls confirm the 8 frames for F3-F5 as "
          "per my msg this morning, site wants them Friday next week"),
         ("16/05/2024", "15:30", "Jason Lau (Foshan Jiarui)", "Will confirm tmr. FYI we already "
          "bought the 1.5mm SPCC for all 48 frames G/F-23/F, steel price going up next month so "
          "we locked it for you"),
         ("16/05/2024", "15:31", "Jason Lau (Foshan Jiarui)", "<image omitted>"),
         ("16/05/2024", "15:44", "Ah Wing (Site)", "Friday before 11 pls, crane afternoon"),
     ], style="android"))])

# p03 RG006: supplier progress report (DOCX); connectors and cable procured for all 1,000 sets.
case("p03_progress_report_material", ["RG006"],
     "supplier report: 25 samples released, 975 on hold, but connectors/cable for all 1,000 sets "
     "procured without material authority",
     [("Progress_Report_14_Alpenlift.docx", docx_bytes([
         ("h1", "Weekly Progress Report No. 14"),
         ("p", f"{PUNE} — Customer: {ALPEN} — PO 4700-0233"),
         ("p", "Reporting week: 20 (13.05.2024 – 17.05.2024). Prepared by: Ramesh Kulkarni."),
         ("h", "1. Order scope (as per your PO note)"),
         ("p", "Released: 25 sample sets AL-HR-2040-03 rev B. Balance 975 sets on hold pending "
               "your FAI sign-off and a written release from Mr. Lukas Meier."),
         ("h", "2. Progress"),
         ("table", [
             ["Activity", "Status", "Remarks"],
             ["Cutting & stripping, 25 sets", "Done", "Komax Alpha 488"],
             ["Crimping & pull test", "Done", "Pull force records attached"],
             ["Assembly on board", "Done", "—"],
             ["100% continuity + hipot", "Done", "0 rejects"],
             ["FAI report", "In preparation", "To be sent 24.05.2024"],
         ]),
         ("h", "3. Material status"),
         ("p", "To protect the 10-week lead time of the Molex Micro-Fit connectors, we have "
               "procured the connectors, terminals and LSZH cable for the complete 1,000 sets. "
               "The material is in our bonded store, labelled for your order, and we will invoice "
               "it with the series."),
         ("h", "4. Risks"),
         ("p", "Customs clearance for the samples: CH import via DHL, DAP. No risk seen."),
     ], author="Ramesh Kulkarni"))])

# p04 RG006: supplier order confirmation (PDF); brass blanks and LED rings reserved for the full
# 2,000 sets; series quantity awaiting release.
case("p04_oc_reserved_blanks", ["RG006"],
     "order confirmation for 20 samples; series 2,000 awaiting release, but brass blanks and LED "
     "rings reserved for all 2,000",
     [("Conferma_OC-24-0719.pdf", pdf([
         ("h1", "CONFERMA D'ORDINE / ORDER CONFIRMATION OC-24-0719"),
         ("p", f"{PULSANTI} · Via Gallarate 212, 20151 Milano"),
         ("p", f"Customer: {LEVANTE} · Your PO: 2024-0617 of 02.05.2024"),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Price EUR", "Delivery"],
             ["10", "PM-SET-LC-BH", "Sample push-button sets LOP + COP, Braille, blue halo",
              "20 sets", "38,00", "wk 23"],
         ]),
         ("sp",),
         ("p", "Series quantity 2.000 sets: awaiting your written release; not part of this "
               "confirmation."),
         ("p", "To secure your delivery dates for the series, we have allocated and reserved the "
               "brass blanks (CW614N, Ø 38) and the halo LED rings for the full 2.000 sets in "
               "our warehouse, booked to your order."),
         ("p", "Terms: ex works Milano, payment 60 days end of month. Milano, 06.05.2024 — "
               "Marco Bellandi, Ufficio Commerciale"),
     ], title="OC-24-0719", author="Marco Bellandi"))])

# p05 RG006 + RG012: supplier reads the deposit as authority to cut all 14 cabins and buy
# material for all; buyer's scope quoted.
_p05_quoted = (
    "From: Rashid Al Mansoori\nSent: Thursday, 2 May 2024 10:11\n"
    "Subject: GVT-PO-2291 mock-up cabin + deposit\n\n"
    "Lily, PO GVT-PO-2291 covers the mock-up cabin only (1 set). The other 13 cabins are not "
    "released; they stay on hold until the consultant signs off the mock-up and you receive my "
    "written release. Deposit invoice will be paid this week.\n\n"
    "Rashid Al Mansoori, Procurement Manager, Gulf Vertical Transport LLC"
)
_p05 = mail(
    "Lily Zhang <lily.zhang@hengda-cabin.cn>",
    "Rashid Al Mansoori <rashid.almansoori@gulfvertical.ae>",
    "Re: GVT-PO-2291 mock-up cabin + deposit",
    "Wed, 08 May 2024 18:02:00 +0800",
    "Dear Rashid,\n\n"
    "good news, your 30% deposit reached our account this morning, thank you.\n\n"
    "As the deposit is paid, our workshop has started cutting the wall panels for all 14 cabins, "
    "and we bought the mirror stainless and the laminated glass for the complete order. This way "
    "we can ship everything in one lot together with the mock-up and save you freight.\n\n"
    "Mock-up will be ready for the consultant on 21 May.\n\n"
    "Best regards\nLily Zhang\nSales Manager\nSuzhou Hengda Cabin Co., Ltd.\nTel +86 512 6825 7719\n\n"
    + q(_p05_quoted),
    in_reply_to="<h69-rashid-0502@gulfvertical.ae>",
)
case("p05_deposit_cut_all_cabins", ["RG006", "RG012"],
     "supplier treats deposit as go for all 14 cabins and buys material for the complete order; "
     "buyer's quoted scope releases only the mock-up",
     [("Re_GVT-PO-2291_deposit.eml", eml_bytes(_p05))])

# p06 RG006 + RG008: supplier portal enters the forecast as a firm order and reserves material
# for it.
_p06_body = (
    "<h2>Kocaeli Ray Sanayi — Customer demand &amp; material view</h2>\n"
    "<p>Customer: Gulf Vertical Transport LLC · Contract: GVT-PO-2298 · Printed 20.05.2024</p>\n"
    + table_html([
        ["Item", "Customer forecast 2025", "Our status", "Released (line 10)",
         "Not released (line 20)", "Material reserved"],
        ["T127-2/B, 5 m, machined", "288 lengths", "FIRM ORDER – confirmed", "24", "264", "288"],
        ["Fishplate T127", "280 pcs", "FIRM ORDER – confirmed", "24", "256", "280"],
    ])
    + "\n<p class=\"note\">Planning note (sales dept., E. Kaya): customer forecast 2025 for Al Barsha "
    "Heights Towers A and B entered as firm order, so that rolling-mill capacity is secured. "
    "Drawn profile and flat bar for the full forecast quantity are reserved in store 2.</p>\n"
    "<p>Next shipment: 24 lengths + 24 fishplates, ETD Ambarlı 03.06.2024.</p>"
)
case("p06_portal_forecast_firm_material", ["RG006", "RG008"],
     "supplier page turns the customer's forecast into a firm order and reserves material for 288 "
     "while 24 are released",
     [("demand_view_GVT.html", html_page("Customer demand view – GVT", _p06_body))])

# p07 RG006: two files. Call-off with an explicit staged material authority for 60; supplier
# mail says sheet bought for all 120.
_p07_mail = mail(
    "Jana Nováková <jana.novakova@ostrava-kabiny.cz>",
    "Frank Wegener <f.wegener@rheinaufzug.de>",
    "AW: Abruf CO-11 – Kabinentürblätter / car door panels",
    "Fri, 10 May 2024 09:48:00 +0200",
    "Dear Mr Wegener,\n\n"
    "thank you for call-off CO-11. We confirm the 20 car door panels, production KW 21–22, "
    "delivery KW 23 to Köln.\n\n"
    "To benefit from the mill price in May we have bought the DC01 sheet for all 120 panels of "
    "the project. The 60 panels' worth above your material authority we hope you can take over "
    "if the project continues as planned.\n\n"
    "S pozdravem / Mit freundlichen Grüßen\nJana Nováková\nProject Coordinator, Ostrava Kabiny a.s.\n"
    "+420 596 118 231\n",
)
case("p07_calloff_then_overbuy", ["RG006"],
     "call-off releases 20 with explicit staged material authority for 60; supplier bought sheet "
     "for all 120 (60 beyond the authority)",
     [("Abruf_CO-11.pdf", pdf([
         ("h1", "ABRUF / CALL-OFF CO-11"),
         ("p", f"{RHEIN} · Supplier: {OSTRAVA} · Framework RA-FW-2024-03"),
         ("p", "Object: Modernisierung Wohnanlage Ehrenfeld, Häuser D–F — car door panels, "
               "2-panel centre opening, 700 × 2000, RAL 9006."),
         ("table", [
             ["Haus", "Lifts", "Panels", "Status"],
             ["D", "1–2", "20", "released (CO-11)"],
             ["E", "1–3", "50", "not released"],
             ["F", "1–2", "50", "not released"],
         ]),
         ("sp",),
         ("p", "Released with this call-off: 20 car door panels (Haus D)."),
         ("p", "Not released: 100 panels (Häuser E and F). They will be released only by "
               "call-off CO-12, signed by Frank Wegener, after the site acceptance of Haus D."),
         ("p", "Material authority: staged. You may buy sheet steel for up to 60 panels at our "
               "liability. Forming and painting only for the 20 released panels."),
         ("p", "Köln, 07.05.2024 — Frank Wegener, Einkaufsleiter"),
     ], title="Call-off CO-11", author="Frank Wegener")),
      ("AW_Abruf_CO-11.eml", eml_bytes(_p07_mail))])

# p08 RG007: supplier says FAI approval will be taken as the start signal for the remaining 117.
_p08_quoted = (
    "From: Frank Wegener <f.wegener@rheinaufzug.de>\nSent: Tuesday, 30 April 2024 14:20\n"
    "Subject: Bestellung RA-4511-0121 – Portalverkleidungen / architraves\n\n"
    "Dear Mr Yıldız,\n\nPO RA-4511-0121 attached. Released: 3 sample architrave sets only. The "
    "remaining 117 sets are not released; they are released only by a separate written release "
    "signed by me, after our FAI sign-off.\nMaterial authority: sample-only.\n\n"
    "Frank Wegener\nEinkaufsleiter, Rheinaufzug Modernisierung GmbH"
)
_p08_text = (
    "Dear Mr Wegener,\n\n"
    "the 3 sample architrave sets will leave İzmir on Friday together with the FAI report and "
    "the salt-spray test of the powder coating (480 h, no blistering).\n\n"
    "To keep your site dates in Deutz, our planning has set up the press line so that as soon as "
    "your FAI approval comes in, the line continues straight with the remaining 117 sets. There is "
    "no need to wait for a separate document: we will take your FAI approval as the start signal, "
    "so no week is lost.\n\n"
    "Best regards,\nBurak Yıldız"
    + sig("Burak Yıldız", "Export Sales Engineer", EGE, "+90 232 376 41 18")
    + "\n" + q(_p08_quoted)
)
_p08 = mail(
    "Burak Yıldız <burak.yildiz@egepanel.com.tr>",
    "Frank Wegener <f.wegener@rheinaufzug.de>",
    "RE: Bestellung RA-4511-0121 – Portalverkleidungen / architraves",
    "Wed, 15 May 2024 11:37:00 +0300",
    _p08_text, html=text_to_html(_p08_text),
    in_reply_to="<h69-wegener-0430@rheinaufzug.de>",
)
case("p08_supplier_fai_as_start", ["RG007"],
     "supplier will take FAI approval as the start signal for the remaining 117, against the "
     "buyer's written-release requirement (quoted)",
     [("RE_RA-4511-0121_architraves.eml", eml_bytes(_p08))])

# p09 RG007: buyer contradicts his own written-release requirement ("no need to wait for a letter").
_p09_quoted = (
    "From: Mikko Virtanen\nSent: Thursday, 2 May 2024 08:30\n"
    "Subject: PO 4510-2301 – sample door operators\n\n"
    "Ciao Giulia,\n\nPO 4510-2301: 4 sample door operators released. The 56 series operators "
    "are not released until the type test on our test tower is passed and I release them in "
    "writing. Material authority: sample-only.\n\nMikko"
)
_p09 = mail(
    "Mikko Virtanen <mikko.virtanen@laakso-hissit.fi>",
    "Giulia Ferri <g.ferri@apb-automazioni.it>",
    "RE: PO 4510-2301 – sample door operators",
    "Mon, 03 Jun 2024 16:55:00 +0300",
    "Ciao Giulia,\n\n"
    "the 4 samples arrived in Vantaa last week, thanks, packaging was perfect.\n\n"
    "The type test on the test tower is scheduled for 18 June. Since July is holiday season "
    "here and half of the office is away: if things look fine at the test, just carry on with "
    "the 56 right away. No need to wait for a letter from me, I am at the summer cottage "
    "anyway.\n\n"
    "Hyvää kesää!\nMikko"
    + sig("Mikko Virtanen", "Category Manager", LAAKSO, "+358 20 741 5512")
    + "\n" + q(_p09_quoted),
    in_reply_to="<h69-mikko-0502b@laakso-hissit.fi>",
)
case("p09_buyer_no_letter_needed", ["RG007"],
     "buyer lets a vaguely passed test roll into the 56 series units with no written release, "
     "contradicting his own requirement",
     [("RE_PO_4510-2301_operators.eml", eml_bytes(_p09))])

# p10 RG007: project manager says engineering's sign-off is itself the release; purchasing's
# letter 'just follows for the file'.
_p10_quoted = (
    "From: Carmen Ortiz <cortiz@modernia.es>\nSent: jueves, 2 de mayo de 2024 9:40\n"
    "To: Petr Dvořák\nCc: Hugo Sánchez\n"
    "Subject: Pedido MOD-24-0187 – puertas de piso / landing doors\n\n"
    "Dear Mr Dvořák,\n\nPO MOD-24-0187 attached. Only the 2 sample landing-door sets are "
    "released. The other 22 sets are not released; they are released only after the sample "
    "sign-off by our engineering and a written release from me.\nMaterial authority: sample-only."
    "\n\nCarmen Ortiz\nJefa de Compras, Modernia Elevación S.L."
)
_p10 = mail(
    "Hugo Sánchez <hsanchez@modernia.es>",
    "Petr Dvořák <dvorak@moravia-doors.cz>",
    "RE: Pedido MOD-24-0187 – puertas de piso / landing doors",
    "Fri, 24 May 2024 19:12:00 +0200",
    "Hi Petr,\n\n"
    "thanks again for the tour in Zlín on Tuesday, the two sample sets look really nice and the "
    "sill detail is exactly what the site wanted.\n\n"
    "To save time: as soon as our engineering sends you the sign-off, you can consider the other "
    "22 sets released and start. Carmen is in the loop, her letter will just follow for the "
    "file.\n\n"
    "Saludos,\nHugo Sánchez\nJefe de Proyecto, Modernia Elevación S.L.\n+34 913 448 201\n\n"
    + q(_p10_quoted),
    cc="Carmen Ortiz <cortiz@modernia.es>",
    in_reply_to="<h69-carmen-0502@modernia.es>",
)
case("p10_pm_signoff_is_release", ["RG007"],
     "project manager: engineering sign-off = release of the other 22, written release 'for the "
     "file'; contradicts the quoted PO",
     [("RE_MOD-24-0187_landing_doors.eml", eml_bytes(_p10))])

# p11 RG007 + RG009: Dubai site chat; 'released' used for drawings, payment and production;
# buyer says go ahead with all 13 once consultant approves, don't wait for him.
case("p11_chat_dubai_release_words", ["RG007", "RG009"],
     "chat: 'released' for drawings, payment and production; buyer says once consultant approves "
     "mock-up go ahead with all 13 without his letter",
     [("WhatsApp_Chat_AlBarsha_Cabins.txt", chat_export([
         ("06/05/2024", "09:12", "Rashid Al Mansoori", "Lily reminder: PO GVT-PO-2291 is for the "
          "mock-up cabin only, 1 set. Other 13 cabins not released until consultant signs off "
          "the mock-up and I release in writing."),
         ("06/05/2024", "09:20", "Lily Zhang", "Noted Mr Rashid 🙏"),
         ("12/05/2024", "14:03", "Imran Qureshi (Site)", "Consultant released the ceiling "
          "drawings today, rev C, LED downlights changed to 4 nos"),
         ("12/05/2024", "14:05", "Imran Qureshi (Site)", "Ceiling_revC.pdf (file attached)"),
         ("12/05/2024", "16:40", "Rashid Al Mansoori", "Good. Finance also released the payment "
          "for the mock-up this afternoon."),
         ("19/05/2024", "10:15", "Lily Zhang", "Mock-up ready for consultant visit 21 May"),
         ("19/05/2024", "10:48", "Rashid Al Mansoori", "Lily once the consultant approves the "
          "mock-up you go ahead with all 13 cabins, don't wait for me, I am travelling to "
          "Riyadh till end of month"),
         ("19/05/2024", "10:51", "Lily Zhang", "OK understood, thank you 👍"),
         ("19/05/2024", "11:02", "Imran Qureshi (Site)", "Site handover cabin 1 still 15 July?"),
     ]))])

# p12 RG007: supplier order confirmation (PDF) says mass production starts automatically after
# sample approval.
case("p12_oc_auto_mass_production", ["RG007"],
     "supplier order confirmation: mass production of 220 starts automatically after sample "
     "approval, no recorded auto-conversion",
     [("SOC-24-0562_Liftronic.pdf", pdf([
         ("h1", "SALES ORDER CONFIRMATION SOC-24-0562"),
         ("p", f"{LIFTRONIC} · Bao'an District, Shenzhen"),
         ("p", f"Customer: {HARBOUR} · Customer PO: HV-PO-24-0461 · Date: 07 May 2024"),
         ("table", [
             ["Item", "Model", "Description", "Qty", "Unit USD", "Delivery"],
             ["1", "LC-9000-22", "Lift controller VVVF 22 kW, sample", "4", "3,180.00", "Week 24"],
         ]),
         ("sp",),
         ("p", "Series quantity per your RFQ: 220 pcs (not yet released by PO)."),
         ("p", "Production plan: after your sample approval, mass production of the series "
               "controllers starts automatically in week 30, so that delivery can meet your site "
               "programme for Kai Tak Tower 3."),
         ("p", "Payment: 30% T/T with order, 70% before shipment. Warranty 18 months from "
               "shipment. Shenzhen, 07 May 2024 — Zhao Lei, Sales Director"),
     ], title="SOC-24-0562", author="Zhao Lei"))])

# p13 RG007 + RG009: DOCX appendix where 'approval' covers sample approval and PO approval, and
# after approval the supplier may make the 200.
case("p13_appendix_approval_means", ["RG007", "RG009"],
     "agreement: 'approval' = sample approval and PO approval; after approval supplier may make the "
     "200 (sample approval rolls into production)",
     [("QSV_Anhang_C_Freigabe.docx", docx_bytes([
         ("h1", "Qualitätssicherungs- und Liefervereinbarung — Appendix C: Approval"),
         ("p", f"Between {RHEIN} and {APB}. Part: door operator DOC-3, 800 mm, for the "
               "modernisation package Köln-Kalk (40 lifts)."),
         ("h", "C.1 Scope of PO RA-4511-0102"),
         ("p", "PO RA-4511-0102 covers 5 initial sample door operators (Erstmuster, EMPB per "
               "VDA 2). The series quantity of 200 door operators is not released with this "
               "PO."),
         ("h", "C.2 Approval"),
         ("p", "In this agreement, approval means (a) the approval of the initial samples and "
               "the EMPB report by Rheinaufzug quality, and (b) the approval of the purchase "
               "order by Rheinaufzug purchasing."),
         ("p", "After approval, the supplier may manufacture the 200 door operators of the "
               "modernisation package and deliver them per the site programme."),
         ("h", "C.3 Release authority"),
         ("p", "Production release authority at Rheinaufzug: Frank Wegener, Einkaufsleiter."),
         ("h", "C.4 Documentation"),
         ("table", [
             ["Document", "Due"],
             ["EMPB report (VDA 2)", "with the 5 samples"],
             ["EMC test report EN 12015/12016", "with the 5 samples"],
             ["Material certificates 3.1", "with each series delivery"],
         ]),
     ], author="Frank Wegener"))])

# p14 RG007: supplier portal workflow auto-starts series when FAI status is set to approved.
_p14_body = (
    "<h2>APB Customer Portal — Order workflow</h2>\n"
    "<p>Customer: Hissitekniikka Laakso Oy · PO 4510-2318 · Door-operator controllers DOC-3 "
    "(firmware 2.14)</p>\n"
    + table_html([
        ["Step", "Content", "Quantity", "Status"],
        ["1", "Sample controllers", "5", "In production — ready 07.06.2024"],
        ["2", "FAI report to customer", "—", "Pending"],
        ["3", "Series controllers", "140", "Waiting for FAI — starts automatically when the "
         "customer sets the FAI status to APPROVED"],
    ])
    + "\n<p class=\"note\">Workflow setting AUTO-SERIES = ON (APB standard). When the FAI status "
    "changes to APPROVED in this portal, the series work order is created and scheduled "
    "without further confirmation.</p>\n"
    "<p>Your contact: Giulia Ferri, Key Account Manager · +39 030 355 2810</p>"
)
case("p14_portal_auto_series", ["RG007"],
     "supplier portal workflow starts the 140 series automatically on FAI 'approved'; nothing "
     "recorded by the buyer",
     [("APB_workflow_4510-2318.html", html_page("APB Portal – Order workflow", _p14_body))])

# p15 RG011: two files; PO releases 12 sample sets, supplier's acknowledgement confirms 24.
case("p15_po_vs_ack_quantity", ["RG011"],
     "PO releases 12 sample sets (balance 588 on hold, event, Lukas Meier); supplier ack states 24 "
     "released",
     [("PO_4700-0251.txt",
       "ALPENLIFT AG                     BESTELLUNG / PURCHASE ORDER 4700-0251\n"
       "Industriestrasse 14, 8952 Schlieren     Datum 06.05.2024\n"
       "-----------------------------------------------------------------------\n"
       "Lieferant: Pune Cable Harness Pvt. Ltd. (700418)\n"
       "-----------------------------------------------------------------------\n"
       "Pos  Artikel         Bezeichnung                      Menge  ME   CHF\n"
       "10   AL-HR-2100-02   Landing-call harness, per floor     12  SET  14.80\n"
       "                     SAMPLE / FAI\n"
       "-----------------------------------------------------------------------\n"
       "SCOPE: Released now: 12 sample sets (pos. 10).\n"
       "       Balance 588 sets NOT released - on hold until FAI sign-off and a\n"
       "       written release by Lukas Meier, Purchasing Manager.\n"
       "       Material authority: sample-only.\n"
       "-----------------------------------------------------------------------\n"
       "Lieferung: DAP Schlieren, KW 24.  Zahlung: 60 Tage netto.\n"),
      ("OA-24-311_Pune.pdf", pdf([
          ("h1", "ORDER ACKNOWLEDGEMENT OA-24-311"),
          ("p", f"{PUNE} · Customer: {ALPEN} · Your PO 4700-0251"),
          ("table", [
              ["Ln", "Part no.", "Description", "Qty", "Status"],
              ["10", "AL-HR-2100-02", "Landing-call harness, per floor, sample/FAI", "24 sets",
               "released – in production"],
          ]),
          ("sp",),
          ("p", "Confirmed released quantity: 24 sample sets. Balance 576 sets on hold until your "
                "FAI sign-off and a written release from Mr. Lukas Meier."),
          ("p", "Delivery: 14.06.2024 DAP Schlieren. Prepared by: Ramesh Kulkarni, Manager - "
                "Customer Service."),
      ], title="OA-24-311", author="Pune Cable Harness"))])


# ------------------------------------------------------------------- batch 4: positives p16-p30

# p16 RG011: call-off header says 16 kits, per-floor table adds up to 18.
_p16_rows = [["Planta / floor", "Lift A", "Lift B", "Kits"]]
for fl in range(0, 9):
    _p16_rows.append([str(fl), "1", "1", "2"])
_p16_rows.append(["Total", "9", "9", "18"])
case("p16_calloff_header_vs_table", ["RG011"],
     "call-off header releases sixteen (16) kits, per-floor table lists 18; rest on hold until next "
     "call-off by Carmen Ortiz",
     [("CO-2024-044_Las_Acacias.pdf", pdf([
         ("h1", "PEDIDO DE ENTREGA / CALL-OFF CO-2024-044"),
         ("p", f"{MODERNIA} · Supplier: {EGE}"),
         ("p", "Framework MOD-MA-2024-01 · Building: Residencial Las Acacias, Alcobendas — "
               "lifts A and B, 15 stops (0–14)."),
         ("p", "Released with this call-off: sixteen (16) landing-door kits LDK-800, "
               "telescopic 2-panel, 800 × 2000, E30, RAL 9016, per the table below."),
         ("table", _p16_rows),
         ("sp",),
         ("p", "Floors 9 to 14 (12 kits) are not released. They are released only by the next "
               "call-off, signed by Carmen Ortiz (Jefa de Compras), after the site measurement of "
               "floors 9 to 14."),
         ("p", "Material authority: for the kits released with this call-off."),
         ("p", "Delivery to site in per-floor kits, weeks 27–28. Madrid, 20.05.2024 — "
               "Carmen Ortiz"),
     ], title="CO-2024-044", author="Carmen Ortiz"))])

# p17 RG011: e-mail body releases 40, the attached release letter says 48.
_p17_letter = pdf([
    ("h1", "PRODUCTION RELEASE PR-24-009"),
    ("p", f"{LAAKSO} → {MORAVIA}"),
    ("p", "PO 4510-2266 · Landing door sets LD-2 for the Kallio modernisation (96 sets)."),
    ("table", [
        ["Field", "Entry"],
        ["Unlock event", "FAI report FAI-LAA-0266 signed off 21.05.2024"],
        ["Released quantity (lot 1)", "48 landing door sets"],
        ["Not released", "48 sets — on hold until lot 1 is installed and accepted on site and a "
                         "further written release is issued"],
        ["Released by", "Mikko Virtanen, Category Manager"],
    ]),
    ("p", "Material authority: for the released quantity only."),
], title="PR-24-009", author="Mikko Virtanen")
_p17 = mail(
    "Mikko Virtanen <mikko.virtanen@laakso-hissit.fi>",
    "Petr Dvořák <dvorak@moravia-doors.cz>",
    "Production release PR-24-009 – Kallio lot 1",
    "Wed, 22 May 2024 10:03:00 +0300",
    "Hello Petr,\n\n"
    "please find attached our production release PR-24-009 for lot 1 of the Kallio "
    "modernisation: 40 landing door sets, buildings A to C.\n\n"
    "The remaining 56 sets stay on hold until lot 1 is installed and accepted on site and I send "
    "you the next written release.\n\n"
    "Delivery to the sites in per-floor kits as in the schedule from 14 May, please.\n\n"
    "BR\nMikko"
    + sig("Mikko Virtanen", "Category Manager", LAAKSO, "+358 20 741 5512"),
    attachments=[("PR-24-009.pdf", _p17_letter, PDF_MT)],
)
case("p17_mail_vs_release_letter", ["RG011"],
     "release e-mail says 40 sets (56 on hold), attached release letter says 48 (48 on hold)",
     [("PR-24-009_Kallio_lot1.eml", eml_bytes(_p17))])

# p18 RG011: technical agreement states five (5) samples in the text and 8 in the PO-line table.
case("p18_agreement_5_vs_8", ["RG011"],
     "technical agreement: text says five (5) sample controllers, PO-line table says 8",
     [("KLS-TA-24-07_DOC-3.docx", docx_bytes([
         ("h1", "Technical Agreement KLS-TA-24-07"),
         ("p", f"Door-operator controllers DOC-3 for the Mong Kok modernisation package — "
               f"{KLS} and {APB}."),
         ("h", "1. Sample phase"),
         ("p", "Under PO KLS-24-081 the supplier shall supply five (5) sample controllers DOC-3 "
               "with firmware 2.14-HK (Chinese/English display), the FAI report and the EMC test "
               "report. These sample controllers are released for production now."),
         ("h", "2. Series"),
         ("p", "The series quantity of 72 controllers is not released. It is released only after "
               "the sample sign-off by KLS engineering and a written release signed by Winnie Ho, "
               "Senior Buyer."),
         ("p", "Material authority: sample-only."),
         ("h", "3. PO lines"),
         ("table", [
             ["PO line", "Item", "Qty", "Scope"],
             ["10", "DOC-3 controller, sample", "8", "released"],
             ["20", "DOC-3 controller, series", "72", "not released"],
         ]),
         ("h", "4. Tests on site"),
         ("p", "Door closing force ≤ 150 N per EN 81-20 5.3.6.2.2; reversal test; 10,000-cycle "
               "endurance run on the KLS test door in Tsuen Wan."),
     ], author="Winnie Ho"))])

# p19 RG011: release notice page; text says one hundred (100), table says 120.
_p19_body = (
    "<h2>Gulf Vertical Transport — Release notice RN-24-019</h2>\n"
    "<p>Supplier: Kocaeli Ray Sanayi A.Ş. · PO GVT-PO-2298 · Project Al Barsha Heights</p>\n"
    "<p>One hundred (100) guide-rail lengths T127-2/B are released for manufacture for shafts 1 "
    "to 4, following our site inspection of the shaft 1 rails on 19 May 2024.</p>\n"
    + table_html([
        ["Line", "Item", "Released qty", "Shafts", "Delivery"],
        ["20-1", "T127-2/B, 5 m, machined", "120", "1–4", "CFR Jebel Ali, ETA 10 July"],
    ])
    + "\n<div class=\"note\">The remaining 168 lengths are not released. They will be released "
    "after the site survey of shafts 5 to 11, by a written release from Rashid Al Mansoori "
    "(Procurement Manager).</div>\n"
    "<p>Material authority: for the released lengths only.</p>\n"
    "<p>Issued 20.05.2024 by Ahmed Khalil, Buyer · signed R. Al Mansoori</p>"
)
case("p19_release_page_100_vs_120", ["RG011"],
     "release notice text: one hundred (100) lengths released; table: 120",
     [("RN-24-019.html", html_page("Release notice RN-24-019", _p19_body))])

# p20 RG011: forwarded internal budget sign-off (message/rfc822) clears 200, the release says 250.
_p20_internal = mail(
    "Dr. Claudia Brandt <c.brandt@rheinaufzug.de>",
    "Frank Wegener <f.wegener@rheinaufzug.de>",
    "Budgetfreigabe Phase 2 Kabinentürblätter / budget sign-off phase 2",
    "Mon, 13 May 2024 17:30:00 +0200",
    "Hallo Frank,\n\n"
    "budget sign-off for phase 2 of Ehrenfeld is done in the steering committee today: cleared "
    "are 200 car door panels for phase 2, not more. Phase 3 stays open until the building owner "
    "confirms Haus G.\n\n"
    "Gruß\nClaudia\n\n"
    "Dr. Claudia Brandt\nProjektleitung Modernisierung, Rheinaufzug Modernisierung GmbH\n",
)
_p20 = mail(
    "Frank Wegener <f.wegener@rheinaufzug.de>",
    "Jana Nováková <jana.novakova@ostrava-kabiny.cz>",
    "Freigabe Phase 2 / release phase 2 – RA-4511-0088 rev 2 (FW: Budgetfreigabe)",
    "Tue, 14 May 2024 08:15:00 +0200",
    "Dear Ms Nováková,\n\n"
    "below, for your file, the internal budget sign-off for phase 2.\n\n"
    "With this e-mail I release 250 car door panels for phase 2 (PO RA-4511-0088 rev 2, "
    "Häuser E and F). The remaining 40 panels of phase 3 stay on hold until the site acceptance "
    "of phase 2 and a written release from me.\n\n"
    "Material authority: for the released panels only.\n\n"
    "Mit freundlichen Grüßen\nFrank Wegener"
    + sig("Frank Wegener", "Einkaufsleiter", RHEIN, "+49 221 59 73 100"),
    attachments=[("rfc822", _p20_internal)],
)
case("p20_fwd_budget_200_vs_250", ["RG011"],
     "forwarded internal sign-off clears 200 panels for phase 2 'not more'; the release e-mail "
     "releases 250 for phase 2",
     [("Freigabe_Phase2_RA-4511-0088.eml", eml_bytes(_p20))])

# p21 RG012: buyer's accounts payable treats the paid advance as authority to run everything.
_p21_quoted = (
    "From: Mikko Virtanen\nSent: Monday, 6 May 2024 10:30\n"
    "Subject: PO 4510-2377 – car operating panels\n\n"
    "Hello Lily,\n\nPO 4510-2377 gives commercial cover for 120 panels so that you can invoice "
    "the advance. Production is released only for the 3 sample panels. The 117 series panels are "
    "not released until our quality signs off the FAI report and I send you a written release."
    "\n\nMikko Virtanen, Category Manager"
)
_p21 = mail(
    "Satu Lehtonen <satu.lehtonen@laakso-hissit.fi>",
    "Lily Shen <lily.shen@huaxin-lift.cn>",
    "RE: PO 4510-2377 – advance invoice PI-HX-2024-131 paid",
    "Thu, 16 May 2024 14:40:00 +0300",
    "Hello,\n\n"
    "we have today paid your advance invoice PI-HX-2024-131 for the full PO value, EUR 41,300.00 "
    "(remittance advice attached).\n\n"
    "So from our side everything is settled, and nothing stops you from running the whole order "
    "now.\n\n"
    "Kind regards,\nSatu Lehtonen\nAccounts Payable, Hissitekniikka Laakso Oy\n\n"
    + q(_p21_quoted),
    cc="Mikko Virtanen <mikko.virtanen@laakso-hissit.fi>",
    attachments=[("remittance_LAA-AP-56102.txt",
                  "REMITTANCE ADVICE  LAA-AP-56102\n"
                  "Payer   : Hissitekniikka Laakso Oy, Vantaa\n"
                  "Payee   : Jiangsu Huaxin Lift Panels Co., Ltd.\n"
                  "Invoice : PI-HX-2024-131   Amount EUR 41,300.00\n"
                  "Value dt: 16.05.2024        Bank ref 2405160048812\n",
                  "text/plain")],
)
case("p21_ap_paid_run_everything", ["RG012"],
     "buyer accounts payable: advance paid, 'nothing stops you from running the whole order'; "
     "quoted scope releases only 3 samples",
     [("RE_PO_4510-2377_advance.eml", eml_bytes(_p21))])

# p22 RG012: supplier acknowledgement states PO acceptance constitutes release of all lines.
case("p22_ack_acceptance_is_release", ["RG012"],
     "supplier acknowledgement: acceptance of the PO constitutes release for manufacture of all "
     "lines",
     [("OA-24-355_Rheinaufzug.txt",
       "PUNE CABLE HARNESS PVT. LTD.                 ORDER ACCEPTANCE OA-24-355\n"
       "Plot 41, MIDC Chakan Phase II, Pune 410501           Date : 09.05.2024\n"
       "------------------------------------------------------------------------\n"
       "Customer : RHEINAUFZUG MODERNISIERUNG GMBH, KOELN    Cust. no. : 2207\n"
       "Your PO  : RA-4511-0149 DT 06.05.2024\n"
       "------------------------------------------------------------------------\n"
       "ITEM   : DOOR-OPERATOR HARNESS DH-7, 2.5 M, HALOGEN-FREE\n"
       "LINES  : 10 AND 20 OF YOUR PO           TOTAL QTY : 1,000 SETS\n"
       "PRICE  : EUR 21.60 / SET, FCA NHAVA SHEVA\n"
       "------------------------------------------------------------------------\n"
       "WE ACCEPT YOUR PURCHASE ORDER. AS PER OUR GENERAL TERMS OF SALE CL. 7.2,\n"
       "ACCEPTANCE OF THE PURCHASE ORDER CONSTITUTES RELEASE FOR MANUFACTURE OF\n"
       "ALL PO LINES. ALL LINES SCHEDULED WK 24-32, FIRST DESPATCH WK 26.\n"
       "------------------------------------------------------------------------\n"
       "For Pune Cable Harness Pvt. Ltd.\n"
       "Sd/- Ramesh Kulkarni, Manager - Customer Service  +91 20 6790 4412\n")])

# p23 RG002 + RG012: buyer in chat: deposit TT sent, "green light from us".
case("p23_chat_tt_green_light", ["RG002", "RG012"],
     "chat: buyer's scope is 2 samples, then 'TT for the deposit sent ... so green light from us, "
     "pls arrange'",
     [("WhatsApp_Chat_KLS_Foshan.txt", chat_export([
         ("03/05/2024", "10:02", "Winnie Ho", "Ken, PO KLS-24-077 sent to your email. It is for "
          "the 2 sample landing door sets only. The other 30 sets NOT released until our FAI "
          "sign-off and my written release."),
         ("03/05/2024", "10:15", "Ken Leung (Foshan Jiarui)", "Received with thanks. PI will "
          "send today, 30% deposit pls"),
         ("03/05/2024", "16:48", "Ken Leung (Foshan Jiarui)", "PI-FJ-24-0233.pdf (file attached)"),
         ("07/05/2024", "09:31", "Winnie Ho", "TT for the deposit sent this morning 😊 so green "
          "light from us, pls arrange"),
         ("07/05/2024", "09:33", "Ken Leung (Foshan Jiarui)", "Thank you Winnie!! will arrange 👍"),
         ("07/05/2024", "11:20", "Winnie Ho", "Also pls use the new sill drawing rev 4"),
     ]))])

# p24 RG012: supplier quote whose terms say production of all quoted quantities starts on receipt
# of the down payment.
case("p24_quote_downpayment_starts", ["RG012"],
     "supplier quote terms: production of all quoted quantities (2 + 22 sets) starts upon receipt "
     "of the down payment",
     [("Nabidka_Q-2024-0533_Modernia.docx", docx_bytes([
         ("h1", "Nabídka / Quotation Q-2024-0533"),
         ("p", f"{MORAVIA} to {MODERNIA}, attn. Carmen Ortiz. Project: Calle Alcalá 318, "
               "Madrid — landing doors for 2 lifts, 12 stops."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price EUR"],
             ["1", "Sample landing-door set LD-2, 800 × 2000, E120, incl. FAI report", "2 sets", "2.390,00"],
             ["2", "Series landing-door sets LD-2, per-floor kits", "22 sets", "1.860,00"],
         ]),
         ("h", "Terms"),
         ("li", "Payment: 40 % down payment with order, 60 % before shipment."),
         ("li", "Production of all quoted quantities starts upon receipt of the down payment."),
         ("li", "Delivery: 6 weeks from start of production, DAP Madrid."),
         ("li", "Validity: 45 days. Type-test certificate NB 0062-LD2-2291 included."),
         ("p", "Zlín, 29.04.2024 — Ing. Petr Dvořák, Sales Director"),
     ], author="Petr Dvorak"))])

# p25 RG005 + RG008: sample PO mail (no named release person) that asks the supplier to book the
# 2025 forecast as a firm order.
_p25_text = (
    "Ciao Marco,\n\n"
    "Our PO 2024-0702 (sent through your portal this morning) is for the 30 sample LOP sets of the new 'Marina' design (brushed "
    "stainless, square buttons, white halo). Only these 30 sample sets are released. The 1.500 "
    "production sets are not released until our engineering signs off the samples.\n\n"
    "Also, for your planning: our 2025 forecast for the Marina series is 6.000 sets. Please book "
    "it as our firm order, so that the price of your offer PM-24-0488 is locked for the whole "
    "year.\n\n"
    "Samples to Paterna, please, by 14 June.\n\n"
    "Un saludo,\nLucía"
    + sig("Lucía Fernández", "Jefa de Compras", LEVANTE, "+34 961 322 870")
)
_p25 = mail(
    "Lucía Fernández <lfernandez@ascensoreslevante.es>",
    "Marco Bellandi <m.bellandi@pulsantimilano.it>",
    "PO 2024-0702 – Marina LOP samples + forecast 2025",
    "Tue, 14 May 2024 12:10:00 +0200",
    _p25_text,
)
case("p25_forecast_book_as_firm", ["RG005", "RG008"],
     "buyer asks to book the 6,000 forecast as a firm order; sample PO names the unlock event but "
     "nobody who releases the 1,500",
     [("PO_2024-0702_Marina.eml", eml_bytes(_p25))])

# p26 RG008: supplier books the buyer's forecast as a firm order; the forecast (HTML) is attached
# and labelled as not an order.
_p26_fc = html_page("Rheinaufzug – Bedarfsvorschau Q3/Q4 2024", (
    "<h2>Rheinaufzug — Bedarfsvorschau / demand forecast Q3–Q4 2024</h2>\n"
    "<p class=\"note\">Forecast, not an order. No production or material authority.</p>\n"
    + table_html([
        ["Article", "Description", "Q3 2024", "Q4 2024", "Total"],
        ["5000-310-02", "Rail bracket 250 mm", "1.200", "1.200", "2.400"],
    ])), lang="de")
_p26_text = (
    "Dear Mr Wegener,\n\n"
    "thank you very much for your order of 2,400 rail brackets 5000-310-02 (your forecast for "
    "Q3–Q4 2024, received 02.05.). We have booked it as a firm order in our system and will "
    "deliver in 4 lots of 600 pcs, the first lot in week 28.\n\n"
    "Our order confirmation number is KR-SO-24-0917. The galvanising slot at our subcontractor "
    "in Dilovası is reserved.\n\n"
    "Saygılarımızla / Best regards\nSerkan Demir"
    + sig("Serkan Demir", "Sales Manager Europe", KOCAELI, "+90 262 751 33 40")
)
_p26 = mail(
    "Serkan Demir <serkan.demir@kocaeliray.com.tr>",
    "Frank Wegener <f.wegener@rheinaufzug.de>",
    "Order confirmation KR-SO-24-0917 – rail brackets 2,400 pcs",
    "Mon, 06 May 2024 09:05:00 +0300",
    _p26_text, html=text_to_html(_p26_text),
    attachments=[("Bedarfsvorschau_Q3Q4.html", _p26_fc, "text/html")],
)
case("p26_supplier_books_forecast", ["RG008"],
     "supplier thanks for 'your order of 2,400' and books the buyer's labelled forecast as a firm "
     "order",
     [("KR-SO-24-0917_confirmation.eml", eml_bytes(_p26))])

# p27 RG008: call-off calls the forecast for the remaining floors 'committed' and asks to plan it
# as firm.
_p27_rows = [["Floor", "Lift 1", "Lift 2", "Panels", "Status"]]
for fl in ["EG", "1", "2", "3", "4", "5"]:
    _p27_rows.append([fl, "1", "1", "2", "released"])
_p27_rows.append(["Total released", "", "", "12", ""])
case("p27_calloff_forecast_committed", ["RG008"],
     "call-off releases 12 panels; forecast 36 for later floors written as committed, to be "
     "planned as firm",
     [("CO-24-021_Alpenlift.pdf", pdf([
         ("h1", "CALL-OFF CO-24-021"),
         ("p", f"{ALPEN} · Supplier: {OSTRAVA}"),
         ("p", "Project: Zürich-Oerlikon, Binzmühlestrasse, 2 lifts, 24 stops — car door "
               "panels 2-panel CO, 700 × 2000, stainless grain 240."),
         ("table", _p27_rows),
         ("sp",),
         ("p", "Released with this call-off: 12 car door panels (floors EG to 5)."),
         ("p", "Forecast for floors 6 to 23: 36 panels. These forecast quantities are committed "
               "and will be called off in full; please plan them as firm."),
         ("p", "Not released with this call-off: the 36 panels for floors 6 to 23. They are "
               "released only by a further call-off signed by Reto Baumann, Head of Procurement."),
         ("p", "Schlieren, 13.05.2024 — Reto Baumann"),
     ], title="CO-24-021", author="Reto Baumann"))])

# p28 RG008: ERP delivery schedule printout declares forecast weeks a firm purchase commitment.
case("p28_erp_forecast_commitment", ["RG008"],
     "ERP delivery schedule: firm call-offs 80 pcs; forecast weeks declared a firm purchase "
     "commitment",
     [("KLS_LPH_DS-24-22.txt",
       "KOWLOON LIFT SERVICES LTD            DELIVERY SCHEDULE (SCHEDULING AGREEMENT)\n"
       "SA NO : KLS-SA-24-004   SCHEDULE NO : DS-24-22   PRINTED : 27/05/2024 07:10\n"
       "VENDOR: 100233 FOSHAN JIARUI ELEVATOR PARTS CO LTD\n"
       "PART  : KLS-LDH-0900  LANDING DOOR HANGER ROLLER ASSY 900MM\n"
       "--------------------------------------------------------------------------------\n"
       "WEEK     QTY   TYPE   REMARK\n"
       "2024/27   40    F     FIRM CALL-OFF - RELEASED\n"
       "2024/28   40    F     FIRM CALL-OFF - RELEASED\n"
       "2024/29   40    P     FORECAST\n"
       "2024/30   40    P     FORECAST\n"
       "2024/31   60    P     FORECAST\n"
       "2024/32   60    P     FORECAST\n"
       "2024/33   60    P     FORECAST\n"
       "2024/34   60    P     FORECAST\n"
       "--------------------------------------------------------------------------------\n"
       "TYPE F = FIRM CALL-OFF (RELEASED FOR PRODUCTION)   TYPE P = FORECAST\n"
       "TOTAL F = 80      TOTAL P = 320\n"
       "NOTE: ALL FORECAST QTYS ABOVE ARE A FIRM PURCHASE COMMITMENT OF KLS.\n"
       "      FORECAST WEEKS ARE NOT RELEASED FOR PRODUCTION. EACH WEEK IS RELEASED ONLY\n"
       "      BY THE NEXT WEEKLY SCHEDULE SIGNED BY WINNIE HO (SENIOR BUYER).\n"
       "--------------------------------------------------------------------------------\n"
       "BUYER: WINNIE HO  TEL 2688 4410   THIS SCHEDULE REPLACES DS-24-21\n")])

# p29 RG004 + RG009: 'released' for drawing (PDM), PO (ERP) and production; balance on hold until
# further notice, only a person named.
_p29_po = pdf([
    ("h1", "OSTOTILAUS / PURCHASE ORDER 4510-2402"),
    ("p", f"{LAAKSO} · Supplier: {EGE}"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "EUR/pc"],
        ["10", "LAA-COP-118F", "COP faceplate, hairline AISI 304, rev F, sample", "6", "96,00"],
    ]),
    ("sp",),
    ("p", "Note: 6 sample faceplates. Balance 234 pcs on hold. Release authority: Mikko "
          "Virtanen, Category Manager."),
    ("p", "Material authority: sample-only. Delivery DAP Vantaa, week 25."),
], title="PO 4510-2402", author="Elina Koskinen")
_p29_text = (
    "Hi Burak,\n\n"
    "good news on the Kallio 2 project: drawing LAA-COP-118 rev F was released in our PDM "
    "yesterday, and PO 4510-2402 was released in our ERP this morning (PDF attached).\n\n"
    "The PO releases the 6 sample COP faceplates only. The other 234 are on hold until further "
    "notice; Mikko Virtanen will be the one releasing them.\n\n"
    "Engraving as on rev F, Finnish/Swedish floor names please.\n\n"
    "Best regards,\nElina"
    + sig("Elina Koskinen", "Buyer", LAAKSO, "+358 20 741 5530")
)
_p29 = mail(
    "Elina Koskinen <elina.koskinen@laakso-hissit.fi>",
    "Burak Yıldız <burak.yildiz@egepanel.com.tr>",
    "PO 4510-2402 – Kallio 2 COP faceplates",
    "Tue, 21 May 2024 09:14:00 +0300",
    _p29_text,
    attachments=[("PO_4510-2402.pdf", _p29_po, PDF_MT)],
)
case("p29_released_three_ways", ["RG004", "RG009"],
     "'released' for drawing, PO and production; balance 234 on hold until further notice (no "
     "event), Mikko named",
     [("PO_4510-2402_Kallio2.eml", eml_bytes(_p29))])

# p30 RG009: release letter uses 'approved' for the lab test, the board budget and the production
# release of the full balance.
case("p30_letter_approved_three_ways", ["RG009"],
     "letter: 'approved' for lab test of samples, board investment and production of the 975; "
     "full balance released, nothing on hold",
     [("Letter_AL-HR-2060_status.pdf", pdf([
         ("h1", "Door-operator harnesses AL-HR-2060 — status"),
         ("p", f"{ALPEN} to {PUNE}, attn. Mr Ramesh Kulkarni. PO 4700-0240 (25 sample sets + "
               "975 series sets). Schlieren, 04.06.2024."),
         ("p", "Dear Mr Kulkarni,"),
         ("p", "1. The 25 sample harnesses have been approved by our laboratory (test report "
               "LAB-24-0877, pull force and hipot in order)."),
         ("p", "2. The investment for the Zürich-Oerlikon modernisation has been approved by our "
               "board on 30.05.2024."),
         ("p", "3. With this letter the 975 series harnesses are approved for production. "
               "With this the full PO quantity of 1,000 sets is covered; no quantity remains on "
               "hold."),
         ("p", "Please deliver in four lots per the site programme (250 / 250 / 250 / 225)."),
         ("p", "Kind regards, Lukas Meier, Purchasing Manager"),
     ], title="AL-HR-2060 status", author="Lukas Meier"))])


# ------------------------------------------------------------------- batch 5: positives p31-p45

# p31 RG009: portal status page uses 'Released' for shop drawings, PO and production.
_p31_body = (
    "<h2>Modernia Elevación — Portal de proveedores / supplier portal</h2>\n"
    "<p>Supplier: Moravia Door Systems s.r.o. · PO MOD-24-0211 · Landing-door sets LD-2, "
    "Calle Princesa 64, Madrid (2 lifts, 16 stops)</p>\n"
    + table_html([
        ["Step", "Status", "Date", "By"],
        ["Shop drawings LD-2-MOD-0211", "Released (rev C)", "06.05.2024", "Hugo Sánchez, Jefe de Proyecto"],
        ["Purchase order MOD-24-0211", "Released (signed by CFO)", "08.05.2024", "Alberto Ruiz, CFO"],
        ["Production", "Released: 2 sample sets", "08.05.2024", "Carmen Ortiz, Jefa de Compras"],
    ])
    + "\n<div class=\"note\">The remaining 30 sets are not released. They will be released after "
    "the sample sign-off by our engineering, by a written release from Carmen Ortiz (Jefa de "
    "Compras).</div>\n"
    "<p>Material authority: sample-only.</p>"
)
case("p31_portal_released_three_ways", ["RG009"],
     "portal uses 'Released' for shop drawings, the PO and production of 2 samples; scope otherwise "
     "complete",
     [("MOD-24-0211_status.html", html_page("Portal de proveedores – MOD-24-0211", _p31_body, lang="es"))])

# p32 RG001: scoped sample PO; attached quote shows an annual framework volume of 2,000 sets with
# nothing saying it is informational.
_p32_po = pdf([
    ("h1", "BESTELLUNG / PURCHASE ORDER RA-4511-0155"),
    ("p", f"{RHEIN} · Supplier: {PULSANTI}"),
    ("table", [
        ["Pos", "Article", "Description", "Qty", "EUR"],
        ["10", "PM-COP-12B-RA", "COP button set, 12 buttons, Braille, white halo, sample", "12 sets", "41,00"],
    ]),
    ("sp",),
    ("p", "Released: the 12 sample sets only. The series quantity of 388 sets for the "
          "Köln-Deutz modernisation is not released; it will be released by a written release "
          "signed by Frank Wegener after our sign-off of the samples. Material authority: "
          "sample-only."),
], title="RA-4511-0155", author="Sabine Roth")
_p32_quote = pdf([
    ("h1", "OFFERTA / QUOTATION Q-PM-24-1102"),
    ("p", f"{PULSANTI} to {RHEIN}, attn. Ms Sabine Roth"),
    ("table", [
        ["Pos.", "Description", "Qty", "Price EUR / set"],
        ["1", "COP button set PM-COP-12B-RA, sample", "12", "41,00"],
        ["2", "COP button set PM-COP-12B-RA, series Köln-Deutz", "388", "19,60"],
        ["3", "COP button set PM-COP-12B-RA, annual framework volume", "2.000", "17,20"],
    ]),
    ("p", "Delivery: samples 3 weeks, series 6 weeks. Ex works Milano. Validity 60 days."),
], title="Q-PM-24-1102", author="Marco Bellandi")
_p32 = mail(
    "Sabine Roth <s.roth@rheinaufzug.de>",
    "Marco Bellandi <m.bellandi@pulsantimilano.it>",
    "Bestellung RA-4511-0155 – COP button sets (samples)",
    "Wed, 08 May 2024 10:26:00 +0200",
    "Buongiorno Herr Bellandi,\n\n"
    "attached please find our PO RA-4511-0155 and your quotation Q-PM-24-1102 on which it "
    "is based.\n\n"
    "The PO covers the 12 sample sets only. The series quantity of 388 sets is not released; it "
    "will be released by a written release signed by Frank Wegener after our sign-off of the "
    "samples. Material authority: sample-only.\n\n"
    "Please confirm the delivery date of the samples.\n\n"
    "Mit freundlichen Grüßen\nSabine Roth"
    + sig("Sabine Roth", "Einkäuferin", RHEIN, "+49 221 59 73 114"),
    attachments=[("RA-4511-0155.pdf", _p32_po, PDF_MT), ("Q-PM-24-1102.pdf", _p32_quote, PDF_MT)],
)
case("p32_quote_annual_volume", ["RG001"],
     "scope complete for 12 samples and the 388 series, but the attached quote's 2,000-set annual "
     "volume stands unlabelled",
     [("RA-4511-0155_samples.eml", eml_bytes(_p32))])

# p33 RG001 + RG003 + RG004 + RG005: DOCX sample PO with a 'project quantity' column, nothing on
# the balance.
case("p33_docx_po_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (4 operators) shows project quantity 86 in its table; silent on balance, unlock "
     "event and release person",
     [("PO_4700-0266_APB.docx", docx_bytes([
         ("h1", "Bestellung / Purchase Order 4700-0266"),
         ("p", f"Buyer: {ALPEN}. Supplier: {APB} (vendor 700512)."),
         ("p", "Date: 10.05.2024. Project: Basel Claramatte modernisation."),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Unit price EUR", "Project quantity"],
             ["10", "APB-DO-3-0800", "Door operator DOC-3, 800 mm, sample", "4", "1.240,00", "86"],
         ]),
         ("p", "Delivery: DAP Schlieren, 4 weeks. Please confirm within 3 working days."),
         ("p", "Documentation: FAI report, EMC report EN 12015/12016, CE declaration, operating "
               "manual DE/FR/IT."),
         ("p", "Our general terms of purchase (AEB 2023) apply."),
         ("p", "Alpenlift AG, Einkauf — Lukas Meier"),
     ], author="Lukas Meier"))])

# p34 RG001: call-off page with complete scope for Tower A, plus a quoted production quantity of 56
# that nothing labels as informational.
_p34_body = (
    "<h2>Gulf Vertical Transport — Call-off CO-GVT-2305-01</h2>\n"
    "<p>Supplier: Foshan Jiarui Elevator Parts Co., Ltd. · Order GVT-PO-2305: landing door sets "
    "for Al Barsha Heights Tower A (40 sets, floors 1–20, 2 lifts)</p>\n"
    + table_html([
        ["Floor", "Lift 1", "Lift 2", "Sets", "Status"],
        ["1", "1", "1", "2", "released"],
        ["2", "1", "1", "2", "released"],
        ["3", "1", "1", "2", "released"],
        ["4", "1", "1", "2", "released"],
        ["5–20", "16", "16", "32", "not released"],
    ])
    + "\n<p>Released now: 8 landing door sets (Tower A, floors 1–4).</p>\n"
    "<div class=\"note\">The remaining 32 sets for floors 5–20 are not released. They are released "
    "by the next call-off from Rashid Al Mansoori after the shaft survey of floors 5–12.</div>\n"
    "<h3>Quote reference</h3>\n"
    + table_html([
        ["Quote", "Quoted production quantity", "Unit price USD"],
        ["FJ-Q-2405-03 (Towers A and B)", "56 sets", "812.00"],
    ])
    + "\n<p>Delivery: CFR Jebel Ali, per-floor kits, labelled floor/lift.</p>"
)
case("p34_calloff_quote_qty_56", ["RG001"],
     "call-off releases 8, holds 32 with event and person; quote section shows 56 sets with no "
     "informational/not-released label",
     [("CO-GVT-2305-01.html", html_page("Call-off CO-GVT-2305-01", _p34_body))])

# p35 RG001 + RG003 + RG004 + RG005: ERP PO printout with a 'quote qty' column; only an FAI report
# requirement, nothing on the balance.
case("p35_erp_quote_qty_column", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO (4 panels) prints QUOTE QTY 120; no hold, no unlock event, no release person",
     [("RA-4511-0171_Bestellung.txt",
       "RHEINAUFZUG MODERNISIERUNG GMBH                         BESTELLUNG RA-4511-0171\n"
       "Mathias-Brüggen-Str. 88, 50829 Köln                    Datum 13.05.2024  S. 1/1\n"
       "------------------------------------------------------------------------------------\n"
       "Lieferant: OSTRAVA KABINY A.S. (30187)            Objekt: Ehrenfeld Haus G\n"
       "------------------------------------------------------------------------------------\n"
       "Pos Material      Bezeichnung                       Menge ME  QUOTE QTY  Preis EUR\n"
       "010 OK-CDP-0700   CAR DOOR PANEL 2-P CO, RAL 9006       4 ST        120     388,00\n"
       "                  700 X 2000, ZCHG. OK-CDP-0700 REV 7\n"
       "------------------------------------------------------------------------------------\n"
       "TEXT: PER YOUR QUOTE Q-OK-24-0319 OF 29.04.2024.\n"
       "      FAI REPORT REQUIRED WITH DELIVERY (EN 81-20 5.3, PENDULUM TEST RECORD).\n"
       "Liefertermin: KW 24/2024   Lieferadresse: Lager Köln-Ossendorf, Tor 3\n"
       "Zahlung: 45 Tage netto     Besteller: S. Roth, Tel. +49 221 59 73 114\n"
       "------------------------------------------------------------------------------------\n"
       "Es gelten unsere Allgemeinen Einkaufsbedingungen, Stand 01/2024.\n")])

# p36 RG001 + RG003 + RG004 + RG005: e-mail with sample PO and the supplier quote attached
# (2 sample COPs, quote shows 58 production); no scope wording at all.
_p36_po = pdf([
    ("h1", "PURCHASE ORDER GVT-PO-2320"),
    ("p", f"Buyer: {GVT} · Supplier: {AHMEDABAD}"),
    ("table", [
        ["Line", "Description", "Qty", "Unit USD", "Amount USD"],
        ["10", "Car operating panel COP-GVT-14, 14 stops, hairline SS, LCD 7\", sample",
         "2 nos", "1,140.00", "2,280.00"],
    ]),
    ("sp",),
    ("p", "Reference: your quotation AQ/24/517 dated 29 April 2024. Delivery: CFR Jebel Ali, "
          "4 weeks. Payment: 100 % against documents."),
    ("p", "Buyer: Ahmed Khalil"),
], title="GVT-PO-2320", author="Ahmed Khalil")
_p36_quote = pdf([
    ("h1", "QUOTATION AQ/24/517"),
    ("p", f"{AHMEDABAD} · GSTIN 24AALCA7731R1Z2"),
    ("p", f"To: {GVT} — Kind attn.: Mr. Ahmed Khalil"),
    ("table", [
        ["Sr.", "Description", "Qty", "Rate USD", "Amount USD"],
        ["1", "COP-GVT-14, sample", "2 nos", "1,140.00", "2,280.00"],
        ["2", "COP-GVT-14, production, Marina Gate towers", "58 nos", "865.00", "50,170.00"],
    ]),
    ("p", "Lead time: sample 4 weeks; production 6 weeks. Validity 30 days. "
          "For Ahmedabad Lift Fixtures Pvt. Ltd. — Nilesh Shah, Director (Exports)"),
], title="AQ/24/517", author="Nilesh Shah")
_p36 = mail(
    "Ahmed Khalil <ahmed.khalil@gulfvertical.ae>",
    "Nilesh Shah <nilesh.shah@ahmedabadliftfix.in>",
    "PO GVT-PO-2320 – COP sample",
    "Mon, 13 May 2024 12:30:00 +0400",
    "Dear Mr. Shah,\n\n"
    "please find attached our PO GVT-PO-2320 for the sample COP (2 nos.) as per your quotation "
    "AQ/24/517, also attached.\n\n"
    "Kindly confirm receipt and the delivery date.\n\n"
    "Best regards,\nAhmed Khalil\nBuyer, Gulf Vertical Transport LLC\n+971 4 338 2294\n",
    attachments=[("GVT-PO-2320.pdf", _p36_po, PDF_MT), ("AQ-24-517.pdf", _p36_quote, PDF_MT)],
)
case("p36_mail_po_and_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (2 COPs) sent with the quote showing 58 production; no hold, unlock event or "
     "release person anywhere",
     [("PO_GVT-PO-2320_COP.eml", eml_bytes(_p36))])

# p37 RG010: 'start the first lot now' without ever saying how many; hold, event, person present.
_p37_text = (
    "Dear Mr Yıldız,\n\n"
    "the FAI report FAI-0211-02 for the landing-door architraves (PO 4700-0211) is signed off; "
    "thank you for the quick correction of the corner radius.\n\n"
    "Please start the first lot now, sized to the site programme we discussed on Tuesday's "
    "call with Mr Keller.\n\n"
    "Everything beyond the first lot stays on hold. It is released only after the first lot has "
    "been installed and accepted in Oerlikon, by a written release signed by me.\n\n"
    "Deliveries DAP Schlieren as before, please with the floor number on each crate.\n\n"
    "Freundliche Grüsse\nReto Baumann"
    + sig("Reto Baumann", "Head of Procurement", ALPEN, "+41 44 733 18 20")
)
_p37 = mail(
    "Reto Baumann <reto.baumann@alpenlift.ch>",
    "Burak Yıldız <burak.yildiz@egepanel.com.tr>",
    "PO 4700-0211 – architraves: FAI signed off, first lot",
    "Thu, 23 May 2024 15:02:00 +0200",
    _p37_text, html=text_to_html(_p37_text),
)
case("p37_first_lot_no_number", ["RG010"],
     "buyer: 'start the first lot now, sized to the site programme' — quantity never stated; hold, "
     "event and Reto Baumann named",
     [("PO_4700-0211_first_lot.eml", eml_bytes(_p37))])

# p38 RG004 + RG005 + RG010: call-off for 'the floors the site has confirmed', rest on hold until
# further notice, signed by a department.
case("p38_calloff_ready_floors", ["RG004", "RG005", "RG010"],
     "call-off for the floors 'confirmed ready' with no quantity; rest on hold until further "
     "notice; no event, no named person",
     [("CO-2024-052_Modernia.pdf", pdf([
         ("h1", "PEDIDO DE ENTREGA / CALL-OFF CO-2024-052"),
         ("p", f"{MODERNIA} · Supplier: {MORAVIA}"),
         ("p", "PO MOD-24-0187 · Building: Calle Serrano 112, Madrid (2 lifts, 12 stops)."),
         ("p", "Please manufacture and deliver the landing-door kits for the floors that the site "
               "has confirmed ready (see the site report of Hugo Sánchez in your portal)."),
         ("table", [
             ["Kit type", "Door", "Finish", "Fire rating", "Sill"],
             ["LD-2/800", "800 × 2000, 2-panel CO", "stainless grain 240", "E120, EN 81-58",
              "aluminium, 800 mm"],
         ]),
         ("sp",),
         ("p", "Remaining floors: on hold until further notice."),
         ("p", "Delivery to site, per-floor kits, labelled with floor and lift."),
         ("p", "Madrid, 03.06.2024 — Departamento de Compras, Modernia Elevación S.L."),
     ], title="CO-2024-052", author="Compras Modernia"))])

# p39 RG003 + RG004 + RG005 + RG010: 'proceed with the pilot lot' — no quantity, no balance, no
# event, no person.
_p39_text = (
    "Hi Ken,\n\n"
    "yes — proceed with the pilot lot. Please send the FAI report together with the parts, and "
    "the powder-coating thickness readings.\n\n"
    "Thanks,\nWinnie"
    + sig("Winnie Ho", "Senior Buyer", KLS, "+852 2688 4410")
    + "\n\n-----Original Message-----\n"
    "From: Ken Leung <ken.leung@jiarui-lift.cn>\nSent: Monday, May 20, 2024 5:02 PM\n"
    "To: Winnie Ho\nSubject: KLS-24-083 architrave – pilot lot\n\n"
    + q("Dear Winnie,\n\nthe pilot-lot tooling for the architrave (drawing KLS-AR-0900 rev 2) is "
        "ready and the first-off parts are measured OK. Can we start?\n\nBest regards\nKen Leung\n"
        "Foshan Jiarui Elevator Parts Co., Ltd.")
)
_p39 = mail(
    "Winnie Ho <winnie.ho@kls-lifts.com.hk>",
    "Ken Leung <ken.leung@jiarui-lift.cn>",
    "RE: KLS-24-083 architrave – pilot lot",
    "Tue, 21 May 2024 09:10:00 +0800",
    _p39_text,
    in_reply_to="<h69-ken-0520@jiarui-lift.cn>",
)
case("p39_proceed_pilot_lot", ["RG003", "RG004", "RG005", "RG010"],
     "'proceed with the pilot lot' scoped to the pilot but never says how many, nor anything on the "
     "balance, unlock event or release person",
     [("RE_KLS-24-083_pilot_lot.eml", eml_bytes(_p39))])

# p40 RG002 + RG010: buyer portal with status APPROVED and 'Approved – please proceed', no quantity
# anywhere; hold wording present.
_p40_body = (
    "<h2>Rheinaufzug — Supplier Collaboration</h2>\n"
    "<p>Supplier: Pune Cable Harness Pvt. Ltd. · PO RA-4511-0140 · Door-operator harness DH-7, "
    "2.5 m, halogen-free</p>\n"
    + table_html([
        ["Field", "Value"],
        ["Document status", "sent to supplier 21.05.2024"],
        ["Buyer comment (F. Wegener, 21.05.2024)", "Approved – please proceed."],
        ["Delivery address", "Lager Köln-Ossendorf, Tor 3"],
        ["Incoterms", "FCA Nhava Sheva"],
    ])
    + "\n<div class=\"note\">Not released: the series harnesses beyond the sample lot. They stay "
    "on hold until the FAI report is signed off and Frank Wegener (Einkaufsleiter) issues a "
    "written release.</div>\n"
    "<p>Attachments: drawing DH-7 rev 3 (PDF), test spec TS-DH-01.</p>"
)
case("p40_portal_approved_proceed", ["RG002", "RG010"],
     "portal: 'Approved – please proceed' with no scope and no quantity stated anywhere; hold, "
     "event and person present",
     [("RA-4511-0140_collab.html", html_page("Supplier Collaboration – RA-4511-0140", _p40_body))])

# p41 RG005 + RG010: chat 'pls start the samples' without a quantity; balance held until 'internal
# approval in our company'.
case("p41_chat_start_samples", ["RG005", "RG010"],
     "chat: 'pls start the samples' (no quantity); balance on hold until 'internal approval in our "
     "company' — event but no named person",
     [("WhatsApp_Chat_MarinaGate_COP.txt", chat_export([
         ("14/05/2024", "10:05", "Nilesh Shah", "Good morning sir, PO GVT-PO-2331 received "
          "with thanks 🙏"),
         ("14/05/2024", "10:21", "Ahmed Khalil", "Shah bhai pls start the samples, design as "
          "per drawing rev 3, LCD 7 inch, Arabic + English floor names"),
         ("14/05/2024", "10:23", "Ahmed Khalil", "Balance of the COPs not released until "
          "internal approval in our company after the samples are checked at site"),
         ("14/05/2024", "10:30", "Nilesh Shah", "Sure sir, noted. Samples dispatch in 4 weeks"),
         ("14/05/2024", "10:31", "Nilesh Shah", "Braille plates also?"),
         ("14/05/2024", "10:40", "Ahmed Khalil", "yes Braille on all buttons"),
     ], style="android"))])

# p42 RG002: buyer answers a supplier's 'May we go ahead?' with 'looks good, go ahead'.
_p42_inner = (
    "From: Mikko Virtanen\nSent: Thursday, 2 May 2024 08:45\n"
    "Subject: PO 4510-2410 – sample door operators\n\n"
    "Ciao Giulia, PO 4510-2410: 4 sample door operators released. The 56 series operators are "
    "not released until the FAI report is signed off and I release them in writing.\n"
    "Mikko Virtanen, Category Manager"
)
_p42_supplier = (
    "From: Giulia Ferri <g.ferri@apb-automazioni.it>\nSent: Tuesday, 28 May 2024 17:20\n"
    "Subject: RE: PO 4510-2410 – sample door operators\n\n"
    "Dear Mikko,\n\nattached the FAI report for the 4 sample door operators: all dimensions OK, "
    "one cosmetic remark on the cover (scratch, already corrected in the process). May we go "
    "ahead?\n\nBest regards\nGiulia\n\n" + q(_p42_inner)
)
_p42 = mail(
    "Mikko Virtanen <mikko.virtanen@laakso-hissit.fi>",
    "Giulia Ferri <g.ferri@apb-automazioni.it>",
    "RE: PO 4510-2410 – sample door operators",
    "Wed, 29 May 2024 07:58:00 +0300",
    "Hi Giulia,\n\nlooks good, go ahead.\n\nMikko\n\n"
    "Sent from my phone\n\n" + q(_p42_supplier),
    in_reply_to="<h69-giulia-0528@apb-automazioni.it>",
)
case("p42_looks_good_go_ahead", ["RG002"],
     "buyer replies 'looks good, go ahead' to an FAI report without saying for what or how many; "
     "quoted PO scope is complete",
     [("RE_PO_4510-2410_FAI.eml", eml_bytes(_p42))])

# p43 RG002: meeting minutes; scope complete but AOB records an unscoped go-ahead.
case("p43_minutes_go_ahead", ["RG002"],
     "meeting minutes: scope complete (2 FAI sets, 46 on hold, event, R. Baumann) but AOB records "
     "'gave the go-ahead; Moravia to proceed'",
     [("Protokoll_FAI_Review_4700-0280.docx", docx_bytes([
         ("h1", "Minutes — FAI review, PO 4700-0280"),
         ("p", "Date: 29.05.2024, 10:00–11:30, MS Teams. Participants: R. Baumann, S. Gerber "
               "(Alpenlift); P. Dvořák, L. Horák (Moravia Door Systems)."),
         ("h", "1. Order scope"),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["FAI landing door sets LD-2/1000", "2", "released, delivered 21.05."],
             ["Series sets", "46", "not released — until FAI sign-off and written release "
                                   "signed by R. Baumann"],
         ]),
         ("h", "2. FAI findings"),
         ("li", "Door gap 5.5 mm at panel 2 (limit 6 mm) — accepted."),
         ("li", "Sill fixing holes: pattern to be updated on drawing rev G — Moravia, 07.06."),
         ("li", "Labels: DE/FR/IT version received — closed."),
         ("h", "3. Logistics"),
         ("p", "Crates per floor, max. 2 crates per truck slot; site Basel Claramatte."),
         ("h", "4. AOB"),
         ("p", "R. Baumann gave the go-ahead; Moravia to proceed accordingly."),
         ("p", "Minutes: S. Gerber, 29.05.2024"),
     ], author="Silvia Gerber"))])

# p44 RG002 + RG004: ERP PO printout 'STATUS: APPROVED - OK TO PROCEED'; balance on hold with a
# named release authority but no unlock event.
case("p44_erp_ok_to_proceed", ["RG002", "RG004"],
     "ERP PO: status 'APPROVED - OK TO PROCEED' unscoped; balance 22 on hold, Winnie Ho named, no "
     "unlock event",
     [("KLS-24-090_PO.txt",
       "KOWLOON LIFT SERVICES LTD                                PURCHASE ORDER\n"
       "18/F Laws Commercial Plaza, 788 Cheung Sha Wan Rd           KLS-24-090\n"
       "-------------------------------------------------------------------------\n"
       "VENDOR : 100233 FOSHAN JIARUI ELEVATOR PARTS CO LTD   DATE : 22/05/2024\n"
       "SHIP TO: KLS WAREHOUSE, KWAI CHUNG, NT               CURR : HKD\n"
       "-------------------------------------------------------------------------\n"
       "LN  PART NO        DESCRIPTION                    QTY  UOM    UNIT PRICE\n"
       "1   KLS-CDP-0800   CAR DOOR PANEL SET 800MM SUS     2  SET     4,980.00\n"
       "                   HAIRLINE - SAMPLE\n"
       "-------------------------------------------------------------------------\n"
       "NOTE: BALANCE 22 SETS ON HOLD. RELEASE AUTHORITY: WINNIE HO (SR BUYER).\n"
       "      FAI REPORT + COATING CERT TO ACCOMPANY SAMPLES.\n"
       "PO STATUS: APPROVED - OK TO PROCEED\n"
       "-------------------------------------------------------------------------\n"
       "TERMS: 60 DAYS FROM INVOICE    DELIVERY: 4 WEEKS\n"
       "PRINTED BY: WHO  22/05/2024 14:51   PAGE 1 OF 1\n")])

# p45 RG003 + RG004 + RG005: sample PO (PDF) for a mock-up car, silent about the series.
case("p45_pdf_sample_po_silent", ["RG003", "RG004", "RG005"],
     "sample PO for 1 mock-up car panel set; series per quote, but nothing on the balance, unlock "
     "event or release person",
     [("PO_4700-0295.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4700-0295"),
         ("p", f"Buyer: {ALPEN}"),
         ("p", f"Supplier: {OSTRAVA} (vendor 700377)"),
         ("p", "Date: 27.05.2024 · Project: Zürich-Oerlikon, Binzmühlestrasse modernisation"),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Unit price EUR"],
             ["10", "OK-CWP-1100", "Car wall panel set, 1100 × 1400 car, stainless grain 240 with "
              "mirror rear wall, sample for mock-up car", "1 set", "3.960,00"],
         ]),
         ("sp",),
         ("p", "Series per your quotation Q-OK-24-0288."),
         ("p", "Delivery: DAP Schlieren test tower, week 26. FAI report per our QA specification "
               "QS-07 with the delivery."),
         ("p", "Payment: 60 days net. Our general terms of purchase (AEB 2023) apply."),
         ("p", "Alpenlift AG, Einkauf — S. Keller"),
     ], title="PO 4700-0295", author="S. Keller"))])


# =================================================================== END OF CASES


# ----------------------------------------------------------------- writer
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(6969).shuffle(order)
    labels = {}
    for i, c in enumerate(order, start=1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h69_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8")
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    print("per rule:", " ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    build()
