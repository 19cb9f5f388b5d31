#!/usr/bin/env python3
"""Generator for the releasegate check_holdout164 corpus (agricultural equipment parts).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout164/build.py

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
    m["Message-ID"] = msgid or f"<h164-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h164")
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


from email.utils import format_datetime  # noqa: E402


def dt(y, mo, d, h=9, mi=0, tz=0.0):
    """RFC 5322 date string with a fixed offset (hours)."""
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0,
                                        tzinfo=_dt.timezone(_dt.timedelta(hours=tz))))


def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").splitlines())


def att_pdf(name, blocks, **kw):
    return (name, pdf(blocks, **kw), PDF_MT)


def att_docx(name, blocks, **kw):
    return (name, docx_bytes(blocks, **kw), DOCX_MT)


# =================================================================== CASES


# ------------------------------------------------------------ batch 1
# c01 clean: sample PO e-mail + PDF PO, full scope (active qty, hold, event, named person, material)
_c01_po = pdf([
    ("h1", "PURCHASE ORDER 4500231877"),
    ("p", "Prairie Ridge Implements Inc. - 2207 SE Dayton Ave, Ames, IA 50010, USA"),
    ("p", "Supplier: Anadolu Dokum San. ve Tic. A.S., Konya OSB 3. Cad. No 14, 42300 Selcuklu/Konya, Turkey"),
    ("p", "PO date: 03/04/2025 - Buyer: Dale Kowalski - Terms: Net 60 - Incoterms 2020: DAP Ames, IA"),
    ("sp",),
    ("table", [
        ["Line", "Part / Rev", "Description", "Qty", "UoM", "Unit price", "Extended"],
        ["10", "71-4410 rev C", "Gearbox housing, prototype casting EN-GJL-250, machined per DRG 71-4410 sh. 2",
         "12", "EA", "USD 214.00", "USD 2,568.00"],
    ]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "This PO covers a prototype lot of 12 EA only. The series quantity in quote Q-ADK-2291 is not "
          "released by this PO and must not be scheduled."),
    ("p", "Unlock: sample sign-off of the 12 prototypes by Product Engineering (Megan Holt) after the field "
          "test, followed by a written production release from Rick Sandoval, Materials Manager, stating the "
          "released quantity."),
    ("p", "Material authority: sample-only (material for 12 EA)."),
    ("p", "Certificates: EN 10204 3.1 per heat. Mark heat no. on each casting. ISPM 15 pallets."),
], pagesize=LETTER, title="PO 4500231877", author="Prairie Ridge Implements")

case("c01_sample_po_email_full_scope", [],
     "Sample PO e-mail + PDF: 12 EA active, 1,188 balance not released, sign-off + written release by named Materials Manager, sample-only material.",
     [("PO_4500231877_gearbox_housing.eml", mail(
         "Dale Kowalski <dkowalski@prairieridge-impl.com>",
         "Mehmet Yilmaz <mehmet.yilmaz@anadoludokum.com.tr>",
         "PO 4500231877 - prototype castings P/N 71-4410 rev C (gearbox housing)",
         dt(2025, 3, 4, 8, 12, -6),
         "Mehmet,\n\n"
         "Good talking to you Tuesday. Attached is PO 4500231877 for the prototype gearbox housings, "
         "P/N 71-4410 rev C (EN-GJL-250).\n\n"
         "Scope, so there's no confusion down the road:\n"
         "- Make twelve (12) prototype castings, machined per DRG 71-4410 sheet 2. That's the whole job for now.\n"
         "- The other 1,188 pcs in your quote Q-ADK-2291 (1,200 series) are NOT released. Please don't "
         "schedule them or pour ahead.\n"
         "- What unlocks them: Megan Holt (Product Engineering) signs off the 12 after the field test at our "
         "Ames plot, and then Rick Sandoval, our Materials Manager, sends you a written production release "
         "with the quantity on it. Nothing else counts - not a phone call, not a forecast.\n"
         "- Material: sample-only. Buy iron for the 12, not more.\n\n"
         "Logistics: DAP Ames, IA. Please mark the heat number on each casting and send EN 10204 3.1 certs "
         "with the shipment. 4 per pallet, strapped, ISPM 15 wood.\n\n"
         "Target ship date is week 14. Let me know if that's tight.\n\n"
         "Thanks,\nDale\n" + sig("Dale Kowalski", "Senior Buyer", "Prairie Ridge Implements Inc., Ames, Iowa",
                                 "+1 515 555 0143"),
         attachments=[("PO_4500231877.pdf", _c01_po, PDF_MT)]))])

# c02 clean: supplier quote alone with prototype and series tiers
case("c02_supplier_quote_tiers", [],
     "Supplier quote alone with prototype (20) and series (2.000/yr) tiers; no authorized quantity, so no RG001.",
     [("ADK-Q-2025-0417_quotation.pdf", pdf([
         ("h1", "QUOTATION ADK-Q-2025-0417"),
         ("p", "Anadolu Dokum San. ve Tic. A.S. - Konya Organize Sanayi Bolgesi, 42300 Konya, Turkey - "
               "Tel +90 332 555 0417"),
         ("p", "To: Trattori Padana S.p.A., Reggio Emilia (IT) - Attn. Ms. Giulia Ferri, Ufficio Acquisti"),
         ("p", "Date: 21.02.2025 - Your enquiry RFQ-TP-2025-009 dd. 10.02.2025"),
         ("sp",),
         ("p", "Part: Flywheel housing 5520-118 rev 02, EN-GJS-400-15, casting weight 38,5 kg, "
               "as-cast with machining allowance 3 mm."),
         ("table", [
             ["Tier", "Quantity", "Process", "Unit price", "Lead time"],
             ["Prototype", "20 pcs", "hand moulding, loose pattern", "EUR 142,00", "5 weeks"],
             ["Series", "2.000 pcs / year (estimated annual volume given by customer)",
              "DISA vertical line, match plate", "EUR 38,50", "8 weeks from series order"],
             ["Tooling", "1 set", "match plate pattern, aluminium", "EUR 6.800,00", "6 weeks"],
         ]),
         ("sp",),
         ("p", "Notes: This quotation is not an order confirmation. Series price is valid for a separate series "
               "order placed within 6 months. Spectrometer analysis and hardness (HB) per heat; "
               "EN 10204 3.1 certificate. Packing: wooden crates, 12 pcs/crate."),
         ("p", "Payment: 30 days from B/L date. Delivery FCA Konya. Validity: 60 days."),
         ("sp",),
         ("p", "Best regards, Mehmet Yilmaz - Export Sales Manager"),
     ], title="ADK-Q-2025-0417", author="Anadolu Dokum"))])

# c03 clean: WhatsApp, supplier asks about the balance; buyer answers scoped, names event + herself
case("c03_whatsapp_question_scoped_answer", [],
     "Chat: supplier asks go-ahead for balance 480; buyer: only 20 samples, 480 on hold, field-trial sign-off then her written release.",
     [("WhatsApp Chat with Sanjay KFT.txt",
       "[12/03/25, 8:41:07 AM] Sanjay Kulkarni (KFT): Good morning madam. 20 sample S-tines dispatched by DHL "
       "AWB 7741 2290 1185, reaching Horsham by Monday.\n"
       "[12/03/25, 8:42:30 AM] Sanjay Kulkarni (KFT): Madam one query. Our plant head is asking do we have "
       "go-ahead for the bal. 480 nos? Spring steel mill slot is available next week.\n"
       "[12/03/25, 9:15:02 AM] Kylie Brennan (Wimmera Ag): Morning Sanjay, thanks for the AWB.\n"
       "[12/03/25, 9:16:40 AM] Kylie Brennan (Wimmera Ag): Short answer is no, not yet. Only the 20 samples are "
       "on order. The 480 stay on hold - don't start them and don't buy steel for them.\n"
       "[12/03/25, 9:17:55 AM] Kylie Brennan (Wimmera Ag): Josh Tran runs the field trial at Longerenong once "
       "they land (2-3 weeks in the paddock). If he signs them off I'll send you a written release for the 480. "
       "Until you've got that from me in writing, nothing's released.\n"
       "[12/03/25, 9:18:20 AM] Sanjay Kulkarni (KFT): Understood madam. Will hold the mill slot request. \U0001F64F\n"
       "[12/03/25, 9:18:41 AM] Kylie Brennan (Wimmera Ag): Cheers \U0001F44D\n")])

# c04 clean: supplier portal page showing a clearly labelled, non-binding forecast
_c04_rows = "".join(
    f"<tr><td>{m}</td><td>CP-220-{s}</td><td>{d}</td><td style='text-align:right'>{q}</td><td>Forecast</td></tr>\n"
    for m, s, d, q in [
        ("04/2025", "L", "Door glass panel LH, PC 8 mm", 120), ("04/2025", "R", "Door glass panel RH, PC 8 mm", 120),
        ("05/2025", "L", "Door glass panel LH, PC 8 mm", 160), ("05/2025", "R", "Door glass panel RH, PC 8 mm", 160),
        ("06/2025", "L", "Door glass panel LH, PC 8 mm", 200), ("06/2025", "R", "Door glass panel RH, PC 8 mm", 200),
    ])
case("c04_portal_forecast_labelled", [],
     "Supplier portal page with a customer forecast clearly labelled non-binding planning data; no order, no authorization.",
     [("kujawy_portal_agrimat_demand.html", html_page("Kujawy Cab Systems - customer portal - Agrimat SAS", f"""
