#!/usr/bin/env python3
"""Generator for the releasegate check_holdout140 corpus (agricultural machinery parts).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout140/build.py

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
    m["Message-ID"] = msgid or f"<h140-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h140")
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




def sigx(name, title, company, phone, disclaimer=True):
    """signature without the fixed English disclaimer (for variety)"""
    s = f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"
    return s


def pdf_a(name, blocks, **kw):
    return (name, pdf(blocks, **kw), PDF_MT)


def docx_a(name, blocks, **kw):
    return (name, docx_bytes(blocks, **kw), DOCX_MT)


# =================================================================== CLEAN
# ---- c01: sample PO email, German buyer -> Turkish foundry, PDF PO attached, full scope note
_c01_pdf = pdf([
    ("h1", "Feldmann Landtechnik GmbH"),
    ("p", "Bestellung / Purchase Order 4500981123  -  Datum / Date: 06.05.2024"),
    ("p", "Lieferant / Supplier: Ege Döküm A.S., Organize Sanayi Bölgesi 3. Kisim, 45030 Manisa, Türkiye  (Lief.-Nr. 301177)"),
    ("p", "Besteller / Buyer: Jürgen Maier, Strategischer Einkauf, Tel. +49 541 9087-212"),
    ("sp",),
    ("table", [
        ["Pos.", "Material", "Bezeichnung / Description", "Menge / Qty", "ME", "Preis / Price", "Liefertermin"],
        ["10", "0-310-445-22", "Getriebegehäuse GH-220, EN-GJL-250, bearbeitet, Zeichnung Rev. C - MUSTER / SAMPLES", "12", "St / pcs", "186,50 EUR", "KW 24/2024"],
    ]),
    ("sp",),
    ("h", "Umfang der Bestellung / Scope of this order"),
    ("p", "This purchase order covers 12 pcs sample castings only (EMPB / PPAP and field test). "
          "The balance of 388 pcs quoted in your quotation ED-Q-24-0318 is NOT released: no casting, "
          "no machining and no material purchase for the 388 pcs."),
    ("p", "Material authority: samples only (12 pcs)."),
    ("p", "Release of the 388 pcs: only by a written release from J. Maier (Purchasing) after the "
          "samples have been signed off (EMPB approved) by K. Vogt (Supplier Quality)."),
    ("sp",),
    ("p", "Lieferbedingung: DAP Osnabrück (Incoterms 2020). Zahlung: 60 Tage netto. Es gelten unsere "
          "Allgemeinen Einkaufsbedingungen, Stand 01/2023, sowie die QSV Rev. 4."),
], title="Bestellung 4500981123", author="Feldmann Landtechnik GmbH")
case("c01_sample_po_de_tr", [], "sample PO for 12 housings; 388 balance not released, unlock = EMPB sign-off + written release by named buyer; sample-only material", [
    ("Bestellung_4500981123.eml", mail(
        "Jürgen Maier <j.maier@feldmann-landtechnik.de>",
        "Murat Yılmaz <murat.yilmaz@egedokum.com.tr>",
        "PO 4500981123 - Getriebegehäuse GH-220 - Musterteile / samples",
        "Mon, 06 May 2024 14:22:10 +0200",
        """Dear Mr. Yılmaz,

thank you again for the good meeting in Manisa last week and for your quotation ED-Q-24-0318.

Attached you find our purchase order 4500981123 for the gearbox housing GH-220
(EN-GJL-250, drawing 0-310-445-22 Rev. C).

To avoid any misunderstanding, here is the scope in plain words:

- Released now: 12 pcs sample castings, machined, for the EMPB/PPAP submission and our
  field test on the 7250 tractor series.
- Not released: the 388 pcs pre-series/series quantity from your quotation. Please do
  not cast, machine or buy material for them.
- Material: for the 12 samples only.
- The 388 pcs will be released only by a written release from me, after Mrs. Vogt
  (Supplier Quality) has signed off the samples (EMPB approved).

Please confirm the order within 3 working days. Sample delivery CW 24, DAP Osnabrück.
The 3D model (STEP) and the casting specification WN 31-004 you already have from
Mrs. Vogt.

Mit freundlichen Grüßen / Best regards
""" + sig("Jürgen Maier", "Strategischer Einkauf / Purchasing", "Feldmann Landtechnik GmbH, Osnabrück", "+49 541 9087-212"),
        cc="Katrin Vogt <k.vogt@feldmann-landtechnik.de>",
        attachments=[("Bestellung_4500981123.pdf", _c01_pdf, PDF_MT)])),
])

# ---- c02: supplier quote alone with sample and production tiers (no authorization)
case("c02_quote_sgc", [], "supplier quotation with sample lot and annual production tiers; nothing authorized", [
    ("SGC_Quotation_0611.pdf", pdf([
        ("h1", "SHREE GANESH CASTINGS PVT. LTD."),
        ("p", "Plot 114, GIDC Lodhika, Metoda, Rajkot 360021, Gujarat, India  |  GSTIN 24AABCS1234K1Z9  |  ISO 9001:2015 / IATF 16949"),
        ("sp",),
        ("p", "QUOTATION No. SGC/Q/24-25/0611          Date: 14-05-2024"),
        ("p", "To: Prairie Harvest Equipment Inc., 2200 River Drive, Moline, IL 61265, USA  -  Kind Attn: Mr. Dale Kowalczyk, Purchasing"),
        ("p", "Ref: Your RFQ PH-RFQ-24-077 dated 29-04-2024 and our telecon on 07-05-2024"),
        ("sp",),
        ("p", "Dear Sir, we thank you for your enquiry and are pleased to quote as under:"),
        ("table", [
            ["Sr.", "Description", "Material", "Qty", "Rate (USD)", "Remarks"],
            ["1", "PTO gearbox cover, PH-88213-B, fully machined as per drg. Rev B", "SG 400/15", "10 nos (sample lot)", "84.00 / no.", "incl. pattern trial, CMM report, PPAP level 3"],
            ["2", "PTO gearbox cover, PH-88213-B, fully machined", "SG 400/15", "2,000 nos / year (production, lots of 500)", "21.40 / no.", "ex-works Rajkot, sea-worthy packing"],
            ["3", "Pattern & core box (aluminium, 2 cavity)", "-", "1 set", "3,850.00", "one time, buyer's property"],
        ]),
        ("sp",),
        ("h", "Terms & Conditions"),
        ("p", "1. Validity: 90 days from date of quotation."),
        ("p", "2. Delivery: sample lot 6-7 weeks from pattern approval; production lots 8 weeks from receipt of your production purchase order."),
        ("p", "3. Payment: pattern cost 50% with order, balance on sample approval. Parts: 60 days from B/L date."),
        ("p", "4. The production quantity above is indicative for pricing; it will be supplied only against your purchase order for that quantity."),
        ("p", "5. Price basis: pig iron Rs. 46,500/MT, any variation beyond +/-5% to be adjusted quarterly."),
        ("sp",),
        ("p", "Thanking you and assuring you of our best services at all times."),
        ("p", "For SHREE GANESH CASTINGS PVT. LTD.  -  Hitesh Patel, Director (Marketing)  -  +91 98250 41177"),
    ], title="Quotation SGC/Q/24-25/0611", author="Shree Ganesh Castings")),
])

# ---- c03: WhatsApp, supplier asks about balance, buyer answers with full scope
case("c03_whatsapp_discs", [], "supplier question answered: 50 sample discs only, 950 not released until field-trial sign-off + written release by Sanjay (named sender)", [
    ("WhatsApp Chat with Emre Kaya Konya.txt", """[12/06/24, 09:58:11] Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
[12/06/24, 10:14:32] Emre Kaya Konya: Good morning Sanjay bey
[12/06/24, 10:14:58] Emre Kaya Konya: 50 pcs sample discs for the 24" notched harrow (BKY-DH-2406) are ready for heat treatment tomorrow
[12/06/24, 10:15:40] Emre Kaya Konya: Sir one question. Do we have go-ahead for remaining 950 discs or only 50 sample? Our planning want to book the furnace for July
[12/06/24, 10:41:07] Sanjay Kulkarni: Good morning Emre ji
[12/06/24, 10:43:55] Sanjay Kulkarni: Only 50 sample discs for the field trial at Baramati farm. Balance 950 NOT released. Please do not book furnace for them and don't buy boron steel for them.
[12/06/24, 10:45:20] Sanjay Kulkarni: After the field trial report is signed off by our R&D (approx 6 weeks) I will send written release for the 950 by email. Without my mail nothing more please.
[12/06/24, 10:47:02] Emre Kaya Konya: Understood sir 👍 only 50 pcs. We wait for your release mail
[12/06/24, 10:47:30] Sanjay Kulkarni: 👍 thanks. Send hardness report (HRC 48-52) along with samples
[12/06/24, 10:48:13] Emre Kaya Konya: Sure sir, with the packing list
[12/06/24, 16:02:44] Emre Kaya Konya: <Media omitted>
[12/06/24, 16:02:51] Emre Kaya Konya: heat treatment slot confirmed for tomorrow 7 am
""".replace("\n", "\r\n")),
])

# ---- c04: HTML supplier portal page, labelled forecast
case("c04_portal_forecast", [], "clearly labelled non-binding forecast; no call-off open", [
    ("portail_previsions_AG-7741.html", html_page("Agrisol - Portail fournisseurs - Prévisions", """
<h2>Agrisol SA &mdash; Portail fournisseurs / Supplier portal</h2>
<p>Fournisseur / Supplier: <b>ZAKŁAD MECHANICZNY WIELKOPOLSKA SP. Z O.O.</b> (F-20931) &nbsp;|&nbsp; Utilisateur: a.wisniewska</p>
<h3>Prévisions de besoins / Demand forecast &mdash; article AG-7741 Dent de herse rotative / rotary harrow tine, 14 mm</h3>
<div class="note">Ces prévisions sont non contractuelles. / This forecast is for capacity planning only. It is not a purchase
order and does not authorize production or material purchase. Only call-offs (appels de livraison) issued by Agrisol
purchasing authorize deliveries.</div>
<table>
<tr><th>Semaine / Week</th><th>Prévision / Forecast (pcs)</th><th>Type</th></tr>
<tr><td>S28 / 2024</td><td>1 200</td><td>prévision / forecast</td></tr>
<tr><td>S30 / 2024</td><td>1 200</td><td>prévision / forecast</td></tr>
<tr><td>S32 / 2024</td><td>2 400</td><td>prévision / forecast</td></tr>
<tr><td>S36 / 2024</td><td>2 400</td><td>prévision / forecast</td></tr>
<tr><td>S40 / 2024</td><td>3 600</td><td>prévision / forecast</td></tr>
</table>
<p>Appels de livraison fermes ouverts pour cet article / Open firm call-offs for this part: <b>aucun / none</b></p>
<p>Dernière mise à jour / last update: 27/05/2024 06:00 &nbsp; &middot; &nbsp; Contact: Thomas Lefebvre, Acheteur, +33 3 22 45 18 90</p>
<p style="font-size:11px;color:#666">© Agrisol SA &mdash; 80000 Amiens &mdash; Conditions générales d'achat v2022.3</p>
""", lang="fr")),
])

# ---- c05: DOCX PPAP interim disposition with limits, kept apart from production release
case("c05_ppap_interim_form", [], "PPAP interim disposition with qty/date limits; technical only; remaining 800 on hold, written release notice by named purchasing manager", [
    ("SQ-114_Interim_4410-2291-07.docx", docx_bytes([
        ("h1", "Supplier PPAP Interim Disposition - Form SQ-114 Rev 3"),
        ("p", "Prairie Harvest Equipment Inc. - Supplier Quality Engineering, Moline, IL"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "Ningbo Hengda Hydraulic Co., Ltd. (vendor 40718)"],
            ["Part", "Lift cylinder 63/35 x 200, P/N 4410-2291-07 Rev B"],
            ["PO", "4410-2291"],
            ["PPAP level", "3"],
            ["Sample sign-off", "INTERIM"],
            ["Limits", "max. 200 pcs or until 2024-07-31, whichever comes first"],
            ["Open items", "rod chrome thickness Cpk 1.12 (1.33 required); salt spray report pending"],
            ["SQE", "Brenda Olson"],
            ["Date", "2024-06-04"],
        ]),
        ("sp",),
        ("h", "Notes"),
        ("p", "This interim disposition is a technical (quality) decision only. It does not by itself "
              "authorize any production quantity."),
        ("p", "Production release for the 200 pcs within this interim limit is issued separately by "
              "Purchasing in release notice RN-24-061 (Dale Kowalczyk, Purchasing Manager)."),
        ("p", "The remaining PO quantity of 800 pcs is not released and stays on hold until full PPAP "
              "approval (PSW signed without limits). Its release requires a further written release "
              "notice from Dale Kowalczyk."),
        ("p", "Supplier to submit corrective action for the chrome thickness (8D) by 2024-06-21 and a "
              "new capability study on 125 consecutive parts."),
    ], author="Brenda Olson")),
])

# ---- c06: full-quantity PO with "proceed", no balance
_c06_pdf = pdf([
    ("h1", "HEARTLAND IMPLEMENT CO."),
    ("p", "1400 W. 2nd Street, Hastings, NE 68901  -  Purchasing Dept."),
    ("p", "PURCHASE ORDER 77120    Date: 05/20/2024    Vendor: Metalúrgica Del Litoral S.A., Rosario, Santa Fe, Argentina"),
    ("sp",),
    ("table", [
        ["Line", "Part No.", "Description", "Qty", "UM", "Unit Price", "Ext."],
        ["1", "HI-30412", "Spring tine bar 5/8 in x 42 in, hardened, Dwg Rev E", "600", "EA", "$7.85", "$4,710.00"],
    ]),
    ("sp",),
    ("p", "Order type: production - full quantity. No samples required (carry-over part, 2023 and 2024 season builds)."),
    ("p", "Ship: 2 lots of 300 EA, FOB Rosario, first lot by 08/15/2024, second by 09/15/2024."),
    ("p", "Price per vendor quote MDL-2024-118. Terms: Net 45."),
    ("p", "Buyer: Travis Lindgren  (402) 555-0148"),
], pagesize=LETTER, title="PO 77120", author="Heartland Implement Co.")
case("c06_full_po_us_ar", [], "full-quantity carry-over PO for 600, 'proceed with all 600' is scoped; no balance", [
    ("PO_77120.eml", mail(
        "Travis Lindgren <tlindgren@heartlandimplement.com>",
        "Martín Gómez <mgomez@metlitoral.com.ar>",
        "PO 77120 - tine bars HI-30412 - 2025 season",
        "Mon, 20 May 2024 08:47:00 -0500",
        """Hi Martín,

Attached is PO 77120 for the spring tine bars (P/N HI-30412, 5/8" x 42", hardened).

This is the full quantity for our 2025 season build: 600 pcs. Nothing else will follow on
this PO and there are no samples this time - the part is unchanged from the 2023 and 2024
orders (same drawing, rev E), so please proceed with all 600 pcs.

Shipping in two lots of 300 like last year works for us. Please use the same crates as the
2024 shipment, the dealers liked those. Our forwarder is still Pampa Cargo in Rosario.

Thanks, and say hi to Lucía.

Travis
""" + sig("Travis Lindgren", "Buyer", "Heartland Implement Co., Hastings NE", "(402) 555-0148"),
        attachments=[("PO_77120.pdf", _c06_pdf, PDF_MT)])),
])

# ---- c07: SAP delivery schedule with firm zone and labelled forecast zone
case("c07_sap_lieferabruf", [], "call-off: 120 firm released, forecast zone labelled not released, material Zone 1 only, next call-off by named MRP controller", [
    ("LA-0100-24-0147.txt", """FELDMANN LANDTECHNIK GMBH                              LIEFERABRUF / DELIVERY SCHEDULE
Werk 0100 Osnabrück                                    Abruf-Nr. / Release no.: LA-0100-24-0147
-----------------------------------------------------------------------------------------------
Lieferant / Supplier : 300458  ZAKLAD MECHANICZNY WIELKOPOLSKA SP. Z O.O.  POZNAN
Lieferplan / SA      : 5500012377          Material: 0-228-901-04  HITCH BRACKET LH
Datum / Date         : 03.06.2024          Disponent / MRP controller: Markus Brandt (D14)
Vorheriger Abruf     : LA-0100-24-0131     Kum. Eingang / cum. received: 0
-----------------------------------------------------------------------------------------------
ZONE 1   FIX / FIRM  (Fertigungs- und Lieferfreigabe / fabrication and shipping release)
  KW/CW        Menge/Qty      Kum./Cum.
  24/2024             40             40
  25/2024             40             80
  26/2024             40            120

ZONE 2   PROGNOSE / FORECAST  -  NICHT FREIGEGEBEN / NOT RELEASED
  KW/CW        Menge/Qty
  27/2024             40
  28/2024             40
  29/2024             40
  30/2024             40
  31/2024             40
  32/2024             40
  33/2024             40
  34/2024             40
  35/2024             40
  36/2024             40
  37/2024             40
  38/2024             40
  Summe Prognose / forecast total:  480
