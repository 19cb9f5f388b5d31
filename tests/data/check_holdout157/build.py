#!/usr/bin/env python3
"""Generator for the releasegate check_holdout157 corpus (small kitchen appliances).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout157/build.py

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
    m["Message-ID"] = msgid or f"<h157-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h157")
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



HTML_MT = "text/html"
TXT_MT = "text/plain"
RULES = {f"RG{i:03d}" for i in range(1, 13)}


def chat(lines):
    """lines: list of (stamp, who, text) -> chat export text"""
    return "".join(f"{a} - {b}: {c}\n" for a, b, c in lines)


def wechat(title, lines):
    out = [f"WeChat chat history export: {title}", "=" * 60, ""]
    for stamp, who, text in lines:
        out.append(f"{stamp}  {who}")
        out.append(text)
        out.append("")
    return "\n".join(out) + "\n"


def quote(text, depth=1):
    pre = ">" * depth + " "
    return "\n".join((pre + l).rstrip() for l in text.strip("\n").split("\n")) + "\n"


# =================================================================== CASES

# ----------------------------------------------------------------- batch 1
# c01: supplier quote alone, sample and MP tiers -> clean
case("c01_quote_tiers_ningbo", [], "supplier quote with EVT/DVT/PVT and MP tiers; no authorization in the bundle", [
    ("HL-Q-24-0317.pdf", pdf([
        ("h1", "NINGBO HUILONG ELECTRIC APPLIANCE CO., LTD."),
        ("p", "No. 88 Xingye Road, Cixi, Ningbo, Zhejiang 315300, China  |  Tel +86 574 6321 0088"),
        ("h", "QUOTATION No. HL-Q-24-0317"),
        ("p", "To: Harrow & Finch Ltd, Trafford Park, Manchester M17 1RN, United Kingdom. "
              "Attn: Ms. Sarah Whitfield, Senior Buyer. Date: 18 March 2024. Validity: 60 days."),
        ("p", "Item: 1.7 L glass kettle, customer model HF-KT1702, black base, blue LED, "
              "concealed 2,200-3,000 W element (UK plug BS 1363, 13 A fuse)."),
        ("table", [
            ["Stage", "Quantity", "Unit price (USD)", "Lead time", "Remarks"],
            ["EVT", "10 pcs", "38.00", "15 days", "soft tooling, hand assembled"],
            ["DVT", "24 pcs", "26.50", "20 days from T1", "production tooling, 8 pcs reserved for CB test"],
            ["PVT / pilot run", "300 pcs", "14.20", "25 days", "on assembly line 3"],
            ["MP tier 1", "3,000 pcs", "11.85", "35 days", "FOB Ningbo"],
            ["MP tier 2", "6,000 pcs", "11.40", "35 days", "FOB Ningbo"],
            ["MP tier 3", "10,000 pcs", "11.10", "40 days", "FOB Ningbo"],
        ]),
        ("sp",),
        ("p", "Tooling (body, lid, base, filter): USD 18,600, 4 cavities for the lid. Tool life 300K shots."),
        ("p", "Certification: CB test to IEC 60335-1 and IEC 60335-2-15 at TUV Rheinland Ningbo, "
              "USD 2,400, using 8 DVT pcs. UKCA marking by customer."),
        ("p", "MP lead time counts from the customer's written production release. Packing: colour box, "
              "2 pcs per export carton, 1,008 pcs per 40'HQ."),
        ("p", "Payment terms: tooling 50% with tool order, 50% at T1 approval of the tool. "
              "MP orders: 30% T/T in advance, 70% against copy of B/L."),
        ("p", "This quotation is not an order confirmation. Prices based on 304 stainless steel at "
              "CNY 15,800/t; adjustment if the price changes more than 5%."),
        ("p", "Kevin Zhang, Sales Manager, kevin.zhang@huilong-electric.cn"),
    ], title="Quotation HL-Q-24-0317", author="Kevin Zhang")),
])

# c02: WhatsApp, supplier asks to go ahead with 3,000, buyer answers with full scope -> clean
case("c02_whatsapp_no_to_3000", [], "supplier asks whether to go ahead with the batch; buyer answers: 24 DVT only, balance on hold until golden sample sign-off and her written release", [
    ("WhatsApp_Chat_Huilong_HF-KT1702.txt", chat([
        ("14/05/2024, 09:58", "Kevin Zhang (Huilong)", "Good morning Sarah"),
        ("14/05/2024, 09:58", "Kevin Zhang (Huilong)", "PO HF-PO-24117 received, thank you \U0001F64F"),
        ("14/05/2024, 10:02", "Kevin Zhang (Huilong)", "Our production planning ask me: can we go ahead with the 3,000 pcs together? Line 3 is free in June, more efficient for us and for the price"),
        ("14/05/2024, 10:31", "Sarah Whitfield", "Morning Kevin, thanks for checking first."),
        ("14/05/2024, 10:33", "Sarah Whitfield", "No, please don't. The PO is for the 24 DVT units only. The other 2,976 are NOT released - they stay on hold until we've signed off the golden sample AND I've sent you a written release by email. I'm the one who releases it, nobody else."),
        ("14/05/2024, 10:34", "Sarah Whitfield", "Material too please - only buy for the 24."),
        ("14/05/2024, 10:40", "Kevin Zhang (Huilong)", "OK understand. Only 24 DVT now. 2976 pcs wait for your written release after golden sample sign off. Material for 24 only."),
        ("14/05/2024, 10:41", "Sarah Whitfield", "Spot on, cheers \U0001F44D"),
        ("14/05/2024, 10:45", "Kevin Zhang (Huilong)", "DVT ready 6 June, we send by DHL to Trafford Park. 8 pcs go direct to TUV for CB"),
        ("14/05/2024, 10:46", "Sarah Whitfield", "Perfect. Please put the PO number on the carton label, our goods-in is fussy about it \U0001F605"),
        ("14/05/2024, 10:47", "Kevin Zhang (Huilong)", "Sure no problem"),
    ])),
])

# c03: labelled forecast on buyer portal -> clean
case("c03_portal_rolling_forecast", [], "buyer portal rolling forecast clearly labelled not an order, not a commitment, no authority", [
    ("supplier_portal_forecast_BW-2024-W22.html", html_page("Brightwell Supplier Collaboration - Rolling forecast", """
<h1>Brightwell Kitchen Co. &mdash; Supplier Collaboration</h1>
<p>Supplier: <b>Zhongshan Meiyi Electrical Co., Ltd.</b> (vendor 20417) &nbsp;|&nbsp; Published: 27 May 2024, week 22 &nbsp;|&nbsp; Planner: Megan Hall</p>
<h2>Rolling forecast (12 months)</h2>
<div class="note"><b>Forecast only.</b> This rolling forecast is shared for capacity planning. It is not a purchase order,
not a commitment to buy and gives no production or material authority. Quantities are authorized only by a
purchase order line and a written production release from Brightwell.</div>
<table>
<tr><th>SKU</th><th>Description</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Q4 2024</th><th>H1 2025</th></tr>
<tr><td>BW-BL600</td><td>Countertop blender 600 W, 1.5 L Tritan jar</td><td>1,200</td><td>1,500</td><td>2,000</td><td>6,500</td><td>9,000</td></tr>
<tr><td>BW-JAR-15</td><td>Spare jar assembly 1.5 L</td><td>200</td><td>200</td><td>300</td><td>900</td><td>1,200</td></tr>
<tr><td>BW-AF55</td><td>Air fryer 5.5 L, digital</td><td>&ndash;</td><td>800</td><td>1,600</td><td>4,800</td><td>6,000</td></tr>
</table>
<p>Changes versus week 18: BW-AF55 moved one month later (retail reset at Target delayed).</p>
<p>Questions: planning@brightwellkitchen.com &middot; This page is refreshed every Monday.</p>
""")),
])

# c04: golden sample approved for cosmetics only, production not released -> clean
_c04_txt = """Hi Jason,

We inspected the 12 golden samples of the SH-AF550 air fryer in Petah Tikva this week.

Cosmetic finish, colour (Pantone 7527 C) and the logo pad print are approved - for the cosmetic check only.
This is not a production release.

The 4,800 MP units on our PO stay on hold. Please do not start them and do not buy material for them.
They will be released only after the CB test report is received and I send you a written release
(Rachel Amsalem, Sourcing Manager). For now the PO covers only the 12 golden samples you already shipped,
so there is nothing further to build this week.

Open points from the inspection:
1. Gap between basket handle and housing 0.3 mm too big on 3 of 12 samples.
2. Rating label: please add the SII mark placeholder, artwork to follow.
3. Power cord length 0.9 m instead of 1.0 m on sample #7.

Thanks and have a good weekend,
Rachel
""" + sig("Rachel Amsalem", "Sourcing Manager", "Shefa Home Appliances Ltd, Petah Tikva", "+972 3 555 0142")
case("c04_golden_cosmetic_only", [], "golden sample cosmetic check approved, explicitly not a production release; 4,800 on hold until CB report + written release by named sender", [
    ("RE_SH-AF550_golden_samples.eml", mail(
        "Rachel Amsalem <rachel.amsalem@shefa-home.co.il>", "Jason Liang <jason@meiyi-elec.com>",
        "SH-AF550 golden samples - cosmetic check", "Thu, 16 May 2024 15:20:00 +0300", _c04_txt,
        html="<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _c04_txt.split("\n\n")) + "</body></html>")),
])

# c05: full-quantity PO with proceed -> clean
case("c05_full_qty_po_giftbox", [], "full-quantity production PO, no sample stage and no balance; proceed is scoped to all 2,400", [
    ("PO_4400186901.pdf", pdf([
        ("h1", "Calder Home Retail Ltd - Purchase Order"),
        ("p", "Calder Home Retail Ltd, Unit 4 Aire Valley Park, Leeds LS10 1AB, United Kingdom"),
        ("p", "PO number: 4400186901    PO date: 07/05/2024    Buyer: Buying team, Seasonal"),
        ("p", "Supplier: Hanoi PackArt Co., Ltd, Lot C3, Que Vo Industrial Park, Bac Ninh, Vietnam"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit (GBP)", "Total (GBP)"],
            ["10", "GB-HF-XMAS24", "Rigid 2-piece gift box for kettle + toaster set, 4C + gold foil, EVA insert", "2,400", "1.18", "2,832.00"],
        ]),
        ("sp",),
        ("p", "Scope: production. This PO releases the full quantity of 2,400 boxes; there is no sample stage "
              "and no balance. Artwork signed off on 3 May 2024 (ref ART-0503, Pantone 871 C foil)."),
        ("p", "Please proceed with production of all 2,400 boxes."),
        ("p", "Packing: 40 boxes per master carton, 60 cartons, export pallets ISPM 15. "
              "Delivery: FOB Hai Phong, ETD 28 June 2024. Payment: 60 days from B/L."),
        ("p", "Calder Home Retail standard terms of purchase (rev. 2023-11) apply."),
    ], title="PO 4400186901", author="Calder Home Retail")),
])

# p01: PDF PO with MP qty column, no hold -> RG001 RG003 RG004 RG005
case("p01_po_mp_column", ["RG001", "RG003", "RG004", "RG005"], "DVT PO for 24 shows MP qty 6,000 in the same table with no not-released wording; no hold, no unlock event, no release person", [
    ("PO_HF-PO-24209.pdf", pdf([
        ("h1", "HARROW & FINCH LTD - PURCHASE ORDER"),
        ("p", "Harrow & Finch Ltd, 12 Westinghouse Road, Trafford Park, Manchester M17 1PY. VAT GB 274 1180 55"),
        ("p", "PO: HF-PO-24209    Date: 02/05/2024    Supplier: Ningbo Huilong Electric Appliance Co., Ltd (V1093)"),
        ("p", "Quote ref: HL-Q-24-0317    Incoterm: FCA Ningbo airport (samples), FOB Ningbo (MP)"),
        ("table", [
            ["Line", "SKU", "Description", "Qty", "Unit", "Price USD", "MP qty", "Ship"],
            ["10", "HF-KT1702-DVT", "Glass kettle 1.7 L, DVT build, black, UK plug", "24", "pcs", "26.50", "6,000", "14 Jun 2024 (air)"],
        ]),
        ("sp",),
        ("p", "Please send 8 of the 24 pcs directly to TUV Rheinland Ningbo for the CB test, the rest by air "
              "to Trafford Park, attention Product Development."),
        ("p", "Please confirm receipt of this PO within 48 hours. Invoices must quote the PO number."),
        ("p", "Harrow & Finch general conditions of purchase apply. Purchasing department, purchasing@harrowfinch.co.uk"),
    ], title="HF-PO-24209", author="Harrow & Finch")),
])

# p02: EML with supplier quote attached, no hold -> RG001 RG003 RG004 RG005
_p02_quote = pdf([
    ("h1", "ZHONGSHAN MEIYI ELECTRICAL CO., LTD."),
    ("p", "Xiaolan Town, Zhongshan, Guangdong, China"),
    ("h", "Quotation Q-ZS-2291 rev B"),
    ("p", "Customer: Brightwell Kitchen Co., Chicago IL.  Item: BW-JAR-15 Tritan blender jar 1.5 L with lid and blade assembly."),
    ("table", [
        ["Description", "Qty", "Unit price USD", "Lead time"],
        ["EVT samples", "50 pcs", "9.80", "18 days"],
        ["Mass production", "8,000 pcs", "3.42", "30 days"],
    ]),
    ("p", "Blade: SUS420J2, 6 wings. Jar material: Eastman Tritan TX1001, BPA free, FDA 21 CFR 177.1520."),
    ("p", "Amy Wu, Sales, amy.wu@meiyi-elec.com"),
], title="Q-ZS-2291 rev B", author="Amy Wu")
case("p02_eml_quote_attached", ["RG001", "RG003", "RG004", "RG005"], "PO email for 50 EVT jars attaches the supplier quote showing 8,000 MP, nothing says that figure is informational or not released; no hold, no unlock event, no release person", [
    ("PO_77120_BW-JAR-15.eml", mail(
        "Megan Hall <megan.hall@brightwellkitchen.com>", "Amy Wu <amy.wu@meiyi-elec.com>",
        "PO 77120 - BW-JAR-15 EVT", "Tue, 07 May 2024 16:42:00 -0500",
        """Hi Amy,

