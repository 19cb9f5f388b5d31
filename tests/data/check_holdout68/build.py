#!/usr/bin/env python3
"""Generator for the releasegate check_holdout68 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout68/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Case folders are shuffled with seed 6868.

Descriptive case names below: c.. = clean (expect []), r.. = at least one risk.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import unicodedata
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
# (copied from check_holdout3/build.py; message-id and boundary tags changed to h68,
#  pdf() additionally transliterates text the standard fonts cannot print, see _pdf_text)
_PDF_MAP = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "≤": "<=", "≥": ">=", "→": "->"}


def _pdf_text(s):
    """The standard PDF fonts only carry WinAnsi (cp1252). Transliterate Turkish/Czech/Polish letters
    (Ş -> S, ř -> r, ł -> l ...) the way many ERP PDF exports do, instead of printing black boxes."""
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        m = _PDF_MAP.get(ch)
        if m is None:
            m = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            try:
                m.encode("cp1252")
            except UnicodeEncodeError:
                m = "?"
        out.append(m)
    return "".join(out)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [(b[0],) + tuple(
        [[_pdf_text(c) for c in r] for r in x] if b[0] == "table" else _pdf_text(x) for x in b[1:])
        for b in blocks]
    title, author = _pdf_text(title), _pdf_text(author)
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
    m["Message-ID"] = msgid or f"<h68-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h68")
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


# ----------------------------------------------------------------- own helpers
def quote_lines(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def text_to_html(text):
    """Very plain HTML alternative for a text mail body (paragraphs, line breaks)."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(ln) for ln in p.split("\n")) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,"
            "sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


def rows_html(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n"
                   for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}</table>"


# ##################################################################### CASES

# ===================================================================== BATCH 1
# ---- r01: sample PO quotes offer tiers in its own body, nothing about the balance
_r01 = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Pennine Coachworks Ltd · Unit 4, Colne Bridge Road, Huddersfield HD5 0RH · United Kingdom · "
          "VAT GB 284 5519 07"),
    ("table", [["Field", "Value"],
               ["PO number", "10233"],
               ["Date", "8 April 2024"],
               ["Supplier", "Bursa Cam Sanayi ve Ticaret A.Ş., Demirtaş OSB, 16245 Osmangazi / Bursa, Türkiye"],
               ["Supplier no.", "V-20417"],
               ["Buyer", "Gareth Hughes, +44 1484 220 731"],
               ["Project", "PCW Metro M2, 16-seat low-floor minibus, prototype vehicle PV-2"],
               ["Currency / Incoterms", "EUR / DAP Huddersfield (Incoterms 2020)"]]),
    ("sp",),
    ("table", [["Line", "Part / Rev", "Description", "Qty", "Unit", "Unit price", "Amount"],
               ["10", "PCW-WIN-SET-07 / B", "Side window set, M2 body, 7 panes incl. sliding vent, "
                "tinted 30 %, E-marked (ECE R43)", "3", "set", "1,840.00", "5,520.00"]]),
    ("p", "Total net EUR 5,520.00"),
    ("h", "Reference: your offer OF-2024-0311 of 21 March 2024"),
    ("table", [["Offer item", "Quantity", "Unit price EUR"],
               ["Sample window sets (hand-bent, no series tooling)", "3 sets", "1,840.00"],
               ["Series window sets", "150 sets", "1,120.00"],
               ["Bending moulds, one-off", "1", "9,800.00"]]),
    ("h", "Notes"),
    ("p", "Samples are required in week 19 for fitting to prototype vehicle PV-2 ahead of the "
          "body-in-white check. Every pane to carry the E-mark and the PCW part number etched in the lower "
          "left corner. Pack in returnable A-frame racks; rack deposit as per your offer."),
    ("p", "Please confirm this order within three working days, quoting our PO number on all documents. "
          "Invoices to accounts.payable@penninecoachworks.co.uk. Pennine Coachworks terms of purchase "
          "PCW-TP rev 6 apply; your terms of sale are excluded."),
    ("p", "Gareth Hughes, Senior Buyer, for and on behalf of Pennine Coachworks Ltd"),
], title="PO 10233", author="Pennine Coachworks")
case("r01_pcw_po_offer_tiers", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 3 window sets reprints the offer with 150 series sets; nothing says the 150 is not "
     "released, no unlock event, no release person",
     [("PO_10233.pdf", _r01)])

# ---- r02: ERP sample PO (TXT) + supplier quote (PDF) in one folder
_r02_po = """\
EGE KAROSER OTOMOTIV SAN. VE TIC. A.S.                         SATINALMA SIPARISI
Kemalpasa OSB, 35730 Izmir / TURKIYE                               PURCHASE ORDER
---------------------------------------------------------------------------------
Siparis No / PO No : 4500021877              Tarih / Date : 18.04.2024
Tedarikci / Vendor : 300418  KOCAELI KOMPOZIT A.S.
                     Gebze Guzeller OSB, 41400 Gebze / Kocaeli
Satinalmaci/Buyer  : E.DEMIR    Tel +90 232 877 40 12
Odeme / Payment    : 60 GUN / 60 DAYS
Teslim / Delivery  : FCA GEBZE
---------------------------------------------------------------------------------
Kal Malzeme No      Tanim / Description                 Miktar Brm    B.Fiyat      Tutar
--- --------------- ----------------------------------- ------ ---- ---------- ----------
010 KMP-RF-12-FRT   ON TAVAN KAPAGI / FRONT ROOF CAP         2  AD   18.400,00  36.800,00
    REV C           CTP-GRP, NUMUNE / SAMPLE
020 KMP-RC-12-REA   ARKA KAPAK / REAR CAP, GRP               2  AD   21.750,00  43.500,00
    REV B           NUMUNE / SAMPLE
---------------------------------------------------------------------------------
                                                 TOPLAM / TOTAL TRY       80.300,00
NOTLAR / NOTES:
 - Teklif / Quotation KK-Q-24-118 ektedir / is attached.
 - Proje: EGE CITY 12 prototip otobus / prototype bus, sasi / chassis P-03.
 - Gelcoat RAL 9016, UV stabil. Yanmazlik test raporu / flammability report
   (UN ECE R118) teslimatla birlikte / together with delivery.
 - Irsaliyede siparis no. yaziniz / quote PO no. on delivery note.
---------------------------------------------------------------------------------
Bu siparis elektronik olarak olusturulmustur, imza gerektirmez.
This order is system generated and valid without signature.
"""
_r02_q = pdf([
    ("h1", "TEKLİF / QUOTATION KK-Q-24-118"),
    ("p", "Kocaeli Kompozit A.Ş. · Gebze Güzeller OSB, 41400 Gebze / Kocaeli · www.kocaelikompozit.com.tr"),
    ("p", "To: Ege Karoser A.Ş., Satınalma / Purchasing, Ms Elif Demir. Date: 09.04.2024. "
          "Project: EGE CITY 12, roof caps."),
    ("table", [["Item", "Description", "Qty", "Unit price TRY", "Remark"],
               ["1", "Front roof cap KMP-RF-12-FRT rev C, sample", "2 pcs", "18.400,00", "hand lay-up"],
               ["2", "Rear cap KMP-RC-12-REA rev B, sample", "2 pcs", "21.750,00", "hand lay-up"],
               ["3", "Front roof cap, serial", "120 pcs / year", "11.900,00", "RTM-light"],
               ["4", "Rear cap, serial", "120 pcs / year", "13.250,00", "RTM-light"],
               ["5", "Mould set (front + rear), one-off", "1 set", "640.000,00", "property of Ege Karoser"]]),
    ("p", "Delivery: samples 5 weeks after order, serial parts 6 weeks after order. Prices ex works Gebze, "
          "excluding KDV, valid 90 days. Payment 60 days."),
    ("p", "Selin Kaya, Satış Mühendisi / Sales Engineer, +90 262 751 33 80"),
], title="KK-Q-24-118", author="Kocaeli Kompozit")
case("r02_ege_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO for 2+2 roof caps attaches a quote with 120/yr serial lines; no hold, unlock event "
     "or release person anywhere in the folder",
     [("PO_4500021877.txt", _r02_po), ("KK-Q-24-118.pdf", _r02_q)])

# ---- r03: DOCX order letter; quote figures in text; 'approved' used commercially and technically
_r03 = docx_bytes([
    ("h1", "Moselland Reisemobile GmbH – Bestellung / Purchase Order 24-0457"),
    ("p", "Trier, 16 April 2024"),
    ("p", "Changzhou Ruitai Interior Co., Ltd.\nattn. Mr Kevin Zhou\nNo. 18 Huashan Middle Road, Xinbei District\n"
          "Changzhou, Jiangsu, PR China"),
    ("p", "Dear Mr Zhou,"),
    ("p", "thank you for your quotation CRI-2024-033 of 2 April. The quotation was approved by our management "
          "board on 12 April with the following prices: pilot interior kit USD 6,900 per kit; series interior "
          "kit USD 3,950 per kit for 80 kits per year, FOB Shanghai."),
    ("p", "With this letter we order the following for our new model Mosel 640 (Fiat Ducato, 6.4 m):"),
    ("table", [["Pos", "Article", "Description", "Qty", "Amount USD"],
               ["10", "MRM-640-INT-KIT", "Interior furniture kit Mosel 640: overhead lockers, kitchen block "
                "with hob cut-out, wardrobe, dinette bench carcass; poplar ply 15 mm, HPL 'Nordic Oak'",
                "2", "13,800.00"]]),
    ("p", "The pilot kits go into prototype vehicles FZ-01 and FZ-02 in our Trier plant from week 24. They must "
          "be approved by our engineering (Ms Sabine Roth) for fit, squeak-and-rattle and weight "
          "(target ≤ 148 kg per kit)."),
    ("p", "Packing: one kit per crate, parts numbered per assembly drawing MRM-640-A-100 Rev 3. Please send "
          "the packing list and the formaldehyde certificate (E1, EN 717-1) before shipment."),
    ("p", "Please confirm this order by return."),
    ("p", "Mit freundlichen Grüßen / Kind regards"),
    ("p", "Thomas Brenner\nEinkauf / Purchasing\nMoselland Reisemobile GmbH, Zurmaiener Str. 70, 54292 Trier"),
], author="Thomas Brenner")
case("r03_moselland_order_letter", ["RG001", "RG003", "RG004", "RG005", "RG009"],
     "pilot order for 2 kits cites 80 series kits/yr with no hold; 'approved' used for management (commercial) "
     "and engineering (technical); no unlock event, no release person",
     [("Bestellung_24-0457.docx", _r03)])

# ---- r04: Teams chat, buyer confirms '2 samples, 250 series'
_r04 = """\
Chat: LS-30 body harness - Lone Star / Arneses del Bajio
Participants: Marcus Reed, Priya Natarajan (Lone Star Shuttle & Bus Co.), Luis Herrera (Arneses del Bajio)
Exported 4/16/2024 5:02 PM (UTC-05:00)

Marcus Reed  4/15/2024 9:12 AM
Morning Luis. PO 77120 went out last night for the sample harnesses - 2 sets of the LS-30 body harness (main + rear). Pls confirm you got it.

Luis Herrera  4/15/2024 9:40 AM
Buenos dias Marcus! Yes received, thank you. Just to check we have the same numbers: our quote AB-Q-0412 is 2 sample sets + 250 sets series per year, tiered price. Correct?

Marcus Reed  4/15/2024 9:44 AM
yep that's the one - 2 samples, 250 series, tier 2 pricing. Samples need to be in Waco by May 10, pilot bus goes down the line May 13.

Luis Herrera  4/15/2024 9:51 AM
Perfect. Drawing LS-E-3000 rev F or rev G? We have rev F in the quote.

Priya Natarajan  4/15/2024 10:05 AM
Rev G please - splice S14 moved 80 mm toward the rear axle and we added ground stud G7. I'll upload the PDF to the portal this afternoon.

Luis Herrera  4/15/2024 10:06 AM
ok rev G. Connectors Deutsch DT06-12S for the rear node, same as quote. Labels every 300 mm as usual?

Priya Natarajan  4/15/2024 10:11 AM
Every 300 mm, yes. And please tape the branch to the rear marker lamps, not convoluted tube - no room behind the bumper.

Marcus Reed  4/15/2024 10:20 AM
Great. Ship FedEx Intl Priority on our account 4471-0092-3, commercial invoice with HTS 8544.30. Thanks Luis!

Luis Herrera  4/15/2024 10:22 AM
Gracias, will confirm ship date tomorrow.
"""
case("r04_teams_ls30_harness", ["RG001", "RG003", "RG004", "RG005"],
     "buyer confirms PO for 2 sample harnesses and in the same breath '250 series' without saying it is not "
     "released; nothing on hold, unlock event or release person",
     [("teams_chat_LS-30_harness.txt", _r04)])

# ---- r05: supplier order confirmation books the annual forecast as an order
_r05 = pdf([
    ("h1", "ORDER CONFIRMATION OC/2024/0419"),
    ("p", "POLSIT SEATING Sp. z o.o. · ul. Przemysłowa 14, 43-300 Bielsko-Biała, Poland · NIP 547-219-83-34 · "
          "BDO 000112847"),
    ("table", [["", ""],
               ["Customer", "Nordvagn Karosseri AB, Industrigatan 12, 504 62 Borås, Sweden"],
               ["Your order", "4510009410 of 15.04.2024"],
               ["Date", "19.04.2024"],
               ["Our contact", "Katarzyna Nowak, Key Account Manager, +48 33 812 40 77"]]),
    ("sp",),
    ("table", [["Pos", "Article", "Description", "Qty", "Price EUR", "Value EUR"],
               ["1", "PS-CITY2-DRV", "Driver seat PS-City 2, pneumatic suspension, integrated 3-point belt - sample",
                "2", "1.480,00", "2.960,00"],
               ["2", "PS-CITY2-PAX", "Passenger double seat PS-City 2, moquette NV-Blue - sample", "4", "690,00",
                "2.760,00"]]),
    ("p", "Delivery of the samples: calendar week 21, DAP Borås. Test reports ECE R80 and R14 (anchorages) "
          "will be sent with the delivery."),
    ("p", "Furthermore we confirm with thanks your order for 1.200 seats for the year 2025 in accordance with your "
          "forecast of 05.04.2024, to be delivered in monthly lots of 100 seats from January 2025. Capacity for "
          "this volume has been reserved in our plant Bielsko-Biała 2."),
    ("p", "Payment: 45 days net. Our general terms of sale and delivery (OWS Polsit 2023) apply."),
    ("p", "Katarzyna Nowak"),
], title="OC/2024/0419", author="Polsit Seating")
case("r05_polsit_oc_forecast", ["RG001", "RG008"],
     "supplier order confirmation books the buyer's 2025 forecast of 1,200 seats as an order and prints it "
     "beside the 6 sample seats without saying it is not released",
     [("OC_2024_0419.pdf", _r05)])

# ---- r06: hold 'until further notice', person named, no event
_r06_txt = """\
Dear Ms Nowak,

thank you for the visit last week and for your quotation PQ-24-0087.

Attached you find our purchase order 4500031290 for two (2) prototype attendant seats PS-MED 3 (swivel, 4-point harness, integrated headrest) for our prototype ambulance RTW Typ C on Mercedes Sprinter 519 CDI. The two seats are the only quantity released under this order.

The remaining 46 seats of your quotation are not released and stay on hold until further notice. Only I can release them - please do not plan them in.

Technical points from Mr Wendt:
- seat base for our rail system KSF-R-40, pitch 25 mm
- crash requirement EN 1789:2020, 10 g, tested in the vehicle at our partner lab
- upholstery PU, resistant to blood and disinfectants, colour RAL 7035

Delivery to Kessler Sonderfahrzeuge, Werk 2, Tor 4, Ulm-Donautal, by 17 May 2024 (KW 20). Please confirm the order and the delivery date.

Mit freundlichen Gruessen
""" + sig("Jana Köhler", "Leiterin Einkauf / Head of Purchasing",
          "Kessler Sonderfahrzeuge GmbH, Donautalstr. 31, 89079 Ulm", "+49 731 40 88 12-0")
_r06_po = pdf([
    ("h1", "Bestellung / Purchase Order 4500031290"),
    ("p", "Kessler Sonderfahrzeuge GmbH · Donautalstraße 31 · 89079 Ulm · USt-IdNr. DE 811 204 557"),
    ("table", [["Lieferant / Supplier", "Polsit Seating Sp. z o.o., 43-300 Bielsko-Biała, PL (Kred.-Nr. 70 4412)"],
               ["Datum / Date", "09.04.2024"],
               ["Einkäufer / Buyer", "J. Köhler"],
               ["Lieferadresse", "Werk 2, Tor 4, Ulm-Donautal"]]),
    ("sp",),
    ("table", [["Pos", "Material", "Bezeichnung / Description", "Menge", "ME", "Preis EUR", "Wert EUR"],
               ["10", "KSF-SITZ-B3", "Betreuersitz Prototyp / attendant seat PS-MED 3, prototype", "2", "ST",
                "2.315,00", "4.630,00"]]),
    ("p", "Liefertermin / delivery date: KW 20/2024. Angebot / quotation PQ-24-0087. Zahlungsbedingung: "
          "30 Tage netto. Es gelten unsere Einkaufsbedingungen (AEB 01/2023)."),
], title="PO 4500031290", author="Kessler Sonderfahrzeuge")
_r06 = mail('"Jana Köhler" <j.koehler@kessler-sonderfahrzeuge.de>', '"Katarzyna Nowak" <k.nowak@polsit.pl>',
            "Bestellung 4500031290 - Betreuersitze Prototyp RTW / prototype attendant seats",
            "Tue, 09 Apr 2024 10:42:00 +0200", _r06_txt, html=text_to_html(_r06_txt),
            cc='"Tobias Wendt" <t.wendt@kessler-sonderfahrzeuge.de>',
            attachments=[("Bestellung_4500031290.pdf", _r06_po, PDF_MT)])
case("r06_kessler_hold_until_notice", ["RG004"],
     "2 prototype seats released, 46 on hold 'until further notice', Jana named as the only releaser, but no "
     "event unlocks the balance",
     [("Bestellung_4500031290_attendant_seats.eml", _r06)])

# ---- r07: DOCX letter, release by unnamed purchasing department
_r07 = docx_bytes([
    ("h1", "Sample order – wiring loom set NV-LOOM-18E"),
    ("p", "Nordvagn Karosseri AB · Industrigatan 12 · 504 62 Borås · Sweden"),
    ("p", "To: Jihlava Kabeláž s.r.o., Mr Martin Procházka, Pávovská 19, 586 01 Jihlava, Czech Republic"),
    ("p", "Borås, 2024-04-11. Our PO: 4510009377. Your quotation: JK-NAB-2024-061."),
    ("p", "Hello Martin,"),
    ("p", "as agreed in our Teams meeting we now order the sample loom sets for the new 18 m electric city bus "
          "body (project E18). Released now: four (4) loom sets for prototype buses P1 and P2 – one set installed "
          "and one spare per bus."),
    ("p", "The remaining 116 loom sets of the 2024 volume in your quotation are not released. The balance can be "
          "released only after sample sign-off (PPAP level 3 with 100 % continuity and hi-pot test reports) and "
          "a written production release from Nordvagn Purchasing."),
    ("p", "One loom set consists of:"),
    ("table", [["Module", "Part no.", "Rev", "Pcs per bus set"],
               ["Front loom", "NV-LOOM-18E-01", "C", "1"],
               ["Roof loom", "NV-LOOM-18E-02", "B", "1"],
               ["Rear LV loom (HV-adjacent)", "NV-LOOM-18E-03", "B", "1"],
               ["Door looms", "NV-LOOM-18E-04", "A", "3"]]),
    ("p", "Requirements: cables FLRY-B to ISO 6722-1, halogen-free where routed in the passenger area, "
          "labels every 250 mm, all connectors 100 % pull-tested. Delivery DAP Borås, plant 2, goods reception "
          "gate B, week 22."),
    ("p", "Best regards,"),
    ("p", "Johan Berg\nProject Engineer Electrical, Project E18\nNordvagn Karosseri AB\n+46 33 710 45 20"),
], author="Johan Berg")
case("r07_nordvagn_loom_sample_letter", ["RG005"],
     "4 sample loom sets released, 116 not released until PPAP sign-off and written release, but the release "
     "comes from an unnamed 'Nordvagn Purchasing'",
     [("NV_sample_order_4510009377.docx", _r07)])

