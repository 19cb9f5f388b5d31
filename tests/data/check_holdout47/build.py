#!/usr/bin/env python3
"""Generator for the releasegate check_holdout47 corpus (rail / public-transport supply).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout47/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). The renderer helpers are copied from check_holdout3/build.py.
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
# Unicode TTF fonts so that Czech / Polish / Spanish / French characters survive in the PDFs
# (the built-in Helvetica has no glyphs for e.g. "č", "ł", "ř"). Falls back to Helvetica if absent.
_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS = {"body": "Helvetica", "bold": "Helvetica-Bold", "mono": "Courier"}
try:
    from reportlab.pdfbase import pdfmetrics  # noqa: E402
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(_FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(_FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSansMono", str(_FONT_DIR / "DejaVuSansMono.ttf")))
    _FONTS = {"body": "DejaVuSans", "bold": "DejaVuSans-Bold", "mono": "DejaVuSansMono"}
except Exception:  # pragma: no cover - font not installed
    pass


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    for _n in ("BodyText", "Normal"):
        ss[_n].fontName = _FONTS["body"]
    for _n in ("Title", "Heading2"):
        ss[_n].fontName = _FONTS["bold"]
    ss["Code"].fontName = _FONTS["mono"]
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
    m["Message-ID"] = msgid or f"<h47-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h47")
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


# =================================================================== CLEAN
# Parties (all fictitious)
TFE = "Talleres Ferroviarios del Ebro S.A."          # rolling-stock builder, Zaragoza (ES)
AFH = "Ateliers Ferroviaires du Hainaut SAS"          # rolling-stock builder, Valenciennes (FR)
MKV = "Moravská kolejová vozidla a.s."                # tram / EMU builder, Ostrava (CZ)
DRC = "Deccan Rail Coach Ltd"                         # coach builder, Hyderabad (IN)
NMRC = "Narmada Metro Rail Corporation Ltd"           # metro operator (IN)
LRV = "Laurentian Rail Vehicles Inc."                 # rolling-stock builder, La Pocatiere (CA)
FVTA = "Fraser Valley Transit Authority"              # transit operator, BC (CA)
MLC = "Metro Ligero Cantábrico S.A."                  # light-rail operator, Santander (ES)
FSB = "Fotele Szynowe Bydgoszcz Sp. z o.o."           # seats (PL)
PPM = "Pomorskie Przejścia Międzywagonowe Sp. z o.o." # gangways (PL)
CCT = "Conductos Climáticos del Turia S.L."           # HVAC ducts (ES)
PIN = "Paneles Interiores Navarra S.L."               # interior panels (ES)
KMZ = "Kabeláž Morava s.r.o."                         # cable looms (CZ)
SVY = "Sedadla Vysočina s.r.o."                       # seats (CZ)
SVH = "Sri Venkatesa Harness Pvt Ltd"                 # cable looms (IN)
SHK = "Shakti Composites Pvt Ltd"                     # interior panels (IN)
CHT = "Changzhou Hengtai Rail Interior Co., Ltd."     # interior panels (CN)
QTR = "Qingdao Tianrun Gangway Systems Co., Ltd."     # gangways (CN)

# c01: sample PO (PDF with table) that does all four jobs
case("c01_tfe_seat_fai_po", [], "FAI PO for 12 seats; 468 series seats explicitly not released, FAI sign-off + written release by named manager, material FAI-only", [
    ("PO_4500381207.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500381207"),
        ("p", f"{TFE} · Polígono Plaza, Calle Bari 41 · 50197 Zaragoza · Spain · CIF A-50123456"),
        ("p", f"Supplier: {FSB}, ul. Przemysłowa 12, 85-758 Bydgoszcz, Poland · Supplier no. 200417"),
        ("p", "Project: regional EMU 'Moncayo' (contract RE-2023-04) · PO date: 14.05.2024 · "
              "Buyer: Raúl Pardo Lafuente · Your offer: OF-FSB-24-0311 of 29.04.2024"),
        ("table", [
            ["Item", "Part no. / rev", "Description", "Qty", "Unit", "Price EUR", "Net EUR"],
            ["10", "TFE-SE-2210-01 rev C", "Passenger double seat, standard class — FAI lot", "12", "pcs", "1.845,00", "22.140,00"],
            ["20", "TFE-SE-2210-90", "FAI documentation package (EN 9102 format)", "1", "lot", "950,00", "950,00"],
        ]),
        ("p", "Total net: EUR 23.090,00 · Incoterm DAP Zaragoza plant, gate 3 · Delivery week 27/2024"),
        ("h", "Scope of this order"),
        ("p", "This order covers the first article inspection (FAI) lot only: twelve (12) double seats to "
              "drawing TFE-SE-2210-01 rev C, for the fit check on the mock-up car and for the fire test "
              "to EN 45545-2, hazard level HL2."),
        ("p", "The series quantity in your offer (468 seats) is NOT released by this order and stays on hold. "
              "Do not start, schedule or buy material for any seat beyond the 12 FAI seats."),
        ("p", "The balance can only be released after our Quality department has signed off the FAI report, "
              "and then only by a written production release signed by Marta Ibáñez Soler, Purchasing "
              "Manager Interiors. Signing off the FAI report does not by itself release anything."),
        ("p", "Material authority: FAI quantity only (12 seats). Moquette, foam and frame tubes for the "
              "series are bought at the supplier's own risk until a production release is issued."),
        ("h", "Documents and packing"),
        ("p", "One seat per crate, FAI label on each crate, crate numbers FAI-01 to FAI-12. With the delivery: "
              "FAI report, fire test certificate from an accredited laboratory, material certificates 3.1 "
              "to EN 10204."),
        ("p", "Payment: 60 days from date of invoice. Our general purchasing conditions CGC-TFE-2022 apply; "
              "any deviating conditions of the supplier are rejected."),
    ], title="PO 4500381207", author="TFE Compras")),
])

# c02: supplier quote with FAI and series tiers — no authorized quantity
case("c02_cht_panel_quote", [], "supplier quotation with FAI and series tiers; not an authorization, says series needs written release", [
    ("Quotation_HT-Q-24-0187.pdf", pdf([
        ("h1", "QUOTATION HT-Q-24-0187"),
        ("p", f"{CHT} · No. 18 Hengshan Road, Wujin District, Changzhou, Jiangsu 213164, P.R. China"),
        ("p", f"To: {LRV}, Attn. Geneviève Tremblay, Senior Buyer · Date: 2024-04-22 · Valid until: 2024-07-31"),
        ("p", "Subject: interior side wall and ceiling panels, LRV drawing LRV-IP-4410 rev 05, "
              "fire performance EN 45545-2 HL2 (R1), for your commuter EMU project."),
        ("table", [
            ["Tier", "Scope", "Quantity", "Unit price USD", "Lead time"],
            ["A", "First article (FAI) car sets incl. FAI report", "4 car sets", "9,860.00", "10 weeks from PO"],
            ["B", "Series car sets", "116 car sets", "7,240.00", "14 weeks from written production release"],
            ["C", "Tooling (moulds for ceiling panel CP-3)", "1 lot", "38,500.00", "8 weeks"],
        ]),
        ("p", "Prices FOB Shanghai, in USD, excluding packing for sea freight (USD 145.00 per car set). "
              "Minimum order for tier B: 20 car sets per call-off. HPL laminate is bought in 2k m² lots."),
        ("p", "Remarks: 1) This quotation is not an order confirmation. 2) Series car sets are started only "
              "on receipt of the buyer's written production release; acceptance of the FAI alone does not "
              "start the series. 3) HPL laminate surcharge may apply if the LME aluminium price moves more "
              "than 8 %."),
        ("p", "Best regards, Lily Zhang, Sales Manager Export · +86 519 8690 2231"),
    ], title="Quotation HT-Q-24-0187", author="Changzhou Hengtai")),
])

# c03: supplier's go-ahead question
case("c03_cct_question_goahead", [], "supplier question whether the remaining 42 ducts are released; a question is not an approval", [
    ("Consulta_serie_conductos.eml", eml_bytes(mail(
        "Sergio Beltrán <s.beltran@conductos-turia.es>", "Claire Dubois <claire.dubois@af-hainaut.fr>",
        "AFH-CA-24-0877 — FAI ducts finished / question on the series",
        "Wed, 12 Jun 2024 16:41:00 +0200",
        "Dear Ms Dubois,\n\n"
        "The 6 first-article ducts under your order AFH-CA-24-0877 are finished and have passed our "
        "internal leak test (report CCT-LT-24-0412 attached to the FAI folder on your portal). They can "
        "leave Valencia on Monday with the usual carrier.\n\n"
        "Before we put anything in our planning for the series: we understand that the remaining 42 "
        "ducts are not released yet. Do we have a go-ahead for them, or do we wait for your written "
        "release? Our press brake has a free slot in week 28 which we would otherwise give to another "
        "customer.\n\n"
        "We will not cut any sheet for the series until we hear from you.\n\n"
        "Merci d'avance et bonne journée,\n"
        + sig("Sergio Beltrán", "Jefe de Proyectos / Project Manager", CCT, "+34 961 22 40 18"))),
     ),
])

# c04: clearly labelled forecast (HTML table)
case("c04_mkv_loom_outlook", [], "rolling forecast explicitly non-binding, not an order, no material at buyer liability", [
    ("vyhled_odberu_KM_2024Q3.html", html_page("Výhled odběrů / rolling forecast — Kabeláž Morava", f"""
<h2>Rolling forecast — kabelové svazky / cable looms</h2>
<p>{MKV}, Nákup elektro · Dodavatel / supplier: {KMZ}, dodavatel č. 30188 · Stav k 01.07.2024</p>
<p class="note"><b>POUZE VÝHLED – NENÍ OBJEDNÁVKOU. / FORECAST ONLY – NOT AN ORDER.</b><br>
Tento výhled není objednávkou ani uvolněním výroby. Čísla jsou nezávazná plánovací data.
The quantities below are non-binding planning figures. They do not authorize production and no material
may be bought against them at MKV's liability. Production is authorized only by a call-off signed by
Ing. Tomáš Král, vedoucí nákupu.</p>
<table>
<tr><th>Číslo dílu / part no.</th><th>Popis</th><th>Q3/2024</th><th>Q4/2024</th><th>Q1/2025</th><th>Q2/2025</th></tr>
<tr><td>KM-CL-2024-112 rev.4</td><td>Svazek kabiny řidiče / cab loom</td><td>8</td><td>12</td><td>12</td><td>16</td></tr>
<tr><td>KM-CL-2024-118 rev.2</td><td>Svazek střechy / roof loom</td><td>16</td><td>24</td><td>24</td><td>32</td></tr>
<tr><td>KM-CL-2024-480 rev.12</td><td>Svazek dveří / door loom</td><td>64</td><td>96</td><td>96</td><td>128</td></tr>
</table>
<p>Výhled aktualizujeme měsíčně. Dotazy: Ing. Petra Svobodová, nákupčí, +420 596 118 402.</p>
""", lang="cs")),
])

# c05: FAI sign-off scoped to the FAI panels (French, multipart/alternative)
_c05_txt = (
    "Bonjour Monsieur Etxeberria,\n\n"
    "Nous avons signé ce matin le rapport FAI des 8 panneaux latéraux (lot premier article, commande "
    "AFH-CA-24-0912, plan AFH-IP-2207 indice C). Les panneaux ont été contrôlés sur la voiture maquette "
    "à Valenciennes ; les relevés dimensionnels et le PV d'essai feu EN 45545-2 HL2 sont conformes.\n\n"
    "Cette signature vaut uniquement pour les 8 panneaux du lot FAI. La série (232 panneaux) n'est pas "
    "lancée : elle reste en attente jusqu'à l'ordre de lancement écrit signé par M. Julien Marchand, "
    "Responsable achats. Merci de ne pas commander de matière pour la série d'ici là.\n\n"
    "English summary: FAI report signed off for the 8 FAI side wall panels only. The series (232 panels) "
    "is not released and stays on hold until a written production release signed by Julien Marchand, "
    "Purchasing Manager. Please do not buy series material.\n\n"
    "Cordialement,\n"
    + sig("Jérôme Lefèvre", "Ingénieur Qualité Fournisseurs", AFH, "+33 3 27 51 60 44"))
_c05_html = ("<p>Bonjour Monsieur Etxeberria,</p><p>Nous avons signé ce matin le rapport FAI des <b>8 panneaux "
             "latéraux</b> (lot premier article, commande AFH-CA-24-0912, plan AFH-IP-2207 indice C).</p>"
             "<p><b>Cette signature vaut uniquement pour les 8 panneaux du lot FAI.</b> La série (232 panneaux) "
             "n'est pas lancée : elle reste en attente jusqu'à l'ordre de lancement écrit signé par "
             "M. Julien Marchand, Responsable achats. Merci de ne pas commander de matière pour la série.</p>"
             "<p><i>English summary: FAI report signed off for the 8 FAI panels only; series (232) not released, "
             "on hold until a written production release signed by Julien Marchand.</i></p>"
             "<p>Cordialement,<br>Jérôme Lefèvre<br>Ingénieur Qualité Fournisseurs</p>")
case("c05_afh_fai_signed_scoped", [], "FAI signed for 8 panels only; 232 series on hold until written release by named manager", [
    ("Rapport_FAI_panneaux_lateraux.eml", eml_bytes(mail(
        "Jérôme Lefèvre <jerome.lefevre@af-hainaut.fr>", "Iñaki Etxeberria <inaki.etxeberria@pin-navarra.es>",
        "Rapport FAI panneaux latéraux — signé (lot FAI uniquement)", "Thu, 20 Jun 2024 11:05:00 +0200",
        _c05_txt, html=_c05_html, cc="Julien Marchand <julien.marchand@af-hainaut.fr>"))),
])

# c06: full-quantity PO with "proceed" (DOCX with table)
case("c06_fvta_spare_ducts_po", [], "full-quantity spares PO (40 sections, no balance); proceed scoped to the 40", [
    ("FVTA_PO_7100-2418.docx", docx_bytes([
        ("h1", "Purchase Order 7100-2418"),
        ("p", f"{FVTA} · Fleet Maintenance Centre · 8820 Glover Road, Langley, BC V1M 2R9 · Canada"),
        ("p", f"Vendor: {CCT}, Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 30, 46988 Paterna (Valencia), Spain"),
        ("p", "Date: June 3, 2024 · Buyer: Daniel Okafor, Manager Fleet Procurement · Terms: Net 30 · FCA Valencia"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit price EUR", "Extended EUR"],
            ["1", "FVTA-HV-0480 rev 3", "Return-air duct section, saloon, LH", "24", "EA", "612.00", "14,688.00"],
            ["2", "FVTA-HV-0481 rev 3", "Return-air duct section, saloon, RH", "16", "EA", "612.00", "9,792.00"],
        ]),
        ("p", "Order total: EUR 24,480.00"),
        ("h", "Order notes"),
        ("p", "This order is for the full quantity of forty (40) duct sections, spares for the Mark II fleet "
              "HVAC overhaul program. There is no further quantity under this order and no balance."),
        ("p", "The first article for these part numbers was completed under PO 7100-2231 (FAI report on file, "
              "2023). Please proceed with manufacture of the 40 sections on receipt of this order and "
              "confirm the ship date within five working days."),
        ("p", "Insulation and adhesive per EN 45545-2 HL2, as on the 2023 lot. Mark each section with the "
              "FVTA item number and date code. Ship in two crates, one per item."),
        ("p", "Invoices to ap@fvta.example.ca quoting PO 7100-2418."),
    ], author="Daniel Okafor")),
])

# c07: ERP call-off with explicit staged material authority above the released quantity
case("c07_drc_calloff_staged", [], "call-off releases 12 harnesses; explicit staged material authority up to 36; balance on hold until next call-off by named person", [
    ("CALLOFF_03_4700021156.txt", """\
DECCAN RAIL COACH LTD                               PAGE 1 OF 1
MATERIALS DEPT - PLANT II, MEDCHAL ROAD, HYDERABAD 501401
----------------------------------------------------------------
CALL-OFF NO.      : 03
AGAINST FRAMEWORK : PO 4700021156 DT 11.03.2024
VENDOR            : 100388  SRI VENKATESA HARNESS PVT LTD
                    PLOT 14, SIPCOT INDL PARK, IRUNGATTUKOTTAI
                    CHENNAI 602117
CALL-OFF DATE     : 08.07.2024
PROJECT           : MEMU 8-CAR RAKES, TRAIN SETS TS01-TS12
----------------------------------------------------------------
ITEM MATERIAL        DESCRIPTION                 QTY UOM DEL.DT
0010 DRC-EH-6120-B   ROOF HARNESS ASSY, PER CAR   12 NOS 30.08.24
                     (TS05 + TS06, 6 NOS EACH)
----------------------------------------------------------------
NOTES
1. PRODUCTION RELEASED BY THIS CALL-OFF: 12 NOS (TS05-TS06) ONLY.
2. TS07-TS12 (36 NOS) ARE NOT RELEASED AND REMAIN ON HOLD UNTIL
   THE NEXT CALL-OFF, SIGNED BY PRIYA NAIR, SR MANAGER
   PROCUREMENT, AFTER LOT ACCEPTANCE OF TS05-TS06.
3. MATERIAL AUTHORITY: STAGED. SUPPLIER MAY BUY COPPER CABLE AND
   CONNECTORS FOR UP TO 36 NOS (TS05-TS10) AT DRC LIABILITY.
   NO FABRICATION BEYOND THE 12 NOS RELEASED IN NOTE 1.
