#!/usr/bin/env python3
"""Generator for the releasegate check_holdout111 corpus.

Railway rolling-stock purchasing documents (seat frames, interior panels, handrails, cable
harnesses, gangway parts) between train builders / refurbishment shops / operators and their
suppliers.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout111/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; the cases below were written independently.
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
SEED = 111111
PREFIX = "h111"


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
    m["Message-ID"] = msgid or f"<{PREFIX}-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_{PREFIX}")
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
    """Prefix every line with '> ' like a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_from_text(text):
    """Simple HTML alternative for a plain-text mail body."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


# =================================================================== CASES
# Descriptive names: cNN = clean (expect []), pNN = positive. They never reach the output folders.

# ------------------------------------------------------------------ c01
_c01 = pdf([
    ("h1", "PURCHASE ORDER 4500318842"),
    ("p", "Rheinland Schienenfahrzeuge GmbH - Werk Krefeld - Uerdinger Str. 410 - 47800 Krefeld - Germany"),
    ("p", "Supplier: Metalplast Bydgoszcz Sp. z o.o., ul. Przemyslowa 14, 85-758 Bydgoszcz, Poland - supplier no. 300477"),
    ("p", "PO date: 15.04.2024   Project: RS-IC 2025 intercity coaches   Buyer: Katrin Hollmann, Project Purchasing, +49 2151 8830-214"),
    ("sp",),
    ("table", [
        ["Item", "Material no. / description", "Qty", "Unit", "Unit price EUR", "Value EUR", "Delivery"],
        ["10", "3EGM-104-220 Seat frame, double, 2nd class, Dwg rev C - FAI units", "2", "PC", "1.480,00", "2.960,00", "CW 22/2024"],
        ["20", "FAI report per EN 9102 form set incl. 3.1 certs (EN 10204)", "1", "LS", "350,00", "350,00", "with item 10"],
    ]),
    ("sp",),
    ("p", "Total net value: EUR 3.310,00. Delivery DAP Krefeld (Incoterms 2020), goods receipt gate 3, Mon-Fri 06:00-14:00."),
    ("h", "Scope of this order - please read"),
    ("p", "This purchase order covers 2 (two) seat frames for first article inspection (FAI) only. The project "
          "quantity of 240 frames shown in your quotation MB/2024/117 is stated for information only and is not "
          "released by this order. Please do not start series production and do not order series material."),
    ("p", "The balance of 238 frames stays on hold until both of the following have happened: (1) the FAI of the "
          "two frames at our Krefeld plant has been signed off at hold point HP-2, and (2) a written release note "
          "signed by Stefan Albers, Procurement Manager Project Purchasing, has been sent to you."),
    ("p", "Material authority: sample-only. Material may be bought for the 2 FAI frames. Any material for the "
          "balance is at the supplier's own risk until the release note is issued."),
    ("h", "Technical and quality requirements"),
    ("p", "Welding to EN 15085-2, certification level CL1. Surface: powder coating RAL 7021, 80 um min. "
          "Fire protection documentation to EN 45545-2, hazard level HL2, requirement set R18 for the seat "
          "assembly to be supplied with the FAI report. Dimensional report on all characteristics marked with "
          "a balloon on drawing 3EGM-104-220 rev C."),
    ("p", "Please confirm this order within 3 working days, quoting the PO number on all documents. "
          "Our general terms of purchase GTP-RS 2023 apply."),
], title="PO 4500318842", author="Rheinland Schienenfahrzeuge GmbH")
case("c01_sample_po_full_scope_pdf", [], "Sample PO for 2 FAI frames: 240 labelled informational, balance 238 on hold until HP-2 FAI sign-off + release note by Stefan Albers, sample-only material.",
     [("PO_4500318842.pdf", _c01)])

# ------------------------------------------------------------------ c02
_c02 = pdf([
    ("h1", "TEKLIF / QUOTATION  ARS-Q-24-0612"),
    ("p", "Anadolu Rayli Sistemler San. ve Tic. A.S. - OSB 3. Cadde No: 21 - 16140 Nilufer / Bursa - Turkiye"),
    ("p", "To: Ferrotren Servicios S.A., Departamento de Compras, Calle de la Industria 58, 46520 Sagunto (Valencia), Spain"),
    ("p", "Attn.: Ms. Marta Ortega     Date: 06.05.2024     Your enquiry: RFQ-FER-2024-031 (interior side panels, series 447 refurbishment)"),
    ("sp",),
    ("p", "Dear Ms. Ortega, thank you for your enquiry. We are pleased to offer GRP interior side panels "
          "according to your drawing FER-447-INT-0310 rev B, material UP-resin with ATH filler, gelcoat RAL 9010, "
          "fire behaviour EN 45545-2 R1 / HL2."),
    ("table", [
        ["Pos.", "Description", "Quantity", "Unit price EUR", "Lead time"],
        ["1", "Sample panels for first article inspection", "5 pcs", "410,00", "6 weeks after order"],
        ["2", "Series panels, tier A", "300 pcs", "196,00", "10 weeks after release"],
        ["3", "Series panels, tier B", "600 pcs", "184,50", "10 weeks after release"],
        ["4", "Series panels, tier C", "1.200 pcs", "171,00", "12 weeks after release"],
        ["5", "Mould set (one-off, remains property of Ferrotren)", "1 set", "18.500,00", "5 weeks"],
    ]),
    ("sp",),
    ("p", "Prices EXW Bursa, packing in returnable racks (deposit EUR 90 per rack). Payment 60 days net. "
          "Validity of this offer: 60 days. Tier prices apply to the quantity released per call-off, not to "
          "forecasts."),
    ("p", "Fire test report (EN 45545-2, tests T01, T02, T10.03, T11.01) from the 2023 panel family is "
          "available; a new test on the sample panels can be offered at EUR 6.200,00."),
    ("p", "We remain at your disposal for any question. Saygilarimizla / Best regards,"),
    ("p", "Mehmet Yilmaz, Export Sales Manager, +90 224 411 37 20, m.yilmaz@anadolu-rayli.com.tr"),
], title="Quotation ARS-Q-24-0612", author="Anadolu Rayli Sistemler")
case("c02_supplier_quote_tiers_pdf", [], "Supplier quote alone: sample tier and series tiers, no authorization in the bundle.",
     [("Teklif_ARS-Q-24-0612.pdf", _c02)])

# ------------------------------------------------------------------ c03
_c03 = """Microsoft Teams - chat export
Chat: Moravia Interiors / Ferrotren - luggage racks 447
Exported: 11/06/2024 17:02 by jordi.puig@ferrotren.es
------------------------------------------------------------

[10/06/2024 08:41] Petr Dvorak (Moravia Interiors)
Good morning Jordi, the 4 FAI luggage racks are packed, truck leaves Thursday. Photos in the Files tab.

[10/06/2024 08:43] Petr Dvorak (Moravia Interiors)
Question from our planning: do we have green light for the remaining 36 racks? Our laser has a free slot in week 26.

[10/06/2024 08:55] Jordi Puig (Ferrotren)
Morning Petr, thanks for the photos, packing looks good.

[10/06/2024 08:57] Jordi Puig (Ferrotren)
No green light yet. PO 4700021563 covers the 4 FAI racks only. The other 36 stay on hold.

[10/06/2024 08:58] Jordi Puig (Ferrotren)
They get released only after our FAI sign-off in Sagunto (hold point HP-3) AND a written release note from me. Please don't book week 26 for them.

[10/06/2024 09:02] Petr Dvorak (Moravia Interiors)
Understood. So no cutting and no aluminium for the 36 until your release note. I keep the slot only as tentative.

[10/06/2024 09:03] Jordi Puig (Ferrotren)
Correct. Thanks 👍

[10/06/2024 09:10] Petr Dvorak (Moravia Interiors)
Delivery address same as last time, gate 2? And do you need the 3.1 certificates printed or PDF is ok?

[10/06/2024 09:14] Jordi Puig (Ferrotren)
Gate 2, yes, receiving closes 14:00. PDF is fine, send to calidad@ferrotren.es with the FAI report.

[10/06/2024 09:15] Petr Dvorak (Moravia Interiors)
OK. Have a nice day
"""
case("c03_teams_greenlight_question", [], "Supplier asks for green light (question); buyer answers: 4 FAI only, 36 on hold until HP-3 sign-off + release note from Jordi Puig.",
     [("Teams_chat_export_luggage_racks.txt", _c03)])

# ------------------------------------------------------------------ c04
_c04 = html_page("Supplier Portal - Demand forecast", """
<h2>Southern Cross Rail Maintenance Pty Ltd &ndash; Supplier Portal</h2>
<p>Supplier: <b>Ningbo Hengtai Rail Parts Co., Ltd.</b> (vendor 20-4471) &nbsp;|&nbsp; Logged in: kevin.zhang@hengtai-rail.cn &nbsp;|&nbsp; Page generated 03/06/2024 10:14 AEST</p>
<h3>Demand forecast &ndash; grab poles and handrails, Comeng / Xtrapolis overhaul programme</h3>
<div class="note"><b>Forecast only &ndash; non-binding.</b> This page is for your capacity planning. It is not a
purchase order and not a call-off, and it does not authorise production or the purchase of material.
Quantities are ordered only by call-offs issued under the Orders tab of this portal.</div>
<table>
<tr><th>Part no.</th><th>Description</th><th>Q3 2024</th><th>Q4 2024</th><th>Q1 2025</th><th>Q2 2025</th><th>Basis</th></tr>
<tr><td>SCR-GP-1830</td><td>Vertical grab pole &Oslash;35 x 1830, SS 316</td><td>120</td><td>160</td><td>80</td><td>200</td><td>forecast</td></tr>
<tr><td>SCR-HR-0950</td><td>Door handrail, powder coated, 950 mm</td><td>48</td><td>48</td><td>96</td><td>96</td><td>forecast</td></tr>
<tr><td>SCR-BR-0025</td><td>Pole bracket, cast, 25&deg;</td><td>300</td><td>320</td><td>160</td><td>400</td><td>forecast</td></tr>
</table>
<p>Forecast version FC-2024-06 replaces FC-2024-05. Accuracy of the forecast decreases beyond 90 days.</p>
<p>Questions on the forecast: supplier.planning@scrm.com.au &nbsp;|&nbsp; Questions on orders: Sarah Whitfield, Procurement Lead, +61 3 5320 8841</p>
""", lang="en-AU")
case("c04_portal_forecast_labelled", [], "Supplier-portal forecast table clearly labelled non-binding, not an order, no authority for production or material.",
     [("portal_demand_forecast.html", _c04)])

# ------------------------------------------------------------------ c05
_c05 = docx_bytes([
    ("h1", "PURCHASE ORDER"),
    ("p", "Deccan Coach Works Pvt. Ltd., Plot 41, IDA Cherlapally, Hyderabad 500051, Telangana. GSTIN 36AABCD4521K1Z8"),
    ("p", "PO No.: DCW/PO/24-25/0377        Date: 22-04-2024        Indent: MECH/IND/0912"),
    ("p", "To: M/s Sri Venkateswara Precision Components, SF No. 212, Kurichi Industrial Estate, Coimbatore 641021"),
    ("p", "Kind Attn.: Mr. R. Subramanian, Marketing"),
    ("p", "Sub: Supply of SS304 handrail assemblies for ICF coach mid-life rehabilitation (MLR), repeat order"),
    ("table", [
        ["Sl.", "Item / Drawing", "Qty", "UOM", "Rate (INR)", "Amount (INR)"],
        ["1", "Handrail assembly, SS304, OD 32 x 1.5, drg DCW-HR-0032 rev F", "48", "Nos", "6,850.00", "3,28,800.00"],
        ["", "GST 18%", "", "", "", "59,184.00"],
        ["", "Total", "", "", "", "3,87,984.00"],
    ]),
    ("p", "This is a firm order for the complete quantity of 48 (forty-eight) nos. There is no sample stage "
          "on this order: the item is a repeat supply to drawing rev F, identical to our PO DCW/PO/23-24/1180."),
    ("p", "Please proceed with manufacture of all 48 nos and dispatch in two consignments of 24 nos each, "
          "first consignment by 31-05-2024 and second by 21-06-2024."),
    ("p", "Terms: Payment 45 days from receipt of material and acceptance at our stores. Freight paid up to "
          "Cherlapally. Inspection at our end; test certificate (mill TC for SS304 tube) with each consignment. "
          "Packing: individually wrapped in bubble sheet, wooden crate."),
    ("p", "For Deccan Coach Works Pvt. Ltd."),
    ("p", "S. Krishnan, Dy. General Manager - Purchase"),
], author="Deccan Coach Works")
case("c05_full_qty_po_proceed_docx", [], "Full-quantity repeat PO for 48 nos with 'proceed with all 48': no balance, consistent split 24+24.",
     [("DCW_PO_24-25_0377.docx", _c05)])

# ------------------------------------------------------------------ c06
_c06_txt = """Dear Ms. Nowak,

following our call of 12 March, here is the agreed scope for PO 7200014587 (roof harness HR-7, AGC refurbishment, Nantes site). It replaces the scope text in the PO header.

1. Released now: 2 (two) roof harness sets HR-7 for first article inspection (trainset 1).

2. Not released today: the remaining 22 sets (trainsets 2 to 12, two sets per trainset).

3. Auto-conversion, recorded: if - and only if - the FAI of the 2 sets is signed off by Claire Dubois, Quality Manager, with the disposition "approved", the 22 sets are released for production automatically on the date of that sign-off, without a further release note. This conversion was agreed and signed by Helene Roussel, Head of Project Purchasing, and is recorded in release agreement RA-2024-017 dated 14 March 2024.

4. If the FAI disposition is interim or rejected, there is no conversion: the 22 sets stay on hold until Helene Roussel sends you a written release note.

5. Material authority: material for the 2 FAI sets now. Material for the 22 sets only after the conversion under point 3 or the release note under point 4.

The FAI is planned at your plant in Gniezno in week 16; Claire will confirm the date. Cable marking per EN 50343, wire type EN 50264-3-1, crimp pull-out test report with the FAI.

Best regards / Cordialement,
Julien Marchetti
Acheteur Projet / Project Buyer
Ateliers Ferroviaires de la Loire (AFL)
12 quai de la Fosse, 44000 Nantes
+33 2 40 71 18 52
"""
_c06 = mail("Julien Marchetti <j.marchetti@afl-rail.fr>", "Agnieszka Nowak <a.nowak@kablex.pl>",
            "PO 7200014587 - HR-7 roof harness - scope and conversion agreement RA-2024-017",
            "Fri, 15 Mar 2024 10:22:00 +0100", _c06_txt, html=html_from_text(_c06_txt),
            cc="Claire Dubois <c.dubois@afl-rail.fr>, Helene Roussel <h.roussel@afl-rail.fr>")
case("c06_explicit_auto_conversion_eml", [], "Explicit recorded auto-conversion naming quantity 22, signer, condition and agreement RA-2024-017; 2 released now.",
     [("PO_7200014587_scope.eml", eml_bytes(_c06))])

# ------------------------------------------------------------------ c07
_c07_q = """From: Mehmet Yilmaz <m.yilmaz@anadolu-rayli.com.tr>
Sent: Monday, 27 May 2024 08:15
Subject: GBF-88 bellows frame - fit check result?

Dear Dr. Wehrle,
could you kindly let us know the result of the fit check of the 2 bellows frames on your mock-up car? Our team is waiting for your comments.
Best regards, Mehmet"""
_c07_txt = """Dear Mr. Yilmaz,

thank you for your patience. We completed the fit check on the mock-up car on Friday.

Result: the two (2) samples of the gangway bellows frame GBF-88 are approved for the fit check on the mock-up only. The interface to the car-body end wall and the clearance to the coupler are fine; the bolt pattern M10 matches drawing RS-GW-0088 rev D.

This is not a production release. The 18 series frames under PO 4500320017 remain on hold until the type test (EN 45545-2 fire test of the bellows material and the static load test) has been passed and Mr. Stefan Albers, Procurement Manager, has issued the written release note. Please do not start material or cutting for the 18 frames before that.

Two small comments for the series, please add them to your work instructions now:
- deburr the drain slots on the lower cross member,
- apply the marking label on the inside, not on the visible face.

Best regards,
Dr.-Ing. Frank Wehrle
Design Engineering - Gangways and Interfaces
Rheinland Schienenfahrzeuge GmbH
Uerdinger Str. 410, 47800 Krefeld
Tel. +49 2151 8830-377

Rheinland Schienenfahrzeuge GmbH, Sitz Krefeld, Amtsgericht Krefeld HRB 18804, Geschaeftsfuehrer: Dr. Ulrich Kaspers

