#!/usr/bin/env python3
"""Generator for the releasegate check_holdout101 corpus (fitness-equipment sourcing).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout101/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Renderer helpers are copied from check_holdout3/build.py.

Descriptive case names (cNN = clean, pNN = positive) appear only in this file; the
folders on disk are named h101_NN_<first-file-stem> in shuffled order.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import zipfile
from collections import Counter
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
SEED = 101101


def case(name, expect, note, files):
    """files: list of (filename, bytes | str)."""
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
    m["Message-ID"] = msgid or f"<h101-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h101")
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


# ----------------------------------------------------------------- own helpers
def quote(text, prefix="> "):
    """Quote a block of text the way mail clients do."""
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


def p2html(text):
    """Very small text -> HTML converter for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def E(m):
    return eml_bytes(m)


# =================================================================== CASES
# Conventions: see check_holdout3/README.md, "Conventions applied", points 1-15.

# ------------------------------------------------------------------ batch 1
# c01 supplier quote with sample and production tiers, on its own -> clean
case("c01_quote_tiers", [], "supplier quote alone: proto/golden/mass-production tiers, no authorization in the bundle", [
    ("QH-24-0527_quotation.pdf", pdf([
        ("h1", "QINGDAO HENGLI FITNESS EQUIPMENT CO., LTD."),
        ("p", "No. 88 Huanghe Road, Jiaozhou, Qingdao, Shandong 266300, China  |  Tel +86 532 8765 4321"),
        ("h", "QUOTATION No. QH-24-0527"),
        ("p", "To: IronPeak Fitness Inc., Denver CO, USA - Attn. Ms. Dana Whitfield, Procurement"),
        ("p", "Date: 27 May 2024    Valid until: 31 Aug 2024    Incoterm: FOB Qingdao"),
        ("p", "Item: T900 commercial treadmill, 3.0 HP AC motor, running belt 560 x 1,600 mm, "
              "speed 0.8-20 km/h, incline 0-15%, max user weight 180 kg, 10.1\" touch console."),
        ("table", [
            ["Stage", "Qty", "Unit price USD", "Lead time"],
            ["Proto unit (hand built)", "2", "2,850.00", "25 days"],
            ["Golden sample", "3", "2,100.00", "20 days after proto comments"],
            ["Mass production (3 x 40'HQ, 48 units each)", "144", "1,690.00", "45-50 days"],
        ]),
        ("sp",),
        ("p", "Remarks:"),
        ("p", "1. Compliance: EN 957-6 / ISO 20957-6 class S, CE (EMC + LVD), UL 1647 file on request."),
        ("p", "2. Payment: 30% T/T in advance, 70% against copy of B/L."),
        ("p", "3. Colour: frame Pantone per customer swatch; console logo by silk screen."),
        ("p", "4. MOQ mass production: 48 units (one container). Spare parts kit 2% FOC."),
        ("p", "5. Warranty: frame 10 years, motor 5 years, parts 2 years, labour 1 year."),
        ("sp",),
        ("p", "Kevin Zhang | Overseas Sales Manager | kevin.zhang@hengli-fitness.cn | WeChat: kevinzhang_qd"),
    ], title="Quotation QH-24-0527", author="Kevin Zhang")),
])

# c02 supplier asks whether to go ahead; buyer scope quoted below is complete -> clean
_c02_quoted = """On Mon, 3 Jun 2024 at 10:12, Hannah Cole <hannah.cole@pulseandrow.co.uk> wrote:
Hi Jason,

Please find attached PO PR-24-0398 for the AR-7 rowers.

Just so we're all on the same page: the PO covers the 6 pilot units only. The
other 234 units on your quote TS-1183 are not released. I'll release them in
writing (me, or Oliver Grant, our Operations Director, if I'm away) once the
pilots have passed a two-week trial at our Ancoats studio. Please don't buy
material for the 234 yet.

Many thanks,
Hannah
"""
case("c02_supplier_question", [], "supplier asks 'do we have your go-ahead for the 234?' - a question, not an approval; quoted buyer scope is complete", [
    ("RE_PO_PR-24-0398_AR-7_pilots.eml", E(mail(
        "Jason Lin <jason.lin@strongway.com.tw>", "Hannah Cole <hannah.cole@pulseandrow.co.uk>",
        "RE: PO PR-24-0398 AR-7 pilot rowers - next step?", "Thu, 27 Jun 2024 16:05:00 +0800",
        "Dear Hannah,\n\n"
        "Good news, the 6 pilot AR-7 are already arrive your Ancoats studio this morning (DHL 4471 2209 83).\n"
        "Our line is ready and we have capacity in August. Do we have your go-ahead for the remaining 234 units,\n"
        "or we should wait your written release after the studio trial? Please advise, then we can plan\n"
        "the steel and the monitor PCB purchase.\n\n"
        "Best Regards,\nJason Lin\nSales Manager | Taichung Strongway Industrial Co., Ltd.\n"
        "No. 12, Gongye 3rd Rd, Taichung 407, Taiwan | +886 4 2359 8812\n\n"
        + quote(_c02_quoted) + "\n",
        in_reply_to="<pr-24-0398-po@pulseandrow.co.uk>")))
])

# c03 labelled rolling forecast, ERP print -> clean
case("c03_labelled_forecast", [], "rolling forecast clearly labelled as planning only, no production or material authority", [
    ("ZMM_FCST_FC-2024-07.txt", """\
LIONCITY FIT PTE LTD                                         SAP S/4HANA  ZMM_FCST_PRINT
ROLLING FORECAST  -  FOR PLANNING ONLY  -  THIS IS NOT A PURCHASE ORDER
Vendor   : 200417  NINGBO ZHENHAI RUBBER PRODUCTS CO LTD
Run date : 2024-07-01   Horizon: JUL-2024 .. JUN-2025   Version: FC-2024-07   Page 1/1

Material     Description                           UoM   JUL   AUG   SEP   OCT   NOV   DEC  Q1-25  Q2-25
-----------  ------------------------------------  ---  ----  ----  ----  ----  ----  ----  -----  -----
RP-BMP-05    Bumper plate 5 kg, black, 450 mm       PC    80    80   120   120    80    40    240    240
RP-BMP-10    Bumper plate 10 kg, black, 450 mm      PC   120   120   160   200   120    80    400    400
RP-BMP-20    Bumper plate 20 kg, black, 450 mm      PC   120   160   160   200   120    80    400    400
RP-FLR-15    Floor tile 1000x1000x15, 10% fleck     M2   300   300   450   600   300   150    900    900
-----------  ------------------------------------  ---  ----  ----  ----  ----  ----  ----  -----  -----

NOTES
1. Quantities above are planning estimates for your capacity and raw-material planning.
   They carry no production authority and no material authority.
2. Only a numbered LionCity Fit purchase order or call-off authorises production.
3. New clubs in plan: Tampines (OCT), Jurong East (Q1-25). Opening dates may move.
4. Questions: Wei Ling Tan, Procurement, +65 6123 4455, weiling.tan@lioncityfit.sg

*** END OF REPORT ***
"""),
])

# c04 buyer sample disposition, scoped approval ("for fit, finish and colour only") -> clean
case("c04_scoped_disposition", [], "sample disposition 'approved for fit, finish and colour only', explicitly not a production release", [
    ("SDR-24-031_AB-300_golden_sample.docx", docx_bytes([
        ("h1", "IronPeak Fitness - Sample Disposition Record SDR-24-031"),
        ("p", "Part: AB-300 adjustable bench, drawing IPF-AB300 rev C"),
        ("p", "Supplier: Poznan FitMetal Sp. z o.o., ul. Gorna Wilda 140, 61-576 Poznan, Poland"),
        ("p", "Purchase order: 4500118611 (5 golden sample units)"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Static load", "ISO 20957-4: 4 x max user weight (150 kg) for 5 min", "Pass - no permanent deformation"],
            ["Stability", "ISO 20957-1 cl. 5.9, 10 deg tilt", "Pass"],
            ["Seat-to-back gap", "max 25 mm at all 7 positions", "Pass (18-22 mm)"],
            ["Upholstery colour", "Swatch IPF-SW-12 charcoal", "Match under D65"],
            ["Powder coat", "RAL 7021, 70-90 micron", "Pass (avg 81 micron)"],
        ]),
        ("sp",),
        ("h", "Disposition"),
        ("p", "Approved for fit, finish and colour only (the 5 golden sample units)."),
        ("p", "This record is a technical sign-off. It does not release production. The 395 production "
              "units on quote PFM/Q/2024/118 remain on hold; they are released only by a written "
              "production release from Marcus Lee, VP Supply Chain, after Quality countersigns this record."),
        ("p", "Open comments for the production build: add rubber feet part no. 40-1188 to the rear stabiliser; "
              "carton drop test to ISTA 3A to be repeated with the revised insert."),
        ("sp",),
        ("p", "Signed: Priya Shah, Product Engineer, 27 June 2024"),
        ("p", "Countersign (Quality): ______________________"),
    ], author="Priya Shah")),
])

# c05 full-quantity repeat PO that says "proceed" -> clean (no balance)
case("c05_full_qty_po", [], "full-quantity repeat PO, 'proceed with all 1,200 m2', states there is no balance", [
    ("HomeForm_PO_HF-3288.pdf", pdf([
        ("h1", "HomeForm Fitness LLC - Purchase Order"),
        ("p", "2100 E Cesar Chavez St, Austin, TX 78702, USA"),
        ("table", [
            ["PO number", "HF-3288", "PO date", "July 8, 2024"],
            ["Vendor", "Ningbo Zhenhai Rubber Products Co., Ltd.", "Vendor no.", "V-10087"],
            ["Incoterm", "FOB Ningbo", "Payment", "Net 60 from B/L date"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Amount USD"],
            ["10", "FLR-1000-20-BLK", "Rubber floor tile 1000 x 1000 x 20 mm, black, 10% grey EPDM fleck (repeat of PO HF-2981)", "1,200", "m²", "14.20", "17,040.00"],
            ["20", "FLR-RAMP-1000", "Bevelled edge ramp 1000 mm, black", "60", "pcs", "6.50", "390.00"],
            ["", "", "", "", "", "Total", "17,430.00"],
        ]),
        ("sp",),
        ("h", "Notes to vendor"),
        ("p", "Repeat order of the current production tile, same compound and fleck ratio as HF-2981; no samples needed."),
        ("p", "This PO covers the full quantity. Please proceed with all 1,200 m² and the 60 ramps. There is no "
              "balance and no follow-on quantity on this order."),
        ("p", "Ship in one 20'GP, tiles on heat-treated pallets (ISPM 15), max 1,050 kg per pallet. Target ETD Ningbo: Aug 15, 2024."),
        ("p", "Buyer: Kelsey Park, Director of Product - kelsey@homeformfitness.com - +1 512 555 0148"),
    ], pagesize=LETTER, title="PO HF-3288", author="HomeForm Fitness")),
])

# c06 portal call-off with explicit staged material authority above released qty -> clean
case("c06_calloff_staged_material", [], "call-off releases 40 (60 total); explicit staged material authority to 120; balance 240 held until further call-offs signed by Tash Ryan", [
    ("SCG_portal_CO-2_BA-7781.html", html_page("Call-off CO-2 | Southern Cross Gyms Supplier Portal", """
<h2>Southern Cross Gyms &ndash; Supplier Portal</h2>
<p>Supplier: <b>Binh Duong Steelcraft Co., Ltd.</b> (V-3304) &nbsp;|&nbsp; Logged in as: mai.nguyen@bdsteelcraft.vn</p>
<h3>Call-off CO-2 against Blanket Agreement BA-7781 &ndash; R3 power rack</h3>
<table>
<tr><th>Item</th><th>Agreement qty</th><th>Released before</th><th>This call-off</th><th>Total released</th><th>Not released</th></tr>
<tr><td>R3-PR power rack, matt black RAL 9005</td><td>300</td><td>20 (CO-1, delivered)</td><td>40</td><td>60</td><td>240</td></tr>
</table>
<p>Delivery: Brisbane DC, Eagle Farm QLD 4009 &ndash; required on site by 27 Sep 2024 (Toowoomba club opening 14 Oct).</p>
<div class="note">
<p><b>Production:</b> build the 40 racks of this call-off now.</p>
<p><b>Material authority (staged):</b> you may purchase steel tube, plate and hardware for up to 120 racks
at Southern Cross Gyms' liability (60 released + 60 staged). Do not buy material beyond 120 racks.</p>
<p><b>Balance:</b> the 240 racks not yet called off are not released. They are released only by further
call-offs signed by Tash Ryan (Procurement Manager), issued against confirmed club opening dates.</p>
</div>
<p>Acknowledge this call-off: <button>Acknowledge</button> &nbsp; Questions: tash.ryan@southerncrossgyms.com.au</p>
<p style="color:#777">Portal build 5.14.2 &middot; Page generated 2024-07-19 10:02 AEST</p>
""")),
])

# c07 explicit recorded auto-conversion with quantity, signer, conditions -> clean
case("c07_recorded_autoconversion", [], "explicit recorded auto-conversion naming quantity (500), signer and conditions; rest held for written release", [
    ("FHG-PO-7710_release_agreement.docx", docx_bytes([
        ("h1", "Production release agreement - recorded auto-conversion"),
        ("p", "Buyer: Fettle Home Gym Ltd, Unit 4 Riverside Works, Bristol BS2 0QS, UK"),
        ("p", "Supplier: Poznan FitMetal Sp. z o.o., Poznan, Poland"),
        ("p", "Order: FHG-PO-7710 - compact folding rack FR-2, drawing FR2-001 rev D"),
        ("p", "Quote PFM/Q/2024/131: 5 pre-production (PP) samples; 1,500 units production (forecast basis)."),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["PP samples", "5", "Authorised now; material sample-only"],
            ["First production tranche", "500", "Converts on sign-off (clause 2)"],
            ["Remainder", "1,000", "Not released"],
        ]),
        ("num", "Authorised now: the 5 PP samples. Material authority: sample-only."),
        ("num", "Recorded auto-conversion: if Eleanor Shaw, Head of Product, signs off the 5 PP samples in writing "
                "on or before 30 September 2024, that sign-off by itself releases 500 units of FR-2 for production. "
                "No further document is needed for those 500 units, and material authority for 500 units starts at the same moment."),
        ("num", "Conditions: the sign-off is unconditional (not interim, no deviation); colour matches swatch FHG-GR-03; "
                "static load test per EN ISO 20957-1 passed and reported."),
        ("num", "The remaining 1,000 units are not released by the sign-off. They are released only by a separate "
                "written release from Eleanor Shaw."),
        ("num", "If the sign-off is interim, late or conditional, nothing converts and clause 4 applies to all 1,500 units."),
        ("sp",),
        ("p", "Signed for Fettle Home Gym Ltd: Eleanor Shaw, Head of Product - 15 July 2024"),
        ("p", "Signed for Poznan FitMetal: Tomasz Nowak, Key Account Manager - 15 July 2024"),
    ], author="Eleanor Shaw")),
])

