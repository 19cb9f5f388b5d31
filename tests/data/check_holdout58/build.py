#!/usr/bin/env python3
"""Generator for the releasegate check_holdout58 corpus (agricultural / irrigation equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout58/build.py

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.

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
    m["Message-ID"] = msgid or f"<h58-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h58")
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


import textwrap  # noqa: E402


def D(s):
    """dedent a triple-quoted block and end it with exactly one newline"""
    return textwrap.dedent(s).strip("\n") + "\n"


def enc(s):
    return s.encode("utf-8") if isinstance(s, str) else s


HTML_MT = "text/html"
TXT_MT = "text/plain"


def tbl(rows, head=True):
    """rows -> an HTML table; the first row is the header when head is True"""
    out = ["<table>"]
    for i, r in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{escape(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def paras(text):
    """plain text -> HTML paragraphs (blank line separated), for multipart/alternative bodies"""
    blocks = [b for b in text.strip("\n").split("\n\n")]
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(
        "<p>" + escape(b).replace("\n", "<br>\n") + "</p>" for b in blocks) + "\n</body></html>\n"


# =================================================================== CLEAN
# c01 — supplier quotation with a sample tier and a production tier; nothing authorized.
case("c01_supplier_quote_tiers", [],
     "supplier quotation alone: sample 40 pcs and production 10,000 pcs tiers, no authorized quantity",
     [("Quotation_NH-Q-24-0318.pdf", pdf([
         ("h1", "NINGBO HUATIAN PLASTIC MOULD CO., LTD."),
         ("p", "No. 88 Xingye Road, Yuyao, Ningbo, Zhejiang 315400, P.R. China  |  Tel +86 574 6258 1120  |  "
               "sales@nbhuatian.com"),
         ("h", "QUOTATION  NH-Q-24-0318"),
         ("table", [["To", "Riverina Irrigation Supplies Pty Ltd, 41 Banna Avenue, Griffith NSW 2680, Australia"],
                    ["Attn", "Mr. Shane McAllister, Purchasing"],
                    ["Date", "12 March 2024"],
                    ["Valid until", "11 May 2024"],
                    ["Your enquiry", "RFQ-RIS-0224 dated 4 March 2024"]]),
         ("sp",),
         ("p", "Dear Mr. Shane, thank you for your enquiry. We are pleased to quote as below for the 16 mm barbed "
               "take-off with rubber grommet, your drawing RIS-TO-16 rev B, material POM black, UV stabilised."),
         ("table", [["Item", "Description", "Quantity", "Unit price (USD)", "Lead time"],
                    ["1", "Sample lot: parts from T1 mould, hand trimmed, with dimensional report (CMM, 5 pcs)",
                     "40 pcs", "1.90", "25 days after mould order"],
                    ["2", "Production lot, packed 500 pcs/bag, 20 bags/carton", "10,000 pcs", "0.112",
                     "35 days after production order"],
                    ["3", "Injection mould, 8 cavities, P20 steel, hot runner, 300k shots guarantee", "1 set",
                     "6,800.00", "35 days"]]),
         ("sp",),
         ("p", "Terms: FOB Ningbo. Mould payment: 50% with mould order, 50% after T1 samples. Parts: T/T 30% with "
               "order, 70% before shipment. Bank: Bank of China, Yuyao Branch."),
         ("p", "Remarks: prices based on POM price of CNY 14.2/kg (March 2024). Other quantities will be "
               "re-quoted. Colour change USD 45 per change. Packing marks as per your instruction."),
         ("p", "We look forward to your kind order."),
         ("p", "Best regards,"),
         ("p", "Kevin Zhang, Sales Manager  |  WeChat/WhatsApp +86 138 5742 0091"),
     ], title="Quotation NH-Q-24-0318", author="Kevin Zhang"))])

# c02 — supplier question "do we have your go-ahead for the balance?"; supplier did not buy material.
_c02_report = pdf([
    ("h1", "ANADOLU DOKUM SAN. VE TIC. A.S."),
    ("h", "Hydrostatic Test Report HT-24-0412"),
    ("table", [["Part", "PH-80 pump housing, GJL-250, drg IS-PH80 rev 03"],
               ["Customer PO", "4410-0087 (Irriga Sul Distribuidora Ltda)"],
               ["Pieces tested", "12 of 12"],
               ["Test", "16 bar water, 3 minutes hold, no visible leakage"],
               ["Result", "12 pcs conforming"]]),
    ("p", "Tested by: A. Demir, QC Konya, 09.04.2024"),
], title="HT-24-0412", author="Anadolu Dokum QC")
case("c02_supplier_goahead_question", [],
     "supplier asks whether it has a go-ahead for the balance and states it bought nothing beyond the samples",
     [("PO_4410-0087_samples_dispatched.eml", eml_bytes(mail(
         '"Emre Yıldız" <emre.yildiz@anadoludokum.com.tr>', '"Rafael Bortolini" <compras@irrigasul.com.br>',
         "PO 4410-0087 / PH-80 pump housing samples dispatched + one question",
         "Thu, 11 Apr 2024 10:42:00 +0300",
         D("""
         Dear Rafael,

         Good morning from Konya.

         The 12 (twelve) sample housings PH-80 for your PO 4410-0087 left our factory yesterday with DHL,
         AWB 48 1177 3020. The hydrostatic test report (16 bar, 3 minutes, no leakage) is attached, and the
         material certificate EN 10204 3.1 for the GJL-250 is inside the box.

         Our planning colleague Ayşe asks me one thing before she closes the week plan: do we have your
         go-ahead for the balance of 1.188 pcs, or do we wait for your written release after your field
         test in Passo Fundo? I told her we wait, because your PO says samples only, but I prefer to ask
         you to be sure.

         For your information, we did not buy pig iron or prepare cores for the balance. Only the 12 pieces
         were cast.

         Kind regards / Saygılarımla,
         Emre
         """) + sig("Emre Yıldız", "Export Sales Engineer",
                    "Anadolu Döküm Sanayi ve Ticaret A.Ş., Konya OSB, Türkiye", "+90 332 248 11 60"),
         attachments=[("HT-24-0412_hydrotest.pdf", _c02_report, PDF_MT)])))])

# c03 — clearly labelled dealer forecast.
case("c03_labelled_dealer_forecast", [],
     "dealer forecast explicitly labelled not an order, releases nothing, no material authority",
     [("dealer_forecast_2024-25.html", html_page("Dealer forecast 2024/25 - Riverina Irrigation Supplies", D("""
     <h2>Riverina Irrigation Supplies Pty Ltd &mdash; Dealer forecast, season 2024/25</h2>
     <p>To: Galil DripTech Ltd, attn. Yossi Ben-David &middot; Version 2 (replaces version 1 of 20 May 2024)
     &middot; prepared 3 June 2024 by Shane McAllister</p>
     <div class="note"><b>FORECAST ONLY &mdash; NOT A PURCHASE ORDER.</b> This forecast is for your capacity
     planning. It does not order, release or authorise anything, and it does not authorise any material
     purchase. The quantities are our dealers' estimates and will change. Orders come only as numbered POs;
     production only against a written call-off signed by Kylie Bennett, Operations Manager.</div>
     <h3>Estimated dealer demand by month (units)</h3>
     """) + tbl([["SKU", "Description", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Total"],
                 ["PCJ-20-BL", "PC dripper 2.0 l/h, black", "400", "900", "1,200", "800", "300", "200", "3,800"],
                 ["TO-16", "16 mm take-off with grommet", "1,000", "2,500", "3,000", "2,000", "800", "700",
                  "10,000"],
                 ["EC-16", "16 mm figure-8 end closure", "500", "1,200", "1,500", "900", "400", "300", "4,800"],
                 ["FV-50", "50 mm flush valve", "40", "90", "120", "80", "30", "20", "380"]]) + D("""
     <p>Notes: Griffith, Leeton and Hay dealers reported; Hillston still missing. Numbers assume a normal
     water allocation (general security above 60%). If the allocation is cut we will send a version 3.</p>
     <p>Questions to shane.mcallister@riverinairrigation.com.au or +61 2 6962 4410.</p>
     """)))])

# c04 — scoped approval "for fit check only", balance on hold, event and person named; DOCX report attached.
_c04_report = docx_bytes([
    ("h1", "Informe de montaje / Fit check report — TLB-2"),
    ("p", "Pedido / order: ACM-PC-0455 — Proveedor: Officine Meccaniche Bassano S.r.l. — Plano OMB-4471 rev. C"),
    ("p", "Montaje en tractor: 2 unidades (enganche Cat. II y Cat. II/III), taller Valladolid, 10–12/04/2024. "
          "Norma de referencia: ISO 730:2009."),
    ("table", [["Característica", "Nominal", "Tolerancia", "Mín. medido", "Máx. medido", "Resultado"],
               ["Ø agujero bulón", "25,4 mm", "+0,2 / 0", "25,42", "25,55", "OK"],
               ["Distancia entre agujeros", "96,0 mm", "±0,5", "95,8", "96,3", "OK"],
               ["Espesor chapa", "12,0 mm", "±0,3", "11,9", "12,2", "OK"],
               ["Montaje pasador Cat. II", "—", "sin holgura visible", "—", "—", "OK"]]),
    ("p", "Conformidad de montaje: OK en 8 de 8 piezas."),
    ("p", "Este informe cubre sólo el montaje. No cubre la durabilidad y no libera producción."),
    ("p", "Realizado por: Óscar Villalba (taller). Revisado: Javier Prieto, Director Técnico."),
], author="Agricola Castilla")
case("c04_scoped_fit_check_approval", [],
     "'approved for fit check only' with explicit not-a-production-release, 792 on hold, event and person named",
     [("ACM-PC-0455_fit_check_result.eml", eml_bytes(mail(
         '"Lucía Fernández Ortega" <compras@agricolacastilla.es>', '"Giulia Rossi" <commerciale@ombassano.it>',
         "ACM-PC-0455 — brackets TLB-2: resultado montaje / fit check result",
         "Tue, 16 Apr 2024 17:05:00 +0200",
         _c04_txt := D("""
         Hola Giulia,

         Our workshop in Valladolid mounted the 8 sample brackets (top-link bracket TLB-2, your drawing
         OMB-4471 rev. C) on two tractors last week, one with Cat. II hitch and one Cat. II/III. The report
         is attached.

         Result: the samples are approved for fit check only. The 8 pieces fit well and the hole Ø 25,4 mm is
         inside tolerance on all 8.

         Please note, this is not a production release. The balance of 792 pcs from our order ACM-PC-0455
         stays on hold until the 200-hour field durability test at the Tierra de Campos farm is signed off by
         Javier Prieto (Director Técnico) and then I send you the written release. Please do not start the
         792 and do not buy steel for them yet.

         The durability test starts on 22 April; we expect the result by mid-May.

         Muchas gracias y un saludo,
         Lucía
         """) + sig("Lucía Fernández Ortega", "Jefa de Compras", "Agrícola Castilla Maquinaria S.L., Valladolid",
                    "+34 983 214 877"),
         html=paras(_c04_txt), cc='"Javier Prieto" <jprieto@agricolacastilla.es>',
         attachments=[("Informe_montaje_TLB-2.docx", _c04_report, DOCX_MT)])))])

# c05 — full-quantity PO that says "proceed"; no balance.
case("c05_full_quantity_po_proceed", [],
     "full-quantity PO for 600 nos, explicitly no balance; 'proceed with the full 600' is scoped",
     [("SAE-PO-24-25-0412.pdf", pdf([
         ("h1", "SAHYADRI AGRO EQUIPMENTS PVT. LTD."),
         ("p", "Gat No. 214, Chakan MIDC Phase II, Pune 410501, Maharashtra  |  GSTIN 27AACCS4471K1Z3  |  "
               "purchase@sahyadriagro.in"),
         ("h", "PURCHASE ORDER"),
         ("table", [["PO No.", "SAE/PO/24-25/0412", "Date", "08.04.2024"],
                    ["Vendor", "Rajkot Precision Castings Pvt. Ltd., Shapar-Veraval, Rajkot 360024", "Vendor code",
                     "V-1187"],
                    ["Your quotation", "RPC/Q/298 dt. 22.03.2024", "Payment", "60 days from GRN"]]),
         ("sp",),
         ("table", [["Sr.", "Item code", "Description", "Qty", "UOM", "Rate (INR)", "Amount (INR)"],
                    ["1", "SH-200-CI", "Sprayer pump housing casting, FG 260, fettled and shot blasted, as per "
                                       "drg. SAE-D-2210 Rev 04", "600", "Nos", "385.00", "2,31,000.00"],
                    ["", "", "Sub total", "", "", "", "2,31,000.00"],
                    ["", "", "IGST 18%", "", "", "", "41,580.00"],
                    ["", "", "Total", "", "", "", "2,72,580.00"]]),
         ("sp",),
         ("p", "Delivery schedule: 300 Nos by 15.06.2024 and 300 Nos by 30.06.2024, to our Chakan stores."),
         ("p", "Scope: this PO covers the complete quantity of 600 Nos. There is no balance, option or further "
               "quantity under this PO. You may proceed with the full 600 Nos as per the above schedule. Samples "
               "of this casting were signed off earlier under PO SAE/PO/23-24/1876."),
         ("p", "Terms: test certificate (chemical + hardness) with each lot; casting defects as per SAE-QS-07; "
               "rejected castings to be replaced free of cost within 15 days; packing in returnable bins."),
         ("p", "For Sahyadri Agro Equipments Pvt. Ltd.  —  Rohit Kulkarni, Purchase Executive  |  Authorised "
               "signatory: Ajay Deshpande, GM Operations"),
     ], title="PO SAE/PO/24-25/0412", author="Sahyadri Purchase"))])

# c06 — call-off with an explicit staged material authority above the released quantity.
case("c06_calloff_staged_material_authority", [],
     "call-off releases 300, balance 900 on hold to next call-off by Deb Hollis; explicit staged material "
     "authority to 1,200",
     [("MVG-7731_Call-off_2.docx", docx_bytes([
         ("h1", "Murray Valley Grain Co-operative Ltd"),
         ("p", "112 Ogilvie Avenue, Echuca VIC 3564, Australia · ABN 41 097 332 118"),
         ("h", "Call-off No. 2 — PO MVG-7731 — Hopper discharge gate HG-450"),
         ("p", "To: Bursa Tarım Makina Parçaları Ltd. Şti., Nilüfer OSB, Bursa — attn. Mr. Mehmet Kaya"),
         ("p", "Date: 6 May 2024"),
         ("table", [["Item", "Quantity", "Status", "Delivery"],
                    ["HG-450 gate assembly, galvanised, drg MVG-D-450 rev 2", "300", "Released by this call-off",
                     "FOB Gemlik, container 1 by 28 June 2024"],
                    ["HG-450 gate assembly — balance of PO MVG-7731", "900", "Not released — on hold", "—"]]),
         ("p", "Released now: 300 gates. This call-off releases production of these 300 gates and nothing more."),
         ("p", "Balance: the remaining 900 gates under PO MVG-7731 are not released. They can be released only "
               "by a further call-off signed by Deb Hollis, General Manager, after the first 300 have been "
               "installed and checked at our Wagga Road site."),
         ("p", "Material authority (staged): you may buy and hold steel sheet (S275, 6 mm), slide rails and "
               "castings for up to 1,200 gates at our liability, so that you can react quickly to the next "
               "call-offs. This is a material authority only. It does not authorise cutting, welding or "
               "galvanising beyond the 300 released gates. If the balance is cancelled we pay for that material "
               "at your documented cost, as per clause 9 of PO MVG-7731."),
         ("p", "Please acknowledge this call-off by return e-mail."),
         ("p", "Tom Fraser, Procurement Officer, for Murray Valley Grain Co-operative"),
         ("p", "Signed: Deb Hollis, General Manager"),
     ], author="Tom Fraser"))])

# c07 — explicit, recorded auto-conversion naming quantity, signer and conditions.
case("c07_explicit_auto_conversion", [],
     "explicit recorded auto-conversion: 480 pcs on Sofia Benitez's approved sign-off with stated conditions",
     [("PI-OC-2024-0193.pdf", pdf([
         ("h1", "PAMPA IMPLEMENTOS S.A."),
         ("p", "Ruta 34 km 4, S2000 Rosario, Santa Fe, Argentina  |  CUIT 30-71144520-9  |  compras@pampaimplementos.com.ar"),
         ("h", "ORDEN DE COMPRA / PURCHASE ORDER  PI-OC-2024-0193"),
         ("table", [["Proveedor / Supplier", "Emilia Spruzzatori S.r.l., Via dei Trasporti 14, 42124 Reggio Emilia, Italia"],
                    ["Fecha / Date", "18/03/2024"],
                    ["Condición / Incoterm", "FCA Reggio Emilia (Incoterms 2020)"],
                    ["Pago / Payment", "60 días fecha factura"]]),
         ("sp",),
         ("table", [["Línea", "Código", "Descripción", "Cantidad", "Alcance / scope", "Precio EUR"],
                    ["10", "ABF-110-02C", "Flat-fan nozzle tip 110°, size 02, ceramic insert, ISO 10625 colour yellow",
                     "20", "Sample — released", "2,40"],
                    ["20", "ABF-110-02C", "idem", "480", "Production — on hold, see auto-conversion clause", "0,96"]]),
         ("sp",),
         ("p", "Line 10 (20 sample tips) is released now."),
         ("h", "Auto-conversion clause (agreed and recorded)"),
         ("p", "Line 20 (480 pcs) converts into a production release automatically, without a further document, "
               "when and only when Sofía Benítez, Jefa de Ingeniería, signs our sample sign-off form SSO-0193 with "
               "disposition 'approved' for the 20 sample tips of line 10. Conditions: flow rate at 3 bar within "
               "±5% of the ISO 10625 nominal value on all 20 tips, and spray angle 110° ±5°. An interim or "
               "rejected disposition releases nothing. This auto-conversion was agreed with Mr. Luca Bertolini on "
               "14/03/2024 and is recorded in our order file PI-OC-2024-0193. It covers these 480 pcs only."),
         ("p", "Until the signed form SSO-0193 reaches you, line 20 stays on hold: do not start it and do not buy "
               "ceramic inserts for it. Any quantity beyond lines 10 and 20 needs a new purchase order."),
         ("p", "Martín Aguirre — Compras, Pampa Implementos S.A."),
     ], title="PI-OC-2024-0193", author="Pampa Implementos Compras"))])

# c08 — supplier: "the deposit does not release production".
_c08_txt = D("""
Dear Madam Wanjiru,