<h1>Kujawy Cab Systems Sp. z o.o. &mdash; Customer Portal</h1>
<p>Customer: <b>Agrimat SAS</b>, Angers (FR) &middot; customer no. 10-0455 &middot; contact: Julien Moreau (achats)</p>
<h2>Demand overview &mdash; cab glazing programme T7</h2>
<div class="note">Forecast figures below are non-binding planning information supplied by Agrimat for capacity
planning. They are not orders and authorize no production and no material purchase. Open purchase orders are
listed separately.</div>
<table>
<tr><th>Month</th><th>Part</th><th>Description</th><th>Qty</th><th>Type</th></tr>
{_c04_rows}</table>
<h2>Open purchase orders</h2>
<p>None for this programme.</p>
<p style="font-size:11px;color:#666">Data refreshed 2025-03-18 06:00 CET &middot; EDI DELFOR 0455-0312 &middot; Kujawy Cab Systems, ul. Przemysłowa 12, 85-758 Bydgoszcz</p>
""", lang="en"))])

# c05 clean: DOCX test report, scoped approval + hold + event + named release person
case("c05_test_report_scoped", [],
     "DOCX test report: 10 samples approved for fit check only, production not released, 1.490 on hold until field sign-off + Rinaldi's written release.",
     [("TR-25-031_rapporto_prova_PTO.docx", docx_bytes([
         ("h1", "Rapporto di prova / Test report TR-25-031"),
         ("p", "Trattori Padana S.p.A. - Ufficio Tecnico, Reggio Emilia"),
         ("p", "Part: PTO drive shaft 5520-PTO-07 rev 03, cat. 4, 1 3/8\" Z6, 540/1000 rpm, tractor-side "
               "interface per ISO 500-1, guard per ISO 5674."),
         ("p", "Supplier: Ningbo Hengda Driveline Co., Ltd. - samples received 14.03.2025: 10 pcs "
               "(order 4500101377)."),
         ("table", [
             ["Test", "Requirement", "Result", "Outcome"],
             ["Static torque", "2.500 Nm, no permanent deformation", "2.740 Nm", "pass"],
             ["Fatigue, 1000 rpm", "200 h at 35 deg. joint angle", "200 h, no cracks", "pass"],
             ["Guard retention", "ISO 5674", "conform", "pass"],
             ["Telescopic overlap", "min. 1/3 at max. length", "38 %", "pass"],
         ]),
         ("h", "Disposition"),
         ("p", "Sample sign-off: the 10 samples are approved for fit check on the T-series prototype tractors "
               "only. This report does not release production."),
         ("p", "The remaining 1.490 shafts of offer NHD-2025-118 stay on hold. They can be released only by a "
               "written production release from Stefano Rinaldi (Responsabile Acquisti), after the field "
               "sign-off of the prototype tractors by Marco Bellini (Ufficio Tecnico)."),
         ("p", "Prepared: M. Bellini - 19.03.2025"),
     ], author="Marco Bellini"))])

# c06 clean: full-quantity PO with "proceed" scoped to the full quantity; no balance exists
case("c06_full_qty_po_proceed", [],
     "Full-quantity PO for 400 hose assemblies, 'proceed with the full 400', no balance; ISO/SAE identifiers only.",
     [("BSA-25-0311_purchase_order.pdf", pdf([
         ("h1", "PURCHASE ORDER BSA-25-0311"),
         ("p", "Big Sky Ag Dealers LLC - 4410 King Ave W, Billings, MT 59106, USA - Parts Dept."),
         ("p", "Vendor: Qingdao Taili Hydraulic Hose Co., Ltd., Jiaozhou, Qingdao, Shandong, China"),
         ("p", "Date: 03/11/2025 - Buyer: Cody Rasmussen - Terms: 30% T/T with order balance against B/L copy - "
               "FOB Qingdao"),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
             ["1", "HA-12-R2-1200", "Hose assy SAE 100R2AT 1/2\", 1200 mm, ISO 5675 male tip x 3/4-16 ORFS swivel",
              "400", "EA", "USD 14.80", "USD 5,920.00"],
         ]),
         ("sp",),
         ("table", [
             ["Shipment", "Quantity", "Ex-works week"],
             ["1 of 2", "200", "wk 16"],
             ["2 of 2", "200", "wk 20"],
         ]),
         ("sp",),
         ("p", "This is a complete order for dealer stock. Proceed with the full 400 assemblies; there is no "
               "further quantity and no later release on this order."),
         ("p", "Each lot: proof test at 2x working pressure, test report with packing list. Caps on both ends. "
               "Carton max 20 kg, labelled with our item no. and PO no."),
     ], pagesize=LETTER, title="BSA-25-0311", author="Big Sky Ag Dealers"))])

# c07 clean: call-off with explicit staged material authority above the released quantity
_c07_text = (
    "Dear Kevin,\n\n"
    "please find here our call-off n. 2 under blanket order 4500098812 (PTO shafts 5520-PTO-07, "
    "commercial cover 1.800 pcs for 2025).\n\n"
    "1) Released for production with this call-off: 150 pcs, ship week 18 (FOB Ningbo).\n"
    "2) Material authority: staged. You may buy tubes, yokes and cross kits for up to 600 shafts in total at our "
    "liability, to cover call-offs 2 to 5. This is for material only - production stays limited to the 150 pcs "
    "of point 1.\n"
    "3) The remaining 1.500 pcs of the blanket (after call-off 1 and this one) are not released. Each further "
    "quantity is released only by the next call-off, signed by me.\n\n"
    "Packing as usual: 10 shafts per crate, guard mounted, instruction leaflet IT/EN/FR.\n\n"
    "Kind regards,\nGiulia Ferri\nUfficio Acquisti - Trattori Padana S.p.A.\nVia Emilia Ovest 1150, "
    "42124 Reggio Emilia\nTel. +39 0522 555 318\n"
)
case("c07_calloff_staged_material", [],
     "Call-off: 150 released, explicit staged material authority to 600 at buyer liability, 1.500 not released until next call-off signed by named buyer.",
     [("Call-off_2_blanket_4500098812.eml", mail(
         "Giulia Ferri <g.ferri@trattoripadana.it>",
         "Kevin Zhang <kevin.zhang@hengda-driveline.cn>",
         "Call-off n. 2 - blanket 4500098812 - PTO shafts 5520-PTO-07",
         dt(2025, 3, 24, 10, 5, 1),
         _c07_text,
         html="<html><body><p>Dear Kevin,</p><p>please find here our call-off n. 2 under blanket order "
              "4500098812 (PTO shafts 5520-PTO-07, commercial cover 1.800 pcs for 2025).</p><ol>"
              "<li><b>Released for production with this call-off: 150 pcs</b>, ship week 18 (FOB Ningbo).</li>"
              "<li><b>Material authority: staged.</b> You may buy tubes, yokes and cross kits for up to 600 shafts "
              "in total at our liability, to cover call-offs 2 to 5. This is for material only - production stays "
              "limited to the 150 pcs of point 1.</li>"
              "<li>The remaining 1.500 pcs of the blanket (after call-off 1 and this one) are <b>not released</b>. "
              "Each further quantity is released only by the next call-off, signed by me.</li></ol>"
              "<p>Packing as usual: 10 shafts per crate, guard mounted, instruction leaflet IT/EN/FR.</p>"
              "<p>Kind regards,<br>Giulia Ferri<br>Ufficio Acquisti - Trattori Padana S.p.A.</p></body></html>"))])

# c08 clean: explicit, recorded auto-conversion naming quantity, signer and conditions
case("c08_explicit_auto_conversion", [],
     "Explicit recorded auto-conversion: Acosta's sign-off releases 800 of 2.400 under stated conditions; 24 samples now; 1.600 on hold until revised PO by Gimenez.",
     [("OC-25-00912_muestras_cubo.eml", mail(
         "Sofia Gimenez <sgimenez@metpampa.com.ar>",
         "Rafael Souza <rafael.souza@fundicaoserragaucha.com.br>",
         "OC-25-00912 - muestras cubo DH-3320 rev 5 / conversion agreement",
         dt(2025, 3, 6, 11, 40, -3),
         "Hola Rafael,\n\n"
         "como hablamos por teléfono el lunes 3/3, here is the written version so both sides have it on file.\n\n"
         "OC-25-00912 covers 24 sample castings of the disc harrow hub housing DH-3320 rev 5 (GGG-50). Those 24 "
         "are what you make now. Material: only for the 24.\n\n"
         "Auto-conversion agreement (recorded here, in force from today):\n"
         "- If Martín Acosta (Ingeniería) signs off the 24 samples as approved, that signed sign-off releases "
         "800 pcs of the 2.400 in your quote FSG-0211, with no further document from us.\n"
         "- It applies only to those 800 pcs, only to DH-3320 rev 5, and only if the sign-off is dated before "
         "30/05/2025. An interim or conditional sign-off does not trigger it.\n"
         "- From the moment of that sign-off you may buy material for the 800.\n"
         "- The remaining 1.600 pcs stay on hold in every case, until a revised OC signed by me.\n\n"
         "Please confirm by reply that you have this on file.\n\n"
         "Saludos,\nSofía\n" + sig("Sofía Giménez", "Jefa de Compras", "Metalúrgica Pampa S.A., Las Parejas, Santa Fe",
                                   "+54 3471 55 0912")))])

# p01 RG001 RG003 RG004 RG005: sample PO + quote attached, nothing about the balance
_p01_po = pdf([
    ("h1", "PURCHASE ORDER 4500232210"),
    ("p", "Heartland Harvest Equipment Co. - 1800 N Lincoln Ave, York, NE 68467, USA"),
    ("p", "Vendor: Anadolu Dokum San. ve Tic. A.S., Konya, Turkey - Vendor no. 300218"),
    ("p", "Order date: 03/07/2025 - Buyer: Luke Brandt - Net 45 - DAP York, NE"),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Price", "Amount"],
        ["10", "88-2301 rev B", "Hub carrier casting EN-GJS-500-7, sample", "16", "EA", "USD 96.00", "USD 1,536.00"],
    ]),
    ("sp",),
    ("p", "Ref. quote ADK-Q-2025-0388. Heat certs 3.1; dimensional report on 5 pcs. Need date: week 16."),
], pagesize=LETTER, title="PO 4500232210", author="Heartland Harvest Equipment")
_p01_quote = pdf([
    ("h1", "QUOTATION ADK-Q-2025-0388"),
    ("p", "Anadolu Dokum San. ve Tic. A.S. - Konya OSB - to Heartland Harvest Equipment Co., York NE"),
    ("p", "Part: Hub carrier 88-2301 rev B, EN-GJS-500-7, 11,2 kg"),
    ("table", [
        ["Item", "Quantity", "Unit price", "Lead time"],
        ["Samples", "16 pcs", "EUR 88,00", "5 weeks"],
        ["Series (season 2025)", "1.600 pcs", "EUR 31,40", "8 weeks"],
        ["Pattern equipment", "1 set", "EUR 4.950,00", "6 weeks"],
    ]),
    ("p", "Payment 30 days. FCA Konya. Validity 60 days. Mehmet Yilmaz, Export Sales."),
], title="ADK-Q-2025-0388", author="Anadolu Dokum")
case("p01_sample_po_with_quote_bare", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 16 with quote showing 1.600 series attached; nothing says the series is not released, no unlock event, no release person.",
     [("PO_4500232210_hub_carrier.eml", mail(
         "Luke Brandt <lbrandt@heartlandharvest.com>",
         "Mehmet Yilmaz <mehmet.yilmaz@anadoludokum.com.tr>",
         "PO 4500232210 - hub carrier castings 88-2301",
         dt(2025, 3, 7, 14, 2, -6),
         "Hi Mehmet,\n\n"
         "PO 4500232210 for the hub carrier castings is attached (P/N 88-2301 rev B, EN-GJS-500-7). Your quote "
         "ADK-Q-2025-0388 is attached too, so we're all looking at the same numbers.\n\n"
         "We need the parts on the floor by week 16 for the planter field trials in Kansas. Ship DAP York, NE. "
         "Please send heat certs (3.1) and a dimensional report on 5 pcs.\n\n"
         "Any questions on the drawing, ping Travis Lindqvist in engineering (cc'd).\n\n"
         "Thanks,\nLuke\n" + sig("Luke Brandt", "Buyer", "Heartland Harvest Equipment Co., York, NE", "+1 402 555 0187"),
         cc="Travis Lindqvist <tlindqvist@heartlandharvest.com>",
         attachments=[("PO_4500232210.pdf", _p01_po, PDF_MT),
                      ("ADK-Q-2025-0388.pdf", _p01_quote, PDF_MT)]))])

# p02 RG001 RG003 RG004 RG005: SAP printout, sample lot with series quantity in header text
case("p02_sap_sample_po_series_in_header", ["RG001", "RG003", "RG004", "RG005"],
     "SAP PO print: item 10 PC samples, header text names series 1.500 PC per offer; no hold, no unlock event, no release person.",
     [("ME9F_4500101377.txt",
       "TRATTORI PADANA S.p.A.                                ORDINE D'ACQUISTO / PURCHASE ORDER\n"
       "Via Emilia Ovest 1150, 42124 Reggio Emilia (RE)       Doc. no.     4500101377\n"
       "P.IVA IT01234560353                                   Date         11.03.2025\n"
       "                                                      Purch.group  AC3  G. FERRI\n"
       "                                                      Tel.         +39 0522 555 318\n"
       "Vendor 200417\n"
       "NINGBO HENGDA DRIVELINE CO., LTD.\n"
       "No. 88 Xingye Road, Beilun District, Ningbo 315800, CN\n"
       "--------------------------------------------------------------------------------------\n"
       "Header text:\n"
       "  Campionatura albero cardanico / PTO shaft sample lot.\n"
       "  Series quantity 1.500 PC as per your offer NHD-2025-118 dd. 27.02.2025.\n"
       "  Incoterms FOB Ningbo. Payment 60 dd f.m.\n"
       "--------------------------------------------------------------------------------------\n"
       "Item Material       Description                          Qty  UoM   Net price     Net value\n"
       "0010 5520-PTO-07    ALBERO CARDANICO CAT.4 1 3/8 Z6       10  PC   EUR 118,00   EUR 1.180,00\n"
       "     Rev. 03   Deliv.date 25.04.2025   Plant 1000   Stor.loc. 0001\n"
       "     Guard per ISO 5674, interface ISO 500-1, 540/1000 rpm\n"
       "--------------------------------------------------------------------------------------\n"
       "                                                  Total net value     EUR 1.180,00\n"
       "Printed 11.03.2025 16:22:09  User FERRIG  Page 1 of 1\n")])

# p03 RG001 RG003 RG004: portal order page, release authority named but no hold and no event
case("p03_portal_order_release_authority_only", ["RG001", "RG003", "RG004"],
     "Portal order: 30 samples beside quote 3.000 serie, release authority named, but nothing on hold and no unlock event.",
     [("portal_OC-25-00871.html", html_page("Portal de Proveedores - OC-25-00871", """