Thanks for the fast turnaround on rev B.

PO 77120 is now open in our portal for the 50 EVT units of the BW-JAR-15 Tritan jar, at USD 9.80.
Your quotation Q-ZS-2291 rev B with the agreed prices is attached.

Ship to our lab: Brightwell Kitchen Co., attn. Product Lab, 2200 W Fulton St, Chicago IL 60612.
Needed by June 21 - we have the drop test and the 6-month dishwasher cycle test booked for the week after.

Please use UPS account 8F27W1 and put PO 77120 on the commercial invoice.

Best,
Megan
""" + sig("Megan Hall", "Sourcing Manager", "Brightwell Kitchen Co.", "+1 312 555 0188"),
        attachments=[("Q-ZS-2291_revB.pdf", _p02_quote, PDF_MT)])),
])

# p03: multi-file: ERP PO TXT (pilot 30) + spec sheet DOCX with series 12.000 -> RG001 RG003 RG004 RG005
case("p03_pilot_po_plus_spec", ["RG001", "RG003", "RG004", "RG005"], "pilot PO for 30 housings; the spec sheet in the same bundle states a series quantity of 12.000 with nothing saying it is not released; no hold, event or person", [
    ("BC_MC-2024-0612.txt", """MAISON CERISE SAS                                   BON DE COMMANDE / PURCHASE ORDER
14 RUE DE LA REPUBLIQUE, 69002 LYON, FRANCE          SIRET 812 334 559 00027
------------------------------------------------------------------------------------------
PO NO.    : MC-2024-0612                 DATE     : 12.06.2024
SUPPLIER  : SAIGON PRECISION HOUSING CO., LTD (V-10442)
            LOT B2, VSIP II, BINH DUONG, VIET NAM
BUYER     : ACHATS / PURCHASING          CURRENCY : EUR
INCOTERM  : FCA HCMC AIRPORT
------------------------------------------------------------------------------------------
LN  ARTICLE        DESCRIPTION                          QTY  UM   PRICE EUR   DELIVERY
010 MC-AF45-HSG    AIR FRYER HOUSING 4.5L - PILOT         30  PC        9,80   28.06.2024
                   RAL 9005 MATT, DRG MC-AF45-101 IND.C
------------------------------------------------------------------------------------------
TOTAL HT                                                               EUR     294,00
NOTES: PILOT RUN FOR ASSEMBLY TRIAL IN LYON. SPEC SHEET ATTACHED (FICHE TECHNIQUE).
       ANY DEVIATION FROM DRAWING TO BE ANNOUNCED BEFORE SHIPMENT.
------------------------------------------------------------------------------------------
CONDITIONS GENERALES D'ACHAT MAISON CERISE V2022 APPLICABLES.            PAGE 1/1
"""),
    ("fiche_technique_MC-AF45-HSG.docx", docx_bytes([
        ("h1", "Fiche technique / Specification sheet - MC-AF45-HSG"),
        ("p", "Product: air fryer 4.5 L \"Cerise Croustille\", outer housing (upper + lower shell)."),
        ("table", [
            ["Item", "Requirement"],
            ["Material", "PP copolymer, 20 % talc (PP-T20), UL 94 HB, food-contact not required"],
            ["Colour", "RAL 9005 black, matt texture MT-11020"],
            ["Drawing", "MC-AF45-101 indice C"],
            ["Critical dims", "vent slots 3.0 +/- 0.1 mm; snap-fit height 6.2 +/- 0.05 mm"],
            ["Heat test", "no deformation after 2 h at 110 degC surface"],
            ["Quantities", "pilot 30 pcs; series quantity 12.000 pcs (first shipment September, FOB HCMC)"],
        ]),
        ("p", "Packing: each shell in PE bag, upper and lower shells in separate cartons, max 15 kg per carton."),
        ("p", "Contact technique: Julien Marchand, chef de projet, j.marchand@maison-cerise.fr"),
    ], author="Julien Marchand")),
])

# p04: HTML buyer portal, program volume beside samples -> RG001 RG003 RG004 RG005
case("p04_portal_program_volume", ["RG001", "RG003", "RG004", "RG005"], "buyer portal PO page orders 40 certification samples and shows program volume 10,000 next to it with nothing saying not released; no hold/event/person", [
    ("shefa_portal_PO_4500-3318.html", html_page("Shefa Supplier Portal - PO 4500-3318", """
<h1>Shefa Home Appliances &mdash; Supplier Portal</h1>
<p>Logged in as: <b>Ege Ev Aletleri San. A.S.</b> (vendor 700215) &nbsp;|&nbsp; Manisa, Turkey</p>
<h2>Purchase order 4500-3318 &nbsp;<small>(status: sent, awaiting acknowledgement)</small></h2>
<table>
<tr><th>Line</th><th>Material</th><th>Description</th><th>Order qty</th><th>Price (USD)</th><th>Program volume</th><th>Target SOP</th><th>Need date</th></tr>
<tr><td>10</td><td>HB-800-CS</td><td>Hand blender 800 W, stainless stem, safety certification samples</td><td>40</td><td>31.00</td><td>10,000</td><td>Oct 2024</td><td>20.06.2024</td></tr>
</table>
<p>Ship-to: Shefa Home Appliances Ltd, 7 Hamelacha St, Petah Tikva 4951303, Israel (via Ashdod port or air).</p>
<p>Documents: drawing HB-800-ASM rev 04, plug type H (SI 32), instruction manual in Hebrew/Arabic/English.</p>
<p><button>Acknowledge PO</button> <button>Propose change</button></p>
<p style="color:#777">Shefa Home Appliances Ltd &middot; purchasing@shefa-home.co.il</p>
""")),
])


# p05: WeChat, sample PO, MP line in quote labelled reference only -> RG003 RG004 RG005 (not RG001)
case("p05_wechat_quote_reference", ["RG003", "RG004", "RG005"], "20-sample PO with quote attached; the 5,000 MP line is declared reference only (no RG001) but nothing says the balance is not released, names an unlock event or a release person", [
    ("wechat_Brightwell_Meiyi_AF55.txt", wechat("Megan Hall (Brightwell) / Amy Wu (Meiyi)", [
        ("2024-05-20 08:14:05", "Megan Hall", "Hi Amy! PO 77305 sent for 20 pcs samples of the BW-AF55 basket + drawer"),
        ("2024-05-20 08:14:40", "Megan Hall", "I attached your quote to the PO so accounting can match prices. The 5,000 pcs MP line in it is for reference only"),
        ("2024-05-20 21:02:13", "Amy Wu", "Hi Megan, well received, thank you"),
        ("2024-05-20 21:03:01", "Amy Wu", "Samples finish 5/28, non-stick coating need 3 days curing"),
        ("2024-05-20 21:03:30", "Amy Wu", "[Image]"),
        ("2024-05-21 07:55:19", "Megan Hall", "Great. Coating colour is the dark grey from the March sample right? Not the black"),
        ("2024-05-21 20:47:52", "Amy Wu", "Yes dark grey, same as March sample. Drawer handle also dark grey"),
        ("2024-05-21 20:48:10", "Amy Wu", "We send by FedEx, tracking tomorrow"),
        ("2024-05-22 07:31:44", "Megan Hall", "\U0001F44D"),
    ])),
])

# p06: DOCX PO to Polish supplier with batch qty column -> RG001 RG003 RG004 RG005
case("p06_docx_po_batch_qty", ["RG001", "RG003", "RG004", "RG005"], "first-article PO for 10 heating elements lists batch qty 4,000 in the same table, not labelled; no hold, event or person", [
    ("PO_HF-PO-24233.docx", docx_bytes([
        ("h1", "Purchase Order HF-PO-24233"),
        ("p", "Harrow & Finch Ltd, 12 Westinghouse Road, Trafford Park, Manchester M17 1PY, United Kingdom"),
        ("p", "Supplier: Termo-Grzal Sp. z o.o., ul. Fabryczna 21, 53-609 Wroclaw, Poland (V1178)"),
        ("p", "Date: 21 May 2024. Currency: EUR. Incoterm: FCA Wroclaw. Your offer: OF/2024/0412."),
        ("table", [
            ["Item", "Part no.", "Description", "Qty ordered", "Batch qty", "Unit price EUR", "Due"],
            ["1", "HE-2200-A", "Flat thick-film heating element 2,200 W, 230 V, for kettle HF-KT1702", "10", "4,000", "3,45", "14.06.2024"],
        ]),
        ("p", "Please send the first articles with material certificates (EN 10204 3.1), a dimensional report "
              "and the hi-pot test results (1,250 V / 1 s) for each piece."),
        ("p", "Delivery address: Harrow & Finch Ltd, Goods-In Door 3, Trafford Park, Manchester M17 1PY."),
        ("p", "Invoices to ap@harrowfinch.co.uk quoting the PO number. Harrow & Finch conditions of purchase apply."),
    ], author="Harrow & Finch Purchasing")),
])

# p07: PDF PO gift boxes, hold until further notice + named person, no event -> RG004
case("p07_po_hold_further_notice", ["RG004"], "200 sample boxes; balance 11,800 on hold 'until further notice' with Kylie named as sole releaser; no unlock event named", [
    ("PO_KK-4433.pdf", pdf([
        ("h1", "Kookaburra Kitchen Pty Ltd"),
        ("p", "ABN 61 604 218 337 | 88 Salmon Street, Port Melbourne VIC 3207, Australia"),
        ("h", "Purchase Order KK-4433"),
        ("p", "Supplier: Hanoi PackArt Co., Ltd, Lot C3, Que Vo Industrial Park, Bac Ninh, Vietnam. Date: 3 June 2024."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit AUD", "Amount AUD"],
            ["1", "KK-GB-BL900", "Gift box, blender KK-BL900, 350 gsm C1S on 1.5 mm greyboard, matt lam, spot UV", "200", "2.10", "420.00"],
        ]),
        ("sp",),
        ("p", "This PO covers 200 sample boxes only. Please produce those 200 now and deliver them to our "
              "Port Melbourne office by 12 July 2024 (air freight, DAP)."),
        ("p", "The balance of 11,800 boxes is on hold until further notice. Kylie Nguyen (Head of Buying) is the "
              "only person who can release it."),
        ("p", "Artwork file KK-BL900_GB_v7.pdf. Colour proof to be sent before printing."),
        ("p", "Payment terms: 30 days end of month. Kookaburra Kitchen purchasing terms apply."),
    ], title="PO KK-4433", author="Kookaburra Kitchen")),
])

# p10: DOCX call-off with no quantity -> RG010
case("p10_calloff_allocation_no_qty", ["RG010"], "call-off asks to produce 'the John Lewis allocation' but no quantity is stated anywhere; hold, next call-off and Tom Bennett are named", [
    ("CallOff_04_HF-BO-2024-07.docx", docx_bytes([
        ("h1", "Call-off no. 4 - blanket order HF-BO-2024-07"),
        ("p", "From: Harrow & Finch Ltd, Product Development & Purchasing, Manchester"),
        ("p", "To: Termo-Grzal Sp. z o.o., Wroclaw - attn. Piotr Nowak, Key Account Manager"),
        ("p", "Date: 8 July 2024"),
        ("table", [
            ["Part no.", "Description", "Allocation", "Delivery"],
            ["HE-2200-A", "Flat thick-film heating element 2,200 W, 230 V", "John Lewis - October intake", "FCA Wroclaw, week 38"],
        ]),
        ("p", "Piotr, please produce and ship the heating elements for the John Lewis allocation (October intake) "
              "under this call-off. Same revision as call-off 3 (drawing HE-2200-A rev D)."),
        ("p", "All other allocations under the blanket order remain on hold and are not released. They will be "
              "released only by the next call-off, signed by Tom Bennett (Head of Product Development)."),
        ("p", "Please confirm the delivery week by return. Labels: Harrow & Finch part number and call-off number on each carton."),
        ("p", "Kind regards, Tom Bennett, Head of Product Development"),
    ], author="Tom Bennett")),
])

# p11: EML pilot build, quantity never stated -> RG010
case("p11_pilot_build_no_qty", ["RG010"], "buyer tells supplier to start the pilot build but never states how many; MP balance held until PVT sign-off and her written release", [
    ("BW-KT300_pilot_build.eml", mail(
        "Megan Hall <megan.hall@brightwellkitchen.com>", "Kevin Zhang <kevin.zhang@huilong-electric.cn>",
        "BW-KT300 - pilot build on line 2", "Mon, 10 Jun 2024 18:05:00 -0500",
        """Hi Kevin,

Good news - the DVT results are in and the BW-KT300 passed our boil-dry, lid-latch and 10,000-cycle
switch tests. Thanks to you and Lily for turning the fixes around so quickly.

Please start the pilot build on line 2 next week, so we can check takt time, the packaging drop test
and the new gift box insert.

Everything beyond the pilot stays frozen: the MP balance is not released until we have signed off
the PVT units and I send you a written release.

Two small things for the pilot:
- use the rev C rating label (UL file E512203 on it)
- carton marks as per our routing guide v4, including the FCC/ETL icons