""" + quote(_c07_q) + "\n"
_c07 = mail("Frank Wehrle <frank.wehrle@rheinland-sf.de>", "Mehmet Yilmaz <m.yilmaz@anadolu-rayli.com.tr>",
            "AW: GBF-88 bellows frame - fit check result?", "Tue, 28 May 2024 14:05:00 +0200", _c07_txt,
            cc="Stefan Albers <stefan.albers@rheinland-sf.de>",
            in_reply_to="<ARS-2024-05-27-0815@anadolu-rayli.com.tr>")
case("c07_scoped_sample_approval_reply", [], "Samples 'approved for the fit check on the mock-up only', explicitly not a production release; 18 on hold until type test + release note by Stefan Albers.",
     [("AW_GBF-88_fit_check.eml", eml_bytes(_c07))])

# ------------------------------------------------------------------ c08
_c08_pdf = pdf([
    ("h1", "LLAMADA / CALL-OFF No. 3"),
    ("p", "Ferrotren Servicios S.A. - Compras - Calle de Alcala 265, 28027 Madrid"),
    ("p", "Supplier: ElektroKab a.s., Prumyslova 1180, 709 00 Ostrava-Marianske Hory, Czech Republic"),
    ("p", "Framework agreement MA-FER-2023-044: under-floor cable harness UFH-3, series 447 refurbishment, 60 sets in total."),
    ("p", "Date: 03.06.2024     Issued by: Marta Ortega, Jefa de Compras / Head of Purchasing"),
    ("sp",),
    ("table", [
        ["Call-off", "Sets", "Cars", "Delivery week", "Status"],
        ["1", "6", "447-001 to 447-006", "CW 12/2024", "delivered, accepted"],
        ["2", "6", "447-007 to 447-012", "CW 18/2024", "delivered, accepted"],
        ["3 (this call-off)", "6", "447-013 to 447-018", "CW 29/2024", "released for production"],
    ]),
    ("sp",),
    ("p", "This call-off releases 6 (six) harness sets UFH-3 for production. With call-offs 1 to 3, 18 sets are "
          "released in total. The remaining 42 sets of the framework are not released."),
    ("p", "Next step: the next call-off will be issued by Marta Ortega after the lot of call-off 3 has been "
          "accepted at incoming inspection in Sagunto."),
    ("p", "Material authority (staged): you may buy and hold cable, connectors and sleeves for up to 30 sets "
          "in total (cumulative, including the 18 released sets) at Ferrotren's liability. This is material "
          "authority only; it does not authorise production of more than the 18 released sets."),
    ("p", "Delivery DAP Sagunto, packed per set in labelled crates. Reference call-off number and car numbers on the delivery note."),
], title="Call-off 3 MA-FER-2023-044", author="Ferrotren Servicios")
_c08_txt = """ELEKTROKAB a.s. - STAV ZAKAZKY / ORDER STATUS                    printed 14.06.2024 07:32
Customer : FERROTREN SERVICIOS S.A.            Framework : MA-FER-2023-044
Part     : UFH-3 under-floor harness             Customer contact : M. Ortega
---------------------------------------------------------------------------------
Call-off   Sets  Prod. order    Status              Delivery
CO-1          6  VZ-24-0112     shipped/accepted    CW12
CO-2          6  VZ-24-0187     shipped/accepted    CW18
CO-3          6  VZ-24-0263     in production       CW29
---------------------------------------------------------------------------------
Produced / in production : 18 sets  (= released quantity, call-offs 1-3)
Material on stock        : cable + connectors for 30 sets
                           (staged material authority per call-off 3: max. 30 sets cumulative,
                            Ferrotren liability)
Production beyond CO-3   : none - waiting for call-off 4
---------------------------------------------------------------------------------
Remark: cable lot EN 50264-3-1 1x2.5 mm2, batch 24-0418, 3.1 certificate on file.
Prepared: J. Horakova, order management
"""
case("c08_calloff_staged_material_two_files", [], "Call-off 3 releases 6 (18 cumulative), 42 not released, next call-off by Marta Ortega after lot acceptance; supplier stages 30 within explicit staged authority.",
     [("Call-off_3_MA-FER-2023-044.pdf", _c08_pdf), ("ElektroKab_order_status.txt", _c08_txt)])

# ------------------------------------------------------------------ c09
_c09_q = """From: Liam O'Connor <liam.oconnor@scrm.com.au>
Sent: Tuesday, 14 May 2024 4:40 PM
To: Kevin Zhang
Subject: PO SCR-PO-24-0815 - grab pole sets - FAI

Hi Kevin,
PO SCR-PO-24-0815 attached for 3 (three) grab pole sets, first article only.
The remaining 57 sets on your quote are NOT released. They are released only after we sign off the FAI here in Ballarat and Sarah Whitfield (Procurement Lead) sends you a written release.
30% deposit on the 3 sets as per your quote terms - payment run this Thursday.
Cheers, Liam"""
_c09_txt = """Dear Liam,

Good day. We received your T/T deposit of USD 1,089.00 today, thank you very much.

Please note: the deposit is only for the 3 FAI sets. The deposit does not release production of the other 57 sets. We will make the 3 sets only. The remaining 57 sets stay on hold until we receive the written release from Ms. Sarah Whitfield after your FAI sign-off, and we will not buy SS316 tube for them before that.

Status of the 3 sets: tube bending finished, polishing tomorrow, then passivation. Ship by air 28 May, AWB to follow. The FAI report (ballooned drawing SCR-GP-1830 rev 4, material cert EN 10204 3.1, Ra measurement) will come with the goods.

Best regards
Kevin Zhang
Sales Manager, Export Dept.
Ningbo Hengtai Rail Parts Co., Ltd.
No. 88 Jinhai Road, Beilun, Ningbo 315800, China
Tel +86 574 8618 2260

""" + quote(_c09_q) + "\n"
_c09 = mail("Kevin Zhang <kevin.zhang@hengtai-rail.cn>", "Liam O'Connor <liam.oconnor@scrm.com.au>",
            "RE: PO SCR-PO-24-0815 - grab pole sets - FAI", "Mon, 20 May 2024 11:02:00 +0800", _c09_txt,
            in_reply_to="<SCR-0815-0001@scrm.com.au>")
case("c09_deposit_not_release_reply", [], "Supplier: deposit covers the 3 FAI sets and does not release the 57; quoted buyer PO names hold, FAI sign-off + written release by Sarah Whitfield.",
     [("RE_PO_SCR-PO-24-0815.eml", eml_bytes(_c09))])

# ------------------------------------------------------------------ c10
_c10 = docx_bytes([
    ("h1", "Order acknowledgement OA-24-0387"),
    ("p", "Moravia Interiors s.r.o., Hulinska 2260, 767 01 Kromeriz, Czech Republic"),
    ("p", "Customer: Ateliers Ferroviaires de la Loire (AFL), 12 quai de la Fosse, 44000 Nantes, France"),
    ("p", "Your order: PO 7200014901 of 08.04.2024     Our reference: Petr Dvorak"),
    ("table", [
        ["Line", "Part", "Description", "Qty acknowledged", "Delivery"],
        ["1", "AFL-CP-14", "Ceiling panel set type CP-14, pre-series for first article inspection", "2 sets", "CW 20/2024"],
    ]),
    ("sp",),
    ("p", "We acknowledge your order as written. It covers 2 (two) pre-series ceiling panel sets CP-14 only."),
    ("p", "We understand that the remaining 46 sets of the project are not released. We will not start them, "
          "and we will buy material (honeycomb core, HPL facing) for the 2 pre-series sets only."),
    ("p", "As stated in your order, the 46 sets can be released only after the first article inspection has been "
          "signed off by AFL Quality and Mme Helene Roussel has sent us a written release note."),
    ("p", "Fire classification of the panel build-up: EN 45545-2 R1, HL3 (test report MI-FT-2023-07)."),
    ("p", "Kromeriz, 10.04.2024 - Petr Dvorak, Key Account Manager"),
], author="Moravia Interiors")
case("c10_supplier_ack_restates_hold_docx", [], "Supplier acknowledgement restating 2 pre-series sets only, 46 not released, sample-only material, release by Helene Roussel after FAI sign-off.",
     [("OA-24-0387_Moravia.docx", _c10)])

# ------------------------------------------------------------------ c11
_c11 = """RHEINLAND SCHIENENFAHRZEUGE GMBH                                     Page 1 of 1
Purchase Order / Bestellung                 4500321177      Date 06.05.2024
Plant 0400 Krefeld    Purch. org. 1000    Purch. group R14 (K. Hollmann)
Vendor 300912  ELEKTROKAB A.S.  PRUMYSLOVA 1180  709 00 OSTRAVA  CZ
-------------------------------------------------------------------------------
Itm Material            Short text                          Qty  Un  Net price EUR
-------------------------------------------------------------------------------
00010 3EGM-1000-500-250 EARTHING CABLE SET CAR 2500 SERIES     16  ST      212,40
      Drawing           3EGM 400 120 Rev 12
      Cable             EN 50306-2, 1x25 mm2, halogen-free
      Lugs              M8x1.25 / M12x1.75, tin-plated
      Fire              EN 45545-2:2020+A1:2023, R15, HL3
      Deliv. date       CW 27/2024    Stor. loc. 1000  Hall 1200
-------------------------------------------------------------------------------
Total net value EUR                                              3.398,40
-------------------------------------------------------------------------------
Header text:
Firm order for the complete quantity of 16 ST. There is no sample stage on
this order; the part is a repeat supply identical to PO 4500298830.
Supplier quality: ISO 9001:2015 and ISO/TS 22163:2017 (IRIS) certificate
must be valid at delivery. Packaging per RS-LOG-0031, max. 25 kg per box.
Incoterms 2020 FCA Ostrava.  Payment: 60 days net.
-------------------------------------------------------------------------------
Please quote PO no. and item on delivery note and invoice.
"""
case("c11_sap_full_order_lookalike_numbers", [], "Full-quantity repeat SAP PO of 16 ST; many identifiers that look like quantities (1000-500-250, Rev 12, car 2500, hall 1200, ISO norms).",
     [("SAP_PO_4500321177.txt", _c11)])

# ------------------------------------------------------------------ c12
_c12_q = """From: Amit Deshpande <amit.d@kalyani-interiors.in>
Sent: 17 June 2024 10:12
To: Priya Nair
Subject: Samples ready - seat shells - PO DCW/PO/24-25/0412

Dear Madam,
Greetings from Kalyani Interior Systems.
The 5 nos sample seat shells are ready for your inspection on 20th June at our Chakan works.
Once you clear the samples we will straightaway roll into the balance 195 nos so that we can meet the rake schedule. Our FRP moulding line is ready.
Thanks & regards,
Amit Deshpande"""
_c12_txt = """Dear Amit,

Thank you for the update, our QA engineer Mr. Venu will be at Chakan on 20th June, 10:00 hrs.

Please note: clearing the samples will NOT release the 195 nos. Only the 5 nos samples are released under PO DCW/PO/24-25/0412.

The balance 195 nos stays on hold until (a) our QA has signed off the samples and (b) I send you a written release against this PO. Please do not procure FRP material or start moulding for the 195 nos before that.

If the rake schedule is a concern, tell me your lead time from release and I will take it up internally.

Regards,
Priya Nair
Sr. Manager - Sourcing
Deccan Coach Works Pvt. Ltd.
Hyderabad | +91 40 2712 6634

""" + quote(_c12_q) + "\n"
_c12 = mail("Priya Nair <priya.nair@deccancoach.in>", "Amit Deshpande <amit.d@kalyani-interiors.in>",
            "RE: Samples ready - seat shells - PO DCW/PO/24-25/0412", "Mon, 17 Jun 2024 15:47:00 +0530", _c12_txt,
            in_reply_to="<KIS-20240617-1012@kalyani-interiors.in>")
case("c12_quoted_autoconv_corrected", [], "Quoted supplier assumes roll-into-balance; buyer corrects: 5 samples only, 195 on hold until QA sign-off + written release by Priya Nair.",
     [("RE_Samples_ready_seat_shells.eml", eml_bytes(_c12))])

# ------------------------------------------------------------------ c13
_c13 = docx_bytes([
    ("h1", "Sample sign-off record SSR-24-031"),
    ("p", "Rheinland Schienenfahrzeuge GmbH - Supplier Quality - Project RS-IC 2025"),
    ("table", [
        ["Field", "Entry"],
        ["Part", "Side wall panel SWP-2 LH, drawing RS-INT-2201 rev E"],
        ["Supplier", "Moravia Interiors s.r.o., Kromeriz"],
        ["Purchase order", "4500319744 - 2 FAI panels; project batch 60 panels"],
        ["FAI date", "23.05.2024, Krefeld incoming inspection"],
        ["Findings", "1) colour shade RAL 7035 dE 1,3 (limit 1,0); 2) edge radius R2,5 instead of R3"],
        ["Disposition", "INTERIM - limited to 10 panels, valid until 30.09.2024, deviation permit DP-2024-019"],
        ["Signed off by", "Dr. Matthias Brenner, Head of Supplier Quality, 24.05.2024"],
    ]),
    ("sp",),
    ("h", "Production authority resulting from this record"),
    ("p", "Release note RN-24-031 (signed by Dr. Matthias Brenner, 24.05.2024) releases 10 (ten) panels for "
          "production under deviation permit DP-2024-019. Nothing beyond these 10 panels is released by this "
          "record."),
    ("p", "The remaining 48 panels of the project batch stay on hold until a corrected FAI has been signed off "
          "with a full (non-interim) disposition and Dr. Brenner has issued a further written release note."),
    ("p", "Material authority: material for the 10 released panels only."),
    ("p", "Corrective actions requested from the supplier by 14.06.2024: adjust pigment batch, rework trimming jig."),
], author="Rheinland Schienenfahrzeuge GmbH")
case("c13_interim_disposition_docx", [], "Interim disposition limited to 10 panels with expiry; release note for 10 by Dr. Brenner; 48 on hold until full sign-off + further release note (2+10+48=60).",
     [("SSR-24-031_sample_signoff.docx", _c13)])

# ------------------------------------------------------------------ c14
_c14 = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER 7200014655 - REV 2"),
    ("p", "Ateliers Ferroviaires de la Loire (AFL) - 12 quai de la Fosse - 44000 Nantes - France"),
    ("p", "Fournisseur / Supplier: Sri Venkateswara Precision Components, SF No. 212, Kurichi Industrial Estate, Coimbatore 641021, India"),
    ("p", "Date rev 2: 18.04.2024     Acheteur / Buyer: Julien Marchetti"),
    ("table", [
        ["Rev", "Date", "Change"],
        ["1", "02.04.2024", "4 FAI handrail sets (superseded)"],
        ["2", "18.04.2024", "FAI quantity increased to 6 sets: 2 extra sets needed for the EN 45545 fire test"],
    ]),
    ("sp",),
    ("table", [
        ["Ligne", "Article", "Qte / Qty", "Prix unit. EUR", "Livraison"],
        ["10", "AFL-HR-220 handrail set (1 set = 8 handrails + 16 brackets), FAI", "6 sets", "265,00", "S22/2024"],
    ]),
    ("sp",),
    ("p", "This revision supersedes rev 1 in full. Active quantity under this PO: 6 (six) handrail sets for "
          "first article inspection and fire test."),
    ("p", "The remaining 90 sets of the 96-set project are not released. They stay on hold until the FAI has been "
          "signed off by AFL Quality and Helene Roussel, Head of Project Purchasing, has sent a written release note."),
    ("p", "Material authority: sample-only (6 sets)."),
    ("p", "Livraison DAP Nantes, quai 4. Certificats matiere EN 10204 3.1 obligatoires."),
], title="PO 7200014655 rev 2", author="AFL")
case("c14_revised_po_supersedes_pdf", [], "Revised PO rev 2 supersedes rev 1 (4 sets): 6 FAI sets active, 90 of 96 on hold until FAI sign-off + release note by Helene Roussel.",
     [("BC_7200014655_rev2.pdf", _c14)])

# ------------------------------------------------------------------ c15
_c15_po = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER 7200015020"),
    ("p", "Ateliers Ferroviaires de la Loire (AFL) - 12 quai de la Fosse - 44000 Nantes - France - SIRET 412 887 301 00025"),
    ("p", "Supplier: Anadolu Rayli Sistemler San. ve Tic. A.S., OSB 3. Cadde No: 21, 16140 Nilufer / Bursa, Turkiye"),
    ("p", "Date: 29.04.2024     Buyer: Julien Marchetti     Your quotation: ARS-Q-24-0388 of 11.04.2024 (attached)"),
    ("table", [
        ["Ligne", "Article", "Qte", "Prix unit. EUR", "Livraison"],
        ["10", "AFL-DSP-07 door surround panel, GRP, RAL 9010 - samples for FAI", "3 pcs", "395,00", "S25/2024"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This order covers 3 (three) sample panels for first article inspection. The series quantity of 420 "
          "panels shown in your attached quotation ARS-Q-24-0388 is for information only and is not released "
          "by this order."),
    ("p", "The 420 series panels are on hold. They can be released only after (1) Claire Dubois, Quality "
          "Manager, has signed off the FAI and (2) Helene Roussel, Head of Project Purchasing, has sent you a "
          "written release note. Please do not build or buy material for them before that."),
    ("p", "Material authority: sample-only (3 panels)."),
    ("p", "Conditions: DAP Nantes (Incoterms 2020), quai 4. Fire documentation EN 45545-2 R1 HL2. Our general "
          "conditions of purchase CGA-AFL-2022 apply."),
], title="PO 7200015020", author="AFL")
_c15_q = pdf([
    ("h1", "QUOTATION ARS-Q-24-0388"),
    ("p", "Anadolu Rayli Sistemler A.S. - Bursa - to AFL Nantes, attn. Mr. Julien Marchetti - 11.04.2024"),
    ("table", [
        ["Pos.", "Description", "Quantity", "Unit price EUR"],
        ["1", "Door surround panel AFL-DSP-07, samples for FAI", "3 pcs", "395,00"],
        ["2", "Door surround panel AFL-DSP-07, series", "420 pcs", "142,00"],
        ["3", "Mould (one-off)", "1", "9.800,00"],
    ]),
    ("sp",),
    ("p", "Lead time samples: 7 weeks after order. Lead time series: 9 weeks after your release. "
          "Prices EXW Bursa, valid 90 days. Payment 60 days net."),
    ("p", "Best regards, Mehmet Yilmaz, Export Sales Manager"),
], title="Quotation ARS-Q-24-0388", author="Anadolu Rayli Sistemler")
case("c15_po_plus_quote_two_files", [], "Two files: sample PO for 3 panels declares the quote's 420 informational, the 420 series panels on hold until FAI sign-off (Claire Dubois) + release note (Helene Roussel).",
     [("AFL_PO_7200015020.pdf", _c15_po), ("ARS-Q-24-0388_quotation.pdf", _c15_q)])

# ------------------------------------------------------------------ c16
_c16 = html_page("Lieferantenportal - Bestellstatus 4500320455", """
<h2>Rheinland Schienenfahrzeuge GmbH &ndash; Lieferantenportal / Supplier Portal</h2>
<p>Lieferant / Supplier: <b>Kablex Sp. z o.o.</b>, Gniezno (300633) &nbsp;|&nbsp; User: a.nowak@kablex.pl &nbsp;|&nbsp; Stand: 12.06.2024 08:30</p>
<h3>Bestellung / Purchase order 4500320455 &ndash; Saloon lighting harness SLH-12, project RS-IC 2025</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Released quantity</td><td>4 sets (first article inspection)</td></tr>
<tr><td>Balance on hold</td><td>56 sets &ndash; not released</td></tr>
<tr><td>Unlock event</td><td>FAI sign-off at hold point HP-2, then written release note</td></tr>
<tr><td>Release authority</td><td>Stefan Albers, Procurement Manager Project Purchasing</td></tr>
<tr><td>Material authority</td><td>sample-only (4 sets)</td></tr>
<tr><td>Produced / shipped</td><td>4 / 0</td></tr>
<tr><td>Project quantity (information)</td><td>60 sets</td></tr>
</table>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Text</th></tr>
<tr><td>05.06.2024</td><td>Kablex</td><td>4 FAI sets finished, FAI documents uploaded (EN 50343 marking, pull-out test).</td></tr>
<tr><td>07.06.2024</td><td>K. Hollmann</td><td>Thank you. FAI visit planned for CW 25. Please keep the 56 sets on hold.</td></tr>
</table>
<p class="note">Nothing on this page changes the purchase order. Only a release note issued by the named release authority releases the balance.</p>
""", lang="de")
case("c16_portal_order_status_html", [], "Portal order status: 4 released, 56 on hold, unlock FAI HP-2 + release note, authority Stefan Albers, sample-only material.",
     [("Lieferantenportal_4500320455.html", _c16)])

# ------------------------------------------------------------------ c17
_c17_ma = docx_bytes([
    ("h1", "Material authority MA-07"),
    ("p", "Ferrotren Servicios S.A. - Compras - Calle de Alcala 265, 28027 Madrid"),
    ("p", "Supplier: Bursa Koltuk Tekstil Ltd. Sti., Demirtas OSB, Bursa, Turkiye"),
    ("p", "Order: PO 4700022204 - seat cover sets (moquette + headrest covers), series 447, 40 seat sets in the project."),
    ("table", [
        ["Item", "Quantity", "Basis"],
        ["Production authority (released)", "4 seat cover sets", "FAI"],
        ["Material authority (staged)", "fabric and foam for up to 40 seat cover sets", "Ferrotren liability"],
        ["Balance not released", "36 seat cover sets", "on hold"],
    ]),
    ("sp",),
    ("p", "You may purchase moquette fabric and foam for up to 40 seat cover sets at Ferrotren's liability. "
          "This material authority does not authorise cutting or sewing beyond the 4 released sets."),
    ("p", "The 36 sets are released only after the FAI has been signed off in Sagunto and Marta Ortega, Head of "
          "Purchasing, has issued a written release."),
    ("p", "Madrid, 02.05.2024 - Marta Ortega"),
], author="Ferrotren Servicios")
_c17_txt = """Dear Ms. Ortega,

