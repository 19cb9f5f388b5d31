#!/usr/bin/env python3
"""Generator for the releasegate check_holdout144 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout144/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Case folders are shuffled with seed 144144.
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
SEED = 144144


def case(name, expect, note, files):
    """files: list of (filename, content); content is bytes, str or EmailMessage."""
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# The standard PDF fonts cover Latin-1 only; letters outside it (Turkish, Polish, Lithuanian)
# are transliterated in PDFs, as many ERP-generated PDFs do. Other formats keep them.
_PDF_TR = str.maketrans("şŞıİğĞłŁęĘąĄśŚćĆńŃżŻźŹųŲėĖįĮšŠžŽčČūŪ", "sSiIgGlLeEaAsScCnNzZzZuUeEiIsSzZcCuU")


def _pdf_text(x):
    return str(x).translate(_PDF_TR)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [tuple(_pdf_text(v) if isinstance(v, str) else
                    ([[_pdf_text(c) for c in r] for r in v] if isinstance(v, list) else v)
                    for v in b) for b in blocks]
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


def html_table(rows):
    """rows[0] is the header row."""
    out = ["<table>", "<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in rows[0]) + "</tr>"]
    for r in rows[1:]:
        out.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


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
    m["Message-ID"] = msgid or f"<h144-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h144")
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


def quote(text):
    """Quote a message body the way mail clients do ('> ' prefix)."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


# #################################################################### CASES
# Descriptive names: c.. = clean (expect []), p.. = at least one risk.
# Only build.py carries these names; folders are neutral and shuffled.

# =================================================================== CLEAN (batch 1)

# c01 UK facade contractor -> Foshan extruder: sample PO with full scope note (PDF, table)
case("c01_pdf_sample_po_full_scope", [],
     "Sample PO for 12 PMU lengths; quote quantity declared not released; HP-04 PMU pass + written release by Tom Ashworth; material sample-only",
     [("PO_HF-24-0318.pdf", pdf([
         ("h1", "PURCHASE ORDER HF-24-0318"),
         ("p", "Harrow Facades Ltd, Unit 4 Abbey Road Industrial Park, London NW10 7SJ, United Kingdom. VAT GB 284 1177 62."),
         ("p", "Supplier: Foshan Huaxing Aluminium Co., Ltd, Nanhai District, Foshan, Guangdong, PR China. Supplier ref: quote FH-Q-2024-117 dated 22 April 2024."),
         ("p", "Project: Canal Wharf Block C, London E14 - stick curtain wall, elevations N/E. Order date: 3 May 2024. Buyer: Tom Ashworth."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
             ["10", "MUL-6063-220", "Mullion profile 6063-T6, DRG HF-C-220 Rev 3, 6.0 m, anodised AA25 (BS EN 12373-1), sample for PMU", "6", "lengths", "GBP 96.00", "GBP 576.00"],
             ["20", "TRN-6063-140", "Transom profile 6063-T6, DRG HF-C-140 Rev 2, 6.0 m, anodised AA25, sample for PMU", "6", "lengths", "GBP 71.50", "GBP 429.00"],
             ["", "", "Die charge (2 dies) per quote FH-Q-2024-117", "1", "lot", "GBP 2,150.00", "GBP 2,150.00"],
             ["", "", "TOTAL (DAP London, Incoterms 2020)", "", "", "", "GBP 3,155.00"],
         ]),
         ("sp",),
         ("h", "Scope of this order - please read"),
         ("p", "This order covers the twelve (12) sample lengths above - six mullions and six transoms - for the performance mock-up (PMU) only. Nothing else is ordered or released by it."),
         ("p", "The production quantity in your quote FH-Q-2024-117 (approx. 2,400 m of mullion and transom) is shown there for information only. It is not released by this PO. Do not cut, anodise or pack any production lengths."),
         ("p", "The balance is released only when (1) the PMU has passed the full test sequence at the test centre (hold point HP-04) and (2) Tom Ashworth, Package Manager, has issued a written production release stating the quantity."),
         ("p", "Material authority: sample-only. You may buy billet for the 12 sample lengths. Billet bought for production lengths before a written release is at your own risk. The quoted production quantity is a forecast, not a commitment."),
         ("sp",),
         ("p", "Delivery: samples to arrive at Harrow Facades, London by 7 June 2024. Packaging: timber crate, profiles wrapped in protective film, ends capped. Mill certificates EN 10204 3.1 to accompany delivery."),
         ("p", "Terms: 60 days end of month. Harrow Facades standard terms and conditions of purchase (rev. 2023-09) apply."),
     ], title="PO HF-24-0318", author="Harrow Facades Ltd"))])

# c02 Turkish ACM maker -> Dublin contractor: supplier quote with tiers (EML multipart/alternative)
_c02_txt = """Dear Mr. Brennan,

Thank you for your enquiry for the Liffey Quay project. As per your request we are pleased to submit
our offer no. KK-TKL-2024-0412 for A2 grade aluminium composite panels, PVDF coated, RAL 9006.

  Position  Description                               Quantity        Unit price
  1         Sample panels 600 x 600 mm, A2 core        4 pcs           EUR 85,00 / pc
  2         Production panels, A2 core, 4 mm          1.850 m2        EUR 41,60 / m2
            (approx. 1.120 panels as per drawing list KK-DL-07)
  3         Routing and folding, cassette type        included
  4         Packing in wooden crates, DAP Dublin      included

Lead time samples: 10 working days from order.
Lead time production: 5-6 weeks after your written production order and colour sign-off.
Prices valid 30 days. Payment: 30% advance, balance against copy of B/L.

This offer is not an order confirmation. Quantities in position 2 are estimated from your
tender drawings and will be confirmed by your order.

We remain at your disposal for any question.

Best regards,
Emre Yıldız
Export Sales Manager
Kuzey Kompozit Panel San. ve Tic. A.Ş.
Gebze Organize Sanayi Bölgesi, Kocaeli / Türkiye
+90 262 751 44 10
"""
_c02_html = html_page("Offer KK-TKL-2024-0412", """<p>Dear Mr. Brennan,</p>
<p>Thank you for your enquiry for the Liffey Quay project. As per your request we are pleased to submit our offer no. <b>KK-TKL-2024-0412</b> for A2 grade aluminium composite panels, PVDF coated, RAL 9006.</p>
""" + html_table([
    ["Position", "Description", "Quantity", "Unit price"],
    ["1", "Sample panels 600 x 600 mm, A2 core", "4 pcs", "EUR 85,00 / pc"],
    ["2", "Production panels, A2 core, 4 mm (approx. 1.120 panels as per drawing list KK-DL-07)", "1.850 m2", "EUR 41,60 / m2"],
    ["3", "Routing and folding, cassette type", "", "included"],
    ["4", "Packing in wooden crates, DAP Dublin", "", "included"],
]) + """
<p>Lead time samples: 10 working days from order.<br>Lead time production: 5-6 weeks after your written production order and colour sign-off.<br>
Prices valid 30 days. Payment: 30% advance, balance against copy of B/L.</p>
<p>This offer is not an order confirmation. Quantities in position 2 are estimated from your tender drawings and will be confirmed by your order.</p>
<p>Best regards,<br>Emre Yıldız<br>Export Sales Manager<br>Kuzey Kompozit Panel San. ve Tic. A.Ş.</p>""")
case("c02_eml_supplier_quote_tiers", [],
     "Supplier quote alone with sample and production tiers; no authorization in the bundle",
     [("Offer_KK-TKL-2024-0412.eml", mail(
         "Emre Yildiz <emre.yildiz@kuzeykompozit.com.tr>", "Donal Brennan <donal@brennanfacades.ie>",
         "Offer KK-TKL-2024-0412 - ACM A2 panels - Liffey Quay", "Mon, 08 Apr 2024 11:20:00 +0300",
         _c02_txt, html=_c02_html))])

# c03 Toronto curtain-wall contractor answers a Vietnamese bracket maker's go-ahead question (quoted)
_c03_q = """Dear Ms. Raman,

Good day. The 8 sample brackets (HPM-BR-75, hot-dip galvanised) are finished and packed. We can
ship by DHL next Monday 20 May.

Do we have the go-ahead for the 632 brackets? If yes we will book the laser for week 22.

Best regards,
Nguyen Van Minh
Sales Engineer | Hai Phong Precision Metal Co., Ltd
"""
case("c03_eml_reply_no_goahead", [],
     "Buyer reply: 8 samples only, 632 not released, pull-out test + façade engineer sign-off then written release by Priya Raman; supplier question quoted",
     [("RE_Sample_brackets_HPM-BR-75.eml", mail(
         "Priya Raman <praman@lakeshorecw.ca>", "Nguyen Van Minh <minh.nv@haiphongpm.vn>",
         "RE: Sample brackets HPM-BR-75 - PO LCW-24-0915", "Thu, 16 May 2024 08:41:00 -0400",
         """Hi Minh,

Thanks - please ship the 8 samples on Monday as planned, DHL account 96 441 207.

To your question: no, there is no go-ahead for the 632. They are not released under PO LCW-24-0915,
which covers the 8 sample brackets only. Please don't book the laser for them yet.

The 632 stay on hold until the samples have passed our pull-out test on site and Daniel Okoro,
our façade engineer, has signed them off. After that I will send you a written release with the
quantity for the first floors. I'm the only one on our side who issues releases for this package.

Kind regards,
Priya
""" + sig("Priya Raman", "Procurement Lead", "Lakeshore Curtainwall Inc., Toronto ON", "+1 416 555 0172")
         + "\nOn Wed, 15 May 2024 at 22:05, Nguyen Van Minh <minh.nv@haiphongpm.vn> wrote:\n"
         + quote(_c03_q) + "\n",
         in_reply_to="<hpm-7781@haiphongpm.vn>"))])

# c04 Brisbane developer: labelled rolling forecast (TXT)
case("c04_txt_labelled_forecast", [],
     "Clearly labelled rolling forecast, 'not a purchase order', no authorization",
     [("forecast_MBL_Q3-2024.txt", """MORETON BAY LIVING PTY LTD                                  ABN 41 603 118 772
Level 9, 120 Eagle Street, Brisbane QLD 4000

ROLLING DEMAND FORECAST  -  FOR PLANNING ONLY  -  THIS IS NOT A PURCHASE ORDER
Issued: 02/07/2024            Supplier: Binh Duong Facade Systems JSC (BDFS), Thu Dau Mot, VN
Project: Kurilpa Rise, Towers 1 & 2 (balustrades and slab-edge brackets)

ITEM          DESCRIPTION                          Q3-24    Q4-24    Q1-25    Q2-25
------------  -----------------------------------  -------  -------  -------  -------
BB-200        Balustrade base bracket, 316 SS         400    1,200    1,600      800
SEB-75        Slab-edge bracket, HDG, 75 mm           250      900    1,100      650
CH-M10        Cast-in channel fixings M10 x 40      1,000    3,000    3,500    2,000

Notes
1. Quantities are estimates for your capacity planning. They will change with the builder's
   programme and are not a commitment to buy.
2. Nothing in this forecast authorises production or the purchase of material.
3. Orders are placed by separate PO; quantities to make are given by written call-off only.
4. Next forecast update: 01/10/2024.

Contact: Hannah Kerslake, Procurement Manager, +61 7 3555 0194, h.kerslake@mblliving.com.au
""")])

# c05 Dubai contractor: colour sample sign-off record scoped to colour only (DOCX)
case("c05_docx_colour_signoff_scoped", [],
     "Colour sign-off scoped to colour only; 2 VMU panels active; 846 not released; VMU sign-off + written release by Eng. Rashid Al Hammadi",
     [("Colour_signoff_ANC-CS-014.docx", docx_bytes([
         ("h1", "Colour Sample Sign-off Record ANC-CS-014"),
         ("p", "Project: Al Safa Residences, Plot 345-1120, Dubai. Main contractor: Al Noor Contracting LLC. Supplier: Jiangsu Hengli Architectural Panel Co., Ltd."),
         ("p", "Date of review: 21 May 2024. Reviewed by: Eng. Rashid Al Hammadi (Projects Director) and Ms. Leena Varghese (Architect's representative)."),
         ("table", [
             ["Item", "Sample ref", "Requirement", "Result"],
             ["Cladding panel, PVDF", "JH-RAL7016-M-03", "RAL 7016 matt, gloss 30 +/- 5 GU", "Approved for colour and gloss"],
             ["Soffit panel, PVDF", "JH-RAL9010-S-01", "RAL 9010 satin", "Approved for colour and gloss"],
             ["Fixing bracket finish", "JH-BR-ZN-02", "Zinc flake, 480 h NSS (ISO 9227)", "Not reviewed - test report awaited"],
         ]),
         ("sp",),
         ("h", "Scope of this sign-off"),
         ("p", "The colour samples above are approved for colour and gloss only. This record does not release any production panels and does not change the order quantity."),
         ("p", "Currently authorised under PO ANC-PO-5521: two (2) visual mock-up (VMU) panels. The balance of 846 panels is not released."),
         ("p", "Production panels will be released only after the VMU has been signed off on site, by a written release from Eng. Rashid Al Hammadi that states the quantity per floor."),
         ("p", "Please keep the signed colour samples as the master reference for production."),
     ], author="Al Noor Contracting LLC"))])

# c06 Limerick contractor -> Kaunas steelworks: full-quantity repeat PO that says proceed (PDF)
case("c06_pdf_full_qty_po_proceed", [],
     "Full-quantity repeat PO for 320 brackets, 'proceed with the full 320 pcs'; no balance, nothing on hold",
     [("PO_SES-PO-2024-0877.pdf", pdf([
         ("h1", "Purchase Order SES-PO-2024-0877"),
         ("p", "Shannon Envelope Systems Ltd, Raheen Business Park, Limerick V94 K2E7, Ireland."),
         ("p", "To: UAB Baltic Steelworks, Pramonės pr. 16, LT-51329 Kaunas, Lithuania. Your quote BS-2024-331 of 29 April 2024."),
         ("p", "Project: Dock Mill Apartments, Cork - rainscreen support brackets. Date: 6 May 2024."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit price", "Total"],
             ["10", "B-140-HDG", "Bracket type B-140, S355JR, hot-dip galvanised to EN ISO 1461, DRG SES-B-140 Rev 5", "320 pcs", "EUR 14,20", "EUR 4.544,00"],
             ["20", "", "Packing on EUR pallets, max 600 kg", "1 lot", "EUR 120,00", "EUR 120,00"],
             ["", "", "Total excl. VAT, DAP Cork (Incoterms 2020)", "", "", "EUR 4.664,00"],
         ]),
         ("sp",),
         ("p", "This is a firm order for the full quantity of 320 brackets. The brackets are a repeat of PO SES-PO-2023-0412 to the same drawing revision, so no sample stage applies to this order."),
         ("p", "Please proceed with the full 320 pcs. No further release is required for this order."),
         ("p", "Quality: EN 1090-2 EXC2, factory production control certificate to be on file. Inspection certificate EN 10204 3.1 and galvanising certificate to accompany delivery."),
         ("p", "Delivery: week 26, to Dock Mill site, Cork. Call Fiachra Nolan on +353 87 555 0163 24 hours before arrival."),
         ("p", "Buyer: Fiachra Nolan, Purchasing. Terms: 45 days from invoice."),
     ], title="SES-PO-2024-0877", author="Shannon Envelope Systems"))])

# c07 Leeds contractor -> Poznan cassette maker: call-off with explicit staged material authority (HTML)
case("c07_html_calloff_staged_material", [],
     "Call-off CO-07 releases 120 panels; explicit staged coil authority for 480 panels; 720 not released until HP-7 + written call-off by Gareth Pryce",
     [("calloff_CO-07_floors2-3.html", html_page("Call-off CO-07 - Meridian Envelope", """
<h2>Meridian Envelope Ltd - Supplier Call-off</h2>
<p>Call-off: <b>CO-07</b> &nbsp; | &nbsp; Framework PO: MEL-PO-2024-0045 &nbsp; | &nbsp; Date: 11 June 2024<br>
Supplier: Pol-Clad Sp. z o.o., ul. Górecka 30, 60-201 Poznań, Poland<br>
Project: Holbeck Yards Block 2, Leeds - aluminium cassette rainscreen, RAL 7022</p>
""" + html_table([
    ["Call-off", "Floors", "Panels", "Status"],
    ["CO-06", "Ground + 1", "96", "Delivered"],
    ["CO-07", "2-3", "120", "RELEASED by this call-off"],
    ["-", "4-9", "720", "NOT RELEASED"],
]) + """
<div class="note">
<p><b>What this call-off releases:</b> fabrication and delivery of the 120 panels for floors 2-3 only, per panel schedule PS-B2-03 Rev F.</p>
<p><b>Material authority (staged):</b> you may buy and hold coil for up to 480 panels (floors 2-7) at Meridian Envelope's liability. This covers material only; it does not release fabrication of any panel beyond the 120 above.</p>
<p><b>Floors 4-9 (720 panels):</b> not released. They will be released only by a further written call-off signed by Gareth Pryce, Package Manager, after the floor 3 installation inspection (hold point HP-7) has been passed.</p>
</div>
<p>Delivery of CO-07: week 27, two loads, crane slot to be booked with site logistics (Jade Okafor, 0113 555 0148).</p>
<p>Meridian Envelope Ltd, Kirkstall Road, Leeds LS4 2AZ</p>"""))])