Thanks,
Megan
""" + sig("Megan Hall", "Sourcing Manager", "Brightwell Kitchen Co.", "+1 312 555 0188"))),
])

# p12: WhatsApp "go for the first batch" -> RG002 RG003 RG004 RG005 RG010
case("p12_whatsapp_first_batch", ["RG002", "RG003", "RG004", "RG005", "RG010"], "buyer says 'go for the first batch': unscoped go, no quantity, nothing on the rest being held, no unlock event, no release person", [
    ("WhatsApp_Chat_MaisonCerise_SPH.txt", chat([
        ("03/07/2024, 08:12", "Nguyen Van Minh (SPH)", "Bonjour Julien, did you receive the samples from the modified mould? DHL says delivered yesterday"),
        ("03/07/2024, 08:13", "Nguyen Van Minh (SPH)", "We want to plan the line for next week"),
        ("03/07/2024, 09:47", "Julien Marchand", "Bonjour Minh ! Yes we received them, I am in the lab with Claire now"),
        ("03/07/2024, 09:48", "Julien Marchand", "The colour is good now, much better than the first try \U0001F44C and the snap fits are ok"),
        ("03/07/2024, 11:30", "Nguyen Van Minh (SPH)", "Very happy to hear. So we can plan production?"),
        ("03/07/2024, 11:52", "Julien Marchand", "Ok go for the first batch !"),
        ("03/07/2024, 11:53", "Nguyen Van Minh (SPH)", "Great thank you, we start Monday \U0001F4AA"),
        ("03/07/2024, 11:53", "Julien Marchand", "Super. Send me photos of the first pieces pls"),
    ])),
])


# ----------------------------------------------------------------- batch 2
# c06: call-off with explicit staged material authority above the release -> clean
case("c06_calloff_staged_material", [], "call-off releases 500; explicit staged material authority up to 2,000 at buyer's liability; 1,500 not released until next call-off signed by Tom Bennett", [
    ("CallOff_02_HF-BO-2024-07.docx", docx_bytes([
        ("h1", "Call-off no. 2 - blanket order HF-BO-2024-07"),
        ("p", "Harrow & Finch Ltd to Termo-Grzal Sp. z o.o. (attn. Piotr Nowak). Date: 3 June 2024."),
        ("table", [
            ["Part no.", "Released for production now", "Material authority (staged)", "Not released"],
            ["HE-2200-A", "500 pcs", "material for up to 2,000 pcs", "1,500 pcs"],
        ]),
        ("h", "Production release"),
        ("p", "500 elements HE-2200-A rev D are released for production, delivery FCA Wroclaw in week 27."),
        ("h", "Material authority"),
        ("p", "Staged: you may buy and hold NiCr 80/20 resistance wire, mica sheet and terminals for up to "
              "2,000 elements at Harrow & Finch's liability. This is a material authority only. It does not "
              "release production beyond the 500 above."),
        ("h", "Balance"),
        ("p", "The remaining 1,500 elements are not released. They will be released only by the next call-off, "
              "signed by Tom Bennett, Head of Product Development."),
        ("p", "Regards, Sarah Whitfield, Senior Buyer, Harrow & Finch Ltd"),
    ], author="Sarah Whitfield")),
])

# c07: explicit recorded auto-conversion (quantity, signer, conditions) -> clean
_c07_letter = pdf([
    ("h1", "Kookaburra Kitchen Pty Ltd"),
    ("h", "Auto-conversion agreement AC-07 - KK-BL900 blender"),
    ("table", [
        ["Field", "Agreed"],
        ["Order", "KK-BL900 blender 1,200 W, supplier Zhongshan Meiyi Electrical Co., Ltd, PO KK-4410"],
        ["Quantity released by sign-off", "1,200 units (first production lot) - nothing more"],
        ["Signer", "Tom Reilly, Head of Sourcing"],
        ["Conditions", "written golden sample sign-off by the signer; CB test report (IEC 60335-2-14) attached; no open major findings"],
        ["Not covered", "remaining 3,600 units: not released, require a revised PO issued by Tom Reilly"],
        ["Material authority", "golden sample quantity (12 units) until the sign-off"],
    ]),
    ("sp",),
    ("p", "Signed for Kookaburra Kitchen Pty Ltd: Tom Reilly, Head of Sourcing, 12 March 2024. "
          "Acknowledged for Zhongshan Meiyi: Jason Liang, General Manager, 13 March 2024."),
], title="AC-07", author="Tom Reilly")
case("c07_recorded_autoconversion", [], "explicit recorded auto-conversion naming the quantity (1,200), the signer and the conditions; 3,600 need a revised PO; 12 golden samples active now", [
    ("KK-BL900_AC-07.eml", mail(
        "Tom Reilly <tom.reilly@kookaburrakitchen.com.au>", "Jason Liang <jason@meiyi-elec.com>",
        "KK-BL900 - recorded auto-conversion for first production lot (AC-07)", "Wed, 13 Mar 2024 10:15:00 +1100",
        """G'day Jason,

As agreed on our call, here's the auto-conversion in writing - letter AC-07 attached, signed by me
on 12 March and countersigned by you on 13 March.

In short:
- Active quantity now: the 12 golden samples on PO KK-4410 only.
- If I sign off the golden sample in writing, with the CB test report attached, that written sign-off
  will itself release the first production lot of 1,200 units. Nothing else converts automatically.
- The remaining 3,600 units are not released. They will need a revised PO, issued by me.
- Material: buy for the 12 golden samples only until the sign-off.

Shout if anything in the letter doesn't match your understanding.

Cheers,
Tom
""" + sig("Tom Reilly", "Head of Sourcing", "Kookaburra Kitchen Pty Ltd", "+61 3 9555 0131"),
        attachments=[("AC-07_KK-BL900.pdf", _c07_letter, PDF_MT)])),
])

# c08: forwarded old quote (rfc822) declared informational + sample PO with full scope -> clean
_c08_old = mail(
    "Kevin Zhang <kevin.zhang@huilong-electric.cn>", "Noa Katz <noa.katz@shefa-home.co.il>",
    "Quotation SH-KT150 kettle", "Tue, 12 Sep 2023 11:20:00 +0800",
    """Dear Noa,

Please find our price for the SH-KT150 1.5 L kettle (quotation HL-Q-23-0912):

EVT samples   40 pcs      USD 45.00
MP            10,000 pcs  USD 12.10  FOB Ningbo
Tooling       USD 14,800

Lead time MP 35 days. Validity 60 days.

Best regards
Kevin Zhang
Ningbo Huilong Electric Appliance Co., Ltd.
""")
_c08_po = pdf([
    ("h1", "Shefa Home Appliances Ltd - Purchase Order 4500-3402"),
    ("p", "Supplier: Ningbo Huilong Electric Appliance Co., Ltd. Date: 06.05.2024. Currency: USD."),
    ("table", [
        ["Line", "Material", "Description", "Scope", "Qty", "Price"],
        ["10", "SH-KT150-EVT", "Kettle 1.5 L, EVT samples, plug type H", "sample", "40", "45.00"],
    ]),
    ("p", "Scope: sample. This PO covers 40 EVT samples only. The production balance is not released and "
          "may not be started. It will be released only by a written release from Noa Katz (Procurement "
          "Lead) after EVT sign-off by Shefa engineering. Material authority: EVT quantity only."),
], title="PO 4500-3402", author="Shefa purchasing")
case("c08_forward_old_quote_info", [], "old quote with 10,000 forwarded as rfc822 and declared informational/not released; PO for 40 EVT with hold, EVT sign-off and Noa Katz", [
    ("FW_old_quote_SH-KT150.eml", mail(
        "Noa Katz <noa.katz@shefa-home.co.il>", "Kevin Zhang <kevin.zhang@huilong-electric.cn>",
        "FW: Quotation SH-KT150 kettle + PO 4500-3402", "Mon, 06 May 2024 09:40:00 +0300",
        """Hi Kevin,

Forwarding below the old quote from last September so that your new project engineer has the history.

Please note: the 10,000 pcs figure in that old quote is informational only and is not released.

Our PO 4500-3402 (attached) covers the 40 EVT samples of the SH-KT150 only. Nothing beyond the 40 EVT
samples may be built. The balance will be released only by a written release from me, after EVT
sign-off by our engineering team. Material: for the 40 EVT only, please.

Thanks, and welcome back from the Labour Day holiday!
Noa
""" + sig("Noa Katz", "Procurement Lead", "Shefa Home Appliances Ltd", "+972 3 555 0177"),
        attachments=[("rfc822", _c08_old), ("PO_4500-3402.pdf", _c08_po, PDF_MT)])),
])

# c09: quoted supplier assumption of auto-conversion, buyer corrects -> clean
case("c09_buyer_corrects_rollover", [], "supplier (quoted) assumes rolling into 6,000 after golden sample approval; buyer's reply corrects it: 24 only, 5,976 held until sign-off + her written release", [
    ("RE_HF-KT1702_golden_samples.eml", mail(
        "Sarah Whitfield <sarah.whitfield@harrowfinch.co.uk>", "Kevin Zhang <kevin.zhang@huilong-electric.cn>",
        "RE: HF-KT1702 golden samples ship Friday", "Wed, 22 May 2024 08:47:00 +0100",
        """Hi Kevin,

No - please don't plan it that way. Signing off the golden sample does not release anything by itself.

PO HF-PO-24301 is for the 24 golden/DVT samples only. The 5,976 balance stays on hold until
(1) golden sample sign-off by Tom Bennett and (2) a written release from me, Sarah Whitfield.
Until you have that written release, please don't start the balance or buy material for it.

If the September ETD is at risk because of this, tell me now and I'll see what we can do on our side
to speed up the sign-off.

Thanks,
Sarah
""" + sig("Sarah Whitfield", "Senior Buyer", "Harrow & Finch Ltd", "+44 161 555 0123") + "\n"
        + "On Tue, 21 May 2024 at 17:02, Kevin Zhang <kevin.zhang@huilong-electric.cn> wrote:\n"
        + quote("""Dear Sarah,

The 24 golden samples will ship Friday by DHL, AWB to follow.
Once you approve the golden sample we will roll straight into the 6,000 MP, so we keep the
September ETD.

Best regards
Kevin"""),
        in_reply_to="<h157-kz-0521@huilong-electric.cn>")),
])

# c10: supplier: deposit does not release production -> clean
case("c10_deposit_not_release", [], "supplier acknowledges deposit and states it does not release production; builds 30 PVT only; balance held until written release from Kylie after PVT sign-off", [
    ("KK-AF60_deposit_received.eml", mail(
        "Amy Wu <amy.wu@meiyi-elec.com>", "Kylie Nguyen <kylie.nguyen@kookaburrakitchen.com.au>",
        "KK-AF60 - deposit received / production status", "Thu, 23 May 2024 17:36:00 +0800",
        """Dear Kylie,

We received your 30% deposit for the KK-AF60 air fryer programme today, thank you very much.

As agreed, the deposit does not release production. Right now we are only building the 30 PVT units
on PO KK-4471. The remaining 2,970 units stay on hold until we receive your written release after
PVT sign-off. We have bought material for the 30 PVT units only.

PVT units will finish on 31 May; 5 pcs go to Intertek Shenzhen for the EMC pre-scan, 25 pcs to
Melbourne by air.

Best regards,
Amy Wu
Sales Dept. | Zhongshan Meiyi Electrical Co., Ltd.
Tel: +86 760 2255 8801
""")),
])

# c11: WeChat, buyer scope + supplier acknowledgement restating the hold -> clean
case("c11_wechat_ack_restates_hold", [], "buyer sets 16 certification samples, 3,984 not released until CB report + her written release; supplier acknowledges the same scope", [
    ("wechat_Shefa_Huilong_KT170.txt", wechat("Yael Cohen (Shefa) / Lily Chen (Huilong)", [
        ("2024-06-03 09:12:44", "Yael Cohen", "Hi Lily, boker tov from Israel :) PO 4500-3377 is in your mailbox"),
        ("2024-06-03 09:14:02", "Yael Cohen", "It is for the 16 safety certification samples only - 8 for the CB test, 8 for the SII (Israeli standards institute). The other 3,984 are not released, please don't start them. I release them myself, in writing, after the CB report is out."),
        ("2024-06-03 09:40:31", "Lily Chen", "Hi Yael, 收到 received with thanks"),
        ("2024-06-03 09:42:15", "Lily Chen", "Confirm: we make 16 pcs certification samples only. 3,984 pcs on hold, not start, wait your written release after CB report. Material also only for 16 pcs."),
        ("2024-06-03 09:43:20", "Yael Cohen", "Exactly, thanks Lily \U0001F64F"),
        ("2024-06-03 09:45:02", "Lily Chen", "Samples ready 18 June. CB at TUV, SII samples send to Petah Tikva by DHL"),
        ("2024-06-03 09:45:40", "Yael Cohen", "Perfect. Plug type H please, not type C like last time"),
        ("2024-06-03 09:46:12", "Lily Chen", "OK type H, noted \U0001F44C"),
    ])),
])

# c12: identifiers that look like quantities, full scope -> clean
case("c12_identifiers_like_qty", [], "48-sample PO full of quantity-like identifiers (BJ-5000-1200, DWG 2500-110 Rev 12, IEC 60335-2-14, Hall 3000); hold, sign-off and Jenna Ortiz named", [
    ("PO_78210.pdf", pdf([
        ("h1", "Brightwell Kitchen Co. - Purchase Order 78210"),
        ("p", "Brightwell Kitchen Co., 2200 W Fulton St, Chicago IL 60612, USA. Vendor: Zhongshan Meiyi Electrical Co., Ltd (20417)."),
        ("p", "PO date: 06/03/2024. Terms: Net 45. Ship via: UPS Worldwide Expedited, acct 8F27W1. Deliver to: Receiving, Hall 3000, Dock 12."),
        ("table", [
            ["Line", "Part", "Description", "Rev", "Qty", "Unit USD"],
            ["1", "BW-BJ-5000-1200", "Blender jar assembly 1.5 L, Tritan TX1001, 6-wing blade", "DWG 2500-110 Rev 12", "48", "11.40"],
        ]),
        ("sp",),
        ("p", "Scope: sample. This PO covers 48 sample jars only. The production balance is not released; do not "
              "start any production quantity and buy material for the 48 samples only."),
        ("p", "Production will be released only by a written release from Jenna Ortiz (Release Manager) after "
              "sample sign-off by Brightwell Engineering."),
        ("p", "Compliance: IEC 60335-2-14:2016, FDA 21 CFR 177.1520, California Prop 65. Test report ref TR-2024-0500 on file."),
        ("p", "Packaging per Brightwell packaging spec PKG-1000 rev 3."),
    ], pagesize=LETTER, title="PO 78210", author="Brightwell Kitchen Co.")),
])

# c13: EML + DOCX interim disposition with limits -> clean
_c13_docx = docx_bytes([
    ("h1", "Sample disposition SD-2024-019"),
    ("p", "Part: HB-800 hand blender 800 W. Supplier: Ege Ev Aletleri San. A.S., Manisa. PO 4500-3355 (programme 6,000 units)."),
    ("table", [
        ["Item", "Disposition", "Quantity limit", "Expiry", "Signed"],
        ["Golden sample HB-800 rev 04", "Interim sign-off", "600 units", "30 June 2024", "Dana Mizrahi, Release Authority"],
    ]),
    ("h", "Production release under this interim disposition"),
    ("p", "600 units only, to be completed and shipped by 30 June 2024."),
    ("h", "Balance"),
    ("p", "The remaining 5,400 units are not released. They will be released only after full sample sign-off "
          "(open point: cord-grip pull test, 100 N) and a written release from Dana Mizrahi, Release Authority."),
    ("p", "Material authority: 600 units."),
])
case("c13_interim_disposition", [], "interim sample sign-off with quantity (600) and expiry limits, balance 5,400 not released until full sign-off + written release by Dana Mizrahi", [
    ("HB-800_interim_disposition.eml", mail(
        "Dana Mizrahi <dana.mizrahi@shefa-home.co.il>", "Emre Yilmaz <emre.yilmaz@egeevaletleri.com.tr>",
        "HB-800 - interim disposition SD-2024-019", "Sun, 26 May 2024 11:05:00 +0300",
        """Hi Emre,