Good day. We confirm with thanks that we received today your 30% deposit of USD 4,212.00 (bank ref.
KCB/TT/240412/0077) for the season order of DK-16 drip connector kits.

Please kindly note: the deposit does not release production. According to your PO KBF/PO/2024/0160 we
make only the 50 sample kits now. The season quantity will start only when we receive your written
release signed by Mr. Joseph Otieno after the field trial at Nakuru is signed off. We will not buy PE or
EPDM material for the season quantity before that.

The 50 sample kits will ship by air on 19 April, AWB number to follow.

Best regards
Kevin Zhang
""")
case("c08_deposit_not_release", [],
     "supplier confirms deposit and states it does not release production; only the 50 samples are made",
     [("Deposit_received_KBF-PO-2024-0160.eml", eml_bytes(mail(
         '"Kevin Zhang" <kevin.zhang@nbhuatian.com>', '"Wanjiru Kamau" <procurement@kilimobora.co.ke>',
         "Deposit received - season order DK-16 kits - PO KBF/PO/2024/0160",
         "Fri, 12 Apr 2024 16:20:00 +0800",
         _c08_txt + sig("Kevin Zhang", "Sales Manager", "Ningbo Huatian Plastic Mould Co., Ltd.",
                        "+86 574 6258 1120"),
         html=paras(_c08_txt))))])

# c09 — supplier acknowledgement restating the hold (ERP-style TXT).
case("c09_supplier_ack_restates_hold", [],
     "supplier order acknowledgement restating 40 demo units active, 2,960 not released, release by Kylie Bennett",
     [("OA-24-0877.txt", D("""
     GALIL DRIPTECH LTD.                             ORDER ACKNOWLEDGEMENT
     7 Hataasia St., Karmiel 2165102, Israel         OA No. : OA-24-0877
     VAT 514477201                                   Date   : 21.05.2024
     ----------------------------------------------------------------------------
     Customer    : Riverina Irrigation Supplies Pty Ltd, Griffith NSW, Australia
     Customer PO : RIS-45-1190 dated 17.05.2024
     Buyer       : Shane McAllister
     Incoterms   : FOB Haifa                 Payment : 45 days from B/L
     ----------------------------------------------------------------------------
     POS  ITEM         DESCRIPTION                          QTY  UNIT  PRICE USD
     10   PCJ-20-BL    PC dripper 2.0 l/h black, 16mm        40  PCS       3.10
                       DEMO UNITS - SCOPE: SAMPLE
     ----------------------------------------------------------------------------
     SCOPE ACKNOWLEDGED AS WRITTEN IN YOUR PO:
      - Active quantity: 40 demo units (pos. 10) only.
      - Balance of 2,960 units from our offer GD-Q-24-0412: NOT RELEASED.
        We will not start these units and will not buy material for them.
      - The balance can be released only by a written release from
        Ms. Kylie Bennett, Operations Manager, after your field trial
        at Hanwood is signed off.
     Planned dispatch of the demo units: week 23, by air ex TLV.
     ----------------------------------------------------------------------------
     Noa Peretz, Production Planning              Yossi Ben-David, Export Sales
     galildriptech.co.il  |  +972 4 958 2200
     """))])

# c10 — buyer corrects a quoted supplier assumption of auto-conversion.
case("c10_buyer_corrects_quoted_autoconversion", [],
     "quoted supplier assumes roll-into-balance; buyer's reply: sample sign-off releases nothing, 1,470 on hold, "
     "QA sign-off + Ajay Deshpande's written release",
     [("RE_Samples_dispatched_GH-12.eml", eml_bytes(mail(
         '"Rohit Kulkarni" <rohit.k@sahyadriagro.in>', '"Hitesh Patel" <hitesh@rajkotprecision.in>',
         "RE: Samples dispatched - Gearbox housing GH-12 - PO SAE/PO/24-25/0377",
         "Mon, 22 Apr 2024 11:20:00 +0530",
         D("""
         Dear Hitesh ji,

         Thanks for the quick dispatch. But please do NOT start the balance.

         Sample sign-off does not release anything. As per our PO, only the 30 samples are covered now. The
         balance 1,470 nos stays on hold until (1) our QA, Ms. Sneha Joshi, signs off the 30 samples after
         the field trial on the HTP sprayer, and (2) Mr. Ajay Deshpande, GM Operations, sends you the written
         production release. Kindly also do not procure raw material for the 1,470 nos till then.

         We expect the trial result by 10th May.

         Regards,
         Rohit Kulkarni
         Purchase Executive
         Sahyadri Agro Equipments Pvt. Ltd.
         +91 20 2745 3310

         -----Original Message-----
         From: Hitesh Patel <hitesh@rajkotprecision.in>
         Sent: Saturday, April 20, 2024 6:47 PM
         To: Rohit Kulkarni <rohit.k@sahyadriagro.in>
         Subject: Samples dispatched - Gearbox housing GH-12 - PO SAE/PO/24-25/0377

         > Dear Rohit Sir,
         > Greetings from Rajkot!
         > 30 nos samples of GH-12 gearbox housing dispatched today through V-Trans,
         > LR no. 7784412, along with inspection report.
         > Once you approve we will directly start balance 1,470 nos so that you get
         > material before kharif season. Kindly confirm.
         > Thanks & regards, Hitesh Patel
         """),
         cc='"Sneha Joshi" <qa@sahyadriagro.in>, "Ajay Deshpande" <gm.ops@sahyadriagro.in>',
         in_reply_to="<20240420184701.7741@rajkotprecision.in>")))])

# c11 — identifiers that look like quantities; full scope.
case("c11_identifiers_look_like_quantities", [],
     "sample PO for 20 sets; part no. 2000-16-500, DRG GD-1500 Rev 3, ISO 9261:2004, PN 4, offer GD-Q-2024-1500 "
     "are identifiers; scope complete",
     [("Pedido_000762_Cotaquari.docx", docx_bytes([
         ("h1", "Cooperativa Agroindustrial Vale do Taquari — COTAQUARI"),
         ("p", "Rua Júlio de Castilhos 1200, Lajeado – RS, Brasil · CNPJ 91.223.508/0001-44"),
         ("h", "Pedido de Compra / Purchase Order 000762"),
         ("p", "Fornecedor / supplier: Galil DripTech Ltd., Karmiel, Israel — attn. Mr. Yossi Ben-David"),
         ("p", "Data: 10/04/2024 — Sua oferta / your offer: GD-Q-2024-1500 de 02/04/2024"),
         ("table", [["Item", "Código", "Descrição", "Qtd", "Un", "Preço USD"],
                    ["1", "PN 2000-16-500", "Gotejador integrado 16 mm, 1,6 l/h, espaçamento 0,50 m — inline "
                     "dripper per DRG GD-1500 Rev 3, ISO 9261:2004 class A, pressure class PN 4 (4 bar)", "20",
                     "conjunto / set", "18,50"]]),
         ("p", "Each sample set = 1 coil of 100 m."),
         ("p", "Escopo / scope: only the 20 (twenty) sample sets are ordered now, for the field trial at our "
               "Estrela experimental unit. The series quantity in your offer GD-Q-2024-1500 is not released and "
               "stays on hold until the field trial is signed off by our agronomy team and Carlos Henrique Weber, "
               "Gerente Industrial, sends a written release. Please do not buy material for the series."),
         ("p", "Entrega: aéreo até 15/05/2024, destino VCP (Viracopos). Incoterm: FCA Tel Aviv."),
         ("p", "Embalagem: rolos em palete 1200 x 1000 mm, máx. 500 kg por palete."),
         ("p", "Juliana Schmitt — Suprimentos — juliana.schmitt@cotaquari.coop.br — +55 51 3714 2200"),
     ], author="Juliana Schmitt"))])

# c12 — European number formats, written-out quantities, all consistent; full scope.
case("c12_european_numbers_consistent", [],
     "doce (12) samples, 1.188 (1188) series not released until lab sign-off and Carmen Ruiz's written release; "
     "number formats consistent",
     [("Pedido_PC-2024-0311.pdf", pdf([
         ("h1", "AgroRiego Murcia S. Coop."),
         ("p", "Ctra. de Alicante km 7, 30007 Murcia, España  |  CIF F30551247  |  compras@agroriegomurcia.es"),
         ("h", "PEDIDO DE COMPRA / PURCHASE ORDER Nº PC-2024/0311"),
         ("table", [["Proveedor", "Coimbatore Polymers & Emitters Pvt. Ltd., SIDCO Industrial Estate, Kurichi, "
                                  "Coimbatore 641021, India"],
                    ["Fecha", "02/04/2024"],
                    ["Oferta", "CPE/Q/118 de 20/03/2024"]]),
         ("sp",),
         ("table", [["Pos.", "Ref.", "Descripción", "Cantidad", "Precio unit. (EUR)", "Importe (EUR)"],
                    ["1", "FH-2-120", "Carcasa de filtro de malla 2\" / 2-inch screen filter housing, 120 mesh, "
                                      "PA-GF30, ISO 9912-2", "12", "14,60", "175,20"]]),
         ("sp",),
         ("p", "Objeto: doce (12) unidades de muestra / twelve (12) sample units for our pressure test."),
         ("p", "Referencia oferta CPE/Q/118: 1.200 uds en total (12 muestras + 1.188 serie). The 1.188 series units "
               "(1188 pcs) are NOT released — no liberadas — and remain on hold until the burst-pressure test at our "
               "Cartagena lab (10 bar, ISO 9912-2) is signed off and Carmen Ruiz, Gerente, sends you a written "
               "release. Do not buy material for the 1.188 uds."),
         ("p", "Entrega: DAP Murcia, por courier, antes del 30/04/2024. Importe total: 175,20 EUR (ciento setenta y "
               "cinco euros con veinte céntimos)."),
         ("p", "Antonio Sánchez Martínez — Técnico de Compras"),
     ], title="PC-2024/0311", author="AgroRiego Compras"))])

# c13 — ERP fixed-width PO with full scope in the note field.
case("c13_erp_po_scope_in_notes", [],
     "ERP sample PO: 8 pcs only, balance 792 not released until field-test sign-off and Mariana Teixeira's written "
     "release; advance covers samples only",
     [("PEDIDO_4410-0092.txt", D("""
     IRRIGA SUL DISTRIBUIDORA LTDA                                   PAG. 1/1
     CNPJ 08.442.117/0001-36   PASSO FUNDO - RS               EMISSAO: 02/05/2024
     ==============================================================================
     PEDIDO DE COMPRA / PURCHASE ORDER  No. 4410-0092                   REV: 00
     FORNECEDOR: 0003318 ANADOLU DOKUM SAN. VE TIC. A.S. - KONYA / TURQUIA
     COND. PAGTO: 30% ANTEC. / 70% CONTRA DOCS        INCOTERM: FOB MERSIN
     COMPRADOR : RAFAEL BORTOLINI
     ==============================================================================
     IT  CODIGO      DESCRICAO                              QTDE  UN  PR.UNIT USD
     ------------------------------------------------------------------------------
     01  PH-100-GJL  CARCACA BOMBA PH-100 FERRO FUNDIDO         8  PC       96,00
                     GJL-250 / DES. IS-PH100 REV.02
     ------------------------------------------------------------------------------
                                                     TOTAL USD            768,00
     OBS / NOTES:
      SOMENTE AMOSTRAS / SAMPLES ONLY: 8 PCS (OITO).
      SALDO DA COTACAO (792 PCS) NAO LIBERADO / BALANCE 792 PCS NOT RELEASED -
      ON HOLD ATE ASSINATURA DO TESTE DE CAMPO (SAMPLE SIGN-OFF) E LIBERACAO
      ESCRITA POR MARIANA TEIXEIRA, DIRETORA COMERCIAL.
      NAO COMPRAR MATERIAL PARA O SALDO / DO NOT BUY MATERIAL FOR THE BALANCE.
      30% ANTECIPADO REFERE-SE SOMENTE AS AMOSTRAS / ADVANCE COVERS SAMPLES ONLY.
     ==============================================================================
     """))])

# c14 — WhatsApp export: "go ahead with the 25 pilot discs only", rest not released.
case("c14_chat_scoped_goahead", [],
     "chat: go ahead with the 25 pilot discs only; 575 not released until trial sign-off and Otieno's written release",
     [("WhatsApp_Chat_Amy_Liu_Jinhe.txt", D("""
     12/04/2024, 09:14 - Amy Liu Jinhe: Good morning Madam Wanjiru 😊 the 24 inch notched disc drawing is ok for us, 65Mn steel, hardness HRC 38-45
     12/04/2024, 09:15 - Amy Liu Jinhe: we can make the pilot discs in 15 days
     12/04/2024, 09:31 - Wanjiru Kamau: Morning Amy. Thank you. PO KBF/PO/2024/0171 is coming today from our office
     12/04/2024, 09:33 - Wanjiru Kamau: Please go ahead with the 25 pilot discs only.
     12/04/2024, 09:34 - Wanjiru Kamau: The other 575 in your quotation are NOT released. They wait for our field trial after the short rains. When the trial is signed off Mr. Otieno our chairman will send a written release, only then you start
     12/04/2024, 09:35 - Wanjiru Kamau: Also pls don't buy steel for the 575 yet
     12/04/2024, 09:40 - Amy Liu Jinhe: Understood madam, only 25 pilot discs now, 575 wait for Mr. Otieno written release 👍
     12/04/2024, 09:41 - Amy Liu Jinhe: <Media omitted>
     12/04/2024, 10:02 - Wanjiru Kamau: Asante sana. Sea LCL with the Mombasa consolidation is fine
     """))])

# c15 — full-balance call-off (no balance left).
case("c15_calloff_full_balance", [],
     "call-off releasing the full remaining 2,960 after recorded field-trial sign-off; nothing left outstanding",
     [("Call-off_4_RIS-45-1244.html", html_page("Call-off 4 - PO RIS-45-1244", D("""
     <h2>Riverina Irrigation Supplies Pty Ltd &mdash; Call-off 4</h2>
     <p>To: Galil DripTech Ltd, Karmiel &middot; attn. Yossi Ben-David, Noa Peretz<br>
     PO: RIS-45-1244 (PC dripper PCJ-20-BL, 2.0 l/h, black) &middot; Date: 12 July 2024</p>
     <p>Field trial sign-off: FT-1244, Hanwood block, signed 8 July 2024 by Kylie Bennett.</p>
     <p>This call-off releases the full remaining quantity of <b>2,960 units</b>. After this call-off nothing
     remains outstanding under PO RIS-45-1244 (40 demo units delivered in June + 2,960 = 3,000, the PO total).</p>
     """) + tbl([["Container", "Units", "Ship", "Port"],
                 ["1 x 40' HC", "1,480", "week 32", "FOB Haifa"],
                 ["1 x 40' HC", "1,480", "week 35", "FOB Haifa"],
                 ["Total released", "2,960", "", ""]]) + D("""
     <p>Packing as before: cartons of 40 drippers, shrink-wrapped pallets. Documents to Leeton Customs
     Services, please, and the B/L copy to accounts@riverinairrigation.com.au.</p>
     <p>Released by: <b>Kylie Bennett</b>, Operations Manager &middot; prepared by Shane McAllister, Purchasing</p>
     """)))])

# c16 — old quote forwarded as message/rfc822, declared informational.
_c16_old = mail('"Amy Liu" <amy.liu@jinhe-agri.com>', '"Martín Aguirre" <compras@pampaimplementos.com.ar>',
                "Quotation QJ-23-0815 notched disc 26 inch", "Tue, 15 Aug 2023 10:05:00 +0800",
                D("""
                Dear Martin,

                Pls find our price for the 26" notched disc, 6 mm, 65Mn, boron treated, HRC 42-48:

                - 8,000 pcs  USD 18.40/pc FOB Qingdao
                - 60 sample pcs  USD 31.00/pc FOB Qingdao (by sea with LCL)

                Lead time 30 days. Payment T/T 30/70.

                Best regards
                Amy Liu
                Qingdao Jinhe Agricultural Machinery Parts Co., Ltd.
                """))
case("c16_forwarded_old_quote_informational", [],
     "old 8,000 pcs quote forwarded as rfc822, declared information only; current PO 60 samples with event and "
     "Diego Ferreyra named",
     [("Fwd_Quotation_QJ-23-0815.eml", eml_bytes(mail(
         '"Martín Aguirre" <compras@pampaimplementos.com.ar>', '"Amy Liu" <amy.liu@jinhe-agri.com>',
         "Fwd: Quotation QJ-23-0815 notched disc 26 inch - for reference only",
         "Wed, 10 Apr 2024 09:40:00 -0300",
         D("""
         Hola Amy,

         As you asked, I forward below your 2023 quotation so your new colleague can see the old prices. It
         is for information only: the 8,000 discs in that quotation are not an order and are not released.

         Our current PO PI-OC-2024-0207 covers 60 (sixty) sample discs only, for the field test in Pergamino.
         Any production quantity needs a written release from Diego Ferreyra, Gerente de Operaciones, after
         the field test is signed off. Please do not buy 65Mn steel beyond the 60 samples.

         Saludos,
         Martín Aguirre
         Compras - Pampa Implementos S.A.
         Tel. +54 341 455 2090
         """),
         attachments=[("rfc822", _c16_old)])))])

# c17 — multi-file bundle: ERP PO (TXT) + release letter (PDF) + supplier acknowledgement (EML).
case("c17_bundle_po_release_ack", [],
     "bundle: PO 6 samples + 294 on hold; release R1 of 100 by Deb Hollis, 194 on hold to R2; supplier ack "
     "restates; consistent",
     [("MVG-7790_PO.txt", D("""
     MURRAY VALLEY GRAIN CO-OPERATIVE LTD             PURCHASE ORDER
     ECHUCA VIC 3564  ABN 41 097 332 118              PO NO : MVG-7790
                                                      DATE  : 04-MAR-2024
     SUPPLIER: BURSA TARIM MAKINA PARCALARI LTD STI  (V0442)
               NILUFER OSB, BURSA, TURKIYE
     TERMS   : FOB GEMLIK / LC 60 DAYS
     ------------------------------------------------------------------------
     LN ITEM      DESCRIPTION                    QTY  UOM SCOPE        UNIT AUD
      1 AFH-450   AERATION FAN HOUSING 450MM       6  EA  SAMPLE         212.00
                  GALV, DRG MVG-D-771 REV A
      2 AFH-450   AERATION FAN HOUSING 450MM     294  EA  PRODUCTION     164.00
                  ** ON HOLD - NOT RELEASED **
     ------------------------------------------------------------------------
     NOTES:
     LINE 1: 6 SAMPLE HOUSINGS RELEASED - SHIP BY AIR TO MELBOURNE.
     LINE 2: NOT RELEASED. RELEASE ONLY BY NUMBERED WRITTEN RELEASE SIGNED BY
     DEB HOLLIS (GENERAL MANAGER) AFTER SAMPLE SIGN-OFF. MATERIAL AUTHORITY:
     SAMPLE-ONLY UNTIL RELEASED.
     BUYER: TOM FRASER  PH +61 3 5480 2231
     """)),
      ("MVG-7790_Release_R1.pdf", pdf([
          ("h1", "Murray Valley Grain Co-operative Ltd"),
          ("h", "Production release R1 — PO MVG-7790, line 2 (AFH-450 aeration fan housing)"),
          ("p", "To: Bursa Tarim Makina Parcalari Ltd. Sti., attn. Mr. Mehmet Kaya  |  Date: 15 April 2024"),
          ("table", [["", "Housings"],
                     ["Line 2 quantity (production)", "294"],
                     ["Released by this release R1", "100"],
                     ["Balance on hold — not released", "194"]]),
          ("p", "Sample sign-off: the 6 sample housings of line 1 were signed off on 12 April 2024 "
                "(ref. SSO-7790-01, Tom Fraser)."),
          ("p", "Released by this document: 100 housings. The balance of 194 housings remains on hold. The next "
                "release, R2, can only be signed by Deb Hollis, General Manager, after the first 100 housings are "
                "installed and have run one week at our Lockington and Rochester sites."),
          ("p", "Material authority: for the 100 released housings only."),
          ("p", "Signed: Deb Hollis, General Manager, Murray Valley Grain Co-operative Ltd"),
      ], title="Release R1 MVG-7790", author="Deb Hollis")),
      ("RE_Release_R1_MVG-7790.eml", eml_bytes(mail(
          '"Mehmet Kaya" <mehmet.kaya@bursatarim.com.tr>',
          '"Tom Fraser" <tom.fraser@mvgc.com.au>, "Deb Hollis" <deb.hollis@mvgc.com.au>',
          "RE: Production release R1 - PO MVG-7790",
          "Tue, 16 Apr 2024 09:15:00 +0300",
          D("""
          Dear Tom, dear Ms. Hollis,

          We acknowledge release R1 for PO MVG-7790: 100 aeration fan housings AFH-450 are released and planned
          for production in weeks 18-20, shipment FOB Gemlik in week 22.

          The remaining 194 housings are on hold. We will not start them and not buy galvanised sheet for them
          until we receive release R2 signed by Ms. Deb Hollis.

          Best regards,
          Mehmet Kaya
          Sales Manager
          Bursa Tarım Makina Parçaları Ltd. Şti.
          +90 224 411 52 30
          """))))])

# c18 — interim sample disposition with limits; release within the interim limit; balance on hold.
case("c18_interim_disposition_limited_release", [],
     "interim disposition max 150 pcs to 30/06; release RL-031-1 of 150 by Diego Ferreyra; 1.350 on hold to full "
     "sign-off and further written release",
     [("SD-2024-031_disposicion_muestras.docx", docx_bytes([
         ("h1", "Pampa Implementos S.A. — Ingeniería de Calidad"),
         ("h", "Informe de disposición de muestras / Sample disposition report SD-2024-031"),
         ("p", "Pieza / part: PI-2290 horquilla de toma de fuerza / PTO shaft yoke 1 3/8\" Z6, plano rev. B"),
         ("p", "Proveedor: Officine Meccaniche Bassano S.r.l. — OC PI-OC-2024-0166 (10 muestras; oferta serie "
               "1.500 uds)"),
         ("table", [["Característica", "Especificación", "Medido", "Resultado"],
                    ["Estriado 1 3/8\" Z6 (ANSI B92.1)", "calibre pasa / no pasa", "pasa 10/10", "OK"],
                    ["Dureza estriado", "45–50 HRC", "42–44 HRC", "NOK (bajo)"],
                    ["Agujero Ø 30 H7", "30,000–30,021", "30,008–30,019", "OK"],
                    ["Agujero pasador Ø 10,5", "±0,1", "10,46–10,55", "OK"]]),
         ("p", "Disposición / disposition: INTERIM (provisoria)."),
         ("p", "Límites: hasta 150 uds, para entregas hasta el 30/06/2024, sólo para la pre-serie de la "
               "pulverizadora PA-3000."),
         ("p", "Production release RL-031-1: 150 pcs released under this interim disposition, authorised by Diego "
               "Ferreyra, Gerente de Operaciones."),
         ("p", "Saldo / balance: 1.350 uds no liberadas. On hold until the hardness re-test of 10 new samples with "
               "corrected heat treatment is signed off (full sign-off) and Diego Ferreyra issues a further written "
               "release. Material authority: for the 150 released pcs only."),
         ("p", "Disposición firmada: Sofía Benítez, Jefa de Ingeniería — 05/04/2024"),
         ("p", "Liberación firmada: Diego Ferreyra, Gerente de Operaciones — 05/04/2024"),
     ], author="Sofia Benitez"))])

# c19 — supplier status report: material bought only for released quantities.
case("c19_supplier_status_material_within_release", [],
     "supplier weekly status: material bought only for released 200 and 24; balances not released, no material",
     [("OMB_stato_ordini_wk16.pdf", pdf([
         ("h1", "Officine Meccaniche Bassano S.r.l."),
         ("p", "Via Ca' Dolfin 9, 36061 Bassano del Grappa (VI)  |  P.IVA IT03318840245"),
         ("h", "Stato ordini / Order status — settimana 16/2024 — cliente Agrícola Castilla Maquinaria S.L."),
         ("table", [["Order", "Part", "Released", "In production", "Shipped", "Material bought",
                     "Balance"],
                    ["ACM-PC-0462", "TLB-3 top-link bracket", "200 (release n.1, J. Prieto, 08/04)", "200", "0",
                     "S355 plate for 200 pcs (1.140 kg)", "1.300 pcs not released — no material bought"],
                    ["ACM-PC-0470", "PTO guard bracket PGB-1", "24 samples", "0", "24 (DDT 0412, 11/04)",
                     "for 24 samples only", "awaiting your sample sign-off — not released"]]),
         ("sp",),
         ("p", "Note: we build only what is released, and we buy material only for released quantities. For "
               "ACM-PC-0462 the 200 pcs leave on 26/04 with Arcese groupage to Valladolid."),
         ("p", "Marco Ferrari — Responsabile Produzione — produzione@ombassano.it"),
     ], title="Stato ordini wk16", author="Marco Ferrari"))])

# c20 — stop notice from a named sender; nothing more may start.
_c20_nc = pdf([
    ("h1", "IRRIGA SUL DISTRIBUIDORA LTDA"),
    ("h", "Relatório de não conformidade NC-IS-2024-019"),
    ("table", [["Peça", "Carcaça PH-80 / pump housing PH-80"], ["PO", "4410-0087"],
               ["Amostras inspecionadas", "12"], ["Não conformes", "3 (porosidade na face do flange)"],
               ["Ação", "8D solicitado ao fornecedor"]]),
    ("p", "Inspetor: L. Zanella, 22/04/2024"),
], title="NC-IS-2024-019", author="Irriga Sul Qualidade")
case("c20_stop_notice", [],
     "formal stop: nothing more may start, authorized quantity stays at 12 samples, lifted only in writing by "
     "Mariana Teixeira after 8D closure",
     [("STOP_PO_4410-0087.eml", eml_bytes(mail(
         '"Mariana Teixeira" <mariana.teixeira@irrigasul.com.br>',
         '"Emre Yıldız" <emre.yildiz@anadoludokum.com.tr>',
         "STOP - PO 4410-0087 PH-80 - porosity on samples",
         "Tue, 23 Apr 2024 08:30:00 -0300",
         D("""
         Dear Emre,

         This is a formal stop on our order PO 4410-0087 (pump housing PH-80), effective immediately.

         Our incoming inspection found gas porosity on the flange face of 3 of the 12 sample housings. Photos
         and our report NC-IS-2024-019 are attached.

         From now on nothing more may start on this order: no new samples, no rework, no balance. The quantity
         authorized stays at the 12 samples already delivered; zero further units are authorized. Please also
         do not buy pig iron or make cores for this part.

         The stop stays in force until I lift it in writing. I will do that only after your 8D report is
         received and our quality team closes it.

         Best regards,
         Mariana Teixeira
         Diretora Comercial
         Irriga Sul Distribuidora Ltda - Passo Fundo/RS
         +55 54 3316 8800
         """), cc='"Rafael Bortolini" <compras@irrigasul.com.br>',
         attachments=[("NC-IS-2024-019.pdf", _c20_nc, PDF_MT)])))])

# c21 — full-quantity PO with a forecast annex labelled information only.
case("c21_full_po_labelled_forecast_annex", [],
     "full PO for 1,000 regulators, no balance; annex forecast 6,000 labelled for information only, not released",
     [("KBF-PO-2024-0188.html", html_page("Purchase Order KBF/PO/2024/0188", D("""
     <h2>Kilimo Bora Farmers' Co-operative Society Ltd</h2>
     <p>P.O. Box 1184-20100, Nakuru, Kenya &middot; procurement@kilimobora.co.ke</p>
     <h3>Purchase Order KBF/PO/2024/0188 &mdash; 6 May 2024</h3>
     <p>Supplier: Galil DripTech Ltd, Karmiel, Israel (attn. Yossi Ben-David) &middot; Incoterm: CFR Mombasa
     &middot; Payment: irrevocable LC at 60 days</p>
     """) + tbl([["No", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
                 ["1", "PR-10-34", "Pressure regulator 1.0 bar, 3/4\" BSP, 2-12 m3/h", "1,000", "4.60", "4,600.00"]])
     + D("""
     <p>This PO is for the complete quantity of 1,000 (one thousand) regulators. There is no balance under this
     PO. Delivery in one lot, ETA Mombasa before 15 July 2024.</p>
     <p>Prepared by Wanjiru Kamau, Procurement Officer &middot; Authorised signatory: Joseph Otieno, Chairman,
     Procurement Committee</p>
     <h3>Annex A &mdash; Rolling forecast</h3>
     <div class="note">For information only. This forecast is not an order, is not released and gives no material
     authority. It will be revised every quarter.</div>
     """) + tbl([["Quarter", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025", "Total"],
                 ["PR-10-34 (forecast)", "1,500", "2,000", "1,200", "1,300", "6,000"]])))])

# c22 — supplier asks for material authority (does not assume it); HTML price notice attached.
_c22_notice = html_page("Price revision notice", D("""
<h2>Madras Compounds Ltd &mdash; Price revision notice MC/PR/2024/05</h2>
<p>To our valued customers: due to the increase in caprolactam and glass fibre cost, the prices of our PA6-GF30
compounds will be revised as below with effect from 01.06.2024.</p>
""") + tbl([["Grade", "Old price (INR/kg)", "New price (INR/kg)"],
            ["MADRAMID 6 GF30 natural", "238", "259"],
            ["MADRAMID 6 GF30 black UV", "246", "268"]]) + "<p>Orders booked till 31.05.2024 at old price.</p>\n")
case("c22_supplier_asks_material_authority", [],
     "supplier asks whether it may buy resin for the unreleased 1.188 and states it has not; a question, no purchase",
     [("PC-2024-0311_resin_price_increase.eml", eml_bytes(mail(
         '"S. Karthikeyan" <karthikeyan@cpe-emitters.in>', '"Antonio Sánchez" <compras@agroriegomurcia.es>',
         "PC-2024/0311 - resin price increase from 1 June - request for material authority",
         "Mon, 20 May 2024 12:05:00 +0530",
         D("""
         Dear Mr. Antonio,

         Greetings from Coimbatore.

         Our resin supplier has announced a price increase of about 9% on PA6-GF30 from 1st June (their notice
         attached).

         At present we hold material only for the 12 sample units of your PO PC-2024/0311. We have NOT bought
         resin for the 1.188 series units, because they are not released.

         May we buy PA6-GF30 for the 1.188 units now, at your liability, to lock the old price? If yes, kindly
         send us a written material authority stating the quantity. If we do not hear from you, we will wait
         and buy only after your written release.

         Thanks and regards,
         S. Karthikeyan
         Manager - Exports
         Coimbatore Polymers & Emitters Pvt. Ltd.
         +91 422 260 7715
         """),
         attachments=[("MC-PR-2024-05.html", _c22_notice, HTML_MT)])))])

# c23 — proper production release after recorded sample sign-off; 8,000 not released.
case("c23_proper_release_letter", [],
     "release No. 2 of 4,000 kits after recorded sign-off, two signatures; 8,000 not released until mid-season "
     "review and Otieno's further release",
     [("KB-REL-2024-02.pdf", pdf([
         ("h1", "KILIMO BORA FARMERS' CO-OPERATIVE SOCIETY LTD"),
         ("p", "P.O. Box 1184-20100, Nakuru, Kenya  |  procurement@kilimobora.co.ke  |  +254 51 221 4470"),
         ("h", "PRODUCTION RELEASE No. KB-REL-2024-02"),
         ("p", "To: Ningbo Huatian Plastic Mould Co., Ltd., attn. Mr. Kevin Zhang  |  Date: 22 April 2024  |  "
               "PO: KBF/PO/2024/0160  |  Item: DK-16 drip connector kit"),
         ("table", [["", "Kits"],
                    ["Quoted season quantity (quotation NH-Q-24-0291)", "12,000"],
                    ["Released by this document", "4,000"],
                    ["Balance not released", "8,000"]]),
         ("sp",),
         ("p", "Following the field-trial sign-off of the 50 sample kits (signed by Dr. Njeri Mwangi, Agronomist, "
               "on 18 April 2024, ref. FT-KB-07), we release 4,000 (four thousand) kits for production, "
               "delivery CFR Mombasa by 30 June 2024."),
         ("p", "The remaining 8,000 kits of the quoted season quantity are not released. They need a further "
               "written release signed by Mr. Joseph Otieno after our mid-season review in August."),
         ("p", "Material authority: for the 4,000 released kits only."),
         ("p", "Authorised: Joseph Otieno, Chairman, Procurement Committee  |  Second signature: Wanjiru Kamau, "
               "Procurement Officer"),
     ], title="KB-REL-2024-02", author="Kilimo Bora Procurement"))])

# c24 — voice-note transcript (Hinglish) with full scope.
case("c24_voice_note_scoped", [],
     "voice note: only 30 samples, 1,470 on hold, starts after Sneha's sign-off and Ajay's written release; "
     "material for 30 only",
     [("voice_note_transcript_0205.txt", D("""
     WhatsApp voice message - transcript (auto, hi-IN/en-IN)
     From   : Rohit Kulkarni (Sahyadri Agro)
     To     : Hitesh Patel (Rajkot Precision Castings)
     Date   : 02/05/2024 16:08   Duration: 1:12

     "Hitesh bhai namaste, Rohit bol raha hoon Sahyadri se. Woh SH-250 pump housing ka PO aapko mail kiya
     hai, PO number 0431. Dekho, abhi sirf 30 pieces sample banana hai, thirty pieces, bas. Baaki jo 1,470
     quotation mein hai woh abhi hold pe hai, not released. Jab Sneha madam field trial ke baad sample
     sign-off karengi, uske baad Ajay sir written release bhejenge, tab hi balance start karna. Aur material
     bhi sirf 30 ka hi lena, extra mat lena. Okay? Koi doubt ho to call karna. Thank you."

     [English summary, auto-generated]
     Only 30 sample pieces now. The balance of 1,470 in the quotation is on hold, not released. Start the
     balance only after Sneha (QA) signs off the samples after the field trial and Ajay (GM) sends the
     written release. Buy material for 30 pieces only.
     """))])

# c25 — buyer letter: advance payment does not authorise production; full scope.
case("c25_advance_does_not_authorise", [],
     "buyer letter: 20% advance is commercial only and does not authorise production; 15 samples; 1.485 on hold "
     "to trial sign-off and Carmen Ruiz's release",
     [("Carta_PC-2024-0298_anticipo.docx", docx_bytes([
         ("h1", "AgroRiego Murcia S. Coop."),
         ("p", "Ctra. de Alicante km 7, 30007 Murcia · compras@agroriegomurcia.es · +34 968 301 440"),
         ("p", "Murcia, 9 de abril de 2024"),
         ("p", "Galil DripTech Ltd. — attn. Mr. Yossi Ben-David, Export Sales, Karmiel, Israel"),
         ("h", "Asunto: Pedido PC-2024/0298 — emisores autocompensantes PCB-4 — anticipo"),
         ("p", "Estimado Sr. Ben-David:"),
         ("p", "Hemos transferido hoy el anticipo del 20% (3.120,00 EUR) según su factura proforma PI-24-0311. "
               "The advance payment is a commercial condition only and does not authorise production of the "
               "series."),
         ("table", [["Concepto", "Cantidad", "Estado"],
                    ["Muestras / samples PCB-4", "15", "a fabricar ahora / to be made now"],
                    ["Serie / series PCB-4", "1.485", "en espera — no liberada / on hold — not released"]]),
         ("p", "Only the 15 (quince) sample units are to be made now. The 1.485 units of the series stay on hold "
               "until the field trial in Lorca is signed off and Carmen Ruiz, Gerente, sends the written "
               "production release. No material for the series, please."),
         ("p", "Atentamente,"),
         ("p", "Antonio Sánchez Martínez — Técnico de Compras"),
     ], author="Antonio Sanchez"))])


# =================================================================== WITH RISKS
# p01 — folder: sample PO whose line prints the quote's production quantity; + the quote itself.
case("p01_po_line_prints_quote_qty", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO line prints '50 sample kits / 12,000 production kits' with no hold, no unlock event, no release "
     "person",
     [("KBF-PO-2024-0142.pdf", pdf([
         ("h1", "KILIMO BORA FARMERS' CO-OPERATIVE SOCIETY LTD"),
         ("p", "P.O. Box 1184-20100, Nakuru, Kenya  |  Kenyatta Avenue, Mache Plaza 2nd Floor  |  "
               "procurement@kilimobora.co.ke"),
         ("h", "IMPORT PURCHASE ORDER No. KBF/PO/2024/0142"),
         ("table", [["Supplier", "Ningbo Huatian Plastic Mould Co., Ltd, Yuyao, Ningbo, China"],
                    ["Date", "04 March 2024"],
                    ["Quotation ref.", "NH-Q-24-0291"],
                    ["Delivery", "By air to JKIA Nairobi, consignee Kilimo Bora FCS"],
                    ["Terms", "FOB Ningbo, T/T 30 days"]]),
         ("sp",),
         ("table", [["No", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
                    ["1", "Drip connector kit DK-16 (16 mm start connector + rubber grommet + end cap), black PE, "
                          "samples for field trial. As per quotation NH-Q-24-0291: 50 sample kits / 12,000 "
                          "production kits.", "50", "kits", "2.10", "105.00"],
                    ["2", "Air freight and documentation", "1", "lot", "85.00", "85.00"],
                    ["", "TOTAL", "", "", "", "190.00"]]),
         ("sp",),
         ("p", "Kindly supply the above for our field trial at the Kilimo Bora demonstration plot at Bahati before "
               "the long rains (end of March). Please send the proforma invoice and the airway bill number."),
         ("p", "Prepared by: Wanjiru Kamau, Procurement Officer"),
     ], title="KBF/PO/2024/0142", author="Kilimo Bora Procurement")),
      ("Quotation_NH-Q-24-0291.pdf", pdf([
          ("h1", "NINGBO HUATIAN PLASTIC MOULD CO., LTD."),
          ("h", "QUOTATION  NH-Q-24-0291"),
          ("p", "To: Kilimo Bora Farmers' Co-operative Society Ltd, Nakuru, Kenya — Attn. Madam Wanjiru Kamau  |  "
                "Date: 26 February 2024  |  Valid 60 days"),
          ("table", [["Item", "Description", "Quantity", "Unit price (USD)"],
                     ["1", "DK-16 drip connector kit, samples", "50 kits", "2.10"],
                     ["2", "DK-16 drip connector kit, production, 100 kits/carton", "12,000 kits", "0.38"],
                     ["3", "Mould", "existing", "no charge"]]),
          ("p", "FOB Ningbo. Payment: T/T. Lead time: samples 10 days, production 30 days."),
          ("p", "Kevin Zhang, Sales Manager"),
      ], title="NH-Q-24-0291", author="Kevin Zhang"))])

# p02 — e-mail: "your quote numbers below so we're on the same page": 40 demo + 2,500 pre-season.
_p02_po = pdf([
    ("h1", "Riverina Irrigation Supplies Pty Ltd"),
    ("p", "41 Banna Avenue, Griffith NSW 2680  |  ABN 63 104 228 913"),
    ("h", "PURCHASE ORDER RIS-45-1187"),
    ("table", [["Supplier", "Galil DripTech Ltd, Karmiel, Israel"], ["Date", "17/07/2024"],
               ["Ship to", "Riverina Irrigation Supplies, Griffith NSW"], ["Terms", "FOB Haifa, 45 days"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
               ["1", "PCJ-20-BL", "PC dripper 2.0 l/h, black, 16 mm - demo units", "40", "3.10", "124.00"]]),
    ("p", "Buyer: Shane McAllister"),
], title="PO RIS-45-1187", author="Shane McAllister")
case("p02_email_lists_quote_tiers", ["RG001", "RG003", "RG004", "RG005"],
     "demo PO of 40 sent with the quote's 2,500 pre-season units beside it; nothing says not released; no event, "
     "no release person",
     [("PO_RIS-45-1187_PCJ_demo.eml", eml_bytes(mail(
         '"Shane McAllister" <shane.mcallister@riverinairrigation.com.au>',
         '"Yossi Ben-David" <yossi@galildriptech.co.il>',
         "PO RIS-45-1187 - PCJ drippers demo units",
         "Wed, 17 Jul 2024 08:12:00 +1000",
         D("""
         G'day Yossi,

         PO RIS-45-1187 attached for the 40 demo units of the PCJ 2.0 l/h dripper (black, 16 mm).

         Your quote numbers below so we're all on the same page:
           - 40 demo units @ USD 3.10
           - 2,500 pre-season units @ USD 0.41, FOB Haifa

         Can you get the demo units on the next air freight? We want them in the ground at the Hanwood block
         before the end of August so the growers can see them running before the season kicks off.

         Shipping docs to our broker please (Leeton Customs Services, docs@leetoncustoms.com.au).

         Cheers,
         Shane
         """) + sig("Shane McAllister", "Purchasing", "Riverina Irrigation Supplies Pty Ltd, Griffith NSW",
                    "+61 2 6962 4410"),
         attachments=[("PO_RIS-45-1187.pdf", _p02_po, PDF_MT)])))])

# p03 — DOCX PO table with 'Cant. oferta' column next to the sample quantity.
case("p03_docx_po_offer_qty_column", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO of 12 with a 'Cant. oferta 1.500' column beside it; no hold, event or release person",
     [("Pedido_ACM-PC-0471.docx", docx_bytes([
         ("h1", "Agrícola Castilla Maquinaria S.L."),
         ("p", "Polígono San Cristóbal, C/ Cobalto 22, 47012 Valladolid — CIF B47331209"),
         ("h", "PEDIDO DE COMPRA / PURCHASE ORDER ACM-PC-0471"),
         ("p", "Proveedor: Officine Meccaniche Bassano S.r.l., Via Ca' Dolfin 9, 36061 Bassano del Grappa (VI), "
               "Italia — Att. Sig.ra Giulia Rossi"),
         ("p", "Fecha: 11/03/2024 — Su oferta / your offer: OMB-OFF-24-0127 del 01/03/2024"),
         ("table", [["Pos.", "Artículo", "Descripción", "Cant. pedido", "Cant. oferta", "Precio €/ud", "Plazo"],
                    ["10", "TL-CAT2-25", "Bulón de tercer punto Cat. 2, Ø 25 mm, acero 42CrMo4 templado, con "
                                         "pasador / top-link pin Cat. 2", "12", "1.500", "4,85", "3 semanas"]]),
         ("p", "Muestras para validación en tractor (banco de pruebas y finca). Samples for validation on tractor."),
         ("p", "Entrega: DAP Valladolid. Pago: transferencia a 60 días."),
         ("p", "Por favor confirmen recepción del pedido y fecha de envío."),
         ("p", "Lucía Fernández Ortega — Jefa de Compras — compras@agricolacastilla.es"),
     ], author="Lucia Fernandez"))])

# p04 — HTML portal PO: 'Quoted Qty (annual)' beside PO qty; buyer contact only; production starts on advance.
case("p04_portal_po_quoted_annual_advance", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "portal sample PO shows quoted annual 2,400 beside 10 unlabelled; only a 'buyer contact'; production to "
     "start on receipt of advance",
     [("SAE-PO-24-25-0398_portal.html", html_page("Supplier Portal - PO SAE/PO/24-25/0398", D("""
     <div style="background:#1f4e79;color:#fff;padding:6px"><b>Sahyadri Agro Equipments Pvt. Ltd.</b> &mdash;
     Supplier Portal &nbsp;|&nbsp; Logged in: Anadolu Döküm A.Ş. (vendor V-2290)</div>
     <h2>Purchase Order SAE/PO/24-25/0398</h2>
     """) + tbl([["Field", "Value"],
                 ["PO date", "15.04.2024"],
                 ["Status", "Open - awaiting vendor acknowledgement"],
                 ["Incoterms", "CIF Nhava Sheva"],
                 ["Currency", "USD"]], head=True) + "\n<h3>Line items</h3>\n" +
     tbl([["Item", "Description", "PO Qty", "Quoted Qty (annual)", "UoM", "Rate USD", "Delivery"],
          ["PH-65-HTP", "HTP pump body, ductile iron GJS-500-7, machined, drg SAE-D-2315 Rev 02", "10", "2,400",
           "Nos", "41.50", "31.05.2024"]]) + D("""
     <h3>Remarks</h3>
     <ol>
     <li>Samples for validation on our HTP sprayer test rig.</li>
     <li>Test certificate EN 10204 3.1 required with the shipment.</li>
     <li>Payment: 20% advance against proforma invoice, balance against documents. Production to start on
     receipt of advance.</li>
     <li>Packing: wooden crate, heat treated (ISPM-15).</li>
     </ol>
     <p>Buyer contact: Rohit Kulkarni, Purchase Executive, +91 20 2745 3310, rohit.k@sahyadriagro.in</p>
     <p style="color:#666">This is a system generated document and does not require signature.</p>
     """)))])

# p05 — ERP TXT: line text "200 PROTO + 20.000 SERIE".
case("p05_erp_line_proto_plus_serie", ["RG001", "RG003", "RG004", "RG005"],
     "ERP prototype PO line prints '200 PROTO + 20.000 SERIE' from the quote; no hold, event or release person",
     [("OC_PI-OC-2024-0155.txt", D("""
     PAMPA IMPLEMENTOS S.A.                                        HOJA 1 DE 1
     RUTA 34 KM 4 - ROSARIO - SANTA FE - ARGENTINA       CUIT 30-71144520-9
     ==============================================================================
     ORDEN DE COMPRA      NRO: PI-OC-2024-0155             FECHA: 26/02/2024
     PROVEEDOR: 20417 EMILIA SPRUZZATORI SRL - REGGIO EMILIA - ITALIA
     MONEDA   : EUR     COND.VTA: FCA REGGIO EMILIA         PAGO: 60 DD FF
     ==============================================================================
     REN CODIGO        DESCRIPCION                            CANT  UM     P.UNIT
     ------------------------------------------------------------------------------
     010 BOQ-110-03C   BOQUILLA ABANICO PLANO 110-03           200  UN       2,35
                       INSERTO CERAMICO - ISO 10625 AZUL
                       PROTOTIPO / COTIZ. ES-24-077:
                       200 PROTO + 20.000 SERIE
     020 FLETE         FLETE AEREO MXP-EZE                       1  GL     180,00
     ------------------------------------------------------------------------------
                                                    TOTAL EUR              650,00
     OBSERVACIONES:
      ENTREGA AEREA A EZEIZA ANTES DEL 30/03/2024 - DESPACHANTE: ROSSI & ASOC.
      ADJUNTAR CERTIFICADO DE CAUDAL A 3 BAR POR LOTE.
      COMPRADOR: MARTIN AGUIRRE  TEL +54 341 455 2090
     ==============================================================================
     """))])

# p06 — bare ERP sample PO: nothing about the series.
case("p06_erp_bare_sample_po", ["RG003", "RG004", "RG005"],
     "ERP sample PO (15+15 pcs for homologation) never says the series is not released, no event, no person",
     [("PEDIDO_000731.txt", D("""
     COOPERATIVA AGROINDUSTRIAL VALE DO TAQUARI - COTAQUARI
     LAJEADO - RS - BRASIL           CNPJ 91.223.508/0001-44
     ----------------------------------------------------------------------------
     PEDIDO DE COMPRA No. 000731                          DATA: 19/03/2024
     FORNECEDOR : NINGBO HUATIAN PLASTIC MOULD CO., LTD (CHINA)   COD. 55102
     CONTATO    : KEVIN ZHANG
     INCOTERM   : FOB NINGBO          PAGTO: T/T 100% ANTES DO EMBARQUE
     PROJETO    : KIT GOTEJAMENTO SAFRA 24/25
     ----------------------------------------------------------------------------
     IT CODIGO       DESCRICAO                                QTDE UN  PRECO USD
     01 CX-20-LT     CONECTOR INICIAL 20MM C/ REGISTRO          15 PC       4,20
                     AMOSTRAS PARA HOMOLOGACAO / SAMPLES
     02 CX-20-TF     TE 20MM PARA MANGUEIRA                     15 PC       3,80
                     AMOSTRAS / SAMPLES
     ----------------------------------------------------------------------------
                                               TOTAL USD             120,00
     OBS: ENVIAR POR COURIER (DHL) PARA LAJEADO. INVOICE DE AMOSTRA SEM
          VALOR COMERCIAL. FAVOR ENVIAR LAUDO DE MATERIAL (PP COPOLIMERO).
     EMITIDO POR: JULIANA SCHMITT - SUPRIMENTOS
     """))])

# p07 — hold "till further intimation" + named person; no unlock event.
case("p07_hold_till_further_intimation", ["RG004"],
     "20 samples; 1,980 NOT released 'till further intimation'; Ajay Deshpande named as sole releaser; no event",
     [("SAE-PO-24-25-0415.pdf", pdf([
         ("h1", "SAHYADRI AGRO EQUIPMENTS PVT. LTD."),
         ("p", "Gat No. 214, Chakan MIDC Phase II, Pune 410501  |  GSTIN 27AACCS4471K1Z3"),
         ("h", "PURCHASE ORDER SAE/PO/24-25/0415"),
         ("table", [["Vendor", "Rajkot Precision Castings Pvt. Ltd., Rajkot", "Date", "10.04.2024"],
                    ["Quotation", "RPC/Q/311 dt. 02.04.2024", "Payment", "60 days from GRN"]]),
         ("sp",),
         ("table", [["Sr.", "Item code", "Description", "Qty", "UOM", "Rate (INR)", "Amount (INR)"],
                    ["1", "GH-16-CI", "Gearbox housing casting, FG 260, as per drg. SAE-D-2240 Rev 01 - SAMPLES",
                     "20", "Nos", "1,150.00", "23,000.00"]]),
         ("sp",),
         ("p", "Scope of this PO: 20 Nos. samples only."),
         ("p", "Balance quantity of 1,980 Nos. as per your quotation RPC/Q/311 is NOT released and is on hold till "
               "further intimation."),
         ("p", "Mr. Ajay Deshpande, GM Operations, is the only person who can release the balance quantity. No "
               "other person from Sahyadri may give you production instructions for this item."),
         ("p", "Rohit Kulkarni, Purchase Executive  |  For Sahyadri Agro Equipments Pvt. Ltd."),
     ], title="PO SAE/PO/24-25/0415", author="Sahyadri Purchase"))])

# p08 — event named, release by an unnamed department.
_p08_po = pdf([
    ("h1", "AgroRiego Murcia S. Coop."),
    ("h", "PEDIDO DE COMPRA Nº PC-2024/0287"),
    ("table", [["Proveedor", "Anadolu Dokum San. ve Tic. A.S., Konya, Turquia"], ["Fecha", "25/04/2024"],
               ["Oferta", "AD-OF-24-077 (500 uds)"]]),
    ("sp",),
    ("table", [["Pos.", "Ref.", "Descripción", "Cantidad", "Precio (EUR)"],
               ["1", "PH-100-GJS", "Carcasa de bomba PH-100, GJS-500 — muestras", "10", "118,00"]]),
    ("p", "Serie (490 uds): no liberada. Pendiente de la prueba hidráulica en banco y de un pedido revisado de "
          "nuestra Dirección de Compras."),
], title="PC-2024/0287", author="AgroRiego Compras")
case("p08_release_by_unnamed_department", ["RG005"],
     "10 samples; 490 not released until bench test sign-off and a revised order from 'Dirección de Compras' - "
     "no named person",
     [("Pedido_PC-2024-0287_muestras.eml", eml_bytes(mail(
         '"Antonio Sánchez Martínez" <compras@agroriegomurcia.es>',
         '"Emre Yıldız" <emre.yildiz@anadoludokum.com.tr>',
         "Pedido PC-2024/0287 - carcasas bomba PH-100 - solo muestras",
         "Thu, 25 Apr 2024 13:22:00 +0200",
         D("""
         Dear Emre,

         Please find attached our order PC-2024/0287. It is only for 10 (ten) samples of the pump housing
         PH-100 in GJS-500, for the hydraulic test in our bench in Murcia.

         The rest of your offer, 490 pcs, is not released. It stays on hold until the hydraulic test (500 hours
         at 6 bar) is signed off, and after that our Dirección de Compras will send you a revised order. Please
         do not start the 490 pcs and do not buy material for them.

         We need the samples in Murcia before 15 May, by truck is fine (groupage from Mersin).

         Un saludo,
         Antonio Sánchez Martínez
         Técnico de Compras
         AgroRiego Murcia S. Coop. - Tel. +34 968 301 440
         """),
         attachments=[("PC-2024-0287.pdf", _p08_po, PDF_MT)])))])

# p09 — chat: "rest stays on hold, we'll let you know"; supplier already bought resin for 3,000.
case("p09_chat_hold_no_event_resin_bought", ["RG004", "RG005", "RG006"],
     "chat: 50 demo units, rest of 3,000 on hold 'we'll let you know' (no event, no person); supplier already "
     "bought resin for 3,000",
     [("WhatsApp_Chat_Kevin_NH_Mould.txt", D("""
     [03/06/24, 2:14:07 PM] Shane McAllister: Hi Kevin, PO RIS-45-1203 just went through for the take-offs
     [03/06/24, 2:14:31 PM] Shane McAllister: only the 50 demo units for now mate. rest of the 3,000 stays on hold, we'll let you know
     [03/06/24, 2:20:45 PM] Kevin Zhang NH Mould: Hi Shane, received, thank you!
     [03/06/24, 2:21:10 PM] Kevin Zhang NH Mould: no worries, we already got the POM resin in for the full 3,000, so when you tell us we can run very quick 👍
     [03/06/24, 2:21:58 PM] Kevin Zhang NH Mould: demo units ship next Tuesday by DHL
     [03/06/24, 2:40:12 PM] Shane McAllister: beauty, cheers
     """))])

# p10 — supplier: staged material for the full 10k and will start "as soon as you approve the samples".
_p10_txt = D("""
Dear Shane,

