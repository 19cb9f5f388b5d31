#!/usr/bin/env python3
"""Generator for the releasegate check_holdout12 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout12/build.py

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
    m["Message-ID"] = msgid or f"<h12-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h12")
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

# ------------------------------------------------------------------ helpers (holdout12)
from textwrap import dedent  # noqa: E402


def T(s):
    """Dedent a triple-quoted block and normalise its ends."""
    return dedent(s).strip("\n") + "\n"


def quote(s, mark="> "):
    out = []
    for line in s.rstrip("\n").split("\n"):
        out.append((mark + line) if line.strip() else mark.rstrip())
    return "\n".join(out) + "\n"


def para_html(text):
    """Plain text -> simple HTML paragraphs (for multipart/alternative bodies)."""
    blocks = [b for b in text.strip("\n").split("\n\n")]
    out = []
    for b in blocks:
        if all(l.startswith(">") for l in b.split("\n") if l.strip()):
            inner = "<br>\n".join(escape(l.lstrip("> ").rstrip()) for l in b.split("\n"))
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(l) for l in b.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


TXT_MT = "text/plain"
HTML_MT = "text/html"

# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (Taiwanese optics) -> clean
case("c01_quote_tiers", [], "supplier quote with a sample tier and two production price tiers; no authorization in the bundle", [
    ("FPO-Q-24-0417_quotation.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", "Formosa Precision Optics Co., Ltd. | No. 88, Jingke 3rd Rd., Nantun Dist., Taichung 408, Taiwan"),
        ("p", "Quotation No.: FPO-Q-24-0417    Date: 2024-04-17    Validity: 60 days"),
        ("p", "To: Mr. Eero Salminen, Sourcing Engineer, Revontuli Instruments Oy, Oulu, Finland"),
        ("p", "Item: Aspheric condenser lens AL-2520-B, diameter 25 mm, EFL 20 mm, N-BK7, broadband AR "
              "coating 400-700 nm (Ravg < 0.5 %). Customer drawing RI-3000-14 Rev 7. Surface form per "
              "ISO 10110-5, 3/1(0.5); scratch-dig 40-20."),
        ("table", [
            ["Tier", "Quantity", "Unit price (USD)", "Lead time"],
            ["Samples (pilot)", "20 pcs", "48.00", "3 weeks after PO"],
            ["Production tier A", "5,000 pcs", "6.80", "8 weeks after production release"],
            ["Production tier B", "20,000 pcs", "5.95", "10 weeks after production release"],
        ]),
        ("sp",),
        ("h", "Notes"),
        ("p", "1. The sample tier includes an interferometer report for each lens and the measured coating curve."),
        ("p", "2. Production tiers are price levels only. We manufacture production quantities only against "
              "your purchase order and your written production release for the stated quantity."),
        ("p", "3. One-time NRE for the centring and coating fixtures: USD 650.00."),
        ("p", "4. Payment T/T 30 days after invoice. Incoterms 2020 FCA Taichung. Prices exclude bank charges."),
        ("sp",),
        ("p", "Best regards,"),
        ("p", "Vivian Chen, Sales Manager - Europe, Formosa Precision Optics Co., Ltd., +886 4 2359 0417"),
    ], title="Quotation FPO-Q-24-0417", author="Vivian Chen")),
])

# c02 supplier's question about the balance; no authorization -> clean
_m = mail("Rowena Bautista <rowena.bautista@visayasplastics.ph>", "Jenna MacLeod <jmacleod@mapleblocks.ca>",
          "RE: MR-480 marble run - pre-production sets ready / question on balance",
          "Wed, 15 May 2024 16:05:00 +0800", T("""
Hi Jenna,

Good day! Hope you and the team are well.

The 120 pre-production sets of the marble run (SKU MR-480, colourway "Lagoon") passed our
in-house drop test (1.0 m, 10 drops per set, no cracks on the ABS track joints) and are packed
for pick-up on Thursday. The drop test report and the packing list will follow in a separate
e-mail once QA signs them.

Quick question po: do we have your go-ahead for the bal. 480 sets, or should we wait?
Per your PO the balance is on hold, so we will not start moulding or buy resin for the 480
until we receive your written release. I am only asking so I can plan the press schedule
for June (the 250-ton Engel is filling up fast).

Thank you and God bless!
""") + sig("Rowena Bautista", "Customer Service Lead", "Visayas Precision Plastics Inc., Mandaue City, Cebu",
           "+63 32 345 0480"))
case("c02_mr480_question", [], "supplier asks whether the 480 balance has a go-ahead and says it will wait for a written release; a question authorizes nothing", [
    ("MR-480_preproduction_sets.eml", eml_bytes(_m)),
])

# c03 labelled rolling forecast (Swedish) -> clean
case("c03_prognos", [], "rolling forecast clearly labelled as not an order and without production or material authority", [
    ("prognos_HM250_2024-06.docx", docx_bytes([
        ("h1", "Rolling forecast / Prognos - hub motor HM-250"),
        ("p", "Cykelfabriken Nord AB, Inköp, Gothenburg - issued 3 June 2024 to Chang Hua Drive Co., Ltd."),
        ("p", "FORECAST - NOT A PURCHASE ORDER. This forecast is for capacity planning only. It is not an "
              "order, does not commit Cykelfabriken Nord AB to any quantity and gives no production or "
              "material authority. Quantities are ordered only by purchase order and released for "
              "production only by a written production release."),
        ("table", [
            ["Month", "Forecast qty (units)", "Status"],
            ["2024-07", "600", "forecast"],
            ["2024-08", "650", "forecast"],
            ["2024-09", "900", "forecast"],
            ["2024-10", "900", "forecast"],
            ["2024-11", "400", "forecast"],
            ["2024-12", "250", "forecast"],
        ]),
        ("p", "Total forecast Jul-Dec: 3 700 units (summan är en prognos, inte en beställning)."),
        ("p", "Questions to Elin Bergström, Inköpare, +46 31 704 22 10."),
    ], author="Elin Bergström")),
])

# c04 scoped acceptance of samples for fit check only (Chilean solar) -> clean
_prev = T("""
Dear Tomás,

Attached the pull-out test report for the 20 sample brackets SB-45-2 tested in our lab
(average 14.6 kN, min 13.9 kN). Please let us know the result of your fit check on site.

Best regards,
Li Na
Jiangsu Helio Mounting Co., Ltd.
""")
_m = mail("Tomás Rivas <trivas@andessolar.cl>", "Li Na <lina@heliomount.cn>",
          "RE: SB-45-2 sample brackets - pull-out report", "Mon, 20 May 2024 11:40:00 -0400", T("""
Hola Li Na,

Thanks for the fast turnaround on the pull-out report.

Result: the 20 sample brackets (PN SB-45-2) are accepted for fit check only. We mounted them on
the pile heads at Pozo Almonte last week and the clamp geometry fits the C-channel without shims.

Production is NOT released. The balance of 2,380 brackets from your quotation stays on hold.
It will be released only after the field trial sign-off (wind-load report due end of June) and a
written production release from me. Please do not buy steel for the balance yet: material
authority stays sample-only.

Saludos,
Tomás Rivas
Jefe de Compras / Head of Purchasing
Andes Solar SpA, Av. Apoquindo 4501, Las Condes, Santiago
+56 2 2940 1180

""") + "On Fri, 17 May 2024 at 09:12, Li Na <lina@heliomount.cn> wrote:\n" + quote(_prev),
          in_reply_to="<h12-sb452@heliomount.cn>")
case("c04_SB-45-2_fitcheck", [], "samples accepted for fit check only; balance 2,380 explicitly on hold until field-trial sign-off and written release by the signer", [
    ("SB-45-2_fitcheck.eml", eml_bytes(_m)),
])

# c05 full-quantity PO that says proceed (Canadian mine ERP printout) -> clean
case("c05_PO_7731204", [], "full-quantity PO for 12 liners, 'proceed with all 12', no sample and no balance; drawing and ASTM numbers look like quantities", [
    ("PO_7731204.txt", T("""
PORCUPINE NORTH MINING LTD.                                     PURCHASE ORDER
Timmins Operations - Supply Chain                               PAGE 1 OF 1
4 Mine Road, South Porcupine ON  P0N 1H0  CANADA
--------------------------------------------------------------------------------
PO NUMBER : 7731204           ORDER DATE : 2024-05-06     CURRENCY : CAD
SUPPLIER  : 100452 FUNDICION ANDINA S.A. - SANTIAGO, CHILE
SHIP TO   : MILL WAREHOUSE W-12, DOCK 3            INCOTERMS: DAP TIMMINS
BUYER     : R. TREMBLAY  705-235-1200 X 2500
--------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                       QTY  UOM  UNIT PRICE   EXTENDED
--  --------------  -------------------------------  ----  ---  ----------  ---------
10  SAG-LNR-2500    SHELL LINER PLATE CR-MO, SAG #2    12  EA     3,480.00  41,760.00
                    DWG PN-2500-1200 REV 14
                    ASTM A532 CL II TYPE B, HB 600 MIN
--------------------------------------------------------------------------------
                                                      ORDER TOTAL CAD  41,760.00

NOTES:
  PROCEED WITH ALL 12 PIECES. THIS ORDER COVERS THE FULL REQUIREMENT FOR THE
  JULY SHUTDOWN - NO SAMPLES, NO BALANCE, NO FURTHER RELEASES EXPECTED.
  MATERIAL CERTS EN 10204 3.1 AND UT REPORT TO SHIP WITH THE PARTS.
  DELIVERY REQUIRED BY 2024-07-02. CALL DOCK 3 24H BEFORE ARRIVAL.

TERMS: NET 45. PNM GENERAL PURCHASE TERMS REV 2019-03 APPLY.
  AUTHORIZED BY: R. TREMBLAY, MAINTENANCE PROCUREMENT LEAD
""")),
])

# c06 explicit recorded auto-conversion (Finnish kitchen appliances) -> clean
case("c06_KL-IH60_sample_order", [], "explicit recorded auto-conversion naming the quantity (490), the signer, the condition and the date limit", [
    ("KL-IH60_sample_order.pdf", pdf([
        ("h1", "Sample order and auto-conversion record"),
        ("p", "Kotiliesi Appliances Oy, Hankinta / Procurement, Mukkulankatu 19, 15210 Lahti, Finland"),
        ("p", "Supplier: Zhongshan Lumina Glass Technology Co., Ltd.    PO 8800-4411    Date 8 May 2024"),
        ("p", "Part: induction hob top glass KL-IH60-GL, 590 x 520 x 4 mm, drawing 60-0600 Rev 3."),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Pilot panels (active now)", "10", "released by this PO"],
            ["Balance of quoted production quantity (500)", "490", "not released"],
        ]),
        ("sp",),
        ("p", "1. Active quantity. This PO authorizes the manufacture of 10 pilot panels only."),
        ("p", "2. Balance. The balance of 490 panels is not released by this PO."),
        ("p", "3. Unlock event. The balance can be unlocked only by a sample sign-off of the 10 pilot panels."),
        ("p", "4. Auto-conversion (recorded and agreed by both parties). If Mikko Virtanen, Quality Manager, "
              "records an approved sample sign-off for the 10 pilot panels on or before 30 June 2024, that "
              "sign-off by itself releases 490 panels. It releases no other quantity. If the sign-off is "
              "interim or rejected, or is recorded after 30 June 2024, nothing is released and the balance "
              "needs a written production release from Sari Lehtonen, Purchasing Director."),
        ("p", "5. Material authority: sample-only until the auto-conversion in point 4 takes effect; after "
              "that, material for up to 490 panels."),
        ("sp",),
        ("p", "Signed for Kotiliesi Appliances Oy: Sari Lehtonen, Purchasing Director; Mikko Virtanen, Quality Manager"),
        ("p", "Acknowledged for the supplier: Huang Jun, Sales Director, 10 May 2024"),
    ], title="PO 8800-4411 sample order", author="Sari Lehtonen")),
])

# c07 "deposit does not release production" in a long thread (Chinese glassworks -> Brazilian cosmetics) -> clean
_oldest = T("""
Dear Camila,

Please find our proforma invoice PI-SCG-24-0588 for the moulds and the pre-series.
Deposit 30 % = USD 4,230.00 (30 % of USD 14,100.00). Bank details on page 2.

Best regards,
Amy Zhao
""")
_buyer = T("""
Oi Amy, tudo bem?

Deposit will go out on Monday. For the record, the scope of PO BF-2024-118 (same text as in the PO):

- Active now: 3.000 pre-series bottles, 50 ml frosted flint, DRG BF-050 Rev 2, with the silver
  hot-stamp.
- Programme total 120.000 bottles. The balance of 117.000 bottles is NOT released.
- The balance will be released only after the pre-series sign-off on our filling line in Jundiaí
  and then in writing by me, Camila Rocha, Gerente de Suprimentos.
- Material authority: pre-series only.

Obrigada!
Camila

""") + "Em qui., 16 de mai. de 2024 às 10:02, Amy Zhao <amy.zhao@scglass.cn> escreveu:\n" + quote(_oldest)
_m = mail("Amy Zhao <amy.zhao@scglass.cn>", "Camila Rocha <camila.rocha@belaflor.com.br>",
          "RE: RE: PI-SCG-24-0588 / PO BF-2024-118 deposit", "Tue, 21 May 2024 09:31:00 +0800", T("""
Dear Camila,

Deposit of USD 4,230.00 received today, thank you (obrigada!).

Please note: the deposit does not release production. According to your PO we make only the
3.000 pre-series bottles. The balance of 117.000 bottles stays on hold. We will not book furnace
time or buy decoration inks for it until we receive your written production release after the
pre-series sign-off.

Pre-series plan: moulds T0 on 28 May, production of the 3.000 pcs on 4-5 June, hot-stamping
6-7 June, ETD Qingdao 14 June by LCL. Photos of the mould trial will follow.

Best regards,
Amy Zhao
Export Sales | Shandong Crystal Glass Packaging Co., Ltd.
Tel +86 533 611 0588 | WeChat amyzhao_scg

""") + "On 2024-05-18 02:15, Camila Rocha wrote:\n" + quote(_buyer), in_reply_to="<h12-bf118@belaflor.com.br>")
case("c07_BF-2024-118_deposit", [], "supplier confirms the deposit does not release production; quoted buyer scope has active qty, hold, event and named releaser", [
    ("BF-2024-118_deposit_received.eml", eml_bytes(_m)),
])

# c08 call-off with explicit staged material authority above the released qty (Norwegian e-bike batteries) -> clean
case("c08_calloff_01_PO55-1042", [], "call-off releases 200 packs, explicit staged material authority up to 1,000 packs, balance 800 on hold until call-off no. 2 signed by a named person", [
    ("calloff_01_PO55-1042.pdf", pdf([
        ("h1", "Call-off / Avrop no. 1"),
        ("p", "Fjellsykkel AS, Innkjøp, Drammensveien 130, 0277 Oslo, Norway"),
        ("p", "Supplier: Taiwan PowerCell Technology Co., Ltd., Taoyuan    Under PO 55-1042 (1,000 packs)    Date: 13 May 2024"),
        ("table", [
            ["Item", "Description", "Quantity", "Authority"],
            ["1", "Battery pack FJ-36V-13Ah, frame-integrated, drawing FJ-BP-1300 Rev C", "200", "released for production by this call-off"],
            ["2", "Cells (21700) and BMS boards for the next call-offs", "up to 1,000 packs' worth", "material authority: staged, at Fjellsykkel's liability"],
            ["3", "Balance of PO 55-1042", "800", "not released"],
        ]),
        ("sp",),
        ("p", "Production: build and ship the 200 packs released above. Nothing else is released."),
        ("p", "Material: you may buy and stage cells and BMS boards for up to 1,000 packs in total. "
              "Material above 200 packs may not be built into packs until it is released by a further call-off."),
        ("p", "Balance: the remaining 800 packs are released only by call-off no. 2, issued in writing and "
              "signed by Sindre Bakken, Innkjøpssjef / Head of Procurement."),
        ("p", "UN 38.3 test summary and MSDS to accompany the shipment. Delivery DAP Oslo, week 27."),
        ("sp",),
        ("p", "Signed: Sindre Bakken, Head of Procurement"),
    ], title="Call-off 1 PO 55-1042", author="Sindre Bakken")),
])

# c09 European and English number formats for the same quantity, two buyer documents (Argentine kitchen appliances) -> clean
case("c09_llamado_03", [], "call-off written 2.400 (Spanish doc) and 2,400 (English email): same quantity, balance 4,800 on hold until next call-off signed by a named person", [
    ("llamado_03_bisagras.docx", docx_bytes([
        ("h1", "Llamado de entrega N° 3 / Call-off no. 3"),
        ("p", "Cocinas del Litoral S.A. - Compras, Bv. Oroño 1450, Rosario, Santa Fe, Argentina"),
        ("p", "Proveedor / Supplier: Metalúrgica Serra Gaúcha Ltda., Caxias do Sul, Brasil"),
        ("p", "Contrato marco / frame order OC-2024-0077: 12.000 bisagras de puerta de horno (oven door hinges), plano CL-H-220 Rev 5."),
        ("table", [
            ["Llamado", "Cantidad", "Estado"],
            ["N° 1", "2.400", "entregado / delivered"],
            ["N° 2", "2.400", "entregado / delivered"],
            ["N° 3 (este documento)", "2.400", "liberado para producción / released for production"],
            ["Saldo / balance", "4.800", "NO liberado / not released"],
        ]),
        ("sp",),
        ("p", "Este llamado libera 2.400 bisagras. El saldo de 4.800 bisagras no está liberado: se libera "
              "únicamente con el próximo llamado escrito (N° 4), firmado por Gabriela Sosa, Jefa de Compras."),
        ("p", "Entrega: DAP Rosario, semana 28. Embalaje: cajas de 200 unidades, etiqueta con número de llamado."),
        ("p", "Firma: Gabriela Sosa, Jefa de Compras"),
    ], author="Gabriela Sosa")),
    ("call-off_03_cover.eml", eml_bytes(mail(
        "Gabriela Sosa <gsosa@cocinaslitoral.com.ar>", "Rodrigo Mattos <rodrigo@serragaucha.com.br>",
        "Call-off no. 3 - oven door hinges CL-H-220", "Thu, 16 May 2024 14:20:00 -0300", T("""