-----------------------------------------------------------------------------------------------
Hinweise / Notes:
 - Nur Zone 1 (120 St) ist zur Fertigung und Lieferung freigegeben.
   Only Zone 1 (120 pcs) is released for fabrication and delivery.
 - Zone 2 ist eine Prognose fuer Ihre Kapazitaetsplanung. Keine Fertigung und kein
   Materialeinkauf gegen Zone 2. / Zone 2 is a forecast for your capacity planning. No
   fabrication and no material purchase against Zone 2.
 - Materialfreigabe / material authority: Zone 1 only (120 pcs).
 - Weitere Mengen werden nur durch den naechsten Lieferabruf freigegeben, unterschrieben
   von Markus Brandt (Disposition). / Further quantities are released only by the next
   call-off, signed by Markus Brandt (MRP).
 - Verpackung: KLT 6428, 10 St/KLT. Anlieferung Tor 3, Mo-Fr 06:00-14:00.
-----------------------------------------------------------------------------------------------
SAP ECC 6.0  /  ME84 Druck  /  Seite 1 von 1
"""),
])

# ---- c08: explicit recorded auto-conversion (quantity, signer, conditions)
_c08_docx = docx_bytes([
    ("h1", "Agreement on automatic release (auto-conversion) - PO 4410-2291"),
    ("p", "Between Prairie Harvest Equipment Inc. (buyer) and Ningbo Hengda Hydraulic Co., Ltd. (supplier). Recorded 2024-05-07."),
    ("table", [
        ["Item", "Agreed"],
        ["Part", "Lift cylinder 63/35 x 200, P/N 4410-2291-07 Rev B"],
        ["Released today", "PO line 1: 8 sample cylinders"],
        ["Not released today", "PO line 2: 392 production cylinders (on hold)"],
        ["Auto-conversion quantity", "392 pcs (PO line 2) - no more"],
        ["Trigger", "PSW signed by Brenda Olson (SQE) as FULL approval"],
        ["Deadline", "PSW signature no later than 2024-08-15"],
        ["If interim, rejected or late", "nothing converts; line 2 stays on hold until a written release from Dale Kowalczyk"],
        ["Material authority until trigger", "sample-only (8 pcs)"],
    ]),
    ("sp",),
    ("p", "Signed for the buyer: Dale Kowalczyk, Purchasing Manager (release authority up to USD 50,000)."),
    ("p", "Signed for the supplier: Kevin Zhang, Sales Manager."),
], author="Dale Kowalczyk")
case("c08_autoconversion_agreement", [], "explicit recorded auto-conversion naming quantity 392, signer, conditions and deadline; hold otherwise", [
    ("RE_PO_4410-2291_auto-release.eml", mail(
        "Dale Kowalczyk <dkowalczyk@prairieharvest.com>",
        "Kevin Zhang <kevin.zhang@hengda-hyd.cn>",
        "PO 4410-2291 lift cylinders - signed auto-release agreement",
        "Tue, 07 May 2024 16:05:00 -0500",
        """Kevin,

As discussed on our call on May 6, attached is the signed agreement for the lift
cylinders (P/N 4410-2291-07). Short version so your planning team has it:

- PO 4410-2291 line 1: 8 sample cylinders - released, ship by air as agreed.
- PO 4410-2291 line 2: 392 production cylinders - NOT released today.
- We agreed an automatic release for line 2 only: if Brenda Olson (SQE) signs the PSW
  as a FULL approval (not interim) no later than August 15, 2024, the 392 pcs on line 2
  are released on that signature, without a separate release notice from me.
- If the PSW is interim or rejected, or signed after August 15, nothing converts and
  line 2 stays on hold until I send you a written release.
- Until then, material for the 8 samples only.

Please countersign page 1 and send it back. Chrome plating spec is PH-ES-0410 rev D,
same as the 63/32 cylinder you make for us.

Regards,
Dale
""" + sig("Dale Kowalczyk", "Purchasing Manager", "Prairie Harvest Equipment Inc.", "+1 309 555 0192"),
        cc="Brenda Olson <bolson@prairieharvest.com>",
        attachments=[("Auto-release_agreement_PO4410-2291.docx", _c08_docx, DOCX_MT)])),
])

# ---- c09: forwarded old quote (rfc822) declared informational
_c09_fwd = mail(
    "Hakan Demir <hakan.demir@konyatarim.com.tr>",
    "Thomas Lefebvre <t.lefebvre@agrisol.fr>",
    "Offer KTM-2023-044 spring tines",
    "Thu, 09 Mar 2023 11:20:00 +0300",
    """Dear Mr. Lefebvre,

as requested please find our offer KTM-2023-044:

Spring tine 10 x 32 mm, 55Si7, black painted, drawing AG-5520 rev A
  5.000 pcs  -  1,42 EUR/pc  FCA Konya
  tooling (bending die)  -  2.300 EUR one time

Delivery 6 weeks after order. Offer valid 60 days.

Best regards
Hakan Demir
Export Sales - Konya Tarım Makine Parçaları San. Tic. Ltd. Şti.
""")
case("c09_fwd_old_offer", [], "old 5.000 pcs offer forwarded as rfc822 and declared informational/not released; 40 sample tines active, hold, validation sign-off + written release by named buyer", [
    ("TR_ancienne_offre_KTM-2023-044.eml", mail(
        "Thomas Lefebvre <t.lefebvre@agrisol.fr>",
        "Emre Kaya <emre.kaya@konyatarim.com.tr>",
        "TR: Offer KTM-2023-044 spring tines - for info / price history",
        "Wed, 15 May 2024 09:12:00 +0200",
        """Hello Mr. Kaya,

For the price history, I forward you below the old offer of 2023 from your colleague
Mr. Demir, as you asked on the phone.

Please note : the 5.000 pcs in this old offer are for information only. They are not
released and not ordered.

Our current order is only PO AGS-2024-0417 : 40 sample tines (drawing AG-5520 rev C)
for the validation build. The balance stays blocked until the validation build is
signed off by our test centre in Beauvais ; after that I will send you myself the
written release for the series quantity.

Thank you for the quick reaction and have a nice day.

Cordialement,
""" + sig("Thomas Lefebvre", "Acheteur / Buyer", "Agrisol SA, Amiens", "+33 3 22 45 18 90"),
        attachments=[("rfc822", _c09_fwd)])),
])

# ---- c10: Teams chat, supplier assumes auto-conversion, buyer corrects it
case("c10_teams_pto_guards", [], "supplier's auto-conversion assumption corrected by buyer: only 10 samples, 500 held until sign-off + written release by Travis", [
    ("Teams_export_PTO_guard_Qingdao.txt", """Microsoft Teams - chat export
Chat: Heartland / Qingdao Jinhai - PTO guard HI-55120
Exported: 2024-05-24 07:31 (UTC-05:00)

Tony Liu (Qingdao Jinhai Machinery)  5/21/2024 8:02 PM
Hi Travis, 10 pcs proto PTO guard samples shipped by DHL today, AWB 7741 2290 15

Tony Liu (Qingdao Jinhai Machinery)  5/21/2024 8:03 PM
Once you approve samples we start the 500 pcs immediately, ok? so we can keep the delivery for your season

Travis Lindgren (Heartland Implement)  5/22/2024 7:15 AM
Thanks Tony, got the tracking.

Travis Lindgren (Heartland Implement)  5/22/2024 7:19 AM
No - please don't. Sample approval does not release the 500. Our engineering does the fit check and a 2 week field test. After their sign-off I will send you a separate written release for the 500. Until then only the 10 samples are released.

Tony Liu (Qingdao Jinhai Machinery)  5/22/2024 7:40 AM
Ok understood, we wait for your written release. Material we keep only for samples.

Travis Lindgren (Heartland Implement)  5/22/2024 7:41 AM
👍
"""),
])

# ---- c11: supplier proforma: deposit does not release production
case("c11_proforma_deposit", [], "supplier proforma: deposit for fixtures only, explicitly does not release production; series on hold", [
    ("Proforma_PF-0007-00000312.pdf", pdf([
        ("h1", "CABINAS PAMPA S.R.L."),
        ("p", "Ruta Nacional 9 km 312, (2600) Venado Tuerto, Santa Fe, Argentina  -  CUIT 30-71234567-8"),
        ("p", "FACTURA PROFORMA / PROFORMA INVOICE  PF-0007-00000312       Fecha / Date: 22/05/2024"),
        ("p", "Cliente / Customer: Agrisol SA, 12 rue de l'Industrie, 80000 Amiens, France"),
        ("sp",),
        ("table", [
            ["Ítem", "Descripción / Description", "Cant. / Qty", "Precio / Price USD", "Total USD"],
            ["1", "Dispositivos de soldadura cabina CAB-V85 / welding fixtures for cab frame CAB-V85", "1 juego / set", "18.400,00", "18.400,00"],
            ["2", "Anticipo 30% / deposit 30% of item 1", "-", "-", "5.520,00"],
        ]),
        ("sp",),
        ("p", "Importe a pagar / amount due now: USD 5.520,00 - transferencia a Banco de la Nación Argentina, cuenta 4417-0093/21."),
        ("h", "Aclaración / Note"),
        ("p", "This deposit covers the welding fixtures only. The deposit does not release production. "
              "We will build only the 2 prototype cabs ordered on your PO AGS-2024-0522. The series "
              "quantity of our quotation CP-COT-24-019 remains on hold until we receive your written release."),
        ("sp",),
        ("p", "Diego Sosa - Gerente Comercial - +54 9 3462 55-0199"),
    ], title="Proforma PF-0007-00000312", author="Cabinas Pampa")),
])

# ---- c12: supplier acknowledgement restating the hold, quoted buyer PO
case("c12_ack_pl_hitch", [], "supplier acknowledgement restating buyer's scope: 20 pre-series only, 380 not released until EMPB + written release by Maier", [
    ("AW_Bestellung_4500982207.eml", mail(
        "Agnieszka Wiśniewska <a.wisniewska@zmw-poznan.pl>",
        "Jürgen Maier <j.maier@feldmann-landtechnik.de>",
        "AW: Bestellung 4500982207 - Anhängebock / hitch bracket 0-228-901-04/05",
        "Thu, 16 May 2024 10:31:00 +0200",
        """Dear Mr. Maier,

we confirm your order 4500982207 for the hitch brackets 0-228-901-04 (LH) and
0-228-901-05 (RH): 20 pcs pre-series (10 LH + 10 RH), delivery CW 27, FCA Poznań.

As written in your order, the balance of 380 pcs (190 LH + 190 RH) is not released.
We will not buy S355MC sheet and will not start laser cutting for these 380 pcs until
we have your written release, which you send after the EMPB approval of the 20
pre-series parts.

The test report for the weld seams (ISO 5817 level C) will come with the parts.

Best regards / Mit freundlichen Grüßen
Agnieszka Wiśniewska
Customer Service / Obsługa Klienta
Zakład Mechaniczny Wielkopolska Sp. z o.o., ul. Przemysłowa 48, 61-541 Poznań
tel. +48 61 855 20 14

-----Original Message-----
From: Jürgen Maier <j.maier@feldmann-landtechnik.de>
Sent: Tuesday, May 14, 2024 3:02 PM
Subject: Bestellung 4500982207 - Anhängebock / hitch bracket

> Sehr geehrte Frau Wiśniewska,
>
> anbei unsere Bestellung 4500982207.
> Pos. 10 / 20: je 10 Stk Vorserie LH / RH, zusammen 20 Stk.
> Only these 20 pcs are released. The remaining 380 pcs stay on hold.
> They will be released in writing by me after the EMPB approval by our
> supplier quality (Mrs. Vogt).
>
> Mit freundlichen Grüßen
> J. Maier
""",
        in_reply_to="<h140-sent-0982207@feldmann-landtechnik.de>")),
])

# ---- c13: DOCX PO with identifiers that look like quantities
case("c13_pedido_hubs_docx", [], "sample PO for 25 hubs; part/drawing/quote/ISO/thread/hall numbers are identifiers; 975 held, engineering field-test sign-off + written release by Rafael", [
    ("Pedido_PC-2024-1187.docx", docx_bytes([
        ("h1", "CAMPO FORTE MÁQUINAS AGRÍCOLAS LTDA."),
        ("p", "Av. Presidente Vargas 2500, Passo Fundo - RS, Brasil - CNPJ 12.345.678/0001-90"),
        ("h", "PEDIDO DE COMPRA / PURCHASE ORDER PC-2024-1187"),
        ("p", "Fornecedor / Supplier: Qingdao Jinhai Machinery Co., Ltd., Jiaozhou, Shandong, China"),
        ("p", "Data / Date: 10/06/2024 - Ref. cotação / quote Q-2500 of 28/05/2024"),
        ("table", [
            ["Item", "Código / Part no.", "Descrição / Description", "Qtd / Qty", "Preço unit. USD"],
            ["1", "1000-500-250", "Cubo de roda plantadeira / planter wheel hub assy, DRG 5000 Rev 20, with bearing 6205-2RS, studs M16x1.5 - AMOSTRAS / SAMPLES", "25", "38.00"],
        ]),
        ("sp",),
        ("p", "Escopo / Scope: only the 25 sample hubs are released by this order. The balance of "
              "975 pcs from quote Q-2500 is NOT released - do not produce or buy material for it."),
        ("p", "The balance will be released only by a written release from Rafael Oliveira (Gerente "
              "de Compras / Purchasing Manager) after our Engenharia signs off the field test report "
              "of the samples (planting season test, Sept/2024)."),
        ("p", "Requisitos de qualidade: fornecedor certificado ISO 9001:2015; relatório dimensional "
              "das 25 amostras conforme DRG 5000 Rev 20; torque das porcas 120 Nm."),
        ("p", "Entrega / Delivery: CIF Rio Grande, armazém / warehouse hall 2500, Porto Novo."),
        ("p", "Pagamento / Payment: 30 dias após B/L."),
        ("p", "Comprador / Buyer: Rafael Oliveira - rafael.oliveira@campoforte.com.br - +55 54 3045-2210"),
    ], author="Rafael Oliveira")),
])

# ---- c14: HTML portal, full-quantity production order, European number format
case("c14_portal_pedido_discos", [], "full-quantity series order 1.200 discs, explicitly complete, no samples; no balance", [
    ("pedido_4600-2024-0931.html", html_page("Campo Forte - Portal de Fornecedores", """
<h2>Campo Forte Máquinas Agrícolas &mdash; Portal de Fornecedores</h2>
<p>Fornecedor: <b>Metalúrgica Del Litoral S.A.</b> (Rosario, AR) &nbsp;|&nbsp; Usuário: lfernandez</p>
<h3>Pedido 4600-2024-0931 &nbsp; <span style="color:green">Status: Confirmado</span></h3>
<table>
<tr><th>Item</th><th>Código</th><th>Descrição</th><th>Qtd.</th><th>Preço unit.</th><th>Entrega</th></tr>
<tr><td>10</td><td>CF-DG-2606</td><td>Disco de grade recortado 26" x 6 mm, boro / notched harrow disc, boron steel, des. rev. F</td><td>1.200 un</td><td>USD 31,90</td><td>15/08/2024</td></tr>
</table>
<div class="note">Pedido integral de série &mdash; sem amostras. / Full-quantity series order &mdash; no samples
(part in series since 2021, same drawing rev. F). The 1.200 pcs are the complete order for the 2024/25
planting season; nothing else will follow on this order.</div>
<h4>Histórico</h4>
<table>
<tr><th>Data</th><th>Evento</th><th>Usuário</th></tr>
<tr><td>14/06/2024 11:02</td><td>Pedido emitido</td><td>Rafael Oliveira (Compras)</td></tr>
<tr><td>20/06/2024 15:47</td><td>Confirmado pelo fornecedor &mdash; entrega 15/08/2024</td><td>Lucía Fernández (MDL)</td></tr>
</table>
<p style="font-size:11px">Condições gerais de compra CF-CGC-2019. Frete FOB Rosario.</p>
""", lang="pt-BR")),
])

# ---- c15: multipart/alternative, scoped sample approval for fit check only
_c15_txt = """Hitesh,

Good news - Brenda's team finished the fit check on the 10 sample gearbox covers
(PH-88213-B) this morning. The samples are approved for fit check only. That is not a
production release: the 1,990 pcs production balance stays on hold.

Next step: 3 of the samples go into field test on the combine headers in July. After
Brenda signs off the field test report, I will send you the written production release
myself. Please don't pour any production castings or buy pig iron for them before that.

Thanks for the fast turnaround on the CMM reports, that helped a lot.