As per your material authority MA-07 (attached again for reference), we have placed the fabric order for 40 seat cover sets with our weaver in Denizli, delivery to us in week 24. Foam for 40 sets is booked with our usual supplier.

Cutting and sewing are limited to the 4 released FAI sets, as written in MA-07. The 36 sets will wait for your written release after the FAI in Sagunto.

The 4 FAI sets will be ready on 7 June. We will send the martindale and pilling results (EN ISO 12947-2, EN ISO 12945-2) and the EN 45545-2 test report together with the sets.

Saygilarimla / Kind regards,
Elif Kaya
Export Department
Bursa Koltuk Tekstil Ltd. Sti.
+90 224 261 48 07
"""
_c17 = mail("Elif Kaya <elif.kaya@bursakoltuk.com.tr>", "Marta Ortega <m.ortega@ferrotren.es>",
            "PO 4700022204 - fabric ordered per MA-07", "Wed, 15 May 2024 13:30:00 +0300", _c17_txt,
            attachments=[("MA-07_material_authority.docx", _c17_ma, DOCX_MT)])
case("c17_staged_material_within_authority", [], "Supplier buys fabric for 40 sets within explicit staged material authority MA-07; production limited to the 4 released sets; 36 on hold until FAI + release by Marta Ortega.",
     [("PO_4700022204_fabric_MA-07.eml", eml_bytes(_c17))])

# ------------------------------------------------------------------ c18
_c18_txt = """Dear Mr. Wisniewski,

a short update on the first-class single seat frames (PO 4500319102, drawing 3EGM-104-310 rev B).

Our management board has granted budget approval for the series of 118 frames last Thursday. This is a commercial step on our side only. It does not give you production authority.

The production release for the 118 frames will be a separate release note from Stefan Albers, Procurement Manager, after the FAI of the 2 frames has been signed off at hold point HP-2 in Krefeld. Until then only the 2 FAI frames of PO 4500319102 are released, and material may be bought for these 2 frames only.

We plan the FAI visit for week 24. Could you send us two proposed dates?

Mit freundlichen Gruessen / Kind regards
Katrin Hollmann
Project Purchasing
Rheinland Schienenfahrzeuge GmbH
Uerdinger Str. 410, 47800 Krefeld
+49 2151 8830-214
"""
_c18 = mail("Katrin Hollmann <katrin.hollmann@rheinland-sf.de>", "Tomasz Wisniewski <t.wisniewski@metalplast-bdg.pl>",
            "PO 4500319102 - status series / FAI visit", "Mon, 27 May 2024 09:40:00 +0200", _c18_txt,
            html=html_from_text(_c18_txt), cc="Stefan Albers <stefan.albers@rheinland-sf.de>")
case("c18_budget_approval_kept_apart", [], "Budget approval stated as commercial only; production release separate by Stefan Albers after HP-2 FAI sign-off; 2 FAI frames released; terms kept apart.",
     [("PO_4500319102_status.eml", eml_bytes(_c18))])

# ------------------------------------------------------------------ c19
_c19_po = pdf([
    ("h1", "PURCHASE ORDER SCR-PO-24-0877"),
    ("p", "Southern Cross Rail Maintenance Pty Ltd - 14 Gillies Street North, Ballarat VIC 3350 - ABN 51 604 118 227"),
    ("p", "Supplier: ElektroKab a.s., Prumyslova 1180, 709 00 Ostrava, Czech Republic"),
    ("p", "Date: 08/05/2024     Buyer: Sarah Whitfield, Procurement Lead     Currency: EUR"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price", "Total"],
        ["1", "SCR-DH-4", "Door harness DH-4, first article samples", "6", "EUR 186,00", "EUR 1.116,00"],
    ]),
    ("sp",),
    ("p", "Scope: this PO releases 6 (six) door harnesses for first article inspection only. The project "
          "quantity of 1.200 pcs in your quotation EK-NAB-24-077 (including these 6) is for information only. "
          "The remaining 1.194 pcs are not released."),
    ("p", "Release of the 1.194 pcs requires our FAI sign-off in Ballarat followed by a written release from "
          "Sarah Whitfield, Procurement Lead. Material authority: sample-only."),
    ("p", "Delivery CIP Melbourne Airport (Incoterms 2020). Documents: FAI report, EN 50343 test record, "
          "certificate of conformance, commercial invoice, packing list."),
], title="SCR-PO-24-0877", author="Southern Cross Rail Maintenance")
_c19_m1 = """Hi Jana,

PO SCR-PO-24-0877 for the 6 first article door harnesses attached. Please read the scope box - the 1.200 from your quote is info only, nothing beyond the 6 is released yet.

Cheers,
Sarah"""
_c19_m2 = """Dear Sarah,

thank you for the PO, well received. We confirm the 6 pcs, scope understood.

Two questions on logistics:
1) Is CIP Melbourne Airport correct, or do you want sea freight? For 6 pcs air is cheaper.
2) HS code: we would use 8544 42 90. Please confirm for your customs broker.

Best regards
Jana Horakova"""
_c19_m3 = """Hi Jana,

1) Air is fine, CIP Melbourne Airport as per the PO. Our broker is Toll Global Forwarding, contact details on the PO page 2.
2) 8544 42 90 is what our broker expects, yes.

Also please use ISPM-15 stamped crates if you use wood at all - quarantine here is strict.

Cheers,
Sarah"""
_c19_txt = """Hi Sarah,

the 6 door harnesses are packed in one carton (no wood, so no ISPM-15 issue). Dimensions 80 x 60 x 40 cm, 14,5 kg gross. Pick-up by DHL tomorrow, AWB 157-2231 4410.

FAI report and EN 50343 test record are in the carton and attached to our next mail. Commercial invoice EK-24-1187 follows from accounting.

Best regards
Jana Horakova
Order Management
ElektroKab a.s.
Prumyslova 1180, 709 00 Ostrava
+420 596 117 402

""" + quote(_c19_m3 + "\n\n" + quote(_c19_m2 + "\n\n" + quote(_c19_m1))) + "\n"
_c19 = mail("Jana Horakova <j.horakova@elektrokab.cz>", "Sarah Whitfield <sarah.whitfield@scrm.com.au>",
            "RE: RE: RE: SCR-PO-24-0877 door harness DH-4 - first articles", "Tue, 04 Jun 2024 15:10:00 +0200",
            _c19_txt, attachments=[("SCR-PO-24-0877.pdf", _c19_po, PDF_MT)],
            in_reply_to="<SCR-0877-0003@scrm.com.au>")
case("c19_long_thread_logistics_scope_ok", [], "Long logistics thread; attached sample PO releases 6, labels 1.200 informational, 1.194 on hold until FAI sign-off + written release by Sarah Whitfield.",
     [("RE_SCR-PO-24-0877_door_harness.eml", eml_bytes(_c19))])

# ------------------------------------------------------------------ c20
_c20 = """22/05/24, 10:02 am - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
22/05/24, 10:14 am - Karthik SVPC: Good morning sir
22/05/24, 10:14 am - Karthik SVPC: 5 nos sample grab handles dispatched yesterday by VRL logistics, LR no 4471029
22/05/24, 10:15 am - Karthik SVPC: Sir shall we proceed for bulk? Our polishing team is free from next week
22/05/24, 10:31 am - Rajesh Iyer DCW: Good morning Karthik. Received LR copy, thanks
22/05/24, 10:33 am - Rajesh Iyer DCW: Not yet. Only 5 nos samples as per PO DCW/PO/24-25/0455
22/05/24, 10:34 am - Rajesh Iyer DCW: Bulk 495 nos is on hold till FAI clearance at our end and my written release mail. Don't cut tubes for bulk before that
22/05/24, 10:35 am - Karthik SVPC: Ok sir noted. Will wait for your mail
22/05/24, 10:36 am - Karthik SVPC: FAI expected when sir?
22/05/24, 10:40 am - Rajesh Iyer DCW: Material reaches Cherlapally Friday, inspection Monday/Tuesday. Will update
22/05/24, 10:40 am - Karthik SVPC: 👍🙏
"""
case("c20_whatsapp_bulk_question", [], "Supplier asks 'shall we proceed for bulk?' (question); buyer: 5 samples only, 495 on hold till FAI clearance + written release mail from Rajesh Iyer.",
     [("WhatsApp_Chat_SVPC_DCW.txt", _c20)])

# ------------------------------------------------------------------ c21
_c21 = pdf([
    ("h1", "Fire test report FTR-24-1187 - summary"),
    ("p", "Instytut Badan Pozarowych Pojazdow Szynowych (IBP), ul. Chemiczna 9, 44-100 Gliwice, Poland - accredited testing laboratory AB 1392"),
    ("p", "Client: Bursa Koltuk Tekstil Ltd. Sti. on behalf of Ferrotren Servicios S.A."),
    ("p", "Specimens: 3 seat cushion assemblies with moquette cover (PO 4700022204 FAI sets), received 11.06.2024"),
    ("table", [
        ["Test", "Standard", "Requirement (R21, HL2)", "Result", "Verdict"],
        ["Seat test, heat release", "EN 45545-2 Annex B", "MARHE <= 75 kW/m2", "52 kW/m2", "met"],
        ["Smoke density", "EN ISO 5659-2, 50 kW/m2", "Ds max <= 300", "214", "met"],
        ["Smoke toxicity", "EN 45545-2 Annex C", "CITG <= 1,2", "0,61", "met"],
    ]),
    ("sp",),
    ("p", "Conclusion: the tested specimens meet requirement set R21 for hazard level HL2."),
    ("p", "This report covers the tested specimens only. It states a test result; it is not a sample sign-off "
          "by the client and it is not a production release for any quantity."),
    ("p", "Gliwice, 19.06.2024 - mgr inz. Pawel Zielinski, Head of Laboratory"),
], title="FTR-24-1187", author="IBP Gliwice")
case("c21_fire_test_report_pdf", [], "Lab fire test report: result only, explicitly not a sign-off nor a production release; no authorization.",
     [("FTR-24-1187_summary.pdf", _c21)])

# ------------------------------------------------------------------ c22
_c22 = html_page("Supplier Portal - Call-off 5 (final)", """
<h2>Southern Cross Rail Maintenance Pty Ltd &ndash; Supplier Portal &ndash; Orders</h2>
<p>Supplier: <b>Sri Venkateswara Precision Components</b> (vendor 20-5102) &nbsp;|&nbsp; Agreement SCR-AG-2023-12: door handrail set SCR-HR-0950, 40 sets in total</p>
<h3>Call-off 5 of 5 &ndash; issued 17/06/2024 by Sarah Whitfield, Procurement Lead</h3>
<table>
<tr><th>Call-off</th><th>Sets</th><th>Issued</th><th>Delivery</th><th>Status</th></tr>
<tr><td>1</td><td>8</td><td>04/12/2023</td><td>02/2024</td><td>received</td></tr>
<tr><td>2</td><td>8</td><td>29/01/2024</td><td>03/2024</td><td>received</td></tr>
<tr><td>3</td><td>8</td><td>11/03/2024</td><td>05/2024</td><td>received</td></tr>
<tr><td>4</td><td>8</td><td>22/04/2024</td><td>06/2024</td><td>in transit</td></tr>
<tr><td><b>5 (this call-off)</b></td><td><b>8</b></td><td>17/06/2024</td><td>08/2024</td><td>released for production</td></tr>
</table>
<p>This call-off releases the last 8 (eight) sets of the agreement. With call-offs 1 to 5 all 40 sets are released; no balance remains under SCR-AG-2023-12.</p>
<p>Please ship by sea, FOB Chennai, in the usual ISPM-15 crates; documents via the Shipping tab.</p>
""", lang="en-AU")
case("c22_final_calloff_no_balance_html", [], "Final call-off releases the last 8 sets; all 40 released, no balance remains (8x5=40).",
     [("portal_calloff_5_SCR-AG-2023-12.html", _c22)])

# ------------------------------------------------------------------ c23
_c23_att = """METALPLAST BYDGOSZCZ - WEEKLY STATUS REPORT CW 22/2024
Customer: Rheinland Schienenfahrzeuge GmbH     Order: PO 4500319102 (seat frame 1st class single)
----------------------------------------------------------------------------------------
Item                         Plan      Actual    Remark
FAI frames (2 pcs)           CW 21     CW 22     welded, powder coated, measured
FAI documents                CW 22     CW 22     EN 9102 form set, 3.1 certs, welding log
Series frames                -         -         not started - waiting for release note
Material for series          -         -         not ordered
----------------------------------------------------------------------------------------
Open points: FAI visit date (proposal CW 24 Tue/Wed)
Prepared by: T. Wisniewski
"""
_c23_txt = """Dear Mrs. Hollmann,

please find attached our weekly status for PO 4500319102.

The 2 FAI frames are finished and measured. We have not started anything for the series and have not ordered series material - we will wait for the release note from Mr. Albers after the FAI, as agreed.

For the FAI visit we propose Tuesday 11 June or Wednesday 12 June, 9:00 in Bydgoszcz. Could you tell us which date suits you?

Z powazaniem / Best regards
Tomasz Wisniewski
Project Manager Rail
Metalplast Bydgoszcz Sp. z o.o.
ul. Przemyslowa 14, 85-758 Bydgoszcz
+48 52 345 18 90
"""
_c23 = mail("Tomasz Wisniewski <t.wisniewski@metalplast-bdg.pl>", "Katrin Hollmann <katrin.hollmann@rheinland-sf.de>",
            "PO 4500319102 - weekly status CW 22", "Fri, 31 May 2024 12:20:00 +0200", _c23_txt,
            attachments=[("status_CW22.txt", _c23_att, "text/plain")])
case("c23_supplier_status_nothing_beyond", [], "Supplier status report: 2 FAI frames done, series not started, no series material; waiting for release note. No authorization.",
     [("PO_4500319102_weekly_status.eml", eml_bytes(_c23))])

# ------------------------------------------------------------------ c24
_c24_txt = """Estimado Petr / Dear Petr,

STOP NOTICE - order 4700021890, gangway side panels GSP-447.

Following NCR-FER-2024-0118 (delamination found on 2 of the 8 panels delivered in week 19), we stop order 4700021890 with immediate effect.

While this stop is in force nothing more may start on this order: no rework of the delivered panels at your plant, no new panels, and no material purchases. The 8 panels released and delivered so far remain the only released quantity; the other 32 panels of the order stay on hold as before.

The stop will be lifted only in writing by me, after your 8D report has been closed by our quality department in Sagunto. Lifting the stop does not release the 32 panels; they still need a separate written release note from me.

Please confirm receipt of this notice today.

