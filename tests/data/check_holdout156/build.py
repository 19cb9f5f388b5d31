#!/usr/bin/env python3
"""Generator for the releasegate check_holdout156 corpus.

Solar mounting structures and electrical enclosures: EPCs, installers and distributors in
Spain, Germany, the US, India and South Africa; manufacturers in China, India, Turkey,
Vietnam and Poland.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout156/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
The renderer helpers below are copied from tests/data/check_holdout3/build.py.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import textwrap
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


def T(s):
    """dedent a triple-quoted block and strip the leading newline"""
    return textwrap.dedent(s).lstrip("\n")


# ----------------------------------------------------------------- renderers
# reportlab's standard fonts only cover cp1252; letters outside it (Turkish, Polish) are written
# the way an ERP with a Latin-1 font prints them.
_PDF_TR = str.maketrans({"Ş": "S", "ş": "s", "ı": "i", "İ": "I", "ğ": "g", "Ğ": "G", "ł": "l", "Ł": "L",
                         "ś": "s", "Ś": "S", "ź": "z", "ż": "z", "ń": "n", "ą": "a", "ę": "e", "ć": "c",
                         "≥": ">=", "≤": "<="})


def _pdf_text(s):
    s = str(s).translate(_PDF_TR)
    s.encode("cp1252")  # fail loudly on anything the standard fonts cannot show
    return s


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    blocks = [(b[0], [[_pdf_text(c) for c in r] for r in b[1]]) if b[0] == "table"
              else (b[0], _pdf_text(b[1])) if len(b) > 1 else b for b in blocks]
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
    m["Message-ID"] = msgid or f"<h156-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h156")
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


def quote_lines(s):
    """prefix every line with '> ' (quoted reply)"""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in s.rstrip("\n").split("\n")) + "\n"


# ----------------------------------------------------------------- parties (fictional)
HELIO = "Helióptica Ingeniería S.L."          # EPC, Sevilla, ES
IBER = "Iberdistrib Solar S.A."               # distributor, Madrid, ES
SONNE = "Sonnenfeld Projektbau GmbH"          # EPC, Regensburg, DE
LONE = "Lone Star Solar Installers LLC"       # installer, Austin TX, US
SURYA = "Suryamitra Renewables Pvt. Ltd."     # EPC, Pune, IN
KAROO = "Karoo Sun Energy (Pty) Ltd"          # installer/distributor, Cape Town, ZA
XIAMEN = "Xiamen Jinhai Solar Mounting Co., Ltd."        # CN, rails/clamps
NINGBO = "Ningbo Everbright Electrical Enclosure Co., Ltd."  # CN, combiner boxes
ANADOLU = "Anadolu Metal Konstrüksiyon A.Ş."             # TR, rails/trays/clamps
HAIPHONG = "Haiphong SolarFix Co., Ltd."                 # VN, rails/clamps
AHMD = "Ahmedabad PowerBox Enclosures Pvt. Ltd."         # IN, combiner boxes/ACDB
DECCAN = "Deccan Structures Pvt. Ltd."                   # IN, module mounting structures
STAL = "Stalprofil Kable Sp. z o.o."                     # PL, cable trays


# ================================================================== CASES


# ------------------------------------------------------------------ batch 1: clean c01-c08
# c01: sample PO (ES -> CN), item table, scope note with all four jobs + sample-only material
case("c01_helio_po_sample_kit_complete", [],
     "sample PO for 12 kits: active qty, 3.588 balance not released, unlock = sign-off + written release by named director, sample-only material",
     [("PO_4510023871.pdf", pdf([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4510023871"),
         ("p", f"Buyer: {HELIO}, Avda. de la Innovación 12, Edificio Convención, 41020 Sevilla (España). CIF B91234567."),
         ("p", f"Supplier: {XIAMEN}, No. 88 Xinglin Road, Jimei District, Xiamen, Fujian 361021, P.R. China. Vendor no. 700214."),
         ("p", "Project: PSFV Almonte II, 48,6 MWp, ground mount 2V x 28, fixed tilt 25°. PO date: 06.05.2024. "
               "Your quotation: JH-Q-2404-117 rev.2 dated 29.04.2024. Incoterm: FOB Xiamen. Currency: EUR."),
         ("table", [
             ["Pos.", "Material", "Description", "Qty", "Unit", "Unit price EUR", "Total EUR"],
             ["10", "8000412", "Sample kit 2V28: C-rail 41x62 AlMg3 L=6.200 mm, mid/end clamps 30-40 mm, rail connectors, hardware M8 A2-70", "12", "set", "148,50", "1.782,00"],
             ["20", "8000990", "Air freight sample kit, consolidated, Xiamen-Sevilla", "1", "service", "420,00", "420,00"],
             ["", "", "", "", "", "Total net", "2.202,00"],
         ]),
         ("h", "Scope of this purchase order"),
         ("p", "This PO covers twelve (12) sample kits for the mock-up row and the load test at our Almonte site. "
               "Only these 12 kits are released for manufacture."),
         ("p", "The project quantity in your quotation (3.600 sets) is shown there for price reference only. It is not "
               "ordered and not released by this PO. Please do not start the balance of 3.588 sets and do not buy "
               "extrusion, clamps or hardware for it. Material authority: sample-only."),
         ("p", "Unlock event: the balance can be released only after (a) the mock-up row and the load test per "
               "EN 1991-1-4 / EN 1999-1-1 have been signed off by our engineering department, and then (b) a separate "
               "written production release, signed by Javier Ortega Lluch, Director de Compras. The sample sign-off "
               "on its own releases nothing."),
         ("h", "Delivery and documents"),
         ("p", "Delivery: ex works + air freight, at Almonte site office by 07.06.2024 latest. Marking: PO number and "
               "position on every carton. Documents: packing list, mill certificates EN 10204 3.1 for the extrusion, "
               "coating thickness report for the clamps."),
         ("p", "Payment: 60 days from invoice date, by transfer. Our general purchasing conditions (CGC-HEL-2023) apply."),
         ("sp",),
         ("p", "Marta Giménez Ruiz - Técnico de Compras - compras@helioptica.es - +34 954 000 112"),
     ], title="PO 4510023871", author="Marta Gimenez Ruiz"))])

# c02: supplier quote (TR -> ZA) with sample and project tiers, HTML
case("c02_anadolu_quote_tiers_html", [],
     "supplier quotation with sample and project tiers; no authorization in the bundle",
     [("teklif_ANM-2024-0871.html", html_page("Quotation ANM-2024-0871", T(f"""
        <h2>{ANADOLU}</h2>
        <p>Organize Sanayi Bölgesi 14. Cadde No: 22, 38070 Kayseri, Türkiye &middot; Tel +90 352 321 44 00 &middot; export@anadolumetal.com.tr</p>
        <h3>QUOTATION / TEKLİF No. ANM-2024-0871</h3>
        <p>To: {KAROO}, Attn. Ms. Thandi Mokoena, Procurement, Unit 7 Montague Park, Cape Town 7441, South Africa<br>
        Date: 09.05.2024 &middot; Validity: 30 days &middot; Your enquiry: e-mail 03.05.2024 (De Aar 19 MWp, cable management)</p>
        <table>
          <tr><th>Item</th><th>Description</th><th>Tier</th><th>Quantity</th><th>Unit price USD</th></tr>
          <tr><td>1</td><td>Perforated cable tray 300x60 mm, 1.5 mm, hot-dip galvanised EN ISO 1461, L = 3 m</td><td>Sample lot</td><td>48 m</td><td>14.80</td></tr>
          <tr><td>1</td><td>same</td><td>Project quantity</td><td>6.000 m</td><td>9.35</td></tr>
          <tr><td>2</td><td>Coupler set incl. M6 bolts, HDG</td><td>Sample lot</td><td>16 sets</td><td>2.10</td></tr>
          <tr><td>2</td><td>same</td><td>Project quantity</td><td>2.000 sets</td><td>1.15</td></tr>
        </table>
        <p class="note">Notes:<br>
        1. Project quantity prices are an offer only. The project quantity will be manufactured only against your written production release; this quotation is not an order confirmation.<br>
        2. Lead time sample lot: 12 working days. Project quantity: 5 weeks after written release.<br>
        3. Payment: T/T 30 days after B/L date. Delivery: FOB Mersin.<br>
        4. Salt-spray test ISO 9227 NSS 720 h report available on request (lab: AKT Ankara).</p>
        <p>Best regards,<br>Ferhat Yılmaz<br>Export Sales Manager</p>
        """)))])

# c03: WhatsApp, supplier asks about the balance; buyer answers with complete scope
case("c03_whatsapp_bal480_question", [],
     "supplier asks go-ahead for bal. 480; buyer: only 20 samples, 480 not released, test sign-off then written release by Piet van Wyk",
     [("WhatsApp Chat with Ferhat Yilmaz.txt", T("""
        [13/05/2024, 08:41:10] Ferhat Yılmaz: Good morning Thandi, the 20 sample clamps for De Aar are packed 📦 DHL pickup tomorrow 10:00
        [13/05/2024, 08:41:55] Ferhat Yılmaz: AWB I send you tomorrow
        [13/05/2024, 08:43:30] Ferhat Yılmaz: One question: do we have go ahead for the bal. 480 also? Our press line is free next week, we can make it quick
        [13/05/2024, 09:02:17] Thandi Mokoena: Morning Ferhat! Thanks, great news on the samples 🙌
        [13/05/2024, 09:04:48] Thandi Mokoena: No - only the 20 samples for now please. The other 480 clamps are NOT released. Don't start them and don't order material for them
        [13/05/2024, 09:06:02] Thandi Mokoena: We first do the pull-out test on the mock-up row at De Aar (week 22). When the test report is signed off, Piet van Wyk (our procurement manager) sends you a written release for the 480. Until then they stay on hold
        [13/05/2024, 09:11:40] Ferhat Yılmaz: Understood, thank you. We keep bal. 480 on hold until Mr. Piet written release 👍
        [13/05/2024, 09:12:05] Thandi Mokoena: Lekker, thanks 🙏
        [13/05/2024, 09:12:31] Thandi Mokoena: Pls put PO KSE-PO-24-0618 on the DHL waybill, customs here is strict
        [13/05/2024, 09:15:00] Ferhat Yılmaz: Ok noted
        """))])

# c04: SAP delivery schedule clearly labelled as forecast
case("c04_sap_schedule_forecast_only", [],
     "SAP delivery schedule labelled non-binding forecast, no material authority; call-offs by named person",
     [("LPL_5500001823_KW20.txt", T("""
        SONNENFELD PROJEKTBAU GMBH                                            Seite/Page 1 / 1
        Lieferplan / Delivery schedule            *** PROGNOSE / FORECAST ONLY - NOT AN ORDER ***
        ------------------------------------------------------------------------------------------
        Lieferant/Vendor : 100482  STALPROFIL KABLE SP. Z O.O., UL. TRANSPORTOWA 9, 93-470 LODZ
        Lieferplan       : 5500001823   Pos 00010   Druckdatum 15.05.2024  KW 20
        Material         : 3000417  Kabelrinne KBL-300/60 gelocht, feuerverzinkt, L=3 m
        Einkaeufer       : K. Vogel  (Tel. +49 941 000 3317)
        ------------------------------------------------------------------------------------------
        Fixzone      : keine / none
        Handelszone  : keine / none
        Prognosezone : KW 24 - KW 35
        ------------------------------------------------------------------------------------------
        KW/Week   Datum       Prognose m     kum. m    Baustelle/Site
        24        10.06.2024       600          600    Kelheim
        26        24.06.2024       900        1.500    Kelheim / Plattling
        29        15.07.2024     1.200        2.700    Plattling
        32        05.08.2024     1.200        3.900    Deggendorf
        35        26.08.2024       900        4.800    Deggendorf
        ------------------------------------------------------------------------------------------
        HINWEIS / NOTE:
        Die obigen Mengen sind eine unverbindliche Prognose zur Kapazitaetsplanung.
        The quantities above are a non-binding forecast for capacity planning. They are
        not an order, not released for production and carry no material authority.
        Each delivery is released only by a separate written call-off (Abruf), signed by
        Jonas Weber, Leiter Einkauf. No call-off, no fabrication.
        ------------------------------------------------------------------------------------------
        Sonnenfeld Projektbau GmbH - Industriestr. 40 - 93055 Regensburg - HRB 11842
        """))])

# c05: engineering sample disposition, scoped; DOCX sign-off form attached
_c05_form = docx_bytes([
    ("h1", "Bemusterungsbericht / Sample disposition record SD-24-031"),
    ("table", [
        ["Field", "Entry"],
        ["Part", "GAK-16/1500 string combiner box, 16 inputs, 1500 V DC, IP65, drawing E-4471 Rev C"],
        ["Supplier", NINGBO],
        ["PO", "4500078812 (three (3) sample boxes)"],
        ["Samples received", "08.05.2024, 3 pcs, serials NEB-0412 to NEB-0414"],
        ["Disposition", "Sample approved for fit check and wiring layout only"],
        ["Production", "Not released. The 2.400 series boxes under frame agreement RV-2024-07 stay on hold."],
        ["Open points", "IP65 after UV ageing (TÜV, running); label text DE/EN; torque marking on PE bar"],
        ["Unlock event", "IEC 61439-2 type test report accepted by engineering, then written production release"],
        ["Release authority", "Anika Bauer, Leiterin Einkauf"],
        ["Signed", "Dirk Hansen, Elektroplanung, 14.05.2024"],
    ]),
    ("p", "This record is a technical disposition of the samples. It is not a production release."),
], author="Dirk Hansen")
case("c05_sonne_disposition_fit_check_only", [],
     "sample approved for fit check only; 2.400 series on hold; type test + written release by Anika Bauer",
     [("AW_Bemusterung_GAK-16.eml", eml_bytes(mail(
         "Dirk Hansen <d.hansen@sonnenfeld-projektbau.de>", "Amy Wu <amy.wu@everbright-enclosure.cn>",
         "AW: Samples GAK-16/1500 - disposition / PO 4500078812", "Tue, 14 May 2024 16:22:05 +0200",
         T("""
         Hello Amy,

         we finished our checks on the three (3) sample combiner boxes GAK-16/1500 (serials NEB-0412 to -0414).

         Result: sample approved for fit check and wiring layout only. Production is not released.

         Open points (see attached disposition record SD-24-031):
         - IP65 test after UV ageing is still running at TÜV Süd, result expected week 22
         - label text DE/EN must be corrected as marked up
         - torque marking on the PE bar is missing on NEB-0413

         The 2.400 series boxes under the frame agreement stay on hold. They will be released only by a
         written production release from Anika Bauer (Leiterin Einkauf), after the IEC 61439-2 type test
         report has been accepted by us. Please do not order enclosures, fuse holders or surge arresters
         for the series yet.

         Thank you for the fast sample build, the wiring is very clean.

         Mit freundlichen Grüßen / best regards
         """) + sig("Dirk Hansen", "Elektroplanung / Electrical Engineering", SONNE, "+49 941 000 3340"),
         attachments=[("SD-24-031_Bemusterungsbericht.docx", _c05_form, DOCX_MT)])))])

# c06: full-quantity PO (US), "proceed" scoped to the full quantity
case("c06_lonestar_full_qty_po", [],
     "full-quantity PO for 600 combiners + 120 fuse kits, 'proceed with the full 600'; no balance exists",
     [("PO-LS-24-0419.pdf", pdf([
         ("h1", "PURCHASE ORDER PO-LS-24-0419"),
         ("p", f"{LONE} - 4100 Commerce Park Dr, Suite 210, Austin, TX 78744 - purchasing@lonestarsolar.us"),
         ("p", f"Vendor: {AHMD}, Plot 114, GIDC Phase II, Vatva, Ahmedabad 382445, Gujarat, India"),
         ("p", "Date: May 9, 2024 - Terms: Net 45 - Ship via: ocean, FOB Mundra - Ship to: Lone Star Solar yard, 1880 FM 812, Del Valle, TX 78617"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UOM", "Unit price USD", "Extended USD"],
             ["1", "CB-12S-1500", "DC combiner box, 12 strings, 1500 V, NEMA 4X, UL 1741 listed, 400 A disconnect", "600", "EA", "412.00", "247,200.00"],
             ["2", "FK-30A-1500", "Spare fuse kit, 30 A gPV 1500 V (12 fuses per kit)", "120", "KIT", "38.50", "4,620.00"],
             ["", "", "", "", "", "Total", "251,820.00"],
         ]),
         ("h", "Order notes"),
         ("p", "This is a firm order for the full quantities shown above. No samples are required; the product was "
               "qualified under PO-LS-23-1187 (2023) and is unchanged (drawing CB12-1500 rev F). Please proceed with "
               "manufacture of the full 600 combiner boxes and the 120 fuse kits."),
         ("p", "Ship in three (3) lots of 200 boxes each, matched to our site schedule: Lot 1 Bastrop (ETD June 28), "
               "Lot 2 Lockhart (ETD July 19), Lot 3 Seguin (ETD Aug 9). Fuse kits with Lot 1."),
         ("p", "Documents per lot: commercial invoice, packing list, UL certificate of compliance, factory test report "
               "(hi-pot and continuity) per serial number."),
         ("sp",),
         ("p", "Issued by: Megan Doyle, Buyer - (512) 555-0143"),
     ], pagesize=LETTER, title="PO-LS-24-0419", author="Megan Doyle"))])

# c07: call-off with staged material authority above the released quantity
case("c07_stal_calloff_staged_material", [],
     "call-off 07 releases 240 m; balance 4.560 m not released until next call-off by Jonas Weber; staged coil authority 1.200 m",
     [("ABRUF_07_5500001823.txt", T("""
        ==========================================================================================
        SONNENFELD PROJEKTBAU GMBH                 ABRUF / CALL-OFF NO. 07
        ==========================================================================================
        An/To        : Stalprofil Kable Sp. z o.o., Lodz  (Hr. Tomasz Wisniewski)
        Rahmen/Frame : Lieferplan 5500001823, Pos 00010, Rahmenmenge / frame qty 4.800 m
        Material     : 3000417  Kabelrinne KBL-300/60 gelocht, feuerverzinkt, L=3 m
        Datum/Date   : 21.05.2024
        Baustelle    : PV-Park Kelheim-Sued, Anlieferung Tor 2, Ansprechpartner Bauleiter M. Sturm
        ------------------------------------------------------------------------------------------
        ABGERUFEN / RELEASED NOW (call-off 07) ............................  240 m (80 Stk x 3 m)
        Liefertermin / delivery ................................................ KW 24 (10.06.2024)
        ------------------------------------------------------------------------------------------
        Rest der Rahmenmenge / balance of frame quantity ..................... 4.560 m
          -> NICHT freigegeben / NOT released. Do not fabricate.
          -> Each further quantity is released only by the next written call-off,
             signed by Jonas Weber, Leiter Einkauf.
        ------------------------------------------------------------------------------------------
        MATERIAL AUTHORITY: staged.
          You may buy and hold HDG coil (DX51D+Z275, 1,5 mm) for up to 1.200 m of tray
          at our liability, as agreed on 02.04.2024 (Protokoll RV-2024-07, Punkt 4).
          No fabrication beyond the 240 m released above.
        ------------------------------------------------------------------------------------------
        Bitte Auftragsbestaetigung innerhalb 48 h an einkauf@sonnenfeld-projektbau.de
        Katrin Vogel, Einkauf
        ==========================================================================================
        """))])

# c08: explicit, recorded auto-conversion agreement (DOCX)
case("c08_lonestar_autoconversion_agreement", [],
     "explicit recorded auto-conversion: names 2,970 pcs, signer Tyler Brooks, test conditions, recorded and signed by Laura Kim",
     [("Agreement_LS-HSF-0112.docx", docx_bytes([
         ("h1", "Sample-to-production conversion agreement LS-HSF-0112"),
         ("p", f"Buyer: {LONE}, Austin, Texas. Supplier: {HAIPHONG}, Lot C4 Nomura Industrial Zone, Haiphong, Vietnam."),
         ("p", "Part: rail end clamp EC-35, drawing EC35-001 rev C, aluminium 6063-T6, clear anodized 15 µm."),
         ("h", "1. Quantities"),
         ("table", [
             ["Item", "Quantity", "Commercial cover", "Status at signature"],
             ["Sample lot", "30 pcs", "PO-LS-24-0233 line 1", "released for manufacture"],
             ["Production lot", "2,970 pcs", "PO-LS-24-0233 line 2", "not released"],
         ]),
         ("h", "2. Agreed auto-conversion"),
         ("p", "If and when Tyler Brooks, Senior Structural Engineer, records an approved sample sign-off for the 30 "
               "sample clamps, that signed sign-off releases the production lot of 2,970 pcs by itself, without a "
               "further release letter. Conditions for the sign-off: pull-out resistance of at least 4.5 kN on all "
               "10 tested clamps, and salt-spray ISO 9227 NSS 1,000 h without red rust."),
         ("p", "Until that sign-off is recorded, the 2,970 pcs are not released, and no material beyond the 30 sample "
               "clamps may be bought at the buyer's cost. An interim or conditional sign-off does not trigger this "
               "conversion."),
         ("h", "3. Record"),
         ("p", "This auto-conversion was recorded on May 7, 2024 in the Lone Star supplier portal (event #LS-EV-20931) "
               "and is signed for the buyer by Laura Kim, Director of Procurement."),
         ("table", [
             ["Signed for buyer", "Signed for supplier"],
             ["Laura Kim, Director of Procurement, 05/07/2024", "Tran Van Minh, Sales Director, 05/08/2024"],
         ]),
     ], author="Laura Kim"))])


# ------------------------------------------------------------------ batch 2: positives p01-p16
# p01: cover mail + sample PO + supplier quote with project qty; PO silent on balance/event/person
_p01_po = pdf([
    ("h1", "PEDIDO / PURCHASE ORDER 2024-0412"),
    ("p", f"{IBER} - C/ de Fuencarral 121, 28010 Madrid - NIF A28765432 - compras@iberdistrib.es"),
    ("p", f"Proveedor / Supplier: {XIAMEN}, Jimei District, Xiamen, China"),
    ("p", "Fecha / Date: 10/05/2024 - Ref. oferta / quotation: JH-Q-2405-031 - Incoterm: CPT Madrid (courier)"),
    ("table", [
        ["Pos.", "Ref.", "Descripción / Description", "Cant. / Qty", "Precio / Price USD", "Importe / Amount USD"],
        ["1", "EW-BAL-10", "Flat-roof ballasted kit east-west 10°, for 2 modules 2278x1134 mm, incl. wind deflector", "10 sets", "92,00", "920,00"],
        ["2", "EW-ACC", "Ballast trays + EPDM pads for the kits of pos. 1", "10 sets", "11,50", "115,00"],
        ["", "", "", "", "Total", "1.035,00"],
    ]),
    ("p", "Plazo / Delivery: samples in Madrid before 14/06/2024 (customer visit Getafe logistics centre)."),
    ("p", "Pago / Payment: T/T 30 days after receipt of goods. Factura a nombre de Iberdistrib Solar S.A., indicating PO number."),
    ("p", "Embalaje / Packing: cartons on one pallet, max. 250 kg, marked 'SAMPLES - IBERDISTRIB 2024-0412'."),
    ("sp",),
    ("p", "Álvaro Serrano Pérez - Compras / Purchasing"),
], title="PO 2024-0412", author="Alvaro Serrano")
_p01_quote = pdf([
    ("h1", "QUOTATION JH-Q-2405-031"),
    ("p", f"{XIAMEN} - Tel +86 592 612 0088 - sales@jinhai-solar.cn"),
    ("p", "To: Iberdistrib Solar S.A., Mr. Álvaro Serrano - Date: 2024-05-06 - Valid 30 days"),
    ("table", [
        ["Item", "Description", "Quantity", "Unit price USD (EXW)", "Lead time"],
        ["EW-BAL-10 sample", "East-west ballasted kit 10°, sample", "10 sets", "92.00", "10 days"],
        ["EW-BAL-10 project", "East-west ballasted kit 10°, project supply (Getafe rooftops 1,1 MWp)", "2,400 sets", "61.00", "25 days"],
        ["EW-ACC", "Ballast tray + EPDM pad", "per kit", "11.50 / 6.80", "with kits"],
    ]),
    ("p", "Material: AL6005-T5 + SUS304 fasteners. Warranty 10 years on structure. Wind tunnel report available."),
    ("p", "Payment: T/T 30% deposit, 70% before shipment for project quantity; samples T/T 30 days."),
    ("p", "Lily Chen - Overseas Sales"),
], title="JH-Q-2405-031", author="Lily Chen")
case("p01_iber_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 10 kits sent with quote showing 2,400 sets; nothing says the 2,400 is not released, no unlock event, no release person",
     [("mail_PO_2024-0412.eml", eml_bytes(mail(
         "Álvaro Serrano <a.serrano@iberdistrib.es>", "Lily Chen <lily.chen@jinhai-solar.cn>",
         "PO 2024-0412 - sample kit east-west / Getafe", "Fri, 10 May 2024 11:37:44 +0200",
         T("""
         Hello Lily,

         please find attached our purchase order 2024-0412 for the sample kit of the flat-roof ballasted
         system (east-west), as per your quotation JH-Q-2405-031, which I attach again.

         Kindly confirm the shipping date. We need the samples in Madrid before 14 June, our customer
         visits the Getafe logistics centre that week and wants to see the kit mounted on a real roof.

         Please use DHL or FedEx, account number in the PO. Many thanks for your quick support!

         Un saludo,
         """) + sig("Álvaro Serrano Pérez", "Compras / Purchasing", IBER, "+34 91 000 4471"),
         cc="Nuria Campos <n.campos@iberdistrib.es>",
         attachments=[("PO_2024-0412.pdf", _p01_po, PDF_MT), ("JH-Q-2405-031.pdf", _p01_quote, PDF_MT)])))])

# p02: quoted thread with complete scope; engineer replies "Go ahead." without scope
_p02_katrin = T("""
Sehr geehrter Herr Wiśniewski,