Dale
""" + sig("Dale Kowalczyk", "Purchasing Manager", "Prairie Harvest Equipment Inc.", "+1 309 555 0192")
_c15_html = """<html><body style="font-family:Calibri,Arial">
<p>Hitesh,</p>
<p>Good news - Brenda's team finished the fit check on the 10 sample gearbox covers (PH-88213-B) this morning.
The samples are <b>approved for fit check only</b>. That is <b>not a production release</b>: the 1,990 pcs
production balance stays on hold.</p>
<p>Next step: 3 of the samples go into field test on the combine headers in July. After Brenda signs off the field
test report, I will send you the written production release myself. Please don't pour any production castings or buy
pig iron for them before that.</p>
<p>Thanks for the fast turnaround on the CMM reports, that helped a lot.</p>
<p>Dale</p>
<p style="color:#555;font-size:11px">Dale Kowalczyk | Purchasing Manager | Prairie Harvest Equipment Inc. | +1 309 555 0192</p>
</body></html>"""
case("c15_fitcheck_only", [], "samples approved for fit check only, explicitly not a production release; balance held; field test sign-off + written release by Dale", [
    ("PH-88213-B_fit_check_result.eml", mail(
        "Dale Kowalczyk <dkowalczyk@prairieharvest.com>",
        "Hitesh Patel <hitesh@shreeganeshcastings.in>",
        "PH-88213-B samples - fit check result",
        "Thu, 13 Jun 2024 13:40:00 -0500",
        _c15_txt, html=_c15_html,
        cc="Brenda Olson <bolson@prairieharvest.com>")),
])

# ---- c16: PDF call-off with explicit staged material authority above released qty
case("c16_calloff_staged_material", [], "call-off releases 100; staged material authority up to 400 explicit at buyer liability; 900 not released; next call-off by named person after lot acceptance", [
    ("BKY_CallOff_0093.pdf", pdf([
        ("h1", "BHARAT KRISHI YANTRA LTD."),
        ("p", "Gat No. 218, Chakan Industrial Area Phase II, Pune 410501, Maharashtra  -  Purchase Department"),
        ("p", "DELIVERY RELEASE / CALL-OFF No. BKY/CO/24-25/0093     Date: 18.06.2024"),
        ("p", "Supplier: Kolhapur Foundry Works Pvt. Ltd., MIDC Shiroli, Kolhapur 416122  (Vendor code V-10422)"),
        ("p", "Against Scheduling Agreement SA 5600004471 - Rotavator side gearbox housing BKY-RT-3310, FG 260, drg. rev 04"),
        ("sp",),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Released by this call-off (cast, machine, deliver)", "100 nos", "RELEASED - delivery by 25.07.2024"],
            ["Cumulative released under SA", "100 nos", "-"],
            ["Balance of SA quantity 1,000 nos", "900 nos", "NOT RELEASED"],
            ["Material authority (staged, at BKY liability)", "raw material (pig iron, steel scrap, cores, resin) for up to 400 nos", "authorised - no casting or machining beyond the 100 nos"],
        ]),
        ("sp",),
        ("p", "Notes:"),
        ("p", "1. Only the 100 nos above may be cast, machined and supplied. The staged material authority covers procurement of raw material only; BKY will pay for unused staged material up to 400 nos if the balance is cancelled."),
        ("p", "2. Next release: by the next call-off, signed by Sanjay Kulkarni (Sr. Manager - Purchase), after lot acceptance of these 100 nos at BKY incoming inspection."),
        ("p", "3. Packing: wooden pallets, 20 nos per pallet, VCI bag. Test certificates (chemical, micro, hardness 180-230 BHN) with every lot."),
        ("sp",),
        ("p", "For Bharat Krishi Yantra Ltd.  -  Sanjay Kulkarni, Sr. Manager - Purchase  -  +91 20 6710 4400"),
    ], title="Call-off BKY/CO/24-25/0093", author="Bharat Krishi Yantra Ltd.")),
])

# ---- c17: multi-file bundle: ERP PO (TXT) + supplier quote (PDF) + supplier ack (EML)
_c17_po = """HEARTLAND IMPLEMENT CO.              PURCHASE ORDER              PO NO: 77458
1400 W 2ND ST  HASTINGS NE 68901                                  DATE : 06/03/2024
VENDOR: 20417 KOLHAPUR FOUNDRY WORKS PVT LTD                      PAGE : 1 OF 1
        MIDC SHIROLI, KOLHAPUR 416122 INDIA
BUYER : T.LINDGREN (402)555-0148    TERMS: NET 60    SHIP VIA: OCEAN FOB NHAVA SHEVA
--------------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                            QTY  UM     UNIT $      EXT $
 1  HI-60218-S    HUB CASTING REAR AXLE - SAMPLE DWG C    10  EA      96.00     960.00
--------------------------------------------------------------------------------------
                                                           PO TOTAL USD:       960.00
PO NOTES:
 VENDOR QUOTE KFW-Q-0412 IS ATTACHED FOR REFERENCE ONLY. THE 1,500 EA/YR PRODUCTION
 QTY SHOWN IN THE QUOTE IS INFORMATIONAL AND NOT RELEASED.
 THIS PO RELEASES 10 EA SAMPLES ONLY.
 PRODUCTION QTY WILL BE RELEASED ONLY BY WRITTEN RELEASE FROM TRAVIS LINDGREN AFTER
 FAI SIGN-OFF BY HEARTLAND QUALITY.
 MATERIAL AUTHORITY: SAMPLES ONLY.
 FAI PER HEARTLAND QM-07, FULL LAYOUT ON 2 PCS, MATERIAL CERTS EN 10204 3.1.
--------------------------------------------------------------------------------------
"""
_c17_quote = pdf([
    ("h1", "KOLHAPUR FOUNDRY WORKS PVT. LTD."),
    ("p", "MIDC Shiroli, Kolhapur 416122  -  Grey & SG iron castings  -  ISO 9001:2015"),
    ("p", "Quotation KFW-Q-0412   dated 27.05.2024   to Heartland Implement Co., Hastings NE, USA  (Attn: Mr. Travis Lindgren)"),
    ("sp",),
    ("table", [
        ["Item", "Description", "Qty", "Price USD/pc", "Delivery"],
        ["1", "Rear axle hub casting HI-60218, SG 500/7, rough + machined bore", "10 pcs samples", "96.00", "5 weeks"],
        ["2", "Same, production", "1,500 pcs/yr, 4 lots", "27.60", "6 weeks per lot after production PO"],
        ["3", "Pattern (wooden, metal-faced)", "1 set", "1,250.00", "with samples"],
    ]),
    ("sp",),
    ("p", "Payment 60 days. Prices valid 90 days, FOB Nhava Sheva. Pattern remains property of buyer."),
    ("p", "Prakash Jadhav, Marketing Manager, +91 231 2468 117"),
], title="Quotation KFW-Q-0412", author="Kolhapur Foundry Works")
case("c17_multifile_po_quote_ack", [], "bundle of PO (10 samples, quote declared informational/not released, FAI + written release by Travis), quote and supplier ack restating it", [
    ("PO_77458.txt", _c17_po),
    ("KFW_Quotation_KFW-Q-0412.pdf", _c17_quote),
    ("RE_PO_77458_acknowledgement.eml", mail(
        "Prakash Jadhav <prakash.jadhav@kfwindia.com>",
        "Travis Lindgren <tlindgren@heartlandimplement.com>",
        "RE: PO 77458 - HI-60218 hub casting samples - acknowledgement",
        "Wed, 05 Jun 2024 11:18:00 +0530",
        """Dear Mr. Travis,

Greetings from Kolhapur!

We acknowledge your PO 77458 for 10 nos samples of rear axle hub casting HI-60218 (drg C).
As per your PO notes, only the 10 nos samples are released; the production quantity in
our quotation is not released and we will wait for your written release after FAI sign-off.
Material will be procured for samples only.

Pattern is already in progress, samples will be ready by 5th July. FAI report on 2 pcs
with full layout and 3.1 certificates will be sent before dispatch.

Thanks & Regards,
Prakash Jadhav
Marketing Manager
Kolhapur Foundry Works Pvt. Ltd.
+91 231 2468 117
""", in_reply_to="<h140-po77458@heartlandimplement.com>")),
])

# ---- c18: WhatsApp, supplier asks whether deposit means start; buyer says no
case("c18_whatsapp_anticipo", [], "supplier asks if advance means start; buyer: advance does not release series; 3 prototypes only; 117 held until field test sign-off + written release by Rafael", [
    ("WhatsApp Chat with Diego Sosa Cabinas Pampa.txt", """03/07/2024 09:12 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
03/07/2024 09:12 - Diego Sosa Cabinas Pampa: Hola Rafael! buen día
03/07/2024 09:13 - Diego Sosa Cabinas Pampa: Recibimos el anticipo del 30%, muchas gracias 🙌
03/07/2024 09:14 - Diego Sosa Cabinas Pampa: So with the advance in, can we start the series of cabs for the CF-180 sprayer? Our welding line has a window in August
03/07/2024 09:40 - Rafael Oliveira: Oi Diego, bom dia!
03/07/2024 09:42 - Rafael Oliveira: No - the advance is only for the welding fixtures and the 3 prototype cabs. It does NOT release the series.
03/07/2024 09:43 - Rafael Oliveira: The 117 series cabs stay on hold until our field test sign-off in October. Then I send you the written release myself. Please don't order tubes or glass for the series before that.
03/07/2024 09:45 - Diego Sosa Cabinas Pampa: Perfecto, entendido. Solo los 3 prototipos por ahora 👍
03/07/2024 09:45 - Diego Sosa Cabinas Pampa: I will tell planning to keep the window open but not load it
03/07/2024 09:46 - Rafael Oliveira: Obrigado! Send me photos of the first frame when it's welded
03/07/2024 16:20 - Diego Sosa Cabinas Pampa: <Multimedia omitido>
03/07/2024 16:20 - Diego Sosa Cabinas Pampa: first frame on the fixture ✅
"""),
])

# ---- c19: DOCX FAI report with rejection; resubmission of 5 samples is the only release
case("c19_fai_rejected_docx", [], "FAI rejected; only 5 resubmission samples released; 295 held until approved resubmission sign-off + written release by Thomas Lefebvre", [
    ("FAI-AGS-24-0212.docx", docx_bytes([
        ("h1", "Rapport de premier article / First Article Inspection Report"),
        ("p", "FAI-AGS-24-0212  -  Agrisol SA, Qualité fournisseurs, Amiens  -  date 11/06/2024"),
        ("p", "Fournisseur / Supplier: Zakład Mechaniczny Wielkopolska Sp. z o.o., Poznań"),
        ("p", "Pièce / Part: support de vérin / cylinder bracket AG-3318 indice A  -  PO AGS-2024-0388"),
        ("table", [
            ["N°", "Caractéristique / Characteristic", "Spec", "Mesuré / Measured", "OK/NOK"],
            ["1", "Ø alésage / bore", "Ø40 H8", "40,021", "OK"],
            ["2", "Entraxe alésages / bore distance", "185 ±0,1", "185,34", "NOK"],
            ["3", "Épaisseur tôle / plate thickness", "12 ±0,3", "12,1", "OK"],
            ["4", "Position alésage / bore position (datum A)", "0,2", "0,46", "NOK"],
            ["5", "Soudure / weld a-size (ISO 5817 C)", "a5", "a5-a6", "OK"],
        ]),
        ("sp",),
        ("h", "Décision / Disposition: REJETÉ / REJECTED"),
        ("p", "Do not ship or start any further parts at index A."),
        ("p", "Please correct the bore position and produce 5 new sample pcs at index B for resubmission. "
              "These 5 pcs are the only quantity released now."),
        ("p", "No production quantity is released: the 295 pcs of PO AGS-2024-0388 line 2 remain on hold. "
              "Production release only by a written release from Thomas Lefebvre (Achats / Purchasing) after "
              "the sample sign-off of the resubmission is approved by Camille Roux (Qualité fournisseurs)."),
        ("p", "Signé / signed: Camille Roux, SQE"),
    ], author="Camille Roux")),
])

# ---- c20: multipart/alternative; internal budget sign-off as unlock event, two signatures
_c20_txt = """Dear Mr. Kaya,

thank you for the quick delivery of the pilot tines, they arrived in Osnabrück this morning
in good condition.

For your planning, here the status of order 4500983310 (spring tine 10 x 32, 0-411-207-01):

- Released: 40 pilot tines (delivered today).
- On hold: the balance of 1.960 tines for the season build. Please do not produce them
  and do not buy 55Si7 for them.
- What unlocks the balance: our internal budget sign-off for the new harrow line (board
  meeting on 24 June). After that sign-off the balance will be released by a written
  release signed by me and, as our policy requires above 25.000 EUR, countersigned by our
  CFO Rainer Stahl.

I will come back to you in the last week of June.

Mit freundlichen Grüßen
Dr. Anke Hoffmann
Leiterin Einkauf / Head of Purchasing
Feldmann Landtechnik GmbH, Osnabrück
+49 541 9087-200
"""
_c20_html = "<html><body><p>" + "</p><p>".join(
    escape(p).replace("\n", "<br>") for p in _c20_txt.split("\n\n")) + "</p></body></html>"
case("c20_budget_signoff_two_signatures", [], "40 pilot tines released; 1.960 held; unlock = internal budget sign-off then written release by named head of purchasing + CFO countersignature", [
    ("Status_4500983310_Federzinken.eml", mail(
        "Dr. Anke Hoffmann <a.hoffmann@feldmann-landtechnik.de>",
        "Emre Kaya <emre.kaya@konyatarim.com.tr>",
        "Order 4500983310 spring tines - status / balance on hold",
        "Fri, 14 Jun 2024 11:05:00 +0200",
        _c20_txt, html=_c20_html)),
])

# ---- c21: EDI 850 printout, line 1 sample released, line 2 production on hold with named release
case("c21_edi850_two_lines", [], "EDI 850: line 1 5 samples released; line 2 495 production explicitly not released pending FAI, written release by named purchasing manager", [
    ("EDI850_77502_translated.txt", """EDI TRANSACTION REPORT - X12 850 PURCHASE ORDER (004010)          RUN 06/10/2024 06:15 CDT
TRADING PARTNER: HENGDAHYD (NINGBO HENGDA HYDRAULIC CO LTD)   DIRECTION: OUTBOUND   STATUS: ACCEPTED (997)
--------------------------------------------------------------------------------------------------
RAW:
ISA*00*          *00*          *ZZ*HEARTLANDIMP   *ZZ*HENGDAHYD      *240610*0615*U*00401*000004471*0*P*>~
GS*PO*HEARTLANDIMP*HENGDAHYD*20240610*0615*4471*X*004010~
ST*850*0001~
BEG*00*SA*77502**20240610~
PER*BD*JODI PETERSON*TE*4025550131~
PO1*001*5*EA*142.00**BP*HI-LC-8050*VP*NH-8050-A~
PID*F****LOADER CYLINDER 80/50X500 - SAMPLE~
MSG*SCOPE: SAMPLE - RELEASED~
PO1*002*495*EA*118.50**BP*HI-LC-8050*VP*NH-8050-A~
PID*F****LOADER CYLINDER 80/50X500 - PRODUCTION~
MSG*SCOPE: PRODUCTION - NOT RELEASED - ON HOLD PENDING FAI SIGN-OFF~
MSG*RELEASE ONLY BY WRITTEN RELEASE FROM JODI PETERSON PURCHASING MGR~
MSG*NO MATERIAL PURCHASE FOR LINE 002~
CTT*2~
SE*14*0001~
--------------------------------------------------------------------------------------------------
TRANSLATION:
PO 77502  dated 06/10/2024   buyer contact: JODI PETERSON (402) 555-0131
LINE 001  5 EA    HI-LC-8050 / NH-8050-A  LOADER CYLINDER 80/50X500 - SAMPLE       $142.00
          SCOPE: SAMPLE - RELEASED
LINE 002  495 EA  HI-LC-8050 / NH-8050-A  LOADER CYLINDER 80/50X500 - PRODUCTION   $118.50
          SCOPE: PRODUCTION - NOT RELEASED - ON HOLD PENDING FAI SIGN-OFF
          RELEASE ONLY BY WRITTEN RELEASE FROM JODI PETERSON PURCHASING MGR
          NO MATERIAL PURCHASE FOR LINE 002
LINES: 2
--------------------------------------------------------------------------------------------------
"""),
])

# ---- c22: PDF release notice for the full balance, after PPAP approval
case("c22_release_notice_full_balance", [], "release notice after full PPAP approval releases remaining 294, total 300 of 300, named releaser + second approver; terms kept apart", [
    ("Release_Notice_RN-24-074.pdf", pdf([
        ("h1", "Prairie Harvest Equipment Inc."),
        ("p", "2200 River Drive, Moline, IL 61265  -  Purchasing"),
        ("h", "PRODUCTION RELEASE NOTICE  RN-24-074"),
        ("p", "Date: June 18, 2024      To: Ningbo Hengda Hydraulic Co., Ltd. (vendor 40718), attn. Kevin Zhang"),
        ("sp",),
        ("p", "Part: tilt cylinder 50/30 x 150, P/N 4410-2305-02 Rev A.  PO 4410-2305 (issued April 22, 2024)."),
        ("p", "Sample sign-off: PPAP full approval, PSW signed by Brenda Olson (SQE) on June 3, 2024."),
        ("sp",),
        ("table", [
            ["PO line", "Scope", "Qty", "Release status"],
            ["1", "sample", "6", "released April 22, 2024 (with PO)"],
            ["2", "production", "294", "released by this notice"],
            ["Total", "", "300", "300 of 300 released - nothing on hold"],
        ]),
        ("sp",),
        ("p", "With this notice, Prairie Harvest releases PO line 2, 294 tilt cylinders, for production "
              "and shipment per the PO schedule (3 lots of 98, first lot ex-works August 9, 2024). "
              "Material may be bought for the 294 pcs."),
        ("p", "Released by: Dale Kowalczyk, Purchasing Manager (release limit USD 50,000).  "
              "Second approver (policy above USD 25,000): Mark Henning, Director Supply Chain."),
    ], pagesize=LETTER, title="RN-24-074", author="Prairie Harvest Equipment Inc.")),
])

# ---- c23: buyer RFQ email: question only, no order
case("c23_rfq_question_cabs", [], "buyer RFQ asking lead time/price for 2 prototypes and possible 150 series; states no order; nothing authorized", [
    ("Demande_de_prix_CAB-V85.eml", mail(
        "Thomas Lefebvre <t.lefebvre@agrisol.fr>",
        "Diego Sosa <dsosa@cabinaspampa.com.ar>",
        "RFQ - cabine CAB-V85 vineyard tractor - prototypes and series",
        "Tue, 23 Apr 2024 17:25:00 +0200",
        """Dear Diego,