4. CRIMP HEIGHT RECORDS AND HI-POT TEST SHEETS WITH EACH LOT.
5. DELIVERY: DOOR DELIVERY, STORES GATE 2, MON-SAT 0900-1600.
----------------------------------------------------------------
PREPARED: K. SRINIVAS       AUTHORISED: PRIYA NAIR
""".encode()),
])

# c08: contract schedule with an explicit, recorded auto-conversion and payment milestones
case("c08_lrv_schedule_autoconv", [], "explicit recorded auto-conversion naming quantity (96), signer and condition; rest on hold; payment milestones said not to release", [
    ("Schedule_C_LRV-SVY-2024-07.pdf", pdf([
        ("h1", "Schedule C — Production release and payment milestones"),
        ("p", f"to Supply Agreement LRV-SVY-2024-07 between {LRV} (\"Buyer\") and {SVY} (\"Supplier\") — "
              "passenger seats, commuter EMU, seat drawing LRV-ST-1180 rev 07."),
        ("h", "C.1 First article"),
        ("p", "PO 7700-3360 covers eight (8) FAI seats. Nothing beyond those 8 seats is released by that PO."),
        ("h", "C.2 Recorded auto-conversion (lot 1)"),
        ("p", "The Parties agree, and record in this Schedule, that upon written FAI sign-off by Mark "
              "Sullivan, Director Supply Chain, the first series lot of ninety-six (96) seats (train sets 1 "
              "to 4) is released for production without any further document. This auto-conversion covers "
              "those 96 seats only and lapses if the FAI sign-off is not given by 30 November 2024."),
        ("h", "C.3 Balance"),
        ("p", "The remaining 384 seats of the programme are not released and stay on hold. Each further lot "
              "is released only by a written production release signed by Mark Sullivan, Director Supply "
              "Chain, after lot acceptance of the preceding lot."),
        ("h", "C.4 Payment milestones"),
        ("table", [
            ["Milestone", "Event", "Payment"],
            ["M1", "PO acknowledgement for FAI seats", "10 % of FAI value"],
            ["M2", "FAI sign-off", "20 % of lot 1 value"],
            ["M3", "Delivery of lot 1, train set 4", "balance of lot 1 value"],
        ]),
        ("p", "Payment milestones are commercial events only. No payment, advance or PO acknowledgement "
              "releases production; production is released only as set out in C.2 and C.3."),
        ("p", "Material authority: Supplier may buy material for the 8 FAI seats and, after FAI sign-off, "
              "for lot 1 (96 seats). Material for further lots is at Supplier's risk until released."),
    ], pagesize=LETTER, title="Schedule C", author="LRV Supply Chain")),
])

# c09: old budgetary quote forwarded as message/rfc822, declared informational
_c09_old = mail(
    "Radek Hrubý <hruby@kabelaz-morava.cz>", "Petra Svobodová <petra.svobodova@mkv-ostrava.cz>",
    "Rozpočtová nabídka NAB-23-204 – kabelové svazky Ostravan II", "Mon, 16 Oct 2023 08:30:00 +0200",
    "Dobrý den, paní Svobodová,\n\n"
    "na základě Vaší poptávky posíláme rozpočtovou nabídku NAB-23-204:\n\n"
    "  svazek kabiny KM-CL-2024-112   1 800 ks   2 940,00 Kč/ks\n"
    "  (cena platí při odběru celého množství, dodání postupně 2024–2026)\n\n"
    "Nabídka je rozpočtová, platnost 90 dní.\n\n"
    "S pozdravem\n"
    + sig("Radek Hrubý", "obchodní ředitel", KMZ, "+420 577 210 933"))
_c09_txt = (
    "Dobrý den, pane Hrubý / Dear Mr Hrubý,\n\n"
    "for completeness I forward below your budgetary offer NAB-23-204 from last October. The 1,800 "
    "looms in it are for information only; nothing of that quantity is ordered or released.\n\n"
    "Our PO 4510007731 covers the pre-series only: sixty (60) cab looms KM-CL-2024-112 rev.4 for train "
    "sets TS01 and TS02. The series balance is not released and stays on hold until the pre-series has "
    "passed the type test and I send you a written production release. Material: pre-series quantity "
    "only, please.\n\n"
    "Ostatní podmínky dle objednávky. Děkuji.\n\n"
    "S pozdravem / Best regards\n"
    + sig("Ing. Petra Svobodová", "nákupčí – elektro / Buyer, electrical", MKV, "+420 596 118 402"))
case("c09_mkv_fwd_old_offer", [], "forwarded 2023 budgetary offer (1,800) declared informational; PO for 60 pre-series looms, hold + type test + written release by sender", [
    ("FW_NAB-23-204_informace.eml", eml_bytes(mail(
        "Petra Svobodová <petra.svobodova@mkv-ostrava.cz>", "Radek Hrubý <hruby@kabelaz-morava.cz>",
        "FW: Rozpočtová nabídka NAB-23-204 – pro informaci / PO 4510007731 pre-series",
        "Tue, 09 Jul 2024 13:12:00 +0200", _c09_txt, attachments=[("rfc822", _c09_old)]))),
])

# c10: supplier assumes auto-conversion (quoted), buyer corrects it
_c10_txt = (
    "Kevin,\n\n"
    "No - please do not. Signing off the FAI does not release the series.\n\n"
    "PO 4700021870 covers two (2) prototype gangways for the type test only. The 58 series gangways "
    "are not released and remain on hold until the type test at our Medchal track is signed off and I "
    "issue a written production release. Please do not reserve bellows fabric or frame profiles for "
    "the series either; material authority is for the 2 prototypes only.\n\n"
    "Kindly acknowledge this mail.\n\n"
    "Regards,\n"
    + sig("Rakesh Iyer", "GM Materials", DRC, "+91 40 2714 5520") +
    "\n\n-----Original Message-----\n"
    "From: Kevin Liu <kevin.liu@tianrun-gangway.cn>\n"
    "Sent: Monday, July 15, 2024 9:02 AM\n"
    "To: Rakesh Iyer <rakesh.iyer@deccanrailcoach.in>\n"
    "Subject: PO 4700021870 prototype gangways - schedule\n\n"
    "> Dear Mr. Iyer,\n"
    "> Two prototype gangways will be ready for FAI on 2 August. To keep your train set schedule we plan\n"
    "> that once your FAI approval comes we will roll straight into the 58 series gangways, so the\n"
    "> first series units can ship in October.\n"
    "> Best regards, Kevin Liu, Project Manager Export\n")
case("c10_drc_correct_supplier", [], "quoted supplier assumption of auto-conversion corrected by buyer: 2 prototypes only, 58 on hold until type test + written release by sender", [
    ("RE_PO_4700021870_schedule.eml", eml_bytes(mail(
        "Rakesh Iyer <rakesh.iyer@deccanrailcoach.in>", "Kevin Liu <kevin.liu@tianrun-gangway.cn>",
        "RE: PO 4700021870 prototype gangways - schedule", "Mon, 15 Jul 2024 11:47:00 +0530",
        _c10_txt, in_reply_to="<tr-20240715-0902@tianrun-gangway.cn>",
        cc="Venkat Rao <venkat.rao@deccanrailcoach.in>"))),
])

# c11: supplier: the advance does not release production (with PDF proforma)
_c11_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-HT-24-0219"),
    ("p", f"Seller: {CHT} · Buyer: {LRV} · Buyer PO: 7700-3391"),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "FAI car sets, panels to LRV-IP-4410 rev 05", "4 car sets", "9,860.00", "39,440.00"],
        ["2", "Tooling, ceiling panel CP-3", "1 lot", "38,500.00", "38,500.00"],
        ["", "Total", "", "", "77,940.00"],
        ["", "Advance 30 % (received 2024-06-18)", "", "", "23,382.00"],
    ]),
    ("p", "Bank: Bank of China, Changzhou Branch, SWIFT BKCHCNBJ95H. Balance due before shipment of FAI car sets."),
], title="PI-HT-24-0219", author="Changzhou Hengtai")
case("c11_cht_advance_not_release", [], "supplier confirms advance and states it does not release production; builds 4 FAI only, waits for written release", [
    ("Advance_received_PO_7700-3391.eml", eml_bytes(mail(
        "Lily Zhang <lily.zhang@hengtai-rail.cn>", "Geneviève Tremblay <gtremblay@laurentianrail.ca>",
        "PO 7700-3391 — advance payment received", "Wed, 19 Jun 2024 15:20:00 +0800",
        "Dear Geneviève,\n\n"
        "We confirm receipt of the 30% advance payment (USD 23,382.00) against proforma PI-HT-24-0219, "
        "thank you. The proforma with the receipt note is attached.\n\n"
        "Please note that this advance does not release production beyond your PO. We are building the 4 "
        "FAI car sets only, as per PO 7700-3391. The 116 series car sets are not started and no laminate "
        "has been bought for them; we will wait for your written production release before we plan them.\n\n"
        "FAI car sets: moulding of CP-3 starts next week, FAI inspection planned 2024-08-26 with your "
        "inspector.\n\n"
        "Best regards,\n"
        + sig("Lily Zhang", "Sales Manager Export", CHT, "+86 519 8690 2231"),
        attachments=[("PI-HT-24-0219.pdf", _c11_pi, PDF_MT)]))),
])

# c13: deviation permit (HTML quality-portal export), technical concession only
case("c13_tfe_deviation_permit", [], "deviation permit limited to 6 FAI ducts; explicitly not a production release; 42 on hold, named release", [
    ("DP-2024-031_concesion.html", html_page("Concesión / Deviation permit DP-2024-031", f"""
<h2>Concesión / Deviation permit DP-2024-031</h2>
<table>
<tr><th>Emisor / issued by</th><td>{TFE} — Calidad Proveedores</td></tr>
<tr><th>Proveedor / supplier</th><td>{CCT} (n.º 200533)</td></tr>
<tr><th>Pedido / PO</th><td>4500381420, pos. 10</td></tr>
<tr><th>Pieza / part</th><td>TFE-HV-7730-02 rev B — conducto de impulsión, coche intermedio / supply-air duct, intermediate car</td></tr>
<tr><th>Desviación / deviation</th><td>Espesor de aislamiento 19 mm en lugar de 20 mm / insulation thickness 19 mm instead of 20 mm</td></tr>
<tr><th>Alcance / scope</th><td>Seis (6) conductos FAI, n.º de serie CCT-FAI-001 a CCT-FAI-006 únicamente</td></tr>
<tr><th>Caducidad / expiry</th><td>31.07.2024</td></tr>
<tr><th>Firmado / signed</th><td>Jorge Lasheras Gil, Calidad Proveedores, 21.06.2024</td></tr>
</table>
<p class="note">Esta concesión es una excepción técnica para los 6 conductos FAI. No cubre la fabricación
en serie ni la compra de material. / This deviation permit is a technical concession for the 6 FAI ducts only.
It does not authorize series production or the purchase of material. The series of 42 ducts is not released
and remains on hold until a written production release signed by Alberto Sanz Gil, Purchasing Manager HVAC,
after the FAI report has been signed off.</p>
<p>Acción correctiva requerida: el proveedor confirmará por escrito el espesor de 20 mm para la serie antes del
15.07.2024 (norma interna TFE-NT-045, EN 45545-2 HL2).</p>
""", lang="es")),
])

# c14: interim FAI disposition with limits (ERP text)
case("c14_drc_interim_disposition", [], "interim disposition limited to 12 harnesses / date; 48 not released; full sign-off + next call-off by named person", [
    ("IFD-24-0087.txt", """\
DECCAN RAIL COACH LTD - SUPPLIER QUALITY
INTERIM FAI DISPOSITION                      NO. IFD-24-0087
=============================================================
VENDOR      : SRI VENKATESA HARNESS PVT LTD (100388)
PART        : DRC-EH-6120-B  ROOF HARNESS ASSY  REV 03
PO / C-OFF  : 4700021156 / CALL-OFF 02 (TS03-TS04)
FAI REPORT  : SVH-FAI-24-031 DT 28.06.2024
-------------------------------------------------------------
DISPOSITION : INTERIM
LIMIT       : 12 NOS (TS03-TS04, AS RELEASED BY CALL-OFF 02)
              OR UNTIL 30.09.2024, WHICHEVER IS EARLIER
OPEN POINTS : 1) CRIMP HEIGHT RECORD MISSING FOR X12
                 CONNECTOR (ITEM 7 OF FAI)
              2) LABEL FONT SIZE BELOW DRG NOTE 14
CORR. ACTION: DUE 15.08.2024
-------------------------------------------------------------
REMARKS
THIS INTERIM DISPOSITION COVERS THE 12 NOS ABOVE ONLY.
THE REMAINING 48 NOS (TS05-TS12) ARE NOT RELEASED. THEY NEED
(A) FULL FAI SIGN-OFF AFTER CLOSURE OF THE OPEN POINTS AND
(B) THE NEXT CALL-OFF SIGNED BY PRIYA NAIR, SR MANAGER
    PROCUREMENT.
-------------------------------------------------------------
SQ ENGINEER: M. LAKSHMI        HOD QUALITY: S. PRASAD
""".encode()),
])

# c15: Czech SAP printout, full quantity, identifiers and European decimals (24,000 KS = 24 pcs)
case("c15_mkv_sap_spares_full", [], "full-quantity spares PO; 24,000 KS is 24 pcs in Czech notation; identifiers (5000 rev 20, EN/ISO norms) are not quantities", [
    ("OBJ_4510008120.txt", """\
Moravská kolejová vozidla a.s.        OBJEDNÁVKA / PURCHASE ORDER
Místecká 1120/301, 703 00 Ostrava     Číslo: 4510008120
IČO 25874123                          Datum: 22.07.2024
                                      Nákupčí: Ing. Petra Svobodová
Dodavatel: 30188
Kabeláž Morava s.r.o.
Třída Tomáše Bati 5260, 760 01 Zlín
------------------------------------------------------------------------
Pol.  Materiál              Popis                    Množství  MJ  Cena/MJ CZK   Hodnota CZK
00010 KM-CL-2024-480        Svazek dveří, náhr. díl    24,000  KS     3.450,00     82.800,00
      rev.12, výkres 5000-0100 rev 20
------------------------------------------------------------------------
Celkem bez DPH:                                                     82.800,00 CZK
Dodací podmínka: DAP Ostrava, sklad 3, rampa B
Platební podmínky: 30 dní od doručení faktury

Text hlavičky:
Objednávka na plné množství: dvacet čtyři (24) kusů – náhradní díly
pro údržbu vozů řady 15T. Nejde o vzorky; žádný zůstatek ani další
množství k této objednávce neexistuje.
Full quantity: twenty-four (24) spare door looms. No balance and no
further quantity under this order.

Požadavky: ČSN EN 50343:2014, EN 45545-2:2020+A1:2023 HL3,
systém jakosti ISO 9001:2015, atest 3.1 dle EN 10204.
------------------------------------------------------------------------
Vystavil: Ing. Petra Svobodová        Schválil: Ing. Tomáš Král
""".encode()),
])

# c16: project minutes (DOCX with table) keeping the prototypes and the series apart
case("c16_afh_ppm_minutes", [], "minutes: 2 prototype gangways; 58 series on hold until type test sign-off + written release by named manager; sample-only material", [
    ("Minutes_PM-14_gangways.docx", docx_bytes([
        ("h1", "Minutes — progress meeting PM-14, gangways"),
        ("p", f"Project: regional train 'Hainaut' · Buyer: {AFH} · Supplier: {PPM}"),
        ("p", "Date: 4 July 2024, 10:00–11:30, Teams · Minutes by: Claire Dubois (AFH)"),
        ("p", "Attendees: Claire Dubois, Julien Marchand, Hugo Vasseur (AFH); Piotr Zieliński, "
              "Agnieszka Kowalczyk (PPM)"),
        ("h", "1. Prototype gangways"),
        ("p", "PO AFH-CA-24-0650 covers two (2) prototype gangways for the type test at the Petite-Forêt "
              "test track. Frame welding finished; bellows fitted 1 July. Type test slot confirmed for "
              "week 33."),
        ("h", "2. Series gangways"),
        ("p", "The 58 series gangways are not released. They stay on hold until (a) the type test report is "
              "signed off by AFH engineering and (b) Julien Marchand, Responsable achats, issues the written "
              "production release. PPM noted this."),
        ("h", "3. Material"),
        ("p", "Material authority is sample-only (2 prototypes). PPM confirmed that no bellows fabric and no "
              "aluminium profiles have been ordered for the series."),
        ("h", "4. Actions"),
        ("table", [
            ["No.", "Action", "Owner", "Due"],
            ["A14-1", "Send type test procedure rev B", "Hugo Vasseur", "12.07.2024"],
            ["A14-2", "Provide fire test report bellows fabric (EN 45545-2 HL3)", "Piotr Zieliński", "19.07.2024"],
            ["A14-3", "Book transport of prototypes to Petite-Forêt", "Agnieszka Kowalczyk", "02.08.2024"],
        ]),
        ("p", "Next meeting PM-15: 18 July 2024."),
    ], author="Claire Dubois")),
])

# c17: chat export, buyer scoping in a message signed by a named sender
case("c17_tfe_cct_chat", [], "chat: buyer says build 6 FAI ducts only; 42 on hold, no material; written release by the sender after fire test", [
    ("chat_TFE-CCT_conductos.txt", """\
