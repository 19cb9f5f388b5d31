#!/usr/bin/env python3
"""Generator for the releasegate check_holdout146 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout146/build.py

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


def as_html(text):
    paras = [escape(p).replace("\n", "<br>\n") for p in text.split("\n\n")]
    return "<html><body style=\"font-family:Calibri,Arial\">\n" + "\n".join(f"<p>{p}</p>" for p in paras) + "\n</body></html>\n"


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
    m["Message-ID"] = msgid or f"<h146-{_MSGN[0]:04d}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(text)
    if html == "auto":
        html = as_html(text)
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h146")
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


# =================================================================== CLEAN
def txt(s):
    return s.strip("\n") + "\n"


def E(m):
    return eml_bytes(m)


# =================================================================== CLEAN
# c01 supplier quote with tiers (Turkish converter) -- quote alone authorizes nothing
case("c01_quote_tiers", [], "supplier quote with drawdown/trial/commercial tiers; no authorization in bundle", [
    ("Teklif_Q-2418_Crunchwell.pdf", pdf([
        ("h1", "EGE FLEX AMBALAJ SAN. VE TIC. A.S."),
        ("p", "Kemalpasa OSB, 35730 Izmir, Turkiye - ISO 9001:2015 / BRCGS Packaging Materials Issue 6"),
        ("h", "QUOTATION Q-2418 rev.2"),
        ("p", "Customer: Crunchwell Foods Ltd, Leicester LE4 9HA, United Kingdom - attn. Mr. Oliver Grant, Buying"),
        ("p", "Item: printed laminate for 150 g sharing bags, 3 SKUs (Sea Salt, Sweet Chilli, Cheese & Onion). "
              "Structure: 20 um OPP reverse printed / adhesive / 25 um metallised OPP. Reel width 620 mm, core 76 mm, OD max 600 mm."),
        ("table", [
            ["Stage", "Quantity", "Price", "Remarks"],
            ["Cylinder engraving (8 col x 3 SKU)", "24 cylinders", "EUR 310 / cyl", "one-off, owned by customer"],
            ["Colour drawdown + print proof", "per SKU", "included", "5 working days after artwork"],
            ["Machine trial", "1,500 m per SKU", "EUR 0.182 / m", "on Bobst 20SIX, incl. set-up"],
            ["Commercial run", "60,000 m per SKU", "EUR 0.141 / m", "MOQ 40,000 m per SKU"],
        ]),
        ("p", "Lead time commercial run: 4-5 weeks after your written production release. Machine trial: 10 working days after cylinder approval."),
        ("p", "Prices EXW Izmir, Incoterms 2020. Validity 30 days. Payment: cylinders 50% advance, film 60 days net."),
        ("p", "This quotation is an offer only and does not constitute an order. Quantities shown are price tiers."),
        ("p", "Prepared by: Elif Yilmaz, Sales Engineer - +90 232 555 0147"),
    ], title="Quotation Q-2418", author="Ege Flex")),
])

# c02 supplier asks whether there is a go-ahead (question, not an approval)
case("c02_supplier_question", [], "Thai converter asks if there is a go-ahead; question only, nothing authorized", [
    ("RE_Press_trial_BK-7.eml", E(mail(
        "Somchai Prasert <somchai.p@siamlaminates.co.th>", "Lindiwe Dube <l.dube@highveldroasters.co.za>",
        "Press trial BK-7 / 1kg valve bag - question", "Wed, 06 Mar 2024 08:41:00 +0700",
        "Dear Khun Lindiwe,\n\nGood morning from Samut Prakan. The 600 m press trial for the 1 kg valve bag (BK-7, "
        "PET12/ALU7/PE90) ran yesterday on line 3 and the reels are with QC for bond strength and COF.\n\n"
        "May I ask: do we have your go-ahead for the 45,000 m commercial run, or should we wait for your written "
        "release? Our planning team would like to book the slot in week 14 if possible, but we have not started anything "
        "beyond the trial and we have not bought film for the big run.\n\n"
        "Please advise at your convenience.\n\nBest regards,\nSomchai\n\n"
        "Somchai Prasert | Key Account Manager\nSiam Laminates Co., Ltd. | 99/4 Moo 2 Bangpoo Industrial Estate\n"
        "Tel +66 2 555 0182\n", html="auto"))),
])

# c03 labelled forecast, ERP printout
case("c03_forecast_printout", [], "rolling forecast clearly labelled for planning only, no release", [
    ("FCST_PTP_2025W10.txt", txt("""
PRAIRIE TAIL PET CO.                                      RUN DATE 03/04/2024  PAGE 1
PURCHASING - ROLLING 12 MONTH FORECAST                    REPORT MRP-FC-07
SUPPLIER: 40117  EMPAQUES FLEXIBLES DEL BAJIO SA DE CV    CURRENCY USD
--------------------------------------------------------------------------------------
*** FORECAST FOR CAPACITY PLANNING ONLY - THIS IS NOT A PURCHASE ORDER ***
*** NO QUANTITY ON THIS REPORT IS RELEASED FOR PRODUCTION. NO MATERIAL AUTHORITY. ***
--------------------------------------------------------------------------------------
ITEM         DESCRIPTION                      UOM   APR-24   MAY-24   JUN-24   Q3-24
PT-SUP-5LB   STAND-UP POUCH 5LB KIBBLE CHKN   EA    40,000   40,000   55,000  150,000
PT-SUP-15LB  SIDE GUSSET 15LB KIBBLE BEEF     EA    18,000   18,000   18,000   60,000
PT-TRT-6OZ   ZIPPER POUCH 6OZ TREATS          EA    25,000       0    25,000   75,000
--------------------------------------------------------------------------------------
NOTES: Forecast is an estimate and may change without notice. Orders are placed only
by numbered purchase order or call-off signed by Purchasing. Supplier is not authorized
to buy film or zippers against this forecast.
PLANNER: D. OKAFOR  X4471                            END OF REPORT
""")),
])

# c04 scoped drawdown sign-off, NL buyer, full scope note
case("c04_scoped_signoff", [], "drawdown signed off for colour only; trial qty, hold, event and named releaser all stated", [
    ("Drawdown_BK-7_signoff.eml", E(mail(
        "Sanne Bakker <s.bakker@brandpuntkoffie.nl>", "Marta Kowalczyk <m.kowalczyk@poliflex.pl>",
        "Drawdown Brandpunt Espresso 250g - colour signed off", "Thu, 07 Mar 2024 14:05:00 +0100",
        "Hi Marta,\n\nThanks for the drawdowns, they arrived this morning. We checked them in the light booth "
        "against the master (D50) and the brown and the gold are both within Delta E 2. So the colour drawdown is "
        "signed off for colour only. Please note this is not a production release.\n\n"
        "To be completely clear about where we are on PO 4500218844:\n"
        "- active now: the press trial of 600 m (valve bag laminate, 1,080 mm reel) - you can plan it;\n"
        "- the commercial run of 45,000 m from your quote is not released and stays on hold;\n"
        "- it will only be released by a written production release from me, after the press check sign-off on "
        "the trial reels.\n\n"
        "Material: please buy film for the 600 m trial only.\n\n"
        "Could you send me two dates for the press check? Week 12 would be great for us, Joost from our QA will join.\n\n"
        "Met vriendelijke groet / kind regards,\nSanne Bakker\nSenior Buyer Packaging\nBrandpunt Koffie B.V., Zwolle\n"
        "+31 38 555 0120\n", html="auto",
        attachments=[("Lightbooth_DeltaE_BK-ESP-250.html", html_page("Delta E report", """
