#!/usr/bin/env python3
"""Generator for the releasegate check_holdout180 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout180/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps, seeded shuffle).

Domain: ropeway and cable-car components (grips, sheave assemblies, cabin doors, tower heads,
haul-rope clamps, station cladding). All companies and people are fictional.
Case ids: c01..c25 clean, p01..p45 with at least one risk. The ids appear only here.
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
    m["Message-ID"] = msgid or f"<h180-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h180")
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


# ------------------------------------------------------------ local helpers
def pdfx(blocks, title="document", author="unknown", pagesize=A4):
    """pdf() with a guard: the standard PDF fonts only carry cp1252 glyphs."""
    for b in blocks:
        parts = b[1] if b[0] == "table" else b[1:]
        flat = [str(c) for r in parts for c in (r if isinstance(r, (list, tuple)) else [r])]
        for s in flat:
            s.encode("cp1252")
    return pdf(blocks, pagesize=pagesize, title=title, author=author)


def _html_lines(lines):
    out, para, i = [], [], 0

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(escape(x) for x in para) + "</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith(">"):
            flush()
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                if s.startswith(" "):
                    s = s[1:]
                q.append(s)
                i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">\n' + _html_lines(q) + "\n</blockquote>")
            continue
        if line.strip() == "":
            flush()
        else:
            para.append(line)
        i += 1
    flush()
    return "\n".join(out)


def txt2html(text):
    """The HTML half of a multipart/alternative mail, as a mail client would write it."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + _html_lines(text.split("\n")) + "\n</body></html>\n")


def html_table(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "\n".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>"
                     for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}\n</table>"


# --------------------------------------------------------------- the cast
GRUBER = "Martina Gruber <m.gruber@tauernseil.at>"
WECHSEL = "Florian Wechselberger <f.wechselberger@tauernseil.at>"
CADUFF = "Reto Caduff <reto.caduff@lauteralp-bahnen.ch>"
ZUERCHER = "Corinne Zürcher <corinne.zuercher@lauteralp-bahnen.ch>"
RESTREPO = "Juliana Restrepo Gómez <jrestrepo@cableaburrasur.com.co>"
OCAMPO = "Andrés Felipe Ocampo <aocampo@cableaburrasur.com.co>"
URIBE = "Catalina Uribe Mejía <curibe@cableaburrasur.com.co>"
MORIYAMA = "Takeshi Moriyama <t.moriyama@shirakaba-kogen.co.jp>"
KANAZAWA = "Yui Kanazawa <y.kanazawa@shirakaba-kogen.co.jp>"
KRANJC = "Matej Kranjc <matej.kranjc@kovinar-celje.si>"
PICHLER = "Lukas Pichler <l.pichler@eisacktaler-seilbahnteile.it>"
DVORAK = "Petr Dvořák <dvorak@strojirny-jesenik.cz>"
LEOWANG = "Leo Wang <leo.wang@hx-cableway.com.cn>"
LASHERAS = "Javier Lasheras <jlasheras@talleresmoncayo.es>"

TAUERN = "Tauernseil Anlagenbau GmbH · Industriestraße 12 · A-6130 Schwaz · Tirol"
LAUTER = "Lauteralp Bahnen AG · Dorfstrasse 3 · CH-3824 Stechelberg"
CAS = "Cable Aburrá Sur S.A.S. · Calle 50 # 52-18 · Itagüí, Antioquia, Colombia"
SKR = "Shirakaba Kogen Resort Co., Ltd. · Kitayama 4035 · Chino-shi, Nagano 391-0301, Japan"
KOV = "Kovinar Celje d.o.o. · Ulica kovinarjev 7 · SI-3000 Celje · Slovenija"
EST = "Eisacktaler Seilbahnteile GmbH - Srl · Industriezone Süd 14 · I-39042 Brixen/Bressanone (BZ)"
JES = "Strojírny Jeseník s.r.o. · Průmyslová 12 · CZ-790 01 Jeseník"
HX = "Changzhou Huaxin Cableway Components Co., Ltd. · No. 88 Fengming Road, Wujin District, Changzhou, Jiangsu 213161, China"
TMC = "Talleres Moncayo Cable S.L. · Polígono Malpica, calle E, nave 14 · 50016 Zaragoza · España"

DISCL_DE = ("\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
            "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. "
            "Firmenbuch FN 118240 t, LG Innsbruck.\n")
DISCL_ES = ("\nAVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales. Si usted no es el "
            "destinatario, por favor bórrelo y avise al remitente. Antes de imprimir piense en el medio "
            "ambiente.\n")
DISCL_JP = ("\n本メールは機密情報を含む場合があります。誤って受信された場合は削除の上ご連絡ください。\n"
            "This e-mail may contain confidential information. If received in error, please delete it.\n")


# =================================================================== CLEAN
# c01 supplier quote with sample / series / spares tiers, on its own
case("c01_quote_tiers", [], "supplier quote alone with first-article, series and spare tiers; no authorization in the bundle", [
    ("Angebot_Q-24-0460.pdf", pdfx([
        ("h1", "Angebot / Offerta / Quotation Q-24-0460"),
        ("p", "Eisacktaler Seilbahnteile GmbH - Srl · Industriezone Süd 14 · I-39042 Brixen/Bressanone (BZ) · "
              "MwSt.-Nr./P.IVA IT02418760214"),
        ("p", "An / a / to: Lauteralp Bahnen AG, Einkauf, Herr Reto Caduff, Dorfstrasse 3, CH-3824 Stechelberg"),
        ("p", "Datum: 04.03.2024 · Ihre Anfrage / your RFQ: RFQ-LB-24-011 vom 19.02.2024 · Bearbeiter: Lukas Pichler"),
        ("h", "Gegenstand / subject"),
        ("p", "Tower sheave assembly (Rollenbatterie) SB-6/460, six sheaves Ø460 mm with polyurethane liner, for haul "
              "rope Ø40 mm, acc. to your drawing LB-460-0612 Rev 04. Welded parts EN 1090-2 EXC3, welding "
              "EN ISO 3834-2, material certificates EN 10204 3.1, QM system ISO 9001:2015."),
        ("table", [
            ["Pos", "Beschreibung / description", "Menge", "Preis EUR / Stk", "Lieferzeit"],
            ["1", "Erstmuster / first-article assemblies SB-6/460 incl. FAI report and 3.1 certificates", "2",
             "18.450,00", "8 weeks after order"],
            ["2", "Serie / series assemblies SB-6/460", "24", "14.980,00",
             "14 weeks after your written production release"],
            ["3", "Ersatzrolle / spare sheave Ø460 with liner, loose", "12", "612,40", "6 weeks"],
            ["4", "Option: liner set PU 95 Shore A (6 pcs)", "1 set", "1.170,00", "4 weeks"],
        ]),
        ("p", "Series price only valid for one order of min. 24 assemblies; for smaller lots +9 %."),
        ("p", "Prices ex works Brixen, wooden crates included, freight to Stechelberg on request. Validity 60 days. "
              "Payment 30 days net. This quotation is no order confirmation: nothing is produced or purchased "
              "before we have your purchase order."),
        ("sp",),
        ("p", "Mit freundlichen Grüßen / Cordiali saluti"),
        ("p", "Lukas Pichler, Verkauf / Vendite · +39 0472 830 415"),
    ], title="Q-24-0460", author="Eisacktaler Seilbahnteile")),
])

# c02 buyer RFQ with three quantity scenarios (multipart/alternative)
_t = """Buen día Javier,

Espero que estés muy bien. As we talked in Bogotá at the fair, we need a quotation for the cabin door sets CD-10 (sliding leaf + mechanism + glass) for the renewal of Línea K2, plano CAS-K2-DR-014 rev. C.

Please quote three (3) scenarios so we can compare:

  A) 4 door sets – muestras / samples, incl. inspection report and EN 10204 3.1 certificates
  B) 48 door sets – first half of the fleet (24 cabinas)
  C) 96 door sets – full fleet (48 cabinas x 2 puertas)

For each scenario: unit price in USD, lead time, tooling if any, Incoterm FCA Zaragoza and CIF Cartagena.

Importante: this is only a request for quotation. It is not a purchase order and nothing is authorized with it, please do not buy material. For the technical part the contact is Ing. Andrés Felipe Ocampo (en copia).

We need the offer before el 22 de marzo, please.

Quedo atenta, muchas gracias.

Cordialmente,
""" + sig("Juliana Restrepo Gómez", "Analista de Compras", "Cable Aburrá Sur S.A.S. – Itagüí, Antioquia",
          "+57 604 448 2100 ext. 231") + DISCL_ES
case("c02_rfq_scenarios", [], "buyer RFQ with 4 / 48 / 96 scenarios, says it is not an order", [
    ("RFQ_CAS-RFQ-2024-019.eml", eml_bytes(mail(
        RESTREPO, LASHERAS, "RFQ CAS-RFQ-2024-019 – Puertas de cabina CD-10 / cabin door sets – Línea K2",
        "Tue, 05 Mar 2024 10:22:00 -0500", _t, html=txt2html(_t), cc=OCAMPO))),
])

# c03 Teams: supplier asks for the go-ahead under the complete scope; buyer says no
case("c03_teams_question", [], "supplier's go-ahead question; buyer restates 12 active, 388 on hold, FAI sign-off + Steinlechner", [
    ("Teams_Chat_Gruber_Kranjc.txt", """Microsoft Teams – Chat-Export / chat export
Chat: Martina Gruber (Tauernseil Anlagenbau GmbH), Matej Kranjc (Gast / Guest – Kovinar Celje d.o.o.)
Exportiert / exported: 18.03.2024 16:02 von m.gruber@tauernseil.at

[11.03.2024 08:14] Martina Gruber
Hi Matej, short summary of PO 4500 8812 so we are on the same page:
- twelve (12) sample grips DG-42, drawing 42-0410 Rev. F, with FAI report
- the balance of 388 grips is NOT released
- the balance is released only after FAI sign-off by Florian Wechselberger (QS) and then a written release from Mag. Herbert Steinlechner
- material: samples only, no forgings for the 388 please

[11.03.2024 08:31] Matej Kranjc (Gast)
Hi Martina, clear, thank you. 12 pcs samples go in forge this week.

[15.03.2024 13:47] Matej Kranjc (Gast)
FAI report of the 12 samples was sent to Florian today morning. Can we have go-ahead for the balance? Our forge shop has free slot KW 14, after that only KW 21 :(

[15.03.2024 14:05] Martina Gruber
Hi Matej, not yet, sorry. Florian is still checking the report, the grip force test on the 36 kN rig is planned next Tuesday. Balance stays on hold — please don't start and don't order blanks for the 388. When Herbert signs the release you get it in writing from me, same day.

[15.03.2024 14:09] Matej Kranjc (Gast)
ok understood, we keep only the 12. I ask forge if KW 16 is possible as backup. Lp Matej
"""),
])

# c04 SAP demand forecast, clearly labelled
case("c04_labelled_forecast", [], "SAP demand forecast printout labelled not an order, no commitment, no material authority", [
    ("Bedarfsvorschau_LP-2291.txt", """Lauteralp Bahnen AG                     SAP ERP                               Seite 1/1
Bedarfsvorschau / Demand forecast        Nr. LP-2291                Druck 02.04.2024 07:12 RCADUFF
------------------------------------------------------------------------------------------------
Lieferant   100482  Kovinar Celje d.o.o., Ulica kovinarjev 7, SI-3000 Celje
Material    2000418 Seilklemme / haul-rope clamp HRC-36, Zeichnung LB-36-220 Rev 03
Werk        LB01 Stechelberg

*** PROGNOSE – KEINE BESTELLUNG / FORECAST – NOT AN ORDER ***
Diese Vorschau ist unverbindlich. No commitment to purchase, no material authority.
Firm quantities only by purchase order and written production release (B. Imboden, Leiter Technik).

Periode     Menge  Kz   Bemerkung
KW 18/24       40  P    Revision 6er-Sesselbahn Stechelalp
KW 27/24       80  P    Revision Pendelbahn Lauteralp II
KW 36/24       60  P    Reserve Lager Stechelberg
KW 44/24       60  P    Wintersaison 24/25
------------------------------------------------------------------------------------------------
Summe         240       Kz P = Planung / Prognose (planning only)

Rückfragen: Reto Caduff, Einkauf, +41 33 855 21 40
"""),
])

# c05 sample sign-off record scoped to fit check
case("c05_signoff_fit_only", [], "sample sign-off approved for fit check only, production not released, Steinlechner releases in writing", [
    ("Musterpruefung_DG-34_EMPB-2024-027.docx", docx_bytes([
        ("h1", "Bemusterungsprotokoll / Sample sign-off record EMPB-2024-027"),
        ("p", "Tauernseil Anlagenbau GmbH · Qualitätssicherung · Industriestraße 12, A-6130 Schwaz"),
        ("table", [
            ["Feld", "Eintrag"],
            ["Lieferant / supplier", "Kovinar Celje d.o.o., Celje (SI)"],
            ["Teil / part", "Kuppelklemme / detachable grip DG-34, Zeichnung 34-0388 Rev. C"],
            ["Bestellung / PO", "4500 8817, Pos. 10"],
            ["Muster erhalten / samples received", "10 Stk am 25.03.2024, Los KC-24-0311"],
            ["Normen / standards", "EN 13796-1:2017; Zeugnisse EN 10204 3.1 (42CrMo4+QT)"],
        ]),
        ("h", "Ergebnisse / results"),
        ("table", [
            ["Merkmal / characteristic", "Anforderung", "Ergebnis", "i.O./n.i.O."],
            ["Klemmkraft auf Seil Ø34", "≥ 32 kN", "33,6 – 35,0 kN", "i.O."],
            ["Rutschprüfung 1,2 × Nennkraft", "kein Rutschen", "kein Rutschen", "i.O."],
            ["Öffnungshub Backe", "12,0 ± 0,2 mm", "11,9 – 12,1 mm", "i.O."],
            ["Gewinde M24x2 (Backenbolzen) 6g", "Lehre gut/schlecht", "10/10 i.O.", "i.O."],
            ["Rissprüfung MT (EN ISO 9934-1)", "keine Anzeigen", "keine Anzeigen", "i.O."],
            ["Schichtdicke Beschichtung", "≥ 80 µm", "92 – 118 µm", "i.O."],
        ]),
        ("h", "Entscheid / disposition"),
        ("p", "Sample disposition: approved for fit check on the test carrier only; production not released."),
        ("p", "This record is the technical sign-off of the 10 samples. It releases no quantity. The balance of 250 "
              "grips under PO 4500 8817 stays on hold. Production of the balance needs a separate written release "
              "from Mag. Herbert Steinlechner (Leiter Supply Chain), after the fit check on the test carrier in "
              "Schwaz (planned KW 15)."),
        ("p", "Material authority stays sample-only."),
        ("table", [
            ["Rolle", "Name", "Datum"],
            ["QS / sample sign-off", "Ing. Florian Wechselberger", "28.03.2024"],
            ["Einkauf (zur Info)", "DI Martina Gruber", "28.03.2024"],
        ]),
    ], author="F. Wechselberger")),
])

# c06 full-quantity PO, mail with the PO as PDF attachment
_po = pdfx([
    ("h1", "PURCHASE ORDER PO-SKR-24-0229"),
    ("p", "Shirakaba Kogen Resort Co., Ltd. · Kitayama 4035 · Chino-shi, Nagano 391-0301, Japan · Purchasing Section"),
    ("table", [
        ["Vendor", "Strojirny Jesenik s.r.o., Prumyslova 12, CZ-790 01 Jesenik"],
        ["Date", "2024/03/22"],
        ["Your quotation", "JES-NAB-24-062 dated 2024/03/05"],
        ["Project", "Kogen Quad 3, towers T3 to T6"],
        ["Incoterms / payment", "CIF Yokohama (Incoterms 2020) / T/T 60 days after B/L"],
    ]),
    ("sp",),
    ("table", [
        ["No.", "Item", "Drawing", "Qty", "Unit", "Unit price EUR", "Amount EUR"],
        ["1", "Tower head TK-14, hot-dip galvanized (ISO 1461)", "SKR-TH-14-001 rev.7", "4", "pcs",
         "28.640,00", "114.560,00"],
        ["", "", "", "", "", "Total", "114.560,00"],
    ]),
    ("h", "Delivery schedule"),
    ("table", [
        ["Towers", "Qty", "ETA Yokohama"],
        ["T3, T4", "2", "2024/07/31"],
        ["T5, T6", "2", "2024/08/30"],
    ]),
    ("h", "Remarks"),
    ("p", "1. This order is for the full and final quantity of four (4) tower heads. No samples, no balance, no option."),
    ("p", "2. Welding EN 1090-2 EXC3 and ISO 3834-2; inspection certificates EN 10204 3.1; galvanizing min. 85 µm."),
    ("p", "3. Please send your order acknowledgement within one week."),
    ("sp",),
    ("p", "Issued by: Takeshi Moriyama, Purchasing · Authorized signatory: Hiroshi Tanabe, General Manager"),
], title="PO-SKR-24-0229", author="Shirakaba Kogen Resort")
_t = """Dear Mr. Dvořák,

Thank you very much for your quotation JES-NAB-24-062 and for the kind support during our visit in Jeseník.

Please find attached our purchase order PO-SKR-24-0229 for the tower heads TK-14 (towers T3, T4, T5 and T6 of Kogen Quad 3).

This PO covers the full and final quantity: four (4) tower heads. There are no samples and no further quantity behind this order, the design is identical to the units of 2019 (drawing SKR-TH-14-001 rev.7). Please proceed with the 4 pcs as per the schedule in the PO; last delivery CIF Yokohama 30 August 2024.

Kindly send us your order acknowledgement within one week.

Best regards,
""" + sig("Takeshi Moriyama", "Purchasing Section", "Shirakaba Kogen Resort Co., Ltd.", "+81 266 68 3110") + DISCL_JP
case("c06_full_quantity_po", [], "full and final quantity PO for 4 tower heads, 'proceed with the 4 pcs'; no balance exists", [
    ("PO-SKR-24-0229_mail.eml", eml_bytes(mail(
        MORIYAMA, DVORAK, "PO-SKR-24-0229 / Tower heads TK-14, Kogen Quad 3",
        "Fri, 22 Mar 2024 17:40:00 +0900", _t,
        attachments=[("PO-SKR-24-0229.pdf", _po, PDF_MT)]))),
])