[03/06/2024, 08:14] Sergio Beltrán (CCT): Buenos días Alberto, recibido el pedido 4500381420 👍
[03/06/2024, 08:15] Sergio Beltrán (CCT): Una pregunta: en la oferta iban 6 FAI + 42 de serie. ¿Preparamos chapa para todo?
[03/06/2024, 09:02] Alberto Sanz Gil (TFE Compras): Hola Sergio. No, to be clear on 4500381420: build the 6 FAI ducts only.
[03/06/2024, 09:03] Alberto Sanz Gil (TFE Compras): The other 42 stay on hold — don't start them and don't buy sheet or insulation for them.
[03/06/2024, 09:04] Alberto Sanz Gil (TFE Compras): Once the fire test report (EN 45545-2) is signed off, I'll send you the written release for the series myself. – Alberto Sanz, Compras HVAC
[03/06/2024, 09:10] Sergio Beltrán (CCT): Entendido. Solo 6 FAI, nada de material para serie.
[10/06/2024, 17:31] Sergio Beltrán (CCT): <Multimedia omitido>
[10/06/2024, 17:31] Sergio Beltrán (CCT): Primer FAI plegado, mañana aislamiento.
[10/06/2024, 18:05] Alberto Sanz Gil (TFE Compras): Genial, gracias. ¿El camión para el 24 sigue en pie?
[10/06/2024, 18:07] Sergio Beltrán (CCT): Sí, descarga en puerta 3, Zaragoza.
""".encode()),
])

# c18: formal French order letter for FAI ceiling panels
case("c18_afh_lettre_commande_fai", [], "French order letter: 10 FAI panels; balance 310 not released; FAI sign-off + written order signed by named manager", [
    ("Lettre_commande_AFH-CA-24-0915.pdf", pdf([
        ("p", f"{AFH} — Direction des Achats — 12 rue de l'Industrie — 59300 Valenciennes"),
        ("p", f"{PIN} — Polígono Industrial Landaben, Calle E 12 — 31012 Pamplona — Espagne"),
        ("p", "Valenciennes, le 27 mai 2024 · Réf. : AFH-CA-24-0915 · Affaire : TER 'Hainaut', panneaux de plafond"),
        ("h", "Objet : commande du lot premier article (FAI) — panneaux de plafond"),
        ("p", "Madame, Monsieur,"),
        ("p", "Suite à votre offre PIN-OF-24-066 du 6 mai 2024, nous vous commandons dix (10) panneaux de plafond "
              "au plan AFH-IP-2310 indice B, destinés à l'inspection premier article (FAI) et au montage sur la "
              "voiture maquette."),
        ("table", [
            ["Poste", "Désignation", "Quantité", "Prix unitaire HT", "Montant HT"],
            ["10", "Panneau de plafond CP-2310, lot FAI", "10", "1 180,00 €", "11 800,00 €"],
            ["20", "Dossier FAI (format EN 9102) et PV feu EN 45545-2 HL2", "1", "1 400,00 €", "1 400,00 €"],
        ]),
        ("p", "Le solde de la série figurant dans votre offre, soit 310 panneaux, n'est pas libéré par la présente "
              "commande et reste en attente. Aucune fabrication ni aucun achat de matière ne doit être engagé pour "
              "la série."),
        ("p", "Le déblocage du solde interviendra uniquement après signature du rapport FAI par notre service "
              "Qualité, au moyen d'un ordre de lancement écrit signé par M. Julien Marchand, Responsable achats. "
              "La signature du rapport FAI ne vaut pas, à elle seule, lancement de la série."),
        ("p", "Livraison : semaine 30, DAP Valenciennes, quai 4. Conditions de paiement : 60 jours fin de mois. "
              "Nos conditions générales d'achat CGA-AFH-2021 s'appliquent."),
        ("p", "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."),
        ("p", "Claire Dubois, Acheteuse projet"),
    ], title="AFH-CA-24-0915", author="AFH Achats")),
])

# c19: Czech sample order e-mail, multipart/alternative
_c19_txt = (
    "Dobrý den, pane Hrubý,\n\n"
    "v příloze portálu najdete objednávku vzorků 4510007912. Objednáváme deset (10) kabelových svazků "
    "KM-CL-2024-118 rev.2 pro typovou zkoušku tramvaje Ostravan II.\n\n"
    "Zbytek dle Vaší nabídky NAB-24-077, tj. 150 ks, není uvolněn a zůstává blokován. Sériová výroba "
    "bude uvolněna až po podpisu protokolu z typové zkoušky, a to pouze písemným uvolněním, které "
    "podepíše Ing. Tomáš Král, vedoucí nákupu. Materiál nakupujte jen pro 10 vzorků.\n\n"
    "English summary: sample order for ten (10) looms for the type test. The remaining 150 pcs are not "
    "released and stay on hold; series production will be released only after the type test report is "
    "signed, by a written release signed by Ing. Tomáš Král, Head of Purchasing. Material for the 10 "
    "samples only.\n\n"
    "S pozdravem\n"
    + sig("Ing. Petra Svobodová", "nákupčí – elektro", MKV, "+420 596 118 402"))
_c19_html = ("<p>Dobrý den, pane Hrubý,</p><p>objednáváme <b>deset (10) kabelových svazků</b> KM-CL-2024-118 rev.2 "
             "pro typovou zkoušku (objednávka 4510007912).</p><p><b>Zbytek dle nabídky NAB-24-077, tj. 150 ks, "
             "není uvolněn a zůstává blokován.</b> Sériová výroba bude uvolněna až po podpisu protokolu z typové "
             "zkoušky, pouze písemným uvolněním, které podepíše Ing. Tomáš Král, vedoucí nákupu. Materiál jen "
             "pro 10 vzorků.</p><p><i>English: 10 sample looms; 150 pcs not released, on hold until type test "
             "report signed and written release by Ing. Tomáš Král.</i></p><p>S pozdravem<br>Ing. Petra Svobodová</p>")
case("c19_mkv_vzorky_email", [], "Czech sample order: 10 looms; 150 not released; type test + written release by named head of purchasing", [
    ("Objednavka_vzorku_4510007912.eml", eml_bytes(mail(
        "Petra Svobodová <petra.svobodova@mkv-ostrava.cz>", "Radek Hrubý <hruby@kabelaz-morava.cz>",
        "Objednávka vzorků 4510007912 – kabelové svazky pro typovou zkoušku", "Fri, 24 May 2024 10:03:00 +0200",
        _c19_txt, html=_c19_html))),
])

# c20: multi-file bundle: TXT PO + PDF quote with tiers + EML acknowledgement restating the hold
_c20_ack = (
    "Dear Ms Tremblay,\n\n"
    "We acknowledge PO 7700-3412 for two (2) prototype gangways, drawing LRV-GW-0905 rev 02, delivery "
    "FCA Gdańsk in week 38.\n\n"
    "We understand that the 58 series gangways in our quotation PPM-Q-24-118 are not released by this PO. "
    "We will not start them and will buy bellows fabric and profiles for the 2 prototypes only. We will "
    "wait for the written production release from Mr Mark Sullivan after your type test sign-off.\n\n"
    "Kind regards,\n"
    + sig("Piotr Zieliński", "Key Account Manager", PPM, "+48 58 340 77 12"))
case("c20_lrv_ppm_bundle", [], "3-file bundle: PO for 2 prototypes with hold/event/named releaser; quote tiers; supplier ack restating hold", [
    ("PO_7700-3412.txt", """\
LAURENTIAN RAIL VEHICLES INC.                      PURCHASE ORDER
100 Rue du Quai, La Pocatiere QC G0R 1Z0          PO NO. 7700-3412
                                                   DATE  2024-06-10
VENDOR 400921  POMORSKIE PRZEJSCIA MIEDZYWAGONOWE SP. Z O.O.
               UL. MARYNARKI POLSKIEJ 96, 80-557 GDANSK, POLAND
BUYER          GENEVIEVE TREMBLAY, SENIOR BUYER
-------------------------------------------------------------------
LN  ITEM            DESCRIPTION                 QTY UM  UNIT EUR
 1  LRV-GW-0905-02  PROTOTYPE GANGWAY ASSY        2 EA  48,900.00
-------------------------------------------------------------------
SCOPE NOTE
THIS PO AUTHORIZES TWO (2) PROTOTYPE GANGWAYS FOR THE TYPE TEST ONLY.
THE 58 SERIES GANGWAYS QUOTED IN PPM-Q-24-118 ARE NOT RELEASED AND
REMAIN ON HOLD. THEY WILL BE RELEASED ONLY BY A WRITTEN PRODUCTION
RELEASE SIGNED BY MARK SULLIVAN, DIRECTOR SUPPLY CHAIN, AFTER THE
TYPE TEST REPORT IS SIGNED OFF BY LRV ENGINEERING.
MATERIAL AUTHORITY: PROTOTYPE QUANTITY ONLY (2).
-------------------------------------------------------------------
TERMS: NET 45. FCA GDANSK (INCOTERMS 2020). LRV T&C REV 2022-B APPLY.
""".encode()),
    ("Quotation_PPM-Q-24-118.pdf", pdf([
        ("h1", "Quotation PPM-Q-24-118"),
        ("p", f"{PPM} · to {LRV} · 2024-05-21 · validity 120 days"),
        ("table", [
            ["Pos.", "Description", "Qty", "Unit price EUR", "Lead time"],
            ["1", "Prototype gangway LRV-GW-0905 rev 02 incl. type test support", "2", "48,900.00", "14 weeks"],
            ["2", "Series gangway LRV-GW-0905 rev 02", "58", "31,250.00", "16 weeks after production release"],
        ]),
        ("p", "Bellows fabric to EN 45545-2 HL3 (R1/R2). Prices FCA Gdańsk. Payment 45 days."),
    ], title="PPM-Q-24-118", author="PPM Sales")),
    ("RE_PO_7700-3412_acknowledgement.eml", eml_bytes(mail(
        "Piotr Zieliński <p.zielinski@ppm-gangways.pl>", "Geneviève Tremblay <gtremblay@laurentianrail.ca>",
        "RE: PO 7700-3412 — order acknowledgement", "Thu, 13 Jun 2024 09:15:00 +0200", _c20_ack))),
])

# c22: letter of intent that is explicitly not an order (DOCX)
case("c22_nmrc_loi", [], "LOI explicitly not a PO, authorizes nothing; volume labelled estimate only", [
    ("NMRC_LOI_refurb_panels.docx", docx_bytes([
        ("h1", "Letter of Intent"),
        ("p", f"From: {NMRC}, Rolling Stock Division · Ref. NMRC/RS/LOI/2024/07 · Date: 05.07.2024"),
        ("p", f"To: {SHK}, Gat No. 312, Chakan MIDC Phase II, Pune 410501"),
        ("p", "Subject: Mid-life refurbishment of saloon interior panels — train sets TS01 to TS20"),
        ("p", "Dear Sir/Madam,"),
        ("p", "With reference to your techno-commercial offer SC/NMRC/24/033 and the clarification meeting of "
              "28 June 2024, NMRC intends to place an order with Shakti Composites for refurbishment panel "
              "kits, subject to successful first article inspection and to the approval of the NMRC Board."),
        ("p", "For planning purposes only, the total requirement is estimated at 120 car sets. This figure "
              "is an estimate, not a commitment, and may change with the refurbishment programme."),
        ("p", "This Letter of Intent is not a purchase order. It does not authorise manufacture, purchase of "
              "material or any other expenditure at NMRC's cost. A purchase order covering the first article "
              "car sets will be issued separately, with its own scope."),
        ("p", "Kindly acknowledge receipt of this letter."),
        ("p", "Yours faithfully,"),
        ("p", "Anil Kapoor, Chief Engineer (Rolling Stock)"),
    ], author="NMRC Rolling Stock")),
])

# c23: call-off per train set (HTML table), Spanish / English
case("c23_tfe_pin_calloff", [], "call-off releases 8 kits (TS09-TS10); TS11-TS20 not called off, next call-off after lot acceptance signed by named manager", [
    ("Pedido_entrega_05_CM-2024-PIN-02.html", html_page("Pedido de entrega n.º 5 / Call-off no. 5", f"""