anbei unsere Bestellung 4500079010. Scope, please read carefully:
- 30 m sample cable tray KBL-300/60 + 6 coupler sets, for the load test only.
- The balance of 2.970 m of the frame quantity is not released. Please do not fabricate it.
- It will be released by a written call-off signed by Jonas Weber (Leiter Einkauf), after our
  engineering has signed off the load test report.

Mit freundlichen Grüßen
Katrin Vogel, Einkauf
""")
_p02_tomasz = T("""
Dear Mr. Hansen,

please find attached the load test report LT-24-118 for the 30 m sample (span 2,0 m, uniformly
distributed load 150 kg/m, max. deflection 4,1 mm, no permanent deformation after unloading).
Please let us know.

Best regards
Tomasz Wiśniewski
Stalprofil Kable - Technical Sales

On 06.05.2024 09:10, Katrin Vogel wrote:
""") + quote_lines(_p02_katrin)
case("p02_sonne_go_ahead_reply", ["RG002"],
     "engineer answers the load test report with a bare 'Go ahead.'; scope, hold, event and person are in the quoted PO mail",
     [("RE_LT-24-118_loadtest.eml", eml_bytes(mail(
         "Dirk Hansen <d.hansen@sonnenfeld-projektbau.de>", "Tomasz Wiśniewski <t.wisniewski@stalprofil.pl>",
         "RE: Load test report LT-24-118 / PO 4500079010", "Wed, 22 May 2024 17:48:13 +0200",
         T("""
         Hi Tomasz,

         thanks, looks fine to me, the deflection is well inside our L/200 limit and the couplers held.
         Go ahead.

         Best, Dirk

         Sent from my phone

         On 21.05.2024 14:02, Tomasz Wiśniewski wrote:
         """) + quote_lines(_p02_tomasz),
         cc="Katrin Vogel <k.vogel@sonnenfeld-projektbau.de>", in_reply_to="<lt-24-118@stalprofil.pl>")))])

# p03: sample PO names the revised PO and the person but never says the rest is not released
case("p03_sonne_clamp_po_no_hold", ["RG003"],
     "sample PO for 16+16 clamps names revised PO after load test and Jonas Weber, but never says the series is not released",
     [("Bestellung_4500079188.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4500079188"),
         ("p", f"{SONNE}, Industriestraße 40, 93055 Regensburg - USt-IdNr. DE812345678"),
         ("p", f"Lieferant / Supplier: {ANADOLU}, OSB 14. Cadde No: 22, 38070 Kayseri, Türkiye - Lief.-Nr. 100519"),
         ("p", "Datum: 08.05.2024 - Angebot / Quote: ANM-2024-0802 - Lieferbedingung: DAP Regensburg (Incoterms 2020)"),
         ("table", [
             ["Pos", "Material", "Bezeichnung / Description", "Menge", "ME", "Preis EUR", "Wert EUR"],
             ["10", "3100221", "Mittelklemme MK-40 / mid clamp 30-40 mm, EN AW-6063 T66, incl. M8x60 A2", "16", "ST", "3,90", "62,40"],
             ["20", "3100222", "Endklemme EK-40 / end clamp 40 mm, EN AW-6063 T66, incl. M8x60 A2", "16", "ST", "4,20", "67,20"],
             ["30", "9000001", "Express freight samples", "1", "LE", "180,00", "180,00"],
         ]),
         ("h", "Bestelltext / order text"),
         ("p", "Muster für Belastungsprüfung / samples for the load test at our test bay (pull-out and slip test "
               "according to our test plan PP-MK40-02). Please send the sixteen (16) mid clamps and sixteen (16) end "
               "clamps with 3.1 certificates of the extrusion and anodising thickness report."),
         ("p", "The series for the Kelheim and Plattling parks follows on from this sample order: once our engineering "
               "has signed off the load test report, Jonas Weber (Leiter Einkauf) will issue a revised purchase order "
               "for the series quantities."),
         ("p", "Liefertermin / delivery: KW 21. Zahlung: 30 Tage netto. Es gelten unsere AEB (Stand 01/2023)."),
         ("sp",),
         ("p", "Katrin Vogel - Einkauf - k.vogel@sonnenfeld-projektbau.de - +49 941 000 3317"),
     ], title="Bestellung 4500079188", author="Katrin Vogel"))])

# p04: SAP printout, balance on hold "till further notice", person named, no event
case("p04_surya_sap_hold_further_notice", ["RG004"],
     "SAP PO: 8 samples released, balance 392 on hold till further notice, release by Rajesh Menon; no unlock event",
     [("PO_4100013110.txt", T("""
        SURYAMITRA RENEWABLES PVT LTD                  PURCHASE ORDER                      PAGE 1 OF 1
        S.NO 42/1, BANER ROAD, PUNE 411045, MAHARASHTRA            GSTIN 27AABCS1234F1Z5
        ------------------------------------------------------------------------------------------------
        PO NO    : 4100013110          PO DATE : 13.05.2024        PUR.GRP : P07 (SURESH IYER)
        VENDOR   : 200311  AHMEDABAD POWERBOX ENCLOSURES PVT LTD, PLOT 114 GIDC VATVA, AHMEDABAD
        PROJECT  : SRPL-JSM-50MW  JAISALMER PH-II          QUOTE REF : AP/Q/24/131 DT 06.05.2024
        ------------------------------------------------------------------------------------------------
        ITEM MATERIAL      DESCRIPTION                                QTY  UOM     RATE INR      VALUE INR
        0010 FG-SCB-24-1500 STRING COMBINER BOX 24 IN 1500VDC         8  NOS  1,18,500.00   9,48,000.00
                            IP66 GRP, SPD T2, 32A GPV FUSES, MC4
        0020 SV-FAT         FACTORY ACCEPTANCE TEST AT VENDOR WORKS   1  AU      25,000.00      25,000.00
        ------------------------------------------------------------------------------------------------
                                                             TOTAL BEFORE TAX    9,73,000.00
                                                             IGST 18%            1,75,140.00
                                                             GRAND TOTAL        11,48,140.00
        ------------------------------------------------------------------------------------------------
        PO TEXT:
        1. THIS IS A SAMPLE ORDER. ONLY 8 (EIGHT) NOS RELEASED FOR MANUFACTURING.
        2. BALANCE 392 NOS AGAINST PROJECT QTY 400 NOS IS NOT RELEASED AND REMAINS ON HOLD
           TILL FURTHER NOTICE. DO NOT PROCURE MATERIAL FOR BALANCE QTY.
        3. RELEASE OF BALANCE QTY ONLY BY MR. RAJESH MENON, HEAD - PROCUREMENT, IN WRITING.
        4. DELIVERY: FOR SAMPLES 15 DAYS FROM PO. DISPATCH TO PUNE WAREHOUSE, BHOSARI MIDC.
        5. PAYMENT: 100% WITHIN 45 DAYS OF RECEIPT OF MATERIAL AND ACCEPTANCE.
        6. WARRANTY: 60 MONTHS FROM COMMISSIONING.
        ------------------------------------------------------------------------------------------------
        THIS IS A COMPUTER GENERATED DOCUMENT. SIGNATURE NOT REQUIRED.
        """))])

# p05: DOCX PO, hold + event named, but release authority only "internal sign-off on our side"
case("p05_karoo_po_no_release_person", ["RG005"],
     "sample PO: 24 kits, balance 1,176 on hold until salt-spray pass and internal sign-off on our side; no named release person",
     [("KSE-PO-24-0702.docx", docx_bytes([
         ("h1", "PURCHASE ORDER KSE-PO-24-0702"),
         ("p", f"{KAROO}, Unit 7 Montague Park, Montague Gardens, Cape Town 7441. VAT 4123456789."),
         ("p", f"Supplier: {HAIPHONG}, Lot C4 Nomura Industrial Zone, An Duong, Haiphong, Vietnam."),
         ("p", "Date: 14 May 2024. Project: Stellenbosch Wine Estates carports, 3.2 MWp. Your quote: HSF-Q-24-077."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price USD", "Total USD"],
             ["1", "CP-RK-6", "Carport rail kit, 6 m span, AL6005-T5, anodised 15 µm, incl. clamps", "24 sets", "57.40", "1,377.60"],
             ["2", "CP-DOC", "Structural calculation SANS 10160 + 10-year warranty certificate", "1", "0.00", "0.00"],
         ]),
         ("h", "Scope"),
         ("p", "Only the twenty-four (24) sample rail kits on line 1 are ordered and released for manufacture now. "
               "The balance of 1,176 sets for the project is not released and is on hold. Material authority: "
               "sample-only; please do not buy extrusion for the balance."),
         ("p", "The balance will be released once the salt-spray test (ISO 9227 NSS, 1,000 h) on the samples has "
               "been passed and our internal sign-off on our side has been given. You will hear from us."),
         ("h", "Delivery and payment"),
         ("p", "Delivery: CFR Cape Town by sea LCL, ETD before 7 June 2024. Payment: 100% T/T 30 days after B/L. "
               "Please state the PO number on all documents. SABS/NRCS import documents to be provided with shipment."),
         ("p", "Issued by Thandi Mokoena, Procurement Officer. thandi@karoosun.co.za, +27 21 555 0190"),
     ], author="Thandi Mokoena"))])

# p06: WhatsApp US/VN: samples only, "we'll let you know" on rest, later "You're good to run"
case("p06_lonestar_whatsapp_good_to_run", ["RG002", "RG004", "RG005"],
     "12 sample kits, rest on hold with 'we'll let you know' (no event, no person); later unscoped 'You're good to run'",
     [("WhatsApp Chat with Minh HSF.txt", T("""
        5/13/24, 8:02 AM - Megan Doyle: Hi Minh! PO-LS-24-0412 is in your inbox 🙂
        5/13/24, 8:03 AM - Megan Doyle: It's for 12 sample splice kits only. The other 588 are not released yet so please hold those
        5/13/24, 8:03 AM - Megan Doyle: We'll let you know on the rest
        5/13/24, 8:21 AM - Tran Van Minh: Good morning Megan, received with thanks. We make 12 sample kits first
        5/13/24, 8:22 AM - Tran Van Minh: Can you confirm anodize clear 15um same as last project?
        5/13/24, 8:40 AM - Megan Doyle: Yes clear 15um, same as Bastrop
        5/20/24, 7:55 PM - Tran Van Minh: Megan, samples finished. Pull test in our lab 5.1 kN avg, photos below
        5/20/24, 7:55 PM - Tran Van Minh: <Media omitted>
        5/20/24, 7:55 PM - Tran Van Minh: <Media omitted>
        5/20/24, 7:56 PM - Tran Van Minh: <Media omitted>
        5/21/24, 6:14 AM - Megan Doyle: Those look awesome!! You're good to run 👍
        5/21/24, 6:15 AM - Megan Doyle: Ship the samples FedEx to the Del Valle yard, attn Tyler
        5/21/24, 7:30 AM - Tran Van Minh: Thank you Megan, we plan it next week 🙏
        """))])

# p07: supplier weekly status: booked billet for the complete 800 sets while only 16 released
case("p07_haiphong_status_billet_booked", ["RG006"],
     "supplier status: knows balance 784 is not released, but booked and paid billet for all 800 sets",
     [("Weekly_status_PO4510024190.eml", eml_bytes(mail(
         "Nguyen Thi Lan <lan.nt@solarfix.vn>", "Marta Giménez Ruiz <compras@helioptica.es>",
         "Weekly status - PO 4510024190 carport kit samples - week 20", "Fri, 17 May 2024 15:05:30 +0700",
         T("""
         Dear Ms. Marta,

         Good afternoon. Please find our weekly status for your PO 4510024190 (sample 16 sets carport
         kit CP-2P-5, project Dos Hermanas parking).

         1) Samples
            - Extrusion of rails and purlins: finished 15/5
            - Anodizing 15 um: planned 20/5
            - Assembly check + packing: 22/5, ready for air freight 23/5

         2) Material
            We know the balance 784 sets is not released yet. However the aluminium billet price in
            Vietnam is increasing strongly (+7% since April) and mill lead time is now 6 weeks. To protect
            your delivery and price, we have already booked and paid 18.5 tons billet 6005-T6 with
            Sapa Vietnam, this is enough for the complete 800 sets. Billets will arrive our warehouse 3/6.

         3) Documents
            Mill certificate and anodizing thickness report will be sent with the samples.

         4) Shipping
            Air freight HPH-SVQ via Doha, around 4 working days.

         Please let me know if any question.

         Best regards,
         Nguyen Thi Lan (Ms.)
         Sales Executive - Europe
         Haiphong SolarFix Co., Ltd.
         Lot C4 Nomura Industrial Zone, Haiphong, Vietnam
         Tel: +84 225 3 743 118
         """))))])


# ------------------------------------------------------------------ batch 3: positives p08-p23
# p08: WeChat, supplier mixes "approval" and has bought/cut steel for 1,800; buyer answers with full scope
case("p08_wechat_jinhai_steel_cut", ["RG006", "RG009"],
     "supplier: 'PO approval', 'sample approval', 'approval for mass production'; steel bought and cut for 1,800 while only 24 released",
     [("WeChat_Kevin_Zhang_Jinhai.txt", T("""
        WeChat chat history with "Kevin Zhang 张凯 (Jinhai Solar)"
        Exported by: Álvaro Serrano   Export date: 2024-05-24
        ———————————————— 2024-05-20 ————————————————
        Kevin Zhang 张凯 (Jinhai Solar)  09:12
        Álvaro 你好! PO approval received from your finance department, thank you 👍
        Kevin Zhang 张凯 (Jinhai Solar)  09:13
        Now we are waiting the sample approval from your test in Toledo. After that we wait approval for mass production, right?
        Kevin Zhang 张凯 (Jinhai Solar)  09:15
        Also good news: we already bought Q235B steel for the 1,800 brackets and cut the blanks. Only galvanizing is waiting. So delivery can be very fast later
        Kevin Zhang 张凯 (Jinhai Solar)  09:15
        [Photo]
        Álvaro Serrano  10:02
        Kevin, wait please. PO 2024-0455 is for 24 sample brackets only. The other 1,776 brackets are not released
        Álvaro Serrano  10:04
        The 1,776 will be released only by a written release from Nuria Campos (Jefa de Compras), after the load test on the Toledo mock-up is signed off. Please stop any further cutting. We do not pay material beyond the 24
        Kevin Zhang 张凯 (Jinhai Solar)  10:20
        OK understand, sorry. We stop now
        Kevin Zhang 张凯 (Jinhai Solar)  10:21
        [Emoji]
        ———————————————— 2024-05-21 ————————————————
        Álvaro Serrano  08:47
        Thanks Kevin. Please send the 24 samples with the galvanizing report (ISO 1461, min. 70 µm)
        """))])

# p09: buyer's minutes: supplier will procure material for all 120 boxes; engineer "good to go"
case("p09_sonne_minutes_kickoff_gak24", ["RG002", "RG006"],
     "minutes: 6 pilot boxes released, 114 on hold (event+person named); supplier procures material for all 120 without authority; 'good to go' unscoped",
     [("Protokoll_2024-05-16_GAK24.docx", docx_bytes([
         ("h1", "Besprechungsprotokoll / Minutes of meeting"),
         ("p", "Subject: GAK-24/1500 string combiner boxes, series kick-off. Video call, 16.05.2024, 09:00-10:10 CET."),
         ("p", f"Participants: {SONNE}: Katrin Vogel (Einkauf, minutes), Dirk Hansen (Elektroplanung), "
               f"Jonas Weber (Leiter Einkauf, item 1 only). {NINGBO}: Amy Wu (Sales), Chen Hao (Production Manager)."),
         ("table", [
             ["No.", "Topic", "Discussion / decision", "Owner", "Due"],
             ["1", "Scope PO 4500079120", "The 6 pilot boxes GAK-24/1500 are released. The 114 series boxes are not released; "
              "they are released only in writing by Jonas Weber after the IEC 61439-2 type test has been signed off.", "K. Vogel", "-"],
             ["2", "Lead times", "Copper busbars 10 weeks, GRP enclosures 6 weeks, DC isolators 8 weeks. Ningbo will already "
              "procure copper busbars, enclosures and isolators for all 120 boxes now, to secure the lead time for the "
              "Plattling COD. (No PO cover for the series material yet.)", "Amy Wu", "24.05."],
             ["3", "Type test", "TÜV Süd slot in KW 25. One of the 6 pilot boxes goes to TÜV as test specimen.", "Chen Hao", "KW 24"],
             ["4", "Pilot boxes", "Wiring layout reviewed on photos, cable glands M32 to be changed to M40. "
              "D. Hansen: from engineering side we are good to go.", "D. Hansen", "-"],
             ["5", "Labels / documents", "Rating plate DE/EN, wiring diagram in the door pocket, test report per serial.", "Amy Wu", "KW 22"],
             ["6", "Next call", "30.05.2024, 09:00 CET", "all", "-"],
         ]),
         ("p", "Distribution: participants, Einkauf-Ablage. Corrections within 3 working days, otherwise the minutes are deemed accepted."),
     ], author="Katrin Vogel"))])

# p10: supplier portal page: material for the full project staged against a 60 m sample release
case("p10_stal_portal_material_staged", ["RG006"],
     "supplier tracking page: 60 m released, HDG coil for the full 3.000 m staged; balance awaiting release",
     [("order_tracking_SO-24-0611.html", html_page("Stalprofil - order tracking SO-24-0611", T(f"""
        <h2>{STAL} &ndash; Customer portal</h2>
        <p>ul. Transportowa 9, 93-470 Łódź, Polska &middot; NIP 7291234567 &middot; logged in as: k.vogel@sonnenfeld-projektbau.de</p>
        <h3>Order tracking &ndash; SO-24-0611</h3>
        <table>
          <tr><th>Customer</th><td>{SONNE}</td></tr>
          <tr><th>Customer PO</th><td>4500079455 (sample order)</td></tr>
          <tr><th>Item</th><td>KBL-400/100 cable tray 400x100 mm, 1,5 mm, HDG EN ISO 1461</td></tr>
          <tr><th>Released quantity</th><td>60 m</td></tr>
          <tr><th>Last update</th><td>23.05.2024 14:10</td></tr>
        </table>
        <h4>Production status</h4>
        <table>
          <tr><th>Step</th><th>Quantity</th><th>Status</th><th>Date</th></tr>
          <tr><td>Slitting / perforation</td><td>60 m</td><td>done</td><td>20.05.2024</td></tr>
          <tr><td>Roll forming</td><td>60 m</td><td>done</td><td>21.05.2024</td></tr>
          <tr><td>Hot-dip galvanizing (subcontract Cynkownia Łódź)</td><td>60 m</td><td>in progress</td><td>27.05.2024</td></tr>
          <tr><td>Packing / dispatch</td><td>60 m</td><td>planned</td><td>29.05.2024</td></tr>
        </table>
        <h4>Material</h4>
        <table>
          <tr><th>Material</th><th>Quantity</th><th>Covers</th><th>Status</th></tr>
          <tr><td>Steel coil DX51D, 1,5 x 1250 mm</td><td>14,2 t</td><td>full project 3.000 m</td><td>purchased, in stock, staged for your order</td></tr>
          <tr><td>Couplers + M8 bolts</td><td>1.000 sets</td><td>full project 3.000 m</td><td>purchased, in stock</td></tr>
        </table>
        <p class="note">Balance 2.940 m: awaiting your production release.</p>
        <p>Questions? Tomasz Wiśniewski, +48 42 000 77 21, t.wisniewski@stalprofil.pl</p>
        """)))])

# p11: supplier: advance received -> order confirmed for production; coil bought for full 4,600 m
case("p11_anadolu_advance_started", ["RG006", "RG012"],
     "supplier treats the advance payment as go for production and buys coil for the full 4,600 m; PO covers 60 m sample",
     [("RE_KSE-PO-24-0671.eml", eml_bytes(mail(
         "Elif Kaya <elif.kaya@anadolumetal.com.tr>", "Thandi Mokoena <thandi@karoosun.co.za>",
         "RE: Advance payment PO KSE-PO-24-0671 / cable tray Upington", "Thu, 16 May 2024 17:20:41 +0300",
         T("""
         Dear Thandi Hanım,

         We received your advance payment of USD 3,600.00 today (your ref. FNB 2405-88812), thank you
         very much for the quick transfer.

         As agreed, with the advance in our account we consider the order confirmed for production:
         1) The 60 m sample tray that your PO KSE-PO-24-0671 covers is being galvanised this week and
            will be ready for your load test on 24 May.
         2) We have also ordered the galvanised coil for the full 4,600 m from Borçelik (delivery to our
            plant in 2 weeks) and booked our perforating line for week 24, so we can continue with the
            project quantity without waiting.

         Packing list and draft B/L for the sample lot will follow on Monday.

         Saygılarımızla / Best regards,
         Elif Kaya
         Export Department
         Anadolu Metal Konstrüksiyon A.Ş.
         OSB 14. Cadde No: 22, 38070 Kayseri / Türkiye
         T +90 352 321 44 05
         """), in_reply_to="<fnb-2405-88812@karoosun.co.za>")))])

# p12: two files: pilot PO (10 nos, complete scope) + supplier ack (12 nos, and material for 120 procured)
_p12_po = pdf([
    ("h1", "PURCHASE ORDER 4100013255"),
    ("p", f"{SURYA}, S.No. 42/1 Baner Road, Pune 411045. GSTIN 27AABCS1234F1Z5."),
    ("p", f"Vendor: {AHMD}, Plot 114, GIDC Phase II, Vatva, Ahmedabad 382445. Vendor code 200311."),
    ("p", "PO date: 14.05.2024. Project: SRPL-JTH-30MW, Jath (Sangli). Quote ref: AP/Q/24/140 dated 09.05.2024."),
    ("table", [
        ["Item", "Material", "Description", "Qty", "UOM", "Rate INR", "Value INR"],
        ["0010", "FG-SCB-16-1500", "String combiner box 16 in, 1500 V DC, IP66 GRP, SPD T1+T2, 25 A gPV", "10", "NOS", "96,400.00", "9,64,000.00"],
        ["0020", "SV-FAT", "FAT at vendor works, witnessed", "1", "AU", "20,000.00", "20,000.00"],
    ]),
    ("h", "Special terms"),
    ("p", "Pilot order: ten (10) nos SCB-16 for the pilot block at Site Jath. Only these 10 nos are released for manufacturing."),
    ("p", "Balance 110 nos against the project quantity of 120 nos is not released and remains on hold. It will be released "
          "only by an amended PO signed by Mr. Anil Kapoor, GM Projects, after the field trial of the pilot block has been signed off."),
    ("p", "Material authority: pilot quantity only. Do not procure enclosures, isolators or SPDs for the balance."),
    ("p", "Delivery: 31.05.2024, Jath site stores. Payment: 45 days from receipt and acceptance. LD 0.5% per week, max 5%."),
    ("p", "For Suryamitra Renewables Pvt. Ltd. - Suresh Iyer, Manager - Procurement"),
], title="PO 4100013255", author="Suresh Iyer")
case("p12_surya_pilot_po_and_ack", ["RG006", "RG011"],
     "PO releases 10 pilot SCB with complete scope; supplier ack restates 12 nos and reports enclosures/isolators procured for all 120",
     [("PO_4100013255.pdf", _p12_po),
      ("ACK_PO_4100013255.eml", eml_bytes(mail(
          "Vikram Patel <vikram.patel@powerboxindia.com>", "Suresh Iyer <suresh.iyer@suryamitra.in>",
          "Order Acknowledgement - PO No. 4100013255 - SCB-16 1500V", "Wed, 15 May 2024 12:48:09 +0530",
          T("""
          Dear Sir,

          Greetings from Ahmedabad PowerBox!

          We thank you for your valued PO No. 4100013255 dated 14.05.2024 for 12 nos pilot SCB-16 1500V
          and are pleased to acknowledge the same. Delivery of the pilot lot will be on 31.05.2024 at
          Jath site stores as per PO.

          Further, to support your project timeline, we have procured 120 nos GRP enclosures (Hensel) and
          120 nos DC isolators 1500V 315A for the total project quantity, which are now in our stores.
          Kindly note the same.

          FAT call will be raised 5 days in advance. Request you to kindly depute your inspector.

          Thanking you and assuring our best services always.

          Warm regards,
          Vikram Patel
          Sr. Manager - Sales & Projects
          Ahmedabad PowerBox Enclosures Pvt. Ltd.
          +91 79 2583 0114 | +91 98250 11422
          """))))])

# p14: supplier quote: "upon your approval of the samples we proceed directly with mass production"
case("p14_ningbo_quote_direct_mass_production", ["RG007"],
     "supplier quote with tiers says sample approval leads straight into mass production of the 400 pcs",
     [("NEB-Q240522.pdf", pdf([
         ("h1", "QUOTATION NEB-Q240522"),
         ("p", f"{NINGBO} - No. 318 Binhai 2nd Road, Hangzhou Bay New Zone, Ningbo, Zhejiang - sales@everbright-enclosure.cn"),
         ("p", f"To: {LONE}, attn. Megan Doyle - Date: May 22, 2024 - Valid until: June 21, 2024"),
         ("table", [
             ["No.", "Model", "Description", "Qty", "Unit price USD FOB Ningbo", "Amount USD"],
             ["1", "CB-16S-1500-UL", "DC combiner 16 strings, 1500 V, NEMA 4X polycarbonate, 400 A disconnect, SPD", "4 pcs (samples)", "520.00", "2,080.00"],
             ["2", "CB-16S-1500-UL", "same, production", "400 pcs", "398.00", "159,200.00"],
         ]),
         ("h", "Remarks"),
         ("p", "1. Price basis FOB Ningbo, packing export carton on pallet, 4 pcs per pallet."),
         ("p", "2. Sample lead time: 15 days after PO. Production lead time: 35 days."),
         ("p", "3. Upon your approval of the samples, we will proceed directly with mass production of the 400 pcs so as to "
               "meet your COD in September."),
         ("p", "4. Payment: T/T 30 days after B/L date."),
         ("p", "5. Certification: UL 1741 listed (file E512345), ETL on request. Warranty 5 years."),
         ("sp",),
         ("p", "Amy Wu - Sales Manager, Overseas Department - +86 574 8600 2231"),
     ], pagesize=LETTER, title="NEB-Q240522", author="Amy Wu"))])

# p15: buyer waives her own written-release requirement: "if the test passes, take that as your go"
_p15_orig = T("""
Dear Lily,

