#!/usr/bin/env python3
"""Generator for the releasegate check_holdout99 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout99/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Domain: greenhouse structures and growing supplies.
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
    """files: list of (filename, data) with data str or bytes. First file names the folder."""
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


FIXED = _dt.datetime(2025, 3, 3, 9, 0, 0)


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
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 9, 0, 0))
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
    out = ["<table>"]
    out.append("<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in rows[0]) + "</tr>")
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
    m["Message-ID"] = msgid or f"<h99-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h99")
    return m


def eml_bytes(m):
    return m.as_bytes(policy=policy.SMTP)


def quote(text):
    """Quote a previous message for a reply thread."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def para_html(text):
    """Very small text -> HTML conversion for multipart/alternative bodies."""
    parts = [p for p in text.strip().split("\n\n")]
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">" + "".join(
        "<p>" + escape(p).replace("\n", "<br>") + "</p>" for p in parts) + "</body></html>"


PDF_MT = "application/pdf"
DOCX_MT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


SIG_DISCLAIMER = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named "
    "recipient(s) and may contain confidential information. If you received it in error, please "
    "notify the sender and delete it. No contract is concluded by e-mail unless expressly agreed.\n"
)


def sig(name, title, company, phone="+31 174 000 100"):
    return SIG_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)


def sig_short(name, title, company, phone):
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"


# =================================================================== CASES
# c.. = clean (expect []), p.. = positive. These names never reach the output folders.

# ------------------------------------------------------------ clean, batch 1
# c01 NL grower -> TR gutter maker, sample PO for the mock-up bay, complete scope (EML + PDF)
_c01_pdf = pdf([
    ("h1", "PURCHASE ORDER 45-2291"),
    ("p", "Van der Knaap Tomaten B.V. - Westlandseweg 118, 2675 LK Honselersdijk, NL - BTW NL8123.45.678.B01"),
    ("p", "Supplier: Akdeniz Celik Sera Sistemleri A.S., Organize Sanayi Bolgesi 4. Cad. No 22, Antalya, TR"),
    ("p", "Date: 10-03-2025    Buyer: J. Verbeek    Your quotation: AQ-24-0917 rev. 2"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Price EUR", "Scope"],
        ["10", "VG-350-1280", "Gutter VG-350, 12.80 m, steel 2.5 mm, hot-dip galvanised EN ISO 1461", "6", "pcs", "214,00", "Test section only"],
        ["20", "VG-EC-350", "End cap set VG-350 incl. rivets", "2", "set", "38,50", "Test section only"],
    ]),
    ("sp",),
    ("h", "Scope of this order"),
    ("p", "This order covers the mock-up bay (test section) only: six (6) gutter lengths and two end cap sets. "
          "The phase 1 quantity on quotation AQ-24-0917 (1,210 m of VG-350) is shown there for information and is not released by this order."),
    ("p", "Material authority: sample-only. Buy steel for the six lengths only."),
    ("p", "Further quantity is released only after (1) our structural engineer signs off the wind-load and snow-load check on the erected test section "
          "and (2) a written production release with a quantity, signed by J. Verbeek (Projectmanager Nieuwbouw)."),
    ("h", "Delivery"),
    ("p", "DAP Honselersdijk (Incoterms 2020), week 14/2025. Bundles on timber bearers, max. truck length 13.6 m. Delivery notes to quote PO 45-2291 and line number."),
    ("p", "Invoice to crediteuren@vdknaap-tomaten.nl. Payment 45 days end of month."),
], title="PO 45-2291", author="Van der Knaap Tomaten")
_c01_txt = """Hi Emre,

Attached our PO 45-2291 for the gutters for the mock-up bay here in Honselersdijk. I'll be very direct about the scope, because I know your planning team reads the quote and the PO side by side:

- This PO covers 6 (six) gutter lengths of 12.80 m, profile VG-350, hot-dip galvanised, plus two end cap sets. Test section only.
- The rest of the gutter on your quotation AQ-24-0917 (1,210 m for phase 1) is not released. Please don't cut, roll or galvanise anything beyond the six lengths.
- Buy steel for the six lengths only. We carry no liability for coil bought for the rest.
- The rest is unlocked only after two things: our structural engineer signs off the wind-load and snow-load check on the erected test section, and I send you a written production release with a number of metres on it. Nobody else on our side can release it, not the site foreman and not our erection contractor.

Delivery DAP Honselersdijk, week 14. The crane is booked for Tuesday of that week, so a Monday arrival would be ideal.

Could you confirm the scope back to me in writing?

Groeten,
Joost
""" + sig("Joost Verbeek", "Projectmanager Nieuwbouw", "Van der Knaap Tomaten B.V.", "+31 174 000 218")
_c01_m = mail("Joost Verbeek <j.verbeek@vdknaap-tomaten.nl>", "Emre Aydin <emre.aydin@akdenizcelik.com.tr>",
              "PO 45-2291 - gutters for mock-up bay (test section only)", "Mon, 10 Mar 2025 08:42:00 +0100",
              _c01_txt, html=para_html(_c01_txt), attachments=[("PO_45-2291.pdf", _c01_pdf, PDF_MT)])
case("c01_nl_gutter_mockup_po", [],
     "Sample PO for 6 gutter lengths; phase 1 qty declared informational/not released, unlock event, named releaser, sample-only material.",
     [("PO_45-2291_mail.eml", eml_bytes(_c01_m))])

# c02 CN tray maker quote with tiers (PDF) - quote alone authorizes nothing
case("c02_cn_tray_quote_tiers", [],
     "Supplier quote with sample and production tiers; no authorized quantity, lead time tied to a written production order.",
     [("SQ-2291_quotation.pdf", pdf([
         ("h1", "QUOTATION SQ-2291"),
         ("p", "Ningbo Greenleaf Horticulture Co., Ltd. - No. 88 Binhai 2nd Road, Beilun, Ningbo 315800, China"),
         ("p", "To: Great Lakes Grower Supply Ltd., 1420 County Rd 14, Leamington ON N8H 3V4, Canada - Attn. Marc Tremblay"),
         ("p", "Date: 2025-02-18    Valid until: 2025-04-18    Sales: Lily Chen"),
         ("h", "Item"),
         ("p", "128-cell propagation tray, 540 x 280 mm, PS 1.2 mm, black, cell depth 48 mm, stackable, drawing GL-128-T rev. B. "
               "Suitable for automatic seeding lines (Visser / Urbinati)."),
         ("table", [
             ["Tier", "Quantity", "Unit price USD", "Lead time"],
             ["Samples", "200 pcs", "1.85", "12 days"],
             ["Production", "48,000 pcs", "0.36", "30 days"],
             ["Production", "96,000 pcs", "0.33", "35 days"],
         ]),
         ("sp",),
         ("p", "Mould: existing, no tooling charge. Colour change to RAL 7016: + USD 0.02/pc."),
         ("p", "Production lead time counts from receipt of your written production order. Sample lead time counts from your sample PO."),
         ("p", "Packing: 200 trays per carton, 60 cartons per 40'HC. Terms: FOB Ningbo (Incoterms 2020). Payment: 30% T/T with order, 70% against copy B/L."),
         ("p", "This quotation is an offer only and is subject to availability of PS granulate at the time of order."),
     ], title="SQ-2291", author="Ningbo Greenleaf"))])

# c03 KE WhatsApp site group: supplier asks for go-ahead, buyer answers with a complete scope (TXT)
case("c03_ke_shade_net_whatsapp", [],
     "Supplier question about go-ahead is not an approval; buyer restates 200 m test only, 3,600 m on hold, agronomist sign-off + written release by Peter Otieno.",
     [("WhatsApp Chat with Naivasha Block C shade net.txt", """[12/03/2025, 07:58] Samuel Kiprono (Site): Good morning all. Test section on block C is up, 200 m, photos below
[12/03/2025, 07:58] Samuel Kiprono (Site): <Media omitted>
[12/03/2025, 07:59] Samuel Kiprono (Site): <Media omitted>
[12/03/2025, 08:14] Hasan Yilmaz (Ege Agro Tekstil): Good morning Peter, good morning Samuel. Net looks very nice on the structure!
[12/03/2025, 08:15] Hasan Yilmaz (Ege Agro Tekstil): Do we have the go-ahead for the remaining 3,600 m now? Our loom is free from next week and yarn price is good at the moment.
[12/03/2025, 08:21] Samuel Kiprono (Site): Clips are holding well even with the wind last night 👍
[12/03/2025, 09:02] Peter Otieno: Not yet Hasan. Only the 200 m test section is released. The remaining 3,600 m stays on hold, please do not weave it and do not buy yarn for it.
[12/03/2025, 09:03] Peter Otieno: It will be released after our agronomist Wanjiru Kamau signs off the light and temperature readings after two weeks under the net. Then I will send you a written release with the metres. Only me, Peter Otieno (Procurement Manager, Rift Valley Roses), can release it.
[12/03/2025, 09:05] Hasan Yilmaz (Ege Agro Tekstil): Understood Peter, we wait for your written release. Thank you 🙏
[12/03/2025, 09:06] Samuel Kiprono (Site): Wanjiru is on farm Thursday, she will bring the lux meter and the data loggers
[12/03/2025, 09:11] Peter Otieno: Asante Samuel. Make sure the loggers are under the net and one outside for reference.
[12/03/2025, 09:12] Samuel Kiprono (Site): Sawa
"""), ])

# c04 CA distributor forecast page (HTML), clearly labelled forecast
_c04_rows = [["Month", "Item", "Description", "Forecast qty (EA)"],
             ["2025-05", "PT-4500-TC", "Pot 4.5 in thermoformed, terracotta", "40,000"],
             ["2025-06", "PT-4500-TC", "Pot 4.5 in thermoformed, terracotta", "55,000"],
             ["2025-07", "PT-4500-TC", "Pot 4.5 in thermoformed, terracotta", "30,000"],
             ["2025-08", "PT-6000-BK", "Pot 6 in injection, black", "25,000"],
             ["2025-09", "PT-6000-BK", "Pot 6 in injection, black", "45,000"]]
case("c04_ca_pot_forecast_portal", [],
     "Labelled rolling forecast on buyer portal; says not an order, no production or material authority.",
     [("portal_GLGS_Polplast_2025-Q2Q3.html", html_page("Supplier forecast - Polplast - 2025 Q2/Q3", f"""
<h1>Great Lakes Grower Supply &ndash; Supplier Portal</h1>
<p>Supplier: <b>40118 Polplast Sp. z o.o.</b> (Kalisz, PL) &middot; Published 2025-03-07 by Marc Tremblay, Supply Manager</p>
<div class="note"><b>FORECAST &ndash; NOT AN ORDER.</b> The quantities below are a rolling forecast for your capacity planning only.
They are not a purchase order, they do not authorize production and they do not authorize material purchases.
Production quantities are authorized only by numbered call-offs under frame agreement FA-2025-PL-04.</div>
<h2>Rolling forecast, season 2025</h2>
{html_table(_c04_rows)}
<p>Forecast accuracy last season: &plusmn;18%. Next forecast update: 2025-04-04.</p>
<p style="color:#777">Questions: supply@greatlakesgrower.ca &middot; Portal v4.2</p>
"""))])

# c05 ES builder technical clarification (DOCX): sample approved for fit check only, full scope
case("c05_es_truss_tech_clarification", [],
     "DOCX clarification: 4 sample trusses approved for fit check only; 96 not released until stamped calc + written release by Lucia Ferrer; nothing further authorized now.",
     [("TC-07_cerchas_9.60m.docx", docx_bytes([
         ("h1", "Technical clarification TC-07 - Trusses 9.60 m span"),
         ("p", "Invernaderos Ferrer S.L., Ctra. de Nijar km 6, 04117 Almeria, Spain - to Stalkon Sp. z o.o., Gliwice, Poland"),
         ("p", "Project: Finca Los Llanos, multi-span greenhouse 4.2 ha, phase 1. Our PO: FE-25-0114 (samples). Your quote: ST-Q-311."),
         ("h", "1. Open technical points"),
         ("table", [
             ["#", "Question (Stalkon)", "Answer (Ferrer)"],
             ["1", "Zinc coating thickness on truss chords?", "Hot-dip galvanised, min. 70 um average per EN ISO 1461. No pre-galv tube on chords."],
             ["2", "Bolt grade for truss-to-column connection?", "M12 grade 8.8, HDG, with washers both sides."],
             ["3", "Execution class?", "EN 1090-2, EXC2. Welding certificates to be sent with the first delivery."],
             ["4", "Gutter seat tolerance?", "+/- 2 mm on the 9.60 m span, measured at 20 C."],
         ]),
         ("h", "2. Sample disposition"),
         ("p", "The 4 (four) sample trusses delivered under PO FE-25-0114 are approved for fit check only: they fit the columns and the gutter seats as drawn. "
               "This is a technical result. Production is not released."),
         ("p", "Authorized now: nothing beyond the 4 sample trusses already delivered. Please do not cut or weld further trusses."),
         ("p", "The 96 production trusses on quote ST-Q-311 remain not released. They will be released only after (1) we receive the stamped wind-load calculation "
               "for Almeria (wind zone C, 29 m/s) and (2) Lucia Ferrer, Jefa de Compras, signs a written production release stating the quantity."),
         ("h", "3. Next steps"),
         ("li", "Stalkon: send the stamped calculation to ingenieria@invernaderosferrer.es."),
         ("li", "Ferrer: structural review within 5 working days of receipt."),
         ("p", "Prepared by: Javier Molina, Oficina Tecnica. Copy: Lucia Ferrer."),
     ], author="Javier Molina"))])

# c06 MX grower full-quantity PO (PDF) - proceed scoped to the full qty, no balance
case("c06_mx_pot_full_po", [],
     "Full-quantity PO for 18,000 pots with delivery split; no sample stage, no balance; 'proceed' names the quantity.",
     [("OC-2025-0387.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER OC-2025-0387"),
         ("p", "Agricola Los Altos S.A. de C.V. - Carretera Tepatitlan-Arandas km 9, Jalisco, Mexico - RFC ALA090312KX1"),
         ("p", "Proveedor / Supplier: Ningbo Greenleaf Horticulture Co., Ltd., Beilun, Ningbo, China"),
         ("p", "Fecha / Date: 2025-03-05    Comprador / Buyer: Ing. Daniela Orozco    Cotizacion / Quote: SQ-2307"),
         ("table", [
             ["Pos.", "Codigo", "Descripcion", "Cantidad", "Unidad", "Precio USD", "Importe USD"],
             ["1", "MAC-19-N", "Maceta 19 cm PP negro / pot 19 cm black PP, 3.2 L", "18,000", "pz", "0.21", "3,780.00"],
         ]),
         ("sp",),
         ("h", "Entregas / Deliveries"),
         ("table", [
             ["Embarque", "Cantidad", "ETD Ningbo", "Destino"],
             ["1", "6,000", "2025-04-10", "Manzanillo"],
             ["2", "6,000", "2025-05-08", "Manzanillo"],
             ["3", "6,000", "2025-06-05", "Manzanillo"],
         ]),
         ("sp",),
         ("p", "This order is for the full quantity of 18,000 pots. There is no sample stage and no open balance: all three shipments are part of this order. "
               "Please proceed with production of the 18,000 pots per the schedule above."),
         ("p", "Incoterms 2020: FOB Ningbo. Pago / Payment: 30 dias fecha B/L. Empaque: 500 pz por caja, cajas paletizadas, max. 1.8 m."),
         ("p", "Documentos: factura comercial, lista de empaque, B/L, certificado de origen."),
     ], pagesize=LETTER, title="OC-2025-0387", author="Agricola Los Altos"))])

