#!/usr/bin/env python3
"""Generator for the releasegate check_holdout204 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout204/build.py
(the venv needs reportlab and python-docx).

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Domain: kitchen and furniture fittings (concealed hinges, drawer runners, handles, plinth legs,
lift-up flap fittings, sink-base trays). All companies and people are fictional.
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
_PDF_MAP = {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "d"}


def _pdf_safe(s):
    """The standard PDF fonts (Helvetica) carry only the WinAnsi (cp1252) characters. Characters
    outside it (Polish, Turkish, Lithuanian diacritics) are written without the diacritic, as many
    ERP exports do, so that the text stays extractable."""
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            m = _PDF_MAP.get(ch)
            if m is None:
                m = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii") or "?"
            out.append(m)
    return "".join(out)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [(b[0],) + tuple(
        ([[_pdf_safe(c) for c in r] for r in x] if b[0] == "table" else _pdf_safe(x)) for x in b[1:])
        for b in blocks]
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
    m["Message-ID"] = msgid or f"<h204-{_MSGN[0]:04d}@{dom}>"
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
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h204")
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


def quote(text, level=1):
    """Prefix every line with '> ' (level times), as a mail client does in a reply."""
    pre = ">" * level + " "
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n"))


def html_alt(text):
    """A plain HTML rendering of a text body, as mail clients send in multipart/alternative.
    Quoted lines ('> ') become blockquotes."""
    out, depth = [], 0
    for ln in text.split("\n"):
        d = len(ln) - len(ln.lstrip(">"))
        body = ln.lstrip(">").lstrip(" ")
        while depth < d:
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:6px">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append((escape(body) or "&nbsp;") + "<br>")
    out.extend(["</blockquote>"] * depth)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;'
            'font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


def t(s):
    """Dedent-free helper: strip the first newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


# ------------------------------------------------------------------ parties
# Buyers
SK = "Shannonside Kitchens Ltd"            # Irish kitchen maker, Raheen, Limerick
MW = "Meble Warta Sp. z o.o."              # Polish furniture factory, Kalisz
EB = "Ébénisterie Boréale inc."            # Quebec cabinet shop, Saint-Hyacinthe
AN = "Al Noor Interiors Fit-Out LLC"       # Emirati fit-out contractor, Al Quoz, Dubai
# Suppliers
RB = "Rheintal Beschläge GmbH"             # Austria, Lustenau (hinges, lift-up fittings)
KM = "Kartal Metal Aksesuar San. ve Tic. A.Ş."  # Turkey, İnegöl/Bursa (handles, plinth legs)
JH = "Foshan Jinhui Hardware Co., Ltd."    # China, Nanhai, Foshan, Guangdong (hinges, runners)
SJ = "Seri Jaya Precision Sdn. Bhd."       # Malaysia, Batu Pahat, Johor (runners, lift-up, trays)
NF = "Nemunas Furnitura UAB"               # Lithuania, Kaunas (trays, runners, plinth legs)

# e-mail addresses
SIOBHAN = "Siobhán Kelly <skelly@shannonsidekitchens.ie>"
CIARAN = "Ciarán Duffy <cduffy@shannonsidekitchens.ie>"
DECLAN = "Declan Moran <dmoran@shannonsidekitchens.ie>"
KASIA = "Katarzyna Nowicka <k.nowicka@meblewarta.pl>"
TOMASZ = "Tomasz Wróbel <t.wrobel@meblewarta.pl>"
MATHIEU = "Mathieu Gagnon <mgagnon@ebenisterieboreale.ca>"
FAISAL = "Faisal Al Mansoori <faisal.m@alnoor-interiors.ae>"
ANOOP = "Anoop Nair <anoop.nair@alnoor-interiors.ae>"
JOHANNES = "Johannes Fink <j.fink@rheintal-beschlaege.at>"
MARTINA = "Martina Gruber <m.gruber@rheintal-beschlaege.at>"
EMRE = "Emre Yıldız <emre.yildiz@kartal-aksesuar.com.tr>"
JENNY = "Jenny Liang <jenny@jinhui-hardware.cn>"
NURUL = "Nurul Aina <nurul.aina@serijaya.com.my>"
TOMAS = "Tomas Petrauskas <tomas.p@nemunas-furnitura.lt>"
RUTA = "Rūta Kazlauskienė <ruta.k@nemunas-furnitura.lt>"


# =================================================================== CLEAN

# c01 -- supplier quote with sample and production tiers, plain mail saved as text (Turkish English)
case("c01_quote_tiers_tr", [], "supplier offer alone: sample 30 / production 2.400 and 6.000 tiers, no authorized quantity; says production needs a separate written release", [
    ("offer_TKL-2024-118.txt", t("""
From:    Emre Yıldız <emre.yildiz@kartal-aksesuar.com.tr>
To:      Katarzyna Nowicka <k.nowicka@meblewarta.pl>
Sent:    06.05.2024 10:41
Subject: RE: Offer request - bar handle 160mm brushed brass / our offer TKL-2024-118

Dear Katarzyna Hanım,

Thank you for your inquiry, as we discussed on phone please find our offer below.

Item    : HD-160-BB bar handle, 160 mm c/c, zamak body, brushed brass PVD
Screws  : M4x22 included (2 pcs per handle)
Drawing : your DRG MW-2400 Rev 3 (we can make also 128 mm c/c if needed)

  Tier                   Qty          Unit price     Lead time
  -------------------    ---------    -----------    ---------------------------
  Sample lot             30 pcs       EUR 4,80       10 working days
  Production (yearly)    2.400 pcs    EUR 2,15       5 weeks after your release
  Production (yearly)    6.000 pcs    EUR 1,95       5 weeks after your release

Prices EXW İnegöl, packing 25 pcs per inner box, 200 pcs per carton.
Salt spray test ISO 9227 NSS 96 h is included for sample lot. Offer valid 60 days.

Please note this is only offer. We do not start anything before your purchase order, and for
any production quantity we need your separate written release.

Best regards / Saygılarımla
Emre Yıldız
Export Sales Manager
Kartal Metal Aksesuar San. ve Tic. A.Ş.
İnegöl OSB 3. Cad. No:14, 16400 İnegöl / Bursa
T: +90 224 715 40 12
""").encode()),
])


# c02 -- buyer RFQ with three quantity scenarios, multipart/alternative + DOCX spec attachment (Irish)
_c02_text = t("""
Hi Tomas,

Hope all is well in Kaunas. We're looking at a new aluminium sink-base tray for our 900 and 800
sink units (our refs SBT-900 / SBT-800) and we'd like a price from Nemunas.

Could you quote three scenarios please:
  A) 30 samples of each size, for a fit check on our line in Raheen
  B) 1.500 pcs/year SBT-900 + 600 pcs/year SBT-800
  C) 3.000 pcs/year SBT-900 + 1.200 pcs/year SBT-800

Spec sheet attached (drawing DRG 900-12 Rev C, alu 0.8 mm, anti-slip ribs, no stainless trim).
Tooling cost separate please, and the lead time for the samples.

Just so there's no confusion: this is a request for quotation, not an order. Nothing is ordered
or released, and please don't buy any material on the back of it. If it works out there will be
a separate PO for the samples first.

Quote by Friday the 24th if you can manage it.

Thanks a million,
Siobhán
""") + sig("Siobhán Kelly", "Purchasing Manager", SK + ", Raheen Business Park, Limerick", "+353 61 455 210")

_c02_docx = docx_bytes([
    ("h1", "Request for Quotation RFQ-SK-24-031"),
    ("p", "Shannonside Kitchens Ltd, Raheen Business Park, Limerick V94. Contact: Siobhán Kelly, Purchasing."),
    ("p", "Status: REQUEST FOR QUOTATION - NOT AN ORDER. No quantity is ordered or released by this document."),
    ("h", "Parts"),
    ("table", [["Ref", "Description", "Drawing", "Material"],
               ["SBT-900", "Sink-base tray for 900 mm sink unit, anti-slip ribs", "DRG 900-12 Rev C", "Alu 0.8 mm"],
               ["SBT-800", "Sink-base tray for 800 mm sink unit, anti-slip ribs", "DRG 800-12 Rev C", "Alu 0.8 mm"]]),
    ("h", "Scenarios to quote"),
    ("table", [["Scenario", "SBT-900", "SBT-800", "Purpose"],
               ["A", "30 pcs", "30 pcs", "samples for fit check"],
               ["B", "1.500 pcs/year", "600 pcs/year", "volume price only"],
               ["C", "3.000 pcs/year", "1.200 pcs/year", "volume price only"]]),
    ("p", "Please state tooling cost separately, sample lead time, production lead time, packing (max 20 kg per carton)."),
    ("p", "Quotation due: 24 May 2024."),
], author="Siobhán Kelly")

case("c02_rfq_scenarios_ie", [], "buyer RFQ with three quantity scenarios, explicitly not an order, nothing released, no material", [
    ("RFQ-SK-24-031.eml", eml_bytes(mail(
        SIOBHAN, TOMAS, "RFQ-SK-24-031 sink-base trays SBT-900 / SBT-800",
        "Tue, 14 May 2024 11:05:00 +0100", _c02_text, html=html_alt(_c02_text),
        attachments=[("RFQ-SK-24-031_spec.docx", _c02_docx, DOCX_MT)]))),
])


# c03 -- WhatsApp: supplier asks for go-ahead on the balance, buyer answers with full scope (Malaysian / Gulf)
case("c03_whatsapp_question_my_ae", [], "supplier question 'can we have go-ahead for the balance?' is not an approval; buyer answers with 20 sets only, balance on hold, mock-up sign-off + written release by Khalid Al Hammadi; AWB number contains 1180", [
    ("WhatsApp_Chat_Seri_Jaya_LF.txt", t("""
14/05/2024, 09:12 - Nurul Aina (Seri Jaya): Good morning Mr Anoop, the 20 sets sample LF-HK-2 already shipped by DHL, AWB 7740 2211 1180
14/05/2024, 09:13 - Nurul Aina (Seri Jaya): Boss Lim asking, can we have go-ahead for the balance 1,180 sets? We want to book the press line early June
14/05/2024, 09:40 - Anoop Nair (Al Noor): Morning Nurul. Not yet pls
14/05/2024, 09:41 - Anoop Nair (Al Noor): Only the 20 sample sets under PO ANI-PO-24-0412. Balance 1,180 sets is on hold, not released
14/05/2024, 09:42 - Anoop Nair (Al Noor): It will be released only after Eng. Rajesh Menon signs off the mock-up flat in Tower B and then Mr Khalid Al Hammadi (Projects Director) sends the written release. Don't buy gas struts for the balance, samples only
14/05/2024, 09:43 - Nurul Aina (Seri Jaya): Noted with thanks 🙏 will inform boss Lim. We hold
14/05/2024, 09:44 - Anoop Nair (Al Noor): 👍 Inshallah mock-up ready end of the month
""").encode()),
])


# c04 -- clearly labelled forecast, PDF with table (Polish)
case("c04_forecast_labelled_pl", [], "six-month forecast labelled 'prognoza / forecast - not an order', no production or material authority; firm quantities only by signed call-off", [
    ("MW_NF_2024H2.pdf", pdf([
        ("h1", "PROGNOZA / FORECAST 2024 H2"),
        ("p", "Meble Warta Sp. z o.o., ul. Wrocławska 88, 62-800 Kalisz. Dostawca / Supplier: Nemunas Furnitura UAB, Kaunas."),
        ("p", "Data / Date: 20.05.2024. Przygotowała / Prepared by: Katarzyna Nowicka, Zakupy."),
        ("h", "UWAGA / NOTE"),
        ("p", "To jest prognoza, nie zamówienie. / This is a forecast, not an order. It is for your capacity "
              "planning only. It releases no production and gives no material authority. Firm quantities are "
              "only those in our call-offs (zamówienia), signed by Marek Zieliński, Dyrektor Produkcji."),
        ("table", [["Indeks / Item", "Opis / Description", "VII", "VIII", "IX", "X", "XI", "XII", "Razem / Total"],
                   ["DR-UM-450", "Prowadnica / undermount runner 450 mm, 30 kg", "400", "400", "600", "600", "800", "400", "3.200"],
                   ["DR-UM-500", "Prowadnica / undermount runner 500 mm, 30 kg", "200", "200", "300", "300", "400", "200", "1.600"]]),
        ("p", "Quantities in pairs (kpl.). Runners per EN 15338 level 3. Forecast accuracy +/- 25 %."),
        ("p", "Prognoza niewiążąca / non-binding forecast."),
    ], title="Prognoza 2024 H2", author="Katarzyna Nowicka")),
])


# c05 -- DOCX sample sign-off scoped to fit check, production not released (Irish)
case("c05_signoff_fitcheck_ie", [], "sample sign-off 'approved for fit check only; production not released', nothing beyond the 24 samples, balance 4.800 on hold until written release by Aoife Byrne after cycle test review", [
    ("SDR-24-014.docx", docx_bytes([
        ("h1", "Sample Disposition Record SDR-24-014"),
        ("p", "Shannonside Kitchens Ltd - Product Engineering"),
        ("table", [["Field", "Entry"],
                   ["Part", "HG-35-110-SC concealed hinge 110°, 35 mm cup, clip-on soft-close"],
                   ["Supplier", "Rheintal Beschläge GmbH, Lustenau (quote AN 24-0871)"],
                   ["Drawing", "DRG 3511 Rev 4"],
                   ["Samples received", "24 pcs on PO 24-1187 line 10 (delivered 15/05/2024)"],
                   ["Checks done", "Fit check on 600 mm wall units and 450 mm base units, door gap 2 mm, overlay 16 mm"],
                   ["Checks open", "Cycle test to EN 15570 (80 000 cycles) - report due wk 23"]]),
        ("h", "Disposition"),
        ("p", "Samples approved for fit check only. Production not released."),
        ("p", "Quantity authorised now: nothing beyond the 24 samples already delivered."),
        ("p", "Balance on hold: the production quantity of 4.800 pcs in quote AN 24-0871 is not released."),
        ("p", "Unlock: written release by Aoife Byrne, Operations Director, once the EN 15570 cycle test report "
              "has been reviewed and signed off by Declan Moran."),
        ("p", "Material authority: sample-only. Rheintal should not buy or stage material for the 4.800."),
        ("sp",),
        ("p", "Signed: Declan Moran, Product Engineer, 21/05/2024"),
    ], author="Declan Moran")),
])


# c06 -- full-quantity PO, PDF table, "please proceed with the full quantities" (Gulf)
case("c06_full_po_ae_tr", [], "full and final quantity PO (1,150 + 860 handles), no balance exists; 'proceed with manufacture of the full quantities' is scoped; Project 2400 / RAL 9005 identifiers", [
    ("ANI-PO-24-0398.pdf", pdf([
        ("h1", "PURCHASE ORDER ANI-PO-24-0398"),
        ("p", "Al Noor Interiors Fit-Out LLC, Warehouse 14, Al Quoz Industrial 3, Dubai, UAE. TRN 100 2400 1180 0003"),
        ("p", "Supplier: Kartal Metal Aksesuar San. ve Tic. A.Ş., İnegöl OSB, Bursa, Türkiye. Your offer TKL-2024-097 dated 18/04/2024."),
        ("p", "Project: Marina Residences Tower B (Project code 2400), 240 apartments, kitchens and wardrobes."),
        ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "HD-320-MB", "Bar handle 320 mm c/c, matt black RAL 9005, M4x25 screws", "1,150 pcs", "USD 2.95", "USD 3,392.50"],
                   ["2", "HD-160-MB", "Bar handle 160 mm c/c, matt black RAL 9005, M4x25 screws", "860 pcs", "USD 1.90", "USD 1,634.00"],
                   ["", "", "", "", "Total", "USD 5,026.50"]]),
        ("p", "This PO covers the full and final quantity for the project. There is no balance and no further call-off "
              "for these items. Please proceed with manufacture of the full quantities above (1,150 pcs and 860 pcs)."),
        ("p", "Delivery: CIF Jebel Ali, latest 15/07/2024. Packing: 50 pcs per carton, cartons marked with line number. "
              "Payment: 45 days from delivery."),
        ("p", "Procurement: Faisal Al Mansoori, Procurement Manager. Date: 16/05/2024."),
    ], title="ANI-PO-24-0398", author="Faisal Al Mansoori")),
])