# c08 Calgary glazier -> Izmir unitised maker: explicit recorded auto-conversion (EML + DOCX)
_c08_docx = docx_bytes([
    ("h1", "Recorded auto-conversion - PO NG-2291"),
    ("p", "Order: unitised curtain wall panels, Bow River Centre, Calgary. Buyer: Northline Glazing Ltd. Supplier: Ege Alüminyum Cephe Sistemleri A.Ş., İzmir."),
    ("p", "Agreed in the meeting of 6 May 2024 and recorded here. Signed for Northline Glazing by Dana Whitfield, Procurement Manager (release authority for this order)."),
    ("table", [
        ["Item", "Recorded terms"],
        ["Active now", "4 sample unitised panels for the performance mock-up (PMU), PO NG-2291 line 1"],
        ["Condition", "PMU passes ASTM E283 / E331 / E330 sequence and the sample sign-off is signed by Marc Tremblay, P.Eng. with disposition 'approved'"],
        ["Quantity released automatically", "360 panels (floors 2-6), effective on the date of that sign-off, without a further document"],
        ["Not covered", "Interim or rejected sign-off releases nothing"],
        ["Remaining balance", "1,080 panels (floors 7-21) on hold; released only by a written release from Dana Whitfield"],
        ["Material authority", "sample-only until the 360 panels are released; then material for those 360 panels"],
    ]),
])
case("c08_eml_explicit_autoconversion", [],
     "Explicit recorded auto-conversion naming quantity (360), signer (Marc Tremblay) and conditions; rest on hold until written release by Dana Whitfield",
     [("PO_NG-2291_autoconversion_record.eml", mail(
         "Dana Whitfield <dwhitfield@northlineglazing.ca>", "Kaan Demir <kaan.demir@egecephe.com.tr>",
         "PO NG-2291 - recorded auto-conversion for floors 2-6", "Tue, 07 May 2024 16:02:00 -0600",
         """Hello Kaan,

As discussed in yesterday's meeting, attached is the signed record of the auto-conversion we agreed
for PO NG-2291. In short:

- What you may build now: the 4 PMU panels, nothing more.
- If the PMU passes and Marc Tremblay, P.Eng., signs the sample sign-off as 'approved', the 360
  panels for floors 2-6 are released automatically on the date of his signature. You will get a
  copy of the signed sheet the same day. An interim or rejected sign-off releases nothing.
- The remaining 1,080 panels (floors 7-21) stay on hold and are released only by a written release
  from me.
- Material authority is sample-only until the 360 are released.

Please confirm by return that Ege has recorded it the same way.

Best regards,
Dana
""" + sig("Dana Whitfield", "Procurement Manager", "Northline Glazing Ltd, Calgary AB", "+1 403 555 0128"),
         attachments=[("Autoconversion_record_NG-2291.docx", _c08_docx, DOCX_MT)]))])

# c09 Sydney glazier forwards an old glass quote (message/rfc822) declared informational
_c09_old = mail(
    "Lily Zhou <lily.zhou@jinghuaglass.cn>", "Mitch Lawson <mitch@coastlineglazing.com.au>",
    "Quotation JH-2023-1187 Low-E IGU - Pyrmont Wharf", "Tue, 14 Nov 2023 15:30:00 +0800",
    """Dear Mitch,

Please find our quotation for Pyrmont Wharf:

Item 1  IGU 6mm Low-E / 16 Ar / 6mm clear toughened, warm edge, SHGC 0.32
        Estimated quantity 5,000 m2      USD 58.40/m2 FOB Shenzhen
Item 2  Sample IGU 1200 x 2400           2 pcs      USD 210.00/pc

Validity 60 days. Lead time 35 days after order.

Best regards
Lily Zhou
Shenzhen Jinghua Glass Co., Ltd
""")
case("c09_eml_forward_old_quote_info", [],
     "Old quote with 5,000 m2 forwarded as rfc822 and declared information only/not released; PO for 2 sample IGUs; consultant sign-off + written release by Mitch Lawson",
     [("FW_Quotation_JH-2023-1187.eml", mail(
         "Mitch Lawson <mitch@coastlineglazing.com.au>", "Lily Zhou <lily.zhou@jinghuaglass.cn>",
         "FW: Quotation JH-2023-1187 Low-E IGU - Pyrmont Wharf / PO CG-4471", "Wed, 15 May 2024 10:14:00 +1000",
         """Hi Lily,

Forwarding your original quote from last November so your team has the glass build-up and coating
reference in one place (6 Low-E / 16 Ar / 6 toughened, SHGC 0.32).

Just so there's no confusion: the 5,000 m2 in that quote is for information only. It is not
released and it is not on order.

PO CG-4471 (sent Monday) covers the 2 sample IGUs 1200 x 2400 only. The balance stays on hold until
the samples have passed our visual check and our façade consultant has signed them off. After that
I'll send a written release with the quantity per level. Nobody else at Coastline issues releases
on this job.

Cheers,
Mitch
""" + sig("Mitch Lawson", "Package Manager - Glazing", "Coastline Glazing Pty Ltd, Alexandria NSW", "+61 2 9555 0131"),
         attachments=[("rfc822", _c09_old)]))])

# c10 Abu Dhabi contractor corrects a Chinese supplier's assumed auto-conversion (quoted thread)
_c10_q = """Dear Sanjay,

Good news, VMU panels will finish on 20 May and ship by air on 22 May.

After your consultant approve the VMU we will continue mass production of remaining 630 panels
directly, to save the time for you.

Best regards
Chen Wei
Guangdong Lianfa Curtain Wall Engineering Co., Ltd
"""
case("c10_eml_buyer_corrects_autoconv", [],
     "Quoted supplier assumes VMU approval rolls into the 630; buyer reply corrects it: 2 VMU panels only, 630 on hold, written drop release from Sanjay Menon",
     [("RE_VMU_panels_GFC-PO-3381.eml", mail(
         "Sanjay Menon <sanjay.menon@gulffacade.ae>", "Chen Wei <chenwei@lianfa-cw.com>",
         "RE: VMU panels - GFC-PO-3381 - Reem Island Tower", "Sat, 18 May 2024 09:30:00 +0400",
         """Dear Mr. Chen,

Thank you for the update on the VMU panels, noted the air shipment on 22 May.

Kindly do not start the remaining 630 panels. VMU approval by the consultant does not release them.
They stay on hold after the VMU is signed off as well.

Once the VMU is signed off, I will issue a written drop release stating the quantity for each drop.
Nothing beyond the VMU starts in your factory before you have that release from me in writing.

For now only the 2 VMU panels under GFC-PO-3381 are released.

Best regards,
""" + sig("Sanjay Menon", "Senior Procurement Manager", "Gulf Facade Contracting LLC, Abu Dhabi", "+971 2 555 0177")
         + "\nFrom: Chen Wei <chenwei@lianfa-cw.com>\nSent: Friday, 17 May 2024 17:48\nSubject: VMU panels - GFC-PO-3381\n\n"
         + quote(_c10_q) + "\n",
         in_reply_to="<lf-20240517-0091@lianfa-cw.com>"))])

# c11 Vietnamese bracket maker: 'deposit does not release production'
case("c11_eml_supplier_deposit_not_release", [],
     "Supplier confirms deposit received and states it does not release production; 10 samples only; 1,190 on hold until written release",
     [("Deposit_received_PO_HF-2231.eml", mail(
         "Tran Thi Lan <lan.tran@saigonmetalworks.vn>", "Claire Donnelly <claire@harboursidefacades.com.au>",
         "Deposit received - PO HF-2231 sample brackets", "Thu, 09 May 2024 14:05:00 +0700",
         """Dear Ms. Claire,

We confirm we received your deposit AUD 18,450.00 (30%) on 8 May, thank you very much.

Please note the deposit does not release production. As per your PO HF-2231 we are making the 10
sample brackets SB-90 only, finish HDG + powder coat RAL 9005. Samples ready 24 May.

The 1,190 production brackets remain on hold in our system. We will only start them after we
receive your written release, as your PO says.

If you need the sample test report (salt spray 1000 h) together with the samples, please advise.

Best regards,
Tran Thi Lan (Ms.)
Sales Department
Saigon Metalworks Co., Ltd - Lot C7, Tan Thuan EPZ, District 7, HCMC
Tel +84 28 3555 0188
"""))])

# c12 Rzeszow window maker: acknowledgement restating the hold (TXT)
case("c12_txt_supplier_ack_restates_hold", [],
     "Supplier acknowledgement restates scope: 5 sample windows, 395 not released, mock-up sign-off + written release by Seán Ó Briain",
     [("POTWIERDZENIE_AW-24-1190.txt", """FENESTRA-POL Sp. z o.o.                         ul. Przemysłowa 14, 35-105 Rzeszów, Polska
NIP 813-37-55-201                                                  tel. +48 17 555 04 40

ORDER ACKNOWLEDGEMENT / POTWIERDZENIE ZAMÓWIENIA   No. OA/2024/05/0217
Date: 14.05.2024

Customer:   Atlantic Windows Ltd, Ballybrit Business Park, Galway H91, Ireland
Your order: PO AW-24-1190 of 10.05.2024
Project:    Salthill Terrace - 40 apartments

We acknowledge your order as written:

  Pos  Article           Description                                  Qty    Unit price     Value
  ---  ----------------  -------------------------------------------  -----  -------------  ----------
   1   FP-TT-82-1230     Tilt-turn window PVC 82 mm, 1230x1480,         5    850,00 EUR     4.250,00
                         Ug 0,6 triple glazing, RAL 7016 foil ext.
   2   Transport         DAP Galway, one pallet                          1    390,00 EUR       390,00
                                                                              Total net:   4.640,00 EUR

Scope as we understand it:
- PO AW-24-1190 covers 5 sample tilt-turn windows for the on-site mock-up only.
- The remaining 395 windows of the project are not released. We will not cut profiles, order glass
  or book production capacity for them.
- The balance will be released only by a written release from Mr. Seán Ó Briain (Operations
  Director, Atlantic Windows) after the mock-up has been signed off.

Delivery of the 5 samples: week 23/2024.
Payment: 30 days from invoice.

Prepared by: Agnieszka Wróbel, Customer Service (a.wrobel@fenestra-pol.pl)
""")])

# c13 Sheffield cladding contractor -> Klaipeda: identifiers that look like quantities (DOCX)
case("c13_docx_identifiers_like_qty", [],
     "Sample PO of ten brackets with many quantity-like identifiers (PO PCS-5000-120, DRG 2000-B-450 Rev 12, M12x1.75, ISO 9001:2015); full scope",
     [("PO_PCS-5000-120.docx", docx_bytes([
         ("h1", "Purchase Order PCS-5000-120"),
         ("p", "Pennine Cladding Systems Ltd, Hall 3000, Parkway Industrial Estate, Sheffield S9 4WG. Supplier: UAB Nemunas Metal, Minijos g. 180, LT-93269 Klaipėda."),
         ("p", "Project: Kelham Island Phase 4 - brick-slip rainscreen support. Date: 20 May 2024. Your quotation NM-Q-1250/24."),
         ("table", [
             ["Line", "Part no.", "Description", "Qty", "Unit price"],
             ["1", "BRK-2000-450", "Helping-hand bracket, DRG 2000-B-450 Rev 12, S355J2 + HDG 85 µm, slotted for M12x1.75 bolts", "10", "GBP 18.40"],
             ["2", "TP-450-12", "Thermal isolator pad 450 x 120 x 5 mm, to suit line 1", "10", "GBP 1.10"],
         ]),
         ("sp",),
         ("p", "Ten (10) sample brackets and ten (10) pads only, for the pull-out and fit test on the Phase 4 trial bay."),
         ("p", "The remaining 1,990 brackets of the bracket schedule are not released and must not be fabricated or galvanised."),
         ("p", "They will be released only after the trial-bay test has been signed off by our structural engineer, by a written release from Joanne Whitaker, Commercial Manager."),
         ("p", "Material authority: sample-only."),
         ("p", "Quality: EN 1090-2:2018 EXC2, supplier quality system ISO 9001:2015, test certificates EN 10204 3.1. Galvanising to BS EN ISO 1461:2022."),
         ("p", "Deliver to Hall 3000 loading bay, Monday-Friday 07:00-15:00. Quote PO PCS-5000-120 on all paperwork."),
     ], author="Pennine Cladding Systems Ltd"))])

# c14 Irish buyer / Turkish panel maker WhatsApp: rest on hold
case("c14_whatsapp_rest_on_hold", [],
     "WhatsApp: supplier asks to start the rest; buyer: 2 VMU panels only, 438 on hold till VMU walk-round + written release from Ciarán Walsh",
     [("WhatsApp_Chat_Ciaran_Walsh_Yapi_Panel.txt", """[13/05/2024, 08:52:10] Murat Aksoy (Yapı Panel): Good morning Ciarán, the 2 VMU panels are finished, photos coming
[13/05/2024, 08:52:44] Murat Aksoy (Yapı Panel): <attached: IMG-20240513-WA0007.jpg>
[13/05/2024, 08:52:45] Murat Aksoy (Yapı Panel): <attached: IMG-20240513-WA0008.jpg>
[13/05/2024, 09:15:02] Ciarán Walsh: Morning Murat, they look well. Joint lines are tidy
[13/05/2024, 09:15:40] Murat Aksoy (Yapı Panel): Thank you. Can we start with the rest now? We have free capacity on line 2 next week
[13/05/2024, 09:21:18] Ciarán Walsh: Not yet I'm afraid. Just the 2 visual mock-up panels for now
[13/05/2024, 09:21:55] Ciarán Walsh: The other 438 stay on hold till the VMU walk-round with the architect on the 28th and a written release from me after that
[13/05/2024, 09:22:30] Murat Aksoy (Yapı Panel): Understood, we keep them on hold 👍
[13/05/2024, 09:23:02] Ciarán Walsh: Thanks. Can you send the crate dims for the 2 so I can sort the haulier from Dublin port
[13/05/2024, 09:40:11] Murat Aksoy (Yapı Panel): 2 crates 2650 x 1450 x 600 mm, 210 kg each
[13/05/2024, 09:41:00] Ciarán Walsh: 👌
""")])

# c15 Jiangyin extruder's customer portal: order status restating the hold (HTML)
case("c15_html_supplier_portal_status", [],
     "Supplier portal status: 6 sample lengths in production; 2,394 m on hold, not released; unlock = sample sign-off + written release by Kevin Osei",
     [("portal_order_EVB-24-0561.html", html_page("Everbright Customer Portal - Order EVB-24-0561", """
<h2>Jiangyin Everbright Aluminium Co., Ltd - Customer Portal</h2>
<p>Customer: Fraser Valley Glazing Ltd, Abbotsford BC, Canada &nbsp;|&nbsp; Customer PO: FVG-PO-7718 &nbsp;|&nbsp; Our order: EVB-24-0561</p>
<p>Product: thermally broken curtain wall mullion FV-150TB, alloy 6063-T6, polyamide strip PA66 GF25, finish PVDF 2-coat.</p>
""" + html_table([
    ["Line", "Scope", "Quantity", "Status", "Planned"],
    ["1", "Sample lengths 6.5 m", "6 lengths", "In production - extrusion done, painting", "Ship 12 Jun 2024"],
    ["2", "Production lengths", "2,394 m", "ON HOLD - not released", "-"],
]) + """
<div class="note"><p><b>Hold on line 2:</b> the customer has not released production. Line 2 may start only after (1) customer sample sign-off of line 1 and (2) a written release from Mr. Kevin Osei, the customer's release authority. Material for line 2 is not purchased.</p></div>
<p>Last updated: 2024-05-27 10:42 CST &nbsp;|&nbsp; Account manager: Sophie Gu (sophie.gu@everbright-alu.cn)</p>"""))])



# =================================================================== CLEAN (batch 2)

# c16 Sharjah contractor -> Ankara louvre maker: PO Rev A and Rev B, B explicitly supersedes A (two PDFs)
def _c16_po(rev, qty, words, bal, extra):
    return pdf([
        ("h1", f"PURCHASE ORDER SFC-PO-1184 Rev {rev}"),
        ("p", "Sahara Facade Contracting LLC, Industrial Area 15, Sharjah, UAE. TRN 100 2764 5590 0003."),
        ("p", "Supplier: Anatolia Cephe Panel A.Ş., OSTİM OSB, 1203. Cadde No. 44, Yenimahalle / Ankara, Türkiye."),
        ("p", "Project: Al Majaz Waterfront Tower B - aerofoil louvre screen, PVDF RAL 9006."),
    ] + extra + [
        ("table", [
            ["Pos", "Item", "Description", "Qty", "Unit price (AED)"],
            ["1", "AL-AF-300", "Aerofoil louvre blade 300 mm, 3,000 mm long, sample for acoustic and visual test", str(qty), "412.00"],
        ]),
        ("sp",),
        ("p", f"Scope: {words} ({qty}) sample blades only. The balance of {bal} blades of the louvre schedule is not released."),
        ("p", "The balance will be released only after the sample blades have passed the acoustic test and the consultant has signed them off, by a written release from Eng. Tariq Haddad, Procurement Manager."),
        ("p", "Material authority: sample-only. Delivery: DAP Sharjah, 4 weeks from order."),
    ], title=f"SFC-PO-1184 Rev {rev}", author="Sahara Facade Contracting")