<h3>Light booth check - Brandpunt Espresso 250 g - drawdown set 2</h3>
<table><tr><th>Colour</th><th>Ref.</th><th>dE00</th><th>Result</th></tr>
<tr><td>Brown</td><td>P 4625 C</td><td>1.6</td><td>within tolerance</td></tr>
<tr><td>Gold</td><td>P 871 C</td><td>1.9</td><td>within tolerance</td></tr>
<tr><td>Black</td><td>Process K</td><td>0.8</td><td>within tolerance</td></tr></table>
<p>Illuminant D50, observer 2 deg, spectro X-Rite eXact, ISO 13655 M1. Checked by J. de Boer (QA).</p>
"""), "text/html")]))),
])

# c05 full quantity PO that says proceed
case("c05_full_po", [], "full-quantity PO, proceed scoped to the 24,000 sleeves, no balance", [
    ("PO_PT-118804.pdf", pdf([
        ("h1", "PURCHASE ORDER PT-118804"),
        ("p", "Prairie Tail Pet Co., 2200 Grainger Ave, Omaha NE 68107, USA"),
        ("p", "Supplier: Empaques Flexibles del Bajio SA de CV, Leon, Guanajuato, Mexico (vendor 40117)"),
        ("p", "Order date: March 11, 2024 - Ship to: Prairie Tail DC2, Council Bluffs IA - Incoterms DAP"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Unit USD", "Ext USD"],
            ["1", "PT-SLV-32", "PETG shrink sleeve 32 oz dental chew tub, 8 col, artwork rev C", "24,000", "EA", "0.0610", "1,464.00"],
        ]),
        ("p", "Scope: this purchase order covers the full order quantity of 24,000 sleeves. There is no sample stage "
              "and no balance on this order; the sleeve is a repeat of the rev B item with a text change only."),
        ("p", "Please proceed with the 24,000 sleeves per artwork rev C (proof signed 03/08/2024). Ship in cartons of 2,000, "
              "rolls wound position 4, splice max 1 per roll."),
        ("p", "Buyer: Jessica Martinez, Sr. Buyer - jmartinez@prairietailpet.com - (402) 555-0198"),
    ], pagesize=LETTER, title="PO PT-118804", author="Prairie Tail Pet Co.")),
])

# c06 explicit recorded auto-conversion
case("c06_autoconversion_recorded", [], "explicit recorded auto-conversion naming quantity, signer and conditions; rest on hold with named releaser", [
    ("Agreement_HR-220.docx", docx_bytes([
        ("h1", "Sample and production release agreement - HR-220"),
        ("p", "Between Highveld Roasters (Pty) Ltd, Johannesburg (buyer) and Shreeji Polyfilms Pvt. Ltd, Vapi, Gujarat (supplier)."),
        ("p", "Item: 500 g stand-up pouch with degassing valve and zipper, 4 colours, PET12 / ALU7 / LDPE 100. Drawing SP-500-V rev 3."),
        ("h", "1. Sample lot"),
        ("p", "PO HR-4471 covers one hundred and twenty (120) sample pouches only. Material authority: sample-only."),
        ("h", "2. Recorded auto-conversion"),
        ("p", "The parties record the following auto-conversion. If Thandi Nkosi (Packaging Technologist, Highveld Roasters) "
              "records the sample sign-off with disposition 'approved' on form QF-12, thirty thousand (30,000) pouches are "
              "released for production on the date of that form, without a further document. Conditions: drop test "
              "1.2 m passed, valve opening pressure within spec, no change of structure or supplier of foil."),
        ("p", "This auto-conversion was agreed in writing on 4 March 2024 by Thandi Nkosi and Ravi Menon (Head of Procurement, release authority)."),
        ("h", "3. Balance"),
        ("p", "The remaining 90,000 pouches of quotation SPF/Q/23-24/0915 are not released. They need a separate written "
              "production release signed by Ravi Menon after the first 30,000 pouches have been received and passed incoming inspection."),
        ("table", [
            ["Quantity", "Status", "Unlock event", "Who"],
            ["120", "active (samples)", "-", "PO HR-4471"],
            ["30,000", "on hold", "sample sign-off on QF-12 (recorded auto-conversion)", "Thandi Nkosi"],
            ["90,000", "on hold", "written production release", "Ravi Menon"],
        ]),
        ("p", "Signed: Thandi Nkosi / Ravi Menon (Highveld Roasters); Hitesh Shah (Shreeji Polyfilms)."),
    ], author="Highveld Roasters")),
])

# c07 supplier says the deposit does not release production
_c07_pi = pdf([
    ("h1", "PROFORMA INVOICE PF/2024/0311"),
    ("p", "POLIFLEX Sp. z o.o., ul. Przemyslowa 14, 62-080 Tarnowo Podgorne, Poland - NIP 777-000-12-34"),
    ("p", "Buyer: Brandpunt Koffie B.V., Zwolle, NL - your PO 4500218844"),
    ("table", [
        ["Pos.", "Description", "Qty", "Net EUR"],
        ["1", "Gravure cylinders, 7 colours, valve bag 250 g", "7", "2.310,00"],
        ["2", "Deposit 30% on cylinders", "1", "693,00"],
    ]),
    ("p", "Amount due now: EUR 693,00 (deposit). Bank: PKO BP, IBAN PL00 1020 0000 0000 0000 0000 0000."),
    ("p", "The deposit covers cylinder engraving only. It does not release production."),
], title="Proforma PF/2024/0311", author="Poliflex")
case("c07_deposit_not_release", [], "supplier: deposit covers cylinders and does not release production", [
    ("Proforma_PF-2024-0311.eml", E(mail(
        "Marta Kowalczyk <m.kowalczyk@poliflex.pl>", "Sanne Bakker <s.bakker@brandpuntkoffie.nl>",
        "Proforma for cylinders - PO 4500218844", "Mon, 11 Mar 2024 09:12:00 +0100",
        "Dear Sanne,\n\nPlease find attached our proforma PF/2024/0311 for the 30% deposit on the gravure cylinders.\n\n"
        "Just so there is no misunderstanding on our side either: the deposit does not release production. We will "
        "engrave the cylinders and run the 600 m press trial under your PO; the commercial run starts only after we have "
        "your written production release.\n\nKind regards / Pozdrawiam\nMarta Kowalczyk\nCustomer Service Export\n"
        "POLIFLEX Sp. z o.o.\n+48 61 555 0133\n",
        attachments=[("PF-2024-0311.pdf", _c07_pi, PDF_MT)]))),
])

# c08 call-off with explicit staged material authority above released qty
case("c08_calloff_staged_material", [], "call-off releases 20,000 m; explicit staged material authority up to 60,000 m; rest on hold with event and person", [
    ("CallOff_04_CWF-FA-2023-09.pdf", pdf([
        ("h1", "CALL-OFF No. 4"),
        ("p", "Frame agreement CWF-FA-2023-09 - Crunchwell Foods Ltd (buyer) / Poliflex Sp. z o.o. (supplier)"),
        ("p", "Date: 12 March 2024. Item: CW-150-SS printed laminate Sea Salt 150 g, reel width 620 mm."),
        ("table", [
            ["", "Metres", "Status"],
            ["Released for production by this call-off", "20,000", "active"],
            ["Material authority (film, ink, adhesive)", "60,000", "staged - buyer liable up to this quantity"],
            ["Remaining agreement quantity", "40,000", "not released"],
        ]),
        ("p", "You may buy and stage material for up to 60,000 m at Crunchwell's liability. You may print 20,000 m only."),
        ("p", "The remaining 40,000 m is not released. It will be released, if at all, by the next call-off, signed by "
              "Oliver Grant (Category Buyer) or Hannah Price (Head of Procurement)."),
        ("p", "Delivery: 2 x 10,000 m, weeks 15 and 17, DAP Leicester."),
    ], title="Call-off 4", author="Crunchwell Foods")),
])

# c09 supplier acknowledgement restating the hold
case("c09_supplier_ack", [], "supplier acknowledgement restating trial scope, hold, event and releaser", [
    ("ACK_PO7781_Karoo.eml", E(mail(
        "Ravi Menon <ravi.menon@shreejipolyfilms.in>", "Kerry-Ann Botha <kbotha@karoocrunch.co.za>",
        "Acknowledgement - PO 7781 trial laminate", "Tue, 12 Mar 2024 11:30:00 +0530",
        "Dear Ms. Botha,\n\nGreetings from Vapi. We acknowledge your PO 7781 dated 11-Mar-2024 as written:\n\n"
        "1. Scope: trial run of 5,000 m of printed laminate (PET 12 / MPET 12 / LDPE 50), 3 SKUs, reel width 480 mm.\n"
        "2. The balance of our quote (80,000 m) is not released under this PO and we will not plan it.\n"
        "3. Material: film and ink for the 5,000 m trial only.\n"
        "4. The balance will be taken up only on your written release, signed by you, after your sign-off of the trial reels.\n\n"
        "Cylinders are in engraving, trial planned for 25-Mar. Kindly revert if any point is not as per your understanding.\n\n"
        "Thanks & regards,\nRavi Menon\nManager - Exports\nShreeji Polyfilms Pvt. Ltd.\n+91 260 555 0144\n"))),
])

# c10 sample PO PDF with table and full scope note (NL -> Thailand)
case("c10_sample_po_table", [], "sample PO with SKU table; active qty, rest not released, event, named releaser, material sample-only", [
    ("PO_4500301177_Siam.pdf", pdf([
        ("h1", "INKOOPORDER / PURCHASE ORDER 4500301177"),
        ("p", "Dierenvoer Hollandia B.V., Industrieweg 8, 5731 JA Mierlo, Nederland"),
        ("p", "Supplier: Siam Laminates Co., Ltd., Bangpoo Industrial Estate, Samut Prakan, Thailand"),
        ("p", "Date: 13-03-2024 - Payment 60 days - Incoterms FCA Laem Chabang"),
        ("table", [
            ["SKU", "Description", "Sample qty", "Unit", "Price EUR"],
            ["DH-CAT-400-K", "Stand-up pouch 400 g cat kibble kip", "40", "pcs", "flat 120,00"],
            ["DH-CAT-400-Z", "Stand-up pouch 400 g cat kibble zalm", "40", "pcs", "incl."],
            ["DH-DOG-1K5", "Block-bottom pouch 1,5 kg dog", "40", "pcs", "incl."],
        ]),
        ("h", "Scope of this order"),
        ("p", "This PO covers the samples only: 40 pouches per SKU, 120 pouches in total. The production quantity in your "
              "quotation SL-Q-0931 is not released by this PO and stays on hold. Material authority: sample-only."),
        ("p", "Unlock event: sample sign-off by our packaging technologist, followed by a written production release "
              "from Femke de Vries (Inkoopmanager). Nothing beyond the 120 samples may be produced before that release."),
        ("p", "Please confirm this scope in your order acknowledgement."),
    ], title="PO 4500301177", author="Dierenvoer Hollandia")),
])

# c11 DOCX spec with scope note and table
case("c11_spec_scope", [], "DOCX spec with technical table and a complete scope note", [
    ("Spec_CW-COF-227_rev4.docx", docx_bytes([
        ("h1", "Packaging specification CW-COF-227 rev 4"),
        ("p", "Product: Harbour Roast ground coffee 227 g, flat-bottom bag with one-way valve. Owner: Crunchwell Foods Ltd, Coffee division."),
        ("table", [
            ["Property", "Target", "Tolerance", "Method"],
            ["Structure", "PET 12 / ALU 9 / PE 100", "-", "-"],
            ["Reel width", "1,000 mm", "+/- 1 mm", "tape"],
            ["OTR", "< 0.5 cc/m2/day", "-", "ASTM D3985"],
            ["Seal strength", "> 35 N/15 mm", "-", "ASTM F88"],
            ["Colour", "Delta E 2000 <= 2.0", "vs signed drawdown", "ISO 12647-6"],
        ]),
        ("h", "Commercial scope (for reference, from PO CW-88410)"),
        ("p", "PO CW-88410 to Ege Flex Ambalaj covers a machine trial of 1,500 m only. The commercial run of 60,000 m is "
              "not released. It becomes releasable after the press check sign-off, and only by a written production "
              "release from Oliver Grant, Category Buyer. Material authority: trial only."),
        ("p", "Document control: prepared by R. Patel (Packaging Technologist), checked by L. Ahmed. ISO 9001:2015 clause 8.3."),
    ], author="Crunchwell Foods")),
])

# c12 HTML portal page with line statuses
case("c12_portal_lines", [], "portal: trial line active, production line not released with event and named releaser", [
    ("portal_PO_PT-119020.html", html_page("Supplier portal - PO PT-119020", """
<h2>Prairie Tail Pet Co. - Supplier Portal</h2>
<p>Logged in as: <b>lramirez@efbajio.mx</b> (Empaques Flexibles del Bajio) &middot; <a href="#">Log out</a></p>
<h3>Purchase order PT-119020 &mdash; rev 0 &mdash; 03/14/2024</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>PT-SUP-5LB-v2 stand-up pouch 5 lb, new zipper</td><td>sample / trial run</td><td>2,500</td><td>Active</td></tr>
<tr><td>20</td><td>PT-SUP-5LB-v2 stand-up pouch 5 lb, new zipper</td><td>production</td><td>250,000</td><td>Not released &ndash; on hold</td></tr>
</table>
<div class="note">Line 20 is shown for planning only and is not released. It is released only after the trial-run sign-off
by Prairie Tail Quality and a written release from Jessica Martinez, Sr. Buyer. Material authority: trial run only (2,500 pouches).</div>
<p>Documents: <a href="#">Artwork rev A (PDF)</a> &middot; <a href="#">Spec PT-SPEC-077</a></p>
""")),
])

# c13 WhatsApp chat SA buyer -> Turkish converter, full scope
case("c13_whatsapp_scope", [], "chat: buyer names 12 samples, rest not released, drawdown sign-off and her written release", [
    ("WhatsApp Chat with Elif Ege Flex.txt", txt("""
[04/03/2024, 09:02:11] Elif Yilmaz: Good morning Thandi, cylinders for Rooibos Chai 100g are engraved, we can make drawdown + samples this week
[04/03/2024, 09:05:40] Thandi Nkosi: Morning Elif! Lovely, thanks
[04/03/2024, 09:06:02] Thandi Nkosi: Only the 12 sample pouches for now please
[04/03/2024, 09:06:45] Thandi Nkosi: The rest (the 48k on your quote) is NOT released until I've signed off the drawdown and sent you a written release. Film only for the samples pls
[04/03/2024, 09:07:30] Elif Yilmaz: Understood, 12 pcs samples only, no film for 48k. We send by DHL Friday
[04/03/2024, 09:07:52] Thandi Nkosi: 👍 shot
[04/03/2024, 09:08:10] Elif Yilmaz: Reel width still 560 mm?
[04/03/2024, 09:09:01] Thandi Nkosi: Yes 560, core 76. Thanks!
""")),
])

# c14 identifiers that look like quantities, full-qty ERP PO
case("c14_identifiers", [], "full-quantity ERP PO full of part numbers, norms and dimensions that look like quantities", [
    ("PO_CW-88555.txt", txt("""
CRUNCHWELL FOODS LTD            PURCHASE ORDER            CW-88555      REV 00
LEICESTER LE4 9HA  UK           DATE 15/03/2024           PAGE 1 OF 1
SUPPLIER 2500-TR  EGE FLEX AMBALAJ SAN. VE TIC. A.S.  IZMIR TR
---------------------------------------------------------------------------------
LN  PART NO          DESCRIPTION                         QTY      UOM  PRICE EUR
01  2500-120-45      LAMINATE OPP20/MOPP25 CHILLI 150G   18,000   M    0.1410
                     DRG PK-1000 REV 40 / REEL 620MM / CORE 76MM / OD 600MM