attached PO 4510024260 for ten (10) sample sets of the tracker-row purlin kit TR-1P-60.

Only the 10 sets are released. The remaining 590 sets are not released, please do not start them.
They will be released only by a written production release signed by Javier Ortega Lluch,
Director de Compras, after our engineering has signed off the load test on the mock-up row.

Kind regards,
Marta Giménez Ruiz
""")
case("p15_helio_test_pass_is_your_go", ["RG007"],
     "buyer: if the load test passes, take that as your go for the 590, no release letter needed - contradicts the quoted written-release scope",
     [("RE_PO_4510024260_loadtest.eml", eml_bytes(mail(
         "Marta Giménez Ruiz <compras@helioptica.es>", "Lily Chen <lily.chen@jinhai-solar.cn>",
         "RE: PO 4510024260 - tracker purlin kit - load test Écija", "Mon, 20 May 2024 12:15:02 +0200",
         T("""
         Hi Lily,

         quick update: the load test on the mock-up row at Écija is scheduled for Thursday 23/05, our
         structural engineer Pablo Navarro will be on site from 08:00.

         To save time: if the test passes on Thursday, take that as your go for the remaining 590 sets.
         No need to wait for a separate release letter from Javier, we will tidy up the paperwork
         afterwards. Please have the extrusion line ready so we do not lose the July slot.

         Gracias y saludos,
         """) + sig("Marta Giménez Ruiz", "Técnico de Compras", HELIO, "+34 954 000 112") +
         "\nOn 08/05/2024 10:41, Marta Giménez Ruiz wrote:\n" + quote_lines(_p15_orig),
         cc="Pablo Navarro <p.navarro@helioptica.es>", in_reply_to="<h156-po-4510024260@helioptica.es>")))])

# p16: WhatsApp: supplier says once the mock-up is OK'd they run the 2k straight after
case("p16_whatsapp_anadolu_run_2k_after_ok", ["RG007"],
     "supplier in chat: once you OK the mock-up we run the 2k clamps straight after; site engineer answers only about logistics",
     [("WhatsApp Chat with Ferhat Anadolu.txt", T("""
        [15/05/2024, 10:02:11] Ferhat Yılmaz: Ruan bey good morning, the mock-up row material arrives Durban port Friday 🚢
        [15/05/2024, 10:05:40] Ruan Botha: Shot Ferhat. We'll build the row Tuesday at Kathu, weather permitting
        [15/05/2024, 10:06:02] Ruan Botha: Need the torque spec for the clamps, 14 or 16 Nm?
        [15/05/2024, 10:09:30] Ferhat Yılmaz: 16 Nm, M8 A2-70. Drawing ANM-CL-40 rev B
        [15/05/2024, 10:11:12] Ferhat Yılmaz: Once you OK the mock-up we run the 2k clamps straight after, press line is booked for week 24 👍
        [15/05/2024, 10:30:45] Ruan Botha: Ok cool. I'll check with Thandi about the crane for Tuesday
        [15/05/2024, 10:31:02] Ruan Botha: Send pics of the packing pls, last time two cartons were crushed
        [15/05/2024, 10:44:19] Ferhat Yılmaz: <Media omitted>
        [15/05/2024, 10:44:30] Ferhat Yılmaz: Double wall carton now + corner protection
        [15/05/2024, 10:51:07] Ruan Botha: 👌
        """))])

# p17: supplier (IN): post FAT clearance the balance will be taken up in production
_p17_fat = T("""
AHMEDABAD POWERBOX ENCLOSURES PVT. LTD.           FACTORY ACCEPTANCE TEST - SUMMARY
Doc: FAT/24/077   Date: 16.05.2024   Customer: Karoo Sun Energy (Pty) Ltd   PO: KSE-PO-24-0590
Product: ACDB 400A 4P, IP65, with MCCB 400A + 6 x 63A outgoing, SPD T2
Units tested: S/N AP-ACDB-0001, AP-ACDB-0002 (prototypes)
----------------------------------------------------------------------------------------------
Test                               Requirement                 S/N 0001       S/N 0002
Visual / dimensional               drg AP-ACDB-400-R2          OK             OK
Insulation resistance 1000 V DC    > 1 MOhm                    > 500 MOhm     > 500 MOhm
Dielectric 2.5 kV AC 1 min         no breakdown                OK             OK
Functional (MCCB trip, SPD)        as per scheme               OK             OK
Temperature rise (400 A, 4 h)      < 70 K terminals            48 K           51 K
IP65 (water jet)                   no ingress                  OK             OK
----------------------------------------------------------------------------------------------
Witnessed by: Ruan Botha (Karoo Sun)        Tested by: H. Desai (QA, Ahmedabad PowerBox)
""")
case("p17_powerbox_post_fat_balance", ["RG007"],
     "supplier: post FAT clearance the balance 188 nos shall be taken up in production - FAT treated as release",
     [("ACDB400_KSE-PO-24-0590.eml", eml_bytes(mail(
         "Vikram Patel <vikram.patel@powerboxindia.com>", "Piet van Wyk <piet@karoosun.co.za>",
         "FAT cleared - prototype ACDB 400A - PO KSE-PO-24-0590", "Thu, 16 May 2024 18:02:37 +0530",
         T("""
         Dear Mr. Piet,

         Greetings from Ahmedabad!

         We are pleased to inform that the prototype ACDB 400A units against your PO KSE-PO-24-0590 have
         cleared FAT at our works today in presence of your inspector Mr. Ruan Botha. FAT summary is
         attached for your kind reference.

         As discussed, post FAT clearance the balance 188 nos ACDB shall be taken up in production
         immediately and dispatched in 4 lots as per site schedule (Kathu, Upington, De Aar, Prieska).
         Kindly share the site-wise marking details at the earliest so that we can print the rating plates.

         Thanking you and assuring best services always.

         Warm regards,
         Vikram Patel
         Sr. Manager - Sales & Projects
         Ahmedabad PowerBox Enclosures Pvt. Ltd.
         +91 79 2583 0114
         """), cc="Ruan Botha <ruan@karoosun.co.za>",
         attachments=[("FAT_24_077_summary.txt", _p17_fat, "text/plain")])))])

# p18: supplier test report (DOCX): series production will start after approval of this report
case("p18_anadolu_test_report_series_start", ["RG007"],
     "supplier sample test report: series production will start in week 23 after customer approval of the report",
     [("TR-24-118.docx", docx_bytes([
         ("h1", "Sample Test Report TR-24-118"),
         ("p", f"Manufacturer: {ANADOLU}, Kayseri. Customer: {SONNE}, Regensburg."),
         ("p", "Part: mid clamp MK-40, EN AW-6063 T66, anodised 15 µm, drawing SF-MK40 Rev D. Customer PO: 4500079301."),
         ("p", "Specimens: 16 pcs taken from the sample lot, production date 07.05.2024, heat no. 24-0517."),
         ("h", "Results"),
         ("table", [
             ["Test", "Standard / method", "Requirement", "Result", "Status"],
             ["Anodising thickness", "ISO 2360", "≥ 15 µm", "16,8 - 19,2 µm", "pass"],
             ["Pull-out, module frame 35 mm", "customer test plan PP-MK40-02", "≥ 4,0 kN", "4,6 kN (min)", "pass"],
             ["Slip load along rail", "customer test plan PP-MK40-02", "≥ 1,5 kN", "2,1 kN (min)", "pass"],
             ["Neutral salt spray", "ISO 9227 NSS, 1000 h", "no red rust on bolt", "no red rust", "pass"],
             ["Hardness", "EN ISO 6506-1", "≥ 75 HBW", "82 HBW", "pass"],
         ]),
         ("h", "Conclusion"),
         ("p", "All specimens meet the requirements of drawing SF-MK40 Rev D and the customer test plan."),
         ("p", "Next step: after your approval of this report, series production of the MK-40 clamps will start in week 23 "
               "on press line 2, as already reserved for your project."),
         ("p", "Prepared: Elif Kaya (Quality / Export). Checked: Mehmet Aydın (Quality Manager). 17.05.2024"),
     ], author="Elif Kaya"))])

# p19: supplier reply: "approval of sample is also the approval of production", quotes buyer's complete scope
_p19_megan = T("""
Hi Kevin,