case("c16_multi_po_revB_supersedes", [],
     "Two PO revisions; Rev B explicitly cancels and supersedes Rev A (8 -> 10 sample blades); both keep balance on hold, event and Eng. Tariq Haddad",
     [("PO_SFC-PO-1184_RevA.pdf", _c16_po("A", 8, "Eight", "1,192", [("p", "Date: 2 May 2024. Revision A - first issue.")])),
      ("PO_SFC-PO-1184_RevB.pdf", _c16_po("B", 10, "Ten", "1,190", [
          ("p", "Date: 9 May 2024. Revision B."),
          ("p", "REVISION NOTE: Rev B cancels and supersedes Rev A in full. Change: sample quantity increased from 8 to 10 blades at the consultant's request (two extra blades for the acoustic test). Rev A is void; please work to Rev B only. All other terms unchanged."),
      ]))])

# c17 London contractor -> Shanghai unitised maker: drop release letter with status table (PDF)
case("c17_pdf_drop_release_letter", [],
     "Production release for drop 2 (140 units) with table marking drops 3-4 NOT RELEASED; HP-D3 + written drop release by Rebecca Osei-Bonsu",
     [("Production_release_PR-03_Drop2.pdf", pdf([
         ("h1", "PRODUCTION RELEASE PR-03"),
         ("p", "From: Thameside Envelope Ltd, 40 Marsh Wall, London E14 9TP. To: Shanghai Hengtai Curtain Wall Co., Ltd, Songjiang District, Shanghai."),
         ("p", "Order: unitised curtain wall, Riverside Quarter Building 3. Commercial cover: PO TEL-PO-0093 Rev 2 (518 units). Date: 4 July 2024."),
         ("p", "Thameside Envelope hereby releases drop 2 for production: one hundred and forty (140) units, floors 6-10, per unit schedule US-B3-Rev H."),
         ("table", [
             ["Drop", "Floors", "Units", "Status"],
             ["1", "2-5", "112", "Released (PR-01), delivered"],
             ["2", "6-10", "140", "RELEASED by this letter"],
             ["3", "11-15", "140", "NOT RELEASED"],
             ["4", "16-20", "126", "NOT RELEASED"],
         ]),
         ("sp",),
         ("p", "Drops 3 and 4 are not released. Each will be released only by a separate written drop release signed by me, after the floor-cycle review of the preceding drop on site (hold point HP-D3 for drop 3)."),
         ("p", "Material authority: material for drop 2 (140 units) only. Do not cut glass or extrusions for drops 3 and 4."),
         ("p", "Requested ex-works date for drop 2: 19 August 2024. Sea freight FOB Shanghai, 40' HC, A-frames returnable."),
         ("sp",),
         ("p", "Rebecca Osei-Bonsu, Package Manager - Facades (release authority, limit GBP 1.5 m per release), Thameside Envelope Ltd"),
     ], title="PR-03", author="Thameside Envelope Ltd"))])

# c18 Melbourne contractor -> Da Nang bracket maker: call-off with a labelled forecast table (PDF)
case("c18_pdf_calloff_labelled_forecast", [],
     "Call-off releases 200 brackets; 12-month forecast (2,400) labelled 'for planning only, not an order, not released'; next call-off by Tom Nguyen-Baker",
     [("CallOff_CO-12_VFS.pdf", pdf([
         ("h1", "CALL-OFF CO-12"),
         ("p", "Yarra Facade Group Pty Ltd, 18 Kensington Road, Kensington VIC 3031. Supplier: Viet Facade Steel Co., Ltd, Hoa Khanh Industrial Zone, Da Nang."),
         ("p", "Framework agreement YFG-FA-2024-03 (prices and terms only, no quantity commitment). Date: 15 July 2024."),
         ("h", "Released by this call-off"),
         ("table", [
             ["Item", "Description", "Qty released", "Required on site"],
             ["SEB-100", "Slab-edge bracket, HDG, 100 mm, DRG YFG-S-100 Rev 4", "200", "w/c 26 Aug 2024"],
         ]),
         ("sp",),
         ("h", "12-month forecast - for planning only, not an order"),
         ("table", [
             ["Item", "Q4-24", "Q1-25", "Q2-25", "Q3-25", "Total"],
             ["SEB-100", "600", "700", "600", "500", "2,400"],
         ]),
         ("p", "The forecast above is for your capacity planning only. It is not an order and nothing in it is released. Do not buy material or fabricate against it."),
         ("p", "Further quantities are released only by a numbered written call-off (CO-13 onwards) from Tom Nguyen-Baker, Procurement Manager, once the builder has confirmed the next floor sequence."),
         ("p", "Deliver to: Southbank Central site, 7 Kavanagh St, Southbank VIC. Booking via site gatehouse 48 h ahead."),
     ], title="CO-12", author="Yarra Facade Group"))])

# c19 Montreal curtain-wall contractor: shop-drawing review 'approved as noted', fabrication on hold (DOCX)
case("c19_docx_submittal_approved_as_noted", [],
     "Shop-drawing review 'approved as noted' for drawings only; 3 PMU panels active; 1,480 panels on hold until PMU pass + written production release by Marie-Claude Gagnon",
     [("Submittal_084413-012_review.docx", docx_bytes([
         ("h1", "Shop Drawing Review - Submittal 08 44 13-012"),
         ("p", "Project: Tour Griffintown, Montréal QC. Section 08 44 13 Glazed Aluminium Curtain Walls. Contractor: Lakeview Glazing Inc. Fabricator: Fabryka Fasad Bałtyk Sp. z o.o., Gdynia, Poland."),
         ("p", "Submittal: unitised panel shop drawings SD-UP-101 to SD-UP-148, Revision 2. Received 3 June 2024. Reviewed 12 June 2024."),
         ("table", [
             ["Drawing", "Subject", "Review status", "Comment"],
             ["SD-UP-101 to 120", "Typical panel, stack joint", "Approved as noted", "Increase sill drainage slot to 8 x 25 mm"],
             ["SD-UP-121 to 140", "Corner panels", "Approved", "-"],
             ["SD-UP-141 to 148", "Roof parapet panels", "Revise and resubmit", "Coping bracket spacing max 600 mm"],
         ]),
         ("sp",),
         ("h", "What this review does and does not do"),
         ("p", "This review covers the drawings only. It does not authorise fabrication and does not change any quantity."),
         ("p", "Currently authorised: the three (3) PMU panels under PO LVG-24-0331. Fabrication of the 1,480 production panels is not released and remains on hold."),
         ("p", "Production will be released only after the PMU has passed the test sequence at the laboratory, by a written production release from Marie-Claude Gagnon, Project Manager, Lakeview Glazing."),
         ("p", "Resubmit SD-UP-141 to 148 within 10 working days."),
     ], author="Lakeview Glazing Inc."))])

# c20 Dublin joinery -> Wroclaw door maker: ERP printout of a full-quantity order (TXT)
case("c20_txt_erp_full_qty_po", [],
     "ERP printout of a full-quantity order for 48 door sets, 'proceed with all 48'; no sample stage, no balance",
     [("PO_LDJ-240612.txt", """LIFFEY DOOR & JOINERY LTD                                    PURCHASE ORDER
Unit 9, Ballymount Ind. Est., Dublin 12, Ireland              PO NO.   : LDJ-240612
VAT IE 6388124T                                               DATE     : 12/06/2024
                                                              PAGE     : 1 OF 1
SUPPLIER : DRZWI-TECH SP. Z O.O.
           UL. LOTNICZA 99, 54-155 WROCLAW, POLAND            BUYER    : E. DUNNE
SUPPLIER REF: OF/2024/1187                                    CURRENCY : EUR
------------------------------------------------------------------------------------------
LN  ITEM NO.        DESCRIPTION                        QTY  UOM   UNIT PRICE     NET VALUE
------------------------------------------------------------------------------------------
10  DT-AL-FD60-01   ALU DOOR SET FD60, 1010X2100,       48  EA       612,00      29.376,00
                    RAL 7016 TEXTURED, EN 1634-1
20  FREIGHT         DAP DUBLIN PORT                      1  LOT      980,00         980,00
------------------------------------------------------------------------------------------
                                                          TOTAL NET (EUR)        30.356,00

REMARKS:
  FULL ORDER. REPEAT OF LDJ-231104, SAME DRAWINGS (DT-FD60 REV 07). NO SAMPLE STAGE.
  PROCEED WITH ALL 48 UNITS. NO FURTHER RELEASE REQUIRED FOR THIS PO.
  DELIVERY WK 31/2024. CE MARKING + DOP REQUIRED WITH EACH DELIVERY.
  PAYMENT 60 DAYS EOM.
------------------------------------------------------------------------------------------
""")])

# c22 Tianjin glass processor -> Dubai glazier: supplier quote with four tiers (PDF)
case("c22_pdf_supplier_quote_tiers", [],
     "Supplier quote alone with four quantity tiers (2 / 50 / 500 / 2,000 IGUs); no authorization in bundle",
     [("Quotation_TJG-Q-24-0733.pdf", pdf([
         ("h1", "QUOTATION TJG-Q-24-0733"),
         ("p", "Tianjin Jiahe Glass Processing Co., Ltd, Xiqing Economic Development Area, Tianjin 300385, China."),
         ("p", "To: Desert Rose Glazing LLC, Al Quoz Industrial 3, Dubai, UAE. Attn: Mr. Faisal Qureshi. Date: 3 June 2024."),
         ("p", "Product: IGU 8 mm HS Low-E (SKN 165) / 16 mm Ar / 8 mm HS clear, warm edge spacer, silicone secondary seal, per your spec DRG-SPEC-IGU-02 Rev 1."),
         ("table", [
             ["Tier", "Quantity", "Unit price (USD / m2)", "Lead time"],
             ["Samples", "2 IGUs (1,500 x 3,000)", "165.00 / pc", "12 days"],
             ["Small lot", "50 IGUs", "71.80", "25 days"],
             ["Project lot", "500 IGUs", "63.40", "35 days"],
             ["Full project", "2,000 IGUs", "58.90", "35-45 days, in 4 shipments"],
         ]),
         ("sp",),
         ("p", "Terms: FOB Xingang. Payment T/T 30% with order, 70% against B/L copy. Validity 45 days."),
         ("p", "This quotation is an offer only. It is not an order and not an order confirmation. Quantity tiers are price breaks; the quantity will be as per your purchase order."),
         ("p", "Heat soak test per EN 14179 available at USD 2.10 / m2 extra. Test reports: EN 1279-2/-3."),
         ("p", "Contact: Wang Hui, Overseas Sales, +86 22 5555 0163"),
     ], title="TJG-Q-24-0733", author="Tianjin Jiahe Glass"))])

# c23 Manchester contractor -> Vietnamese louvre maker: ERP PO + quote, quote declared informational (two files)
case("c23_multi_erp_po_quote_info", [],
     "ERP sample PO (6 blades) + separate quote with 1,440 m; PO remark declares quote quantity information only / not released; sample sign-off + written release by A. Patel",
     [("PO_NWF-4510088.txt", """NORTHWEST FACADES LTD - PURCHASE ORDER                        PO 4510088
Trafford Park, Manchester M17 1PE                               DATE 21.05.2024
SUPPLIER  100874  MEKONG ALUMINIUM JSC, LONG HAU IZ, LONG AN, VIETNAM
PROJECT   P-2291 SALFORD CENTRAL PLOT 6 - SOLAR SHADING
--------------------------------------------------------------------------------
ITM  MATERIAL      SHORT TEXT                          QTY   UN   PRICE GBP
--------------------------------------------------------------------------------
001  LV-200-AF     LOUVRE BLADE 200 AEROFOIL 3.0M        6   PC       38.50
                   PVDF RAL 7021, SAMPLE FOR VMU
002  BRK-LV-200    END BRACKET SET TO SUIT 001           6   SET       9.20
--------------------------------------------------------------------------------
HEADER TEXT:
  SAMPLE ORDER - 6 BLADES + 6 BRACKET SETS ONLY.
  QTY IN ATTACHED QUOTE MAL-Q-0912 (1,440 M PRODUCTION) IS FOR INFORMATION
  ONLY - NOT RELEASED BY THIS PO. DO NOT FABRICATE PRODUCTION BLADES.
  BALANCE RELEASED ONLY BY WRITTEN RELEASE FROM A. PATEL (PROCUREMENT MGR)
  AFTER SAMPLE SIGN-OFF AT THE VMU.
  MATERIAL AUTHORITY: SAMPLE ONLY.
--------------------------------------------------------------------------------
"""),
      ("Quote_MAL-Q-0912.pdf", pdf([
          ("h1", "QUOTATION MAL-Q-0912"),
          ("p", "Mekong Aluminium JSC, Long Hau Industrial Zone, Can Giuoc, Long An, Vietnam. To: Northwest Facades Ltd, Manchester. Date: 10 May 2024."),
          ("table", [
              ["No.", "Description", "Qty", "Unit price (GBP)"],
              ["1", "Louvre blade 200 aerofoil, 3.0 m, PVDF RAL 7021 - samples", "6 pcs", "38.50"],
              ["2", "Louvre blade 200 aerofoil, PVDF RAL 7021 - production", "1,440 m", "11.90 / m"],
              ["3", "End bracket set", "6 sets (samples) / 480 sets (production)", "9.20 / 7.60"],
          ]),
          ("p", "Delivery: samples 3 weeks; production 6 weeks after order. FOB Ho Chi Minh City. Validity 60 days."),
      ], title="MAL-Q-0912", author="Mekong Aluminium JSC"))])

# c24 Vancouver glazier -> Chinese extruder: tooling deposit paid, explicitly not production authority (EML alt)
_c24_txt = """Hi Leo,

Confirming that we paid the 30% deposit for the two extrusion dies today, USD 4,200.00, ref.
RBG-TT-0522. Remittance advice attached to the previous mail.

To be clear on what that payment covers: the dies only. It does not authorise any production.

Under PO RBG-24-0198 the only parts released are the 6 sample lengths (3 mullion + 3 transom, 6.0 m)
for our thermal and fit test. The balance of 3,600 m is on hold. It will be released only after
the sample lengths have passed that test, by a written release from me.

Please send the die drawings for our records when you have them.

Thanks,
Grace
"""
case("c24_eml_tooling_deposit_not_release", [],
     "Buyer paid a die deposit and states it covers tooling only and authorises no production; 6 sample lengths; 3,600 m on hold until test pass + written release from Grace Tanaka",
     [("Die_deposit_RBG-24-0198.eml", mail(
         "Grace Tanaka <grace.tanaka@rainbowglazing.ca>", "Leo Huang <leo.huang@xinyuealu.com>",
         "Die deposit paid - PO RBG-24-0198", "Wed, 22 May 2024 13:37:00 -0700",
         _c24_txt + sig("Grace Tanaka", "Purchasing Manager", "Rainbow Bay Glazing Ltd, Burnaby BC", "+1 604 555 0119"),
         html=html_page("Die deposit paid", "<p>Hi Leo,</p><p>Confirming that we paid the 30% deposit for the two extrusion dies today, USD 4,200.00, ref. RBG-TT-0522.</p>"
                        "<p>To be clear on what that payment covers: <b>the dies only</b>. It does not authorise any production.</p>"
                        "<p>Under PO RBG-24-0198 the only parts released are the <b>6 sample lengths</b> (3 mullion + 3 transom, 6.0 m) for our thermal and fit test. "
                        "The balance of 3,600 m is on hold. It will be released only after the sample lengths have passed that test, by a written release from me.</p>"
                        "<p>Thanks,<br>Grace Tanaka<br>Purchasing Manager, Rainbow Bay Glazing Ltd</p>"),
         attachments=[("Remittance_RBG-TT-0522.pdf", pdf([
             ("h1", "REMITTANCE ADVICE RBG-TT-0522"),
             ("p", "Rainbow Bay Glazing Ltd, 4460 Still Creek Drive, Burnaby BC V5C 6C6, Canada."),
             ("p", "Beneficiary: Foshan Xinyue Aluminium Co., Ltd. Value date: 22 May 2024."),
             ("table", [
                 ["Reference", "Description", "Amount (USD)"],
                 ["PO RBG-24-0198 / die inv. XY-D-0407", "30% deposit, extrusion dies ED-1 and ED-2 (tooling only)", "4,200.00"],
             ]),
             ("p", "Payment by wire transfer. Bank charges OUR."),
         ], title="Remittance RBG-TT-0522", author="Rainbow Bay Glazing"), PDF_MT)]))])