Un saludo / Best regards,
Marta Ortega
Jefa de Compras / Head of Purchasing
Ferrotren Servicios S.A.
Calle de Alcala 265, 28027 Madrid
+34 91 408 22 17
"""
_c24 = mail("Marta Ortega <m.ortega@ferrotren.es>", "Petr Dvorak <p.dvorak@moravia-interiors.cz>",
            "STOP - PO 4700021890 - NCR-FER-2024-0118", "Thu, 16 May 2024 08:05:00 +0200", _c24_txt,
            html=html_from_text(_c24_txt), cc="calidad@ferrotren.es")
case("c24_stop_notice_eml", [], "Stop notice: nothing may start; 8 released/delivered, 32 on hold; lifted in writing by Marta Ortega after 8D closure; lifting does not release.",
     [("STOP_PO_4700021890.eml", eml_bytes(_c24))])

# ------------------------------------------------------------------ c25
_c25 = docx_bytes([
    ("h1", "Quality and release plan QP-SCR-0442"),
    ("p", "Southern Cross Rail Maintenance Pty Ltd - Seat frame SCR-SF-2 (Comeng saloon), supplier Metalplast Bydgoszcz Sp. z o.o."),
    ("p", "Purchase order: SCR-PO-24-0902 (pre-series). Issue A, 21/05/2024."),
    ("h", "Quantities"),
    ("table", [
        ["Quantity", "Pieces", "Status"],
        ["Pre-series frames (FAI)", "2", "released by SCR-PO-24-0902"],
        ["Series frames", "62", "on hold - not released"],
        ["Project total", "64", "information"],
    ]),
    ("h", "Hold points"),
    ("table", [
        ["HP", "Activity", "Owner / signature", "Effect"],
        ["HP1", "Review of material certificates EN 10204 3.1", "Nathan Reid, Supplier Quality Engineer", "allows welding of pre-series"],
        ["HP2", "FAI of the 2 pre-series frames (dimensional, weld VT, coating)", "Nathan Reid, Supplier Quality Engineer", "sign-off only; releases no quantity"],
        ["HP3", "Written release note for the 62 series frames", "Sarah Whitfield, Procurement Lead", "releases the quantity named in the note"],
    ]),
    ("sp",),
    ("p", "The FAI sign-off at HP2 does not release any series quantity by itself. Series frames are released "
          "only by the HP3 release note signed by Sarah Whitfield, and only after HP2 has been passed."),
    ("p", "Material authority: sample-only (2 frames) until the HP3 release note."),
    ("p", "Applicable standards: AS 7531 (rolling stock seating), EN 15085-2 CL2 welding, EN 45545-2 HL2 for "
          "non-metallic parts."),
], author="Southern Cross Rail Maintenance")
case("c25_quality_plan_hold_points_docx", [], "Quality plan: 2 pre-series released, 62 on hold, HP2 FAI sign-off releases nothing, HP3 release note by Sarah Whitfield; sample-only material.",
     [("QP-SCR-0442_quality_release_plan.docx", _c25)])

# =================================================================== POSITIVE
# ------------------------------------------------------------------ p01
_p01_po = pdf([
    ("h1", "PURCHASE ORDER 4500320981"),
    ("p", "Rheinland Schienenfahrzeuge GmbH - Werk Krefeld - Uerdinger Str. 410 - 47800 Krefeld - Germany"),
    ("p", "Supplier: Metalplast Bydgoszcz Sp. z o.o., ul. Przemyslowa 14, 85-758 Bydgoszcz, Poland - supplier no. 300477"),
    ("p", "PO date: 03.06.2024   Project: RS-IC 2025   Buyer: Katrin Hollmann, +49 2151 8830-214"),
    ("sp",),
    ("table", [
        ["Item", "Material no. / description", "Qty", "Unit", "Unit price EUR", "Value EUR", "Delivery"],
        ["10", "3EGM-104-450 Tip-up seat frame, multi-purpose area, Dwg rev A - first articles", "4", "PC", "690,00", "2.760,00", "CW 28/2024"],
    ]),
    ("sp",),
    ("p", "Total net value: EUR 2.760,00. Delivery DAP Krefeld (Incoterms 2020), goods receipt gate 3."),
    ("p", "Reference: your quotation MB/2024/142 of 21.05.2024."),
    ("p", "Documentation: EN 9102 FAI form set, material certificates EN 10204 3.1, welding records to EN 15085-2 CL1."),
    ("p", "Our general terms of purchase GTP-RS 2023 apply. Please confirm within 3 working days."),
], title="PO 4500320981", author="Rheinland Schienenfahrzeuge GmbH")
_p01_q = pdf([
    ("h1", "OFERTA / QUOTATION MB/2024/142"),
    ("p", "Metalplast Bydgoszcz Sp. z o.o. - to Rheinland Schienenfahrzeuge GmbH, attn. Mrs. K. Hollmann - 21.05.2024"),
    ("p", "Subject: tip-up seat frame 3EGM-104-450 rev A, project RS-IC 2025 (24 car sets x 4 frames)"),
    ("table", [
        ["Pos.", "Description", "Qty", "Unit price EUR", "Lead time"],
        ["1", "Tip-up seat frame, first articles incl. FAI documentation", "4 pcs", "690,00", "5 weeks"],
        ["2", "Tip-up seat frame, series", "96 pcs", "312,00", "8 weeks"],
        ["3", "Welding fixture (one-off)", "1", "4.200,00", "4 weeks"],
    ]),
    ("sp",),
    ("p", "Prices FCA Bydgoszcz, packing on EUR pallets. Validity 90 days. Payment 60 days net."),
    ("p", "Tomasz Wisniewski, Project Manager Rail"),
], title="Quotation MB/2024/142", author="Metalplast Bydgoszcz")
_p01_txt = """Dear Mr. Wisniewski,

attached please find our purchase order 4500320981 for the tip-up seat frames, drawing 3EGM-104-450 rev A, together with your quotation MB/2024/142 for reference.

Please confirm receipt and the delivery date of the 4 frames. FAI documentation as usual (EN 9102 forms, 3.1 certificates, welding records to EN 15085).

Thank you and kind regards
Katrin Hollmann
Project Purchasing
Rheinland Schienenfahrzeuge GmbH
Uerdinger Str. 410, 47800 Krefeld
+49 2151 8830-214
"""
_p01 = mail("Katrin Hollmann <katrin.hollmann@rheinland-sf.de>", "Tomasz Wisniewski <t.wisniewski@metalplast-bdg.pl>",
            "Bestellung / PO 4500320981 - tip-up seat frames", "Mon, 03 Jun 2024 11:15:00 +0200", _p01_txt,
            attachments=[("PO_4500320981.pdf", _p01_po, PDF_MT), ("MB_2024_142_quotation.pdf", _p01_q, PDF_MT)])
case("p01_po_with_quote_attached_bare", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 4 first-article frames sent with quote showing 96 series frames, nothing labels the 96 informational; no hold, no unlock event, no release person.",
     [("PO_4500320981_mail.eml", eml_bytes(_p01))])

# ------------------------------------------------------------------ p02
_p02 = docx_bytes([
    ("h1", "BON DE COMMANDE 7200015233"),
    ("p", "Ateliers Ferroviaires de la Loire (AFL) - 12 quai de la Fosse - 44000 Nantes"),
    ("p", "Fournisseur : Moravia Interiors s.r.o., Hulinska 2260, 767 01 Kromeriz, Republique tcheque"),
    ("p", "Projet : renovation Regio 2N - besoin total 64 panneaux de vestibule (16 rames x 4)"),
    ("p", "Date : 13.05.2024     Acheteur : Julien Marchetti     Objet : lot d'echantillons / sample lot"),
    ("table", [
        ["Ligne", "Reference", "Designation", "Qte", "PU EUR", "Livraison"],
        ["10", "AFL-VWP-03", "Panneau de vestibule / vestibule wall panel, echantillon premier article", "4", "540,00", "S27/2024"],
        ["20", "AFL-VWP-03-DOC", "Dossier FAI + PV essai feu EN 45545-2", "1", "0,00", "avec ligne 10"],
    ]),
    ("sp",),
    ("p", "Merci de nous envoyer l'accuse de reception de commande sous 5 jours."),
    ("p", "Conditions : DAP Nantes, quai 4. Emballage individuel, protection des chants. Nos conditions generales d'achat CGA-AFL-2022 s'appliquent."),
    ("p", "Julien Marchetti - Acheteur Projet - +33 2 40 71 18 52"),
], author="AFL")
case("p02_french_sample_po_project_need", ["RG001", "RG003", "RG004", "RG005"],
     "Sample-lot PO for 4 panels with header 'besoin total 64 panneaux' unlabelled; no hold on the balance, no unlock event, no release person.",
     [("BC_7200015233_echantillons.docx", _p02)])

# ------------------------------------------------------------------ p03
_p03_sap = """FERROTREN SERVICIOS S.A.                                          Hoja 1 / Page 1
PEDIDO DE COMPRA / PURCHASE ORDER      4700022350        Fecha 21.05.2024
Centro 2100 Sagunto   Org.compras 2000   Grupo compras F07 (J. Puig)
Proveedor 400318  ANADOLU RAYLI SISTEMLER SAN. VE TIC. A.S.  BURSA  TR
-------------------------------------------------------------------------------
Pos  Material          Texto breve                          Cant. UM  Precio EUR
-------------------------------------------------------------------------------
00010 FER-447-GWB-02    FUELLE INTERCOM. / GANGWAY BELLOWS       2  UN   3.450,00
      Muestras para FAI / samples for first article inspection
      Plano / drawing FER-447-GW-0020 rev C
      Fecha entrega / delivery   semana 30/2024
-------------------------------------------------------------------------------
Valor neto total EUR                                              6.900,00
-------------------------------------------------------------------------------
Texto cabecera / header text:
Ref. oferta proveedor ARS-Q-24-0455 (portal). Entrega DAP Sagunto, puerta 2.
Documentacion: informe FAI, ensayo fuego EN 45545-2 HL2, certificado 3.1.
Condiciones generales de compra Ferrotren CGC-2023.
"""
_p03_html = html_page("ARS e-Quote ARS-Q-24-0455", """
<h2>Anadolu Rayli Sistemler &ndash; e-Quote</h2>
<p>Quote <b>ARS-Q-24-0455</b> &nbsp;|&nbsp; Customer: Ferrotren Servicios S.A. (Sagunto) &nbsp;|&nbsp; Valid until 15.07.2024</p>
<p>Product: gangway bellows FER-447-GWB-02, drawing FER-447-GW-0020 rev C, series 447 (24 units x 2 ends)</p>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit price EUR</th><th>Lead time</th></tr>
<tr><td>1</td><td>Gangway bellows, samples for FAI</td><td>2</td><td>3.450,00</td><td>8 weeks</td></tr>
<tr><td>2</td><td>Gangway bellows, series</td><td>48</td><td>2.180,00</td><td>12 weeks</td></tr>
</table>
<p>Incoterms: DAP Sagunto. Payment: 60 days net. Contact: Mehmet Yilmaz, Export Sales Manager.</p>
""")
case("p03_sap_po_plus_portal_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Two files: SAP PO for 2 FAI bellows beside the supplier e-quote with 48 series bellows, nothing labels them informational; no hold/event/person.",
     [("Pedido_4700022350.txt", _p03_sap), ("ARS-Q-24-0455_equote.html", _p03_html)])

# ------------------------------------------------------------------ p05
_p05 = pdf([
    ("h1", "PURCHASE ORDER SCR-PO-24-0961"),
    ("p", "Southern Cross Rail Maintenance Pty Ltd - 14 Gillies Street North, Ballarat VIC 3350 - ABN 51 604 118 227"),
    ("p", "Supplier: Ningbo Hengtai Rail Parts Co., Ltd., No. 88 Jinhai Road, Beilun, Ningbo 315800, China"),
    ("p", "Date: 11/06/2024     Buyer: Liam O'Connor     Currency: USD"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price", "Total"],
        ["1", "SCR-SH-0410", "Seat-back grab handle set, pre-production", "3 sets", "USD 412.00", "USD 1,236.00"],
        ["2", "FRT", "Air freight to Melbourne", "1", "USD 380.00", "USD 380.00"],
    ]),
    ("sp",),
    ("p", "Fleet requirement: 72 sets (trainsets 1-18, 4 sets per trainset), expected Q1-Q3 2025."),
    ("p", "Delivery: CIP Melbourne Airport. Documents: commercial invoice, packing list, certificate of origin, "
          "material certs EN 10204 3.1, dimensional report."),
    ("p", "Payment: 30 days from end of month of invoice. Quote ref: HT-Q-2405-118."),
    ("p", "Please acknowledge this PO by return e-mail to purchasing@scrm.com.au."),
], title="SCR-PO-24-0961", author="Southern Cross Rail Maintenance")
case("p05_pdf_po_fleet_requirement", ["RG001", "RG003", "RG004", "RG005"],
     "Pre-production PO for 3 sets with an unlabelled 'fleet requirement 72 sets' line; balance never put on hold, no unlock event, no release person.",
     [("SCR-PO-24-0961.pdf", _p05)])

# ------------------------------------------------------------------ p06
_p06 = """Microsoft Teams - chat export
Chat: Katrin Hollmann, Agnieszka Nowak
Exported: 19.06.2024 16:40
------------------------------------------------------------

[18.06.2024 10:02] Katrin Hollmann
Hi Agnieszka, PO 4500321402 for the 2 FAI sets of the vestibule harness VH-9 is out, should be in your inbox from SAP.

[18.06.2024 10:03] Katrin Hollmann
And your price for the 44 series sets is fine with us, EUR 1.940,- per set as quoted. We keep that.

[18.06.2024 10:11] Agnieszka Nowak (Kablex)
Great, thank you Katrin! I will send the order confirmation today.

[18.06.2024 10:12] Agnieszka Nowak (Kablex)
Drawing is still VH-9 rev B, correct? We have rev B in the system.

[18.06.2024 10:20] Katrin Hollmann
Yes rev B. Rev C is only planned for the 2026 lot.

[18.06.2024 10:21] Agnieszka Nowak (Kablex)
👍 Thanks
"""
case("p06_teams_fai_po_series_price", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer announces PO for 2 FAI sets and in the same breath accepts the price for 44 series sets, never saying they are not released; no unlock event or release person.",
     [("Teams_chat_VH-9_harness.txt", _p06)])

# ------------------------------------------------------------------ p07
_p07_q = """From: Jordi Puig <j.puig@ferrotren.es>
Sent: Tuesday, 4 June 2024 12:30
To: Amit Deshpande
Subject: PO 4700022418 - sample seat shells

Dear Amit,
please find attached PO 4700022418 for 6 (six) sample seat shells FER-447-SS-01 rev A for our first article inspection. Delivery by 15 July to Sagunto, gate 2.
Our finance department has today transferred the 25% advance foreseen in clause 7 of frame contract FC-FER-KIS-2024.
Best regards,
Jordi Puig
Compras / Purchasing, Ferrotren Servicios S.A."""
_p07_txt = """Dear Mr. Puig,

Greetings from Kalyani Interior Systems!

Thank you for the PO and the advance, which is credited in our account today.

Since the advance against the frame contract is received, we have now scheduled the series moulding from week 30 onwards, in parallel with the 6 samples, so that the complete rake sets are ready well in time for your programme.

Samples will be despatched on 8 July by air, AWB will be shared. Kindly share the delivery contact at Sagunto.

Thanks & regards,
Amit Deshpande
Manager - Exports
Kalyani Interior Systems Pvt. Ltd.
Chakan MIDC Phase II, Pune 410501
+91 20 6741 2290

""" + quote(_p07_q) + "\n"
_p07 = mail("Amit Deshpande <amit.d@kalyani-interiors.in>", "Jordi Puig <j.puig@ferrotren.es>",
            "RE: PO 4700022418 - sample seat shells", "Wed, 05 Jun 2024 09:20:00 +0530", _p07_txt,
            html=html_from_text(_p07_txt), in_reply_to="<FER-22418-0001@ferrotren.es>")
case("p07_supplier_advance_starts_series", ["RG003", "RG004", "RG005", "RG012"],
     "Quoted buyer PO for 6 sample shells never holds the balance or names event/person; supplier schedules series moulding because the frame-contract advance was paid.",
     [("RE_PO_4700022418_seat_shells.eml", eml_bytes(_p07))])

# ------------------------------------------------------------------ p46
_p46 = """RHEINLAND SCHIENENFAHRZEUGE GMBH                                     Seite 1 von 1
Bestellung / Purchase Order                 4500321560      Datum 10.06.2024
Werk 0400 Krefeld    Einkaufsorg. 1000    Einkaeufergruppe R14 (K. Hollmann)
Lieferant 300741  MORAVIA INTERIORS S.R.O.  HULINSKA 2260  767 01 KROMERIZ  CZ
Freigabestatus / Release status : RELEASED  (Strategie R2: K. Hollmann 10.06.
                                   / S. Albers 10.06.)
-------------------------------------------------------------------------------
Pos   Material          Kurztext                             Menge ME  Preis EUR
-------------------------------------------------------------------------------
00010 RS-INT-3310       GEPAECKABLAGE MODUL / LUGGAGE RACK      3   ST   880,00
                        MODULE - ERSTMUSTER / FIRST ARTICLE
      Zeichnung/Drawing RS-INT-3310 Index D
      Liefertermin      KW 27/2024
-------------------------------------------------------------------------------
Gesamtnettowert EUR                                               2.640,00
-------------------------------------------------------------------------------
Kopftext / header text:
First article samples for the RS-IC 2025 interior. Please release production
immediately so that the samples arrive at Krefeld by CW 27.
Documentation: EN 9102 FAI form set, EN 45545-2 HL2 test evidence for the
HPL panels, 3.1 certificates for aluminium profiles EN AW-6060 T66.
AGB / GTP-RS 2023. Lieferung DAP Krefeld, Tor 3.
-------------------------------------------------------------------------------
"""
case("p46_sap_release_status_first_article", ["RG003", "RG004", "RG005", "RG009"],
     "SAP first-article PO: 'RELEASED' means internal PO approval while 'release production' means shop-floor start; balance never on hold, no event, no release person.",
     [("SAP_Bestellung_4500321560.txt", _p46)])

# ------------------------------------------------------------------ p09
_p09_txt = """Estimado Mehmet / Dear Mehmet,