<h1>Metalúrgica Pampa S.A. &mdash; Portal de Proveedores</h1>
<p>Proveedor: <b>Horizontina Componentes Ltda.</b> (Horizontina, RS, Brasil) &middot; cód. 70-331 &middot; contacto: Juliana Costa</p>
<h2>Orden de compra OC-25-00871</h2>
<table>
<tr><th>Línea</th><th>Código</th><th>Descripción</th><th>Cant.</th><th>Entrega</th></tr>
<tr><td>1</td><td>TP-4410 rev 2</td><td>Brazo de tercer punto cat. II (muestras) / top link arm cat. II, samples</td><td>30</td><td>sem. 14</td></tr>
</table>
<h3>Datos de la orden</h3>
<table>
<tr><th>Cotización</th><td>HC-2025-044 &mdash; 30 muestras / 3.000 serie</td></tr>
<tr><th>Autoridad de liberación / release authority</th><td>Sofía Giménez, Jefa de Compras</td></tr>
<tr><th>Observaciones</th><td>Entregar muestras semana 14. Pintura: imprimación gris RAL 7035. Rosca M30x2 según ISO 730.</td></tr>
<tr><th>Condiciones</th><td>DAP Las Parejas, pago 60 días</td></tr>
</table>
<p style="font-size:11px;color:#666">Última actualización 07/03/2025 10:14 &middot; usuario sgimenez</p>
""", lang="es"))])

# p04 RG001 RG003 RG004 RG005 RG008: DOCX sample PO, forecast EAU written as firm commitment
case("p04_docx_sample_po_forecast_firm", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "DOCX sample PO for 12 panels; forecast EAU 1,200 'treat as our firm commitment' beside it; nothing on hold, no event, no release person.",
     [("DDI-7720_purchase_order.docx", docx_bytes([
         ("h1", "Purchase Order DDI-7720"),
         ("p", "Darling Downs Implements Pty Ltd - 31 Carrington Rd, Toowoomba QLD 4350 - ABN 41 555 017 720"),
         ("p", "Supplier: Kujawy Cab Systems Sp. z o.o., ul. Przemysłowa 12, 85-758 Bydgoszcz, Poland"),
         ("p", "Date: 10/03/2025   Buyer: Brett Maguire   Terms: 60 days EOM   Incoterms: FCA Bydgoszcz"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit", "Unit price (EUR)"],
             ["10", "CP-6610-L", "Cab side panel LH, PC 6 mm grey tint, sample", "6", "EA", "184.00"],
             ["20", "CP-6610-R", "Cab side panel RH, PC 6 mm grey tint, sample", "6", "EA", "184.00"],
         ]),
         ("p", "Forecast EAU: 1,200 panels (600 LH / 600 RH). Please treat this as our firm commitment so you can "
               "plan capacity for the 2025/26 season."),
         ("p", "Drawing CP-6610 issue D. Hard coat both sides, UV stabilised. Edge protection on all sides. "
               "Each panel bagged and labelled with part no. and batch."),
         ("p", "Deliver to: DDI Goods Inwards, Toowoomba. Ref this PO on all paperwork."),
     ], author="Brett Maguire"))])

# p05 RG001 RG003 RG004 RG005: multi-file bundle, bare PO text + supplier quote PDF with series tier
case("p05_bundle_po_txt_quote_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "Bundle: TXT sample PO for 40 tines plus the quote PDF showing 8,000 series; nothing on hold, no unlock event, no release person.",
     [("BC_CA-25-0342.txt",
       "AGRIMAT SAS - BON DE COMMANDE / PURCHASE ORDER\n"
       "12 rue de la Gâtine, 49000 Angers, France - SIRET 555 012 342 00017\n\n"
       "N° CA-25-0342                        Date : 06/03/2025\n"
       "Fournisseur / Supplier : Kolhapur Forge & Tines Pvt. Ltd., MIDC Shiroli, Kolhapur 416122, India\n"
       "Acheteur / Buyer : Julien Moreau     Tél. +33 2 41 55 01 22\n"
       "Réf. devis / Quote ref. : KFT/Q/25/061 du 28/02/2025 (copie jointe / copy attached)\n\n"
       "Pos  Article        Désignation                                     Qté  Unité  PU EUR  Total EUR\n"
       "10   DH-1040 ind.B  Dent de herse rotative / rotary harrow tine       40  pce    6,90    276,00\n"
       "                    (échantillons pour essais terrain / samples\n"
       "                     for field test)\n\n"
       "Livraison / Delivery : DAP Angers, semaine 15\n"
       "Conditions : 60 jours fin de mois\n"
       "Marquage : n° de lot sur chaque dent / batch no. on each tine\n"
       "Acier 38Si7 selon EN 10089, dureté 48-52 HRC\n"),
      ("KFT_Quotation_Q-25-061.pdf", pdf([
          ("h1", "QUOTATION KFT/Q/25/061"),
          ("p", "Kolhapur Forge & Tines Pvt. Ltd. - Plot B-27, MIDC Shiroli, Kolhapur 416122, Maharashtra, India"),
          ("p", "To: Agrimat SAS, Angers - Kind Attn. Mr. Julien Moreau - Date 28/02/2025"),
          ("p", "Item: Rotary harrow tine DH-1040 rev B, 38Si7 (EN 10089), through hardened 48-52 HRC, "
                "black powder coat."),
          ("table", [
              ["Sr.", "Description", "Qty", "Rate (EUR)", "Delivery"],
              ["1", "Samples for field test", "40 nos", "6.90", "4 weeks"],
              ["2", "Series supply, season 2025/26", "8,000 nos", "2.35", "6 weeks"],
              ["3", "Forging die (one time)", "1 set", "2,400.00", "5 weeks"],
          ]),
          ("p", "Packing: 50 nos per carton, cartons on pallet. Payment: 30% advance, balance against documents. "
                "Validity 45 days."),
          ("p", "For Kolhapur Forge & Tines Pvt. Ltd. - Sanjay Kulkarni, Manager (Exports)"),
      ], title="KFT/Q/25/061", author="Kolhapur Forge & Tines"))])

# p07 RG001 RG003 RG004 RG005: partial authorization "200 now, rest to follow" beside blanket 1,000
_p07_text = (
    "Hi Lily,\n\n"
    "Season's coming early this year. Against our blanket PO 88123 (1,000 hose assemblies HA-38-R2-900 for the "
    "2025 seeder build) can you please make and ship 200 now, rest to follow. Sea freight to Melbourne is fine "
    "for these, then road to Horsham.\n\n"
    "Same spec as the samples: SAE 100R2AT 3/8\", 900 mm, ISO 5675 male tips both ends, pressure test report "
    "with each lot. Caps on, 25 per carton please - the boys in the store hate the 50 packs.\n\n"
    "Cheers,\nShane\n" + sig("Shane O'Loughlin", "Purchasing Officer", "Wimmera Ag Machinery Pty Ltd, Horsham VIC",
                             "+61 3 5382 0419"))
case("p07_email_200_now_rest_to_follow", ["RG001", "RG003", "RG004", "RG005"],
     "E-mail releases 200 of blanket 1,000 'rest to follow': balance not held, 1,000 shown unlabelled, no unlock event, no release person.",
     [("PO_88123_hose_assys_HA-38.eml", mail(
         "Shane O'Loughlin <shane.oloughlin@wimmera-ag.com.au>",
         "Lily Wang <lily.wang@tailihose.cn>",
         "PO 88123 - hose assys HA-38-R2-900 - first lot",
         dt(2025, 3, 17, 7, 55, 11),
         _p07_text,
         html="<html><body><p>Hi Lily,</p><p>Season's coming early this year. Against our blanket PO 88123 "
              "(1,000 hose assemblies HA-38-R2-900 for the 2025 seeder build) can you please make and ship "
              "<b>200 now, rest to follow</b>. Sea freight to Melbourne is fine for these, then road to Horsham.</p>"
              "<p>Same spec as the samples: SAE 100R2AT 3/8&quot;, 900 mm, ISO 5675 male tips both ends, pressure "
              "test report with each lot. Caps on, 25 per carton please.</p><p>Cheers,<br>Shane</p></body></html>"))])


# ------------------------------------------------------------ batch 2
# p06 RG003 RG004 RG005 RG010: chat, "please launch the sample kits" - no quantity, nothing else
case("p06_chat_launch_samples_no_qty", ["RG003", "RG004", "RG010", "RG005"],
     "Chat: buyer tells supplier to launch sample hose kits; no quantity, series (1,200 sets/yr offer) never said not released, no event, no person.",
     [("WhatsApp Chat with Ayse Ege Hidrolik.txt",
       "17/03/2025, 09:02 - Ayşe Demir (Ege Hidrolik): Bonjour Pauline \U0001F60A our offer for the baler hose kits "
       "is in your mailbox since Friday: sample kits + series 1,200 sets/year, prices in EUR, FCA Izmir.\n"
       "17/03/2025, 09:40 - Pauline Girard (Vendée Motoculture): Merci Ayşe, bien reçu.\n"
       "17/03/2025, 09:41 - Pauline Girard (Vendée Motoculture): Please launch the sample kits for the new round "
       "baler RB-180, drawing HK-180 ind. C. We need them in Les Herbiers before end of April for the tests.\n"
       "17/03/2025, 09:43 - Ayşe Demir (Ege Hidrolik): Noted \U0001F44D how many kits do you want?\n"
       "17/03/2025, 10:15 - Pauline Girard (Vendée Motoculture): Comme convenu au téléphone / as agreed on the "
       "phone. Claire from the bureau d'études will check them when they arrive.\n"
       "17/03/2025, 10:16 - Pauline Girard (Vendée Motoculture): And please the crimp report + pressure test "
       "certificate with the kits, 1/2\" hoses to SAE 100R2AT, couplers ISO 7241-A.\n"
       "17/03/2025, 10:20 - Ayşe Demir (Ege Hidrolik): Of course. Tamam, we start this week.\n")])

# c09 clean: sample PO in body, old 5,000 quote forwarded as message/rfc822 and declared informational
_c09_old = mail(
    "Marek Lewandowski <m.lewandowski@kujawy-cab.pl>",
    "Julien Moreau <j.moreau@agrimat.fr>",
    "Oferta / quotation roof liner RL-T7 - 2023",
    dt(2023, 6, 12, 14, 30, 2),
    "Dear Mr. Moreau,\n\nthank you for your enquiry. For the roof liner RL-T7 (thermoformed ABS/PMMA, "
    "grain K31) we can offer:\n\n- tooling (aluminium thermoform tool): EUR 18.500,00\n"
    "- 5.000 pcs/year at EUR 41,20/pc, FCA Bydgoszcz\n\nLead time 10 weeks after tool approval.\n\n"
    "Best regards,\nMarek Lewandowski\nSales Engineer, Kujawy Cab Systems Sp. z o.o.\n")
case("c09_fwd_old_quote_informational", [],
     "Sample PO for 30 liners in body with hold, event and named releaser; old 5.000/yr quote forwarded as rfc822 and declared informational only.",
     [("CA-25-0388_roof_liner_samples.eml", mail(
         "Julien Moreau <j.moreau@agrimat.fr>",
         "Tomasz Nowak <t.nowak@kujawy-cab.pl>",
         "CA-25-0388 - échantillons pavillon RL-T7 ind. C / roof liner samples",
         dt(2025, 3, 10, 16, 18, 1),
         "Bonjour Tomasz,\n\n"
         "Suite à notre visio de jeudi, here is our order CA-25-0388 for the roof liner RL-T7 ind. C.\n\n"
         "- Quantity ordered now: 30 (thirty) roof liner samples, grain K31, colour RAL 7035.\n"
         "- Nothing beyond these 30 is released. Do not plan series and do not buy sheet for series.\n"
         "- The series can only be released after the sample sign-off by Claire Fabre (bureau d'études) and then "
         "a written production release signed by me.\n"
         "- Material: for the 30 samples only.\n\n"
         "I forward below the old quotation from your colleague Marek (2023), pour info seulement: the quantities "
         "in it (5.000 pcs/year) are informational only and are not released by this order. The tool is the "
         "same, so it is useful for the drawing history.\n\n"
         "Delivery DAP Angers, semaine 17. Packing: 5 per crate, protective film on the grain side.\n\n"
         "Cordialement,\nJulien Moreau\nAcheteur projets - Agrimat SAS\n12 rue de la Gâtine, 49000 Angers\n"
         "Tél. +33 2 41 55 01 22\n",
         attachments=[("rfc822", _c09_old)]))])

# c10 clean: supplier assumes auto-conversion (quoted); buyer corrects with hold, event and named releaser
_c10_quoted = (
    "On Mon, Mar 17, 2025 at 6:05 AM Anil Deshmukh <anil@shreeganeshcastings.in> wrote:\n"
    "Dear Dale sir,\n\n"
    "Greetings from Rajkot. The 20 sample gearbox covers (P/N 71-4432 rev A) are packed and will reach Ames "
    "by 28th via air. Once Megan madam approves the samples we will roll straight into the balance 1,180 nos so "
    "that there is no delay in your season build. Kindly confirm.\n\n"
    "Thanks & regards,\nAnil Deshmukh\nMarketing Head, Shree Ganesh Castings, Rajkot\n")
case("c10_reply_corrects_auto_conversion", [], 
     "Buyer's reply corrects a quoted supplier assumption: sign-off does not release 1,180; only 20 samples; written release by named Materials Manager.",
     [("RE_sample_gearbox_covers_71-4432.eml", mail(
         "Dale Kowalski <dkowalski@prairieridge-impl.com>",
         "Anil Deshmukh <anil@shreeganeshcastings.in>",
         "RE: sample gearbox covers 71-4432 - dispatch",
         dt(2025, 3, 17, 9, 20, -5),
         "Anil,\n\n"
         "Thanks for the update on the shipment - but please don't do that. The sample sign-off does not release "
         "the 1,180.\n\n"
         "How it works on our side: Megan signs off the 20 samples after the test-tractor run. Then Rick Sandoval "
         "(Materials Manager) sends you a written production release for whatever quantity he releases. Until "
         "you have that piece of paper, the 1,180 stay on hold and the only parts you make on PO 4500232044 are "
         "the 20. Material for the 20 only.\n\n"
         "Sorry to be a stickler, we got burned on this last season with another foundry.\n\n"
         "Dale\n" + sig("Dale Kowalski", "Senior Buyer", "Prairie Ridge Implements Inc., Ames, Iowa", "+1 515 555 0143")
         + "\n" + quote(_c10_quoted) + "\n",
         in_reply_to="<CAF7x2p-0317-anil@shreeganeshcastings.in>"))])

# c11 clean: supplier e-mail text export, "the deposit does not release production"
case("c11_supplier_deposit_not_release", [],
     "Supplier e-mail (text export): deposit received but explicitly does not release production; only 10 samples, 990 on hold.",
     [("RE_DDI-7741_deposit.txt",
       "From: Kevin Zhang <kevin.zhang@hengda-driveline.cn>\n"
       "To: Brett Maguire <brett.maguire@ddimplements.com.au>\n"
       "Date: Wed, 19 Mar 2025 15:47:12 +0800\n"
       "Subject: RE: DDI-7741 deposit / PTO shafts cat. 2\n\n"
       "Dear Brett,\n\n"
       "Good day. We received today your deposit USD 4,212.00 for the forging dies and samples, thank you.\n\n"
       "Please note: the deposit does not release production. According to your PO DDI-7741 we make only the 10 "
       "sample PTO shafts (cat. 2, 1 3/8\" Z6, 540 rpm, overall 1010 mm closed) now. The other 990 shafts stay on "
       "hold in our system until we receive your written production release, after your field sign-off of the "
       "samples. We buy material for the 10 only.\n\n"
       "Samples ETD Ningbo week 15, by air to Brisbane. Tracking will follow.\n\n"
       "Best regards,\n"
       "Kevin Zhang\n"
       "Overseas Sales Dept. | Ningbo Hengda Driveline Co., Ltd.\n"
       "Tel: +86 574 5555 8812 | WeChat: kevin_hengda\n\n"
       "-----Original Message-----\n"
       "From: Brett Maguire\n"
       "Sent: Tuesday, 18 March 2025 4:10 PM\n"
       "Subject: DDI-7741 deposit / PTO shafts cat. 2\n\n"
       "Kevin, remittance for the die + sample deposit attached. Brett\n")])

# c12 clean: supplier acknowledgement restating the hold (Polish-English)
case("c12_supplier_ack_restates_hold", [],
     "Supplier DOCX acknowledgement restates scope: 6 samples in production, 594 not released, waits for Zanin's written release after sample sign-off.",
     [("PZ-2025-0117_potwierdzenie.docx", docx_bytes([
         ("h1", "Potwierdzenie zamówienia / Order acknowledgement PZ/2025/0117"),
         ("p", "Odlewnia Wielkopolska S.A., ul. Gnieźnieńska 88, 61-131 Poznań, Poland"),
         ("p", "Customer: Seminatrici Venete S.r.l., Cittadella (PD), Italy - your order SV-25-0044 of 04.03.2025"),
         ("table", [
             ["Item", "Part", "Description", "Qty confirmed", "Delivery"],
             ["1", "CA-0980 rev 2", "Coulter arm casting EN-GJS-450-10, sample", "6 pcs", "week 15"],
         ]),
         ("p", "We confirm your order as written. Only the 6 sample castings are in production now."),
         ("p", "The balance of your annual need (594 pcs) is not released. We will not start it and will not buy "
               "material for it until we receive the written production release signed by Mr. Paolo Zanin, after "
               "your sample sign-off."),
         ("p", "Certificates: EN 10204 3.1, chemical analysis and tensile test per heat. Packing: 1 crate."),
         ("p", "Poznań, 06.03.2025 - Agnieszka Wiśniewska, Dział Sprzedaży / Sales Department"),
     ], author="Agnieszka Wisniewska"))])

# c13 clean: buyer supplier-portal PO view with scope table
case("c13_portal_po_scope_table", [],
     "Buyer portal PO view: sample line 16 active, production line 1,984 on hold, field-trial sign-off + written release by named person, sample-only material.",
     [("wimmera_supplier_portal_PO-88140.html", html_page("Wimmera Ag - Supplier Portal - PO 88140", """
<h1>Wimmera Ag Machinery &mdash; Supplier Portal</h1>
<p>Supplier: <b>Kolhapur Forge &amp; Tines Pvt. Ltd.</b> (vendor 4471) &middot; logged in as skulkarni</p>
<h2>Purchase order 88140 &mdash; tine bar brackets TB-220 rev 1</h2>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty on PO</th><th>Released to build</th><th>On hold</th><th>Need by</th></tr>
<tr><td>1</td><td>sample</td><td>16</td><td>16</td><td>0</td><td>11 Apr 2025</td></tr>
<tr><td>2</td><td>production</td><td>1,984</td><td>0</td><td>1,984</td><td>&mdash;</td></tr>
</table>
<div class="note">
<p><b>Build now:</b> the 16 sample brackets on line 1. Line 2 is not released &mdash; do not start it.</p>
<p><b>Unlock:</b> field-trial sign-off of the samples by Josh Tran (Engineering), then a written release for line 2
from Kylie Brennan, Procurement Lead.</p>
<p><b>Material authority:</b> sample-only (material for 16 brackets).</p>
</div>
<p>Spec: BS EN 10025 S355J2, 10 mm plate, hot-dip galvanised to AS/NZS 4680. Ship by air, DAP Horsham VIC 3400.</p>
""", lang="en-AU"))])

# c14 clean: SAP printout of a full-quantity PO; identifiers that look like quantities
case("c14_sap_full_qty_identifiers", [],
     "SAP print of a full-quantity PO (60 + 120) with no balance; part numbers, rev 20, ISO 730, M30x3,5 look like quantities.",
     [("PO_4500232588_print.txt",
       "HEARTLAND HARVEST EQUIPMENT CO.                        PURCHASE ORDER\n"
       "1800 N Lincoln Ave, York NE 68467                      PO number   4500232588\n"
       "                                                       PO date     03/20/2025\n"
       "                                                       Purch.grp   H02 L. BRANDT\n"
       "Vendor 704410\n"
       "HORIZONTINA COMPONENTES LTDA\n"
       "Av. dos Imigrantes 2210, Horizontina RS 98920-000, BR\n"
       "------------------------------------------------------------------------------------\n"
       "Header text:\n"
       "  Full order quantity. No balance and no later release on this PO.\n"
       "  Drawing LA-1000 rev 20. Category 3 per ISO 730. Thread M30x3,5.\n"
       "------------------------------------------------------------------------------------\n"
       "Item Material         Description                         Qty  UoM  Net price   Net value\n"
       "0010 LA-1000-540      LOWER LINK ARM CAT.3 FORGED          60  EA     71.40     4,284.00\n"
       "     Plant 2500   Deliv. date 05/30/2025\n"
       "0020 PN-1000-30       LINK PIN 30 MM W/ LYNCH PIN         120  EA      4.15       498.00\n"
       "     Plant 2500   Deliv. date 05/30/2025\n"
       "------------------------------------------------------------------------------------\n"
       "                                            Total net value USD        4,782.00\n"
       "Ship DAP York NE. Packing: steel stillage, max 1000 kg. Marking: part no. + heat no.\n")])

# p08 RG004 RG005: ERP print, balance on hold "until further notice", contact is a department
case("p08_erp_hold_until_further_notice", ["RG004", "RG005"],
     "ERP PO: 25 pre-series released, 475 on hold 'until further notice' - no unlock event; only 'Purchasing Dept' named.",
     [("PO_4500232517_rev0.txt",
       "HEARTLAND HARVEST EQUIPMENT CO.          PURCHASE ORDER       PO: 4500232517  REV 0\n"
       "1800 N LINCOLN AVE, YORK NE 68467                             DATE: 03/18/2025\n"
       "VENDOR: 70-4410  HORIZONTINA COMPONENTES LTDA                 BUYER: PURCH-02\n"
       "        AV. DOS IMIGRANTES 2210, HORIZONTINA RS 98920-000 BR  TERMS: NET 60\n"
       "SHIP VIA: OCEAN / DAP YORK NE\n\n"
       "LN PART NO.    REV DESCRIPTION                        QTY UM  UNIT $      EXT $  STATUS\n"
       " 1 LA-3320-L   C   LOWER LINK ARM CAT 3 LH PRE-SERIES  25 EA   71.40   1,785.00  RELEASED\n"
       " 2 LA-3320-L   C   LOWER LINK ARM CAT 3 LH SERIES     475 EA   64.90  30,827.50  ON HOLD\n\n"
       "LINE 1 NOTE: PRE-SERIES FOR FIELD TRIAL. PPAP-LITE PACKAGE WITH SHIPMENT.\n"
       "LINE 2 NOTE: ON HOLD UNTIL FURTHER NOTICE. DO NOT START. DO NOT BUY MATERIAL.\n\n"
       "QUESTIONS: PURCHASING DEPT - PURCHASING@HEARTLANDHARVEST.COM - 402-555-0100\n"
       "ALL SHIPMENTS MUST REFERENCE PO AND LINE NO. CERTS EN 10204 3.1 REQUIRED.\n")])

# p09 RG004 RG011: body says 30 samples, attached PO says 36; hold until further notice; person named
_p09_po = pdf([
    ("h1", "PURCHASE ORDER DDI-7752"),
    ("p", "Darling Downs Implements Pty Ltd - 31 Carrington Rd, Toowoomba QLD 4350"),
    ("p", "Supplier: Qingdao Taili Hydraulic Hose Co., Ltd. - Date 21/03/2025 - Buyer: Brett Maguire"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Unit price"],
        ["10", "HA-12-R2-1500", "Hose assy 1/2\" SAE 100R2AT 1500 mm, ISO 5675 tip, sample", "36", "EA", "USD 16.20"],
    ]),
    ("p", "Production quantity is not released by this PO."),
    ("p", "FOB Qingdao. Test certificate per lot. Caps both ends."),
], title="DDI-7752", author="Darling Downs Implements")
case("p09_email_30_vs_po_36_hold_no_event", ["RG004", "RG011"],
     "E-mail says 30 sample assemblies, attached PO says 36; balance held 'until further notice' (no unlock event); release authority named.",
     [("DDI-7752_sample_hoses.eml", mail(
         "Brett Maguire <brett.maguire@ddimplements.com.au>",
         "Lily Wang <lily.wang@tailihose.cn>",
         "DDI-7752 sample hose assemblies HA-12-R2-1500",
         dt(2025, 3, 21, 13, 30, 10),
         "Hi Lily,\n\n"
         "PO DDI-7752 attached. Only the 30 sample assemblies for now please - the hoses go on the new air-seeder "
         "fan circuit and we want to see how they route before anything else.\n\n"
         "The 970 balance is on hold until further notice. Release authority for the balance: me (Brett Maguire, "
         "Purchasing). Nobody else.\n\n"
         "Air freight to Brisbane, DAP Toowoomba. Please put the crimp diameter on the test cert.\n\n"
         "Thanks,\nBrett\n" + sig("Brett Maguire", "Purchasing", "Darling Downs Implements Pty Ltd, Toowoomba QLD",
                                  "+61 7 4555 0177"),
         attachments=[("DDI-7752.pdf", _p09_po, PDF_MT)]))])

# p11 RG005 RG009: portal uses "approval" for lab, budget and production; releaser is an office
case("p11_portal_approvals_mixed", ["RG005", "RG009"],
     "Portal: 'approval/approved' for sample lab check, PO budget and production; 792 on hold until written production approval by 'Ufficio Acquisti' (no named person).",
     [("SV_portale_fornitori_SV-25-0061.html", html_page("Seminatrici Venete - Portale fornitori - SV-25-0061", """