Thank you for the visit of Mr. Acosta in Amiens. Before we issue any order, can you please
confirm us the following :

1. Lead time for 2 prototype cabs CAB-V85 (drawing set AG-CAB-85 ind. B, attached last week).
2. Lead time and price for a possible series of 150 cabs per year, and also for 300.
3. Cost of the welding fixtures, and if they can be used for the series.
4. Packaging for sea freight to Le Havre (one cab per crate?).

We have not decided yet - this is only a request for quotation, not an order. Our project
review with the management is planned for mid-May.

Cordialement / Best regards,
""" + sig("Thomas Lefebvre", "Acheteur / Buyer", "Agrisol SA, Amiens", "+33 3 22 45 18 90"))),
])

# ---- c24: HTML supplier-side status page restating the hold
case("c24_supplier_portal_status", [], "supplier portal status report: 12 samples shipped, 388 series on hold awaiting written release from named buyer after EMPB; non-authorizing", [
    ("ege_musteri_portali_siparis_durumu.html", html_page("Ege Döküm - Müşteri Portalı / Customer portal", """
<h2>Ege Döküm A.Ş. &mdash; Müşteri Portalı / Customer portal</h2>
<p>Müşteri / Customer: <b>Feldmann Landtechnik GmbH</b> &nbsp;|&nbsp; Rapor tarihi / report date: 20.06.2024</p>
<h3>Sipariş durumu / Order status</h3>
<table>
<tr><th>PO</th><th>Parça / Part</th><th>Miktar / Qty</th><th>Durum / Status</th></tr>
<tr><td>4500981123</td><td>GH-220 gearbox housing &mdash; samples</td><td>12</td><td>Sevk edildi / shipped 12.06.2024 (truck 34 ABC 118)</td></tr>
<tr><td>4500981123</td><td>GH-220 gearbox housing &mdash; series</td><td>388</td><td><b>BEKLEMEDE / ON HOLD</b> &mdash; not released; waiting for written release from Mr. J. Maier after EMPB approval</td></tr>
</table>
<div class="note">Malzeme / Material: purchased for the 12 samples only. No production is planned for the 388 pcs until the written release is received.</div>
<p>İletişim / contact: Selin Aydın, Customer Quality, +90 236 213 40 55</p>
""", lang="tr")),
])

# ---- c25: multi-file: TXT PO + DOCX deviation permit scoped to 30 samples
_c25_po = """CAMPO FORTE MAQUINAS AGRICOLAS LTDA                         PEDIDO DE COMPRA 4600-2024-0877
PASSO FUNDO - RS                                             DATA: 29.04.2024
FORNECEDOR: 700219 METALURGICA DEL LITORAL S.A. - ROSARIO - AR
COMPRADOR : RAFAEL OLIVEIRA  +55 54 3045-2210
-------------------------------------------------------------------------------------------
ITEM  CODIGO        DESCRICAO                                    QTD    UN  PRECO USD
 10   CF-MC-1180    MANCAL GRADE / DISC GANG BEARING HOUSING      30    PC     44,00
                    AMOSTRAS / SAMPLES - LIBERADO / RELEASED
 20   CF-MC-1180    MANCAL GRADE - SERIE                         970    PC     17,80
                    BLOQUEADO / ON HOLD - NAO LIBERADO / NOT RELEASED
-------------------------------------------------------------------------------------------
OBSERVACOES / NOTES:
 ITEM 20 SERA LIBERADO SOMENTE POR LIBERACAO ESCRITA DE RAFAEL OLIVEIRA APOS APROVACAO
 DAS AMOSTRAS PELA ENGENHARIA. / ITEM 20 WILL BE RELEASED ONLY BY WRITTEN RELEASE FROM
 RAFAEL OLIVEIRA AFTER SAMPLE SIGN-OFF BY ENGINEERING.
 MATERIAL: SOMENTE PARA AMOSTRAS / FOR SAMPLES ONLY.
-------------------------------------------------------------------------------------------
"""
case("c25_multifile_po_deviation", [], "PO 30 samples released, 970 on hold (sample sign-off + written release by Rafael); deviation permit scoped to 30 samples, restates hold", [
    ("Pedido_4600-2024-0877.txt", _c25_po),
    ("Desvio_DP-0412.docx", docx_bytes([
        ("h1", "Permissão de desvio / Deviation permit DP-0412"),
        ("p", "Campo Forte Máquinas Agrícolas - Qualidade de Fornecedores - 14/06/2024"),
        ("table", [
            ["Campo", "Valor"],
            ["Fornecedor / Supplier", "Metalúrgica Del Litoral S.A."],
            ["Peça / Part", "CF-MC-1180 mancal grade / disc gang bearing housing"],
            ["Pedido / PO", "4600-2024-0877 item 10"],
            ["Desvio / Deviation", "porosity on face B repaired by welding per WPS-07, re-machined"],
            ["Quantidade / Quantity", "30 pcs (the sample lot) - no other parts"],
            ["Uso / Use", "field test only (soybean season 2024/25)"],
        ]),
        ("sp",),
        ("p", "This deviation applies to the 30 sample housings only. It does not change the release "
              "status of the order: item 20 (970 pcs) remains on hold until the sample sign-off by "
              "Engenharia, and will be released only by a written release from Rafael Oliveira (Compras)."),
        ("p", "Assinado / signed: Juliana Prates, Engenharia de Qualidade de Fornecedores"),
    ], author="Juliana Prates")),
])

# =================================================================== RISKY
# ---- p01: sample PO + quote with production qty, nothing about the rest
_p01_po = pdf([
    ("h1", "Prairie Harvest Equipment Inc."),
    ("p", "2200 River Drive, Moline, IL 61265  -  PURCHASE ORDER 4410-2315   Date: 07/01/2024"),
    ("p", "Vendor: Shree Ganesh Castings Pvt. Ltd., Rajkot, India (vendor 40733)   Buyer: Kyle Brandt"),
    ("sp",),
    ("table", [
        ["Line", "Part", "Description", "Qty", "UM", "Unit", "Due"],
        ["1", "PH-90417-A", "Planetary carrier, final drive, SG 500/7, machined - samples", "10", "EA", "$112.00", "08/16/2024"],
    ]),
    ("sp",),
    ("p", "Ref.: vendor quotation SGC/Q/24-25/0702. PPAP level 3 required with sample shipment. "
          "Ship air freight, DAP Moline. Terms Net 60. Prairie Harvest general terms of purchase rev 2021 apply."),
], pagesize=LETTER, title="PO 4410-2315", author="Prairie Harvest Equipment Inc.")
_p01_quote = pdf([
    ("h1", "SHREE GANESH CASTINGS PVT. LTD."),
    ("p", "QUOTATION No. SGC/Q/24-25/0702     Date: 19-06-2024     To: Prairie Harvest Equipment Inc. - Kind Attn: Mr. Kyle Brandt"),
    ("table", [
        ["Sr.", "Description", "Qty", "Rate USD"],
        ["1", "Planetary carrier PH-90417-A, SG 500/7, machined, samples with PPAP L3", "10 nos", "112.00"],
        ["2", "Planetary carrier PH-90417-A, production", "2,400 nos / year", "29.80"],
        ["3", "Pattern 1 set", "1", "4,200.00"],
    ]),
    ("p", "Delivery: samples 6 weeks; production 8 weeks per lot. Validity 90 days."),
    ("p", "For SHREE GANESH CASTINGS PVT. LTD. - Hitesh Patel, Director (Marketing)"),
], title="Quotation SGC/Q/24-25/0702", author="Shree Ganesh Castings")
case("p01_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 10 with attached quote showing 2,400/yr; nothing says it is not released, no hold, no unlock event, no release person", [
    ("PO_4410-2315_planetary_carrier.eml", mail(
        "Kyle Brandt <kbrandt@prairieharvest.com>",
        "Hitesh Patel <hitesh@shreeganeshcastings.in>",
        "PO 4410-2315 - planetary carrier PH-90417-A",
        "Mon, 01 Jul 2024 10:02:00 -0500",
        """Hi Hitesh,

Attached is PO 4410-2315 for the 10 planetary carrier samples, along with your quote
SGC/Q/24-25/0702.

Please confirm the ship date when you can. We'd like to have the parts here by mid-August
so they can go on the test stand before harvest. PPAP level 3 with the samples, same
as on the gearbox covers.

Thanks,
Kyle
""" + sig("Kyle Brandt", "Buyer", "Prairie Harvest Equipment Inc.", "+1 309 555 0187"),
        attachments=[("PO_4410-2315.pdf", _p01_po, PDF_MT),
                     ("SGC_Quotation_0702.pdf", _p01_quote, PDF_MT)])),
])

# ---- p02: SAP PO printout, annual requirement printed, release-authority boilerplate only
case("p02_sap_po_annual_req", ["RG001", "RG003", "RG004"], "24 sample cylinders with 'annual requirement 2.400' unlabelled; no hold statement, no unlock event; boilerplate names Maier as the only valid releaser", [
    ("Bestellung_4500983977.txt", """FELDMANN LANDTECHNIK GMBH  -  EINKAUF                                   BESTELLUNG / PURCHASE ORDER
Hafenstrasse 40, 49090 Osnabrueck                                         Nr. 4500983977
-------------------------------------------------------------------------------------------------
Lieferant : 301502  NINGBO HENGDA HYDRAULIC CO., LTD., BEILUN, NINGBO, CHINA
Datum     : 24.06.2024          Einkaeufer: J. Maier  (Tel. +49 541 9087-212)
Zahlung   : 90 Tage netto       Lieferbed.: FCA Ningbo (Incoterms 2020)
Jahresbedarf / annual requirement: 2.400 St
-------------------------------------------------------------------------------------------------
Pos  Material        Bezeichnung                                   Menge  ME   Preis EUR  Termin
 10  0-512-330-01    HUBZYLINDER / LIFT CYLINDER 70/40x250         24     ST   138,00     KW 33
                     Muster / samples, Zchng. Rev. B
-------------------------------------------------------------------------------------------------
Texte:
 Erstmusterpruefbericht (EMPB) nach VDA Band 2 mit Lieferung.
 Chromschicht Kolbenstange min. 20 um, Salzsprühtest 240 h nach ISO 9227.
 Verpackung: einzeln in VCI-Folie, Anschluesse verschlossen.

Allgemeine Hinweise:
 Es gelten die Allgemeinen Einkaufsbedingungen der Feldmann Landtechnik GmbH, Stand 01/2023.
 Abrufe und Freigaben sind nur gueltig mit Unterschrift von Juergen Maier, Leiter Einkauf. /
 Call-offs and releases are valid only when signed by Juergen Maier, Head of Purchasing.
 Bitte bestaetigen Sie diese Bestellung innerhalb von 3 Arbeitstagen.
-------------------------------------------------------------------------------------------------
SAP ME9F                                                                          Seite 1 / 1
"""),
])

# ---- p03: WhatsApp: buyer orders protos and pastes quote with series qty
case("p03_whatsapp_proto_blades", ["RG001", "RG003", "RG004", "RG005"], "buyer orders 12 proto blades in chat, pasted offer shows 3.000 series; no hold, no event, no release person", [
    ("WhatsApp Chat with Amit Deshpande BKY.txt", """[02/07/24, 11:20:05] Amit Deshpande BKY: Hi Emre, good afternoon
[02/07/24, 11:21:40] Amit Deshpande BKY: Pls make 12 proto blades as per drg BKY-RB-L60 rev 2, price as per your offer below. Our PO no. will come from SAP tomorrow, PO ref BKY/PO/24-25/1442
[02/07/24, 11:22:02] Amit Deshpande BKY: KTM offer 24-117 / L-type rotavator blade BKY-RB-L60
Proto 12 pcs @ 4,80 EUR
Series 3.000 pcs @ 1,15 EUR
Boron steel 30MnB5, HRC 45-50
[02/07/24, 11:24:18] Amit Deshpande BKY: Pls confirm dispatch date. Need them in Pune for trials before Kharif harvest
[02/07/24, 12:03:51] Emre Kaya Konya: Hello Amit bey 👋
[02/07/24, 12:04:30] Emre Kaya Konya: ok, 12 pcs in 3 weeks, by air to Mumbai
[02/07/24, 12:05:02] Amit Deshpande BKY: 👍👍 thank you
"""),
])

# ---- p04: Brazilian PDF PO for sample discs, project volume printed, nothing about the rest
case("p04_pedido_amostras_pdf", ["RG001", "RG003", "RG004", "RG005"], "PO for 30 sample discs with 'volume do projeto 3.000' in header; no hold, unlock event or release person", [
    ("Pedido_PC-2024-0966.pdf", pdf([
        ("h1", "CAMPO FORTE MÁQUINAS AGRÍCOLAS LTDA."),
        ("p", "Av. Presidente Vargas 2500, Passo Fundo - RS  -  CNPJ 12.345.678/0001-90"),
        ("p", "PEDIDO DE COMPRA PC-2024-0966     Data: 17/06/2024"),
        ("p", "Fornecedor: Metalúrgica Del Litoral S.A., Bv. Oroño 4410, Rosario, Santa Fe, Argentina"),
        ("p", "Projeto: grade aradora GA-36 (lançamento safra 2025)  -  Volume do projeto: 3.000 un"),
        ("sp",),
        ("table", [
            ["Item", "Código", "Descrição", "Qtd", "Un", "Preço USD", "Entrega"],
            ["10", "CF-DG-2810", "Disco liso 28\" x 8 mm, aço boro - amostras", "30", "un", "46,00", "30/07/2024"],
        ]),
        ("sp",),
        ("p", "Frete: FOB Rosario. Pagamento: 30 dias da data do B/L. Certificado de dureza (HRC 48-52) e "
              "relatório dimensional com as amostras."),
        ("p", "Comprador: Rafael Oliveira  -  +55 54 3045-2210  -  rafael.oliveira@campoforte.com.br"),
    ], title="Pedido PC-2024-0966", author="Campo Forte")),
])

# ---- p05: French PDF PO for prototype ROPS frames, quantity 'as agreed', nothing else
case("p05_bdc_rops_proto", ["RG003", "RG004", "RG005", "RG010"], "prototype order with quantity 'as agreed by phone'; no active quantity, no hold, no unlock event, no release person", [
    ("BDC_AGS-2024-0561.pdf", pdf([
        ("h1", "AGRISOL SA"),
        ("p", "12 rue de l'Industrie, 80000 Amiens, France  -  Service Achats"),
        ("p", "BON DE COMMANDE / PURCHASE ORDER  AGS-2024-0561      Date : 04/07/2024"),
        ("p", "Fournisseur / Supplier : Cabinas Pampa S.R.L., Venado Tuerto, Santa Fe, Argentine"),
        ("sp",),
        ("table", [
            ["Poste", "Référence", "Désignation", "Quantité", "Prix"],
            ["1", "AG-ROPS-85", "Arceau de sécurité prototype / ROPS frame prototype, plan AG-ROPS-85 ind. A", "selon accord téléphonique / as agreed by phone", "selon devis CP-COT-24-031"],
        ]),
        ("sp",),
        ("p", "Livraison / delivery : DAP Amiens, semaine 38. Essais OCDE code 4 prévus en octobre au CEMAGREF."),
        ("p", "Merci de démarrer la fabrication des prototypes dès réception. / Please start the prototypes on receipt of this order."),
        ("p", "Acheteur / buyer : Thomas Lefebvre  -  +33 3 22 45 18 90"),
    ], title="BDC AGS-2024-0561", author="Agrisol SA")),
])

# ---- p06: SAP PO, 50 samples, balance on hold, release by department; forecast for balance "firm"
case("p06_sap_po_forecast_firm", ["RG005", "RG008"], "50 samples released, 950 held until PPAP, but release 'from Purchase Dept.' (no person); monthly forecast for the balance declared firm commitment", [
    ("BKY_PO_24-25_1310.txt", """BHARAT KRISHI YANTRA LTD.                                   PURCHASE ORDER