<h2>Pedido de entrega n.º 5 / Call-off no. 5</h2>
<p>Contrato marco / framework contract CM-2024-PIN-02 · {TFE} → {PIN} · Fecha: 15.07.2024</p>
<p>Proyecto: EMU regional 'Moncayo' — kits de paneles interiores, 4 coches por tren</p>
<table>
<tr><th>Pos.</th><th>Tren / train set</th><th>Pieza</th><th>Cantidad</th><th>Entrega</th></tr>
<tr><td>10</td><td>TS09</td><td>Kit paneles TFE-IP-5100 rev D</td><td>4 kits</td><td>sem. 36/2024</td></tr>
<tr><td>20</td><td>TS10</td><td>Kit paneles TFE-IP-5100 rev D</td><td>4 kits</td><td>sem. 37/2024</td></tr>
<tr><th colspan="3">Total liberado para producción / released for production</th><th>8 kits</th><th></th></tr>
</table>
<p class="note">Este pedido de entrega libera únicamente 8 kits (TS09–TS10). Los trenes TS11–TS20 (40 kits) no
están liberados y quedan retenidos hasta el próximo pedido de entrega, que firmará Marta Ibáñez Soler
(Jefa de Compras Interiores) tras la aceptación del lote TS07–TS08.<br>
This call-off releases 8 kits (TS09–TS10) only. Train sets TS11–TS20 (40 kits) are not released and stay on
hold until the next call-off, signed by Marta Ibáñez Soler, Purchasing Manager Interiors, after lot acceptance
of TS07–TS08. Material authority: the 8 kits released here.</p>
<p>Embalaje: carros retornables TFE-CR-12. Documentación: certificado de conformidad por kit.</p>
""", lang="es")),
])

# c24: Spanish e-mail with PDF PO attached, complete scope
_c24_po = pdf([
    ("h1", "PEDIDO DE COMPRA 4500381455"),
    ("p", f"{TFE} · Compras HVAC · Zaragoza · Fecha 18.06.2024"),
    ("p", f"Proveedor: {CCT} · n.º 200533 · Oferta CCT-OF-24-131"),
    ("table", [
        ["Pos.", "Material", "Descripción", "Cant.", "UM", "Precio EUR", "Importe EUR"],
        ["10", "TFE-HV-7740-01 rev A", "Conducto de retorno, coche cabina — FAI", "6", "UN", "745,00", "4.470,00"],
    ]),
    ("h", "Alcance / scope"),
    ("p", "Este pedido libera solo las seis (6) unidades FAI. El resto de la serie, 42 conductos, no está "
          "liberado y queda retenido hasta la firma del informe FAI por Calidad Proveedores y la liberación "
          "escrita de producción firmada por D. Alberto Sanz Gil, Jefe de Compras HVAC."),
    ("p", "This PO releases the six (6) FAI ducts only. The remaining 42 ducts are not released and stay on "
          "hold until the FAI report is signed off and Alberto Sanz Gil issues a written production release. "
          "Material authority: FAI quantity only."),
    ("p", "Entrega DAP Zaragoza, puerta 3, semana 29/2024. Pago a 60 días fecha factura."),
], title="PO 4500381455", author="TFE Compras")
case("c24_tfe_cct_email_po", [], "e-mail + PDF PO: 6 FAI ducts only; 42 retained until FAI sign-off + written release by named manager", [
    ("Pedido_4500381455.eml", eml_bytes(mail(
        "Alberto Sanz Gil <asanz@tfe-ferroviarios.es>", "Sergio Beltrán <s.beltran@conductos-turia.es>",
        "Pedido 4500381455 — conductos de retorno FAI", "Tue, 18 Jun 2024 12:40:00 +0200",
        "Hola Sergio:\n\n"
        "Te adjunto el pedido 4500381455 para los seis (6) conductos de retorno FAI según vuestra oferta "
        "CCT-OF-24-131. Ojo: solo los 6 FAI. Los 42 de serie no están liberados; no empecéis nada ni compréis "
        "material para ellos hasta que firmemos el informe FAI y yo os envíe la liberación escrita.\n\n"
        "Confírmame recepción y fecha de entrega, por favor.\n\n"
        "Un saludo,\n"
        + sig("Alberto Sanz Gil", "Jefe de Compras HVAC", TFE, "+34 976 45 12 88"),
        attachments=[("PO_4500381455.pdf", _c24_po, PDF_MT)]))),
])

# c25: full-quantity PO for mock-up car panels, DOCX attached
_c25_doc = docx_bytes([
    ("h1", "Purchase Order 7700-3447"),
    ("p", f"{LRV} · La Pocatière, QC · Date 2024-07-02 · Buyer: Geneviève Tremblay"),
    ("p", f"Vendor: {SHK}, Chakan MIDC Phase II, Pune 410501, India"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Total USD"],
        ["1", "LRV-IP-4420 rev 02", "Side wall panel, mock-up car", "10", "EA", "1,410.00", "14,100.00"],
        ["2", "LRV-IP-4431 rev 01", "Ceiling panel, mock-up car", "4", "EA", "1,690.00", "6,760.00"],
    ]),
    ("p", "This PO is for the mock-up car only and is complete in itself: fourteen (14) panels in total. "
          "No series quantity is ordered or implied; any series supply will be the subject of a separate RFQ."),
    ("p", "Delivery: DAP La Pocatière, mock-up hall, by 2024-09-13. Terms: Net 45."),
], author="Genevieve Tremblay")
case("c25_lrv_mockup_full", [], "full-quantity PO for mock-up car panels (14), no series implied; proceed scoped to the 14", [
    ("PO_7700-3447_mockup.eml", eml_bytes(mail(
        "Geneviève Tremblay <gtremblay@laurentianrail.ca>", "Meera Kulkarni <meera.k@shakticomposites.in>",
        "PO 7700-3447 — mock-up car panels", "Tue, 02 Jul 2024 14:55:00 -0400",
        "Hello Meera,\n\n"
        "Please find attached PO 7700-3447 for the mock-up car panels. Please proceed with the 14 mock-up "
        "panels (10 side wall, 4 ceiling); the mock-up hall is booked from mid-September.\n\n"
        "Could you send the packing proposal for air freight by Friday?\n\n"
        "Thanks,\n"
        + sig("Geneviève Tremblay", "Senior Buyer", LRV, "+1 418 856 3300"),
        attachments=[("PO_7700-3447.docx", _c25_doc, DOCX_MT)]))),
])

# =================================================================== WITH RISKS
# p01: e-mail, SAP PO for FAI seats + supplier offer with the series tier; nothing about the balance
_p01_po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4500381544"),
    ("p", f"{TFE} · Calle Bari 41 · 50197 Zaragoza · CIF A-50123456"),
    ("p", f"Proveedor / supplier: 200417 {FSB} · Bydgoszcz, Polonia"),
    ("p", "Fecha / date: 21.05.2024 · Comprador / buyer: Raúl Pardo Lafuente · Tel. +34 976 45 12 71"),
    ("table", [
        ["Pos.", "Material", "Texto breve / description", "Cantidad", "UM", "Precio EUR", "Valor EUR"],
        ["10", "TFE-SE-2240-01 rev A", "Asiento abatible vestíbulo / tip-up vestibule seat — FAI", "12", "UN", "960,00", "11.520,00"],
    ]),
    ("p", "Texto de cabecera: según oferta OF-FSB-24-0342 de 14.05.2024. Entrega DAP Zaragoza, puerta 3, "
          "semana 28/2024. Embalaje individual con etiqueta FAI."),
    ("p", "Condiciones de pago: 60 días fecha factura. Condiciones generales de compra CGC-TFE-2022."),
], title="PO 4500381544", author="TFE Compras")
_p01_offer = pdf([
    ("h1", "OFFER OF-FSB-24-0342"),
    ("p", f"{FSB} · ul. Przemysłowa 12 · 85-758 Bydgoszcz · NIP 554-27-18-903"),
    ("p", f"For: {TFE}, Mr Raúl Pardo Lafuente · Bydgoszcz, 14.05.2024"),
    ("p", "Tip-up vestibule seat to TFE-SE-2240-01 rev A, EMU 'Moncayo', fire protection EN 45545-2 HL2."),
    ("table", [
        ["Item", "Description", "Quantity", "Unit price EUR", "Delivery"],
        ["1", "FAI seats incl. FAI report", "12 pcs", "960,00", "6 weeks"],
        ["2", "Series seats", "468 pcs", "712,00", "12 weeks, 40 pcs/week"],
    ]),
    ("p", "Prices DAP Zaragoza. Validity 90 days. Payment 60 days. Cushion fabric colour per TFE RAL sample card."),
    ("p", "Katarzyna Wiśniewska, Key Account Manager · +48 52 345 61 20"),
], title="OF-FSB-24-0342", author="FSB Sales")
case("p01_tfe_po_with_offer", ["RG001", "RG003", "RG004", "RG005"],
     "FAI PO (12) sent with offer showing 468 series; nothing says series not released, no unlock event, no release person", [
    ("PO_4500381544_FSB.eml", eml_bytes(mail(
        "Raúl Pardo Lafuente <rpardo@tfe-ferroviarios.es>", "Katarzyna Wiśniewska <k.wisniewska@fsb-seats.pl>",
        "Pedido 4500381544 / PO 4500381544 — tip-up seats", "Tue, 21 May 2024 09:48:00 +0200",
        "Dear Katarzyna,\n\n"
        "Please find attached our purchase order 4500381544 for the dozen FAI tip-up seats according to your offer "
        "OF-FSB-24-0342, which I also attach so that both documents travel together.\n\n"
        "Kindly confirm receipt and the delivery date. Our receiving dock in Zaragoza is closed in week 33 "
        "(August holidays).\n\n"
        "Best regards / Un saludo,\n"
        + sig("Raúl Pardo Lafuente", "Comprador / Buyer, Interiors", TFE, "+34 976 45 12 71"),
        attachments=[("PO_4500381544.pdf", _p01_po, PDF_MT), ("OF-FSB-24-0342.pdf", _p01_offer, PDF_MT)]))),
])

# p02: Czech reply "you have the green light", quoted own scope
_p02_txt = (
    "Dobrý den, pane Hrubý,\n\n"
    "vzorky jsme dnes vyzkoušeli na maketě vozu, všechno sedí, konektory i délky. Máte od nás zelenou.\n"
    "(Samples tried on the mock-up car today, everything fits. You have the green light from us.)\n\n"
    "S pozdravem\n"
    "Petra Svobodová\n\n"
    "-----Original Message-----\n"
    "From: Radek Hrubý <hruby@kabelaz-morava.cz>\n"
    "Sent: Wednesday, June 26, 2024 7:58 AM\n"
    "Subject: RE: Objednávka vzorků 4510007955\n\n"
    "> Dobrý den, paní Svobodová,\n"
    "> vzorky jsou od včera u Vás na vrátnici, fotodokumentace v příloze portálu.\n"
    "> S pozdravem, Radek Hrubý\n"
    ">\n"
    "> -----Original Message-----\n"
    "> From: Petra Svobodová\n"
    "> Sent: Friday, May 31, 2024 10:20 AM\n"
    "> Subject: Objednávka vzorků 4510007955\n"
    ">\n"
    "> > Objednávka 4510007955: deset (10) svazků KM-CL-2024-112 rev.4 jako vzorky pro maketu a typovou\n"
    "> > zkoušku. Série (140 ks) není uvolněna a zůstává blokována; uvolní ji písemně Ing. Tomáš Král,\n"
    "> > vedoucí nákupu, po podpisu protokolu z typové zkoušky. Materiál jen pro 10 vzorků.\n"
    "> > S pozdravem, Ing. Petra Svobodová, nákupčí\n"
    + sig("Ing. Petra Svobodová", "nákupčí – elektro", MKV, "+420 596 118 402"))
case("p02_mkv_zelena", ["RG002"], "buyer replies 'you have the green light' after mock-up fit without scope; quoted own scope supplies the other items", [
    ("RE_Objednavka_vzorku_4510007955.eml", eml_bytes(mail(
        "Petra Svobodová <petra.svobodova@mkv-ostrava.cz>", "Radek Hrubý <hruby@kabelaz-morava.cz>",
        "RE: RE: Objednávka vzorků 4510007955", "Wed, 26 Jun 2024 15:31:00 +0200", _p02_txt,
        in_reply_to="<km-20240626-0758@kabelaz-morava.cz>"))),
])

# p03: PO complete; supplier plans to roll into the series on FAI approval
case("p03_lrv_cht_roll_into_series", ["RG007"],
     "supplier says FAI approval alone will start the 116 series car sets; PO requires written release by named person", [
    ("PO_7700-3398.pdf", pdf([
        ("h1", "PURCHASE ORDER 7700-3398"),
        ("p", f"{LRV} · 100 Rue du Quai · La Pocatière QC G0R 1Z0 · Canada"),
        ("p", f"Vendor: {CHT} · Changzhou, Jiangsu, China · Vendor no. 401177"),
        ("p", "Date: 2024-06-14 · Buyer: Geneviève Tremblay · Quotation ref. HT-Q-24-0187"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Extended USD"],
            ["1", "LRV-IP-4410-05", "Interior panel car set — FAI", "4", "SET", "9,860.00", "39,440.00"],
            ["2", "LRV-IP-TOOL-CP3", "Tooling, ceiling panel CP-3", "1", "LOT", "38,500.00", "38,500.00"],
        ]),
        ("h", "Scope"),
        ("p", "This PO releases four (4) FAI car sets and the CP-3 tooling only. The 116 series car sets in "
              "quotation HT-Q-24-0187 are not released and remain on hold. Series production will be released "
              "only by a written production release signed by Mark Sullivan, Director Supply Chain, after "
              "LRV Quality has signed off the FAI report. Material authority: FAI quantity only."),
        ("p", "Terms: 30 % advance, balance before shipment. FOB Shanghai. LRV T&C rev 2022-B apply."),
    ], pagesize=LETTER, title="PO 7700-3398", author="LRV Purchasing")),
    ("RE_PO_7700-3398_planning.eml", eml_bytes(mail(
        "Lily Zhang <lily.zhang@hengtai-rail.cn>", "Geneviève Tremblay <gtremblay@laurentianrail.ca>",
        "RE: PO 7700-3398 — production planning", "Fri, 21 Jun 2024 10:02:00 +0800",
        "Dear Geneviève,\n\n"
        "Thank you for PO 7700-3398. The CP-3 mould is in trial now and the FAI car sets will be ready for "
        "your inspector in the last week of August.\n\n"
        "To protect your delivery date for train set 1 we have reserved capacity on our press line from week "
        "37. As soon as your FAI approval reaches us, we will put the remaining 116 car sets straight into "
        "production. There is no need to send anything else; your FAI approval is enough for our planning "
        "department to start.\n\n"
        "Please let us know the name of your inspector for the visa invitation letter.\n\n"
        "Best regards,\n"
        + sig("Lily Zhang", "Sales Manager Export", CHT, "+86 519 8690 2231")))),
])

# p04: PO complete with FAI-only material authority; supplier status shows series material bought
case("p04_tfe_fsb_status_material", ["RG006"],
     "supplier status: moquette and foam bought for all 480 seats while only 12 FAI released and material authority FAI-only", [
    ("PO_4500381210.txt", """\
TALLERES FERROVIARIOS DEL EBRO S.A.        PEDIDO / PURCHASE ORDER
Calle Bari 41, 50197 Zaragoza              N.º 4500381210
                                           Fecha 16.05.2024
Proveedor 200417  FOTELE SZYNOWE BYDGOSZCZ SP. Z O.O.
Comprador         Raúl Pardo Lafuente
-----------------------------------------------------------------
Pos Material             Descripción                  Cant UM
010 TFE-SE-2210-01 rC    Asiento doble, lote FAI        12 UN
-----------------------------------------------------------------
ALCANCE / SCOPE
Solo se liberan los doce (12) asientos FAI. / Only the twelve (12)
FAI seats are released.
Resto de la serie (468 asientos): NO liberado, retenido.
Balance of the series (468 seats): NOT released, on hold.
Desbloqueo: tras la firma del informe FAI, mediante liberación
escrita de producción firmada por Marta Ibáñez Soler, Jefa de
Compras Interiores. / Unlock: after FAI report sign-off, by a
written production release signed by Marta Ibáñez Soler.
Autorización de material: solo cantidad FAI (12).
Material authority: FAI quantity only (12).
-----------------------------------------------------------------
Entrega DAP Zaragoza puerta 3 · semana 27/2024 · Pago 60 días
""".encode()),
    ("FSB_status_report_wk24.docx", docx_bytes([
        ("h1", "Weekly status report — week 24/2024"),
        ("p", f"{FSB} for {TFE} · Project EMU 'Moncayo', double seat TFE-SE-2210-01 rev C · PO 4500381210"),
        ("p", "Prepared by: Tomasz Nowicki, Production Planner · 14.06.2024"),
        ("table", [
            ["Topic", "Status", "Comment"],
            ["FAI frames", "12 of 12 welded", "powder coating week 25"],
            ["Moquette fabric (HL2)", "1,440 lm ordered — covers all 480 seats", "ordered to secure the mill slot, delivery week 30"],
            ["Foam cushions", "blocks for 480 seats ordered", "supplier Eurofoam, lead time 8 weeks"],
            ["Fire test EN 45545-2", "samples at laboratory", "result expected week 26"],
            ["Series", "not started", "waiting for your written production release"],
        ]),
        ("p", "Risks: mill capacity for the moquette is tight in Q3, which is why the full fabric quantity was "
              "secured now. No other open points."),
        ("p", "Next report: week 25."),
    ], author="Tomasz Nowicki")),
])

# p05: supplier treats advance payment as production start (quotes the buyer's scope)
_p05_txt = (
    "Dear Ms. Dubois,\n\n"
    "We confirm receipt of the 30% advance payment for PO AFH-CA-24-0701 today, thank you.\n\n"
    "According to clause 7 of our sales conditions, production starts upon receipt of the advance. The "
    "payment is now in, so all 40 gangways of your project are scheduled in our Qingdao workshop from "
    "week 31 and the frame welding jigs are being prepared.\n\n"
    "Shipping schedule will follow next week.\n\n"
    "Best regards,\n"
    + sig("Kevin Liu", "Project Manager Export", QTR, "+86 532 8801 4476") +
    "\n\n-----Original Message-----\n"
    "From: Claire Dubois <claire.dubois@af-hainaut.fr>\n"
    "Sent: Tuesday, July 2, 2024 4:12 PM\n"
    "To: Kevin Liu\n"
    "Subject: PO AFH-CA-24-0701 — prototype gangways\n\n"
    "> Dear Mr Liu,\n"
    "> PO AFH-CA-24-0701 covers two (2) prototype gangways for the type test only. The remaining 38\n"
    "> gangways are not released and stay on hold until the type test report is signed off and Julien\n"
    "> Marchand, Responsable achats, issues a written production release. Material for the 2 prototypes only.\n"
    "> The 30 % advance on the prototype value will be paid this week.\n"
    "> Best regards, Claire Dubois, Acheteuse projet, AFH\n")
case("p05_qtr_advance_starts_production", ["RG012"],
     "supplier: advance received so production of all 40 gangways starts per its sales conditions; buyer scope quoted is complete", [
    ("RE_PO_AFH-CA-24-0701_advance.eml", eml_bytes(mail(
        "Kevin Liu <kevin.liu@tianrun-gangway.cn>", "Claire Dubois <claire.dubois@af-hainaut.fr>",
        "RE: PO AFH-CA-24-0701 — prototype gangways / advance received", "Mon, 08 Jul 2024 17:25:00 +0800",
        _p05_txt, in_reply_to="<afh-20240702-1612@af-hainaut.fr>"))),
])

# p06: operator's spares forecast written as firm orders (HTML)
case("p06_fvta_forecast_firm", ["RG008"], "forecast table declared committed / firm orders to be called off in full", [
    ("FVTA_spares_forecast_FY2025.html", html_page("FVTA spare parts forecast FY2025", f"""