# c07 call-off with explicit staged material authority above the released quantity
case("c07_calloff_staged_material", [], "call-off releases 40, explicit staged material authority for 120, balance 240 until call-off 08 signed by Steinlechner", [
    ("Lieferabruf_07_RA-4500-8650.txt", """TAUERNSEIL ANLAGENBAU GMBH                      proALPHA  Lieferabruf / Call-off        Blatt 1
Industriestraße 12, A-6130 Schwaz                                Druck 08.04.2024 07:15  MGRUBER
==================================================================================================
Abruf-Nr. / call-off no.     07          zu Rahmenauftrag / blanket order RA-4500-8650
Lieferant / supplier         70211 Kovinar Celje d.o.o., Ulica kovinarjev 7, SI-3000 Celje
Teil / part                  SK-36-0220  Seilklemme SK-36 / haul-rope clamp, Zchng 36-0220 Rev. 12
                             für Förderseil Ø36 mm, EN 13796-1:2017, Werkstoff 42CrMo4+QT, 3.1
--------------------------------------------------------------------------------------------------
Rahmenmenge / contract quantity ............................ 400 Stk
bisher abgerufen / called off so far (Abruf 01-06) ......... 120 Stk
DIESER ABRUF / THIS CALL-OFF 07:
  Produktionsfreigabe / released for production ............. 40 Stk   Liefertermin KW 22/2024
  Materialberechtigung / material authority ................. staged: Schmiederohlinge 42CrMo4
                                                              für bis zu 120 Stk auf Risiko Tauernseil
                                                              (raw forgings for up to 120 pcs at
                                                              Tauernseil's liability)
Restmenge / balance ........................................ 240 Stk  NICHT freigegeben / NOT released
  Freigabe der Restmenge nur mit dem nächsten Abruf (Abruf 08), unterzeichnet von
  Mag. Herbert Steinlechner, Leiter Supply Chain.
  Balance released only by the next call-off (no. 08), signed by Mag. Herbert Steinlechner.
--------------------------------------------------------------------------------------------------
EDI (DELFOR D.96A) – Auszug / excerpt:
BGM+241+AB-2024-07+9'
DTM+137:20240408:102'
NAD+BY+9008390112233::9++TAUERNSEIL ANLAGENBAU GMBH'
NAD+SE+3830012345678::9++KOVINAR CELJE DOO'
LIN+1++SK-36-0220:IN'
QTY+113:40:PCE'
SCC+1'
DTM+2:20240527:102'
FTX+AAI+++MATERIAL AUTHORITY STAGED UP TO 120 PCS. BALANCE 240 NOT RELEASED UNTIL CALL-OFF 08.'
--------------------------------------------------------------------------------------------------
Sachbearbeiterin: DI Martina Gruber, Einkauf, +43 5242 6170-214
"""),
])

# c08 signed auto-conversion agreement
case("c08_signed_autoconversion", [], "explicit auto-conversion record naming 22 units, signer Imboden, conditions and lapse date", [
    ("Vereinbarung_LB-EST_2024-03.docx", docx_bytes([
        ("h1", "Vereinbarung über automatische Produktionsfreigabe / Auto-conversion agreement"),
        ("p", "Lauteralp Bahnen AG (Käuferin) – Eisacktaler Seilbahnteile GmbH - Srl (Lieferant)"),
        ("p", "Bezug: Bestellung 4700212 vom 26.02.2024, Rollenbatterie SB-4/420, Zeichnung LB-420-0408 Rev 02"),
        ("h", "1. Gegenstand / scope"),
        ("p", "Order 4700212 covers two (2) first-article assemblies, released for production, and twenty-two (22) "
              "series assemblies, not released."),
        ("h", "2. Auto-conversion"),
        ("p", "If Corinne Zürcher (Technik) records the sample sign-off of the two first-article assemblies as "
              "'approved' on or before 30.04.2024, that sign-off releases the twenty-two (22) series assemblies "
              "by itself. No further written release is needed for these 22 assemblies."),
        ("h", "3. Bedingungen / conditions"),
        ("li", "Sign-off without open deviations; an interim or conditional disposition does not convert."),
        ("li", "Applies to the 22 assemblies only. Any further quantity needs a revised order and a written release "
               "by Beat Imboden."),
        ("li", "If no sign-off is recorded by 30.04.2024 this agreement lapses and the 22 assemblies stay on hold "
               "until a written release by Beat Imboden."),
        ("li", "Material authority until sign-off: staged, bearings and sheave blanks for up to 24 assemblies "
               "(2 + 22) at the liability of Lauteralp Bahnen AG."),
        ("h", "4. Unterschriften / signatures"),
        ("table", [
            ["Partei", "Name / Funktion", "Datum", "Unterschrift"],
            ["Lauteralp Bahnen AG", "Beat Imboden, Leiter Technik (release authority)", "04.03.2024", "sig. B. Imboden"],
            ["Lauteralp Bahnen AG", "Reto Caduff, Einkauf", "04.03.2024", "sig. R. Caduff"],
            ["Eisacktaler Seilbahnteile", "Lukas Pichler, Verkauf", "05.03.2024", "sig. L. Pichler"],
        ]),
    ], author="R. Caduff")),
])

# c09 forwarded old quote (message/rfc822), declared informational
_old = mail(LASHERAS, RESTREPO, "Cotización COT-ZG-2022-118 puertas de cabina CD-10",
            "Wed, 14 Sep 2022 12:05:00 +0200",
            """Estimada Juliana:

Según lo solicitado le paso precios para la renovación de puertas:

  120 puertas de cabina CD-10, plano CAS-K2-DR-009 rev. A
  Precio unitario: USD 2.640,00 FCA Zaragoza
  Plazo: 16 semanas desde pedido
  Validez de la oferta: 30 días

Quedamos a su disposición.

Un saludo,
""" + sig("Javier Lasheras", "Departamento Comercial", "Talleres Moncayo Cable S.L.", "+34 976 57 21 08"))
_t = """Hola Javier, buenas tardes.

Como lo hablamos por teléfono, te reenvío abajo la cotización vieja de 2022 de las 120 puertas (COT-ZG-2022-118). Es solo referencia de precio para la comparación que está haciendo Andrés Felipe — informational only, it is not an order and nothing in it is released.

El alcance vigente sigue siendo el de la OC 7815:
- 4 puertas muestra CD-10, activas ahora
- el saldo de 92 puertas NO está liberado
- se libera solo después de la aprobación técnica de las muestras por el Ing. Andrés Felipe Ocampo y con liberación escrita de Catalina Uribe Mejía (Gerente de Abastecimiento)
- material: solo para las 4 muestras

Cualquier duda me avisas.

Cordialmente,
""" + sig("Juliana Restrepo Gómez", "Analista de Compras", "Cable Aburrá Sur S.A.S.", "+57 604 448 2100 ext. 231") + DISCL_ES
case("c09_forwarded_old_quote", [], "old 120-door quote forwarded as rfc822, declared informational; current scope 4 active, 92 on hold, event + Uribe", [
    ("RV_cotizacion_2022.eml", eml_bytes(mail(
        RESTREPO, LASHERAS, "RV: Cotización COT-ZG-2022-118 puertas de cabina CD-10 – solo referencia",
        "Thu, 11 Apr 2024 15:18:00 -0500", _t, attachments=[("rfc822", _old)]))),
])

# c10 buyer corrects a quoted supplier line that assumed roll-over into series
_t = """Dobrý den Herr Dvořák,

thank you for the quick update — but please no, that is not how we agreed.

The first-article approval does not release the remaining twelve (12) tower heads. PO 4500 8775 stays as written:
- active now: two (2) first-article tower heads TK-14 (Stütze 7 and 8)
- balance 12 pcs: on hold, not released
- the balance is released only after FAI sign-off by Ing. Florian Wechselberger and then a written release by Mag. Herbert Steinlechner
- material: for the 2 first articles only, no plates for the 12

Please keep the slot in KW 24 reserved if you can, but do not cut any plate before you have Herbert's written release.

Mit freundlichen Grüßen / S pozdravem
Martina Gruber

> Von: Petr Dvořák <dvorak@strojirny-jesenik.cz>
> Gesendet: Montag, 8. April 2024 15:20
> An: Martina Gruber
> Betreff: AW: PO 4500 8775 – tower heads TK-14, first article
>
> Dear Mrs. Gruber,
> first article welding is finished, NDT (UT + MT) tomorrow, dimensional report on Thursday. After your approval of first article we continue directly with remaining 12 tower heads, so we keep the slot in KW 24.
> Best regards / S pozdravem
> Petr Dvořák
""" + sig("DI Martina Gruber", "Einkauf / Strategic Purchasing", "Tauernseil Anlagenbau GmbH", "+43 5242 6170-214") + DISCL_DE
case("c10_correction_of_quoted_rollover", [], "quoted supplier assumes roll-over into the 12; buyer's reply corrects it and restates hold, event, person", [
    ("AW_PO_4500-8775.eml", eml_bytes(mail(
        GRUBER, DVORAK, "AW: AW: PO 4500 8775 – tower heads TK-14, first article",
        "Tue, 09 Apr 2024 08:05:00 +0200", _t, in_reply_to="<h180-jes-0408@strojirny-jesenik.cz>"))),
])

# c11 WhatsApp: supplier says the deposit does not release production
case("c11_whatsapp_deposit_not_release", [], "supplier: deposit is payment, does not release production; 4 samples only, 92 wait for Uribe's written release", [
    ("WhatsApp_Chat_Javier_Lasheras.txt", """12/04/2024, 9:02 a. m. - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
12/04/2024, 9:05 a. m. - Juliana Restrepo CAS: Buen día Javier! Ya salió la transferencia del anticipo del 30% de la OC 7821 🙌 USD 4.104,00
12/04/2024, 9:11 a. m. - Javier Lasheras: Buenos días Juliana, recibido, mil gracias!
12/04/2024, 9:12 a. m. - Javier Lasheras: Solo para que quede claro por escrito: el anticipo es pago, no libera producción. Seguimos solo con las 4 puertas muestra CD-10. Las 92 restantes quedan en espera hasta la liberación escrita de Catalina Uribe, después de que Andrés Felipe apruebe las muestras.
12/04/2024, 9:20 a. m. - Juliana Restrepo CAS: Correcto, así es 👍 el cronograma de muestras sigue semana 20?
12/04/2024, 9:21 a. m. - Javier Lasheras: Sí señora, semana 20 salen de Zaragoza 🚚
12/04/2024, 9:22 a. m. - Juliana Restrepo CAS: Listo, mil gracias
"""),
])

# c12 supplier acknowledgement restating the hold (quoted reply)
_t = """Dear Mr. Caduff,

we confirm your order 4700236 as written:
- two (2) first-article tower heads TK-12, drawing LB-TK-12-100 rev. 5, EN 1090-2 EXC3, delivery KW 23
- remaining fourteen (14) tower heads are not released. We will not start them and we will not buy plates or flanges for them before we have written release from Mr. Beat Imboden after your FAI sign-off.
- material authority: for the 2 first articles only.

Price per your order CHF 24'850.00 per piece, DAP Stechelberg.

S pozdravem / Best regards
Petr Dvořák
Obchodní oddělení / Sales

> Von: Reto Caduff <reto.caduff@lauteralp-bahnen.ch>
> Gesendet: Dienstag, 2. April 2024 10:41
> An: Petr Dvořák
> Betreff: Bestellung 4700236 – Turmkopf TK-12 Erstmuster
>
> Grüezi Herr Dvořák
>
> Here our order 4700236 in short:
> Pos. 10: 2 Stk Turmkopf TK-12 Erstmuster / first articles, incl. FAI report – released for production.
> Rest 14 Stk: nicht freigegeben / not released. Freigabe erst nach der FAI-Abnahme durch Corinne Zürcher, schriftlich durch Beat Imboden, Leiter Technik.
> Material bitte nur für die 2 Erstmuster.
>
> Freundliche Grüsse
> Reto Caduff
""" + sig("Petr Dvořák", "Sales / Obchod", "Strojírny Jeseník s.r.o.", "+420 584 412 230")
case("c12_supplier_ack_restates_hold", [], "supplier acknowledgement restating 2 active, 14 not released, Imboden written release after FAI, sample-only material", [
    ("RE_Bestellung_4700236.eml", eml_bytes(mail(
        DVORAK, CADUFF, "RE: Bestellung 4700236 – Turmkopf TK-12 Erstmuster",
        "Wed, 03 Apr 2024 09:12:00 +0200", _t, in_reply_to="<h180-lb-0402@lauteralp-bahnen.ch>"))),
])

# c13 supplier weekly status report restating the hold and sample-only material
case("c13_status_report_hold", [], "supplier status report: 30 samples released, 1,170 not released, no material for the balance", [
    ("Weekly_Status_WK15_HX.pdf", pdfx([
        ("h1", "Weekly Status Report – Week 15/2024"),
        ("p", "Changzhou Huaxin Cableway Components Co., Ltd. · No. 88 Fengming Road, Wujin District, Changzhou, "
              "Jiangsu 213161, China"),
        ("p", "Customer: Shirakaba Kogen Resort Co., Ltd. · Project: Kogen Gondola station cladding renewal · "
              "Prepared by: Zhou Min (QA), Leo Wang (Sales) · Date: 12 April 2024"),
        ("h", "1. Order scope (as per customer PO-SKR-24-0284)"),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Station cladding panel SCP-3, AlMg3 (EN AW-5754) 3 mm, PVDF RAL 9006 - samples", "30 pcs",
             "released, in production"],
            ["Station cladding panel SCP-3 - balance", "1,170 pcs",
             "not released - waiting sample sign-off by Ms. Y. Kanazawa and written release by Mr. H. Tanabe"],
        ]),
        ("h", "2. Progress of the 30 sample panels"),
        ("table", [
            ["Step", "Plan", "Actual", "Remark"],
            ["Cutting / punching", "WK 13", "WK 13", "done"],
            ["Bending", "WK 14", "WK 14", "done"],
            ["PVDF coating 3-coat, min. 35 µm", "WK 15", "WK 15", "done, 38-44 µm"],
            ["Salt spray ISO 9227 NSS 1000 h (coupon)", "WK 15-21", "started 10 Apr", "report WK 21"],
            ["Packing, 2 crates", "WK 16", "-", ""],
        ]),
        ("h", "3. Material"),
        ("p", "Material authority: sample-only. Purchased: AlMg3 sheet 3 mm for the 30 samples + 5 % scrap "
              "(2 sheets 1500 x 3000). No coil or sheet purchased for the balance of 1,170 pcs. We will ask you "
              "in writing before any purchase for the balance."),
        ("h", "4. Open points"),
        ("p", "- Colour chip for final check sent by DHL 5789 2210 64 on 10 April."),
        ("p", "- Fixing clip drawing SKR-CL-07 rev.2: M8 or M10 rivet nut? Waiting answer from Ms. Kanazawa."),
    ], title="Weekly status WK15", author="Zhou Min")),
])

# c14 interim sample sign-off with quantity and date limits
case("c14_interim_signoff_limits", [], "interim disposition limited to 40 clamps / 30.06.2024; 40 released separately by Imboden; 200 on hold", [
    ("Musterpruefung_HRC-36_MP-24-009.docx", docx_bytes([
        ("h1", "Musterprüfentscheid / Sample disposition MP-24-009"),
        ("p", "Lauteralp Bahnen AG · Technik · Dorfstrasse 3, CH-3824 Stechelberg"),
        ("table", [
            ["Feld", "Eintrag"],
            ["Lieferant", "Kovinar Celje d.o.o., Celje"],
            ["Teil", "Seilklemme HRC-36, Zeichnung LB-36-220 Rev 03"],
            ["Bestellung", "4700250"],
            ["Muster", "5 Stk erhalten am 08.04.2024"],
        ]),
        ("h", "Befund / findings"),
        ("table", [
            ["Merkmal", "Soll", "Ist", "Bewertung"],
            ["Rauheit Klemmfläche", "Ra ≤ 1,6 µm", "Ra 1,2 – 1,4 µm", "i.O."],
            ["Rauheit Nicht-Funktionsfläche", "Ra ≤ 1,6 µm (Zeichnung)", "Ra 2,8 – 3,2 µm", "n.i.O., Abweichung"],
            ["Härte", "28 – 34 HRC", "30 – 32 HRC", "i.O."],
            ["Gewinde M20x1,5", "6H", "5/5 i.O.", "i.O."],
            ["Rutschprüfung", "kein Rutschen bei 1,2 × FN", "kein Rutschen", "i.O."],
        ]),
        ("h", "Entscheid / disposition"),
        ("p", "Interim sign-off, limited: valid for max. forty (40) clamps and until 30.06.2024. The deviation is "
              "accepted only for the non-functional face (Ra up to 3,2 µm). Corrective action: new grinding wheel "
              "specification from Kovinar by 15.06.2024."),
        ("p", "This disposition is technical and releases nothing by itself. Production of the 40 clamps was "
              "released separately in writing by Beat Imboden (release REL-CH-0046, 18.04.2024). The balance of "
              "two hundred (200) clamps stays on hold until a full, non-interim sample sign-off and a further "
              "written release by Beat Imboden."),
        ("table", [
            ["Funktion", "Name", "Datum"],
            ["Technik (sample sign-off)", "Corinne Zürcher", "17.04.2024"],
            ["Einkauf (Info)", "Reto Caduff", "17.04.2024"],
            ["Leiter Technik, release authority (Info)", "Beat Imboden", "18.04.2024"],
        ]),
    ], author="C. Zürcher")),
])