---------------------------------------------------------------------------------
QUALITY: ISO 15378:2017 NOT REQUIRED; BRCGS ISSUE 6; EU 10/2011 MIGRATION DOC.
SPEC: CW-SPEC-3000 ISSUE 12. PALLET 1200X1000, MAX 12 REELS/PALLET.
SCOPE: THIS PO COVERS THE FULL ORDER QTY 18,000 M. NO SAMPLE STAGE, NO BALANCE.
REPEAT OF PO CW-87120 (SAME CYLINDERS SET 2500-C, ENGRAVED 2023).
DELIVERY: WK 16 DAP LEICESTER.  BUYER: O. GRANT  TEL +44 116 555 0102
---------------------------------------------------------------------------------
""")),
])

# c15 buyer correctly answers a quoted supplier message that assumes auto-conversion
case("c15_reply_corrects_autoconv", [], "quoted supplier assumes roll-into-run; buyer reply corrects it with full scope (quoted supplier text does not count)", [
    ("RE_samples_9_SKU.eml", E(mail(
        "Anna Verhoeven <a.verhoeven@dierenvoerhollandia.nl>", "Nattaya Chaiyasit <nattaya@siamlaminates.co.th>",
        "RE: samples 9 SKU cat range", "Fri, 15 Mar 2024 16:20:00 +0100",
        "Dear Nattaya,\n\nThank you, but no: please do not start any production when we sign off the samples. The sample "
        "sign-off releases nothing by itself.\n\n"
        "Active now: the 90 sample pouches (10 per SKU) on PO 4500301190, nothing more.\n"
        "The 9 SKUs for the launch (54,000 pouches) are not released and stay on hold. After the sample sign-off I will "
        "send a separate written production release, signed by me. Only that document releases them.\n\n"
        "Kind regards,\nAnna Verhoeven\nInkoper / Buyer Packaging\nDierenvoer Hollandia B.V.\n+31 492 555 017\n\n"
        "-----Original Message-----\nFrom: Nattaya Chaiyasit\nSent: Friday, 15 March 2024 10:02\n\n"
        "> Dear Khun Anna,\n> samples of all 9 SKU will ship Monday. Once you approve the samples we will run\n"
        "> all 9 SKU straight away so launch date is safe ka.\n> Best regards, Nattaya\n",
        in_reply_to="<h146-q15@siamlaminates.co.th>"))),
])

# c16 forwarded old quote (rfc822) declared informational
_c16_old = mail("Hitesh Shah <hitesh@shreejipolyfilms.in>", "Kerry-Ann Botha <kbotha@karoocrunch.co.za>",
                "Quotation SPF/Q/22-23/0412 - Karoo biltong chips 80g", "Tue, 08 Nov 2022 12:10:00 +0530",
                "Dear Madam,\n\nPlease find our offer: sample 2,000 m at INR 14.20/m; production 80,000 m at INR 9.85/m, "
                "MOQ 50,000 m. Validity 30 days.\n\nRegards,\nHitesh Shah\nShreeji Polyfilms Pvt. Ltd.\n",
                msgid="<h146-old-q0412@shreejipolyfilms.in>")
case("c16_fwd_old_quote_info", [], "old quote forwarded as rfc822, its 80,000 m declared informational/not released; full scope in body", [
    ("FW_old_quotation_0412.eml", E(mail(
        "Kerry-Ann Botha <kbotha@karoocrunch.co.za>", "Ravi Menon <ravi.menon@shreejipolyfilms.in>",
        "FW: Quotation SPF/Q/22-23/0412 - for reference only", "Mon, 18 Mar 2024 10:45:00 +0200",
        "Hi Ravi,\n\nForwarding Hitesh's quote from 2022 so your new colleague has the history of the 80 g biltong chips "
        "bag. The 80,000 m in it is for information only and is not released - please don't plan against it.\n\n"
        "What is live: PO 7790 for a trial of 2,000 m on the new matte varnish. Nothing else. The commercial quantity "
        "stays on hold until our QA has signed off the trial reels and I have sent you a written release.\n\n"
        "Cheers,\nKerry-Ann Botha\nProcurement Manager\nKaroo Crunch Snacks (Pty) Ltd, Paarl\n+27 21 555 0163\n",
        attachments=[("rfc822", _c16_old)]))),
])

# c17 release letter releasing the whole remaining quantity
case("c17_release_letter_full", [], "written production release of the full remaining quantity with event and named authority; nothing left on hold", [
    ("Release_R-2024-07.docx", docx_bytes([
        ("h1", "Production release R-2024-07"),
        ("p", "From: Highveld Roasters (Pty) Ltd, Procurement. To: Shreeji Polyfilms Pvt. Ltd., Vapi."),
        ("p", "Date: 19 March 2024. Order: 500 g valve pouch SP-500-V rev 3, PO HR-4475 rev 2 (commercial cover 36,000 pouches)."),
        ("table", [
            ["Item", "Value"],
            ["Quantity released for production", "36,000 pouches"],
            ["Unlock event", "sample sign-off recorded 12 March 2024 by Thandi Nkosi, form QF-12"],
            ["Authorized by", "Ravi Menon, Head of Procurement (release authority)"],
            ["Material authority", "36,000 pouches"],
        ]),
        ("p", "This release covers the full remaining quantity of the order. Nothing remains on hold after it."),
        ("p", "Delivery in three lots of 12,000 pouches, FOB Nhava Sheva, weeks 17, 19 and 21."),
        ("p", "Signed: Ravi Menon"),
    ], author="Highveld Roasters")),
])

# c18 interim disposition with limits
case("c18_interim_release", [], "release of 5,000 under interim sign-off with qty/date limits; 25,000 on hold with event and person", [
    ("Interim_release_DH-0412.pdf", pdf([
        ("h1", "Production release R-3 under interim sample sign-off"),
        ("p", "Dierenvoer Hollandia B.V. / Siam Laminates Co., Ltd. - PO 4500301177 rev 1 (commercial cover 30,000 pouches)"),
        ("table", [
            ["", "Pouches", "Note"],
            ["Released now (R-3)", "5,000", "DH-CAT-400-K only"],
            ["Interim sign-off IS-04 limits", "max. 5,000 / until 30-06-2024", "zipper pull force at lower limit"],
            ["Remaining", "25,000", "not released - on hold"],
        ]),
        ("p", "Interim sign-off IS-04 (by our packaging technologist, 20-03-2024) allows a limited quantity while the zipper "
              "supplier corrects the pull force. Under it we release 5,000 pouches of DH-CAT-400-K. No other SKU is released."),
        ("p", "The remaining 25,000 pouches are not released. They need the final sample sign-off on the corrected zipper and a "
              "written release from Pieter Visser, Supply Chain Manager."),
        ("p", "Signed: Pieter Visser, 20-03-2024"),
    ], title="Release R-3", author="Dierenvoer Hollandia")),
])

# c19 stop notice
case("c19_stop_notice", [], "buyer's written stop covering everything until she lifts it after the migration result", [
    ("STOP_PO7790.eml", E(mail(
        "Kerry-Ann Botha <kbotha@karoocrunch.co.za>", "Ravi Menon <ravi.menon@shreejipolyfilms.in>",
        "STOP - PO 7790 matte varnish trial", "Wed, 20 Mar 2024 07:55:00 +0200",
        "Ravi,\n\nPlease stop all work on PO 7790 with immediate effect. Our lab flagged a possible set-off issue with the "
        "new matte varnish (migration test to EU 10/2011 still open).\n\n"
        "Nothing may start under this order while the stop is in force, including the 2,000 m trial that was released. "
        "I will lift the stop in writing once we have the migration test result; until then please hold the cylinders "
        "and do not buy any more film or varnish.\n\nSorry for the short notice.\n\nKerry-Ann Botha\nProcurement Manager\n"
        "Karoo Crunch Snacks (Pty) Ltd\n+27 21 555 0163\n",
        attachments=[("Lab_note_KCS-L-0412.txt", "KCS LAB NOTE L-0412\nSample: matte varnish trial print, PO 7790\n"
                      "Observation: set-off on reverse side after 24 h in stack, 2 of 5 sheets.\n"
                      "Action: overall migration test per EU 10/2011 (OM1-OM4) sent to external lab, result due 03/04/2024.\n",
                      "text/plain")]))),
])

# c20 ERP PO printout with sample line active and production line not released
case("c20_erp_two_lines", [], "ERP PO: sample line active, production line NOT RELEASED with event and named releaser", [
    ("OC_4410-0932.txt", txt("""
BOTANAS LA SIERRA S.A. DE C.V.         ORDEN DE COMPRA / PURCHASE ORDER   4410-0932
MONTERREY, N.L., MEXICO                FECHA 21/03/2024                  HOJA 1/1
PROVEEDOR 30088  EMPAQUES FLEXIBLES DEL BAJIO SA DE CV
=================================================================================
PDA  MATERIAL     DESCRIPCION                          CANT      UM   ALCANCE
10   BLS-TOST-55  BOLSA LAMINADA TOSTADITAS 55G        300       PZA  MUESTRA / SAMPLE
20   BLS-TOST-55  BOLSA LAMINADA TOSTADITAS 55G        90,000    PZA  NOT RELEASED
=================================================================================
NOTA / NOTE:
PDA 10 (300 PZA MUESTRA) IS THE ONLY QUANTITY ACTIVE ON THIS ORDER.
PDA 20 (90,000 PZA) IS NOT RELEASED AND IS ON HOLD. IT IS RELEASED ONLY AFTER
SAMPLE SIGN-OFF BY CALIDAD AND A WRITTEN RELEASE FROM ING. ALEJANDRO REYES
(GERENTE DE COMPRAS). MATERIAL AUTHORITY: SAMPLE ONLY.
COMPRADOR: A. REYES   EXT 2210
""")),
])

# c21 Mexican buyer email multipart/alternative, full scope
_c21_txt = ("Hola Luis,\n\nGracias por la cotizacion. We are sending today PO 4410-0940 for the chili-lime 140 g "
            "pouch:\n\n- active now: pilot run of 1,200 pouches (sample), for the shelf test in Walmart Monterrey;\n"
            "- the commercial run of 60,000 pouches is not released and stays on hold;\n"
            "- it will be released only by a written release from me, after Calidad signs off the pilot pouches "
            "(seal test + drop test).\n\nPlease buy film only for the 1,200 pouches.\n\nSaludos,\n"
            "Alejandro Reyes\nGerente de Compras\nBotanas La Sierra S.A. de C.V.\n+52 81 5550 2210\n")
_c21_html = ("<p>Hola Luis,</p><p>Gracias por la cotizacion. We are sending today PO 4410-0940 for the chili-lime 140 g pouch:</p>"
             "<ul><li>active now: pilot run of <b>1,200 pouches</b> (sample), for the shelf test in Walmart Monterrey;</li>"
             "<li>the commercial run of 60,000 pouches is <b>not released</b> and stays on hold;</li>"
             "<li>it will be released only by a written release from me, after Calidad signs off the pilot pouches "
             "(seal test + drop test).</li></ul><p>Please buy film only for the 1,200 pouches.</p>"
             "<p>Saludos,<br>Alejandro Reyes<br>Gerente de Compras<br>Botanas La Sierra S.A. de C.V.</p>")
case("c21_mx_alt_scope", [], "multipart/alternative buyer email with pilot qty, hold, event and named releaser", [
    ("PO_4410-0940_piloto.eml", E(mail(
        "Alejandro Reyes <areyes@botanaslasierra.com.mx>", "Luis Ramirez <lramirez@efbajio.mx>",
        "OC 4410-0940 - bolsa chili-limon 140 g - piloto", "Thu, 21 Mar 2024 17:20:00 -0600",
        _c21_txt, html=_c21_html))),
])

# c22 supplier status report (non-authorizing)
case("c22_supplier_status", [], "supplier status report: samples shipped, nothing started or bought beyond samples", [
    ("Status_report_wk12_Shreeji.txt", txt("""
SHREEJI POLYFILMS PVT. LTD. - WEEKLY ORDER STATUS - WK 12 / 2024
Customer: Highveld Roasters (Pty) Ltd      Prepared by: Hitesh Shah (PPC)

Order                 Item                        Status
--------------------  --------------------------  ------------------------------------------
PO HR-4471 (samples)  SP-500-V rev 3 valve pouch  120 samples dispatched 18-Mar, AWB 4471 0932 11
                                                  (DHL Express), ETA Johannesburg 21-Mar.
Balance (quote)       SP-500-V rev 3              Not started. No film or foil purchased.
                                                  Awaiting your sample sign-off and written
                                                  production release, as per your PO.
Cylinders             set HR-04, 4 colours         Engraved, stored at Vapi, rack C-12.