Good news from Coimbatore: the 40 sample emitters of the 8 l/h button dripper are moulded and passed our
flow test at 1.5 bar. They go with FedEx tomorrow, AWB to follow.

We understand only the 40 samples are released as of now. To be ready for your season, we have already
staged the PP and the EPDM membranes for the full 10k, and as soon as you approve the samples we will start
the production immediately - no need to wait for any fresh PO from your side, we will adjust the paperwork
later.

Kindly share your approval at the earliest.

Warm regards,
S. Karthikeyan
Manager - Exports
Coimbatore Polymers & Emitters Pvt. Ltd.
""")
case("p10_supplier_staged_10k_starts_on_approval", ["RG006", "RG007"],
     "supplier staged material for 10k while only 40 released, and will start production as soon as samples "
     "are approved, no new PO",
     [("Samples_ready_8lph_button.eml", eml_bytes(mail(
         '"S. Karthikeyan" <karthikeyan@cpe-emitters.in>',
         '"Shane McAllister" <shane.mcallister@riverinairrigation.com.au>',
         "8 l/h button dripper - samples ready / production plan",
         "Fri, 07 Jun 2024 15:48:00 +0530",
         _p10_txt, html=paras(_p10_txt))))])

# p11 — supplier letter: forecast treated as firm commitment; material bought for 40,000.
case("p11_supplier_forecast_firm_material_bought", ["RG006", "RG008"],
     "supplier treats the dealer forecast of 40,000 as a firm commitment and bought material for it while only the "
     "pilot lot is released",
     [("GD_material_planning_Cotaquari.docx", docx_bytes([
         ("h1", "Galil DripTech Ltd."),
         ("p", "7 Hataasia St., Karmiel 2165102, Israel · +972 4 958 2200"),
         ("p", "Karmiel, 21 May 2024"),
         ("p", "To: Cooperativa Agroindustrial Vale do Taquari — COTAQUARI, attn. Ms. Juliana Schmitt, Suprimentos"),
         ("h", "Subject: Material planning for season 2024/25 — PCB-4 button dripper"),
         ("p", "Dear Ms. Schmitt,"),
         ("p", "Thank you for the dealer forecast for season 2024/25 that you sent on 2 February, 40,000 pcs of the "
               "PCB-4 button dripper."),
         ("p", "Based on this forecast, which we treat as your firm commitment for the season, we have purchased the "
               "HDPE compound and the silicone diaphragms for the full 40,000 pcs, so that we can deliver fast "
               "when you need them."),
         ("table", [["Material", "Quantity purchased", "Covers", "Arrival at our plant"],
                    ["HDPE black compound", "1.4 t", "40,000 pcs", "12 May 2024"],
                    ["Silicone diaphragm SD-4", "40,800 pcs", "40,000 pcs + 2% scrap", "20 May 2024"]]),
         ("p", "At present only the pilot lot of your PO 000745 is released. We look forward to your first call-off."),
         ("p", "Kind regards,"),
         ("p", "Noa Peretz, Production Planning — Galil DripTech Ltd."),
     ], author="Noa Peretz"))])

# p12 — chat: supplier treats advance payment as confirmation; bought pig iron/cores for all 500.
case("p12_chat_advance_means_confirmed", ["RG006", "RG012"],
     "chat: supplier takes the advance payment as order confirmation and bought pig iron and cores for 500 while PO "
     "is 10 samples",
     [("WhatsApp_Chat_Emre_Anadolu.txt", D("""
     15/04/2024, 11:02 - Emre Yıldız (Anadolu Döküm): Antonio bey good morning, advance payment received today, thank you very much 🙏
     15/04/2024, 11:03 - Emre Yıldız (Anadolu Döküm): PO says 10 samples for your bench test, but with the advance in our account we consider the order confirmed, so we started
     15/04/2024, 11:04 - Emre Yıldız (Anadolu Döküm): pig iron and cores are bought for all 500 housings, first pouring is tomorrow morning 💪
     15/04/2024, 11:04 - Emre Yıldız (Anadolu Döküm): <Media omitted>
     15/04/2024, 11:47 - Antonio Sánchez: Hola Emre. ok, I see the photo
     15/04/2024, 11:49 - Antonio Sánchez: let me check with Carmen and I come back to you
     """))])

# p13 — supplier: start mass production once sample approval AND deposit arrive.
case("p13_supplier_approval_plus_deposit_starts", ["RG007", "RG012"],
     "supplier will start mass production of 3,000 once sample approval and the 30% deposit arrive, 'no need of "
     "another PO'",
     [("RE_disc_samples_PI-OC-2024-0214.eml", eml_bytes(mail(
         '"Amy Liu" <amy.liu@jinhe-agri.com>', '"Martín Aguirre" <compras@pampaimplementos.com.ar>',
         "RE: disc samples PI-OC-2024-0214 - shipping + mass production plan",
         "Thu, 18 Apr 2024 17:25:00 +0800",
         _p13_txt := D("""
         Dear Martin,

         The sample discs (26 inch notched, 6 mm, 65Mn, boron treated) are finished and packed, we send by DHL
         on Monday, tracking no. will follow.

         For the mass production: we already reserve capacity on our heat-treatment line in June. Once we
         receive your sample approval and the 30% deposit, we start the mass production of the 3,000 discs
         immediately, no need of another PO, so you can have the goods in Rosario before the sowing season.

         Please kindly arrange the deposit in advance so we don't lose the slot.

         Best regards
         Amy Liu
         Export Sales
         Qingdao Jinhe Agricultural Machinery Parts Co., Ltd.
         Tel/WhatsApp +86 136 8964 2217
         """), html=paras(_p13_txt))))])

# p14 — portal thread: "rev D approved ... price increase approved ... Good to run."
case("p14_portal_good_to_run_mixed_approved", ["RG002", "RG009"],
     "portal: 'rev D approved by engineering, price increase approved by the board. Good to run.' - unscoped and "
     "'approved' used technically and commercially",
     [("MVG-7745_portal_messages.html", html_page("MVG Supplier Collaboration - PO MVG-7745", D("""
     <h2>MVG Supplier Collaboration &mdash; PO MVG-7745 &mdash; Hopper gate HG-600</h2>
     <p>Buyer: Murray Valley Grain Co-operative Ltd &middot; Supplier: Bursa Tarım Makina Parçaları Ltd. Şti.</p>
     <h3>Order summary</h3>
     """) + tbl([["Line", "Qty", "Scope", "Status"],
                 ["1", "8", "Sample", "Active - released"],
                 ["2", "392", "Production", "On hold - not released"]]) + D("""
     <div class="note">Unlock for line 2: sample sign-off of the 8 sample gates, then a written release signed by
     Deb Hollis, General Manager.</div>
     <h3>Messages</h3>
     """) + tbl([["Date", "From", "Message"],
                 ["02 May 2024 09:12", "Mehmet Kaya (Bursa)",
                  "Dear Tom, as your engineer asked we changed the hinge pin from Ø12 to Ø14 mm. New drawing HG-600 "
                  "rev D attached. Price +2.40 AUD per gate because of the bigger pin and bush. Please confirm."],
                 ["02 May 2024 16:40", "Tom Fraser (MVG)",
                  "Hi Mehmet, rev D approved by our engineering, and the price increase approved by the board last "
                  "night. Good to run."],
                 ["03 May 2024 07:05", "Mehmet Kaya (Bursa)", "Thank you Tom, noted. 👍"]])))])

# p15 — chat: "yes go for it" with no quantity anywhere.
case("p15_chat_go_for_it_no_quantity", ["RG002", "RG010"],
     "chat: bulk on hold to trial sign-off and Grace's written release, but 'yes go for it' to 'can we start?' "
     "with no quantity anywhere",
     [("WhatsApp_Chat_Karthikeyan_CPE.txt", D("""
     08/05/2024, 10:05 - Grace Wairimu: Morning Karthik. About the 4 l/h button drippers for the Othaya greenhouse project
     08/05/2024, 10:06 - Grace Wairimu: the bulk order stays on hold until our field trial is signed off and I send you a written release. Nobody else from our side can release it
     08/05/2024, 10:20 - Karthikeyan CPE: Noted madam. Mould is ready and the masterbatch also arrived. Can we start?
     08/05/2024, 10:31 - Grace Wairimu: yes go for it 👍
     08/05/2024, 10:32 - Karthikeyan CPE: 👍👍
     08/05/2024, 10:40 - Grace Wairimu: pls send the invoice to accounts@nyerihighlands.co.ke
     """))])

# p16 — call-off e-mail (500 released, 1.500 forecast) + ERP printout "PEDIDO FIRME 2.000" based on forecast.
_p16_erp = D("""
IRRIGA SUL DISTRIBUIDORA LTDA                                   PAG. 1/1
CNPJ 08.442.117/0001-36   PASSO FUNDO - RS               EMISSAO: 20/05/2024
==============================================================================
PEDIDO DE COMPRA No. 4410-0095      TIPO: PEDIDO FIRME / FIRM ORDER
FORNECEDOR: 0005120 NINGBO HUATIAN PLASTIC MOULD CO LTD - CHINA
INCOTERM  : FOB NINGBO         COND. PAGTO: T/T 30/70
==============================================================================
IT  CODIGO    DESCRICAO                        QTDE  UN  PR.UNIT USD  ENTREGA
01  DK-20     KIT CONECTOR 20MM (INIC+TE+     2.000  KIT       0,46  15/06/2024
              TAMPAO) - PRE-TEMPORADA
