#!/usr/bin/env python3
"""Generator for the releasegate check_holdout14 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout14/build.py

Writes cases/<case>/<files>, labels.json and README.md next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, fixed shuffle seed).
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
import unicodedata  # noqa: E402
OUT = HERE / "cases"
CASES: list[dict] = []


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
def _latin1(s):
    """The base-14 PDF fonts only cover Latin-1; fold other letters (r-caron, c-caron ...)."""
    s = str(s).replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u201e", '"').replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u0111", "dj").replace("\u0110", "Dj").replace("\u2192", "->")
    out = []
    for ch in s:
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in d if c.encode("latin-1", "ignore")) or "?")
    return "".join(out)


def _latin1_block(b):
    if b[0] == "table":
        return ("table", [[_latin1(c) for c in r] for r in b[1]])
    return tuple([b[0]] + [_latin1(x) for x in b[1:]])


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [_latin1_block(b) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h14-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h14")
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


def alt(text, title="message"):
    """A simple HTML alternative for a plain-text mail body (as mail clients produce)."""
    paras = [escape(x).replace("\n", "<br>\n") for x in text.split("\n\n")]
    return html_page(title, "\n".join(f"<p>{x}</p>" for x in paras))


# =================================================================== CLEAN
# The descriptive names (c.. clean, p.. positive) appear only here; folders are neutral.
# Every partial authorization in a case that is not meant to fire an absence rule states all
# four items: the active quantity, the hold on the balance, the unlock event and a named person.

# c01 -- supplier quote with sample and series tiers (non-authorizing) -------------------------
case("c01_quote_gears", [], "supplier quote with sample and series tiers; no authorized quantity", [
    ("nabidka_Q-24-0417.pdf", pdf([
        ("h1", "NABIDKA / QUOTATION Q-24-0417"),
        ("p", "Ozubárna Přerov s.r.o., Dluhonská 41, 750 02 Přerov, CZ  |  IČ 27781234  |  DIČ CZ27781234"),
        ("p", "To: Maschinenbau Kessler GmbH, Einkauf, Herr Jürgen Haas, Industriestr. 12, 73037 Göppingen"),
        ("p", "Date: 17.04.2024   Your enquiry: ANF-2024-0311 of 09.04.2024   Validity: 60 days"),
        ("h", "Subject: spur gear m=2,5 z=41, drawing 3-4410-07 Rev. B"),
        ("p", "Dear Mr. Haas, thank you for your enquiry. We are pleased to quote as follows. "
              "Material 18CrNiMo7-6, case hardened 58+4 HRC, gear quality DIN 3962 class 7, ground."),
        ("table", [
            ["Pos.", "Description", "Quantity", "Unit price EUR", "Lead time"],
            ["1", "Samples incl. FAI report (VDA 2 PPF level 2)", "10 pcs", "84,00", "4 weeks"],
            ["2", "Series, lot size 1.000 pcs", "1.000 pcs", "21,50", "8 weeks"],
            ["3", "Series, lot size 5.000 pcs", "5.000 pcs", "17,90", "8 weeks"],
            ["4", "Gear cutting fixture (one-time)", "1", "1.450,00", "with samples"],
        ]),
        ("sp",),
        ("p", "Prices FCA Přerov (Incoterms 2020), packed in KLT 4314. Payment 30 days net. "
              "Series prices valid for call-offs within 12 months. Hardening certificate and 3.1 "
              "material certificate to EN 10204 included."),
        ("p", "We look forward to your order. S pozdravem / Best regards"),
        ("p", "Ing. Tomáš Novotný, Obchodní oddělení / Sales, +420 581 200 417"),
    ], title="Quotation Q-24-0417", author="Ozubarna Prerov")),
])

_c02_txt = (
    "Dear Mr. Albrecht,\n\n"
    "the 16 sample housings (meter housing lower part, PN 22-318-004, PC/ABS, RAL 7035) from your PO\n"
    "4500218841 left our plant today with DPD, tracking 05 1234 5678 9012. Measurement report and\n"
    "material certificate are in the box and also attached in the portal.\n\n"
    "Regarding the balance of 1.984 pcs: do we have your go-ahead to start them, or do we wait for\n"
    "your written release after the sample sign-off? Our 350 t machine is free from KW 27, so an\n"
    "early decision would help our planning. We have not bought any granulate beyond the samples.\n\n"
    "Lep pozdrav / Kind regards\n"
    + sig("Rok Zupančič", "Key Account Manager", "Plastika Celje d.o.o.", "+386 3 425 61 00"))

# c02 -- supplier question about the balance (question, not an approval) -----------------------
case("c02_supplier_question_housings", [], "supplier asks whether it may start the balance; a question authorizes nothing", [
    ("mail_KW24_housings.eml", eml_bytes(mail(
        "Rok Zupančič <rok.zupancic@plastika-celje.si>", "Frank Albrecht <f.albrecht@zaehler-werk.de>",
        "PO 4500218841 - samples shipped / question about balance", "Tue, 11 Jun 2024 15:42:10 +0200",
        _c02_txt, html=alt(_c02_txt))))
])

# c03 -- labelled rolling forecast --------------------------------------------------------------
case("c03_forecast_guide_shoes", [], "rolling forecast clearly labelled as information only, releases nothing", [
    ("vorschau_2024-06.txt",
     "STEINER AUFZUGSWERKE GMBH                                     Seite 1 / 1\n"
     "Wiener Straße 118, 4020 Linz\n"
     "ROLLIERENDE BEDARFSVORSCHAU / ROLLING FORECAST        Stand: 03.06.2024\n"
     "=====================================================================\n"
     "Lieferant : 70418  Kovina Ptuj d.o.o.\n"
     "Sachnummer: 88-1402-210  Führungsschuh / guide shoe 16 mm, Zeichn. Rev. 4\n"
     "\n"
     "HINWEIS / NOTE: Diese Vorschau ist KEINE Bestellung. This forecast is for information only.\n"
     "It is not an order, it releases no production and no material. Quantities are released\n"
     "exclusively by call-off (Abruf) signed by Mag. Verena Pichler, Disposition.\n"
     "\n"
     "Monat     Menge (ST)   Status\n"
     "--------  ----------   -----------------\n"
     "07/2024        1.200   Vorschau/forecast\n"
     "08/2024          900   Vorschau/forecast\n"
     "09/2024        1.500   Vorschau/forecast\n"
     "10/2024        1.500   Vorschau/forecast\n"
     "11/2024        1.300   Vorschau/forecast\n"
     "12/2024          600   Vorschau/forecast\n"
     "--------  ----------\n"
     "Summe          7.000   (Planungswert / planning figure)\n"
     "\n"
     "Rückfragen: disposition@steiner-aufzug.at, Tel. +43 732 9180-224\n"),
])

# c04 -- samples OK for fit check only --------------------------------------------------------
case("c04_fitcheck_trims", [], "sample approval scoped to fit check; series explicitly on hold with event and named person", [
    ("mail_fitcheck_door_trim.eml", eml_bytes(mail(
        "Matej Kranjc <matej.kranjc@avtonotranja.si>", "Jana Procházková <prochazkova@plasty-zlin.cz>",
        "RE: door trim samples 5G4.867.011 - result fit check", "Thu, 23 May 2024 08:15:00 +0200",
        "Dobro jutro Jana,\n\n"
        "we built the 6 door trim samples (PN 5G4.867.011, grain N111, colour soul black) into the\n"
        "buck yesterday. Gap and flush are within spec, clip towers 3 and 7 a bit tight but ok.\n\n"
        "So: samples approved for fit check only. This is not the PPAP sign-off and it is not a\n"
        "production release. Only the 6 samples on PO 4700-2291 line 10 are ordered so far, please\n"
        "build nothing else. The 3.600 pcs series quantity on line 20 stays on hold. It is released\n"
        "only by a written production release from me, and only after the PPAP sign-off by our\n"
        "customer quality (planned KW 31).\n\n"
        "Please send the updated grain master plate with the next shipment.\n\n"
        "Lep pozdrav,\nMatej\n"
        + sig("Matej Kranjc", "Project Buyer, Interior", "Avtonotranja d.o.o., Novo mesto", "+386 7 39 34 210"))))
])

# c05 -- full-quantity PO (DOCX with table), scoped proceed -------------------------------------
case("c05_po_flanges_full", [], "full-quantity PO, no balance; 'proceed' is scoped to the 250 pcs", [
    ("narudzbenica_3100004567.docx", docx_bytes([
        ("h1", "NARUDŽBENICA / PURCHASE ORDER 3100004567"),
        ("p", "Kupac / Buyer: Plinoopskrba Tehnika d.o.o., Radnička cesta 80, 10000 Zagreb, HR"),
        ("p", "Dobavljač / Supplier: Kovačnica Smederevo a.d., Industrijska zona bb, 11300 Smederevo, RS"),
        ("p", "Datum: 06.05.2024   Kontakt: Ivan Matić, Nabava, +385 1 6300 412"),
        ("table", [
            ["Pos.", "Opis / Description", "Kol. / Qty", "Cijena / Price EUR", "Rok / Delivery"],
            ["10", "Weld neck flange DN 300 PN 40, EN 1092-1 Type 11 B1, P250GH, 3.1 cert EN 10204",
             "250 kom", "96,40", "KW 26/2024"],
        ]),
        ("p", "This purchase order covers the full quantity of 250 pcs. No further quantity is planned "
              "under this order. Please proceed with the 250 pcs; partial deliveries are accepted."),
        ("p", "Marking per EN 1092-1 clause 10, heat number hard stamped. Packing: wooden crates, max. "
              "1.000 kg per crate. Delivery DAP Zagreb, unloading ramp 3."),
        ("p", "Plaćanje / Payment: 60 days after delivery and receipt of invoice."),
        ("p", "Ivan Matić, Nabava / Purchasing"),
    ], author="Ivan Matic")),
])

# c06 -- VDA 4905 call-off with explicit staged material authority ------------------------------
case("c06_lieferabruf_clips", [], "call-off: 4.000 released, staged material authority up to 12.000 explicit, forecast not released, next call-off by named person", [
    ("lieferabruf_0412.txt",
     "LIEFERABRUF / DELIVERY SCHEDULE (VDA 4905 Klartextausdruck)          Blatt 1\n"
     "-----------------------------------------------------------------------------\n"
     "Abruf-Nr.      : 0412          vom 03.06.2024     alter Abruf: 0411 (27.05.2024)\n"
     "Kunde          : Brandt Fahrzeugtechnik GmbH, Werk Ingolstadt, Abladestelle 12\n"
     "Lieferant      : 77031  Pružina Trnava s.r.o.\n"
     "Sachnummer Kd. : 4F0 881 207 B     Federklammer / spring clip 1.4310\n"
     "Sachnummer Lf. : PT-2207-41\n"
     "Eingangs-Fortschrittszahl (cum. received since 01.01.2024): 114.000\n"
     "Letzter Wareneingang: LS 558812 vom 31.05.2024, 2.000 ST\n"
     "-----------------------------------------------------------------------------\n"
     "Liefertermin   Menge ST   Status\n"
     "KW 24/2024        2.000   FEST / firm\n"
     "KW 25/2024        2.000   FEST / firm\n"
     "KW 26/2024        2.000   Vorschau / forecast\n"
     "KW 27/2024        2.000   Vorschau / forecast\n"
     "KW 28/2024        2.000   Vorschau / forecast\n"
     "KW 29/2024        2.000   Vorschau / forecast\n"
     "-----------------------------------------------------------------------------\n"
     "Production release (Fertigungsfreigabe): 4.000 ST = KW 24 + KW 25 only.\n"
     "Material authority (staged): spring steel strip for up to 12.000 ST (KW 24-29) may be\n"
     "  bought at the customer's liability. No production beyond the 4.000 ST released above.\n"
     "Forecast quantities from KW 26 are for planning only and are NOT released.\n"
     "Next production release: with call-off 0413 (Mondays), signed by Frau Sabine Wendt,\n"
     "  Disposition, Tel. +49 841 8930-377.\n"
     "-----------------------------------------------------------------------------\n"),
])

# c07 -- explicit, recorded auto-conversion (frame contract amendment, DOCX) ------------------
case("c07_rahmenvertrag_nachtrag", [], "explicit auto-conversion naming quantity, signer and conditions; rest on hold with event and person", [
    ("nachtrag_2_rahmenvertrag_RV-2023-14.docx", docx_bytes([
        ("h1", "Nachtrag Nr. 2 zum Rahmenvertrag RV-2023-14"),
        ("p", "between Steiner Aufzugswerke GmbH, Linz (\"Buyer\") and Kovina Ptuj d.o.o., Ptuj (\"Supplier\")"),
        ("p", "Subject: door roller assembly 7731-220 Rev. F (landing doors, series LD-9)"),
        ("h", "§1 Samples"),
        ("p", "The Supplier delivers 40 sample assemblies under PO 4500097712 line 10. Only these 40 "
              "assemblies are released for production at signature of this amendment."),
        ("h", "§2 Auto-conversion (recorded)"),
        ("p", "If the sample sign-off for the 40 samples is recorded with the status \"approved\" (not "
              "\"interim\") by Dipl.-Ing. Karin Hofer, Quality Manager, in the SupplyOn portal by "
              "30.09.2024 at the latest, then 1.000 assemblies (first series lot) are released for "
              "production automatically, without a further document. Price per quote ANG-2024-118."),
        ("h", "§3 Balance"),
        ("p", "The remaining 4.000 assemblies of the annual quantity stay on hold. They are released only "
              "by a written release from Mag. Thomas Leitner, Head of Purchasing, after lot acceptance "
              "of the first series lot."),
        ("h", "§4 Material authority"),
        ("p", "Sample-only until §2 takes effect; thereafter material for the 1.000 assemblies of §2."),
        ("table", [
            ["", "Buyer", "Supplier"],
            ["Name", "Mag. Thomas Leitner", "Boštjan Kralj"],
            ["Function", "Head of Purchasing", "Managing Director"],
            ["Date", "14.05.2024", "16.05.2024"],
        ]),
    ], author="Thomas Leitner")),
])

# c08 -- old quote forwarded as rfc822, declared informational ----------------------------------
_old = mail("Tomáš Novotný <novotny@hridele-olomouc.cz>", "Jürgen Haas <j.haas@kessler-mb.de>",
            "Nabídka / quote N-2023-588 drive shaft", "Mon, 13 Nov 2023 10:05:00 +0100",
            "Dear Mr. Haas,\n\nas discussed in Stuttgart, our quote N-2023-588 for the drive shaft\n"
            "7-2204-11 (42CrMo4 QT, induction hardened):\n\n"
            "  samples  30 pcs      118,00 EUR/pc\n"
            "  series   5.000 pcs    24,70 EUR/pc   (lot 1.000)\n\n"
            "Delivery samples 5 weeks, series 7 weeks after release.\n\n"
            "S pozdravem\nTomáš Novotný\nHřídele Olomouc a.s.\n")
case("c08_fwd_old_quote", [], "old quote forwarded as rfc822, declared informational; current PO is 30 samples with full hold wording", [
    ("fwd_N-2023-588.eml", eml_bytes(mail(
        "Jürgen Haas <j.haas@kessler-mb.de>", "Tomáš Novotný <novotny@hridele-olomouc.cz>",
        "WG: Nabídka / quote N-2023-588 drive shaft - for reference", "Wed, 15 May 2024 13:20:00 +0200",
        "Hallo Herr Novotný,\n\n"
        "as requested, here is your old quote from November again (attached). Please use it only for the\n"
        "drawing and material references. The 5.000 pcs in that quote are for information only and are\n"
        "not released.\n\n"
        "Valid is our PO 4500331207: 30 pcs drive shaft samples, drawing 7-2204-11 Rev. C. The series\n"
        "quantity is on hold. It is unlocked only after the sample sign-off by our quality department,\n"
        "and then only by a written production release from me.\n\n"
        "Mit freundlichen Grüßen\nJürgen Haas\n"
        + sig("Jürgen Haas", "Strategischer Einkauf", "Maschinenbau Kessler GmbH", "+49 7161 6020-118"),
        attachments=[("rfc822", _old)])))
])

# c09 -- quoted supplier assumption, corrected by buyer --------------------------------------
case("c09_reply_crucibles", [], "supplier assumption of auto-conversion is quoted; buyer's reply corrects it with full scope", [
    ("re_samples_crucibles.eml", eml_bytes(mail(
        "Ivana Babić <ivana.babic@labkeram.hr>", "Goran Horvat <goran.horvat@keramika-vis.hr>",
        "RE: PO 4510-0877 alumina crucibles - samples ready", "Fri, 07 Jun 2024 09:31:00 +0200",
        "Poštovani gospodine Horvat,\n\n"
        "no, please do not start the series. A sample sign-off does not release anything by itself.\n"
        "Released under PO 4510-0877 are only the 24 sample crucibles (Al2O3 99,7 %, 50 ml, drawing\n"
        "LK-C50 Rev. 2). The remaining 576 pcs stay on hold until I send you a written release, and I\n"
        "will only do that after our lab has signed off the samples (thermal shock test at 1.600 °C).\n\n"
        "Please ship the 24 samples as planned.\n\n"
        "Lijep pozdrav,\nIvana Babić\nNabava / Purchasing, LabKeram d.o.o.\n\n"
        "> From: Goran Horvat\n> Sent: Thursday, June 6, 2024 16:02\n"
        "> Subject: PO 4510-0877 alumina crucibles - samples ready\n>\n"
        "> Dear Ms. Babić,\n> the 24 samples are fired and measured. We assume that once your lab approves\n"
        "> the samples we can run the 576 pcs straight away, the kiln is free in KW 25.\n>\n"
        "> Best regards, Goran Horvat, Keramika Vis d.o.o.\n")))
])

# c10 -- pro-forma: deposit does not release production -------------------------------------
case("c10_proforma_blocks", [], "supplier pro-forma says the advance payment does not release production", [
    ("proforma_PF-2024-0093.pdf", pdf([
        ("h1", "PROFORMA FAKTURA / PRO-FORMA INVOICE PF-2024-0093"),
        ("p", "Hydraulika Brno s.r.o., Vídeňská 99, 639 00 Brno   |   IBAN CZ65 0800 0000 1920 0014 5399"),
        ("p", "Customer: Fluidtechnik Obermayr GmbH, Wels (AT)   Your PO: 4500-7781 of 22.04.2024"),
        ("table", [
            ["Item", "Description", "Qty", "Amount EUR"],
            ["1", "Clamping fixture for hydraulic block HB-77 (one-time)", "1", "3.800,00"],
            ["2", "Advance payment 30 % on item 1", "", "1.140,00"],
        ]),
        ("sp",),
        ("p", "Please note: this advance payment is for the fixture only. It does not release production. "
              "Your PO 4500-7781 covers 5 sample blocks. "
              "The series of 200 pcs mentioned in our quote stays on hold until we receive your written "
              "production release after the sample sign-off."),
        ("p", "Payment due: 14 days. Bank: Československá obchodní banka."),
        ("p", "Ing. Radek Šimek, Sales"),
    ], title="Pro-forma PF-2024-0093", author="Hydraulika Brno")),
])

# c11 -- supplier acknowledgement restating the hold (PDF) --------------------------------------
case("c11_ab_doors", [], "supplier acknowledgement restates the sample scope and the hold", [
    ("potvrda_narudzbe_AB-24-311.pdf", pdf([
        ("h1", "AUFTRAGSBESTÄTIGUNG / POTVRDA NARUDŽBE AB-24-311"),
        ("p", "Stolarija Đakovo d.o.o., Ulica Matije Gupca 14, 31400 Đakovo, HR"),
        ("p", "An: Holzbau Moser GmbH, Herrn Ing. Gerald Moser, Villach (AT)   Ihre Bestellung: B-2024-0552"),
        ("table", [
            ["Pos", "Artikel", "Menge", "Preis EUR", "Termin"],
            ["1", "Innentür Eiche massiv 88,5 x 211, Zarge 120 mm, Musterstück", "2 Stk", "1.240,00", "KW 27"],
        ]),
        ("sp",),
        ("p", "We confirm your order B-2024-0552 as written: 2 sample doors. We confirm that the remaining 46 "
              "doors for the project Wohnanlage Seeblick are not released and that we will not start them, "
              "nor buy oak for them, until the sample doors have been signed off on site and Ing. Gerald "
              "Moser has sent us the written release."),
        ("p", "Lieferung frei Baustelle Villach-Landskron. Zahlung 30 Tage netto."),
        ("p", "S poštovanjem / Mit freundlichen Grüßen — Ana Kovačević, Prodaja"),
    ], title="AB-24-311", author="Stolarija Djakovo")),
])

# c12 -- EMPB interim disposition with limits (PDF with table) --------------------------------
case("c12_empb_interim", [], "interim sample sign-off with quantity/date limit; 500 released, balance on hold with event and named person", [
    ("empb_bewertung_EB-24-118.pdf", pdf([
        ("h1", "EMPB-Bewertung / Sample sign-off report EB-24-118"),
        ("p", "Kunde: Getriebebau Sommer AG, Werk Schweinfurt   Lieferant: Strojárne Martin a.s. (SK)"),
        ("table", [
            ["Field", "Entry"],
            ["Sachnummer", "GS-5521-300 Abtriebswelle / output shaft, Zeichnung Rev. G"],
            ["Vorlagegrund", "Neuteil (VDA 2, Vorlagestufe 2)"],
            ["Status sample sign-off", "interim (vorläufig) - limited to 500 pcs and to 31.08.2024"],
            ["Abweichung", "Ra 1,6 instead of Ra 0,8 on face B; accepted within the interim limit"],
            ["Nächste Vorlage", "full resubmission with corrected grinding, KW 33"],
        ]),
        ("sp",),
        ("p", "Within this interim limit we issue production release PR-2024-061 for 500 pcs. The remaining "
              "2.500 pcs of the quoted quantity stay on hold. They need a full sample sign-off with status "
              "\"approved\" and a further written production release by Dr. Heike Sommer."),
        ("p", "Signed: Dr. Heike Sommer, Leiterin Lieferantenqualität und Beschaffung, 21.06.2024"),
    ], title="EB-24-118", author="Getriebebau Sommer")),
])

# c13 -- HTML PO, full quantity, identifiers that look like quantities ------------------------
case("c13_po_hydraulikblock", [], "full-quantity PO; numbers like 4000-1250, M16x1.5, ISO 6149, 350 bar are identifiers", [
    ("bestellung_4700-2500.html", html_page("Bestellung 4700-2500", """