Gat No. 218, Chakan Indl. Area Ph-II, Pune 410501           PO No : BKY/PO/24-25/1310
GSTIN 27AABCB5566R1ZP                                       Date  : 08.07.2024
------------------------------------------------------------------------------------------
Vendor : V-10422 KOLHAPUR FOUNDRY WORKS PVT LTD, MIDC SHIROLI, KOLHAPUR
Buyer  : A. DESHPANDE            Pay terms: 60 days      Freight: to pay, door delivery
------------------------------------------------------------------------------------------
Sr  Item code      Description                             Qty    UoM   Rate INR   Amount INR
 1  BKY-FA-2207    FRONT AXLE SUPPORT CASTING FG260          50    NOS   2,450.00   1,22,500.00
                   SAMPLES FOR PPAP - DRG REV 03
------------------------------------------------------------------------------------------
                                                   Total (excl. GST 18%)      1,22,500.00
Special instructions:
 1. Qty 50 nos samples released against this PO.
 2. Balance 950 nos (as per RFQ) on hold till PPAP approval. Release will follow from
    Purchase Dept.
 3. Monthly schedule for the balance after release - Aug 200 / Sep 250 / Oct 250 /
    Nov 250 nos. This forecast is our firm commitment, kindly book your moulding line
    capacity accordingly.
 4. PPAP level 3 with samples. Chemical, micro & hardness reports with each lot.
 5. Packing: wooden pallet, max 1 MT per pallet.
------------------------------------------------------------------------------------------
For BHARAT KRISHI YANTRA LTD.                       This is a computer generated document.
Authorised signatory                                SAP ME9F / P1 / 08.07.2024 15:42
"""),
])

# ---- p07: HTML buyer portal, "approval" for technical, commercial and production; release by department
case("p07_portail_commande_statut", ["RG005", "RG009"], "'approbation/approval' used for sample, PO and series; 20 released, 480 blocked until sample validation, release by 'Agrisol purchasing' (no person)", [
    ("portail_commande_AGS-2024-0603.html", html_page("Agrisol - Portail fournisseurs - Commande", """
<h2>Agrisol SA &mdash; Portail fournisseurs / Supplier portal</h2>
<p>Fournisseur: <b>Konya Tarım Makine Parçaları Ltd. Şti.</b> (F-21044) &nbsp;|&nbsp; Utilisateur: ekaya</p>
<h3>Commande / Order AGS-2024-0603 &mdash; porte-dent / tine holder AG-7790 ind. B</h3>
<table>
<tr><th>Ligne</th><th>Désignation</th><th>Qté</th><th>Statut</th></tr>
<tr><td>1</td><td>Porte-dent AG-7790 &mdash; échantillons / samples</td><td>20</td><td>lancé / released</td></tr>
<tr><td>2</td><td>Porte-dent AG-7790 &mdash; série / series</td><td>480</td><td>bloqué / on hold</td></tr>
</table>
<h4>Approbations / Approvals</h4>
<table>
<tr><th>Étape / Step</th><th>Statut</th><th>Date</th></tr>
<tr><td>Approbation technique échantillons / sample approval</td><td>approuvé / approved</td><td>10/06/2024</td></tr>
<tr><td>Approbation commerciale commande / commercial approval (PO)</td><td>approuvé / approved</td><td>12/06/2024</td></tr>
<tr><td>Approbation série / series approval</td><td>en attente / pending</td><td>&mdash;</td></tr>
</table>
<div class="note">Ligne 2 (480 pcs) bloquée jusqu'à la validation des échantillons au centre d'essais. / Line 2 (480 pcs)
is blocked until the samples are validated by our test centre. Release by written notice from Agrisol purchasing.</div>
<p>Contact achats: achats@agrisol.fr &nbsp;&middot;&nbsp; Dernière mise à jour 14/06/2024</p>
""", lang="fr")),
])

# ---- p08: EML with drawing-notes TXT attachment; sample castings without any quantity
case("p08_start_samples_no_qty", ["RG010"], "buyer tells supplier to start sample castings without any quantity; hold, unlock event and named releaser present", [
    ("PH-77310_sample_castings.eml", mail(
        "Dale Kowalczyk <dkowalczyk@prairieharvest.com>",
        "Murat Yılmaz <murat.yilmaz@egedokum.com.tr>",
        "PH-77310 PTO housing - start of sample castings",
        "Wed, 10 Jul 2024 09:30:00 -0500",
        """Murat,

Thanks for the call this morning. Please start the sample castings for the PTO housing
PH-77310 per the attached drawing notes; the PO number for the samples is 4410-2341.

The production balance is on hold and not released. It will be released only by my
written release after Brenda Olson has signed off the PPAP on the samples. Please buy
material for the samples only.

The pattern modification for the new breather boss is at your cost as agreed (your
mistake on rev 18). Let me know when the first pour is scheduled so Brenda can join by
video.

Regards,
Dale
""" + sig("Dale Kowalczyk", "Purchasing Manager", "Prairie Harvest Equipment Inc.", "+1 309 555 0192"),
        attachments=[("PH-77310_drawing_notes.txt", """DRG PH-77310 REV 20  -  HOUSING, PTO, 540/1000
NOTES:
1. MATERIAL EN-GJS-400-15 PER ISO 1083, MIN 90% NODULARITY.
2. GENERAL TOLERANCES ISO 8062-3 DCTG 9, DRAFT 1.5 DEG UNLESS NOTED.
3. MACHINED SURFACES Ra 3.2 UNLESS NOTED. BORES B1/B2 H7.
4. THREADS M12x1.75-6H, 4 PLACES; M10x1.5-6H, 6 PLACES.
5. PRESSURE TEST 2 BAR AIR, 30 S, NO LEAK.
6. PAINT PRIMER RAL 7016, DFT 40-60 um, MASK ALL MACHINED FACES.
7. PART MARKING: PN, REV, FOUNDRY CODE, DATE CODE (CAST, RAISED 5 mm).
""", "text/plain")])),
])

# ---- p09: Teams, pre-series start without any quantity
case("p09_teams_vorserie_no_qty", ["RG010"], "buyer says start the pre-series 'as discussed' without a quantity; rest held, EMPB + written release by Maier named", [
    ("Teams_Oberlenkerbock_ZMW.txt", """Microsoft Teams - Chat-Export / chat export
Chat: Feldmann Einkauf <> ZMW Poznan - Oberlenkerbock 0-228-950-01
Exportiert / exported: 19.07.2024 08:12 (UTC+02:00)

Tomasz Nowak (ZMW Poznań)  16.07.2024 10:02
Good morning Mr. Maier, the laser program for the new top link bracket is ready. For the pre-series, how many pcs - like in the RFQ?

Jürgen Maier (Feldmann Landtechnik)  16.07.2024 10:31
Guten Morgen Herr Nowak. Yes, as discussed in Poznań. Please start the pre-series now.

Jürgen Maier (Feldmann Landtechnik)  16.07.2024 10:33
The series quantity is not released. I release it in writing after the EMPB approval by Mrs. Vogt.

Tomasz Nowak (ZMW Poznań)  16.07.2024 10:35
Understood. Material only for pre-series. Delivery we plan CW 32.

Jürgen Maier (Feldmann Landtechnik)  16.07.2024 10:36
Passt, danke.
"""),
])

# ---- p10: DOCX sample release form, no quantity, hold until further notice
case("p10_sample_release_form_docx", ["RG004", "RG010"], "sample release form: quantity 'per RFQ' (not stated), balance on hold 'until further notice', named release authority but no unlock event", [
    ("BKY_Sample_Release_SR-24-019.docx", docx_bytes([
        ("h1", "Sample Development Release - SR-24-019"),
        ("p", "Bharat Krishi Yantra Ltd., Purchase Department, Chakan, Pune"),
        ("table", [
            ["Field", "Details"],
            ["Supplier", "Konya Tarım Makine Parçaları Ltd. Şti., Konya, Türkiye"],
            ["Part", "Rotavator C-blade BKY-RB-C55, 30MnB5, drg rev 01"],
            ["Quantity", "as per RFQ"],
            ["Purpose", "field trial, Rabi season 2024 (Nashik, Ahmednagar)"],
            ["Delivery", "CIF Nhava Sheva, within 5 weeks"],
            ["Price", "as per your offer KTM-24-131"],
        ]),
        ("sp",),
        ("p", "Kindly start sample development immediately."),
        ("p", "Balance quantity: on hold until further notice. No production or material purchase for the balance."),
        ("p", "Release authority for any further quantity: Sanjay Kulkarni, Sr. Manager - Purchase."),
        ("p", "Inspection: hardness HRC 45-50, bend test 3 pcs per lot, dimensional report with samples."),
    ], author="Sanjay Kulkarni")),
])

# ---- p11: multi-file: full PO for option A + quote with larger option B, nothing labels it
_p11_po = pdf([
    ("h1", "HEARTLAND IMPLEMENT CO."),
    ("p", "1400 W. 2nd Street, Hastings, NE 68901"),
    ("p", "PURCHASE ORDER 77691     Date: 07/08/2024     Vendor: Metalúrgica Del Litoral S.A. (vendor 20388)"),
    ("sp",),
    ("table", [
        ["Line", "Part No.", "Description", "Qty", "UM", "Unit Price"],
        ["1", "HI-24410", "Disc blade 24 in x 6 mm, notched, boron, Dwg Rev C - option A per quote MDL-2024-131", "400", "EA", "$24.10"],
    ]),
    ("sp",),
    ("p", "Carry-over part, no samples required. Ship ocean FOB Rosario by 09/30/2024. Terms Net 45."),
    ("p", "Buyer: Travis Lindgren (402) 555-0148"),
], pagesize=LETTER, title="PO 77691", author="Heartland Implement Co.")
_p11_quote = pdf([
    ("h1", "METALÚRGICA DEL LITORAL S.A."),
    ("p", "Bv. Oroño 4410, S2000 Rosario, Santa Fe, Argentina"),
    ("p", "COTIZACIÓN / QUOTATION MDL-2024-131      Fecha: 25/06/2024      Cliente: Heartland Implement Co."),
    ("sp",),
    ("table", [
        ["Opción", "Descripción", "Cantidad", "Precio unit. USD", "Entrega"],
        ["A", "Disco recortado 24\" x 6 mm boro (HI-24410)", "400 un", "24,10", "Sept 2024"],
        ["B", "Idem, temporada completa incl. stock concesionarios / full season incl. dealer stock", "1.200 un", "21,75", "Sept 2024 - Feb 2025, 3 embarques"],
    ]),
    ("sp",),
    ("p", "Validez 30 días. FOB Rosario. Pago 45 días."),
    ("p", "Martín Gómez - Gerente de Exportaciones - +54 341 455-2287"),
], title="Cotizacion MDL-2024-131", author="Metalurgica Del Litoral")
case("p11_multifile_po_quote_options", ["RG001"], "full carry-over PO for 400 (option A) filed with the quote whose option B shows 1.200; nothing says the 1.200 is informational or not ordered", [
    ("PO_77691.pdf", _p11_po),
    ("Cotizacion_MDL-2024-131.pdf", _p11_quote),
])

# ---- p12: dealer PO for 300, old quote with 1,000 forwarded as rfc822 without any label
_p12_fwd = mail(
    "Tony Liu <tony.liu@jinhai-machinery.com>",
    "Greg Kessler <greg@kesslerag.com>",
    "Quotation JH-Q-23-0988 wheel hub KAS-HUB-6B",
    "Mon, 07 Aug 2023 21:14:00 +0800",
    """Dear Greg,

Thank you for your inquiry. Please see our quotation JH-Q-23-0988:

Wheel hub assembly 6-bolt, KAS-HUB-6B (fits 8 in x 14 in implement wheels)
Quantity: 1,000 pcs
Price: USD 41.50/pc FOB Qingdao
Delivery: 45 days after order, 40HQ container
Payment: 30% T/T in advance, 70% against B/L copy

Best regards,
Tony Liu
Sales Manager, Qingdao Jinhai Machinery Co., Ltd.
""")
case("p12_dealer_po_fwd_old_quote", ["RG001"], "dealer PO for 300 hubs (no samples, production) with last year's 1,000 pcs quote forwarded unlabelled", [
    ("PO_KAS-2417_wheel_hubs.eml", mail(
        "Greg Kessler <greg@kesslerag.com>",
        "Tony Liu <tony.liu@jinhai-machinery.com>",
        "PO KAS-2417 - wheel hubs KAS-HUB-6B",
        "Tue, 09 Jul 2024 07:55:00 -0500",
        """Tony,

Here's our PO KAS-2417: 300 pcs wheel hub assembly KAS-HUB-6B at $41.50, ocean freight
to Des Moines, need them on the floor by September 30 for fall tillage.

Same part as the 2023 order, no samples needed. Forwarding your quote from last year
below - can you hold that price?

Thanks,
Greg Kessler
Kessler Ag Supply, Inc.
3180 NE 80th St, Ankeny, IA 50021
(515) 555-0177
""",
        attachments=[("rfc822", _p12_fwd)])),
])

# ---- p13: Teams, complete scope then an unscoped "Proceed."
case("p13_teams_proceed", ["RG002"], "scope complete (6 released, 294 held, PSW + written release by Dale) but later buyer answers 'Looks great. Proceed.' with no quantity or sample scope", [
    ("Teams_valve_block_Hengda.txt", """Microsoft Teams - chat export
Chat: Prairie Harvest / Ningbo Hengda - valve block 4410-2330
Exported: 2024-07-26 08:40 (UTC-05:00)

Dale Kowalczyk (Prairie Harvest)  6/27/2024 9:12 AM
Kevin - PO 4410-2330 is out. 6 sample valve blocks are released, that's all. The other 294 on the PO are on hold. I release them in writing after Brenda signs the PSW.

Kevin Zhang (Ningbo Hengda Hydraulic)  6/27/2024 9:40 PM
Received, thank you Dale. 6 pcs samples, we start machining next week.

Kevin Zhang (Ningbo Hengda Hydraulic)  7/24/2024 8:55 PM
Hi Dale, the 6 samples passed our pressure test at 250 bar, no leakage, report attached. Can we proceed?

Kevin Zhang (Ningbo Hengda Hydraulic)  7/24/2024 8:55 PM
📎 HD-PT-240724-2330.pdf

Dale Kowalczyk (Prairie Harvest)  7/25/2024 7:02 AM
Looks great. Proceed.

Kevin Zhang (Ningbo Hengda Hydraulic)  7/25/2024 7:20 AM
👍 thank you
"""),
])

# ---- p14: EML quoted thread; complete scope quoted, then "passt so, go ahead."
case("p14_go_ahead_reply", ["RG002"], "buyer's 'passt so, go ahead' answers a supplier question about samples and the new rev without saying sample-only or a quantity; quoted PO scope otherwise complete", [
    ("AW_AH-410_Rev_D.eml", mail(
        "Jürgen Maier <j.maier@feldmann-landtechnik.de>",
        "Selin Aydın <selin.aydin@egedokum.com.tr>",
        "AW: AH-410 axle housing - drawing Rev D / samples",
        "Thu, 25 Jul 2024 08:14:00 +0200",
        """Hallo Frau Aydın,

passt so, go ahead.

Gruß
J. Maier

--
Jürgen Maier | Strategischer Einkauf | Feldmann Landtechnik GmbH | +49 541 9087-212

-----Ursprüngliche Nachricht-----
Von: Selin Aydın <selin.aydin@egedokum.com.tr>
Gesendet: Mittwoch, 24. Juli 2024 16:48
Betreff: AH-410 axle housing - drawing Rev D / samples