Remarks: foil price (ALU 7 um) indicated +4% from April, for your information only.
""")),
])

# c23 multi-file: PO + supplier quote, PO declares production tier informational
case("c23_po_plus_quote", [], "PO + quote folder; PO declares the quote's production tier informational and not released", [
    ("PO_BK-4500219001.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500219001"),
        ("p", "Brandpunt Koffie B.V., Zwolle - to Siam Laminates Co., Ltd. - 22-03-2024"),
        ("table", [
            ["Pos", "Item", "Qty", "UoM", "Price"],
            ["10", "Valve bag laminate 1 kg BK-7, press trial", "600", "m", "EUR 0,21/m"],
        ]),
        ("p", "The attached quotation SL-Q-0955 shows a commercial-run tier of 45,000 m. That figure is for information only "
              "and is not released by this PO."),
        ("p", "The commercial run is released only after the press check sign-off, by a written production release from "
              "Sanne Bakker (Senior Buyer). Material authority: press trial only."),
    ], title="PO 4500219001", author="Brandpunt Koffie")),
    ("Quotation_SL-Q-0955.pdf", pdf([
        ("h1", "SIAM LAMINATES CO., LTD. - QUOTATION SL-Q-0955"),
        ("p", "To: Brandpunt Koffie B.V. Item: PET12/ALU7/PE90 valve bag laminate, reel 1,080 mm."),
        ("table", [
            ["Tier", "Qty (m)", "USD/m"],
            ["Press trial", "600", "0.228"],
            ["Commercial run", "45,000", "0.164"],
        ]),
        ("p", "Lead time: 21 days after written release. Validity 45 days."),
    ], title="Quotation SL-Q-0955", author="Siam Laminates")),
])

# c24 WeChat: supplier asks to buy film for 50,000, buyer says sample-only
case("c24_wechat_material_no", [], "chat: supplier asks to pre-buy film, buyer refuses; sample-only material, hold, event, named releaser", [
    ("WeChat_export_Siam_DH.txt", txt("""
WeChat chat history with "Nattaya Siam Laminates"
Exported 2024-03-25
------------------------------------------------------------
2024-03-25 09:14  Nattaya Chaiyasit: Khun Anna sawasdee ka. Price of PET film increase next month. We can buy film for 50,000 pouches now to save cost?
2024-03-25 09:31  Anna Verhoeven: Hi Nattaya, thanks for the warning. No, please don't.
2024-03-25 09:32  Anna Verhoeven: Material authority on PO 4500301190 is sample-only: film for the 90 sample pouches, nothing more.
2024-03-25 09:33  Anna Verhoeven: The 54,000 launch pouches are not released. I release them in writing after the sample sign-off, not before.
2024-03-25 09:40  Nattaya Chaiyasit: OK ka understand, we wait. Samples ship Monday 🙏
2024-03-25 09:41  Anna Verhoeven: Perfect, thank you!
""")),
])

# c25 HTML call-off against frame agreement, forecast labelled
case("c25_calloff_html", [], "call-off with qty, remaining forecast not released, next call-off by named person", [
    ("calloff_03_PT-FA-24.html", html_page("Call-off 03 - PT-FA-24", """
<h2>Prairie Tail Pet Co. &mdash; Call-off 03 under frame agreement PT-FA-24</h2>
<p>To: Empaques Flexibles del Bajio SA de CV &middot; Date: 03/26/2024</p>
<table>
<tr><th>Item</th><th>Description</th><th>Call-off qty</th><th>Delivery</th></tr>
<tr><td>PT-TRT-6OZ</td><td>Zipper pouch 6 oz treats, salmon</td><td>8,000</td><td>Wk 16</td></tr>
<tr><td>PT-TRT-6OZ-B</td><td>Zipper pouch 6 oz treats, beef</td><td>8,000</td><td>Wk 16</td></tr>
</table>
<p>This call-off releases 16,000 pouches in total (8,000 per SKU) for production.</p>
<div class="note">Forecast (for planning only, not released): 50,000 pouches per SKU for Q3-24. The remaining agreement quantity
is released only by the next call-off, signed by Jessica Martinez, Sr. Buyer. Material authority: call-off quantity only.</div>
""")),
])

# =================================================================== RISKS
# p01 sample PO with quoted production column, nothing on hold
case("p01_po_prod_column", ["RG001", "RG003", "RG004", "RG005"], "sample PO table shows quoted production qty beside sample qty; no hold, event or releaser", [
    ("PO_CW-88600.pdf", pdf([
        ("h1", "PURCHASE ORDER CW-88600"),
        ("p", "Crunchwell Foods Ltd, Leicester LE4 9HA, UK - to Ege Flex Ambalaj San. ve Tic. A.S., Izmir"),
        ("p", "Date 02/04/2024 - Terms 60 days EOM - Incoterms FCA Izmir - Ref. your quotation Q-2418 rev.2"),
        ("table", [
            ["SKU", "Description", "Sample qty (pouches)", "Quoted production qty (m)", "Sample price"],
            ["CW-150-SS", "Sharing bag 150 g Sea Salt", "50", "60,000", "GBP 95.00"],
            ["CW-150-SC", "Sharing bag 150 g Sweet Chilli", "50", "60,000", "GBP 95.00"],
            ["CW-150-CO", "Sharing bag 150 g Cheese & Onion", "50", "60,000", "GBP 95.00"],
        ]),
        ("p", "Samples to be delivered to Crunchwell Leicester, attn. R. Patel (Packaging Technology), by 19/04/2024."),
        ("p", "Please quote this PO number on all invoices and delivery notes. Crunchwell standard terms of purchase v7 apply."),
        ("p", "Buyer: Oliver Grant - oliver.grant@crunchwell.co.uk - +44 116 555 0102"),
    ], title="PO CW-88600", author="Crunchwell Foods")),
])

# p02 sample PO in email body with supplier quote attached (60,000 m tier)
_p02_q = pdf([
    ("h1", "POLIFLEX Sp. z o.o. - OFERTA / QUOTATION 24/0317"),
    ("p", "For: Brandpunt Koffie B.V. - Decaf 500 g flat-bottom bag laminate, PET12/ALU9/PE110, reel 1.120 mm"),
    ("table", [["Position", "Quantity", "EUR"], ["Sample lot", "1.000 m", "0,26 / m"],
               ["Production", "60.000 m", "0,172 / m"], ["Cylinders (7)", "7 pcs", "330,00 / pc"]]),
    ("p", "Lead time production 5 weeks. Validity 30 days."),
], title="Oferta 24/0317", author="Poliflex")
case("p02_email_quote_attached", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 1.000 m with quote showing 60.000 m attached; nothing says not released, no event, no releaser", [
    ("PO_4500219100_decaf.eml", E(mail(
        "Joost Mulder <j.mulder@brandpuntkoffie.nl>", "Marta Kowalczyk <m.kowalczyk@poliflex.pl>",
        "PO 4500219100 - Decaf 500g sample lot", "Tue, 02 Apr 2024 11:02:00 +0200",
        "Hi Marta,\n\nHereby PO 4500219100 for the sample lot of the decaf 500 g bag: 1.000 m, EUR 0,26/m, "
        "delivery week 17 to our plant in Zwolle. Your quotation 24/0317 is attached to this mail, so the prices and "
        "the structure (PET12/ALU9/PE110) are clear for both of us.\n\nCylinders: same set as the regular 500 g, only the "
        "green is new (Pantone 7741 C). Drawing FB-500 rev 6.\n\nGroetjes,\nJoost Mulder\nInkoper\nBrandpunt Koffie B.V.\n"
        "+31 38 555 0124\n",
        attachments=[("Oferta_24-0317.pdf", _p02_q, PDF_MT)]))),
])

# p03 portal page: trial line with programme volume column
case("p03_portal_program_volume", ["RG001", "RG003", "RG004", "RG005"], "portal PO shows trial 2,500 and programme volume 250,000 side by side; nothing on hold", [
    ("portal_PO_PT-119100.html", html_page("Supplier portal - PO PT-119100", """
<h2>Prairie Tail Pet Co. - Supplier Portal</h2>
<p>Logged in as: <b>lramirez@efbajio.mx</b> &middot; Empaques Flexibles del Bajio</p>
<h3>Purchase order PT-119100 &mdash; 04/03/2024 &mdash; Status: Open</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Trial run qty</th><th>Program volume</th><th>Unit price USD</th></tr>
<tr><td>10</td><td>PT-SUP-25LB</td><td>Quad-seal bag 25 lb dry dog food, 10 col, handle</td><td>2,500</td><td>250,000</td><td>0.412</td></tr>
</table>
<p>Ship trial run to: Prairie Tail R&amp;D Pilot Plant, Lincoln NE. Required by 04/26/2024.</p>
<p>Questions: Jessica Martinez, Sr. Buyer &middot; (402) 555-0198</p>
""")),
])

# p04 multi-file: ERP PO 5,000 m + buyer trial request 6,000 m (+ run length 80,000 m)
case("p04_po_and_trial_request", ["RG001", "RG003", "RG004", "RG011"  , "RG005"], "PO says 5,000 m trial, buyer trial request says 6,000 m; 80,000 m run length beside it; no hold/event/releaser", [
    ("PO_7795.txt", txt("""
KAROO CRUNCH SNACKS (PTY) LTD      PURCHASE ORDER 7795        DATE 03/04/2024
PAARL 7646 SOUTH AFRICA            VENDOR 1120 SHREEJI POLYFILMS PVT LTD, VAPI IN
-------------------------------------------------------------------------------
ITEM  CODE          DESCRIPTION                              QTY     UOM  ZAR/UOM
0010  KCS-LAM-BC80  TRIAL LAMINATE BILTONG CHIPS 80G MATTE   5,000   M    3.85
                    PET12/MPET12/LDPE50, REEL 480MM, CORE 76
-------------------------------------------------------------------------------
DELIVERY: CIF CAPE TOWN, ETA 10/05/2024.  PAYMENT 90 DAYS FROM B/L.
BUYER: K. BOTHA  +27 21 555 0163
""")),
    ("Trial_request_TR-12.docx", docx_bytes([
        ("h1", "Trial run request TR-12"),
        ("p", "Karoo Crunch Snacks - to Shreeji Polyfilms, attn. Ravi Menon. Ref. PO 7795."),
        ("p", "Please run a trial of 6,000 m of the matte-varnish biltong chips laminate, 3 SKUs (Original, Chilli, Peri-Peri), "
              "2,000 m each, so we can test on both VFFS lines in Paarl."),
        ("table", [["Parameter", "Value"], ["Trial quantity", "6,000 m"], ["Commercial run length", "80,000 m"],
                   ["Reel width", "480 mm"], ["Matte varnish gloss", "< 20 GU at 60 deg"]]),
        ("p", "Please send the CoA with the reels. Kerry-Ann Botha, Procurement Manager."),
    ], author="Karoo Crunch")),
])

# p05 WhatsApp MX buyer -> MX converter, quote figure beside samples, no hold
case("p05_whatsapp_mx", ["RG001", "RG003", "RG004", "RG005"], "chat: buyer sends PO for 300 samples and cites 90,000 run from quote; nothing on hold, no event or releaser", [
    ("WhatsApp Chat con Luis Empaques.txt", txt("""