# c07 -- EDI DELFOR call-off printout with explicit staged material authority (Polish / Lithuanian)
case("c07_edi_calloff_staged_pl_lt", [], "call-off releases 600, explicit staged material authority 1.800 at buyer liability, weeks 27-38 forecast not released; next call-off signed by Marek Zieliński unlocks more", [
    ("DELFOR_CO-MW-2024-021.txt", t("""
================================================================================
 EDI DELFOR D96A  --  WYDRUK / PRINTOUT                       Comarch ERP XL 2023.1
 Nadawca / Sender   : MEBLE WARTA SP. Z O.O.  GLN 5901234000128
 Odbiorca / Receiver: NEMUNAS FURNITURA UAB   GLN 4770123000455
 Dokument / Doc     : BGM 241  CALL-OFF CO-MW-2024-021        DTM 137 20240521
 Umowa / Agreement  : RA-2024/07 (frame agreement, prices only)
================================================================================
 LIN 1   DR-UM-450   PROWADNICA PODSZAFKOWA 450 / UNDERMOUNT RUNNER 450 MM 30KG
         PIA  SUPPLIER ITEM  NF-R450-30
 --------------------------------------------------------------------------------
 QTY 1  (firm release)            600 KPL    DTM 2 delivery  wk 24/2024
 QTY 79 (fabrication authority)   600 KPL    -> make 600 pairs, no more
 QTY 78 (material authority)    1.800 KPL    STAGED: steel coil DC01 + soft-close
                                             dampers for up to 1.800 pairs,
                                             buyer liability up to 1.800 pairs
 --------------------------------------------------------------------------------
 SCC 4  FORECAST - NOT RELEASED, PLANNING ONLY
        wk 27/2024   400 KPL
        wk 30/2024   400 KPL
        wk 34/2024   400 KPL
        wk 38/2024   400 KPL
 --------------------------------------------------------------------------------
 FTX AAI  Only the 600 pairs are released for production. Forecast lines are
          not released. Further quantities are released only by the next
          call-off CO-MW-2024-022, signed by Marek Zielinski (Dyrektor
          Produkcji). Material may be bought up to the 1.800 staged above.
 FTX AAI  Runners per EN 15338, cycle test 50.000 cycles, pack 10 pairs/box.
================================================================================
 UNH 00000021 / UNT 18 / UNZ 1                                    page 1 of 1
"""
).encode()),
])


# c08 -- explicit signed auto-conversion record (Quebec French-English / Lithuanian)
case("c08_autoconversion_signed_ca_lt", [], "explicit recorded auto-conversion: names 1 200 sets, the signer of the sign-off, conditions and deadline; 30 samples active now; anything beyond 1 200 on hold until written release by Luc Bergeron", [
    ("EB_NF_AC-24-03.docx", docx_bytes([
        ("h1", "Entente de conversion automatique / Auto-conversion agreement AC-24-03"),
        ("p", "Ébénisterie Boréale inc., 2150 rue Girouard Ouest, Saint-Hyacinthe (Québec)  /  Nemunas Furnitura UAB, Kaunas"),
        ("table", [["", ""],
                   ["Commande / Order", "BC-24-0317, coulisses DR-UM-500 rev B (undermount runner 500 mm, 30 kg)"],
                   ["Active maintenant / Active now", "30 sample sets (échantillons) only"],
                   ["Quantité convertie / Converted quantity", "1 200 sets"],
                   ["Événement / Event", "approved sample sign-off recorded by Isabelle Tremblay, ing., in writing"],
                   ["Conditions", "EN 15338 level 3 durability (40 000 cycles) passed; fit check on 3 cabinets; no change to drawing rev B; sign-off dated on or before 2024-06-30"],
                   ["Au-delà / Beyond 1 200", "not covered; on hold until a written release by Luc Bergeron"],
                   ["Matériel / Material authority", "sample-only until the sign-off; then up to 1 200 sets"]]),
        ("p", "Recorded auto-conversion: if, and only if, Isabelle Tremblay records an approved sample sign-off meeting the "
              "conditions above, 1 200 sets of DR-UM-500 are released for production by this agreement, without a further "
              "document. If a condition is not met, the 1 200 sets stay on hold until a written release by Luc Bergeron."),
        ("p", "Annual forecast of 2 400 sets is a forecast only and is not released."),
        ("sp",),
        ("p", "Signé / Signed: Luc Bergeron, président, Ébénisterie Boréale inc. - 2024-05-17"),
        ("p", "Accusé / Acknowledged: Tomas Petrauskas, Sales Manager, Nemunas Furnitura UAB - 2024-05-17"),
    ], author="Luc Bergeron")),
])


# c09 -- internal forward of an old 2022 quote as message/rfc822, declared informational (Irish / Austrian)
_c09_inner_text = t("""
Dear Ms Kelly,

thank you for your enquiry. We are pleased to offer as follows:

Angebot / Quotation AN 22-0311
  Pos. 1  HG-35-110-SC Topfscharnier 110° / concealed hinge 110°, clip-on, soft-close
          Muster / samples        50 Stk      EUR 3,40 /Stk
          Serie / series       5.000 Stk      EUR 0,98 /Stk
  Pos. 2  MP-0-2 Montageplatte / mounting plate 0 mm
          Serie / series       5.000 Stk      EUR 0,31 /Stk

Delivery DAP Limerick, lead time series 6 weeks. Validity: 3 months.

Mit freundlichen Grüßen / kind regards
Johannes Fink
""") + sig("Johannes Fink", "Key Account Manager UK & Ireland", RB + ", Lustenau, Austria", "+43 5577 82 410")

_c09_inner = mail(JOHANNES, SIOBHAN, "Angebot AN 22-0311 Topfscharnier HG-35-110-SC",
                  "Mon, 14 Mar 2022 14:20:00 +0100", _c09_inner_text)

_c09_text = t("""
Declan,

Forwarding the old Rheintal quote from March 2022 (attached) - FYI only, for your cost
comparison on the hinge change. It's informational: nothing was ever ordered against it, and
the 5.000 in it is the old 2022 price break, not a quantity anyone has ordered or released.

Current position is the new quote AN 24-0871, which I'll send separately.

Siobhán
""") + sig("Siobhán Kelly", "Purchasing Manager", SK, "+353 61 455 210")

case("c09_fwd_old_quote_ie", [], "internal forward of a 2022 quote (50 / 5.000) as rfc822, declared informational, nothing ordered or released", [
    ("Fw_AN_22-0311.eml", eml_bytes(mail(
        SIOBHAN, DECLAN, "FW: Angebot AN 22-0311 Topfscharnier HG-35-110-SC (old 2022 quote, FYI)",
        "Wed, 15 May 2024 16:02:00 +0100", _c09_text, attachments=[("rfc822", _c09_inner)]))),
])


# c10 -- buyer corrects a quoted supplier line that assumes auto-conversion (Quebec / Chinese English)
_c10_text = t("""
Bonjour Jenny,

No - please don't. The sample approval does not release the 3 000 pcs.

PO BC-24-0322 covers the 25 sample sets of DR-UM-450 only. The balance of 3 000 sets is on hold
and not released. It will be released only by a written release from Luc Bergeron (président),
and only after Isabelle Tremblay has signed off the samples. Until then, buy material for the
25 samples only.

Merci,
Mathieu

""") + quote(t("""
On Mon, May 20, 2024 at 9:47 PM Jenny Liang <jenny@jinhui-hardware.cn> wrote:
Dear Mathieu,
Samples 25 sets will finish on 27 May. To save time, after sample OK we go straight to
mass production 3,000 pcs, so you can catch the July container. Please confirm.
Best regards
Jenny Liang | Sales Dept. | Foshan Jinhui Hardware Co., Ltd.
""")) + "\n" + sig("Mathieu Gagnon", "Acheteur / Buyer", EB + ", Saint-Hyacinthe (Québec)", "+1 450 773 0190")

case("c10_correction_of_quoted_ca_cn", [], "buyer reply corrects the quoted supplier assumption ('after sample OK we go straight to mass production'): 25 samples only, balance 3 000 on hold until Isabelle Tremblay's sign-off and written release by Luc Bergeron", [
    ("RE_BC-24-0322_samples.eml", eml_bytes(mail(
        MATHIEU, JENNY, "RE: BC-24-0322 DR-UM-450 samples / mass production",
        "Tue, 21 May 2024 08:15:00 -0400", _c10_text,
        in_reply_to="<20240520214700.JH1187@jinhui-hardware.cn>"))),
])


# c11 -- WeChat: supplier says the deposit does not release production, buyer confirms (Chinese / Gulf)
case("c11_wechat_deposit_not_release_cn_ae", [], "supplier: 'deposit is only for sample, it does not release production'; buyer confirms 30 samples only, balance 2,970 on hold until Rajesh Menon sign-off and written release by Khalid Al Hammadi", [
    ("WeChat_export_JH_AlNoor.txt", t("""
WeChat chat history export - "Jinhui x Al Noor HG-35-165"
Exported 2024-05-21

Jenny Liang  2024-05-20 15:02
Dear Faisal, we received your sample deposit USD 300 today, thank you 🙏

Jenny Liang  2024-05-20 15:03
pls note: deposit is only for sample, it does not release production. We make 30pcs sample HG-35-165 only, mass production wait for your written release

Faisal Al Mansoori  2024-05-20 15:20
Correct. Only the 30 samples under ANI-PO-24-0388. Balance 2,970 pcs is on hold until Eng. Rajesh Menon signs off the samples and Mr Khalid Al Hammadi (Projects Director) issues the written release.

Jenny Liang  2024-05-20 15:21
ok understand 👌 material also we buy only for 30pcs

Faisal Al Mansoori  2024-05-20 15:22
Thanks Jenny
""").encode()),
])


# c12 -- supplier acknowledgement restating the hold, quoted PO note, PDF attachment (Austrian English)
_c12_text = t("""
Dear Ms Kelly,

many thanks for your order. Please find attached our order acknowledgement AB 24-1122.

We confirm the scope as written in your PO 24-1187:
  - 24 Stk / pcs HG-35-110-SC as samples, delivery KW 20
  - the balance of 4.800 pcs is not released and stays on hold until your written release
    (Ms Aoife Byrne) after your sample sign-off
  - material: we buy for the 24 samples only

Kind regards / Freundliche Grüße
Martina Gruber

""") + quote(t("""
Von: Siobhán Kelly <skelly@shannonsidekitchens.ie>
Gesendet: Dienstag, 7. Mai 2024 10:12
Betreff: PO 24-1187 HG-35-110-SC samples

PO note: 24 pcs HG-35-110-SC samples only. Balance 4.800 pcs (quote AN 24-0871) is not
released - on hold until our sample sign-off (Declan Moran) and a written release from
Aoife Byrne, Operations Director. Material authority: sample quantity only.
""")) + "\n" + sig("Martina Gruber", "Auftragsabwicklung / Order Processing", RB + ", Lustenau, Austria", "+43 5577 82 400")

_c12_pdf = pdf([
    ("h1", "Auftragsbestätigung / Order acknowledgement AB 24-1122"),
    ("p", "Rheintal Beschläge GmbH, Industriestraße 21, 6890 Lustenau, Austria. ATU 2400 1180."),
    ("p", "Kunde / Customer: Shannonside Kitchens Ltd, Limerick. Ihre Bestellung / your PO: 24-1187 vom 07.05.2024."),
    ("table", [["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis", "Betrag"],
               ["10", "HG-35-110-SC", "Topfscharnier 110° soft-close - MUSTER / SAMPLES", "24 Stk", "EUR 3,90", "EUR 93,60"]]),
    ("p", "Restmenge / balance 4.800 Stk: nicht freigegeben / not released - on hold until written release by "
          "Ms Aoife Byrne after sample sign-off. Material: samples only."),
    ("p", "Lieferung KW 20/2024, DAP Limerick. Zahlung 30 Tage netto."),
], title="AB 24-1122", author="Martina Gruber")

case("c12_supplier_ack_hold_at_ie", [], "supplier acknowledgement restating the buyer's quoted scope: 24 samples, balance 4.800 on hold until written release by Aoife Byrne after sign-off, sample-only material", [
    ("AB_24-1122.eml", eml_bytes(mail(
        MARTINA, SIOBHAN, "AW: PO 24-1187 HG-35-110-SC samples - Auftragsbestätigung AB 24-1122",
        "Wed, 08 May 2024 08:31:00 +0200", _c12_text,
        attachments=[("AB_24-1122.pdf", _c12_pdf, PDF_MT)],
        in_reply_to="<h204-po241187@shannonsidekitchens.ie>"))),
])


# c13 -- supplier status report, balance on hold, sample-only material (Malaysian English)
case("c13_status_report_my_ca", [], "supplier status report: 40 sample legs shipped, 6 000 production ON HOLD not released, material sample-only; non-authorizing", [
    ("SJ_weekly_status_wk21_Boreale.pdf", pdf([
        ("h1", "Weekly Order Status - Week 21/2024"),
        ("p", "Seri Jaya Precision Sdn. Bhd., Lot 2400, Jalan Perindustrian 3, Batu Pahat, Johor. "
              "Customer: Ébénisterie Boréale inc. (Saint-Hyacinthe, QC)."),
        ("table", [["Customer PO", "Item", "Scope", "Qty", "Status"],
                   ["BC-24-0309", "PL-100/150 plinth leg, adjustable 100-150 mm, black PP", "Sample", "40 pcs", "Shipped 17/05, FedEx 7781 4400 6000"],
                   ["BC-24-0309", "PL-100/150 plinth leg", "Production", "6 000 pcs", "ON HOLD - not released by customer"],
                   ["BC-24-0309", "PC-1 plinth clip", "Sample", "40 pcs", "Shipped with legs"]]),
        ("h", "Remarks"),
        ("p", "1. Production 6 000 pcs is not released. We wait for customer sample sign-off by Ms Isabelle Tremblay "
              "and written release by Mr Luc Bergeron before any production."),
        ("p", "2. Material: PP resin 12 kg bought for the samples only. No resin or steel bought for the production quantity."),
        ("p", "3. Load test 100 kg per leg passed (internal report QA-24-118)."),
        ("p", "Prepared by: Lim Wei Keat, Operations Manager"),
    ], title="SJ weekly status wk21", author="Lim Wei Keat")),
])


# c14 -- DOCX interim sample disposition with quantity and date limits (Polish)
case("c14_interim_signoff_pl_tr", [], "interim disposition limited to 300 pcs until 30.06.2024, released by Marek Zieliński; balance 2.700 on hold until final sign-off and written release by Marek Zieliński; material 300 only", [
    ("MW_karta_PL-100-150.docx", docx_bytes([
        ("h1", "Karta dyspozycji próbek / Sample disposition - INTERIM"),
        ("p", "Meble Warta Sp. z o.o., Kalisz. Dostawca / supplier: Kartal Metal Aksesuar A.Ş. Zamówienie / PO: ZZ/2024/05/126."),
        ("table", [["Pole / Field", "Wpis / Entry"],
                   ["Indeks / Part", "PL-100/150 nóżka cokołowa / plinth leg 100-150 mm, RAL 9005"],
                   ["Próbki / Samples", "40 pcs received 13.05.2024"],
                   ["Wynik / Result", "dimensions OK; load 150 kg OK; gloss level 35 GU instead of 25 GU (deviation)"],
                   ["Dyspozycja / Disposition", "INTERIM (warunkowa)"],
                   ["Limit ilości / Quantity limit", "max 300 pcs"],
                   ["Limit daty / Date limit", "valid until 30.06.2024"]]),
        ("p", "Production released under this interim disposition: 300 pcs, released by Marek Zieliński, Dyrektor Produkcji, on 22.05.2024."),
        ("p", "Balance: 2.700 pcs remain on hold. They will be released only after the final sample sign-off "
              "(new samples with 25 GU gloss) by Tomasz Wróbel and a written release by Marek Zieliński."),
        ("p", "Material authority: up to 300 pcs only."),
        ("sp",),
        ("p", "Podpis / Signed: Tomasz Wróbel (technolog), Marek Zieliński (Dyrektor Produkcji)"),
    ], author="Tomasz Wróbel")),
])