# ---- r08: bare ERP sample PO
_r08 = """\
BRIGHTWATER SPECIALIST VEHICLES LTD                              PURCHASE ORDER
Kembrey Park, Swindon SN2 8UY, United Kingdom                       Page 1 of 1
================================================================================
Order No   : PO-22890                    Order Date : 22/04/2024
Supplier   : NINGBO002  Ningbo Huaxin Glazing Co., Ltd
             No. 88 Jinhai Road, Beilun District, Ningbo 315800, China
Buyer      : R.OSEI                      Terms      : 30% T/T with order,
                                                      70% before shipment
Deliver to : BSV Goods-In, Bay 3         Incoterms  : FOB Ningbo
================================================================================
Ln  Item Code        Description                       Qty UoM    Price     Value
--- ---------------- -------------------------------- ---- --- -------- ---------
001 BSV-GL-WS-442    WINDSCREEN HEATED, ARV CONV.        2 EA    386.00    772.00
                     SAMPLE - PROTOTYPE FIT CHECK
002 BSV-GL-SD-443    SIDE DOOR GLASS PRIVACY 20%         2 EA    141.50    283.00
                     SAMPLE - PROTOTYPE FIT CHECK
003 FRT-SEA          SEA FREIGHT LCL TO FELIXSTOWE       1 LOT   310.00    310.00
================================================================================
                                                    Order Total GBP   1,365.00
Notes:
  ECE R43 marking required on each pane. Heated film 12 V, 180 W max.
  Drawings BSV-D-442 iss.4 and BSV-D-443 iss.2 apply.
  Ref. your quotation HX-Q-2404-12: samples 2+2 EA, series 60 sets per year.
  Please quote PO-22890 on all correspondence and shipping documents.
  Acknowledge within 48 hours to purchasing@brightwater-sv.co.uk
================================================================================
Authorised: R. Osei (Buyer)          BSV Terms & Conditions of Purchase v9 apply
"""
case("r08_bsv_erp_sample_po", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for sample glazing (2+2 EA) cites the quote's 60 series sets/yr without saying they are not "
     "released; nothing about a balance, unlock event or release person",
     [("PO-22890.txt", _r08)])

# ===================================================================== clean, batch 1
# ---- c01: supplier quote with sample and serial tiers, alone
_c01 = pdf([
    ("h1", "QUOTATION KK-Q-24-131"),
    ("p", "Kocaeli Kompozit A.Ş. · Gebze Güzeller OSB, 41400 Gebze / Kocaeli, Türkiye"),
    ("p", "Customer: Ege Karoser A.Ş., Kemalpaşa OSB, İzmir. Attn. Mr Murat Yılmaz (R&D), Ms Elif Demir "
          "(Purchasing). Date: 24.04.2024. Project: EGE INTERCITY 13, side skirt panels."),
    ("table", [["Item", "Part", "Description", "Quantity", "Unit price EUR"],
               ["1", "KMP-SK-13-L/R", "Side skirt panel set (L+R, 6 panels), samples, hand lay-up", "2 sets",
                "2.940,00"],
               ["2", "KMP-SK-13-L/R", "Side skirt panel set, serial, 1-250 sets / year", "per call-off",
                "1.610,00"],
               ["3", "KMP-SK-13-L/R", "Side skirt panel set, serial, 251-500 sets / year", "per call-off",
                "1.480,00"],
               ["4", "KMP-SK-13-MLD", "Moulds (6), one-off", "1 lot", "48.500,00"]]),
    ("p", "Lead time: samples 4 weeks after order; serial sets 5 weeks after each call-off. Material: isophthalic "
          "polyester, gelcoat to RAL on request, fire behaviour per UN ECE R118 Annex 6."),
    ("p", "Prices ex works Gebze, excluding VAT, valid until 31.07.2024. Tooling 50 % with order, 50 % at "
          "sample delivery. Serial prices are based on the annual volume bands above; the actual volume is "
          "determined by your call-offs."),
    ("p", "Selin Kaya, Sales Engineer · selin.kaya@kocaelikompozit.com.tr · +90 262 751 33 80"),
], title="KK-Q-24-131", author="Kocaeli Kompozit")
case("c01_kk_quote_tiers", [],
     "supplier quote alone with sample and serial volume bands; authorizes nothing",
     [("Quotation_KK-Q-24-131.pdf", _c01)])

# ---- c02: Teams chat, supplier asks for go-ahead, buyer answers with full scope
_c02 = """\
[Microsoft Teams - chat export]
Chat: KTW Patiententransport - Sitze / seats (Kessler <> Polsit)

Katarzyna Nowak (Polsit) - 06.05.2024 08:51
Good morning Jana, the two prototype seats PS-MED 2 left our plant on Friday, DHL tracking 7734 1190 552. Quick question: do we have a go-ahead for the remaining 22 seats? Our upholstery line has a free slot in KW 26 and I would like to book it.

Jana Köhler (Kessler) - 06.05.2024 09:17
Hi Katarzyna, thanks for the fast shipment. No go-ahead yet, sorry.
Only the 2 prototype seats under PO 4500031415 are released. The other 22 seats stay on hold until Stefan Maier has signed off the sled test report (EN 1789, planned KW 22) and I have sent you a written production release. Please do not buy material for the 22 either.

Katarzyna Nowak (Polsit) - 06.05.2024 09:20
Understood, 2 only, nothing else before your written release. I keep the slot tentative and will release it if we hear nothing by KW 23.

Tobias Wendt (Kessler) - 06.05.2024 09:34
@Katarzyna one more point for the test: please send the torque values for the swivel lock and the ECE R14 report of the base.

Katarzyna Nowak (Polsit) - 06.05.2024 09:41
Will send today. Pozdrawiam!
"""
case("c02_teams_ktw_seats_question", [],
     "supplier asks whether there is a go-ahead; buyer answers with 2 released, 22 on hold until sled-test "
     "sign-off and Jana's written release, and no material",
     [("Teams_KTW_Sitze_export.txt", _c02)])

