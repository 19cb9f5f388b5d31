#!/usr/bin/env python3
"""Generator for the releasegate check_holdout4 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout4/build.py

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
    m["Message-ID"] = msgid or f"<h4-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h4")
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




# ----------------------------------------------------------------- text helpers
def D(s):
    """Dedent a triple-quoted block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def q(s, n=1):
    """Quote a block of text n levels deep, e-mail style."""
    out = []
    for line in s.rstrip("\n").splitlines():
        out.append((">" * n + " " + line) if line.strip() else ">" * n)
    return "\n".join(out) + "\n"


def as_html(text):
    """Very plain HTML rendering of a text body (for multipart/alternative)."""
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + body + "</body></html>\n"


def rows_html(rows):
    h = "<table>\n<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in rows[0]) + "</tr>\n"
    for r in rows[1:]:
        h += "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n"
    return h + "</table>\n"


# =================================================================== RISKY
# ---- p01: US terse buyer, PCBA proto PO, production qty from the quote shown, nothing on hold
_p01_txt = D("""
Anitha,

PO 4500871 attached. 10 pcs proto, 7720-101 rev B, per your quote Q-22-0917.
Production qty per the same quote is 2,500 pcs.

Need the protos on my dock by 6/21. Ship FedEx Priority on our account 2291-4470-1.
BOM rev B. Gerbers are the same set Priya sent on 5/28. OK to keep the stencil.

Conformal coat per note 7 on the drawing, HumiSeal 1B31, keep-outs as marked.

Call me if anything's unclear.

Dan
""") + sig("Dan Kessler", "Buyer, Electronics", "Northfield Controls Inc.", "+1 414 555 0187")
_p01_pdf = pdf([
    ("h1", "PURCHASE ORDER 4500871"),
    ("p", "Northfield Controls Inc., 2200 W. Bluemound Rd, Milwaukee WI 53208, USA"),
    ("p", "Vendor: Lumen Circuits Pvt Ltd, Plot 41, Hinjewadi Phase II, Pune 411057, India"),
    ("p", "PO date: 06/03/2024    Terms: Net 45    Incoterms: FCA Pune    Currency: USD"),
    ("sp",),
    ("table", [["Line", "Part / Rev", "Description", "Qty", "UoM", "Unit price", "Extended"],
               ["1", "7720-101 / B", "PCBA, motor control, proto build per Q-22-0917", "10", "EA", "184.00", "1,840.00"]]),
    ("sp",),
    ("p", "Notes: Quote Q-22-0917 dated 05/22/2024: proto 10 pcs @ USD 184.00; production 2,500 pcs @ USD 41.20."),
    ("p", "Workmanship IPC-A-610 Class 2. Lead-free, RoHS 3. Include first-article X-ray of U4 (QFN-48)."),
    ("p", "Ship to: Receiving, Dock 3. Packing slip must show PO number and rev."),
], pagesize=LETTER, title="PO 4500871", author="Northfield Controls")
_p01 = mail("Dan Kessler <dkessler@northfieldcontrols.com>", "Anitha Raghavan <anitha.r@lumencircuits.in>",
            "PO 4500871 - PCBA 7720-101 rev B protos", "Mon, 03 Jun 2024 14:02:11 -0500",
            _p01_txt, html=as_html(_p01_txt), attachments=[("PO_4500871.pdf", _p01_pdf, PDF_MT)])
case("p01_pcba_proto", ["RG001", "RG003", "RG004", "RG005"],
     "proto PO for 10 with the quote's 2,500 production qty beside it; no hold, no unlock event, no release person",
     [("po_4500871_protos.eml", eml_bytes(_p01))])

# ---- p02: British procurement officer, furniture prototypes, production run quoted in the PO
_p02 = docx_bytes([
    ("h1", "PURCHASE ORDER HF-PO-24-0617"),
    ("p", "Harrow & Finch Interiors Ltd, Unit 6 Brackmills Industrial Estate, Northampton NN4 7PB"),
    ("p", "Supplier: Móveis Serra Alta Ltda, Rua Marechal Deodoro 1120, Bento Gonçalves RS, Brazil"),
    ("p", "Order date: 17 June 2024. Delivery: FCA Bento Gonçalves, Incoterms 2020. Currency: GBP."),
    ("table", [["Item", "Description", "Qty", "Unit price", "Total"],
               ["1", "Prototype sofa, model 'Alder' 3-seater, fabric Kvadrat Hallingdal 65 col. 130", "2", "£1,150.00", "£2,300.00"]]),
    ("sp",),
    ("p", "Production run: 400 units as per your quotation FQ-2291 dated 3 June 2024."),
    ("p", "Prototypes to be delivered to our Northampton showroom no later than 26 July 2024."),
    ("p", "Fire safety: filling and cover to pass BS 5852 ignition sources 0, 1 and crib 5. "
          "Please supply the test reports with the prototypes."),
    ("p", "Frame: kiln-dried beech, corner blocks glued and screwed. Seat depth 560 mm, seat height 440 mm."),
    ("p", "Please confirm receipt of this order within two working days."),
    ("p", "Kind regards,"),
    ("p", "Gemma Whitcombe, Procurement Officer, Harrow & Finch Interiors Ltd"),
], author="Gemma Whitcombe")
case("p02_sofa_proto", ["RG001", "RG003", "RG004", "RG005"],
     "prototype PO for 2 sofas states 'production run: 400 units' with no hold, event or release person",
     [("HF-PO-24-0617.docx", _p02)])

# ---- p03: WhatsApp, US buyer + Mexican CNC shop; '6 first', quote for 1200, bar bought for 1200
_p03 = D("""
[10/06/24, 08:02:11] Kyle Brandt: morning Jorge. got your quote for the manifold blocks PN 1200-0446 rev C
[10/06/24, 08:05:40] Jorge Villarreal: Good morning Kyle! yes, the quote Q-MV-0612 is for the 1200 pcs, 4140 HT 28-32 HRC, price $38.50 each
[10/06/24, 08:06:02] Jorge Villarreal: lead time 5 weeks
[10/06/24, 08:11:17] Kyle Brandt: ok. send me 6 first, rev C. need them by fri the 14th
[10/06/24, 08:11:39] Kyle Brandt: PO 7731 coming out of our system today for the 6
[10/06/24, 08:13:05] Jorge Villarreal: perfect, we do the 6 this week 👍
[10/06/24, 08:13:22] Jorge Villarreal: the ports 3/4-16 SAE, same as the drawing?
[10/06/24, 08:20:48] Kyle Brandt: yes per dwg. deburr all cross holes, no burrs in the galleries, that killed us last time with the other shop
[10/06/24, 08:21:30] Jorge Villarreal: understood, we check with borescope
[11/06/24, 16:44:09] Jorge Villarreal: Kyle one thing, the 4140 bar price go up next month, so we buy already the bar for the 1200 pcs to keep the price for you
[11/06/24, 16:44:31] Jorge Villarreal: <Media omitted>
[11/06/24, 17:02:55] Kyle Brandt: ok thx. pls send tracking when the 6 ship
[11/06/24, 17:03:10] Jorge Villarreal: sure, UPS from Laredo
[14/06/24, 09:30:41] Jorge Villarreal: shipped, tracking 1Z 8W4 F21 03 4471 2210
""")
case("p03_chat_manifold", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "chat: buyer asks for 6 first beside the 1200 quote with nothing held; supplier buys bar for 1200",
     [("whatsapp_kyle_jorge.txt", _p03)])

# ---- p04: food-contact trays, PO for 500 sample trays + supplier quote with 250,000 (two files)
_p04_po = pdf([
    ("h1", "Clearwater Fresh Foods - Purchase Order 300-45512"),
    ("p", "Clearwater Fresh Foods LLC, 1880 Abbott St, Salinas CA 93901"),
    ("p", "Vendor: PackRite Thermoforming Inc., 455 Industrial Pkwy, Reno NV 89502"),
    ("p", "Date: 07/01/2024   Terms: Net 30   Ship via: best way, prepaid & add"),
    ("table", [["Line", "SKU", "Description", "Qty", "Unit", "Price", "Amount"],
               ["1", "CW-TR-22", "Tray, clear PET, 2-compartment, 8.5 x 6 in, food-contact per FDA 21 CFR 177.1630 - line trial", "500", "EA", "0.42", "210.00"]]),
    ("sp",),
    ("p", "Reference: PackRite quote PQ-8830 (attached to this PO package)."),
    ("p", "Deliver to Salinas DC, dock 4, Attn: Packaging Engineering. Trays must be nested, bagged, "
          "and in cartons free of staples (high-care area)."),
    ("p", "Certificate of compliance and resin lot numbers required with the shipment."),
], pagesize=LETTER, title="PO 300-45512", author="Clearwater Fresh Foods")
_p04_quote = html_page("PackRite quote PQ-8830", D("""
<h2>PackRite Thermoforming Inc. &mdash; Quotation PQ-8830</h2>
<p>Customer: Clearwater Fresh Foods LLC, Salinas CA &nbsp;|&nbsp; Date: June 18, 2024 &nbsp;|&nbsp; Valid 60 days</p>
<p>Item: CW-TR-22 clear PET tray, 2-compartment, 0.018&quot; gauge, anti-fog one side.</p>
""") + rows_html([["Description", "Quantity", "Unit price (USD)", "Lead time"],
                   ["Line trial trays", "500", "0.420", "2 weeks"],
                   ["Production", "250,000", "0.061", "4 weeks"],
                   ["Production tool, 12-up aluminium", "1", "14,500.00", "6 weeks"]]) + D("""
<p>Material: virgin PET, FDA compliant; RPET option +0.004/ea.</p>
<p>Packing: 500 trays per carton, 48 cartons per pallet. FOB Reno.</p>
<p>Thank you for the opportunity &mdash; Tom Reyes, Sales Engineer, PackRite</p>
"""))
case("p04_tray_trial", ["RG001", "RG003", "RG004", "RG005"],
     "line-trial PO for 500 trays with the quote's 250,000 production qty in the bundle; nothing held, no event, no person",
     [("PO_300-45512.pdf", _p04_po), ("PackRite_PQ-8830.html", _p04_quote)])

# ---- p05: Japanese buyer, 20 samples, forecast 10,000 'prepare as confirmed order'
_p05_txt = D("""
Dear Mr. Ortega,

Thank you very much for your quotation EEB-Q-2406-11 for control board DP-CB-330.

Please make 20pcs sample according to drawing DP-CB-330 Rev.3 and BOM Rev.3.
Our PO No. DP-24-0677 will be sent from our system in this week.

Our forecast for mass production is 10,000pcs (September to December).
Please prepare your line capacity as confirmed order.

Sample delivery : by 19th July, to our Kawasaki factory (Receiving No.2)
Inspection : according to JIS C 5012 and our incoming specification DPS-1101 Rev.5
Packing : ESD bag, one board per bag, with label of serial number

If you have any question, please do not hesitate to contact me.

Best regards,
Kenji Morimoto
""") + sig("Kenji Morimoto", "Purchasing Group, Procurement Dept.", "Daiwa Precision Instruments Co., Ltd.", "+81 44 555 0132")
_p05 = mail("Kenji Morimoto <k-morimoto@daiwa-pi.co.jp>", "Luis Ortega <lortega@eebajio.com.mx>",
            "DP-CB-330 sample order and forecast", "Wed, 19 Jun 2024 10:41:00 +0900", _p05_txt)
case("p05_sample_fcst", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "20 samples with a 10,000 forecast to be treated 'as confirmed order'; no hold, no event, no person",
     [("DP-CB-330_sample_order.eml", eml_bytes(_p05))])

# ---- p06: HTML PO for sample cups with a production column of 500,000
_p06 = html_page("Purchase Order SD-PO-88140", D("""
<h2>Summit Dairy Cooperative &mdash; Purchase Order SD-PO-88140</h2>
<p>1400 Creamery Rd, Twin Falls ID 83301 &nbsp;|&nbsp; PO date: 07/15/2024 &nbsp;|&nbsp; Terms: Net 30</p>
<p>Vendor: Intermountain Cup &amp; Lid Co., 88 Depot St, Ogden UT 84401</p>
""") + rows_html([["Line", "Item", "Description", "Sample qty", "Prod. qty", "Unit", "Unit price", "Line total"],
                   ["1", "CUP-16-PP", "16 oz PP cup, in-mould label, tamper band, food-contact", "250", "500,000", "EA", "$0.089", "$22.25"]]) + D("""
<p>Samples are for migration testing at our QA lab (EU 10/2011 OM2 and FDA 21 CFR 177.1520 screening).</p>
<p>Ship samples to: Summit Dairy QA Lab, Building C, Attn: Lab Receiving. Include resin grade and masterbatch lot numbers.</p>
<p>Labels: artwork file SD-IML-16-v7, Pantone 2945 C / 7408 C. Barcode grade B minimum.</p>
<p class="note">Please quote PO number on all paperwork.</p>
"""))
case("p06_cup_samples", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 250 cups with a 'Prod. qty 500,000' column and no hold, event or release person",
     [("SD-PO-88140.html", _p06)])

# ---- p07: Korean buyer PO, food containers; mass production 'start automatically'; no person
_p07 = docx_bytes([
    ("h1", "PURCHASE ORDER  HB-2406-031"),
    ("p", "Buyer: Hanbit Foods Co., Ltd., 77 Gongdan-ro, Pyeongtaek, Gyeonggi-do, Korea"),
    ("p", "Supplier: Plásticos Alimentarios del Norte S.A. de C.V., Apodaca, N.L., Mexico"),
    ("p", "Date: 2024-06-24"),
    ("num", "Item: PP container 750ml with lid, model HB-750C (drawing HB-750C-D Rev.2)"),
    ("num", "Sample quantity: 50ea (for test)"),
    ("num", "Mass production quantity 30,000ea is not released by this PO."),
    ("num", "After sample test pass (migration test and drop test at our QA team), mass production will "
            "start automatically by schedule below."),
    ("table", [["Month", "Quantity", "Remark"],
               ["2024-08", "10,000ea", "by sea, CY Busan"],
               ["2024-09", "10,000ea", "by sea, CY Busan"],
               ["2024-10", "10,000ea", "by sea, CY Busan"]]),
    ("num", "Unit price: USD 0.118/ea (sample and mass production same price)."),
    ("num", "Payment: T/T 30 days after B/L date."),
    ("num", "Food contact: comply with Korean Food Code and FDA 21 CFR 177.1520. Please attach test report."),
    ("p", "Please sign and return one copy."),
    ("p", "Hanbit Foods Co., Ltd. / Purchasing Team"),
], author="Hanbit Foods Purchasing")
case("p07_container_po", ["RG005", "RG007"],
     "sample PO holds the 30,000 but says mass production starts automatically after test pass; nobody named to release",
     [("HB-2406-031_PO.docx", _p07)])