# c25 Perth contractor -> Polish fixings maker: interim disposition with limits + production release (HTML)
case("c25_html_interim_disposition", [],
     "Interim sample disposition limited to 60 brackets / 30 June; production release for 60 issued by Natalie Fisher; 540 on hold until full sign-off + written release",
     [("Sample_disposition_SD-0042.html", html_page("Sample disposition SD-0042", """
<h2>Swan River Facades Pty Ltd - Sample Disposition SD-0042</h2>
<p>Supplier: Mocowania Budowlane WKR Sp. z o.o., Kielce, Poland &nbsp;|&nbsp; PO: SRF-PO-3307 &nbsp;|&nbsp; Part: stainless bracket SRF-BR-316-88, DRG Rev 6</p>
""" + html_table([
    ["Check", "Requirement", "Result"],
    ["Dimensions (10 pcs)", "DRG SRF-BR-316-88 Rev 6", "Conforming"],
    ["Weld visual", "AS/NZS 1554.6 cat. SP", "Conforming"],
    ["Corrosion", "Passivation report, ASTM A967", "Report outstanding"],
]) + """
<p><b>Disposition: INTERIM.</b> Interim approval is limited to 60 brackets or until 30 June 2024, whichever comes first, pending the passivation report.</p>
<div class="note">
<p><b>Production release PR-3307-1:</b> sixty (60) brackets are released for production by this notice, within the interim limits above.</p>
<p>The remaining 540 brackets are not released. They will be released only after full sample sign-off (passivation report accepted) by a further written release from Natalie Fisher.</p>
</div>
<p>Issued 7 June 2024 by Natalie Fisher, Supply Chain Manager (release authority), Swan River Facades Pty Ltd, Welshpool WA.</p>"""))])


# =================================================================== RISK (batch 2): RG001 group

# p01 Glasgow contractor -> Guangdong extruder: sample PO + countersigned quote with 3,200 m, nothing else (EML + 2 PDF)
_p01_po = pdf([
    ("h1", "PURCHASE ORDER CFE-24-2207"),
    ("p", "Clyde Facade Engineering Ltd, 12 Hillington Park, Glasgow G52 4XD, Scotland."),
    ("p", "Supplier: Guangdong Xinhe Aluminium Co., Ltd, Sanshui, Foshan, China. Date: 14 May 2024. Project: Tradeston Quay - window wall."),
    ("table", [
        ["Line", "Description", "Qty", "Unit", "Price GBP"],
        ["1", "Window-wall mullion XH-WW-180, 6063-T6, PPC RAL 7043, 6.5 m (sample)", "4", "lengths", "112.00"],
        ["2", "Sill profile XH-WW-SL-90, 6063-T6, PPC RAL 7043, 6.5 m (sample)", "4", "lengths", "64.00"],
        ["3", "Die set (3 dies)", "1", "lot", "2,850.00"],
    ]),
    ("sp",),
    ("p", "Supply in accordance with your quotation XH-Q-0442 (copy attached, countersigned). Delivery: DAP Glasgow, by 21 June 2024."),
    ("p", "Invoices to accounts@clydefacade.co.uk quoting PO number. Clyde Facade Engineering standard conditions of purchase apply."),
], title="CFE-24-2207", author="Clyde Facade Engineering")
_p01_q = pdf([
    ("h1", "QUOTATION XH-Q-0442"),
    ("p", "Guangdong Xinhe Aluminium Co., Ltd. To: Clyde Facade Engineering Ltd. Date: 2 May 2024."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price (GBP)"],
        ["1", "Mullion XH-WW-180, sample lengths", "4 lengths", "112.00"],
        ["2", "Sill XH-WW-SL-90, sample lengths", "4 lengths", "64.00"],
        ["3", "Mullion XH-WW-180, production", "3,200 m", "15.80 / m"],
        ["4", "Sill XH-WW-SL-90, production", "1,150 m", "9.40 / m"],
        ["5", "Die set", "1 lot", "2,850.00"],
    ]),
    ("p", "FOB Guangzhou. Production lead time 35 days. Payment 30% T/T advance. Accepted for Clyde Facade Engineering: signed S. McAllister, 14/05/2024."),
], title="XH-Q-0442", author="Guangdong Xinhe Aluminium")
case("p01_eml_sample_po_countersigned_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO (4+4 lengths) sent with countersigned quote showing 3,200 m / 1,150 m production; nothing says production is informational or on hold, no event, no release person",
     [("PO_CFE-24-2207_Tradeston.eml", mail(
         "Stuart McAllister <s.mcallister@clydefacade.co.uk>", "Jason Liang <jason@xinhe-alu.com>",
         "PO CFE-24-2207 - Tradeston Quay window wall", "Tue, 14 May 2024 15:22:00 +0100",
         """Hi Jason,

Please find attached our PO CFE-24-2207 for the window-wall sample lengths and the die set, together
with your quotation XH-Q-0442, countersigned.

Could you confirm the die lead time and the date the sample lengths will leave Foshan? We need them
in Glasgow by 21 June for the mock-up.

Cheers,
Stuart
""" + sig("Stuart McAllister", "Buyer", "Clyde Facade Engineering Ltd", "+44 141 555 0190"),
         attachments=[("PO_CFE-24-2207.pdf", _p01_po, PDF_MT), ("XH-Q-0442_countersigned.pdf", _p01_q, PDF_MT)]))])

# p02 Cork window maker -> Gdansk hardware: ERP PO line quoting sample and production quantities (TXT)
case("p02_txt_erp_sample_line_prod_ref", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO for 12 hinge sets whose line text quotes 'PROD 4,800 SETS' with no hold, no event, no release person",
     [("PO_MWS-77120.txt", """MUNSTER WINDOW SYSTEMS LTD             PURCHASE ORDER     PO: MWS-77120   REV: 0
Little Island, Co. Cork, T45 XK82       DATE: 03/06/2024   BUYER: P. KEANE
------------------------------------------------------------------------------------------
VENDOR: 40211 BALTIC HARDWARE SP. Z O.O., UL. ELBLASKA 57, 80-718 GDANSK, PL
DELIVER TO: MUNSTER WINDOW SYSTEMS, GOODS IN DOOR 3
------------------------------------------------------------------------------------------
LINE ITEM           DESCRIPTION                               QTY  UOM    PRICE    AMOUNT
------------------------------------------------------------------------------------------
0010 BH-TT-130-SV   CONCEALED TILT&TURN HINGE SET 130KG,       12  SET    38,90    466,80
                    SILVER, RC2, EN 13126-8
                    REF QUOTE Q-7781: SAMPLE 12 / PROD 4,800 SETS
0020 BH-HDL-01-7016 HANDLE, LOCKABLE, RAL 7016                 12  EA      6,40     76,80
0030 CARRIAGE       COURIER DAP CORK                            1  LOT    85,00     85,00
------------------------------------------------------------------------------------------
                                                          TOTAL EUR (EXCL VAT)    628,60
NOTES:
  FOR TEST RIG AT LITTLE ISLAND. CERTS: EN 1191 CYCLE TEST REPORT.
  CONFIRM DESPATCH DATE BY RETURN. QUOTE PO NO. ON ALL DOCUMENTS.
------------------------------------------------------------------------------------------
""")])

# p03 Dubai developer portal: drop release DR-01 with an unlabelled drop schedule (HTML)
case("p03_html_drop_release_schedule", ["RG001", "RG003", "RG004", "RG005"],
     "Drop release DR-01 for 96 panels shows drops 2-5 (448 panels) with dates and no status; nothing on hold, no event, no named release person",
     [("DR-01_Marina_Heights_portal.html", html_page("Drop release DR-01", """
<h2>Al Wasl Developments - Supplier Portal</h2>
<p>Document: <b>Drop release DR-01</b> &nbsp;|&nbsp; Package: 07-400 Cladding &nbsp;|&nbsp; Project: Marina Heights Residence, Dubai Marina</p>
<p>Supplier: Bursa Metal Cephe San. A.Ş., Nilüfer / Bursa, Türkiye &nbsp;|&nbsp; PO: AWD-PO-24-0612</p>
<p>Dear Supplier, kindly find the drop schedule for the aluminium cladding panels. Drop 1 is released for fabrication herewith.</p>
""" + html_table([
    ["Drop", "Levels", "Panels", "Ex-works date", "Site arrival"],
    ["1", "Podium P1-P3", "96", "15-Jul-2024", "19-Aug-2024"],
    ["2", "L1-L6", "112", "12-Aug-2024", "16-Sep-2024"],
    ["3", "L7-L12", "112", "09-Sep-2024", "14-Oct-2024"],
    ["4", "L13-L18", "112", "07-Oct-2024", "11-Nov-2024"],
    ["5", "L19-Roof", "112", "04-Nov-2024", "09-Dec-2024"],
]) + """
<p>Please confirm the ex-works date for drop 1 and the packing list format. Containers to be stuffed with panels in installation sequence.</p>
<p>Regards,<br>Procurement Department<br>Al Wasl Developments LLC, Dubai</p>"""))])

# p04 Edmonton glazier -> Vietnamese bracket maker: DOCX PO + separate supplier quote (two files)
case("p04_multi_docx_po_pdf_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Folder: DOCX sample PO for 8 brackets 'supply per quotation' + separate quote showing 2,400 production brackets; no hold, no event, no release person",
     [("PO_PCG-24-1150.docx", docx_bytes([
         ("h1", "Purchase Order PCG-24-1150"),
         ("p", "Prairie Curtainwall Group Ltd, 9810 34 Ave NW, Edmonton AB T6E 5X9, Canada."),
         ("p", "To: Hai Phong Precision Metal Co., Ltd, Dinh Vu Industrial Zone, Hai Phong, Vietnam. Date: 28 May 2024."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit price (CAD)"],
             ["1", "HPM-AB-120", "Anchor bracket 120, S355 + HDG, with serrated washer plate", "8", "22.50"],
             ["2", "HPM-TB-60", "T-bolt M12 x 60, A4-70, to suit line 1", "16", "1.85"],
         ]),
         ("sp",),
         ("p", "Supply per quotation HPM-Q-2024-088 attached."),
         ("p", "Delivery: by air, DAP Edmonton, within 3 weeks. Mill certificates EN 10204 3.1 and galvanising report required."),
         ("p", "Buyer: Kyle Sorensen, Purchasing. Payment: net 45."),
     ], author="Prairie Curtainwall Group")),
      ("Quotation_HPM-Q-2024-088.pdf", pdf([
          ("h1", "QUOTATION HPM-Q-2024-088"),
          ("p", "Hai Phong Precision Metal Co., Ltd. To: Prairie Curtainwall Group Ltd, Edmonton. Date: 20 May 2024. Project: Ice District Tower 3."),
          ("table", [
              ["No.", "Item", "Sample qty", "Production qty", "Unit price (CAD)"],
              ["1", "Anchor bracket 120, HDG", "8", "2,400", "22.50 / 14.90"],
              ["2", "T-bolt M12 x 60, A4-70", "16", "4,800", "1.85 / 1.10"],
          ]),
          ("p", "Production lead time: 30 days after order. FOB Hai Phong. Validity: 60 days."),
      ], title="HPM-Q-2024-088", author="Hai Phong Precision Metal"))])

# p05 Gold Coast builder -> Chinese cladding maker: email with an inline table (EML multipart/alternative)
_p05_rows = [
    ["Item", "This order (PO GCB-8812)", "Project qty", "Unit price"],
    ["Perforated cladding panel PC-01, 3 mm, PVDF Champagne", "3 sample panels", "1,320 panels", "AUD 286.00"],
    ["Corner panel PC-02", "-", "84 panels", "AUD 341.00"],
]
_p05_txt = """Hi Vivian,

Thanks for the call this morning. PO GCB-8812 is attached for the sample panels. Summary below so
everyone on your side has it in one place:

  Item                              This order (PO GCB-8812)   Project qty    Unit price
  PC-01 perforated 3 mm, Champagne  3 sample panels            1,320 panels   AUD 286.00
  PC-02 corner panel                -                          84 panels      AUD 341.00

Perforation pattern per architect's sketch SK-114 (open area 22%). Please send the samples by air
to our Southport yard, attention Jake.

Cheers,
Bec Thornton
Procurement | Gold Coast Built Pty Ltd
+61 7 5555 0102
"""
case("p05_eml_inline_table_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Email (text + HTML table) authorising 3 sample panels beside an unlabelled 'Project qty 1,320 / 84'; no hold, no event, no release person",
     [("PO_GCB-8812_sample_panels.eml", mail(
         "Bec Thornton <bec.thornton@gcbuilt.com.au>", "Vivian Zhang <vivian@huaxin-panel.com>",
         "PO GCB-8812 - sample panels PC-01 - Broadbeach Residences", "Fri, 24 May 2024 11:48:00 +1000",
         _p05_txt,
         html=html_page("PO GCB-8812", "<p>Hi Vivian,</p><p>Thanks for the call this morning. PO GCB-8812 is attached for the sample panels. Summary below so everyone on your side has it in one place:</p>"
                        + html_table(_p05_rows)
                        + "<p>Perforation pattern per architect's sketch SK-114 (open area 22%). Please send the samples by air to our Southport yard, attention Jake.</p>"
                          "<p>Cheers,<br>Bec Thornton<br>Procurement | Gold Coast Built Pty Ltd</p>")))])

# p06 Belfast contractor <-> Chinese louvre maker, WeChat: sample PO with PI showing 1,800 sets (TXT)
case("p06_wechat_sample_po_pi", ["RG001", "RG003", "RG004", "RG005"],
     "WeChat: buyer confirms PO for 2 sample louvre units and accepts a PI showing 1,800 sets with no hold, event or release person",
     [("WeChat_export_Ningbo_Sunshade.txt", """WeChat chat history export
Chat: Ningbo Sunshade - Lagan Facades (Anna Wu, Ruairí Quinn)
Exported: 2024-06-05 17:02

2024-06-04 09:31  Anna Wu (Ningbo Sunshade)
Good morning Ruairí! PI-24-0388 is attached, please check. 2 sample units + 1,800 sets for the project, price as we agreed

2024-06-04 09:31  Anna Wu (Ningbo Sunshade)
[File] PI-24-0388_Lagan.pdf

2024-06-04 14:12  Ruairí Quinn
Hi Anna, thanks. Price is fine. PO LF-6610 is for the 2 sample louvre units, I'll send it this evening

2024-06-04 14:13  Ruairí Quinn
Finish PPC RAL 7039 please, same as the chip we sent

2024-06-04 14:20  Anna Wu (Ningbo Sunshade)
OK received. We arrange. Samples ready around 20 June

2024-06-04 14:21  Ruairí Quinn
👍 ship to Belfast Harbour, our forwarder is Kuehne

2024-06-05 08:55  Anna Wu (Ningbo Sunshade)
PO LF-6610 received, thank you 🙏
""")])



# =================================================================== RISK (batch 3): RG006 / RG007 / RG008

# p07 Birmingham contractor <- Istanbul ACM maker: supplier already ordered coil for the whole job (quoted thread)
_p07_q = """Hi Selin,

PO KC-24-0456 attached for 4 sample cassettes, RAL 7016 matt, 4 mm A2, for the visual mock-up.

To be clear: only the 4 samples are released. The remaining 2,146 m2 is not released. It will be
released after the VMU sign-off, by a written release from me. Material authority is sample-only.

Thanks,
Paul Hennessy
Senior Buyer, Kestrel Cladding Ltd
"""
case("p07_eml_supplier_coil_full_job", ["RG006"],
     "Buyer's quoted PO: 4 samples, 2,146 m2 not released, sample-only material; supplier reply says coil for the full 2,150 m2 already ordered",
     [("RE_PO_KC-24-0456_sample_cassettes.eml", mail(
         "Selin Arslan <selin.arslan@marmarakompozit.com.tr>", "Paul Hennessy <paul.hennessy@kestrelcladding.co.uk>",
         "RE: PO KC-24-0456 sample cassettes - Digbeth Works", "Wed, 29 May 2024 16:40:00 +0300",
         """Dear Paul,

Thank you for your PO, well received. The 4 sample cassettes will be ready on 12 June and we will
send them with UPS Express.

For your information, to keep our slot at the coil mill we have already ordered the painted coil
RAL 7016 matt for the full 2,150 m2. It arrives at our factory in week 25, so after the VMU we can
be very fast for you.

Please also send us the final panel list when you have it.

Best regards,
Selin Arslan
Export Department | Marmara Kompozit A.Ş., Tuzla / İstanbul
+90 216 555 03 21

On 27.05.2024 11:02, Paul Hennessy wrote:
""" + quote(_p07_q) + "\n",
         in_reply_to="<kc-0456-01@kestrelcladding.co.uk>"))])