PO-LS-24-0455 is issued for 8 sample tracker bracket sets only. The 2,392 production sets stay on
hold - please do not start them or buy steel for them. Those are released only by a written
release from Laura Kim, Director of Procurement, after our engineering sign-off on the samples.

Thanks,
Megan Doyle
Buyer, Lone Star Solar Installers LLC
""")
case("p19_jinhai_sample_approval_is_production", ["RG007", "RG009"],
     "supplier: 'approval of sample is also the approval of production', schedules 2,400 after approval; 'PO approval' too; buyer scope quoted",
     [("RE_PO-LS-24-0455.eml", eml_bytes(mail(
         "Kevin Zhang <kevin.zhang@jinhai-solar.cn>", "Megan Doyle <megan.doyle@lonestarsolar.us>",
         "RE: PO-LS-24-0455 tracker brackets", "Tue, 21 May 2024 10:33:50 +0800",
         T("""
         Dear Megan,

         Thanks for your PO approval, we have received it.

         We understand the approval of sample is also the approval of production, so after your
         approval we will schedule the 2,400 sets in our line immediately, to meet your June COD at
         Lockhart.

         Sample 8 sets will ship by DHL on 22 May, tracking number to follow.

         Best regards
         Kevin Zhang
         Sales Manager | Xiamen Jinhai Solar Mounting Co., Ltd.
         Mob/WeChat: +86 139 5000 2288

         -----Original Message-----
         From: Megan Doyle <megan.doyle@lonestarsolar.us>
         Sent: Monday, May 20, 2024 4:12 PM
         To: Kevin Zhang
         Subject: PO-LS-24-0455 tracker brackets

         """) + quote_lines(_p19_megan), in_reply_to="<h156-ls-0455@lonestarsolar.us>")))])

# p20: buyer portal: scope says written release, FAQ says production opens automatically on sample approval
case("p20_lonestar_portal_auto_open", ["RG007"],
     "buyer portal: 392 kits on hold for written release by Laura Kim, but the FAQ says production lines open automatically on sample approval",
     [("portal_PO-LS-24-0470.html", html_page("Lone Star Solar Supplier Portal - PO-LS-24-0470", T(f"""
        <h2>Lone Star Solar &ndash; Supplier Portal</h2>
        <p>Signed in: Tran Van Minh ({HAIPHONG}) &middot; <a href="#">Log out</a></p>
        <h3>Purchase order PO-LS-24-0470</h3>
        <p>Issued May 14, 2024 by Megan Doyle &middot; Terms Net 45 &middot; FOB Haiphong</p>
        <table>
          <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Status</th></tr>
          <tr><td>1</td><td>RK-4.2-S</td><td>Rail kit 4.2 m, 6005-T5, clear anodized &ndash; sample</td><td>8 kits</td><td>Released</td></tr>
          <tr><td>2</td><td>RK-4.2-P</td><td>Rail kit 4.2 m, 6005-T5, clear anodized &ndash; production</td><td>392 kits</td><td>On hold &ndash; not released</td></tr>
        </table>
        <div class="note"><b>Scope.</b> Only line 1 (8 kits) is released for manufacture. Line 2 (392 kits) is not released.
        It will be released by a written release from Laura Kim, Director of Procurement, after our engineering has
        signed off the samples. Material authority: sample-only.</div>
        <h3>Sample status</h3>
        <table>
          <tr><th>Submission</th><th>Date</th><th>Status</th></tr>
          <tr><td>Sample lot 1 (8 kits)</td><td>&ndash;</td><td>Awaiting shipment</td></tr>
        </table>
        <h3>FAQ</h3>
        <p><b>What happens after sample approval?</b><br>
        Once the sample status shows <i>Approved</i>, the production lines of your PO open automatically and you can
        start the run &ndash; no further action is needed from you.</p>
        <p><b>How do I upload an ASN?</b><br>Use Shipments &rarr; New ASN and attach the packing list.</p>
        <p><b>Who do I contact?</b><br>purchasing@lonestarsolar.us &middot; (512) 555-0143</p>
        """)))])

# p21: buyer e-mail: forecast "take these figures as our firm order" (multipart/alternative)
_p21_txt = T("""
Dear Elif,

thank you again for the good meeting at Intersolar in Munich last week.

As discussed, our forecast for H2/2024 is approx. 38 MWp, which means roughly 61.000 module
clamps (MK-40 / EK-40) and 9.500 m of rail C-41:

  Q3/2024   approx. 22 MWp   35.000 clamps   5.500 m rail
  Q4/2024   approx. 16 MWp   26.000 clamps   4.000 m rail

Please take these figures as our firm order for H2 and reserve capacity on your press and
extrusion lines accordingly. The formal purchase orders will follow per project.

Viele Grüße / kind regards
""") + sig("Katrin Vogel", "Einkauf", SONNE, "+49 941 000 3317")
_p21_html = T("""
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Elif,</p>
<p>thank you again for the good meeting at Intersolar in Munich last week.</p>
<p>As discussed, our forecast for H2/2024 is approx. 38 MWp, which means roughly 61.000 module clamps (MK-40 / EK-40) and 9.500 m of rail C-41:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Quarter</th><th>MWp</th><th>Clamps</th><th>Rail</th></tr>
<tr><td>Q3/2024</td><td>approx. 22</td><td>35.000</td><td>5.500 m</td></tr>
<tr><td>Q4/2024</td><td>approx. 16</td><td>26.000</td><td>4.000 m</td></tr>
</table>
<p>Please take these figures as our firm order for H2 and reserve capacity on your press and extrusion lines accordingly. The formal purchase orders will follow per project.</p>
<p>Viele Grüße / kind regards<br>Katrin Vogel<br>Einkauf, Sonnenfeld Projektbau GmbH</p>
</body></html>
""")
case("p21_sonne_forecast_firm_order", ["RG008"],
     "buyer writes the H2 forecast (61.000 clamps, 9.500 m rail) 'as our firm order'",
     [("H2-2024_clamps_rails.eml", eml_bytes(mail(
         "Katrin Vogel <k.vogel@sonnenfeld-projektbau.de>", "Elif Kaya <elif.kaya@anadolumetal.com.tr>",
         "Forecast H2/2024 - clamps and rails", "Mon, 27 May 2024 08:55:12 +0200", _p21_txt, html=_p21_html,
         cc="Jonas Weber <j.weber@sonnenfeld-projektbau.de>")))])

# p22: supplier order confirmation turns a forecast schedule into firm quantities
case("p22_stal_oc_forecast_confirmed_firm", ["RG008"],
     "supplier order confirmation confirms the buyer's forecast schedule weeks 24-35 as firm order quantities",
     [("OC_2024_0733.pdf", pdf([
         ("h1", "POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION OC/2024/0733"),
         ("p", f"{STAL}, ul. Transportowa 9, 93-470 Łódź - NIP 7291234567 - KRS 0000123456"),
         ("p", f"Customer: {SONNE}, Industriestraße 40, 93055 Regensburg, Germany"),
         ("p", "Reference: your delivery schedule 5500001907 dated 15.05.2024 (forecast weeks 24-35). Date: 20.05.2024."),
         ("p", "We thank you for your order and confirm as follows:"),
         ("table", [
             ["Week", "Item", "Description", "Quantity", "Price EUR/m", "Status"],
             ["24", "KBL-300/60", "Cable tray 300x60, perforated, HDG, L=3 m", "600 m", "8,95", "confirmed - firm"],
             ["26", "KBL-300/60", "same", "900 m", "8,95", "confirmed - firm"],
             ["29", "KBL-300/60", "same", "1.200 m", "8,95", "confirmed - firm"],
             ["32", "KBL-300/60", "same", "1.200 m", "8,95", "confirmed - firm"],
             ["35", "KBL-300/60", "same", "900 m", "8,95", "confirmed - firm"],
             ["", "", "Total", "4.800 m", "", ""],
         ]),
         ("p", "All quantities above are confirmed as a firm order and are planned for production in weekly lots. "
               "Changes within 4 weeks before the delivery week can not be accepted."),
         ("p", "Delivery: DAP Regensburg / sites in Bavaria, Incoterms 2020. Payment: 30 days net. Our general terms of "
               "sale (OWS Stalprofil 2023) apply."),
         ("p", "Agnieszka Nowak - Customer Service - +48 42 000 77 10 - zamowienia@stalprofil.pl"),
     ], title="OC/2024/0733", author="Agnieszka Nowak"))])

# p23: delivery plan printout labelled forecast, but declared binding / firm
case("p23_iber_delivery_plan_binding", ["RG008"],
     "printout headed 'previsión / forecast Q3' but the note says the forecast quantities are firm and a purchase commitment",
     [("PLAN_ENTREGAS_Q3_JINHAI.txt", T("""
        IBERDISTRIB SOLAR S.A.                                      Listado: MM-PLAN-07   Pag. 1
        PLAN DE ENTREGAS / DELIVERY PLAN  -  PREVISION / FORECAST Q3-2024
        -------------------------------------------------------------------------------------------
        Proveedor / Supplier : 700388  XIAMEN JINHAI SOLAR MOUNTING CO., LTD.
        Fecha / Date         : 22.05.2024           Comprador / Buyer : A. SERRANO (ext. 4471)
        -------------------------------------------------------------------------------------------
        Ref.        Descripcion                              JUL        AGO        SEP      TOTAL
        EW-BAL-10   Kit lastrado este-oeste 10 grados        900        600      1.100      2.600 kit
        RAIL-41     Perfil C-41 AlMg3 L=4,4 m              2.400      1.800      3.000      7.200 ud
        CLMP-MID    Grapa intermedia 30-40 mm             14.000     10.000     16.000     40.000 ud
        -------------------------------------------------------------------------------------------
        NOTA / NOTE:
        Las cantidades de esta prevision son en firme. The quantities in this forecast are firm:
        please treat them as our purchase commitment for Q3 and plan production accordingly.
        Los pedidos formales mensuales se enviaran a principios de cada mes / formal monthly POs
        will be sent at the beginning of each month.
        -------------------------------------------------------------------------------------------
        Iberdistrib Solar S.A. - C/ de Fuencarral 121 - 28010 Madrid
        """))])


# ------------------------------------------------------------------ batch 4: positives p25-p40
# p25: buyer's labelled forecast (quoted) is taken by the supplier as an order; steel booked for 20 MW
_p25_suresh = T("""
Dear Prakash ji,

Please find below our indicative forecast for FY 2024-25 for module mounting structures:

  Site        Capacity   Expected PO month
  Jath        5 MW       Jul-24
  Sangola     5 MW       Sep-24
  Karad       4 MW       Nov-24
  Phaltan     6 MW       Jan-25
  Total      20 MW

This is a forecast for your capacity planning only. It is not a PO and does not authorise any
production or material purchase. POs will follow site-wise.

Regards,
Suresh Iyer
Manager - Procurement, Suryamitra Renewables Pvt. Ltd.
""")
case("p25_deccan_forecast_taken_as_order", ["RG006", "RG008"],
     "buyer's forecast is labelled not-a-PO, but supplier thanks for 'the order of 20 MW', registers a sales order and books steel for the full 20 MW",
     [("RE_FY24-25_MMS.eml", eml_bytes(mail(
         "Prakash Kulkarni <prakash.k@deccanstructures.in>", "Suresh Iyer <suresh.iyer@suryamitra.in>",
         "RE: Forecast FY 2024-25 - MMS", "Mon, 06 May 2024 11:26:40 +0530",
         T("""
         Dear Suresh ji,

         Thank you very much for the order of 20 MW as per your forecast dated 02-May. We have registered
         it in our system as SO/DS/24/118.

         To hold the price for you, we have already booked 310 MT HDG steel (IS 2062 E350, 2.0 and 2.5 mm)
         with JSW for the full 20 MW, delivery to our Chakan plant in two lots (June and August).

         Our design team will share the GA drawings for Jath by 15th May.

         Thanks & Regards,
         Prakash Kulkarni
         GM - Marketing
         Deccan Structures Pvt. Ltd., Chakan MIDC, Pune
         +91 20 6600 4410

         On Thu, 2 May 2024 at 16:40, Suresh Iyer <suresh.iyer@suryamitra.in> wrote:
         """) + quote_lines(_p25_suresh), in_reply_to="<h156-fc-fy2425@suryamitra.in>")))])

# p26: engineer mixes "approved" (drawing / PO / go) and ends with unscoped "you're approved to go"
_p26_megan = T("""
Hi Amy,

PO-LS-24-0430 is for 4 sample combiners (CB-16S-1500-UL) only. The 396 production units are not
released - please don't build them or buy parts for them. They will be released only by a written
release from Laura Kim, Director of Procurement, after engineering sign-off on the samples.