# c07 CA call-off with explicit staged material authority above the release (TXT ERP)
case("c07_ca_calloff_staged_material", [],
     "Call-off releases 10,000; staged material authority up to 30,000 is explicit; balance 20,000 not released until call-off 4 signed by M. Tremblay.",
     [("CALLOFF_FA-2025-PL-04_03.txt", """GREAT LAKES GROWER SUPPLY LTD                     CALL-OFF / PRODUCTION RELEASE        PAGE 1 OF 1
1420 COUNTY RD 14, LEAMINGTON ON N8H 3V4                                           RUN 2025-03-10 14:02
----------------------------------------------------------------------------------------------------
FRAME AGREEMENT : FA-2025-PL-04                 SUPPLIER : 40118  POLPLAST SP. Z O.O.
CALL-OFF NO     : 3                             CONTACT  : K. WISNIEWSKA (SALES)
ISSUED BY       : M. TREMBLAY, SUPPLY MANAGER   CURRENCY : CAD
----------------------------------------------------------------------------------------------------
ITEM          DESCRIPTION                          RELEASED QTY  UOM  UNIT PRICE  SHIP WK   INCOTERM
PT-4500-TC    POT 4.5IN THERMOFORMED TERRACOTTA          10,000  EA       0.058   2025-16   FCA KALISZ
----------------------------------------------------------------------------------------------------
FRAME QTY (SEASON 2025)          :  40,000 EA
PREVIOUSLY RELEASED (C/O 1-2)    :  10,000 EA  (SHIPPED)
RELEASED BY THIS CALL-OFF        :  10,000 EA
BALANCE NOT RELEASED             :  20,000 EA  -- DO NOT PRODUCE
MATERIAL AUTHORITY               :  STAGED UP TO 30,000 EA WORTH OF PP SHEET (THIS CALL-OFF PLUS
                                    20,000 EA), BUYER LIABLE AT DOCUMENTED COST IF NOT CALLED OFF
                                    BY 2025-09-30
NEXT RELEASE                     :  CALL-OFF 4, ISSUED AND SIGNED BY M. TREMBLAY ONLY
----------------------------------------------------------------------------------------------------
PALLET PLAN: 2,500 EA / PALLET, 4 PALLETS, STRETCH WRAP, LABEL PER GLGS-LBL-07
REMARKS    : CONFIRM SHIP DATE WITHIN 3 WORKING DAYS. ASN REQUIRED 48H BEFORE PICKUP.
----------------------------------------------------------------------------------------------------
                                                          *** END OF DOCUMENT ***
"""), ])

# c08 NL builder -> PL gutter maker: explicit, recorded auto-conversion (EML)
_c08_txt = """Dear Tomasz,

Following our call yesterday, we confirm the arrangement for PO DK-25-0412 in writing. It has been recorded in our order file under the same number.

1. Samples: three (3) gutter lengths of 8.00 m, profile SG-300, for the test section at Maasdijk. These three are released now.

2. Auto-conversion, recorded on 10 March 2025: if Femke Bos, our QA lead, signs the sample report with the disposition "approved" (no open points on weld seams, zinc layer and drainage slope), that signed report releases 2,400 m of SG-300 for phase 1 by itself; you do not need a further message from us. A disposition "interim" or "rejected" releases nothing. The report must be signed before 30 April 2025; after that date this arrangement lapses and a written release from me is needed.

3. Phase 2, the remaining 2,600 m on your offer SP/2025/077, is not released. It needs a revised PO and a written production release signed by me.

4. Material: until the sample report is signed, buy coil for the three sample lengths only. After an "approved" report you may buy coil for the 2,400 m.

Please confirm by return mail that you read it the same way.

Met vriendelijke groet,
Ruud Kramer
""" + sig("Ruud Kramer", "Inkoopmanager", "Dekker Kassenbouw B.V.", "+31 10 000 4471")
case("c08_nl_gutter_autoconversion", [],
     "Explicit recorded auto-conversion naming quantity (2,400 m), signer (Femke Bos) and conditions; phase 2 on hold until revised PO + release by Ruud Kramer.",
     [("DK-25-0412_arrangement.eml", eml_bytes(mail(
         "Ruud Kramer <r.kramer@dekkerkassenbouw.nl>", "Tomasz Nowak <t.nowak@stalprofil.pl>",
         "PO DK-25-0412 - samples and recorded auto-conversion phase 1", "Tue, 11 Mar 2025 10:05:00 +0100",
         _c08_txt, cc="Femke Bos <f.bos@dekkerkassenbouw.nl>")))])

# c09 ES grower -> MA substrate bag maker: sample PO with forwarded old offer declared informational (EML + rfc822)
_c09_old = mail("Youssef El Amrani <y.elamrani@soussubstrats.ma>", "Marta Gil <compras@camponijar.es>",
                "Offre SS-1124-07 - grow bags coco 70/30", "Thu, 21 Nov 2024 16:20:00 +0100",
                """Bonjour Marta,

As discussed at Fruit Attraction, please find our offer:

Offer SS-1124-07
Grow bag 100 x 18 x 10 cm, coco 70/30 (pith/chips), buffered, EC < 0.8 mS/cm
Film: UV-stabilised white/black 150 um, 3 planting holes pre-marked
Price for 50,000 bags: 0.92 EUR/pc FCA Agadir
Samples: 300 pcs, 1.10 EUR/pc
Lead time: 3 weeks after order

Best regards,
Youssef El Amrani
Souss Substrats SARL - Zone Industrielle Ait Melloul, Agadir
""")
_c09_txt = """Hola Youssef,

Here is our order for the trial, PO CN-25-0091:

three hundred (300) grow bags 100 x 18 x 10 cm, coco 70/30, white/black film, for the trial in greenhouse 7. Only these 300 bags are released.

Below I forward your offer from November only so your team has the bag specification in one place. The 50,000 bags in that offer are for information only and are not released; the season quantity depends on the trial.

The balance will be released only after our técnico de cultivo signs off the trial (EC and drainage readings after four weeks of crop), and then with a written release from me, Marta Gil, with the number of bags on it. Until then please buy coco and film for the 300 bags only.

Delivery FCA Agadir, our forwarder is Transportes Almerimar (contact Paco, +34 950 000 311). We need the bags in Níjar before 14 April, the planting date for the trial is 17 April.

Saludos,
Marta Gil
Jefa de Compras
Hortofrutícola Campo de Níjar S.C.A.
"""
case("c09_es_growbag_fwd_offer", [],
     "Sample PO 300 bags; forwarded old offer with 50,000 declared informational/not released; trial sign-off + written release by Marta Gil; sample-only material.",
     [("CN-25-0091_trial.eml", eml_bytes(mail(
         "Marta Gil <compras@camponijar.es>", "Youssef El Amrani <y.elamrani@soussubstrats.ma>",
         "PO CN-25-0091 - trial grow bags (300 pcs) / Fwd: Offre SS-1124-07", "Wed, 05 Mar 2025 12:31:00 +0100",
         _c09_txt, attachments=[("rfc822", _c09_old)])))])

# c10 KE herb grower corrects a CN supplier who assumed auto-conversion (EML quoted reply)
_c10_quoted = """On Mon, 3 Mar 2025 at 10:02, Lin Wei <lin.wei@evergrow-xm.com> wrote:
Dear Grace,

Thank you for PO LEH-0457 for 100 sample trays (72-cell, 3 mm PP). Samples will ship by DHL on 7 March.

Once your team approves the samples we will move straight into the 20,000 trays so you have them before the long rains. Please confirm.

Best regards,
Lin Wei
Xiamen Evergrow Plastics Co., Ltd."""
_c10_txt = """Dear Lin,

Please no. Approval of the samples will not release the 20,000 trays.

PO LEH-0457 is for 100 sample trays only, and that is all you should make. The 20,000 production trays are not released. Please do not buy PP for them either.

After the samples have gone through one propagation cycle in our nursery (about five weeks), our nursery manager will sign off the trial. After that I will send you a written production release with the quantity on it. Only I can release it.

I know the rains are coming; if the trial is good we will move fast, I promise.

Kind regards,
Grace Mwangi
Procurement Lead
Lake Elementaita Herbs Ltd, Gilgil, Kenya
+254 700 000 412

""" + quote(_c10_quoted) + "\n"
case("c10_ke_tray_reply_corrects", [],
     "Quoted supplier assumption of auto-conversion corrected by buyer: 100 samples only, 20,000 not released, trial sign-off + written release by Grace Mwangi.",
     [("RE_PO_LEH-0457.eml", eml_bytes(mail(
         "Grace Mwangi <procurement@elementaitaherbs.co.ke>", "Lin Wei <lin.wei@evergrow-xm.com>",
         "RE: PO LEH-0457 samples", "Mon, 03 Mar 2025 13:40:00 +0300", _c10_txt,
         in_reply_to="<h99-ref-0457@evergrow-xm.com>")))])

# c11 TR screen maker: deposit does not release production (EML + TXT attachment)
_c11_pi = """ANATOLIA SCREEN TEKSTIL SAN. VE TIC. A.S.
Bursa Organize Sanayi Bolgesi, Mavi Cad. 7, 16140 Nilufer / Bursa, TURKIYE

PROFORMA INVOICE  PI-2025-031                      DATE: 28.02.2025
CUSTOMER: INVERNADEROS DEL BAJIO S.A. DE C.V., QUERETARO, MEXICO
CUSTOMER PO: IB-2231

POS  DESCRIPTION                                   QTY        UNIT   USD
1    Energy screen XLS 15 F, sample panel 4.00x3.20 2          pcs    310.00
2    Energy screen XLS 15 F, project quantity      6.5        ha     27,690.00
     (quoted for the full project - NOT RELEASED,
      production only after customer written release)

TOTAL PROJECT VALUE (INFORMATION)                               28,000.00
DEPOSIT 30% REQUESTED                                            8,400.00

BANK: ISBANK BURSA, IBAN TR00 0006 4000 0011 2345 6789 01, SWIFT ISBKTRIS
"""
_c11_txt = """Dear Ing. Salinas,

We received your transfer of USD 8,400.00 today, the 30% deposit on proforma PI-2025-031. Thank you very much.

To avoid any misunderstanding between our offices: the deposit does not release production. Under your PO IB-2231 we are making only the 2 (two) sample screen panels 4.00 x 3.20 m for your test bay. We will not weave and we will not buy yarn for the 6.5 ha until we receive your written production release.

The two panels leave Bursa on 14 March by air to Querétaro (AWB will follow). Proforma attached again for your file.

Best regards,
Elif Demir
Export Sales
Anatolia Screen Tekstil A.S.
+90 224 000 1580
"""
case("c11_tr_screen_deposit_ack", [],
     "Supplier acknowledges deposit and states it does not release production; project quantity labelled not released.",
     [("PI-2025-031_IB-2231.eml", eml_bytes(mail(
         "Elif Demir <elif.demir@anatoliascreen.com.tr>", "Roberto Salinas <rsalinas@invbajio.mx>",
         "Deposit received - PO IB-2231 - 2 sample panels", "Fri, 07 Mar 2025 15:10:00 +0300",
         _c11_txt, attachments=[("PI-2025-031.txt", _c11_pi, "text/plain")])))])

# c12 PL truss maker acknowledgement restating the hold (PDF)
case("c12_pl_truss_ack_hold", [],
     "Supplier order acknowledgement restates: 2 sample trusses only, 46 not released, load test + written release by Dan Whitfield, steel for 2 only.",
     [("OA-25-118_acknowledgement.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT OA-25-118"),
         ("p", "Stalkon Sp. z o.o., ul. Portowa 19, 44-100 Gliwice, Poland - NIP 631-000-44-12"),
         ("p", "Customer: Northern Glasshouse Builders Inc., 88 Seacliff Dr E, Leamington ON, Canada"),
         ("p", "Your PO: NGB-3310 dated 2025-03-04    Our ref: ST-Q-298 rev. 1    Date: 2025-03-06"),
         ("table", [
             ["Pos.", "Item", "Description", "Qty", "Scope"],
             ["1", "TR-1280-HDG", "Lattice truss 12.80 m span, HDG, EN 1090-2 EXC2", "2", "Sample (test bay)"],
         ]),
         ("sp",),
         ("p", "We acknowledge the scope of PO NGB-3310 as written: two (2) sample trusses for the test bay. "
               "The balance of 46 trusses on our quotation ST-Q-298 is not released."),
         ("p", "We will start the 46 trusses only after we receive your written production release, signed by Mr. Dan Whitfield, "
               "which you will issue after the load test on the test bay. Steel purchased: for 2 trusses only."),
         ("p", "Sample delivery: FCA Gliwice, week 13. Documents: 3.1 material certificates, galvanising certificate, DoP."),
         ("p", "Stalkon Sp. z o.o. - Agnieszka Kowalczyk, Key Account Manager"),
     ], title="OA-25-118", author="Stalkon"))])

# c13 CN tray maker supplier portal: balance on hold (HTML)
_c13_rows = [["Line", "Item", "Qty", "Status", "Remark"],
             ["1", "EG-104 seedling tray 104-cell, PP 1.0 mm", "40 pcs", "In production", "Sample lot - ships 2025-03-20"],
             ["2", "EG-104 seedling tray 104-cell, PP 1.0 mm", "7,960 pcs", "ON HOLD", "Awaiting customer written release"]]
case("c13_cn_tray_portal_onhold", [],
     "Supplier portal status page: sample lot 40 in production, balance 7,960 on hold awaiting written release by named customer contact.",
     [("order_status_EV-SO-5521.html", html_page("Order EV-SO-5521 - Evergrow customer portal", f"""
<h1>Xiamen Evergrow Plastics &ndash; Customer Portal</h1>
<p>Customer: <b>Westland Hortisupply B.V.</b> (Naaldwijk, NL) &middot; Customer PO: WHS-25-0188 &middot; Sales order: EV-SO-5521</p>
{html_table(_c13_rows)}
<div class="note">Line 2 is shown for planning only. It is not released. Evergrow will not schedule moulding or buy PP for line 2 until
the customer's written production release is received. Release authority at the customer: Sanne de Wit, Inkoop.
Unlock event per customer PO: germination trial sign-off on the 40 samples.</div>
<p>Last update 2025-03-12 09:40 CST &middot; Contact: lin.wei@evergrow-xm.com</p>
"""))])

# c14 ES distributor ERP sample PO, identifiers that look like quantities (TXT)
case("c14_es_pot_erp_sample_po", [],
     "ERP sample PO 250 pots; season qty 180.000 not released; trial sign-off + written release by Rocio Navarro; PN/DRG/EN/ISO numbers are not quantities.",
     [("AL-25-00417.txt", """AGROSUMINISTROS LEVANTE S.L.                        PEDIDO DE COMPRA / PURCHASE ORDER
AV. DE LA HUERTA 41, 46120 ALBORAYA (VALENCIA)                      PAG. 1/1
==========================================================================================
PO NO.   : AL-25-00417                 DATE   : 04.03.2025
SUPPLIER : 70032 POLPLAST SP. Z O.O.   BUYER  : R. NAVARRO
           UL. PRZEMYSLOWA 12          TEL    : +34 96 000 2210
           62-800 KALISZ, PL           CURR.  : EUR
==========================================================================================
LN  ITEM          DESCRIPTION                          QTY   UOM  PRICE EUR   SCOPE
10  PN 5000-120   POT 12CM BIO, DRG 2400 REV 3         250   PCS     0,090   SAMPLE
==========================================================================================
NOTES:
 * SAMPLE LOT ONLY: 250 PCS FOR GROWING TRIAL AND EN 13432 COMPOSTING TEST.
 * QUOTED SEASON QTY 180.000 PCS (OFFER PL-Q-2025-118) IS NOT RELEASED.
 * FURTHER QTY IS RELEASED ONLY AFTER TRIAL SIGN-OFF BY OUR TECHNICAL DEPT.
   AND A WRITTEN RELEASE SIGNED BY ROCIO NAVARRO (PURCHASING MANAGER).
 * MATERIAL AUTHORITY: SAMPLE-ONLY (250 PCS).
 * SUPPLIER QUALITY SYSTEM ISO 9001:2015 REQUIRED. PALLET EUR 1200X800.
INCOTERMS 2020: FCA KALISZ          PAYMENT: 60 DAYS NET
==========================================================================================
"""), ])