# p08 Dubai glazier <-> Shenzhen glass, WeChat: float glass for all 480 booked + straight into mass production
case("p08_wechat_glass_booked_mass_prod", ["RG006", "RG007"],
     "WeChat: buyer releases 6 PMU IGUs with hold/event/person; supplier books float glass for all 480 and says after PMU pass they go straight into mass production",
     [("WeChat_Golden_Glass_EGS.txt", """WeChat export - group "EGS x Golden Glass - Creek Harbour T4"
Members: Omar Farooq (Emirates Glazing Systems), Lucy Lin (Shenzhen Golden Glass), Jack He (Shenzhen Golden Glass)

2024-06-10 10:02 Omar Farooq: Dear Lucy, PO EGS-PO-2250 sent by email. It is for 6 PMU IGUs only (2 x 1500x3200, 4 x 1500x2800)
2024-06-10 10:03 Omar Farooq: Other 474 IGUs not released. Release only after PMU test pass at the lab, by written release from me
2024-06-10 10:20 Lucy Lin: Received Omar, thank you. We start 6 PMU IGU this week
2024-06-12 15:47 Jack He: PMU IGU tempering done, photos
2024-06-12 15:47 Jack He: [Image]
2024-06-12 15:48 Jack He: [Image]
2024-06-13 09:11 Lucy Lin: Omar, for your information we booked float glass for all 480 IGU with the float factory and paid deposit, arrive our factory next week, because price will increase in July
2024-06-13 09:12 Lucy Lin: After PMU pass we go mass production straight away, no need wait, so you can have first shipment early August
2024-06-13 11:30 Omar Farooq: ok noted. PMU test is 2 July at the lab, I will share the report
2024-06-13 11:31 Lucy Lin: 👍👍
""")])

# p09 Kaunas bracket maker -> Drogheda contractor: status report, plate bought for full project (PDF)
case("p09_pdf_status_report_plate_full", ["RG006"],
     "Supplier status report: 60 brackets released and produced, S355 plate purchased for 3,000 (complete project) while 2,940 are not released and no material authority exists",
     [("Status_report_VK-24-W23.pdf", pdf([
         ("h1", "Weekly Status Report - Week 23/2024"),
         ("p", "UAB Vilniaus Konstrukcijos, Savanorių pr. 178, LT-03154 Vilnius. Customer: Boyne Envelope Contractors Ltd, Drogheda, Ireland. Customer PO: BEC-24-0212."),
         ("p", "Project: Scotch Hall Quarter - rainscreen brackets. Prepared by: Mindaugas Petrauskas, Project Manager. Date: 7 June 2024."),
         ("table", [
             ["Item", "Released by customer", "Produced", "Shipped", "Material status"],
             ["BR-90 bracket", "60 (sample + FAI lot)", "60", "0 (ship wk 24)", "S355 plate purchased for 3,000 pcs - in stock"],
             ["BR-140 bracket", "0", "0", "0", "S355 plate purchased for 1,200 pcs - delivery wk 25"],
             ["Isolator pads", "60", "60", "0", "Stock"],
         ]),
         ("sp",),
         ("h", "Comments"),
         ("p", "1. FAI report for BR-90 attached separately; dimensional results all within tolerance."),
         ("p", "2. Balance of BR-90 (2,940 pcs) and all BR-140 are not released by the customer yet; we wait for Ms. Aisling Kerr's written release after the FAI sign-off."),
         ("p", "3. To protect the lead time we purchased plate for the complete project quantity, as the mill has 8 weeks delivery from July."),
         ("p", "4. Galvanising slot booked at the galvaniser for week 24 (sample lot only)."),
     ], title="Status report wk23", author="UAB Vilniaus Konstrukcijos"))])

# p11 Mississauga contractor <- Konin extruder: billet beyond the staged authority (quoted thread)
_p11_q = """Dear Tomasz,

Release R-02 for the Lakeshore West project:

- Released for production: 200 units (floors 3-4), per unit schedule Rev D.
- Material authority: staged - you may buy billet for up to 400 units at Maple Leaf's liability.
- Remaining 800 units: not released. They will be released after the floor 4 installation check,
  by a written release from me.

Regards,
Rachel Kim
Procurement Manager, Maple Leaf Facades Inc.
"""
case("p11_eml_billet_beyond_staged_authority", ["RG006"],
     "Quoted release: 200 units, staged billet authority up to 400 units; supplier reports billet for 1,000 units already in stock",
     [("RE_Release_R-02_Lakeshore_West.eml", mail(
         "Tomasz Nowak <t.nowak@aluprofil-konin.pl>", "Rachel Kim <rkim@mapleleaffacades.ca>",
         "RE: Release R-02 - Lakeshore West", "Mon, 17 Jun 2024 10:15:00 +0200",
         """Dear Rachel,

Thank you for release R-02, the 200 units are planned for extrusion in week 26.

Kindly be informed that billet for 1,000 units is already in our warehouse. We took the opportunity
of the good LME price in May, so the complete project is covered and you will not have any delay
from material side.

Surface treatment: anodising 20 µm, colour C-35 as per your sample, is booked.

Best regards / Z poważaniem
Tomasz Nowak
Key Account Manager
Alu-Profil Konin Sp. z o.o., ul. Przemysłowa 7, 62-510 Konin
tel. +48 63 555 02 17

-----Original Message-----
From: Rachel Kim <rkim@mapleleaffacades.ca>
Sent: Thursday, June 13, 2024 4:21 PM
Subject: Release R-02 - Lakeshore West

""" + quote(_p11_q) + "\n",
         in_reply_to="<mlf-r02@mapleleaffacades.ca>"))])

# p12 Bielsko-Biala fixings maker: acknowledgement says advance starts production and material for full qty (DOCX)
case("p12_docx_ack_advance_material_full", ["RG006", "RG012"],
     "Supplier acknowledgement restates 50 samples / 7,450 on hold, then says production starts on receipt of the advance and wire rod is bought for the full 7,500",
     [("Order_confirmation_KP-2024-0388.docx", docx_bytes([
         ("h1", "Order Confirmation KP/2024/0388"),
         ("p", "Kotwy-Pol Sp. z o.o., ul. Wyzwolenia 101, 43-300 Bielsko-Biała, Poland. NIP 547-21-88-403."),
         ("p", "Customer: Liberty Rainscreen Ltd, Naas Road, Dublin 12, Ireland. Your PO: LR-24-0702 of 18.06.2024. Date: 20.06.2024."),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Price EUR"],
             ["1", "KP-HA-10-A4", "Helping-hand anchor M10, A4 stainless, with EPDM isolator", "50", "2,85"],
             ["2", "Transport", "Courier DAP Dublin", "1", "65,00"],
         ]),
         ("sp",),
         ("h", "Scope as per your PO"),
         ("p", "Your PO LR-24-0702 covers 50 sample anchors. The remaining 7,450 pcs are not released; release after the sample sign-off by written release from Mr. Brendan O'Connell."),
         ("h", "Our remarks"),
         ("p", "To secure the delivery time for the project, we will start the production after receipt of your advance payment (30% of the project value, pro-forma PF/0388 attached)."),
         ("p", "We will also purchase the raw material (A4 wire rod) for the full 7,500 pcs immediately, as the mill lead time is 10 weeks."),
         ("p", "Delivery of samples: week 27. Payment: 30% advance, balance 30 days after delivery."),
         ("p", "Confirmed by: Katarzyna Mazur, Sales Office."),
     ], author="Kotwy-Pol Sp. z o.o."))])

# p13 Konya extruder -> Fremantle contractor: forwarded production note, billet for complete job + run the lot after PMU (rfc822)
_p13_inner = mail(
    "Hakan Yilmaz <hakan.yilmaz@konyaprofil.com.tr>", "Ece Kaya <ece.kaya@konyaprofil.com.tr>",
    "FF-24-118 durum / status", "Tue, 11 Jun 2024 08:05:00 +0300",
    """Ece Hanım,

Status job FF-24-118 (Fremantle Facades):
- Billet for complete job received, 38 t, in stock hall 2.
- Dies tested OK, first profiles measured OK.
- PMU profiles (3 sets) packed today, ready for pickup Thursday.

Hakan Yılmaz
Üretim Müdürü / Production Manager
""")
case("p13_eml_fwd_billet_run_the_lot", ["RG006", "RG007"],
     "Supplier forwards internal note (rfc822): billet for complete job in stock while PO covers 3 PMU sets; cover says after PMU sign-off they will run the lot without waiting for paperwork",
     [("FW_FF-24-118_status.eml", mail(
         "Ece Kaya <ece.kaya@konyaprofil.com.tr>", "Jess O'Neill <jess.oneill@fremantlefacades.com.au>",
         "FW: FF-24-118 status - PMU profiles ready", "Tue, 11 Jun 2024 09:30:00 +0300",
         """Dear Jess,

Please see below the note from our production manager. The 3 PMU profile sets are packed and can be
collected on Thursday.

I know your PO FF-24-118 is for the 3 PMU sets only. But as you can see, the billet for the complete
job is already in stock, so once the PMU is signed off in Perth we will run the lot straight through
without waiting for more paperwork. This way you gain at least 4 weeks.

Kind regards,
Ece Kaya
Export Sales | Konya Alüminyum Profil A.Ş.
+90 332 555 07 70
""",
         attachments=[("rfc822", _p13_inner)]))])

# p14 Adelaide contractor <-> Jiaxing fastener maker, WeChat: forecast entered as confirmed order + coil for 30,000
case("p14_wechat_forecast_as_order_coil", ["RG006", "RG008"],
     "WeChat: buyer calls off 500 and labels 30,000 as forecast only; supplier enters 30,000 as confirmed order and books stainless coil for 30,000",
     [("WeChat_Hengda_SouthernCross.txt", """Chat history with Kevin Zhu (Jiaxing Hengda Fasteners)
Account: Bronwyn Tait - Southern Cross Facades
----------------------------------------------------------------
2024-07-01 08:14  Bronwyn Tait
Morning Kevin. Call-off 1 is in your inbox: 500 pcs rail bracket RB-45, 304 SS, for level 2-3 at Festival Tower

2024-07-01 08:15  Bronwyn Tait
Also sent our 12 month forecast, 30,000 pcs RB-45. That's a forecast only, not an order. Nothing beyond the 500 is released. Next call-off comes from me once site confirms level 4-6 sequence

2024-07-01 10:40  Kevin Zhu
Thanks Bronwyn! 500 pcs ship by 26 July

2024-07-01 10:42  Kevin Zhu
We input 30,000 pcs as confirmed order in our ERP so your price is locked for whole year 😊

2024-07-01 10:43  Kevin Zhu
Also we already book stainless coil 304 for 30,000 pcs with the mill to catch this month price

2024-07-01 12:05  Bronwyn Tait
ok thanks, send me the packing details for the 500 when ready
""")])

# p15 Ajman contractor <- Foshan curtain wall: supplier says 'after sample OK we arrange mass production directly' (quoted)
_p15_q = """Dear Mr. Chen,

Please find attached PO DCL-24-310 for 2 VMU units (unitised, type UT-01 and UT-03).

The balance of 318 units is on hold. It will be released only after the VMU sign-off on site, by a
written release from me.

Regards,
Ahmed Al Zaabi
Procurement Manager, Dune Cladding LLC
"""
case("p15_eml_sample_ok_mass_production", ["RG007"],
     "Quoted buyer PO: 2 VMU units, 318 on hold, VMU sign-off + written release by Ahmed Al Zaabi; supplier replies that after sample OK they arrange mass production directly, no new PO",
     [("RE_PO_DCL-24-310_VMU.eml", mail(
         "Chen Jun <chenjun@keyuan-cw.com>", "Ahmed Al Zaabi <ahmed.zaabi@dunecladding.ae>",
         "RE: PO DCL-24-310 VMU units - Al Jurf Villas", "Mon, 03 Jun 2024 18:22:00 +0800",
         """Dear Mr. Ahmed,

Noted with thanks. 2 VMU units will finish on 25 June, we send by air.

After sample OK we arrange mass production directly, no need new PO or paper, to save your time.
Our factory will keep the line ready for your project.

Please kindly confirm the glass colour code again (Guardian SN 62 on clear?).

Best regards
Chen Jun
Sales Manager
Foshan Keyuan Curtain Wall Co., Ltd
Tel: +86 757 5555 0127

------------------ Original ------------------
From: "Ahmed Al Zaabi" <ahmed.zaabi@dunecladding.ae>
Date: Sun, Jun 2, 2024 11:10 AM
Subject: PO DCL-24-310 VMU units - Al Jurf Villas

""" + quote(_p15_q) + "\n",
         in_reply_to="<dcl-310@dunecladding.ae>"))])

# p16 Mersin panel maker -> Bristol contractor: order confirmation says production starts automatically on VMU approval (DOCX)
case("p16_docx_ack_vmu_auto_start", ["RG007"],
     "Supplier order confirmation restates 4 VMU panels / 1,180 m2 on hold / written release by Liam Gallagher, then says production of the rest starts automatically on VMU approval",
     [("OC-2024-0611_Toros.docx", docx_bytes([
         ("h1", "ORDER CONFIRMATION OC-2024-0611"),
         ("p", "Toros Cephe Sistemleri A.Ş., Tarsus OSB, Mersin, Türkiye."),
         ("p", "Customer: Kingsway Facades Ltd, Avonmouth, Bristol BS11, United Kingdom. Customer PO: KF-PO-2024-118. Date: 11.06.2024."),
         ("table", [
             ["No", "Description", "Qty", "Unit", "Price GBP"],
             ["1", "Honeycomb aluminium panel 20 mm, PVDF bronze metallic, VMU panels", "4", "pcs", "268,00"],
             ["2", "Sub-frame and brackets for VMU", "1", "set", "410,00"],
         ]),
         ("sp",),
         ("p", "We confirm your order as follows: 4 VMU panels. The balance of 1,180 m2 is on hold pending the VMU sign-off and the written release of Mr. Liam Gallagher, as per your PO."),
         ("p", "Note: Upon your approval of the VMU, production of the remaining 1,180 m2 will start automatically in order to keep the programme. Please inform us within 3 days after the VMU if you do not wish this."),
         ("p", "Delivery VMU: week 26, DAP Bristol. Payment terms for the VMU: 30 days from invoice."),
         ("p", "Toros Cephe Sistemleri A.Ş. - Sales Department, Mr. Burak Çelik"),
     ], author="Toros Cephe Sistemleri"))])

# p17 Galway contractor -> Vilnius unitised maker: PO with written-release requirement + buyer email contradicting it (two files)
case("p17_multi_po_then_roll_on_email", ["RG007"],
     "Folder: PO (4 PMU panels, 1,316 not released, written release by Orla Byrne after PMU sign-off by Fergal Daly) + Orla's email saying once Fergal is happy just roll on into the floors",
     [("PO_CF-24-0901.pdf", pdf([
         ("h1", "PURCHASE ORDER CF-24-0901"),
         ("p", "Corrib Facades Ltd, Galway Technology Park, Parkmore, Galway H91, Ireland. To: UAB Fasadų Sistemos, Verkių g. 29, Vilnius, Lithuania."),
         ("p", "Project: Ceannt Quarter Block A - unitised curtain wall. Date: 4 June 2024."),
         ("table", [
             ["Line", "Description", "Qty", "Price EUR"],
             ["1", "Unitised panel type U1, 1,500 x 3,600, PMU", "3", "2.940,00"],
             ["2", "Unitised corner panel type U4, PMU", "1", "3.610,00"],
         ]),
         ("sp",),
         ("p", "Scope: four (4) PMU panels only. The remaining 1,316 panels are not released."),
         ("p", "The balance will be released only by a written release from Orla Byrne, Commercial Director, after the PMU has been signed off by Fergal Daly, façade engineer."),
         ("p", "Material authority: PMU only. PMU test: independent test centre, week 30."),
     ], title="CF-24-0901", author="Corrib Facades")),
      ("Re_PMU_programme_Ceannt.eml", mail(
          "Orla Byrne <orla.byrne@corribfacades.ie>", "Darius Kazlauskas <darius@fasadusistemos.lt>",
          "Re: PMU programme - Ceannt Quarter", "Fri, 21 Jun 2024 17:55:00 +0100",
          """Hi Darius,

Thanks for the updated programme. The main contractor is on our back about the floor cycle, so
here's what we'll do: once Fergal's happy with the PMU on the rig, just roll on into the floors -
no need to wait on paperwork from me. We'll tidy up the documents afterwards.

Can you make sure the first two trucks are sequenced floor 1 east then floor 1 north?

Have a good weekend,
Orla
""" + sig("Orla Byrne", "Commercial Director", "Corrib Facades Ltd", "+353 91 555 012")))])

# p18 Kilkenny contractor <-> Polish bracket maker, Teams export: buyer okays continuing without her release
case("p18_teams_keep_going_after_sample", ["RG007"],
     "Teams chat: buyer sets 24 samples / 2,376 on hold / sign-off by Tom Walsh + written release from her; later tells supplier to just keep going if the samples are good",
     [("Teams_chat_KCW_Stalmet.txt", """Microsoft Teams - chat export
Chat: KCW / Stalmet - brackets Kilkenny Crescent
Participants: Sinéad Ryan (Kilkenny Curtain Walling), Paweł Zieliński (Stalmet Sp. z o.o.)

[03/06/2024 09:14] Sinéad Ryan
Morning Paweł, PO KCW-4410 is out to you: 24 sample brackets only, type SB-110.
The rest (2,376) is not released until Tom Walsh signs off the samples and I send you a written release.

[03/06/2024 09:31] Paweł Zieliński
Good morning Sinéad, received, thank you. 24 samples we make next week.

[11/06/2024 14:02] Paweł Zieliński
Samples are finished, tomorrow by DPD to you. Measurement report in attachment.

[11/06/2024 14:03] Paweł Zieliński
Question: when sample ok we just continue with rest, yes? To keep the slot on the laser

[11/06/2024 14:40] Sinéad Ryan
yeah sure, if they're good just keep going, no point waiting on me. Tom's on site Thursday

[11/06/2024 14:41] Paweł Zieliński
Perfect, thank you 👍
""")])

