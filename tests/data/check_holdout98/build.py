#!/usr/bin/env python3
"""Generator for the releasegate check_holdout98 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout98/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.
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
    m["Message-ID"] = msgid or f"<h98-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h98")
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




def txt(s):
    """Plain text file content: strip the leading newline of a triple-quoted block."""
    return s.lstrip("\n")


def wa(lines):
    """WhatsApp (Android) export: list of (date, time, who, text)."""
    return "".join(f"{d}, {t} - {w}: {x}\n" for d, t, w, x in lines)


def wa_ios(lines):
    """WhatsApp (iOS) export: list of (date, time, who, text)."""
    return "".join(f"[{d}, {t}] {w}: {x}\n" for d, t, w, x in lines)


def wechat(title, lines):
    """WeChat history export: list of (timestamp, who, text)."""
    out = [f"WeChat chat history: {title}", "=" * 60, ""]
    for ts, w, x in lines:
        out.append(f"{ts}  {w}")
        out.append(x)
        out.append("")
    return "\n".join(out)


def quote(text, depth=1):
    p = ">" * depth + " "
    return "\n".join((p + l).rstrip() if l else ">" * depth for l in text.strip("\n").split("\n"))


# ==================================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = at least one risk.
# ---------------------------------------------------------------- batch 1
# c01: supplier quote with a sample tier and production tiers, nothing authorized.
case("c01_siam_quote_tiers", [], "supplier quote alone: sample and production tiers, no authorized quantity",
     [("SSC-QT-2405-118.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Siam Steelcraft Co., Ltd. - 88/14 Moo 5, Tambon Map Yang Phon, Pluak Daeng, Rayong 21140, "
               "Thailand - Tax ID 0215551004412 - export@siamsteelcraft.co.th"),
         ("p", "To: Karoo Overland (Pty) Ltd, 14 Gemsbok Street, Rosslyn, Pretoria 0200, South Africa. "
               "Attn: Mr. Johan van der Merwe, Product Buyer"),
         ("p", "Quotation No.: SSC-QT-2405-118    Date: 6 May 2024    Validity: 60 days    "
               "Incoterm: FOB Laem Chabang    Currency: USD"),
         ("sp",),
         ("table", [
             ["Item", "Description", "Qty", "Unit price USD", "Remark"],
             ["1", "KO-BB-HLX24 winch-compatible bull bar, Toyota Hilux 2024 (GUN126), 3 mm "
                   "S355 tube, satin black powder coat - fitment sample", "4 sets", "465.00",
              "hand-welded on production jig, incl. hardware kit"],
             ["2", "KO-BB-HLX24 as item 1 - production tier", "200 sets (MOQ)", "298.00",
              "approx. 150-200 sets per 40HC"],
             ["3", "KO-BB-HLX24 as item 1 - production tier", "500 sets", "276.00", ""],
             ["4", "Bending die + welding jig (one-off)", "1 lot", "2,850.00",
              "refundable after 1,000 sets shipped"],
         ]),
         ("sp",),
         ("p", "Lead time: fitment samples 25 days after drawing confirmation. Production lots 45-50 days "
               "after your written production order."),
         ("p", "Payment: samples and jig 100% T/T in advance. Production lots 30% T/T deposit with order, "
               "70% balance payment against copy of B/L."),
         ("p", "Packing: each bar in bubble wrap + 5-ply carton, 18.5 kg gross, carton 1,620 x 520 x 310 mm. "
               "Airbag-compatibility and pedestrian testing are not included and to be arranged by the buyer."),
         ("p", "Prices based on HR steel price index of April 2024 (THB 27.40/kg). Steel surcharge may apply "
               "if the index moves more than 8% before order."),
         ("sp",),
         ("p", "Nattaya Phromsiri - Export Sales Manager - Siam Steelcraft Co., Ltd. - +66 38 655 210"),
     ], title="SSC-QT-2405-118", author="Siam Steelcraft"))])


# c02: WhatsApp, supplier asks about the balance, buyer answers with full scope.
case("c02_whatsapp_canopy_question", [],
     "supplier asks for a go-ahead (question); buyer answers: 20 only, 480 not released, written release by named ops director after signed fitment report",
     [("WhatsApp_Chat_Anan_Chonburi_Offroad.txt", wa([
         ("14/05/2024", "08:02", "Anan Chonburi Offroad", "Good morning Khun Shane 🙏"),
         ("14/05/2024", "08:03", "Anan Chonburi Offroad",
          "20 set trial-fit canopy rack finish powder coat yesterday, QC check ok, packing today"),
         ("14/05/2024", "08:03", "Anan Chonburi Offroad", "<Media omitted>"),
         ("14/05/2024", "08:04", "Anan Chonburi Offroad", "<Media omitted>"),
         ("14/05/2024", "08:07", "Anan Chonburi Offroad",
          "Question: do we have go-ahead for balance 480 set? Our line free from 27 May, want to book for you"),
         ("14/05/2024", "08:31", "Shane Whitfield OTG", "Morning Anan, racks look mint 👌"),
         ("14/05/2024", "08:33", "Shane Whitfield OTG",
          "Short answer no mate. PO 4500-2231 is for the 20 trial-fit sets only. The other 480 are NOT released "
          "- don't book the line and don't cut any tube for them"),
         ("14/05/2024", "08:34", "Shane Whitfield OTG",
          "We fit the 20 on customer utes at the Brisbane and Townsville stores first. Once the fitment report "
          "is signed off, Darren Pike (our Ops Director) sends you the production release in writing. "
          "Nothing moves on the 480 before that email lands"),
         ("14/05/2024", "08:35", "Anan Chonburi Offroad",
          "Understand. 20 only, 480 wait written release from Mr Darren. We not book line 🙏"),
         ("14/05/2024", "08:36", "Shane Whitfield OTG",
          "Legend. Ship the 20 LCL this week, booking ref is with Kerry Logistics"),
         ("14/05/2024", "08:40", "Anan Chonburi Offroad", "ok ETD Laem Chabang 18/05, ETA Brisbane approx 30/05"),
         ("14/05/2024", "08:41", "Anan Chonburi Offroad", "👍"),
     ]))])


# c03: HTML vendor-portal demand forecast, clearly labelled.
_c03_rows = [
    ("TD-TC-F150-55", "Tri-fold hard cover, Ford F-150 5.5 ft (2021-)", [120, 140, 160, 220, 260, 180]),
    ("TD-TC-RAM-57", "Tri-fold hard cover, Ram 1500 5.7 ft (2019-)", [80, 90, 90, 140, 170, 110]),
    ("TD-TC-TAC-50", "Tri-fold hard cover, Toyota Tacoma 5 ft (2024-)", [60, 60, 75, 110, 130, 90]),
]
_c03_tbl = "<table>\n<tr><th>SKU</th><th>Description</th><th>Jun</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th></tr>\n"
for sku, desc, q in _c03_rows:
    _c03_tbl += f"<tr><td>{sku}</td><td>{escape(desc)}</td>" + "".join(f"<td>{x}</td>" for x in q) + "</tr>\n"
_c03_tbl += "</table>\n"
case("c03_portal_forecast", [],
     "vendor-portal demand forecast clearly labelled non-binding, no PO, no production or material authority",
     [("traildock_vendor_central_2024-06.html", html_page("TrailDock Vendor Central - Demand Forecast", f"""
<div style="background:#1f3a5f;color:#fff;padding:8px"><b>TrailDock Vendor Central</b> &nbsp;|&nbsp; Vendor 20418 - Taichung Precision Tonneau Co., Ltd. &nbsp;|&nbsp; Signed in as kevin.lin@tpt-tonneau.com.tw</div>
<h2>Demand Forecast - published 3 June 2024</h2>
<div class="note"><b>Planning information only.</b> This forecast is not a purchase order. It does not commit TrailDock to buy
any quantity and it authorizes no production and no material purchases. Quantities become orders only through a
TrailDock purchase order, and production only through a written call-off against that order.</div>
<p>Units per month, all ship-to DC Austin TX (ATX1). Forecast horizon 6 months. Next update: 1 July 2024.</p>
{_c03_tbl}
<p>Forecast accuracy (last 6 months, SKU level): 81%. Questions on the forecast: planning@traildock.com.</p>
<p style="color:#777">Inbound appointments, ASN rules and the routing guide are under <i>Logistics &gt; Routing guide v7</i>.</p>
"""))])


# c04: engineering sign-off email, fit check only, production not released (multipart/alternative).
_c04_text = """Kevin,

The two (2) trial-fit samples of TPT-HF-SIL58 arrived Monday and we fitted them on our 2024 Silverado 1500
test truck and on a customer's 2023 Sierra on Tuesday.

Findings:
- bulkhead seal contact good along the full width
- clamps clear the bed rail caps, no contact with the tie-down cleats
- drain tubes route fine on both trucks, water test 10 min with no ingress
- one latch on sample #2 needed 2 attempts to close (photo in the shared folder)

Disposition: samples approved for fit check only. This is not a production release. The quoted production
quantity of 300 covers is not released, and nothing on PO 71-40882 beyond the 2 samples is authorized.

Next step on our side is the drop test and the 500-cycle latch test (about 3 weeks). After those are signed off,
Jenna Ortiz, VP Operations, issues the production release in writing together with a revised PO. Please do not
order fabric, panels or extrusions for production before then.

Thanks for the fast turnaround on these.

Dana
""" + sig("Dana Kowalski", "Product Engineer", "Mesa Ridge Outfitters LLC, Boise ID", "+1 208 555 0142")
_c04_html = """<html><body><p>Kevin,</p>
<p>The two (2) trial-fit samples of TPT-HF-SIL58 arrived Monday and we fitted them on our 2024 Silverado 1500
test truck and on a customer's 2023 Sierra on Tuesday.</p>
<p>Findings:</p><ul>
<li>bulkhead seal contact good along the full width</li>
<li>clamps clear the bed rail caps, no contact with the tie-down cleats</li>
<li>drain tubes route fine on both trucks, water test 10 min with no ingress</li>
<li>one latch on sample #2 needed 2 attempts to close (photo in the shared folder)</li></ul>
<p><b>Disposition: samples approved for fit check only. This is not a production release.</b> The quoted production
quantity of 300 covers is not released, and nothing on PO 71-40882 beyond the 2 samples is authorized.</p>
<p>Next step on our side is the drop test and the 500-cycle latch test (about 3 weeks). After those are signed off,
Jenna Ortiz, VP Operations, issues the production release in writing together with a revised PO. Please do not
order fabric, panels or extrusions for production before then.</p>
<p>Thanks for the fast turnaround on these.</p><p>Dana</p>
<p style="color:#666">Dana Kowalski | Product Engineer | Mesa Ridge Outfitters LLC, Boise ID | +1 208 555 0142</p>
</body></html>"""
case("c04_fitcheck_only_email", [],
     "sample approved for fit check only; 300 not released; drop/latch sign-off then written release by named VP",
     [("Trial_fit_TPT-HF-SIL58.eml", eml_bytes(mail(
         "Dana Kowalski <dana.kowalski@mesaridge-outfitters.com>", "Kevin Lin <kevin.lin@tpt-tonneau.com.tw>",
         "Trial fit result - TPT-HF-SIL58 samples (PO 71-40882)", "Wed, 15 May 2024 16:20:00 -0600",
         _c04_text, html=_c04_html, cc="Tyler Brooks <tyler.brooks@mesaridge-outfitters.com>")))])


# c05: full-quantity PO, no samples, no balance; "proceed with the 240 sets".
case("c05_full_qty_mats_po", [],
     "full-quantity PO for 240 sets (sum of lines), no balance; 'proceed' is scoped to the 240",
     [("DL-PO-2405-41.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Dune Line Auto Accessories LLC - Warehouse 7, Al Quoz Industrial Area 3, Dubai, UAE - "
               "TRN 100238745600003"),
         ("p", "Supplier: Bursa Oto Aksesuar San. ve Tic. A.S., Nilufer OSB, 16140 Bursa, Turkiye - "
               "Attn: Mr. Emre Yilmaz"),
         ("p", "PO No.: DL-PO-2405-41    Date: 21 May 2024    Ref.: your PI BOA-PI-24-0388 dated 17 May 2024    "
               "Terms: CIF Jebel Ali, payment 60 days from B/L date"),
         ("sp",),
         ("table", [
             ["Line", "SKU", "Description", "Qty (sets)", "Unit EUR", "Amount EUR"],
             ["1", "DL-FM-LC300-5S", "3D TPE floor mat set, Land Cruiser 300, 5-seat, black", "80", "41.50",
              "3,320.00"],
             ["2", "DL-FM-PAT-Y62", "3D TPE floor mat set, Nissan Patrol Y62, 8-seat, black", "100", "44.00",
              "4,400.00"],
             ["3", "DL-FM-PR250", "3D TPE floor mat set, Land Cruiser Prado 250, beige", "60", "41.50",
              "2,490.00"],
             ["", "", "Total", "240", "", "10,210.00"],
         ]),
         ("sp",),
         ("h", "Order scope"),
         ("p", "This PO covers the full order quantity of 240 sets. There is no sample stage and no further "
               "quantity under this order; all three mat designs were fitted and signed off on the 2023 order "
               "DL-PO-2311-12. Please proceed with the 240 sets as per the confirmed artwork AW-DL-07."),
         ("p", "Packing: each set in printed polybag and retail carton with Arabic/English label, 6 sets per "
               "master carton. Certificate of conformity and REACH/SVHC declaration with the shipping documents."),
         ("p", "Delivery: ready for shipment by 5 July 2024. Notify party: Gulf Link Shipping LLC, Jebel Ali."),
         ("sp",),
         ("p", "Faisal Rahman - Procurement Manager - Dune Line Auto Accessories LLC - +971 4 555 0187"),
     ], title="DL-PO-2405-41", author="Dune Line"))])


# c06: ERP call-off with staged material authority above the released quantity (German buyer, EU numbers).
case("c06_calloff_staged_material", [],
     "call-off releases 400, 800 on hold until next call-off signed by named head of product; staged material authority up to 800 (explicit)",
     [("Abruf_5500001274-01.txt", txt("""
HOEHENWEG OFFROAD GMBH           LIEFERABRUF / CALL-OFF                 Seite 1/1
Motorstrasse 41, 70499 Stuttgart                           Druckdatum: 21.05.2024
--------------------------------------------------------------------------------
Lieferant / Supplier : 400812  TAICHUNG PRECISION TONNEAU CO., LTD.
                               No. 18, Gongye 32nd Rd, Xitun Dist., Taichung 407
Rahmenvertrag/Blanket: 5500001274               Abruf-Nr. / Call-off no.: 01
Material             : HW-RS-AMA23  Rollo-Abdeckung Amarok (2023-) DoKa, Alu,
                       schwarz eloxiert / roller shutter tonneau, black anod.
Zeichnung / Drawing  : HW-RS-AMA23-Z  Rev. 04     Pruefnorm: ISO 9227 NSS 480 h
--------------------------------------------------------------------------------
Pos   Menge/Qty   ME   Liefertermin    Status
010        400    ST   KW 30/2024      PRODUCTION RELEASED BY THIS CALL-OFF
020        800    ST   --              NOT RELEASED - ON HOLD
--------------------------------------------------------------------------------
Rahmenmenge gesamt / blanket total:  1.200 ST       Preis/Price: EUR 312,40 /ST
--------------------------------------------------------------------------------
HINWEISE / NOTES
1. Released for production by this call-off: 400 ST (Pos 010) only.
2. Pos 020 (800 ST) is not released. It is released only by a further call-off
   (Abruf 02), signed by Florian Weiss, Leiter Produktmanagement / Head of
   Product. No other document releases Pos 020.
3. MATERIAL AUTHORITY - STAGED: you may buy aluminium slat extrusion, side
   rails and canister profiles for up to 800 ST in total (400 released + 400
   staged), at Hoehenweg's liability. No material beyond 800 ST equivalent.
   Staged material is material only - fabrication of the staged 400 ST is
   not released.
4. Delivery DAP Stuttgart, Incoterms 2020. Packaging per VDA 4500 label spec.
--------------------------------------------------------------------------------
Erstellt / Created: K. Baumann (Einkauf)     Freigabe Abruf: F. Weiss
"""))])


# c07: DOCX with an explicit, recorded auto-conversion (quantity, signer, conditions) + hold on the rest.
case("c07_autoconversion_agreement", [],
     "explicit recorded auto-conversion: approved sign-off by named person releases 200; 800 on hold until written release by named ops director",
     [("OTG-LB-32_terms.docx", docx_bytes([
         ("h1", "Sample sign-off and auto-conversion terms - OTG-LB-32"),
         ("p", "Product: OTG-LB-32, 32-inch dual-row LED light bar, 180 W, IP68, ECE R149 Class B pattern. "
               "Supplier: Guangzhou Brightway LED Lighting Co., Ltd. Buyer: Outback Trail Gear Pty Ltd, Brisbane."),
         ("p", "Commercial documents: sample PO 4500-2260 (10 units, issued 2 May 2024); quotation "
               "GBW-Q-24-0219 (production quantity 1,000 units, forecast basis)."),
         ("h", "1. Quantities"),
         ("table", [
             ["Quantity", "Units", "Status"],
             ["Engineering samples", "10", "Released under PO 4500-2260"],
             ["First production lot", "200", "Converts automatically on an approved sign-off (clause 3)"],
             ["Remaining production quantity", "800", "On hold - written release required (clause 4)"],
         ]),
         ("h", "2. Sample sign-off"),
         ("p", "The 10 samples are tested at our Brisbane workshop: photometry against ECE R149, IP68 immersion "
               "(1 m, 30 min), 72 h vibration on the corrugation rig and fitment on LC79 and Next-Gen Ranger "
               "roof bars. The result is recorded as a sign-off: approved, interim or rejected."),
         ("h", "3. Auto-conversion (recorded)"),
         ("p", "If, and only if, the 10 samples receive an approved sign-off without conditions, signed by Shane "
               "Whitfield, Product Development Manager, on test report TR-OTG-LB32 no later than 30 June 2024, "
               "that sign-off by itself releases 200 units for production. An interim or rejected sign-off "
               "releases nothing. A sign-off after 30 June 2024 releases nothing."),
         ("p", "Recorded on 2 May 2024. Agreed by Amy Zhang, Sales Director, Guangzhou Brightway, and by "
               "Darren Pike, Operations Director, Outback Trail Gear."),
         ("h", "4. Remaining quantity"),
         ("p", "The remaining 800 production units are not released. They are released only by a written production "
               "release signed by Darren Pike, Operations Director, after the first 200 units pass our incoming "
               "inspection (lot acceptance)."),
         ("h", "5. Material authority"),
         ("p", "Sample-only until the auto-conversion in clause 3 takes effect; from then, staged up to 200 units. "
               "LED chips, drivers and housings for the remaining 800 are not authorized."),
     ], author="Shane Whitfield"))])


# p01: buyer treats the deposit as the start signal on a full-quantity order.
_p01 = """G'day Jason,