Please find attached the interim disposition SD-2024-019 for the HB-800.

Build the 600 only, by 30 June. Everything else stays on hold until the cord-grip test is closed -
details in the document.

Best regards,
Dana
""" + sig("Dana Mizrahi", "Quality & Release Authority", "Shefa Home Appliances Ltd", "+972 3 555 0163"),
        attachments=[("SD-2024-019.docx", _c13_docx, DOCX_MT)])),
])

# p13: EML thread, "Approved, go ahead" after supplier asks to proceed -> RG002
case("p13_thread_approved_go_ahead", ["RG002"], "buyer answers supplier's 'can we proceed?' with 'Approved, go ahead' - neither sample-only nor a quantity; quoted PO email has full scope", [
    ("RE_RE_PO_4500-3390.eml", mail(
        "Noa Katz <noa.katz@shefa-home.co.il>", "Kevin Zhang <kevin.zhang@huilong-electric.cn>",
        "RE: RE: PO 4500-3390 SH-KT170 - artwork", "Wed, 29 May 2024 14:11:00 +0300",
        "Hi Kevin,\n\nApproved, go ahead.\n\nThanks,\nNoa\n"
        + sig("Noa Katz", "Procurement Lead", "Shefa Home Appliances Ltd", "+972 3 555 0177") + "\n"
        + "On Wed, 29 May 2024 at 10:02, Kevin Zhang wrote:\n"
        + quote("""Dear Noa,

Attached the final artwork for the rating label and the gift box (v5, with the SII mark and the Hebrew
warnings). PO 4500-3390 well received.

Can we proceed?

Best regards
Kevin""")
        + "\nOn Mon, 27 May 2024 at 16:30, Noa Katz wrote:\n"
        + quote("""Kevin,

PO 4500-3390 covers 36 DVT samples of the SH-KT170 only. The balance of 3,564 units is not released
- do not start it. It will be released only by my written release after golden sample sign-off.

Noa Katz, Procurement Lead""", 2),
        in_reply_to="<h157-kz-0529@huilong-electric.cn>")),
])

# p14: PDF PO with an unscoped "APPROVED FOR MANUFACTURE" block -> RG002
case("p14_po_stamp_approved_manufacture", ["RG002"], "sample PO with full scope but the signature block says 'APPROVED FOR MANUFACTURE' with no quantity or sample scope", [
    ("PO_HF-PO-24355.pdf", pdf([
        ("h1", "HARROW & FINCH LTD - PURCHASE ORDER"),
        ("p", "PO: HF-PO-24355    Date: 28/05/2024    Supplier: Ningbo Huilong Electric Appliance Co., Ltd (V1093)"),
        ("table", [
            ["Line", "SKU", "Description", "Scope", "Qty", "Price USD"],
            ["10", "HF-TS2-DVT", "2-slice toaster, DVT build, cream, UK plug", "sample", "24", "19.80"],
        ]),
        ("sp",),
        ("p", "This PO covers 24 DVT samples only. The balance of 5,976 units is not released. It will be released "
              "only by a written release from Sarah Whitfield (Senior Buyer) after golden sample sign-off by Tom Bennett."),
        ("p", "Ship 24 pcs by air to Trafford Park, attention Product Development, by 28 June 2024."),
        ("sp",),
        ("table", [
            ["Authorisation", "Name", "Date"],
            ["APPROVED FOR MANUFACTURE", "T. Bennett, Head of Product Development", "28/05/2024"],
        ]),
    ], title="HF-PO-24355", author="Harrow & Finch")),
])

# p15: WeChat, "go ahead" after supplier asks to start -> RG002
case("p15_wechat_go_ahead_tooling", ["RG002"], "after a tooling fix the supplier asks 'can we start?' and the buyer replies 'go ahead' without scope; her earlier message has full scope", [
    ("wechat_Brightwell_Meiyi_BL600.txt", wechat("Megan Hall (Brightwell) / Jason Liang (Meiyi)", [
        ("2024-06-04 07:20:11", "Megan Hall", "Jason, PO 77410 is out: 50 EVT units of the BW-BL600 only. The MP balance (2,950) is not released - it's released only by my written release after EVT sign-off."),
        ("2024-06-04 19:55:40", "Jason Liang", "Received Megan, thanks"),
        ("2024-06-12 20:31:02", "Jason Liang", "Megan, the T1 mould modification for the jar lock is done, first shots look good"),
        ("2024-06-12 20:31:30", "Jason Liang", "[Video]"),
        ("2024-06-12 20:32:05", "Jason Liang", "Can we start?"),
        ("2024-06-13 06:48:19", "Megan Hall", "go ahead \U0001F44D"),
        ("2024-06-13 06:49:02", "Jason Liang", "OK thanks!"),
    ])),
])


# ----------------------------------------------------------------- batch 3
# c14: ERP printout, full-quantity production PO -> clean
case("c14_erp_full_qty_baskets", [], "ERP production PO for the full 1,000 baskets, no sample stage, no balance", [
    ("PO_4400187220.txt", """CALDER HOME RETAIL LTD                      PURCHASE ORDER                       PAGE 1 OF 1
UNIT 4 AIRE VALLEY PARK, LEEDS LS10 1AB
==========================================================================================
PO NUMBER   : 4400187220                 PO DATE   : 03/06/2024
ORDER TYPE  : STANDARD (PRODUCTION)      CURRENCY  : USD
VENDOR      : 300877  SAIGON PRECISION HOUSING CO., LTD
              LOT B2, VSIP II, THU DAU MOT, BINH DUONG, VIET NAM
SHIP TO     : CALDER DC2, CASTLEFORD WF10 5NP (VIA FELIXSTOWE)
==========================================================================================
LN   ITEM          DESCRIPTION                        QTY  UOM   UNIT USD      EXT USD
001  CH-AFB-45     AIR FRYER BASKET 4.5L NONSTICK   1,000  EA       3.65      3,650.00
                   PTFE-FREE CERAMIC COAT
                   DRG CH-AFB-45 REV 07
------------------------------------------------------------------------------------------
TOTAL QTY   : 1,000 EA                   TOTAL VALUE : USD 3,650.00
DELIVERY    : FOB HO CHI MINH CITY       ETD         : 26/07/2024
PACKING     : 20 EA/CTN, 50 CTNS, CARTON MARKS PER CHR-LOG-011
REMARKS     : FULL ORDER QUANTITY RELEASED FOR PRODUCTION. NO SAMPLE STAGE,
              NO BALANCE. SAMPLES SIGNED OFF UNDER PO 4400187001 (12 EA).
TERMS       : 60 DAYS FROM B/L DATE. CALDER TERMS OF PURCHASE REV 2023-11.
==========================================================================================
*** THIS IS A COMPUTER GENERATED DOCUMENT - NO SIGNATURE REQUIRED ***
"""),
])

# c15: supplier question about the go-ahead -> clean
case("c15_supplier_asks_go_ahead", [], "supplier asks whether MP 2,000 is released or only the 50 pilot units; a question, no authorization", [
    ("BW-BL600_pilot_finished.eml", mail(
        "Jason Liang <jason@meiyi-elec.com>", "Megan Hall <megan.hall@brightwellkitchen.com>",
        "BW-BL600 pilot build finished - question on MP", "Fri, 28 Jun 2024 18:20:00 +0800",
        """Hi Megan,

The pilot build of the BW-BL600 finished today. Line takt was 42 s, first pass yield 96.5%, the two
failures were jar-lock micro switch, we changed supplier batch. Report attached later today.

Quick question before we make the July plan: do we have your go-ahead for the 2,000 MP units, or
only the 50 pilot units for now? We don't want to start anything you have not released.
If MP is not released yet, could you tell us who will send the release and roughly when?

Thank you,
Jason Liang
General Manager
Zhongshan Meiyi Electrical Co., Ltd.
""")),
])

# c16: HTML supplier quote page with tiers -> clean
case("c16_supplier_portal_quote_tiers", [], "supplier portal quotation with sample price and 500/2,000/5,000 tiers; not an order confirmation, no authorization", [
    ("termogrzal_oferta_OF-2024-0457.html", html_page("Termo-Grzal - Oferta OF/2024/0457", """
<h1>Termo-Grza&#322; Sp. z o.o. &mdash; Portal klienta / Customer portal</h1>
<p>Customer: <b>Harrow &amp; Finch Ltd</b>, Manchester &nbsp;|&nbsp; Offer / Oferta: <b>OF/2024/0457</b> &nbsp;|&nbsp; Date: 14.05.2024 &nbsp;|&nbsp; Valid until: 13.07.2024</p>
<h2>HE-1800-B flat heating element 1&nbsp;800 W, 230 V (for HF-TS2 toaster)</h2>
<table>
<tr><th>Quantity</th><th>Unit price EUR</th><th>Lead time</th></tr>
<tr><td>Samples, 10 pcs</td><td>28,00</td><td>3 weeks</td></tr>
<tr><td>500 pcs</td><td>4,10</td><td>4 weeks from your written call-off</td></tr>
<tr><td>2&nbsp;000 pcs</td><td>3,62</td><td>4 weeks from your written call-off</td></tr>
<tr><td>5&nbsp;000 pcs</td><td>3,38</td><td>5 weeks from your written call-off</td></tr>
</table>
<p>Tooling for the mica carrier: EUR 2&nbsp;150, one-off. Material surcharge NiCr 80/20 per LME nickel, reviewed quarterly.</p>
<p>Standards: EN 60335-1, EN 60335-2-9. Hi-pot 1&nbsp;250 V / 1 s on 100% of parts.</p>
<p class="note">This is a quotation, not an order confirmation. Prices EUR, FCA Wroc&#322;aw, excl. VAT.</p>
<p>Contact: Agnieszka Kowalska, Sales Engineer &middot; a.kowalska@termogrzal.pl &middot; +48 71 555 02 19</p>
""", lang="pl")),
])

# c17: multi-file PO (20 samples) + quote with 12,000; PO declares quote figure informational -> clean
case("c17_po_plus_quote_info", [], "two files: sample PO for 20 declares the quote's 12.000 series figure information only/not released, with release by Claire Bonnet after lab sign-off; plus the supplier quote", [
    ("PO_MC-2024-0701.pdf", pdf([
        ("h1", "MAISON CERISE SAS - BON DE COMMANDE"),
        ("p", "PO MC-2024-0701 du 01.07.2024 - Fournisseur: Saigon Precision Housing Co., Ltd (V-10442)"),
        ("table", [
            ["Ligne", "Article", "Designation", "Qte", "PU EUR"],
            ["010", "MC-AF55-HSG", "Boitier friteuse 5,5 L - echantillons / samples", "20", "11,20"],
        ]),
        ("sp",),
        ("p", "Only the 20 samples are ordered now. The series is not released."),
        ("p", "The quotation QV-24-118 is attached for prices. The series quantity of 12.000 pcs shown in it is "
              "for information only and is not released."),
        ("p", "Release of the series: by a written release from Claire Bonnet (Responsable Achats), after sample "
              "sign-off by our laboratory in Lyon. Material authority: 20 samples only."),
    ], title="PO MC-2024-0701", author="Maison Cerise")),
    ("QV-24-118.pdf", pdf([
        ("h1", "SAIGON PRECISION HOUSING CO., LTD"),
        ("h", "Quotation QV-24-118"),
        ("p", "Customer: Maison Cerise SAS, Lyon. Part: MC-AF55-HSG air fryer housing 5.5 L. Date: 20 June 2024."),
        ("table", [
            ["Item", "Qty", "Unit price EUR", "Lead time"],
            ["Samples (production tool)", "20 pcs", "11.20", "2 weeks"],
            ["Series", "12,000 pcs", "2.95", "5 weeks"],
            ["Mould 1+1 family, P20 steel", "1 set", "16,400.00", "6 weeks"],
        ]),
        ("p", "Tran Thi Lan, Sales Manager. Payment: mould 50/50, parts 30 days after B/L."),
    ], title="QV-24-118", author="Saigon Precision Housing")),
])

# c18: PDF release letter, full release record -> clean
case("c18_release_letter_1500", [], "production release of 1,500 after golden sample sign-off, signed by release authority within limit; remaining 3,000 on hold until next call-off by Kylie", [
    ("KK-R-0032_production_release.pdf", pdf([
        ("h1", "Kookaburra Kitchen Pty Ltd - Production Release KK-R-0032"),
        ("table", [
            ["Field", "Value"],
            ["Order", "KK-AF60 air fryer 6.0 L, Zhongshan Meiyi Electrical Co., Ltd"],
            ["Purchase order", "KK-4471 rev 2 (commercial cover 4,500 units)"],
            ["Golden sample sign-off", "22 May 2024, ref GS-KK-AF60-03, signed off by Quality"],
            ["Quantity released by this letter", "1,500 units (first shipment, FOB Zhongshan, ETD 30 July 2024)"],
            ["Not released", "the remaining 3,000 units - on hold until the next call-off, signed by Kylie Nguyen (Head of Buying)"],
            ["Material authority", "1,500 units"],
            ["Released by", "Tom Reilly, Head of Sourcing (release limit 2,000 units)"],
        ]),
        ("sp",),
        ("p", "Please acknowledge this release in writing and confirm the vessel booking by 5 July."),
        ("p", "Signed: Tom Reilly, 24 May 2024"),
    ], title="KK-R-0032", author="Tom Reilly")),
])

# c19: HTML buyer portal, sample line released, production line not released -> clean
case("c19_portal_line_status", [], "buyer portal: sample line 36 released; production line 4,000 not released, on hold until PVT sign-off, release by Marc Dubois in writing", [
    ("portail_fournisseurs_MC-2024-0655.html", html_page("Maison Cerise - Portail fournisseurs - MC-2024-0655", """
