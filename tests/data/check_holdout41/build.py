#!/usr/bin/env python3
"""Generator for the releasegate check_holdout41 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout41/build.py

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
    m["Message-ID"] = msgid or f"<h41-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h41")
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



def sig_short(name, title, company, phone):
    """A signature without the legal disclaimer (suppliers and smaller firms)."""
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"


def quote(text, prefix="> "):
    """Quote a block of text the way mail clients do in a reply."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def txt2html(text):
    """Render a plain-text mail body as a simple HTML alternative (quoted lines as blockquote)."""
    parts = []
    para = []
    quoted = []

    def flush_para():
        if para:
            parts.append("<p>" + "<br>\n".join(escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quoted:
            inner = "<br>\n".join(escape(x) for x in quoted)
            parts.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">{inner}</blockquote>")
            quoted.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quoted.append(line.lstrip(">").lstrip())
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(parts) + "\n</body></html>\n")


def table_html(rows, cls=None):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "\n".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows[1:])
    c = f" class=\"{cls}\"" if cls else ""
    return f"<table{c}>\n<tr>{head}</tr>\n{body}\n</table>"


# ------------------------------------------------------------------ parties
HART = "Hartland Agri Machinery Inc."      # Cedar Falls, Iowa (US)
RED = "Redwater Heavy Equipment Inc."      # Peoria, Illinois (US)
AGQ = "Agromaq Implementos Agrícolas Ltda"  # Passo Fundo RS (BR)
TSA = "Tratores Serra Azul S.A."            # Canoas RS (BR)
LK = "Lindner-Kraus Landtechnik GmbH"       # Osnabrück (DE)
BM = "Bergmann Baumaschinen AG"             # Ulm (DE)
MK = "Metsäkone Oy"                         # Tampere (FI)
KFM = "Kallio Forest Machines Oy"           # Jyväskylä (FI)

SGC = "Shree Ganesh Castings Pvt. Ltd."     # Kolhapur (IN)
CAF = "Coimbatore Alloy Foundry"            # Coimbatore (IN)
RPF = "Rajkot Precision Forge Pvt. Ltd."    # Rajkot (IN)
ANA = "Anadolu Döküm San. ve Tic. A.Ş."     # Konya (TR)
SEL = "Selçuklu Döküm San. A.Ş."            # Konya (TR)
EGE = "Ege Dövme Sanayi A.Ş."               # Manisa (TR)
NHC = "Ningbo Hengli Casting Co., Ltd."     # Ningbo (CN)
STY = "Shandong Taiyue Machinery Co., Ltd." # Zhucheng (CN)
FVI = "Fundição Vale do Itajaí Ltda"        # Blumenau SC (BR)
FTU = "Fundição Tupiniquim Ltda"            # Joinville SC (BR)
FCX = "Forjaria Caxias Ltda"                # Caxias do Sul RS (BR)


# =================================================================== CLEAN
# c01 SAP-style sample PO (PDF, table), DE buyer -> BR foundry, full scope note.
case("c01_sap_po_sample_scope", [],
     "sample PO: 12 castings active, 588 on hold, ISIR sign-off + written release by Thomas Brandt; quote batch declared informational",
     [("PO_4500127745.pdf", pdf([
         ("h1", "PURCHASE ORDER / BESTELLUNG 4500127745"),
         ("pre", "Lindner-Kraus Landtechnik GmbH          Purchase order : 4500127745\n"
                 "Hafenstraße 41                          Date           : 06.05.2024\n"
                 "49090 Osnabrück, Germany                Purch. group   : E14 Castings\n"
                 "                                        Buyer          : Thomas Brandt\n"
                 "Supplier no. 300418                     Phone          : +49 541 9987-214\n"
                 "Fundição Vale do Itajaí Ltda            Currency       : EUR\n"
                 "Rua Itajaí-Açu 1550                     Incoterms      : FCA Itajaí (2020)\n"
                 "89037-000 Blumenau SC, Brazil           Payment terms  : 60 days net"),
         ("sp",),
         ("table", [
             ["Item", "Material", "Description", "Qty", "Unit", "Price EUR", "Delivery"],
             ["00010", "LK-330-1187", "Rear axle housing, SAMPLE castings, EN-GJS-400-15, DRG LK-330-1187 Rev D",
              "12", "PC", "412,50", "15.07.2024"],
             ["00020", "PAT-LK-330", "Pattern and core boxes (one-off, remains property of Lindner-Kraus)",
              "1", "LOT", "18.400,00", "14.06.2024"],
         ]),
         ("sp",),
         ("h", "Scope of this order"),
         ("p", "Item 00010 covers twelve (12) sample castings for initial sample inspection (ISIR per VDA "
               "volume 2). Nothing beyond these 12 castings is ordered or released by this purchase order."),
         ("p", "Your quotation FVI-2024-0412 shows a production batch of 600 castings. That figure is for "
               "information only. The remaining 588 castings are not released and stay on hold."),
         ("p", "The 588 castings can be released only after our ISIR sign-off for the 12 samples, and then only "
               "by a separate written production release signed by Thomas Brandt (Purchasing, castings). Do not "
               "pour, machine or buy melt stock for them before you hold that release."),
         ("p", "Material authority: sample-only (melt stock for the 12 sample castings)."),
         ("h", "Technical requirements"),
         ("p", "Each sample casting with heat number cast in. Supply spectrometer analysis, separately cast "
               "test bars per EN 1563 (tensile, elongation, hardness HB) and a full dimensional layout against "
               "DRG LK-330-1187 Rev D. General tolerances ISO 8062-3 DCTG 10, machining allowance RMA H."),
         ("p", "Shot blasted, no primer on samples. Pack the dozen sample castings in two wooden crates of six, "
               "max. 1.000 kg per crate, marked with PO and item number."),
         ("p", "Our general terms of purchase (edition 01/2023) apply. Please acknowledge within 5 working days."),
     ], title="PO 4500127745", author="Thomas Brandt"))])

# c02 supplier quotation alone, with tiers (PDF). Non-authorizing.
case("c02_quote_tiers_alone", [],
     "supplier quotation with sample and production tiers on its own; no authorized quantity, nothing to flag",
     [("QT-SGC-24-117.pdf", pdf([
         ("h1", "SHREE GANESH CASTINGS PVT. LTD."),
         ("p", "Plot No. C-44, Shiroli MIDC, Kolhapur 416122, Maharashtra, India | GSTIN 27AABCS1234F1Z9 | "
               "ISO 9001:2015 | IATF 16949:2016"),
         ("h", "QUOTATION No. QT/SGC/24-117   Date: 02.05.2024"),
         ("p", "To: Hartland Agri Machinery Inc., Cedar Falls, Iowa, USA. Kind attn.: Ms. Karen Mitchell, "
               "Commodity Buyer - Castings"),
         ("p", "Dear Madam, with reference to your enquiry RFQ-HA-2024-0388 dated 22.04.2024 we are pleased to "
               "quote our best rates as under:"),
         ("table", [
             ["Sr.", "Description", "Qty", "Rate USD", "Remarks"],
             ["1", "Pattern equipment (aluminium match plate + 2 core boxes), HA-71420-03 rev C", "1 set",
              "9,800.00", "one-time, 50% advance with order"],
             ["2", "Sample castings, gearbox housing HA-71420-03, EN-GJS-450-10, as cast", "10 nos", "96.00",
              "with layout + metallurgy report"],
             ["3", "Production castings, same part", "500 nos", "61.40", "per lot"],
             ["4", "Production castings, same part", "1,000 nos", "58.90", "per lot"],
             ["5", "Production castings, same part", "2,000 nos", "56.75", "per lot"],
         ]),
         ("sp",),
         ("h", "Terms and conditions"),
         ("p", "1. Prices are ex-works Kolhapur, packing in wooden pallets included. Sea freight extra at actuals."),
         ("p", "2. Prices based on pig iron rate Rs. 48,500/MT as on 02.05.2024. Variation beyond +/- 5% will be "
               "passed on with supporting invoices."),
         ("p", "3. Lead time: pattern 5 weeks from advance; samples 2 weeks after pattern trial; production "
               "castings 6 weeks from receipt of your production purchase order / release."),
         ("p", "4. Machining allowance 3 mm per side as per your drawing. Scrap rate assumed 4%; rejection "
               "above 2% at your end to be settled by debit note."),
         ("p", "5. Validity of offer: 30 days."),
         ("p", "Thanking you and assuring our best services at all times."),
         ("p", "For SHREE GANESH CASTINGS PVT. LTD. - Sunil Jadhav, Manager - Marketing, +91 231 2670 415"),
     ], title="QT/SGC/24-117", author="Sunil Jadhav"))])

# c03 supplier question: "may we have go-ahead for bal. 490?"
_m = mail("Vincent Zhang <vincent.zhang@nb-hengli.com.cn>", "Dave Kowalski <dkowalski@redwater-he.com>",
          "RE: PO 4500339012 sample castings RW-88213 - shipped / go-ahead for balance?",
          "Mon, 03 Jun 2024 16:42:10 +0800",
          "Dear Dave,\n\n"
          "Good day.\n\n"
          "The 10 pcs sample castings of RW-88213 swing bracket (PO 4500339012) were shipped today by DHL, "
          "AWB 4471 2290 63. Inspection report, material certificate (EN-GJS-500-7, equal to ASTM A536 "
          "80-55-06) and layout report are in the box and also uploaded in your portal.\n\n"
          "May we have your go-ahead for the bal. 490 pcs? Our pour schedule has one free slot in week 27. "
          "After that the earliest is week 31, because of the summer power rationing in Zhejiang.\n\n"
          "We will not start anything for the balance before your written reply. Please advise.\n\n"
          "Best regards,\nVincent Zhang\nSales Manager\nNingbo Hengli Casting Co., Ltd.\n"
          "No. 88 Jinshan Road, Beilun, Ningbo 315800, China\nTel +86 574 8618 2230\n")
case("c03_supplier_asks_goahead", [],
     "supplier asks whether it may go ahead with bal. 490; a question, not an approval; no buyer authorization in bundle",
     [("RE_PO_4500339012.eml", eml_bytes(_m))])

# c04 labelled forecast (HTML table), BR buyer.
case("c04_forecast_labelled", [],
     "demand forecast clearly labelled 'not an order, not a release, no commitment'",
     [("previsao_AGQ-5512_2024H2.html", html_page("Previsão de demanda AGQ-5512", f"""
<h2>Agromaq Implementos Agrícolas Ltda — Previsão de demanda / Demand forecast 2024-H2</h2>
<p>Fornecedor / Supplier: Fundição Tupiniquim Ltda, Joinville SC &nbsp;|&nbsp; Código fornecedor 100277<br>
Item: AGQ-5512 cubo de roda traseiro / rear wheel hub, GJS-450-10, desenho AGQ-5512 rev. F<br>
Emitido em / issued: 03.06.2024 por Rodrigo Menezes, Comprador – Fundidos</p>
<div class="note"><b>PREVISÃO — NÃO É PEDIDO.</b> Esta previsão serve apenas para planejamento de capacidade.
<br><b>FORECAST — NOT AN ORDER.</b> This forecast is for capacity planning only. It is not a purchase order,
not a release and not a commitment to buy. Quantities are released only by numbered call-offs
(pedidos de entrega) signed by Rodrigo Menezes.</div>
<br>
{table_html([["Mês / Month", "Previsão (pçs) / Forecast (pcs)", "Status"],
             ["jul/2024", "320", "previsão / forecast"],
             ["ago/2024", "340", "previsão / forecast"],
             ["set/2024", "300", "previsão / forecast"],
             ["out/2024", "360", "previsão / forecast"],
             ["nov/2024", "280", "previsão / forecast"],
             ["dez/2024", "150", "previsão / forecast"],
             ["Total", "1.750", ""]])}
<p>Observação: dezembro reduzido por férias coletivas na linha de montagem 3 (18.12 a 06.01).<br>
Dúvidas: compras.fundidos@agromaq.com.br — (54) 3316-7720</p>
""", lang="pt-BR"))])

# c05 full-quantity production PO, Oracle printout (TXT). No balance.
case("c05_oracle_po_full_qty", [],
     "full-quantity production PO (400 EA, carry-over part), 'proceed with the 400 EA'; no balance, no larger quantity",
     [("PO_7100045588.txt", """\
REDWATER HEAVY EQUIPMENT INC.                              PURCHASE ORDER
2200 SW ADAMS ST                                           PO NUMBER: 7100045588    REV: 0
PEORIA IL 61602 USA                                        PO DATE  : 05/14/2024
                                                           BUYER    : KOWALSKI, DAVID
VENDOR : 20417 SHANDONG TAIYUE MACHINERY CO LTD            PHONE    : 309-555-0142
         NO. 18 HUAGONG RD, ZHUCHENG, SHANDONG 262200 CN   TERMS    : NET 60
SHIP TO: REDWATER PLANT 2, RECEIVING DOCK 14               FOB      : QINGDAO
         EAST PEORIA IL 61611                              CURRENCY : USD
------------------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                          QTY  UOM   UNIT PRICE     EXTENDED
------------------------------------------------------------------------------------------
 1  RW-40977-02     COUNTERWEIGHT, REAR, GJL-200         400  EA        318.00   127,200.00
                    DWG RW-40977 REV F
                    NEED-BY 08/30/2024
------------------------------------------------------------------------------------------
                                                          TOTAL USD            127,200.00

NOTES:
 THIS IS A PRODUCTION ORDER FOR THE FULL QUANTITY OF 400 EA. THERE IS NO SAMPLE PHASE:
 CARRY-OVER PART, SAME DWG REV AND SAME PATTERN AS PO 7100031140 (PPAP ON FILE SINCE 2022).
 PLEASE PROCEED WITH THE 400 EA PER THIS PO. NO FURTHER QUANTITY IS ORDERED OR PLANNED
 ON THIS PO.
 SHIP IN 40' CONTAINERS, MAX 24 T PER BOX. NO PAINT, RUST PREVENTIVE OIL ONLY.
 WEIGHT PER PIECE 1,140 KG +/- 2%. LIFTING HOLES PER DWG ZONE C4.
 INVOICE MUST SHOW PO NUMBER AND LINE. PACKING LIST IN EACH CONTAINER.

PAGE 1 OF 1                                           REDWATER STANDARD TERMS REV 2019-03 APPLY
""")])