<h1>Seminatrici Venete S.r.l. &mdash; Portale Fornitori</h1>
<p>Fornitore: <b>Odlewnia Wielkopolska S.A.</b> &middot; Ordine SV-25-0061 &middot; Braccio assolcatore / coulter arm CA-0990 rev 1</p>
<h2>Approvals</h2>
<table>
<tr><th>Step</th><th>Quantity</th><th>Status</th><th>Date</th><th>By</th></tr>
<tr><td>Sample approval (quality lab)</td><td>8 samples</td><td>Approved</td><td>14/03/2025</td><td>Laboratorio Qualità</td></tr>
<tr><td>PO approval (budget)</td><td>PO SV-25-0061, 8 samples</td><td>Approved</td><td>02/03/2025</td><td>Amministrazione</td></tr>
<tr><td>Production approval</td><td>792 series</td><td>Not approved &mdash; on hold</td><td>&mdash;</td><td>Ufficio Acquisti</td></tr>
</table>
<div class="note">The 792 series pieces remain on hold. Production approval follows the sample approval and is given
in writing by the Ufficio Acquisti. Until then build only the 8 samples.</div>
<p>Material EN-GJS-450-10. Hardness 160-210 HB. Packing: crate, max 500 kg.</p>
""", lang="it"))])

# p12 RG005 RG010: DOCX sample order without a quantity; series held; released by "our purchasing department"
case("p12_docx_sample_order_no_qty_dept", ["RG005", "RG010"],
     "DOCX sample order: 'the sample lot as discussed' (no quantity); series not released until FAI sign-off; releaser only 'our purchasing department'.",
     [("OM-25-014_orden_muestras.docx", docx_bytes([
         ("h1", "Orden de muestras / Sample order OM-25-014"),
         ("p", "Metalúrgica Pampa S.A. - Ruta 178 km 2, Las Parejas, Santa Fe, Argentina"),
         ("p", "Proveedor / Supplier: Anadolu Dokum San. ve Tic. A.S., Konya, Turkey"),
         ("p", "Fecha: 12/03/2025"),
         ("p", "Please produce the sample lot of the seed-drill coulter hub SD-2210 rev 4 per drawing, as discussed "
               "with Martín Acosta during the visit to Konya. Material EN-GJS-500-7, bore H7, grease nipple "
               "M6x1 per DIN 71412."),
         ("p", "The series is not released. It will be released by our purchasing department after FAI sign-off "
               "of the samples."),
         ("table", [
             ["Item", "Detail"],
             ["Part", "SD-2210 rev 4"],
             ["Delivery", "air freight, DAP Rosario, semana 16"],
             ["Documents", "FAI report, 3.1 certificate, hardness"],
         ]),
         ("p", "Saludos, Compras - Metalúrgica Pampa S.A."),
     ], author="Compras Metalurgica Pampa"))])

# p13 RG010: e-mail with full hold/event/person but no quantity for the prototype lot
case("p13_email_prototype_lot_no_qty", ["RG010"],
     "E-mail: 'run the prototype lot' with hold, unlock event and named releaser, but never states how many prototypes.",
     [("PTO_guard_bracket_prototypes.eml", mail(
         "Dale Kowalski <dkowalski@prairieridge-impl.com>",
         "Rajan Iyer <rajan.iyer@cbeprecisionforge.in>",
         "PTO guard brackets DRG 52-1000 rev 3 - prototype lot",
         dt(2025, 3, 12, 15, 45, -5),
         "Rajan,\n\n"
         "Please run the prototype lot of PTO guard brackets per the attached drawing notes (DRG 52-1000 rev 3).\n\n"
         "The production quantity is not released. Megan Holt signs off the prototypes on the test tractor first, "
         "then Rick Sandoval issues a written release for the production quantity. Until then, nothing beyond the "
         "prototypes, and no material beyond what the prototypes need.\n\n"
         "Ship by air, DAP Ames. Zinc flake coating per ISO 10683, 480 h salt spray.\n\n"
         "Thanks,\nDale\n" + sig("Dale Kowalski", "Senior Buyer", "Prairie Ridge Implements Inc., Ames, Iowa",
                                 "+1 515 555 0143"),
         attachments=[("DRG_52-1000_rev3_notes.txt",
                       "DRG 52-1000 REV 3 - PTO GUARD BRACKET - NOTES\n"
                       "1. MATERIAL: S355MC, 6 MM\n"
                       "2. BEND RADII: 1.5 T MIN\n"
                       "3. HOLES: 4X 13.5 THRU FOR M12 10.9\n"
                       "4. FITS 1000 RPM GUARD MOUNT, ASABE S604\n"
                       "5. BREAK ALL EDGES 0.5 MAX\n"
                       "6. COATING PER NOTE IN PO\n", "text/plain")]))])

# p14 RG010: DOCX call-off with no quantity ("as per the schedule agreed on the phone")
case("p14_docx_calloff_no_qty", ["RG010"],
     "DOCX call-off no. 4 'as per the schedule agreed on the phone' - no quantity; balance not released until next call-off by named buyer.",
     [("DDI_call-off_04_April.docx", docx_bytes([
         ("h1", "Call-off no. 4 - April 2025"),
         ("p", "Darling Downs Implements Pty Ltd - Toowoomba QLD - Blanket order DDI-7700 (cab panels, season 2025/26)"),
         ("p", "To: Kujawy Cab Systems Sp. z o.o., Bydgoszcz - Attn. Tomasz Nowak"),
         ("p", "Please build and deliver per the delivery schedule we agreed on the phone last Thursday."),
         ("table", [
             ["Part", "Description", "Ship from", "Deliver to"],
             ["CP-6610-L", "Cab side panel LH, PC 6 mm grey tint", "Bydgoszcz", "DDI Goods Inwards, Toowoomba"],
             ["CP-6610-R", "Cab side panel RH, PC 6 mm grey tint", "Bydgoszcz", "DDI Goods Inwards, Toowoomba"],
         ]),
         ("p", "The remaining blanket quantity stays on hold and is not released. Each further quantity is "
               "released only by the next call-off issued by Brett Maguire."),
         ("p", "Issued 28/03/2025 - Brett Maguire, Purchasing"),
     ], author="Brett Maguire"))])

# p15 RG010: PDF PO with quantity "as per quotation"
case("p15_pdf_po_qty_per_quotation", ["RG010"],
     "PDF sample PO where the quantity column says 'as per quotation'; series held, sign-off + Rinaldi written release named.",
     [("OdA_4500101422.pdf", pdf([
         ("h1", "ORDINE D'ACQUISTO 4500101422"),
         ("p", "Trattori Padana S.p.A. - Via Emilia Ovest 1150, 42124 Reggio Emilia"),
         ("p", "Fornitore: Anadolu Dokum San. ve Tic. A.S., Konya (TR) - Data 14.03.2025 - Buyer G. Ferri"),
         ("table", [
             ["Pos.", "Codice", "Descrizione", "Q.ta", "Prezzo"],
             ["10", "5520-118 rev 02", "Campionatura scatola volano / flywheel housing sample lot, EN-GJS-400-15",
              "as per quotation ADK-Q-2025-0417", "EUR 142,00 / pz"],
         ]),
         ("sp",),
         ("p", "Series quantity not released. Release only after sample sign-off by Marco Bellini (Ufficio "
               "Tecnico), in writing by Stefano Rinaldi (Responsabile Acquisti)."),
         ("p", "Resa FCA Konya. Pagamento 60 gg d.f.f.m. Certificato EN 10204 3.1."),
     ], title="OdA 4500101422", author="Trattori Padana"))])

# p16 RG002: chat, scope set earlier; later an unscoped "you're good to go"
case("p16_chat_good_to_go", ["RG002"],
     "Chat: full scope stated earlier (20 samples, 480 held, sign-off + written release by named buyer); later an unscoped 'You're good to go'.",
     [("WhatsApp Chat with Rajan CPF.txt",
       "[04/03/25, 10:02:11 AM] Brett Maguire (DDI): Rajan, confirming: 20 sample tine bars only. The 480 balance "
       "is on hold - not released - until our field trial sign-off (Nathan Cole, engineering) and then a written "
       "release from me.\n"
       "[04/03/25, 10:05:40 AM] Rajan Iyer (CPF): Noted sir, 20 nos sample only.\n"
       "[18/03/25, 2:31:09 PM] Rajan Iyer (CPF): Good afternoon sir. We changed the weld sequence on tine bar "
       "bracket to reduce distortion, photos attached. Kindly confirm can we proceed?\n"
       "[18/03/25, 2:31:15 PM] Rajan Iyer (CPF): <Media omitted>\n"
       "[18/03/25, 2:31:16 PM] Rajan Iyer (CPF): <Media omitted>\n"
       "[18/03/25, 3:47:52 PM] Brett Maguire (DDI): Looks spot on mate. You're good to go \U0001F44D\n"
       "[18/03/25, 3:48:30 PM] Rajan Iyer (CPF): Thank you sir \U0001F64F\n")])


# ------------------------------------------------------------ batch 3
# c15 clean: multi-file bundle, TXT PO + supplier quote PDF declared reference-only
case("c15_bundle_po_quote_reference_only", [],
     "Bundle: TXT sample PO (6 kits) declares attached quote's 1,200/yr series not released; sign-off + written release by named buyer; quote PDF alongside.",
     [("Commande_VM-25-1187.txt",
       "VENDÉE MOTOCULTURE SAS - COMMANDE / PURCHASE ORDER N° VM-25-1187\n"
       "ZI La Buzenière, 85500 Les Herbiers, France\n"
       "Date : 19/03/2025                Acheteur : Yannick Bossard\n"
       "Fournisseur : Ege Hidrolik Hortum San. ve Tic. Ltd. Şti., Atatürk OSB, Çiğli / İzmir, Türkiye\n\n"
       "Pos  Article            Désignation                                     Qté   PU EUR   Total\n"
       "10   KIT-RB180-HYD ind.C Kit flexibles presse RB-180, échantillons       6    212,00   1 272,00\n\n"
       "SCOPE / PÉRIMÈTRE\n"
       "- Only the 6 sample kits are ordered now.\n"
       "- Your quotation EH-Q-25-0193 is attached for reference only; the series quantity in it\n"
       "  (1,200 kits/year) is not released by this order.\n"
       "- Series release: after the sample sign-off by Claire Bouchet (bureau d'études), by a written\n"
       "  release signed by Yannick Bossard.\n"
       "- Matière / material: for the 6 kits only.\n\n"
       "Livraison DAP Les Herbiers, semaine 17. Flexibles SAE 100R2AT, coupleurs ISO 7241-A.\n"
       "Rapport de sertissage + test pression 2x PS avec chaque kit.\n"),
      ("EH-Q-25-0193_teklif.pdf", pdf([
          ("h1", "TEKLIF / QUOTATION EH-Q-25-0193"),
          ("p", "Ege Hidrolik Hortum San. ve Tic. Ltd. Sti. - Ataturk OSB, Cigli / Izmir - Tel +90 232 555 0193"),
          ("p", "To: Vendee Motoculture SAS, Les Herbiers - Attn. Mr. Yannick Bossard - 14.03.2025"),
          ("table", [
              ["Pos", "Description", "Quantity", "Unit price", "Lead time"],
              ["1", "Hose kit RB-180 (9 hoses), samples", "6 kits", "EUR 212,00", "3 weeks"],
              ["2", "Hose kit RB-180, series", "1,200 kits / year", "EUR 148,50", "4 weeks per call-off"],
          ]),
          ("p", "Prices FCA Izmir. Payment 60 days. Validity 30 days. Ayse Demir - Export Sales"),
      ], title="EH-Q-25-0193", author="Ege Hidrolik"))])

# c16 clean: interim sample disposition with limits (DOCX) + release e-mail within the limit
_c16_disp = docx_bytes([
    ("h1", "Disposición de muestras / Sample disposition SD-25-019"),
    ("p", "Metalúrgica Pampa S.A. - Ingeniería de producto"),
    ("p", "Pieza / part: cubo DH-3340 rev 2 (GGG-50) - Proveedor: Fundição Serra Gaúcha Ltda. - 24 muestras recibidas 10/03/2025"),
    ("table", [
        ["Characteristic", "Result", "Note"],
        ["Dimensional (CMM, 42 characteristics)", "conform", "-"],
        ["Hardness 170-230 HB", "185-204 HB", "-"],
        ["Surface porosity, face B", "2 of 24 over limit", "impregnation trial running"],
    ]),
    ("h", "Sample sign-off: INTERIM"),
    ("p", "Limits: up to 200 pcs in total, shipped before 30/06/2025. Full sign-off after the impregnation trial."),
    ("p", "Firma: Martín Acosta, Ingeniería - 18/03/2025"),
], author="Martin Acosta")
case("c16_interim_disposition_limited_release", [],
     "Interim sample sign-off limited to 200 pcs/30-06 (DOCX) + release e-mail for 200 within limit; 1.800 on hold until full sign-off and Gimenez's written release.",
     [("Liberacion_DH-3340_interina.eml", mail(
         "Sofia Gimenez <sgimenez@metpampa.com.ar>",
         "Rafael Souza <rafael.souza@fundicaoserragaucha.com.br>",
         "Liberación de producción 200 pcs - cubo DH-3340 rev 2 (disposición interina)",
         dt(2025, 3, 19, 10, 12, -3),
         "Hola Rafael,\n\n"
         "Martín signed the sample disposition for DH-3340 rev 2 as INTERIM (document attached): porosity on face "
         "B still open, the rest is conforme.\n\n"
         "Within the interim limits, this e-mail is the production release:\n"
         "- Released now: 200 pcs DH-3340 rev 2, to ship before 30/06/2025. Nothing more.\n"
         "- The other 1.800 pcs of the 2.000 series stay on hold. They are released only after Martín's full "
         "sign-off (after the impregnation trial) and a new written release from me.\n"
         "- Material: for the 200 only.\n\n"
         "Por favor confirmá recepción y fecha de colada.\n\n"
         "Saludos,\nSofía\n" + sig("Sofía Giménez", "Jefa de Compras", "Metalúrgica Pampa S.A., Las Parejas, Santa Fe",
                                   "+54 3471 55 0912"),
         cc="Martin Acosta <macosta@metpampa.com.ar>",
         attachments=[("SD-25-019_disposicion.docx", _c16_disp, DOCX_MT)]))])

# c17 clean: PDF hold notice
case("c17_pdf_hold_notice", [],
     "Hold notice: 50 pre-series active, 2,350 not released, do not start/buy; sign-off by Holt then written release by Sandoval.",
     [("HN-25-007_hold_notice.pdf", pdf([
         ("h1", "HOLD NOTICE HN-25-007"),
         ("p", "Prairie Ridge Implements Inc. - Ames, Iowa - issued 03/21/2025"),
         ("p", "To: Shree Ganesh Castings, Rajkot, Gujarat, India - Attn. Anil Deshmukh"),
         ("p", "Order: PO 4500231990 - top link casting 71-5120 rev A (EN-GJS-500-7)"),
         ("table", [
             ["", "Quantity", "Status"],
             ["Pre-series (field test)", "50 pcs", "released - build and ship"],
             ["Balance", "2,350 pcs", "NOT RELEASED - do not start, do not buy material"],
         ]),
         ("sp",),
         ("p", "Unlock: field-test sign-off of the 50 pre-series castings by Megan Holt (Product Engineering), then "
               "a written production release by Rick Sandoval, Materials Manager (release limit 1,000 pcs per "
               "release)."),
         ("p", "Material authority: pre-series only (material for 50 pcs)."),
         ("p", "This notice replaces nothing on the commercial side: PO 4500231990 remains valid as issued."),
     ], pagesize=LETTER, title="HN-25-007", author="Prairie Ridge Implements"))])

# c18 clean: multipart/alternative release e-mail, 300 of 1,000, rest held until next written release
_c18_txt = (
    "G'day Sanjay,\n\n"
    "Josh signed off the field trial on the S-tines on 14 March (report FT-25-006, all 20 samples fine after "
    "180 ha in heavy clay). So here's the paperwork:\n\n"
    "RELEASE No. 1 - PO 88102 - S-tine ST-3210\n"
    "Released for production now: 300 pcs.\n"
    "PO 88102 covers 1,000 pcs commercially. The remaining 700 stay on hold until the next written release "
    "from me.\n"
    "Material: for the 300.\n\n"
    "Ship by sea, LCL to Melbourne, DAP Horsham. Bundles of 25, tagged.\n\n"
    "Cheers,\nKylie\n" + sig("Kylie Brennan", "Procurement Lead", "Wimmera Ag Machinery Pty Ltd, Horsham VIC",
                             "+61 3 5382 0400"))
case("c18_release_email_300_of_1000", [],
     "Release e-mail (text+HTML): 300 released after field sign-off, PO covers 1,000, 700 on hold until next written release from named Procurement Lead.",
     [("Release_1_PO_88102_S-tines.eml", mail(
         "Kylie Brennan <kylie.brennan@wimmera-ag.com.au>",
         "Sanjay Kulkarni <sanjay@kft-kolhapur.in>",
         "Release No. 1 - PO 88102 - S-tines ST-3210 - 300 pcs",
         dt(2025, 3, 17, 16, 4, 11),
         _c18_txt,
         html="<html><body><p>G'day Sanjay,</p><p>Josh signed off the field trial on the S-tines on 14 March "
              "(report FT-25-006, all 20 samples fine after 180 ha in heavy clay). So here's the paperwork:</p>"
              "<table border='1' cellpadding='4'><tr><th colspan='2'>RELEASE No. 1 - PO 88102 - S-tine ST-3210</th></tr>"
              "<tr><td>Released for production now</td><td><b>300 pcs</b></td></tr>"
              "<tr><td>Commercial cover (PO 88102)</td><td>1,000 pcs</td></tr>"
              "<tr><td>On hold</td><td>700 pcs - until the next written release from me</td></tr>"
              "<tr><td>Material</td><td>for the 300</td></tr></table>"
              "<p>Ship by sea, LCL to Melbourne, DAP Horsham. Bundles of 25, tagged.</p>"
              "<p>Cheers,<br>Kylie Brennan<br>Procurement Lead, Wimmera Ag Machinery</p></body></html>"))])

# c19 clean: group chat, supplier asks "shall we go ahead?", buyer answers with a scoped go-ahead
case("c19_chat_scoped_go_ahead", [],
     "Group chat: 'Go ahead with the 15 pilot castings only', 2,985 not released, Holt sign-off then Sandoval written release; material for 15.",
     [("WhatsApp Chat with PRI - SGC castings.txt",
       "3/24/25, 7:12 AM - Anil Deshmukh: Good morning sir. Pattern modification done as per ECN-0412 (core print "
       "moved 4 mm). Shall we go ahead?\n"
       "3/24/25, 7:13 AM - Anil Deshmukh: <Media omitted>\n"
       "3/24/25, 8:40 AM - Dale Kowalski: Morning Anil. Go ahead with the 15 pilot castings only, rev B pattern. "
       "The other 2,985 are not released - Megan signs off the pilots, then Rick Sandoval releases in writing. "
       "Material for the 15 only.\n"
       "3/24/25, 8:41 AM - Anil Deshmukh: Clear sir. 15 nos pilot only.\n"
       "3/24/25, 8:55 AM - Megan Holt: Pls add 2 extra tensile bars per heat for our lab, thx\n"
       "3/24/25, 8:57 AM - Anil Deshmukh: Sure madam \U0001F44D\n")])

# c20 clean: DOCX PO with table; forecast line labelled not released, named releaser, sample-only material
case("c20_docx_po_forecast_line_labelled", [],
     "DOCX PO: 10 samples ordered; 1.990 forecast line marked 'forecast - not released, not an order'; sign-off + Zanin written release; sample-only material.",
     [("SV-25-0080_ordine.docx", docx_bytes([
         ("h1", "Ordine di acquisto / Purchase order SV-25-0080"),
         ("p", "Seminatrici Venete S.r.l. - Via dell'Industria 21, 35013 Cittadella (PD), Italia"),
         ("p", "Fornitore / Supplier: Shree Ganesh Castings, GIDC Lodhika, Rajkot 360021, Gujarat, India"),
         ("p", "Data: 17.03.2025 - Riferimento offerta SGC/Q/2025/118"),
         ("table", [
             ["Riga", "Codice", "Descrizione", "Quantità", "Stato"],
             ["10", "DC-0410 rev 3", "Mozzo disco assolcatore / disc coulter hub, campioni", "10 pz", "ordered now"],
             ["20", "DC-0410 rev 3", "Season 2026 need", "1.990 pz", "FORECAST - not released, not an order"],
         ]),
         ("p", "Only line 10 is ordered. Line 20 is a forecast for your planning and authorizes nothing."),
         ("p", "Production release of any series quantity: only by a written production release signed by Paolo "
               "Zanin (Responsabile Acquisti), after the sample sign-off by our Ufficio Tecnico (ing. Laura "
               "Benetton)."),
         ("p", "Material authority: samples only."),
         ("p", "Resa: CIF Venezia. Pagamento: 60 gg d.f. Certificati 3.1, rapporto dimensionale su 5 pz."),
     ], author="Paolo Zanin"))])

# p17 RG002 RG009: engineering "approved ... Proceed." (drawing approval + PO approval) over a quoted scope
_p17_q_mehmet = (
    "On 14 Mar 2025, at 08:15, Mehmet Yilmaz <mehmet.yilmaz@anadoludokum.com.tr> wrote:\n"
    "Dear Travis,\n"
    "attached our markup of 88-2350 with the draft angle change (1.5 to 3 deg on the inner rib) we need for "
    "moulding. Please check and let us know.\n"
    "Best regards, Mehmet\n\n"
    "> On 3 Mar 2025, Luke Brandt <lbrandt@heartlandharvest.com> wrote:\n"
    "> Mehmet, PO 4500232301 for 24 sample castings of 88-2350 rev C is attached. The 1,176 series are not\n"
    "> released; they are released only in writing by Dana Whitfield (Materials Manager) after our engineering\n"
    "> signs off the samples. Material for the 24 only.\n")
case("p17_engineering_approved_proceed", ["RG002", "RG009"],
     "Engineering reply 'approved ... PO was approved by our controller ... Proceed.' - unscoped proceed; 'approved' for drawing and commercial PO; scope quoted below.",
     [("RE_88-2350_draft_angle.eml", mail(
         "Travis Lindqvist <tlindqvist@heartlandharvest.com>",
         "Mehmet Yilmaz <mehmet.yilmaz@anadoludokum.com.tr>",
         "RE: 88-2350 draft angle change / drawing markup",
         dt(2025, 3, 14, 16, 40, -5),
         "Mehmet,\n\n"
         "Drawing 88-2350 rev D - reviewed and approved, the 3 deg draft is fine for us on the inner rib. PO "
         "4500232301 was approved by our controller yesterday too, so we're all set on the paperwork. Proceed.\n\n"
         "Travis\n" + sig("Travis Lindqvist", "Design Engineer - Tillage", "Heartland Harvest Equipment Co., York, NE",
                          "+1 402 555 0151") + "\n" + quote(_p17_q_mehmet) + "\n",
         cc="Luke Brandt <lbrandt@heartlandharvest.com>",
         in_reply_to="<ADK-3141-0815@anadoludokum.com.tr>"))])

# p18 RG002: DOCX minutes with scope, then "gave ... the green light" with no scope
case("p18_docx_minutes_green_light", ["RG002"],
     "Meeting minutes state 12 samples + 1.188 held until sign-off and Rinaldi's written release, then record an unscoped 'green light'.",
     [("Verbale_visita_Ningbo_2025-03-13.docx", docx_bytes([
         ("h1", "Verbale riunione / Minutes of meeting"),
         ("p", "Supplier visit Ningbo Hengda Driveline at Trattori Padana, Reggio Emilia - 13.03.2025"),
         ("p", "Present: G. Ferri (Acquisti), M. Bellini (Ufficio Tecnico), S. Rinaldi (Resp. Acquisti) - "
               "K. Zhang, L. Chen (Ningbo Hengda)"),
         ("h", "1. Order 4500101450 - PTO shaft 5520-PTO-09"),
         ("p", "Order covers 12 sample shafts. The balance of 1.188 of the 1.200 series is not released; it is "
               "released only by a written production release from S. Rinaldi after sample sign-off by M. Bellini."),
         ("h", "2. Guard colour and labelling"),
         ("p", "Guard in RAL 1003 yellow; warning labels per ISO 11684, Italian/English/French. Ningbo to send "
               "label proofs by 20.03."),
         ("h", "3. Packaging and logistics"),
         ("p", "Crates of 8 shafts, FOB Ningbo, sea freight to La Spezia. Agreed."),
         ("p", "Decision: TP gave Ningbo Hengda the green light."),
         ("h", "4. Next steps"),
         ("li", "Ningbo: PPAP-lite package (dimensional report, material certs, torque test) with the samples."),
         ("li", "TP: confirm tractor availability for fit check, week 17."),
         ("p", "Minutes by G. Ferri - distributed 14.03.2025"),
     ], author="Giulia Ferri"))])

# p19 RG002 RG012: deposit paid, "bon pour accord, you can proceed" over quoted sample scope
_p19_q = (
    "Le 28/02/2025 à 11:02, Nicolas Perrin <n.perrin@agrimat.fr> a écrit :\n"
    "Tomasz,\n"
    "order CA-25-0410 attached: 6 cab roof panel samples RP-T7 ind. B. The balance of 594 is not released until\n"
    "the sample sign-off by Claire Fabre and a written release from me.\n"
    "Nicolas\n")
case("p19_deposit_paid_you_can_proceed", ["RG002", "RG012"],
     "Buyer: 30% deposit on tooling and series sent, 'so ... bon pour accord, you can proceed' - payment treated as go signal, unscoped; sample scope quoted below.",
     [("RE_CA-25-0410_acompte.eml", mail(
         "Nicolas Perrin <n.perrin@agrimat.fr>",
         "Tomasz Nowak <t.nowak@kujawy-cab.pl>",
         "RE: CA-25-0410 - proforma acompte / down payment",
         dt(2025, 3, 14, 9, 5, 1),
         "Bonjour Tomasz,\n\n"
         "L'acompte de 30 % sur l'outillage et la série est parti ce matin (virement SEPA, réf. ACPT-0410, "
         "EUR 11.340,00) - so from our side it's bon pour accord, you can proceed.\n\n"
         "Merci de m'envoyer le planning mis à jour.\n\n"
         "Cordialement,\nNicolas Perrin\nAcheteur - Agrimat SAS, Angers\nTél. +33 2 41 55 01 37\n\n"
         + quote(_p19_q) + "\n",
         in_reply_to="<KCS-0410-proforma@kujawy-cab.pl>"))])

# p20 RG002 RG007: "samples are fine. Go ahead and run it" against a written-release requirement
_p20_q = (
    "Il 05/03/2025 10:20, Davide Marchetto <d.marchetto@seminatricivenete.it> ha scritto:\n"
    "Dear Agnieszka,\n"
    "order SV-25-0072 attached: 6 sample coulter arms CA-1010 rev 1. The series (594 pcs) is not released until\n"
    "the sample sign-off by our lab and a written release by Paolo Zanin (Responsabile Acquisti).\n"
    "Best regards, Davide\n")
case("p20_samples_fine_go_ahead_run_it", ["RG002", "RG007"],
     "Buyer: lab found the 6 samples fine, 'Go ahead and run it' - unscoped and treats sample check as production start despite quoted written-release requirement.",
     [("RE_SV-25-0072_campioni.eml", mail(
         "Davide Marchetto <d.marchetto@seminatricivenete.it>",
         "Agnieszka Wisniewska <a.wisniewska@odlewnia-wlkp.pl>",
         "RE: SV-25-0072 campioni bracci assolcatori / coulter arm samples",
         dt(2025, 3, 26, 17, 10, 1),
         "Dear Agnieszka,\n\n"
         "our lab checked the 6 coulter arm samples, they are fine (dimensional ok, hardness 185-196 HB). "
         "Go ahead and run it, we need the parts for the sowing season.\n\n"
         "Best regards,\nDavide Marchetto\nUfficio Acquisti - Seminatrici Venete S.r.l.\nTel. +39 049 555 0172\n\n"
         + quote(_p20_q) + "\n",
         in_reply_to="<OW-0305-sv0072@odlewnia-wlkp.pl>"))])

# p21 RG002 RG010: portal deviation request "APPROVED - supplier may proceed", no active quantity anywhere
case("p21_portal_deviation_approved_proceed", ["RG002", "RG010"],
     "Portal: deviation decision 'APPROVED - supplier may proceed' (unscoped); pre-series 'quantity per separate schedule' - no active quantity; balance held with event and releaser.",
     [("heartland_portal_DR-0419.html", html_page("Heartland Harvest - Supplier Portal - DR-0419", """