<h1>Maison Cerise &mdash; Portail fournisseurs</h1>
<p>Fournisseur / supplier: <b>Ningbo Huilong Electric Appliance Co., Ltd</b> &nbsp;|&nbsp; Commande / PO: <b>MC-2024-0655</b> &nbsp;|&nbsp; Date: 18.06.2024</p>
<table>
<tr><th>Line</th><th>Article</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>MC-KT12 kettle 1.2 L, PVT build</td><td>sample</td><td>36</td><td>Released &mdash; build and ship</td></tr>
<tr><td>20</td><td>MC-KT12 kettle 1.2 L, production</td><td>production</td><td>4,000</td><td>NOT released &mdash; on hold until PVT sign-off; release by Marc Dubois (Directeur Supply Chain) in writing</td></tr>
</table>
<div class="note">Material authority: PVT quantity (36) only. Do not buy material for line 20.</div>
<p>Livraison PVT: DAP Lyon, semaine 28. Contact achats: achats@maison-cerise.fr</p>
""", lang="fr")),
])

# c20: EML sample PO + labelled forecast as TXT attachment -> clean
_c20_txt = """Hi Kevin,

Please find attached our PO 4400187355 for 24 sample kettles CH-KT-GLASS (glass 1.7 L, Calder own brand).

To be completely clear on scope:
- The 24 samples are the only quantity ordered and released now.
- Nothing else is released. There is no production quantity on this PO and none is authorised.
- A production PO will be raised only after sample sign-off by our QA team, and production will be
  released only by a written release from me (James Thornton, Buying Manager).

I've also attached our FY24/25 volume forecast for your capacity planning. It is indicative only - not an
order and not a commitment, and it gives no material or production authority.

Samples to our QA lab in Leeds please, by 19 July.

Kind regards,
James
""" + sig("James Thornton", "Buying Manager", "Calder Home Retail Ltd", "+44 113 555 0190")
case("c20_sample_po_plus_labelled_forecast", [], "24-sample PO with nothing else released, production release by James Thornton after QA sign-off; forecast attachment clearly labelled not an order", [
    ("PO_4400187355_CH-KT-GLASS.eml", mail(
        "James Thornton <james.thornton@calderhome.co.uk>", "Kevin Zhang <kevin.zhang@huilong-electric.cn>",
        "PO 4400187355 - CH-KT-GLASS samples + FY24/25 forecast", "Mon, 17 Jun 2024 11:25:00 +0100",
        _c20_txt,
        html="<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _c20_txt.split("\n\n")) + "</body></html>",
        attachments=[("CH_forecast_FY24-25.txt", """CALDER HOME RETAIL - SUPPLIER VOLUME FORECAST FY24/25
STATUS: INDICATIVE FORECAST - NOT AN ORDER - NOT A COMMITMENT - NO MATERIAL OR PRODUCTION AUTHORITY
SUPPLIER: NINGBO HUILONG ELECTRIC APPLIANCE CO., LTD

ITEM          Q3 FY24   Q4 FY24   Q1 FY25   Q2 FY25   TOTAL
CH-KT-GLASS     2,000     3,500     1,500     2,000   9,000
CH-TS2-CRM          -     1,200       800       800   2,800

QUANTITIES ARE AUTHORISED ONLY BY A PURCHASE ORDER AND A WRITTEN PRODUCTION RELEASE.
""", TXT_MT)])),
])

# p17: thread, LC opened -> "green light" -> RG002 RG012
case("p17_lc_open_green_light", ["RG002", "RG012"], "buyer treats the opened LC as the go signal ('so you have the green light') without scope; quoted PO had 40 samples and a held balance", [
    ("RE_PO_4500-3418_LC.eml", mail(
        "Avi Peretz <avi.peretz@shefa-home.co.il>", "Emre Yilmaz <emre.yilmaz@egeevaletleri.com.tr>",
        "RE: PO 4500-3418 HB-800 - LC", "Tue, 04 Jun 2024 12:40:00 +0300",
        """Emre,

The LC for the full programme value (6,000 units) is now open at Bank Leumi, ref LC-24-0077,
advising bank Isbank Manisa. So you have the green light from our side.

Please send the shipping schedule by Thursday.

Avi
""" + sig("Avi Peretz", "VP Operations", "Shefa Home Appliances Ltd", "+972 3 555 0101") + "\n"
        + "On Mon, 13 May 2024 at 09:15, Avi Peretz wrote:\n"
        + quote("""Hi Emre,

PO 4500-3418 covers 40 certification samples of the HB-800 only. The balance of 5,960 units is not
released. It will be released only by a written release from me after the CB report is issued.

Avi Peretz, VP Operations"""),
        in_reply_to="<h157-ap-0513@shefa-home.co.il>")),
])

# p18: supplier bought material for full 6,000 while 60 PVT released -> RG006
case("p18_supplier_bought_full_material", ["RG006"], "supplier reports steel, controls and glass already bought for the full 6,000 while only 60 PVT are released and material authority is PVT only", [
    ("RE_HF-KT1702_PVT_status.eml", mail(
        "Kevin Zhang <kevin.zhang@huilong-electric.cn>", "Sarah Whitfield <sarah.whitfield@harrowfinch.co.uk>",
        "RE: PO HF-PO-24410 HF-KT1702 PVT - status", "Fri, 07 Jun 2024 16:58:00 +0800",
        """Dear Sarah,

Update on HF-KT1702:

The 60 PVT units are on line 3 this week, ship 21 June by air.

To protect the September ETD and the price, we have already purchased the 304 stainless steel sheet,
the thermostatic controls and the borosilicate glass for the full 6,000 pcs. The material arrived in
our warehouse yesterday. Steel price went up 6% in May so this was the best timing for you.

Please let me know if any question.

Best regards
Kevin Zhang
Sales Manager | Ningbo Huilong Electric Appliance Co., Ltd.
""" + "\nOn 20 May 2024, Sarah Whitfield wrote:\n"
        + quote("""Hi Kevin,

PO HF-PO-24410 covers the 60 PVT units only. The 5,940 balance is not released and must not be
started. It will be released only by a written release from me (Sarah Whitfield) after PVT sign-off.
Material authority: PVT quantity only.

Sarah"""),
        in_reply_to="<h157-sw-0520@harrowfinch.co.uk>")),
])

# p19: WeChat, material for 5k arrived while 50 released -> RG006
case("p19_wechat_material_5k_arrived", ["RG006"], "supplier announces glass and lids for all 5k jars in the warehouse while only 50 PVT are released", [
    ("wechat_Kookaburra_Meiyi_KK-BL900.txt", wechat("Kylie Nguyen (Kookaburra) / Amy Wu (Meiyi)", [
        ("2024-06-10 08:02:17", "Kylie Nguyen", "Hi Amy, PO KK-4490 is through - 50 PVT jars only. Balance of 4,950 is on hold, not released until PVT sign-off and my written release."),
        ("2024-06-10 08:40:55", "Amy Wu", "Hi Kylie, received, thank you"),
        ("2024-06-18 16:21:09", "Amy Wu", "Kylie good news \U0001F60A glass for all 5k jars arrived our warehouse today, also the lids. So we are ready!"),
        ("2024-06-18 16:21:30", "Amy Wu", "[Photo]"),
        ("2024-06-18 18:05:44", "Kylie Nguyen", "Hang on - we've only released 50. Why is there glass for 5k?"),
        ("2024-06-18 18:30:12", "Amy Wu", "Glass factory MOQ, and price is better. No problem we can keep in warehouse"),
        ("2024-06-18 18:32:01", "Kylie Nguyen", "Let's talk tomorrow on a call"),
    ])),
])


# ----------------------------------------------------------------- batch 4
# c21: WhatsApp, explicit staged material authority above the released pilot -> clean
case("c21_whatsapp_staged_material", [], "buyer releases 200 for the pilot and gives an explicit staged material authority up to 2,000 at buyer's cost; 4,600 not released until his written release after PVT sign-off", [
    ("WhatsApp_Chat_Kookaburra_Meiyi_BL900.txt", chat([
        ("02/07/2024, 09:10", "Tom Reilly", "Morning Jason, quick one on the KK-BL900 so there's no confusion"),
        ("02/07/2024, 09:12", "Tom Reilly", "We're releasing 200 units for the pilot run now (PO KK-4540 line 1)."),
        ("02/07/2024, 09:13", "Tom Reilly", "Material: you can buy motors and jars for up to 2,000 units at our cost - that's a staged material authority, same wording is in the PO note. Material only - production stays at 200."),
        ("02/07/2024, 09:15", "Tom Reilly", "The remaining 4,600 units are not released. Release only by a written release from me after PVT sign-off."),
        ("02/07/2024, 09:31", "Jason Liang (Meiyi)", "Clear, thanks Tom. Build 200, buy material up to 2,000 sets, no more. 4,600 wait your written release"),
        ("02/07/2024, 09:33", "Tom Reilly", "Bang on. Cheers mate"),
        ("02/07/2024, 09:40", "Jason Liang (Meiyi)", "Pilot start 15 July, finish 19 July. PVT samples to Melbourne 22 July"),
        ("02/07/2024, 09:41", "Tom Reilly", "\U0001F44D"),
    ])),
])

# c22: long Turkish thread, scoped go-ahead -> clean
case("c22_thread_scoped_go_ahead", [], "long thread; buyer says 'go ahead with the 24 pilot units only', 4,976 held until her written release after pilot sign-off", [
    ("RE_BL-1200_pilot_assembly.eml", mail(
        "Yael Cohen <yael.cohen@shefa-home.co.il>", "Selin Demir <selin.demir@egeevaletleri.com.tr>",
        "RE: RE: BL-1200 pilot - assembly start", "Thu, 20 Jun 2024 10:22:00 +0300",
        """Hi Selin,

Yes - go ahead with the 24 pilot units only.

The balance of 4,976 stays on hold and is not released. It will be released only by my written release
after pilot sign-off by our QA team. Material for the 24 only, as before.

Could you also send:
1. the packing list for the pilot shipment (air, to Ben Gurion cargo),
2. the CB test schedule from TUV Istanbul,
3. a photo of the Hebrew rating label on the base.

Have a good Kurban Bayrami next week to you and the team!

Yael
""" + sig("Yael Cohen", "Sourcing Manager", "Shefa Home Appliances Ltd", "+972 3 555 0149") + "\n"
        + "On Wed, 19 Jun 2024 at 17:48, Selin Demir wrote:\n"
        + quote("""Dear Yael Hanim,

Good news, all parts for the 24 pilot units of the BL-1200 passed incoming inspection, including the
new glass jars from Kirklareli. We would like to start the assembly on Friday, before the holiday.

Can we go ahead?

Best regards,
Selin Demir
Export Sales | Ege Ev Aletleri San. A.S. | Manisa OSB 3. Kisim""")
        + "\nOn Mon, 10 Jun 2024 at 12:05, Yael Cohen wrote:\n"
        + quote("""Selin, thank you for the call today. As discussed, the jar gasket will be the silicone version
(food grade, LFGB). Please update the BOM and send the revised drawing BL-1200-07 rev F.

Yael""", 2),
        in_reply_to="<h157-sd-0619@egeevaletleri.com.tr>")),
])

# c23: supplier weekly status report -> clean
case("c23_supplier_weekly_status", [], "supplier status report: 30 pilot released and produced, material for pilot only, series not released and not started", [
    ("SPH_status_WK24_MC-2024-0612.txt", """SAIGON PRECISION HOUSING CO., LTD  -  WEEKLY STATUS REPORT  WK24 / 2024
==========================================================================
CUSTOMER          : MAISON CERISE SAS (LYON)
PO                : MC-2024-0612 (PILOT)
PART              : MC-AF45-HSG AIR FRYER HOUSING 4.5L, DRG MC-AF45-101 IND.C
--------------------------------------------------------------------------
RELEASED QTY      : 30 PCS (PILOT)
PRODUCED          : 30 PCS   (QC PASSED 29, 1 REWORK - SINK MARK ON VENT RIB)
SHIPPED           : 0        (AIR BOOKING HCM-LYS WK26)
MATERIAL BOUGHT   : PP-T20 RESIN 45 KG (= 30 PCS + SET-UP SCRAP)
SERIES QTY        : NOT RELEASED - NO SERIES MATERIAL BOUGHT, NO SERIES PRODUCTION PLANNED
NEXT STEP         : WAITING CUSTOMER PILOT SIGN-OFF AND WRITTEN SERIES RELEASE (MME C. BONNET)
--------------------------------------------------------------------------
MOULD STATUS      : T2 OK, CAVITY PRESSURE 480 BAR, CYCLE 38 S
OPEN POINTS       : 1) TEXTURE MT-11020 SAMPLE PLAQUE TO CUSTOMER FOR SIGNATURE
                    2) PALLET HEIGHT MAX 1.2 M FOR AIR FREIGHT
--------------------------------------------------------------------------
PREPARED BY: TRAN THI LAN, SALES MANAGER            DATE: 14/06/2024
"""),
])

# c24: multi-file FR buyer to TR supplier, European formats consistent -> clean
case("c24_eu_number_formats_consistent", [], "three files (cover email, PO, spec) state the pilot as 1.200 / 1,200 / 1 200 - the same quantity; series 10.800 not released until Claire Bonnet's written release after pilot validation", [
    ("email_MC-2024-0730.eml", mail(
        "Claire Bonnet <c.bonnet@maison-cerise.fr>", "Selin Demir <selin.demir@egeevaletleri.com.tr>",
        "MC-2024-0730 - kettle base MC-KB20 - pilot lot", "Tue, 30 Jul 2024 14:05:00 +0200",
        """Bonjour Selin,