# ---- c03: labelled forecast
_c03 = pdf([
    ("h1", "Rolling forecast – wiring looms – 2024-05"),
    ("p", "Nordvagn Karosseri AB, Borås · to Jihlava Kabeláž s.r.o. · issued 2024-05-03 by Supply Planning"),
    ("p", "FORECAST FOR CAPACITY PLANNING ONLY. THIS IS NOT A PURCHASE ORDER AND NOT A PRODUCTION RELEASE. "
          "It gives no production or material authority. Quantities released for production are stated only "
          "in call-offs signed by Maja Ekström, Purchasing Manager."),
    ("table", [["Part no.", "Description", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Q1 2025"],
               ["NV-LOOM-12C-01", "Front loom, 12 m city", "14", "10", "16", "16", "12", "8", "42"],
               ["NV-LOOM-12C-02", "Roof loom, 12 m city", "14", "10", "16", "16", "12", "8", "42"],
               ["NV-LOOM-18E-01", "Front loom, 18 m electric", "0", "0", "4", "6", "6", "6", "24"]]),
    ("p", "Changes against the April forecast: E18 start moved from August to September (chassis supply). "
          "12 m city volume for December reduced by 4 (Oslo tender delayed)."),
    ("p", "Please return your capacity check by 2024-05-17. Questions: supply.planning@nordvagn.se"),
], title="Forecast 2024-05", author="Nordvagn Supply Planning")
case("c03_nordvagn_forecast_labelled", [],
     "rolling forecast clearly labelled as planning only, not an order or release",
     [("NV_forecast_2024-05_looms.pdf", _c03)])

# ---- c04: quoted thread, sample approved for fit check only
_c04_q = """\
On 29 Apr 2024, at 16:03, Katarzyna Nowak <k.nowak@polsit.pl> wrote:

Dear Dan,

did you have the chance to try the two sample seats in the prototype ARV? Could you confirm they are OK? We would also appreciate any feedback on the new headrest.

Best regards
Katarzyna Nowak
Key Account Manager, Polsit Seating Sp. z o.o.
"""
_c04_txt = """\
Hi Katarzyna,

yes - both sample seats are in the prototype ARV (Skoda Kodiaq-based, reg. ARV-P1) since Friday.

Sample approved for fit check only. Production is not released. Released under PO 22871 are the two (2) sample seats and nothing more; the remaining 38 seats stay on hold until the DEKRA anchorage test report has been signed off and Rachel Osei (Purchasing) sends you a written production release. Please don't schedule or buy material for them yet.

Feedback on the seats:
- headrest: good, but the adjustment detent is too soft at the top position
- seat cushion side bolster rubs on the centre console trim at full recline - we may need 10 mm less width (Rev C?)
- belt buckle colour: please black, not red

The anchorage test is booked at DEKRA Malsch for 21 May.

Cheers
Dan
""" + sig("Dan Pritchard", "Lead Design Engineer", "Brightwater Specialist Vehicles Ltd, Swindon",
          "+44 1793 550 318") + "\n" + quote_lines(_c04_q) + "\n"
_c04 = mail('"Dan Pritchard" <dan.pritchard@brightwater-sv.co.uk>', '"Katarzyna Nowak" <k.nowak@polsit.pl>',
            "RE: ARV prototype seats - feedback?", "Tue, 30 Apr 2024 11:26:00 +0100", _c04_txt,
            cc='"Rachel Osei" <rachel.osei@brightwater-sv.co.uk>', in_reply_to="<h68-c04q@polsit.pl>")
case("c04_bsv_fit_check_only", [],
     "engineer approves samples for fit check only; 2 released, 38 on hold until DEKRA sign-off and "
     "Rachel Osei's written release",
     [("RE_ARV_prototype_seats.eml", _c04)])

# ---- c05: full-quantity PO that says proceed
_c05 = pdf([
    ("h1", "PURCHASE ORDER 10350"),
    ("p", "Pennine Coachworks Ltd · Unit 4, Colne Bridge Road, Huddersfield HD5 0RH · United Kingdom"),
    ("table", [["Field", "Value"],
               ["Date", "2 May 2024"],
               ["Supplier", "Ningbo Huaxin Glazing Co., Ltd, No. 88 Jinhai Road, Beilun, Ningbo 315800, China"],
               ["Buyer", "Gareth Hughes"],
               ["Your quotation", "HX-Q-2404-77 (24 sets, single price)"],
               ["Terms", "FOB Ningbo; 30 days after B/L"]]),
    ("sp",),
    ("table", [["Line", "Part", "Description", "Qty", "Unit price USD", "Amount USD"],
               ["10", "PCW-GL-RD-221 iss.3", "Rear door glazing set (2 panes, bonded, heated lower pane)", "24",
                "268.00", "6,432.00"]]),
    ("h", "Delivery schedule"),
    ("table", [["Lot", "Sets", "Ex-works date", "For vehicles"],
               ["1", "6", "14 June 2024", "M2-0101 to M2-0106"],
               ["2", "6", "28 June 2024", "M2-0107 to M2-0112"],
               ["3", "6", "12 July 2024", "M2-0113 to M2-0118"],
               ["4", "6", "26 July 2024", "M2-0119 to M2-0124"]]),
    ("p", "This order covers the full quantity of 24 sets for the Huddersfield Council minibus contract. There "
          "is no further quantity behind it. Please proceed with the full 24 sets as per the schedule above. "
          "The rear door glazing has been fitted on our vehicles since 2022 (same part, issue 3), so no samples "
          "are needed."),
    ("p", "ECE R43 marking, PCW part number etched. Packing on returnable racks, max. 12 sets per rack."),
    ("p", "Gareth Hughes, Senior Buyer, Pennine Coachworks Ltd"),
], title="PO 10350", author="Pennine Coachworks")
case("c05_pcw_full_qty_proceed", [],
     "full-quantity PO for 24 sets (no samples, no balance) says proceed with the full 24",
     [("PO_10350.pdf", _c05)])

# ---- c06: ERP call-off with explicit staged material authority above the released quantity
_c06 = """\
RIDGELINE RV, INC.  -  SUPPLIER CALL-OFF / RELEASE                    RUN 05/06/24 07:15
2750 County Road 6 West, Elkhart IN 46514                             PAGE 1
----------------------------------------------------------------------------------------
SUPPLIER   : 40127 CHANGZHOU RUITAI INTERIOR CO LTD        CONTACT: KEVIN ZHOU
FRAME PO   : 88100  (2024 INTERIOR KITS SUMMIT 27/32 - 360 KITS FRAME, NOT RELEASED
                     EXCEPT BY CALL-OFF)
CALL-OFF   : 88100-03                                      BUYER  : D.KOWALSKI
----------------------------------------------------------------------------------------
ITEM          DESCRIPTION                        RELEASED   SHIP WK   PORT
------------- ---------------------------------- --------   -------   --------------
RRV-IK-S27    INTERIOR KIT SUMMIT 27 (CABINETRY)       24     WK 27   SHANGHAI->LGB
RRV-IK-S32    INTERIOR KIT SUMMIT 32 (CABINETRY)       16     WK 28   SHANGHAI->LGB
                                                 --------
TOTAL RELEASED THIS CALL-OFF (FABRICATION + SHIP)      40 KITS

CUMULATIVE RELEASED INCL. THIS CALL-OFF                 40 KITS
FRAME BALANCE NOT RELEASED                             320 KITS

MATERIAL AUTHORITY (STAGED):
  SUPPLIER MAY PURCHASE RAW MATERIAL (POPLAR PLY, HPL, EDGE BAND, HARDWARE) FOR UP TO
  120 KITS AT RIDGELINE'S LIABILITY. FABRICATION IS LIMITED TO THE 40 KITS RELEASED
  ABOVE. MATERIAL ABOVE 120 KITS IS AT SUPPLIER'S RISK.

NEXT RELEASE:
  THE FRAME BALANCE IS RELEASED ONLY BY THE NEXT CALL-OFF (88100-04), SIGNED BY
  DANA KOWALSKI, PURCHASING MANAGER. PLANNED ISSUE DATE 06/03/24 - NOT A COMMITMENT.

REMARKS:
  PACK 1 KIT PER CRATE, CRATE LABEL WITH VIN SLOT. ISPM-15 STAMPED WOOD ONLY.
  CARB P2 / TSCA TITLE VI COMPLIANCE STATEMENT REQUIRED WITH EACH SHIPMENT.
----------------------------------------------------------------------------------------
ISSUED BY: D.KOWALSKI                                  *** END OF CALL-OFF ***
"""
case("c06_ridgeline_calloff_staged", [],
     "call-off releases 40 kits with an explicit staged material authority up to 120 kits; 320 frame balance "
     "not released until next call-off signed by Dana Kowalski",
     [("CALLOFF_88100-03.txt", _c06)])

# ---- c07: explicit recorded auto-conversion
_c07 = docx_bytes([
    ("h1", "Supply agreement – city bus seats PS-City 2 – project C12-2024"),
    ("p", "Between Nordvagn Karosseri AB, Borås (buyer) and Polsit Seating Sp. z o.o., Bielsko-Biała (supplier). "
          "Reference: PO 4510009455, quotation PQ-24-0131."),
    ("h", "1. Order lines"),
    ("table", [["Line", "Scope", "Quantity", "Status"],
               ["10", "Sample seats PS-City 2 (2 driver, 4 passenger double)", "6", "released"],
               ["20", "Production seats PS-City 2 for buses C12-0001 to C12-0029", "174", "on hold – see clause 4"]]),
    ("h", "2. Sample sign-off"),
    ("p", "The samples are assessed under PPAP level 3. The Part Submission Warrant is signed by Per Sandberg, "
          "Quality Engineer, with one of the dispositions approved, interim or rejected."),
    ("h", "3. Material authority"),
    ("p", "Sample-only until line 20 is released. Polsit buys no material for line 20 before that."),
    ("h", "4. Auto-conversion (recorded)"),
    ("p", "Nordvagn and Polsit agree the following auto-conversion: line 20 (174 seats) is released for "
          "production automatically on the day Per Sandberg signs the Part Submission Warrant for the sample "
          "seats with the disposition 'approved', provided that (a) this happens on or before 30 June 2024 and "
          "(b) the seat design is Rev E as sampled. No further document is needed in that case."),
    ("p", "If the disposition is interim or rejected, or the date has passed, line 20 stays on hold until "
          "Maja Ekström, Purchasing Manager, issues a written production release."),
    ("p", "This auto-conversion was recorded by Maja Ekström, Purchasing Manager, on 2 May 2024 and "
          "acknowledged by Katarzyna Nowak, Key Account Manager, Polsit, on 3 May 2024."),
    ("h", "5. Delivery"),
    ("p", "Samples DAP Borås week 21. Production seats in ship sets per bus (6 seats per bus), sequence per "
          "Nordvagn build plan, max. 4 ship sets per truck."),
    ("sp",),
    ("table", [["For Nordvagn Karosseri AB", "For Polsit Seating Sp. z o.o."],
               ["Maja Ekström, Purchasing Manager", "Katarzyna Nowak, Key Account Manager"],
               ["2024-05-02", "2024-05-03"]]),
], author="Maja Ekström")
case("c07_nordvagn_auto_conversion", [],
     "explicit recorded auto-conversion naming quantity (174), signer (Per Sandberg), conditions and date; "
     "6 samples released, fallback written release by Maja Ekström",
     [("Supply_agreement_C12-2024_seats.docx", _c07)])


# ===================================================================== BATCH 2
# ---- r09: WhatsApp export, 3 sample sets then '5 sample sets'; hold until further notice, nobody named
_r09 = """\
WhatsApp Chat - EGE CITY 12 cam / glazing
[18.04.2024 09:02] Elif Demir (Ege Karoser): Hakan Bey merhaba, PO 4500022010 gonderildi / sent. Only 3 sample window sets for the prototype bus EGE CITY 12 (P-03). The rest, 57 sets, stays on hold until further notice.
[18.04.2024 09:15] Hakan Aydin (Bursa Cam): Elif Hanim gunaydin, received, tesekkurler. Glass tint 50% grey or 30%? Drawing says only "tinted".
[18.04.2024 09:31] Murat Yilmaz (Ege Karoser): 30% as per EGE-W-1204 rev C, note 7. Also frit band 80 mm, not 60.
[18.04.2024 09:33] Hakan Aydin (Bursa Cam): Tamam, 30% and 80 mm frit. Samples ready 10.05.
[25.04.2024 16:20] Hakan Aydin (Bursa Cam): <attached: EGE-W-1204_frit_check.pdf>
[25.04.2024 16:41] Murat Yilmaz (Ege Karoser): ok 👍
[02.05.2024 14:47] Elif Demir (Ege Karoser): Hakan Bey, prototype moved forward one week. Please make sure the 5 sample sets are at our gate in Kemalpasa by Friday 10.05, latest 17:00.
[02.05.2024 14:52] Hakan Aydin (Bursa Cam): We do our best. Truck booked for 09.05 evening, arrives Friday morning.
[02.05.2024 14:53] Elif Demir (Ege Karoser): Cok tesekkurler 🙏
"""
case("r09_whatsapp_ege_glazing", ["RG004", "RG005", "RG011"],
     "buyer first releases 3 sample sets, later asks for '5 sample sets' on the same PO; balance on hold "
     "'until further notice' with no event and nobody named to release it",
     [("WhatsApp_EGE_CITY_12_cam.txt", _r09)])

# ---- r10: release of 'the first batch' with no quantity
_r10_att = """\
NORDVAGN KAROSSERI AB - QUALITY
PPAP SUMMARY  PS-City 2 seats, project C12-2024, supplier Polsit Seating (S-1187)
-----------------------------------------------------------------------------
Submission level      : 3
Drawing / rev         : NV-ST-2210 rev E
Dimensional results   : all characteristics within tolerance (report DIM-0512)
Material / flammab.   : FMVSS 302 / ISO 3795 passed (report FL-0509)
Anchorages            : ECE R14 report TUV-PL-24-1187 on file
Appearance            : OK, moquette NV-Blue matches master sample
Disposition           : APPROVED (technical sign-off of the sample seats)
Signed                : Per Sandberg, Quality Engineer, 2024-05-14
-----------------------------------------------------------------------------
Note: a PPAP disposition is a technical sign-off. It gives no production
quantity; production quantities come from Purchasing.
"""
_r10_txt = """\
Hi Katarzyna,

the pilot seats passed the sign-off on Tuesday - Per's PPAP summary is attached.

You can now release the first batch to production. The remainder of line 20 stays on hold; it will be released by the next call-off, which I will sign myself once the first buses have been through the water test.

Delivery as usual in ship sets per bus, DAP Borås, plant 2, gate B. Please send the updated delivery plan by Friday.

Thanks to you and Piotr for the quick turnaround on the wheel-arch shim.

Best regards
Maja
""" + sig("Maja Ekström", "Purchasing Manager", "Nordvagn Karosseri AB, Borås", "+46 33 710 45 02")
_r10 = mail('"Maja Ekström" <maja.ekstrom@nordvagn.se>', '"Katarzyna Nowak" <k.nowak@polsit.pl>',
            "PO 4510009460 - PS-City 2 seats - production release", "Thu, 16 May 2024 13:05:00 +0200", _r10_txt,
            cc='"Per Sandberg" <per.sandberg@nordvagn.se>, "Piotr Zielinski" <p.zielinski@polsit.pl>',
            attachments=[("PPAP_summary_PS-City2.txt", _r10_att, "text/plain")])
case("r10_nordvagn_first_batch", ["RG010"],
     "written release by Maja (hold on remainder, next call-off as unlock) but 'the first batch' never "
     "gets a quantity",
     [("PO_4510009460_production_release.eml", _r10)])

# ---- r11: Slack export, 'go ahead with the pilot sets', quantity never given
_r11 = """\
Slack export - #ridgeline-changzhou-summit32 (times US/Eastern)

2024-05-07 08:03  Dana Kowalski
Kevin, go ahead with the pilot sets for the Summit 32 build. The 45 production kits on PO 88127 line 2 are NOT released - they wait for our pilot build sign-off and a written release from me.

2024-05-07 08:41  Kevin Zhou
Thank you Dana. Pilot sets only, understood. How many sets do you need for the pilot build? The quotation had option A with 2 sets and option B with 3 sets.

2024-05-07 09:10  Kyle Brandt
Kevin pls use the rev D galley drawing, the sink cut-out moved 40 mm toward the entry door.

2024-05-07 09:12  Kevin Zhou
OK, rev D. We will send the updated cut list today.

2024-05-07 09:30  Dana Kowalski
Whatever works best for your line, you know our pilot schedule. Ship by air on our FedEx account, the pilot build starts June 17.

2024-05-07 09:31  Kevin Zhou
:thumbsup:
"""
case("r11_slack_summit32_pilot", ["RG010"],
     "buyer releases 'the pilot sets' (hold, event and Dana named for the 45) but when asked 2 or 3 never "
     "states the pilot quantity",
     [("slack_ridgeline-changzhou-summit32.txt", _r11)])

# ---- r12: 'could you make us some samples'
_r12_txt = """\
Hi Selin,

hope you're well and the new press is behaving.

Claire and I went through your budget figures for the GRP rear dome (drg PCW-RD-220 rev A) and they look sensible.

Could you make us some samples of the dome for prototype PV-3? We'd like to trial-fit them on the body-in-white in early June. A PO number will follow from the system - please use 10311 as a reference for now.

Gelcoat white RAL 9010. The rear light apertures can be left uncut on the samples, we'll cut them here with the template.

Cheers
Gareth
""" + sig("Gareth Hughes", "Senior Buyer", "Pennine Coachworks Ltd, Huddersfield", "+44 1484 220 731")
_r12 = mail('"Gareth Hughes" <gareth.hughes@penninecoachworks.co.uk>',
            '"Selin Kaya" <selin.kaya@kocaelikompozit.com.tr>', "Rear dome PCW-RD-220 - samples for PV-3",
            "Wed, 24 Apr 2024 15:12:00 +0100", _r12_txt,
            cc='"Claire Whitaker" <claire.whitaker@penninecoachworks.co.uk>')
case("r12_pcw_some_samples", ["RG003", "RG004", "RG005", "RG010"],
     "buyer asks for 'some samples' with a PO reference: no quantity, nothing about the balance, no unlock "
     "event, no release person",
     [("Rear_dome_samples_PV-3.eml", _r12)])

# ---- r13: start prototype looms now, no prototype quantity
_r13_txt = """\
Dear Martin,

please start on the prototype looms for the ARV conversion (drawing BSV-E-610 issue 2, your quotation JK-BSV-24-019) now, so that they are here for our prototype build in week 24.

The series quantity in your quotation (60 loom sets) is not released. It will only be released after the prototype looms have passed our EMC check at Millbrook and Rachel Osei, our Purchasing Manager, has issued a written production release.

Please send the connector BOM and the crimp height records with your confirmation. Delivery DAP Swindon, Kembrey Park, goods-in bay 3.

Kind regards
Dan
""" + sig("Dan Pritchard", "Lead Design Engineer", "Brightwater Specialist Vehicles Ltd, Swindon",
          "+44 1793 550 318")
_r13 = mail('"Dan Pritchard" <dan.pritchard@brightwater-sv.co.uk>',
            '"Martin Procházka" <m.prochazka@jihlava-kabelaz.cz>', "ARV conversion - prototype looms, please start",
            "Mon, 29 Apr 2024 08:47:00 +0100", _r13_txt,
            cc='"Rachel Osei" <rachel.osei@brightwater-sv.co.uk>')
case("r13_bsv_start_proto_looms", ["RG010"],
     "start prototype looms now; 60 series sets not released until EMC check and Rachel Osei's written "
     "release, but the prototype quantity is never stated",
     [("ARV_prototype_looms_start.eml", _r13)])

# ---- r14: Teams channel, engineer: 'approved, go ahead' on a drawing revision
_r14 = """\
Microsoft Teams - Kanal "RTW Typ C - Kabelbaum" (Kessler / Jihlava Kabelaz)

[11.04.2024 08:12] Jana Köhler
Dobrý den Martin, PO 4500031301 is out: 3 prototype looms only. The balance of 57 looms is not released; it waits for the TÜV §21 acceptance of the prototype RTW and my written production release.

[11.04.2024 08:30] Martin Procházka
Thank you Jana, 3 prototypes confirmed. Drawing KSF-E-5500 rev C?

[15.04.2024 13:05] Tobias Wendt
Rev D is coming, the fuse box moves to the B-pillar.

[22.04.2024 10:44] Martin Procházka
Drawing KSF-E-5500 rev D is in your portal. Changes vs rev C: fuse box at B-pillar, CAN termination 120 Ohm added at node 4, wire W212 now 2,5 mm². OK for you?

[22.04.2024 11:58] Tobias Wendt
looked at it, all fine 👍 approved, go ahead

[22.04.2024 12:01] Martin Procházka
Super, děkuji!
"""
case("r14_teams_rtw_loom_go_ahead", ["RG002"],
     "scope is complete (3 released, 57 held until TÜV + Jana's release) but the engineer answers a drawing "
     "question with an unscoped 'approved, go ahead'",
     [("Teams_RTW_TypC_Kabelbaum.txt", _r14)])

# ---- r15: quoted thread, supplier 'Can we go?', buyer 'Go ahead.'
_r15_q2 = """\
From: Thomas Brenner <t.brenner@moselland-reisemobile.de>
Sent: Monday, 15 April 2024 10:02
To: Kevin Zhou <kevin.zhou@ruitai-interior.cn>
Subject: PO 24-0480 - pilot kits Mosel 590

Dear Kevin,

attached our PO 24-0480 for 2 pilot interior kits Mosel 590. Only these 2 kits are released. The 78 series kits from your quotation are not released until the pilot kits have been signed off in our prototype and I have sent you a written production release.

Best regards
Thomas Brenner, Einkauf / Purchasing
"""
_r15_q1 = """\
From: Kevin Zhou <kevin.zhou@ruitai-interior.cn>
Sent: Thursday, 9 May 2024 04:18
To: Thomas Brenner <t.brenner@moselland-reisemobile.de>
Subject: RE: PO 24-0480 - pilot kits Mosel 590

Dear Thomas,

good news: the 2 pilot kits for PO 24-0480 are finished and packed, photos attached. Our production line is also ready and the plywood could be ordered this week. Can we go?

Best regards
Kevin Zhou
Sales Manager Europe, Changzhou Ruitai Interior Co., Ltd.

""" + quote_lines(_r15_q2)
_r15_txt = """\
Hi Kevin,

great news, thank you and the team. Go ahead.

Best, Thomas

Thomas Brenner | Einkauf / Purchasing | Moselland Reisemobile GmbH | Zurmaiener Str. 70 | 54292 Trier
Tel. +49 651 99 47 30-21 | Amtsgericht Wittlich HRB 40877 | Geschäftsführer: Peter Lenz

""" + quote_lines(_r15_q1) + "\n"
_r15 = mail('"Thomas Brenner" <t.brenner@moselland-reisemobile.de>', '"Kevin Zhou" <kevin.zhou@ruitai-interior.cn>',
            "RE: RE: PO 24-0480 - pilot kits Mosel 590", "Thu, 09 May 2024 08:36:00 +0200", _r15_txt,
            in_reply_to="<h68-r15q1@ruitai-interior.cn>")
case("r15_moselland_go_ahead_reply", ["RG002"],
     "quoted PO scope is complete (2 released, 78 held, sign-off + Thomas's written release); supplier asks "
     "'Can we go?' about the line and plywood, buyer replies an unscoped 'Go ahead.'",
     [("RE_PO_24-0480_pilot_kits.eml", _r15)])

# ---- r16: DOCX minutes with 'green light' for starting
_r16 = docx_bytes([
    ("h1", "Minutes – pilot build review C12, seats"),
    ("p", "Place / date: Nordvagn Karosseri AB, Borås, plant 2, meeting room Viskan, 2024-05-14, 09:00–11:30"),
    ("p", "Participants: Maja Ekström (Purchasing), Per Sandberg (Quality), Lars Nyström (Production), "
          "Katarzyna Nowak (Polsit, Key Account), Piotr Zieliński (Polsit, Operations)"),
    ("p", "Distribution: participants, Polsit sales office, Nordvagn project C12 team site"),
    ("table", [["#", "Topic", "Discussion / decision", "Who", "When"],
               ["1", "Order status", "PO 4510009482 released 6 sample seats (line 10, delivered in week 19). Line 20, 174 production "
                "seats: not released. Production release only by a written release from Maja Ekström after PPAP "
                "sign-off by Per Sandberg.", "info", "-"],
               ["2", "Fit in pilot bus C12-P1", "Driver seat OK. Double seats row 3 LH: 12 mm interference with the "
                "wheel-arch trim. Polsit to check a 12 mm shim under the outer foot.", "PZ", "wk 21"],
               ["3", "Anchorages", "ECE R14 report received and approved by Per Sandberg. Torque check of the "
                "rail clamps during the pilot build: OK, 45 Nm.", "PS", "done"],
               ["4", "Start", "Polsit asked whether they may start, to keep the June slot in Bielsko-Biała 2. "
                "Nordvagn: green light.", "-", "-"],
               ["5", "Packaging", "Ship sets per bus (6 seats) on returnable racks NV-R6, max. 4 racks per truck. "
                "Rack cost EUR 85 per rack approved by Maja Ekström.", "KN", "wk 22"],
               ["6", "Next meeting", "Teams call after the water test of C12-P1.", "ME", "wk 23"]]),
    ("p", "Minutes: Lars Nyström, 2024-05-14. Corrections within 3 working days, otherwise accepted."),
], author="Lars Nyström")
case("r16_nordvagn_minutes_green_light", ["RG002", "RG009"],
     "minutes record complete scope in item 1, but item 4 answers 'may we start' with an unscoped "
     "'green light'; 'approved' used for the R14 report (technical) and rack cost (commercial)",
     [("Minutes_pilot_build_review_C12_seats.docx", _r16)])

# ---- r17: HTML portal, pilot qty TBD, engineering 'Good to run.'
_r17 = html_page("Ridgeline RV Supplier Portal - PO 88163", """
<h2>Ridgeline RV Supplier Portal &rsaquo; Purchase orders &rsaquo; PO 88163</h2>
<p>Supplier: <b>Interiores Saltillo S.A. de C.V.</b> (40219) &middot; Buyer: Dana Kowalski &middot;
Created 05/02/2024 &middot; Currency USD &middot; Terms FCA Laredo TX</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit price</th><th>Status</th></tr>
<tr><td>1</td><td>RRV-DN-S32-P</td><td>Dinette upholstery kit Summit 32 (4 cushions, 2 backrests), pilot</td><td>Pilot</td><td>TBD</td><td>412.00</td><td>Open</td></tr>
<tr><td>2</td><td>RRV-DN-S32</td><td>Dinette upholstery kit Summit 32</td><td>Production</td><td>60</td><td>236.50</td><td>ON HOLD &ndash; not released</td></tr>
</table>
<div class="note"><b>Line 2</b> is released only by a written release from Dana Kowalski, Purchasing Manager,
after the pilot build sign-off (Summit 32 pilot, week 25). Material authority: pilot only.</div>
<h3>Engineering comments</h3>
<table>
<tr><th>Date</th><th>By</th><th>Comment</th></tr>
<tr><td>05/06/2024</td><td>K. Brandt</td><td>Foam spec changed to 1.8 lb HR, 4 in seat / 3 in back. CAL TB 117-2013 label required.</td></tr>
<tr><td>05/08/2024</td><td>K. Brandt</td><td>Pilot pattern set frozen at rev C, fabric Sierra Tweed SW-114. Good to run.</td></tr>
</table>
<h3>Documents</h3>
<ul><li>RRV-DN-S32 pattern set rev C.pdf</li><li>Ridgeline Supplier Quality Manual rev 7.pdf</li>
<li>Packaging std PK-03 (1 kit per carton, kit label with VIN slot).pdf</li></ul>
<p style="color:#777">Ridgeline RV, Inc. &middot; 2750 County Road 6 West, Elkhart IN 46514 &middot; supplierportal.ridgelinerv.com</p>
""")
case("r17_ridgeline_portal_good_to_run", ["RG002", "RG010"],
     "portal PO: pilot line qty TBD (no active quantity) and engineering comment 'Good to run.' unscoped; "
     "line 2 hold, unlock event and Dana named",
     [("portal_PO_88163.html", _r17)])

# ---- r18: Turkish buyer, advance paid, 'so you can go ahead'
_r18_q2 = """\
From: Elif Demir <elif.demir@egekaroser.com.tr>
Date: 22 Apr 2024 11:05
To: Amy Chen <amy.chen@huaxinglass.com>
Subject: PO 4500022105 - driver side windows EGE CITY 12

Dear Amy,

PO 4500022105 attached: 4 sample sets of the driver side window (EGE-W-1210 rev B) for our prototype EGE CITY 12. Only the 4 sample sets are released. The balance of 116 sets is not released until the homologation test (UN R43 at TSE) is passed and I send you a written production release.

Best regards, Elif Demir, Satinalma Muduru / Purchasing Manager
"""
_r18_q1 = """\
From: Amy Chen <amy.chen@huaxinglass.com>
Date: 23 Apr 2024 09:40
To: Elif Demir <elif.demir@egekaroser.com.tr>
Subject: RE: PO 4500022105 - driver side windows EGE CITY 12

Dear Elif,

thank you for the PO. Samples ex-works 20 May. For the mass production please kindly note our policy: we need 30% advance of the total order value (PI HX-PI-24-090) before we can schedule the production.

Best regards
Amy Chen, Export Sales, Ningbo Huaxin Glazing Co., Ltd.

""" + quote_lines(_r18_q2)
_r18_txt = """\
Dear Amy,

advance payment 30% of the total value of PI HX-PI-24-090 is done today, SWIFT copy is attached. So you can go ahead.

Please send us the packing plan for the racks.

Best regards,
Elif Demir
Satınalma Müdürü / Purchasing Manager
Ege Karoser Otomotiv San. ve Tic. A.Ş., Kemalpaşa OSB, İzmir
Tel +90 232 877 40 12

""" + quote_lines(_r18_q1) + "\n"
_r18 = mail('"Elif Demir" <elif.demir@egekaroser.com.tr>', '"Amy Chen" <amy.chen@huaxinglass.com>',
            "RE: RE: PO 4500022105 - driver side windows EGE CITY 12", "Mon, 29 Apr 2024 14:22:00 +0300",
            _r18_txt, in_reply_to="<h68-r18q1@huaxinglass.com>",
            attachments=[("SWIFT_MT103_20240429.pdf", pdf([
                ("h", "MT103 - Single Customer Credit Transfer (copy)"),
                ("pre", ":20:EGEK240429-0113\n:32A:240429USD10056,00\n:50K:/TR33 0006 1005 1978 6457 8413 26\n"
                        "EGE KAROSER OTOMOTIV SAN VE TIC AS\n:59:/CN72 1234 5678 9012 3456\n"
                        "NINGBO HUAXIN GLAZING CO LTD\n:70:PI HX-PI-24-090 ADVANCE 30 PCT\n:71A:SHA"),
            ], title="MT103", author="bank"), PDF_MT)])
case("r18_ege_advance_go_ahead", ["RG002", "RG012"],
     "after the supplier asks for 30% advance before scheduling mass production, the buyer pays and writes "
     "'So you can go ahead' - payment as release, unscoped go-ahead (quoted scope is complete)",
     [("RE_PO_4500022105_advance.eml", _r18)])

# ===================================================================== clean, batch 2
# ---- c08: supplier says deposit does not release production
_c08_q = """\
From: Dana Kowalski <dkowalski@ridgelinerv.com>
Sent: Monday, May 6, 2024 4:51 PM
To: Kevin Zhou <kevin.zhou@ruitai-interior.cn>
Subject: Deposit - PI CR-PI-24-051

Kevin,

deposit wired today for the tooling + 3 pilot kits per PI CR-PI-24-051 (USD 8,400). The 3 pilot kits are released; the 45 production kits are not released - I will send a written release after our pilot build sign-off.

Dana Kowalski
Purchasing Manager, Ridgeline RV, Inc.
"""
_c08_txt = """\
Dear Dana,

we confirm receipt of the deposit USD 8,400 (tooling + 3 pilot kits, PI CR-PI-24-051) today.

Please note the deposit does not release production. We will build only the 3 pilot kits and will not buy material for or schedule the 45 production kits until we receive your written production release.

Pilot kits ETD Shanghai May 30, by air to Chicago ORD as agreed. We will send the CARB compliance statement and the packing list 2 days before.

Best regards
Kevin Zhou
Sales Manager, Changzhou Ruitai Interior Co., Ltd.
No. 18 Huashan Middle Road, Xinbei District, Changzhou, Jiangsu, China
Tel +86 519 8512 3307

""" + quote_lines(_c08_q) + "\n"
_c08 = mail('"Kevin Zhou" <kevin.zhou@ruitai-interior.cn>', '"Dana Kowalski" <dkowalski@ridgelinerv.com>',
            "RE: Deposit - PI CR-PI-24-051", "Tue, 07 May 2024 09:14:00 +0800", _c08_txt,
            in_reply_to="<h68-c08q@ridgelinerv.com>")
case("c08_ruitai_deposit_no_release", [],
     "supplier confirms deposit and states it does not release production; quoted buyer scope: 3 pilot kits, "
     "45 not released until pilot sign-off and Dana's written release",
     [("RE_Deposit_CR-PI-24-051.eml", _c08)])

# ---- c09: supplier acknowledgement restating the hold
_c09 = pdf([
    ("h1", "Auftragsbestätigung / Order acknowledgement AB-24-1187"),
    ("p", "Morava Profil s.r.o. · Tř. Tomáše Bati 1640, 760 01 Zlín, Czech Republic · IČ 26 91 44 18"),
    ("table", [["", ""],
               ["Customer", "Moselland Reisemobile GmbH, Zurmaiener Str. 70, 54292 Trier"],
               ["Your order", "24-0512 of 22.04.2024, Mr Thomas Brenner"],
               ["Date", "25.04.2024"],
               ["Contact", "Jan Dvořák, obchod / sales, +420 577 104 262"]]),
    ("sp",),
    ("table", [["Pos", "Article", "Description", "Quantity", "Status"],
               ["10", "MR-AL-540/541/542", "Roof rail profile set, EN AW-6060 T66, anodised E6/C-0, sample",
                "3 sets (approx. 42 m)", "released – in production"],
               ["20", "MR-AL-540/541/542", "Roof rail profile set, production", "2.400 m",
                "on hold – not released"],
               ["30", "DIE-540-542", "Extrusion dies (3 pcs)", "1 lot", "released – EUR 4.650,00"]]),
    ("p", "Acknowledged scope: we produce only the 3 sample sets of position 10 and the dies of position 30. "
          "Position 20 (2.400 m) stays on hold until your sample sign-off and a written release by Mr Thomas "
          "Brenner. We will not buy billets for position 20 before that release."),
    ("p", "Delivery of the samples: CW 20, DAP Trier, in wooden crates (length 6.100 mm). Tolerances per "
          "EN 755-9, surface per DIN 17611."),
    ("p", "Jan Dvořák"),
], title="AB-24-1187", author="Morava Profil")
case("c09_morava_ack_hold", [],
     "supplier acknowledgement restates 3 sample sets released, 2.400 m on hold until sign-off and Thomas "
     "Brenner's written release, no billets for the balance",
     [("AB-24-1187_Morava_Profil.pdf", _c09)])

# ---- c10: sample PO full of identifiers that look like quantities
_c10 = pdf([
    ("h1", "Bestellung / Purchase Order 4500031502"),
    ("p", "Kessler Sonderfahrzeuge GmbH · Donautalstraße 31 · 89079 Ulm · ISO 9001:2015 · DIN EN 1789:2020"),
    ("table", [["", ""],
               ["Lieferant / Supplier", "Jihlava Kabeláž s.r.o., Pávovská 19, 586 01 Jihlava, CZ"],
               ["Datum / Date", "06.05.2024"],
               ["Angebot / Offer", "JK-KSF-2024-300 of 26.04.2024"],
               ["Fahrzeug / Vehicle", "RTW Typ C, Mercedes Sprinter 519 CDI, EG-Typgenehmigung e1*2007/46*1200*00"]]),
    ("sp",),
    ("table", [["Pos", "Part no. / Rev", "Description", "Qty", "Unit", "EUR"],
               ["10", "4000-1200-500 / Rev 12", "Kabelbaum Aufbau / body loom, sample, DRG 7500 Rev 12",
                "2", "ST", "2 × 1.185,00"],
               ["20", "4000-1200-510 / Rev 3", "Adapterleitung / adapter lead 12 V / 150 A, sample", "2", "ST",
                "2 × 96,40"]]),
    ("p", "Cables FLRY-B 0,75 mm² to 6 mm² per ISO 6722-1, protection class IP6K9K at the roof feed-through, "
          "labelling per KSF-N-1500 every 250 mm. Crimp per DIN EN 60352-2."),
    ("p", "Scope of this order: it releases the 2 sample looms (pos 10) and 2 sample adapter leads (pos 20) "
          "only. The series quantity of 60 looms in your offer is not released. Release of the series "
          "requires the TÜV acceptance of the prototype vehicle (§ 21 StVZO) and a written production release "
          "by Jana Köhler, Head of Purchasing. Material authority: samples only."),
    ("p", "Liefertermin / delivery: KW 21/2024, DAP Ulm, Werk 2, Tor 4. Zahlung 30 Tage netto."),
    ("p", "Jana Köhler, Leiterin Einkauf"),
], title="PO 4500031502", author="Kessler Sonderfahrzeuge")
case("c10_kessler_po_identifiers", [],
     "sample PO with complete scope (2+2 released, 60 held until TÜV + Jana's release) and many identifiers "
     "that look like quantities (4000-1200-500, Rev 12, *1200*, 150 A, ISO 9001:2015)",
     [("Bestellung_4500031502.pdf", _c10)])

# ---- c11: buyer portal page with line status
_c11 = html_page("Nordvagn Supplier Portal - PO 4510009501", """
<h2>Nordvagn Supplier Portal</h2>
<p>Purchase order <b>4510009501</b> &middot; Supplier: Bursa Cam Sanayi ve Ticaret A.&#350;. (S-2033) &middot;
Project E18 &middot; Buyer: Maja Ekstr&ouml;m &middot; Issued 2024-05-06</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit</th><th>Status</th><th>Delivery</th></tr>
<tr><td>10</td><td>NV-GL-18E-SW</td><td>Side window set 18 m E-bus, sample (12 panes per set)</td><td>3</td><td>set</td><td>RELEASED</td><td>2024-06-03 DAP Bor&aring;s</td></tr>
<tr><td>20</td><td>NV-GL-18E-SW</td><td>Side window set 18 m E-bus, production</td><td>77</td><td>set</td><td>ON HOLD &ndash; not released</td><td>&ndash;</td></tr>
</table>
<div class="note">
<b>Scope:</b> only line 10 (3 sample sets) is released. Line 20 is released only after sample sign-off by
Per Sandberg (Quality) <i>and</i> a written production release from Maja Ekstr&ouml;m, Purchasing Manager.
Material authority: sample-only.
</div>
<h3>Documents</h3>
<table>
<tr><th>Document</th><th>Rev</th><th>Date</th></tr>
<tr><td>NV-GL-18E-SW drawing set</td><td>D</td><td>2024-04-30</td></tr>
<tr><td>Nordvagn packaging instruction NV-PK-12 (A-frame racks)</td><td>4</td><td>2023-11-02</td></tr>
<tr><td>Quality requirements glazing NV-QR-210 (UN R43, R118 seal)</td><td>2</td><td>2024-01-15</td></tr>
</table>
<p>Please acknowledge the PO with the button below within 3 working days.</p>
<p><button disabled>Acknowledge</button></p>
""")
case("c11_nordvagn_portal_line_status", [],
     "buyer portal: line 10 (3 sample sets) released, line 20 (77) on hold until Per Sandberg sign-off and "
     "Maja Ekström written release; sample-only material",
     [("NV_portal_PO_4510009501.html", _c11)])

# ---- c12: forwards an old budget quote (rfc822) and declares it informational
_c12_old = mail('"Selin Kaya" <selin.kaya@kocaelikompozit.com.tr>',
                '"Gareth Hughes" <gareth.hughes@penninecoachworks.co.uk>',
                "Budgetary quotation KK-BQ-23-077 - GRP rear dome", "Tue, 17 Oct 2023 10:31:00 +0300",
                """\
Dear Gareth,

as requested, our budgetary figures for the GRP rear dome of your new M2 body:

- rear dome, GRP, RAL 9010 gelcoat: 300 pcs per year, EUR 410,00 each
- moulds: EUR 22.000, one-off
- samples from soft tooling: EUR 1.150,00 each

Figures are budgetary, based on the sketch of 12.10.2023, no drawing yet.

Best regards
Selin Kaya, Sales Engineer, Kocaeli Kompozit A.S.
""", msgid="<h68-c12-old@kocaelikompozit.com.tr>")
_c12_txt = """\
Selin,

I'm forwarding your budget quote from last October, for reference only. The 300 domes in it were a budget figure for our 2025 plan - not an order and not a release.

Our PO 10318 releases four (4) sample rear domes only. The production quantity is not released until Claire Whitaker has signed off the trial fit on PV-3 and I have sent you a written production release.

Could you please re-quote the sample price against the attached drawing rev A? The dome grew 40 mm at the roof joint since the sketch.

Thanks
Gareth
""" + sig("Gareth Hughes", "Senior Buyer", "Pennine Coachworks Ltd, Huddersfield", "+44 1484 220 731")
_c12 = mail('"Gareth Hughes" <gareth.hughes@penninecoachworks.co.uk>',
            '"Selin Kaya" <selin.kaya@kocaelikompozit.com.tr>', "FW: Budgetary quotation KK-BQ-23-077 - GRP rear dome",
            "Thu, 02 May 2024 11:48:00 +0100", _c12_txt,
            cc='"Claire Whitaker" <claire.whitaker@penninecoachworks.co.uk>',
            attachments=[("rfc822", _c12_old),
                         ("PCW-RD-220_revA.pdf", pdf([
                             ("h1", "PCW-RD-220 rev A - Rear dome, GRP"),
                             ("table", [["Item", "Value"], ["Material", "GRP, isophthalic, 4 mm nominal"],
                                        ["Gelcoat", "RAL 9010"], ["Weight", "≤ 18 kg"],
                                        ["General tolerances", "ISO 2768-c"], ["Drawn / checked", "CW / GH"]]),
                         ], title="PCW-RD-220 rev A", author="Pennine Coachworks"), PDF_MT)])
case("c12_pcw_fwd_budget_quote_info", [],
     "old budget quote for 300 domes forwarded as rfc822 and declared reference-only; PO covers 4 samples, "
     "production held until Claire's trial-fit sign-off and Gareth's written release",
     [("FW_Budgetary_quotation_KK-BQ-23-077.eml", _c12)])

# ---- c13: supplier assumes roll-over (quoted), buyer corrects
_c13_q = """\
From: Hakan Aydın <hakan.aydin@bursacam.com.tr>
Date: 7 May 2024 17:12
To: Elif Demir <elif.demir@egekaroser.com.tr>
Subject: PO 4500022140 - numune / samples

Elif Hanım merhaba,

samples will be at your plant on 14.05. Once the samples are OK we will directly go into the remaining 196 sets to catch your June schedule, our furnace has capacity in week 23.

Saygılarımla / Best regards
Hakan Aydın, Satış / Sales, Bursa Cam Sanayi ve Ticaret A.Ş.
"""
_c13_txt = """\
Hakan Bey merhaba,

thank you for the date, 14.05 is fine. But no: sample approval does not release the 196 sets.

Only the 4 sample sets under PO 4500022140 are released now. The balance of 196 sets remains on hold until the homologation test at TÜV Türk is passed and I send you a separate written production release. Please plan your furnace accordingly, and no material for the balance either, please.

Saygılarımla,
Elif Demir
Satınalma Müdürü / Purchasing Manager
Ege Karoser Otomotiv San. ve Tic. A.Ş.

""" + quote_lines(_c13_q) + "\n"
_c13 = mail('"Elif Demir" <elif.demir@egekaroser.com.tr>', '"Hakan Aydın" <hakan.aydin@bursacam.com.tr>',
            "RE: PO 4500022140 - numune / samples", "Wed, 08 May 2024 09:03:00 +0300", _c13_txt,
            cc='"Murat Yılmaz" <murat.yilmaz@egekaroser.com.tr>', in_reply_to="<h68-c13q@bursacam.com.tr>")
case("c13_ege_corrects_rollover", [],
     "quoted supplier assumes samples roll into 196 sets; buyer's reply corrects it: 4 released, 196 held "
     "until TÜV Türk homologation and Elif's written release",
     [("RE_PO_4500022140_numune.eml", _c13)])

# ---- c14: DOCX minutes with scoped decisions
_c14 = docx_bytes([
    ("h1", "Besprechungsprotokoll / Minutes – pilot review interior cabinets RTW Typ C"),
    ("p", "Date: 08.05.2024, Teams video call, 08:00–09:15 CET / 14:00–15:15 CST"),
    ("p", "Participants: Jana Köhler (Kessler, Head of Purchasing), Tobias Wendt (Kessler, project engineer), "
          "Stefan Maier (Kessler, quality), Kevin Zhou (Changzhou Ruitai, sales), Li Na (Changzhou Ruitai, "
          "engineering)"),
    ("h", "Decisions"),
    ("num", "Sample sign-off for fit and function of the 2 pilot cabinet sets (PO 4500031377, installed in "
            "prototype RTW P-2): granted by Stefan Maier with two open points (see actions). This is a technical "
            "sign-off only and not a production release."),
    ("num", "Released quantity stays at the 2 pilot cabinet sets already delivered."),
    ("num", "The remaining 58 cabinet sets of the project are not released. Unlock: TÜV acceptance of prototype "
            "P-2 (§ 21 StVZO, planned KW 24) and then a written production release by Jana Köhler."),
    ("num", "Material authority stays sample-only. Changzhou Ruitai does not buy HPL or hardware for the 58 "
            "sets before the written production release."),
    ("h", "Actions"),
    ("table", [["#", "Action", "Owner", "Due"],
               ["A1", "Drawer stop: replace plastic latch by metal push-lock (vibration EN 1789)", "Li Na", "KW 20"],
               ["A2", "Oxygen bottle bracket: add 2nd strap, send revised drawing RTC-CAB-07 rev D",
                "Li Na", "KW 20"],
               ["A3", "Book TÜV appointment for P-2", "Tobias Wendt", "KW 19"],
               ["A4", "Send updated price sheet for the 58 sets (information only, no order)", "Kevin Zhou",
                "KW 21"]]),
    ("p", "Minutes: Tobias Wendt. Please send corrections by 10.05.2024."),
], author="Tobias Wendt")
case("c14_kessler_minutes_scoped", [],
     "minutes separate technical sign-off from production release; 2 pilot sets released, 58 held until "
     "TÜV + Jana's written release, sample-only material",
     [("Protokoll_Pilot_Review_Schraenke_RTW.docx", _c14)])

# ---- c15: ERP full-quantity spare parts PO
_c15 = """\
EGE KAROSER OTOMOTIV SAN. VE TIC. A.S.                         SATINALMA SIPARISI
Kemalpasa OSB, 35730 Izmir / TURKIYE                               PURCHASE ORDER
---------------------------------------------------------------------------------
Siparis No / PO No : 4500022188              Tarih / Date : 06.05.2024
Siparis Turu/Type  : YEDEK PARCA / SPARE PARTS (ZSP)
Tedarikci / Vendor : 300418  KOCAELI KOMPOZIT A.S.
Satinalmaci/Buyer  : S.OZTURK   Tel +90 232 877 40 19
Odeme / Payment    : 60 GUN / 60 DAYS           Teslim / Delivery: FCA GEBZE
---------------------------------------------------------------------------------
Kal Malzeme No      Tanim / Description                 Miktar Brm    B.Fiyat      Tutar
--- --------------- ----------------------------------- ------ ---- ---------- ----------
010 KMP-RF-12-MID   ORTA TAVAN PANELI / MID ROOF PANEL      12  AD    9.850,00 118.200,00
    REV D           GRP, RAL 9016, SERI / SERIAL PART
---------------------------------------------------------------------------------
                                                 TOPLAM / TOTAL TRY      118.200,00
NOTLAR / NOTES:
 - Kesin miktar / firm quantity: 12 AD. Bu siparisin arkasinda baska miktar yoktur.
   There is no further quantity or call-off behind this order.
 - Parca seri uretimde / part is in serial supply since 2022 (EGE CITY 12).
 - Teslimat 2 parti / 2 lots: 6 AD hafta 21, 6 AD hafta 23.
 - Irsaliyede siparis no. yaziniz / quote PO no. on delivery note.
---------------------------------------------------------------------------------
This order is system generated and valid without signature.
"""
case("c15_ege_erp_spare_full_qty", [],
     "full-quantity spare-parts PO for 12 serial roof panels, explicitly no balance or call-off behind it",
     [("PO_4500022188.txt", _c15)])


# ===================================================================== BATCH 3
# ---- r19: supplier: roll straight into the balance, billets already bought for all sets
_r19_q = """\
From: Jana Köhler <j.koehler@kessler-sonderfahrzeuge.de>
Sent: Thursday, 18 April 2024 14:20
To: Jan Dvořák <jan.dvorak@moravaprofil.cz>
Cc: Tobias Wendt <t.wendt@kessler-sonderfahrzeuge.de>
Subject: Bestellung 4500031344 - Kofferprofile / box body profiles

Dear Mr Dvořák,

attached our PO 4500031344 for three (3) sample sets of the box body frame profiles KSF-AL-220/221/222 (drawing rev F). Only the 3 sample sets are released. The remaining 77 sets are not released until the TÜV acceptance of the prototype RTW (§ 21 StVZO) and my written production release.

Mit freundlichen Grüßen
Jana Köhler, Leiterin Einkauf
"""
_r19_txt = """\
Dear Mrs Köhler,

thank you for PO 4500031344. The 3 sample sets will be extruded in CW 19 on press 2, the dies are ready and the trial billets came out well.

As discussed with Mr Wendt, once you approve the samples we roll straight into the remaining 77 sets. To hold the extrusion slot in CW 24 we have already ordered and put aside the billets (EN AW-6060, diameter 7") for all 80 sets.

Anodising E6/C-0 will be done at our partner in Otrokovice, as for the samples. Packing in wooden crates, 6.100 mm length.

S pozdravem / Best regards
Jan Dvořák
Obchod / Sales
Morava Profil s.r.o., Tř. Tomáše Bati 1640, 760 01 Zlín
+420 577 104 262

""" + quote_lines(_r19_q) + "\n"
_r19 = mail('"Jan Dvořák" <jan.dvorak@moravaprofil.cz>', '"Jana Köhler" <j.koehler@kessler-sonderfahrzeuge.de>',
            "RE: Bestellung 4500031344 - Kofferprofile / box body profiles", "Mon, 22 Apr 2024 07:58:00 +0200",
            _r19_txt, cc='"Tobias Wendt" <t.wendt@kessler-sonderfahrzeuge.de>',
            in_reply_to="<h68-r19q@kessler-sonderfahrzeuge.de>")
case("r19_morava_roll_straight_billets", ["RG006", "RG007"],
     "supplier: 'once you approve the samples we roll straight into the remaining 77' and billets already "
     "bought for all 80 sets while only 3 are released (quoted buyer scope is complete)",
     [("RE_Bestellung_4500031344_Kofferprofile.eml", _r19)])

# ---- r20: buyer's engineer contradicts the written-release requirement
_r20_q = """\
From: Jana Köhler <j.koehler@kessler-sonderfahrzeuge.de>
Sent: Tuesday, 23 April 2024 09:05
To: Katarzyna Nowak <k.nowak@polsit.pl>
Cc: Tobias Wendt <t.wendt@kessler-sonderfahrzeuge.de>
Subject: Bestellung 4500031455 - Betreuersitze RTW Typ D

Dear Ms Nowak,

PO 4500031455 is attached: two (2) prototype attendant seats PS-MED 3 for the RTW Typ D. Only these 2 seats are released. The remaining 34 seats are not released; they will be released only after the seats have passed the DEKRA sled test (EN 1789, 10 g) and I have sent you a written production release.

Mit freundlichen Grüßen
Jana Köhler, Leiterin Einkauf / Head of Purchasing
"""
_r20_txt = """\
Hallo Katarzyna,

short update from engineering: the sled test at DEKRA Neumünster is on Tuesday, 14 May, 10:00. Both prototype seats are mounted on the test sled already.

If the seats pass, simply carry on with the series seats - no need to wait for paperwork from purchasing, we are really short of time with the Landkreis tender (first vehicles due in August).

The harness anchorage bolts should be M10 8.8 as agreed, please send the certificates with the first delivery.

Viele Grüße
Tobias
""" + sig("Tobias Wendt", "Projektingenieur / Project Engineer", "Kessler Sonderfahrzeuge GmbH, Ulm",
          "+49 731 40 88 12-34") + "\n" + quote_lines(_r20_q) + "\n"
_r20 = mail('"Tobias Wendt" <t.wendt@kessler-sonderfahrzeuge.de>', '"Katarzyna Nowak" <k.nowak@polsit.pl>',
            "WG: Bestellung 4500031455 - Betreuersitze RTW Typ D - Schlittentest", "Wed, 08 May 2024 16:40:00 +0200",
            _r20_txt)
case("r20_kessler_engineer_carry_on", ["RG007"],
     "PO scope needs DEKRA pass and Jana's written release; the project engineer writes 'if the seats pass, "
     "simply carry on with the series seats - no need to wait for paperwork'",
     [("WG_Bestellung_4500031455_Schlittentest.eml", _r20)])

# ---- r21: supplier quote: series starts automatically after sample approval
_r21 = pdf([
    ("h1", "TEKLİF / QUOTATION BC-24-0347"),
    ("p", "Bursa Cam Sanayi ve Ticaret A.Ş. · Demirtaş OSB, 16245 Osmangazi / Bursa, Türkiye · "
          "Tel +90 224 261 55 00"),
    ("table", [["", ""],
               ["Customer", "Pennine Coachworks Ltd, Huddersfield, UK – Mr Gareth Hughes"],
               ["Date", "29.04.2024"],
               ["Subject", "Bonded side window set, M3 midi-coach body, drawing PCW-WIN-M3-10 rev A"]]),
    ("sp",),
    ("table", [["Item", "Description", "Quantity", "Unit price EUR", "Lead time"],
               ["1", "Sample window set, hand-bent, E-marked", "2 sets", "2.260,00", "4 weeks"],
               ["2", "Series window set, E-marked, ECE R43", "90 sets", "1.395,00", "6 weeks"],
               ["3", "Bending moulds (5)", "1 lot", "11.400,00", "with samples"]]),
    ("h", "Terms"),
    ("p", "Prices DAP Huddersfield, packing in returnable A-frame racks (deposit EUR 180 per rack). Payment 45 days "
          "net. Validity 60 days."),
    ("p", "Series production will start automatically after your sample approval and will be delivered in lots "
          "of 15 sets every two weeks."),
    ("p", "Glass: 4 mm toughened, tint 30 % grey, black ceramic frit 80 mm. Tolerances per ECE R43 and our "
          "standard BC-QS-07."),
    ("p", "Hakan Aydın, Satış Müdürü / Sales Manager"),
], title="BC-24-0347", author="Bursa Cam")
case("r21_bursacam_quote_auto_start", ["RG007"],
     "supplier quote states series production starts automatically after sample approval; no recorded "
     "auto-conversion (quote alone, so no authorized quantity for RG001)",
     [("Teklif_BC-24-0347.pdf", _r21)])

# ---- r22: DOCX minutes: 'move straight into series build as soon as EMC report signed off'
_r22 = docx_bytes([
    ("h1", "Minutes – prototype review, ambulance body loom PCW-AMB-LM-01"),
    ("p", "Date: 9 May 2024, 13:30–15:00 · Place: Pennine Coachworks, Huddersfield, and Teams"),
    ("p", "Present: Gareth Hughes (PCW Purchasing), Claire Whitaker (PCW Engineering), Martin Procházka "
          "(Jihlava Kabeláž, Sales), Eva Svobodová (Jihlava Kabeláž, Quality, via Teams)"),
    ("table", [["#", "Item", "Notes", "Action / owner"],
               ["1", "Order status", "PO 10301 released 2 prototype looms (delivered 2 May, installed in AMB-P1). The balance "
                "of 38 looms is not released. Production release requires sign-off of the EMC test at HORIBA MIRA "
                "and a written production release from Gareth Hughes.", "info"],
               ["2", "Installation findings", "Branch to the rear HVAC unit 150 mm short; grommet at the "
                "B-pillar pass-through too stiff; label L-44 missing.", "Jihlava / EP, rev B drawing by 17 May"],
               ["3", "EMC test", "Booked 28 May at HORIBA MIRA, Nuneaton (ECE R10 rev 6).", "Claire"],
               ["4", "Chassis slots", "Ford has confirmed the June chassis slots for the ambulance contract.",
                "info"],
               ["5", "Series start", "Agreed: Jihlava moves straight into the series build of the looms as soon as "
                "the EMC test report is signed off, so that the June chassis slots are protected.", "Jihlava"],
               ["6", "Packaging", "One loom per returnable crate, crate labelled with the vehicle slot number.",
                "Jihlava"]]),
    ("p", "Next meeting: after the EMC test. Minutes by Claire Whitaker, 9 May 2024."),
], author="Claire Whitaker")
case("r22_pcw_minutes_straight_into_series", ["RG007"],
     "minutes state written release by Gareth is needed, then agree Jihlava 'moves straight into the series "
     "build as soon as the EMC test report is signed off'",
     [("Minutes_prototype_review_AMB_loom.docx", _r22)])

# ---- r23: WhatsApp, buyer's engineer: after sample approval pass directly to mass production
_r23 = """\
WhatsApp Sohbeti / Chat - INTERCITY 13 etek paneli / side skirts
[03.05.2024 10:05] Elif Demir: Selin Hanım merhaba, PO 4500022160 sent: 2 sample side skirt sets for EGE INTERCITY 13 only. The remaining 118 sets are not released until the sample sign-off by our quality and my written production release.
[03.05.2024 10:40] Selin Kaya: Elif Hanım, received, thank you. Moulds ready in 3 weeks, samples week 22.
[14.05.2024 15:12] Selin Kaya: <attached: KMP-SK-13_mould_photos.jpg>
[14.05.2024 15:30] Murat Yılmaz: Looks good 👍 Fixing points M8 rivnut as in drawing rev B?
[14.05.2024 15:33] Selin Kaya: Yes M8 rivnut, 9 per panel.
[15.05.2024 09:18] Murat Yılmaz: Selin Hanım, one more thing, to save time: when the sample is approved from our quality, you can pass directly to mass production of the side skirts, no need to wait new paper from purchasing. Line start is week 27.
[15.05.2024 09:25] Selin Kaya: Çok iyi, thank you Murat Bey, we plan like this.
"""
case("r23_whatsapp_ege_direct_mass_production", ["RG007"],
     "buyer's engineer tells the supplier to pass directly to mass production once the sample is approved, "
     "against the written-release scope stated earlier in the chat",
     [("WhatsApp_INTERCITY13_etek_paneli.txt", _r23)])

# ---- r24: forwarded ops-meeting note (rfc822): 'carry straight on ... paperwork afterwards'
_r24_fwd = mail('"Gareth Hughes" <gareth.hughes@penninecoachworks.co.uk>',
                '"PCW Ops Team" <ops@penninecoachworks.co.uk>', "Ops meeting notes - M2 seats",
                "Mon, 13 May 2024 10:55:00 +0100", """\
All,

notes from this morning, seats only:

- Polsit PO 10342 releases 4 prototype seats only. The remaining 60 seats are not released until the DEKRA anchorage test report is signed off and I send Polsit a written release.
- DEKRA anchorage test booked for 21 May at Malsch.
- Agreed in the meeting: once DEKRA signs off the anchorage test, Polsit can carry straight on with the 60 - I'll tidy up the paperwork afterwards.
- Trim: seat back panels in PCW grey, not black (Claire to tell Polsit).

Gareth
""", msgid="<h68-r24-fwd@penninecoachworks.co.uk>")
_r24_txt = """\
Hi Katarzyna,

FYI, see below from our ops meeting this morning - it should save us a week on the M2 programme.

Also: seat back panels in PCW grey (RAL 7046), not black, please.

Thanks
Claire
""" + sig("Claire Whitaker", "Lead Engineer, Body & Interior", "Pennine Coachworks Ltd, Huddersfield",
          "+44 1484 220 745")
_r24 = mail('"Claire Whitaker" <claire.whitaker@penninecoachworks.co.uk>', '"Katarzyna Nowak" <k.nowak@polsit.pl>',
            "FW: Ops meeting notes - M2 seats", "Mon, 13 May 2024 14:02:00 +0100", _r24_txt,
            attachments=[("rfc822", _r24_fwd)])
case("r24_pcw_fwd_ops_notes_carry_on", ["RG007"],
     "forwarded buyer note: 4 prototype seats, 60 held until DEKRA sign-off and written release, then 'once "
     "DEKRA signs off ... Polsit can carry straight on with the 60 - paperwork afterwards'",
     [("FW_Ops_meeting_notes_M2_seats.eml", _r24)])

# ---- r25: Swedish engineer: on hold until samples approved, 'after that just continue'; nobody named
_r25_txt = """\
Hello Martin,

thank you for the 4 sample looms, they are now installed in the pilot buses P1 and P2 of the 12 m hybrid. PO 4510009399 released these 4 sample looms only.

The balance of 116 looms is on hold until the samples are approved by our quality (PPAP level 3). After that you can just continue with the production, we need the looms for the chassis slots from week 34.

Some findings from the installation:
- front loom NV-LOOM-12H-01: branch to the kneeling valve is 120 mm too long, it is hanging under the floor
- roof loom: clip positions 7 and 8 do not match the new roof hoops (rev C), please check with the 3D model
- all looms: the labels are fine, thank you for the bilingual text

I send the photos in a separate mail because of the size.

Best regards / Med vänliga hälsningar
Johan Berg
Project Engineer Electrical
Nordvagn Karosseri AB, Industrigatan 12, 504 62 Borås
+46 33 710 45 20
"""
_r25 = mail('"Johan Berg" <johan.berg@nordvagn.se>', '"Martin Procházka" <m.prochazka@jihlava-kabelaz.cz>',
            "Sample looms 12 m hybrid - installation feedback", "Fri, 17 May 2024 15:44:00 +0200", _r25_txt,
            html=text_to_html(_r25_txt))
case("r25_nordvagn_just_continue", ["RG005", "RG007"],
     "4 sample looms, balance on hold until samples approved, 'after that you can just continue with the "
     "production' (implied auto-conversion); nobody named to release the balance",
     [("Sample_looms_12m_hybrid_feedback.eml", _r25)])

# ---- r26: supplier weekly status: billets bought for the full unreleased quantity
_r26 = """\
MORAVA PROFIL s.r.o. - WEEKLY ORDER STATUS / WOCHENBERICHT                 CW 21/2024
Customer : Moselland Reisemobile GmbH, Trier (Debitor 10877)     Contact: Jan Dvorak
=====================================================================================
Order     Pos Article          Description                   Qty        Status
--------- --- ---------------- ----------------------------- ---------- ----------------------
24-0533   10  MR-AL-610/611    Side skirt profile, sample     2 sets     released, shipped 17.05.
24-0533   20  MR-AL-610/611    Side skirt profile, series     1.850 m    NOT released by customer,
                                                                        waiting for your release
24-0533   30  DIE-610-611      Extrusion dies (2)             1 lot      done, invoiced 10.05.
-------------------------------------------------------------------------------------
MATERIAL
  Billets EN AW-6063, dia 7": ordered at Hydro Extrusion for the complete 1.850 m
  (approx. 1,9 t incl. scrap), received 14.05.2024, stored hall 3, rack 12.
  Reason: mill price increase from 01.06.2024.
CAPACITY
  Press 2 (1.800 t): slot reserved CW 25 for pos 20 - we run pos 20 directly after
  your sample approval, no further paperwork needed.
QUALITY
  Sample FAI report (EN 755-9) sent 17.05. with the delivery, no deviations.
OPEN POINTS
  - Anodising colour C-0 vs C-31 for series: please confirm.
  - Packing length 6.100 mm or 4.050 mm for series?
=====================================================================================
Morava Profil s.r.o., Tr. Tomase Bati 1640, 760 01 Zlin, CZ  -  www.moravaprofil.cz
"""
case("r26_morava_weekly_status_billets", ["RG006", "RG007"],
     "supplier status: only 2 sample sets released, series 1.850 m not released, but billets for the "
     "complete 1.850 m already bought, and pos 20 will run 'directly after your sample approval'",
     [("Morava_weekly_status_CW21.txt", _r26)])

# ---- r27: supplier cut and sewed for all 48 kits, 4 released
_r27_q = """\
From: Dana Kowalski <dkowalski@ridgelinerv.com>
Sent: Thursday, April 25, 2024 11:02 AM
To: Kevin Zhou <kevin.zhou@ruitai-interior.cn>
Subject: PO 88140 - Summit 27 pilot kits

Kevin,

PO 88140: 4 pilot kits Summit 27 are released. The balance of 44 kits is not released until our pilot build sign-off and my written release.

Dana Kowalski
Purchasing Manager, Ridgeline RV, Inc.
"""
_r27_txt = """\
Dear Dana,

the 4 pilot kits will ship on May 28 by air, AWB will follow.

Also good news for your SOP: to save lead time we have already cut and sewn the upholstery covers and CNC-cut the plywood parts for all 48 kits. They are waiting in our warehouse, so as soon as we receive your written release we can ship within 2 weeks.

Please find attached the photos of the pilot kits.

Best regards
Kevin Zhou
Sales Manager, Changzhou Ruitai Interior Co., Ltd.
Tel +86 519 8512 3307

""" + quote_lines(_r27_q) + "\n"
_r27 = mail('"Kevin Zhou" <kevin.zhou@ruitai-interior.cn>', '"Dana Kowalski" <dkowalski@ridgelinerv.com>',
            "RE: PO 88140 - Summit 27 pilot kits", "Thu, 16 May 2024 10:30:00 +0800", _r27_txt,
            in_reply_to="<h68-r27q@ridgelinerv.com>")
case("r27_ruitai_cut_all_48", ["RG006"],
     "4 pilot kits released (quoted scope complete) but supplier has already cut covers and plywood for "
     "all 48 kits without material authority",
     [("RE_PO_88140_Summit27_pilot.eml", _r27)])

# ---- r28: supplier order-tracking page: material procured for full series
_r28 = html_page("Arneses del Bajío - Customer order tracking", """
<h2>Arneses del Baj&iacute;o S.A. de C.V. &mdash; Customer order tracking</h2>
<p>Customer: <b>Lone Star Shuttle &amp; Bus Co.</b>, Waco TX &middot; Customer PO: <b>77188</b> &middot;
Program: LS-22 shuttle, body harness &middot; Account manager: Luis Herrera &middot; Updated 05/13/2024 07:30 CST</p>
<h3>Order lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>LS-E-2200-S</td><td>LS-22 body harness, sample</td><td>3</td><td>Released by customer &middot; shipped 05/03</td></tr>
<tr><td>2</td><td>LS-E-2200</td><td>LS-22 body harness, series</td><td>180</td><td>Awaiting customer release (not released)</td></tr>
</table>
<h3>Material coverage</h3>
<table>
<tr><th>Material</th><th>Coverage</th><th>Status</th></tr>
<tr><td>GXL / TXL cable, 10&ndash;18 AWG</td><td>180 sets + 5 %</td><td>Received</td></tr>
<tr><td>Deutsch DT / DTM connectors, seals, wedgelocks</td><td>180 sets</td><td>Received</td></tr>
<tr><td>Convoluted tube, PVC tape, cable ties</td><td>180 sets</td><td>On order, ETA 05/20</td></tr>
</table>
<p class="note">To protect your lead time we procured material for the full series quantity (180 sets).
Form boards for the series build are ready.</p>
<h3>Quality</h3>
<p>Sample PPAP package (level 3) uploaded 05/03. Continuity and pull-test results: 100 % pass.</p>
<p style="color:#777">Arneses del Baj&iacute;o S.A. de C.V. &middot; Parque Industrial Quer&eacute;taro, Av. de la Luz 24,
76220 Santa Rosa Jaur&eacute;gui, Qro., M&eacute;xico</p>
""")
case("r28_arneses_tracking_material", ["RG006"],
     "supplier tracking page: 3 samples released, 180 series not released, yet material procured for the "
     "full 180 sets",
     [("order_tracking_LS_77188.html", _r28)])

# ---- r29: supplier books forecast as order and buys material for it
_r29_q = """\
From: Dana Kowalski <dkowalski@ridgelinerv.com>
Sent: Friday, May 3, 2024 3:18 PM
To: Rodrigo Treviño <rtrevino@interioressaltillo.mx>
Subject: Rolling forecast dinette kits + PO 88161

Rodrigo,

attached our rolling forecast for the dinette kits (Summit 27/32), for planning only - not an order.

PO 88161 releases 3 pilot kits only. The production kits are not released until the pilot build sign-off and my written release.

Dana Kowalski
Purchasing Manager, Ridgeline RV, Inc.
"""
_r29_txt = """\
Dear Dana,

thank you for the forecast and the PO.

Based on your forecast of 300 dinette kits for June to December we have placed firm orders with our vinyl and foam suppliers for 300 kits, and we have entered the 300 kits as your order in our system, so we can reserve the sewing line for you.

The 3 pilot kits are in production and will cross at Laredo on May 24.

Saludos / Best regards
Rodrigo Treviño
Ventas / Sales
Interiores Saltillo S.A. de C.V., Blvd. Isidro López Zertuche 4120, Saltillo, Coah.
+52 844 415 22 60

""" + quote_lines(_r29_q) + "\n"
_r29 = mail('"Rodrigo Treviño" <rtrevino@interioressaltillo.mx>', '"Dana Kowalski" <dkowalski@ridgelinerv.com>',
            "RE: Rolling forecast dinette kits + PO 88161", "Tue, 07 May 2024 12:10:00 -0600", _r29_txt,
            in_reply_to="<h68-r29q@ridgelinerv.com>")
case("r29_saltillo_forecast_booked_material", ["RG006", "RG008"],
     "supplier enters the labelled forecast of 300 kits as the buyer's order and buys vinyl/foam for 300 "
     "while only 3 pilot kits are released",
     [("RE_Rolling_forecast_dinette_PO_88161.eml", _r29)])

# ---- r30: PO (TXT) says 8 pilot kits; supplier ack (PDF) says 10 and stages material for 80
_r30_po = """\
BRIGHTWATER SPECIALIST VEHICLES LTD                              PURCHASE ORDER
Kembrey Park, Swindon SN2 8UY, United Kingdom                       Page 1 of 1
================================================================================
Order No   : PO-22912                    Order Date : 29/04/2024
Supplier   : KOCAELI01  Kocaeli Kompozit A.S.
             Gebze Guzeller OSB, 41400 Gebze / Kocaeli, Turkey
Buyer      : R.OSEI                      Terms      : 60 days EOM
Deliver to : BSV Goods-In, Bay 3         Incoterms  : DAP Swindon
================================================================================
Ln  Item Code        Description                       Qty UoM    Price     Value
--- ---------------- -------------------------------- ---- --- -------- ---------
001 BSV-CL-PTV-01    CELL LINER KIT, GRP, PRISONER       8 KIT   1,940.00 15,520.00
                     TRANSPORT VAN (2-CELL), PILOT
================================================================================
                                                    Order Total GBP  15,520.00
SCOPE:
  ONLY THE 8 PILOT KITS ARE RELEASED. THE BALANCE OF 72 KITS FROM QUOTATION
  KK-Q-24-126 IS NOT RELEASED UNTIL THE CELL IMPACT TEST SIGN-OFF AND A WRITTEN
  PRODUCTION RELEASE BY RACHEL OSEI, PURCHASING MANAGER.
  MATERIAL AUTHORITY: PILOT KITS ONLY.
Notes:
  Fire performance BS 476-7 Class 1. Anti-ligature design per drawing
  BSV-D-701 iss.3. Smooth gelcoat, light grey RAL 7035.
================================================================================
Authorised: R. Osei (Purchasing Manager)    BSV Terms & Conditions v9 apply
"""
_r30_ack = pdf([
    ("h1", "SİPARİŞ ONAYI / ORDER ACKNOWLEDGEMENT SA-24-0211"),
    ("p", "Kocaeli Kompozit A.Ş. · Gebze Güzeller OSB, 41400 Gebze / Kocaeli · 03.05.2024"),
    ("p", "To: Brightwater Specialist Vehicles Ltd, Ms Rachel Osei. Your order: PO-22912 of 29/04/2024."),
    ("table", [["Item", "Description", "Qty", "Status", "Delivery"],
               ["1", "Cell liner kit BSV-CL-PTV-01, GRP, pilot", "10 kits", "released", "CW 23, DAP Swindon"],
               ["2", "Cell liner kit BSV-CL-PTV-01, series", "70 kits", "awaiting your release", "-"]]),
    ("p", "We confirm 10 pilot kits released under your PO-22912."),
    ("p", "To secure the resin price before the Q3 increase we have staged isophthalic resin and glass mat for "
          "80 kits in our Gebze warehouse."),
    ("p", "Selin Kaya, Sales Engineer"),
], title="SA-24-0211", author="Kocaeli Kompozit")
case("r30_bsv_po_vs_ack", ["RG006", "RG011"],
     "PO releases 8 pilot kits (material pilot-only); supplier acknowledgement says 10 released and stages "
     "resin and glass for 80 kits",
     [("PO-22912.txt", _r30_po), ("SA-24-0211_order_ack.pdf", _r30_ack)])

# ---- r31: supplier starts the whole run and buys glass because advance was paid
_r31_q = """\
From: Rachel Osei <rachel.osei@brightwater-sv.co.uk>
Sent: 24 April 2024 10:16
To: Amy Chen <amy.chen@huaxinglass.com>
Subject: PO-22931 ARV side glazing

Amy,

PO-22931 attached: 3 sample sets of the ARV side glazing only. The balance of 57 sets is not released until the VCA type-approval witness test and my written production release.

Regards
Rachel Osei, Purchasing Manager, Brightwater Specialist Vehicles Ltd
"""
_r31_txt = """\
Dear Rachel,

thank you very much for the advance payment, received on 3 May.

With your payment we have started the production of the 60 sets and purchased the float glass for all sets, so your delivery in July is safe. The 3 sample sets will be sent by air next week as planned.

Best regards
Amy Chen
Export Sales, Ningbo Huaxin Glazing Co., Ltd.
No. 88 Jinhai Road, Beilun District, Ningbo 315800, China
Tel +86 574 8618 2250

""" + quote_lines(_r31_q) + "\n"
_r31 = mail('"Amy Chen" <amy.chen@huaxinglass.com>', '"Rachel Osei" <rachel.osei@brightwater-sv.co.uk>',
            "RE: PO-22931 ARV side glazing", "Mon, 06 May 2024 10:12:00 +0800", _r31_txt,
            in_reply_to="<h68-r31q@brightwater-sv.co.uk>")
case("r31_huaxin_advance_started_all", ["RG006", "RG012"],
     "supplier treats the advance payment as authority: started production of all 60 sets and bought glass "
     "for all; buyer released 3 samples only (quoted)",
     [("RE_PO-22931_ARV_side_glazing.eml", _r31)])

# ===================================================================== clean, batch 3
# ---- c16: PPAP interim disposition with quantity and date limits
_c16 = pdf([
    ("h1", "Interim sample disposition – PPAP"),
    ("p", "Nordvagn Karosseri AB · Quality · Borås · 2024-05-20"),
    ("table", [["Field", "Value"],
               ["Supplier", "Jihlava Kabeláž s.r.o. (S-1204)"],
               ["Part", "NV-LOOM-12C-01 front loom, 12 m city bus, rev C"],
               ["PO", "4510009420 (116 looms in total; 0 released before this notice)"],
               ["Submission", "PPAP level 3, received 2024-05-13"],
               ["Disposition", "INTERIM"]]),
    ("h", "Reason"),
    ("p", "Hi-pot test report for connector X14 pending. Deviation D-114 (alternative seal for X14, supplier part "
          "DT04-6P-E008) is open until the report is received."),
    ("h", "Limits of the interim disposition"),
    ("p", "Maximum 20 looms, built to rev C with deviation D-114, produced and delivered by 2024-07-31."),
    ("h", "Production release"),
    ("p", "Production release for these 20 looms is issued with this notice by Maja Ekström, Purchasing Manager "
          "(signature below). The remaining 96 looms of PO 4510009420 are not released. They are released only "
          "after full PPAP approval (disposition 'approved') and a further written production release by Maja "
          "Ekström. Material authority: 20 looms."),
    ("sp",),
    ("table", [["Quality", "Purchasing"],
               ["Per Sandberg, Quality Engineer", "Maja Ekström, Purchasing Manager"],
               ["2024-05-20", "2024-05-20"]]),
], title="Interim disposition NV-LOOM-12C-01", author="Nordvagn Quality")
case("c16_nordvagn_ppap_interim", [],
     "PPAP interim disposition limited to 20 looms and a date, released in writing by Maja; 96 held until "
     "full approval and her further release; material authority 20",
     [("PPAP_interim_NV-LOOM-12C-01.pdf", _c16)])

# ---- c17: Teams chat, explicit staged material authority
_c17 = """\
Microsoft Teams - Chat: Thomas Brenner, Jan Dvořák, Sabine Roth

[13.05.2024 10:12] Jan Dvořák
Dobrý den Thomas, Hydro announces +9 % on billets from 1 June. Can we buy aluminium for all 600 m of the Mosel 640 roof rails now, to get the May price?

[13.05.2024 10:48] Thomas Brenner
Hallo Jan, thanks for the heads-up. You may buy billets for up to 200 m now - that is a staged material authority at our liability, written here so it is on record. Production stays at the 3 sample sets (approx. 40 m) released under PO 24-0547. The rest of the 600 m is not released until Sabine has signed off the samples and I send you a written release.

[13.05.2024 10:51] Jan Dvořák
Understood: billets for max. 200 m at your liability, production only the 3 sample sets. I will forward the Hydro order confirmation.

[13.05.2024 11:02] Sabine Roth
Jan, please deliver the samples with protective film on the visible face, and mark the extrusion direction.

[13.05.2024 11:05] Jan Dvořák
OK, film + arrow label.
"""
case("c17_teams_moselland_staged_material", [],
     "buyer grants an explicit staged material authority (billets for 200 m) while production stays at 3 "
     "sample sets; balance held until Sabine's sign-off and Thomas's written release",
     [("Teams_Chat_Brenner_Dvorak.txt", _c17)])


# ===================================================================== BATCH 4
# ---- r32: PO table says 4 sample sets, scope note says six (6)
_r32 = pdf([
    ("h1", "Bestellung / Purchase Order 4500031520"),
    ("p", "Kessler Sonderfahrzeuge GmbH · Donautalstraße 31 · 89079 Ulm · Germany"),
    ("table", [["", ""],
               ["Lieferant / Supplier", "Kocaeli Kompozit A.Ş., Gebze Güzeller OSB, 41400 Gebze / Kocaeli, TR"],
               ["Datum / Date", "07.05.2024"],
               ["Angebot / Quotation", "KK-Q-24-140 of 29.04.2024"],
               ["Projekt / Project", "RTW Typ C, Kofferaufbau / box body interior"]]),
    ("sp",),
    ("table", [["Pos", "Material", "Bezeichnung / Description", "Menge", "ME", "Preis EUR", "Wert EUR"],
               ["10", "KSF-IW-C-SET", "Innenwandverkleidung GFK, Satz / interior wall panel set GRP "
                "(7 panels), Muster / sample", "4", "SATZ", "1.620,00", "6.480,00"]]),
    ("h", "Scope / Umfang"),
    ("p", "This PO releases six (6) sample interior wall panel sets only. The balance of 54 sets is not released; "
          "it will be released only after the TÜV acceptance of the prototype RTW (§ 21 StVZO) and a written "
          "production release by Jana Köhler, Head of Purchasing. Material authority: samples only."),
    ("p", "Anforderungen / requirements: Brandverhalten DIN 5510-2 / ECE R118, Oberfläche glatt, RAL 9010, "
          "desinfektionsmittelbeständig. Befestigung über Einnietmuttern M6."),
    ("p", "Liefertermin KW 22/2024, DAP Ulm Werk 2. Zahlung 30 Tage netto. Es gelten unsere AEB 01/2023."),
    ("p", "Jana Köhler, Leiterin Einkauf"),
], title="PO 4500031520", author="Kessler Sonderfahrzeuge")
case("r32_kessler_po_4_vs_6", ["RG011"],
     "PO line quantity is 4 sample sets but the scope paragraph of the same PO releases six (6)",
     [("Bestellung_4500031520.pdf", _r32)])

# ---- r33: 'twelve (15)' in a release email
_r33_txt = """\
Hi Katarzyna,

hereby we release twelve (15) seats PS-City 2 for the pilot buses C14-P1 and C14-P2 under PO 4510009533, line 10. Delivery in ship sets per bus, DAP Borås, plant 2, gate B, week 24.

The remaining 168 seats of line 20 stay on hold until the PPAP sign-off by Per Sandberg and my written production release. Material authority: the released pilot seats only.

Please note the new moquette reference for C14: NV-Grey Melange GM-210 (master sample sent by courier today).

Best regards
Maja
""" + sig("Maja Ekström", "Purchasing Manager", "Nordvagn Karosseri AB, Borås", "+46 33 710 45 02")
_r33 = mail('"Maja Ekström" <maja.ekstrom@nordvagn.se>', '"Katarzyna Nowak" <k.nowak@polsit.pl>',
            "Release pilot seats C14 - PO 4510009533", "Mon, 13 May 2024 08:20:00 +0200", _r33_txt,
            html=text_to_html(_r33_txt), cc='"Per Sandberg" <per.sandberg@nordvagn.se>')
case("r33_nordvagn_twelve_15", ["RG011"],
     "release email states 'twelve (15) seats' - words and digits give different authorized quantities",
     [("Release_pilot_seats_C14.eml", _r33)])

# ---- r34: release letter (PDF) says 20 sets, ERP PO change (TXT) says 25 released
_r34_letter = pdf([
    ("h1", "Serienfreigabe / Production release FR-24-017"),
    ("p", "Moselland Reisemobile GmbH · Zurmaiener Str. 70 · 54292 Trier · 21.05.2024"),
    ("p", "To: Morava Profil s.r.o., Mr Jan Dvořák, Zlín"),
    ("p", "Subject: PO 24-0561, pos 20 – roof rail profile sets MR-AL-640/641/642"),
    ("p", "Dear Mr Dvořák,"),
    ("p", "the sample sets have been signed off by Ms Sabine Roth (first article report EMPB-24-031 of 16.05.2024). "
          "We hereby release 20 vehicle sets of the roof rail profiles for the first Mosel 640 series vehicles."),
    ("p", "The remaining 140 sets stay not released. They will be released only by a further written release from "
          "me, after the first 20 vehicles have passed the roof water test in our plant."),
    ("p", "Material authority: 20 sets. Delivery: 10 sets CW 25, 10 sets CW 27, DAP Trier."),
    ("p", "Mit freundlichen Grüßen"),
    ("p", "Thomas Brenner, Einkauf / Purchasing"),
], title="FR-24-017", author="Thomas Brenner")
_r34_erp = """\
MOSELLAND REISEMOBILE GMBH - BESTELLAENDERUNG / PO CHANGE                    21.05.2024
==========================================================================================
Bestellung / PO : 24-0561       Aenderung / Change No.: 02       Lieferant: 70155 MORAVA PROFIL
Einkaeufer      : T.BRENNER     Grund / Reason        : SERIENFREIGABE FR-24-017
------------------------------------------------------------------------------------------
Pos  Material            Bezeichnung                       Bestellt  Freigeg.  Nicht freig.
                                                           Ordered   Released  Not released
---- ------------------- --------------------------------- -------- --------- ------------
0010 MR-AL-640-S         Dachrelingprofil Satz MUSTER             3         3            0
0020 MR-AL-640           Dachrelingprofil Satz SERIE            160        25          135
------------------------------------------------------------------------------------------
Einteilungen / schedule lines pos 0020:
  KW 25/2024   10 SATZ
  KW 27/2024   15 SATZ
------------------------------------------------------------------------------------------
Diese Aenderung ersetzt den Stand 01. / This change supersedes change 01.
"""
case("r34_moselland_release_vs_po_change", ["RG011"],
     "release letter FR-24-017 releases 20 sets (140 held) but the ERP PO change for the same release shows "
     "25 released / 135 not released",
     [("Serienfreigabe_FR-24-017.pdf", _r34_letter), ("PO_24-0561_change_02.txt", _r34_erp)])

# ---- r35: portal call-off: banner says 60, schedule totals 50
_r35 = html_page("Ridgeline RV Supplier Portal - Call-off 88200-07", """
<h2>Ridgeline RV Supplier Portal &rsaquo; Call-offs &rsaquo; 88200-07</h2>
<p class="note"><b>Call-off 88200-07 releases 60 upholstery kits for weeks 27&ndash;30.</b></p>
<p>Supplier: Interiores Saltillo S.A. de C.V. (40219) &middot; Frame PO 88200 (upholstery kits 2024, 400 kits,
quantities released only by call-off) &middot; Issued 05/20/2024 by Dana Kowalski</p>
<table>
<tr><th>Ship week</th><th>Item</th><th>Description</th><th>Kits</th></tr>
<tr><td>27</td><td>RRV-UP-S27</td><td>Upholstery kit Summit 27 (dinette + sofa)</td><td>15</td></tr>
<tr><td>28</td><td>RRV-UP-S27</td><td>Upholstery kit Summit 27 (dinette + sofa)</td><td>15</td></tr>
<tr><td>29</td><td>RRV-UP-S32</td><td>Upholstery kit Summit 32 (dinette + sofa + bunk)</td><td>10</td></tr>
<tr><td>30</td><td>RRV-UP-S32</td><td>Upholstery kit Summit 32 (dinette + sofa + bunk)</td><td>10</td></tr>
<tr><th colspan="3">Total this call-off</th><th>50</th></tr>
</table>
<p><b>Frame balance:</b> not released. Further kits are released only by the next call-off, signed by
Dana Kowalski, Purchasing Manager. Material authority: kits of released call-offs only.</p>
<p>Routing: FCA Laredo TX, carrier per routing guide RG-2024-2. One kit per carton, VIN slot label on two sides.</p>
<p style="color:#777">Ridgeline RV, Inc. &middot; supplierportal.ridgelinerv.com</p>
""")
case("r35_ridgeline_portal_calloff_60_vs_50", ["RG011"],
     "call-off banner releases 60 kits but the weekly schedule of the same call-off totals 50",
     [("portal_calloff_88200-07.html", _r35)])

# ---- r36: DOCX minutes: decision 8 pilot looms, action table 10
_r36 = docx_bytes([
    ("h1", "Toplantı Tutanağı / Meeting minutes – pilot build EGE CITY 12 E, body looms"),
    ("p", "Tarih / Date: 16.05.2024 · Yer / Place: Ege Karoser, Kemalpaşa, R&D meeting room + Teams"),
    ("p", "Katılımcılar / Participants: Elif Demir (Purchasing Manager), Murat Yılmaz (R&D), Kerem Aksoy "
          "(Quality) – Ege Karoser; Martin Procházka (Sales), Eva Svobodová (Quality) – Jihlava Kabeláž"),
    ("h", "Kararlar / Decisions"),
    ("num", "8 pilot looms are released for the pilot buses PB-01 to PB-04 (2 looms per bus) under PO 4500022231."),
    ("num", "The remaining 112 looms of the project are not released until the homologation test at TSE is "
            "passed and Elif Demir sends a written production release."),
    ("num", "Material authority: pilot looms only."),
    ("h", "Aksiyonlar / Actions"),
    ("table", [["#", "Action", "Owner", "Due"],
               ["1", "Build and ship the 10 pilot looms released under PO 4500022231", "Martin Procházka",
                "wk 23"],
               ["2", "Update drawing EGE-E-1200 to rev E (battery disconnect relocated)", "Murat Yılmaz", "wk 21"],
               ["3", "Send PPAP level 3 package for the pilot looms", "Eva Svobodová", "wk 24"],
               ["4", "Book TSE homologation slot", "Kerem Aksoy", "wk 22"]]),
    ("p", "Tutanak / minutes: Murat Yılmaz"),
], author="Murat Yılmaz")
case("r36_ege_minutes_8_vs_10", ["RG011"],
     "minutes decide 8 pilot looms released, but the action table of the same minutes says build and ship "
     "'the 10 pilot looms released'",
     [("Tutanak_pilot_build_EGE_CITY_12E_looms.docx", _r36)])

# ---- r38: buyer: deposit wired, so start production (full-quantity order)
_r38_pi = pdf([
    ("h1", "FACTURA PROFORMA / PROFORMA INVOICE PI-IS-24-0318"),
    ("p", "Interiores Saltillo S.A. de C.V. · Blvd. Isidro López Zertuche 4120, 25230 Saltillo, Coah., México · "
          "RFC ISA-090514-KT3"),
    ("table", [["", ""],
               ["Customer", "Lone Star Shuttle & Bus Co., 1400 Industrial Blvd, Waco TX 76704, USA"],
               ["Customer PO", "77240"],
               ["Date", "05/06/2024"],
               ["Incoterms", "FCA Laredo TX"]]),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
               ["LS-INT-22", "Interior kit LS-22 shuttle: 14 seat covers, side wall carpet, headliner, "
                "wheelchair area floor", "24", "2,185.00", "52,440.00"]]),
    ("p", "Deposit 40 % (USD 20,976.00) with order, balance before shipment. Bank: BBVA México, "
          "CLABE 012 078 01234567890 1."),
], title="PI-IS-24-0318", author="Interiores Saltillo")
_r38_txt = """\
Rodrigo,

deposit (40 %, USD 20,976.00) wired this morning, confirmation from Frost Bank attached. So you can start production of the 24 kits now.

This is the whole quantity for the City of Temple contract - 24 shuttles, no further kits behind it. Ship in 3 lots of 8 kits, first lot week 26.

Thanks
Marcus
""" + sig("Marcus Reed", "Buyer", "Lone Star Shuttle & Bus Co., Waco TX", "+1 254 555 0187")
_r38 = mail('"Marcus Reed" <mreed@lonestarshuttle.com>', '"Rodrigo Treviño" <rtrevino@interioressaltillo.mx>',
            "PO 77240 / PI-IS-24-0318 - deposit wired", "Thu, 09 May 2024 09:41:00 -0500", _r38_txt,
            attachments=[("PI-IS-24-0318.pdf", _r38_pi, PDF_MT),
                         ("wire_confirmation_0509.pdf", pdf([
                             ("h", "Frost Bank - Outgoing international wire confirmation"),
                             ("pre", "Date      : 05/09/2024\nAmount    : USD 20,976.00\n"
                                     "Beneficiary: INTERIORES SALTILLO SA DE CV\nReference : PI-IS-24-0318 DEPOSIT"),
                         ], title="wire confirmation", author="Frost Bank"), PDF_MT)])