# c15 ES builder delivery schedule for a full-quantity PO (DOCX table)
case("c15_es_gutter_full_schedule", [],
     "Delivery schedule for a full-quantity PO (1,920 m); no sample stage, no balance; bay-by-bay trucks.",
     [("Plan_entregas_FE-25-0130.docx", docx_bytes([
         ("h1", "Delivery schedule - PO FE-25-0130"),
         ("p", "Buyer: Invernaderos Ferrer S.L., Almeria. Supplier: Akdeniz Celik Sera Sistemleri A.S., Antalya."),
         ("p", "Project: Finca El Alquian, 3.1 ha, gutter VG-350 HDG, bay-by-bay erection from the north side."),
         ("p", "PO FE-25-0130 covers the full quantity of 1,920 m of gutter. There is no sample stage on this order and no open balance: "
               "all 1,920 m is released for production, in the truck sequence below."),
         ("table", [
             ["Truck", "Bays", "Metres", "ETD Mersin", "On site"],
             ["1", "1-6", "480", "2025-04-07", "2025-04-22"],
             ["2", "7-12", "480", "2025-04-14", "2025-04-29"],
             ["3", "13-18", "480", "2025-04-21", "2025-05-06"],
             ["4", "19-24", "480", "2025-04-28", "2025-05-13"],
         ]),
         ("sp",),
         ("p", "Incoterms 2020: CIF Almeria. Each truck with packing list per bay, bundles marked with bay number."),
         ("p", "Site contact: Antonio Ruiz, jefe de obra, +34 600 000 771."),
     ], author="Invernaderos Ferrer"))])

# ------------------------------------------------------------ clean, batch 2
# c16 CA grower PO for 8 sample screen panels + the supplier's quote as a separate file (multi-file)
case("c16_ca_screen_po_plus_quote", [],
     "Two-file bundle: sample PO 8 panels declares the quote's 6.4 ha informational/not released; trial + written release by Heather MacLeod; quote alone authorizes nothing.",
     [("PO_LC-25-207.pdf", pdf([
         ("h1", "PURCHASE ORDER LC-25-207"),
         ("p", "Lakeshore Cucumbers Inc., 2211 Road 3 East, Kingsville ON N9Y 2E5, Canada"),
         ("p", "Vendor: Hollandscherm B.V., Industrieweg 40, 2651 BC Berkel en Rodenrijs, Netherlands"),
         ("p", "PO date: 2025-03-06    Buyer: Heather MacLeod    Terms: Net 30    Ship via: air freight, DAP Kingsville"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "UOM", "Unit CAD", "Ext. CAD"],
             ["1", "ES-47-AL", "Energy screen ES-47 aluminised, sample panel 4.0 x 4.0 m, hemmed", "8", "EA", "96.00", "768.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This PO releases the eight (8) sample panels above and nothing else. Your quotation HS-Q-25-044 is attached to our file for the fabric "
               "specification only; its project quantity of 6.4 ha is informational and is not released."),
         ("p", "Material authority: sample-only. The project quantity will be released only after the panels have hung in house 4 through a four-week "
               "cold-night trial and Heather MacLeod, Purchasing Manager, issues a written production release with the area in m2."),
         ("p", "Please acknowledge this scope in writing within 3 business days."),
     ], pagesize=LETTER, title="PO LC-25-207", author="Lakeshore Cucumbers")),
      ("HS-Q-25-044_quote.pdf", pdf([
          ("h1", "OFFERTE / QUOTATION HS-Q-25-044"),
          ("p", "Hollandscherm B.V. - Industrieweg 40, 2651 BC Berkel en Rodenrijs - KvK 27000123"),
          ("p", "Customer: Lakeshore Cucumbers Inc., Kingsville ON. Date: 19-02-2025. Valid 45 days."),
          ("table", [
              ["Item", "Description", "Quantity", "Price EUR"],
              ["1", "ES-47-AL sample panels 4.0 x 4.0 m", "8 pcs", "58,00 / pc"],
              ["2", "ES-47-AL project quantity, 4.00 m width rolls", "6,4 ha", "1,38 / m2"],
              ["3", "Installation supervision (optional)", "5 days", "780,00 / day"],
          ]),
          ("sp",),
          ("p", "Fabric: 47% energy saving, 15% transmission diffuse, flame class per NEN 6065. Delivery samples: 10 working days. "
                "Project quantity: 6 weeks after written order. Prices ex works Berkel en Rodenrijs (EXW, Incoterms 2020)."),
          ("p", "Hollandscherm B.V. - Niels van Dijk, Sales Manager Export"),
      ], title="HS-Q-25-044", author="Hollandscherm"))])

# c17 CA builder hold notice after engineering sign-off, multipart/alternative (EML)
_c17_txt = """Hi Wang Jun,

Good news first: our structural engineer signed off the test bay yesterday. The two test-bay trusses took the full test load without permanent deflection, report TB-0311 attached to our file.

To keep everyone aligned, including your planning office:

- This is a technical sign-off only. It is not a production release.
- Authorized right now: nothing beyond the 2 test-bay trusses you already delivered. Please do not cut or weld anything for bays 2 to 7.
- The 34 trusses for bays 2 to 7 stay on hold. They will be released by a revised PO (NGB-3329 rev 1) followed by a written production release from Dan Whitfield, our VP Construction. No one else at Northern can release them.

We expect the revised PO within two weeks, once the owner confirms the phase 1 planting date.

Thanks for the quick turnaround on the test bay, the welds looked very clean.

Best,
Kyle Bennett
Project Engineer
Northern Glasshouse Builders Inc.
+1 519 000 7730
"""
case("c17_ca_truss_hold_after_signoff", [],
     "Technical sign-off explicitly not a production release; nothing beyond 2 test-bay trusses; 34 on hold until revised PO + written release by Dan Whitfield.",
     [("NGB-3329_test_bay_result.eml", eml_bytes(mail(
         "Kyle Bennett <kbennett@northernglasshouse.ca>", "Wang Jun <wangjun@huaxin-steel.cn>",
         "NGB-3329 test bay - sign-off result and what happens next", "Wed, 12 Mar 2025 09:17:00 -0400",
         _c17_txt, html=para_html(_c17_txt), cc="Dan Whitfield <dwhitfield@northernglasshouse.ca>")))])

# c18 MX berry grower WhatsApp in Spanglish, complete scope (TXT chat)
case("c18_mx_tray_whatsapp_spanglish", [],
     "Chat: only 50 sample trays, 4,950 not released, germination test + written release by Alejandra Ruiz; supplier restates.",
     [("Chat_Agroform_charolas.txt", """05/03/25, 10:12 - Marek Zielinski (Agroform): Hola Alejandra! The 50 sample trays for the strawberry plugs are ready, they go tomorrow by FedEx 📦
05/03/25, 10:15 - Alejandra Ruiz: Perfecto Marek, gracias!! Tracking por favor cuando lo tengas
05/03/25, 10:16 - Alejandra Ruiz: Recordatorio: solo las 50 charolas de muestra. El resto (4,950) NO está liberado, no lo fabriquen todavía.
05/03/25, 10:17 - Alejandra Ruiz: The rest is released only after our germination test in the vivero (3 weeks) and then a written release signed by me, Alejandra Ruiz (Compras, Berries San Quintín). Nobody else can release it ok?
05/03/25, 10:20 - Marek Zielinski (Agroform): Understood, only 50 now. For the 4,950 we wait your written release 👍
05/03/25, 10:21 - Alejandra Ruiz: 👍
05/03/25, 10:24 - Marek Zielinski (Agroform): FedEx AWB 7712 0000 3390, 2 cartons, 14.6 kg
05/03/25, 10:31 - Alejandra Ruiz: Recibido. Aduana en Tijuana puede tardar 2-3 días, no pasa nada
"""), ])

# c19 NL builder stop notice to MA truss maker (PDF)
case("c19_nl_truss_stop_notice", [],
     "Stop notice: nothing may start, balance 117 never released; lift only in writing by Marloes van Schie after WPS review + new sample sign-off; zero authorized now.",
     [("SN-2025-03_VS-25-118.pdf", pdf([
         ("h1", "STOP NOTICE SN-2025-03"),
         ("p", "Van Schie Kassenbouw B.V. - Zijtwende 3, 2676 AA Maasdijk, Nederland"),
         ("p", "To: Atlas Serres Metalliques SARL, Zone Industrielle Sidi Bernoussi, Casablanca, Maroc - Attn. M. Karim Benjelloun"),
         ("p", "Order: VS-25-118 - lattice trusses 8.00 m, HDG    Date: 13-03-2025"),
         ("h", "Stop"),
         ("p", "With immediate effect, all work on order VS-25-118 is stopped. Nothing further may start: no cutting, welding, galvanising or material purchase. "
               "Quantity authorized while this stop is in force: zero (0) trusses."),
         ("p", "Reason: porosity found in the bottom chord welds of the 3 (three) sample trusses delivered in week 8 (our NCR VS-NCR-0412, photos attached to the NCR)."),
         ("p", "The balance of 117 trusses on your quotation was never released and remains not released."),
         ("h", "Lifting the stop"),
         ("table", [
             ["Step", "Owner", "Evidence"],
             ["Revised welding procedure (WPS/PQR to EN ISO 15614-1) reviewed", "Van Schie engineering", "Review memo"],
             ["Stop lifted in writing; revised PO for 3 replacement sample trusses", "Marloes van Schie, Directeur", "Signed lifting notice + PO rev 1"],
             ["Replacement samples signed off after load test", "Van Schie engineering", "Sample report"],
             ["Written production release with quantity", "Marloes van Schie, Directeur", "Release letter"],
         ]),
         ("sp",),
         ("p", "Only Marloes van Schie can lift this stop or release production. Questions: inkoop@vanschiekassenbouw.nl."),
     ], title="SN-2025-03", author="Van Schie Kassenbouw"))])

# c20 ES grower release letter for the complete remaining quantity (EML + DOCX)
_c20_docx = docx_bytes([
    ("h1", "Production release PR-2025-07"),
    ("p", "Hortofruticola Campo de Nijar S.C.A. - Paraje Los Grillos s/n, 04117 Nijar (Almeria)"),
    ("p", "To: Souss Substrats SARL, Agadir, Morocco"),
    ("table", [
        ["Field", "Value"],
        ["Release number", "PR-2025-07"],
        ["Purchase order", "CN-25-0044 rev. 1"],
        ["Item", "Coco slab 100 x 15 x 7.5 cm, 70/30, white/black film"],
        ["Quantity released for production", "4,800 slabs"],
        ["Unlock event", "Sample sign-off by the tecnico de cultivo, 03-03-2025"],
        ["Evidence", "Trial report TR-11 (EC, pH, drainage after 4 weeks)"],
        ["Authorized by", "Marta Gil, Jefa de Compras"],
        ["Date", "10-03-2025"],
    ]),
    ("sp",),
    ("p", "This release covers the complete remaining quantity of PO CN-25-0044 rev. 1. Nothing on that order remains on hold."),
    ("p", "Deliveries: 4 trucks of 1,200 slabs, weeks 15 to 18, FCA Agadir. Pallet plan: 60 slabs per layer, 10 layers, 2 pallets per 1,200."),
], author="Marta Gil")
_c20_txt = """Bonjour Youssef,

Please find attached production release PR-2025-07 for 4,800 coco slabs under PO CN-25-0044 rev. 1. The trial went well: drainage and EC were stable for the whole four weeks.

Please confirm the truck dates for weeks 15 to 18 and send the pallet labels beforehand so our warehouse can check the layout; they are strict about the label position.

Saludos,
Marta Gil
Jefa de Compras
Hortofrutícola Campo de Níjar S.C.A.
"""
case("c20_es_slab_release_letter", [],
     "Release letter (DOCX) for 4,800 slabs = complete remaining quantity, names event, evidence and Marta Gil; no balance left.",
     [("PR-2025-07_CN-25-0044.eml", eml_bytes(mail(
         "Marta Gil <compras@camponijar.es>", "Youssef El Amrani <y.elamrani@soussubstrats.ma>",
         "Production release PR-2025-07 - PO CN-25-0044 rev. 1", "Mon, 10 Mar 2025 17:02:00 +0100",
         _c20_txt, attachments=[("PR-2025-07.docx", _c20_docx, DOCX_MT)])))])

# c21 MX grower interim sample disposition with limits (HTML table)
_c21_rows = [["Characteristic", "Spec", "Measured (n=5)", "Result"],
             ["Wall thickness rim", "1.20 +/- 0.05 mm", "1.08 - 1.12 mm", "Deviation"],
             ["Cell volume", "38 ml +/- 2", "37.5 - 38.6 ml", "OK"],
             ["Drain hole diameter", "8 mm", "8.0 - 8.1 mm", "OK"],
             ["Stacking height 50 trays", "max 610 mm", "598 mm", "OK"]]
case("c21_mx_tray_interim_disposition", [],
     "Interim sample sign-off limited to 2,000 trays and 30 June; 18,000 not released until full sign-off + written release by Daniela Orozco.",
     [("SD-25-019_disposicion.html", html_page("SD-25-019 Sample disposition", f"""
<h1>Agr&iacute;cola Los Altos &ndash; Disposici&oacute;n de muestras / Sample disposition SD-25-019</h1>
<p>Supplier: Ege Plastik Saks&#305; San. Ltd. &#350;ti., Izmir, T&uuml;rkiye &middot; PO: OC-2025-0351 &middot; Item: CH-72 seedling tray 72-cell</p>
{html_table(_c21_rows)}
<h2>Disposition: INTERIM</h2>
<div class="note">
<p><b>Interim sign-off</b>, limited to <b>2,000 trays</b> and valid until <b>30 June 2025</b>, because of the rim thickness deviation (trays
tested on our seeding line without jams).</p>
<p>Production released under this interim disposition: 2,000 trays.</p>
<p>Balance of 18,000 trays: <b>not released</b>. It will be released only after a full sign-off on samples from the corrected mould
and a written production release signed by Ing. Daniela Orozco, Compras.</p>
</div>
<p>Issued 2025-03-11 by Ing. Luis Arellano, Calidad &middot; Copy: Ing. Daniela Orozco</p>
""", lang="es"))])

# c22 KE flower farm: green light scoped to 12 trial slabs, HTML PO view attached (EML)
_c22_html = html_page("PO THF-25-062", f"""
<h1>Timau Highlands Flowers Ltd &ndash; Purchase Order THF-25-062</h1>
<p>Supplier: Van den Berg Substraten B.V., Poeldijk, NL &middot; Date 2025-03-04 &middot; Buyer: Judith Njeri</p>
{html_table([["Line", "Item", "Description", "Qty", "Unit price EUR"],
             ["1", "VDB-SL-100", "Stone wool slab 100 x 20 x 7.5 cm, wrapped, trial", "12", "4.10"]])}
<p class="note">Trial only. The season quantity of 14,000 slabs mentioned in your offer VDB-O-2291 is for information and is <b>not released</b>.
Release after the farm manager's sign-off at the end of the first flush and a written release by Judith Njeri, Head of Procurement.
Material authority: trial slabs only.</p>
<p>Delivery: CPT Nairobi JKIA by air (Incoterms 2020). Consignee: Timau Highlands Flowers Ltd, Timau, Meru County.</p>
""")
_c22_txt = """Dear Bart,

Thank you for the quick offer. You have the green light for the twelve (12) trial slabs only, as per the PO view attached (PO THF-25-062).

The season quantity of 14,000 slabs is not released. It will be released after our farm manager signs off the trial at the end of the first flush (roughly 10 weeks after planting), and then a written release from me with the number of slabs. Until then please do not produce or set aside anything beyond the 12.

Please ship the 12 trial slabs by air to JKIA; our clearing agent is Siginon (ref. TIM-0307).

Kind regards,
Judith Njeri
Head of Procurement
Timau Highlands Flowers Ltd
+254 722 000 915
"""
case("c22_ke_slab_green_light_scoped", [],
     "'Green light' scoped to 12 trial slabs; 14,000 not released; farm manager sign-off + written release by Judith Njeri (HTML PO attached).",
     [("THF-25-062_trial_slabs.eml", eml_bytes(mail(
         "Judith Njeri <j.njeri@timauflowers.co.ke>", "Bart van den Berg <bart@vdbsubstraten.nl>",
         "PO THF-25-062 trial slabs", "Tue, 04 Mar 2025 11:26:00 +0300", _c22_txt,
         attachments=[("PO_THF-25-062.html", _c22_html, "text/html")])))])