[03/04/2024, 10:11:02] Alejandro Reyes: Buen dia Luis
[03/04/2024, 10:11:40] Alejandro Reyes: Ya te mandé la OC 4410-0951 for the 300 sample bags, chicharron 45 g
[03/04/2024, 10:12:15] Alejandro Reyes: Your cotización has the 90,000 for the run at $1.85 MXN, that price works for us
[03/04/2024, 10:13:02] Luis Ramirez: Gracias Alejandro! recibida. Same structure BOPP 20 / MBOPP 20?
[03/04/2024, 10:13:30] Alejandro Reyes: Si, same as the 55 g. Reel 400 mm
[03/04/2024, 10:14:48] Luis Ramirez: Perfecto. Muestras en 8 dias habiles
[03/04/2024, 10:15:05] Alejandro Reyes: 👌 gracias
""")),
])

# p06 hold with no unlock event (named person only, "until further notice")
case("p06_hold_no_event", ["RG004"], "trial qty and hold stated, releaser named, but only 'until further notice' - no unlock event", [
    ("PO_HR-4480_trial.eml", E(mail(
        "Lindiwe Dube <l.dube@highveldroasters.co.za>", "Somchai Prasert <somchai.p@siamlaminates.co.th>",
        "PO HR-4480 - 1kg valve bag press trial", "Thu, 04 Apr 2024 13:40:00 +0200",
        "Hi Somchai,\n\nThanks for your patience on this one. PO HR-4480 is now in our system and covers the press trial "
        "of 600 m only (1 kg valve bag, PET12/ALU7/PE90, reel 1,080 mm).\n\n"
        "The remainder of the 45,000 m on your quote is not released - it is on hold until further notice. I am the only "
        "person who can release it; please don't take instructions on quantities from anybody else here.\n\n"
        "Please ship the trial reels airfreight to Johannesburg, DAP, and send the CoA by mail beforehand.\n\n"
        "Kind regards,\nLindiwe Dube\nBuyer, Packaging & Indirects\nHighveld Roasters (Pty) Ltd\n+27 11 555 0175\n"))),
])

# p07 hold + event, but no named release authority ("from our side")
case("p07_hold_no_person", ["RG005"], "trial qty, hold and event stated; release only 'from our side', nobody named", [
    ("PO_4500219150.pdf", pdf([
        ("h1", "INKOOPORDER 4500219150"),
        ("p", "Brandpunt Koffie B.V. - Poliflex Sp. z o.o. - 05-04-2024"),
        ("table", [["Pos", "Omschrijving / Description", "Qty", "Eenh.", "EUR"],
                   ["10", "Press trial laminate Cold Brew 200 ml pouch, spout 8.6 mm", "800", "m", "0,31"]]),
        ("p", "Scope: this order covers the press trial of 800 m only. The balance of 45.000 m is not released until the "
              "press check sign-off and a written production release from our side."),
        ("p", "Material authority: press trial only. Delivery DAP Zwolle, week 18."),
    ], title="PO 4500219150", author="Brandpunt Koffie")),
])

# p08 RG010: go ahead with samples, no sample quantity anywhere
case("p08_samples_no_qty", ["RG010"], "buyer says go ahead with the print samples; hold, event and releaser stated but no active quantity", [
    ("Print_samples_sharing_bags.eml", E(mail(
        "Oliver Grant <oliver.grant@crunchwell.co.uk>", "Elif Yilmaz <elif.yilmaz@egeflex.com.tr>",
        "Crunchwell sharing bags - print samples", "Mon, 08 Apr 2024 09:30:00 +0100",
        "Hi Elif,\n\nHope you had a good weekend. Rachel has been through the proofs with marketing and we're happy for you "
        "to go ahead with the print samples for the three sharing bag SKUs on PO CW-88610.\n\n"
        "The commercial run (60,000 m per SKU on your quote) is not released. It stays on hold until our press check "
        "sign-off and a written production release from me.\n\n"
        "Rachel will send the colour references by courier today.\n\nCheers,\nOliver\n" +
        sig("Oliver Grant", "Category Buyer - Packaging", "Crunchwell Foods Ltd", "+44 116 555 0102"), html="auto"))),
])

# p09 RG010: PDF PO with quantity 'as per quotation'
case("p09_po_qty_as_quoted", ["RG010"], "sample PO line has no quantity ('as per quotation'); hold, event and named releaser present", [
    ("PO_7800_Karoo.pdf", pdf([
        ("h1", "PURCHASE ORDER 7800"),
        ("p", "Karoo Crunch Snacks (Pty) Ltd, Paarl - Vendor: Shreeji Polyfilms Pvt. Ltd., Vapi - Date 08/04/2024"),
        ("table", [["Item", "Description", "Qty", "Price"],
                   ["0010", "Samples - new 40 g biltong snack bag, PET12/MPET12/LDPE50", "as per quotation", "lump sum ZAR 4,800"]]),
        ("p", "The production quantity is not released by this PO. It is released only after our QA sign-off of the samples "
              "and a written release signed by Kerry-Ann Botha, Procurement Manager."),
        ("p", "Material authority: samples only. Ship by courier to Paarl."),
    ], title="PO 7800", author="Karoo Crunch")),
])

# p10 RG010: WeChat, start trial reels, no quantity
case("p10_wechat_no_qty", ["RG010"], "chat: start the trial reels, no quantity; hold, event and named releaser present", [
    ("WeChat_export_DH_dog_SKUs.txt", txt("""
WeChat chat history with "Nattaya Siam Laminates"
Exported 2024-04-09
------------------------------------------------------------
2024-04-09 08:55  Nattaya Chaiyasit: Good morning Khun Anna, cylinder for 3 dog SKU finish engrave already ka
2024-04-09 09:20  Anna Verhoeven: Morning Nattaya! Great news. Please start the trial reels for the 3 dog SKUs (PO 4500301240)
2024-04-09 09:21  Anna Verhoeven: The production volume is not released. It waits for the sample sign-off and then a written release from Femke de Vries, our purchasing manager
2024-04-09 09:25  Nattaya Chaiyasit: Noted ka 🙏 trial reels next week
2024-04-09 09:26  Anna Verhoeven: 👍
""")),
])

# p11 RG010: DOCX partial release with no number
case("p11_partial_release_no_number", ["RG010"], "partial release 'for the launch quantity' without a number; rest on hold with event and named releaser", [
    ("Partial_release_PR-05.docx", docx_bytes([
        ("h1", "Partial production release PR-05"),
        ("p", "Prairie Tail Pet Co. to Empaques Flexibles del Bajio SA de CV - PO PT-119100 - April 10, 2024"),
        ("p", "Following the trial-run sign-off on April 8, we release for production the quantity needed for the Midwest "
              "launch of the 25 lb quad-seal bag. Please plan it for shipment in week 20."),
        ("p", "Everything beyond the launch is not released. It is released only after the launch sell-in review and a "
              "written release from Jessica Martinez, Sr. Buyer."),
        ("p", "Material authority: launch requirement only."),
        ("p", "Jessica Martinez, Sr. Buyer"),
    ], author="Prairie Tail Pet Co.")),
])

# p12 RG010: HTML call-off with quantity TBC
case("p12_calloff_tbc", ["RG010"], "call-off with quantity 'TBC'; remaining not released; next call-off by named person", [
    ("calloff_05_CWF-FA-2023-09.html", html_page("Call-off 05", """
<h2>Crunchwell Foods Ltd &mdash; Call-off 05</h2>
<p>Frame agreement CWF-FA-2023-09 &middot; Supplier: Poliflex Sp. z o.o. &middot; Date: 10/04/2024</p>
<table>
<tr><th>Item</th><th>Description</th><th>Call-off qty</th><th>Delivery</th></tr>
<tr><td>CW-150-SC</td><td>Printed laminate Sweet Chilli 150 g, 620 mm</td><td>TBC - per S&amp;OP meeting</td><td>wk 19</td></tr>
</table>
<p>Please start printing against this call-off for week 19 delivery.</p>
<div class="note">The remaining agreement quantity is not released. It is released only by the next call-off, signed by
Hannah Price, Head of Procurement.</div>
""")),
])

# ---- RG002
_p13_po = pdf([
    ("h1", "PURCHASE ORDER HR-4490"),
    ("p", "Highveld Roasters (Pty) Ltd, Johannesburg - to Ege Flex Ambalaj San. ve Tic. A.S., Izmir - 11/04/2024"),
    ("table", [["Line", "Item", "Qty", "Price"], ["1", "Rooibos Chai 100 g stand-up pouch, samples", "12", "EUR 140.00 lot"]]),
    ("p", "This PO covers twelve (12) sample pouches only. The balance of 48,000 pouches on quotation Q-2466 is not released. "
          "It is released only after the colour drawdown sign-off by Thandi Nkosi and a written release from Lindiwe Dube, Buyer."),
    ("p", "Material authority: samples only."),
], title="PO HR-4490", author="Highveld Roasters")
case("p13_po_plus_chat_goahead", ["RG002"], "scoped PO, then buyer chat 'Go ahead' after drawdown photos without naming samples or a quantity", [
    ("PO_HR-4490.pdf", _p13_po),
    ("WhatsApp Chat with Elif (Ege Flex).txt", txt("""
[15/04/2024, 14:02:10] Elif Yilmaz: Hello Lindiwe, drawdown photos for Rooibos Chai attached, physical drawdown goes by DHL today
[15/04/2024, 14:02:11] Elif Yilmaz: <attached: IMG_2291.jpg>
[15/04/2024, 14:02:12] Elif Yilmaz: <attached: IMG_2292.jpg>
[15/04/2024, 14:20:45] Lindiwe Dube: Ooh that red is lovely. Thandi says all good from her side
[15/04/2024, 14:21:03] Lindiwe Dube: Go ahead 👍
[15/04/2024, 14:21:40] Elif Yilmaz: Thank you! We plan it 🙏
""")),
])

case("p14_approved_reply", ["RG002"], "buyer's one-word 'Approved.' over a quoted thread that had full scope", [
    ("RE_sleeve_samples_PT-SLV-40.eml", E(mail(
        "Jessica Martinez <jmartinez@prairietailpet.com>", "Luis Ramirez <lramirez@efbajio.mx>",
        "RE: sleeve samples PT-SLV-40 - photos", "Tue, 16 Apr 2024 15:44:00 -0500",
        "Approved.\n\nJess\n\nSent from my iPhone\n\n"
        "On Apr 16, 2024, at 9:12 AM, Luis Ramirez <lramirez@efbajio.mx> wrote:\n"
        "> Hi Jessica, attached photos of the 40 sample sleeves on the 40 oz tub, shrink tunnel at 185 C.\n"
        "> Small wrinkle at the bottom edge on 2 of 40, we adjust steam. Please let us know.\n"
        "> Luis\n>\n"
        "> On Apr 2, 2024, Jessica Martinez wrote:\n"
        ">> PO PT-119140 covers 40 sample sleeves only. The balance of 30,000 sleeves is not released\n"
        ">> until the sample sign-off and a written release from me (Jessica Martinez, Sr. Buyer).\n",
        in_reply_to="<h146-q14@efbajio.mx>"))),
])

case("p15_presscheck_good_to_run", ["RG002"], "press-check form signed 'good to run' without naming the trial or a quantity; PO scope on the form is complete", [
    ("Press_check_report_EF-0419.pdf", pdf([
        ("h1", "EGE FLEX AMBALAJ - PRESS CHECK REPORT EF-0419"),
        ("p", "Customer: Crunchwell Foods Ltd. Job: Sharing bag 150 g Cheese & Onion - machine trial. Press: Bobst 20SIX, 8 colours."),
        ("p", "Customer PO CW-88610: machine trial 1,500 m only. Commercial run 60,000 m not released until press check "
              "sign-off and written production release from Oliver Grant (Category Buyer)."),
        ("table", [["Check", "Result"], ["Colour vs drawdown (Delta E00)", "1.4 / 1.1 / 1.8"], ["Registration", "+/- 0.1 mm"],
                   ["Barcode grade (ISO/IEC 15416)", "A"], ["Text / legal copy", "checked"], ["Eye mark position", "ok"]]),
        ("p", "Customer decision: GOOD TO RUN"),
        ("p", "Signed for customer: R. Patel (Crunchwell Packaging Technology) 17/04/2024 10:40. Signed for Ege Flex: M. Demir, shift leader."),
    ], title="Press check EF-0419", author="Ege Flex")),
])

case("p16_approved_carry_on", ["RG002", "RG007"], "buyer reply 'Approved' unscoped and 'once seal test passes carry on with the rest, no need to wait for Femke' against a written-release PO", [
    ("RE_Pouch_samples_DH-DOG-1K5.eml", E(mail(
        "Anna Verhoeven <a.verhoeven@dierenvoerhollandia.nl>", "Nattaya Chaiyasit <nattaya@siamlaminates.co.th>",
        "RE: Pouch samples DH-DOG-1K5", "Wed, 17 Apr 2024 12:05:00 +0200",
        "Hi Nattaya,\n\nApproved, thanks - nice job on the block bottom this time.\n\nOnce the seal test in our lab passes "
        "next week, just carry on with the rest of the 30k, no need to wait for another document from Femke.\n\n"
        "Groeten,\nAnna Verhoeven\nInkoper / Buyer Packaging\nDierenvoer Hollandia B.V.\n\n"
        "> From: Anna Verhoeven, 20 March 2024\n"
        "> PO 4500301177 rev 1: 60 sample pouches DH-DOG-1K5 only. The balance of 30,000 pouches is not\n"
        "> released until the sample sign-off and a written production release signed by Femke de Vries (Inkoopmanager).\n",
        in_reply_to="<h146-q16@siamlaminates.co.th>"))),
])

# ---- RG006
case("p17_supplier_bought_full_film", ["RG006"], "supplier has bought PET/PE for the full 45,000 m while only the 800 m trial is released", [
    ("RE_Cold_Brew_trial.eml", E(mail(
        "Marta Kowalczyk <m.kowalczyk@poliflex.pl>", "Sanne Bakker <s.bakker@brandpuntkoffie.nl>",
        "RE: Cold Brew pouch - press trial planning", "Thu, 18 Apr 2024 10:20:00 +0200",
        "Dear Sanne,\n\nThe press trial of the Cold Brew pouch is planned for 29 April, line R8. Spouts (8.6 mm) arrived "
        "from Italy yesterday.\n\nGood news on lead time as well: we already ordered the 12 micron PET and the 80 micron "
        "PE for the complete 45.000 m, so the film is in our warehouse and nothing will slow down the big run later.\n\n"
        "Kind regards,\nMarta\nCustomer Service Export - POLIFLEX Sp. z o.o.\n\n"
        "> From: Sanne Bakker, 5 April 2024\n"
        "> PO 4500219160 covers the press trial of 800 m only. The balance of 45.000 m is not released until the press\n"
        "> check sign-off and a written production release from me, Sanne Bakker. Material authority: trial only.\n",
        in_reply_to="<h146-q17@brandpuntkoffie.nl>"))),
])

case("p18_wechat_slit_film", ["RG006"], "chat: supplier has film for all SKUs slit and waiting while only samples are released", [
    ("WeChat_export_Siam_cat_launch.txt", txt("""