<h2>Bestellung / Purchase Order 4700-2500</h2>
<p>Brunner Hydraulik AG, Industriering 7, 8500 Frauenfeld (CH) &ndash; Einkauf: Urs Brunner, +41 52 728 40 12<br>
Lieferant: Hydraulika Brno s.r.o., Vídeňská 99, 639 00 Brno (CZ)<br>Datum: 08.05.2024 &nbsp; Kostenstelle 1000</p>
<table>
<tr><th>Pos</th><th>Artikel</th><th>Zeichnung</th><th>Menge</th><th>Preis CHF</th><th>Termin</th></tr>
<tr><td>10</td><td>Hydraulikblock HB-4000-1250, EN AW-6082 T6, eloxiert</td><td>4000-1250 Rev 3</td><td>60 Stk</td><td>286.50</td><td>KW 28</td></tr>
</table>
<p>Technische Angaben: Allgemeintoleranzen ISO 2768-mK, Anschlüsse M16x1.5 nach ISO 6149-1,
Bohrung &Oslash; 25 H7, Prüfdruck 350 bar, Sauberkeit ISO 4406 18/16/13.</p>
<p class="note">Diese Bestellung umfasst die gesamte Menge von 60 Stk. Es folgt keine weitere Menge unter
dieser Bestellung. Lieferung in einer Sendung, DAP Frauenfeld.</p>
<p>Zahlungsbedingungen: 30 Tage 2 % Skonto, 60 Tage netto. Es gelten unsere AEB Ausgabe 2021.</p>
""", lang="de")),
])

# c14 -- SAP ME21N printout, sample PO with complete scope note -----------------------------
case("c14_me21n_zahnradwelle", [], "SAP PO: line 10 12 samples released, line 20 588 on hold, unlock = EMPB + written release by Krüger", [
    ("bestellung_4500412977.txt",
     "Kessler Maschinenbau GmbH          BESTELLUNG / PURCHASE ORDER\n"
     "Industriestr. 12                   Nr.      4500412977\n"
     "73037 Göppingen                    Datum    14.05.2024\n"
     "                                   Einkäufergr. E12  Tel. 07161 6020-131\n"
     "Lieferant 100377\n"
     "Hřídele Olomouc a.s., Průmyslová 8, 779 00 Olomouc\n"
     "\n"
     "Pos   Material        Kurztext                          Menge ME  Lief.-Dat.  Preis EUR\n"
     "----- --------------- ------------------------------- ------- --- ----------  ---------\n"
     "00010 100-4471-02     Zahnradwelle MUSTER / sample         12 ST  21.06.2024     145,00\n"
     "00020 100-4471-02     Zahnradwelle SERIE / series         588 ST  offen/open      38,40\n"
     "\n"
     "Kopftext / header note:\n"
     "  Only item 00010 (12 pcs samples) is released for manufacture now.\n"
     "  Item 00020 (588 pcs) is NOT released: balance on hold. Do not start it and do not buy\n"
     "  material for it (material authority: sample-only).\n"
     "  Unlock: sample sign-off (EMPB, VDA 2) by our quality, then a written production release\n"
     "  signed by Herr Stefan Krüger, Leiter Einkauf.\n"
     "\n"
     "Zahlungsbed. ZB30  30 Tage netto     Incoterms FCA Olomouc\n"
     "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2022).\n"
     "Bitte Bestellnummer auf allen Lieferpapieren angeben.\n"),
])

# c15 -- Teams minutes with complete scope ------------------------------------------------
case("c15_minutes_brake_brackets", [], "meeting minutes record 8 samples, 392 on hold, FAI sign-off + written release by Cerny, sample-only material", [
    ("minutes_2024-05-28.txt",
     "Microsoft Teams meeting - minutes\n"
     "Subject: brake caliper bracket BR-2290 - kick-off samples\n"
     "Date: 28.05.2024 10:00-10:45   Recorded by: Lenka Horáková\n"
     "Attendees: Pavel Černý (Železniční brzdy a.s., purchasing), Lenka Horáková (ŽB, SQE),\n"
     "           Thomas Weigl (Weigl Schmiedetechnik GmbH, sales), Martin Rauch (Weigl, engineering)\n"
     "\n"
     "1. Drawing BR-2290 index c discussed; chamfer 2x45° on bore clarified, no change.\n"
     "2. Samples: 8 pcs brake caliper brackets are covered by PO 4400-7720 and may be made now.\n"
     "3. Series: the remaining 392 pcs are NOT released and stay on hold.\n"
     "   Unlock event: FAI sign-off (EN 9102 form) by ŽB quality, then a written release signed by\n"
     "   Ing. Pavel Černý (release authority, limit 50.000 EUR).\n"
     "4. Material authority: sample-only. Weigl buys forging stock for the 8 samples only.\n"
     "5. Logistics: samples FCA Weigl, Steyr; ŽB arranges truck, KW 27.\n"
     "6. AOB: Weigl closed in KW 32 (summer shutdown).\n"
     "\n"
     "Action items\n"
     "- Weigl: sample dates confirmed by 31.05.  (M. Rauch)\n"
     "- ŽB: send FAI template.                    (L. Horáková)\n"),
])

# c16 -- Ariba-style portal export (HTML), sample PO with production line on hold ---------
case("c16_ariba_sightglass", [], "portal PO: 16 samples, line 2 scope production not released, unlock sample sign-off + revised PO, Dr. Vogt", [
    ("ariba_PO-CH-778120.html", html_page("Purchase Order PO-CH-778120", """