<h2>Spare parts demand forecast — fiscal year 2025</h2>
<p>{FVTA}, Fleet Procurement → {SVY}, vendor 55218 · issued 2024-08-01 by Daniel Okafor</p>
<table>
<tr><th>FVTA item</th><th>Description</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>FY2025</th></tr>
<tr><td>FVTA-ST-2201</td><td>Seat cushion, standard, blue moquette</td><td>60</td><td>60</td><td>80</td><td>80</td><td>280</td></tr>
<tr><td>FVTA-ST-2202</td><td>Seat back pad, standard</td><td>40</td><td>40</td><td>40</td><td>40</td><td>160</td></tr>
<tr><td>FVTA-ST-2290</td><td>Priority seat cushion, yellow</td><td>12</td><td>12</td><td>12</td><td>12</td><td>48</td></tr>
</table>
<p class="note">Jana — the FY2025 forecast above is not just indicative this year. Please treat these quantities
as firm orders: they are committed and will be called off in full, so you can book them in your order book.</p>
<p>Quarterly call-offs will be placed through the supplier portal as usual.</p>
""")),
])

# p07: minutes — "approval" used for FAI, for the variation order and for production
case("p07_drc_shk_fai_minutes", ["RG009"],
     "minutes use 'approval' for FAI technical approval, VO commercial approval and series production release", [
    ("MoM_FAI_review_SHK_2024-07-11.docx", docx_bytes([
        ("h1", "Minutes of Meeting — FAI review, saloon panels"),
        ("p", f"{DRC} / {SHK} · Venue: DRC Plant II, Hyderabad · Date: 11.07.2024"),
        ("p", "Present: Rakesh Iyer (GM Materials), Venkat Rao (Project Engineer), M. Lakshmi (SQ) — DRC; "
              "Meera Kulkarni, Sandeep Joshi — Shakti Composites"),
        ("h", "Item 1 — Dimensional report"),
        ("p", "Reviewed CMM report SC-CMM-24-118. Two window-surround panels at upper tolerance, accepted."),
        ("h", "Item 2 — Fire test"),
        ("p", "EN 45545-2 HL2 test report from the laboratory reviewed (R1 requirement met)."),
        ("h", "Item 3 — FAI panels"),
        ("p", "The 2 FAI car sets of panels under PO 4700022004 were approved by DRC Quality."),
        ("h", "Item 4 — Variation order VO-07"),
        ("p", "VO-07 (revised edge trim, INR 3,40,000) was approved by the DRC commercial committee on 09.07.2024 "
              "(price change only)."),
        ("h", "Item 5 — Series"),
        ("p", "The 22 series car sets remain on hold. Approval of the series will be given by Rakesh Iyer in "
              "writing; until that approval is received, Shakti will not start the series."),
        ("table", [
            ["Action", "Owner", "Target"],
            ["Send revised trim drawing SC-DWG-5512 rev C", "Sandeep Joshi", "18.07.2024"],
            ["Close CMM observation on window surround", "Meera Kulkarni", "25.07.2024"],
        ]),
    ], author="Venkat Rao")),
])

# p08: FAI order without any count of FAI ducts (multipart/alternative)
_p08_txt = (
    "Bonjour Sergio,\n\n"
    "Please manufacture the first-article ducts for the mock-up car, to drawing AFH-HV-3310 ind. D and "
    "according to your offer CCT-OF-24-118. Our order reference is AFH-CA-24-0877.\n\n"
    "The series ducts are not released and remain on hold until our FAI sign-off and a written "
    "production release signed by Julien Marchand, Responsable achats. No material for the series, "
    "please.\n\n"
    "Livraison souhaitée : semaine 29, quai 2, Valenciennes.\n\n"
    "Cordialement,\n"
    + sig("Claire Dubois", "Acheteuse projet", AFH, "+33 3 27 51 60 12"))
_p08_html = ("<p>Bonjour Sergio,</p><p>Please manufacture the <b>first-article ducts</b> for the mock-up car, to "
             "drawing AFH-HV-3310 ind. D and according to your offer CCT-OF-24-118. Order reference AFH-CA-24-0877.</p>"
             "<p>The series ducts are <b>not released</b> and remain on hold until our FAI sign-off and a written "
             "production release signed by Julien Marchand, Responsable achats. No material for the series, please.</p>"
             "<p>Livraison souhaitée : semaine 29, quai 2, Valenciennes.</p><p>Cordialement,<br>Claire Dubois</p>")
case("p08_afh_fai_ducts_no_qty", ["RG010"], "FAI authorization never states how many ducts; hold, event and named releaser present", [
    ("Commande_AFH-CA-24-0877.eml", eml_bytes(mail(
        "Claire Dubois <claire.dubois@af-hainaut.fr>", "Sergio Beltrán <s.beltran@conductos-turia.es>",
        "Commande AFH-CA-24-0877 — gaines CVC premier article", "Mon, 27 May 2024 08:55:00 +0200",
        _p08_txt, html=_p08_html))),
])

# p09: PO header text says 10 samples, line item says 12
case("p09_mlc_po_10_vs_12", ["RG011"], "PO header text authorizes ten (10) FAI seats, line item 12", [
    ("Pedido_MLC_4600017702.pdf", pdf([
        ("h1", "PEDIDO DE COMPRA 4600017702"),
        ("p", f"{MLC} · Calle Castilla 81 · 39009 Santander · Dpto. Compras"),
        ("p", f"Proveedor: {SVY} · Jihlava, República Checa · n.º 700214"),
        ("p", "Fecha: 10.06.2024 · Compradora: Lucía Gómez Arrieta · Renovación tranvías serie 200"),
        ("p", "Texto de cabecera: Pedido de muestras — diez (10) asientos FAI para la renovación de los "
              "tranvías serie 200. / Sample order — ten (10) FAI seats for the series-200 tram refurbishment."),
        ("table", [
            ["Pos.", "Material", "Descripción", "Cantidad", "UM", "Precio EUR", "Importe EUR"],
            ["10", "MLC-AS-0200-07", "Asiento pasajero tranvía, tapizado antivandálico — FAI", "12", "UN", "690,00", "8.280,00"],
        ]),
        ("p", "El resto de la serie (86 asientos) no está liberado y queda retenido hasta la firma del informe "
              "FAI y la liberación escrita de producción firmada por Lucía Gómez Arrieta, Jefa de Compras. "
              "Material: solo para las muestras FAI."),
        ("p", "The rest of the series (86 seats) is not released and stays on hold until the FAI report is signed "
              "off and Lucía Gómez Arrieta, Head of Purchasing, signs a written production release."),
        ("p", "Entrega: cocheras de Nueva Montaña, semana 32. Norma de fuego EN 45545-2 HL2. Pago a 60 días."),
    ], title="Pedido 4600017702", author="MLC Compras")),
])

# p10: call-off (TXT) says 2 train sets / 12 harnesses; project engineer's e-mail says 3 / 18
case("p10_drc_calloff_vs_email", ["RG011"], "call-off releases TS07-TS08 (12 nos); buyer engineer's mail says call-off is TS07-TS09 (18 nos)", [
    ("CALLOFF_04_4700021156.txt", """\
DECCAN RAIL COACH LTD                               PAGE 1 OF 1
MATERIALS DEPT - PLANT II, MEDCHAL ROAD, HYDERABAD 501401
----------------------------------------------------------------
CALL-OFF NO.      : 04
AGAINST FRAMEWORK : PO 4700021156 DT 11.03.2024
VENDOR            : 100388  SRI VENKATESA HARNESS PVT LTD
CALL-OFF DATE     : 05.08.2024
----------------------------------------------------------------
ITEM MATERIAL        DESCRIPTION                 QTY UOM DEL.DT
0010 DRC-EH-6120-B   ROOF HARNESS ASSY, PER CAR   12 NOS 27.09.24
                     (TS07 + TS08, 6 NOS EACH)
----------------------------------------------------------------
NOTES
1. PRODUCTION RELEASED BY THIS CALL-OFF: 12 NOS (TS07-TS08).
2. TS09-TS12 (24 NOS) NOT RELEASED - ON HOLD UNTIL NEXT CALL-OFF
   SIGNED BY PRIYA NAIR, SR MANAGER PROCUREMENT, AFTER LOT
   ACCEPTANCE OF TS05-TS06.
3. MATERIAL AUTHORITY: RELEASED QUANTITY ONLY.
----------------------------------------------------------------
PREPARED: K. SRINIVAS       AUTHORISED: PRIYA NAIR
""".encode()),
    ("FW_calloff_04_planning.eml", eml_bytes(mail(
        "Venkat Rao <venkat.rao@deccanrailcoach.in>", "S. Karthik <karthik.s@svharness.co.in>",
        "Call-off 04 - roof harness - planning", "Tue, 06 Aug 2024 10:18:00 +0530",
        "Dear Karthik,\n\n"
        "As discussed on phone, call-off 04 is for three train sets, TS07 to TS09, i.e. 18 nos roof "
        "harness assemblies. Please plan your crimping line accordingly and share the dispatch plan by "
        "Friday.\n\n"
        "Also please send the hi-pot test sheets of TS05 along with the lot.\n\n"
        "Thanks & regards,\n"
        + sig("Venkat Rao", "Project Engineer - MEMU", DRC, "+91 40 2714 5561"),
        cc="Priya Nair <priya.nair@deccanrailcoach.in>"))),
])

# p11: buyer's engineer waives the written release: continue straight into the balance after type test
_p11_txt = (
    "Dear Kevin,\n\n"
    "Type test of the prototype gangways is scheduled on 12 August at our Medchal test track. Our "
    "production line for rake 1 starts in September and we are short of time.\n\n"
    "So once the prototypes clear the type test, you can straightaway continue with the balance 58 "
    "gangways. No need to wait for a separate letter from Purchase, we will regularise the paperwork "
    "afterwards.\n\n"
    "Please confirm the crate dimensions for the prototypes.\n\n"
    "Regards,\n"
    + sig("Venkat Rao", "Project Engineer - MEMU", DRC, "+91 40 2714 5561") +
    "\n\n-----Original Message-----\n"
    "From: Rakesh Iyer\n"
    "Sent: Thursday, June 20, 2024 12:05 PM\n"
    "To: Kevin Liu\n"
    "Subject: PO 4700021905 - prototype gangways\n\n"
    "> Kevin,\n"
    "> PO 4700021905 covers two (2) prototype gangways only. The balance 58 gangways are not released and\n"
    "> remain on hold until the type test is signed off and I issue a written production release.\n"
    "> Material authority: 2 prototypes only.\n"
    "> Regards, Rakesh Iyer, GM Materials\n")
case("p11_drc_engineer_waives_release", ["RG007"],
     "buyer engineer tells supplier to continue into the 58 after the type test without the written release the PO requires", [
    ("RE_PO_4700021905_type_test.eml", eml_bytes(mail(
        "Venkat Rao <venkat.rao@deccanrailcoach.in>", "Kevin Liu <kevin.liu@tianrun-gangway.cn>",
        "RE: PO 4700021905 - prototype gangways / type test date", "Wed, 24 Jul 2024 18:40:00 +0530",
        _p11_txt, in_reply_to="<drc-20240620-1205@deccanrailcoach.in>"))),
])

# p12: minutes: supplier has bought sheet and insulation for all 14 trams, 2 released
case("p12_mkv_cct_minutes_material", ["RG006"],
     "minutes record supplier bought sheet and insulation for all 14 trams while call-off released 2 and no material authority was given", [
    ("Zapis_jednani_HVAC_2024-08-07.pdf", pdf([
        ("h1", "Zápis z jednání / Minutes of meeting"),
        ("p", f"HVAC potrubí / HVAC ducts — tramvaj Ostravan II · {MKV} / {CCT}"),
        ("p", "Datum / date: 07.08.2024 · Místo: Ostrava, zasedačka B2 · Zapsal: Ing. Petra Svobodová"),
        ("p", "Účast / present: Ing. Tomáš Král, Ing. Petra Svobodová, Ing. Lukáš Beneš (MKV); Sergio Beltrán (CCT, online)"),
        ("h", "1. Stav odvolávek / call-off status"),
        ("p", "Call-off 01 released two trams (TS01–TS02) = 16 ducts. Trams TS03–TS14 are not released and stay on "
              "hold until the next call-off, signed by Ing. Tomáš Král after acceptance of TS02."),
        ("h", "2. Materiál / material"),
        ("p", "CCT reported that galvanised sheet DX51D Z275 and the elastomeric insulation for all 14 trams "
              "(112 ducts) have already been bought, to lock in the July prices. MKV has not given any material "
              "authority beyond the call-off quantity; the point stays open."),
        ("h", "3. Technické body / technical"),
        ("table", [
            ["Bod", "Popis", "Odpovídá", "Termín"],
            ["3.1", "Flange gasket change to EPDM per EN 45545-2 HL3", "S. Beltrán", "30.08.2024"],
            ["3.2", "Measuring report TS01 duct 7 (out of tolerance 2 mm)", "L. Beneš", "16.08.2024"],
        ]),
        ("p", "Příští jednání / next meeting: 04.09.2024."),
    ], title="Zapis 2024-08-07", author="MKV Nakup")),
])

# p13: French letter: advance paid, therefore manufacture may start (full-quantity order)
case("p13_afh_acompte_lancement", ["RG012"], "buyer letter ties start of manufacture of the 48 panels to the advance payment", [
    ("Courrier_acompte_AFH-CA-24-0958.docx", docx_bytes([
        ("p", f"{AFH} — Direction des Achats — 12 rue de l'Industrie — 59300 Valenciennes"),
        ("p", f"À l'attention de M. Iñaki Etxeberria — {PIN} — Pamplona"),
        ("p", "Valenciennes, le 3 juillet 2024"),
        ("p", "Réf. : commande AFH-CA-24-0958 — panneaux latéraux de rechange (pièces de maintenance)"),
        ("p", "Monsieur,"),
        ("p", "Notre commande AFH-CA-24-0958 porte sur quarante-huit (48) panneaux latéraux de rechange au plan "
              "AFH-IP-2207 indice C, quantité totale, sans solde ni tranche ultérieure. Le premier article de "
              "cette référence a été réalisé en 2023."),
        ("table", [
            ["Poste", "Référence", "Quantité", "Prix unitaire HT", "Montant HT"],
            ["10", "AFH-IP-2207-C panneau latéral gauche", "24", "1 095,00 €", "26 280,00 €"],
            ["20", "AFH-IP-2207-C panneau latéral droit", "24", "1 095,00 €", "26 280,00 €"],
        ]),
        ("p", "Nous vous confirmons le virement ce jour de l'acompte de 30 % prévu à la commande, soit "
              "15 768,00 €. L'acompte étant versé, vous pouvez lancer la fabrication des 48 panneaux."),
        ("p", "Livraison souhaitée : semaine 40, DAP Valenciennes, magasin pièces de rechange."),
        ("p", "Nous vous prions d'agréer, Monsieur, nos salutations distinguées."),
        ("p", "Claire Dubois, Acheteuse projet"),
    ], author="Claire Dubois")),
])

# p14: WhatsApp chat: scope stated early, later an unscoped "adelante"
case("p14_mlc_chat_adelante", ["RG002"], "chat: after the first pilot duct photo the buyer answers 'adelante' without saying what or how many", [
    ("chat_MLC_conductos_HVAC.txt", """\
[05/06/2024, 09:12] Lucía Gómez (MLC Compras): Buenos días Sergio. Os ha llegado el pedido 4600017655?
[05/06/2024, 09:20] Sergio Beltrán (CCT): Sí, recibido. Gracias Lucía.
[05/06/2024, 09:24] Lucía Gómez (MLC Compras): Perfecto. Para que quede claro: el 4600017655 cubre solo los 6 conductos piloto para el tranvía 207. Los otros 42 quedan en espera, no se empiezan ni se compra material para ellos hasta que el ensayo de fuego esté firmado y yo os mande la liberación por escrito. — Lucía Gómez Arrieta, Jefa de Compras MLC
[05/06/2024, 09:31] Sergio Beltrán (CCT): Entendido 👍
[19/06/2024, 12:02] Sergio Beltrán (CCT): <Multimedia omitido>
[19/06/2024, 12:02] Sergio Beltrán (CCT): Primer conducto piloto soldado y aislado. ¿Cómo lo veis? ¿Seguimos?
[19/06/2024, 12:40] Lucía Gómez (MLC Compras): Lo ha visto mantenimiento. Pinta muy bien 👌
[19/06/2024, 12:41] Lucía Gómez (MLC Compras): Adelante!
[19/06/2024, 12:41] Sergio Beltrán (CCT): 👍👍
[26/06/2024, 08:05] Sergio Beltrán (CCT): Lucía, la factura del utillaje la mando a compras@ o a ti directamente?
[26/06/2024, 08:30] Lucía Gómez (MLC Compras): A compras@metroligero-cantabrico.es con el número de pedido, gracias
""".encode()),
])

# p15: Czech sample order (DOCX) with no hold, no unlock event, no release person
case("p15_mkv_svy_sample_order", ["RG003", "RG004", "RG005"],
     "sample order for 6 seats ahead of series production; never says series not released, no unlock event, no release person", [
    ("Objednavka_4510008033.docx", docx_bytes([
        ("h1", "Objednávka č. 4510008033"),
        ("p", f"Odběratel: {MKV}, Místecká 1120/301, 703 00 Ostrava"),
        ("p", f"Dodavatel: {SVY}, Brtnická 44, 586 01 Jihlava · dodavatel č. 30241"),
        ("p", "Datum: 03.06.2024 · Vyřizuje: Ing. Petra Svobodová · tel. +420 596 118 402"),
        ("p", "Předmět: vzorky sedadel pro tramvaj Ostravan II — před zahájením sériové výroby."),
        ("table", [
            ["Pol.", "Číslo dílu", "Popis", "Množství", "Cena/ks Kč", "Celkem Kč"],
            ["10", "SV-TR-0315 rev.3", "Sedadlo cestujících, polstrované — vzorek", "6 ks", "14 900,00", "89 400,00"],
        ]),
        ("p", "Objednáváme šest (6) sedadel jako vzorky pro zkoušku hořlavosti dle EN 45545-2 (HL2) a pro "
              "montáž do makety vozu. Dodání do 30. 8. 2024, DAP Ostrava, hala 4."),
        ("p", "Ke každému vzorku prosíme protokol o měření a materiálové listy. Platba 30 dní od doručení faktury."),
        ("p", "S pozdravem Ing. Petra Svobodová, nákupčí"),
    ], author="Petra Svobodova")),
])

# p16: HTML PO with the quotation summary embedded
case("p16_lrv_svy_portal_po", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 8 FAI seats shows quotation summary with 472 series seats; no hold, no event, no release person", [
    ("PO_7700-3420_portal.html", html_page("Purchase Order 7700-3420", f"""
<h2>Purchase Order 7700-3420 &nbsp;<small>rev 0</small></h2>
<p>{LRV} — Supplier portal · Vendor: {SVY} (55218) · Buyer: Geneviève Tremblay · Issued 2024-06-19</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit EUR</th><th>Need date</th></tr>
<tr><td>1</td><td>LRV-ST-1180-07</td><td>Passenger seat, commuter EMU — FAI</td><td>8</td><td>EA</td><td>1,260.00</td><td>2024-09-06</td></tr>
</table>
<h3>Quotation summary (SV-NAB-24-051)</h3>
<table>
<tr><th>Tier</th><th>Qty</th><th>Unit EUR</th><th>Lead time</th></tr>
<tr><td>FAI</td><td>8</td><td>1,260.00</td><td>10 weeks</td></tr>
<tr><td>Series</td><td>472</td><td>1,120.00</td><td>12 weeks</td></tr>
</table>
<p>Ship FCA Jihlava. Fire performance EN 45545-2 HL2. Please acknowledge this PO in the portal within 3 business days.</p>
<p>Terms: Net 45. LRV T&amp;C rev 2022-B apply.</p>
""")),
])

# p17: ERP PO: balance on hold "until further notice", release person named, no event
case("p17_drc_shk_until_further_notice", ["RG004"], "balance 22 car sets on hold 'until further notice' with named release authority but no unlock event", [
    ("PO_4700022004.txt", """\
DECCAN RAIL COACH LTD                                 PURCHASE ORDER
PLANT II, MEDCHAL ROAD, HYDERABAD 501401              NO  4700022004
                                                      DT  17.06.2024