WeChat chat history with "Nattaya Siam Laminates"
Exported 2024-04-19
------------------------------------------------------------
2024-04-18 10:02  Anna Verhoeven: Hi Nattaya, reminder: PO 4500301190 is the 90 sample pouches only. The 54,000 launch pouches are not released until sample sign-off and my written release. Material: samples only.
2024-04-18 10:15  Nattaya Chaiyasit: Yes Khun Anna noted ka
2024-04-19 08:40  Nattaya Chaiyasit: Samples pass our QC, ship today by FedEx 🙏
2024-04-19 08:41  Nattaya Chaiyasit: Also for fast launch, film for all 9 SKU already laminated + slit, waiting in our warehouse ka. So when you release we can print next day
2024-04-19 09:02  Anna Verhoeven: Thanks for shipping
""")),
])

case("p19_po_and_status_report", ["RG006"], "PO releases 3,000 pouches per SKU trial; supplier status report shows foil and film received for the full programme", [
    ("PO_HR-4500.txt", txt("""
HIGHVELD ROASTERS (PTY) LTD    PURCHASE ORDER HR-4500   DATE 15/04/2024
VENDOR: SHREEJI POLYFILMS PVT LTD, VAPI, GUJARAT, INDIA
--------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                          QTY     UOM
01  HR-DRIP-10      DRIP BAG OUTER SACHET 10G, 3 SKUS    3,000   EA/SKU
--------------------------------------------------------------------------
SCOPE: TRIAL 3,000 PER SKU (9,000 TOTAL) ONLY. PROGRAMME QTY 270,000 NOT
RELEASED - ON HOLD UNTIL TRIAL SIGN-OFF AND WRITTEN RELEASE BY RAVI MENON,
HEAD OF PROCUREMENT. MATERIAL AUTHORITY: TRIAL QTY ONLY.
BUYER: L. DUBE +27 11 555 0175
""")),
    ("Weekly_status_wk16_Shreeji.pdf", pdf([
        ("h1", "Shreeji Polyfilms - weekly status wk 16/2024"),
        ("p", "Customer: Highveld Roasters (Pty) Ltd. Prepared by Hitesh Shah, PPC."),
        ("table", [["Order", "Step", "Status"],
                   ["HR-4500 drip bag sachet", "Cylinders", "engraved, approved internally"],
                   ["HR-4500 drip bag sachet", "Material", "ALU 7 um foil 2.1 t and PET 12 um 1.4 t received - covers full programme"],
                   ["HR-4500 drip bag sachet", "Trial print", "planned 24-Apr, line 2"]]),
        ("p", "Remarks: foil booked early to avoid the April price increase."),
    ], title="Status wk16", author="Shreeji Polyfilms")),
])

case("p20_portal_resin_reserved", ["RG006"], "supplier portal shows 18 t resin reserved against an order with a 2,500-pouch trial released", [
    ("efb_portal_order_PT-119020.html", html_page("EFB customer portal - PT-119020", """
<h2>Empaques Flexibles del Bajio &mdash; Portal de clientes</h2>
<p>Cliente: Prairie Tail Pet Co. &middot; Pedido cliente: PT-119020</p>
<table>
<tr><th>Concepto</th><th>Estado / Status</th></tr>
<tr><td>Released by customer</td><td>2,500 pouches (trial run)</td></tr>
<tr><td>Trial run</td><td>Printed, in lamination curing (48 h)</td></tr>
<tr><td>Material reservation</td><td>PE resin 18 t + BOPET 23 um 6.5 t reserved and received for the 250,000 pouch program (program not yet released by customer)</td></tr>
<tr><td>Zipper (Presto)</td><td>Ordered: 260,000 m</td></tr>
</table>
<p>Contacto: Luis Ramirez &middot; +52 477 555 0190</p>
""")),
])

case("p21_lakh_foil_forecast", ["RG006", "RG008"], "Indian converter bought foil for 2 lakh pouches and treats the buyer forecast as a confirmed order", [
    ("Foil_procurement_Karoo.eml", E(mail(
        "Hitesh Shah <hitesh@shreejipolyfilms.in>", "Kerry-Ann Botha <kbotha@karoocrunch.co.za>",
        "Biltong chips 80g - foil procurement & planning", "Fri, 19 Apr 2024 18:10:00 +0530",
        "Dear Madam,\n\nGreetings of the day. Kindly note the trial 5,000 m is under printing and will be dispatched by "
        "end of month.\n\nAs foil prices are going up from May, we have procured aluminium foil for the full 2 lakh "
        "pouches against your annual forecast, which we have booked in our system as your confirmed order for FY 2024-25. "
        "Kindly do the needful and share the delivery schedule for the same.\n\n"
        "Thanks & regards,\nHitesh Shah\nPPC - Shreeji Polyfilms Pvt. Ltd.\n+91 260 555 0151\n\n"
        "> From: Kerry-Ann Botha, 10 April 2024\n"
        "> PO 7795: trial 5,000 m only. The balance is not released until QA sign-off of the trial reels and my written\n"
        "> release (Kerry-Ann Botha). Attached our annual forecast for planning only - not an order. Material: trial only.\n",
        in_reply_to="<h146-q21@karoocrunch.co.za>"))),
])

case("p22_deposit_bought_film", ["RG006", "RG012"], "Turkish converter: deposit received, so film bought and full run scheduled, against a sample-only PO", [
    ("Deposit_received_HR-4490.eml", E(mail(
        "Elif Yilmaz <elif.yilmaz@egeflex.com.tr>", "Lindiwe Dube <l.dube@highveldroasters.co.za>",
        "Rooibos Chai 100g - deposit received, planning", "Mon, 22 Apr 2024 11:15:00 +0300",
        "Dear Lindiwe,\n\nThank you very much, we received your 30% deposit for the cylinders today.\n\n"
        "As the payment is done, we consider the order confirmed: we have purchased the PET and PE film for the "
        "48,000 pouches and scheduled the production for week 19 on our CI flexo line.\n\n"
        "We will send you the packing list before shipment.\n\nBest regards,\nElif Yilmaz\nSales Engineer, Ege Flex Ambalaj\n\n"
        "> From: Lindiwe Dube\n> PO HR-4490 covers twelve (12) sample pouches only. The balance of 48,000 pouches is not released.\n"
        "> It is released only after the drawdown sign-off by Thandi Nkosi and a written release from Lindiwe Dube, Buyer.\n"
        "> Material authority: samples only.\n",
        in_reply_to="<h146-q22@highveldroasters.co.za>"))),
])

case("p23_film_and_roll_into_run", ["RG006", "RG007"], "Polish converter stages film for the full run and says it rolls straight into it after drawdown sign-off", [
    ("Decaf_500g_update.eml", E(mail(
        "Marta Kowalczyk <m.kowalczyk@poliflex.pl>", "Joost Mulder <j.mulder@brandpuntkoffie.nl>",
        "Decaf 500g - drawdown and next steps", "Tue, 23 Apr 2024 08:50:00 +0200",
        "Hi Joost,\n\nThe drawdowns for the decaf bag are in the post (DPD 0944 1120 553).\n\n"
        "To save time we have put the laminate for the 60.000 m on the floor next to the press. As soon as you sign off "
        "the drawdown we roll straight into the 60.000 m run - no need for you to send anything else.\n\n"
        "Pozdrawiam,\nMarta\n\n"
        "> From: Joost Mulder, 12 April 2024\n"
        "> PO 4500219100 rev 1: sample lot 1.000 m only. The 60.000 m production is not released until the drawdown\n"
        "> sign-off and a written production release from Sanne Bakker (Senior Buyer). Material authority: sample lot only.\n",
        in_reply_to="<h146-q23@brandpuntkoffie.nl>"))),
])

# ---- RG007
case("p24_po_signoff_then_proceed", ["RG007"], "PO requires written release by named buyer, then says the run can follow straight on after sample sign-off - implied auto-conversion", [
    ("PO_CW-88700.pdf", pdf([
        ("h1", "PURCHASE ORDER CW-88700"),
        ("p", "Crunchwell Foods Ltd - Shreeji Polyfilms Pvt. Ltd. - 24/04/2024 - Harbour Roast 227 g flat-bottom bag"),
        ("table", [["Line", "Description", "Qty", "Price GBP"], ["1", "Sample bags, valve fitted, 2 SKUs", "20", "lot 180.00"]]),
        ("p", "Scope: this PO covers 20 sample bags. The balance of 30,000 bags is not released until the sample sign-off by "
              "Marieke Jansen (Packaging Technologist) and a written production release from Oliver Grant (Category Buyer)."),
        ("p", "Planning note: once Marieke has signed off the samples, the production run can follow straight on, so please keep the press slot in week 22."),
        ("p", "Buyer: Oliver Grant"),
    ], title="PO CW-88700", author="Crunchwell Foods")),
])

case("p25_chat_run_all_when_ok", ["RG007"], "chat: Thai supplier says they run all SKUs once samples are OK; buyer only thanks", [
    ("Line_chat_Siam_Hollandia.txt", txt("""