<h2>SAP Ariba &ndash; Purchase Order PO-CH-778120 (Version 1)</h2>
<p>Buyer: LabTec Instruments AG, Basel &nbsp;|&nbsp; Supplier: Sklárna Kavalier Technik s.r.o., Sázava<br>
Ordered: 21 May 2024 &nbsp;|&nbsp; Requester: Dr. Nadine Vogt &nbsp;|&nbsp; Currency: CHF</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit</th><th>Scope</th><th>Status</th></tr>
<tr><td>1</td><td>SG-80-12</td><td>Sight glass borosilicate 3.3, &Oslash;80 x 12 mm, DIN 7080</td><td>16</td><td>EA</td><td>sample</td><td>released</td></tr>
<tr><td>2</td><td>SG-80-12</td><td>Sight glass borosilicate 3.3, &Oslash;80 x 12 mm, DIN 7080</td><td>984</td><td>EA</td><td>production</td><td>NOT released &ndash; on hold</td></tr>
</table>
<div class="note"><b>Comments to supplier:</b> Make the 16 sample pieces of line 1 only. Line 2 (984 EA) is on hold:
do not start it and do not buy glass for it. It is unlocked by the sample sign-off (pressure test 16 bar)
and a revised PO, issued and signed by Dr. Nadine Vogt, Head of Supply Chain.</div>
<p>Ship-to: LabTec Instruments AG, Hochbergerstrasse 60, 4057 Basel. Incoterms DAP.</p>
""")),
])

# c17 -- buyer capacity question (explicitly not a release) ----------------------------------
case("c17_windows_capacity", [], "buyer asks about capacity 'if' the sample is signed off; explicitly not a release; full scope restated", [
    ("anfrage_kapazitaet_fenster.eml", eml_bytes(mail(
        "Gerald Moser <g.moser@holzbau-moser.at>", "Blaž Kos <blaz.kos@okna-kos.si>",
        "Projekt Seeblick - Kapazität KW 30?", "Mon, 03 Jun 2024 17:05:00 +0200",
        "Servus Herr Kos,\n\n"
        "short question for planning: would you be able to produce the 42 larch windows (IV 78, Uw 0,9)\n"
        "in KW 30 if our client signs the sample window off on 12 June?\n\n"
        "This is not a release - just a capacity question. Ordered is only the 1 sample window under\n"
        "our order B-2024-0551. The 42 windows remain on hold until the architect has signed off the\n"
        "sample window on site and I have sent you my written release.\n\n"
        "Danke und schöne Grüße aus Villach\nGerald Moser\n"
        + sig("Ing. Gerald Moser", "Geschäftsführer / Einkauf", "Holzbau Moser GmbH", "+43 4242 21 550"))))
])

# c18 -- multi-file: PO PDF + supplier quote DOCX + cover mail ----------------------------------
case("c18_po_meter_housings", [], "bundle: sample PO 50 pcs, series 20.000 from the quote explicitly not released, unlock + named person", [
    ("narudzbenica_24-0318.pdf", pdf([
        ("h1", "NARUDŽBENICA / PURCHASE ORDER 24-0318"),
        ("p", "Merni Uređaji a.d., Bulevar oslobođenja 211, 21000 Novi Sad, RS"),
        ("p", "Supplier: Orodjarna Kamnik d.o.o., Kamnik, SI   Date: 20.05.2024   Your quote: PN-2024-77"),
        ("table", [
            ["Pos", "Description", "Qty", "Price EUR", "Delivery"],
            ["1", "Injection mould 2-cavity for meter housing MH-400, PC-GF10", "1", "38.500,00", "T1 in KW 29"],
            ["2", "T1 sample housings MH-400 from the new mould", "50 pcs", "4,20", "with T1"],
        ]),
        ("sp",),
        ("p", "Scope: this PO orders the mould. Of the housings, only the 50 T1 sample housings are released. The series quantity of "
              "20.000 pcs in your quote PN-2024-77 is not released and is on hold. It will be released only "
              "after the T1 sample sign-off, by a written release signed by Dragan Petrović, Procurement "
              "Manager. Material authority: sample-only."),
        ("p", "Dragan Petrović, Procurement Manager"),
    ], title="PO 24-0318", author="Merni Uredjaji")),
    ("ponudba_PN-2024-77.docx", docx_bytes([
        ("h1", "PONUDBA / QUOTATION PN-2024-77"),
        ("p", "Orodjarna Kamnik d.o.o., Perovo 30, 1241 Kamnik, Slovenia"),
        ("p", "For: Merni Uređaji a.d., Novi Sad — attn. Mr. Dragan Petrović"),
        ("table", [
            ["Item", "Qty", "Price EUR", "Remark"],
            ["Mould 2-cavity MH-400, steel 1.2738, hot runner", "1", "38.500,00", "T1 10 weeks"],
            ["T1 sample housings", "50 pcs", "4,20", "with T1"],
            ["Series housings MH-400", "20.000 pcs", "0,96", "per year, lots of 5.000"],
        ]),
        ("p", "Validity 90 days. Payment: mould 40 % with order, 60 % after T1 sign-off."),
        ("p", "Lep pozdrav, Nina Golob, Sales"),
    ], author="Nina Golob")),
    ("mail_po_24-0318.eml", eml_bytes(mail(
        "Dragan Petrović <d.petrovic@merni-uredjaji.rs>", "Nina Golob <nina.golob@orodjarna-kamnik.si>",
        "PO 24-0318 - mould + T1 samples MH-400", "Mon, 20 May 2024 11:48:00 +0200",
        "Poštovana gospođo Golob,\n\n"
        "please find attached our PO 24-0318 for the mould and the 50 T1 sample housings. Your quote\n"
        "PN-2024-77 is enclosed as well. As written in the PO, the series stays on hold until\n"
        "the T1 sample sign-off and my written release.\n\n"
        "Srdačan pozdrav,\nDragan Petrović\n"
        + sig("Dragan Petrović", "Procurement Manager", "Merni Uređaji a.d.", "+381 21 480 2200")))),
])

# c19 -- chat, full-quantity order, scoped go-ahead ----------------------------------------
case("c19_chat_clips_full", [], "chat: full-quantity PO of 5.000, 'go ahead with all 5.000', nothing follows", [
    ("chat_export_pruzina.txt",
     "[WhatsApp chat export - Pružina Trnava / Elektro Brno]\n"
     "04.06.24, 07:52 - Miroslav Kubík (Elektro Brno): Dobré ráno Peter, PO 7700123 is in your inbox\n"
     "04.06.24, 07:53 - Miroslav Kubík (Elektro Brno): 5.000 pcs clip SK-17, same as last year, drawing rev 5\n"
     "04.06.24, 08:10 - Peter Hudec (Pružina): ahoj Miro, got it. Is this the whole order or a first lot?\n"
     "04.06.24, 08:12 - Miroslav Kubík (Elektro Brno): whole order. go ahead with all 5.000 per PO 7700123, nothing follows after that\n"
     "04.06.24, 08:13 - Peter Hudec (Pružina): 👍 delivery KW 26 ok\n"
     "04.06.24, 08:13 - Miroslav Kubík (Elektro Brno): super, vďaka\n"),
])

# c20 -- supplier 8D report (non-authorizing) ----------------------------------------------
case("c20_8d_clips", [], "supplier 8D report with containment figures; authorizes nothing", [
    ("8D-2024-017.pdf", pdf([
        ("h1", "8D REPORT 8D-2024-017"),
        ("table", [
            ["Field", "Content"],
            ["Customer", "Brandt Fahrzeugtechnik GmbH, Ingolstadt"],
            ["Part", "4F0 881 207 B spring clip (our PT-2207-41)"],
            ["Complaint", "Q-2024-0500 of 14.05.2024: cracked clips at assembly station 40"],
            ["D1 Team", "P. Hudec (lead), J. Baláž (quality), M. Tóth (production)"],
            ["D2 Problem", "Crack at bending radius R0,6; 36 pcs found at customer"],
            ["D3 Containment", "1.240 pcs at customer stock sorted, 36 pcs rejected; 8.000 pcs at our stock sorted, 0 rejected"],
            ["D4 Root cause", "Bending tool insert worn (after 1,2 million strokes); strip hardness at upper limit"],
            ["D5/D6 Corrective action", "Insert replaced, tool life limit set to 800.000 strokes; incoming hardness check each coil"],
            ["D7 Prevention", "FMEA updated (RPN 168 -> 60); control plan rev. 7"],
            ["D8 Closure", "planned 28.06.2024"],
        ]),
        ("p", "Prepared by Pružina Trnava s.r.o., Quality department, J. Baláž, 03.06.2024"),
    ], title="8D-2024-017", author="Pruzina Trnava")),
])

# c21 -- frame contract: annual volume is a labelled forecast, releases only by call-off ----
case("c21_rahmenvertrag_trims", [], "frame contract: annual volume labelled non-binding forecast; releases only by named call-off", [
    ("rahmenvertrag_RV-2025-03.docx", docx_bytes([
        ("h1", "Rahmenliefervertrag RV-2025-03 (Auszug)"),
        ("p", "Parties: Autositz & Interieur GmbH, Zwickau (\"Buyer\") and Plasty Zlín a.s. (\"Supplier\")"),
        ("h", "§3 Volumes"),
        ("p", "The annual volume for 2025 of approx. 60.000 door trim sets (PN 5G4.867.011/012) is a planning "
              "figure (forecast). It is not binding, is not an order and releases neither production nor "
              "material."),
        ("h", "§4 Production releases"),
        ("p", "Production quantities are released exclusively by call-offs. Each call-off names the released "
              "quantity and is signed by the MRP controller named in it (currently Frau Petra Lange). "
              "Quantities not covered by a call-off are not released."),
        ("h", "§5 Material authority"),
        ("p", "Material authority is stated in each call-off. Without such statement the Supplier may buy "
              "material only for the released quantity."),
        ("table", [
            ["Year", "Forecast (pcs)", "Binding?"],
            ["2025", "60.000", "no - planning only"],
            ["2026", "55.000", "no - planning only"],
        ]),
        ("p", "Zwickau / Zlín, 02.05.2024"),
    ], author="Autositz Interieur")),
])

# c22 -- multipart/alternative release notice: 1.200 of 4.800 released ------------------------
_rel_txt = ("Dear Mr. Perić,\n\n"
            "following the sample sign-off of 29 May we issue:\n\n"
            "PRODUCTION RELEASE PR-17\n"
            "Part: elevator door roller 7731-220 Rev. F\n"
            "Released now: 1.200 pcs (first lot), delivery KW 27-28\n"
            "Not released: the remaining 3.600 pcs of PO 4500097799 stay on hold\n"
            "Unlock: lot acceptance of the first lot at our incoming inspection, then my next written release\n"
            "Material authority: for the 1.200 pcs released\n\n"
            "Kind regards\nMaja Vidmar\n"
            + sig("Maja Vidmar", "Supply Chain Manager", "Dvigala Maribor d.d.", "+386 2 228 41 70"))
_rel_html = ("<p>Dear Mr. Perić,</p><p>following the sample sign-off of 29 May we issue:</p>"
             "<table><tr><th colspan=2>PRODUCTION RELEASE PR-17</th></tr>"
             "<tr><td>Part</td><td>elevator door roller 7731-220 Rev. F</td></tr>"
             "<tr><td>Released now</td><td>1.200 pcs (first lot), delivery KW 27-28</td></tr>"
             "<tr><td>Not released</td><td>the remaining 3.600 pcs of PO 4500097799 stay on hold</td></tr>"
             "<tr><td>Unlock</td><td>lot acceptance of the first lot at our incoming inspection, then my next written release</td></tr>"
             "<tr><td>Material authority</td><td>for the 1.200 pcs released</td></tr></table>"
             "<p>Kind regards<br>Maja Vidmar<br>Supply Chain Manager, Dvigala Maribor d.d.</p>")
case("c22_release_pr17", [], "production release: 1.200 now, 3.600 on hold until lot acceptance + written release by Vidmar", [
    ("release_PR-17.eml", eml_bytes(mail(
        "Maja Vidmar <maja.vidmar@dvigala-mb.si>", "Luka Perić <luka.peric@metal-osijek.hr>",
        "Production release PR-17 - door roller 7731-220", "Tue, 04 Jun 2024 10:00:00 +0200",
        _rel_txt, html=html_page("PR-17", _rel_html))))
])

# c23 -- lab glass full-quantity PO acknowledged by supplier (quoted) -------------------------
case("c23_ack_beakers_full", [], "supplier acknowledges a full-quantity PO of 200 beakers; no balance exists", [
    ("ack_PO-LB-2024-061.eml", eml_bytes(mail(
        "Petra Marešová <maresova@sklo-sazava.cz>", "Dr. Lukas Brandl <l.brandl@labor-brandl.at>",
        "RE: PO-LB-2024-061 beakers 600 ml", "Wed, 22 May 2024 14:12:00 +0200",
        "Dear Dr. Brandl,\n\nwe confirm your order PO-LB-2024-061 as written: 200 pcs beaker 600 ml tall form,\n"
        "borosilicate 3.3, ISO 3819, with your logo printed in white. Delivery KW 25 by DPD.\n\n"
        "Best regards / S pozdravem\nPetra Marešová\nSklárna Sázava s.r.o., Order processing\n\n"
        "> From: Dr. Lukas Brandl\n> Sent: 21 May 2024 09:40\n>\n"
        "> Dear Ms. Marešová,\n> attached PO-LB-2024-061 for 200 beakers 600 ml, tall form, with logo. This is the\n"
        "> complete quantity, no call-offs follow. Please confirm the delivery date.\n>\n"
        "> Dr. Lukas Brandl, Labor Brandl GmbH, Graz\n",
        html=html_page("ack", "<p>Dear Dr. Brandl,</p><p>we confirm your order PO-LB-2024-061 as written: "
                       "<b>200 pcs</b> beaker 600 ml tall form, borosilicate 3.3, ISO 3819, with your logo printed "
                       "in white. Delivery KW 25 by DPD.</p><p>Best regards / S pozdravem<br>Petra Marešová</p>"
                       "<blockquote>Dear Ms. Marešová,<br>attached PO-LB-2024-061 for 200 beakers 600 ml, tall form, "
                       "with logo. This is the complete quantity, no call-offs follow. Please confirm the delivery "
                       "date.<br>Dr. Lukas Brandl, Labor Brandl GmbH, Graz</blockquote>"))))
])

# c24 -- sample sign-off record that releases nothing (DOCX) ----------------------------------
case("c24_signoff_springs", [], "sample sign-off 'approved' states it releases nothing; balance on hold, written release by Markovic", [
    ("sample_signoff_SS-2024-044.docx", docx_bytes([
        ("h1", "Sample sign-off record SS-2024-044"),
        ("table", [
            ["Item", "Entry"],
            ["Buyer", "Elektrooprema Niš d.o.o., Quality department"],
            ["Supplier", "Opruge Zagreb d.o.o."],
            ["Part", "Contact spring CS-12, 1.4568, drawing CS-12 Rev. 3"],
            ["Samples", "20 pcs under PO 2024-1187"],
            ["Disposition", "approved"],
            ["Checked", "spring rate, free length, salt spray 96 h"],
        ]),
        ("p", "This sample sign-off releases nothing. The balance of 2.000 pcs remains on hold until the "
              "written production release by Ms. Jelena Marković, Supply Chain Manager."),
        ("p", "Signed: Stefan Ilić, Quality Engineer, 10.06.2024"),
    ], author="Stefan Ilic")),
])

# c25 -- supplier status report (non-authorizing) ----------------------------------------
case("c25_status_report_shafts", [], "supplier status page: samples shipped, balance not started, waiting for written release", [
    ("status_KW23.html", html_page("Status report KW 23/2024", """
<h2>Status report KW 23/2024 &ndash; Hřídele Olomouc a.s.</h2>
<p>Customer: Maschinenbau Kessler GmbH &nbsp;|&nbsp; PO 4500412977 &nbsp;|&nbsp; Part 100-4471-02 Zahnradwelle</p>
<table>
<tr><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>Samples (item 00010)</td><td>12 pcs</td><td>shipped 05.06.2024, DN 24-0611</td></tr>
<tr><td>Series (item 00020)</td><td>588 pcs</td><td>NOT started &ndash; balance on hold, waiting for written release (Hr. Krüger)</td></tr>
<tr><td>Material</td><td>&ndash;</td><td>bar stock for the 12 samples only</td></tr>
<tr><td>EMPB</td><td>&ndash;</td><td>submitted via portal 05.06.2024</td></tr>
</table>
<p>Open points: none from our side. Prepared: Marek Dostál, Project Management</p>
""")),
])


# =================================================================== POSITIVE
# ---- sample POs that never put the balance on hold (RG003 + RG004 + RG005, often RG001) ----

# p01 -- multi-file: sample PO PDF + supplier quote PDF with the series quantity ---------------
case("p01_po_gears_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 20 gears bundled with a quote showing 2.000/yr series; nothing says not released, no event, no person", [
    ("objednavka_4410-0622.pdf", pdf([
        ("h1", "OBJEDNÁVKA / PURCHASE ORDER 4410-0622"),
        ("p", "Strojírny Kolín a.s., Havlíčkova 50, 280 02 Kolín, CZ — nákup / purchasing"),
        ("p", "Dodavatel / Supplier: Ozubené kolesá Žilina s.r.o., Bytčická 16, 010 01 Žilina, SK"),
        ("p", "Datum: 15.05.2024   Vyřizuje: Ing. Hana Dvořáková, tel. +420 321 740 233"),
        ("table", [
            ["Pol.", "Popis / Description", "Množství / Qty", "Cena / Price EUR", "Termín"],
            ["1", "Čelní ozubené kolo / spur gear m=3 z=37, drawing 3-4410-07 Rev. B, 16MnCr5 case hardened — vzorky / samples",
             "20 ks", "86,00", "KW 26"],
        ]),
        ("sp",),
        ("p", "Samples for our test bench (gearbox PK-40). Please include 3.1 certificate EN 10204 and a full "
              "measurement report (profile and lead per DIN 3962). Delivery DAP Kolín, goods receipt gate 2."),
        ("p", "Per your quotation NB-24-091 (attached). Payment 30 days. Our general purchase conditions apply."),
        ("p", "Ing. Hana Dvořáková, nákupčí / buyer"),
    ], title="PO 4410-0622", author="Strojirny Kolin")),
    ("ponuka_NB-24-091.pdf", pdf([
        ("h1", "CENOVÁ PONUKA / QUOTATION NB-24-091"),
        ("p", "Ozubené kolesá Žilina s.r.o. for Strojírny Kolín a.s., Ing. Hana Dvořáková"),
        ("p", "Spur gear m=3 z=37, drawing 3-4410-07 Rev. B"),
        ("table", [
            ["Item", "Quantity", "Price EUR/pc", "Lead time"],
            ["Samples", "20 pcs", "86,00", "5 weeks"],
            ["Series", "2.000 pcs per year, lots of 500", "24,80", "7 weeks"],
        ]),
        ("p", "Validity 3 months. Gear grinding on Höfler Rapid 800. S pozdravom, Juraj Mikuš, obchod"),
    ], title="NB-24-091", author="OK Zilina")),
])

# p02 -- SAP ME21N printout: sample line + series demand in the header text --------------------
case("p02_me21n_hydraulikblock", ["RG001", "RG003", "RG004", "RG005"],
     "SAP sample PO for 6 blocks; header text gives series demand 1.500/yr and series price; no hold, no event, no person", [
    ("bestellung_4500520318.txt",
     "Fluidtechnik Obermayr GmbH        BESTELLUNG                         Seite 1\n"
     "Gewerbepark 3                     Belegnr.   4500520318\n"
     "4600 Wels                         Datum      02.05.2024\n"
     "Österreich                        Einkäufer  Fr. Gruber, DW 214\n"
     "\n"
     "Lieferant 200812\n"
     "Hydraulika Brno s.r.o., Vídeňská 99, 639 00 Brno\n"
     "\n"
     "Kopftext:\n"
     "  Erstmuster für Hydraulikblock HB-77. Seriebedarf ca. 1.500 ST/Jahr,\n"
     "  Serienpreis 412,00 EUR lt. Angebot 24-118 vom 19.04.2024.\n"
     "  Erstmusterprüfbericht nach VDA Band 2 beilegen.\n"
     "\n"
     "Pos   Material       Bezeichnung                     Menge  ME  Liefertermin  Preis EUR\n"
     "----- -------------- ------------------------------ ------ --- ------------ ----------\n"
     "00010 HB-77-000-03   Hydraulikblock MUSTER, 6082 T6      6  ST  KW 24/2024       620,00\n"
     "                     Zeichnung HB-77 Index C\n"
     "                     Prüfdruck 315 bar, Sauberkeit ISO 4406 17/15/12\n"
     "\n"
     "Gesamtnettowert                                                            3.720,00\n"
     "Zahlungsbedingung: 30 Tage netto       Lieferbedingung: FCA Brno\n"
     "Es gelten unsere Einkaufsbedingungen, Stand 01/2023.\n"),
])

# p03 -- supplier-portal PO (HTML): sample line plus a priced series row ---------------------
case("p03_portal_guide_shoes", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO: 10 sample guide shoes plus 'series quantity 3.000 @ 18,40 from KW 36' with no hold wording, no event, no person", [
    ("supplyon_PO-4500097731.html", html_page("SupplyOn PO 4500097731", """