# c15 deviation permit in the buyer portal, quantities untouched
_b = """<div style="background:#1d3c5a;color:#fff;padding:8px"><b>Tauernseil Lieferantenportal</b> · Qualität · Abweichungen</div>
<h2>Abweichungsgenehmigung / Deviation permit DP-2024-017</h2>
""" + html_table([
    ["Feld", "Wert"],
    ["Lieferant", "Strojírny Jeseník s.r.o. (Lief.-Nr. 70388)"],
    ["Teil", "Turmkopf / tower head TK-14, Zchng 14-3300 Rev 20"],
    ["Bestellung", "4500 8781, Pos. 10"],
    ["Abweichung", "Kehlnaht a5 statt a6 an Steife Pos. 14 (EXC3), kompensiert durch durchgehende Naht; Nachweis TS-2024-118"],
    ["Technische Bewertung", "Ing. Florian Wechselberger, QS, 11.04.2024"],
    ["Status", "granted / genehmigt – technisch"],
    ["Gültigkeit", "nur für die 2 Erstmuster; für Serie neu zu bewerten"],
]) + """
<div class="note"><b>Mengen / quantities:</b> This deviation changes no quantity. The released quantity under PO 4500 8781
remains two (2) first-article tower heads. The balance of 12 tower heads remains on hold until the FAI sign-off by
Ing. F. Wechselberger and a written release by Mag. Herbert Steinlechner (Leiter Supply Chain).</div>
<p style="font-size:11px;color:#666">Erstellt 11.04.2024 09:41 · f.wechselberger · Portal v4.2</p>"""
case("c15_deviation_permit", [], "deviation permit changes no quantity; 2 first articles released, 12 on hold until FAI sign-off + Steinlechner", [
    ("DP-2024-017.html", html_page("DP-2024-017 – Tauernseil Lieferantenportal", _b, lang="de")),
])

# c16 ERP PO, full and final quantity, full of quantity-like identifiers
case("c16_full_po_identifiers", [], "full and final quantity PO (8 door sets) with DRG rev, M12x1.5, ISO 9001:2015, 1000 h, cabins 21-28", [
    ("PO-SKR-24-0318.txt", """SHIRAKABA KOGEN RESORT CO., LTD.                                    PURCHASE ORDER
Kitayama 4035, Chino-shi, Nagano 391-0301, Japan                     Page 1/1
------------------------------------------------------------------------------------------
PO No.     : PO-SKR-24-0318                 Date      : 2024/04/15
Vendor     : V-0412 Changzhou Huaxin Cableway Components Co., Ltd.
Buyer      : Takeshi Moriyama (Purchasing Section)  Tel +81 266 68 3110
Incoterms  : CIF Nagoya (Incoterms 2020)    Payment   : T/T 60 days after B/L
------------------------------------------------------------------------------------------
LN  ITEM CODE      DESCRIPTION                               QTY UOM  UNIT USD     AMOUNT USD
01  CD8-SET-1200   Cabin door set CD-8 (8-seat cabin)          8 SET   4,985.00     39,880.00
                   DRG SKR-CD8-1200 rev.07
                   leaf AlMg3 EN AW-5754, glass ESG 6 mm
                   hinge bolt M12x1.5 A4-80, 4 per set
02  CD8-SP-0500    Door seal profile EPDM, roll 5.00 m         4 ROLL     86.50        346.00
------------------------------------------------------------------------------------------
                                                              TOTAL USD     40,226.00
REMARKS
1. This PO is for the full and final quantity: eight (8) door sets and four (4) seal rolls.
   No samples, no balance, no option. Please proceed with the full 8 sets.
2. Requirements: EN 13796-1:2017, ISO 9001:2015 certified production, salt spray ISO 9227
   NSS 1000 h on coated parts (1 report per lot), EN 10204 3.1 for aluminium.
3. Replacement for cabins No. 21-28 of Kogen Gondola (line 2).
4. ETA Nagoya 2024/07/20. Marking: PO No. + cabin No. on each crate.

Issued by: T. Moriyama                        Authorized signatory: H. Tanabe (General Manager)
"""),
])

# c17 scoped go-ahead in a quoted reply
_t = """Grüezi Herr Pichler

Ja: go ahead with the four (4) first-article assemblies SB-8/420 only.

The 36 series assemblies from your offer are not released. The release comes only after the sample sign-off by Corinne Zürcher on our test bench and then in writing from Beat Imboden (Leiter Technik). Material please only for the 4.

Freundliche Grüsse
Reto Caduff

> Von: Lukas Pichler <l.pichler@eisacktaler-seilbahnteile.it>
> Gesendet: Mittwoch, 13. März 2024 16:02
> An: Reto Caduff
> Betreff: Bestellung 4700241 – SB-8/420 Muster – Start?
>
> Grüß Gott Herr Caduff,
> danke für die Bestellung 4700241. Before we start: can we have the go-ahead? Our Arbeitsvorbereitung needs to know if we cut the sheave blanks for 4 or for 40.
> Mit freundlichen Grüßen / Cordiali saluti
> Lukas Pichler
""" + sig("Reto Caduff", "Einkauf", "Lauteralp Bahnen AG", "+41 33 855 21 40")
case("c17_scoped_go_ahead", [], "go ahead with the 4 first articles only; 36 not released until Zürcher sign-off + Imboden written release", [
    ("AW_Bestellung_4700241.eml", eml_bytes(mail(
        CADUFF, PICHLER, "AW: Bestellung 4700241 – SB-8/420 Muster – Start?",
        "Thu, 14 Mar 2024 08:22:00 +0100", _t, in_reply_to="<h180-est-0313@eisacktaler-seilbahnteile.it>"))),
])

# c18 WeChat with the complete scope and a supplier acknowledgement
case("c18_wechat_full_scope", [], "WeChat: 2 sample door sets, 22 not released until Kanazawa sign-off + Tanabe written release; supplier confirms", [
    ("WeChat_Moriyama_LeoWang.txt", """—————  WeChat chat history with "Leo Wang 王磊 Huaxin"  —————
2024-04-03 10:12 森山武 Moriyama: Wang-san, good morning. PO-SKR-24-0297 is sent by email just now.
2024-04-03 10:13 森山武 Moriyama: Scope is: 2 sample door sets CD-8 only. Balance 22 sets is not released. Release of balance only after sample sign-off by Kanazawa-san (Facility Engineering) and written release by Tanabe-san (General Manager). Material only for 2 sets please.
2024-04-03 10:20 王磊 Leo Wang: Good morning Moriyama-san! Well received. We make 2 sample sets first, no material for the 22 sets.
2024-04-03 10:21 王磊 Leo Wang: [OK]
2024-04-03 10:22 王磊 Leo Wang: Question: door glass ESG 6 mm or laminated VSG 44.2? Drawing rev.05 not so clear
2024-04-03 10:40 森山武 Moriyama: ESG 6 mm as rev.05 note 3. Kanazawa-san confirmed.
2024-04-03 10:41 王磊 Leo Wang: Noted with thanks 🙏
"""),
])

# c19 sample PO scope by mail (multipart/alternative) + payment advice as text attachment; deposit does not release
_pay = """BANCO ANDINO DE COMERCIO S.A.
Aviso de pago internacional / International payment advice
--------------------------------------------------------------
Fecha valor / value date : 2024-04-04
Ordenante / ordering     : CABLE ABURRA SUR S.A.S., NIT 901.224.318-7
Beneficiario             : STROJIRNY JESENIK S.R.O.
IBAN                     : CZ65 0800 0000 1920 0014 5399
SWIFT/BIC                : JESBCZPPXXX
Monto / amount           : EUR 2.346,00
Referencia / reference   : OC 4100-2219 ANTICIPO 30% MUESTRAS
Gastos / charges         : SHA
--------------------------------------------------------------
Este documento es informativo. Operación sujeta a confirmación del banco corresponsal.
"""
_t = """Dear Mr. Dvořák, buen día,

Here is the scope of our purchase order OC 4100-2219 (the SAP print follows by post):

1. Active now: twenty (20) sample haul-rope clamps HRC-40 for rope Ø40 mm, drawing CAS-HRC-40-07 rev. B, with inspection report and EN 10204 3.1 certificates.
2. The remaining 300 clamps of your quotation JES-NAB-24-071 are not released.
3. Please build and ship the 20 samples only. Material authority: sample-only (20 clamps).
4. The balance is released only after (a) the technical approval of the samples by Ing. Andrés Felipe Ocampo (slip test on Línea K2) and (b) a written release signed by Catalina Uribe Mejía, Gerente de Abastecimiento.

About payment: as agreed we transferred today the 30% deposit for the 20 samples (payment advice attached). The deposit is payment only and does not release production of the 300.

Quedo atenta,
""" + sig("Juliana Restrepo Gómez", "Analista de Compras", "Cable Aburrá Sur S.A.S.", "+57 604 448 2100 ext. 231") + DISCL_ES
case("c19_scope_note_deposit_not_release", [], "complete scope note (20 active, 300 not released, Ocampo approval + Uribe release); deposit said not to release", [
    ("OC_4100-2219.eml", eml_bytes(mail(
        RESTREPO, DVORAK, "OC 4100-2219 – Grapas de cable HRC-40 (muestras) / sample order haul-rope clamps",
        "Thu, 04 Apr 2024 11:47:00 -0500", _t, html=txt2html(_t), cc=URIBE,
        attachments=[("aviso_de_pago_OC4100-2219.txt", _pay, "text/plain")]))),
])

# c20 kick-off minutes with explicit staged material authority above the released quantity
case("c20_minutes_staged_material", [], "minutes: 6 pilot released, staged material authority up to 30, 54 released only by revised PO signed by Steinlechner", [
    ("Protokoll_Kickoff_SB-10-520.docx", docx_bytes([
        ("h1", "Besprechungsprotokoll / Minutes – Kick-off Rollenbatterien SB-10/520"),
        ("p", "Datum: 21.03.2024 · Ort: Brixen (Eisacktaler Seilbahnteile) und MS Teams · Protokoll: M. Gruber"),
        ("table", [
            ["Firma", "Teilnehmer"],
            ["Tauernseil Anlagenbau", "DI Martina Gruber (Einkauf), Ing. Florian Wechselberger (QS)"],
            ["Eisacktaler Seilbahnteile", "Lukas Pichler (Verkauf), Matthias Oberhofer (Arbeitsvorbereitung), "
                                          "Giulia Ferrari (Projektleitung)"],
        ]),
        ("h", "Beschlüsse / decisions"),
        ("num", "PO 4500 8833 covers sixty (60) sheave assemblies SB-10/520 for the Gschnitzjoch gondola. Six (6) "
                "pilot assemblies are released for production now. The balance of 54 assemblies is not released."),
        ("num", "Material authority: staged. Eisacktaler may buy sheave blanks Ø520 and bearing housings for up to "
                "thirty (30) assemblies at Tauernseil's liability. Nothing beyond 30."),
        ("num", "Unlock event for the balance: pilot sign-off by Ing. Florian Wechselberger after the run-in test "
                "(500 h on the test bench in Schwaz), followed by revised PO 4500 8833 Rev. 1 signed by Mag. Herbert "
                "Steinlechner (Leiter Supply Chain). The revised PO is the production release for the 54."),
        ("num", "Delivery of the 6 pilot assemblies: KW 19 ex works Brixen."),
        ("h", "Offene Punkte / open points"),
        ("table", [
            ["Nr", "Thema", "Wer", "Bis"],
            ["1", "Liner hardness 95 Shore A or 98 Shore A – decision after run-in test", "Wechselberger", "KW 21"],
            ["2", "Bearing 6320-2RS: FAG or SKF, both acceptable per spec TS-110", "Oberhofer", "KW 13"],
            ["3", "3.1 certificates for axle 42CrMo4, Ø100 h6", "Ferrari", "with delivery"],
        ]),
        ("p", "Verteiler: alle Teilnehmer; Mag. H. Steinlechner (zur Info)"),
    ], author="M. Gruber")),
])

# c21 SAP last-time buy, full and final quantity, "proceed with the full 60"
case("c21_last_time_buy", [], "last-time buy of 60 clamps, full and final quantity; proceed scoped to the full 60; no balance", [
    ("Bestellung_4700263.txt", """Lauteralp Bahnen AG · Einkauf · Dorfstrasse 3 · CH-3824 Stechelberg
                                                                    BESTELLUNG
Bestellnummer/Datum       4700263 / 23.04.2024
Lieferant                 100482 Kovinar Celje d.o.o., Ulica kovinarjev 7, SI-3000 Celje
Ansprechpartner           Reto Caduff, Tel. +41 33 855 21 40
Lieferbedingung           DAP Stechelberg (Incoterms 2020)
Zahlungsbedingung         30 Tage netto
-------------------------------------------------------------------------------------
Pos    Material   Bezeichnung                               Menge ME   Preis CHF    Wert CHF
00010  2000391    Seilklemme HRC-28 (Pendelbahn, alter Typ)    60 ST      318.50   19'110.00
                  Zeichnung LB-28-110 Rev 14
                  Werkstoff 42CrMo4+QT, Gewinde M20x1.5
                  Zeugnis EN 10204 3.1, Lieferant ISO 9001:2015
                  Liefertermin: KW 30/2024
-------------------------------------------------------------------------------------
                                                       Gesamtwert netto CHF 19'110.00
Positionstext:
  LETZTBESTELLUNG / LAST-TIME BUY. Full and final quantity: sixty (60) clamps.
  No samples, no balance, no further orders for this type (Pendelbahn Lauteralp I
  goes out of service 2027). Please proceed with the full 60 pcs.

Es gelten die AEB der Lauteralp Bahnen AG, Ausgabe 01/2023.
Bitte Auftragsbestätigung innert 5 Arbeitstagen.
"""),
])

# c22 FAI result by mail with an HTML attachment: approved for fit check only
_fai = html_page("FAI summary FP-2", """<h2>FAI summary – perforated facade panel FP-2 (8 samples)</h2>
<p>Shirakaba Kogen Resort · Facility Engineering · measured 2024-04-23 at valley station mock-up</p>
""" + html_table([
    ["Characteristic", "Specification", "Result (8 pcs)", "Judgement"],
    ["Panel size 1,200 x 2,400", "± 1.0 mm", "-0.6 / +0.8 mm", "OK"],
    ["Perforation Ø8 / pitch 12", "DRG SKR-FP2-003 rev.4", "OK", "OK"],
    ["Flatness", "≤ 2 mm / 1 m", "1.1 – 1.7 mm", "OK"],
    ["PVDF thickness", "≥ 35 µm", "37 – 45 µm", "OK"],
    ["Colour RAL 9006 ΔE", "≤ 1.0", "0.4 – 0.7", "OK"],
    ["Fixing holes M8 rivet nut", "position ± 0.5", "OK", "OK"],
]) + """<p class="note">Disposition: see mail of Y. Kanazawa, 2024-04-24 (fit check on mock-up only).</p>""")
_t = """Dear Mr. Lasheras,

Thank you for sending the 8 sample facade panels FP-2. We finished the first article inspection at the valley station yesterday. The summary table is attached (FAI_FP-2_summary.html).

Result: the 8 sample panels are approved for the fit check on the mock-up only. Production is not released.

The balance of 232 panels under PO-SKR-24-0305 remains on hold. It will be released only in writing by Mr. Hiroshi Tanabe (General Manager), after the mock-up check on site in June. Please do not buy sheet or start punching for the 232 before that.

Best regards,
""" + sig("Yui Kanazawa", "Facility Engineering", "Shirakaba Kogen Resort Co., Ltd.", "+81 266 68 3125") + DISCL_JP
case("c22_fai_fit_check_only", [], "FAI approved for fit check on mock-up only; production not released; 232 on hold until Tanabe's written release after mock-up", [
    ("FAI_FP-2_result.eml", eml_bytes(mail(
        KANAZAWA, LASHERAS, "FAI result – perforated facade panels FP-2 (8 samples)",
        "Wed, 24 Apr 2024 18:10:00 +0900", _t, html=txt2html(_t), cc=MORIYAMA,
        attachments=[("FAI_FP-2_summary.html", _fai, "text/html")]))),
])

# c23 supplier portal order book with hold, material authority and release authority
_b = """<div style="background:#8a1c1c;color:#fff;padding:8px"><b>Talleres Moncayo Cable</b> · Portal de clientes · Cable Aburrá Sur S.A.S.</div>
<h2>Cartera de pedidos / order book – abril 2024</h2>
""" + html_table([
    ["Pedido TM", "OC cliente", "Artículo", "Liberado (producción)", "Saldo en espera", "Autorización de material",
     "Evento de desbloqueo", "Libera"],
    ["TM-24-0288", "OC 7809", "CD-10 puerta de cabina, plano CAS-K2-DR-014 rev. C", "4 (muestras)", "92 – no liberado",
     "solo muestras (4)", "aprobación técnica de muestras (Ing. A. F. Ocampo) + liberación escrita",
     "Catalina Uribe Mejía"],
    ["TM-24-0251", "OC 7790", "Rodillos de puerta / door rollers Ø62, 6204-2RS", "40 (pedido completo)", "0",
     "pedido completo", "—", "—"],
]) + """
<div class="note">OC 7809: anticipo 30 % recibido el 03/04/2024. El anticipo es un pago y no libera producción del saldo.</div>
<p style="font-size:11px;color:#666">Última actualización 16/04/2024 07:55 · Marta Aznar (Calidad) · Pilar Gimeno (Administración)</p>"""
case("c23_supplier_portal_hold", [], "supplier portal order book: 4 released, 92 on hold with event and Uribe named; full order with no balance", [
    ("portal_pedidos_CAS.html", html_page("Portal de clientes – Talleres Moncayo", _b, lang="es")),
])