# ---- p08: Japanese buyer PDF PO, harness; remainder 'will be released later'
_p08 = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "No. KD-PO-240712        Date: 2024/07/12"),
    ("p", "Kitamura Denso Co., Ltd.  3-14-2 Shiohama, Koto-ku, Tokyo 135-0043"),
    ("p", "To: Arneses Industriales de Chihuahua S.A. de C.V.  Av. Tecnológico 5500, Chihuahua, Mexico"),
    ("table", [["No.", "Part No.", "Description", "Q'ty", "Unit Price", "Amount"],
               ["1", "WH-4471-02", "Wire harness, engine room, sample", "30 pcs", "USD 18.40", "USD 552.00"]]),
    ("sp",),
    ("h", "Remarks"),
    ("p", "1. This PO is for sample 30pcs."),
    ("p", "2. Total project quantity is 3,000pcs. Remaining quantity 2,970pcs is not released now. "
          "It will be released later."),
    ("p", "3. Please submit sample with inspection data (appearance, continuity, terminal pull force "
          "according to JASO D 616)."),
    ("p", "4. Delivery: DAP Narita, by 2024/08/09."),
    ("sp",),
    ("p", "Kitamura Denso Co., Ltd.  Purchasing Dept.  (company seal)"),
], title="KD-PO-240712", author="Kitamura Denso")
case("p08_harness_po", ["RG004", "RG005"],
     "sample PO holds the 2,970 ('not released now, released later') but names no unlock event and no person",
     [("KD-PO-240712.pdf", _p08)])

# ---- p09: British procurement officer, CNC valve body; 'on hold until further notice'; 40 vs 45
_p09_txt = D("""
Dear Luis,

Please find attached purchase order CV-24-1183 for the VB-220 valve body (drawing CV-220-01 issue F).

The order is for the 40 FAI pieces. The remainder of the 600 on your quotation is on hold until
further notice.

FAI documentation per AS9102 rev C please: ballooned drawing, forms 1-3 and the CMM report.
Material 316L to EN 10088-3, 3.1 certificates with the shipment.
Delivery DAP Halifax (Incoterms 2020), four weeks from today if you can.

Many thanks for turning the quotation round so quickly.

Kind regards,
Rachel
""") + sig("Rachel Pryce", "Senior Procurement Officer", "Calder Valve Systems Ltd", "+44 1422 555 014")
_p09_pdf = pdf([
    ("h1", "Calder Valve Systems Ltd - Purchase Order CV-24-1183"),
    ("p", "Supplier: Precisión CNC Querétaro S.A. de C.V., Parque Industrial El Marqués, Querétaro, Mexico"),
    ("p", "Order date: 8 July 2024    Payment: 60 days EOM    Delivery: DAP Halifax"),
    ("table", [["Line", "Part", "Description", "Qty", "UoM", "Price", "Value"],
               ["1", "VB-220", "Valve body, 316L, FAI pieces, drg CV-220-01 iss F", "45", "ea", "£62.00", "£2,790.00"]]),
    ("sp",),
    ("p", "FAI pieces only. Surface finish Ra 0.8 on sealing faces. Passivate to ASTM A967."),
], title="CV-24-1183", author="Calder Valve Systems")
_p09 = mail("Rachel Pryce <rachel.pryce@caldervalve.co.uk>", "Luis Hernández <lhernandez@pcncq.mx>",
            "PO CV-24-1183 - VB-220 valve body - FAI", "Mon, 08 Jul 2024 11:20:00 +0100",
            _p09_txt, attachments=[("CV-24-1183.pdf", _p09_pdf, PDF_MT)])
case("p09_valve_fai", ["RG004", "RG005", "RG011"],
     "email says 40 FAI pieces, attached PO says 45; remainder 'on hold until further notice' with no event or person",
     [("CV-24-1183_FAI.eml", eml_bytes(_p09))])

# ---- p10: US foundry buyer; hold + only Greg can release, but no event; TXT ERP attachment
_p10_txt = D("""
Paulo,

Attached is PO 66120 for the PH-88 pump housing (pattern 88-2, ASTM A536 65-45-12 ductile).

To be clear: the ten (10) first-article castings are the only pieces released on this PO. The remaining
390 stay on hold until further notice, and I'm the only one who can release them -- not our
engineering team, not our AP department.

Please send the FA report with the castings: chemistry, mechanicals from the keel block, and
X-ray of the flange area per ASTM E446 level 2. Shot blast and prime, no paint.

Thanks,
Greg
""") + sig("Greg Tanaka", "Sr. Buyer, Castings & Forgings", "Midstate Hydraulics Inc.", "+1 217 555 0144")
_p10_erp = D("""
MIDSTATE HYDRAULICS INC                 PURCHASE ORDER                   PAGE 1
PO NO: 66120     REV: 0     DATE: 06/24/2024      BUYER: GTANAKA
VENDOR: 40712 FUNDICAO VALE VERDE LTDA  ITAUNA MG BRAZIL
--------------------------------------------------------------------------------
LN  ITEM        DESCRIPTION                       QTY   UM   UNIT PR     EXT
01  PH-88       HSG PUMP DUCT IRON 65-45-12        10   EA    212.00   2,120.00
                FIRST ARTICLE CASTINGS
--------------------------------------------------------------------------------
NOTES: BAL 390 EA HOLD.  INCOTERMS FCA SANTOS.  CERTS REQD.
""")
_p10 = mail("Greg Tanaka <gtanaka@midstatehyd.com>", "Paulo Andrade <paulo.andrade@valeverde.ind.br>",
            "PO 66120 - PH-88 housings - FA castings only", "Mon, 24 Jun 2024 15:05:00 -0500",
            _p10_txt, attachments=[("PO_66120.txt", _p10_erp, "text/plain")])
case("p10_housing_fa", ["RG004"],
     "10 FA castings released, 390 on hold 'until further notice', Greg named as sole releaser, but no unlock event",
     [("PO66120_FA_castings.eml", eml_bytes(_p10))])

# ---- p11: British textile release 1,200 m; forecast 8,000 m 'firm commitment'; no unlock event
_p11 = docx_bytes([
    ("h1", "Thornbury Home Textiles plc - Bulk Release 01"),
    ("p", "To: Tecelagem Itajaí S.A., Rua Blumenau 2200, Brusque SC, Brazil"),
    ("p", "Contract: TH-C-AW25-04    Date: 2 July 2024"),
    ("p", "Article: TH-ST-118 cotton sateen 300TC, 280 cm width, colour Ecru, finish easy-care."),
    ("table", [["Release", "Quantity (m)", "Status"],
               ["01", "1,200", "Released"],
               ["-", "6,800", "Not released"]]),
    ("sp",),
    ("p", "Release 01: 1,200 m, for delivery ex-mill by 16 August 2024."),
    ("p", "The balance of 6,800 m remains unreleased. Only Fiona Blake, Head of Sourcing, may release any "
          "part of it."),
    ("p", "Season forecast AW25: 8,000 m in total. Please treat this forecast as a firm commitment from "
          "Thornbury and plan your weaving capacity accordingly."),
    ("p", "Quality: shrinkage max 3% (ISO 6330 6N), colour fastness to washing grade 4 (ISO 105-C06)."),
    ("p", "Kind regards, Charlotte Avery, Buyer, Thornbury Home Textiles plc"),
], author="Charlotte Avery")
case("p11_sateen_release", ["RG004", "RG008"],
     "release 01 of 1,200 m with balance held and Fiona Blake named, but no unlock event; 8,000 m forecast called a firm commitment",
     [("TH-bulk-release-01.docx", _p11)])

# ---- p12: HTML call-off, furniture; 'Release 1 of 3: 60 desks' vs table 80; unnamed procurement
_p12 = html_page("Release notice OO-2024-031 / R1", D("""
<h2>Oakhurst Office Interiors &mdash; Release Notice</h2>
<p>Contract OO-2024-031 &nbsp;|&nbsp; Supplier: Muebles Sierra Madre S.A. de C.V., Guadalajara &nbsp;|&nbsp; 9 August 2024</p>
<p>Product: Atlas sit-stand desk, 1600 x 800 mm, oak veneer top, twin motor frame (EN 527-1 Type C).</p>
<p><b>Release 1 of 3: 60 desks.</b></p>
""") + rows_html([["Release no.", "Qty released", "Delivery week", "Destination"],
                   ["1", "80", "wk 36", "Oakhurst DC, Milton Keynes"]]) + D("""
<p>The remaining desks stay unreleased until the showroom sample has been signed off and Procurement
has issued a further written release.</p>
<p>Packaging: flat-packed frame, top in corner-protected carton, max pallet height 1.8 m.</p>
<p>Regards,<br>Procurement Team, Oakhurst Office Interiors Ltd</p>
"""))
case("p12_desk_release", ["RG005", "RG011"],
     "release notice says 60 desks in the text and 80 in the table; further release from 'Procurement', nobody named",
     [("oakhurst_release_R1.html", _p12)])

# ---- p13: ERP PO print, US CNC; header total 75 vs line 50; release from unnamed PURCHASING
_p13 = D("""
GRANITE RIDGE ENGINEERING INC              PURCHASE ORDER                  PAGE 1 OF 1
1450 QUARRY RD  ST CLOUD MN 56301
PO NUMBER: 4471902    REV: 00    DATE: 07/08/2024    BUYER CODE: P17    TERMS: NET 45
VENDOR: 10288  TALLERES MECANICOS DEL NORTE SA DE CV  SALTILLO COAH MEXICO
SHIP TO: GRE MAIN PLANT - RECEIVING DOCK B          FOB: LAREDO TX
====================================================================================
LN  PART NO         REV  DESCRIPTION                        QTY  UOM   UNIT PR      EXT
001 GR-5500-118     D    SHAFT, OUTPUT, 17-4PH H1150         50  EA    112.50    5,625.00
                         SPLINE PER ANSI B92.1 30T 16/32DP
------------------------------------------------------------------------------------
                                                         PO TOTAL USD        5,625.00
====================================================================================
NOTES:
  LN 001 = FAI / SAMPLE LOT PER AS9102.
  TOTAL RELEASED QTY THIS PO: 75 EA
  BALANCE OF QUOTED 500 EA (QUOTE TQ-2231) NOT RELEASED.
  BAL HELD PENDING FAI SIGN-OFF AND WRITTEN RELEASE FROM PURCHASING.
  MATERIAL AUTHORITY: RELEASED QTY ONLY.
  CERTS: MILL CERT + HT CERT (AMS 2759/3) + CMM REPORT REQUIRED WITH SHIPMENT.
  DFARS 252.225-7009 SPECIALTY METALS APPLIES.
====================================================================================
THIS ORDER IS SUBJECT TO GRE TERMS AND CONDITIONS REV 2021-03.
""")
case("p13_shaft_erp", ["RG005", "RG011"],
     "ERP PO: line qty 50 but 'total released qty 75'; balance held pending FAI sign-off and release from unnamed 'purchasing'",
     [("PO_4471902_print.txt", _p13)])

# ---- p14: Teams chat, British buyer + Brazilian furniture maker; oak bought for all 300
_p14 = D("""
Chat export - Microsoft Teams - "Linden & Co / Móveis Moreira - dining chair LC-DC-9"
Exported 28/06/2024 17:40

Sophie Grant  12/06/2024 09:14
Hi Rafael, PO LC-5512 is on its way from our system. To confirm scope: 2 prototype dining chairs (LC-DC-9, solid European oak) only. The 300 production chairs are not released - they need our prototype sign-off and then a written release from me.

Rafael Moreira  12/06/2024 09:31
Hi Sophie, understood. 2 prototypes, we start tomorrow 🙂

Sophie Grant  12/06/2024 09:33
Lovely. Finish is Osmo Polyx 3032 raw matt, two coats. Seat pad in Camira Cara, colour Oxford.

Rafael Moreira  12/06/2024 09:40
OK. The back slats 18 mm or 20 mm? drawing says 18 but the old model was 20

Sophie Grant  12/06/2024 10:02
18 mm please, drawing LC-DC-9 rev 3 is correct.

Rafael Moreira  19/06/2024 15:12
Good news Sophie, the sawmill had a very nice lot of European oak FAS grade, so we bought the oak for all 300 chairs, it is drying in our kiln now. The prototypes come from the same lot so the colour will match 👍

Sophie Grant  19/06/2024 15:30
Ok. Photos of the prototypes when you have them please.

Rafael Moreira  27/06/2024 11:05
Prototypes finished, sending photos now. Shipping by DHL Express Monday.
""")
case("p14_chair_chat", ["RG006"],
     "supplier bought oak for all 300 chairs while only 2 prototypes are released and no material authority exists",
     [("teams_LC-DC-9.txt", _p14)])

# ---- p15: 4-level thread, British buyer + Mexican harness supplier; 35 vs 30 samples; connectors for 2,000
_p15_orig = D("""
Dear Alejandro,

Please find PO PR-44187 attached.

The PO covers 30 sample harnesses (part 4410-227 issue C) only. The balance of 1,970 is not
released - its release requires PPAP sign-off by our quality team and then my written release.

Helen Marsh
Category Buyer, Pennine Rail Systems Ltd
""")
_p15_l3 = "Yes please, PRS-L-09 issue 4 labels, one per harness at the P1 end.\n\nH.\n"
_p15_l2 = D("""
Helen,

The PPAP documents (level 3) will be ready with the samples. Question: do you need the harnesses
labelled per your spec PRS-L-09?

Regards,
Alejandro
""")
_p15_l1 = D("""
Alejandro, thanks - Friday works. Please include the pull-test results with the samples.

Helen
""")
_p15_txt = D("""
Helen, good morning.

As per your PO PR-44187 for 35 sample harnesses, they ship Friday by DHL, AWB to follow.

To protect the 14-week lead time on the Molex MX150 connectors we placed the order for the
complete 2,000 sets last week, so there will be no delay later.

Best regards,
Alejandro Ruiz
Ejecutivo de Cuenta / Account Manager
Arneses del Norte S.A. de C.V. - Ciudad Juárez, Chih.
""") + "\nOn Tue, 16 Jul 2024 at 14:02, Helen Marsh <h.marsh@penninerail.co.uk> wrote:\n" + q(
    _p15_l1 + "\nOn Tue, 16 Jul 2024 at 09:15, Alejandro Ruiz <aruiz@arnesesdelnorte.mx> wrote:\n" + q(
        _p15_l2 + "\nOn Mon, 15 Jul 2024 at 16:40, Helen Marsh <h.marsh@penninerail.co.uk> wrote:\n" + q(
            _p15_l3 + "\nOn Mon, 8 Jul 2024 at 10:05, Helen Marsh <h.marsh@penninerail.co.uk> wrote:\n" + q(_p15_orig))))
_p15 = mail("Alejandro Ruiz <aruiz@arnesesdelnorte.mx>", "Helen Marsh <h.marsh@penninerail.co.uk>",
            "RE: RE: RE: RE: PO PR-44187 sample harnesses 4410-227", "Wed, 17 Jul 2024 08:12:00 -0600",
            _p15_txt)
case("p15_harness_thread", ["RG006", "RG011"],
     "supplier restates the PO as 35 samples (PO: 30) and ordered connectors for all 2,000 sets with no material authority",
     [("RE_PR-44187_samples.eml", eml_bytes(_p15))])