# p01 sample PO + quote with production qty, nothing about the balance
_p01_po = pdf([
    ("h1", "IronPeak Fitness Inc. - Purchase Order"),
    ("p", "1550 Wewatta St, Suite 400, Denver, CO 80202, USA"),
    ("table", [
        ["PO number", "4500118823", "Date", "06/11/2024"],
        ["Vendor", "Qingdao Hengli Fitness Equipment Co., Ltd.", "Vendor #", "300912"],
        ["Terms", "Net 45", "Incoterm", "FCA Qingdao Liuting Airport"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Material", "Description", "Qty", "UoM", "Price USD", "Net USD"],
        ["10", "T900-PROTO", "Commercial treadmill T900, proto unit, 3.0 HP AC, 22 x 63 in. belt", "2", "EA", "2,850.00", "5,700.00"],
        ["20", "FRT-AIR", "Air freight to Denver DC", "1", "LOT", "1,180.00", "1,180.00"],
    ]),
    ("sp",),
    ("p", "Reference: Quote QH-24-0611 dated 06/04/2024."),
    ("p", "Proto units will be tested per ISO 20957-6 at our Denver lab. Include wiring diagram and console firmware version with shipment."),
    ("p", "Ship to: IronPeak Fitness Denver DC, 4800 Dahlia St, Denver, CO 80216. Dock hours 7am-3pm MT."),
    ("p", "Buyer: Dana Whitfield, Procurement Manager"),
], pagesize=LETTER, title="PO 4500118823", author="IronPeak Fitness")
_p01_quote = pdf([
    ("h1", "QINGDAO HENGLI FITNESS EQUIPMENT CO., LTD."),
    ("h", "QUOTATION QH-24-0611"),
    ("p", "To: IronPeak Fitness Inc. - Attn. Dana Whitfield   Date: 4 June 2024   FOB Qingdao"),
    ("table", [
        ["Item", "Qty", "Unit USD", "Lead time"],
        ["T900 proto unit", "2", "2,850.00", "25 days"],
        ["T900 mass production", "144", "1,690.00", "45-50 days"],
    ]),
    ("p", "Payment 30/70. EN 957-6 / ISO 20957-6. Valid 90 days."),
], title="QH-24-0611", author="Kevin Zhang")
case("p01_po_with_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "2-unit proto PO sent with quote showing 144 mass production; nothing says the 144 is not released, no unlock event, no release person", [
    ("PO_4500118823_T900_protos.eml", E(mail(
        "Dana Whitfield <dana.whitfield@ironpeakfitness.com>", "Kevin Zhang <kevin.zhang@hengli-fitness.cn>",
        "PO 4500118823 - T900 protos", "Tue, 11 Jun 2024 08:47:00 -0600",
        "Hi Kevin,\n\nGreat catching up at FIBO! As promised, attached is PO 4500118823 for the two T900 proto units,\n"
        "along with your quote QH-24-0611 so our AP team has everything in one place.\n\n"
        "Ship-to is our Denver DC (address on the PO). Air is fine for the protos - please send the AWB as soon\n"
        "as you have it so our receiving team can book a dock slot.\n\n"
        "Let me know if you need anything else for vendor set-up (bank letter, W-8BEN-E etc.).\n\nThanks!\nDana\n"
        + sig("Dana Whitfield", "Procurement Manager", "IronPeak Fitness Inc.", "+1 303 555 0172"),
        html=p2html("Hi Kevin,\n\nGreat catching up at FIBO! As promised, attached is PO 4500118823 for the two T900 proto units, "
                    "along with your quote QH-24-0611 so our AP team has everything in one place.\n\n"
                    "Ship-to is our Denver DC (address on the PO). Air is fine for the protos - please send the AWB as soon "
                    "as you have it so our receiving team can book a dock slot.\n\n"
                    "Let me know if you need anything else for vendor set-up (bank letter, W-8BEN-E etc.).\n\nThanks!\nDana"),
        attachments=[("PO_4500118823.pdf", _p01_po, PDF_MT), ("QH-24-0611.pdf", _p01_quote, PDF_MT)]))),
])

# p02 WhatsApp: scope complete, then "Green light from me" on a powder-coat photo
case("p02_whatsapp_green_light", ["RG002"],
     "chat with a complete scope note; later the load-test signer writes an unscoped 'Green light from me'", [
    ("WhatsApp Chat with SCG x BD Steelcraft - Rack R3.txt", """\
12/06/2024, 08:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
12/06/2024, 08:05 - Tash Ryan created group "SCG x BD Steelcraft - Rack R3"
12/06/2024, 08:05 - Tash Ryan added Nguyen Thi Mai and Mick Doyle
12/06/2024, 08:06 - Tash Ryan: Morning Mai, welcome to the group 👋 Mick runs our gym fit-outs, he's the one testing the protos.
12/06/2024, 08:07 - Tash Ryan: Quick recap so it's written down somewhere: PO SCG-9034 is for the 3 proto racks only. The other 117 on your quote are NOT released - nothing gets built or bought for them until Mick signs off the load test and I send you a written release. Cheers
12/06/2024, 08:31 - Nguyen Thi Mai: Dear Tash, noted with thanks. 3 proto rack R3 only. We will send photo when welding done.
14/06/2024, 16:02 - Nguyen Thi Mai: <Media omitted>
14/06/2024, 16:03 - Nguyen Thi Mai: Welding of upright finish. 75x75x3mm tube, 11 gauge. Hole spacing 50mm westside as your drawing R3-002 rev 4
14/06/2024, 16:20 - Mick Doyle: Nice. Can you make sure the numbers are laser cut not stickers
14/06/2024, 16:25 - Nguyen Thi Mai: Yes laser cut 👍
18/06/2024, 14:12 - Nguyen Thi Mai: <Media omitted>
18/06/2024, 14:12 - Nguyen Thi Mai: Dear Mick, this is powder coat on the upright, matt black RAL 9005 with white logo. J-hooks UHMW lined. Please check
18/06/2024, 14:40 - Mick Doyle: Looks mint Mai. Weld on the base is heaps better than the last lot we saw from the other mob
18/06/2024, 14:41 - Mick Doyle: Green light from me 👍 happy days
18/06/2024, 14:43 - Nguyen Thi Mai: Thank you Mick!! 🙏
18/06/2024, 14:44 - Nguyen Thi Mai: Proto will ship with LCL next Tuesday, ETA Brisbane 9 July
"""),
])