# c24 plain mail saved as text: supplier asks before buying material for the balance
case("c24_material_question", [], "supplier asks whether it may buy bar for the remaining 200; buys only for the 40 released until written answer", [
    ("mail_Kranjc_2024-04-22.txt", """From: Matej Kranjc <matej.kranjc@kovinar-celje.si>
To: Reto Caduff <reto.caduff@lauteralp-bahnen.ch>
Cc: Corinne Zürcher <corinne.zuercher@lauteralp-bahnen.ch>
Date: Mon, 22 Apr 2024 11:38:20 +0200
Subject: HRC-36 – material for remaining 200 pcs?

Dear Mr. Caduff,

the 40 released clamps HRC-36 (your release REL-CH-0046) are in machining, shipment KW 19 as planned.

Our steel mill offers 42CrMo4 Ø90 bar at a good price until 15.05.2024. May we order the bar for the remaining 200 clamps now? It would be at your liability, so we need your written confirmation first. Until we have it, we buy only for the 40 released pcs — nothing more is ordered.

Please let me know.

Lep pozdrav / Best regards
Matej Kranjc
Sales Engineer
Kovinar Celje d.o.o.
Ulica kovinarjev 7, SI-3000 Celje
T +386 3 425 61 80
"""),
])

# c25 three-file folder: cover mail + PO + supplier quote declared informational
_po = pdfx([
    ("h1", "BESTELLUNG / PURCHASE ORDER 4500 8846"),
    ("p", "Tauernseil Anlagenbau GmbH · Industriestraße 12 · A-6130 Schwaz · Einkauf"),
    ("table", [
        ["Lieferant", "Eisacktaler Seilbahnteile GmbH - Srl, Industriezone Süd 14, I-39042 Brixen"],
        ["Datum", "25.03.2024"],
        ["Einkäuferin", "DI Martina Gruber, +43 5242 6170-214"],
        ["Angebot", "Q-24-0377 vom 12.03.2024"],
    ]),
    ("sp",),
    ("table", [
        ["Pos", "Bezeichnung", "Menge", "ME", "Preis EUR", "Betrag EUR", "Termin"],
        ["10", "Rollenbatterie SB-4/520, Erstmuster / first article, Zchng 520-0404 Rev 06", "4", "ST",
         "11.860,00", "47.440,00", "KW 20/2024"],
    ]),
    ("h", "Umfang / scope"),
    ("p", "Released for production now: four (4) first-article assemblies SB-4/520."),
    ("p", "The series assemblies quoted in Q-24-0377 (56 pcs) are not released. Release of the series only after "
          "the first-article sign-off by Ing. Florian Wechselberger and a written release by Mag. Herbert "
          "Steinlechner (Leiter Supply Chain)."),
    ("p", "Material authority: for the 4 first articles only."),
    ("h", "Bedingungen / terms"),
    ("p", "EN 1090-2 EXC3, EN ISO 3834-2, EN 10204 3.1. DAP Schwaz (Incoterms 2020). 30 Tage netto."),
    ("p", "i.A. DI Martina Gruber"),
], title="PO 4500 8846", author="Tauernseil Einkauf")
_q = pdfx([
    ("h1", "Angebot / Offerta Q-24-0377"),
    ("p", "Eisacktaler Seilbahnteile GmbH - Srl · Brixen/Bressanone · 12.03.2024"),
    ("p", "An: Tauernseil Anlagenbau GmbH, DI Martina Gruber"),
    ("table", [
        ["Pos", "Beschreibung", "Menge", "Preis EUR / Stk", "Lieferzeit"],
        ["1", "Rollenbatterie SB-4/520 Erstmuster incl. FAI", "4", "11.860,00", "8 Wochen"],
        ["2", "Rollenbatterie SB-4/520 Serie", "56", "9.740,00", "16 Wochen nach Freigabe"],
    ]),
    ("p", "Gültigkeit 60 Tage. Preise ab Werk Brixen, inkl. Holzkiste."),
    ("p", "Mit freundlichen Grüßen, Lukas Pichler"),
], title="Q-24-0377", author="Eisacktaler Seilbahnteile")
_t = """Hallo Lukas,

anbei unsere Bestellung 4500 8846 und – nur zur Info – Ihr Angebot Q-24-0377.

Kurz zum Umfang / scope in short:
- released now: four (4) first-article assemblies SB-4/520
- the 56 series assemblies in your offer are informational only and not released
- release of the series only after the first-article sign-off by Ing. Florian Wechselberger and a written release by Mag. Herbert Steinlechner
- material authority: first articles only

Bitte um Auftragsbestätigung bis Freitag.

Mit freundlichen Grüßen
""" + sig("DI Martina Gruber", "Einkauf / Strategic Purchasing", "Tauernseil Anlagenbau GmbH", "+43 5242 6170-214") + DISCL_DE
case("c25_bundle_quote_informational", [], "cover mail + PO + quote: 4 released, quoted 56 marked informational and not released, sign-off + Steinlechner", [
    ("Mail_Bestellung_4500-8846.eml", eml_bytes(mail(
        GRUBER, PICHLER, "Bestellung 4500 8846 – SB-4/520 Erstmuster", "Mon, 25 Mar 2024 14:02:00 +0100", _t,
        html=txt2html(_t)))),
    ("PO_4500-8846.pdf", _po),
    ("Angebot_Q-24-0377.pdf", _q),
])


# ================================================================ POSITIVE
# p01 PO for 12 sample grips with the quote's 388 series grips in a table beside it
case("p01_po_with_series_table", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO 12 grips with quote table showing 388 series grips unmarked; no hold, no event, no release person", [
    ("PO_4500-8790.pdf", pdfx([
        ("h1", "BESTELLUNG / PURCHASE ORDER 4500 8790"),
        ("p", "Tauernseil Anlagenbau GmbH · Industriestraße 12 · A-6130 Schwaz · UID ATU41877603 · FN 118240 t"),
        ("table", [
            ["Lieferant / supplier", "Kovinar Celje d.o.o., Ulica kovinarjev 7, SI-3000 Celje (Lief.-Nr. 70211)"],
            ["Datum / date", "04.03.2024"],
            ["Einkäuferin / buyer", "DI Martina Gruber, +43 5242 6170-214, m.gruber@tauernseil.at"],
            ["Projekt", "10-EUB Gschnitzjoch, Fahrbetriebsmittel"],
        ]),
        ("sp",),
        ("table", [
            ["Pos", "Material / Bezeichnung", "Menge", "ME", "Preis EUR", "Betrag EUR", "Liefertermin"],
            ["10", "DG-42 Kuppelklemme / detachable grip, Muster (sample), Zchng 42-0410 Rev. F", "12", "ST",
             "1.140,00", "13.680,00", "KW 14/2024"],
        ]),
        ("h", "Angebotsbezug / quote reference"),
        ("p", "Basis: Angebot Kovinar Q-SI-24-118 vom 26.02.2024"),
        ("table", [
            ["Angebotsposition", "Menge", "Preis EUR / ST", "Lieferzeit"],
            ["Muster / samples", "12", "1.140,00", "4 Wochen"],
            ["Serie / series", "388", "865,00", "KW 40/2024"],
        ]),
        ("h", "Bedingungen / terms"),
        ("p", "Prüfung nach EN 13796-1:2017, Werkstoffzeugnis EN 10204 3.1 (42CrMo4+QT), Klemmkraftprüfung 36 kN "
              "je Klemme. Lieferung DAP Schwaz (Incoterms 2020), Zahlung 30 Tage netto. Es gelten unsere AEB, "
              "Ausgabe 2023."),
        ("sp",),
        ("p", "i.A. DI Martina Gruber, Einkauf"),
    ], title="PO 4500 8790", author="Tauernseil Einkauf")),
])

# p02 mail with PO attached, quote quantities in the text; release authority named, nothing else
_po = pdfx([
    ("h1", "BESTELLUNG 4700219"),
    ("p", "Lauteralp Bahnen AG · Einkauf · Dorfstrasse 3 · CH-3824 Stechelberg"),
    ("table", [
        ["Lieferant", "Eisacktaler Seilbahnteile GmbH - Srl, I-39042 Brixen (Lief.-Nr. 200744)"],
        ["Datum", "07.03.2024"],
        ["Ansprechpartner", "Reto Caduff, +41 33 855 21 40"],
        ["Offerte", "Q-24-0391 vom 29.02.2024"],
    ]),
    ("sp",),
    ("table", [
        ["Pos", "Bezeichnung", "Menge", "ME", "Preis EUR", "Wert EUR", "Termin"],
        ["00010", "Rollenbatterie SB-6/420 Muster, Zeichnung LB-420-0606 Rev 03", "6", "ST", "15.420,00",
         "92.520,00", "KW 18/2024"],
    ]),
    ("p", "Lieferung DAP Stechelberg. Zahlung 30 Tage netto. EN 1090-2 EXC3, EN 10204 3.1."),
    ("p", "Es gelten die AEB der Lauteralp Bahnen AG, Ausgabe 01/2023."),
], title="Bestellung 4700219", author="Lauteralp Einkauf")
_t = """Grüezi Herr Pichler

Besten Dank für Ihre Offerte Q-24-0391. Please find attached our order 4700219 for six (6) sample sheave assemblies SB-6/420, delivery KW 18 to Stechelberg.

Basis is your offer Q-24-0391: 6 samples at EUR 15.420,00 and 54 series assemblies at EUR 12.880,00, series delivery in two lots before the summer revision (KW 26 and KW 30).

Production release for this project: Beat Imboden, Leiter Technik (release authority). For technical questions please contact Corinne Zürcher.

Freundliche Grüsse
""" + sig("Reto Caduff", "Einkauf", "Lauteralp Bahnen AG", "+41 33 855 21 40")
case("p02_mail_po_quote_series", ["RG001", "RG003", "RG004"],
     "order for 6 samples; mail lists quote's 54 series with delivery lots, unmarked; release authority named but no hold, no event", [
    ("Bestellung_4700219_Mail.eml", eml_bytes(mail(
        CADUFF, PICHLER, "Bestellung 4700219 – Rollenbatterie SB-6/420 Muster", "Thu, 07 Mar 2024 10:31:00 +0100", _t,
        attachments=[("Bestellung_4700219.pdf", _po, PDF_MT)]))),
])

# p03 WhatsApp: sample OC with the quote's series quantity beside it
case("p03_whatsapp_oc_with_series", ["RG001", "RG003", "RG004", "RG005"],
     "chat: OC for 4 sample doors plus quote 4 + 92 series with delivery week, unmarked; no hold, event or person", [
    ("WhatsApp_Chat_Juliana_CAS.txt", """03/04/2024, 8:02 a. m. - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
03/04/2024, 8:15 a. m. - Juliana Restrepo CAS: Buen día Javier 🌞 te confirmo que ya quedó montada la OC 7802 en SAP
03/04/2024, 8:16 a. m. - Juliana Restrepo CAS: OC 7802 = 4 puertas muestra CD-10 para las cabinas 01 y 02, plano CAS-K2-DR-014 rev. C
03/04/2024, 8:18 a. m. - Juliana Restrepo CAS: y la cotización COT-ZG-2291 queda así: 4 muestras + 92 puertas de serie a USD 2.850 c/u, entrega serie semana 30, CIF Cartagena
03/04/2024, 8:31 a. m. - Javier Lasheras: Buenos días Juliana! Perfecto, recibido 🙏
03/04/2024, 8:32 a. m. - Javier Lasheras: Te mando la confirmación de pedido hoy en la tarde (hora España jeje)
03/04/2024, 8:40 a. m. - Juliana Restrepo CAS: Listo, gracias 🙌
"""),
])

# p04 buyer portal PO page with a "Project qty" column beside the sample quantity
_b = """<div style="background:#2f5d3a;color:#fff;padding:8px"><b>Shirakaba Kogen Resort</b> · Supplier Portal / サプライヤーポータル</div>
<h2>Purchase Order PO-SKR-24-0277</h2>
""" + html_table([
    ["Field", "Value"],
    ["Vendor", "Changzhou Huaxin Cableway Components Co., Ltd. (V-0412)"],
    ["Issue date", "2024-03-18"],
    ["Buyer", "Takeshi Moriyama, Purchasing Section"],
    ["Status", "Issued / 発行済"],
    ["Incoterms", "CIF Nagoya"],
]) + "\n<h3>Lines</h3>\n" + html_table([
    ["No.", "Item", "Description", "Type", "Order qty", "Project qty", "Unit price USD", "Delivery"],
    ["1", "SCP-3", "Station cladding panel AlMg3 3 mm, PVDF RAL 9006, DRG SKR-SCP-3 rev.04", "Sample", "30", "1,200",
     "96.40", "2024-05-20"],
]) + """
<h3>Notes</h3>
<ul>
<li>Packing: wooden crates, max. 500 kg per crate, PO No. on each crate.</li>
<li>Inspection: salt spray ISO 9227 NSS 1000 h coupon report, coating thickness report.</li>
<li>Please acknowledge within 3 working days via portal.</li>
</ul>
<p><button>Acknowledge</button> <button>Download PDF</button></p>
<p style="font-size:11px;color:#666">Kogen Gondola station cladding renewal · valley and mountain station</p>"""
case("p04_portal_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO: order qty 30 samples beside 'Project qty 1,200' with nothing marking it; no hold, event or person", [
    ("PO-SKR-24-0277.html", html_page("PO-SKR-24-0277 – Shirakaba Supplier Portal", _b)),
])