Deposit went through this arvo - 30% of PI HD-PI-24077, USD 21,870.00, remittance from NAB below.
So that's you sorted: crack on with the 600 racks now, no need to wait on anything else from us.

Can you confirm ETD Ningbo? We need them landed in Fremantle before the Easter rush, so anything
later than the first week of Feb is no good to us. Same carton spec as last time please, and the
Redline logo laser-etched on the front rail, not the sticker.

Remittance: NAB ref 8841 2290 1177, value date 12/09/2024, beneficiary Ningbo Hengda Auto Parts Co., Ltd.

Cheers,
Mick
""" + sig("Mick Faulkner", "Purchasing Manager", "Redline 4WD Accessories Pty Ltd, Welshpool WA", "+61 8 9355 0171") + """

On Tue, 10 Sep 2024 at 10:02, Jason Wu <jason.wu@hengda-autoparts.cn> wrote:
""" + quote("""Dear Mick,

Thank you for your PO RL-24-0455 for 600 pcs RL-PR-1850 platform rack (1850 x 1250 mm).
Attached our PI HD-PI-24077. Production will start after we receive the deposit as per PI terms.

Best regards
Jason Wu
Sales Manager, Ningbo Hengda Auto Parts Co., Ltd.""")
case("p01_deposit_crack_on", ["RG012"],
     "buyer: deposit went through so crack on with the 600 (full-quantity PO, payment treated as the start signal)",
     [("RE_PI_HD-PI-24077.eml", eml_bytes(mail(
         "Mick Faulkner <mick@redline4wd.com.au>", "Jason Wu <jason.wu@hengda-autoparts.cn>",
         "RE: PI HD-PI-24077 - 600 x RL-PR-1850 platform racks", "Thu, 12 Sep 2024 15:48:00 +0800",
         _p01, in_reply_to="<hd-24077@hengda-autoparts.cn>")))])


# p02: supplier reads tooling payment + deposit as authority for mass production (buyer scope quoted).
_p02 = """Dear Khun Johan,

Thank you very much, we received your T/T for the jig/tooling invoice and the deposit today.
So we arrange the mass production of your bull bar now, our planning put your order in line from
3 June and ETD Laem Chabang around 15 July.

The 4 fitment sample sets will ship by DHL on 24 May as promised, AWB we send you after pickup.

Best regards,
Nattaya
""" + sig("Nattaya Phromsiri", "Export Sales Manager", "Siam Steelcraft Co., Ltd., Rayong", "+66 38 655 210") + """

-----Original Message-----
From: Johan van der Merwe <johan@karoo-overland.co.za>
Sent: Tuesday, 14 May 2024 11:05
To: Nattaya Phromsiri <export@siamsteelcraft.co.th>
Subject: PO KO-24-0166 - 4 x fitment sample bull bar Hilux

""" + quote("""Nattaya,

PO KO-24-0166 attached for 4 fitment sample sets of KO-BB-HLX24 only.

The 196 production sets on your quote SSC-QT-2405-118 are not released. They are released only after our
fitment test in Pretoria is signed off and Thandi Nkosi, Supply Chain Manager, sends you a written release.

We have paid the jig/tooling invoice and the deposit per your PI so that the jig can start. Payment is not a
production release. Material authority: sample-only.

Regards
Johan van der Merwe
Product Buyer, Karoo Overland (Pty) Ltd""")
case("p02_supplier_deposit_mass_prod", ["RG012"],
     "supplier reads the deposit as authority: 'received the deposit, so we arrange the mass production'; buyer scope (quoted) complete",
     [("RE_PO_KO-24-0166.eml", eml_bytes(mail(
         "Nattaya Phromsiri <export@siamsteelcraft.co.th>", "Johan van der Merwe <johan@karoo-overland.co.za>",
         "RE: PO KO-24-0166 - 4 x fitment sample bull bar Hilux", "Mon, 20 May 2024 16:12:00 +0700",
         _p02, in_reply_to="<ko-24-0166@karoo-overland.co.za>")))])


# p03: supplier treats PO acceptance as production clearance; buyer PO (attached) names no release person.
_p03_po = pdf([
    ("h1", "PURCHASE ORDER 4500-2277"),
    ("p", "Outback Trail Gear Pty Ltd - 22 Kingsford Smith Drive, Eagle Farm QLD 4009, Australia - ABN 41 612 558 903"),
    ("p", "Supplier: Pune Forge & Rigging Pvt. Ltd., Plot J-118, MIDC Bhosari, Pune 411026, India"),
    ("p", "PO date: 09.05.2024    Buyer: Kylie Brennan, Purchasing    Delivery: DAP Brisbane"),
    ("sp",),
    ("table", [
        ["Line", "Part no.", "Description", "Qty", "Unit AUD", "Scope"],
        ["1", "OTG-RP-NG", "Rated recovery point, Next-Gen Ranger/Everest, forged, WLL 4.75 t, "
                           "zinc + black powder coat, incl. M12 10.9 bolts", "20 pcs", "38.60",
         "trial-fit samples"],
    ]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "This PO covers 20 trial-fit sample recovery points only. The quoted production quantity of "
          "1,000 pcs (your quotation PFR/Q/24-113) is not released by this PO. The balance stays on hold until "
          "our trial-fit sign-off and a revised PO from Outback Trail Gear."),
    ("p", "Each sample to be proof-load tested to 2 x WLL with certificate. Forging drawing OTG-RP-NG-D Rev 3."),
])
_p03 = """Dear Ms. Kylie,

Greetings from Pune Forge!

We are pleased to confirm acceptance of your Purchase Order no. 4500-2277 dated 09.05.2024. Please find
attached your PO duly signed and stamped for your records.

Since the PO now stands accepted in our system, production stands cleared and our forge shop will commence
the production run this week itself, along with the samples, so that we can offer you the best delivery.
Proof load certificates will be shared along with the sample dispatch.

Kindly do the needful and share your forwarder details at the earliest.

Thanks and regards,
Rajesh Kulkarni
Manager - Exports
Pune Forge & Rigging Pvt. Ltd.
+91 20 2712 5540
"""
case("p03_po_acceptance_cleared", ["RG005", "RG012"],
     "supplier treats PO acceptance as production clearance; attached sample PO has hold and unlock event but names no release person",
     [("PO_4500-2277_OTG-RP-NG.eml", eml_bytes(mail(
         "Rajesh Kulkarni <exports@puneforge.in>", "Kylie Brennan <kylie.brennan@outbacktrailgear.com.au>",
         "Order Acceptance - PO 4500-2277 - Recovery points OTG-RP-NG", "Mon, 13 May 2024 12:30:00 +0530",
         _p03, attachments=[("PO_4500-2277_signed.pdf", _p03_po, PDF_MT)])))])


# p04: WhatsApp (iOS) - invoice payment used as the trigger for the second container.
case("p04_whatsapp_paid_invoice_container2", ["RG012"],
     "buyer: paid the container-1 invoice so load up container 2 (1,100); container 2 was on hold for a call-off by named VP",
     [("WhatsApp_Chat_Emre_Bursa_Oto.txt", wa_ios([
         ("02/07/2024", "07:55:10", "Tyler Brooks", "Morning Emre! Quick recap for your planning team:"),
         ("02/07/2024", "07:56:02", "Tyler Brooks",
          "Blanket MR-BL-24-07 = 2,200 sets of the 3D mats (Bronco, Wrangler JL, Tacoma). Call-off 1 = 1,100 sets, "
          "released, container 1. Container 2 (the other 1,100) stays on hold until Jenna Ortiz sends call-off 2, "
          "after container 1 clears our inspection in Savannah."),
         ("02/07/2024", "08:20:44", "Emre Yilmaz", "Good morning Tyler, understood 👍 container 1 loading 19 July"),
         ("19/07/2024", "16:02:31", "Emre Yilmaz", "Container 1 loaded, seal TR-448120, B/L draft in email"),
         ("19/07/2024", "16:02:58", "Emre Yilmaz", "<attached: 00000012-PHOTO-2024-07-19-16-02-58.jpg>"),
         ("24/07/2024", "09:10:05", "Tyler Brooks", "Awesome, thanks Emre"),
         ("07/08/2024", "14:41:19", "Tyler Brooks",
          "Hey Emre, we just wired payment for the container 1 invoice (INV BOA-24-1192) 👍"),
         ("07/08/2024", "14:41:50", "Tyler Brooks",
          "so you're clear to load up container 2 - same 1,100 sets, same colour split as container 1"),
         ("07/08/2024", "14:58:12", "Emre Yilmaz",
          "Payment received, thank you! Then we start cutting for container 2 tomorrow morning"),
         ("07/08/2024", "15:00:03", "Tyler Brooks", "🙌"),
     ]))])


# p05: WeChat - Chinese supplier reads the paid mould fee as project confirmation and plans mass production.
case("p05_wechat_mould_fee_confirmed", ["RG012"],
     "supplier: mould fee paid means project confirmed, mass production right after samples ship; buyer scope in chat complete",
     [("WeChat_Coco_Lin_Xiamen_Polymat.txt", wechat("Coco Lin (Xiamen Polymat) / Pieter Botha", [
         ("2024-05-08 09:12:40", "Pieter Botha",
          "Hi Coco, PO BBG-24-0188 sent to your email. It is for 6 sample sets of the TPE bakkie liners only "
          "(3 x Ranger PX4 double cab, 3 x Hilux GD-6 double cab)."),
         ("2024-05-08 09:13:55", "Pieter Botha",
          "The 500 production sets on your quote are NOT released. Release only after we sign off the samples "
          "in Durban and Thandeka Mokoena (Procurement Manager) sends you a written release. Mould fee I pay "
          "separately this week."),
         ("2024-05-08 09:30:02", "Coco Lin", "Received Pieter, thank you 😊"),
         ("2024-05-17 15:44:18", "Coco Lin",
          "Pieter good news, we received the mould fee USD 6,800 and the sample payment, thank you!"),
         ("2024-05-17 15:45:51", "Coco Lin",
          "Mould fee paid mean the project is confirmed, so our factory will arrange mass production directly "
          "after samples ship out, no need waiting. Then you can get goods before your December season 👍"),
         ("2024-05-17 15:46:30", "Coco Lin", "Samples ship 30 May by DHL"),
         ("2024-05-17 18:02:11", "Pieter Botha", "[Image]"),
     ]))])


# p06: supplier plans to roll straight into the balance once the trial fit is OK'd.
_p06 = """Hi Marcus,

The 4 trial-fit covers (TPT-HF-F150-55, matte black) ship FedEx International Priority tomorrow morning,
tracking to follow. Inspection photos and the CMM report for the rail clamps are in the attached link.

To protect the September container slot, once your team OKs the trial fit we'll roll straight into the
480 balance - our schedule already has them pencilled in for week 33, so you'll have them on the water
before Labor Day.

Let me know if any issue.

Best regards,
Kevin Lin
Sales Manager | Taichung Precision Tonneau Co., Ltd. | +886 4 2359 0088

On Thu, May 23, 2024 at 9:12 AM Marcus Reed <marcus.reed@traildock.com> wrote:
""" + quote("""Kevin,

PO TD-24-0101 covers 4 trial-fit covers only. The 480 balance of the 484 quoted is NOT released.
It gets released only by a written production release from me after our trial fit on the 2023 and
2024 F-150 is signed off - a sign-off on its own releases nothing.

Marcus Reed
Director of Supply Chain, TrailDock Inc., Austin TX""")
case("p06_roll_straight_into_balance", ["RG007"],
     "supplier: once you OK the trial fit we roll straight into the 480; buyer (quoted) requires a written release by Marcus Reed",
     [("RE_PO_TD-24-0101_trial_fit.eml", eml_bytes(mail(
         "Kevin Lin <kevin.lin@tpt-tonneau.com.tw>", "Marcus Reed <marcus.reed@traildock.com>",
         "RE: PO TD-24-0101 - trial fit covers F-150", "Mon, 27 May 2024 17:35:00 +0800",
         _p06, in_reply_to="<td-24-0101@traildock.com>")))])


# p07: buyer's product developer overrides the written-release requirement ("if they bolt up fine, keep rolling").
_p07 = """Anan,

Thanks for the update, the pics of the 79 Series canopy racks look spot on.

Timing's getting tight for the dealer launch kits, so here's the plan: if the 3 samples bolt up fine
on our 79 at the Eagle Farm workshop next Tuesday, just keep rolling into the remaining 147 - don't
wait around for paperwork from Darren, I'll square it away with him. If there's a problem I'll ring
you the same day.

Also, can you swap the M8 button heads to flange heads on the rear crossbar? The flat washers keep
walking out on the corrugations.

Cheers
Shane
""" + sig("Shane Whitfield", "Product Development Manager", "Outback Trail Gear Pty Ltd", "+61 7 3268 0144") + """

From: Kylie Brennan
Sent: Friday, 3 May 2024 2:14 PM
To: Anan Saetang
Cc: Shane Whitfield; Darren Pike
Subject: PO 4500-2240 - canopy rack samples OTG-CR-79

""" + quote("""Hi Anan,

PO 4500-2240 attached: 3 sample racks only (OTG-CR-79, Land Cruiser 79 single cab canopy).
The remaining 147 of the 150 quoted are not released. Release requires our sample sign-off and a
written release from Darren Pike, Operations Director.

Thanks,
Kylie Brennan
Purchasing, Outback Trail Gear""")
case("p07_buyer_keep_rolling", ["RG007"],
     "buyer's product developer: if the 3 samples bolt up fine keep rolling into the 147, don't wait for Darren's paperwork",
     [("Canopy_rack_79_samples_timing.eml", eml_bytes(mail(
         "Shane Whitfield <shane.whitfield@outbacktrailgear.com.au>", "Anan Saetang <anan@chonburi-offroad.co.th>",
         "RE: PO 4500-2240 - canopy rack samples OTG-CR-79", "Thu, 16 May 2024 07:41:00 +1000",
         _p07, cc="Kylie Brennan <kylie.brennan@outbacktrailgear.com.au>")))])


# p08: WeChat - supplier proposes direct mass production after sample OK, buyer agrees casually.
case("p08_wechat_no_need_new_po", ["RG007"],
     "supplier: after you confirm sample we directly start mass production, no new PO; buyer agrees, contradicting his own written-release rule",
     [("WeChat_Amy_Zhang_Brightway.txt", wechat("Amy Zhang 张敏 (Brightway LED) / Mick Faulkner", [
         ("2024-06-03 10:02:11", "Mick Faulkner",
          "Amy - PO RL-24-0630 is 8 samples of the RL-LB-20S light bar only. The 600 production NOT released. "
          "Production release = after our ADR 13 / beam pattern test, my written release + revised PO. - Mick Faulkner"),
         ("2024-06-03 10:15:40", "Amy Zhang 张敏", "Received Mick 👌 8 pcs sample, will finish 14 June"),
         ("2024-06-14 17:31:09", "Amy Zhang 张敏", "Sample finish ✅ ship tomorrow by DHL, AWB 4471 2280 93"),
         ("2024-06-14 17:33:25", "Amy Zhang 张敏",
          "Mick, to save time, after you confirm sample ok we directly start the mass production, "
          "no need wait new PO, ok?"),
         ("2024-06-14 19:48:02", "Mick Faulkner",
          "yeah no worries, once the samples look right on the truck just run them, saves us a week 👍"),
         ("2024-06-14 19:50:37", "Amy Zhang 张敏", "Great, thank you! We will arrange 🙏"),
     ]))])


# ---------------------------------------------------------------- batch 2
# c08: sample PO by email + forwarded old quote (message/rfc822) declared informational.
_c08_old = mail(
    "Emre Yilmaz <emre.yilmaz@bursaoto.com.tr>", "Katrin Baumann <k.baumann@hoehenweg-offroad.de>",
    "Angebot / offer 3D mats VW Amarok 2023 - BOA-Q-23-0912", "Thu, 19 Oct 2023 10:05:00 +0300",
    """Dear Katrin,

thank you for your enquiry. Our offer for the 3D TPE mats VW Amarok 2023 (double cab, LHD):

- sample sets: 30 sets (3 colours x 10), EUR 38,00/set, tooling EUR 4.900,00 one time
- production: 3.000 sets, EUR 21,40/set, MOQ 500 sets per colour
- material: TPE 70 Shore A, odour class VDA 270 <= 3, REACH compliant
- lead time: samples 20 days, production 35 days after order

Best regards,
Emre Yilmaz
Export Manager, Bursa Oto Aksesuar San. ve Tic. A.S.
""")
_c08 = """Hallo Emre,

hereby we order under PO 4711-0392 the 30 sample sets (3D mats VW Amarok 2023, anthracite / black /
beige, 10 each). Delivery DAP Stuttgart, please ship with DHL Freight as before.