# c06 call-off with explicit staged material authority above the released quantity (DOCX table).
case("c06_calloff_staged_material", [],
     "call-off releases 150 pcs; explicit staged material authority up to 600 pcs at buyer's liability; next call-off by Jukka Virtanen",
     [("MK_calloff_004_5500081230.docx", docx_bytes([
         ("h1", "Metsäkone Oy — Call-off 004"),
         ("p", "Blanket purchase order 5500081230 · Supplier: Ege Dövme Sanayi A.Ş., Manisa OSB, Türkiye · "
               "Date 2024-06-04"),
         ("p", "Part: MK-22190 boom pivot pin forging, 42CrMo4+QT, drawing MK-22190 rev C. "
               "Blanket estimate 1 800 pcs per year — estimate only, not a commitment."),
         ("table", [
             ["Call-off", "Quantity released", "Delivery", "Ship to"],
             ["004", "150 pcs", "week 34/2024", "Metsäkone Oy, Hatanpään valtatie 48, 33900 Tampere"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "Only the 150 pcs of call-off 004 are released for forging. The remaining blanket quantity is "
               "not released by this call-off."),
         ("p", "The next quantity is released only by the next numbered call-off (005), which we issue after our "
               "incoming inspection has accepted the call-off 003 lot."),
         ("p", "Call-offs are signed by Jukka Virtanen, Category Manager. A call-off without his signature is "
               "not valid."),
         ("h", "Material authority"),
         ("table", [
             ["Type", "Quantity", "Liability", "Note"],
             ["Staged (bar only)", "42CrMo4 Ø90 bar for up to 600 pcs", "Metsäkone Oy",
              "Bar purchase only. No forging beyond the 150 pcs released."],
         ]),
         ("sp",),
         ("p", "Packaging: returnable steel racks, 30 pcs per rack. Certificates EN 10204 3.1 with each heat."),
         ("p", "Ystävällisin terveisin / Best regards — Jukka Virtanen, Category Manager, Metsäkone Oy, "
               "+358 40 771 2093"),
     ], author="Jukka Virtanen"))])

# c07 explicit, recorded auto-conversion (EML multipart/alternative).
_t = ("Dear Hitesh,\n\n"
      "Thank you for the call yesterday. As agreed, I confirm in writing how PO 4600021877 works.\n\n"
      "1. Active now: 8 (eight) sample forgings KFM-6120 rev B (crane slewing yoke, 34CrNiMo6). Nothing "
      "else is released today.\n\n"
      "2. Recorded auto-conversion, reference AC-2024-07: if Antti Laine, our Supplier Quality Engineer, "
      "signs the ISIR for the 8 samples with the disposition \"approved\" (not interim, not rejected), then "
      "200 pcs are released on the date of his signature. No other document is needed for those 200 pcs. "
      "Antti will e-mail you the signed ISIR the same day.\n\n"
      "3. The remaining 792 pcs of the 1,000 pcs quoted stay on hold. They are released only by a separate "
      "written release signed by me.\n\n"
      "4. Material authority: staged, bar for up to 208 pcs (8 samples + 200) at Kallio's liability. Nothing "
      "beyond that.\n\n"
      "Please confirm by reply that you have the same understanding.\n\n"
      "Best regards,\nLeena\n"
      + sig("Leena Mäkinen", "Purchasing Manager", "Kallio Forest Machines Oy, Jyväskylä", "+358 50 412 8870"))
_m = mail("Leena Mäkinen <leena.makinen@kallioforest.fi>", "Hitesh Mehta <hitesh@rajkotforge.in>",
          "PO 4600021877 - KFM-6120 sample forgings and agreed auto-conversion (ref AC-2024-07)",
          "Wed, 05 Jun 2024 10:15:00 +0300", _t, html=txt2html(_t), cc="Antti Laine <antti.laine@kallioforest.fi>")
case("c07_explicit_autoconversion", [],
     "explicit recorded auto-conversion naming quantity (200), signer (Antti Laine) and condition; 792 on hold for written release by Leena",
     [("PO_4600021877_scope.eml", eml_bytes(_m))])

# c08 supplier: deposit does not release production (EML).
_m = mail("Vincent Zhang <vincent.zhang@nb-hengli.com.cn>", "Sabine Kessler <s.kessler@bergmann-bau.de>",
          "Deposit received - PO 4500218870 pattern + sample castings BM-5530",
          "Thu, 23 May 2024 09:05:44 +0800",
          "Dear Ms. Kessler,\n\n"
          "We confirm receipt of your 30% deposit, EUR 7.260,00, for the pattern and the 6 sample castings under "
          "PO 4500218870. Thank you.\n\n"
          "For good order: the deposit does not release production. We will make the pattern and pour only the "
          "6 sample castings of BM-5530 (track roller housing). We understand the balance of 394 pcs is not "
          "released, and we will not pour, buy material or book furnace capacity for it until we receive your "
          "written production release after your ISIR sign-off.\n\n"
          "Pattern: aluminium, 2 cavities, ready in week 25. Samples: week 27 ex works Ningbo.\n\n"
          "Best regards,\nVincent Zhang\nSales Manager\nNingbo Hengli Casting Co., Ltd.\nTel +86 574 8618 2230\n")
case("c08_deposit_not_release", [],
     "supplier states the deposit does not release production; pours 6 samples only; no authorization problem",
     [("Deposit_PO4500218870.eml", eml_bytes(_m))])

# c09 supplier acknowledgement restating the hold (PDF).
case("c09_supplier_ack_restates_hold", [],
     "supplier order acknowledgement restates 10 samples only and balance 490 on hold pending written release by Sabine Kessler",
     [("AD_OC_24-0533.pdf", pdf([
         ("h1", "ANADOLU DOKUM SAN. VE TIC. A.S."),
         ("p", "Konya Organize Sanayi Bolgesi, 2. Cadde No: 41, 42300 Selçuklu / Konya · Tel +90 332 248 55 10"),
         ("h", "SIPARIS TEYIDI / ORDER ACKNOWLEDGEMENT  OC-24-0533"),
         ("p", "Customer: Bergmann Baumaschinen AG, Ulm · Your PO: 4500219031 dated 14.05.2024 · "
               "Our offer: AD-TKL-24/0877"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Price", "Delivery"],
             ["10", "BM-7702", "Hydraulic valve body, EN-GJL-250, sample castings", "10", "38,20 EUR", "KW 28"],
         ]),
         ("sp",),
         ("p", "We confirm your order as written: 10 (ten) sample castings only."),
         ("p", "The balance of 490 pcs from our offer AD-TKL-24/0877 is not released. We will not pour it "
               "before we receive the written production release from Ms. Sabine Kessler following your ISIR "
               "sign-off."),
         ("p", "Melt stock will be used for the 10 sample castings only."),
         ("p", "ISIR documents: dimensional report (CMM), spectrometer analysis, tensile test, 3.1 certificate "
               "EN 10204, photos of gating. Casting tolerance ISO 8062-3 DCTG 9."),
         ("p", "Saygilarimizla / Best regards, Mehmet Yilmaz, Export Sales"),
     ], title="OC-24-0533", author="Mehmet Yilmaz"))])

# c10 QE scoped approval ("approved for fit check only") in a reply that quotes the buyer's scope.
_t = ("Suresh,\n\n"
      "The 5 sample castings of HA-52877 (PTO cover) arrived Tuesday. They are approved for fit check only - "
      "we bolted them up on the pilot tractor and everything lines up. Production is not released by this. "
      "The full layout and the metallurgy review are still open, and Karen will send the production release "
      "herself once those are closed.\n\n"
      "Please don't pour anything else in the meantime.\n\n"
      "Brian\n"
      + sig("Brian Olsen", "Supplier Quality Engineer", "Hartland Agri Machinery Inc., Cedar Falls IA",
            "+1 319 555 0187")
      + "\n-----Original Message-----\n"
        "From: Karen Mitchell <kmitchell@hartlandagri.com>\n"
        "Sent: Monday, April 22, 2024 8:10 AM\n"
        "To: Suresh Iyer <suresh.iyer@cbe-alloy.in>\n"
        "Subject: PO 4500091204 - HA-52877 sample castings\n\n"
      + quote("Suresh,\n\n"
              "PO 4500091204 covers five (5) sample castings HA-52877 only.\n"
              "The balance of 795 pcs from your quote CAF/Q/2024/058 is NOT released.\n"
              "Release of the balance requires sample sign-off (layout + metallurgy) and a\n"
              "written production release from me, Karen Mitchell, Commodity Buyer.\n\n"
              "Thanks,\nKaren"))
_m = mail("Brian Olsen <bolsen@hartlandagri.com>", "Suresh Iyer <suresh.iyer@cbe-alloy.in>",
          "RE: PO 4500091204 - HA-52877 sample castings - fit check result",
          "Thu, 16 May 2024 14:31:07 -0500", _t, cc="Karen Mitchell <kmitchell@hartlandagri.com>")
case("c10_fitcheck_only", [],
     "'approved for fit check only; production is not released'; quoted buyer scope gives 5 active, 795 on hold, sign-off + release by Karen",
     [("RE_PO_4500091204_fitcheck.eml", eml_bytes(_m))])

# c11 full production PO with identifiers that look like quantities (PDF table).
case("c11_full_po_identifiers", [],
     "full-quantity production PO (60 pcs) full of quantity-like identifiers (PN 1000-450-220, DRG 25000 Rev 12, ISO 8062-3)",
     [("BM_PO_4500219577.pdf", pdf([
         ("h1", "Bergmann Baumaschinen AG — Bestellung / Purchase Order 4500219577"),
         ("pre", "Bergmann Baumaschinen AG · Magirusstraße 120 · 89077 Ulm · Germany\n"
                 "Supplier 402211: Shandong Taiyue Machinery Co., Ltd., Zhucheng, Shandong, China\n"
                 "Date 21.05.2024 · Buyer: Sabine Kessler · Incoterms FOB Qingdao · Payment 90 days net"),
         ("table", [
             ["Pos", "Material no.", "Description", "Qty", "Price EUR", "Delivery"],
             ["10", "BM-1000-450-220", "Planetenträger / planetary carrier, EN-GJS-600-3, DRG 25000 Rev 12",
              "60", "286,00", "KW 33/2024"],
         ]),
         ("sp",),
         ("p", "Full order quantity: 60 pcs. This is a series order. There is no sample phase on this order; "
               "the part has been in series at your plant since PO 4500201145. No further quantity is planned "
               "on this order."),
         ("p", "Drawing 25000 Rev 12 applies. General casting tolerances ISO 8062-3 DCTG 9, machining allowance "
               "grade RMAG H. Bores Ø120 H7 and thread M20x1.5 are machined by Bergmann, not by the supplier."),
         ("p", "Material certificate EN 10204 3.1 per heat lot, heat lot number cast in (format 24A-xxxx). "
               "Surface Ra 25 as cast. Ultrasonic test zone B per EN 12680-3, quality level 2."),
         ("p", "Packaging: 12 pcs per wooden crate, 5 crates, ISPM 15 treated. Mark: BM-1000-450-220 / PO "
               "4500219577 / crate x of 5."),
         ("p", "Delivery address: Bergmann Baumaschinen AG, Werk 2, Tor 5, Hans-Lorenser-Straße 30, 89079 Ulm."),
     ], title="PO 4500219577", author="Sabine Kessler"))])

# c12 PPAP interim disposition with limits and a limited release (DOCX).
case("c12_ppap_interim_limits", [],
     "interim disposition limited to 150 pcs / 30.09.2024 with those 150 released by Jukka Virtanen; 850 on hold until full PPAP + written release",
     [("MK-40215_interim_disposition.docx", docx_bytes([
         ("h1", "PPAP interim disposition and limited production release"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "MK-40215 rev C, hydraulic tank flange, EN-GJS-400-15"],
             ["Supplier", "Anadolu Döküm San. ve Tic. A.Ş., Konya"],
             ["PO", "4500332210"],
             ["PPAP submission", "2024-05-21, level 3"],
             ["Disposition", "INTERIM approval. Open point: separately cast tensile bars below 15% elongation on "
                             "1 of 3 heats; re-test of heat 24-0518 pending."],
             ["Interim limits", "150 pcs or until 30.09.2024, whichever comes first"],
         ]),
         ("sp",),
         ("p", "Production release under this interim: 150 pcs, released herewith."),
         ("p", "Signed: Jukka Virtanen, Category Manager (release authority), 2024-06-06."),
         ("p", "The remaining 850 pcs of the 1 000 pcs quoted in offer AD-TKL-24/0731 are not released. They will "
               "be released only after full PPAP approval by Mikko Heikkinen, Quality Manager, and a further "
               "written release signed by Jukka Virtanen."),
         ("p", "Material authority: melt stock for the 150 pcs released. Nothing beyond."),
         ("p", "Each delivery under the interim is to be labelled 'INTERIM 150 – MK-40215' on the crate."),
     ], author="Mikko Heikkinen"))])

# c13 WhatsApp with the foundry owner; supplier asks about booking pig iron, buyer says no.
case("c13_whatsapp_owner_no_pigiron", [],
     "chat: buyer (named sender) scopes 10 samples, 490 not released, written release from her after layout+metallurgy sign-off; refuses material for the balance",
     [("WhatsApp_Chat_Rajesh_SGC.txt", """\
[13/05/24, 08:02:11] Rajesh Patil SGC: Good morning madam 🙏 pattern trial of HA-63310 done yesterday, photos sending
[13/05/24, 08:02:40] Rajesh Patil SGC: <Media omitted>
[13/05/24, 08:02:41] Rajesh Patil SGC: <Media omitted>
[13/05/24, 08:15:05] Karen Mitchell (Hartland): Morning Rajesh, looks good. Core print on the left side looks a bit heavy, can you check vs DRG HA-63310 rev B zone D3?
[13/05/24, 08:17:52] Rajesh Patil SGC: Yes madam will check with pattern shop and revert
[13/05/24, 08:31:10] Rajesh Patil SGC: Madam one query. PO 4500091877 says samples. Shall we book pig iron for full 500 pcs? Rate is increasing this month approx 3%
[13/05/24, 08:44:26] Karen Mitchell (Hartland): No. Pour only the 10 sample castings on that PO and buy melt stock for those 10 only.
[13/05/24, 08:45:03] Karen Mitchell (Hartland): The other 490 are NOT released. Do not pour them, do not buy material for them.
[13/05/24, 08:46:40] Karen Mitchell (Hartland): After your layout report and metallurgy report are signed off on our side I'll send you a written release myself for the 490. Nobody else can give it.
[13/05/24, 08:47:12] Karen Mitchell (Hartland): If the pig iron rate worries you, send me a price-hold offer for the 490 and I'll look at it
[13/05/24, 08:52:30] Rajesh Patil SGC: Understood madam. Only 10 nos sample. Balance 490 on hold till your written release. Will send price hold offer by tomorrow
[13/05/24, 08:52:59] Rajesh Patil SGC: 👍
[13/05/24, 09:10:44] Rajesh Patil SGC: Core print checked, 1.5 mm extra on pattern. Pattern shop correcting today itself
[13/05/24, 09:12:02] Karen Mitchell (Hartland): Perfect, thanks Rajesh
""")])

# c14 buyer forwards internal sample sign-off as message/rfc822; sign-off releases nothing.
_fwd = mail("Antti Laine <antti.laine@kallioforest.fi>", "Leena Mäkinen <leena.makinen@kallioforest.fi>",
            "KFM-3391 samples - results", "Tue, 11 Jun 2024 15:02:00 +0300",
            "Leena,\n\n6/6 samples of KFM-3391 measured on the CMM, all dimensions within DRG KFM-3391 rev A.\n"
            "Charpy at -20 °C: 14 / 13 / 15 J, spec >= 12 J. Nodularity 90%, ferritic matrix as required.\n"
            "I have signed the sample sign-off sheet SSO-2024-118.\n\nAntti\n")
_m = mail("Leena Mäkinen <leena.makinen@kallioforest.fi>", "Vincent Zhang <vincent.zhang@nb-hengli.com.cn>",
          "FW: KFM-3391 sample castings - sample sign-off done; balance stays on hold",
          "Wed, 12 Jun 2024 08:20:00 +0300",
          "Hello Vincent,\n\n"
          "Forwarding Antti's internal note on the 6 sample castings of KFM-3391 (cab mount bracket, "
          "EN-GJS-400-18-LT). The sample sign-off is done and the dimensional and Charpy results are fine.\n\n"
          "Please note what this means and what it does not:\n"
          "- The sign-off records that the 6 samples meet the drawing. It releases nothing.\n"
          "- Released so far under PO 4600022514: the 6 sample castings only, already delivered.\n"
          "- The balance of 594 pcs stays on hold. I will send a written production release, signed by me, once "
          "our Q3 budget is confirmed in the steering meeting on 24 June. Until then no pouring and no melt "
          "stock for the balance.\n\n"
          "Kind regards,\nLeena\n"
          + sig("Leena Mäkinen", "Purchasing Manager", "Kallio Forest Machines Oy", "+358 50 412 8870"),
          attachments=[("rfc822", _fwd)])
case("c14_fw_signoff_releases_nothing", [],
     "forwarded internal sample sign-off (rfc822); cover mail: releases nothing, 6 released, 594 on hold until budget + written release by Leena",
     [("FW_KFM-3391_signoff.eml", eml_bytes(_m))])

# c15 European number formats that agree: 1.200 Stück (DE PDF) and 1,200 pcs (EN mail). Full quantity.
_po = pdf([
    ("h1", "Bestellung 4500128102"),
    ("pre", "Lindner-Kraus Landtechnik GmbH · Hafenstraße 41 · 49090 Osnabrück\n"
            "Lieferant 300512: Anadolu Döküm San. ve Tic. A.Ş., Konya OSB, Türkei\n"
            "Datum: 27.05.2024 · Einkäufer: Thomas Brandt · Lieferbedingung: FCA Mersin (Incoterms 2020)"),
    ("table", [
        ["Pos", "Material", "Bezeichnung", "Menge", "Preis/Stk", "Gesamt"],
        ["10", "LK-210-0440", "Gegengewicht vorn, EN-GJL-200, Zeichnung LK-210-0440 Ind. G", "1.200 Stück",
         "184,50 EUR", "221.400,00 EUR"],
    ]),
    ("sp",),
    ("table", [
        ["Teilmenge", "Liefertermin"],
        ["300 Stück", "KW 30/2024"], ["300 Stück", "KW 35/2024"],
        ["300 Stück", "KW 40/2024"], ["300 Stück", "KW 45/2024"],
    ]),
    ("sp",),
    ("p", "Es handelt sich um einen Serienauftrag über die Gesamtmenge von 1.200 Stück. Das Teil ist seit 2021 "
          "in Serie; keine Erstmusterphase. Weitere Mengen sind mit dieser Bestellung nicht verbunden."),
    ("p", "Verpackung: Gitterboxen, max. 1.000 kg je Box. Es gelten unsere Einkaufsbedingungen, Stand 01/2023."),
], title="Bestellung 4500128102", author="Thomas Brandt")
_m = mail("Thomas Brandt <t.brandt@lindner-kraus.de>", "Mehmet Yılmaz <mehmet.yilmaz@anadoludokum.com.tr>",
          "Order 4500128102 - counterweight LK-210-0440, 1,200 pcs", "Mon, 27 May 2024 11:04:00 +0200",
          "Dear Mr. Yılmaz,\n\n"
          "please find attached our order 4500128102 for 1,200 pcs of counterweight LK-210-0440. This is the full "
          "series quantity for 2024-H2, delivered in 4 lots of 300 pcs (weeks 30, 35, 40 and 45).\n\n"
          "It is a production order for the whole quantity: the part has been in series since 2021 and there is "
          "no sample stage. Please confirm the delivery dates by Friday.\n\n"
          "Best regards\nThomas Brandt\n"
          + sig("Thomas Brandt", "Einkauf Guss / Purchasing Castings", LK, "+49 541 9987-214"),
          attachments=[("Bestellung_4500128102.pdf", _po, PDF_MT)])