# p03 sample PO PDF, nothing about balance, event or authority
case("p03_bare_sample_po", ["RG003", "RG004", "RG005"],
     "pilot-unit PO for 4 air bikes that never says the production quantity is not released, names no unlock event and no release person", [
    ("PR-24-0412_purchase_order.pdf", pdf([
        ("h1", "Pulse & Row Studios Ltd"),
        ("p", "Hatch Building, 15 Blossom St, Manchester M4 6AJ  |  VAT GB 318 2207 41"),
        ("h", "PURCHASE ORDER PR-24-0412"),
        ("table", [
            ["Supplier", "Taichung Strongway Industrial Co., Ltd.", "Order date", "14/06/2024"],
            ["Supplier ref.", "Quote TS-2207 rev B", "Delivery", "DAP Manchester, by 26/07/2024"],
            ["Order type", "Sample", "Currency", "GBP"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price", "Total"],
            ["1", "AB-2-PLT", "AB-2 air bike, pilot unit, frame in studio coral (swatch PR-SW-07), belt drive", "4", "£412.00", "£1,648.00"],
            ["2", "CARR", "Carriage DAP Manchester", "1", "£310.00", "£310.00"],
        ]),
        ("sp",),
        ("p", "Pilot units for evaluation ahead of our autumn studio roll-out (Leeds, Bristol, Glasgow). "
              "Please mark each carton 'PILOT - PR-24-0412' and include the console manual in English."),
        ("p", "Console to show watts and calories; Bluetooth FTMS required for our class leaderboard."),
        ("p", "Buyer contact: Hannah Cole, Sourcing Lead - hannah.cole@pulseandrow.co.uk"),
        ("p", "Our standard terms of purchase (PR-T&C v3) apply. Please confirm receipt within 3 working days."),
    ], title="PR-24-0412", author="Pulse & Row Studios")),
])

# p04 supplier bought material for the full 2,400 m2 against a 20 m2 sample PO
_p04_quoted = """From: Kelsey Park <kelsey@homeformfitness.com>
Sent: Monday, June 10, 2024 11:20 AM
To: Amy Chen <amy.chen@zhenhai-rubber.com>
Subject: PO HF-3310 - sample tiles

Hi Amy,

Attached is PO HF-3310. Scope, so there's no confusion: this PO is for 20 m² of
sample tiles only. The other 2,380 m² on your quote are not released - please don't
start them or buy anything for them. I'll release the balance in writing myself once
the swatch and the drop test are signed off by our product team.

Thanks!
Kelsey
"""
case("p04_supplier_bought_full_granulate", ["RG006"],
     "supplier has bought and mixed granulate for the full 2,400 m2 while only 20 m2 of samples are released and no material authority exists", [
    ("RE_PO_HF-3310_sample_tiles_status.eml", E(mail(
        "Amy Chen <amy.chen@zhenhai-rubber.com>", "Kelsey Park <kelsey@homeformfitness.com>",
        "RE: PO HF-3310 - sample tiles", "Sat, 15 Jun 2024 10:33:00 +0800",
        "Dear Kelsey,\n\nGood day! Update for your sample tiles:\n\n"
        "1. 20 m² sample tiles (1000x1000x15mm, black with 15% grey EPDM fleck) moulded on 14 June, now curing.\n"
        "   Drop test per your spec HF-FLR-02 (45 kg plate from 1.2 m) is scheduled 17 June, video will be sent.\n"
        "2. To keep the fleck colour the same for whole order, we have already bought and mixed the SBR granulate\n"
        "   and EPDM fleck for the full 2,400 m². Material is stored in our warehouse under your name, so the\n"
        "   production can start any time without colour difference.\n"
        "3. Photos of the swatch under daylight and D65 in next mail.\n\n"
        "Have a nice weekend!\n\nBest regards,\nAmy Chen\nExport Sales | Ningbo Zhenhai Rubber Products Co., Ltd.\n"
        "Tel +86 574 8625 1190 | WhatsApp +86 138 0574 2231\n\n"
        + quote(_p04_quoted) + "\n")))
])

# p05 supplier: when golden sample confirmed, mass production of balance directly
_p05_quoted = """---- Original Message ----
From: Hannah Cole <hannah.cole@pulseandrow.co.uk>
Date: 2024-06-03 10:12
Subject: PO PR-24-0398 AR-7 rowers

Hi Jason,
PO PR-24-0398 covers the 6 pilot units only. The remaining 234 units of quote
TS-1183 are not released. I'll release them in writing once the pilots pass our
two-week studio trial. Please don't order material for the 234 yet.
Many thanks, Hannah Cole, Sourcing Lead, Pulse & Row Studios
"""
case("p05_supplier_rolls_into_balance", ["RG007"],
     "supplier: 'when golden sample confirmed by you, our factory will arrange mass production directly for balance 234', contrary to the written-release requirement", [
    ("RE_PR-24-0398_pilot_shipment.eml", E(mail(
        "Jason Lin <jason.lin@strongway.com.tw>", "Hannah Cole <hannah.cole@pulseandrow.co.uk>",
        "RE: PO PR-24-0398 AR-7 rowers - pilot shipment", "Wed, 19 Jun 2024 17:48:00 +0800",
        "Dear Hannah,\n\n"
        "Thanks for your kindly PO. Our engineer already finish 6 pilot units of AR-7 rower, the flywheel noise\n"
        "is improve a lot (52 dB at 30 spm, before 58 dB). We will ship by air on 6/21, tracking no. will inform.\n\n"
        "For the balance 234 units, when golden sample confirmed by you, our factory will arrange the mass\n"
        "production directly so we can catch the container of week 36. No need to wait another document from\n"
        "your side, it will save 2 weeks.\n\n"
        "Any question please let me know.\n\n"
        "Best Regards,\nJason Lin\nSales Manager | Taichung Strongway Industrial Co., Ltd.\n+886 4 2359 8812 | LINE: jasonlin_tsw\n\n"
        + quote(_p05_quoted) + "\n")))
])

# p06 buyer volume letter: forecast written as firm order
case("p06_volume_letter_firm", ["RG008"],
     "annual volume letter calls forecast quantities 'our firm order for 2025' and asks supplier to lock capacity on that basis", [
    ("SCG_2025_volume_letter.docx", docx_bytes([
        ("h1", "Southern Cross Gyms Pty Ltd - 2025 equipment volumes"),
        ("p", "To: Binh Duong Steelcraft Co., Ltd. - Attn. Ms Nguyen Thi Mai, Sales Director"),
        ("p", "From: Tash Ryan, Procurement Manager - 3 July 2024"),
        ("p", "Hi Mai,"),
        ("p", "Thanks again for having us at the factory last month - the team loved the tour and the pho. "
              "As promised, here's how next year is shaping up. We've got 14 new clubs on the board (Gold Coast x3, "
              "Toowoomba, Townsville, Cairns, Darwin, Newcastle and the rest in SE Queensland) plus refits at six "
              "existing sites."),
        ("table", [
            ["Product", "Q1", "Q2", "Q3", "Q4", "2025 total"],
            ["R3-PR power rack", "40", "60", "60", "40", "200"],
            ["FB-1 flat bench", "60", "80", "80", "60", "280"],
            ["AB-3 adjustable bench", "80", "100", "100", "80", "360"],
            ["PLT-RK plate tree", "30", "40", "40", "30", "140"],
        ]),
        ("sp",),
        ("p", "These are our forecast numbers, but please take them as our firm order for 2025 and lock in the "
              "line time and the steel pricing on that basis. Individual call-offs with club opening dates will "
              "follow through the portal as each site gets its handover date."),
        ("p", "Colours stay the same as 2024 (matt black RAL 9005, upholstery charcoal). We'll need the AB-3 "
              "with the new ladder adjuster from Q2 - drawings to come from Mick."),
        ("p", "Cheers,"),
        ("p", "Tash Ryan | Procurement Manager | Southern Cross Gyms | +61 7 3555 0190"),
    ], author="Tash Ryan")),
])

# p07 "released in SAP" (commercial) and "released" (production) in one email
_p07_text = ("Hi Kevin,\n\n"
             "Good news - PO 4500119002 was released in SAP this morning, so it should show up in the supplier\n"
             "portal by tomorrow.\n\n"
             "To be clear about scope: the PO covers the 3 golden sample units of the T900 only. The other 141\n"
             "units on your quote are not released. Production of those units is released only by a written release\n"
             "from me after the golden samples pass our ISO 20957-6 test at the Denver lab. Please build the 3 units\n"
             "now and buy material for those 3 only.\n\n"
             "Console: please load firmware 2.4.1 with the IronPeak boot logo (file shared on WeTransfer).\n\n"
             "Thanks,\nDana\n")
case("p07_po_released_in_sap", ["RG009"],
     "'released in SAP' (commercial PO approval) and 'released' (production release) used for different things in one email", [
    ("PO_4500119002_golden_samples.eml", E(mail(
        "Dana Whitfield <dana.whitfield@ironpeakfitness.com>", "Kevin Zhang <kevin.zhang@hengli-fitness.cn>",
        "PO 4500119002 - T900 golden samples", "Mon, 22 Jul 2024 07:55:00 -0600",
        _p07_text + sig("Dana Whitfield", "Procurement Manager", "IronPeak Fitness Inc.", "+1 303 555 0172"),
        html=p2html(_p07_text))))
])

# p08 WeChat: samples started with no quantity ("you decide lah")
case("p08_wechat_samples_no_qty", ["RG010"],
     "buyer tells supplier to start samples and leaves the sample quantity to the factory; hold, event and release person are stated", [
    ("WeChat_LionCityFit_Hengli_CC-2.txt", """\
微信聊天记录 / WeChat chat history
Chat: LionCity Fit x Hengli - cable crossover CC-2
Exported: 2024-07-08 10:15 (GMT+8)

2024-07-02 09:41  Wei Ling Tan (LionCity Fit)
Hi Linda, PO LCF-PO-24117 sent to your email just now 🙏

2024-07-02 09:44  Linda Wang 王琳 (Hengli)
收到 received, thank you Wei Ling! How many sample you want for the CC-2? Normally we do 1 or 2 pcs

2024-07-02 09:52  Wei Ling Tan (LionCity Fit)
Aiyo you decide lah, whatever your factory usually does for samples. Pls start the samples first, colour follow our swatch LCF-Teal

2024-07-02 09:53  Wei Ling Tan (LionCity Fit)
The production qty (40 units for Tampines + Jurong East clubs) is NOT released yet ah. Only after Rajesh sign off the samples at Tampines then I will send the PO revision for the 40. Don't buy material for the 40 first ok

2024-07-02 09:58  Linda Wang 王琳 (Hengli)
OK noted 👌 samples first, 40 units wait for your PO revision

2024-07-02 10:01  Linda Wang 王琳 (Hengli)
[Image] CC-2 pulley 90mm nylon + 5mm cable 7x19 galvanised, ok?

2024-07-02 10:20  Wei Ling Tan (LionCity Fit)
Can. Weight stack 2 x 100 kg pls, with the half-kg add-on
"""),
])

# ------------------------------------------------------------------ batch 2
# c08 supplier PI: "the advance does not release production" -> clean
case("c08_deposit_not_release", [], "supplier proforma states the 30% advance is commercial only and does not release production; builds 10 sample pairs", [
    ("LIW-PI-24-25-0231.pdf", pdf([
        ("h1", "LUDHIANA IRON WORKS PVT. LTD."),
        ("p", "C-141, Focal Point Phase VIII, Ludhiana 141010, Punjab, India  |  GSTIN 03AABCL4417K1Z2  |  IEC 0305012297"),
        ("h", "PROFORMA INVOICE No. LIW/PI/24-25/0231"),
        ("table", [
            ["Buyer", "Apex Barbell Co., 800 N High St, Columbus, OH 43215, USA", "Date", "21-06-2024"],
            ["Buyer PO", "AB-5521", "Terms", "FOB Mundra"],
        ]),
        ("sp",),
        ("table", [
            ["S.No.", "Description", "Qty", "Rate USD", "Amount USD"],
            ["1", "Rubber-coated hex dumbbell, chrome knurled handle - sample set: one pair each of 5, 10, 15, 20, 25, 30, 35, 40, 45 and 50 lb", "10 pairs", "as per quote LIW/Q/118", "486.00"],
            ["2", "Courier to Columbus (DHL Express)", "1 lot", "", "240.00"],
            ["", "", "", "Total", "726.00"],
        ]),
        ("sp",),
        ("p", "Payment: 30% advance (USD 217.80) by T/T, balance before dispatch."),
        ("p", "Important: the 30% advance against this PI is a commercial term only. It does not release production. "
              "We will cast and coat only the ten (10) sample pairs on PO AB-5521. The production quantity in quote "
              "LIW/Q/118 (990 pairs) waits for your written release, and we buy no pig iron or rubber compound for it before that."),
        ("p", "Bank: Punjab National Bank, Ghumar Mandi Branch, Ludhiana. A/c 0412 0020 0118 877, SWIFT PUNBINBBLDH."),
        ("p", "For Ludhiana Iron Works Pvt. Ltd. - Harpreet Singh, Export Manager"),
    ], title="PI LIW/PI/24-25/0231", author="Harpreet Singh")),
])

# c09 supplier acknowledgement restating the hold -> clean
_c09 = ("Dear Tash,\n\n"
        "We acknowledge your PO SCG-8812 as written:\n\n"
        "- 4 (four) proto units FB-1 flat bench, matt black RAL 9005, charcoal vinyl, your drawing FB1-001 rev 3.\n"
        "- The remaining 196 units on our quotation BDS-Q-0455 are not released. We will not build them and we will\n"
        "  not buy steel or vinyl for them.\n"
        "- We start the 196 only after you, Tash Ryan, send the written release following Mick's club-floor trial\n"
        "  sign-off of the protos.\n\n"
        "Proto ETD Cat Lai port 12 Aug by LCL, ETA Brisbane approx. 30 Aug. Packing: carton + foam corners,\n"
        "one bench per carton, 28 kg gross.\n\n"
        "Thank you for your trust.\n\n"
        "Best regards,\nNguyen Thi Mai\nSales Director | Binh Duong Steelcraft Co., Ltd.\n"
        "Lot C7, VSIP II, Thu Dau Mot, Binh Duong, Vietnam | +84 274 3635 118\n")
case("c09_supplier_ack_hold", [], "supplier acknowledgement restates: 4 protos only, 196 not released, no material, start only after Tash Ryan's written release", [
    ("Order_acknowledgement_SCG-8812.eml", E(mail(
        "Nguyen Thi Mai <mai.nguyen@bdsteelcraft.vn>", "Tash Ryan <tash.ryan@southerncrossgyms.com.au>",
        "Order acknowledgement - PO SCG-8812 (FB-1 proto)", "Fri, 19 Jul 2024 15:22:00 +0700",
        _c09, html=p2html(_c09), cc="Mick Doyle <mick.doyle@southerncrossgyms.com.au>")))
])

# c10 complete sample PO, German buyer, European number format -> clean
case("c10_complete_sample_po_de", [], "German sample PO: 2 proto units released, 60 (forecast) not released, unlock = proto sign-off + written release by named buyer", [
    ("Bestellung_4700021455.pdf", pdf([
        ("h1", "KraftWerk Fitness GmbH"),
        ("p", "Hansaring 97, 50670 Köln  |  USt-IdNr. DE 812 447 190  |  Tel. +49 221 555 4410"),
        ("h", "Bestellung / Purchase Order 4700021455"),
        ("table", [
            ["Lieferant / Supplier", "Qingdao Hengli Fitness Equipment Co., Ltd.", "Datum", "04.06.2024"],
            ["Ihr Angebot / Your quote", "QH-24-0498", "Lieferbedingung", "FOB Qingdao (Incoterms 2020)"],
            ["Zahlungsbedingung", "30 Tage netto", "Zeichnung", "KW-LP90-0100 Rev. 12"],
        ]),
        ("sp",),
        ("table", [
            ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Betrag EUR"],
            ["10", "LP-90-P", "Beinpresse plate-loaded LP-90, Prototyp / proto unit", "2 Stk", "1.250,00", "2.500,00"],
            ["20", "FRACHT", "Luftfracht bis Köln/Bonn", "1", "860,00", "860,00"],
            ["", "", "", "", "Summe", "3.360,00"],
        ]),
        ("sp",),
        ("h", "Scope note (binding)"),
        ("p", "Released now: 2 (two) proto units. The quoted production quantity of 60 units is a forecast and is not "
              "released. Build only the two proto units and buy material for those two only."),
        ("p", "The balance is released only after the proto sign-off (load test per EN ISO 20957-2 at TÜV Rheinland, Köln) "
              "by a written release from Jürgen Maier, Leiter Einkauf."),
        ("p", "Bitte Auftragsbestätigung innerhalb von 5 Werktagen. Es gelten unsere Einkaufsbedingungen (AEB 2023)."),
        ("p", "Ansprechpartner: Jürgen Maier, Leiter Einkauf - j.maier@kraftwerk-fitness.de"),
    ], title="Bestellung 4700021455", author="KraftWerk Fitness GmbH")),
])

# c11 WeChat: buyer states full scope, named sender is the release person -> clean
case("c11_wechat_complete_scope", [], "chat where the named buyer states 2 protos only, 298 not released, revised PO from her after proto sign-off", [
    ("WeChat_Fettle_Aquaflow_rower.txt", """\
WeChat chat history - "Fettle x Aquaflow | walnut rower"
Exported 2024-07-12 08:30 BST

2024-07-09 09:02  Eleanor Shaw (Fettle Home Gym)
Morning Sunny! PO FHG-PO-7725 just went to your inbox.

2024-07-09 09:04  Eleanor Shaw (Fettle Home Gym)
To keep it simple: the PO is for 2 proto water rowers only (walnut frame, 17 L tank). The other 298 in your quote are not released - please build nothing beyond the 2 protos and don't buy timber or tanks for the rest. Once I've signed off the protos after our 30-day home trial, I'll send a revised PO for the production quantity.

2024-07-09 09:15  Sunny Xu 徐 (Ningbo Aquaflow)
收到 👌 2 proto only, 298 wait for your revised PO.

2024-07-09 09:16  Sunny Xu 徐 (Ningbo Aquaflow)
Walnut we have stock for 2 pcs. Monitor is the S5 with Bluetooth?

2024-07-09 09:30  Eleanor Shaw (Fettle Home Gym)
Yes S5 + Bluetooth FTMS please. And the seat rail cover in black, not grey x

2024-07-09 09:31  Sunny Xu 徐 (Ningbo Aquaflow)
[Image]
Like this?

2024-07-09 09:45  Eleanor Shaw (Fettle Home Gym)
Perfect 🙌
"""),
])

# c12 interim disposition with limits, release of 200 by named authority, rest held -> clean
case("c12_interim_disposition", [], "interim sample sign-off limited to 200 plates / 31 Aug; named authority releases 200; 1,800 held until full sign-off and his further written release", [
    ("AB-5602_interim_disposition.docx", docx_bytes([
        ("h1", "Apex Barbell Co. - Interim sample disposition"),
        ("p", "Supplier: Ningbo Zhenhai Rubber Products Co., Ltd."),
        ("p", "PO: AB-5602 - urethane-free rubber bumper plates, 2,000 plates on the PO (1,000 x 20 kg, 1,000 x 10 kg)"),
        ("p", "Samples reviewed: 6 plates (3 x 20 kg, 3 x 10 kg), received 12 July 2024"),
        ("table", [
            ["Characteristic", "Spec", "Measured", "Result"],
            ["Hardness", "90 ± 2 Shore A", "87-88 Shore A", "Below spec"],
            ["Weight tolerance", "± 1%", "+0.4% / -0.2%", "OK"],
            ["Bounce (drop 1.5 m)", "< 30 cm", "22 cm", "OK"],
            ["Odour", "No strong odour after 48 h", "Slight", "OK"],
            ["Insert", "Stainless 50.4 mm", "50.5 mm", "OK"],
        ]),
        ("sp",),
        ("h", "Engineering disposition: INTERIM"),
        ("p", "Hardness is slightly below spec but acceptable for club use. Interim sign-off limited to 200 plates and valid until 31 August 2024. "
              "Supplier to correct the compound (add 3 phr carbon black N330) before any further plates."),
        ("h", "Production release"),
        ("p", "Within the interim limits I release 200 plates (100 x 20 kg, 100 x 10 kg) of PO AB-5602 for production."),
        ("p", "The remaining 1,800 plates on PO AB-5602 are not released. They stay on hold until a full (not interim) "
              "sign-off of the corrected compound and a further written release from me."),
        ("p", "Material authority: compound for the 200 released plates only."),
        ("sp",),
        ("p", "Sign-off: Lauren Ortiz, Product Engineer - 18 July 2024"),
        ("p", "Release: Ryan Brooks, Director of Sourcing (release authority) - 18 July 2024"),
    ], author="Ryan Brooks")),
])

# p09 PO table says 6 proto units, binding scope note says four (4)
case("p09_po_table_vs_note", ["RG011"],
     "PO line quantity 6 proto units but the scope note releases 'four (4) proto units'", [
    ("Bestellung_4700021502.pdf", pdf([
        ("h1", "KraftWerk Fitness GmbH"),
        ("p", "Hansaring 97, 50670 Köln  |  USt-IdNr. DE 812 447 190"),
        ("h", "Bestellung / Purchase Order 4700021502"),
        ("table", [
            ["Lieferant / Supplier", "Poznan FitMetal Sp. z o.o.", "Datum", "11.07.2024"],
            ["Ihr Angebot / Your quote", "PFM/Q/2024/122", "Lieferbedingung", "FCA Poznan"],
        ]),
        ("sp",),
        ("table", [
            ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Betrag EUR"],
            ["10", "DR-10-P", "Kurzhantelablage 10 Paar / 10-pair dumbbell rack DR-10, Prototyp", "6 Stk", "385,00", "2.310,00"],
            ["20", "SPED", "Spedition Poznan - Köln", "1", "420,00", "420,00"],
        ]),
        ("sp",),
        ("h", "Scope note (binding)"),
        ("p", "Released now: four (4) proto units of DR-10. The 120 units in your offer are a forecast and are not released; "
              "build the proto units only and buy steel for them only."),
        ("p", "The production quantity is released only after the proto sign-off (stability test per EN ISO 20957-1) "
              "by a written release from Jürgen Maier, Leiter Einkauf."),
        ("p", "Pulverbeschichtung RAL 9011 Graphitschwarz, Ablageschalen mit Gummieinlage 3 mm."),
    ], title="Bestellung 4700021502", author="KraftWerk Fitness GmbH")),
])

# p10 buyer: deposit remitted, "so can start the 38 production units already"
_p10_quoted = """-----Original Message-----
From: Wei Ling Tan <weiling.tan@lioncityfit.sg>
Sent: Tuesday, 16 July 2024 10:05
To: Linda Wang <linda.wang@hengli-fitness.cn>
Subject: PO LCF-PO-24130 FT-3 functional trainer

Hi Linda,
PO LCF-PO-24130 covers 2 sample units of the FT-3 functional trainer only.
The 38 production units are NOT released. I will send a PO revision for
them only after Rajesh signs off the samples at our Tampines club.
Thanks, Wei Ling
"""
_p10_tt = pdf([
    ("h1", "DBS Bank Ltd - Telegraphic Transfer Advice"),
    ("table", [
        ["Value date", "23 Jul 2024"],
        ["Ordering customer", "LIONCITY FIT PTE LTD"],
        ["Beneficiary", "QINGDAO HENGLI FITNESS EQUIPMENT CO LTD"],
        ["Beneficiary bank", "BANK OF CHINA QINGDAO BRANCH, SWIFT BKCHCNBJ500"],
        ["Amount", "USD 9,360.00"],
        ["Details of payment", "30PCT DEPOSIT PI HL-PI-2407-33"],
        ["Reference", "TT2407230018821"],
    ]),
], title="TT advice", author="DBS")
case("p10_deposit_so_start", ["RG012"],
     "buyer's ops head: deposit remitted, 'so can start the 38 production units already' - payment treated as the production trigger", [
    ("RE_PO_LCF-PO-24130_deposit.eml", E(mail(
        "Rajesh Kumar <rajesh.kumar@lioncityfit.sg>", "Linda Wang <linda.wang@hengli-fitness.cn>",
        "RE: PO LCF-PO-24130 FT-3 functional trainer - deposit", "Wed, 24 Jul 2024 09:14:00 +0800",
        "Hi Linda,\n\n"
        "Finance already remitted the 30% deposit for PI HL-PI-2407-33 yesterday, TT slip attached.\n"
        "So can start the 38 production units already. Tampines opening is 1 Oct, cannot be late ah.\n\n"
        "Pls confirm the ETD once you have it.\n\n"
        "Thanks & regards,\nRajesh Kumar\nHead of Operations | LionCity Fit Pte Ltd\n"
        "8 Tampines Central 1, #04-11, Singapore 529541 | +65 6123 4470\n\n"
        + quote(_p10_quoted) + "\n",
        cc="Wei Ling Tan <weiling.tan@lioncityfit.sg>",
        attachments=[("TT_advice_HL-PI-2407-33.pdf", _p10_tt, PDF_MT)])))
])

# p11 portal: balance on hold "until further notice", named person, no event
case("p11_portal_hold_no_event", ["RG004"],
     "portal order: 10 sample sets authorised, 590 on hold 'until further notice'; a named person can lift it but no unlock event is named", [
    ("HomeForm_supplier_portal_HF-3402.html", html_page("Order HF-3402 | HomeForm Supplier Hub", """
<h2>HomeForm Supplier Hub</h2>
<p>Supplier: Taichung Strongway Industrial Co., Ltd. &nbsp;|&nbsp; Order HF-3402 &nbsp;|&nbsp; Created 2024-07-01 by K. Park</p>
<h3>Adjustable dumbbell set AD-25 (2.5&ndash;25 kg per hand, dial selector)</h3>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty (sets)</th><th>Status</th><th>Need-by</th></tr>
<tr><td>1</td><td>Sample</td><td>10</td><td>Authorised &ndash; build now</td><td>2024-08-09</td></tr>
<tr><td>2</td><td>Production</td><td>590</td><td><b>ON HOLD until further notice</b></td><td>&ndash;</td></tr>
</table>
<div class="note">
<p>Build only the 10 sample sets now; buy no material for the 590.</p>
<p>Only Kelsey Park (Director of Product) can lift the hold on line 2, in writing.</p>
</div>
<h4>Specs</h4>
<ul>
<li>Weight plates: cold-rolled steel, TPU over-mould, 2.5 kg increments</li>
<li>Selector dial: glass-filled PA66, 5,000-cycle life test (HF-ADB-07)</li>
<li>Packaging: retail box, ISTA 3A, 2 sets per master carton</li>
</ul>
<p style="color:#777">Last change 2024-07-15 16:42 CDT &middot; HF-SH v2.8</p>
""")),
])

# p12 supplier ERP: material bought for 1,000 pairs while 10 sample pairs released
case("p12_supplier_mrp_material", ["RG006"],
     "supplier material status printout: pig iron received and rubber ordered for 1,000 pairs while only 10 sample pairs are released", [
    ("LIW_material_status_AB-5521.txt", """\
LUDHIANA IRON WORKS PVT LTD                    ERP: TALLY PRIME / MFG ADD-ON     PAGE 1
MATERIAL PURCHASE STATUS - BY CUSTOMER ORDER                    PRINTED 05-07-2024 17:42
---------------------------------------------------------------------------------------
CUSTOMER   : APEX BARBELL CO (USA)          CUST CODE : EXP-0193
CUST PO    : AB-5521 (SAMPLE)               OUR REF   : LIW/SO/24-25/0077
ITEM       : HEX DB RUBBER COATED 5-50 LB   DRG       : AB-HEX-2024 REV 3
RELEASED   : 10 PR (SAMPLE SET)
BALANCE    : 990 PR  HOLD - AWAITING CUST WRITTEN RELEASE
---------------------------------------------------------------------------------------
MATERIAL              REQD FOR     QTY        VENDOR PO    STATUS       REMARK
--------------------  -----------  ---------  -----------  -----------  ---------------
PIG IRON GR FG-200    1,000 PR     18.6 MT    PUR-2291     RECEIVED     YARD BAY 4
CHROME HANDLE BAR     1,000 PR     2,000 NOS  PUR-2292     RECEIVED     STORES
RUBBER CMPD NR/SBR    1,000 PR     6.2 MT     PUR-2304     ORDERED      ETA 15-07
CORRUGATED CARTON     10 PR        20 NOS     PUR-2305     RECEIVED     SAMPLE PACK
--------------------  -----------  ---------  -----------  -----------  ---------------
NOTE: BULK MATERIAL BOOKED AT JUNE RATE (PIG IRON RS 41,200/MT) TO AVOID PRICE RISE.
PREPARED BY: GURPREET (STORES)          CHECKED BY: H. SINGH (EXPORT)
"""),
])

# p13 supplier order confirmation: production of the balance starts automatically after approval
case("p13_oc_automatic_start", ["RG007"],
     "supplier order confirmation: production of the balance quantity 'will commence automatically' after proto approval", [
    ("Aquaflow_OC-24-0719.pdf", pdf([
        ("h1", "NINGBO AQUAFLOW FITNESS CO., LTD."),
        ("p", "No. 1 Xingye Road, Beilun District, Ningbo, Zhejiang, China"),
        ("h", "ORDER CONFIRMATION OC-24-0719"),
        ("table", [
            ["Customer", "HomeForm Fitness LLC, Austin TX", "Date", "2024-07-19"],
            ["Customer PO", "HF-3355", "Model", "AquaGlide water rower, ash wood, 17 L tank"],
        ]),
        ("sp",),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "AquaGlide proto unit, with S5 monitor (Bluetooth FTMS)", "3", "420.00", "1,260.00"],
            ["2", "Air freight Ningbo - Austin", "1", "690.00", "690.00"],
        ]),
        ("sp",),
        ("p", "Remarks:"),
        ("p", "1. Proto units ETD 2024-08-05 by air."),
        ("p", "2. Wood: FSC ash, water-based lacquer; tank PC, UV stabilised."),
        ("p", "3. Upon your approval of the proto units, the production of the balance quantity will commence "
              "automatically, ETD 50 days after approval, so the Black Friday pre-sale date can be met."),
        ("p", "4. Carton drop test per ISTA 2A before shipment."),
        ("p", "Confirmed by: Sunny Xu, Sales Manager"),
    ], title="OC-24-0719", author="Sunny Xu")),
])