# c15 -- ERP full-quantity PO full of quantity-like identifiers (Irish, Dynamics NAV printout)
case("c15_erp_full_po_identifiers_ie_tr", [], "full-quantity ERP PO (350 handles), no balance; PN 1200-160-BB, DRG 2400 Rev 12, ISO 9227 96 h, M4x22, bin 3000 are identifiers", [
    ("PO_24-1178_print.txt", t("""
SHANNONSIDE KITCHENS LTD                                   PURCHASE ORDER
Raheen Business Park, Limerick V94 H2X4                    No.      24-1178
VAT IE 6388047V                                            Date     09/05/2024
                                                           Page     1
Buy-from Vendor No.  V00412
KARTAL METAL AKSESUAR SAN. VE TIC. A.S.
INEGOL OSB 3. CAD. NO:14
16400 INEGOL / BURSA   TURKEY

Your Reference   TKL-2024-101          Payment Terms  60 DAYS EOM
Purchaser        SKELLY                Shipment       FCA INEGOL
-----------------------------------------------------------------------------------
No.            Description                         Qty  UoM   Direct Cost      Amount
-----------------------------------------------------------------------------------
1200-160-BB    BAR HANDLE 160 C/C BRUSHED BRASS    350  PCS          2,15      752,50
               DRG 2400 REV 12 / SCREWS M4X22
               SALT SPRAY ISO 9227 NSS 96 H
               PUTAWAY BIN 3000 (RAHEEN)
-----------------------------------------------------------------------------------
                                                         Total EUR Excl. VAT  752,50

Notes:
THIS ORDER IS FOR THE FULL QUANTITY OF 350 PCS FOR THE KILKENNY SHOWROOM REFIT.
NO FURTHER CALL-OFFS OR BALANCE ON THIS ITEM. DELIVER TO GOODS IN, DOOR 2.
PLEASE CONFIRM DESPATCH DATE BY RETURN.

Authorised: S. Kelly, Purchasing Manager
"""
).encode()),
])


# c16 -- buyer portal sample PO with complete scope note (Gulf)
case("c16_portal_sample_po_ae_lt", [], "buyer portal PO: 12 sample trays, balance 588 on hold, unlock mock-up sign-off by Rajesh Menon then written release by Khalid Al Hammadi, material sample-only", [
    ("portal_ANI-PO-24-0421.html", html_page("Al Noor Supplier Portal - PO ANI-PO-24-0421", t("""
<h2>Al Noor Interiors Fit-Out LLC &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Nemunas Furnitura UAB</b> (vendor 30-118) &nbsp;|&nbsp; <a href="#">Messages (1)</a></p>
<h3>Purchase Order ANI-PO-24-0421 &mdash; Rev 0 &mdash; issued 19/05/2024</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>1</td><td>SBT-900</td><td>Sink-base tray, aluminium, for 900 mm sink cabinet</td><td>Sample</td><td>12 pcs</td><td>EUR 19.80</td><td>EUR 237.60</td></tr>
</table>
<div class="note">
<b>PO scope note</b><br>
This PO covers 12 sample trays only, for the mock-up apartment (Marina Residences Tower B, flat 2405).<br>
The production balance of 588 trays is <b>not released</b> and is on hold.<br>
It will be released only after Eng. Rajesh Menon signs off the mock-up, by a written release from Mr Khalid Al Hammadi, Projects Director.<br>
Material authority: sample-only. Please do not buy aluminium for the 588.
</div>
<p>Delivery: DAP Al Quoz warehouse 14 by 10/06/2024. Buyer: Anoop Nair, +971 4 347 2400.</p>
<p><button>Acknowledge PO</button> <button>Send message</button></p>
"""))),
])


# c17 -- plain mail saved as text: go-ahead scoped to the 20 pilot sets (Irish)
case("c17_goahead_pilot_only_ie_tr", [], "'go ahead with the 20 pilot sets only'; remaining 1.980 not released until Declan's pilot sign-off and written release by Aoife Byrne", [
    ("RE_PO_24-1203_plinth_legs.txt", t("""
From: Ciarán Duffy <cduffy@shannonsidekitchens.ie>
Sent: Thursday 16 May 2024 14:27
To: Emre Yıldız <emre.yildiz@kartal-aksesuar.com.tr>
Cc: Siobhán Kelly <skelly@shannonsidekitchens.ie>
Subject: RE: PO 24-1203 plinth legs PL-100/150 - samples

Hi Emre,

Thanks for the photos, the new foot looks grand.

Yes - go ahead with the 20 pilot sets only (PO 24-1203, 4 legs + 4 clips per set).
The remaining 1.980 sets are not released. They're on hold until Declan signs off the pilot
fit on the line here in Raheen and Aoife Byrne (Operations Director) sends you a written
release. Material for the 20 sets only please.

Cheers,
Ciarán

Ciarán Duffy | Production Planner | Shannonside Kitchens Ltd | +353 61 455 233

-----Original Message-----
From: Emre Yıldız
Sent: Thursday 16 May 2024 09:05
Subject: PO 24-1203 plinth legs PL-100/150 - samples

Dear Ciarán Bey, photos of new foot design attached. We are ready for the pilot sets, please confirm.
Regards, Emre
"""
).encode()),
])


# c18 -- Teams export: go-ahead scoped to 25 samples only (Quebec French-English / Austrian)
case("c18_teams_scoped_goahead_ca_at", [], "Teams go-ahead scoped to 'the 25 samples only, production not released'; 2 500 on hold until Isabelle Tremblay's fit-check sign-off and Luc Bergeron's written release", [
    ("Teams_Boreale_Rheintal_LF-HK-2.txt", t("""
Microsoft Teams - chat export
Chat: Boréale / Rheintal - LF-HK-2 Klappenbeschlag
Participants: Mathieu Gagnon, Johannes Fink, Isabelle Tremblay

[2024-05-16 8:02 AM] Johannes Fink
Good morning Mathieu, the LF-HK-2 samples for BC-24-0344 can start on Monday. Power factor 900-1800 as discussed. Shall we start?

[2024-05-16 8:19 AM] Mathieu Gagnon
Salut Johannes! Yes, go ahead with the 25 samples only. Production is not released.

[2024-05-16 8:20 AM] Mathieu Gagnon
The production qty of 2 500 sets stays on hold. Isabelle will do the fit check on our 600 mm wall units first, and after her sign-off Luc Bergeron will send the release in writing. Pas avant 🙂

[2024-05-16 8:21 AM] Isabelle Tremblay
Confirmed, I need 2 weeks with the samples.

[2024-05-16 8:25 AM] Johannes Fink
Understood, 25 samples only, material only for samples. Danke!
""").encode()),
])


# c19 -- deviation permit that leaves quantities and release status untouched (Irish / Malaysian)
case("c19_deviation_permit_ie_my", [], "deviation permit for gas-strut force tolerance on the 40 sample sets; states that quantities and release status are unchanged: balance 2.360 on hold until Declan Moran's sign-off and Aoife Byrne's written release", [
    ("DEV-24-007.pdf", pdf([
        ("h1", "Deviation Permit DEV-24-007"),
        ("p", "Issued by: Shannonside Kitchens Ltd, Product Engineering, Limerick. To: Seri Jaya Precision Sdn. Bhd., Batu Pahat."),
        ("table", [["Item", "LF-HK-2 lift-up flap fitting set (stay + arm), drawing DRG 2212 Rev 5"],
                   ["PO", "24-1215, line 10 - 40 sample sets"],
                   ["Characteristic", "Gas strut force, nominal 120 N"],
                   ["Drawing tolerance", "+/- 10 %"],
                   ["Permitted deviation", "+/- 12 % (108 N - 134 N)"],
                   ["Applies to", "the 40 sample sets of PO 24-1215 only"],
                   ["Valid until", "31/07/2024"]]),
        ("p", "This deviation permit does not change any quantity, the PO scope or the release status."),
        ("p", "PO 24-1215 covers the 40 sample sets only. The production balance of 2.360 sets remains on hold until "
              "the sample sign-off by Declan Moran and a written release from Aoife Byrne, Operations Director."),
        ("p", "Signed: Declan Moran, Product Engineer, 24/05/2024"),
    ], title="DEV-24-007", author="Declan Moran")),
])


# c20 -- DOCX minutes that keep sample sign-off, PO issued and production release apart (Quebec / Lithuanian)
case("c20_minutes_terms_apart_ca_lt", [], "minutes keep the words apart (sample sign-off / PO issued / production release); 400 released in writing by Luc Bergeron, 800 on hold until forecast review and written release by Luc Bergeron; material 400", [
    ("EB_NF_compte_rendu_2024-05-14.docx", docx_bytes([
        ("h1", "Compte rendu / Minutes - Boréale x Nemunas, SBT-900"),
        ("p", "Date: 2024-05-14 (Teams). Présents / present: Mathieu Gagnon, Isabelle Tremblay, Luc Bergeron (Boréale); Tomas Petrauskas, Rūta Kazlauskienė (Nemunas)."),
        ("h", "1. Sample sign-off"),
        ("p", "Isabelle Tremblay signed off the 20 samples of SBT-900 on 2024-05-10 (fit in 900 mm sink base, rib height OK)."),
        ("h", "2. PO issued"),
        ("p", "PO BC-24-0330 was issued on 2024-05-12 for 1 200 trays. This is the commercial cover only."),
        ("h", "3. Production release"),
        ("p", "Luc Bergeron released 400 trays for production in writing on 2024-05-13 (release REL-01)."),
        ("p", "The other 800 trays on the PO are on hold. They will be released only by a written release from Luc Bergeron (REL-02), "
              "after the forecast review meeting of 2024-07-02."),
        ("h", "4. Material"),
        ("p", "Material authority: aluminium for the 400 released trays only."),
        ("h", "Actions"),
        ("table", [["Action", "Owner", "Due"],
                   ["Ship 400 trays, 40 per pallet", "Rūta Kazlauskienė", "2024-06-07"],
                   ["Forecast review, decide on REL-02", "Luc Bergeron", "2024-07-02"]]),
    ], author="Mathieu Gagnon")),
])


# c21 -- supplier portal order tracking: production ON HOLD (Turkish)
case("c21_supplier_portal_hold_tr_pl", [], "supplier portal order tracking: 30 samples shipped, production 2.370 ON HOLD, not released; non-authorizing", [
    ("kartal_portal_ZZ-2024-05-144.html", html_page("Kartal B2B - Sipariş Takip / Order Tracking", t("""
<h2>Kartal Metal Aksesuar &mdash; B2B Portal</h2>
<p>Müşteri / Customer: <b>Meble Warta Sp. z o.o.</b> (C-1180) &nbsp; Dil / Language: EN</p>
<h3>Sipariş Takip / Order tracking &mdash; customer PO ZZ/2024/05/144</h3>
<table>
<tr><th>Pos</th><th>Item</th><th>Description</th><th>Type</th><th>Qty</th><th>Status</th><th>Date</th></tr>
<tr><td>10</td><td>HD-160-BB</td><td>Bar handle 160 c/c brushed brass</td><td>Sample</td><td>30 pcs</td><td>SHIPPED</td><td>17.05.2024</td></tr>
<tr><td>20</td><td>HD-160-BB</td><td>Bar handle 160 c/c brushed brass</td><td>Production</td><td>2.370 pcs</td><td>ON HOLD &ndash; not released</td><td>&ndash;</td></tr>
</table>
<div class="note">Pos 20 is on hold. Production is not released by customer. We start only after the written release of the customer.
Material for pos 20 is not purchased.</div>
<p>Son güncelleme / last update: 21.05.2024 16:40 (Ayşe Demir, Planning)</p>
"""))),
])


# c22 -- deposit paid, explicitly does NOT release production; multipart/alternative + text attachment (Polish / Chinese)
_c22_text = t("""
Dear Jenny,

The deposit 30% (USD 1.296,00) for tooling and samples was paid today, SWIFT copy attached.

Please note: this payment does not release production. Only the 50 sample pcs DR-UM-450 under
our order ZZ/2024/05/131 are to be made now. The balance of 2.950 pcs is on hold. It will be
released only after Tomasz Wróbel signs off the samples, by written release from Marek
Zieliński (Dyrektor Produkcji). Material please buy for the 50 samples only.

Best regards / Pozdrawiam
Katarzyna Nowicka
""") + sig("Katarzyna Nowicka", "Specjalista ds. zakupów / Purchasing", MW + ", ul. Wrocławska 88, 62-800 Kalisz", "+48 62 766 24 00")

_c22_swift = t("""
{1:F01PKOPPLPWAXXX0000000000}{2:I103JHBKCNBJXGZHN}
:20:MW240527-0131
:23B:CRED
:32A:240527USD1296,00
:50K:/PL61109010140000071219812874
MEBLE WARTA SP. Z O.O.
UL. WROCLAWSKA 88, 62-800 KALISZ
:59:/6217000010000118800
FOSHAN JINHUI HARDWARE CO., LTD.
NANHAI, FOSHAN, GUANGDONG
:70:ZZ/2024/05/131 DEPOSIT 30PCT TOOLING+SAMPLES
:71A:SHA
""")

case("c22_deposit_not_release_pl_cn", [], "buyer: deposit paid but 'this payment does not release production'; 50 samples only, balance 2.950 on hold until Tomasz Wróbel sign-off and written release by Marek Zieliński; SWIFT copy attached", [
    ("ZZ_2024_05_131.eml", eml_bytes(mail(
        KASIA, JENNY, "ZZ/2024/05/131 DR-UM-450 - deposit paid / samples only",
        "Mon, 27 May 2024 13:40:00 +0200", _c22_text, html=html_alt(_c22_text),
        attachments=[("MT103_MW240527-0131.txt", _c22_swift, "text/plain")]))),
])


# c23 -- release with an explicit staged material authority above the released quantity (Irish / Lithuanian)
case("c23_staged_material_authority_ie_lt", [], "release of 500 trays with explicit staged material authority up to 2,000 at buyer liability; balance 1,500 not released until line-trial sign-off by Declan Moran and written release by Aoife Byrne", [
    ("SK_mail_2024-06-03.txt", t("""
From: Siobhán Kelly <skelly@shannonsidekitchens.ie>
Sent: Monday 3 June 2024 10:18
To: Tomas Petrauskas <tomas.p@nemunas-furnitura.lt>
Cc: Aoife Byrne <abyrne@shannonsidekitchens.ie>; Declan Moran <dmoran@shannonsidekitchens.ie>
Subject: Release REL-SBT-01 - PO 24-1240 SBT-900

Tomas,

Release REL-SBT-01, PO 24-1240, sink-base tray SBT-900 (DRG 900-12 Rev C):

  Released for production now:  500 trays, delivery wk 26
  Material authority (staged):  aluminium coil for up to 2,000 trays. You may buy and hold
                                 it now; Shannonside carries the liability for it up to
                                 2,000 trays even if we don't release more.
  Balance not released:         1,500 trays - on hold.

The 1,500 will only be released by Aoife Byrne (Operations Director) in writing, after Declan
signs off the line trial with the first 500.

Aoife is cc'd and has signed this release.

Thanks,
Siobhán

Siobhán Kelly | Purchasing Manager | Shannonside Kitchens Ltd | +353 61 455 210
"""
).encode()),
])