case("c15_eu_number_formats_agree", [],
     "full-quantity series order; 1.200 Stück in the German PDF equals 1,200 pcs in the English mail; no conflict",
     [("Order_4500128102.eml", eml_bytes(_m))])

# c16 supplier asks "go ahead with the remaining 2k?", buyer replies "wait" with full scope.
_t = ("Fernanda, boa tarde.\n\n"
      "Wait, please. Only the 20 sample castings of PO 4500410022 are released. The remaining 1.980 pcs stay on "
      "hold until our quality signs off the PPAP and I send you a written release. Nothing of the 2k goes on the "
      "pour schedule yet, and no melt stock for it either.\n\n"
      "Abraço,\nRodrigo\n"
      + sig("Rodrigo Menezes", "Comprador – Fundidos", AGQ + ", Passo Fundo RS", "+55 54 3316-7720")
      + "\nEm seg., 10 de jun. de 2024 às 09:12, Fernanda Lima <fernanda.lima@tupiniquim.ind.br> escreveu:\n"
      + quote("Rodrigo, bom dia!\n"
              "The 20 amostras of AGQ-7720 (braço do levante / lift arm) shipped yesterday, NF-e 118.204.\n"
              "Shall we go ahead with the pour of the remaining 2k or wait for the PPAP?\n"
              "We have furnace capacity in semana 26.\n\nFernanda Lima\nComercial – Fundição Tupiniquim"))
_m = mail("Rodrigo Menezes <rodrigo.menezes@agromaq.com.br>", "Fernanda Lima <fernanda.lima@tupiniquim.ind.br>",
          "RE: AGQ-7720 amostras enviadas / next step?", "Mon, 10 Jun 2024 14:05:00 -0300", _t,
          in_reply_to="<ftu-20240610-0912@tupiniquim.ind.br>")
case("c16_wait_reply_to_goahead_question", [],
     "supplier's 'go ahead with the remaining 2k?' answered 'wait': 20 released, 1.980 on hold until PPAP sign-off + written release by Rodrigo",
     [("RE_AGQ-7720_amostras.eml", eml_bytes(_m))])

# c17 multi-file: sample PO (PDF) + supplier quote (PDF) + drawing notes (TXT); quote batch covered by the hold.
case("c17_po_quote_drawing_bundle", [],
     "bundle: sample PO says 15 active, 1,485 of the attached quote NOT released, PPAP sign-off + written release by Dave Kowalski",
     [("PO_7100046120.pdf", pdf([
         ("h1", "REDWATER HEAVY EQUIPMENT INC. — PURCHASE ORDER 7100046120"),
         ("pre", "Vendor 30871  COIMBATORE ALLOY FOUNDRY, SIDCO INDUSTRIAL ESTATE, KURICHI, COIMBATORE 641021\n"
                 "PO date 05/20/2024   Buyer KOWALSKI, DAVID   Terms NET 60   FOB CHENNAI   Currency USD"),
         ("table", [
             ["Ln", "Item", "Description", "Qty", "UOM", "Unit price"],
             ["1", "RW-61150-01", "Axle support bracket, ASTM A536 65-45-12, DWG RW-61150 REV C - SAMPLE CASTINGS",
              "15", "EA", "142.00"],
             ["2", "PAT-RW-61150", "Pattern equipment, one set, Redwater property", "1", "LOT", "6,800.00"],
         ]),
         ("sp",),
         ("p", "SCOPE: This PO authorizes fifteen (15) sample castings and the pattern only."),
         ("p", "The production quantity of 1,485 pcs shown in your quotation CAF/Q/2024/071 is NOT released by "
               "this PO and stays on hold."),
         ("p", "UNLOCK: the 1,485 pcs may be released only after PPAP sign-off by Redwater Supplier Quality and a "
               "written release issued by Dave Kowalski, Senior Buyer. Do not schedule, pour or buy material for "
               "them until you hold that release."),
         ("p", "MATERIAL AUTHORITY: sample-only."),
         ("p", "PPAP level 3. Ship samples by air to Redwater Plant 1, Receiving Dock 6, 2200 SW Adams St, Peoria IL."),
     ], pagesize=LETTER, title="PO 7100046120", author="Dave Kowalski")),
      ("CAF_Q_2024_071.pdf", pdf([
         ("h1", "COIMBATORE ALLOY FOUNDRY"),
         ("p", "SIDCO Industrial Estate, Kurichi, Coimbatore 641021, Tamil Nadu · ISO 9001:2015"),
         ("h", "Quotation CAF/Q/2024/071 dated 09.05.2024"),
         ("p", "To: Redwater Heavy Equipment Inc., Peoria IL. Kind attn. Mr. Dave Kowalski."),
         ("table", [
             ["Sl.", "Item", "Qty", "Rate USD", "Remarks"],
             ["1", "Pattern equipment RW-61150 rev C", "1 set", "6,800.00", "one time"],
             ["2", "Sample castings, 65-45-12", "15 nos", "142.00", "with PPAP level 3"],
             ["3", "Production castings, 65-45-12", "1,485 nos", "96.50", "fettled, shot blasted"],
         ]),
         ("sp",),
         ("p", "Delivery: samples 6 weeks from PO; production as per your release schedule. Packing: "
               "returnable crates. Validity 45 days."),
         ("p", "Yours faithfully, for Coimbatore Alloy Foundry, Suresh Iyer, Manager - Exports"),
     ], title="CAF/Q/2024/071", author="Suresh Iyer")),
      ("RW-61150_drawing_notes.txt", """\
DRAWING NOTES - RW-61150 REV C - AXLE SUPPORT BRACKET
(extracted from title block and notes field, sheet 1 of 2)

1. MATERIAL: DUCTILE IRON ASTM A536 GRADE 65-45-12, HARDNESS 156-217 HB.
2. GENERAL CASTING TOLERANCES ISO 8062-3 DCTG 10 UNLESS OTHERWISE SPECIFIED.
3. MACHINING ALLOWANCE 3.0 MM ON SURFACES MARKED (V).
4. CAST-IN MARKING: PART NO., REV, HEAT LOT, FOUNDRY LOGO, DATE CODE. CHAR. HEIGHT 6 MM.
5. RADIOGRAPHY: SEVERITY LEVEL 2 PER ASTM E446, ZONES A1/A2, FIRST 5 PCS OF EACH HEAT LOT.
6. NO WELD REPAIR WITHOUT WRITTEN CONCESSION FROM REDWATER SUPPLIER QUALITY.
7. BREAK ALL SHARP EDGES 0.5 MM MIN. PAINT: NONE. RUST PREVENTIVE RP-1000 ONLY.
8. WEIGHT APPROX 18.6 KG. CRITICAL CHARACTERISTICS MARKED <CC> ON SHEET 2.
""")])

# c18 blanket agreement with a numbered release; estimate labelled, rest on hold, next release after lot acceptance.
case("c18_blanket_release_001", [],
     "blanket release 001 authorizes 250 EA; annual estimate labelled not a commitment; rest on hold; release 002 after lot acceptance, signed by Dave Kowalski",
     [("BPA_7200001844_REL001.txt", """\
REDWATER HEAVY EQUIPMENT INC.                               BLANKET RELEASE
2200 SW ADAMS ST, PEORIA IL 61602                           AGREEMENT : 7200001844
                                                            RELEASE   : 001
SUPPLIER: 30552 RAJKOT PRECISION FORGE PVT LTD              DATE      : 06/03/2024
          PLOT 2214, GIDC LODHIKA, METODA, RAJKOT 360021    BUYER     : KOWALSKI, DAVID
                                                            CURRENCY  : USD

AGREEMENT TERMS (FOR INFORMATION):
  ITEM RW-77310-01  STEERING KNUCKLE FORGING, 42CRMO4 QT, DWG RW-77310 REV E
  ESTIMATED ANNUAL USAGE 3,000 EA - ESTIMATE ONLY, NOT A COMMITMENT TO BUY
  AGREED PRICE USD 58.40 EA, FOB MUNDRA, VALID TO 12/31/2025

RELEASE 001:
  LN  SHIP-TO        NEED-BY       QTY   UOM
   1  PLANT 1 DK 6   07/15/2024    250   EA

NOTES:
 ONLY THE 250 EA ON THIS RELEASE ARE AUTHORIZED. NO OTHER QUANTITY UNDER AGREEMENT
 7200001844 IS RELEASED; THE REST OF THE ESTIMATE STAYS ON HOLD.
 RELEASE 002 WILL BE ISSUED ONLY AFTER REDWATER RECEIVING INSPECTION ACCEPTS THE
 RELEASE 001 LOT. RELEASES ARE SIGNED BY DAVE KOWALSKI, SENIOR BUYER. RELEASES
 SIGNED BY ANYONE ELSE ARE NOT VALID.
 MATERIAL AUTHORITY: BAR FOR THE 250 EA OF THIS RELEASE ONLY.
 MAGNETIC PARTICLE INSPECTION 100%, ASTM E1444. CERTS EN 10204 3.1 PER HEAT.

PAGE 1 OF 1
""")])

# c19 supplier portal status report (HTML table) from the supplier: samples shipped, production not released.
case("c19_supplier_status_portal", [],
     "supplier status report: 8 sample forgings shipped, 792 not released, bar cut for samples only; nothing risky",
     [("TY_status_4500091590.html", html_page("Order status 4500091590", f"""
<h2>Shandong Taiyue Machinery Co., Ltd. — Customer order status</h2>
<p>Customer: Hartland Agri Machinery Inc. &nbsp;|&nbsp; Report date: 2024-06-05 &nbsp;|&nbsp; Prepared by: Kevin Liu, Sales Dept.</p>
{table_html([["PO", "Part", "Description", "Released qty", "Forged", "Shipped", "Status"],
             ["4500091590", "HA-80455", "Hitch pin forging, 42CrMo4", "8 (samples)", "8", "8",
              "Samples shipped 2024-06-03, DHL 7731 0042 15"]])}
<p>Production quantity (792 pcs as per our quotation TY-Q-24-0318): <b>not released</b>, awaiting your written release.</p>
<p>Material: bar cut for the 8 sample forgings only. No bar purchased for the production quantity.</p>
<p>We understand the release will come from Ms. Karen Mitchell after your PPAP sign-off. Please contact us for any question.</p>
<p style="color:#777">Shandong Taiyue Machinery Co., Ltd. · No. 18 Huagong Road, Zhucheng, Shandong 262200 · +86 536 6218 770</p>
"""))])

# c20 long Teams chat, Finnish buyer / Turkish foundry, full scope among logistics chatter.
case("c20_teams_chat_scope", [],
     "chat: 6 samples released, 594 on hold until Mikko's ISIR sign-off and written release from Jukka; rest is logistics",
     [("Teams_MK-51870_export.txt", """\
Microsoft Teams - chat export
Chat: Metsäkone / Anadolu Döküm - MK-51870 gear case
Exported: 2024-06-11 16:02 (UTC+03:00)

[2024-06-10 09:12] Mehmet Yılmaz (Anadolu Döküm): Günaydın Jukka, good morning 🙂 pattern for MK-51870 is finished, first trial pour Thursday.
[2024-06-10 09:14] Jukka Virtanen (Metsäkone): Morning Mehmet! Great news. Reminder on scope so nobody in the foundry gets creative: PO 4500332871 is for 6 sample castings. That is all that is released.
[2024-06-10 09:15] Jukka Virtanen (Metsäkone): The other 594 from your offer are on hold - not released, no melt, no cores.
[2024-06-10 09:16] Jukka Virtanen (Metsäkone): They get released only after Mikko signs off the ISIR, and then by a written release from me. Not before.
[2024-06-10 09:20] Mehmet Yılmaz (Anadolu Döküm): Anlaşıldı / understood. 6 pcs only, 594 wait for your written release.
[2024-06-10 09:31] Ayşe Kaya (Anadolu Döküm): Mikko Bey, for the ISIR do you want the tensile bars separately cast or attached?
[2024-06-10 09:40] Mikko Heikkinen (Metsäkone): Separately cast Y2 bars per EN 1563, 3 per heat. And full layout on all 6 please, CMM report as PDF.
[2024-06-10 09:41] Ayşe Kaya (Anadolu Döküm): Tamam 👍
[2024-06-10 11:02] Mehmet Yılmaz (Anadolu Döküm): Jukka, shipment of the 6 samples by air via IST-HEL ok? Cost approx 420 EUR
[2024-06-10 11:05] Jukka Virtanen (Metsäkone): Air is fine for samples, invoice it on PO line 20 (freight).
[2024-06-11 08:45] Mehmet Yılmaz (Anadolu Döküm): Trial pour moved to Friday, spectrometer calibration. Sorry 🙏
[2024-06-11 08:50] Jukka Virtanen (Metsäkone): No problem. Hyvää viikonloppua in advance 😄
""")])

# c21 meeting minutes (PDF): "good to run the 40 pilot castings on line 2 only" with the rest held.
case("c21_minutes_scoped_good_to_run", [],
     "visit minutes: good to run 40 pilot castings only; 460 unreleased until pilot lot accepted and Leena Mäkinen signs the release",
     [("Minutes_FVI_visit_2024-05-28.pdf", pdf([
         ("h1", "Minutes — supplier visit Fundição Vale do Itajaí, Blumenau"),
         ("p", "Date: 2024-05-28 · Written by: Antti Laine (Kallio Forest Machines) · Distribution: participants"),
         ("table", [
             ["Participant", "Company", "Role"],
             ["Leena Mäkinen", "Kallio Forest Machines Oy", "Purchasing Manager"],
             ["Antti Laine", "Kallio Forest Machines Oy", "Supplier Quality Engineer"],
             ["Carlos Eduardo Souza", "Fundição Vale do Itajaí", "Diretor Comercial"],
             ["Marina Schulz", "Fundição Vale do Itajaí", "Qualidade"],
         ]),
         ("sp",),
         ("h", "1. Pattern and trial"),
         ("p", "Pattern KFM-7408 rev B reworked at the feeder neck; trial castings sectioned, no shrinkage "
               "porosity at the boss. Scrap rate on the trial 3 of 20."),
         ("h", "2. Pilot lot"),
         ("p", "Kallio (Leena Mäkinen) confirmed: good to run the 40 pilot castings of KFM-7408 on moulding line 2 "
               "only. The remaining 460 pcs of the 500 pcs quoted stay unreleased until Kallio receiving "
               "inspection accepts the pilot lot and Leena Mäkinen signs a written release for them."),
         ("p", "Material: melt stock for the 40 pilot castings only."),
         ("h", "3. Logistics"),
         ("p", "Sea freight Itajaí - Hamina, 20' container, approx. 32 days. Wooden crates ISPM 15."),
         ("h", "4. Actions"),
         ("table", [
             ["No.", "Action", "Owner", "Due"],
             ["1", "Pour the 40 pilot castings on line 2", "FVI / C. E. Souza", "wk 24"],
             ["2", "Send CMM layout of 5 pilot castings + 3.1 certificate", "FVI / M. Schulz", "wk 25"],
             ["3", "Receiving inspection of the pilot lot", "Kallio / A. Laine", "on arrival"],
         ]),
     ], title="Minutes FVI 2024-05-28", author="Antti Laine"))])

# c22 revised PO: samples delivered and signed off, production 490 released by the revision; no further balance.
case("c22_revised_po_production_release", [],
     "PO revision 2 adds item 20: 490 production pcs released by Sabine Kessler; 10 + 490 = full 500 quoted, no balance",
     [("BM_PO_4500219904_Rev2.docx", docx_bytes([
         ("h1", "Bestellung / Purchase Order 4500219904 — Revision 2"),
         ("p", "Bergmann Baumaschinen AG, Ulm → Ege Dövme Sanayi A.Ş., Manisa OSB · Date 03.06.2024"),
         ("table", [
             ["Pos", "Part", "Description", "Qty", "Scope", "Status"],
             ["10", "BM-3318", "Swing axle forging, 42CrMo4", "10", "sample",
              "delivered 22.04.2024; sample sign-off 14.05.2024 (ISIR SSO-BM-0447)"],
             ["20", "BM-3318", "Swing axle forging, 42CrMo4", "490", "production", "released by this revision"],
         ]),
         ("sp",),
         ("p", "Revision 2 adds item 20. Production release: the 490 pcs of item 20 are released by this revision, "
               "signed by Sabine Kessler (Strategic Purchasing, release authority)."),
         ("p", "Together with the 10 sample forgings of item 10 this covers the full 500 pcs of offer ED-2024-112. "
               "There is no further balance on this order."),
         ("p", "Material authority: bar for the 490 pcs of item 20."),
         ("p", "Delivery: 245 pcs KW 30, 245 pcs KW 34, FCA Izmir port. Certificates EN 10204 3.1."),
     ], author="Sabine Kessler"))])