# ---- p16: supplier ERP WO status report; customer release 20 vs 25; bar bought for 500
_p16 = D("""
MIDWEST PRECISION MACHINING LLC        WORK ORDER STATUS REPORT        RUN 07/15/24 06:00
PLANT 2 - ROCKFORD IL                                                  PAGE 1 OF 1
==========================================================================================
CUSTOMER .................: 00412 HARTWELL FLUID POWER
CUST PO ..................: 4500-2231
PART .....................: HF-7710-03 REV B   MANIFOLD, 6061-T6, HARD ANODIZE MIL-A-8625 T3
CUSTOMER RELEASED QTY ....: 20 EA (FAI)
BALANCE ON HOLD ..........: 480 EA  (PER PO NOTE - NOT RELEASED)
------------------------------------------------------------------------------------------
WO NO  OP   WORK CENTER      STATUS        QTY   COMPLETE  REMARKS
8812   010  SAW-02           COMPLETE       25        25   BLANKS CUT
8812   020  HAAS UMC-750 #3  IN PROCESS     25        11
8812   030  DEBURR           WAITING        25         0
8812   040  ANODIZE (OSP)    WAITING        25         0   VENDOR: VALLEY FINISHING
------------------------------------------------------------------------------------------
WO 8812 QTY ..............: 25 EA  (RELEASED QTY PER CUSTOMER)
RAW MATERIAL .............: 6061-T6 PLATE 2.0 IN - PURCHASED FOR 500 PCS EQUIV
                            (VENDOR PO V-33120, RECEIVED 07/10/24, RACK C-14)
MATERIAL AUTHORITY REF ...: NONE ON FILE
PROMISE DATE (FAI) .......: 07/26/24
==========================================================================================
""")
case("p16_wo_status", ["RG006", "RG011"],
     "supplier WO report: customer released 20 but WO shows 25 'released qty per customer'; plate bought for 500 with no authority",
     [("WO_status_HF-7710-03.txt", _p16)])

# ---- p17: buyer ERP PO (100 pilot, 4,900 forecast not released) + Indian EMS ack booking 4,900 firm
_p17_po = D("""
CORVANE SYSTEMS INC                    PURCHASE ORDER                    PAGE 1/1
PO 45007781   REV 0   DATE 05-AUG-2024   BUYER: M DELANEY
VENDOR: 88120 SHAKTI ELECTRONICS MANUFACTURING PVT LTD, SIPCOT, CHENNAI, INDIA
------------------------------------------------------------------------------------
LN  ITEM              DESCRIPTION                     QTY  UOM   UNIT USD       EXT
1   CV-MB-210 REV C   PCBA MAIN BOARD - PILOT BUILD    100  EA      52.80   5,280.00
------------------------------------------------------------------------------------
PO NOTES:
1. THIS PO RELEASES 100 EA PILOT UNITS ONLY.
2. THE 4,900 EA SHOWN ON VENDOR QUOTE SEQ-2241 IS A FORECAST. IT IS NOT RELEASED AND IS
   NOT AN ORDER.
3. BALANCE RELEASED ONLY AFTER PILOT SIGN-OFF, BY WRITTEN RELEASE FROM MARK DELANEY
   (DIR. SUPPLY CHAIN).
4. MATERIAL AUTHORITY: PILOT QTY ONLY (100 EA).
5. IPC-A-610 CLASS 2. IPC J-STD-001. CONFORMAL COAT NONE.
""")
_p17_ack = docx_bytes([
    ("h1", "ORDER ACKNOWLEDGEMENT  SEM/OA/24-0918"),
    ("p", "Shakti Electronics Manufacturing Pvt Ltd, SIPCOT Industrial Park, Sriperumbudur, Chennai 602105"),
    ("p", "To: Corvane Systems Inc., Attn: Mr. Mark Delaney        Date: 07-Aug-2024"),
    ("p", "Dear Sir,"),
    ("p", "We acknowledge with thanks the receipt of your PO 45007781 for 100 nos. pilot units of CV-MB-210 "
          "Rev C. The pilot build is scheduled on SMT Line 2 in WK 33."),
    ("p", "Kindly note that the balance 4,900 nos. as per your forecast has been booked as a firm order in "
          "our system (SO 24-8812) so that line capacity is reserved for you."),
    ("p", "Further, long-lead components (STM32 MCU, Murata Wi-Fi modules) for the full 5,000 units have been "
          "ordered with our distributor to protect the 26-week lead time."),
    ("table", [["Item", "Qty (nos.)", "Status"],
               ["Pilot build CV-MB-210 Rev C", "100", "In process"],
               ["Balance as per forecast", "4,900", "Booked (firm)"],
               ["Long-lead components", "5,000 sets", "Ordered"]]),
    ("p", "We thank you for the business and assure you of our best services at all times."),
    ("p", "Thanks & Regards,"),
    ("p", "Sunita Iyer, Key Account Manager, Shakti Electronics Manufacturing Pvt Ltd"),
], author="Sunita Iyer")
case("p17_pilot_ack", ["RG006", "RG008"],
     "buyer PO holds the 4,900 forecast; supplier ack books it as a firm order and orders long-lead parts for 5,000",
     [("PO_45007781.txt", _p17_po), ("SEM_OA_24-0918.docx", _p17_ack)])

# ---- p18: Indian EMS; advance received -> 5K scheduled + long-lead ordered; buyer scope quoted
_p18_q = D("""
Rohit,

PO 7781-22 is placed for 5,000 LD-40 drivers so that our finance team can pay the 20% advance
your terms require.

Production is NOT released by this PO. Build the 50 NPI units only.
The remaining 4,950 need NPI sign-off and then a written release from me (Chris Baldwin).
Material: NPI quantity only, please.

Chris
""")
_p18_txt = D("""
Dear Chris,

Greetings from Trident EMS!

Advance payment of USD 18,600 received today with thanks. Accordingly, we have scheduled the build
of 5K units of LD-40 on our SMT line starting 19-Aug and placed orders for the long-lead components
(TI controller, Wurth magnetics) for 5K units.

The NPI units are in final test and will be dispatched by this Friday.

Kindly share the packing instructions and the label artwork at the earliest.

Thanks & Regards,
Rohit Malhotra
Account Manager - North America
Trident EMS Pvt Ltd, Sector 63, Noida
""") + "\nOn Fri, 2 Aug 2024, 21:10 Chris Baldwin <cbaldwin@aeroluxlighting.com> wrote:\n" + q(_p18_q)
_p18 = mail("Rohit Malhotra <rohit.m@tridentems.in>", "Chris Baldwin <cbaldwin@aeroluxlighting.com>",
            "RE: PO 7781-22 LD-40 driver - advance payment", "Tue, 06 Aug 2024 18:22:00 +0530", _p18_txt)
case("p18_advance_5k", ["RG006", "RG012"],
     "supplier reads the advance payment as the start signal for 5K and buys long-lead parts for 5K; buyer released 50 NPI only",
     [("RE_PO7781-22_advance.eml", eml_bytes(_p18))])

# ---- p19: Brazilian textile supplier; deposit -> fabric dyed for 5.000 + sewing line
_p19_q = D("""
Mariana,

PO HL-2207 is attached. It covers 20 sample cushion covers only.

The remaining 4,980 are not released: they need our sample sign-off and a written release from me.
The 30% deposit on your pro-forma is simply your payment term.

Oliver Bennett
Buyer, Hearth & Loom Ltd
""")
_p19_txt = D("""
Dear Oliver,

Good morning! We received the deposit of 30% yesterday, thank you very much.

With this we already dyed the fabric for the 5.000 cushion covers (colour Sage 16-0213 TCX, 100%
linen 240 g/m2) and the sewing line starts on Monday 2/Sep.

The 20 samples were sent by FedEx last week, tracking 7781 2231 0456. Please tell us your comments.

Best regards,
Mariana Costa
Comercial / Export
Confecções Costa Azul Ltda - Blumenau SC - Brasil
""") + "\nEm qui., 8 de ago. de 2024 às 10:14, Oliver Bennett <o.bennett@hearthandloom.co.uk> escreveu:\n" + q(_p19_q)
_p19 = mail("Mariana Costa <mariana@costaazul.com.br>", "Oliver Bennett <o.bennett@hearthandloom.co.uk>",
            "Re: PO HL-2207 cushion covers - deposit", "Thu, 29 Aug 2024 09:03:00 -0300", _p19_txt)
case("p19_deposit_linen", ["RG006", "RG012"],
     "supplier treats the deposit as the go for 5.000 covers and dyes fabric for all of them; only 20 samples released",
     [("Re_HL-2207_deposit.eml", eml_bytes(_p19))])

# ---- p20: supplier status report PDF, food packaging; film ordered for 250,000; run on proof approval
_p20 = pdf([
    ("h1", "Weekly Status Report"),
    ("p", "Empaques Flexibles del Pacífico S.A. de C.V. - Mazatlán, Sinaloa"),
    ("p", "Customer: Greenleaf Snacks Inc.   PO: GS-40918   Item: stand-up pouch 150 g, zipper, food-contact"),
    ("p", "Week 31 / 2024"),
    ("table", [["Topic", "Status"],
               ["Released by PO", "500 sample pouches (press proof and line trial)"],
               ["Balance", "249,500 pouches - on hold per your PO"],
               ["Film (PET12 / ALU7 / PE70 laminate)", "ordered for 250,000 pouches with our film supplier to secure the September slot"],
               ["Print cylinders", "engraved, 8 colours, proof printed 29-Jul"],
               ["Next step", "full quantity runs immediately after your approval of the press proof"]]),
    ("sp",),
    ("p", "Please note: as soon as your team approves the press proof we start the 250,000 pouches without "
          "delay, because the film is already ordered and reserved for you."),
    ("p", "Food contact: laminate compliant with FDA 21 CFR 177.1390; inks low-migration, Swiss Ordinance "
          "SR 817.023.21 listed. Declaration of compliance attached to sample shipment."),
    ("p", "Contact: Ing. Sofía Lizárraga, Customer Service"),
], title="Status GS-40918 wk31", author="EFP")
case("p20_pouch_status", ["RG006", "RG007"],
     "supplier ordered film for 250,000 while 500 are released, and plans to run the full quantity on press-proof approval",
     [("EFP_status_GS-40918_wk31.pdf", _p20)])

# ---- p21: Brazilian foundry quote; sample approval 'considered as release' for 1,200
_p21 = pdf([
    ("h1", "QUOTATION FSG-Q-24-118"),
    ("p", "Fundição Serra Gaúcha Ltda. - Rod. RS-122 km 14, Caxias do Sul RS, Brasil"),
    ("p", "To: Midland Pumps Ltd, Tipton, West Midlands, UK - Attn. Mr. Stuart Keane"),
    ("p", "Date: 04/07/2024   Validity: 60 days"),
    ("p", "Part: impeller housing MP-IH-250, grey iron EN-GJL-250 (EN 1561), drawing MP-IH-250 rev 4"),
    ("table", [["Item", "Qty", "Unit price", "Lead time"],
               ["Pattern (resin, 2 cavities)", "1", "EUR 6,800.00", "4 weeks"],
               ["Sample castings", "6 pcs", "EUR 95.00", "6 weeks"],
               ["Serial production", "1,200 pcs", "EUR 41.50", "8 weeks"]]),
    ("sp",),
    ("h", "Commercial conditions"),
    ("p", "1. Prices FCA Caxias do Sul, packing in wooden crates included."),
    ("p", "2. Payment: pattern 50% with order; castings 30 days after invoice."),
    ("p", "3. The approval of the sample castings by the customer will be considered as release for the "
          "serial production of 1,200 pcs."),
    ("p", "4. Machining not included. Casting tolerances ISO 8062-3 DCTG 10."),
    ("p", "Atenciosamente, Eng. Cláudia Bertolini - Vendas Técnicas"),
], title="FSG-Q-24-118", author="Fundição Serra Gaúcha")
case("p21_foundry_quote", ["RG007"],
     "supplier quote states that sample approval 'will be considered as release' for the 1,200 serial castings",
     [("FSG-Q-24-118.pdf", _p21)])

# ---- p22: Indian EMS build plan; MP of 10K 'will commence' on NPI approval
_p22 = docx_bytes([
    ("h1", "Build Plan - NA-AMP-60 Amplifier Board"),
    ("p", "Vriddhi Electronics Pvt Ltd, Electronic City Phase 1, Bengaluru 560100"),
    ("p", "Customer: Norvik Audio AS, Trondheim    Date: 12-Aug-2024    Doc ref: VE/BP/24-077"),
    ("p", "Dear Mr. Lindqvist,"),
    ("p", "Greetings from Vriddhi! Please find below our build plan for your kind perusal."),
    ("p", "Upon successful completion of the NPI build and your approval of the NPI report, the MP build of "
          "10K units will commence as per the plan below without any further delay. We have kept SMT Line 3 "
          "blocked for this purpose."),
    ("table", [["Phase", "Week", "Qty", "Remarks"],
               ["NPI build", "WK 34", "as per PO", "FAI, ICT and FCT report"],
               ["NPI report approval", "WK 36", "-", "by customer"],
               ["MP lot 1", "WK 37", "2,500", "SMT Line 3"],
               ["MP lot 2", "WK 38", "2,500", "SMT Line 3"],
               ["MP lot 3", "WK 39", "2,500", "SMT Line 3"],
               ["MP lot 4", "WK 40", "2,500", "SMT Line 3"]]),
    ("p", "Test coverage: ICT > 92% nets, FCT per Norvik test spec NTS-60 v1.4."),
    ("p", "Kindly revert in case of any clarification."),
    ("p", "Warm regards, Deepa Krishnan, Account Manager"),
], author="Deepa Krishnan")
case("p22_build_plan", ["RG007"],
     "EMS build plan: MP of 10K 'will commence' on NPI report approval, i.e. approval assumed to release production",
     [("VE_BP_24-077_build_plan.docx", _p22)])

# ---- p23: Mexican harness supplier, 3-level thread; 'once you approve the PPAP we continue directly'
_p23_orig = D("""
Fernanda,

PO 88-1420 covers 25 PPAP sample harnesses (KA-3310 rev E).

The 2,000 production harnesses on your quote are not released. They will be released only by a
written release from me after our PPAP approval.

Tom Whitaker
Purchasing Manager, Keystone Ag Equipment
""")
_p23_l2 = "Tom, the samples will be ready on Thursday. Do you need the IMDS number too?\n\nFernanda\n"
_p23_l1 = "Fernanda, yes please. Also include the PSW and the dimensional layout.\n\nTom\n"
_p23_txt = D("""
Hi Tom,

Thank you. The 25 PPAP samples are finishing electrical test today and will ship tomorrow with the
PPAP level 3 package (PSW, layout, MSA, IMDS 881203467).

Once you approve the PPAP we continue directly with the 2,000 pcs, no need to wait for new PO or
release, so we keep your SOP date of October 7.

Regards,
Fernanda Gil
Program Manager
Arneses Técnicos de Juárez
""") + "\nOn Mon, Aug 12, 2024 at 9:41 AM Tom Whitaker <twhitaker@keystoneag.com> wrote:\n" + q(
    _p23_l1 + "\nOn Mon, Aug 12, 2024 at 8:02 AM Fernanda Gil <fgil@atjuarez.mx> wrote:\n" + q(
        _p23_l2 + "\nOn Thu, Jul 25, 2024 at 3:15 PM Tom Whitaker <twhitaker@keystoneag.com> wrote:\n" + q(_p23_orig)))
_p23 = mail("Fernanda Gil <fgil@atjuarez.mx>", "Tom Whitaker <twhitaker@keystoneag.com>",
            "RE: RE: PO 88-1420 harness PPAP samples", "Tue, 13 Aug 2024 17:26:00 -0600", _p23_txt)
case("p23_ppap_thread", ["RG007"],
     "supplier says it will run the 2,000 straight after PPAP approval with no release, against the buyer's written-release term",
     [("RE_88-1420_PPAP.eml", eml_bytes(_p23))])