thank you for the call this morning. To be very clear after our conversation:

Only 3 (three) pre-series gangway bellows are released under PO 4700022571. The other 45 bellows of the order remain blocked until further notice from me.

I cannot tell you yet what we will need before we unblock them - our project team is re-planning the whole series 470 fleet programme with the operator, and I expect an answer in July at the earliest. Please do not build, cut or buy anything for the 45 in the meantime.

For the 3 pre-series units: delivery DAP Sagunto, week 31, with the EN 45545-2 test evidence and the 3.1 certificates for the aluminium frames.

Un saludo / Best regards,
Marta Ortega
Jefa de Compras / Head of Purchasing
Ferrotren Servicios S.A.
Calle de Alcala 265, 28027 Madrid
+34 91 408 22 17

Este mensaje y sus anexos son confidenciales. / This message and its attachments are confidential.
"""
_p09 = mail("Marta Ortega <m.ortega@ferrotren.es>", "Mehmet Yilmaz <m.yilmaz@anadolu-rayli.com.tr>",
            "PO 4700022571 - solo 3 unidades / only 3 units", "Wed, 12 Jun 2024 13:25:00 +0200", _p09_txt)
case("p09_hold_until_further_notice", ["RG004"],
     "3 pre-series released, 45 blocked 'until further notice from me' (Marta Ortega named) - explicitly no unlock event.",
     [("PO_4700022571_solo_3.eml", eml_bytes(_p09))])

# ------------------------------------------------------------------ p10
_p10 = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Deccan Coach Works Pvt. Ltd., Plot 41, IDA Cherlapally, Hyderabad 500051"),
    ("p", "PO No.: DCW/PO/24-25/0498     Date: 05-06-2024"),
    ("p", "To: M/s Sri Venkateswara Precision Components, Coimbatore - Kind Attn.: Mr. R. Subramanian"),
    ("p", "Sub: Vertical grab pole, SS304, drg DCW-GP-1750 rev B - sample quantity"),
    ("table", [
        ["Sl.", "Description", "Qty", "UOM", "Rate (INR)", "Amount (INR)"],
        ["1", "Vertical grab pole, SS304, OD 38, L 1750, drg DCW-GP-1750 rev B - samples", "10", "Nos", "3,420.00", "34,200.00"],
    ]),
    ("sp",),
    ("p", "Balance quantity 390 nos (total requirement 400 nos): NOT released. The balance is on hold."),
    ("p", "Release authority for the balance: Mr. S. Krishnan, Dy. General Manager - Purchase."),
    ("p", "Terms: Freight paid up to Cherlapally. Payment 45 days from acceptance. Mill TC for SS304 tube with supply."),
    ("p", "For Deccan Coach Works Pvt. Ltd. - Purchase Dept."),
], title="DCW/PO/24-25/0498", author="Deccan Coach Works")
case("p10_hold_and_authority_no_event_pdf", ["RG004"],
     "Sample PO for 10 nos: balance 390 on hold and release authority S. Krishnan named, but no event that unlocks the balance.",
     [("DCW_PO_24-25_0498.pdf", _p10)])

# ------------------------------------------------------------------ p11
_p11 = html_page("Portail fournisseurs AFL - commande 7200015390", """
<h2>AFL &ndash; Portail fournisseurs / Supplier portal</h2>
<p>Fournisseur / Supplier: <b>Ningbo Hengtai Rail Parts Co., Ltd.</b> &nbsp;|&nbsp; Commande / PO <b>7200015390</b> &nbsp;|&nbsp; Article: AFL-HR-310 main-de-courant / handrail set</p>
<table>
<tr><th>Champ / Field</th><th>Valeur / Value</th></tr>
<tr><td>Quantite lancee / released quantity</td><td>4 sets (FAI)</td></tr>
<tr><td>Solde / balance</td><td>60 sets &ndash; en attente / on hold, not released</td></tr>
<tr><td>Deblocage / unlock</td><td>after FAI sign-off, by a revised purchase order</td></tr>
<tr><td>Autorite de liberation / release authority</td><td>Service Achats / Purchasing department</td></tr>
<tr><td>Autorisation matiere / material authority</td><td>sample-only (4 sets)</td></tr>
<tr><td>Livraison / delivery</td><td>CIP Nantes, S30/2024</td></tr>
</table>
<p>Documents: plan AFL-HR-310 ind. C, certificat 3.1, rapport FAI, declaration EN 45545-2 (powder coating).</p>
""", lang="fr")
case("p11_portal_release_authority_department", ["RG005"],
     "Portal: 4 FAI sets released, 60 on hold, unlock by revised PO after FAI sign-off, but release authority is only 'Purchasing department'.",
     [("AFL_portail_commande_7200015390.html", _p11)])

# ------------------------------------------------------------------ p12
_p12_q = """From: Jordi Puig <j.puig@ferrotren.es>
Sent: Monday, 3 June 2024 09:05
To: Jana Horakova
Subject: PO 4700022690 - roof harness RH-447 - FAI sets

Hello Jana,
PO 4700022690 covers 2 FAI roof harness sets RH-447.
The remaining 34 sets are on hold until the FAI has been signed off in Sagunto and we have sent you a revised PO. The release will come from our side.
Regards, Jordi"""
_p12_txt = """Hello Jordi,

thank you, PO received and entered.

To protect the lead time of the Harting Han-Modular connectors (26 weeks at the moment!) we have already ordered connectors and EN 50264 cable for all 36 sets. They arrive in week 33 and will be kept in our warehouse for you.

The 2 FAI sets will be ready in week 29.

Best regards
Jana Horakova
Order Management
ElektroKab a.s.
Prumyslova 1180, 709 00 Ostrava
+420 596 117 402

""" + quote(_p12_q) + "\n"
_p12 = mail("Jana Horakova <j.horakova@elektrokab.cz>", "Jordi Puig <j.puig@ferrotren.es>",
            "RE: PO 4700022690 - roof harness RH-447 - FAI sets", "Tue, 04 Jun 2024 10:48:00 +0200", _p12_txt,
            in_reply_to="<FER-22690-0001@ferrotren.es>")
case("p12_supplier_buys_all_connectors", ["RG005", "RG006"],
     "Quoted buyer scope: 2 FAI, 34 on hold until FAI sign-off + revised PO, release 'from our side' (no named person); supplier orders connectors/cable for all 36 sets.",
     [("RE_PO_4700022690_roof_harness.eml", eml_bytes(_p12))])

# ------------------------------------------------------------------ p13
_p13_txt = """Bonjour Madame Nowak,

suite a notre reunion technique du 6 juin, voici la demande pour le harnais salle SLH-3 (commande 7200015512).

Please manufacture the pre-series lot of the saloon harness SLH-3 for the EN 45545-2 fire tests and for the first article inspection. The pre-series must be built with the series tooling and the series cable (EN 50264-3-1).

The series remains on hold until the fire test report has been signed off by our quality manager and Helene Roussel, Head of Project Purchasing, has issued the written release note.

Merci de nous confirmer la date de mise a disposition du lot.

Cordialement,
Julien Marchetti
Acheteur Projet
Ateliers Ferroviaires de la Loire (AFL)
12 quai de la Fosse, 44000 Nantes
+33 2 40 71 18 52

Ce message et ses pieces jointes sont confidentiels. Si vous l'avez recu par erreur, merci de le detruire et d'en avertir l'expediteur.
"""
_p13 = mail("Julien Marchetti <j.marchetti@afl-rail.fr>", "Agnieszka Nowak <a.nowak@kablex.pl>",
            "Commande 7200015512 - SLH-3 lot de pre-serie", "Fri, 07 Jun 2024 16:02:00 +0200", _p13_txt,
            html=html_from_text(_p13_txt))
case("p13_preseries_lot_no_quantity", ["RG010"],
     "Buyer orders 'the pre-series lot' without any quantity; series on hold until fire-test report sign-off + release note by Helene Roussel.",
     [("Commande_7200015512_SLH-3.eml", eml_bytes(_p13))])

# ------------------------------------------------------------------ p14
_p14 = """Microsoft Teams - chat export
Chat: Katrin Hollmann, Petr Dvorak
Exported: 21.06.2024 08:15
------------------------------------------------------------

[20.06.2024 14:31] Katrin Hollmann
Hallo Petr, you can start the samples for the SWP-4 partition panels now. PO 4500321777 follows tomorrow from SAP, our system is down this afternoon.

[20.06.2024 14:32] Katrin Hollmann
Rest of the project stays on hold until the FAI sign-off at HP-2 and my release note. Nothing beyond the samples please.

[20.06.2024 14:40] Petr Dvorak (Moravia Interiors)
Thanks Katrin. How many samples do you want? 2 as in our quote or 3 like last time for the fire lab?

[20.06.2024 14:52] Katrin Hollmann
Good question, let me check with engineering and come back to you.

[20.06.2024 14:53] Petr Dvorak (Moravia Interiors)
OK. We prepare the CNC programs meanwhile.
"""
case("p14_teams_start_samples_no_qty", ["RG010"],
     "Buyer says 'start the samples' with hold + HP-2 event + her own release note, but the sample quantity is never fixed (supplier asks 2 or 3, no answer).",
     [("Teams_chat_SWP-4_partition.txt", _p14)])

# ------------------------------------------------------------------ p15
_p15 = docx_bytes([
    ("h1", "Release note RN-SCR-24-019"),
    ("p", "Southern Cross Rail Maintenance Pty Ltd - Procurement - Ballarat VIC"),
    ("p", "Supplier: Metalplast Bydgoszcz Sp. z o.o.     Purchase order: SCR-PO-24-0951 (saloon seat frame SCR-SF-3)"),
    ("p", "Date: 24/06/2024"),
    ("table", [
        ["Item", "Entry"],
        ["Released for production", "Homologation-train seat frames, as discussed in the project meeting of 14/05/2024"],
        ["Evidence", "FAI report FAI-SCR-24-033, signed off 20/06/2024 by N. Reid"],
        ["Not released", "All other frames of SCR-PO-24-0951"],
        ["Unlock event for the rest", "Homologation test passed (ONRSR type approval file) + further release note"],
        ["Release authority", "Sarah Whitfield, Procurement Lead"],
        ["Material authority", "material for the released frames only"],
    ]),
    ("sp",),
    ("p", "All other frames stay on hold until the homologation test has been passed and a further release note "
          "signed by Sarah Whitfield has been issued."),
    ("p", "Signed: Sarah Whitfield, Procurement Lead"),
], author="Southern Cross Rail Maintenance")
case("p15_release_note_no_quantity_docx", ["RG010"],
     "Release note releases 'homologation-train seat frames as discussed' - no quantity stated; rest on hold with event and Sarah Whitfield named.",
     [("RN-SCR-24-019_release_note.docx", _p15)])

# ------------------------------------------------------------------ p17
_p17_txt = """Bonjour Monsieur Dvorak,

Vous pouvez lancer le lot de premiers articles / you may launch the first-article batch of the CP-16 ceiling panels (commande 7200015604).

For your information: the approval of your drawing CP-16 ind. B by our engineering is done, and the approval of the project budget by our direction was given yesterday.

The series remains on hold until the FAI has been signed off by Claire Dubois and Helene Roussel has sent you the written release note.

Please send the FAI report in our template QF-AFL-031 and the fire documentation EN 45545-2 (R1, HL3).

Cordialement,
Julien Marchetti
Acheteur Projet - AFL Nantes
+33 2 40 71 18 52
"""
_p17 = mail("Julien Marchetti <j.marchetti@afl-rail.fr>", "Petr Dvorak <p.dvorak@moravia-interiors.cz>",
            "7200015604 - CP-16 - lancement premiers articles", "Thu, 13 Jun 2024 11:40:00 +0200", _p17_txt,
            cc="Claire Dubois <c.dubois@afl-rail.fr>")
case("p17_launch_first_article_approval_twice", ["RG009", "RG010"],
     "'Launch the first-article batch' with no quantity; 'approval' used for drawing (technical) and budget (commercial). Hold, event and Helene Roussel present.",
     [("7200015604_CP-16_lancement.eml", eml_bytes(_p17))])

# ------------------------------------------------------------------ p18
_p18_txt = """Dear Mr. Amit,

Greetings from Deccan Coach Works.

With reference to our telephonic discussion today, kindly do the needful for manufacturing of the sample quantity of berth ladder assembly (drg DCW-BL-0211 rev C) against our PO DCW/PO/24-25/0521.

Bulk quantity to be held till FAI clearance at our end and written release from undersigned. Kindly do not procure material for bulk.

Please send the inspection call letter once samples are ready.

Thanks & regards,
S. Krishnan
Dy. General Manager - Purchase
Deccan Coach Works Pvt. Ltd.
Plot 41, IDA Cherlapally, Hyderabad 500051
Ph: +91 40 2712 6601

This e-mail is confidential and intended solely for the addressee.
"""
_p18 = mail("S. Krishnan <s.krishnan@deccancoach.in>", "Amit Deshpande <amit.d@kalyani-interiors.in>",
            "PO DCW/PO/24-25/0521 - berth ladder sample", "Tue, 18 Jun 2024 17:05:00 +0530", _p18_txt)
case("p18_do_the_needful_sample_qty", ["RG010"],
     "'Do the needful for the sample quantity' as discussed by phone - no number in writing; bulk held till FAI clearance + written release by S. Krishnan.",
     [("PO_DCW_0521_berth_ladder.eml", eml_bytes(_p18))])

# ------------------------------------------------------------------ p19
_p19_m1 = """From: Jordi Puig <j.puig@ferrotren.es>
Sent: Monday, 13 May 2024 10:10
To: Jana Horakova
Subject: PO 4700022810 - door control harness DCH-2

Hello Jana,
PO 4700022810 is for 3 (three) FAI door control harnesses DCH-2.
The remaining 57 are not released. They will be released only after the FAI sign-off in Sagunto and a written release note from me.
Regards, Jordi Puig, Compras"""
_p19_m2 = """From: Jana Horakova <j.horakova@elektrokab.cz>
Sent: Friday, 14 June 2024 15:32
To: Jordi Puig; Lucia Fernandez
Subject: RE: PO 4700022810 - door control harness DCH-2

Dear Jordi, dear Lucia,
the 3 FAI harnesses are finished. Attached photos, the crimp pull-out test report and the continuity test log. Please review.
Best regards, Jana"""
_p19_txt = """Hola Jana,

checked the photos and the crimp report with our electrical team this morning. Routing, labels and the sleeve lengths are as on drawing FER-447-EL-0122 rev D, the pull-out values are well above EN 60352-2.

Looks good - go ahead!

Saludos,
Lucia Fernandez
Ingenieria Electrica / Electrical Engineering
Ferrotren Servicios S.A. - Taller de Sagunto
+34 96 265 80 41

""" + quote(_p19_m2 + "\n\n" + quote(_p19_m1)) + "\n"
_p19 = mail("Lucia Fernandez <l.fernandez@ferrotren.es>", "Jana Horakova <j.horakova@elektrokab.cz>",
            "RE: RE: PO 4700022810 - door control harness DCH-2", "Mon, 17 Jun 2024 09:14:00 +0200", _p19_txt,
            cc="Jordi Puig <j.puig@ferrotren.es>", in_reply_to="<EK-22810-0002@elektrokab.cz>")
case("p19_engineer_looks_good_go_ahead", ["RG002"],
     "Thread with complete scope (3 FAI, 57 held, FAI sign-off + release note by Jordi Puig); engineer replies 'Looks good - go ahead!' naming no quantity or sample-only.",
     [("RE_RE_PO_4700022810_DCH-2.eml", eml_bytes(_p19))])

# ------------------------------------------------------------------ p20
_p20 = """Microsoft Teams - chat export
Chat: SCRM / Hengtai - gangway footplates
Exported: 28/06/2024 09:12
------------------------------------------------------------

[17/06/2024 11:05] Liam O'Connor (SCRM)
Morning Lily. Just so we're all clear on PO SCR-PO-24-0990: it's for the 2 FAI gangway footplates only. The other 30 aren't released until we've signed off the FAI here and Sarah Whitfield sends you a written release.

[17/06/2024 11:20] Lily Chen (Hengtai)
Noted Liam, thanks. 2 pcs FAI only. Will share test report of anti-slip coating when ready.

[26/06/2024 16:48] Lily Chen (Hengtai)
Hi Liam, anti-slip test report (DIN 51130, R11) uploaded to Files, plus photos of the 2 footplates and the flatness check.

[27/06/2024 08:31] Liam O'Connor (SCRM)
Had a look with Nathan this morning - green light from our side 👍

[27/06/2024 08:40] Lily Chen (Hengtai)
Thank you Liam! 😊