> Dear Mr. Maier,
>
> the drawing Rev D with the new oil drain boss is received, thank you. The
> pattern change is done. Please confirm we can now go ahead.
>
> Best regards
> Selin Aydın, Customer Quality, Ege Döküm A.Ş.
>
> -----Original Message-----
> From: Jürgen Maier
> Sent: 03 July 2024 11:20
> Subject: Bestellung 4500984410 - Achsgehäuse AH-410
>
>> Dear Mrs. Aydın,
>> our order 4500984410 covers 16 pcs sample castings AH-410 only.
>> The balance of 384 pcs is not released. It will be released by me in
>> writing after EMPB approval of the samples by Mrs. Vogt.
>> Material for the 16 samples only, please.
>> J. Maier
""",
        in_reply_to="<h140-ah410-q@egedokum.com.tr>")),
])

# ---- p15: DOCX meeting minutes: "green light" + material for full quantity
case("p15_minutes_green_light_material", ["RG002", "RG006"], "minutes: scope complete (20 released, 580 held), but 'ZMW has the green light' unscoped and ZMW to buy plate for the full 600 without material authority", [
    ("CR_reunion_AG-7790_2024-07-11.docx", docx_bytes([
        ("h1", "Compte-rendu de réunion / Meeting minutes"),
        ("p", "Projet: porte-dent herse rotative / rotary harrow tine holder AG-7790  -  11/07/2024, visio Teams"),
        ("p", "Participants: Thomas Lefebvre (Achats Agrisol), Camille Roux (Qualité fournisseurs Agrisol), "
              "Tomasz Nowak (ZMW, Production), Agnieszka Wiśniewska (ZMW, Customer Service)"),
        ("table", [
            ["#", "Sujet / Topic", "Décision - Action", "Qui / Who", "Quand / When"],
            ["1", "Commande AGS-2024-0612", "20 pcs pre-series released. The 580 pcs series are not released; release by written release from Thomas Lefebvre after sample sign-off by Camille Roux.", "TL", "-"],
            ["2", "Échantillons / samples", "20 pcs measured at Amiens: 2 minor deviations (paint thickness, burr on slot) accepted. Conclusion: ZMW has the green light.", "CR", "11/07"],
            ["3", "Matière / material", "To secure the mill slot, ZMW will reserve and buy the S690QL plate for the full 600 pcs in week 29.", "TN", "S29"],
            ["4", "Emballage / packaging", "Wire mesh box 1200x800, 50 pcs per box, VCI paper.", "AW", "S30"],
            ["5", "Prochaine réunion / next meeting", "Review of field test plan.", "all", "25/07"],
        ]),
        ("sp",),
        ("p", "Rédigé par / written by: Camille Roux. Diffusion: participants."),
    ], author="Camille Roux")),
])

# ---- p16: multipart/alternative email says 30 samples and "Approved - pode seguir!", PDF PO says 36
_p16_pdf = pdf([
    ("h1", "CAMPO FORTE MÁQUINAS AGRÍCOLAS LTDA."),
    ("p", "PEDIDO DE COMPRA PC-2024-1032    Data: 22/07/2024"),
    ("p", "Fornecedor: Ningbo Hengda Hydraulic Co., Ltd., Beilun, Ningbo, China"),
    ("sp",),
    ("table", [
        ["Item", "Código", "Descrição", "Qtd", "Status"],
        ["10", "CF-CH-6330", "Cilindro barra pulverizador / sprayer boom cylinder 63/30x300 - amostras", "36", "liberado / released"],
        ["20", "CF-CH-6330", "Idem - série", "464", "NÃO LIBERADO / on hold"],
    ]),
    ("sp",),
    ("p", "Item 20 será liberado somente por liberação escrita de Rafael Oliveira (Gerente de Compras), após "
          "aprovação do teste de campo das amostras. / Item 20 is released only by written release from "
          "Rafael Oliveira after sign-off of the field test of the samples. Material: samples only."),
    ("p", "Frete CIF Rio Grande. Pagamento 60 dias B/L."),
], title="Pedido PC-2024-1032", author="Campo Forte")
_p16_txt = """Hi Kevin,

Good news: our engineering signed off your drawing for the sprayer boom cylinder
CF-CH-6330 (63/30x300) this morning, including the new clevis.

Approved - pode seguir! PO PC-2024-1032 attached for the 30 samples.

Please send the chrome thickness report with the shipment, our test field in Não-Me-Toque
starts on September 10.

Abraço,
Rafael
""" + sig("Rafael Oliveira", "Gerente de Compras", "Campo Forte Máquinas Agrícolas Ltda.", "+55 54 3045-2210")
_p16_html = """<html><body style="font-family:Arial">
<p>Hi Kevin,</p>
<p>Good news: our engineering signed off your drawing for the sprayer boom cylinder CF-CH-6330 (63/30x300) this morning, including the new clevis.</p>
<p><b>Approved - pode seguir!</b> PO PC-2024-1032 attached for the 30 samples.</p>
<p>Please send the chrome thickness report with the shipment, our test field in Não-Me-Toque starts on September 10.</p>
<p>Abraço,<br>Rafael</p>
<p style="font-size:11px;color:#666">Rafael Oliveira | Gerente de Compras | Campo Forte Máquinas Agrícolas Ltda. | +55 54 3045-2210</p>
</body></html>"""
case("p16_approved_pode_seguir_30_vs_36", ["RG002", "RG011"], "'Approved - pode seguir!' unscoped; email says 30 samples while the attached PO releases 36", [
    ("PC-2024-1032_cilindro_barra.eml", mail(
        "Rafael Oliveira <rafael.oliveira@campoforte.com.br>",
        "Kevin Zhang <kevin.zhang@hengda-hyd.cn>",
        "Drawing OK - PO PC-2024-1032 sprayer boom cylinder",
        "Mon, 22 Jul 2024 14:10:00 -0300",
        _p16_txt, html=_p16_html,
        attachments=[("Pedido_PC-2024-1032.pdf", _p16_pdf, PDF_MT)])),
])

# ---- p17: Teams, "approved" for quality, finance and the buyer's own go, unscoped
case("p17_teams_approved_three_ways", ["RG002", "RG009"], "'Quality approved the samples, finance approved the PO, so from my side it's approved' mixes technical/commercial/production and is unscoped; scope otherwise complete", [
    ("Teams_drawbar_bracket_Jinhai.txt", """Microsoft Teams - chat export
Chat: Heartland Implement / Qingdao Jinhai - drawbar bracket HI-71102
Exported: 2024-08-02 10:05 (UTC-05:00)

Travis Lindgren (Heartland Implement)  6/12/2024 2:30 PM
Tony, PO 77610 is in your inbox. 8 sample drawbar brackets released. The other 392 are on hold until our field test sign-off, then I send you a written release.

Tony Liu (Qingdao Jinhai Machinery)  6/12/2024 9:02 PM
OK Travis, 8 samples. Ship by air end of June.

Tony Liu (Qingdao Jinhai Machinery)  7/30/2024 8:47 PM
Hi Travis, any news from quality? Our line is ready, steel is available

Travis Lindgren (Heartland Implement)  7/31/2024 8:15 AM
Quality approved the samples, finance approved the PO, so from my side it's approved 👍

Tony Liu (Qingdao Jinhai Machinery)  7/31/2024 8:20 AM
Great news!! thank you
"""),
])

# ---- p18: supplier email: pig iron and cores bought for all 400 while 16 released
case("p18_material_bought_full_qty", ["RG006"], "supplier has bought pig iron and cores for all 400 while only 16 samples are released and no material authority exists; quoted PO scope complete", [
    ("RE_4500984410_status.eml", mail(
        "Murat Yılmaz <murat.yilmaz@egedokum.com.tr>",
        "Jürgen Maier <j.maier@feldmann-landtechnik.de>",
        "RE: Bestellung 4500984410 - Achsgehäuse AH-410 - status",
        "Fri, 12 Jul 2024 17:36:00 +0300",
        """Dear Mr. Maier,

Good news from Manisa: the 16 sample castings AH-410 were poured yesterday, all
16 passed X-ray level 2. Machining starts Monday, so the samples will leave us in CW 30.

To keep your SOP in March, we have already purchased the pig iron and the cores for
all 400 pcs. In this way we are ready to pour the moment you release, and you are
protected from the next price increase of the pig iron.

Please find the photos of the first castings in the link below.

Best regards / Saygılarımızla
Murat Yılmaz
Sales Manager - Export
Ege Döküm A.Ş. | Manisa OSB | +90 236 213 40 50

-----Original Message-----
From: Jürgen Maier <j.maier@feldmann-landtechnik.de>
Sent: 03 July 2024 11:20
Subject: Bestellung 4500984410 - Achsgehäuse AH-410

> Dear Mr. Yılmaz,
> our order 4500984410 covers 16 pcs sample castings AH-410 only.
> The balance of 384 pcs is not released. It will be released by me in
> writing after EMPB approval of the samples by Mrs. Vogt.
> Material for the 16 samples only, please.
> J. Maier
""",
        in_reply_to="<h140-4500984410@feldmann-landtechnik.de>")),
])

# ---- p19: Teams: buyer asks to get material for all 300; sample count 10 vs 8
case("p19_teams_tubes_all_300", ["RG006", "RG011"], "buyer asks supplier to get tubes and rods for all 300 'paperwork later' (no material authority) and the sample quantity moves from 10 to 8", [
    ("Teams_Lenkzylinder_Hengda.txt", """Microsoft Teams - Chat-Export / chat export
Chat: Feldmann Einkauf <> Ningbo Hengda - Lenkzylinder / steering cylinder 0-512-410-02
Exportiert / exported: 02.08.2024 09:30 (UTC+02:00)

Jürgen Maier (Feldmann Landtechnik)  02.07.2024 09:15
Hello Kevin, order 4500984102 is out: 10 sample steering cylinders released. The balance of 290 is on hold; I release it in writing after EMPB approval by Mrs. Vogt.

Kevin Zhang (Ningbo Hengda Hydraulic)  02.07.2024 15:40
Received Mr. Maier, 10 samples, thank you

Jürgen Maier (Feldmann Landtechnik)  18.07.2024 11:02
Kevin, to save time please already get the tubes and the chrome rods for all 300 in. We sort the paperwork later.

Kevin Zhang (Ningbo Hengda Hydraulic)  18.07.2024 16:25
OK, we order tube and rod for 300 sets this week. Samples ready 29.07

Jürgen Maier (Feldmann Landtechnik)  29.07.2024 08:47
Please send the 8 samples by air, DAP Osnabrück. EMPB documents by e-mail to Mrs. Vogt.

Kevin Zhang (Ningbo Hengda Hydraulic)  29.07.2024 14:12
ok, 8 samples by air on Friday
"""),
])

# ---- p20: supplier status report PDF: raw material for 1,000 sets; released qty 60 vs 50
case("p20_supplier_weekly_status", ["RG006", "RG011"], "supplier report: raw material for 1,000 sets procured against 50 released samples; report states released qty 60 and 50 in different places", [
    ("KFW_Weekly_Status_CW29.pdf", pdf([
        ("h1", "KOLHAPUR FOUNDRY WORKS PVT. LTD."),
        ("p", "Weekly Status Report - Customer: Bharat Krishi Yantra Ltd., Chakan  -  CW 29 / 2024"),
        ("p", "Part: Rotavator side gearbox housing BKY-RT-3310 (FG 260)  -  PO BKY/PO/24-25/1310-A"),
        ("sp",),
        ("table", [
            ["Item", "Status"],
            ["Qty released (PO BKY/PO/24-25/1310-A)", "60 nos"],
            ["Balance of SA qty 1,000 nos", "940 nos - not released, awaiting your release"],
            ["Pattern", "modified for new core print, trial OK 12.07.2024"],
            ["Castings poured", "62 nos (incl. 2 for destructive test)"],
            ["Raw material procured", "pig iron, steel scrap, cores for 1,000 sets (full SA qty)"],
            ["Machining", "in progress, 28 nos complete"],
        ]),
        ("sp",),
        ("p", "Remarks: we are machining the 50 nos sample lot released under your PO and will dispatch "
              "by 26.07.2024 with PPAP documents. Raw material for the full quantity was procured in "
              "advance to avoid the monsoon supply disruption of last year."),
        ("p", "Prepared by: Prakash Jadhav, Marketing Manager  -  +91 231 2468 117"),
    ], title="Weekly status CW29", author="Kolhapur Foundry Works")),
])

# ---- p21: Polish supplier has ordered sheet for all 400 and will store it; quoted complete scope
case("p21_sheet_ordered_full_qty", ["RG006"], "supplier ordered S355 sheet for the complete 400 while 20 pre-series are released and no material authority exists; quoted buyer scope complete", [
    ("RE_Bestellung_4500984650_material.eml", mail(
        "Tomasz Nowak <t.nowak@zmw-poznan.pl>",
        "Jürgen Maier <j.maier@feldmann-landtechnik.de>",
        "RE: Bestellung 4500984650 - Radgewichtsträger / wheel weight carrier",
        "Tue, 16 Jul 2024 12:48:00 +0200",
        """Dear Mr. Maier,

thank you for the order. The 20 pre-series wheel weight carriers are planned for laser
cutting in CW 30 and welding in CW 31.

Our steel mill (Huta Częstochowa) announced 10 weeks lead time for S355J2 plate 25 mm.
So we have already ordered the plate for the complete 400 pcs (approx. 41 t); it arrives
in CW 31 and we will store it in our hall for you. In this way there will be no delay
when the series starts.

The welding procedure qualification (WPQR) per EN ISO 15614-1 will come with the
pre-series parts.

Best regards / Z poważaniem
Tomasz Nowak
Kierownik Produkcji / Production Manager
Zakład Mechaniczny Wielkopolska Sp. z o.o. | tel. +48 61 855 20 30

-----Original Message-----
From: Jürgen Maier
Sent: Monday, July 8, 2024 9:05 AM
Subject: Bestellung 4500984650 - Radgewichtsträger

> Dear Mr. Nowak,
> please find attached our order 4500984650: 20 pcs pre-series.
> The remaining 380 pcs are not released. I release them in writing
> after the EMPB approval by Mrs. Vogt. Material for the 20 pcs only.
> Best regards, J. Maier
""",
        in_reply_to="<h140-4500984650@feldmann-landtechnik.de>")),
])

# ---- p22: supplier HTML portal: tubes staged for 150 cabs, series starts automatically on prototype approval
case("p22_portal_cabinas_auto_start", ["RG006", "RG007"], "supplier portal: tubes staged for 150 series cabs against 2 released prototypes (no material authority) and series 'starts automatically' once prototypes approved", [
    ("cabinas_pampa_portal_estado.html", html_page("Cabinas Pampa - Portal de clientes", """
<h2>Cabinas Pampa S.R.L. &mdash; Portal de clientes / Customer portal</h2>
<p>Cliente / Customer: <b>Agrisol SA</b> (Amiens, FR) &nbsp;|&nbsp; Proyecto: cabina viñatera CAB-V85</p>
<h3>Estado del proyecto / Project status &mdash; 29/07/2024</h3>
<table>
<tr><th>Concepto / Item</th><th>Cantidad / Qty</th><th>Estado / Status</th></tr>
<tr><td>Cabinas prototipo / prototype cabs (OC AGS-2024-0522)</td><td>2</td><td>en soldadura / welding, entrega sem. 36</td></tr>
<tr><td>Cabinas serie / series cabs (cot. CP-COT-24-019)</td><td>150</td><td>no liberada todavía / not yet released</td></tr>
<tr><td>Materiales acopiados / materials staged</td><td>tubos 60x40x3 y chapa para 150 cabinas / tubes and sheet for 150 cabs</td><td>en depósito / in stock</td></tr>
<tr><td>Dispositivos de soldadura / welding fixtures</td><td>1 juego</td><td>terminado / finished</td></tr>
</table>
<div class="note">Planificación: la producción de la serie arranca automáticamente al aprobarse los prototipos. /
Planning: series production starts automatically once the prototypes are approved, so that the first 50 cabs can ship in November.</div>
<p>Contacto: Diego Sosa, Gerente Comercial &mdash; +54 9 3462 55-0199</p>
""", lang="es")),
])

# ---- p23: Turkish supplier reads the 30% advance as go for the series and buys steel for 2,000
_p23_txt = """Dear Sanjay bey,

thank you very much for the 30% advance, received today in our account.

We took your advance as the go for the series, so we have bought the boron steel for
the whole 2,000 discs and blanking starts on Monday. The 50 sample discs for your field
trial are already heat treated and will leave Mersin port on the 5th.

Best regards
Emre Kaya
Export Manager - Konya Tarım Makine Parçaları San. Tic. Ltd. Şti.
+90 332 345 12 80

-----Original Message-----
From: Sanjay Kulkarni <sanjay.kulkarni@bky.co.in>
Sent: 24 June 2024 10:02
Subject: PO BKY/PO/24-25/1207 - notched disc 24"

> Dear Emre,
> PO attached for 50 sample discs BKY-DH-2406 for field trial. Balance 1,950 discs
> NOT released. After the field trial report is signed off by our R&D, I will send
> written release. 30% advance on PO value will be transferred as per your offer terms.
> Regards, Sanjay Kulkarni, Sr. Manager - Purchase
"""
case("p23_advance_as_go_steel_bought", ["RG006", "RG012"], "supplier treats the 30% advance as the go for the series and has bought steel for all 2,000 while only 50 samples are released", [
    ("RE_PO_BKY_24-25_1207_advance.eml", mail(
        "Emre Kaya <emre.kaya@konyatarim.com.tr>",
        "Sanjay Kulkarni <sanjay.kulkarni@bky.co.in>",
        "RE: PO BKY/PO/24-25/1207 - notched disc 24\" - advance received",
        "Wed, 03 Jul 2024 15:20:00 +0300",
        _p23_txt, in_reply_to="<h140-bky1207@bky.co.in>")),
])

# ---- p24: Chinese supplier acknowledgement: roll straight into the 392 after PPAP approval
case("p24_ack_roll_into_mass_production", ["RG007"], "supplier ack says it will roll straight into 392 pcs mass production once PPAP approved, although quoted PO requires a written release by Dale", [
    ("RE_PO_4410-2352_confirmation.eml", mail(
        "Kevin Zhang <kevin.zhang@hengda-hyd.cn>",
        "Dale Kowalczyk <dkowalczyk@prairieharvest.com>",
        "RE: PO 4410-2352 top link cylinder - order confirmation",
        "Fri, 19 Jul 2024 18:22:00 +0800",
        """Dear Dale,

Thank you for your PO 4410-2352. We confirm 8 pcs samples of hydraulic top link cylinder
4410-2352-01, delivery by air 2024-08-23, with full PPAP level 3 documents.

Good news for your season: once your PPAP approve, we will roll straight into the 392 pcs
mass production without waiting, so you get the parts before September. Our line is
reserved from week 36.

Best regards,
Kevin Zhang
Sales Manager | Ningbo Hengda Hydraulic Co., Ltd.
Tel +86 574 8618 3302