# p05 three files: cover mail (PO 0291, ten samples), PO PDF (0219, eight samples), supplier quote (8 + 112)
_po = pdfx([
    ("h1", "PURCHASE ORDER PO-SKR-24-0219"),
    ("p", "Shirakaba Kogen Resort Co., Ltd. · Purchasing Section · Chino-shi, Nagano, Japan"),
    ("table", [
        ["Vendor", "Changzhou Huaxin Cableway Components Co., Ltd. (V-0412)"],
        ["Date", "2024/03/26"],
        ["Your quotation", "HX-Q-24-033"],
        ["Incoterms / payment", "CIF Nagoya / T/T 60 days after B/L"],
    ]),
    ("sp",),
    ("table", [
        ["No.", "Item", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
        ["1", "CD10-SMP", "Cabin door set CD-10, sample, DRG SKR-CD10-1100 rev.03", "8", "set", "5,120.00",
         "40,960.00"],
    ]),
    ("p", "Requirements: EN 13796-1:2017, EN 10204 3.1 for aluminium, door drive test 10,000 cycles."),
    ("p", "Issued by: Takeshi Moriyama"),
], title="PO-SKR-24-0219", author="Shirakaba Kogen Resort")
_q = pdfx([
    ("h1", "QUOTATION HX-Q-24-033"),
    ("p", "Changzhou Huaxin Cableway Components Co., Ltd. · Wujin District, Changzhou, Jiangsu · Date: 2024-03-12"),
    ("p", "To: Shirakaba Kogen Resort Co., Ltd., Mr. Takeshi Moriyama"),
    ("table", [
        ["No.", "Description", "Qty (set)", "Unit price USD", "Lead time"],
        ["1", "Cabin door set CD-10 - sample", "8", "5,120.00", "45 days after PO"],
        ["2", "Cabin door set CD-10 - mass production", "112", "4,380.00", "60 days after PO"],
        ["3", "Welding jig / bending tool (one time)", "1", "6,800.00", "-"],
    ]),
    ("p", "Price FOB Shanghai, add USD 38.00 / set for CIF Nagoya. Validity 30 days. Payment T/T."),
    ("p", "Best regards, Leo Wang, Sales Manager"),
], title="HX-Q-24-033", author="Huaxin Sales")
_t = """Dear Wang-san,

Thank you for your quotation HX-Q-24-033.

Please find attached our PO-SKR-24-0291 for ten (10) sample cabin door sets CD-10, and your quotation HX-Q-24-033.

Kindly send us your order acknowledgement and the schedule.

Best regards,
""" + sig("Takeshi Moriyama", "Purchasing Section", "Shirakaba Kogen Resort Co., Ltd.", "+81 266 68 3110") + DISCL_JP
case("p05_bundle_cover_po_disagree", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "cover mail says PO 0291 for 10 samples, PO PDF is 0219 for 8; quote 112 series unmarked; no hold, event, person", [
    ("Mail_PO-SKR-24-0291.eml", eml_bytes(mail(
        MORIYAMA, LEOWANG, "PO-SKR-24-0291 cabin door sets CD-10 (samples)", "Tue, 26 Mar 2024 16:20:00 +0900", _t))),
    ("PO-SKR-24-0219.pdf", _po),
    ("Quotation_HX-Q-24-033.pdf", _q),
])

# p06 SAP PO for 3 first articles with the blanket-contract total beside it; release owner named
case("p06_sap_po_frame_total", ["RG001", "RG003", "RG004"],
     "SAP PO 3 first articles with frame contract 18 pcs and series delivery weeks, unmarked; release owner named, no hold/event", [
    ("Bestellung_4700227.txt", """Lauteralp Bahnen AG · Einkauf · Dorfstrasse 3 · CH-3824 Stechelberg
                                                                    BESTELLUNG
Bestellnummer/Datum       4700227 / 11.03.2024
Lieferant                 200915 Strojírny Jeseník s.r.o., Průmyslová 12, CZ-790 01 Jeseník
Ansprechpartner           Reto Caduff, Tel. +41 33 855 21 40
Freigabeverantwortlich Produktion / production release owner: Beat Imboden, Leiter Technik
Lieferbedingung           DAP Stechelberg (Incoterms 2020)
Zahlungsbedingung         30 Tage netto
-------------------------------------------------------------------------------------
Pos    Material   Bezeichnung                               Menge ME   Preis CHF     Wert CHF
00010  2000533    Turmkopf TK-11 Erstmuster                     3 ST  23'950.00    71'850.00
                  Zeichnung LB-TK-11-100 Rev 08
                  EN 1090-2 EXC3, EN 10204 3.1
                  Liefertermin: KW 22/2024
Rahmenvertrag RV-2024-07 zu Pos 00010:
                  Gesamtmenge 18 ST, Preis Serie CHF 21'400.00/ST
                  Lieferung Serie KW 30 bis KW 38/2024
-------------------------------------------------------------------------------------
                                                       Gesamtwert netto CHF 71'850.00
Es gelten die AEB der Lauteralp Bahnen AG, Ausgabe 01/2023.
Bitte Auftragsbestätigung innert 5 Arbeitstagen.
"""),
])

# p07 partial order "first two tower heads", nothing about the rest
_t = """Dobrý den Herr Dvořák,

as discussed on the phone, please manufacture the first two (2) tower heads TK-14 for Stütze 7 and 8 of our Kreuzeck 10-MGD project, per drawing 14-3300 Rev 20 and your offer JES-NAB-24-041.

- order: 4500 8768, item 10, 2 pcs, EUR 26.480,00 per piece
- delivery: KW 22/2024, DAP Schwaz
- welding EN 1090-2 EXC3, EN ISO 3834-2, certificates EN 10204 3.1, galvanizing EN ISO 1461
- FAI report with the delivery, please

The other towers of the line will follow.

Mit freundlichen Grüßen
""" + sig("DI Martina Gruber", "Einkauf / Strategic Purchasing", "Tauernseil Anlagenbau GmbH", "+43 5242 6170-214") + DISCL_DE
case("p07_first_two_of_line", ["RG003", "RG004", "RG005"],
     "partial order for the first 2 tower heads, 'other towers will follow'; no hold on the rest, no event, no release person", [
    ("Bestellung_4500-8768.eml", eml_bytes(mail(
        GRUBER, DVORAK, "Bestellung 4500 8768 – Turmköpfe TK-14, Stütze 7 + 8", "Wed, 20 Mar 2024 13:45:00 +0100", _t))),
])

# p08 SAP PO: release strategy "FREIGEGEBEN / RELEASED" plus production "released"; rest blocked until further notice
case("p08_sap_released_until_further_notice", ["RG004", "RG009"],
     "'RELEASED' is the SAP release strategy and also production release; balance 340 on hold 'until further notice' (no event)", [
    ("Bestellung_4500-8801.txt", """TAUERNSEIL ANLAGENBAU GMBH                                         Seite 1 von 1
Industriestraße 12, A-6130 Schwaz
BESTELLUNG / PURCHASE ORDER   4500 8801                Datum 04.03.2024
Lieferant  70211  Kovinar Celje d.o.o., Ulica kovinarjev 7, SI-3000 Celje
Einkäufer  DI M. Gruber    Tel +43 5242 6170-214
---------------------------------------------------------------------------------------
Freigabestrategie   Z1 (Einkauf > 10.000 EUR)
Freigabestatus      FREIGEGEBEN / RELEASED   04.03.2024 10:12   M. GRUBER, H. STEINLECHNER
---------------------------------------------------------------------------------------
Pos  Material      Kurztext                                Menge  ME   Preis EUR   Wert EUR
10   SK-36-0220    Seilklemme SK-36 / haul-rope clamp         20  ST      214,50   4.290,00
                   Zchng 36-0220 Rev. 12, Förderseil Ø36 mm
                   Muster / samples – released for production
     Positionstext:
       Rahmenbedarf 360 ST. Restmenge 340 ST gesperrt bis auf Weiteres /
       balance 340 pcs on hold until further notice.
       Freigabe der Restmenge nur durch Mag. H. Steinlechner (Leiter Supply Chain).
---------------------------------------------------------------------------------------
Lieferung DAP Schwaz, KW 16/2024. Zahlung 30 Tage netto.
EN 10204 3.1, EN 13796-1:2017, Lieferant ISO 9001:2015 zertifiziert.
"""),
])

# p09 season forecast written as a firm commitment; sample PO with the rest on hold until further notice
_t = """Dear Wang-san,

Thank you for your visit to Chino last week. As promised, here is our plan.

1) Forecast season 2025: station cladding panels SCP-3, total 1,200 pcs (valley station 680, mountain station 520). Please take this forecast as our firm commitment for season 2025 and reserve your capacity from July.

2) PO-SKR-24-0301 (sent by portal today) covers thirty (30) sample panels only. The remaining quantity is on hold until further notice from Mr. Tanabe (General Manager).

Kindly confirm receipt.

Best regards,
""" + sig("Takeshi Moriyama", "Purchasing Section", "Shirakaba Kogen Resort Co., Ltd.", "+81 266 68 3110") + DISCL_JP
case("p09_forecast_as_commitment", ["RG004", "RG008"],
     "forecast 1,200 'take as our firm commitment'; 30 samples, rest on hold until further notice from Tanabe (no event)", [
    ("Mail_Moriyama_2024-04-01.eml", eml_bytes(mail(
        MORIYAMA, LEOWANG, "Season 2025 cladding panels – plan and PO-SKR-24-0301",
        "Mon, 01 Apr 2024 11:05:00 +0900", _t, html=txt2html(_t)))),
])

# p10 meeting minutes: 4 samples, the balance simply "on hold"
case("p10_minutes_balance_on_hold", ["RG004", "RG005"],
     "minutes: 4 sample doors, balance of 92 'queda en espera' with no event and nobody named to release", [
    ("Acta_reunion_2024-04-09.docx", docx_bytes([
        ("h1", "Acta de reunión / Minutes of meeting"),
        ("p", "Proyecto: Renovación puertas de cabina Línea K2 · Fecha: 9 de abril de 2024, 8:00 a. m. (COL) / "
              "15:00 (ESP) · Microsoft Teams"),
        ("table", [
            ["Empresa", "Asistentes"],
            ["Cable Aburrá Sur S.A.S.", "Juliana Restrepo Gómez (Compras), Ing. Andrés Felipe Ocampo (Mantenimiento)"],
            ["Talleres Moncayo Cable S.L.", "Javier Lasheras (Comercial), Marta Aznar (Calidad)"],
        ]),
        ("h", "Temas tratados / topics"),
        ("num", "Plano CAS-K2-DR-014 rev. C: Marta pregunta por la tolerancia del riel guía. Andrés Felipe confirma "
                "±0,5 mm."),
        ("num", "Vidrio: laminado 4+4 (VSG 44.2) confirmado. Sello EPDM negro."),
        ("h", "Acuerdos / agreements"),
        ("num", "Talleres Moncayo fabrica cuatro (4) puertas muestra CD-10 bajo la OC 7830. Entrega semana 21, "
                "FCA Zaragoza."),
        ("num", "El saldo de 92 puertas queda en espera / the balance of 92 doors stays on hold."),
        ("num", "Talleres Moncayo envía el cronograma de las muestras antes del 12/04."),
        ("h", "Pendientes / open items"),
        ("table", [
            ["#", "Tema", "Responsable", "Fecha"],
            ["1", "Certificados 3.1 perfiles EN AW-6063 T6", "Marta Aznar", "con las muestras"],
            ["2", "Ensayo de apertura 5.000 ciclos – protocolo", "Andrés Felipe Ocampo", "19/04"],
        ]),
        ("p", "Elaboró: Juliana Restrepo Gómez"),
    ], author="J. Restrepo")),
])

# p12 Teams: balance blocked until "Musterfreigabe" and written "Freigabe" from our side
case("p12_teams_freigabe_from_our_side", ["RG005", "RG009"],
     "'release' used for the sample approval and for production release; written release 'from our side', nobody named", [
    ("Teams_Gruber_Pichler.txt", """Microsoft Teams – Chat-Export
Chat: Martina Gruber (Tauernseil), Lukas Pichler (Extern – Eisacktaler Seilbahnteile), Giulia Ferrari (Extern – Eisacktaler Seilbahnteile)
Exportiert: 25.03.2024 17:30

[18.03.2024 09:02] Martina Gruber
Hallo Lukas, PO 4500 8822 ist raus: vier (4) Muster-Rollenbatterien SB-12/520, DRG 520-1210 Rev 03. Rest 56 Stk bleibt gesperrt bis zur Musterfreigabe und bis zur schriftlichen Freigabe von uns.
In English for Giulia: 4 sample assemblies now. Remaining 56 pcs blocked until sample release and written release from our side.

[18.03.2024 09:15] Lukas Pichler (Extern)
Servus Martina, danke! Alles klar, wir bauen nur die 4. Giulia schickt heute noch den Terminplan.

[18.03.2024 11:48] Giulia Ferrari (Extern)
Buongiorno Martina, schedule for the 4 samples: machining KW 13-14, assembly KW 15, run-in test KW 16, shipment KW 17. Ok?

[18.03.2024 12:02] Martina Gruber
Danke Giulia, notiert.
"""),
])

# p13 buyer portal PO: quantity "según cotización"; balance held until approval by "the technical area" and company release
_b = """<div style="background:#0b4f8a;color:#fff;padding:8px"><b>Cable Aburrá Sur S.A.S.</b> · Portal de Proveedores</div>
<h2>Orden de compra OC 7841</h2>
""" + html_table([
    ["Campo", "Valor"],
    ["Proveedor", "Kovinar Celje d.o.o. (Eslovenia), cód. 300177"],
    ["Fecha", "2024-04-02"],
    ["Comprador", "Juliana Restrepo Gómez"],
    ["Moneda", "EUR"],
    ["Incoterm", "CIP Medellín (Incoterms 2020)"],
]) + "\n<h3>Líneas</h3>\n" + html_table([
    ["Línea", "Código", "Descripción", "Cantidad", "UM", "Precio EUR", "Entrega"],
    ["10", "HRC-40-CAS", "Grapa de cable / haul-rope clamp HRC-40, muestras (samples), plano CAS-HRC-40-07 rev. B",
     "según cotización KC-Q-24-052", "UN", "398,00", "semana 20"],
]) + """
<div class="note"><b>Nota de alcance / scope note:</b> Solo muestras. El saldo de producción queda retenido /
production balance on hold hasta la aprobación técnica de las muestras por el área de mantenimiento y la liberación
escrita de la compañía.</div>
<p style="font-size:11px;color:#666">Documentos requeridos: certificado EN 10204 3.1, informe de ensayo de deslizamiento, ISO 9001:2015.</p>"""
case("p13_portal_qty_per_quote", ["RG005", "RG010"],
     "portal OC: quantity 'según cotización' (quote not in bundle); release by 'la compañía' / maintenance area, nobody named", [
    ("OC-7841.html", html_page("OC 7841 – Portal de Proveedores", _b, lang="es")),
])

# p16 release letter: "the first production lot" with no quantity
case("p16_release_first_lot_no_qty", ["RG010"],
     "release letter frees 'the first production lot per your lot plan' (plan not in bundle); hold, event and signer present", [
    ("Fertigungsfreigabe_FR-2024-011.pdf", pdfx([
        ("h1", "Fertigungsfreigabe / Production release FR-2024-011"),
        ("p", "Tauernseil Anlagenbau GmbH · Supply Chain · Industriestraße 12 · A-6130 Schwaz · 15.04.2024"),
        ("p", "An: Strojirny Jesenik s.r.o., Herrn Petr Dvorak, Prumyslova 12, CZ-790 01 Jesenik"),
        ("table", [
            ["Bestellung", "Teil", "Zeichnung", "Projekt", "Bezug"],
            ["4500 8779, Pos. 20", "Turmkopf TK-14", "14-3300 Rev 20", "Kreuzeck 10-MGD",
             "Ihr Losplan LP-3 vom 02.04.2024"],
        ]),
        ("sp",),
        ("p", "Sehr geehrter Herr Dvorak,"),
        ("p", "nach der Erstmusterprüfung (Bericht EMPB-2024-022, Ing. F. Wechselberger, 11.04.2024) geben wir hiermit "
              "das erste Fertigungslos der Turmköpfe TK-14 gemäß Ihrem Losplan für die Produktion frei. / We hereby "
              "release the first production lot of tower heads TK-14 according to your lot plan."),
        ("p", "Weitere Lose bleiben gesperrt. Sie werden erst nach der Abnahme des ersten Loses und einer weiteren "
              "schriftlichen Fertigungsfreigabe durch den Unterzeichner freigegeben. / Further lots remain on hold "
              "until lot 1 is accepted and the undersigned issues the next written release."),
        ("p", "Materialberechtigung / material authority: nur für das erste Los."),
        ("sp",),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Mag. Herbert Steinlechner, Leiter Supply Chain"),
    ], title="FR-2024-011", author="H. Steinlechner")),
])

# p17 forwarded bank confirmation (message/rfc822): deposit paid, "so now you can start the production"
_bank = mail("Banco Andino de Comercio <notificaciones@bancoandino.com.co>", RESTREPO,
             "Comprobante de transferencia internacional No. 2024041700815",
             "Wed, 17 Apr 2024 10:02:00 -0500",
             """Señor(a) cliente CABLE ABURRA SUR S.A.S.

Le informamos que su transferencia internacional fue procesada:

  Beneficiario : TALLERES MONCAYO CABLE S.L.
  Banco        : Banco Ebro de Aragón, Zaragoza (BEBAESMZXXX)
  Monto        : USD 8.208,00
  Referencia   : ANTICIPO 30% OC 7848
  Fecha valor  : 2024-04-17

Este es un mensaje automático, por favor no responda a este correo.
Banco Andino de Comercio S.A. – Vigilado Superintendencia Financiera de Colombia
""")
_t = """Javier buenas tardes,

Te reenvío el comprobante del banco: ya pagamos el anticipo del 30% de la OC 7848. So now you can start the production of the doors, por favor envíanos el cronograma de fabricación y la fecha de despacho.

Mil gracias,
""" + sig("Juliana Restrepo Gómez", "Analista de Compras", "Cable Aburrá Sur S.A.S.", "+57 604 448 2100 ext. 231") + DISCL_ES
case("p17_forward_deposit_start", ["RG010", "RG012"],
     "forwarded bank receipt (rfc822): deposit paid 'so now you can start the production of the doors'; no quantity anywhere", [
    ("RV_OC_7848.eml", eml_bytes(mail(
        RESTREPO, LASHERAS, "RV: Comprobante de transferencia internacional – anticipo OC 7848",
        "Wed, 17 Apr 2024 15:40:00 -0500", _t, attachments=[("rfc822", _bank)]))),
])

# p18 two-level thread: "Approved, go ahead." to a bearing question
_t = """Grüezi Herr Pichler

Das passt so. Approved, go ahead.

Freundliche Grüsse
Corinne Zürcher
Technik / Instandhaltung
Lauteralp Bahnen AG

> Von: Lukas Pichler <l.pichler@eisacktaler-seilbahnteile.it>
> Gesendet: Donnerstag, 21. März 2024 11:05
> An: Corinne Zürcher
> Cc: Reto Caduff
> Betreff: AW: Bestellung 4700244 – Lagerwechsel SB-10/460
>
> Grüß Gott Frau Zürcher,
> for the sample sheave assemblies SB-10/460 of your order 4700244 the specified bearing FAG 6316-2RSR is not available before KW 30. Can we use SKF 6316-2RS1 instead (same dimensions 80x170x39, same load rating)? We can send the data sheet.
> Mit freundlichen Grüßen / Cordiali saluti
> Lukas Pichler
>
>> Von: Reto Caduff <reto.caduff@lauteralp-bahnen.ch>
>> Gesendet: Montag, 11. März 2024 14:20
>> An: Lukas Pichler
>> Betreff: Bestellung 4700244
>>
>> Grüezi Herr Pichler
>> Our order 4700244: two (2) sample sheave assemblies SB-10/460 only. The 30 series assemblies are not released; release only after the sample sign-off by Corinne Zürcher and a written release by Beat Imboden.
>> Freundliche Grüsse, Reto Caduff
"""
case("p18_approved_go_ahead_bearing", ["RG002"],
     "'Approved, go ahead.' answering a bearing substitution question, with no scope; quoted order states the full scope", [
    ("AW_Lagerwechsel_4700244.eml", eml_bytes(mail(
        ZUERCHER, PICHLER, "AW: AW: Bestellung 4700244 – Lagerwechsel SB-10/460", "Fri, 22 Mar 2024 07:58:00 +0100",
        _t, cc=CADUFF, in_reply_to="<h180-est-0321@eisacktaler-seilbahnteile.it>"))),
])

# p19 WeChat: "Sample door checked. OK, please proceed." -> supplier starts the 46
case("p19_wechat_ok_proceed", ["RG002", "RG007"],
     "after the sample check the buyer writes 'OK, please proceed' (unscoped); supplier starts the 46, buyer thumbs up", [
    ("WeChat_Huaxin_Moriyama.txt", """—————  WeChat chat history with "Leo Wang 王磊 Huaxin"  —————
2024-04-08 09:10 森山武 Moriyama: Wang-san, PO-SKR-24-0266 issued: 2 sample door sets CD-6 only. Balance 46 sets is not released. Release after sample sign-off by Kanazawa-san and written release by Tanabe-san.
2024-04-08 09:25 王磊 Leo Wang: Well received Moriyama-san, we make 2 sets sample first 👍
2024-05-14 16:02 王磊 Leo Wang: Moriyama-san, sample door arrived your site yesterday, any feedback?
2024-05-15 11:30 森山武 Moriyama: Sample door checked by Kanazawa-san this morning. OK, please proceed.
2024-05-15 11:34 王磊 Leo Wang: Thank you very much!! We start the 46 sets now, delivery end of August 🙏
2024-05-15 11:35 森山武 Moriyama: 👍
"""),
])

# p20 FAI report with buyer disposition "APPROVED – good to run"
case("p20_fai_good_to_run", ["RG002", "RG007"],
     "FAI report restates written-release requirement, then buyer QA disposition 'APPROVED - good to run' with no scope", [
    ("EMPB-2024-031_DG-42.pdf", pdfx([
        ("h1", "Erstmusterprüfbericht / First Article Inspection Report EMPB-2024-031"),
        ("table", [
            ["Kunde / customer", "Tauernseil Anlagenbau GmbH, Schwaz"],
            ["Lieferant / supplier", "Kovinar Celje d.o.o., Celje"],
            ["Teil / part", "DG-42 detachable grip, DRG 42-0410 Rev. F"],
            ["Bestellung / PO", "4500 8794, Pos. 10"],
            ["Order scope (from PO)", "12 sample grips released; balance 388 not released until FAI sign-off and "
                                      "written production release by Mag. H. Steinlechner"],
        ]),
        ("h", "Messergebnisse / results (12 pcs)"),
        ("table", [
            ["Merkmal", "Soll", "Ist min - max", "Bewertung"],
            ["Klemmkraft Seil Ø42", ">= 36 kN", "37,2 - 38,9 kN", "OK"],
            ["Rutschprüfung 1,2 x FN", "kein Rutschen", "kein Rutschen", "OK"],
            ["Federpaket Vorspannung", "DRG note 7", "12/12", "OK"],
            ["Gewinde M24x2 6g", "Lehre", "12/12", "OK"],
            ["MT-Rissprüfung EN ISO 9934-1", "keine Anzeigen", "keine Anzeigen", "OK"],
            ["Härte Backe", "28 - 34 HRC", "29 - 33 HRC", "OK"],
        ]),
        ("h", "Disposition"),
        ("table", [
            ["Disposition Tauernseil QS", "Name", "Datum"],
            ["APPROVED - good to run", "Ing. F. Wechselberger", "22.04.2024"],
        ]),
    ], title="EMPB-2024-031", author="Kovinar QA")),
])

# p21 Teams: PO revision "approved in SAP, so green light", start the trial lot (quantity never given)
case("p21_teams_green_light_trial_lot", ["RG002", "RG010"],
     "'green light from our side' after a PO price revision, and 'start with the trial lot' whose quantity is never stated", [
    ("Teams_Caduff_Kranjc.txt", """Microsoft Teams – Chat export
Chat: Reto Caduff (Lauteralp Bahnen AG), Matej Kranjc (Extern)

[09.04.2024 07:48] Reto Caduff
Morning Matej. Bestellung 4700248 Rev. 2 (price now in EUR instead of CHF) is approved in SAP, so green light from our side, you can start with the trial lot HRC-36.

[09.04.2024 07:49] Reto Caduff
The balance stays blocked until Corinne's sample sign-off and the written release from Beat Imboden. Material only for the trial lot.

[09.04.2024 08:03] Matej Kranjc (Extern)
Hi Reto, thank you! How many pcs is the trial lot, 5 like last time or 10? Our offer had both options.

[09.04.2024 08:20] Reto Caduff
Just go as in the PO, thanks. Corinne needs them by KW 20.

[09.04.2024 08:22] Matej Kranjc (Extern)
ok 👍
"""),
])

# p22 supplier portal with the buyer's "Approved. Go ahead." on a crate drawing
_b = """<div style="background:#b3261e;color:#fff;padding:8px"><b>HUAXIN Order Center</b> · 华鑫索道部件 · Customer: Shirakaba Kogen Resort</div>
<h2>Order PO-SKR-24-0308 – Station cladding panel SCP-3</h2>
""" + html_table([
    ["Field", "Value"],
    ["Customer PO", "PO-SKR-24-0308 (2024-03-29)"],
    ["Released qty (samples)", "24 pcs"],
    ["Balance", "576 pcs – not released, on hold until sample sign-off by Y. Kanazawa and written release by H. Tanabe"],
    ["Material authority", "sample-only (24 pcs)"],
    ["Status", "Samples in coating"],
]) + """
<h3>Messages</h3>
<table>
<tr><th>Time</th><th>From</th><th>Message</th></tr>
<tr><td>2024-04-10 14:02</td><td>Leo Wang (Huaxin)</td><td>Dear Moriyama-san, packaging proposal for the 24 sample panels: crate drawing PK-07 rev.1 attached (4 crates, 6 panels each, max 420 kg). Please check.</td></tr>
<tr><td>2024-04-11 09:15</td><td>Takeshi Moriyama (Shirakaba)</td><td>Crate drawing PK-07 rev.1 checked. Approved. Go ahead.</td></tr>
<tr><td>2024-04-11 09:20</td><td>Leo Wang (Huaxin)</td><td>Thank you, noted.</td></tr>
</table>"""
case("p22_portal_approved_go_ahead", ["RG002"],
     "buyer's 'Approved. Go ahead.' on a crate drawing, no scope; order data in the portal states 24 / 576 hold / Kanazawa / Tanabe", [
    ("order_PO-SKR-24-0308.html", html_page("HUAXIN Order Center – PO-SKR-24-0308", _b)),
])

# p23 design review minutes: "approved" for WPS and price; "design is approved, go ahead"
case("p23_minutes_design_go_ahead", ["RG002", "RG009"],
     "'approved' for the weld procedure and for the price increase; 'design is approved, go ahead' unscoped", [
    ("Minutes_DR-3_TK-9.docx", docx_bytes([
        ("h1", "Design Review Minutes DR-3 – Tower head TK-9, Kogen Quad 5"),
        ("p", "Date: 2024-04-16, 16:00 JST / 09:00 CEST, Microsoft Teams · Minutes: Y. Kanazawa"),
        ("table", [
            ["Company", "Attendees"],
            ["Shirakaba Kogen Resort", "Yui Kanazawa (Facility Engineering), Takeshi Moriyama (Purchasing)"],
            ["Strojírny Jeseník", "Petr Dvořák (Sales), Jana Horáková (Quality), Tomáš Kučera (Production)"],
        ]),
        ("h", "Order scope"),
        ("p", "PO-SKR-24-0240: one (1) prototype tower head TK-9. The balance of five (5) tower heads is not "
              "released; it is released only after prototype sign-off and a written release by Mr. Hiroshi Tanabe "
              "(General Manager)."),
        ("h", "Items"),
        ("table", [
            ["No.", "Topic", "Discussion / decision", "Owner"],
            ["1", "Weld procedure WPS-118 (fillet welds a7, S355J2+N)", "Reviewed. WPS-118 approved by Kanazawa.",
             "Horáková"],
            ["2", "Steel surcharge +3.5 %", "Approved by Tanabe-san (commercial). New price EUR 31.260,00 / pc.",
             "Moriyama"],
            ["3", "Design freeze, drawing SKR-TH-9-002 rev.3", "Kanazawa-san: design is approved, go ahead.",
             "Kučera"],
            ["4", "Galvanizing ISO 1461, min. 85 µm", "Confirmed.", "Kučera"],
        ]),
        ("p", "Next meeting: 2024-05-14"),
    ], author="Y. Kanazawa")),
])

# p24 supplier confirms 8 instead of 6 and plans to go straight into the series after sample approval
_t = """Grüezi Herr Caduff,

vielen Dank. We confirm eight (8) sample assemblies SB-12/460 for delivery KW 19, price as offer Q-24-0402.

After your sample approval we go straight into the 48 series assemblies, so we keep the slot in our assembly hall in KW 24.

Mit freundlichen Grüßen / Cordiali saluti
Lukas Pichler
Verkauf / Vendite

> Von: Reto Caduff <reto.caduff@lauteralp-bahnen.ch>
> Gesendet: Freitag, 15. März 2024 10:12
> An: Lukas Pichler
> Betreff: Bestellung 4700255 – SB-12/460
>
> Grüezi Herr Pichler
> Our order 4700255: six (6) sample sheave assemblies SB-12/460. The balance of 48 series assemblies is not released. Release only after the sample sign-off by Corinne Zürcher and a written release by Beat Imboden.
> Freundliche Grüsse
> Reto Caduff
""" + sig("Lukas Pichler", "Verkauf / Vendite", "Eisacktaler Seilbahnteile GmbH - Srl", "+39 0472 830 415")
case("p24_ack_8_vs_6_straight_into_series", ["RG007", "RG011"],
     "supplier confirms 8 samples against the quoted order's 6, and plans to go straight into the 48 after sample approval", [
    ("AW_Bestellung_4700255.eml", eml_bytes(mail(
        PICHLER, CADUFF, "AW: Bestellung 4700255 – SB-12/460", "Mon, 18 Mar 2024 09:40:00 +0100", _t,
        in_reply_to="<h180-lb-0315@lauteralp-bahnen.ch>"))),
])

# p25 WhatsApp: supplier will start the 92 as soon as samples are approved; buyer agrees
case("p25_whatsapp_roll_into_92", ["RG007"],
     "buyer's chat scope needs Uribe's written release; supplier will start the 92 'apenas aprueben las muestras', buyer agrees", [
    ("WhatsApp_Chat_Javier_Moncayo.txt", """10/04/2024, 7:48 a. m. - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
10/04/2024, 7:50 a. m. - Juliana Restrepo CAS: Buen día Javier, te resumo la OC 7855 para que quede por acá también:
10/04/2024, 7:51 a. m. - Juliana Restrepo CAS: 4 puertas muestra CD-10 (activas ya). Saldo 92 puertas NO liberado hasta la aprobación técnica de Andrés Felipe y la liberación escrita de Catalina Uribe. Material solo para las 4.
10/04/2024, 8:30 a. m. - Javier Lasheras: Buenos días Juliana! Entendido. Una cosa: apenas Andrés Felipe apruebe las muestras arrancamos de una con las 92, así no perdemos el turno de pintura de julio 👌
10/04/2024, 8:44 a. m. - Juliana Restrepo CAS: perfecto Javier, así nos ahorramos tiempo 👍
"""),
])

# p26 Teams: buyer QA tells the supplier to run the 12 right after the FAI check, release "only paperwork"
case("p26_teams_run_after_fai", ["RG007"],
     "PO needs Steinlechner's written release; buyer QA says if FAI passes 'just run the remaining 12 straight away'", [
    ("Teams_Wechselberger_Kucera.txt", """Microsoft Teams – Chat export
Chat: Martina Gruber, Florian Wechselberger (Tauernseil Anlagenbau), Tomáš Kučera (Gast – Strojírny Jeseník)

[02.04.2024 10:05] Martina Gruber
Dobrý den Tomáš, for the record: PO 4500 8785 = two (2) FAI tower heads TK-14 for Stütze 3 and 4. The remaining 12 heads are NOT released until FAI sign-off by Florian and a written release by Mag. Steinlechner.

[02.04.2024 10:20] Tomáš Kučera (Gast)
Understand, thank you. We make 2.

[16.04.2024 15:32] Florian Wechselberger
Servus Tomáš, short info from QS: if the two FAI heads pass the check next week, just run the remaining 12 straight away, don't wait. Herbert signs it afterwards anyway, it's only paperwork.

[16.04.2024 15:40] Tomáš Kučera (Gast)
OK super, then we plan the 12 from KW 18. Thank you Florian.
"""),
])

# p27 kick-off minutes: forecast "confirmed as order" and series continuing after sample sign-off
case("p27_minutes_forecast_order_rollover", ["RG007", "RG008"],
     "minutes: season forecast 1,170 'confirmed as order, book as firm'; after sample sign-off supplier continues without further notice", [
    ("Minutes_2024-04-04_Huaxin.docx", docx_bytes([
        ("h1", "Kick-off Meeting Minutes – Station cladding renewal, Kogen Gondola"),
        ("p", "Date: 4 April 2024, 10:00-11:30 JST · Shirakaba Kogen head office + Teams (Changzhou)"),
        ("table", [
            ["Company", "Attendees"],
            ["Shirakaba Kogen Resort", "Hiroshi Tanabe (General Manager, release authority), Takeshi Moriyama "
                                       "(Purchasing), Yui Kanazawa (Facility Engineering)"],
            ["Changzhou Huaxin", "Leo Wang (Sales Manager), Zhou Min (QA), Chen Jie (PMC)"],
        ]),
        ("h", "1. Scope"),
        ("p", "PO-SKR-24-0312 covers thirty (30) sample panels SCP-3, AlMg3 3 mm, PVDF RAL 9006."),
        ("h", "2. Season forecast"),
        ("p", "Forecast for season 2025: 1,170 panels (valley 640, mountain 530). Shirakaba confirms this forecast "
              "as order; Huaxin can book it as firm."),
        ("h", "3. Samples and series"),
        ("p", "After sample sign-off by Kanazawa-san, Huaxin continues directly with the 1,170 panels without "
              "further notice."),
        ("h", "4. Technical"),
        ("table", [
            ["Topic", "Agreement"],
            ["Coating", "PVDF 3-coat, min. 35 µm, RAL 9006"],
            ["Corrosion", "ISO 9227 NSS 1000 h on coupon, report with samples"],
            ["Fixing", "M8 rivet nut, drawing SKR-CL-07 rev.2"],
        ]),
        ("h", "5. Next meeting"),
        ("p", "2 May 2024, Teams."),
    ], author="T. Moriyama")),
])

# p28 supplier production plan: forgings for 320 ordered, serial start "automatic after sample approval"
case("p28_plan_material_and_auto_start", ["RG006", "RG007"],
     "plan restates 20 released / 300 not released, but forgings for 320 ordered and series start 'automatic after sample approval'", [
    ("Production_plan_OC-4100-2230.pdf", pdfx([
        ("h1", "Production plan / Výrobní plán - OC 4100-2230"),
        ("p", "Strojírny Jeseník s.r.o. · Prumyslova 12 · 790 01 Jeseník · Czech Republic"),
        ("p", "Customer: Cable Aburrá Sur S.A.S., Itagüí (Colombia) · Part: haul-rope clamp HRC-40, drawing "
              "CAS-HRC-40-07 rev. B · Prepared: T. Kucera, 28.03.2024"),
        ("h", "Order status (per customer PO)"),
        ("table", [
            ["", "Qty", "Status"],
            ["Sample clamps", "20", "released by PO OC 4100-2230"],
            ["Balance", "300", "according to PO not released before written release by Mrs. Catalina Uribe Mejía "
                               "after sample approval"],
        ]),
        ("h", "Plan"),
        ("table", [
            ["Week", "Activity", "Qty", "Remark"],
            ["W12", "Forgings 42CrMo4 ordered at forge partner", "320", "samples + full balance, to keep forge price"],
            ["W14", "Machining + heat treatment of samples", "20", ""],
            ["W15", "Slip test, MT crack test (EN ISO 9934-1), 3.1 certificates", "20", ""],
            ["W16", "Samples by air, sample approval at customer", "20", "DHL"],
            ["W17", "Start serial production - automatic after sample approval", "300", "no waiting time"],
            ["W22", "Shipment serial lot 1", "150", "sea freight to Cartagena"],
            ["W25", "Shipment serial lot 2", "150", ""],
        ]),
        ("p", "Forgings for 320 pcs on stock from W13."),
    ], title="Production plan OC 4100-2230", author="T. Kucera")),
])

# p29 supplier MRP printout: forecast converted to firm orders; bar bought for 240 with 40 released
case("p29_mrp_forecast_firm_material", ["RG006", "RG008"],
     "MRP: customer forecast converted to firm planned orders (240) and bar ordered for 240 while 40 released, no material authority", [
    ("MRP_izpis_2024-04-03.txt", """KOVINAR CELJE d.o.o.                MRP – izpis / MRP run report              03.04.2024 06:30
====================================================================================================
Kupec / customer : 10233 Lauteralp Bahnen AG (CH)
Artikel / item   : HRC-36-LB  Seilklemme HRC-36, risba / drawing LB-36-220 Rev 03

VHODNI PODATKI / INPUT
  Naročilo kupca / customer PO 4700259, line 10 ........ 40 kos   released by customer
  Napoved kupca / customer forecast LP-2291 rev.2 ..... 240 kos   KW 18 – KW 44/2024
  Material authority (customer) ....................... ni navedeno / not stated

MRP AKCIJE / ACTIONS
  [1] Napoved LP-2291 -> pretvorjeno v FIRM planirane naloge (tip F) ......... 240 kos
      forecast converted to firm planned orders                       user: RZUPANCIC
  [2] Nabavni nalog / purchase order NN-24-0418
      42CrMo4+QT Ø90 palica / bar, 2.160 kg (= 240 kos x 9,0 kg)    status: NAROČENO / ORDERED 02.04.2024
  [3] Delovni nalog / work order DN-24-1131 ............................... 40 kos  status: odprt / open
  [4] Delovni nalogi DN-24-1132 .. DN-24-1136 (tip F) ..................... 200 kos  status: planiran

OPOMBA / NOTE
  Napoved obravnavana kot fiksna po navodilu prodaje (M. Kranjc) – cena palice.
  Forecast treated as firm on instruction of sales (M. Kranjc) to secure the bar price.
====================================================================================================
"""),
])

# p30 supplier status in a quoted reply: aluminium coil bought for all 1,200 panels
_pl = pdfx([
    ("h1", "PACKING LIST PL-HX-24-0419"),
    ("p", "Changzhou Huaxin Cableway Components Co., Ltd. · Shipper · Date: 2024-04-19"),
    ("p", "Consignee: Shirakaba Kogen Resort Co., Ltd. · PO-SKR-24-0322 · by air Changzhou (CZX) - Tokyo Narita (NRT)"),
    ("table", [
        ["Crate", "Content", "Qty", "N.W. kg", "G.W. kg", "Dimensions cm"],
        ["1/3", "Station cladding panel SCP-3 sample", "10", "98", "176", "260 x 130 x 45"],
        ["2/3", "Station cladding panel SCP-3 sample", "10", "98", "176", "260 x 130 x 45"],
        ["3/3", "Station cladding panel SCP-3 sample", "10", "98", "176", "260 x 130 x 45"],
        ["", "Total", "30", "294", "528", ""],
    ]),
], title="PL-HX-24-0419", author="Huaxin Logistics")
_t = """Dear Moriyama-san,

Good day. Thank you for your mail.

The 30 sample panels SCP-3 finished PVDF painting yesterday, QA check today by Zhou Min, ship next Tuesday 23 April by air, AWB will send. Packing list attached.

Also for your information: last week we already purchased the aluminium coil AlMg3 3 mm for all 1,200 panels, because LME price is going up fast. This is to protect your cost. Coil is in our warehouse now.

Best regards,
Leo Wang 王磊
Sales Manager

> -----Original Message-----
> From: Takeshi Moriyama <t.moriyama@shirakaba-kogen.co.jp>
> Sent: Wednesday, April 17, 2024 9:05 AM
> To: Leo Wang
> Subject: PO-SKR-24-0322 sample panels status
>
> Dear Wang-san,
> Could you kindly inform the status of the 30 sample panels? Our mock-up on site is planned 10 May.
> For your reference our PO scope again: 30 sample panels only; balance 1,170 not released until sample sign-off by Kanazawa-san and written release by Tanabe-san. Material authority: sample-only.
> Best regards,
> Takeshi Moriyama
""" + sig("Leo Wang", "Sales Manager", "Changzhou Huaxin Cableway Components Co., Ltd.", "+86 519 8661 2207")
case("p30_status_coil_for_all", ["RG006"],
     "supplier reply: coil bought for all 1,200 panels against the quoted sample-only material authority (30 released)", [
    ("RE_PO-SKR-24-0322_status.eml", eml_bytes(mail(
        LEOWANG, MORIYAMA, "RE: PO-SKR-24-0322 sample panels status", "Fri, 19 Apr 2024 17:26:00 +0800", _t,
        in_reply_to="<h180-skr-0417@shirakaba-kogen.co.jp>",
        attachments=[("PL-HX-24-0419.pdf", _pl, PDF_MT)]))),
])

# p31 supplier status report: plates for 16 tower heads ordered while 2 are released
case("p31_status_plates_for_16", ["RG006"],
     "status report restates 2 released / 14 not released, yet lists S355 plates ordered for 16 tower heads", [
    ("Status_Report_KW16_TK-16.pdf", pdfx([
        ("h1", "Status report / Zpráva o stavu zakázky - KW 16/2024"),
        ("p", "Strojírny Jeseník s.r.o. -> Lauteralp Bahnen AG, Mr. Reto Caduff, Ms. Corinne Zürcher · 19.04.2024"),
        ("h", "Order"),
        ("table", [
            ["Order", "Part", "Released", "Remaining"],
            ["4700262", "Tower head TK-16, drawing LB-TK-16-100 Rev 02", "2 first-article tower heads",
             "14 - not released, waiting FAI sign-off (C. Zürcher) and written release (B. Imboden)"],
        ]),
        ("h", "Progress first articles"),
        ("table", [
            ["Step", "Status"],
            ["Cutting / bevelling", "done KW 14"],
            ["Welding (EN 1090-2 EXC3, WPS-204)", "done KW 15"],
            ["NDT UT + MT", "KW 16, no findings"],
            ["Machining of sheave axle seats", "KW 17"],
            ["Galvanizing, FAI report", "KW 18"],
        ]),
        ("h", "Material"),
        ("table", [
            ["Material", "Quantity", "Status", "Remark"],
            ["S355J2+N plates t = 30 / 40 mm", "for 16 tower heads (42 t)", "ordered 08.04., delivery KW 18",
             "to secure rolling slot at the mill"],
            ["Bolts M30 10.9 HV (EN 14399-4)", "for 2 tower heads", "delivered", ""],
        ]),
        ("p", "Note: plates for the series ordered in advance to secure the mill slot; we use them after your "
              "release."),
        ("p", "Petr Dvorak, Sales · Jana Horakova, Quality"),
    ], title="Status KW16", author="Strojirny Jesenik")),
])

# p32 supplier portal: series started because the deposit arrived; material for all 96 doors
_b = """<div style="background:#8a1c1c;color:#fff;padding:8px"><b>Talleres Moncayo Cable</b> · Portal de clientes · Cable Aburrá Sur S.A.S.</div>
<h2>Pedido TM-24-0311 · OC cliente 7866</h2>
""" + html_table([
    ["Campo", "Valor"],
    ["Artículo", "CD-10 puerta de cabina, plano CAS-K2-DR-014 rev. C"],
    ["Liberado por el cliente (producción)", "4 muestras"],
    ["Saldo", "92 – no liberado (pendiente aprobación de muestras y liberación escrita de C. Uribe Mejía)"],
    ["Anticipo 30 %", "recibido 15/04/2024"],
    ["Estado", "EN PRODUCCIÓN – serie iniciada con el anticipo recibido"],
    ["Material", "perfiles EN AW-6063 T6 y vidrio laminado 4+4 comprados para 96 puertas"],
]) + "\n<h3>Historial</h3>\n" + html_table([
    ["Fecha", "Evento", "Usuario"],
    ["03/04/2024", "OC 7866 recibida (4 muestras)", "jlasheras"],
    ["15/04/2024", "Anticipo recibido → orden de fabricación serie OF-24-118 abierta", "pgimeno"],
    ["16/04/2024", "Compra material: perfiles y vidrio para 96 puertas (Vidrios del Ebro, Extrusiones Aragón)", "jlasheras"],
    ["22/04/2024", "Corte de perfiles serie iniciado", "taller"],
])
case("p32_portal_deposit_started_series", ["RG006", "RG012"],
     "supplier portal: series started 'con el anticipo recibido' and material bought for 96 while 4 released and 92 not released", [
    ("pedido_TM-24-0311.html", html_page("Pedido TM-24-0311 – Portal de clientes", _b, lang="es")),
])

# p33 supplier progress report: advance payment -> manufacturing of the complete order, sheet for 240
case("p33_progress_advance_payment", ["RG006", "RG012"],
     "progress report: with the 40 % advance 'started manufacturing of the complete order (240)' and sheet bought for 240; 6 released", [
    ("Informe_avance_3_FP-3.docx", docx_bytes([
        ("h1", "Progress report nº 3 – Facade panels FP-3 (PO-SKR-24-0335)"),
        ("p", "Talleres Moncayo Cable S.L. · Polígono Malpica, calle E, nave 14 · 50016 Zaragoza · Spain"),
        ("p", "For: Shirakaba Kogen Resort – Mr. Takeshi Moriyama, Ms. Yui Kanazawa · Date: 26 April 2024 · "
              "Prepared by: Javier Lasheras"),
        ("h", "1. Order"),
        ("p", "PO-SKR-24-0335: six (6) sample panels FP-3 for the mock-up. As per your PO the balance of 234 panels is "
              "released only after the mock-up check by Ms. Kanazawa and the written release of Mr. Tanabe."),
        ("h", "2. Payment"),
        ("p", "We thank you for the advance payment of 40 % received on 22 April. With the advance received we have "
              "started the manufacturing of the complete order (240 panels), so we can reach the delivery in August."),
        ("h", "3. Material"),
        ("p", "Aluminium sheet EN AW-5754 3 mm for 240 panels purchased from our usual distributor (delivered "
              "24 April). Perforation tool Ø8 mm / pitch 12 mm is ready."),
        ("h", "4. Progress"),
        ("table", [
            ["Step", "Samples (6)", "Series"],
            ["Cutting", "100 %", "35 %"],
            ["Perforation", "100 %", "10 %"],
            ["Bending", "100 %", "-"],
            ["PVDF coating (subcontract)", "planned 29/04", "-"],
        ]),
        ("p", "Un saludo / Best regards, Javier Lasheras"),
    ], author="J. Lasheras")),
])

# p34 plain mail saved as text: forgings for the full 240 delivered while 40 released
case("p34_mail_forgings_full_240", ["RG006"],
     "supplier status mail: forgings for the full 240 clamps delivered while 40 are released; no material authority", [
    ("mail_Kovinar_2024-04-26.txt", """From: Matej Kranjc <matej.kranjc@kovinar-celje.si>
To: Reto Caduff <reto.caduff@lauteralp-bahnen.ch>
Cc: Corinne Zürcher <corinne.zuercher@lauteralp-bahnen.ch>
Date: Fri, 26 Apr 2024 14:12:07 +0200
Subject: HRC-36 status – order 4700266

Dear Mr. Caduff,

short status for your order 4700266:

- the 40 released clamps HRC-36: machining finished, hardness check OK (29–33 HRC), MT crack test next Monday, shipment KW 19 as planned
- forgings for the full 240 clamps were delivered to us yesterday from our forging supplier, so later there is no waiting for the series
- 3.1 certificates come with the shipment

If any question please call me.

Lep pozdrav / Best regards
Matej Kranjc
Sales Engineer
Kovinar Celje d.o.o.
Ulica kovinarjev 7, SI-3000 Celje
T +386 3 425 61 80
"""),
])

# p37 supplier order confirmation built on a forecast, production starts on deposit
case("p37_oc_forecast_deposit", ["RG008", "RG012"],
     "supplier OC confirms the season forecast 1,200 as an order and starts production upon receipt of the deposit", [
    ("OC-HX-24-0412.pdf", pdfx([
        ("h1", "ORDER CONFIRMATION OC-HX-24-0412"),
        ("p", "Changzhou Huaxin Cableway Components Co., Ltd. · No. 88 Fengming Road, Wujin District, Changzhou, "
              "Jiangsu 213161, China · Tel +86 519 8661 2207"),
        ("table", [
            ["To", "Shirakaba Kogen Resort Co., Ltd., Mr. Takeshi Moriyama"],
            ["Reference", "Your forecast FC-2025-SKR dated 2024-04-02 (season 2025)"],
            ["Date", "2024-04-09"],
        ]),
        ("p", "Dear Moriyama-san, based on your forecast for season 2025 we are pleased to confirm the following "
              "order:"),
        ("table", [
            ["No.", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "SCP-3", "Station cladding panel AlMg3 3 mm, PVDF RAL 9006, DRG SKR-SCP-3 rev.04", "1,200",
             "92.80", "111,360.00"],
        ]),
        ("p", "Payment: 30 % T/T deposit, 70 % before shipment."),
        ("p", "Production of the 1,200 pcs will start upon receipt of the 30 % deposit. Delivery: 60 days after "
              "deposit, CIF Nagoya."),
        ("p", "Please sign and return this order confirmation."),
        ("sp",),
        ("p", "Leo Wang, Sales Manager                    Customer signature: ____________________"),
    ], title="OC-HX-24-0412", author="Huaxin Sales")),
])

# p38 WhatsApp: forecast is "pedido en firme"; start the samples, quantity never given
case("p38_whatsapp_forecast_firm_samples", ["RG008", "RG010"],
     "buyer chat: 2025 forecast of 96 doors 'ya es pedido en firme'; 'arranquen con las muestras' without a quantity", [
    ("WhatsApp_Chat_Talleres_Moncayo.txt", """22/04/2024, 4:05 p. m. - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
22/04/2024, 4:10 p. m. - Juliana Restrepo CAS: Javier hola! Te cuento que gerencia ya cerró el presupuesto 2025: el forecast de 96 puertas para 2025 ya es pedido en firme, tranquilo 😉
22/04/2024, 4:11 p. m. - Juliana Restrepo CAS: Por ahora arranquen con las muestras, la OC formal les llega la otra semana. La serie se libera por escrito por Catalina Uribe después de la aprobación técnica de las muestras.
22/04/2024, 4:30 p. m. - Javier Lasheras: Buenísimo Juliana!! Gracias. ¿Cuántas muestras, 2 o 4 como en la cotización?
22/04/2024, 4:48 p. m. - Juliana Restrepo CAS: Las que salgan en la cotización, Andrés Felipe te confirma 👍
"""),
])

# p40 buyer portal: forecast page says it is a binding purchase commitment
_rows = [["Monat / month", "Menge DG-42"], ["03/2025", "120"], ["04/2025", "240"], ["05/2025", "240"],
         ["06/2025", "240"], ["09/2025", "180"], ["10/2025", "180"], ["Summe 2025", "1.200"]]
_b = """<div style="background:#1d3c5a;color:#fff;padding:8px"><b>Tauernseil Lieferantenportal</b> · Bedarfsvorschau</div>
<h2>Bedarfsvorschau 2025 – Lieferant 70211 Kovinar Celje d.o.o.</h2>
<p>Teil: Kuppelklemme / detachable grip DG-42, Zchng 42-0410 Rev. F · Projekte Gschnitzjoch, Kreuzeck 10-MGD</p>
<div class="note"><b>Diese Bedarfsvorschau ist für 2025 verbindlich / this forecast is a binding purchase commitment
for 2025: 1.200 Kuppelklemmen DG-42.</b> Bitte Kapazität einplanen / please plan your capacity accordingly.</div>
""" + html_table(_rows) + """
<p>Abrufe erfolgen per EDI DELFOR. Rückfragen: DI Martina Gruber, Einkauf, +43 5242 6170-214.</p>
<p style="font-size:11px;color:#666">Stand 12.04.2024 · Portal v4.2</p>"""
case("p40_portal_binding_forecast", ["RG008"],
     "buyer portal forecast page states the 2025 forecast of 1.200 grips is a binding purchase commitment", [
    ("Bedarfsvorschau_2025_70211.html", html_page("Bedarfsvorschau 2025 – Tauernseil Lieferantenportal", _b, lang="de")),
])

# p41 Swiss release record: "release" for sample approval, PO workflow and production
case("p41_release_record_three_meanings", ["RG009"],
     "record uses 'release' for the sample approval, the SAP PO approval and production; scope otherwise complete", [
    ("Protokoll_LB-CD4_2024-03-12.docx", docx_bytes([
        ("h1", "Freigabeprotokoll / Release record – Kabinentür CD-4"),
        ("p", "Lauteralp Bahnen AG · Pendelbahn Lauteralp II · Lieferant: Changzhou Huaxin Cableway Components Co., Ltd."),
        ("table", [
            ["Feld", "Eintrag"],
            ["Bestellung", "4700232"],
            ["Teil", "Kabinentür CD-4 (Schiebetür, 2-flügelig), Zeichnung LB-CD4-010 Rev 06"],
            ["Menge aktiv", "2 Muster-Türflügel / sample door leaves"],
            ["Balance", "14 Türflügel – not released"],
        ]),
        ("h", "Release steps"),
        ("table", [
            ["Release step", "Status", "By", "Date"],
            ["Sample release (Musterfreigabe) – dimensions, function, 10.000 cycles test", "granted",
             "Corinne Zürcher, Technik", "12.03.2024"],
            ["PO release (Bestellfreigabe in SAP)", "granted", "Reto Caduff, Einkauf", "26.02.2024"],
            ["Production release for the 14 door leaves", "pending – in writing after the sample release",
             "Beat Imboden, Leiter Technik", "–"],
        ]),
        ("p", "Bemerkung: 10.000 cycles test of the door drive passed without finding."),
    ], author="C. Zürcher")),
])

# p42 "Musterfreigabe erteilt: the 10 sample grips are released" + DOCX record attached; production release separate
_rec = docx_bytes([
    ("h1", "Musterfreigabe / Sample release record DG-52"),
    ("p", "Tauernseil Anlagenbau GmbH · QS · PO 4500 8829"),
    ("table", [
        ["Merkmal", "Ergebnis"],
        ["Klemmkraft Seil Ø52", "44,1 – 45,6 kN (≥ 43 kN) i.O."],
        ["Rutschprüfung", "i.O."],
        ["MT-Rissprüfung", "keine Anzeigen"],
        ["Maßprüfung nach Zchng 52-0450 Rev. 12", "10/10 i.O."],
    ]),
    ("p", "Ergebnis / result: released (sample). 10 Stk."),
    ("p", "Ing. Florian Wechselberger, 23.04.2024"),
], author="F. Wechselberger")
_t = """Hallo Matej,

gute Nachrichten: Musterfreigabe erteilt. The 10 sample grips DG-52 are released — see the attached record.

The production release for the balance of 290 grips is not given yet. It follows separately in writing from Mag. Herbert Steinlechner after the fit check on the test carrier (KW 18). Until then the 290 stay on hold, material only for the 10.

LG Florian
""" + sig("Ing. Florian Wechselberger", "Qualitätssicherung", "Tauernseil Anlagenbau GmbH", "+43 5242 6170-305") + DISCL_DE
case("p42_musterfreigabe_released", ["RG009"],
     "'Musterfreigabe ... the 10 sample grips are released' (technical) next to 'production release' for the 290; scope complete", [
    ("Musterfreigabe_DG-52.eml", eml_bytes(mail(
        WECHSEL, KRANJC, "Musterfreigabe DG-52 – PO 4500 8829", "Tue, 23 Apr 2024 16:45:00 +0200", _t,
        html=txt2html(_t), cc=GRUBER,
        attachments=[("Musterfreigabe_DG-52.docx", _rec, DOCX_MT)]))),
])

# p43 buyer sample inspection report: "approved" three ways; written release by "Technik"
case("p43_report_approved_technik", ["RG005", "RG009"],
     "report: samples 'approved', price 'approved', production 'to be approved'; written release by the department 'Technik'", [
    ("Musterpruefbericht_MP-24-011.pdf", pdfx([
        ("h1", "Musterprüfbericht / Sample inspection report MP-24-011"),
        ("p", "Lauteralp Bahnen AG · Technik · Dorfstrasse 3 · CH-3824 Stechelberg"),
        ("table", [
            ["Lieferant", "Kovinar Celje d.o.o."],
            ["Teil", "Seilklemme HRC-32, Zeichnung LB-32-210 Rev 05"],
            ["Bestellung", "4700238: 4 sample clamps"],
            ["Balance", "236 clamps not released - released only after sample approval and a written release by "
                        "Technik"],
        ]),
        ("h", "Messungen / measurements"),
        ("table", [
            ["Merkmal", "Soll", "Ist (4 Stk)", "Bewertung"],
            ["Härte", "28 - 34 HRC", "30 - 31 HRC", "i.O."],
            ["Rutschprüfung", "kein Rutschen bei 1,2 x FN", "kein Rutschen", "i.O."],
            ["Gewinde M20x1,5", "6H", "4/4", "i.O."],
            ["Rauheit Klemmfläche", "Ra <= 1,6 µm", "Ra 1,1 - 1,3 µm", "i.O."],
        ]),
        ("h", "Ergebnis / result"),
        ("table", [
            ["Gegenstand", "Status"],
            ["Samples (dimensions, hardness, slip test)", "approved"],
            ["Price increase +4,5 % (alloy surcharge)", "approved"],
            ["Production of the 236 clamps", "to be approved - written release by Technik after sample approval"],
        ]),
        ("p", "Prüfer: M. Rüegg, QS-Prüfer, 19.04.2024"),
    ], title="MP-24-011", author="Lauteralp Technik")),
])

# p45 buyer portal: "approval" for PO workflow, sample and production
_b = """<div style="background:#2f5d3a;color:#fff;padding:8px"><b>Shirakaba Kogen Resort</b> · Supplier Portal / サプライヤーポータル</div>
<h2>Purchase Order PO-SKR-24-0286</h2>
""" + html_table([
    ["Field", "Value"],
    ["Vendor", "Talleres Moncayo Cable S.L. (V-0433)"],
    ["Issue date", "2024-03-27"],
    ["Approval status", "APPROVED – 2024-03-27 (workflow T. Moriyama → H. Tanabe)"],
    ["Buyer", "Takeshi Moriyama"],
]) + "\n<h3>Lines</h3>\n" + html_table([
    ["No.", "Item", "Description", "Qty", "Unit price USD", "Delivery"],
    ["1", "CD8-SMP", "Cabin door set CD-8 – sample, DRG SKR-CD8-1200 rev.07", "3 sets", "5,340.00", "2024-05-31"],
]) + "\n<h3>Scope</h3>\n" + html_table([
    ["Item", "Status"],
    ["Sample approval", "Approved 2024-04-18 (Y. Kanazawa)"],
    ["Production approval (balance 37 sets)", "Not approved – on hold; H. Tanabe approves production in writing after sample approval"],
    ["Material authority", "sample-only (3 sets)"],
])
case("p45_portal_approval_three_ways", ["RG009"],
     "portal uses 'approval' for the PO workflow, the sample and production; 3 active, 37 on hold, Tanabe named", [
    ("PO-SKR-24-0286.html", html_page("PO-SKR-24-0286 – Shirakaba Supplier Portal", _b)),
])

# p46 quoted reply: quote approved, samples approved, "first lot" can be made; production approval later
_t = """Buenas tardes Javier,

Le cuento cómo vamos: la cotización ya fue aprobada por gerencia y las muestras quedaron aprobadas por Andrés Felipe el jueves (prueba de apertura 5.000 ciclos OK).

Entonces pueden fabricar el primer lote de puertas. The rest stays on hold until I approve production in writing, after the line test of the first lot on Línea K2.

Cordialmente,
Catalina Uribe Mejía
Gerente de Abastecimiento

> De: Javier Lasheras <jlasheras@talleresmoncayo.es>
> Enviado el: martes, 16 de abril de 2024 10:02
> Para: Catalina Uribe Mejía
> CC: Juliana Restrepo Gómez
> Asunto: OC 7860 – ¿podemos arrancar?
>
> Buenos días Catalina,
> las muestras ya están en Medellín desde el lunes. ¿Podemos arrancar con la producción? Tenemos turno de pintura libre la semana 19.
> Un saludo,
> Javier
""" + sig("Catalina Uribe Mejía", "Gerente de Abastecimiento", "Cable Aburrá Sur S.A.S.", "+57 604 448 2100 ext. 200") + DISCL_ES
case("p46_approved_three_ways_first_lot", ["RG009", "RG010"],
     "'aprobada/aprobadas/approve' for quote, samples and production; 'pueden fabricar el primer lote' without a quantity", [
    ("RE_OC_7860.eml", eml_bytes(mail(
        URIBE, LASHERAS, "RE: OC 7860 – ¿podemos arrancar?", "Wed, 17 Apr 2024 16:05:00 -0500", _t,
        cc=RESTREPO + ", " + OCAMPO, in_reply_to="<h180-tmc-0416@talleresmoncayo.es>"))),
])

# p47 two files: PO for 20 sample clamps, supplier proforma for 24 with production start on deposit
_po = pdfx([
    ("h1", "ORDEN DE COMPRA / PURCHASE ORDER OC 4100-2241"),
    ("p", "Cable Aburrá Sur S.A.S. · NIT 901.224.318-7 · Calle 50 # 52-18 · Itagüí, Antioquia, Colombia"),
    ("table", [
        ["Proveedor / supplier", "Strojirny Jesenik s.r.o., Prumyslova 12, CZ-790 01 Jesenik"],
        ["Fecha / date", "2024-04-08"],
        ["Comprador / buyer", "Juliana Restrepo Gómez"],
        ["Incoterm", "CIP Medellín (Incoterms 2020)"],
        ["Pago / payment", "30 % anticipo, 70 % contra documentos de embarque"],
    ]),
    ("sp",),
    ("table", [
        ["Línea", "Descripción", "Cantidad", "UM", "Precio EUR", "Total EUR"],
        ["10", "Grapa de cable / haul-rope clamp HRC-40, muestras, plano CAS-HRC-40-07 rev. B", "20", "UN",
         "391,00", "7.820,00"],
    ]),
    ("h", "Alcance / scope"),
    ("p", "Cantidad activa / active quantity: 20 sample clamps. Saldo de 300 no liberado / balance of 300 not "
          "released. Se libera solo después de la aprobación técnica de las muestras por Ing. A. F. Ocampo y con "
          "liberación escrita firmada por Catalina Uribe Mejía. Material authority: sample-only."),
    ("sp",),
    ("p", "Juliana Restrepo Gómez, Analista de Compras"),
], title="OC 4100-2241", author="Cable Aburra Sur")
_pi = pdfx([
    ("h1", "PROFORMA INVOICE PI-2024-0087"),
    ("p", "Strojirny Jesenik s.r.o. · Prumyslova 12 · CZ-790 01 Jesenik · IC 25871234 · DIC CZ25871234"),
    ("table", [
        ["Customer", "Cable Aburrá Sur S.A.S., Itagüí, Colombia"],
        ["Your order", "OC 4100-2241 dated 2024-04-08"],
        ["Date", "2024-04-10"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Description", "Qty", "Unit price EUR", "Total EUR"],
        ["1", "Haul-rope clamp HRC-40, drawing CAS-HRC-40-07 rev. B", "24 pcs", "391,00", "9.384,00"],
        ["", "Deposit 30 %", "", "", "2.815,20"],
    ]),
    ("p", "Production starts after receipt of the deposit. Delivery 6 weeks after deposit."),
    ("p", "Bank: Jesenicka sporitelna a.s., IBAN CZ65 0800 0000 1920 0014 5399, SWIFT JESBCZPP. Reference: PI-2024-0087."),
    ("p", "Petr Dvorak, Sales"),
], title="PI-2024-0087", author="Strojirny Jesenik")
case("p47_po_and_proforma", ["RG011", "RG012"],
     "PO orders 20 sample clamps; supplier proforma for the same order says 24 and 'production starts after receipt of the deposit'", [
    ("OC_4100-2241.pdf", _po),
    ("Proforma_PI-2024-0087.pdf", _pi),
])

# p48 two files: ERP PO 16 samples, supplier acknowledgement says sixty (60)
_t = """Hi Martina,

thank you for your order 4500 8856. We confirm sixty (60) sample clamps SK-40, drawing 40-0231 Rev. 7, delivery KW 20, price EUR 228,40 per piece.

Balance 224 pcs is noted as not released; we wait for Mr. Steinlechner's written release after the FAI sign-off. Material only for the samples.

Lp
Matej

> From: Martina Gruber <m.gruber@tauernseil.at>
> Sent: Monday, 15 April 2024 08:40
> To: Matej Kranjc
> Subject: Bestellung 4500 8856
>
> Hallo Matej,
> PO 4500 8856 is in the portal. Short: sixteen (16) sample clamps SK-40; balance 224 not released until FAI sign-off by Florian Wechselberger and written release by Mag. Steinlechner; material for the samples only.
> LG Martina
""" + sig("Matej Kranjc", "Sales Engineer", "Kovinar Celje d.o.o.", "+386 3 425 61 80")
case("p48_erp_po_ack_60_vs_16", ["RG011"],
     "ERP PO and quoted mail say 16 sample clamps; supplier acknowledgement confirms sixty (60); scope otherwise complete", [
    ("Bestellung_4500-8856.txt", """TAUERNSEIL ANLAGENBAU GMBH                                         Seite 1 von 1
Industriestraße 12, A-6130 Schwaz
BESTELLUNG / PURCHASE ORDER   4500 8856                Datum 15.04.2024
Lieferant  70211  Kovinar Celje d.o.o., Ulica kovinarjev 7, SI-3000 Celje
Einkäufer  DI M. Gruber    Tel +43 5242 6170-214
---------------------------------------------------------------------------------------
Pos  Material      Kurztext                                Menge  ME   Preis EUR   Wert EUR
10   SK-40-0231    Seilklemme SK-40 / haul-rope clamp         16  ST      228,40   3.654,40
                   Zchng 40-0231 Rev. 7, Förderseil Ø40 mm
                   Muster / samples, FAI nach EN 13796-1
     Positionstext:
       Aktive Menge / active quantity: 16 Muster.
       Restmenge 224 ST nicht freigegeben / balance 224 pcs not released.
       Freigabe erst nach FAI-Abnahme (Ing. F. Wechselberger) und schriftlicher
       Freigabe durch Mag. H. Steinlechner, Leiter Supply Chain.
       Materialberechtigung / material authority: nur Muster / samples only.
---------------------------------------------------------------------------------------
Lieferung DAP Schwaz, KW 20/2024. Zahlung 30 Tage netto.
"""),
    ("RE_Bestellung_4500-8856.eml", eml_bytes(mail(
        KRANJC, GRUBER, "RE: Bestellung 4500 8856", "Tue, 16 Apr 2024 10:18:00 +0200", _t,
        in_reply_to="<h180-tau-0415@tauernseil.at>"))),
])

# p49 release letter: twelve (12) in the text, 21 in the table
case("p49_release_12_vs_21", ["RG011"],
     "release letter says 'zwölf (12)' in the text and 21 in the released-quantity column", [
    ("REL-CH-0051.pdf", pdfx([
        ("h1", "Produktionsfreigabe / Production release REL-CH-0051"),
        ("p", "Lauteralp Bahnen AG · Technik · Dorfstrasse 3 · CH-3824 Stechelberg · 22.04.2024"),
        ("p", "An: Eisacktaler Seilbahnteile GmbH - Srl, Herrn Lukas Pichler, Industriezone Süd 14, I-39042 Brixen"),
        ("p", "Bezug: Bestellung 4700245, Rollenbatterie SB-8/460; Musterprüfung MP-24-010 (sign-off C. Zürcher, "
              "18.04.2024)."),
        ("p", "Sehr geehrter Herr Pichler,"),
        ("p", "hiermit geben wir zwölf (12) Rollenbatterien SB-8/460 zur Produktion frei. / We release twelve (12) "
              "sheave assemblies SB-8/460 for production."),
        ("table", [
            ["Bestellung", "Position", "Teil", "Freigegebene Menge / released qty", "Liefertermin"],
            ["4700245", "20", "SB-8/460 Serie", "21", "KW 30/2024"],
        ]),
        ("p", "Die übrigen Serien-Rollenbatterien bleiben gesperrt bis zur Abnahme des ersten Loses und einer weiteren "
              "schriftlichen Freigabe durch den Unterzeichner. Materialberechtigung: für die freigegebene Menge."),
        ("sp",),
        ("p", "Freundliche Grüsse"),
        ("p", "Beat Imboden, Leiter Technik"),
    ], title="REL-CH-0051", author="B. Imboden")),
])

# p51 minutes: decision releases six (6) pilot sets, action list says 8 pilot sets
case("p51_minutes_6_vs_8", ["RG011"],
     "minutes: decision 2 releases six (6) pilot door sets, the action list has Huaxin produce the 8 released in decision 2", [
    ("Protokoll_2024-04-24_Huaxin_CD-10.docx", docx_bytes([
        ("h1", "Minutes – Pilot lot cabin door sets CD-10 (Tauernseil / Huaxin)"),
        ("p", "24.04.2024, MS Teams, 08:30 CEST / 14:30 CST · Minutes: M. Gruber"),
        ("table", [
            ["Company", "Attendees"],
            ["Tauernseil Anlagenbau", "DI Martina Gruber, Ing. Florian Wechselberger, Mag. Herbert Steinlechner"],
            ["Changzhou Huaxin", "Leo Wang, Zhou Min"],
        ]),
        ("h", "Decisions"),
        ("num", "Sample sign-off of the 2 sample door sets CD-10: done by F. Wechselberger on 19.04.2024 (report "
                "EMPB-2024-035)."),
        ("num", "Pilot lot released for production by Mag. H. Steinlechner: six (6) door sets CD-10 (PO 4500 8838, "
                "item 20)."),
        ("num", "Balance of the PO (92 door sets): not released. Release after pilot lot acceptance in Schwaz, in "
                "writing by Mag. H. Steinlechner."),
        ("num", "Material authority: pilot lot only."),
        ("h", "Action list"),
        ("table", [
            ["No.", "Action", "Who", "Due"],
            ["1", "Produce the 8 pilot door sets released in decision 2, ship by air", "Huaxin / Leo Wang", "KW 22"],
            ["2", "3.1 certificates AlMg3 and glass certificates (ESG, EN 12150)", "Zhou Min", "with shipment"],
            ["3", "Update PO 4500 8838 in the portal", "M. Gruber", "26.04."],
        ]),
    ], author="M. Gruber")),
])

# p52 EDIFACT ORDERS: QTY 4, free text says sample lot 6 released
case("p52_edifact_qty_vs_ftx", ["RG011"],
     "EDIFACT ORDERS: QTY+21:4 on the line, free text says 'SAMPLE LOT 6 PCS RELEASED'; hold, event, person present", [
    ("ORDERS_4500886100.txt", """UNA:+.? '
UNB+UNOC:3+9008390112233:14+8033221100445:14+240410:0932+ORD0886101'
UNH+1+ORDERS:D:96A:UN'
BGM+220+4500886100+9'
DTM+137:20240410:102'
FTX+PUR+++SAMPLE LOT 6 PCS RELEASED FOR PRODUCTION. BALANCE 50 PCS NOT:RELEASED UNTIL SAMPLE SIGN-OFF (ING. F. WECHSELBERGER) AND WRITTEN:RELEASE BY MAG. H. STEINLECHNER. MATERIAL FOR SAMPLES ONLY.'
NAD+BY+9008390112233::9++TAUERNSEIL ANLAGENBAU GMBH+INDUSTRIESTRASSE 12+SCHWAZ++6130+AT'
NAD+SU+8033221100445::9++EISACKTALER SEILBAHNTEILE GMBH+INDUSTRIEZONE SUED 14+BRIXEN++39042+IT'
CUX+2:EUR:9'
LIN+10++SB-6-520:SA'
IMD+F++:::ROLLENBATTERIE SB-6/520 MUSTER'
QTY+21:4:PCE'
PRI+AAA:9840.00'
DTM+2:20240620:102'
UNS+S'
CNT+2:1'
UNT+16+1'
UNZ+1+ORD0886101'

------------------------------------------------------------------------------------
EDI-Monitor Eisacktaler Seilbahnteile · Eingang 10.04.2024 09:32 · Interpretation
------------------------------------------------------------------------------------
Belegart        : ORDERS (Bestellung) 4500886100 vom 10.04.2024
Käufer          : Tauernseil Anlagenbau GmbH, Schwaz (GLN 9008390112233)
Pos 10          : SB-6-520 Rollenbatterie SB-6/520 Muster
Menge (QTY 21)  : 4 PCE      Preis 9.840,00 EUR      Termin 20.06.2024
Freitext (PUR)  : SAMPLE LOT 6 PCS RELEASED FOR PRODUCTION. BALANCE 50 PCS NOT RELEASED UNTIL
                  SAMPLE SIGN-OFF (ING. F. WECHSELBERGER) AND WRITTEN RELEASE BY MAG. H. STEINLECHNER.
                  MATERIAL FOR SAMPLES ONLY.
Status          : übernommen in Auftrag AU-24-0611
"""),
])

# p53 WeChat: supplier reads the deposit as the start of the full order
case("p53_wechat_deposit_started", ["RG012"],
     "buyer scope: 2 samples, 38 not released until Kanazawa + Tanabe; supplier: deposit received, 'production for full order started'", [
    ("WeChat_export_2024-04.txt", """—————  WeChat chat history with "Leo Wang 王磊 Huaxin"  —————
2024-04-02 15:10 森山武 Moriyama: Wang-san, PO-SKR-24-0350 issued today. 2 sample door sets CD-12 only. Balance 38 sets not released; release after sample sign-off by Kanazawa-san and written release by Tanabe-san. Material only for 2 sets. Payment 30% deposit as per PO terms.
2024-04-02 15:22 王磊 Leo Wang: Well received, thank you Moriyama-san 🙏
2024-04-19 10:05 王磊 Leo Wang: Moriyama-san, deposit for PO-SKR-24-0350 received today, thank you! So production for full order started today, we will send photos 📷
2024-04-19 10:31 森山武 Moriyama: Wang-san, wait. I will check with Tanabe-san and call you.
"""),
])


# ==================================================================== BUILD
def _stem(fn):
    stem = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case id"
    order = list(CASES)
    random.Random(180180).shuffle(order)
    labels = {}
    for n, c in enumerate(order, 1):
        folder = f"h180_{n:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"{len(labels)} cases, {clean} clean, {len(labels) - clean} with risks")


if __name__ == "__main__":
    build()