VENDOR : 100512 SHAKTI COMPOSITES PVT LTD, CHAKAN MIDC, PUNE 410501
-----------------------------------------------------------------------
ITEM MATERIAL         DESCRIPTION                   QTY  UOM   RATE INR
0010 DRC-IP-8810-A    SALOON PANEL SET - FAI          2  SET  4,85,000.00
-----------------------------------------------------------------------
SPECIAL INSTRUCTIONS
1. THIS PO IS FOR FAI PANEL SETS: QTY 2 CAR SETS.
2. BAL. 22 CAR SETS: NOT RELEASED - ON HOLD UNTIL FURTHER NOTICE.
3. RELEASE AUTHORITY FOR THE BALANCE: RAKESH IYER, GM MATERIALS.
4. MATERIAL: FAI QUANTITY ONLY.
5. FIRE PERFORMANCE EN 45545-2 HL2; TEST REPORT WITH SUPPLY.
6. GST 18% EXTRA. PAYMENT 45 DAYS FROM RECEIPT AND ACCEPTANCE.
-----------------------------------------------------------------------
BUYER: PRIYA NAIR                        FOR DECCAN RAIL COACH LTD
""".encode()),
])

# p18: e-mail: hold and unlock event, but the release comes from "our purchasing department"
_p18_po = """\
TALLERES FERROVIARIOS DEL EBRO S.A.        PEDIDO / PURCHASE ORDER
Calle Bari 41, 50197 Zaragoza              N.º 4500381602
                                           Fecha 10.06.2024
Proveedor 200871  POMORSKIE PRZEJSCIA MIEDZYWAGONOWE SP. Z O.O.
Comprador         Raúl Pardo Lafuente
-----------------------------------------------------------------
Pos Material             Descripción                  Cant UM
010 TFE-GW-3100 rA       Pasarela intercirculación       2 UN
                         prototipo / prototype gangway
-----------------------------------------------------------------
Texto: alcance según correo de envío / scope as per cover e-mail.
Entrega DAP Zaragoza · semana 34/2024 · Pago 60 días
"""
case("p18_tfe_ppm_no_named_releaser", ["RG005"], "2 prototype gangways; 26 on hold until type test sign-off and written release from an unnamed purchasing department", [
    ("PO_4500381602_prototipos.eml", eml_bytes(mail(
        "Raúl Pardo Lafuente <rpardo@tfe-ferroviarios.es>", "Piotr Zieliński <p.zielinski@ppm-gangways.pl>",
        "PO 4500381602 — prototype gangways EMU 'Moncayo'", "Mon, 10 Jun 2024 16:20:00 +0200",
        "Dear Mr Zieliński,\n\n"
        "Please find attached PO 4500381602 (also available in our supplier portal).\n\n"
        "The PO covers two (2) prototype gangways for the type test. The remaining 26 gangways are not "
        "released and stay on hold. They will be released after the type test has been signed off, by a "
        "written production release from our purchasing department. Please buy material for the two "
        "prototypes only.\n\n"
        "Delivery of the prototypes DAP Zaragoza, week 34. The type test is planned on our test track at "
        "Plaza in week 36.\n\n"
        "Best regards,\n"
        + sig("Raúl Pardo Lafuente", "Comprador / Buyer", TFE, "+34 976 45 12 71"),
        attachments=[("PO_4500381602.txt", _p18_po, "text/plain")]))),
])

# p20: Czech SAP printout with the offer tiers in the header text; nothing about the balance
case("p20_mkv_km_sap_offer_header", ["RG001", "RG003", "RG004", "RG005"],
     "SAP sample PO (8 pcs) header repeats offer 8 samples / 184 series; no hold, no event, no release person", [
    ("OBJ_4510008077.txt", """\
Moravská kolejová vozidla a.s.        OBJEDNÁVKA / PURCHASE ORDER
Místecká 1120/301, 703 00 Ostrava     Číslo: 4510008077
                                      Datum: 12.06.2024
                                      Nákupčí: Ing. Petra Svobodová
Dodavatel: 30188  Kabeláž Morava s.r.o., Zlín
------------------------------------------------------------------------
Pol.  Materiál              Popis                    Množství  MJ  Cena/MJ CZK
00010 KM-CL-2024-131        Svazek klimatizace-vzorek   8,000  KS     4.120,00
      rev.1, výkres 7200-0184 rev 3
------------------------------------------------------------------------
Text hlavičky:
Dle Vaší nabídky NAB-24-091 ze dne 30.05.2024:
  vzorky   8 ks   à 4.120,00 Kč
  série  184 ks   à 3.640,00 Kč
Vzorky pro typovou zkoušku soupravy, dodání do 26.07.2024.
Dodací podmínka: DAP Ostrava, sklad 3. Platba 30 dní.
------------------------------------------------------------------------
Vystavil: Ing. Petra Svobodová
""".encode()),
])

# p21: supplier bought series laminate to roll straight into the series on FAI approval
_p21_txt = (
    "Dear Geneviève,\n\n"
    "Good news on the CP-3 mould: trial shots are OK and the FAI car sets will be ready on schedule.\n\n"
    "To make sure we can roll straight into the series the day your FAI approval lands, we have already "
    "bought the HPL laminate and the aluminium honeycomb for all 120 car sets. These are long-lead items "
    "(11 weeks) and the price was good this month.\n\n"
    "Best regards,\n"
    + sig("Wang Jun", "Production Manager", CHT, "+86 519 8690 2240") +
    "\n\n-----Original Message-----\n"
    "From: Geneviève Tremblay <gtremblay@laurentianrail.ca>\n"
    "Sent: 2024-06-14 09:31\n"
    "Subject: PO 7700-3398\n\n"
    "> Lily, Wang,\n"
    "> PO 7700-3398 releases four (4) FAI car sets only. The 116 series car sets are not released and stay\n"
    "> on hold until LRV Quality signs off the FAI report and Mark Sullivan, Director Supply Chain, signs a\n"
    "> written production release. Material authority: FAI quantity only.\n"
    "> Geneviève\n")
case("p21_cht_laminate_roll_straight", ["RG006", "RG007"],
     "supplier bought laminate for all 120 car sets and plans to roll into the series on FAI approval; buyer scope (quoted) says FAI-only material", [
    ("RE_PO_7700-3398_material.eml", eml_bytes(mail(
        "Wang Jun <wang.jun@hengtai-rail.cn>", "Geneviève Tremblay <gtremblay@laurentianrail.ca>",
        "RE: PO 7700-3398 — CP-3 mould / material", "Thu, 11 Jul 2024 09:44:00 +0800",
        _p21_txt, cc="Lily Zhang <lily.zhang@hengtai-rail.cn>", in_reply_to="<lrv-20240614-0931@laurentianrail.ca>"))),
])

# p22: supplier order confirmation turns a forecast into an order and buys material for it
case("p22_svh_oc_forecast", ["RG006", "RG008"],
     "supplier confirms the operator's forecast as an order for 216 harnesses and orders raw material for all of it", [
    ("OC_SVH_24-25_0419.pdf", pdf([
        ("h1", "ORDER CONFIRMATION OC/SVH/24-25/0419"),
        ("p", f"{SVH} · Plot 14, SIPCOT Industrial Park, Irungattukottai, Chennai 602117 · GSTIN 33AAKCS4417M1Z2"),
        ("p", f"To: {NMRC}, Rolling Stock Depot, Stores Section · Kind attn. Mr. S. Raghavan · Date: 14.06.2024"),
        ("p", "Ref.: your spares demand forecast for calendar year 2025 dated 03.06.2024"),
        ("p", "Dear Sir, with reference to your 2025 forecast we are pleased to confirm your order as below."),
        ("table", [
            ["Sl.", "Part no.", "Description", "Qty", "Rate INR", "Value INR"],
            ["1", "NMRC-EH-2210", "Saloon lighting harness (6 per train set), 36 train sets", "216 nos", "18,450.00", "39,85,200.00"],
        ]),
        ("p", "Raw material (FRLS cable to EN 50264, Harting connectors) has been ordered for the full quantity "
              "so that deliveries can start in January 2025."),
        ("p", "Delivery: 18 nos per month from January 2025. Payment: 30 days. Taxes extra as applicable."),
        ("p", "For Sri Venkatesa Harness Pvt Ltd — S. Karthik, Manager Sales & Planning"),
    ], title="OC/SVH/24-25/0419", author="SVH")),
])

# p23: "released" used for the FAI/technical sign-off and for the production release
_p23_txt = (
    "Piotr,\n\n"
    "Good news: the two prototype gangways are released. Our engineering signed off the FAI report and "
    "the type test results yesterday.\n\n"
    "Production release for the 58 series gangways is a separate step. They remain on hold until Mark "
    "Sullivan signs the written production release, which we expect after the car body interface check "
    "on train set 1 in week 40.\n\n"
    "Please send the prototype NCR closure by Friday.\n\n"
    "Thanks,\n"
    + sig("Geneviève Tremblay", "Senior Buyer", LRV, "+1 418 856 3300"))
case("p23_lrv_ppm_released_twice", ["RG009"],
     "'released' used for the prototypes' technical sign-off and for production release of the 58 series gangways", [
    ("RELEASED_prototype_gangways_7700-3475.eml", eml_bytes(mail(
        "Geneviève Tremblay <gtremblay@laurentianrail.ca>", "Piotr Zieliński <p.zielinski@ppm-gangways.pl>",
        "RELEASED – prototype gangways, PO 7700-3475", "Wed, 18 Sep 2024 08:12:00 -0400",
        _p23_txt, cc="Mark Sullivan <msullivan@laurentianrail.ca>",
        html="<p>Piotr,</p><p>Good news: the two prototype gangways are <b>released</b>. Our engineering signed off "
             "the FAI report and the type test results yesterday.</p><p>Production release for the 58 series "
             "gangways is a separate step. They remain on hold until Mark Sullivan signs the written production "
             "release, expected after the car body interface check on train set 1 in week 40.</p>"
             "<p>Please send the prototype NCR closure by Friday.</p><p>Thanks,<br>Geneviève</p>"))),
])

# p24: operator work order (HTML) without any quantity of pre-series kits
case("p24_nmrc_work_order_no_qty", ["RG010"],
     "work order authorises pre-series kits 'as per trial plan' (not in bundle), no quantity; hold, event, named releaser present", [
    ("NMRC_work_order_RS-WO-24-0088.html", html_page("Work order RS-WO-24-0088", f"""
<h2>Work Order RS-WO-24-0088 — pre-series refurbishment panels</h2>
<table>
<tr><th>Issued by</th><td>{NMRC}, Rolling Stock Division</td></tr>
<tr><th>Contractor</th><td>{SHK}, Pune</td></tr>
<tr><th>Reference</th><td>LOI NMRC/RS/LOI/2024/07; offer SC/NMRC/24/033 rev 2</td></tr>
<tr><th>Date</th><td>22.07.2024</td></tr>
</table>
<p>NMRC hereby authorises Shakti Composites to manufacture the pre-series saloon panel kits for the trial train,
car sets as per the trial plan, to drawing NMRC-IP-3300 rev 4 and fire performance EN 45545-2 HL2.</p>
<p class="note">The series kits are not released and stay on hold. They will be released only after the trial train
has completed its 5,000 km trial run without panel defects, by a written production release issued by Anil Kapoor,
Chief Engineer (Rolling Stock). Material may be procured for the pre-series kits only.</p>
<p>Inspection: stage inspection by NMRC QA at Chakan before dispatch. Delivery: NMRC depot, within 10 weeks.</p>
""")),
])

# p25: Spanish e-mail says eight FAI ducts, attached PO says six
_p25_po = pdf([
    ("h1", "PEDIDO DE COMPRA 4500381488"),
    ("p", f"{TFE} · Compras HVAC · Zaragoza · Fecha 25.06.2024"),
    ("p", f"Proveedor: {CCT} · n.º 200533 · Oferta CCT-OF-24-140"),
    ("table", [
        ["Pos.", "Material", "Descripción", "Cant.", "UM", "Precio EUR", "Importe EUR"],
        ["10", "TFE-HV-7750-03 rev A", "Conducto de impulsión, coche extremo — FAI", "6", "UN", "812,00", "4.872,00"],
    ]),
    ("p", "Alcance: este pedido libera solo las unidades FAI indicadas en la posición 10. El resto de la serie "
          "(42 conductos) no está liberado y queda retenido hasta la firma del informe FAI y la liberación escrita "
          "de producción firmada por Alberto Sanz Gil, Jefe de Compras HVAC. Material: solo cantidad FAI."),
    ("p", "Entrega DAP Zaragoza, puerta 3, semana 30/2024."),
], title="PO 4500381488", author="TFE Compras")
case("p25_tfe_cct_eight_vs_six", ["RG011"], "e-mail says eight (8) FAI ducts, attached PO line says 6", [
    ("Pedido_4500381488.eml", eml_bytes(mail(
        "Alberto Sanz Gil <asanz@tfe-ferroviarios.es>", "Sergio Beltrán <s.beltran@conductos-turia.es>",
        "Pedido 4500381488 — conductos FAI coche extremo", "Tue, 25 Jun 2024 13:05:00 +0200",
        "Hola Sergio:\n\n"
        "Adjunto el pedido 4500381488 de ocho (8) conductos FAI para el coche extremo, según vuestra oferta "
        "CCT-OF-24-140. Como siempre, la serie sigue retenida hasta que firmemos el FAI y yo os mande la "
        "liberación escrita.\n\n"
        "Necesitamos los FAI en Zaragoza en la semana 30 sin falta, porque la maqueta se monta en la 31.\n\n"
        "Un saludo,\n"
        + sig("Alberto Sanz Gil", "Jefe de Compras HVAC", TFE, "+34 976 45 12 88"),
        attachments=[("PO_4500381488.pdf", _p25_po, PDF_MT)]))),
])

# p26: Teams chat: supplier reads the PO acknowledgement as authority for the full job and books copper
case("p26_drc_svh_chat_ack", ["RG006", "RG012"],
     "supplier treats the Ariba PO acknowledgement as opening the full 72-harness job and books copper for all; buyer scope was 12 samples", [
    ("Teams_chat_DRC_SVH_export.txt", """\
Microsoft Teams chat export — "DRC / SVH – cab harness"
----------------------------------------------------------------------
Priya Nair (DRC)  03-07-2024 10:41
Karthik, PO 4700022110 is now in Ariba. It is for 12 sample cab harnesses (TS01 cab set) only.
Bal. 60 nos are NOT released, on hold till FAI sign-off and my written release. Material: sample qty only.

S. Karthik (SVH)  03-07-2024 10:52
Noted ma'am. Will acknowledge in Ariba today.

S. Karthik (SVH)  09-07-2024 16:05
Ma'am, PO acknowledged in Ariba yesterday, so as per our system the full job of 72 harnesses is opened
and planning has loaded it. We have also booked copper for all 72 with our cable vendor.

S. Karthik (SVH)  09-07-2024 16:06
Sample lot dispatch planned 26-07.