# c23 NL distributor ERP full-quantity order with European number format (TXT)
case("c23_nl_pot_erp_full_order", [],
     "Full-quantity ERP order with European formats (1.250 st., 0,064); states no balance; no sample stage.",
     [("INK_WHS-25-0201.txt", """WESTLAND HORTISUPPLY B.V.                                   INKOOPORDER / PURCHASE ORDER
Coldenhovelaan 12, 2671 DC Naaldwijk                                          Blad 1 van 1
-----------------------------------------------------------------------------------------
Ordernr.     : WHS-25-0201            Datum      : 06-03-2025
Leverancier  : 20455 POLPLAST SP. Z O.O., KALISZ (PL)
Inkoper      : S. de Wit              Valuta     : EUR
Levering     : DAP Naaldwijk (Incoterms 2020), week 15
-----------------------------------------------------------------------------------------
Rg  Artikel      Omschrijving                          Aantal  Eenh   Prijs     Bedrag
 1  PP-0900-ZW   Pot 9 cm vierkant zwart                12.500  st.    0,038    475,00
 2  PP-1200-ZW   Pot 12 cm rond zwart                    1.250  st.    0,064     80,00
 3  TR-0904-ZW   Draagtray 4x4 voor pot 9 cm               780  st.    0,410    319,80
-----------------------------------------------------------------------------------------
                                                      Totaal excl. BTW          874,80
Opmerkingen:
 - Volledige hoeveelheden. Geen monsterfase, geen restant: deze order dekt alles.
   (Full quantities. No sample stage, no balance: this order covers everything.)
 - Palletplan: EUR-pallet 1200x800, max. 1,80 m hoog.
 - Pakbon met ordernummer en regelnummer.
-----------------------------------------------------------------------------------------
"""), ])

# c24 CA builder meeting minutes keeping sign-off / PO / production release apart (DOCX table)
case("c24_ca_minutes_terms_apart", [],
     "Minutes keep sample sign-off, PO issued and production release apart; 6 gutters only; 1,560 m not released until revised PO + written release by Dan Whitfield.",
     [("Minutes_2025-03-12_Kingsville_ph1.docx", docx_bytes([
         ("h1", "Project call - Kingsville phase 1 gutters"),
         ("p", "Date: 12 March 2025, 10:00 EDT. Attendees: Kyle Bennett, Dan Whitfield (Northern Glasshouse Builders); Emre Aydin, Selin Kaya (Akdeniz Celik)."),
         ("h", "Status"),
         ("table", [
             ["Topic", "Status", "Note"],
             ["Sample sign-off (technical)", "Given 11-03-2025", "Structural engineer; test section of 6 gutters, report TS-07"],
             ["Purchase order (commercial)", "PO NGB-3344 issued 04-03-2025", "Covers the 6 test-section gutters only"],
             ["Production release", "Not given", "See below"],
         ]),
         ("sp",),
         ("p", "Authorized to make now: nothing beyond the 6 test-section gutters already delivered."),
         ("p", "The remaining 1,560 m of VG-350 for phase 1 is not released. The unlock is a revised PO (NGB-3344 rev 1) covering phase 1, "
               "followed by a written production release from Dan Whitfield, VP Construction. Neither the sign-off nor these minutes release anything."),
         ("h", "Actions"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Send galvanising certificates for test-section gutters", "Selin Kaya", "14-03"],
             ["2", "Issue PO NGB-3344 rev 1 after owner confirms planting date", "Kyle Bennett", "21-03"],
             ["3", "Written production release, quantity in metres", "Dan Whitfield", "after action 2"],
             ["4", "Propose truck plan for bay-by-bay erection", "Emre Aydin", "21-03"],
         ]),
     ], author="Kyle Bennett"))])

# c25 ES builder answers a PL supplier's question about buying coil for 6 ha (EML quoted reply)
_c25_q = """El 12/03/2025 a las 8:51, Tomasz Nowak <t.nowak@stalprofil.pl> escribió:
Dear Carmen,

The test-section gutters go to galvanising on Friday. One question: can we go ahead and buy the coil for all 6 ha now? The mill has a slot in week 13 and after that it is 8 weeks.

Regards,
Tomasz Nowak
Stalprofil Sp. z o.o."""
_c25_txt = """Hola Tomasz,

No, please don't. Material authority on PO EP-25-0320 is sample-only: coil for the 3 test-section gutters (36 m) and nothing more.

The remaining gutter for the 6 ha (about 4,300 m) is not released. It will be released only after the test section passes our rain test on site and I send you a written release signed by me, Carmen Vidal, Directora de Compras. If we lose the mill slot, we accept that risk on our side.

Thank you for asking before buying, really appreciated.

Un saludo,
Carmen Vidal
Directora de Compras
Estructuras Agrícolas del Poniente S.L. - El Ejido (Almería)
+34 950 000 480

""" + quote(_c25_q) + "\n"
case("c25_es_coil_question_denied", [],
     "Supplier question to buy coil for 6 ha is not an approval; buyer: sample-only material for 3 gutters, ~4,300 m not released, rain test + written release by Carmen Vidal.",
     [("RE_EP-25-0320_coil.eml", eml_bytes(mail(
         "Carmen Vidal <c.vidal@eaponiente.es>", "Tomasz Nowak <t.nowak@stalprofil.pl>",
         "RE: EP-25-0320 test section - coil for 6 ha?", "Wed, 12 Mar 2025 10:07:00 +0100", _c25_txt,
         in_reply_to="<h99-ref-0320@stalprofil.pl>")))])

# ------------------------------------------------------------ positive, batch 3
# p01 ES grower -> MA bag maker: bare sample PO with the quote's production tier printed on it (EML + PDF)
_p01_pdf = pdf([
    ("h1", "PEDIDO / PURCHASE ORDER AV-25-1187"),
    ("p", "SAT Agroponiente Verde - Camino de la Gloria 22, 04700 El Ejido (Almeria) - CIF F04000118"),
    ("p", "Proveedor / Supplier: Maroc Substrat Industrie SARL, Zone Industrielle Ouled Oujih, Kenitra, Maroc"),
    ("p", "Fecha: 06/03/2025    Comprador: A. Fernandez    Oferta proveedor: MSI-Q-0412"),
    ("table", [
        ["Lin.", "Articulo", "Descripcion", "Cant.", "Ud.", "Precio EUR", "Importe EUR"],
        ["10", "SC-PER-B12", "Saco de cultivo perlita B-12, 100 x 20 x 12 cm, film blanco/negro 150 um", "150", "ud", "1,40", "210,00"],
    ]),
    ("sp",),
    ("h", "Precios segun oferta MSI-Q-0412"),
    ("table", [
        ["Lote", "Cantidad", "Precio EUR/ud", "Plazo"],
        ["Muestra / sample lot", "150", "1,40", "2 semanas"],
        ["Produccion / production lot", "42.000", "0,78", "5 semanas"],
    ]),
    ("sp",),
    ("p", "Entrega: DAP El Ejido (Incoterms 2020). Documentacion: factura, packing list, certificado de origen EUR.1."),
    ("p", "Forma de pago: transferencia 60 dias fecha factura."),
], title="AV-25-1187", author="Agroponiente Verde")
_p01_txt = """Buenos días Hicham,

Adjunto PO AV-25-1187 for the sample grow bags as per your quotation MSI-Q-0412. We need them here before 28 March because the trial is planted the first week of April in invernadero 12.

Please confirm the delivery date and send the customs papers to our agent (Transitarios del Sur, Algeciras) in advance, last time the truck waited two days in the port.

Gracias y un saludo,
Antonio Fernández
Dpto. Compras
SAT Agroponiente Verde
+34 950 000 233
"""
case("p01_es_perlite_bag_bare_po", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 150 bags prints the quote's 42.000 production lot beside it; no hold, no unlock event, no release person.",
     [("AV-25-1187_pedido.eml", eml_bytes(mail(
         "Antonio Fernandez <compras@agroponienteverde.es>", "Hicham Bennani <h.bennani@marocsubstrat.ma>",
         "PO AV-25-1187 sacos muestra", "Thu, 06 Mar 2025 09:48:00 +0100", _p01_txt,
         attachments=[("AV-25-1187.pdf", _p01_pdf, PDF_MT)])))])

# p02 KE nursery WhatsApp: unscoped "green light ... go ahead" to a machine-booking question (TXT)
case("p02_ke_tray_whatsapp_green_light", ["RG002"],
     "Earlier buyer scope complete (50 samples, 11,950 on hold, trial + release by Peter Kamau); later 'green light, go ahead' names no quantity.",
     [("WhatsApp Chat with Kilifi trays KS-0931.txt", """[03/03/2025, 09:10] Peter Kamau: Good morning Mehmet. PO KS-0931 is sent to your email. It is for 50 sample trays of the 150-cell type only.
[03/03/2025, 09:11] Peter Kamau: The other 11,950 trays are not released. They are released only after our nursery trial is signed off by Esther Wambui and then I send you a written release. Peter Kamau, Procurement, Kilifi Seedlings Ltd.
[03/03/2025, 09:30] Mehmet Arslan (Ege Plastik): Good morning Peter, received, thank you. Samples will go by DHL Friday.
[07/03/2025, 16:02] Mehmet Arslan (Ege Plastik): DHL AWB 44 1230 0000, 1 carton 9 kg
[10/03/2025, 14:58] Esther Wambui: Samples arrived at the nursery this morning. Will sow the first trays tomorrow.
[10/03/2025, 15:02] Mehmet Arslan (Ege Plastik): Thank you Esther. Peter, my boss asks if we can book injection machine 4 from week 14, otherwise the slot goes to another customer. Please advise today if possible.
[10/03/2025, 15:40] Peter Kamau: Yes green light from our side, go ahead 👍
[10/03/2025, 15:41] Mehmet Arslan (Ege Plastik): Super, thank you Peter! 🙏
[10/03/2025, 15:43] Esther Wambui: I will send photos of germination day 5 and day 10
"""), ])

# p03 CA builder -> CN truss maker: "we are approved, please proceed" on top of a quoted thread with a complete scope (EML)
_p03_orig = """On Mon, Mar 3, 2025 at 8:05 AM Kyle Bennett <kbennett@northernglasshouse.ca> wrote:
Wang Jun,

PO NGB-3351 is attached. It covers 2 (two) trusses for the test bay at Kingsville only.
The remaining 46 trusses on your quote HX-Q-2502 are not released. They will be released only after the load test on the test bay is signed off and Dan Whitfield (VP Construction) issues a written production release.
Please buy steel for the 2 test trusses only.

Kyle"""
_p03_sup = """On Tue, Mar 11, 2025 at 9:40 PM Wang Jun <wangjun@huaxin-steel.cn> wrote:
Dear Kyle,

Attached the updated shop drawings rev C with your comments (bottom chord splice moved 300 mm, extra gusset at the ridge).
Q355B tube is available from our mill partner this month. Please advise.

Best regards
Wang Jun
Qingdao Huaxin Steel Structure Co., Ltd.

""" + quote(_p03_orig)
_p03_txt = """Wang Jun,

Looks good. We are approved on our side, please proceed.

Kyle

""" + quote(_p03_sup) + "\n"
case("p03_ca_truss_approved_proceed", ["RG002"],
     "Top reply 'We are approved on our side, please proceed' names no quantity or sample scope; quoted buyer scope is complete.",
     [("RE_NGB-3351_shop_drawings_rev_C.eml", eml_bytes(mail(
         "Kyle Bennett <kbennett@northernglasshouse.ca>", "Wang Jun <wangjun@huaxin-steel.cn>",
         "RE: NGB-3351 shop drawings rev C", "Wed, 12 Mar 2025 07:55:00 -0400", _p03_txt,
         in_reply_to="<h99-ref-3351@huaxin-steel.cn>")))])

# p04 NL grower PO for 4 sample screens: hold and event, but no named release person (PDF)
case("p04_nl_screen_po_no_person", ["RG005"],
     "Sample PO: 4 panels, 6.2 ha on hold until PAR transmission test; nobody named who releases (only 'afdeling inkoop').",
     [("IO-2025-0318.pdf", pdf([
         ("h1", "INKOOPORDER IO-2025-0318"),
         ("p", "Kwekerij De Lier Paprika B.V. - Hoogwerf 7, 2678 LL De Lier - KvK 27000456"),
         ("p", "Leverancier: Anatolia Screen Tekstil A.S., Bursa, Turkije    Offerte: AS-Q-1187    Datum: 07-03-2025"),
         ("table", [
             ["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs EUR"],
             ["1", "AS-SH-55", "Schaduwdoek / shade screen 55%, sample panel 3.20 x 4.00 m", "4", "72,00"],
         ]),
         ("sp",),
         ("p", "Sample order. The remaining project quantity (6.2 ha, quotation AS-Q-1187) is on hold and not released until the sample screens "
               "have passed our light-transmission test (PAR measurement over two weeks in compartment 3)."),
         ("p", "Levering: DAP De Lier, uiterlijk week 13. Facturen naar facturen@delierpaprika.nl onder vermelding van het ordernummer."),
         ("p", "Vragen over deze order: afdeling inkoop, inkoop@delierpaprika.nl."),
     ], title="IO-2025-0318", author="De Lier Paprika"))])

# p05 MX builder DOCX: balance on hold "until further notice", release person named, no unlock event
case("p05_mx_column_hold_further_notice", ["RG004"],
     "10 sample columns released; balance 990 on hold 'hasta nuevo aviso'; Roberto Salinas named as releaser, but no event unlocks the balance.",
     [("Aclaracion_columnas_IB-2236.docx", docx_bytes([
         ("h1", "Aclaración técnica y alcance / Technical clarification and scope - PO IB-2236"),
         ("p", "Invernaderos del Bajío S.A. de C.V., Parque Industrial Querétaro, Mexico - to Akdeniz Celik Sera Sistemleri A.S., Antalya, Türkiye"),
         ("p", "Item: Columna / column 80 x 80 x 2.5 mm, 4.50 m, hot-dip galvanised, base plate 200 x 200 x 8 mm."),
         ("h", "1. Clarifications"),
         ("table", [
             ["Punto", "Pregunta / question", "Respuesta / answer"],
             ["1", "Base plate holes: 4 x 18 mm or 4 x 22 mm?", "4 x 18 mm, pattern 150 x 150 mm."],
             ["2", "Gutter bracket welded or bolted?", "Bolted, M10 grade 8.8 HDG."],
             ["3", "Zinc thickness", "Min. 70 um average, EN ISO 1461."],
         ]),
         ("h", "2. Alcance / scope"),
         ("p", "Se autorizan las 10 columnas de muestra. Ten (10) sample columns are authorized under PO IB-2236."),
         ("p", "El saldo de 990 columnas queda en espera hasta nuevo aviso. The balance of 990 columns stays on hold until further notice."),
         ("p", "The release of the balance will be signed by Ing. Roberto Salinas, Director de Proyectos."),
         ("p", "Entrega muestras: CIF Manzanillo, lo antes posible."),
     ], author="Roberto Salinas"))])

# p06 NL distributor ERP PO: "RESTANT ... ON HOLD", no event, no person (TXT)
case("p06_nl_erp_restant_on_hold", ["RG004", "RG005"],
     "ERP sample PO 250 st.; 'restant 4.750 st. on hold' but no unlock event and no named release person.",
     [("INK_AHZ-25-1044.txt", """AGRARISCH HANDELSHUIS ZUID B.V.                             INKOOPORDER
Energieweg 21, 4906 CG Oosterhout                                        Blad 1/1
---------------------------------------------------------------------------------
Ordernr.   : AHZ-25-1044             Datum     : 05-03-2025
Leverancier: 30871 MAROC SUBSTRAT INDUSTRIE SARL, KENITRA (MA)
Afdeling   : INKOOP TEELTMEDIA       Valuta    : EUR
---------------------------------------------------------------------------------
Rg  Artikel        Omschrijving                        Aantal  Eenh   Prijs
10  GB-COCO-100    GROEIZAK KOKOS 100X18 WIT/ZWART        250  ST.   1,150
---------------------------------------------------------------------------------
Opmerkingen:
 - PROEFPARTIJ / TRIAL LOT 250 ST.
 - RESTANT 4.750 ST. (OFFERTE MSI-Q-0398) ON HOLD.
 - LEVERING CPT OOSTERHOUT, WEEK 14. PALLET 1200X1000.
 - PAKBON MET ORDERNUMMER.
---------------------------------------------------------------------------------
"""), ])