[27/06/2024 08:41] Lily Chen (Hengtai)
Shipping by air Monday, AWB will follow.
"""
case("p20_teams_green_light_emoji", ["RG002"],
     "Chat sets full scope (2 FAI, 30 held, FAI sign-off + written release by Sarah Whitfield); later buyer posts 'green light from our side' with no quantity or sample-only.",
     [("Teams_chat_gangway_footplates.txt", _p20)])

# ------------------------------------------------------------------ p21
_p21_po = pdf([
    ("h1", "PURCHASE ORDER 4500321890"),
    ("p", "Rheinland Schienenfahrzeuge GmbH - Werk Krefeld - 47800 Krefeld - Germany"),
    ("p", "Supplier: Kablex Sp. z o.o., ul. Kolejowa 7, 62-200 Gniezno, Poland - supplier no. 300633"),
    ("p", "PO date: 06.05.2024   Buyer: Katrin Hollmann"),
    ("table", [
        ["Item", "Material no. / description", "Qty", "Unit", "Unit price EUR", "Delivery"],
        ["10", "RS-EL-1212 Door harness DH-12, rev C - FAI sets", "2", "SET", "1.260,00", "CW 23/2024"],
    ]),
    ("sp",),
    ("p", "This order releases 2 (two) FAI sets only. The 58 series sets of project RS-IC 2025 are not released. "
          "They are released only after FAI sign-off at hold point HP-2 and a written release note signed by "
          "Stefan Albers, Procurement Manager Project Purchasing. Material authority: sample-only."),
], title="PO 4500321890", author="Rheinland Schienenfahrzeuge GmbH")
_p21_letter = pdf([
    ("p", "Rheinland Schienenfahrzeuge GmbH - Supplier Quality - Uerdinger Str. 410 - 47800 Krefeld"),
    ("p", "Kablex Sp. z o.o.  -  Ms. Agnieszka Nowak  -  ul. Kolejowa 7  -  62-200 Gniezno  -  Poland"),
    ("p", "Krefeld, 14.06.2024"),
    ("h", "Approval - door harness DH-12 - PO 4500321890"),
    ("p", "Dear Ms. Nowak,"),
    ("p", "with reference to your first article inspection report FAI-KB-24-118 of 10.06.2024, and following "
          "the commercial approval of your revised price sheet PS-DH12-03 by our management on 12.06.2024, we "
          "hereby grant approval for the door harness DH-12 (drawing RS-EL-1212 rev C)."),
    ("p", "The findings of the FAI (label position, heat-shrink length at connector X4) were closed with your "
          "corrective action report of 11.06.2024."),
    ("p", "Yours faithfully,"),
    ("p", "Dr. Matthias Brenner, Head of Supplier Quality          Katrin Hollmann, Project Purchasing"),
], title="Approval DH-12", author="Rheinland Schienenfahrzeuge GmbH")
case("p21_formal_approval_letter_two_files", ["RG002", "RG009"],
     "Two files: PO with complete scope (2 FAI, 58 held, HP-2 + release note by Stefan Albers); letter 'hereby grant approval for the door harness' unscoped, and 'approval' also means commercial price approval.",
     [("PO_4500321890_DH-12.pdf", _p21_po), ("Approval_letter_DH-12.pdf", _p21_letter)])

# ------------------------------------------------------------------ p24
_p24_m1 = """From: Julien Marchetti <j.marchetti@afl-rail.fr>
Sent: 02 May 2024 14:20
To: R. Subramanian
Subject: PO 7200015688 - door-pillar handrails AFL-HR-410

Hello Mr. Subramanian,
PO 7200015688 is for 4 (four) FAI sets of the door-pillar handrail AFL-HR-410.
The remaining 76 sets are not released. They can be released only after the FAI sign-off by Claire Dubois (Quality) and a written release note signed by Helene Roussel, Head of Project Purchasing.
Best regards, Julien"""
_p24_m2 = """From: Julien Marchetti <j.marchetti@afl-rail.fr>
Sent: 25 June 2024 18:02
To: R. Subramanian
Cc: Claire Dubois
Subject: RE: PO 7200015688 - FAI report

Hello Mr. Subramanian,
FAI report reviewed with Claire. FAI OK, proceed.
Regards, Julien"""
_p24_txt = """Dear Julien sir,

Thank you very much for the FAI clearance, our team is very happy.

We take this as the go-ahead for series and will start the remaining 76 sets from Monday, 1st July, so that sea shipment can be made by end of August. Tube bending and welding capacity is booked.

Kindly arrange the revised delivery schedule for the 76 sets at your convenience.

With warm regards,
R. Subramanian
Marketing Manager
Sri Venkateswara Precision Components
SF No. 212, Kurichi Industrial Estate, Coimbatore 641021
Ph: +91 422 267 3390

""" + quote(_p24_m2 + "\n\n" + quote(_p24_m1)) + "\n"
_p24 = mail("R. Subramanian <subramanian@svpc.co.in>", "Julien Marchetti <j.marchetti@afl-rail.fr>",
            "RE: RE: PO 7200015688 - FAI report", "Wed, 26 Jun 2024 10:15:00 +0530", _p24_txt,
            in_reply_to="<AFL-15688-0002@afl-rail.fr>")
case("p24_fai_ok_proceed_taken_as_series", ["RG002", "RG007"],
     "Buyer's quoted 'FAI OK, proceed.' is unscoped; supplier takes it as go-ahead for the 76 series sets despite the written release requirement (scope otherwise complete).",
     [("RE_RE_PO_7200015688_FAI.eml", eml_bytes(_p24))])

# ------------------------------------------------------------------ p62
_p62_q = """From: Liam O'Connor <liam.oconnor@scrm.com.au>
Sent: Thursday, 9 May 2024 2:15 PM
To: Petr Dvorak
Subject: PO SCR-PO-24-1004 - FAI wall panels

G'day Petr,
PO SCR-PO-24-1004 attached - it's for the 4 (four) FAI saloon wall panels.
The remaining 68 panels are not released until we've signed off the FAI here in Ballarat and Sarah Whitfield (Procurement Lead) sends you a written release.
30% deposit on the PO value as per your terms.
Cheers, Liam"""
_p62_txt = """Hi Petr,

Deposit's gone through this morning (remittance advice attached to the earlier mail), so you're clear to get cracking on the panels.

And for next year: our forecast of 18 trainsets for the 2025/26 overhaul programme is locked in - you can treat it as an order and plan your capacity on it.

Cheers,
Liam O'Connor
Senior Buyer
Southern Cross Rail Maintenance Pty Ltd
14 Gillies Street North, Ballarat VIC 3350
+61 3 5320 8817

""" + quote(_p62_q) + "\n"
_p62 = mail("Liam O'Connor <liam.oconnor@scrm.com.au>", "Petr Dvorak <p.dvorak@moravia-interiors.cz>",
            "RE: PO SCR-PO-24-1004 - FAI wall panels", "Tue, 21 May 2024 10:05:00 +1000", _p62_txt,
            in_reply_to="<SCR-1004-0001@scrm.com.au>")
case("p62_deposit_clear_to_get_cracking", ["RG002", "RG008", "RG012"],
     "Buyer: deposit paid 'so you're clear to get cracking on the panels' (payment as go, no quantity) and 2025/26 forecast 'locked in, treat it as an order'; quoted scope otherwise complete.",
     [("RE_PO_SCR-PO-24-1004_panels.eml", eml_bytes(_p62))])

# ------------------------------------------------------------------ p25
_p25_q = """From: Katrin Hollmann <katrin.hollmann@rheinland-sf.de>
Sent: Tuesday, 7 May 2024 10:30
To: Mehmet Yilmaz
Subject: PO 4500321950 - gangway bellows frame GBF-90

Dear Mr. Yilmaz,
PO 4500321950 covers 2 (two) FAI gangway bellows frames GBF-90.
The remaining 38 frames are not released until the type test has been passed and Stefan Albers, Procurement Manager, has issued the written release note.
Material authority: sample-only.
Kind regards, Katrin Hollmann"""
_p25_txt = """Dear Mrs. Hollmann,

I hope you are well. A short status on GBF-90:

- The 2 FAI frames are welded and in powder coating, shipment planned for 21 June.
- Our aluminium supplier in Kocaeli had one mill slot left before October. To protect your series schedule we have secured the extrusions (6082-T6, profile ARS-P-0917) for the complete 40 frames in that slot. The profiles arrived last week and are stored uncut in our warehouse.
- The type test sample for the bellows material was sent to the lab on 5 June.

We will be happy to welcome you for the FAI in Bursa if you wish.

Saygilarimla / Best regards,
Mehmet Yilmaz
Export Sales Manager
Anadolu Rayli Sistemler San. ve Tic. A.S.
OSB 3. Cadde No: 21, 16140 Nilufer / Bursa
+90 224 411 37 20

""" + quote(_p25_q) + "\n"
_p25 = mail("Mehmet Yilmaz <m.yilmaz@anadolu-rayli.com.tr>", "Katrin Hollmann <katrin.hollmann@rheinland-sf.de>",
            "RE: PO 4500321950 - gangway bellows frame GBF-90", "Mon, 10 Jun 2024 15:40:00 +0300", _p25_txt,
            in_reply_to="<RS-21950-0001@rheinland-sf.de>")
case("p25_extrusions_for_complete_40", ["RG006"],
     "Quoted scope complete and sample-only material authority; supplier has 'secured the extrusions for the complete 40 frames' while only 2 are released.",
     [("RE_PO_4500321950_GBF-90.eml", eml_bytes(_p25))])

# ------------------------------------------------------------------ p26
_p26_po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4700022933"),
    ("p", "Ferrotren Servicios S.A. - Compras - Calle de Alcala 265, 28027 Madrid"),
    ("p", "Supplier: Kablex Sp. z o.o., ul. Kolejowa 7, 62-200 Gniezno, Poland"),
    ("p", "Date: 27.05.2024     Buyer: Marta Ortega, Jefa de Compras"),
    ("table", [
        ["Pos.", "Material", "Description", "Qty", "Price EUR"],
        ["10", "FER-470-CH-01", "Cab harness CH-470, FAI sets, drawing FER-470-EL-0301 rev A", "3 sets", "2.140,00"],
    ]),
    ("sp",),
    ("p", "This order releases 3 (three) FAI sets. The remaining 21 sets of the series 470 project are not "
          "released; they can be released only after the FAI sign-off in Sagunto and a written release note "
          "signed by Marta Ortega, Head of Purchasing."),
    ("p", "Material authority: sample-only (3 sets)."),
    ("p", "Delivery DAP Sagunto, week 30/2024."),
], title="PO 4700022933", author="Ferrotren Servicios")
_p26_mrp = """KABLEX Sp. z o.o.  -  ERP  -  ZAPOTRZEBOWANIE MATERIALOWE / MATERIAL REQUIREMENTS
Wydruk / printed: 05.06.2024 06:50                       user: PLAN02
==================================================================================
Zlecenie klienta / customer order : ZK-24-0611   Klient: FERROTREN SERVICIOS S.A.
Zamowienie klienta / customer PO  : 4700022933
Wyrob / product                   : CH-470 cab harness (FER-470-CH-01 rev A)
Ilosc zamowiona / ordered qty     : 4 sets (FAI)
Ilosc projektu / project qty      : 24 sets
----------------------------------------------------------------------------------
Material                       Need/set   Basis      Need total  Status
----------------------------------------------------------------------------------
Cable EN 50264-3-1 1x1.5       412 m      24 sets     9.888 m    PO to supplier sent
Cable EN 50264-3-1 1x2.5        96 m      24 sets     2.304 m    PO to supplier sent
Connector Harting Han 24E        6 pcs    24 sets       144 pcs  PO to supplier sent
Backshell M32x1.5                6 pcs    24 sets       144 pcs  PO to supplier sent
Sleeve DR-25 (m)                38 m      24 sets       912 m    on stock, reserved
----------------------------------------------------------------------------------
Uwagi / remarks: material planned for full project qty to use the Harting
price break (>= 120 pcs). Production order PR-24-0877 for FAI sets only.
Planner: K. Zielinska
"""
case("p26_po_plus_supplier_mrp_two_files", ["RG006", "RG011"],
     "Two files: PO releases 3 FAI sets, sample-only material; supplier ERP books the order as 4 sets and buys cable/connectors for all 24 sets.",
     [("Pedido_4700022933.pdf", _p26_po), ("Kablex_MRP_ZK-24-0611.txt", _p26_mrp)])

# ------------------------------------------------------------------ p27
_p27 = """03/06/2024, 08:12 - Liam O'Connor SCRM: Morning Tomasz. PO SCR-PO-24-0979 is for the 12 FAI handrails only
03/06/2024, 08:13 - Liam O'Connor SCRM: the other 468 stay on hold until we sign off the FAI in Ballarat and Sarah Whitfield sends the written release
03/06/2024, 08:20 - Tomasz Metalplast: Good morning Liam, understood, 12 pcs FAI
03/06/2024, 08:21 - Tomasz Metalplast: drawing SCR-HR-1120 rev 3 ok
18/06/2024, 14:02 - Tomasz Metalplast: Hi Liam, good news 😊 steel tubes for all handrails arrived today
18/06/2024, 14:02 - Tomasz Metalplast: 480 pcs worth, 42 mm x 2 mm, 1.4301, stored in hall 2
18/06/2024, 14:03 - Tomasz Metalplast: only the 12 FAI in production of course
18/06/2024, 14:03 - Tomasz Metalplast: <Media omitted>
18/06/2024, 14:30 - Liam O'Connor SCRM: ok, when do the 12 ship?
18/06/2024, 14:41 - Tomasz Metalplast: friday by DHL, tracking tomorrow
"""
case("p27_whatsapp_tubes_for_all_480", ["RG006"],
     "Chat scope complete (12 FAI, 468 held, FAI sign-off + written release by Sarah Whitfield); supplier reports tubes for all 480 handrails delivered and stored.",
     [("WhatsApp_Chat_Metalplast_SCRM.txt", _p27)])

# ------------------------------------------------------------------ p28
_p28 = docx_bytes([
    ("h1", "Production plan - PP-24-031"),
    ("p", "Kablex Sp. z o.o. - Gniezno - Customer: Rheinland Schienenfahrzeuge GmbH - project RS-IC 2025"),
    ("p", "Product: saloon lighting harness SLH-14, customer PO 4500322104. Issue 2, 17.06.2024."),
    ("table", [
        ["Step", "Quantity", "Planned", "Status"],
        ["FAI sets released by customer", "4 sets", "CW 24", "in production"],
        ["Cable and connectors purchased", "40 sets", "CW 23", "received, on stock"],
        ["Pre-cut cable bundles", "40 sets", "CW 26", "planned"],
        ["FAI at customer (HP-2)", "-", "CW 27", "planned"],
        ["Series production, 36 sets", "36 sets", "FAI approval date + 3 working days", "not yet released by customer - automatic start"],
        ["Series delivery", "36 sets", "CW 30-33", "planned"],
    ]),
    ("sp",),
    ("p", "Planning note: the 36 series sets are not yet released by the customer. Series production starts "
          "automatically three working days after the customer's FAI "
          "approval, so that the CW 30 delivery window can be met. Material for the full project is already on "
          "stock to secure this."),
    ("p", "Prepared: A. Nowak, Project Manager     Checked: M. Lewandowski, Production Manager"),
], author="Kablex")
case("p28_supplier_plan_auto_start_docx", ["RG006", "RG007"],
     "Supplier plan: 4 sets released but cable/connectors for 40 bought; series of 36 planned to start automatically after FAI approval.",
     [("Kablex_production_plan_PP-24-031.docx", _p28)])

# ------------------------------------------------------------------ p29
_p29_q = """From: Katrin Hollmann <katrin.hollmann@rheinland-sf.de>
Sent: Wednesday, 22 May 2024 13:05
To: Jana Horakova
Subject: PO 4500322010 - inter-car jumper harness ICJ-5

Dear Ms. Horakova,
PO 4500322010 covers 2 (two) FAI sets of the inter-car jumper harness ICJ-5 for trainset 1.
The 18 sets for trainsets 2 to 10 are not released. They will be released after the FAI sign-off at hold point HP-2 by a written release note from Stefan Albers, Procurement Manager.
Material authority: sample-only.
Kind regards, Katrin Hollmann"""
_p29_txt = """Hello Ms. Horakova,

I am the material planner for the RS-IC 2025 harnesses, Katrin asked me to coordinate the dates with you.

To protect the lead time, please order the cable and the Harting connectors for trainsets 2 to 10 now as well. This is not an official material authority yet - we'll sort out the paperwork later. The production release stays as it is (only the 2 FAI sets for trainset 1).

Could you send me the confirmed arrival week of the connectors?

Thanks and regards
Jens Kowalczyk
Materialdisposition / Material Planning
Rheinland Schienenfahrzeuge GmbH, Krefeld
+49 2151 8830-451

""" + quote(_p29_q) + "\n"
_p29 = mail("Jens Kowalczyk <jens.kowalczyk@rheinland-sf.de>", "Jana Horakova <j.horakova@elektrokab.cz>",
            "WG: PO 4500322010 - inter-car jumper harness ICJ-5", "Thu, 06 Jun 2024 08:50:00 +0200", _p29_txt)
case("p29_planner_asks_material_paperwork_later", ["RG006"],
     "Quoted scope complete with sample-only material; buyer's planner asks supplier to buy cable/connectors for trainsets 2-10 'paperwork later' - no explicit material authority.",
     [("WG_PO_4500322010_ICJ-5.eml", eml_bytes(_p29))])

# ------------------------------------------------------------------ p32
_p32_q = """From: Julien Marchetti <j.marchetti@afl-rail.fr>
Sent: 10 June 2024 11:00
To: R. Subramanian
Subject: PO 7200015702 - vertical grab poles AFL-GP-180

Dear Mr. Subramanian,
PO 7200015702 is for 5 (five) sample grab poles AFL-GP-180.
The remaining 195 poles are not released. They will be released only after the FAI sign-off by Claire Dubois and a written release note from Helene Roussel, Head of Project Purchasing.
Advance payment: 20% of the value of the 5 samples, as agreed.
Regards, Julien Marchetti"""
_p32_txt = """Dear Sir,

Greetings from SVPC!

We are in receipt of your advance payment, thank you.

Since the advance is received, bulk production is planned from 15th July, and raw material (SS304 tube OD 38 x 1.5) for 200 nos has been procured to avoid the price increase announced by the mill from 1st July.

Samples will be ready for inspection on 28th June.

Thanking you,
R. Subramanian
Marketing Manager
Sri Venkateswara Precision Components, Coimbatore
Ph: +91 422 267 3390