Priya Nair (DRC)  09-07-2024 16:30
Karthik pls call me before doing anything further.
----------------------------------------------------------------------
""".encode()),
])

# p27: DOCX PO with a "quoted series quantity" line, no hold / event / person
case("p27_nmrc_qtr_po_series_line", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 2 prototype bellows sets lists quoted series quantity 38 sets without saying it is not released; no event, no release person", [
    ("NMRC_PO_RS-24-0398.docx", docx_bytes([
        ("h1", "Purchase Order NMRC/RS/24/0398"),
        ("p", f"{NMRC} · Rolling Stock Division · GST 24AABCN5521K1ZQ"),
        ("p", f"Supplier: {QTR}, No. 77 Huashan Road, Jimo District, Qingdao, P.R. China"),
        ("p", "Date: 15.05.2024 · Subject: gangway bellows replacement, mid-life overhaul of train sets TS01–TS20"),
        ("table", [
            ["S. No.", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "Prototype gangway bellows set QT-GB-450 rev B, incl. fitment support", "2 sets", "7,900.00", "15,800.00"],
            ["2", "Quoted series quantity (ref. QT-TR-24-066)", "38 sets", "6,450.00", "—"],
        ]),
        ("p", "Delivery of prototype sets: CIF Mundra port, within 12 weeks from the date of this PO."),
        ("p", "Inspection: pre-dispatch inspection by NMRC nominee at Qingdao; fitment trial at NMRC depot."),
        ("p", "Payment: 100 % against documents through LC at sight. Warranty: 36 months from fitment."),
        ("p", "For Narmada Metro Rail Corporation Ltd — S. Raghavan, Dy. General Manager (Procurement)"),
    ], author="NMRC Procurement")),
])

# p28: operator: "You're good to run" after a mock-up review (multipart/alternative); quoted own scope
_p28_txt = (
    "Hi Jana,\n\n"
    "Our maintenance team finished the review of the trial cushion on car 104 this morning: fit, colour "
    "and the vandal-resistant seam all look right, and the flammability paperwork is on file.\n\n"
    "You're good to run.\n\n"
    "Cheers,\n"
    + sig("Daniel Okafor", "Manager Fleet Procurement", FVTA, "+1 604 532 7710") +
    "\n\nOn Tue, Jun 4, 2024 at 9:12 AM Daniel Okafor <dokafor@fvta.example.ca> wrote:\n"
    "> Hi Jana,\n"
    "> PO 7100-2290 is for six (6) trial cushions FVTA-ST-2201 for the in-service trial on car 104.\n"
    "> The other 234 cushions of the retrofit are not released and stay on hold until the 30-day\n"
    "> in-service trial is signed off and I send you a written production release.\n"
    "> Material for the 6 trial cushions only, please.\n"
    "> Daniel\n")
_p28_html = ("<p>Hi Jana,</p><p>Our maintenance team finished the review of the trial cushion on car 104 this morning: "
             "fit, colour and the vandal-resistant seam all look right, and the flammability paperwork is on file.</p>"
             "<p><b>You're good to run.</b></p><p>Cheers,<br>Dan</p>"
             "<blockquote>PO 7100-2290 is for six (6) trial cushions FVTA-ST-2201 for the in-service trial on car 104. "
             "The other 234 cushions of the retrofit are not released and stay on hold until the 30-day in-service "
             "trial is signed off and I send you a written production release. Material for the 6 trial cushions only, "
             "please.<br>Daniel</blockquote>")
case("p28_fvta_good_to_run", ["RG002"],
     "operator writes \"You're good to run\" after trial-cushion review without saying what or how many; quoted own scope complete", [
    ("RE_trial_cushion_car_104.eml", eml_bytes(mail(
        "Daniel Okafor <dokafor@fvta.example.ca>", "Jana Černá <cerna@sedadla-vysocina.cz>",
        "Re: PO 7100-2290 trial cushions - car 104", "Tue, 09 Jul 2024 10:40:00 -0700",
        _p28_txt, html=_p28_html, in_reply_to="<fvta-20240604-0912@fvta.example.ca>"))),
])

# p29: variation order contradicts its own written-release clause
case("p29_tfe_pin_vo_continue", ["RG007"],
     "VO says balance needs written release by named manager, then says supplier shall continue into the 232 kits upon successful FAI", [
    ("VO-05_PO_4500381100.docx", docx_bytes([
        ("h1", "Variation Order VO-05 to PO 4500381100"),
        ("p", f"Buyer: {TFE} · Supplier: {PIN} · Date: 08.07.2024"),
        ("p", "Subject: interior panel kits TFE-IP-5100, EMU 'Moncayo' — change of window-surround radius "
              "(drawing TFE-IP-5100 rev D replaces rev C)"),
        ("h", "1. Scope of PO 4500381100 after this variation"),
        ("p", "The PO covers eight (8) FAI panel kits to rev D. Price per FAI kit unchanged (EUR 6.420,00)."),
        ("h", "2. Balance"),
        ("p", "The balance of 232 panel kits remains not released and on hold. It will be released only by a "
              "written production release signed by Marta Ibáñez Soler, Purchasing Manager Interiors, after "
              "the FAI report has been signed off."),
        ("h", "3. Price and delivery of the variation"),
        ("table", [
            ["Item", "Change", "Amount EUR"],
            ["VO-05.1", "New mould insert, window-surround R45", "7.800,00"],
            ["VO-05.2", "Re-inspection of FAI kits to rev D", "1.150,00"],
        ]),
        ("h", "4. Milestones"),
        ("p", "Upon successful FAI of the 8 kits, the Supplier shall continue without interruption into series "
              "manufacture of the remaining 232 kits, so that contractual milestone M3 (delivery of train set "
              "TS01) is kept."),
        ("p", "All other terms of PO 4500381100 remain unchanged."),
        ("p", "For TFE: Raúl Pardo Lafuente, Buyer · For PIN: Iñaki Etxeberria, Sales Manager"),
    ], author="TFE Compras")),
])

# p30: Teams chat (Czech): supplier already bought frames and foam for all 96 seats
case("p30_mkv_svy_chat_frames", ["RG006"], "supplier bought frames and foam for all 96 seats while 6 samples released, sample-only material", [
    ("Teams_MKV_Sedadla_export.txt", """\
Export chatu Microsoft Teams — "MKV / Sedadla Vysočina – Ostravan II"
======================================================================
Petra Svobodová (MKV)  11.06.2024 09:05
Dobrý den, objednávka 4510008046: 6 sedadel jako vzorky na zkoušku hořlavosti a do makety.
Série 90 ks není uvolněna, zůstává blokovaná do podpisu protokolu ze zkoušky a písemného
uvolnění, které podepíše Ing. Tomáš Král. Materiál nakupujte jen na 6 vzorků, prosím.

Jan Dvořák (Sedadla Vysočina)  11.06.2024 09:40
Dobrý den, rozumím, děkuji.

Jan Dvořák (Sedadla Vysočina)  02.07.2024 14:12
Vzorky budou hotové 19.7. Pro jistotu jsme už nakoupili rámy a pěnu na všech 96 sedadel,
dodavatel pěny má teď dlouhé lhůty (14 týdnů).

Petra Svobodová (MKV)  02.07.2024 14:30
To jsme neodsouhlasili. Probereme ve čtvrtek na poradě, zatím nic dalšího neobjednávejte.

Jan Dvořák (Sedadla Vysočina)  02.07.2024 14:33
OK
======================================================================
""".encode()),
])

# p31: HTML PO: line qty 3 FAI car sets, note says four (4)
case("p31_lrv_shk_portal_3_vs_4", ["RG011"], "portal PO line authorizes 3 FAI car sets, scope note says four (4)", [
    ("PO_7700-3466_portal.html", html_page("Purchase Order 7700-3466", f"""
<h2>Purchase Order 7700-3466 &nbsp;<small>rev 0</small></h2>
<p>{LRV} — Supplier portal · Vendor: {SHK} (401230) · Buyer: Geneviève Tremblay · Issued 2024-07-08</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit USD</th><th>Need date</th></tr>
<tr><td>1</td><td>LRV-IP-4460-01</td><td>Vestibule panel car set — FAI</td><td>3</td><td>SET</td><td>8,950.00</td><td>2024-10-04</td></tr>
</table>
<div class="note"><b>Scope note.</b> This PO releases the four (4) FAI car sets only. The series car sets quoted in
SC/LRV/24/019 are not released and stay on hold until LRV Quality signs off the FAI report and Mark Sullivan,
Director Supply Chain, signs a written production release. Material authority: FAI quantity only.</div>
<p>Ship DAP La Pocatière. Fire performance EN 45545-2 HL2. Terms: Net 45.</p>
""")),
])

# p32: ERP forecast printout labelled firm and non-cancellable
case("p32_mlc_prevision_firme", ["RG008"], "ERP forecast printout states forecast quantities are a firm, non-cancellable order", [
    ("PREVISION_2025_MLC_SVY.txt", """\
METRO LIGERO CANTABRICO S.A.                      DEPARTAMENTO DE COMPRAS
PREVISION DE NECESIDADES / DEMAND FORECAST 2025         FECHA 02.09.2024
PROVEEDOR 700214  SEDADLA VYSOCINA S.R.O.
-------------------------------------------------------------------------
MATERIAL        DESCRIPCION                   T1    T2    T3    T4   TOTAL
MLC-AS-0200-07  ASIENTO PASAJERO TRANVIA      24    24    24    24      96
MLC-AS-0200-11  ASIENTO PMR ABATIBLE           4     4     4     4      16
MLC-AS-0200-90  KIT TAPIZADO REPUESTO         40    40    40    40     160
-------------------------------------------------------------------------
OBSERVACIONES / REMARKS
LAS CANTIDADES DE ESTA PREVISION SE CONSIDERAN PEDIDO FIRME Y NO
CANCELABLE PARA 2025.
THE QUANTITIES OF THIS FORECAST ARE A FIRM, NON-CANCELLABLE ORDER FOR 2025.
ENTREGAS TRIMESTRALES SEGUN LLAMADAS DE ENTREGA / QUARTERLY DELIVERIES
PER CALL-OFF.
-------------------------------------------------------------------------
CONTACTO: LUCIA GOMEZ ARRIETA  +34 942 31 77 05
""".encode()),
])

# p33: French/English PDF order with the offer reminder; nothing about the balance
case("p33_afh_ppm_bdc_rappel_offre", ["RG001", "RG003", "RG004", "RG005"],
     "order for 2 prototype bellows with offer reminder 38 series; no hold, no event, no release person", [
    ("BDC_AFH-CA-24-0790.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER AFH-CA-24-0790"),
        ("p", f"{AFH} — 12 rue de l'Industrie — 59300 Valenciennes — SIRET 412 887 301 00026"),
        ("p", f"Fournisseur / supplier : {PPM} — Gdańsk — Pologne"),
        ("p", "Date : 18/06/2024 · Acheteuse : Claire Dubois · Affaire : tram-train 'Escaut'"),
        ("table", [
            ["Poste", "Article", "Désignation", "Qté", "PU HT", "Montant HT"],
            ["10", "AFH-GW-1204-A", "Soufflet d'intercirculation prototype / prototype bellows", "2", "21 400,00 €", "42 800,00 €"],
        ]),
        ("h", "Rappel de votre offre PPM-OF-24-207 / your offer"),
        ("table", [
            ["Tranche", "Quantité", "PU HT", "Délai"],
            ["Prototypes", "2", "21 400,00 €", "12 semaines"],
            ["Série", "38", "16 900,00 €", "14 semaines"],
        ]),
        ("p", "Livraison : DAP Valenciennes, quai 4, semaine 36. Essai feu EN 45545-2 HL3 à fournir."),
        ("p", "Paiement : 60 jours fin de mois. CGA-AFH-2021 applicables."),
    ], title="AFH-CA-24-0790", author="AFH Achats")),
])

# p34: SAP PDF: "release" = PO release strategy (commercial) and production release; "approval" twice
case("p34_drc_sap_release_status", ["RG009"],
     "PO printout uses 'released'/'approval' for the SAP commercial release strategy and 'release'/'approval' for production release and FAI", [
    ("PO_4700022150_print.pdf", pdf([
        ("h1", "PURCHASE ORDER 4700022150"),
        ("p", f"{DRC} · Plant II, Medchal Road, Hyderabad 501401"),
        ("p", f"Vendor 100388 {SVH}, Chennai"),
        ("table", [
            ["PO date", "Release status", "Release strategy", "Approved by"],
            ["19.07.2024", "RELEASED", "R2 — commercial approval, level 2", "Rakesh Iyer, GM Materials"],
        ]),
        ("sp",),
        ("table", [
            ["Item", "Material", "Description", "Qty", "UoM", "Rate INR", "Value INR"],
            ["0010", "DRC-EH-6180-A", "Underframe harness assy — FAI", "12", "NOS", "22,300.00", "2,67,600.00"],
        ]),
        ("p", "Special instructions: this PO covers 12 nos FAI harnesses only. The balance 60 nos is not released "
              "and remains on hold. Production release of the balance will be given only after FAI approval, by a "
              "written release signed by Rakesh Iyer, GM Materials. Material: FAI quantity only."),
        ("p", "Payment: 45 days from receipt and acceptance. GST extra."),
    ], title="PO 4700022150", author="DRC SAP")),
])

# p35: Spanish e-mail: advance paid, so start the 24 panels — attached PO is for 20 (full quantity)
_p35_po = pdf([
    ("h1", "PEDIDO DE COMPRA 4500381690"),
    ("p", f"{TFE} · Compras Interiores · Zaragoza · Fecha 01.07.2024"),
    ("p", f"Proveedor: {PIN} · n.º 200612 · Oferta PIN-OF-24-081"),
    ("table", [
        ["Pos.", "Material", "Descripción", "Cant.", "UM", "Precio EUR", "Importe EUR"],
        ["10", "TFE-IP-5120-02 rev B", "Panel de techo, repuesto mantenimiento", "20", "UN", "1.240,00", "24.800,00"],
    ]),
    ("p", "Pedido de cantidad total: veinte (20) paneles de repuesto. No hay saldo ni entregas posteriores."),
    ("p", "Condiciones: anticipo 40 % a la firma, resto a 60 días de la entrega. Entrega DAP Zaragoza, semana 38."),
], title="PO 4500381690", author="TFE Compras")
case("p35_tfe_pin_anticipo_24", ["RG011", "RG012"],
     "buyer: advance paid so start the 24 panels; attached full-quantity PO is for 20", [
    ("Anticipo_pedido_4500381690.eml", eml_bytes(mail(
        "Marta Ibáñez Soler <mibanez@tfe-ferroviarios.es>", "Iñaki Etxeberria <inaki.etxeberria@pin-navarra.es>",
        "Pedido 4500381690 — anticipo pagado", "Fri, 05 Jul 2024 12:15:00 +0200",
        "Hola Iñaki:\n\n"
        "Ya hemos pagado el anticipo del 40 % de vuestra factura proforma (transferencia de hoy, ref. "
        "BSCH-240705-0381), así que podéis arrancar con los 24 paneles de techo.\n\n"
        "Te adjunto otra vez el pedido por si no lo tenéis a mano. Entrega en la semana 38, por favor.\n\n"
        "Saludos,\n"
        + sig("Marta Ibáñez Soler", "Jefa de Compras Interiores", TFE, "+34 976 45 12 60"),
        attachments=[("PO_4500381690.pdf", _p35_po, PDF_MT)]))),
])

# p36: HTML call-off without a quantity
case("p36_tfe_fsb_calloff_no_qty", ["RG010"],
     "call-off releases seats 'for the next train sets per master schedule' without stating a quantity; hold, event and named person present", [
    ("Calloff_06_CM-2024-FSB-01.html", html_page("Call-off no. 6 — seats", f"""
<h2>Pedido de entrega n.º 6 / Call-off no. 6</h2>
<p>Contrato marco CM-2024-FSB-01 · {TFE} → {FSB} · 29.07.2024</p>
<table>
<tr><th>Pos.</th><th>Material</th><th>Descripción</th><th>Trenes</th><th>Entrega</th></tr>
<tr><td>10</td><td>TFE-SE-2210-01 rev C</td><td>Asiento doble / double seat</td><td>próximos trenes según programa maestro MS-RE-2024 rev 7 / next train sets per master schedule MS-RE-2024 rev 7</td><td>según programa</td></tr>
</table>
<p class="note">Este pedido de entrega libera los asientos de los próximos trenes según el programa maestro. El resto
del contrato no está liberado y queda retenido hasta el próximo pedido de entrega, que firmará Marta Ibáñez Soler,
Jefa de Compras Interiores, tras la aceptación del lote anterior.<br>
This call-off releases the seats for the next train sets per the master schedule. The rest of the contract is not
released and stays on hold until the next call-off, signed by Marta Ibáñez Soler after acceptance of the previous lot.</p>
""", lang="es")),
])

# p37: supplier quotation terms: FAI approval constitutes authorisation for the series
case("p37_qtr_quote_terms_autoconv", ["RG007"],
     "supplier quote terms say buyer's FAI approval authorises the 58-set series with no further release", [
    ("Quotation_QT-TR-24-071.pdf", pdf([
        ("h1", "QUOTATION QT-TR-24-071"),
        ("p", f"{QTR} · No. 77 Huashan Road, Jimo District, Qingdao · Tel +86 532 8801 4400"),
        ("p", f"To: {DRC}, Materials Dept., Attn. Mr. Rakesh Iyer · Date: 2024-05-28 · Validity: 90 days"),
        ("p", "Subject: inter-car gangways for MEMU 8-car rakes, DRC drawing DRC-GW-2200 rev 03"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
            ["1", "Prototype gangway incl. type test support", "2 sets", "24,600.00", "12 weeks"],
            ["2", "Series gangway", "58 sets", "17,950.00", "16 weeks"],
        ]),
        ("h", "Terms and conditions"),
        ("p", "1. Prices CIF Chennai, USD. 2. Payment: 30 % T/T advance, 70 % against B/L copy. "
              "3. Bellows fabric EN 45545-2 HL3 certified. 4. Warranty 24 months after delivery. "
              "5. Packing: seaworthy steel frames."),
        ("p", "6. Buyer's approval of the prototype FAI shall constitute authorisation to manufacture the series "
              "quantity (58 sets); no further purchase order or release is required."),
        ("p", "Kevin Liu, Project Manager Export"),
    ], title="QT-TR-24-071", author="Tianrun Sales")),
])

# p38: chat: buyer's project manager tells supplier the 148 can go straight after type test
case("p38_mkv_km_chat_pustit", ["RG007"],
     "buyer project manager says remaining 148 looms can go into production as soon as samples pass type test, paperwork later; pinned scope requires written release", [
    ("WhatsApp_MKV_KM_svazky.txt", """\