# p07 NL grower asks a TR supplier to "make the samples": no quantity, no hold, no event, no person (EML multipart)
_p07_txt = """Hoi Emre,

Our order number for the samples is 45-2307, you can put that on the invoice.

Please make the samples for the new gutter profile VG-400 (drawing VG-400-D rev 2, your offer AQ-25-0102) so we can build them into the mock-up bay before the crop change. We would like them here by week 16 at the latest.

The profile must drain at 2.5 mm/m, so please check the outlet positions against the drawing before you roll. Also the condensate channel on the inside: last time it was 1 mm too shallow.

Groet,
Lars
""" + sig("Lars Hoogendoorn", "Teeltmanager", "Tuinderij Hoogendoorn Komkommers", "+31 10 000 5122")
case("p07_nl_gutter_make_samples", ["RG003", "RG004", "RG005", "RG010"],
     "Sample authorization gives no sample quantity, never says production is not released, names no unlock event and no releaser.",
     [("45-2307_samples_VG-400.eml", eml_bytes(mail(
         "Lars Hoogendoorn <lars@hoogendoornkomkommers.nl>", "Emre Aydin <emre.aydin@akdenizcelik.com.tr>",
         "Samples VG-400 - order 45-2307", "Fri, 07 Mar 2025 16:22:00 +0100", _p07_txt, html=para_html(_p07_txt))))])

# p08 MX builder PO for test-bay trusses "as required": no active quantity (PDF)
case("p08_mx_truss_po_as_required", ["RG010"],
     "PO releases 'the sample trusses for the test bay' with quantity 'per drawing'; hold, load-test event and Roberto Salinas are named, but no number.",
     [("OC_IB-2240.pdf", pdf([
         ("h1", "ORDEN DE COMPRA IB-2240"),
         ("p", "Invernaderos del Bajio S.A. de C.V. - Av. de la Industria 118, Parque Industrial, 76220 Queretaro, Qro., Mexico"),
         ("p", "Proveedor: Qingdao Huaxin Steel Structure Co., Ltd., Jiaozhou, Qingdao, China    Fecha: 2025-03-04"),
         ("table", [
             ["Partida", "Descripcion", "Cantidad", "Unidad", "Precio USD"],
             ["1", "Cercha / truss 9.60 m, HDG, per drawing TB-01 rev A (test bay)", "segun plano TB-01 / as required for test bay", "pza", "186.00"],
             ["2", "Kit de tornilleria / bolt kit M12 8.8 HDG", "segun plano TB-01", "kit", "14.50"],
         ]),
         ("sp",),
         ("p", "Only the sample trusses for the test bay are released by this PO. The production trusses for bays 2 to 20 are not released "
               "until the load test on the test bay passes and Ing. Roberto Salinas, Director de Proyectos, issues a written production release."),
         ("p", "Incoterms 2020: CIF Manzanillo. Pago: 30% anticipo, 70% contra copia de B/L."),
     ], pagesize=LETTER, title="OC IB-2240", author="Invernaderos del Bajio"))])

# p09 TR gutter maker status mail: coil for the complete 1,140 m already bought (EML, quoted buyer scope)
_p09_q = """On 04.03.2025 11:20, Carmen Vidal wrote:
Emre, PO EP-25-0331 is for 4 (four) test gutters only. The rest of the 1,140 m is not released until the rain test on site is passed and I, Carmen Vidal, sign a written release. Material authority: sample-only, please buy coil for the 4 gutters only."""
_p09_txt = """Dear Carmen,

Weekly status for PO EP-25-0331:

1. The 4 test gutters are rolled and galvanised, final inspection tomorrow, loading Monday 17 March.
2. Galvanising certificates and 3.1 certificates will be sent with the packing list.
3. Good news on price: to protect you from the steel increase announced for April, we have already purchased the Z275 coil for the complete 1,140 m. It is stored in our warehouse and reserved for your project, so we can start immediately when you are ready.

Truck: 13.6 m tautliner, ETA El Ejido 24 March.

Best regards,
Emre Aydın
Export Sales Manager
Akdeniz Çelik Sera Sistemleri A.Ş.
+90 242 000 6610

""" + quote(_p09_q) + "\n"
case("p09_tr_coil_bought_full_length", ["RG006"],
     "Supplier bought coil for the complete 1,140 m while the quoted buyer scope releases 4 test gutters with sample-only material authority.",
     [("EP-25-0331_weekly_status.eml", eml_bytes(mail(
         "Emre Aydin <emre.aydin@akdenizcelik.com.tr>", "Carmen Vidal <c.vidal@eaponiente.es>",
         "RE: EP-25-0331 weekly status", "Fri, 14 Mar 2025 17:45:00 +0300", _p09_txt,
         in_reply_to="<h99-ref-0331@eaponiente.es>")))])

# p10 CA distributor asks CN tray maker to "sort out the granulate for the whole 20k" (EML)
_p10_txt = """Hi Lily,

PO GL-25-0610 went out this morning. To be clear on scope: only the 40 sample trays are released. The remaining 19,960 are not released until our grower trial at Pelee Island Greens is signed off and I send you a written release.

That said, resin is running up again and I don't want us to be stuck in May. Please already sort out the PS granulate for the whole 20k so it's on your floor when we release. We'll sort out the paperwork on that later.

Samples by courier please, account FedEx 000-1122-4.

Cheers,
Marc
""" + sig("Marc Tremblay", "Supply Manager", "Great Lakes Grower Supply Ltd.", "+1 519 000 2040")
case("p10_ca_tray_buy_granulate_20k", ["RG006"],
     "Buyer releases 40 samples but asks supplier to get granulate for the whole 20k with 'paperwork later': no explicit material authority.",
     [("GL-25-0610_samples.eml", eml_bytes(mail(
         "Marc Tremblay <mtremblay@greatlakesgrower.ca>", "Lily Chen <lily.chen@greenleaf-nb.com>",
         "PO GL-25-0610 - 128-cell samples", "Thu, 06 Mar 2025 10:12:00 -0500", _p10_txt)))])

# p11 TR screen maker in a WhatsApp group: yarn and strip for the full 4 ha arrived (TXT)
case("p11_mx_screen_whatsapp_material", ["RG006"],
     "Buyer released the 0.5 ha test section only (complete scope); supplier reports yarn and aluminium strip for the full 4 ha bought and received.",
     [("WhatsApp Chat - Bajio pantallas nave 3.txt", """[04/03/25 11:02] Roberto Salinas: Buenos días Elif. Para que quede claro en el grupo: solo el tramo de prueba de 0.5 ha (5,000 m2 de pantalla) está liberado.
[04/03/25 11:03] Roberto Salinas: The other 3.5 ha is NOT released until our client signs off the test section after one month of operation and I send you a written release. Roberto Salinas, Director de Proyectos.
[04/03/25 11:20] Elif Demir (Anatolia Screen): Good morning Roberto, clear. Test section ships 12 March.
[04/03/25 11:21] Carlos (obra): Los perfiles de aluminio para el tramo de prueba ya están en sitio
[11/03/25 09:47] Elif Demir (Anatolia Screen): Good news 💪 the polyester yarn and the aluminium strip for the full 4 ha arrived at our plant today. So we are ready to weave as soon as you confirm, no waiting for material.
[11/03/25 09:48] Elif Demir (Anatolia Screen): <Media omitted>
[11/03/25 10:15] Carlos (obra): Tramo de prueba: montaje empieza el lunes 17
"""), ])

# p12 ES grower PO (complete scope) + MA supplier acknowledgement that reserved and paid material for 60,000 bags (multi-file)
case("p12_es_bag_po_plus_ack_material", ["RG006"],
     "PO: 300 sample bags, 59,700 not released, trial + release by Jose Antonio Martin, sample-only material; supplier ack says coco and film for 60,000 bought.",
     [("HM-25-0077.pdf", pdf([
         ("h1", "PEDIDO DE COMPRA HM-25-0077"),
         ("p", "SAT Hortamar - Ctra. de Almeria 14, 04770 Adra (Almeria)"),
         ("p", "Proveedor: Maroc Substrat Industrie SARL, Kenitra, Maroc    Fecha: 03/03/2025"),
         ("table", [
             ["Lin.", "Descripcion", "Cantidad", "Precio EUR"],
             ["1", "Saco de cultivo coco 100 x 18 x 10 cm, 70/30, muestra para ensayo", "300", "1,25"],
         ]),
         ("sp",),
         ("p", "Ensayo / trial only. Of the 60.000 sacos in your offer MSI-Q-0419, this order releases 300. The other 59.700 are not released."),
         ("p", "They will be released only after our trial is signed off (4 weeks of crop, drainage and EC readings) and Jose Antonio Martin, "
               "Gerente de Compras, signs a written release."),
         ("p", "Material authority: sample-only (coco and film for 300 bags)."),
     ], title="HM-25-0077", author="SAT Hortamar")),
      ("MSI_ack_HM-25-0077.pdf", pdf([
          ("h1", "ACCUSE DE RECEPTION / ORDER ACKNOWLEDGEMENT"),
          ("p", "Maroc Substrat Industrie SARL - Zone Industrielle Ouled Oujih, Kenitra - RC 40112"),
          ("p", "Client: SAT Hortamar, Adra (Espagne)    Votre commande: HM-25-0077    Date: 05/03/2025"),
          ("p", "We acknowledge your order HM-25-0077 for 300 sample grow bags, delivery week 12."),
          ("p", "To protect your planting date, we have already reserved and paid for coco peat blocks (Sri Lanka origin) and UV film "
                "for the full 60.000 bags. The material arrives in Kenitra in week 14."),
          ("table", [
              ["Material", "Quantity", "Status"],
              ["Coco peat blocks 5 kg, 70/30", "84 t", "Paid, shipped from Colombo"],
              ["UV film white/black 150 um", "60.000 bag sleeves", "Paid, in production at film supplier"],
          ]),
          ("sp",),
          ("p", "Hicham Bennani - Responsable Export"),
      ], title="MSI ack", author="Maroc Substrat Industrie"))])

# p13 PL gutter maker MRP reservation printout: coil reserved for 2,400 m, release 120 m (TXT)
case("p13_pl_mrp_coil_reservation", ["RG006"],
     "Supplier MRP printout: customer release 120 m, balance not released, yet coil reserved/bought for 2,400 m.",
     [("MRP_RES_ZK-2025-0419.txt", """STALPROFIL SP. Z O.O.            MATERIAL RESERVATION REPORT                 2025-03-12  07:31
ZAKLAD: SIERADZ                   REPORT MRP-R07                                USER: JKOWAL
==================================================================================================
SALES ORDER : ZK-2025-0419       CUSTOMER : 11820 DEKKER KASSENBOUW B.V. (NL)
CUST. PO    : DK-25-0433         ITEM     : SG-300-0800  GUTTER SG-300, 8.00 M, Z275
--------------------------------------------------------------------------------------------------
CUSTOMER RELEASE            :     120 M   (TEST SECTION, 15 PCS X 8.00 M)
BALANCE PER OFFER SP/2025/081:  2.280 M   NOT RELEASED BY CUSTOMER
--------------------------------------------------------------------------------------------------
MATERIAL        DESCRIPTION                      QTY        UOM   STATUS      COVERS
DX51D+Z275      COIL 1.5 MM X 625 MM           18.400      KG    PURCHASED   2.400 M
PO-ST-25-0311   (HUTA CZESTOCHOWA, DEL. WK 12)
RIV-AL-4.8      BLIND RIVET AL 4.8 X 12         3.000      PCS   STOCK       TEST SECTION
--------------------------------------------------------------------------------------------------
REMARK: COIL BOUGHT FOR FULL OFFER QTY TO FIX PRICE BEFORE Q2 INCREASE. (A. MAZUR, PLANNING)
==================================================================================================
"""), ])

# p14 CN truss maker technical note: steel for all 48 trusses purchased (DOCX)
case("p14_cn_truss_tech_note_steel", ["RG006"],
     "Supplier technical note: PO covers 2 test trusses, 46 not released, but Q355B tube for all 48 purchased to hold galvanising slot.",
     [("TN-0318_galvanising_plan.docx", docx_bytes([
         ("h1", "Technical note TN-0318 - Galvanising plan, trusses 12.80 m"),
         ("p", "Qingdao Huaxin Steel Structure Co., Ltd. to Northern Glasshouse Builders Inc. - Project: Kingsville phase 1, PO NGB-3351."),
         ("h", "1. Scope as we understand it"),
         ("p", "PO NGB-3351 covers 2 (two) test trusses. The 46 remaining trusses are not yet released by Northern Glasshouse."),
         ("h", "2. Galvanising"),
         ("table", [
             ["Step", "Spec", "Date"],
             ["Pickling and fluxing", "HCl 14%, ZnCl2/NH4Cl flux", "2025-03-17"],
             ["Dip", "450 C, zinc 99.995%", "2025-03-18"],
             ["Inspection", "Coating 85 um min. average, ISO 1461", "2025-03-19"],
         ]),
         ("h", "3. Material"),
         ("p", "To hold our slot at the galvanising plant in April, steel for all 48 trusses (Q355B round tube 60.3 x 3.0 and 48.3 x 2.5) "
               "has been purchased and is in our yard. Mill certificates EN 10204 3.1 attached for the full lot."),
         ("h", "4. Test trusses"),
         ("p", "The 2 test trusses will be shipped LCL from Qingdao on 2025-03-24."),
         ("p", "Wang Jun, Project Manager Export"),
     ], author="Wang Jun"))])

# p15 PL tray maker reply: "as soon as your growers approve ... continue straight into the balance" (EML, quoted scope)
_p15_q = """Op 05-03-2025 om 09:14 schreef Sanne de Wit <s.dewit@westlandhortisupply.nl>:
Dear Marek,

PO WHS-25-0230 covers 60 sample trays TR-60. The balance of 11,940 trays from your offer AF-0207 is not released. It will be released only after our germination trial is signed off and I send you a written release.

Kind regards,
Sanne de Wit, Inkoper"""
_p15_txt = """Dear Sanne,

Thank you for PO WHS-25-0230. We will ship the 60 sample trays on Friday by DPD.

As soon as your growers approve the samples we will continue straight into the balance, so the mould stays on the machine and you get the trays well before the season. We have planned it like that in our schedule.

Best regards,
Marek Zieliński
Sales Manager
Agroform Sp. z o.o., Poznań
+48 61 000 3320

""" + quote(_p15_q) + "\n"
case("p15_pl_tray_roll_into_balance", ["RG007"],
     "Supplier plans to roll straight into the balance on sample approval; quoted buyer scope requires a written release, no auto-conversion recorded.",
     [("RE_WHS-25-0230.eml", eml_bytes(mail(
         "Marek Zielinski <m.zielinski@agroform.pl>", "Sanne de Wit <s.dewit@westlandhortisupply.nl>",
         "RE: PO WHS-25-0230 sample trays", "Wed, 05 Mar 2025 14:20:00 +0100", _p15_txt,
         in_reply_to="<h99-ref-0230@westlandhortisupply.nl>")))])