# p14 German buyer: release "from our purchasing department" - no named person
_p14 = ("Sehr geehrter Herr Nowak,\n\n"
        "anbei unsere Bestellung 4700021533. / Please find attached our order 4700021533.\n\n"
        "To avoid any misunderstanding: only the 3 (three) prototype cable towers CT-2 are released with this\n"
        "order. The remaining 57 units of your offer PFM/Q/2024/127 are not released and must not be started.\n"
        "They will be released after the prototype sign-off (load test per EN ISO 20957-1, 4x rated load) and a\n"
        "written release from our purchasing department.\n\n"
        "Please buy material for the 3 prototypes only.\n\n"
        "Liefertermin Prototypen: KW 35, frei Haus Köln.\n\n"
        "Mit freundlichen Grüßen / Kind regards\n\n"
        "i.A. Sabine Roth\nEinkauf / Purchasing\nKraftWerk Fitness GmbH | Hansaring 97 | 50670 Köln\n"
        "Tel. +49 221 555 4417\n\n"
        "Geschäftsführer: Dr. Lukas Brenner | Amtsgericht Köln HRB 99812\n")
_p14_po = pdf([
    ("h1", "KraftWerk Fitness GmbH - Bestellung 4700021533"),
    ("table", [
        ["Pos.", "Bezeichnung", "Menge", "Preis EUR", "Betrag EUR"],
        ["10", "Kabelzugturm CT-2, Prototyp / cable tower CT-2 proto", "3 Stk", "1.480,00", "4.440,00"],
    ]),
    ("p", "Lieferant: Poznan FitMetal Sp. z o.o. - Datum 17.07.2024 - Lieferung KW 35 frei Haus Köln."),
], title="Bestellung 4700021533", author="KraftWerk Fitness GmbH")
case("p14_release_by_department", ["RG005"],
     "3 proto units released, 57 not released until proto sign-off and a written release 'from our purchasing department' - nobody named", [
    ("Bestellung_4700021533_CT-2.eml", E(mail(
        "Sabine Roth <s.roth@kraftwerk-fitness.de>", "Tomasz Nowak <t.nowak@fitmetal.pl>",
        "Bestellung 4700021533 - Prototypen CT-2", "Wed, 17 Jul 2024 14:31:00 +0200",
        _p14, attachments=[("Bestellung_4700021533.pdf", _p14_po, PDF_MT)])))
])

# p15 multi-file: ERP PO says 25 sample pairs, buyer email says 30
case("p15_erp_po_vs_email", ["RG011"],
     "same order: ERP PO authorises 25 sample pairs, the buyer's cover email asks for 30 sample pairs", [
    ("PO_4500119210_print.txt", """\
IRONPEAK FITNESS INC                 PURCHASE ORDER                    SAP ME9F  PAGE 1 OF 1
1550 WEWATTA ST STE 400 DENVER CO 80202
------------------------------------------------------------------------------------------
PO NUMBER  : 4500119210            PO DATE : 07/22/2024       CURRENCY : USD
VENDOR     : 300977 LUDHIANA IRON WORKS PVT LTD
             C-141 FOCAL POINT PH VIII  LUDHIANA 141010  INDIA
TERMS      : NET 45                INCO    : FOB MUNDRA
------------------------------------------------------------------------------------------
LN  MATERIAL        DESCRIPTION                          QTY  UOM    UNIT PR     NET VALUE
--  --------------  ----------------------------------  ----  ---  ---------  ------------
10  HEX-DB-SMPL     HEX DUMBBELL RUBBER 5-50LB SAMPLE      25  PR       48.60      1,215.00
------------------------------------------------------------------------------------------
LINE TEXT 10:
  SAMPLE ONLY - TWENTY-FIVE (25) PAIRS, MIXED WEIGHTS PER ATTACHED SPLIT.
  BALANCE OF QUOTE LIW/Q/131 (1,975 PR) IS NOT RELEASED. DO NOT START OR BUY MATERIAL.
  BALANCE RELEASED ONLY BY WRITTEN RELEASE FROM MARCUS LEE, VP SUPPLY CHAIN,
  AFTER SAMPLE SIGN-OFF BY IRONPEAK PRODUCT ENGINEERING.
------------------------------------------------------------------------------------------
TOTAL NET VALUE                                                                 1,215.00
BUYER: D. WHITFIELD  303-555-0172
"""),
    ("Sample_dumbbells_PO_4500119210.eml", E(mail(
        "Dana Whitfield <dana.whitfield@ironpeakfitness.com>", "Harpreet Singh <harpreet@ludhianaironworks.in>",
        "Sample dumbbells - PO 4500119210", "Mon, 22 Jul 2024 16:10:00 -0600",
        "Hi Harpreet,\n\n"
        "PO 4500119210 is in the portal now. Please make the 30 sample pairs - the weight split is below - and\n"
        "send them by courier so we can get them into our Lakewood club for the member trial in September.\n\n"
        "  5 / 10 / 15 / 20 / 25 lb : 4 pairs each\n"
        "  30 / 35 / 40 / 45 / 50 lb: 2 pairs each\n\n"
        "Handle knurl medium please, same as the sample you showed us in Las Vegas.\n\n"
        "Cheers,\nDana\n"
        + sig("Dana Whitfield", "Procurement Manager", "IronPeak Fitness Inc.", "+1 303 555 0172")))),
])

# p16 WeChat: supplier pre-cut tube for all 240 and will weld the day after approval
case("p16_wechat_precut_and_roll", ["RG006", "RG007"],
     "supplier pre-cut frame tube for all 240 units (3 released, no material authority) and plans to start welding the day after golden-sample approval", [
    ("WeChat_SCG_Hengli_leg_press.txt", """\
WeChat chat history - "SCG / Hengli - LP-200 leg press"
Exported 2024-08-02 11:02 AEST

2024-07-08 10:12  Tash Ryan (Southern Cross Gyms)
Hi Kevin - PO SCG-9101 is through. It's for the 3 golden samples of the LP-200 only. The other 237 units on your quote are not released and nothing gets bought for them. I'll send a written release for the 237 once Mick has signed off the samples on the club floor.

2024-07-08 10:20  Kevin Zhang 张凯 (Hengli)
Received Tash, thank you! 3 golden samples first 👍

2024-07-25 15:41  Kevin Zhang 张凯 (Hengli)
[Image] [Image]
Golden sample frames welding done, next week powder coating.

2024-07-25 15:43  Kevin Zhang 张凯 (Hengli)
Tash for save your time we already pre-cut the frame tube for all 240 units 😊 Once golden sample approved by Mick we start welding the next day, no need to wait, container can leave end of September

2024-07-25 16:30  Tash Ryan (Southern Cross Gyms)
Thanks Kevin. Pls send pics when the samples are packed, and the packing list for the LCL.

2024-07-25 16:32  Kevin Zhang 张凯 (Hengli)
OK no problem
"""),
])

# p17 buyer reply "Confirmed, go ahead" on sample photos
_p17_q = """On Thu, 1 Aug 2024 at 17:20, Linda Wang <linda.wang@hengli-fitness.cn> wrote:
Dear Wei Ling,

Attached photos of the FT-3 samples, powder coat teal as your swatch LCF-Teal,
pulley covers black ABS, weight stack 2 x 90 kg. Please confirm.

Best regards,
Linda

> On Tue, 16 Jul 2024, Wei Ling Tan wrote:
> PO LCF-PO-24130 covers 2 sample units of the FT-3 functional trainer only.
> The 38 production units are NOT released. I will send a PO revision for them
> only after Rajesh signs off the samples at our Tampines club.
"""
case("p17_confirmed_go_ahead", ["RG002"],
     "buyer answers sample photos with 'Confirmed, go ahead' - no quantity, no sample-only scope; earlier quoted scope is complete", [
    ("RE_FT-3_samples_photos.eml", E(mail(
        "Wei Ling Tan <weiling.tan@lioncityfit.sg>", "Linda Wang <linda.wang@hengli-fitness.cn>",
        "RE: FT-3 samples - photos", "Fri, 2 Aug 2024 10:02:00 +0800",
        "Hi Linda,\n\nThe photos look good, Rajesh also ok with the teal. Confirmed, go ahead 👍\n\n"
        "Can send us the carton marks for the LCL also?\n\nThanks!\nWei Ling\n\n"
        "Wei Ling Tan | Procurement | LionCity Fit Pte Ltd | +65 6123 4455\n\n"
        + quote(_p17_q) + "\n",
        html=p2html("Hi Linda,\n\nThe photos look good, Rajesh also ok with the teal. Confirmed, go ahead 👍\n\n"
                    "Can send us the carton marks for the LCL also?\n\nThanks!\nWei Ling\n\n"
                    + quote(_p17_q)))))
])

# p18 supplier: deposit received, therefore production started for the full quantity
_p18_q = """From: Ryan Brooks <ryan.brooks@apexbarbell.com>
Sent: 10 June 2024 09:00
Subject: PO AB-5521 hex dumbbell samples

Harpreet - PO AB-5521 is for the ten (10) sample pairs only. The 990 pairs in your
quote are not released. I'll release them in writing once Lauren has signed off
the samples. Please buy nothing for the 990 before that.
Ryan Brooks, Director of Sourcing
"""
case("p18_supplier_deposit_started", ["RG012"],
     "supplier: '30% deposit received, therefore production started for full quantity' despite a sample-only PO", [
    ("RE_AB-5521_deposit_received.eml", E(mail(
        "Harpreet Singh <harpreet@ludhianaironworks.in>", "Ryan Brooks <ryan.brooks@apexbarbell.com>",
        "RE: PO AB-5521 - advance received, production started", "Mon, 1 Jul 2024 11:40:00 +0530",
        "Dear Ryan Sir,\n\n"
        "Greetings from Ludhiana!\n\n"
        "We have received your 30% advance against PI LIW/PI/24-25/0231, thank you. Therefore we have started\n"
        "production for the full quantity 1,000 pairs, casting is going on in our foundry this week. Sample\n"
        "pairs will be couriered by 8th July with the test report.\n\n"
        "Kindly share your carton artwork at the earliest.\n\n"
        "Thanks & Regards,\nHarpreet Singh\nExport Manager, Ludhiana Iron Works Pvt. Ltd.\n+91 98140 22718\n\n"
        + quote(_p18_q) + "\n")))
])

# ------------------------------------------------------------------ batch 3
# c13 sample PO + quote attached, quote's production figure declared informational -> clean
_c13_text = ("Hi Jason,\n\n"
             "Attached is PO PR-24-0455 for the SE-1 ski erg pilots, plus your quote TS-2231 for reference.\n\n"
             "Scope:\n"
             "- Build 5 pilot units now (studio black, swatch PR-SW-02), and buy material for those 5 only.\n"
             "- The production figure in TS-2231 (195 units) is informational only. It is not released.\n"
             "- The 195 are released only by a written release from me, after the pilots have passed our two-week\n"
             "  studio trial and Jess Morgan, our Head of Training, has signed them off.\n\n"
             "Delivery DAP Manchester by 30 August please - the pilots go into Ancoats and Leeds for the September\n"
             "class timetable.\n\nMany thanks,\nHannah\n")
_c13_po = pdf([
    ("h1", "Pulse & Row Studios Ltd - PURCHASE ORDER PR-24-0455"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Total"],
        ["1", "SE-1-PLT", "SE-1 ski erg, pilot unit, floor stand, PM5-compatible monitor", "5", "£298.00", "£1,490.00"],
        ["2", "CARR", "Carriage DAP Manchester", "1", "£260.00", "£260.00"],
    ]),
    ("p", "Order type: Sample (pilot). Supplier: Taichung Strongway Industrial Co., Ltd. Date 22/07/2024."),
    ("p", "Scope: 5 pilot units only. Quote TS-2231 production quantity is informational and not released; released "
          "only by written release from Hannah Cole after pilot sign-off by Jess Morgan."),
], title="PR-24-0455", author="Pulse & Row Studios")
_c13_quote = pdf([
    ("h1", "TAICHUNG STRONGWAY INDUSTRIAL CO., LTD."),
    ("h", "QUOTATION TS-2231"),
    ("table", [
        ["Item", "Qty", "Unit GBP", "Lead time"],
        ["SE-1 ski erg pilot", "5", "298.00", "30 days"],
        ["SE-1 ski erg production", "195", "214.00", "55 days"],
    ]),
    ("p", "Valid 60 days. DAP Manchester. Monitor PM5-compatible, Bluetooth FTMS + ANT+."),
], title="TS-2231", author="Jason Lin")
case("c13_po_quote_informational", [], "5 pilot units released; quote's 195 declared informational and not released; named release person and unlock event", [
    ("PO_PR-24-0455_SE-1_pilots.eml", E(mail(
        "Hannah Cole <hannah.cole@pulseandrow.co.uk>", "Jason Lin <jason.lin@strongway.com.tw>",
        "PO PR-24-0455 - SE-1 ski erg pilots", "Mon, 22 Jul 2024 11:30:00 +0100",
        _c13_text + sig("Hannah Cole", "Sourcing Lead", "Pulse & Row Studios Ltd", "+44 161 555 0133"),
        html=p2html(_c13_text),
        attachments=[("PO_PR-24-0455.pdf", _c13_po, PDF_MT), ("TS-2231.pdf", _c13_quote, PDF_MT)])))
])

# c14 written release of the full balance after sign-off; nothing left on hold -> clean
case("c14_full_release_letter", [], "written production release of 141 units after golden-sample sign-off by the named VP; with 3 samples this covers all 144, nothing left on hold", [
    ("IPF_production_release_PR-0042.pdf", pdf([
        ("h1", "IronPeak Fitness Inc. - Production Release PR-0042"),
        ("table", [
            ["Supplier", "Qingdao Hengli Fitness Equipment Co., Ltd."],
            ["Part", "T900 commercial treadmill, drawing IPF-T900 rev F"],
            ["Purchase order", "4500119002 rev 1 (144 units: 3 golden samples + 141 production)"],
            ["Unlock event", "Golden sample sign-off SDR-24-044, 19 Aug 2024 (ISO 20957-6 class S, Denver lab)"],
        ]),
        ("sp",),
        ("p", "I release 141 (one hundred forty-one) units of the T900 on PO 4500119002 rev 1 for production."),
        ("p", "Together with the 3 golden samples already delivered, this releases the full 144 units on the PO. "
              "No quantity remains on hold for this order."),
        ("p", "Material authority: 141 units. Ship in three 40'HQ containers, 47 units each, first ETD Qingdao 15 Oct 2024."),
        ("p", "Console firmware 2.4.1, IronPeak boot logo. Carton marks per IPF-PK-03."),
        ("sp",),
        ("p", "Marcus Lee, VP Supply Chain (release authority) - 20 Aug 2024"),
    ], pagesize=LETTER, title="Production Release PR-0042", author="Marcus Lee")),
])

# c15 supplier assumes auto-conversion (quoted); buyer corrects it -> clean
_c15_q = """On 24/07/2024 14:05, Nguyen Thi Mai wrote:
> Dear Tash,
> Protos FB-1 are packed, ETD 12 Aug. Once you approve the protos, we will roll
> straight into the 196 balance to save time for the Gold Coast openings.
> Best regards, Mai
"""
_c15 = ("Hi Mai,\n\n"
        "Thanks for the update - but please don't. Signing off the protos doesn't release anything by itself.\n\n"
        "The 196 stay on hold until I send you a written release, and I'll only do that after Mick has signed off\n"
        "the protos on the club floor. Until then it's the 4 protos only, and no steel or vinyl for the 196.\n\n"
        "I know the Gold Coast dates are tight - if the protos are good I'll turn the release around the same day.\n\n"
        "Cheers,\nTash\n\nTash Ryan | Procurement Manager | Southern Cross Gyms | +61 7 3555 0190\n\n")