case("r38_lonestar_deposit_start", ["RG012"],
     "full-quantity order (24 kits, no balance) but the buyer makes the deposit the trigger: 'deposit wired "
     "... so you can start production'",
     [("PO_77240_deposit_wired.eml", _r38)])

# ---- r39: supplier: PO accepted in SAP, so the full quantity is planned
_r39_q = """\
From: Thomas Brenner <t.brenner@moselland-reisemobile.de>
Sent: Friday, 3 May 2024 11:30
To: Katarzyna Nowak <k.nowak@polsit.pl>
Subject: Bestellung 24-0502 - Drehsitze / swivel seats Mosel 640

Dear Ms Nowak,

our PO 24-0502 is attached. Released are 2 sample swivel seats (driver + co-driver, PS-Camp 4) only. The balance of 118 seats is not released until Ms Sabine Roth has signed off the samples and I have sent you a written production release.

Mit freundlichen Grüßen
Thomas Brenner, Einkauf / Purchasing, Moselland Reisemobile GmbH
"""
_r39_txt = """\
Dear Mr Brenner,

thank you for your order.

Your PO 24-0502 has been accepted in our SAP and therefore the full quantity of 120 seats is planned in our production in weeks 27-29; the leatherette and foam for the 120 seats are already ordered. The 2 samples will be delivered in week 21 as requested.

Please send us the final colour reference of the leatherette (your drawing says "anthracite", we have two options: AN-204 and AN-207).

Z poważaniem / Best regards
Katarzyna Nowak
Key Account Manager
Polsit Seating Sp. z o.o., ul. Przemysłowa 14, 43-300 Bielsko-Biała
+48 33 812 40 77

""" + quote_lines(_r39_q) + "\n"
_r39 = mail('"Katarzyna Nowak" <k.nowak@polsit.pl>', '"Thomas Brenner" <t.brenner@moselland-reisemobile.de>',
            "RE: Bestellung 24-0502 - Drehsitze / swivel seats Mosel 640", "Tue, 07 May 2024 13:15:00 +0200",
            _r39_txt, in_reply_to="<h68-r39q@moselland-reisemobile.de>")