<h1>Heartland Harvest Equipment &mdash; Supplier Portal</h1>
<p>Supplier: <b>Horizontina Componentes Ltda.</b> &middot; vendor 704410</p>
<h2>Deviation request DR-0419</h2>
<table>
<tr><th>Part</th><td>TL-3320 rev B &mdash; top link tube, cat. 3</td></tr>
<tr><th>Request</th><td>Use 42CrMo4 +QT bar from Gerdau instead of specified 41Cr4; same hardness band 28-34 HRC</td></tr>
<tr><th>Submitted</th><td>03/11/2025 by Juliana Costa</td></tr>
<tr><th>Buyer decision</th><td><b>APPROVED</b> &#10004; &mdash; 03/19/2025</td></tr>
<tr><th>Next step</th><td>Supplier may proceed.</td></tr>
</table>
<h2>Order</h2>
<table>
<tr><th>PO</th><td>4500232377 &mdash; pre-series lot for field trial, quantity per separate schedule</td></tr>
<tr><th>Series balance</th><td>Not released. Unlocked only by a written release from Dana Whitfield (Materials Manager) after PPAP-lite sign-off.</td></tr>
</table>
<p style="font-size:11px;color:#666">Heartland Harvest Equipment Co. &middot; 1800 N Lincoln Ave, York NE 68467</p>
""", lang="en"))])

# p22 RG006: supplier books material for the full quantity though only 12 are released (buyer scope quoted)
_p22_q = (
    "On Thu, Mar 6, 2025 at 10:11 AM Dale Kowalski <dkowalski@prairieridge-impl.com> wrote:\n"
    "Anil,\n"
    "PO 4500232120 attached: 12 prototype housings 71-4470 rev A. The other 1,188 of your quote are not\n"
    "released. Megan Holt signs off the prototypes, then Rick Sandoval (Materials Manager) releases in writing.\n"
    "Dale\n")
case("p22_supplier_booked_iron_full_qty", ["RG006"],
     "Supplier acknowledges only 12 released and 1,188 on hold, yet has booked pig iron and alloys for the full 1,200.",
     [("RE_PO_4500232120_71-4470.eml", mail(
         "Anil Deshmukh <anil@shreeganeshcastings.in>",
         "Dale Kowalski <dkowalski@prairieridge-impl.com>",
         "RE: PO 4500232120 - prototype housings 71-4470",
         dt(2025, 3, 8, 12, 25, 5.5),
         "Dear Dale sir,\n\n"
         "Thank you for the PO. Noted sir, only 12 proto castings are released, balance 1,188 nos on hold.\n\n"
         "However, to protect the 10-week lead time for your season, we have already booked SG 500/7 pig iron and "
         "ferro-alloys for the full 1,200 nos with our supplier. This material is kept aside for your order only, "
         "so that once Rick sir releases we can pour the same week.\n\n"
         "Proto castings will be ready by 2nd April, dimensional report and 3.1 will follow with shipment.\n\n"
         "Thanks & regards,\nAnil Deshmukh\nMarketing Head\nShree Ganesh Castings, GIDC Lodhika, Rajkot\n"
         "Mob. +91 98250 55012\n\n" + quote(_p22_q) + "\n",
         in_reply_to="<PRI-4500232120@prairieridge-impl.com>"))])

# p23 RG006 RG008: chat, supplier treats forecast as firm order and cuts material for 1,500
case("p23_chat_forecast_as_firm_material", ["RG006", "RG008"],
     "Chat: buyer labels 6.000/yr a forecast and holds 1.490; supplier 'takes forecast as firm order' and has cut tubes/bought yokes for 1,500.",
     [("WeChat export Kevin Zhang.txt",
       "2025-03-12 15:02  Giulia Ferri\n"
       "Hi Kevin, order 4500101488 is in your mail. 10 samples only. The 1.490 are not released until sample "
       "sign-off by Marco Bellini and written release by Stefano Rinaldi. The 6.000/year is our forecast, not an "
       "order.\n\n"
       "2025-03-12 15:20  Kevin Zhang\n"
       "Received, thank you Giulia \U0001F60A\n\n"
       "2025-03-13 09:41  Kevin Zhang\n"
       "Understand Giulia. For our planning we take your forecast 6000 pcs as firm order, so we already cut tubes "
       "and bought yokes for 1,500 shafts. Then when release come we ship very fast.\n\n"
       "2025-03-13 09:42  Kevin Zhang\n"
       "Samples ETD 28 March by DHL.\n")])

# p25 RG006: buyer suggests buying bar for the whole 900 "off the record" - no material authority
_p25_txt = (
    "Hi Juliana,\n\n"
    "PO 4500232600 is attached: 30 pre-series top links TL-3320 rev B for the field trial. The other 870 are not "
    "released - Travis signs off the field trial, then Dana Whitfield (Materials Manager) releases them in "
    "writing. Material authority on this PO: pre-series only.\n\n"
    "Unofficially - and I can't put this on paper yet - I'd get the 42CrMo4 bar in for the whole 900 now. Mill "
    "lead times out of Gerdau are brutal this spring and we won't have time to wait once Dana signs.\n\n"
    "Ship the 30 by air, DAP York. PPAP-lite package with the parts please.\n\n"
    "Thanks,\nLuke\n" + sig("Luke Brandt", "Buyer", "Heartland Harvest Equipment Co., York, NE", "+1 402 555 0187"))
case("p25_buyer_offrecord_bar_whole_lot", ["RG006"],
     "Buyer e-mail: 30 released, 870 held, pre-series-only material authority - then urges buying bar for the whole 900 'off paper'.",
     [("PO_4500232600_top_links.eml", mail(
         "Luke Brandt <lbrandt@heartlandharvest.com>",
         "Juliana Costa <juliana.costa@horizontinacomp.com.br>",
         "PO 4500232600 - pre-series top links TL-3320",
         dt(2025, 3, 20, 11, 0, -5),
         _p25_txt,
         attachments=[("PO_4500232600.pdf", pdf([
             ("h1", "PURCHASE ORDER 4500232600"),
             ("p", "Heartland Harvest Equipment Co., York NE - Vendor 704410 Horizontina Componentes Ltda."),
             ("table", [["Line", "Item", "Description", "Qty", "UoM"],
                        ["10", "TL-3320 rev B", "Top link tube cat. 3, pre-series for field trial", "30", "EA"]]),
             ("p", "Series (870 EA) not released. Written release by D. Whitfield, Materials Manager, after field "
                   "trial sign-off. Material authority: pre-series only."),
         ], pagesize=LETTER, title="PO 4500232600", author="Heartland Harvest Equipment"), PDF_MT)]))])


# ------------------------------------------------------------ batch 4
# c21 clean: supplier acknowledgement e-mail with HTML order confirmation attached, restating the hold
_c21_html = html_page("Confirmação de pedido / Order confirmation HC-OC-25-0215", """
<h1>Horizontina Componentes Ltda.</h1>
<p>Av. dos Imigrantes 2210, Horizontina RS 98920-000, Brasil &middot; CNPJ 55.210.880/0001-15</p>
<h2>Confirmação de pedido / Order confirmation HC-OC-25-0215</h2>
<p>Cliente: Vendée Motoculture SAS, Les Herbiers (FR) &middot; seu pedido / your order VM-25-1201 de 11/03/2025</p>
<table>
<tr><th>Item</th><th>Código</th><th>Descrição</th><th>Qtd. confirmada</th><th>Entrega</th></tr>
<tr><td>1</td><td>LA-880 rev 2</td><td>Braço de levante / lift arm, forged 42CrMo4, sample</td><td>40</td><td>sem. 16</td></tr>
</table>
<div class="note">
<p>Confirmed for production now: <b>40 sample pcs only</b>.</p>
<p>Balance of the annual volume (1.960 pcs): on hold &mdash; not started, no material bought. We wait for the written
production release signed by Mr. Yannick Bossard after your sample sign-off.</p>
</div>
<p>Incoterms FCA Porto Alegre. Pagamento 60 dias. Certificado EN 10204 3.1.</p>
""", lang="pt-BR")
case("c21_supplier_ack_html_attachment", [],
     "Supplier acknowledgement e-mail + HTML order confirmation: 40 samples only, 1.960 on hold, waits for named buyer's written release after sign-off.",
     [("Confirmacao_VM-25-1201.eml", mail(
         "Juliana Costa <juliana.costa@horizontinacomp.com.br>",
         "Yannick Bossard <y.bossard@vendee-motoculture.fr>",
         "Confirmação de pedido VM-25-1201 / order confirmation - lift arm LA-880",
         dt(2025, 3, 13, 14, 22, -3),
         "Prezado Yannick,\n\n"
         "we confirm your order VM-25-1201 as written - order confirmation HC-OC-25-0215 attached.\n\n"
         "Resumindo: 40 sample lift arms in production now, delivery week 16. The balance stays on hold, no "
         "material bought for it, until we receive your written production release.\n\n"
         "Any question about the forging drawing, please contact our engineer Felipe Krause.\n\n"
         "Atenciosamente,\nJuliana Costa\nVendas Exportação - Horizontina Componentes Ltda.\n+55 55 3537 5521\n",
         attachments=[("HC-OC-25-0215.html", _c21_html, "text/html")]))])

# c22 clean: PDF delivery schedule / call-off, one firm month, the rest labelled forecast
case("c22_pdf_schedule_firm_and_forecast", [],
     "PDF schedule: April 250 firm released by this call-off; May-Jul labelled forecast, not released, each released by monthly call-off from named manager.",
     [("DS-25-04_delivery_schedule.pdf", pdf([
         ("h1", "DELIVERY SCHEDULE / CALL-OFF DS-25-04"),
         ("p", "Heartland Harvest Equipment Co., York NE - to Qingdao Taili Hydraulic Hose Co., Ltd."),
         ("p", "Blanket agreement BA-2025-017 - hose assembly HA-16-R2-2000 (SAE 100R2AT 1\", 2000 mm, ISO 5675 tip)"),
         ("table", [
             ["Month", "Quantity", "Status"],
             ["April 2025", "250", "FIRM - released for production by this call-off"],
             ["May 2025", "300", "forecast - not released"],
             ["June 2025", "300", "forecast - not released"],
             ["July 2025", "200", "forecast - not released"],
         ]),
         ("sp",),
         ("p", "Only April is released. May to July are forecast figures for your planning; each month is released "
               "only by a monthly call-off signed by Dana Whitfield, Materials Manager."),
         ("p", "Material authority: for the April quantity only."),
         ("p", "Issued 03/25/2025. FOB Qingdao. Proof test report per lot."),
     ], pagesize=LETTER, title="DS-25-04", author="Heartland Harvest Equipment"))])

# c23 clean: portal sample disposition REJECTED, resubmit 10, production not released
case("c23_portal_rejected_resubmit", [],
     "Quality portal: samples rejected, resubmit 10 rev C; production not released until positive sign-off of resubmission by Fabre and written release by Moreau.",
     [("agrimat_qualite_VT-220.html", html_page("Agrimat - Qualité fournisseurs - VT-220", """