Hi Rodrigo,

Call-off no. 3 is in the shared folder (llamado_03_bisagras.docx). It releases 2,400 hinges
CL-H-220 Rev 5 for delivery in week 28.

The remaining 4,800 hinges of frame order OC-2024-0077 are not released. They will only be
released by call-off no. 4, in writing and signed by me.

Please use the same 200-piece cartons as last time and put the call-off number on the label.

Un abrazo,
Gabriela Sosa
Jefa de Compras | Cocinas del Litoral S.A.
+54 341 421 7700
"""))),
    ),
])

# c10 Coupa change order that explicitly supersedes the earlier sample quantity (Canadian solar) -> clean
case("c10_coupa_change_order_rev2", [], "change order rev 2 supersedes rev 1 (20 -> 25 sample sets); one current authorized quantity; hold, event and named releaser present", [
    ("coupa_change_order_PS-0311_rev2.html", html_page("Change Order - PO PS-0311 Rev 2", T("""
<div style="color:#1a5e9a;font-weight:bold">coupa</div>
<h2>Purchase Order PS-0311 &mdash; Revision 2 (Change Order)</h2>
<table>
<tr><th>Buyer</th><td>Prairie Sun Energy Corp., Regina SK, Canada</td></tr>
<tr><th>Supplier</th><td>Ningbo Everbright Racking Co., Ltd.</td></tr>
<tr><th>Status</th><td>Issued to supplier</td></tr>
<tr><th>Revision date</th><td>2024-05-22</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Unit</th><th>Price (CAD)</th><th>Change</th></tr>
<tr><td>1</td><td>Ground-mount table PSR-2P-26, sample set incl. purlins, rails and clamps</td><td>25</td><td>set</td><td>412.00</td><td>Quantity changed from 20 to 25 (this revision supersedes revision 1)</td></tr>
</table>
<h3>Comments</h3>
<div class="note">
<p>Revision 2 replaces revision 1 in full. The only active quantity is now 25 sample sets (5 extra sets
for the snow-load test at our Swift Current site).</p>
<p>The project quantity of 1,600 sets is not released. The balance of 1,575 sets stays on hold until the
load-test sign-off by our engineering team and a written production release from
Marc-Andr&eacute; Gagnon, Procurement Manager.</p>
<p>Material authority: sample sets only.</p>
</div>
<p style="font-size:11px;color:#777">Coupa Supplier Portal &middot; PO PS-0311 &middot; revision history available to supplier</p>
"""))),
])

# c11 identifiers that look like quantities; full-quantity PO (Brazilian oil and gas) -> clean
case("c11_PO_4500002000", [], "full-quantity PO for 60 fittings; class 3000/6000, ISO 15156, drawing 3000-1500-20 Rev 12 and heat numbers look like quantities", [
    ("PO_4500002000_fittings.pdf", pdf([
        ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4500002000"),
        ("p", "Petroserv Offshore Ltda. - Suprimentos, Rod. Amaral Peixoto km 164, Macaé - RJ, Brasil"),
        ("p", "Fornecedor / Supplier: Forjas Patagónicas S.A., Neuquén, Argentina    Data: 07/05/2024"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price (USD)", "Total (USD)"],
            ["10", "Socket weld elbow 90 deg, Class 3000, 1-1/2 in, ASME B16.11, ASTM A105N", "24", "38.50", "924.00"],
            ["20", "Threaded tee, Class 6000, 3/4 in NPT, ASME B16.11, ASTM A105N", "36", "27.20", "979.20"],
            ["", "Total", "60", "", "1,903.20"],
        ]),
        ("sp",),
        ("p", "Scope: this PO covers the full quantity of 60 fittings. There are no samples and no balance: "
              "manufacture and deliver all 60 fittings as listed."),
        ("p", "Requirements: NACE MR0175 / ISO 15156-2 sour service, hardness max. 22 HRC; certificates EN 10204 3.1; "
              "marking per MSS SP-25; drawing PSO-3000-1500-20 Rev 12; heat numbers on each fitting (e.g. heat 24-1200)."),
        ("p", "Delivery: DAP Macaé base, by 28/06/2024. Packing in wooden boxes, max. 500 kg each."),
        ("p", "Comprador / Buyer: Luiz Fernando Alves, Suprimentos Offshore, +55 22 2765 3000"),
    ], title="PO 4500002000", author="Luiz Fernando Alves")),
])

# c12 supplier acknowledgement that restates the hold (Taiwanese sockets -> Israeli buyer) -> clean
case("c12_NST-24-0212_ack", [], "supplier acknowledgement restating sample-only scope, hold on 390, written release by named person; authorizes nothing itself", [
    ("NST-24-0212_acknowledgement.eml", eml_bytes(mail(
        "Jason Wu <jason.wu@taiyang-test.com.tw>", "Avi Ben-David <avi.bd@negevsilicon.co.il>",
        "Order acknowledgement - PO NST-24-0212 (BGA-256 test sockets)", "Thu, 09 May 2024 17:45:00 +0800", T("""
Dear Avi,

Shalom from Hsinchu. We acknowledge PO NST-24-0212 as written:

  * 10 sample sockets, BGA-256, 0.5 mm pitch, drawing TS-0500-256 Rev 3, Kelvin contacts.
  * The balance of 390 sockets is not released and will not be manufactured.
  * We buy pogo pins and PEEK plates only for the 10 samples.
  * The balance can be released only by a written production release from you, after the
    sample sign-off on your test floor in Kiryat Gat.

Sample ETD: 31 May by FedEx IP. CMM report and contact-resistance data (< 50 mOhm per pin)
will be in the box and by e-mail.

Best regards,
Jason Wu
Project Manager, Tai-Yang Test Solutions Corp.
No. 12, Lixing 6th Rd., Hsinchu Science Park, Taiwan | +886 3 578 2256
"""), html=para_html(T("""
Dear Avi,

Shalom from Hsinchu. We acknowledge PO NST-24-0212 as written: 10 sample sockets, BGA-256, 0.5 mm pitch, drawing TS-0500-256 Rev 3.
The balance of 390 sockets is not released and will not be manufactured. We buy pogo pins and PEEK plates only for the 10 samples.
The balance can be released only by a written production release from you, after the sample sign-off on your test floor in Kiryat Gat.

Best regards,
Jason Wu
Tai-Yang Test Solutions Corp.
"""))))),
])

# c13 sample PO note + customs documents (Taiwanese optics -> Singapore) -> clean
case("c13_SG-PO-24-0390", [], "clean sample PO note plus commercial invoice and packing list for the 20 samples; customs documents authorize nothing", [
    ("SG-PO-24-0390_po_note.eml", eml_bytes(mail(
        "Jonathan Lim <jonathan.lim@straitsvision.sg>", "Vivian Chen <vivian.chen@formosa-optics.com.tw>",
        "PO SG-PO-24-0390 - LM-12 lens samples", "Mon, 13 May 2024 10:15:00 +0800", T("""
Hi Vivian,

PO SG-PO-24-0390 is issued for the LM-12 F2.0 lens (our drawing SV-LM12-A Rev 2). PO note,
copied here so nobody has to open the PDF:

  Active quantity: 20 sample lenses.
  The quoted production quantity (10,000 pcs per year, our forecast) is not released.
  Production is released only after our sample sign-off (MTF at 60 lp/mm on our bench) and a
  written production release from me, Jonathan Lim, Procurement Manager.
  Material authority: sample-only.

Please send the samples DAP Singapore with the commercial invoice marked "samples".

Thanks and regards,
Jonathan Lim
Procurement Manager | Straits Vision Pte. Ltd. | 2 Ang Mo Kio Ave 12, Singapore 569707
""")))),
    ("FPO-CI-24-0611_commercial_invoice.pdf", pdf([
        ("h1", "COMMERCIAL INVOICE"),
        ("p", "Shipper: Formosa Precision Optics Co., Ltd., Taichung, Taiwan    Invoice: FPO-CI-24-0611    Date: 2024-06-11"),
        ("p", "Consignee: Straits Vision Pte. Ltd., 2 Ang Mo Kio Ave 12, Singapore 569707    Buyer ref.: SG-PO-24-0390"),
        ("table", [
            ["Description", "HS code", "Qty", "Unit value (USD)", "Total (USD)"],
            ["Optical lens LM-12 F2.0, glass, mounted - SAMPLES", "9002.11", "20 pcs", "4.80", "96.00"],
        ]),
        ("sp",),
        ("p", "Samples, no commercial value. Value declared for customs purposes only."),
        ("p", "Incoterms 2020: DAP Singapore. Country of origin: Taiwan. AWB 176-2046 1187. 1 carton, gross 1.4 kg."),
        ("p", "We declare that the information above is true and correct. Vivian Chen, Sales Manager"),
    ], title="Commercial invoice FPO-CI-24-0611", author="Vivian Chen")),
    ("FPO-PL-24-0611_packing_list.txt", T("""
FORMOSA PRECISION OPTICS CO., LTD.                        PACKING LIST
Invoice no.: FPO-CI-24-0611          Date: 2024-06-11
Customer PO: SG-PO-24-0390           AWB: 176-2046 1187
-------------------------------------------------------------------
CTN  ITEM          DESCRIPTION               QTY   N.W.(kg)  G.W.(kg)
---  ------------  ------------------------  ----  --------  --------
1/1  LM-12-F2.0    LENS SAMPLES, TRAY PACK    20     0.62      1.40
-------------------------------------------------------------------
TOTAL: 1 CARTON, 20 PCS, N.W. 0.62 KG, G.W. 1.40 KG
CARTON SIZE 30 x 22 x 12 CM.  MARKS: STRAITS VISION / SG-PO-24-0390 / MADE IN TAIWAN
""")),
])

# c14 quoted supplier assumption of auto-conversion, corrected by the buyer (Swedish kitchen) -> clean
_sup = T("""
Dear Anders,

The 40 T1 samples of the NK-5040 sink bowl will ship on Friday by air.
After sample OK we will directly run the 8,000 pcs, right? We would like to book the
800-ton press for July.

Best regards,
Kelly Liang
Foshan Shunde Steelcraft Co., Ltd.
""")
_m = mail("Anders Nyström <anders.nystrom@norrvikkok.se>", "Kelly Liang <kelly@sd-steelcraft.cn>",
          "RE: NK-5040 T1 samples / press booking", "Tue, 28 May 2024 08:47:00 +0200", T("""
Hi Kelly,

No, please don't. The sample sign-off does not release the 8,000. This is how PO 4410-778 works:

- Active now: 40 T1 samples of sink bowl NK-5040, drawing NK-5040-01 Rev B.
- The balance of 7,960 sinks is not released.
- After our sample sign-off (fit in the worktop jig and 72 h salt spray) I will send a written
  production release with the quantity in it. Only that release starts production.
- Release authority: me, Anders Nyström, Category Manager.
- Material: coil for the 40 samples only. Please don't book coil or press time for the balance yet.

I know the press is busy in July; if the samples pass, you will have the release in week 25.

Tack och hälsningar,
Anders Nyström
Category Manager, Norrvik Kök AB, Västerås | +46 21 470 35 00

""") + "From: Kelly Liang <kelly@sd-steelcraft.cn>\nSent: 27 May 2024 10:05\n" + quote(_sup),
          in_reply_to="<h12-nk5040@sd-steelcraft.cn>")
case("c14_NK-5040_press_booking", [], "supplier's quoted assumption of auto-conversion is refused by the buyer; reply states active qty, hold, event, named releaser", [
    ("NK-5040_press_booking.eml", eml_bytes(_m)),
])

# c15 WeChat export with a clean scope, Chinese mixed (Taiwanese buyer, Shantou toys) -> clean
case("c15_wechat_BB-1200", [], "WeChat export: 60 sample boxes only, 5,940 not released, release in writing by the named buyer after EN 71 sign-off, material sample-only", [
    ("wechat_BB-1200_export.txt", T("""
微信聊天记录 / WeChat chat export
Chat: 寶島玩具 x 澄海星辰塑胶 (BB-1200 city set)
Exported: 2024-05-20 18:02 (UTC+8)
------------------------------------------------------------
2024-05-06 10:02  陳雅婷 Ya-Ting Chen (寶島玩具 Formosa Toys): 黃經理 早安 ☀️ PO FT-2405-031 已經 email 給你
2024-05-06 10:03  陳雅婷 Ya-Ting Chen: scope 再確認一次 / scope once more:
2024-05-06 10:03  陳雅婷 Ya-Ting Chen: 1) 先做 60 盒 sample (BB-1200 city set), only 60 boxes now
2024-05-06 10:04  陳雅婷 Ya-Ting Chen: 2) 其餘 5,940 盒 NOT released, 先不要生產 / balance of 5,940 boxes not released, do not produce
2024-05-06 10:05  陳雅婷 Ya-Ting Chen: 3) 等 EN 71-1/-2/-3 test report + 我們品保 sign-off 之後, 我會寫 production release email 給你 (release only from me, Ya-Ting Chen, purchasing manager)
2024-05-06 10:05  陳雅婷 Ya-Ting Chen: 4) ABS 原料只買 sample 的量 / ABS only for the 60 sample boxes
2024-05-06 10:20  黄志强 Huang Zhiqiang (星辰塑胶): 收到 👌 明白: 60 盒先做, 5,940 盒等你 release 通知, 原料只备样品的量
2024-05-06 10:21  黄志强 Huang Zhiqiang: 模具 T1 下周二, sample 预计 5/17 出货
2024-05-14 09:40  黄志强 Huang Zhiqiang: [图片] T1 颜色对比 Pantone 485C / 7406C
2024-05-14 09:52  陳雅婷 Ya-Ting Chen: 紅色 OK 👍 黃色再淡一點
2024-05-17 15:30  黄志强 Huang Zhiqiang: sample 已寄出 顺丰 SF1403 5520 9918, 60 盒
2024-05-17 15:31  陳雅婷 Ya-Ting Chen: 謝謝! 收到後送 SGS 測試
""")),
])

# c16 interim disposition with limits and a release within them (Israeli optics) -> clean
case("c16_GO-2291_disposition_R-01", [], "interim sample disposition limited to 300 pcs / 31 Aug, release R-01 for 300 by named person, balance 4,700 on hold until full sign-off and written release", [
    ("GO-2291_disposition_R-01.docx", docx_bytes([
        ("h1", "Sample disposition and production release R-01"),
        ("p", "Galil Optronics Ltd., Supply Chain, Yokneam Illit, Israel - 23 May 2024"),
        ("p", "Supplier: Changchun Jingyuan Optical Co., Ltd.    PO GO-2291 (5,000 lens barrels LB-18, drawing GO-LB18 Rev 6)"),
        ("table", [
            ["Item", "Value"],
            ["Sample disposition", "interim"],
            ["Deviation accepted for interim only", "AR reflectance 0.7 % (spec 0.5 %)"],
            ["Interim limit - quantity", "max. 300 pcs"],
            ["Interim limit - expiry", "31 August 2024"],
            ["Production release R-01", "300 pcs"],
            ["Released by", "Yossi Mizrahi, Supply Chain Manager"],
            ["Balance of PO GO-2291", "4,700 pcs - not released"],
            ["Material authority", "up to 300 pcs"],
        ]),
        ("sp",),
        ("p", "Production release R-01 covers 300 lens barrels only, within the interim disposition limits above."),
        ("p", "The balance of 4,700 pcs is not released. It can be released only after a full sample sign-off "
              "(disposition 'approved') on samples with the corrected coating, and then by a written production "
              "release from Yossi Mizrahi."),
        ("p", "Signed: Yossi Mizrahi, Supply Chain Manager; Dr. Tamar Levi, Quality Engineering"),
    ], author="Yossi Mizrahi")),
])

# c17 internal question about a go-ahead plus an internal purchase requisition (Singapore) -> clean
_q = T("""
Hi Kelvin,