# c23 tooling PO: pattern equipment only, no castings ordered.
case("c23_pattern_po_no_castings", [],
     "pattern/tooling PO for 1 set; explicitly orders no castings; casting orders only by separate PO from Karen Mitchell",
     [("PO_4500092230_pattern.pdf", pdf([
         ("h1", "HARTLAND AGRI MACHINERY INC. — PURCHASE ORDER 4500092230"),
         ("pre", "Supplier: Coimbatore Alloy Foundry, Kurichi, Coimbatore 641021, India\n"
                 "Date: 05/29/2024   Buyer: Karen Mitchell   Terms: 50% advance against PI, 50% on pattern trial acceptance"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price USD"],
             ["1", "PAT-HA-90114", "Aluminium pattern (cope & drag) + 4 core boxes for HA-90114 final drive housing, "
                                    "DRG HA-90114 rev A", "1 set", "14,500.00"],
         ]),
         ("sp",),
         ("p", "This PO orders the pattern equipment only. It orders no castings."),
         ("p", "Sample castings will be ordered on a separate PO once the pattern trial photos are reviewed. "
               "Production castings are not ordered or released by this PO."),
         ("p", "Casting orders and releases are issued only by Karen Mitchell, Commodity Buyer."),
         ("p", "The pattern remains property of Hartland Agri. Mark it 'PROPERTY OF HARTLAND AGRI - HA-90114' and "
               "insure it at replacement value."),
     ], pagesize=LETTER, title="PO 4500092230", author="Karen Mitchell"))])

# c24 tabular delivery schedule (PDF): firm zone released, forecast zone labelled, staged material authority.
_rows = [["Week", "Qty (pcs)", "Status"]]
for w in (26, 27, 28, 29):
    _rows.append([f"2024-W{w}", "120", "FIRM - released"])
for w in range(30, 38):
    _rows.append([f"2024-W{w}", "140", "Forecast - planning only, not released"])
case("c24_schedule_firm_vs_forecast", [],
     "weekly schedule: 480 firm released, weeks 30-37 labelled forecast not released; staged material authority 560 pcs; signed Dave Kowalski",
     [("RW-88240_schedule_W24.pdf", pdf([
         ("h1", "Delivery schedule 2024-W24 — RW-88240 swing bracket"),
         ("p", "Redwater Heavy Equipment Inc. → Ningbo Hengli Casting Co., Ltd. · Issued 2024-06-10 · "
               "Supersedes schedule 2024-W23"),
         ("table", _rows),
         ("sp",),
         ("p", "Firm weeks 26-29: 480 pcs released by this schedule."),
         ("p", "Weeks 30-37 are forecast for planning only: not an order, not released, no commitment. They become "
               "released only when they move into the firm zone of a later weekly schedule."),
         ("p", "Schedules are signed by Dave Kowalski, Senior Buyer."),
         ("p", "Material authority: staged, up to 4 weeks beyond the firm zone (560 pcs, weeks 30-33) at Redwater's "
               "liability, melt stock only, no pouring."),
         ("p", "Signed: Dave Kowalski, 2024-06-10"),
     ], title="Schedule RW-88240 W24", author="Dave Kowalski"))])

# c25 Portuguese mail with SAP printout as text attachment; full scope.
_att = """\
TRATORES SERRA AZUL S.A.                             PEDIDO DE COMPRA 4500510033
AV. GUILHERME SCHELL 6100 - CANOAS RS                DATA: 04.06.2024
FORNECEDOR: 100933 FORJARIA CAXIAS LTDA              COMPRADORA: A. P. RIBEIRO
----------------------------------------------------------------------------
ITEM  MATERIAL   DESCRIÇÃO                              QTDE  UN   PREÇO UN.
00010 TSA-2207   GARFO TDP / PTO YOKE 42CRMO4 REV E       20  PC   R$ 186,00
                 AMOSTRAS FORJADAS / SAMPLE FORGINGS
----------------------------------------------------------------------------
OBS.: SOMENTE 20 AMOSTRAS. SALDO DE 980 PC DA COTACAO FC-0419/24 NAO LIBERADO.
      LIBERACAO DO SALDO SOMENTE APOS APROVACAO DO PPAP E POR ESCRITO
      ASSINADA POR ANA PAULA RIBEIRO (COMPRAS). MATERIAL: SOMENTE AMOSTRAS.
"""
_m = mail("Ana Paula Ribeiro <ana.ribeiro@serraazul.com.br>", "Paulo Bertolini <paulo@forjariacaxias.com.br>",
          "Pedido 4500510033 - amostras garfo TSA-2207", "Tue, 04 Jun 2024 10:30:00 -0300",
          "Bom dia Paulo,\n\n"
          "Segue em anexo o pedido 4500510033 para as amostras do garfo da TDP (PTO yoke) TSA-2207, rev. E.\n\n"
          "Resumindo o escopo, para não ter dúvida na fábrica:\n"
          "- Liberado agora: 20 (vinte) peças forjadas de amostra. Só isso.\n"
          "- Saldo de 980 peças da cotação FC-0419/24: NÃO liberado, fica em espera.\n"
          "- O saldo só será liberado depois da aprovação do PPAP pela nossa engenharia e de uma liberação por "
          "escrito assinada por mim (Ana Paula Ribeiro, Compras).\n"
          "- Material: barra 42CrMo4 somente para as 20 amostras.\n\n"
          "Qualquer dúvida me liga.\n\nAbraços,\nAna Paula\n"
          + sig("Ana Paula Ribeiro", "Compras – Forjados", TSA, "+55 51 3477-2215"),
          attachments=[("PC_4500510033.txt", _att, "text/plain")])
case("c25_pt_sample_scope_txt_att", [],
     "Portuguese sample scope: 20 active, 980 NOT released, PPAP approval + written release by Ana Paula Ribeiro; SAP printout attached",
     [("Pedido_4500510033.eml", eml_bytes(_m))])

# =================================================================== WITH RISKS
# A1 sample PO + quote showing 1,200 production castings, nothing about the balance (EML, 2 PDFs, multipart/alt).
_po = pdf([
    ("h1", "HARTLAND AGRI MACHINERY INC. — PURCHASE ORDER 4500091455"),
    ("pre", "4100 Ridgeway Ave, Cedar Falls, IA 50613, USA\n"
            "Supplier 20988: Shree Ganesh Castings Pvt. Ltd., Shiroli MIDC, Kolhapur 416122, India\n"
            "Date 05/08/2024   Buyer: Karen Mitchell   Terms: Net 45   Incoterms: FCA Mumbai (Nhava Sheva)"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UOM", "Unit price USD", "Need by"],
        ["1", "HA-71420-03", "Gearbox housing, sample castings, EN-GJS-450-10, DRG HA-71420-03 rev C", "10", "EA",
         "96.00", "07/12/2024"],
        ["2", "PAT-HA-71420", "Pattern equipment per quote QT/SGC/24-131", "1", "LOT", "9,800.00", "06/14/2024"],
    ]),
    ("sp",),
    ("p", "Samples to be submitted with full layout inspection report, metallurgy report (nodularity, tensile, "
          "hardness) and heat lot traceability. Air freight to Cedar Falls, Receiving Dock 3."),
    ("p", "Pattern remains property of Hartland Agri. Invoice must quote PO and line number."),
], pagesize=LETTER, title="PO 4500091455", author="Karen Mitchell")
_qt = pdf([
    ("h1", "SHREE GANESH CASTINGS PVT. LTD."),
    ("p", "Plot No. C-44, Shiroli MIDC, Kolhapur 416122 · ISO 9001:2015 · IATF 16949:2016"),
    ("h", "QUOTATION No. QT/SGC/24-131   Date: 02.05.2024"),
    ("p", "Kind attn.: Ms. Karen Mitchell, Hartland Agri Machinery Inc."),
    ("table", [
        ["Sr.", "Description", "Qty", "Rate USD"],
        ["1", "Pattern equipment HA-71420-03 rev C (match plate + core boxes)", "1 set", "9,800.00"],
        ["2", "Sample castings HA-71420-03, EN-GJS-450-10", "10 nos", "96.00"],
        ["3", "Production castings HA-71420-03, EN-GJS-450-10", "1,200 nos", "58.90"],
    ]),
    ("sp",),
    ("p", "Prices ex-works Kolhapur. Pig iron basis Rs. 48,500/MT. Validity 30 days."),
    ("p", "For Shree Ganesh Castings Pvt. Ltd. - Sunil Jadhav, Manager - Marketing"),
], title="QT/SGC/24-131", author="Sunil Jadhav")
_t = ("Hi Sunil,\n\n"
      "Please find attached PO 4500091455 for the gearbox housing HA-71420-03 sample castings, along with your "
      "quote QT/SGC/24-131 dated 02 May.\n\n"
      "Please submit the samples with the full layout inspection report, the metallurgy report (nodularity, "
      "tensile, hardness) and heat lot traceability. Ship by air to Cedar Falls, attention Receiving Dock 3.\n\n"
      "Let me know if the pattern shrinkage allowance needs to be reconfirmed - engineering moved the bore "
      "location on rev C.\n\n"
      "Thanks,\nKaren\n"
      + sig("Karen Mitchell", "Commodity Buyer - Castings", HART, "+1 319 555 0164"))
_m = mail("Karen Mitchell <kmitchell@hartlandagri.com>", "Sunil Jadhav <marketing@shreeganeshcastings.co.in>",
          "PO 4500091455 - HA-71420-03 gearbox housing samples", "Wed, 08 May 2024 09:40:00 -0500", _t,
          html=txt2html(_t),
          attachments=[("PO_4500091455.pdf", _po, PDF_MT), ("QT_SGC_24-131.pdf", _qt, PDF_MT)])
case("p01_po_with_quote_1200", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (10) sent with quote showing 1,200 production castings; nothing says the 1,200 is not released, no unlock event, no release person",
     [("PO_4500091455_mail.eml", eml_bytes(_m))])

# A2 DOCX PO with a 'batch qty per quote' column beside the order qty.
case("p02_docx_batch_column", ["RG001", "RG003", "RG004", "RG005"],
     "German PO: order qty 6 first-off castings with 'batch qty per quote 1.500' in the same row; balance, unlock event and release person absent",
     [("LK_Bestellung_4500128440.docx", docx_bytes([
         ("h1", "Bestellung / Purchase Order 4500128440"),
         ("p", "Lindner-Kraus Landtechnik GmbH, Hafenstraße 41, 49090 Osnabrück → Anadolu Döküm San. ve Tic. A.Ş., "
               "Konya OSB · Datum / date: 16.05.2024 · Einkäufer / buyer: Thomas Brandt"),
         ("table", [
             ["Pos", "Material", "Bezeichnung / Description", "Bestellmenge / Order qty",
              "Losgröße lt. Angebot / Batch qty per quote", "Preis / Price", "Termin / Due"],
             ["10", "LK-515-2204", "Getriebedeckel / gearbox cover, EN-GJS-400-15 — Erstmuster / first-off castings",
              "6 Stk", "1.500 Stk", "74,80 EUR", "KW 29"],
         ]),
         ("sp",),
         ("p", "Erstmuster mit Erstmusterprüfbericht nach VDA Band 2 (EMPB) und Werkstoffnachweis 3.1 nach "
               "EN 10204. / First-off castings with ISIR per VDA volume 2 and 3.1 material certificate."),
         ("p", "Angebot / offer AN-24-0612 vom 08.05.2024. Modellkosten / pattern charges: 11.200,00 EUR, "
               "separat berechnet / invoiced separately."),
         ("p", "Lieferadresse / ship to: Lindner-Kraus, Wareneingang Tor 2, Am Fürstenauer Weg 77, 49090 Osnabrück."),
         ("p", "Es gelten unsere Einkaufsbedingungen / our terms of purchase apply (edition 01/2023)."),
     ], author="Thomas Brandt"))])

# A3 multi-file: SAP PO printout (TXT) for 15 samples + supplier quote (PDF) with a 3.000-piece production lot.
case("p03_sap_po_plus_quote_files", ["RG001", "RG003", "RG004", "RG005"],
     "folder: Brazilian sample PO for 15 pcs + quote with 'lote de produção 3.000 pçs'; balance never declared on hold, no unlock event, no person",
     [("PC_4500410388.txt", """\
AGROMAQ IMPLEMENTOS AGRÍCOLAS LTDA                     PEDIDO DE COMPRA / PURCHASE ORDER
ROD. BR-285 KM 171 - PASSO FUNDO RS - CNPJ 12.345.678/0001-90
                                                       Nº PEDIDO : 4500410388
FORNECEDOR: 100277 FUNDIÇÃO TUPINIQUIM LTDA            DATA      : 20.05.2024
            R. DONA FRANCISCA 8300 - JOINVILLE SC      COMPRADOR : R. MENEZES
COND. PGTO: 28 DDL                                     MOEDA     : BRL
FRETE     : CIF PASSO FUNDO
----------------------------------------------------------------------------------
ITEM  MATERIAL     DESCRIÇÃO                                 QTDE UN   PREÇO UNIT.
----------------------------------------------------------------------------------
00010 AGQ-5590-01  CUBO RODA DIANT. / FRONT WHEEL HUB          15 PC     R$ 640,00
                   GJS-450-10  DES. AGQ-5590 REV B
                   AMOSTRAS / SAMPLE CASTINGS   ENTREGA 28.06.2024
----------------------------------------------------------------------------------
VALOR TOTAL                                                          R$ 9.600,00
OBSERVAÇÕES:
 REF. COTAÇÃO FT-COT-2024-0233 DE 10.05.2024.
 ENVIAR COM RELATÓRIO DIMENSIONAL, CERTIFICADO DE MATERIAL E CORPOS DE PROVA.
 NF-E DEVE CITAR O Nº DO PEDIDO E O ITEM.
"""),
      ("FT-COT-2024-0233.pdf", pdf([
          ("h1", "FUNDIÇÃO TUPINIQUIM LTDA"),
          ("p", "Rua Dona Francisca 8300, Distrito Industrial, Joinville SC · CNPJ 98.765.432/0001-10"),
          ("h", "COTAÇÃO FT-COT-2024-0233 — 10/05/2024"),
          ("p", "Cliente: Agromaq Implementos Agrícolas Ltda — A/C Rodrigo Menezes"),
          ("table", [
              ["Item", "Descrição", "Qtde", "Preço unit."],
              ["1", "Ferramental (modelo + caixas de macho) AGQ-5590 rev B", "1 jogo", "R$ 38.500,00"],
              ["2", "Amostras cubo de roda GJS-450-10", "15 pçs", "R$ 640,00"],
              ["3", "Lote de produção cubo de roda GJS-450-10", "3.000 pçs", "R$ 412,00"],
          ]),
          ("sp",),
          ("p", "Prazo: ferramental 6 semanas; amostras 3 semanas após aprovação do ferramental; produção 8 "
                "semanas após pedido. Pagamento 28 DDL. Validade 30 dias."),
          ("p", "Fernanda Lima — Comercial"),
      ], title="FT-COT-2024-0233", author="Fernanda Lima"))])

# A4 buyer portal PO view (HTML table) with 'production batch per quote: 800 pcs' next to 8 samples.
case("p04_portal_po_batch_info", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO view: 8 sample castings ordered, 'production batch per quote 800 pcs' shown beside it with no status; no hold, event or person",
     [("SupplierLink_PO_7100046377.html", html_page("SupplierLink - PO 7100046377", f"""
<h2>Redwater SupplierLink — Purchase order 7100046377</h2>
<p>Supplier: Ningbo Hengli Casting Co., Ltd. (vendor 20533) &nbsp;|&nbsp; Buyer: Dave Kowalski &nbsp;|&nbsp; Created 05/22/2024 &nbsp;|&nbsp; Status: Open</p>
{table_html([["Line", "Item", "Description", "Qty", "UOM", "Unit price", "Need-by"],
             ["1", "RW-33019-01", "Idler bracket, EN-GJS-500-7 - sample castings", "8", "EA", "USD 64.00", "07/19/2024"]])}
<h3>Program information</h3>
{table_html([["Field", "Value"],
             ["Production batch per quote NH-Q-240311", "800 pcs"],
             ["Target price production", "USD 41.20"],
             ["Tooling", "Pattern, 2 cavities, Redwater property"]])}
<h3>Comments</h3>
<p>Samples for PPAP level 3. Include CMM layout, material certs and photos of the gating system.
Ship samples air freight, Redwater Plant 1, Dock 6.</p>
<p style="color:#777">This page is generated by Redwater SupplierLink. Acknowledge the PO within 3 business days.</p>
"""))])