LINE chat: Siam Laminates x Dierenvoer Hollandia
Saved on: 2024/04/25 16:02
2024/04/24 Wed
09:10 Anna Verhoeven PO 4500301240 = trial reels for the 3 dog SKUs, 500 m each (1,500 m). Production volume not released until sample sign-off + written release from Femke de Vries.
09:30 Nattaya Chaiyasit noted ka
2024/04/25 Thu
15:40 Nattaya Chaiyasit Khun Anna, trial reels finish. When sample OK we run all 3 SKU immediately ka, machine booked wk 20
15:58 Anna Verhoeven Thanks Nattaya, samples to the lab on Monday
""")),
])

case("p26_order_conf_auto_commence", ["RG007", "RG009"], "supplier order confirmation: balance commences automatically on sample approval; 'approval' also used for PO approval", [
    ("Order_confirmation_SPF-OC-2425-0117.docx", docx_bytes([
        ("h1", "ORDER CONFIRMATION SPF/OC/24-25/0117"),
        ("p", "Shreeji Polyfilms Pvt. Ltd., GIDC Vapi - to Crunchwell Foods Ltd (PO CW-88700)"),
        ("p", "We thank you for your PO CW-88700 for 20 sample bags (Harbour Roast 227 g)."),
        ("table", [["Item", "Qty", "Status"], ["Sample bags", "20", "in process"], ["Balance quantity", "30,000", "on hold - awaiting approval"]]),
        ("p", "Terms: PO approval received from your finance department on 24-Apr-2024. Production of the balance quantity "
              "shall commence automatically on receipt of your approval of the samples."),
        ("p", "For Shreeji Polyfilms Pvt. Ltd. - Authorised signatory"),
    ], author="Shreeji Polyfilms")),
])

_p27_po = pdf([
    ("h1", "PURCHASE ORDER CW-88710"),
    ("p", "Crunchwell Foods Ltd - Ege Flex Ambalaj - 25/04/2024 - Pet treat pouch 70 g (new Crunchwell Pets range)"),
    ("table", [["Line", "Description", "Qty", "Price"], ["1", "Stand-up pouch 70 g, zipper, samples", "60", "GBP 150.00 lot"]]),
    ("p", "This PO covers 60 sample pouches only. The balance of 60,000 pouches is not released until the sample sign-off "
          "and a written production release from Hannah Price, Head of Procurement."),
], title="PO CW-88710", author="Crunchwell Foods")
case("p27_technologist_crack_on", ["RG007"], "buyer technologist tells supplier to crack on with the 60k once seal test passes, contradicting the written-release PO", [
    ("RE_Pets_70g_seal_test.eml", E(mail(
        "Rachel Patel <rachel.patel@crunchwell.co.uk>", "Elif Yilmaz <elif.yilmaz@egeflex.com.tr>",
        "RE: Pets 70g pouch - seal test", "Fri, 26 Apr 2024 16:30:00 +0100",
        "Hi Elif,\n\nSamples landed, cheers. They look great. We'll put them through the seal and burst test on Tuesday.\n\n"
        "If they pass, just crack on with the 60k - don't wait on paperwork from Hannah, we're tight for the August launch.\n\n"
        "Rachel\n" + sig("Rachel Patel", "Packaging Technologist", "Crunchwell Foods Ltd", "+44 116 555 0117"),
        attachments=[("PO_CW-88710.pdf", _p27_po, PDF_MT)]))),
])

case("p28_job_ticket_auto_release", ["RG007"], "supplier job ticket: on customer sample OK, release the balance to press", [
    ("JOB_TICKET_EFB-24-1187.txt", txt("""
EMPAQUES FLEXIBLES DEL BAJIO - ORDEN DE TRABAJO / JOB TICKET   EFB-24-1187
CLIENTE: PRAIRIE TAIL PET CO.      PEDIDO CLIENTE: PT-119100     26/04/2024
-------------------------------------------------------------------------------
PRODUCTO: QUAD-SEAL BAG 25 LB DRY DOG, 10 COL, HANDLE     ANCHO BOBINA 1,250 MM
CANT. AUTORIZADA CLIENTE: 2,500 PZA (TRIAL RUN)
PROGRAMA: 250,000 PZA (NO LIBERADO / NOT RELEASED BY CUSTOMER)
-------------------------------------------------------------------------------
PASO  DEPTO        ESTADO
10    PREPRENSA    OK
20    IMPRESION    OK - TRIAL 2,500 PZA
30    LAMINACION   CURADO 48H
40    ENVIO MUESTRA FEDEX 7781 2290 4410
50    NEXT STEP:   ON CUSTOMER SAMPLE OK -> RELEASE BAL 247,500 PZA TO PRESS (NO NEW DOC)
-------------------------------------------------------------------------------
ELABORO: L. RAMIREZ      REVISO: J. ORTEGA (PLANEACION)
""")),
])

# ---- RG008
case("p29_forecast_as_firm_order", ["RG008"], "buyer sends the annual forecast and asks the supplier to treat it as a firm order", [
    ("2025_pouch_forecast.eml", E(mail(
        "Dan Okafor <dokafor@prairietailpet.com>", "Luis Ramirez <lramirez@efbajio.mx>",
        "2025 pouch forecast - please plan", "Mon, 29 Apr 2024 08:15:00 -0500",
        "Hi Luis,\n\nAs promised on the QBR call, attached is our 2025 forecast for the kibble and treat pouches "
        "(FCST-2025-v3). Total is 1.2 million pouches across the four SKUs.\n\nPlease treat this forecast as our firm order "
        "for 2025 - we are committing to the full 1.2 million, so you can plan capacity and film on that basis.\n\n"
        "Thanks,\nDan Okafor\nDemand Planner\nPrairie Tail Pet Co.\n(402) 555-0171\n",
        attachments=[("FCST-2025-v3.txt", "SKU,Q1,Q2,Q3,Q4\nPT-SUP-5LB,90000,90000,110000,110000\n"
                      "PT-SUP-15LB,40000,40000,40000,40000\nPT-TRT-6OZ,75000,75000,75000,75000\n"
                      "PT-SUP-25LB,30000,30000,50000,50000\n", "text/csv")]))),
])

case("p30_forecast_commitment_pdf", ["RG008"], "document titled forecast states the buyer commits to purchase the forecast tonnage", [
    ("Forecast_Q3-2024_Crunchwell_Poliflex.pdf", pdf([
        ("h1", "Laminate forecast Q3 2024"),
        ("p", "Crunchwell Foods Ltd to Poliflex Sp. z o.o. - issued 30/04/2024 by Supply Planning"),
        ("table", [["Item", "Jul (t)", "Aug (t)", "Sep (t)", "Q3 (t)"],
                   ["CW-150 sharing bag laminates (3 SKUs)", "14", "13", "13", "40"],
                   ["CW-COF-227 coffee laminate", "3", "3", "4", "10"]]),
        ("p", "This forecast is a firm commitment: Crunchwell commits to purchase the 40 t of sharing bag laminate and 10 t "
              "of coffee laminate shown above in Q3 2024. Please reserve press capacity accordingly."),
        ("p", "Contact: Priya Shah, Supply Planner - +44 116 555 0131"),
    ], title="Forecast Q3 2024", author="Crunchwell Foods")),
])

case("p31_erp_forecast_firm", ["RG008"], "ERP forecast printout instructing the supplier that the forecast quantities are firm and to produce to them", [
    ("SA_DELSCHED_0430.txt", txt("""
BOTANAS LA SIERRA S.A. DE C.V.     PRONOSTICO DE COMPRAS / PURCHASE FORECAST     30/04/2024
PROVEEDOR 30088 EMPAQUES FLEXIBLES DEL BAJIO                            HOJA 1
=================================================================================
MATERIAL     DESCRIPCION                     MAY-24   JUN-24   JUL-24   AGO-24
BLS-TOST-55  BOLSA TOSTADITAS 55G            40,000   40,000   45,000   45,000
BLS-CHCH-45  BOLSA CHICHARRON 45G            25,000   25,000   25,000   30,000
BLS-CHLI-140 BOLSA CHILI-LIMON 140G          10,000   10,000   10,000   10,000
=================================================================================
TIPO: PRONOSTICO (FCST)
ESTATUS: FIRME - THESE FORECAST QUANTITIES ARE FIRM ORDERS. SUPPLIER TO PRODUCE
AND DELIVER TO THIS SCHEDULE.
COMPRAS: A. REYES  EXT 2210
""")),
])

case("p32_annex_forecast_binding", ["RG008"], "supply agreement annex declares forecast volumes to be binding purchase commitments", [
    ("Supply_agreement_annex3_volumes.docx", docx_bytes([
        ("h1", "Annex 3 - Volumes"),
        ("p", "To the supply agreement between Brandpunt Koffie B.V. (buyer) and Poliflex Sp. z o.o. (supplier) dated 2 May 2024."),
        ("table", [["Laminate", "Forecast 2024-H2 (m)", "Forecast 2025 (m)"],
                   ["Espresso 250 g valve bag", "180.000", "400.000"],
                   ["Decaf 500 g flat-bottom", "60.000", "140.000"],
                   ["Cold Brew 200 ml spout pouch", "45.000", "120.000"]]),
        ("p", "3.1 The forecast volumes in this annex are binding purchase commitments of the buyer."),
        ("p", "3.2 The supplier shall hold capacity on its 8-colour gravure line for these volumes."),
        ("p", "3.3 Individual deliveries are called off by the buyer's planning department."),
    ], author="Brandpunt Koffie")),
])

# ---- RG009
case("p33_po_status_released", ["RG009"], "PO header says RELEASED (finance) while the same PO uses release for production authority", [
    ("PO_PT-119200.pdf", pdf([
        ("h1", "PURCHASE ORDER PT-119200"),
        ("p", "Prairie Tail Pet Co. - Empaques Flexibles del Bajio - 05/01/2024"),
        ("p", "PO status: RELEASED (Finance, 04/30/2024)"),
        ("table", [["Line", "Item", "Qty", "Scope"], ["10", "PT-TRT-6OZ-v2 zipper pouch, new window", "2,000", "trial run"]]),
        ("p", "Production release: the balance of 75,000 pouches is not released. It is released only after the trial-run "
              "sign-off and a written release from Jessica Martinez, Sr. Buyer. Material authority: trial run only."),
    ], pagesize=LETTER, title="PO PT-119200", author="Prairie Tail Pet Co.")),
])

case("p34_chat_approved_twice", ["RG002", "RG009"], "chat: 'approved' for QA and finance, then 'you're approved from our side' with no scope", [
    ("WhatsApp Chat with Ravi Shreeji.txt", txt("""
[02/05/2024, 08:05:12] Kerry-Ann Botha: Morning Ravi. Reminder PO 7795 = trial 5,000 m only. Balance stays on hold until QA signs off the trial reels and I send you a written release.
[02/05/2024, 08:30:40] Ravi Menon: Good morning Madam, noted. Trial reels reached Paarl yesterday as per tracking.
[06/05/2024, 15:12:03] Kerry-Ann Botha: Ravi, trial reels approved by QA ✅ and the PO was approved by finance this morning ✅
[06/05/2024, 15:12:30] Kerry-Ann Botha: So you're approved from our side 🙂
[06/05/2024, 15:20:11] Ravi Menon: Thank you Madam, very happy to hear 🙏
""")),
])

case("p35_portal_approval_states", ["RG009"], "supplier portal uses 'Approved' for artwork (technical), PO (commercial) and production", [
    ("egeflex_portal_CW-88610.html", html_page("Ege Flex customer portal - CW-88610", """