Kai Tak sent the revised quote for the BJ-1500 blender jar (Tritan, 1.5 L). Should we give them the
go-ahead for the 1,000 jars now, or wait for the drop test on Thursday? PR-24-1187 is attached
(internal, not sent to them).

Thanks,
Priya
""")
_m = mail("Kelvin Tan <kelvin.tan@lioncityhome.sg>", "Priya Nair <priya.nair@lioncityhome.sg>",
          "RE: BJ-1500 jars - go-ahead?", "Tue, 14 May 2024 18:22:00 +0800", T("""
Priya,

Wait for Thursday's drop test. Don't send anything to Kai Tak yet; we talk on Friday.

Kelvin

""") + "On Tue, 14 May 2024, 15:10 Priya Nair wrote:\n" + quote(_q), attachments=[
    ("PR-24-1187.html", html_page("Purchase requisition PR-24-1187", T("""
<h2>Purchase Requisition PR-24-1187</h2>
<p><b>Internal document - not a purchase order - not sent to supplier</b></p>
<table>
<tr><th>Requester</th><td>Priya Nair, Sourcing</td></tr>
<tr><th>Cost centre</th><td>SG-4410 Small Kitchen Appliances</td></tr>
<tr><th>Status</th><td>Pending - waiting for drop test result</td></tr>
<tr><th>Suggested supplier</th><td>Kai Tak Moulding Ltd., Dongguan</td></tr>
</table>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Est. unit price (SGD)</th></tr>
<tr><td>BJ-1500</td><td>Blender jar 1.5 L, Tritan TX1001, with lid</td><td>1,000</td><td>6.40</td></tr>
</table>
"""), ), HTML_MT)], in_reply_to="<h12-bj1500@lioncityhome.sg>")
case("c17_BJ-1500_internal_question", [], "internal question whether to give a go-ahead, answered 'wait'; internal requisition marked not sent to supplier", [
    ("BJ-1500_jars.eml", eml_bytes(_m)),
])

# c18 ECN that keeps sign-off and production release apart (Finnish hockey sticks) -> clean
case("c18_ECN-2024-031", [], "ECN: 24 Rev F samples active, balance 1,976 not released until sample sign-off and written release by named person; words kept apart", [
    ("ECN-2024-031_blade_core.pdf", pdf([
        ("h1", "Engineering Change Notice ECN-2024-031"),
        ("p", "Jäähalli Sports Oy, Hervannan valtaväylä 5, 33720 Tampere, Finland    Date: 6 May 2024"),
        ("p", "Supplier: Taichung Carbon Composites Co., Ltd.    Affected order: PO 45-00912 (2,000 senior sticks JS-90)"),
        ("table", [
            ["Field", "Content"],
            ["Change", "Blade core from PMI foam 71 kg/m3 to 110 kg/m3; drawing JS-90-B Rev E -> Rev F (Rev F issued 2 May 2024)"],
            ["Reason", "Blade delamination in cold-room impact test at -15 C"],
            ["Samples", "24 sticks to Rev F (12 left, 12 right, flex 85)"],
            ["Sample sign-off", "Jäähalli test team: on-ice test + 500-shot impact rig"],
            ["Open quantity", "1,976 sticks - not released"],
            ["Production release", "written, by Antti Koskinen, Head of Sourcing, after the sample sign-off"],
        ]),
        ("sp",),
        ("p", "Only the 24 Rev F sample sticks may be built now. The remaining 1,976 sticks of PO 45-00912 are not "
              "released; no Rev E or Rev F production may start until Antti Koskinen sends a written production "
              "release that names the quantity. Material authority: prepreg and foam for the 24 samples only."),
        ("p", "Prepared by: Ville Nieminen, Product Engineer. Issued to supplier by: Antti Koskinen, Head of Sourcing."),
    ], title="ECN-2024-031", author="Ville Nieminen")),
])

# c19 Jaggaer sample PO with a clearly labelled forecast (Argentine field hockey) -> clean
case("c19_jaggaer_PH-2024-044", [], "Jaggaer PO for 50 sample sticks; 20,000/yr labelled forecast, not ordered, not released; event and named releaser present", [
    ("jaggaer_PO_PH-2024-044.html", html_page("PO PH-2024-044", T("""
<div style="background:#24466b;color:#fff;padding:4px 8px">JAGGAER &middot; Supplier Portal</div>
<h2>Orden de compra / Purchase order PH-2024-044</h2>
<table>
<tr><th>Buyer</th><td>Pampa Hockey S.R.L., Av. del Libertador 6550, Buenos Aires</td></tr>
<tr><th>Supplier</th><td>Kaohsiung Composite Sports Co., Ltd., Taiwan</td></tr>
<tr><th>Issued</th><td>2024-05-09</td></tr>
<tr><th>Contact</th><td>Martina Quiroga, Gerente de Compras</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>#</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price (USD)</th></tr>
<tr><td>1</td><td>PH-X90-36.5</td><td>Field hockey stick, 90 % carbon, low bow, 36.5 in - SAMPLE</td><td>20</td><td>31.00</td></tr>
<tr><td>2</td><td>PH-X70-37.5</td><td>Field hockey stick, 70 % carbon, mid bow, 37.5 in - SAMPLE</td><td>20</td><td>24.50</td></tr>
<tr><td>3</td><td>PH-JR-33</td><td>Junior stick, 33 in - SAMPLE</td><td>10</td><td>12.00</td></tr>
</table>
<p>Total sample sticks: 50.</p>
<h3>Forecast (information only)</h3>
<table>
<tr><th>Period</th><th>Forecast qty</th><th>Status</th></tr>
<tr><td>2025 season</td><td>20,000 sticks</td><td>forecast - not ordered, not released</td></tr>
</table>
<div class="note">
<p>Alcance / scope: this PO covers the 50 sample sticks only. No production quantity is released by this PO.
Production will be released only after our sample sign-off (field test with two club teams, 3 weeks) and a
written production release from Martina Quiroga, Gerente de Compras. Material authority: sample-only.</p>
</div>
"""))),
])

# c20 call-off done right, ERP printout (Norwegian oil and gas) -> clean
case("c20_avrop_0003_FA-2024-17", [], "ERP call-off releasing 400 flanges; balance 1,800 of the frame not released until call-off 0004 signed by named person", [
    ("avrop_0003_FA-2024-17.txt", T("""
NORDSJØ SUBSEA SERVICES AS                                   AVROP / CALL-OFF
Innkjøp, Hinna Park, Stavanger                                Side 1 av 1
================================================================================
AVROP NR / CALL-OFF NO : 0003            DATO / DATE : 2024-05-21
RAMMEAVTALE / FRAME    : FA-2024-17      LEVERANDØR  : 30118 VIKING FORGE OY
VARE / ITEM            : CF-2-1500  COMPACT FLANGE 2" CLASS 1500, NORSOK L-005
MATERIALE              : F22 CL3, NACE MR0175, EN 10204 3.2
================================================================================
 AVROP   DATO        ANTALL/QTY   STATUS
 0001    2024-02-12         400   LEVERT / DELIVERED
 0002    2024-03-25         400   LEVERT / DELIVERED
 0003    2024-05-21         400   FRIGITT / RELEASED FOR PRODUCTION (THIS CALL-OFF)
 SALDO   FA-2024-17       1 800   IKKE FRIGITT / NOT RELEASED
--------------------------------------------------------------------------------
 RAMMEAVTALE TOTALT / FRAME TOTAL:   3 000
================================================================================
MERKNAD / NOTE:
 THIS CALL-OFF RELEASES 400 FLANGES FOR DELIVERY WEEK 30. THE SALDO OF 1 800
 FLANGES IS NOT RELEASED AND MAY ONLY BE RELEASED BY CALL-OFF 0004, ISSUED IN
 WRITING AND SIGNED BY HANNE SOLBERG, INNKJØPSLEDER. MATERIAL AUTHORITY: 400.
 DELIVERY DAP DUSAVIK BASE. MARK EACH FLANGE WITH AVROP NO AND HEAT NO.
SIGNERT / SIGNED: HANNE SOLBERG, INNKJØPSLEDER / HEAD OF PURCHASING
""")),
])

# c21 Spanish-English sample PO with a table (Chilean mining) -> clean
case("c21_OC-CM-24-1021", [], "bilingual sample PO: 8 lifter bars active, balance 152 not released until wear-trial sign-off and written release by named person", [
    ("OC-CM-24-1021_lifters.docx", docx_bytes([
        ("h1", "Orden de Compra / Purchase Order OC-CM-24-1021"),
        ("p", "Minera Cordillera Norte SpA - Abastecimiento, Camino Chuquicamata km 3, Calama, Chile"),
        ("p", "Proveedor / Supplier: Northshield Wear Products Ltd., Sudbury ON, Canada    Fecha: 10-05-2024"),
        ("table", [
            ["Ítem", "Descripción / Description", "Cant. / Qty", "Alcance / Scope"],
            ["1", "Barra levantadora / lifter bar LB-400, molino SAG 2, plano MCN-400-16 Rev 9, Cr-Mo 350 HB", "8", "muestra / trial sample - active"],
            ["-", "Cantidad de producción cotizada / quoted production quantity", "160", "no liberada / not released"],
        ]),
        ("sp",),
        ("p", "1. Esta OC autoriza solamente 8 barras de prueba. This PO authorizes the 8 trial lifter bars only."),
        ("p", "2. El saldo de 152 barras no está liberado. The balance of 152 bars is not released."),
        ("p", "3. El saldo se libera solo después de la aprobación del ensayo de desgaste (medición a los 90 días) "
              "y por escrito por Ignacio Fuentes, Superintendente de Abastecimiento. The balance is released only "
              "after the wear-trial sign-off (90-day measurement) and in writing by Ignacio Fuentes."),
        ("p", "4. Material: solo para las 8 barras / for the 8 bars only."),
        ("p", "Entrega DAP Calama, bodega 7. Certificados EN 10204 3.1. Condiciones generales MCN Rev. 2022."),
    ], author="Ignacio Fuentes")),
])

# c22 Slack export with a clean scope; '50k insertions' is a test figure (Singapore test sockets) -> clean
case("c22_slack_merlion_qfn64", [], "Slack export: 10 sample sockets, bal. 490 on hold, release only in writing by named buyer after sample sign-off; '50k insertions' is a test spec", [
    ("slack_merlion-hsintech_export.txt", T("""
Slack export - #merlion-hsintech-qfn64 (shared channel)
Workspace: Merlion Test Pte Ltd | exported 2024-05-24 09:00 SGT
------------------------------------------------------------------
[2024-05-02 10:14] Marcus Teo (Merlion Test, Procurement): Hi all, PO MT-24-0519 is out for the QFN-64 sockets
[2024-05-02 10:15] Marcus Teo: scope pls: 10 sample sockets only. bal. 490 (of the 500 on your quote) is ON HOLD, not released
[2024-05-02 10:15] Marcus Teo: bal. only released by me in writing, after sample sign-off on the Cohu handler. material = samples only
[2024-05-02 10:31] Peggy Lin (Hsin Tech Sockets): noted Marcus 🙏 10 pcs only, bal. 490 waits for your written release
[2024-05-16 16:02] Peggy Lin: samples delivered to your Tampines site this morning
[2024-05-22 11:47] Wei Jie Koh (Merlion Test, Test Eng): sample sign-off done for the 10 pcs - passes 50k insertion test, Cres < 80 mOhm
[2024-05-22 11:48] Wei Jie Koh: production still on hold until Marcus sends the release
[2024-05-22 11:55] Marcus Teo: thx WJ. will send the written release next week with the qty, need to check the Q3 loading first
[2024-05-22 11:56] Peggy Lin: 👍 we wait
""")),
])

# c23 Greek meeting minutes with a clean scope (cosmetics glass) -> clean
case("c23_minutes_AB-jars", [], "meeting minutes: 1.200 pre-series jars active, 22.800 not released until stability-test sign-off and written release by named director", [
    ("minutes_AB_jars_2024-05-15.docx", docx_bytes([
        ("h1", "Minutes of meeting - Aegean Botanicals / Shanghai Lumen Glass"),
        ("p", "Date: 15.05.2024, video call. Attendees: Dimitra Kosta (Procurement Director), Giorgos Lamprou "
              "(Packaging Engineer), Sophie Xu (Lumen Glass, Key Account), Frank Wang (Lumen Glass, Plant)."),
        ("h", "1. Scope of PO AB-24-0233"),
        ("p", "The PO covers 1.200 pre-series jars, 50 ml opal glass, drawing AB-J50 Rev 4. The programme total of "
              "24.000 jars is not released; the balance of 22.800 jars stays on hold."),
        ("h", "2. Unlock of the balance"),
        ("p", "The balance can be released only after the pre-series sign-off (filling trial plus 4-week stability "
              "test with the face cream) and then only by a written production release from Dimitra Kosta."),
        ("h", "3. Actions"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Ship 1.200 pre-series jars, opal, with gold lid", "Frank Wang", "07.06.2024"],
            ["2", "Filling trial on line 2", "Giorgos Lamprou", "14.06.2024"],
            ["3", "Stability test report", "Giorgos Lamprou", "12.07.2024"],
            ["4", "Buy opal batch and lids for the pre-series only", "Sophie Xu", "20.05.2024"],
        ]),
        ("p", "Next meeting: 19.06.2024. Minutes by G. Lamprou."),
    ], author="Giorgos Lamprou")),
])

# c24 production release notice R-2 with remaining balance on hold (Philippine e-trike motors) -> clean
case("c24_release_R-2_LEM-PO-0412", [], "release notice R-2 for 1,200 (cumulative 2,000 of 5,000), remaining 3,000 not released until R-3 by named VP", [
    ("production_release_R-2.pdf", pdf([
        ("h1", "Production Release No. R-2"),
        ("p", "Luzon E-Mobility Corp., 27/F Ayala Tower, Makati City, Philippines    Date: 20 May 2024"),
        ("p", "To: Tatung Drive Systems Co., Ltd., Taoyuan, Taiwan    Order: PO LEM-PO-0412, e-trike hub motor ET-1500W (drawing LEM-M15 Rev 3)"),
        ("table", [
            ["", "Quantity", "Date", "Released by"],
            ["PO quantity", "5,000", "2024-02-05", "-"],
            ["Release R-1", "800", "2024-03-18", "Ma. Teresa Villanueva"],
            ["Release R-2 (this notice)", "1,200", "2024-05-20", "Ma. Teresa Villanueva"],
            ["Cumulative released", "2,000", "", ""],
            ["Remaining - not released", "3,000", "", ""],
        ]),
        ("sp",),
        ("p", "This notice releases 1,200 motors for production, deliveries in June and July 2024."),
        ("p", "The remaining 3,000 motors are not released. They can be released only by a written release R-3 from "
              "Ma. Teresa Villanueva, VP Supply Chain, after our review of the field data from the first 800 units."),
        ("p", "Material authority: up to the cumulative released quantity of 2,000 motors."),
        ("p", "Signed: Ma. Teresa Villanueva, VP Supply Chain"),
    ], title="Production release R-2", author="Ma. Teresa Villanueva")),
])

# =================================================================== POSITIVE
# p01 supplier bought cells for the whole batch while only 30 sample packs are released (Canada / Taiwan batteries)
_buyer = T("""
Hi Grace,

PO 7100-2231 is in the portal. To be very clear about the scope:

- Active now: 30 (thirty) sample packs VX-48V-14Ah, Rev B.
- The quoted production quantity of 3,000 packs is NOT released. Balance on hold: 2,970 packs.
- The balance can only be released after our engineering signs off the samples (range test and
  the -20 C cold-soak test) AND I send a written production release.
- Release authority on our side: me, Dylan Fraser, Sourcing Manager.
- Material authority: sample-only. Cells for the 30 samples only, please.

Cheers,
Dylan
""")
_txt = T("""
Hi Dylan,

Weekly update on the VX-48V-14Ah samples:

1. Cell matching done, 30 packs welded (13S4P). BMS firmware v1.3.2 flashed, CAN messages as per
   your DBC file.
2. UN 38.3 test booked at SGS Taipei for 3 June; report about two weeks later.
3. Samples ship as DG class 9 (UN3480) by air once the UN 38.3 summary is ready.

One more thing you should know: Samsung 21700-50E cells are on allocation with a 16-week lead time.
To protect your spring launch we have already placed the cell order for the full run, 156,000 cells
(52 per pack x 3,000 packs), delivery in week 38. The cells will sit in our warehouse in Taichung
until you need them.

Have a nice weekend!
Grace
""") + sig("Grace Lin", "Account Manager", "Evertop Energy Co., Ltd., Taichung", "+886 4 2463 8812") + \
    "\nOn Mon, 6 May 2024 08:55, Dylan Fraser <dfraser@coastvelo.ca> wrote:\n" + quote(_buyer)
case("p01_VX-48V_weekly_update", ["RG006"], "supplier ordered cells for all 3,000 packs while the buyer's scope releases 30 and gives sample-only material authority", [
    ("VX-48V_weekly_update.eml", eml_bytes(mail(
        "Grace Lin <grace.lin@evertop-energy.com.tw>", "Dylan Fraser <dfraser@coastvelo.ca>",
        "RE: PO 7100-2231 VX-48V samples - weekly update", "Fri, 17 May 2024 17:20:00 +0800", _txt,
        html=para_html(_txt), in_reply_to="<h12-vx48@coastvelo.ca>"))),
])

# p02 WeChat export: steel coil for all 12,000 sets already in the supplier's warehouse (Chile / China solar)
case("p02_wechat_atacama2", ["RG006"], "WeChat: buyer releases 40 sample brackets with sample-only material; supplier reports coil for all 12,000 sets already received and slitting booked", [
    ("wechat_atacama2_export.txt", T("""
WeChat chat export - 智能光伏支架 / Proyecto Atacama 2 (group, 5 members)
Exported: 2024-05-14 10:22 (UTC+8)
----------------------------------------------------------------------
2024-04-22 09:14  Camila Reyes (Solaris Andes SpA): Buenos días team! PO SA-PO-1187 enviada por mail hoy.
2024-04-22 09:15  Camila Reyes: Scope, please read carefully: only 40 sample pieces (20 x rail clamp RC-45, 20 x rear leg RL-2200) for the pull-out test in Calama.
2024-04-22 09:16  Camila Reyes: The 12,000 sets in your quotation are NOT released. Saldo en espera / balance on hold.
2024-04-22 09:17  Camila Reyes: Balance only released after the pull-out test sign-off by our structural engineer AND a written release from me (Camila Reyes, Jefa de Abastecimiento).
2024-04-22 09:17  Camila Reyes: Material: sample quantity only por favor.
2024-04-22 09:40  Zhang Wei (Xiamen Sunrack): 收到 Camila 👍 40 pcs sample, we start next week
2024-05-06 15:02  Zhang Wei: [图片] sample galvanizing done, zinc 85 µm
2024-05-06 15:10  Camila Reyes: Se ven bien! send the coating report with the samples pls
2024-05-13 16:40  Zhang Wei: Camila 你好, samples shipped DHL 4471 2290 35, ETA Santiago 5/17
2024-05-13 16:42  Zhang Wei: good news also: S355 steel coil for all 12,000 sets already arrive our warehouse last Friday, slitting line booked for next week, so mass production lead time will be short 😊
2024-05-13 16:55  Camila Reyes: Zhang ?? llámame por favor
""")),
])

# p03 folder: clean pilot PO + meeting notes saying prepreg for 5,000 sticks is staged (Finland / Taiwan hockey)
case("p03_PO_45-00812", ["RG006"], "PO releases 200 pilot sticks with sample-only material; buyer's visit notes record prepreg staged and kits cut for 5,000/1,000 sticks", [
    ("PO_45-00812_pilot.pdf", pdf([
        ("h1", "Purchase Order 45-00812"),
        ("p", "Kiekko Composites Oy, Hankinta, Tampere, Finland    Date: 2 April 2024"),
        ("p", "Supplier: Formosa Carbon Sports Co., Ltd., Taichung, Taiwan"),
        ("table", [
            ["Line", "Item", "Qty", "Unit price (USD)", "Scope"],
            ["1", "Senior stick KC-Pro, flex 75/85, P92 and P28 curves", "200", "42.00", "pilot - active"],
        ]),
        ("sp",),
        ("p", "Scope: 200 pilot sticks only. The quoted production quantity of 5,000 sticks is not released; the "
              "balance of 4,800 sticks is on hold."),
        ("p", "Unlock: the balance is released only after the pilot sign-off (on-ice test with our test players and "
              "the impact rig) and a written production release from Antti Koskinen, Head of Sourcing."),
        ("p", "Material authority: sample-only - prepreg and foam for the 200 pilot sticks."),
        ("p", "Delivery: DAP Tampere, week 20. Payment: 60 days net."),
    ], title="PO 45-00812", author="Antti Koskinen")),
    ("visit_notes_Taichung_2024-05-08.docx", docx_bytes([
        ("h1", "Supplier visit - Formosa Carbon Sports, Taichung"),
        ("p", "8 May 2024. Kiekko Composites: Antti Koskinen, Laura Mäkelä (Quality). Formosa Carbon: Kevin Hsu "
              "(Sales), Mr. Tsai (Plant Manager)."),
        ("h", "Status"),
        ("table", [
            ["Topic", "Status reported by supplier"],
            ["Pilot sticks (200)", "140 laid up, 60 in curing; ship week 20 as planned"],
            ["Prepreg", "Toray T800 UD prepreg for 5,000 sticks already in the freezer; cut kits prepared for the first 1,000"],
            ["Foam cores", "PMI cores for the pilot only"],
            ["Paint / graphics", "Pilot graphics OK, Pantone 2945 C matched"],
        ]),
        ("sp",),
        ("h", "Other"),
        ("p", "Plant tour: new autoclave (2.5 m x 6 m) commissioned in March. Cold-room for impact tests planned "
              "for Q3. Mr. Tsai asked for our 2025 volume outlook; Antti will send it after the pilot test."),
        ("p", "Notes: Laura Mäkelä"),
    ], author="Laura Mäkelä")),
])

# p04 folder: clean FAI PO + supplier work order reserving alloy for all 60 segments (Canada mine / Chile foundry)
case("p04_PO_7730988", ["RG006"], "PO releases 6 first-article liner segments; the supplier's work order reserves and buys alloy for all 60", [
    ("PO_7730988.txt", T("""
PORCUPINE NORTH MINING LTD.                                     PURCHASE ORDER
Timmins Operations - Supply Chain                               PAGE 1 OF 1
--------------------------------------------------------------------------------
PO NUMBER : 7730988           ORDER DATE : 2024-03-11     CURRENCY : CAD
SUPPLIER  : 100452 FUNDICION ANDINA S.A. - SANTIAGO, CHILE
BUYER     : R. TREMBLAY  705-235-1200 X 2500
--------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                       QTY  UOM  UNIT PRICE   EXTENDED
--  --------------  -------------------------------  ----  ---  ----------  ---------
10  BM-SEG-0900     BALL MILL LINER SEGMENT NI-HARD     6  EA     2,150.00  12,900.00
                    DWG PN-0900-0060 REV 3, FIRST ARTICLE
--------------------------------------------------------------------------------
SCOPE NOTE:
  FIRST ARTICLE ONLY: 6 SEGMENTS. THE QUOTED QUANTITY IS 60 SEGMENTS; THE
  REMAINING 54 SEGMENTS ARE NOT RELEASED. THEY WILL BE RELEASED ONLY AFTER
  FAI SIGN-OFF (DIMENSIONAL + HARDNESS) AND A WRITTEN RELEASE FROM
  R. TREMBLAY, MAINTENANCE PROCUREMENT LEAD.
  MATERIAL AUTHORITY: FIRST ARTICLE QUANTITY ONLY (6 SEGMENTS).
""")),
    ("OT-24-0415_orden_de_trabajo.txt", T("""
FUNDICION ANDINA S.A.          ORDEN DE TRABAJO / WORK ORDER        OT-24-0415
Planta Lo Espejo, Santiago                                  Impreso: 2024-04-29 07:12
================================================================================
Cliente      : PORCUPINE NORTH MINING LTD. (CANADA)   OC cliente: 7730988
Pieza        : BM-SEG-0900 SEGMENTO REVESTIMIENTO NI-HARD IV   Plano PN-0900-0060 R3
Cant. OT     : 6   (primer artículo / first article)
================================================================================
RESERVA DE MATERIAL / MATERIAL RESERVATION
 Código      Descripción                     Cant.      UM   Estado
 AL-NIH4     Aleación Ni-Hard IV (carga)     42.000     kg   COMPRADO / PURCHASED
 AR-SIL-06   Arena sílice AFS 55             96.000     kg   RESERVADO
 Base cálculo: 60 segmentos x 700 kg (pedido completo / full order)
--------------------------------------------------------------------------------
PROGRAMA / SCHEDULE
 Moldeo 6 seg.           2024-05-06
 Colada (colada 24-118)  2024-05-08
 Tratamiento térmico     2024-05-13
--------------------------------------------------------------------------------
Observación: material comprado para el pedido completo para asegurar precio del
níquel (compra 2024-04-26). Responsable: J. Contreras, Jefe de Planta.
""")),
])

# p05 deposit read as release and resin drawn for the full 50k (Singapore / Dongguan toys)
_buyer = T("""
Dear Mr. Liu,

Please find PO LC-T-2405-07 for the Robo-Pal figure (RP-10, ABS + TPE).

Scope:
- 500 pre-production pieces now, for our safety test (EN 71 and ASTM F963) and retailer review.
- The balance of 49,500 pieces of the 50,000 quoted is NOT released.
- The balance is released only after our sample sign-off and a written production release from
  me, Serene Tan, Head of Procurement.
- Material authority: pre-production quantity only.
- Deposit: 30 % of the mould cost (USD 18,600), as quoted.

Regards,
Serene Tan
""")
_txt = T("""
Dear Serene,

Thank you, your 30% deposit arrived today in our HSBC account.

With the deposit in, we have put the job on the floor: the ABS and TPE for the full 50,000 pcs
have been taken from stock and dried, masterbatch mixed to your Pantone 299 C, and moulding of
the production quantity starts on Monday on machines 7 and 9. The 500 pre-production pieces will
be packed separately for your safety test.

We will send photos of the first shots on Monday.

Best regards,
Liu Jianhua
Sales Manager, Dongguan Bright Star Plastic Toys Co., Ltd.
Tel +86 769 8532 1180

""") + "-----Original Message-----\nFrom: Serene Tan <serene.tan@lioncubtoys.sg>\nSent: Thursday, May 9, 2024 4:12 PM\n" + quote(_buyer)
case("p05_RP-10_deposit_received", ["RG006", "RG012"], "supplier treats the mould deposit as a start signal and dries resin for all 50,000 while only 500 pre-production pieces are released", [
    ("RP-10_deposit_received.eml", eml_bytes(mail(
        "Liu Jianhua <liujh@brightstar-toys.cn>", "Serene Tan <serene.tan@lioncubtoys.sg>",
        "RE: PO LC-T-2405-07 Robo-Pal / deposit", "Wed, 15 May 2024 18:40:00 +0800", _txt,
        html=para_html(_txt), in_reply_to="<h12-rp10@lioncubtoys.sg>"))),
])

# p06 supplier production plan: forecast booked as confirmed order and material bought for it (Brazil / China glass)
case("p06_plano_producao_BF", ["RG006", "RG008"], "supplier plan books the customer's 2025 forecast of 120.000 as a confirmed order and has bought material for it; only 3.000 pre-series released", [
    ("production_plan_Bela_Flor_2024-06.pdf", pdf([
        ("h1", "Production plan - customer Bela Flor Cosméticos"),
        ("p", "Shandong Crystal Glass Packaging Co., Ltd. - Planning Dept.    Issued 3 June 2024    Rev 1"),
        ("p", "Customer PO BF-2024-118, 50 ml frosted flint bottle, DRG BF-050 Rev 2."),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Pre-series (customer release)", "3.000", "released - in production"],
            ["Series bottles (source: customer forecast 2025)", "120.000", "CONFIRMED ORDER - booked in order book"],
            ["Series bottles - customer release", "-", "not released yet"],
        ]),
        ("sp",),
        ("h", "Materials"),
        ("table", [
            ["Material", "Basis", "Status"],
            ["Extra-flint cullet and sand batch", "120.000 bottles", "purchased 28 May"],
            ["Silver hot-stamp foil", "120.000 bottles", "purchased 30 May"],
            ["Shrink sleeves and cartons", "3.000 bottles", "in stock"],
        ]),
        ("sp",),
        ("p", "Furnace F2 slot: weeks 27-30 reserved for the series."),
        ("p", "Prepared by: Wang Lei, Planning Supervisor"),
    ], title="Production plan Bela Flor", author="Wang Lei")),
])

# p07 supplier machined parts and ordered pins for all 400 sockets and plans to roll straight on after sample approval (Israel / Taiwan)
_orig = mail("Noa Friedman <noa.f@galilsilicon.co.il>", "Ryan Chou <ryan.chou@hsinchu-probe.com.tw>",
             "PO GS-24-0088 - WLCSP-36 test sockets", "Sun, 05 May 2024 10:02:00 +0300", T("""
Hi Ryan,

PO GS-24-0088 attached in our portal. Scope, as written in the PO:

1. Active quantity: 10 sample sockets WLCSP-36, 0.35 mm pitch, drawing GS-0350-36 Rev 2.
2. Balance: 390 sockets of the 400 quoted are not released.
3. The balance is released only after our sample sign-off on the final-test floor and a
   written production release from me.
4. Material authority: sample-only (pins, PEEK and Torlon for the 10 samples).

Best,
Noa Friedman
Senior Buyer, Galil Silicon Ltd., Migdal HaEmek
"""))
_txt = T("""
Hi Noa,

Forwarding your PO mail below for reference, our production team asked about it.

Status: the 10 samples are in final assembly, shipment on 24 May.

To save time for you, we already machined the PEEK and Torlon plates and ordered the pogo pins
(Ø 0.25 mm, 16,000 pcs) for all 400 sockets. So when your team approves the 10 samples we go
straight into the remaining 390, no need to wait for another paper, and you get them 5 weeks
earlier.

Best regards,
Ryan Chou
Sales Engineer, Hsinchu Probe & Socket Co., Ltd.
""")
case("p07_GS-24-0088_status", ["RG006", "RG007"], "supplier bought pins and machined plates for all 400 sockets and says sample approval rolls straight into the 390, against the forwarded sample-only PO", [
    ("GS-24-0088_status.eml", eml_bytes(mail(
        "Ryan Chou <ryan.chou@hsinchu-probe.com.tw>", "Noa Friedman <noa.f@galilsilicon.co.il>",
        "FW: PO GS-24-0088 - WLCSP-36 test sockets / status", "Tue, 14 May 2024 14:30:00 +0800", _txt,
        attachments=[("rfc822", _orig)]))),
])

# p08 folder: clean sample PO + supplier acknowledgement with automatic mass production after sample approval (Norway / Taiwan e-bike motors)
case("p08_PO_BSV-24-017", ["RG007"], "PO releases 20 sample motors with hold and named releaser; supplier acknowledgement says the 1,480 balance starts automatically upon sample approval", [
    ("PO_BSV-24-017.docx", docx_bytes([
        ("h1", "Innkjøpsordre / Purchase Order BSV-24-017"),
        ("p", "Bergen Sykkelverk AS, Kokstadflaten 35, 5257 Kokstad, Norway - 29 April 2024"),
        ("p", "Supplier: Da-Yang Motor Co., Ltd., Taichung, Taiwan"),
        ("table", [
            ["Line", "Item", "Qty", "Unit price (EUR)", "Scope"],
            ["1", "Mid-drive motor DY-M90, 250 W, 90 Nm, with torque sensor, drawing BSV-M90 Rev A", "20", "212.00", "samples - active"],
        ]),
        ("sp",),
        ("p", "The production quantity of 1,500 motors is not released. The balance of 1,480 motors is on hold."),
        ("p", "The balance is released only after our sample sign-off (500 km test ride on the Fløyen route and "
              "IP67 test) and a written production release from Ingrid Haugen, Innkjøpssjef / Head of Purchasing."),
        ("p", "Material authority: sample-only."),
        ("p", "Delivery: DAP Bergen. Payment: 45 days net. Bergen Sykkelverk general purchase terms 2023 apply."),
    ], author="Ingrid Haugen")),
    ("OA-24-0533_order_acknowledgement.pdf", pdf([
        ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0533"),
        ("p", "Da-Yang Motor Co., Ltd., No. 5, Gongye 38th Rd., Xitun Dist., Taichung, Taiwan    Date: 2024-05-03"),
        ("p", "Customer: Bergen Sykkelverk AS    Your PO: BSV-24-017"),
        ("table", [
            ["Line", "Item", "Qty", "Unit price (EUR)", "ETD"],
            ["1", "DY-M90 mid-drive motor, samples", "20", "212.00", "2024-06-14"],
        ]),
        ("sp",),
        ("h", "Remarks"),
        ("p", "1. Upon sample approval, the remaining 1,480 units will be scheduled for mass production automatically, "
              "without further PO or notice, to secure the 2025 season."),
        ("p", "2. Prices FCA Taichung. Payment as per PO."),
        ("p", "3. Warranty 24 months from delivery or 10,000 km, whichever comes first."),
        ("p", "Confirmed by: Amber Kuo, Sales Department"),
    ], title="OA-24-0533", author="Amber Kuo")),
])

# p09 Argentine buyer: pilot lot with no quantity, and the rest enters production automatically if the test passes (oil and gas fittings)
_txt = T("""
Hola Martín,