# A5 mail says "ten (10) samples", attached PO says 12; mail also names the 600-piece series.
_po = pdf([
    ("h1", "Metsäkone Oy — Purchase order 4500333105"),
    ("pre", "Metsäkone Oy · Hatanpään valtatie 48 · 33900 Tampere · Finland · VAT FI12345678\n"
            "Supplier: Coimbatore Alloy Foundry, Kurichi, Coimbatore 641021, India\n"
            "Date 2024-05-13 · Buyer Jukka Virtanen · Delivery FCA Chennai · Payment 60 days net"),
    ("table", [
        ["Pos", "Item", "Description", "Qty", "Unit price"],
        ["10", "MK-29014", "Wheel hub, EN-GJS-450-10, drawing MK-29014 rev D — sample castings", "12 pcs", "188,00 EUR"],
        ["20", "PAT-MK-29014", "Pattern equipment, Metsäkone property", "1 set", "7 950,00 EUR"],
    ]),
    ("sp",),
    ("p", "Samples with full layout report, metallurgy report and 3.1 certificate. Marking per drawing note 7."),
], title="PO 4500333105", author="Jukka Virtanen")
_m = mail("Jukka Virtanen <jukka.virtanen@metsakone.fi>", "Suresh Iyer <suresh.iyer@cbe-alloy.in>",
          "Order 4500333105 - MK-29014 wheel hub, sample castings", "Mon, 13 May 2024 13:20:00 +0300",
          "Dear Suresh,\n\n"
          "Thank you for hosting us last week in Coimbatore - the new moulding line looks very good, and the "
          "filter dosa was excellent.\n\n"
          "Please find our order attached. As agreed, please cast the ten (10) sample castings first, with full "
          "layout and metallurgy report.\n\n"
          "The full series is 600 pcs as quoted, at 142,50 EUR/pc FCA Chennai, and the pattern is on us.\n\n"
          "Looking forward to the samples.\n\nBest regards,\nJukka\n"
          + sig("Jukka Virtanen", "Category Manager, Castings", MK, "+358 40 771 2093"),
          attachments=[("PO_4500333105.pdf", _po, PDF_MT)])
case("p05_mail_ten_po_twelve_series", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "mail asks for ten (10) samples while the attached PO says 12; mail names the 600 pcs series without saying it is not released; no event or person",
     [("Order_4500333105.eml", eml_bytes(_m))])

# #6 QE "You can go ahead." under a thread that quotes the buyer's complete scope.
_t = ("Hello Ms. Kaya,\n\n"
      "yes, received on Monday. Castings measured, hardness and microstructure fine, ISIR complete.\n"
      "You can go ahead.\n\n"
      "Regards\nJörg Hafner\n"
      + sig("Jörg Hafner", "Qualitätssicherung Lieferanten / Supplier Quality", BM, "+49 731 4021-388")
      + "\nVon: Ayşe Kaya <ayse.kaya@anadoludokum.com.tr>\nGesendet: Freitag, 7. Juni 2024 10:02\n"
        "Betreff: BM-7718 sample castings - ISIR\n\n"
      + quote("Dear Mr. Hafner,\n"
              "did you receive the 10 sample castings BM-7718 and the ISIR? We are waiting for your feedback.\n"
              "Best regards, Ayşe Kaya, Quality\n\n"
              "-----Original message-----\n"
              "From: Sabine Kessler <s.kessler@bergmann-bau.de>\n"
              "Subject: PO 4500219350 - BM-7718 sample castings\n\n"
              "PO 4500219350: 10 sample castings BM-7718 only.\n"
              "The remaining 490 pcs are not released. Release only after ISIR sign-off by our QS\n"
              "and a written production release signed by Sabine Kessler.\n"))
_m = mail("Jörg Hafner <j.hafner@bergmann-bau.de>", "Ayşe Kaya <ayse.kaya@anadoludokum.com.tr>",
          "AW: BM-7718 sample castings - ISIR", "Mon, 10 Jun 2024 16:48:00 +0200", _t,
          in_reply_to="<ana-20240607-1002@anadoludokum.com.tr>")
case("p06_qe_you_can_go_ahead", ["RG002"],
     "quality engineer answers 'You can go ahead.' with no quantity or sample scope; quoted buyer scope is otherwise complete",
     [("AW_BM-7718_ISIR.eml", eml_bytes(_m))])

# #7 multi-file: complete sample PO (PDF) + ISIR disposition 'APPROVED - supplier may proceed.' (PDF).
case("p07_isir_disposition_proceed", ["RG002"],
     "folder: complete sample PO + ISIR disposition 'APPROVED – supplier may proceed' without saying samples only or a quantity",
     [("PC_4500510412.pdf", pdf([
         ("h1", "TRATORES SERRA AZUL S.A. — PEDIDO DE COMPRA 4500510412"),
         ("p", "Fornecedor: Fundição Vale do Itajaí Ltda, Blumenau SC · Data 13.05.2024 · Compradora: Ana Paula Ribeiro"),
         ("table", [
             ["Item", "Material", "Descrição", "Qtde", "Preço"],
             ["00010", "TSA-6630", "Balancim / rocker arm, GJS-500-7 — amostras / sample castings", "12 PC", "R$ 295,00"],
         ]),
         ("sp",),
         ("p", "Escopo: 12 amostras somente. Saldo de 588 pçs da cotação FVI-2024-0391 NÃO liberado / balance of "
               "588 pcs NOT released."),
         ("p", "Liberação do saldo somente após aprovação do PPAP e por escrito pela Ana Paula Ribeiro (Compras). / "
               "The balance is released only after PPAP approval and in writing by Ana Paula Ribeiro (Purchasing)."),
         ("p", "Material: somente para as 12 amostras."),
     ], title="PC 4500510412", author="Ana Paula Ribeiro")),
      ("ISIR_TSA-6630_disposition.pdf", pdf([
          ("h1", "Relatório de amostras / Sample inspection report — TSA-6630"),
          ("p", "Fornecedor: Fundição Vale do Itajaí · Pedido 4500510412 · Recebido 17.06.2024 · Inspetor: "
                "Marcelo Tavares, Engenharia da Qualidade"),
          ("table", [
              ["Característica", "Especificação", "Resultado", "OK?"],
              ["Ø 42 H8 (pré-usinado)", "39,0 +0,5", "39,2 / 39,3 / 39,1", "OK"],
              ["Espessura parede zona B", "8 ± 1", "8,3 / 7,9 / 8,1", "OK"],
              ["Dureza HB", "170-230", "198 / 204 / 201", "OK"],
              ["Nodularidade", ">= 85%", "90%", "OK"],
              ["Limite de resistência", ">= 500 MPa", "538 MPa", "OK"],
          ]),
          ("sp",),
          ("p", "Decision / Decisão: APPROVED / APROVADO — supplier may proceed."),
          ("p", "Assinatura: Marcelo Tavares, 18.06.2024"),
      ], title="ISIR TSA-6630", author="Marcelo Tavares"))])

# C chat: rest of lot blocked until PPAP + written release from the buyer; "For now, go ahead" with no quantity.
case("p08_chat_goahead_no_qty", ["RG002", "RG010"],
     "chat: hold, unlock event and named release person stated, but 'for now, go ahead' names no quantity and no sample scope",
     [("WhatsApp_Forjaria_Caxias.txt", """\
21/05/2024 10:02 - Paulo Bertolini (Forjaria Caxias): Bom dia Rodrigo! Ferramental do AGQ-3307 (ponta de eixo / stub axle) ficou pronto ontem 💪
21/05/2024 10:03 - Paulo Bertolini (Forjaria Caxias): <Mídia oculta>
21/05/2024 10:15 - Rodrigo Menezes (Agromaq): Show! Ficou bonito. The die inserts were nitrided?
21/05/2024 10:16 - Paulo Bertolini (Forjaria Caxias): Sim, nitretado, 0,3 mm de camada
21/05/2024 10:20 - Paulo Bertolini (Forjaria Caxias): E aí, posso começar? Can we start?
21/05/2024 10:31 - Rodrigo Menezes (Agromaq): O resto do lote fica bloqueado até a engenharia assinar o PPAP e eu mandar a liberação por escrito.
21/05/2024 10:31 - Rodrigo Menezes (Agromaq): For now, go ahead 👍
21/05/2024 10:32 - Paulo Bertolini (Forjaria Caxias): Beleza, obrigado!
21/05/2024 10:40 - Rodrigo Menezes (Agromaq): Manda a NF com o número do pedido, senão o recebimento trava
""")])

# D hold notice: balance on hold "until further notice"; person named, no unlock event.
case("p09_hold_until_further_notice", ["RG004"],
     "hold notice: 30 released, 1 170 on hold 'until further notice', only Leena Mäkinen can release; no unlock event named",
     [("KFM_4600022790_notice.pdf", pdf([
         ("h1", "Kallio Forest Machines Oy — Notice on PO 4600022790"),
         ("p", "To: Ningbo Hengli Casting Co., Ltd., attn. Vincent Zhang · Date: 2024-06-03 · "
               "Part: KFM-2215 boom foot casting, EN-GJS-400-18-LT"),
         ("table", [
             ["", "Quantity"],
             ["Quantity on PO 4600022790", "1 200 pcs"],
             ["Released (pilot lot, delivered week 21)", "30 pcs"],
             ["Balance on hold", "1 170 pcs"],
         ]),
         ("sp",),
         ("p", "The balance of 1 170 pcs is on hold until further notice. Do not pour, machine or purchase "
               "material for the balance."),
         ("p", "Only Leena Mäkinen, Purchasing Manager, can release the balance. Instructions from any other "
               "person at Kallio Forest Machines are not valid."),
         ("p", "Please acknowledge this notice by return e-mail."),
         ("p", "Leena Mäkinen, Purchasing Manager · +358 50 412 8870 · leena.makinen@kallioforest.fi"),
     ], title="Notice PO 4600022790", author="Leena Makinen"))])

# E sample PO: active qty, hold and unlock event stated; release 'by our Materials Management department'.
_po = docx_bytes([
    ("h1", "Hartland Agri Machinery Inc. — Purchase Order 4500092114"),
    ("p", "Supplier: Coimbatore Alloy Foundry, Kurichi, Coimbatore 641021 · Date 06/04/2024 · Terms Net 45"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price USD"],
        ["1", "HA-66702", "Rear hitch bracket, ASTM A536 65-45-12, DRG HA-66702 rev A — sample castings", "12", "74.00"],
    ]),
    ("sp",),
    ("p", "This PO covers twelve (12) sample castings only. The balance of 588 pcs of quote CAF/Q/2024/083 is "
          "not released."),
    ("p", "The balance will be released only after sign-off of the layout inspection and the metallurgy report. "
          "The release will be issued in writing by Hartland Materials Management."),
], author="Jessica Nguyen")
_m = mail("Jessica Nguyen <jnguyen@hartlandagri.com>", "Suresh Iyer <suresh.iyer@cbe-alloy.in>",
          "PO 4500092114 - HA-66702 sample castings", "Tue, 04 Jun 2024 15:12:00 -0500",
          "Hello Suresh,\n\n"
          "Attached is PO 4500092114 for the HA-66702 rear hitch bracket. Summary:\n\n"
          "- 12 sample castings only.\n"
          "- The remaining 588 pcs are not released.\n"
          "- They will be released only after layout inspection and metallurgy report sign-off; the release will "
          "come in writing from our Materials Management department.\n\n"
          "Please confirm receipt and the sample ship date.\n\nThank you,\nJessica\n"
          + sig("Jessica Nguyen", "Purchasing Coordinator", HART, "+1 319 555 0172"),
          attachments=[("PO_4500092114.docx", _po, DOCX_MT)])
case("p10_release_by_department", ["RG005"],
     "sample PO: 12 active, 588 not released, unlock on layout+metallurgy sign-off, but release 'from our Materials Management department' names no person",
     [("PO_4500092114.eml", eml_bytes(_m))])

# #8 Indian foundry: pig iron booked for the full 1,200 while only 10 samples are released (quoted reply).
_t = ("Dear Madam,\n\n"
      "Greetings from Shree Ganesh Castings!\n\n"
      "Pattern trial is completed and 10 nos samples are under fettling. Layout inspection will be done on Monday "
      "in presence of our QA head Mr. Kulkarni.\n\n"
      "Further to inform you that we have booked pig iron, steel scrap and FeSiMg for the full 1,200 castings "
      "quantity with our regular supplier, to protect you from the price hike expected in June. Material will be "
      "stored in our yard and kindly note same will be adjusted against your production order.\n\n"
      "Samples will be despatched by 24th May positively.\n\n"
      "Thanks & regards,\nRajesh Patil\nManaging Director\nShree Ganesh Castings Pvt. Ltd., Kolhapur\n"
      "Mob. +91 98220 41877\n\n"
      "On Mon, Apr 29, 2024 at 7:55 PM Karen Mitchell <kmitchell@hartlandagri.com> wrote:\n"
      + quote("Rajesh,\n\n"
              "PO 4500091630 covers ten (10) sample castings HA-44102 only.\n"
              "The remaining 1,190 pcs are not released and stay on hold.\n"
              "They will be released only after layout + metallurgy sign-off, by a written\n"
              "release from me (Karen Mitchell, Commodity Buyer).\n"
              "Material authority: sample-only.\n\n"
              "Karen"))
_m = mail("Rajesh Patil <rajesh@shreeganeshcastings.co.in>", "Karen Mitchell <kmitchell@hartlandagri.com>",
          "RE: PO 4500091630 - HA-44102 samples - status", "Fri, 17 May 2024 18:22:00 +0530", _t,
          in_reply_to="<h41-hart-0429@hartlandagri.com>")
case("p11_pigiron_booked_full_qty", ["RG006"],
     "supplier books pig iron and alloys for the full 1,200 castings while only 10 samples are released and material authority is sample-only",
     [("RE_PO_4500091630_status.eml", eml_bytes(_m))])

# #9 supplier portal status: bar for 2,000 pcs received while 8 samples are released.
case("p12_status_bar_received", ["RG006"],
     "supplier status report: 8 released, 1,992 not released, yet 42CrMo4 bar for 2,000 pcs already received to secure a mill slot",
     [("TY_status_7100046502.html", html_page("Order status 7100046502", f"""
<h2>Shandong Taiyue Machinery Co., Ltd. — Weekly order status</h2>
<p>Customer: Redwater Heavy Equipment Inc. &nbsp;|&nbsp; Week 23/2024 &nbsp;|&nbsp; Prepared by: Kevin Liu</p>
{table_html([["PO", "Part", "Description", "Released by customer", "Forged", "Shipped", "Remark"],
             ["7100046502", "RW-77395", "Yoke forging, 42CrMo4 QT", "8 pcs (samples)", "8", "8", "DHL 06/04, PPAP docs in box"]])}
<p>Production quantity 1,992 pcs: not released — awaiting customer release.</p>
<h3>Raw material</h3>
{table_html([["Material", "Heat", "Weight", "Covers", "Location"],
             ["42CrMo4 round bar Ø75", "24A-1187", "36.4 t", "2,000 pcs", "our warehouse, received 05/28"]])}
<p>Remark: bar purchased to secure the mill slot at Xingtai; next mill slot would be September.</p>
<p style="color:#777">Shandong Taiyue Machinery Co., Ltd. · Zhucheng, Shandong · +86 536 6218 770</p>
"""))])

# #10 buyer: "get the bar in for the whole lot now ... sort out the paperwork later".
_t = ("Hitesh,\n\n"
      "Thanks. PPAP review will take us about 3 weeks. To keep the lead time from killing us, please order "
      "the bar for the whole lot now - I don't want to lose 10 weeks on the mill. We'll sort out the paperwork "
      "when the PPAP is through.\n\n"
      "Forging of the balance itself still waits for the written release, as per the PO.\n\n"
      "Dave\n"
      + sig("Dave Kowalski", "Senior Buyer", RED, "+1 309 555 0142")
      + "\nFrom: Hitesh Mehta <hitesh@rajkotforge.in>\nSent: Tuesday, June 11, 2024 2:10 AM\n"
        "Subject: RE: PO 7100046601 - RW-77310 sample forgings\n\n"
      + quote("Dear Dave sir,\n"
              "Sample forgings 6 nos RW-77310 shipped by FedEx yesterday, AWB 7792 1180 4456.\n"
              "Please note mill lead time for 42CrMo4 bar is now 10 weeks. Kindly advise.\n"
              "Regards, Hitesh Mehta, Director\n\n"
              "> PO 7100046601: 6 sample forgings RW-77310 only. Balance 594 not released;\n"
              "> release only after PPAP sign-off, by written release from Dave Kowalski.\n"
              "> Material: sample-only.\n"))
_m = mail("Dave Kowalski <dkowalski@redwater-he.com>", "Hitesh Mehta <hitesh@rajkotforge.in>",
          "RE: PO 7100046601 - RW-77310 sample forgings", "Tue, 11 Jun 2024 08:35:00 -0500", _t,
          in_reply_to="<rpf-20240611-0210@rajkotforge.in>")
case("p13_buyer_get_bar_whole_lot", ["RG006"],
     "buyer tells supplier to get bar for the whole lot before PPAP, paperwork later; contradicts sample-only material authority, no explicit material authority",
     [("RE_PO_7100046601.eml", eml_bytes(_m))])

