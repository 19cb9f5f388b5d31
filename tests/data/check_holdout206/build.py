#!/usr/bin/env python3
"""Generator for the releasegate check_holdout206 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout206/build.py

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
    m["Message-ID"] = msgid or f"<h206-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h206")
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



# ----------------------------------------------------------------- h206 helpers
_TR = str.maketrans({
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ś": "s", "ź": "z", "ż": "z",
    "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N", "Ś": "S", "Ź": "Z", "Ż": "Z",
    "ő": "o", "ű": "u", "Ő": "O", "Ű": "U", "ı": "i", "ş": "s", "ğ": "g", "İ": "I",
    "Ş": "S", "Ğ": "G", "≤": "<=", "≥": ">=", "→": "->",
})


def _lat(s):
    """PDF text with the 14 standard fonts: transliterate what cp1252 cannot show."""
    s = s.translate(_TR)
    s.encode("cp1252")  # fail loudly on anything else
    return s


def _latblocks(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            out.append(("table", [[_lat(str(c)) for c in r] for r in b[1]]))
        elif len(b) > 1:
            out.append((b[0], _lat(b[1])))
        else:
            out.append(b)
    return out


def PDF(blocks, **kw):
    kw = {k: _lat(v) for k, v in kw.items() if isinstance(v, str)} | \
         {k: v for k, v in kw.items() if not isinstance(v, str)}
    return pdf(_latblocks(blocks), **kw)


def q(text, level=1):
    """Quote a text block the way mail clients do ("> " per level)."""
    pre = "> " * level
    return "\n".join((pre + ln).rstrip() if ln else pre.rstrip() for ln in text.strip("\n").split("\n"))


def T(s):
    """Dedent a triple-quoted block and strip the first newline."""
    import textwrap
    return textwrap.dedent(s).lstrip("\n")


def html_from_text(text):
    """Simple HTML alternative for a plain-text mail body."""
    paras = [p for p in text.strip().split("\n\n")]
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" + "".join(
        "<p>" + escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>"


# people (all fictional)
KW = '"Katarzyna Wójcik" <k.wojcik@wistbus.pl>'
TZ = '"Tomasz Zieliński" <t.zielinski@wistbus.pl>'
MD = '"Marek Dąbrowski" <m.dabrowski@wistbus.pl>'
IS = '"Ingrid Solberg" <ingrid.solberg@fjordlinje.no>'
HB = '"Håkon Brekke" <hakon.brekke@fjordlinje.no>'
SH = '"Sigrid Haugen" <sigrid.haugen@fjordlinje.no>'
KSR = '"K. Srinivasa Rao" <dycspo.cws@dsrtc-cws.in>'
RV = '"R. Venkataraman, CME" <cme.cws@dsrtc-cws.in>'
LN = '"Lakshmi Narayanan" <awm.qc@dsrtc-cws.in>'
PCS = '"Secretary, Purchase Committee" <pc.secy@dsrtc-cws.in>'
RF = '"Rodrigo Fuentes" <rfuentes@busescordillera.cl>'
CR = '"Camila Rojas" <crojas@busescordillera.cl>'
FA = '"Felipe Araya" <faraya@busescordillera.cl>'
JL = '"Javier Lasheras" <jlasheras@asientosebro.es>'
NG = '"Nuria Gil" <ngil@asientosebro.es>'
JT = '"João Tavares" <joao.tavares@metalvouga.pt>'
RP = '"Rita Pinho" <rita.pinho@metalvouga.pt>'
EA = '"Emre Aydın" <emre.aydin@kayaotomotiv.com.tr>'
SY = '"Selin Yıldız" <selin.yildiz@kayaotomotiv.com.tr>'
VC = '"Vivian Chen" <vivian.chen@jiale-transit.cn>'
KL = '"Kevin Lin" <kevin.lin@jiale-transit.cn>'
KP = '"Kovács Péter" <kovacs.peter@kisalfoldrampa.hu>'
SE = '"Szabó Eszter" <szabo.eszter@kisalfoldrampa.hu>'

WIST = "Wistbus Sp. z o.o., ul. Przemysłowa 14, 62-090 Rokietnica"
FLE = "Fjordlinje Ekspress AS, Kokstadvegen 41, 5257 Bergen"
DSRTC = "Deccan State Road Transport Corporation, Central Workshops, Uppal, Hyderabad"
BCS = "Buses Cordillera S.A., Av. Las Parcelas 5120, Maipú, Santiago"
EBRO = "Asientos Ebro S.L., Polígono Malpica c/ E nº 22, 50016 Zaragoza"
VOUGA = "Metalúrgica do Vouga, Lda., Zona Industrial do Casarão, 3750-325 Águeda"
KAYA = "Kaya Otomotiv İç Donanım San. ve Tic. A.Ş., Nilüfer OSB, Bursa"
JIALE = "Xiamen Jiale Transit Components Co., Ltd., Haicang District, Xiamen"
KISA = "Kisalföld Rámpa Kft., Ipari Park, 9027 Győr"


# =================================================================== CLEAN
# c01 supplier quote with sample / series tiers, no authorization in the bundle
case("c01", [], "Supplier quote (ES) with sample, series and price tiers; no authorization, says it is an offer only.", [
    ("quote_Q-AE-24-0419.pdf", PDF([
        ("h1", "OFERTA / QUOTATION  Q-AE-24-0419"),
        ("p", "Asientos Ebro S.L. - Poligono Malpica c/ E no 22 - 50016 Zaragoza - CIF B50123456"),
        ("p", "Zaragoza, 8 de abril de 2024"),
        ("p", "To: Wistbus Sp. z o.o., Mrs. Katarzyna Wójcik, Purchasing. Your RFQ 2024/INT/117 of 27.03.2024."),
        ("p", "Subject: passenger seat frame double, low-entry city bus Citi 12, your PN WB-SF-2240 rev. D "
              "(drawing WB-D-2240 rev D, 3 sheets)."),
        ("p", "Dear Mrs. Wójcik, thank you for your enquiry. We are pleased to offer as follows:"),
        ("table", [
            ["Pos", "Description", "Qty", "Unit price", "Total", "Lead time"],
            ["1", "Sample frames SF-2240 rev D, primed, for fit check and UNECE R80 dynamic test", "4",
             "EUR 412,00", "EUR 1.648,00", "5 weeks"],
            ["2", "Series frames SF-2240 rev D, powder coated RAL 7021", "236", "EUR 186,40",
             "EUR 43.990,40", "8 weeks from your written release"],
            ["3", "Bending and welding fixture (one-off)", "1", "EUR 3.200,00", "EUR 3.200,00", "with samples"],
        ]),
        ("sp",),
        ("p", "Price tiers for series (per frame, EXW Zaragoza):"),
        ("table", [
            ["Quantity per call-off", "Price per frame"],
            ["100 - 199 pcs", "EUR 198,10"],
            ["200 - 499 pcs", "EUR 186,40"],
            ["500 pcs and more", "EUR 179,90"],
        ]),
        ("sp",),
        ("p", "Notes: This is an offer, not an order confirmation. Validity 60 days. Lead time of series counts from "
              "your written production release; material for series is bought only after that release. "
              "Tube 30x30x2 S235JRH, seat rail 2 mm DC01. Welding per EN ISO 3834-3; quality system ISO 9001:2015. "
              "Payment 30 days date of invoice."),
        ("p", "Atentamente / Kind regards, Javier Lasheras - Dpto. Comercial - +34 976 57 21 80"),
    ], title="Oferta Q-AE-24-0419", author="Asientos Ebro S.L.")),
])

# c02 buyer RFQ with three quantity scenarios (multipart/alternative)
_t = T("""
    Hei Emre,

    We are renewing the interior of our coaches on the Bergen - Ålesund line (12 coaches, 13,1 m). Could
    you please quote the parcel rack LR-1450 according to drawing FE-D-1450 rev B (Håkon sent it last
    week): aluminium profile 6063-T6, anodised, with reading-light duct and end caps tested to UN ECE R118.

    Please quote three scenarios:
      a) four (4) racks as samples only
      b) 60 racks (5 coaches, first phase)
      c) 120 racks (all 12 coaches, 10 per coach)

    For each scenario: unit price in EUR, tooling if any, lead time, freight DAP Bergen.

    To be clear, this is a request for quotation only and not an order. Please don't start any work or buy
    material before you have a purchase order from us.

    Deadline for your quote: Friday 24 May.
    """) + sig("Sigrid Haugen", "Innkjøper / Buyer", FLE, "+47 55 20 41 17")
_h = (f"<html><body style=\"font-family:Calibri,sans-serif\"><p>Hei Emre,</p><p>We are renewing the interior of "
      f"our coaches on the Bergen - Ålesund line (12 coaches, 13,1 m). Could you please quote the parcel rack "
      f"<b>LR-1450</b> according to drawing FE-D-1450 rev B: aluminium 6063-T6, anodised, reading-light duct, "
      f"end caps tested to UN ECE R118.</p><p>Please quote three scenarios:</p><table border=1 cellpadding=4>"
      f"<tr><th>Scenario</th><th>Quantity</th><th>Meaning</th></tr>"
      f"<tr><td>a</td><td>4</td><td>samples only</td></tr><tr><td>b</td><td>60</td><td>5 coaches, first phase</td></tr>"
      f"<tr><td>c</td><td>120</td><td>all 12 coaches, 10 per coach</td></tr></table>"
      f"<p>For each scenario: unit price in EUR, tooling if any, lead time, freight DAP Bergen.</p>"
      f"<p>To be clear, this is a request for quotation only and not an order. Please don't start any work or "
      f"buy material before you have a purchase order from us.</p><p>Deadline for your quote: Friday 24 May.</p>"
      f"<p>Med vennlig hilsen<br>Sigrid Haugen<br>Innkjøper / Buyer<br>Fjordlinje Ekspress AS</p></body></html>")
case("c02", [], "Buyer RFQ (NO) with three quantity scenarios, says it is not an order; no authorization.", [
    ("mail_fle_0513.eml", eml_bytes(mail(SH, EA, "RFQ 24-0388 - parcel rack LR-1450, Bergen-Ålesund coaches",
                                         "Mon, 13 May 2024 10:22:00 +0200", _t, html=_h, cc=HB))),
])

# c03 supplier question under a complete, quoted buyer scope (two-level quote)
_scope = T("""
    Dear Mr. Emre,

    Yes, raw material for the 4 (four) sample racks only.

    For clarity once more: PO 24/CWS/LR/0061 is for FOUR (4) sample luggage racks LR-2000 only. The balance
    quantity of 1.150 racks is NOT released for manufacture. It will be released only after sample sign-off
    by our QC wing and a written release letter signed by Sri R. Venkataraman, Chief Mechanical Engineer.

    Regards,
    K. Srinivasa Rao
    Dy. Chief Stores & Purchase Officer, DSRTC Central Workshops
    """)
_old = T("""
    Dear Sir,

    Thank you for PO 24/CWS/LR/0061. For the aluminium profile we must order minimum 500 kg from extruder.
    Shall we buy only for samples or more?

    Best regards
    Emre
    """)
_t = T("""
    Dear Sir,

    Good day. 4 sample racks are dispatched today by DHL, AWB 77 4410 2290, invoice and packing list in the box.

    Our planning department is asking: can we have the go-ahead for the balance 1.150 pcs? If possible please
    inform us until end of June so we can reserve extrusion press in July. If not possible no problem, we wait
    your written release as you wrote below.

    Best regards
    """) + sig("Emre Aydın", "Export Sales Manager", KAYA, "+90 224 411 09 32") + "\n" + \
    "On 21.05.2024 11:08, K. Srinivasa Rao wrote:\n" + q(_scope) + "\n>\n> On 20.05.2024 16:40, Emre Aydın wrote:\n" + q(_old, 2) + "\n"
case("c03", [], "Supplier asks for the go-ahead on the balance (a question) under the buyer's quoted complete scope "
                "(4 samples, 1.150 not released, QC sign-off + CME written release).", [
    ("mail_kaya_0604.eml", eml_bytes(mail(EA, KSR, "RE: PO 24/CWS/LR/0061 - luggage rack LR-2000 - material",
                                          "Tue, 04 Jun 2024 09:14:00 +0300", _t,
                                          in_reply_to="<h206-ksr-0521@dsrtc-cws.in>"))),
])

# c04 clearly labelled forecast (ERP printout)
case("c04", [], "Indian STU ERP forecast printout labelled indicative, not a purchase order.", [
    ("mms_print_0617.txt", T("""
        DECCAN STATE ROAD TRANSPORT CORPORATION
        CENTRAL WORKSHOPS, UPPAL, HYDERABAD - 500039
        MATERIALS MANAGEMENT SYSTEM (MMS) VER 4.2                       PRINT DT: 17/06/2024 11:42
        ---------------------------------------------------------------------------------------------
        REPORT   : INDICATIVE ANNUAL REQUIREMENT (FORECAST)      FY 2024-25
        *** THIS IS NOT A PURCHASE ORDER. NO MANUFACTURE OR SUPPLY AGAINST THIS STATEMENT ***
        VENDOR   : V-20931  METALURGICA DO VOUGA LDA, AGUEDA, PORTUGAL
        ---------------------------------------------------------------------------------------------
        SL ITEM CODE    DESCRIPTION                              UOM    Q1    Q2    Q3    Q4   TOTAL
        1  CWS-ST-0032  STANCHION SET 32 OD SS304, 6 STANCHIONS  SET   900   900   900   900   3600
                        + 4 GRAB RAILS PER SET, DRG CWS/BB/1450
        2  CWS-GH-0025  GRAB HANDLE 25 OD SS304 (HANGING)        NOS  1200  1200  1000  1000   4400
        3  CWS-BR-0008  BRACKET M8X1.25 CLAMP, SS 304            NOS  2400  2400  2400  2400   9600
        ---------------------------------------------------------------------------------------------
        REMARKS:
        1. Above quantities are indicative (forecast) for capacity planning only and will be revised
           every quarter as per fleet induction plan (BS-VI buses, 11 depots).
        2. Supply is authorised only by a Purchase Order / Release Order issued separately.
        3. Vendor may not procure raw material against this statement.

        PREPARED BY: STORES & PURCHASE SECTION (MMS)          PAGE 1 OF 1
        """)),
])

# c05 sample sign-off scoped to fit check, production not released
case("c05", [], "Sample sign-off record (CL) 'approved for fit check only; production not released', balance on hold, "
                "event and named release authority.", [
    ("registro_DSH-F-1900.docx", docx_bytes([
        ("h1", "Registro de sign-off de muestras / Sample sign-off record"),
        ("p", "Buses Cordillera S.A. - Ingeniería de Flota"),
        ("table", [
            ["Pieza / Part", "Carcasa letrero de destino frontal / front destination-sign housing DSH-F-1900"],
            ["Plano / Drawing", "BC-ING-1900 rev. 3"],
            ["Proveedor / Supplier", "Xiamen Jiale Transit Components Co., Ltd."],
            ["OC / PO", "4100-7702 (ocho / eight sample housings)"],
            ["Fecha / Date", "21-05-2024"],
        ]),
        ("h", "Resultados / Results"),
        ("table", [
            ["Check", "Requisito", "Resultado"],
            ["Montaje en bus eléctrico 12 m (fit)", "sin interferencia con cielo", "OK, 8/8"],
            ["Estanqueidad IP65 (IEC 60529)", "IP65", "6/8 OK; 2 con filtración en junta inferior"],
            ["UV / decoloración", "ISO 4892-2, 500 h", "informe pendiente"],
            ["Inflamabilidad UN ECE R118", "certificado", "OK (cert. JL-R118-0419)"],
        ]),
        ("h", "Disposición / Disposition"),
        ("p", "Samples approved for fit check only; production not released."),
        ("p", "Cantidad autorizada ahora / quantity authorized now: the 8 sample housings of OC 4100-7702 only."),
        ("p", "Saldo / balance: 1.182 housings, NOT released, on hold."),
        ("p", "Production release of the balance requires (1) an IP65 retest of the corrected gasket signed off by "
              "Ingeniería de Flota and (2) a written production release signed by Felipe Araya, Gerente de "
              "Operaciones. This record is not a production release."),
        ("p", "Autorización de material / material authority: sample-only."),
        ("sp",),
        ("p", "Firmado / signed: Camila Rojas, Ingeniería de Flota, 21-05-2024"),
    ], author="Camila Rojas")),
])

# c06 full-quantity PO, no balance exists
case("c06", [], "Full and final quantity PO (PL): 240 sets in two schedule lines, 'proceed with the full 240 sets'; no balance.", [
    ("PO_4500118842.pdf", PDF([
        ("h1", "ZAMÓWIENIE / PURCHASE ORDER  4500118842"),
        ("p", "Wistbus Sp. z o.o., ul. Przemysłowa 14, 62-090 Rokietnica, Poland - NIP 777-31-22-845"),
        ("p", "Date: 2024-03-11    Supplier: Metalúrgica do Vouga, Lda., Águeda, Portugal (vendor 100457)"),
        ("p", "Incoterms: FCA Águeda. Payment: 60 days. Currency: EUR."),
        ("table", [
            ["Line", "Material", "Description", "Qty", "Unit price", "Delivery"],
            ["10", "WB-HR-3215 rev F", "Handrail set Citi 12, stainless 1.4301 tube 32x1,5, brackets M8x1.25",
             "120 sets", "EUR 311,50", "wk 18/2024"],
            ["20", "WB-HR-3215 rev F", "Handrail set Citi 12 (as line 10)", "120 sets", "EUR 311,50", "wk 22/2024"],
            ["", "", "Total", "240 sets", "", "EUR 74.760,00"],
        ]),
        ("sp",),
        ("p", "Note: This purchase order covers the full and final quantity of two hundred forty (240) sets for the "
              "2024 build of Citi 12 (20 buses, 12 sets per bus). The samples were signed off under PO 4500109921 "
              "in February. There is no further balance on this order. Please proceed with the full 240 sets per "
              "the delivery lines above; material for all 240 sets is covered by this PO."),
        ("p", "Requirements: EN 10088-2 1.4301, surface grit 320, salt spray ISO 9227 NSS 480 h on brackets, "
              "quality system ISO 9001:2015. Drawing WB-D-3215 rev F."),
        ("p", "Buyer: Katarzyna Wójcik, +48 61 814 22 07, k.wojcik@wistbus.pl"),
    ], title="PO 4500118842", author="Wistbus")),
])

# c07 EDI call-off with an explicit staged material authority above the released quantity
case("c07", [], "DELFOR call-off (NO): 40 released, explicit staged material authority up to 120, balance 80 on hold "
                "until next written call-off by Ingrid Solberg.", [
    ("delfor_FLE-DS-0031.txt", T("""
        EDIFACT DELFOR D.97A  -  human readable print                   printed 2024-06-03 07:15 CET
        ==========================================================================================
        UNB  sender   FJORDLINJE EKSPRESS AS (NO 987 654 321)
             receiver ASIENTOS EBRO SL (ES B50123456)           interchange 00000031
        BGM  241  Delivery schedule FLE-DS-0031      function 9 (original)
        DTM  137  20240603
        NAD  BY   Fjordlinje Ekspress AS, Kokstadvegen 41, 5257 Bergen
        NAD  SE   Asientos Ebro S.L., Zaragoza
        NAD  ST   Fjordlinje verksted Minde, Bergen
        ------------------------------------------------------------------------------------------
        LIN  1    FE-SF-71 rev C  coach seat frame, aisle, 3-point belt anchorage (UN ECE R14/R80)
          QTY  113 (to be delivered, released)      40 PCE   call-off 1, DTM 2 = 20240705 (wk 27)
          QTY  3   (cumulative programme)          120 PCE   programme total, NOT released
          FTX  AAI  MATERIAL AUTHORIZATION (STAGED): supplier may buy and hold tube and belt
                    brackets for up to 120 frames at Fjordlinje liability. Fabrication is
                    authorised for 40 frames only.
          FTX  AAI  BALANCE 80 PCE ON HOLD. Released only by the next call-off (written),
                    issued by Ingrid Solberg, Procurement Manager.
        ------------------------------------------------------------------------------------------
        UNS  S
        CNT  2:1
        UNT  18  1
        """)),
])

# c08 explicit, signed auto-conversion record
case("c08", [], "Signed auto-conversion agreement (PL/HU) naming quantity 45, signer, conditions and expiry; "
                "sample-only material until conversion.", [
    ("record_WR-900_0514.docx", docx_bytes([
        ("h1", "Auto-conversion agreement: sample sign-off to production release"),
        ("p", "Wistbus Sp. z o.o. (buyer) and Kisalföld Rámpa Kft. (supplier)"),
        ("table", [
            ["Part", "Wheelchair ramp WR-900, manual flip ramp, PN WB-WR-0900 rev C (Citi 12 LE)"],
            ["PO", "4500120015: line 10 three (3) sample ramps; line 20 forty-five (45) series ramps"],
            ["Sample sign-off by", "Tomasz Zieliński, Engineering Interior"],
            ["Release authority", "Marek Dąbrowski, Head of Supply Chain"],
        ]),
        ("h", "Agreement"),
        ("p", "Only the 3 sample ramps of line 10 may be built now. When Wistbus Engineering (Tomasz Zieliński) "
              "records an APPROVED sample sign-off for the 3 sample ramps (static load 350 kg per UN ECE R107 "
              "Annex 8, edge height, anti-slip R11), the series quantity of forty-five (45) ramps on line 20 is "
              "released automatically on the date of that sign-off, without a further release letter."),
        ("h", "Conditions"),
        ("num", "Only an 'approved' sign-off converts; an interim or rejected disposition releases nothing."),
        ("num", "No quantity above 45 ramps converts. Anything more needs a revised PO and a written release."),
        ("num", "The conversion is valid for sign-offs dated up to 30.09.2024."),
        ("num", "A stop notice from Wistbus suspends the conversion."),
        ("num", "Until conversion the balance of 45 ramps is on hold and material authority is sample-only (3 ramps)."),
        ("sp",),
        ("p", "Signed for Wistbus: Marek Dąbrowski, Head of Supply Chain, 14.05.2024"),
        ("p", "Acknowledged for Kisalföld Rámpa Kft.: Kovács Péter, Sales Manager, 15.05.2024"),
    ], author="Marek Dąbrowski")),
])

# c09 old quote forwarded as message/rfc822, declared informational
_oldq = mail(VC, RF, "Quotation JL-Q-22-311 destination sign housing 2.000 pcs", "Thu, 17 Nov 2022 15:31:00 +0800",
             T("""
                 Dear Rodrigo,

                 Thanks for your inquiry. Our quotation for front destination sign housing (aluminium frame + PC window):

                   Qty 2.000 pcs   USD 38,50/pc FOB Xiamen
                   Mould           USD 9.200 (one time)
                   Lead time       45 days after deposit

                 Validity 30 days.

                 Best regards
                 Vivian Chen
                 Sales Manager, Xiamen Jiale Transit Components Co., Ltd.
                 """))
_t = T("""
    Hola Vivian,

    Te reenvío la cotización antigua de 2022 (la de 2.000 pcs) solo como referencia de precio, porque finanzas
    me la pidió para comparar con la de este año. Ojo: it is only for price reference, it is NOT an order and
    nothing in it is released.

    Lo vigente / what is valid today:
    - OC 4100-7702: eight (8) sample housings DSH-F-1900 rev 3. This is the only quantity you can make now.
    - The balance of the project (1.182 pcs) is NOT released. It stays on hold until Camila Rojas (Ingeniería
      de Flota) signs off the samples and Felipe Araya, Gerente de Operaciones, sends the production release
      in writing.
    - Material: only for the 8 samples.

    Cualquier duda me avisas.
    Saludos cordiales,
    """) + sig("Rodrigo Fuentes", "Jefe de Abastecimiento", BCS, "+56 2 2940 3310")
case("c09", [], "Old 2022 quote for 2.000 pcs forwarded as rfc822 and declared price reference only; current scope "
                "8 samples, balance on hold, event, named release.", [
    ("mail_bcs_0516.eml", eml_bytes(mail(RF, VC, "RV: Quotation JL-Q-22-311 - solo referencia de precio",
                                         "Thu, 16 May 2024 12:05:00 -0400", _t, attachments=[("rfc822", _oldq)]))),
])

# c10 buyer correction of a quoted supplier line that assumed auto-conversion
_sup = T("""
    Dear Katarzyna,

    Samples 4pcs DSH-F-1420 will ship 20 May by air, tracking follow.
    After your sample approval we go straight into mass production of the 600 pcs so delivery can be July,
    we already plan the line for it.

    Best regards
    Vivian
    """)
_t = T("""
    Dear Vivian,

    No, please don't plan it like this. Sample sign-off does not release the 600.

    PO 4500119307 covers the 4 sample housings only. The balance of 600 housings stays on hold and is released
    only by a written production release from Marek Dąbrowski (Head of Supply Chain), after Tomasz Zieliński
    signs off the samples. Until then no material and no line booking beyond the 4 samples.

    Please confirm you understood, thank you.

    Best regards / Pozdrawiam
    """) + sig("Katarzyna Wójcik", "Senior Buyer, Interior", WIST, "+48 61 814 22 07") + \
    "\nOn 14.05.2024 at 10:51, Vivian Chen wrote:\n" + q(_sup) + "\n"
case("c10", [], "Buyer reply corrects a quoted supplier line 'after sample approval we go straight into mass production "
                "of the 600'; buyer text has complete scope.", [
    ("mail_wist_0514.eml", eml_bytes(mail(KW, VC, "RE: DSH-F-1420 samples shipment / plan",
                                          "Tue, 14 May 2024 13:37:00 +0200", _t, html=html_from_text(_t),
                                          cc=MD, in_reply_to="<h206-jl-0514@jiale-transit.cn>"))),
])

# c11 WeChat: supplier says deposit does not release production
case("c11", [], "WeChat (CL/CN): deposit for mould and samples, supplier says deposit does not release production; "
                "buyer restates 8 samples, hold, event, named release.", [
    ("wechat_export_jiale.txt", T("""
        微信聊天记录 / WeChat chat history
        群聊 / Group: Cordillera - Jiale  DSH-F-1900
        Exported 2024-06-05 08:12 (UTC+8)
        ------------------------------------------------------------
        2024-06-04 10:02  Rodrigo Fuentes
        Hi Vivian, transferencia del anticipo 30% for the mould done today, USD 6.480. swift copy in email

        2024-06-04 10:05  Vivian Chen 陈薇
        received thanks! 👍

        2024-06-04 10:06  Vivian Chen 陈薇
        pls note the deposit is only for mould + 8 samples. Deposit does not release production, we wait
        your written release for the 1 182 pcs

        2024-06-04 10:09  Rodrigo Fuentes
        correcto 👌 solo las 8 muestras por ahora. balance 1 182 on hold until Camila signs off the samples
        and Felipe Araya (Gerente de Operaciones) sends the written release

        2024-06-04 10:10  Vivian Chen 陈薇
        ok. material only for 8 pcs now. mould T1 on 18 June

        2024-06-04 10:11  Kevin Lin 林建国
        收到 / noted
        ------------------------------------------------------------
        """)),
])

# c12 supplier acknowledgement restating the hold (PDF)
case("c12", [], "Supplier acknowledgement (HU) restates PO scope: 3 samples, line 20 45 ramps not released, "
                "sample-only material, release by named person after sign-off.", [
    ("OA_KR-24-0112.pdf", PDF([
        ("h1", "ORDER ACKNOWLEDGEMENT / RENDELÉSVISSZAIGAZOLÁS"),
        ("p", "No. KR-OA-24-0112    Győr, 2024.05.08."),
        ("p", "Kisalföld Rámpa Kft., Ipari Park, 9027 Győr, Hungary - VAT HU23456789"),
        ("p", "Customer: Wistbus Sp. z o.o., Rokietnica, Poland. Your PO 4500120377 dated 06.05.2024."),
        ("p", "We acknowledge your purchase order with the scope exactly as written in it:"),
        ("table", [
            ["PO line", "Part", "Qty", "Scope", "Status at Kisalfold Rampa"],
            ["10", "WR-1100 wheelchair ramp (Citi 18), PN WB-WR-1100 rev B", "3", "sample", "to build, delivery wk 23"],
            ["20", "WR-1100 wheelchair ramp (Citi 18), PN WB-WR-1100 rev B", "45", "production",
             "NOT RELEASED - on hold"],
        ]),
        ("sp",),
        ("p", "The balance of 45 ramps on line 20 is not released. We will start nothing on line 20 until the "
              "sample sign-off by Wistbus Engineering and a written production release from Mr. Marek Dąbrowski, "
              "Head of Supply Chain."),
        ("p", "Material: we buy only for the 3 sample ramps (tread plate EN AW-5754 H22, 4 mm; gas springs 2 pcs "
              "per ramp). Load test 350 kg per UN ECE R107 Annex 8 will be witnessed on the samples."),
        ("p", "Kind regards / Üdvözlettel: Kovács Péter, Sales Manager, +36 96 512 340"),
    ], title="KR-OA-24-0112", author="Kisalföld Rámpa Kft.")),
])

# c13 full-quantity PO, full of quantity-like identifiers (ERP printout)
case("c13", [], "Indian STU full and final PO for 450 sets, no balance; many identifiers that look like quantities.", [
    ("PO_24-CWS-ST-0071.txt", T("""
        DECCAN STATE ROAD TRANSPORT CORPORATION - CENTRAL WORKSHOPS, UPPAL
        MMS VER 4.2                     PURCHASE ORDER                           PAGE 1 OF 1
        -------------------------------------------------------------------------------------------
        PO NO     : 24/CWS/ST/0071                 DATE : 02/07/2024
        VENDOR    : V-20931 METALURGICA DO VOUGA LDA, AGUEDA, PORTUGAL
        REF       : TENDER NO. CWS/T/2024/118 DT 12/04/2024, YOUR OFFER NO. MV-2404-450 DT 30/04/2024
        -------------------------------------------------------------------------------------------
        SL ITEM CODE    DESCRIPTION                                  UOM   QTY  RATE(EUR)  VALUE(EUR)
        1  CWS-ST-0032  STANCHION SET 32 OD X 1.5 WALL SS 304        SET   450    168,20   75.690,00
                        (EN 1.4301), DRG NO. CWS/BB/1450 REV 12,
                        PN 3200-450-32, FIXING SCREW M8X1.25 A2-70,
                        SALT SPRAY ISO 9227 NSS 480 H
        -------------------------------------------------------------------------------------------
        TOTAL QTY : 450 (FOUR HUNDRED FIFTY) SETS ONLY        TOTAL VALUE : EUR 75.690,00
        -------------------------------------------------------------------------------------------
        SPECIAL CONDITIONS:
        1. THIS PO IS FOR THE FULL AND FINAL QUANTITY OF 450 SETS FOR 75 BUSES (6 SETS PER BUS).
           SAMPLE SETS WERE CLEARED BY QC WING VIDE REPORT QC/ST/2024/0450 DT 18/06/2024.
           NO BALANCE QUANTITY EXISTS AGAINST THIS PO.
        2. VENDOR TO MANUFACTURE AND SUPPLY THE FULL 450 SETS IN 3 LOTS OF 150 SETS:
           LOT 1 BY 30/09/2024, LOT 2 BY 31/10/2024, LOT 3 BY 30/11/2024.
        3. VENDOR QUALITY SYSTEM ISO 9001:2015. PRE-DESPATCH INSPECTION BY QC WING.
        4. PAYMENT: 90% AGAINST RECEIPT AND ACCEPTANCE OF EACH LOT, 10% AFTER 6 MONTHS.
        5. LD @ 0.5% PER WEEK OF DELAY, MAX 10%.

        FOR DECCAN STATE ROAD TRANSPORT CORPORATION
        K. SRINIVASA RAO, DY. CHIEF STORES & PURCHASE OFFICER
        """)),
])

# c14 interim disposition with quantity and date limits
case("c14", [], "Interim sample disposition (NO) limited to 20 racks and a date; the 20 released separately by "
                "named person; balance 98 on hold until full sign-off + written release.", [
    ("disposition_LR-1450.docx", docx_bytes([
        ("h1", "Interim sample disposition - parcel rack LR-1450"),
        ("p", "Fjordlinje Ekspress AS - Teknisk avdeling / Technical department"),
        ("table", [
            ["Part", "Parcel rack LR-1450 rev B, drawing FE-D-1450"],
            ["Supplier", "Kaya Otomotiv İç Donanım San. ve Tic. A.Ş., Bursa"],
            ["PO", "4700-2301 (2 sample racks)"],
            ["Date", "04.06.2024"],
        ]),
        ("h", "Findings"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Profile straightness", "max 1 mm / 1000 mm", "OK (0,4 mm)"],
            ["Anodising thickness", "15 µm min.", "NOK: 12 µm"],
            ["End caps UN ECE R118", "certificate", "OK"],
            ["Fit on coach 311 (Volvo 9700)", "no contact with A/C duct", "OK"],
        ]),
        ("h", "Disposition: INTERIM"),
        ("li", "Limit: at most twenty (20) racks, for coaches 311 and 312 only."),
        ("li", "Valid until 30.06.2024."),
        ("li", "Reason: anodising below spec accepted temporarily; supplier to correct bath time, evidence by 20.06."),
        ("p", "This disposition is an engineering record and not a production release. The production release for "
              "the 20 racks is issued separately as call-off FLE-CO-0412, signed by Ingrid Solberg, Procurement "
              "Manager. The balance of 98 racks is not released and stays on hold until a full (not interim) "
              "sample sign-off and a written release by Ingrid Solberg."),
        ("p", "Material authority: for the 20 racks only."),
        ("sp",),
        ("p", "Signed: Håkon Brekke, Technical Manager"),
    ], author="Håkon Brekke")),
])

# c15 supplier portal order book restating the hold
case("c15", [], "Supplier portal (PT) order book: 10 samples in production, 390 'on hold - not released', sample-only material.", [
    ("portal_vouga_encomendas.html", html_page("Portal de Clientes - Encomendas", T("""
        <h2>Metalúrgica do Vouga - Portal de Clientes</h2>
        <p>Cliente / customer: <b>Wistbus Sp. z o.o.</b> &nbsp; Atualizado / updated: 2024-05-27 16:40 por Rita Pinho</p>
        <h3>Encomendas em curso / Open orders</h3>
        <table>
        <tr><th>Encomenda</th><th>PO cliente</th><th>Artigo</th><th>Qtd</th><th>Âmbito / scope</th><th>Estado / status</th></tr>
        <tr><td>MV-SO-24-0312</td><td>4500119950 / 10</td><td>WB-ST-3205 rev C stanchion Ø32 x 1,5</td><td>10</td><td>amostra / sample</td><td>Em produção / in production</td></tr>
        <tr><td>MV-SO-24-0312</td><td>4500119950 (balance)</td><td>WB-ST-3205 rev C stanchion Ø32 x 1,5</td><td>390</td><td>série / production</td><td>EM ESPERA - NÃO LIBERADO / ON HOLD - not released</td></tr>
        </table>
        <div class="note">Balance 390 on hold as per customer PO note: released only by a written production release
        from Mr. Marek Dąbrowski, after sample sign-off by Wistbus engineering. Material: sample-only
        (tube 1.4301 for 10 pcs, from stock).</div>
        <p style="color:#777">Entregas previstas: amostras semana 23.</p>
        """), lang="pt")),
])

# c16 buyer portal PO page with complete scope and labelled forecast
case("c16", [], "Buyer portal PO (PL): 4 sample frames active, 236 from quote not released, event + named release "
                "authority, sample-only material, forecast labelled for information.", [
    ("portal_wistbus_PO4500119101.html", html_page("Wistbus Supplier Portal - PO 4500119101", T("""
        <h2>Wistbus Supplier Portal</h2>
        <p>Purchase order <b>4500119101</b> rev 0 &nbsp;|&nbsp; Supplier: Asientos Ebro S.L. (vendor 100512) &nbsp;|&nbsp; Buyer: Katarzyna Wójcik</p>
        <table>
        <tr><th>Line</th><th>Material</th><th>Description</th><th>Qty</th><th>Scope</th><th>Delivery</th></tr>
        <tr><td>10</td><td>WB-SF-2240 rev D</td><td>Seat frame double, low-entry, primed</td><td>4</td><td>sample</td><td>wk 22/2024</td></tr>
        </table>
        <div class="note"><b>Scope of this PO.</b> Active quantity: 4 sample frames (line 10) - build these now.
        The balance of 236 frames from your quote Q-AE-24-0419 is NOT released and not covered by this PO.
        It will be released only by a revised PO with a written production release signed by Marek Dąbrowski,
        Head of Supply Chain, after Tomasz Zieliński records the sample sign-off (fit check + UN ECE R80 dynamic test).
        Material authority: sample-only. Basis of the quoted production quantity: forecast.</div>
        <h3>Forecast - for information only, not an order</h3>
        <table>
        <tr><th>Period</th><th>2025 Q1</th><th>2025 Q2</th><th>2025 Q3</th></tr>
        <tr><td>Frames (forecast)</td><td>80</td><td>80</td><td>76</td></tr>
        </table>
        """))),
])

# c17 Teams: go-ahead scoped to the pilot quantity
case("c17", [], "Teams chat (PL/ES): 'go ahead with the 6 pilot seat frames only', balance 234 on hold until sign-off "
                "and Marek's written release; no series material.", [
    ("teams_chat_SF-2260.txt", T("""
        Microsoft Teams - chat export
        Conversation: Wistbus / Asientos Ebro - SF-2260 single seat frame
        Participants: Katarzyna Wójcik, Tomasz Zieliński, Javier Lasheras, Nuria Gil
        --------------------------------------------------------------------------------
        [14.05.2024 08:31] Javier Lasheras
        Good morning Katarzyna, for the pilot frames SF-2260 we have tubes in house. We can start?

        [14.05.2024 08:40] Katarzyna Wójcik
        Hi Javier, yes - go ahead with the 6 pilot seat frames only (PO 4500119420, line 10).

        [14.05.2024 08:41] Katarzyna Wójcik
        rest stays on hold: the 234 series frames are not released until Tomasz signs off the pilot frames
        and Marek Dąbrowski sends the written release. no material for series pls

        [14.05.2024 08:45] Javier Lasheras
        Understood, 6 only. Tubes for series we don't buy.

        [14.05.2024 08:46] Nuria Gil
        ok, 6 uds en soldadura el jueves

        [14.05.2024 08:47] Katarzyna Wójcik
        👍 dzięki
        --------------------------------------------------------------------------------
        """)),
])

# c18 multi-file: cover mail + PO + supplier quote, the quote's series marked not released
_t = T("""
    Hola Javier,

    Please find attached our PO 4700-2288 for the four (4) sample frames FE-SF-77 rev A and, for our file,
    your quote Q-AE-24-0502 back with our received stamp.

    Please note the scope: only the 4 samples are ordered and released. The 116 series frames in your quote
    are for information only, they are not released. Series will be released only after Håkon Brekke has
    signed off the samples, by a written release from Ingrid Solberg. Please buy material for the samples only.

    Mvh / Saludos
    """) + sig("Sigrid Haugen", "Innkjøper / Buyer", FLE, "+47 55 20 41 17")
case("c18", [], "Cover mail + PO + supplier quote (NO/ES): 4 samples released, quote's 116 series declared "
                "informational and not released, event and named release.", [
    ("mail_fle_0521.eml", eml_bytes(mail(SH, JL, "PO 4700-2288 - FE-SF-77 sample frames", "Tue, 21 May 2024 14:02:00 +0200",
                                         _t, cc=IS))),
    ("PO_4700-2288.pdf", PDF([
        ("h1", "INNKJØPSORDRE / PURCHASE ORDER 4700-2288"),
        ("p", "Fjordlinje Ekspress AS, Kokstadvegen 41, 5257 Bergen, Norway - org.nr 987 654 321"),
        ("p", "Date: 21.05.2024    Supplier: Asientos Ebro S.L., Zaragoza    Your quote: Q-AE-24-0502"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
            ["10", "FE-SF-77 rev A", "Coach seat frame, double, with belt anchorage, SAMPLE", "4", "EUR 455,00",
             "EUR 1.820,00"],
        ]),
        ("sp",),
        ("p", "Scope: this PO covers and releases the 4 sample frames of line 10 only. The series quantity of your "
              "quote is not ordered and not released. Release of series: written release from Ingrid Solberg, "
              "Procurement Manager, after sample sign-off by Håkon Brekke, Technical Manager. "
              "Material authority: samples only."),
        ("p", "Delivery DAP Bergen, wk 25. Certificates: UN ECE R14 anchorage test report, EN 10204 3.1."),
    ], title="PO 4700-2288", author="Fjordlinje Ekspress AS")),
    ("quote_Q-AE-24-0502.pdf", PDF([
        ("h1", "OFERTA / QUOTATION Q-AE-24-0502"),
        ("p", "Asientos Ebro S.L., Zaragoza - 10 de mayo de 2024 - to Fjordlinje Ekspress AS, Ms. Sigrid Haugen"),
        ("table", [
            ["Pos", "Description", "Qty", "Unit price", "Lead time"],
            ["1", "FE-SF-77 rev A coach seat frame double, samples", "4", "EUR 455,00", "6 weeks"],
            ["2", "FE-SF-77 rev A coach seat frame double, series", "116", "EUR 214,80", "8 weeks after release"],
        ]),
        ("p", "Offer valid 60 days. Not an order confirmation. Quality system ISO 9001:2015."),
        ("p", "RECEIVED Fjordlinje Ekspress 21.05.2024 / SH"),
    ], title="Q-AE-24-0502", author="Asientos Ebro S.L.")),
])

# c19 deviation permit that leaves quantities untouched
case("c19", [], "Deviation permit (IN) for wall thickness on lot 1; changes no quantity and authorises no extra manufacture.", [
    ("DP_QC-2024-017.docx", docx_bytes([
        ("h1", "DEVIATION PERMIT No. QC/DP/2024/017"),
        ("p", "Deccan State Road Transport Corporation - Central Workshops, Uppal - Quality Control Wing"),
        ("table", [
            ["Item", "Stanchion set CWS-ST-0032, DRG CWS/BB/1450 REV 12"],
            ["PO", "24/CWS/ST/0071 dt 02/07/2024"],
            ["Vendor", "Metalúrgica do Vouga, Lda., Águeda, Portugal"],
            ["Date", "24/07/2024"],
        ]),
        ("h", "Deviation"),
        ("p", "Tube wall thickness 1,5 mm in place of 1,6 mm (DRG note 7) for Lot 1 only (150 sets), due to mill "
              "availability. Tube OD 32 mm unchanged; material SS 304 (EN 1.4301) unchanged."),
        ("h", "Justification"),
        ("p", "Lateral load test 1,2 kN at mid-span passed on three (3) sets, report QC/ST/2024/0501. Deflection "
              "4,1 mm against limit 6 mm."),
        ("h", "Conditions"),
        ("num", "Valid for Lot 1 only. Lots 2 and 3 strictly as per drawing."),
        ("num", "This permit does not change any quantity or delivery schedule of the PO and does not authorise "
                "any additional manufacture."),
        ("num", "Vendor to mark Lot 1 cartons 'DP-017'."),
        ("sp",),
        ("p", "Issued by: Ms. Lakshmi Narayanan, Asst. Works Manager (QC)"),
        ("p", "Concurred: Sri R. Venkataraman, Chief Mechanical Engineer"),
    ], author="Lakshmi Narayanan")),
])

# c20 X12 830 with forecast lines clearly labelled and authorizations = samples
case("c20", [], "X12 830 print (CL/CN): firm 8 samples, planning lines labelled forecast, FAB/RAW authorization 8, "
                "balance released only by Felipe Araya in writing after sign-off.", [
    ("edi830_PS-24-0417.txt", T("""
        X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY - translation print
        ISA/GS  BUSESCORD -> JIALETRANSIT     control 000000417     2024-06-10 08:00 CLT
        --------------------------------------------------------------------------------------
        BFR*05*PS-24-0417**DL*A*20240610*20241231*20240610
        N1*BY*BUSES CORDILLERA S.A.
        N1*SU*XIAMEN JIALE TRANSIT COMPONENTS CO LTD
        LIN**BP*DSH-F-1900*EC*3
        UIT*EA
        ATH*FI**8**20240610        fabrication authorization: 8  (samples, PO 4100-7702)
        ATH*MT**8**20240610        raw material authorization: 8
        FST*8*C*D*20240624         C = firm        8 sample housings, PO 4100-7702
        FST*300*D*W*20240902       D = planning    forecast only
        FST*300*D*W*20241007       D = planning    forecast only
        FST*300*D*W*20241104       D = planning    forecast only
        FST*282*D*W*20241202       D = planning    forecast only
        CTT*5*1190
        --------------------------------------------------------------------------------------
        NOTE FROM BUYER:
        Lines with code D are a forecast for information and capacity planning. They are not an
        order and not a release. Fabrication and material are authorized for the 8 samples only
        (ATH segments above). The 1.182 forecast units are released only by a written production
        release from Felipe Araya, Gerente de Operaciones, after sample sign-off by Ingeniería de Flota.
        """)),
])

# c21 supplier status report restating the hold
case("c21", [], "Supplier weekly status (TR): 2 samples shipped, series 118 on hold not released, material for 2 only.", [
    ("status_KY_wk22.pdf", PDF([
        ("h1", "Weekly Project Status - Week 22/2024"),
        ("p", "Kaya Otomotiv Ic Donanim San. ve Tic. A.S., Bursa - Customer: Fjordlinje Ekspress AS - Project: "
              "LR-1450 parcel rack (Volvo 9700 refurbishment)"),
        ("table", [
            ["Item", "Qty", "Status", "Remark"],
            ["Sample racks, PO 4700-2301", "2", "shipped 29.05.2024", "DSV 4471-0931, ETA Bergen 05.06"],
            ["Series balance", "118", "ON HOLD - not released by customer", "no work started"],
            ["Profile 6063-T6 bought", "for 2 racks", "cut from stock", "no purchase for series"],
            ["End caps R118", "4 pcs", "from sample tool", "-"],
        ]),
        ("sp",),
        ("p", "Open points: we are waiting the customer sample sign-off (Mr. Hakon Brekke). Series will start only "
              "after written release from Ms. Ingrid Solberg. Before that we do not buy profile for series. "
              "Extrusion die exists, no tooling cost."),
        ("p", "Prepared by: Selin Yildiz, Planning - 31.05.2024"),
    ], title="Status wk22 LR-1450", author="Kaya Otomotiv")),
])

# c22 minutes keeping sample sign-off, PO issued and production release apart
case("c22", [], "Minutes (CL) keep the words apart: sample sign-off (technical), PO issued (commercial), production "
                "release (none yet, by Felipe Araya after PO amendment).", [
    ("acta_2024-06-12.docx", docx_bytes([
        ("h1", "Acta de reunión / Minutes - revisión de muestras DSH-F-1900"),
        ("p", "Fecha: 12-06-2024, Santiago (Teams con Xiamen). Redacta: Rodrigo Fuentes."),
        ("p", "Asistentes: Rodrigo Fuentes, Camila Rojas, Felipe Araya (Buses Cordillera); Vivian Chen, Kevin Lin (Jiale)."),
        ("h", "1. Sample sign-off"),
        ("p", "Camila Rojas reports that the 8 sample housings pass fit and IP65 (IEC 60529) after the gasket change. "
              "Sample sign-off recorded as 'approved'. This is a technical disposition only."),
        ("h", "2. Purchase order"),
        ("p", "PO 4100-7702 was issued for the 8 sample housings. The PO amendment for the series (4100-7702-A) "
              "is not issued yet; Abastecimiento will issue it this week."),
        ("h", "3. Production release"),
        ("p", "No production release today. The balance of 1.182 housings remains not released. Felipe Araya, "
              "Gerente de Operaciones, will issue the written production release after PO amendment 4100-7702-A is "
              "issued; target 19-06-2024."),
        ("h", "4. Material authority"),
        ("p", "Sample-only until the production release. Jiale confirms no PC sheet bought for series."),
        ("h", "Acuerdos / Actions"),
        ("table", [
            ["#", "Action", "Responsable", "Fecha"],
            ["1", "Issue PO amendment 4100-7702-A", "R. Fuentes", "14-06"],
            ["2", "Written production release for the balance", "F. Araya", "19-06"],
            ["3", "Send UV report ISO 4892-2", "V. Chen", "17-06"],
        ]),
    ], author="Rodrigo Fuentes")),
])

# c23 supplier status mail with HTML inspection report, restates the hold
_insp = html_page("Inspection report WR-1100 samples", T("""
    <h2>Kisalföld Rámpa Kft. - Mérési jegyzőkönyv / Inspection report</h2>
    <p>Part: WR-1100 rev B wheelchair ramp, samples S1-S3, PO 4500120377 line 10. Date 2024.06.03.</p>
    <table>
    <tr><th>Characteristic</th><th>Spec</th><th>S1</th><th>S2</th><th>S3</th></tr>
    <tr><td>Static load 350 kg (UN ECE R107 Annex 8)</td><td>no permanent deformation</td><td>OK</td><td>OK</td><td>OK</td></tr>
    <tr><td>Deflection at 350 kg</td><td>&le; 8 mm</td><td>6,2</td><td>6,0</td><td>6,4</td></tr>
    <tr><td>Ramp width</td><td>900 ± 2 mm</td><td>900,5</td><td>899,8</td><td>900,1</td></tr>
    <tr><td>Anti-slip</td><td>R11</td><td>R11</td><td>R11</td><td>R11</td></tr>
    </table>
    <p>Inspector: Szabó Eszter</p>
    """), lang="hu")
_t = T("""
    Dear Katarzyna, dear Tomasz,

    the 3 sample ramps WR-1100 (PO 4500120377 line 10) leave today with our own truck, arrival Rokietnica on
    Thursday morning. Inspection report is attached (load test 350 kg passed on all three, deflection 6,0-6,4 mm).

    As your PO says, line 20 (45 ramps) is not released. We keep it on hold and we bought no material beyond the
    samples. We wait for your sample sign-off and then the written release of Mr. Dąbrowski.

    Best regards / Üdvözlettel
    """) + sig("Szabó Eszter", "Production planning", KISA, "+36 96 512 344")
case("c23", [], "Supplier status mail (HU) with HTML inspection report: samples shipped, line 20 not released, no "
                "material beyond samples.", [
    ("mail_kisa_0603.eml", eml_bytes(mail(SE, KW, "WR-1100 samples - shipment and inspection report",
                                          "Mon, 03 Jun 2024 11:20:00 +0200", _t, cc=TZ,
                                          attachments=[("WR-1100_inspection.html", _insp, "text/html")]))),
])

# c24 WhatsApp: supplier asks for full material, buyer answers samples only
case("c24", [], "WhatsApp (HU/PL): supplier asks to buy material for all 48; buyer says samples only, 45 on hold, "
                "release by Marek in writing after sign-off.", [
    ("whatsapp_kisalfold.txt", T("""
        [22/05/2024, 14:03] Kovács Péter: Hello Katarzyna, quick question. aluminium price goes up in June (Hydro letter). may we buy material for all 48 ramps now? (3 sample + 45)
        [22/05/2024, 14:20] Katarzyna Wójcik: Hi Péter, no sorry. Only material for the 3 samples. Balance 45 ramps is on hold, not released
        [22/05/2024, 14:21] Katarzyna Wójcik: release comes only in writing from Marek Dąbrowski, after Tomasz signs off the samples. If you want price protection send me an offer for material reservation, we decide it separately
        [22/05/2024, 14:25] Kovács Péter: ok understood, only for 3. thank you 🙏
        [22/05/2024, 14:26] Kovács Péter: offer for reservation I send tomorrow
        [22/05/2024, 14:31] Katarzyna Wójcik: 👍
        """)),
])

# c25 full-quantity order, proceed with all 24 (multipart/alternative)
_t = T("""
    Hei Emre,

    Here is our order for the last two coaches: PO 4700-2355, parcel rack LR-1450 rev B, twenty-four (24) pcs
    for coaches 313 and 314 (a dozen per coach). This is the complete quantity: the samples were signed off in June
    and the series racks for coaches 311-312 came on PO 4700-2330. No further quantity is planned on this
    project.

    Please proceed with all 24 racks, delivery DAP Bergen wk 36. Same packing as last time, max 6 per crate.

    Takk for good cooperation!
    """) + sig("Ingrid Solberg", "Innkjøpssjef / Procurement Manager", FLE, "+47 55 20 41 00")
case("c25", [], "Full-quantity order (NO): 'proceed with all 24 racks', complete quantity, no balance.", [
    ("mail_fle_0812.eml", eml_bytes(mail(IS, EA, "PO 4700-2355 - LR-1450 coaches 313-314",
                                         "Mon, 12 Aug 2024 08:45:00 +0200", _t, html=html_from_text(_t), cc=SH))),
])

# =================================================================== POSITIVE
# p01 sample PO mail with quote attached showing the series quantity; nothing on hold, no event, no person
_po = PDF([
    ("h1", "ZAMÓWIENIE / PURCHASE ORDER 4500119480"),
    ("p", "Wistbus Sp. z o.o., ul. Przemysłowa 14, 62-090 Rokietnica - Date 2024-05-06 - Buyer K. Wójcik"),
    ("p", "Supplier: Asientos Ebro S.L., Zaragoza (vendor 100512). Ref.: your quotation Q-AE-24-0419."),
    ("table", [
        ["Line", "Material", "Description", "Qty", "Unit price", "Delivery"],
        ["10", "WB-SF-2240 rev D", "Seat frame double, low-entry, primed - sample", "4 pcs", "EUR 412,00", "wk 22/2024"],
        ["20", "WB-FX-2240", "Bending and welding fixture", "1", "EUR 3.200,00", "wk 22/2024"],
    ]),
    ("sp",),
    ("p", "Certificates: EN 10204 3.1 for tube, welding report EN ISO 3834-3. Payment 60 days."),
], title="PO 4500119480", author="Wistbus")
_qt = PDF([
    ("h1", "OFERTA / QUOTATION Q-AE-24-0419"),
    ("p", "Asientos Ebro S.L., Zaragoza - 8 de abril de 2024 - to Wistbus Sp. z o.o."),
    ("table", [
        ["Pos", "Description", "Qty", "Unit price", "Total"],
        ["1", "Sample frames SF-2240 rev D", "4", "EUR 412,00", "EUR 1.648,00"],
        ["2", "Series frames SF-2240 rev D, RAL 7021", "236", "EUR 186,40", "EUR 43.990,40"],
        ["3", "Fixture", "1", "EUR 3.200,00", "EUR 3.200,00"],
    ]),
    ("p", "Validity 60 days. ISO 9001:2015."),
], title="Q-AE-24-0419", author="Asientos Ebro S.L.")
_t = T("""
    Dear Mr. Javier,

    in attachment our PO 4500119480 for seat frame SF-2240 rev D, 4 pcs sample frames plus the fixture, and
    your quotation Q-AE-24-0419 (4 + 236 pcs) which is the base of this order.

    Please proceed with the 4 sample frames, delivery to Rokietnica wk 22. Frames must come with material
    certificates 3.1 (EN 10204) and the welding report.

    Please confirm the PO by return mail.

    Best regards / Z poważaniem
    """) + sig("Katarzyna Wójcik", "Senior Buyer, Interior", WIST, "+48 61 814 22 07")
case("p01", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO mail (PL) with the quote's 236 series attached as 'base of this order'; no hold, no unlock event, "
     "no release person.", [
    ("mail_wist_0506.eml", eml_bytes(mail(KW, JL, "PO 4500119480 - SF-2240 próbki / samples",
                                          "Mon, 06 May 2024 15:12:00 +0200", _t,
                                          attachments=[("PO_4500119480.pdf", _po, PDF_MT),
                                                       ("Q-AE-24-0419.pdf", _qt, PDF_MT)]))),
])

# p02 PO with a quote-reference table showing the series; release person named but no hold / event
case("p02", ["RG001", "RG003", "RG004"],
     "PO (CL) for 8 samples with a quote table showing 1.190 series, unmarked; names who releases the series but "
     "no hold and no unlock event.", [
    ("OC_4100-7815.pdf", PDF([
        ("h1", "ORDEN DE COMPRA / PURCHASE ORDER N° 4100-7815"),
        ("p", "Buses Cordillera S.A. - RUT 76.543.210-K - Av. Las Parcelas 5120, Maipú, Santiago"),
        ("p", "Fecha: 03-04-2024   Proveedor: Xiamen Jiale Transit Components Co., Ltd.   Comprador: Rodrigo Fuentes"),
        ("table", [
            ["Línea", "Código", "Descripción", "Cant.", "Precio USD", "Total USD"],
            ["10", "DSH-R-0800", "Carcasa letrero de recorrido trasero / rear route-number housing, plano "
                               "BC-ING-0800 rev 2", "8", "96,00", "768,00"],
        ]),
        ("sp",),
        ("p", "Referencia cotización JL-Q-24-118:"),
        ("table", [
            ["Concepto", "Cantidad", "Precio USD"],
            ["Muestras / samples", "8 uds", "96,00"],
            ["Serie / series", "1.190 uds", "41,20"],
            ["Molde / mould", "1", "9.800,00"],
        ]),
        ("sp",),
        ("p", "Condiciones: FOB Xiamen; pago 30% anticipo molde, saldo 60 días. IP65 según IEC 60529; UN ECE R118."),
        ("p", "Liberación de producción de serie / production release for the series: Felipe Araya, Gerente de "
              "Operaciones."),
    ], title="OC 4100-7815", author="Buses Cordillera")),
])

# p03 buyer portal PO showing a 'Quoted Qty' column next to the sample quantity
case("p03", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer e-procurement portal (IN): PO qty 5 sample sets beside 'Quoted Qty 600' with no note; no hold, event or person.", [
    ("portal_dsrtc_PO0044.html", html_page("DSRTC e-Procurement - Purchase Order", T("""
        <h2>DSRTC e-Procurement Portal - Vendor View</h2>
        <p>Vendor: <b>V-20931 Metalúrgica do Vouga, Lda.</b> &nbsp; Login: joao.tavares</p>
        <h3>Purchase Order 24/CWS/ST/0044 dt 15/05/2024</h3>
        <table>
        <tr><th>Sl</th><th>Item code</th><th>Description</th><th>PO Qty</th><th>Quoted Qty (offer MV-2404-600)</th><th>Rate (EUR)</th><th>Delivery</th></tr>
        <tr><td>1</td><td>CWS-ST-0032</td><td>Stanchion set 32 OD SS 304, DRG CWS/BB/1450 REV 12</td><td>5 SETS</td><td>600 SETS</td><td>171,00</td><td>30 days</td></tr>
        </table>
        <p>Status: <b>Accepted by vendor</b> on 17/05/2024 10:12.</p>
        <p>Remarks: Sample sets to be inspected by QC wing at Central Workshops, Uppal. Packing: wooden crate, 1 set per crate.</p>
        <p style="font-size:11px;color:#666">This is a system generated document. &copy; DSRTC 2024</p>
        """))),
])

# p04 multi-file: cover mail says three samples, the PO says two
_t = T("""
    Merhaba Emre,

    Please find our PO 4700-2301 for the three (3) sample racks LR-1450, and your quote back for reference.

    The series (118 racks) is not released: only after Håkon's sample sign-off, by a written release from
    Ingrid Solberg. Material only for the samples please.

    Mvh
    """) + sig("Sigrid Haugen", "Innkjøper / Buyer", FLE, "+47 55 20 41 17")
case("p04", ["RG011"],
     "Cover mail says 3 sample racks, the attached-as-file PO 4700-2301 says 2 (quote 2 + 118); scope otherwise complete.", [
    ("mail_fle_0425.eml", eml_bytes(mail(SH, EA, "PO 4700-2301 LR-1450 samples", "Thu, 25 Apr 2024 10:30:00 +0200",
                                         _t, cc=IS))),
    ("PO_4700-2301.txt", T("""
        FJORDLINJE EKSPRESS AS            IFS Applications - Purchase Order            Page 1/1
        Kokstadvegen 41, 5257 Bergen      Org.nr 987 654 321
        ------------------------------------------------------------------------------------------
        Order no  : 4700-2301                Order date : 25.04.2024
        Supplier  : 20417 KAYA OTOMOTIV IC DONANIM SAN. VE TIC. A.S., BURSA
        Buyer     : Sigrid Haugen            Currency   : EUR      Delivery terms: DAP Bergen
        ------------------------------------------------------------------------------------------
        Line  Part no           Description                            Qty  Unit   Price    Amount
        1     LR-1450 rev B     Parcel rack alu 6063-T6, SAMPLE          2  pcs   690,00  1 380,00
        ------------------------------------------------------------------------------------------
        Order text:
        Samples only: 2 (two) racks. The series quantity (118 racks, quote KY-Q-24-0388) is NOT
        released. Release of series only by written release from Ingrid Solberg, Procurement
        Manager, after sample sign-off by Håkon Brekke. Material authority: samples only.
        Wanted delivery: week 20.
        """)),
    ("quote_KY-Q-24-0388.pdf", PDF([
        ("h1", "TEKLIF / QUOTATION KY-Q-24-0388"),
        ("p", "Kaya Otomotiv Ic Donanim San. ve Tic. A.S., Nilufer OSB, Bursa - 19.04.2024 - to Fjordlinje Ekspress AS"),
        ("table", [
            ["Pos", "Part", "Qty", "Unit price EUR", "Lead time"],
            ["1", "LR-1450 rev B parcel rack, sample", "2", "690,00", "3 weeks"],
            ["2", "LR-1450 rev B parcel rack, series", "118", "243,00", "6 weeks after order"],
        ]),
        ("p", "Prices DAP Bergen. Validity 45 days. End caps certified UN ECE R118. IATF 16949 certified plant."),
        ("p", "Emre Aydin, Export Sales Manager"),
    ], title="KY-Q-24-0388", author="Kaya Otomotiv")),
])

# p05 Teams: "R100 approved, go ahead" under a complete scope
case("p05", ["RG002"],
     "Teams (PL/PT): complete scope given earlier, then engineer answers a drawing question with unscoped "
     "'approved, go ahead'.", [
    ("teams_chat_WB-ST-3205.txt", T("""
        Microsoft Teams - chat export
        Conversation: Wistbus / Vouga - stanchions WB-ST-3205
        --------------------------------------------------------------------------------
        [06.05.2024 09:02] Katarzyna Wójcik
        João, short recap for PO 4500119950: 10 sample stanchions only. The 390 series are not released,
        on hold until Tomasz signs off the samples and Marek Dąbrowski gives the written release.

        [06.05.2024 09:10] João Tavares
        Ok Katarzyna, clear. 10 amostras.

        [13.05.2024 15:44] João Tavares
        Tomasz, one question drawing WB-ST-3205 rev C: bend radius at roof bracket R90 or R100? our bender
        has both tools, drawing says R90 but 3D model is R100

        [13.05.2024 16:02] Tomasz Zieliński
        R100. approved, go ahead 👍

        [13.05.2024 16:03] João Tavares
        obrigado!
        --------------------------------------------------------------------------------
        """)),
])

# p06 'green light from us' replying to a quoted supplier quote
_quote = T("""
    Dear Ms. Solberg,

    As requested, our offer MV-2405-0077 for grab handle GH-25 (Ø25 mm, 1.4301, brushed finish, with M6 insert):

      Samples   6 pcs    EUR 38,00/pc
      Series   80 pcs    EUR 19,60/pc
      Tooling             EUR 650,00 (one time)

    Lead time: samples 3 weeks, series 6 weeks after order. Prices FCA Águeda.

    Com os melhores cumprimentos,
    João Tavares
    Metalúrgica do Vouga, Lda.
    """)
_t = T("""
    Hi João,

    Thanks, looks good. Green light from us.

    Mvh
    Ingrid
    """) + sig("Ingrid Solberg", "Innkjøpssjef / Procurement Manager", FLE, "+47 55 20 41 00") + \
    "\nOn 27 May 2024, at 11:19, João Tavares <joao.tavares@metalvouga.pt> wrote:\n" + q(_quote) + "\n"
case("p06", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "Buyer (NO) answers a quoted supplier quote (6 + 80) with 'Green light from us': unscoped, no active quantity, "
     "nothing on hold, no event, no release person.", [
    ("mail_fle_0527.eml", eml_bytes(mail(IS, JT, "RE: Offer MV-2405-0077 grab handle GH-25",
                                         "Mon, 27 May 2024 13:05:00 +0200", _t,
                                         in_reply_to="<h206-mv-0527@metalvouga.pt>"))),
])

# p07 supplier assumes sample approval rolls into the series (quoted thread)
_po_mail = T("""
    Vivian, OC 4100-7815 adjunta. Solo 8 muestras DSH-R-0800.
    Saldo 1.182 NO liberado hasta sign-off de muestras de Camila Rojas y liberación escrita de Felipe Araya,
    Gerente de Operaciones. Material solo para las muestras.
    Saludos, Rodrigo
    """)
_t = T("""
    Dear Rodrigo,

    Thanks for the PO. The 8 samples DSH-R-0800 will finish 28 June, we send by DHL.

    To save time for your bus delivery, we will start the 1.182 series right after your team approve the
    samples, no need to wait new paper, we already keep line capacity for July. Material we order after the
    approval.

    Best regards
    """) + sig("Vivian Chen", "Sales Manager", JIALE, "+86 592 651 8890") + \
    "\n-----Original Message-----\nFrom: Rodrigo Fuentes <rfuentes@busescordillera.cl>\nSent: 2024-06-03 18:22\n" + \
    "Subject: OC 4100-7815 muestras DSH-R-0800\n\n" + q(_po_mail) + "\n"
case("p07", ["RG007"],
     "Supplier (CN) writes it will start the 1.182 series right after sample approval with no new paper, under the "
     "buyer's quoted complete scope.", [
    ("mail_jiale_0604.eml", eml_bytes(mail(VC, RF, "RE: OC 4100-7815 muestras DSH-R-0800",
                                           "Tue, 04 Jun 2024 09:40:00 +0800", _t, cc=KL,
                                           in_reply_to="<h206-rf-0603@busescordillera.cl>"))),
])

# p08 WeChat: buyer waives her own written-release requirement
case("p08", ["RG002", "RG007"],
     "WeChat (PL/CN): buyer says 'if Tomasz says samples ok just go ahead with production, no need to wait for "
     "Marek paper' against the written-release scope.", [
    ("wechat_wistbus_DSH-F-1420.txt", T("""
        WeChat 聊天记录 / chat history - Wistbus & Jiale (DSH-F-1420)
        ============================================================
        2024-05-06 09:15  Katarzyna Wójcik
        Vivian, PO 4500119307 is sent. 4 sample housings DSH-F-1420 only. Balance 600 on hold, written
        release by Marek Dąbrowski after the sample sign-off.

        2024-05-06 09:31  Vivian Chen 陈薇
        ok Katarzyna, 4 pcs, thank you 🙏

        2024-06-10 14:02  Vivian Chen 陈薇
        samples arrive your factory Monday. Marek on holiday 2 weeks? we lose slot in July 😥

        2024-06-10 14:20  Katarzyna Wójcik
        ok listen, if Tomasz says samples ok just go ahead with production, no need to wait for Marek paper.
        I take responsibility

        2024-06-10 14:21  Vivian Chen 陈薇
        ok!! we start series when Tomasz OK 👍👍

        2024-06-10 14:22  Kevin Lin 林建国
        收到
        ============================================================
        """)),
])

# p09 minutes: buyer's project manager agrees series starts directly after sample OK
case("p09", ["RG007"],
     "Minutes (NO/TR): scope says written release by Ingrid after sign-off, but an agreed action has the supplier "
     "start series immediately after sample OK.", [
    ("minutes_LR-1450_kickoff.docx", docx_bytes([
        ("h1", "Møtereferat / Minutes - kick-off parcel rack LR-1450"),
        ("p", "Date: 15.04.2024, Teams. Written by: Sigrid Haugen."),
        ("p", "Participants: Ingrid Solberg, Håkon Brekke, Sigrid Haugen (Fjordlinje); Emre Aydın, Selin Yıldız (Kaya Otomotiv)."),
        ("h", "1. Scope"),
        ("p", "PO 4700-2301 will cover 2 sample racks. The series of 118 racks is not released; release in writing by "
              "Ingrid Solberg after Håkon Brekke's sample sign-off."),
        ("h", "2. Timing"),
        ("p", "Coaches 311-320 must be back in traffic by week 34. Kaya needs 6 weeks for the series."),
        ("p", "Håkon: to keep week 34, Kaya goes into series directly when the samples are OK'd, like on the last "
              "project. Nobody objected."),
        ("h", "Actions"),
        ("table", [
            ["#", "Action", "Who", "When"],
            ["1", "Ship 2 sample racks", "Kaya", "wk 20"],
            ["2", "Sample check within 3 working days of arrival", "H. Brekke", "wk 21"],
            ["3", "Start series immediately after sample OK (no waiting)", "Kaya", "wk 21-22"],
            ["4", "Send R118 certificate for end caps", "E. Aydın", "wk 17"],
        ]),
    ], author="Sigrid Haugen")),
])

# p10 supplier status report: material for the whole series, series to start automatically
case("p10", ["RG006", "RG007"],
     "Supplier report (TR/IN): 4 samples released, aluminium bought for 1.150 racks with no material authority; "
     "series 'will start automatically after QC wing sample approval'.", [
    ("report_KY_DSRTC_07.pdf", PDF([
        ("h1", "Project Status Report No. 7"),
        ("p", "Kaya Otomotiv, Bursa - Customer: DSRTC Central Workshops, Hyderabad - PO 24/CWS/LR/0061 "
              "(four sample luggage racks LR-2000) - 10.06.2024"),
        ("table", [
            ["Item", "Qty", "Status", "Remark"],
            ["Sample racks LR-2000", "4", "packed", "dispatch 12.06 via Nhava Sheva"],
            ["Aluminium profile 6063-T6 (2 x 6 m per rack)", "for 1.150 racks", "purchased, in our stock",
             "bought at May LME price"],
            ["End caps PA6 GF30", "for 1.150 racks", "ordered at supplier", "delivery wk 26"],
            ["Series racks", "1.150", "not released yet", "planned wk 30-40"],
        ]),
        ("sp",),
        ("p", "Comment: Series production will start automatically after QC wing sample approval, so that "
              "delivery to Hyderabad before Dasara is possible. Salt spray ISO 9227 NSS 240 h passed on anodised "
              "profile."),
        ("p", "Selin Yildiz, Planning"),
    ], title="Status report 7", author="Kaya Otomotiv")),
])

# p11 supplier reads the deposit as the start signal and buys material for all 48 (quoted thread)
_buyer = T("""
    Dear Péter,

    deposit 30% for PO 4500120377 is paid today as per your proforma PI-24-0087 (EUR 21.870,00).

    Reminder of the PO scope: line 10 - 3 sample ramps WR-1100, build now. Line 20 - 45 ramps NOT released,
    on hold until Tomasz Zieliński signs off the samples and Marek Dąbrowski sends the written production
    release. Material: for the 3 samples only.

    Best regards
    Katarzyna Wójcik
    """)
_t = T("""
    Dear Katarzyna,

    thank you very much, the deposit arrived today. So the order is now active for us: we ordered the
    aluminium tread plate and the profiles for all 48 ramps at Hydro and the cutting starts on Monday.
    Samples ready in week 24 as promised.

    Best regards / Üdvözlettel
    """) + sig("Kovács Péter", "Sales Manager", KISA, "+36 96 512 340") + \
    "\n2024. 05. 15. 10:04 keltezéssel, Katarzyna Wójcik írta:\n" + q(_buyer) + "\n"
case("p11", ["RG006", "RG012"],
     "Supplier (HU) treats the deposit as activating the order and buys material for all 48 ramps against the quoted "
     "scope (3 samples, sample-only material).", [
    ("mail_kisa_0516.eml", eml_bytes(mail(KP, KW, "Re: PO 4500120377 deposit", "Thu, 16 May 2024 16:48:00 +0200",
                                          _t, cc=SE, in_reply_to="<h206-kw-0515@wistbus.pl>"))),
])

# p12 supplier MRP printout: forecast entered as firm order, tube ordered for 400
case("p12", ["RG006", "RG008"],
     "Supplier MRP (PT): customer forecast 390 entered as firm order and tube ordered for 400 stanchions while 10 "
     "samples are released.", [
    ("mrp_MV-SO-24-0312.txt", T("""
        METALÚRGICA DO VOUGA, LDA  -  PHC CS ERP        MRP / Necessidades de material      2024-05-20 16:02
        ---------------------------------------------------------------------------------------------------
        Artigo  : WB-ST-3205 rev C   Varão vertical / stanchion Ø32 x 1,5   Cliente: WISTBUS SP. Z O.O.
        Enc.cli.: MV-SO-24-0312      (PO cliente 4500119950)
        ---------------------------------------------------------------------------------------------------
        Tipo procura             Doc                  Qtd  Origem                                 Estado
        Encomenda firme / firm   MV-SO-24-0312 L1      10  PO 4500119950 linha 10 (amostras)      em produção
        Encomenda firme / firm   MV-SO-24-0312 L2     390  previsão cliente 2024 (Wistbus fcst)   PLANEADO
        ---------------------------------------------------------------------------------------------------
        Necessidade de material (para 400 pcs)
        Tubo inox 1.4301 Ø32x1,5 barra 6 m    400 x 2,35 m = 940 m -> 157 barras
              Enc. fornecedor EF-24-1177  Ramada Aços          ENVIADA AO FORNECEDOR 17-05-2024
        Flange fixação M8x1.25 A2             800 pcs
              Enc. fornecedor EF-24-1178  Parafusaria Lis      ENVIADA AO FORNECEDOR 17-05-2024
        ---------------------------------------------------------------------------------------------------
        Obs.: compra total para garantir preço do inox (sobretaxa de liga sobe em junho). RP
        """)),
])

# p13 supplier production plan: forecast as customer order, material bought for 1.200
case("p13", ["RG006", "RG008"],
     "Supplier production plan (CN): Wistbus forecast 1.200 listed as firm customer order with material purchased "
     "for 1.200 sets; 4 samples on PO.", [
    ("plan_JL_2024H2.pdf", PDF([
        ("h1", "Production Plan 2024 H2"),
        ("p", "Xiamen Jiale Transit Components Co., Ltd. - prepared by Kevin Lin, Production Dept. - 2024-06-17"),
        ("p", "Customer: Wistbus Sp. z o.o. (Poland) - Project DSH-F-1420 front destination-sign housing"),
        ("table", [
            ["Order", "Type", "Qty", "Source", "Material status"],
            ["PO 4500119307", "sample", "4", "customer PO", "done"],
            ["WB-2024-25", "customer order (firm)", "1.200", "Wistbus forecast 2024-2025, mail 02.04.2024",
             "PC sheet 3 mm + ALU frame 6060 purchased for 1.200 sets"],
        ]),
        ("sp",),
        ("p", "Remark: customer order 1.200 pcs is confirmed by the forecast. Mould T1 OK. Series start in week 32, "
              "400 pcs per month."),
    ], title="Production plan 2024H2", author="Xiamen Jiale")),
])

# p14 supplier portal: material staged for the whole project
case("p14", ["RG006"],
     "Supplier portal (ES): 6 pilot frames released, series 234 not released, but tube and rails staged for 240 "
     "frames without any material authority.", [
    ("portal_ebro_AE-P-24-0733.html", html_page("Asientos Ebro - Portal de clientes", T("""
        <h2>Asientos Ebro - Portal de clientes / Customer portal</h2>
        <p>Cliente: <b>Wistbus Sp. z o.o.</b> &nbsp; Pedido / order AE-P-24-0733 &nbsp; Su PO / your PO 4500119420</p>
        <h3>Estado del pedido / Order status</h3>
        <table>
        <tr><th>Pos</th><th>Ref</th><th>Cant.</th><th>Estado</th></tr>
        <tr><td>1</td><td>SF-2260 pilot frames</td><td>6</td><td>released by customer - en soldadura / in welding</td></tr>
        <tr><td>2</td><td>SF-2260 series frames</td><td>234</td><td>not released (waiting customer release)</td></tr>
        </table>
        <h3>Material</h3>
        <table>
        <tr><th>Material</th><th>Cantidad</th><th>Estado</th></tr>
        <tr><td>Tubo 30x30x2 S235JRH</td><td>for 240 frames</td><td>staged in warehouse bay 4 (bought 10.05.2024)</td></tr>
        <tr><td>Perfil carril asiento DC01 2 mm</td><td>for 240 frames</td><td>staged</td></tr>
        </table>
        <div class="note">Material staged for the full project, so the series can start as soon as the customer releases.</div>
        """), lang="es")),
])

# p15 WhatsApp: PO acceptance read as confirmation, material for all 1 150 racks
case("p15", ["RG006", "RG012"],
     "WhatsApp (TR/IN): supplier says accepting the PO confirmed the order, bought aluminium for all 1 150 racks and "
     "started cutting; PO is 4 samples with balance on hold.", [
    ("whatsapp_kaya_dsrtc.txt", T("""
        [20/05/24, 11:30] K. Srinivasa Rao DSRTC: Dear Emre ji, PO 24/CWS/LR/0061 uploaded in e-procurement. It is for 4 (four) sample racks only. Balance 1 150 racks NOT released till QC wing sample sign-off and written release letter from CME Sri R. Venkataraman.
        [20/05/24, 11:42] Emre Aydın (Kaya): Noted sir, thank you 🙏
        [03/06/24, 10:14] Emre Aydın (Kaya): Good morning Sir, your PO we accepted in the portal yesterday 👍
        [03/06/24, 10:15] Emre Aydın (Kaya): with the PO acceptance the order is confirmed for us, so we ordered aluminium profile for all 1 150 racks and started cutting, to catch your delivery before Dasara
        [03/06/24, 10:16] Emre Aydın (Kaya): <attached: IMG-20240603-WA0007.jpg>
        [03/06/24, 12:48] K. Srinivasa Rao DSRTC: Will check and revert.
        """)),
])

# p16 supplier readiness review: material for 48, series runs directly after sample OK
case("p16", ["RG006", "RG007"],
     "Supplier readiness review (HU): material on stock for 48 ramps while 3 released; plan says series runs directly "
     "after Wistbus sample OK, 'as agreed in phone call'.", [
    ("readiness_WR-1100.docx", docx_bytes([
        ("h1", "Production readiness review / Gyártás-előkészítési jelentés"),
        ("p", "Kisalföld Rámpa Kft., Győr - Customer: Wistbus Sp. z o.o. - Part WR-1100 rev B - PO 4500120377 - 03.06.2024"),
        ("table", [
            ["Topic", "Status", "Responsible"],
            ["Sample ramps (3 pcs)", "built, load test 350 kg OK", "Szabó E."],
            ["Series ramps (45 pcs)", "not released by customer yet", "-"],
            ["Tread plate EN AW-5754 H22, 4 mm", "on stock for 48 ramps (bought in March for the price)", "Kovács P."],
            ["Gas springs Stabilus 350 N", "96 pcs on stock", "Kovács P."],
            ["Hinge pins M10, A4", "100 pcs on stock", "Szabó E."],
        ]),
        ("h", "Plan"),
        ("p", "After the Wistbus sample OK, the series runs directly in weeks 26-28. No separate release is needed "
              "for us, as agreed in phone call with the customer."),
        ("h", "Risks"),
        ("li", "Welding robot cell 2 has maintenance in week 27."),
        ("li", "Powder coating RAL 9005 outsourced, 5 days."),
    ], author="Szabó Eszter")),
])

# p17 annual requirement (forecast) to be treated as a confirmed order; text attachment
_req = T("""
    DSRTC CENTRAL WORKSHOPS - STANCHION SETS CWS-ST-0032 - FY 2024-25
    DEPOT-WISE REQUIREMENT (FORECAST)
    ------------------------------------------------
    DEPOT              BUSES   SETS
    MGBS                  90    540
    JUBILEE BUS STN       75    450
    UPPAL                 60    360
    HAYATNAGAR            55    330
    KUKATPALLY            70    420
    MIYAPUR               65    390
    DILSUKHNAGAR          50    300
    SECUNDERABAD          45    270
    MEHDIPATNAM           40    240
    RANIGUNJ              30    180
    KACHIGUDA             20    120
    ------------------------------------------------
    TOTAL                600   3600
    """)
_t = T("""
    Dear Sir,

    With reference to the meeting held on 10/06/2024 at Central Workshops, Uppal, please find enclosed the annual
    requirement of stanchion sets CWS-ST-0032 for FY 2024-25, i.e. 3.600 (three thousand six hundred) sets, as per
    the forecast received from all 11 depots.

    Kindly treat this requirement as our confirmed order for the year and plan your capacity and raw material
    accordingly. Monthly supply of 300 sets from October 2024. Formal POs will follow quarterly for
    administrative purpose only.

    Thanking you,
    Yours faithfully,
    """) + sig("K. Srinivasa Rao", "Dy. Chief Stores & Purchase Officer", DSRTC, "+91 40 2720 1184")
case("p17", ["RG008"],
     "Buyer (IN) sends a depot forecast of 3.600 sets and asks to treat it as the confirmed order for the year.", [
    ("mail_dsrtc_0612.eml", eml_bytes(mail(KSR, JT, "Annual requirement FY 2024-25 - Stanchion sets - CONFIRMED",
                                           "Wed, 12 Jun 2024 17:25:00 +0530", _t, cc=RV,
                                           attachments=[("requirement_FY2024-25.txt", _req, "text/plain")]))),
])

# p18 SAP delivery schedule: lines based on forecast marked FIRM
case("p18", ["RG008"],
     "SAP scheduling agreement (PL): delivery lines based on an unsigned sales forecast, all marked FIRM, 'treated "
     "as firm order'.", [
    ("LPA_5500002211.txt", T("""
        WISTBUS SP. Z O.O.  -  SAP MM        HARMONOGRAM DOSTAW / DELIVERY SCHEDULE
        Scheduling agreement : 5500002211          Supplier : 100457 METALURGICA DO VOUGA LDA
        Material             : WB-HR-3215 rev F    Handrail set Citi 12
        Printed              : 2024-07-01 07:02    Buyer    : K. Wójcik (P21)
        -----------------------------------------------------------------------------
        Firm zone     : all lines below            Trade-off zone : none
        -----------------------------------------------------------------------------
        Line   Deliv. date    Qty (sets)   Status
        0001   2024-09-02          40      FIRM
        0002   2024-10-01          40      FIRM
        0003   2024-11-04          60      FIRM
        0004   2024-12-02          60      FIRM
        0005   2025-01-06          80      FIRM
        -----------------------------------------------------------------------------
        Total                     280
        Header text:
        Quantities based on sales forecast Citi 12 for 2024/2025 (city tenders in Łódź and Gdańsk
        not signed yet). Treated as firm order - supplier to produce and deliver per schedule.
        """)),
])

# p19 WhatsApp: forecast declared a firm order and the deposit as the start signal
case("p19", ["RG008", "RG012"],
     "WhatsApp (CL/CN): buyer calls the 2025 forecast of 1.800 a firm order and says that with the deposit paid the "
     "supplier can start.", [
    ("whatsapp_cordillera_jiale.txt", T("""
        [10-07-24 9:41] Rodrigo Fuentes: Hola Vivian! buenas noticias, el forecast 2025 para carcasas DSH-F-1900 es 1.800 unidades (las 3 licitaciones nuevas de buses eléctricos)
        [10-07-24 9:42] Rodrigo Fuentes: consideren esto como pedido firme, la OC formal sale en septiembre cuando esté el presupuesto
        [10-07-24 9:43] Rodrigo Fuentes: y hoy transferimos el anticipo 20%, así que con el anticipo pagado pueden partir con las 1.800 😀
        [10-07-24 9:50] Vivian Chen 陈薇: wow great news!! deposit received we check with finance. thank you Rodrigo 🙏
        [10-07-24 9:51] Vivian Chen 陈薇: we plan it
        """)),
])

# p20 supplier order confirmation that turns a forecast letter into an order
case("p20", ["RG007", "RG008"],
     "Supplier order confirmation (TR/NO) confirms 360 series racks 'on the basis of your forecast' and says series "
     "starts automatically after sample approval.", [
    ("OC_KY-24-0219.pdf", PDF([
        ("h1", "SIPARIS ONAYI / ORDER CONFIRMATION KY-OC-24-0219"),
        ("p", "Kaya Otomotiv Ic Donanim San. ve Tic. A.S., Nilufer OSB, Bursa - 29.04.2024"),
        ("p", "Customer: Fjordlinje Ekspress AS, Bergen. Your reference: forecast letter 'Prognose 2024-2026 "
              "bagasjehyller' dated 22.04.2024 and PO 4700-2301."),
        ("p", "We thank you for your order and confirm as below:"),
        ("table", [
            ["Pos", "Part", "Qty", "Unit price EUR", "Delivery"],
            ["1", "LR-1450 rev B parcel rack, sample (PO 4700-2301)", "2", "690,00", "wk 20/2024"],
            ["2", "LR-1450 rev B parcel rack, series", "360", "243,00", "2024: 120 / 2025: 120 / 2026: 120"],
        ]),
        ("sp",),
        ("p", "Conditions: Pos. 2 is confirmed as order on the basis of your forecast letter. Series production "
              "starts automatically after your sample approval; no further order is needed. Prices fixed until "
              "31.12.2024, aluminium surcharge per LME after."),
        ("p", "Emre Aydin, Export Sales Manager"),
    ], title="KY-OC-24-0219", author="Kaya Otomotiv")),
])

# p21 buyer portal: forecast declared binding, no call-off needed
case("p21", ["RG008"],
     "Buyer portal (NO): 2025 forecast of 1.400 grab handles declared 'committed volume - binding', produce without "
     "further call-off.", [
    ("portal_fle_rammeavtale.html", html_page("Fjordlinje Leverandørportal - Rammeavtale 2025", T("""
        <h2>Fjordlinje Ekspress - Leverandørportal / Supplier portal</h2>
        <p>Leverandør / supplier: <b>Metalúrgica do Vouga, Lda.</b> &nbsp; Rammeavtale / framework FA-2025-07</p>
        <h3>Prognose 2025 / Forecast 2025 - grab handle GH-25</h3>
        <table>
        <tr><th>Kvartal</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Sum</th></tr>
        <tr><td>Stk / pcs</td><td>400</td><td>400</td><td>300</td><td>300</td><td>1.400</td></tr>
        </table>
        <div class="note">This forecast is our committed volume for 2025 and a binding purchase commitment.
        Supplier shall produce to this schedule without further call-off. Kontakt: Ingrid Solberg.</div>
        """), lang="no")),
])

# p22 'approved' for the QC result and for the price; DOCX attachment
_qc = docx_bytes([
    ("h1", "QC WING - SAMPLE INSPECTION REPORT QC/ST/2024/0502"),
    ("p", "Item: Stanchion set CWS-ST-0032, DRG CWS/BB/1450 REV 12. PO 24/CWS/ST/0044. Vendor: Metalúrgica do Vouga."),
    ("table", [
        ["Parameter", "Specification", "Observed", "Remark"],
        ["Tube OD", "32 ± 0,3 mm", "31,9 - 32,1", "OK"],
        ["Wall thickness", "1,6 mm", "1,58 - 1,62", "OK"],
        ["Lateral load 1,2 kN", "deflection < 6 mm", "4,3 mm", "OK"],
        ["Salt spray ISO 9227 NSS 480 h", "no red rust", "no red rust", "OK"],
    ]),
    ("p", "Result: the 5 sample sets conform to drawing. Samples approved."),
    ("p", "Ms. Lakshmi Narayanan, Asst. Works Manager (QC)"),
], author="QC Wing")
_t = T("""
    Dear Mr. Tavares,

    This is to inform that the 5 (five) sample stanchion sets supplied against our PO 24/CWS/ST/0044 are approved
    by the QC wing vide report attached.

    Further, your revised price offer MV-2404-600-R1 is also approved by the Purchase Committee in its meeting
    dt 02/07/2024.

    The balance quantity of 595 sets is not yet released for manufacture. It will be released only by a written
    release order signed by Sri R. Venkataraman, Chief Mechanical Engineer, after issue of the amended PO. Kindly
    do not commence manufacture of the balance till then.

    Regards,
    """) + sig("K. Srinivasa Rao", "Dy. Chief Stores & Purchase Officer", DSRTC, "+91 40 2720 1184")
case("p22", ["RG009"],
     "Buyer (IN) uses 'approved' for the QC sample result and for the commercial price; scope itself is complete.", [
    ("mail_dsrtc_0703.eml", eml_bytes(mail(KSR, JT, "PO 24/CWS/ST/0044 - sample stanchion sets - status",
                                           "Wed, 03 Jul 2024 12:10:00 +0530", _t, html=html_from_text(_t), cc=LN,
                                           attachments=[("QC_ST_2024_0502.docx", _qc, DOCX_MT)]))),
])

# p23 sign-off record: 'approved' for sample, commercial and production
case("p23", ["RG009"],
     "Sign-off record (PL) uses APPROVED for the sample result, the revised PO and the production of 236 frames.", [
    ("protokol_SF-2240.docx", docx_bytes([
        ("h1", "Protokół zatwierdzenia próbek / Sample approval record"),
        ("p", "Wistbus Sp. z o.o. - Engineering Interior"),
        ("table", [
            ["Part", "WB-SF-2240 rev D, seat frame double, low-entry"],
            ["Supplier", "Asientos Ebro S.L., Zaragoza"],
            ["PO", "4500119101 (4 sample frames)"],
            ["Date", "11.06.2024"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Test", "Requirement", "Result"],
            ["Fit check Citi 12 LE", "no interference, pitch 720 mm", "OK"],
            ["UN ECE R80 dynamic test (lab report TÜV-24-0811)", "pass", "pass"],
            ["Weld inspection", "EN ISO 5817 level C", "OK"],
            ["Coating thickness", "min. 80 µm", "92 µm"],
        ]),
        ("h", "Decision"),
        ("li", "Samples: APPROVED - T. Zieliński, Engineering"),
        ("li", "Commercial: APPROVED - revised PO 4500119101 rev 1 for 236 series frames - K. Wójcik, Purchasing"),
        ("li", "Production: APPROVED for 236 frames, material and production may start - M. Dąbrowski, Head of Supply Chain"),
    ], author="Tomasz Zieliński")),
])

# p24 purchase status report: 'LIBERADA' for SAP PO workflow and for production
case("p24", ["RG009"],
     "Purchase status report (CL) uses 'liberada / release' for the SAP PO release strategy and for the production "
     "release of the 1.182.", [
    ("informe_compras_DSH.pdf", PDF([
        ("h1", "Informe de estado de compra / Purchase status report"),
        ("p", "Buses Cordillera S.A. - Abastecimiento - Proyecto letreros de destino flota eléctrica 2024 - 20-06-2024"),
        ("table", [
            ["Documento", "Estado", "Fecha", "Responsable"],
            ["OC 4100-7702 (8 muestras DSH-F-1900)", "LIBERADA en SAP (estrategia de liberación nivel 2)", "02-05",
             "Gerencia"],
            ["Sample sign-off", "approved", "04-06", "Camila Rojas"],
            ["OC 4100-7702-A (serie 1.182 uds)", "LIBERADA en SAP", "18-06", "Gerencia"],
            ["Producción serie 1.182 uds", "LIBERADA - carta RL-24-011", "19-06", "Felipe Araya"],
        ]),
        ("sp",),
        ("p", "Comentario: todas las liberaciones completadas / all releases completed; el proveedor puede fabricar "
              "la serie."),
        ("p", "Rodrigo Fuentes, Jefe de Abastecimiento"),
    ], title="Informe de estado", author="Buses Cordillera")),
])

# p25 Teams: 'released' for the drawing and for production, and an unscoped go ahead
case("p25", ["RG002", "RG009"],
     "Teams (NO/TR): 'released' used for the PLM drawing and for production; 'rev C is released. go ahead.' is "
     "unscoped.", [
    ("teams_chat_LR-1450.txt", T("""
        Microsoft Teams - chat export
        Conversation: Fjordlinje / Kaya - LR-1450
        --------------------------------------------------------------------------------
        [29.04.2024 10:05] Ingrid Solberg
        Reminder for all: PO 4700-2301 = 2 sample racks. The series 118 is not released until Håkon signs
        off the samples and I send the written release.

        [02.05.2024 13:20] Håkon Brekke
        Emre, drawing FE-D-1450 rev C is released in our PLM today (new end cap with R118 certificate,
        hole M6 moved 12 mm).

        [02.05.2024 13:41] Emre Aydın
        Thanks Håkon bey. So we change the samples to rev C end cap?

        [02.05.2024 13:44] Håkon Brekke
        yes, rev C is released. go ahead.

        [02.05.2024 13:45] Emre Aydın
        👍 ok
        --------------------------------------------------------------------------------
        """)),
])

# p26 'approved' twice (ECR technical and price) and a bare 'Go ahead' (two-level quote)
_kw_po = T("""
    Dear Péter,
    attached PO 4500120377. Line 10: 3 sample ramps WR-1100 - please build. Line 20: 45 ramps - NOT released,
    on hold until sample sign-off by Tomasz Zieliński and written release by Marek Dąbrowski.
    Material for samples only.
    Katarzyna
    """)
_kp_ecr = T("""
    Dear Tomasz,

    attached our change request ECR-0457: hinge pin M10 A4 instead of M8 A2, because of wear found in the
    fatigue test (20 000 cycles). Price impact +EUR 12,50 per ramp. Please approve technically and
    commercially.

    Best regards
    Péter
    """)
_t = T("""
    Hello Péter,

    ECR-0457 (hinge pin M10 A4) is approved by Wistbus engineering. The price increase of EUR 12,50 per ramp is
    approved by purchasing as well (Katarzyna in copy).

    Go ahead.

    Regards
    """) + sig("Tomasz Zieliński", "Engineering Interior", WIST, "+48 61 814 22 31") + \
    "\nOn 27.05.2024 at 09:12, Kovács Péter wrote:\n" + q(_kp_ecr) + "\n>\n> On 06.05.2024 at 14:30, Katarzyna Wójcik wrote:\n" + \
    q(_kw_po, 2) + "\n"
case("p26", ["RG002", "RG009"],
     "Buyer engineer (PL) writes 'approved' for the ECR and for the price, then a bare 'Go ahead.'; complete scope "
     "sits in the two-level quoted PO mail.", [
    ("mail_wist_0528.eml", eml_bytes(mail(TZ, KP, "RE: ECR-0457 WR-1100 hinge pin", "Tue, 28 May 2024 08:55:00 +0200",
                                          _t, cc=KW, in_reply_to="<h206-kp-0527@kisalfoldrampa.hu>"))),
])

# p27 multi-file: PO with complete scope + proforma that starts series on deposit
case("p27", ["RG012"],
     "PO (CL) with complete sample scope + supplier proforma (CN) saying series 1.178 starts on receipt of the 30% "
     "deposit.", [
    ("OC_4100-7840.txt", T("""
        BUSES CORDILLERA S.A.            SAP - ORDEN DE COMPRA / PURCHASE ORDER
        RUT 76.543.210-K                 Av. Las Parcelas 5120, Maipú, Santiago
        ---------------------------------------------------------------------------------
        OC N°       : 4100-7840             Fecha : 12-06-2024
        Proveedor   : 300881 XIAMEN JIALE TRANSIT COMPONENTS CO LTD
        Comprador   : R. Fuentes            Moneda: USD      Incoterm: FOB Xiamen
        ---------------------------------------------------------------------------------
        Pos  Material      Texto                                      Cant.   Precio    Valor
        10   DSH-S-0600    Carcasa letrero lateral, MUESTRA            12     95,00  1.140,00
        20   MOLDE-0600    Molde inyección carcasa lateral              1 11.400,00 11.400,00
        ---------------------------------------------------------------------------------
        Texto cabecera:
        Solo 12 muestras (pos. 10) y el molde (pos. 20). El saldo de 1.178 carcasas NO está
        liberado: queda en espera hasta el sign-off de muestras por Camila Rojas (Ingeniería de
        Flota) y la liberación escrita de Felipe Araya, Gerente de Operaciones.
        Material solo para las 12 muestras. Anticipo 50% del molde según PI del proveedor.
        """)),
    ("PI_JL-24-0613.pdf", PDF([
        ("h1", "PROFORMA INVOICE PI-JL-24-0613"),
        ("p", "Xiamen Jiale Transit Components Co., Ltd., Haicang District, Xiamen, China - 2024-06-13"),
        ("p", "Buyer: Buses Cordillera S.A., Santiago, Chile. Your PO 4100-7840."),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "Mould DSH-S-0600 side sign housing (deposit 50%)", "1", "11.400,00", "5.700,00"],
            ["2", "Samples DSH-S-0600", "12", "95,00", "1.140,00"],
            ["", "Total due now", "", "", "6.840,00"],
        ]),
        ("sp",),
        ("p", "Remark: Series 1.178 pcs at USD 41,20: production will start on receipt of your 30% deposit by T/T "
              "(USD 14.560,08). Lead time 35 days after deposit."),
        ("p", "Bank: Bank of China Xiamen Branch, SWIFT BKCHCNBJ73A. Vivian Chen, Sales Manager"),
    ], title="PI-JL-24-0613", author="Xiamen Jiale")),
])

# p28 call-off mail with a programme schedule (120) attached, nothing about the rest
_sched = PDF([
    ("h1", "Programme schedule - seat frames FE-SF-73 (window seat)"),
    ("p", "Fjordlinje Ekspress AS - refurbishment coaches 301-312 - version 3, 10.06.2024"),
    ("table", [
        ["Coaches", "Frames", "Delivery wk", "Call-off"],
        ["301-304", "40", "27", "1 (delivered)"],
        ["305-308", "40", "33", "2"],
        ["309-312", "40", "40", ""],
        ["Total", "120", "", ""],
    ]),
    ("p", "Frame FE-SF-73 rev B, 10 per coach. Certificates UN ECE R14 / R80 with each delivery."),
], title="Programme schedule FE-SF-73", author="Fjordlinje Ekspress AS")
_t = T("""
    Hola Javier,

    Hereby we release call-off 2: forty (40) seat frames FE-SF-73 rev B for coaches 305-308, delivery DAP Bergen
    week 33, on PO 4700-2290.

    Attached is our programme schedule for the whole refurbishment, so you can see the big picture.

    Mvh
    """) + sig("Ingrid Solberg", "Procurement Manager, release authority for this project", FLE, "+47 55 20 41 00")
case("p28", ["RG001", "RG003", "RG004"],
     "Call-off 2 (NO/ES) releases 40 frames with the 120 programme schedule attached, unmarked; nothing says the "
     "rest is not released, no unlock event; release authority named.", [
    ("mail_fle_0614.eml", eml_bytes(mail(IS, JL, "Avrop 2 / call-off 2 - FE-SF-73", "Fri, 14 Jun 2024 10:15:00 +0200",
                                         _t, attachments=[("programme_FE-SF-73_v3.pdf", _sched, PDF_MT)]))),
])

# p29 WhatsApp: payment done = green light
case("p29", ["RG002", "RG012"],
     "WhatsApp (PT/PL): supplier asks if payment means green light for series; buyer answers 'yes payment is done so "
     "green light'.", [
    ("whatsapp_vouga.txt", T("""
        [06/05/2024, 09:20] Katarzyna Wójcik: João, PO 4500119950 confirmed: 10 sample stanchions only. 390 series not released, on hold until Tomasz signs off samples and Marek Dąbrowski writes the release
        [06/05/2024, 09:24] João Tavares: ok obrigado 👍
        [11/06/2024, 10:02] João Tavares: Bom dia Katarzyna, payment for the 10 samples + tooling received today, obrigado!
        [11/06/2024, 10:03] João Tavares: so we understand we have green light for the series?
        [11/06/2024, 10:31] Katarzyna Wójcik: Hi João, yes payment is done so green light 👍
        [11/06/2024, 10:33] João Tavares: perfeito, we plan series for week 27
        """)),
])

# p30 supplier order acceptance: PO acceptance taken as series authority
case("p30", ["RG012"],
     "Supplier order acceptance (ES): 'with the acceptance of this PO we consider series production authorised' on a "
     "4-sample PO.", [
    ("aceptacion_AE-OA-24-0288.docx", docx_bytes([
        ("h1", "ACEPTACIÓN DE PEDIDO / ORDER ACCEPTANCE AE-OA-24-0288"),
        ("p", "Asientos Ebro S.L. - Polígono Malpica c/ E nº 22 - 50016 Zaragoza"),
        ("p", "Cliente / customer: Wistbus Sp. z o.o., Rokietnica. Su pedido / your PO 4500119480 de 06/05/2024."),
        ("table", [
            ["Pos", "Ref", "Descripción", "Cant.", "Precio"],
            ["10", "SF-2240 rev D", "Bastidor asiento doble, muestra / sample", "4", "EUR 412,00"],
            ["20", "WB-FX-2240", "Utillaje / fixture", "1", "EUR 3.200,00"],
        ]),
        ("h", "Condiciones / conditions"),
        ("num", "Con la aceptación de este pedido, Asientos Ebro considera autorizada la fabricación de la serie "
                "según nuestra oferta Q-AE-24-0419. With the acceptance of this PO we consider series production "
                "authorised as per our offer; we launch the series after the samples are delivered."),
        ("num", "Plazo muestras / samples: semana 22."),
        ("num", "Pago / payment: 60 días."),
        ("sp",),
        ("p", "Javier Lasheras, Dpto. Comercial - 08/05/2024"),
    ], author="Asientos Ebro S.L.")),
])

# p31 one PO stating the sample quantity twice differently; committee as release authority
case("p31", ["RG005", "RG011"],
     "PO (IN) subject line says 2 sample ramps, the schedule table says 3; balance released by 'the Purchase "
     "Committee' (no named person).", [
    ("PO_24-CWS-RMP-0011.pdf", PDF([
        ("h1", "DECCAN STATE ROAD TRANSPORT CORPORATION"),
        ("p", "Central Workshops, Uppal, Hyderabad - 500039 - Stores & Purchase Section"),
        ("p", "PURCHASE ORDER No. 24/CWS/RMP/0011 dt 08/08/2024"),
        ("p", "To: M/s Kisalföld Rámpa Kft., Ipari Park, 9027 Győr, Hungary"),
        ("p", "Sub: Supply of sample wheelchair ramps for low-floor city buses - 2 (two) Nos. - reg."),
        ("p", "Ref: Tender No. CWS/T/2024/131, your offer KR-Q-24-0209 dt 15/07/2024."),
        ("table", [
            ["Sl", "Item code", "Description", "Qty", "Rate (EUR)", "Value (EUR)"],
            ["1", "CWS-RMP-1200", "Wheelchair ramp WR-1200, manual, 1200 x 900 mm, load 350 kg, DRG CWS/BB/1200 "
                                  "REV 4", "3 Nos.", "1.640,00", "4.920,00"],
        ]),
        ("sp",),
        ("p", "Special conditions:"),
        ("p", "1. Balance quantity of 118 Nos. (as per tender) shall not be manufactured till sample approval by "
              "QC wing and written release order from the Purchase Committee."),
        ("p", "2. Samples to be delivered to Central Workshops, Uppal within 45 days. Vendor quality system "
              "ISO 9001:2015."),
        ("p", "3. Payment: 100% after receipt and inspection of samples."),
        ("p", "for DSRTC - K. Srinivasa Rao, Dy. Chief Stores & Purchase Officer"),
    ], title="PO 24/CWS/RMP/0011", author="DSRTC")),
])

# p32 mail and attached PO disagree on the PO number
_po32 = PDF([
    ("h1", "INNKJØPSORDRE / PURCHASE ORDER 4700-2219"),
    ("p", "Fjordlinje Ekspress AS, Kokstadvegen 41, 5257 Bergen - Date 02.07.2024 - Buyer Sigrid Haugen"),
    ("p", "Supplier: Kaya Otomotiv Ic Donanim San. ve Tic. A.S., Bursa"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["10", "LR-1600 rev A", "Luggage rack, aluminium, SAMPLE", "4", "EUR 720,00", "EUR 2.880,00"],
    ]),
    ("sp",),
    ("p", "Scope: 4 sample racks only. The balance of 76 racks is not released; release only after sample sign-off "
          "by Håkon Brekke, by written release from Ingrid Solberg, Procurement Manager. Material: samples only."),
], title="PO 4700-2219", author="Fjordlinje Ekspress AS")
_t = T("""
    Hi Emre,

    Attached is PO 4700-2291 for the 4 sample racks LR-1600 (new luggage rack for the Volvo 9900 coaches).

    Only the 4 samples. The balance of 76 racks is not released until Håkon signs off the samples and Ingrid
    Solberg sends the written release. Material for the samples only please.

    Mvh
    """) + sig("Sigrid Haugen", "Innkjøper / Buyer", FLE, "+47 55 20 41 17")
case("p32", ["RG011"],
     "Mail (NO) names PO 4700-2291, the attached PO PDF is 4700-2219; same 4 samples and complete scope.", [
    ("mail_fle_0702.eml", eml_bytes(mail(SH, EA, "PO LR-1600 samples", "Tue, 02 Jul 2024 09:05:00 +0200", _t,
                                         attachments=[("PO_4700-2219.pdf", _po32, PDF_MT)]))),
])

# p33 EDI call-off with two different released quantities in one document
case("p33", ["RG011"],
     "DELFOR call-off (PL/ES): QTY segment releases 40 frames, the free text says call-off 1 releases 48 frames; "
     "hold, event and person present.", [
    ("delfor_WB-CO-24-017.txt", T("""
        EDIFACT DELFOR D.96A - wydruk / print             2024-06-17 06:40
        ==================================================================================
        UNB  WISTBUS:ZZ  ->  ASIENTOSEBRO:ZZ      ref 000017
        BGM  241  WB-CO-24-017   call-off 1 / wywołanie 1
        DTM  137  20240617
        NAD  BY  Wistbus Sp. z o.o., Rokietnica      NAD SE  Asientos Ebro S.L., Zaragoza
        ----------------------------------------------------------------------------------
        LIN  1   WB-SF-2240 rev D   seat frame double, low-entry (PO 4500119101 rev 1)
          QTY  113  released    40 PCE     SCC 1 firm     DTM 2  20240715
          QTY  3    cumulative 236 PCE     (revised PO quantity)
          FTX  AAI  Call-off 1 releases 48 frames for buses 1-6 (8 frames per bus).
          FTX  AAI  Balance 196 frames on hold. Released only by call-off 2, signed by
                    Marek Dąbrowski, Head of Supply Chain. Material authority: as released.
        ----------------------------------------------------------------------------------
        UNT  14  1
        """)),
])

# p34 multi-file: PO says 10 samples, supplier acknowledgement confirms 12 (quoted thread)
_kw_req = T("""
    Dear Rita,
    please confirm PO 4500121004 (attached), stanchion WB-ST-3210 rear door, samples.
    Thank you, Katarzyna
    """)
_t = T("""
    Dear Katarzyna,

    we confirm your PO 4500121004 for twelve (12) sample stanchions WB-ST-3210, delivery week 26.

    The balance of 290 pcs stays on hold as per your note, we wait for the written release of Mr. Dąbrowski
    after the sample sign-off. Material only for the samples.

    Com os melhores cumprimentos,
    """) + sig("Rita Pinho", "Planeamento", VOUGA, "+351 234 600 218") + \
    "\nEm 10/06/2024 08:50, Katarzyna Wójcik escreveu:\n" + q(_kw_req) + "\n"
case("p34", ["RG011"],
     "SAP PO (PL) for 10 sample stanchions with complete scope; supplier acknowledgement (PT) confirms 12.", [
    ("PO_4500121004.txt", T("""
        WISTBUS SP. Z O.O.   -   SAP MM   -   ZAMÓWIENIE / PURCHASE ORDER
        PO no.   : 4500121004              Date    : 2024-06-10
        Supplier : 100457 METALURGICA DO VOUGA LDA, AGUEDA
        Buyer    : K. Wójcik (P21)         Terms   : FCA Águeda, 60 days
        -----------------------------------------------------------------------------
        Item  Material          Short text                           Qty    Price EUR
        00010 WB-ST-3210 rev A  Stanchion rear door, SAMPLE           10 PC     44,60
        -----------------------------------------------------------------------------
        Header note:
        Samples only: 10 pcs. Series quantity 290 pcs (quote MV-2405-0301) is NOT released and
        not ordered. On hold until Tomasz Zieliński signs off the samples; release then only in
        writing by Marek Dąbrowski, Head of Supply Chain. Material authority: samples only.
        """)),
    ("mail_vouga_0611.eml", eml_bytes(mail(RP, KW, "RE: PO 4500121004 confirmation", "Tue, 11 Jun 2024 11:32:00 +0100",
                                           _t, in_reply_to="<h206-kw-0610@wistbus.pl>"))),
])

# p35 minutes: 8 additional samples released, action says 10; 'aprobación' for technical and commercial
case("p35", ["RG009", "RG011"],
     "Minutes (CL/ES): 'aprueba/aprobó' for the technical sample result and the SAP PO; item 3 releases 8 additional "
     "samples, the action list says make 10.", [
    ("acta_BC-SF-1100.docx", docx_bytes([
        ("h1", "Acta de reunión - Bastidores de asiento BC-SF-1100 - Asientos Ebro"),
        ("p", "Fecha: 26-06-2024 (Teams Santiago - Zaragoza). Redacta: Rodrigo Fuentes."),
        ("p", "Asistentes: Rodrigo Fuentes, Camila Rojas, Felipe Araya (Buses Cordillera); Javier Lasheras, Nuria Gil (Asientos Ebro)."),
        ("h", "1. Aprobación de muestras"),
        ("p", "Ingeniería (Camila Rojas) aprueba técnicamente las 6 muestras: anclajes UN ECE R14 OK, soldadura OK."),
        ("h", "2. Aprobación de la OC"),
        ("p", "Gerencia aprobó en SAP la OC 4100-7901 para muestras adicionales de prueba de flota."),
        ("h", "3. Prueba de flota"),
        ("p", "Se liberan 8 muestras adicionales para prueba de flota en 4 buses del recorrido 401 (OC 4100-7901 "
              "línea 20). El saldo de la serie, 592 bastidores, no está liberado hasta la liberación escrita de "
              "Felipe Araya, Gerente de Operaciones, después de la prueba de flota."),
        ("h", "Acuerdos"),
        ("table", [
            ["#", "Acción", "Responsable", "Fecha"],
            ["1", "Fabricar 10 muestras adicionales para prueba de flota", "Asientos Ebro", "15-07"],
            ["2", "Programar buses recorrido 401", "C. Rojas", "10-07"],
            ["3", "Informe de prueba de flota", "C. Rojas", "30-08"],
        ]),
    ], author="Rodrigo Fuentes")),
])

# p36 PO without a quantity, plus a note letting the series roll on after sample approval
case("p36", ["RG007", "RG010"],
     "PO (PL/CN) states no quantity ('acc. to quote') and, against its own written-release note, lets the supplier "
     "continue directly with series after sample approval.", [
    ("PO_4500119660.pdf", PDF([
        ("h1", "PURCHASE ORDER 4500119660"),
        ("p", "Wistbus Sp. z o.o., ul. Przemyslowa 14, 62-090 Rokietnica, Poland - Date 2024-05-20"),
        ("p", "Supplier: Xiamen Jiale Transit Components Co., Ltd. - Buyer: Katarzyna Wójcik"),
        ("table", [
            ["Line", "Material", "Description", "Qty", "Price"],
            ["10", "WB-DSH-1420 rev B", "Front destination-sign housing, sample lot", "acc. to quote JL-Q-24-077",
             "acc. to quote"],
        ]),
        ("sp",),
        ("p", "Scope note: sample lot only. Balance not released until sample sign-off by Tomasz Zieliński and a "
              "written release by Marek Dąbrowski, Head of Supply Chain."),
        ("p", "Project note: to keep the SOP date, after sample approval you can continue directly with series "
              "production, no further paper needed."),
        ("p", "Delivery: samples by air to Rokietnica. IP54 per IEC 60529, UN ECE R118 for the PC window."),
    ], title="PO 4500119660", author="Wistbus")),
])

# p37 ERP trial order: no quantity, 'competent authority'
case("p37", ["RG005", "RG010"],
     "ERP trial order (IN/CN): 'sample quantity as discussed' (no number); bulk on hold until QC approval and "
     "written release from 'the competent authority'.", [
    ("PO_24-CWS-DSH-0017.txt", T("""
        DECCAN STATE ROAD TRANSPORT CORPORATION - CENTRAL WORKSHOPS, UPPAL
        MMS VER 4.2                  PURCHASE ORDER (TRIAL ORDER)              PAGE 1 OF 1
        -------------------------------------------------------------------------------------------
        PO NO    : 24/CWS/DSH/0017                DATE : 19/06/2024
        VENDOR   : V-21877 XIAMEN JIALE TRANSIT COMPONENTS CO LTD, XIAMEN, CHINA
        ITEM     : CWS-DSH-0415 LED DESTINATION BOARD HOUSING, FRONT
                   DRG CWS/EL/0415 REV 3, IP65 (IS/IEC 60529), 24 V DC
        QTY      : SAMPLE QUANTITY AS DISCUSSED IN PRE-BID MEETING
        RATE     : USD 118.00 PER NO. (FOB XIAMEN)
        -------------------------------------------------------------------------------------------
        SPECIAL CONDITIONS:
        1. THIS IS A TRIAL ORDER FOR SAMPLE QUANTITY ONLY.
        2. BULK QUANTITY IS KEPT ON HOLD PENDING SAMPLE APPROVAL BY QC WING. BULK SUPPLY ONLY
           AFTER WRITTEN RELEASE ORDER FROM THE COMPETENT AUTHORITY.
        3. VENDOR TO PROCURE MATERIAL FOR SAMPLES ONLY.
        4. SAMPLES TO REACH CENTRAL WORKSHOPS WITHIN 60 DAYS.

        FOR DECCAN STATE ROAD TRANSPORT CORPORATION
        DY. CHIEF STORES & PURCHASE OFFICER
        """)),
])

# p38 sample PO mail without any quantity (multipart/alternative)
_t = T("""
    Hola Vivian,

    Te confirmo la OC 4100-7955 para las muestras de la carcasa de letrero lateral DSH-S-0650 rev 1, para la
    validación en los buses eléctricos nuevos del recorrido 401. Please produce the samples as per drawing
    BC-ING-0650 rev 1 and send them by air.

    The series balance is NOT released. It stays on hold until Camila Rojas signs off the samples and Felipe
    Araya (Gerente de Operaciones) sends the written production release. Material only for the samples.

    Saludos,
    """) + sig("Rodrigo Fuentes", "Jefe de Abastecimiento", BCS, "+56 2 2940 3310")
case("p38", ["RG010"],
     "Sample PO mail (CL) with hold, event and named release, but no quantity for the samples anywhere.", [
    ("mail_bcs_0701.eml", eml_bytes(mail(RF, VC, "OC 4100-7955 muestras DSH-S-0650", "Mon, 01 Jul 2024 17:48:00 -0400",
                                         _t, html=html_from_text(_t), cc=CR))),
])

# p39 Teams: make the samples, how many is never said
case("p39", ["RG010"],
     "Teams (NO/TR): buyer says make the samples, series not released until sign-off and her written release; "
     "supplier asks how many, never answered.", [
    ("teams_chat_LR-1600.txt", T("""
        Microsoft Teams - chat export
        Conversation: Ingrid Solberg / Emre Aydın
        --------------------------------------------------------------------------------
        [01.07.2024 13:02] Ingrid Solberg
        Hi Emre, please make the samples of LR-1600 asap, the PO is coming from Sigrid. Series not released
        until Håkon signs off the samples and I send you the written release. Only sample material pls.

        [01.07.2024 13:10] Emre Aydın
        Noted Ingrid hanım. How many samples you need, 2 or 4? In the RFQ it was not clear

        [01.07.2024 13:12] Ingrid Solberg
        check with Sigrid, I am boarding now ✈️

        [01.07.2024 13:13] Emre Aydın
        ok iyi yolculuklar
        --------------------------------------------------------------------------------
        """)),
])

# p40 PO: release 'from our side'
case("p40", ["RG005"],
     "PO (NO/HU) for 2 sample ramps, 22 not released until sample sign-off, released 'by written release from our "
     "side' (no named person).", [
    ("PO_4700-2340.pdf", PDF([
        ("h1", "INNKJØPSORDRE / PURCHASE ORDER 4700-2340"),
        ("p", "Fjordlinje Ekspress AS, Kokstadvegen 41, 5257 Bergen - Date 08.07.2024 - Buyer Sigrid Haugen"),
        ("p", "Supplier: Kisalföld Rámpa Kft., Győr, Hungary"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
            ["10", "WR-800 rev A", "Folding wheelchair ramp for low-entry intercity bus, SAMPLE", "2",
             "EUR 1.390,00", "EUR 2.780,00"],
        ]),
        ("sp",),
        ("p", "Scope: samples only (2 pcs). The remaining 22 ramps of the project are not released. They will be "
              "released after the sample sign-off, by written release from our side. Material for samples only."),
        ("p", "Load test 350 kg per UN ECE R107 Annex 8 to be documented. Delivery DAP Bergen wk 32."),
    ], title="PO 4700-2340", author="Fjordlinje Ekspress AS")),
])

# p41 forwarded committee decision (rfc822): 'approved' for technical, commercial, production; no named person
_committee = mail(PCS, KSR, "Luggage racks LR-2000 - sample approval - reg.", "Mon, 24 Jun 2024 16:30:00 +0530", T("""
    Sir,

    Sub: Luggage racks LR-2000 against PO 24/CWS/LR/0061 - decision of Technical & Purchase Committee - reg.

    The Committee in its meeting held on 24/06/2024 has approved the 4 (four) sample racks supplied by
    M/s Kaya Otomotiv, Bursa, on the basis of the QC wing report.

    The Committee also approved the price negotiation for the balance quantity.

    The balance quantity of 1.150 racks shall not be manufactured until the Committee approves the production.
    Release will be given by the competent authority after revision of the PO.

    Secretary, Purchase Committee
    """))
_t = T("""
    Dear Sir,

    Please find forwarded below the decision of the Technical & Purchase Committee for your information and
    necessary action.

    Regards,
    """) + sig("K. Srinivasa Rao", "Dy. Chief Stores & Purchase Officer", DSRTC, "+91 40 2720 1184")
case("p41", ["RG005", "RG009"],
     "Forwarded committee decision (IN/TR, rfc822): 'approved' for samples, price and production; release by 'the "
     "competent authority' (no named person).", [
    ("mail_dsrtc_0625.eml", eml_bytes(mail(KSR, EA, "Fwd: Luggage racks LR-2000 - sample approval - reg.",
                                           "Tue, 25 Jun 2024 10:02:00 +0530", _t,
                                           attachments=[("rfc822", _committee)]))),
])

# p42 SAP PO: balance on hold 'until further notice', release person named
case("p42", ["RG004"],
     "SAP PO (CL/ES): 6 samples, balance 594 on hold 'hasta nuevo aviso / until further notice', release person "
     "named, no unlock event.", [
    ("OC_4100-7960.txt", T("""
        BUSES CORDILLERA S.A.            SAP - ORDEN DE COMPRA / PURCHASE ORDER
        ---------------------------------------------------------------------------------
        OC N°       : 4100-7960             Fecha : 28-05-2024
        Proveedor   : 300912 ASIENTOS EBRO S.L., ZARAGOZA
        Comprador   : R. Fuentes            Moneda: EUR      Incoterm: FCA Zaragoza
        ---------------------------------------------------------------------------------
        Pos  Material      Texto                                      Cant.   Precio
        10   BC-SF-1100    Bastidor asiento bus eléctrico, MUESTRA       6    398,00
        ---------------------------------------------------------------------------------
        Texto cabecera:
        Solo 6 muestras. El saldo de 594 bastidores queda en espera hasta nuevo aviso
        (on hold until further notice). Liberación del saldo: Felipe Araya, Gerente de
        Operaciones. Material solo para las muestras. Anclajes según UN ECE R14.
        """)),
])

# p43 portal notice: samples may be supplied, bulk in abeyance till further orders
case("p43", ["RG004", "RG005", "RG010"],
     "Portal notice (IN/HU): 'vendor may supply samples' (no number); bulk kept in abeyance 'till further orders' "
     "(no event), nobody named.", [
    ("portal_dsrtc_notice_RMP0008.html", html_page("DSRTC e-Procurement - Notice to vendor", T("""
        <h2>DSRTC e-Procurement Portal</h2>
        <h3>Notice to vendor - Ref. PO 24/CWS/RMP/0008</h3>
        <p>Vendor: <b>Kisalföld Rámpa Kft., Győr</b> &nbsp; Date: 05/07/2024</p>
        <p>Subject: Wheelchair ramps WR-1200 - sample supply.</p>
        <div class="note">The vendor may supply samples of wheelchair ramp WR-1200 as per drawing CWS/BB/1200 REV 4
        (load 350 kg, width 900 mm) for evaluation at Central Workshops, Uppal. Bulk quantity is kept in abeyance
        till further orders.</div>
        <p>Issued by: Stores &amp; Purchase Section</p>
        """))),
])

# p44 buyer portal: 3 sample ramps beside the project volume 48, release authority named
case("p44", ["RG001", "RG003", "RG004"],
     "Buyer portal PO (PL/HU): 3 sample ramps next to 'Project volume: 48 ramps' with no note; release authority "
     "named, no hold, no event.", [
    ("portal_wistbus_PO4500120590.html", html_page("Wistbus Supplier Portal - PO 4500120590", T("""
        <h2>Wistbus Supplier Portal</h2>
        <p>Purchase order <b>4500120590</b> rev 0 &nbsp;|&nbsp; Supplier: Kisalföld Rámpa Kft. &nbsp;|&nbsp; Buyer: Katarzyna Wójcik</p>
        <table>
        <tr><th>Line</th><th>Material</th><th>Description</th><th>Qty</th><th>Delivery</th></tr>
        <tr><td>10</td><td>WB-WR-0900 rev C</td><td>Wheelchair ramp WR-900, sample</td><td>3</td><td>wk 30/2024</td></tr>
        </table>
        <h3>Project info</h3>
        <table>
        <tr><th>Project</th><th>Project volume</th><th>SOP</th><th>Release authority</th></tr>
        <tr><td>Citi 12 LE 2024</td><td>48 ramps</td><td>wk 36/2024</td><td>Marek Dąbrowski, Head of Supply Chain</td></tr>
        </table>
        """))),
])

# p45 buyer portal OC: 12 samples beside the quoted series 1.140, release person named
case("p45", ["RG001", "RG003", "RG004"],
     "Buyer portal OC (CL/PT): 12 sample stanchions beside 'cantidad cotizada serie 1.140' with no note; release "
     "person named, no hold, no event.", [
    ("portal_cordillera_OC4100-7990.html", html_page("Portal Proveedores Buses Cordillera", T("""
        <h2>Portal Proveedores - Buses Cordillera S.A.</h2>
        <p>Proveedor: <b>Metalúrgica do Vouga, Lda.</b> &nbsp; OC <b>4100-7990</b> &nbsp; Fecha 15-07-2024</p>
        <table>
        <tr><th>Pos</th><th>Material</th><th>Descripción</th><th>Cant.</th><th>Precio EUR</th></tr>
        <tr><td>10</td><td>BC-ST-3500</td><td>Barra vertical / stanchion Ø35 inox, muestra</td><td>12</td><td>52,80</td></tr>
        </table>
        <h3>Datos del proyecto / project data</h3>
        <table>
        <tr><th>Cotización</th><th>Cantidad cotizada serie</th><th>Precio serie</th><th>Liberación de serie</th></tr>
        <tr><td>MV-2406-0412</td><td>1.140 uds</td><td>EUR 27,90</td><td>Felipe Araya, Gerente de Operaciones</td></tr>
        </table>
        """), lang="es")),
])


# ----------------------------------------------------------------- write
def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)) == 70, len(names)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(206206).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h206_{i:02d}_{stem}"
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
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