# ------------------------------------------------------------ positive, batch 4
# p16 KE builder's release authority tells CN supplier to "just carry on" after the wind-load check (EML + PDF PO)
_p16_pdf = pdf([
    ("h1", "PURCHASE ORDER SGB-25-0144"),
    ("p", "Savannah Greenhouse Builders Ltd - Mombasa Road, Athi River, Kenya - PIN P051000123X"),
    ("p", "Supplier: Hebei Lvyuan Greenhouse Steel Co., Ltd., Langfang, Hebei, China    Date: 2025-03-05    Quote: LY-Q-25-031"),
    ("table", [
        ["Item", "Description", "Qty", "Unit", "Unit price USD"],
        ["1", "Gutter 6.00 m, 2.0 mm, hot-dip galvanised, drawing LY-GT-6 rev 2 (test section)", "8", "pcs", "64.00"],
    ]),
    ("sp",),
    ("p", "Scope: test section only. The balance of 2,200 m of gutter for the Naivasha project is not released."),
    ("p", "The balance will be released only after the test section passes the wind-load check on site and by a written production release "
          "signed by Daniel Mutua, Projects Director. Material authority: sample-only."),
    ("p", "Shipping: CFR Mombasa, LCL. Documents: commercial invoice, packing list, B/L, certificate of conformity (KEBS PVoC)."),
], title="SGB-25-0144", author="Savannah Greenhouse Builders")
_p16_txt = """Hi Zhang,

PO SGB-25-0144 attached for the 8 test-section gutters.

Between us, to save time: if the 8 test lengths pass the wind-load check on site, just carry on with the rest of the gutters, no need to wait for a letter from me. The client wants to plant in June and shipping is already 5 weeks.

Regards,
Daniel Mutua
Projects Director
Savannah Greenhouse Builders Ltd
+254 711 000 660
"""
case("p16_ke_gutter_carry_on_after_test", ["RG007"],
     "Release authority writes that a passed wind-load check lets supplier carry on with the rest without his written release, contradicting the attached PO.",
     [("SGB-25-0144_test_section.eml", eml_bytes(mail(
         "Daniel Mutua <d.mutua@savannahgreenhouse.co.ke>", "Zhang Lei <zhanglei@lvyuan-steel.cn>",
         "PO SGB-25-0144 test section gutters", "Wed, 05 Mar 2025 12:40:00 +0300", _p16_txt,
         attachments=[("SGB-25-0144.pdf", _p16_pdf, PDF_MT)])))])

# p17 TR pot maker quote: production starts automatically on sample approval (PDF)
case("p17_tr_pot_quote_auto_start", ["RG007"],
     "Supplier quote states season production starts automatically on sample approval with no separate order; no recorded auto-conversion.",
     [("EP-Q-0311_teklif.pdf", pdf([
         ("h1", "TEKLIF / QUOTATION EP-Q-0311"),
         ("p", "Ege Plastik Saksi San. Ltd. Sti. - Ataturk Organize Sanayi Bolgesi 10003 Sk. No 4, Cigli / Izmir, Turkiye"),
         ("p", "To: Agrosuministros Levante S.L., Alboraya (Valencia), Spain - Attn. Rocio Navarro    Date: 27.02.2025"),
         ("table", [
             ["Item", "Description", "Quantity", "Price EUR/pc"],
             ["ES-14-TC", "Pot 14 cm round, PP, terracotta, 1.3 L - samples", "300", "0,19"],
             ["ES-14-TC", "Pot 14 cm round, PP, terracotta, 1.3 L - season quantity", "220.000", "0,052"],
         ]),
         ("sp",),
         ("h", "Terms"),
         ("p", "Samples: 10 days after your sample order."),
         ("p", "Production of the season quantity starts automatically on your sample approval. No separate order or release is required; "
               "first truck 3 weeks after approval, then 2 trucks per week."),
         ("p", "Delivery: FCA Izmir (Incoterms 2020). Payment: 30 days after invoice. Validity: 30 days."),
         ("p", "Ege Plastik - Mehmet Arslan, Export Manager"),
     ], title="EP-Q-0311", author="Ege Plastik"))])

# p18 KE vegetable farm WhatsApp: supplier treats a farm-visit approval as the start of the main batch (TXT)
case("p18_ke_tray_farm_visit_start", ["RG007"],
     "Buyer scope complete (100 samples, 20,000 not released, Kiprop sign-off + written release by Faith Achieng); supplier starts main batch on a verbal sample approval, uncorrected.",
     [("WhatsApp Chat with LNV trays 2025.txt", """[24/02/2025, 10:05] Faith Achieng: Dear Lin, PO LNV-2025-112 is for 100 sample trays only. The other 20,000 trays are not released until our farm manager Mr. Kiprop signs the trial report and I send you a written release. Faith Achieng, Procurement, Lake Naivasha Vegetables.
[24/02/2025, 10:31] Lin Wei (Evergrow): Well noted Faith, thank you 🙏
[06/03/2025, 17:12] Lin Wei (Evergrow): Our sales director visited your farm yesterday with Mr. Kiprop. Mr. Kiprop approved the trays during the visit, he was very happy with the cell depth 👍
[06/03/2025, 17:13] Lin Wei (Evergrow): So we start the main batch on Monday as planned, first container ETD Xiamen 4 April.
[06/03/2025, 18:40] Faith Achieng: Kindly share the packing list of the samples for our records, our auditor is asking.
[06/03/2025, 18:52] Lin Wei (Evergrow): <attached: PL_LNV-2025-112.pdf>
[06/03/2025, 18:53] Faith Achieng: Received, asante.
"""), ])

# p19 NL builder delivery schedule: production "follows sign-off automatically" vs written release by Bram Hoekstra (PDF table)
case("p19_nl_schedule_auto_after_signoff", ["RG007"],
     "Schedule text requires written release by Bram Hoekstra after sign-off, but its table says phase 1 production follows sign-off automatically.",
     [("Leveringsschema_VS-25-131.pdf", pdf([
         ("h1", "Leveringsschema / Delivery schedule - project Maasdijk Noord"),
         ("p", "Van Schie Kassenbouw B.V. - to Stalprofil Sp. z o.o., Sieradz (PL) - PO VS-25-131 - issue 2, 10-03-2025"),
         ("p", "PO VS-25-131 releases 6 sample gutter lengths SG-300 for the test section. The 1,200 m for phase 1 is not released. "
               "Production release: in writing by Bram Hoekstra (Inkoop) after the sample sign-off."),
         ("table", [
             ["Week", "Activity", "Quantity", "Remark"],
             ["12", "Test section erected at Maasdijk", "6 lengths", "Crane on site Tuesday"],
             ["13", "Sample sign-off by Van Schie engineering", "-", "Slope, seams, zinc layer"],
             ["14", "Production phase 1 starts at Stalprofil", "1,200 m", "Follows sign-off automatically, no further order needed"],
             ["17-20", "Trucks 1-4 to Maasdijk, bay-by-bay", "300 m / truck", "Unloading 07:00-15:00"],
         ]),
         ("sp",),
         ("p", "Contact site: Gerrit Vermeulen, uitvoerder, +31 6 0000 4417."),
     ], title="Leveringsschema VS-25-131", author="Van Schie Kassenbouw"))])

# p20 MX grower meeting minutes: supplier will "roll straight into production once samples are OK" - agreed (DOCX)
case("p20_mx_minutes_roll_into_production", ["RG007"],
     "Minutes state 300 samples, 30,000 not released until trial + release by Daniela Orozco, then record as agreed that supplier rolls into production once samples are OK.",
     [("Minuta_kickoff_OC-2025-0402.docx", docx_bytes([
         ("h1", "Minuta / Minutes - kick-off seedling trays OC-2025-0402"),
         ("p", "Fecha: 2025-03-06, videollamada. Agricola Los Altos: Ing. Daniela Orozco (Compras), Ing. Luis Arellano (Calidad). "
               "Dunya Plastik (Konya, TR): Burak Yildiz, Zeynep Aksoy."),
         ("h", "1. Alcance / scope"),
         ("p", "PO OC-2025-0402 covers 300 sample trays CH-128. The balance of 30,000 trays is not released until the trial is signed off by Calidad "
               "and Ing. Daniela Orozco sends a written release."),
         ("h", "2. Decisions"),
         ("table", [
             ["#", "Topic", "Decision"],
             ["1", "Colour", "Black, masterbatch with UV stabiliser, no recycled content"],
             ["2", "Samples shipping", "By air, DHL, ETA Guadalajara 2025-03-21"],
             ["3", "Production start", "Dunya: once the samples are OK they will roll straight into production to hold the planting date of 15 May. (Agreed.)"],
             ["4", "Pallet plan", "1,000 trays per pallet, 26 pallets per 40'HC"],
         ]),
         ("p", "Minuta elaborada por: Ing. Luis Arellano."),
     ], author="Luis Arellano"))])

# p21 CN pot maker customer portal: balance "will start automatically upon sample approval" (HTML)
_p21_rows = [["Line", "Item", "Qty", "Status", "Next step"],
             ["1", "GL-P17 pot 17 cm black PP", "50 pcs", "QC", "Ship samples by courier 2025-03-18"],
             ["2", "GL-P17 pot 17 cm black PP", "7,950 pcs", "Not released", "Will start automatically upon sample approval"]]
case("p21_cn_portal_auto_start_balance", ["RG007"],
     "Supplier portal workflow converts the balance into a production order automatically upon sample approval; no recorded auto-conversion by the buyer.",
     [("portal_order_GL-SO-7718.html", html_page("GL-SO-7718 - Greenleaf customer portal", f"""
<h1>Ningbo Greenleaf Horticulture &ndash; Customer Portal</h1>
<p>Customer: <b>Timau Highlands Flowers Ltd</b> (Kenya) &middot; Customer PO: THF-25-071 &middot; Sales order: GL-SO-7718</p>
{html_table(_p21_rows)}
<h2>Workflow settings for this customer</h2>
<table>
<tr><th>Setting</th><th>Value</th></tr>
<tr><td>Convert balance to production order when sample status = Approved</td><td>YES (default)</td></tr>
<tr><td>Reserve PP for balance</td><td>NO</td></tr>
</table>
<p>Last sync 2025-03-12 16:20 CST &middot; Account manager: Lily Chen</p>
"""))])

# p22 CA grower: PO says 24 trial slabs, covering mail says twenty (20) (EML + PDF)
_p22_pdf = pdf([
    ("h1", "PURCHASE ORDER LC-25-219"),
    ("p", "Lakeshore Cucumbers Inc., 2211 Road 3 East, Kingsville ON N9Y 2E5, Canada"),
    ("p", "Vendor: Souss Substrats SARL, Ait Melloul, Agadir, Morocco    PO date: 2025-03-10    Buyer: Heather MacLeod"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "UOM", "Unit USD"],
        ["1", "SS-CS-100", "Coco slab 100 x 15 x 10 cm, 50/50, pre-drilled 4 holes, trial", "24", "EA", "3.40"],
    ]),
    ("sp",),
    ("p", "Trial order. The season quantity (approx. 10,000 slabs) is not released. It will be released only after the trial in house 2 "
          "is signed off by our head grower and Heather MacLeod, Purchasing Manager, issues a written production release."),
    ("p", "Ship via air freight, DAP Kingsville. Phytosanitary certificate required (CFIA)."),
], pagesize=LETTER, title="PO LC-25-219", author="Lakeshore Cucumbers")
_p22_txt = """Hi Youssef,

Our PO LC-25-219 is attached. It covers twenty (20) trial slabs for house 2; nothing else is released until our head grower signs off the trial and I send you a written production release.

Please remember the phytosanitary certificate, CFIA held our last coco shipment for 9 days without it.

Thanks,
Heather
""" + sig("Heather MacLeod", "Purchasing Manager", "Lakeshore Cucumbers Inc.", "+1 519 000 3318")
case("p22_ca_slab_po_24_vs_mail_20", ["RG011"],
     "PO line authorizes 24 trial slabs; the covering mail from the same buyer says twenty (20).",
     [("LC-25-219_trial_slabs.eml", eml_bytes(mail(
         "Heather MacLeod <hmacleod@lakeshorecukes.ca>", "Youssef El Amrani <y.elamrani@soussubstrats.ma>",
         "PO LC-25-219 trial coco slabs", "Mon, 10 Mar 2025 15:30:00 -0400", _p22_txt,
         attachments=[("LC-25-219.pdf", _p22_pdf, PDF_MT)])))])

# p23 KE distributor PO for 500 sample pots + its own spec/sample plan saying 300 (multi-file PDF + DOCX)
case("p23_ke_pot_po_500_spec_300", ["RG011"],
     "Two buyer documents of one order: PO releases 500 sample pots, sample plan DOCX says sample lot 300 pots.",
     [("KHI-25-0211.pdf", pdf([
         ("h1", "PURCHASE ORDER KHI-25-0211"),
         ("p", "Kenya Horticultural Inputs Ltd - Enterprise Road, Industrial Area, Nairobi"),
         ("p", "Supplier: Polplast Sp. z o.o., ul. Przemyslowa 12, 62-800 Kalisz, Poland    Date: 2025-03-03"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit EUR"],
             ["1", "PL-P12-BK", "Pot 12 cm black PP, UV stabilised - samples", "500", "0,11"],
         ]),
         ("sp",),
         ("p", "Samples only. The season quantity of 60,000 pots is not released. It will be released after our UV and germination tests "
               "are signed off and after a written release signed by Mercy Wanjiku, Purchasing Manager."),
         ("p", "Delivery: CPT Nairobi (Incoterms 2020), by air."),
     ], title="KHI-25-0211", author="Kenya Horticultural Inputs")),
      ("Spec_and_sample_plan_PL-P12-BK.docx", docx_bytes([
          ("h1", "Technical specification and sample plan - pot PL-P12-BK"),
          ("p", "Kenya Horticultural Inputs Ltd - order KHI-25-0211 - supplier Polplast."),
          ("table", [
              ["Property", "Requirement", "Test"],
              ["Material", "PP homopolymer, min. 2% UV masterbatch", "Certificate"],
              ["Wall thickness", "0.55 mm +/- 0.05", "Caliper, 10 pots"],
              ["UV resistance", "No cracking after 1,000 h QUV", "Lab, KEPHIS-accredited"],
              ["Drainage", "5 holes, 6 mm", "Visual"],
          ]),
          ("sp",),
          ("h", "Sample plan"),
          ("p", "Sample lot: 300 pots, authorized under order KHI-25-0211 for the UV test (50 pots) and the germination test in our demo farm (250 pots)."),
          ("p", "Prepared by: Brian Otieno, Technical Manager."),
      ], author="Brian Otieno"))])

# p24 ES grower WhatsApp with CN tray maker: 2,000 released, later "as agreed 2,500 released" (TXT)
case("p24_es_tray_chat_2000_vs_2500", ["RG011"],
     "Buyer releases 2,000 trays (6,000 on hold, trial + release by Pilar Sanchez), later writes 'as agreed 2,500 released'.",
     [("Chat WhatsApp - Evergrow bandejas.txt", """03/03/2025, 9:02 - Pilar Sánchez: Hello Lin, buenos días. I release 2,000 trays now for the first planting (PO HM-25-0081). The other 6,000 stay on hold until the first planting is signed off by our técnico and I send you a written release. Pilar Sánchez, Compras, SAT Hortamar.
03/03/2025, 9:15 - Lin Wei (Evergrow): Good morning Pilar, noted with thanks.
05/03/2025, 11:40 - Lin Wei (Evergrow): Pilar, moulding starts tomorrow. Container 20' or 40'?
05/03/2025, 12:02 - Pilar Sánchez: As agreed, 2,500 released, please ship in one 20' container to Almería port.
05/03/2025, 12:05 - Lin Wei (Evergrow): OK 👌
05/03/2025, 12:06 - Pilar Sánchez: And please the pallets max 1.8 m, our forklift is small jaja
"""), ])