""" + quote(_p32_q) + "\n"
_p32 = mail("R. Subramanian <subramanian@svpc.co.in>", "Julien Marchetti <j.marchetti@afl-rail.fr>",
            "RE: PO 7200015702 - vertical grab poles AFL-GP-180", "Mon, 17 Jun 2024 12:30:00 +0530", _p32_txt,
            in_reply_to="<AFL-15702-0001@afl-rail.fr>")
case("p32_advance_received_bulk_and_material", ["RG006", "RG012"],
     "Quoted scope complete (5 samples, 195 held, FAI sign-off + release note by Helene Roussel); supplier plans bulk because advance received and buys tube for 200.",
     [("RE_PO_7200015702_grab_poles.eml", eml_bytes(_p32))])

# ------------------------------------------------------------------ p33
_p33_q = """From: Jordi Puig <j.puig@ferrotren.es>
Sent: Monday, 10 June 2024 08:40
To: Petr Dvorak
Subject: PO 4700023011 - partition panels PP-470

Hello Petr,
PO 4700023011 covers 2 (two) FAI partition panels PP-470.
The remaining 46 panels are not released. They will be released only after the FAI sign-off in Sagunto and a written release note from me.
Regards, Jordi Puig"""
_p33_txt = """Hello Jordi,

thank you, all clear for the 2 FAI panels. They will be ready in week 27; I will send photos before packing.

To keep the delivery plan for the 470 fleet: once your FAI sign-off comes through, we will carry straight on with the remaining 46 panels - no need to send us anything else, we know how busy you are before the summer. Our press has capacity reserved from week 29.

Best regards
Petr Dvorak
Key Account Manager
Moravia Interiors s.r.o.
Hulinska 2260, 767 01 Kromeriz
+420 573 335 118

""" + quote(_p33_q) + "\n"
_p33 = mail("Petr Dvorak <p.dvorak@moravia-interiors.cz>", "Jordi Puig <j.puig@ferrotren.es>",
            "RE: PO 4700023011 - partition panels PP-470", "Tue, 11 Jun 2024 07:55:00 +0200", _p33_txt,
            in_reply_to="<FER-23011-0001@ferrotren.es>")
case("p33_carry_straight_on_after_signoff", ["RG007"],
     "Quoted scope complete (2 FAI, 46 held, FAI sign-off + written release by Jordi Puig); supplier will 'carry straight on' with the 46 once sign-off comes, 'no need to send anything else'.",
     [("RE_PO_4700023011_PP-470.eml", eml_bytes(_p33))])

# ------------------------------------------------------------------ p34
_p34_po = pdf([
    ("h1", "PURCHASE ORDER 4500322188"),
    ("p", "Rheinland Schienenfahrzeuge GmbH - Werk Krefeld - 47800 Krefeld - Germany"),
    ("p", "Supplier: Anadolu Rayli Sistemler San. ve Tic. A.S., OSB 3. Cadde No: 21, 16140 Nilufer / Bursa, Turkiye"),
    ("p", "PO date: 15.05.2024   Buyer: Katrin Hollmann"),
    ("table", [
        ["Item", "Material no. / description", "Qty", "Unit", "Unit price EUR", "Delivery"],
        ["10", "RS-GW-0092 Gangway bellows GB-92, FAI", "2", "PC", "3.880,00", "CW 26/2024"],
    ]),
    ("sp",),
    ("p", "This order covers 2 (two) FAI bellows only. The 26 series bellows are not released. Release of the "
          "series requires (1) the EN 45545-2 fire test report for the bellows material, (2) FAI sign-off at HP-2 "
          "and (3) a written release note signed by Stefan Albers, Procurement Manager. Material authority: sample-only."),
], title="PO 4500322188", author="Rheinland Schienenfahrzeuge GmbH")
_p34_txt = """Dear Mr. Yilmaz,

thank you for sending the FAI bellows on time. The dimensional check and the fitting on car 2501 were fine, and we have signed off the FAI at HP-2 yesterday. The PO is attached again for reference.

The only open item is the fire test. As soon as the EN 45545-2 HL2 report for the bellows material is in, you can simply continue with the series - the release note is just a formality and will follow whenever Stefan finds the time.

Please send the report to me and to Katrin directly when you have it.

Mit freundlichen Gruessen / Best regards
Nina Schaefer
Supplier Quality Engineer
Rheinland Schienenfahrzeuge GmbH
Uerdinger Str. 410, 47800 Krefeld
+49 2151 8830-362
"""
_p34 = mail("Nina Schaefer <nina.schaefer@rheinland-sf.de>", "Mehmet Yilmaz <m.yilmaz@anadolu-rayli.com.tr>",
            "GB-92 bellows - FAI signed off / fire test", "Thu, 27 Jun 2024 16:20:00 +0200", _p34_txt,
            cc="Katrin Hollmann <katrin.hollmann@rheinland-sf.de>",
            attachments=[("PO_4500322188.pdf", _p34_po, PDF_MT)])
case("p34_quality_engineer_release_is_formality", ["RG007"],
     "Attached PO needs fire test + FAI + release note by Stefan Albers; buyer's quality engineer says continue with the series once the fire report is in, release note 'just a formality'.",
     [("GB-92_FAI_signed_off.eml", eml_bytes(_p34))])

# ------------------------------------------------------------------ p35
_p35 = pdf([
    ("h1", "Project schedule - seat shells FER-447-SS-01"),
    ("p", "Kalyani Interior Systems Pvt. Ltd., Chakan MIDC, Pune - for Ferrotren Servicios S.A. - revision 3, 20.06.2024"),
    ("table", [
        ["No.", "Activity", "Start", "Finish", "Remarks"],
        ["1", "Mould modification for rev A", "03.06.2024", "21.06.2024", "done"],
        ["2", "Sample moulding (6 shells)", "24.06.2024", "28.06.2024", "in progress"],
        ["3", "Sample despatch by air", "08.07.2024", "08.07.2024", "AWB to follow"],
        ["4", "Sample inspection at Sagunto", "15.07.2024", "19.07.2024", "by Ferrotren"],
        ["5", "Series production start", "sample approval + 3 working days", "-", "starts automatically on Ferrotren sample approval"],
        ["6", "Series despatch, lot 1", "approx. 16.08.2024", "-", "sea freight Nhava Sheva - Valencia"],
    ]),
    ("sp",),
    ("p", "Note: to meet the rake delivery plan, series moulding will begin three working days after Ferrotren's "
          "sample approval without waiting for any further document."),
    ("p", "Prepared by: Amit Deshpande, Manager - Exports"),
], title="Project schedule FER-447-SS-01", author="Kalyani Interior Systems")
case("p35_supplier_schedule_auto_series_pdf", ["RG007"],
     "Supplier schedule table: series production starts automatically 3 working days after sample approval, without waiting for any further document.",
     [("KIS_project_schedule_rev3.pdf", _p35)])

# ------------------------------------------------------------------ p36
_p36 = """Microsoft Teams - chat export
Chat: AFL / Metalplast - seat frames Regio 2N
Exported: 14/06/2024 18:05
------------------------------------------------------------

[03/06/2024 09:12] Julien Marchetti (AFL)
Bonjour Tomasz, release note RN-AFL-24-055 is signed by Helene Roussel: 24 seat frames released for trainsets 1-3. The remaining 72 stay on hold until the interim FAI findings are closed and Helene Roussel signs a further release note.

[03/06/2024 09:30] Tomasz Wisniewski (Metalplast)
Thank you Julien. We start the frames this week.

[12/06/2024 16:40] Julien Marchetti (AFL)
Tomasz, as said, 20 frames are released - please confirm your welding plan.

[12/06/2024 16:52] Tomasz Wisniewski (Metalplast)
Welding plan: 8 frames per week, CW 24-26. For the rest: we will treat the sign-off of the corrected FAI as the go for the 72, unless you tell us otherwise. Saves us both time.

[12/06/2024 17:05] Julien Marchetti (AFL)
ok, thanks. Claire will do the FAI re-inspection in Bydgoszcz on 26/06.

[12/06/2024 17:06] Tomasz Wisniewski (Metalplast)
Perfect, we book the hotel for her.
"""
case("p36_teams_24_vs_20_and_fai_as_go", ["RG007", "RG011"],
     "Buyer says 24 frames released (RN-AFL-24-055), later 'as said, 20 frames are released'; supplier will treat FAI sign-off as the go for the 72 and the buyer does not object.",
     [("Teams_chat_AFL_Metalplast_frames.txt", _p36)])

# ------------------------------------------------------------------ p38
_p38 = pdf([
    ("h1", "QUOTATION HT-Q-2406-207"),
    ("p", "Ningbo Hengtai Rail Parts Co., Ltd. - No. 88 Jinhai Road, Beilun, Ningbo 315800, China"),
    ("p", "To: Ferrotren Servicios S.A., Compras, Calle de Alcala 265, 28027 Madrid - attn. Mr. Jordi Puig"),
    ("p", "Date: 18.06.2024     Product: luggage rack bracket FER-470-LRB-03, aluminium die casting, drawing rev B"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
        ["1", "Samples (T1 castings, machined, anodised)", "10 pcs", "38.00", "35 days"],
        ["2", "Mass production", "per your release", "11.20", "45 days"],
        ["3", "Die casting mould, 2 cavities", "1 set", "14,500.00", "40 days"],
    ]),
    ("sp",),
    ("h", "Terms and conditions"),
    ("p", "1. Mass production will start automatically upon your approval of the samples; no further purchase "
          "order is needed."),
    ("p", "2. We have registered your annual forecast of 2,400 pcs for 2025 as a firm order and reserved "
          "die casting capacity accordingly."),
    ("p", "3. Payment: mould 50% with order, 50% after sample approval; parts 30 days after B/L date."),
    ("p", "4. Price basis FOB Ningbo. Validity 30 days. Packing: carton on pallet, 120 pcs per carton."),
    ("p", "Kevin Zhang, Sales Manager, Export Dept."),
], title="HT-Q-2406-207", author="Ningbo Hengtai Rail Parts")
case("p38_quote_terms_auto_mass_and_forecast_firm", ["RG007", "RG008"],
     "Supplier quote terms: mass production starts automatically on sample approval, and the 2025 forecast of 2,400 pcs is registered as a firm order.",
     [("HT-Q-2406-207_quotation.pdf", _p38)])

# ------------------------------------------------------------------ p39
_p39 = docx_bytes([
    ("h1", "Quality Assurance Plan QAP/DCW/SS/07"),
    ("p", "Deccan Coach Works Pvt. Ltd. - Item: FRP seat shell, drg DCW-SS-0907 rev B - Vendor: Kalyani Interior Systems Pvt. Ltd., Pune"),
    ("p", "PO: DCW/PO/24-25/0530     QAP rev 0, 12-06-2024"),
    ("h", "1. Quantities"),
    ("p", "Sample quantity 5 nos is released under PO DCW/PO/24-25/0530. Balance 245 nos (total 250 nos) is on hold. "
          "The balance will be released by a written release letter from Ms. Priya Nair, Sr. Manager - Sourcing, "
          "after sample clearance."),
    ("h", "2. Stage-wise inspection"),
    ("table", [
        ["Stage", "Characteristic", "Method", "Sign-off", "Next step"],
        ["1", "Raw material (resin, glass mat, gelcoat)", "TC review", "Vendor QA", "moulding of samples"],
        ["2", "Sample moulding - thickness, weight, Barcol", "measurement", "Vendor QA", "sample despatch"],
        ["3", "Sample inspection at DCW", "dimensional + fit on coach", "DCW QA (Mr. Venu Gopal)", "bulk production commences on sample clearance"],
        ["4", "Bulk - 1 in 25 lot sampling", "dimensional, visual", "DCW QA at vendor works", "despatch"],
    ]),
    ("sp",),
    ("p", "3. Fire performance: EN 45545-2 HL2 / R6 test report from NABL-accredited lab before bulk despatch."),
    ("p", "Prepared: Venu Gopal (QA)     Reviewed: Priya Nair (Sourcing)"),
], author="Deccan Coach Works")
case("p39_qap_stage_table_bulk_on_clearance", ["RG007"],
     "QAP text requires a written release letter from Priya Nair for the 245, but its stage table says bulk production commences on sample clearance.",
     [("QAP_DCW_SS_07.docx", _p39)])

# ------------------------------------------------------------------ p40
_p40 = pdf([
    ("h1", "LIEFERABRUF / CALL-OFF 7"),
    ("p", "Rheinland Schienenfahrzeuge GmbH - Werk Krefeld - Scheduling agreement 5500004471"),
    ("p", "Supplier: ElektroKab a.s., Prumyslova 1180, 709 00 Ostrava, Czech Republic"),
    ("p", "Part: 3EGM-400-118 under-frame harness UFH-11     Issued: 24.06.2024 by Katrin Hollmann, Project Purchasing"),
    ("table", [
        ["Zone", "Weeks", "Sets", "Status"],
        ["Firm zone", "CW 27-30", "12", "released for production"],
        ["Forecast zone", "CW 31-52", "96", "forecast - binding commitment of Rheinland"],
    ]),
    ("sp",),
    ("p", "Only the firm zone (12 sets) is released for production by this call-off. Quantities beyond the firm "
          "zone are released only by the next call-off, issued by Katrin Hollmann."),
    ("p", "The forecast zone is Rheinland's firm commitment: please treat the 96 sets as ordered in your capacity "
          "and sales planning."),
    ("p", "Delivery DAP Krefeld, gate 3. Cumulative quantity received to date: 84 sets."),
], title="Call-off 7 SA 5500004471", author="Rheinland Schienenfahrzeuge GmbH")
case("p40_calloff_forecast_zone_binding", ["RG008"],
     "Call-off releases 12 firm-zone sets with next call-off by Katrin Hollmann, but labels the 96-set forecast zone a binding commitment to be treated as ordered.",
     [("Lieferabruf_7_SA_5500004471.pdf", _p40)])

# ------------------------------------------------------------------ p41
_p41_q = """From: Marta Ortega <m.ortega@ferrotren.es>
Sent: Friday, 31 May 2024 12:10
To: Elif Kaya
Subject: Forecast 2025 - seat covers

Hello Elif,
for your capacity planning: our non-binding forecast for 2025 is approx. 1.600 seat cover sets (series 447 and 470 together). This is not an order.
Best regards, Marta"""
_p41_txt = """Dear Ms. Ortega,

thank you very much for your 2025 forecast (your summary attached again for reference).

We have booked it as your order for 1.600 seat cover sets and reserved the weaving capacity at our partner mill in Denizli for the whole of 2025. Our order confirmation OC-24-0733 for the 1.600 sets will follow from our sales office this week.

This will allow us to keep the price level of 2024 for you.

Saygilarimla / Kind regards,
Elif Kaya
Export Department
Bursa Koltuk Tekstil Ltd. Sti.
Demirtas OSB, Bursa, Turkiye
+90 224 261 48 07

""" + quote(_p41_q) + "\n"
_p41_fc = html_page("Forecast 2025 - seat covers", """
<h3>Ferrotren Servicios S.A. - forecast 2025 - seat cover sets (copy for Bursa Koltuk Tekstil)</h3>
<p class="note">Non-binding forecast for capacity planning. Not an order.</p>
<table>
<tr><th>Series</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Total 2025</th></tr>
<tr><td>447</td><td>240</td><td>240</td><td>240</td><td>180</td><td>900</td></tr>
<tr><td>470</td><td>120</td><td>180</td><td>200</td><td>200</td><td>700</td></tr>
<tr><td><b>Total</b></td><td>360</td><td>420</td><td>440</td><td>380</td><td><b>1.600</b></td></tr>
</table>
""")
_p41 = mail("Elif Kaya <elif.kaya@bursakoltuk.com.tr>", "Marta Ortega <m.ortega@ferrotren.es>",
            "RE: Forecast 2025 - seat covers", "Mon, 03 Jun 2024 10:30:00 +0300", _p41_txt,
            html=html_from_text(_p41_txt), in_reply_to="<FER-FC25-0001@ferrotren.es>",
            attachments=[("forecast_2025_seat_covers.html", _p41_fc, "text/html")])
case("p41_supplier_books_forecast_as_order", ["RG008"],
     "Buyer's non-binding forecast of 1.600 sets is booked by the supplier 'as your order' with an order confirmation to follow.",
     [("RE_Forecast_2025_seat_covers.eml", eml_bytes(_p41))])

# ------------------------------------------------------------------ p61
_p61_q = """From: S. Krishnan <s.krishnan@deccancoach.in>
Sent: 04 June 2024 11:20
To: Kevin Zhang
Subject: PO DCW/IMP/24-25/011 - luggage rack brackets

Dear Mr. Kevin,
Our PO DCW/IMP/24-25/011 is released for 5 nos sample luggage rack brackets only.
Balance 395 nos is not released till sample clearance at Hyderabad and written release from undersigned.
LC for the contract value will be opened as per our import procedure. LC opening does not authorise production of the balance.
Regards, S. Krishnan, DGM - Purchase"""
_p61_txt = """Dear Mr. Krishnan,

Good day!

We are pleased to inform you that your LC no. 0011IMP240877 for the full contract value has been received through Bank of China, Ningbo branch. Thank you.

As the LC is established, we have commenced mass production so that all 400 pcs can be shipped together with the samples and you can save freight.

Also, we have registered your forecast for FY 2025-26 (2,000 pcs) as firm order in our system, so the price will be kept.

Best regards
Kevin Zhang
Sales Manager, Export Dept.
Ningbo Hengtai Rail Parts Co., Ltd.
Tel +86 574 8618 2260

""" + quote(_p61_q) + "\n"
_p61 = mail("Kevin Zhang <kevin.zhang@hengtai-rail.cn>", "S. Krishnan <s.krishnan@deccancoach.in>",
            "RE: PO DCW/IMP/24-25/011 - luggage rack brackets - LC received", "Wed, 19 Jun 2024 14:45:00 +0800", _p61_txt,
            in_reply_to="<DCW-IMP-011-0001@deccancoach.in>")
case("p61_lc_established_mass_production", ["RG008", "RG012"],
     "Quoted scope complete (5 samples, 395 held till clearance + written release by S. Krishnan); supplier starts mass production because the LC is established and books the FY25-26 forecast as firm order.",
     [("RE_PO_DCW_IMP_011_LC.eml", eml_bytes(_p61))])

# ------------------------------------------------------------------ p47
_p47_txt = """Hi Agnieszka,