Te confirmo la OC 4700-318 por los codos socket weld Class 3000 (ASME B16.11, 1" NPT, A105N).

- Arrancá con el lote piloto para la prueba hidrostática en Añelo. Pilot lot only for now.
- El resto del pedido (aprox. 1.200 piezas) NO está liberado. The balance is NOT released.
- El resto se libera con mi liberación escrita (Lucía Benítez, Compras) después del informe de
  la prueba hidrostática. Material: solo para el piloto.

Igual, para no perder tiempo con la ventana de Vaca Muerta: si la hidrostática da bien, el resto
entra en producción automáticamente, no hace falta que esperes mi mail.

Cualquier cosa me llamás.
Saludos,
Lucía Benítez
Compras / Procurement - Neuquén Shale Services S.A.
Tel. +54 299 448 3000
""")
case("p09_OC_4700-318_piloto", ["RG007", "RG010"], "pilot lot released without a quantity; buyer says the balance goes into production automatically if the hydrotest passes, contradicting her own written-release rule", [
    ("OC_4700-318_piloto.eml", eml_bytes(mail(
        "Lucía Benítez <lbenitez@nqnshale.com.ar>", "Martín Gallo <mgallo@forjasdelsur.com.ar>",
        "OC 4700-318 codos Class 3000 - lote piloto", "Wed, 08 May 2024 12:05:00 -0300", _txt))),
])

# p10 folder: clean Coupa sample PO + supplier quote whose terms start production automatically on sample approval (Sweden skis)
case("p10_coupa_PO_ASF-2024-031", ["RG007"], "Coupa PO releases 30 pilot pairs with hold, event and releaser; attached supplier quote says production commences automatically upon sample approval", [
    ("coupa_PO_ASF-2024-031.html", html_page("PO ASF-2024-031", T("""
<div style="color:#1a5e9a;font-weight:bold">coupa</div>
<h2>Purchase Order ASF-2024-031</h2>
<table>
<tr><th>Buyer</th><td>Åre Skidfabrik AB, Storlienvägen 12, 837 52 Åre, Sweden</td></tr>
<tr><th>Supplier</th><td>Guangzhou Alpine Composite Co., Ltd.</td></tr>
<tr><th>Created by</th><td>Johan Lindqvist, Category Manager</td></tr>
<tr><th>Date</th><td>2024-04-24</td></tr>
</table>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>UOM</th><th>Price (EUR)</th></tr>
<tr><td>1</td><td>AS-88 freeride ski, poplar/ash core, 178 and 186 cm - pilot</td><td>30</td><td>pair</td><td>96.00</td></tr>
</table>
<div class="note">
<p>The production quantity of 2,500 pairs is not released. The balance of 2,470 pairs stays on hold until
the on-snow test sign-off (our test group in Åre, autumn camp) and a written production release from
Johan Lindqvist, Category Manager.</p>
<p>Material authority: pilot quantity only.</p>
</div>
<p>Supplier quotation Q-GAC-0412 attached for reference.</p>
"""))),
    ("Q-GAC-0412_quotation.pdf", pdf([
        ("h1", "QUOTATION Q-GAC-0412"),
        ("p", "Guangzhou Alpine Composite Co., Ltd., Panyu District, Guangzhou, China    Date: 2024-04-12"),
        ("p", "Customer: Åre Skidfabrik AB - Mr. Johan Lindqvist"),
        ("table", [
            ["Item", "Quantity", "Unit price (EUR)", "Lead time"],
            ["AS-88 pilot skis", "30 pairs", "96.00", "5 weeks"],
            ["AS-88 production skis", "2,500 pairs", "61.50", "10 weeks"],
        ]),
        ("sp",),
        ("h", "Terms"),
        ("p", "1. Prices FOB Nansha, valid 90 days."),
        ("p", "2. Ski press moulds: EUR 7,800, paid 50 % with the pilot PO."),
        ("p", "3. Topsheet printing: max. 6 colours; sublimation."),
        ("p", "4. Packing: pairs in sleeves, 5 pairs per carton."),
        ("p", "5. Production commences automatically upon customer's sample approval; the production quantity in "
              "this quotation is deemed ordered from that date."),
        ("p", "Sales: Cathy He, +86 20 3482 0412"),
    ], title="Q-GAC-0412", author="Cathy He")),
])

# p11 Norwegian buyer's minutes: approved FAI = go for serial production, no separate release (oil and gas flanges)
case("p11_MoM_FAI_swivel_flanges", ["RG007"], "buyer's minutes set a written release by a named person, then agree that an approved FAI starts the 588 without a release", [
    ("MoM_FAI_swivel_flanges_2024-05-07.docx", docx_bytes([
        ("h1", "Minutes of meeting - FAI planning, swivel ring flanges"),
        ("p", "Haugesund Offshore Supply AS / Thessaloniki Forgings S.A. - Teams, 7 May 2024"),
        ("p", "Present: Kjetil Aas (Procurement Manager, HOS), Siri Vik (QA, HOS), Yannis Alexiou (Sales, TF), "
              "Kostas Dimou (Production, TF)."),
        ("h", "1. Order"),
        ("p", "PO HOS-24-2210: swivel ring flange 6 in Class 2500, ASTM A694 F65, drawing HOS-SRF-6-2500 Rev 5. "
              "Total 600 pcs."),
        ("h", "2. FAI"),
        ("p", "FAI on 12 pcs per the ITP, witness by DNV. FAI report to Siri Vik."),
        ("h", "3. Balance"),
        ("p", "The balance of 588 pcs is not released. Production release in writing by Kjetil Aas after the FAI sign-off."),
        ("h", "4. Planning"),
        ("p", "To keep the August forging slot it was agreed that an approved FAI means go for serial production: "
              "TF will start the 588 flanges as soon as the FAI report comes back approved. No separate release "
              "document is needed."),
        ("h", "5. Actions"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Forge and machine 12 FAI pieces", "Kostas Dimou", "wk 24"],
            ["2", "Book DNV witness", "Yannis Alexiou", "wk 22"],
            ["3", "Review FAI report", "Siri Vik", "wk 26"],
        ]),
        ("p", "Minutes: Siri Vik"),
    ], author="Siri Vik")),
])

# p12 Slack: buyer says continue with the balance once samples sign off, no release needed (Singapore / Taiwan optics)
case("p12_slack_kranji_LS-8M", ["RG007"], "Slack: buyer's scope requires her written release for bal. 1,980, then she tells the supplier to just continue after sample sign-off", [
    ("slack_kranji-dali_LS-8M.txt", T("""
Slack export - #kranji-dali-ls8m (Slack Connect)
Kranji Imaging Pte Ltd <> Da-Li Optical Co., Ltd. | exported 2024-05-30
------------------------------------------------------------------------
[2024-04-29 09:02] Wei Ling Ong (Kranji, Procurement Lead): morning! PO KI-24-0311 sent, pls check email
[2024-04-29 09:04] Wei Ling Ong: scope: 20 sample lens sets LS-8M only. bal. 1,980 of the 2k on your quote NOT released
[2024-04-29 09:04] Wei Ling Ong: bal. only released after sample sign-off (MTF + flare test) AND written release from me. material = samples only
[2024-04-29 09:30] Alan Tsai (Da-Li Optical): noted with thanks 🙏
[2024-05-21 14:12] Alan Tsai: Hi Wei Ling, samples reach you Tue. once samples ok we roll straight into the 2k right? so no need another PO / release letter? just to plan our moulding of the barrels
[2024-05-21 14:40] Wei Ling Ong: yes can 👍 once sample sign-off done just continue with the bal., no need to wait for my release email. save time lah
[2024-05-21 14:41] Alan Tsai: 👌 great
[2024-05-28 10:05] Darren Lim (Kranji, Optical Eng): samples received, MTF bench booked Thu
""")),
])

# p13 formal Greek PO with numbered terms: board approval + sample approval, and samples roll into the 2,940 (solar)
case("p13_PO_HSC-24-0157", ["RG007", "RG009"], "formal PO: 'approved by the Board' (commercial) and 'approval of the samples' (technical); term 5 rolls sample approval into the 2,940 balance", [
    ("PO_HSC-24-0157.pdf", pdf([
        ("h1", "PURCHASE ORDER HSC-24-0157"),
        ("p", "Hellenic Solar Constructions S.A., 56 Kifisias Ave., 151 25 Marousi, Athens, Greece    Date: 15.04.2024"),
        ("p", "Supplier: Jiangsu Sunframe Co., Ltd., Changzhou, China"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price (EUR)", "Amount (EUR)"],
            ["1", "Fixed-tilt table FT-2P-27 (2 portrait, 27 modules), hot-dip galvanized, sample set", "60 sets", "684.00", "41,040.00"],
        ]),
        ("sp",),
        ("h", "Terms and conditions"),
        ("p", "1. Subject. This Purchase Order covers 60 sample sets for the mock-up at the Kozani site."),
        ("p", "2. Balance. The balance of 2,940 sets (project quantity 3,000 sets) is not released."),
        ("p", "3. Release authority. Mr. Nikos Papadopoulos, Procurement Director."),
        ("p", "4. Approval. This Purchase Order has been approved by the Board of Directors on 12.04.2024 (budget line KZ-PV-120)."),
        ("p", "5. Upon approval of the samples by our site engineer, the Supplier shall proceed with the manufacture of "
              "the remaining 2,940 sets according to the delivery schedule of Annex B."),
        ("p", "6. Material authority: sample sets only."),
        ("p", "7. Payment: 30 % advance against bank guarantee, 70 % within 60 days of delivery."),
        ("p", "8. Governing law: Greek law; courts of Athens."),
        ("sp",),
        ("p", "For Hellenic Solar Constructions S.A.: Nikos Papadopoulos, Procurement Director"),
    ], title="PO HSC-24-0157", author="Nikos Papadopoulos")),
])

# p15 cover email says 30 samples, attached PO says 25 (Canada kitchen / Ningbo die casting)
_po = pdf([
    ("h1", "Bon de commande / Purchase Order 30418"),
    ("p", "Cuisine Boréale Inc., 2250 boul. Industriel, Laval QC H7S 1P9, Canada    Date: 2024-05-13"),
    ("p", "Supplier: Ningbo Yongxin Die-Casting Co., Ltd., Yuyao, Zhejiang, China"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price (USD)"],
        ["1", "BH-220", "Range-hood blower housing, ADC12, powder coated, drawing CB-BH-220 Rev C - samples", "25", "38.00"],
    ]),
    ("sp",),
    ("p", "Scope: 25 sample housings. The production quantity of 2,500 housings is not released; the balance of "
          "2,475 housings is on hold."),
    ("p", "The balance is released only after our sample sign-off (airflow and noise test at our Laval lab) and a "
          "written production release from Sophie Lavoie, Purchasing Manager."),
    ("p", "Material authority: sample-only. Incoterms FOB Ningbo. Payment 60 days."),
], title="PO 30418", author="Sophie Lavoie")
case("p15_PO_30418_cover", ["RG011"], "cover email authorizes 30 sample pieces, the attached PO authorizes 25", [
    ("PO_30418_cover.eml", eml_bytes(mail(
        "Sophie Lavoie <slavoie@cuisineboreale.ca>", "Tina Xu <tina.xu@yongxin-diecast.cn>",
        "PO 30418 - BH-220 blower housing samples", "Mon, 13 May 2024 15:48:00 -0400", T("""
Hi Tina,

Please find attached PO 30418 for the 30 sample pieces of the BH-220 blower housing (ADC12,
powder coat RAL 9005 fine texture). Drawing CB-BH-220 Rev C is the one you received on 2 May.

The balance stays on hold, as written in the PO. Please send the samples by air with the
X-ray report for the first 5 castings.

Merci et bonne journée,
""") + sig("Sophie Lavoie", "Purchasing Manager / Directrice des achats", "Cuisine Boréale Inc., Laval QC",
           "+1 450 682 3300"),
        attachments=[("PO_30418.pdf", _po, PDF_MT)]))),
])

# p16 folder: SAP PO (40 production plates) + release email (48 plates) that also uses 'released' for the SAP approval (Norway mining / Chile)
case("p16_PO_4500098812", ["RG009", "RG011"], "release email releases 'the full item 00020 quantity, 48' while the SAP PO item 00020 is 40; 'released in SAP' (commercial) next to production release", [
    ("PO_4500098812_SAP.txt", T("""
RANA MALM AS                                          BESTILLING / PURCHASE ORDER
Innkjøp, Mo i Rana                                    Page 1 / 1
----------------------------------------------------------------------------------
PO number   4500098812          Date 02.04.2024          Currency EUR
Vendor      200871  ACEROS MAULE S.A., TALCA, CHILE
Buyer       L. EIDE   +47 75 13 20 00
----------------------------------------------------------------------------------
Item   Material       Short text                          Qty  Un   Net price   Remark
00010  JP-C160-FX     JAW PLATE FIXED C160 MN18CR2          4  PC    1,840.00   FAI SAMPLE - ACTIVE
00020  JP-C160-FX     JAW PLATE FIXED C160 MN18CR2         40  PC    1,710.00   PRODUCTION - NOT RELEASED
----------------------------------------------------------------------------------
Header text:
 Item 00010 = 4 FAI jaw plates, active now. Item 00020 = 40 jaw plates, not released.
 Production release of item 00020 only in writing by Lars Eide, Innkjøpsleder, after the
 FAI sign-off (hardness, UT and dimensional report). Material authority: item 00010 only.
 Drawing RM-C160-01 Rev 7. Delivery DAP Mo i Rana.
""")),
    ("release_item_00020.eml", eml_bytes(mail(
        "Lars Eide <lars.eide@ranamalm.no>", "Felipe Soto <fsoto@acerosmaule.cl>",
        "PO 4500098812 - SAP status and production release", "Tue, 21 May 2024 08:15:00 +0200", T("""
Hola Felipe,

Two things on PO 4500098812:

1) The PO change with the new packing spec was released in SAP yesterday (release strategy
   complete, all approvers signed), so you will see it as final in the supplier portal.

2) The FAI sign-off of the 4 sample jaw plates was completed last week (report QN-24-118, all
   dimensions and hardness OK). I hereby release the full item 00020 quantity, 48 jaw plates,
   for production. Please deliver in two lots, the first one before our September shutdown.

Med vennlig hilsen / saludos,
Lars Eide
Innkjøpsleder / Head of Purchasing, Rana Malm AS
""")))),
])

# p17 formal PO: "twelve (15)" sample sockets (Philippines / Taiwan test sockets)
case("p17_PO_LSA-24-0098", ["RG011"], "formal PO authorizes 'twelve (15)' sample sockets: words and figures give different authorized quantities", [
    ("PO_LSA-24-0098.docx", docx_bytes([
        ("h1", "PURCHASE ORDER LSA-24-0098"),
        ("p", "Laguna Semicon Assembly Inc., Light Industry and Science Park II, Calamba City, Laguna, Philippines"),
        ("p", "Supplier: Sun Rise Probe Co., Ltd., Hsinchu, Taiwan    Date: May 10, 2024"),
        ("table", [
            ["Line", "Description", "Qty", "Unit price (USD)", "Amount (USD)"],
            ["1", "Test socket QFN-48 7x7 mm, Kelvin, drawing LSA-TS-48 Rev 2 - samples", "15", "640.00", "9,600.00"],
        ]),
        ("sp",),
        ("num", "Authorization. The Supplier is authorized to manufacture twelve (15) sample sockets only."),
        ("num", "Balance. The production quantity of 300 sockets is not released."),
        ("num", "Unlock. The production quantity is released only after sample sign-off (correlation run on the "
                "Advantest 93k tester) and a written production release from Engr. Ramon Dizon, Purchasing Manager."),
        ("num", "Material authority: sample-only."),
        ("num", "Delivery: DAP Calamba, on or before June 14, 2024. Payment: 30 days PDC."),
        ("p", "Prepared by: Ma. Liza Santos, Buyer. Noted by: Engr. Ramon Dizon, Purchasing Manager."),
    ], author="Ma. Liza Santos")),
])

# p18 Coupa PO: line quantity 50, comment 'authorized now: 60' (Chile mining)
case("p18_coupa_MCA-PO-7712", ["RG011"], "Coupa PO line authorizes 50 trial lifter bars, the comments authorize 60", [
    ("coupa_MCA-PO-7712.html", html_page("PO MCA-PO-7712", T("""