# c24 -- two files: buyer PO + supplier proforma invoice, consistent, proforma says payment releases nothing (Gulf / Chinese)
case("c24_po_and_proforma_ae_cn", [], "PO for 30 sample sets with full scope note + proforma for the same 30 sets stating payment does not release mass production; quantities agree", [
    ("ANI-PO-24-0431.pdf", pdf([
        ("h1", "PURCHASE ORDER ANI-PO-24-0431"),
        ("p", "Al Noor Interiors Fit-Out LLC, Al Quoz Industrial 3, Dubai. Supplier: Foshan Jinhui Hardware Co., Ltd., Nanhai, Foshan, Guangdong, China."),
        ("p", "Your quotation JH-Q240508 (samples 30 sets / production 3,000 sets)."),
        ("table", [["Line", "Item", "Description", "Scope", "Qty", "Unit", "Amount"],
                   ["1", "DR-UM-450", "Undermount runner 450 mm, soft-close, 30 kg, per pair", "Sample", "30 sets", "USD 12.50", "USD 375.00"]]),
        ("h", "PO scope note"),
        ("p", "This PO covers 30 sample sets only. The balance of 2,970 sets is not released and is on hold until "
              "Eng. Rajesh Menon signs off the samples and Mr Khalid Al Hammadi, Projects Director, issues a written release. "
              "Material authority: sample-only."),
        ("p", "Buyer: Faisal Al Mansoori, Procurement Manager. 22/05/2024."),
    ], title="ANI-PO-24-0431", author="Faisal Al Mansoori")),
    ("PI-JH-240523.pdf", pdf([
        ("h1", "PROFORMA INVOICE PI-JH-240523"),
        ("p", "Foshan Jinhui Hardware Co., Ltd. No. 18 Xingye Road, Lishui Town, Nanhai District, Foshan, Guangdong 528244, China."),
        ("p", "Buyer: Al Noor Interiors Fit-Out LLC, Dubai. Customer PO: ANI-PO-24-0431."),
        ("table", [["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "DR-UM-450", "Undermount runner 450mm soft-close 30kg (sample)", "30 sets", "USD 12.50", "USD 375.00"],
                   ["", "", "", "", "Total", "USD 375.00"]]),
        ("p", "Payment: 100% T/T before shipment of samples."),
        ("p", "Remark: this PI covers the 30 sample sets only. Payment does not release the mass production "
              "(3,000 sets in our quotation); mass production needs the customer's written release."),
        ("p", "Bank: Bank of China Foshan Nanhai Branch, SWIFT BKCHCNBJ400. Jenny Liang, Sales Dept."),
    ], title="PI-JH-240523", author="Jenny Liang")),
])


# c25 -- buyer portal page with a clearly labelled non-binding forecast (Quebec / Turkish)
case("c25_portal_forecast_ca_tr", [], "buyer portal forecast page labelled 'non-binding forecast - not a purchase order, no production or material authority'", [
    ("boreale_portail_KM_PL-100.html", html_page("Portail fournisseurs Boréale - Prévisions", t("""
<h2>Ébénisterie Boréale inc. &mdash; Portail fournisseurs / Supplier portal</h2>
<p>Fournisseur / Supplier: <b>Kartal Metal Aksesuar A.Ş.</b> &nbsp;|&nbsp; Langue: FR / EN</p>
<h3>Prévisions / Forecast &mdash; PL-100/150 pattes de plinthe / plinth legs</h3>
<div class="note"><b>Prévision non contraignante / Non-binding forecast.</b> Ceci n'est pas un bon de commande.
This is not a purchase order. It gives no production authority and no material authority.
Only a bon de commande (PO) and a written release from Boréale commit us.</div>
<table>
<tr><th>Trimestre / Quarter</th><th>Quantité prévue / Forecast qty</th><th>Statut / Status</th></tr>
<tr><td>T3 2024</td><td>1 500</td><td>prévision / forecast</td></tr>
<tr><td>T4 2024</td><td>2 000</td><td>prévision / forecast</td></tr>
<tr><td>T1 2025</td><td>2 500</td><td>prévision / forecast</td></tr>
</table>
<p>Mise à jour / updated: 2024-05-21 par Geneviève Roy, planification.</p>
"""))),
])


# ================================================================ POSITIVE

# p01 -- PDF PO for 24 samples with the quote's 4.800 series quantity beside it, nothing on the balance (Irish / Austrian)
case("p01_po_quote_qty_beside_ie_at", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 24 hinges shows the quote's 4.800 series quantity with no 'not released' wording; no hold, no unlock event, no release authority (signature is only the PO signatory)", [
    ("PO_24-1192.pdf", pdf([
        ("h1", "PURCHASE ORDER 24-1192"),
        ("p", "Shannonside Kitchens Ltd, Raheen Business Park, Limerick V94 H2X4, Ireland. VAT IE 6388047V."),
        ("p", "To: Rheintal Beschläge GmbH, Industriestraße 21, 6890 Lustenau, Austria. Vendor V00388."),
        ("p", "Date: 10/05/2024. Your quotation: AN 24-0871 of 02/05/2024."),
        ("table", [["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Amount"],
                   ["10", "HG-35-110-SC", "Concealed hinge 110°, 35 mm cup, clip-on soft-close - samples", "24", "pcs", "EUR 3,90", "EUR 93,60"],
                   ["20", "MP-0-2", "Mounting plate 0 mm - samples", "24", "pcs", "EUR 0,85", "EUR 20,40"]]),
        ("h", "Quotation reference AN 24-0871"),
        ("table", [["Item", "Samples", "Series quantity", "Series price"],
                   ["HG-35-110-SC", "24 pcs", "4.800 pcs", "EUR 1,12"],
                   ["MP-0-2", "24 pcs", "4.800 pcs", "EUR 0,29"]]),
        ("p", "Please supply as per your quotation. Drawing DRG 3511 Rev 4. Hinges to EN 15570, test certificate with delivery."),
        ("p", "Delivery: DAP Limerick, week 22. Payment 30 days net."),
        ("p", "Authorised signature: Siobhán Kelly, Purchasing Manager"),
    ], title="PO 24-1192", author="Siobhán Kelly")),
])


# p02 -- order e-mail for 30 samples with the supplier offer (30 / 3.000) attached, names a release authority only (Polish / Turkish)
_p02_text = t("""
Dear Emre,

please find below our order ZZ/2024/05/149 for samples of the chrome handle HD-128-CH,
according to your offer TKL-2024-131 (attached).

  Indeks / item:  HD-128-CH, uchwyt / handle 128 mm c/c, chrome, M4x22 screws
  Ilość / qty:    30 pcs (samples)
  Cena / price:   EUR 3,90 / pc
  Dostawa:        DAP Kalisz, until 07.06.2024

Release authority for this project on our side is Mr Marek Zieliński, Dyrektor Produkcji.
Invoice to Meble Warta Sp. z o.o., NIP 618-20-24-118.

Best regards / Pozdrawiam
Katarzyna Nowicka
""") + sig("Katarzyna Nowicka", "Specjalista ds. zakupów / Purchasing", MW, "+48 62 766 24 00")

_p02_offer = pdf([
    ("h1", "OFFER / TEKLİF TKL-2024-131"),
    ("p", "Kartal Metal Aksesuar San. ve Tic. A.Ş., İnegöl OSB 3. Cad. No:14, Bursa. To: Meble Warta Sp. z o.o., Kalisz."),
    ("table", [["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
               ["HD-128-CH", "Handle 128 mm c/c, zamak, chrome", "30 pcs (sample)", "3,90", "2 weeks"],
               ["HD-128-CH", "Handle 128 mm c/c, zamak, chrome", "3.000 pcs (production)", "1,45", "5 weeks"]]),
    ("p", "EXW İnegöl. Packing 25 pcs/box. Offer valid 60 days. Emre Yıldız, Export Sales Manager."),
], title="TKL-2024-131", author="Emre Yıldız")

case("p02_sample_order_offer_attached_pl_tr", ["RG001", "RG003", "RG004"], "order e-mail for 30 samples with the offer attached (3.000 production, unmarked); never says the balance is not released, names no unlock event; Marek Zieliński named as release authority", [
    ("ZZ_2024_05_149.eml", eml_bytes(mail(
        KASIA, EMRE, "Zamówienie / Order ZZ/2024/05/149 - samples HD-128-CH",
        "Thu, 23 May 2024 09:55:00 +0200", _p02_text, html=html_alt(_p02_text),
        attachments=[("TKL-2024-131.pdf", _p02_offer, PDF_MT)]))),
])


# p03 -- buyer portal PO: order qty 16 beside project qty 960, no scope note (Gulf / Malaysian)
case("p03_portal_project_qty_ae_my", ["RG001", "RG003", "RG004", "RG005"], "portal PO for 16 sample sets shows 'Project Qty 960' in the same line, nothing says it is not released; no hold, event or release person", [
    ("portal_ANI-PO-24-0455.html", html_page("Al Noor Supplier Portal - PO ANI-PO-24-0455", t("""
<h2>Al Noor Interiors Fit-Out LLC &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Seri Jaya Precision Sdn. Bhd.</b> (vendor 30-204)</p>
<h3>Purchase Order ANI-PO-24-0455 &mdash; Rev 0 &mdash; 21/05/2024</h3>
<p>Project: Jumeirah Park Villas, Phase 2 (48 villas) &nbsp;|&nbsp; Buyer: Anoop Nair</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Order Qty</th><th>Project Qty</th><th>Unit Price</th><th>Amount</th></tr>
<tr><td>1</td><td>LF-HK-2</td><td>Lift-up flap fitting set, sample, grey</td><td>16 sets</td><td>960 sets</td><td>USD 18.40</td><td>USD 294.40</td></tr>
</table>
<p>Delivery: DAP Al Quoz, within 3 weeks. Supplier to acknowledge within 48 hours.</p>
<p>Terms: Al Noor general purchase conditions GPC-2021.</p>
<p><button>Acknowledge PO</button></p>
"""))),
])


# p04 -- ERP printout: 25 sample sets, line remark with the production quantity (Quebec / Chinese)
case("p04_erp_prod_qty_remark_ca_cn", ["RG001", "RG003", "RG004", "RG005"], "ERP PO for 25 sample sets carries 'PROD QTY 3000' in the line remark with nothing saying it is not released; no hold, event or release person", [
    ("BC-24-0341.txt", t("""
EBENISTERIE BOREALE INC.                        BON DE COMMANDE / PURCHASE ORDER
2150 rue Girouard Ouest                          No: BC-24-0341
Saint-Hyacinthe (Quebec) J2S 2Z4                 Date: 2024-05-22
TPS/GST 71840 2400 RT0001                        Acheteur / Buyer: M. GAGNON

FOURNISSEUR / VENDOR: FOSHAN JINHUI HARDWARE CO., LTD.  (F-0412)
NANHAI, FOSHAN, GUANGDONG, CHINA
Devise / Currency: USD        Incoterm: FOB SHENZHEN
---------------------------------------------------------------------------------
LN  ARTICLE        DESCRIPTION                          QTE    U/M   PRIX     TOTAL
---------------------------------------------------------------------------------
01  DR-UM-450      COULISSE SOUS-TIROIR 450MM 30KG        25   ENS   11.80   295.00
                   UNDERMOUNT RUNNER 450MM SOFT-CLOSE
                   ECHANTILLONS / SAMPLES
                   REMARQUE: PROD QTY 3000 @ USD 4.35
                   SOUMISSION / QUOTE JH-Q240512
---------------------------------------------------------------------------------
                                                    SOUS-TOTAL / SUBTOTAL  295.00
LIVRAISON / DELIVERY: 2024-06-14, COURRIER
CONDITIONS: NET 30
SVP CONFIRMER / PLEASE CONFIRM
"""
).encode()),
])


# p05 -- DOCX sample order letter with 'Total project requirement 6 400' column; names Khalid as release authority (Gulf / Lithuanian)
case("p05_sample_letter_project_req_ae_lt", ["RG001", "RG003", "RG004"], "sample order letter for 40 plinth legs with a 'total project requirement 6 400' column, unmarked; no hold on the balance, no unlock event; Khalid Al Hammadi named as release authority", [
    ("ANI-SO-24-019.docx", docx_bytes([
        ("h1", "Sample Order ANI-SO-24-019"),
        ("p", "From: Al Noor Interiors Fit-Out LLC, Al Quoz Industrial 3, Dubai, UAE"),
        ("p", "To: Nemunas Furnitura UAB, Kaunas, Lithuania - attn. Mr Tomas Petrauskas"),
        ("p", "Date: 22/05/2024. Project: Al Barsha Heights Residences (Project 6400-AB)."),
        ("p", "Dear Sir,"),
        ("p", "With reference to your quotation NF-P-24/077 we are pleased to place the sample order as below. "
              "Kindly deliver to our Al Quoz warehouse with test report."),
        ("table", [["Item", "Description", "Qty this order", "Total project requirement", "Unit price"],
                   ["PL-100/150", "Adjustable plinth leg 100-150 mm, black, with clip PC-1", "40 pcs", "6 400 pcs", "EUR 0,62"]]),
        ("p", "Release authority for Al Noor on this project: Mr Khalid Al Hammadi, Projects Director."),
        ("p", "Kindly acknowledge receipt of this order at the earliest."),
        ("p", "Best Regards,"),
        ("p", "Faisal Al Mansoori, Procurement Manager"),
    ], author="Faisal Al Mansoori")),
])


# p06 -- multipart/alternative mail: 12 sample sets with an 'annual volume 2 400' table (Quebec French-English / Austrian)
_p06_text = t("""
Bonjour Johannes,

Veuillez nous expédier douze (12) ensembles LF-HK-2 comme échantillons.
Please ship twelve (12) sets of LF-HK-2 as samples, PO BC-24-0350.

  Article / item      Échantillons / samples    Volume annuel / annual volume
  LF-HK-2 (grey)      12                        2 400

Power factor 900-1800, cover caps grey, screws for 16 mm panels.
Livraison / delivery: DAP Saint-Hyacinthe, asap.

Merci et bonne journée,
Mathieu
""") + sig("Mathieu Gagnon", "Acheteur / Buyer", EB, "+1 450 773 0190")

_p06_html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">'
             "<p>Bonjour Johannes,</p>"
             "<p>Veuillez nous expédier douze (12) ensembles LF-HK-2 comme échantillons.<br>"
             "Please ship twelve (12) sets of LF-HK-2 as samples, PO BC-24-0350.</p>"
             '<table border="1" cellpadding="4" style="border-collapse:collapse">'
             "<tr><th>Article / item</th><th>Échantillons / samples</th><th>Volume annuel / annual volume</th></tr>"
             "<tr><td>LF-HK-2 (grey)</td><td>12</td><td>2 400</td></tr></table>"
             "<p>Power factor 900-1800, cover caps grey, screws for 16 mm panels.<br>"
             "Livraison / delivery: DAP Saint-Hyacinthe, asap.</p>"
             "<p>Merci et bonne journée,<br>Mathieu</p>"
             "<p>-- <br>Mathieu Gagnon<br>Acheteur / Buyer<br>" + escape(EB) + "<br>+1 450 773 0190</p>"
             "</body></html>")

case("p06_mail_annual_volume_ca_at", ["RG001", "RG003", "RG004", "RG005"], "twelve (12) sample sets ordered next to an 'annual volume 2 400' column with no 'not released' wording; no hold, event or release person", [
    ("BC-24-0350_mail.eml", eml_bytes(mail(
        MATHIEU, JOHANNES, "BC-24-0350 - échantillons / samples LF-HK-2",
        "Fri, 24 May 2024 10:12:00 -0400", _p06_text, html=_p06_html))),
])


# p07 -- ERP sample order printout, says samples precede series production, nothing about the balance (Irish / Malaysian)
case("p07_erp_sample_order_ie_my", ["RG003", "RG004", "RG005"], "ERP sample order for 15 trays 'prior to series production' never says the series balance is not released; no unlock event, no release person", [
    ("PO_24-1222_print.txt", t("""
SHANNONSIDE KITCHENS LTD                                   PURCHASE ORDER
Raheen Business Park, Limerick V94 H2X4                    No.      24-1222
VAT IE 6388047V                                            Date     20/05/2024

Buy-from Vendor No.  V00431
SERI JAYA PRECISION SDN. BHD.
LOT 2400, JALAN PERINDUSTRIAN 3
83000 BATU PAHAT, JOHOR   MALAYSIA

Your Reference   SJ-Q-2431             Payment Terms  30 DAYS
Purchaser        SKELLY                Shipment       DAP LIMERICK
-----------------------------------------------------------------------------------
No.            Description                         Qty  UoM   Direct Cost      Amount
-----------------------------------------------------------------------------------
SBT-800        SINK BASE TRAY ALU 800 CABINET       15  PCS         21,40      321,00
               *** SAMPLE ORDER ***
               DRG 800-12 REV C
-----------------------------------------------------------------------------------
                                                         Total EUR Excl. VAT  321,00

Notes:
SAMPLES FOR APPROVAL PRIOR TO SERIES PRODUCTION.
PLEASE INCLUDE DIMENSIONAL REPORT (5 PCS) AND MATERIAL CERT EN 10204 3.1.

Authorised: S. Kelly, Purchasing Manager
"""
).encode()),
])


# p08 -- plain mail saved as text: 'first batch' of 400 under a frame agreement, no word on the rest (Polish / Lithuanian)
case("p08_first_batch_pl_lt", ["RG003", "RG004"], "partial authorization ('first batch 400 pcs') never says the rest is not released and names no unlock event; Marek Zieliński named as release authority", [
    ("ZZ_2024_06_004_mail.txt", t("""
Od / From:   Katarzyna Nowicka <k.nowicka@meblewarta.pl>
Do / To:     Tomas Petrauskas <tomas.p@nemunas-furnitura.lt>
Data / Date: 2024-06-03 08:47
Temat:       ZZ/2024/06/004 - first batch DR-UM-500

Dear Tomas,

Thank you for the good samples, Tomasz was happy with the soft-close.

Please deliver the first batch of 400 pcs (kpl.) DR-UM-500 in week 25, according to our
frame agreement RA-2024/09 and our order ZZ/2024/06/004. Price as in the agreement,
EUR 6,85 per pair, DAP Kalisz.

Release authority for this agreement is Marek Zieliński, Dyrektor Produkcji.

Please confirm the date.

Pozdrawiam / Best regards
Katarzyna Nowicka
Specjalista ds. zakupów | Meble Warta Sp. z o.o. | +48 62 766 24 00
"""
).encode()),
])