# p19 London contractor: release schedule where PMU sign-off starts fabrication; release by 'the Main Contractor' (PDF)
case("p19_pdf_programme_hp_autostart", ["RG005", "RG007"],
     "Release schedule: 3 PMU panels released, 1,417 not released until PMU pass + written release 'by the Main Contractor' (no named person); hold-point table says PMU sign-off starts fabrication with no further instruction",
     [("Release_schedule_SEP-FAC-002.pdf", pdf([
         ("h1", "Facade Release Schedule SEP-FAC-002 Rev B"),
         ("p", "Southwark Envelope Partners - Bankside Yards East, London SE1. Facade supplier: Shanghai Hengtai Curtain Wall Co., Ltd. Date: 24 June 2024."),
         ("h", "Current status"),
         ("p", "Released: 3 PMU panels (PO SEP-PO-0771 line 1). Balance: 1,417 unitised panels - not released until the PMU has passed and a written release has been issued by the Main Contractor."),
         ("h", "Hold points and fabrication sequence"),
         ("table", [
             ["Hold point", "Activity", "By", "Next step"],
             ["HP1", "Shop drawings Rev C reviewed", "Facade consultant", "PMU fabrication"],
             ["HP2", "PMU sign-off (weather, structural, dynamic)", "Facade consultant", "Fabrication floors 2-14 starts next working day (no further instruction required)"],
             ["HP3", "First floor installed and inspected", "Site team", "Fabrication floors 15-28"],
         ]),
         ("sp",),
         ("p", "Programme dates are in the attached Gantt (Rev B). Please report progress against hold points weekly."),
     ], title="SEP-FAC-002", author="Southwark Envelope Partners"))])

# p20 Hanoi supplier portal: advance payment releases order; sample approval converts automatically (HTML)
case("p20_html_portal_timeline_payment_autoconv", ["RG007", "RG012"],
     "Supplier portal timeline: 'advance payment received -> order released to production' and 'sample approved -> converted to production order automatically'",
     [("Vina_portal_order_VFA-24-1907.html", html_page("Order VFA-24-1907 - timeline", """
<h2>Vina Facade Aluminium JSC - Customer Portal</h2>
<p>Customer: Bayside Facades Pty Ltd, Port Melbourne VIC &nbsp;|&nbsp; Customer PO: BFP-PO-2208 &nbsp;|&nbsp; Our order: VFA-24-1907</p>
""" + html_table([
    ["Line", "Item", "Ordered", "Status"],
    ["1", "Sample window-wall frame WW-70, 1,200 x 2,700, anodised natural", "6 frames", "Shipped 28 May"],
    ["2", "Production window-wall frames WW-70", "per customer PO", "In production"],
]) + """
<h3>Order timeline</h3>
<ul>
<li>02 May 2024 - Customer PO BFP-PO-2208 received (sample 6 frames; production per call-off).</li>
<li>06 May 2024 - Advance payment 30% received &rarr; order released to production.</li>
<li>28 May 2024 - Samples shipped, AWB 176-5521 0098.</li>
<li>14 Jun 2024 - Sample approved by customer &rarr; converted to production order automatically (PRD-0917).</li>
<li>17 Jun 2024 - Extrusion started for PRD-0917.</li>
</ul>
<p class="note">Questions: account manager Pham Thu Ha, ha.pham@vinafacade.vn, +84 24 5555 0166</p>"""))])

# p21 Parramatta developer -> Chinese extruder: 'treat the attached forecast as firm orders' (EML + TXT attachment)
_p21_fc = """WESTSIDE LIVING GROUP - DEMAND FORECAST FY25 (JUL-24 TO JUN-25)
Project: Parramatta Square Towers A/B/C     Supplier: Zhaoqing Asia Extrusion Co., Ltd

PROFILE       DESCRIPTION                   Q1 FY25   Q2 FY25   Q3 FY25   Q4 FY25    TOTAL (m)
WW-150        Window wall mullion             4,200     6,800     7,100     5,400       23,500
WW-150T       Window wall transom             2,900     4,600     4,900     3,700       16,100
SL-60         Sill / head profile             1,300     2,100     2,200     1,600        7,200

Prepared by: Daniel Costa, Head of Procurement     Date: 28/06/2024
"""
case("p21_eml_forecast_as_firm_orders", ["RG008"],
     "Developer sends FY25 forecast (TXT attachment) and asks the supplier to treat the numbers as firm orders and book capacity",
     [("FY25_forecast_Parramatta.eml", mail(
         "Daniel Costa <daniel.costa@westsideliving.com.au>", "Frank Liu <frank.liu@asia-extrusion.cn>",
         "FY25 forecast - Parramatta Square - please book capacity", "Fri, 28 Jun 2024 16:20:00 +1000",
         """Hi Frank,

Attached is our FY25 demand forecast for the three Parramatta towers.

Please treat these numbers as firm orders and book your extrusion and powder-coat capacity
accordingly. We don't want to be chasing press slots in March like last year.

Individual POs will follow each quarter for invoicing, but the totals in the attachment stand.

Cheers,
Daniel
""" + sig("Daniel Costa", "Head of Procurement", "Westside Living Group Pty Ltd, Parramatta NSW", "+61 2 8555 0143"),
         attachments=[("Forecast_FY25_WLG.txt", _p21_fc, "text/plain")]))])

# p22 Leeds contractor -> Klaipeda bracket maker: call-off with a 'committed forecast' table (PDF)
case("p22_pdf_calloff_committed_forecast", ["RG008"],
     "Call-off CO-05 releases 180 brackets with full hold (next call-off by Helen Marsh after floor 5 handover) but labels the forecast table as firm committed volumes",
     [("CallOff_CO-05_Aire_Park.pdf", pdf([
         ("h1", "CALL-OFF CO-05"),
         ("p", "Airedale Rainscreen Ltd, Kirkstall Forge, Leeds LS5 3BF. Supplier: UAB Baltijos Laikikliai, Klaipėda FEZ, Lithuania. Framework PO: ARL-FPO-24-002. Date: 1 July 2024."),
         ("table", [
             ["Item", "Description", "Released by CO-05", "Delivery"],
             ["HB-160", "Helping-hand bracket 160, aluminium 6082-T6", "180", "wk 32"],
         ]),
         ("sp",),
         ("p", "Nothing beyond CO-05 is released. The next call-off (CO-06) will be issued by Helen Marsh, Supply Chain Manager, after floor 5 has been handed over."),
         ("h", "Committed forecast"),
         ("table", [
             ["Item", "Q3-2024", "Q4-2024", "Q1-2025", "Total"],
             ["HB-160", "600", "800", "700", "2,100"],
         ]),
         ("p", "The forecast volumes above are firm commitments from Airedale Rainscreen. Please plan your capacity on them; Airedale will take and pay for these quantities."),
     ], title="CO-05", author="Airedale Rainscreen"))])



# =================================================================== RISK (batch 4): RG008 / RG009 / RG010 / RG011

# p23 Toronto developer -> Siauliai window maker: LOI commits to purchase forecast quantities (DOCX)
case("p23_docx_loi_commits_forecast", ["RG008"],
     "Letter of intent keeps production on hold (6 mock-up windows, mock-up sign-off + written release by Jonathan Mercer) but commits the developer to buy the Schedule A forecast quantities",
     [("LOI_HLD_Langu_Gamyba.docx", docx_bytes([
         ("h1", "Letter of Intent - Windows Package"),
         ("p", "From: Harbourfront Living Developments Inc., 25 Queens Quay East, Toronto ON M5E 1A1, Canada."),
         ("p", "To: UAB Langų Gamyba, Pramonės g. 12, LT-78137 Šiauliai, Lithuania. Date: 5 July 2024. Project: The Wharf Residences, Phases 1-3."),
         ("p", "Further to your tender LG-T-2024-17, we confirm our intent to award the windows package to UAB Langų Gamyba on the terms below."),
         ("h", "Schedule A - forecast quantities (estimated)"),
         ("table", [
             ["Type", "Description", "Phase 1", "Phase 2", "Phase 3", "Total"],
             ["W-01", "Aluminium-clad timber casement, triple glazed", "420", "380", "360", "1,160"],
             ["W-02", "Fixed window, triple glazed", "300", "260", "240", "800"],
         ]),
         ("p", "The Developer commits to purchase the forecast quantities listed in Schedule A at the unit prices of your tender."),
         ("h", "Production"),
         ("p", "Currently authorised: six (6) mock-up windows under PO HLD-24-045. No production windows are released by this letter."),
         ("p", "Production will be released only after the mock-up has been signed off by the envelope consultant, by a written release from Jonathan Mercer, VP Construction."),
         ("p", "Signed for Harbourfront Living Developments Inc.: Jonathan Mercer, VP Construction"),
     ], author="Harbourfront Living Developments"))])

# p24 Dong Nai bracket maker's portal shows a forecast upload as a confirmed order (HTML)
case("p24_html_portal_forecast_confirmed", ["RG008"],
     "Supplier portal lists the customer's uploaded forecast FC-2024-Q3 as 'CONFIRMED ORDER' with production slots booked",
     [("DNFM_portal_open_orders.html", html_page("Open orders - Wicklow Cladding", """
<h2>Dong Nai Facade Metal JSC - Customer Portal</h2>
<p>Customer: Wicklow Cladding Ltd, Bray, Co. Wicklow, Ireland &nbsp;|&nbsp; Account manager: Le Van Tuan</p>
<h3>Open sales orders</h3>
""" + html_table([
    ["Sales order", "Source", "Item", "Quantity", "Status", "Production slot"],
    ["SO-24-0711", "Customer forecast upload FC-2024-Q3", "Z-rail ZR-40 HDG, 3.0 m", "12,000 pcs", "CONFIRMED ORDER", "wk 33-38, line 2"],
    ["SO-24-0712", "Customer forecast upload FC-2024-Q3", "Bracket WB-120 HDG", "6,500 pcs", "CONFIRMED ORDER", "wk 35-40, line 3"],
]) + """
<p>Forecast uploads are converted into confirmed sales orders automatically so that your capacity is secured. Production slots are booked against confirmed orders.</p>
<p>Last sync: 2024-07-08 07:30 ICT</p>"""))])

# p25 Newcastle contractor -> Gdynia unitised maker: transmittal uses 'released' for drawings and for production (PDF)
case("p25_pdf_transmittal_released_twice", ["RG009"],
     "Transmittal marks shop drawings 'RELEASED FOR CONSTRUCTION' and in the same document uses release for production (2 PMU panels released, 612 not released, written release by Martin Crowe)",
     [("Transmittal_DT-0412.pdf", pdf([
         ("h1", "DOCUMENT TRANSMITTAL DT-0412"),
         ("p", "From: Lowther Facades Ltd, Team Valley Trading Estate, Gateshead NE11 0LP. To: Fabryka Fasad Bałtyk Sp. z o.o., ul. Hutnicza 40, 81-061 Gdynia, Poland."),
         ("p", "Project: Quayside West, Newcastle upon Tyne - unitised curtain wall. Date: 8 July 2024."),
         ("table", [
             ["Document", "Title", "Rev", "Status"],
             ["SD-201 to SD-230", "Unitised panel shop drawings, typical floors", "C", "RELEASED FOR CONSTRUCTION"],
             ["SD-231 to SD-236", "Corner and soffit panels", "B", "RELEASED FOR CONSTRUCTION"],
             ["CAL-11", "Bracket calculation, wind zone 3", "A", "For information"],
         ]),
         ("sp",),
         ("h", "Production"),
         ("p", "Released for production: 2 PMU panels under PO LF-24-300. The balance of 612 panels is not released."),
         ("p", "The production release for the balance will be issued in writing by Martin Crowe, Package Manager, after the PMU sign-off."),
         ("p", "Please acknowledge receipt of this transmittal within 2 working days."),
     ], title="DT-0412", author="Lowther Facades"))])

# p26 Dubai contractor: submittal register uses 'Approved' for technical, commercial and production status (DOCX table)
case("p26_docx_register_approved_three_ways", ["RG009"],
     "Submittal register uses 'Approved' for shop drawings (technical), a variation order (commercial) and fabrication of 180 panels (production)",
     [("Submittal_register_DCR_07-400.docx", docx_bytes([
         ("h1", "Submittal and Approvals Register - Package 07-400 Cladding"),
         ("p", "Project: Dubai Creek Residences, Tower 2. Contractor: Al Barari Facade Contracting LLC. Supplier: Jiangsu Hengli Architectural Panel Co., Ltd. Issue: 15 July 2024."),
         ("table", [
             ["Ref", "Subject", "Type", "Status", "Date"],
             ["SUB-014", "Shop drawings, typical bay, Rev C", "Technical", "Approved", "02-Jul-2024"],
             ["SUB-015", "Variation order VO-07, additional louvre panels at L12", "Commercial", "Approved", "09-Jul-2024"],
             ["SUB-016", "Fabrication of floors 2-3 (180 panels)", "Production", "Approved", "12-Jul-2024"],
             ["SUB-017", "Fire test report EN 13501-1 A2-s1,d0", "Technical", "Under review", "-"],
         ]),
         ("sp",),
         ("p", "Floors 4-12 (540 panels) are not released. They will be released floor by floor after the floor 3 installation inspection (HP-5), by a written release from Eng. Mariam Al Suwaidi, Package Manager."),
         ("p", "Material authority: material for the 180 panels of floors 2-3 only."),
     ], author="Al Barari Facade Contracting"))])

# p27 Reading contractor <-> Polish bracket maker, Slack export: 'PO released in SAP' + production release (TXT)
case("p27_slack_po_released_sap", ["RG009"],
     "Chat uses 'released' for the PO in SAP (commercial) and for the production release of 64 units; 192 not released until VMU sign-off, release by Hannah Price",
     [("slack_export_ext-stalprofil.txt", """Slack export - channel #ext-stalprofil-thames-gateway
Workspace: Thames Gateway Facades Ltd (shared channel with Stalprofil Sp. z o.o.)

2024-07-09 08:47  Hannah Price (TGF, Procurement)
Morning Michał - PO 4500012345 has been released in SAP, you should have it in your inbox by now. Commercial cover is 256 units.

2024-07-09 08:49  Hannah Price (TGF, Procurement)
Production release PR-01 is attached: floors 1-2, 64 units. Floors 3-8 (192 units) are not released until the VMU is signed off - I'll send the next release myself after that.

2024-07-09 09:15  Michał Kowalczyk (Stalprofil)
Good morning Hannah, PO received and PR-01 received. 64 units we plan for week 31.

2024-07-09 09:16  Michał Kowalczyk (Stalprofil)
Question about the bracket finish: HDG + powder or only HDG?

2024-07-09 09:40  Hannah Price (TGF, Procurement)
HDG only, see spec note 4 on DRG TGF-BR-07 Rev B
""")])

# p28 Nottingham contractor portal: 'approval' for colour and commercial + unscoped 'green light' (HTML)
case("p28_html_portal_green_light_approvals", ["RG002", "RG009"],
     "Buyer portal lists colour approval and commercial approval both as 'Approved' and the buyer comments 'green light from our side - crack on' with no scope; scope block otherwise complete",
     [("Redbrick_portal_RBF-PO-5520.html", html_page("RBF-PO-5520 - supplier view", """
<h2>Redbrick Facades Ltd - Supplier Extranet</h2>
<p>Order: RBF-PO-5520 &nbsp;|&nbsp; Supplier: Fasady Wrocław Sp. z o.o. &nbsp;|&nbsp; Project: Trent Basin Phase 3, Nottingham - terracotta-effect cassette panels</p>
<h3>Approvals</h3>
""" + html_table([
    ["Approval", "Owner", "Status", "Date"],
    ["Colour approval (RAL 2001 textured)", "Architect", "Approved", "12-Jun-2024"],
    ["Commercial approval (PO value GBP 184,300)", "Redbrick commercial", "Approved", "14-Jun-2024"],
    ["VMU sign-off", "Architect + Redbrick", "Pending", "-"],
]) + """
<h3>Scope</h3>
<p>Released: 2 sample panels for the VMU. Balance of 398 panels on hold until the VMU sign-off and a written release from Mark Deschamps, Package Manager.</p>
<h3>Comments</h3>
<p><b>Mark Deschamps, 14-Jun-2024 16:10:</b> Green light from our side - crack on. Shout if you need anything for the crates.</p>
<p><b>Ewa Nowicka (Fasady Wrocław), 14-Jun-2024 16:32:</b> Thank you Mark!</p>"""))])