case("r39_polsit_po_accepted_full_planned", ["RG006", "RG012"],
     "supplier reads PO acceptance in SAP as authority, plans all 120 seats and orders leatherette/foam for "
     "120; quoted buyer scope: 2 samples, 118 held until Sabine Roth sign-off and Thomas's written release",
     [("RE_Bestellung_24-0502_Drehsitze.eml", _r39)])

# ---- r40: finance: LC opened, so supplier can start the series
_r40_q = """\
From: Rachel Osei <rachel.osei@brightwater-sv.co.uk>
Sent: 15 April 2024 09:40
To: Hakan Aydın <hakan.aydin@bursacam.com.tr>
Subject: PO-22904 - ARV windscreens

Dear Hakan,

PO-22904 attached. Released: 4 sample windscreen sets only. The balance of 56 sets is not released until the VCA type-approval witness test and my written production release.

Regards
Rachel Osei, Purchasing Manager, Brightwater Specialist Vehicles Ltd
"""
_r40_txt = """\
Dear Mr Aydın,

I am pleased to confirm that the irrevocable documentary letter of credit for PO-22904 has been opened today at HSBC UK for the full order value (LC no. HSBC-DLC-240513-0772, advised through Türkiye İş Bankası, Bursa branch).

So from our side Bursa Cam has the green light to start the series windscreens.

Documents required under the LC: commercial invoice, packing list, certificate of origin (EUR.1), CMR. Latest shipment date 30 September 2024.

Kind regards
Neil Carter
Finance Controller
Brightwater Specialist Vehicles Ltd, Kembrey Park, Swindon SN2 8UY
+44 1793 550 301

""" + quote_lines(_r40_q) + "\n"
_r40 = mail('"Neil Carter" <neil.carter@brightwater-sv.co.uk>', '"Hakan Aydın" <hakan.aydin@bursacam.com.tr>',
            "FW: PO-22904 - ARV windscreens - letter of credit opened", "Mon, 13 May 2024 16:05:00 +0100",
            _r40_txt, cc='"Rachel Osei" <rachel.osei@brightwater-sv.co.uk>')