# ---- p24: Teams chat, US buyer contradicts his own written-release requirement
_p24 = D("""
--- Teams chat export: Ostrander Robotics <> Pacific Coast Machining ---
--- Channel: OR-4402 wrist housing ---

[7/1/2024 9:02 AM] Jake Morrison (Ostrander Robotics):
Hey Mei - PO 30-7781 just went out. Scope: 10 FAI pcs of the wrist housing OR-4402 rev B. Balance of 290 is on hold until I release it in writing after FAI sign-off.

[7/1/2024 9:10 AM] Mei Lin (Pacific Coast Machining):
Got it, 10 FAI pcs. Material cert will be 7075-T651 per AMS-QQ-A-250/12.

[7/1/2024 9:12 AM] Jake Morrison (Ostrander Robotics):
👍 Anodize Type III class 2 black per MIL-A-8625, mask the bearing bores.

[7/3/2024 2:47 PM] Mei Lin (Pacific Coast Machining):
Bearing bore is 35.000/35.016, we'll hold mid-tol. Fixture is built.

[7/15/2024 4:31 PM] Mei Lin (Pacific Coast Machining):
FAI pcs done, CMM report uploaded to your supplier portal.

[7/16/2024 8:05 AM] Jake Morrison (Ostrander Robotics):
Saw it, looks clean. Heads up I'm out the next two weeks on PTO. Assume you'll just roll on into the rest once our QC gets the FAI paperwork signed 👍

[7/16/2024 8:09 AM] Mei Lin (Pacific Coast Machining):
Sounds good, we'll keep the fixture on the machine then.
""")
case("p24_teams_housing", ["RG007"],
     "buyer who required a written release later tells the supplier to roll into the rest once QC signs the FAI",
     [("teams_OR-4402.txt", _p24)])

# ---- p25: British textile buyer; 'approved' for costing/PO and strike-offs; straight into bulk
_p25_txt = D("""
Dear Karthik,

Thanks for the revised cost sheet. Your costing is approved, and the PO (AR-PO-5521) has been
approved on our side - you should have it from our system this afternoon.

To recap the scope: the PO covers strike-offs for the four colourways and 50 m sampling yardage
only. Bulk (6,000 m) is not released yet; bulk release comes from me in writing.

As usual, once the strike-offs are approved you can go straight into bulk.

Shade: please submit under D65 and TL84, tolerance dE <= 1.0 (CMC 2:1). Tech pack summary attached.

Best wishes,
Victoria
""") + sig("Victoria Hale", "Senior Buyer, Home", "Alder & Rowe Ltd", "+44 20 7946 0311")
_p25_docx = docx_bytes([
    ("h1", "Tech pack summary - AR-TP-118 'Meadow' print"),
    ("p", "Base cloth: cotton-linen 55/45, 180 g/m2, width 145 cm usable."),
    ("p", "Print: rotary screen, 8 screens, repeat 64 cm. Colourways: Sage, Clay, Ink, Ochre."),
    ("table", [["Test", "Method", "Requirement"],
               ["Rubbing fastness", "ISO 105-X12", "dry 4, wet 3"],
               ["Washing fastness", "ISO 105-C06 A2S", "4"],
               ["Dimensional change", "ISO 5077", "+/- 3%"]]),
    ("p", "Labels: care label per ISO 3758; country of origin."),
], author="Victoria Hale")
_p25 = mail("Victoria Hale <victoria.hale@alderandrowe.co.uk>", "Karthik Subramanian <karthik@suryodaytex.in>",
            "AR-PO-5521 Meadow print - costing and strike-offs", "Thu, 11 Jul 2024 16:48:00 +0100",
            _p25_txt, attachments=[("AR-TP-118_techpack.docx", _p25_docx, DOCX_MT)])
case("p25_strikeoff_bulk", ["RG007", "RG009"],
     "'approved' used for costing/PO and for strike-offs; buyer says go straight into bulk on strike-off approval despite written-release term",
     [("AR-PO-5521_costing.eml", eml_bytes(_p25))])

# ---- p26: buyer PO (6 samples) + Brazilian supplier ack (5 samples, 495 without new PO)
_p26_po = D("""
LAKESHORE GEAR & DRIVE CO.                 PURCHASE ORDER               PO: LK-20931
DATE: 08/01/2024                          BUYER: D. WHITFIELD          TERMS: NET 60
VENDOR: METALURGICA PAMPA LTDA, CANOAS RS, BRASIL
-----------------------------------------------------------------------------------
LN  PART       DESCRIPTION                                 QTY  UOM   UNIT     EXT
1   GC-14      GEARBOX COVER, AL A356.0-T6, SAMPLES          6  EA   96.00   576.00
-----------------------------------------------------------------------------------
NOTES:
- LN 1 = SAMPLE CASTINGS ONLY (6 EA).
- BALANCE OF 494 EA PER QUOTE MP-2024-311 IS NOT RELEASED.
- BALANCE RELEASED ONLY BY WRITTEN RELEASE FROM DANA WHITFIELD (PURCHASING MGR)
  AFTER SAMPLE SIGN-OFF.
- MATERIAL AUTHORITY: SAMPLE QTY ONLY.
- X-RAY ASTM E155 LEVEL 2. HEAT TREAT CERT REQUIRED.
""")
_p26_ack = docx_bytes([
    ("h1", "ORDER ACKNOWLEDGEMENT / CONFIRMAÇÃO DE PEDIDO"),
    ("p", "Metalúrgica Pampa Ltda. - Av. Guilherme Schell 8800, Canoas RS - CNPJ 92.114.870/0001-12"),
    ("p", "Customer: Lakeshore Gear & Drive Co.   Your PO: LK-20931   Our order: PV-24-0577   Date: 05/08/2024"),
    ("p", "Dear Ms. Whitfield,"),
    ("p", "We confirm your PO No. LK-20931 for 5 sample units of gearbox cover GC-14 (aluminium A356.0-T6)."),
    ("p", "After approval of the samples, the 495 remaining will be produced without new PO, to keep the "
          "lead time of 6 weeks."),
    ("table", [["Item", "Qty", "Delivery"],
               ["GC-14 samples", "5", "30/08/2024"],
               ["GC-14 production", "495", "6 weeks after sample approval"]]),
    ("p", "Atenciosamente,"),
    ("p", "Rodrigo Farias - Comercial Exportação"),
], author="Rodrigo Farias")
case("p26_gc14_ack", ["RG007", "RG011"],
     "supplier ack says 5 samples (PO: 6) and that the remaining 495 will be produced after approval without a new PO",
     [("PO_LK-20931.txt", _p26_po), ("Pampa_ack_PV-24-0577.docx", _p26_ack)])

# ---- p27: HTML supplier quote, Mexican CNC; production starts automatically on FAI approval
_p27 = html_page("Cotización MPS-Q-0788", D("""
<h2>Mecanizados de Precisión Saltillo, S.A. de C.V.</h2>
<p>Cotización / Quotation <b>MPS-Q-0788</b> &nbsp;|&nbsp; Fecha: 22/07/2024</p>
<p>Cliente: Brightwater Instruments Inc., Boulder CO &nbsp;|&nbsp; Atn: Mr. Evan Holt</p>
<p>Parte: BWI-BLK-17 rev A, sensor block, aluminio 6061-T6, anodizado claro tipo II</p>
""") + rows_html([["Item", "Qty", "Unit price (USD)", "Lead time"],
                   ["FAI pieces with AS9102 report", "5", "210.00", "3 weeks"],
                   ["Production", "1,000", "46.80", "5 weeks"]]) + D("""
<h3>Terms</h3>
<ol>
<li>Prices EXW Saltillo, Coahuila. Export packing included.</li>
<li>Production starts automatically upon your FAI approval; no additional PO or release is required.</li>
<li>Payment net 30 days.</li>
<li>Tolerances per drawing; general ISO 2768-mK.</li>
</ol>
<p>Atentamente,<br>Ing. Ricardo Zamora &mdash; Ventas</p>
"""))
case("p27_cnc_quote_html", ["RG007"],
     "supplier quote term: production starts automatically upon FAI approval with no release",
     [("MPS-Q-0788.html", _p27)])

# ---- p28: HTML Teams export, Indian EMS + US buyer; 'Looks solid. Go ahead.'
_p28_rows = [
    ["Time", "From", "Message"],
    ["03-Jun-2024 10:02", "Dave Kowalski (Verdant Controls)",
     "PO 55-2031 is out for 50 NPI boards (VC-PCB-88 rev C). The other 4,950 on the quote are not released - they need NPI sign-off and a written release from me."],
    ["03-Jun-2024 10:15", "Lakshmi Narayanan (Aarav Electronics)", "Noted Dave, 50 NPI boards only. Kitting done, SMT on Thursday."],
    ["03-Jun-2024 10:16", "Dave Kowalski (Verdant Controls)", "👍 Please use the rev C stencil, the rev B one has the wrong aperture on U7."],
    ["07-Jun-2024 18:40", "Lakshmi Narayanan (Aarav Electronics)", "SMT done. AOI found 3 tombstoned 0402 caps, reworked."],
    ["12-Jun-2024 09:05", "Lakshmi Narayanan (Aarav Electronics)",
     "NPI build completed. ICT yield 49/50, one board reworked (U12 bridging). Report uploaded to SharePoint /NPI/VC-PCB-88."],
    ["12-Jun-2024 09:06", "Lakshmi Narayanan (Aarav Electronics)", "Kindly advise next steps. May we proceed?"],
    ["12-Jun-2024 21:47", "Dave Kowalski (Verdant Controls)", "Looks solid. Go ahead."],
    ["12-Jun-2024 21:52", "Lakshmi Narayanan (Aarav Electronics)", "Thank you Dave 🙏"],
]
_p28 = html_page("Teams chat export - VC-PCB-88", D("""
<h3>Microsoft Teams &mdash; chat export</h3>
<p>Chat: Verdant Controls / Aarav Electronics &mdash; VC-PCB-88 NPI &nbsp;|&nbsp; exported 13-Jun-2024 by d.kowalski</p>
""") + rows_html(_p28_rows))
case("p28_teams_npi", ["RG002"],
     "after the NPI report the buyer answers 'Looks solid. Go ahead.' without naming a quantity or sample scope",
     [("teams_export_VC-PCB-88.html", _p28)])

# ---- p29: Korean buyer, 'OK, proceed please.'
_p29_orig = D("""
Dear Harish,

PO 4200-0818 is for 30ea sample only. Mass production 6,000ea is not released.
After we approve sample test report, I will send release mail for mass production.

Best regards,
Lee Jae-won
""")
_p29_l1 = D("""
Dear Mr. Lee,

Greetings! Please find attached the sample test report for DS-PWR-12 (30 nos.).
All parameters are within specification; hi-pot 3 kV AC 60 s passed, ripple 42 mV p-p.

May we proceed?

Thanks & regards,
Harish Kumar
Sri Venkateswara Electronics, Hosur
""")
_p29_txt = D("""
Dear Harish,

Thank you for report. OK, proceed please.

Best regards,
Lee Jae-won
Manager, Purchasing Team
Daesung Electronics Co., Ltd.
""") + "\n-----Original Message-----\nFrom: Harish Kumar <harish.k@sve-hosur.in>\nSent: Monday, July 1, 2024 4:12 PM\n" \
      "To: Lee Jae-won <jw.lee@daesung-elec.co.kr>\nSubject: RE: PO 4200-0818 DS-PWR-12 sample\n\n" + q(
    _p29_l1 + "\n-----Original Message-----\nFrom: Lee Jae-won\nSent: Thursday, June 13, 2024 9:30 AM\n\n" + q(_p29_orig))
_p29 = mail("Lee Jae-won <jw.lee@daesung-elec.co.kr>", "Harish Kumar <harish.k@sve-hosur.in>",
            "RE: RE: PO 4200-0818 DS-PWR-12 sample", "Tue, 02 Jul 2024 08:55:00 +0900", _p29_txt)
case("p29_kr_proceed", ["RG002"],
     "buyer replies 'OK, proceed please.' to 'may we proceed?' without naming a quantity; written release was promised",
     [("RE_4200-0818_sample.eml", eml_bytes(_p29))])

# ---- p30: WhatsApp, British buyer + UK job shop; 'Happy for you to crack on.'
_p30 = D("""
14/05/2024, 08:41 - Nick Ashworth: Morning Darren. PO BM-3321 sent over for 8 first-off uprights (BM-UP-07 iss. 3). The other 112 aren't released - they need our FAI sign-off and then a written release from me.
14/05/2024, 08:52 - Darren Cole: Morning Nick, got it, 8 first-offs only. 7075-T6 billet in stock.
14/05/2024, 08:53 - Darren Cole: Anodise clear or black?
14/05/2024, 09:10 - Nick Ashworth: Black hard anodise, 25 micron. Mask the M10x1.25 threads and the bearing seat.
22/05/2024, 17:35 - Darren Cole: FAI parts all in spec, report in your inbox. How do you want us to play it?
22/05/2024, 18:02 - Nick Ashworth: Lovely stuff. Happy for you to crack on.
22/05/2024, 18:03 - Darren Cole: 👍 cheers Nick
""")
case("p30_uprights_chat", ["RG002"],
     "after FAI the buyer says 'Happy for you to crack on.' - an unscoped go with no quantity",
     [("whatsapp_BM-3321.txt", _p30)])

# ---- p31: US terse buyer 'Approved.' in a 3-level thread
_p31_orig = D("""
Rubén,

PO 22-4410 = 15 sample harnesses only. The 585 production harnesses are not released until we
sign off the samples and I send you a written release.

Beth Sorensen
Buyer, Cascade Marine Electronics
""")
_p31_l2 = "Rubén - any update on the samples? Need them for the boat show build.\n\nB.\n"
_p31_l1 = D("""
Beth,

Attached the FAI report for the fifteen sample harnesses CM-HX-220 rev A. All dimensions, pull test
and hi-pot OK. Let us know if we are approved.

Thanks,
Rubén Treviño
Cableados del Norte, Monterrey
""")
_p31_txt = "Approved.\n\nBeth\n\nSent from my iPhone\n\n" + "On Jul 18, 2024, at 11:02 AM, Rubén Treviño <rtrevino@cableadosnorte.mx> wrote:\n\n" + q(
    _p31_l1 + "\nOn Jul 15, 2024, at 2:20 PM, Beth Sorensen <bsorensen@cascademarine.com> wrote:\n\n" + q(
        _p31_l2 + "\nOn Jun 24, 2024, at 9:05 AM, Beth Sorensen <bsorensen@cascademarine.com> wrote:\n\n" + q(_p31_orig)))
_p31 = mail("Beth Sorensen <bsorensen@cascademarine.com>", "Rubén Treviño <rtrevino@cableadosnorte.mx>",
            "Re: PO 22-4410 sample harnesses", "Thu, 18 Jul 2024 12:40:00 -0700", _p31_txt)
case("p31_one_word", ["RG002"],
     "one-word 'Approved.' answering 'let us know if we are approved' - no quantity, no sample-only scope",
     [("Re_PO22-4410.eml", eml_bytes(_p31))])

# ---- p32: British foundry buyer; deposit paid -> 'you have the green light'
_p32_orig = D("""
Gabriela,

PO TV-8812 covers 10 sample castings (valve body TV-VB-3, EN-GJS-400-15). The balance of 490 is
not released; it will be released by me in writing after sample sign-off.

Regards,
Andrew Pike
Procurement Officer, Tyne Valve & Pump Ltd
""")
_p32_l2 = "Gabriela, samples arrived this morning. Inspection under way.\n\nA.\n"
_p32_l1 = D("""
Dear Andrew,

Thank you, good to know the samples passed your inspection. We are waiting the 40% deposit
according to our proforma PF-2218 to plan the foundry.

Best regards,
Gabriela Montes
Ventas Internacionales, Fundición Bajío S.A. de C.V.
""")
_p32_txt = D("""
Gabriela,

Deposit has been paid this morning (remittance ref. TVP-PAY-30918) - you have the green light.

Regards,
Andrew
""") + "\n\nFrom: Gabriela Montes <gmontes@fundicionbajio.mx>\nSent: 05 September 2024 15:44\nTo: Andrew Pike\nSubject: RE: PO TV-8812 samples\n\n" + q(
    _p32_l1 + "\nFrom: Andrew Pike\nSent: 02 September 2024 10:10\n\n" + q(
        _p32_l2 + "\nFrom: Andrew Pike\nSent: 24 July 2024 09:32\n\n" + q(_p32_orig)))