<h1>Agrimat SAS &mdash; Qualité fournisseurs</h1>
<p>Fournisseur: <b>Kolhapur Forge &amp; Tines Pvt. Ltd.</b> &middot; pièce VT-220 ind. B &mdash; dent de vibroculteur / cultivator tine</p>
<h2>Sample disposition</h2>
<table>
<tr><th>Samples received</th><td>10 pcs, 03/03/2025, commande CA-25-0301</td></tr>
<tr><th>Test</th><td>Bench fatigue 50 h, 3 Hz, amplitude 40 mm (norme interne AG-T-114)</td></tr>
<tr><th>Result</th><td>4 of 10 cracked at the bend radius R12</td></tr>
<tr><th>Disposition</th><td><b>REJECTED</b> &mdash; Claire Fabre, bureau d'études, 18/03/2025</td></tr>
</table>
<h2>What to do now</h2>
<div class="note">
<p>Resubmit <b>10 samples</b>, index C (bend radius R16, shot peening per drawing note 7).</p>
<p>The production quantity is not released. It can be released only after a positive sign-off of the resubmitted
samples by Claire Fabre and then a written release from Julien Moreau (achats).</p>
<p>Material: for the 10 resubmission samples only.</p>
</div>
""", lang="fr"))])

# c24 clean: long supplier reply thread, acknowledges hold; buyer scope quoted two levels down
_c24_q = (
    "On Tue, 11 Mar 2025 at 18:02, Kylie Brennan <kylie.brennan@wimmera-ag.com.au> wrote:\n"
    "Hi Mehmet,\n\n"
    "Freight: please quote both LCL Mersin-Melbourne and air to MEL for the prototypes; I'll pick once I see the "
    "numbers. Our receiving dock closes 3 pm Fridays, so no Friday arrivals please.\n\n"
    "Kylie\n\n"
    "> On Mon, 10 Mar 2025 at 09:30, Kylie Brennan wrote:\n"
    "> Mehmet,\n"
    "> PO 88155 attached. Scope in plain words:\n"
    "> - 8 prototype castings of seeder boot SB-44 rev A, that's all we're buying now.\n"
    "> - The 1,192 balance is not released.\n"
    "> - Josh Tran signs off the field test; after that I send a written release with a quantity on it.\n"
    "> - Material for the 8 only.\n"
    "> Cheers, Kylie\n")
case("c24_supplier_reply_thread_ack", [],
     "Long supplier reply: logistics and packaging, confirms only 8 prototypes and balance on hold; buyer scope with event and releaser quoted below.",
     [("RE_RE_PO_88155_seeder_boot.eml", mail(
         "Mehmet Yilmaz <mehmet.yilmaz@anadoludokum.com.tr>",
         "Kylie Brennan <kylie.brennan@wimmera-ag.com.au>",
         "RE: RE: PO 88155 - prototype seeder boots SB-44",
         dt(2025, 3, 12, 10, 45, 3),
         "Dear Kylie,\n\n"
         "Thank you. Freight offers:\n"
         "- LCL Mersin - Melbourne: USD 410, transit 38 days, weekly service\n"
         "- Air IST - MEL: USD 1.180 for 1 crate (96 kg), 4 days\n"
         "We will not plan any Friday arrival.\n\n"
         "About the order, we confirm again: we make only the 8 prototypes. The balance is on hold and we buy iron "
         "only for the 8. We wait for your written release after the field test.\n\n"
         "Packaging question: SB-44 wear tip face is machined - ok to protect with VCI paper and plywood, not "
         "plastic? Our QC asks also if ASTM A536 65-45-12 certificate is fine instead of EN designation, the grade "
         "is the same.\n\n"
         "Best regards,\nMehmet Yilmaz\nExport Sales Manager\nAnadolu Dokum San. ve Tic. A.S., Konya OSB\n"
         "+90 332 555 0417\n\n" + quote(_c24_q) + "\n",
         in_reply_to="<WAM-88155-0311@wimmera-ag.com.au>"))])

# c25 clean: multi-file, DOCX field test report (technical sign-off only) + release e-mail 500 of 2,000
case("c25_bundle_field_report_and_release", [],
     "Bundle: field-test report (technical sign-off only, releases nothing) + release e-mail: 500 released, 1,500 held until lot acceptance and next written release from named lead.",
     [("FT-25-009_field_test_report.docx", docx_bytes([
         ("h1", "Field test report FT-25-009"),
         ("p", "Wimmera Ag Machinery - Engineering - Longerenong test site"),
         ("p", "Part: hose assembly HA-10-R2-650 (SAE 100R2AT 5/8\", 650 mm, ISO 5675 tip) - supplier Qingdao Taili"),
         ("table", [
             ["Item", "Result"],
             ["Samples fitted", "20 assemblies on 2 air-seeder fan circuits"],
             ["Hours", "300 h, oil temp. up to 82 deg C"],
             ["Leaks / abrasion", "none / light sleeve wear, within limit"],
             ["Impulse test (lab)", "200,000 cycles at 133% WP, pass"],
         ]),
         ("h", "Sign-off"),
         ("p", "Technical sign-off: PASS. This report is a technical sign-off only; it releases no quantity."),
         ("p", "Josh Tran, Design Engineer - 24/03/2025"),
     ], author="Josh Tran")),
      ("Release_R-1_PO_88190.eml", mail(
          "Kylie Brennan <kylie.brennan@wimmera-ag.com.au>",
          "Lily Wang <lily.wang@tailihose.cn>",
          "Release R-1 - PO 88190 - HA-10-R2-650 - 500 pcs",
          dt(2025, 3, 25, 9, 30, 11),
          "Hi Lily,\n\n"
          "Josh's field test report FT-25-009 is signed (copy in our shared folder). Based on it:\n\n"
          "Release R-1 on PO 88190: 500 assemblies HA-10-R2-650 released for production.\n"
          "PO 88190 covers 2,000 commercially; the other 1,500 stay on hold. They will be released only after "
          "lot acceptance of these 500 at our dock and then the next written release from me.\n"
          "Material: for the 500.\n\n"
          "Sea freight, LCL to Melbourne, DAP Horsham. 25 per carton, caps on.\n\n"
          "Cheers,\nKylie\n" + sig("Kylie Brennan", "Procurement Lead", "Wimmera Ag Machinery Pty Ltd, Horsham VIC",
                                   "+61 3 5382 0400")))])

# p26 RG006 RG011: supplier production plan, 12 vs 10 released samples, sheet ordered for 600
case("p26_supplier_plan_material_600", ["RG006", "RG011"],
     "Supplier plan: PO covers 12 samples (588 not released) but schedules a released sample lot of 10; PC sheet ordered for 600 panels.",
     [("Plan_produkcji_DDI-7734.docx", docx_bytes([
         ("h1", "Plan produkcji / Production plan - DDI-7734"),
         ("p", "Kujawy Cab Systems Sp. z o.o. - Bydgoszcz - prepared 20.03.2025 by T. Nowak"),
         ("p", "Customer: Darling Downs Implements Pty Ltd (AU). Part: CP-6620 rear window panel, PC 8 mm."),
         ("p", "Order status: PO DDI-7734 covers 12 sample panels (balance 588 not released)."),
         ("table", [
             ["Operation", "Released sample qty", "Week"],
             ["Thermoforming", "10", "14"],
             ["CNC trimming", "10", "14"],
             ["Hard coat + curing", "10", "15"],
             ["Inspection + packing", "10", "15"],
         ]),
         ("h", "Material"),
         ("p", "PC sheet 8 mm (Makrolon) ordered from distributor for 600 panels, to secure price and mill slot "
               "before the summer increase. Delivery to Bydgoszcz week 16."),
         ("p", "Risk: hard coat line capacity in week 15 shared with another customer."),
     ], author="Tomasz Nowak"))])

# p27 RG006 RG008: supplier MRP printout, forecast converted to firm, material bought for 1,500
case("p27_supplier_mrp_forecast_firm", ["RG006", "RG008"],
     "Supplier MRP: customer released 30, balance 1.470 not released; customer forecast 1.500 converted to firm planned order and iron/alloys bought for 1.500.",
     [("MRP_FSG_DH-3360.txt",
       "FUNDICAO SERRA GAUCHA LTDA - PCP / MRP - RELATORIO DE NECESSIDADES      Emissao: 21/03/2025 07:30\n"
       "Cliente: 10233 METALURGICA PAMPA S.A. (AR)\n"
       "Item:    DH-3360 rev 1  CUBO GRADE DISCO GGG-50\n"
       "---------------------------------------------------------------------------------\n"
       "Pedido cliente:  OC-25-00958\n"
       "Liberado pelo cliente / customer release ............ 30 PC (amostras / samples)\n"
       "Saldo nao liberado pelo cliente / balance not released  1.470 PC\n"
       "Previsao cliente / customer forecast 2025 ............ 1.500 PC\n"
       "  -> CONVERTIDA EM ORDEM FIRME / converted to firm planned order OP-25-3318 (1.500 PC)\n"
       "---------------------------------------------------------------------------------\n"
       "Componente   Descricao                    Nec.(PC eq.)  Status\n"
       "FE-GUSA-N    ferro gusa nodular                  1.500  COMPRADO  RC-25-0771\n"
       "FE-SI75      ferro-silicio 75%                   1.500  COMPRADO  RC-25-0772\n"
       "MG-NODUL     nodulizante FeSiMg                  1.500  COMPRADO  RC-25-0773\n"
       "MACHO-3360   caixa de macho                     1 jogo  OK\n"
       "---------------------------------------------------------------------------------\n"
       "Usuario: RSOUZA   Pagina 1/1\n")])

# p28 RG006 RG012: supplier reads deposit as go-ahead for 800, fittings bought for all 800
_p28_q = (
    "On 2025-03-05 22:14, Cody Rasmussen <cody@bigskyag.com> wrote:\n"
    "Lily - PO BSA-25-0340 attached: 20 sample assemblies HA-16-R2-2000. The 780 balance is not released until\n"
    "our shop signs off the samples and I send a written release. 30% deposit per your PI to follow.\n"
    "Cody\n")
case("p28_supplier_deposit_started_800", ["RG006", "RG012"],
     "Supplier: deposit received 'so we started production of the 800' and bought fittings for all 800, against a quoted PO for 20 samples with 780 held.",
     [("RE_BSA-25-0340_deposit.eml", mail(
         "Lily Wang <lily.wang@tailihose.cn>",
         "Cody Rasmussen <cody@bigskyag.com>",
         "RE: BSA-25-0340 / PI-2025-0340 deposit received",
         dt(2025, 3, 12, 16, 8, 8),
         "Dear Cody,\n\n"
         "Thank you, we received your T/T deposit 30% for PI-2025-0340 today. So we started production of the 800 "
         "hose assemblies, and fittings and hose for all 800 already purchased, to keep your delivery in May.\n\n"
         "20 samples will ship first by express next week.\n\n"
         "Best regards,\nLily Wang\nSales Manager | Qingdao Taili Hydraulic Hose Co., Ltd.\n"
         "Tel: +86 532 5555 0340 | WhatsApp +86 139 5555 0340\n\n" + quote(_p28_q) + "\n",
         in_reply_to="<BSA-25-0340@bigskyag.com>"))])

# p29 RG006 RG007: chat, supplier has material for 8,000 and will start right after sample approval
case("p29_chat_material_in_start_after_approval", ["RG006", "RG007"],
     "Chat: buyer holds 7,960 until Fabre sign-off + his written release; supplier has spring steel for all 8,000 and will start 'immediately after your sample approval'.",
     [("WhatsApp Chat with Sanjay Kulkarni.txt",
       "[07/03/2025, 11:20:03] Julien Moreau: Sanjay, order CA-25-0399 sent by mail: 40 sample tines VT-240 for "
       "the field test. The 7,960 series are not released until Claire Fabre signs off the field test and I send "
       "a written release.\n"
       "[07/03/2025, 11:31:47] Sanjay Kulkarni: Noted sir \U0001F64F 40 nos samples.\n"
       "[21/03/2025, 06:58:12] Sanjay Kulkarni: Good morning sir. Samples dispatched, AWB 7741 2290 2206.\n"
       "[21/03/2025, 07:02:40] Sanjay Kulkarni: Sir good news, material for all 8,000 tines is in our stock now "
       "(EN 45 spring steel, 62 MT). We will start production immediately after your sample approval so you get "
       "parts for the season.\n")])

# p30 RG007: supplier (PT/EN) says it goes straight into the 1,200 series once samples are approved
_p30_txt = (
    "Olá Sofía,\n\n"
    "as amostras do braço TP-4420 (30 pcs) seguem amanhã via DHL, AWB 55 1230 4471.\n\n"
    "Assim que vocês aprovarem as amostras, a gente entra direto na série de 1.200 - as soon as you approve the "
    "samples we go straight into the 1,200 series, so please send your feedback quickly. Our furnace slot for "
    "quenching is reserved for week 17.\n\n"
    "Abraço,\nJuliana Costa\nVendas Exportação - Horizontina Componentes Ltda.\n+55 55 3537 5521\n")
case("p30_supplier_straight_into_series", ["RG007"],
     "Supplier e-mail: 'as soon as you approve the samples we go straight into the 1,200 series' - sample approval assumed to release production.",
     [("Amostras_TP-4420_envio.eml", mail(
         "Juliana Costa <juliana.costa@horizontinacomp.com.br>",
         "Sofia Gimenez <sgimenez@metpampa.com.ar>",
         "Amostras TP-4420 - envio / samples dispatch",
         dt(2025, 3, 27, 17, 45, -3),
         _p30_txt,
         html="<html><body><p>Olá Sofía,</p><p>as amostras do braço TP-4420 (30 pcs) seguem amanhã via DHL, "
              "AWB 55 1230 4471.</p><p>Assim que vocês aprovarem as amostras, a gente entra direto na série de "
              "1.200 - <i>as soon as you approve the samples we go straight into the 1,200 series</i>, so please "
              "send your feedback quickly. Our furnace slot for quenching is reserved for week 17.</p>"
              "<p>Abraço,<br>Juliana Costa</p></body></html>"))])

# p31 RG007: PDF PO with a proper hold, contradicted by a note "once approved, just carry on"
case("p31_pdf_po_carry_on_after_approval", ["RG007"],
     "PDF PO: 20 samples, 1.480 held until sign-off + Gimenez written release, but note says once Acosta approves samples 'carry on with the 1.480' without waiting.",
     [("OC-25-00977.pdf", pdf([
         ("h1", "ORDEN DE COMPRA OC-25-00977"),
         ("p", "Metalúrgica Pampa S.A. - Ruta 178 km 2, Las Parejas, Santa Fe - CUIT 30-55512345-9"),
         ("p", "Proveedor: Anadolu Dokum San. ve Tic. A.S., Konya, Turquía - Fecha: 13/03/2025"),
         ("table", [
             ["Ítem", "Código", "Descripción", "Cant.", "Precio unit."],
             ["1", "GB-700 rev 3", "Carcasa caja reductora / gearbox case, EN-GJL-250, muestras", "20", "EUR 96,00"],
         ]),
         ("sp",),
         ("p", "Saldo 1.480 pcs: no liberado / not released until sample sign-off by Martín Acosta (Ingeniería) "
               "and written release by Sofía Giménez (Jefa de Compras)."),
         ("p", "Nota: una vez aprobadas las muestras por Martín, sigan nomás con las 1.480 - once Martín approves "
               "the samples, just carry on with the 1.480, no need to wait for the written release. Tenemos la "
               "campaña encima."),
         ("p", "Entrega FCA Konya. Pago 60 días. Certificado 3.1."),
         ("p", "Emitida por: Hernán Ruiz, Compras"),
     ], title="OC-25-00977", author="Metalurgica Pampa"))])

# p32 RG007 RG008: chat, supplier will run the 3,000 automatically after field test; "forecast is our order"
case("p32_chat_run_forecast_automatically", ["RG007", "RG008"],
     "Chat: buyer labels 3,000 a forecast and holds 2,990; supplier says it will run the 3,000 automatically after field test and 'your forecast is our order'.",
     [("WhatsApp Chat with Mehmet Anadolu.txt",
       "[10/03/25, 4:12:55 PM] Brett Maguire (DDI): Mehmet, PO DDI-7760 is in your inbox: 10 prototype seeder boots "
       "SB-50. The other 2,990 are not released - Nathan Cole signs off the field test, then a written release "
       "from me. The 3,000 figure is a forecast.\n"
       "[10/03/25, 4:40:21 PM] Mehmet Yilmaz: Thanks Brett \U0001F44D\n"
       "[10/03/25, 4:41:02 PM] Mehmet Yilmaz: After field test OK we run your 3k automatically, as agreed at "
       "Konya visit. Your forecast is our order, no problem, capacity is booked on DISA line.\n"
       "[10/03/25, 4:41:30 PM] Mehmet Yilmaz: Prototypes ready week 15 \U0001F69A\n")])

# p34 RG007: supplier portal workflow auto-creates the 1,500 production order on sample approval
case("p34_supplier_portal_auto_create", ["RG007"],
     "Supplier portal workflow: production order for 1,500 is auto-created on customer sample approval (currently not released) - no recorded auto-conversion.",
     [("hengda_order_tracking_4500101510.html", html_page("Ningbo Hengda - Customer order tracking", """