<h2>SupplyOn &ndash; Order 4500097731</h2>
<p>Customer: Steiner Aufzugswerke GmbH, Linz &nbsp;|&nbsp; Supplier: Kovina Ptuj d.o.o. (70418)<br>
Created: 06.05.2024 by M. Huemer (Einkauf) &nbsp;|&nbsp; Status: new</p>
<table>
<tr><th>Item</th><th>Material</th><th>Description</th><th>Qty</th><th>Price EUR</th><th>Delivery</th></tr>
<tr><td>10</td><td>88-1402-210</td><td>Guide shoe 16 mm, samples, drawing Rev. 4</td><td>10 PC</td><td>44.00</td><td>KW 25</td></tr>
</table>
<h3>Additional information</h3>
<table>
<tr><td>Series quantity</td><td>3.000 PC</td></tr>
<tr><td>Series price</td><td>18.40 EUR / PC</td></tr>
<tr><td>Series delivery</td><td>from KW 36, 250 PC per month</td></tr>
<tr><td>Packaging</td><td>KLT 6428, 50 PC per box</td></tr>
</table>
<p>Please confirm this order within 3 working days in SupplyOn. Sample inspection report per VDA 2 required.</p>
""")),
])

# p04 -- chat: buyer asks for trim samples, nothing about the series -------------------------
case("p04_chat_trim_samples", ["RG003", "RG004", "RG005"],
     "chat: buyer orders 8 trim samples; never says the series is not released, no event, no person", [
    ("chat_teams_trims.txt",
     "Teams chat - Autointeriér Nitra / Plasty Zlín\n"
     "[13.05.2024 09:02] Zuzana Šimková (Autointeriér Nitra): Ahoj Jana, hope you had a nice weekend\n"
     "[13.05.2024 09:03] Zuzana Šimková (Autointeriér Nitra): pls send us 8 pcs of the A-pillar trim 3C8.867.233, grain K43, black, for the colour check with the OEM\n"
     "[13.05.2024 09:03] Zuzana Šimková (Autointeriér Nitra): we need them here by Friday, PO 4501188 comes today from SAP\n"
     "[13.05.2024 09:20] Jana Procházková (Plasty Zlín): Hi Zuzana, ok. Grain K43 plate is here, we can mould Wednesday\n"
     "[13.05.2024 09:21] Jana Procházková (Plasty Zlín): shipping Thursday by our own van, ok?\n"
     "[13.05.2024 09:25] Zuzana Šimková (Autointeriér Nitra): perfect, ďakujem! deliver to gate 4, Mr. Baláž\n"),
])

# p05 -- EML with DOCX PO: sample flanges + annual requirement row -------------------------------
case("p05_mail_po_flanges", ["RG001", "RG003", "RG004", "RG005"],
     "email + DOCX PO for 4 sample flanges with an 'annual requirement 800 pcs' row; no hold, no event, no person", [
    ("mail_porudzbina_24-117.eml", eml_bytes(mail(
        "Milica Stojanović <m.stojanovic@gasoprema.rs>", "Tomáš Vlček <vlcek@kovarna-frydlant.cz>",
        "Porudžbina / PO 24-117 - forged flanges DN 150", "Thu, 16 May 2024 12:30:00 +0200",
        "Poštovani gospodine Vlček,\n\n"
        "in attachment our purchase order 24-117 for the forged flanges DN 150 PN 16 (drawing GO-150-16\n"
        "rev. 2). Please send the 3.1 certificates and the UT report together with the parts.\n\n"
        "Unloading only Monday to Thursday 7-14h, please call Mr. Nenad one day before.\n\n"
        "Srdačan pozdrav,\nMilica Stojanović\n"
        + sig("Milica Stojanović", "Referent nabavke", "Gasoprema a.d., Pančevo", "+381 13 351 700"),
        attachments=[("porudzbina_24-117.docx", docx_bytes([
            ("h1", "PORUDŽBINA / PURCHASE ORDER 24-117"),
            ("p", "Gasoprema a.d., Spoljnostarčevačka 120, 26000 Pančevo, Srbija"),
            ("p", "Dobavljač: Kovárna Frýdlant a.s., CZ   Datum: 16.05.2024"),
            ("table", [
                ["Poz.", "Naziv / Description", "Kol.", "Cena EUR", "Rok"],
                ["1", "Sample forged flange DN 150 PN 16, P245GH, drawing GO-150-16 rev. 2", "4 kom", "148,00", "KW 25"],
            ]),
            ("p", "Annual requirement flange DN 150 PN 16: 800 kom, series price 61,20 EUR/kom (2024/2025)."),
            ("p", "Uslovi plaćanja: 45 dana. Paritet: FCA Frýdlant."),
            ("p", "Potpis / signed: Milica Stojanović"),
        ], author="Milica Stojanovic"), DOCX_MT)])))
])

# p06 -- EML body PO + quote PDF: sample quartz tubes, quote shows series ----------------------
case("p06_mail_po_quartz", ["RG001", "RG003", "RG004", "RG005"],
     "PO in mail body for 12 sample tubes with the supplier offer attached showing 1.200 series; no hold, no event, no person", [
    ("narocilo_2024-0519.eml", eml_bytes(mail(
        "Tanja Potočnik <tanja.potocnik@labmed.si>", "Pavel Kříž <kriz@kremenne-sklo.cz>",
        "Naročilo / order 2024/0519 - quartz tubes", "Fri, 17 May 2024 10:10:00 +0200",
        "Spoštovani g. Kříž,\n\n"
        "we hereby order per your offer N-331 (attached):\n\n"
        "  order no.   2024/0519\n"
        "  item        fused quartz tube OD 25 x 2,0 mm, length 500 mm, both ends fire polished\n"
        "  quantity    12 pcs (samples)\n"
        "  price       38,50 EUR/pc\n"
        "  delivery    KW 24, DAP Ljubljana\n\n"
        "Please mark each tube with the batch number and add the OH content certificate.\n\n"
        "Lep pozdrav,\nTanja Potočnik\n"
        + sig("Tanja Potočnik", "Nabava", "LabMed d.o.o., Ljubljana", "+386 1 580 92 14"),
        attachments=[("ponuka_N-331.pdf", pdf([
            ("h1", "NABÍDKA / OFFER N-331"),
            ("p", "Křemenné sklo Turnov s.r.o. for LabMed d.o.o., Ljubljana"),
            ("table", [
                ["Item", "Qty", "Price EUR/pc", "Delivery"],
                ["Quartz tube OD 25 x 2,0 x 500, fire polished - samples", "12 pcs", "38,50", "3 weeks"],
                ["Quartz tube OD 25 x 2,0 x 500, fire polished - series", "1.200 pcs", "21,90", "6 weeks"],
            ]),
            ("p", "Offer valid 60 days. Pavel Kříž, sales"),
        ], title="N-331", author="Kremenne sklo"), PDF_MT)])))
])

# ---- RG004 only / RG005 only ------------------------------------------------------------------

# p07 -- Swiss: hold + named decision-maker, but no unlock event --------------------------------
case("p07_swiss_hold_no_event", ["RG004"],
     "10 samples, balance 490 on hold 'until further notice', decision by named Reto Baumann; no unlock event", [
    ("bestellung_4800-1123.eml", eml_bytes(mail(
        "Reto Baumann <reto.baumann@bremstechnik-olten.ch>", "Petr Sýkora <sykora@brzdy-ostrava.cz>",
        "Bestellung 4800-1123 Bremsklotzhalter / brake block holder", "Tue, 14 May 2024 16:20:00 +0200",
        "Grüezi Herr Sýkora\n\n"
        "Anbei unsere Bestellung 4800-1123. Ordered and to be made now: 10 pcs brake block holder\n"
        "BKH-220 (drawing 220-014 Rev. E, GJS-400-15), for our internal evaluation.\n\n"
        "The remaining 490 pcs of your quote A-24-066 are not released. They stay on hold until further\n"
        "notice. Any decision about these 490 pcs is taken by me alone, Reto Baumann, Leiter Beschaffung;\n"
        "please do not act on statements from other persons of our company.\n\n"
        "Lieferung: DAP Olten, Rampe B, Mo-Fr 07:00-11:30.\n\n"
        "Freundliche Grüsse\nReto Baumann\n"
        + sig("Reto Baumann", "Leiter Beschaffung", "Bremstechnik Olten AG", "+41 62 287 33 10"))))
])

# p08 -- Croatian: hold + event, release by an unnamed department -----------------------------
_p08_txt = ("Poštovani,\n\n"
            "with this mail we order under PO 10-2024-233:\n"
            "  24 pcs spring clip OK-17 (1.4310, t=0,5 mm, drawing OK-17 rev. 3) - samples\n\n"
            "The balance of 11.976 pcs from your offer is NOT released. It will be released only by a written\n"
            "release from our purchasing department, after the sample sign-off by our quality.\n"
            "Material: for the 24 samples only.\n\n"
            "Delivery of samples: KW 24, DAP Karlovac.\n\n"
            "Lijep pozdrav,\nNabava / Purchasing team\nElektrokontakt Karlovac d.d.\n"
            "nabava@elektrokontakt.hr | +385 47 411 200\n")
case("p08_hr_clips_dept", ["RG005"],
     "24 samples, 11.976 not released, event = sample sign-off + written release, but 'our purchasing department' names nobody", [
    ("PO_10-2024-233.eml", eml_bytes(mail(
        "Nabava Elektrokontakt <nabava@elektrokontakt.hr>", "Peter Hudec <hudec@pruzina-trnava.sk>",
        "PO 10-2024-233 spring clip OK-17 samples", "Wed, 15 May 2024 07:45:00 +0200",
        _p08_txt, html=html_page("PO 10-2024-233", "<p>" + escape(_p08_txt).replace("\n", "<br>\n") + "</p>"))))
])

# ---- RG010: authorizations that never state the quantity ------------------------------------

# p09 -- German: "start the pilot lot as discussed by phone" ------------------------------------
case("p09_pilot_lot_phone", ["RG010"],
     "start the pilot lot 'as discussed by phone'; hold, PPAP event and named sender present, but no quantity anywhere", [
    ("mail_pilotlos_klammer.eml", eml_bytes(mail(
        "Katrin Vogel <katrin.vogel@brandt-fzt.de>", "Peter Hudec <hudec@pruzina-trnava.sk>",
        "Pilotlos Halteklammer 4F0 881 311", "Mon, 27 May 2024 14:02:00 +0200",
        "Hallo Herr Hudec,\n\n"
        "wie heute früh am Telefon besprochen: please start the pilot lot of the new retaining clip\n"
        "4F0 881 311 (drawing index b) now, with the serial tool and the serial strip.\n\n"
        "The series stays on hold. It is unlocked by the PPAP sign-off of the pilot parts, and after that\n"
        "I will send you the written release for the series. Material: for the pilot lot only.\n\n"
        "Please ship the pilot parts in the standard KLT with the green pilot label.\n\n"
        "Viele Grüße\nKatrin Vogel\n"
        + sig("Katrin Vogel", "Einkauf Verbindungstechnik", "Brandt Fahrzeugtechnik GmbH", "+49 841 8930-412"))))
])

# p10 -- Slovene DOCX order letter: T1 samples in both colours, no number --------------------
case("p10_docx_t1_colours", ["RG010"],
     "order letter for T1 samples 'in both colours' never says how many; series on hold with event and named person", [
    ("narocilo_T1_vzorci.docx", docx_bytes([
        ("h1", "Naročilo / Order: T1 samples meter cover MC-210"),
        ("p", "Elektromer Kranj d.o.o., Savska loka 4, 4000 Kranj — to: Orodjarna Kamnik d.o.o."),
        ("p", "Date: 29.05.2024   Reference: mould order 24-0207"),
        ("p", "Please produce the T1 samples of the meter cover MC-210 in both colours, RAL 7035 light grey "
              "and RAL 9005 jet black, for our colour and fit assessment with the base MB-210."),
        ("table", [
            ["Colour", "Material", "Check"],
            ["RAL 7035", "PC Makrolon 2405", "colour, gloss, snap fit"],
            ["RAL 9005", "PC Makrolon 2405", "colour, gloss, snap fit, UV"],
        ]),
        ("p", "The series quantity is not released. It will be released only by a written release from "
              "Mojca Zupan, Head of Purchasing, after the sample sign-off of the T1 parts."),
        ("p", "Material authority: T1 samples only."),
        ("p", "Mojca Zupan, Head of Purchasing"),
    ], author="Mojca Zupan")),
])

# p11 -- chat: "start the samples, same as last time" ----------------------------------------
case("p11_chat_bracket_samples", ["RG010"],
     "chat: buyer says start the samples 'same as last time'; series on hold with event + named buyer; no quantity stated", [
    ("viber_export_nosac.txt",
     "Viber - Nikola Jovanović / Metal Osijek\n"
     "[21.05.24 11:14] Nikola Jovanović: Zdravo Luka, nacrt za novi nosač kvake (door handle bracket DH-08 rev A) je u mailu\n"
     "[21.05.24 11:15] Nikola Jovanović: please start the samples, same as last time for DH-07\n"
     "[21.05.24 11:15] Nikola Jovanović: serija ostaje on hold - series is not released until our sample sign-off, then I send written release\n"
     "[21.05.24 11:40] Luka Perić: ok Nikola, we laser cut tomorrow, bending Thursday\n"
     "[21.05.24 11:41] Luka Perić: zinc plating 8 µm as DH-07?\n"
     "[21.05.24 11:43] Nikola Jovanović: yes, Fe/Zn 8 transparent. hvala!\n"
     "--\n"
     "Nikola Jovanović, Nabavka, Okov Inženjering d.o.o., Beograd\n"),
])

# p12 -- Austrian: tooling invoice paid, "so you can start the samples now" ---------------------
case("p12_tooling_paid_start", ["RG010", "RG012"],
     "payment of the tooling invoice given as the reason to start samples, and no sample quantity stated", [
    ("mail_RE-2024-0815.eml", eml_bytes(mail(
        "Andreas Gruber <a.gruber@obermayr-fluid.at>", "Radek Šimek <simek@hydraulika-brno.cz>",
        "Werkzeugrechnung RE-2024-0815 bezahlt", "Thu, 06 Jun 2024 09:12:00 +0200",
        "Grüß Gott Herr Šimek,\n\n"
        "we have paid your tooling invoice RE-2024-0815 (fixtures for HB-80) today, value date 07.06.\n"
        "So you can start the samples now.\n\n"
        "The series remains on hold until the sample sign-off by our quality and my written release.\n"
        "Please send the sample inspection report (VDA 2) with the parts.\n\n"
        "Schöne Grüße\nMag. Andreas Gruber\n"
        + sig("Mag. Andreas Gruber", "Einkauf", "Fluidtechnik Obermayr GmbH", "+43 7242 5520-214"))))
])

# p13 -- Czech PDF release letter: "first series lot" without a number ----------------------
case("p13_release_letter_first_lot", ["RG010"],
     "production release letter for the 'first series lot' per supplier proposal; hold, 8D-closure event and named person, no quantity", [
    ("uvolneni_07-2024.pdf", pdf([
        ("h1", "UVOLNĚNÍ VÝROBY / PRODUCTION RELEASE 07/2024"),
        ("p", "Železniční brzdy a.s., Kolejní 4, 702 00 Ostrava — to: Weigl Schmiedetechnik GmbH, Steyr (AT)"),
        ("p", "Date: 12.06.2024   Part: brake block holder BKH-310, drawing 310-002 index d"),
        ("p", "Following the FAI sign-off of 10.06.2024 you may start the first series lot of brake block "
              "holders BKH-310 now, with the lot size as in your production proposal of May."),
        ("p", "The remaining series quantity stays on hold until the 8D report 8D-2024-031 (porosity at boss "
              "Ø 42) is closed, and Ing. Lucie Malá issues the next written release."),
        ("p", "Material: for the first series lot only."),
        ("p", "Ing. Lucie Malá, vedoucí nákupu / Head of Purchasing"),
    ], title="Uvolneni 07/2024", author="Zeleznicni brzdy")),
])

# ---- RG002: unscoped approvals ----------------------------------------------------------------

# p14 -- Slovak thread: engineer's "Green light from my side!" under a complete PO scope --------
case("p14_thread_green_light", ["RG002"],
     "engineer writes 'green light from my side' with no quantity or sample scope; the quoted PO scope is complete", [
    ("re_vzorky_hriadel.eml", eml_bytes(mail(
        "Michal Baranovič <michal.baranovic@strojarne-martin.sk>", "Jiří Holub <holub@hridele-olomouc.cz>",
        "RE: PO 4600-3345 - vzorky hriadeľ HV-12 / samples measured", "Wed, 12 Jun 2024 15:55:00 +0200",
        "Ahoj Jirka,\n\n"
        "samples measured on our Zeiss today, everything in tolerance, runout max 0,012. Hardness ok.\n"
        "Green light from my side!\n\n"
        "Michal\n"
        "Michal Baranovič, konštrukcia / design engineering, Strojárne Martin a.s.\n\n"
        "-----Original Message-----\n"
        "From: Ing. Peter Kováč <peter.kovac@strojarne-martin.sk>\n"
        "Sent: Monday, May 6, 2024 10:20 AM\n"
        "To: Jiří Holub\n"
        "Subject: PO 4600-3345 - shaft HV-12\n\n"
        "> Dear Mr. Holub,\n"
        "> PO 4600-3345 covers 15 pcs shaft HV-12 (samples) - please make these 15 pcs now.\n"
        "> The balance of 1.485 pcs of your quote is not released and stays on hold. It is unlocked by\n"
        "> the sample sign-off and then my written release; I, Ing. Peter Kováč, Purchasing Manager,\n"
        "> am the only person who releases it.\n"
        "> Best regards, Peter Kováč\n")))
])

# p15 -- Teams minutes: "Decision: approved. Supplier to proceed." ---------------------------
case("p15_minutes_approved_proceed", ["RG002"],
     "minutes record 'Decision: approved. Supplier to proceed.' without a quantity or sample scope; scope elsewhere complete", [
    ("protokoll_2024-06-05.txt",
     "BESPRECHUNGSPROTOKOLL / MINUTES (MS Teams)\n"
     "Thema:      Gehäuse ZG-4 / meter housing ZG-4 - Musterstand\n"
     "Datum:      05.06.2024, 13:30-14:10\n"
     "Teilnehmer: O. Brandt, S. Keller (Zählerwerk Hameln GmbH); R. Zupančič, N. Golob (Plastika Celje)\n"
     "Protokoll:  S. Keller\n"
     "\n"
     "TOP 1  Stand Bestellung\n"
     "       PO 4500-6612 covers 20 samples. The series quantity of 980 pcs is on hold; it is released\n"
     "       only after EMPB sign-off by a written release from Herr Oliver Brandt (Leiter Einkauf).\n"
     "TOP 2  Werkzeug: Schieber nachgearbeitet, Entformung jetzt ohne Schleppspuren.\n"
     "TOP 3  Muster / samples: dimensional report 48 of 48 characteristics OK, colour delta E 0,4.\n"
     "       Decision: approved. Supplier to proceed.\n"
     "TOP 4  Verpackung: Tray TR-12, 40 pcs per layer.\n"
     "TOP 5  Nächster Termin: 19.06.2024\n"
     "\n"
     "Verteiler: alle Teilnehmer\n"),
])

# p16 -- Austrian windows: "Passt, go ahead!" under a complete scope -------------------------------
case("p16_windows_passt", ["RG002"],
     "buyer replies 'passt, go ahead' after seeing the sample window, without scope; the quoted order scope is complete", [
    ("re_musterfenster.eml", eml_bytes(mail(
        "Gerald Moser <g.moser@holzbau-moser.at>", "Blaž Kos <blaz.kos@okna-kos.si>",
        "AW: Musterfenster Seeblick - Fotos", "Fri, 14 Jun 2024 18:40:00 +0200",
        "Hallo Herr Kos,\n\n"
        "Musterfenster heute angeschaut, Oberfläche und Beschläge schauen super aus. Passt, go ahead!\n\n"
        "LG Gerald Moser\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Gerald Moser\nGesendet: Montag, 3. Juni 2024 09:12\nAn: Blaž Kos\n"
        "Betreff: Bestellung B-2024-0551 Musterfenster\n\n"
        "> Sehr geehrter Herr Kos,\n"
        "> mit B-2024-0551 bestellen wir 1 Musterfenster Lärche IV 78 (1230 x 1480 mm).\n"
        "> The 42 windows for the project stay on hold and are not released. They are released only after\n"
        "> the architect's sign-off of the sample window on site, by my written release (Ing. Gerald Moser).\n"
        "> MfG Gerald Moser, Holzbau Moser GmbH, Villach\n")))
])

# p17 -- Croatian: "approved" for samples and for the PO change, then "go ahead" ----------------
case("p17_everything_approved", ["RG002", "RG009"],
     "'approved' used for the quality sample result and for management's PO change, then 'everything is approved, go ahead' unscoped", [
    ("re_PO_4510-0912.eml", eml_bytes(mail(
        "Ivana Babić <ivana.babic@labkeram.hr>", "Goran Horvat <goran.horvat@keramika-vis.hr>",
        "RE: PO 4510-0912 - crucibles 100 ml", "Tue, 18 Jun 2024 12:05:00 +0200",
        "Poštovani gospodine Horvat,\n\n"
        "good news: the samples are approved by our quality, thermal shock and porosity fine. The change of\n"
        "the PO price (new glaze) is approved by our management as well. So everything is approved - go ahead.\n\n"
        "Lijep pozdrav,\nIvana Babić\n\n"
        "> From: Ivana Babić\n> Sent: 27 May 2024 08:30\n> Subject: PO 4510-0912 - crucibles 100 ml\n>\n"
        "> Dear Mr. Horvat,\n> PO 4510-0912: 30 sample crucibles 100 ml, please make these now. The other 970 pcs\n"
        "> are not released and remain on hold until the sample sign-off by our lab and a written release\n"
        "> from me, Ivana Babić (Purchasing).\n")))
])

# p18 -- Serbian: deposit paid, "you have green light" --------------------------------------
case("p18_deposit_green_light", ["RG002", "RG012"],
     "buyer writes that the deposit for tool and series is paid and gives an unscoped 'green light'", [
    ("re_avans_alat.eml", eml_bytes(mail(
        "Dragan Petrović <d.petrovic@merni-uredjaji.rs>", "Nina Golob <nina.golob@orodjarna-kamnik.si>",
        "RE: PO 24-0355 - avans / deposit", "Wed, 05 Jun 2024 16:45:00 +0200",
        "Poštovana gospođo Golob,\n\n"
        "our accounting transferred today the 40 % deposit for the mould and for the series (payment ref.\n"
        "UPL-2024-1183, 21.340,00 EUR). With this you have green light from our side.\n\n"
        "Srdačan pozdrav,\nDragan Petrović\n"
        + sig("Dragan Petrović", "Procurement Manager", "Merni Uređaji a.d.", "+381 21 480 2200") +
        "\n> From: Dragan Petrović\n> Sent: 20 May 2024 11:00\n> Subject: PO 24-0355 - mould + T1 samples MH-500\n>\n"
        "> Dear Ms. Golob, PO 24-0355 orders the mould; of the housings MH-500 only the 50 T1 samples are\n"
        "> released now. The series of\n"
        "> 15.000 pcs is not released and is on hold until the T1 sample sign-off and my written release\n"
        "> (Dragan Petrović, Procurement Manager).\n")))
])

# ---- RG006: material beyond the released quantity ---------------------------------------------

_p19_txt = (
    "Dobrý den Herr Haas,\n\n"
    "short update on the drive shaft 7-2204-11: the 30 samples are in turning now, induction hardening\n"
    "next Tuesday, shipment KW 24 as promised.\n\n"
    "Because the steel mills announced +8 % from July, we have already ordered the 42CrMo4 bar stock\n"
    "(Ø 65, 14 t) for the whole 3.000 pcs now to secure the old price. The 2.970 pcs balance is of\n"
    "course not released yet, we wait for your written release after the sample sign-off - the bars\n"
    "just lie in our store until then.\n\n"
    "S pozdravem\nJiří Holub\n"
    + sig("Jiří Holub", "Project Manager", "Hřídele Olomouc a.s.", "+420 585 112 340"))

# p19 -- Czech supplier bought bar stock for the whole 3.000 --------------------------------
case("p19_bar_stock_whole_lot", ["RG006"],
     "supplier bought 42CrMo4 bar for all 3.000 shafts while only 30 samples are released; no material authority", [
    ("mail_tyce_42CrMo4.eml", eml_bytes(mail(
        "Jiří Holub <holub@hridele-olomouc.cz>", "Jürgen Haas <j.haas@kessler-mb.de>",
        "PO 4500331207 - status samples / material", "Thu, 30 May 2024 11:25:00 +0200",
        _p19_txt, html=alt(_p19_txt))))
])

# p20 -- Swiss chat: engineer tells supplier to order steel for the rest ----------------------
case("p20_chat_order_steel", ["RG006"],
     "buyer's engineer tells the supplier to order steel for the 475 on hold, 'paperwork later'; no material authority", [
    ("chat_export_bremsscheibe.txt",
     "Microsoft Teams - Chat \"Bremsscheibe BS-560 / Weigl\"\n"
     "06.05.2024 08:31  Sandra Meier (Bremstechnik Olten): Guten Morgen zusammen. PO 4800-1201 is out: 25 pcs brake disc hub BS-560 samples.\n"
     "06.05.2024 08:32  Sandra Meier (Bremstechnik Olten): The remaining 475 pcs are not released, on hold until sample sign-off and my written release (Sandra Meier, Einkauf).\n"
     "06.05.2024 08:50  Thomas Weigl (Weigl Schmiedetechnik): Danke, understood. Forging of samples KW 20.\n"
     "03.06.2024 16:05  Beat Keller (Bremstechnik Olten): Hoi Thomas, Sandra is on holiday until 24.6.\n"
     "03.06.2024 16:06  Beat Keller (Bremstechnik Olten): the samples look good so far. you can already order the steel for the remaining 475 so we don't lose the delivery slot at the mill\n"
     "03.06.2024 16:06  Beat Keller (Bremstechnik Olten): paperwork later when Sandra is back\n"
     "03.06.2024 16:20  Thomas Weigl (Weigl Schmiedetechnik): OK Beat, we place the order for 34CrNiMo6 round 180 tomorrow\n"),
])

# p21 -- multi-file: call-off TXT (800) + buyer cover mail (880) + supplier staged for 3.200 ----
case("p21_calloff_cover_staged", ["RG006", "RG011"],
     "call-off releases 800, buyer's cover mail says 880; supplier has 3.200 pcs of granulate dried and staged though material authority is release-only", [
    ("abruf_0027.txt",
     "ABRUF / CALL-OFF 0027                                  Zählerwerk Hameln GmbH\n"
     "Datum: 24.06.2024                                      Disposition: Frau Ute Sievers\n"
     "Lieferant: Plastika Celje d.o.o. (Lief.-Nr. 300219)\n"
     "Sachnummer: 22-318-004  Zählergehäuse Unterteil, PC/ABS, RAL 7035\n"
     "Rahmenauftrag: 5500-0088\n"
     "----------------------------------------------------------------------\n"
     "Termin      Menge   Status\n"
     "KW 28         800   Fertigungsfreigabe / production release\n"
     "KW 29         800   Vorschau / forecast - not released\n"
     "KW 30         800   Vorschau / forecast - not released\n"
     "KW 31         800   Vorschau / forecast - not released\n"
     "----------------------------------------------------------------------\n"
     "Released for production with this call-off: 800 pcs (KW 28).\n"
     "Material authority: for the released quantity only.\n"
     "Next release: with call-off 0028, signed by Frau Ute Sievers.\n"),
    ("mail_abruf_0027.eml", eml_bytes(mail(
        "Ute Sievers <u.sievers@zaehlerwerk-hameln.de>", "Rok Zupančič <rok.zupancic@plastika-celje.si>",
        "Abruf 0027 Gehäuse 22-318-004", "Mon, 24 Jun 2024 08:05:00 +0200",
        "Hallo Herr Zupančič,\n\n"
        "our call-off 0027 is in the portal: it releases 880 pcs for KW 28. KW 29-31 are forecast only.\n\n"
        "Viele Grüße\nUte Sievers\n"
        + sig("Ute Sievers", "Disposition", "Zählerwerk Hameln GmbH", "+49 5151 4020-77"),
        msgid="<h14-abruf0027@zaehlerwerk-hameln.de>"))),
    ("re_abruf_0027.eml", eml_bytes(mail(
        "Rok Zupančič <rok.zupancic@plastika-celje.si>", "Ute Sievers <u.sievers@zaehlerwerk-hameln.de>",
        "RE: Abruf 0027 Gehäuse 22-318-004", "Mon, 24 Jun 2024 13:40:00 +0200",
        "Dear Ms. Sievers,\n\n"
        "thank you, call-off 0027 received. To keep the press running without changeover we have already\n"
        "dried and staged PC/ABS granulate for four weeks, i.e. 3.200 pcs, at machine 14. Moulding of the\n"
        "KW 28 quantity starts Wednesday.\n\n"
        "Lep pozdrav\nRok Zupančič\n"
        + sig("Rok Zupančič", "Key Account Manager", "Plastika Celje d.o.o.", "+386 3 425 61 00"),
        in_reply_to="<h14-abruf0027@zaehlerwerk-hameln.de>"))),
])

# p22 -- Slovak supplier weekly report: coil for ~60.000 clips, 5.000 released ----------------
case("p22_weekly_report_coil", ["RG006"],
     "supplier report: 5.000 released, 2,4 t coil bought (approx. 60.000 clips); no material authority", [
    ("tyzdenny_report_KW23.txt",
     "PRUŽINA TRNAVA s.r.o. - TÝŽDENNÝ REPORT / WEEKLY REPORT KW 23/2024\n"
     "Customer: Elektro Brno a.s.                 Part: clip SK-21 (1.4310, t=0,4)\n"
     "========================================================================\n"
     "1. Release status\n"
     "   Customer release:      5.000 pcs (PO 7700140, rel. 1)\n"
     "   Balance per forecast: 45.000 pcs - not released\n"
     "2. Production\n"
     "   Produced:              3.200 pcs (press P-07)\n"
     "   Shipped:               2.000 pcs (DN 24-0588)\n"
     "3. Material\n"
     "   Coil 1.4310 0,4 x 18 mm ordered: 2,4 t (enough for approx. 60.000 clips)\n"
     "   Delivered to our warehouse KW 23, heat no. 512774\n"
     "4. Quality\n"
     "   Cpk free length 1,67; no complaints\n"
     "========================================================================\n"
     "Prepared by: Martin Tóth, production planning\n"),
])

# p23 -- Czech glass supplier: tubing staged for the series + roll straight in after approval ----
case("p23_glass_staged_roll", ["RG006", "RG007"],
     "supplier staged borosilicate tubing for 1.200 series pieces and says it rolls straight into the series once samples are approved", [
    ("mail_trubice_serie.eml", eml_bytes(mail(
        "Pavel Kříž <kriz@kremenne-sklo.cz>", "Dr. Nadine Vogt <n.vogt@labtec-instruments.ch>",
        "Sight tubes ST-40 - samples finished", "Tue, 04 Jun 2024 10:48:00 +0200",
        "Dear Dr. Vogt,\n\n"
        "the 12 sample sight tubes ST-40 are finished and pressure tested at 10 bar, they ship tomorrow.\n\n"
        "The series of 1.200 pcs is not released yet, we know. To save time we have already staged the\n"
        "borosilicate tubing for all 1.200 pcs at the lathe, so once you approve the samples we roll\n"
        "straight into the series without waiting.\n\n"
        "Best regards / S pozdravem\nPavel Kříž\n"
        + sig("Pavel Kříž", "Sales & Project Management", "Křemenné sklo Turnov s.r.o.", "+420 481 322 190"))))
])

# p24 -- Croatian supplier: "forecast order" and coil bought for all of it -----------------------
case("p24_forecast_order_coil", ["RG006", "RG008"],
     "supplier calls the forecast an order and bought coil for 10.000 while the call-off releases 2.000", [
    ("mail_coil_H2.eml", eml_bytes(mail(
        "Tomislav Kovač <tomislav.kovac@opruge-zagreb.hr>", "Miroslav Kubík <kubik@elektro-brno.cz>",
        "Call-off 14 / material H2", "Mon, 10 Jun 2024 09:00:00 +0200",
        "Dear Mr. Kubík,\n\n"
        "thank you for call-off 14. It releases 2.000 pcs contact spring CS-12 for KW 26; the rest is not\n"
        "released yet, that is clear. But based on your forecast order of 10.000 pcs for H2 we already\n"
        "bought the spring steel coil for all 10.000 pcs, delivered last Friday.\n\n"
        "Lijep pozdrav\nTomislav Kovač\n"
        + sig("Tomislav Kovač", "Sales", "Opruge Zagreb d.o.o.", "+385 1 2345 678"))))
])

# p25 -- Serbian supplier: deposit read as release, aluminium bought for all 600 -----------------
case("p25_deposit_aluminium", ["RG006", "RG012"],
     "supplier treats the deposit as release of the series and bought aluminium for all 600 blocks; quoted buyer scope is complete", [
    ("re_avans_blokovi.eml", eml_bytes(mail(
        "Milan Đorđević <milan.djordjevic@hidro-kragujevac.rs>", "Mag. Andreas Gruber <a.gruber@obermayr-fluid.at>",
        "RE: PO 4500520455 hydraulic block HB-90", "Wed, 12 Jun 2024 08:20:00 +0200",
        "Dear Mr. Gruber,\n\n"
        "thank you for the 40 % deposit, received yesterday on our account. With the deposit we take the\n"
        "series as released: we have bought the EN AW-6082 bar for all 600 blocks and plan machining from\n"
        "KW 30. The 6 samples ship this Friday.\n\n"
        "Srdačan pozdrav\nMilan Đorđević\nHidro Kragujevac d.o.o.\n\n"
        "> From: Mag. Andreas Gruber\n> Sent: 15 May 2024 14:00\n> Subject: PO 4500520455 hydraulic block HB-90\n>\n"
        "> Dear Mr. Đorđević,\n> PO 4500520455 covers 6 sample blocks HB-90. The balance of 594 blocks is not released\n"
        "> and on hold until the sample sign-off by our quality and my written release (Mag. Andreas Gruber,\n"
        "> Einkauf). Your invoice for the 40 % deposit on the fixtures can be sent now.\n")))
])

# ---- RG007: sample approval said to roll into production --------------------------------------

# p26 -- Slovene supplier reply: "as soon as you give the OK on the samples we roll straight in" ----
case("p26_reply_roll_straight", ["RG007"],
     "supplier reply assumes the sample OK starts the 2.400 series; quoted buyer PO requires a written release", [
    ("re_PO_4500-7004.eml", eml_bytes(mail(
        "Rok Zupančič <rok.zupancic@plastika-celje.si>", "Frank Albrecht <f.albrecht@zaehler-werk.de>",
        "RE: PO 4500-7004 cover ZD-2 - order confirmation", "Fri, 17 May 2024 10:30:00 +0200",
        "Dear Mr. Albrecht,\n\n"
        "thank you for the order, confirmed. The 16 samples will ship in KW 25 with the EMPB documents.\n"
        "As soon as you give us the OK on the samples we roll straight into the 2.400 series pieces, so\n"
        "we can keep the tool on the machine and you get the first series parts in KW 27.\n\n"
        "Lep pozdrav\nRok Zupančič\n"
        + sig("Rok Zupančič", "Key Account Manager", "Plastika Celje d.o.o.", "+386 3 425 61 00") +
        "\n> From: Frank Albrecht\n> Sent: Thursday, 16 May 2024 15:10\n> Subject: PO 4500-7004 cover ZD-2\n>\n"
        "> Dear Mr. Zupančič,\n> PO 4500-7004: 16 pcs cover ZD-2 (samples) - please produce these now.\n"
        "> The series of 2.400 pcs is not released and stays on hold. It is released only by my written\n"
        "> release after the EMPB sign-off. Frank Albrecht, Einkauf, Zählerwerk Hameln GmbH\n")))
])

# p27 -- German buyer contradicts his own written-release requirement -----------------------
case("p27_buyer_just_continue", ["RG007"],
     "buyer's PO demands a written release, then he writes 'if the samples pass your CMM, just continue with the 1.500 series pieces'", [
    ("aw_ritzelwelle_muster.eml", eml_bytes(mail(
        "Stefan Krüger <s.krueger@kessler-mb.de>", "Marek Dostál <dostal@hridele-olomouc.cz>",
        "AW: PO 4500418820 Ritzelwelle - Muster", "Tue, 11 Jun 2024 17:48:00 +0200",
        "Hallo Herr Dostál,\n\n"
        "ich bin ab morgen zwei Wochen im Urlaub. To save time: if the samples pass your own CMM\n"
        "measurement, just continue with the 1.500 series pieces, no need to wait for paper from us.\n\n"
        "Gruß\nStefan Krüger\n"
        + sig("Stefan Krüger", "Leiter Einkauf", "Maschinenbau Kessler GmbH", "+49 7161 6020-100") +
        "\n> Von: Stefan Krüger\n> Gesendet: 22.05.2024\n> Betreff: PO 4500418820 Ritzelwelle\n>\n"
        "> PO 4500418820, pinion shaft 100-4490-01: item 10 = 15 samples, released for manufacture.\n"
        "> Item 20 = 1.500 series pcs, NOT released, on hold. Unlock: sample sign-off by our quality,\n"
        "> then a written production release signed by me (Stefan Krüger, Leiter Einkauf).\n")))
])

# p28 -- Austrian PDF letter: hold + written release, then "as usual, just carry on" -----------
case("p28_empb_letter_carry_on", ["RG007"],
     "buyer letter requires a written release, then the project manager's P.S. says the series just carries on once the EMPB is through", [
    ("erstbemusterung_4471-33.pdf", pdf([
        ("h1", "Erstbemusterung / Initial sample submission"),
        ("p", "Steiner Aufzugswerke GmbH, Linz — an Kovina Ptuj d.o.o., Herrn Boštjan Kralj"),
        ("p", "Sachnummer 4471-33 Türkupplung / door coupler, Zeichnung Rev. 2   Datum: 22.05.2024"),
        ("p", "Sehr geehrter Herr Kralj, please submit 5 samples with EMPB documentation (VDA 2, level 3) by "
              "KW 26. Our PO 4500098110 covers these 5 samples. The series quantity of 2.000 pcs is on hold and "
              "is released only by a written production release from Mag. Thomas Leitner after the EMPB "
              "sign-off."),
        ("table", [
            ["Document", "Required"],
            ["Deckblatt / cover sheet VDA 2", "yes"],
            ["Dimensional report, all characteristics", "yes"],
            ["Material certificate 3.1", "yes"],
            ["Haptic/colour sample", "no"],
        ]),
        ("p", "Mit freundlichen Grüßen, Mag. Thomas Leitner, Leiter Einkauf"),
        ("p", "P.S. (Ing. Florian Aigner, project management): as usual, once the EMPB is through, just carry "
              "on with the series - we are under time pressure with the LD-9 launch."),
    ], title="Erstbemusterung 4471-33", author="Steiner Aufzugswerke")),
])

# p29 -- Swiss HTML minutes: "once Quality gives the nod on the FAI, continue seamlessly" -------
case("p29_minutes_fai_nod", ["RG007"],
     "minutes hold 190 pcs for a written release, yet an action item says the supplier continues seamlessly once Quality nods the FAI", [
    ("protokoll_FAI_2024-06-10.html", html_page("Protokoll FAI Ventilgehäuse", """