Thanks!
Megan
""")
case("p26_lonestar_youre_approved_to_go", ["RG002", "RG009"],
     "engineer: drawings approved, finance approved the PO, 'so you're approved to go' - one word for three things, last one unscoped",
     [("RE_CB-16S_drawings.eml", eml_bytes(mail(
         "Tyler Brooks <tyler.brooks@lonestarsolar.us>", "Amy Wu <amy.wu@everbright-enclosure.cn>",
         "RE: CB-16S-1500 drawings rev D / PO-LS-24-0430", "Tue, 21 May 2024 09:41:27 -0500",
         T("""
         Hi Amy,

         Good news on our side: the drawings for the CB-16S are approved (rev D, I signed them yesterday),
         and finance approved PO-LS-24-0430 on Friday, so you're approved to go.

         Thanks for turning the drawing changes around so fast - the bigger wire bending space at the
         output lugs was exactly what our electricians asked for.

         Tyler
         """) + sig("Tyler Brooks", "Senior Structural & Electrical Engineer", LONE, "(512) 555-0177") +
         "\nOn Mon, May 13, 2024 at 3:05 PM Megan Doyle <megan.doyle@lonestarsolar.us> wrote:\n" + quote_lines(_p26_megan),
         cc="Megan Doyle <megan.doyle@lonestarsolar.us>", in_reply_to="<h156-neb-drw-d@everbright-enclosure.cn>")))])

# p27: PO uses "released" for the drawing, the PO in SAP and production
case("p27_sonne_po_release_three_ways", ["RG009"],
     "PO: drawing 'released', PO 'released in SAP', production release - one word for technical, commercial and production; scope otherwise complete",
     [("Bestellung_4500079501.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4500079501"),
         ("p", f"{SONNE}, Industriestraße 40, 93055 Regensburg"),
         ("p", f"Lieferant / Supplier: {XIAMEN}, Xiamen, China - Lief.-Nr. 100733 - Angebot JH-Q-2405-052"),
         ("p", "Datum: 14.05.2024 - Lieferbedingung: FOB Xiamen - Zahlung: 60 Tage netto"),
         ("table", [
             ["Pos", "Material", "Bezeichnung / Description", "Menge", "ME", "Preis EUR", "Wert EUR"],
             ["10", "3100310", "Schienenset / rail set C-41, AlMg3, L=4.400 mm, incl. connectors", "20", "SET", "38,60", "772,00"],
             ["20", "9000001", "Luftfracht Muster / air freight samples", "1", "LE", "390,00", "390,00"],
         ]),
         ("h", "Hinweise / Notes"),
         ("p", "1. Zeichnung / Drawing MR-41 Rev D is released (technical release 10.05.2024, D. Hansen, Elektro-/Tragwerksplanung)."),
         ("p", "2. This purchase order was released in SAP on 14.05.2024 by Finance (budget line PV-KEH-24)."),
         ("p", "3. Production release: only the 20 sample sets of pos. 10 are released for production. The balance of 1.180 sets "
               "is not released. Its production release will follow only in writing from Jonas Weber, Leiter Einkauf, after the "
               "sample sign-off by our engineering."),
         ("p", "4. Material authority: sample-only."),
         ("sp",),
         ("p", "Katrin Vogel - Einkauf - +49 941 000 3317"),
     ], title="Bestellung 4500079501", author="Katrin Vogel"))])

# p29: QA inspection report: "approved" for the sample, the PO and the production quantity
case("p29_surya_sir_approved_three_ways", ["RG009"],
     "inspection report: sample APPROVED, PO approved by management, 'approval for the balance quantity' - technical/commercial/production mixed",
     [("SIR_24_061_Deccan.docx", docx_bytes([
         ("h1", "SAMPLE INSPECTION REPORT SIR/24/061"),
         ("p", f"Customer: {SURYA}, Quality Department. Supplier: {DECCAN}, Chakan MIDC, Pune."),
         ("p", "Item: Module mounting structure MMS 2P-26 (2 in portrait, 26 modules per table), GA drawing DS-MMS-2P26 Rev 3. PO 4100013301."),
         ("p", "Samples: 12 table sets, erected as mock-up at Site Jath, inspected 17.05.2024."),
         ("table", [
             ["Check", "Requirement", "Observed", "Result"],
             ["Galvanizing thickness", "IS 4759, min. 80 µm", "86 - 112 µm", "OK"],
             ["Purlin C 100x50x15x2.0", "IS 811, drg Rev 3", "as per drawing", "OK"],
             ["Bolt torque M10 8.8", "45 Nm", "44 - 47 Nm", "OK"],
             ["Tilt angle", "18° ± 0.5°", "18.2°", "OK"],
             ["Pile/post alignment", "± 10 mm", "max. 7 mm", "OK"],
         ]),
         ("h", "Disposition"),
         ("p", "Sample status: APPROVED (12 table sets, Site Jath mock-up)."),
         ("p", "Commercial: PO 4100013301 approved by management on 10.05.2024."),
         ("p", "Production: approval for the balance quantity of 1,188 table sets will be given by Mr. Anil Kapoor, GM Projects, "
               "after the field trial at Jath. Until then the balance is not released."),
         ("p", "Inspected by: R. Deshmukh (QA Engineer). Reviewed: S. Iyer (Procurement)."),
     ], author="R. Deshmukh"))])

# p30: "manufacture the pilot-installation lot" - no quantity; hold + event named, no release person
case("p30_surya_pilot_lot_no_qty", ["RG005", "RG010"],
     "buyer asks to manufacture 'the pilot-installation lot' without a number; rest on hold until O&M sign-off and amended PO, no named person",
     [("Jaisalmer_SCB24.eml", eml_bytes(mail(
         "Suresh Iyer <suresh.iyer@suryamitra.in>", "Vikram Patel <vikram.patel@powerboxindia.com>",
         "Jaisalmer Ph-II - pilot lot SCB-24 - please manufacture", "Fri, 17 May 2024 10:05:55 +0530",
         T("""
         Dear Vikram ji,

         Please manufacture the pilot-installation lot of SCB-24 for Site Jaisalmer now and dispatch by
         10th June. The pilot block (ICR-3) is ready for DC cabling and our I&C team is mobilised.

         Everything beyond the pilot lot stays on hold and is not released until the pilot installation
         has been signed off by our O&M team and an amended PO has been issued.

         Please also send the revised GA drawing with the bigger gland plate (2 x M63 for the main DC
         cable) before you start wiring.

         Regards,
         Suresh Iyer
         Manager - Procurement
         Suryamitra Renewables Pvt. Ltd., Baner Road, Pune
         +91 20 4000 1207

         Disclaimer: This e-mail and any files transmitted with it are confidential and intended solely
         for the use of the addressee. Please consider the environment before printing this e-mail.
         """))))])

# p31: release letter releases "the first call-off for the northern sites" without any quantity
case("p31_helio_release_letter_no_qty", ["RG010"],
     "release letter releases 'the first call-off for the northern sites' with no quantity; rest on hold until next call-off signed by Javier Ortega Lluch",
     [("Carta_liberacion_HR-2024-014.pdf", pdf([
         ("h1", "CARTA DE LIBERACIÓN / PRODUCTION RELEASE LETTER HR-2024-014"),
         ("p", f"From: {HELIO}, Sevilla. To: {ANADOLU}, Kayseri - attn. Mr. Ferhat Yılmaz."),
         ("p", "Reference: framework agreement FA-2024-03 (cable tray, supports and covers, 2024 programme). Date: 21 May 2024."),
         ("p", "Dear Mr. Yılmaz,"),
         ("p", "With this letter we release the first call-off for the northern sites for manufacture, for delivery to "
               "the sites listed below."),
         ("table", [
             ["Site", "Delivery address", "Requested delivery", "Site contact"],
             ["PSFV Zaragoza I", "Ctra. A-68 km 12, 50720 Zaragoza", "week 27", "Iñaki Etxeberria"],
             ["PSFV Huesca II", "Polígono 14, parcela 88, 22200 Sariñena", "week 28", "Laura Pons"],
         ]),
         ("p", "The remaining call-offs for the southern sites (Écija, Almonte II, Utrera) are not released and stay on "
               "hold. They will be released only by the next written call-off, signed by Javier Ortega Lluch, "
               "Director de Compras."),
         ("p", "Please confirm receipt and the production slot within 3 working days."),
         ("sp",),
         ("p", "Javier Ortega Lluch - Director de Compras - Helióptica Ingeniería S.L."),
     ], title="HR-2024-014", author="Javier Ortega Lluch"))])

# p32: chat: "ok start the samples" (no number), rest on hold until further notice, Piet van Wyk releases
case("p32_whatsapp_karoo_start_samples", ["RG004", "RG010"],
     "buyer: start the samples (never says how many), rest on hold until further notice, only Piet van Wyk releases",
     [("WhatsApp Chat with Amy Wu Everbright.txt", T("""
        [20/05/2024, 14:02:15] Thandi Mokoena: Hi Amy, ok start the samples for the 1500V boxes please 🙂
        [20/05/2024, 14:02:58] Thandi Mokoena: The rest of the order is on hold until further notice. Piet van Wyk will release it, nobody else
        [20/05/2024, 14:10:31] Amy Wu: OK Thandi! How many samples you need? Quote was for 3 or 5 pcs
        [20/05/2024, 14:25:03] Thandi Mokoena: Whatever works for you, just send them asap. Site wants them before end of June
        [20/05/2024, 14:25:40] Thandi Mokoena: Same colour RAL 7035 as the Prieska boxes
        [20/05/2024, 14:31:12] Amy Wu: Ok we arrange 👌 RAL 7035 noted
        [20/05/2024, 14:31:50] Amy Wu: Proforma for samples I send tomorrow
        """))])

# p33: "start with the parts for the mock-up row" - no quantity; hold, event and person complete
case("p33_sonne_mockup_parts_no_qty", ["RG010"],
     "buyer: start with the parts for the mock-up row, no quantity anywhere; rest not released until Abnahme + written release by Jonas Weber",
     [("Plattling_Musterreihe.eml", eml_bytes(mail(
         "Katrin Vogel <k.vogel@sonnenfeld-projektbau.de>", "Kevin Zhang <kevin.zhang@jinhai-solar.cn>",
         "Plattling - mock-up row / Musterreihe", "Wed, 22 May 2024 13:30:18 +0200",
         T("""
         Dear Kevin,

         bitte / please start with the parts for the mock-up row at Plattling (rails C-41, mid and end
         clamps, rail connectors, earthing clips) as per your offer JH-Q-2405-066. PO 4500079560 comes
         out of SAP today.

         The rest of the project stays on hold and is not released until the Abnahme (site acceptance)
         of the mock-up row by our site manager Herr Krüger and the written production release by
         Jonas Weber, Leiter Einkauf.

         Delivery address: PV-Park Plattling, Zufahrt Isarstraße, Container Bauleitung.

         Mit freundlichen Grüßen
         """) + sig("Katrin Vogel", "Einkauf", SONNE, "+49 941 000 3317"))))])

# p34: "OK, proceed." in reply to a two-tier quote
_p34_quote = T("""
Dear Thandi,

Thank you for your enquiry for the Prieska 9 MWp project. Our offer for the module clamps:

  Item             Qty            Unit price USD (FOB Mersin)
  MC-35 sample     20 pcs         2.10
  MC-35 project    4,000 pcs      0.86
  EC-35 sample     20 pcs         2.30
  EC-35 project    4,000 pcs      0.94

Lead time: samples 10 days, project 4 weeks. Payment: T/T 30 days after B/L.
Salt-spray ISO 9227 720 h report attached to our previous mail.