Please find our order MC-2024-0730 for the pilot lot of the MC-KB20 kettle base: 1,200 pieces.
The technical sheet is also in the folder.

Only the 1,200 pilot pieces are ordered now. The remaining 10,800 pieces of the series are not
released. I will release them myself, in writing, after our laboratory has validated the pilot lot.

Bonne journée,
Claire
""" + sig("Claire Bonnet", "Responsable Achats", "Maison Cerise SAS, Lyon", "+33 4 72 55 01 30"))),
    ("PO_MC-2024-0730.pdf", pdf([
        ("h1", "MAISON CERISE SAS - BON DE COMMANDE MC-2024-0730"),
        ("p", "Fournisseur: Ege Ev Aletleri San. A.S., Manisa OSB, Turquie. Date: 30.07.2024. Devise: EUR."),
        ("table", [
            ["Ligne", "Article", "Designation", "Qte", "PU EUR", "Total EUR"],
            ["010", "MC-KB20", "Socle bouilloire 360 deg / kettle base, connecteur CS7", "1.200", "2,35", "2.820,00"],
        ]),
        ("sp",),
        ("p", "Quantite lancee / active quantity: 1.200 pcs (lot pilote)."),
        ("p", "Solde 10.800 pcs: NON libere / not released. Liberation du solde: par ecrit, par Claire Bonnet "
              "(Responsable Achats), apres validation du lot pilote par notre laboratoire."),
        ("p", "Autorisation matiere / material authority: 1.200 pcs uniquement."),
    ], title="MC-2024-0730", author="Maison Cerise")),
    ("fiche_technique_MC-KB20.docx", docx_bytes([
        ("h1", "Fiche technique MC-KB20 - socle bouilloire"),
        ("table", [
            ["Caracteristique", "Valeur"],
            ["Connecteur", "CS7 360 deg, 10 A / 250 V, EN 60320-2-2"],
            ["Cordon", "H05VV-F 3G0,75 mm2, 0,75 m, fiche type E/F"],
            ["Matiere", "PP V0, blanc RAL 9010"],
            ["Lot pilote", "1 200 pcs"],
            ["Essais", "tenue dielectrique 1 250 V, traction cordon 100 N, chute 1 m"],
        ]),
        ("p", "Marquage: logo Maison Cerise, CE, symbole poubelle barree (DEEE)."),
    ], author="Julien Marchand")),
])

# c25: stop notice -> clean
case("c25_stop_notice", [], "buyer stop notice: nothing may start, authorised quantity zero, balance on hold; lift only by written notice from Oren Shapiro after NCR closure", [
    ("STOP_PO_4500-3460.eml", mail(
        "Oren Shapiro <oren.shapiro@shefa-home.co.il>", "Kevin Zhang <kevin.zhang@huilong-electric.cn>",
        "STOP NOTICE - PO 4500-3460 - SH-KT150", "Wed, 10 Jul 2024 07:55:00 +0300",
        """Kevin,

This is a formal stop notice for PO 4500-3460 (SH-KT150 kettle), effective immediately.

- Nothing more may start on this order - no assembly, no further moulding, no material purchases -
  whether released or not.
- Authorised quantity while the stop is in force: zero.
- The 40 EVT samples you have finished: keep them in your warehouse, do not ship.
- The 3,960 production balance remains on hold and is not released.

The stop will be lifted only by a written notice from me, Oren Shapiro, once the lid-hinge crack
(NCR-2024-0500) is closed with a root cause and a corrective action that our QA has signed off.

Please confirm receipt of this notice today.

Oren
""" + sig("Oren Shapiro", "VP Operations", "Shefa Home Appliances Ltd", "+972 3 555 0110"))),
])

# p23: Turkish supplier ack, glass ordered for 10.000 jars -> RG006
case("p23_tr_ack_glass_10000", ["RG006"], "supplier acknowledgement restates the hold but reports glass ordered for 10.000 jars while only 48 samples are released", [
    ("PO_4500-3440_confirmation.eml", mail(
        "Selin Demir <selin.demir@egeevaletleri.com.tr>", "Yael Cohen <yael.cohen@shefa-home.co.il>",
        "PO 4500-3440 - order confirmation BL-1200 samples", "Mon, 27 May 2024 15:30:00 +0300",
        """Dear Yael Hanim,

We confirm your PO 4500-3440 for 48 pieces blender samples (BL-1200, glass jar version).
Understood that the balance of 4,952 pcs is not released and waits for your written release after
golden sample sign-off.

For your information: our glass supplier in Kirklareli works with a minimum of 10.000 jars per melt.
Therefore we have already placed the order for 10.000 glass jars last week, so we do not lose the
September furnace slot.

Samples will be ready on 24 June. We will send 8 pcs to TUV Istanbul for CB and 40 pcs to you.

Best regards,
Selin Demir
Export Sales | Ege Ev Aletleri San. A.S.
Manisa OSB 3. Kisim, 45030 Manisa, Turkiye
""")),
])

# p24: buyer condones material for whole run, no explicit authority -> RG006
_p24_txt = """Hi Jason,

Thanks for the factory tour pictures, the new assembly line looks great.

I see you've already got the PP resin and the motors in for the whole 3,000-unit run - fine by me,
no problem.

To be clear on the build though: still only the 50 EVT units are released. The 2,950 balance stays on
hold until EVT sign-off and my written release.

Talk Thursday,
Megan
""" + sig("Megan Hall", "Sourcing Manager", "Brightwell Kitchen Co.", "+1 312 555 0188")
case("p24_buyer_ok_with_material", ["RG006"], "buyer waves through resin and motors bought for the whole 3,000 run ('fine by me') while only 50 EVT are released; no explicit material authority", [
    ("BW-AF55_factory_tour.eml", mail(
        "Megan Hall <megan.hall@brightwellkitchen.com>", "Jason Liang <jason@meiyi-elec.com>",
        "RE: BW-AF55 factory tour photos", "Tue, 11 Jun 2024 19:12:00 -0500", _p24_txt,
        html="<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _p24_txt.split("\n\n")) + "</body></html>")),
])

# p25: supplier: deposit received so started and bought motors for all 3,000 -> RG006 RG012
_p25_html = html_page("Order status KK-4502", """
<h2>Zhongshan Meiyi &mdash; order status KK-4502 (KK-BL900)</h2>
<table>
<tr><th>Step</th><th>Status</th></tr>
<tr><td>Deposit 30%</td><td>received 20/06 &#10004; &rarr; production started</td></tr>
<tr><td>Motors 1,200 W</td><td>3,000 sets purchased</td></tr>
<tr><td>Glass jars 1.75 L</td><td>3,000 pcs purchased</td></tr>
<tr><td>Assembly</td><td>0 / 3,000</td></tr>
</table>
""")
case("p25_deposit_started_bought_all", ["RG006", "RG012"], "supplier treats the deposit as the start signal and buys motors and jars for all 3,000 while only 30 PVT are released", [
    ("RE_KK-4502_deposit.eml", mail(
        "Jason Liang <jason@meiyi-elec.com>", "Kylie Nguyen <kylie.nguyen@kookaburrakitchen.com.au>",
        "RE: KK-4502 deposit", "Fri, 21 Jun 2024 10:08:00 +0800",
        """Dear Kylie,

Deposit received yesterday, many thanks!

So we have started production and bought the motors and glass jars for all 3,000 pcs KK-BL900.
Status page attached, we will update every week.

Best regards
Jason
""" + "\nOn 12 June 2024, Kylie Nguyen wrote:\n" + quote("""Hi Jason,

PO KK-4502 covers 30 PVT units only. The balance of 2,970 is not released until PVT sign-off and my
written release. Deposit invoice is with our accounts team, should go out next week.

Kylie Nguyen, Head of Buying"""),
        attachments=[("status_KK-4502.html", _p25_html, HTML_MT)],
        in_reply_to="<h157-kn-0612@kookaburrakitchen.com.au>")),
])

# p26: supplier: material for all 6,000 in stock, roll straight into MP after approval -> RG006 RG007
case("p26_material_in_roll_straight", ["RG006", "RG007"], "supplier holds steel and glass for all 6,000 and plans to roll straight into MP once the golden sample is approved, no new PO or release", [
    ("RE_PO_HF-PO-24388_golden.eml", mail(
        "Kevin Zhang <kevin.zhang@huilong-electric.cn>", "Sarah Whitfield <sarah.whitfield@harrowfinch.co.uk>",
        "RE: PO HF-PO-24388 - golden samples HF-KT1702 black", "Thu, 27 Jun 2024 09:30:00 +0800",
        """Dear Sarah,

Good news: we already have the steel and the glass for all 6,000 kettles in stock, so once you approve
the golden sample we can roll straight into MP without waiting - no need for another PO or release.

Golden samples leave by DHL tomorrow, AWB 7731 4402 19.

Best regards
Kevin
""" + "\nOn 10 June 2024, Sarah Whitfield wrote:\n" + quote("""Kevin,

PO HF-PO-24388 is for 24 golden samples only. The 5,976 balance is not released and stays on hold until
golden sample sign-off by Tom Bennett and a written release from me. Material for the 24 only.

Sarah Whitfield, Senior Buyer"""),
        in_reply_to="<h157-sw-0610@harrowfinch.co.uk>")),
])

# p27: WhatsApp, AU buyer contradicts own written-release requirement -> RG007
case("p27_whatsapp_roll_into_main_run", ["RG007"], "buyer set a written release requirement, then says 'if the CB comes back clean just roll into the main run, no need to wait on me'", [
    ("WhatsApp_Chat_Kookaburra_Meiyi_KT17.txt", chat([
        ("05/06/2024, 14:02", "Kylie Nguyen", "Hi Amy! PO KK-4520 = 24 DVT units of the KK-KT17 only. The other 4,976 aren't released - on hold till DVT sign-off + a written release from me."),
        ("05/06/2024, 15:10", "Amy Wu (Meiyi)", "Hi Kylie received, DVT finish 20 June"),
        ("21/06/2024, 11:45", "Amy Wu (Meiyi)", "DVT units sent to Intertek Shenzhen for CB test today \U0001F4E6"),
        ("21/06/2024, 12:20", "Kylie Nguyen", "Legend \U0001F64C"),
        ("21/06/2024, 12:21", "Kylie Nguyen", "Tbh we're so behind on the Myer launch - if the CB comes back clean just roll into the main run, no need to wait on me mate"),
        ("21/06/2024, 12:25", "Amy Wu (Meiyi)", "OK understand, we plan the line"),
    ])),
])


# ----------------------------------------------------------------- batch 5
# p28: PDF PO: balance commences automatically upon sample approval, nobody named -> RG005 RG007
case("p28_po_auto_commence", ["RG005", "RG007"], "PO says the balance commences automatically upon sample approval - no recorded auto-conversion with a signer; nobody named who may release", [
    ("PO_4400187410.pdf", pdf([
        ("h1", "Calder Home Retail Ltd - Purchase Order 4400187410"),
        ("p", "Supplier: Ningbo Huilong Electric Appliance Co., Ltd (300412). PO date: 12/06/2024. Issued by: Purchasing Dept., Small Electricals."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD"],
            ["10", "CH-KT-GLASS-S", "Glass kettle 1.7 L, own brand, samples", "24", "24.00"],
        ]),
        ("sp",),
        ("p", "Samples: 24 pcs to Calder QA lab, Leeds, by 26 July 2024."),
        ("p", "The balance of 2,976 pcs is not released at PO issue. Production of the balance shall commence "
              "automatically upon approval of the samples."),
        ("p", "Delivery of the balance: FOB Ningbo, in two equal shipments, October and November 2024."),
        ("p", "Calder terms of purchase rev 2023-11 apply."),
    ], title="PO 4400187410", author="Calder Home Retail")),
])

# p30: Turkish supplier: deemed approval after 5 days -> start mass production -> RG007
case("p30_deemed_approval_5_days", ["RG007"], "supplier says that without comments within 5 working days the samples count as approved and mass production starts; quoted buyer PO requires a written release", [
    ("HF-HB08_DVT_shipped.eml", mail(
        "Emre Yilmaz <emre.yilmaz@egeevaletleri.com.tr>", "Sarah Whitfield <sarah.whitfield@harrowfinch.co.uk>",
        "HF-HB08 DVT samples shipped", "Fri, 14 Jun 2024 17:45:00 +0300",
        """Dear Sarah Hanim,

The 24 DVT samples of the HF-HB08 hand blender were shipped today with DHL, AWB 4471 2290 61.

Kindly note: if we do not receive any comments on the samples within 5 working days, we will consider
them approved and start the mass production, to keep the September loading from Izmir port.

Best regards,
Emre Yilmaz
Key Account Manager | Ege Ev Aletleri San. A.S.
""" + "\nOn 15 May 2024, Sarah Whitfield wrote:\n" + quote("""Emre,

PO HF-PO-24318 covers the 24 DVT samples only. The 3,976 balance is not released. It will be released
only by a written release from me after DVT sign-off by Tom Bennett.

Sarah Whitfield, Senior Buyer, Harrow & Finch"""),
        in_reply_to="<h157-sw-0515@harrowfinch.co.uk>")),
])

# p31: DOCX spec sheet, buyer contradicts own written release in planning section -> RG007
case("p31_spec_launch_series_on_validation", ["RG007"], "spec sheet requires Claire Bonnet's written release, then the planning section says the series of 2.000 may be launched as soon as the lab validates the pilot", [
    ("fiche_technique_MC-AF55-HSG.docx", docx_bytes([
        ("h1", "Fiche technique / Specification sheet MC-AF55-HSG"),
        ("p", "Supplier: Saigon Precision Housing Co., Ltd. Version 3, 08.07.2024."),
        ("table", [
            ["Item", "Requirement"],
            ["Material", "PP-T20, UL 94 HB, black RAL 9005, texture MT-11020"],
            ["Drawing", "MC-AF55-101 indice B"],
            ["Heat test", "no deformation after 2 h at 110 degC"],
            ["Drop test", "packed unit, 1 m, 10 drops, no crack"],
        ]),
        ("h", "Quantities and release"),
        ("p", "Pilot: 20 pcs, ordered under PO MC-2024-0745 - only these 20 are released."),
        ("p", "Series: 2.000 pcs - not released. Series release: by written release from Claire Bonnet "
              "(Responsable Achats) after validation of the pilot samples by our laboratory."),
        ("h", "Planning"),
        ("p", "Target: series ex-works 15 September. To hold this date: as soon as our laboratory validates the "
              "pilot samples, you may launch the series of 2.000 pcs directly."),
        ("p", "Contact technique: Julien Marchand, chef de projet."),
    ], author="Julien Marchand")),
])

# p33: EML IL buyer: recap with hold, then "just carry on with the rest" -> RG007
_p33_txt = """Hi Jason,