> From: Dale Kowalczyk
> Sent: Wednesday, July 17, 2024 9:45 AM
> Subject: PO 4410-2352 top link cylinder
>
> Kevin,
> PO 4410-2352 attached. Line 1: 8 sample cylinders, released. Line 2: 392 pcs,
> not released. I will release line 2 in writing after Brenda Olson signs the PSW.
> Material for the 8 samples only.
> Dale
""",
        in_reply_to="<h140-4410-2352@prairieharvest.com>")),
])

# ---- p25: WhatsApp, Brazilian buyer contradicts his own written-release requirement
case("p25_whatsapp_run_whole_lot", ["RG007"], "buyer's own scope requires written release after sample sign-off, then he tells supplier to run the whole lot if samples pass their own check", [
    ("WhatsApp Chat with Martin Gomez MDL.txt", """10/06/2024 08:31 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
10/06/2024 08:31 - Rafael Oliveira: Bom dia Martín! Pedido 4600-2024-0877 enviado: 30 amostras mancal CF-MC-1180 liberadas. Os 970 da série NÃO estão liberados - I release them in writing after our engineering signs off the samples.
10/06/2024 08:50 - Martín Gómez MDL: Buen día Rafael! Recibido, 30 muestras. Gracias
02/08/2024 17:12 - Martín Gómez MDL: Rafael, the 30 samples are machined, we do the hardness and the dimensional check tomorrow. Your engineering can come to Rosario?
02/08/2024 17:40 - Rafael Oliveira: Não dá, they are in the field until end of August 😕
02/08/2024 17:42 - Rafael Oliveira: Olha, se as amostras passarem no teu controle, já pode rodar o lote todo. No need to wait for my paper, we are late for the planting season
02/08/2024 17:43 - Martín Gómez MDL: Dale, perfecto 👍
02/08/2024 17:43 - Martín Gómez MDL: we send you the reports anyway
"""),
])

# ---- p26: PDF PO with a hold clause and a contradicting quality clause
case("p26_po_contradicting_quality_clause", ["RG007"], "PO holds 490 pending written release by Dale, but its quality clause tells supplier to proceed directly into the 490 after PPAP approval", [
    ("PO_4410-2360_final_drive_housing.pdf", pdf([
        ("h1", "Prairie Harvest Equipment Inc."),
        ("p", "2200 River Drive, Moline, IL 61265  -  PURCHASE ORDER 4410-2360   Date: 07/22/2024"),
        ("p", "Vendor: Shree Ganesh Castings Pvt. Ltd., Rajkot, India (vendor 40733)   Buyer: Dale Kowalczyk"),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Scope", "Unit"],
            ["1", "PH-91022-C", "Final drive housing, SG 450/10, machined", "10", "sample - released", "$138.00"],
            ["2", "PH-91022-C", "Final drive housing, SG 450/10, machined", "490", "production - NOT released", "$41.20"],
        ]),
        ("sp",),
        ("h", "Release"),
        ("p", "The balance of 490 pcs (line 2) is not released. It will be released only by a written "
              "release from Dale Kowalczyk, Purchasing Manager, after PPAP approval of the 10 samples."),
        ("h", "Quality requirements"),
        ("p", "PPAP level 3 per AIAG 4th edition. Dimensional results on all 10 samples, material certificates "
              "EN 10204 3.1, X-ray of 2 samples per ASTM E446 level 2."),
        ("p", "Following PPAP approval, supplier shall proceed directly with the 490 pcs production run in "
              "order to meet SOP on 01/06/2025."),
        ("h", "Commercial"),
        ("p", "Terms Net 60. DAP Moline by ocean + rail. Prairie Harvest general terms of purchase rev 2021 apply."),
    ], pagesize=LETTER, title="PO 4410-2360", author="Prairie Harvest Equipment Inc.")),
])

# ---- p27: DOCX supplier project timeline: series material ordered, series starts automatically
case("p27_supplier_timeline_docx", ["RG006", "RG007"], "supplier timeline: series material ordered before release and series production starts automatically after sample approval", [
    ("Ege_Project_Timeline_AH-410.docx", docx_bytes([
        ("h1", "Project Timeline - AH-410 Axle Housing for Feldmann Landtechnik"),
        ("p", "Ege Döküm A.Ş. - Project Management - Rev 2, 15.07.2024"),
        ("table", [
            ["Week", "Activity", "Owner", "Status"],
            ["CW 27", "Pattern modification Rev D", "Ege tooling", "done"],
            ["CW 28", "Sample pouring, X-ray", "Ege foundry", "done"],
            ["CW 29", "Pig iron and cores for the series (384 pcs) ordered", "Ege purchasing", "done"],
            ["CW 30", "Sample machining, CMM", "Ege machining", "in progress"],
            ["CW 31", "EMPB documents to Feldmann", "Ege quality", "planned"],
            ["CW 34", "Sample approval by Feldmann", "Feldmann SQ", "planned"],
            ["CW 35", "Series production 384 pcs starts automatically after sample approval", "Ege foundry", "planned"],
            ["CW 39", "First series shipment by truck", "Ege logistics", "planned"],
        ]),
        ("sp",),
        ("p", "Prepared by: Selin Aydın, Customer Quality / Project Coordinator."),
    ], author="Selin Aydin")),
])

# ---- p28: SQE tells supplier to carry on with the rest of the batch after sample approval
case("p28_sqe_carry_on_rest", ["RG007"], "buyer's SQE says samples approved so supplier can carry on with the rest of the batch, contradicting the written-release requirement in the quoted PO", [
    ("RE_HI-60230_samples_result.eml", mail(
        "Megan Fischer <mfischer@heartlandimplement.com>",
        "Prakash Jadhav <prakash.jadhav@kfwindia.com>",
        "RE: HI-60230 spindle housing samples - FAI result",
        "Mon, 29 Jul 2024 15:05:00 -0500",
        """Hi Prakash,

The FAI on the 10 samples came back clean - all 48 characteristics in tolerance, and the
hardness is right in the middle of the range. Samples approved, so you can carry on with
the rest of the batch as planned.

Nice job on the first pour this time.

Megan
""" + sig("Megan Fischer", "Supplier Quality Engineer", "Heartland Implement Co.", "(402) 555-0162") + """
-----Original Message-----
From: Travis Lindgren
Sent: Monday, June 17, 2024 10:12 AM
To: Prakash Jadhav
Cc: Megan Fischer
Subject: PO 77520 - HI-60230 spindle housing

> Prakash,
> PO 77520 is attached: 10 sample spindle housings, released.
> The other 1,490 on the quote are not released - I'll send a written
> release after Megan signs off the FAI.
> Travis
""",
        cc="Travis Lindgren <tlindgren@heartlandimplement.com>",
        in_reply_to="<h140-77520@heartlandimplement.com>")),
])

# ---- p29: chat export: supplier assumes sample approval means mass production
case("p29_skype_sample_ok_mass_production", ["RG007"], "supplier states sample approval means they go into mass production and start Monday; buyer's scope required a written release", [
    ("Skype_chat_Jinhai_HI-55140.txt", """[6/14/2024 9:05 AM] Travis Lindgren: Tony, PO 77588 for the PTO shield brackets HI-55140: 12 samples released. The other 588 are not released. I will send a written release after the field test sign-off.
[6/14/2024 9:31 PM] Tony Liu: Received Travis, 12 samples, thanks
[7/26/2024 8:12 PM] Tony Liu: Hi Travis, your engineer Megan emailed that the 12 samples passed the fit check and are approved 🎉
[7/26/2024 8:13 PM] Tony Liu: Sample approved means we go for mass production, right? We start Monday with the 588 so the boat in September is OK
[7/26/2024 8:14 PM] Tony Liu: Steel plate we have in stock from other customer, no problem
"""),
])

# ---- p30: buyer email: forecast to be treated as firm orders, TXT forecast attached
_p30_fc = """HEARTLAND IMPLEMENT CO. - SUPPLIER FORECAST  SEASON 2025        PRINTED 07/15/2024
VENDOR 20388 METALURGICA DEL LITORAL S.A.
-------------------------------------------------------------------------------
PART        DESCRIPTION                      NOV-24  DEC-24  JAN-25  FEB-25  TOTAL
HI-30412    SPRING TINE BAR 5/8 X 42            300     300     600     600   1800
HI-24410    DISC BLADE 24 IN NOTCHED            400     400     800     400   2000
HI-26412    DISC BLADE 26 IN SMOOTH             200     200     400     200   1000
-------------------------------------------------------------------------------
"""
case("p30_forecast_as_firm_orders", ["RG008"], "buyer tells supplier to treat the attached season forecast as firm orders", [
    ("Season_2025_forecast_MDL.eml", mail(
        "Travis Lindgren <tlindgren@heartlandimplement.com>",
        "Martín Gómez <mgomez@metlitoral.com.ar>",
        "2025 season forecast - tine bars and disc blades",
        "Mon, 15 Jul 2024 10:40:00 -0500",
        """Hi Martín,

Attached is our 2025 season forecast for the tine bars and the disc blades. Dealer
pre-season orders came in strong this year, so the numbers are up about 20%.

Please treat these numbers as firm orders. The POs will follow closer to each month,
but you can count on every piece of it.

Let me know if the January peak is a problem for your heat-treat line.

Thanks,
Travis
""" + sig("Travis Lindgren", "Buyer", "Heartland Implement Co., Hastings NE", "(402) 555-0148"),
        attachments=[("HI_forecast_season2025_MDL.txt", _p30_fc, "text/plain")])),
])

# ---- p31: supplier order confirmation: forecast confirmed as firm order, production starts on advance
case("p31_confirmacion_forecast_advance", ["RG008", "RG012"], "supplier confirms buyer's forecast as a firm order and starts production on receipt of the advance", [
    ("Confirmacion_MDL-OC-24-0415.pdf", pdf([
        ("h1", "METALÚRGICA DEL LITORAL S.A."),
        ("p", "Bv. Oroño 4410, S2000 Rosario, Santa Fe, Argentina  -  CUIT 30-50012345-6"),
        ("p", "CONFIRMACIÓN DE PEDIDO / ORDER CONFIRMATION  MDL-OC-24-0415     Fecha: 05/08/2024"),
        ("p", "Cliente: Campo Forte Máquinas Agrícolas Ltda., Passo Fundo - RS, Brasil"),
        ("p", "Ref.: su pronóstico / your forecast safra 2025, enviado 29/07/2024 por Rafael Oliveira"),
        ("sp",),
        ("table", [
            ["Código", "Descripción", "Cantidad", "Precio USD", "Entrega"],
            ["CF-DG-2606", "Disco de grade recortado 26\" x 6 mm boro", "5.000 un", "31,90", "oct 2024 - feb 2025, 5 embarques"],
        ]),
        ("sp",),
        ("p", "Confirmamos su pronóstico de 5.000 discos como pedido firme y reservamos la capacidad del horno. / "
              "We confirm your forecast of 5.000 discs as a firm order and have reserved furnace capacity."),
        ("p", "Condiciones: anticipo 20% por transferencia. La producción comienza al recibir el anticipo. / "
              "Terms: 20% advance by transfer. Production starts on receipt of the advance."),
        ("sp",),
        ("p", "Lucía Fernández - Atención al Cliente / Customer Service - +54 341 455-2290"),
    ], title="Confirmacion MDL-OC-24-0415", author="Metalurgica Del Litoral")),
])

# ---- p32: DOCX supply agreement annex: forecast declared binding purchase commitment
case("p32_annexure_forecast_binding", ["RG008"], "supply agreement annex declares the annual forecast a binding purchase commitment and tells supplier to produce to it", [
    ("Annexure_B_Forecast_KFW.docx", docx_bytes([
        ("h1", "Annexure B to Supply Agreement BKY-SA-2024-07"),
        ("p", "Between Bharat Krishi Yantra Ltd. (BKY) and Kolhapur Foundry Works Pvt. Ltd. (KFW)"),
        ("h", "Annual forecast FY 2024-25"),
        ("table", [
            ["Part no.", "Description", "Q1", "Q2", "Q3", "Q4", "FY total"],
            ["BKY-RT-3310", "Rotavator side gearbox housing FG 260", "2,500", "3,500", "3,500", "2,500", "12,000"],
            ["BKY-FA-2207", "Front axle support FG 260", "1,000", "1,500", "1,500", "1,000", "5,000"],
        ]),
        ("sp",),
        ("p", "B.1 The above forecast is binding and constitutes BKY's purchase commitment for FY 2024-25. "
              "KFW shall produce to this forecast and keep finished stock of two weeks' requirement at its works."),
        ("p", "B.2 Quarterly quantities may be shifted by +/-10% with 30 days notice."),
        ("p", "B.3 Prices as per Annexure A, pig iron variation clause as per clause 7.4."),
        ("sp",),
        ("p", "For BKY: Sanjay Kulkarni, Sr. Manager - Purchase          For KFW: Prakash Jadhav, Marketing Manager"),
    ], author="Sanjay Kulkarni")),
])

# ---- p33: HTML buyer portal forecast page labelled as firm commitment to produce
case("p33_portail_prevision_engagement", ["RG008"], "portal forecast page says the forecast is a firm commitment and asks supplier to produce and ship per it", [
    ("portail_previsions_AG-5520.html", html_page("Agrisol - Portail fournisseurs - Prévisions", """
<h2>Agrisol SA &mdash; Portail fournisseurs / Supplier portal</h2>
<p>Fournisseur / Supplier: <b>Konya Tarım Makine Parçaları Ltd. Şti.</b> (F-21044) &nbsp;|&nbsp; Utilisateur: ekaya</p>
<h3>Prévisions / Forecast &mdash; article AG-5520 dent vibrante / spring tine 10x32 ind. C</h3>
<div class="note">Prévisions = engagement ferme d'Agrisol. Merci de produire et d'expédier selon ces quantités. /
This forecast is Agrisol's firm commitment. Please produce and ship according to these quantities.</div>
<table>
<tr><th>Semaine / Week</th><th>Prévision / Forecast (pcs)</th></tr>
<tr><td>S36 / 2024</td><td>4 000</td></tr>
<tr><td>S40 / 2024</td><td>4 000</td></tr>
<tr><td>S44 / 2024</td><td>6 000</td></tr>
<tr><td>S48 / 2024</td><td>6 000</td></tr>
</table>
<p>Dernière mise à jour / last update: 22/07/2024 06:00 &nbsp; &middot; &nbsp; Contact: Thomas Lefebvre, Acheteur</p>
""", lang="fr")),
])

# ---- p34: German "Freigabe": samples "released" and series "release"; hold until further notice
case("p34_freigabe_until_further_notice", ["RG004", "RG009"], "'released' used for sample approval (Musterfreigabe) and for production release; balance on hold until further notice (no event), Maier named", [
    ("Musterfreigabe_0-228-901.eml", mail(
        "Jürgen Maier <j.maier@feldmann-landtechnik.de>",
        "Agnieszka Wiśniewska <a.wisniewska@zmw-poznan.pl>",
        "Musterfreigabe / sample release hitch bracket 0-228-901-04/05",
        "Wed, 31 Jul 2024 13:25:00 +0200",
        """Dear Mrs. Wiśniewska,

good news: the 20 pre-series hitch brackets are released (Musterfreigabe erteilt by
Mrs. Vogt on 30.07.). The weld seams and the bore positions were all fine.

The release of the series will follow. For now the 20 pcs you delivered remain the only
released quantity. The remaining 380 pcs stay on hold until further notice - I will
decide when we go on.

Please send us the invoice for the 20 pcs with the EMPB reference.