Best regards,
Ferhat Yılmaz
Export Sales Manager, Anadolu Metal Konstrüksiyon A.Ş.
""")
case("p34_karoo_ok_proceed_on_quote", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "buyer replies 'OK, proceed.' to a sample/project quote: no quantity, no scope, nothing on the balance, event or release person",
     [("RE_Offer_Prieska_clamps.eml", eml_bytes(mail(
         "Thandi Mokoena <thandi@karoosun.co.za>", "Ferhat Yılmaz <ferhat.yilmaz@anadolumetal.com.tr>",
         "RE: Offer ANM-2024-0910 - module clamps Prieska", "Thu, 23 May 2024 15:47:02 +0200",
         T("""
         Hi Ferhat,

         OK, proceed.

         Thandi

         Sent from my iPhone

         On 22 May 2024, at 11:12, Ferhat Yılmaz <ferhat.yilmaz@anadolumetal.com.tr> wrote:

         """) + quote_lines(_p34_quote), in_reply_to="<h156-anm-0910@anadolumetal.com.tr>")))])

# p35: cover mail says 20 sample sets, attached PO says 24
_p35_po = pdf([
    ("h1", "PEDIDO / PURCHASE ORDER 2024-0501"),
    ("p", f"{IBER}, C/ de Fuencarral 121, 28010 Madrid"),
    ("p", f"Proveedor / Supplier: {HAIPHONG}, Haiphong, Vietnam - Oferta HSF-Q-24-081"),
    ("p", "Fecha / Date: 21/05/2024 - Incoterm: CPT Madrid"),
    ("table", [
        ["Pos.", "Ref.", "Descripción / Description", "Cant. / Qty", "Precio USD", "Importe USD"],
        ["1", "CP-1P-S", "Carport kit single-post 1P, AL6005-T5, sample", "24 sets", "68,00", "1.632,00"],
    ]),
    ("h", "Alcance / Scope"),
    ("p", "Only the 24 sample sets are released for manufacture. The balance of 1.176 sets of the project quantity "
          "(1.200 sets) is not released; please do not start it and do not buy material for it."),
    ("p", "The balance will be released only by a written release signed by Nuria Campos, Jefa de Compras, after the "
          "sample sign-off on the mock-up row in Toledo."),
    ("p", "Pago / Payment: T/T 30 days. Entrega / delivery: before 28/06/2024."),
    ("p", "Álvaro Serrano Pérez - Compras"),
], title="PO 2024-0501", author="Alvaro Serrano")
case("p35_iber_cover_20_po_24", ["RG011"],
     "cover mail: 'PO for the 20 sample sets'; attached PO releases 24 sample sets (complete scope otherwise)",
     [("PO_2024-0501_samples_carport.eml", eml_bytes(mail(
         "Álvaro Serrano <a.serrano@iberdistrib.es>", "Nguyen Thi Lan <lan.nt@solarfix.vn>",
         "PO 2024-0501 - carport samples", "Tue, 21 May 2024 16:12:09 +0200",
         T("""
         Dear Ms. Lan,

         attached please find our PO 2024-0501 for the 20 sample sets of the single-post carport kit.

         The mock-up row will be built at our customer's site in Toledo in the first week of July, so
         the samples should arrive in Madrid before 28 June. Please send the structural calculation
         together with the samples.

         Thank you and best regards,
         """) + sig("Álvaro Serrano Pérez", "Compras / Purchasing", IBER, "+34 91 000 4471"),
         attachments=[("PO_2024-0501.pdf", _p35_po, PDF_MT)])))])

# p36: PO header says twelve (12), the item table says 16
case("p36_lonestar_po_header_vs_line", ["RG011"],
     "PO text releases twelve (12) sample adapters, line table orders 16",
     [("PO-LS-24-0501.pdf", pdf([
         ("h1", "PURCHASE ORDER PO-LS-24-0501 - SAMPLE ORDER"),
         ("p", f"{LONE} - 4100 Commerce Park Dr, Suite 210, Austin, TX 78744"),
         ("p", f"Vendor: {XIAMEN} - Date: May 23, 2024 - Terms: Net 45 - FOB Xiamen"),
         ("p", "Sample order: twelve (12) ground screw adapters GSA-76 for the pile load test at our Seguin site."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UOM", "Unit USD", "Ext. USD"],
             ["1", "GSA-76", "Ground screw adapter 76 mm to C-purlin, S355 HDG, incl. M16 bolts", "16", "EA", "18.40", "294.40"],
             ["2", "FRT", "Air freight", "1", "LOT", "260.00", "260.00"],
         ]),
         ("h", "Scope"),
         ("p", "Only the twelve (12) sample adapters are released. The production quantity of 1,200 adapters is not released "
               "and must not be started. It will be released only by a written release from Laura Kim, Director of "
               "Procurement, after our engineering has signed off the pile load test. Material authority: sample-only."),
         ("p", "Issued by: Megan Doyle, Buyer"),
     ], pagesize=LETTER, title="PO-LS-24-0501", author="Megan Doyle"))])

# p37: two files: call-off printout releases 250 m, the cover e-mail says 200 m
case("p37_sonne_calloff_250_mail_200", ["RG011"],
     "call-off 08 printout releases 250 m, the cover mail for the same call-off says 200 m",
     [("ABRUF_08_5500001823.txt", T("""
        ==========================================================================================
        SONNENFELD PROJEKTBAU GMBH                 ABRUF / CALL-OFF NO. 08
        ==========================================================================================
        An/To        : Stalprofil Kable Sp. z o.o., Lodz  (Hr. Tomasz Wisniewski)
        Rahmen/Frame : Lieferplan 5500001823, Pos 00010
        Material     : 3000417  Kabelrinne KBL-300/60 gelocht, feuerverzinkt, L=3 m
        Datum/Date   : 03.06.2024
        Baustelle    : PV-Park Deggendorf, Anlieferung Lager West, Bauleiter F. Krüger
        ------------------------------------------------------------------------------------------
        ABGERUFEN / RELEASED NOW (call-off 08) ............................  250 m
        Liefertermin / delivery ................................................ KW 26 (24.06.2024)
        ------------------------------------------------------------------------------------------
        Rest der Rahmenmenge / balance of frame quantity:
          -> NICHT freigegeben / NOT released. Do not fabricate.
          -> Each further quantity is released only by the next written call-off,
             signed by Jonas Weber, Leiter Einkauf.
        MATERIAL AUTHORITY: none beyond this call-off.
        ------------------------------------------------------------------------------------------
        Katrin Vogel, Einkauf
        ==========================================================================================
        """)),
      ("Abruf_08_Deggendorf.eml", eml_bytes(mail(
          "Katrin Vogel <k.vogel@sonnenfeld-projektbau.de>", "Tomasz Wiśniewski <t.wisniewski@stalprofil.pl>",
          "Abruf 08 / call-off 08 - Deggendorf", "Mon, 03 Jun 2024 10:02:44 +0200",
          T("""
          Guten Morgen Herr Wiśniewski,

          attached call-off 08, releasing 200 m of KBL-300/60 for the Deggendorf site, delivery KW 26.

          All other quantities of the frame stay not released until the next call-off from Jonas Weber.
          Please confirm the delivery date by Wednesday.

          Mit freundlichen Grüßen
          """) + sig("Katrin Vogel", "Einkauf", SONNE, "+49 941 000 3317"))))])

# p38: release letter: "four hundred (450)"
case("p38_surya_release_words_vs_digits", ["RG011"],
     "release letter: 'four hundred (450) table sets' - words and digits disagree; hold, event and person complete",
     [("Production_Release_PR-24-019.docx", docx_bytes([
         ("h1", "PRODUCTION RELEASE PR-24-019"),
         ("p", f"From: {SURYA}, Pune. To: {DECCAN}, Chakan MIDC, Pune. Date: 24.05.2024."),
         ("p", "Ref.: Rate contract RC/24/011 for module mounting structures MMS 2P-26 (contract quantity 1,200 table sets)."),
         ("p", "Dear Prakash ji,"),
         ("p", "We hereby release four hundred (450) table sets of MMS 2P-26 for Site Sangola, for manufacture and "
               "dispatch as per the schedule below."),
         ("table", [
             ["Lot", "Table sets", "Dispatch", "Destination"],
             ["1", "150", "15.06.2024", "Sangola site stores, Gat No. 211"],
             ["2", "150", "29.06.2024", "Sangola site stores"],
             ["3", "150", "13.07.2024", "Sangola site stores"],
         ]),
         ("p", "The balance of 750 table sets under RC/24/011 is not released. It will be released only by the next "
               "written production release from Mr. Anil Kapoor, GM Projects, after the Sangola blocks are commissioned."),
         ("p", "Material authority: limited to the quantity released by this letter."),
         ("p", "For Suryamitra Renewables Pvt. Ltd. - Anil Kapoor, GM Projects"),
     ], author="Anil Kapoor"))])

# p39: chat: 30 sample clamps, later "as agreed, the 36 samples"
case("p39_whatsapp_helio_30_then_36", ["RG011"],
     "buyer first releases only 30 sample clamps (balance 2.970 on hold), later asks for 'the 36 samples' on the same PO",
     [("WhatsApp Chat with Ferhat Yilmaz ANM.txt", T("""
        [14/05/2024, 09:31:04] Marta Giménez: Hola Ferhat! PO 4510024470 sent to your mail: only 30 sample clamps for now, for the Utrera mock-up row
        [14/05/2024, 09:32:10] Marta Giménez: The bal. of 2.970 clamps is NOT released. Javier Ortega (Director de Compras) sends the written release after the mock-up sign-off
        [14/05/2024, 09:40:22] Ferhat Yılmaz: Noted Marta Hanım, 30 pcs. Balance waiting Mr. Javier release
        [14/05/2024, 09:41:05] Ferhat Yılmaz: Anodised or mill finish for samples?
        [14/05/2024, 09:44:37] Marta Giménez: Anodised 15 µm please, same as series would be
        [17/05/2024, 16:05:51] Marta Giménez: Ferhat, as agreed please send the 36 samples by DHL, our engineer wants spares for the torque test
        [17/05/2024, 16:20:13] Ferhat Yılmaz: Ok 36 pcs DHL Friday 👍
        [17/05/2024, 16:21:40] Marta Giménez: Gracias!
        """))])

# p40: buyer portal: line table 48 m, scope note releases 40 m
case("p40_karoo_portal_48_vs_40", ["RG011"],
     "buyer portal PO: line quantity 48 m, scope note releases 40 m (balance 5,960 m of 6,000 m on hold)",
     [("KSE-PO-24-0744_portal.html", html_page("Karoo Sun supplier portal - KSE-PO-24-0744", T(f"""
        <h2>Karoo Sun Energy &ndash; Supplier Portal</h2>
        <p>Supplier: {STAL} &middot; user: t.wisniewski@stalprofil.pl</p>
        <h3>Purchase order KSE-PO-24-0744 &ndash; De Aar 19 MWp &ndash; cable ladder</h3>
        <table>
          <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price EUR</th><th>Total EUR</th></tr>
          <tr><td>1</td><td>KLD-400</td><td>Cable ladder 400 mm, side rail 60 mm, HDG, L = 6 m</td><td>48 m</td><td>21,40</td><td>1.027,20</td></tr>
          <tr><td>2</td><td>KLD-400-CPL</td><td>Coupler plates + bolts</td><td>8 sets</td><td>4,10</td><td>32,80</td></tr>
        </table>
        <div class="note"><b>Scope of this PO.</b> Released now: 40 m sample cable ladder (with couplers) for the load test at De Aar.
        The balance of 5,960 m of the project quantity (6,000 m) is not released &ndash; do not fabricate it and do not buy
        material for it. It will be released only by a written release from Piet van Wyk, Procurement Manager, after the
        load test report has been signed off by our engineer.</div>
        <p>Delivery: CFR Cape Town, ETD 14 June 2024. Payment: 30 days after B/L. Status: <b>Open &ndash; awaiting acknowledgement</b></p>
        <p><a href="#">Acknowledge PO</a> &middot; <a href="#">Download PDF</a> &middot; <a href="#">Message buyer</a></p>
        """)))])


# ------------------------------------------------------------------ batch 5: positives p41-p49, clean c09-c15
# p41: buyer: advance wired, "so you can kick off production" (full-quantity order)
_p41_pop = pdf([
    ("h1", "PAYMENT CONFIRMATION"),
    ("p", "First National Bank - Corporate Banking - Global Payments"),
    ("table", [
        ["Field", "Value"],
        ["Date", "2024-05-22"],
        ["Ordering customer", "KAROO SUN ENERGY (PTY) LTD, CAPE TOWN"],
        ["Beneficiary", "HAIPHONG SOLARFIX CO., LTD, HAIPHONG, VIETNAM"],
        ["Amount", "USD 15,660.00"],
        ["Reference", "PI-HSF-24-044 30PCT ADVANCE"],
        ["SWIFT ref.", "FIRNZAJJ240522-0088412"],
        ["Status", "Processed"],
    ]),
], title="Payment confirmation", author="FNB")
case("p41_karoo_advance_kick_off", ["RG012"],
     "buyer: 30% advance wired, 'so you can kick off production' of the full 900-kit order - payment used as the start signal",
     [("PI-HSF-24-044_Franschhoek.eml", eml_bytes(mail(
         "Thandi Mokoena <thandi@karoosun.co.za>", "Tran Van Minh <minh.tv@solarfix.vn>",
         "Advance paid - PI-HSF-24-044 - Franschhoek carports", "Wed, 22 May 2024 10:18:36 +0200",
         T("""
         Hi Minh,

         We've wired the 30% advance on PI-HSF-24-044 (USD 15,660.00) this morning, proof of payment
         attached. So you can kick off production of the 900 carport rail kits now.

         It's the full order for the Franschhoek wine estate carports under PO KSE-PO-24-0688 - no
         samples this time, the kit is identical to the Paarl kits from last year (drawing CP-RK-6 rev C).

         Please send me the production schedule and the booking for the first container by Friday.

         Thanks a lot!
         """) + sig("Thandi Mokoena", "Procurement Officer", KAROO, "+27 21 555 0190"),
         attachments=[("POP_FNB_20240522.pdf", _p41_pop, PDF_MT)])))])

# p42: supplier: PO accepted in our ERP, therefore production scheduled despite the PO's release clause
_p42_status = html_page("Order status NEB-SO-24-0391", T("""
    <h3>Ningbo Everbright &ndash; order status</h3>
    <table>
      <tr><th>Customer</th><td>Sonnenfeld Projektbau GmbH</td></tr>
      <tr><th>Customer PO</th><td>4500079600</td></tr>
      <tr><th>Sales order</th><td>NEB-SO-24-0391</td></tr>
    </table>
    <table>
      <tr><th>Step</th><th>Status</th><th>Date</th></tr>
      <tr><td>PO received</td><td>done</td><td>2024-05-20</td></tr>
      <tr><td>PO accepted in ERP</td><td>done</td><td>2024-05-23</td></tr>
      <tr><td>Production start (assembly line 3)</td><td>scheduled</td><td>2024-05-27</td></tr>
      <tr><td>FAT</td><td>planned</td><td>2024-06-14</td></tr>
      <tr><td>ETD Ningbo</td><td>planned</td><td>2024-06-21</td></tr>
    </table>
    """))
case("p42_ningbo_po_accepted_production", ["RG012"],
     "supplier: because the PO is accepted in our ERP, production is scheduled, although the PO names a separate production release",
     [("PO_4500079600_NEB-SO-24-0391.eml", eml_bytes(mail(
         "Amy Wu <amy.wu@everbright-enclosure.cn>", "Katrin Vogel <k.vogel@sonnenfeld-projektbau.de>",
         "PO 4500079600 accepted - sales order NEB-SO-24-0391", "Thu, 23 May 2024 17:44:10 +0800",
         T("""
         Dear Ms. Vogel,

         Good day! Your PO 4500079600 for the GAK-24/1500 combiner boxes has been accepted in our ERP
         system today, sales order no. NEB-SO-24-0391.

         We note your PO text mentions a separate production release. However as the PO is now accepted
         in our system, production of your order is scheduled to start on 27 May on assembly line 3, so we
         can keep your ETD of 21 June. Please see the attached order status.

         Any question please feel free to contact me.

         Best regards,
         Amy Wu
         Sales Manager, Overseas Department
         Ningbo Everbright Electrical Enclosure Co., Ltd.
         Tel: +86 574 8600 2231
         """), attachments=[("order_status_NEB-SO-24-0391.html", _p42_status, "text/html")])))])

# p43: chat (IN): "LC opened, pls start mass production" + "Q3 forecast, take it as PO"
case("p43_whatsapp_surya_lc_opened", ["RG008", "RG012"],
     "buyer: LC opened so start mass production (full-qty PO); and the Q3 forecast of ~560 boxes 'take it as PO only'",
     [("WhatsApp Chat with Vikram Patel PowerBox.txt", T("""
        21/05/24, 11:02 am - Suresh Iyer: Vikram bhai, LC for PO 4100013390 (1,250 nos SCB-24, full qty) opened today ✅ pls start mass production
        21/05/24, 11:03 am - Suresh Iyer: LC no. 0456ILC2400871, HDFC Bank, Pune
        21/05/24, 11:05 am - Suresh Iyer: Also Q3 forecast is approx 8 MW (~560 nos SCB). Take it as PO only, paperwork will follow 👍
        21/05/24, 11:19 am - Vikram Patel: Noted sir 🙏 will plan both
        21/05/24, 11:20 am - Vikram Patel: LC copy pls share on mail for our bank
        21/05/24, 11:34 am - Suresh Iyer: Done, check mail
        21/05/24, 11:35 am - Vikram Patel: 👍
        """))])

# p44: pro-forma: production starts upon receipt of the deposit, no further confirmation needed
case("p44_haiphong_proforma_deposit_starts", ["RG012"],
     "supplier pro-forma: production commences upon receipt of the 30% deposit, no further confirmation required",
     [("PI-HSF-24-052.pdf", pdf([
         ("h1", "PROFORMA INVOICE PI-HSF-24-052"),
         ("p", f"Seller: {HAIPHONG}, Lot C4 Nomura Industrial Zone, An Duong, Haiphong, Vietnam. Tax code 0201234567."),
         ("p", f"Buyer: {HELIO}, Avda. de la Innovación 12, 41020 Sevilla, Spain."),
         ("p", "Date: 24/05/2024. Your PO: 4510024555 (full order, Dos Hermanas parking carports)."),
         ("table", [
             ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
             ["1", "Carport kit CP-2P-5, 2-post, 5 m span, AL6005-T5, anodized 15 µm", "800 sets", "64.50", "51,600.00"],
             ["2", "Fastener bags SUS304 per kit", "800 bags", "3.20", "2,560.00"],
             ["", "", "", "Total FOB Haiphong", "54,160.00"],
         ]),
         ("h", "Terms"),
         ("p", "Payment: 30% deposit (USD 16,248.00) by T/T, balance 70% against copy of B/L."),
         ("p", "Production will commence immediately upon receipt of the deposit; no further confirmation from the buyer is required."),
         ("p", "Lead time: 35 days from receipt of deposit. Packing: wooden crates, fumigated (ISPM 15). Port of loading: Haiphong."),
         ("p", "Bank: Vietcombank Haiphong Branch, SWIFT BFTVVNVX, A/C 0031000123456 (USD)."),
         ("p", "Nguyen Thi Lan - Sales Executive"),
     ], title="PI-HSF-24-052", author="Nguyen Thi Lan"))])

# p45: two files: sample PO printout (no hold statement) + supplier quote with 6.000 m project quantity
case("p45_karoo_po_txt_and_stal_quote", ["RG001", "RG003"],
     "sample PO for 40 m names revised PO by Piet van Wyk after load test but never says the rest is not released; quote beside it shows 6.000 m",
     [("KSE-PO-24-0731.txt", T("""
        KAROO SUN ENERGY (PTY) LTD                                   PURCHASE ORDER
        Unit 7 Montague Park, Montague Gardens, Cape Town 7441       No.   : KSE-PO-24-0731
        VAT 4123456789                                               Date  : 2024/05/20
                                                                     Page  : 1
        Supplier : STALPROFIL KABLE SP. Z O.O.                       Acc   : STAL001
                   ul. Transportowa 9, 93-470 Lodz, Poland
        Your ref : Offer OF/2024/0412                                Buyer : T. Mokoena
        Project  : Upington Solar 1 (cable management)
        ----------------------------------------------------------------------------------------
        Code          Description                                  Qty   Unit   Price EUR     Nett EUR
        KBL-300/60    Cable tray 300x60 perf. HDG 3 m, SAMPLE      40.00  m        15.20       608.00
        KBL-CPL       Coupler set M6                               14.00  set       2.05        28.70
        ----------------------------------------------------------------------------------------
                                                                  Total Nett EUR            636.70
        ----------------------------------------------------------------------------------------
        Notes:
        Sample for the load test at Upington (span 2 m, 120 kg/m).
        Series: once our engineer has signed off the load test report, Piet van Wyk
        (Procurement Manager) will issue a revised PO for the series quantity.
        Delivery: CFR Cape Town, ETD 2024/06/07. Payment: 30 days from B/L.
        ----------------------------------------------------------------------------------------
        Authorised: T. Mokoena
        """)),
      ("OF_2024_0412_Stalprofil.pdf", pdf([
          ("h1", "OFERTA / OFFER OF/2024/0412"),
          ("p", f"{STAL}, ul. Transportowa 9, 93-470 Łódź. To: {KAROO}, Ms. Thandi Mokoena. Date: 13.05.2024."),
          ("table", [
              ["Item", "Description", "Quantity", "Price EUR/m", "Lead time"],
              ["KBL-300/60 sample", "Cable tray 300x60, perforated, 1,5 mm, HDG, L=3 m", "40 m", "15,20", "2 weeks"],
              ["KBL-300/60 project", "same, Upington Solar 1", "6.000 m", "9,10", "4 weeks"],
              ["KBL-CPL", "Coupler set with M6 bolts", "per joint", "2,05", "with tray"],
          ]),
          ("p", "Prices ex works Łódź, packing on pallets max. 1.000 kg. Sea freight to Cape Town on request."),
          ("p", "Agnieszka Nowak - Customer Service"),
      ], title="OF/2024/0412", author="Agnieszka Nowak"))])

# p47: buyer portal PO shows "Project qty 1,600" next to the ordered 8; nothing else
case("p47_lonestar_portal_project_qty_column", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO: ordered 8 sample bracket sets with a 'Project qty 1,600' column; no hold, no unlock event, no release person",
     [("portal_PO-LS-24-0488.html", html_page("Lone Star Solar Supplier Portal - PO-LS-24-0488", T(f"""
        <h2>Lone Star Solar &ndash; Supplier Portal</h2>
        <p>Signed in: Kevin Zhang ({XIAMEN})</p>
        <h3>Purchase order PO-LS-24-0488</h3>
        <p>Issued May 16, 2024 by Megan Doyle &middot; Terms Net 45 &middot; FOB Xiamen &middot; Project: Lockhart 6.8 MWdc (single-axis tracker)</p>
        <table>
          <tr><th>Line</th><th>Item</th><th>Description</th><th>Ordered qty</th><th>Project qty</th><th>Unit USD</th><th>Ext. USD</th></tr>
          <tr><td>1</td><td>TB-1P-S</td><td>Tracker module bracket set 1P, S350GD+ZM310, sample</td><td>8</td><td>1,600</td><td>41.00</td><td>328.00</td></tr>
          <tr><td>2</td><td>FRT-AIR</td><td>Air freight to Del Valle, TX</td><td>1</td><td>&ndash;</td><td>310.00</td><td>310.00</td></tr>
        </table>
        <p>Ship the sample sets by air to the Del Valle yard, attn. Tyler Brooks. Include the ZM310 coating certificate.</p>
        <p>Invoices to ap@lonestarsolar.us, quoting the PO number. Status: <b>Acknowledged by supplier (May 17, 2024)</b></p>
        """)))])

# p48: complete sample PO, but an old quote with 1,000 pcs is forwarded with it and not labelled
_p48_po = pdf([
    ("h1", "BESTELLUNG / PURCHASE ORDER 4500079710"),
    ("p", f"{SONNE}, Industriestraße 40, 93055 Regensburg"),
    ("p", f"Lieferant / Supplier: {NINGBO} - Lief.-Nr. 100801 - Datum 24.05.2024 - FOB Ningbo"),
    ("table", [
        ["Pos", "Material", "Bezeichnung / Description", "Menge", "ME", "Preis EUR", "Wert EUR"],
        ["10", "3200412", "Generatoranschlusskasten GAK-12/1000, 12 Strings, 1000 V DC, IP65 - Muster / sample", "5", "ST", "260,00", "1.300,00"],
    ]),
    ("h", "Scope"),
    ("p", "Only the five (5) sample boxes are released. The remaining 195 boxes of the project quantity (200 boxes, "
          "PV-Park Deggendorf) are not released; do not build them and do not buy material for them."),
    ("p", "They will be released only by a written production release from Jonas Weber, Leiter Einkauf, after the "
          "IEC 61439-2 type test report has been signed off by our engineering. Material authority: sample-only."),
    ("p", "Katrin Vogel - Einkauf"),
], title="Bestellung 4500079710", author="Katrin Vogel")
_p48_old = mail("Amy Wu <amy.wu@everbright-enclosure.cn>", "Katrin Vogel <k.vogel@sonnenfeld-projektbau.de>",
                "Quotation NEB-Q231018 - GAK-12/1000", "Wed, 18 Oct 2023 15:10:00 +0800",
                T("""
                Dear Ms. Vogel,

                Thank you for your enquiry. Please find our quotation:

                  Model          Description                              Qty         Unit price EUR (FOB)
                  GAK-12/1000    12 strings, 1000 V DC, IP65, SPD T2      1,000 pcs   182.00
                  GAK-12/1000    samples                                  5 pcs       260.00

                MOQ 1,000 pcs for the above price. Lead time 30 days. Payment T/T 30 days after B/L.

                Best regards,
                Amy Wu
                """))
case("p48_sonne_po_with_old_quote_1000", ["RG001"],
     "complete sample PO (5 released, 195 on hold) forwarded together with an old quote for 1,000 pcs that nothing labels as informational",
     [("PO_4500079710_GAK-12.eml", eml_bytes(mail(
         "Katrin Vogel <k.vogel@sonnenfeld-projektbau.de>", "Amy Wu <amy.wu@everbright-enclosure.cn>",
         "PO 4500079710 - GAK-12/1000 samples", "Fri, 24 May 2024 11:20:31 +0200",
         T("""
         Dear Amy,

         attached our PO 4500079710 for the GAK-12/1000 sample boxes for the Deggendorf park.

         I also forward your quotation from last October below; the prices should still apply, please
         confirm.

         Mit freundlichen Grüßen
         """) + sig("Katrin Vogel", "Einkauf", SONNE, "+49 941 000 3317"),
         attachments=[("PO_4500079710.pdf", _p48_po, PDF_MT), ("rfc822", _p48_old)])))])

# p49: chat: 6 samples ordered, "project has 212 boxes total"; unlock + person named, never says not released
case("p49_wechat_lonestar_212_boxes", ["RG001", "RG003"],
     "buyer: PO for 6 sample boxes, 'project has 212 boxes total', Laura Kim issues the release PO after sign-off; never says the rest is not released",
     [("WeChat_Amy_Wu_Everbright.txt", T("""
        WeChat chat history with "Amy Wu 吴敏 Everbright"
        Exported: 2024-05-28
        ------------------------------ 2024-05-24 ------------------------------
        Megan Doyle 09:14
        Hi Amy, PO-LS-24-0512 is out for 6 sample combiner boxes 🙂
        Megan Doyle 09:15
        Project has 212 boxes total, rollout in Q3 across Bastrop and Lockhart
        Megan Doyle 09:15
        Once Laura Kim signs off on the samples she'll issue the release PO
        Amy Wu 吴敏 Everbright 21:40
        Received, thank you Megan! 6 samples ETD 5 June
        Amy Wu 吴敏 Everbright 21:42
        For 212 boxes we need label list per site, can you send?
        ------------------------------ 2024-05-25 ------------------------------
        Megan Doyle 07:58
        Will do next week. Also pls use the new NEC 2023 labels
        Amy Wu 吴敏 Everbright 08:30
        OK 👌
        """))])

# ---------------------------------------------------------------- clean c09-c15
# c09: complete sample PO + old quote forwarded as rfc822 and declared informational
_c09_po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4510024107"),
    ("p", f"{HELIO}, Sevilla. Proveedor / Supplier: {HAIPHONG}, Haiphong. Fecha: 15.05.2024. Oferta HSF-Q-24-060."),
    ("table", [
        ["Pos.", "Material", "Descripción / Description", "Cant.", "Ud.", "Precio USD", "Importe USD"],
        ["10", "8000520", "End clamp EC-35, AL6063-T6, anodised, with M8 A2-70 - sample", "24", "ud", "1,95", "46,80"],
        ["20", "8000521", "Mid clamp MC-35, AL6063-T6, anodised, with M8 A2-70 - sample", "24", "ud", "1,80", "43,20"],
    ]),
    ("h", "Scope of this purchase order"),
    ("p", "Released for manufacture: 48 sample clamps (24 end clamps + 24 mid clamps) for the load test. "
          "The balance of 2.352 clamps of the project quantity (2.400) is not released: do not start it and do not buy "
          "material for it. Material authority: sample-only."),
    ("p", "Unlock event: sample sign-off of the load test by our engineering, followed by a written production release "
          "signed by Javier Ortega Lluch, Director de Compras."),
    ("p", "Marta Giménez Ruiz - Técnico de Compras"),
], title="PO 4510024107", author="Marta Gimenez Ruiz")
_c09_old = mail("Nguyen Thi Lan <lan.nt@solarfix.vn>", "Marta Giménez Ruiz <compras@helioptica.es>",
                "Quotation HSF-Q-23-214 clamps", "Tue, 14 Nov 2023 14:22:00 +0700",
                T("""
                Dear Ms. Marta,

                Please find our price for module clamps:
                  EC-35 end clamp   5,000 pcs   USD 0.92
                  MC-35 mid clamp   5,000 pcs   USD 0.84
                Price EXW Haiphong, valid 60 days.

                Best regards,
                Nguyen Thi Lan
                """))
case("c09_helio_po_old_quote_informational", [],
     "complete sample PO (48 clamps); 2023 quote with 5,000 pcs forwarded as rfc822 and declared information only, not ordered, not released",
     [("PO_4510024107_clamps.eml", eml_bytes(mail(
         "Marta Giménez Ruiz <compras@helioptica.es>", "Nguyen Thi Lan <lan.nt@solarfix.vn>",
         "PO 4510024107 - sample clamps EC-35 / MC-35", "Wed, 15 May 2024 09:47:26 +0200",
         T("""
         Dear Ms. Lan,

         please find attached our PO 4510024107 for the sample clamps (24 end + 24 mid clamps).

         For traceability I also forward your quotation HSF-Q-23-214 from November 2023. The 5,000 pcs
         quantities in that old quotation are for information only: they are not ordered and not
         released. The scope is exactly what the attached PO says.

         Best regards,
         """) + sig("Marta Giménez Ruiz", "Técnico de Compras", HELIO, "+34 954 000 112"),
         attachments=[("PO_4510024107.pdf", _c09_po, PDF_MT), ("rfc822", _c09_old)])))])

# c10: supplier: the deposit does not release production
case("c10_haiphong_deposit_not_release", [],
     "supplier confirms the deposit and states it does not release production; only the 16 samples are made until Laura Kim's written release",
     [("PI-HSF-24-031_HSF.eml", eml_bytes(mail(
         "Tran Van Minh <minh.tv@solarfix.vn>", "Megan Doyle <megan.doyle@lonestarsolar.us>",
         "Deposit received - PI-HSF-24-031 - rail splice kits", "Mon, 13 May 2024 16:40:05 +0700",
         T("""
         Dear Megan,

         We confirm receipt of the USD 4,860.00 deposit (30%) for PI-HSF-24-031 on 13 May. Thank you.

         Please note: the deposit does not release production. As per your PO-LS-24-0301 we make only the
         16 sample rail splice kits now. The 1,584 production kits we will not start, and we will not buy
         aluminium for them, until we receive the written release from Ms. Laura Kim.

         The 16 samples will be ready on 24 May, we send by FedEx to your Del Valle yard.

         Best regards,
         Tran Van Minh
         Sales Director
         Haiphong SolarFix Co., Ltd.
         +84 225 3 743 100
         """))))])

# c11: supplier acknowledgement restating the hold, quoting the buyer's scope (multipart/alternative)
_c11_katrin = T("""
Dear Amy,