_p32 = mail("Andrew Pike <andrew.pike@tynevalve.co.uk>", "Gabriela Montes <gmontes@fundicionbajio.mx>",
            "RE: PO TV-8812 samples", "Mon, 09 Sep 2024 11:15:00 +0100", _p32_txt)
case("p32_green_light", ["RG002", "RG012"],
     "buyer ties the deposit to 'you have the green light' with no quantity, against his own written-release term",
     [("RE_TV-8812_deposit.eml", eml_bytes(_p32))])

# ---- p33: British packaging buyer; 'proceed with the print run' - no quantity; TXT attachment
_p33_txt = D("""
Hi Anil,

Thanks for the revised proof - all corrections picked up, including the allergen box.

Please proceed with the print run on the approved artwork (log attached).

Delivery to our Leeds bakery: pallets max 1.2 m high, food-grade stretch wrap, no wooden pallets in
the high-care area (plastic or presswood only). Booking in via our transport desk 48 h ahead.

Cheers,
Harriet
""") + sig("Harriet Lowe", "Packaging Buyer", "Fenwick Bakeries Ltd", "+44 113 496 0422")
_p33_log = D("""
ARTWORK APPROVAL LOG
ITEM: SW-SLEEVE-02  SANDWICH WEDGE SLEEVE, BOARD 275 GSM, BARRIER COATED
PO REF: FB-60212

REV  DATE        CHANGE                               BY         STATUS
1    20/05/2024  FIRST PROOF                          A. SHARMA  REJECTED
2    29/05/2024  BARCODE MOVED, EAN-13 5012345678900  A. SHARMA  REJECTED
3    05/06/2024  ALLERGEN BOX ADDED                   A. SHARMA  REJECTED
4    12/06/2024  ALLERGEN BOX BOLD, PANTONE 7741 C    A. SHARMA  APPROVED (H. LOWE)

BARCODE GRADE A PER ISO/IEC 15416.  INKS: LOW MIGRATION, EUPIA GUIDELINE.
""")
_p33 = mail("Harriet Lowe <harriet.lowe@fenwickbakeries.co.uk>", "Anil Sharma <anil@printpak.co.in>",
            "FB-60212 sandwich wedge sleeves - artwork rev 4", "Thu, 13 Jun 2024 10:02:00 +0100",
            _p33_txt, attachments=[("artwork_log_SW-SLEEVE-02.txt", _p33_log, "text/plain")])
case("p33_print_run", ["RG002", "RG010"],
     "'please proceed with the print run' with no quantity anywhere in the mail or its attachment",
     [("FB-60212_artwork.eml", eml_bytes(_p33))])

# ---- p34: Japanese buyer, 'approved' for design, purchasing and production
_p34_txt = D("""
Dear Mr. Salazar,

Thank you for your support always.

We inform the status of harness SW-H-2210 as below.

1. Sample : approved (design approval by our engineering dept.)
2. PO SW-PO-2406-77 : approved by our purchasing department (commercial approval)
3. Production : approved for 500pcs (Lot 1)
4. Remaining 1,500pcs : hold until next call-off from me (Tanaka)

Please understand above approval status.
Delivery of Lot 1 : CIF Yokohama, ETA 30th August.

Best regards,
Yuki Tanaka
""") + sig("Yuki Tanaka", "Purchasing Section", "Shinwa Electric Co., Ltd.", "+81 53 555 0120")
_p34 = mail("Yuki Tanaka <y-tanaka@shinwa-elec.co.jp>", "Carlos Salazar <csalazar@aichih.com.mx>",
            "SW-H-2210 approval status", "Fri, 12 Jul 2024 13:30:00 +0900", _p34_txt, html=as_html(_p34_txt))
case("p34_jp_approvals", ["RG009"],
     "'approved' used for design approval, commercial approval of the PO and production approval of 500 pcs",
     [("SW-H-2210_status.eml", eml_bytes(_p34))])

# ---- p35: British textile release letter, 'Approved' for lab dips, costing and bulk
_p35 = pdf([
    ("h1", "Penrose & Hart Ltd - Bulk Release Letter PH-BR-007"),
    ("p", "To: Tecelagem Itajaí S.A., Brusque SC, Brazil    Date: 19 August 2024"),
    ("p", "Article: PH-CH-404 brushed cotton check, 150 cm, colourway Heather."),
    ("table", [["Stage", "Status"],
               ["Lab dips (4 shades)", "Approved"],
               ["Costing (v3, EUR 3.85/m)", "Approved"],
               ["Bulk - release 1", "Approved: 1,200 m of the 4,800 m"]]),
    ("sp",),
    ("p", "The remaining 3,600 m stays unreleased until call-off 2, which will be signed by Imogen Clarke, "
          "Sourcing Manager."),
    ("p", "Delivery: CIF Felixstowe, shipment by 27 September 2024. Rolls of 50-60 m, cored, polybagged."),
    ("p", "Yours sincerely, Imogen Clarke, Sourcing Manager, Penrose & Hart Ltd"),
], title="PH-BR-007", author="Penrose & Hart")
case("p35_release_letter", ["RG009"],
     "release letter uses 'Approved' for lab dips (technical), costing (commercial) and the 1,200 m bulk release",
     [("PH-BR-007_release.pdf", _p35)])

# ---- p36: DOCX release form, CNC; three 'approved' boxes; 300 vs 350
_p36 = docx_bytes([
    ("h1", "Production Release Form QF-114"),
    ("p", "Brant Industrial Automation Inc. - Supplier: Precisión CNC Querétaro S.A. de C.V."),
    ("p", "PO: BIA-7740 (1,500 pcs commercial cover)    Part: BIA-GB-330 rev F, gearbox housing, A356-T6 machined"),
    ("table", [["Item", "Status", "Reference"],
               ["[x] FAI approved", "AS9102 report FAI-2291", "Quality, 02-Aug-2024"],
               ["[x] Budget approved", "Capex line 24-117", "Finance, 05-Aug-2024"],
               ["[x] Production approved", "Released quantity: 300 pcs", "This form"]]),
    ("sp",),
    ("p", "Balance: not released. Further quantities are released only by a new QF-114 form after lot "
          "acceptance of this lot, signed by the Materials Manager named below."),
    ("p", "Material authority: released quantity only."),
    ("sp",),
    ("p", "Production approved: 350 pcs"),
    ("p", "Signed: Sandra Kowalczyk, Materials Manager (release authority)    Date: 06-Aug-2024"),
], author="Sandra Kowalczyk")
case("p36_qf114_form", ["RG009", "RG011"],
     "form says 'released quantity 300' and 'production approved: 350'; 'approved' used for FAI, budget and production",
     [("QF-114_BIA-GB-330.docx", _p36)])

# ---- p37: HTML supplier portal, Indian EMS; 'Released' for PO and production, 'Approved' for finance and NPI
_p37 = html_page("Order status 4500-3312", D("""
<h2>Aarav Electronics Pvt Ltd &mdash; Customer Order Portal</h2>
<p>Customer: Halden Instruments GmbH &nbsp;|&nbsp; Product: HI-SENS-7 sensor board rev B &nbsp;|&nbsp; Last update: 24-Jul-2024 11:20 IST</p>
""") + rows_html([["Item", "Quantity", "Status", "Remarks"],
                   ["Customer PO 4500-3312", "5,000 units", "RELEASED", "approved by customer finance on 02-Jul-2024"],
                   ["NPI build", "100 units", "APPROVED", "customer NPI approval 18-Jul-2024"],
                   ["MP release 1", "1,000 units", "RELEASED", "release letter from Ms. Julia Brandt, 22-Jul-2024"],
                   ["MP balance", "3,900 units", "ON HOLD", "pending next release letter from Ms. Julia Brandt"]]) + D("""
<p>Material status: procured for NPI + MP release 1 only (1,100 units).</p>
<p>For queries please contact your account manager, Mr. Vivek Menon, +91 80 5555 0190.</p>
"""))
case("p37_portal_status", ["RG009"],
     "portal uses 'RELEASED' for the PO (commercial) and for MP release 1, and 'approved' for finance and for NPI",
     [("aarav_portal_4500-3312.html", _p37)])

# ---- p38: US buyer, 'released' for drawing rev and for production; HTML ECN attachment
_p38_txt = D("""
Eduardo,

Quick update on APS-PSU-400:

- Rev D is released in our PLM as of this morning (ECN-2024-0412 attached).
- Your quote Q-5521 is approved.
- Release qty: 200 boards, rev D.
- Balance of 800 stays on hold until EVT sign-off and a written release from me.

Ship the 200 in ESD trays per our packaging spec PS-07, no bubble wrap.

Carla
""") + sig("Carla Mendes", "Buyer, Power Products", "Arcturus Power Systems", "+1 512 555 0176")
_p38_ecn = html_page("ECN-2024-0412", D("""
<h2>Engineering Change Notice ECN-2024-0412</h2>
<p>Product: APS-PSU-400 &nbsp;|&nbsp; From rev C to rev D &nbsp;|&nbsp; Status: RELEASED 2024-07-22</p>
""") + rows_html([["#", "Change", "Reason"],
                   ["1", "R47 changed 10k to 12k 1%", "OVP threshold"],
                   ["2", "C12 changed to 100 uF 50 V polymer", "ripple current"],
                   ["3", "Silkscreen: added polarity mark at D5", "assembly error risk"]]) + "<p>Approver: J. Whitlock, Engineering</p>\n")
_p38 = mail("Carla Mendes <cmendes@arcturuspower.com>", "Eduardo Lozano <elozano@jaliscocircuit.mx>",
            "APS-PSU-400 rev D - release qty", "Mon, 22 Jul 2024 15:40:00 -0500", _p38_txt,
            attachments=[("ECN-2024-0412.html", _p38_ecn, "text/html")])
case("p38_rev_release", ["RG009"],
     "'released' used both for the drawing revision in PLM and for the 200-board production release",
     [("APS-PSU-400_revD.eml", eml_bytes(_p38))])

# ---- p39: US commodity manager; 'build the first production lot' - no quantity
_p39_txt = D("""
Patricia,

Harness samples (ST-WH-5521 rev C) look fine on the trial truck, thanks for turning them around
so quickly.

Please build the first production lot and ship when ready - usual packaging, returnable totes,
KANBAN cards on each tote.

The rest of the order stays on hold until I sign the PPAP warrant.

Mike
""") + sig("Mike Brennan", "Commodity Manager", "Sterling Truck Bodies Inc.", "+1 574 555 0165")
_p39 = mail("Mike Brennan <mbrennan@sterlingtb.com>", "Patricia Leal <pleal@wiringsolutions.mx>",
            "ST-WH-5521 samples / first lot", "Wed, 14 Aug 2024 07:55:00 -0400", _p39_txt, html=as_html(_p39_txt))
case("p39_first_lot", ["RG010"],
     "'build the first production lot' authorizes work without any quantity; hold, event and person are stated",
     [("ST-WH-5521_first_lot.eml", eml_bytes(_p39))])

# ---- p40: Japanese buyer; payment done -> 'please start the mass production'; forwarded rfc822
_p40_fwd = mail("Accounting Dept. <keiri@tokai-optronics.co.jp>", "Ayumi Kondo <a-kondo@tokai-optronics.co.jp>",
                "Payment notice: Sahyadri Electronics invoice SE/INV/24-331", "Tue, 09 Jul 2024 16:20:00 +0900",
                D("""
                Kondo-san,

                Payment of invoice SE/INV/24-331 (NRE and stencil/fixture tooling) was remitted today.
                Amount: JPY 1,245,000
                Bank: MUFG Bank, Nagoya branch, value date 2024-07-09

                Accounting Dept.
                """))
_p40_txt = D("""
Dear Mr. Joshi,

Thank you for your continuous support.

We have completed the payment for the NRE and the stencil/fixture tooling invoice.
Please see forwarded mail from our accounting team.

Therefore, please start the mass production of TO-DRV-07.

Best regards,
Ayumi Kondo
Procurement Group, Tokai Optronics Co., Ltd.
""")
_p40 = mail("Ayumi Kondo <a-kondo@tokai-optronics.co.jp>", "Prakash Joshi <prakash.joshi@sahyadri-elec.in>",
            "TO-DRV-07 payment completed", "Wed, 10 Jul 2024 09:12:00 +0900", _p40_txt,
            attachments=[("rfc822", _p40_fwd)])
case("p40_payment_start", ["RG010", "RG012"],
     "buyer says payment is done, 'therefore' start mass production - payment as authority, and no quantity",
     [("TO-DRV-07_payment.eml", eml_bytes(_p40))])

# ---- p41: WhatsApp, British buyer + Brazilian upholsterer; instalment paid -> 'start on the next batch'
_p41 = D("""
[03/06/2024, 10:12:40] Lucy Harding: Hi Thiago, confirming how the 240 upholstered benches for the Kensington project will work. We release them in batches, sizes to be agreed per batch. Nothing is released until I send the written release for that batch, and each release only comes after the previous batch passes our inspection.
[03/06/2024, 10:20:05] Thiago Rocha: Hi Lucy, perfect, understood 👍
[03/06/2024, 10:21:30] Thiago Rocha: Fabric is the Kvadrat Steelcut Trio 3 col. 246?
[03/06/2024, 10:25:12] Lucy Harding: Yes, 246. Foam CMHR 35 kg/m3, crib 5.
[15/07/2024, 14:02:51] Thiago Rocha: Good afternoon Lucy, the first batch arrived at your warehouse in Park Royal this morning
[18/07/2024, 09:44:07] Lucy Harding: Batch 1 passed inspection 👏 Paid the second instalment this morning, so start on the next batch.
[18/07/2024, 09:50:33] Thiago Rocha: Obrigado Lucy! We start Monday 🙂
""")
case("p41_bench_batches", ["RG010", "RG012"],
     "buyer links the paid instalment to 'start on the next batch' and never states the batch quantity",
     [("whatsapp_kensington_benches.txt", _p41)])

# ---- p42: PDF call-off without a quantity
_p42 = pdf([
    ("h1", "CALL-OFF No. 4"),
    ("p", "Northgate Rail Ltd, Litchurch Lane, Derby DE24 8AD"),
    ("p", "Under Scheduling Agreement NR-SA-5531    Supplier: Arneses del Bajío S.A. de C.V., León, Gto., Mexico"),
    ("p", "Part: NR-CA-118 issue D, cable assembly, EN 45545-2 HL3, EN 50306-2 wire"),
    ("table", [["Call-off", "Issue date", "Delivery", "Incoterms"],
               ["4", "01/08/2024", "week 35", "DAP Derby"]]),
    ("sp",),
    ("p", "Please produce and ship the next lot per the delivery plan."),
    ("p", "Quantities not covered by a call-off remain on hold. The next call-off will be issued by "
          "Maria Jansen, Supply Chain Lead."),
    ("p", "Each delivery to carry a certificate of conformity to BS EN 10204 2.1 and the lot traceability label."),
], title="Call-off 4 NR-SA-5531", author="Northgate Rail")
case("p42_calloff_noqty", ["RG010"],
     "call-off tells the supplier to produce 'the next lot per the delivery plan' without stating a quantity",
     [("NR-SA-5531_calloff_4.pdf", _p42)])