Below I forward your offer mail from October 2023 - only as reference for the material spec
(TPE 70 Shore A, VDA 270). The 3.000 sets in that offer are informational only and not released;
this PO does not cover them.

The production quantity stays on hold until our sample sign-off (fit in the Amarok, colour against the
interior, odour test VDA 270) and a written production release from Florian Weiss, Head of Product.
Please buy TPE only for the 30 samples.

Viele Gruesse / best regards
Katrin Baumann
Einkauf / Purchasing
Hoehenweg Offroad GmbH, Motorstrasse 41, 70499 Stuttgart
Tel. +49 711 5558 2203
Geschaeftsfuehrer: M. Hoehenweg - Amtsgericht Stuttgart HRB 771204
"""
case("c08_forwarded_old_offer_info", [],
     "sample PO for 30 sets; forwarded 2023 offer with 3.000 sets declared informational and not released; sign-off + written release by named head of product",
     [("PO_4711-0392_Mustermatten.eml", eml_bytes(mail(
         "Katrin Baumann <k.baumann@hoehenweg-offroad.de>", "Emre Yilmaz <emre.yilmaz@bursaoto.com.tr>",
         "PO 4711-0392 - 30 Mustersets 3D-Matten Amarok", "Tue, 07 May 2024 09:22:00 +0200", _c08,
         attachments=[("rfc822", _c08_old)])))])


# c09: supplier assumes auto-conversion (quoted); buyer's reply corrects it.
_c09 = """Amy - no, please don't.

Sample sign-off by itself does not release anything. PO MR-24-0518 covers the 12 samples only, and the
1,000 production units are not released. After our road test (washboard and creek crossings, 2 weeks)
and the SAE J581 photometry check, Jenna Ortiz, VP Operations, will send a written production release
together with a revised PO - if we decide to order production. Until then please don't buy LED chips,
drivers or housings for the 1,000.

If the timing for Black Friday gets tight we'll air-ship part of the first lot, that's on us.

Thanks,
Tyler
""" + sig("Tyler Brooks", "Sourcing Manager", "Mesa Ridge Outfitters LLC, Boise ID", "+1 208 555 0139") + """

On Fri, May 24, 2024 at 2:51 AM Amy Zhang <amy.zhang@brightway-led.cn> wrote:
""" + quote("""Dear Tyler,

12 pcs sample light bar MR-LB-30D ship by DHL today, AWB 7730 1185 42.
After you approve sample we will go straight to mass production 1000 pcs to catch your Black Friday, ok?

Best regards
Amy Zhang
Guangzhou Brightway LED Lighting Co., Ltd.""")
case("c09_buyer_corrects_autoconversion", [],
     "quoted supplier assumes auto-conversion; buyer reply: sign-off releases nothing, 1,000 not released, written release by named VP",
     [("RE_MR-LB-30D_samples_shipped.eml", eml_bytes(mail(
         "Tyler Brooks <tyler.brooks@mesaridge-outfitters.com>", "Amy Zhang <amy.zhang@brightway-led.cn>",
         "RE: MR-LB-30D samples shipped", "Fri, 24 May 2024 08:15:00 -0600", _c09,
         in_reply_to="<bw-0524@brightway-led.cn>")))])


# c10: supplier: the deposit does not release production.
_c10 = """Dear Mick,

Well received your T/T USD 4,860.00 (30% deposit on PI HD-PI-24051), thank you.

Please note for our side: the deposit does not release production. We make only the 6 pre-production
samples of RL-PR-1450 now (ready 28 May). The 400 pcs on the PI stay on hold - we will not buy
aluminium profile or start the run until we receive your written production release (Mick Faulkner)
after your fitment test on the 200 Series and 300 Series.

Samples will go by air, DHL account as before. Packing list and photos we send when ready.

Best regards
Jason Wu
Sales Manager
Ningbo Hengda Auto Parts Co., Ltd.
No. 77 Xingye Road, Beilun, Ningbo 315800, China
Tel +86 574 8688 1203
"""
case("c10_deposit_not_release", [],
     "supplier: deposit does not release production; 6 samples only, 400 on hold until written release by named buyer after fitment test",
     [("RE_PI_HD-PI-24051_samples.eml", eml_bytes(mail(
         "Jason Wu <jason.wu@hengda-autoparts.cn>", "Mick Faulkner <mick@redline4wd.com.au>",
         "Deposit received - PI HD-PI-24051 / RL-PR-1450", "Wed, 08 May 2024 10:40:00 +0800", _c10)))])


# c11: supplier order acknowledgement PDF restating the hold.
case("c11_supplier_ack_restates_hold", [],
     "supplier acknowledgement restates scope: 4 trial-fit bars only, 196 not released, written release by named buyer after fitment test",
     [("OA-24-0331.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", "Siam Steelcraft Co., Ltd. - Rayong, Thailand"),
         ("p", "OA No.: OA-24-0331    Date: 17 May 2024    Customer: Redline 4WD Accessories Pty Ltd, "
               "Welshpool WA, Australia    Your PO: RL-24-0611 dated 15 May 2024"),
         ("sp",),
         ("table", [
             ["Item", "Part no.", "Description", "Qty acknowledged", "Unit USD", "Ship date"],
             ["1", "RL-BB-DMX24", "Bull bar Isuzu D-Max 2024, trial-fit sample, satin black", "4 pcs",
              "520.00", "7 Jun 2024 (air)"],
         ]),
         ("sp",),
         ("h", "Scope as written in your PO"),
         ("p", "We acknowledge 4 trial-fit bull bars only. The balance of 196 pcs on our quotation "
               "SSC-QT-2404-091 is not released. We will not cut tube, bend, weld or powder coat any of the 196 "
               "until we receive a written production release from Mr. Mick Faulkner, Purchasing Manager, "
               "Redline 4WD, after your fitment test on the D-Max 2024 is signed off."),
         ("p", "Material authority as per your PO: sample-only. Steel for the 4 samples is taken from stock."),
         ("p", "Remarks: winch cradle suits Runva 11XP and Warn Zeon 10-S; fog lamp cut-outs per drawing "
               "RL-BB-DMX24-D Rev B."),
         ("sp",),
         ("p", "For Siam Steelcraft Co., Ltd.: Nattaya Phromsiri, Export Sales Manager"),
     ], title="OA-24-0331", author="Siam Steelcraft"))])


# c12: interim release letter with limits (quantity + expiry), balance on hold.
case("c12_interim_release_letter", [],
     "release of 50 sets on an interim sign-off (max 50, expiry), 450 not released until full sign-off on T2 and further written release by named SCM",
     [("PR-KO-024_release.pdf", pdf([
         ("h1", "PRODUCTION RELEASE PR-KO-024"),
         ("p", "Karoo Overland (Pty) Ltd - 14 Gemsbok Street, Rosslyn, Pretoria 0200 - Reg. 2011/004417/07"),
         ("p", "To: Xiamen Polymat Rubber & Plastic Co., Ltd., attn. Ms. Coco Lin    Date: 12 June 2024"),
         ("p", "Order: KO-FL-HLX TPE floor liners, Toyota Hilux GD-6 double cab, PO KO-24-0140 (quoted "
               "production quantity 500 sets)"),
         ("sp",),
         ("table", [
             ["Item", "Value"],
             ["Quantity released by this letter", "50 sets (fifty)"],
             ["Basis", "Interim sample sign-off IS-KO-011, 10 June 2024"],
             ["Interim limits", "max. 50 sets; valid until 31 July 2024; for dealer launch kits only"],
             ["Deviation accepted", "edge curl at rear passenger footwell <= 4 mm (tool T1)"],
             ["Balance not released", "450 sets"],
             ["Unlock event for the balance", "full sample sign-off on corrected tool (T2 samples), then a further written release"],
             ["Material authority", "50 sets only"],
         ]),
         ("sp",),
         ("p", "The 450 sets remain on hold. Do not mould, trim or pack any of them on tool T1."),
         ("p", "Authorised by: Thandi Nkosi, Supply Chain Manager (release authority, limit ZAR 500 000)"),
     ], title="PR-KO-024", author="Karoo Overland"))])


# c13: ERP PO printout full of identifiers that look like quantities; scope complete.
case("c13_erp_identifiers", [],
     "ERP sample PO 8 EA with hold, fitment sign-off + written release by named VP; part numbers, revs and norms look like quantities",
     [("MR-PO-24-0561.txt", txt("""
MESA RIDGE OUTFITTERS LLC                                   PURCHASE ORDER
1800 W Overland Rd, Boise ID 83705                         PO#  MR-24-0561
Phone 208-555-0100                                          REV  0
                                                            DATE 05/21/2024
VENDOR: V-1200  NINGBO HENGDA AUTO PARTS CO., LTD.
        NO. 77 XINGYE RD, BEILUN, NINGBO 315800 CN
SHIP TO: MRO DC 2500, 2500 E Gowen Rd, Boise ID 83716
SHIP VIA: FEDEX INTL ECONOMY  ACCT 2500-1200-7      TERMS: NET 30
================================================================================
LN  ITEM              REV  DESCRIPTION                       QTY  UOM   UNIT $
--------------------------------------------------------------------------------
01  MR-RR-2500-JL     12   ROOF RACK JEEP WRANGLER JL 4DR      8  EA   286.00
                           DWG 1200-45 REV 12, AL 6061-T6
                           SALT SPRAY 1000 H ASTM B117
                           TORQUE M10X1.5 TO 45 NM
--------------------------------------------------------------------------------
                                                   TOTAL        8  EA  2288.00
================================================================================
NOTES:
 SAMPLE PO - 8 EA ONLY (VEHICLE FITMENT SAMPLES).
 PRODUCTION QTY NOT RELEASED - BALANCE ON HOLD.
 BALANCE RELEASED ONLY AFTER VEHICLE FITMENT TEST SIGN-OFF AND A WRITTEN
 RELEASE FROM JENNA ORTIZ, VP OPERATIONS.
 MATERIAL AUTHORITY: SAMPLE-ONLY.
 VENDOR QMS: ISO 9001:2015 CERT NO. 04100-2015-AQ-1200 REQUIRED.
 LABEL PER MRO ROUTING GUIDE V2500.
================================================================================
BUYER: T. BROOKS                                PAGE 1 OF 1
"""))])


# c14: DOCX fitment guide - technical content only, no authorization.
case("c14_fitment_guide_docx", [],
     "installation and fitment guide with torque table; no order, no authorization language",
     [("KO-RS-LC79_fitment_guide.docx", docx_bytes([
         ("h1", "Fitment Guide - KO-RS-LC79 rock sliders"),
         ("p", "Vehicle: Toyota Land Cruiser 79 Series single cab and double cab, 2017 onwards (VDJ79). "
               "Fitting time: approx. 90 minutes with two people. Part numbers KO-RS-LC79-L and KO-RS-LC79-R."),
         ("h", "Kit contents"),
         ("li", "2 x rock slider, 50 x 3 mm CHS, satin black powder coat"),
         ("li", "12 x M12 x 1.25 x 35 flange bolt, class 10.9, zinc flake"),
         ("li", "12 x M12 x 1.25 crush plate with captive nut"),
         ("li", "2 x rubber step pad, 4 x M6 self-tapping screw"),
         ("h", "Torque settings"),
         ("table", [
             ["Fastener", "Location", "Torque (Nm)"],
             ["M12 x 1.25 flange bolt", "chassis rail, 6 per side", "105"],
             ["M10 x 1.5 bolt", "outrigger brace", "55"],
             ["M6 self-tapper", "step pad", "hand tight"],
         ]),
         ("h", "Fitting steps"),
         ("num", "Remove the factory side steps (4 x 14 mm nuts per side) and keep the hardware."),
         ("num", "Feed the crush plates into the chassis rail through the oval access holes."),
         ("num", "Offer up the slider, start all bolts by hand, align the step face parallel to the sill."),
         ("num", "Torque to the values above in a cross pattern. Re-check after 500 km of corrugations."),
         ("h", "Trial-fit feedback"),
         ("p", "Fitters: note any gap above 8 mm between slider and sill, any contact with the fuel filler "
               "housing or the ABS line clip, and the time taken. Send the sheet and photos to "
               "engineering@karoo-overland.co.za."),
     ], author="Karoo Overland Engineering"))])


# p09: multi-file - sample PO (scope complete) + the buyer's own fitment test plan that rolls into production.
_p09_po = pdf([
    ("h1", "BESTELLUNG / PURCHASE ORDER 4500013010"),
    ("p", "Hoehenweg Offroad GmbH - Motorstrasse 41 - 70499 Stuttgart - USt-IdNr. DE318554470"),
    ("p", "Lieferant: Anatolia Offroad Metal San. Tic. Ltd. Sti., Demirtas OSB, Bursa, Turkiye - "
          "Attn. Mr. Serkan Demir"),
    ("p", "Datum: 03.06.2024    Angebot / quotation: AOM-24-77 vom 24.05.2024    Lieferung: DAP Stuttgart"),
    ("sp",),
    ("table", [
        ["Pos", "Material", "Bezeichnung / description", "Menge", "Preis EUR"],
        ["10", "HW-SS-GR", "Trittbretter Vorserie / pre-series side steps, INEOS Grenadier, Alu 5 mm, "
                          "pulverbeschichtet", "5 Paar", "268,00"],
    ]),
    ("sp",),
    ("h", "Umfang / scope"),
    ("p", "This order covers 5 pairs of pre-series side steps only. The series quantity of 350 pairs in "
          "quotation AOM-24-77 is not released by this order and stays on hold. Series production is released "
          "only by a written release from Florian Weiss, Leiter Produktmanagement, after the vehicle fitment "
          "test (plan FTP-HW-SS-GR) is signed off. Material: sample-only."),
    ("p", "Einkauf: Katrin Baumann - Tel. +49 711 5558 2203"),
], title="4500013010", author="Hoehenweg Offroad")
_p09_plan = docx_bytes([
    ("h1", "Fitment Test Plan FTP-HW-SS-GR Rev 2"),
    ("p", "Part: HW-SS-GR side steps, INEOS Grenadier station wagon. Samples: 5 pairs from PO 4500013010. "
          "Test site: Hoehenweg workshop Stuttgart-Weilimdorf and Offroadpark Langenaltheim."),
    ("h", "1. Purpose"),
    ("p", "Confirm fit to the body hardpoints, ground clearance, load capacity and corrosion resistance before "
          "the product is listed for the 2025 season."),
    ("h", "2. Tests"),
    ("table", [
        ["No.", "Test", "Method", "Pass criterion"],
        ["5.1", "Fit to hardpoints", "3 vehicles, torque 60 Nm", "no drilling, gap to sill <= 6 mm"],
        ["5.2", "Static step load", "150 kg at outer edge, 10 min", "deflection <= 3 mm, no permanent set"],
        ["5.3", "Corrosion", "ISO 9227 NSS 480 h", "no red rust, blister <= 2(S2)"],
        ["5.4", "Off-road loop", "Langenaltheim, 2 days", "no loosening, no contact at full articulation"],
    ]),
    ("h", "3. Responsibilities"),
    ("p", "Test lead: Jonas Richter (Produktentwicklung). Report to Florian Weiss and Katrin Baumann."),
    ("h", "4. Outcome"),
    ("p", "If all tests in section 2 pass, Anatolia proceeds directly to the production run of 350 pairs; "
          "the signed test report is sent to Anatolia as notification. If a test fails, Anatolia receives "
          "the report with the corrective actions."),
], author="Jonas Richter")
case("p09_test_plan_rolls_into_production", ["RG007"],
     "bundle: PO requires written release by named head of product; buyer's own test plan says on pass supplier proceeds directly to the 350 run",
     [("Bestellung_4500013010.pdf", _p09_po), ("FTP-HW-SS-GR_Rev2.docx", _p09_plan)])


# p11: HTML vendor portal onboarding page: sign-off rolls into the launch build, forecast treated as firm.
case("p11_portal_onboarding_autolaunch", ["RG007", "RG008"],
     "portal: after sample sign-off move straight into the launch build, no separate PO; launch forecast to be treated as firm commitment",
     [("traildock_onboarding_TD-SR-TAC24.html", html_page("TrailDock Vendor Central - New item onboarding", """
<div style="background:#1f3a5f;color:#fff;padding:8px"><b>TrailDock Vendor Central</b> &nbsp;|&nbsp; Vendor 20977 - Kaohsiung AutoFlex Co., Ltd. &nbsp;|&nbsp; New item onboarding</div>
<h2>TD-SR-TAC24 - Soft roll-up tonneau, Toyota Tacoma 5 ft (2024-)</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Sample PO</td><td>TD-24-0140 - 6 units (pre-production samples)</td></tr>
<tr><td>Production quantity</td><td>not released - on hold until sample sign-off</td></tr>
<tr><td>Release contact</td><td>Marcus Reed, Director of Supply Chain</td></tr>
<tr><td>Launch forecast (next 12 months)</td><td>2,400 units</td></tr>
<tr><td>Target launch</td><td>Black Friday 2024 (listing live 1 Nov)</td></tr>
<tr><td>Compliance</td><td>Prop 65 statement, packaging drop test ISTA 3A</td></tr>
</table>
<h3>How onboarding works</h3>
<ol>
<li>We issue the sample PO and you ship the samples to ATX1, attn. Product Quality.</li>
<li>Product Quality fits the samples on two trucks and records a sample sign-off in this portal.</li>
<li>Once your samples are signed off, you are set to move straight into the launch build - no need to wait for a separate PO.</li>
<li>Launch build quantity = your launch forecast above. Treat the launch forecast as our firm commitment when you book capacity.</li>
<li>Create an ASN for each shipment; appointments via the routing guide.</li>
</ol>
<p style="color:#777">Need help? vendor-support@traildock.com - response within 1 business day.</p>
"""))])


# p14: supplier books material for the full 3,000 while only the 30-piece sample lot is released.
_p14 = """Dear Tyler,