# #12 call-off releases 120 pcs; material: 'keep enough bar on stock to cover our annual volume'.
case("p14_calloff_bar_for_annual_volume", ["RG006"],
     "call-off releases 120 pcs but asks supplier to keep bar for the annual volume on stock, with no stated quantity or liability",
     [("MK_calloff_005_5500081377.docx", docx_bytes([
         ("h1", "Metsäkone Oy — Call-off 005"),
         ("p", "Blanket purchase order 5500081377 · Supplier: Ege Dövme Sanayi A.Ş., Manisa · Date 2024-06-17"),
         ("p", "Part: MK-22310 lift cylinder eye forging, 42CrMo4+QT. Blanket estimate 1 800 pcs per year — "
               "estimate only."),
         ("table", [
             ["Call-off", "Quantity released", "Delivery", "Ship to"],
             ["005", "120 pcs", "week 36/2024", "Metsäkone Oy, Tampere, gate 3"],
         ]),
         ("sp",),
         ("p", "Only the 120 pcs of this call-off are released. The remaining blanket quantity is not released; "
               "call-off 006 follows after our incoming inspection accepts the call-off 005 lot and is signed by "
               "Jukka Virtanen, Category Manager."),
         ("h", "Material"),
         ("p", "Please keep enough forging bar on stock to cover our annual volume, so that call-offs can be served "
               "within 3 weeks. Our volumes for 2025 are growing."),
         ("p", "Terveisin / Regards — Jukka Virtanen"),
     ], author="Jukka Virtanen"))])

# #13 Chinese forge: advance received, so bar for the full 1,000 ordered and production started.
_t = ("Dear Dave,\n\n"
      "Good day!\n\n"
      "We received your T/T of USD 8,640.00 today, the 30% advance as per our PI TY-PI-2406-015. Thank you very "
      "much for your support.\n\n"
      "As the advance is received, we have arranged the production: 42CrMo4 round bar for the full 1,000 pcs is "
      "ordered from Xingtai mill, and the die is in heat treatment now. Forging will start next week after the bar "
      "arrives.\n\n"
      "Please let us know the shipping marks for the samples and the batch.\n\n"
      "Best regards,\nKevin Liu\nSales Dept.\nShandong Taiyue Machinery Co., Ltd.\nTel +86 536 6218 770\n\n"
      "------------------ Original ------------------\n"
      "From: \"Dave Kowalski\"<dkowalski@redwater-he.com>\nDate: Fri, May 31, 2024 11:02 PM\n"
      "Subject: PO 7100046655 - RW-52210 sample forgings\n\n"
      + quote("Kevin,\n"
              "PO 7100046655: 10 sample forgings RW-52210 only.\n"
              "30% advance on the die cost and the sample lot against your PI.\n"
              "Balance 990 pcs NOT released until PPAP sign-off and a written release by Dave Kowalski.\n"
              "Material authority: sample-only.\n"
              "Dave"))
_m = mail("Kevin Liu <kevin.liu@taiyue-forging.cn>", "Dave Kowalski <dkowalski@redwater-he.com>",
          "RE: PO 7100046655 - RW-52210 - advance received", "Wed, 12 Jun 2024 17:30:00 +0800", _t)
case("p15_advance_received_bar_ordered", ["RG006", "RG012"],
     "supplier treats the 30% advance as authority to produce and orders bar for the full 1,000 while only 10 samples are released",
     [("RE_PO_7100046655_RW-52210.eml", eml_bytes(_m))])

# #14 Turkish foundry books the buyer's labelled forecast as a firm order and buys pig iron for all of it.
_t = ("Dear Ms. Kessler,\n\n"
      "Thank you very much for the 2025 forecast for BM-6604 final drive carrier.\n\n"
      "We have booked it in our system as your firm order for 2025, total 6.000 pcs, and reserved the capacity on "
      "our DISA line. To protect both sides from the pig iron increase expected in Q1, we have already purchased "
      "pig iron and ferroalloys for the full 6.000 pcs.\n\n"
      "Saygılarımızla / Best regards\nMehmet Yılmaz\nExport Sales\nAnadolu Döküm San. ve Tic. A.Ş.\n"
      "+90 332 248 55 10\n\n"
      "From: Sabine Kessler <s.kessler@bergmann-bau.de>\nSent: Monday, 3 June 2024 09:14\n"
      "Subject: BM-6604 - forecast 2025\n\n"
      + quote("Hello Mr. Yılmaz,\n\n"
              "for your capacity planning, our forecast 2025 for BM-6604:\n"
              "Q1 1.400 / Q2 1.600 / Q3 1.600 / Q4 1.400 = 6.000 pcs.\n\n"
              "This is a forecast only. It is not an order and releases nothing.\n"
              "Quantities will be called off separately, signed by me.\n\n"
              "Best regards\nSabine Kessler"))
_m = mail("Mehmet Yılmaz <mehmet.yilmaz@anadoludokum.com.tr>", "Sabine Kessler <s.kessler@bergmann-bau.de>",
          "RE: BM-6604 - forecast 2025", "Wed, 05 Jun 2024 11:47:00 +0300", _t)
case("p16_forecast_booked_as_order", ["RG006", "RG008"],
     "supplier books a forecast labelled 'not an order' as a firm 2025 order of 6.000 pcs and buys pig iron for all of it with nothing released",
     [("RE_BM-6604_forecast.eml", eml_bytes(_m))])

# #15 WhatsApp: Turkish foundry bought pig iron for all 500 and will continue straight after ISIR.
case("p17_chat_pigiron_and_straight_on", ["RG006", "RG007"],
     "chat: scope is 10 samples with 490 held for written release, but supplier bought pig iron for all 500 and will continue with the 490 'when ISIR OK'",
     [("WhatsApp_Selcuklu_LK-700-3120.txt", """\
[03.06.24, 08:41:10] Thomas Brandt (Lindner-Kraus): Guten Morgen Hakan. Quick recap for your team: order 4500128911 = 10 sample castings LK-700-3120 only. The remaining 490 are on hold until ISIR sign-off and my written release. Thomas
[03.06.24, 08:55:31] Hakan Öztürk (Selçuklu Döküm): Günaydın Thomas Bey, understood 👍
[05.06.24, 14:12:09] Hakan Öztürk (Selçuklu Döküm): Core boxes finished, pattern photos coming
[05.06.24, 14:12:30] Hakan Öztürk (Selçuklu Döküm): <Medien ausgeschlossen>
[05.06.24, 15:03:44] Thomas Brandt (Lindner-Kraus): Looks good. Please check the draft angle on the rib, our drawing says 2°
[12.06.24, 17:20:02] Hakan Öztürk (Selçuklu Döküm): Thomas Bey samples poured today, looking very nice. Fettling tomorrow
[12.06.24, 17:21:15] Hakan Öztürk (Selçuklu Döküm): Also info: we bought pig iron for all 500 pcs already and moulding boxes are prepared for the full batch, price was good this week
[12.06.24, 17:22:40] Hakan Öztürk (Selçuklu Döküm): When ISIR OK we continue directly with the 490, no time lost for you 💪
[12.06.24, 17:45:09] Thomas Brandt (Lindner-Kraus): Thanks Hakan, nice pictures. Please send the ISIR with the 3.1 cert and the CMM file.
""")])

# #16 Indian foundry: "once you approve the samples we shall immediately continue with the balance 588".
_t = ("Dear Karen,\n\n"
      "Good morning. Happy to inform you that the 12 nos sample castings of HA-38820 (rear axle bracket) were "
      "despatched today by DHL, AWB 5532 8810 42, along with the layout inspection report and metallurgy report.\n\n"
      "Kindly note, to meet your season requirement, once you approve the samples we shall immediately continue "
      "with the balance 588 nos as per your PO, so that the first lot can reach Cedar Falls by end of August. No "
      "need to send us any further document at that time; your approval mail is sufficient for us.\n\n"
      "Thanking you,\nSuresh Iyer\nManager - Exports\nCoimbatore Alloy Foundry\n+91 422 2675 310\n\n"
      "On 02-May-2024 08:15, Karen Mitchell wrote:\n"
      + quote("Suresh,\n"
              "PO 4500092007: twelve (12) sample castings HA-38820 only.\n"
              "Balance of 588 pcs is NOT released.\n"
              "Release of the balance requires sample sign-off and a written production release\n"
              "from Karen Mitchell, Commodity Buyer.\n"
              "Karen"))
_m = mail("Suresh Iyer <suresh.iyer@cbe-alloy.in>", "Karen Mitchell <kmitchell@hartlandagri.com>",
          "RE: PO 4500092007 - HA-38820 samples despatched", "Mon, 03 Jun 2024 10:05:00 +0530", _t)
case("p18_supplier_will_continue_on_approval", ["RG007"],
     "supplier: once samples are approved it will continue with the balance 588, 'your approval mail is sufficient', against the buyer's written-release requirement",
     [("RE_PO_4500092007_despatch.eml", eml_bytes(_m))])

# #17 Brazilian buyer contradicts his own written-release requirement (multipart/alternative).
_t = ("Fernanda, bom dia!\n\n"
      "Conforme o pedido 4500410561: 10 amostras do suporte AGQ-8812 (GJS-500-7). O saldo de 590 pçs continua "
      "bloqueado até a aprovação do PPAP e a minha liberação por escrito.\n\n"
      "Mas para ganhar tempo na safra: se o PPAP passar, vocês já podem seguir direto com as 590 - não precisa "
      "esperar papel meu. Eu regularizo depois.\n\n"
      "Abraço,\nRodrigo\n"
      + sig("Rodrigo Menezes", "Comprador – Fundidos", AGQ, "+55 54 3316-7720"))
_m = mail("Rodrigo Menezes <rodrigo.menezes@agromaq.com.br>", "Fernanda Lima <fernanda.lima@tupiniquim.ind.br>",
          "Pedido 4500410561 - AGQ-8812 amostras e saldo", "Wed, 29 May 2024 08:55:00 -0300", _t,
          html=txt2html(_t))
case("p19_pt_buyer_if_ppap_passes_go", ["RG007"],
     "buyer says the 590 balance needs his written release, then says if PPAP passes they may go straight on with the 590 without paper",
     [("Pedido_4500410561_saldo.eml", eml_bytes(_m))])