case("r40_bsv_lc_opened_start_series", ["RG002", "RG012"],
     "finance writes that the LC is open for the full value, 'so ... Bursa Cam has the green light to start "
     "the series windscreens' - payment as release, unscoped green light; only 4 sample sets released",
     [("LC_opened_PO-22904.eml", _r40)])

# ===================================================================== clean, batch 4
# ---- c18: supplier status page restating the hold, no material beyond samples
_c18 = html_page("Arneses del Bajío - Customer order tracking", """
<h2>Arneses del Baj&iacute;o S.A. de C.V. &mdash; Customer order tracking</h2>
<p>Customer: <b>Lone Star Shuttle &amp; Bus Co.</b>, Waco TX &middot; Customer PO: <b>77301</b> &middot;
Program: LS-30 transit bus, body harness &middot; Account manager: Luis Herrera &middot; Updated 05/20/2024 07:30 CST</p>
<h3>Order lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>LS-E-3000-S</td><td>LS-30 body harness (main + rear), sample</td><td>2</td><td>Released by customer &middot; shipped 05/08</td></tr>
<tr><td>2</td><td>LS-E-3000</td><td>LS-30 body harness, series</td><td>250</td><td>Not released &middot; awaiting written release from Marcus Reed after PPAP sign-off</td></tr>
</table>
<h3>Material coverage</h3>
<table>
<tr><th>Material</th><th>Coverage</th><th>Status</th></tr>
<tr><td>GXL / TXL cable</td><td>sample quantity (2 sets)</td><td>Consumed</td></tr>
<tr><td>Deutsch DT connectors</td><td>sample quantity (2 sets)</td><td>Consumed</td></tr>
</table>
<p class="note">No material has been purchased for line 2. We will order material only after the written release.
Quoted lead time for series material: 8 weeks (Deutsch DT06-12S: 12 weeks).</p>
<p style="color:#777">Arneses del Baj&iacute;o S.A. de C.V. &middot; Parque Industrial Quer&eacute;taro, Av. de la Luz 24,
76220 Santa Rosa Jaur&eacute;gui, Qro., M&eacute;xico</p>
""")
case("c18_arneses_tracking_hold", [],
     "supplier tracking page: 2 samples released, 250 not released pending Marcus Reed's written release; no "
     "material bought for the series",
     [("order_tracking_LS_77301.html", _c18)])