case("c15_buyer_corrects_autoconversion", [], "quoted supplier line assumes roll-straight-into-balance; buyer reply corrects it with full scope (4 protos, 196 held, written release by her after sign-off)", [
    ("RE_FB-1_protos_packed.eml", E(mail(
        "Tash Ryan <tash.ryan@southerncrossgyms.com.au>", "Nguyen Thi Mai <mai.nguyen@bdsteelcraft.vn>",
        "RE: FB-1 protos packed", "Thu, 25 Jul 2024 08:12:00 +1000",
        _c15 + _c15_q, cc="Mick Doyle <mick.doyle@southerncrossgyms.com.au>")))
])

# c16 old offer forwarded as message/rfc822, declared informational -> clean
_c16_old = mail("Tomasz Nowak <t.nowak@fitmetal.pl>", "Jürgen Maier <j.maier@kraftwerk-fitness.de>",
                "Angebot / Offer PFM/Q/2023/077 - HT-1 hip thrust", "Tue, 14 Nov 2023 10:20:00 +0100",
                "Dear Mr Maier,\n\nthank you for the meeting in Cologne. As discussed, our offer for the HT-1 hip thrust:\n\n"
                "  annual volume 5.000 pcs - unit price 212,00 EUR FCA Poznan\n"
                "  pads: PU leather, 4 colours; band pegs 4x\n\n"
                "Offer valid until 31.01.2024.\n\nBest regards\nTomasz Nowak\nKey Account Manager, Poznan FitMetal Sp. z o.o.\n",
                msgid="<pfm-2023-077@fitmetal.pl>")
_c16 = ("Dear Tomasz,\n\n"
        "for reference I forward your old offer from November 2023. It is informational only: the 5.000 pcs volume\n"
        "in it is not ordered and not released.\n\n"
        "Our current order 4700021588 covers 3 (three) proto units of the HT-1. The 87 units of your current offer\n"
        "PFM/Q/2024/140 are not released. They are released only after the proto sign-off (EN ISO 20957-1 load\n"
        "test) by a written release from me. Please buy material for the 3 protos only.\n\n"
        "Delivery of the protos: KW 38, frei Haus Köln.\n\n"
        "Mit freundlichen Grüßen / Kind regards\nJürgen Maier\nLeiter Einkauf | KraftWerk Fitness GmbH | Tel. +49 221 555 4410\n")
case("c16_forwarded_old_offer", [], "old offer with 5.000 pcs forwarded as message/rfc822 and declared informational; current order 3 protos with full scope", [
    ("FW_old_offer_HT-1_order_4700021588.eml", E(mail(
        "Jürgen Maier <j.maier@kraftwerk-fitness.de>", "Tomasz Nowak <t.nowak@fitmetal.pl>",
        "FW: Angebot PFM/Q/2023/077 - HT-1 / order 4700021588", "Thu, 01 Aug 2024 09:05:00 +0200",
        _c16, attachments=[("rfc822", _c16_old)])))
])

# c17 ERP PO with identifiers that look like quantities; complete scope -> clean
case("c17_identifiers_like_qty", [], "sample PO of 3 units full of quantity-looking identifiers (PN 2000-500-250, REV 12, ISO 20957-1:2013, TSW-Q-1500, M10x1.5); scope complete", [
    ("HF-3420_netsuite_print.txt", """\
HOMEFORM FITNESS LLC                                              PURCHASE ORDER  HF-3420
2100 E CESAR CHAVEZ ST, AUSTIN TX 78702                           DATE 2024-07-29   PAGE 1
=========================================================================================
VENDOR   TAICHUNG STRONGWAY INDUSTRIAL CO LTD (V-10112)     QUOTE   TSW-Q-1500 REV 2
SHIP TO  HOMEFORM AUSTIN DC, BLDG 3 DOCK 12, 9800 FM 812, AUSTIN TX 78719
TERMS    NET 60                                             INCO    FCA TAICHUNG
=========================================================================================
LINE ITEM            PART NO          DESCRIPTION                       QTY  UNIT   AMOUNT
---- --------------  ---------------  -------------------------------  ----  -----  -------
   1 SB-500-SMPL     2000-500-250     SMART BIKE SB-500, SAMPLE UNIT      3  EA     1,950.00
                                      DRG HF-SB-500 REV 12
                                      CRANK BOLT M10X1.5, Q-FACTOR 155
                                      TESTED TO ISO 20957-1:2013 AND
                                      EN 957-10
   2 FRT-AIR         9000-000-001     AIR FREIGHT TPE-AUS                 1  LOT      840.00
=========================================================================================
SCOPE NOTE
  SAMPLE ONLY: 3 UNITS. THE PRODUCTION QUANTITY IN QUOTE TSW-Q-1500 (1,500 UNITS,
  FORECAST) IS NOT RELEASED. BUILD THE 3 SAMPLE UNITS ONLY; MATERIAL FOR 3 ONLY.
  PRODUCTION IS RELEASED ONLY BY A WRITTEN RELEASE FROM KELSEY PARK, DIRECTOR OF
  PRODUCT, AFTER SAMPLE SIGN-OFF BY HOMEFORM PRODUCT ENGINEERING.
=========================================================================================
                                                         TOTAL USD           2,790.00
BUYER: K. PARK  512-555-0148          CONFIRM WITHIN 3 BUSINESS DAYS TO PO@HOMEFORMFITNESS.COM
"""),
])

# c18 supplier weekly status (EML with HTML attachment): samples built, production not started -> clean
_c18_html = html_page("Weekly status FHG-PO-7710", """
<h3>Poznan FitMetal - weekly status, week 31</h3>
<p>Customer: Fettle Home Gym Ltd &nbsp;|&nbsp; Order FHG-PO-7710 &nbsp;|&nbsp; FR-2 folding rack</p>
<table>
<tr><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>PP samples</td><td>5</td><td>Built, internal load test passed (4 x 150 kg, 5 min), packing 2 Aug</td></tr>
<tr><td>Production</td><td>1,495</td><td>Not released &ndash; not started, no material purchased</td></tr>
<tr><td>Material</td><td>&ndash;</td><td>Sample-only: tube and plate for the 5 PP samples</td></tr>
</table>
<p>Next step on our side: ship PP samples by DHL, tracking to follow. We wait for your sign-off and the written release before any production.</p>
""")
case("c18_supplier_status_html", [], "supplier status report (HTML attachment): samples built, production not released, not started, material sample-only", [
    ("Weekly_status_wk31_FHG-PO-7710.eml", E(mail(
        "Tomasz Nowak <t.nowak@fitmetal.pl>", "Eleanor Shaw <eleanor@fettlehomegym.co.uk>",
        "Weekly status wk 31 - FHG-PO-7710 FR-2", "Fri, 02 Aug 2024 16:40:00 +0200",
        "Hi Eleanor,\n\nplease find our weekly status attached. Short version: the 5 PP samples passed our internal\n"
        "load test and ship Monday. Nothing else is started.\n\nHave a good weekend!\nTomasz\n\n"
        "Tomasz Nowak | Key Account Manager | Poznan FitMetal Sp. z o.o. | +48 61 555 20 41\n",
        attachments=[("status_wk31.html", _c18_html, "text/html")])))
])

# c19 multi-file: PO with explicit staged material authority + supplier status within it -> clean
case("c19_staged_material_bundle", [], "PO releases 20 sample sets with explicit staged material authority for 500 sets; supplier bought compound for 500 - within authority; 1,980 held", [
    ("AB-5640_purchase_order.pdf", pdf([
        ("h1", "Apex Barbell Co. - Purchase Order AB-5640"),
        ("p", "800 N High St, Columbus, OH 43215  |  Vendor: Ningbo Zhenhai Rubber Products Co., Ltd."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "BP-SET-SMPL", "Bumper plate set 2x10 / 2x15 / 2x20 / 2x25 kg, sample", "20 sets", "182.00", "3,640.00"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "Released now: 20 sample sets."),
        ("p", "Material authority (staged): you may buy rubber compound and stainless inserts for up to 500 sets at "
              "Apex Barbell's liability, so the compound lot can be matched. This is material authority only; it releases no production."),
        ("p", "The 1,980 production sets on quote NZR-Q-2412 are not released. They are released only by a written release "
              "from Ryan Brooks, Director of Sourcing, after Lauren Ortiz (Product Engineering) signs off the sample sets."),
        ("p", "Date: 24 July 2024. Buyer: Ryan Brooks."),
    ], pagesize=LETTER, title="PO AB-5640", author="Apex Barbell Co.")),
    ("NZR_status_AB-5640.txt", """\
NINGBO ZHENHAI RUBBER PRODUCTS CO., LTD. - ORDER STATUS
Customer: Apex Barbell Co.    PO: AB-5640    Date: 2024-08-06

1. Sample sets: 20 sets moulded 2 Aug, hardness 90 Shore A, weight within +/-1%. Ship by air 8 Aug.
2. Material: rubber compound (NR/SBR, 3 phr N330) and stainless inserts bought for 500 sets,
   within your staged material authority on PO AB-5640. Stored in warehouse B, tagged APEX-5640.
3. Production: not released, not started. We wait for Ryan's written release after Lauren's sign-off.

Amy Chen, Export Sales
"""),
])

# A: portal PO with a sample line and an unlabelled production line
case("p19_portal_po_two_lines", ["RG001", "RG003", "RG004", "RG005"],
     "e-procurement PO shows sample line (8) and a production line (600) with delivery week and no status; note says build line 1; nothing on hold, no event, no person", [
    ("Coupa_PO_PR-24-0470.html", html_page("Purchase Order #PR-24-0470 - Pulse & Row Studios (Coupa)", """
<h2>Purchase Order #PR-24-0470</h2>
<p><b>Supplier:</b> Taichung Strongway Industrial Co., Ltd. &nbsp; <b>Status:</b> Issued &nbsp; <b>Created:</b> 24/07/2024 &nbsp; <b>Requester:</b> Hannah Cole</p>
<table>
<tr><th>#</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Need by</th></tr>
<tr><td>1</td><td>KR-8-SMP</td><td>Kettlebell rack KR-8, 3-tier, sample</td><td>8</td><td>£96.00</td><td>30/08/2024</td></tr>
<tr><td>2</td><td>KR-8</td><td>Kettlebell rack KR-8, 3-tier, per quote TS-2240</td><td>600</td><td>£71.50</td><td>Week 44</td></tr>
</table>
<h4>Comments</h4>
<p>Line 1: please build and ship the samples by 30 August, DAP Manchester. Studio grey powder coat (swatch PR-SW-05), rubber shelf liners.</p>
<p>Invoices via Coupa Supplier Portal only, quoting the PO number.</p>
<p style="color:#777">Ship to: Pulse &amp; Row Studios, Hatch Building, 15 Blossom St, Manchester M4 6AJ</p>
""")),
])

# B: multi-file: ERP sample PO + supplier quote with production tier, nothing on the balance
case("p20_erp_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "folder: sample PO for 20 dumbbell sets and the supplier quote with 800 production sets; the PO says nothing about the rest", [
    ("SCG-9150_PO_print.txt", """\
SOUTHERN CROSS GYMS PTY LTD   ABN 41 612 887 904                  PURCHASE ORDER
Level 3, 88 Creek St, Brisbane QLD 4000                           MYOB ADVANCED  PO.64.10.00
-----------------------------------------------------------------------------------------
PO No.    SCG-9150                     Date      29/07/2024        Currency  AUD
Supplier  LUDHIANA IRON WORKS PVT LTD  Supp. No. LUD001            Terms     30 days EOM
Ref.      Quote LIW/Q/142 (attached)   Deliver   Brisbane DC, 22 Curtin Ave W, Eagle Farm
-----------------------------------------------------------------------------------------
Line  Inventory ID   Description                                Qty  UOM      Ext. Cost
----  -------------  ----------------------------------------  ----  ----  ------------
1     DB-HEX-SET-S   Hex dumbbell set 2.5-25 kg (10 pairs),      20  SET      9,180.00
                     rubber coated, SCG logo - SAMPLE
2     FRT-SEA        Sea freight LCL Mundra-Brisbane              1  LOT      1,450.00
-----------------------------------------------------------------------------------------
                                                          Total AUD incl. GST  11,693.00
Notes: Logo per artwork SCG-LOGO-v4. Pack one pair per carton. Fumigation cert required.
Raised by: T. RYAN (Procurement)
"""),
    ("LIW-Q-142_quotation.pdf", pdf([
        ("h1", "LUDHIANA IRON WORKS PVT. LTD."),
        ("h", "QUOTATION LIW/Q/142"),
        ("p", "To: Southern Cross Gyms Pty Ltd, Brisbane - Attn. Ms Tash Ryan. Date 15-07-2024."),
        ("table", [
            ["Item", "Qty", "Rate AUD/set", "Delivery"],
            ["Hex dumbbell set 2.5-25 kg, sample", "20 sets", "459.00", "30 days"],
            ["Hex dumbbell set 2.5-25 kg, production", "800 sets", "338.00", "60 days"],
        ]),
        ("p", "FOB Mundra. Logo by embossing on handle end cap. Validity 45 days."),
        ("p", "Harpreet Singh, Export Manager"),
    ], title="LIW/Q/142", author="Harpreet Singh")),
])

# C: Singapore DOCX PO: 2 samples beside "total project qty 36", nothing on hold
case("p21_docx_po_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX PO for 2 sample curved treadmills shows 'total project qty 36 units' with no hold, no unlock event, no release person", [
    ("LCF-PO-24152.docx", docx_bytes([
        ("h1", "LionCity Fit Pte Ltd - Purchase Order LCF-PO-24152"),
        ("p", "8 Tampines Central 1, #04-11, Singapore 529541  |  UEN 201812345K"),
        ("table", [
            ["Supplier", "Qingdao Hengli Fitness Equipment Co., Ltd."],
            ["Date", "30 July 2024"],
            ["Project", "Jurong East club opening (Q1 2025) - total project qty 36 units"],
            ["Delivery", "CIF Singapore, PSA Pasir Panjang"],
        ]),
        ("sp",),
        ("table", [
            ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "CT-800 curved non-motorised treadmill, sample unit, slat belt, LCF teal side panels", "2", "1,480.00", "2,960.00"],
            ["2", "Sea freight LCL + insurance", "1", "620.00", "620.00"],
        ]),
        ("sp",),
        ("p", "Please send the samples with the EN 957-6 test report and the slat belt wear data."),
        ("p", "Side panel colour per swatch LCF-Teal, logo on rear roller guard."),
        ("p", "Contact: Wei Ling Tan, Procurement, +65 6123 4455"),
    ], author="Wei Ling Tan")),
])

# D: complete scope in the email, but attached roll-out plan shows 84 rowers with dates, unlabelled
_pD = ("Hi Kevin,\n\n"
       "PO 4500119377 is attached. It covers 2 proto units of the R-500 air rower only. The other 58 units on\n"
       "your quote QH-24-0702 are not released - nothing gets built or bought for them. I'll release them in\n"
       "writing after the protos pass our ISO 20957-7 test at the Denver lab.\n\n"
       "I've also attached our club roll-out plan so you can see where the rowers end up.\n\n"
       "Thanks!\nDana\n")
_pD_plan = docx_bytes([
    ("h1", "IronPeak Fitness - 2025 club roll-out plan (rowing)"),
    ("table", [
        ["Club", "Opening date", "R-500 rowers", "Delivery to club"],
        ["Denver - RiNo", "15 Jan 2025", "8", "20 Dec 2024"],
        ["Boulder - Pearl St", "12 Feb 2025", "6", "17 Jan 2025"],
        ["Colorado Springs - North", "12 Mar 2025", "6", "14 Feb 2025"],
        ["Salt Lake City - Sugar House", "2 Apr 2025", "6", "7 Mar 2025"],
        ["Phoenix - Arcadia", "23 Apr 2025", "6", "28 Mar 2025"],
        ["Scottsdale - Old Town", "14 May 2025", "6", "18 Apr 2025"],
        ["Tempe - Mill Ave", "4 Jun 2025", "6", "9 May 2025"],
        ["Albuquerque - Nob Hill", "25 Jun 2025", "6", "30 May 2025"],
        ["Boise - Downtown", "16 Jul 2025", "6", "20 Jun 2025"],
        ["Las Vegas - Summerlin", "6 Aug 2025", "6", "11 Jul 2025"],
        ["Reno - Midtown", "27 Aug 2025", "6", "1 Aug 2025"],
        ["Tucson - Sam Hughes", "17 Sep 2025", "6", "22 Aug 2025"],
        ["Fort Collins - Old Town", "8 Oct 2025", "10", "12 Sep 2025"],
        ["Total", "", "84", ""],
    ]),
    ("p", "Rowers ship direct from the supplier to the regional DCs (Denver, Phoenix) four weeks before each opening."),
], author="Dana Whitfield")
_pD_po = pdf([
    ("h1", "IronPeak Fitness Inc. - PO 4500119377"),
    ("table", [
        ["Line", "Material", "Description", "Qty", "Price USD"],
        ["10", "R500-PROTO", "R-500 air rower, proto unit", "2", "690.00"],
    ]),
    ("p", "Vendor: Qingdao Hengli Fitness Equipment Co., Ltd. Date 07/31/2024. Ref. quote QH-24-0702."),
], pagesize=LETTER, title="PO 4500119377", author="IronPeak Fitness")
case("p22_rollout_plan_attached", ["RG001"],
     "email scope is complete for the 58-unit balance, but the attached roll-out plan shows 84 rowers with delivery dates and nothing says it is informational or not released", [
    ("PO_4500119377_R-500_protos.eml", E(mail(
        "Dana Whitfield <dana.whitfield@ironpeakfitness.com>", "Kevin Zhang <kevin.zhang@hengli-fitness.cn>",
        "PO 4500119377 - R-500 protos + roll-out plan", "Wed, 31 Jul 2024 10:18:00 -0600",
        _pD + sig("Dana Whitfield", "Procurement Manager", "IronPeak Fitness Inc.", "+1 303 555 0172"),
        attachments=[("PO_4500119377.pdf", _pD_po, PDF_MT),
                     ("IronPeak_2025_rollout_rowing.docx", _pD_plan, DOCX_MT)])))
])