# ---- p43: DOCX PO for 'first-off samples' with no number and nothing else
_p43 = docx_bytes([
    ("h1", "Purchase Order MD-70388"),
    ("p", "Moorland Dairies Ltd, Skipton Road, Keighley BD20 6SA"),
    ("p", "Supplier: Envases Termoformados de Querétaro S.A. de C.V."),
    ("p", "Date: 3 June 2024    Payment: 30 days end of month"),
    ("table", [["Item", "Description", "Price"],
               ["1", "First-off samples, yoghurt pot 125 ml, PP white, from new tool T-2231 (4 cavity)", "£450.00 lot"]]),
    ("sp",),
    ("p", "Please manufacture first-off samples from the new tool and submit them with a full dimensional "
          "report per cavity, the material certificate and the food-contact declaration of compliance "
          "(EU 10/2011)."),
    ("p", "Deliver to: Quality Laboratory, Moorland Dairies, Keighley."),
    ("p", "Moorland Dairies Purchasing"),
], author="Moorland Dairies Purchasing")
case("p43_first_off", ["RG003", "RG004", "RG005", "RG010"],
     "sample PO with no sample quantity, no hold on the rest, no unlock event and no release person",
     [("MD-70388_first_off.docx", _p43)])

# ---- p44: Mexican harness supplier order confirmation; forecast booked firm; start on advance
_p44 = pdf([
    ("h1", "ORDER CONFIRMATION OC-24-0931"),
    ("p", "Arneses del Bajío S.A. de C.V. - Blvd. Aeropuerto 1450, León, Guanajuato, México"),
    ("p", "Customer: Hartland Agricultural Machinery Ltd, Lincoln, UK"),
    ("p", "Date: 02/07/2024    Customer reference: forecast Q3-2024 received 28/06/2024"),
    ("table", [["Item", "Part", "Description", "Qty", "Unit", "Price USD"],
               ["1", "HA-WH-77", "Main harness, tractor cab, rev G", "4,000", "pcs", "23.10"]]),
    ("sp",),
    ("p", "Quantity basis: as per customer forecast Q3-2024. This confirmation books the forecast quantity as "
          "a firm order in our system."),
    ("p", "Production will start upon receipt of the 30% advance payment (USD 27,720.00)."),
    ("p", "Delivery: FCA León, weekly lots. Packing: returnable crates."),
    ("p", "Atentamente, Lic. Andrea Vázquez - Customer Service"),
], title="OC-24-0931", author="Arneses del Bajio")
case("p44_oc_forecast", ["RG008", "RG012"],
     "supplier confirmation books the customer's forecast of 4,000 as a firm order and starts production on the advance",
     [("OC-24-0931.pdf", _p44)])

# ---- p45: PDF PO (20 samples) + buyer follow-up mail saying 25 samples (two files)
_p45_po = pdf([
    ("h1", "Keel Marine Systems - Purchase Order KM-44120"),
    ("p", "Keel Marine Systems Inc., 40 Harbor Dr, Portsmouth NH 03801"),
    ("p", "Vendor: Deccan Circuits Pvt Ltd, Hyderabad, India    Date: 07/22/2024    Terms: Net 30"),
    ("table", [["Line", "Part", "Description", "Qty", "Unit", "Price", "Ext"],
               ["1", "KM-NAV-2 rev A", "PCBA, navigation controller - samples", "20", "EA", "$138.00", "$2,760.00"]]),
    ("sp",),
    ("p", "Scope: twenty (20) sample assemblies only. The balance of 980 is not released; it is released only by a "
          "written release from Sam Ortiz, Supply Chain Manager, after sample sign-off."),
    ("p", "Material authority: sample quantity only."),
    ("p", "IPC-A-610 Class 3. Conformal coat per IPC-CC-830, keep-outs per drawing KM-NAV-2-ASSY."),
], pagesize=LETTER, title="KM-44120", author="Keel Marine")
_p45_mail_txt = D("""
Priya,

One more thing on KM-44120 - please make sure the 25 samples ship with the CoC and the X-ray
images of the two BGAs (U1 and U9).

Thanks,
Sam
""") + sig("Sam Ortiz", "Supply Chain Manager", "Keel Marine Systems Inc.", "+1 603 555 0149")
_p45_mail = mail("Sam Ortiz <sortiz@keelmarine.com>", "Priya Reddy <priya.reddy@deccancircuits.in>",
                 "KM-44120 samples - CoC and X-ray", "Thu, 25 Jul 2024 10:05:00 -0400", _p45_mail_txt)
case("p45_km_samples", ["RG011"],
     "PO authorizes 20 samples, the same buyer's follow-up mail refers to 'the 25 samples'",
     [("KM-44120_PO.pdf", _p45_po), ("KM-44120_followup.eml", eml_bytes(_p45_mail))])

# ---- p46: Korean buyer ERP schedule: 'THIS FORECAST IS FIRM ORDER'
_p46 = D("""
SEOHAN MOBILITY CO., LTD.            DELIVERY SCHEDULE / FORECAST          PRINT 2024-07-01 08:30
SUPPLIER : 20431  CABLEADOS RAMOS ARIZPE S.A. DE C.V.
BUYER    : PURCHASING TEAM 2
=================================================================================================
PART NO        DESCRIPTION              JUL-24    AUG-24    SEP-24    OCT-24      TOTAL    UNIT
SH-CB-1130     CABLE ASSY, BATT (-)      3,000     3,000     4,000     4,000     14,000    EA
-------------------------------------------------------------------------------------------------
REMARK
1. ABOVE QTY IS FORECAST BASED ON OEM PRODUCTION PLAN (REV.07).
2. THIS FORECAST IS FIRM ORDER. PLEASE PREPARE CAPACITY AND DELIVER ACCORDING TO SCHEDULE.
3. DELIVERY TERM : DAP PYEONGTAEK, PACKING STD SH-PK-03.
=================================================================================================
""")
case("p46_kr_schedule", ["RG008"],
     "buyer schedule labels the quantities as forecast and in the same breath calls them a firm order",
     [("SEOHAN_schedule_2407.txt", _p46)])


# =================================================================== CLEAN
# ---- c01: Mexican CNC supplier quote with FAI and production tiers (quote alone authorizes nothing)
_c01 = pdf([
    ("h1", "QUOTATION Q-MV-0715"),
    ("p", "Maquinados Villarreal S.A. de C.V. - Av. Industrias 3300, Monterrey, N.L., México"),
    ("p", "To: Harbor Point Marine LLC, Attn: Ms. Renee Dubois, Purchasing    Date: 15/07/2024    Valid: 45 days"),
    ("p", "Part: HPM-TLR-40 tiller arm, 316 stainless, drawing HPM-TLR-40 rev 7"),
    ("table", [["Item", "Quantity", "Unit price (USD)", "Lead time"],
               ["FAI pieces + AS9102 report", "5 pcs", "180.00", "3 weeks"],
               ["Production", "1,000 pcs", "31.40", "6 weeks after release"],
               ["Production", "2,500 pcs", "29.90", "8 weeks after release"]]),
    ("sp",),
    ("h", "Notes"),
    ("p", "1. Production prices are for your reference. A PO for the FAI pieces does not release production; "
          "we start production only on your written release naming the quantity."),
    ("p", "2. Material: 316 bar to ASTM A276, mill certificates EN 10204 3.1."),
    ("p", "3. Electropolish included. Laser marking per drawing note 4."),
    ("p", "Atentamente, Jorge Villarreal - Director Comercial"),
], title="Q-MV-0715", author="Maquinados Villarreal")
case("c01_quote_tiers", [],
     "supplier quote with FAI and production tiers; says an FAI PO does not release production; no authorization",
     [("Q-MV-0715.pdf", _c01)])

# ---- c02: Indian EMS questions (go-ahead? buy long-lead?) under the buyer's complete scope
_c02_q = D("""
Meenakshi,

PO OM-7781 covers 50 NPI units of OM-MTR-3 rev B only. The balance of 4,950 is not released; it
will be released by me (Paul Hendricks) in writing after NPI sign-off.
Material authority: NPI quantity only.

Paul
""")
_c02_txt = D("""
Dear Paul,

Greetings!

The 50 NPI units have cleared FCT (yield 100%) and are packed and ready for dispatch. Two queries
from our side:

1. Do we have your go-ahead for the balance 4,950 units? We have not started anything beyond the
   NPI quantity.
2. Shall we procure the long-lead MCU (STM32G0) for the full 5,000 now, to protect the 20-week lead
   time? We will not place any order until you confirm in writing; till then, material is
   procured for the 50 NPI units only.

Kindly advise at your earliest convenience.

Thanks & Regards,
Meenakshi Sundaram
Account Manager, Kaveri EMS Pvt Ltd, Coimbatore
""") + "\nOn Mon, 22 Jul 2024 at 19:40, Paul Hendricks <phendricks@orionmetering.com> wrote:\n" + q(_c02_q)
_c02 = mail("Meenakshi Sundaram <meenakshi.s@kaveriems.in>", "Paul Hendricks <phendricks@orionmetering.com>",
            "RE: PO OM-7781 NPI build - next steps", "Fri, 09 Aug 2024 11:30:00 +0530", _c02_txt)
case("c02_ems_question", [],
     "supplier asks for a go-ahead and for material authority; buyer's quoted scope is complete; questions authorize nothing",
     [("RE_OM-7781_next_steps.eml", eml_bytes(_c02))])

# ---- c03: Korean buyer ERP forecast, clearly labelled, no authority
_c03 = D("""
HANSOL PRECISION CO., LTD.             MATERIAL REQUIREMENT FORECAST        2024-08-01 07:00
SUPPLIER: 30117 ARNESES INDUSTRIALES DE CHIHUAHUA SA DE CV
*****************************************************************************************
***   FORECAST FOR PLANNING ONLY - NOT A PURCHASE ORDER                                ***
***   NO PRODUCTION AUTHORITY AND NO MATERIAL AUTHORITY IS GIVEN BY THIS DOCUMENT     ***
*****************************************************************************************
PART NO        DESCRIPTION               SEP-24    OCT-24    NOV-24    DEC-24     TOTAL
HS-WH-2208     HARNESS, DOOR LH           1,200     1,500     1,500     1,800     6,000
HS-WH-2209     HARNESS, DOOR RH           1,200     1,500     1,500     1,800     6,000
-----------------------------------------------------------------------------------------
REMARK:
1. QUANTITIES ABOVE MAY CHANGE WEEKLY WITH OEM SCHEDULE.
2. FIRM QUANTITIES ARE GIVEN ONLY BY PURCHASE ORDER AND RELEASE MAIL FROM BUYER
   (PARK MIN-SEO, PURCHASING TEAM 1).
3. DO NOT BUY MATERIAL OR START PRODUCTION AGAINST THIS FORECAST.
*****************************************************************************************
""")
case("c03_kr_forecast", [],
     "clearly labelled forecast: not an order, no production or material authority",
     [("HANSOL_forecast_2408.txt", _c03)])

# ---- c04: British buyer, 'Sample approved for fit check only; production not released.'
_c04_txt = D("""
Dear Diana,

Thank you for the twelve (12) sample harnesses (AR-CH-441 issue B). Our engineers fitted them to the bogie
mock-up yesterday and the routing works well.

Sample approved for fit check only; production not released.

Full sample sign-off still needs the EN 50306 insulation tests from the lab (expected w/c 22 July).
After that, the 488 production harnesses on PO AR-55120 will be released by a written release from
me - nothing before then, please. Material authority remains the 12 samples only.

Kind regards,
James
""") + sig("James Whitfield", "Category Buyer", "Ashcombe Rail Ltd", "+44 1332 555 019")
_c04 = mail("James Whitfield <james.whitfield@ashcomberail.co.uk>", "Diana Cárdenas <dcardenas@arnesesmonclova.mx>",
            "AR-CH-441 samples - fit check", "Fri, 12 Jul 2024 09:18:00 +0100", _c04_txt, html=as_html(_c04_txt))
case("c04_fit_check", [],
     "'sample approved for fit check only; production not released', with event, named releaser and material authority",
     [("AR-CH-441_fit_check.eml", eml_bytes(_c04))])

# ---- c05: US full-quantity foundry PO; 'proceed with all 200'
_c05 = pdf([
    ("h1", "PURCHASE ORDER 71-22098"),
    ("p", "Badger State Compressors Inc., 900 Industrial Dr, Waukesha WI 53186"),
    ("p", "Vendor: Fundição Vale Verde Ltda, Itaúna MG, Brazil    Date: 08/05/2024    Terms: Net 60    FCA Santos"),
    ("table", [["Line", "Item", "Description", "Qty", "UoM", "Unit", "Extended"],
               ["1", "BC-HSG-12", "Compressor housing, ductile iron 65-45-12, pattern BC-12-P3", "200", "EA", "$86.00", "$17,200.00"]]),
    ("sp",),
    ("p", "This PO is the production release for the full 200 castings. The pattern is proven (PPAP approved "
          "2023, file BC-PPAP-118); there is no sample stage and no balance."),
    ("p", "Please proceed with all 200 castings. Deliveries: 100 in week 36 and 100 in week 40."),
    ("p", "Chemistry and mechanicals per ASTM A536 with each heat. Shot blast, no paint."),
], pagesize=LETTER, title="PO 71-22098", author="Badger State Compressors")
case("c05_full_po", [],
     "full-quantity PO: 200 castings released, no sample stage, no balance; 'proceed' is scoped to all 200",
     [("PO_71-22098.pdf", _c05)])

# ---- c06: British textile call-off with an explicit staged material authority above the release
_c06 = docx_bytes([
    ("h1", "Call-off 02 - Contract KL-C-2024-07"),
    ("p", "Kingsley Linen Ltd, Bolton BL3 6HQ - to Anand Weaving Mills, Panipat, Haryana"),
    ("p", "Date: 15 July 2024"),
    ("p", "Article: KL-PC-220 percale 200TC, bleached white, 260 cm."),
    ("table", [["", "Quantity", "Status"],
               ["Contract quantity", "5,000 m", "commercial cover"],
               ["Released by this call-off 02", "1,000 m", "released"],
               ["Balance", "4,000 m", "not released"]]),
    ("sp",),
    ("p", "Released by this call-off: 1,000 m."),
    ("p", "The balance of 4,000 m is not released. It is released only by a further written call-off, issued "
          "by Rosalind Ashby, Sourcing Manager, after lot acceptance of this delivery."),
    ("p", "Material authority: staged. You may buy and hold greige yarn for up to 4,000 m of fabric at "
          "Kingsley's liability. This authorises yarn purchase only - no weaving of the balance."),
    ("p", "Kind regards, Rosalind Ashby, Sourcing Manager"),
], author="Rosalind Ashby")
case("c06_staged_yarn", [],
     "call-off releases 1,000 m; explicit staged material authority for yarn up to 4,000 m at buyer's liability",
     [("KL-C-2024-07_calloff02.docx", _c06)])