# p10 -- multipart/alternative: balance on hold 'until further notice', release authority named, no event (Gulf / Chinese)
_p10_text = t("""
Dear Jenny,

Please find our PO ANI-PO-24-0467 details:

  Item:   HG-35-110-SC concealed hinge 110 deg, soft-close, with plate MP-0-2
  Qty:    50 pcs - samples
  Price:  USD 2.10 / pc incl. plate, FOB Shenzhen

The balance of 4,950 pcs is on hold until further notice.
Release authority: Mr Khalid Al Hammadi, Projects Director.
Material only for the 50 samples please.

Kindly send the PI for the samples.

Best Regards,
Faisal
""") + sig("Faisal Al Mansoori", "Procurement Manager", AN + ", Al Quoz, Dubai", "+971 4 347 2411")

case("p10_hold_further_notice_ae_cn", ["RG004"], "50 samples, balance 4,950 on hold 'until further notice' - no unlock event named; naming Khalid Al Hammadi as release authority is not an event", [
    ("ANI-PO-24-0467.eml", eml_bytes(mail(
        FAISAL, JENNY, "PO ANI-PO-24-0467 - HG-35-110-SC samples",
        "Tue, 28 May 2024 11:30:00 +0400", _p10_text, html=html_alt(_p10_text)))),
])


# p11 -- PDF PO: balance 'to be confirmed later', and a 2025 forecast written as a binding order (Polish / Austrian)
case("p11_po_hold_tbc_forecast_firm_pl_at", ["RG004", "RG008"], "40 samples, balance 3.960 on hold 'to be confirmed later' (no unlock event; release authority named); the 2025 forecast of 12.000 is written as a binding firm order", [
    ("ZZ_2024_05_140.pdf", pdf([
        ("h1", "ZAMÓWIENIE / PURCHASE ORDER ZZ/2024/05/140"),
        ("p", "Meble Warta Sp. z o.o., ul. Wrocławska 88, 62-800 Kalisz, NIP 618-20-24-118."),
        ("p", "Dostawca / Supplier: Rheintal Beschläge GmbH, Lustenau, Austria. Oferta / quotation AN 24-0915."),
        ("table", [["Poz.", "Indeks", "Opis / Description", "Ilość / Qty", "Cena / Price", "Wartość / Value"],
                   ["1", "HG-35-110-SC", "Zawias puszkowy / concealed hinge 110°, soft-close - próbki / samples", "40 szt.", "EUR 3,90", "EUR 156,00"]]),
        ("h", "Uwagi / Notes"),
        ("p", "Saldo / balance 3.960 szt. wstrzymane / on hold - termin do potwierdzenia / to be confirmed later."),
        ("p", "Osoba zwalniająca / release authority: Marek Zieliński, Dyrektor Produkcji."),
        ("p", "Prognoza 2025 / forecast 2025: 12.000 szt. HG-35-110-SC. Prognoza jest wiążąca - proszę traktować jako "
              "zamówienie stałe i zarezerwować moce / the forecast is binding - please treat it as a firm order and reserve capacity."),
        ("p", "Dostawa / delivery: DAP Kalisz, KW 24. Zawiasy wg EN 15570, próba 80.000 cykli."),
        ("p", "Wystawiła / issued by: Katarzyna Nowicka, 24.05.2024"),
    ], title="ZZ/2024/05/140", author="Katarzyna Nowicka")),
])


# p12 -- plain mail saved as text: hold and event present, release 'from our side' (Irish / Lithuanian)
case("p12_release_from_our_side_ie_lt", ["RG005"], "30 sample trays, balance 1.470 on hold until sample sign-off, but the release 'will come from our side' - no named person", [
    ("PO_24-1231_mail.txt", t("""
From: Siobhán Kelly <skelly@shannonsidekitchens.ie>
Sent: Tuesday 21 May 2024 15:52
To: Tomas Petrauskas <tomas.p@nemunas-furnitura.lt>
Subject: PO 24-1231 - SBT-900 sink-base trays, samples

Hi Tomas,

Thanks for the quote. PO 24-1231 is attached for 30 pcs SBT-900 as samples, EUR 19,80 each,
delivery to Raheen by 14 June.

The balance of 1.470 pcs is on hold until sample sign-off by our engineering team. The release
will come from our side in writing after that - please don't start anything on the 1.470
before you have it. Material for the 30 only.

Thanks a million,
Siobhán

Siobhán Kelly | Purchasing Manager | Shannonside Kitchens Ltd | +353 61 455 210
"""
).encode()),
])


# p14 -- Teams export: 'start the samples', no quantity; purchasing department sends the release (Polish / Turkish)
case("p14_teams_no_qty_dept_pl_tr", ["RG005", "RG010"], "buyer tells supplier to start the samples without any quantity; the rest waits for sample sign-off but the release comes from 'our purchasing department', no named person", [
    ("Teams_MW_Kartal_PL-120.txt", t("""
Microsoft Teams - eksport czatu / chat export
Czat: Meble Warta / Kartal - nóżki PL-120/170

[22.05.2024 09:14] Katarzyna Nowicka
Dzień dobry Emre, good morning 🙂

[22.05.2024 09:15] Katarzyna Nowicka
please start the samples for the plinth leg PL-120/170 as per your offer. Colour RAL 9005 matt, with clip.

[22.05.2024 09:16] Katarzyna Nowicka
the rest waits for the sample sign-off, then our purchasing department sends the release. Nothing more before that pls.

[22.05.2024 09:31] Emre Yıldız
Günaydın Katarzyna Hanım, ok we prepare samples as per offer, ready around 5 June inşallah

[22.05.2024 09:32] Katarzyna Nowicka
👍 dziękuję
""").encode()),
])


# p15 -- multipart/alternative: 'proceed with the samples as per quotation' without a number; 2025 forecast called a confirmed order (Gulf / Malaysian)
_p15_text = t("""
Dear Nurul,

Good day. Please proceed with the samples of DR-UM-500 as per your quotation SJ-Q-2418 rev 1.

The production balance stays on hold until Eng. Rajesh Menon signs off the mock-up kitchen, and
then Mr Khalid Al Hammadi (Projects Director) will issue the written release. Material for
samples only.

Also for your planning: our confirmed order for 2025 is 6,400 sets as per our forecast, you can
commit your line for it.

Thanks & Regards,
Anoop Nair
""") + sig("Anoop Nair", "Buyer / QS", AN + ", Al Quoz, Dubai", "+971 4 347 2400")

case("p15_proceed_samples_no_qty_forecast_ae_my", ["RG008", "RG010"], "'proceed with the samples as per quotation' never states the sample quantity; the 2025 forecast 6,400 is called a confirmed order to commit the line on; hold, event and Khalid Al Hammadi are present", [
    ("SJ-Q-2418_reply.eml", eml_bytes(mail(
        ANOOP, NURUL, "RE: Quotation SJ-Q-2418 rev 1 - DR-UM-500 runners",
        "Wed, 29 May 2024 10:05:00 +0400", _p15_text, html=html_alt(_p15_text)))),
])


# p16 -- ERP printout: quantity field 'as per quote', everything else in place (Irish / Austrian)
case("p16_erp_qty_as_quoted_ie_at", ["RG010"], "ERP sample PO gives no quantity ('QTY AS PER QUOTE'); hold, unlock event (Declan Moran sign-off + written release) and Aoife Byrne are stated", [
    ("PO_24-1250_print.txt", t("""
SHANNONSIDE KITCHENS LTD                                   PURCHASE ORDER
Raheen Business Park, Limerick V94 H2X4                    No.      24-1250
VAT IE 6388047V                                            Date     27/05/2024

Buy-from Vendor No.  V00388
RHEINTAL BESCHLAEGE GMBH
INDUSTRIESTRASSE 21
6890 LUSTENAU   AUSTRIA

Your Reference   AN 24-0902            Payment Terms  30 DAYS NET
Purchaser        SKELLY                Shipment       DAP LIMERICK
-----------------------------------------------------------------------------------
No.            Description                         Qty  UoM   Direct Cost      Amount
-----------------------------------------------------------------------------------
LF-HK-2        LIFT-UP FLAP FITTING SET             *   SET    PER QUOTE   PER QUOTE
               QTY AS PER QUOTE AN 24-0902 (SAMPLE LOT)
               DRG 2212 REV 5, POWER FACTOR 900-1800
-----------------------------------------------------------------------------------

Notes:
SAMPLES ONLY. PRODUCTION BALANCE NOT RELEASED - ON HOLD UNTIL SAMPLE SIGN-OFF BY
DECLAN MORAN AND WRITTEN RELEASE BY AOIFE BYRNE, OPERATIONS DIRECTOR.
MATERIAL AUTHORITY: SAMPLE LOT ONLY.

Authorised: S. Kelly, Purchasing Manager
"""
).encode()),
])


# p17 -- buyer portal page: 'approved/approval' for finance PO, drawing, samples and production; no sample quantity (Quebec / Chinese)
case("p17_portal_approval_words_ca_cn", ["RG009", "RG010"], "'approved/approval' used for the finance PO workflow, the samples and the production release; the sample build is authorized without a quantity", [
    ("boreale_portail_BC-24-0358.html", html_page("Portail fournisseurs Boréale - BC-24-0358", t("""
<h2>Ébénisterie Boréale inc. &mdash; Portail fournisseurs / Supplier portal</h2>
<p>Fournisseur / Supplier: <b>Foshan Jinhui Hardware Co., Ltd.</b> (F-0412)</p>
<h3>Bon de commande / PO BC-24-0358 &mdash; charnières / hinges HG-35-110-SC</h3>
<table>
<tr><th>Étape / Step</th><th>Statut / Status</th><th>Date</th></tr>
<tr><td>PO (finance)</td><td>APPROVED</td><td>2024-05-14</td></tr>
<tr><td>Échantillons / samples</td><td>to be approved</td><td>&ndash;</td></tr>
<tr><td>Production</td><td>approval pending</td><td>&ndash;</td></tr>
</table>
<div class="note"><b>Instruction au fournisseur / Instruction to supplier:</b><br>
Sample build authorized: please make the samples per quote JH-Q240520.<br>
Production is on hold until the samples are approved by Isabelle Tremblay and Luc Bergeron sends the written production approval.<br>
Material: samples only.</div>
<p>Acheteur / buyer: Mathieu Gagnon, 450 773-0190</p>
"""))),
])


# p18 -- DOCX meeting note: supplier may start sample parts, no quantity (Polish / Turkish)
case("p18_note_start_samples_no_qty_pl_tr", ["RG010"], "meeting note authorizes Kartal to start the sample parts but never states how many; HD-320 is a part name; balance on hold until Tomasz Wróbel sign-off and written release by Marek Zieliński", [
    ("MW_notatka_2024-05-22_HD-320.docx", docx_bytes([
        ("h1", "Notatka ze spotkania / Meeting note"),
        ("p", "Data: 22.05.2024. Uczestnicy: Katarzyna Nowicka, Tomasz Wróbel, Marek Zieliński (Meble Warta); Emre Yıldız (Kartal, online)."),
        ("h", "Temat / Subject: uchwyt / handle HD-320-MB (320 mm c/c, matt black)"),
        ("num", "Rysunek / drawing DRG MW-3200 Rev 2 agreed, screws M4x25."),
        ("num", "Decyzja / decision: Kartal can start the sample parts of the HD-320-MB handle now, according to offer TKL-2024-140."),
        ("num", "Produkcja seryjna / series production remains on hold. It will be released only after sample sign-off by "
                "Tomasz Wróbel and a written release by Marek Zieliński, Dyrektor Produkcji."),
        ("num", "Materiał / material: for the samples only."),
        ("p", "Notowała / minutes by: Katarzyna Nowicka"),
    ], author="Katarzyna Nowicka")),
])


# p19 -- WeChat: 'make samples first, mass production wait' - no quantity, no event, no person (Gulf / Chinese)
case("p19_wechat_samples_first_ae_cn", ["RG004", "RG005", "RG010"], "buyer: 'pls make samples first, mass production wait' - no sample quantity ('same like last time'), no unlock event, no named release person", [
    ("WeChat_Jinhui_AlNoor_CreekHarbour.txt", t("""
WeChat chat history export - "Al Noor Creek Harbour hinges"
Exported 2024-06-04

Kevin Huang  2024-06-03 10:12
Hello Mr Anoop, drawing for hinge HG-35-110-SC with 3D cam plate received. When you want start?

Anoop Nair  2024-06-03 10:40
Hi Kevin. ok pls make samples first, mass production wait

Kevin Huang  2024-06-03 10:41
ok. how many sample you need?

Anoop Nair  2024-06-03 10:43
same like last time. send with DHL to Al Quoz

Kevin Huang  2024-06-03 10:44
OK 👌 sample ready 2 weeks
""").encode()),
])


# p20 -- Teams: complete scope first, later an unscoped 'green light' (Quebec / Lithuanian)
case("p20_teams_green_light_ca_lt", ["RG002"], "scope is complete (20 sample sets, 1 180 on hold until Isabelle's sign-off and Luc Bergeron's written release) but the later 'All good, green light' names neither samples nor a quantity", [
    ("Teams_Boreale_Nemunas_DR-UM-500.txt", t("""
Microsoft Teams - chat export
Chat: Boréale / Nemunas - DR-UM-500 coulisses
Participants: Mathieu Gagnon, Tomas Petrauskas, Rūta Kazlauskienė

[2024-05-21 9:05 AM] Mathieu Gagnon
Bonjour Tomas, PO BC-24-0362 is in your inbox: 20 sample sets DR-UM-500 only. The production qty of 1 180 sets is on hold until Isabelle signs off the samples and Luc Bergeron sends a written release.

[2024-05-21 9:12 AM] Tomas Petrauskas
Labas Mathieu, received, thank you. 20 sample sets, we start tomorrow.

[2024-06-04 2:40 PM] Tomas Petrauskas
Samples are finished. Photos of the rev B front bracket and the finish in the folder. Finish OK for you?

[2024-06-04 3:02 PM] Mathieu Gagnon
Looks nice! All good, green light 👍

[2024-06-04 3:03 PM] Tomas Petrauskas
Super, ačiū! We plan it.
""").encode()),
])


# p21 -- 'Mock-up approved. Proceed.' with the consultant's approval forwarded as rfc822 and a two-level quoted scope (Gulf / Chinese)
_p21_inner = mail(
    "Hassan Qureshi <hassan.q@gulfdesignconsult.ae>", "Rajesh Menon <rajesh.menon@alnoor-interiors.ae>",
    "Marina Residences Tower B - mock-up flat 1204 kitchen - consultant comments closed",
    "Mon, 03 Jun 2024 16:45:00 +0400", t("""
Dear Rajesh,

Further to our inspection today, the mock-up kitchen in flat 1204 is approved by the consultant.
Comments C1 to C3 (drawer alignment, soft-close noise, handle height) are closed.

Regards,
Hassan Qureshi
Interior Design Consultant, Gulf Design Consult
"""))

_p21_text = t("""
Dear Jenny,

Mock-up approved, see consultant mail attached. Proceed.

Best Regards,
Faisal

""") + quote(t("""
From: Jenny Liang <jenny@jinhui-hardware.cn>
Sent: Monday, June 3, 2024 9:15 AM
Subject: RE: ANI-PO-24-0480 DR-UM-450 mock-up samples

Dear Faisal, any update for the mock-up? We are ready on our side.
""")) + "\n" + quote(t("""
From: Faisal Al Mansoori
Sent: Tuesday, May 14, 2024 10:02 AM
Subject: ANI-PO-24-0480 DR-UM-450 mock-up samples

PO ANI-PO-24-0480: 30 sets DR-UM-450 samples for the mock-up flat only. Balance 1,170 sets
on hold until the mock-up sign-off by the consultant and Eng. Rajesh Menon, then written
release by Mr Khalid Al Hammadi, Projects Director. Material for the 30 sets only.
"""), 2) + "\n" + sig("Faisal Al Mansoori", "Procurement Manager", AN, "+971 4 347 2411")

case("p21_mockup_approved_proceed_ae_cn", ["RG002"], "'Mock-up approved ... Proceed.' names neither samples nor a quantity; the buyer's own scope (30 sets, 1,170 on hold, sign-off + Khalid Al Hammadi's written release) is quoted two levels down; consultant mail forwarded as rfc822", [
    ("RE_ANI-PO-24-0480.eml", eml_bytes(mail(
        FAISAL, JENNY, "RE: ANI-PO-24-0480 DR-UM-450 mock-up samples",
        "Tue, 04 Jun 2024 08:20:00 +0400", _p21_text,
        attachments=[("rfc822", _p21_inner)],
        in_reply_to="<20240603091500.JH2211@jinhui-hardware.cn>"))),
])