# K: WhatsApp: "can you start the samples" - no quantity, nothing else
case("p23_whatsapp_start_samples", ["RG003", "RG004", "RG005", "RG010"],
     "chat: 'PO's gone through, can you start the samples' - no quantity, nothing about the rest, no unlock event, no release person", [
    ("WhatsApp Chat with Sunny Aquaflow.txt", """\
02/08/2024, 7:58 am - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
02/08/2024, 7:58 am - Brodie Walsh: G'day Sunny, Brodie from Bondi Burn Studios here - we met at the Sydney expo 🙂
02/08/2024, 8:01 am - Brodie Walsh: PO's gone through on our end (BBS-0087), can you start the samples for the bamboo rower? Natural finish, our logo on the seat rail
02/08/2024, 8:02 am - Brodie Walsh: Keen to have them in the Bondi studio before the spring timetable launches
02/08/2024, 8:40 am - Sunny Xu: Hi Brodie! Nice to hear from you 😊 Received the PO, thank you. Logo we do laser engraving ok?
02/08/2024, 8:44 am - Brodie Walsh: Laser engraving is perfect mate
02/08/2024, 8:45 am - Sunny Xu: OK 👍 I will send the engraving proof tomorrow
"""),
])

# F: ERP print, balance line on HOLD, no unlock event, no release person
case("p24_erp_bal_hold_only", ["RG004", "RG005"],
     "ERP PO: 12 sample units authorised, production line 480 status HOLD - no event named, no person named", [
    ("AB-5655_oracle_po.txt", """\
APEX BARBELL CO                                  Oracle Purchasing - Standard PO Print
800 N HIGH ST COLUMBUS OH 43215                  Printed 05-AUG-2024 08:12    Page 1 of 1
==========================================================================================
PO Number : AB-5655        Rev : 0       Type : STANDARD       Status : ISSUED  
Supplier  : POZNAN FITMETAL SP Z O O     Site : POZNAN-MAIN    Currency : USD
Ship-To   : APEX COLUMBUS DC             Bill-To : APEX AP       FOB : FCA POZNAN
==========================================================================================
Ln  Item              Description                         Qty  UOM  Need-By      Status
--  ----------------  ---------------------------------  ----  ---  -----------  --------
1   GHD-1-SMPL        GLUTE HAM DEVELOPER GHD-1 SAMPLE     12  EA   06-SEP-2024  OPEN
2   GHD-1             GLUTE HAM DEVELOPER GHD-1 PROD      480  EA   -            HOLD
==========================================================================================
Line 1 note : BUILD SAMPLES NOW. FOOT ROLLERS 4 X 95 MM, PAD VINYL BLACK 1.2 MM.
Line 2 note : BAL 480 ON HOLD. DO NOT BUILD. NO MATERIAL.
Header note : TESTING TO ISO 20957-1. PACK PER APX-PK-11 (ISTA 3A).
Buyer       : R. BROOKS                              Phone : 614-555-0120
==========================================================================================
"""),
])

# H: "go ahead with the pre-production samples" - sample scope but no sample quantity anywhere
_pH = ("Hi Harpreet,\n\n"
       "Thanks for the call this morning - super helpful to walk through the casting and coating process.\n\n"
       "Please go ahead with the pre-production samples of the 20 kg hex dumbbells as discussed, with the\n"
       "HomeForm logo embossed on both heads and the medium knurl.\n\n"
       "The production quantity (1,000 pairs) is not released. I'll release it in writing once our product team\n"
       "has signed off the samples - please don't buy pig iron or rubber for the production run before then.\n\n"
       "Shipping: DHL Express to our Austin DC (Bldg 3, Dock 12), attention Product Lab.\n\n"
       "Best,\nKelsey\n")
case("p25_preproduction_samples_no_qty", ["RG010"],
     "buyer: 'go ahead with the pre-production samples' - hold, unlock event and named release person present, but the sample quantity is never stated", [
    ("Pre-production_samples_20kg_hex.eml", E(mail(
        "Kelsey Park <kelsey@homeformfitness.com>", "Harpreet Singh <harpreet@ludhianaironworks.in>",
        "Pre-production samples - 20 kg hex dumbbells", "Tue, 06 Aug 2024 13:25:00 -0500",
        _pH + sig("Kelsey Park", "Director of Product", "HomeForm Fitness LLC", "+1 512 555 0148"),
        html=p2html(_pH))))
])

# I: written release of "the first production run" - no quantity
case("p26_release_first_run_no_qty", ["RG010"],
     "release letter releases 'the first production run' without a quantity; rest held until inspection and further written release by named person", [
    ("FHG-REL-003_production_release.docx", docx_bytes([
        ("h1", "Fettle Home Gym Ltd - Production release FHG-REL-003"),
        ("p", "To: Poznan FitMetal Sp. z o.o. - Attn. Tomasz Nowak"),
        ("p", "Order: FHG-PO-7711 - FR-2 compact folding rack, drawing FR2-001 rev D"),
        ("p", "Date: 4 September 2024"),
        ("p", "Following our sign-off of the PP samples on 2 September (load test EN ISO 20957-1 passed, colour matches "
              "swatch FHG-GR-03), we hereby release the first production run of FR-2 against PO FHG-PO-7711."),
        ("p", "Everything beyond the first production run stays on hold. It is released only after the first-run units "
              "have passed our goods-in inspection in Avonmouth and a further written release from Eleanor Shaw."),
        ("table", [
            ["Item", "Requirement"],
            ["Packaging", "Retail box FHG-BX-02, 2 straps, ISTA 3A"],
            ["Labelling", "UKCA + CE, EAN on two faces"],
            ["Documents", "Packing list, certificate of conformity, load test report per batch"],
        ]),
        ("sp",),
        ("p", "Eleanor Shaw, Head of Product"),
    ], author="Eleanor Shaw")),
])

# ------------------------------------------------------------------ batch 4
# c20 buyer SRM portal: proto line released, forecast line labelled not released -> clean
case("c20_portal_forecast_line", [], "SRM portal PO: 4 proto units released; forecast line of 150 labelled 'for planning only - not released'; revised PO signed by named buyer after proto sign-off", [
    ("KraftWerk_SRM_PO_4700021610.html", html_page("Bestellung 4700021610 - KraftWerk Lieferantenportal", """
<h2>KraftWerk Fitness GmbH &ndash; Lieferantenportal / Supplier portal</h2>
<p>Lieferant: <b>Qingdao Hengli Fitness Equipment Co., Ltd.</b> &nbsp;|&nbsp; Bestellung 4700021610 &nbsp;|&nbsp; 06.08.2024</p>
<table>
<tr><th>Pos.</th><th>Artikel</th><th>Bezeichnung</th><th>Menge</th><th>Preis EUR</th><th>Status</th></tr>
<tr><td>10</td><td>SM-2-P</td><td>Multipresse / Smith machine SM-2, Prototyp</td><td>4 Stk</td><td>1.690,00</td><td>Released &ndash; build now</td></tr>
<tr><td>20</td><td>SM-2</td><td>Multipresse SM-2, Prognose 2025 / forecast 2025</td><td>150 Stk</td><td>1.120,00</td><td>Forecast &ndash; for planning only, not released</td></tr>
</table>
<div class="note">
<p>Only position 10 may be built. Material for the 4 prototypes only.</p>
<p>Position 20 is a forecast and carries no production or material authority. It becomes a production quantity only
through a revised PO, signed by J&uuml;rgen Maier (Leiter Einkauf), after the prototype sign-off
(EN ISO 20957-1, counterweight guide test at our Cologne lab).</p>
</div>
<p>Zeichnung KW-SM2-0200 Rev. 7 &middot; Pulverbeschichtung RAL 9005 &middot; Lieferung FOB Qingdao</p>
""", lang="de")),
])

# c21 product specification sheet, no authorization at all -> clean
case("c21_spec_sheet", [], "product specification sheet with loads, norms and container fill; no authorization, no order quantity", [
    ("PS-R3-004_power_rack_spec.docx", docx_bytes([
        ("h1", "Product specification PS-R3-004 - R3 power rack"),
        ("p", "Owner: Southern Cross Gyms product team (Mick Doyle) - issue 4, 10 June 2024"),
        ("table", [
            ["Characteristic", "Requirement", "Test / reference"],
            ["Uprights", "75 x 75 x 3 mm (11 gauge) steel tube, 2,286 mm tall", "Drawing R3-002 rev 4"],
            ["Hole spacing", "50 mm through bench zone, 100 mm above", "Drawing R3-002 rev 4"],
            ["Rated load (J-hooks)", "450 kg", "ISO 20957-1 cl. 5.4, 4x rated load, 5 min"],
            ["Safety spotter arms", "450 kg dynamic drop, 3 drops", "SCG-TP-11"],
            ["Stability", "No tipping at 10 deg with 200 kg on pull-up bar", "ISO 20957-1 cl. 5.9"],
            ["Finish", "Matt black RAL 9005, 70-100 micron, 500 h salt spray", "ASTM B117"],
            ["Marking", "Laser-cut hole numbers, SCG logo plate on base", "SCG brand book v3"],
        ]),
        ("sp",),
        ("h", "Packaging and logistics"),
        ("p", "Flat-packed in 3 cartons, max 35 kg per carton. Approx. 40 racks per 40'HQ container."),
        ("p", "Assembly manual in English with QR code to assembly video; spare hardware bag 5%."),
        ("h", "Change history"),
        ("p", "Issue 4: added spotter arm drop test; issue 3: hole spacing changed from 75 mm to 50 mm."),
    ], author="Mick Doyle")),
])

# c22 WhatsApp: supplier asks if deposit means start; buyer says no, full scope -> clean
case("c22_deposit_question_answered", [], "supplier asks 'deposit received, can we start the 300?'; buyer: deposit is payment only, build 3 golden samples, 300 held until her sign-off and written release", [
    ("WhatsApp Chat with Kelsey Park HomeForm.txt", """\
12/8/24, 21:04 - Sunny Xu: Hi Kelsey, good morning from Ningbo 😊 We received the 30% deposit for PI AQ-PI-0815 today, thank you!
12/8/24, 21:05 - Sunny Xu: Can we start the 300 now? Our line has space in September
12/8/24, 21:31 - Kelsey Park: Hi Sunny - thanks for confirming the deposit landed!
12/8/24, 21:33 - Kelsey Park: But no, please don't start the 300. The deposit is a payment term, it doesn't release production.
12/8/24, 21:34 - Kelsey Park: Build only the 3 golden samples for now. The 300 stay on hold until I've signed off the golden samples here in Austin and sent you a written release.
12/8/24, 21:35 - Kelsey Park: And no timber or tanks for the 300 yet please 🙏
12/8/24, 21:50 - Sunny Xu: Understood, 3 golden samples only 👌 300 wait for your written release
12/8/24, 21:51 - Sunny Xu: Golden samples ETD 30 Aug by air
"""),
])

# c23 stop notice -> clean
case("c23_stop_notice", [], "buyer stop notice: nothing more may start; 3 samples built are the only released quantity; 237 not released; lift only by named person after named sign-off", [
    ("SCG_stop_notice_SCG-9101.pdf", pdf([
        ("h1", "Southern Cross Gyms Pty Ltd - STOP NOTICE"),
        ("table", [
            ["To", "Qingdao Hengli Fitness Equipment Co., Ltd. - Attn. Kevin Zhang"],
            ["Order", "PO SCG-9101 - LP-200 plate-loaded leg press"],
            ["Date", "9 August 2024"],
            ["Issued by", "Tash Ryan, Procurement Manager"],
        ]),
        ("sp",),
        ("p", "With immediate effect, nothing more may start on PO SCG-9101: no welding, no cutting, no powder coating, "
              "no material purchases."),
        ("p", "Released quantity: the 3 golden samples already built. No further units are released. The 237 production "
              "units remain not released."),
        ("p", "Reason: the carriage cam binds at the bottom of the stroke (Mick Doyle's club-floor test, 8 Aug). Drawing "
              "LP200-010 is being revised to rev 5."),
        ("p", "This stop is lifted only by a written notice from Tash Ryan, after Mick Doyle has signed off a golden sample "
              "built to drawing LP200-010 rev 5. Lifting the stop does not by itself release the 237; they still need a written release from Tash Ryan."),
        ("p", "Please acknowledge this notice by return email and confirm the status of any tube already cut."),
    ], title="Stop notice SCG-9101", author="Tash Ryan")),
])

# c24 full-quantity repeat PO, Aussie voice, DOCX PO attached -> clean
_c24 = ("Hey Sunny,\n\n"
        "Hope the typhoon missed you guys! PO BBS-0102 attached - go ahead with all 24 bamboo rowers on it.\n"
        "Same spec as the batch you did for us last year (natural bamboo, S5 monitor, logo engraved on the rail),\n"
        "so no samples this time. It's the full order - there's nothing else to come on this PO.\n\n"
        "Shipping to our Bondi studio as before, 2 pallets. Would love them by mid-November for the summer\n"
        "timetable.\n\nCheers,\nBrodie\n\nBrodie Walsh | Founder | Bondi Burn Studios | 0412 555 018\n")
_c24_po = docx_bytes([
    ("h1", "Bondi Burn Studios - Purchase Order BBS-0102"),
    ("p", "Shop 2, 180 Campbell Pde, Bondi Beach NSW 2026 | ABN 72 611 045 330"),
    ("table", [
        ["Item", "Description", "Qty", "Unit AUD", "Total AUD"],
        ["AQ-BAM-S5", "Bamboo water rower, natural, S5 monitor, logo laser engraved (repeat of BBS-0061)", "24", "1,045.00", "25,080.00"],
        ["FRT", "Sea freight LCL Ningbo - Sydney, DAP Bondi", "1", "1,380.00", "1,380.00"],
    ]),
    ("p", "Full order - 24 units. No balance, no follow-on quantity."),
    ("p", "Payment: 30% deposit, 70% before shipment."),
], author="Brodie Walsh")
case("c24_full_qty_repeat_go_ahead", [], "repeat order, 'go ahead with all 24' on a full-quantity PO with no samples and no balance", [
    ("PO_BBS-0102_bamboo_rowers.eml", E(mail(
        "Brodie Walsh <brodie@bondiburn.com.au>", "Sunny Xu <sunny@aquaflow-fitness.cn>",
        "PO BBS-0102 - 24 bamboo rowers", "Tue, 13 Aug 2024 09:40:00 +1000",
        _c24, html=p2html(_c24),
        attachments=[("PO_BBS-0102.docx", _c24_po, DOCX_MT)])))
])

# c25 call-off against supply agreement, next call-off as unlock event -> clean
case("c25_calloff_txt", [], "call-off releases 400 plates against a 4,000 agreement; 2,400 remaining not released until next call-off signed by named buyer; material for released qty only", [
    ("LCF_calloff_04_SA-2024-01.txt", """\
LIONCITY FIT PTE LTD                                                CALL-OFF No. 04
Against supply agreement LCF-SA-2024-01 (bumper plates, 4,000 pcs, valid to 31-12-2025)
Supplier : NINGBO ZHENHAI RUBBER PRODUCTS CO LTD           Date : 2024-08-14
-----------------------------------------------------------------------------------
Item        Description                          This call-off   Need by (CIF SIN)
----------  -----------------------------------  -------------   -----------------
RP-BMP-20   Bumper plate 20 kg, black, 450 mm          200 pcs   2024-10-10
RP-BMP-10   Bumper plate 10 kg, black, 450 mm          200 pcs   2024-10-10
-----------------------------------------------------------------------------------
This call-off releases 400 pcs for production.
Released to date incl. this call-off : 1,600 pcs (CO-01 400, CO-02 400, CO-03 400, CO-04 400)
Remaining under the agreement        : 2,400 pcs - NOT released.
The remaining quantity is released only by the next numbered call-off, signed by
Wei Ling Tan (Procurement). Material authority: the released 400 pcs only.

For Tampines club opening, 1 Oct. Please pack 20 pcs per pallet, corner protectors.
Signed: Wei Ling Tan, Procurement, LionCity Fit Pte Ltd
"""),
])