# p25 CA distributor: ERP call-off 5 says 10,000, release mail says 12,000 (multi-file TXT + EML)
_p25_txt = """Hi Kasia,

Call-off 5 under FA-2025-PL-04 is attached: 12,000 pots PT-6000-BK released for ship week 18.

The rest of the frame quantity stays not released until call-off 6, which only I issue.

Thanks,
Marc
""" + sig("Marc Tremblay", "Supply Manager", "Great Lakes Grower Supply Ltd.", "+1 519 000 2040")
case("p25_ca_calloff_10000_vs_mail_12000", ["RG011"],
     "Call-off 5 printout releases 10,000 pots; the release mail for the same call-off says 12,000.",
     [("CALLOFF_FA-2025-PL-04_05.txt", """GREAT LAKES GROWER SUPPLY LTD                     CALL-OFF / PRODUCTION RELEASE        PAGE 1 OF 1
1420 COUNTY RD 14, LEAMINGTON ON N8H 3V4                                           RUN 2025-03-14 11:47
----------------------------------------------------------------------------------------------------
FRAME AGREEMENT : FA-2025-PL-04                 SUPPLIER : 40118  POLPLAST SP. Z O.O.
CALL-OFF NO     : 5                             CONTACT  : K. WISNIEWSKA (SALES)
ISSUED BY       : M. TREMBLAY, SUPPLY MANAGER   CURRENCY : CAD
----------------------------------------------------------------------------------------------------
ITEM          DESCRIPTION                          RELEASED QTY  UOM  UNIT PRICE  SHIP WK   INCOTERM
PT-6000-BK    POT 6IN INJECTION BLACK                    10,000  EA       0.094   2025-18   FCA KALISZ
----------------------------------------------------------------------------------------------------
FRAME QTY PT-6000-BK (SEASON 2025) :  70,000 EA
RELEASED BY THIS CALL-OFF          :  10,000 EA
BALANCE NOT RELEASED               :  60,000 EA  -- DO NOT PRODUCE
MATERIAL AUTHORITY                 :  THIS CALL-OFF ONLY
NEXT RELEASE                       :  CALL-OFF 6, ISSUED AND SIGNED BY M. TREMBLAY ONLY
----------------------------------------------------------------------------------------------------
"""),
      ("Call-off_5_mail.eml", eml_bytes(mail(
          "Marc Tremblay <mtremblay@greatlakesgrower.ca>", "Katarzyna Wisniewska <k.wisniewska@polplast.pl>",
          "Call-off 5 - PT-6000-BK", "Fri, 14 Mar 2025 11:55:00 -0400", _p25_txt)))])

# p26 ES builder full-quantity PO: table 48 trusses, text "forty (40) trusses" (PDF)
case("p26_es_truss_po_48_vs_forty", ["RG011"],
     "Full-quantity PO: line table says 48 trusses, the scope text says forty (40) trusses.",
     [("PO_EP-25-0356.pdf", pdf([
         ("h1", "PEDIDO / PURCHASE ORDER EP-25-0356"),
         ("p", "Estructuras Agricolas del Poniente S.L. - Poligono La Redonda, 04710 El Ejido (Almeria)"),
         ("p", "Proveedor: Stalkon Sp. z o.o., ul. Portowa 19, 44-100 Gliwice, Polonia    Fecha: 11/03/2025    Oferta: ST-Q-330"),
         ("table", [
             ["Lin.", "Articulo", "Descripcion", "Cant.", "Precio EUR", "Importe EUR"],
             ["1", "TR-0960-HDG", "Cercha 9,60 m galvanizada en caliente, EN 1090-2 EXC2", "48", "212,00", "10.176,00"],
             ["2", "BK-M12", "Kit tornilleria M12 8.8 HDG", "48", "9,50", "456,00"],
         ]),
         ("sp",),
         ("p", "Pedido completo / full quantity: this order is for forty (40) trusses for the Balanegra extension, with their bolt kits. "
               "No samples, no balance."),
         ("p", "Entrega: DAP El Ejido, semana 17. Carga lateral, camion 13,6 m."),
         ("p", "Carmen Vidal, Directora de Compras"),
     ], title="EP-25-0356", author="EA Poniente"))])

# p27 NL builder: release letter PDF says 1.200 m, release mail says 1,020 m (EML + PDF)
_p27_pdf = pdf([
    ("h1", "PRODUCTIEVRIJGAVE / PRODUCTION RELEASE PR-VS-09"),
    ("p", "Van Schie Kassenbouw B.V. - Zijtwende 3, 2676 AA Maasdijk"),
    ("p", "Aan: Akdeniz Celik Sera Sistemleri A.S., Antalya    Order: VS-25-140    Datum: 12-03-2025"),
    ("table", [
        ["Veld", "Waarde"],
        ["Artikel", "Goot VG-350, 12,80 m, thermisch verzinkt"],
        ["Vrijgegeven hoeveelheid", "1.200 m"],
        ["Gebeurtenis", "Monsteraftekening proefsectie 10-03-2025 (rapport VS-TS-22)"],
        ["Getekend", "Marloes van Schie, Directeur"],
    ]),
    ("sp",),
    ("p", "Deze vrijgave dekt de volledige hoeveelheid van order VS-25-140. Er blijft geen restant open."),
], title="PR-VS-09", author="Van Schie Kassenbouw")
_p27_txt = """Dear Emre,

The test section has been signed off (report VS-TS-22), so hereby we release 1,020 m of VG-350 for order VS-25-140. The signed release PR-VS-09 is attached.

Please plan the trucks bay by bay from the east gable, our erection crew starts there in week 18.

Met vriendelijke groet,
Marloes van Schie
Directeur
Van Schie Kassenbouw B.V.
"""
case("p27_nl_release_1200_vs_1020", ["RG011"],
     "Release letter states 1.200 m (Dutch format = 1,200 m); the release mail for the same order states 1,020 m.",
     [("PR-VS-09_VS-25-140.eml", eml_bytes(mail(
         "Marloes van Schie <m.vanschie@vanschiekassenbouw.nl>", "Emre Aydin <emre.aydin@akdenizcelik.com.tr>",
         "Vrijgave / release PR-VS-09 - order VS-25-140", "Wed, 12 Mar 2025 16:10:00 +0100", _p27_txt,
         attachments=[("PR-VS-09.pdf", _p27_pdf, PDF_MT)])))])

# p28 TR screen maker portal shows 600 m2 released; buyer's release mail says 400 m2 (multi-file HTML + EML)
_p28_rows = [["Order", "Item", "Released by customer", "Produced", "Shipped"],
             ["IB-2252", "XLS 15 F energy screen, 4.00 m rolls", "600 m2", "320 m2", "0 m2"]]
_p28_txt = """Hola Elif,

Per our call: the test bay in nave 5 is signed off by our client. I release 400 m2 of XLS 15 F under PO IB-2252 for the first two spans. The remaining area stays not released until the client confirms the second phase and I send another written release.

Saludos,
Ing. Roberto Salinas
Director de Proyectos
Invernaderos del Bajío S.A. de C.V.
+52 442 000 1870
"""
case("p28_mx_screen_portal_600_vs_mail_400", ["RG011"],
     "Supplier portal records 600 m2 released by customer; buyer's release mail for the same PO releases 400 m2.",
     [("anatolia_portal_IB-2252.html", html_page("Anatolia Screen - order status", f"""
<h1>Anatolia Screen Tekstil &ndash; Order status</h1>
<p>Customer: Invernaderos del Baj&iacute;o S.A. de C.V. &middot; Updated 2025-03-13 by Elif Demir</p>
{html_table(_p28_rows)}
<p class="note">Weaving line 2 running. Next update Monday.</p>
""")),
      ("Liberacion_IB-2252.eml", eml_bytes(mail(
          "Roberto Salinas <rsalinas@invbajio.mx>", "Elif Demir <elif.demir@anatoliascreen.com.tr>",
          "Liberacion / release PO IB-2252 - primeras dos naves", "Tue, 11 Mar 2025 18:25:00 -0600", _p28_txt)))])

# p29 MX distributor: "please take this forecast as our order" (EML)
_p29_txt = """Hola Lily,

Te comparto nuestro forecast para la temporada 2025-26: 400,000 macetas GL-P17 (17 cm, negro), roughly 60% between August and October.

Please take this forecast as our order and plan your production accordingly, the formal PO will follow when our system is updated. We don't want to be short like last year.

Saludos cordiales,
Lic. Fernando Ibarra
Gerente de Compras
Distribuidora Hortícola del Pacífico S.A. de C.V. - Culiacán, Sinaloa
+52 667 000 4410
"""
case("p29_mx_forecast_take_as_order", ["RG008"],
     "Buyer tells supplier to take a 400,000 season forecast as the order and plan production.",
     [("Temporada_2025-26_GL-P17.eml", eml_bytes(mail(
         "Fernando Ibarra <fibarra@dhpacifico.mx>", "Lily Chen <lily.chen@greenleaf-nb.com>",
         "Forecast temporada 2025-26 macetas GL-P17", "Tue, 04 Mar 2025 13:05:00 -0700", _p29_txt)))])

# p30 CN tray maker sales confirmation turns a forecast into an order (PDF)
case("p30_cn_sales_conf_forecast_order", ["RG008"],
     "Supplier sales confirmation 'confirms your order of 120,000 trays ... as per your forecast' and schedules it.",
     [("SC-2025-0119.pdf", pdf([
         ("h1", "SALES CONFIRMATION SC-2025-0119"),
         ("p", "Xiamen Evergrow Plastics Co., Ltd. - Tong'an Industrial Zone, Xiamen, Fujian, China"),
         ("p", "Buyer: Lake Elementaita Herbs Ltd, Gilgil, Kenya - Attn. Grace Mwangi    Date: 2025-03-07"),
         ("p", "We confirm your order of 120,000 trays (72-cell, 3 mm PP) for the 2025 season as per your forecast dated 14 February 2025. "
               "Production will be scheduled in four lots as below."),
         ("table", [
             ["Lot", "Quantity", "Production month", "ETD Xiamen"],
             ["1", "30,000", "April 2025", "2025-05-02"],
             ["2", "30,000", "May 2025", "2025-06-06"],
             ["3", "30,000", "July 2025", "2025-08-01"],
             ["4", "30,000", "September 2025", "2025-10-03"],
         ]),
         ("sp",),
         ("p", "Price USD 0.41/pc FOB Xiamen. Payment: 30% T/T before each lot, balance against copy B/L."),
         ("p", "Xiamen Evergrow Plastics - Lin Wei, Sales"),
     ], title="SC-2025-0119", author="Evergrow"))])

# ------------------------------------------------------------ positive, batch 5
# p31 NL builder chat with PL screen maker: "treat the 8 ha as firm, book it as an order" (TXT)
case("p31_nl_screen_chat_forecast_firm", ["RG008"],
     "Test-compartment scope is complete; buyer's PM tells supplier to treat the 8 ha forecast line as firm and book it as an order.",
     [("Teams chat export - Dekker x EkranTex.txt", """Teams chat export - Dekker Kassenbouw / Ekran-Tex - exported 2025-03-13 08:02

[10-03-2025 09:14] Jeroen Smit (Dekker): Morning Pawel. PO DK-25-0450 covers the screen for the test compartment only, 1,200 m2. The rest of the Honselersdijk project is not released until our client signs off the test compartment and Ruud Kramer sends the written release.
[10-03-2025 09:20] Pawel Lewandowski (Ekran-Tex): Good morning Jeroen, clear, 1,200 m2 only. Cutting Wednesday.
[12-03-2025 15:41] Pawel Lewandowski (Ekran-Tex): Jeroen, one more thing. Your forecast sheet shows 8 ha for the Almería project in Q3. Is it a forecast only or should we treat it as an order? Our weaving capacity for Q3 is filling up.
[12-03-2025 15:58] Jeroen Smit (Dekker): Treat it as firm. The 8 ha is as good as confirmed, book it in your planning as an order, you can count on it.
[12-03-2025 16:01] Pawel Lewandowski (Ekran-Tex): OK, thank you, we book 8 ha for Q3 👍
[12-03-2025 16:03] Jeroen Smit (Dekker): Top. And send me the fire certificate for the test compartment screen please
"""), ])

# p32 KE flower farm call-off schedule: "forecast quantities below are firm commitments" (DOCX table)
case("p32_ke_calloff_forecast_firm_commitments", ["RG008"],
     "Call-off 2 releases 2,000 slabs with hold/next call-off/Judith Njeri named, but declares the forecast rows firm commitments.",
     [("Call-off_schedule_CS-2025-04.docx", docx_bytes([
         ("h1", "Call-off schedule CS-2025-04"),
         ("p", "Timau Highlands Flowers Ltd, Timau, Meru County, Kenya - to Van den Berg Substraten B.V., Poeldijk, NL - frame agreement THF-FA-2025-02."),
         ("h", "Released now"),
         ("table", [
             ["Call-off", "Item", "Quantity", "Delivery"],
             ["2", "VDB-SL-100 stone wool slab 100 x 20 x 7.5 cm", "2,000 slabs", "CPT Nairobi, week 16"],
         ]),
         ("h", "Forecast"),
         ("table", [
             ["Week", "Item", "Forecast quantity"],
             ["20", "VDB-SL-100", "3,000"],
             ["28", "VDB-SL-100", "4,000"],
             ["36", "VDB-SL-100", "5,000"],
         ]),
         ("sp",),
         ("p", "The forecast quantities above are firm commitments of Timau Highlands Flowers for season 2025."),
         ("p", "Only call-off 2 is released for production. Each forecast line is produced only after its own call-off; the next call-off "
               "(week 18) will be issued and signed by Judith Njeri, Head of Procurement."),
     ], author="Judith Njeri"))])

# p33 ES distributor blanket order printout: delivery 1 of 20.000 with "PREVISION 2025: 250.000 (FIRME)" (TXT)
case("p33_es_blanket_forecast_firme", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "Blanket order releases delivery 1 (20.000) and prints the 250.000 forecast as firm; never says the rest is not released, no unlock event, no person.",
     [("AL-25-B009.txt", """AGROSUMINISTROS LEVANTE S.L.                          PEDIDO ABIERTO / BLANKET ORDER
AV. DE LA HUERTA 41, 46120 ALBORAYA (VALENCIA)                       PAG. 1/1
==========================================================================================
PEDIDO   : AL-25-B009                  FECHA  : 07.03.2025
PROVEEDOR: 70118 EGE PLASTIK SAKSI SAN. LTD. STI., CIGLI / IZMIR, TR
COMPRADOR: DPTO. COMPRAS               MONEDA : EUR
==========================================================================================
LN  ARTICULO   DESCRIPCION                          CANTIDAD  UD   PRECIO    ENTREGA
10  ES-14-TC   MACETA 14CM PP TERRACOTA 1,3 L         20.000  UDS  0,052     SEM 16
==========================================================================================
PREVISION 2025 ES-14-TC                    :   250.000 UDS (FIRME)
ENTREGA 1 (ESTE PEDIDO)                    :    20.000 UDS
------------------------------------------------------------------------------------------
OBSERVACIONES:
 * PALETIZADO EUR 1200X800, MAX 1,80 M. ETIQUETA CON N. PEDIDO Y LINEA.
 * INCOTERMS 2020: FCA IZMIR. PAGO 60 DIAS.
 * CERTIFICADO DE CONFORMIDAD CON CADA ENTREGA.
==========================================================================================
"""), ])

# p34 KE builder mail: "approved" for sample result, for PO/finance and for production (EML)
_p34_txt = """Hi Zhang,

Quick update on SGB-25-0150:

- The 6 sample gutters are approved: fit and weld check passed on site on Monday.
- Your PO for the 6 samples was approved by our finance team yesterday, so the commercial side is done.
- The remaining 1,134 m is not approved for production yet. That needs my written release after the wind-load calculation is stamped by our engineer.

I'll keep you posted, the stamp should come next week.

Regards,
Daniel Mutua
Projects Director
Savannah Greenhouse Builders Ltd
+254 711 000 660
"""
case("p34_ke_gutter_approved_three_ways", ["RG009"],
     "'Approved' used for the sample result, for the PO by finance and for production of the remaining 1,134 m in one mail.",
     [("SGB-25-0150_update.eml", eml_bytes(mail(
         "Daniel Mutua <d.mutua@savannahgreenhouse.co.ke>", "Zhang Lei <zhanglei@lvyuan-steel.cn>",
         "SGB-25-0150 update", "Thu, 13 Mar 2025 08:30:00 +0300", _p34_txt)))])