# p22 -- DOCX minutes: 'approved' for budget and for samples, then an unscoped 'green light' (Polish / Turkish)
case("p22_minutes_budget_samples_green_pl_tr", ["RG002", "RG009"], "'approved' used for the board's budget (commercial) and the samples (technical); 'Kartal gets the green light' names no scope; PO scope with hold, event and Marek Zieliński is stated", [
    ("MW_protokol_2024-05-29.docx", docx_bytes([
        ("h1", "Protokół ze spotkania / Minutes - projekt kuchnie IKAL 2024"),
        ("p", "Data: 29.05.2024. Obecni / present: Katarzyna Nowicka, Tomasz Wróbel, Marek Zieliński, Agnieszka Lis."),
        ("h", "1. Zakres / scope"),
        ("p", "Zamówienie ZZ/2024/05/152 u Kartal: 30 szt. próbek HD-160-BB. Saldo 2.370 szt. wstrzymane (on hold) do "
              "pisemnego zwolnienia przez Marka Zielińskiego po odbiorze próbek / until written release by Marek Zieliński "
              "after sample sign-off."),
        ("h", "2. Budżet / budget"),
        ("p", "Budget for the IKAL handles approved by Zarząd (board) on 27.05."),
        ("h", "3. Próbki / samples"),
        ("p", "Samples HD-160-BB approved by Tomasz Wróbel: colour, 160 mm c/c and screw length M4x22 OK."),
        ("h", "4. Decyzja / decision"),
        ("p", "Kartal gets the green light. Katarzyna informs Emre today."),
        ("table", [["Zadanie / action", "Kto / who", "Termin / due"],
                   ["Inform Kartal", "K. Nowicka", "29.05"],
                   ["Update BOM for IKAL 600", "A. Lis", "31.05"]]),
    ], author="Katarzyna Nowicka")),
])


# p26 -- WhatsApp: scope complete, then 'Deposit paid ... Go ahead!' (Irish / Chinese)
case("p26_whatsapp_deposit_go_ahead_ie_cn", ["RG002", "RG012"], "after a complete scope (50 samples, 2.950 on hold until Declan's sign-off and Aoife Byrne's written release) the buyer writes 'Deposit paid this morning ... Go ahead!': payment as trigger, unscoped go-ahead", [
    ("WhatsApp_Chat_Kevin_Jinhui.txt", t("""
10/05/2024, 11:02 - Siobhán Kelly: Hi Kevin, PO 24-1262 sent for the corner hinge HG-35-165. 50 pcs samples only. Balance 2.950 on hold till Declan signs off the samples and Aoife Byrne gives you a written release 🙏
10/05/2024, 11:30 - Kevin Huang: Dear Siobhan noted, 50pcs sample. We send proforma for tooling + sample today
27/05/2024, 09:14 - Kevin Huang: Hi Siobhan, tooling proforma PI-JH-240515 USD 1,850 still open, when you can pay? Production line is waiting
27/05/2024, 16:48 - Siobhán Kelly: Deposit paid this morning, swift copy sent to your email. Go ahead!
27/05/2024, 16:50 - Kevin Huang: Received with thanks 👍👍 we arrange
""").encode()),
])


# p48 -- PDF initial sample report with the buyer's disposition: price 'approved', samples 'approved', 'Go ahead.' (Austrian / Irish)
case("p48_empb_disposition_go_ahead_at_ie", ["RG002", "RG009"], "buyer disposition on the initial sample report: 'price approved' (commercial) and 'samples approved' (technical), then 'Go ahead.' with no scope; the scope line (40 samples, 2.360 on hold until Aoife Byrne's written release) is present", [
    ("EMPB_RB-24-0133_LF-HK-2.pdf", pdf([
        ("h1", "Erstmusterprüfbericht (EMPB) / Initial sample inspection report RB-24-0133"),
        ("p", "Lieferant / supplier: Rheintal Beschläge GmbH, Lustenau. Kunde / customer: Shannonside Kitchens Ltd, Limerick."),
        ("table", [["Artikel / part", "LF-HK-2 Klappenbeschlag / lift-up flap fitting set"],
                   ["Zeichnung / drawing", "DRG 2212 Rev 5"],
                   ["Bestellung / PO", "24-1275 - 40 Muster / sample sets"],
                   ["Prüfumfang / scope", "5 Teile vermessen / 5 parts measured, Dauerlauf / cycle test 20.000"]]),
        ("h", "Messergebnisse / results"),
        ("table", [["Merkmal / characteristic", "Soll / nominal", "Ist min", "Ist max", "i.O."],
                   ["Gasfederkraft / strut force", "120 N +/- 10 %", "113 N", "127 N", "i.O."],
                   ["Hub / stroke", "80 mm +/- 1", "79,6", "80,4", "i.O."],
                   ["Dauerlauf / cycles", "20.000", "20.000", "20.000", "i.O."],
                   ["Salzsprühtest / salt spray ISO 9227", "48 h", "48 h", "48 h", "i.O."]]),
        ("p", "Lieferant: Muster entsprechen der Zeichnung. Stefan Huber, Qualitätssicherung, 24.05.2024."),
        ("h", "Kundenentscheid / customer disposition (Shannonside Kitchens)"),
        ("p", "Commercial: price approved by purchasing (S. Kelly) 02/05/2024."),
        ("p", "Technical: samples approved (D. Moran) 29/05/2024."),
        ("p", "Go ahead."),
        ("p", "Scope: PO 24-1275 = 40 sample sets. Balance 2.360 sets on hold until written release by Aoife Byrne, "
              "Operations Director."),
    ], title="EMPB RB-24-0133", author="Stefan Huber")),
])


# p55 -- WhatsApp: 20 samples on Monday, 'the 25 samples as agreed' on Wednesday, then 'go ahead' (Irish / Turkish)
case("p55_whatsapp_20_vs_25_go_ahead_ie_tr", ["RG002", "RG011"], "buyer states 20 samples, then 'the 25 samples as agreed on Monday' with no correction; the final 'Yep all good, go ahead' names no scope; hold, event and Aoife Byrne present", [
    ("WhatsApp_Chat_Emre_Kartal.txt", t("""
20/05/2024, 10:05 - Siobhán Kelly: Morning Emre, PO 24-1270 sent for the HD-320-MB handles, 20 samples. Balance 1.580 is on hold till Declan signs off the samples and Aoife Byrne sends a written release
20/05/2024, 10:20 - Emre Yıldız: Günaydın Siobhán Hanım, received, thank you. Samples in 8 working days
22/05/2024, 14:41 - Siobhán Kelly: Emre, the 25 samples as agreed on Monday - any chance you can ship Friday? Showroom fit-out is next week
22/05/2024, 14:58 - Emre Yıldız: We try, plating today. Black finish is little more matt than the old one, photo below. We can continue?
22/05/2024, 14:58 - Emre Yıldız: <Media omitted>
22/05/2024, 15:10 - Siobhán Kelly: Yep all good, go ahead 👍
""").encode()),
])


# p28 -- supplier mail, two-level quoted thread, HTML attachment: 'once you approve the samples we roll straight into the 2,975' (Chinese / Quebec)
_p28_html = html_page("Cycle test summary DR-UM-450", t("""
<h2>Foshan Jinhui Hardware - Test Summary TS-240527</h2>
<table>
<tr><th>Item</th><th>Standard</th><th>Requirement</th><th>Result</th></tr>
<tr><td>DR-UM-450 runner</td><td>EN 15338 level 3</td><td>40,000 cycles, 30 kg</td><td>PASS (40,000)</td></tr>
<tr><td>Soft-close</td><td>internal</td><td>closing time 1.2-2.5 s</td><td>PASS (1.8 s)</td></tr>
<tr><td>Salt spray</td><td>ISO 9227 NSS</td><td>48 h, no red rust</td><td>PASS</td></tr>
</table>
<p>Samples tested: 3 sets of the 25 sample sets. Tester: QC Dept.</p>
"""))

_p28_text = t("""
Dear Mathieu,

Good news, the 25 sample sets passed our cycle test, summary attached. Samples ship by DHL on 29 May.

Once you approve the samples we will roll straight into the 2,975 pcs mass production, so we can
catch the July container. No need another paper, to save your time.

Best regards
Jenny Liang | Sales Dept. | Foshan Jinhui Hardware Co., Ltd.
Tel +86 757 8560 2400 | WeChat: jenny_jinhui

""") + quote(t("""
On 2024-05-21 08:40, Mathieu Gagnon wrote:
Thanks Jenny. Quantity is 25 sample sets, as on PO BC-24-0371. As a reminder the production
balance of 2 975 sets is not released - it stays on hold until Isabelle Tremblay signs off the
samples and Luc Bergeron sends the written release. Material for the 25 sets only please.
""")) + "\n" + quote(t("""
On 2024-05-20 22:05, Jenny Liang wrote:
Dear Mathieu, samples DR-UM-450 will be ready 28 May. Please confirm sample quantity.
"""), 2) + "\n"

case("p28_supplier_roll_straight_cn_ca", ["RG007"], "supplier: 'once you approve the samples we will roll straight into the 2,975 pcs mass production ... no need another paper'; the buyer's quoted scope (25 sets, hold, Isabelle's sign-off + Luc's written release) is complete", [
    ("RE_BC-24-0371_samples.eml", eml_bytes(mail(
        JENNY, MATHIEU, "RE: RE: BC-24-0371 DR-UM-450 samples - test passed",
        "Mon, 27 May 2024 18:12:00 +0800", _p28_text,
        attachments=[("TS-240527_cycle_test.html", _p28_html, "text/html")],
        in_reply_to="<h204-bc240371@ebenisterieboreale.ca>"))),
])


# p29 -- WhatsApp: buyer's planner says 'once Declan ok's the samples just run the rest, no need to wait for her paper' (Irish / Turkish)
case("p29_whatsapp_just_run_rest_ie_tr", ["RG007"], "buyer contradicts his own written-release requirement: 'once Declan ok's the samples just run the rest, no need to wait for her paper' - sample approval rolls into production without a recorded auto-conversion", [
    ("WhatsApp_Chat_Emre_PL-100.txt", t("""
13/05/2024, 09:31 - Ciarán Duffy: Emre, PO 24-1281 is for 40 sample legs PL-100/150. Balance 3.960 is on hold until Declan signs off the samples and Aoife Byrne sends you a written release. Ok?
13/05/2024, 09:40 - Emre Yıldız: Ok Ciarán Bey, 40 pcs sample, clear 👍
29/05/2024, 17:02 - Emre Yıldız: Samples arrived Limerick today DHL. When we can plan the 3.960? Our line is free week 24
29/05/2024, 17:15 - Ciarán Duffy: Aoife's away till the 10th. Once Declan ok's the samples just run the rest, no need to wait for her paper 👍
29/05/2024, 17:16 - Emre Yıldız: Perfect, we book week 24 then
""").encode()),
])


# p30 -- supplier sales order confirmation: balance starts automatically upon sample approval (Malaysian / Quebec)
case("p30_so_confirmation_auto_start_my_ca", ["RG007"], "supplier order confirmation: production balance 1,184 'not yet released' but 'will start automatically upon your sample approval, no further PO or release needed'", [
    ("SO-SJ-24-0615.pdf", pdf([
        ("h1", "SALES ORDER CONFIRMATION SO-SJ-24-0615"),
        ("p", "Seri Jaya Precision Sdn. Bhd., Lot 2400, Jalan Perindustrian 3, 83000 Batu Pahat, Johor, Malaysia."),
        ("p", "Customer: Ébénisterie Boréale inc., Saint-Hyacinthe, QC, Canada. Customer PO: BC-24-0355 dated 2024-05-23."),
        ("table", [["No.", "Item", "Description", "Qty", "Unit price", "Amount", "Remark"],
                   ["1", "LF-HK-2", "Lift-up flap fitting set, grey cap", "16 sets", "USD 17.90", "USD 286.40", "Sample, ETD 12/06"],
                   ["2", "LF-HK-2", "Lift-up flap fitting set, grey cap", "1,184 sets", "USD 9.60", "-", "Production balance, not yet released by customer"]]),
        ("h", "Remarks"),
        ("p", "1. Production balance 1,184 sets will start automatically upon your sample approval. "
              "No further PO or release is needed, our planning will load it the same day."),
        ("p", "2. Lead time production: 4 weeks after start."),
        ("p", "3. Packing 10 sets per carton, 60 cartons per pallet."),
        ("p", "Thank you for your order. Nurul Aina, Customer Service Executive."),
    ], title="SO-SJ-24-0615", author="Nurul Aina")),
])


# p32 -- Austrian supplier portal: 'Freigabe' for order, samples and series; series release automatic after sample release
case("p32_supplier_portal_freigabe_auto_at_pl", ["RG007", "RG009"], "supplier portal uses 'Freigabe/released' for the commercial order, the customer's sample approval and the series release, and shows the series as released automatically after the sample approval", [
    ("rheintal_kundenportal_ZZ-2024-06-019.html", html_page("Rheintal Kundenportal - Auftrag ZZ/2024/06/019", t("""
<h2>Rheintal Beschläge &mdash; Kundenportal / Customer portal</h2>
<p>Kunde / customer: <b>Meble Warta Sp. z o.o.</b> (K-20418) &nbsp;|&nbsp; Sprache: DE / EN</p>
<h3>Auftrag / order AB 24-1187 &mdash; Ihre Bestellung / your PO ZZ/2024/06/019</h3>
<table>
<tr><th>Schritt / step</th><th>Status</th><th>Datum</th></tr>
<tr><td>Auftrag / order</td><td>freigegeben / released (kaufmännisch / commercial)</td><td>03.06.2024</td></tr>
<tr><td>Muster / samples 40 Stk HG-35-110-SC</td><td>geliefert / delivered</td><td>10.06.2024</td></tr>
<tr><td>Musterfreigabe / sample release</td><td>ausstehend / pending (Kunde)</td><td>&ndash;</td></tr>
<tr><td>Serie / series 3.960 Stk</td><td>Serienfreigabe automatisch nach Musterfreigabe / series released automatically after sample release</td><td>geplant KW 27</td></tr>
</table>
<div class="note">Hinweis / note: Sobald der Kunde die Muster freigibt, startet die Serie automatisch in KW 27.
As soon as the customer releases the samples, the series starts automatically in week 27.</div>
<p>Ansprechpartner / contact: Martina Gruber, +43 5577 82 400</p>
"""))),
])


# p33 -- buyer reply (quoted thread): 'once the consultant approves the mock-up, go ahead with the balance', no release person (Gulf / Malaysian)
_p33_text = t("""
Dear Nurul,

PO ANI-PO-24-0502 is for 12 sample trays SBT-900 only. The balance of 1,188 trays is on hold
until the consultant approves the mock-up kitchen in Tower C.

Once the consultant approves the mock-up, go ahead with the balance 1,188 trays, no need to
wait for another PO or release from us. This will save 2 weeks.

Thanks & Regards,
Anoop

""") + quote(t("""
From: Nurul Aina <nurul.aina@serijaya.com.my>
Sent: Thursday, May 30, 2024 3:22 PM
To: Anoop Nair
Subject: ANI-PO-24-0502 SBT-900 - balance?

Dear Mr Anoop, the 12 sample trays are ready to ship. May we know when we can start the balance?
Boss Lim need to plan the press. Thank you.
""")) + "\n" + sig("Anoop Nair", "Buyer / QS", AN, "+971 4 347 2400")

case("p33_once_consultant_approves_go_ae_my", ["RG005", "RG007"], "buyer: 'once the consultant approves the mock-up, go ahead with the balance 1,188 trays, no need to wait for another PO or release' - approval rolls into production with no recorded auto-conversion (no signer); no named release person", [
    ("RE_ANI-PO-24-0502.eml", eml_bytes(mail(
        ANOOP, NURUL, "RE: ANI-PO-24-0502 SBT-900 - balance?",
        "Fri, 31 May 2024 09:10:00 +0400", _p33_text,
        in_reply_to="<20240530152200.SJ0502@serijaya.com.my>"))),
])