quick status on the door harness DH-7 (PO SCR-PO-24-1033):

- Drawing DH-7 rev C has been approved by our engineering last week.
- The PO has been approved by finance on Monday, so the 3 FAI sets on it are good to invoice when shipped.
- The 3 FAI sets you sent are approved for the fit check on car 1104 only.
- The 45 production sets are still on hold. We'll let you know once they're approved - Sarah Whitfield will send the written release after the FAI sign-off.

Talk soon,
Liam O'Connor
Senior Buyer
Southern Cross Rail Maintenance Pty Ltd
+61 3 5320 8817
"""
_p47 = mail("Liam O'Connor <liam.oconnor@scrm.com.au>", "Agnieszka Nowak <a.nowak@kablex.pl>",
            "DH-7 door harness - where we are", "Thu, 20 Jun 2024 09:30:00 +1000", _p47_txt,
            html=html_from_text(_p47_txt))
case("p47_approved_for_four_things", ["RG009"],
     "'Approved' used for the drawing (technical), the PO by finance (commercial) and 'once they're approved' for the production release; scope itself complete.",
     [("DH-7_door_harness_status.eml", eml_bytes(_p47))])

# ------------------------------------------------------------------ p50
_p50 = html_page("Lieferantenportal - Freigabestatus 4500322260", """
<h2>Rheinland Schienenfahrzeuge GmbH &ndash; Lieferantenportal</h2>
<p>Lieferant: <b>Moravia Interiors s.r.o.</b> (300741) &nbsp;|&nbsp; Bestellung / PO <b>4500322260</b> &nbsp;|&nbsp; Teil: RS-INT-2410 Deckenpaneel / ceiling panel</p>
<h3>Freigabestatus / release status</h3>
<table>
<tr><th>Freigabe / release</th><th>Status</th><th>Datum</th><th>durch / by</th></tr>
<tr><td>Zeichnungsfreigabe / drawing release (rev D)</td><td>erteilt / granted</td><td>02.05.2024</td><td>Konstruktion / Design</td></tr>
<tr><td>Bestellfreigabe / PO release (strategy R2)</td><td>erteilt / granted</td><td>06.05.2024</td><td>K. Hollmann, S. Albers</td></tr>
<tr><td>Produktionsfreigabe / production release</td><td>6 panels (FAI)</td><td>06.05.2024</td><td>S. Albers</td></tr>
<tr><td>Freigabe Serie / series release</td><td>offen / open &ndash; 54 panels on hold</td><td>&ndash;</td><td>Dr. Matthias Brenner</td></tr>
</table>
<p class="note">The 54 series panels are not released. They are released only after the FAI sign-off at hold point HP-2 and a written release note signed by Dr. Matthias Brenner, Head of Supplier Quality.</p>
<p>Projektmenge / project quantity: 60 panels.</p>
""", lang="de")
case("p50_portal_freigabe_three_meanings", ["RG009"],
     "Portal uses 'Freigabe/release' for drawing (technical), PO release strategy (commercial) and production; quantities and hold otherwise complete (6 + 54 = 60).",
     [("Lieferantenportal_Freigabestatus_4500322260.html", _p50)])

# ------------------------------------------------------------------ p51
_p51_rn = pdf([
    ("h1", "RELEASE NOTE RL/DCW/24/017"),
    ("p", "Deccan Coach Works Pvt. Ltd., Hyderabad - Sourcing Department"),
    ("p", "To: Kalyani Interior Systems Pvt. Ltd., Pune     PO: DCW/PO/24-25/0412 (FRP seat shells, 200 nos)"),
    ("p", "Date: 01-07-2024"),
    ("table", [
        ["Item", "Entry"],
        ["Sample sign-off", "5 nos samples signed off by DCW QA on 24-06-2024 (report QA/SS/24/061)"],
        ["Released quantity", "36 nos - rakes 1 and 2 (18 nos per rake)"],
        ["Balance on hold", "159 nos - not released"],
        ["Unlock event for balance", "acceptance of the rake 1 trial run, then a further written release note"],
        ["Release authority", "Priya Nair, Sr. Manager - Sourcing"],
        ["Material authority", "material for the released 36 nos only"],
    ]),
    ("sp",),
    ("p", "Signed: Priya Nair, Sr. Manager - Sourcing"),
], title="RL/DCW/24/017", author="Deccan Coach Works")
_p51_txt = """Dear Amit,

Please find attached release note RL/DCW/24/017 releasing 40 nos seat shells for the first two rakes against PO DCW/PO/24-25/0412.

Kindly plan moulding accordingly and share the despatch schedule. Balance quantity continues to be on hold as per the release note.

Regards,
Priya Nair
Sr. Manager - Sourcing
Deccan Coach Works Pvt. Ltd.
Hyderabad | +91 40 2712 6634
"""
_p51 = mail("Priya Nair <priya.nair@deccancoach.in>", "Amit Deshpande <amit.d@kalyani-interiors.in>",
            "Release note RL/DCW/24/017 - seat shells - rakes 1 & 2", "Mon, 01 Jul 2024 12:10:00 +0530", _p51_txt,
            attachments=[("RL_DCW_24_017.pdf", _p51_rn, PDF_MT)])
case("p51_mail_40_vs_release_note_36", ["RG011"],
     "Mail says the release note releases 40 nos; attached release note releases 36 nos (5 + 36 + 159 = 200).",
     [("Release_note_RL_DCW_24_017.eml", eml_bytes(_p51))])

# ------------------------------------------------------------------ p52
_p52 = docx_bytes([
    ("h1", "PEDIDO DE COMPRA 4700023150"),
    ("p", "Ferrotren Servicios S.A. - Compras - Calle de Alcala 265, 28027 Madrid"),
    ("p", "Proveedor / supplier: Metalplast Bydgoszcz Sp. z o.o., ul. Przemyslowa 14, 85-758 Bydgoszcz, Polonia"),
    ("p", "Fecha: 19.06.2024     Comprador: Marta Ortega, Jefa de Compras"),
    ("p", "Release of pre-series: twelve (12) seat frames FER-470-SF-02 for the pre-series train (unit 470-001)."),
    ("table", [
        ["Pos.", "Material", "Descripcion / description", "Cant. / qty", "Precio EUR", "Entrega"],
        ["10", "FER-470-SF-02", "Seat frame, double, pre-series", "10", "760,00", "semana 33"],
    ]),
    ("sp",),
    ("p", "The remaining 108 frames of the 120-frame project are not released. They will be released only after "
          "the pre-series lot has been accepted at incoming inspection in Sagunto and Marta Ortega has issued a "
          "written release."),
    ("p", "Material authority: material for the pre-series frames only."),
    ("p", "Entrega DAP Sagunto. Soldadura segun EN 15085-2 CL2. Certificados 3.1 segun EN 10204."),
], author="Ferrotren Servicios")
case("p52_twelve_in_text_ten_in_table", ["RG011"],
     "PO text releases 'twelve (12)' pre-series frames (and 108 of 120 remaining) but the line table says 10.",
     [("Pedido_4700023150.docx", _p52)])

# ------------------------------------------------------------------ p53
_p53_po = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER 7200015820"),
    ("p", "Ateliers Ferroviaires de la Loire (AFL) - 12 quai de la Fosse - 44000 Nantes - France"),
    ("p", "Supplier: Ningbo Hengtai Rail Parts Co., Ltd., No. 88 Jinhai Road, Beilun, Ningbo 315800, China"),
    ("p", "Date: 07.06.2024     Buyer: Julien Marchetti"),
    ("table", [
        ["Ligne", "Article", "Qte", "Prix unit. USD", "Livraison"],
        ["10", "AFL-LR-520 luggage rack, aluminium, FAI", "3 sets", "640.00", "S31/2024"],
    ]),
    ("sp",),
    ("p", "This order releases 3 (three) FAI luggage rack sets. The remaining 93 sets of the project are not "
          "released until the FAI has been signed off by Claire Dubois and Helene Roussel, Head of Project "
          "Purchasing, has sent a written release note. Material authority: sample-only."),
    ("p", "Delivery CIP Nantes. Documents: FAI report, EN 10204 3.1 certificates, anodising thickness report."),
], title="PO 7200015820", author="AFL")
_p53_oc = """NINGBO HENGTAI RAIL PARTS CO., LTD.
SALES ORDER CONFIRMATION  SOC-2406-0388                      Date: 2024-06-11
-------------------------------------------------------------------------------
Customer     : ATELIERS FERROVIAIRES DE LA LOIRE (AFL), NANTES, FRANCE
Customer PO  : 7200015820
Contact      : Mr. Julien Marchetti
-------------------------------------------------------------------------------
Item  Part no.     Description                         Qty        Unit price USD
1     AFL-LR-520   Luggage rack, aluminium, FAI        5 sets     640.00
-------------------------------------------------------------------------------
We confirm five (5) FAI sets as per your PO 7200015820.
Total: USD 3,200.00     Delivery: CIP Nantes, ETD Ningbo 2024-07-20
Payment: 30 days after invoice date.
Remark: remaining project quantity not released, waiting for your release note.
Confirmed by: Lily Chen, Sales Assistant
"""
case("p53_po_3_supplier_confirms_5_two_files", ["RG011"],
     "Two files: PO releases 3 FAI sets (scope complete); supplier's order confirmation confirms five (5) FAI sets against the same PO.",
     [("AFL_PO_7200015820.pdf", _p53_po), ("Hengtai_SOC-2406-0388.txt", _p53_oc)])

# ------------------------------------------------------------------ p55
_p55 = pdf([
    ("h1", "LLAMADA / CALL-OFF No. 2"),
    ("p", "Ferrotren Servicios S.A. - Compras - Calle de Alcala 265, 28027 Madrid"),
    ("p", "Supplier: ElektroKab a.s., Prumyslova 1180, 709 00 Ostrava, Czech Republic"),
    ("p", "Framework agreement MA-FER-2024-009: roof harness RH-470, 120 sets in total."),
    ("p", "Date: 25.06.2024     Issued by: Marta Ortega, Jefa de Compras / Head of Purchasing"),
    ("p", "This call-off releases 36 sets for production."),
    ("table", [
        ["Delivery week", "Sets", "Units (470-xxx)"],
        ["CW 32/2024", "10", "470-013 to 470-017"],
        ["CW 34/2024", "10", "470-018 to 470-022"],
        ["CW 36/2024", "10", "470-023 to 470-027"],
        ["Total call-off 2", "30", ""],
    ]),
    ("sp",),
    ("p", "Call-off 1 (12 sets) has been delivered and accepted. The remaining 72 sets of the framework are not "
          "released; the next call-off will be issued by Marta Ortega after acceptance of the call-off 2 lots."),
    ("p", "Material authority: material for the released sets only."),
], title="Call-off 2 MA-FER-2024-009", author="Ferrotren Servicios")
case("p55_calloff_36_header_30_table", ["RG011"],
     "Call-off header releases 36 sets (and 72 remaining of 120 after 12) but the delivery table totals 30 sets.",
     [("Call-off_2_MA-FER-2024-009.pdf", _p55)])

# ------------------------------------------------------------------ p56
_p56_old_txt = """Dear Mr. Wisniewski,

Release note RN-RS-24-044 for seat frame 3EGM-104-220 (PO 4500318842):

- The FAI of the 2 frames was signed off at HP-2 on 28.05.2024.
- Released for production: 8 (eight) seat frames, for cars 2501 and 2502.
- The remaining 230 frames stay on hold until the trial fit in car 2501 has been accepted and I have issued a further release note.
- Material authority: material for the 8 released frames.

Kind regards
Stefan Albers
Procurement Manager Project Purchasing
Rheinland Schienenfahrzeuge GmbH
"""
_p56_old = mail("Stefan Albers <stefan.albers@rheinland-sf.de>", "Tomasz Wisniewski <t.wisniewski@metalplast-bdg.pl>",
                "Release note RN-RS-24-044 - seat frame 3EGM-104-220", "Thu, 30 May 2024 17:20:00 +0200", _p56_old_txt,
                cc="Katrin Hollmann <katrin.hollmann@rheinland-sf.de>")
_p56_txt = """Hi Tomasz,

as discussed on the phone, I am forwarding Stefan's release from last week (attached), since it did not reach your planning colleague.

So please plan the 10 released frames for cars 2501-2502 and let me know the delivery week.

Viele Gruesse / best regards
Katrin Hollmann
Project Purchasing
Rheinland Schienenfahrzeuge GmbH
+49 2151 8830-214
"""
_p56 = mail("Katrin Hollmann <katrin.hollmann@rheinland-sf.de>", "Tomasz Wisniewski <t.wisniewski@metalplast-bdg.pl>",
            "WG: Release note RN-RS-24-044 - seat frame 3EGM-104-220", "Wed, 05 Jun 2024 10:02:00 +0200", _p56_txt,
            attachments=[("rfc822", _p56_old)])
case("p56_forward_rfc822_8_vs_10", ["RG011"],
     "Forwarded release note (message/rfc822) releases 8 frames (2 + 8 + 230 = 240); the forwarding buyer asks to plan '10 released frames'.",
     [("WG_Release_note_RN-RS-24-044.eml", eml_bytes(_p56))])

# ------------------------------------------------------------------ p59
_p59_po = pdf([
    ("h1", "PURCHASE ORDER SCR-PO-24-1052"),
    ("p", "Southern Cross Rail Maintenance Pty Ltd - 14 Gillies Street North, Ballarat VIC 3350"),
    ("p", "Supplier: Ningbo Hengtai Rail Parts Co., Ltd., No. 88 Jinhai Road, Beilun, Ningbo 315800, China"),
    ("p", "Date: 24/06/2024     Buyer: Liam O'Connor     Currency: USD"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price", "Total"],
        ["1", "SCR-PB-0220", "Partition grab bar set, FAI samples", "3 sets", "USD 295.00", "USD 885.00"],
    ]),
    ("sp",),
    ("p", "Scope: this PO releases 3 (three) FAI sets only. The remaining 117 sets of the 120-set programme are not "
          "released. They are released only after our FAI sign-off in Ballarat and a written release from Sarah "
          "Whitfield, Procurement Lead. Material authority: sample-only."),
    ("p", "Payment: 30% deposit against your proforma invoice, balance 30 days after delivery."),
], title="SCR-PO-24-1052", author="Southern Cross Rail Maintenance")
_p59_pi = pdf([
    ("h1", "PROFORMA INVOICE HT-PI-2406-031"),
    ("p", "Ningbo Hengtai Rail Parts Co., Ltd. - Beilun, Ningbo - to Southern Cross Rail Maintenance Pty Ltd, Ballarat"),
    ("p", "Your PO: SCR-PO-24-1052     Date: 2024-06-26"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "Partition grab bar set SCR-PB-0220, FAI samples", "3 sets", "295.00", "885.00"],
        ["", "30% T/T deposit due", "", "", "265.50"],
    ]),
    ("sp",),
    ("p", "Bank: Bank of China, Ningbo Beilun sub-branch, SWIFT BKCHCNBJ92A, A/C 3587 0912 4410."),
    ("p", "Remark: upon receipt of the 30% deposit we will start production, including the mass production of "
          "your programme quantity, to secure your delivery date."),
    ("p", "Lily Chen, Sales Assistant"),
], title="HT-PI-2406-031", author="Ningbo Hengtai Rail Parts")
case("p59_po_plus_proforma_deposit_starts_mass", ["RG012"],
     "Two files: PO with complete scope (3 FAI, 117 held, FAI sign-off + Sarah Whitfield); supplier PI says the deposit starts mass production of the programme quantity.",
     [("SCR-PO-24-1052.pdf", _p59_po), ("HT-PI-2406-031_proforma.pdf", _p59_pi)])

# ------------------------------------------------------------------ p60
_p60_q = """From: Katrin Hollmann <katrin.hollmann@rheinland-sf.de>
Sent: Monday, 10 June 2024 08:30
To: Tomasz Wisniewski
Subject: PO 4500322301 - armrest frames AR-3

Dear Mr. Wisniewski,
PO 4500322301 covers 2 (two) FAI armrest frames AR-3.
The remaining 118 frames are not released. They will be released only after the FAI sign-off at HP-2 and a written release note signed by Stefan Albers, Procurement Manager.
Material authority: sample-only.
Kind regards, Katrin Hollmann"""
_p60_txt = """Dear Mrs. Hollmann,

thank you for the order. Please find our order confirmation OC-24-0412 in the attachment of the next mail.

With our acceptance of PO 4500322301, the armrest frame project is confirmed on our side, so we have scheduled the series of 118 frames in our welding shop for weeks 30-33, directly after the 2 FAI frames. In this way we can hold your project date without a gap.

Z powazaniem / Best regards
Tomasz Wisniewski
Project Manager Rail
Metalplast Bydgoszcz Sp. z o.o.
ul. Przemyslowa 14, 85-758 Bydgoszcz
+48 52 345 18 90

""" + quote(_p60_q) + "\n"
_p60 = mail("Tomasz Wisniewski <t.wisniewski@metalplast-bdg.pl>", "Katrin Hollmann <katrin.hollmann@rheinland-sf.de>",
            "RE: PO 4500322301 - armrest frames AR-3", "Wed, 12 Jun 2024 09:15:00 +0200", _p60_txt,
            in_reply_to="<RS-22301-0001@rheinland-sf.de>")
case("p60_po_acceptance_schedules_series", ["RG012"],
     "Quoted scope complete (2 FAI, 118 held until HP-2 + release note by Stefan Albers); supplier treats its own PO acceptance as confirmation and schedules the 118-frame series.",
     [("RE_PO_4500322301_AR-3.eml", eml_bytes(_p60))])

# ==== END CASES


# ===================================================================== build
def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")
    return s[:40] or "doc"


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"{PREFIX}_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    print("per rule:", ", ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    build()