Quick recap for PO 4500-3471 so we're aligned:

For now only the 24 DVT units of the SH-AF55 are released. The 2,376 balance is held until DVT sign-off
and my written release (Yael Cohen, Sourcing Manager).

Having said that, we're very tight for the Rosh Hashana promotion - so once the DVT units are OK on our
side, just carry on with the rest, no need to wait for my email.

Also please remember the Hebrew quick-start card goes inside the basket, not on top.

Thanks!
Yael
""" + sig("Yael Cohen", "Sourcing Manager", "Shefa Home Appliances Ltd", "+972 3 555 0149")
case("p33_recap_then_carry_on", ["RG007"], "buyer restates the hold and her written release, then says once the DVT units are OK just carry on with the rest without waiting for her email", [
    ("PO_4500-3471_recap.eml", mail(
        "Yael Cohen <yael.cohen@shefa-home.co.il>", "Jason Liang <jason@meiyi-elec.com>",
        "PO 4500-3471 SH-AF55 - recap", "Sun, 16 Jun 2024 09:05:00 +0300", _p33_txt,
        html="<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _p33_txt.split("\n\n")) + "</body></html>")),
])

# p34: US buyer: forecast is a firm commitment -> RG008
case("p34_forecast_firm_commitment", ["RG008"], "buyer writes the 2025 forecast of 18,000 as a firm commitment", [
    ("BW-KT300_2025_volumes.eml", mail(
        "Derek Olsen <derek.olsen@brightwellkitchen.com>", "Kevin Zhang <kevin.zhang@huilong-electric.cn>",
        "BW-KT300 - 2025 volumes", "Mon, 06 May 2024 08:30:00 -0500",
        """Hi Kevin,

Great meeting you and Lily at the Canton Fair last month - and thanks again for dinner.

As promised, our 2025 forecast for the BW-KT300 kettle is 18,000 units, roughly 40% in Q4 for the
holiday season. You can treat that as a firm commitment from Brightwell: plan your capacity on it, we
will stand behind that number.

Megan will keep running the POs and releases day to day.

Best,
Derek
""" + sig("Derek Olsen", "VP Product & Sourcing", "Brightwell Kitchen Co.", "+1 312 555 0102"))),
])

# p35: supplier order confirmation converts the forecast into an order -> RG008
case("p35_oc_forecast_as_order", ["RG008"], "supplier order confirmation 'confirms your order for 12,000 pcs' with the buyer's forecast as the reference", [
    ("OC-24-0588.pdf", pdf([
        ("h1", "NINGBO HUILONG ELECTRIC APPLIANCE CO., LTD."),
        ("h", "ORDER CONFIRMATION OC-24-0588"),
        ("p", "Customer: Calder Home Retail Ltd, Leeds, UK. Date: 09/05/2024."),
        ("p", "Reference: your volume forecast FY24/25 dated 02/05/2024."),
        ("p", "We confirm your order for 12,000 pcs CH-KT-GLASS glass kettle 1.7 L, delivery in 4 lots of "
              "3,000 pcs (August, October, December, February), FOB Ningbo."),
        ("table", [
            ["Lot", "Qty", "ETD", "Unit USD"],
            ["1", "3,000", "Aug 2024", "11.40"],
            ["2", "3,000", "Oct 2024", "11.40"],
            ["3", "3,000", "Dec 2024", "11.40"],
            ["4", "3,000", "Feb 2025", "11.40"],
        ]),
        ("p", "Payment: 30% T/T in advance per lot, 70% against copy B/L."),
        ("p", "Kevin Zhang, Sales Manager"),
    ], title="OC-24-0588", author="Kevin Zhang")),
])

# p36: buyer portal forecast page written as committed volumes -> RG008
case("p36_portal_forecast_committed", ["RG008"], "buyer portal calls the forecast quantities committed volumes that Calder will purchase", [
    ("calder_portal_forecast_SPH.html", html_page("Calder Supplier Hub - Forecast", """
<h1>Calder Home Retail &mdash; Supplier Hub</h1>
<p>Supplier: <b>Saigon Precision Housing Co., Ltd</b> (300877) &nbsp;|&nbsp; Item: CH-AFB-45 air fryer basket 4.5 L</p>
<h2>Forecast &mdash; published 01/07/2024</h2>
<div class="note">These forecast quantities are committed volumes. Calder will purchase them.</div>
<table>
<tr><th>Month</th><th>Forecast qty</th><th>Ship window</th></tr>
<tr><td>Sep 2024</td><td>1,000</td><td>ETD HCMC wk 36-37</td></tr>
<tr><td>Oct 2024</td><td>1,500</td><td>ETD HCMC wk 40-41</td></tr>
<tr><td>Nov 2024</td><td>2,000</td><td>ETD HCMC wk 45</td></tr>
<tr><td>Jan 2025</td><td>1,000</td><td>ETD HCMC wk 2</td></tr>
<tr><td><b>Total</b></td><td><b>5,500</b></td><td></td></tr>
</table>
<p>Next update: 01/08/2024. Questions: supplierhub@calderhome.co.uk</p>
""")),
])

# p37: WhatsApp, forecast "locked in, treat it like a PO" -> RG008
case("p37_whatsapp_forecast_like_po", ["RG008"], "buyer tells the supplier the 8k forecast is locked in and to treat it like a PO", [
    ("WhatsApp_Chat_Kookaburra_Meiyi_forecast.txt", chat([
        ("15/07/2024, 16:40", "Amy Wu (Meiyi)", "Hi Kylie, our boss ask for your 2025 volume on KK-BL900, we need to plan the new line"),
        ("15/07/2024, 17:02", "Kylie Nguyen", "Hey Amy! Just got out of the range review"),
        ("15/07/2024, 17:03", "Kylie Nguyen", "The 8k forecast for next year is basically locked in - treat it like a PO \U0001F44D"),
        ("15/07/2024, 17:03", "Kylie Nguyen", "Split roughly 60/40 between Myer and our online store"),
        ("15/07/2024, 17:10", "Amy Wu (Meiyi)", "Wonderful, thank you Kylie \U0001F60A"),
        ("15/07/2024, 17:11", "Kylie Nguyen", "Also can you send the updated carton drop test video when you have it"),
        ("15/07/2024, 17:12", "Amy Wu (Meiyi)", "Sure, tomorrow"),
    ])),
])

# p38: supplier calls an indicative forecast a firm commitment and buys material for 20,000 -> RG006 RG008
case("p38_firm_forecast_material_bought", ["RG006", "RG008"], "supplier turns the buyer's indicative 50,000 forecast into a 'firm annual commitment' and buys wire and mica for 20,000 elements with only 500 released", [
    ("RE_HE-2200-A_forecast_2025.eml", mail(
        "Piotr Nowak <p.nowak@termogrzal.pl>", "Sarah Whitfield <sarah.whitfield@harrowfinch.co.uk>",
        "RE: HE-2200-A forecast 2025", "Wed, 19 Jun 2024 13:20:00 +0200",
        """Dear Sarah,

Thank you for the 2025 forecast of 50,000 elements.

As this is your firm annual commitment, we have already ordered NiCr 80/20 wire and mica sheets for
20,000 elements, to secure the price before the nickel surcharge changes in July.

Released so far: call-off 1, 500 elements, delivery week 27 as agreed.

Best regards / Pozdrawiam,
Piotr Nowak
Key Account Manager | Termo-Grzal Sp. z o.o. | ul. Fabryczna 21, 53-609 Wroclaw
""" + "\nOn 17.06.2024, Sarah Whitfield wrote:\n" + quote("""Hi Piotr,

For your capacity planning, our 2025 forecast for the HE-2200-A is 50,000 elements (indicative, for
capacity planning, split evenly across the quarters).

Sarah"""),
        in_reply_to="<h157-sw-0617@harrowfinch.co.uk>")),
])

# p40: three senses of "approved" + deposit as the reason to start -> RG009 RG012
case("p40_approved_three_ways_deposit", ["RG009", "RG012"], "'approved' used for lab sign-off, finance PO approval and production; and the deposit going out is given as the reason production may start", [
    ("CH-KT-GLASS_good_news.eml", mail(
        "James Thornton <james.thornton@calderhome.co.uk>", "Kevin Zhang <kevin.zhang@huilong-electric.cn>",
        "CH-KT-GLASS - good news", "Thu, 01 Aug 2024 15:40:00 +0100",
        """Hi Kevin,

Good news on the CH-KT-GLASS: the samples are approved by our lab (report QA-24-118).

Finance approved the PO yesterday and the 30% deposit has gone out this morning, so you're approved to
start the first 500.

The remaining 2,500 stay on hold until the 500 have passed lot acceptance at our DC and I send you a
written release.

Cheers,
James
""" + sig("James Thornton", "Buying Manager", "Calder Home Retail Ltd", "+44 113 555 0190"))),
])

# p41: release note: "released" for drawing and production, 1,200 in text vs 1,000 in table -> RG009 RG011
case("p41_release_note_drawing_and_qty", ["RG009", "RG011"], "release note uses 'released' for the drawing revision and for production; the text releases 1,200 while the table says 1,000", [
    ("HF-RN-0019_release_note.pdf", pdf([
        ("h1", "Harrow & Finch Ltd - Release note HF-RN-0019"),
        ("p", "To: Termo-Grzal Sp. z o.o., attn. Piotr Nowak. Blanket order HF-BO-2024-07 (4,000 elements). Date: 15/07/2024."),
        ("p", "Drawing HE-2200-A rev E is released (engineering change ECN-0412: terminal crimp height 2.1 mm)."),
        ("p", "Production release: 1,200 elements HE-2200-A rev E, delivery FCA Wroclaw week 34."),
        ("table", [
            ["Part", "Rev", "Qty released", "Delivery"],
            ["HE-2200-A", "E", "1,000", "wk 34"],
        ]),
        ("sp",),
        ("p", "The remaining balance of the blanket quantity is not released. It will be released only by the next "
              "call-off, signed by Tom Bennett (Head of Product Development). Material authority: the released quantity."),
        ("p", "Sarah Whitfield, Senior Buyer"),
    ], title="HF-RN-0019", author="Sarah Whitfield")),
])

# p42: DOCX approval status table mixing technical, commercial and production -> RG009
case("p42_approval_table_mixed", ["RG009"], "'Approved' used in one table for the golden sample, the PO (finance) and production of 300; hold and release authority stated", [
    ("BL-1200_project_status.docx", docx_bytes([
        ("h1", "BL-1200 blender - project status"),
        ("p", "Shefa Home Appliances Ltd / Ege Ev Aletleri San. A.S. - updated 20.05.2024"),
        ("table", [
            ["Approval", "Status", "Date", "By"],
            ["Golden sample", "Approved", "12.05.2024", "QA - Dana Mizrahi"],
            ["Purchase order 4500-3490", "Approved", "14.05.2024", "Finance"],
            ["Production", "Approved for 300 pcs (pilot lot)", "20.05.2024", "Avi Peretz"],
        ]),
        ("p", "Balance of 5,700 units: not released. It will be released only by a written release from Avi Peretz "
              "(VP Operations) after acceptance of the pilot lot."),
        ("p", "Next steps: CB report expected 10.06; pilot lot shipment by air 24.06; packaging drop test at Shefa lab."),
    ], author="Yael Cohen")),
])


# ----------------------------------------------------------------- batch 6
# p43: HTML portal, "Released" for drawing, tooling and production -> RG009
case("p43_portal_released_everything", ["RG009"], "portal status column says 'Released' for a drawing revision, a tooling step and a production line; production hold and release authority are stated", [
    ("brightwell_portal_PO_77550.html", html_page("Brightwell Supplier Collaboration - PO 77550", """
<h1>Brightwell Kitchen Co. &mdash; Supplier Collaboration</h1>
<p>Supplier: <b>Zhongshan Meiyi Electrical Co., Ltd.</b> (20417) &nbsp;|&nbsp; Program: BW-BL600 blender &nbsp;|&nbsp; PO 77550</p>
<h2>Program status</h2>
<table>
<tr><th>Item</th><th>Reference</th><th>Release status</th><th>Date</th></tr>
<tr><td>Drawing, jar assembly</td><td>BW-BL600-JAR Rev F</td><td>Released</td><td>05/14/2024</td></tr>
<tr><td>Tooling T2 (jar, lid)</td><td>TL-0931</td><td>Released</td><td>05/28/2024</td></tr>
<tr><td>PO line 10 &mdash; PVT</td><td>100 units</td><td>Released</td><td>06/03/2024</td></tr>
<tr><td>PO line 20 &mdash; MP</td><td>2,900 units</td><td>Not released &mdash; on hold until PVT sign-off; release by Jenna Ortiz (Release Manager) in writing</td><td>&ndash;</td></tr>
</table>
<div class="note">Material authority: PVT quantity only.</div>
<p>Last updated by Megan Hall, Sourcing Manager.</p>
""")),
])

# p44: FR buyer: series approval follows automatically from sample approval -> RG007 RG009
case("p44_series_approved_with_samples", ["RG007", "RG009"], "French-English buyer: samples approved, and the series of 3.000 'approved too' automatically when tests pass, overriding Claire's written release; 'approved' used for technical and production", [
    ("MC-KT12_samples_lab_results.eml", mail(
        "Julien Marchand <j.marchand@maison-cerise.fr>", "Nguyen Van Minh <minh.nv@saigonprecision.vn>",
        "MC-KT12 base - samples lab results", "Fri, 19 Jul 2024 16:30:00 +0200",
        """Bonjour Minh,