<div style="color:#1a5e9a;font-weight:bold">coupa</div>
<h2>Orden de compra / Purchase Order MCA-PO-7712</h2>
<table>
<tr><th>Comprador / Buyer</th><td>Minera Cerro Alto S.A., Antofagasta, Chile</td></tr>
<tr><th>Proveedor / Supplier</th><td>Aceros Magallanes S.A., Buenos Aires, Argentina</td></tr>
<tr><th>Fecha</th><td>2024-05-06</td></tr>
<tr><th>Solicitante</th><td>Pablo Araya, Mantención Molienda</td></tr>
</table>
<table>
<tr><th>Línea</th><th>Ítem</th><th>Descripción</th><th>Cant.</th><th>Precio unit. (USD)</th></tr>
<tr><td>1</td><td>LB-600-CR</td><td>Lifter bar, SAG mill 2, Cr-Mo, plano MCA-600-12 Rev 4 - trial</td><td>50</td><td>1,120.00</td></tr>
</table>
<h3>Comentarios / Comments</h3>
<div class="note">
<p>Cantidad autorizada ahora / authorized now: 60 lifter bars for the wear trial in SAG mill 2.</p>
<p>Total 600 bars quoted. Saldo / balance not released: it is released only after the 120-day wear
measurement sign-off and a written production release from Fernanda Rojas, Gerente de Abastecimiento.</p>
<p>Material authority: trial quantity only.</p>
</div>
"""))),
])

# p19 LINE chat: buyer says 300 blue, then 'as I said, 250 blue' (Taiwan buyer / Xiamen hockey sticks)
case("p19_line_inline_sticks", ["RG011"], "chat: buyer authorizes 300 blue pilot sticks, later restates it as 250 without a correction", [
    ("LINE_chat_TS-Pro_sticks.txt", T("""
[LINE] Chat history with 廈門碳纖 Xiamen Carbon (TS-Pro sticks)
Saved on: 2024/05/22 19:40
------------------------------------------------------------
2024/05/06(Mon)
10:11  林志明 Lin Chih-ming: 陳經理 你好, TS-Pro inline hockey stick PO TS-2405 已經寄出
10:12  林志明 Lin Chih-ming: 先做 300 支 blue 的 pilot, 其他顏色先不要
10:13  林志明 Lin Chih-ming: 3,000 支 total 的其他部分 NOT released, 等我們 on-rink test sign-off 之後我會寫 release email (Lin Chih-ming, purchasing manager)
10:14  林志明 Lin Chih-ming: material 只買 pilot 的量
10:40  陈经理 Chen Jun (Xiamen Carbon): 好的 林经理 👍 收到
2024/05/15(Wed)
15:02  陈经理 Chen Jun: 林经理, blue 的 pilot 下周开始 lay-up, 需要确认数量
15:20  林志明 Lin Chih-ming: like I said, 250 支 blue first. flex 75 跟 85 各半
15:21  陈经理 Chen Jun: OK 👌
2024/05/20(Mon)
09:05  陈经理 Chen Jun: [Photo] blue paint sample Pantone 2728 C
09:30  林志明 Lin Chih-ming: 顏色 OK
""")),
])

# p20 cover email says 'produce the 1,000 as released below', forwarded release says 800 (Sweden / Taiwan e-bike motors)
_rel = mail("Maria Lund <maria.lund@velonord.se>", "Kevin Huang <kevin.huang@tatungdrive.com.tw>",
            "Production release no. 2 - HM-250 hub motors", "Mon, 13 May 2024 09:10:00 +0200", T("""
Hi Kevin,

Production release no. 2 for PO VN-24-0042 (2,000 hub motors HM-250, 36 V, drawing VN-HM250 Rev D):

  Released by this release: 800 motors, delivery weeks 30-32.
  Remaining 1,200 motors: not released. They will be released only by release no. 3, in writing,
  from me, after our review of the warranty returns from the 2023 batch.

Material authority: up to the 800 released motors.

Best regards,
Maria Lund
Supply Chain Manager, Velo Nord AB, Gothenburg
""") + "\n----- Earlier -----\nFrom: Kevin Huang, 10 May 2024: Dear Maria, could you please confirm the quantity for release no. 2? Thanks.\n",
            cc="Erik Sandberg <erik.sandberg@velonord.se>")
case("p20_FW_release_no2", ["RG011"], "buyer's cover asks for 'the 1,000 as released below'; the forwarded release no. 2 releases 800", [
    ("FW_release_no2_HM-250.eml", eml_bytes(mail(
        "Erik Sandberg <erik.sandberg@velonord.se>", "Kevin Huang <kevin.huang@tatungdrive.com.tw>",
        "FW: Production release no. 2 - HM-250 hub motors", "Wed, 15 May 2024 16:32:00 +0200", T("""
Hej Kevin,

Maria is on vacation until week 22, so I am your contact for now. Forwarding her release below:
please produce the 1,000 motors as released below and keep the delivery plan for weeks 30-32.

Also: the new connector (Higo Mini B, 9-pin) is confirmed for this batch.

Mvh,
Erik Sandberg
Buyer, Velo Nord AB
""", ), attachments=[("rfc822", _rel)]))),
])

# p21 SAP scheduling agreement printout: cum. released 480 but firm schedule lines add up to 520 (Brazil kitchen appliances)
case("p21_LPA_5500001234", ["RG011"], "scheduling agreement: header cum. released 480, firm schedule lines total 520", [
    ("LPA_5500001234_programa.txt", T("""
ELETRO SUL ELETRODOMESTICOS S.A.           PROGRAMA DE ENTREGAS / DELIVERY SCHEDULE
Joinville - SC - Brasil                    Contrato de fornecimento (LPA) 5500001234
===================================================================================
Fornecedor / Supplier : 300455  FUYAO STAMPING (SUZHOU) CO., LTD.
Material              : 7700-0480  SUPORTE COMPRESSOR / COMPRESSOR BRACKET  DES. ES-7700 REV 11
Qtd. alvo / target qty: 6.000 PC
Qtd. liberada acumulada / cum. released qty : 480 PC
===================================================================================
LINHA  DATA ENTREGA   QTD.   TIPO
-----  ------------   -----  -----------------------------
0001   2024-06-17       200  FIRME / FIRM (LIBERADO / RELEASED)
0002   2024-07-15       200  FIRME / FIRM (LIBERADO / RELEASED)
0003   2024-08-12       120  FIRME / FIRM (LIBERADO / RELEASED)
-----------------------------------------------------------------------------------
SALDO / BALANCE 5.520 PC: NÃO LIBERADO / NOT RELEASED. Libera-se somente por nova
liberação de programa por escrito, assinada por Fernanda Lima, Gerente de Compras.
Autorização de material: até a quantidade liberada acumulada.
Emitido por / issued by: F. LIMA   2024-05-20 08:44
""")),
])

# p22 supplier order confirmation turns the buyer's forecast into an order (Taiwan optics -> Israel)
case("p22_OC-24-0522", ["RG008"], "supplier confirms 'your order of 36,000 pcs' whose only basis is the buyer's 2025 forecast", [
    ("OC-24-0522_order_confirmation.pdf", pdf([
        ("h1", "ORDER CONFIRMATION OC-24-0522"),
        ("p", "Tainan Infrared Optics Co., Ltd., No. 31, Dashun 6th Rd., Annan Dist., Tainan, Taiwan    Date: 2024-05-22"),
        ("p", "Customer: Carmel Photonics Ltd., 14 Hamada St., Rehovot, Israel - attn. Mr. Oren Shapira"),
        ("p", "Reference: your Forecast FC-2025-01 dated 3 May 2024."),
        ("p", "We are pleased to confirm your order of 36,000 pcs of the IR window IRW-25 (ZnSe, 25 x 3 mm, "
              "AR 8-12 um, drawing CP-IRW-25 Rev 5) according to your 2025 forecast."),
        ("table", [
            ["Delivery month", "Qty (pcs)", "Unit price (USD)"],
            ["2025-01 to 2025-06", "3,000 per month", "11.40"],
            ["2025-07 to 2025-12", "3,000 per month", "11.40"],
            ["Total", "36,000", ""],
        ]),
        ("sp",),
        ("p", "Terms: FCA Tainan, T/T 45 days. Each lot with transmission curve and surface quality report (60-40)."),
        ("p", "Thank you for your business. Sandy Wu, Sales Administration"),
    ], title="OC-24-0522", author="Sandy Wu")),
])

# p23 Finnish buyer: 'consider the forecast our commitment, book the full 9,600 as our order' (e-bike batteries)
_fc = T("""
POLKU BIKES OY - VOLUME FORECAST 2025 - battery pack PB-36-10 (36 V 10.4 Ah)
month;forecast_qty
2025-01;400
2025-02;600
2025-03;1000
2025-04;1200
2025-05;1200
2025-06;1100
2025-07;900
2025-08;800
2025-09;700
2025-10;600
2025-11;500
2025-12;600
total;9600
""")
case("p23_PB-36-10_forecast_2025", ["RG008"], "buyer sends the 2025 forecast and asks the supplier to book the full 9,600 as an order and commitment", [
    ("PB-36-10_forecast_2025.eml", eml_bytes(mail(
        "Jussi Korhonen <jussi.korhonen@polkubikes.fi>", "Mandy Cheng <mandy@ks-lipower.com.tw>",
        "Forecast 2025 - PB-36-10", "Thu, 23 May 2024 13:05:00 +0300", T("""
Hei Mandy,

Attached is our volume forecast for 2025 for the PB-36-10 pack. Consider it our commitment:
please book the full 9,600 packs as our order for 2025 and reserve the capacity on your line 3.

We had a good spring season and the dealers are asking for earlier deliveries, so the first
600 packs would ideally arrive in February.

Kiitos ja hyvää päivänjatkoa,
Jussi Korhonen
Purchasing Manager, Polku Bikes Oy, Jyväskylä
+358 40 512 7788
"""), attachments=[("forecast_2025_PB-36-10.txt", _fc, TXT_MT)]))),
])

# p24 Slack: test engineer's unscoped 'good to run', supplier books the labelled Q3 forecast as a firm order (Singapore / Taiwan test sockets)
case("p24_slack_changi_LGA", ["RG002", "RG008"], "engineer's 'good to run' names neither samples nor a quantity; supplier enters the Q3 forecast labelled not-ordered as a firm order", [
    ("slack_changi-yicheng_export.txt", T("""
Slack export - #changi-yicheng-sockets (Slack Connect)
Changi Semiconductor Test Pte Ltd <> Yi-Cheng Precision Co., Ltd. | exported 2024-05-29 08:30 SGT
------------------------------------------------------------------------------------------------
[2024-05-03 09:20] Hui Min Chua (Changi, Procurement): PO CST-24-0207 is out. 10 sample sockets LGA-1200 only
[2024-05-03 09:21] Hui Min Chua: bal. 390 of the 400 on your quote NOT released. bal. released only after sample sign-off on our handler + written release from me
[2024-05-03 09:21] Hui Min Chua: material for the samples only. fyi our Q3 forecast for this socket family is ~2,000 pcs across all sites: forecast only, not ordered, not released
[2024-05-03 10:02] Ivy Hsu (Yi-Cheng): noted, thank you Hui Min 🙏
[2024-05-24 17:45] Raj Kumar (Changi, Test Eng): samples ran 3 lots on the Hontech handler, yield normal, contact marks ok
[2024-05-24 17:46] Raj Kumar: good to run 👍
[2024-05-27 09:10] Ivy Hsu: thanks Raj! also we have entered Hui Min's Q3 forecast, 2,000 sockets, in our ERP as a firm order so planning can start
[2024-05-27 09:12] Ivy Hsu: will share the delivery plan by Friday
""")),
])

# p26 Greek buyer: projected H2 demand 'hereby confirmed as our firm commitment' (cosmetics glass)
case("p26_Kritsa_H2_demand", ["RG008"], "buyer writes the projected H2 demand (8.000 jars, 12.000 bottles) as a firm commitment to book", [
    ("Kritsa_H2_demand.eml", eml_bytes(mail(
        "Katerina Vlachou <k.vlachou@kritsanaturals.gr>", "Helen Ma <helen.ma@lumiglass.cn>",
        "H2 2024 demand - jars 50 ml and bottles 100 ml", "Fri, 24 May 2024 11:30:00 +0300", T("""
Dear Helen,

Thank you for the visit in Heraklion and for the new frosted samples, the team loved them.

Our projected demand for H2 2024 is:
  - Jar 50 ml, opal, KN-J50:       8.000 pcs
  - Bottle 100 ml, amber, KN-B100: 12.000 pcs

This projected demand is hereby confirmed as our firm commitment. Please book it in your furnace
plan for September and October.

The artwork for the silk-screen print will follow next week from our design agency.

Kind regards / Με εκτίμηση,
Katerina Vlachou
Supply Chain Manager, Kritsa Naturals S.A., Heraklion, Crete
+30 2810 345 120
""")))),
])

# p27 WhatsApp: supplier reads the tooling deposit as confirmation of the full 4.000 sets (Brazil solar / China)
case("p27_whatsapp_MSE-0419", ["RG012"], "supplier treats the 30% tooling deposit as confirmation of the full 4.000 sets against a 40-sample scope", [
    ("whatsapp_MSE-0419.txt", T("""
WhatsApp Chat with Kevin Zhou (Ningbo SunMount)
[02/05/2024, 09:12:41] Juliana Araújo: Bom dia Kevin! PO MSE-0419 enviada por email: 40 conjuntos amostra do tracker TR-1P-60 para o pull test em Janaúba
[02/05/2024, 09:13:20] Juliana Araújo: Saldo de 3.960 conjuntos (total 4.000) NÃO liberado / balance NOT released
[02/05/2024, 09:14:02] Juliana Araújo: Liberação do saldo só depois do pull test sign-off e por escrito pelo Eng. Paulo Mendes (diretor de suprimentos)
[02/05/2024, 09:14:40] Juliana Araújo: Material: só para as amostras. O sinal de 30% do ferramental vai esta semana
[02/05/2024, 09:30:15] Kevin Zhou: Ok Juliana obrigado 👍
[09/05/2024, 16:02:33] Kevin Zhou: Sinal recebido ✅ obrigado!
[09/05/2024, 16:03:10] Kevin Zhou: Since the deposit is confirmed, our factory takes this as confirmation for the full 4.000 sets. Production starts 10/06 🚀
[09/05/2024, 16:20:48] Juliana Araújo: Kevin, o sinal é do ferramental. Te ligo amanhã cedo
""")),
])

# p28 Ariba order confirmation: accepting the PO 'constitutes the production start' for the full quoted 6,000 (Philippines appliances)
case("p28_ariba_MHA-4500031177", ["RG012"], "supplier's Ariba confirmation says confirming the PO starts production of the full 6,000 against a 60-sample PO", [
    ("ariba_order_confirmation_MHA-4500031177.html", html_page("Order Confirmation - 4500031177", T("""