<h2>Besprechungsprotokoll &ndash; Ventilgehäuse VG-25 / Brunner Hydraulik AG &amp; Hydraulika Brno</h2>
<p>Datum: 10.06.2024 &nbsp; Ort: Teams &nbsp; Protokoll: Beat Keller</p>
<table>
<tr><th>#</th><th>Thema</th><th>Beschluss / Aufgabe</th><th>Wer</th><th>Bis</th></tr>
<tr><td>1</td><td>Stand PO 4700-2611</td><td>10 FAI parts covered and in production. The remaining 190 pcs are not released, on hold until FAI sign-off and a written release by Beat Keller.</td><td>B. Keller</td><td>&ndash;</td></tr>
<tr><td>2</td><td>FAI</td><td>FAI parts to Frauenfeld KW 25; measurement by our QS lab</td><td>R. Šimek</td><td>21.06.</td></tr>
<tr><td>3</td><td>Schedule</td><td>Once Quality gives the nod on the FAI, Hydraulika continues seamlessly with the remaining lot to hit the August assembly start.</td><td>R. Šimek</td><td>&ndash;</td></tr>
<tr><td>4</td><td>Verpackung</td><td>VCI bags, 5 pcs per box</td><td>R. Šimek</td><td>&ndash;</td></tr>
</table>
<p>Verteiler: U. Brunner, B. Keller, R. Šimek</p>
""", lang="de")),
])

# p30 -- chat: supplier's forecast order and straight-to-series plan ----------------------------
case("p30_chat_forecast_roll", ["RG007", "RG008"],
     "supplier calls the 12k forecast an order and plans to go straight to series after the sample OK; buyer's scope complete", [
    ("chat_export_kucista.txt",
     "WhatsApp chat export - Merni Uređaji / Plastika Osijek\n"
     "[03.06.24, 09:15] Dragana Ilić (Merni Uređaji): Dobar dan Luka. PO 24-0712 = 24 samples housing MH-600.\n"
     "[03.06.24, 09:16] Dragana Ilić (Merni Uređaji): 12k/year is forecast only, NOT released. series needs our sample sign-off + written release from me (Dragana Ilić, nabavka)\n"
     "[03.06.24, 10:02] Luka Babić (Plastika Osijek): Clear, thanks. Per your forecast order of 12k we keep the capacity on press 9 for you.\n"
     "[03.06.24, 10:03] Luka Babić (Plastika Osijek): after sample OK we go straight to series, no time lost 👍\n"
     "[03.06.24, 10:30] Dragana Ilić (Merni Uređaji): will check with quality about the sample date\n"),
])

# p31 -- Slovak buyer: "release" for drawing, samples and series; series released by supplier itself
case("p31_release_three_ways", ["RG007", "RG009"],
     "'release' used for drawing, sample result and series; buyer says after sample release the supplier releases the series itself", [
    ("mail_HV-14_status.eml", eml_bytes(mail(
        "Ing. Peter Kováč <peter.kovac@strojarne-martin.sk>", "Jiří Holub <holub@hridele-olomouc.cz>",
        "HV-14 release status", "Mon, 17 Jun 2024 13:00:00 +0200",
        "Dobrý deň pán Holub,\n\n"
        "release status HV-14: the drawing is released (Rev. D, ECN 24-077). Sample release by our\n"
        "quality is planned in KW 30. After the sample release you release the series on your own, we\n"
        "do not need to send anything more.\n\n"
        "S pozdravom\nPeter Kováč\n"
        + sig("Ing. Peter Kováč", "Purchasing Manager", "Strojárne Martin a.s.", "+421 43 400 2211") +
        "\n> From: Ing. Peter Kováč\n> Sent: 13 May 2024\n> Subject: PO 4600-3390 shaft HV-14\n>\n"
        "> PO 4600-3390: 10 pcs shaft HV-14 samples, please make now. The series of 990 pcs is not released\n"
        "> and on hold until the sample sign-off and my written release (Ing. Peter Kováč).\n")))
])

# ---- RG008: forecast written as an order or commitment ----------------------------------------

_fc_att = ("BEDARFSVORSCHAU 2025 / DEMAND FORECAST 2025          Elektromer Wien GmbH\n"
           "Stand 10.06.2024   Sachnummer GH-330 Zählergehäuse / meter housing PC-GF10\n"
           "-----------------------------------------------------------------\n"
           "Quartal   Menge ST\n"
           "Q1/2025     12.000\n"
           "Q2/2025     12.000\n"
           "Q3/2025     10.000\n"
           "Q4/2025     14.000\n"
           "-----------------------------------------------------------------\n"
           "Summe       48.000\n")
# p32 -- Austrian buyer: "treat this forecast as our firm order" ------------------------------
case("p32_forecast_as_firm_order", ["RG008"],
     "buyer asks the supplier to treat the 48.000 forecast as a firm order", [
    ("mail_vorschau_2025.eml", eml_bytes(mail(
        "Sabine Huber <sabine.huber@elektromer.at>", "Nina Golob <nina.golob@orodjarna-kamnik.si>",
        "Vorschau 2025 Gehäuse GH-330", "Mon, 10 Jun 2024 11:11:00 +0200",
        "Liebe Frau Golob,\n\n"
        "attached our demand forecast 2025 for the housing GH-330, in total 48.000 pcs. Please treat this\n"
        "forecast as our firm order for 2025, so you can book the press capacity and plan your shifts.\n"
        "Call-offs per quarter will come via the portal as usual.\n\n"
        "Liebe Grüße aus Wien\nSabine Huber\n"
        + sig("Sabine Huber", "Strategische Beschaffung", "Elektromer Wien GmbH", "+43 1 61 44 0-318"),
        attachments=[("vorschau_2025_GH-330.txt", _fc_att, "text/plain")])))
])

# p33 -- Czech supplier PDF: order confirmation "per your forecast" -----------------------------
case("p33_ab_per_forecast", ["RG008"],
     "supplier confirms the buyer's forecast as an order of 12.000 shafts with monthly deliveries", [
    ("mail_AB_24-0611.eml", eml_bytes(mail(
        "Marek Dostál <dostal@hridele-olomouc.cz>", "Jürgen Haas <j.haas@kessler-mb.de>",
        "Potvrzení objednávky / order confirmation 24-0611", "Thu, 06 Jun 2024 14:50:00 +0200",
        "Dear Mr. Haas,\n\nplease find attached our order confirmation 24-0611.\n\n"
        "S pozdravem / Best regards\nMarek Dostál\n"
        + sig("Marek Dostál", "Project Management", "Hřídele Olomouc a.s.", "+420 585 112 355"),
        attachments=[("potvrzeni_objednavky_24-0611.pdf", pdf([
        ("h1", "POTVRZENÍ OBJEDNÁVKY / ORDER CONFIRMATION 24-0611"),
        ("p", "Hřídele Olomouc a.s. — to Maschinenbau Kessler GmbH, Göppingen, attn. Mr. Jürgen Haas"),
        ("p", "Your document: Bedarfsvorschau / forecast 2025 of 02.05.2024"),
        ("table", [
            ["Part", "Description", "Quantity", "Delivery"],
            ["7-2204-11", "Drive shaft 42CrMo4, induction hardened", "12.000 pcs", "1.000 pcs per month, 01-12/2025"],
        ]),
        ("sp",),
        ("p", "We confirm your forecast 2025 as an order for 12.000 pcs and have reserved the capacity on our "
              "lines 3 and 4 accordingly. Price 24,70 EUR/pc, FCA Olomouc, payment 30 days."),
        ("p", "Marek Dostál, Project Management, 06.06.2024"),
    ], title="Order confirmation 24-0611", author="Hridele Olomouc"), PDF_MT)]))),
])

# p34 -- DOCX minutes: "the forecast is a firm commitment" -----------------------------------
case("p34_minutes_forecast_commitment", ["RG008"],
     "minutes record the buyer confirming the 2025 forecast of 20.000 trims as a firm commitment", [
    ("zapisnica_2024-06-18.docx", docx_bytes([
        ("h1", "Zápisnica / Minutes - annual planning 2025"),
        ("p", "Autointeriér Nitra s.r.o. and Plasty Zlín a.s., 18.06.2024, Nitra, meeting room 2"),
        ("p", "Participants: Zuzana Šimková, Roman Kollár (Autointeriér); Jana Procházková, David Beneš (Plasty Zlín)"),
        ("table", [
            ["#", "Topic", "Result"],
            ["1", "OEM volumes 2025", "OEM SOP facelift moved to 03/2025; volume +5 %"],
            ["2", "Forecast 2025 door trims 5G4.867.011/012", "Autointeriér confirmed the forecast of 20.000 door trims for 2025 as a firm commitment. Plasty Zlín can plan on it."],
            ["3", "Price 2025", "raw material clause PP-T20 stays; index Plastixx Q4"],
            ["4", "Grain master plates", "new K43 master plate ordered by Autointeriér"],
        ]),
        ("p", "Recorded by David Beneš; distributed to all participants."),
    ], author="David Benes")),
])

# ---- RG009: one word, several meanings ---------------------------------------------------------

# p35 -- multi-file: SAP printout with release strategy + mail using "released" three ways ---------
case("p35_sap_release_strategy", ["RG009"],
     "'released' for the SAP PO release strategy (commercial), the drawing (technical) and production; scope itself complete", [
    ("bestellung_4500433190.txt",
     "Kessler Maschinenbau GmbH              BESTELLUNG 4500433190          Datum 03.06.2024\n"
     "Lieferant 100377 Hřídele Olomouc a.s.\n"
     "Freigabestrategie K2 / release strategy K2:  Freigabekennzeichen 02 = FREIGEGEBEN / RELEASED\n"
     "   Stufe 1  Kostenstellenverantw.  M. Lenz       31.05.2024\n"
     "   Stufe 2  Controlling            A. Berger     03.06.2024\n"
     "\n"
     "Pos   Material      Kurztext                         Menge ME  Preis EUR\n"
     "00010 100-5310-05   Antriebswelle MUSTER / samples      30 ST     132,00\n"
     "00020 100-5310-05   Antriebswelle SERIE / series     1.170 ST      29,60\n"
     "Positionstext 00020: not released for production - on hold, see cover letter.\n"),
    ("mail_4500433190.eml", eml_bytes(mail(
        "Markus Lenz <m.lenz@kessler-mb.de>", "Marek Dostál <dostal@hridele-olomouc.cz>",
        "Bestellung 4500433190 Antriebswelle 100-5310-05", "Mon, 03 Jun 2024 15:30:00 +0200",
        "Hallo Herr Dostál,\n\n"
        "our PO 4500433190 is released in SAP now - the release strategy is complete. The drawing\n"
        "5-3310 Rev. E is released as well, you find it in the portal.\n\n"
        "Production release: only the 30 samples (item 10) are released now. The 1.170 series pcs\n"
        "(item 20) are not released; their release follows separately, by a written release from me\n"
        "after the sample sign-off.\n\n"
        "Gruß\nMarkus Lenz\n"
        + sig("Markus Lenz", "Einkauf Antriebstechnik", "Maschinenbau Kessler GmbH", "+49 7161 6020-140")))),
])

# p36 -- Slovene: "approval" for PPAP (technical) and for the order (commercial, controlling) ------
case("p36_ppap_and_controlling_approval", ["RG009"],
     "'approval' used for the PPAP result and for controlling's commercial approval of the series order", [
    ("mail_PPAP_3C8-867-233.eml", eml_bytes(mail(
        "Tina Novak <tina.novak@avtonotranja.si>", "David Beneš <benes@plasty-zlin.cz>",
        "Pillar trim 3C8.867.233 - PPAP / series", "Wed, 19 Jun 2024 10:25:00 +0200",
        "Pozdravljeni David,\n\n"
        "PPAP approval received from our quality today for the 10 samples of the A-pillar trim - thanks for\n"
        "the quick rework of the grain.\n\n"
        "The approval of the series order is still pending at our controlling (budget 2024 is tight).\n"
        "Released so far are only the 10 samples; the 990 pcs series are therefore not released yet.\n"
        "You get my written release for the 990 pcs\n"
        "after the controlling approval.\n\n"
        "Lep pozdrav\nTina Novak\n"
        + sig("Tina Novak", "Commodity Buyer Plastics", "Avtonotranja d.o.o., Novo mesto", "+386 7 39 34 221"),
        attachments=[("PPAP_status_3C8-867-233.html", html_page("PPAP status 3C8.867.233", """