# ---- c07: Japanese buyer, explicit recorded auto-conversion with DOCX agreement attached
_c07_agr = docx_bytes([
    ("h1", "Agreement NK-AC-003 - Conditional production release"),
    ("p", "Between Nagase Kiki Co., Ltd. (buyer) and Maquinados Finos de Aguascalientes S.A. de C.V. (supplier)"),
    ("p", "Part: shaft NK-SH-0912 Rev.2    PO: NK-24-1881 (2,000pcs commercial cover)"),
    ("table", [["Item", "Content"],
               ["Released now", "20pcs FAI samples"],
               ["Not released", "1,980pcs"],
               ["Auto-conversion quantity", "1,980pcs"],
               ["Signer", "Hiroshi Sato, Purchasing Manager (release authority)"],
               ["Conditions", "FAI approval sheet signed with result 'approved' and Cpk >= 1.33 on characteristics 3, 7 and 12"],
               ["If interim or rejected", "nothing is released"],
               ["Material authority", "20pcs until the conditions are met"]]),
    ("sp",),
    ("p", "When the conditions are met, the 1,980pcs are released on the date of the signed FAI approval sheet "
          "without any further document. This agreement is recorded in both companies' order files."),
    ("p", "Signed: Hiroshi Sato (Nagase Kiki)    Signed: Arturo Ramírez (MFA)    Date: 2024-06-20"),
], author="Hiroshi Sato")
_c07_txt = D("""
Dear Mr. Ramírez,

Please find attached the signed agreement NK-AC-003 for shaft NK-SH-0912 Rev.2.

Summary:
- PO NK-24-1881 covers 20pcs FAI samples now.
- The remaining 1,980pcs are not released at this moment.
- Auto-conversion is agreed and recorded in the attached agreement: when I (Hiroshi Sato,
  Purchasing Manager) sign the FAI approval sheet with result "approved" and Cpk >= 1.33 on the
  3 key characteristics, the 1,980pcs are released automatically on that date. No further
  document is required.
- If FAI result is "interim" or "rejected", nothing is released.
- Material: please buy for 20pcs only until then.

Best regards,
Hiroshi Sato
Purchasing Manager, Nagase Kiki Co., Ltd.
""")
_c07 = mail("Hiroshi Sato <h-sato@nagase-kiki.co.jp>", "Arturo Ramírez <aramirez@mfa.com.mx>",
            "NK-SH-0912 agreement NK-AC-003 (auto-conversion)", "Thu, 20 Jun 2024 17:05:00 +0900",
            _c07_txt, html=as_html(_c07_txt), attachments=[("NK-AC-003_agreement.docx", _c07_agr, DOCX_MT)])
case("c07_auto_conversion", [],
     "explicit, signed auto-conversion naming quantity 1,980, signer and conditions; samples released, rest held",
     [("NK-AC-003_mail.eml", eml_bytes(_c07))])

# ---- c08: US buyer forwards an old quote (rfc822) and declares its 20,000 figure informational
_c08_old = mail("Ganesh Rao <ganesh@nandielectronics.in>", "Ben Carter <bcarter@latticeaudio.com>",
                "Quotation NE-Q-23-118 LA-DAC-9", "Tue, 14 Nov 2023 12:10:00 +0530",
                D("""
                Dear Ben,

                Please find our quotation NE-Q-23-118 for LA-DAC-9:
                  Pilot build: 40 pcs @ USD 61.00
                  Volume: 20,000 pcs @ USD 14.75
                  Lead time: 8 weeks after your release, components subject to availability.

                Thanks & Regards,
                Ganesh Rao, Nandi Electronics, Mysuru
                """))
_c08_txt = D("""
Ganesh,

PO LA-5530 is for 40 pilot boards (LA-DAC-9 rev B). That's the only quantity released.

I'm forwarding your old quote from last year below for the pricing reference only. The 20,000 pcs
figure in it is informational - it is not released and not an order. Anything beyond the 40 pilots
will be released only by me, in writing, after pilot sign-off. Material: 40 pilots only.

Ben
""") + sig("Ben Carter", "Sourcing Lead", "Lattice Audio Inc.", "+1 503 555 0158")
_c08 = mail("Ben Carter <bcarter@latticeaudio.com>", "Ganesh Rao <ganesh@nandielectronics.in>",
            "PO LA-5530 pilot boards + old quote FYI", "Mon, 05 Aug 2024 13:25:00 -0700", _c08_txt,
            attachments=[("rfc822", _c08_old)])
case("c08_fwd_old_quote", [],
     "forwarded old quote with 20,000 pcs declared informational and not released; 40 pilots released with event and person",
     [("LA-5530_pilot_fwd_quote.eml", eml_bytes(_c08))])

# ---- c09: US buyer corrects a quoted supplier assumption of auto-conversion
_c09_q = D("""
Dear Marcus,

The 8 sample castings are in machining, shipping next week by air.
Once the samples are approved we will pour the 600 immediately, to gain time.

Best regards,
Paulo Bettio
Fundição Serra Gaúcha
""")
_c09_txt = D("""
Paulo,

No - please don't. Sample approval releases nothing on its own. The 600 production castings stay
on hold until I send a written release, and that only happens after our PPAP sign-off. Right now
the only quantity released is the 8 sample castings on PO CV-30221.

Also no metal for the 600 yet, please - material authority is for the 8 samples only.

Marcus Lee
Sr. Buyer, Copperline Valves
""") + "\n-----Original Message-----\nFrom: Paulo Bettio <paulo.bettio@fsg.ind.br>\nSent: Wednesday, August 14, 2024 7:51 AM\n" \
      "To: Marcus Lee <mlee@copperlinevalves.com>\nSubject: PO CV-30221 samples\n\n" + q(_c09_q)
_c09 = mail("Marcus Lee <mlee@copperlinevalves.com>", "Paulo Bettio <paulo.bettio@fsg.ind.br>",
            "RE: PO CV-30221 samples", "Wed, 14 Aug 2024 09:30:00 -0500", _c09_txt)
case("c09_correction", [],
     "buyer rejects the quoted supplier assumption that sample approval releases the 600; full scope restated",
     [("RE_CV-30221_samples.eml", eml_bytes(_c09))])

# ---- c10: WhatsApp, Brazilian supplier: 'the deposit does not release production'
_c10 = D("""
[22/07/2024, 15:02:17] Amelia Price: Hi Camila, deposit for PO WC-1187 went out today 💸 Reminder: WC-1187 is for the 2 prototype armchairs only - the 150 aren't released yet.
[22/07/2024, 15:40:03] Camila Nunes: Thank you Amelia! Received 🙏
[22/07/2024, 15:41:28] Camila Nunes: Just to be clear for our team: the deposit does not release production. We build only the 2 prototype armchairs now. The 150 armchairs wait for your written release after the prototype sign-off.
[22/07/2024, 15:55:46] Amelia Price: Exactly right. Release will come from me once Tom in design signs off the prototypes. No fabric for the 150 until then please.
[22/07/2024, 15:56:10] Camila Nunes: Ok, combined 👍
""")
case("c10_deposit_clear", [],
     "supplier states the deposit does not release production; buyer confirms 2 prototypes only with event and releaser",
     [("whatsapp_WC-1187.txt", _c10)])

# ---- c11: Indian EMS order acknowledgement restating the hold
_c11 = docx_bytes([
    ("h1", "ORDER ACKNOWLEDGEMENT  DC/OA/24-1102"),
    ("p", "Deccan Circuits Pvt Ltd, IDA Cherlapally, Hyderabad 500051"),
    ("p", "To: Holt Scientific Ltd, Attn: Ms. Karen Holt    Date: 16-Jul-2024"),
    ("p", "Dear Madam,"),
    ("p", "We acknowledge your PO 6200-114 for 25 pilot units of board XR-CTL-5 Rev B."),
    ("p", "As stated in your PO, the balance of 2,475 units is not released. We will not build, and will not "
          "procure material, beyond the 25 pilot units until we receive your written release from Ms. Karen "
          "Holt after pilot sign-off."),
    ("table", [["Item", "Qty (nos.)", "Status"],
               ["Pilot build XR-CTL-5 Rev B", "25", "Scheduled WK 30"],
               ["Balance", "2,475", "Not released - awaiting your written release"]]),
    ("p", "Thanks & Regards,"),
    ("p", "Naveen Reddy, Account Manager - Europe"),
], author="Naveen Reddy")
case("c11_ack_hold", [],
     "supplier acknowledgement restates the 25-unit pilot scope, the hold on 2,475, the event and the releaser",
     [("DC_OA_24-1102.docx", _c11)])

# ---- c12: WhatsApp, US buyer + Mexican CNC; scoped 'go ahead with the 12 pilot units only'
_c12 = D("""
[7/8/24, 7:45:02 AM] Trent Nguyen: Oscar - go ahead with the 12 pilot units only. PO SF-6120 covers those 12. The rest (488) stays on hold until I sign the FAI and send you a written release.
[7/8/24, 7:52:30 AM] Oscar Benítez: ok Trent, only the dozen pilot. we start monday
[7/8/24, 7:53:11 AM] Oscar Benítez: material 4140 or 4340? the old drawing says 4340
[7/8/24, 8:01:47 AM] Trent Nguyen: 4140 per drawing SF-220 rev 12. buy bar for the 12 only pls
[7/8/24, 8:02:05 AM] Oscar Benítez: 👍
[7/17/24, 4:30:19 PM] Oscar Benítez: FAI report and the 12 pcs ship thursday by UPS
[7/17/24, 4:35:52 PM] Trent Nguyen: great thx
""")
case("c12_scoped_go", [],
     "'go ahead with the 12 pilot units only' with the 488 held, event and releaser named; 'rev 12' is a drawing revision",
     [("whatsapp_SF-6120.txt", _c12)])

# ---- c13: ERP PO print, FAI only, complete scope, identifiers that look like quantities
_c13 = D("""
HOLLOWAY DYNAMICS INC.                  PURCHASE ORDER               PO 4500-0392   REV 00
2100 AIRPORT BLVD  WICHITA KS 67209                              DATE 06/17/2024  PAGE 1
VENDOR: 70221 PRECISION CNC QUERETARO SA DE CV        SHIP VIA: UPS 2ND DAY   TERMS: NET 45
=========================================================================================
LN   PART NO          REV  DESCRIPTION                        QTY  UOM   UNIT PR       EXT
010  400-392-08       12   BRACKET, MTG, 6061-T6, ANODIZE       8  EA     145.00   1,160.00
=========================================================================================
NOTES:
  LN 010 IS FAI ONLY (8 EA) PER AS9102.
  BALANCE OF 392 EA PER QUOTE HQ-2500 IS NOT RELEASED.
  BALANCE RELEASED ONLY BY WRITTEN RELEASE FROM T. OKONKWO (MATERIALS MGR) AFTER FAI SIGN-OFF.
  MATERIAL AUTHORITY: FAI QTY ONLY.
  QUALITY: ISO 9001:2015 / AS9100D.  DRAWING 400-392 REV 12.  THREADS M8X1.25-6H.
  ANODIZE MIL-A-8625 TYPE II CLASS 1.  CERT OF CONFORMANCE REQUIRED.
=========================================================================================
""")
case("c13_erp_fai", [],
     "ERP PO: FAI 8 only, balance 392 not released, event and named releaser; part/quote/drawing numbers look like quantities",
     [("PO_4500-0392.txt", _c13)])

# ---- c14: full-quantity PCB PO full of identifiers
_c14 = pdf([
    ("h1", "Quantum Ridge Instruments - Purchase Order 2500-1000"),
    ("p", "Quantum Ridge Instruments LLC, 77 Tech Park Dr, Huntsville AL 35806"),
    ("p", "Vendor: Lumen Circuits Pvt Ltd, Pune, India    Date: 06/28/2024    Terms: Net 45"),
    ("table", [["Line", "Part", "Description", "Qty", "UoM", "Unit", "Extended"],
               ["1", "1000-2500-150 rev 12", "PCBA, data acquisition, IPC-A-610 Class 3", "150", "EA", "$96.40", "$14,460.00"]]),
    ("sp",),
    ("p", "This order is for 150 assemblies in full; there is no sample stage and no balance. The 150 are "
          "released for production by this PO."),
    ("p", "Standards: J-STD-001 Class 3, IPC-A-610 Class 3, ISO 9001:2015. Lot code and serial per MIL-STD-130N."),
    ("p", "Ship 75 in week 30 and 75 in week 32. ESD packaging per ANSI/ESD S20.20."),
], pagesize=LETTER, title="PO 2500-1000", author="Quantum Ridge Instruments")
case("c14_full_ids", [],
     "full-quantity PO of 150, released in full; PO/part numbers and standards look like quantities; split delivery 75+75",
     [("PO_2500-1000.pdf", _c14)])

# ---- c15: Korean PPAP interim disposition with limits and a release within them
_c15 = docx_bytes([
    ("h1", "Interim PPAP Disposition & Release R-01"),
    ("p", "Daewon Autotech Co., Ltd. - to Arneses Industriales de Chihuahua S.A. de C.V."),
    ("p", "Part: DW-HN-5521 wire harness, PPAP level 3 submission 2024-06-03"),
    ("table", [["Item", "Content"],
               ["PPAP status", "INTERIM (open: terminal crimp height Cpk 1.21, action plan due 2024-06-30)"],
               ["Interim limit", "500pcs or until 2024-06-30, whichever comes first"],
               ["Release R-01", "500pcs, issued by this document"],
               ["Balance", "9,500pcs - not released"],
               ["Unlock", "full PPAP approval, then written release signed by Park Ji-hoon"],
               ["Material authority", "500pcs only"]]),
    ("sp",),
    ("p", "Release R-01 for five hundred (500) pcs is authorized by Park Ji-hoon, Purchasing Team Leader (release authority)."),
    ("p", "The balance of 9,500pcs is not released. It will be released only after full PPAP approval and a "
          "written release signed by Park Ji-hoon."),
    ("p", "Park Ji-hoon / Purchasing Team Leader / Daewon Autotech"),
], author="Park Ji-hoon")
case("c15_interim_ppap", [],
     "PPAP interim disposition with quantity and date limits; release of 500 within them; balance held with event and person",
     [("DW-HN-5521_interim_R01.docx", _c15)])

# ---- c16: British buyer release 02 in a 5-level thread; staged material authority
_c16_orig = D("""
Valeria,

Release 01 on PO KR-7740 (harness KR-TH-318 issue D): 400 harnesses.
The balance of 1,200 is on hold until the next call-off, which I will issue after lot acceptance
of release 01.
Material authority: wire and terminals for up to 1,200 harnesses, at Kestrel's liability.

Oliver
""")
_c16_l4 = "Valeria, please confirm the ship date for release 01.\n\nOliver\n"
_c16_l3 = "Oliver, the 400 harnesses of release 01 ship tomorrow, DHL freight, 4 pallets.\n\nValeria\n"
_c16_l2 = "Valeria, lot acceptance for lot 1 is done - no findings. Next release will follow this week.\n\nOliver\n"
_c16_l1 = D("""
Oliver,

Thank you. Our line is free from week 36. Could you send the next release?

Valeria Ochoa
Cableados Ramos Arizpe S.A. de C.V.
""")
_c16_txt = D("""
Valeria,

Release 02 on PO KR-7740 (harness KR-TH-318 issue D):

- Released by this mail: 400 harnesses (release 02).
- Cumulative released to date: 800 of the 1,600 on the PO (release 01: 400, release 02: 400).
- The balance of 800 remains on hold until the next call-off, which I will issue after lot
  acceptance of release 02.
- Material authority unchanged: wire and terminals for up to 1,200 harnesses, at Kestrel's
  liability.

Delivery DAP Doncaster, week 38. Labels per KR-LAB-02.

Kind regards,
Oliver
""") + sig("Oliver Grant", "Senior Procurement Officer", "Kestrel Rail Ltd", "+44 1302 555 027") + \
    "\nFrom: Valeria Ochoa <vochoa@cableadosra.mx>\nSent: 28 August 2024 17:02\n\n" + q(
    _c16_l1 + "\nFrom: Oliver Grant\nSent: 28 August 2024 09:12\n\n" + q(
        _c16_l2 + "\nFrom: Valeria Ochoa\nSent: 09 August 2024 18:40\n\n" + q(
            _c16_l3 + "\nFrom: Oliver Grant\nSent: 08 August 2024 08:30\n\n" + q(
                _c16_l4 + "\nFrom: Oliver Grant\nSent: 22 July 2024 14:05\n\n" + q(_c16_orig)))))