[04.06.24 8:10] Petra Svobodová (MKV nákup): 📌 Objednávka 4510008140: 10 vzorků svazku KM-CL-2024-131. Zbylých 148 ks NENÍ uvolněno – uvolní je písemně Ing. Tomáš Král po podpisu protokolu z typové zkoušky. Materiál jen na 10 vzorků.
[04.06.24 8:22] Radek Hrubý (Kabeláž Morava): Rozumím, děkuji.
[17.07.24 15:47] Radek Hrubý (Kabeláž Morava): Vzorky jsou hotové, zítra je vezeme do Ostravy na typovou zkoušku.
[17.07.24 16:03] Martin Pospíšil (MKV projekt): Díky Radku. Kvůli termínu soupravy 3: jak jen vzorky projdou typovou zkouškou, těch zbylých 148 můžete rovnou pustit do výroby, papíry dořešíme potom.
[17.07.24 16:05] Martin Pospíšil (MKV projekt): (= as soon as the samples pass the type test, put the other 148 straight into production, we'll sort the paperwork out afterwards)
[17.07.24 16:10] Radek Hrubý (Kabeláž Morava): OK, naplánujeme.
""".encode()),
])

# p39: supplier e-mail (with HTML call-off attached): connectors bought for TS09-TS12 while TS09-TS10 released
_p39_calloff = html_page("Call-off 05 — 4700021156", """
<h2>CALL-OFF NO. 05 against framework PO 4700021156</h2>
<p>Deccan Rail Coach Ltd → Sri Venkatesa Harness Pvt Ltd (100388) · 02.09.2024</p>
<table>
<tr><th>Item</th><th>Material</th><th>Description</th><th>Qty</th><th>Delivery</th></tr>
<tr><td>0010</td><td>DRC-EH-6120-B</td><td>Roof harness assy, per car (TS09 + TS10)</td><td>12 NOS</td><td>25.10.2024</td></tr>
</table>
<p class="note">1. Production released by this call-off: 12 nos (TS09–TS10).<br>
2. TS11–TS12 (12 nos) not released — on hold until the next call-off, signed by Priya Nair, Sr Manager Procurement,
after lot acceptance of TS07–TS08.<br>
3. Material authority: released quantity only (12 nos).</p>
""")
case("p39_svh_connectors_ts12", ["RG006"],
     "supplier procured cable and connectors for 24 harnesses (TS09-TS12) while call-off released 12 with material authority for released quantity only", [
    ("Call-off_05_material_status.eml", eml_bytes(mail(
        "S. Karthik <karthik.s@svharness.co.in>", "Priya Nair <priya.nair@deccanrailcoach.in>",
        "Call-off 05 / roof harness - material status", "Wed, 04 Sep 2024 11:30:00 +0530",
        "Dear Madam,\n\n"
        "Thank you for call-off 05 (copy attached for reference). Production of TS09-TS10 starts on 16-09.\n\n"
        "Kindly note that we have procured the complete FRLS cable and Harting connectors for TS09 to TS12, "
        "i.e. 24 harnesses, since the connector lead time is now 26 weeks and we did not want to hold your "
        "rakes.\n\n"
        "Hi-pot test sheets of TS07 lot will be sent with the invoice.\n\n"
        "Thanks & regards,\n"
        + sig("S. Karthik", "Manager Sales & Planning", SVH, "+91 44 2715 6630"),
        attachments=[("CallOff_05_4700021156.html", _p39_calloff, "text/html")]))),
])

# p40: PO says 12 FAI seats; supplier acknowledgement confirms 10
case("p40_tfe_fsb_po_vs_ack", ["RG011"], "PO authorizes 12 FAI seats; supplier order acknowledgement confirms 10 FAI seats", [
    ("PO_4500381777.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500381777"),
        ("p", f"{TFE} · Calle Bari 41 · 50197 Zaragoza"),
        ("p", f"Supplier: 200417 {FSB} · Date: 03.07.2024 · Buyer: Raúl Pardo Lafuente"),
        ("table", [
            ["Item", "Part no.", "Description", "Qty", "Unit", "Price EUR"],
            ["10", "TFE-SE-2260-01 rev A", "Driver's cab seat — FAI", "12", "pcs", "2.940,00"],
        ]),
        ("p", "Scope: twelve (12) FAI cab seats only. The series (36 seats) is not released and stays on hold until "
              "the FAI report is signed off and Marta Ibáñez Soler, Purchasing Manager Interiors, signs a written "
              "production release. Material authority: FAI quantity only."),
        ("p", "Delivery DAP Zaragoza, gate 3, week 35/2024. Payment 60 days."),
    ], title="PO 4500381777", author="TFE Compras")),
    ("Potwierdzenie_zamowienia_4500381777.docx", docx_bytes([
        ("h1", "Potwierdzenie zamówienia / Order acknowledgement"),
        ("p", f"{FSB} · Bydgoszcz, 05.07.2024 · Nr ref. FSB/PZ/24/0617"),
        ("p", f"Customer: {TFE} · Your PO: 4500381777 of 03.07.2024"),
        ("table", [
            ["Poz.", "Indeks", "Opis / description", "Ilość / qty", "Termin / delivery"],
            ["1", "TFE-SE-2260-01 rev A", "Fotel maszynisty / driver's cab seat — FAI", "10 szt.", "tydz. 35/2024"],
        ]),
        ("p", "We confirm your PO for ten (10) FAI cab seats. We note that the series is not released and that we "
              "will wait for the written production release from Ms Marta Ibáñez Soler."),
        ("p", "Z poważaniem / Kind regards, Katarzyna Wiśniewska, Key Account Manager"),
    ], author="FSB Sales")),
])

# p41: Czech ERP: header text six (6) samples; line 8,000 KS (= 8 pcs)
case("p41_mkv_svy_sest_vs_8", ["RG011"], "header text authorizes six (6) samples; line item 8,000 KS (= 8 pcs in Czech notation)", [
    ("OBJ_4510008199.txt", """\
Moravská kolejová vozidla a.s.        OBJEDNÁVKA / PURCHASE ORDER
Místecká 1120/301, 703 00 Ostrava     Číslo: 4510008199
                                      Datum: 29.07.2024
                                      Nákupčí: Ing. Petra Svobodová
Dodavatel: 30241  Sedadla Vysočina s.r.o., Jihlava
------------------------------------------------------------------------
Pol.  Materiál              Popis                    Množství  MJ  Cena/MJ CZK
00010 SV-TR-0322            Sedadlo sklopné-vzorek      8,000  KS    12.600,00
      rev.2, výkres 9100-0322 rev 5
------------------------------------------------------------------------
Text hlavičky:
Předmět: šest (6) vzorků sklopného sedadla pro maketu vozu.
Série (72 ks) není uvolněna a zůstává blokována, dokud nebude
podepsán protokol z makety a Ing. Tomáš Král, vedoucí nákupu,
nevydá písemné uvolnění výroby. Materiál pouze pro vzorky.
Dodací podmínka: DAP Ostrava, hala 4. Platba 30 dní.
------------------------------------------------------------------------
Vystavil: Ing. Petra Svobodová
""".encode()),
])

# p42: supplier order confirmation: PO acceptance releases manufacture, series auto-start, series material bought
case("p42_ppm_oc_gtc_autostart", ["RG006", "RG007", "RG012"],
     "supplier OC: PO acceptance releases manufacture, series of 26 starts automatically on FAI approval, bellows material for all 28 ordered", [
    ("OC-24-0388_PPM.pdf", pdf([
        ("h1", "ORDER CONFIRMATION OC-24-0388"),
        ("p", f"{PPM} · ul. Marynarki Polskiej 96 · 80-557 Gdańsk · NIP 583-31-20-447"),
        ("p", f"Customer: {TFE} · Your PO: 4500381650 of 12.06.2024 · Date: 17.06.2024"),
        ("table", [
            ["Pos.", "Description", "Qty", "Unit price EUR", "Delivery"],
            ["1", "Prototype gangway TFE-GW-3100 rev A", "2", "44.700,00", "week 34/2024"],
        ]),
        ("p", "In accordance with § 4 of our General Terms of Sale, acceptance of the purchase order releases the "
              "order for manufacture."),
        ("p", "To meet your contractual milestone for train set 1, manufacture of the 26 series gangways will "
              "start automatically upon your FAI approval of the prototypes. Bellows fabric and aluminium "
              "profiles for all 28 gangways have been ordered with this confirmation."),
        ("p", "Payment: 45 days. Delivery FCA Gdańsk. Our General Terms of Sale 2023 apply."),
        ("p", "Piotr Zieliński, Key Account Manager"),
    ], title="OC-24-0388", author="PPM")),
])

# p43: forecast e-mail with CSV attachment: Q3 lines "should be treated as a firm order"
_p43_csv = """\
FORECAST - Laurentian Rail Vehicles - seats LRV-ST-1180-07 - issued 2024-06-28
period,train_sets,seats,status
2024-Q3,TS05-TS07,72,forecast
2024-Q4,TS08-TS11,96,forecast
2025-Q1,TS12-TS15,96,forecast
2025-Q2,TS16-TS20,120,forecast
"""
case("p43_lrv_svy_forecast_csv", ["RG008"], "buyer tells supplier to treat the Q3 forecast lines (72 seats) as a firm order", [
    ("Seat_forecast_update_June.eml", eml_bytes(mail(
        "Geneviève Tremblay <gtremblay@laurentianrail.ca>", "Jana Černá <cerna@sedadla-vysocina.cz>",
        "Seat forecast update — June", "Fri, 28 Jun 2024 16:02:00 -0400",
        "Hi Jana,\n\n"
        "Attached is our rolling seat forecast for the commuter EMU. The Q3/2024 lines (72 seats, TS05 to "
        "TS07) should be treated as a firm order on our side; please book them in your order book now. "
        "Call-offs per train set will follow as usual.\n\n"
        "The FAI report for the seats is still with our Quality team; I will let you know.\n\n"
        "Have a nice weekend,\n"
        + sig("Geneviève Tremblay", "Senior Buyer", LRV, "+1 418 856 3300"),
        attachments=[("forecast_LRV-ST-1180_2024-06.csv", _p43_csv, "text/csv")]))),
])

# p44: WhatsApp (EN/ES): "FAI kits released" (technical) + unscoped "go ahead"; pinned scope says production release
case("p44_tfe_pin_chat_released_goahead", ["RG002", "RG009"],
     "quality engineer writes 'FAI kits released' (technical) where 'release' means production release, then an unscoped 'go ahead'", [
    ("chat_TFE_PIN_FAI_kits.txt", """\
[01/07/2024, 10:15] Marta Ibáñez Soler (TFE): 📌 PO 4500381100: 8 FAI panel kits only. Balance 232 kits NOT released – on hold until FAI report sign-off and my written production release. Material: FAI kits only. — Marta Ibáñez Soler, Purchasing Manager Interiors
[01/07/2024, 10:21] Iñaki Etxeberria (PIN): Recibido Marta, gracias.
[22/07/2024, 18:02] Jorge Lasheras (TFE Calidad): FAI kits released ✅ report signed this afternoon, dimensional + fire test OK
[22/07/2024, 18:05] Iñaki Etxeberria (PIN): Great news! Report received, thanks. Anything else you need from us this week?
[22/07/2024, 18:09] Jorge Lasheras (TFE Calidad): No, all fine. Go ahead 👍
[22/07/2024, 18:10] Iñaki Etxeberria (PIN): 👍
[23/07/2024, 08:31] Iñaki Etxeberria (PIN): Jorge, os mando las fotos del embalaje de los kits FAI para el archivo.
""".encode()),
])

# p45: ERP PO: FAI sample "1 LOT" without a unit count
case("p45_fvta_cct_one_lot", ["RG010"], "sample PO for '1 LOT' of FAI ducts never states how many ducts; hold, event and named person present", [
    ("FVTA_PO_7100-2437.txt", """\
FRASER VALLEY TRANSIT AUTHORITY                       PURCHASE ORDER
FLEET MAINTENANCE CENTRE, 8820 GLOVER RD, LANGLEY BC  NO. 7100-2437
                                                      DATE 2024-07-16
VENDOR 600871  CONDUCTOS CLIMATICOS DEL TURIA S.L., PATERNA (VALENCIA)
----------------------------------------------------------------------
LN ITEM             DESCRIPTION                        QTY UOM  EUR
 1 FVTA-HV-0520-01  FAI SAMPLE LOT - SUPPLY AIR DUCT,    1 LOT 9,850.00
                    MARK III CAR, PER FAI PLAN
----------------------------------------------------------------------
NOTES
SAMPLE LOT PER FAI PLAN FOR THE MARK III HVAC RETROFIT.
SERIES QTY NOT RELEASED - ON HOLD UNTIL FAI SIGN-OFF AND WRITTEN
PRODUCTION RELEASE BY DANIEL OKAFOR, MANAGER FLEET PROCUREMENT.
MATERIAL FOR THE SAMPLE LOT ONLY.
INSULATION EN 45545-2 HL2. FCA VALENCIA. NET 30.
----------------------------------------------------------------------
BUYER: D. OKAFOR
""".encode()),
])

# p46: "Approved — please proceed" after mock-up inspection; quoted scope has no quantity
_p46_txt = (
    "Dear Mr. Liu,\n\n"
    "The mock-up was inspected at your Qingdao works on 18 June by our team (S. Raghavan, P. Mehta). "
    "Fitment to the car-end frame and the walkway plates are satisfactory.\n\n"
    "Approved — please proceed.\n\n"
    "Inspection report will follow by courier.\n\n"
    "Regards,\n"
    + sig("S. Raghavan", "Dy. General Manager (Procurement)", NMRC, "+91 79 2658 3390") +
    "\n\n-----Original Message-----\n"
    "From: Anil Kapoor\n"
    "Sent: Monday, May 20, 2024 11:10 AM\n"
    "To: Kevin Liu\n"
    "Subject: PO NMRC/RS/24/0412 - gangway mock-up\n\n"
    "> Dear Mr. Liu,\n"
    "> PO NMRC/RS/24/0412 covers the prototype bellows for the gangway mock-up only. The series bellows\n"
    "> are not released; they stay on hold until the type test is signed off and I issue a written\n"
    "> production release.\n"
    "> Regards, Anil Kapoor, Chief Engineer (Rolling Stock)\n")
case("p46_nmrc_mockup_approved_proceed", ["RG002", "RG010"],
     "'Approved - please proceed' without scope; no quantity anywhere in the bundle (quoted scope names hold, event and releaser)", [
    ("RE_gangway_mock-up_inspection.eml", eml_bytes(mail(
        "S. Raghavan <raghavan.s@nmrc-metro.in>", "Kevin Liu <kevin.liu@tianrun-gangway.cn>",
        "RE: PO NMRC/RS/24/0412 - gangway mock-up inspection", "Fri, 21 Jun 2024 14:20:00 +0530",
        _p46_txt, cc="Anil Kapoor <anil.kapoor@nmrc-metro.in>", in_reply_to="<nmrc-20240520-1110@nmrc-metro.in>"))),
])

# p47: French minutes: "validation" used three ways; series deemed validated on FAI validation
case("p47_afh_pin_cr_validation", ["RG007", "RG009"],
     "minutes: 'validation' for FAI, for the commercial amendment and for the series; series deemed validated on FAI validation without the named manager's order", [
    ("CR_reunion_AFH_PIN_2024-07-09.docx", docx_bytes([
        ("h1", "Compte rendu de réunion — panneaux de plafond"),
        ("p", f"{AFH} / {PIN} · 9 juillet 2024 · Valenciennes · Rédacteur : Claire Dubois"),
        ("p", "Présents : Julien Marchand, Claire Dubois, Jérôme Lefèvre (AFH) ; Iñaki Etxeberria (PIN)"),
        ("h", "1. État de la commande AFH-CA-24-0915"),
        ("p", "À ce jour seuls les 10 panneaux FAI sont lancés. La série (310 panneaux) n'est pas libérée ; "
              "l'ordre de lancement série est signé par M. Julien Marchand, Responsable achats."),
        ("h", "2. Validation FAI"),
        ("p", "Validation FAI en cours : rapport dimensionnel et PV feu EN 45545-2 HL2 attendus semaine 30."),
        ("h", "3. Avenant n° 3 (nouvelle teinte RAL 9010)"),
        ("p", "Validation commerciale de l'avenant n° 3 : validé par la direction achats le 8 juillet, plus-value "
              "de 4 650,00 € HT."),
        ("h", "4. Série"),
        ("p", "Compte tenu du planning rame 1, il est convenu que dès la validation FAI, la série de 310 panneaux "
              "est considérée comme validée : PIN peut enchaîner sans attendre l'ordre de M. Marchand."),
        ("h", "5. Actions"),
        ("table", [
            ["N°", "Action", "Responsable", "Échéance"],
            ["1", "Envoyer rapport FAI", "I. Etxeberria", "26/07/2024"],
            ["2", "Mettre à jour le plan AFH-IP-2310 indice C", "J. Lefèvre", "19/07/2024"],
        ]),
    ], author="Claire Dubois")),
])

# p48: forecast (DOCX) declared binding, "book as our order"
case("p48_mkv_fsb_forecast_binding", ["RG008"], "seat forecast declared binding for MKV and to be booked as an order", [
    ("Forecast_2025_Ostravan_II_seats.docx", docx_bytes([
        ("h1", "Forecast 2025 — passenger seats, tram Ostravan II"),
        ("p", f"From: {MKV}, Purchasing · To: {FSB} · Date: 12.08.2024"),
        ("p", "Dear Ms Wiśniewska,"),
        ("p", "Please find below our seat forecast for 2025, based on the current train set schedule "
              "(schedule rev. 11 of 01.08.2024)."),
        ("table", [
            ["Part no.", "Description", "Q1/2025", "Q2/2025", "Q3/2025", "Q4/2025", "Total"],
            ["FSB-OS2-100 rev 4", "Double seat, standard", "96", "96", "120", "120", "432"],
            ["FSB-OS2-140 rev 2", "Single seat, PRM area", "16", "16", "20", "20", "72"],
        ]),
        ("p", "These forecast quantities are binding for MKV. Please book them as our order for 2025 and plan "
              "your capacity accordingly."),
        ("p", "Call-offs will be issued per train set through our supplier portal."),
        ("p", "Best regards, Ing. Petra Svobodová, Buyer"),
    ], author="Petra Svobodova")),
])

# =================================================================== BUILD
def _stem(fn):
    s = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", s)


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(4747).shuffle(order)
    labels = {}
    for pos, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h47_{pos:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # summary
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multi}")
    for r, n in counts.items():
        print(f"  {r}: {n}")


if __name__ == "__main__":
    build()