# ---- c19: German/English sample PO with European number formats
_c19 = pdf([
    ("h1", "Bestellung / Purchase Order 24-0588"),
    ("p", "Moselland Reisemobile GmbH · Zurmaiener Str. 70 · 54292 Trier · USt-IdNr. DE 149 876 332"),
    ("table", [["", ""],
               ["Lieferant / Supplier", "Bursa Cam Sanayi ve Ticaret A.Ş., Demirtaş OSB, 16245 Bursa, Türkei"],
               ["Datum / Date", "14.05.2024"],
               ["Ihr Angebot / your quotation", "BC-24-0362 vom 06.05.2024"],
               ["Einkäufer / Buyer", "Thomas Brenner, +49 651 99 47 30-21"]]),
    ("sp",),
    ("table", [["Pos", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Wert EUR"],
               ["10", "MRM-WIN-640-3 Index C", "Rahmenfenster Ausstell, 1.250 × 550 mm, ESG 4 mm, Muster / "
                "hinged framed window, sample", "10 Stück", "234,50", "2.345,00"]]),
    ("h", "Umfang / Scope"),
    ("p", "Freigegeben ist ausschließlich die Mustermenge von 10 Stück. Die Restmenge von 1.190 Stück aus Ihrem "
          "Angebot ist nicht freigegeben. Die Serienfreigabe erfolgt erst nach Abnahme der Muster "
          "(Erstmusterprüfbericht) durch Frau Sabine Roth und nur schriftlich durch Herrn Thomas Brenner, Einkauf."),
    ("p", "Only the sample quantity of 10 pieces is released. The remaining 1.190 pieces from your quotation are "
          "not released. The series release follows only after sign-off of the samples (first article report) "
          "by Ms Sabine Roth, and only in writing by Mr Thomas Brenner, Purchasing. Material authority: samples "
          "only."),
    ("p", "Lieferung / delivery: KW 22/2024, DAP Trier. Zahlung / payment: 30 Tage 2 % Skonto, 60 Tage netto. "
          "Verpackung: Holzkiste, max. 1.000 kg. Prüfung nach ECE R43, Kennzeichnung E-Nummer."),
    ("p", "Thomas Brenner, Einkauf"),
], title="Bestellung 24-0588", author="Moselland Reisemobile")
case("c19_moselland_bestellung_eu_numbers", [],
     "bilingual sample PO: 10 Stück released, 1.190 not released until Sabine Roth's first-article sign-off "
     "and Thomas Brenner's written release; European number formats",
     [("Bestellung_24-0588.pdf", _c19)])

# ---- c20: buyer: deposit covers tooling and samples, does not authorize production
_c20_txt = """\
Kevin,

we wired the 30 % deposit today per PI CR-PI-24-066 (tooling + 2 sample trim sets for the LS-30 transit bus).

Please note: only the 2 sample sets are released. The deposit covers the tooling and the 2 sample sets and does not authorize the production run of 150 trim sets, which stays on hold until our pilot bus has been signed off by Priya Natarajan (Engineering) and I issue a written release. Please don't buy material for the 150 sets before then.

Sample sets to Waco by June 14 please, by air. Color per our master: Graphite G-40, textured.

Thanks
Marcus
""" + sig("Marcus Reed", "Buyer", "Lone Star Shuttle & Bus Co., Waco TX", "+1 254 555 0187")
_c20 = mail('"Marcus Reed" <mreed@lonestarshuttle.com>', '"Kevin Zhou" <kevin.zhou@ruitai-interior.cn>',
            "Deposit PI CR-PI-24-066 - LS-30 trim panels", "Wed, 15 May 2024 17:22:00 -0500", _c20_txt,
            html=text_to_html(_c20_txt), cc='"Priya Natarajan" <pnatarajan@lonestarshuttle.com>')
case("c20_lonestar_deposit_not_release", [],
     "buyer pays deposit and says it covers tooling + 2 samples only and does not authorize the 150-set run, "
     "held until Priya's pilot sign-off and Marcus's written release",
     [("Deposit_PI_CR-PI-24-066.eml", _c20)])

# ---- c21: engineering freeze notice that says it is not a production release
_c21 = html_page("Engineering freeze notice EFN-M2-014", """
<h2>Pennine Coachworks Ltd &mdash; Engineering freeze notice EFN-M2-014</h2>
<table>
<tr><th>Item</th><th>Value</th></tr>
<tr><td>Part</td><td>PCW-M2-LM body loom, rev C</td></tr>
<tr><td>Supplier</td><td>Jihlava Kab&eacute;l&aacute;&#382; s.r.o.</td></tr>
<tr><td>Date</td><td>20 May 2024</td></tr>
<tr><td>Issued by</td><td>Claire Whitaker, Lead Engineer Body &amp; Interior</td></tr>
</table>
<h3>What this notice means</h3>
<p>The engineering freeze for the body loom has been reached at rev C. No further design changes are planned
before the type-approval witness test. <b>This is a technical milestone, not a production release.</b></p>
<div class="note">
<p>The released quantity remains the 4 prototype looms under PO 10365.</p>
<p>The production quantity of 120 looms is <b>not released</b>. Purchasing will issue the production release
separately, in writing, signed by Gareth Hughes (Senior Buyer), after the type-approval witness test on
prototype PV-2. Material authority: prototype looms only.</p>
</div>
<h3>Changes rev B &rarr; rev C</h3>
<table>
<tr><th>#</th><th>Change</th></tr>
<tr><td>1</td><td>Rear HVAC branch +150 mm</td></tr>
<tr><td>2</td><td>B-pillar grommet changed to PCW-GR-25 (softer compound)</td></tr>
<tr><td>3</td><td>Label L-44 added at the battery isolator</td></tr>
</table>
""")
case("c21_pcw_engineering_freeze", [],
     "engineering freeze notice says it is not a production release; 4 prototype looms released, 120 held "
     "until witness test and Gareth Hughes's written release",
     [("EFN-M2-014_engineering_freeze.html", _c21)])


# ===================================================================== BATCH 5
# ---- r41: buyer asks supplier to treat the 2025 forecast as a firm order (HTML forecast attached)
_r41_fc = html_page("Ege Karoser - forecast 2025 seats", """
<h3>Ege Karoser A.&#350;. &mdash; Forecast 2025, INTERCITY 13 passenger seats (Polsit PS-Coach 5)</h3>
<table>
<tr><th>Quarter</th><th>Buses</th><th>Seat ship sets (1 per bus, 49 seats)</th></tr>
<tr><td>Q1 2025</td><td>50</td><td>50</td></tr>
<tr><td>Q2 2025</td><td>70</td><td>70</td></tr>
<tr><td>Q3 2025</td><td>70</td><td>70</td></tr>
<tr><td>Q4 2025</td><td>50</td><td>50</td></tr>
<tr><th>Total</th><th>240</th><th>240</th></tr>
</table>
<p>Source: Ege Karoser sales plan S&amp;OP 2024-05.</p>
""")
_r41_txt = """\
Katarzyna Hanım merhaba,

as discussed at Busworld, attached our forecast for 2025 for the INTERCITY 13: 240 buses.

Please consider this forecast as our firm order for 240 seat ship sets PS-Coach 5 (one ship set per bus, 49 seats) and reserve your capacity accordingly. The formal PO will follow in January 2025 when our new budget is open.

Prices as per your offer PQ-24-0166, EUR, DAP Kemalpaşa.

Saygılarımla / Best regards
Elif Demir
Satınalma Müdürü / Purchasing Manager
Ege Karoser Otomotiv San. ve Tic. A.Ş., Kemalpaşa OSB, 35730 İzmir
Tel +90 232 877 40 12
"""
_r41 = mail('"Elif Demir" <elif.demir@egekaroser.com.tr>', '"Katarzyna Nowak" <k.nowak@polsit.pl>',
            "INTERCITY 13 - seats 2025", "Fri, 17 May 2024 11:20:00 +0300", _r41_txt,
            attachments=[("forecast_2025_INTERCITY13_seats.html", _r41_fc, "text/html")])
case("r41_ege_forecast_as_firm_order", ["RG008"],
     "buyer asks the supplier to 'consider this forecast as our firm order for 240 seat ship sets'",
     [("INTERCITY13_seats_2025.eml", _r41)])

# ---- r42: ERP schedule whose legend makes forecast weeks a firm purchase commitment
_r42 = """\
LONE STAR SHUTTLE & BUS CO.  -  SUPPLIER DELIVERY SCHEDULE                 RUN 05/13/2024 06:02
1400 Industrial Blvd, Waco TX 76704                                        PAGE 1 OF 1
------------------------------------------------------------------------------------------
SUPPLIER  : 30418 ARNESES DEL BAJIO SA DE CV       BUYER   : M.REED  (254) 555-0187
PART      : LS-E-2200   LS-22 BODY HARNESS          BLANKET : 77350
SCHEDULE  : 2024-19   (SUPERSEDES 2024-18)
------------------------------------------------------------------------------------------
WEEK OF      QTY   TYPE        CUM
05/20/24      10   FIRM         10
05/27/24      10   FIRM         20
06/03/24      12   FIRM         32
06/10/24      12   FORECAST     44
06/17/24      12   FORECAST     56
06/24/24      14   FORECAST     70
07/01/24       0   FORECAST     70    (PLANT SHUTDOWN)
07/08/24      14   FORECAST     84
07/15/24      14   FORECAST     98
------------------------------------------------------------------------------------------
LEGEND
  FIRM     = RELEASED FOR FABRICATION AND SHIPMENT (32 PCS ON THIS SCHEDULE)
  FORECAST = FIRM PURCHASE COMMITMENT OF LONE STAR - BINDING VOLUME, TREAT AS ORDERED.
             FORECAST WEEKS ARE NOT RELEASED FOR FABRICATION; THEY ARE RELEASED ONLY
             BY A LATER WEEKLY SCHEDULE ISSUED BY MARCUS REED, BUYER.
MATERIAL AUTHORITY: FIRM WEEKS ONLY.
------------------------------------------------------------------------------------------
SHIP TO: LONE STAR SHUTTLE & BUS, DOCK 2.  ASN (856) REQUIRED AT DEPARTURE.
"""
case("r42_lonestar_schedule_forecast_binding", ["RG008"],
     "schedule legend turns the forecast weeks into a 'firm purchase commitment ... treat as ordered'; "
     "firm weeks, hold, next schedule and Marcus Reed are stated",
     [("DELIVERY_SCHEDULE_2024-19_LS-E-2200.txt", _r42)])

# ---- r43: QBR minutes: forecast confirmed as binding + 'approved' for technical and commercial
_r43 = docx_bytes([
    ("h1", "Quarterly business review Q2/2024 – Nordvagn / Polsit"),
    ("p", "Date: 2024-05-22 · Place: Polsit Seating, Bielsko-Biała, plant 2 · Minutes: Piotr Zieliński"),
    ("p", "Participants: Maja Ekström, Per Sandberg (Nordvagn); Katarzyna Nowak, Piotr Zieliński, "
          "Agnieszka Wójcik (Polsit)"),
    ("h", "1. Volumes 2025"),
    ("p", "Nordvagn presented the 2025 forecast: 90 buses for the C12 and C14 programmes. Nordvagn confirmed the "
          "2025 forecast of 90 buses as binding purchase volume; Polsit to treat it as an order for 540 seats "
          "(6 seats per bus). These 2025 seats are not released for production yet; production quantities "
          "for 2025 are released only by call-offs signed by Maja Ekström."),
    ("h", "2. Project C14"),
    ("p", "Sample seats approved (PPAP level 3, Per Sandberg, 2024-05-20). The price increase of 3,5 % for 2025 was "
          "approved by Nordvagn management on 2024-05-17."),
    ("p", "PO 4510009560: 12 pilot seats are released (line 10). Line 20 (168 production seats) is not released; "
          "its production release is given only in writing by Maja Ekström after the water test of the pilot "
          "bus C14-P1."),
    ("h", "3. Quality"),
    ("table", [["KPI", "Target", "YTD"],
               ["PPM (seats)", "≤ 150", "96"],
               ["On-time delivery", "≥ 98 %", "97,2 %"],
               ["8D closed ≤ 30 days", "100 %", "100 %"]]),
    ("h", "4. Actions"),
    ("table", [["#", "Action", "Owner", "Due"],
               ["1", "Capacity plan 2025 for the Bielsko-Biała 2 upholstery line", "PZ", "2024-06-15"],
               ["2", "Send C14 pilot seat delivery plan", "KN", "2024-05-29"],
               ["3", "Updated price list 2025 (+3,5 %)", "KN", "2024-05-31"]]),
], author="Piotr Zieliński")
case("r43_qbr_minutes_forecast_binding_approved", ["RG008", "RG009"],
     "minutes confirm the 2025 forecast as binding volume to be treated as an order, and use 'approved' for "
     "both PPAP (technical) and a price increase (commercial); C14 scope itself is complete",
     [("QBR_Q2-2024_Nordvagn_Polsit_minutes.docx", _r43)])

# ---- r44: release status letter using 'released' for drawing, PO and production
_r44 = pdf([
    ("h1", "Freigabestatus / Release status"),
    ("p", "Kessler Sonderfahrzeuge GmbH · Donautalstraße 31 · 89079 Ulm · 06.05.2024"),
    ("p", "To: Jihlava Kabeláž s.r.o., Mr Martin Procházka. Subject: body loom RTW Typ E, part 4000-1300-500."),
    ("table", [["Item", "Status", "Date", "By"],
               ["Drawing KSF-E-5600 Rev B", "released", "29.04.2024", "Engineering, T. Wendt"],
               ["PO 4500031610", "released in SAP", "30.04.2024", "Purchasing"],
               ["Production", "released: 3 prototype looms only", "30.04.2024", "J. Köhler"]]),
    ("p", "The balance of 45 looms is not released until the TÜV acceptance of the prototype vehicle (§ 21 StVZO) "
          "and a written production release by Jana Köhler, Head of Purchasing. Material authority: prototype "
          "looms only."),
    ("p", "Please deliver the 3 prototype looms in KW 21 to Werk 2, Tor 4, with the crimp and continuity records."),
    ("p", "Jana Köhler, Leiterin Einkauf"),
], title="Release status 4000-1300-500", author="Kessler Sonderfahrzeuge")
case("r44_kessler_release_status_mixed", ["RG009"],
     "'released' is used for the drawing (technical), the PO in SAP (commercial) and production; the "
     "production scope itself is complete (3 released, 45 held until TÜV + Jana)",
     [("Freigabestatus_4000-1300-500.pdf", _r44)])

# ---- r45: buyer email: samples approved (technical) and PO value approved (commercial)
_r45_txt = """\
Dear Selin,

quick update on the ARV roof pod, PO-22950:

- the sample pods are approved - fit check and the BS 476-7 fire test passed last week;
- the PO value increase for the revised mould (GBP 3,200) is approved by our finance;
- production: only the 2 sample pods are released. The balance of 38 pods is not released until the VCA witness test and my written production release.

Please send the revised mould invoice referencing PO-22950 rev 1.

Kind regards
Rachel
""" + sig("Rachel Osei", "Purchasing Manager", "Brightwater Specialist Vehicles Ltd, Swindon", "+44 1793 550 310")
_r45 = mail('"Rachel Osei" <rachel.osei@brightwater-sv.co.uk>', '"Selin Kaya" <selin.kaya@kocaelikompozit.com.tr>',
            "ARV roof pod - update PO-22950", "Tue, 21 May 2024 12:48:00 +0100", _r45_txt,
            html=text_to_html(_r45_txt))
case("r45_bsv_approved_twice", ["RG009"],
     "'approved' used for the sample pods (technical) and for the PO value increase by finance (commercial) "
     "in the same message; production scope complete",
     [("ARV_roof_pod_update_PO-22950.eml", _r45)])

# ---- r46: buyer portal with one 'Approval' column for drawing, quotation, samples and production
_r46 = html_page("Ege Karoser Tedarikçi Portalı - PO 4500022250", """
<h2>Ege Karoser Tedarik&ccedil;i Portal&#305; / Supplier Portal</h2>
<p>PO <b>4500022250</b> &middot; Tedarik&ccedil;i / Supplier: Bursa Cam Sanayi ve Ticaret A.&#350;. &middot;
Proje: EGE CITY 12 E &middot; Sat&#305;nalma / Buyer: Elif Demir</p>
<table>
<tr><th>Konu / Item</th><th>Onay / Approval</th><th>Tarih / Date</th></tr>
<tr><td>Drawing EGE-W-1220 rev C (rear window set)</td><td>Approved (R&amp;D)</td><td>02.05.2024</td></tr>
<tr><td>Quotation BC-24-0390</td><td>Approved (purchasing committee)</td><td>06.05.2024</td></tr>
<tr><td>Sample windows, 4 sets</td><td>Approved (quality)</td><td>20.05.2024</td></tr>
<tr><td>Production windows, 56 sets</td><td>Not approved</td><td>&ndash;</td></tr>
</table>
<div class="note">Released now: the 4 sample sets under PO 4500022250. The balance of 56 sets is not released until the
homologation test at TSE and a written production release from Elif Demir, Purchasing Manager.</div>
<h3>Lojistik / Logistics</h3>
<p>Delivery DAP Kemalpa&#351;a, A-frame racks, max. 10 sets per rack. Irsaliye must quote the PO number.</p>
""", lang="tr")
case("r46_ege_portal_approval_column", ["RG009"],
     "one 'Approval' column covers drawing (technical), quotation (commercial) and production ('Not approved'); "
     "scope note itself is complete",
     [("portal_PO_4500022250.html", _r46)])

# ===================================================================== clean, batch 5
# ---- c22: sample PO (TXT) + supplier quote (PDF) declared informational
_c22_po = """\
RIDGELINE RV, INC.  -  PURCHASE ORDER                                  RUN 05/14/24 10:41
2750 County Road 6 West, Elkhart IN 46514                               PAGE 1
----------------------------------------------------------------------------------------
PO NUMBER : 88190                 DATE: 05/14/24          BUYER: D.KOWALSKI
SUPPLIER  : 40233 ARNESES DEL BAJIO SA DE CV, QUERETARO, MX
SHIP VIA  : FEDEX INTL PRIORITY (ACCT 5520-7731-9)        TERMS: NET 45
----------------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                               QTY  UOM   UNIT      EXT
--  -------------  ----------------------------------------  ---  ---  ------  --------
1   RRV-HH-S32-S   HOUSE HARNESS 12V SUMMIT 32, SAMPLE          2  EA  388.00    776.00
                   DWG RRV-E-3200 REV B
----------------------------------------------------------------------------------------
                                                          PO TOTAL USD         776.00
SCOPE OF THIS PO:
  ONLY THE 2 SAMPLE HARNESSES ABOVE ARE RELEASED.
  QUOTE AB-Q-0455 IS ATTACHED FOR PRICING INFORMATION ONLY. THE PRODUCTION QUANTITY
  SHOWN IN THE QUOTE (300 PER YEAR) IS NOT RELEASED. IT IS RELEASED ONLY BY A WRITTEN
  RELEASE FROM DANA KOWALSKI, PURCHASING MANAGER, AFTER THE SUMMIT 32 PILOT BUILD
  HAS PASSED RVIA INSPECTION.
  MATERIAL AUTHORITY: SAMPLES ONLY.
NOTES:
  LABEL EACH CIRCUIT PER RVIA / NFPA 1192. 100% CONTINUITY TEST, RECORDS WITH SHIPMENT.
----------------------------------------------------------------------------------------
"""
_c22_q = pdf([
    ("h1", "COTIZACIÓN / QUOTATION AB-Q-0455"),
    ("p", "Arneses del Bajío S.A. de C.V. · Parque Industrial Querétaro · 05/08/2024"),
    ("p", "Customer: Ridgeline RV, Inc., Elkhart IN – Ms Dana Kowalski. Part: house harness 12 V Summit 32, "
          "drawing RRV-E-3200 rev B."),
    ("table", [["Item", "Description", "Quantity", "Unit USD"],
               ["1", "Sample harness (hand-built)", "2 pcs", "388.00"],
               ["2", "Production harness", "300 pcs / year", "214.50"],
               ["3", "Assembly board (one-off)", "1", "1,850.00"]]),
    ("p", "Lead time: samples 3 weeks; production 6 weeks after release. Prices FCA Laredo TX, valid 90 days."),
    ("p", "Luis Herrera, Account Manager"),
], title="AB-Q-0455", author="Arneses del Bajío")
case("c22_ridgeline_po_quote_info_only", [],
     "sample PO (2 EA) with the attached quote declared pricing information only; 300/yr not released until "
     "RVIA-passed pilot build and Dana's written release",
     [("PO_88190.txt", _c22_po), ("AB-Q-0455.pdf", _c22_q)])

# ---- c23: planning inquiry (question) with DOCX capacity questionnaire
_c23_q = docx_bytes([
    ("h1", "Capacity questionnaire – PS-City 2 seats, C14 programme"),
    ("p", "Nordvagn Karosseri AB · Supply Planning · 2024-05-24"),
    ("p", "This questionnaire is an inquiry. It is not an order, a forecast commitment or a production release."),
    ("table", [["#", "Question", "Your answer"],
               ["1", "Could you deliver 60 seats in week 32 if a release were issued in week 28?", ""],
               ["2", "Lead time for moquette NV-Grey Melange GM-210 at your supplier?", ""],
               ["3", "Maximum weekly output of the upholstery line Bielsko-Biała 2 in August (holiday period)?", ""],
               ["4", "Which material would you need to stage before week 28 to meet question 1, and its value?", ""]]),
    ("p", "Please return by 2024-05-31 to supply.planning@nordvagn.se."),
], author="Linnea Holm")
_c23_txt = """\
Hi Katarzyna,

a planning question, not an order: would you be able to deliver 60 seats in week 32 if we released them in week 28? The C14 programme may be pulled forward because of the Göteborg tender.

Could you fill in the attached questionnaire by Friday next week? Nothing is released or ordered by this mail - if we go this way, Maja will send a normal written release.

Tack och hälsningar
Linnea
""" + sig("Linnea Holm", "Supply Planner", "Nordvagn Karosseri AB, Borås", "+46 33 710 45 33")
_c23 = mail('"Linnea Holm" <linnea.holm@nordvagn.se>', '"Katarzyna Nowak" <k.nowak@polsit.pl>',
            "C14 seats - capacity question week 32", "Fri, 24 May 2024 10:02:00 +0200", _c23_txt,
            cc='"Maja Ekström" <maja.ekstrom@nordvagn.se>',
            attachments=[("Capacity_questionnaire_C14_seats.docx", _c23_q, DOCX_MT)])
case("c23_nordvagn_capacity_question", [],
     "planner asks whether 60 seats in week 32 would be possible; explicitly an inquiry, nothing released",
     [("C14_seats_capacity_question.eml", _c23)])

# ---- c24: X12 830 print with firm/planning weeks and explicit FAB/RAW authority
_c24 = """\
EDI TRANSLATION PRINT - X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY (004010)
ISA SENDER: LONESTARSB   RECEIVER: ARNESESBAJIO   CTRL 000004417   05/20/2024 05:40
--------------------------------------------------------------------------------------
BFR*05*2024-20**DL*A*20240520*20241117*20240520~
N1*ST*LONE STAR SHUTTLE AND BUS CO*92*WACO1~
N1*SU*ARNESES DEL BAJIO SA DE CV*92*30418~
PER*BD*MARCUS REED*TE*2545550187~
LIN**BP*LS-E-2200*PO*77350~
UIT*EA~
ATH*FI*20240616*40**20240520~
ATH*MT*20240714*80**20240520~
FST*10*C*W*20240527~
FST*10*C*W*20240603~
FST*10*C*W*20240610~
FST*10*C*W*20240617~
FST*12*D*W*20240624~
FST*14*D*W*20240708~
FST*14*D*W*20240715~
FST*14*D*W*20240722~
CTT*1*94~
--------------------------------------------------------------------------------------
READABLE SUMMARY (PART LS-E-2200, BLANKET PO 77350)
  FIRM (FST02=C)     : 4 WEEKS, 40 HARNESSES - RELEASED FOR FABRICATION AND SHIPMENT
  PLANNING (FST02=D) : 54 HARNESSES - FORECAST ONLY, NOT RELEASED, NOT A COMMITMENT
  FABRICATION AUTHORITY (ATH*FI): CUM 40 THROUGH 06/16/2024
  MATERIAL AUTHORITY    (ATH*MT): CUM 80 THROUGH 07/14/2024, AT LONE STAR LIABILITY
  PLANNING WEEKS ARE RELEASED ONLY BY A LATER 830/862 ISSUED BY MARCUS REED, BUYER.
--------------------------------------------------------------------------------------
"""
case("c24_lonestar_830_fab_raw", [],
     "X12 830: 40 firm released, planning weeks labelled forecast only; explicit fabrication (40) and staged "
     "material (80) authority; next 830/862 from Marcus Reed",
     [("EDI830_2024-20_LS-E-2200.txt", _c24)])

# ---- c25: long thread with inline answers, PDF PO, staged connector authority
_c25_po = pdf([
    ("h1", "Bestellung / Purchase Order 24-0602"),
    ("p", "Moselland Reisemobile GmbH · Zurmaiener Str. 70 · 54292 Trier"),
    ("table", [["", ""],
               ["Lieferant / Supplier", "Jihlava Kabeláž s.r.o., Pávovská 19, 586 01 Jihlava"],
               ["Datum / Date", "27.05.2024"],
               ["Angebot / Offer", "JK-MRM-2024-044"]]),
    ("table", [["Pos", "Artikel", "Bezeichnung", "Menge", "Preis EUR"],
               ["10", "MRM-E-640-12V", "Aufbaukabelbaum 12 V Mosel 640 / 12 V habitation loom, sample", "3 ST",
                "3 × 412,00"]]),
    ("p", "Released: the 3 sample looms of pos 10. The remaining 117 looms of your offer are not released. They "
          "are released only after the sample sign-off by Ms Sabine Roth (installation in FZ-01 incl. EMC check) "
          "and then only by a written production release from Thomas Brenner, Purchasing."),
    ("p", "Material authority: samples, plus TE/Tyco MCP connectors for up to 40 looms at Moselland's liability "
          "(staged, see e-mail of 27.05.2024). No other series material."),
    ("p", "Thomas Brenner, Einkauf"),
], title="PO 24-0602", author="Moselland Reisemobile")
_c25_q2 = """\
From: Martin Procházka <m.prochazka@jihlava-kabelaz.cz>
Sent: Friday, 24 May 2024 14:07
To: Thomas Brenner <t.brenner@moselland-reisemobile.de>
Cc: Sabine Roth <s.roth@moselland-reisemobile.de>
Subject: Mosel 640 habitation loom - open questions

Hello Thomas,

before we start the samples, some open points:

1. Packaging: the samples on one pallet (120 x 80) or each loom in its own box?
2. Customs: do you need an EUR.1 or is the invoice declaration enough?
3. Payment terms for samples: same as serial (30 days)?
4. Our plant is closed 29.07.-09.08. for summer holidays.
5. The TE/Tyco MCP connectors have 20 weeks lead time. Can we already order them for the series?

Best regards
Martin Procházka
Sales, Jihlava Kabeláž s.r.o.
"""
_c25_txt = """\
Hi Martin,

thanks for the list - answers inline below, and our PO 24-0602 for the samples is attached.

1. Packaging: one box per loom please, labelled with the loom number and the vehicle (FZ-01 to FZ-03).
2. Customs: intra-EU delivery, so no EUR.1 needed - invoice with both VAT IDs is enough.
3. Payment: yes, 30 days net, same as for serial parts.
4. Holidays: noted, thanks. The samples are needed in KW 26, so that is not a problem.
5. Connectors: yes, but within limits - you may order the TE/Tyco MCP connectors for up to 40 looms now, at our liability. That is a staged material authority, nothing else for the series. Production stays at the 3 sample looms in the PO; the remaining 117 looms are not released until Sabine has signed off the samples in FZ-01 and I send you a written production release.

Sabine will send the updated fuse list (rev D) on Monday.

Have a nice weekend!
Thomas

Thomas Brenner | Einkauf / Purchasing | Moselland Reisemobile GmbH | Zurmaiener Str. 70 | 54292 Trier
Tel. +49 651 99 47 30-21 | Amtsgericht Wittlich HRB 40877 | Geschäftsführer: Peter Lenz

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.

""" + quote_lines(_c25_q2) + "\n"
_c25 = mail('"Thomas Brenner" <t.brenner@moselland-reisemobile.de>',
            '"Martin Procházka" <m.prochazka@jihlava-kabelaz.cz>',
            "RE: Mosel 640 habitation loom - open questions", "Mon, 27 May 2024 09:12:00 +0200", _c25_txt,
            html=text_to_html(_c25_txt), cc='"Sabine Roth" <s.roth@moselland-reisemobile.de>',
            in_reply_to="<h68-c25q@jihlava-kabelaz.cz>",
            attachments=[("Bestellung_24-0602.pdf", _c25_po, PDF_MT)])
case("c25_moselland_thread_staged_connectors", [],
     "long inline-answer thread: 3 sample looms released, 117 held until Sabine's sign-off and Thomas's "
     "written release; connectors for 40 looms under an explicit staged material authority",
     [("RE_Mosel_640_habitation_loom.eml", _c25)])



# ##################################################################### WRITE
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(6868).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
        folder = f"h68_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"{len(labels)} cases written ({clean} clean, {len(labels) - clean} with risks)")


if __name__ == "__main__":
    main()