Status of your PO MR-24-0533 (30 nos. kinetic recovery rope 7/8" x 30 ft, sample lot):
- braiding completed on 16.05
- eye splicing and chafe sleeves in progress
- proof load test (2 x WLL) scheduled on 22.05 at our in-house test bed, certificates to follow

Further, to secure your Q3 pricing, we have already booked the nylon 66 yarn and the sleeve material for
the full 3,000 nos. with our mill, and the same is now lying at our Bhosari godown. Yarn prices have
moved up 9% since March, so this will protect you on the production order.

Sample lot dispatch 27.05 by air (Air India Cargo), AWB will be shared.

Thanks and regards,
Rajesh Kulkarni
Manager - Exports, Pune Forge & Rigging Pvt. Ltd.
+91 20 2712 5540

-----Original Message-----
From: Tyler Brooks <tyler.brooks@mesaridge-outfitters.com>
Sent: 06 May 2024 21:10
Subject: PO MR-24-0533 - kinetic rope sample lot

""" + quote("""Rajesh,

PO MR-24-0533 attached. Sample lot 30 pcs only. The production quantity of 3,000 pcs is not released and
stays on hold until our break-test sign-off and a written release from Jenna Ortiz, VP Operations.
Material authority: sample-only - please do not buy material for production.

Tyler Brooks, Sourcing Manager, Mesa Ridge Outfitters""")
case("p14_yarn_booked_full_qty", ["RG006"],
     "supplier booked yarn and sleeve for the full 3,000 while only 30 samples released and material authority is sample-only",
     [("Status_PO_MR-24-0533.eml", eml_bytes(mail(
         "Rajesh Kulkarni <exports@puneforge.in>", "Tyler Brooks <tyler.brooks@mesaridge-outfitters.com>",
         "Status - PO MR-24-0533 kinetic rope sample lot", "Sat, 18 May 2024 13:05:00 +0530", _p14)))])


# p15: buyer casually invites the supplier to pull in steel for the full run.
_p15 = """Hi Nattaya,

Cheers for the quick turnaround on the CAD - Rev B looks good. Couple of things:

1. Can you move the winch fairlead mount down 10 mm? On the Next-Gen Ranger the Runva plate fouls the
   bonnet latch with the current spacing.
2. Please send the powder coat spec sheet (we need gloss level and salt spray hours for the catalogue).
3. I know steel's been all over the shop price-wise. No drama if you want to start pulling in the tube
   and plate for the full run now, so you're not caught short when we give you the nod - we'll sort it
   out later.

Samples still due 14 June at our Eagle Farm workshop?

Cheers
Shane
""" + sig("Shane Whitfield", "Product Development Manager", "Outback Trail Gear Pty Ltd", "+61 7 3268 0144") + """

From: Kylie Brennan
Sent: Monday, 20 May 2024 9:02 AM
To: Nattaya Phromsiri
Subject: PO 4500-2291 - Next-Gen Ranger bull bar fitment samples

""" + quote("""Nattaya,

PO 4500-2291 attached for 4 fitment samples of OTG-BB-NGR.
The 246 balance of the 250 on your quote is not released and stays on hold until the airbag-compatibility
review and the trial fit are signed off and Darren Pike, Operations Director, releases it in writing.
Material authority: sample-only.

Kylie Brennan, Purchasing""")
case("p15_buyer_invites_steel_pull_in", ["RG006"],
     "buyer: no drama if you pull in tube and plate for the full run now, we'll sort it out later - material beyond the 4 released, no explicit authority",
     [("NGR_bull_bar_Rev_B.eml", eml_bytes(mail(
         "Shane Whitfield <shane.whitfield@outbacktrailgear.com.au>", "Nattaya Phromsiri <export@siamsteelcraft.co.th>",
         "RE: PO 4500-2291 - Next-Gen Ranger bull bar fitment samples", "Wed, 29 May 2024 10:17:00 +1000", _p15,
         cc="Kylie Brennan <kylie.brennan@outbacktrailgear.com.au>")))])


# p16: WhatsApp - supplier already bought profile for 1,200 sets; buyer objects.
case("p16_whatsapp_profile_bought", ["RG006"],
     "supplier already bought aluminium profile for 1,200 sets while 12 samples released and material is samples-only",
     [("WhatsApp_Chat_Jason_Wu_Hengda.txt", wa([
         ("06/05/2024", "11:20", "Faisal Rahman",
          "Jason, PO DL-PO-2405-22 sent. 12 sample sets of the Patrol Y62 roof platform only. The 1,200 "
          "production sets are not released until our roof load test is signed off and you get a revised PO "
          "with a written release from me. Material: for the 12 samples only."),
         ("06/05/2024", "11:34", "Jason Wu Hengda", "Dear Mr Faisal, well noted, thank you 🙏"),
         ("21/05/2024", "15:02", "Jason Wu Hengda", "Mr Faisal, samples welding finish, anodizing next week"),
         ("21/05/2024", "15:04", "Jason Wu Hengda",
          "Also info: aluminium price go up 12% next month. We already buy the profile for 1200 sets last week, "
          "now only make 12 sets sample. Price for you we keep same. Is ok for you?"),
         ("21/05/2024", "16:40", "Faisal Rahman",
          "Jason, that was not authorised. Our PO is 12 sets. The profile for production is at your risk."),
         ("21/05/2024", "16:52", "Jason Wu Hengda", "Understand Mr Faisal, sorry. We keep in our warehouse"),
     ]))])


# p17: multi-file - call-off (material authority = released qty) + supplier status PDF showing coil for 900.
_p17_co = txt("""
KAROO OVERLAND (PTY) LTD                                CALL-OFF / ABRUF
14 Gemsbok Street, Rosslyn, Pretoria 0200         No. CO-KO-0091-01
Tel +27 12 555 0160                               Date 2024-06-04
-----------------------------------------------------------------------
Supplier : Anatolia Offroad Metal San. Tic. Ltd. Sti., Bursa, Turkiye
Blanket  : BL-KO-0091   KO-RB-LC79 rear bumper + tow bar, LC79 D/C
Blanket quantity : 900 pcs        Price: USD 214.00 /pc FOB Gemlik
-----------------------------------------------------------------------
THIS CALL-OFF RELEASES FOR PRODUCTION:           300 pcs
BALANCE OF BLANKET:                              600 pcs  - ON HOLD
-----------------------------------------------------------------------
1. The balance of 600 pcs is not released. It is released only by the
   next call-off, signed by Thandi Nkosi, Supply Chain Manager, after
   lot acceptance of these 300 pcs at our Pretoria DC.
2. Material authority: released quantity only (300 pcs). Coil, tube and
   hitch receivers for the balance are not authorised.
3. Ship in 2 x 40HC, ETD Gemlik week 30. SABS 1327 tow bar label on each.
-----------------------------------------------------------------------
Prepared: J. van der Merwe (Buying)     Signed: T. Nkosi
""")
_p17_status = pdf([
    ("h1", "PRODUCTION STATUS - WEEK 25"),
    ("p", "Anatolia Offroad Metal San. Tic. Ltd. Sti. - Demirtas OSB, Bursa - for Karoo Overland (Pty) Ltd"),
    ("p", "Blanket BL-KO-0091 - KO-RB-LC79 rear bumper + tow bar - call-off CO-KO-0091-01"),
    ("sp",),
    ("table", [
        ["Item", "Status", "Remark"],
        ["HR steel coil 4 mm (S355MC)", "27 t purchased, received 14.06", "approx. 900 bumpers"],
        ["Tow hitch receivers 50 mm", "900 pcs on order, ETA 28.06", "from Kocaeli supplier"],
        ["Laser cutting", "300 sets cut", "call-off 01"],
        ["Welding", "180 / 300", ""],
        ["Powder coat", "60 / 300", "textured black"],
    ]),
    ("sp",),
    ("p", "Note: material for call-offs 02 and 03 has been staged in advance to protect the lead time, "
          "as steel mill allocations for Q3 are tight. Call-off 01 remains on schedule for ETD week 30."),
    ("p", "Prepared by: Serkan Demir, Export Manager"),
], title="Status W25", author="Anatolia Offroad Metal")
case("p17_coil_staged_for_balance", ["RG006"],
     "bundle: call-off releases 300 with material authority = 300; supplier status shows coil and receivers bought for 900",
     [("CO-KO-0091-01.txt", _p17_co), ("AOM_status_W25.pdf", _p17_status)])


# p18: Turkish supplier dyed and cut carpet for all 2.400 mats (colour lot reason).
_p18 = """Dear Katrin,

the 24 trial-fit mats for the Amarok (order 4500012950) are pressed and go out with UPS on Thursday,
tracking follows. We also add 2 spare edge bindings so you can check the colour under daylight.

For colour lot consistency we have dyed and cut the carpet rolls for all 2.400 mats in one batch -
this way there is no shade difference later between the first and the last container. The rolls are
stored at our warehouse in Nilufer and do not cost you anything now.

Best regards / Saygilarimla
Emre Yilmaz
Export Manager
Bursa Oto Aksesuar San. ve Tic. A.S.
Nilufer OSB, 16140 Bursa - +90 224 555 0190

-----Urspruengliche Nachricht-----
Von: Katrin Baumann <k.baumann@hoehenweg-offroad.de>
Gesendet: Dienstag, 28. Mai 2024 08:40
Betreff: Bestellung 4500012950 - Probematten Amarok

""" + quote("""Hallo Emre,

order 4500012950: 24 trial-fit mats (Probematten) only. The quoted series of 2.400 pcs is not released.
Release only after colour and fit sign-off and a written release by Florian Weiss, Head of Product.
Material: sample only.

Gruesse, Katrin Baumann, Einkauf""")
case("p18_carpet_cut_for_series", ["RG006"],
     "supplier dyed and cut carpet for all 2.400 mats while 24 trial-fit mats released, material sample-only",
     [("Probematten_Amarok_Versand.eml", eml_bytes(mail(
         "Emre Yilmaz <emre.yilmaz@bursaoto.com.tr>", "Katrin Baumann <k.baumann@hoehenweg-offroad.de>",
         "AW: Bestellung 4500012950 - Probematten Amarok", "Tue, 11 Jun 2024 17:25:00 +0300", _p18)))])


# p20: supplier status PDF: acknowledges samples-only but has bought material for 1,000 and will start on approval.
case("p20_led_status_material_and_rollover", ["RG006", "RG007"],
     "supplier status: material bought for 1,000 bars against a 10-sample PO; mass production to start immediately on sample approval",
     [("GBW_production_status_KO-24-0201.pdf", pdf([
         ("h1", "PRODUCTION STATUS REPORT"),
         ("p", "Guangzhou Brightway LED Lighting Co., Ltd. - Huadu District, Guangzhou - to Karoo Overland (Pty) Ltd, "
               "attn. Mr. Johan van der Merwe - 29 May 2024"),
         ("p", "Your PO KO-24-0201: 10 pcs sample KO-LB-22S 22-inch single-row light bar. "
               "Production 1,000 pcs not released (as per your PO)."),
         ("sp",),
         ("h", "Samples"),
         ("table", [
             ["Step", "Status"],
             ["SMT + reflow", "done 10/10"],
             ["Housing assembly + potting", "done 10/10"],
             ["Burn-in 48 h", "running, finish 31 May"],
             ["IP68 test (1 m / 30 min)", "planned 1 June"],
         ]),
         ("sp",),
         ("h", "Materials prepared for mass production"),
         ("table", [
             ["Material", "Qty", "Status"],
             ["LED chip 10 W (60 per bar)", "60,000 pcs", "purchased, in stock"],
             ["MCPCB 22 inch", "1,000 pcs", "ordered, ETA 10 June"],
             ["Aluminium housing extrusion", "1,000 pcs", "in anodizing"],
             ["PC lens + gasket", "1,000 sets", "ordered"],
         ]),
         ("sp",),
         ("p", "After your sample approval, mass production of 1,000 pcs will start immediately, lead time "
               "25 days, so you can catch the September container."),
         ("p", "Amy Zhang - Sales Director - +86 20 3689 1122"),
     ], title="Production status KO-24-0201", author="Brightway"))])


# ---------------------------------------------------------------- batch 3
# c15: multi-file - sample PO that labels the quote's tiers informational + the supplier quote itself.
_c15_po = pdf([
    ("h1", "PURCHASE ORDER TD-24-0093"),
    ("p", "TrailDock Inc. - 4100 Ed Bluestein Blvd, Austin TX 78721, USA"),
    ("p", "Vendor: Kaohsiung AutoFlex Co., Ltd., No. 9 Lane 160, Renwu Dist., Kaohsiung 814, Taiwan"),
    ("p", "PO date: 04/22/2024    Terms: Net 30    Ship to: ATX1 Product Quality, attn. sample intake"),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
        ["1", "TD-SR-F150-55", "Soft roll-up tonneau, F-150 5.5 ft, pre-production sample", "4", "145.00", "580.00"],
        ["2", "TD-SR-RAM-57", "Soft roll-up tonneau, Ram 1500 5.7 ft, pre-production sample", "3", "145.00", "435.00"],
        ["3", "TD-SR-TAC-50", "Soft roll-up tonneau, Tacoma 5 ft, pre-production sample", "3", "145.00", "435.00"],
        ["", "", "Total", "10", "", "1,450.00"],
    ]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "This PO authorizes 10 pre-production samples (lines 1-3) and nothing else. The production "
          "quantities in quotation Q24-0412 (1,200 and 2,400 pcs, filed with this PO) are for information "
          "only and are not released by this PO."),
    ("p", "The production balance stays on hold until (1) our vehicle fitment test on F-150, Ram 1500 and "
          "Tacoma is signed off and (2) Marcus Reed, Director of Supply Chain, issues a written production "
          "release with a revised PO. Material authority: sample-only."),
    ("p", "Buyer: Lauren Pike, Category Buyer - Truck Bed - lauren.pike@traildock.com"),
], title="TD-24-0093", author="TrailDock", pagesize=LETTER)
_c15_q = pdf([
    ("h1", "QUOTATION Q24-0412"),
    ("p", "Kaohsiung AutoFlex Co., Ltd. - Renwu Dist., Kaohsiung, Taiwan - sales@ksautoflex.com.tw"),
    ("p", "Customer: TrailDock Inc., Austin TX - attn. Ms. Lauren Pike    Date: 2024/04/15    "
          "Price term: FOB Kaohsiung    Validity: 90 days"),
    ("sp",),
    ("table", [
        ["Qty tier", "Unit price USD", "Lead time", "Note"],
        ["10 pcs (samples)", "145.00", "15 days", "3 fitments"],
        ["1,200 pcs", "86.00", "40 days", "mixed fitments, min 300 per fitment"],
        ["2,400 pcs", "81.00", "45 days", "mixed fitments, min 600 per fitment"],
    ]),
    ("sp",),
    ("p", "Material: 18 oz PVC-coated polyester, aluminium rails 6063-T5 black anodized, Velcro perimeter. "
          "Packing: 1 pc per carton 1,720 x 260 x 180 mm, 9.8 kg."),
    ("p", "Kevin Hsu - Sales Manager"),
], title="Q24-0412", author="Kaohsiung AutoFlex")
case("c15_po_plus_quote_bundle", [],
     "bundle: sample PO 10 pcs declaring the quote's 1,200/2,400 tiers informational and not released, fitment sign-off + written release by named director; quote file",
     [("PO_TD-24-0093.pdf", _c15_po), ("KAF_Quotation_Q24-0412.pdf", _c15_q)])


# c16: HTML supplier-hub drop-ship PO, full quantity, no balance.
case("c16_portal_dropship_full", [],
     "drop-ship PO for the full 36 units, no balance; 'proceed with the 36 units' is scoped",
     [("ridgeback_dropship_DS-557120.html", html_page("Ridgeback Supplier Hub - Drop-ship PO DS-557120", """
<div style="background:#3b2f1e;color:#fff;padding:8px"><b>Ridgeback Overland Supply</b> - Supplier Hub &nbsp;|&nbsp; Vendor: Kaohsiung AutoFlex USA Inc. (Ontario, CA warehouse)</div>
<h2>Drop-ship purchase order DS-557120</h2>
<p>Issued 06/11/2024 08:02 MT &nbsp;|&nbsp; Buyer: Cody Jensen, Procurement Director &nbsp;|&nbsp; Terms: Net 45</p>
<table>
<tr><th>Line</th><th>Vendor SKU</th><th>Description</th><th>Qty</th><th>Unit cost</th><th>Ship method</th></tr>
<tr><td>1</td><td>KAF-SR-GLAD-50</td><td>Soft roll-up tonneau, Jeep Gladiator 5 ft</td><td>12</td><td>$118.00</td><td>UPS Ground, to consumer</td></tr>
<tr><td>2</td><td>KAF-SR-RGR-50</td><td>Soft roll-up tonneau, Ford Ranger 5 ft (2024-)</td><td>24</td><td>$112.00</td><td>UPS Ground, to consumer</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>36</b></td><td>$4,104.00</td><td></td></tr>
</table>
<div class="note">This drop-ship PO authorizes the full 36 units shown. There is no balance and no further quantity
under this PO. Please proceed with the 36 units and ship each one to the end customer in the manifest within 2 business
days; upload tracking numbers to the Hub the same day.</div>
<p>Packing: Ridgeback-branded insert card in each carton, no vendor invoices in the box. Returns go to our Denver DC.</p>
"""))])


# c17: WeChat - supplier asks to buy chips for production; buyer refuses, samples-only material.
case("c17_wechat_chips_refused", [],
     "supplier asks to buy LED chips for 1,000; buyer: 12 samples only, 1,000 not released until road test sign-off + revised PO with his written release; no material authority",
     [("WeChat_Amy_Zhang_Dune_Line.txt", wechat("Amy Zhang 张敏 (Brightway LED) / Faisal Rahman", [
         ("2024-05-20 10:14:33", "Faisal Rahman",
          "Good morning Amy. PO DL-PO-2405-17 is 12 samples of the 42 inch curved light bar only. The 1,000 pcs "
          "production is not released. Release only after our desert road test in Liwa (2 weeks) is signed off and "
          "I send you the revised PO with the written release - me, Faisal Rahman."),
         ("2024-05-20 10:20:05", "Amy Zhang 张敏", "Good morning Mr Faisal, noted 12 pcs 👍"),
         ("2024-05-27 16:41:50", "Amy Zhang 张敏",
          "Mr Faisal, Osram chip price up 8% from June. Can we buy chips for 1000 pcs now? We keep in our stock for you"),
         ("2024-05-27 17:55:12", "Faisal Rahman",
          "No Amy, buy chips for the 12 samples only. I don't give material authority for production now. "
          "If the price moves we discuss together after the road test."),
         ("2024-05-27 17:58:40", "Amy Zhang 张敏", "OK understand, only 12 samples material 🙏"),
         ("2024-05-27 17:59:02", "Amy Zhang 张敏", "[Sticker]"),
     ]))])


# c18: internal buyer thread - a question about going ahead, answered "not yet".
_c18 = """Shane,

Not yet. Send me the trial-fit report and the airbag-compatibility review first and I'll decide.
Nothing goes to Siam about the 246 until I've signed a release - I'll write to Nattaya myself if and
when we release. Until then they only know about the 4 samples on PO 4500-2291; keep it that way,
including on the phone.

Darren
""" + sig("Darren Pike", "Operations Director", "Outback Trail Gear Pty Ltd", "+61 7 3268 0100") + """

-----Original Message-----
From: Shane Whitfield
Sent: Tuesday, 4 June 2024 4:47 PM
To: Darren Pike
Cc: Kylie Brennan
Subject: Ranger bull bar - heads-up for Siam?

""" + quote("""Darren, quick one - are we good to go ahead with the 246 bull bars once the trial fit on the
Next-Gen Ranger passes? Siam want a heads-up by Friday to hold an August slot for us.
I haven't told them anything beyond the 4 samples on the PO.

Shane""")
case("c18_internal_goahead_question", [],
     "internal thread: 'are we good to go ahead' is a question; answer: not yet, 246 not released until the ops director signs a release",
     [("RE_Ranger_bull_bar_heads-up.eml", eml_bytes(mail(
         "Darren Pike <darren.pike@outbacktrailgear.com.au>", "Shane Whitfield <shane.whitfield@outbacktrailgear.com.au>",
         "RE: Ranger bull bar - heads-up for Siam?", "Wed, 05 Jun 2024 07:12:00 +1000", _c18,
         cc="Kylie Brennan <kylie.brennan@outbacktrailgear.com.au>")))])


# c19: German DOCX order with table and European number formats, scope complete.
case("c19_german_po_docx", [],
     "German order: 6 sample kits, series 1.200/yr forecast not ordered/not released, break-load sign-off + written release by named head of product",
     [("Bestellung_4500012873.docx", docx_bytes([
         ("h1", "Bestellung / Purchase Order 4500012873"),
         ("p", "Hoehenweg Offroad GmbH, Motorstrasse 41, 70499 Stuttgart. Lieferant / supplier: Pune Forge & "
               "Rigging Pvt. Ltd., MIDC Bhosari, Pune 411026, India. Datum: 14.05.2024. Lieferbedingung: "
               "FCA Mumbai (Incoterms 2020)."),
         ("table", [
             ["Pos", "Material", "Bezeichnung / description", "Menge", "Preis EUR", "Wert EUR"],
             ["10", "HW-BK-22", "Bergeset / recovery kit: kinetic rope 22 mm x 9 m (MBS 13.000 kg), "
                                "2 soft shackles, tree trunk protector, bag", "6 Sets", "84,50", "507,00"],
             ["", "", "Summe / total", "6 Sets", "", "507,00"],
         ]),
         ("p", "Info: voraussichtliche Serienmenge 1.200 Sets/Jahr (Prognose - nicht bestellt, nicht freigegeben / "
               "forecast - not ordered, not released)."),
         ("h", "Umfang / scope"),
         ("p", "Diese Bestellung umfasst nur 6 Mustersets. This order covers 6 sample kits only. The series "
               "quantity is not released."),
         ("p", "The series is released only when (1) the sample sign-off has been given after our break-load "
               "test (rope MBS 13.000 kg, soft shackles 3 x WLL) and (2) Florian Weiss, Leiter Produktmanagement, "
               "has sent a written release. Material: sample-only."),
         ("p", "Zeichnung HW-BK-22 Rev. 3; QM: ISO 9001:2015; Kennzeichnung nach DIN EN 1492-1."),
         ("p", "Einkauf: Katrin Baumann, Tel. +49 711 5558 2203, k.baumann@hoehenweg-offroad.de"),
     ], author="Katrin Baumann"))])


# c20: PDF stop notice - nothing more may start, lift only in writing by named person after named events.
case("c20_stop_notice", [],
     "stop notice: nothing more may start; 88 released-not-built and 250 balance stopped; lift in writing by named buyer after 8D accepted and Rev C signed off",
     [("SN-RL-2024-03.pdf", pdf([
         ("h1", "STOP NOTICE SN-RL-2024-03"),
         ("p", "Redline 4WD Accessories Pty Ltd - 31 Pilbara Street, Welshpool WA 6106 - ABN 22 604 118 775"),
         ("p", "To: Ningbo Hengda Auto Parts Co., Ltd., attn. Jason Wu    Date: 5 June 2024    Effective: immediately"),
         ("sp",),
         ("table", [
             ["Order", "RL-PR-1450 platform rack, PO RL-24-0588"],
             ["Released (release R1)", "150 units"],
             ["Produced (your report 3 June)", "62 units"],
             ["Released, not yet produced", "88 units - stopped"],
             ["Not released (balance)", "250 units - stopped"],
         ]),
         ("sp",),
         ("p", "Reason: weld cracking at the gutter-mount bracket found on 2 of 6 units fitted at our Welshpool "
               "workshop (photos and crack location in NCR-RL-0412)."),
         ("p", "From now nothing more may start on this order, released or not: no cutting, welding, anodizing or "
               "assembly, and no further material purchases. The 62 units built may stay packed at your warehouse."),
         ("p", "The stop is lifted only in writing by Mick Faulkner, Purchasing Manager, after your 8D report is "
               "accepted and the bracket redesign Rev C is signed off on 3 test units."),
         ("p", "Mick Faulkner - Purchasing Manager - +61 8 9355 0171"),
     ], title="SN-RL-2024-03", author="Redline 4WD"))])


# c21: EML + PDF - release of the full remaining quantity after sign-off; nothing left on hold.
_c21_pdf = pdf([
    ("h1", "PRODUCTION RELEASE PR-MR-0412"),
    ("p", "Mesa Ridge Outfitters LLC - 1800 W Overland Rd, Boise ID 83705"),
    ("p", "To: Taichung Precision Tonneau Co., Ltd., attn. Kevin Lin    Date: 06/10/2024"),
    ("sp",),
    ("table", [
        ["Item", "Value"],
        ["Order", "TPT-HF-SIL58 hard folding cover, Silverado/Sierra 5'8\""],
        ["Revised PO", "71-40882 Rev 1 - 300 covers in total"],
        ["Samples (delivered, signed off)", "2"],
        ["Quantity released by this release", "298"],
        ["Unlock event", "sign-off of drop test and 500-cycle latch test, report TR-24-117, signed 06/03/2024 by Dana Kowalski"],
        ["Remaining on hold after this release", "0 - the full order quantity is now released"],
        ["Material authority", "298 covers"],
        ["Authorized by", "Jenna Ortiz, VP Operations (release authority)"],
    ]),
    ("sp",),
    ("p", "Delivery: 3 lots of about 100 covers, first lot ex-works 07/22/2024, FOB Taichung Port."),
], title="PR-MR-0412", author="Mesa Ridge", pagesize=LETTER)
case("c21_full_balance_release", [],
     "release of the full remaining 298 under revised PO for 300 after named sign-off; nothing left on hold; named VP",
     [("PR-MR-0412_release.eml", eml_bytes(mail(
         "Jenna Ortiz <jenna.ortiz@mesaridge-outfitters.com>", "Kevin Lin <kevin.lin@tpt-tonneau.com.tw>",
         "Production release PR-MR-0412 - TPT-HF-SIL58 (298 covers)", "Mon, 10 Jun 2024 11:30:00 -0600",
         """Kevin,

Attached is production release PR-MR-0412 for the 298 covers, under revised PO 71-40882 Rev 1. The drop and
latch tests were signed off last week (report TR-24-117). With this release the whole order of 300 is released;
nothing remains on hold.

Please send your production schedule for the three lots by Friday.

Jenna
""" + sig("Jenna Ortiz", "VP Operations", "Mesa Ridge Outfitters LLC", "+1 208 555 0101"),
         cc="Tyler Brooks <tyler.brooks@mesaridge-outfitters.com>",
         attachments=[("PR-MR-0412.pdf", _c21_pdf, PDF_MT)])))])


# p21: EML + DOCX supplier acknowledgement: material procured for the full 2,000 on receipt of a sample PO.
_p21_ack = docx_bytes([
    ("h1", "ORDER ACKNOWLEDGEMENT OA/PFR/24-0219"),
    ("p", "Pune Forge & Rigging Pvt. Ltd., Plot J-118, MIDC Bhosari, Pune 411026. GSTIN 27AABCP5521K1ZQ."),
    ("p", "Customer: Bushveld Bakkie Gear (Pty) Ltd, Durban, South Africa. Your PO: BBG-24-0214 dated 15.05.2024."),
    ("table", [
        ["Sr.", "Item", "Description", "Qty", "Rate USD", "Dispatch"],
        ["1", "BBG-BS-475", "Forged bow shackle 4.75 t WLL, hot-dip galvanised, alloy screw pin, "
                            "proof tested 2 x WLL", "20 nos.", "6.40", "10.06.2024 (air)"],
    ]),
    ("p", "Production quantity 2,000 nos. is not released as per your PO; we await your written release."),
    ("p", "However, raw material (EN19 alloy steel bar, 22 mm) for the full 2,000 nos. has been procured on "
          "receipt of your PO, as per our standard practice, to protect delivery."),
    ("p", "Test certificates: proof load and hardness (HRC) per lot. Marking: WLL 4.75 T, BBG, lot code."),
    ("p", "For Pune Forge & Rigging Pvt. Ltd. - Rajesh Kulkarni, Manager - Exports"),
], author="Pune Forge")
case("p21_raw_material_full_qty_ack", ["RG006"],
     "supplier acknowledgement: 2,000 not released, but raw material for the full 2,000 procured on receipt of a 20-piece sample PO",
     [("OA_PFR_24-0219.eml", eml_bytes(mail(
         "Rajesh Kulkarni <exports@puneforge.in>", "Pieter Botha <pieter@bushveldbakkie.co.za>",
         "Order Acknowledgement - PO BBG-24-0214 bow shackles", "Fri, 17 May 2024 15:20:00 +0530",
         """Dear Mr. Pieter,

Greetings from Pune Forge. Please find attached our Order Acknowledgement OA/PFR/24-0219 against your
PO BBG-24-0214. Kindly check and revert in case of any discrepancy.

Thanks and regards,
Rajesh Kulkarni
Manager - Exports
Pune Forge & Rigging Pvt. Ltd.
""", attachments=[("OA_PFR_24-0219.docx", _p21_ack, DOCX_MT)])))])


# p22: EML says eight show samples, the attached PO says six.
_p22_po = pdf([
    ("h1", "PURCHASE ORDER TD-24-0177"),
    ("p", "TrailDock Inc. - 4100 Ed Bluestein Blvd, Austin TX 78721"),
    ("p", "Vendor: Ningbo Hengda Auto Parts Co., Ltd., Beilun, Ningbo    PO date: 07/08/2024    Terms: prepaid"),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD"],
        ["1", "TD-RR-BRONCO", "Modular roof rack, Ford Bronco 4-door hard top, SEMA show sample, "
                              "textured black + bronze accent", "6", "410.00"],
    ]),
    ("sp",),
    ("p", "Scope: 6 SEMA show samples only. No production quantity is released by this PO. Production is "
          "released only by a written release from Marcus Reed, Director of Supply Chain, after the SEMA Show "
          "(Nov 5-8, Las Vegas) and our vehicle fitment sign-off. Material authority: sample-only."),
    ("p", "Deliver to: TrailDock SEMA booth build, c/o Freeman, Las Vegas NV - must arrive by 10/21/2024."),
], title="TD-24-0177", author="TrailDock", pagesize=LETTER)
_p22_text = """Jason,

PO TD-24-0177 for the eight (8) SEMA show samples of the TD-RR-BRONCO roof rack is attached.
These go on the booth vehicles and the wall display, so finish quality matters more than usual -
no weld spatter, no rub marks on the bronze accents, individually bagged.

They must be in Las Vegas by October 21. Please confirm you can make that with ocean + LCL,
otherwise we'll pay for air.

Thanks,
Marcus
""" + sig("Marcus Reed", "Director of Supply Chain", "TrailDock Inc.", "+1 512 555 0177")
case("p22_sema_eight_vs_six", ["RG011"],
     "cover email says eight (8) SEMA show samples, attached PO authorizes 6",
     [("PO_TD-24-0177_SEMA_samples.eml", eml_bytes(mail(
         "Marcus Reed <marcus.reed@traildock.com>", "Jason Wu <jason.wu@hengda-autoparts.cn>",
         "PO TD-24-0177 - SEMA show samples TD-RR-BRONCO", "Mon, 08 Jul 2024 10:05:00 -0500", _p22_text,
         html="<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in _p22_text.split("\n\n")[:4])
              + "<p>Marcus Reed | Director of Supply Chain | TrailDock Inc.</p></body></html>",
         attachments=[("PO_TD-24-0177.pdf", _p22_po, PDF_MT)])))])


# p23: PDF PO - table says 12 sample sets, the note says ten (10).
case("p23_po_table_vs_note", ["RG011"],
     "PO table line 12 sample sets, scope note releases ten (10) sample sets",
     [("DL-PO-2406-03.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Dune Line Auto Accessories LLC - Warehouse 7, Al Quoz Industrial Area 3, Dubai, UAE"),
         ("p", "Supplier: Bursa Oto Aksesuar San. ve Tic. A.S., Bursa, Turkiye    PO No.: DL-PO-2406-03    "
               "Date: 4 June 2024    Terms: DAP Dubai, 100% T/T before dispatch"),
         ("sp",),
         ("table", [
             ["Line", "SKU", "Description", "Qty", "Unit EUR"],
             ["1", "DL-FM-LC300-GR", "3D TPE floor mat set, Land Cruiser 300 GR Sport, black, sample", "12 sets",
              "39.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This PO releases ten (10) sample sets only. The quoted production quantity of 1,200 sets is not "
               "released. It is released only after sample sign-off (fit, odour and 85 C heat-deformation test) and "
               "a written release from Faisal Rahman, Procurement Manager. Material authority: sample-only."),
         ("p", "Samples by air to Dubai, marked 'samples - no commercial value' plus invoice for customs."),
         ("p", "Faisal Rahman - Procurement Manager - Dune Line Auto Accessories LLC"),
     ], title="DL-PO-2406-03", author="Dune Line"))])


# p24: WhatsApp - buyer's PO says 20 trial-fit canopies, later he writes 2.
case("p24_whatsapp_twenty_vs_two", ["RG011"],
     "buyer states 20 trial-fit canopies (PO), later tells the supplier 2 sets; conflicting authorized quantities",
     [("WhatsApp_Chat_Ploy_Samut_Prakan_Canopy.txt", wa([
         ("10/06/2024", "09:05", "Johan vd Merwe Karoo",
          "Morning Ploy. PO KO-24-0210 is out for 20 trial-fit canopies (KO-CN-HLX, Hilux D/C, white). "
          "The other 180 on your quote are not released - they only get released after the fitment "
          "sign-off at our Pretoria workshop, in writing from Thandi Nkosi (Supply Chain Manager)."),
         ("10/06/2024", "09:40", "Ploy SP Canopy", "Sawasdee ka Khun Johan, received PO 🙏"),
         ("12/06/2024", "14:22", "Ploy SP Canopy", "Khun Johan, which colour code for white? Toyota 040 or 070?"),
         ("12/06/2024", "14:31", "Johan vd Merwe Karoo", "040 Super White, all of them"),
         ("18/06/2024", "10:02", "Ploy SP Canopy",
          "Khun Johan, confirm quantity trial fit again please? our planning ask me"),
         ("18/06/2024", "10:15", "Johan vd Merwe Karoo",
          "2 sets trial fit for now, rest on hold like I said"),
         ("18/06/2024", "10:17", "Ploy SP Canopy", "ok ka, 2 sets"),
         ("18/06/2024", "10:18", "Johan vd Merwe Karoo", "Lekker, thanks Ploy"),
     ]))])


# p25: DOCX release letter - text releases 150, table says 180.
case("p25_release_letter_150_vs_180", ["RG011"],
     "release letter text releases one hundred fifty (150) sets, its table shows 180 released",
     [("PR-MR-0419_Tacoma_liners.docx", docx_bytes([
         ("h1", "Production release PR-MR-0419"),
         ("p", "From: Mesa Ridge Outfitters LLC, Boise ID. To: Xiamen Polymat Rubber & Plastic Co., Ltd., "
               "attn. Ms. Coco Lin. Date: June 24, 2024."),
         ("p", "Order: MR-FL-TAC24 TPE floor liners, Toyota Tacoma 2024 double cab, PO MR-24-0498 "
               "(600 sets in total)."),
         ("p", "Following the sample sign-off on June 20 (fit, odour and cold-flex test at -30 C), we hereby "
               "release one hundred fifty (150) sets for production."),
         ("table", [
             ["Item", "Sets"],
             ["Released now (first lot)", "180"],
             ["Balance on hold", "420"],
             ["Total PO quantity", "600"],
         ]),
         ("p", "The balance is not released. It is released only after lot acceptance of the first lot at our "
               "Boise DC and a further written release from Jenna Ortiz, VP Operations."),
         ("p", "Material authority: first lot only. Please confirm the ex-works date for the first lot."),
         ("p", "Jenna Ortiz, VP Operations"),
     ], author="Jenna Ortiz"))])


# p27: ERP printout - REL QTY 500 vs note 400; balance on hold 'until further notice' (no unlock event).
case("p27_erp_rel_qty_vs_note", ["RG004", "RG011"],
     "ERP PO: release field 500 vs note 'release 1st lot 400 only'; balance on hold until further notice names no unlock event; named authority present",
     [("DL_PO_DL-BL-24-009.txt", txt("""
DUNE LINE AUTO ACCESSORIES LLC             PURCHASE ORDER - BLANKET RELEASE
Warehouse 7, Al Quoz Ind. Area 3, Dubai     PO NO   : DL-BL-24-009
TRN 100238745600003                        REL NO  : 001
                                           DATE    : 11-JUN-2024
SUPPLIER : S-0418 TAIZHOU RUGGED PLASTICS CO., LTD.
           HUANGYAN DISTRICT, TAIZHOU, ZHEJIANG, CHINA
BUYER    : F.RAHMAN                        CURRENCY: USD
INCOTERM : FOB NINGBO                      PAYMENT : 30 DAYS B/L
--------------------------------------------------------------------------
LINE ITEM          DESCRIPTION                   BLKT QTY  REL QTY  UOM
---- ------------- ----------------------------- --------  -------  ---
0001 DL-RB-120-ORG RECOVERY BOARD 1200MM ORANGE    1,500     0500   PR
                   NYLON PA6 + UV, 10 T RATED
                   DWG DL-RB-120 REV 07
--------------------------------------------------------------------------
NOTES:
  RELEASE 1ST LOT 400 PCS ONLY.
  BALANCE ON HOLD UNTIL FURTHER NOTICE.
  RELEASE AUTHORITY: FAISAL RAHMAN, PROCUREMENT MANAGER.
  MARK CARTONS: DUNE LINE / DL-RB-120 / MADE IN CHINA / 2 PR PER CTN.
--------------------------------------------------------------------------
                                                     PAGE 1 OF 1
"""))])


# p28: multi-file - call-off releases 300; supplier acknowledges 350 (with a plan attached).
_p28_co = txt("""
REDLINE 4WD ACCESSORIES PTY LTD                      CALL-OFF RL-CO-24-07
31 Pilbara Street, Welshpool WA 6106                 Date: 17/06/2024
------------------------------------------------------------------------
Supplier : Kaohsiung AutoFlex Co., Ltd.
Blanket  : RL-BL-24-02  RL-ST-HLX soft tonneau, Hilux SR5 dual cab
Blanket quantity : 1,200
------------------------------------------------------------------------
RELEASED FOR PRODUCTION BY THIS CALL-OFF :   300
BALANCE OF BLANKET (NOT RELEASED)        :   900
------------------------------------------------------------------------
- The 900 balance stays on hold. It is released only by the next
  call-off from Mick Faulkner, Purchasing Manager, after lot acceptance
  of these 300 at our Welshpool warehouse.
- Material authority: 300 only.
- Ship FOB Kaohsiung, ETD no later than 31/07/2024.
------------------------------------------------------------------------
Mick Faulkner - Purchasing Manager
""")
_p28_plan = txt("""
KAOHSIUNG AUTOFLEX - PRODUCTION PLAN
Customer: Redline 4WD / call-off RL-CO-24-07 / RL-ST-HLX
Week 26  cutting PVC cover        350
Week 27  rail extrusion cut/drill 350
Week 28  sewing + assembly        350
Week 29  QC + packing             350
Week 30  ETD Kaohsiung            350
""")
case("p28_calloff_300_ack_350", ["RG011"],
     "bundle: call-off releases 300; supplier acknowledgement and attached plan state 350",
     [("RL-CO-24-07.txt", _p28_co),
      ("RE_Call-off_RL-CO-24-07.eml", eml_bytes(mail(
          "Kevin Hsu <sales@ksautoflex.com.tw>", "Mick Faulkner <mick@redline4wd.com.au>",
          "RE: Call-off RL-CO-24-07 - RL-ST-HLX", "Wed, 19 Jun 2024 09:40:00 +0800",
          """Dear Mick,

We acknowledge your call-off RL-CO-24-07 for 350 pcs RL-ST-HLX. Production starts week 26, see the
attached plan. ETD Kaohsiung week 30 as requested.

Best regards,
Kevin Hsu
Sales Manager, Kaohsiung AutoFlex Co., Ltd.
""", attachments=[("production_plan_RL-CO-24-07.txt", _p28_plan, "text/plain")])))])


# p29: German buyer email releases 1.500, the attached order change says 1.250 (European numbers).
_p29_pdf = pdf([
    ("h1", "BESTELLAENDERUNG / PO CHANGE 4500013188 - Aend. 1"),
    ("p", "Hoehenweg Offroad GmbH - Motorstrasse 41 - 70499 Stuttgart"),
    ("p", "Lieferant: Anatolia Offroad Metal San. Tic. Ltd. Sti., Bursa    Datum: 08.07.2024"),
    ("sp",),
    ("table", [
        ["Pos", "Material", "Bezeichnung", "Menge", "Status"],
        ["10", "HW-RS-D110", "Rock slider Defender 110 (2020-), Vorserie", "4 Paar", "geliefert / delivered"],
        ["20", "HW-RS-D110", "Rock slider Defender 110 (2020-), Serie", "1.250 Paar", "Serienfreigabe / production release"],
        ["30", "HW-RS-D110", "Rock slider Defender 110 (2020-), Serie", "750 Paar", "nicht freigegeben / on hold"],
    ]),
    ("sp",),
    ("p", "Pos 30 is released only by a further written release from Florian Weiss, Leiter Produktmanagement, "
          "after lot acceptance of Pos 20 in Stuttgart. Material authority: Pos 20 only."),
    ("p", "Einkauf: Katrin Baumann"),
], title="4500013188 Aend 1", author="Hoehenweg Offroad")
case("p29_german_release_1500_vs_1250", ["RG011"],
     "email releases 1.500 pairs (rest 500 on hold); attached PO change releases 1.250 (750 on hold)",
     [("HW-RS-D110_Bestellung_4500013188.eml", eml_bytes(mail(
         "Katrin Baumann <k.baumann@hoehenweg-offroad.de>", "Serkan Demir <serkan.demir@anatoliaoffroad.com.tr>",
         "Serienfreigabe HW-RS-D110 / Bestellung 4500013188", "Mon, 08 Jul 2024 14:10:00 +0200",
         """Sehr geehrter Herr Demir, dear Mr. Demir,

the 4 pre-series pairs passed our fitment test and Florian Weiss has signed the sample sign-off.
Hereby we release 1.500 pairs of rock sliders HW-RS-D110 for series production, see the attached
order change. The remaining 500 pairs of the quoted 2.000 stay on hold until the lot acceptance of
this first lot; Mr. Weiss will then release them in writing.

Please send the production schedule and the first-article inspection plan by Friday.

Mit freundlichen Gruessen / kind regards
Katrin Baumann
Einkauf, Hoehenweg Offroad GmbH
Tel. +49 711 5558 2203
""", attachments=[("Bestellaenderung_4500013188_Aend1.pdf", _p29_pdf, PDF_MT)])))])


# ---------------------------------------------------------------- batch 4
# c22: multi-file - PO (TXT) releasing a first lot + separate explicit staged material authority (DOCX).
_c22_po = txt("""
BUSHVELD BAKKIE GEAR (PTY) LTD              PURCHASE ORDER  BBG-24-0207
12 Jacobs Road, Mobeni, Durban 4052         DATE            2024-05-21
VAT 4490281733                              BUYER           P. BOTHA
-----------------------------------------------------------------------
SUPPLIER: PUNE FORGE & RIGGING PVT LTD, MIDC BHOSARI, PUNE 411026 INDIA
ITEM    : BBG-RK-11 RECOVERY KIT - SNATCH STRAP 8 M / 11 T, 2 X BOW
          SHACKLE 4.75 T, RIGGER GLOVES, CANVAS BAG
PRICE   : USD 27.80 / KIT  FOB NHAVA SHEVA
-----------------------------------------------------------------------
QUOTED QUANTITY (PFR/Q/24-129)            300 KITS
RELEASED FOR PRODUCTION (FIRST LOT)        60 KITS
BALANCE NOT RELEASED - ON HOLD            240 KITS
-----------------------------------------------------------------------
THE 240 BALANCE IS RELEASED ONLY AFTER LOT ACCEPTANCE OF THE FIRST 60
AT OUR DURBAN DC AND A WRITTEN CALL-OFF FROM THANDEKA MOKOENA,
PROCUREMENT MANAGER.
MATERIAL: SEE MATERIAL AUTHORITY STATEMENT MAS-BBG-07 (SEPARATE FILE).
STRAP LABEL: WLL/MBS, SABS LOGO NOT PERMITTED, BBG BRANDING PER AW-11.
-----------------------------------------------------------------------
""")
_c22_mas = docx_bytes([
    ("h1", "Material Authority Statement MAS-BBG-07"),
    ("p", "Order: BBG-RK-11 recovery kit, PO BBG-24-0207. Supplier: Pune Forge & Rigging Pvt. Ltd. "
          "Issued by Bushveld Bakkie Gear (Pty) Ltd, Durban, on 21 May 2024."),
    ("table", [
        ["Quantity", "Kits", "Production", "Material"],
        ["First lot", "60", "released (PO BBG-24-0207)", "authorised"],
        ["Staged material", "90", "not released", "authorised - material only"],
        ["Rest of quoted quantity", "150", "not released", "not authorised"],
    ]),
    ("p", "Material authority: staged, up to 150 kits' worth of polyester webbing (75 mm, 11 t) and forged "
          "shackle blanks in total (60 released + 90 staged), at Bushveld Bakkie Gear's liability."),
    ("p", "Fabrication of the staged 90 kits is not released: no cutting, sewing, forging or finishing."),
    ("p", "No material beyond 150 kits' worth is authorised."),
    ("p", "Authorised by: Thandeka Mokoena, Procurement Manager."),
], author="Thandeka Mokoena")
case("c22_po_plus_material_statement", [],
     "bundle: PO releases 60, 240 on hold until lot acceptance + written call-off by named manager; separate explicit staged material authority up to 150",
     [("PO_BBG-24-0207.txt", _c22_po), ("MAS-BBG-07.docx", _c22_mas)])


# c23: supplier weekly status report (non-authorizing), restates that production is waiting.
case("c23_supplier_weekly_status", [],
     "supplier weekly status: 12 samples done, production 600 not released, no material bought; non-authorizing",
     [("Polymat_weekly_status_WK22.txt", txt("""
XIAMEN POLYMAT RUBBER & PLASTIC CO., LTD.          WEEKLY STATUS  WK22/2024
Customer : Karoo Overland (Pty) Ltd - Ms Thandi Nkosi / Mr Johan vd Merwe
Sent by  : Coco Lin, Sales                          Date: 2024-05-31
--------------------------------------------------------------------------
ORDER            ITEM          STEP              DONE   TOTAL   REMARK
KO-24-0190 SMPL  KO-FL-RGR     moulding            12      12
                               trimming            12      12
                               packing              0      12    Mon 3/6
                               DHL pickup           -       -    Tue 4/6
--------------------------------------------------------------------------
PRODUCTION 600 SETS (KO-FL-RGR)
  status   : NOT RELEASED - waiting your written release (Ms Thandi Nkosi)
  material : none purchased for production
  tool     : T1 tool kept in our store, no shots for production
--------------------------------------------------------------------------
OTHER
  - Ranger PX4 liner edge height increased 3 mm per your comment 24/5
  - colour plaque RAL 9005 sent with samples
  - factory closed 10 June (Dragon Boat Festival)
--------------------------------------------------------------------------
"""))])


# c24: long quoted thread, mostly logistics; buyer's complete scope sits two levels down. TXT attachment.
_c24_pl = txt("""
PACKING LIST  SSC-PL-24-0612                       Siam Steelcraft Co., Ltd.
Consignee: Dune Line Auto Accessories LLC, Al Quoz Ind. 3, Dubai
Ref: PO DL-PO-2404-09 - fitment samples
CTN  PART NO.        DESCRIPTION                      QTY   GW KG  DIMS CM
1    DL-BB-LC300     Bull bar LC300, fitment sample    1    41.0   172x60x38
2    DL-BB-LC300     Bull bar LC300, fitment sample    1    41.0   172x60x38
3    DL-BB-LC300     Bull bar LC300, fitment sample    1    41.0   172x60x38
4    DL-BB-LC300-HW  Hardware kits (3 sets) + manuals  3     6.5    40x30x20
TOTAL 4 CTNS                                           3 sets  129.5 KG
""")
_c24 = """Dear Khun Rohan, dear Mr. Faisal,

Please find the packing list attached. The 3 sample bull bars are in 3 wooden-frame crates plus one small
carton with the hardware kits and install manuals.

Airfreight: Thai Airways Cargo via BKK, flight TG517 on 14 June, arriving DXB 14 June evening.
AWB 217-4418 2290. Chargeable weight 187 kg (volumetric). Customs invoice and certificate of origin
(Form for GCC) are with the AWB. Please ask your broker to collect from dnata cargo terminal.

For your question on the radar sensor bracket: yes, we moved it 12 mm forward as on drawing Rev C, and the
bracket is now 3 mm stainless, not galvanised.

Best regards,
Nattaya
""" + sig("Nattaya Phromsiri", "Export Sales Manager", "Siam Steelcraft Co., Ltd.", "+66 38 655 210") + """

On 10 Jun 2024, at 15:22, Rohan Menon <rohan.menon@duneline.ae> wrote:
""" + quote("""Hi Nattaya,

Thanks for the photos, the welds look clean. Three things before you ship:
1. Please confirm crate dimensions and gross weight, our broker needs them for the DO.
2. Did you move the radar sensor bracket as per Rev C?
3. Please put the hardware kits in a separate carton, last time the bolts went missing in customs.

Rohan Menon
Product Manager, Dune Line Auto Accessories LLC

On 22 Apr 2024, at 11:05, Faisal Rahman <faisal.rahman@duneline.ae> wrote:
""") + "\n" + quote("""Dear Nattaya,

PO DL-PO-2404-09 attached. It is for 3 fitment samples of the LC300 bull bar (DL-BB-LC300) only.
The 297 balance of the 300 you quoted is not released. It is released only after the airbag-compatibility
check at the Toyota dealer in Al Quoz and our fitment sign-off, by a revised PO with a written release
signed by me.

Faisal Rahman
Procurement Manager, Dune Line Auto Accessories LLC""", depth=2)
case("c24_long_thread_logistics", [],
     "long logistics thread; buyer's quoted original scope: 3 samples, 297 not released until airbag check + sign-off, revised PO with written release by named manager",
     [("RE_LC300_bull_bar_samples_shipment.eml", eml_bytes(mail(
         "Nattaya Phromsiri <export@siamsteelcraft.co.th>",
         "Rohan Menon <rohan.menon@duneline.ae>, Faisal Rahman <faisal.rahman@duneline.ae>",
         "RE: LC300 bull bar samples - shipment", "Wed, 12 Jun 2024 16:40:00 +0700", _c24,
         attachments=[("SSC-PL-24-0612.txt", _c24_pl, "text/plain")])))])


# c25: WhatsApp - full-quantity container order; deposit explicitly only a payment term.
case("c25_whatsapp_full_container_order", [],
     "full-quantity order 1,600 sets, no samples and no balance; deposit stated as payment only, the PO is the production authority",
     [("WhatsApp_Chat_Mick_Redline.txt", wa([
         ("03/07/2024", "16:05", "Mick Faulkner Redline",
          "Emre, PO RL-24-0702 is in your inbox. It's for the full 1,600 sets of the 3D mats (2 x 40HC), all "
          "colours and fitments per your PI BOA-PI-24-0455."),
         ("03/07/2024", "16:06", "Mick Faulkner Redline",
          "That's the whole order - no samples this time, no balance. The fit was signed off on last year's "
          "tooling and nothing's changed."),
         ("03/07/2024", "16:08", "Mick Faulkner Redline",
          "Deposit goes out per the PI terms (30% TT) this week. That's payment only - your production "
          "authority is the PO for the 1,600."),
         ("03/07/2024", "16:31", "Emre Yilmaz Bursa Oto",
          "Thank you Mick 🙏 1,600 sets confirmed, we start cutting Monday 8 July"),
         ("03/07/2024", "16:33", "Emre Yilmaz Bursa Oto",
          "Container allocation: 1st 40HC ETD Gemlik 2 Aug, 2nd 40HC ETD 16 Aug"),
         ("03/07/2024", "16:40", "Mick Faulkner Redline", "Top stuff. Same carton labels as the 2023 order please"),
     ]))])


# p30: buyer turns the yearly demand plan into a commitment (HTML plan attached).
_p30_months = [("Jan", 300), ("Feb", 320), ("Mar", 420), ("Apr", 460), ("May", 450), ("Jun", 400),
               ("Jul", 380), ("Aug", 360), ("Sep", 380), ("Oct", 420), ("Nov", 520), ("Dec", 390)]
assert sum(q for _, q in _p30_months) == 4800
_p30_html = html_page("TrailDock demand plan 2025 - TD-HC-60", """
<h2>Demand plan 2025 - TD-HC-60 hitch cargo carrier 60 x 20 in</h2>
<p>Export from TrailDock planning (S&amp;OP cycle June 2024). Units per month, forecast.</p>
<table><tr><th>Month</th><th>Units</th></tr>
""" + "".join(f"<tr><td>{m} 2025</td><td>{q}</td></tr>\n" for m, q in _p30_months) + """<tr><td><b>Total</b></td><td><b>4,800</b></td></tr></table>
""")
case("p30_demand_plan_as_commitment", ["RG008"],
     "buyer: the 4,800 forecast units for next year - consider that our commitment",
     [("TD-HC-60_hitch_carrier_2025.eml", eml_bytes(mail(
         "Marcus Reed <marcus.reed@traildock.com>", "Jason Wu <jason.wu@hengda-autoparts.cn>",
         "TD-HC-60 hitch carrier - 2025 demand plan", "Tue, 25 Jun 2024 16:20:00 -0500",
         """Jason,

Attached is our 2025 demand plan for the TD-HC-60 hitch cargo carriers, exported from our planning tool.

The 4,800 units for next year - consider that our commitment, so you can plan your line around it.
Individual POs will follow monthly, usually 350-450 units each, and we'd like to keep the same price
as 2024 given the volume.

Two other items:
- the new powder coat (textured black, 1,000 h salt spray) is fine from January;
- please add a QR code to the instruction sheet linking to our install video.

Thanks,
Marcus
""" + sig("Marcus Reed", "Director of Supply Chain", "TrailDock Inc.", "+1 512 555 0177"),
         attachments=[("TD-HC-60_demand_plan_2025.html", _p30_html, "text/html")])))])


# p32: supplier quote calls the buyer's annual forecast a firm order.
case("p32_quote_forecast_firm_order", ["RG008"],
     "supplier quote: 'based on your firm order of 3,000 pcs per your annual forecast' while the forecast is non-binding",
     [("KAF-Q24-0533.pdf", pdf([
         ("h1", "QUOTATION KAF-Q24-0533"),
         ("p", "Kaohsiung AutoFlex Co., Ltd. - Renwu Dist., Kaohsiung 814, Taiwan"),
         ("p", "To: Mesa Ridge Outfitters LLC, Boise ID - attn. Mr. Tyler Brooks    Date: 2024/06/18    "
               "Price term: FOB Kaohsiung    Validity: 60 days"),
         ("p", "Reference: Mesa Ridge rolling forecast MR-FC-2405 (12 months, non-binding), item MR-SR-JT "
               "soft roll-up tonneau, Jeep Gladiator 5 ft."),
         ("sp",),
         ("p", "Based on your firm order of 3,000 pcs per your annual forecast, we are pleased to offer the "
               "following price. We have reserved sewing line 3 for your volume from September."),
         ("table", [
             ["Qty", "Unit price USD", "Lead time"],
             ["5 pcs (samples)", "140.00", "15 days"],
             ["3,000 pcs (annual, 4 lots)", "78.00", "40 days per lot"],
         ]),
         ("sp",),
         ("p", "Material: 18 oz PVC-coated polyester, 6063-T5 rails, black anodized. Payment: 30% deposit, "
               "70% against copy B/L."),
         ("p", "Kevin Hsu - Sales Manager"),
     ], title="KAF-Q24-0533", author="Kaohsiung AutoFlex"))])


# p33: DOCX launch plan - dealer pre-order forecast declared the firm order quantity.
case("p33_launch_plan_forecast_as_order", ["RG008"],
     "launch plan: dealer pre-order forecast of 900 units to be treated as the firm order quantity",
     [("OTG_Tradie_Tray_Rack_launch_plan.docx", docx_bytes([
         ("h1", "Launch plan - OTG Tradie Tray Rack (OTG-TTR-18)"),
         ("p", "Prepared by Shane Whitfield, Product Development, for Outback Trail Gear and Chonburi Offroad "
               "Fabrication Co., Ltd. Version 3, 6 May 2024."),
         ("h", "Status"),
         ("li", "Trial-fit samples fitted on HiLux, Ranger, D-Max and BT-50 tray backs in March - signed off."),
         ("li", "Load rating 150 kg on-road / 100 kg off-road confirmed on the corrugation rig."),
         ("li", "Dealer launch kit: rack, install video card, counter stand, A3 poster."),
         ("h", "Volume"),
         ("p", "Pre-order forecast from the dealer network (as at 3 May): 900 units. Treat this as our firm "
               "order quantity for the launch container allocation - Anan, please book it in."),
         ("h", "Timeline"),
         ("table", [
             ["Milestone", "Date", "Owner"],
             ["Dealer pre-order window closes", "31 May", "OTG sales"],
             ["4WD show Brisbane display units", "21 June", "Shane"],
             ["First container ETD Laem Chabang", "12 July", "Chonburi Offroad"],
             ["Dealer launch day", "15 August", "OTG marketing"],
         ]),
         ("h", "Open points"),
         ("li", "Anan to confirm powder coat colour match for the 'Dune' option."),
         ("li", "Kylie to set up SKUs OTG-TTR-18-BLK and OTG-TTR-18-DUN in the ERP."),
     ], author="Shane Whitfield"))])


# p34: buyer books a seasonal forecast as a confirmed order and ties production to the advance payment.
_p34 = """Dear Lucy,

Please book our Ramadan / Eid forecast of 1,500 pairs of recovery boards (DL-RB-120, 900 orange,
600 sand) as a confirmed order in your system, so that we keep the container allocation for August.

We will remit 20% advance this week. Once it reaches you, you can start production so the boards are
ready for loading by 20 August.

Please send the PI for the 1,500 pairs with the usual carton marks (Dune Line / DL-RB-120 / 2 pairs per
carton) and the updated rating label (10 T, Rev 07).

Best regards,
Faisal Rahman
Procurement Manager
Dune Line Auto Accessories LLC - Warehouse 7, Al Quoz Industrial Area 3, Dubai
Tel +971 4 555 0187
"""
case("p34_forecast_booked_advance_starts", ["RG008", "RG012"],
     "buyer: book the seasonal forecast of 1,500 as a confirmed order; once the 20% advance reaches you, start production",
     [("DL-RB-120_Eid_season_boards.eml", eml_bytes(mail(
         "Faisal Rahman <faisal.rahman@duneline.ae>", "Lucy Chen <lucy@tz-rugged.cn>",
         "Ramadan / Eid forecast - DL-RB-120 recovery boards", "Sun, 30 Jun 2024 10:45:00 +0400", _p34)))])


# p35: 'approval' used for engineering sign-off and for finance's PO approval (multipart/alternative).
_p35 = """Kevin,

Update on the Ram hard folding covers (TPT-HF-RAM57):

Engineering approval of the 2 samples came through this morning - Dana's fit report is in the shared
folder. Finance approval of revised PO 71-40995 Rev 1 is still pending; our CFO is travelling until
Thursday.

Once we have both approvals, Jenna Ortiz (VP Operations) will send you the production release for the
398 covers in writing. Until then the 398 stay on hold - PO 71-40995 covers the 2 samples only, so
please keep the line free for other customers this week.

Thanks for your patience,
Tyler
""" + sig("Tyler Brooks", "Sourcing Manager", "Mesa Ridge Outfitters LLC, Boise ID", "+1 208 555 0139")
case("p35_approval_engineering_and_finance", ["RG009"],
     "'approval' used for the engineering sample approval and for finance's PO approval; scope otherwise complete",
     [("TPT-HF-RAM57_status_update.eml", eml_bytes(mail(
         "Tyler Brooks <tyler.brooks@mesaridge-outfitters.com>", "Kevin Lin <kevin.lin@tpt-tonneau.com.tw>",
         "TPT-HF-RAM57 - status of approvals", "Tue, 18 Jun 2024 09:05:00 -0600", _p35,
         html="<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in _p35.split("\n\n")[:5])
              + "<p>Tyler Brooks | Sourcing Manager | Mesa Ridge Outfitters LLC</p></body></html>")))])


# p36: DOCX project status (German buyer) - 'released' for drawing, samples, PO and production.
case("p36_release_status_four_meanings", ["RG009"],
     "project status uses 'released' for the drawing, the samples (quality), the PO (purchasing) and production",
     [("Projektstatus_HW-RT-GR.docx", docx_bytes([
         ("h1", "Projektstatus / project status - HW-RT-GR Dachtraeger (roof rack) INEOS Grenadier"),
         ("p", "Supplier: Ningbo Hengda Auto Parts Co., Ltd. Buyer: Hoehenweg Offroad GmbH, Stuttgart. "
               "Status as of 24.05.2024, prepared by Katrin Baumann."),
         ("table", [
             ["Item", "Release status", "By / date"],
             ["Drawing HW-RT-GR-Z Rev 5", "released", "Engineering, 14.05.2024"],
             ["Pre-series racks (8 Stk)", "released", "Quality, 21.05.2024 after fit test on 2 vehicles"],
             ["PO 4500013100", "released", "Purchasing, 22.05.2024"],
             ["Series production 600 Stk", "not released", "pending - Florian Weiss"],
         ]),
         ("h", "Scope"),
         ("p", "Active quantity: the 8 pre-series racks of PO 4500013100. The series quantity of 600 Stk is on "
               "hold. It is released only in writing by Florian Weiss, Leiter Produktmanagement, after the "
               "2.000 km off-road test of the pre-series racks is signed off."),
         ("h", "Next steps"),
         ("li", "Off-road test Langenaltheim, KW 23-25 (Jonas Richter)."),
         ("li", "Ningbo Hengda: send salt-spray report ISO 9227 (480 h) for the crossbar end caps."),
         ("li", "Packaging drop test per ISTA 2A before the series shipment."),
     ], author="Katrin Baumann"))])


# p37: WeChat - buyer uses 'release' for QC sample acceptance, PO issue and production; supplier confused.
case("p37_wechat_release_three_ways", ["RG009"],
     "buyer uses 'release' for QC sample acceptance, for issuing the PO and for production; supplier asks what release means",
     [("WeChat_Coco_Lin_Bushveld.txt", wechat("Coco Lin (Xiamen Polymat) / Pieter Botha", [
         ("2024-06-11 08:32:15", "Pieter Botha",
          "Morning Coco. Sample is released by our QC 👍 the Ranger liners fit perfect, Hilux also ok."),
         ("2024-06-11 08:33:40", "Pieter Botha",
          "I'll release the PO for the production to you tomorrow after finance."),
         ("2024-06-11 08:34:02", "Pieter Botha",
          "Production release for the 500 sets comes from Thandeka Mokoena after that, in writing. "
          "PO BBG-24-0233 is still the 6 sample sets only, the 500 stay on hold until then."),
         ("2024-06-11 09:10:47", "Coco Lin",
          "Sorry Pieter, release mean we can start production? Sample released, PO released, then production "
          "release? I confused 😅"),
         ("2024-06-11 09:25:31", "Pieter Botha",
          "Haha no stress. Only Thandeka's written release lets you start the 500. The others are just our "
          "internal steps."),
         ("2024-06-11 09:26:05", "Coco Lin", "OK understand, wait Ms Thandeka written release 🙏"),
     ]))])


# p38: PDF PO - front page scopes the samples; T&C clause makes sample approval = price + production approval.
case("p38_po_terms_approval_clause", ["RG007", "RG009"],
     "PO terms: approval of the samples constitutes approval of price and approval for series production (implied auto-conversion; approval used three ways)",
     [("RL-24-0666_PO.pdf", pdf([
         ("h1", "PURCHASE ORDER RL-24-0666"),
         ("p", "Redline 4WD Accessories Pty Ltd - 31 Pilbara Street, Welshpool WA 6106"),
         ("p", "Supplier: Taichung Precision Tonneau Co., Ltd., Taichung, Taiwan    Date: 24/06/2024    "
               "Quotation: TPT-Q-24-0412"),
         ("sp",),
         ("table", [
             ["Line", "Part no.", "Description", "Qty", "Unit USD"],
             ["1", "RL-HL-DMX", "Hard lid, Isuzu D-Max 2024 space cab, pre-production sample, Cobalt Blue",
              "4", "690.00"],
         ]),
         ("sp",),
         ("p", "This PO covers 4 pre-production sample lids. The production quantity in quotation "
               "TPT-Q-24-0412 is not released by this PO; production release follows separately after sample "
               "sign-off. Contact for production release: Mick Faulkner, Purchasing Manager."),
         ("sp",),
         ("h", "Terms and conditions of purchase (extract)"),
         ("p", "5. Delivery. Time is of the essence. Partial deliveries only with written consent."),
         ("p", "6. Inspection. Goods are subject to inspection at Redline's Welshpool warehouse within 30 days "
               "of arrival."),
         ("p", "7. Approval. Approval of the pre-production samples by Redline constitutes approval of the "
               "quoted price and approval for series production."),
         ("p", "8. Warranty. 24 months from delivery to the end customer, including paint and seals."),
     ], title="RL-24-0666", author="Redline 4WD"))])


# p39: 'approved' for PO (finance) and drawing, then an unscoped 'Approved - please go ahead' (multipart).
_p39 = """Dear Nattaya,

Quick update: the PO is approved (finance signed yesterday) and Faisal approved the drawing Rev C
for the Patrol rear bar.

Approved - please go ahead.

Regards,
Rohan
""" + sig("Rohan Menon", "Product Manager", "Dune Line Auto Accessories LLC", "+971 4 555 0192") + """

On 3 May 2024, at 12:10, Faisal Rahman <faisal.rahman@duneline.ae> wrote:
""" + quote("""Dear Nattaya,

PO DL-PO-2404-31: 3 fitment samples of the DL-RB-PAT rear bar (Patrol Y62) only. The 300 production
pieces on your quote are not released. They are released only after our desert test is signed off and a
revised PO with my written release is issued.

Faisal Rahman, Procurement Manager, Dune Line Auto Accessories LLC""")
case("p39_approved_please_go_ahead", ["RG002", "RG009"],
     "'approved' used for the PO (finance) and the drawing; then 'Approved - please go ahead' with no quantity or sample scope",
     [("RE_DL-RB-PAT_drawing_RevC.eml", eml_bytes(mail(
         "Rohan Menon <rohan.menon@duneline.ae>", "Nattaya Phromsiri <export@siamsteelcraft.co.th>",
         "RE: DL-RB-PAT rear bar - drawing Rev C", "Mon, 13 May 2024 11:02:00 +0400", _p39,
         html="<html><body><p>Dear Nattaya,</p><p>Quick update: the PO is approved (finance signed yesterday) and "
              "Faisal approved the drawing Rev C for the Patrol rear bar.</p><p><b>Approved - please go ahead.</b></p>"
              "<p>Regards,<br>Rohan</p><blockquote>" + escape(quote("""Dear Nattaya,

PO DL-PO-2404-31: 3 fitment samples of the DL-RB-PAT rear bar (Patrol Y62) only. The 300 production
pieces on your quote are not released. They are released only after our desert test is signed off and a
revised PO with my written release is issued.

Faisal Rahman, Procurement Manager, Dune Line Auto Accessories LLC""")).replace("\n", "<br>")
              + "</blockquote></body></html>",
         cc="Faisal Rahman <faisal.rahman@duneline.ae>")))])


# p41: buyer's 'Good to run.' after sample photos, no quantity; scope further down the thread.
_p41 = """Jason,

Looks bloody good mate. Good to run.

Mick
""" + sig("Mick Faulkner", "Purchasing Manager", "Redline 4WD Accessories Pty Ltd", "+61 8 9355 0171") + """

On Mon, 17 Jun 2024 at 18:20, Jason Wu <jason.wu@hengda-autoparts.cn> wrote:
""" + quote("""Dear Mick,

Attached photos of the 6 pre-production racks RL-PR-1450 after powder coat and assembly, also the
load test 75 kg x 30 min on the gutter mounts. Please check and advise.

Best regards
Jason Wu

On Tue, 21 May 2024 at 08:45, Mick Faulkner <mick@redline4wd.com.au> wrote:
""") + "\n" + quote("""Jason, PO RL-24-0547 is for 6 pre-production racks. The 400 production racks are not
released until we fit-test on the 200 and 300 Series and I send you a written release.
Mick Faulkner, Purchasing Manager""", depth=2)
case("p41_good_to_run", ["RG002"],
     "buyer replies 'Good to run.' to sample photos, naming neither sample-only nor a quantity; scope in thread complete",
     [("RE_RL-PR-1450_preproduction_photos.eml", eml_bytes(mail(
         "Mick Faulkner <mick@redline4wd.com.au>", "Jason Wu <jason.wu@hengda-autoparts.cn>",
         "RE: RL-PR-1450 pre-production photos", "Tue, 18 Jun 2024 07:55:00 +0800", _p41)))])


# p42: WhatsApp - 'green light from our side'; no sample quantity; release 'from our side' (no person).
case("p42_whatsapp_green_light_our_side", ["RG002", "RG005", "RG010"],
     "buyer: trial-fit sets with no number, rest on hold until sign-off and release 'from our side' (no person), then 'Green light from our side'",
     [("WhatsApp_Chat_Rajesh_Pune_Forge.txt", wa([
         ("20/05/2024", "10:12", "Johan vd Merwe Karoo",
          "Hi Rajesh, PO KO-24-0225 is for the trial-fit sets of the recovery points for the Hilux and the Ranger."),
         ("20/05/2024", "10:13", "Johan vd Merwe Karoo",
          "The rest of the quote stays on hold until our trial-fit sign-off and the release from our side."),
         ("20/05/2024", "10:40", "Rajesh Pune Forge",
          "Noted sir. Forging die for Ranger point is ready, Hilux die by Wednesday. Shall we start?"),
         ("20/05/2024", "11:02", "Johan vd Merwe Karoo", "Green light from our side 👍"),
         ("20/05/2024", "11:03", "Rajesh Pune Forge", "Thank you sir 🙏"),
         ("24/05/2024", "17:45", "Rajesh Pune Forge", "<Media omitted>"),
         ("24/05/2024", "17:46", "Rajesh Pune Forge", "First forgings for your kind information sir"),
     ]))])


# ---------------------------------------------------------------- batch 5
# p44: HTML supplier-hub PO page - "APPROVED. You may proceed." with no quantity or scope.
case("p44_portal_po_approved_proceed", ["RG002"],
     "supplier hub banner 'PO status: APPROVED - you may proceed' names neither samples nor a quantity; PO lines scoped (6 samples, 1,200 on hold, named release)",
     [("ridgeback_po_RB-24-0311.html", html_page("Ridgeback Supplier Hub - PO RB-24-0311", """
<div style="background:#3b2f1e;color:#fff;padding:8px"><b>Ridgeback Overland Supply</b> - Supplier Hub &nbsp;|&nbsp; Vendor: Ningbo Hengda Auto Parts Co., Ltd.</div>
<div style="background:#e6f4e6;border:1px solid #5a5;padding:6px;margin:8px 0"><b>PO status: APPROVED.</b> You may proceed.</div>
<h2>Purchase order RB-24-0311</h2>
<p>Issued 05/28/2024 &nbsp;|&nbsp; Buyer: Cody Jensen, Procurement Director &nbsp;|&nbsp; Terms: FOB Ningbo, Net 45</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Line status</th></tr>
<tr><td>1</td><td>RB-BR-TUN</td><td>Overland bed rack, Toyota Tundra 5.5 ft, pre-production sample</td><td>6</td><td>$265.00</td><td>Samples</td></tr>
<tr><td>2</td><td>RB-BR-TUN</td><td>Overland bed rack, Toyota Tundra 5.5 ft, production</td><td>1,200</td><td>$171.00</td><td>On hold - not released</td></tr>
</table>
<div class="note">Line 2 is not released. It is released only by a written release from Cody Jensen, Procurement Director,
after the 6 samples pass our vehicle fitment sign-off. Material authority: samples only.</div>
<p style="color:#777">Documents: drawing RB-BR-TUN Rev D, packaging spec PK-07, routing guide v4.</p>
"""))])


# p46: bare sample PO (PDF) with the quoted production quantity printed beside it.
case("p46_bare_sample_po_with_quote_qty", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 2 bull bars prints the quoted production 250 pcs with no hold, no unlock event, no release person",
     [("RL-24-0573.pdf", pdf([
         ("h1", "PURCHASE ORDER RL-24-0573"),
         ("p", "Redline 4WD Accessories Pty Ltd - 31 Pilbara Street, Welshpool WA 6106 - ABN 22 604 118 775"),
         ("p", "Supplier: Siam Steelcraft Co., Ltd., Pluak Daeng, Rayong, Thailand    Date: 29/05/2024    "
               "Terms: 100% T/T before dispatch"),
         ("sp",),
         ("table", [
             ["Line", "Part no.", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "RL-BB-RGR24", "Bull bar Ford Ranger Next-Gen, fitment sample, satin black, with "
                                  "light bar mount and 2 x recovery points", "2", "520.00", "1,040.00"],
         ]),
         ("sp",),
         ("table", [
             ["Quotation SSC-QT-2404-102", ""],
             ["Production quantity", "250 pcs"],
             ["Production unit price", "USD 305.00 FOB Laem Chabang"],
             ["Production lead time", "45 days"],
         ]),
         ("sp",),
         ("p", "Samples to be airfreighted to Redline, 31 Pilbara Street, Welshpool, attn. workshop. Include "
               "fitting instructions and the torque chart. Powder coat: Interpon D2525 satin black."),
         ("p", "Mick Faulkner - Purchasing Manager"),
     ], title="RL-24-0573", author="Redline 4WD"))])


# p47: one-line PO email (multipart/alternative) + the supplier quote with production tiers.
_p47_quote = pdf([
    ("h1", "QUOTATION GBW-Q-24-0301"),
    ("p", "Guangzhou Brightway LED Lighting Co., Ltd. - Huadu District, Guangzhou, China"),
    ("p", "To: Dune Line Auto Accessories LLC, Dubai - attn. Mr. Faisal Rahman    Date: 2024-05-14    FOB Shenzhen"),
    ("sp",),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD"],
        ["DL-LB-50S", "50 inch single-row LED light bar, 250 W, IP68, E-mark, amber DRL, sample", "12 pcs", "96.00"],
        ["DL-LB-50S", "same, mass production", "1,000 pcs", "61.50"],
        ["DL-LB-50S", "same, mass production", "3,000 pcs", "57.80"],
    ]),
    ("sp",),
    ("p", "Warranty 3 years. Lead time: samples 10 days, mass production 25-30 days. Amy Zhang, Sales Director."),
], title="GBW-Q-24-0301", author="Brightway")
_p47 = """Dear Amy,

This email is our PO DL-PO-2405-30 for 12 pcs samples of the 50 inch single-row light bar DL-LB-50S,
as per your attached quotation GBW-Q-24-0301. Kindly arrange DHL to our warehouse in Al Quoz and send
us the AWB.

Best regards,
Faisal Rahman
Procurement Manager, Dune Line Auto Accessories LLC
"""
case("p47_po_email_with_quote_tiers", ["RG001", "RG003", "RG004", "RG005"],
     "PO email for 12 samples with the attached quote showing 1,000 and 3,000 pcs; nothing says not released, no unlock event, no release person",
     [("PO_DL-PO-2405-30.eml", eml_bytes(mail(
         "Faisal Rahman <faisal.rahman@duneline.ae>", "Amy Zhang <amy.zhang@brightway-led.cn>",
         "PO DL-PO-2405-30 - DL-LB-50S samples", "Thu, 16 May 2024 09:30:00 +0400", _p47,
         html="<html><body><p>Dear Amy,</p><p>This email is our PO <b>DL-PO-2405-30</b> for 12 pcs samples of the "
              "50 inch single-row light bar DL-LB-50S, as per your attached quotation GBW-Q-24-0301. Kindly arrange "
              "DHL to our warehouse in Al Quoz and send us the AWB.</p><p>Best regards,<br>Faisal Rahman<br>"
              "Procurement Manager, Dune Line Auto Accessories LLC</p></body></html>",
         attachments=[("GBW-Q-24-0301.pdf", _p47_quote, PDF_MT)])))])


# p48: HTML supplier-hub PO for 2 samples with the programme volume beside it, no scope at all.
case("p48_portal_sample_po_program_volume", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 2 samples shows programme volume 3,600/yr beside it; no hold, no unlock event, no release person",
     [("ridgeback_po_RB-24-0288.html", html_page("Ridgeback Supplier Hub - PO RB-24-0288", """
<div style="background:#3b2f1e;color:#fff;padding:8px"><b>Ridgeback Overland Supply</b> - Supplier Hub &nbsp;|&nbsp; Vendor: Taichung Precision Tonneau Co., Ltd.</div>
<h2>Purchase order RB-24-0288</h2>
<p>Issued 05/09/2024 &nbsp;|&nbsp; Buyer: Cody Jensen &nbsp;|&nbsp; Terms: prepaid, FedEx IP</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th></tr>
<tr><td>1</td><td>RB-HT-TAC</td><td>Hard tri-fold tonneau, Toyota Tacoma 5 ft (2024-), sample</td><td>2</td><td>$410.00</td></tr>
</table>
<h3>Program</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Program volume</td><td>3,600 units / year</td></tr>
<tr><td>Target cost</td><td>$238.00 FOB</td></tr>
<tr><td>Launch</td><td>Q1 2025, ridgeback.com + Amazon</td></tr>
</table>
<p>Ship samples to: Ridgeback Overland Supply, 4700 Holly St, Denver CO 80216, attn. product team.</p>
"""))])


# p49: scoped PO email (hold on 480) but the attached quote Rev B shows 1,000 sets, unlabelled.
_p49_quote = pdf([
    ("h1", "QUOTATION COF-Q-2405-07 Rev B"),
    ("p", "Chonburi Offroad Fabrication Co., Ltd. - Amata City Chonburi, Thailand"),
    ("p", "Customer: Outback Trail Gear Pty Ltd, Brisbane    Date: 17 May 2024    Price: FOB Laem Chabang"),
    ("sp",),
    ("table", [
        ["Item", "Description", "Qty", "Unit AUD"],
        ["OTG-TR-DMX", "Tub rack Isuzu D-Max 2024, trial-fit set", "20 sets", "212.00"],
        ["OTG-TR-DMX", "Tub rack Isuzu D-Max 2024, production", "1,000 sets", "139.00"],
    ]),
    ("sp",),
    ("p", "Rev B: production price reduced with the new bending fixture; steel surcharge clause removed."),
    ("p", "Anan Saetang, Sales Manager"),
], title="COF-Q-2405-07 Rev B", author="Chonburi Offroad")
case("p49_scoped_po_quote_revb_1000", ["RG001"],
     "PO email holds the 480 balance of the 500 (Rev A) properly, but attaches quote Rev B showing 1,000 production sets with nothing saying informational or not released",
     [("PO_4500-2305_tub_rack.eml", eml_bytes(mail(
         "Kylie Brennan <kylie.brennan@outbacktrailgear.com.au>", "Anan Saetang <anan@chonburi-offroad.co.th>",
         "PO 4500-2305 - OTG-TR-DMX tub rack trial-fit sets", "Mon, 20 May 2024 10:20:00 +1000",
         """Hi Anan,

PO 4500-2305 is for the 20 trial-fit sets of the OTG-TR-DMX tub rack (D-Max 2024), delivery to Eagle
Farm by 28 June.

Scope: 20 sets released for trial fit. The balance of 480 sets (your quote Rev A: 500 sets less the 20)
is not released and stays on hold until the trial fit is signed off and Darren Pike, Operations Director,
releases it in writing. Material authority: sample-only.

I've attached your quote Rev B that came through on Friday.

Thanks,
Kylie Brennan
Purchasing, Outback Trail Gear Pty Ltd
+61 7 3268 0130
""", attachments=[("COF-Q-2405-07_RevB.pdf", _p49_quote, PDF_MT)])))])


# p50: ERP printout - sample line plus an open production line with no scope note.
case("p50_erp_sample_plus_open_production_line", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO: sample line 8 EA plus production line 800 EA 'OPEN, DEL TBA'; nothing says not released, no unlock event, no release person",
     [("BBG_PO_24-0231.txt", txt("""
BUSHVELD BAKKIE GEAR (PTY) LTD                      PURCHASE ORDER
12 Jacobs Road, Mobeni, Durban 4052                 NUMBER : BBG-24-0231
VAT 4490281733                                      DATE   : 2024/06/03
                                                    BUYER  : P BOTHA
SUPPLIER : TAIZHOU RUGGED PLASTICS CO LTD   ACC: TRP001
           HUANGYAN DISTRICT, TAIZHOU, ZHEJIANG, CHINA
DELIVER  : DURBAN DC, 12 JACOBS RD, MOBENI
--------------------------------------------------------------------------
LN  CODE           DESCRIPTION                    QTY  UOM  PRICE   STATUS
--  -------------  ---------------------------  -----  ---  ------  ------
01  BBG-RB-110-SD  RECOVERY BOARD 1100 SAND         8  EA   24.00   SAMPLE
                   SHIP FIRST BY AIR
02  BBG-RB-110-SD  RECOVERY BOARD 1100 SAND       800  EA   13.60   OPEN
                   DEL DATE TBA
--------------------------------------------------------------------------
CURRENCY USD        INCOTERM FOB NINGBO        TERMS 30% DEP / 70% B/L
REMARKS: PRINT BBG LOGO PER AW-BBG-RB-02. PAIR PACK, 2 PR PER CARTON.
--------------------------------------------------------------------------
"""))])


# p57: EML - 'go ahead with the trial-fit samples as discussed', no number, nothing about the rest.
case("p57_go_ahead_samples_as_discussed", ["RG003", "RG004", "RG005", "RG010"],
     "'go ahead with the trial-fit samples as discussed' - no quantity, no hold on the rest, no unlock event, no release person",
     [("Trial-fit_samples_Gladiator_4Runner.eml", eml_bytes(mail(
         "Cody Jensen <cody.jensen@ridgebackoverland.com>", "Emre Yilmaz <emre.yilmaz@bursaoto.com.tr>",
         "Trial-fit samples - Gladiator + 4Runner mats", "Thu, 23 May 2024 15:10:00 -0600",
         """Hi Emre,

Great talking to you this morning. Following our call, please go ahead with the trial-fit samples for
the Gladiator and 4Runner mats as discussed - black only for now, we'll decide on grey after we see them.

The formal PO will follow from our AP team next week; they need your W-8BEN-E and bank letter for vendor
setup first. Ship to our Denver warehouse, 4700 Holly St, Denver CO 80216, attn. product team.

We're aiming for a fall launch on ridgeback.com and Amazon, so the sooner we have them on a truck the better.

Thanks,
Cody
""" + sig("Cody Jensen", "Procurement Director", "Ridgeback Overland Supply, Denver CO", "+1 303 555 0148"))))])


# p59: HTML partner-portal PO - sample quantity 'TBA', scope otherwise complete.
case("p59_portal_sample_qty_tba", ["RG010"],
     "portal PO: pre-production samples 'qty TBA (per engineering)'; production 1,500 not released, named unlock event and VP",
     [("mesaridge_partner_po_MR-24-0607.html", html_page("Mesa Ridge Partner Portal - PO MR-24-0607", """
<div style="background:#5a2d0c;color:#fff;padding:8px"><b>Mesa Ridge Partner Portal</b> &nbsp;|&nbsp; Supplier: Guangzhou Brightway LED Lighting Co., Ltd.</div>
<h2>Purchase order MR-24-0607</h2>
<p>Issued 06/07/2024 &nbsp;|&nbsp; Buyer: Tyler Brooks, Sourcing Manager &nbsp;|&nbsp; Ship to: Boise DC</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th></tr>
<tr><td>1</td><td>MR-LB-20C</td><td>20 in combo-beam LED light bar, SAE J581 auxiliary driving lamp, pre-production sample</td><td>TBA (per engineering)</td><td>$58.00</td></tr>
</table>
<div class="note">Samples only. The production quantity (quoted 1,500 pcs) is not released by this PO. It is released
only after the SAE J581 photometry report and our road test are signed off, in writing by Jenna Ortiz, VP Operations.
Material authority: sample-only.</div>
<p>Packaging: retail box with DOT/SAE marking on the lens, barcode label per Mesa Ridge spec MR-PK-03.</p>
"""))])


# p60: ERP call-off with no quantity and a bare 'APPROVED - PROCEED'.
case("p60_calloff_no_qty_approved_proceed", ["RG002", "RG010"],
     "call-off 02 gives no quantity (schedule 'attached' but absent) and a bare 'APPROVED - PROCEED'; hold, unlock event and named authority present",
     [("DL-CO-2406-02.txt", txt("""
DUNE LINE AUTO ACCESSORIES LLC                           CALL-OFF
Warehouse 7, Al Quoz Ind. Area 3, Dubai             NO.  : DL-CO-2406-02
                                                    DATE : 18-JUN-2024
SUPPLIER : BURSA OTO AKSESUAR SAN. VE TIC. A.S., NILUFER OSB, BURSA
BLANKET  : DL-BL-24-003   3D TPE FLOOR MATS, MIXED FITMENTS
BLANKET QTY : 3,000 SETS      CALL-OFF 01 : 1,000 SETS (SHIPPED 02-JUN)
--------------------------------------------------------------------------
CALL-OFF 02 QUANTITY : PER DELIVERY SCHEDULE (ATTACHED)
FITMENTS             : LC300 / PATROL Y62 / PRADO 250
DELIVERY             : CIF JEBEL ALI, ETD GEMLIK WEEK 29
--------------------------------------------------------------------------
STATUS : APPROVED - PROCEED
--------------------------------------------------------------------------
REMAINING BLANKET BALANCE ON HOLD. RELEASED ONLY BY CALL-OFF 03, SIGNED
BY FAISAL RAHMAN, PROCUREMENT MANAGER, AFTER INSPECTION OF THE CALL-OFF
02 CONTAINER AT JEBEL ALI.
--------------------------------------------------------------------------
"""))])


# p61: DOCX release letter - approval used for samples and commercial terms; first lot quantity never stated.
case("p61_release_first_lot_no_qty", ["RG009", "RG010"],
     "release letter: 'approval of the samples and approval of the commercial terms'; releases 'the first production lot' without a quantity",
     [("Ridgeback_release_RB-HT-TUN.docx", docx_bytes([
         ("h1", "Production release - RB-HT-TUN"),
         ("p", "Ridgeback Overland Supply, 4700 Holly St, Denver CO 80216. To: Taichung Precision Tonneau Co., "
               "Ltd., attn. Kevin Lin. Date: July 1, 2024. PO RB-24-0266."),
         ("p", "Following approval of the samples (fit report FR-22, Tundra 2022 and 2024) and approval of the "
               "commercial terms by our finance team, we hereby release the first production lot of the RB-HT-TUN "
               "hard tri-fold tonneau covers for production."),
         ("p", "The remainder of the quoted 1,000 covers stays on hold. It is released only after lot acceptance of "
               "the first lot at our Denver DC and a further written release from Cody Jensen, Procurement Director."),
         ("table", [
             ["Item", "Detail"],
             ["Finish", "matte black powder coat, textured"],
             ["Packaging", "PK-07, 1 per carton, edge protectors"],
             ["Material authority", "first lot only"],
             ["Ship", "FOB Taichung, routing per guide v4"],
         ]),
         ("p", "Cody Jensen, Procurement Director"),
     ], author="Cody Jensen"))])


# ==== END CASES ====


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = sorted(CASES, key=lambda c: c["name"])
    random.Random(9898).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = Path(c["files"][0][0]).stem
        folder = f"h98_{i:02d}_{first}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"{len(order)} cases written to {OUT}")


if __name__ == "__main__":
    main()