Mit freundlichen Grüßen
""" + sig("Jürgen Maier", "Strategischer Einkauf / Purchasing", "Feldmann Landtechnik GmbH, Osnabrück", "+49 541 9087-212"))),
])

# ---- p35: DOCX part approval record using "approval" three ways; quantities otherwise clear
case("p35_part_approval_record_docx", ["RG009"], "'approval' used for PPAP (technical), PO (commercial) and production (200 of 800); hold, event and named releaser present", [
    ("Part_Approval_Record_4410-2375.docx", docx_bytes([
        ("h1", "Part Approval Record - P/N 4410-2375-01"),
        ("p", "Prairie Harvest Equipment Inc. - to: Ningbo Hengda Hydraulic Co., Ltd. - August 2, 2024"),
        ("table", [
            ["Approval", "Status", "By", "Date"],
            ["PPAP approval (PSW)", "APPROVED", "Brenda Olson, SQE", "08/01/2024"],
            ["Commercial approval (PO 4410-2375, 800 pcs)", "APPROVED", "Dale Kowalczyk", "07/12/2024"],
            ["Production approval", "APPROVED for 200 pcs", "Dale Kowalczyk", "08/02/2024"],
        ]),
        ("sp",),
        ("p", "Part: hydraulic motor mount cylinder 40/25 x 120."),
        ("p", "Quantity for production now: 200 pcs. The remaining 600 pcs of PO 4410-2375 are on hold "
              "until three months of PPM data below 500 are available; they will then be released by a "
              "written release from Dale Kowalczyk, Purchasing Manager."),
        ("p", "Material may be bought for the 200 pcs only."),
    ], author="Dale Kowalczyk")),
])

# ---- p36: PDF letter using "released" for PO (commercial), drawing (technical) and production
case("p36_release_letter_three_releases", ["RG009"], "'released' used for the SAP PO release strategy, the drawing and the production quantity in one letter; full-quantity order otherwise clear", [
    ("HI_letter_PO77702_release.pdf", pdf([
        ("h1", "HEARTLAND IMPLEMENT CO."),
        ("p", "1400 W. 2nd Street, Hastings, NE 68901  -  Purchasing"),
        ("p", "July 30, 2024"),
        ("p", "To: Qingdao Jinhai Machinery Co., Ltd., Jiaozhou, Shandong - attn. Mr. Tony Liu"),
        ("p", "Re: PO 77702 - rear hitch lower link HI-55180"),
        ("sp",),
        ("p", "Dear Tony,"),
        ("p", "Please note the status of PO 77702:"),
        ("table", [
            ["Item", "Status"],
            ["PO 77702", "released in our ERP (release strategy level 2, finance) on 07/26/2024"],
            ["Drawing HI-55180", "released at Rev D by engineering on 07/22/2024"],
            ["Production", "released: 200 pcs, the full PO quantity"],
        ]),
        ("sp",),
        ("p", "The 200 pcs are the complete order; no samples are required since the link is identical to "
              "HI-55170 except for the length. Ship in one 20 ft container, FOB Qingdao, by 09/20/2024."),
        ("p", "Sincerely,"),
        ("p", "Travis Lindgren, Buyer  -  (402) 555-0148"),
    ], pagesize=LETTER, title="PO 77702", author="Heartland Implement Co.")),
])

# ---- p37: PDF PO: line quantity 500 vs note "20 samples only"
case("p37_bdc_qty_500_vs_20", ["RG011"], "PO line states 500 while the scope note releases 20 samples with 480 held: two authorized quantities in one document", [
    ("BDC_AGS-2024-0644.pdf", pdf([
        ("h1", "AGRISOL SA"),
        ("p", "12 rue de l'Industrie, 80000 Amiens, France  -  Service Achats"),
        ("p", "BON DE COMMANDE / PURCHASE ORDER  AGS-2024-0644      Date : 18/07/2024"),
        ("p", "Fournisseur : Ege Döküm A.S., Manisa OSB, Türkiye"),
        ("sp",),
        ("table", [
            ["Poste", "Référence", "Désignation", "Qté", "Prix unit. EUR", "Livraison"],
            ["1", "AG-BV-2210", "Boîtier de renvoi d'angle / bevel gearbox housing, EN-GJL-250, usiné, plan ind. B", "500", "64,00", "S38 / 2024"],
        ]),
        ("sp",),
        ("h", "Périmètre / Scope"),
        ("p", "20 échantillons seulement / 20 samples only. Le solde de 480 pièces n'est pas lancé / the "
              "balance of 480 pcs is not released. Lancement du solde uniquement par un ordre écrit de Thomas "
              "Lefebvre (Achats) après validation des échantillons par Camille Roux (Qualité). / Release of the "
              "balance only by written release from Thomas Lefebvre after sample sign-off by Camille Roux."),
        ("p", "Matière : pour les 20 échantillons uniquement / material for the 20 samples only."),
        ("p", "Conditions : DAP Amiens, paiement 60 jours fin de mois."),
    ], title="BDC AGS-2024-0644", author="Agrisol SA")),
])

# ---- p38: multi-file: TXT PO for 12 proto discs + email asking for 15
_p38_po = """BHARAT KRISHI YANTRA LTD.                                   PURCHASE ORDER
Gat No. 218, Chakan Indl. Area Ph-II, Pune 410501           PO No : BKY/PO/24-25/1477
                                                            Date  : 22.07.2024
------------------------------------------------------------------------------------------
Vendor : V-20871 KONYA TARIM MAKINE PARCALARI LTD STI, KONYA, TURKIYE
Buyer  : S. KULKARNI             Pay terms: 30% advance, 70% against B/L   Incoterms: CIF NHAVA SHEVA
------------------------------------------------------------------------------------------
Sr  Item code      Description                             Qty    UoM   Rate EUR   Amount EUR
 1  BKY-DH-2210    PLAIN DISC 22" x 5 MM, 30MnB5 - PROTO     12    NOS      21.00       252.00
------------------------------------------------------------------------------------------
Special instructions:
 1. Only 12 nos proto discs released against this PO.
 2. Series quantity (2,000 nos as per offer KTM-24-140) NOT released.
 3. Series will be released only by written release from Sanjay Kulkarni, Sr. Manager -
    Purchase, after the field trial report of the protos is signed off by BKY R&D.
 4. Raw material for the 12 nos only.
------------------------------------------------------------------------------------------
For BHARAT KRISHI YANTRA LTD.                       This is a computer generated document.
"""
case("p38_multifile_po12_mail15", ["RG011"], "PO releases 12 proto discs but the buyer's covering email asks for 15; otherwise scope complete", [
    ("BKY_PO_24-25_1477.txt", _p38_po),
    ("PO_1477_proto_discs.eml", mail(
        "Sanjay Kulkarni <sanjay.kulkarni@bky.co.in>",
        "Emre Kaya <emre.kaya@konyatarim.com.tr>",
        "PO BKY/PO/24-25/1477 - proto discs 22\"",
        "Mon, 22 Jul 2024 16:35:00 +0530",
        """Dear Emre,

Greetings from Pune.

Please find our PO BKY/PO/24-25/1477 for the plain discs 22". Kindly make the 15 proto
discs and send by air, we need them for the trial at Rahuri university farm in
the last week of August.

Series is not released - as written in the PO, I will release it after the field trial.

Regards,
Sanjay Kulkarni
Sr. Manager - Purchase, Bharat Krishi Yantra Ltd.
+91 20 6710 4400
""")),
])

# ---- p39: EML says "twelve (12)" samples, attached DOCX PO says 10
_p39_docx = docx_bytes([
    ("h1", "Prairie Harvest Equipment Inc. - Purchase Order 4410-2388"),
    ("p", "Date: 07/24/2024 - Vendor: Zakład Mechaniczny Wielkopolska Sp. z o.o., Poznań, Poland (vendor 40802)"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope", "Unit price"],
        ["1", "PH-CB-3301", "Cab access step bracket, S355MC, powder coated - samples", "10", "sample - released", "$58.00"],
        ["2", "PH-CB-3301", "Cab access step bracket - production", "590", "production - NOT released", "$14.90"],
    ]),
    ("sp",),
    ("p", "Line 2 is not released. It will be released only by a written release from Dale Kowalczyk, "
          "Purchasing Manager, after the FAI sign-off of the samples by Brenda Olson (SQE)."),
    ("p", "Material authority: samples only. Terms: Net 60, FCA Poznań."),
], author="Dale Kowalczyk")
case("p39_mail_twelve_po_ten", ["RG011"], "covering email asks for twelve (12) samples while the attached PO releases 10; hold/event/person present", [
    ("PO_4410-2388_step_bracket.eml", mail(
        "Dale Kowalczyk <dkowalczyk@prairieharvest.com>",
        "Agnieszka Wiśniewska <a.wisniewska@zmw-poznan.pl>",
        "PO 4410-2388 - cab step bracket PH-CB-3301",
        "Wed, 24 Jul 2024 11:20:00 -0500",
        """Hello Agnieszka,

Great to meet your team at Agritechnica planning day. As promised, here's our first PO
for the cab access step bracket (PH-CB-3301).

Please build twelve (12) samples for us - FAI on 2 pieces, the rest go to our cab line
for a fit trial. Production stays on hold per the PO until Brenda signs off the FAI and I
send the release in writing.

Powder coat is our standard black, RAL 9005 fine texture, 80 um minimum.

Best regards,
Dale
""" + sig("Dale Kowalczyk", "Purchasing Manager", "Prairie Harvest Equipment Inc.", "+1 309 555 0192"),
        attachments=[("PO_4410-2388.docx", _p39_docx, DOCX_MT)])),
])

# ---- p40: DOCX release notice: table 200, text two hundred fifty (250)
case("p40_release_notice_200_vs_250", ["RG011"], "release notice table releases 200 pcs while its text releases two hundred fifty (250)", [
    ("Release_Notice_HI-RN-24-019.docx", docx_bytes([
        ("h1", "Heartland Implement Co. - Production Release Notice HI-RN-24-019"),
        ("p", "To: Kolhapur Foundry Works Pvt. Ltd. - attn. Mr. Prakash Jadhav - August 5, 2024"),
        ("table", [
            ["PO", "Part", "Sample sign-off", "Released quantity", "Released by"],
            ["77458", "HI-60218 rear axle hub casting", "FAI signed off 07/29/2024 (Megan Fischer)", "200 pcs", "Travis Lindgren"],
        ]),
        ("sp",),
        ("p", "Following the FAI sign-off of the 10 samples, we hereby release two hundred fifty (250) pcs "
              "of the HI-60218 hub casting for production and shipment in September."),
        ("p", "The remaining quantity of the 1,500 pcs annual requirement is not released. It will be "
              "released by the next written release notice from Travis Lindgren after lot acceptance of "
              "this first production lot at Hastings."),
        ("p", "Material may be bought for the released quantity only."),
        ("p", "Travis Lindgren, Buyer, Heartland Implement Co."),
    ], author="Travis Lindgren")),
])

# ---- p41: buyer says advance paid, so start production of the 480; HTML remittance attached
_p41_html = html_page("Remittance advice", """
<h3>Campo Forte Máquinas Agrícolas Ltda. &mdash; Aviso de pagamento / Remittance advice</h3>
<table>
<tr><th>Beneficiário</th><td>Ningbo Hengda Hydraulic Co., Ltd.</td></tr>
<tr><th>Banco</th><td>Bank of China, Ningbo Branch &mdash; SWIFT BKCHCNBJ92A</td></tr>
<tr><th>Referência</th><td>Pedido PC-2024-1058 &mdash; adiantamento 30% / 30% advance</td></tr>
<tr><th>Valor</th><td>USD 17.262,00</td></tr>
<tr><th>Data</th><td>06/08/2024</td></tr>
</table>
""", lang="pt-BR")
case("p41_advance_paid_start_480", ["RG012"], "buyer treats payment of the 30% advance as authority to start the 480 production cylinders, while the PO holds them until field test + written release", [
    ("Adiantamento_PC-2024-1058.eml", mail(
        "Rafael Oliveira <rafael.oliveira@campoforte.com.br>",
        "Kevin Zhang <kevin.zhang@hengda-hyd.cn>",
        "PC-2024-1058 - advance paid",
        "Tue, 06 Aug 2024 10:15:00 -0300",
        """Hi Kevin,

We have paid the 30% advance on the full PO value today, remittance attached. So you can
start the production of the 480 cylinders now.

Abraço,
Rafael
""" + sig("Rafael Oliveira", "Gerente de Compras", "Campo Forte Máquinas Agrícolas Ltda.", "+55 54 3045-2210") + """
> ----- Mensagem original -----
> De: Rafael Oliveira
> Enviada: 15/07/2024 09:40
> Assunto: Pedido PC-2024-1058 - cilindro do levante CF-CH-8040
>
> Kevin, pedido PC-2024-1058 anexo: item 10 = 20 amostras, released.
> Item 20 = 480 cylinders, NOT released - I release them in writing
> after the field test sign-off of the samples by our engineering.
> Payment terms: 30% advance on PO value, balance 60 days B/L.
""",
        attachments=[("aviso_pagamento_PC-2024-1058.html", _p41_html, "text/html")])),
])

# ---- p42: WhatsApp: supplier started the full 2000 because payment was received
case("p42_whatsapp_payment_started_full", ["RG012"], "supplier starts production of the full 2000 because payment was received; buyer's scope released only 50 samples", [
    ("WhatsApp Chat with Hitesh Patel SGC.txt", """[18/07/24, 10:02:44] Sanjay Kulkarni: Hitesh bhai, PO BKY/PO/24-25/1390 sent for 50 samples of gearbox cover BKY-GC-1180. Only 50 samples. Balance 1,950 not released, after PPAP approval I will send written release.
[18/07/24, 10:15:09] Hitesh Patel SGC: Received Sanjay ji 🙏 50 nos samples, pattern ready next week
[18/07/24, 10:16:30] Sanjay Kulkarni: Pattern payment will come this week from accounts
[01/08/24, 18:40:12] Hitesh Patel SGC: Sanjay ji payment received today, thank you 🙏
[01/08/24, 18:41:03] Hitesh Patel SGC: So we have started production of full 2000 pcs, first 500 will be ready by 25th
[01/08/24, 18:41:30] Hitesh Patel SGC: Samples also in that lot only
"""),
])

# ---- p43: deposit paid so start the sample castings; no quantity stated
case("p43_deposit_start_samples_no_qty", ["RG010", "RG012"], "buyer: deposit transferred, so please start the sample castings - payment as trigger and no quantity stated; series hold, EMPB and named releaser present", [
    ("Anzahlung_Getriebedeckel_GD-95.eml", mail(
        "Jürgen Maier <j.maier@feldmann-landtechnik.de>",
        "Murat Yılmaz <murat.yilmaz@egedokum.com.tr>",
        "Getriebedeckel GD-95 - Anzahlung / deposit",
        "Thu, 08 Aug 2024 09:05:00 +0200",
        """Dear Mr. Yılmaz,

our accounting transferred the tooling deposit for the GD-95 gearbox cover today.
So please start the sample castings now.

The series quantity is not released. I will release it in writing after the EMPB
approval of the samples by Mrs. Vogt.

Mit freundlichen Grüßen
""" + sig("Jürgen Maier", "Strategischer Einkauf / Purchasing", "Feldmann Landtechnik GmbH, Osnabrück", "+49 541 9087-212"))),
])

# ---- p44: DOCX letter: LC opened, so manufacture of the balance is authorised
case("p44_lc_opened_commence_balance", ["RG012"], "commercial letter says the opened letter of credit authorises manufacture of the 1,900 balance, while the PO requires PPAP approval + written release by Sanjay", [
    ("BKY_letter_LC_SGC.docx", docx_bytes([
        ("h1", "Bharat Krishi Yantra Ltd. - Commercial Department"),
        ("p", "Ref: BKY/COM/24-25/0211          Date: 12.08.2024"),
        ("p", "To: Shree Ganesh Castings Pvt. Ltd., Rajkot - Kind Attn: Mr. Hitesh Patel, Director (Marketing)"),
        ("p", "Sub: PO BKY/PO/24-25/1418 - transmission housing BKY-TH-4410 - Letter of Credit"),
        ("sp",),
        ("p", "Dear Sir,"),
        ("p", "As per the PO, 100 nos samples are released; the balance 1,900 nos is on hold till PPAP "
              "approval, and will be released by written release from Mr. Sanjay Kulkarni, Sr. Manager - Purchase."),
        ("p", "We are pleased to inform you that the irrevocable Letter of Credit No. ICI/LC/24/88120 for "
              "the full PO value has been opened today through ICICI Bank, Pune. Since the LC is now "
              "opened, you are authorised to commence manufacture of the balance 1,900 nos."),
        ("p", "Kindly arrange shipment documents strictly as per LC terms."),
        ("sp",),
        ("p", "Thanking you, For Bharat Krishi Yantra Ltd. - Vikram Joshi, Manager - Commercial & Imports"),
    ], author="Vikram Joshi")),
])

# ---- p45: multipart email: hold and unlock event, but release comes "from our side"
_p45_txt = """Dear Mrs. Wiśniewska,

thank you for your offer ZMW/OF/24/0219. Please find below the scope of our order
AGS-2024-0671 for the coupling frame AG-3402 (quick hitch, ind. A):

- 40 pcs pre-series: released now, delivery S38, FCA Poznań.
- The balance of 560 pcs is on hold and not released. Please do not start it and do not
  buy material for it.
- The balance will be released after the validation build is signed off by our test
  centre in Beauvais, by a written release from our side.

The validation build is planned for October, with the field test on the new 120 hp
vineyard tractor.

Cordialement / Best regards,
Service Achats - Agrisol SA
12 rue de l'Industrie, 80000 Amiens
achats@agrisol.fr
"""
_p45_html = "<html><body><p>" + "</p><p>".join(
    escape(p).replace("\n", "<br>") for p in _p45_txt.split("\n\n")) + "</p></body></html>"
case("p45_release_from_our_side", ["RG005"], "40 pre-series released, 560 held until validation build sign-off, but release 'from our side' - nobody named", [
    ("Commande_AGS-2024-0671_cadre_attelage.eml", mail(
        "Agrisol Achats <achats@agrisol.fr>",
        "Agnieszka Wiśniewska <a.wisniewska@zmw-poznan.pl>",
        "Commande AGS-2024-0671 - cadre d'attelage AG-3402 - scope",
        "Thu, 25 Jul 2024 15:50:00 +0200",
        _p45_txt, html=_p45_html)),
])

# =================================================================== MAIN
def _write(path: Path, data):
    if isinstance(data, EmailMessage):
        path.write_bytes(eml_bytes(data))
    elif isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8", newline="")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(140140).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")
        folder = f"h140_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for f in c["files"]:
            _write(d / f[0], f[1])
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases, {n_clean} clean, {len(CASES) - n_clean} with risks")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