<h2>Supplier Quality Portal &ndash; PPAP status</h2>
<table>
<tr><th>Part</th><th>Supplier</th><th>Submission</th><th>Samples</th><th>PPAP status</th><th>Date</th></tr>
<tr><td>3C8.867.233 A-pillar trim, grain K43</td><td>Plasty Zlín a.s.</td><td>Level 3, resubmission 2</td><td>10</td><td>approved</td><td>19.06.2024</td></tr>
</table>
<p>Signed in portal: Urška Hribar, Supplier Quality Engineer</p>
"""), "text/html")])))
])

# p37 -- Croatian PDF: samples "released" by quality, series "release" for production ------------
case("p37_samples_released_by_quality", ["RG009"],
     "'released' used both for the quality sample result and for production release; hold, event and person present", [
    ("mail_QS-118_prirubnice.eml", eml_bytes(mail(
        "Marko Perić <marko.peric@koncar-strojarstvo.hr>", "Dejan Nikolić <d.nikolic@kovacnica-smederevo.rs>",
        "QS-118 - uzorci prirubnica DN 200 / sample flanges", "Thu, 13 Jun 2024 15:05:00 +0200",
        "Poštovani gospodine Nikoliću,\n\nin attachment our confirmation QS-118 for the sample flanges\n"
        "DN 200 PN 63. The 3.1 certificates are archived with it.\n\nLijep pozdrav\nMarko Perić\n"
        + sig("Marko Perić", "Head of Procurement", "Končar Strojarstvo d.d.", "+385 1 3655 500"),
        attachments=[("potvrda_uzorci_QS-118.pdf", pdf([
        ("h1", "POTVRDA / CONFIRMATION QS-118"),
        ("p", "Končar Strojarstvo d.d., Zagreb — to Kovačnica Smederevo a.d."),
        ("p", "Part: forged flange DN 200 PN 63, drawing KS-200-63 rev. 1   PO 3100004611 (8 sample flanges)"),
        ("table", [
            ["Check", "Result"],
            ["Chemical analysis P280GH", "OK"],
            ["Tensile / impact -20 °C", "OK"],
            ["UT EN 10228-3 class 3", "OK"],
            ["Dimensions", "OK, 0 deviations"],
        ]),
        ("p", "The 8 sample flanges are released by our quality (sample release QS-118)."),
        ("p", "Series release: the 392 series flanges remain on hold. They are released for production only by "
              "a written production release from Marko Perić, Head of Procurement, after the end customer's "
              "PPAP sign-off."),
        ("p", "Marko Perić, Head of Procurement, 13.06.2024"),
    ], title="QS-118", author="Koncar Strojarstvo"), PDF_MT)]))),
])

# ---- RG011: conflicting authorized quantities -------------------------------------------------

# p38 -- multi-file: PO PDF says 24 samples, the buyer's cover mail says 20 ---------------------
case("p38_cover_20_po_24", ["RG011"],
     "cover mail announces 'the 20 sample gears', the attached-in-folder PO says 24 pcs; scope otherwise complete", [
    ("mail_objednavka_4410-0640.eml", eml_bytes(mail(
        "Ing. Hana Dvořáková <dvorakova@strojirny-kolin.cz>", "Juraj Mikuš <mikus@ok-zilina.sk>",
        "Objednávka 4410-0640 - vzorky / samples", "Mon, 27 May 2024 08:40:00 +0200",
        "Dobrý den pane Mikuši,\n\n"
        "v příloze naše objednávka 4410-0640 for the 20 sample gears m=3 z=29 (drawing 3-4410-09 Rev. A).\n"
        "Please confirm the delivery date.\n\n"
        "S pozdravem\nHana Dvořáková\n"
        + sig("Ing. Hana Dvořáková", "nákupčí / buyer", "Strojírny Kolín a.s.", "+420 321 740 233")))),
    ("objednavka_4410-0640.pdf", pdf([
        ("h1", "OBJEDNÁVKA / PURCHASE ORDER 4410-0640"),
        ("p", "Strojírny Kolín a.s. — supplier: Ozubené kolesá Žilina s.r.o.   Date: 27.05.2024"),
        ("table", [
            ["Pol.", "Description", "Qty", "Price EUR", "Delivery"],
            ["1", "Spur gear m=3 z=29, drawing 3-4410-09 Rev. A — samples", "24 ks", "79,00", "KW 27"],
        ]),
        ("sp",),
        ("p", "Scope: only the sample quantity of this PO is released. The series quantity of your quote "
              "NB-24-102 (1.500 pcs/yr) is not released and on hold until the sample sign-off on our test "
              "bench and a written release signed by Ing. Hana Dvořáková."),
        ("p", "Ing. Hana Dvořáková, buyer"),
    ], title="PO 4410-0640", author="Strojirny Kolin")),
])

# p39 -- DOCX: header text 12 samples, table line 15 -------------------------------------------
case("p39_docx_header_vs_line", ["RG011"],
     "PO header text says the sample lot is 12 pcs, the line in the table orders 15 pcs", [
    ("objednavka_OB-24-0713.docx", docx_bytes([
        ("h1", "OBJEDNÁVKA / PURCHASE ORDER OB-24-0713"),
        ("p", "Výťahy Bratislava a.s., Galvaniho 7, 821 04 Bratislava — supplier: Kovina Ptuj d.o.o."),
        ("p", "Subject: sample lot roller guide RG-125 for the new elevator series VB-8. "
              "Sample lot: 12 pcs, for the endurance test on our test tower."),
        ("table", [
            ["Pol.", "Description", "Qty", "Price EUR", "Delivery"],
            ["10", "Roller guide RG-125, drawing RG-125-00 rev. C, samples", "15 ks", "212,00", "KW 28"],
        ]),
        ("p", "The remaining 485 pcs of your offer P-24-210 are not released and are on hold until the "
              "sample sign-off after the endurance test and a written release from Ing. Martina Hrušková, "
              "Head of Purchasing."),
        ("p", "Ing. Martina Hrušková, Head of Purchasing"),
    ], author="Martina Hruskova")),
])

# p40 -- multi-file: release letter PDF 600 vs SAP scheduling printout 650 ------------------------
case("p40_release_600_vs_sap_650", ["RG011"],
     "release letter No. 3 releases 600 pcs, the SAP scheduling agreement printout for the same release shows 650", [
    ("freigabe_Nr3_LP-5500-0112.pdf", pdf([
        ("h1", "Fertigungsfreigabe Nr. 3 / Production release No. 3"),
        ("p", "Steiner Aufzugswerke GmbH, Linz — an Kovina Ptuj d.o.o.   Lieferplan 5500-0112   Datum: 17.06.2024"),
        ("p", "Sachnummer 88-1402-210 Führungsschuh / guide shoe 16 mm"),
        ("p", "With this release No. 3 we release 600 pcs for production, delivery KW 30-31. All further "
              "quantities of the scheduling agreement remain on hold until release No. 4, which will be "
              "issued in writing by Mag. Verena Pichler after lot acceptance of release No. 2."),
        ("p", "Mag. Verena Pichler, Disposition"),
    ], title="Freigabe Nr. 3", author="Steiner Aufzugswerke")),
    ("lieferplan_5500-0112_einteilung.txt",
     "SAP ME38 - Lieferplaneinteilung / scheduling agreement schedule lines   17.06.2024\n"
     "Lieferplan 5500-0112  Pos 10  Material 88-1402-210  Lieferant 70418 Kovina Ptuj\n"
     "----------------------------------------------------------------------------\n"
     "Freig.-Nr  Einteilung   Lieferdatum   Menge  Typ\n"
     "0002       0004         KW 28/2024      700  FFRG (Fertigungsfreigabe)\n"
     "0003       0005         KW 30/2024      325  FFRG (Fertigungsfreigabe)\n"
     "0003       0006         KW 31/2024      325  FFRG (Fertigungsfreigabe)\n"
     "----------------------------------------------------------------------------\n"
     "Summe Freigabe 0003:                    650\n"
     "Bearbeiter: PICHLER\n"),
])

# p41 -- chat: buyer says make 30, then the PO message says 25 -------------------------------
case("p41_chat_30_vs_po_25", ["RG011"],
     "in one chat the buyer tells the supplier to make 30 samples, later posts PO for 25; never reconciled", [
    ("chat_export_opruge.txt",
     "Viber - Dušan Marković (Elektroopreme Niš) / Opruge Zagreb\n"
     "[08.05.24 08:44] Dušan Marković: Dobro jutro Tomislave. for the contact spring CS-14 please make 30 samples, we test on 3 breaker types\n"
     "[08.05.24 08:45] Dušan Marković: series 3.000 pcs stays on hold, not released. release only after sample sign-off, written, from me (Dušan Marković, nabavka)\n"
     "[08.05.24 09:10] Tomislav Kovač: ok Dušane, spring wire 1.4568 we have in stock\n"
     "[10.05.24 13:02] Dušan Marković: PO 2024-1244 for the samples is out now, 25 pcs CS-14 à 3,80 EUR, delivery KW 22\n"
     "[10.05.24 13:05] Tomislav Kovač: received, thanks\n"),
])

# p42 -- EML with a DELFOR text attachment: mail says 1.000, attachment 1.200 ---------------------
_delfor = ("UNB+UNOC:3+4012345000009:14+8590000000003:14+240708:0915+DF240708001'\n"
           "UNH+1+DELFOR:D:96A:UN'\n"
           "BGM+241+LAB-2024-0708+5'\n"
           "DTM+137:20240708:102'\n"
           "NAD+BY+4012345000009::9++Brandt Fahrzeugtechnik GmbH'\n"
           "NAD+SE+8590000000003::9++Pruzina Trnava sro'\n"
           "LIN+++4F0881207B:IN'\n"
           "QTY+3:1200:PCE'\n"
           "SCC+1'\n"
           "DTM+2:202432:106'\n"
           "QTY+1:2000:PCE'\n"
           "SCC+4'\n"
           "DTM+2:202433:106'\n"
           "UNT+13+1'\n"
           "UNZ+1+DF240708001'\n"
           "\n"
           "-- Klartext / plain text --\n"
           "Lieferabruf LAB-2024-0708, Sachnummer 4F0 881 207 B\n"
           "KW 32/2024   1.200 ST   firm (SCC 1) - production release\n"
           "KW 33/2024   2.000 ST   forecast (SCC 4) - NOT released\n"
           "Next release: next weekly call-off, signed by Frau Sabine Wendt (Disposition).\n")
case("p42_mail_1000_delfor_1200", ["RG011"],
     "buyer's mail releases 1.000 pcs for KW 32 while the attached DELFOR call-off releases 1.200 for the same week", [
    ("mail_abruf_KW32.eml", eml_bytes(mail(
        "Sabine Wendt <s.wendt@brandt-fzt.de>", "Peter Hudec <hudec@pruzina-trnava.sk>",
        "Lieferabruf LAB-2024-0708 / KW 32", "Mon, 08 Jul 2024 09:20:00 +0200",
        "Hallo Herr Hudec,\n\n"
        "anbei der neue Lieferabruf. For KW 32 we release 1.000 pcs for production; KW 33 is forecast\n"
        "only and not released. The next release comes with next week's call-off from me.\n\n"
        "Viele Grüße\nSabine Wendt\n"
        + sig("Sabine Wendt", "Disposition", "Brandt Fahrzeugtechnik GmbH", "+49 841 8930-377"),
        attachments=[("LAB-2024-0708_delfor.txt", _delfor, "text/plain")])))
])

# p43 -- Croatian PDF: "ten (12) sample clips" --------------------------------------------------
case("p43_ten_twelve", ["RG011"],
     "the PO writes 'ten (12) sample clips': the word and the figure give different authorized quantities", [
    ("narudzbenica_NB-2024-0377.pdf", pdf([
        ("h1", "NARUDŽBENICA / PURCHASE ORDER NB-2024-0377"),
        ("p", "Elektrokontakt Karlovac d.d. — to: Pružina Trnava s.r.o. (SK)   Date: 04.06.2024"),
        ("p", "Part: earthing clip EK-9, 1.4310, drawing EK-9 rev. 2 (ISO 2768-f)"),
        ("p", "We order ten (12) sample clips EK-9 for the salt spray test (ISO 9227, 480 h), delivery KW 25."),
        ("p", "The series quantity of 8.000 pcs from your offer is not released and on hold until the sample "
              "sign-off after the salt spray test and a written release signed by Ana Jurić, Purchasing Manager."),
        ("p", "Price per sample clip 2,10 EUR. Payment 60 days."),
        ("p", "Ana Jurić, Purchasing Manager"),
    ], title="NB-2024-0377", author="Elektrokontakt")),
])

# ---- RG012: payment or PO acceptance treated as production authority --------------------------

_p44_txt = (
    "Dear Mr. Gruber,\n\n"
    "thank you for PO 4500-7790. Our pro-forma PF-2024-0101 for the 30 % down payment is attached in\n"
    "the portal. Once your down payment is on our account, we treat the series as released and will\n"
    "schedule it on our DMG cell right away - that is how we work with all new customers.\n\n"
    "S pozdravem\nRadek Šimek\n"
    + sig("Ing. Radek Šimek", "Sales", "Hydraulika Brno s.r.o.", "+420 543 210 977") +
    "\n> From: Mag. Andreas Gruber\n> Sent: 21 May 2024 10:02\n> Subject: PO 4500-7790 valve block VB-12\n>\n"
    "> Dear Mr. Šimek,\n> PO 4500-7790 covers 8 sample valve blocks VB-12 - please make these now.\n"
    "> The series of 400 pcs is not released and on hold until our sample sign-off and my written\n"
    "> release (Mag. Andreas Gruber, Einkauf).\n")

# p44 -- Czech supplier: "once your down payment is on our account, we treat the series as released"
case("p44_down_payment_series", ["RG012"],
     "supplier says it will treat the series as released once the down payment arrives; quoted buyer scope is complete", [
    ("re_PO-4500-7790_VB-12.eml", eml_bytes(mail(
        "Ing. Radek Šimek <simek@hydraulika-brno.cz>", "Fluidtechnik Obermayr - Einkauf <einkauf@obermayr-fluid.at>",
        "RE: PO 4500-7790 valve block VB-12 - záloha / down payment", "Thu, 23 May 2024 13:15:00 +0200",
        _p44_txt, html=alt(_p44_txt))))
])

# p45 -- Slovene supplier PDF acknowledgement: PO acceptance = release of all lines ------------
case("p45_ab_acceptance_release", ["RG012"],
     "supplier acknowledgement says acceptance of the PO releases all lines to production, including the series line the PO holds", [
    ("potrditev_narocila_PN-24-1177.pdf", pdf([
        ("h1", "POTRDITEV NAROČILA / ORDER ACKNOWLEDGEMENT PN-24-1177"),
        ("p", "Vzmeti Celje d.o.o., Mariborska 88, 3000 Celje, SI — to Brandt Fahrzeugtechnik GmbH, Ingolstadt"),
        ("p", "Your PO 4500-1177 of 03.06.2024, buyer Katrin Vogel"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Your note"],
            ["10", "4F0 881 415", "retaining spring, samples", "8 pcs", "released"],
            ["20", "4F0 881 415", "retaining spring, series", "792 pcs", "on hold until sample sign-off and written release by K. Vogel"],
        ]),
        ("sp",),
        ("p", "Please note: according to our general terms of sale, §4, the acceptance of a purchase order "
              "constitutes the release for production of all lines of the order. With this acknowledgement "
              "we have therefore scheduled line 20 from KW 33."),
        ("p", "Lep pozdrav, Urška Kolar, Customer Service"),
    ], title="PN-24-1177", author="Vzmeti Celje")),
])


# =================================================================== BUILD
RULES = {
    "RG001": "quote-shows-unreleased-quantity", "RG002": "unscoped-approval",
    "RG003": "balance-not-on-hold", "RG004": "no-unlock-event", "RG005": "no-release-authority",
    "RG006": "material-beyond-release", "RG007": "implied-auto-conversion",
    "RG008": "forecast-as-firm", "RG009": "mixed-approval-terms", "RG010": "no-active-quantity",
    "RG011": "conflicting-quantities", "RG012": "payment-as-release",
}
FORMATS = {".eml": "EML", ".txt": "TXT", ".pdf": "PDF", ".docx": "DOCX", ".html": "HTML"}
ATT_FMT = {"application/pdf": "PDF", DOCX_MT: "DOCX", "text/plain": "TXT", "text/html": "HTML"}


def _eml_stats(data):
    from email import message_from_bytes
    m = message_from_bytes(data, policy=policy.default)
    st = {"alternative": 0, "att": set(), "rfc822": 0, "quoted": 0}
    for part in m.walk():
        ct = part.get_content_type()
        if ct == "multipart/alternative":
            st["alternative"] += 1
        elif ct == "message/rfc822":
            st["rfc822"] += 1
        elif part.get_filename():
            st["att"].add(ATT_FMT.get(ct, ct))
    body = m.get_body(preferencelist=("plain",))
    if body is not None and re.search(r"^> ", body.get_content(), re.M):
        st["quoted"] = 1
    return st


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    assert len(CASES) == 70, len(CASES)
    order = list(range(len(CASES)))
    random.Random(14014).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    mapping = {}
    per_fmt_files = {f: 0 for f in FORMATS.values()}
    per_fmt_cases = {f: 0 for f in FORMATS.values()}
    eml_tot = {"alternative": 0, "PDF": 0, "DOCX": 0, "TXT": 0, "HTML": 0, "rfc822": 0, "quoted": 0}
    multi = []
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
        folder = f"h14_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        fmts = set()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
                raw = data.encode("utf-8")
            else:
                p.write_bytes(data)
                raw = data
            f = FORMATS[p.suffix.lower()]
            per_fmt_files[f] += 1
            fmts.add(f)
            if f == "EML":
                st = _eml_stats(raw)
                fmts |= {a for a in st["att"] if a in per_fmt_cases}
                eml_tot["alternative"] += st["alternative"]
                eml_tot["rfc822"] += st["rfc822"]
                eml_tot["quoted"] += st["quoted"]
                for a in st["att"]:
                    if a in eml_tot:
                        eml_tot[a] += 1
        for f in fmts:
            per_fmt_cases[f] += 1
        if len(c["files"]) > 1:
            multi.append((folder, [fn for fn, _ in c["files"]]))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping[folder] = c["name"]
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    write_readme(labels, per_fmt_files, per_fmt_cases, eml_tot, multi)
    return labels, mapping


def write_readme(labels, per_fmt_files, per_fmt_cases, eml_tot, multi):
    n = len(labels)
    clean = sum(1 for v in labels.values() if not v["expect"])
    multi_rule = sum(1 for v in labels.values() if len(v["expect"]) > 1)
    counts = {r: sum(1 for v in labels.values() if r in v["expect"]) for r in RULES}
    rule_rows = "\n".join(f"| {r} {RULES[r]} | {counts[r]} |" for r in RULES)
    fmt_rows = "\n".join(f"| {f} | {per_fmt_files[f]} | {per_fmt_cases[f]} |"
                         for f in ("EML", "TXT", "PDF", "DOCX", "HTML"))
    multi_rows = "\n".join(f"- `{f}`: " + ", ".join(f"`{x}`" for x in files) for f, files in multi)
    text = README_TEMPLATE.format(
        n=n, clean=clean, risky=n - clean, multi_rule=multi_rule, rule_rows=rule_rows,
        fmt_rows=fmt_rows, alt=eml_tot["alternative"], pdfa=eml_tot["PDF"], docxa=eml_tot["DOCX"],
        txta=eml_tot["TXT"], htmla=eml_tot["HTML"], rfc=eml_tot["rfc822"], quoted=eml_tot["quoted"],
        nmulti=len(multi), multi_rows=multi_rows)
    (HERE / "README.md").write_text(text, encoding="utf-8")


README_TEMPLATE = """# check_holdout14: an independent held-out corpus for the document checker