_c16 = mail("Oliver Grant <oliver.grant@kestrelrail.co.uk>", "Valeria Ochoa <vochoa@cableadosra.mx>",
            "RE: RE: RE: RE: RE: PO KR-7740 release 01", "Fri, 30 Aug 2024 10:45:00 +0100",
            _c16_txt, html=as_html(_c16_txt))
case("c16_release02_thread", [],
     "release 02 of 400 with cumulative 800 of 1,600, balance held to next call-off by named buyer, staged material authority",
     [("RE_KR-7740_release02.eml", eml_bytes(_c16))])

# ---- c17: HTML release notice, US CNC
_c17 = html_page("Release Notice RN-0042", D("""
<h2>Ironwood Robotics &mdash; Release Notice RN-0042</h2>
<p>PO IR-5521 &nbsp;|&nbsp; Supplier: Pacific Coast Machining Inc., Hayward CA &nbsp;|&nbsp; 07/15/2024</p>
""") + rows_html([["Part", "PO qty (commercial cover)", "Released by this notice", "Released to date", "Not released"],
                   ["IR-ARM-22 rev C", "1,000", "250", "250", "750"]]) + D("""
<p>FAI sign-off recorded 07/12/2024 (report FAI-IR-22-03).</p>
<p>The 750 not released stay on hold. They are released only by a further release notice, signed by
Nadia Petrov, after lot acceptance of these 250.</p>
<p>Material authority: released quantity only (250).</p>
<p>Authorized by: Nadia Petrov, Supply Chain Manager (release authority, limit USD 150,000).</p>
"""))
case("c17_release_notice", [],
     "HTML release notice: 250 of 1,000 released after FAI sign-off; 750 held, event and named releaser, material = released qty",
     [("RN-0042_IR-5521.html", _c17)])

# ---- c18: Teams chat, Korean buyer 'Not yet.'
_c18 = D("""
Microsoft Teams - chat: Hanwool Electronics / Aarav Electronics (HW-PCB-61)

Rohan Mehta [05-08-2024 09:31]
Good morning Mr. Choi, the 30 samples shipped yesterday by DHL. Can we start mass production?

Choi Min-jun [05-08-2024 10:02]
Not yet. Only 30 samples are ordered by PO HW-24-551. Mass production 6,000ea is not released.

Choi Min-jun [05-08-2024 10:03]
After our sample test report is approved, I will send release mail. Please do not buy material for mass production before release mail.

Rohan Mehta [05-08-2024 10:15]
Understood, we will wait for your release mail. No MP material will be ordered.
""")
case("c18_not_yet", [],
     "supplier asks to start; buyer says not yet, 30 samples only, 6,000 not released, event and releaser named",
     [("teams_HW-PCB-61.txt", _c18)])

# ---- c19: Brazilian foundry status report, material for samples only
_c19 = pdf([
    ("h1", "Status Report - PO CP-8812"),
    ("p", "Fundição Vale Verde Ltda - Itaúna MG - Brasil    Date: 24/06/2024"),
    ("p", "Customer: Clarion Pumps Inc.    Part: PC-40 pump cover, ductile iron 65-45-12"),
    ("table", [["Step", "Date", "Status"],
               ["Pouring, 12 sample castings", "20/06/2024", "done"],
               ["Machining", "24/06/2024", "in process"],
               ["Shipment", "28/06/2024", "planned, air freight"]]),
    ("sp",),
    ("p", "Material: melted for the 12 sample castings only. No material has been bought or reserved for the "
          "1,188 balance, which remains on hold pending your written release (Ms. Joan Ferris)."),
    ("p", "Inspection: chemistry and tensile from keel block attached; hardness 170-190 HB."),
    ("p", "Atenciosamente, Paulo Andrade - Qualidade e Vendas"),
], title="Status CP-8812", author="Fundicao Vale Verde")
case("c19_status_samples", [],
     "supplier status: material melted for the 12 samples only, nothing bought for the 1,188 on hold",
     [("FVV_status_CP-8812.pdf", _c19)])

# ---- c20: Brazilian mill portal, European number format, labelled forecast
_c20 = html_page("Portal do cliente - TI-24-0918", D("""
<h2>Tecelagem Itajaí S.A. &mdash; Portal do Cliente / Customer Portal</h2>
<p>Cliente: Marlow Textiles Ltd (UK) &nbsp;|&nbsp; Pedido / Order: TI-24-0918 &nbsp;|&nbsp; Artigo: MT-TW-330 twill 330 g/m&sup2;, 150 cm</p>
<h3>Liberações / Releases</h3>
""") + rows_html([["Release", "Quantidade", "Status", "Autorizado por"],
                   ["R-01", "1.500 m", "liberado / released", "Sarah Finch (Marlow)"],
                   ["Saldo / balance", "3.500 m", "não liberado / not released", "-"]]) + D("""
<p>The balance of 3.500 m requires lot acceptance of R-01 at Marlow and a new written release from Sarah Finch.</p>
<h3>Previsão / Forecast (not an order &mdash; no production or material authority)</h3>
""") + rows_html([["Mês", "Forecast"], ["Out/2024", "5.000 m"], ["Nov/2024", "5.000 m"], ["Dez/2024", "4.000 m"]]) + D("""
<p>Material: fio comprado somente para R-01 (1.500 m) / yarn bought for R-01 only.</p>
"""))
case("c20_portal_eu_numbers", [],
     "supplier portal in European number format: 1.500 m released, 3.500 m held, forecast labelled as no authority",
     [("portal_TI-24-0918.html", _c20)])

# ---- c21: three documents: pilot PO (TXT), supplier quote (PDF), later production release letter (PDF)
_c21_po = D("""
SKYLINE IOT INC                      PURCHASE ORDER                PO 4500-6618  REV 00
DATE 06/10/2024      VENDOR: ENSAMBLES ELECTRONICOS DEL BAJIO SA DE CV, CELAYA GTO MX
---------------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                      QTY  UOM   UNIT USD        EXT
10  SK-IO-4 REV A   PCBA GATEWAY - PILOT              30  EA      74.00   2,220.00
---------------------------------------------------------------------------------------
NOTES:
 PILOT ONLY (30 EA).
 BALANCE OF 2,970 EA PER QUOTE EEB-Q-2405-08 IS NOT RELEASED.
 BALANCE RELEASED ONLY BY WRITTEN RELEASE FROM LINDA PARK (DIR. OPERATIONS) AFTER PILOT
 SIGN-OFF, WITH A REVISED PO.
 MATERIAL AUTHORITY: PILOT QTY ONLY.
""")
_c21_quote = pdf([
    ("h1", "Cotización / Quotation EEB-Q-2405-08"),
    ("p", "Ensambles Electrónicos del Bajío S.A. de C.V. - Celaya, Guanajuato"),
    ("p", "Customer: Skyline IoT Inc., Austin TX    Date: 28/05/2024"),
    ("table", [["Item", "Qty", "Unit price USD", "Lead time"],
               ["Pilot build SK-IO-4 rev A", "30", "74.00", "4 weeks"],
               ["Production SK-IO-4 rev A", "3,000", "18.90", "8 weeks after customer release"]]),
    ("sp",),
    ("p", "Production quantity is quoted for pricing; production requires the customer's written release."),
    ("p", "Ing. Luis Ortega - Ventas"),
], title="EEB-Q-2405-08", author="EEB")
_c21_rel = pdf([
    ("h1", "Production Release PR-01"),
    ("p", "Skyline IoT Inc. - to Ensambles Electrónicos del Bajío S.A. de C.V.    Date: 08/05/2024"),
    ("table", [["Item", "Record"],
               ["Pilot sign-off", "recorded 08/02/2024, report PS-118, disposition: approved"],
               ["Revised PO", "PO 4500-6618 rev 01 issued 08/05/2024, covering 3,000 EA"],
               ["Released by this letter", "2,970 EA (the full balance)"],
               ["Material authority", "released quantity (2,970 EA)"]]),
    ("sp",),
    ("p", "Production of SK-IO-4 rev A is released for 2,970 EA by this letter. Together with the 30 pilot "
          "units, all 3,000 EA on PO 4500-6618 rev 01 are now released; nothing remains on hold."),
    ("p", "Signed: Linda Park, Director of Operations (release authority)"),
], pagesize=LETTER, title="PR-01 SK-IO-4", author="Linda Park")
case("c21_pilot_to_release", [],
     "pilot PO, quote and later release letter: sign-off, revised PO and production release kept apart; quantities consistent",
     [("PO_4500-6618.txt", _c21_po), ("EEB-Q-2405-08.pdf", _c21_quote), ("PR-01_release_letter.pdf", _c21_rel)])

# ---- c22: food-contact spec with migration limits + sample order with complete scope
_c22 = docx_bytes([
    ("h1", "Sample Order SO-2291 and Packaging Specification"),
    ("p", "Moorland Dairies Ltd - to Envases Termoformados de Querétaro S.A. de C.V.    Under PO MD-70415"),
    ("h", "Sample order"),
    ("p", "Sample order SO-2291: 200 cups, 125 ml PP, white, for migration testing and line trials."),
    ("p", "The production quantity on your quotation (1,000,000 cups per year) is not released by this order. "
          "Production is released only by a written release from Graham Pike, Packaging Procurement Manager, "
          "after migration-test sign-off. Material authority: sample quantity only."),
    ("h", "Specification"),
    ("table", [["Characteristic", "Requirement", "Method"],
               ["Overall migration", "<= 10 mg/dm2", "EU 10/2011, simulants B and D2"],
               ["Specific migration (antioxidants)", "per Annex I limits, e.g. 60 mg/kg", "EN 13130"],
               ["Wall thickness", "0.45 mm +/- 0.05", "micrometer, 8 points"],
               ["Top load", ">= 250 N", "ASTM D2659"],
               ["Flange flatness", "<= 0.3 mm", "feeler gauge"]]),
    ("p", "Declaration of compliance per EU 10/2011 Annex IV and FDA 21 CFR 177.1520 required with the samples."),
    ("p", "Graham Pike, Packaging Procurement Manager"),
], author="Graham Pike")
case("c22_foodcontact_spec", [],
     "sample order of 200 cups with hold, event, named releaser, material authority; migration limits look like quantities",
     [("SO-2291_spec.docx", _c22)])

# ---- c24: HTML full-quantity PO with a deposit payment term (deposit is not the trigger)
_c24 = html_page("Purchase Order BB-4410", D("""
<h2>Bramble &amp; Birch Home Ltd &mdash; Purchase Order BB-4410</h2>
<p>Supplier: Confecções Costa Azul Ltda, Blumenau SC, Brasil &nbsp;|&nbsp; Date: 1 July 2024 &nbsp;|&nbsp; Currency: GBP</p>
""") + rows_html([["Line", "Item", "Description", "Qty", "Unit", "Total"],
                   ["1", "BB-CC-45", "Cushion cover 45 x 45 cm, washed linen, colour Clay, concealed zip", "1,000", "£4.20", "£4,200.00"]]) + D("""
<p><b>Production release:</b> this PO releases the full 1,000 pcs for production. There is no sample stage
(counter-sample CS-0512 is on file) and no balance.</p>
<p><b>Payment terms:</b> 30% deposit against pro-forma invoice, 70% at 30 days after delivery.</p>
<p>Delivery: FOB Itajaí, ex-factory by 30 August 2024. Packing: 20 covers per polybag-free carton.</p>
<p>Buyer: Eleanor Marsh, Bramble &amp; Birch Home Ltd</p>
"""))
case("c24_full_po_deposit", [],
     "full-quantity PO that itself releases 1,000 pcs; 30% deposit is only a payment term",
     [("BB-4410_PO.html", _c24)])

# ---- c25: British buyer, 'not ready to go ahead... please don't start the rest'; quoted supplier offer
_c25_l2 = "Alejandra, how are the prototypes coming along?\n\nR.\n"
_c25_l1 = D("""
Dear Rupert,

Attached the photos of the 2 prototype headboards. If you like them we can go ahead with the 298
next week, our upholstery line is free.

Best regards,
Alejandra Ponce
Muebles Sierra Madre S.A. de C.V.
""")
_c25_txt = D("""
Alejandra,

Thanks for the photos - the two prototype headboards look great. However, we're not ready to go
ahead with the production run yet, so please don't start the rest.

To restate: only the 2 prototypes are ordered (PO FH-2291). The remaining 298 headboards stay on
hold until our interior designer signs off the prototypes in the Manchester showroom and I send you
a written release. No fabric or foam for the 298 before then, please.

Rupert
""") + sig("Rupert Ainsworth", "Procurement Manager, FF&E", "Fairhaven Hotels Group", "+44 161 555 0133") + \
    "\nOn 3 Sept 2024, at 16:20, Alejandra Ponce <aponce@mueblessierramadre.mx> wrote:\n" + q(
    _c25_l1 + "\nOn 27 Aug 2024, at 09:02, Rupert Ainsworth <r.ainsworth@fairhavenhotels.co.uk> wrote:\n" + q(_c25_l2))
_c25 = mail("Rupert Ainsworth <r.ainsworth@fairhavenhotels.co.uk>", "Alejandra Ponce <aponce@mueblessierramadre.mx>",
            "Re: Prototype headboards FH-2291", "Wed, 04 Sep 2024 08:40:00 +0100", _c25_txt)
case("c25_not_ready", [],
     "negated go-ahead: 2 prototypes only, 298 held pending showroom sign-off and the buyer's written release",
     [("Re_FH-2291_prototypes.eml", eml_bytes(_c25))])


# =================================================================== build
def _stem(fn):
    s = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9_-]+", "_", s)


def _formats_in_eml(data):
    """Formats found inside an EML (attachments and forwarded parts)."""
    from email import message_from_bytes
    found = set()
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if fn.endswith(".pdf"):
            found.add("PDF")
        elif fn.endswith(".docx"):
            found.add("DOCX")
        elif fn.endswith(".txt"):
            found.add("TXT")
        elif fn.endswith(".html"):
            found.add("HTML")
        if ct == "message/rfc822":
            found.add("rfc822")
    return found


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(20240904).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h4_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # ---- summary
    from collections import Counter
    rules = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    top = Counter()
    incase = Counter()
    for c in CASES:
        fmts = set()
        for fn, data in c["files"]:
            ext = fn.rsplit(".", 1)[-1].upper()
            top[ext] += 1
            fmts.add(ext)
            if ext == "EML":
                fmts |= _formats_in_eml(data if isinstance(data, bytes) else data.encode())
        for f in fmts:
            incase[f] += 1
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  multi-rule: {multi}")
    print("multi-file folders:", sum(1 for c in CASES if len(c["files"]) > 1))
    for r in sorted(rules):
        print(f"  {r}: {rules[r]}")
    print("top-level files:", dict(sorted(top.items())))
    print("cases containing:", dict(sorted(incase.items())))


if __name__ == "__main__":
    build()