# p29 Abu Dhabi contractor: VMU meeting minutes - 'approved' twice + 'supplier to proceed' (PDF)
case("p29_pdf_minutes_supplier_to_proceed", ["RG002", "RG009"],
     "Meeting minutes: 'VMU approved by architect' (technical) and 'package budget approved by client' (commercial); action 'supplier to proceed' with no scope; scope block otherwise complete",
     [("MoM_VMU_review_GBC-MOM-014.pdf", pdf([
         ("h1", "Minutes of Meeting GBC-MOM-014 - VMU Review"),
         ("p", "Project: Saadiyat Grove Residences, Abu Dhabi. Package: curtain wall and cladding. Date: 16 July 2024, 10:00, site office."),
         ("p", "Attendees: Eng. Ali Hassan (Gulf Build Contracting, Procurement Manager), Ms. Noura Al Ketbi (Architect), Mr. Peter Lim (Facade consultant), Mr. Zhang Lei (Guangdong Lianfa Curtain Wall)."),
         ("table", [
             ["Item", "Discussion", "Action by"],
             ["1", "VMU approved by architect, subject to comments on sealant colour (grey, not black).", "Lianfa"],
             ["2", "Package budget approved by client on 12 July.", "-"],
             ["3", "Sealant colour sample to be resubmitted by 23 July.", "Lianfa"],
             ["4", "Action: supplier to proceed.", "Lianfa"],
         ]),
         ("sp",),
         ("h", "Order status"),
         ("p", "PO GBC-PO-771 covers 1 VMU (visual mock-up) only. The balance of 540 panels is on hold until the VMU sign-off sheet has been issued and a written release has been sent by Eng. Ali Hassan."),
         ("p", "Next meeting: 30 July 2024. Minutes by: Reem Saleh, Document Controller. Comments within 3 days, otherwise minutes are deemed accepted."),
     ], title="GBC-MOM-014", author="Gulf Build Contracting"))])

# p30 Cork contractor -> Lithuanian bracket maker: 'approved' twice, release 'from our project team' (EML alt)
_p30_txt = """Hi Rokas,

Good news on two fronts:

1. The two colour samples were approved by our architect on Friday - the bronze anodised one
   (sample B) is the one to go with.
2. The PO was approved by finance this morning, so PO CC-24-221 is now live for the 6 test brackets.

Please make the 6 test brackets in sample B finish for the pull-out tests on site.

The balance of 594 brackets is not released. It will be released after the pull-out tests, by a
written release from our project team.

Thanks,
Eimear
"""
case("p30_eml_approved_twice_project_team", ["RG005", "RG009"],
     "Email uses 'approved' for colour samples (technical) and for the PO by finance (commercial); 6 test brackets active, 594 not released until pull-out tests + written release 'from our project team' (no named person)",
     [("Colour_and_PO_CC-24-221.eml", mail(
         "Eimear Cronin <eimear.cronin@corkcladding.ie>", "Rokas Jankauskas <rokas@baltijoslaikikliai.lt>",
         "Colour samples + PO CC-24-221 - Marina Park", "Mon, 15 Jul 2024 11:05:00 +0100",
         _p30_txt + sig("Eimear Cronin", "Buyer", "Cork Cladding Contractors Ltd", "+353 21 555 0147"),
         html=html_page("Colour samples + PO", "<p>Hi Rokas,</p><p>Good news on two fronts:</p><ol>"
                        "<li>The two colour samples were approved by our architect on Friday - the bronze anodised one (sample B) is the one to go with.</li>"
                        "<li>The PO was approved by finance this morning, so PO CC-24-221 is now live for the <b>6 test brackets</b>.</li></ol>"
                        "<p>Please make the 6 test brackets in sample B finish for the pull-out tests on site.</p>"
                        "<p>The balance of 594 brackets is not released. It will be released after the pull-out tests, by a written release from our project team.</p>"
                        "<p>Thanks,<br>Eimear Cronin<br>Buyer, Cork Cladding Contractors Ltd</p>")))])

# p31 Edinburgh contractor -> Polish cassette maker: 'go ahead with the sample panels' without a number (EML)
case("p31_eml_samples_no_quantity", ["RG010"],
     "Buyer authorises 'the sample panels for the VMU as discussed' without any quantity; hold, event (VMU sign-off + written release) and named person (Gráinne Doherty) present",
     [("VMU_sample_panels_Leith.eml", mail(
         "Gráinne Doherty <grainne.doherty@forthfacades.co.uk>", "Krzysztof Lis <k.lis@kasetypolska.pl>",
         "VMU sample panels - Leith Docks Block D", "Thu, 11 Jul 2024 14:30:00 +0100",
         """Hi Krzysztof,

Thanks for sending the revised cassette details through, the concealed fix looks much better.

Please go ahead with the sample panels for the VMU as discussed on Tuesday's call, in the
anodised bronze and the PVDF champagne, so the architect can compare them side by side.

The balance is on hold until the VMU has been signed off and you have a written release from me.
Nothing else is released for now.

We need the panels in Leith by 9 August. Delivery address and crane details to follow.

Best wishes,
Gráinne
""" + sig("Gráinne Doherty", "Package Manager", "Forth Facades Ltd, Edinburgh", "+44 131 555 0183"),
         html=html_page("VMU sample panels", "<p>Hi Krzysztof,</p><p>Thanks for sending the revised cassette details through, the concealed fix looks much better.</p>"
                        "<p>Please go ahead with the sample panels for the VMU as discussed on Tuesday's call, in the anodised bronze and the PVDF champagne, so the architect can compare them side by side.</p>"
                        "<p>The balance is on hold until the VMU has been signed off and you have a written release from me. Nothing else is released for now.</p>"
                        "<p>We need the panels in Leith by 9 August. Delivery address and crane details to follow.</p>"
                        "<p>Best wishes,<br>Gráinne Doherty<br>Package Manager, Forth Facades Ltd, Edinburgh</p>")))])

# p32 Limerick contractor <-> Turkish bracket maker, WhatsApp: 'a few samples' then 'you're good to go'
case("p32_whatsapp_few_samples_good_to_go", ["RG002", "RG010"],
     "WhatsApp: buyer asks for 'a few samples' (no quantity) with rest on hold till Kev signs off and her release; later replies 'you're good to go' to photos with no scope",
     [("WhatsApp_Chat_Aoife_Kaya_Metal.txt", """[02/07/2024, 10:05:12] Aoife Hartigan: Hi Mehmet, go ahead and make a few samples of the bracket to DRG LCF-BR-22 Rev C, the rest stays on hold till Kev signs them off and I send the release
[02/07/2024, 10:09:40] Mehmet Kaya (Kaya Metal): Hello Aoife, ok. Galvanised or galvanised + powder?
[02/07/2024, 10:11:02] Aoife Hartigan: galvanised only
[02/07/2024, 10:11:30] Mehmet Kaya (Kaya Metal): 👍
[09/07/2024, 16:44:18] Mehmet Kaya (Kaya Metal): <attached: IMG-20240709-WA0012.jpg>
[09/07/2024, 16:44:19] Mehmet Kaya (Kaya Metal): <attached: IMG-20240709-WA0013.jpg>
[09/07/2024, 16:45:02] Mehmet Kaya (Kaya Metal): Samples finished. Dimensions all ok, report attached to email
[09/07/2024, 17:20:55] Aoife Hartigan: Photos look grand, you're good to go 👍
[09/07/2024, 17:21:30] Mehmet Kaya (Kaya Metal): Thank you Aoife!
""")])

# p33 Brisbane contractor -> Chinese panel maker: PO with 'Qty: TBC' and advance-payment start clause (PDF)
case("p33_pdf_po_qty_tbc_advance_clause", ["RG010", "RG012"],
     "Sample PO line quantity 'TBC' (no active quantity) and term 'production commences upon receipt of the 30% advance'; hold, VMU event and Sam Patel present",
     [("PO_RFC-24-0619.pdf", pdf([
         ("h1", "PURCHASE ORDER RFC-24-0619"),
         ("p", "Riverside Facade Co. Pty Ltd, 44 Counihan Road, Seventeen Mile Rocks QLD 4073. To: Hangzhou Fuli Decorative Panel Co., Ltd, Xiaoshan, Hangzhou, China. Date: 19 June 2024."),
         ("p", "Project: Howard Smith Wharves North - perforated screen panels."),
         ("table", [
             ["Line", "Description", "Qty", "Unit price AUD"],
             ["1", "Perforated screen panel PS-3, 3 mm, PVDF Bronze, sample for VMU", "TBC", "312.00"],
             ["2", "Freight, air, DAP Brisbane", "1", "1,150.00"],
         ]),
         ("sp",),
         ("p", "Production panels are not released by this PO. They will be released after the VMU sign-off, by a written release from Sam Patel, Procurement Manager."),
         ("h", "Payment terms"),
         ("p", "30% advance payment by T/T on the project value; balance 60 days after delivery. Production commences upon receipt of the 30% advance payment."),
     ], title="RFC-24-0619", author="Riverside Facade Co."))])

# p34 Swindon contractor -> Lithuanian bracket maker: drawings 'released' + 'first floor's worth' release (DOCX)
case("p34_docx_floor_worth_drawings_released", ["RG009", "RG010"],
     "Letter says drawings Rev D are 'released (IFC)' and releases 'the first floor's worth of brackets' without a quantity; floors 2-9 on hold, event and Callum Reid named",
     [("Release_letter_WRF-RL-01.docx", docx_bytes([
         ("h1", "Release Letter WRF-RL-01"),
         ("p", "Wessex Rainscreen Ltd, Kembrey Park, Swindon SN2 8UY. To: UAB Nemunas Metal, Klaipėda. Framework PO: WRF-FPO-0088. Date: 22 July 2024."),
         ("p", "Project: Swindon Station Quarter, Block 1 - rainscreen support system."),
         ("h", "Drawings"),
         ("p", "Bracket drawings BR-3100 to BR-3124 Rev D are released (IFC). Please destroy Rev C prints."),
         ("h", "Production"),
         ("p", "We hereby release the first floor's worth of brackets for fabrication, per bracket setting-out drawing SO-01 Rev D."),
         ("p", "Floors 2-9 are not released. Each floor will be released in writing by me after the install inspection of the floor below."),
         ("p", "Callum Reid, Package Manager, Wessex Rainscreen Ltd"),
     ], author="Wessex Rainscreen"))])

# p35 Winnipeg contractor -> Vietnamese anchor maker: call-off for 'enough for the PMU rig' (HTML)
case("p35_html_calloff_enough_for_rig", ["RG010"],
     "Call-off releases 'enough anchors and brackets for the PMU rig' with no number; 3,100 sets not released until PMU pass + written release by Émilie Roy",
     [("CallOff_NPG-CO-01.html", html_page("Call-off NPG-CO-01", """
<h2>North Prairie Glazing Ltd - Call-off NPG-CO-01</h2>
<p>Supplier: Binh Duong Facade Systems JSC, Thu Dau Mot, Vietnam &nbsp;|&nbsp; PO: NPG-PO-24-077 &nbsp;|&nbsp; Date: 2 July 2024</p>
<p>Project: Exchange District Lofts, Winnipeg MB - unitised curtain wall anchors.</p>
""" + html_table([
    ["Item", "Description", "This call-off"],
    ["AN-200", "Embedded anchor channel + T-bolt set", "enough for the PMU rig"],
    ["BR-75", "Adjustable bracket 75 mm, HDG", "enough for the PMU rig"],
]) + """
<div class="note"><p>This call-off covers the PMU rig only. The production quantity (approx. 3,100 anchor sets) is not released. It will be released only after the PMU has passed, by a written release from Émilie Roy, Procurement Manager.</p></div>
<p>Please ship by air to the test laboratory in Miami (address on the delivery note).</p>"""))])

# p36 Sydney contractor -> Izmir cassette maker: PO says 12 samples, cover email says ten (10) (two files)
case("p36_multi_po12_mail_ten", ["RG011"],
     "Folder: PO PDF for 12 sample cassettes (1,188 on hold) + cover email asking for 'ten (10) sample panels'; otherwise complete scope",
     [("PO_BHF-24-4471.pdf", pdf([
         ("h1", "PURCHASE ORDER BHF-24-4471"),
         ("p", "Bondi Heights Facades Pty Ltd, 8 Dunning Avenue, Rosebery NSW 2018. To: Ege Kompozit Cephe A.Ş., Kemalpaşa OSB, İzmir, Türkiye. Date: 3 July 2024."),
         ("table", [
             ["Line", "Description", "Qty", "Unit price AUD"],
             ["1", "ACM cassette panel A2, 4 mm, PVDF RAL 9007, sample for VMU", "12", "148.00"],
         ]),
         ("sp",),
         ("p", "Scope: twelve (12) sample cassettes only. The remaining 1,188 cassettes are not released."),
         ("p", "They will be released after the VMU sign-off by a written release from Lachlan Ward, Procurement Manager."),
     ], title="BHF-24-4471", author="Bondi Heights Facades")),
      ("PO_BHF-24-4471_cover.eml", mail(
          "Lachlan Ward <lachlan.ward@bondiheightsfacades.com.au>", "Deniz Aydın <deniz.aydin@egekompozit.com.tr>",
          "PO BHF-24-4471 - VMU sample panels - Coogee Terraces", "Wed, 03 Jul 2024 09:15:00 +1000",
          """Hi Deniz,

Please find attached our PO BHF-24-4471 for ten (10) sample panels for the VMU at Coogee Terraces.
RAL 9007 metallic as per the colour chip you sent in May.

We'd like them in Sydney by 9 August. Let me know the crate sizes once packed.

Cheers,
Lachlan
""" + sig("Lachlan Ward", "Procurement Manager", "Bondi Heights Facades Pty Ltd", "+61 2 9555 0166")))])

# p37 Waterford contractor -> Polish bracket maker: header qty 24, note 'twenty (20)', hold until further notice (DOCX)
case("p37_docx_header24_note20_further_notice", ["RG004", "RG011"],
     "PO table says 24 sample brackets, scope note releases 'twenty (20)'; balance on hold 'until further notice', only Declan Moore may lift it (no unlock event)",
     [("PO_SEF-24-0315.docx", docx_bytes([
         ("h1", "Purchase Order SEF-24-0315"),
         ("p", "Suir Envelope & Facades Ltd, IDA Business Park, Waterford X91, Ireland. To: Stalmet Sp. z o.o., ul. Fabryczna 8, 42-200 Częstochowa, Poland. Date: 26 June 2024."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Price EUR"],
             ["1", "SEF-BR-95", "Bracket 95 mm, S235 + HDG, DRG SEF-95 Rev 3", "24", "11,60"],
             ["2", "SEF-ISO-95", "Thermal isolator to suit line 1", "24", "0,85"],
         ]),
         ("sp",),
         ("p", "Scope note: twenty (20) sample brackets with isolators are released for the site trial."),
         ("p", "The balance of the bracket schedule is on hold until further notice. Only Declan Moore, Contracts Manager, may lift the hold."),
         ("p", "Delivery: DAP Waterford, 3 weeks. Certificates EN 10204 3.1 required."),
     ], author="Suir Envelope & Facades"))])



# =================================================================== RISK (batch 5): RG011 / RG012 / RG002

# p38 Hull contractor -> Polish bracket maker: ERP call-off line 180 vs remark 'release 160' (TXT)
case("p38_txt_erp_calloff_180_vs_160", ["RG011"],
     "ERP call-off line quantity 180 but remark says 'RELEASE 160 PCS'; balance not released, next call-off by J. Okonkwo after floor 4 handover",
     [("CALLOFF_HFL-0007.txt", """HUMBER FACADES LTD                     SCHEDULE CALL-OFF              NO: HFL-CO-0007
Sutton Fields Ind. Est., Hull HU7 0YP    AGAINST CONTRACT: HFL-C-2024-019
DATE: 15/07/2024                         PAGE 1/1
SUPPLIER: 200318 METALPLAST STRZELCE SP. Z O.O., STRZELCE OPOLSKIE, POLAND
--------------------------------------------------------------------------------------
LINE  PART NO          DESCRIPTION                        QTY   UOM   REQ DATE   DOCK
--------------------------------------------------------------------------------------
010   HF-HH-200-AL     HELPING HAND BRACKET 200 ALU        180   PC   12/08/2024  GATE 2
                       6082-T6, DRG HF-200 REV F
020   HF-PAD-200       EPDM ISOLATOR PAD 200X100            180   PC   12/08/2024  GATE 2
--------------------------------------------------------------------------------------
REMARKS:
  RELEASE 160 PCS FOR FLOORS 5-6 (KINGSTON WORKS BLOCK B).
  BALANCE OF CONTRACT (1,020 PCS) NOT RELEASED.
  NEXT CALL-OFF ISSUED BY J. OKONKWO (SUPPLY CHAIN MGR) AFTER FLOOR 4 HANDOVER.
  MATERIAL AUTHORITY: THIS CALL-OFF ONLY.
--------------------------------------------------------------------------------------
""")])