{n} cases ({clean} clean, {risky} with at least one risk). Use this corpus once, at the end, to measure
whether the checker generalizes. Don't tune against it.

## How it was written

- Written from `/work/shared/design/product.md` (the problem, the words and the rule catalog
  RG001-RG012) and the labelling conventions in `tests/data/check_holdout3/README.md`. The renderer
  helpers (`pdf()`, `docx_bytes()`, `html_page()`, `mail()`, `eml_bytes()`, `sig()`) were copied from
  lines 1-203 of `tests/data/check_holdout3/build.py`; nothing after line 203 was read.
- Independence: the author did **not** read the checker source (`src/`), `docs/checker.md`,
  `docs/rules.md`, or any other corpus (`tests/data/check/`, `check_holdout/`, `check_holdout2/`, the
  cases of `check_holdout3/`, or any other `check_holdout*` folder). The author did not run the checker,
  the CLI, `bench/` or pytest on these files, and did not use git.
- Every case was written by hand as text inside `build.py`. The script renders each case to real
  files: PDFs with reportlab (including tables), DOCX with python-docx (including tables), EML with the
  Python `email` package (real MIME: multipart/alternative, PDF/DOCX/text/HTML attachments, a forwarded
  message/rfc822, quoted reply threads, signatures and disclaimers). HTML and TXT files are written
  directly. Letters outside Latin-1 (Czech, Slovak, Slovene, Croatian, Serbian diacritics) are kept in
  EML, DOCX, HTML and TXT; in PDFs they are folded to their base letter because the base-14 PDF fonts
  only cover Latin-1.