------------------------------------------------------------------------------
BASE DA QUANTIDADE: PREVISAO DE VENDAS SAFRA 24/25 (FORECAST)
OBS: PEDIDO FIRME - FORNECEDOR DEVE PROGRAMAR PRODUCAO DA QUANTIDADE TOTAL.
COMPRADOR: RAFAEL BORTOLINI
==============================================================================
""")
case("p16_calloff_vs_erp_firm_forecast", ["RG008", "RG011"],
     "e-mail releases 500 with 1.500 as forecast; attached ERP prints 'PEDIDO FIRME' 2.000 based on the sales "
     "forecast",
     [("Call-off_1_DK-20.eml", eml_bytes(mail(
         '"Rafael Bortolini" <compras@irrigasul.com.br>', '"Kevin Zhang" <kevin.zhang@nbhuatian.com>',
         "Call-off 1 - kits DK-20 pré-temporada",
         "Mon, 20 May 2024 10:10:00 -0300",
         D("""
         Hi Kevin, tudo bem?

         Call-off 1 for the DK-20 kits: please release 500 kits now for our pre-season stock. The other 1.500
         kits are only our forecast for the season - not released. They need a next call-off signed by Mariana
         Teixeira after we see the pre-season sales (end of July).

         Our ERP printout is attached.

         Delivery: 500 kits FOB Ningbo, ETD until 10/06.

         Abraço,
         Rafael Bortolini
         Compras - Irriga Sul Distribuidora Ltda
         +55 54 3316 8812
         """), cc='"Mariana Teixeira" <mariana.teixeira@irrigasul.com.br>',
         attachments=[("PEDIDO_4410-0095.txt", _p16_erp, TXT_MT)])))])

# p17 — supplier: "advance payment is released ... hence we are releasing the production".
_p17_txt = D("""
Respected Rohit Sir,