# L: Teams chat "Approved! Get the first run going" - unscoped approval and no quantity
case("p27_teams_approved_first_run", ["RG002", "RG010"],
     "buyer chat: 'Approved! Get the first run going' - unscoped approval and the first run never gets a quantity; rest held with event and named person", [
    ("Teams_chat_Fettle_FitMetal_FR-2.txt", """\
Microsoft Teams - chat export
Chat: FR-2 PP samples (Fettle Home Gym / Poznan FitMetal)
Participants: Eleanor Shaw (Fettle Home Gym), Tomasz Nowak (Poznan FitMetal), Kasia Wrobel (Poznan FitMetal)

[28/08/2024 09:12] Tomasz Nowak
Good morning Eleanor, the PP sample report is in the shared folder: load test 4 x 150 kg passed, colour
delta E 0.8 vs FHG-GR-03, fold mechanism 2,000 cycles without play.

[28/08/2024 09:13] Kasia Wrobel
Photos of the packed samples also uploaded (folder /FR-2/PP/photos)

[28/08/2024 10:47] Eleanor Shaw
Morning both! Had a proper look with the team - really pleased with these, the fold is so much smoother.

[28/08/2024 10:48] Eleanor Shaw
Approved! Get the first run going 🎉

[28/08/2024 10:49] Eleanor Shaw
The rest stays on hold until the first-run units have been through goods-in at Avonmouth - then I'll release it in writing.

[28/08/2024 10:55] Tomasz Nowak
Great news, thank you Eleanor! We will plan the line for next week.
"""),
])

# N: Aussie email "She'll be right, crack on!" on an upholstery sample; scope quoted below
_pN_q = """On Mon, 5 Aug 2024 at 11:02 am, Nguyen Thi Mai <mai.nguyen@bdsteelcraft.vn> wrote:
Dear Mick,
Attached photo of the AB-3 upholstery sample with the new double stitching and the
thicker 60 mm foam as you requested. Please advise.
Best regards, Mai

> On Fri, 19 Jul 2024, Tash Ryan <tash.ryan@southerncrossgyms.com.au> wrote:
> Mai - PO SCG-9122 is for the 4 AB-3 proto benches only. The other 356 on your quote
> are not released; nothing gets built or bought for them until Mick has signed off the
> protos on the club floor and I've sent you a written release. Cheers, Tash
"""
case("p28_crack_on", ["RG002"],
     "gym fit-out lead answers an upholstery sample with 'She'll be right, crack on!' - an unscoped go-ahead; quoted scope is complete", [
    ("RE_AB-3_upholstery_sample.eml", E(mail(
        "Mick Doyle <mick.doyle@southerncrossgyms.com.au>", "Nguyen Thi Mai <mai.nguyen@bdsteelcraft.vn>",
        "RE: AB-3 upholstery sample", "Tue, 06 Aug 2024 07:15:00 +1000",
        "Mai - looks bloody good, the stitching's a massive improvement and the foam feels spot on.\n\n"
        "She'll be right, crack on!\n\nMick\n\nSent from my iPhone\n\n" + quote(_pN_q) + "\n",
        cc="Tash Ryan <tash.ryan@southerncrossgyms.com.au>")))
])

# M': portal sample review: "good to run" + "Released" used for drawing, PO and production
case("p29_portal_good_to_run_released", ["RG002", "RG009"],
     "sample review page: engineer comments 'good to run' without scope; 'Released' means drawing released, PO released in SAP and production release on one page", [
    ("IPF_sample_review_SS-1190.html", html_page("Sample submission SS-1190 | IronPeak Supplier Portal", """
<h2>IronPeak Supplier Portal &ndash; Sample submission SS-1190</h2>
<p>Supplier: Poznan FitMetal Sp. z o.o. &nbsp;|&nbsp; Part: SR-400 squat rack &nbsp;|&nbsp; Submitted 2024-08-19</p>
<table>
<tr><th>Item</th><th>Status</th><th>Detail</th></tr>
<tr><td>Drawing IPF-SR400</td><td>Released</td><td>Rev C released by Engineering 2024-06-03</td></tr>
<tr><td>PO 4500119455</td><td>Released</td><td>Released in SAP (release strategy P2) 2024-07-08 &ndash; 4 golden samples</td></tr>
<tr><td>Golden samples (4)</td><td>Reviewed</td><td>Load test ISO 20957-1 passed, 4 x 450 kg</td></tr>
<tr><td>Balance (196 units)</td><td>Not released</td><td>Released only by a written release from Marcus Lee (VP Supply Chain) after golden-sample sign-off</td></tr>
</table>
<h4>Engineering comment &ndash; Priya Shah, 2024-08-21 15:02 MDT</h4>
<p class="note">Welds, finish and hole alignment all look great. Good to run.</p>
<p style="color:#777">Material authority: golden samples only.</p>
""")),
])

# P: buyer's engineer nudges supplier to order material for the whole 395
_pP_q = """From: Dana Whitfield <dana.whitfield@ironpeakfitness.com>
Sent: Monday, June 3, 2024 9:10 AM
To: Tomasz Nowak <t.nowak@fitmetal.pl>
Subject: PO 4500118611 - AB-300 golden samples

Tomasz - PO 4500118611 covers the 5 golden samples of the AB-300 only. The other
395 units are not released and no material is to be bought for them. Production is
released only by a written release from Marcus Lee, VP Supply Chain, after the golden
samples are signed off. Material: for the 5 samples only.
Dana
"""
case("p30_engineer_suggests_material", ["RG006"],
     "buyer's product engineer tells supplier to order tube and plate for the whole 395 now, though only 5 samples are released and material is sample-only", [
    ("AB-300_golden_samples_first_look.eml", E(mail(
        "Priya Shah <priya.shah@ironpeakfitness.com>", "Tomasz Nowak <t.nowak@fitmetal.pl>",
        "AB-300 golden samples - first look", "Fri, 21 Jun 2024 16:55:00 -0600",
        "Hi Tomasz,\n\n"
        "The golden samples arrived in one piece - first look is really promising, the seat gap is finally where\n"
        "we want it. Formal testing starts Monday.\n\n"
        "Between us, I'd get the tube and plate for the whole 395 on order now. The paperwork on our side always\n"
        "lags and we can't afford to miss the January club openings because the steel wasn't there.\n\n"
        "Will send the test report end of next week.\n\nPriya\n\n"
        "Priya Shah | Product Engineer | IronPeak Fitness Inc. | +1 303 555 0188\n\n"
        + quote(_pP_q) + "\n")))
])

# Q: supplier: "since your PO is accepted" bought material for all 600 sets
_pQ_q = """On Jul 29, 2024, at 10:02 AM, Kelsey Park <kelsey@homeformfitness.com> wrote:
> Hi Jason, PO HF-3460 attached. It covers 10 sample sets of the AD-25 only. The other 590
> sets are not released and no material is to be bought for them - I'll release them in
> writing myself after our product team signs off the samples. Thanks! Kelsey
"""
case("p31_po_accepted_material_bought", ["RG006", "RG012"],
     "supplier: since PO is accepted, bought steel and TPU for all 600 sets - PO acceptance read as production authority, material far beyond the 10 released sets", [
    ("RE_PO_HF-3460_acceptance.eml", E(mail(
        "Jason Lin <jason.lin@strongway.com.tw>", "Kelsey Park <kelsey@homeformfitness.com>",
        "RE: PO HF-3460 AD-25 adjustable dumbbells - PO acceptance", "Thu, 01 Aug 2024 18:22:00 +0800",
        "Dear Kelsey,\n\n"
        "We hereby accept your PO HF-3460, thank you for the order. Our PO acceptance is uploaded in your portal.\n\n"
        "Since the PO is accepted by both sides, we already purchased the cold-rolled steel plates and the TPU\n"
        "for all 600 sets to secure the price before the steel increase in September. The 10 sample sets will\n"
        "finish on 12 Aug.\n\n"
        "Best Regards,\nJason Lin\nSales Manager | Taichung Strongway Industrial Co., Ltd.\n\n"
        + _pQ_q + "\n",
        attachments=[("PO_acceptance_HF-3460.txt",
                      "TAICHUNG STRONGWAY INDUSTRIAL CO., LTD. - PO ACCEPTANCE\n"
                      "Customer : HomeForm Fitness LLC          PO : HF-3460\n"
                      "Item     : AD-25 adjustable dumbbell set, sample\n"
                      "Qty      : 10 sets     Unit price : USD 58.00     Amount : USD 580.00\n"
                      "Ship     : 2024-08-14 by air, FCA Taichung\n"
                      "Accepted : 2024-08-01  Jason Lin, Sales Manager\n", "text/plain")])))
])

# T: supplier converts a non-binding forecast into a confirmed order and buys steel for it
_pT_q = """-----Ursprüngliche Nachricht-----
Von: Jürgen Maier <j.maier@kraftwerk-fitness.de>
Gesendet: Montag, 22. Juli 2024 08:30
An: Tomasz Nowak <t.nowak@fitmetal.pl>
Betreff: Planmengen 2025 - Hantelscheiben

Dear Tomasz,
for your capacity planning, our Planmengen (forecast) 2025 for the calibrated steel plates:
Q1 1.000 / Q2 1.400 / Q3 1.200 / Q4 1.200 = 4.800 Stück.
This forecast is non-binding (unverbindlich). Orders follow as numbered POs.
Best regards, Jürgen Maier, Leiter Einkauf
"""
case("p32_forecast_confirmed_as_order", ["RG006", "RG008"],
     "supplier confirms a non-binding 4,800 pcs forecast 'as your order' and has already purchased 96 t of steel for it; nothing is released", [
    ("RE_Planmengen_2025_plates.eml", E(mail(
        "Tomasz Nowak <t.nowak@fitmetal.pl>", "Jürgen Maier <j.maier@kraftwerk-fitness.de>",
        "RE: Planmengen 2025 - Hantelscheiben", "Wed, 24 Jul 2024 12:10:00 +0200",
        "Dear Mr Maier,\n\n"
        "thank you for the 2025 figures. We have entered the 4 800 calibrated steel plates in our production\n"
        "schedule and hereby confirm them as your order for 2025 (order confirmation PFM/OC/2024/311 follows).\n"
        "To secure the price and the mill slot we have already purchased the S355 steel (96 t) for the full 4 800\n"
        "plates; delivery to our plant in week 36.\n\n"
        "Kind regards\nTomasz Nowak\nKey Account Manager | Poznan FitMetal Sp. z o.o.\nul. Gorna Wilda 140, 61-576 Poznan | +48 61 555 20 41\n\n"
        + quote(_pT_q) + "\n")))
])

# U': ops director: don't wait for paperwork, keep the line running; get steel in now
_pU_q = """From: Hannah Cole <hannah.cole@pulseandrow.co.uk>
Sent: 03 June 2024 10:12
Subject: PO PR-24-0398 AR-7 rowers

Jason - PO PR-24-0398 covers the 6 pilot units only. The remaining 234 units of
quote TS-1183 are not released. I'll release them in writing once the pilots pass
our two-week studio trial. Please don't order material for the 234 yet.
Hannah Cole, Sourcing Lead
"""
case("p33_keep_line_running", ["RG006", "RG007"],
     "buyer's ops director: if pilots do well 'just keep the line running into production, no need to wait for paperwork' and 'get the steel in for the rest now' - contradicts written release and sample-only material", [
    ("AR-7_pilots_timing.eml", E(mail(
        "Oliver Grant <oliver.grant@pulseandrow.co.uk>", "Jason Lin <jason.lin@strongway.com.tw>",
        "AR-7 pilots - timing for the autumn openings", "Fri, 14 Jun 2024 18:03:00 +0100",
        "Hi Jason,\n\n"
        "Oliver here - I run operations at Pulse & Row. Hannah's on leave for two weeks so I'm picking up the\n"
        "AR-7 while she's away.\n\n"
        "We're cutting it fine for the Leeds and Glasgow openings. If the pilots do well in the studio trial,\n"
        "just keep the line running into production - no need to wait for paperwork from us. And feel free to\n"
        "get the steel in for the rest now so there's no gap.\n\n"
        "Thanks for all the help so far,\nOliver\n\n"
        "Oliver Grant | Operations Director | Pulse & Row Studios Ltd | +44 161 555 0101\n\n"
        + quote(_pU_q) + "\n",
        cc="Hannah Cole <hannah.cole@pulseandrow.co.uk>")))
])

# ------------------------------------------------------------------ batch 5
# W: buyer's quality plan contradicts its own scope: after sign-off continue directly with series production
case("p34_quality_plan_continue_directly", ["RG007"],
     "buyer quality plan says the 38 are released only by PO revision, then says after sample sign-off the supplier 'continues directly with series production without further notice'", [
    ("TRQ-FT3_quality_plan.docx", docx_bytes([
        ("h1", "LionCity Fit - Technical Requirements & Quality Plan TRQ-FT3"),
        ("p", "Product: FT-3 functional trainer (dual adjustable pulley), supplier Qingdao Hengli Fitness Equipment Co., Ltd."),
        ("p", "Revision 2 - 19 July 2024 - owner: Rajesh Kumar, Head of Operations"),
        ("h", "1. Order scope"),
        ("p", "PO LCF-PO-24130 covers 2 sample units. The 38 production units are not released; they are released only "
              "by a PO revision from Wei Ling Tan (Procurement)."),
        ("h", "2. Technical requirements"),
        ("table", [
            ["Characteristic", "Requirement"],
            ["Weight stacks", "2 x 90 kg, 5 kg plates, 2.5 kg add-on"],
            ["Cable", "5 mm 7x19 galvanised, nylon coated, min. breaking load 12 kN"],
            ["Pulleys", "90 mm glass-filled nylon, sealed bearings"],
            ["Standard", "ISO 20957-1 / EN 957-2"],
            ["Colour", "LCF-Teal powder coat, black ABS shrouds"],
        ]),
        ("h", "3. Sample inspection at Tampines"),
        ("p", "Inspection of both sample units by Rajesh Kumar: cable path, stack travel, noise at full stack, finish."),
        ("h", "4. After sample sign-off"),
        ("p", "Upon successful sign-off of the samples at Tampines, the supplier continues directly with the series "
              "production without further notice, so that the Jurong East delivery date can be held."),
        ("h", "5. Documents per shipment"),
        ("p", "Packing list, test report per unit (cable tension, stack alignment), certificate of conformity."),
    ], author="Rajesh Kumar")),
])

# X: supplier PI: balance starts right after sample approval and deposit
case("p35_pi_after_approval_and_deposit", ["RG007", "RG012"],
     "supplier PI: mass production of the balance starts immediately after sample approval and receipt of the 30% deposit", [
    ("HL-PI-2408-07.pdf", pdf([
        ("h1", "QINGDAO HENGLI FITNESS EQUIPMENT CO., LTD."),
        ("h", "PROFORMA INVOICE HL-PI-2408-07"),
        ("table", [
            ["Buyer", "LionCity Fit Pte Ltd, Singapore", "Date", "2024-08-05"],
            ["Buyer PO", "LCF-PO-24152", "Terms", "CIF Singapore"],
        ]),
        ("sp",),
        ("table", [
            ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "CT-800 curved non-motorised treadmill, sample, LCF teal side panels", "2", "1,480.00", "2,960.00"],
            ["2", "Sea freight LCL + insurance", "1", "620.00", "620.00"],
        ]),
        ("sp",),
        ("p", "Payment: 30% deposit by T/T, 70% against B/L copy."),
        ("p", "Production schedule: mass production of the balance quantity will start immediately after (1) your sample "
              "approval and (2) receipt of the 30% deposit. Lead time 40 days from the later of the two."),
        ("p", "Bank: Bank of China Qingdao Branch, SWIFT BKCHCNBJ500, A/C 2301 1188 0092."),
        ("p", "Linda Wang, Sales"),
    ], title="PI HL-PI-2408-07", author="Linda Wang")),
])

# Y: procurement manager: once samples approved the 196 are approved too; budget approved
_pY_q = """From: Dana Whitfield
Sent: Monday, July 8, 2024 8:02 AM
To: Tomasz Nowak
Subject: PO 4500119455 - SR-400 golden samples

Tomasz - PO 4500119455 covers the 4 golden samples of the SR-400 only. The other 196
units are not released. They are released only by a written release from Marcus Lee,
VP Supply Chain, after the golden samples are signed off. Material for the 4 only.
Dana
"""
case("p36_rest_approved_too", ["RG007", "RG009"],
     "buyer: 'once the golden samples are approved, the 196 are approved too - budget's been approved since June' - approval rolls into production against the written-release rule; 'approved' means sign-off, production release and budget", [
    ("SR-400_timing.eml", E(mail(
        "Dana Whitfield <dana.whitfield@ironpeakfitness.com>", "Tomasz Nowak <t.nowak@fitmetal.pl>",
        "SR-400 - timing", "Tue, 13 Aug 2024 14:36:00 -0600",
        "Hi Tomasz,\n\n"
        "Quick one on timing. Priya's testing the golden samples this week. Once the golden samples are approved,\n"
        "the 196 are approved too - the budget's been approved since June, so there's no reason for your team to\n"
        "sit around waiting on us.\n\n"
        "Can you share the line plan for September so I can line up the DC?\n\nThanks,\nDana\n"
        + sig("Dana Whitfield", "Procurement Manager", "IronPeak Fitness Inc.", "+1 303 555 0172")
        + "\n" + quote(_pY_q) + "\n")))
])