# p35 PL aluminium gutter maker: "PO released in your SAP", waits "production release", bought coil for 3,000 m (EML quoted)
_p35_q = """On 2025-03-04 at 10:02, Joost Verbeek wrote:
Dear Piotr,

PO 4500-3312 covers 12 m of aluminium gutter AG-220 for the test section. The balance of 2,988 m is not released until the wind-load test on the test section is passed and I send you a written production release. Material authority: sample-only.

Groeten,
Joost Verbeek, Projectmanager Nieuwbouw, Van der Knaap Tomaten B.V."""
_p35_txt = """Dear Joost,

Thank you. We see that your PO 4500-3312 was released in your SAP yesterday, the portal shows status "released" now. The 12 m for the test section ship on 18 March.

For the rest we wait for the production release from your side, of course.

In the meantime, because the aluminium price goes up on 1 April, we have already bought the AlMg1 coil for the complete 3,000 m. It is in our warehouse in Kalisz.

Best regards,
Piotr Wójcik
Sales Engineer
AluProfil Kalisz Sp. z o.o.
+48 62 000 7810

""" + quote(_p35_q) + "\n"
case("p35_pl_alu_sap_released_coil", ["RG006", "RG009"],
     "Supplier uses 'released' for the SAP PO (commercial) and for production release; also bought coil for 3,000 m against sample-only material authority.",
     [("RE_4500-3312_test_section.eml", eml_bytes(mail(
         "Piotr Wojcik <p.wojcik@aluprofil-kalisz.pl>", "Joost Verbeek <j.verbeek@vdknaap-tomaten.nl>",
         "RE: PO 4500-3312 test section AG-220", "Wed, 05 Mar 2025 13:15:00 +0100", _p35_txt,
         in_reply_to="<h99-ref-3312@vdknaap-tomaten.nl>")))])

# p36 CA builder release letter: drawing "released for manufacture" + production released, no quantity (PDF)
case("p36_ca_release_letter_drawing_no_qty", ["RG009", "RG010"],
     "Letter uses 'released' for the drawing and for production, and releases production of the ridge gutters without a quantity.",
     [("RL-NGB-07.pdf", pdf([
         ("h1", "RELEASE LETTER RL-NGB-07"),
         ("p", "Northern Glasshouse Builders Inc., 88 Seacliff Dr E, Leamington ON N8H 2L2, Canada"),
         ("p", "To: Stalprofil Sp. z o.o., ul. Sieradzka 40, 98-200 Sieradz, Poland    Date: 2025-03-12    PO: NGB-3360"),
         ("p", "Drawing NGB-DRG-0412 rev D (ridge gutter RG-180, 1.5 mm, Z275) is released for manufacture."),
         ("p", "Northern Glasshouse Builders hereby releases production of the ridge gutters on PO NGB-3360, following the test bay sign-off of 10 March 2025 "
               "(report TB-0310)."),
         ("table", [
             ["Field", "Value"],
             ["PO", "NGB-3360"],
             ["Drawing", "NGB-DRG-0412 rev D"],
             ["Evidence", "Test bay report TB-0310"],
             ["Authorized by", "Dan Whitfield, VP Construction"],
         ]),
         ("sp",),
         ("p", "Please confirm ship dates within 5 business days. Deliveries DAP Kingsville site, bay-by-bay."),
     ], pagesize=LETTER, title="RL-NGB-07", author="Northern Glasshouse Builders"))])

# p37 ES grower status memo: "approval" for budget, samples and production (DOCX)
case("p37_es_memo_three_approvals", ["RG009"],
     "Memo numbers three 'approvals' (budget, samples, to run 8,000 slabs); scope otherwise complete (100 samples, 8,000 pending Marta Gil's written approval).",
     [("Estado_pedido_CN-25-0102.docx", docx_bytes([
         ("h1", "Estado del pedido / order status CN-25-0102"),
         ("p", "Hortofruticola Campo de Nijar S.C.A. to Souss Substrats SARL - coco slab 100 x 15 x 7.5 cm - 12 March 2025"),
         ("table", [
             ["Approval", "Subject", "Status", "By"],
             ["Approval 1", "Budget for 8,000 slabs", "Approved 04-03-2025", "Consejo Rector (board)"],
             ["Approval 2", "The 100 sample slabs (EC, pH, drainage)", "Approved 07-03-2025", "Tecnico de cultivo"],
             ["Approval 3", "To run the 8,000 slabs", "Pending", "Marta Gil, Jefa de Compras, in writing"],
         ]),
         ("sp",),
         ("p", "Authorized now: the 100 sample slabs, already delivered. Nothing more."),
         ("p", "The 8,000 slabs are not to be produced until Approval 3 is given in writing by Marta Gil."),
     ], author="Marta Gil"))])

# p38 ES builder WhatsApp with MA truss maker: "Budget approved / Drawing approved / so all approved, go ahead" (TXT)
case("p38_es_truss_chat_all_approved", ["RG002", "RG009"],
     "Scope complete earlier (3 samples, 57 on hold, load test + release by Lucia Ferrer); later 'approved' for budget and drawing, then unscoped 'all approved, go ahead'.",
     [("WhatsApp Chat con Atlas Serres.txt", """[03/03/25, 8:40:12] Lucía Ferrer: Bonjour Karim. PO FE-25-0141 is for 3 sample trusses for the test bay only. The other 57 trusses are not released until the load test passes and I, Lucía Ferrer, sign a written release.
[03/03/25, 9:02:55] Karim Benjelloun (Atlas Serres): Bonjour Lucía, bien reçu, 3 trusses. Merci.
[11/03/25, 17:20:31] Karim Benjelloun (Atlas Serres): Javier, any news on budget and drawings? We want to plan the workshop for April.
[11/03/25, 18:05:09] Javier Molina: Budget approved ✅ (finance, yesterday)
[11/03/25, 18:05:40] Javier Molina: Drawing rev C approved ✅ (engineering, with the extra gusset)
[11/03/25, 18:06:02] Javier Molina: So all approved, go ahead 👍
[11/03/25, 18:10:47] Karim Benjelloun (Atlas Serres): Parfait, merci Javier 🙏
"""), ])

# p39 KE grower: "deposit paid today, so you can start the gutters" (EML)
_p39_txt = """Hello Emre,

We have paid the 40% deposit today from our Stanbic account, the MT103 will come from the bank tomorrow.

So you can start the gutters now. Please send us production photos every week, our directors like to see progress.

Regards,
Peter Otieno
Procurement Manager
Rift Valley Roses Ltd, Naivasha
+254 720 000 118
"""
case("p39_ke_deposit_start_gutters", ["RG010", "RG012"],
     "Buyer treats the paid deposit as the start signal and names no quantity.",
     [("RVR-25-031_gutters.eml", eml_bytes(mail(
         "Peter Otieno <procurement@riftvalleyroses.co.ke>", "Emre Aydin <emre.aydin@akdenizcelik.com.tr>",
         "RVR-25-031 deposit", "Fri, 07 Mar 2025 16:48:00 +0300", _p39_txt)))])

# p40 CN tray maker: "advance received, we have started the production run", quoting a bare sample PO with the quote tiers (EML)
_p40_q = """El mar, 4 mar 2025 a las 10:15, Fernando Ibarra <fibarra@dhpacifico.mx> escribió:
Lily,

Adjunto PO DHP-0388 for 200 sample trays EG-104 per your quotation (200 samples / 12,000 production @ USD 0.38). The 30% advance will be paid this week as per your terms.

Saludos,
Fernando"""
_p40_txt = """Dear Fernando,

Thank you, we received the 30% advance today.

As the advance is received, we have started the production run. The 200 samples will be shipped together with the first lot to save you freight.

Best regards,
Lily Chen
Sales
Xiamen Evergrow Plastics Co., Ltd.

""" + quote(_p40_q) + "\n"
case("p40_cn_advance_started_run", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "Supplier starts the production run because the advance arrived; quoted buyer PO for 200 samples shows 12,000 with no hold, event or releaser.",
     [("RE_PO_DHP-0388.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@evergrow-xm.com>", "Fernando Ibarra <fibarra@dhpacifico.mx>",
         "RE: PO DHP-0388 sample trays", "Fri, 07 Mar 2025 18:02:00 +0800", _p40_txt,
         in_reply_to="<h99-ref-0388@dhpacifico.mx>")))])

# p41 ES distributor PO (complete) + TR ack: "with PO acceptance the order is confirmed", season qty planned (multi-file PDF)
case("p41_es_po_plus_ack_acceptance", ["RG012"],
     "PO releases 300 sample pots with complete hold; supplier ack treats PO acceptance as confirmation and plans the season quantity into production.",
     [("AL-25-00452.pdf", pdf([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER AL-25-00452"),
         ("p", "Agrosuministros Levante S.L., Av. de la Huerta 41, 46120 Alboraya (Valencia)"),
         ("p", "Supplier: Ege Plastik Saksi San. Ltd. Sti., Cigli / Izmir    Date: 10.03.2025    Offer: EP-Q-0311"),
         ("table", [
             ["Ln", "Item", "Description", "Qty", "Price EUR"],
             ["10", "ES-14-TC", "Pot 14 cm PP terracotta 1.3 L - samples", "300", "0,19"],
         ]),
         ("sp",),
         ("p", "Samples only. The season quantity of 220.000 pots on offer EP-Q-0311 is not released by this PO."),
         ("p", "It will be released after our growing trial is signed off and by a written release signed by Rocio Navarro, Purchasing Manager."),
         ("p", "Material authority: sample-only."),
     ], title="AL-25-00452", author="Agrosuministros Levante")),
      ("EP_order_acceptance_AL-25-00452.pdf", pdf([
          ("h1", "ORDER ACCEPTANCE"),
          ("p", "Ege Plastik Saksi San. Ltd. Sti. - Cigli / Izmir - Turkiye    Date: 11.03.2025"),
          ("p", "Customer: Agrosuministros Levante S.L.    Customer PO: AL-25-00452"),
          ("p", "We accept your PO AL-25-00452. With PO acceptance the order is confirmed, and we have put the season quantity into our "
                "production plan: injection machine 6 is booked for your pots from week 15."),
          ("p", "Samples (300 pcs) ship by courier on 14.03.2025."),
          ("p", "Mehmet Arslan, Export Manager"),
      ], title="Order acceptance", author="Ege Plastik"))])

# p42 KE builder WhatsApp with MA truss maker: "LC is open, that's your release, start the trusses" (TXT)
case("p42_ke_lc_open_start_trusses", ["RG010", "RG012"],
     "Buyer treats the opened letter of credit as the release and says start the trusses without any quantity.",
     [("WhatsApp Chat with Atlas Serres - SGB Nakuru.txt", """[05/03/2025, 10:12] Karim Benjelloun (Atlas Serres): Good morning Mr Mutua. We are still waiting for the LC from your bank. Our finance cannot open the job without it.
[05/03/2025, 10:40] Daniel Mutua: Morning Karim. The bank is slow this week, sorry. I follow up today.
[07/03/2025, 11:55] Daniel Mutua: Karim, the LC is open at Equity Bank since this morning, your bank should receive the SWIFT today.
[07/03/2025, 11:56] Daniel Mutua: That's your release. Please start the trusses 🙏
[07/03/2025, 12:20] Karim Benjelloun (Atlas Serres): Thank you Mr Mutua, we will check with BMCE and start.
[07/03/2025, 12:21] Daniel Mutua: Also the galvanising certificate must come with the shipping documents, KEBS will ask.
"""), ])

# p43 PL pot maker portal: PO qty 50 sample lot, but "deposit received -> production RELEASED 5,000" (HTML)
_p43_rows = [["Customer PO", "Item", "PO qty", "Deposit", "Production status"],
             ["AHZ-25-1060", "PP-1400 pot 14 cm black", "50 pcs (sample lot)", "Received 2025-03-10",
              "RELEASED - 5,000 pcs (auto: deposit received)"]]
case("p43_pl_portal_deposit_released_5000", ["RG011", "RG012"],
     "Supplier portal sets production RELEASED for 5,000 pcs because the deposit arrived, while the PO quantity on the same page is 50 samples.",
     [("polplast_portal_AHZ-25-1060.html", html_page("Polplast B2B - order AHZ-25-1060", f"""
<h1>Polplast B2B &ndash; Zam&oacute;wienia / Orders</h1>
<p>Customer: <b>Agrarisch Handelshuis Zuid B.V.</b> (Oosterhout, NL) &middot; Account manager: Katarzyna Wi&#347;niewska</p>
{html_table(_p43_rows)}
<p class="note">Production planning: injection line 3, start 2025-03-17. Pallet plan: 1,250 pcs per pallet.</p>
<p style="color:#777">Status rule: production is released automatically when the deposit is booked.</p>
"""))])

# p44 CA builder: bare sample PO with quote table (PDF) + WhatsApp "drawings fine, all approved, go ahead" (multi-file)
case("p44_ca_hanging_gutter_po_plus_chat", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "Sample PO for 3 hanging-gutter sections reprints quote's 2,600 m phase 1 with no hold, event or releaser; chat then gives unscoped 'all approved, go ahead'.",
     [("PO_PG-25-0077.pdf", pdf([
         ("h1", "PURCHASE ORDER PG-25-0077"),
         ("p", "Prairie Glasshouse Ltd., 4410 72 Ave SE, Calgary AB T2C 2G5, Canada"),
         ("p", "Vendor: Hebei Lvyuan Greenhouse Steel Co., Ltd., Langfang, Hebei, China    Date: 2025-03-03    Buyer: Ryan Koch"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "UOM", "Unit USD"],
             ["1", "LY-HG-300", "Hanging gutter 300 mm, 3.00 m section, HDG, with hangers - sample", "3", "EA", "88.00"],
         ]),
         ("sp",),
         ("h", "Reference: vendor quote LY-Q-25-040"),
         ("table", [
             ["Stage", "Quantity", "Unit USD", "Lead time"],
             ["Sample", "3 sections", "88.00", "2 weeks"],
             ["Phase 1", "2,600 m", "21.40 / m", "6 weeks"],
         ]),
         ("sp",),
         ("p", "Ship via: air, DAP Calgary. Terms: Net 45."),
     ], pagesize=LETTER, title="PO PG-25-0077", author="Prairie Glasshouse")),
      ("WhatsApp Chat with Lvyuan - Prairie.txt", """[10/03/2025, 21:14] Zhang Lei (Lvyuan): Hello Ryan, drawings rev B for the hanging gutter sent to your email. Coil is available now. Waiting your OK.
[11/03/2025, 07:32] Ryan Koch: Morning Zhang. Drawings fine, all approved, go ahead 👍
[11/03/2025, 07:40] Zhang Lei (Lvyuan): Thank you Ryan!
[11/03/2025, 07:41] Ryan Koch: Samples by air please, our test bay is ready
"""), ])

# p46 KE distributor supplier-portal PO view: "Approved by purchasing ... Supplier may proceed" next to annual volume (HTML)
_p46_rows = [["Line", "Item", "Description", "Qty", "Unit price KES"],
             ["1", "DP-T60", "Seedling tray 60-cell, PS, reinforced rim - sample", "25", "210.00"]]
case("p46_ke_portal_po_approved_proceed", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "Buyer portal PO for 25 sample trays shows the quote's 25,000 annual volume without label; 'Approved ... Supplier may proceed' is unscoped; no hold, event or releaser.",
     [("KHI_portal_PO_KHI-25-0230.html", html_page("KHI Supplier Portal - PO KHI-25-0230", f"""
<h1>Kenya Horticultural Inputs Ltd &ndash; Supplier Portal</h1>
<p>Supplier: <b>Dunya Plastik A.S.</b> (Konya, T&uuml;rkiye) &middot; PO: <b>KHI-25-0230</b> &middot; Date: 2025-03-12</p>
{html_table(_p46_rows)}
<p>Reference: supplier quote DP-Q-0188 &ndash; annual volume 25,000 pcs at KES 46.00.</p>
<p><b>Status:</b> Approved by purchasing 12-03-2025. Supplier may proceed.</p>
<p>Delivery: CIP Nairobi (Incoterms 2020). Invoices via portal only. Payment 60 days.</p>
"""))])

# === CASES END ===


# =================================================================== output
def stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(9999).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h99_{i:02d}_{stem(c['files'][0][0])}"
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
    print("  ".join(f"{k}:{v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