Greetings from Rajkot Precision Castings!

We are thankful to inform that the advance payment of Rs. 1,50,000/- is released from your accounts
department today (UTR no. HDFCR52024041812345). Hence we are releasing the production of the balance 1,980
nos. GH-16 gearbox housings from Monday 22nd April on our moulding line no. 2.

Kindly arrange the inspection visit for the first lot in 2nd week of May.

Thanks & Regards,
Hitesh Patel
Marketing Manager
Rajkot Precision Castings Pvt. Ltd.
Plot 4411, GIDC Shapar-Veraval, Rajkot 360024 | +91 2827 252 118
""")
case("p17_supplier_payment_released_so_production", ["RG009", "RG012"],
     "supplier: advance payment 'released' so it is 'releasing the production' of the balance 1,980 - payment as "
     "release, 'release' for payment and production",
     [("Advance_received_GH-16.eml", eml_bytes(mail(
         '"Hitesh Patel" <hitesh@rajkotprecision.in>', '"Rohit Kulkarni" <rohit.k@sahyadriagro.in>',
         "Advance payment received - GH-16 gearbox housing - production releasing",
         "Thu, 18 Apr 2024 18:02:00 +0530",
         _p17_txt, html=paras(_p17_txt))))])

# p18 — "sample lot only, quantity as agreed on the phone"; rest on hold until further notice; "I" release.
case("p18_sample_lot_qty_by_phone_hold_further_notice", ["RG004", "RG010"],
     "'proceed with the sample lot only, quantity as we agreed on the phone'; rest on hold until further notice, "
     "Tom is the only releaser",
     [("SIH-600_samples.eml", eml_bytes(mail(
         '"Tom Fraser" <tom.fraser@mvgc.com.au>', '"Mehmet Kaya" <mehmet.kaya@bursatarim.com.tr>',
         "Silo inspection hatch SIH-600 - samples",
         "Wed, 29 May 2024 11:40:00 +1000",
         D("""
         Hi Mehmet,

         Thanks for the call this morning. As discussed, please proceed with the sample lot only of the SIH-600
         roof inspection hatch, quantity as we agreed on the phone.

         Everything beyond the sample lot is on hold until further notice, and I am the only one who can
         release it.

         Please send the samples with the next groupage to Melbourne and email me the packing list.

         Cheers,
         Tom Fraser
         Procurement Officer
         Murray Valley Grain Co-operative Ltd | 112 Ogilvie Avenue, Echuca VIC 3564 | +61 3 5480 2231
         """))))])

# p19 — folder: PO PDF says 24 samples (release by 'Engineering' + revised PO), e-mail says "the 25 samples".
case("p19_po_24_email_25_samples", ["RG005", "RG011"],
     "PO: veinticuatro (24) samples, balance on hold to engineering sign-off + revised PO (no named person); "
     "follow-up e-mail says 25 samples",
     [("PI-OC-2024-0178.pdf", pdf([
         ("h1", "PAMPA IMPLEMENTOS S.A."),
         ("p", "Ruta 34 km 4, S2000 Rosario, Santa Fe, Argentina  |  compras@pampaimplementos.com.ar"),
         ("h", "ORDEN DE COMPRA / PURCHASE ORDER  PI-OC-2024-0178"),
         ("table", [["Proveedor", "Emilia Spruzzatori S.r.l., Reggio Emilia, Italia"], ["Fecha", "04/03/2024"],
                    ["Oferta", "ES-24-091 (1.000 uds)"], ["Incoterm", "FCA Reggio Emilia"]]),
         ("sp",),
         ("table", [["Línea", "Código", "Descripción", "Cantidad", "Precio EUR"],
                    ["10", "PT-3-BAY", "Portapicos triple con antigoteo / triple nozzle body with anti-drip, "
                                       "bayonet, 20 mm boom clamp", "24", "6,90"]]),
         ("sp",),
         ("p", "Sólo muestras / samples only: veinticuatro (24) unidades."),
         ("p", "Saldo de la oferta ES-24-091 (976 uds): no liberado, en espera hasta la firma de conformidad de las "
               "muestras por nuestro Departamento de Ingeniería y una orden de compra revisada. Balance not released."),
         ("p", "Martín Aguirre — Compras"),
     ], title="PI-OC-2024-0178", author="Pampa Implementos Compras")),
      ("PI-OC-2024-0178_followup.eml", eml_bytes(mail(
          '"Martín Aguirre" <compras@pampaimplementos.com.ar>',
          '"Luca Bertolini" <export@emiliaspruzzatori.it>',
          "PI-OC-2024-0178 - triple nozzle body samples - delivery date?",
          "Tue, 05 Mar 2024 10:02:00 -0300",
          D("""
          Buongiorno Luca,

          Our PO PI-OC-2024-0178 for the 25 samples of the triple nozzle body with anti-drip went out
          yesterday. Can you please confirm the delivery date? We want to mount them on the PA-3000 prototype
          boom before the end of March.

          Grazie e saludos,
          Martín Aguirre
          Compras - Pampa Implementos S.A.
          Tel. +54 341 455 2090
          """))))])

# p20 — folder: release 1,000 (material for 1,000 only) vs supplier "your release for 1,200 kits", bought for 1,200.
case("p20_release_1000_supplier_reads_1200", ["RG006", "RG011"],
     "release No. 3 is 1,000 kits with material authority for 1,000; supplier cites 1,200 and bought material for "
     "1,200",
     [("KB-REL-2024-03.pdf", pdf([
         ("h1", "KILIMO BORA FARMERS' CO-OPERATIVE SOCIETY LTD"),
         ("p", "P.O. Box 1184-20100, Nakuru, Kenya  |  procurement@kilimobora.co.ke"),
         ("h", "PRODUCTION RELEASE No. KB-REL-2024-03"),
         ("p", "To: Ningbo Huatian Plastic Mould Co., Ltd., attn. Mr. Kevin Zhang  |  Date: 29 April 2024  |  "
               "PO: KBF/PO/2024/0163  |  Item: DK-16 drip connector kit"),
         ("table", [["", "Kits"],
                    ["Quoted season quantity", "12,000"],
                    ["Released by this document", "1,000"],
                    ["Balance on hold - not released", "11,000"]]),
         ("sp",),
         ("p", "We release 1,000 (one thousand) kits for production following the field-trial sign-off of 25 April "
               "2024. The balance of 11,000 kits remains on hold until our mid-season review and a further written "
               "release signed by Joseph Otieno."),
         ("p", "Material authority: for the 1,000 released kits only."),
         ("p", "Authorised: Joseph Otieno, Chairman, Procurement Committee"),
     ], title="KB-REL-2024-03", author="Kilimo Bora Procurement")),
      ("RE_KB-REL-2024-03.eml", eml_bytes(mail(
          '"Kevin Zhang" <kevin.zhang@nbhuatian.com>', '"Wanjiru Kamau" <procurement@kilimobora.co.ke>',
          "RE: Production release KB-REL-2024-03",
          "Tue, 30 Apr 2024 09:35:00 +0800",
          D("""
          Dear Madam Wanjiru,

          Thank you for your release No. KB-REL-2024-03 for 1,200 kits. We have bought the PE and EPDM for
          1,200 kits and started moulding today. The first 600 kits will be ready on 10 May, the rest on 17 May.

          We will send the packing list and the photos of the cartons before shipment.

          Best regards
          Kevin Zhang
          Sales Manager - Ningbo Huatian Plastic Mould Co., Ltd.
          """), in_reply_to="<KB-REL-2024-03@kilimobora.co.ke>")))])

# p21 — supplier reply: confirms 60 demo units (PO 40) and will "roll straight into the balance" on approval.
case("p21_supplier_reply_60_vs_40_roll_into_balance", ["RG007", "RG011"],
     "quoted buyer PO: 40 demo units, 2,960 on hold to sign-off + Kylie's release; supplier confirms 60 and will "
     "roll straight into the balance on approval",
     [("RE_PO_RIS-45-1201.eml", eml_bytes(mail(
         '"Yossi Ben-David" <yossi@galildriptech.co.il>',
         '"Shane McAllister" <shane.mcallister@riverinairrigation.com.au>',
         "RE: PO RIS-45-1201 - PCJ demo units",
         "Tue, 25 Jun 2024 10:14:00 +0300",
         D("""
         Hi Shane,

         Thanks for the PO. We confirm the 60 demo units of PCJ 2.0 l/h for shipment week 27 by air.

         And don't worry about the timing for October - as soon as your field team approves the demo units, we
         roll straight into the balance, so you will have the stock in Griffith for the season.

         Best regards,
         Yossi

         Yossi Ben-David | Export Sales | Galil DripTech Ltd. | +972 4 958 2200

         On Mon, 24 Jun 2024 at 09:02, Shane McAllister <shane.mcallister@riverinairrigation.com.au> wrote:
         > Hi Yossi,
         > PO RIS-45-1201 attached: 40 demo units only.
         > The balance of 2,960 is not released until the field trial at Hanwood
         > is signed off and Kylie Bennett (Operations Manager) sends you the
         > written release.
         > Cheers, Shane
         """), in_reply_to="<RIS-45-1201.0624@riverinairrigation.com.au>")))])

# p22 — reply thread: "approved, go ahead!" to a three-point supplier mail (samples, pattern cost, series slot).
case("p22_thread_approved_go_ahead", ["RG002"],
     "quoted PO is fully scoped (12 samples, 588 on hold, event, Mariana); buyer answers a 3-topic supplier mail "
     "with 'approved, go ahead!'",
     [("RE_RE_PO_4410-0101_PH-65.eml", eml_bytes(mail(
         '"Rafael Bortolini" <compras@irrigasul.com.br>', '"Emre Yıldız" <emre.yildiz@anadoludokum.com.tr>',
         "RE: RE: PO 4410-0101 - PH-65 housings - update",
         "Tue, 07 May 2024 16:55:00 -0300",
         D("""
         Emre, approved, go ahead!

         Abraço
         Rafael

         Em ter., 7 de mai. de 2024 às 14:10, Emre Yıldız <emre.yildiz@anadoludokum.com.tr> escreveu:
         > Dear Rafael,
         > three points about your PO 4410-0101:
         > 1) The 12 samples will be cast next week, shipment by DHL around 17 May.
         > 2) For your new flange (DN 65 PN 16) the pattern needs a modification,
         >    extra cost USD 380, one time.
         > 3) Our foundry has free capacity in June. If you want, we can put the
         >    series there.
         > Please confirm.
         > Best regards, Emre
         >
         >> Em sex., 3 de mai. de 2024 às 09:30, Rafael Bortolini <compras@irrigasul.com.br> escreveu:
         >> Dear Emre,
         >> PO 4410-0101 attached. Only 12 (twelve) sample housings PH-65.
         >> The balance of 588 pcs is not released. It stays on hold until our
         >> field test is signed off and Mariana Teixeira (Diretora Comercial)
         >> sends the written release.
         >> Rafael
         """), in_reply_to="<h58-emre-0507@anadoludokum.com.tr>")))])

# p23 — chat: fully scoped, then "green light" to "OK to go?" about running parts + free slot.
case("p23_chat_green_light", ["RG002"],
     "chat: 50 samples, 7,950 not released to trial sign-off + Otieno; later 'green light' to a mixed run/free-slot "
     "question",
     [("WhatsApp_Chat_Kevin_Zhang.txt", D("""
     [22/03/2024, 08:47:12] Wanjiru Kamau: Morning Kevin. PO KBF/PO/2024/0150 is for 50 end-cap kits only, samples for the Bahati demo plot
     [22/03/2024, 08:48:03] Wanjiru Kamau: the other 7,950 kits in your quote are not released. They wait for the field trial sign-off, then Mr. Otieno sends a written release
     [22/03/2024, 09:15:40] Kevin Zhang: Good morning madam, noted with thanks 🙏
     [02/04/2024, 16:22:18] Kevin Zhang: Madam, T1 mould trial finished, parts look good. Black masterbatch also arrived. We can run the parts next week, and we have a free slot on the 250T machine from 15 April. OK to go?
     [02/04/2024, 18:05:51] Wanjiru Kamau: Great news Kevin! green light 👍
     [02/04/2024, 18:06:30] Kevin Zhang: 👍👍 thank you madam
     """))])

# p24 — folder: scoped PO (20 samples) + ECN "APPROVED - PROCEED" with affected quantity 25 samples.
case("p24_po_plus_ecn_approved_proceed", ["RG002", "RG011"],
     "PO: 20 samples, 1.480 on hold to Sofia's sign-off + Diego's release; ECN says 'APPROVED - PROCEED' unscoped "
     "and 'affected quantity: 25 samples'",
     [("PI-OC-2024-0185.pdf", pdf([
         ("h1", "PAMPA IMPLEMENTOS S.A."),
         ("p", "Ruta 34 km 4, S2000 Rosario, Santa Fe, Argentina"),
         ("h", "ORDEN DE COMPRA  PI-OC-2024-0185"),
         ("table", [["Proveedor", "Officine Meccaniche Bassano S.r.l., Bassano del Grappa, Italia"],
                    ["Fecha", "25/03/2024"], ["Oferta", "OMB-OFF-24-0133 (1.500 uds)"]]),
         ("sp",),
         ("table", [["Línea", "Código", "Descripción", "Cantidad", "Precio EUR"],
                    ["10", "PI-2290", "Horquilla toma de fuerza 1 3/8\" Z6 / PTO yoke, plano rev. B - muestras", "20",
                     "14,20"]]),
         ("sp",),
         ("p", "Alcance: 20 muestras. El saldo de 1.480 uds de la oferta OMB-OFF-24-0133 no está liberado: queda en "
               "espera hasta la firma de conformidad de las muestras (sample sign-off) por Sofía Benítez, Jefa de "
               "Ingeniería, y la liberación escrita de Diego Ferreyra, Gerente de Operaciones."),
         ("p", "Martín Aguirre — Compras"),
     ], title="PI-OC-2024-0185", author="Pampa Implementos Compras")),
      ("ECN-2024-014.txt", D("""
      PAMPA IMPLEMENTOS S.A. - INGENIERIA
      ENGINEERING CHANGE NOTICE / AVISO DE CAMBIO DE INGENIERIA    ECN-2024-014
      --------------------------------------------------------------------------
      Part       : PI-2290  PTO yoke 1 3/8" Z6
      Supplier   : Officine Meccaniche Bassano S.r.l.
      PO         : PI-OC-2024-0185
      Affected quantity: 25 samples
      Change     : cross-hole dia 10.0 -> 10.5 mm (clearance for new quick-release
                   pin), chamfer 1x45 added. Drawing rev B -> rev C.
      Reason     : field feedback PA-3000 prototype, pin seizure at -5 C.
      --------------------------------------------------------------------------
      DISPOSITION:  APPROVED  -  PROCEED
      Signed: Sofía Benítez, Jefa de Ingeniería                 Date: 09/04/2024
      """))])

# p25 — supplier status: pig iron and cores ordered for all 1.200 (12 released); "after your sample approval we
# continue directly with the series".
case("p25_supplier_status_material_and_continue", ["RG006", "RG007"],
     "supplier ordered pig iron and cores for 1.200 while 12 samples released, and will continue directly with the "
     "series after sample approval",
     [("PO_4410-0109_status_wk16.eml", eml_bytes(mail(
         '"Emre Yıldız" <emre.yildiz@anadoludokum.com.tr>', '"Rafael Bortolini" <compras@irrigasul.com.br>',
         "PO 4410-0109 PH-80 - status week 16",
         "Mon, 15 Apr 2024 09:05:00 +0300",
         _p25_txt := D("""
         Dear Rafael,

         Short status for your PO 4410-0109 (pump housing PH-80, GJL-250):

         - The 12 sample housings are machined and pressure tested, dispatch on Thursday by DHL.
         - To keep your harvest window, we have already ordered the pig iron and the sand cores for all 1.200
           housings. Only the 12 samples are released by your PO, we know, but the pig iron price goes up in
           May and our foundry is full in June.
         - After your sample approval we continue directly with the series, so the first container can leave
           Mersin end of June.

         Please send us your feedback on the samples as soon as possible.

         Kind regards,
         Emre
         """) + sig("Emre Yıldız", "Export Sales Engineer",
                    "Anadolu Döküm Sanayi ve Ticaret A.Ş., Konya OSB, Türkiye", "+90 332 248 11 60"),
         html=paras(_p25_txt))))])

# p26 — voice note: raw material bought for the full 2,000 while PO is 20 samples.
case("p26_voice_note_raw_material_full_qty", ["RG006"],
     "supplier voice note: PO is 20 samples, but raw material for the full 2,000 already bought because prices rise",
     [("voice_note_Bhavesh_2504.txt", D("""
     WhatsApp voice message - transcript (auto, hi-IN/en-IN)
     From   : Bhavesh Mehta (Rajkot Precision Castings)
     To     : Rohit Kulkarni (Sahyadri Agro)
     Date   : 25/04/2024 19:41   Duration: 0:58

     "Rohit sir namaskar, Bhavesh bol raha hoon Rajkot se. Sir woh GH-16 gearbox housing ke liye aapne 20
     pieces sample ka hi PO diya hai, woh hum bana rahe hain, next week dispatch ho jayega. Ek baat batana tha
     sir, pig iron aur ferro-silicon ka rate badh raha hai, toh humne poore 2,000 pieces ka raw material le
     liya hai, already godown mein aa gaya hai. Balance ka release jab aayega tab turant casting start kar
     denge. Okay sir, thank you."

     [English summary, auto-generated]
     The PO is for 20 sample pieces only; they are being made and ship next week. Because pig iron and
     ferro-silicon prices are rising, raw material for the full 2,000 pieces has been bought and is already in
     the warehouse. Casting of the balance will start as soon as the release for it comes.
     """))])

# p27 — call-off: 500 released; "forecast 2,000 ... as good as an order ... keep castings for the full 2,000".
case("p27_calloff_forecast_as_order_stock_castings", ["RG006", "RG008"],
     "call-off releases 500 (balance to Deb Hollis' call-off) but calls the 2,000 forecast 'as good as an order' and "
     "asks to keep castings for all 2,000",
     [("MVG-7760_Call-off_1.docx", docx_bytes([
         ("h1", "Murray Valley Grain Co-operative Ltd"),
         ("p", "112 Ogilvie Avenue, Echuca VIC 3564, Australia"),
         ("h", "Call-off No. 1 — PO MVG-7760 — Slide gate assembly SGA-300"),
         ("p", "To: Rajkot Precision Castings Pvt. Ltd., attn. Mr. Hitesh Patel — Date: 14 May 2024"),
         ("table", [["Item", "Released now", "Delivery"],
                    ["SGA-300 slide gate assembly, ductile iron frame, zinc plated slide, drg MVG-D-300 rev 1",
                     "500", "CIF Melbourne, ETA 31 July 2024"]]),
         ("p", "Balance: anything beyond these 500 is not released. Each further quantity needs a call-off signed by "
               "Deb Hollis, General Manager, after the first 500 are fitted at our Kyabram site."),
         ("p", "Our dealer forecast for the year is 2,000 assemblies, and you can treat it as good as an order. "
               "Please keep the frame castings poured and in stock for the full 2,000, so you can ship within a "
               "week of each call-off."),
         ("p", "Cheers,"),
         ("p", "Tom Fraser, Procurement Officer"),
     ], author="Tom Fraser"))])

# p28 — supplier order acknowledgement: series starts automatically upon approval of the pilot lot.
case("p28_supplier_oa_series_starts_automatically", ["RG007"],
     "supplier OA for a 30 pcs pilot lot says series production starts automatically upon pilot approval; no "
     "further document needed",
     [("OA-24-0911.pdf", pdf([
         ("h1", "GALIL DRIPTECH LTD."),
         ("p", "7 Hataasia St., Karmiel 2165102, Israel  |  VAT 514477201"),
         ("h", "ORDER ACKNOWLEDGEMENT  OA-24-0911"),
         ("table", [["Customer", "Cooperativa Agroindustrial Vale do Taquari - COTAQUARI, Lajeado RS, Brazil"],
                    ["Customer PO", "000758 dated 06.05.2024"],
                    ["Date", "08.05.2024"],
                    ["Incoterms", "FCA Tel Aviv (air)"]]),
         ("sp",),
         ("table", [["Pos", "Item", "Description", "Qty", "Unit USD"],
                    ["10", "PCB-4-BK", "Button dripper 4 l/h, pressure compensating - pilot lot", "30", "2.20"]]),
         ("sp",),
         ("p", "Dispatch of the pilot lot: week 21."),
         ("p", "Production note: upon your approval of the pilot lot, production of the series will start "
               "automatically (lead time 4 weeks), so that the goods arrive in Rio Grande before the planting "
               "season. No further document is needed from your side."),
         ("p", "Noa Peretz, Production Planning"),
     ], title="OA-24-0911", author="Noa Peretz"))])

# p29 — buyer e-mail contradicts the attached PO's written-release requirement.
_p29_po = pdf([
    ("h1", "AgroRiego Murcia S. Coop."),
    ("p", "Ctra. de Alicante km 7, 30007 Murcia, España"),
    ("h", "PEDIDO DE COMPRA Nº PC-2024/0326"),
    ("table", [["Proveedor", "Coimbatore Polymers & Emitters Pvt. Ltd., Coimbatore, India"], ["Fecha", "06/05/2024"],
               ["Oferta", "CPE/Q/131"]]),
    ("sp",),
    ("table", [["Pos.", "Ref.", "Descripción", "Cantidad", "Precio (EUR)"],
               ["1", "DF-112-130", "Carcasa filtro de anillas 1 1/2\" / disc filter housing, 130 micron - muestras",
                "12", "11,90"]]),
    ("sp",),
    ("p", "Muestras: doce (12) unidades. Serie 1.188 uds: NO liberada, en espera hasta la firma de la prueba de "
          "rotura (10 bar) y la liberación escrita de Carmen Ruiz, Gerente."),
    ("p", "Antonio Sánchez Martínez — Técnico de Compras"),
], title="PC-2024/0326", author="AgroRiego Compras")
case("p29_buyer_between_us_continue_directly", ["RG007"],
     "PO requires burst-test sign-off + Carmen Ruiz's written release; buyer e-mail: if samples OK for our "
     "technician, continue directly with the 1.188, no need to wait",
     [("Pedido_PC-2024-0326.eml", eml_bytes(mail(
         '"Antonio Sánchez Martínez" <compras@agroriegomurcia.es>',
         '"S. Karthikeyan" <karthikeyan@cpe-emitters.in>',
         "PC-2024/0326 - disc filter housing - pedido adjunto",
         "Mon, 06 May 2024 18:15:00 +0200",
         D("""
         Hola Karthik,

         Attached our order PC-2024/0326 for the 12 samples of the disc filter housing.

         Between us, to save time: if the 12 samples are OK for our technician José at the burst test, you can
         continue directly with the 1.188 series units, no need to wait for Carmen's paper. The season in
         Murcia starts in September and we cannot lose weeks.

         Un saludo,
         Antonio
         """),
         attachments=[("PC-2024-0326.pdf", _p29_po, PDF_MT)])))])

# p30 — chat: buyer waives her own written-release rule: once the agronomist confirms, proceed with the balance.
case("p30_chat_once_agronomist_confirms_proceed", ["RG007"],
     "chat: 25 pilot discs, 575 need Otieno's written release after trial sign-off; buyer then says once the "
     "agronomist confirms, just proceed with the balance",
     [("WhatsApp_Chat_Amy_Liu.txt", D("""
     [15/05/2024, 10:02] Wanjiru Kamau: Amy good morning. Reminder: PO KBF/PO/2024/0179 is 25 pilot discs only. The remaining 575 are not released. Release comes from Mr. Otieno in writing after the field trial is signed off
     [15/05/2024, 10:05] Amy Liu Jinhe: Good morning madam, yes understood. But sowing season is close, if we wait for the letter the discs arrive late 😟
     [15/05/2024, 10:19] Wanjiru Kamau: Sawa. Ok to save time: once Dr. Njeri our agronomist confirms the pilot discs are fine in the field, just proceed with the balance. No need to wait for the letter from Mr. Otieno
     [15/05/2024, 10:20] Amy Liu Jinhe: Great, thank you madam 🙏 we will prepare
     """))])

# p31 — supplier quote (DOCX): "after sample approval, mass production starts automatically".
case("p31_supplier_quote_auto_mass_production", ["RG007"],
     "supplier quotation terms: after sample approval mass production starts automatically",
     [("Quotation_NH-Q-24-0402.docx", docx_bytes([
         ("h1", "Ningbo Huatian Plastic Mould Co., Ltd."),
         ("p", "No. 88 Xingye Road, Yuyao, Ningbo, Zhejiang, China · sales@nbhuatian.com"),
         ("h", "QUOTATION NH-Q-24-0402"),
         ("p", "To: AgroRiego Murcia S. Coop., attn. Mr. Antonio Sánchez — Date: 8 April 2024"),
         ("table", [["Item", "Description", "Qty", "Unit price USD"],
                    ["1", "Lay-flat hose connector LF-50 x 20 mm, PP, samples", "20 pcs", "3.50"],
                    ["2", "Lay-flat hose connector LF-50 x 20 mm, PP, mass production", "5,000 pcs", "0.58"]]),
         ("p", "Terms:"),
         ("num", "Price FOB Ningbo."),
         ("num", "Payment: T/T 30% with PO, 70% before shipment."),
         ("num", "Sample lead time: 20 days."),
         ("num", "After sample approval, mass production starts automatically; lead time 25 days counted from the "
                 "date of sample approval."),
         ("num", "Validity: 30 days."),
         ("p", "Kevin Zhang, Sales Manager"),
     ], author="Kevin Zhang"))])

# p32 — buyer: "treat the forecast as our firm order"; HTML forecast attached.
_p32_fc = html_page("Dealer forecast 24/25", "<h2>Riverina Irrigation Supplies - dealer forecast 24/25</h2>\n" +
                    tbl([["SKU", "Description", "Qty (kits)"],
                         ["DK-16-25", "Drip kit 25 m, 16 mm, 30 cm spacing", "2,200"],
                         ["DK-16-50", "Drip kit 50 m", "1,800"],
                         ["VK-12", "Veggie bed kit 12 outlets", "1,200"],
                         ["TK-8", "Tree kit 8 outlets", "800"],
                         ["Total", "", "6,000"]]) + "\n<p>Prepared 10/06/2024, S. McAllister</p>\n")
case("p32_buyer_forecast_as_firm_order", ["RG008"],
     "buyer sends the dealer forecast (6,000 kits) and asks the supplier to treat it as the firm order",
     [("24-25_season_numbers.eml", eml_bytes(mail(
         '"Shane McAllister" <shane.mcallister@riverinairrigation.com.au>',
         '"Yossi Ben-David" <yossi@galildriptech.co.il>',
         "24/25 season - our numbers",
         "Mon, 10 Jun 2024 16:31:00 +1000",
         D("""
         Hi Yossi,

         Attached is our dealer forecast for the 24/25 season, all four kit SKUs, total 6,000 kits.

         Please treat the forecast as our firm order and book your capacity on it. We don't want a repeat of
         last October when we ran dry three weeks before Melbourne Cup.

         Cheers,
         Shane
         """) + sig("Shane McAllister", "Purchasing", "Riverina Irrigation Supplies Pty Ltd, Griffith NSW",
                    "+61 2 6962 4410"),
         attachments=[("dealer_forecast_24-25.html", _p32_fc, HTML_MT)])))])

# p33 — supplier order confirmation: "your firm order of 2.400 ... as per your forecast e-mail".
case("p33_supplier_oc_forecast_as_firm", ["RG008"],
     "supplier order confirmation confirms a 'firm order of 2.400' as per the buyer's forecast e-mail",
     [("OC-24-118_Anadolu.pdf", pdf([
         ("h1", "ANADOLU DOKUM SAN. VE TIC. A.S."),
         ("p", "Konya Organize Sanayi Bolgesi, 42300 Selcuklu / Konya, Turkiye  |  +90 332 248 11 60"),
         ("h", "ORDER CONFIRMATION  OC-24-118"),
         ("table", [["Customer", "AgroRiego Murcia S. Coop., Murcia, Spain"], ["Date", "11.03.2024"],
                    ["Reference", "your e-mail of 04.03.2024 (forecast season 2024)"],
                    ["Incoterms", "FCA Konya"]]),
         ("sp",),
         ("p", "We confirm with thanks your firm order of 2.400 pump housings PH-100 (GJS-500-7) as per your "
               "forecast e-mail dated 04.03.2024."),
         ("table", [["Delivery", "Quantity", "Unit price EUR"],
                    ["April 2024", "600", "92,00"], ["May 2024", "600", "92,00"], ["June 2024", "600", "92,00"],
                    ["July 2024", "600", "92,00"], ["Total", "2.400", ""]]),
         ("p", "Payment: 30 days after invoice. Packing: 12 pcs per pallet."),
         ("p", "Emre Yildiz, Export Sales Engineer"),
     ], title="OC-24-118", author="Emre Yildiz"))])

# p34 — rate contract: projected (forecast) quantity "to be treated as firm commitment".
case("p34_rate_contract_projected_as_commitment", ["RG008"],
     "annual rate contract: projected (forecast) 50,000 nos 'shall be treated as a firm commitment'",
     [("ARC-24-25-07.pdf", pdf([
         ("h1", "SAHYADRI AGRO EQUIPMENTS PVT. LTD."),
         ("p", "Gat No. 214, Chakan MIDC Phase II, Pune 410501"),
         ("h", "ANNUAL RATE CONTRACT  ARC/24-25/07"),
         ("table", [["Vendor", "Coimbatore Polymers & Emitters Pvt. Ltd., Coimbatore"],
                    ["Period", "01.04.2024 to 31.03.2025"], ["Date", "28.03.2024"]]),
         ("sp",),
         ("table", [["Item", "Description", "Rate (INR)", "Projected annual qty (forecast)", "UoM"],
                    ["NCS-12", "Sprayer nozzle cap & strainer set, PP, 50 mesh", "18.40", "50,000", "Nos"]]),
         ("sp",),
         ("p", "1. The projected annual quantity of 50,000 Nos. shall be treated as a firm commitment by Sahyadri for "
               "the contract period."),
         ("p", "2. Monthly delivery schedules will be issued by our PPC department."),
         ("p", "3. Rates are firm for the contract period. Freight: FOR Chakan."),
         ("p", "For Sahyadri Agro Equipments Pvt. Ltd. — Ajay Deshpande, GM Operations"),
     ], title="ARC/24-25/07", author="Sahyadri Purchase"))])

# p35 — e-mail: "approved" for samples (technical), rate (commercial) and production.
case("p35_email_approved_three_meanings", ["RG009"],
     "'approved' for the 30 samples (QA), for the revised rate (management) and for production of the 1,470; scope "
     "otherwise complete",
     [("GH-12_samples_and_rate.eml", eml_bytes(mail(
         '"Rohit Kulkarni" <rohit.k@sahyadriagro.in>', '"Hitesh Patel" <hitesh@rajkotprecision.in>',
         "GH-12 gearbox housing - samples and rate",
         "Fri, 10 May 2024 12:40:00 +0530",
         D("""
         Dear Hitesh ji,

         Good news: the 30 samples of GH-12 gearbox housing are approved by our QA (Ms. Sneha Joshi) after the
         field trial.

         Also, your revised rate of Rs 412/- per no. for the balance 1,470 nos. is approved by our management;
         the PO amendment will follow.

         Please note that production of the balance 1,470 nos. is approved only with the written production
         release from Mr. Ajay Deshpande, GM Operations, which we expect next week after the budget review. Till
         then the 1,470 nos. are not released.

         Regards,
         Rohit Kulkarni
         Purchase Executive
         Sahyadri Agro Equipments Pvt. Ltd.
         """), cc='"Sneha Joshi" <qa@sahyadriagro.in>')))])

# p36 — PO: "released" for drawing, PO (SAP) and production.
case("p36_po_released_three_meanings", ["RG009"],
     "'released' used for the drawing (rev C), the PO in SAP and production of 40 pcs; scope otherwise complete",
     [("PI-OC-2024-0221.pdf", pdf([
         ("h1", "PAMPA IMPLEMENTOS S.A."),
         ("p", "Ruta 34 km 4, S2000 Rosario, Santa Fe, Argentina"),
         ("h", "ORDEN DE COMPRA / PURCHASE ORDER  PI-OC-2024-0221"),
         ("table", [["Proveedor", "Qingdao Jinhe Agricultural Machinery Parts Co., Ltd., Qingdao, China"],
                    ["Fecha", "04/03/2024"], ["Oferta", "QJ-24-0120"], ["Incoterm", "FOB Qingdao"]]),
         ("sp",),
         ("table", [["Línea", "Código", "Descripción", "Cantidad", "Precio USD"],
                    ["10", "PI-2231", "Disco dentado 24\" x 5 mm, 65Mn, plano PI-2231 rev C - lote de muestra", "40",
                     "26,50"]]),
         ("sp",),
         ("p", "Drawing PI-2231 Rev C released by Engineering (ECN-2024-011)."),
         ("p", "PO released in SAP on 04/03/2024 (pedido liberado)."),
         ("p", "Production release: 40 pcs sample lot only. The balance of 760 pcs of offer QJ-24-0120 is not released "
               "until the FAI is signed off by Sofía Benítez, Jefa de Ingeniería, and Diego Ferreyra, Gerente de "
               "Operaciones, sends the written release."),
         ("p", "Martín Aguirre — Compras"),
     ], title="PI-OC-2024-0221", author="Pampa Implementos Compras"))])

# p37 — status letter: technical "APPROVED", commercial "APPROVED", production "approval" pending.
case("p37_status_table_approval_three_kinds", ["RG009"],
     "status letter uses 'approval/APPROVED' for technical, commercial and production; 30 pilot authorized, 2,970 "
     "on hold to Weber's release",
     [("Status_PO_000766.docx", docx_bytes([
         ("h1", "COTAQUARI — Suprimentos"),
         ("p", "Lajeado, 9 de maio de 2024"),
         ("p", "To: Galil DripTech Ltd., attn. Mr. Yossi Ben-David"),
         ("h", "Assunto: PO 000766 — status de aprovação / approval status"),
         ("p", "Dear Yossi, below the status of our order 000766 (PCB-4 button dripper 4 l/h)."),
         ("table", [["Tipo / type", "Status", "Observação"],
                    ["Aprovação técnica / technical approval", "APPROVED ✔",
                     "30 pilot drippers OK in the field trial at Estrela (report AGR-24-17)"],
                    ["Aprovação comercial / commercial approval", "APPROVED ✔",
                     "price list 2024/25 accepted by the board"],
                    ["Aprovação de produção / production approval", "PENDING", "2,970 pcs not released"]]),
         ("p", "Authorized so far: the 30 pilot drippers of PO 000766 only. The 2,970 pcs stay on hold until Carlos "
               "Henrique Weber, Gerente Industrial, signs the written production release after the board meeting of "
               "15 May."),
         ("p", "Abraços,"),
         ("p", "Juliana Schmitt — Suprimentos"),
     ], author="Juliana Schmitt"))])

# p38 — ERP PO: sample qty "TBC", "please start sample casting immediately"; balance hold complete.
case("p38_erp_sample_qty_tbc", ["RG010"],
     "ERP PO tells supplier to start sample casting with quantity 'TBC'; balance 2,400 on hold to sign-off and "
     "Ajay Deshpande's written release",
     [("SAE-PO-24-25-0440.txt", D("""
     SAHYADRI AGRO EQUIPMENTS PVT LTD                               PAGE 1 OF 1
     GAT NO 214 CHAKAN MIDC PH-II PUNE 410501           GSTIN 27AACCS4471K1Z3
     ==========================================================================
     PURCHASE ORDER : SAE/PO/24-25/0440              DATE : 22.04.2024
     VENDOR         : V-2290 ANADOLU DOKUM SAN VE TIC AS, KONYA, TURKEY
     QUOTATION REF  : AD-Q-24-0311 DT 12.04.2024
     TERMS          : CIF NHAVA SHEVA / 100% AGAINST DOCUMENTS
     --------------------------------------------------------------------------
     SR ITEM CODE    DESCRIPTION                         QTY   UOM   RATE USD
     1  PH-80-GJS    PUMP BODY PH-80, GJS-500-7,         TBC   NOS      44.00
                     DRG SAE-D-2318 REV 00 - SAMPLES
     --------------------------------------------------------------------------
     NOTES:
     1. SAMPLE QTY TO BE CONFIRMED BY QA AFTER DRAWING REVIEW.
     2. BALANCE (QUOTED 2,400 NOS) NOT RELEASED - ON HOLD TILL SAMPLE
        SIGN-OFF AND WRITTEN RELEASE BY MR. AJAY DESHPANDE, GM OPS.
     3. PLEASE START SAMPLE CASTING IMMEDIATELY.
     4. MTC EN 10204 3.1 TO ACCOMPANY SAMPLES.
     PREPARED BY: ROHIT KULKARNI                 AUTHORISED SIGNATORY
     ==========================================================================
     """))])

# p39 — letter: "we authorise the manufacture of the first lot" with no quantity.
case("p39_letter_first_lot_no_quantity", ["RG010"],
     "letter authorises 'the first lot' with no quantity; beyond it on hold to install/inspection and Greg "
     "Dunstan's written release",
     [("WGG_authorisation_SC-45.docx", docx_bytes([
         ("h1", "Wimmera Grain Growers Co-operative Ltd"),
         ("p", "18 Firebrace Street, Horsham VIC 3400, Australia · procurement@wimmeragrain.com.au"),
         ("p", "Horsham, 3 June 2024"),
         ("p", "Bursa Tarım Makina Parçaları Ltd. Şti., attn. Mr. Mehmet Kaya, Nilüfer OSB, Bursa, Türkiye"),
         ("h", "Re: SC-45 hopper cones — authorisation to manufacture"),
         ("p", "Dear Mehmet,"),
         ("p", "Further to our meeting at the Dubbo field days, we authorise you to manufacture the first lot of the "
               "SC-45 hopper cones (galvanised, 45° cone, our drawing WGG-SC45 rev 1, 3 mm G450 sheet)."),
         ("p", "Everything beyond the first lot is on hold. The next lot will only be released after the first lot "
               "has been installed at our Horsham site and inspected, by a written release signed by Greg Dunstan, "
               "Operations Manager."),
         ("p", "Shipping: FOB Gemlik, LCL to Melbourne. Please send the proforma invoice to our accounts team."),
         ("p", "Kind regards,"),
         ("p", "Karen Pohlner — Procurement, Wimmera Grain Growers Co-operative"),
     ], author="Karen Pohlner"))])

# p40 — portal sample request: "Quantidade: a definir" and "Autorizado - pode iniciar as amostras".
case("p40_portal_sample_request_qty_undefined", ["RG010"],
     "portal sample request authorizes starting samples with quantity 'a definir'; production on hold to lab "
     "sign-off and Weber's written release",
     [("SR-2024-044_portal.html", html_page("Portal de Fornecedores Cotaquari - SR-2024-044", D("""
     <div style="background:#2e7d32;color:#fff;padding:6px"><b>COTAQUARI</b> &mdash; Portal de Fornecedores</div>
     <h2>Solicitação de amostras / Sample request SR-2024-044</h2>
     """) + tbl([["Campo / field", "Valor / value"],
                 ["Fornecedor / supplier", "Ningbo Huatian Plastic Mould Co., Ltd. (55102)"],
                 ["Item", "CX-25-LT conector inicial 25 mm c/ registro / 25 mm start connector with valve"],
                 ["Quantidade de amostras / sample quantity", "a definir / to be defined"],
                 ["Prazo / lead time", "20 dias / days"],
                 ["Status", "Autorizado - pode iniciar as amostras / Authorized - you may start the samples"],
                 ["Solicitante / requested by", "Juliana Schmitt (Suprimentos)"],
                 ["Data", "14/05/2024"]]) + D("""
     <div class="note">Production quantity (offer NH-Q-24-0377) is not released. It stays on hold until the sample
     sign-off by our agronomy lab and a written release signed by Carlos Henrique Weber, Gerente Industrial.</div>
     <p style="color:#777">Documento gerado pelo sistema &mdash; SRM v4.2</p>
     """)))])

# p41 — DOCX PO: text "doce (12) unidades de muestra", table quantity 10.
case("p41_docx_doce_vs_table_10", ["RG011"],
     "PO text orders doce (12) sample units but the PO table says 10; scope otherwise complete",
     [("Pedido_ACM-PC-0488.docx", docx_bytes([
         ("h1", "Agrícola Castilla Maquinaria S.L."),
         ("p", "Polígono San Cristóbal, C/ Cobalto 22, 47012 Valladolid"),
         ("h", "PEDIDO DE COMPRA ACM-PC-0488"),
         ("p", "Proveedor: Officine Meccaniche Bassano S.r.l. — Att. Sig.ra Giulia Rossi — Fecha: 02/05/2024"),
         ("p", "Les confirmamos el pedido de doce (12) unidades de muestra del soporte de rueda de control de "
               "profundidad para nuestra sembradora SD-600 / depth wheel bracket, plano ACM-D-0612 rev. A."),
         ("table", [["Pos.", "Artículo", "Descripción", "Cantidad", "Precio €/ud"],
                    ["10", "DWB-600", "Soporte rueda control profundidad, S355, galvanizado - muestras", "10",
                     "38,00"]]),
         ("p", "El resto de la oferta OMB-OFF-24-0162 (588 uds) no está liberado. Queda en espera hasta la firma de "
               "conformidad de las muestras por Javier Prieto, Director Técnico, y nuestra liberación escrita, "
               "firmada por Lucía Fernández Ortega."),
         ("p", "Entrega: DAP Valladolid antes del 31/05/2024."),
         ("p", "Lucía Fernández Ortega — Jefa de Compras"),
     ], author="Lucia Fernandez"))])

# p42 — forwarded release (rfc822) of 300; forwarder says "as per the release below, ship the 350".
_p42_rel = mail('"Diego Ferreyra" <dferreyra@pampaimplementos.com.ar>', '"Amy Liu" <amy.liu@jinhe-agri.com>',
                "Release No. 1 - PO PI-OC-2024-0214 - notched discs 26\"", "Fri, 03 May 2024 15:20:00 -0300",
                D("""
                Dear Amy,

                Following the sample sign-off of 2 May, I release 300 (three hundred) notched discs 26" under PO
                PI-OC-2024-0214 for production.

                The balance of 2,700 discs is not released. It needs release No. 2, which I will sign only after
                our harvest review in June.

                Regards,
                Diego Ferreyra
                Gerente de Operaciones - Pampa Implementos S.A.
                """))
case("p42_forwarded_release_300_vs_350", ["RG011"],
     "forwarded release says 300 discs; the forwarding note says 'as per the release below' ship 350",
     [("Fwd_Release_No1_PI-OC-2024-0214.eml", eml_bytes(mail(
         '"Diego Ferreyra" <dferreyra@pampaimplementos.com.ar>', '"Amy Liu" <amy.liu@jinhe-agri.com>',
         "Fwd: Release No. 1 - PO PI-OC-2024-0214 - notched discs 26\"",
         "Mon, 13 May 2024 08:05:00 -0300",
         D("""
         Amy,

         As per the release below, please ship the 350 discs by the 20th. The truck from Buenos Aires port is
         already booked.

         Regards,
         Diego
         """), cc='"Martín Aguirre" <compras@pampaimplementos.com.ar>',
         attachments=[("rfc822", _p42_rel)])))])

# p43 — HTML call-off: table 800, text "eight hundred and fifty (850)".
case("p43_calloff_table_800_text_850", ["RG011"],
     "call-off table releases 800, text releases eight hundred and fifty (850); balance and release person stated",
     [("Call-off_2_RIS-45-1215.html", html_page("Call-off 2 - PO RIS-45-1215", D("""
     <h2>Riverina Irrigation Supplies Pty Ltd &mdash; Call-off 2</h2>
     <p>To: Galil DripTech Ltd &middot; PO RIS-45-1215 &middot; PCJ-20-BL PC dripper 2.0 l/h &middot; 19 August 2024</p>
     """) + tbl([["Item", "Qty released", "Ship", "Incoterm"],
                 ["PCJ-20-BL", "800", "week 36", "FOB Haifa"]]) + D("""
     <p>This call-off releases eight hundred and fifty (850) units of PCJ 2.0 l/h for production and shipment.</p>
     <p>The balance of 1,650 of the 2,500 on the PO is not released until call-off 3, signed by Kylie Bennett,
     Operations Manager, after our October dealer stock count.</p>
     <p>Shane McAllister, Purchasing &middot; signed for release: Kylie Bennett</p>
     """)))])

# p44 — finance e-mail: deposit paid, so start production; attached PO is fully scoped.
_p44_po = pdf([
    ("h1", "KILIMO BORA FARMERS' CO-OPERATIVE SOCIETY LTD"),
    ("h", "IMPORT PURCHASE ORDER No. KBF/PO/2024/0166"),
    ("table", [["Supplier", "Ningbo Huatian Plastic Mould Co., Ltd"], ["Date", "08 April 2024"],
               ["Quotation", "NH-Q-24-0291"], ["Terms", "FOB Ningbo"]]),
    ("sp",),
    ("table", [["No", "Description", "Qty", "Unit", "Unit price USD"],
               ["1", "DK-16 drip connector kit - samples for field trial", "50", "kits", "2.10"]]),
    ("sp",),
    ("p", "Scope: 50 sample kits only. The remaining 11,950 kits of quotation NH-Q-24-0291 are not released. They "
          "stay on hold until the field trial is signed off by Dr. Njeri Mwangi, Agronomist, and Mr. Joseph Otieno, "
          "Chairman, Procurement Committee, sends a written release."),
    ("p", "Prepared by: Wanjiru Kamau, Procurement Officer"),
], title="KBF/PO/2024/0166", author="Kilimo Bora Procurement")
case("p44_finance_deposit_paid_start_production", ["RG012"],
     "finance officer: deposit paid, so start production of the season order; attached PO keeps the 11,950 on hold "
     "to sign-off and Otieno's release",
     [("Deposit_remittance_DK-16.eml", eml_bytes(mail(
         '"Peter Kiprono" <finance@kilimobora.co.ke>', '"Kevin Zhang" <kevin.zhang@nbhuatian.com>',
         "Deposit remittance - season order DK-16 kits",
         "Thu, 18 Apr 2024 11:50:00 +0300",
         D("""
         Dear Kevin,

         We have today remitted the 30% deposit of USD 1,368.00 for the season order of DK-16 kits through KCB
         (ref. KCB/TT/240418/0112). Kindly confirm receipt.

         Since the deposit is now paid, kindly start production of the season order so that we receive the kits
         before the short rains.

         Our PO is attached for your reference.

         Regards,
         Peter Kiprono
         Finance Officer
         Kilimo Bora Farmers' Co-operative Society Ltd, Nakuru
         """), cc='"Wanjiru Kamau" <procurement@kilimobora.co.ke>',
         attachments=[("KBF-PO-2024-0166.pdf", _p44_po, PDF_MT)])))])

# p45 — chat: LC opened, "so with the LC in place you can start the production of the balance".
case("p45_chat_lc_opened_start_balance", ["RG012"],
     "chat: 60 samples, 2,940 on hold to field-test sign-off and Diego's release; later the opened LC is given as "
     "the reason to start the balance",
     [("WhatsApp_Chat_Amy_Jinhe.txt", D("""
     [08/04/24 09:12] Martín Aguirre: Hola Amy! PO PI-OC-2024-0219 sent: 60 sample discs only, for the field test in Pergamino
     [08/04/24 09:13] Martín Aguirre: the other 2,940 are not released until the field test is signed off and Diego Ferreyra sends the written release
     [08/04/24 09:30] Amy Liu Jinhe: Dear Martin, well received 👍
     [29/04/24 17:45] Martín Aguirre: Amy, good news, the LC for the season was opened today at Banco Nación 🙌
     [29/04/24 17:46] Martín Aguirre: so with the LC in place you can start the production of the balance
     [29/04/24 18:02] Amy Liu Jinhe: Great!! We start tomorrow 💪
     """))])


# =================================================================== WRITE
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _formats_of(files):
    """formats in a case: top-level file extensions plus the formats of e-mail attachments"""
    fm = set()
    for fn, data in files:
        ext = Path(fn).suffix.lower().lstrip(".")
        fm.add(ext)
        if ext == "eml":
            from email import message_from_bytes
            msg = message_from_bytes(enc(data), policy=policy.default)
            for part in msg.walk():
                ct = part.get_content_type()
                if part.get_content_disposition() == "attachment" or ct == "message/rfc822":
                    name = (part.get_filename() or "").lower()
                    if ct == "message/rfc822":
                        fm.add("eml")
                    elif name.endswith(".pdf"):
                        fm.add("pdf")
                    elif name.endswith(".docx"):
                        fm.add("docx")
                    elif name.endswith(".html"):
                        fm.add("html")
                    elif name.endswith(".txt"):
                        fm.add("txt")
    return fm


def main():
    assert len(CASES) == 70, len(CASES)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names)
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["name"].startswith("c") == (c["expect"] == []), c["name"]
    order = list(range(len(CASES)))
    random.Random(5858).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    mapping = {}
    for pos, idx in enumerate(order, start=1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h58_{pos:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(enc(data))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping[folder] = c["name"]
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary (printed only; the descriptive names stay in this script)
    counts = {r: sum(r in c["expect"] for c in CASES) for r in RULES}
    clean = sum(not c["expect"] for c in CASES)
    multi = sum(len(c["expect"]) > 1 for c in CASES)
    print(f"cases {len(CASES)}  clean {clean}  with risks {len(CASES) - clean}  multi-rule {multi}")
    for r in RULES:
        print(f"  {r}: {counts[r]}")
    top = {}
    has = {}
    for c in CASES:
        for fn, _ in c["files"]:
            ext = Path(fn).suffix.lower().lstrip(".")
            top[ext] = top.get(ext, 0) + 1
        for f in _formats_of(c["files"]):
            has[f] = has.get(f, 0) + 1
    print("formats (top-level files / cases containing):")
    for f in sorted(top):
        print(f"  {f}: {top[f]} / {has.get(f, 0)}")
    print("multi-file cases:", sum(len(c["files"]) > 1 for c in CASES))


if __name__ == "__main__":
    main()