our PO 4500079120 covers 5 (five) sample combiner boxes GAK-24/1500 only.
The balance of 395 boxes is not released. Please do not start it and do not buy material beyond
the 5 samples. The balance will be released only by a written release from Jonas Weber
(Leiter Einkauf) after our engineering has signed off the samples.

Please acknowledge the scope in writing.

Katrin Vogel
Einkauf, Sonnenfeld Projektbau GmbH
""")
_c11_txt = T("""
Dear Ms. Vogel,

We acknowledge your PO 4500079120 as written:
- 5 (five) sample combiner boxes GAK-24/1500 only.
- The balance of 395 boxes is not released. We will not start it and will not buy material beyond
  the 5 samples.
- We understand the balance is released only by a written release from Mr. Jonas Weber after the
  sample sign-off by your engineering.

Sample ETD Ningbo: 28 May 2024.

Best regards,
Amy Wu
Sales Manager, Ningbo Everbright Electrical Enclosure Co., Ltd.

-----Original Message-----
""") + quote_lines(_c11_katrin)
_c11_html = T("""
<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Ms. Vogel,</p>
<p>We acknowledge your PO 4500079120 as written:</p>
<ul>
<li>5 (five) sample combiner boxes GAK-24/1500 only.</li>
<li>The balance of 395 boxes is not released. We will not start it and will not buy material beyond the 5 samples.</li>
<li>We understand the balance is released only by a written release from Mr. Jonas Weber after the sample sign-off by your engineering.</li>
</ul>
<p>Sample ETD Ningbo: 28 May 2024.</p>
<p>Best regards,<br>Amy Wu<br>Sales Manager, Ningbo Everbright Electrical Enclosure Co., Ltd.</p>
<blockquote style="border-left:2px solid #ccc;padding-left:6px">
<p>Dear Amy,</p>
<p>our PO 4500079120 covers 5 (five) sample combiner boxes GAK-24/1500 only. The balance of 395 boxes is not released.
Please do not start it and do not buy material beyond the 5 samples. The balance will be released only by a written
release from Jonas Weber (Leiter Einkauf) after our engineering has signed off the samples.</p>
<p>Please acknowledge the scope in writing.</p>
<p>Katrin Vogel<br>Einkauf, Sonnenfeld Projektbau GmbH</p>
</blockquote>
</body></html>
""")
case("c11_ningbo_ack_restates_hold", [],
     "supplier acknowledgement restates 5 samples, 395 not released, written release by Jonas Weber; quoted buyer scope identical",
     [("ACK_PO_4500079120.eml", eml_bytes(mail(
         "Amy Wu <amy.wu@everbright-enclosure.cn>", "Katrin Vogel <k.vogel@sonnenfeld-projektbau.de>",
         "ACK: PO 4500079120 - GAK-24/1500 samples", "Fri, 17 May 2024 09:03:12 +0800",
         _c11_txt, html=_c11_html, in_reply_to="<h156-po-4500079120@sonnenfeld-projektbau.de>")))])

# c12: full-quantity PO with identifiers that look like quantities
case("c12_surya_full_po_identifiers", [],
     "full-quantity PO for Phaltan site; part numbers, drawing revs, IS/ISO norms and 1000 h test look like quantities; no balance",
     [("PO_SRPL_PUR_24-25_0567.pdf", pdf([
         ("h1", "PURCHASE ORDER SRPL/PUR/24-25/0567"),
         ("p", f"{SURYA}, S.No. 42/1 Baner Road, Pune 411045. GSTIN 27AABCS1234F1Z5."),
         ("p", f"Vendor: {DECCAN}, Plot G-17, Chakan MIDC Phase II, Pune 410501."),
         ("p", "Date: 20.05.2024. Project: SRPL-PHL-6MW, Phaltan (Satara), 6 MWp ground mount. Drawing DS-MMS-3000 Rev 12."),
         ("table", [
             ["Sl.", "Part no.", "Description", "Qty", "UOM", "Rate INR", "Amount INR"],
             ["1", "1000-500-250", "Column post C 150x65x20x2.5, IS 2062 E350, HDG 80 µm to IS 4759, L=2500 mm", "1,840", "NOS", "1,420.00", "26,12,800.00"],
             ["2", "1000-510-050", "Purlin C 100x50x15x2.0, L=5000 mm, HDG", "3,680", "NOS", "1,180.00", "43,42,400.00"],
             ["3", "2000-088-010", "Bolt M10x25 8.8 HDG to ISO 4017 with nut ISO 4032 + washer", "29,440", "SETS", "9.50", "2,79,680.00"],
         ]),
         ("h", "Terms"),
         ("p", "This is a firm order for the full quantities shown above for the Phaltan 6 MWp site. All quantities are "
               "ordered and released for manufacture. There is no sample lot and no balance under this PO; the design "
               "was proven at Site Jath under PO 4100013301."),
         ("p", "Quality: salt spray ISO 9227 NSS 1000 h on 3 coupons per heat; galvanizing test certificate per lot; "
               "quality plan QP-MMS-07 Rev 4; inspection per ISO 2859-1 AQL 1.0."),
         ("p", "Delivery: in 4 lots to Phaltan site, starting 15.06.2024, as per site schedule. Payment: 60 days from "
               "receipt. Warranty: 10 years against corrosion (IS 4759 class)."),
         ("p", "For Suryamitra Renewables Pvt. Ltd. - Suresh Iyer, Manager - Procurement"),
     ], title="SRPL/PUR/24-25/0567", author="Suresh Iyer"))])

# c13: third-party salt-spray test report (DOCX); explicitly not a sign-off, no release
case("c13_lab_salt_spray_report", [],
     "independent salt-spray test report on 6 clamps; states it is not a sample sign-off and releases nothing",
     [("AKT-2024-0500_salt_spray.docx", docx_bytes([
         ("h1", "TEST REPORT AKT-2024-0500"),
         ("p", "Ankara Korozyon Test Laboratuvarı Ltd. Şti. - accredited to ISO/IEC 17025 (TÜRKAK AB-0999-T)."),
         ("p", f"Client: {ANADOLU}, Kayseri. Specimens: 6 module end clamps EC-40, anodised EN AW-6063 T66, "
               "with M8x60 A2-70 bolts; end customer reference Helióptica PO 4510024470."),
         ("p", "Test method: ISO 9227:2022, neutral salt spray (NSS), 1000 h, 35 °C ± 2 °C, 50 g/l NaCl. Start 02.04.2024, end 14.05.2024."),
         ("table", [
             ["Specimen", "240 h", "480 h", "720 h", "1000 h", "Rating ISO 10289"],
             ["1", "no change", "no change", "slight white spots", "slight white spots", "9"],
             ["2", "no change", "no change", "no change", "slight white spots", "9"],
             ["3", "no change", "no change", "no change", "no change", "10"],
             ["4", "no change", "no change", "slight white spots", "slight white spots", "9"],
             ["5", "no change", "no change", "no change", "no change", "10"],
             ["6", "no change", "no change", "slight white spots", "white spots on bolt head", "8"],
         ]),
         ("h", "Conclusion"),
         ("p", "No red rust on any specimen after 1000 h. The specimens conform to the client's requirement "
               "(no red rust after 1000 h NSS)."),
         ("p", "This report relates only to the specimens tested. It is a laboratory result, not a sample sign-off, "
               "and it does not release any production quantity."),
         ("p", "Tested: Dr. Selin Arslan. Approved for issue of this report: Murat Demir, Laboratory Manager. 16.05.2024"),
     ], author="Selin Arslan"))])

# c14: SAP sample PO in capitals with all four jobs
case("c14_surya_sap_sample_po_complete", [],
     "SAP sample PO: 4 nos released, project 96 not ordered, balance 92 on hold, amended PO after field trial signed by Anil Kapoor",
     [("PO_4100012877.txt", T("""
        SURYAMITRA RENEWABLES PVT LTD                  PURCHASE ORDER                      PAGE 1 OF 1
        S.NO 42/1, BANER ROAD, PUNE 411045, MAHARASHTRA            GSTIN 27AABCS1234F1Z5
        ------------------------------------------------------------------------------------------------
        PO NO    : 4100012877          PO DATE : 08.05.2024        PUR.GRP : P07 (SURESH IYER)
        VENDOR   : 200311  AHMEDABAD POWERBOX ENCLOSURES PVT LTD, PLOT 114 GIDC VATVA, AHMEDABAD
        PROJECT  : SRPL-KRD-4MW  KARAD                    QUOTE REF : AP/Q/24/118 DT 29.04.2024
        ------------------------------------------------------------------------------------------------
        ITEM MATERIAL      DESCRIPTION                                QTY  UOM     RATE INR      VALUE INR
        0010 FG-ACDB-63A    ACDB 63A 4P IP65 POLYCARBONATE, MCB+RCCB   4  NOS     18,450.00      73,800.00
                            SPD T2 275V, DRG AP-ACDB-63-R1
        ------------------------------------------------------------------------------------------------
                                                             TOTAL BEFORE TAX       73,800.00
                                                             IGST 18%               13,284.00
                                                             GRAND TOTAL            87,084.00
        ------------------------------------------------------------------------------------------------
        PO TEXT:
        1. SAMPLE ORDER. ONLY 4 (FOUR) NOS RELEASED FOR MANUFACTURE.
        2. PROJECT QTY 96 NOS (QUOTE AP/Q/24/118) IS NOT ORDERED AND NOT RELEASED BY THIS PO.
        3. BALANCE 92 NOS ON HOLD. DO NOT PROCURE MATERIAL FOR BALANCE. MATERIAL AUTHORITY: SAMPLE ONLY.
        4. BALANCE WILL BE RELEASED ONLY BY AMENDED PO AFTER FIELD TRIAL SIGN-OFF AT KARAD,
           SIGNED BY MR. ANIL KAPOOR, GM PROJECTS.
        5. DELIVERY: 20 DAYS FROM PO. PAYMENT: 45 DAYS FROM RECEIPT AND ACCEPTANCE.
        ------------------------------------------------------------------------------------------------
        THIS IS A COMPUTER GENERATED DOCUMENT. SIGNATURE NOT REQUIRED.
        """))])

# c15: WeChat: supplier proposes buying extrusion for 3 MW; buyer refuses with complete scope
case("c15_wechat_iber_refuses_material", [],
     "supplier offers to buy aluminium for the whole 3 MW; buyer refuses: 24 sets released, 1.176 not released, sample-only material, Nuria Campos releases",
     [("WeChat_Kevin_Zhang_Iberdistrib.txt", T("""
        WeChat chat history with "Kevin Zhang 张凯 (Jinhai Solar)"
        Exported by: Álvaro Serrano   Export date: 2024-05-17
        ———————————————— 2024-05-16 ————————————————
        Kevin Zhang 张凯 (Jinhai Solar)  14:31
        Álvaro, aluminium price go up 6% next month (LME + Shanghai premium). Can we buy 6005-T5 for whole 3 MW now? Save money for you 💰
        Kevin Zhang 张凯 (Jinhai Solar)  14:32
        We can keep in our warehouse
        Álvaro Serrano  15:05
        Thanks Kevin, good of you to think of it, but no
        Álvaro Serrano  15:07
        Only the 24 sample sets from PO 2024-0388 are released. Material authority stays sample-only. Do not buy extrusion for the 3 MW - the balance of 1.176 sets is not released
        Álvaro Serrano  15:08
        Release of the balance only after the mock-up row in Toledo is signed off, and then Nuria Campos (our Jefa de Compras) sends the written release
        Kevin Zhang 张凯 (Jinhai Solar)  15:20
        OK understand. Only 24 set. Wait Nuria release 🙏
        """))])


# ------------------------------------------------------------------ batch 6: clean c16-c25
# c16: two files: complete sample PO + supplier quote with tiers (quote quantity declared informational)
case("c16_karoo_po_and_ningbo_quote", [],
     "sample PO for 6 boxes declares the quoted 300 informational and not released, balance 294 on hold, pilot sign-off + Piet van Wyk; quote beside it",
     [("KSE-PO-24-0655.pdf", pdf([
         ("h1", "PURCHASE ORDER KSE-PO-24-0655"),
         ("p", f"{KAROO}, Unit 7 Montague Park, Montague Gardens, Cape Town 7441. VAT 4123456789."),
         ("p", f"Supplier: {NINGBO}. Date: 15 May 2024. Project: Upington Solar 1, 12 MWp. Quotation: NEB-Q240509."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "CB-16S-1500-IEC", "DC combiner box 16 strings, 1500 V, IP65 GRP, IEC 61439-2, SPD T1+T2", "6", "505.00", "3,030.00"],
             ["2", "FRT", "Air freight to Cape Town", "1", "640.00", "640.00"],
         ]),
         ("h", "Scope"),
         ("p", "Released now: six (6) sample combiner boxes for the pilot installation at Upington."),
         ("p", "The production quantity of 300 boxes in your quotation NEB-Q240509 is shown there for information only. It is "
               "not ordered and not released by this PO. The balance of 294 boxes is on hold: do not start it and do not "
               "buy enclosures, fuses or SPDs for it. Material authority: sample-only."),
         ("p", "Unlock event: the pilot installation at Upington has to be signed off by our electrical engineer; after "
               "that, the balance can be released only by a written release signed by Piet van Wyk, Procurement Manager."),
         ("p", "Delivery: by 14 June 2024. Payment: 30 days from receipt. Issued by Thandi Mokoena, Procurement Officer."),
     ], title="KSE-PO-24-0655", author="Thandi Mokoena")),
      ("NEB-Q240509.pdf", pdf([
          ("h1", "QUOTATION NEB-Q240509"),
          ("p", f"{NINGBO} - To: {KAROO}, Ms. Thandi Mokoena - Date: 2024-05-09 - Valid 30 days"),
          ("table", [
              ["No.", "Model", "Description", "Qty", "Unit price USD FOB Ningbo"],
              ["1", "CB-16S-1500-IEC", "DC combiner 16 strings 1500 V, IP65 GRP, SPD T1+T2 - samples", "6 pcs", "505.00"],
              ["2", "CB-16S-1500-IEC", "same - production", "300 pcs", "371.00"],
          ]),
          ("p", "Lead time: samples 15 days; production 35 days. Payment: T/T 30 days after B/L. Warranty 5 years. "
                "Type test report IEC 61439-2 (CQC) available."),
          ("p", "Amy Wu - Sales Manager"),
      ], title="NEB-Q240509", author="Amy Wu"))])

# c17: interim disposition with quantity and expiry limits; interim quantity released in writing; balance on hold
case("c17_sonne_interim_disposition", [],
     "interim disposition limited to 120 sets and 30.06.; those released by R-07 (Jonas Weber); 1.060 not released until final sign-off + written release",
     [("ISD-24-007.docx", docx_bytes([
         ("h1", "Interim sample disposition ISD-24-007"),
         ("p", f"Part: rail set C-41 AlMg3, L = 4.400 mm, drawing MR-41 Rev D. Supplier: {XIAMEN}. PO 4500079640."),
         ("p", "Samples: 20 rail sets, received 13.05.2024, tested 14.-21.05.2024 at our test bay and by AKT Ankara (salt spray)."),
         ("table", [
             ["Characteristic", "Requirement", "Result"],
             ["Bending stiffness, span 2,2 m", "deflection ≤ L/200 at 1,2 kN/m", "conforming"],
             ["Anodising thickness", "≥ 15 µm", "13 µm local minimum on 2 of 20 sets - deviation"],
             ["Connector slip", "≥ 3,0 kN", "conforming (3,8 kN)"],
             ["Salt spray ISO 9227, 1000 h", "no red rust", "conforming"],
         ]),
         ("h", "Disposition: INTERIM (not a full sign-off)"),
         ("li", "Limit - quantity: 120 rail sets, for the pilot installation at Plattling, block A only."),
         ("li", "Limit - date: valid until 30.06.2024. Sets not shipped by then need a new disposition."),
         ("li", "Condition: anodising deviation (min. 13 µm) accepted for these 120 sets only."),
         ("p", "The 120 sets are released for production by production release R-07, signed by Jonas Weber, Leiter Einkauf, "
               "on 24.05.2024. Material authority for the interim: up to 120 sets."),
         ("p", "The remaining 1.060 sets of the project quantity (1.200 sets incl. 20 samples and 120 interim sets) are not "
               "released. They will be released only after the final sample sign-off (re-test of anodising on a corrected lot) "
               "and a written production release signed by Jonas Weber."),
         ("p", "Signed: Dirk Hansen (Engineering), 24.05.2024. Acknowledged: Katrin Vogel (Einkauf)."),
     ], author="Dirk Hansen"))])

# c18: buyer portal: complete scope and an FAQ that says sample sign-off releases nothing
case("c18_lonestar_portal_complete", [],
     "buyer portal PO: 10 sample kits released, 990 not released, sample sign-off then written release by Laura Kim, sample-only material",
     [("portal_PO-LS-24-0377.html", html_page("Lone Star Solar Supplier Portal - PO-LS-24-0377", T(f"""
        <h2>Lone Star Solar &ndash; Supplier Portal</h2>
        <p>Signed in: Tran Van Minh ({HAIPHONG})</p>
        <h3>Purchase order PO-LS-24-0377</h3>
        <p>Issued May 6, 2024 by Megan Doyle &middot; Terms Net 45 &middot; FOB Haiphong &middot; Project: Bastrop 4.1 MWdc rooftop</p>
        <table>
          <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Status</th></tr>
          <tr><td>1</td><td>RK-3.6-S</td><td>Rail kit 3.6 m, 6005-T5, black anodized &ndash; sample</td><td>10 kits</td><td>Released</td></tr>
        </table>
        <div class="note"><b>Scope.</b> Released now: 10 sample kits (line 1). The quoted production quantity of 990 kits
        is not ordered and not released &ndash; do not start it. Unlock event: sample sign-off by our engineering, then a
        written release from Laura Kim, Director of Procurement. Material authority: sample-only.</div>
        <h3>Sample status</h3>
        <table>
          <tr><th>Submission</th><th>Received</th><th>Status</th></tr>
          <tr><td>Sample lot 1 (10 kits)</td><td>May 20, 2024</td><td>In test (wind uplift, pull-out)</td></tr>
        </table>
        <h3>FAQ</h3>
        <p><b>Does the sample sign-off release production?</b><br>No. Production quantities are released only by a written
        release from Laura Kim, which appears here as a new release document. Until then, the gate for line 2 stays closed.</p>
        <p><b>May I pre-buy material?</b><br>Only within a material authority stated on the PO. This PO is sample-only.</p>
        """)))])

# c19: buyer correctly rejects a quoted supplier assumption of auto-conversion
_c19_elif = T("""
Dear Katrin Hanım,