# p38 -- DOCX supplier internal minutes: material for 4.800 already ordered; series starts directly after sample approval (Austrian German-English)
case("p38_supplier_minutes_material_auto_at_ie", ["RG006", "RG007"], "supplier minutes: zamak/steel for 4.800 already ordered while the customer PO covers 24 samples; series 4.800 'starts directly after the customer's sample approval'", [
    ("RB_AV-Protokoll_KW22.docx", docx_bytes([
        ("h1", "Besprechungsprotokoll AV / Planning meeting KW 22"),
        ("p", "Rheintal Beschläge GmbH, Lustenau. Datum: 29.05.2024. Teilnehmer: M. Gruber (AV), J. Fink (Vertrieb), S. Huber (QS), R. Mathis (Einkauf)."),
        ("h", "TOP 3 - Shannonside Kitchens, HG-35-110-SC"),
        ("table", [["Punkt / item", "Stand / status"],
                   ["Kunden-PO / customer PO", "24-1296 - 24 Stk Muster / samples only; balance not released by customer"],
                   ["Muster / samples", "versendet / shipped 27.05., EN 15570 Dauerlauf 80.000 Zyklen i.O."],
                   ["Material", "Zinkdruckguss-Legierung und Federstahl für 4.800 Stk bereits bestellt (Einkauf, 21.05.) - to secure the Q3 slot"],
                   ["Serie / series", "Nach Musterfreigabe durch den Kunden läuft die Serie 4.800 Stk direkt an (KW 27) / series starts directly after the customer's sample approval"]]),
        ("p", "Aufgabe / action: J. Fink informiert den Kunden über Termin KW 27."),
        ("p", "Protokoll: Martina Gruber"),
    ], author="Martina Gruber")),
])


# p34 -- PDF supplier status report: steel coil bought for 3,000 sets on a 50-sample order (Chinese English / Polish)
case("p34_status_steel_for_3000_cn_pl", ["RG006"], "supplier status report: 50 sample sets on order, but SPCC coil and dampers bought for 3,000 sets 'to lock price' with no material authority", [
    ("JH_W22_MebleWarta.pdf", pdf([
        ("h1", "Production Status Report - Week 22"),
        ("p", "Foshan Jinhui Hardware Co., Ltd. To: Meble Warta Sp. z o.o. (Ms Katarzyna Nowicka). Date: 2024-05-31."),
        ("table", [["Customer PO", "Item", "Order qty", "Status", "Remark"],
                   ["ZZ/2024/05/160", "DR-UM-450 undermount runner 450mm", "50 sets (sample)", "QC finished", "ship 2024-06-05 by air"]]),
        ("h", "Material preparation"),
        ("table", [["Material", "Qty", "For", "Status"],
                   ["SPCC steel coil 1.5 mm", "2.6 t", "3,000 sets", "purchased 2024-05-24, in warehouse"],
                   ["Soft-close damper SD-30", "6,000 pcs", "3,000 sets", "purchased, in warehouse"],
                   ["Carton 10 sets", "300 pcs", "3,000 sets", "ordered"]]),
        ("p", "Remark: to lock the steel price before July we already bought the material for 3,000 sets, so mass "
              "production can be fast. Price of steel going up 8% next month."),
        ("p", "Prepared by: Kevin Huang, Production Manager"),
    ], title="JH status W22", author="Kevin Huang")),
])


# p35 -- supplier status mail (quoted PO note says sample-only material): coil bought for the full 800 trays (Lithuanian / Irish)
_p35_text = t("""
Hello Siobhán,

Short status for PO 24-1244:
  - 20 sample trays SBT-800 are in the paint shop, shipping 7 June
  - to keep the lead time short, we already ordered the aluminium coil for the full 800 trays
    (1,4 t, arrives week 24). Stock list attached.

Have a nice weekend,
Rūta Kazlauskienė
Planning | Nemunas Furnitura UAB | Pramonės pr. 16, Kaunas | +370 37 400 118

""") + quote(t("""
From: Siobhán Kelly <skelly@shannonsidekitchens.ie>
Sent: 20 May 2024 11:48
Subject: PO 24-1244 SBT-800 samples

PO note: 20 pcs SBT-800 samples only. Balance 780 pcs not released - on hold until sample
sign-off by Declan Moran and a written release from Aoife Byrne, Operations Director.
Material authority: sample quantity only.
"""))

_p35_stock = t("""
NEMUNAS FURNITURA UAB - STOCK / ATSARGOS  31.05.2024
Item              Description                      Qty      Unit   Reserved for
AL-3003-0.8-1250  Alu coil 3003 H14 0.8 x 1250     1.400    kg     SK PO 24-1244 (800 trays)
AL-3003-0.8-1250  Alu coil 3003 H14 0.8 x 1250       120    kg     free
PVC-RIB-800       Anti-slip rib insert 800           800    pcs    SK PO 24-1244
""")

case("p35_status_coil_full_qty_lt_ie", ["RG006"], "supplier bought aluminium coil for the full 800 trays although the quoted buyer PO note releases 20 samples with sample-only material authority", [
    ("RE_PO_24-1244.eml", eml_bytes(mail(
        RUTA, SIOBHAN, "RE: PO 24-1244 SBT-800 samples - status",
        "Fri, 31 May 2024 16:22:00 +0300", _p35_text,
        attachments=[("stock_20240531.txt", _p35_stock, "text/plain")],
        in_reply_to="<h204-po241244@shannonsidekitchens.ie>"))),
])


# p39 -- WeChat: supplier reads the deposit as order confirmation and has material for 2000 ready (Chinese / Quebec)
case("p39_wechat_deposit_material_cn_ca", ["RG006", "RG012"], "buyer: deposit is for tooling + 30 samples, 1 970 not released until Isabelle's sign-off and Luc Bergeron's written release; supplier: material for 2000 prepared, line starts Monday 'because deposit received means order confirm'", [
    ("WeChat_export_Boreale_Jinhui.txt", t("""
WeChat chat history export - "Boréale x Jinhui hinges"
Exported 2024-06-05

Mathieu Gagnon  2024-06-03 21:10
Hi Kevin, the deposit for BC-24-0379 is sent (TT). The deposit is for the tooling and the 30 sample hinges HG-35-110-SC only. Production 1 970 pcs is not released until Luc Bergeron's written release, after Isabelle signs off the samples.

Kevin Huang  2024-06-04 09:02
Dear Mathieu deposit received thank you 🙏

Kevin Huang  2024-06-04 09:04
we prepared material for 2000 pcs already and line will start Monday, because deposit received means order confirm. so you get goods faster

Mathieu Gagnon  2024-06-04 20:47
Kevin, I will call you tomorrow.
""").encode()),
])


# p43 -- supplier mail (multipart/alternative + PDF): 'your firm order of 6,000 sets (per your 2024 forecast)', material ordered for 6,000 (Malaysian / Gulf)
_p43_text = t("""
Dear Mr Faisal,

Good day to you.

The 20 sample sets LF-HK-2 under ANI-PO-24-0436 were shipped last week, AWB 7740 2211 2024.

Thank you also for your firm order of 6,000 sets LF-HK-2 as per your 2024 forecast. We have
ordered the gas struts and the steel for the 6,000 sets accordingly, so we can deliver from
July. Our order acknowledgement SOA-24-0611 is attached for your kind signature.

Thank you and best regards,
Nurul Aina
Customer Service Executive
""") + sig("Nurul Aina binti Rahman", "Customer Service Executive", SJ + ", Batu Pahat, Johor", "+60 7 431 2400")

_p43_pdf = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT SOA-24-0611"),
    ("p", "Seri Jaya Precision Sdn. Bhd. To: Al Noor Interiors Fit-Out LLC, Dubai."),
    ("table", [["Ref", "Item", "Qty", "Type", "Delivery"],
               ["ANI-PO-24-0436", "LF-HK-2 lift-up fitting set", "20 sets", "sample", "shipped 24/05"],
               ["2024 forecast", "LF-HK-2 lift-up fitting set", "6,000 sets", "FIRM ORDER", "Jul-Dec 2024, 1,000 per month"]]),
    ("p", "Material (gas struts GS-120, steel DC01) ordered for 6,000 sets on 27/05/2024."),
    ("p", "Customer signature: ____________________"),
], title="SOA-24-0611", author="Nurul Aina")

case("p43_forecast_as_firm_material_my_ae", ["RG006", "RG008"], "supplier turns the buyer's 2024 forecast into a 'firm order of 6,000 sets' and orders gas struts and steel for 6,000 while only 20 sample sets are ordered", [
    ("SOA-24-0611.eml", eml_bytes(mail(
        NURUL, FAISAL, "LF-HK-2 samples shipped / order acknowledgement SOA-24-0611",
        "Mon, 27 May 2024 17:45:00 +0800", _p43_text, html=html_alt(_p43_text),
        attachments=[("SOA-24-0611.pdf", _p43_pdf, PDF_MT)]))),
])


# p56 -- DOCX minutes: released 400 in the text vs 450 in the table; supplier holds steel for the full 1 600 (Quebec / Lithuanian)
case("p56_minutes_400_vs_450_material_ca_lt", ["RG006", "RG011"], "minutes say Luc Bergeron released 400 sets, the table says 450; Nemunas bought steel coil for the full 1 600 sets without any material authority; hold, event and Luc Bergeron present", [
    ("EB_NF_minutes_2024-06-05.docx", docx_bytes([
        ("h1", "Compte rendu / Minutes - Boréale x Nemunas, DR-UM-500"),
        ("p", "Date: 2024-06-05. Présents: Mathieu Gagnon, Isabelle Tremblay (Boréale); Tomas Petrauskas, Darius Jankauskas (Nemunas)."),
        ("h", "1. Statut / status"),
        ("p", "PO BC-24-0388 covers 1 600 sets DR-UM-500 (commercial cover). Luc Bergeron released 400 sets for production "
              "in writing on 2024-06-03 (REL-02)."),
        ("p", "The remaining sets are on hold until Isabelle Tremblay signs off the line trial and Luc Bergeron sends a written release."),
        ("p", "Nemunas informed that the steel coil for the full 1 600 sets is already on site (bought week 19) to secure the price."),
        ("h", "2. Tableau / table"),
        ("table", [["Item", "PO qty", "Released", "On hold", "Delivered"],
                   ["DR-UM-500", "1 600", "450", "1 150", "0"]]),
        ("h", "3. Actions"),
        ("table", [["Action", "Owner", "Due"],
                   ["Line trial with first lot", "Isabelle Tremblay", "2024-06-20"],
                   ["Delivery first lot", "Tomas Petrauskas", "2024-06-14"]]),
    ], author="Mathieu Gagnon")),
])


# p40 -- plain mail saved as text: 2025 forecast to be taken as a firm order (Irish / Austrian)
case("p40_forecast_take_as_firm_ie_at", ["RG008"], "buyer writes the 2025 forecast (9.600 hinges + plates) as 'our firm order for 2025 ... you can plan on it'", [
    ("SK_mail_2024-05-31.txt", t("""
From: Siobhán Kelly <skelly@shannonsidekitchens.ie>
Sent: Friday 31 May 2024 12:06
To: Johannes Fink <j.fink@rheintal-beschlaege.at>
Cc: Aoife Byrne <abyrne@shannonsidekitchens.ie>
Subject: 2025 volumes - HG-35-110-SC

Hi Johannes,

As promised at Interzum, here's our forecast for 2025:

  HG-35-110-SC hinge      9.600 pcs   (roughly 800 a month)
  MP-0-2 mounting plate   9.600 pcs

Please take this as our firm order for 2025 and book the capacity - you can plan on it.
Call-offs will come monthly from January.

Talk soon,
Siobhán

Siobhán Kelly | Purchasing Manager | Shannonside Kitchens Ltd | +353 61 455 210
"""
).encode()),
])


# p41 -- PDF 'blanket order - forecast' declared binding, to be treated as a purchase order (Polish / Turkish)
case("p41_forecast_binding_po_pl_tr", ["RG008"], "document titled forecast (prognoza) for 14.400 plinth legs declares the forecast binding and to be treated as a purchase order", [
    ("MW_ZR_2024_02.pdf", pdf([
        ("h1", "ZAMÓWIENIE RAMOWE - PROGNOZA 2024 H2 / BLANKET ORDER - FORECAST 2024 H2"),
        ("p", "Meble Warta Sp. z o.o., Kalisz -> Kartal Metal Aksesuar A.Ş., İnegöl. Nr: ZR/2024/02. Data: 27.05.2024."),
        ("table", [["Indeks / item", "VII", "VIII", "IX", "X", "XI", "XII", "Razem / total"],
                   ["PL-100/150 nóżka / plinth leg", "2.000", "2.000", "2.400", "2.800", "2.800", "2.400", "14.400"]]),
        ("p", "Ceny wg oferty TKL-2024-088 (EUR 0,58 / szt.). Dostawy DAP Kalisz, co 2 tygodnie."),
        ("p", "Prognoza jest wiążąca - proszę traktować ją jako nasze zamówienie. / This forecast is binding - please treat it as our purchase order."),
        ("p", "Katarzyna Nowicka, Zakupy"),
    ], title="ZR/2024/02", author="Katarzyna Nowicka")),
])


# p46 -- multipart/alternative: 'released' for the SAP PO workflow, the QA sample decision and the production batch (Polish / Turkish)
_p46_text = t("""
Dear Emre,

Our order ZZ/2024/06/011 was released in SAP yesterday (approval workflow completed), you
should have the PDF.

The first samples HD-320-MB were released by our QA (Tomasz Wróbel) on 04.06 - thank you.
Now please make the second sample lot of 30 pcs in the new matt finish, for the colour check.

Release of the production batch of 2.370 pcs will follow only with the written release from
Marek Zieliński, Dyrektor Produkcji, after the second lot is signed off. Until then the batch
is on hold, and material only for the 30 pcs.

Best regards / Pozdrawiam
Katarzyna Nowicka
""") + sig("Katarzyna Nowicka", "Specjalista ds. zakupów / Purchasing", MW, "+48 62 766 24 00")

case("p46_released_three_ways_pl_tr", ["RG009"], "'released' used for the SAP PO approval workflow, the QA sample decision and the production batch; otherwise complete (30 pcs now, 2.370 on hold until sign-off and Marek Zieliński's written release)", [
    ("ZZ_2024_06_011.eml", eml_bytes(mail(
        KASIA, EMRE, "ZZ/2024/06/011 HD-320-MB - second sample lot",
        "Wed, 05 Jun 2024 10:22:00 +0200", _p46_text, html=html_alt(_p46_text)))),
])


# p51 -- three files: cover mail says thirty (30) sample trays, PO PDF line says 36; supplier quote attached for reference (Gulf / Malaysian)
_p51_text = t("""
Dear Nurul,

Please find attached our PO ANI-PO-24-0511 for thirty (30) sample trays SBT-900, for the
mock-up kitchens in Tower C.

The balance of 1,170 trays is on hold until Eng. Rajesh Menon signs off the mock-up and Mr Khalid
Al Hammadi, Projects Director, issues the written release. Material for the samples only.
Your quotation SJ-Q-2455 is attached for reference only (prices).

Kindly acknowledge.

Best Regards,
Faisal
""") + sig("Faisal Al Mansoori", "Procurement Manager", AN, "+971 4 347 2411")

case("p51_cover_30_po_36_ae_my", ["RG011"], "cover mail: thirty (30) sample trays; the attached PO PDF line: 36 trays; hold, event and Khalid Al Hammadi present; quote marked reference only", [
    ("mail_ANI-PO-24-0511.eml", eml_bytes(mail(
        FAISAL, NURUL, "PO ANI-PO-24-0511 - SBT-900 sample trays",
        "Sun, 02 Jun 2024 09:40:00 +0400", _p51_text))),
    ("ANI-PO-24-0511.pdf", pdf([
        ("h1", "PURCHASE ORDER ANI-PO-24-0511"),
        ("p", "Al Noor Interiors Fit-Out LLC, Al Quoz Industrial 3, Dubai. Supplier: Seri Jaya Precision Sdn. Bhd., Batu Pahat, Johor."),
        ("table", [["Line", "Item", "Description", "Scope", "Qty", "Unit price", "Amount"],
                   ["1", "SBT-900", "Sink-base tray aluminium, 900 mm cabinet", "Sample", "36 pcs", "USD 21.00", "USD 756.00"]]),
        ("p", "Production quantity 1,170 trays: not released, on hold until mock-up sign-off by Eng. Rajesh Menon and written "
              "release by Mr Khalid Al Hammadi, Projects Director. Material authority: sample-only."),
        ("p", "Delivery DAP Al Quoz by 20/06/2024. Buyer: Faisal Al Mansoori."),
    ], title="ANI-PO-24-0511", author="Faisal Al Mansoori")),
    ("SJ-Q-2455.pdf", pdf([
        ("h1", "QUOTATION SJ-Q-2455"),
        ("p", "Seri Jaya Precision Sdn. Bhd. To: Al Noor Interiors Fit-Out LLC. Date: 20/05/2024."),
        ("table", [["Item", "Description", "Qty", "Unit price USD", "Lead time"],
                   ["SBT-900", "Sink-base tray alu 900 mm", "30 pcs (sample)", "21.00", "2 weeks"],
                   ["SBT-900", "Sink-base tray alu 900 mm", "1,170 pcs (production)", "11.60", "5 weeks"]]),
        ("p", "Validity 90 days. FOB Pasir Gudang. Nurul Aina, Customer Service."),
    ], title="SJ-Q-2455", author="Nurul Aina")),
])