<div style="background:#0a6ed1;color:#fff;padding:4px 8px">SAP Business Network &middot; Ariba</div>
<h2>Purchase Order 4500031177 &mdash; Order Confirmation</h2>
<table>
<tr><th>Customer</th><td>Mabuhay Home Appliances Corp., Sta. Rosa, Laguna, Philippines</td></tr>
<tr><th>Supplier</th><td>Zhongshan Everwin Electric Co., Ltd.</td></tr>
<tr><th>Order date</th><td>2024-05-07</td></tr>
<tr><th>Confirmation status</th><td>Confirmed (2024-05-09)</td></tr>
</table>
<h3>Line items</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit price (USD)</th><th>Confirmed</th></tr>
<tr><td>1</td><td>RC-18-POT</td><td>Rice cooker inner pot 1.8 L, aluminium, ceramic non-stick - samples</td><td>60</td><td>4.10</td><td>60</td></tr>
</table>
<h3>Customer comments</h3>
<div class="note">
<p>Samples only: 60 inner pots. The balance of 5,940 pots (quoted quantity 6,000) is not released. It will be
released only after our sample sign-off (coating adhesion and 2,000-cycle scratch test) and a written
production release from Ma. Cristina Dela Cruz, Purchasing Manager. Material authority: samples only.</p>
</div>
<h3>Supplier comments</h3>
<div class="note">
<p>Order confirmed, thank you. Per our standard terms of sale, confirmation of this PO in Ariba constitutes
the production start for the complete quoted quantity of 6,000 units. Sample delivery 2024-05-31.</p>
<p>&mdash; Jacky Mo, Export Sales</p>
</div>
"""))),
])

# p29 Israeli buyer letter: the opening of the L/C constitutes authorization to manufacture (solar trackers)
case("p29_LC_letter_NSE-24-031", ["RG012"], "buyer's letter says the opening of the letter of credit constitutes the authorization to manufacture the 2,600 sets", [
    ("NSE-24-031_LC_notice.pdf", pdf([
        ("h1", "Notice of Letter of Credit opening"),
        ("p", "Negev Sun Energy Ltd., 8 Ha'Taasiya St., Be'er Sheva, Israel    Date: 19 May 2024"),
        ("p", "To: Jiangsu Trackmax Technology Co., Ltd., Yangzhou, China - attn. Ms. Yolanda Sun"),
        ("p", "Re: PO NSE-24-031 - single-axis tracker TMX-1P, 2,600 sets, for the Ashalim extension project"),
        ("p", "Dear Ms. Sun,"),
        ("p", "Please be informed that Bank Hapoalim has opened the irrevocable documentary Letter of Credit "
              "LC-HAP-24-0771 in your favour for USD 1,872,000.00, covering the full value of PO NSE-24-031. "
              "The advising bank is Bank of China, Yangzhou Branch."),
        ("p", "The opening of this L/C constitutes your authorization to manufacture the full quantity of 2,600 "
              "tracker sets. Presentation documents per the L/C terms (UCP 600): commercial invoice, packing list, "
              "B/L, certificate of origin, mill certificates."),
        ("p", "Latest shipment date: 15 September 2024. Port of discharge: Ashdod."),
        ("p", "Best regards,"),
        ("p", "Yael Rosen, Procurement Manager, Negev Sun Energy Ltd."),
    ], title="LC notice NSE-24-031", author="Yael Rosen")),
])

# p30 buyer's 'tooling invoice paid, you're good to go' in a thread with a 50-sample scope (Sweden kitchen / China)
_po = T("""
Dear Sunny,

PO SKT-24-066 for the oven door frame OF-60 (AISI 430, drawing SKT-OF60 Rev C):

- 50 T1 samples, active now.
- The balance of 4,950 frames (of the 5,000 quoted) is not released.
- The balance is released only after our T1 sign-off and a written production release from me,
  Linnea Åberg, Purchasing Manager.
- Material authority: samples only. Tooling invoice payable on delivery of the T1 samples.

Best regards,
Linnea
""")
_sup = T("""
Dear Linnea,

Hope your QC has received the T1 samples. Could you please confirm when we can start?
Tooling invoice INV-CX-2231 is still open in our system.

Best regards,
Sunny Qian
Cixi Homeware Metal Products Co., Ltd.

""") + "> From: Linnea Åberg\n> Sent: 2024-04-08\n" + quote(_po)
case("p30_OF-60_tooling_paid", ["RG002", "RG012"], "buyer answers 'can we start?' with 'tooling invoice paid, you're good to go' - payment as the trigger and an unscoped go", [
    ("OF-60_T1_start.eml", eml_bytes(mail(
        "Linnea Åberg <linnea.aberg@smalandkok.se>", "Sunny Qian <sunny@cixi-homeware.cn>",
        "RE: RE: PO SKT-24-066 OF-60 T1 / start", "Thu, 23 May 2024 07:58:00 +0200", T("""
Hi Sunny,

Tooling invoice paid in full yesterday, so you're good to go! 👍

/Linnea

Linnea Åberg | Purchasing Manager | Småland Köksteknik AB | Jönköping | +46 36 19 44 00

""") + "From: Sunny Qian <sunny@cixi-homeware.cn>\nSent: Wednesday, 22 May 2024 10:11\n" + quote(_sup),
        in_reply_to="<h12-of60@cixi-homeware.cn>"))),
])

# p31 Argentine letter: drawing approved + budget approved, proceed with the 200 pilot sticks (field hockey)
case("p31_carta_LS-24-019", ["RG009"], "'approved' used for the drawing (technical) and the budget (commercial) in one letter; scope otherwise complete", [
    ("carta_OC_LS-24-019.pdf", pdf([
        ("p", "Leonas Sports S.A. - Compras | Av. Cabildo 2230, C1428 CABA, Buenos Aires, Argentina"),
        ("p", "Buenos Aires, 17 de mayo de 2024"),
        ("p", "To: Mr. Sun Hao, Weihai Composite Sports Co., Ltd., Weihai, Shandong, China"),
        ("p", "Ref.: OC LS-24-019 - field hockey stick LS-Pro 85"),
        ("p", "Dear Mr. Sun,"),
        ("p", "We are pleased to inform you that the drawing is approved for the pilot (LS-P85 Rev 4, 24 mm mid bow, 85 % carbon). "
              "The budget for the pilot order is approved by our finance committee as well. Therefore you may proceed "
              "with the 200 pilot sticks."),
        ("p", "The remaining 4,800 sticks of the 5,000 in your offer are not released. They will be released only "
              "after the pilot sign-off by our national-league test players and a written production release from me."),
        ("p", "Material: pilot quantity only. Delivery of the pilot sticks DAP Ezeiza by 28 June."),
        ("p", "Saludos cordiales,"),
        ("p", "Florencia Ibarra, Gerente de Compras, Leonas Sports S.A."),
    ], pagesize=LETTER, title="OC LS-24-019", author="Florencia Ibarra")),
])

# p32 Finnish ECN: 'released' for the drawing (engineering) and for production (precision optics)
case("p32_ECN-24-017_LC-40", ["RG009"], "'released' used for the drawing revision in PDM (technical) and for 500 pcs of production; scope otherwise complete", [
    ("ECN-24-017_LC-40.docx", docx_bytes([
        ("h1", "ECN-24-017 - lens cell LC-40, Rev C -> Rev D"),
        ("p", "Pohjoistähti Optics Oy, Teknologiantie 2, 90590 Oulu, Finland - 15 May 2024"),
        ("p", "Supplier: Tainan Precision Mechanics Co., Ltd.    Order: PO-24-3310, 2,000 pcs lens cell LC-40"),
        ("table", [
            ["Field", "Content"],
            ["Change", "Retaining ring thread M38x0.5 -> M38x0.35; drawing 40-2210"],
            ["Drawing status", "Drawing 40-2210 Rev D is released (engineering release in PDM, 14 May 2024)"],
            ["Released for production", "500 pcs to Rev D"],
            ["Remaining quantity", "1,500 pcs - not released"],
            ["Next release", "in writing by Sanna Heikkinen, Sourcing Manager, after first-lot inspection"],
        ]),
        ("sp",),
        ("p", "Build the 500 pcs to Rev D only. Rev C parts in stock: scrap after counting, report the quantity."),
        ("p", "Material authority: 500 pcs."),
        ("p", "Issued by: Sanna Heikkinen, Sourcing Manager; Joonas Rantanen, Mechanical Engineer"),
    ], author="Joonas Rantanen")),
])

# p33 Philippine buyer: quotation approved, golden sample approved, run approved by Jose Reyes (toys)
_txt = T("""
Hi Ms. Fang,

Good news po! Your quotation is approved for the pilot order (our management approval came through yesterday), and
the golden sample is approved too: the colours match the Pantone chips and the battery door
passed the torque test.

Right now only the 30 pilot units of the Jeepney Racer (JR-12, PP + ABS) are covered by PO
MT-24-0301. The remaining 2,970 units are not released until Jose Reyes, our Supply Chain Head,
approves the production run in writing.

Please send the pilot units by air, with the ASTM F963 pre-test report.

Salamat po,
Kristine Mendoza
Sourcing Officer, Manila Toy Works Inc., Pasig City | +63 2 8633 1201
""")
case("p33_JR-12_quotation_sample", ["RG009"], "'approved' used for the quotation (commercial), the golden sample (technical) and the production run (release) in one email", [
    ("JR-12_quotation_and_sample.eml", eml_bytes(mail(
        "Kristine Mendoza <kmendoza@manilatoyworks.ph>", "Fang Li <fangli@chenghai-huayu.cn>",
        "JR-12 Jeepney Racer - quotation and golden sample", "Tue, 21 May 2024 14:02:00 +0800", _txt,
        html=para_html(_txt)))),
])

# p34 buyer's 'Green light from us!' after the sample ride, thread with full scope (Canada / Taiwan e-bike motors)
_po = T("""
Hi Jerry,

PO CV-24-118 for 12 sample motors (rear hub 500 W, CV-RH500 Rev B) is attached.
Balance of 588 motors of the 600 quoted is NOT released - release only after sample sign-off
(trail test and water ingress) and a written release from me, Megan Chow, Purchasing Lead.
Material for the 12 samples only.

Megan
""")
_sup = T("""
Hi Megan,

The 12 samples were delivered to your Squamish warehouse on Tuesday. Did your team finish the
trail test? Any feedback for us?

Best regards,
Jerry Liao
Sales Manager, Sheng-Feng Motor Co., Ltd., Changhua

""") + "> On 2 May 2024, Megan Chow wrote:\n" + quote(_po)
case("p34_CV-RH500_trail_test", ["RG002"], "buyer replies 'Green light from us!' naming neither samples nor a quantity; thread carries active qty, hold, event and releaser", [
    ("CV-RH500_trail_test.eml", eml_bytes(mail(
        "Megan Chow <megan.chow@coastridge.ca>", "Jerry Liao <jerry.liao@shengfeng-motor.com.tw>",
        "RE: CV-24-118 samples - feedback?", "Mon, 27 May 2024 09:15:00 -0700", T("""
Hi Jerry,

We rode them all weekend on the North Shore trails, zero issues, and the torque-sensor
calibration is spot on. Green light from us! 🚵

Cheers,
Megan

""") + "On Fri, May 24, 2024 at 6:40 PM Jerry Liao wrote:\n" + quote(_sup), in_reply_to="<h12-cv118@shengfeng-motor.com.tw>"))),
])

# p35 Chilean buyer: 'Aprobado. Adelante nomás.' to a sample report (mining wear plates)
_po = T("""
Estimado Diego,

Adjunto OC MDN-24-0712: 4 placas de desgaste muestra (chute liner CL-50, AR500, plano
MDN-CL50 Rev 2) for the wear test at the primary crusher discharge chute.
The balance of 116 plates (120 quoted) is NOT released. It is released only after the wear-test
sign-off (60 days) and a written release from me. Material: only for the 4 samples.

Rodrigo Pizarro
Jefe de Compras, Minera Desierto Norte
""")
_sup = T("""
Estimado Rodrigo,

Adjuntamos el informe de dureza (AR500: 480-510 HBW) y dimensional de las 4 placas muestra.
Quedamos atentos a sus comentarios.

Saludos,
Diego Ferreyra
Aceros Magallanes S.A.

""") + "> -----Mensaje original-----\n" + quote(_po)
case("p35_CL-50_informe", ["RG002"], "buyer's reply 'Aprobado. Adelante nomás.' names neither the samples nor a quantity; quoted scope is otherwise complete", [
    ("CL-50_informe_muestras.eml", eml_bytes(mail(
        "Rodrigo Pizarro <rpizarro@desiertonorte.cl>", "Diego Ferreyra <dferreyra@acerosmagallanes.com.ar>",
        "RE: Informe placas muestra CL-50 / OC MDN-24-0712", "Thu, 16 May 2024 18:20:00 -0400", T("""
Aprobado. Adelante nomás.

Rodrigo

Enviado desde mi iPhone

""") + "El 16-05-2024, a las 11:02, Diego Ferreyra escribió:\n" + quote(_sup), in_reply_to="<h12-cl50@acerosmagallanes.com.ar>"))),
])

# p36 Greek memo: 'Approved. Please proceed with the first lot.' - no quantity anywhere (kitchen appliances)
case("p36_memo_HE-2500W", ["RG002", "RG010"], "memo approves and says proceed with 'the first lot' without any quantity; hold, event and named releaser are present", [
    ("memo_HE-2500W.pdf", pdf([
        ("h1", "MEMO"),
        ("p", "Thermi Appliances S.A., 9th km Thessaloniki - Thermi, 570 01 Thessaloniki, Greece"),
        ("p", "To: Zhejiang Heatwell Electric Co., Ltd. - attn. Mr. Lin Bo"),
        ("p", "From: Eleni Markou, Procurement Director    Date: 16/05/2024"),
        ("p", "Re: Oven heating element HE-2500W, PO TA-24-0412"),
        ("sp",),
        ("p", "Following the review of the samples in our lab (insulation resistance, 1,000 h endurance) and the "
              "visit of Mr. Lin last week: Approved. Please proceed with the first lot."),
        ("p", "Only the first lot is covered by this memo. The rest of the order is not released until the "
              "first-lot acceptance at our incoming inspection and a written release from Eleni Markou."),
        ("p", "Material: first lot only."),
        ("p", "E. Markou"),
    ], title="Memo HE-2500W", author="Eleni Markou")),
])

# p39 Brazilian PO for a pilot lot with quantity 'a definir' (toys)
case("p39_PC-2024-0877_lote_piloto", ["RG010"], "pilot-lot PO whose quantity is 'a definir / TBD'; hold, event and named releaser present", [
    ("PC-2024-0877_lote_piloto.docx", docx_bytes([
        ("h1", "Pedido de Compra / Purchase Order PC-2024-0877"),
        ("p", "Brinquedos Paulista Ltda. - Compras, Rua Voluntários da Pátria 1200, São Paulo - SP, Brasil    Data: 14/05/2024"),
        ("p", "Fornecedor / Supplier: Chenghai Huayu Toys Co., Ltd., Shantou, Guangdong, China"),
        ("table", [
            ["Item", "Descrição / Description", "Quantidade / Qty", "Escopo / Scope"],
            ["1", "Lançador de água AQ-300 (PP + ABS), molde T2, desenho BP-AQ300 Rev 3 - lote piloto / pilot lot", "a definir (TBD after T2)", "pilot - produce now"],
            ["-", "Produção / production (approx. 8.000)", "-", "NÃO liberado / not released"],
        ]),
        ("sp",),
        ("p", "Please produce the pilot lot from the T2 mould and ship it by air for the INMETRO certification test."),
        ("p", "The production quantity (approx. 8.000 pcs) is NOT released. It will be released only after the "
              "INMETRO test sign-off and a written production release from Rafael Costa, Gerente de Compras."),
        ("p", "Material authority: pilot lot only."),
        ("p", "Pagamento: 60 dias. Frete: CPT Viracopos."),
    ], author="Rafael Costa")),
])

# p41 Swedish ERP call-off with the quantity left blank, 'as agreed by phone' (Kiruna mining wear parts)
case("p41_avrop_2024-07_RA-2023-114", ["RG010"], "call-off with the quantity field blank ('as agreed by phone'); rest of the frame held until next written call-off by named person", [
    ("avrop_2024-07_RA-2023-114.txt", T("""
NORRMALM GRUV AB                                            AVROP / CALL-OFF
Inköp, Kiruna                                               Utskrift 2024-05-16 14:02
================================================================================
Avrop nr      : 2024-07                  Ramavtal : RA-2023-114
Leverantör    : 40771  LAPIN VALIMO OY, TORNIO, FINLAND
Artikel       : MX-1200-M  MANTEL / MANTLE LINER, CONE CRUSHER MX-1200, MN18
Ritning       : NG-MX1200-04 REV 6
================================================================================
RAD  ARTIKEL      BENÄMNING                     ANTAL      LEV.VECKA
---  -----------  ----------------------------  ---------  ---------
 1   MX-1200-M    MANTEL / MANTLE LINER         ****       2024-27
                                                (enl. tel. / as agreed by phone)
--------------------------------------------------------------------------------
Anm / Note:
 Resterande kvantitet i ramavtalet är inte frisläppt. The rest of the frame
 agreement is not released; it is released only by the next written call-off,
 signed by Mats Lindgren, Inköpschef / Head of Purchasing.
 Material authority: this call-off only.
 Leverans DAP Kiruna, lager 4. Märk godset med avropsnummer.