the mock-up row rails (400 m C-41) were loaded today, container TGHU 881204-3, ETA Hamburg 14 June.

Once you approve the mock-up row, we will continue directly with the 5.600 m so you have the
material in time for Kelheim.

Best regards,
Elif Kaya
Export Department, Anadolu Metal Konstrüksiyon A.Ş.
""")
case("c19_sonne_corrects_autoconversion", [],
     "quoted supplier assumes mock-up approval rolls into 5.600 m; buyer replies: not released, only 400 m, written release by Jonas Weber",
     [("AW_mock-up_rails_Kelheim.eml", eml_bytes(mail(
         "Katrin Vogel <k.vogel@sonnenfeld-projektbau.de>", "Elif Kaya <elif.kaya@anadolumetal.com.tr>",
         "AW: Mock-up row rails shipped / PO 4500079355", "Wed, 29 May 2024 08:12:40 +0200",
         T("""
         Dear Elif,

         thank you for the shipping details.

         But please no: the mock-up sign-off does not release the 5.600 m. Only the 400 m of rail for
         the mock-up row on PO 4500079355 is released. The balance of 5.600 m stays on hold until Jonas
         Weber (Leiter Einkauf) sends a written production release, after the mock-up has been signed
         off by our engineering. Please do not start it and do not buy billets for it.

         Please confirm by return that you have understood this.

         Mit freundlichen Grüßen
         """) + sig("Katrin Vogel", "Einkauf", SONNE, "+49 941 000 3317") +
         "\nAm 28.05.2024 um 16:31 schrieb Elif Kaya <elif.kaya@anadolumetal.com.tr>:\n" + quote_lines(_c19_elif),
         in_reply_to="<h156-anm-mockup@anadolumetal.com.tr>")))])

# c20: call-off per site with a labelled forecast for later sites (multipart/alternative + TXT attachment)
_c20_sched = T("""
SURYAMITRA RENEWABLES PVT LTD - SITE DELIVERY SCHEDULE - CALL-OFF 03 / RC/24/015
Site: Baramati 2.5 MWp   Consignee: Site stores, Gat No. 118, Pimpli, Baramati 413102
----------------------------------------------------------------------------------
Lot   Table sets (MMS 2P-26)   Dispatch from Chakan   Unloading contact
1     140                      12.06.2024             Mr. S. Jadhav +91 98220 00118
2     140                      19.06.2024             Mr. S. Jadhav
3     130                      26.06.2024             Mr. S. Jadhav
----------------------------------------------------------------------------------
Total 410 table sets = call-off 03 quantity
""")
_c20_txt = T("""
Dear Prakash ji,

Call-off 03 under rate contract RC/24/015 (MMS 2P-26, contract quantity 3,280 table sets):

Released now: 410 table sets for Site Baramati (2.5 MWp), delivery in 3 lots as per the
attached site schedule.

Balance: after call-offs 01 to 03 (1,230 table sets in total), 2,050 table sets of the contract
remain. They are not released. Further quantities are released only by the next written call-off,
signed by Mr. Anil Kapoor, GM Projects. Material authority is limited to this call-off.

Forecast - for your planning only, not an order, no material authority:
  Sangola   5.0 MWp   call-off expected Aug-24
  Karad     7.5 MWp   call-off expected Oct-24

Regards,
Suresh Iyer
Manager - Procurement, Suryamitra Renewables Pvt. Ltd.
""")
_c20_html = T("""
<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Prakash ji,</p>
<p>Call-off 03 under rate contract RC/24/015 (MMS 2P-26, contract quantity 3,280 table sets):</p>
<p><b>Released now: 410 table sets for Site Baramati (2.5 MWp)</b>, delivery in 3 lots as per the attached site schedule.</p>
<p>Balance: after call-offs 01 to 03 (1,230 table sets in total), 2,050 table sets of the contract remain. They are
<b>not released</b>. Further quantities are released only by the next written call-off, signed by Mr. Anil Kapoor,
GM Projects. Material authority is limited to this call-off.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th colspan="3">Forecast &ndash; for your planning only, not an order, no material authority</th></tr>
<tr><td>Sangola</td><td>5.0 MWp</td><td>call-off expected Aug-24</td></tr>
<tr><td>Karad</td><td>7.5 MWp</td><td>call-off expected Oct-24</td></tr>
</table>
<p>Regards,<br>Suresh Iyer<br>Manager - Procurement, Suryamitra Renewables Pvt. Ltd.</p>
</body></html>
""")
case("c20_surya_calloff_with_labelled_forecast", [],
     "call-off releases 410 table sets; 2,050 balance not released, next call-off by Anil Kapoor; later sites labelled forecast, no material authority",
     [("Call-off_03_RC-24-015_Baramati.eml", eml_bytes(mail(
         "Suresh Iyer <suresh.iyer@suryamitra.in>", "Prakash Kulkarni <prakash.k@deccanstructures.in>",
         "Call-off 03 - RC/24/015 - Baramati 2.5 MWp", "Tue, 28 May 2024 12:10:00 +0530",
         _c20_txt, html=_c20_html, cc="Anil Kapoor <anil.kapoor@suryamitra.in>",
         attachments=[("Site_schedule_CO03.txt", _c20_sched, "text/plain")])))])

# c21: supplier asks whether they may go ahead with the balance
case("c21_deccan_question_go_ahead", [],
     "supplier asks whether it may go ahead with the balance 1,188 or only the samples; will not start without written release",
     [("Sangola_mockup_VRL-PN-884120.eml", eml_bytes(mail(
         "Prakash Kulkarni <prakash.k@deccanstructures.in>", "Suresh Iyer <suresh.iyer@suryamitra.in>",
         "Sangola mock-up - samples dispatched / query on balance qty", "Mon, 27 May 2024 17:05:12 +0530",
         T("""
         Dear Suresh ji,

         Greetings from Deccan Structures.

         The 12 sample table sets for the Sangola mock-up have been dispatched today vide LR No.
         VRL-PN-884120, vehicle MH12 QW 4417. Expected at site on 29th May.

         Could you kindly confirm whether we may go ahead with the balance 1,188 table sets for Sangola,
         or only with the samples as of now? Our galvanizing plant has a slot in week 24 which we can hold
         for you till Friday.

         We will not start anything beyond the samples without your written release.

         Thanks & Regards,
         Prakash Kulkarni
         GM - Marketing
         Deccan Structures Pvt. Ltd.
         +91 20 6600 4410
         """))))])

# c22: PO with a sample line (released) and a production line (commercial cover only) + staged material authority
case("c22_sonne_po_cover_line_staged", [],
     "PO line 10: 60 m released; line 20: 2.940 m commercial cover only, not released; staged coil authority 600 m; sign-off + written release by Jonas Weber",
     [("Bestellung_4500079402.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4500079402"),
         ("p", f"{SONNE}, Industriestraße 40, 93055 Regensburg"),
         ("p", f"Lieferant / Supplier: {ANADOLU}, Kayseri - Angebot ANM-2024-0855 - Datum 16.05.2024 - DAP Regensburg"),
         ("table", [
             ["Pos", "Scope", "Bezeichnung / Description", "Menge", "Preis EUR/m", "Wert EUR", "Status"],
             ["10", "sample", "Kabelrinne KBL-200/60 gelocht, HDG, L=3 m", "60 m", "13,80", "828,00", "released for manufacture"],
             ["20", "production", "Kabelrinne KBL-200/60 gelocht, HDG, L=3 m", "2.940 m", "8,40", "24.696,00", "commercial cover only - NOT released"],
         ]),
         ("h", "Scope / Freigabe"),
         ("p", "Pos. 10: the 60 m sample tray is released for manufacture now (load test at Kelheim)."),
         ("p", "Pos. 20: the 2.940 m are commercial cover only. They are not released for production. Do not fabricate them."),
         ("p", "Material authority: staged. You may buy and hold HDG coil for up to 600 m of tray at our liability. "
               "No fabrication beyond the 60 m of pos. 10."),
         ("p", "Unlock event for pos. 20: our engineering signs off the load test report; then pos. 20 is released only by "
               "a written production release signed by Jonas Weber, Leiter Einkauf."),
         ("p", "Zahlung / payment: 30 Tage netto. Katrin Vogel - Einkauf"),
     ], title="Bestellung 4500079402", author="Katrin Vogel"))])

# c23: supplier pro-forma: payment covers the sample lot only, no deposit releases production
case("c23_stal_proforma_no_release", [],
     "supplier pro-forma for the 36 m sample lot: payment covers samples only, neither payment nor deposit releases production",
     [("PF_2024_05_118.docx", docx_bytes([
         ("h1", "FAKTURA PRO FORMA / PROFORMA INVOICE PF/2024/05/118"),
         ("p", f"Seller: {STAL}, ul. Transportowa 9, 93-470 Łódź, Poland. NIP 7291234567."),
         ("p", f"Buyer: {KAROO}, Cape Town, South Africa. Your PO: KSE-PO-24-0719. Date: 17.05.2024."),
         ("table", [
             ["No.", "Description", "Qty", "Unit price EUR", "Amount EUR"],
             ["1", "Cable tray KBL-200/60, perforated, HDG, L=3 m - sample lot", "36 m", "14,60", "525,60"],
             ["2", "Coupler sets M6", "12 sets", "2,05", "24,60"],
             ["3", "Packing (1 pallet) and FCA Łódź", "1", "45,00", "45,00"],
             ["", "", "", "Total", "595,20"],
         ]),
         ("h", "Payment"),
         ("p", "Advance payment 100% before dispatch, to mBank S.A., IBAN PL61 1140 0000 0000 1234 5678 9012, SWIFT BREXPLPW."),
         ("p", "Payment of this pro-forma covers the sample lot only. Neither this payment nor any deposit releases production. "
               "The project quantity in our offer (7.200 m) will be produced only after your written production release."),
         ("p", "Agnieszka Nowak - Customer Service - zamowienia@stalprofil.pl"),
     ], author="Agnieszka Nowak"))])

# c24: chat: "green light for the 8 mock-up row sets only", bal. 392 not released, event + person
case("c24_whatsapp_helio_green_light_scoped", [],
     "buyer: green light for the 8 mock-up row sets only; bal. 392 not released; load test then written release by Javier Ortega",
     [("WhatsApp Chat with Lily Chen Jinhai.txt", T("""
        [09/05/2024, 10:14:02] Lily Chen: Good morning Marta, we received PO 4510024388, thank you! Can we start?
        [09/05/2024, 10:31:47] Marta Giménez: Buenos días Lily! Green light for the 8 mock-up row sets only
        [09/05/2024, 10:32:30] Marta Giménez: The bal. 392 sets are not released - please don't cut profiles for them
        [09/05/2024, 10:34:11] Marta Giménez: Next step: we build the mock-up row in Écija and do the load test. After the sign-off, Javier Ortega (Director de Compras) sends the written release for the 392
        [09/05/2024, 10:40:05] Lily Chen: OK clear. 8 sets now, 392 wait for Mr. Javier written release 👍
        [09/05/2024, 10:40:40] Lily Chen: ETD 8 sets around 20/5
        [09/05/2024, 10:45:12] Marta Giménez: Perfecto, gracias
        """))])

# c25: two files: concession limited to 40 units of a full-quantity PO + cover e-mail
case("c25_surya_concession_full_po", [],
     "concession for 40 ACDB of a full-quantity PO (no balance); deviation accepted for those 40 only, no quantity change",
     [("CN-2024-040.pdf", pdf([
         ("h1", "CONCESSION / DEVIATION PERMIT CN-2024-040"),
         ("p", f"Customer: {SURYA} - Quality Department. Supplier: {AHMD}."),
         ("table", [
             ["Field", "Entry"],
             ["Item", "ACDB 63A 4P IP65, drawing AP-ACDB-63-R1"],
             ["PO", "4100013002 - full order quantity 40 nos, released for manufacture on 02.05.2024 (no sample lot, no balance)"],
             ["Deviation", "Gland plate thickness 2.5 mm instead of 3.0 mm (supplier NCR AP-NCR-24-031)"],
             ["Disposition", "Accepted for these 40 nos only (use as is). Not valid for any future order."],
             ["Quantity effect", "None. This concession does not change the ordered or released quantity."],
             ["Marking", "Label 'CN-2024-040' on the packing of each unit"],
             ["Signed", "R. Deshmukh, QA Engineer, 22.05.2024"],
         ]),
     ], title="CN-2024-040", author="R. Deshmukh")),
      ("CN-2024-040_cover.eml", eml_bytes(mail(
          "R. Deshmukh <r.deshmukh@suryamitra.in>", "Vikram Patel <vikram.patel@powerboxindia.com>",
          "Concession CN-2024-040 - ACDB 63A gland plate - PO 4100013002", "Wed, 22 May 2024 15:30:22 +0530",
          T("""
          Dear Vikram ji,

          With reference to your NCR AP-NCR-24-031, please find attached concession CN-2024-040. The
          2.5 mm gland plate is accepted as is for the 40 nos ACDB under PO 4100013002 only. Future orders
          must follow the drawing (3.0 mm).

          There is no change in quantity or delivery: 40 nos, dispatch to Karad site stores on 05.06.2024
          as per PO.

          Regards,
          R. Deshmukh
          QA Engineer, Suryamitra Renewables Pvt. Ltd.
          """))))])


# ================================================================== BUILD
def build():
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(156156).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem.lower()
        stem = re.sub(r"[^a-z0-9]+", "_", stem).strip("_")
        folder = f"h156_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    build()