# p52 -- three files: ERP call-off 500 pcs; supplier ack and supplier portal show 550 pcs and a transposed PO number (Polish / Lithuanian)
_p52_ack = t("""
Dear Katarzyna,

Thank you. We confirm your order ZZ/2024/06/072 for 550 pcs DR-UM-450, delivery week 26.
The order is also visible in our customer portal.

Best regards,
Tomas Petrauskas
Sales Manager | Nemunas Furnitura UAB | +370 37 400 110

""") + quote(t("""
From: Katarzyna Nowicka <k.nowicka@meblewarta.pl>
Sent: 2024-06-04 13:05
Subject: Zamówienie ZZ/2024/06/027 DR-UM-450

Dear Tomas, our call-off ZZ/2024/06/027 attached (printout from Comarch). Please confirm.
Katarzyna
"""))

case("p52_calloff_500_ack_550_pl_lt", ["RG011"], "ERP call-off ZZ/2024/06/027 releases 500 pcs; the supplier acknowledgement and portal confirm 550 pcs under ZZ/2024/06/072; call-off itself is complete (hold, next call-off, Marek Zieliński)", [
    ("ZZ_2024_06_027_wydruk.txt", t("""
MEBLE WARTA SP. Z O.O.            ZAMOWIENIE / CALL-OFF        NR ZZ/2024/06/027
ul. Wroclawska 88, 62-800 Kalisz                              DATA 2024-06-04
NIP 618-20-24-118                                             STRONA 1/1

DOSTAWCA / SUPPLIER: NEMUNAS FURNITURA UAB, PRAMONES PR. 16, KAUNAS (LT)
UMOWA RAMOWA / FRAME AGREEMENT: RA-2024/07   (1.500 KPL, PRICES ONLY)
--------------------------------------------------------------------------------
LP  INDEKS      NAZWA / DESCRIPTION                     ILOSC   JM    CENA EUR
--------------------------------------------------------------------------------
1   DR-UM-450   PROWADNICA 450 / UNDERMOUNT RUNNER 450    500   KPL       6,40
--------------------------------------------------------------------------------
TERMIN DOSTAWY / DELIVERY: TYDZ. 26/2024, DAP KALISZ

UWAGI / NOTES:
ZWOLNIONE DO PRODUKCJI / RELEASED FOR PRODUCTION: 500 KPL.
POZOSTALE 1.000 KPL Z UMOWY RA-2024/07 WSTRZYMANE / THE OTHER 1.000 KPL ON HOLD
- ONLY BY THE NEXT CALL-OFF SIGNED BY MAREK ZIELINSKI (DYREKTOR PRODUKCJI).
MATERIAL AUTHORITY: 500 KPL.

WYSTAWIL / ISSUED BY: K. NOWICKA          ZATWIERDZIL / SIGNED: M. ZIELINSKI
"""
).encode()),
    ("RE_ZZ_2024_06_072.eml", eml_bytes(mail(
        TOMAS, KASIA, "RE: Zamówienie ZZ/2024/06/072 DR-UM-450 - confirmation",
        "Wed, 05 Jun 2024 09:14:00 +0300", _p52_ack,
        in_reply_to="<h204-zz202406027@meblewarta.pl>"))),
    ("nemunas_portal_order_ZZ-2024-06-072.html", html_page("Nemunas Furnitura - Customer portal", t("""
<h2>Nemunas Furnitura UAB &mdash; Klientų portalas / Customer portal</h2>
<p>Customer: <b>Meble Warta Sp. z o.o.</b> (LT-C-0245)</p>
<h3>Confirmed orders</h3>
<table>
<tr><th>Customer order</th><th>Item</th><th>Qty</th><th>Delivery</th><th>Status</th></tr>
<tr><td>ZZ/2024/06/072</td><td>DR-UM-450 undermount runner 450</td><td>550 kpl</td><td>wk 26/2024</td><td>confirmed, in planning</td></tr>
<tr><td>ZZ/2024/04/031</td><td>DR-UM-450 undermount runner 450</td><td>400 kpl</td><td>wk 19/2024</td><td>delivered</td></tr>
</table>
<p>Last update 2024-06-05 09:20 &mdash; Rūta Kazlauskienė</p>
"""))),
])


# p53 -- PDF PO: note says twenty-four (24) sample hinges, table line says 42 (Quebec / Austrian)
case("p53_po_24_words_42_table_ca_at", ["RG011"], "one PO states the sample quantity twice differently: 'vingt-quatre (24) / twenty-four (24)' in the note, 42 in the line table; hold, event and Luc Bergeron present", [
    ("BC-24-0394.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER BC-24-0394"),
        ("p", "Ébénisterie Boréale inc., 2150 rue Girouard Ouest, Saint-Hyacinthe (Québec) J2S 2Z4. TPS 71840 2400 RT0001."),
        ("p", "Fournisseur / supplier: Rheintal Beschläge GmbH, Lustenau, Autriche / Austria. Soumission / quote AN 24-0933."),
        ("table", [["Ligne", "Article", "Description", "Qté / Qty", "Prix / Price", "Total"],
                   ["01", "HG-35-165", "Charnière d'angle 165° / corner hinge 165°, soft-close - échantillons / samples", "42", "EUR 6,20", "EUR 260,40"]]),
        ("h", "Note"),
        ("p", "Veuillez fabriquer vingt-quatre (24) charnières d'échantillon. / Please make twenty-four (24) sample hinges."),
        ("p", "La production (2 376 ch.) n'est pas autorisée / production of 2 376 pcs is not released: on hold until Isabelle "
              "Tremblay signs off the samples and Luc Bergeron, président, sends a written release. Material: samples only."),
        ("p", "Livraison / delivery: DAP Saint-Hyacinthe, 2024-06-21. Acheteur: Mathieu Gagnon."),
    ], title="BC-24-0394", author="Mathieu Gagnon")),
])


# p54 -- quoted reply, bilingual: 'quarante (40)' in French, 'forty-eight (48)' in English (Quebec / Turkish)
_p54_text = t("""
Bonjour Emre,

Veuillez fabriquer quarante (40) poignées HD-160-MB comme échantillons.
Please make forty-eight (48) sample handles HD-160-MB.

La production de 2 400 poignées n'est pas autorisée / the 2 400 production handles are not
released: on hold until Isabelle Tremblay signs off the samples and Luc Bergeron sends a
written release. Matériel pour les échantillons seulement / material for the samples only.

Merci,
Mathieu

""") + quote(t("""
From: Emre Yıldız <emre.yildiz@kartal-aksesuar.com.tr>
Sent: Monday, June 3, 2024 4:10 AM
Subject: BC-24-0401 HD-160-MB samples - quantity?

Dear Mathieu Bey, for the samples how many pcs you need, 40 or 48? We pack 8 pcs per inner box.
Regards, Emre
""")) + "\n" + sig("Mathieu Gagnon", "Acheteur / Buyer", EB, "+1 450 773 0190")

case("p54_bilingual_40_vs_48_ca_tr", ["RG011"], "bilingual authorization states the sample quantity twice differently: 'quarante (40)' in French, 'forty-eight (48)' in English; hold, event and Luc Bergeron present", [
    ("RE_BC-24-0401.eml", eml_bytes(mail(
        MATHIEU, EMRE, "RE: BC-24-0401 HD-160-MB samples - quantity?",
        "Mon, 03 Jun 2024 08:05:00 -0400", _p54_text,
        in_reply_to="<20240603041000.KM0401@kartal-aksesuar.com.tr>"))),
])


# p57 -- buyer reply with the supplier's proforma attached: 'advance transferred, so you can start production of the 1,980' (Gulf / Turkish)
_p57_text = t("""
Dear Emre,

Advance payment 30% transferred today, TT ref FT24155AE0520, copy to your accounts. So you can
start production of the 1,980 handles now. Mr Khalid's written release will follow later, it is
just a formality.

Best Regards,
Faisal

""") + quote(t("""
From: Emre Yıldız <emre.yildiz@kartal-aksesuar.com.tr>
Sent: Monday, June 3, 2024 11:20 AM
Subject: RE: ANI-PO-24-0520 HD-160-MB Jumeirah Villas

Dear Faisal Bey, samples were signed off by Rajesh Bey last week, thank you. For production
please transfer 30% advance as per our proforma attached.
""")) + "\n" + quote(t("""
From: Faisal Al Mansoori
Sent: Tuesday, May 14, 2024 9:02 AM
Subject: ANI-PO-24-0520 HD-160-MB Jumeirah Villas

PO ANI-PO-24-0520: 20 sample handles HD-160-MB. Balance 1,980 on hold until Eng. Rajesh Menon
signs off the samples and Mr Khalid Al Hammadi, Projects Director, issues a written release.
"""), 2) + "\n" + sig("Faisal Al Mansoori", "Procurement Manager", AN, "+971 4 347 2411")

_p57_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-2024-0602"),
    ("p", "Kartal Metal Aksesuar San. ve Tic. A.Ş., İnegöl OSB, Bursa. To: Al Noor Interiors Fit-Out LLC, Dubai. Ref: ANI-PO-24-0520."),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
               ["HD-160-MB", "Bar handle 160 c/c matt black RAL 9005", "1,980 pcs", "1.90", "3,762.00"],
               ["", "30% advance payment", "", "", "1,128.60"]]),
    ("p", "Payment: 30% advance by TT, 70% against copy of B/L. Bank: Ziraat Bankası İnegöl, SWIFT TCZBTR2A."),
], title="PI-2024-0602", author="Emre Yıldız")

case("p57_advance_so_start_ae_tr", ["RG012"], "buyer: 'Advance payment 30% transferred today ... so you can start production of the 1,980 handles now', the written release by Khalid Al Hammadi called a formality; quoted scope required the written release", [
    ("RE_ANI-PO-24-0520.eml", eml_bytes(mail(
        FAISAL, EMRE, "RE: RE: ANI-PO-24-0520 HD-160-MB Jumeirah Villas",
        "Tue, 04 Jun 2024 13:35:00 +0400", _p57_text,
        attachments=[("PI-2024-0602.pdf", _p57_pi, PDF_MT)],
        in_reply_to="<20240603112000.KM0520@kartal-aksesuar.com.tr>"))),
])


# p59 -- supplier proforma: annual forecast stated as firm order quantity; production starts on receipt of the advance (Turkish / Irish)
case("p59_proforma_forecast_firm_advance_tr_ie", ["RG008", "RG012"], "supplier proforma states 'firm order quantity 2.400 pcs (as per your annual forecast)' and 'production starts upon receipt of 30% advance payment'", [
    ("PI-2024-0611.pdf", pdf([
        ("h1", "PROFORMA INVOICE PI-2024-0611"),
        ("p", "Kartal Metal Aksesuar San. ve Tic. A.Ş., İnegöl OSB 3. Cad. No:14, 16400 İnegöl / Bursa, Türkiye. Vergi No 5870 2400 118."),
        ("p", "Customer: Shannonside Kitchens Ltd, Raheen Business Park, Limerick, Ireland. Your ref: forecast 2024 (S. Kelly, 02.05.2024)."),
        ("table", [["Item", "Description", "Qty", "Unit price EUR", "Amount EUR"],
                   ["HD-160-BB", "Bar handle 160 mm c/c brushed brass, M4x22", "2.400 pcs", "2,15", "5.160,00"],
                   ["", "Advance payment 30 %", "", "", "1.548,00"]]),
        ("p", "Firm order quantity: 2.400 pcs (as per your annual forecast 2024)."),
        ("p", "Production starts upon receipt of 30% advance payment. Balance 70% before loading."),
        ("p", "Delivery FCA İnegöl, 5 weeks after advance. Bank: Türkiye İş Bankası Bursa, IBAN TR12 0006 4000 0012 4000 1180 00."),
        ("p", "Emre Yıldız, Export Sales Manager, 06.06.2024"),
    ], title="PI-2024-0611", author="Emre Yıldız")),
])


# p61 -- DOCX minutes: 'approved' for samples, for the deposit, and 'production approved - deposit paid, so Jinhui can start' (Polish / Chinese)
case("p61_minutes_deposit_start_pl_cn", ["RG009", "RG012"], "minutes use 'approved' for the samples (technical), the deposit (finance) and production; production of the 1.960 is started because the deposit was paid", [
    ("MW_protokol_JH_2024-06-06.docx", docx_bytes([
        ("h1", "Protokół / Minutes - video call Meble Warta x Foshan Jinhui"),
        ("p", "Data: 06.06.2024. Obecni: Katarzyna Nowicka, Tomasz Wróbel (Meble Warta); Jenny Liang, Kevin Huang (Jinhui)."),
        ("p", "Zamówienie / order ZZ/2024/05/163: DR-UM-500, 40 sample sets delivered; total requirement 2.000 sets."),
        ("h", "Ustalenia / agreed"),
        ("num", "Próbki / samples: approved by Tomasz Wróbel (EN 15338 cycles OK, soft-close OK)."),
        ("num", "Zaliczka / deposit 30%: approved by our finance (CFO) and paid on 05.06."),
        ("num", "Produkcja / production approved - zaliczka wpłacona, więc Jinhui może startować 1.960 szt. / deposit paid, "
                "so Jinhui can start the 1.960 sets."),
        ("num", "Wysyłka / shipment: 2 x 20' container, ETD Shekou end of July."),
        ("p", "Notowała: Katarzyna Nowicka"),
    ], author="Katarzyna Nowicka")),
])


# p60 -- two files: buyer portal PO with complete scope + supplier mail 'PO accepted is our go for production' (Gulf / Chinese)
_p60_ack = t("""
Dear Faisal,

Thank you for the PO. We have accepted your PO ANI-PO-24-0529 in the portal today.

PO accepted is our go for production, so we start the mass production next Monday, it will be
faster for your Creek Harbour project. Samples will ship together.

Best regards
Jenny Liang | Sales Dept. | Foshan Jinhui Hardware Co., Ltd.

""") + quote(t("""
From: Al Noor Supplier Portal <noreply@alnoor-interiors.ae>
Sent: Wednesday, June 5, 2024 10:00 AM
Subject: New purchase order ANI-PO-24-0529 - please acknowledge

A new purchase order ANI-PO-24-0529 has been issued to Foshan Jinhui Hardware Co., Ltd.
Please log in to review and acknowledge within 48 hours.
"""))

case("p60_portal_po_accepted_as_go_ae_cn", ["RG012"], "portal PO is complete (24 samples, 2,376 on hold until Rajesh Menon's sign-off and Khalid Al Hammadi's written release), but the supplier treats PO acceptance as 'our go for production'", [
    ("portal_ANI-PO-24-0529.html", html_page("Al Noor Supplier Portal - PO ANI-PO-24-0529", t("""
<h2>Al Noor Interiors Fit-Out LLC &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Foshan Jinhui Hardware Co., Ltd.</b> (vendor 30-233)</p>
<h3>Purchase Order ANI-PO-24-0529 &mdash; Rev 0 &mdash; 05/06/2024 &mdash; Status: ACCEPTED by supplier 05/06/2024 14:12</h3>
<p>Project: Creek Harbour Residences, Building 3</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>1</td><td>HG-35-110-SC</td><td>Concealed hinge 110&deg; soft-close with plate MP-0-2</td><td>Sample</td><td>24 pcs</td><td>USD 2.10</td><td>USD 50.40</td></tr>
</table>
<div class="note"><b>PO scope note</b><br>
This PO covers 24 sample hinges only. The balance of 2,376 pcs is not released and is on hold until Eng. Rajesh Menon signs off the samples
and Mr Khalid Al Hammadi, Projects Director, issues a written release. Acceptance of this PO does not release production.
Material authority: sample-only.</div>
<p>Buyer: Faisal Al Mansoori</p>
"""))),
    ("RE_ANI-PO-24-0529.eml", eml_bytes(mail(
        JENNY, FAISAL, "RE: New purchase order ANI-PO-24-0529 - accepted",
        "Wed, 05 Jun 2024 19:30:00 +0800", _p60_ack,
        in_reply_to="<portal-ani-po-24-0529@alnoor-interiors.ae>"))),
])


# ===================================================================== build
def main():
    assert len(CASES) == 70, len(CASES)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names)
    order = list(range(len(CASES)))
    random.Random(204204).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for pos, idx in enumerate(order, start=1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h204_{pos:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
