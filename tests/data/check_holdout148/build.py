#!/usr/bin/env python3
"""Generator for the releasegate check_holdout148 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout148/build.py

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
    m["Message-ID"] = msgid or f"<h148-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h148")
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



def E(m):
    """Render an EmailMessage to bytes."""
    return eml_bytes(m)


def hp(title, body):
    return html_page(title, body)


def table_html(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}\n</table>"


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


# =================================================================== CASES
# ------------------------------------------------------------- clean, batch 1
# c01: a mill quotation on its own, sample and bulk tiers -> clean (no authorization in bundle)
case("c01_quote_tiers", [], "supplier quotation with hand-feel sample and bulk tiers, nothing authorized", [
    ("FTM_Quotation_Q-24-0611.pdf", pdf([
        ("h1", "FAISALABAD TERRY MILLS (PVT) LTD"),
        ("p", "Plot 41, Sargodha Road, Faisalabad 38000, Pakistan  |  NTN 4412876-3  |  www.ftm-terry.pk"),
        ("h", "QUOTATION Q-24-0611"),
        ("p", "To: Harborline Hotels Inc., Attn. Ms. Megan Doyle, Director of Sourcing, 200 W Madison St, Chicago IL 60606"),
        ("p", "Date: 03-Jun-2024. Validity: 45 days. Article: Zero-twist bath towel 70x140 cm, 600 GSM, 100% combed cotton, "
              "dobby border, colour White + Harbor Navy (Pantone 19-4024 TCX)."),
        ("table", [
            ["S.No", "Stage", "Quantity", "Unit price (USD, FOB Karachi)", "Lead time"],
            ["1", "Lab dips (3 options, Harbor Navy)", "-", "no charge", "7 days"],
            ["2", "Hand-feel / pre-production sample", "20 pcs", "9.50", "18 days after lab dip selection"],
            ["3", "Bulk production (MOQ 3,000 per colour)", "6,000 pcs", "6.85", "55 days after bulk go-ahead"],
        ]),
        ("sp",),
        ("p", "Remarks: Prices based on cotton yarn Ne 16/1 at PKR 2,840 per 10 lbs; subject to revision if yarn moves "
              "more than 5%. Shrinkage tolerance ±5% (ISO 6330, 5A at 60°C). Packing: 6 pcs per polybag, 60 pcs per 5-ply carton."),
        ("p", "Payment terms: 30% advance against proforma invoice, balance against copy of B/L."),
        ("p", "This is a quotation only and not an order confirmation. Quantities are indicative for pricing."),
        ("p", "For Faisalabad Terry Mills — Muhammad Usman Tariq, Export Merchandiser, +92 41 8867 214"),
    ], title="Quotation Q-24-0611", author="FTM Export")),
])

# c02: supplier asks whether it may start bulk dyeing; buyer answers with a complete scope -> clean
case("c02_whatsapp_question", [], "supplier asks for go-ahead (question); buyer reply gives full scope and sample-only material", [
    ("WhatsApp Chat with Usman FTM.txt",
     "[04/06/2024, 10:14:22] Usman Tariq FTM: Good morning Megan sahiba, hope you are well\n"
     "[04/06/2024, 10:14:40] Usman Tariq FTM: Thank you for selecting lab dip C yesterday\n"
     "[04/06/2024, 10:15:31] Usman Tariq FTM: Sir/madam one question - do we have go-ahead for bulk dyeing of 3,000 pcs navy? "
     "Dyeing house is asking to book slot for week 26\n"
     "[04/06/2024, 10:16:02] Usman Tariq FTM: <Media omitted>\n"
     "[04/06/2024, 15:47:19] Megan Doyle Harborline: Hi Usman, thanks for checking before booking anything\n"
     "[04/06/2024, 15:49:55] Megan Doyle Harborline: Short answer is no. Under PO HL-44817 the only thing released is the "
     "24 hand-feel samples (12 white, 12 navy). Please make and courier those 24 now.\n"
     "[04/06/2024, 15:51:08] Megan Doyle Harborline: The 3,000 navy and the 3,000 white are NOT released - they stay on hold "
     "until our housekeeping team signs off the 24 samples after the wash test and I send you a written release. "
     "That release comes from me (Megan Doyle) and nobody else.\n"
     "[04/06/2024, 15:51:40] Megan Doyle Harborline: So please don't book the dyeing slot and don't buy bulk yarn. "
     "Material authority is sample-only for now.\n"
     "[04/06/2024, 15:58:12] Usman Tariq FTM: Noted madam. Only 24 pcs samples, no bulk booking. Will courier by DHL on 14th\n"
     "[04/06/2024, 15:58:30] Usman Tariq FTM: 👍\n"),
])

# c03: labelled forecast on the buyer's portal -> clean
case("c03_portal_forecast", [], "rolling replenishment forecast clearly labelled not an order, no commitment", [
    ("AlNoor_SupplierPortal_Forecast_2025.html", hp("Al Noor Hospitality — Supplier Portal — Forecast", (
        "<h1>Al Noor Hospitality L.L.C. — Supplier Portal</h1>\n"
        "<p>Supplier: <b>Nantong Jiahe Home Textiles Co., Ltd.</b> (vendor no. 700318) &nbsp;|&nbsp; Logged in: lily.zhou@jiahe-hometex.cn</p>\n"
        "<h2>Rolling forecast — 2025 linen replenishment</h2>\n"
        "<div class=\"note\"><b>FORECAST ONLY — NOT A PURCHASE ORDER.</b> The figures below are planning estimates shared "
        "so you can plan capacity. They do not authorise production or the purchase of yarn, greige or trims, and they create no "
        "commitment for Al Noor Hospitality. A quantity becomes an order only through a purchase order line with a written "
        "release.</div>\n"
        + table_html([
            ["Item", "Property", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"],
            ["King duvet cover 300TC sateen, white", "Al Noor Marina Tower (Dubai)", "420", "380", "300", "450"],
            ["King duvet cover 300TC sateen, white", "Al Noor Corniche (Abu Dhabi)", "260", "240", "200", "280"],
            ["Pillowcase 50x75 Oxford", "all properties", "2,400", "2,200", "1,800", "2,600"],
            ["Bath mat 50x80 900 GSM", "all properties", "900", "850", "700", "950"],
        ])
        + "\n<p>Forecast version F-2025-02, published 10 June 2024 by Group Procurement. Next update: 10 September 2024.</p>\n"
        "<p>Questions about this forecast: procurement@alnoor-hospitality.ae</p>"))),
])

# c04: full-quantity PO with "please proceed" -> clean (no balance)
case("c04_full_po", [], "full-quantity replenishment PO, no balance; proceed applies to the listed quantities", [
    ("SCL_PO-20931.pdf", pdf([
        ("h1", "Southern Cross Linen Services Pty Ltd"),
        ("p", "ABN 61 104 778 230  |  14 Fennell Street, Port Melbourne VIC 3207, Australia"),
        ("h", "PURCHASE ORDER SCL-PO-20931"),
        ("p", "Supplier: Nantong Jiahe Home Textiles Co., Ltd., No. 88 Gongnong Road, Nantong, Jiangsu, China"),
        ("p", "Date: 11 June 2024  |  Incoterm: FOB Shanghai  |  Currency: AUD  |  Buyer: Kylie Brennan"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
            ["1", "SCL-BS-90160", "Bath sheet 90x160, 550 GSM, white, 16s ring-spun", "900", "pcs", "11.40", "10,260.00"],
            ["2", "SCL-BT-70140", "Bath towel 70x140, 550 GSM, white", "1,800", "pcs", "7.10", "12,780.00"],
            ["3", "SCL-HT-4070", "Hand towel 40x70, 550 GSM, white", "1,800", "pcs", "2.95", "5,310.00"],
            ["", "", "Total", "4,500", "pcs", "", "28,350.00"],
        ]),
        ("sp",),
        ("p", "Order note: This purchase order is for the quantities listed above and nothing else. It is the complete "
              "quantity for the 2024 commercial laundry replenishment of these three items; there is no further balance "
              "or follow-on lot under this PO. Please proceed with production of all three lines as listed."),
        ("p", "Specification: shrinkage max 5% length and width after 5 washes at 75°C (ISO 6330 procedure 9N); "
              "colour white CIE whiteness min 140; hemmed with 4-thread overlock and Dacron thread. Woven label SCL "
              "with wash code 75 and batch code."),
        ("p", "Delivery: ex-mill no later than 23 August 2024. Packing: 10 pcs per bundle, strapped; 4 bundles per carton."),
        ("p", "Payment: T/T 60 days from B/L date. Please acknowledge within 3 working days to purchasing@scl.com.au."),
    ], title="SCL-PO-20931", author="Southern Cross Linen Services")),
])

# c05: sample PO (DOCX) with all four scope elements -> clean
case("c05_sample_po_docx", [], "sample PO with active qty, balance not released, sign-off + written release, named person, sample-only material", [
    ("MHG-PO-3307_Panipat.docx", docx_bytes([
        ("h1", "Meridian Hospitality Group plc — Purchase Order MHG-PO-3307"),
        ("p", "Supplier: Panipat Weaves Pvt. Ltd., G.T. Road, Panipat 132103, Haryana, India (supplier code PW-019)"),
        ("p", "Issued: 12 June 2024. Buyer: Tom Ashworth, Category Buyer — Guest Room Textiles. Delivery: DAP London Heathrow."),
        ("table", [
            ["Line", "Article", "Description", "Qty", "Scope"],
            ["1", "MHG-DC-K300", "Duvet cover, super king, 300TC cotton percale, white, 2 cm piping", "12 sets", "sample"],
            ["2", "MHG-PC-5075", "Housewife pillowcase 50x75, 300TC percale, white (pairs)", "12 pairs", "sample"],
        ]),
        ("sp",),
        ("h", "Scope of this purchase order"),
        ("p", "This PO authorises the pre-production samples in lines 1 and 2 only (12 duvet cover sets and 12 pillowcase pairs). "
              "Please make and dispatch these samples now so they reach us by 12 July 2024."),
        ("p", "The production quantity shown in your quotation PW/Q/2291 (3,600 sets) is for information and is not released by "
              "this PO. It stays on hold until (a) our housekeeping panel signs off the samples after a 25-wash test at 75°C and "
              "(b) you receive a written release signed by Eleanor Hartley, Head of Procurement."),
        ("p", "Material authority: sample-only. Please do not book bulk yarn, greige or trims against this PO."),
        ("h", "Specification summary"),
        ("li", "Thread count 300 (Ne 60 x Ne 60 combed), plain weave, mercerised, optical white"),
        ("li", "Shrinkage max 3% (ISO 6330 5A, 3 cycles); pilling grade 4 (ISO 12945-2)"),
        ("li", "Care label per ISO 3758:2023; country of origin India"),
        ("p", "Kind regards, Tom Ashworth — tom.ashworth@meridian-hg.co.uk — +44 20 7946 0321"),
    ], author="Tom Ashworth")),
])

# c06: ERP call-off with staged material authority above the released quantity -> clean
case("c06_calloff_staged", [], "call-off releases 1,200; explicit staged material authority to 3,600; balance on hold until next call-off by named manager", [
    ("CO-2024-017_Alcazar.txt",
     "GRUPO ALCAZAR HOTELES S.L.                                   PAGINA 1/1\n"
     "C/ Serrano 88, 28006 Madrid  CIF B-87412355\n"
     "==========================================================================\n"
     "PEDIDO DE ENTREGA / CALL-OFF          NO. CO-2024-017     FECHA 14.06.2024\n"
     "ACUERDO MARCO / FRAME AGMT            FA-2024-003 (albornoces)\n"
     "PROVEEDOR / SUPPLIER                  GUIMARAES TEXTEIS LDA  (PROV 40211)\n"
     "                                      Rua da Ponte 12, 4810-225 Guimaraes PT\n"
     "COMPRADOR / BUYER                     ANA BELEN SORIA\n"
     "--------------------------------------------------------------------------\n"
     "POS  ARTICULO      DESCRIPCION                       CANT.      UD   ENTREGA\n"
     "010  ALB-WF-L      ALBORNOZ WAFFLE L BLANCO           400,00   UDS  30.08.24\n"
     "020  ALB-WF-XL     ALBORNOZ WAFFLE XL BLANCO          500,00   UDS  30.08.24\n"
     "030  ALB-WF-XXL    ALBORNOZ WAFFLE XXL BLANCO         300,00   UDS  30.08.24\n"
     "                                         TOTAL     1.200,00   UDS\n"
     "--------------------------------------------------------------------------\n"
     "TEXTO / NOTE (EN):\n"
     " RELEASED FOR PRODUCTION BY THIS CALL-OFF: 1.200 ROBES (POS 010-030).\n"
     " FRAME AGREEMENT TOTAL 3.600 ROBES. BALANCE 2.400 NOT RELEASED - ON HOLD\n"
     " UNTIL THE NEXT CALL-OFF, WHICH ONLY JAVIER MORALES RUIZ (JEFE DE COMPRAS)\n"
     " SIGNS.\n"
     " MATERIAL AUTHORITY: STAGED. SUPPLIER MAY BUY AND HOLD WAFFLE GREIGE AND\n"
     " YARN FOR UP TO 3.600 ROBES AT BUYER LIABILITY (FA-2024-003 CL. 7.2).\n"
     " MAKING-UP / DYEING ONLY FOR THE 1.200 RELEASED.\n"
     "--------------------------------------------------------------------------\n"
     "ENTREGA: DAP ALMACEN CENTRAL, POL. IND. COSLADA NAVE 14, 28823 COSLADA\n"
     "ETIQUETADO: NORMA UNE-EN ISO 3758. EMBALAJE 10 UDS/CAJA.\n"
     "FIRMADO: J. MORALES RUIZ                           SAP DOC 4500118472\n"),
])

# c07: explicit, recorded auto-conversion -> clean
_c07_text = (
    "Dear Mehmet Bey,\n\n"
    "Thank you for the call on Thursday. To put in writing what we recorded in Amendment 1 to PO BF-77120 "
    "(signed by me on 6 June and countersigned by you on 7 June 2024):\n\n"
    "1. What you make now: the 40 pre-production samples of the Ribbed Bath Towel 70x130 (20 Chalk, 20 Sage). Please ship "
    "them by 28 June.\n"
    "2. Auto-conversion, agreed and recorded: if the 40 samples pass our lab (shrinkage max 5% after 3 washes at 60°C, "
    "ISO 6330; weight 600 g/m² ±5%) and Hannah Price, our Quality Manager, signs the sample sign-off form, that signed form "
    "by itself releases lot 1 of 2,000 pcs (1,000 Chalk, 1,000 Sage). You do not need to wait for a further email for lot 1.\n"
    "3. Nothing else converts. Lot 2 (4,000 pcs) is not released and stays on hold until I send a separate written release.\n"
    "4. Material authority: you may buy yarn for lot 1 (2,000 pcs) once the form is signed; nothing for lot 2.\n\n"
    "Kind regards,\nOliver Grant\nSenior Buyer, Bathroom & Towels\nBramwell & Finch Ltd\n"
    "1 Deansgate Quay, Manchester M3 4LZ\n+44 161 496 0722\n"
)
case("c07_autoconversion", [], "explicit recorded auto-conversion naming quantity, signer and conditions; lot 2 on hold until written release", [
    ("RE_BF-77120_Amendment1.eml", E(mail(
        "Oliver Grant <oliver.grant@bramwellfinch.co.uk>", "Mehmet Yilmaz <mehmet.yilmaz@denizlihavlu.com.tr>",
        "BF-77120 Ribbed Bath Towel - Amendment 1 in writing", "Mon, 10 Jun 2024 09:32:00 +0100", _c07_text,
        html="<p>" + escape(_c07_text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>",
        cc="Hannah Price <hannah.price@bramwellfinch.co.uk>"))),
])

# c08: supplier says the deposit does not release production -> clean
_c08_buyer = (
    "PO OCH-PO-5562 note: This PO covers 6 strike-off panels (blackout, Desert Sand) now. The 1,140 finished curtain panels "
    "for the Yas Island property are not released and remain on hold until the strike-offs are signed off by our interior "
    "design team and Mr. Rashid Al Suwaidi, Procurement Director, issues a written release. Material authority: sample-only.\n"
    "A 30% deposit is payable on this PO as per our frame terms."
)
case("c08_deposit_not_release", [], "supplier confirms deposit received and says it does not release production; quoted buyer scope is complete", [
    ("Deposit_received_OCH-PO-5562.eml", E(mail(
        "Serkan Aydin <serkan.aydin@bursaperde.com.tr>", "Rashid Al Suwaidi <r.alsuwaidi@oasiscrown.ae>",
        "RE: OCH-PO-5562 - deposit and strike-offs", "Tue, 18 Jun 2024 11:05:00 +0300",
        "Dear Mr. Rashid,\n\n"
        "Good day. We confirm receipt of your 30% deposit, USD 14,250.00, value date 17 June 2024. Thank you.\n\n"
        "Please note that we understand the deposit does not release production. As per your PO note below we are making only "
        "the 6 strike-off panels. We will not cut or sew any of the 1,140 panels and we will not order the bulk blackout fabric "
        "until we receive your written release after the strike-off sign-off.\n\n"
        "Strike-offs will be dispatched by Aramex on 24 June, AWB to follow.\n\n"
        "Best regards,\nSerkan Aydin\nExport Manager\nBursa Perde Tekstil San. ve Tic. A.S.\nDemirtas OSB, 16245 Osmangazi / Bursa\n"
        "+90 224 261 44 90\n\n"
        "-----Original Message-----\nFrom: Rashid Al Suwaidi\nSent: 12 June 2024 09:10\n\n" + quote(_c08_buyer) + "\n"))),
])

# c09: supplier acknowledgement restating the hold -> clean
case("c09_supplier_ack_pdf", [], "supplier acknowledgement restates sample-only scope and hold; non-authorizing and consistent", [
    ("KLE_OrderAck_CL-550210.pdf", pdf([
        ("h1", "KARUR LINEN EXPORTS"),
        ("p", "SF No. 212, Thanthonimalai, Karur 639005, Tamil Nadu, India  |  IEC 0412009871  |  GSTIN 33AAACK4417P1Z5"),
        ("h", "ORDER ACKNOWLEDGEMENT — your PO CL-550210"),
        ("p", "To: Casa Lumen Inc., Ms. Jennifer Alvarez, Sourcing Manager Table & Kitchen, 1450 Broadway, New York NY 10018"),
        ("p", "Date: 13 June 2024"),
        ("table", [
            ["Item", "Description", "Acknowledged qty", "Scope"],
            ["CL-NAP-45", "Dinner napkin 45x45 cm, linen-cotton 55/45, stonewashed, colour Oat", "12 pcs", "sample"],
            ["CL-TC-150", "Tablecloth 150x250 cm, same quality", "6 pcs", "sample"],
        ]),
        ("sp",),
        ("p", "We acknowledge your PO as written: 18 sample pieces only (12 napkins and 6 tablecloths), ready 5 July 2024."),
        ("p", "We note that the bulk quantity of 4,320 pcs mentioned in our offer KLE/OF/118 is not released. We will not "
              "purchase bulk yarn or weave bulk greige. Bulk will start only after your sample sign-off and a written release "
              "from Ms. Jennifer Alvarez."),
        ("p", "For Karur Linen Exports — S. Karthikeyan, Merchandising Head, +91 4324 260 318"),
    ], title="Order acknowledgement CL-550210", author="Karur Linen Exports")),
])

# c10: lab dip approved for shade only, quoted thread -> clean
_c10_supplier = (
    "Dear Darren,\n\n"
    "Please find attached photos of lab dips A, B and C for the Navy bath towel (ref. PLC-BT-NV). Physical dips sent by "
    "DHL 1873 5520 44. Kindly advise your approval.\n\n"
    "Regards,\nAyesha Siddiqui\nMerchandiser, Indus Home Textiles (Pvt) Ltd, Karachi"
)
_c10_text = (
    "Hi Ayesha,\n\n"
    "Dips arrived this morning, thanks. Lab dip B (closest to Pantone 19-4024) is approved for shade only. That is not a go "
    "for bulk.\n\n"
    "Next step: please make 10 hand-feel samples of the 70x140 bath towel in shade B. That's the only quantity released on "
    "PO PLC-8841 right now.\n\n"
    "The 2,500 bath towels on the PO remain on hold - not released - until the 10 samples pass our 50-wash test at our "
    "Brisbane plant and I send you a written release. Please keep bulk yarn and dyeing on hold too; material authority is "
    "sample-only.\n\n"
    "Cheers,\nDarren Kowalski\nProcurement Manager\nPacific Laundry Co. Pty Ltd\n22 Hamilton Rd, Brisbane QLD 4007\n+61 7 3161 2290\n"
)
case("c10_labdip_scoped", [], "lab dip approved for shade only; 10 hand-feel samples released; 2,500 on hold until wash test + written release by named manager", [
    ("RE_Lab dips Navy PLC-8841.eml", E(mail(
        "Darren Kowalski <darren.k@pacificlaundry.com.au>", "Ayesha Siddiqui <ayesha@indushometex.pk>",
        "RE: Lab dips Navy - PLC-8841", "Wed, 19 Jun 2024 08:41:00 +1000",
        _c10_text + "\nOn Mon, 17 Jun 2024 at 14:02, Ayesha Siddiqui <ayesha@indushometex.pk> wrote:\n" + quote(_c10_supplier) + "\n",
        in_reply_to="<lab-dips-0617@indushometex.pk>"))),
])

# c11: full PO with identifiers that look like quantities, European number format -> clean
case("c11_identifiers_po", [], "full-quantity PO; article numbers, GSM, ISO norms and cert numbers look like quantities; no balance", [
    ("Pedido_HMS-2024-0450.pdf", pdf([
        ("h1", "Hoteles Mediterráneo Sol S.A."),
        ("p", "Av. de la Costa 1200, 03540 Alicante, España  |  NIF A-03118830"),
        ("h", "PEDIDO DE COMPRA / PURCHASE ORDER HMS-2024/0450"),
        ("p", "Proveedor / Supplier: Fábrica de Atoalhados do Ave, S.A., Rua Industrial 600, 4760-450 V.N. Famalicão, Portugal"),
        ("p", "Fecha / Date: 17.06.2024  |  Comprador / Buyer: Lucía Fernández Vidal  |  Incoterm DAP Alicante"),
        ("table", [
            ["Pos.", "Art.", "Descripción / Description", "Cant. / Qty", "Precio €", "Importe €"],
            ["1", "1200-600-450", "Toalla baño 70x140, 600 g/m², rizo 100% algodón, blanco", "1.500 uds", "8,40", "12.600,00"],
            ["2", "1200-600-300", "Toalla lavabo 50x100, 600 g/m², blanco", "1.500 uds", "4,35", "6.525,00"],
            ["3", "1200-450-120", "Toalla bidé 30x50, 450 g/m², blanco", "3.000 uds", "1,15", "3.450,00"],
            ["", "", "Total", "6.000 uds", "", "22.575,00"],
        ]),
        ("sp",),
        ("p", "Normas / Standards: etiquetado según ISO 3758:2023; lavado EN ISO 6330:2012 procedimiento 4N (60 °C); "
              "solidez ISO 105-C06:2010 grado ≥ 4; certificado OEKO-TEX Standard 100 nº 21.HPT.12345 (Hohenstein). "
              "Tejido Ne 16/1, 2 hilos, rizo 4,5 mm. Lote de tintura máx. 1.000 uds."),
        ("p", "This order is for the full quantity listed above (6.000 uds across three lines). There is no balance or "
              "further lot. Please proceed with production of positions 1 to 3 in these quantities. Pedido completo — no hay "
              "saldo pendiente."),
        ("p", "Entrega / Delivery: semana 36, almacén central Alicante, muelle 12. Pago: 60 días fecha factura."),
    ], title="HMS-2024/0450", author="Compras HMS")),
])

# c12: old quote forwarded as rfc822 and declared informational -> clean
_c12_old = mail(
    "Lily Zhou <lily.zhou@jiahe-hometex.cn>", "Khalid Rahman <k.rahman@alnoor-hospitality.ae>",
    "Quotation bathrobes 2023 - JH-Q-2023-118", "Thu, 09 Nov 2023 16:20:00 +0800",
    "Dear Mr. Khalid,\n\nAs discussed at the Canton Fair, please see our offer:\n\n"
    "Waffle bathrobe, kimono collar, 100% cotton 280 GSM, white, S/M-L/XL: 5,000 pcs @ USD 8.90 FOB Shanghai\n"
    "Terry bathrobe, shawl collar, 400 GSM velour, white: 5,000 pcs @ USD 12.60 FOB Shanghai\n"
    "MOQ 1,000 pcs per style. Delivery 50 days after order.\n\nBest regards\nLily Zhou\nSales Manager\nNantong Jiahe Home Textiles Co., Ltd.\n")
_c12_text = (
    "Dear Lily,\n\n"
    "Please find our sample PO ANH-PO-1193 below. For pricing reference only I have forwarded your 2023 quotation "
    "JH-Q-2023-118. The prices and the 5,000 pcs in that old quotation are informational; the 5,000 pcs is not released and "
    "is not part of this PO.\n\n"
    "PO ANH-PO-1193 - scope\n"
    "- Released now: 8 sample bathrobes (4 waffle kimono, 4 terry shawl collar), size L/XL, with our embroidered logo.\n"
    "- Any production quantity is on hold and not released. It can only be released after our housekeeping team signs off "
    "the 8 samples (hand-feel, shrinkage, embroidery) and I issue a written release.\n"
    "- Material authority: sample-only. Please do not buy bulk fabric.\n\n"
    "Please send the samples to our Dubai office by 15 July.\n\n"
    "Best regards,\nKhalid Rahman\nGroup Procurement Manager\nAl Noor Hospitality L.L.C.\nPO Box 71220, Dubai, UAE\n+971 4 555 0190\n"
)
case("c12_forward_old_quote", [], "old 5,000 pcs quote forwarded as rfc822 and declared informational; sample PO scope complete", [
    ("ANH-PO-1193_samples.eml", E(mail(
        "Khalid Rahman <k.rahman@alnoor-hospitality.ae>", "Lily Zhou <lily.zhou@jiahe-hometex.cn>",
        "ANH-PO-1193 sample bathrobes (+ old quote for reference)", "Thu, 20 Jun 2024 10:00:00 +0400", _c12_text,
        attachments=[("rfc822", _c12_old)]))),
])

# ------------------------------------------------------------- clean, batch 2
# c13: quoted supplier assumption of auto-conversion, buyer corrects it -> clean
_c13_supplier = (
    "Dear Eleanor madam,\n\n"
    "Greetings from Panipat. The 12 PP sets are in stitching and will be ready Friday.\n\n"
    "To save time for your September opening, once you approve the PP samples we will start the bulk of 3,600 sets directly, "
    "so no need to send separate mail. Yarn mill is holding a slot for us.\n\n"
    "Thanks & regards\nRohit Malhotra\nMarketing Manager, Panipat Weaves Pvt. Ltd."
)
_c13_text = (
    "Dear Rohit,\n\n"
    "Thanks for the update on the PP sets - Friday is fine.\n\n"
    "On the bulk, please don't. Our sign-off of the PP samples releases nothing by itself. Today the only quantity released "
    "on MHG-PO-3307 is the 12 PP sets. The 3,600 sets stay on hold, not released, until the housekeeping panel has signed "
    "off the samples and I have sent you a separate written release. Until then please don't take up the yarn slot; "
    "material authority remains sample-only.\n\n"
    "I know the September date is tight. If the samples are signed off by 19 July I will aim to send the written release "
    "the same week.\n\n"
    "Best regards,\nEleanor Hartley\nHead of Procurement\nMeridian Hospitality Group plc\n30 Great Guildford St, London SE1 0HS\n"
    "+44 20 7946 0300\n\nThis email and any files transmitted with it are confidential and intended solely for the addressee.\n"
)
case("c13_buyer_corrects_autoconv", [], "quoted supplier assumes auto-conversion; buyer reply refuses it and restates full scope", [
    ("RE_PP samples status MHG-PO-3307.eml", E(mail(
        "Eleanor Hartley <eleanor.hartley@meridian-hg.co.uk>", "Rohit Malhotra <rohit@panipatweaves.in>",
        "RE: PP samples status - MHG-PO-3307", "Mon, 24 Jun 2024 17:12:00 +0100",
        _c13_text + "\n-----Original Message-----\nFrom: Rohit Malhotra <rohit@panipatweaves.in>\nSent: 24 June 2024 12:31\n"
        "Subject: PP samples status - MHG-PO-3307\n\n" + quote(_c13_supplier) + "\n",
        cc="Tom Ashworth <tom.ashworth@meridian-hg.co.uk>", in_reply_to="<pp-status-0624@panipatweaves.in>"))),
])

# c14: multi-file: PO text + supplier quote PDF; PO declares quote quantity informational -> clean
case("c14_po_plus_quote", [], "two-file bundle: sample PO names the quote's 2,400 as informational and not released; full scope", [
    ("CL-550381_PO.txt",
     "CASA LUMEN INC.                         PURCHASE ORDER        CL-550381\n"
     "1450 Broadway, 9th Fl, New York NY 10018             DATE     06/18/2024\n"
     "VENDOR: NANTONG JIAHE HOME TEXTILES CO LTD (V-20871)  BUYER    J. ALVAREZ\n"
     "SHIP TO: CASA LUMEN DC, 900 CORPORATE DR, EDISON NJ 08837\n"
     "---------------------------------------------------------------------------\n"
     "LN  SKU          DESCRIPTION                          QTY  UOM   UNIT $   EXT $\n"
     "10  CL-CUR-LNB   LINEN-BLEND CURTAIN PANEL 52X96 FLAX     4  EA    0.00    0.00\n"
     "                 (SAMPLE - NO CHARGE PER QUOTE)\n"
     "---------------------------------------------------------------------------\n"
     "PO NOTES:\n"
     "1. SCOPE: THIS PO RELEASES LINE 10 ONLY - 4 SAMPLE PANELS. MAKE AND SHIP\n"
     "   THE 4 PANELS NOW (AIR, FEDEX ACCT 4410-2219-8).\n"
     "2. VENDOR QUOTE NJ-Q-0912 IS ATTACHED FOR PRICING REFERENCE. ITS PRODUCTION\n"
     "   QUANTITY (2,400 PANELS) IS INFORMATIONAL AND IS NOT RELEASED.\n"
     "3. PRODUCTION STAYS ON HOLD UNTIL CASA LUMEN QA SIGNS OFF THE SAMPLES (FIT,\n"
     "   HAND, 3-WASH SHRINKAGE AATCC 135) AND A REVISED PO WITH A PRODUCTION LINE\n"
     "   IS ISSUED AND SIGNED BY JENNIFER ALVAREZ, SOURCING MANAGER.\n"
     "4. MATERIAL AUTHORITY: SAMPLE-ONLY. NO BULK FABRIC BOOKING.\n"
     "---------------------------------------------------------------------------\n"
     "TERMS: NET 60. CASA LUMEN VENDOR MANUAL REV 7 APPLIES.\n"),
    ("NJ-Q-0912_quotation.pdf", pdf([
        ("h1", "Nantong Jiahe Home Textiles Co., Ltd."),
        ("p", "No. 88 Gongnong Road, Chongchuan District, Nantong 226001, Jiangsu, China"),
        ("h", "Quotation NJ-Q-0912"),
        ("p", "Customer: Casa Lumen Inc. (Ms. Jennifer Alvarez). Date: 2024-06-05. Valid 60 days."),
        ("table", [
            ["Item", "Description", "Qty", "Price USD FOB Shanghai"],
            ["1", "Sample panels 52x96 in, linen-blend 55/45, flax, rod pocket + back tabs", "4 pcs", "free of charge"],
            ["2", "Production panels, same spec, 2 per polybag, 12 per carton", "2,400 pcs", "14.20"],
        ]),
        ("sp",),
        ("p", "Lead time: samples 12 days; production 45 days after confirmation. Fabric: 55% linen 45% cotton, 210 g/m², "
              "shrinkage ±3%."),
        ("p", "Lily Zhou, Sales Manager, +86 513 8551 0622"),
    ], title="NJ-Q-0912", author="Nantong Jiahe")),
])

# c15: WeChat: strike-off signed off for colour only, samples released, bulk on hold -> clean
case("c15_wechat_strikeoff", [], "strike-off sign-off for colour only; 6 sample panels released; 960 on hold until test + written release by named buyer", [
    ("WeChat_Mingda_Kylie_2024-06.txt",
     "微信聊天记录 / WeChat chat history export\n"
     "Chat: Kylie Brennan (Southern Cross Linen) <-> Vivian Chen 陈薇 (Shaoxing Mingda Textile)\n"
     "Exported 2024-06-26 09:02\n\n"
     "2024-06-25 10:31  Vivian Chen 陈薇: Hi Kylie, did you receive strike-off #2? Colour Eucalyptus, we adjust 5% less yellow\n"
     "2024-06-25 10:31  Vivian Chen 陈薇: [Image]\n"
     "2024-06-25 16:05  Kylie Brennan: Got it yesterday. #2 is spot on for colour - we're signing it off for colour only\n"
     "2024-06-25 16:07  Kylie Brennan: Next step please make 6 made-up sample panels (blockout, 180x223, eyelet) in "
     "Eucalyptus. Those 6 are the only thing released under PO SCL-PO-21044\n"
     "2024-06-25 16:09  Kylie Brennan: The 960 panels for the Gold Coast job aren't released. They stay on hold until the "
     "sample panels pass flammability (AS 1530.2) and I send you a written release\n"
     "2024-06-25 16:09  Kylie Brennan: So no bulk fabric order yet pls - fabric for the 6 only\n"
     "2024-06-25 16:20  Vivian Chen 陈薇: OK understand. Only 6 panels, no bulk fabric. Ship by FedEx next Thursday 🙂\n"
     "2024-06-25 16:21  Kylie Brennan: Perfect, thanks Viv\n"),
])

# c16: production release letter (PDF) -> clean
case("c16_release_letter", [], "release letter: 2,000 released after sample sign-off by named director; 4,000 not released pending written release", [
    ("Harborline_ProductionRelease_PR-2024-031.pdf", pdf([
        ("h1", "Harborline Hotels Inc."),
        ("p", "200 W Madison St, Suite 2700, Chicago IL 60606  |  Global Sourcing"),
        ("h", "Production Release PR-2024-031"),
        ("p", "To: Faisalabad Terry Mills (Pvt) Ltd, Attn. Mr. Muhammad Usman Tariq. Date: June 27, 2024."),
        ("table", [
            ["Reference", "Detail"],
            ["Purchase order", "HL-45102 (bath towel 70x140, 600 GSM, white)"],
            ["Quoted production quantity", "6,000 pcs"],
            ["Sample sign-off", "24 hand-feel samples signed off by Housekeeping QA on June 25, 2024 (report QA-0625)"],
            ["Released by this letter", "2,000 pcs (lot 1: Chicago Loop and Denver Union Station properties)"],
            ["Not released", "4,000 pcs - on hold"],
            ["Material authority", "Yarn and dyeing for lot 1 (2,000 pcs) only"],
        ]),
        ("sp",),
        ("p", "Harborline Hotels hereby releases 2,000 pcs for production under PO HL-45102. The remaining 4,000 pcs are not "
              "released. They require a further written release from the undersigned after our inspection of lot 1 at the "
              "Chicago distribution center."),
        ("p", "Ex-mill date for lot 1: August 30, 2024. Please confirm receipt and the production plan within 3 business days."),
        ("p", "Megan Doyle, Director of Sourcing (release authority up to USD 50,000)"),
    ], pagesize=LETTER, title="PR-2024-031", author="Megan Doyle")),
])

# c17: vendor portal PO page with a sample line and an unreleased production line -> clean
case("c17_portal_po", [], "portal PO: 18 sample robes released; production line 2,160 explicitly not released; event and named director", [
    ("OasisCrown_Portal_OCH-PO-5610.html", hp("Oasis Crown Hotels — Supplier Portal — PO OCH-PO-5610", (
        "<h1>Oasis Crown Hotels — Supplier Collaboration Portal</h1>\n"
        "<p>Vendor: Denizli Havlu Tekstil A.Ş. (V-3381) &nbsp;|&nbsp; Document: <b>Purchase Order OCH-PO-5610</b> rev 0 &nbsp;|&nbsp; "
        "Issued 2024-06-20</p>\n"
        + table_html([
            ["Line", "Item", "Description", "Scope", "Quoted qty", "Released qty", "Status"],
            ["1", "OCH-BR-WF-LXL", "Bathrobe waffle, kimono collar, L/XL, white, gold logo embroidery", "Sample", "18", "18",
             "Released - make and ship now"],
            ["2", "OCH-BR-WF-LXL", "Same article, production", "Production", "2,160", "0", "NOT RELEASED - on hold"],
        ])
        + "\n<div class=\"note\"><p><b>Scope note.</b> Line 1 (18 sample robes) is the only quantity released. Line 2 "
        "(2,160 robes) is not released and stays on hold until (1) our Housekeeping Executive Committee signs off the samples "
        "and (2) Mr. Rashid Al Suwaidi, Procurement Director, releases the quantity in writing on this portal.</p>"
        "<p><b>Material authority:</b> sample-only. Do not book bulk waffle fabric or embroidery thread against line 2.</p></div>\n"
        "<p>Delivery: DDP Oasis Crown Yas Island, receiving dock B. Required at site: 2024-07-22 (samples).</p>\n"
        "<p>Acknowledge this PO with the button below. Acknowledgement confirms the scope as written.</p>\n"
        "<button>Acknowledge scope</button>"))),
])

# c18: interim PP disposition with limits (DOCX) -> clean
case("c18_interim_disposition", [], "interim disposition limited to 500 pcs and an expiry; 500 released by named buyer; 3,500 on hold", [
    ("BF_PP_Disposition_BF-77188.docx", docx_bytes([
        ("h1", "Bramwell & Finch Ltd — Pre-production Sample Disposition"),
        ("table", [
            ["Field", "Entry"],
            ["PO / article", "BF-77188 / Waffle Hand Towel 50x90, 450 g/m², colour Oat"],
            ["Supplier", "Denizli Havlu Tekstil A.Ş., Denizli, Türkiye"],
            ["Samples assessed", "30 pcs PP samples received 21 June 2024"],
            ["Disposition", "INTERIM - limited to 500 pcs, valid until 31 July 2024"],
            ["Reason", "Shrinkage 5.8% length after 3 washes (limit 5%); retest after relaxation drying requested"],
            ["Signed (technical)", "Hannah Price, Quality Manager, 24 June 2024"],
        ]),
        ("sp",),
        ("h", "Production release under this interim disposition"),
        ("p", "Production release PR-BF-12: Oliver Grant, Senior Buyer, releases 500 pcs of the 4,000 pcs on PO BF-77188 "
              "within the interim limit above. Ship the 500 pcs by 31 July 2024."),
        ("p", "The remaining 3,500 pcs are not released. They stay on hold until the shrinkage retest passes, Hannah Price "
              "records a full sample sign-off, and Oliver Grant sends a written release."),
        ("p", "Material authority: yarn and dyeing for 500 pcs only."),
        ("p", "If the interim limit expires before the retest, nothing further may be made until a new disposition is issued."),
    ], author="Hannah Price")),
])

# c20: stop notice -> clean
_c20_text = (
    "Ayesha,\n\n"
    "STOP on PO PLC-8902 (fitted sheets 137x193x30, white percale), effective immediately.\n\n"
    "- Nothing more may start on this order, released or not. Quantity authorised to start from today: zero.\n"
    "- You have made 1,150 of the 1,600 released. Please pack and hold those 1,150; don't finish or start any more.\n"
    "- The 450 not yet made and the 2,400 balance are on hold while the stop is in force.\n"
    "- The stop stays until our root-cause review of the pocket-depth complaint (NCR-2024-0388) is closed and I lift the "
    "stop in writing.\n"
    "- No further material purchases on this order.\n\n"
    "I'll call you tomorrow morning your time to go through the NCR.\n\n"
    "Darren Kowalski\nProcurement Manager, Pacific Laundry Co. Pty Ltd\n+61 7 3161 2290\n"
)
case("c20_stop_notice", [], "written stop: nothing may start, zero authorised; lifted only in writing by named manager after review", [
    ("STOP_PLC-8902.eml", E(mail(
        "Darren Kowalski <darren.k@pacificlaundry.com.au>", "Ayesha Siddiqui <ayesha@indushometex.pk>",
        "STOP - PLC-8902 fitted sheets - do not continue", "Fri, 28 Jun 2024 07:55:00 +1000", _c20_text,
        html="<p><b>STOP on PO PLC-8902</b></p><pre>" + escape(_c20_text) + "</pre>",
        extra={"Importance": "high"}))),
])

# c21: supplier weekly WIP report, material within release -> clean
case("c21_supplier_wip_txt", [], "supplier WIP report; material booked for released 1,200 only; balance greige not booked", [
    ("Relatorio_WIP_semana26_Ave.txt",
     "FABRICA DE ATOALHADOS DO AVE, S.A. - WEEKLY WIP REPORT - WEEK 26/2024\n"
     "Customer: Grupo Alcazar Hoteles S.L.   Ref: Call-off CO-2024-017 (frame FA-2024-003)\n"
     "Prepared by: Joana Ribeiro, Customer Service\n"
     "------------------------------------------------------------------------\n"
     "Stage               Ordered(rel.)  Done     Status\n"
     "Yarn booked         1.200 robes    100%     Ne 20/1 combed, lot Y-26-114\n"
     "Greige waffle       1.200 robes     62%     loom 14, 17, 22\n"
     "Dyeing              1.200 robes      0%     planned week 28\n"
     "Making-up           1.200 robes      0%     planned week 30-31\n"
     "------------------------------------------------------------------------\n"
     "Notes:\n"
     "- Greige and yarn for the 2.400 robes balance are NOT booked. We will wait\n"
     "  for your next call-off before booking.\n"
     "- Shrinkage test on first greige roll: 4,1% length / 3,2% width (ISO 6330 4N).\n"
     "- Labels: care label per ISO 3758 received from your supplier on 21.06.\n"
     "Next report: week 27.\n"),
])

# c22: buyer question about lead time, explicitly not an instruction -> clean
_c22_text = (
    "Hi Karthik,\n\n"
    "Quick question - not an instruction. If we were to release the remaining 4,320 napkins and tablecloths after the "
    "sample sign-off, what ex-mill date could you commit to? We're trying to see whether a Thanksgiving floor set is "
    "realistic.\n\n"
    "To be clear, nothing beyond the 18 samples on CL-550210 is released today. The 4,320 stays on hold until our QA signs "
    "off the samples and I send you a written release.\n\n"
    "Thanks,\nJennifer Alvarez\nSourcing Manager, Table & Kitchen\nCasa Lumen Inc.\n+1 212 555 0147\n"
)
case("c22_leadtime_question", [], "buyer's what-if lead-time question; explicitly not an instruction; full scope restated", [
    ("Question_leadtime_CL-550210.eml", E(mail(
        "Jennifer Alvarez <jalvarez@casalumen.com>", "S. Karthikeyan <karthik@karurlinen.in>",
        "CL-550210 - lead time question (not a release)", "Wed, 26 Jun 2024 13:20:00 -0400", _c22_text,
        html="<div>" + escape(_c22_text).replace("\n", "<br>\n") + "</div>"))),
])

# c23: technical spec sheet with a size table, no quantities -> clean
case("c23_spec_sheet", [], "curtain spec sheet with sizes and standards; authorizes no quantity", [
    ("MHG_Spec_BlackoutCurtain_v3.docx", docx_bytes([
        ("h1", "Technical Specification — Blackout Curtain, Guest Room (MHG-CUR-BO) v3"),
        ("p", "Owner: Meridian Hospitality Group plc, Design & Technical Services. Date: 3 June 2024."),
        ("p", "This specification authorises no quantities. Quantities are set only by purchase orders and written releases."),
        ("h", "Fabric"),
        ("li", "3-pass blackout, 100% polyester face, 280 g/m² (±5%), width 280 cm railroaded"),
        ("li", "Flammability: BS 5867-2:2008 Type B; IMO not required"),
        ("li", "Shrinkage max 2% (ISO 6330 4N, 40°C); colour fastness to washing ISO 105-C06 grade 4"),
        ("li", "Light fastness ISO 105-B02 grade 6; blackout 100% (lux meter test at 1,000 lux source)"),
        ("h", "Made-up sizes"),
        ("table", [
            ["Code", "Finished width (cm)", "Drop (cm)", "Heading", "Hem"],
            ["BO-140-229", "140", "229", "Wave 80 mm, 2.2x fullness", "10 cm double"],
            ["BO-200-229", "200", "229", "Wave 80 mm, 2.2x fullness", "10 cm double"],
            ["BO-280-250", "280", "250", "Wave 80 mm, 2.2x fullness", "10 cm double, weighted"],
        ]),
        ("h", "Labelling and packing"),
        ("p", "Sewn-in label with fire standard and wash code per ISO 3758:2023; each panel folded in a PE bag with room "
              "number sticker; max 8 panels per carton."),
    ], author="Design & Technical Services")),
])

# c24: full-quantity go-ahead, Australian English -> clean
_c24_text = (
    "G'day Lily,\n\n"
    "Thanks for the quick turnaround on the pro forma. Just to confirm: PO SCL-PO-21007 for 1,800 pool towels "
    "(90x180, striped navy/white, 500 GSM) is the whole order - there's no follow-on lot or balance behind it. "
    "So yes, you're right to go ahead with all 1,800 now.\n\n"
    "Ex-mill 9 August still works for us. Please book the FCL via our forwarder (Toll Global, ref TGF-88417).\n\n"
    "Cheers,\nKylie Brennan\nPurchasing Lead\nSouthern Cross Linen Services Pty Ltd\n14 Fennell St, Port Melbourne VIC 3207\n"
)
case("c24_full_goahead_au", [], "go-ahead scoped to the whole 1,800 order with no balance", [
    ("RE_SCL-PO-21007 pool towels.eml", E(mail(
        "Kylie Brennan <kylie.brennan@scl.com.au>", "Lily Zhou <lily.zhou@jiahe-hometex.cn>",
        "RE: SCL-PO-21007 pool towels - PI", "Thu, 27 Jun 2024 11:48:00 +1000", _c24_text,
        html="<p>" + escape(_c24_text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"))),
])

# c25: multi-file: sample sign-off report (PDF) + release email -> clean
_c25_text = (
    "Estimado Mehmet,\n\n"
    "Following the sample sign-off of 12 June (report attached separately, ref. IC-2024-061), we release 1,500 of the "
    "4,500 bath towels on PO HMS-2024/0512 for production. Please ship the 1,500 to our central warehouse by week 35.\n\n"
    "The other 3,000 towels are not released. They will be released only with a new written release signed by me, after "
    "the 1,500 delivered pass our incoming inspection. Material authority: yarn and dyeing for the 1,500 only.\n\n"
    "Un saludo,\nLucía Fernández Vidal\nDirectora de Compras\nHoteles Mediterráneo Sol S.A.\nAv. de la Costa 1200, 03540 Alicante\n"
)
case("c25_signoff_and_release", [], "two-file bundle: technical sign-off report releases nothing; release email releases 1,500 of 4,500 with full scope", [
    ("Informe_IC-2024-061_muestras.pdf", pdf([
        ("h1", "Hoteles Mediterráneo Sol — Informe de conformidad de muestras"),
        ("p", "Ref. IC-2024-061  |  Fecha: 12.06.2024  |  Proveedor: Denizli Havlu Tekstil A.S.  |  Pedido HMS-2024/0512"),
        ("table", [
            ["Ensayo / Test", "Requisito", "Resultado", "Conforme"],
            ["Gramaje / weight", "550 g/m² ±5%", "561 g/m²", "Sí"],
            ["Encogimiento / shrinkage (ISO 6330 4N, 3 ciclos)", "≤ 5%", "3,8% / 2,9%", "Sí"],
            ["Solidez lavado / wash fastness ISO 105-C06", "≥ 4", "4-5", "Sí"],
            ["Tacto / hand-feel", "ref. muestra patrón", "OK", "Sí"],
        ]),
        ("sp",),
        ("p", "Sample sign-off: passed (technical only). This report records the test result of the 12 samples. It does not "
              "release any production quantity."),
        ("p", "Firmado: Pilar Ortega, Responsable de Calidad Textil"),
    ], title="IC-2024-061", author="Pilar Ortega")),
    ("Release_HMS-2024-0512.eml", E(mail(
        "Lucía Fernández Vidal <lfernandez@hmsol.es>", "Mehmet Yilmaz <mehmet.yilmaz@denizlihavlu.com.tr>",
        "HMS-2024/0512 - production release 1.500 uds", "Fri, 14 Jun 2024 12:30:00 +0200", _c25_text))),
])

# ------------------------------------------------------------- risky, batch 3
# p01: full-quantity PO with the mill quote attached; quote shows a 6,000 roll-out tier, nothing says informational
_p01_text = (
    "Hi Ayesha,\n\n"
    "Please find attached PO HL-46020 for 600 shawl-collar robes for the Savannah Riverfront opening, together with your "
    "quotation IHT-Q-551 so the pricing on both matches.\n\n"
    "Delivery to our Savannah property by October 4 please, DDP. Logo embroidery artwork is on the PO.\n\n"
    "Thanks,\nMegan Doyle\nDirector of Sourcing\nHarborline Hotels Inc.\n+1 312 555 0188\n"
)
case("p01_po_with_quote", ["RG001"], "600-pc PO sent with quote showing 6,000 roll-out tier; nothing says the 6,000 is informational or not released", [
    ("HL-46020 Savannah robes.eml", E(mail(
        "Megan Doyle <megan.doyle@harborlinehotels.com>", "Ayesha Siddiqui <ayesha@indushometex.pk>",
        "PO HL-46020 - Savannah robes", "Mon, 01 Jul 2024 10:05:00 -0500", _p01_text,
        html="<p>" + escape(_p01_text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>",
        attachments=[
            ("HL-46020.pdf", pdf([
                ("h1", "Harborline Hotels Inc. — Purchase Order HL-46020"),
                ("p", "Vendor: Indus Home Textiles (Pvt) Ltd, Plot 17, Sector 7-A, Korangi Industrial Area, Karachi"),
                ("p", "Date: July 1, 2024. Ship to: Harborline Savannah Riverfront, 1 W River St, Savannah GA 31401."),
                ("table", [
                    ["Line", "Item", "Description", "Qty", "Unit price USD", "Extended"],
                    ["1", "HL-RB-SC-L", "Robe, shawl collar, 400 GSM velour terry, white, L", "360", "14.80", "5,328.00"],
                    ["2", "HL-RB-SC-XL", "Robe, shawl collar, 400 GSM velour terry, white, XL", "240", "14.80", "3,552.00"],
                    ["", "", "Total", "600", "", "8,880.00"],
                ]),
                ("p", "Embroidery: Harborline wave logo, left chest, thread Madeira 1843 navy, 8 cm wide."),
                ("p", "Terms: DDP Savannah, net 45. Authorized by Megan Doyle."),
            ], pagesize=LETTER, title="HL-46020", author="Harborline"), PDF_MT),
            ("IHT-Q-551.pdf", pdf([
                ("h1", "Indus Home Textiles (Pvt) Ltd — Quotation IHT-Q-551"),
                ("p", "Customer: Harborline Hotels Inc. Date: 18-Jun-2024. Article: shawl collar robe, 400 GSM velour, white, L/XL."),
                ("table", [
                    ["Quantity", "Unit price USD (DDP US)", "Remarks"],
                    ["600 pcs", "14.80", "Savannah opening"],
                    ["6,000 pcs", "11.90", "group roll-out, all US properties, 2 shipments"],
                ]),
                ("p", "Embroidery included. Lead time 60 days. Prepared by Ayesha Siddiqui."),
            ], title="IHT-Q-551", author="Indus Home Textiles"), PDF_MT),
        ]))),
])

# p02: sample PO with a bulk column, nothing on hold/event/person
case("p02_sample_po_bulk_column", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO table carries 'bulk qty 4,000' with no hold, no unlock event, no release person", [
    ("HH-PO-88213.pdf", pdf([
        ("h1", "Hallworth Home Ltd"),
        ("p", "Unit 4, Trafford Park Road, Manchester M17 1HG  |  VAT GB 298 4410 22"),
        ("h", "Purchase Order HH-PO-88213 — Coastal Towel Range"),
        ("p", "Supplier: Vapi Terry Works Pvt. Ltd., GIDC Phase II, Vapi 396195, Gujarat, India"),
        ("p", "Order date: 02/07/2024. Buyer: Sophie Clarke. Delivery: samples by air to Manchester; bulk FOB Mundra."),
        ("table", [
            ["Article", "Colour", "Sample qty", "Bulk qty", "Price GBP (bulk)"],
            ["CT-BT-70130 bath towel", "Sea Salt", "5", "1,000", "3.15"],
            ["CT-BT-70130 bath towel", "Driftwood", "5", "1,000", "3.15"],
            ["CT-BT-70130 bath towel", "Marine", "5", "1,000", "3.15"],
            ["CT-BT-70130 bath towel", "Pebble", "5", "1,000", "3.15"],
            ["", "Total", "20", "4,000", ""],
        ]),
        ("sp",),
        ("p", "Quality: 550 g/m², 100% cotton, zero-twist loop, 2 cm dobby border. Shrinkage max 5% (ISO 6330 6N). "
              "Azo-free dyes, REACH compliant. Swing tag and barcode per Hallworth packaging manual v4."),
        ("p", "Please send the samples to reach us by 19 July 2024. Bulk price as per your quote VTW/HH/0417."),
        ("p", "Sophie Clarke, Buying Manager, Home Textiles — sophie.clarke@hallworthhome.co.uk"),
    ], title="HH-PO-88213", author="Hallworth Home")),
])

# p03: portal PO for a full 1,200 with a quote tier column showing 9,600
case("p03_portal_tier_column", ["RG001"], "portal PO for 1,200 pillowcases shows quote tier 9,600 beside it with no informational label", [
    ("AlNoor_Portal_ANH-PO-1240.html", hp("Al Noor Hospitality — PO ANH-PO-1240", (
        "<h1>Al Noor Hospitality L.L.C. — Supplier Portal</h1>\n"
        "<p>Vendor: Nantong Jiahe Home Textiles Co., Ltd. (700318) &nbsp;|&nbsp; <b>Purchase Order ANH-PO-1240</b> &nbsp;|&nbsp; "
        "Created 2024-07-02 by Khalid Rahman</p>\n"
        + table_html([
            ["Line", "Item", "Description", "Order qty", "Quote ref", "Tier qty", "Tier price USD"],
            ["1", "ANH-PC-5075-OX", "Pillowcase 50x75 + 5 cm Oxford flange, 250TC sateen, white", "1,200",
             "JH-Q-2024-044", "9,600", "1.42"],
        ])
        + "\n<p>Unit price for this PO: USD 1.65 (1,200 pcs). Delivery: CIF Jebel Ali, required 2024-08-25 for Al Noor "
        "Marina Tower refurbishment floors 12-20.</p>\n"
        "<p>Packing: 10 pcs per polybag, 100 pcs per carton, carton marks per Al Noor logistics guide AL-LG-03.</p>\n"
        "<p>Please acknowledge via the portal within 48 hours.</p>"))),
])

# p04: WhatsApp: buyer confirms 250 against a price list that shows a 2,500 tier
case("p04_whatsapp_tiers", ["RG001"], "chat confirms 250 duvet covers under the mill's 250/2,500 price message; 2,500 not marked informational", [
    ("WhatsApp Chat - Wuxi Huaxin Grace.txt",
     "03/07/2024, 9:12 am - Grace Wu Huaxin: Hello Darren, good morning! Price for duvet cover queen 300TC white as below\n"
     "03/07/2024, 9:13 am - Grace Wu Huaxin: 250 pcs USD 7.80 FOB Shanghai / 2,500 pcs USD 5.90 FOB Shanghai, "
     "lead time 35 days, shrinkage within 3%\n"
     "03/07/2024, 9:13 am - Grace Wu Huaxin: <Media omitted>\n"
     "03/07/2024, 2:40 pm - Darren Kowalski: Thanks Grace. PO PLC-9015 is going through now for 250 queen duvet covers, "
     "white, 300TC, zip closure as per the photo\n"
     "03/07/2024, 2:41 pm - Darren Kowalski: Go with the 250 on PLC-9015. Delivery into Brisbane by end of August\n"
     "03/07/2024, 2:55 pm - Grace Wu Huaxin: Received with thanks 🙏 will send PI today\n"
     "03/07/2024, 2:56 pm - Darren Kowalski: 👍\n"),
])

# p05: ERP PO for 400 with a forecast line written as a firm commitment
case("p05_erp_forecast_firm", ["RG001", "RG008"], "400-pc PO carries FY25 forecast 4,800 stated as firm/committed volume, no informational label", [
    ("SCL_ERP_PO-21102.txt",
     "SOUTHERN CROSS LINEN SERVICES PTY LTD         PURCHASE ORDER PRINT   PAGE 1\n"
     "ABN 61 104 778 230                            RUN DATE 04/07/2024 08:14\n"
     "PO NUMBER : SCL-PO-21102                      REVISION: 00\n"
     "SUPPLIER  : 30217 KARUR LINEN EXPORTS, KARUR TN INDIA\n"
     "BUYER     : K.BRENNAN\n"
     "-----------------------------------------------------------------------------\n"
     "LN ITEM           DESCRIPTION                          QTY UOM  PRICE   VALUE\n"
     "01 SCL-TC-HOSP    TABLECLOTH 180X180 POLY-COTTON 65/35 400 EA   6.95  2780.00\n"
     "                  WHITE, SATIN BAND 5CM, 85DEG WASH\n"
     "-----------------------------------------------------------------------------\n"
     "DELIVERY  : FOB CHENNAI ETD 20/08/2024\n"
     "PLANNING  : FCST FY25 4,800 EA - FIRM. PLEASE TREAT AS COMMITTED VOLUME AND\n"
     "            RESERVE LOOM CAPACITY FOR 400 EA PER MONTH JUL24-JUN25.\n"
     "QUALITY   : SHRINK MAX 4% (ISO 6330 9N), PILLING GR 3-4, COLOUR CIE 150+\n"
     "PACKING   : 20 EA/BUNDLE, 5 BUNDLES/CTN, CTN MARK SCL + PO + LN\n"
     "-----------------------------------------------------------------------------\n"
     "TOTAL VALUE AUD 2,780.00           AUTHORISED BY: K.BRENNAN 04/07/2024\n"),
])

# p06: long thread; buyer's closing "green light" is unscoped (scope elsewhere complete)
_p06_scope = (
    "Dear Mehmet,\n\n"
    "PO BF-77301 (Honeycomb Bath Sheet 90x160, Slate) is attached. Scope: 40 PP samples only, released now. The 3,960 "
    "production pieces are not released and stay on hold until Hannah Price signs off the PP samples and I send you a "
    "written release. Material authority: sample-only.\n\n"
    "Kind regards,\nOliver Grant\nSenior Buyer, Bramwell & Finch Ltd"
)
_p06_supp = (
    "Dear Oliver Bey,\n\n"
    "The 40 PP samples were dispatched today by UPS 1Z 8W4 920 04 6671 3310. Photos of the honeycomb structure and "
    "the Slate shade under D65 attached. Test report from our lab: shrinkage 3.9% L / 2.7% W, weight 598 g/m².\n\n"
    "Best regards,\nMehmet Yilmaz\nExport Sales Manager, Denizli Havlu Tekstil A.S.\n\n"
    "-----Original Message-----\nFrom: Oliver Grant\nSent: 17 June 2024 10:02\n\n" + quote(_p06_scope)
)
_p06_text = (
    "Hi Mehmet,\n\n"
    "Samples landed in Manchester this morning and Hannah's team has had them out on the bench. Honestly these look "
    "brilliant - the Slate is exactly what the design team wanted and the hand-feel is a big step up from last season.\n\n"
    "Green light from us!\n\n"
    "Let's talk about the shipping window on Thursday's call.\n\n"
    "Cheers,\nOliver\n\n"
    "Oliver Grant | Senior Buyer, Bathroom & Towels | Bramwell & Finch Ltd | +44 161 496 0722\n"
    "Bramwell & Finch Ltd is registered in England and Wales no. 04417730.\n\n"
    "On 3 Jul 2024, at 16:44, Mehmet Yilmaz <mehmet.yilmaz@denizlihavlu.com.tr> wrote:\n" + quote(_p06_supp) + "\n"
)
case("p06_thread_green_light", ["RG002"], "after PP samples arrive buyer writes 'Green light from us!' without quantity or sample scope", [
    ("RE_RE_BF-77301 PP samples.eml", E(mail(
        "Oliver Grant <oliver.grant@bramwellfinch.co.uk>", "Mehmet Yilmaz <mehmet.yilmaz@denizlihavlu.com.tr>",
        "RE: RE: BF-77301 PP samples", "Mon, 08 Jul 2024 11:20:00 +0100", _p06_text,
        in_reply_to="<pp-dispatch-0703@denizlihavlu.com.tr>"))),
])

# p07: WhatsApp: scope given earlier, later "ok approved, proceed"
case("p07_whatsapp_proceed", ["RG002"], "chat has full scope earlier; later buyer says 'approved, proceed' with no quantity or scope", [
    ("WhatsApp Chat with Jennifer Casa Lumen.txt",
     "[21/06/24, 18:02:11] Jennifer Alvarez: Hi Ayesha - PO CL-551002 is in your inbox. 16 sample sets of the waffle "
     "bath set (bath towel + hand + washcloth), 8 Fog + 8 Clay. That's all that's released for now\n"
     "[21/06/24, 18:03:40] Jennifer Alvarez: The 2,880 sets are on hold, not released, until our QA signs off the samples "
     "and I send you a written release. No bulk yarn please, sample-only on material\n"
     "[21/06/24, 18:30:05] Ayesha Siddiqui: Noted Jennifer, 16 sets only. Will share photos before dispatch\n"
     "[08/07/24, 11:15:52] Ayesha Siddiqui: Good morning Jennifer, photos of the samples attached, Fog and Clay both\n"
     "[08/07/24, 11:15:53] Ayesha Siddiqui: <attached: 00000041-PHOTO-2024-07-08-11-15-53.jpg>\n"
     "[08/07/24, 11:15:53] Ayesha Siddiqui: <attached: 00000042-PHOTO-2024-07-08-11-15-53.jpg>\n"
     "[08/07/24, 11:16:20] Ayesha Siddiqui: Waffle depth is as per the lab reference you signed off. Kindly advise\n"
     "[08/07/24, 22:41:09] Jennifer Alvarez: These look great!! ok approved, proceed 👍\n"
     "[09/07/24, 09:02:33] Ayesha Siddiqui: Thank you so much Jennifer 😊\n"),
])

# p08: meeting minutes: "approved" for samples and for the PO; "proceed" unscoped
case("p08_minutes_mixed", ["RG002", "RG009"], "minutes use 'approved' for samples and for finance's PO; action 'Panipat to proceed' has no quantity", [
    ("Minutes_MHG_Panipat_2024-07-09.docx", docx_bytes([
        ("h1", "Meeting minutes — Meridian Hospitality Group / Panipat Weaves"),
        ("p", "Date: 9 July 2024, Teams call, 10:00-10:40 BST. Present: Eleanor Hartley, Tom Ashworth (MHG); Rohit Malhotra, "
              "Neha Bansal (Panipat Weaves)."),
        ("h", "1. Status"),
        ("table", [
            ["Topic", "Status", "Owner"],
            ["PP samples (12 sets, MHG-PO-3307)", "Approved", "Housekeeping panel"],
            ["Purchase order MHG-PO-3307", "Approved by Finance on 2 July", "Tom Ashworth"],
            ["Production quantity 3,600 sets", "On hold until written release by Eleanor Hartley after sample sign-off", "Eleanor Hartley"],
        ]),
        ("sp",),
        ("h", "2. Discussion"),
        ("p", "Rohit confirmed the 12 PP sets passed the 25-wash test at the mill as well. Tom raised the piping colour on set 7 "
              "(slightly off-white); Panipat will check the thread lot."),
        ("p", "Neha asked about the delivery split for the Edinburgh and Bath properties; MHG to send the property list."),
        ("h", "3. Actions"),
        ("num", "Panipat to proceed."),
        ("num", "MHG (Tom) to send property delivery list by 12 July."),
        ("num", "Next call 16 July, same time."),
    ], author="Tom Ashworth")),
])

# p10: deposit transferred, "you have the go-ahead" (Gulf English); TT copy attached as text
_p10_po = (
    "PO OCH-PO-5588 scope: 6 strike-off panels (blackout, Pearl) released now. The 960 curtain panels for the Saadiyat "
    "property are not released and stay on hold until the strike-offs are signed off by our interior design team and "
    "Mr. Rashid Al Suwaidi, Procurement Director, issues a written release. Material authority: sample-only."
)
_p10_text = (
    "Dear Serkan,\n\n"
    "Greetings from Abu Dhabi. Kindly note we have transferred the 30% deposit today, USD 11,040.00, TT copy attached for "
    "your reference.\n\n"
    "So you have the go-ahead from our side. Kindly arrange accordingly and share the revised time and action plan at the "
    "earliest.\n\n"
    "Thanks and best regards,\nRashid Al Suwaidi\nProcurement Director\nOasis Crown Hotels\nPO Box 46112, Abu Dhabi, UAE\n\n"
    "-----Original Message-----\nFrom: Rashid Al Suwaidi\nSent: Tuesday, June 11, 2024 10:20 AM\nSubject: OCH-PO-5588\n\n"
    + quote(_p10_po) + "\n"
)
case("p10_deposit_goahead", ["RG002", "RG012"], "'deposit transferred, so you have the go-ahead' - payment as release, approval without quantity", [
    ("OCH-PO-5588 deposit transferred.eml", E(mail(
        "Rashid Al Suwaidi <r.alsuwaidi@oasiscrown.ae>", "Serkan Aydin <serkan.aydin@bursaperde.com.tr>",
        "OCH-PO-5588 - deposit transferred", "Wed, 10 Jul 2024 12:15:00 +0400", _p10_text,
        attachments=[("TT_copy_OCH-PO-5588.txt",
                      "EMIRATES NBD - OUTWARD TELEGRAPHIC TRANSFER ADVICE\n"
                      "Date: 10-07-2024   Ref: TT24071000883\n"
                      "Ordering customer: OASIS CROWN HOTELS LLC\n"
                      "Beneficiary: BURSA PERDE TEKSTIL SAN VE TIC AS  IBAN TR33 0006 1005 1978 6457 8413 26\n"
                      "Amount: USD 11,040.00   Charges: OUR\n"
                      "Details: 30 PCT DEPOSIT PO OCH-PO-5588\n", "text/plain")]))),
])

# p11: DOCX sample order, Spanish English, nothing about the rest
case("p11_sample_order_es", ["RG003", "RG004", "RG005"], "sample order for refurbishment; never says the rest is not released, no unlock event, no release person", [
    ("Pedido_muestras_GA-PO-24-0611.docx", docx_bytes([
        ("h1", "Grupo Alcázar Hoteles — Pedido de muestras / Sample order GA-PO-24-0611"),
        ("p", "Para / To: Bursa Perde Tekstil A.Ş., Mr. Serkan Aydın. De / From: Ana Belén Soria, Compras. Fecha: 05/07/2024."),
        ("p", "Dear Serkan, as talked in Heimtextil, we are preparing the refurbishment of the Hotel Alcázar Sevilla "
              "(214 rooms) for next year. Please we need the following samples:"),
        ("table", [
            ["Ref.", "Descripción / Description", "Cantidad / Qty", "Color"],
            ["GA-CUR-DIM", "Dimout curtain panel 145x250, wave heading, FR (EN 13773 class 1)", "4 uds", "Arena 02"],
            ["GA-CUR-VOI", "Voile panel 290x250, FR polyester", "2 uds", "Blanco roto"],
            ["GA-FAB-DIM", "Dimout fabric by the metre, for upholstery test", "2 m", "Arena 02"],
        ]),
        ("sp",),
        ("p", "Please send the samples to our central office in Madrid before 26 July, courier account DHL 965 331 204. "
              "Price of the samples please include in the invoice, we pay by transfer."),
        ("p", "Also please send us the flammability certificate EN 13773 and the Oeko-Tex certificate of the fabric."),
        ("p", "Muchas gracias y un saludo, Ana Belén Soria — Departamento de Compras — +34 91 555 08 12"),
    ], author="Ana Belén Soria")),
])

# p12: WeChat: "make 10 pcs hand-feel sample first" and nothing else
case("p12_wechat_sample_only", ["RG003", "RG004", "RG005"], "buyer asks for 10 hand-feel samples 'first' for a contract; no hold, event or release person", [
    ("WeChat_export_Kylie_Huaxin.txt",
     "WeChat chat export — Kylie Brennan / Grace Wu 吴 (Wuxi Huaxin Textile)\n\n"
     "2024-07-05 09:40 Kylie Brennan: Morning Grace. We've won the Royal Brisbane hospital linen contract from October\n"
     "2024-07-05 09:41 Kylie Brennan: Pls make 10 pcs hand-feel sample first of the 500gsm bath mat 50x80, white, "
     "border same as SCL-BM-01\n"
     "2024-07-05 09:41 Kylie Brennan: Need them here by the 20th for the hospital's infection control team\n"
     "2024-07-05 09:55 Grace Wu 吴: Good morning Kylie, congratulations! 10 pcs OK, we send by DHL on 12th\n"
     "2024-07-05 09:56 Grace Wu 吴: Which shrinkage standard hospital need? 75 or 85 degree?\n"
     "2024-07-05 10:03 Kylie Brennan: 85 deg, 5 washes, max 5%\n"
     "2024-07-05 10:04 Grace Wu 吴: OK noted 👌\n"),
])

# p15: hold + event but only "our procurement department" may release (Gulf English)
_p15_text = (
    "Dear Rohit,\n\n"
    "Greetings from Dubai.\n\n"
    "Please find our PO ANH-PO-1262 for the King fitted sheet 200x200x35, 300TC sateen, white. Kindly note the scope:\n\n"
    "1. Released now: 24 PP sample sets only. Kindly dispatch to our Dubai office latest 25 July.\n"
    "2. Balance 2,376 sets is not released. It remains on hold till the PP samples are signed off by our Housekeeping "
    "and a written release is issued from our Procurement Department.\n"
    "3. Material authority is sample-only, kindly do not book bulk yarn.\n\n"
    "Pocket depth 35 cm with all-round elastic as per the spec sheet v2. Labels as per our previous order.\n\n"
    "Thanks and regards,\nFatima Al Mansoori\nSenior Buyer\nAl Noor Hospitality L.L.C.\n+971 4 555 0177\n"
)
case("p15_no_named_person", ["RG005"], "hold and unlock event present; release comes only from 'our Procurement Department', no named person", [
    ("ANH-PO-1262 fitted sheets.eml", E(mail(
        "Fatima Al Mansoori <f.almansoori@alnoor-hospitality.ae>", "Rohit Malhotra <rohit@panipatweaves.in>",
        "ANH-PO-1262 - King fitted sheets - PP samples", "Thu, 04 Jul 2024 09:30:00 +0400", _p15_text,
        html="<p>" + escape(_p15_text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"))),
])

# p17: "run us up some samples" - no quantity, nothing about the rest
_p17_text = (
    "Hi Karthik,\n\n"
    "Hope all's well over there. Could you run us up some samples of the new flat sheet in Harbour Grey? Same construction "
    "as last year's white percale (T200, 50/50 poly-cotton), 228x295. We want to put them in front of the board on the "
    "30th, so if they can be on a plane by the 22nd that'd be ace.\n\n"
    "If the grey lands well with the hotels we've got a fair bit of volume coming your way for the new year.\n\n"
    "Cheers,\nDarren\n\nDarren Kowalski | Procurement Manager | Pacific Laundry Co. | +61 7 3161 2290\n"
)
case("p17_samples_no_qty", ["RG003", "RG004", "RG005", "RG010"], "sample request with no quantity, no hold, no unlock event, no release person", [
    ("Harbour Grey samples.eml", E(mail(
        "Darren Kowalski <darren.k@pacificlaundry.com.au>", "S. Karthikeyan <karthik@karurlinen.in>",
        "Harbour Grey flat sheet - samples", "Fri, 05 Jul 2024 16:10:00 +1000", _p17_text))),
])

# p18: sample run authorised, sample quantity never stated (DOCX tech pack attached)
_p18_text = (
    "Hi Karthik,\n\n"
    "Please go ahead with the sample run (samples only) per the attached tech pack for the Bistro Stripe tea towel.\n\n"
    "The 3,000 bulk on CL-550455 is not released. It stays on hold until our QA signs off the samples and I send you a "
    "written release. Material authority: sample-only, so no bulk yarn yet.\n\n"
    "Thanks,\nJennifer Alvarez\nSourcing Manager, Table & Kitchen\nCasa Lumen Inc.\n"
)
case("p18_sample_run_no_qty", ["RG010"], "sample run authorised with hold, event and named person, but the sample quantity is never stated", [
    ("CL-550455 Bistro Stripe sample run.eml", E(mail(
        "Jennifer Alvarez <jalvarez@casalumen.com>", "S. Karthikeyan <karthik@karurlinen.in>",
        "CL-550455 Bistro Stripe - sample run", "Tue, 09 Jul 2024 09:45:00 -0400", _p18_text,
        attachments=[("TechPack_BistroStripe_v2.docx", docx_bytes([
            ("h1", "Casa Lumen — Tech Pack — Bistro Stripe Tea Towel (CL-TT-BS) v2"),
            ("table", [
                ["Attribute", "Requirement"],
                ["Size", "50 x 70 cm finished, ±1 cm"],
                ["Fabric", "100% cotton yarn-dyed twill, 220 g/m², Ne 20/1"],
                ["Stripe", "Navy 19-3933 / Ecru 11-0507, 8 mm repeat"],
                ["Hanging loop", "self-fabric, 8 cm, top left corner"],
                ["Shrinkage", "max 5% (AATCC 135, 3 cycles)"],
                ["Label", "Casa Lumen woven label + care label per ASTM D5489"],
            ]),
        ], author="Casa Lumen Design"), DOCX_MT)]))),
])

# p19: WhatsApp: "start sampling" without a quantity; bulk on hold with event + person
case("p19_whatsapp_start_sampling", ["RG010"], "buyer says start sampling; bulk on hold with event and named person, but no sample quantity anywhere", [
    ("WhatsApp Chat with Sophie Hallworth.txt",
     "10/07/2024, 08:31 - Sophie Clarke: Morning Pooja! Range review went well yesterday 🎉\n"
     "10/07/2024, 08:32 - Sophie Clarke: Please start sampling for the Coastal bath mat (CT-BM-5080) in Sea Salt and Marine\n"
     "10/07/2024, 08:33 - Sophie Clarke: Bulk 8k on HH-PO-88240 is not released - on hold until our design team signs off "
     "the samples and I send you a written release. No bulk yarn till then pls\n"
     "10/07/2024, 08:50 - Pooja Desai VTW: Good morning Sophie, that's great news! Noted, sampling starts today\n"
     "10/07/2024, 08:51 - Pooja Desai VTW: Same 1,200 GSM tufted construction as the PO spec?\n"
     "10/07/2024, 09:02 - Sophie Clarke: Yes exactly, 1,200 GSM, latex-free backing\n"),
])

# p20: release letter releases "the first delivery wave" without a number; "released" used three ways
case("p20_release_wave_letter", ["RG009", "RG010"],
     "letter releases 'the first delivery wave' with no quantity and uses 'released' for lab dip, PO and production", [
    ("ANH_Release_ANH-PO-1301.pdf", pdf([
        ("h1", "Al Noor Hospitality L.L.C."),
        ("p", "Group Procurement  |  PO Box 71220, Dubai, United Arab Emirates"),
        ("h", "Release letter — PO ANH-PO-1301 (bathrobes, 3,200 pcs across 4 properties)"),
        ("p", "To: Nantong Jiahe Home Textiles Co., Ltd., Ms. Lily Zhou. Date: 11 July 2024."),
        ("p", "Dear Ms. Lily,"),
        ("p", "We are pleased to inform you that the lab dip for the Desert Gold embroidery thread was released by our Quality "
              "team on 3 July, and the PO was released by Finance on 8 July."),
        ("p", "We hereby release the first delivery wave (Marina properties) for production. Kindly plan the cutting and "
              "embroidery accordingly and share the inspection date."),
        ("p", "All further waves remain on hold until Mr. Khalid Rahman, Group Procurement Manager, issues a written release "
              "after the inspection of the first wave."),
        ("p", "Best regards, Khalid Rahman, Group Procurement Manager"),
    ], title="Release ANH-PO-1301", author="Khalid Rahman")),
])

# p21: ERP printout: sample qty TBA; balance on hold, release only by named person, no event
case("p21_erp_tba_no_event", ["RG004", "RG010"], "sample line quantity 'TBA'; balance on hold and named releaser but no unlock event", [
    ("MHG_ERP_PO-3350.txt",
     "MERIDIAN HOSPITALITY GROUP PLC        PURCHASE ORDER    MHG-PO-3350   REV 0\n"
     "ORACLE EBS - PO PRINT                  PRINTED 11-JUL-2024 14:02      PAGE 1\n"
     "SUPPLIER: 100452 GUIMARAES TEXTEIS LDA, GUIMARAES, PORTUGAL\n"
     "SHIP-TO : MHG CENTRAL STORES, UNIT 9 HEATHROW LOGISTICS PARK, TW6 2GE\n"
     "BUYER   : ASHWORTH, TOM\n"
     "=============================================================================\n"
     "LINE ITEM          DESCRIPTION                         QTY      UOM  PRICE GBP\n"
     "1    MHG-BR-WF-ML  BATHROBE WAFFLE M/L WHITE (SAMPLE)  TBA      EA   0.00\n"
     "     NOTE: SAMPLE QTY TBA - SUPPLIER TO ADVISE\n"
     "=============================================================================\n"
     "SHORT TEXT:\n"
     "BALANCE 3,600 EA ON HOLD. RELEASE ONLY BY E. HARTLEY (HEAD OF PROCUREMENT).\n"
     "MATERIAL AUTHORITY: SAMPLE ONLY.\n"
     "SPEC: 260 GSM WAFFLE, 100% COTTON, SHAWL COLLAR, 2 POCKETS, BELT LOOPS,\n"
     "      SHRINKAGE MAX 5% ISO 6330 4N, LABEL ISO 3758.\n"
     "TERMS: NET 60 EOM. INCOTERM DAP HEATHROW.\n"),
])

# ------------------------------------------------------------- risky, batch 4
# p22: mill books yarn for the full 6,000 against a sample-only PO
_p22_buyer = (
    "Hi Usman,\n\n"
    "PO HL-45230 attached: 24 hand-feel samples (bath sheet 90x170, 650 GSM, Harbor Navy) released now. The 6,000 "
    "production pieces are not released and stay on hold until our housekeeping team signs off the samples and I send a "
    "written release. Material authority is sample-only.\n\n"
    "Megan Doyle\nDirector of Sourcing, Harborline Hotels"
)
_p22_text = (
    "Dear Megan madam,\n\n"
    "Greetings from Faisalabad. Hope this finds you well.\n\n"
    "Samples update: 24 pcs are in stitching, will be dispatched on 16-Jul via DHL.\n\n"
    "Also for your kind information, cotton prices are moving up very fast this month (Ne 12/1 up PKR 180 per bag). To secure "
    "your ex-mill date and the quoted price we have booked bulk yarn for complete 6000 pcs with Kohinoor Spinning, "
    "delivery to our mill on 22-Jul. We are sure you will be happy with the samples.\n\n"
    "Thanks & best regards,\nMuhammad Usman Tariq\nExport Merchandiser\nFaisalabad Terry Mills (Pvt) Ltd\n+92 41 8867 214\n\n"
    "________________________________\nFrom: Megan Doyle <megan.doyle@harborlinehotels.com>\nSent: Monday, July 1, 2024 9:14 AM\n"
    "Subject: PO HL-45230 samples\n\n" + quote(_p22_buyer) + "\n"
)
case("p22_yarn_full_qty", ["RG006"], "supplier books bulk yarn for all 6,000 while only 24 samples are released and material is sample-only", [
    ("RE_PO HL-45230 samples.eml", E(mail(
        "Muhammad Usman Tariq <usman@ftm-terry.pk>", "Megan Doyle <megan.doyle@harborlinehotels.com>",
        "RE: PO HL-45230 samples", "Thu, 11 Jul 2024 14:20:00 +0500", _p22_text,
        in_reply_to="<hl45230-0701@harborlinehotels.com>"))),
])

# p23: WeChat: bulk fabric already dyed for all robes, cutting to start straight after sample approval
case("p23_wechat_dyed_bulk", ["RG006", "RG007"],
     "supplier dyed bulk fabric for 5,000 robes against 8 released samples and says cutting starts straight after sample approval", [
    ("WeChat_Khalid_LilyZhou_2024-07.txt",
     "WeChat chat export — Khalid Rahman (Al Noor Hospitality) & Lily Zhou 周丽 (Nantong Jiahe)\n"
     "--------------------------------------------------------------\n"
     "2024-06-20 14:10 Khalid Rahman: Lily, PO ANH-PO-1195 sent. Only 8 sample robes released (4 waffle, 4 terry)\n"
     "2024-06-20 14:11 Khalid Rahman: The 5,000 is not released. On hold until housekeeping signs off the samples and I "
     "give written release. Material sample-only\n"
     "2024-06-20 14:30 Lily Zhou 周丽: Received, thank you Mr. Khalid 🙏\n"
     "2024-07-12 10:05 Lily Zhou 周丽: Mr. Khalid good news, samples sent today by DHL 4419 2087 36\n"
     "2024-07-12 10:06 Lily Zhou 周丽: Also we already dyed the bulk waffle fabric for all 5,000 robes, white, so we can "
     "save 3 weeks for you\n"
     "2024-07-12 10:06 Lily Zhou 周丽: After your sample approval we start cutting straight away, no need to wait\n"
     "2024-07-12 10:07 Lily Zhou 周丽: [Image] [Image]\n"
     "2024-07-12 18:44 Khalid Rahman: Thanks Lily. Will check samples next week\n"),
])

# p24: supplier status report: yarn purchased for 9,000 against 600 released
case("p24_status_yarn_9000", ["RG006"], "mill status report shows yarn bought for 9,000 pcs while the call-off releases 600", [
    ("VTW_Production_Status_HH-CO-114.txt",
     "VAPI TERRY WORKS PVT. LTD.  -  PRODUCTION STATUS REPORT\n"
     "Customer : HALLWORTH HOME LTD (Ms. Sophie Clarke)\n"
     "Programme: Coastal Bath Sheet 90x160, 600 GSM\n"
     "Call-off : HH-CO-114  Released qty: 600 pcs (Sea Salt 300 / Marine 300)\n"
     "Date     : 15.07.2024            Prepared by: Pooja Desai, Merchandiser\n"
     "====================================================================\n"
     "ACTIVITY                 PLAN        ACTUAL      STATUS\n"
     "Yarn purchased           13.07       13.07       18,000 kg (for 9,000 pcs)\n"
     "Weaving (600 pcs)        16.07-19.07 16.07       running, loom 31-34\n"
     "Dyeing (600 pcs)         22.07       -           slot confirmed\n"
     "Stitching/packing        25.07-29.07 -           -\n"
     "Final inspection (SGS)   30.07       -           booked, ref SGS-IN-24-77120\n"
     "====================================================================\n"
     "Remarks:\n"
     "1. Shrinkage on first roll: L 4.2% / W 3.1% (ISO 6330 6N) - within spec.\n"
     "2. Ex-factory 31.07.2024 by LCL, Mundra - Felixstowe.\n"
     "3. Kindly arrange payment of proforma VTW/PI/24-118 before shipment.\n"),
])

# p25: DOCX WIP report: greige woven for 2,000 robes, 500 released
case("p25_docx_wip_greige", ["RG006"], "Portuguese mill WIP report: greige woven for 2,000 robes 'for loom continuity' while 500 are released", [
    ("Guimaraes_WIP_MHG-PR-07.docx", docx_bytes([
        ("h1", "Guimarães Têxteis, Lda — Work in Progress Report"),
        ("p", "Customer: Meridian Hospitality Group plc. Reference: Production Release PR-MHG-07 (PO MHG-PO-3350). "
              "Report date: 16 July 2024. Prepared by: Rui Carvalho, Planeamento."),
        ("table", [
            ["Stage", "Quantity", "Status", "Remarks"],
            ["Released by MHG (PR-MHG-07)", "500 robes", "—", "waffle M/L white"],
            ["Yarn Ne 20/1 combed", "2.000 robes", "received 05.07", "lot F-2407-33"],
            ["Greige waffle woven", "2.000 robes", "completed 12.07", "woven in one run for loom continuity"],
            ["Dyeing / finishing", "500 robes", "in progress", "optical white, batch 1"],
            ["Making-up", "500 robes", "starts 22.07", "—"],
        ]),
        ("sp",),
        ("p", "Comment: the greige for the remaining 1.500 robes is stored in our warehouse in Guimarães and can be finished "
              "within 10 days when MHG releases the next quantity."),
        ("p", "Quality: shrinkage 3,9% L / 2,6% W after 3 washes (ISO 6330 4N). Weight 262 g/m²."),
        ("p", "Best regards, Rui Carvalho"),
    ], author="Rui Carvalho")),
])

# p26: buyer tells the mill to get bulk yarn in, forecast 'as good as an order'
_p26_text = (
    "Hi Rohit,\n\n"
    "Quick one after this morning's call. Timing for the 2025 roll-out is getting tight, so to protect the date please "
    "get the bulk yarn in now for all four properties. Our 2025 roll-out forecast of 9,600 sets is as good as an order - "
    "we'll sort the paperwork later.\n\n"
    "Nothing changes on the making side: what's released today is still only the 12 PP sets on MHG-PO-3371. The "
    "production sets stay on hold until the housekeeping panel signs off the PP sets and Eleanor Hartley sends you a "
    "written release.\n\n"
    "Thanks,\nTom\n\nTom Ashworth | Category Buyer - Guest Room Textiles | Meridian Hospitality Group plc\n"
)
case("p26_buyer_yarn_forecast", ["RG006", "RG008"],
     "buyer asks mill to buy bulk yarn for the roll-out with no material authority; forecast 9,600 called 'as good as an order'", [
    ("Yarn for 2025 roll-out.eml", E(mail(
        "Tom Ashworth <tom.ashworth@meridian-hg.co.uk>", "Rohit Malhotra <rohit@panipatweaves.in>",
        "MHG-PO-3371 - yarn for 2025 roll-out", "Tue, 16 Jul 2024 13:05:00 +0100", _p26_text,
        html="<p>" + escape(_p26_text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"))),
])

# p27: portal: explicit staged authority 2,000, supplier reports 5,000 staged
case("p27_portal_staged_exceeded", ["RG006"], "explicit staged material authority 2,000; supplier update shows greige for 5,000 in stock; 800 released", [
    ("SCL_SupplierHub_PO-21150.html", hp("Southern Cross Linen — Supplier Hub — SCL-PO-21150", (
        "<h1>Southern Cross Linen Services — Supplier Hub</h1>\n"
        "<h2>PO SCL-PO-21150 — Bath sheet 90x160, 550 GSM, white</h2>\n"
        + table_html([
            ["Field", "Value"],
            ["Supplier", "Wuxi Huaxin Textile Co., Ltd."],
            ["Released for production", "800 pcs (release R1, 02/07/2024, Kylie Brennan)"],
            ["Not released", "3,200 pcs - on hold until release R2, written by Kylie Brennan after R1 incoming inspection"],
            ["Material authority", "Staged: greige up to 2,000 pcs at SCL liability; nothing beyond"],
        ])
        + "\n<h3>Supplier updates</h3>\n"
        + table_html([
            ["Date", "By", "Update"],
            ["05/07/2024", "Grace Wu", "R1 received, weaving planned 08/07"],
            ["15/07/2024", "Grace Wu", "Greige woven and in our stock: 5,000 pcs (full loom run, cheaper per metre). "
             "Dyeing of 800 pcs R1 starts 18/07."],
            ["15/07/2024", "Grace Wu", "Shrinkage first lot 4.4% / 3.0% (ISO 6330 9N)"],
        ])
        + "\n<p class=\"note\">Supplier updates are visible to SCL purchasing and QA.</p>"))),
])

# p28: supplier letter: advance received, yarn bought for the whole order, weaving started
case("p28_advance_started", ["RG006", "RG012"],
     "supplier treats 30% advance as authority to produce and buys yarn for the whole 4,320 while only samples are released", [
    ("KLE_Letter_CL-550210_progress.pdf", pdf([
        ("h1", "KARUR LINEN EXPORTS"),
        ("p", "SF No. 212, Thanthonimalai, Karur 639005, Tamil Nadu, India"),
        ("p", "Date: 17.07.2024"),
        ("p", "To: Casa Lumen Inc., Kind Attn. Ms. Jennifer Alvarez, Sourcing Manager"),
        ("p", "Sub: Your PO CL-550210 — napkins and tablecloths — progress"),
        ("p", "Dear Madam,"),
        ("p", "We thank you for the advance payment of 30% (USD 7,776.00) received on 15.07.2024 against our proforma "
              "KLE/PI/24-061."),
        ("p", "We know your PO keeps the bulk on hold until your sample sign-off and your written release. However, as we have received your advance, we have purchased the yarn for the whole order of 4,320 pcs (linen-cotton "
              "55/45, Nm 26) and started weaving on 16.07.2024 so that we can meet your Thanksgiving floor set."),
        ("table", [
            ["Item", "Qty", "Yarn", "Weaving"],
            ["CL-NAP-45 napkin 45x45", "2,880 pcs", "purchased", "started"],
            ["CL-TC-150 tablecloth 150x250", "1,440 pcs", "purchased", "planned 24.07"],
        ]),
        ("p", "The 18 samples were couriered on 10.07.2024; we await your comments."),
        ("p", "Thanking you, for Karur Linen Exports — S. Karthikeyan, Merchandising Head"),
    ], title="KLE progress CL-550210", author="Karur Linen Exports")),
])

# p29: Turkish mill says it will roll straight into bulk once PP is approved
_p29_buyer = (
    "Estimado Mehmet,\n\n"
    "PO HMS-2024/0540 attached. Released now: 30 pre-production samples (bath towel 70x140, 550 g/m², colour Arena). "
    "The 4.800 towels are not released; they stay on hold until Pilar Ortega signs off the samples and I send a written "
    "release. Material authority: sample-only.\n\n"
    "Un saludo,\nLucía Fernández Vidal, Directora de Compras, Hoteles Mediterráneo Sol"
)
_p29_text = (
    "Dear Lucía Hanım,\n\n"
    "Good morning from Denizli. The 30 PP samples left today with TNT, AWB 7722 0519 04, arrival Alicante Thursday.\n\n"
    "To keep your week 38 delivery we made our planning as follows: once you approve the PP samples we roll straight into "
    "the 4.800 pcs. Dyeing slot is reserved for week 32 and weaving can start the same week.\n\n"
    "Test report attached in next mail (shrinkage 3,6% / 2,8%, ISO 6330 4N).\n\n"
    "Best regards,\nMehmet Yılmaz\nExport Sales Manager\nDenizli Havlu Tekstil A.Ş.\nOrganize Sanayi Bölgesi 3. Cad. No:14, Denizli\n\n"
    "From: Lucía Fernández Vidal <lfernandez@hmsol.es>\nDate: 2 July 2024 10:11\n\n" + quote(_p29_buyer) + "\n"
)
case("p29_roll_straight_into_bulk", ["RG007"], "supplier: 'once you approve the PP samples we roll straight into the 4.800' despite written-release scope", [
    ("RE_HMS-2024-0540 PP samples.eml", E(mail(
        "Mehmet Yilmaz <mehmet.yilmaz@denizlihavlu.com.tr>", "Lucía Fernández Vidal <lfernandez@hmsol.es>",
        "RE: HMS-2024/0540 PP samples", "Mon, 15 Jul 2024 09:40:00 +0300", _p29_text,
        in_reply_to="<hms0540-0702@hmsol.es>"))),
])

# p30: buyer contradicts her own written-release requirement
_p30_po = (
    "HH-PO-88260 scope: 30 samples (bath towel 70x130, Coastal, 5 colours x 6) released now. The 6,000 production "
    "towels are not released and stay on hold until our design team signs off the samples and I send a written release. "
    "Material authority: sample-only.\nSophie Clarke, Buying Manager"
)
_p30_text = (
    "Hi Pooja,\n\n"
    "Thanks for the lovely photos - the Driftwood is gorgeous.\n\n"
    "I'm off on leave from Friday for two weeks, so to keep things moving: as soon as Priya signs off the samples, crack "
    "on with the 6,000. No need to wait for anything else from me.\n\n"
    "Priya Nair (our Design Manager) will have the samples on her desk Monday.\n\n"
    "Speak soon,\nSophie\n\nSophie Clarke | Buying Manager, Home Textiles | Hallworth Home Ltd\n\n"
    "> On 3 Jul 2024, Sophie Clarke wrote:\n" + quote(_p30_po) + "\n"
)
case("p30_buyer_signoff_then_run", ["RG007"], "buyer says sample sign-off alone is enough to run the 6,000, contradicting her written-release scope", [
    ("HH-PO-88260 samples and leave.eml", E(mail(
        "Sophie Clarke <sophie.clarke@hallworthhome.co.uk>", "Pooja Desai <pooja@vapiterry.in>",
        "RE: HH-PO-88260 sample photos", "Wed, 17 Jul 2024 15:30:00 +0100", _p30_text,
        cc="Priya Nair <priya.nair@hallworthhome.co.uk>"))),
])

# p31: supplier order confirmation (DOCX) treats PP approval as release of bulk
case("p31_oc_pp_as_release", ["RG007"], "supplier order confirmation states PP approval will be treated as release of the 2,376 bulk sets", [
    ("PW_OrderConfirmation_ANH-PO-1280.docx", docx_bytes([
        ("h1", "Panipat Weaves Pvt. Ltd. — Order Confirmation OC/24/0719"),
        ("p", "Customer: Al Noor Hospitality L.L.C., Dubai. Your PO: ANH-PO-1280 (King flat sheet 275x300, 300TC sateen, white)."),
        ("p", "Date: 19.07.2024. Merchandiser: Neha Bansal."),
        ("table", [
            ["Item", "Qty", "Status per your PO"],
            ["PP sample sets", "24", "released - in production"],
            ["Bulk sets", "2,376", "on hold per PO, written release by Ms. Fatima Al Mansoori after PP sign-off"],
        ]),
        ("sp",),
        ("h", "Terms of this confirmation"),
        ("num", "Prices: USD 11.25 per set FOB Mundra, valid for 90 days."),
        ("num", "Approval of PP sample will be treated as release of bulk 2,376 sets. Production will start on the day of "
                "approval without further notice, to meet the ETD."),
        ("num", "Shrinkage tolerance ±3% (ISO 6330 2A). Thread count 300 (Ne 60 x Ne 60)."),
        ("num", "Any change after bulk start is chargeable."),
        ("p", "For Panipat Weaves Pvt. Ltd. — Rohit Malhotra, Marketing Manager"),
    ], author="Neha Bansal")),
])

# p32: T&A calendar: bulk cutting starts automatically after PP approval
case("p32_ta_calendar_auto", ["RG007"], "supplier T&A calendar: PP approval makes bulk release automatic, cutting next day", [
    ("Karur_TandA_SCL-PO-21180.pdf", pdf([
        ("h1", "Karur Linen Exports — Time & Action Calendar"),
        ("p", "Customer: Southern Cross Linen Services Pty Ltd. PO SCL-PO-21180. Article: pillowcase 48x73 housewife, "
              "T200 poly-cotton, white."),
        ("p", "PP samples released: 12 pcs. Bulk qty 3,000 pcs (on hold per PO until release)."),
        ("table", [
            ["No", "Activity", "Responsible", "Target date", "Remarks"],
            ["1", "PP samples dispatch (12 pcs)", "KLE", "19-Jul-24", "DHL"],
            ["2", "PP sample approval", "SCL (Kylie Brennan)", "26-Jul-24", "wash test 85°C x 5"],
            ["3", "Bulk release", "automatic on PP approval", "26-Jul-24", "no separate release needed"],
            ["4", "Bulk cutting starts", "KLE", "27-Jul-24", "3,000 pcs"],
            ["5", "Inline inspection", "KLE QA", "05-Aug-24", ""],
            ["6", "Final inspection (AQL 2.5)", "SCL agent", "14-Aug-24", ""],
            ["7", "ETD Chennai", "KLE", "17-Aug-24", "LCL"],
        ]),
        ("sp",),
        ("p", "Prepared by S. Karthikeyan, 18-Jul-2024. Kindly revert with comments if any."),
    ], title="T&A SCL-PO-21180", author="Karur Linen Exports")),
])

# p33: WhatsApp: supplier 'if samples ok we start bulk directly', buyer does not correct
case("p33_whatsapp_bulk_directly", ["RG007"], "supplier says bulk starts directly if samples are OK, no further mail; buyer does not correct", [
    ("WhatsApp Chat with Ayesha Indus.txt",
     "[12/07/24, 10:04:12] Jennifer Alvarez: Hi Ayesha, PO CL-551044 for the Fog bath mats is out. 10 samples released, "
     "that's it for now\n"
     "[12/07/24, 10:05:30] Jennifer Alvarez: The 1,800 bulk stays on hold until our QA signs off and I send a written "
     "release. Sample-only on material please\n"
     "[12/07/24, 10:30:44] Ayesha Siddiqui: Received Jennifer 👍\n"
     "[18/07/24, 09:12:03] Ayesha Siddiqui: Samples shipped today FedEx 7781 2290 4410\n"
     "[18/07/24, 09:13:27] Ayesha Siddiqui: Jennifer one thing, to save time if samples ok we start bulk directly, no need "
     "another mail from your side. Dyeing house is ready\n"
     "[18/07/24, 21:47:55] Jennifer Alvarez: Thanks Ayesha, QA will look at them next week 🙂\n"),
])

# p34: portal comment: "Once the lab dips are approved, proceed with bulk."
case("p34_portal_labdip_proceed", ["RG002", "RG007"],
     "buyer merchandiser's portal comment: once lab dips approved, proceed with bulk - no quantity, approval rolls into production", [
    ("Hallworth_SupplierHub_HH-PO-88275.html", hp("Hallworth Home — Supplier Hub — HH-PO-88275", (
        "<h1>Hallworth Home Supplier Hub</h1>\n"
        "<p>Supplier: Vapi Terry Works Pvt. Ltd. &nbsp;|&nbsp; PO <b>HH-PO-88275</b> — Coastal Hand Towel 50x90</p>\n"
        + table_html([
            ["Line", "Scope", "Qty", "Status"],
            ["1", "Samples (lab dips + 12 hand-feel samples)", "12", "Released"],
            ["2", "Production", "2,400", "Not released - written release by Sophie Clarke after sample sign-off required"],
        ])
        + "\n<p>Material authority: sample-only.</p>\n"
        "<h3>Comments</h3>\n"
        + table_html([
            ["Date", "Author", "Comment"],
            ["12/07/2024", "Pooja Desai (VTW)", "Lab dips for Sea Salt and Marine sent by courier, AWB 5521 8804 11."],
            ["16/07/2024", "Liam Price (Hallworth, Merchandiser)", "Thanks Pooja. Once the lab dips are approved, proceed "
             "with bulk. We need to make the October floor date."],
            ["17/07/2024", "Pooja Desai (VTW)", "Noted Liam, thank you."],
        ])))),
])

# ------------------------------------------------------------- risky, batch 5
# p35: buyer calls the 2025 forecast a commitment (Gulf English), forecast attached as HTML
_p35_text = (
    "Dear Karthik,\n\n"
    "Greetings from Abu Dhabi. Further to our meeting at the Dubai hotel show, please find attached our 2025 linen "
    "forecast for the Oasis Crown group.\n\n"
    "The 12,000 sets of king bed linen are confirmed - kindly consider this our commitment for 2025 and plan your "
    "looms on it. Detailed POs per property will follow.\n\n"
    "Thanks and best regards,\nRashid Al Suwaidi\nProcurement Director\nOasis Crown Hotels\n"
)
case("p35_forecast_commitment", ["RG008"], "buyer states 12,000-set forecast is 'confirmed ... our commitment for 2025'", [
    ("OCH 2025 linen forecast.eml", E(mail(
        "Rashid Al Suwaidi <r.alsuwaidi@oasiscrown.ae>", "S. Karthikeyan <karthik@karurlinen.in>",
        "Oasis Crown - 2025 linen forecast", "Mon, 22 Jul 2024 10:30:00 +0400", _p35_text,
        attachments=[("OCH_Forecast_2025.html", hp("Oasis Crown 2025 forecast", (
            "<h2>Oasis Crown Hotels — 2025 bed linen forecast (king sets)</h2>\n"
            + table_html([
                ["Property", "Q1", "Q2", "Q3", "Q4", "Total"],
                ["Yas Island", "1,200", "900", "600", "1,300", "4,000"],
                ["Saadiyat", "1,000", "800", "700", "1,000", "3,500"],
                ["Corniche", "800", "700", "500", "1,000", "3,000"],
                ["Al Ain", "400", "400", "300", "400", "1,500"],
                ["Total", "3,400", "2,800", "2,100", "3,700", "12,000"],
            ]))), "text/html")]))),
])

# p36: supplier order confirmation converts a forecast into an order
case("p36_oc_from_forecast", ["RG008"], "supplier confirms 'your order of 24.000 towels' from the buyer's forecast and books production slots", [
    ("Ave_Confirmacao_Encomenda_2025.pdf", pdf([
        ("h1", "Fábrica de Atoalhados do Ave, S.A."),
        ("p", "Rua Industrial 600, 4760-450 V.N. Famalicão, Portugal  |  NIF 500 118 772"),
        ("h", "Order Confirmation / Confirmação de Encomenda OC-2024-0388"),
        ("p", "Customer: Grupo Alcázar Hoteles S.L., Madrid — Attn. Sr. Javier Morales Ruiz"),
        ("p", "Date: 23.07.2024. Reference: your forecast 2025 sent 01.07.2024 (file 'Prevision_2025_toallas.xlsx')."),
        ("table", [
            ["Article", "Description", "Qty 2025", "Price €", "Production slot"],
            ["ALC-BT-70140", "Bath towel 70x140, 600 g/m², white", "12.000", "7,90", "Jan-Mar 2025"],
            ["ALC-HT-50100", "Hand towel 50x100, 600 g/m², white", "12.000", "4,10", "Apr-Jun 2025"],
            ["", "Total", "24.000", "", ""],
        ]),
        ("sp",),
        ("p", "We thank you and confirm your order of 24.000 towels for 2025 as per your forecast. Production slots are "
              "booked as shown. Prices valid for the confirmed quantity."),
        ("p", "Delivery DAP Coslada, monthly shipments. Payment 60 days."),
        ("p", "Joana Ribeiro — Customer Service — +351 252 300 418"),
    ], title="OC-2024-0388", author="Fabrica do Ave")),
])

# p37: WhatsApp: buyer tells the mill the 10k forecast is "a done deal"
case("p37_whatsapp_done_deal", ["RG008"], "buyer answers that the 10k forecast for next year is 'a done deal, count it as ordered'", [
    ("WhatsApp Chat with Usman FTM 2.txt",
     "24/07/2024, 11:02 - Usman Tariq FTM: Hello Kylie madam, hope you are well\n"
     "24/07/2024, 11:03 - Usman Tariq FTM: For 2025 planning, your forecast sheet shows 10k bath sheets for hospital "
     "contract. Is it firm or only estimate? We need to plan loom allocation\n"
     "24/07/2024, 16:45 - Kylie Brennan: Hi Usman! Yep the 10k for next year is a done deal, you can count it as ordered\n"
     "24/07/2024, 16:46 - Kylie Brennan: Same spec as SCL-BS-90160, 550gsm white\n"
     "24/07/2024, 16:52 - Usman Tariq FTM: Thank you madam, we will plan accordingly 🙏\n"),
])

# p38: "approved" used for lab dip, PO and production
_p38_text = (
    "Hi Ayesha,\n\n"
    "Quick status on CL-551090 (Fog waffle bath set) so we're on the same page:\n\n"
    "- Lab dip Fog: approved (QA, July 10).\n"
    "- PO: approved by our finance team on July 12, so it's now live in your portal.\n"
    "- Production: not approved yet. The 2,400 bulk sets need my written release after the samples are signed off.\n\n"
    "What's released now is the 12 hand-feel sample sets only. Sample-only on material please.\n\n"
    "Thanks,\nJennifer Alvarez\nSourcing Manager\nCasa Lumen Inc.\n"
)
case("p38_approved_three_ways", ["RG009"], "'approved' used for lab dip (technical), PO (commercial) and production in one status email", [
    ("CL-551090 status.eml", E(mail(
        "Jennifer Alvarez <jalvarez@casalumen.com>", "Ayesha Siddiqui <ayesha@indushometex.pk>",
        "CL-551090 - where we are", "Fri, 19 Jul 2024 12:00:00 -0400", _p38_text,
        html="<p>" + escape(_p38_text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"))),
])

# p39: status sheet: "release" used for shade, PO and production
case("p39_release_status_sheet", ["RG009"], "order status sheet uses 'release' for shade, PO in SAP and production", [
    ("GA_Estado_Pedido_GA-PO-24-0655.pdf", pdf([
        ("h1", "Grupo Alcázar Hoteles — Order status sheet"),
        ("p", "Order GA-PO-24-0655 — Albornoz waffle L/XL blanco — Supplier: Guimarães Têxteis, Lda. — Date 24.07.2024"),
        ("table", [
            ["Step", "Status", "By", "Date"],
            ["Shade release (lab dip Blanco 01)", "done", "Calidad (QA)", "08.07.2024"],
            ["PO release in SAP", "done", "Finanzas", "15.07.2024"],
            ["Production release - 20 sample robes", "done", "Javier Morales Ruiz", "16.07.2024"],
            ["Production release - balance 3.580 robes", "pending - on hold", "Javier Morales Ruiz", "after sample sign-off, in writing"],
        ]),
        ("sp",),
        ("p", "Active now: 20 sample robes. The 3.580 robes are not released until the sample sign-off and a written release "
              "from Javier Morales Ruiz, Jefe de Compras. Material authority: sample-only."),
        ("p", "Prepared by Ana Belén Soria, Compras."),
    ], title="GA-PO-24-0655 status", author="Ana Belen Soria")),
])

# p40: WeChat: "released" for QA, finance and bulk
case("p40_wechat_released_mix", ["RG009"], "chat uses 'released' for QA fabric result, finance PO and bulk release", [
    ("WeChat_Kylie_Grace_2024-07-25.txt",
     "WeChat chat export — Kylie Brennan / Grace Wu 吴 (Wuxi Huaxin Textile)\n\n"
     "2024-07-25 08:10 Grace Wu 吴: Morning Kylie, any news on the hospital sheets? 12 samples arrived OK?\n"
     "2024-07-25 08:40 Kylie Brennan: Morning! Yes all good. Fabric is released by our QA - shrinkage passed at 85 deg\n"
     "2024-07-25 08:41 Kylie Brennan: Finance released the PO SCL-PO-21210 yesterday as well\n"
     "2024-07-25 08:42 Kylie Brennan: Bulk release comes from me after the hospital trial on 2 Aug. Till then the 3,000 "
     "flat sheets stay on hold, only the 12 samples were ever released\n"
     "2024-07-25 08:43 Kylie Brennan: No bulk fabric yet pls\n"
     "2024-07-25 08:50 Grace Wu 吴: OK Kylie understand, we wait for your bulk release 👍\n"),
])

# p41: email body says 36 sample robes, attached PO says 24; nothing about the rest
_p41_text = (
    "Hola Rui,\n\n"
    "Please find attached our order for the sample robes for the new Hotel Mediterráneo Sol Valencia. Please make the 36 "
    "sample robes in waffle white, with the embroidery of the new logo (file attached in the previous mail).\n\n"
    "We need them in Alicante before 23 August for the presentation to the owners.\n\n"
    "Muchas gracias,\nMarta Giménez\nAsistente de Compras\nHoteles Mediterráneo Sol S.A.\n"
)
case("p41_body_vs_pdf_samples", ["RG003", "RG004", "RG005", "RG011"],
     "email says 36 sample robes, attached PO says 24; no hold on the rest, no unlock event, no release person", [
    ("Muestras albornoces Valencia.eml", E(mail(
        "Marta Giménez <mgimenez@hmsol.es>", "Rui Carvalho <rui.carvalho@guimaraes-texteis.pt>",
        "Pedido muestras albornoces - HMS-2024/0588", "Thu, 25 Jul 2024 13:15:00 +0200", _p41_text,
        attachments=[("HMS-2024-0588.pdf", pdf([
            ("h1", "Hoteles Mediterráneo Sol S.A. — Pedido HMS-2024/0588"),
            ("p", "Proveedor: Guimarães Têxteis, Lda. Fecha 25.07.2024. Comprador: Marta Giménez."),
            ("table", [
                ["Pos.", "Art.", "Descripción", "Cant.", "Precio €"],
                ["1", "HMS-ALB-WF", "Albornoz waffle blanco, bordado logo, muestras (talla L/XL)", "24 uds", "18,50"],
            ]),
            ("p", "Entrega: Alicante, antes del 23.08.2024. Pago 60 días."),
        ], title="HMS-2024/0588", author="Compras HMS"), PDF_MT)]))),
])

# p42: multi-file: release letter says 1,500; ERP call-off print says 1.800
case("p42_letter_vs_erp", ["RG011"], "release letter releases 1,500 towels; ERP call-off for the same release shows 1.800 (balance 4.200)", [
    ("Carta_liberacion_CO-2024-022.pdf", pdf([
        ("h1", "Grupo Alcázar Hoteles S.L. — Production release"),
        ("p", "To: Fábrica de Atoalhados do Ave, S.A. — Ref. Call-off CO-2024-022 under frame FA-2024-005 (bath towels, "
              "6.000 pcs). Date: 26.07.2024."),
        ("p", "Dear Joana, following the sample sign-off of 22 July we release 1,500 bath towels (70x140, 600 g/m², white) "
              "for production under call-off CO-2024-022, delivery week 38 to Coslada."),
        ("p", "The remaining 4,500 towels are not released. They stay on hold until the next call-off, which only I sign, "
              "after incoming inspection of this lot. Material authority: yarn and dyeing for the released quantity only."),
        ("p", "Javier Morales Ruiz, Jefe de Compras"),
    ], title="CO-2024-022", author="Javier Morales Ruiz")),
    ("SAP_CO-2024-022.txt",
     "GRUPO ALCAZAR HOTELES S.L.                                   PAGINA 1/1\n"
     "PEDIDO DE ENTREGA / CALL-OFF          NO. CO-2024-022     FECHA 26.07.2024\n"
     "ACUERDO MARCO                         FA-2024-005 (toallas)\n"
     "PROVEEDOR                             FABRICA DE ATOALHADOS DO AVE SA (40388)\n"
     "--------------------------------------------------------------------------\n"
     "POS  ARTICULO      DESCRIPCION                       CANT.      UD   ENTREGA\n"
     "010  TOA-BN-70140  TOALLA BANO 70X140 600G BLANCO   1.800,00   UDS  SEM 38\n"
     "--------------------------------------------------------------------------\n"
     "SALDO ACUERDO MARCO: 4.200,00 UDS - NO LIBERADO / ON HOLD\n"
     "FIRMADO: J. MORALES RUIZ                           SAP DOC 4500119023\n"),
])

# p43: DOCX PO: header says 12 sets, table says 20 sets
case("p43_docx_header_vs_table", ["RG011"], "PO header states 12 sample sets, line table states 20 sets; rest of scope complete", [
    ("OCH-PO-5640.docx", docx_bytes([
        ("h1", "Oasis Crown Hotels — Purchase Order OCH-PO-5640"),
        ("p", "Supplier: Panipat Weaves Pvt. Ltd., Panipat, India. Date: 28 July 2024. Buyer: Rashid Al Suwaidi."),
        ("p", "Sample qty: 12 sets (king duvet cover + 2 pillowcases, 400TC sateen stripe, white)."),
        ("table", [
            ["Line", "Article", "Description", "Qty", "Scope"],
            ["1", "OCH-BL-K400", "King bed linen set, 400TC sateen 1 cm stripe, white", "20 sets", "sample"],
        ]),
        ("sp",),
        ("p", "The production quantity of 1,800 sets is not released and remains on hold until the samples are signed off by "
              "our Housekeeping Executive Committee and Mr. Rashid Al Suwaidi, Procurement Director, issues a written release."),
        ("p", "Material authority: sample-only."),
        ("p", "Delivery of samples: DHL to Oasis Crown Yas Island, by 20 August 2024."),
    ], author="Rashid Al Suwaidi")),
])

# p44: WhatsApp: buyer releases 300, later "confirming 350 released as per Monday"
case("p44_whatsapp_300_350", ["RG011"], "buyer releases 300 duvet covers, later confirms '350 released as per my message on Monday'", [
    ("WhatsApp Chat with Darren PLC.txt",
     "29/07/2024, 10:02 am - Darren Kowalski: Morning Grace. Wash trial on the queen duvet samples passed 👍\n"
     "29/07/2024, 10:03 am - Darren Kowalski: Releasing 300 of the 2,500 on PLC-9060 for production now, for the Gold "
     "Coast hotels\n"
     "29/07/2024, 10:04 am - Darren Kowalski: Rest of the 2,500 stays on hold till the 300 pass our in-service trial and I "
     "send a written release. Fabric for the 300 only pls\n"
     "29/07/2024, 10:20 am - Grace Wu Huaxin: Thank you Darren! 300 pcs start this week\n"
     "01/08/2024, 3:15 pm - Grace Wu Huaxin: Darren, cutting starts tomorrow, pls confirm qty for packing list\n"
     "01/08/2024, 4:02 pm - Darren Kowalski: Just confirming 350 released as per my message on Monday\n"
     "01/08/2024, 4:10 pm - Grace Wu Huaxin: OK noted\n"),
])

# p45: multi-file: PO releases 1.200 uds; buyer email confirms 1,020 pcs
_p45_text = (
    "Dear Joana,\n\n"
    "As discussed by phone, we confirm the release of 1,020 pcs of the bath mat as per our PO HMS-2024/0601 (attached "
    "separately). Delivery to Alicante week 40.\n\n"
    "Best regards,\nMarta Giménez\nAsistente de Compras, Hoteles Mediterráneo Sol S.A.\n"
)
case("p45_po_1200_mail_1020", ["RG011"], "PO releases 1.200 uds (European format); buyer email confirms release of 1,020 pcs", [
    ("Pedido_HMS-2024-0601.pdf", pdf([
        ("h1", "Hoteles Mediterráneo Sol S.A. — Pedido de compra HMS-2024/0601"),
        ("p", "Proveedor: Fábrica de Atoalhados do Ave, S.A. Fecha: 30.07.2024. Comprador: Lucía Fernández Vidal."),
        ("table", [
            ["Pos.", "Art.", "Descripción", "Cantidad liberada", "Saldo"],
            ["1", "HMS-AL-5080", "Alfombra de baño 50x80, 900 g/m², blanco", "1.200 uds", "3.600 uds - no liberado"],
        ]),
        ("sp",),
        ("p", "Released for production now: 1.200 uds. The balance of 3.600 uds is not released; it stays on hold until "
              "incoming inspection of the first lot and a written release signed by Lucía Fernández Vidal, Directora de Compras."),
        ("p", "Material authority: yarn for the 1.200 uds only."),
    ], title="HMS-2024/0601", author="Lucia Fernandez Vidal")),
    ("Confirmacion liberacion HMS-2024-0601.eml", E(mail(
        "Marta Giménez <mgimenez@hmsol.es>", "Joana Ribeiro <joana.ribeiro@atoalhadosdoave.pt>",
        "Release HMS-2024/0601 bath mat", "Wed, 31 Jul 2024 09:20:00 +0200", _p45_text))),
])

# p46: supplier acknowledgement says 480 PP samples, quoted buyer PO says 48
_p46_buyer = (
    "PO BF-77340 (Jacquard Bath Towel, Ink): 48 pre-production samples released now. The 4,800 production pieces are "
    "not released and stay on hold until Hannah Price signs off the samples and I send a written release. Material "
    "authority: sample-only.\nOliver Grant, Senior Buyer"
)
_p46_text = (
    "Dear Oliver Bey,\n\n"
    "Thank you for your PO BF-77340. We confirm 480 pcs PP samples in Ink, delivery 23 August by air. We understand the "
    "4,800 pcs production are on hold until your written release.\n\n"
    "Best regards,\nMehmet Yılmaz\nExport Sales Manager, Denizli Havlu Tekstil A.Ş.\n\n"
    "--- Original message ---\n" + quote(_p46_buyer) + "\n"
)
case("p46_ack_480_vs_48", ["RG011"], "supplier acknowledgement confirms 480 PP samples while the quoted PO releases 48", [
    ("ACK BF-77340.eml", E(mail(
        "Mehmet Yilmaz <mehmet.yilmaz@denizlihavlu.com.tr>", "Oliver Grant <oliver.grant@bramwellfinch.co.uk>",
        "ACK: BF-77340 Jacquard Bath Towel", "Thu, 01 Aug 2024 10:10:00 +0300", _p46_text,
        in_reply_to="<bf77340@bramwellfinch.co.uk>"))),
])

# p47: portal release page: header 600, lines add up to 640
case("p47_portal_release_sum", ["RG011"], "portal release header says 600 released, property lines add up to 640", [
    ("AlNoor_Portal_Release_RL-0042.html", hp("Al Noor Hospitality — Release RL-0042", (
        "<h1>Al Noor Hospitality — Supplier Portal</h1>\n"
        "<h2>Production release RL-0042 — PO ANH-PO-1301 (bathrobes)</h2>\n"
        "<p><b>Quantity released: 600 pcs</b> &nbsp;|&nbsp; Released by: Khalid Rahman, Group Procurement Manager &nbsp;|&nbsp; "
        "Date: 2024-08-01</p>\n"
        + table_html([
            ["Property", "Style", "Released qty", "Delivery"],
            ["Al Noor Marina Tower", "Waffle kimono L/XL", "320", "2024-09-15"],
            ["Al Noor Corniche", "Waffle kimono L/XL", "320", "2024-09-15"],
        ])
        + "\n<div class=\"note\">The remaining robes of PO ANH-PO-1301 are not released. They stay on hold until the "
        "inspection of this release and a further written release by Khalid Rahman. Material authority: this release only.</div>"))),
])

# p48: someone other than the release authority: 'deposit paid, so you can start the 2,000'
_p48_po = (
    "PO HL-46110 covers 2,000 robes commercially. Released now: 20 PP samples only. The 2,000 production robes are not "
    "released until our housekeeping team signs off the PP samples and Megan Doyle sends a written release. Material "
    "authority: sample-only."
)
_p48_text = (
    "Hi Ayesha,\n\n"
    "Kevin here from Harborline procurement ops. Just letting you know the 30% deposit on HL-46110 (USD 8,940.00) went out "
    "yesterday - wire ref HLW-240801-07.\n\n"
    "Deposit's paid, so you can start on the 2,000 robes now. Let me know if the bank needs anything else.\n\n"
    "Thanks,\nKevin Marsh\nProcurement Operations Specialist\nHarborline Hotels Inc.\n\n"
    "> From: Megan Doyle\n> Sent: July 15, 2024\n" + quote(_p48_po) + "\n"
)
case("p48_deposit_start", ["RG012"], "'Deposit's paid, so you can start on the 2,000 robes' from procurement ops; PO requires sign-off + written release", [
    ("HL-46110 deposit.eml", E(mail(
        "Kevin Marsh <kevin.marsh@harborlinehotels.com>", "Ayesha Siddiqui <ayesha@indushometex.pk>",
        "HL-46110 deposit sent", "Fri, 02 Aug 2024 08:30:00 -0500", _p48_text))),
])

# p49: WeChat: supplier starts production because the advance arrived
case("p49_wechat_advance", ["RG012"], "supplier: advance received so production of the 2,400 panels started; buyer scope keeps them on hold", [
    ("WeChat_Jennifer_LilyZhou.txt",
     "WeChat export — Jennifer Alvarez (Casa Lumen) / Lily Zhou 周丽 (Nantong Jiahe)\n\n"
     "2024-07-22 09:15 Jennifer Alvarez: Hi Lily, revised PO CL-550381-R1 attached. Still only the 4 sample panels "
     "released. The 2,400 panels are not released until QA signs off the samples and I sign a revised PO with the "
     "production line\n"
     "2024-07-22 09:16 Jennifer Alvarez: Our AP will pay the 30% advance on your PI this week so the account is set up\n"
     "2024-07-22 09:40 Lily Zhou 周丽: OK Jennifer thank you\n"
     "2024-08-02 14:02 Lily Zhou 周丽: Jennifer, we received your 30% advance today, thank you!\n"
     "2024-08-02 14:03 Lily Zhou 周丽: So we started production of the 2,400 panels, first cutting today. Will send photos\n"
     "2024-08-02 14:03 Lily Zhou 周丽: [Image]\n"),
])

# p50: ERP sample PO whose payment clause makes the advance the production trigger
case("p50_erp_advance_trigger", ["RG012"], "buyer's own PO: bulk production starts on receipt of advance, despite the release scope", [
    ("PLC_PO-9088_print.txt",
     "PACIFIC LAUNDRY CO. PTY LTD      ABN 33 615 902 118       PURCHASE ORDER\n"
     "22 HAMILTON RD, BRISBANE QLD 4007                        PO NO: PLC-9088\n"
     "SUPPLIER: INDUS HOME TEXTILES (PVT) LTD, KARACHI         DATE : 02/08/2024\n"
     "BUYER   : D.KOWALSKI\n"
     "----------------------------------------------------------------------------\n"
     "LN  ITEM          DESCRIPTION                      QTY    SCOPE       PRICE\n"
     "1   PLC-BT-GR     BATH TOWEL 70X140 500GSM GREY      10    SAMPLE      0.00\n"
     "2   PLC-BT-GR     BATH TOWEL 70X140 500GSM GREY   2,490    PRODUCTION  6.20\n"
     "----------------------------------------------------------------------------\n"
     "SCOPE NOTE: LINE 1 (10 SAMPLES) RELEASED NOW. LINE 2 (2,490) NOT RELEASED -\n"
     "ON HOLD UNTIL SAMPLES PASS 50-WASH TEST AND D.KOWALSKI SENDS WRITTEN RELEASE.\n"
     "MATERIAL AUTHORITY: SAMPLE ONLY.\n"
     "PAYMENT TERMS: 30% ADVANCE ON LINE 2 VALUE, BALANCE 60 DAYS B/L.\n"
     "               BULK PRODUCTION STARTS ON RECEIPT OF ADVANCE.\n"
     "----------------------------------------------------------------------------\n"
     "DELIVERY: FOB KARACHI. PACKING 10/BUNDLE. LABEL PLC WASH CODE 75.\n"),
])

# @@CASES_END@@


# =================================================================== MAIN
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(148148).shuffle(order)
    labels = {}
    names = set()
    for i, idx in enumerate(order, 1):
        c = CASES[idx]
        assert c["name"] not in names, c["name"]
        names.add(c["name"])
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h148_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    for r in sorted(counts):
        print(r, counts[r])


if __name__ == "__main__":
    main()