# Z: multi-file: labelled forecast + supplier ack that books it as an order and starts on deposit
case("p37_forecast_acked_as_order", ["RG008", "RG012"],
     "folder: buyer's forecast labelled 'not an order'; supplier thanks for 'your order of 6,000 units' and will start production on receipt of deposit", [
    ("HF_demand_forecast_Q4-2024.txt", """\
HOMEFORM FITNESS LLC - DEMAND FORECAST (NOT AN ORDER)
Supplier : Ningbo Aquaflow Fitness Co., Ltd.        Forecast id : HF-FC-2024-Q4
Issued   : 2024-08-01                               Issued by   : Kelsey Park

SKU          Description                        OCT    NOV    DEC    JAN    FEB    MAR   TOTAL
-----------  ---------------------------------  -----  -----  -----  -----  -----  -----  -----
AQG-ASH-S5   AquaGlide water rower, ash, S5       800  1,400  1,200    900    900    800  6,000
-----------  ---------------------------------  -----  -----  -----  -----  -----  -----  -----
This forecast is for capacity planning only. It is not a purchase order and does not
authorise production or material purchases. Firm quantities come only as numbered POs.
"""),
    ("Order_confirmation_AquaGlide_6000.eml", E(mail(
        "Sunny Xu <sunny@aquaflow-fitness.cn>", "Kelsey Park <kelsey@homeformfitness.com>",
        "Order confirmation - AquaGlide 6,000 units", "Mon, 05 Aug 2024 09:30:00 +0800",
        "Dear Kelsey,\n\n"
        "Thank you very much for your order of 6,000 units AquaGlide (ash, S5 monitor) as per your forecast\n"
        "HF-FC-2024-Q4! We confirm the quantity and we have reserved the line capacity from October to March.\n\n"
        "Our PI AQ-PI-0822 will follow today. Production will start as soon as the 30% deposit is received,\n"
        "so please arrange at your earliest convenience to keep the October shipment.\n\n"
        "Best regards,\nSunny Xu\nSales Manager | Ningbo Aquaflow Fitness Co., Ltd. | +86 574 8688 3120\n"))),
])

# AB': home-fitness brand books a pre-sale forecast as the order, deposit to get started
_pAB = ("Hi Kevin,\n\n"
        "Exciting news - our 11.11 pre-sale page for the WalkPad Fold goes live on 1 October.\n\n"
        "Our pre-sale forecast is 1,500 units. Please book it as our order so we get onto your Q4 schedule - we\n"
        "can't risk losing the slot. The 30% deposit goes out on Friday so your team can get started straight after.\n\n"
        "Colour: Fog Grey (Pantone 428 C), FitNest logo on the deck, UK/EU/SG plug variants per the split we sent.\n\n"
        "Thanks lah!\nJasmine\n\n"
        "Jasmine Goh | Co-founder & Product | FitNest Home Pte Ltd | 71 Ayer Rajah Crescent #02-18, Singapore 139951\n")
case("p38_presale_forecast_booked", ["RG008", "RG012"],
     "home-fitness brand: 'pre-sale forecast is 1,500 units - please book it as our order'; deposit goes out 'so your team can get started'", [
    ("WalkPad_Fold_11.11_presale.eml", E(mail(
        "Jasmine Goh <jasmine@fitnesthome.sg>", "Kevin Zhang <kevin.zhang@hengli-fitness.cn>",
        "WalkPad Fold - 11.11 pre-sale", "Tue, 06 Aug 2024 15:12:00 +0800",
        _pAB, html=p2html(_pAB))))
])

# AC: supplier ERP page converts a customer forecast into a firm sales order
case("p39_supplier_erp_forecast_firm", ["RG008"],
     "supplier's ERP page shows a customer forecast converted into a FIRM sales order of 2,400 treadmills", [
    ("Hengli_ERP_SO-24-0912.html", html_page("SO-24-0912 | Hengli ERP", """
<h2>Qingdao Hengli &ndash; ERP &rsaquo; Sales &rsaquo; Sales order SO-24-0912</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer</td><td>IronPeak Fitness Inc. (C-0441)</td></tr>
<tr><td>Source document</td><td>Customer forecast FC-IPF-2025 (email D. Whitfield, 2024-08-02)</td></tr>
<tr><td>Order type</td><td>Standard sales order</td></tr>
<tr><td>Status</td><td><b>FIRM</b> (converted from forecast by K. Zhang, 2024-08-05)</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Requested ETD</th><th>Line status</th></tr>
<tr><td>1</td><td>T900 commercial treadmill, IPF logo</td><td>600</td><td>2025-02-15</td><td>Firm</td></tr>
<tr><td>2</td><td>T900 commercial treadmill, IPF logo</td><td>600</td><td>2025-05-15</td><td>Firm</td></tr>
<tr><td>3</td><td>T900 commercial treadmill, IPF logo</td><td>600</td><td>2025-08-15</td><td>Firm</td></tr>
<tr><td>4</td><td>T900 commercial treadmill, IPF logo</td><td>600</td><td>2025-11-15</td><td>Firm</td></tr>
</table>
<p>Total: 2,400 units &nbsp;|&nbsp; Production planning: capacity booked on line 3 (Q1&ndash;Q4 2025)</p>
<p class="note">Internal remark (K. Zhang): customer gave 2025 forecast, we treat as firm order to keep line 3 loaded.</p>
""", lang="zh-Hans")),
])

# AD: ECN: "released" used for the drawing (technical) and for production
case("p40_ecn_drawing_released", ["RG009"],
     "engineering change notice: 'drawing released at rev D' (technical) next to 'released only by a written release' (production) - one word, two meanings", [
    ("ECN-0231_GHD-1_rev_D.pdf", pdf([
        ("h1", "Apex Barbell Co. - Engineering Change Notice ECN-0231"),
        ("table", [
            ["Part", "GHD-1 glute ham developer", "Supplier", "Poznan FitMetal Sp. z o.o."],
            ["Drawing", "AB-GHD-1", "Date", "12 Aug 2024"],
            ["PO", "AB-5655 rev 1", "Originator", "Lauren Ortiz, Product Engineering"],
        ]),
        ("sp",),
        ("h", "Change"),
        ("p", "Foot plate angle changed from 15 to 20 degrees; foot roller diameter 95 mm to 110 mm; pad width 300 mm to 320 mm."),
        ("h", "Status"),
        ("p", "Drawing AB-GHD-1 is released at rev D. Rev C is withdrawn."),
        ("h", "Effect on the order"),
        ("p", "PO AB-5655 rev 1, line 3: build 3 (three) samples to rev D now. The 12 rev C samples already built are scrapped at Apex's cost."),
        ("p", "The 480 production units remain on hold. They are released only by a written release from Ryan Brooks, "
              "Director of Sourcing, after the rev D samples are signed off by Lauren Ortiz."),
        ("p", "Material: for the 3 rev D samples only."),
    ], pagesize=LETTER, title="ECN-0231", author="Lauren Ortiz")),
])

# AK': SAP PO print: "RELEASED" for PO release strategy and for production; qty 10 vs EIGHT (8)
case("p41_sap_release_strategy_qty", ["RG009", "RG011"],
     "SAP PO print says 'RELEASED' for the purchasing release strategy and for production; line quantity 10 but line text 'EIGHT (8) PROTO UNITS'", [
    ("4500119501_ME9F.txt", """\
IRONPEAK FITNESS INC                 PURCHASE ORDER                    SAP ME9F  PAGE 1 OF 1
1550 WEWATTA ST STE 400 DENVER CO 80202
------------------------------------------------------------------------------------------
PO NUMBER  : 4500119501            PO DATE : 08/14/2024       CURRENCY : USD
VENDOR     : 300912 QINGDAO HENGLI FITNESS EQUIPMENT CO LTD
RELEASE    : RELEASED - REL. STRATEGY Z2 (M. LEE 08/14/2024)
------------------------------------------------------------------------------------------
LN  MATERIAL        DESCRIPTION                          QTY  UOM    UNIT PR     NET VALUE
--  --------------  ----------------------------------  ----  ---  ---------  ------------
10  E-700-PROTO     ELLIPTICAL E-700 PROTO UNIT           10  EA      1,240.00    12,400.00
------------------------------------------------------------------------------------------
LINE TEXT 10:
  PRODUCTION RELEASE: EIGHT (8) PROTO UNITS ONLY.
  BALANCE OF QUOTE QH-24-0777 (232 EA) IS NOT RELEASED - DO NOT START, NO MATERIAL.
  BALANCE IS RELEASED ONLY BY WRITTEN RELEASE FROM MARCUS LEE, VP SUPPLY CHAIN,
  AFTER PROTO SIGN-OFF (ISO 20957-9 TEST, DENVER LAB).
------------------------------------------------------------------------------------------
TOTAL NET VALUE                                                                12,400.00
BUYER: D. WHITFIELD  303-555-0172
"""),
])

# AH: multi-file: PO says 40 m2 of sample tiles; supplier's order confirmation confirms 50 m2
case("p42_po_vs_supplier_oc", ["RG011"],
     "folder: PO releases 40 m2 of sample tiles; supplier order confirmation confirms 50 m2 of sample tiles for the same PO", [
    ("AB-5670_purchase_order.pdf", pdf([
        ("h1", "Apex Barbell Co. - Purchase Order AB-5670"),
        ("p", "Vendor: Ningbo Zhenhai Rubber Products Co., Ltd.  |  Date: 15 Aug 2024  |  FOB Ningbo"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "FLR-HD-30-SMPL", "Heavy-duty deadlift tile 1000 x 1000 x 30 mm, black, sample", "40 m²", "21.50", "860.00"],
        ]),
        ("sp",),
        ("p", "Scope: 40 m² of sample tiles only. The 1,960 m² production quantity on quote NZR-Q-2433 is not released - "
              "do not mould it or buy compound for it."),
        ("p", "The production quantity is released only by a written release from Ryan Brooks, Director of Sourcing, "
              "after the drop test (100 kg bar from 1.0 m, 50 drops) is signed off by Lauren Ortiz."),
    ], pagesize=LETTER, title="PO AB-5670", author="Apex Barbell Co.")),
    ("NZR_order_confirmation_AB-5670.docx", docx_bytes([
        ("h1", "Ningbo Zhenhai Rubber Products Co., Ltd. - Order Confirmation OC-NZR-24-0388"),
        ("p", "Customer: Apex Barbell Co.   Your PO: AB-5670   Date: 2024-08-16"),
        ("table", [
            ["Item", "Description", "Confirmed qty", "Ship date"],
            ["FLR-HD-30-SMPL", "Heavy-duty deadlift tile 1000x1000x30 mm, black, sample", "50 m²", "2024-08-30"],
        ]),
        ("p", "We confirm 50 m² of sample tiles for your drop test. Production quantity not released; we wait for Ryan's written release."),
        ("p", "Amy Chen, Export Sales"),
    ], author="Amy Chen")),
])

# AI: multi-file: portal call-off says 40, written release letter for the same call-off says 60
case("p43_portal_vs_release_letter", ["RG011"],
     "folder: portal call-off CO-3 releases 40 racks; the signed release letter for CO-3 releases 60 racks", [
    ("SCG_portal_CO-3_BA-7781.html", html_page("Call-off CO-3 | Southern Cross Gyms Supplier Portal", """
<h2>Southern Cross Gyms &ndash; Supplier Portal</h2>
<p>Supplier: <b>Binh Duong Steelcraft Co., Ltd.</b> (V-3304)</p>
<h3>Call-off CO-3 against Blanket Agreement BA-7781 &ndash; R3 power rack</h3>
<table>
<tr><th>Item</th><th>Agreement qty</th><th>Released before</th><th>This call-off</th><th>Not released after CO-3</th></tr>
<tr><td>R3-PR power rack</td><td>300</td><td>60</td><td>40</td><td>200</td></tr>
</table>
<div class="note"><p>Build the racks of this call-off now; material for released racks only. The remaining racks are
released only by further call-offs signed by Tash Ryan.</p></div>
<p>Delivery: Gold Coast (Southport, Robina, Coomera) club openings, on site by 15 Nov 2024.</p>
""")),
    ("SCG_release_letter_CO-3.pdf", pdf([
        ("h1", "Southern Cross Gyms - Production release, call-off CO-3"),
        ("p", "To: Binh Duong Steelcraft Co., Ltd. - Blanket Agreement BA-7781 - R3 power rack"),
        ("p", "Date: 16 August 2024"),
        ("p", "Under call-off CO-3 I release 60 (sixty) R3 power racks for production, for the three Gold Coast clubs "
              "(Southport, Robina, Coomera)."),
        ("p", "All racks beyond those released under CO-1 to CO-3 remain not released until further call-offs signed by me."),
        ("p", "Tash Ryan, Procurement Manager"),
    ], title="Release CO-3", author="Tash Ryan")),
])

# AJ: LINE chat: buyer says 6 protos, later "the 8 protos ship Friday"
case("p44_line_chat_6_vs_8", ["RG011"],
     "chat: buyer authorises 6 proto bikes, later refers to 'the 8 protos' without any change note; supplier follows the 8", [
    ("LINE_chat_HomeForm_Strongway_SB-500.txt", """\
[LINE] Chat history with HomeForm x Strongway SB-500
Saved on: 2024/08/23 09:15

2024/07/30(Tue)
10:02	Kelsey Park	Hi Jason! PO HF-3475 is in your inbox. Please make 6 proto units of the SB-500 smart bike.
10:03	Kelsey Park	The rest of the quote (1,494 units) is not released - please don't start it or buy parts for it. I'll release it in writing after our product team signs off the protos.
10:15	Jason Lin	Got it Kelsey, thank you 🙏 6 protos, rest wait for your written release.
10:16	Jason Lin	Flywheel 18 kg or 20 kg?
10:40	Kelsey Park	20 kg please, magnetic resistance, 100 levels

2024/08/21(Wed)
16:48	Jason Lin	[Photo]
16:48	Jason Lin	Protos assembly finish. Console firmware v1.3 loaded.
17:05	Kelsey Park	These look amazing!! So the 8 protos ship Friday, yes? 🙌 Two of them go to our Denver influencer team
17:20	Jason Lin	Yes, 8 units ship Friday by air 👍
"""),
])

# AL: German release letter: text releases 20 units, table says 25
case("p45_release_letter_text_vs_table", ["RG011"],
     "release letter: text releases 20 (zwanzig) units, the table in the same letter says release quantity 25", [
    ("Produktionsfreigabe_LP-90_KW.docx", docx_bytes([
        ("h1", "KraftWerk Fitness GmbH - Produktionsfreigabe / Production release"),
        ("p", "An / To: Qingdao Hengli Fitness Equipment Co., Ltd. - Mr Kevin Zhang"),
        ("p", "Bestellung / Order: 4700021455 rev 1 (LP-90 plate-loaded leg press) - Köln, 20.08.2024"),
        ("p", "The two prototypes passed the load test per EN ISO 20957-2 at TÜV Rheinland (report 21-0815-LP90) and "
              "were signed off on 16.08.2024."),
        ("p", "We hereby release 20 (zwanzig) units of LP-90 for production."),
        ("table", [
            ["Artikel", "Freigabemenge / release qty", "Liefertermin", "Bemerkung"],
            ["LP-90", "25 Stk", "KW 46", "FOB Qingdao, 1 x 40'HQ"],
        ]),
        ("sp",),
        ("p", "The remaining 38 units of the forecast stay on hold. They are released only after the first production lot "
              "has passed our incoming inspection and by a further written release from Jürgen Maier."),
        ("p", "Material: for the released units only."),
        ("p", "Mit freundlichen Grüßen / Kind regards - Jürgen Maier, Leiter Einkauf"),
    ], author="Jürgen Maier")),
])

# ###CASES-END###


# =================================================================== writer
def fmt_of(fn):
    return Path(fn).suffix.lower().lstrip(".")


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h101_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary
    per_rule = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    per_fmt = Counter(fmt_of(fn) for c in CASES for fn, _ in c["files"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multi}")
    for r in sorted(per_rule):
        print(f"  {r}: {per_rule[r]}")
    print("  top-level files per format:", dict(sorted(per_fmt.items())))
    print("  multi-file folders:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    build()