<h1>Ningbo Hengda Driveline &mdash; Customer Order Tracking</h1>
<p>Customer: <b>Trattori Padana S.p.A.</b> &middot; customer PO 4500101510 &middot; part 5520-PTO-11 (cat. 5, 1 3/4" Z20, 1000 rpm)</p>
<table>
<tr><th>Customer PO quantity</th><td>10 sample shafts</td></tr>
<tr><th>Production order</th><td>PRD-25-0311, 1,500 pcs &mdash; current status: not released (waiting for sample approval)</td></tr>
</table>
<h2>Workflow</h2>
<table>
<tr><th>#</th><th>Step</th><th>Status</th></tr>
<tr><td>1</td><td>Samples produced (10 pcs)</td><td>&#10004; done 12.03.2025</td></tr>
<tr><td>2</td><td>Samples shipped, DHL 4471 2290 18</td><td>&#10004; done 14.03.2025</td></tr>
<tr><td>3</td><td>Customer sample approval</td><td>&#9203; waiting</td></tr>
<tr><td>4</td><td>Production order PRD-25-0311 (1,500 pcs)</td><td>auto-created and started on customer sample approval</td></tr>
</table>
<p style="font-size:11px;color:#666">Ningbo Hengda Driveline Co., Ltd. &middot; No. 88 Xingye Road, Beilun, Ningbo</p>
""", lang="en"))])

# p36 RG007 RG009: buyer test report - sample approval "also serves as production approval" for 300
case("p36_test_report_approval_serves_production", ["RG007", "RG009"],
     "DOCX test report: 'samples approved ... this approval also serves as production approval for the 300 pre-series' - sign-off rolls into production; 'approval' means two things.",
     [("RdP_DC-0420_campioni.docx", docx_bytes([
         ("h1", "Rapporto di prova / Test report RdP-25-044"),
         ("p", "Seminatrici Venete S.r.l. - Ufficio Tecnico - 21.03.2025"),
         ("p", "Part: disc coulter hub DC-0420 rev 1 - supplier Shree Ganesh Castings, Rajkot - order SV-25-0095"),
         ("table", [
             ["Check", "Spec", "Result"],
             ["Bore dia. 47 H7", "47,000-47,025", "47,008-47,019"],
             ["Hardness", "170-230 HB", "188-201 HB"],
             ["Run-out face", "max 0,10", "0,06"],
             ["Bearing press-fit 6204-2RS", "no cracking", "ok"],
         ]),
         ("h", "Approval"),
         ("p", "Samples approved by lab. As usual, this approval also serves as production approval for the 300 "
               "pre-series hubs."),
         ("p", "The remaining 1.700 series hubs stay on hold until lot acceptance of the pre-series and a written "
               "release by Paolo Zanin (Responsabile Acquisti)."),
         ("p", "ing. Laura Benetton - Ufficio Tecnico"),
     ], author="Laura Benetton"))])


# ------------------------------------------------------------ batch 5
# p37 RG008: buyer asks supplier to treat the season forecast as a firm order
case("p37_forecast_as_firm_order", ["RG008"],
     "Buyer e-mail: 'please consider our 2025 forecast of 6.000 hose kits as our firm order for the season' - forecast written as order.",
     [("Hose_kits_HK-TP-55_season_2025.eml", mail(
         "Chiara Lodi <c.lodi@trattoripadana.it>",
         "Ayse Demir <ayse.demir@egehidrolik.com.tr>",
         "Forecast 2025 - hose kits HK-TP-55 (T7 series)",
         dt(2025, 3, 3, 8, 50, 1),
         "Dear Ayşe,\n\n"
         "to secure your capacity for the hose kits HK-TP-55 (T7 tractor series), please consider our 2025 "
         "forecast of 6.000 kits as our firm order for the season.\n\n"
         "Monthly split (forecast):\n"
         "  April 400 - May 600 - June 700 - July 700 - August 500 - September 600\n"
         "  October 700 - November 700 - December 500 - January 600\n\n"
         "Specification unchanged: 1/2\" and 3/8\" SAE 100R2AT, ORFS fittings per ISO 8434-3, couplers ISO 7241-A, "
         "pressure test 2x WP on every assembly.\n\n"
         "Kind regards,\nChiara Lodi\nBuyer - Ufficio Acquisti\nTrattori Padana S.p.A., Reggio Emilia\n"
         "Tel. +39 0522 555 322\n"))])

# p38 RG008 RG012: supplier order confirmation confirms the EAU forecast as an order, start tied to advance
case("p38_supplier_oc_forecast_advance", ["RG008", "RG012"],
     "Supplier order confirmation confirms the customer's EAU forecast of 12,000 tines 'as order' and says production starts on receipt of the 25% advance.",
     [("KFT-OC-25-019_order_confirmation.pdf", pdf([
         ("h1", "ORDER CONFIRMATION KFT/OC/25/019"),
         ("p", "Kolhapur Forge & Tines Pvt. Ltd. - Plot B-27, MIDC Shiroli, Kolhapur 416122 - GSTIN 27AAACK5555K1Z3"),
         ("p", "Customer: Heartland Harvest Equipment Co., York, NE, USA - Date 14/03/2025"),
         ("p", "Ref.: your annual volume forecast (EAU) letter dated 03/03/2025"),
         ("table", [
             ["Sr.", "Item", "Description", "Qty", "Rate (USD)", "Amount (USD)"],
             ["1", "HT-900 rev C", "Harrow tine 12 mm, 55Si7, 46-50 HRC, powder coated",
              "12,000 nos", "2.64", "31,680.00"],
         ]),
         ("sp",),
         ("p", "Your EAU forecast of 12,000 nos is hereby confirmed as order. Delivery 1,000 nos per month, "
               "April 2025 to March 2026, FOB Nhava Sheva."),
         ("p", "Production will start on receipt of 25% advance (USD 7,920.00) in our account. Balance 75% "
               "against scanned B/L."),
         ("p", "For Kolhapur Forge & Tines Pvt. Ltd. - Sanjay Kulkarni, Manager (Exports)"),
     ], title="KFT/OC/25/019", author="Kolhapur Forge & Tines"))])

# p40 RG009: SAP print - PO "release strategy" (commercial) and production release in one document
case("p40_sap_release_strategy_vs_production", ["RG009"],
     "SAP PO print: 'Release status: RELEASED' (budget release strategy) beside 'production release pending' for item 20 - 'release' used for commercial and production.",
     [("ME23N_print_4500076611.txt",
       "AGRIMAT SAS                                            BON DE COMMANDE / PURCHASE ORDER\n"
       "12 rue de la Gatine, 49000 Angers                      No.        4500076611\n"
       "                                                       Date       12.03.2025\n"
       "                                                       Acheteur   J. MOREAU (A02)\n"
       "Release status: RELEASED   Release strategy A1 (budget approval D. LAMBERT, 12.03.2025)\n"
       "Fournisseur 300571\n"
       "KUJAWY CAB SYSTEMS SP. Z O.O.\n"
       "ul. Przemyslowa 12, 85-758 Bydgoszcz, PL\n"
       "---------------------------------------------------------------------------------------\n"
       "Pos  Article       Designation                          Qte  UQ   Prix net     Valeur nette\n"
       "0010 CP-T7-220     PORTE CABINE VITREE / CAB DOOR PC     20  PC   EUR 212,00   EUR 4.240,00\n"
       "                   ECHANTILLONS / SAMPLES  liv. sem. 16\n"
       "0020 CP-T7-220     PORTE CABINE VITREE / CAB DOOR PC  1.980  PC   EUR 168,00  EUR 332.640,00\n"
       "                   SERIE - NOT RELEASED FOR PRODUCTION. Production release pending:\n"
       "                   not released until sample sign-off by Claire Fabre (BE) and written\n"
       "                   production release by Julien Moreau.\n"
       "---------------------------------------------------------------------------------------\n"
       "Conditions: 60 jours fin de mois   Incoterms FCA Bydgoszcz   Materiel: echantillons uniquement\n")])

# p41 RG009: e-mail uses "approved/approval" for lab result, PO sign-off and production authority
case("p41_email_approved_three_ways", ["RG009"],
     "E-mail: samples 'approved' by lab, PO 'approved' by management, series 'approval' from Rinaldi - one word for technical, commercial and production.",
     [("Campioni_CA-5520_esito.eml", mail(
         "Giulia Ferri <g.ferri@trattoripadana.it>",
         "Agnieszka Wisniewska <a.wisniewska@odlewnia-wlkp.pl>",
         "Esito campioni / sample result - axle bracket CA-5520",
         dt(2025, 3, 28, 11, 15, 1),
         "Dear Agnieszka,\n\n"
         "good news on the axle bracket CA-5520 rev 2: the 10 samples are approved by our quality lab "
         "(dimensional on CMM + hardness 190-205 HB, all ok).\n\n"
         "Our PO 4500101530 for the 10 samples was approved by our management last week, so the invoice can go "
         "out as usual.\n\n"
         "The approval of the 1.490 series castings will come from Stefano Rinaldi after the field test on the "
         "prototype tractors. Until then the 1.490 are not approved: please do not start them and do not buy "
         "material for them.\n\n"
         "Kind regards,\nGiulia Ferri\nUfficio Acquisti - Trattori Padana S.p.A.\nTel. +39 0522 555 318\n"))])

# p42 RG009 RG011: PDF PO, header 24 vs line 20; "approved" for finance, engineering and production
case("p42_pdf_po_24_vs_20_approval_terms", ["RG009", "RG011"],
     "PDF PO: header 'Sample qty: 24 pcs' but line 20 EA; 'approved' by finance, 'engineering approval', 'production approval' all in one document.",
     [("PO_88166_Wimmera.pdf", pdf([
         ("h1", "PURCHASE ORDER 88166"),
         ("p", "Wimmera Ag Machinery Pty Ltd - 14 Dimboola Rd, Horsham VIC 3400 - ABN 55 555 088 166"),
         ("p", "Supplier: Coimbatore Precision Forge, SIDCO Kurichi, Coimbatore 641021, India"),
         ("p", "Date: 12/03/2025 - Sample qty: 24 pcs - Need by 18/04/2025"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "UoM", "Unit price"],
             ["1", "KB-410 rev A", "Knife-point boot, forged, sample", "20", "EA", "AUD 38.50"],
         ]),
         ("sp",),
         ("p", "This PO was approved by our finance team on 12/03. Parts need engineering approval before "
               "production approval."),
         ("p", "Balance 976 pcs: not approved for production - do not start. Production approval: in writing, by "
               "Kylie Brennan, Procurement Lead, after engineering sign-off by Josh Tran."),
         ("p", "Material: samples only. Air freight DAP Horsham. Hardness report and 3.1 cert per heat."),
     ], title="PO 88166", author="Wimmera Ag Machinery"))])

# p44 RG011: multi-file, PDF PO for 24 samples + cover e-mail saying 12 samples
case("p44_bundle_po24_email12", ["RG011"],
     "Bundle: PDF PO for 24 sample housings and a cover e-mail for 12 sample housings; hold, event and named releaser present in both.",
     [("VM-25-1230_commande.pdf", pdf([
         ("h1", "COMMANDE / PURCHASE ORDER VM-25-1230"),
         ("p", "Vendée Motoculture SAS - ZI La Buzenière, 85500 Les Herbiers"),
         ("p", "Fournisseur: Odlewnia Wielkopolska S.A., Poznan - Date 24/03/2025 - Acheteur: Yannick Bossard"),
         ("table", [
             ["Pos", "Article", "Désignation", "Qté", "PU EUR"],
             ["10", "BH-200 ind. A", "Palier de rouleau chambre / bale chamber roller bearing housing, échantillons",
              "24", "31,50"],
         ]),
         ("p", "Series 1,176 pcs not released. Release only after sample sign-off by Claire Bouchet (bureau "
               "d'études) and a written release signed by Yannick Bossard. Material: samples only."),
     ], title="VM-25-1230", author="Vendee Motoculture")),
      ("VM-25-1230_cover_mail.eml", mail(
          "Yannick Bossard <y.bossard@vendee-motoculture.fr>",
          "Agnieszka Wisniewska <a.wisniewska@odlewnia-wlkp.pl>",
          "VM-25-1230 - échantillons palier BH-200",
          dt(2025, 3, 24, 15, 0, 1),
          "Bonjour Agnieszka,\n\n"
          "please find our PO VM-25-1230 for 12 sample bearing housings BH-200 ind. A (EN-GJS-400-15).\n\n"
          "The remaining series quantity is not released: first the sample sign-off by Claire Bouchet, then a "
          "written release from me. Material for the samples only.\n\n"
          "Delivery DAP Les Herbiers, semaine 18. Bearing seat Ø 80 J7 - please check on CMM.\n\n"
          "Cordialement,\nYannick Bossard\nResponsable achats - Vendée Motoculture SAS\nTél. +33 2 51 55 12 30\n"))])

# p45 RG011: release e-mail says 400, attached release letter says 350
case("p45_release_email_400_letter_350", ["RG011"],
     "Release e-mail releases 400 (1.600 held) while the attached release letter releases 350 (1.650 held) for the same order.",
     [("Liberacion_L-25-014_DH-3370.eml", mail(
         "Sofia Gimenez <sgimenez@metpampa.com.ar>",
         "Rafael Souza <rafael.souza@fundicaoserragaucha.com.br>",
         "Liberación L-25-014 - cubo DH-3370 rev 1",
         dt(2025, 3, 31, 9, 40, -3),
         "Hola Rafael,\n\n"
         "Martín firmó la aprobación de las muestras del DH-3370 (sign-off adjunto en el legajo). So:\n\n"
         "Release L-25-014: please produce 400 pcs DH-3370 rev 1.\n"
         "The remaining 1.600 pcs of OC-25-00990 stay on hold until lot acceptance of this lot and a new written "
         "release from me.\n\n"
         "Adjunto la carta de liberación firmada.\n\n"
         "Saludos,\nSofía\n" + sig("Sofía Giménez", "Jefa de Compras", "Metalúrgica Pampa S.A., Las Parejas, Santa Fe",
                                   "+54 3471 55 0912"),
         attachments=[("L-25-014_carta_liberacion.pdf", pdf([
             ("h1", "CARTA DE LIBERACIÓN / RELEASE LETTER L-25-014"),
             ("p", "Metalúrgica Pampa S.A. - OC-25-00990 - cubo DH-3370 rev 1 - 31/03/2025"),
             ("table", [["", "Cantidad"],
                        ["Released for production by this letter", "350 pcs"],
                        ["On hold", "1.650 pcs"],
                        ["Order total (commercial)", "2.000 pcs"]]),
             ("p", "The quantity on hold is released only after lot acceptance of the released lot and a new "
                   "written release from Sofía Giménez, Jefa de Compras."),
             ("p", "Firma: Sofía Giménez"),
         ], title="L-25-014", author="Metalurgica Pampa"), PDF_MT)]))])

# p47 RG011: DOCX release letter - text says twelve (12), table says 20
case("p47_docx_release_twelve_vs_20", ["RG011"],
     "DOCX release letter: text releases 'twelve (12)' pre-series shafts, the table of the same letter says 20 released.",
     [("Lettera_rilascio_RL-25-006.docx", docx_bytes([
         ("h1", "Lettera di rilascio / Release letter RL-25-006"),
         ("p", "Trattori Padana S.p.A. - Ufficio Acquisti - 02.04.2025"),
         ("p", "To: Ningbo Hengda Driveline Co., Ltd. - Attn. Kevin Zhang"),
         ("p", "Order 4500101560 - PTO shaft 5520-PTO-12, cat. 6, 1 3/4\" Z20"),
         ("p", "Following the sample sign-off by Marco Bellini (Ufficio Tecnico) on 28.03, we release twelve (12) "
               "pre-series PTO shafts for production."),
         ("table", [
             ["", "Quantity"],
             ["Released for production", "20"],
             ["Not released (on hold)", "1.480"],
         ]),
         ("p", "The quantity on hold is released only after lot acceptance of the pre-series and a further "
               "written release signed by me."),
         ("p", "Stefano Rinaldi - Responsabile Acquisti"),
     ], author="Stefano Rinaldi"))])

# p48 RG011: multi-file, HTML call-off says 250, cover e-mail says 200
case("p48_bundle_calloff_html250_email200", ["RG011"],
     "Bundle: call-off CO-7 page releases 250 PTO shafts for May; cover e-mail for the same call-off says 200.",
     [("DDI_call-off_CO-7.html", html_page("Darling Downs Implements - Call-off CO-7", """
<h1>Darling Downs Implements &mdash; Call-off CO-7</h1>
<p>Blanket order DDI-7700P &mdash; PTO drive shafts PS-540-4 (cat. 4, 1 3/8" Z6, 540 rpm) &middot; Supplier: Ningbo Hengda Driveline</p>
<table>
<tr><th>Call-off</th><th>Month</th><th>Released for production</th><th>Ship</th></tr>
<tr><td>CO-7</td><td>May 2025</td><td>250</td><td>FOB Ningbo, wk 19</td></tr>
</table>
<div class="note">Remaining blanket quantity is not released. The next quantity is released only by the next call-off,
issued by Brett Maguire (Purchasing). Material authority: for this call-off only.</div>
""", lang="en-AU")),
      ("CO-7_cover_email.eml", mail(
          "Brett Maguire <brett.maguire@ddimplements.com.au>",
          "Kevin Zhang <kevin.zhang@hengda-driveline.cn>",
          "Call-off CO-7 - PTO shafts PS-540-4 - May",
          dt(2025, 4, 1, 8, 20, 10),
          "Hi Kevin,\n\n"
          "Call-off 7 attached - 200 shafts PS-540-4 for May, FOB Ningbo week 19.\n\n"
          "Rest of the blanket stays not released until my next call-off.\n\n"
          "Thanks,\nBrett\n" + sig("Brett Maguire", "Purchasing", "Darling Downs Implements Pty Ltd, Toowoomba QLD",
                                   "+61 7 4555 0177")))])

# p50 RG011: buyer forwards the original PO (rfc822, 40 samples) and asks for 60 samples "as per PO"
_p50_inner = mail(
    "Sofia Gimenez <sgimenez@metpampa.com.ar>",
    "Mehmet Yilmaz <mehmet.yilmaz@anadoludokum.com.tr>",
    "OC-25-01002 - muestras carcasa GB-710",
    dt(2025, 3, 18, 12, 0, -3),
    "Estimado Mehmet,\n\n"
    "OC-25-01002: 40 sample castings of the gearbox case GB-710 rev 1 (EN-GJL-250).\n"
    "The balance of 1.960 is not released until the sample sign-off by Martín Acosta and a written release from "
    "me. Material for the 40 only.\n\n"
    "Saludos,\nSofía Giménez\nJefa de Compras - Metalúrgica Pampa S.A.\n")
case("p50_fwd_po40_body60", ["RG011"],
     "Buyer forwards the original PO e-mail (rfc822: 40 samples, balance held, event, releaser) and writes 'as per the PO, please make 60 samples'.",
     [("Fwd_OC-25-01002_GB-710.eml", mail(
         "Hernan Ruiz <hruiz@metpampa.com.ar>",
         "Emre Kaya <emre.kaya@anadoludokum.com.tr>",
         "Fwd: OC-25-01002 - muestras carcasa GB-710",
         dt(2025, 3, 26, 15, 30, -3),
         "Estimado Emre,\n\n"
         "Mehmet me dijo que ahora vos llevás nuestra cuenta - bienvenido. Te reenvío la OC de Sofía (abajo).\n\n"
         "As per the PO, please make 60 samples of GB-710 for the field test; we need them in Las Parejas by "
         "week 18 for the harvest trials.\n\n"
         "Saludos,\nHernán Ruiz\nCompras - Metalúrgica Pampa S.A.\n+54 3471 55 0930\n",
         attachments=[("rfc822", _p50_inner)]))])

# p51 RG012: buyer makes the deposit the trigger to start the full 1,000
case("p51_buyer_deposit_so_start", ["RG012"],
     "Buyer e-mail: deposit for 1,000 paid 'so please start production of the 1,000 pcs' - payment used as the production trigger.",
     [("OC-25-01010_anticipo.eml", mail(
         "Hernan Ruiz <hruiz@metpampa.com.ar>",
         "Lily Wang <lily.wang@tailihose.cn>",
         "OC-25-01010 - anticipo 30% / deposit - hose assemblies",
         dt(2025, 3, 21, 16, 5, -3),
         "Hi Lily,\n\n"
         "Deposit for the 1,000 pcs paid today (30%, USD 5,610.00, SWIFT copy attached in our system), so please "
         "start production of the 1,000 pcs HA-12-R2-800.\n\n"
         "Shipping: FOB Qingdao, 1x20' consolidated with the fittings order. Documents: B/L, invoice, packing "
         "list, certificate of origin form for Mercosur.\n\n"
         "Saludos,\nHernán Ruiz\nCompras - Metalúrgica Pampa S.A.\n+54 3471 55 0930\n"))])

# p52 RG012: chat, supplier treats PO acceptance as opening the production order for the whole 1,200
case("p52_chat_po_accepted_production_opened", ["RG012"],
     "Chat: buyer orders 20 sample kits with 1,180 held; supplier replies PO 'accepted in our system so the production order is opened for the 1.200 kits'.",
     [("WhatsApp Chat with Yannick VM.txt",
       "25/03/2025, 10:05 - Yannick Bossard: Bonjour Ayşe, PO VM-25-1240 sent by mail: 20 sample hose kits for the "
       "RB-200. The 1,180 balance is not released until Claire Bouchet signs off the samples and I send a written "
       "release.\n"
       "25/03/2025, 11:47 - Ayşe Demir: Merhaba Yannick \U0001F60A\n"
       "25/03/2025, 11:48 - Ayşe Demir: Your PO is accepted in our system \u2714 so the production order is opened "
       "for the 1.200 kits, we start cutting next week.\n"
       "25/03/2025, 11:49 - Ayşe Demir: Samples will be first on the line.\n")])

# p53 RG012: DOCX letter - letter of credit "constitutes your authorization to manufacture"
case("p53_docx_lc_authorization", ["RG012"],
     "Buyer letter: L/C opened for the full 2,400 and 'this L/C constitutes your authorization to manufacture' - payment instrument as production authority.",
     [("Letter_LC_PO_88170.docx", docx_bytes([
         ("h1", "Wimmera Ag Machinery Pty Ltd"),
         ("p", "14 Dimboola Rd, Horsham VIC 3400, Australia"),
         ("p", "20 March 2025"),
         ("p", "Coimbatore Precision Forge - SIDCO Kurichi, Coimbatore 641021, Tamil Nadu, India - Attn: Mr Rajan Iyer"),
         ("h", "Re: PO 88170 - tine bar brackets TB-240 - Letter of Credit"),
         ("p", "Dear Rajan,"),
         ("p", "We have opened irrevocable documentary letter of credit no. NAB-LC-25-0170 for USD 38,400.00 with "
               "National Australia Bank, covering the full 2,400 tine bar brackets on PO 88170."),
         ("p", "This L/C constitutes your authorization to manufacture the full 2,400 units."),
         ("table", [
             ["L/C term", "Detail"],
             ["Amount", "USD 38,400.00"],
             ["Latest shipment", "31 July 2025"],
             ["Partial shipments", "allowed"],
             ["Documents", "B/L, invoice, packing list, certificate of origin (AIFTA), mill certs 3.1"],
         ]),
         ("p", "Regards,"),
         ("p", "Shane O'Loughlin - Purchasing Officer"),
     ], author="Shane O'Loughlin"))])


# =================================================================== MAIN
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(164164).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h164_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, EmailMessage):
                p.write_bytes(eml_bytes(data))
            elif isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