<h2>Ege Flex Ambalaj &mdash; Customer portal</h2>
<p>Customer: Crunchwell Foods Ltd &middot; Order: CW-88610 (Sharing bag 150 g, 3 SKUs)</p>
<table>
<tr><th>Step</th><th>Approval</th><th>By</th><th>Date</th></tr>
<tr><td>Artwork / drawdown</td><td>Approved</td><td>R. Patel (Packaging Technology)</td><td>17/04/2024</td></tr>
<tr><td>Purchase order</td><td>Approved</td><td>Crunchwell Finance</td><td>18/04/2024</td></tr>
<tr><td>Production</td><td>Approval pending</td><td>O. Grant</td><td>-</td></tr>
</table>
<p>Released quantity: machine trial 1,500 m. Commercial run 60,000 m per SKU: not released.</p>
""")),
])

_p36_orig = mail("Hannah Price <hannah.price@crunchwell.co.uk>", "Oliver Grant <oliver.grant@crunchwell.co.uk>",
                 "Production release CW-R-11 - Pets 70g pouch", "Thu, 02 May 2024 17:02:00 +0100",
                 "Oliver,\n\nProduction release CW-R-11 for the Pets 70 g pouch (PO CW-88710 rev 1): 6,000 pouches released "
                 "for production. The balance of 54,000 pouches is not released until the launch review and a further "
                 "written release from me.\n\nHannah Price\nHead of Procurement\n",
                 msgid="<h146-cw-r-11@crunchwell.co.uk>")
case("p36_fwd_release_other_qty", ["RG009", "RG011"], "forward of a 6,000 release described as 8,000; 'approved' used for samples and for the PO", [
    ("FW_Production_release_CW-R-11.eml", E(mail(
        "Oliver Grant <oliver.grant@crunchwell.co.uk>", "Elif Yilmaz <elif.yilmaz@egeflex.com.tr>",
        "FW: Production release CW-R-11 - Pets 70g pouch", "Fri, 03 May 2024 09:10:00 +0100",
        "Hi Elif,\n\nHannah's release is below - it's for the 8,000 pouches we agreed on Tuesday's call. The samples were "
        "approved by Rachel last week and the PO revision was approved by finance yesterday.\n\nPlease send me the "
        "production plan by Monday.\n\nCheers,\nOliver\n" +
        sig("Oliver Grant", "Category Buyer - Packaging", "Crunchwell Foods Ltd", "+44 116 555 0102"),
        attachments=[("rfc822", _p36_orig)]))),
])

# ---- RG011
_p37_po = pdf([
    ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4410-0960"),
    ("p", "Botanas La Sierra S.A. de C.V. - Empaques Flexibles del Bajio - 06/05/2024"),
    ("table", [["Pda", "Material", "Descripcion", "Cant", "UM"],
               ["10", "BOB-CHLI-140", "Bobina muestra chili-limon 140 g, 600 mm", "12", "bobinas / rolls"]]),
    ("p", "This order covers 12 sample rolls only. The commercial quantity (1,500 rolls) is not released until the "
          "sample sign-off by Calidad and a written release from Ing. Alejandro Reyes, Gerente de Compras."),
], title="OC 4410-0960", author="Botanas La Sierra")
case("p37_po_12_mail_20", ["RG011"], "PO says 12 sample rolls; buyer's cover email says twenty (20)", [
    ("OC_4410-0960.pdf", _p37_po),
    ("Envio_OC_4410-0960.eml", E(mail(
        "Alejandro Reyes <areyes@botanaslasierra.com.mx>", "Luis Ramirez <lramirez@efbajio.mx>",
        "OC 4410-0960 rollos de muestra", "Mon, 06 May 2024 12:40:00 -0600",
        "Hola Luis,\n\nTe envío la OC 4410-0960 for the twenty (20) sample rolls of chili-limon 140 g - we need some "
        "extra for the line trials in Saltillo. Same structure as before, 600 mm.\n\nSaludos,\nAlejandro\n"))),
])

case("p38_po_line_vs_note", ["RG011"], "PO table line 500 m but the scope note says trial run of 800 m", [
    ("PO_HR-4510.pdf", pdf([
        ("h1", "PURCHASE ORDER HR-4510"),
        ("p", "Highveld Roasters (Pty) Ltd - Siam Laminates Co., Ltd. - 07/05/2024"),
        ("table", [["Line", "Item", "Qty", "UOM", "USD"], ["1", "Cold brew bag-in-box liner laminate, trial", "500", "m", "0.39"]]),
        ("p", "Scope: trial run of 800 m for the filling trial at our Midrand plant. The production quantity of 20,000 m is not "
              "released until the filling-trial sign-off and a written release from Lindiwe Dube, Buyer. Material authority: trial only."),
    ], title="PO HR-4510", author="Highveld Roasters")),
])

_p39_brief = docx_bytes([
    ("h1", "Trial brief TB-07 - PT-SUP-15LB side gusset, recycle-ready PE"),
    ("p", "Purpose: machine trial on Line 4 (Omaha) with mono-PE structure."),
    ("table", [["Item", "Value"], ["Trial quantity", "2,000 bags"], ["Structure", "MDO-PE 25 / PE 100"], ["Gusset", "90 mm"]]),
    ("p", "Prepared by: Dan Okafor for Jessica Martinez, Sr. Buyer."),
], author="Prairie Tail Pet Co.")
case("p39_email_vs_trial_brief", ["RG011"], "buyer email releases 1,500 trial bags; attached buyer trial brief says 2,000", [
    ("PO_PT-119230_trial.eml", E(mail(
        "Jessica Martinez <jmartinez@prairietailpet.com>", "Luis Ramirez <lramirez@efbajio.mx>",
        "PO PT-119230 - recycle-ready side gusset trial", "Tue, 07 May 2024 10:05:00 -0500",
        "Hi Luis,\n\nPO PT-119230 is in the portal for the recycle-ready side gusset bag trial: 1,500 bags. "
        "Trial brief attached.\n\nThe production volume is not released. It stays on hold until Line 4 trial sign-off "
        "and a written release from me.\n\nMaterial: trial quantity only.\n\nThanks,\nJessica Martinez\nSr. Buyer, "
        "Prairie Tail Pet Co.\n(402) 555-0198\n", html="auto",
        attachments=[("Trial_brief_TB-07.docx", _p39_brief, DOCX_MT)]))),
])

case("p40_calloff_vs_erp", ["RG011"], "call-off page says 8.000 m per SKU, ERP printout of the same call-off says 10.000 m", [
    ("Afroep_07_BK-Poliflex.html", html_page("Afroep 07", """
<h2>Brandpunt Koffie B.V. &mdash; Afroep / Call-off 07</h2>
<p>Raamovereenkomst BK-RO-2024 &middot; Leverancier: Poliflex Sp. z o.o. &middot; Datum: 08-05-2024</p>
<table>
<tr><th>Artikel</th><th>Omschrijving</th><th>Afroep (m)</th><th>Week</th></tr>
<tr><td>BK-ESP-250</td><td>Espresso 250 g valve bag laminate</td><td>8.000</td><td>22</td></tr>
<tr><td>BK-DEC-500</td><td>Decaf 500 g flat-bottom laminate</td><td>8.000</td><td>22</td></tr>
</table>
<div class="note">Remaining contract quantity is not released; it is released only by the next call-off, signed by Sanne Bakker.</div>
""", lang="nl")),
    ("SAP_afroep_07.txt", txt("""
BRANDPUNT KOFFIE B.V.   SCHEDULING AGREEMENT 5500001207   CALL-OFF 07   08.05.2024
VENDOR 104455 POLIFLEX SP. Z O.O.
-------------------------------------------------------------------------
ITEM  MATERIAL     DESCRIPTION                         QTY       UOM  WK
0010  BK-ESP-250   VALVE BAG LAMINATE ESPRESSO 250G    10.000    M    22
0020  BK-DEC-500   FLAT BOTTOM LAMINATE DECAF 500G     10.000    M    22
-------------------------------------------------------------------------
REMAINING CONTRACT QTY NOT RELEASED - NEXT CALL-OFF BY S. BAKKER.
""")),
])

_p41_po = pdf([
    ("h1", "PURCHASE ORDER HR-4520"),
    ("p", "Highveld Roasters (Pty) Ltd - Ege Flex Ambalaj - 08/05/2024"),
    ("table", [["Line", "Item", "Qty", "EUR"], ["1", "Rooibos Chai 100 g stand-up pouch, 4 col, zipper", "20,000", "0.071"]]),
    ("p", "This PO covers the full order of 20,000 pouches; no balance. Payment: 30% deposit, balance 60 days after B/L."),
], title="PO HR-4520", author="Highveld Roasters")
case("p41_deposit_start_25k", ["RG011", "RG012"], "buyer: deposit paid so start printing the 25,000, while attached PO is for 20,000", [
    ("Deposit_paid_HR-4520.eml", E(mail(
        "Lindiwe Dube <l.dube@highveldroasters.co.za>", "Elif Yilmaz <elif.yilmaz@egeflex.com.tr>",
        "HR-4520 - deposit paid", "Thu, 09 May 2024 10:30:00 +0200",
        "Hi Elif,\n\nOur finance team paid the 30% deposit this morning (proof of payment attached in the next mail). "
        "So you can start printing the 25,000 Rooibos Chai pouches now.\n\nPO attached again for your file.\n\n"
        "Kind regards,\nLindiwe\n",
        attachments=[("PO_HR-4520.pdf", _p41_po, PDF_MT)]))),
])

# ---- RG012
case("p42_advance_received_scheduled", ["RG012"], "Indian supplier reads advance payment as the go for the full commercial run despite quoted trial-only PO", [
    ("Advance_received_HR-4500.eml", E(mail(
        "Hitesh Shah <hitesh@shreejipolyfilms.in>", "Lindiwe Dube <l.dube@highveldroasters.co.za>",
        "Advance received - HR-4500 drip bag", "Fri, 10 May 2024 17:45:00 +0530",
        "Dear Ma'am,\n\nWe are in receipt of your advance payment of USD 1,850 against our PI dated 02-May. "
        "Accordingly, the commercial run of 270,000 sachets has been scheduled for week 21 and the trial 9,000 will "
        "be dispatched along with it.\n\nThanks & regards,\nHitesh Shah\nPPC, Shreeji Polyfilms Pvt. Ltd.\n\n"
        "> From: Lindiwe Dube\n> PO HR-4500: trial 3,000 per SKU (9,000 total) only. Programme qty 270,000 not released - on hold\n"
        "> until trial sign-off and written release by Ravi Menon, Head of Procurement. Material authority: trial qty only.\n",
        in_reply_to="<h146-q42@highveldroasters.co.za>"))),
])

case("p43_chat_po_accepted_start", ["RG012"], "chat: supplier treats PO acceptance in its ERP as the go for the 250k programme", [
    ("WhatsApp Chat with Luis EFB.txt", txt("""
[10/05/2024, 09:00:14] Jessica Martinez: Hi Luis, PO PT-119100 rev 1 is in the portal: still the 2,500 trial bags only. The 250k program is not released until trial sign-off and a written release from me.
[10/05/2024, 11:32:50] Luis Ramirez: Hola Jessica! PO is accepted in our system now ✅
[10/05/2024, 11:33:15] Luis Ramirez: So with the PO accepted we start production of the 250k next Monday, press 6
[10/05/2024, 11:33:40] Luis Ramirez: I send you the schedule tomorrow
""")),
])

case("p44_lc_opened_commence", ["RG012"], "buyer letter: LC opened for the full 90,000 bags, commence production on receipt of LC advice", [
    ("Carta_LC_4410-0990.docx", docx_bytes([
        ("h1", "Letter of Credit - PO 4410-0990"),
        ("p", "Botanas La Sierra S.A. de C.V., Monterrey - to Empaques Flexibles del Bajio SA de CV, Leon - 13 May 2024"),
        ("p", "Dear Mr. Ramirez,"),
        ("p", "We have opened irrevocable Letter of Credit No. BNMX-LC-24-0990 with Banorte for the full value of the "
              "90,000 Tostaditas 55 g bags on our order 4410-0990 (MXN 166,500.00)."),
        ("p", "You may commence production of the 90,000 bags on receipt of the LC advice from your bank."),
        ("p", "Atentamente, Ing. Alejandro Reyes, Gerente de Compras"),
    ], author="Botanas La Sierra")),
])

case("p45_portal_paid_released", ["RG012"], "supplier portal sets production to released automatically on receipt of the advance payment", [
    ("poliflex_portal_4500219200.html", html_page("POLIFLEX portal - order 4500219200", """
<h2>POLIFLEX &mdash; Portal klienta / Customer portal</h2>
<p>Customer: Brandpunt Koffie B.V. &middot; Customer PO: 4500219200 (Espresso 250 g valve bag laminate, 60.000 m, full order)</p>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th></tr>
<tr><td>Order acknowledgement</td><td>Sent</td><td>06-05-2024</td></tr>
<tr><td>Advance payment 30%</td><td>Paid</td><td>13-05-2024</td></tr>
<tr><td>Production</td><td>Released automatically on receipt of advance payment</td><td>13-05-2024</td></tr>
<tr><td>Planned press date</td><td>R8, week 21</td><td></td></tr>
</table>
""")),
])

# ==== MAIN
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(CASES)
    random.Random(146146).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9]+", "_", Path(c["files"][0][0]).stem).strip("_")
        name = f"h146_{i:02d}_{stem}"
        d = OUT / name
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[name] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(order)} cases written")


if __name__ == "__main__":
    build()