# p39 Abu Dhabi contractor -> Turkish unitised maker: thread says 6 PMU panels, later 'the 8 PMU panels' (quoted)
_p39_q = """Dear Mr. Öztürk,

Please find attached PO AMC-PO-2471 for 6 PMU panels (types A, B and corner C).

The balance of 594 panels is on hold until the PMU has passed the test at the laboratory and a
written release has been issued by me.

Best regards,
Fatima Al Mheiri
Procurement Manager, Al Muneera Contracting LLC
"""
case("p39_eml_thread_6_then_8_pmu", ["RG011"],
     "Buyer's quoted PO message releases 6 PMU panels (594 on hold, PMU pass + written release by Fatima Al Mheiri); her later message refers to 'the 8 PMU panels' with no revision",
     [("RE_PO_AMC-PO-2471_PMU.eml", mail(
         "Fatima Al Mheiri <fatima.almheiri@almuneera.ae>", "Serkan Öztürk <serkan.ozturk@ozturkcephe.com.tr>",
         "RE: PO AMC-PO-2471 - PMU panels - shipping", "Tue, 16 Jul 2024 10:20:00 +0400",
         """Dear Mr. Öztürk,

Thank you for the production photos.

As agreed, the 8 PMU panels should arrive in Abu Dhabi by 20 August so the laboratory can start the
rig on 26 August. Kindly confirm the air freight booking and send the packing list in advance.

Best regards,
""" + sig("Fatima Al Mheiri", "Procurement Manager", "Al Muneera Contracting LLC, Abu Dhabi", "+971 2 555 0139")
         + "\nFrom: Fatima Al Mheiri\nSent: Monday, 10 June 2024 09:02\nTo: Serkan Öztürk\nSubject: PO AMC-PO-2471 - PMU panels\n\n"
         + quote(_p39_q) + "\n",
         in_reply_to="<ozt-2471-07@ozturkcephe.com.tr>",
         attachments=[("PO_AMC-PO-2471.pdf", pdf([
             ("h1", "PURCHASE ORDER AMC-PO-2471"),
             ("p", "Al Muneera Contracting LLC, Mussafah M-37, Abu Dhabi, UAE. To: Öztürk Cephe Sistemleri A.Ş., Kocaeli, Türkiye. Date: 10 June 2024."),
             ("p", "Project: Al Reem Gate Residences - unitised curtain wall."),
             ("table", [
                 ["Item", "Description", "Qty", "Unit price (AED)"],
                 ["1", "PMU panel type A, 1,500 x 3,400", "2", "14,800.00"],
                 ["2", "PMU panel type B, 1,200 x 3,400", "2", "13,950.00"],
                 ["3", "PMU corner panel type C", "2", "17,400.00"],
             ]),
             ("p", "Scope: six (6) PMU panels. The balance of 594 panels is on hold until the PMU has passed the laboratory test and a written release has been issued by Fatima Al Mheiri, Procurement Manager."),
         ], title="AMC-PO-2471", author="Al Muneera Contracting"), PDF_MT)]))])

# p40 Abu Dhabi developer portal: drop release table 96 vs notice text sixty-nine (69) (HTML)
case("p40_html_drop_release_96_vs_69", ["RG011"],
     "Drop release page: table releases 96 panels for drop 1, notice text says sixty-nine (69); drops 2-4 not released until HP-4 + written drop release by Khalid Mansour",
     [("Drop_release_DR-01_Yas_Bay.html", html_page("Drop release DR-01 - Yas Bay Lofts", """
<h2>Yas Bay Developments - Procurement Portal - Drop Release</h2>
<p>Project: Yas Bay Lofts, Abu Dhabi &nbsp;|&nbsp; Package: cladding &nbsp;|&nbsp; Supplier: Anatolia Cephe Panel A.Ş., Ankara &nbsp;|&nbsp; PO: YBL-PO-0388</p>
""" + html_table([
    ["Drop", "Levels", "Panels", "Status"],
    ["1", "L1-L3", "96", "RELEASED"],
    ["2", "L4-L6", "96", "Not released"],
    ["3", "L7-L9", "96", "Not released"],
    ["4", "L10-Roof", "96", "Not released"],
]) + """
<div class="note">
<p><b>Drop release DR-01:</b> sixty-nine (69) panels, levels L1-L3, are released for fabrication.</p>
<p>Drops 2-4 (288 panels) are not released. Each will be released only after the L3 installation inspection (hold point HP-4), by a written drop release from Khalid Mansour, Package Manager.</p>
</div>
<p>Required ex-works date for drop 1: 2 September 2024.</p>"""))])

# p41 Perth contractor -> Vietnamese extruder: release letter 300 m + WhatsApp 'cut 350 m' (two files)
case("p41_multi_release300_chat350", ["RG011"],
     "Folder: production release PR-02 for 300 m of MU-125 (balance 2,100 m on hold, level 3 check + written release by Tayla Brooks) + WhatsApp from Tayla asking to cut 350 m for the same levels",
     [("Production_release_PR-02_MU-125.pdf", pdf([
         ("h1", "PRODUCTION RELEASE PR-02"),
         ("p", "Stirling Facades Pty Ltd, 21 Pilbara Street, Welshpool WA 6106. To: Mekong Aluminium JSC, Long An, Vietnam. PO: SF-PO-24-1180. Date: 8 July 2024."),
         ("table", [
             ["Profile", "Description", "Released now", "Levels"],
             ["MU-125", "Mullion 125 mm, 6063-T6, anodised clear 25 µm", "300 m", "2-3"],
         ]),
         ("sp",),
         ("p", "Balance of MU-125 (2,100 m) is not released. It will be released after the level 3 installation check, by a written release from Tayla Brooks, Package Manager."),
         ("p", "Material authority: billet for the 300 m released above only."),
     ], title="PR-02", author="Stirling Facades")),
      ("WhatsApp_Chat_Tayla_Hoang.txt", """[09/07/2024, 07:58:21] Tayla Brooks: Morning Hoang, PR-02 went out yesterday
[09/07/2024, 07:59:02] Tayla Brooks: Can you cut 350 m of the MU-125 for levels 2-3 this week? Site wants them on the first boat
[09/07/2024, 09:12:45] Hoang Minh Duc (Mekong Alu): Good morning Tayla, ok noted. Anodising slot Thursday
[09/07/2024, 09:13:30] Tayla Brooks: Legend, thanks
""")])

# p42 Vancouver contractor forwards release R-03 (120 units) to a new planner, new text says 150 (rfc822)
_p42_inner = mail(
    "Grace Tanaka <grace.tanaka@rainbowglazing.ca>", "Leo Huang <leo.huang@xinyuealu.com>",
    "Release R-03 - Burrard Gateway", "Mon, 08 Jul 2024 09:10:00 -0700",
    """Hi Leo,

Release R-03 for Burrard Gateway:
- Released for production: 120 window-wall units, floors 8-11.
- Remaining 360 units: not released. They will be released floor by floor after the floor 11
  water test, by a written release from me.
- Material authority: material for the 120 units only.

Thanks,
Grace Tanaka
Purchasing Manager, Rainbow Bay Glazing Ltd
""")
case("p42_eml_fwd_release_120_text_150", ["RG011"],
     "Buyer forwards release R-03 (120 units, 360 on hold, water test + written release by Grace Tanaka) as rfc822 and her new text calls it 'the 150 units released under R-03'",
     [("FW_Release_R-03_Burrard.eml", mail(
         "Grace Tanaka <grace.tanaka@rainbowglazing.ca>", "Sunny Wu <sunny.wu@xinyuealu.com>",
         "FW: Release R-03 - Burrard Gateway", "Tue, 16 Jul 2024 08:25:00 -0700",
         """Hi Sunny,

Welcome aboard - Leo mentioned you're taking over production planning for our jobs. Forwarding
release R-03 below so you have it on file.

Please plan the 150 units released under R-03 for the vessel leaving Shekou on 23 August, and send
me the loading plan when you have it.

Thanks,
Grace
""" + sig("Grace Tanaka", "Purchasing Manager", "Rainbow Bay Glazing Ltd, Burnaby BC", "+1 604 555 0119"),
         cc="Leo Huang <leo.huang@xinyuealu.com>",
         attachments=[("rfc822", _p42_inner)]))])

# p43 Vietnamese panel maker: 'advance received, so we have started mass production' (quoted PO)
_p43_q = """Dear Ms. Linh,

PO CF-24-0705 attached: 10 sample panels only, for the VMU in Perth.

The remaining 990 panels are not released. They will be released after the VMU sign-off, by a
written release from me. The 30% project deposit is payable as per the contract schedule.

Regards,
Connor Fitzgerald
Procurement Manager, Cottesloe Facades Pty Ltd
"""
case("p43_eml_advance_received_started", ["RG012"],
     "Quoted buyer PO (10 samples, 990 on hold, VMU sign-off + written release by Connor Fitzgerald); supplier replies that the advance was received so mass production for the project has started",
     [("RE_PO_CF-24-0705_advance.eml", mail(
         "Nguyen Thuy Linh <linh.nt@vietcladding.vn>", "Connor Fitzgerald <connor@cottesloefacades.com.au>",
         "RE: PO CF-24-0705 - advance payment", "Thu, 18 Jul 2024 15:40:00 +0700",
         """Dear Mr. Connor,

Thank you very much, we received the 30% advance payment today.

So we have started the mass production of the panels for the project. First container is planned
end of August, we will send the packing list next week. The 10 VMU panels ship by air on 25 July.

Best regards,
Nguyen Thuy Linh (Ms.)
Sales Manager
Viet Cladding Industries JSC, VSIP II, Binh Duong
+84 274 555 0192

-----Original Message-----
From: Connor Fitzgerald
Sent: Monday, July 8, 2024 10:02 AM
Subject: PO CF-24-0705

""" + quote(_p43_q) + "\n",
         in_reply_to="<cf-0705@cottesloefacades.com.au>",
         attachments=[("Packing_list_VMU_CF-24-0705.html", html_page("Packing list VMU", """
<h2>Viet Cladding Industries JSC - Packing List PL-24-0705-A</h2>
<p>Customer: Cottesloe Facades Pty Ltd &nbsp;|&nbsp; PO: CF-24-0705 &nbsp;|&nbsp; Shipment: air, SGN-PER, ETD 25 Jul 2024</p>
""" + html_table([
    ["Crate", "Content", "Qty", "Dims (mm)", "Gross kg"],
    ["1", "VMU panel V1, 1,200 x 3,000, PVDF Monument", "5", "3,150 x 1,350 x 520", "265"],
    ["2", "VMU panel V2, 900 x 3,000, PVDF Monument", "5", "3,150 x 1,050 x 520", "220"],
])), "text/html")]))])

# p44 Gold Coast contractor <-> Chinese panel maker, WhatsApp: 'deposit's gone through, get cracking'
case("p44_whatsapp_deposit_get_cracking", ["RG002", "RG012"],
     "WhatsApp: buyer first sets 3 samples / 1,317 on hold until VMU sign-off + his written release; later 'deposit's gone through mate, get cracking' with no scope",
     [("WhatsApp_Chat_Jacko_Vivian.txt", """[01/07/2024, 08:30:11] Jack "Jacko" Morrison: Morning Vivian. PO TCF-0912 is for the 3 sample panels only. The rest (1,317) isn't released till the VMU's signed off and I send you the written release
[01/07/2024, 08:45:03] Vivian Zhang (Huaxin Panel): Good morning Jacko, noted. Samples 2 weeks
[12/07/2024, 15:02:47] Vivian Zhang (Huaxin Panel): Jacko, our finance ask about the deposit for the project, 20% per contract
[12/07/2024, 15:30:19] Jack "Jacko" Morrison: Accounts say it's going today
[12/07/2024, 16:55:40] Jack "Jacko" Morrison: Deposit's gone through this arvo mate, get cracking 👍
[12/07/2024, 17:01:12] Vivian Zhang (Huaxin Panel): Received with thanks! We arrange
""")])

# p45 Gaziantep panel maker: order acceptance says PO acceptance releases the project to production (DOCX)
case("p45_docx_po_acceptance_releases", ["RG012"],
     "Supplier order acceptance restates 4 VMU panels / balance on hold / written release by Ms. Siobhan Hughes, then states that with acceptance of the PO the project is released to production from week 28",
     [("Siparis_Kabul_Order_Acceptance_KHF-2291.docx", docx_bytes([
         ("h1", "Sipariş Kabul / Order Acceptance No. GA-2024-0291"),
         ("p", "Gaziantep Alüminyum Panel San. Tic. A.Ş., 4. OSB, Şehitkamil / Gaziantep, Türkiye."),
         ("p", "Customer: Kilmainham Facades Ltd, Dublin 8, Ireland. Customer PO: KHF-2291 of 24.06.2024. Project: Ashgrove Quarter."),
         ("table", [
             ["No", "Description", "Qty", "Unit price EUR"],
             ["1", "Aluminium composite panel A2, PVDF RAL 7039, VMU panels", "4", "96,00"],
         ]),
         ("sp",),
         ("p", "Customer PO scope (copied from your PO): 4 VMU panels. Balance on hold until the VMU sign-off and the written release of Ms. Siobhan Hughes, Procurement Manager."),
         ("p", "With the acceptance of your PO no. KHF-2291 the project is released to our production. Panel production starts in week 28, after the VMU panels."),
         ("p", "Delivery of VMU panels: week 27, DAP Dublin. Bank details on the pro-forma invoice."),
         ("p", "Gaziantep Alüminyum Panel A.Ş. - Export Sales, Mr. Onur Taş"),
     ], author="Gaziantep Aluminyum Panel"))])

# p49 Doha-based buyer -> Chinese panel maker: 'Approved. Kindly proceed.' on a sample submission (nested quotes)
_p49_orig = """Dear Mr. Li,

Please find attached PO QDC-PO-1550 for 2 sample panels.

The balance of 478 panels is on hold until sample sign-off and a written release from me.

Regards,
Eng. Yousef Khalil
Procurement Manager, Al Dana Facade Contracting WLL
"""
_p49_sub = """Dear Eng. Yousef,

Please find attached photos and the dimension report of the 2 sample panels for your review and
comments. Coating thickness 32-35 µm, colour delta E 0.4 against the master.

Best regards
Li Ming
Zhejiang Shengda Architectural Panel Co., Ltd

On Sun, 2 Jun 2024, Eng. Yousef Khalil wrote:
""" + quote(_p49_orig)
case("p49_eml_approved_kindly_proceed", ["RG002"],
     "Buyer answers a sample submission with 'Approved. Kindly proceed.' naming neither sample-only nor a quantity; nested quoted PO message has 2 samples, 478 on hold, sign-off + written release by Eng. Yousef Khalil",
     [("RE_Sample_panels_QDC-PO-1550.eml", mail(
         "Eng. Yousef Khalil <yousef.khalil@aldanafacade.qa>", "Li Ming <liming@shengda-panel.com>",
         "RE: Sample panels QDC-PO-1550 - photos and report", "Wed, 26 Jun 2024 08:12:00 +0300",
         """Dear Mr. Li,

Approved. Kindly proceed.

Regards,
Eng. Yousef Khalil
Procurement Manager
Al Dana Facade Contracting WLL, Doha

On Tue, 25 Jun 2024, Li Ming wrote:
""" + quote(_p49_sub) + "\n",
         in_reply_to="<sd-1550-03@shengda-panel.com>"))])

# p50 Belfast window contractor: buyer's sample inspection report at the Polish factory says 'GOOD TO RUN' (DOCX)
case("p50_docx_inspection_good_to_run", ["RG002"],
     "Buyer's sample inspection report result 'GOOD TO RUN' with no scope; footer keeps 296 windows on hold until mock-up sign-off + written release by Kevin Doyle",
     [("SIR-0042_sample_inspection_Fenestra.docx", docx_bytes([
         ("h1", "Sample Inspection Report SIR-0042"),
         ("p", "Buyer: Lough Neagh Windows Ltd, Antrim BT41, Northern Ireland. Supplier: Fenestra-Pol Sp. z o.o., Rzeszów, Poland. PO: LNW-24-0660."),
         ("p", "Inspection at supplier's factory, 10 July 2024. Inspector: Ryan McKeown (LNW Quality)."),
         ("table", [
             ["Check", "Requirement", "Result"],
             ["Frame dimensions", "+/- 1.0 mm to DRG LNW-W-12 Rev 4", "OK"],
             ["Corner welds", "Visual, no cracks, cleaned", "OK"],
             ["Glazing", "4/16/4/16/4, Ug 0.6, warm edge black", "OK"],
             ["Hardware operation", "EN 13126-8, 10 cycles", "OK"],
             ["Foil finish", "RAL 7016 ext. / white int., no lifting", "OK"],
         ]),
         ("sp",),
         ("p", "RESULT: GOOD TO RUN."),
         ("p", "Note: this report records the inspection of the 4 sample windows under PO LNW-24-0660. The balance of 296 windows is not released; it will be released after the architect's mock-up sign-off, by a written release from Kevin Doyle, Operations Director."),
     ], author="Lough Neagh Windows"))])


# ################################################################## WRITER
def write_all():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h144_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, content in c["files"]:
            if isinstance(content, EmailMessage):
                data = eml_bytes(content)
            elif isinstance(content, str):
                data = content.encode("utf-8")
            else:
                data = content
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({clean} clean) -> {OUT}")


if __name__ == "__main__":
    write_all()