- The build is deterministic: fixed dates, MIME boundaries, Message-IDs, PDF invariant mode, DOCX zip
  timestamps and a fixed shuffle seed.
- Case folders have neutral names: `h14_NN_<first-file-stem>`, in shuffled order. The descriptive names
  (`c..` for clean, `p..` for positive) appear only in `build.py`.
- Rebuild:
  ```
  python3 -m venv /tmp/holdout3-venv && /tmp/holdout3-venv/bin/pip install reportlab python-docx
  /tmp/holdout3-venv/bin/python tests/data/check_holdout14/build.py
  ```
  This rewrites `cases/`, `labels.json` and this README.

## Voices and industries

German, Swiss, Austrian, Czech, Slovak, Slovene, Croatian and Serbian buyers and suppliers writing
English, often mixed with German or Slavic words (Grüezi, Servus, passt, vzorky, serija ostaje on hold,
Abruf, Lieferplan, Fertigungsfreigabe). Industries: machine building (gears, shafts, pinion shafts,
hydraulic and valve blocks), elevator components (guide shoes, door rollers, roller guides, door
couplers), rail brake parts, lab glass and technical ceramics, wooden windows and doors, plastic meter
housings, spring steel clips and contact springs, automotive interior trims, forged flanges.
Registers: SAP ME21N purchase order printouts, an SAP scheduling-agreement printout (ME38), a VDA 4905
Lieferabruf, a call-off (Abruf) under a Rahmenauftrag, an EDIFACT DELFOR call-off with plain text, a
frame-contract amendment and a frame contract, an EMPB (VDA 2) interim sample sign-off report, an
initial-sample (Erstbemusterung) request letter, a sample sign-off record, a PPAP status export from a
quality portal, a production release letter, an 8D report, Teams and meeting minutes,
Teams/WhatsApp/Viber chat exports, SupplyOn and Ariba portal exports, a pro-forma invoice, order
acknowledgements, a supplier weekly report, and terse engineer emails.

Numbers are written in European format ("1.984 pcs", "2,4 t"), in words ("ten (12)"), in shorthand
("12k", "bal."), and there are identifiers that look like quantities (drawing 4000-1250 Rev 3,
M16x1.5, ISO 6149-1, 350 bar, DN 300 PN 40, Kostenstelle 1000, cum. received 114.000, Q-2024-0500,
8D-2024-017, 1,2 million strokes).

## Label format

`labels.json`: `{{"<case>": {{"expect": ["RG00x", ...], "facts": null, "note": "one-line rationale"}}}}`.
`expect` is the complete set of rules that should fire for the case. It is sorted, and an empty
list means clean. `facts` is always null.

## Conventions applied

The conventions are exactly those of `tests/data/check_holdout3/README.md`, section "Conventions
applied", points 1-15 (authorizing vs. non-authorizing documents; absence rules RG003/RG004/RG005/RG010
judged once per bundle and only on authorizations; quoted text counts only if it is an authorization
the recipient could act on; RG001 needs an authorized and a larger quantity in one bundle; full-quantity
POs have no balance; the list of unlock events; a release authority must be a named person; scoped
approvals are not RG002; and so on). How they were applied here:

- Every partial authorization that is not meant to fire an absence rule states all four items: the
  active quantity, that the balance is not released, the unlock event, and a named person.
- A sample PO that says nothing about the balance gets RG003, RG004 and RG005 together; when a larger
  quantity (quote tier, series row, annual requirement) is in the same bundle without a "not released"
  note, it also gets RG001.
- "On hold until further notice" plus a named decision-maker is RG004 only; an unlock event plus
  "our purchasing department" is RG005 only.
- Supplier-only documents (quotes, questions, status reports, acknowledgements, 8D) never fire the
  absence rules. Where a supplier message is the risk (RG006, RG007, RG008, RG012) it either says itself
  that the balance is not released or quotes a complete buyer scope, so RG001 does not hinge on it.
- Ambiguous drafts were rewritten rather than labelled by guessing, for example:
  - a "for reference" remark next to an attached quote was removed from an RG001 case;
  - "approved for distribution" was removed from minutes that only carry RG008;
  - an "annual requirement" that was drafted as a priced PO line (which could read as a forecast
    written as an order, RG008) was moved to a note, so that case is RG001/RG003/RG004/RG005 only;
  - "this PO releases the mould and the samples" was reworded ("orders the mould; only the samples are
    released") so that "release" is not used for tooling and production in one case;
  - a supplier's "we build the samples after receipt of the advance" was removed from the clean
    "deposit does not release production" case;
  - supplier messages that carry RG006/RG007/RG012 either say themselves that the balance is not
    released or quote a complete buyer scope, and supplier statements avoid restating a different
    authorized quantity, so RG001 and RG011 do not hinge on them.

## Counts

Cases: {n}. Clean: {clean}. With risks: {risky}. Multi-rule cases: {multi_rule}.

| rule | cases |
| --- | --- |
{rule_rows}

The formats below are counted as top-level files in `cases/`. A case counts under a format if it
contains that format either as a file or as an email attachment.

| format | top-level files | cases containing it |
| --- | --- | --- |
{fmt_rows}

Inside the EML files:
- {alt} multipart/alternative (text + HTML)
- {pdfa} PDF attachments
- {docxa} DOCX attachments
- {txta} text attachments
- {htmla} HTML attachments
- {rfc} forwarded message/rfc822
- {quoted} quoted-reply threads (`>`)

{nmulti} cases are folders with several documents (the whole folder is one bundle):
{multi_rows}

The clean cases include these tricky negatives:
- a supplier quote with sample and two series tiers
- a supplier's "do we have your go-ahead for the balance?" question
- a buyer's capacity question ("would you be able to ... if ...? This is not a release")
- a rolling forecast labelled information only, and a frame contract whose annual volume is a forecast
- "samples approved for fit check only; not a production release"
- a full-quantity PO that says "please proceed with the 250 pcs", a full-quantity chat order ("go ahead
  with all 5.000, nothing follows") and a full-quantity PO acknowledged by the supplier
- a VDA 4905 call-off with an explicit staged material authority above the released quantity and a
  cumulative received quantity far above it
- an explicit, recorded auto-conversion (quantity, signer, conditions) in a frame-contract amendment
- an old quote forwarded as message/rfc822 and declared information only
- a quoted supplier assumption of auto-conversion, corrected by the buyer
- "this advance payment does not release production"
- a supplier acknowledgement and a supplier status report that restate the hold
- an EMPB interim sample sign-off with quantity and date limits
- a sample sign-off record "approved" that says it releases nothing
- an 8D report full of quantities
- identifiers that look like quantities
"""


if __name__ == "__main__":
    labels, mapping = build()
    counts = {r: sum(1 for v in labels.values() if r in v["expect"]) for r in RULES}
    print(len(labels), "cases;", sum(1 for v in labels.values() if not v["expect"]), "clean")
    print(counts)