# #18 Chinese order confirmation: batch starts automatically on sample approval.
case("p20_oc_batch_starts_automatically", ["RG007"],
     "supplier order confirmation: batch production starts automatically on sample approval, no separate order or release needed",
     [("NH-OC-24-0612.pdf", pdf([
         ("h1", "NINGBO HENGLI CASTING CO., LTD."),
         ("p", "No. 88 Jinshan Road, Beilun, Ningbo 315800, China · Tel +86 574 8618 2230"),
         ("h", "ORDER CONFIRMATION NH-OC-24-0612"),
         ("p", "Customer: Kallio Forest Machines Oy, Jyväskylä, Finland · Your PO: 4600022930 · Date: 2024-06-12"),
         ("table", [
             ["Item", "Part no.", "Description", "Qty", "Unit price", "Delivery"],
             ["1", "KFM-4471", "Crane base casting, EN-GJS-400-18-LT, samples", "6", "EUR 265.00",
              "2024-07-20 EXW"],
         ]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1. Pattern: 2 weeks. Samples: 4 weeks after pattern."),
         ("p", "2. After receiving your sample approval, batch production will start automatically. No separate "
               "order or release is needed, to save time for you. Batch lead time 30 days from sample approval."),
         ("p", "3. Payment: T/T 30 days after B/L."),
         ("p", "4. Packing: plywood case, fumigation-free, max 800 kg per case."),
         ("p", "Confirmed by: Vincent Zhang, Sales Manager"),
     ], title="NH-OC-24-0612", author="Vincent Zhang"))])

# #19 supplier message in the buyer's portal: ISIR approved, so the batch was released to the forging line.
case("p21_portal_isir_approved_batch_released", ["RG007"],
     "supplier reads the ISIR status 'Approved' as release and puts the batch on the forging line; buyer required a written release for the 392",
     [("MK_portal_thread_4500333388.html", html_page("Metsäkone Supplier Portal - messages", """
<h2>Metsäkone Supplier Portal — Messages on PO 4500333388</h2>
<p>Part MK-61021 steering arm forging, 42CrMo4+QT &nbsp;|&nbsp; Supplier: Rajkot Precision Forge Pvt. Ltd.</p>
<table>
<tr><th>From</th><th>Date</th><th>Message</th></tr>
<tr><td>Jukka Virtanen (Metsäkone)</td><td>2024-05-06 09:20</td>
<td>PO 4500333388 covers 8 sample forgings only. The remaining 392 pcs are not released. They will be released only by a written release from me after the ISIR sign-off.</td></tr>
<tr><td>Hitesh Mehta (Rajkot Precision Forge)</td><td>2024-05-06 12:02</td>
<td>Noted sir, 8 nos samples in process.</td></tr>
<tr><td>Mikko Heikkinen (Metsäkone)</td><td>2024-06-13 16:40</td>
<td>ISIR for MK-61021 reviewed, status set in portal. Good job on the flash line.</td></tr>
<tr><td>Hitesh Mehta (Rajkot Precision Forge)</td><td>2024-06-14 11:20</td>
<td>Dear Mikko sir, thank you. We note that the ISIR status of MK-61021 changed to 'Approved' in your portal. As per our standard procedure we have released the batch to the forging line; forging starts next week.</td></tr>
</table>
<p style="color:#777">Messages are part of the order record. Metsäkone Oy, Tampere.</p>
"""))])

# #20 Oracle PO: first-off castings, "production to follow ... without further paperwork" after layout approval.
case("p22_oracle_production_to_follow", ["RG003", "RG005", "RG007"],
     "PO for 5 first-off castings says production follows after layout approval without further paperwork: balance never held, nobody named, implied auto-conversion",
     [("PO_7100046790.txt", """\
REDWATER HEAVY EQUIPMENT INC.                              PURCHASE ORDER
2200 SW ADAMS ST                                           PO NUMBER: 7100046790    REV: 0
PEORIA IL 61602 USA                                        PO DATE  : 05/30/2024
                                                           BUYER    : KOWALSKI, DAVID
VENDOR : 30990 FUNDICAO VALE DO ITAJAI LTDA                TERMS    : NET 60
         RUA ITAJAI-ACU 1550, BLUMENAU SC 89037-000 BR     FOB      : ITAJAI
SHIP TO: REDWATER PLANT 1, RECEIVING DOCK 6                CURRENCY : USD
------------------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                          QTY  UOM   UNIT PRICE     EXTENDED
------------------------------------------------------------------------------------------
 1  RW-20566-01     FINAL DRIVE HOUSING, GJS-450-10        5  EA        410.00     2,050.00
                    FIRST-OFF CASTINGS FOR LAYOUT
                    DWG RW-20566 REV B
------------------------------------------------------------------------------------------
                                                          TOTAL USD              2,050.00

NOTES:
 SUPPLIER TO SUBMIT 5 FIRST-OFF CASTINGS WITH FULL DIMENSIONAL LAYOUT, METALLURGY
 REPORT (NODULARITY, TENSILE, HARDNESS) AND HEAT LOT TRACEABILITY.
 AFTER LAYOUT APPROVAL, PRODUCTION TO FOLLOW ON THIS PO WITHOUT FURTHER PAPERWORK.
 TARGET SOP 10/2024. PRICING PER QUOTE FVI-2024-0455.
 SHIP FIRST-OFFS BY AIR, GRU-ORD, REDWATER ACCOUNT UPS 8E41X2.

PAGE 1 OF 1                                           REDWATER STANDARD TERMS REV 2019-03 APPLY
""")])

# #21 Finnish buyer asks to treat the 2025 forecast as firm commitment (EML + text attachment).
_att = """\
Metsäkone Oy - forecast 2025 - supplier Ege Dövme Sanayi A.Ş.
part;description;Q1;Q2;Q3;Q4;total
MK-22190;boom pivot pin forging;600;600;650;550;2400
MK-22310;lift cylinder eye forging;300;300;300;300;1200
MK-24005;slewing ring bolt blank;1000;1000;1000;1000;4000
"""
_m = mail("Jukka Virtanen <jukka.virtanen@metsakone.fi>", "Emre Demir <emre.demir@egedovme.com.tr>",
          "Forecast 2025 - forgings", "Thu, 20 Jun 2024 15:10:00 +0300",
          "Hi Emre,\n\n"
          "Attached is our 2025 forecast for the three forgings (MK-22190, MK-22310, MK-24005). For MK-22190 it "
          "is 2 400 pcs in total.\n\n"
          "Please treat the 2025 figures as our firm commitment: book the capacity and plan your hammer schedule "
          "accordingly. We will stand behind these numbers.\n\n"
          "Call-offs will still come monthly as today.\n\n"
          "Br,\nJukka\n"
          + sig("Jukka Virtanen", "Category Manager", MK, "+358 40 771 2093"),
          attachments=[("forecast_2025.txt", _att, "text/plain")])
case("p23_forecast_firm_commitment", ["RG008"],
     "buyer asks supplier to treat the 2025 forecast as a firm commitment and book capacity on it",
     [("Forecast_2025_forgings.eml", eml_bytes(_m))])

# #22 buyer schedule: 'this rolling forecast is our purchase order ... all months are binding' (HTML).
case("p24_rolling_forecast_is_po", ["RG008"],
     "delivery schedule labelled forecast declares itself the purchase order and all months binding",
     [("HA-63310_schedule_2024-06.html", html_page("Hartland - supplier delivery schedule", f"""
<h2>Hartland Agri Machinery — Supplier delivery schedule</h2>
<p>Supplier: Shree Ganesh Castings Pvt. Ltd. (20988) &nbsp;|&nbsp; Part: HA-63310 lift arm bracket, rev B &nbsp;|&nbsp; Issued: 2024-06-03</p>
<div class="note">This rolling forecast is our purchase order for the quantities shown. Supplier to deliver as listed;
all months are binding.</div>
<br>
{table_html([["Month", "Forecast qty (pcs)", "Ship from Nhava Sheva by"],
             ["Jul 2024", "300", "2024-06-20"], ["Aug 2024", "300", "2024-07-18"],
             ["Sep 2024", "350", "2024-08-22"], ["Oct 2024", "350", "2024-09-19"],
             ["Nov 2024", "250", "2024-10-17"], ["Dec 2024", "200", "2024-11-14"],
             ["Total", "1,750", ""]])}
<p>Contact: Karen Mitchell, Commodity Buyer - Castings, +1 319 555 0164</p>
"""))])

# #23 SAP delivery schedule titled FORECAST with "all quantities firmly ordered" (TXT).
case("p25_sap_forecast_firmly_ordered", ["RG008"],
     "SAP schedule headed FORECAST states that all quantities of the forecast are firmly ordered",
     [("LP_5500044120.txt", """\
LINDNER-KRAUS LANDTECHNIK GMBH                      LIEFERPLAN / DELIVERY SCHEDULE
HAFENSTRASSE 41, 49090 OSNABRUECK                   LIEFERPLAN-NR : 5500044120
                                                    EINTEILUNG    : 0027 PROGNOSE / FORECAST
LIEFERANT: 300877 FORJARIA CAXIAS LTDA              DATUM         : 10.06.2024
           CAXIAS DO SUL RS BRASIL                  DISPONENT     : P. WAGNER
MATERIAL : LK-118-0332  GABELKOPF / CLEVIS FORGING C45  ZEICHNUNG LK-118-0332 IND. C
-------------------------------------------------------------------------------
TERMIN (KW)     MENGE   ME   KUM.MENGE
-------------------------------------------------------------------------------
KW 28/2024        400   ST         400
KW 32/2024        400   ST         800
KW 36/2024        450   ST       1.250
KW 40/2024        450   ST       1.700
KW 44/2024        400   ST       2.100
KW 48/2024        300   ST       2.400
-------------------------------------------------------------------------------
HINWEIS / NOTE:
ALLE MENGEN DIESER PROGNOSE SIND VERBINDLICH BESTELLT.
ALL QUANTITIES OF THIS FORECAST ARE FIRMLY ORDERED.
LIEFERUNG FCA RIO GRANDE, VERPACKUNG GITTERBOX, ZEUGNIS 3.1 JE SCHMELZE.
""")])

# #24 WhatsApp BR: "previsão ... pode considerar como pedido fechado".
case("p26_pt_chat_forecast_as_order", ["RG008"],
     "chat: buyer gives the H2 forecast and tells the foundry to consider it a closed order and schedule everything",
     [("WhatsApp_FVI_previsao.txt", """\
10/06/2024 14:02 - Carlos Eduardo (FVI): Oi Ana, tudo bem? Consegue me passar a previsão do TSA-6710 pro 2º semestre? Preciso fechar a programação do forno
10/06/2024 14:20 - Ana Paula Ribeiro (Serra Azul): Oi Carlos! Previsão 2º semestre: 3 mil peças, mais ou menos 500/mês de julho a dezembro
10/06/2024 14:21 - Ana Paula Ribeiro (Serra Azul): Pode considerar como pedido fechado, tá? Pode programar tudo
10/06/2024 14:22 - Carlos Eduardo (FVI): Perfeito, obrigado! Vou lançar no sistema como pedido
10/06/2024 14:25 - Ana Paula Ribeiro (Serra Azul): 👍 e manda a nova tabela de frete quando puder
""")])

# #25 SAP PO printout (PDF) with 'Release status: RELEASED' (internal PO approval) beside production release wording.
case("p27_sap_release_status_released", ["RG009"],
     "PO header 'Freigabestatus / Release status: RELEASED' (internal PO approval) next to 'production release' for the held 490: one word, two meanings",
     [("BM_PO_4500219788.pdf", pdf([
         ("h1", "Bergmann Baumaschinen AG — Bestellung / Purchase Order 4500219788"),
         ("pre", "Lieferant / supplier 402380: Ningbo Hengli Casting Co., Ltd., Beilun, Ningbo, China\n"
                 "Datum / date: 24.05.2024          Einkäufer / buyer: Sabine Kessler\n"
                 "Freigabestatus / Release status: FREIGEGEBEN / RELEASED\n"
                 "Freigabestrategie / release strategy: E2 (2 Freigaben / 2 approvals: Einkauf, Controlling)"),
         ("table", [
             ["Pos", "Material", "Bezeichnung / Description", "Menge / Qty", "Preis / Price", "Termin"],
             ["10", "BM-4410", "Kettenradnabe / sprocket hub, EN-GJS-500-7 — Muster / sample castings", "10 Stk",
              "58,00 EUR", "KW 30"],
         ]),
         ("sp",),
         ("p", "This order covers 10 sample castings. The remaining 490 pcs of offer NH-Q-240288 are not released."),
         ("p", "Production release only after ISIR sign-off, by a written production release from Sabine Kessler."),
         ("p", "Material authority: sample-only. Incoterms FOB Ningbo. Payment 90 days net."),
     ], title="PO 4500219788", author="Sabine Kessler"))])

# #26 'release' used for the sample result, the commercial step and production (multipart/alternative).
_t = ("Hello Emre,\n\n"
      "Quick status on KFM-5530 (crane pillar forging):\n\n"
      "- The 8 sample forgings are released by our quality department - Antti signed the ISIR on Monday.\n"
      "- Commercial release is done as well: the PO line for the batch is now in our system.\n"
      "- Production release will follow separately from me in writing. Until then the remaining 392 pcs stay on "
      "hold.\n\n"
      "So for now only the 8 samples are made, and nothing else may start.\n\n"
      "Best regards,\nLeena\n"
      + sig("Leena Mäkinen", "Purchasing Manager", KFM, "+358 50 412 8870"))
_m = mail("Leena Mäkinen <leena.makinen@kallioforest.fi>", "Emre Demir <emre.demir@egedovme.com.tr>",
          "KFM-5530 samples - status", "Thu, 13 Jun 2024 09:30:00 +0300", _t, html=txt2html(_t))
case("p28_three_kinds_of_release", ["RG009"],
     "'release' used for the ISIR result, for the commercial PO step and for production release in one mail",
     [("KFM-5530_status.eml", eml_bytes(_m))])

# #27 chat: samples approved by quality, series price 'released' by the purchasing committee, production not released.
case("p29_chat_price_released", ["RG009"],
     "chat: 'series price is released by our purchasing committee' next to 'production release comes from me': release for commercial and production",
     [("WhatsApp_Selcuklu_BM-8120.txt", """\
[22.05.24, 11:05:12] Sabine Kessler (Bergmann): Hello Hakan, order 4500219644 is out: 10 sample castings BM-8120 only. The other 490 stay on hold until the ISIR is signed off and I send the written release.
[22.05.24, 11:20:40] Hakan Öztürk (Selçuklu Döküm): Teşekkürler Sabine Hanım, received 👍
[18.06.24, 10:05:31] Hakan Öztürk (Selçuklu Döküm): Sabine Hanım good morning, any news about the BM-8120 samples? 🙏
[18.06.24, 10:40:02] Sabine Kessler (Bergmann): Hello Hakan, yes: the 10 samples are approved by Jörg's quality team ✅
[18.06.24, 10:41:15] Sabine Kessler (Bergmann): and your series price of 48,60 EUR is released by our purchasing committee too
[18.06.24, 10:42:09] Sabine Kessler (Bergmann): the 490 are still not released – production release comes from me in writing, after I have the signed ISIR in hand
[18.06.24, 10:50:44] Hakan Öztürk (Selçuklu Döküm): Çok teşekkürler 🙏 waiting for your release then
""")])

# #28 German/English order note: 'Freigabe' for sample approval and production release + carry straight on.
case("p30_de_freigabe_carry_on", ["RG007", "RG009"],
     "order note uses Freigabe/release for the sample result and for production, and says after sample release the supplier can carry straight on with the series",
     [("BM_Bestellnotiz_4500220117.docx", docx_bytes([
         ("h1", "Bestellnotiz / Order note — PO 4500220117"),
         ("p", "Bergmann Baumaschinen AG → Ege Dövme Sanayi A.Ş. · BM-9021 Achsschenkel / steering knuckle forging, "
               "42CrMo4 · 28.05.2024"),
         ("table", [
             ["Pos", "Teil / Part", "Menge / Qty", "Preis / Price", "Termin / Due"],
             ["10", "BM-9021 Erstmuster / sample forgings", "8 Stk", "96,00 EUR", "KW 27"],
         ]),
         ("sp",),
         ("p", "Bestellumfang: 8 Erstmuster. Die restlichen 592 Stück aus Angebot ED-2024-140 sind nicht freigegeben. / "
               "Scope: 8 sample forgings. The remaining 592 pcs of offer ED-2024-140 are not released."),
         ("p", "Serienfreigabe schriftlich durch Sabine Kessler, Strategischer Einkauf. / Production release in "
               "writing by Sabine Kessler, Strategic Purchasing."),
         ("p", "Hinweis: Nach Freigabe der Erstmuster durch unsere QS können Sie mit der Serie direkt weitermachen – "
               "so verlieren wir keine Zeit. / Note: once our quality has released the samples, you can carry "
               "straight on with the series – that way we lose no time."),
         ("p", "Erstmusterprüfbericht nach VDA Band 2, Zeugnis 3.1 nach EN 10204."),
     ], author="Sabine Kessler"))])

# #29 supplier feedback form: 'approved' for drawing, samples and price, and 'You have our approval.'
case("p31_feedback_form_you_have_approval", ["RG002", "RG009"],
     "feedback form marks drawing, samples and price 'approved' and ends 'You have our approval' without quantity or sample scope",
     [("RW_sample_feedback_RW-15530.docx", docx_bytes([
         ("h1", "Redwater Heavy Equipment — Supplier sample feedback"),
         ("table", [
             ["Field", "Entry"],
             ["Supplier", "Coimbatore Alloy Foundry"],
             ["PO", "7100046912 — 10 sample castings RW-15530; balance 590 pcs not released until PPAP sign-off "
                    "and a written release by Dave Kowalski"],
             ["Part", "RW-15530 rev B, pivot housing, ASTM A536 65-45-12"],
             ["Drawing", "approved"],
             ["Samples", "approved"],
             ["Price", "approved"],
             ["Overall", "You have our approval."],
         ]),
         ("sp",),
         ("p", "Comments: nice job on the gating change, the porosity at the boss is gone. CMM report was complete."),
         ("p", "Tom Reyes, Supplier Quality Engineer, 06/18/2024"),
     ], author="Tom Reyes"))])

# #30 "pour the sample castings per your quote" - no quantity in the buyer's words (quote attached).
_qt = pdf([
    ("h1", "SHREE GANESH CASTINGS PVT. LTD."),
    ("h", "QUOTATION No. QT/SGC/24-158   Date: 21.05.2024"),
    ("p", "Kind attn.: Ms. Karen Mitchell, Hartland Agri Machinery Inc."),
    ("table", [
        ["Sr.", "Description", "Qty", "Rate USD"],
        ["1", "Pattern equipment HA-55019 (hitch bracket)", "1 set", "6,200.00"],
        ["2", "Sample castings HA-55019, EN-GJS-500-7", "8 nos", "71.00"],
        ["3", "Production castings HA-55019, EN-GJS-500-7", "792 nos", "44.30"],
    ]),
    ("sp",),
    ("p", "Ex-works Kolhapur. Validity 30 days. For Shree Ganesh Castings - Sunil Jadhav"),
], title="QT/SGC/24-158", author="Sunil Jadhav")
_m = mail("Karen Mitchell <kmitchell@hartlandagri.com>", "Sunil Jadhav <marketing@shreeganeshcastings.co.in>",
          "HA-55019 hitch bracket - samples", "Fri, 24 May 2024 16:02:00 -0500",
          "Hi Sunil,\n\n"
          "Please go ahead and pour the sample castings for HA-55019 (hitch bracket) per your quote QT/SGC/24-158 - "
          "sample lot only. The PO number will follow from our system, reference 4500091902.\n\n"
          "The production quantity is not released. It will be released only after sample sign-off (layout + "
          "metallurgy) and a written production release from me.\n\n"
          "Thanks,\nKaren\n"
          + sig("Karen Mitchell", "Commodity Buyer - Castings", HART, "+1 319 555 0164"),
          attachments=[("QT_SGC_24-158.pdf", _qt, PDF_MT)])
case("p32_samples_per_quote_no_qty", ["RG010"],
     "buyer authorizes 'the sample castings per your quote' without stating how many; hold, unlock event and release person are stated",
     [("HA-55019_samples.eml", eml_bytes(_m))])

# #31 Teams chat: "start the first-offs - the usual number".
case("p33_chat_usual_number", ["RG010"],
     "chat: 'start the first-offs, the usual number we always take' - no quantity; hold, ISIR sign-off and the named releaser are stated",
     [("Teams_MK-61180_export.txt", """\
Microsoft Teams - chat export
Chat: Metsäkone / Rajkot Precision Forge - MK-61180
Exported: 2024-05-16 08:00 (UTC+03:00)

[2024-05-15 10:02] Hitesh Mehta (Rajkot Precision Forge): Good morning Jukka sir, dies for MK-61180 track tensioner yoke are ready and tried out. Shall we start?
[2024-05-15 10:10] Jukka Virtanen (Metsäkone): Morning Hitesh. Yes, start the first-offs - the usual number we always take for the ISIR.
[2024-05-15 10:11] Jukka Virtanen (Metsäkone): Everything beyond the first-offs stays blocked until Mikko signs the ISIR and I send you a written release. Nobody else releases it.
[2024-05-15 10:12] Hitesh Mehta (Rajkot Precision Forge): Noted sir 👍 will share the die tryout photos by evening
[2024-05-15 10:30] Mikko Heikkinen (Metsäkone): Hitesh, for the ISIR please also section one part for grain flow, macro-etched photo is enough
[2024-05-15 10:41] Hitesh Mehta (Rajkot Precision Forge): Sure Mikko sir
""")])

# #32 call-off with no quantity: "ship the next lot as usual".
case("p34_calloff_next_lot_no_qty", ["RG010"],
     "call-off releases 'the next lot as usual' without a quantity; rest of the blanket held, next call-off after lot acceptance, signed by Leena Mäkinen",
     [("KFM_calloff_003_4600019955.docx", docx_bytes([
         ("h1", "Kallio Forest Machines Oy — Call-off 003"),
         ("p", "Blanket agreement 4600019955 · Supplier: Fundição Vale do Itajaí Ltda, Blumenau SC · Date 2024-06-14"),
         ("p", "Part: KFM-7408 counterweight, EN-GJL-200. Blanket estimate 2 000 pcs per year — estimate only, "
               "no commitment."),
         ("table", [
             ["Call-off", "Part", "Delivery", "Ship to"],
             ["003", "KFM-7408", "week 33/2024 at Jyväskylä", "Kallio Forest Machines Oy, Vaajakoskentie 120, Jyväskylä"],
         ]),
         ("sp",),
         ("p", "Please ship the next lot as usual."),
         ("p", "Only this call-off is released. The remaining blanket quantity is not released; it will be called "
               "off by the next numbered call-off after our receiving inspection accepts this lot."),
         ("p", "Call-offs are signed by Leena Mäkinen, Purchasing Manager."),
         ("p", "Sea freight via Itajaí - Hamina, 20' containers, wooden crates ISPM 15."),
     ], author="Leena Makinen"))])

# #33 Portuguese: "favor iniciar as amostras conforme combinado" - no quantity.
_t = ("Paulo, boa tarde.\n\n"
      "Favor iniciar as amostras do garfo TSA-2290 conforme combinado na visita de terça.\n\n"
      "O lote de produção da cotação FC-0447/24 NÃO está liberado: fica em espera até a aprovação do PPAP pela nossa "
      "engenharia e uma liberação por escrito assinada por mim.\n\n"
      "Att.,\nAna Paula Ribeiro\n"
      + sig("Ana Paula Ribeiro", "Compras – Forjados", TSA, "+55 51 3477-2215"))
_m = mail("Ana Paula Ribeiro <ana.ribeiro@serraazul.com.br>", "Paulo Bertolini <paulo@forjariacaxias.com.br>",
          "TSA-2290 - amostras", "Thu, 06 Jun 2024 15:44:00 -0300", _t, html=txt2html(_t))
case("p35_pt_amostras_conforme_combinado", ["RG010"],
     "buyer: start the samples 'as agreed at the visit' - no quantity in writing; production lot held until PPAP approval and her written release",
     [("TSA-2290_amostras.eml", eml_bytes(_m))])

# #34 multi-file: release letter 300 pcs (DOCX) vs ERP release printout 350 (TXT), same release number.
case("p36_release_letter_vs_erp", ["RG011"],
     "folder: release letter RL-2024-0188 releases 300 pcs, the ERP printout of the same release shows 350",
     [("RL-2024-0188_letter.docx", docx_bytes([
         ("h1", "Production release RL-2024-0188"),
         ("p", "Redwater Heavy Equipment Inc. → Shandong Taiyue Machinery Co., Ltd. · 05/24/2024"),
         ("table", [
             ["Field", "Entry"],
             ["PO", "7100046055"],
             ["Part", "RW-77402 drag link forging, 42CrMo4 QT"],
             ["Unlock event", "PPAP sign-off recorded 05/20/2024"],
             ["Released quantity", "300 pcs"],
             ["Balance", "700 pcs of the 1,000 on the PO stay on hold until the next release, after receiving "
                         "inspection accepts this lot"],
             ["Signed", "Dave Kowalski, Senior Buyer (release authority)"],
         ]),
     ], author="Dave Kowalski")),
      ("RL-2024-0188_erp.txt", """\
REDWATER HEAVY EQUIPMENT INC.                         PRODUCTION RELEASE
                                                      RELEASE NO : RL-2024-0188
PO       : 7100046055                                 DATE       : 05/24/2024
SUPPLIER : 20417 SHANDONG TAIYUE MACHINERY CO LTD     BUYER      : KOWALSKI, DAVID
---------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                       REL QTY  UOM  NEED-BY
 1  RW-77402-01   DRAG LINK FORGING 42CRMO4 QT          350  EA   07/26/2024
---------------------------------------------------------------------------
BALANCE ON PO AFTER THIS RELEASE: HOLD. NEXT RELEASE AFTER LOT ACCEPTANCE.
""")])

# #35 PDF PO: header total 15, line quantity 16.
case("p37_po_header_vs_line", ["RG011"],
     "PO states total quantity 15 and scope '15 amostras' but the line quantity is 16",
     [("AGQ_PC_4500410700.pdf", pdf([
         ("h1", "AGROMAQ — PEDIDO DE COMPRA / PURCHASE ORDER 4500410700"),
         ("pre", "Fornecedor / supplier: Coimbatore Alloy Foundry, Kurichi, Coimbatore 641021, India\n"
                 "Data / date: 27.05.2024 · Comprador / buyer: Rodrigo Menezes · Moeda / currency: USD\n"
                 "Quantidade total / total quantity: 15 pcs"),
         ("table", [
             ["Item", "Material", "Descrição / Description", "Qtde", "Preço unit."],
             ["00010", "AGQ-6015", "Caixa do diferencial / differential case, GJS-500-7 — amostras / samples",
              "16 PC", "USD 118.00"],
         ]),
         ("sp",),
         ("p", "Escopo / scope: 15 amostras / sample castings. Saldo de 485 pçs da cotação CAF/Q/2024/066 NÃO liberado "
               "/ balance of 485 pcs NOT released."),
         ("p", "Liberação do saldo somente após aprovação do PPAP e por escrito por Rodrigo Menezes (Compras). / "
               "Balance released only after PPAP approval and in writing by Rodrigo Menezes."),
         ("p", "Material: somente amostras / sample-only. Frete aéreo MAA - POA."),
     ], title="PC 4500410700", author="Rodrigo Menezes"))])

# #36 release mail says 200 pcs, attached release form says 250.
_rf = pdf([
    ("h1", "PRODUCTION RELEASE PR-HA-0612"),
    ("p", "Hartland Agri Machinery Inc. → Anadolu Döküm San. ve Tic. A.Ş. · Date 06/12/2024"),
    ("table", [
        ["Field", "Entry"],
        ["PO", "4500091377"],
        ["Part", "HA-27744 front axle pivot, EN-GJS-450-10"],
        ["Sample sign-off", "06/10/2024, layout + metallurgy, SSO-HA-0231"],
        ["Released quantity", "250 pcs"],
        ["Balance on hold", "550 pcs (next written release after first production lot is received)"],
        ["Authorized by", "Karen Mitchell, Commodity Buyer"],
    ]),
], pagesize=LETTER, title="PR-HA-0612", author="Karen Mitchell")
_m = mail("Karen Mitchell <kmitchell@hartlandagri.com>", "Mehmet Yılmaz <mehmet.yilmaz@anadoludokum.com.tr>",
          "HA-27744 - production release", "Wed, 12 Jun 2024 10:20:00 -0500",
          "Mehmet,\n\n"
          "Good news - the sample sign-off for HA-27744 is done. Production release attached: you are released for "
          "200 pcs now. The remaining 600 stay on hold until the next written release from me, after we have seen "
          "the first production lot.\n\n"
          "Please confirm the pour date.\n\nKaren\n"
          + sig("Karen Mitchell", "Commodity Buyer - Castings", HART, "+1 319 555 0164"),
          attachments=[("PR-HA-0612.pdf", _rf, PDF_MT)])
case("p38_mail_200_form_250", ["RG011"],
     "release mail says 200 pcs released (600 held), the attached release form says 250 released (550 held)",
     [("HA-27744_release.eml", eml_bytes(_m))])

# #37 English mail: release quantity 1,000; German call-off document: Abrufmenge 1.500.
_ab = docx_bytes([
    ("h1", "Lieferabruf Nr. 12"),
    ("p", "Rahmenvertrag 5600031122 · Lindner-Kraus Landtechnik GmbH → Ningbo Hengli Casting Co., Ltd. · 03.06.2024"),
    ("table", [
        ["Material", "Bezeichnung", "Abrufmenge (freigegeben)", "Liefertermin"],
        ["LK-880-0456", "Bremstrommel / brake drum, EN-GJL-250", "1.500 Stk", "KW 36/2024, FOB Ningbo"],
    ]),
    ("sp",),
    ("p", "Die Restmenge des Rahmenvertrags bleibt gesperrt bis Abruf Nr. 13, der nach Wareneingangsprüfung dieser "
          "Lieferung von Thomas Brandt unterschrieben wird."),
    ("p", "Thomas Brandt, Einkauf Guss"),
], author="Thomas Brandt")
_m = mail("Thomas Brandt <t.brandt@lindner-kraus.de>", "Vincent Zhang <vincent.zhang@nb-hengli.com.cn>",
          "Call-off 12 - LK-880-0456 brake drum", "Mon, 03 Jun 2024 14:00:00 +0200",
          "Dear Vincent,\n\n"
          "attached is call-off 12 for LK-880-0456 brake drum. Release quantity 1,000 pcs, delivery CW 36.\n\n"
          "The rest of the frame contract stays on hold until call-off 13, which I will sign after incoming "
          "inspection of this lot.\n\n"
          "Best regards\nThomas Brandt\n"
          + sig("Thomas Brandt", "Einkauf Guss / Purchasing Castings", LK, "+49 541 9987-214"),
          attachments=[("Lieferabruf_12.docx", _ab, DOCX_MT)])
case("p39_mail_1000_abruf_1500", ["RG011"],
     "English mail releases 1,000 pcs; the attached German call-off of the same number says Abrufmenge 1.500 Stk",
     [("Calloff_12_LK-880-0456.eml", eml_bytes(_m))])

# #38 multi-file: portal page says 40 pilot forgings, the PDF PO says 48.
case("p40_portal_40_pdf_48", ["RG011"],
     "folder: portal order view authorizes 40 pilot forgings (960 held), the PDF PO of the same order says 48 (952 held)",
     [("MK_portal_order_4500333560.html", html_page("Metsäkone Supplier Portal - order 4500333560", f"""
<h2>Metsäkone Supplier Portal — Order 4500333560</h2>
<p>Supplier: Shandong Taiyue Machinery Co., Ltd. &nbsp;|&nbsp; Buyer: Jukka Virtanen &nbsp;|&nbsp; Created 2024-06-03</p>
{table_html([["Line", "Part", "Description", "Ordered qty", "Scope", "Due"],
             ["10", "MK-70044", "Pivot pin forging, 34CrNiMo6", "40 pcs", "pilot", "week 30"]])}
<p>Pilot lot only. The balance of 960 pcs is not released until our receiving inspection accepts the pilot lot
and Jukka Virtanen signs a written release.</p>
""")),
      ("PO_4500333560.pdf", pdf([
          ("h1", "Metsäkone Oy — Purchase order 4500333560"),
          ("p", "Supplier: Shandong Taiyue Machinery Co., Ltd., Zhucheng · Date 2024-06-03 · Buyer Jukka Virtanen"),
          ("table", [
              ["Pos", "Item", "Description", "Qty", "Unit price"],
              ["10", "MK-70044", "Pivot pin forging, 34CrNiMo6, pilot lot", "48 pcs", "61,20 EUR"],
          ]),
          ("sp",),
          ("p", "Pilot lot only. The balance of 952 pcs is not released until our receiving inspection accepts the "
                "pilot lot and Jukka Virtanen signs a written release."),
      ], title="PO 4500333560", author="Jukka Virtanen"))])

# #39 ERP PO: "TWENTY (12) SAMPLE CASTINGS".
case("p41_twenty_12", ["RG011"],
     "PO note says 'TWENTY (12) SAMPLE CASTINGS' - words and figures disagree; line qty 12",
     [("KFM_PO_4600023301.txt", """\
KALLIO FOREST MACHINES OY                                  PURCHASE ORDER 4600023301
VAAJAKOSKENTIE 120, 40320 JYVASKYLA, FINLAND               DATE    : 2024-06-07
SUPPLIER: 71044 COIMBATORE ALLOY FOUNDRY                   BUYER   : MAKINEN LEENA
          KURICHI, COIMBATORE 641021, INDIA                TERMS   : 60 DAYS NET
DELIVERY: FCA CHENNAI                                      CURRENCY: EUR
-----------------------------------------------------------------------------
LINE ITEM       DESCRIPTION                              QTY UNIT   UNIT PRICE
   1 KFM-1180   SUPPORT ARM, EN-GJS-400-18-LT             12 PCS        134,00
                DRAWING KFM-1180 REV C, SAMPLE CASTINGS
-----------------------------------------------------------------------------
NOTE:
 THIS ORDER IS FOR TWENTY (12) SAMPLE CASTINGS ONLY.
 BALANCE 588 PCS OF QUOTE CAF/Q/2024/079 NOT RELEASED.
 BALANCE RELEASED ONLY AFTER ISIR SIGN-OFF BY ANTTI LAINE (SQE) AND A WRITTEN
 RELEASE SIGNED BY LEENA MAKINEN, PURCHASING MANAGER.
 MATERIAL: SAMPLE-ONLY. CHARPY -20 C TEST BARS REQUIRED, 3 PER HEAT.
""")])

# #40 buyer: deposit for the batch sent - "Green light from our side!" (thread quotes the sample PO).
_t = ("Hi Vincent,\n\n"
      "Our finance sent the 30% deposit for the TSA-3345 batch today, USD 24,300.00 - the swift copy will come "
      "from them directly.\n\n"
      "Green light from our side!\n\n"
      "Best regards,\nAna Paula\n"
      + sig("Ana Paula Ribeiro", "Compras", TSA, "+55 51 3477-2215")
      + "\nOn 2024-06-05 09:12, Vincent Zhang wrote:\n"
      + quote("Dear Ana,\n"
              "Attached PI NH-PI-24-0588 for the 30% deposit of the batch, please arrange.\n"
              "Best regards, Vincent\n\n"
              "On 2024-05-20 11:40, Ana Paula Ribeiro wrote:\n"
              "> PO 4500510600: 10 sample castings TSA-3345 only.\n"
              "> Balance 890 pcs not released until PPAP sign-off and a written release\n"
              "> by Ana Paula Ribeiro (Compras).\n"))
_m = mail("Ana Paula Ribeiro <ana.ribeiro@serraazul.com.br>", "Vincent Zhang <vincent.zhang@nb-hengli.com.cn>",
          "RE: PI NH-PI-24-0588 - deposit TSA-3345", "Mon, 10 Jun 2024 17:05:00 -0300", _t)
case("p42_deposit_sent_green_light", ["RG002", "RG012"],
     "buyer reports the batch deposit paid and adds 'Green light from our side!' with no quantity or sample scope",
     [("RE_PI_NH-PI-24-0588.eml", eml_bytes(_m))])

# #41 buyer's accounts payable: advance paid, 'please start the pour'; buyer's PO mail forwarded as rfc822.
_fwd = mail("Rodrigo Menezes <rodrigo.menezes@agromaq.com.br>", "Rajesh Patil <rajesh@shreeganeshcastings.co.in>",
            "PO 4500410822 - AGQ-9050 sample castings", "Tue, 14 May 2024 09:00:00 -0300",
            "Rajesh,\n\n"
            "PO 4500410822: 12 sample castings AGQ-9050 (lift arm bracket) only.\n"
            "Balance of 1,188 pcs is not released until PPAP sign-off and a written release from me, Rodrigo Menezes.\n"
            "30% advance on pattern and samples against your PI.\n\n"
            "Rodrigo\n")
_m = mail("Cláudia Rocha <contas.pagar@agromaq.com.br>", "Rajesh Patil <rajesh@shreeganeshcastings.co.in>",
          "Advance payment PO 4500410822 / Adiantamento", "Mon, 03 Jun 2024 16:15:00 -0300",
          "Prezado Rajesh,\n\n"
          "The 30% advance for PO 4500410822, USD 9,450.00, was transferred today (SWIFT ref. BRA24060300417).\n\n"
          "With the advance paid, please start the pour - the castings are needed for the harvest season.\n\n"
          "For your reference I am forwarding the PO e-mail from our buyer.\n\n"
          "Atenciosamente,\nCláudia Rocha\nContas a Pagar / Accounts Payable\n" + AGQ + "\n",
          attachments=[("rfc822", _fwd)])
case("p43_ap_advance_paid_start_pour", ["RG012"],
     "buyer's accounts payable says that with the advance paid the supplier should start the pour; forwarded PO holds the balance for PPAP + written release",
     [("Adiantamento_PO_4500410822.eml", eml_bytes(_m))])

# #42 supplier: PO accepted in ERP, therefore batch scheduled (HTML order confirmation attached).
_oc = html_page("Confirmação de pedido OV-24-1187", f"""
<h2>Fundição Tupiniquim Ltda — Confirmação de pedido / Order confirmation OV-24-1187</h2>
<p>Cliente: Lindner-Kraus Landtechnik GmbH &nbsp;|&nbsp; Seu pedido / your PO: 4500129033 &nbsp;|&nbsp; 05.06.2024</p>
{table_html([["Item", "Peça / part", "Descrição", "Qtde", "Status"],
             ["10", "LK-612-0990", "Suporte / bracket GJS-400-15 — amostras / samples", "8", "confirmado / confirmed, semana 25"],
             ["—", "LK-612-0990", "Lote de produção / production batch", "—", "programado / scheduled: vazamento semana 27"]])}
<p>Pedido aceito e registrado no ERP em 05.06.2024.</p>
""", lang="pt-BR")
_m = mail("Fernanda Lima <fernanda.lima@tupiniquim.ind.br>", "Thomas Brandt <t.brandt@lindner-kraus.de>",
          "Order confirmation OV-24-1187 - your PO 4500129033", "Wed, 05 Jun 2024 11:30:00 -0300",
          "Dear Mr. Brandt,\n\n"
          "Your PO 4500129033 has been accepted and registered in our ERP as order OV-24-1187.\n\n"
          "Since the PO is accepted and confirmed on our side, the production of the batch is scheduled for pour "
          "week 27 - please see the attached order confirmation. The 8 samples will be shipped in week 25.\n\n"
          "Best regards,\nFernanda Lima\nComercial - Fundição Tupiniquim Ltda\n+55 47 3433-1820\n",
          attachments=[("OV-24-1187.html", _oc, "text/html")])
case("p44_po_accepted_batch_scheduled", ["RG012"],
     "supplier treats its acceptance of the PO as authority and schedules the production batch pour",
     [("OV-24-1187_confirmation.eml", eml_bytes(_m))])

# #43 WhatsApp: pattern charges received, hence proceeding with production castings.
case("p45_chat_pattern_paid_proceeding", ["RG012"],
     "chat: supplier takes receipt of the pattern charges as the trigger to start production castings; buyer only acknowledges payment",
     [("WhatsApp_Chat_SGC_Redwater.txt", """\
[28/05/24, 21:14:02] Dave Kowalski (Redwater): Rajesh, PO 7100047001 is out: 10 sample castings RW-45120 only. Balance 790 not released until PPAP sign-off and a written release from me.
[28/05/24, 21:40:51] Rajesh Patil SGC: Noted Dave sir, thank you for the order 🙏
[07/06/24, 11:02:13] Rajesh Patil SGC: Good morning Dave sir 🙏
[07/06/24, 11:02:40] Rajesh Patil SGC: Pattern charges USD 12,400 received in our account today, thank you very much sir
[07/06/24, 11:03:55] Rajesh Patil SGC: Hence we are proceeding with production castings of RW-45120 from Monday. Moulding line booked 👍
[07/06/24, 11:20:31] Dave Kowalski (Redwater): Morning Rajesh. Got it, thanks for confirming the payment.
""")])


# =================================================================== BUILD
def _stem(fn):
    s = fn.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")


def build():
    assert len(CASES) == 70, len(CASES)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names)
    order = list(range(len(CASES)))
    random.Random(4141).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for n, idx in enumerate(order, start=1):
        c = CASES[idx]
        folder = f"h41_{n:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    build()