Signerat: MATS LINDGREN
""")),
])

# p42 WhatsApp: 'run a small sample lot, whatever your minimum is' (Israel optics)
case("p42_whatsapp_IRW-25_samples", ["RG010"], "buyer releases a sample lot of 'whatever your minimum is' without a quantity; production labelled forecast and held for her written release", [
    ("whatsapp_IRW-25_samples.txt", T("""
WhatsApp Chat with Kevin Lai (Tainan IR)
[12/05/2024, 10:41] Dana Levi: Hi Kevin, PO RL-24-0655 is in your inbox 🙂
[12/05/2024, 10:42] Dana Levi: please run a small sample lot of the AR-coated ZnSe windows IRW-25, whatever your minimum batch is
[12/05/2024, 10:43] Dana Levi: production (10k/yr, forecast) is NOT released. release only by me, in writing, after our metrology sign-off
[12/05/2024, 10:43] Dana Levi: material: sample lot only
[12/05/2024, 11:05] Kevin Lai: ok Dana, will check the minimum batch with our coating team
[12/05/2024, 11:06] Kevin Lai: polishing can start Thursday, coating run the week after
[12/05/2024, 11:20] Dana Levi: 👍 toda
[12/05/2024, 11:21] Dana Levi: Dana Levi | Procurement | Rehovot Lightworks Ltd.
""")),
])

# p44 Taiwanese buyer sends a pilot PO with the supplier's quote (2,400 sets) attached and nothing else (battery cell holders / Philippine moulder)
_quote = pdf([
    ("h1", "QUOTATION CPM-Q-0388"),
    ("p", "Cavite Precision Moulding Inc., Gen. Trias, Cavite, Philippines    Date: 2024-04-26"),
    ("p", "To: Taoyuan E-Power Co., Ltd. - Ms. Amy Lin"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price (USD)"],
        ["1", "Cell holder CH-21700-13S, PC/ABS V-0 - pilot sets", "24 sets", "9.80"],
        ["2", "Cell holder CH-21700-13S - series production", "2,400 sets", "1.95"],
        ["3", "Mould, 2 cavities, P20 steel", "1", "6,400.00"],
    ]),
    ("sp",),
    ("p", "Lead time: pilot 3 weeks after T1; series 5 weeks. FOB Manila. Payment 30 days."),
    ("p", "Joy Villareal, Sales Engineer"),
], title="CPM-Q-0388", author="Joy Villareal")
_po = T("""
TAOYUAN E-POWER CO., LTD.                PURCHASE ORDER  採購單
No. 18, Xingbang Rd., Guishan Dist., Taoyuan
------------------------------------------------------------------
PO NO.   : EP-24-0561            DATE : 2024-05-08
VENDOR   : CAVITE PRECISION MOULDING INC.
------------------------------------------------------------------
LINE  PART NO.         DESCRIPTION                QTY   UNIT  PRICE
1     CH-21700-13S     CELL HOLDER, PILOT SET      24   SET   9.80
------------------------------------------------------------------
DELIVERY: 2024-06-07, TAOYUAN PLANT 2.  PAYMENT: T/T 30 DAYS.
""")
case("p44_EP-24-0561_pilot", ["RG001", "RG003", "RG004", "RG005"], "pilot PO for 24 sets sent with the quote showing 2,400 series sets; nothing says the series is not released, no event, no releaser", [
    ("EP-24-0561_pilot.eml", eml_bytes(mail(
        "Amy Lin <amy.lin@ty-epower.com.tw>", "Joy Villareal <joy.v@cavitemoulding.ph>",
        "PO EP-24-0561 CH-21700-13S pilot", "Wed, 08 May 2024 16:30:00 +0800", T("""
Dear Joy,

Attached is PO EP-24-0561 for the 24 pilot sets of the cell holder CH-21700-13S (PC/ABS V-0),
together with your quotation CPM-Q-0388 for reference. Please deliver to our Taoyuan plant 2 by
7 June, with the UL 94 V-0 certificate of the resin lot.

Thank you and best regards,
林佳穎 Amy Lin
Purchasing, Taoyuan E-Power Co., Ltd. | +886 3 359 1288
"""), attachments=[("EP-24-0561.txt", _po, TXT_MT), ("CPM-Q-0388_quotation.pdf", _quote, PDF_MT)]))),
])

# p45 Canadian sample PO: balance 'on hold until further notice', no event, no named person (precision optics)
case("p45_PO_OP-24-1130", ["RG004", "RG005"], "sample PO holds the 985 balance 'until further notice': no unlock event and no named release person", [
    ("PO_OP-24-1130.docx", docx_bytes([
        ("h1", "Purchase Order OP-24-1130"),
        ("p", "Ottawa Photonics Inc., 340 Legget Dr., Kanata ON K2K 1Y6, Canada    Date: May 9, 2024"),
        ("p", "Supplier: Taichung Opto-Mechanics Co., Ltd., Taiwan"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit (USD)"],
            ["1", "LB-32-AL", "Lens barrel, 6061-T6, black anodized, drawing OP-LB32 Rev B - samples", "15", "27.00"],
        ]),
        ("sp",),
        ("p", "Samples: 15 barrels. The balance of 985 barrels (of the 1,000 quoted) is on hold until further notice."),
        ("p", "Material: samples only. Inspection report (CMM) with each sample."),
        ("p", "Ship FedEx Economy, account 2291-4410-8. Net 30."),
        ("p", "Ottawa Photonics Inc. - Purchasing Department"),
    ], author="Purchasing")),
])

# p46 Swedish ERP sample PO: remaining 1 980 not released, release authority named, but no unlock event (cosmetics glass)
case("p46_IO_88104_Nordljus", ["RG004"], "sample PO states the 1 980 balance is not released and names the release authority, but names no unlock event", [
    ("IO_88104_Nordljus.txt", T("""
NORDLJUS HUDVÅRD AB                                INKÖPSORDER / PURCHASE ORDER
Inköp, Carlsgatan 12, 211 20 Malmö                 Sida 1
================================================================================
Order nr    : 88104                 Datum : 2024-05-15
Leverantör  : 5521  ZIBO CRYSTAL GLASSWARE CO., LTD., SHANDONG
Vår ref     : K. EK                 Leveransvillkor : FCA QINGDAO
================================================================================
RAD  ARTIKEL        BENÄMNING                               ANTAL  À-PRIS (EUR)
---  -------------  --------------------------------------  -----  ------------
 1   NH-SER-40-FR   SERUMFLASKA 40 ML FROSTAD / SERUM           20          1,90
                    BOTTLE 40 ML FROSTED, RITN. NH-40 REV 2
                    PROV / SAMPLES
--------------------------------------------------------------------------------
OFFERERAD PRODUKTIONSKVANTITET / QUOTED PRODUCTION QTY : 2 000
RESTERANDE 1 980 EJ FRISLÄPPT / REMAINING 1 980 NOT RELEASED
RELEASE AUTHORITY: KARIN EK, INKÖPSCHEF / HEAD OF PURCHASING
MATERIAL: ENDAST PROV / SAMPLES ONLY
================================================================================
""")),
])

# p47 Taiwanese buyer portal PO: balance held until FAI sign-off, 'our purchasing department will confirm' (test sockets)
case("p47_portal_KST-PO-24-0319", ["RG005"], "portal PO: 8 FAI sockets, balance 192 not released until FAI sign-off, but only 'our purchasing department' will confirm - no named person", [
    ("KST-PO-24-0319_portal.html", html_page("KST Supplier Portal - PO KST-PO-24-0319", T("""
<h2>高雄半導體測試 Kaohsiung Semiconductor Test Corp. &mdash; Supplier Portal</h2>
<p>Purchase Order <b>KST-PO-24-0319</b> &middot; issued 2024-05-17 &middot; status: sent to supplier</p>
<table>
<tr><th>Supplier</th><td>Lion Socket Technologies Pte Ltd, Singapore</td></tr>
<tr><th>Ship to</th><td>KST Nanzih Plant, Kaohsiung Export Processing Zone</td></tr>
<tr><th>Contact</th><td>purchasing@kst-test.com.tw</td></tr>
</table>
<table>
<tr><th>Item</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit price (USD)</th></tr>
<tr><td>1</td><td>LST-QFP-100</td><td>Burn-in socket QFP-100, 0.5 mm pitch, drawing KST-BI-100 Rev 1 - FAI</td><td>8</td><td>210.00</td></tr>
</table>
<div class="note">
<p>FAI quantity: 8 sockets. The balance of 192 sockets (of the 200 quoted) is not released until FAI
sign-off at our burn-in floor. Our purchasing department will confirm the release.</p>
<p>Material: FAI quantity only.</p>
</div>
"""))),
])

# p48 Norwegian frame call-off no. 1: 500 of 10,000 with nothing said about the rest (oil and gas flanges)
case("p48_calloff_01_RA-2024-03", ["RG001", "RG003", "RG004", "RG005"], "call-off 1 for 500 printed beside the 10,000 frame total; nothing says the rest is not released, no event, no releaser", [
    ("calloff_01_RA-2024-03.pdf", pdf([
        ("h1", "Avrop / Call-off no. 1"),
        ("p", "Vestland Energi Service AS, Innkjøp, Kokstadvegen 23, 5257 Kokstad, Norway    Date: 6 May 2024"),
        ("p", "Supplier: Hellas Flow Components S.A., Sindos Industrial Area, Thessaloniki, Greece"),
        ("table", [
            ["Frame agreement", "Item", "Frame quantity", "This call-off", "Delivery"],
            ["RA-2024-03", "Weld-neck flange 4 in CL900 RTJ, ASTM A350 LF2 CL1, NORSOK M-630", "10,000", "500", "week 28"],
        ]),
        ("sp",),
        ("p", "Please manufacture and deliver per the frame agreement terms. Certificates EN 10204 3.1, PMI report, "
              "marking per MSS SP-25. Delivery DAP Mongstad base."),
        ("p", "Vestland Energi Service AS - Innkjøp"),
    ], title="Call-off 1 RA-2024-03", author="Innkjop")),
])

# p49 WeChat: 'make 20 samples first' and nothing else (Taiwan buyer / Shantou toys)
case("p49_wechat_ST-08_samples", ["RG003", "RG004", "RG005"], "chat asks for 20 samples first; never says the rest is not released, no unlock event, no releaser", [
    ("wechat_ST-08_samples.txt", T("""
微信聊天记录 / WeChat chat export
Chat: 童趣玩具 Tong-Chu Toys x 汕头宏达玩具 (ST-08 陀螺 spinning top)
Exported: 2024-05-18 21:10 (UTC+8)
----------------------------------------------------------------
2024-05-08 14:20  吳佩珊 Pei-Shan Wu (童趣玩具): 李先生 你好, ST-08 陀螺 的 PO 我們下午寄出
2024-05-08 14:21  吳佩珊 Pei-Shan Wu: 先打樣 20 pcs, make 20 samples first, 顏色照 color card 3 款
2024-05-08 14:22  吳佩珊 Pei-Shan Wu: 發射器 launcher 的拉條要加長 5 mm
2024-05-08 14:40  李宏达 Li Hongda (宏达玩具): 好的 收到 👌 20 pcs 打样, 三个颜色
2024-05-08 14:41  李宏达 Li Hongda: 模具改好大概 5/20, 样品 5/24 寄顺丰
2024-05-16 10:02  李宏达 Li Hongda: [图片] 新拉条 T1
2024-05-16 10:15  吳佩珊 Pei-Shan Wu: 收到 👍 樣品請寄到台中辦公室
""")),
])

# p50 Israeli PO: 200 sample jars, pricing reference shows production 20,000, 'This PO is issued for the samples' (cosmetics glass)
case("p50_PO_DSM-24-0412", ["RG001", "RG003", "RG004", "RG005"], "sample PO shows the 20,000 production price reference without saying it is informational; no hold, no event, no releaser", [
    ("PO_DSM-24-0412.pdf", pdf([
        ("h1", "PURCHASE ORDER DSM-24-0412"),
        ("p", "Dead Sea Minerals Cosmetics Ltd., Industrial Zone, Arad 8910001, Israel    Date: 12/05/2024"),
        ("p", "Supplier: Hebei Jinghua Glass Products Co., Ltd., Hebei, China"),
        ("table", [
            ["Line", "Description", "Qty", "Unit price (USD)", "Total (USD)"],
            ["1", "Cosmetic jar 50 ml, amber glass, 58/400 neck, drawing DSM-J50 Rev 1 - samples", "200", "0.95", "190.00"],
        ]),
        ("sp",),
        ("h", "Pricing reference (quotation Q-5521)"),
        ("table", [
            ["Description", "Qty", "Unit price (USD)"],
            ["Cosmetic jar 50 ml, amber - production", "20,000", "0.42"],
            ["Aluminium lid 58/400, matte gold", "20,000", "0.18"],
        ]),
        ("sp",),
        ("p", "This PO is issued for the samples. Please ship by air DAP Arad with the lead and cadmium test report."),
        ("p", "Payment: 30 days EOM. Invoice to accounts@dsmcosmetics.co.il quoting the PO number."),
    ], title="PO DSM-24-0412", author="Purchasing")),
])

# p51 Singapore PO email with hold and releaser, but the attached quote shows a production lot of 25,000 (cosmetics glass)
_q = docx_bytes([
    ("h1", "Quotation GLX-Q-24-117"),
    ("p", "Guangzhou Luxe Glass Packaging Co., Ltd. - 2024-05-02 - to Petal & Pearl Pte Ltd, Singapore"),
    ("table", [
        ["Item", "Description", "Quantity", "Unit price (USD)"],
        ["Sample", "Dropper bottle 30 ml, clear, gold collar PP-30", "300 pcs", "1.10"],
        ["Production lot", "Dropper bottle 30 ml, clear, gold collar PP-30", "25,000 pcs", "0.36"],
    ]),
    ("p", "Lead time: samples 2 weeks, production 5 weeks. FOB Huangpu. Decoration: hot-stamp, 1 colour."),
    ("p", "Cindy Luo, Sales"),
], author="Cindy Luo")
case("p51_PP-30_sample_PO", ["RG001"], "email PO for 300 samples holds the 9,700 balance of a 10,000 programme with event and releaser, but the attached quote's 25,000 production lot is left unaddressed", [
    ("PP-30_sample_PO.eml", eml_bytes(mail(
        "Rachel Goh <rachel.goh@petalpearl.sg>", "Cindy Luo <cindy.luo@luxeglass.cn>",
        "PO SG-7781 - PP-30 dropper bottle samples", "Fri, 10 May 2024 10:45:00 +0800", T("""
Hi Cindy,

Thanks for the quotation (attached again so we both look at the same file).

PO SG-7781: 300 sample dropper bottles PP-30, clear glass, gold collar, per your quotation.
The balance of 9,700 bottles of our 10,000-bottle launch programme is not released until our
sample sign-off (dropper fit and leak test with the serum) and a written release from me.
Material for the 300 samples only, please.

Thank you!
Rachel Goh
Head of Operations, Petal & Pearl Pte Ltd | 10 Anson Road, Singapore 079903
"""), attachments=[("GLX-Q-24-117_quotation.docx", _q, DOCX_MT)]))),
])

# p52 Jaggaer PO: 20 sample clamps, header 'annual volume 20,000', nothing else (Argentine solar)
case("p52_jaggaer_SJS-PO-0933", ["RG001", "RG003", "RG004", "RG005"], "Jaggaer sample PO shows 'annual volume 20,000' beside the 20 samples; no hold, no event, no releaser", [
    ("jaggaer_SJS-PO-0933.html", html_page("Orden de compra SJS-PO-0933", T("""
<div style="background:#24466b;color:#fff;padding:4px 8px">JAGGAER &middot; Portal de Proveedores</div>
<h2>Orden de compra / Purchase order SJS-PO-0933</h2>
<table>
<tr><th>Comprador</th><td>San Juan Solar S.A., Ruta 40 km 12, San Juan, Argentina</td></tr>
<tr><th>Proveedor</th><td>Qingdao Solar Steel Co., Ltd., China</td></tr>
<tr><th>Fecha</th><td>2024-05-20</td></tr>
<tr><th>Volumen anual / annual volume</th><td>20,000</td></tr>
</table>
<table>
<tr><th>#</th><th>Artículo</th><th>Descripción</th><th>Cant.</th><th>Precio (USD)</th></tr>
<tr><td>1</td><td>TT-CL-120</td><td>Torque tube clamp 120 mm, HDG, plano SJS-TT-120 Rev 2 - muestra / sample</td><td>20</td><td>7.40</td></tr>
</table>
<p>Entrega DAP San Juan. Pago 60 días. Certificado de galvanizado ISO 1461.</p>
"""))),
])


# =================================================================== write out
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(20240612).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, start=1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
        folder = f"h12_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases, {clean} clean, {len(CASES) - clean} with risks")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