Thank you for the 30 samples of the MC-KT12 base, received on Tuesday.

Our lab made the tests this week: the samples are approved, except the drop test which is still running.

Currently only the 30 samples are ordered (PO MC-2024-0760); the series of 3.000 pcs is not released
today. Normally the series release comes from Claire Bonnet, in writing.

But to win time before the August holidays: the approval of the series follows automatically from the
approval of the samples. So when the drop test is OK, you can consider the 3.000 pcs series approved
as well and start.

Bonne fin de semaine,
Julien
""" + sig("Julien Marchand", "Chef de projet", "Maison Cerise SAS, Lyon", "+33 4 72 55 01 44"))),
])

# p46: ERP schedule release with quantity TBC -> RG010
case("p46_erp_release_qty_tbc", ["RG010"], "call-off tells the supplier to start production but the release quantity is 'TBC'; rest held until next call-off signed by J. Thornton", [
    ("CALLOFF_4400187500_004.txt", """CALDER HOME RETAIL LTD            SCHEDULE RELEASE / CALL-OFF           PAGE 1 OF 1
=========================================================================================
BLANKET PO   : 4400187500               RELEASE NO : 004
RELEASE DATE : 22/07/2024               VENDOR     : 300877 SAIGON PRECISION HOUSING
ITEM         : CH-AFB-45  AIR FRYER BASKET 4.5L NONSTICK, DRG CH-AFB-45 REV 07
RELEASE QTY  : TBC (PER RETAILER ALLOCATION - TO FOLLOW)
DELIVERY     : FOB HO CHI MINH CITY, ETD 15/09/2024
AUTHORISED   : J. THORNTON, BUYING MANAGER
-----------------------------------------------------------------------------------------
REMARKS      : PLEASE START PRODUCTION FOR THIS RELEASE.
               REMAINING BLANKET QTY IS NOT RELEASED AND WILL BE RELEASED ONLY BY THE
               NEXT CALL-OFF, SIGNED BY J. THORNTON.
               PACK 20 EA/CTN, CARTON MARKS PER CHR-LOG-011.
=========================================================================================
*** COMPUTER GENERATED DOCUMENT ***
"""),
])

# p47: EML: start the certification samples, quantity never stated -> RG010
case("p47_cert_samples_no_qty", ["RG010"], "buyer tells supplier to start the safety certification samples (CB set plus SII set) without any quantity; balance held until CB report + his written release", [
    ("HB-800_certification_samples.eml", mail(
        "Avi Peretz <avi.peretz@shefa-home.co.il>", "Emre Yilmaz <emre.yilmaz@egeevaletleri.com.tr>",
        "HB-800 - certification samples", "Wed, 03 Jul 2024 08:50:00 +0300",
        """Hi Emre,

The SII lab confirmed our test slot for August, and TUV Istanbul can take the CB samples in week 30.

You can start the safety certification samples for the HB-800 now - the CB set plus the SII set.
Please use the rev 05 cord grip and the final rating label.

The production balance is on hold and not released. It will be released only after the CB report is
issued and I send you a written release.

Thanks,
Avi
""" + sig("Avi Peretz", "VP Operations", "Shefa Home Appliances Ltd", "+972 3 555 0101"))),
])

# p48: EML says 36 EVT, attached PDF PO says 24 -> RG011
_p48_po = pdf([
    ("h1", "Brightwell Kitchen Co. - Purchase Order 77610"),
    ("p", "Vendor: Ningbo Huilong Electric Appliance Co., Ltd. PO date: 06/17/2024."),
    ("table", [
        ["Line", "Part", "Description", "Scope", "Qty", "Unit USD"],
        ["1", "BW-KT300-EVT", "Kettle 1.7 L, EVT build, US plug, 120 V", "sample", "24", "29.00"],
    ]),
    ("p", "Balance not released. Production will be released only by a written release from Megan Hall "
          "(Sourcing Manager) after EVT sign-off."),
], pagesize=LETTER, title="PO 77610", author="Brightwell Kitchen Co.")
_p48_txt = """Hi Kevin,

PO 77610 attached for the 36 EVT samples of the BW-KT300.

The MP balance is not released and stays on hold until EVT sign-off and my written release.
EVT units to our Chicago lab by July 19, please.

Thanks,
Megan
""" + sig("Megan Hall", "Sourcing Manager", "Brightwell Kitchen Co.", "+1 312 555 0188")
case("p48_email_36_pdf_24", ["RG011"], "cover email authorizes 36 EVT samples while the attached PO says 24", [
    ("PO_77610_BW-KT300_EVT.eml", mail(
        "Megan Hall <megan.hall@brightwellkitchen.com>", "Kevin Zhang <kevin.zhang@huilong-electric.cn>",
        "PO 77610 - BW-KT300 EVT samples", "Mon, 17 Jun 2024 17:10:00 -0500", _p48_txt,
        html="<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _p48_txt.split("\n\n")) + "</body></html>",
        attachments=[("PO_77610.pdf", _p48_po, PDF_MT)])),
])

# p49: PDF PO table 50 vs note "twenty-five (25)" -> RG011
case("p49_po_50_vs_twenty_five", ["RG011"], "PO line quantity 50 but the note says 'twenty-five (25) boxes only'", [
    ("PO_KK-4560.pdf", pdf([
        ("h1", "Kookaburra Kitchen Pty Ltd - Purchase Order KK-4560"),
        ("p", "Supplier: Hanoi PackArt Co., Ltd, Bac Ninh, Vietnam. Date: 24 June 2024."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit AUD"],
            ["1", "KK-GB-AF60", "Gift box, air fryer KK-AF60, E-flute with litho-lam, 4C + matt varnish", "50", "3.40"],
        ]),
        ("sp",),
        ("p", "Sample quantity: twenty-five (25) boxes only, for our retail presentation at Myer."),
        ("p", "The balance of the 12,000-box programme is not released. It will be released only by a written "
              "release from Kylie Nguyen (Head of Buying) after sample sign-off."),
        ("p", "Delivery: DAP Port Melbourne by 26 July 2024."),
    ], title="PO KK-4560", author="Kookaburra Kitchen")),
])

# p50: DOCX build request "thirty (300)" -> RG011
case("p50_build_request_thirty_300", ["RG011"], "build request says 'thirty (300) DVT units' - words and digits disagree, and the table says 30", [
    ("BR-24-07_HF-BL12.docx", docx_bytes([
        ("h1", "Build request BR-24-07 - HF-BL12 blender"),
        ("p", "From: Harrow & Finch Ltd, Product Development. To: Ningbo Huilong Electric Appliance Co., Ltd. Date: 04/07/2024."),
        ("p", "Please build thirty (300) DVT units of the HF-BL12 blender under PO HF-PO-24420, using the T2 tooling "
              "and the rev C jar lock."),
        ("table", [
            ["Build", "Units", "Use"],
            ["DVT", "30", "reliability (10), CB test (8), retailer presentation (12)"],
        ]),
        ("p", "The remaining MP quantity is not released. It will be released only by a written release from "
              "Sarah Whitfield (Senior Buyer) after DVT sign-off."),
        ("p", "Material authority: DVT quantity only."),
        ("p", "Tom Bennett, Head of Product Development"),
    ], author="Tom Bennett")),
])

# p51: two files, PO 100 pilot vs release letter 150, nobody named -> RG005 RG011
case("p51_po_100_release_150", ["RG005", "RG011"], "PO orders 100 pilot units, the release letter in the same folder releases 150; both say the balance waits for a written release but nobody is named", [
    ("PO_KK-4580.pdf", pdf([
        ("h1", "Kookaburra Kitchen Pty Ltd - Purchase Order KK-4580"),
        ("p", "Supplier: Zhongshan Meiyi Electrical Co., Ltd. Date: 1 July 2024. Contact: purchasing@kookaburrakitchen.com.au"),
        ("table", [
            ["Line", "Item", "Description", "Scope", "Qty", "Unit AUD"],
            ["1", "KK-AF60-P", "Air fryer 6.0 L, pilot run", "pilot", "100", "58.00"],
        ]),
        ("sp",),
        ("p", "Balance of 2,900 units: not released. It will be released only by a written release after pilot sign-off."),
    ], title="PO KK-4580", author="Kookaburra Kitchen")),
    ("pilot_release_KK-AF60.docx", docx_bytes([
        ("h1", "Pilot release - KK-AF60"),
        ("p", "Kookaburra Kitchen Pty Ltd to Zhongshan Meiyi Electrical Co., Ltd. Reference: PO KK-4580. Date: 8 July 2024."),
        ("p", "Pilot release: 150 units KK-AF60, to be built on the production line and shipped by sea with the "
              "July consolidation."),
        ("p", "The balance remains on hold until pilot sign-off and a written release."),
        ("p", "Kookaburra Kitchen Purchasing Department"),
    ], author="Kookaburra Kitchen Purchasing")),
])

# p52: WeChat, 48 then 40 EVT -> RG011
case("p52_wechat_48_then_40", ["RG011"], "buyer asks for 48 EVT pcs, later reminds the supplier of 'the 40 EVT pcs as per PO'", [
    ("wechat_Shefa_Huilong_SH-KT170_EVT.txt", wechat("Noa Katz (Shefa) / Lily Chen (Huilong)", [
        ("2024-06-05 10:02:11", "Noa Katz", "Hi Lily, please make 48 pcs EVT of the SH-KT170 (PO 4500-3502). Balance stays on hold, not released until EVT sign-off and my written release."),
        ("2024-06-05 10:30:45", "Lily Chen", "Hi Noa, received. EVT will start next Monday"),
        ("2024-06-17 09:15:20", "Lily Chen", "Noa, EVT assembly 60% done, lid hinge ok now"),
        ("2024-06-17 09:40:03", "Noa Katz", "Great! Reminder: we need the 40 EVT pcs as per PO in Petah Tikva by 3 July latest, the lab slot is fixed"),
        ("2024-06-17 09:41:30", "Lily Chen", "OK we try to ship 26 June by air"),
    ])),
])

# p53: HTML release: total 1,000 vs allocation lines summing to 1,100 -> RG011
case("p53_release_allocation_sum", ["RG011"], "release page states 1,000 released but the per-retailer allocation lines add up to 1,100", [
    ("HF_portal_release_PR-0088.html", html_page("Harrow & Finch - Production release PR-0088", """
<h1>Harrow &amp; Finch &mdash; Supplier portal</h1>
<h2>Production release PR-0088 &mdash; HF-KT1702 glass kettle (black)</h2>
<p>Supplier: Ningbo Huilong Electric Appliance Co., Ltd &nbsp;|&nbsp; PO HF-PO-24410 rev 1 &nbsp;|&nbsp; Date: 15/07/2024</p>
<p><b>Total released now: 1,000 units.</b></p>
<table>
<tr><th>Retailer</th><th>Allocation (units)</th><th>Carton label</th><th>FOB date</th></tr>
<tr><td>Currys</td><td>400</td><td>CUR-HF1702</td><td>20/08/2024</td></tr>
<tr><td>Argos</td><td>400</td><td>ARG-773/4102</td><td>20/08/2024</td></tr>
<tr><td>John Lewis</td><td>300</td><td>JL-88120</td><td>27/08/2024</td></tr>
</table>
<div class="note">The balance of 5,000 units is not released. It will be released only by the next call-off, signed by Sarah Whitfield (Senior Buyer). Material authority: the released quantity.</div>
""")),
])

# p58: supplier proforma: production starts upon receipt of deposit -> RG012
case("p58_proforma_deposit_starts", ["RG012"], "supplier proforma invoice states production starts upon receipt of the 30% deposit", [
    ("PI-MY-24-0412.pdf", pdf([
        ("h1", "ZHONGSHAN MEIYI ELECTRICAL CO., LTD."),
        ("h", "PROFORMA INVOICE PI-MY-24-0412"),
        ("p", "Buyer: Brightwell Kitchen Co., 2200 W Fulton St, Chicago IL 60612, USA. Date: 2024-07-08."),
        ("table", [
            ["No.", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "BW-AF55", "Air fryer 5.5 L digital, dark grey, UL/ETL", "3,000", "27.60", "82,800.00"],
        ]),
        ("sp",),
        ("p", "Payment: 30% T/T deposit (USD 24,840.00), balance 70% against copy of B/L."),
        ("p", "Remarks: production starts upon receipt of the 30% deposit. Lead time 40 days. FOB Zhongshan / Shekou."),
        ("p", "Bank: Bank of China, Zhongshan Branch, SWIFT BKCHCNBJ46A, A/C 7472 5810 0000 3318."),
    ], title="PI-MY-24-0412", author="Amy Wu")),
])

# p59: WeChat, supplier: PO accepted = production order, schedules all 5,000 -> RG012
case("p59_wechat_po_accepted_production", ["RG012"], "supplier treats PO acceptance as the production order and schedules all 5,000 although the PO covers 50 EVT with the balance held", [
    ("wechat_Brightwell_Huilong_KT300.txt", wechat("Megan Hall (Brightwell) / Lily Chen (Huilong)", [
        ("2024-07-01 07:45:02", "Megan Hall", "Hi Lily, PO 77700 is for 50 EVT units of the BW-KT300 only. The 4,950 balance isn't released until EVT sign-off and my written release."),
        ("2024-07-01 20:12:33", "Lily Chen", "Megan, PO 77700 accepted in our system \u2705"),
        ("2024-07-01 20:13:10", "Lily Chen", "For us PO accepted = production order, so we schedule all 5,000 pcs for July line 2"),
        ("2024-07-02 06:58:41", "Megan Hall", "No no - please re-read my message above. 50 EVT only."),
        ("2024-07-02 19:30:12", "Lily Chen", "Sorry, our ERP create MO automatically. We check with planning"),
    ])),
])

# ==== END OF CASES


def write_all():
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case name"
    for c in CASES:
        assert set(c["expect"]) <= RULES, c["name"]
        assert c["files"], c["name"]
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(157157).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h157_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, content in c["files"]:
            p = d / fn
            if isinstance(content, EmailMessage):
                p.write_bytes(eml_bytes(content))
            elif isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_bytes(content.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({clean} clean) -> {OUT}")


if __name__ == "__main__":
    write_all()
