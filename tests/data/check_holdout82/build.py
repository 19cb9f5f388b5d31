#!/usr/bin/env python3
"""Generator for the releasegate check_holdout82 corpus (pet products and accessories).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout82/build.py

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
    m["Message-ID"] = msgid or f"<h82-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h82")
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


def chat(lines):
    """lines: list of (stamp, who, text) -> one export line each."""
    return "\n".join(f"[{s}] {w}: {t}" for s, w, t in lines) + "\n"


# ===================================================================== CASES
# c.. = clean (expect []), p.. = positive. Names never reach the output folders.

# ---------------------------------------------------------------- batch 1
# c01 sample PO in mail body, quote PDF attached, production tier declared pricing-only
_q = pdf([
    ("h1", "NINGBO HENGDA PET PRODUCTS CO., LTD."),
    ("p", "No. 88 Binhai 4th Road, Hangzhou Bay New Zone, Ningbo, Zhejiang 315336, China"),
    ("h", "QUOTATION HD-Q-0931"),
    ("p", "To: PawNest Retail Inc., attn. Megan Fairley, Category Manager - Walk & Travel. Date: 29 April 2024."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price (USD)"],
        ["HX-220-S/M/L", "No-pull harness, 25 mm nylon webbing, reflective piping, Sage Green (Pantone 5625 C) - counter samples", "12 pcs", "14.00"],
        ["HX-220-S/M/L", "Same, production tier, assorted sizes", "6,000 pcs", "3.85"],
        ["T-BKL-25", "Side-release buckle mould (one-off)", "1 set", "650.00"],
    ]),
    ("sp",),
    ("p", "Samples: 10 working days after PO. Production lead time: 40 days after customer's written "
          "production release. Prices FOB Ningbo, valid 60 days. Hangtag and polybag per customer artwork."),
    ("p", "Amy Zhang, Sales Manager, Ningbo Hengda Pet Products Co., Ltd. Tel +86 574 8650 2231"),
], title="Quotation HD-Q-0931", author="Amy Zhang")
_m = mail(
    "Megan Fairley <megan.fairley@pawnest-retail.com>", "Amy Zhang <amy.zhang@hengda-pet.cn>",
    "PO 4500-22817 - HX-220 no-pull harness counter samples", "Mon, 06 May 2024 08:47:00 -0400",
    "Hi Amy,\n\n"
    "Thanks for the quick turnaround on the quote. PO 4500-22817 is in the supplier portal as usual, "
    "and I've put your quote HD-Q-0931 on this email so we're all looking at the same sheet.\n\n"
    "What the PO covers: twelve (12) counter samples of the HX-220 no-pull harness - four each in S, "
    "M and L, Sage Green (Pantone 5625 C), with the reflective piping and the new side-release buckle.\n\n"
    "What it doesn't cover: the 6,000 pcs tier on your quote is there for pricing only. It is not "
    "released and there's no PO cover behind it yet, so please don't buy webbing, buckles or hangtags "
    "for it.\n\n"
    "What happens next: once the samples land we run the fit panel (we've got six dogs booked, "
    "including a very opinionated husky) and our pull test PN-QA-014 at 90 kg. If they pass, Dana "
    "Whitcombe (Director of Sourcing) will send you a written production release with the quantity "
    "in it. Nothing short of that opens the production run - not a call from me, not a portal status.\n\n"
    "Ship by DHL on our account 96X-4471 please, target ex-factory 24 May.\n\n"
    "Thanks!\nMegan" + sig("Megan Fairley", "Category Manager - Walk & Travel", "PawNest Retail Inc., Columbus OH", "+1 614 555 0182"),
    attachments=[("HD-Q-0931.pdf", _q, PDF_MT)])
case("c01_pawnest_harness_samples", [], "sample PO for 12 with quote attached; 6,000 tier declared pricing-only/not released, pull test + written release by Dana Whitcombe",
     [("PO_4500-22817_samples.eml", _m)])

# c02 supplier quote alone with tiers
case("c02_moradabad_quote", [], "supplier quote with sample and bulk tiers; no authorized quantity, nothing released",
     [("MSE-Q-24-118.pdf", pdf([
         ("h1", "Moradabad Steelcraft Exports"),
         ("p", "Plot 41, Export Promotion Industrial Park, Moradabad 244001, Uttar Pradesh, India | GSTIN 09AAXFM4410K1Z2"),
         ("h", "Quotation No. MSE/Q/24-118"),
         ("p", "Customer: Kibble Corner Pet Supply Ltd., Vancouver BC, Canada. Kind attn: Mr. Aaron Blake. Dated 18.04.2024."),
         ("table", [
             ["S.No.", "Article", "Stage", "Qty", "Rate (USD/pc)"],
             ["1", "Double-wall bowl 16 oz, SS 304 (18/8), 0.6 mm, mirror inside / brushed outside", "Pre-production samples", "3 pcs", "18.00"],
             ["2", "Double-wall bowl 32 oz, same spec", "Pre-production samples", "3 pcs", "21.00"],
             ["3", "16 oz bowl", "Bulk - MOQ", "1,200 pcs", "2.95"],
             ["4", "16 oz bowl", "Bulk", "5,000 pcs", "2.60"],
             ["5", "32 oz bowl", "Bulk - MOQ", "1,200 pcs", "3.40"],
             ["6", "32 oz bowl", "Bulk", "5,000 pcs", "3.05"],
         ]),
         ("sp",),
         ("p", "Material test certificate for SS 304 with every shipment. Food-contact compliance: FDA 21 CFR and LFGB "
               "migration reports available on request. Anti-skid silicone ring, food grade, black."),
         ("p", "Samples: 12 days from receipt of sample PO. Bulk: 50 days from buyer's written production release. "
               "Payment: T/T 30 days after B/L date. Validity: 45 days."),
         ("p", "This quotation is an offer only and is not an order confirmation."),
         ("p", "For Moradabad Steelcraft Exports - Rahul Mehta, Export Manager, +91 591 241 7730"),
     ], title="Quotation MSE/Q/24-118", author="Rahul Mehta"))])

# c03 WhatsApp: supplier asks about go-ahead; buyer scopes to samples, names event + person
case("c03_whatsapp_slip_leads", [], "supplier asks go-ahead for 2k; buyer: only 20 samples, 2,000 not released, pull/chew test then written release by Oliver Brandt",
     [("WhatsApp_Chat_Emre_Yildiz.txt", chat([
         ("14/05/2024, 09:41:03", "Emre Yıldız", "Good morning Priya hanım, the 20 slip leads are finished, photos coming"),
         ("14/05/2024, 09:41:40", "Emre Yıldız", "<attached: 00000041-PHOTO-2024-05-14-09-41-40.jpg>"),
         ("14/05/2024, 09:42:15", "Emre Yıldız", "Rope is 10 mm braided, leather stopper in tan like your swatch card TN-04"),
         ("14/05/2024, 09:44:02", "Emre Yıldız", "One question - our planning asks, do we have go-ahead for the 2k or only the samples? Rope mill needs 3 weeks so they are pushing me 😅"),
         ("14/05/2024, 10:03:27", "Priya Raman", "Morning Emre! They look lovely, the tan is spot on"),
         ("14/05/2024, 10:04:51", "Priya Raman", "Only the 20 samples for now please. The 2,000 is NOT released, so please don't book rope or leather for it yet"),
         ("14/05/2024, 10:06:10", "Priya Raman", "We pull-test and chew-test them in Leeds next week. If they pass, Oliver Brandt (our Head of Product) sends you a written release with the quantity - that's the only thing that opens the 2k"),
         ("14/05/2024, 10:09:33", "Emre Yıldız", "Understood, only 20 pcs. I tell planning to wait 👍"),
         ("14/05/2024, 10:10:02", "Emre Yıldız", "Shipping tomorrow with UPS, tracking I send you"),
         ("14/05/2024, 10:12:45", "Priya Raman", "Perfect, thanks Emre. Have a good day"),
     ]))])

# c04 clearly labelled forecast on a buyer portal
_rows = "".join(
    f"<tr><td>{s}</td><td>{d}</td>" + "".join(f"<td style='text-align:right'>{v}</td>" for v in vals) + "</tr>\n"
    for s, d, vals in [
        ("NP-BED-BOL-M", "Bolster bed M, heather grey", ["600", "900", "1,200", "800", "3,500"]),
        ("NP-BED-BOL-L", "Bolster bed L, heather grey", ["400", "650", "900", "500", "2,450"]),
        ("NP-MAT-CRT-36", "Crate mat 36\", quilted", ["300", "300", "450", "300", "1,350"]),
    ])
case("c04_northpaw_forecast_portal", [], "buyer portal demand outlook, explicitly forecast only, authorizes nothing; firm only by call-off",
     [("supplier_hub_outlook_2024-05.html", html_page("Northpaw Supplier Hub - Demand outlook", f"""
<h2>Northpaw Supplier Hub</h2>
<p>Supplier: <b>Binh Duong Pet Textile JSC</b> (vendor 700388) &middot; Category: Beds &amp; Mats &middot; Updated 2024-05-06 by Geneviève Tremblay</p>
<div class="note"><b>FORECAST ONLY.</b> This outlook is not a purchase order and not a production release.
It commits Northpaw to nothing and authorizes no production and no material purchase. Quantities become
firm only through a call-off signed by Mark Kowalski (VP Merchandising).</div>
<h3>Demand outlook (units) - forecast</h3>
<table>
<tr><th>SKU</th><th>Description</th><th>Jun</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Total</th></tr>
{_rows}</table>
<p>Back-to-school and fall store set dates: Aug 19 (QC, ON), Aug 26 (BC, AB). Reorder points are reviewed monthly.</p>
<p>Questions: genevieve.tremblay@northpaw.ca &middot; +1 514 555 0143</p>
""", lang="en-CA"))])

# c05 full-quantity PO, proceed with full qty, deposit is a payment term only
case("c05_hh_full_po_beds", [], "full-quantity production PO (1,200) after counter-sample sign-off; proceed scoped to full qty; deposit only a payment term",
     [("HH-PO-10388.pdf", pdf([
         ("h1", "Hound & Hearth Ltd"),
         ("p", "Unit 7, Kirkstall Forge, Leeds LS5 3BF, United Kingdom | VAT GB 318 4471 02"),
         ("h", "PURCHASE ORDER HH-PO-10388"),
         ("p", "Supplier: Panipat Home Weaves Pvt. Ltd., Sector 29, Part II, HUDA, Panipat 132103, India. Attn: Anil Sharma."),
         ("p", "Order date: 08/05/2024. Buyer: Priya Raman, Buying Manager. Incoterm: FOB Mundra. Currency: GBP."),
         ("table", [
             ["Line", "SKU", "Description", "Qty", "Unit", "Amount"],
             ["1", "HH-BED-OVL-M", "Oval cord bed M, charcoal, recycled cotton cord, 60x45 cm", "500", "7.40", "3,700.00"],
             ["2", "HH-BED-OVL-L", "Oval cord bed L, charcoal, 80x60 cm", "400", "9.85", "3,940.00"],
             ["3", "HH-MAT-CRT", "Crate mat, charcoal, 91x58 cm", "300", "5.10", "1,530.00"],
             ["", "", "Total", "1,200", "", "9,170.00"],
         ]),
         ("sp",),
         ("p", "Counter samples signed off on 12 March 2024 (ref. CS-118, signed by Oliver Brandt, Head of Product). "
               "This PO is the production order for the full quantity above, 1,200 units in total. No further quantity "
               "follows under this PO. Please proceed with the full order quantity of 1,200 units."),
         ("p", "Packing: 1 pc per polybag with suffocation warning, swing hangtag HH-HT-02, 10 pcs per export carton. "
               "Packaging spec HH-PK-07 rev 3. Store set date 2 September 2024; ex-factory no later than 12 July."),
         ("p", "Payment: 30% deposit with order, 70% balance against copy B/L. Pre-shipment inspection AQL 2.5 by our agent."),
         ("p", "Priya Raman, Buying Manager - priya.raman@houndandhearth.co.uk - +44 113 496 0721"),
     ], title="HH-PO-10388", author="Priya Raman"))])

# c06 explicit recorded auto-conversion (quantity, signer, conditions)
case("c06_mc_auto_conversion", [], "explicit recorded auto-conversion: named quantity 40,000, named signer, conditions; 3 pouches active; material sample-only",
     [("MC-2024-0311_accord.docx", docx_bytes([
         ("h1", "Maison Croquette SAS - Recorded auto-conversion"),
         ("p", "Bon de commande / PO: MC-2024-0311 · Fournisseur / Supplier: Xiamen Fortune Packaging Co., Ltd. (attn. Lily Chen)"),
         ("p", "Article: MC-TRT-200 stand-up pouch 200 g, kraft/PET/PE with zipper, 4 colours + matte varnish, three flavours (saumon, poulet, lapin)."),
         ("h", "1. What is released today"),
         ("p", "Three (3) pre-production pouches, one per flavour, for our seal and drop test. This is the only quantity released today."),
         ("h", "2. Production quantity"),
         ("p", "40,000 pouches per quote XF-Q-5521 (split 16,000 saumon / 12,000 poulet / 12,000 lapin). Not released today."),
         ("h", "3. Recorded auto-conversion"),
         ("p", "We agree in advance and record here that if our quality lead, Claire Vidal, signs off the three pre-production "
               "pouches as conforming (seal strength at least 30 N/15 mm; drop test from 1.2 m with no leak), that signed "
               "sign-off by itself releases 40,000 pouches of MC-TRT-200 under PO MC-2024-0311, split as above. No further "
               "release letter is needed for that quantity. A sign-off with reservations releases nothing, and any quantity "
               "above 40,000 needs a written release from me."),
         ("h", "4. Material authority"),
         ("p", "Sample-only until the signed sign-off in section 3 exists. Printing cylinders are covered by the tooling line of the PO."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Pre-production pouches", "3", "released"],
             ["Production pouches", "40,000", "released only by Claire Vidal's signed conforming sign-off (section 3)"],
         ]),
         ("sp",),
         ("p", "Lyon, le 2 mai 2024 - Sophie Lemaire, Directrice Achats, Maison Croquette SAS"),
     ], author="Sophie Lemaire"))])

# c07 ERP call-off with explicit staged material authority above the released qty
case("c07_northpaw_calloff_staged", [], "call-off releases 2,000; explicit staged material authority up to 6,000 with liability; waves 4-5 forecast, next call-off by Kowalski",
     [("NPO-CO-0007-03.txt", """\
NORTHPAW OUTFITTERS INC.                        CALL-OFF / APPEL DE LIVRAISON
5800 Rue Ferrier, Montreal QC H4P 1M7                              Page 1 of 1
------------------------------------------------------------------------------
CALL-OFF NO : NPO-CO-0007-03               DATE     : 2024-05-13
AGREEMENT   : NPO-SA-0007 (SCHEDULING AGREEMENT, HARNESSES)
SUPPLIER    : 700412  BURSA EVCIL TEKSTIL A.S.  - ATTN EMRE YILDIZ
BUYER       : G. TREMBLAY   TEL (514) 555-0143
SHIP TO     : DC-02 BRAMPTON ON L6T 5P3
------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                      QTY    UOM  DELIVERY
 1  NP-HRN-STEP-M   STEP-IN HARNESS M, NAVY        1,200    EA   2024-07-08
 2  NP-HRN-STEP-L   STEP-IN HARNESS L, NAVY          800    EA   2024-07-08
                                                   -----
    RELEASED FOR PRODUCTION BY THIS CALL-OFF       2,000    EA
------------------------------------------------------------------------------
MATERIAL AUTHORITY (STAGED): SUPPLIER MAY BUY AND HOLD WEBBING, BUCKLES AND
D-RINGS FOR UP TO 6,000 EA (THIS CALL-OFF PLUS FORECAST WAVES 4 AND 5).
NORTHPAW CARRIES THE LIABILITY FOR THAT STAGED MATERIAL UP TO 6,000 EA.
FORECAST WAVES 4 AND 5 (4,000 EA) ARE FORECAST ONLY - NOT RELEASED. THEY ARE
RELEASED ONLY BY THE NEXT CALL-OFF, SIGNED BY M. KOWALSKI (VP MERCHANDISING).
------------------------------------------------------------------------------
LABELS: BILINGUAL EN/FR HANGTAG NP-HT-11. CARTON MARKS PER NP-LOG-3 REV 5.
ASN REQUIRED 48 H BEFORE ARRIVAL.                    *** END OF CALL-OFF ***
""")])

# c08 supplier: deposit does not release production
_t = ("Dear Hannah,\n\n"
      "Good day! We received the 30% deposit (GBP 3,690.00) for PO PP-5521 today, thank you very much.\n\n"
      "Just to be clear from our side: the deposit does not release production. As per your PO we make only "
      "the 2 (two) sample cat trees, model PP-CT-150 'Skyline', 150 cm, sisal posts dia. 9 cm, plush in "
      "mushroom grey. The 300 pcs stay on hold. We will not cut the MDF panels or order sisal rope for them "
      "until we get your written release after the stability test (the 40 kg side-load test your QC does in "
      "Bristol).\n\n"
      "Samples ready 28 May, we send by TNT express, tracking to follow.\n\n"
      "Best regards,\nJack Wang\nSales Dept.\nCaoxian Woodcraft Pet Furniture Co., Ltd.\n"
      "Tel/WeChat: +86 139 5302 7718\n")
_h = ("<html><body><p>Dear Hannah,</p><p>Good day! We received the 30% deposit (GBP 3,690.00) for PO PP-5521 today, "
      "thank you very much.</p><p>Just to be clear from our side: <b>the deposit does not release production</b>. As per "
      "your PO we make only the 2 (two) sample cat trees, model PP-CT-150 'Skyline', 150 cm, sisal posts dia. 9 cm, plush "
      "in mushroom grey. The 300 pcs stay on hold. We will not cut the MDF panels or order sisal rope for them until we "
      "get your written release after the stability test (the 40 kg side-load test your QC does in Bristol).</p>"
      "<p>Samples ready 28 May, we send by TNT express, tracking to follow.</p><p>Best regards,<br>Jack Wang<br>Sales Dept."
      "<br>Caoxian Woodcraft Pet Furniture Co., Ltd.<br>Tel/WeChat: +86 139 5302 7718</p></body></html>")
case("c08_caoxian_deposit_ack", [], "supplier confirms deposit does not release production; makes 2 samples, 300 on hold",
     [("RE_PO_PP-5521_deposit.eml", mail(
         "Jack Wang <jack.wang@caoxian-woodcraft.com>", "Hannah Cole <hannah.cole@purrfectperch.co.uk>",
         "RE: PO PP-5521 deposit / sample cat trees", "Thu, 09 May 2024 16:20:00 +0800", _t, html=_h))])

# p01 sample PO with quote reference showing bulk; nothing else
case("p01_wwb_plush_po", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 12 plush toys lists quote's 9,000 bulk tier; no hold, no unlock event, no release person",
     [("WWB-PO-24117.pdf", pdf([
         ("h1", "Whisker & Wag Box"),
         ("p", "1100 S Lamar Blvd, Suite 210, Austin TX 78704 | sourcing@whiskerwagbox.com"),
         ("h", "PURCHASE ORDER WWB-24117"),
         ("p", "Vendor: Dongguan Joyful Plush Toys Co., Ltd., Changping Town, Dongguan, Guangdong. Attn: Coco Wu."),
         ("p", "PO date: 05/03/2024. Ship via: FedEx International Priority, acct 4471-2208-9. Terms: Net 30 from invoice."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit $", "Ext $"],
             ["1", "WWB-TOY-TACO", "Plush squeaky taco, 7 in, embroidered eyes", "6", "6.80", "40.80"],
             ["2", "WWB-TOY-BURR", "Plush crinkle burrito, 8 in, embroidered eyes", "6", "6.80", "40.80"],
             ["", "", "PO total", "12", "", "81.60"],
         ]),
         ("sp",),
         ("p", "Counter samples for the September 'Fiesta' box. Pricing ref. Joyful quote JP-2231 dated 04/22/2024: "
               "counter samples $6.80/pc; bulk 9,000 pcs per style at $1.12/pc, FOB Yantian."),
         ("p", "Construction: squeaker sewn into an inner pouch, double-stitched seams, no plastic eyes or buttons, "
               "fill 100% recycled PET. Tag: WWB sewn-in law label per artwork WWB-LL-03."),
         ("p", "Samples to arrive in Austin by 05/31/2024. Questions to Tyler Osei, Product Sourcing, +1 512 555 0148."),
     ], pagesize=LETTER, title="WWB-24117", author="Tyler Osei"))])

# p02 thread: scoped PO quoted, then unscoped green light
_t = ("Hi Coco,\n\n"
      "Received the swatch card and the three plush samples this morning - the whole team loved the avocado, "
      "and the squeaker is way quieter than the last round, which is exactly what we were after.\n\n"
      "You've got the green light from us. Thanks so much for turning this around so fast, and say hi to "
      "the sewing team!\n\nKenji\n\n"
      "On Fri, May 10, 2024 at 6:02 PM Coco Wu <coco.wu@joyfulplush.cn> wrote:\n"
      "> Dear Kenji,\n"
      "> Samples sent by DHL 4471 9902 31 today, 3 pcs (avocado, pear, fig) plus the swatch card.\n"
      "> Please check and give us your comments.\n"
      "> Best regards, Coco\n"
      ">\n"
      "> On Tue, Apr 23, 2024, Kenji Watanabe <kenji@tailcrate.com> wrote:\n"
      ">> Hi Coco, PO TC-3390 is attached. It covers 3 counter samples only (avocado, pear, fig).\n"
      ">> The 7,500 pcs for the November box are not released. Rachel Stein, our Head of Merch, will\n"
      ">> send a written release once the samples pass our chew test and the CPSIA lab report is back.\n"
      ">> Please don't buy fabric for bulk until then.\n"
      ">> Thanks! Kenji\n")
case("p02_tailcrate_green_light", ["RG002"],
     "quoted PO is fully scoped (3 samples, 7,500 not released, chew test + CPSIA, Rachel Stein); new reply gives an unscoped 'green light'",
     [("RE_plush_samples_TC-3390.eml", mail(
         "Kenji Watanabe <kenji@tailcrate.com>", "Coco Wu <coco.wu@joyfulplush.cn>",
         "Re: TC-3390 plush fruit samples", "Tue, 14 May 2024 11:15:00 -0700",
         _t + sig("Kenji Watanabe", "Buyer, Toys & Chews", "TailCrate Inc., Portland OR", "+1 503 555 0119"),
         in_reply_to="<cw-20240510-0031@joyfulplush.cn>"))])

# p03 WhatsApp Spanish-English: samples with no quantity, later unscoped go ahead
case("p03_lumbre_bamboo_whatsapp", ["RG002", "RG010"],
     "buyer authorizes samples 'como hablamos' with no quantity; later unscoped 'go ahead' to a colour question",
     [("Chat_WhatsApp_Hung_bambu.txt", chat([
         ("06/05/2024, 10:14", "Lucía Ferrer", "Hola Hung! Adelante con las muestras del cuenco de bambú como hablamos ayer, colores natural y carbón 🙂"),
         ("06/05/2024, 10:15", "Lucía Ferrer", "La producción (las 2.400 uds.) NO está liberada. Only after our lab test (migración, LFGB) and then Javier Soto sends you the written release."),
         ("06/05/2024, 10:22", "Pham Van Hung", "Ok Ms Lucia, we make samples, 10 days"),
         ("06/05/2024, 10:23", "Pham Van Hung", "Logo laser on bottom same as before?"),
         ("06/05/2024, 10:31", "Lucía Ferrer", "Sí, same logo file ML-LOGO-v3, 20 mm"),
         ("17/05/2024, 08:03", "Pham Van Hung", "Good morning, samples finished. Carbon colour a little darker than standard, is it ok?"),
         ("17/05/2024, 08:04", "Pham Van Hung", "<adjunto: IMG-20240517-WA0007.jpg>"),
         ("17/05/2024, 09:40", "Lucía Ferrer", "Perfecto Hung, go ahead 👍"),
         ("17/05/2024, 09:41", "Pham Van Hung", "Thank you Ms Lucia!"),
     ]))])

# p04 minutes: approved for chew test and budget; 'Chonburi to proceed'
case("p04_dogwood_minutes", ["RG002", "RG009"],
     "minutes use 'approved' for chew test and for finance budget; closing 'Chonburi to proceed' names no quantity",
     [("Minutes_sample_review_2024-05-15.docx", docx_bytes([
         ("h1", "Sample review call - rubber chew toys (DW-CHW range)"),
         ("p", "Date: 15 May 2024, 09:00 UK / 15:00 TH (Teams)"),
         ("p", "Attendees: Kate Morrison (Head of Buying, Dogwood & Co.), Sam Pryce (Buyer, Dogwood & Co.), "
               "Somchai Prasert (Sales Director, Chonburi Rubber Works), Ploy Srisuk (QC, Chonburi Rubber Works)"),
         ("table", [
             ["#", "Topic", "Outcome", "Owner"],
             ["1", "Sample lot, PO DW-7710: 6 pcs per style, 3 styles (bone, ring, bumpy ball)", "Received 9 May, all 18 pcs", "Sam"],
             ["2", "Chew test, 30 min, large-breed panel (2 Staffies, 1 Malinois)", "Approved - no tearing, slight tooth marks on the ring", "Sam"],
             ["3", "Spring promo wave budget, GBP 18k", "Approved by Finance on 14 May", "Kate"],
             ["4", "Production quantity 6,000 pcs per style", "Remains on hold; released only by a written release from Kate Morrison once the lab report (phthalates, EN 71-3 metals) is in", "Kate"],
             ["5", "Colour of bumpy ball", "Keep Pantone 7416 C; Ploy to send master chip", "Ploy"],
             ["6", "Next steps", "Chonburi to proceed.", "Somchai"],
         ]),
         ("sp",),
         ("p", "Next call: 29 May. Minutes by Sam Pryce - please reply with corrections within 48 hours."),
     ], author="Sam Pryce"))])

# p05 sample PO email + quote PDF attachment (8,000), nothing else
_po = pdf([
    ("h1", "KIBBLE CORNER PET SUPPLY LTD."),
    ("p", "8860 Fraser Street, Vancouver BC V5X 3Y2, Canada"),
    ("h", "PURCHASE ORDER KC-PO-3318"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD"],
        ["1", "KC-SLW-24", "Slow-feeder bowl 24 oz, brushed SS 304, silicone base - sample", "6", "16.00"],
    ]),
    ("p", "Date 2024-05-07. Buyer: Aaron Blake. Deliver to DC, 8860 Fraser St. Terms: Net 45."),
], title="KC-PO-3318", author="Aaron Blake")
_q = pdf([
    ("h1", "Moradabad Steelcraft Exports"),
    ("h", "Quotation No. MSE/Q/24-131"),
    ("p", "Customer: Kibble Corner Pet Supply Ltd. Kind attn: Mr. Aaron Blake. Dated 30.04.2024."),
    ("table", [
        ["S.No.", "Article", "Qty", "Rate (USD/pc)"],
        ["1", "Slow-feeder bowl 24 oz, SS 304, brushed, laser logo underside - samples", "6 pcs", "16.00"],
        ["2", "Slow-feeder bowl 24 oz - production", "8,000 pcs", "2.70"],
    ]),
    ("p", "Lead time production 45 days. FOB Nhava Sheva. Validity 45 days. Rahul Mehta, Export Manager."),
], title="MSE/Q/24-131", author="Rahul Mehta")
case("p05_kibble_bowl_samples", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 bowls with quote attached showing 8,000 production; no hold, no event, no named releaser",
     [("KC-PO-3318_slow_feeder.eml", mail(
         "Aaron Blake <aaron.blake@kibblecorner.ca>", "Rahul Mehta <rahul@moradabadsteelcraft.in>",
         "KC-PO-3318 slow-feeder bowl samples", "Tue, 07 May 2024 10:05:00 -0700",
         "Hi Rahul,\n\n"
         "Please find attached our PO KC-PO-3318 for the slow-feeder bowl samples - 6 pcs of the 24 oz in brushed "
         "steel. I've attached your quote too.\n\n"
         "Couple of notes:\n"
         "- Anti-skid base must be food-grade silicone, no recycled content.\n"
         "- Laser the Kibble Corner paw logo on the underside, 18 mm, per artwork KC-ART-221 rev B.\n"
         "- Please courier them to our DC at 8860 Fraser St, attention receiving.\n\n"
         "Looking forward to seeing them - the maze pattern on your render looks great.\n\n"
         "Cheers,\nAaron" + sig("Aaron Blake", "Buyer, Feeding & Bowls", "Kibble Corner Pet Supply Ltd.", "+1 604 555 0177"),
         attachments=[("KC-PO-3318.pdf", _po, PDF_MT), ("MSE-Q-24-131.pdf", _q, PDF_MT)]))])

# p06 multi-file: ERP PO (6 samples) + supplier HTML quote (1.800)
_po_txt = """\
MUNDO PELUDO S.A.                      PEDIDO DE COMPRA / PURCHASE ORDER
C/ de Alcala 318, 28027 Madrid                           Pag. 1 / 1
NIF A-86210433
--------------------------------------------------------------------------
PEDIDO / PO NO.  : 4700018842          FECHA / DATE : 08.05.2024
PROVEEDOR        : 300915 YIWU BRIGHTPAW TRADING CO., LTD.
COMPRADOR / BUYER: A. RUIZ  +34 91 555 0162
ENTREGA / DELIV. : ALMACEN GETAFE, NAVE 4
CONDICIONES      : PAGO 60 DIAS F.F. / INCOTERM FCA YIWU
--------------------------------------------------------------------------
POS  MATERIAL        DESCRIPCION                      CANT.  UM   PRECIO
 10  MP-CORR-5M-RJ   CORREA EXTENSIBLE 5 M, ROJA         3   UN    7,50
 20  MP-CORR-5M-AZ   CORREA EXTENSIBLE 5 M, AZUL         3   UN    7,50
                                                      ----
     TOTAL                                               6   UN   45,00 EUR
--------------------------------------------------------------------------
TEXTO: MUESTRAS / SAMPLES. REF. OFERTA BP-Q-7730. FRENO DE BLOQUEO Y
BOTON DE PAUSA SEGUN PLANO MP-DWG-2210 REV 3. ETIQUETA EN ESPANOL.
--------------------------------------------------------------------------
"""
_q_html = html_page("Quotation BP-Q-7730", """
<h2>YIWU BRIGHTPAW TRADING CO., LTD.</h2>
<p>No. 1200 Chouzhou North Road, Yiwu, Zhejiang &middot; Tel +86 579 8551 2040 &middot; Contact: Lisa Xu</p>
<h3>QUOTATION BP-Q-7730</h3>
<p>To: Mundo Peludo S.A., Madrid &middot; Attn: Mr. Álvaro Ruiz &middot; Date: 2024-04-26</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price (EUR)</th></tr>
<tr><td>MP-CORR-5M</td><td>Retractable leash 5 m, tape 12 mm, max. 25 kg, red / blue - samples</td><td>6 pcs</td><td>7,50</td></tr>
<tr><td>MP-CORR-5M</td><td>Retractable leash 5 m, production, 50/50 red / blue</td><td>1.800 pcs</td><td>2,95</td></tr>
</table>
<p>Packing: blister card with Spanish label, 24 pcs / carton. Production lead time 35 days. Price FCA Yiwu.</p>
<p>Best regards, Lisa Xu - Sales</p>
""", lang="en")
case("p06_mundo_leash_bundle", ["RG001", "RG003", "RG004", "RG005"],
     "bundle: ERP sample PO for 6 leashes + supplier quote with 1.800 production, nothing says not released/event/person",
     [("PO_4700018842.txt", _po_txt), ("BP-Q-7730_quotation.html", _q_html)])

# p07 packaging brief: 20 mock-ups and print run 30,000 side by side
case("p07_petpantry_pack_brief", ["RG001", "RG003", "RG004", "RG005"],
     "packaging brief asks for 20 mock-ups and lists print run 30,000 with no hold, no event, no release person",
     [("PetPantry_holiday_sampler_brief.docx", docx_bytes([
         ("h1", "Packaging brief - Holiday Treat Sampler box"),
         ("p", "PetPantry Box Inc., 200 Wellington St W, Toronto ON. Brief owner: Olivia Chen, Product Development. Version 2, 3 May 2024."),
         ("p", "Supplier: Ho Chi Minh Paper Pack Co., Ltd. - attn. Ms. Vo Thi Mai. PO reference for mock-ups: PPB-PO-0912."),
         ("h", "Structure"),
         ("li", "Folding carton with window, 350 gsm SBS, 4C process + spot gloss on the paw print, dieline PPB-DL-09 rev 4."),
         ("li", "Size 180 x 120 x 45 mm; tuck-end with hang tab for peg display."),
         ("li", "Retail-ready: 12 boxes per shelf-ready tray, tear-off front, tray printed 1C kraft."),
         ("h", "Quantities"),
         ("table", [
             ["Item", "Spec", "Qty"],
             ["Printed mock-ups for shelf and photo test", "as dieline PPB-DL-09 rev 4", "20"],
             ["Print run - retail-ready, first fill", "same, with trays", "30,000"],
         ]),
         ("sp",),
         ("h", "What we need from you now"),
         ("p", "Please make the 20 printed mock-ups and send them to Toronto by 7 June so we can shoot them for the "
               "November launch. Colour target: Pantone 7621 C red and 5535 C green, proof to be matched to our drawdown."),
         ("p", "Compliance: inks must be mineral-oil free; FSC Mix claim only with chain-of-custody number on the tray."),
     ], author="Olivia Chen"))])

# ---------------------------------------------------------------- batch 2
def wechat(title, lines):
    out = [f"WeChat chat history: {title}", "=" * 60, ""]
    for stamp, who, text in lines:
        out.append(f"{who}  {stamp}")
        out.append(text)
        out.append("")
    return "\n".join(out)


# c09 supplier acknowledgement restating the quoted buyer scope; ERP PO as txt attachment
_po_txt = """\
NORTHPAW OUTFITTERS INC.                   PURCHASE ORDER / BON DE COMMANDE
PO NO   : NPO-4512            DATE : 2024-05-07       REV : 0
VENDOR  : 700388 BINH DUONG PET TEXTILE JSC
BUYER   : G. TREMBLAY
-------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                          QTY  UOM  SCOPE
 1  NP-BED-DNT-M   DONUT BED M, FAUX FUR OATMEAL          4   EA   SAMPLE
 2  NP-BED-DNT-L   DONUT BED L, FAUX FUR OATMEAL          4   EA   SAMPLE
-------------------------------------------------------------------------
NOTE: THIS PO COVERS 8 COUNTER SAMPLES ONLY (4 M + 4 L). THE QUOTED
PRODUCTION QUANTITY OF 3,200 PCS IS NOT RELEASED. DO NOT BUY MATERIAL FOR
IT. THE BALANCE WILL BE RELEASED ONLY BY A WRITTEN RELEASE FROM MARK
KOWALSKI, VP MERCHANDISING, AFTER OUR SAMPLE SIGN-OFF (WASH TEST 3 CYCLES
+ SEAM STRENGTH).
-------------------------------------------------------------------------
"""
case("c09_binhduong_ack", [], "supplier acknowledgement restates buyer's complete scope (8 samples, 3,200 not released, sign-off + Kowalski release); PO txt attached",
     [("RE_PO_NPO-4512_acknowledgement.eml", mail(
         "Nguyen Thi Lan <lan.nguyen@binhduongpettex.vn>", "Geneviève Tremblay <genevieve.tremblay@northpaw.ca>",
         "RE: PO NPO-4512 - donut bed counter samples - acknowledgement", "Wed, 08 May 2024 14:32:00 +0700",
         "Dear Geneviève,\n\n"
         "Thank you for PO NPO-4512. We acknowledge the scope as written in your note below:\n"
         "- 8 (eight) counter samples of the donut bed NP-BED-DNT, 4 pcs size M and 4 pcs size L, faux fur oatmeal.\n"
         "- The 3,200 pcs production quantity is not released. We will not cut fabric or buy filling for it.\n"
         "- Production can start only after your sample sign-off and a written release signed by Mr. Mark Kowalski.\n\n"
         "Samples will be ready 21 May and we send by FedEx to Montreal. The faux fur is from our stock roll, "
         "colour lot 2404-OT.\n\n"
         "Best regards,\nNguyen Thi Lan (Ms.)\nSales Executive - Binh Duong Pet Textile JSC\n"
         "Lot C-7, Song Than 3 Industrial Park, Thu Dau Mot, Binh Duong, Vietnam\n\n"
         "-----Original Message-----\n"
         "From: Geneviève Tremblay <genevieve.tremblay@northpaw.ca>\n"
         "Sent: Tuesday, May 7, 2024 3:10 PM\n"
         "Subject: PO NPO-4512 - donut bed counter samples\n\n"
         "> Hello Lan,\n"
         "> PO NPO-4512 attached. PO note: This PO covers 8 counter samples only (4 M + 4 L). The quoted\n"
         "> production quantity of 3,200 pcs is NOT released. Do not buy material for it. The balance will\n"
         "> be released only by a written release from Mark Kowalski, VP Merchandising, after our sample\n"
         "> sign-off (wash test 3 cycles + seam strength).\n"
         "> Merci! Geneviève\n",
         in_reply_to="<npo-4512-0507@northpaw.ca>",
         attachments=[("NPO-4512.txt", _po_txt, TXT_MT)]))])

# c10 identifiers that look like quantities
case("c10_lcm_ceramic_po", [], "sample PO for 6 ceramic bowls; DWG 3000 rev 12, glaze G-2400, ISO 6486-2 are identifiers; 2 400 production not released, lab + sign-off, Hugo Bernard",
     [("LCM-BC-2024-0417.pdf", pdf([
         ("h1", "Le Chat Malin SARL"),
         ("p", "14 rue de la Roquette, 75011 Paris - SIRET 812 334 771 00029"),
         ("h", "BON DE COMMANDE / PURCHASE ORDER LCM-BC-2024-0417"),
         ("p", "Fournisseur / Supplier: Kütahya Seramik Evcil Ürünleri Ltd. Sti., OSB 3. Cadde No 12, Kütahya, Türkiye - attn. Selin Aydin"),
         ("p", "Date: 10/05/2024 - Acheteuse / Buyer: Camille Roux - Incoterm FCA Kütahya - Paiement: 60 jours fin de mois"),
         ("table", [
             ["Ligne", "Réf.", "Désignation", "Qté", "PU EUR"],
             ["1", "LCM-BOL-1500-15", "Bol incliné 15° pour chat, grès, émail blanc (glaze code G-2400), plan DWG 3000 rév. 12", "3", "9,50"],
             ["2", "LCM-BOL-1500-15", "Idem, émail sauge (glaze code G-2417)", "3", "9,50"],
             ["", "", "Total", "6", "57,00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO covers six (6) samples only. The quoted production quantity (2 400 pcs) is not released "
               "and no material may be bought for it. Please make the 6 samples and ship them by express."),
         ("p", "Unlock: production is released only by a written release signed by Hugo Bernard, Directeur des "
               "opérations, after the lab report to ISO 6486-2:1999 (lead/cadmium) and our sample sign-off."),
         ("p", "Carton: 40 x 30 x 25 cm, 5-ply. Marking per LCM-LOG-1000. Each bowl with sticker 'Lave-vaisselle OK'."),
     ], title="LCM-BC-2024-0417", author="Camille Roux"))])

# c11 scoped sample approval for colour and stitching only
case("c11_hh_scoped_approval", [], "approval scoped to colour and stitching on 2 counter samples; 1,500 on hold until wash test sign-off + Oliver Brandt's written release",
     [("RE_HH-MAT-QLT_counter_sample.eml", mail(
         "Priya Raman <priya.raman@houndandhearth.co.uk>", "Anil Sharma <anil@panipathomeweaves.in>",
         "RE: HH-MAT-QLT counter sample (PO HH-PO-10412)", "Thu, 16 May 2024 13:48:00 +0100",
         "Hi Anil,\n\n"
         "Thanks for the two counter samples of the HH-MAT-QLT quilted crate mat (PO HH-PO-10412, 2 pcs). "
         "Colour and stitching are approved - the charcoal matches the swatch card and the bar-tacks are nice and clean.\n\n"
         "That approval is for colour and stitching only. It does not release production: the 1,500 mats stay on "
         "hold until the wash test report (3 cycles at 40 C) is signed off by our QA, and then Oliver Brandt sends "
         "you the written release with the quantity. Please don't cut fabric yet.\n\n"
         "One small thing for later: could the hangtag string be cotton instead of nylon? If it changes the price, "
         "just let me know.\n\n"
         "Best,\nPriya" + sig("Priya Raman", "Buying Manager", "Hound & Hearth Ltd, Leeds", "+44 113 496 0721")))])

# c12 buyer corrects a quoted supplier assumption of auto-conversion
case("c12_wwb_correction", [], "quoted supplier assumes TOP sign-off runs the 5,000; buyer reply says sign-off releases nothing, 8 TOP samples only, written release by Jordan Reyes",
     [("RE_TOP_samples_chew_ring.eml", mail(
         "Jordan Reyes <jordan.reyes@whiskerwagbox.com>", "Somchai Prasert <somchai@chonburirubber.co.th>",
         "RE: WWB-24133 chew ring - TOP samples", "Fri, 17 May 2024 09:30:00 -0500",
         "Hi Somchai,\n\n"
         "No - please don't. The sign-off on the top-of-production samples releases nothing on its own.\n\n"
         "Right now only the 8 TOP samples under WWB-24133 are released. The 5,000 chew rings stay on hold until "
         "our chew test is done and I send you a written release with the quantity on it. If the vessel on 20 June "
         "is tight, tell me and I'll see whether the test can move up a few days - but the run waits for my release.\n\n"
         "Thanks for flagging it early, really appreciate it.\n\n"
         "Jordan\n\n"
         "On Thu, May 16, 2024 at 10:12 PM Somchai Prasert <somchai@chonburirubber.co.th> wrote:\n"
         "> Dear Jordan,\n"
         "> 8 pcs TOP samples shipped today by DHL.\n"
         "> Once you confirm the top-of-production samples we will run the 5,000 straight away to catch\n"
         "> the vessel on 20 June.\n"
         "> Best regards, Somchai\n" + sig("Jordan Reyes", "Sourcing Lead", "Whisker & Wag Box, Austin TX", "+1 512 555 0136"),
         in_reply_to="<crw-0516-0088@chonburirubber.co.th>"))])

# c13 old quote forwarded as message/rfc822 and declared informational
_old = EmailMessage()
_old["From"] = "Neha Gupta <neha@jaipurblockprints.in>"
_old["To"] = "Sam Pryce <sam.pryce@dogwoodandco.co.uk>"
_old["Subject"] = "Quotation - bandanas SS23 programme"
_old["Date"] = "Mon, 13 Mar 2023 11:05:00 +0530"
_old["Message-ID"] = "<jbp-2023-0313-0042@jaipurblockprints.in>"
_old.set_content(
    "Dear Sam,\n\nPlease find our quotation for the SS23 bandana programme:\n"
    "- Hand block printed cotton bandana, 55 x 55 cm, 4 designs\n"
    "- 10,000 pcs total (2,500 per design) @ INR 68 per pc, FOB Mundra\n"
    "- Lead time 60 days\n\nWarm regards,\nNeha Gupta\nJaipur Block Prints\n")
case("c13_dogwood_fwd_old_quote", [], "old 10,000 quote forwarded as rfc822, declared informational/not released; 24 samples active, wash test + Kate Morrison",
     [("FW_bandana_samples_DW-7802.eml", mail(
         "Sam Pryce <sam.pryce@dogwoodandco.co.uk>", "Neha Gupta <neha@jaipurblockprints.in>",
         "FW: Quotation - bandanas SS23 programme / new PO DW-7802", "Mon, 13 May 2024 10:22:00 +0100",
         "Hi Neha,\n\n"
         "Lovely to be working with you again! I've forwarded last year's quote below for reference only - the "
         "10,000 pcs in it was the SS23 programme and is purely informational. It is not released and it isn't "
         "this year's quantity.\n\n"
         "This year: PO DW-7802 covers 24 sample bandanas, 6 of each of the 4 new prints (Daisy, Fox, Wave, Check). "
         "That is all that's released. Nothing for the main run yet - please don't buy cloth for it.\n\n"
         "Once the samples pass our wash-fastness test (ISO 105-C06, 40 C), Kate Morrison, our Head of Buying, "
         "will send a written release with the quantity per print.\n\n"
         "Thanks so much,\nSam" + sig("Sam Pryce", "Buyer - Accessories", "Dogwood & Co., Manchester", "+44 161 496 0355"),
         attachments=[("rfc822", _old)]))])

# c14 interim disposition with limits; release R-07 separate; balance on hold
case("c14_pawnest_interim_sdr", [], "interim sample disposition limited to 500 units/30 June; those 500 released via R-07 by Dana Whitcombe; 5,500 on hold until re-test + written release",
     [("SDR-0142_HX-220.docx", docx_bytes([
         ("h1", "Sample Disposition Report SDR-0142"),
         ("p", "Buyer: PawNest Retail Inc. - Supplier: Ningbo Hengda Pet Products Co., Ltd. - Part: HX-220 no-pull harness, "
               "Sage Green - PO 4500-23010 (commercial cover 6,000 units)."),
         ("p", "Prepared by: Luis Ortega, Supplier Quality Engineer. Date: 20 May 2024."),
         ("table", [
             ["Characteristic", "Requirement", "Result", "Finding"],
             ["Pull strength", "PN-QA-014, 90 kg, 60 s", "112 kg min.", "conforms"],
             ["Reflective piping", "EN ISO 20471 class material", "cert. RF-2209", "conforms"],
             ["Buckle colour", "Pantone 5625 C", "slightly lighter (dE 2.8)", "deviation DEV-031"],
             ["Hangtag", "PN-HT-33 rev C", "correct", "conforms"],
         ]),
         ("sp",),
         ("h", "Disposition: INTERIM"),
         ("p", "Limits: valid for the first 500 units only, and only for units shipped before 30 June 2024. "
               "The buckle colour deviation DEV-031 is accepted within those limits."),
         ("p", "Production release for these 500 units is issued separately as Release R-07 by Dana Whitcombe, "
               "Director of Sourcing, dated 20 May 2024."),
         ("p", "The remaining 5,500 units of PO 4500-23010 stay on hold. They can be released only by a further "
               "written release from Dana Whitcombe after the corrected buckles pass re-test and a full sign-off is recorded."),
         ("p", "Material: buckles in the corrected colour may be bought for the 500 units only."),
     ], author="Luis Ortega"))])

# c15 ERP reorder, full quantity
case("c15_kibble_reorder_erp", [], "full-quantity reorder PO 3,600 at reorder point; no balance, no sample scope",
     [("KC-PO-3402_print.txt", """\
KIBBLE CORNER PET SUPPLY LTD.                              PURCHASE ORDER
8860 FRASER ST, VANCOUVER BC V5X 3Y2                       PAGE 1 OF 1
===========================================================================
PO NUMBER  : KC-PO-3402        PO DATE : 2024-05-21     STATUS : OPEN
VENDOR     : 20114  MORADABAD STEELCRAFT EXPORTS
BUYER      : A. BLAKE  604-555-0177
SHIP VIA   : OCEAN FOB NHAVA SHEVA          TERMS : NET 45 AFTER B/L
===========================================================================
LN ITEM          DESCRIPTION                       QTY    UOM   UNIT USD
 1 KC-DW-16      DOUBLE-WALL BOWL 16 OZ SS304     2,400   EA     2.95
 2 KC-DW-32      DOUBLE-WALL BOWL 32 OZ SS304     1,200   EA     3.40
                                                  -----
   TOTAL                                          3,600   EA
===========================================================================
REPLENISHMENT: REORDER POINT REACHED (ROP 1,150 / ON HAND 1,090, SKU
KC-DW-16). THIS PO IS THE FULL ORDER QUANTITY OF 3,600 EA. THERE IS NO
FURTHER BALANCE UNDER THIS PO. PLEASE PRODUCE AND SHIP 3,600 EA PER THE
LINES ABOVE TO SPEC KC-SPEC-DW REV 4 (SAME AS PO KC-PO-2871).
MTC FOR SS304 WITH EACH SHIPMENT.
===========================================================================
""")])

# c16 WeChat: supplier asks material scope; buyer limits it to 30 samples
case("c16_tailcrate_wechat_material", [], "buyer limits material to the 30 samples; 4,000 not released; safety test then written release by Rachel Stein",
     [("wechat_Lisa_Xu_feather_wand.txt", wechat("Lisa Xu (Yiwu Brightpaw) / Kenji Watanabe (TailCrate)", [
         ("2024-05-08 14:02", "Lisa Xu", "Kenji 你好! For the feather wand samples we need faux suede for the handle grip. Buy for 30 samples only or for bulk also? Mill MOQ is 500 m"),
         ("2024-05-08 14:20", "Kenji Watanabe", "Hi Lisa, only for the 30 samples please. Bulk fabric is not authorized, and the 4,000 wands are not released."),
         ("2024-05-08 14:21", "Kenji Watanabe", "After the samples pass our safety test (small parts + 90 N pull on the feathers), Rachel Stein will send a written release for the bulk quantity. Until then no bulk material please"),
         ("2024-05-08 14:35", "Lisa Xu", "明白 understand 👌 We buy small cut from the market for samples, no MOQ problem"),
         ("2024-05-08 14:36", "Lisa Xu", "30 pcs samples ready around 20 May"),
         ("2024-05-08 14:40", "Kenji Watanabe", "Perfect, thank you!"),
     ]))])

# p08 WhatsApp: buyer restates quote tiers next to the sample PO
case("p08_lcm_cattree_whatsapp", ["RG001", "RG003", "RG004", "RG005"],
     "buyer's chat sends sample PO for 2 cat trees and repeats quote's 300 pcs tier; no hold, event or releaser",
     [("WhatsApp_Jack_Wang_arbres.txt", chat([
         ("13/05/2024, 09:12", "Camille Roux", "Bonjour Jack! PO LCM-2218 envoyé ce matin pour les 2 arbres à chat échantillons, modèle 'Montmartre' 120 cm"),
         ("13/05/2024, 09:13", "Camille Roux", "Rappel de votre devis: 2 pcs sample 85 USD/pc, 300 pcs 41 USD/pc FOB Qingdao 👍"),
         ("13/05/2024, 09:15", "Camille Roux", "Sisal naturel, peluche beige, hamac en bas please. Et la plateforme du haut avec rebord 3 cm"),
         ("13/05/2024, 09:58", "Jack Wang", "Received, thank you Camille. Samples need 15 days, I send photos before shipping"),
         ("13/05/2024, 10:01", "Camille Roux", "Super, merci Jack 🙏"),
     ]))])

# p09 packaging brief: released 18,000 in text vs 16,800 in table; rest on hold until further notice
case("p09_kibble_treatbag_brief", ["RG004", "RG005", "RG011"],
     "brief releases first fill of 18,000 in text but flavour table totals 16,800; rest on hold 'until further notice', nobody named",
     [("KC_treat_bag_brief_v3.docx", docx_bytes([
         ("h1", "Kibble Corner - Treat bag packaging brief v3"),
         ("p", "Supplier: Xiamen Fortune Packaging Co., Ltd. (attn. Lily Chen). Item: KC-TB-170 stand-up bag 170 g, matte BOPP/VMPET/PE, zipper, tear notch."),
         ("p", "Artwork files: KC-TB-170_salmon_v5.ai, _chicken_v5.ai, _duck_v4.ai (CMYK + white). Colour target per drawdown."),
         ("h", "Print quantity"),
         ("p", "Released for print: the first fill of 18,000 bags across the three flavours, to land at our Delta DC by 16 August "
               "for the fall store set."),
         ("table", [
             ["Flavour", "SKU", "First fill (bags)"],
             ["Wild salmon", "KC-TB-170-SAL", "6,000"],
             ["Chicken & pumpkin", "KC-TB-170-CHK", "6,000"],
             ["Duck", "KC-TB-170-DCK", "4,800"],
             ["Total", "", "16,800"],
         ]),
         ("sp",),
         ("p", "The rest of the annual programme (forecast, roughly 60,000 bags) stays on hold until further notice."),
         ("p", "Packing: 500 bags per carton, flat, zipper closed. Retain 20 printed bags per flavour for our records."),
         ("p", "Kibble Corner Packaging Team - packaging@kibblecorner.ca"),
     ], author="Kibble Corner Packaging Team"))])

# p10 release email says 1,500, attached release letter says 1,200; only Oliver can release rest
_rel = pdf([
    ("h1", "Hound & Hearth Ltd"),
    ("h", "Production release HH-REL-02"),
    ("p", "To: Bursa Evcil Tekstil A.S., attn. Emre Yildiz. PO: HH-PO-10455 (harness HH-HRN-ADV, olive/navy). Date: 20 May 2024."),
    ("table", [
        ["Release", "Item", "Quantity released", "Ex-factory"],
        ["HH-REL-02", "HH-HRN-ADV adventure harness, sizes XS-L", "1,200 units", "5 July 2024"],
    ]),
    ("p", "The remaining quantity under PO HH-PO-10455 stays on hold. Only Oliver Brandt, Head of Product, can release it."),
    ("p", "Oliver Brandt, Head of Product"),
], title="HH-REL-02", author="Oliver Brandt")
case("p10_hh_release_mismatch", ["RG004", "RG011"],
     "release email body says 1,500 units, attached release letter HH-REL-02 says 1,200; remaining qty on hold with named releaser but no unlock event",
     [("Release_2_HH-HRN-ADV.eml", mail(
         "Oliver Brandt <oliver.brandt@houndandhearth.co.uk>", "Emre Yıldız <emre@bursaevcil.com.tr>",
         "Release 2 - HH-HRN-ADV adventure harness", "Mon, 20 May 2024 15:05:00 +0100",
         "Hi Emre,\n\n"
         "Good news - we're releasing the next 1,500 harnesses under PO HH-PO-10455 (release 2). The letter is "
         "attached. Ex-factory 5 July please, same packing as release 1.\n\n"
         "The remaining quantity under the PO stays on hold. Only I can release it.\n\n"
         "Cheers,\nOliver" + sig("Oliver Brandt", "Head of Product", "Hound & Hearth Ltd", "+44 113 496 0700"),
         cc="Priya Raman <priya.raman@houndandhearth.co.uk>",
         attachments=[("HH-REL-02.pdf", _rel, PDF_MT)]))])

# p11 WeChat: 40 samples in chat vs 30 on PO; unlock by 'we'
case("p11_northpaw_wechat_samples", ["RG005", "RG011"],
     "buyer asks for 40 rope-tug samples, then pastes PO line with 30; rest held until chew test + 'we' send release (nobody named)",
     [("wechat_Coco_Wu_rope_tug.txt", wechat("Coco Wu (Dongguan Joyful Plush) / Geneviève Tremblay (Northpaw)", [
         ("2024-05-09 21:04", "Geneviève Tremblay", "Hi Coco, for the rope tug with plush fox head: please make 40 samples, mix of 3 colours"),
         ("2024-05-09 21:05", "Geneviève Tremblay", "The rest (2,500 pcs) is on hold until the chew test passes and we send you a written release"),
         ("2024-05-09 21:30", "Coco Wu", "收到 Geneviève, ok. Rope 3-strand cotton 1.5 cm like last time?"),
         ("2024-05-09 21:34", "Geneviève Tremblay", "Yes same rope. PO is in your mailbox, here is the line:"),
         ("2024-05-09 21:34", "Geneviève Tremblay", "NPO-4620 LN 1  NP-TOY-FOX  ROPE TUG FOX HEAD, SAMPLE  30 EA"),
         ("2024-05-09 21:40", "Coco Wu", "OK received 👍 samples about 12 days"),
     ]))])

# p12 PDF PO: note twelve (12) vs table 16; unlock without a named person
case("p12_lumbre_bed_po", ["RG005", "RG011"],
     "PO note says twelve (12) sample beds, line table totals 16; balance 2.000 held until sign-off + revised PO from 'Purchasing'",
     [("ML-PC-24-0561.pdf", pdf([
         ("h1", "Mascotas Lumbre S.L."),
         ("p", "Av. del Puerto 112, 46023 València - CIF B-98341120"),
         ("h", "PEDIDO / PURCHASE ORDER ML-PC-24-0561"),
         ("p", "Proveedor / Supplier: Binh Duong Pet Textile JSC - attn. Tran Minh Duc. Fecha: 14/05/2024. Compradora: Lucía Ferrer."),
         ("p", "Sample quantity: twelve (12) beds for our comfort and wash test."),
         ("table", [
             ["Pos.", "Ref.", "Descripción / Description", "Cant.", "Precio EUR"],
             ["1", "ML-CAMA-NUBE-S", "Cama nube / cloud bed S, borreguito crema", "4", "11,20"],
             ["2", "ML-CAMA-NUBE-M", "Cama nube / cloud bed M", "4", "13,90"],
             ["3", "ML-CAMA-NUBE-L", "Cama nube / cloud bed L", "4", "16,40"],
             ["4", "ML-CAMA-NUBE-XL", "Cama nube / cloud bed XL", "4", "19,80"],
             ["", "", "Total", "16", "245,20"],
         ]),
         ("sp",),
         ("p", "Balance of 2.000 uds. (quote BD-Q-2404-17) is not released. It unlocks on sample sign-off and a revised PO "
               "from Purchasing. Do not buy fabric or filling for it."),
         ("p", "Entrega: Valencia, almacén Ribarroja. Pago: 60 días fecha factura."),
     ], title="ML-PC-24-0561", author="Lucía Ferrer"))])

# p13 ERP printout: 'released' for PO, sample and production; hold with name, no event
case("p13_maisoncroquette_erp", ["RG004", "RG009"],
     "ERP printout uses RELEASED for PO approval, sample QA and production; BAL 480 on hold, release by J. Marchand only, no event",
     [("MC-PO-2024-0388.txt", """\
MAISON CROQUETTE SAS                         COMMANDE D'ACHAT / PURCHASE ORDER
12 QUAI PERRACHE, 69002 LYON                                      PAGE 1/1
------------------------------------------------------------------------------
PO NO          : MC-2024-0388          DATE : 16.05.2024
SUPPLIER       : 400227 CHONBURI RUBBER WORKS CO., LTD.
BUYER          : J. MARCHAND  +33 4 72 00 41 18
PO STATUS      : RELEASED (APPROVAL LEVEL 2 - FINANCE 15.05.2024)
SAMPLE STATUS  : RELEASED BY QA 16.05.2024
PROD. RELEASE  : PENDING
------------------------------------------------------------------------------
LN  ARTICLE        DESIGNATION                              QTY   UOM   EUR
10  MC-JOU-BALLE   BALLE CAOUTCHOUC NATUREL 7 CM - ECH.      10   PCE   2,10
20  MC-JOU-BALLE   BALLE CAOUTCHOUC NATUREL 7 CM - SERIE    480   PCE   0,64
------------------------------------------------------------------------------
LN 10 ONLY: 10 SAMPLES TO MAKE AND SHIP NOW.
LN 20: BAL 480 ON HOLD - RELEASE BY J. MARCHAND ONLY.
------------------------------------------------------------------------------
""")])

# p14 supplier reply books the full fabric after the buyer's 'crack on'
case("p14_dogwood_coats_crack_on", ["RG002", "RG006"],
     "buyer's quoted 'crack on' is unscoped; supplier then books fabric for the whole 3,000-coat run while only 40 samples are released",
     [("RE_DW-7795_coats.eml", mail(
         "Emre Yıldız <emre@bursaevcil.com.tr>", "Sam Pryce <sam.pryce@dogwoodandco.co.uk>",
         "RE: DW-7795 waterproof coats - sample feedback", "Wed, 15 May 2024 17:40:00 +0300",
         "Dear Sam,\n\n"
         "Thank you for the crack on! We already booked the full 6,000 m of ripstop and the fleece lining with the "
         "mill, so we are ready for the bulk when the 40 samples are finished. Mill delivery is 3 June.\n\n"
         "Sample delivery 40 pcs by 20 May, UPS.\n\n"
         "Best regards,\nEmre Yıldız\nExport Sales - Bursa Evcil Tekstil A.Ş.\nDemirtaş OSB, Bursa, Türkiye\n\n"
         "> On 15 May 2024, at 11:02, Sam Pryce <sam.pryce@dogwoodandco.co.uk> wrote:\n"
         ">\n"
         "> Hi Emre, the pre-sample looks great, the reflective trim is much better. All good from our\n"
         "> end, crack on.\n"
         "> Sam\n"
         ">\n"
         ">> On 2 May 2024, Sam Pryce wrote:\n"
         ">> PO DW-7795 covers 40 samples (10 per size, XS-L). The 3,000 coats are not released; Kate\n"
         ">> Morrison releases them in writing after the wash and seam-slippage test. No bulk fabric yet please.\n",
         in_reply_to="<dw-7795-0515@dogwoodandco.co.uk>"))])

# ---------------------------------------------------------------- batch 3
# c17 supplier portal PO view (buyer portal): sample line released, quoted qty informational
case("c17_mundo_portal_po", [], "portal PO: 6 sample collars released; quoted 1.994 shown as informational, not ordered, not released; revised PO by Marta Gil after sign-off",
     [("portal_pedido_4700019044.html", html_page("Portal de Proveedores - Pedido 4700019044", """
<h2>Mundo Peludo &middot; Portal de Proveedores</h2>
<p>Proveedor: <b>İzmir Deri Aksesuar Ltd. Şti.</b> (300977) &middot; Contacto: Selin Aydın &middot; Comprador: Álvaro Ruiz</p>
<h3>Pedido / PO 4700019044 &middot; 15.05.2024</h3>
<table>
<tr><th>Pos.</th><th>Ref.</th><th>Descripción</th><th>Cant.</th><th>Alcance / scope</th><th>Estado / status</th></tr>
<tr><td>10</td><td>MP-COL-CUERO-S</td><td>Collar cuero vegetal 25 cm, coñac</td><td>2</td><td>muestra / sample</td><td>liberado para fabricar</td></tr>
<tr><td>20</td><td>MP-COL-CUERO-M</td><td>Collar cuero vegetal 35 cm, coñac</td><td>2</td><td>muestra / sample</td><td>liberado para fabricar</td></tr>
<tr><td>30</td><td>MP-COL-CUERO-L</td><td>Collar cuero vegetal 45 cm, coñac</td><td>2</td><td>muestra / sample</td><td>liberado para fabricar</td></tr>
<tr><td>&mdash;</td><td>MP-COL-CUERO</td><td>Cantidad cotizada (oferta IDA-24-061), sólo informativa</td><td>1.994</td><td>producción</td><td>no pedida &middot; no liberada</td></tr>
</table>
<div class="note">Only the 6 samples (positions 10-30) are released. The quoted 1.994 pcs are for information: not ordered and
not released, and no leather may be bought for them. Production is unlocked only by a revised PO with a production line,
issued by Marta Gil (Directora de Compras) after the sample sign-off (rub test EN ISO 11640 + buckle pull test).</div>
<p>Plazo muestras: 12 días. Entrega: almacén Getafe. Condiciones: 60 días f.f.</p>
""", lang="es"))])

# c18 supplier status within an explicit staged material authority (DOCX attached, buyer text quoted)
_ma = docx_bytes([
    ("h1", "Material authority MA-12"),
    ("p", "Buyer: PawNest Retail Inc. - Supplier: Ningbo Hengda Pet Products Co., Ltd. - Item: HX-310 step-in harness. Date: 2 May 2024."),
    ("table", [
        ["", "Quantity (units)"],
        ["Released for production (Release R-05)", "200"],
        ["Material authority (staged): webbing and buckles, at PawNest's liability", "up to 2,000"],
        ["Remaining quantity not released", "1,800"],
    ]),
    ("p", "This material authority is not a production release. The remaining 1,800 units are released only by a further "
          "written release from Dana Whitcombe, Director of Sourcing, after the first 200 units pass our in-store test."),
    ("p", "Dana Whitcombe, Director of Sourcing"),
], author="Dana Whitcombe")
case("c18_hengda_status_staged", [], "supplier bought material for 2,000 within explicit staged authority MA-12; 200 released and produced; 1,800 held for Dana's release",
     [("RE_HX-310_status_wk21.eml", mail(
         "Amy Zhang <amy.zhang@hengda-pet.cn>", "Dana Whitcombe <dana.whitcombe@pawnest-retail.com>",
         "RE: HX-310 status wk21 / MA-12", "Wed, 22 May 2024 18:05:00 +0800",
         "Dear Dana,\n\n"
         "Status HX-310 step-in harness, week 21:\n"
         "- Per your material authority MA-12 (staged, up to 2,000 units, at PawNest's liability) we have bought "
         "webbing and buckles for 2,000 units. They are in our warehouse, tagged PawNest.\n"
         "- Release R-05: 200 units sewn, inspected and packed. Nothing beyond the 200 has been started.\n"
         "- The 1,800 wait for your written release after the in-store test.\n\n"
         "MA-12 attached again for easy reference.\n\n"
         "Best regards,\nAmy Zhang\nSales Manager, Ningbo Hengda Pet Products Co., Ltd.\n\n"
         "> On 2 May 2024, Dana Whitcombe wrote:\n"
         "> Amy, MA-12 attached: you may buy and hold webbing and buckles for up to 2,000 units of HX-310 at\n"
         "> PawNest's liability. This is not a production release - only the 200 units in Release R-05 are\n"
         "> released. The remaining 1,800 are released only by a further written release from me after the\n"
         "> first 200 pass our in-store test.\n",
         in_reply_to="<pn-ma12-0502@pawnest-retail.com>",
         attachments=[("MA-12.docx", _ma, DOCX_MT)]))])

# c19 multi-file: PO + quote + cover email, consistent, quote declared informational
_po = pdf([
    ("h1", "Purrfect Perch Ltd"),
    ("p", "Unit 3, Brislington Trading Estate, Bristol BS4 5AB, UK"),
    ("h", "PURCHASE ORDER PP-5530"),
    ("p", "Supplier: Saigon Pet Furniture Co., Ltd., Binh Chanh, Ho Chi Minh City. Attn: Mr. Le Quang Vinh. Date: 15/05/2024."),
    ("table", [
        ["Line", "Model", "Description", "Qty", "Unit GBP"],
        ["1", "PP-CT-095", "'Nook' cat tree 95 cm, seagrass + oak veneer - sample", "2", "62.00"],
        ["2", "PP-CT-170", "'Lookout' cat tree 170 cm, seagrass + oak veneer - sample", "2", "94.00"],
        ["", "", "Total samples", "4", "312.00"],
    ]),
    ("sp",),
    ("p", "Scope: this PO covers the 4 samples above and nothing else. The 250 units shown on your quote SPF-Q-0419 are "
          "for information only; they are not released and no material may be bought for them."),
    ("p", "Unlock: production can be released only in writing by Tom Ashdown, Managing Director, after the samples pass "
          "our stability test (tip-over at 40 kg side load) and are signed off."),
], title="PP-5530", author="Hannah Cole")
_q = pdf([
    ("h1", "SAIGON PET FURNITURE CO., LTD."),
    ("h", "QUOTATION SPF-Q-0419"),
    ("p", "To: Purrfect Perch Ltd, Ms. Hannah Cole. Date: 19/04/2024. Validity 60 days. FOB Cat Lai."),
    ("table", [
        ["Model", "Stage", "Qty", "Unit GBP"],
        ["PP-CT-095", "sample", "2", "62.00"],
        ["PP-CT-170", "sample", "2", "94.00"],
        ["PP-CT-095", "production", "150", "28.40"],
        ["PP-CT-170", "production", "100", "44.10"],
    ]),
    ("p", "Production lead time 45 days after the buyer's written production release. Seagrass is FSC-certified, "
          "veneer E1. Le Quang Vinh, Sales."),
], title="SPF-Q-0419", author="Le Quang Vinh")
case("c19_purrfect_bundle", [], "bundle PO + quote + cover mail agree: 4 samples; 250 on quote informational/not released; stability test + Tom Ashdown",
     [("PP-5530_PO.pdf", _po), ("SPF-Q-0419_quote.pdf", _q),
      ("Cover_email_PP-5530.eml", mail(
          "Hannah Cole <hannah.cole@purrfectperch.co.uk>", "Le Quang Vinh <vinh.le@saigonpetfurniture.vn>",
          "PP-5530 - samples Nook & Lookout", "Wed, 15 May 2024 12:10:00 +0100",
          "Hi Vinh,\n\n"
          "PO PP-5530 is attached: 4 samples in total, 2 of the Nook and 2 of the Lookout. I've attached your quote "
          "SPF-Q-0419 as well, but only so our accounts team can match prices - the 250 production units on it are "
          "informational and not released.\n\n"
          "When the samples arrive we'll do the stability test here in Bristol. If they pass and are signed off, Tom "
          "Ashdown will send you the written release for production.\n\n"
          "Thanks and speak soon,\nHannah" + sig("Hannah Cole", "Product Manager", "Purrfect Perch Ltd", "+44 117 496 0412"),
          attachments=[("PP-5530_PO.pdf", _po, PDF_MT), ("SPF-Q-0419_quote.pdf", _q, PDF_MT)]))])

# c20 packaging brief: mock-ups only; artwork sign-off vs production release kept apart
case("c20_wwb_mailer_brief", [], "brief authorizes 20 mock-up mailers; 25,000 not released; crush test + colour sign-off then written release by Jordan Reyes",
     [("WWB_Oct_mailer_brief.docx", docx_bytes([
         ("h1", "October box - mailer packaging brief"),
         ("p", "Whisker & Wag Box - to Ho Chi Minh Paper Pack Co., Ltd. (Ms. Vo Thi Mai). Version 3, 13 May 2024. PO for mock-ups: WWB-24150."),
         ("h", "Spec"),
         ("table", [
             ["Element", "Spec"],
             ["Board", "E-flute, white kraft outside, ECT 32"],
             ["Print", "Outside 3C flexo (PMS 7417 C, 3005 C, black); inside 1C black"],
             ["Dieline", "WWB-DL-MAIL-07 rev 2, 305 x 229 x 102 mm"],
             ["Closure", "tuck-front with tear strip and peel-and-seal return strip"],
         ]),
         ("sp",),
         ("h", "Status and scope"),
         ("li", "Artwork sign-off: done on 10 May (file WWB_OCT_v6.pdf), by our design lead."),
         ("li", "This brief covers 20 printed mock-up mailers only, under PO WWB-24150."),
         ("li", "The production run of 25,000 mailers for the October box is not released. Please do not order board or "
                "make plates for it."),
         ("li", "Production release: only a written release from Jordan Reyes, Sourcing Lead, after the mock-ups pass our "
                "crush test (ECT 32, 5 kg top load, 24 h) and the printed colour is signed off."),
         ("p", "Mock-ups to Austin by 31 May, please. Thank you, Mai!"),
     ], author="Jordan Reyes"))])

# c21 French-English, multipart/alternative
_t = ("Bonjour Coco,\n\n"
      "Ci-joint notre bon de commande MC-2024-0402 pour les jouets à herbe à chat (catnip kicker 'Sardine').\n\n"
      "Merci de lancer uniquement les 50 échantillons (25 bleu / 25 corail). Le solde de 4 950 pièces n'est pas "
      "lancé - it is not released, please do not buy fabric or catnip for it.\n\n"
      "Après notre test de mastication et de couture (signé par notre labo), Sophie Lemaire, Directrice Achats, "
      "vous enverra un bon de lancement écrit (written release) avec la quantité.\n\n"
      "Expédition des échantillons par DHL, compte 9638-2201, avant le 31/05.\n\n"
      "Bien cordialement / best regards,\nJulien Marchand\nAcheteur - Maison Croquette SAS\n12 quai Perrache, 69002 Lyon\n")
_h = ("<html><body><p>Bonjour Coco,</p><p>Ci-joint notre bon de commande MC-2024-0402 pour les jouets à herbe à chat "
      "(catnip kicker 'Sardine').</p><p>Merci de lancer <b>uniquement les 50 échantillons</b> (25 bleu / 25 corail). "
      "Le solde de 4 950 pièces <b>n'est pas lancé</b> - it is not released, please do not buy fabric or catnip for it.</p>"
      "<p>Après notre test de mastication et de couture (signé par notre labo), Sophie Lemaire, Directrice Achats, vous "
      "enverra un bon de lancement écrit (written release) avec la quantité.</p><p>Expédition des échantillons par DHL, "
      "compte 9638-2201, avant le 31/05.</p><p>Bien cordialement / best regards,<br>Julien Marchand<br>Acheteur - Maison "
      "Croquette SAS<br>12 quai Perrache, 69002 Lyon</p></body></html>")
case("c21_mc_catnip_fr", [], "French-English sample PO mail: 50 samples only, solde 4 950 not released, chew/seam test then written release by Sophie Lemaire",
     [("MC-2024-0402_echantillons.eml", mail(
         "Julien Marchand <j.marchand@maisoncroquette.fr>", "Coco Wu <coco.wu@joyfulplush.cn>",
         "BC MC-2024-0402 - échantillons catnip kicker Sardine", "Tue, 14 May 2024 10:40:00 +0200", _t, html=_h))])

# c22 supplier daily report, nothing beyond release
case("c22_chonburi_daily_report", [], "supplier daily report: 40 released samples made, balance untouched, awaiting written release",
     [("CRW_daily_report_2024-05-22.txt", """\
CHONBURI RUBBER WORKS CO., LTD. - DAILY PRODUCTION REPORT
Amata City Chonburi, 700/42 Moo 6, Nongmaidaeng, Chonburi 20000
Date: 22 May 2024        Prepared by: Ploy Srisuk (QC)
Customer: TailCrate Inc.   PO: TC-3412   Item: TC-CHW-BONE natural rubber bone, 15 cm

  Released qty (samples) ............ 40 pcs
  Moulded ........................... 40 pcs
  Deflashed / inspected ............. 40 pcs   (0 reject)
  Packed ............................ 40 pcs   (2 cartons)
  Shipped ........................... 0        (DHL pick-up 23 May)

  Balance 2,960 pcs ................. ON HOLD - not started, no compound mixed
  Material on hand .................. sample compound only (batch NR-0522-S, 6 kg)

Remarks: waiting customer written release for the balance after their chew test.
Hardness 60 Shore A (spec 58-65). Odour test pass.
""")])

# c23 full-quantity production PO for a subscription box
case("c23_tailcrate_full_po", [], "full-quantity production PO 8,000 after TOP sign-off; proceed scoped to the 8,000; nothing further under the PO",
     [("TC-3420_production_PO.pdf", pdf([
         ("h1", "TailCrate Inc."),
         ("p", "2250 NW Flanders St, Portland OR 97210"),
         ("h", "PURCHASE ORDER TC-3420 - PRODUCTION"),
         ("p", "Vendor: Dongguan Joyful Plush Toys Co., Ltd. Attn: Coco Wu. PO date: 05/21/2024. FOB Yantian. Terms: Net 30 after B/L."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit $", "Ext $"],
             ["1", "TC-AUG-LOBS", "Plush lobster with crinkle tail, 9 in", "4,000", "1.18", "4,720.00"],
             ["2", "TC-AUG-CRAB", "Plush crab with rope legs, 8 in", "4,000", "1.26", "5,040.00"],
             ["", "", "Total", "8,000", "", "9,760.00"],
         ]),
         ("sp",),
         ("p", "Top-of-production samples were signed off on 05/17/2024 (ref. TOP-0517, Rachel Stein, Head of Merch). "
               "Please proceed with production of the 8,000 units on this PO for the August box. This PO is the complete "
               "August quantity; nothing further follows under it."),
         ("p", "Each toy polybagged with TailCrate insert card; 100 pcs per carton; carton marks per TC-LOG-2. In-DC date 07/26/2024."),
         ("p", "Issued by Kenji Watanabe, Buyer, Toys & Chews."),
     ], pagesize=LETTER, title="TC-3420", author="Kenji Watanabe"))])

# c24 stop notice
case("c24_purrfect_stop", [], "written stop: nothing further may start; 2 shipped samples stand, 300 on hold until Hannah lifts the stop and a written release follows",
     [("STOP_PO_PP-5521.eml", mail(
         "Hannah Cole <hannah.cole@purrfectperch.co.uk>", "Jack Wang <jack.wang@caoxian-woodcraft.com>",
         "STOP - PO PP-5521 Skyline cat tree", "Mon, 03 Jun 2024 08:15:00 +0100",
         "Dear Jack,\n\n"
         "Thank you for the two Skyline samples - they arrived on Friday. Unfortunately the 150 cm tree tipped in our "
         "40 kg side-load test, so we need to redesign the base plate.\n\n"
         "Please treat this email as a stop on PO PP-5521:\n"
         "- The 2 samples already shipped stand; nothing more is released.\n"
         "- The 300 pcs stay on hold. Nothing further may start - no cutting, no sisal, no plush - until I lift this "
         "stop in writing and a written release with the quantity follows from me.\n\n"
         "I'll send the revised base drawing (PP-CT-150 rev D, 55 x 55 cm plate) this week.\n\n"
         "Kind regards,\nHannah" + sig("Hannah Cole", "Product Manager", "Purrfect Perch Ltd", "+44 117 496 0412"),
         cc="Tom Ashdown <tom.ashdown@purrfectperch.co.uk>"))])

# c25 supplier RFQ response page with tiers (no authorized quantity)
case("c25_chonburi_rfq_response", [], "supplier RFQ response with sample/3,000/10,000 tiers; quote only, nothing authorized",
     [("rfq_response_RFQ-2024-0077.html", html_page("RFQ-2024-0077 - Supplier response", """
<h2>Supplier response to RFQ-2024-0077</h2>
<p>Buyer: Northpaw Outfitters Inc. &middot; Supplier: Chonburi Rubber Works Co., Ltd. &middot; Submitted 2024-05-10 by Somchai Prasert</p>
<p>Item: NP-TOY-TIRE natural rubber tire toy, 11 cm, treat pocket, colours orange / teal.</p>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Unit price (USD)</th><th>Lead time</th></tr>
<tr><td>Samples</td><td>12 pcs</td><td>9.00</td><td>14 days after sample PO</td></tr>
<tr><td>Production</td><td>3,000 pcs</td><td>1.42</td><td>35 days after written production release</td></tr>
<tr><td>Production</td><td>10,000 pcs</td><td>1.21</td><td>45 days after written production release</td></tr>
</table>
<p class="note">This is a quotation only. It is not an order confirmation and does not start any production or material purchase.</p>
<p>Compound: food-grade natural rubber, no BPA, no phthalates (SGS report TH24-11873). Mould cost USD 1,150, one-off.</p>
"""))])

# p15 buyer asks for full material although only samples released and no authority
case("p15_pawnest_fleece", ["RG006"],
     "scope complete (24 samples, 3,000 on hold, wash test + Dana) but buyer asks supplier to bring in fleece and foam for all 3,000 with no material authority",
     [("PO_4500-23107_calming_bed.eml", mail(
         "Megan Fairley <megan.fairley@pawnest-retail.com>", "Nguyen Thi Lan <lan.nguyen@binhduongpettex.vn>",
         "PO 4500-23107 - calming bed samples + a favour", "Thu, 09 May 2024 17:22:00 -0400",
         "Hi Lan,\n\n"
         "PO 4500-23107 is in the portal: 24 samples of the calming donut bed (8 each S/M/L, mocha sherpa). Only the "
         "24 samples are released. The 3,000 beds stay on hold until the samples pass our wash test and Dana "
         "Whitcombe sends you a written release.\n\n"
         "Now the favour. We don't have a formal material authority for you yet - I can't get one through before "
         "June - but if you could get the sherpa fleece and the foam in for the full 3,000 now, it would save us two "
         "weeks on the store set date. We'd sort out the paperwork afterwards.\n\n"
         "Let me know what the mill says!\n\nMegan" + sig("Megan Fairley", "Category Manager - Beds & Comfort",
                                                            "PawNest Retail Inc., Columbus OH", "+1 614 555 0182")))])

# p16 supplier weekly report: compound bought for the whole run, 8 released
case("p16_chonburi_wip_report", ["RG006"],
     "supplier WIP report: 12 samples released, 5,000 not released, yet compound and masterbatch for the full 5,000 purchased without any material authority",
     [("CRW_weekly_status_wk21.pdf", pdf([
         ("h1", "Chonburi Rubber Works Co., Ltd."),
         ("h", "Weekly status report - week 21/2024"),
         ("p", "Customer: Kibble Corner Pet Supply Ltd. - PO KC-PO-3366 - Item KC-TOY-KNOT rubber knot ball, 9 cm."),
         ("table", [
             ["Topic", "Status"],
             ["Released by customer", "12 sample pcs (PO KC-PO-3366)"],
             ["Samples", "12 pcs moulded, 12 pcs passed hardness 62 Shore A; ship 24 May"],
             ["Raw material", "Natural rubber compound purchased 2,600 kg and mixed (batch NR-0519-K) - enough for 5,000 pcs + 4% scrap"],
             ["Colour masterbatch", "Pantone 7541 C grey, 60 kg purchased for 5,000 pcs"],
             ["Production quantity 5,000 pcs", "Not released by customer - not started, waiting customer"],
         ]),
         ("sp",),
         ("p", "Remark: we prepared compound and masterbatch for the full quantity early because the rubber price will "
               "increase in June. Prepared by Ploy Srisuk, QC / planning."),
     ], title="CRW weekly status wk21", author="Ploy Srisuk"))])

# p17 supplier: deposit received, so production and full leather purchase started
case("p17_izmir_deposit_started", ["RG006", "RG012"],
     "quoted buyer scope: 60 sample collars, 5,000 not released; supplier treats tooling deposit as go and orders leather for 5,000 and starts cutting",
     [("RE_LCM-BC-2024-0452.eml", mail(
         "Selin Aydın <selin@izmirderi.com.tr>", "Camille Roux <camille.roux@lechatmalin.fr>",
         "RE: LCM-BC-2024-0452 colliers chat - deposit", "Tue, 21 May 2024 12:48:00 +0300",
         "Dear Camille,\n\n"
         "We received your deposit payment today for LCM-BC-2024-0452, thank you so much. So we have started! "
         "Vegetable-tanned leather for all 5,000 collars is ordered from the tannery in Menemen, and cutting begins "
         "on Monday. The 60 samples will be ready first, by 31 May.\n\n"
         "Best regards,\nSelin Aydın\nİzmir Deri Aksesuar Ltd. Şti. - Export\n\n"
         "> Le 14 mai 2024 à 10:02, Camille Roux <camille.roux@lechatmalin.fr> a écrit :\n"
         "> Hello Selin, PO LCM-BC-2024-0452 attached. It covers 60 sample cat collars (breakaway buckle) only.\n"
         "> The 5,000 are not released: Hugo Bernard, Directeur des opérations, will send a written release after\n"
         "> the breakaway-buckle test. The 30% deposit on the PO is for the buckle tooling and the samples.\n"
         "> Merci! Camille\n",
         in_reply_to="<lcm-0452-0514@lechatmalin.fr>"))])

# p18 supplier tracking page: material for whole run, auto start after sample OK
case("p18_xiamen_tracking_page", ["RG006", "RG007"],
     "supplier order-tracking page: film and zipper bought for 20,000 while 10 samples released; mass production to start automatically on sample approval",
     [("order_tracking_MP-4700019010.html", html_page("Xiamen Fortune Packaging - Order tracking", """
<h2>Xiamen Fortune Packaging Co., Ltd. &middot; Customer order tracking</h2>
<p>Customer: <b>Mundo Peludo S.A.</b> &middot; Customer PO 4700019010 &middot; Item MP-SNACK-250 stand-up pouch 250 g, kraft/PET/PE, zipper</p>
<table>
<tr><th>Step</th><th>Quantity</th><th>Status</th><th>Date</th></tr>
<tr><td>Samples (released by customer PO)</td><td>10 pcs</td><td>printing</td><td>2024-05-20</td></tr>
<tr><td>Printing cylinders</td><td>8 colours</td><td>done</td><td>2024-05-16</td></tr>
<tr><td>Film (kraft/PET/PE) and zipper purchased</td><td>for 20,000 pcs (100%)</td><td>in warehouse</td><td>2024-05-18</td></tr>
<tr><td>Production pouches</td><td>20,000 pcs</td><td>not released yet</td><td>&mdash;</td></tr>
</table>
<p class="note">Next step: after your sample approval, mass production of the 20,000 pcs starts automatically - no further
action needed from your side. Estimated ex-factory 18 days after sample approval.</p>
<p>Contact: Lily Chen, Sales &middot; lily.chen@xmfortunepack.cn</p>
"""))])

# p19 WeChat: supplier books a labelled forecast as firm and buys yarn for it
case("p19_hengda_wechat_forecast", ["RG006", "RG008"],
     "buyer's forecast labelled planning-only; supplier books the 8k as a confirmed order and buys yarn for 8,000 beyond the released 1,500",
     [("wechat_Kevin_Li_rope_leash.txt", wechat("Kevin Li (Ningbo Hengda) / Geneviève Tremblay (Northpaw)", [
         ("2024-05-20 09:15", "Geneviève Tremblay", "Hi Kevin, Q3 forecast for the rope leash attached. It is for your planning only, not an order"),
         ("2024-05-20 09:15", "Geneviève Tremblay", "[File] NP_rope_leash_Q3_forecast.xlsx"),
         ("2024-05-20 10:42", "Kevin Li", "Thank you Geneviève! We received your Q3 forecast 8k leashes"),
         ("2024-05-20 10:44", "Kevin Li", "We already put the 8,000 pcs into our production plan as confirmed order, and today we bought the nylon yarn for 8,000 pcs so the price is locked 💪"),
         ("2024-05-20 10:45", "Kevin Li", "Call-off 2 (1,500 pcs) is running, ship 12 June as planned"),
         ("2024-05-20 11:03", "Geneviève Tremblay", "Noted, let me come back to you tomorrow."),
     ]))])

# p20 supplier India: coils for whole batch bought; will continue on sample approval
case("p20_moradabad_coils", ["RG006", "RG007"],
     "quoted buyer PO note complete (6 samples, 2,394 not released, Olivia Chen after food-contact test); supplier buys coil for 2,400 and will roll into balance on sample approval",
     [("RE_PPB-PO-0955_samples.eml", mail(
         "Rahul Mehta <rahul@moradabadsteelcraft.in>", "Olivia Chen <olivia.chen@petpantrybox.ca>",
         "RE: PPB-PO-0955 - collapsible travel bowl samples", "Fri, 17 May 2024 15:55:00 +0530",
         "Dear Olivia Ma'am,\n\n"
         "Greetings from Moradabad! Thank you for your esteemed PO PPB-PO-0955 for 6 samples.\n\n"
         "As is our usual practice, we have already procured the SS 304 coils for the full 2,400 pcs so that we can "
         "meet your store set date, and on your sample approval we shall continue with the balance 2,394 pcs without "
         "loss of time. Kindly do the needful.\n\n"
         "Samples will be despatched by 24 May through FedEx.\n\n"
         "Thanks & regards,\nRahul Mehta\nExport Manager, Moradabad Steelcraft Exports\n+91 591 241 7730\n\n"
         "-----Original Message-----\n"
         "From: Olivia Chen <olivia.chen@petpantrybox.ca>\n"
         "Sent: 16 May 2024 20:14\n"
         "> Hi Rahul, PO PPB-PO-0955 attached. PO note: 6 samples only. The balance of 2,394 pcs is not released.\n"
         "> It will be released only by a written release from me, Olivia Chen, after the samples pass our\n"
         "> food-contact test. Thanks! Olivia\n",
         in_reply_to="<ppb-0955-0516@petpantrybox.ca>"))])

# ---------------------------------------------------------------- batch 4
# p21 supplier proforma: deposit starts full production; bulk follows sample approval automatically
case("p21_brightpaw_proforma", ["RG007", "RG012"],
     "supplier proforma: deposit receipt confirms order and starts full production; mass production continues automatically after sample approval",
     [("PI-BP-24-0611.pdf", pdf([
         ("h1", "YIWU BRIGHTPAW TRADING CO., LTD."),
         ("p", "No. 1200 Chouzhou North Road, Yiwu, Zhejiang, China. Tel +86 579 8551 2040"),
         ("h", "PROFORMA INVOICE PI-BP-24-0611"),
         ("p", "Buyer: Kibble Corner Pet Supply Ltd., 8860 Fraser Street, Vancouver BC. Attn: Ms. Sunita Dhillon. Date: 2024-05-16."),
         ("table", [
             ["No.", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "KC-TUN-3W", "Cat tunnel 3-way, crinkle lining, grey/mint - samples", "10", "9.50", "95.00"],
             ["2", "KC-TUN-3W", "Cat tunnel 3-way - bulk", "3,000", "3.15", "9,450.00"],
             ["", "", "Total", "", "", "9,545.00"],
         ]),
         ("sp",),
         ("p", "Payment: 30% deposit by T/T (USD 2,863.50), balance before shipment."),
         ("p", "Receipt of the deposit confirms the order and starts production of the full quantity."),
         ("p", "Samples are made first. After buyer's sample approval, mass production continues automatically; no further "
               "confirmation is needed from the buyer."),
         ("p", "Bank: Bank of China Yiwu Branch, SWIFT BKCHCNBJ92B, A/C 3581 2290 1147. Lisa Xu, Sales."),
     ], title="PI-BP-24-0611", author="Lisa Xu"))])

# p22 buyer contradicts own written-release requirement
_t = ("Hi Somchai,\n\n"
      "PO NPO-4655 went out this morning. It covers 12 samples of the NP-TOY-TIRE tire toy (6 orange, 6 teal). "
      "The 3,000 production units are not released - I'm the only one who releases them, in writing, after the "
      "samples pass our chew test in Toronto.\n\n"
      "That said, I know the August vessel is tight. So to save time: as soon as the chew test report comes back "
      "clean, go straight into the 3,000 - no need to wait for anything else from us.\n\n"
      "Mould is paid with the PO (USD 1,150), please keep it marked as Northpaw property.\n\n"
      "Thanks,\nMark Kowalski\nVP Merchandising, Northpaw Outfitters Inc.\n+1 514 555 0110\n")
_h = ("<html><body><p>Hi Somchai,</p><p>PO NPO-4655 went out this morning. It covers 12 samples of the NP-TOY-TIRE tire toy "
      "(6 orange, 6 teal). The 3,000 production units are not released - I'm the only one who releases them, in writing, "
      "after the samples pass our chew test in Toronto.</p><p>That said, I know the August vessel is tight. So to save time: "
      "as soon as the chew test report comes back clean, go straight into the 3,000 - no need to wait for anything else "
      "from us.</p><p>Mould is paid with the PO (USD 1,150), please keep it marked as Northpaw property.</p><p>Thanks,<br>"
      "Mark Kowalski<br>VP Merchandising, Northpaw Outfitters Inc.<br>+1 514 555 0110</p></body></html>")
case("p22_northpaw_straight_into_run", ["RG007"],
     "scope complete (12 samples, 3,000 not released, Kowalski writes release after chew test) but then tells supplier to go straight into the 3,000 on a clean chew report",
     [("NPO-4655_tire_toy_samples.eml", mail(
         "Mark Kowalski <mark.kowalski@northpaw.ca>", "Somchai Prasert <somchai@chonburirubber.co.th>",
         "NPO-4655 - tire toy samples", "Wed, 22 May 2024 08:35:00 -0400", _t, html=_h,
         cc="Geneviève Tremblay <genevieve.tremblay@northpaw.ca>"))])

# p23 WeChat: TOP samples without a quantity; supplier's deemed-approval rule
case("p23_xiamen_wechat_deemed", ["RG007", "RG010"],
     "buyer asks for TOP samples with no quantity (hold, seal test, own release named); supplier says no comments in 3 days = OK and goes to mass production",
     [("wechat_Lily_Chen_jerky_pouch.txt", wechat("Lily Chen (Xiamen Fortune Packaging) / Tyler Osei (Whisker & Wag Box)", [
         ("2024-05-13 08:51", "Tyler Osei", "Morning Lily! Pls make the TOP samples for the jerky pouch (WWB-PCH-90), both flavours. Bulk stays on hold until my written release, after our seal test sign-off"),
         ("2024-05-13 09:30", "Lily Chen", "好的 Tyler, understand. Cylinders ready, we print TOP samples this week"),
         ("2024-05-20 16:12", "Lily Chen", "Tyler, TOP samples sent today by FedEx 7789 2210 4471"),
         ("2024-05-20 16:14", "Lily Chen", "If no comments within 3 days after you receive, we treat as OK and go mass production, because the vessel is very tight 🙏"),
         ("2024-05-20 22:47", "Tyler Osei", "Got it, will check when they land."),
     ]))])

# p24 supplier sales contract clause: sample approval = production release
case("p24_panipat_sales_contract", ["RG007"],
     "supplier sales contract clause makes buyer's sample approval the release of the production order, no recorded auto-conversion",
     [("SC-PHW-24-077.docx", docx_bytes([
         ("h1", "SALES CONTRACT SC/PHW/24/077"),
         ("p", "Seller: Panipat Home Weaves Pvt. Ltd., Sector 29 Part II, HUDA, Panipat 132103, Haryana, India."),
         ("p", "Buyer: Dogwood & Co. Ltd, 40 Tariff Street, Manchester M1 2FF, United Kingdom."),
         ("p", "Date: 10.05.2024. Reference: Buyer's PO DW-7830."),
         ("table", [
             ["Article", "Description", "Quantity"],
             ["DW-RUG-JUTE", "Jute/cotton pet rug 60 x 90 cm, natural/ink stripe", "4 pcs (pre-production samples, PO DW-7830)"],
             ["DW-RUG-JUTE", "Same, production", "as per Buyer's order"],
         ]),
         ("sp",),
         ("h", "Terms and conditions"),
         ("num", "Prices FOB Mundra in GBP. Payment: T/T 60 days from B/L date."),
         ("num", "Inspection: Buyer's nominated agent, AQL 2.5 major / 4.0 minor."),
         ("num", "Labels and hangtags as per Buyer's artwork; Seller is not liable for artwork errors signed off by Buyer."),
         ("num", "Approval of the pre-production samples by the Buyer shall constitute release of the production order, and "
                 "the Seller will start bulk production without further instruction."),
         ("num", "Force majeure as per ICC clause 2003."),
         ("p", "For Panipat Home Weaves Pvt. Ltd. - Anil Sharma, Director (Exports)"),
     ], author="Anil Sharma"))])

# p25 ERP PO: complete hold, then vendor instruction to move straight to bulk
case("p25_dogwood_erp_straight_to_bulk", ["RG007"],
     "ERP PO: 6 samples, 1,194 not released, release only by K. Morrison after sign-off; vendor instruction then says move straight to bulk on sign-off",
     [("DW-PO-7841.txt", """\
DOGWOOD & CO. LTD                                          PURCHASE ORDER
40 TARIFF STREET, MANCHESTER M1 2FF                        PAGE 1 OF 1
==========================================================================
ORDER NO   : DW-PO-7841           ORDER DATE : 17/05/2024
SUPPLIER   : S0419  ISTANBUL PETWEAR TEKSTIL LTD STI
BUYER      : S. PRYCE   0161 496 0355
DELIVERY   : DC TRAFFORD PARK, BAY 6        INCOTERM : FCA ISTANBUL
==========================================================================
LINE  ITEM          DESCRIPTION                       QTY   UOM  GBP/UNIT
10    DW-JMP-CBL-S  CABLE-KNIT DOG JUMPER S, OAT        2   EA      6.90
20    DW-JMP-CBL-M  CABLE-KNIT DOG JUMPER M, OAT        2   EA      7.40
30    DW-JMP-CBL-L  CABLE-KNIT DOG JUMPER L, OAT        2   EA      7.90
==========================================================================
ORDER TEXT:
SAMPLES 6 PCS FOR SIGN-OFF. BALANCE 1,194 PCS NOT RELEASED.
BALANCE RELEASED ONLY BY WRITTEN RELEASE FROM K. MORRISON (HEAD OF
BUYING) AFTER SAMPLE SIGN-OFF (WASH 30C X3, PILLING ISO 12945-2).
--------------------------------------------------------------------------
VENDOR INSTRUCTIONS:
1. YARN 100% ACRYLIC, OEKO-TEX STD 100 CERT NO. 21.HTR.44017.
2. SEWN-IN CARE LABEL DW-CL-04, SWING TAG DW-HT-09.
3. TO PROTECT THE STORE SET DATE, ON SAMPLE SIGN-OFF VENDOR MOVES
   STRAIGHT TO BULK.
==========================================================================
""")])

# p26 WhatsApp Spanish-English: buyer waives her own written release
case("p26_lumbre_whatsapp_seguid", ["RG007"],
     "chat scope complete (20 samples, 1.500 not released, Javier Soto's written release after pull test); buyer then says continue straight into the 1.500 if samples pass",
     [("WhatsApp_Emre_arneses.txt", chat([
         ("08/05/2024, 12:02", "Lucía Ferrer", "Hola Emre! PO ML-PC-24-0588 enviado: 20 muestras del arnés acolchado (5 por talla XS-L) only"),
         ("08/05/2024, 12:03", "Lucía Ferrer", "Las 1.500 uds. no están liberadas. Javier Soto os manda la liberación por escrito después del test de tracción"),
         ("08/05/2024, 12:20", "Emre Yıldız", "Thank you Lucía, noted. Samples 12 days 👍"),
         ("15/05/2024, 18:41", "Lucía Ferrer", "Emre, una cosa: si las muestras pasan el test de tracción, seguid directamente con las 1.500, no hace falta esperar el email de Javier 😉 así ganamos una semana"),
         ("15/05/2024, 18:55", "Emre Yıldız", "Great, noted! We plan the line for week 23"),
     ]))])

# p27 buyer writes a promo forecast as a firm order
case("p27_dogwood_forecast_firm", ["RG008"],
     "buyer tells supplier to treat the Christmas promo forecast of 12,000 as firm order",
     [("Christmas_promo_bandanas.eml", mail(
         "Kate Morrison <kate.morrison@dogwoodandco.co.uk>", "Neha Gupta <neha@jaipurblockprints.in>",
         "Christmas promo wave - bandanas", "Fri, 24 May 2024 14:05:00 +0100",
         "Dear Neha,\n\n"
         "Thank you for a brilliant spring season - the Fox print sold out in three weeks in our city-centre stores.\n\n"
         "Looking ahead: our forecast for the Christmas promo wave is 12,000 bandanas across the 4 festive prints "
         "(3,000 each). Please treat this forecast as our firm order and plan your block-printing capacity for "
         "August-September accordingly. The formal PO will follow in July once our range review is done.\n\n"
         "Sam will send the print files next week.\n\n"
         "Warm regards,\nKate" + sig("Kate Morrison", "Head of Buying", "Dogwood & Co., Manchester", "+44 161 496 0300")))])

# p28 supplier order confirmation books a forecast as confirmed order
case("p28_panipat_order_confirmation", ["RG008"],
     "supplier order confirmation confirms 24,000 pcs 'as per your forecast' as an order",
     [("OC-PHW-24-051.pdf", pdf([
         ("h1", "Panipat Home Weaves Pvt. Ltd."),
         ("h", "ORDER CONFIRMATION OC/PHW/24/051"),
         ("p", "To: Hound & Hearth Ltd, Leeds. Kind attn: Ms. Priya Raman. Date: 21.05.2024."),
         ("p", "We thank you for your 2024/25 forecast dated 02.05.2024 and are pleased to confirm your order as below."),
         ("table", [
             ["Article", "Description", "Confirmed qty", "Lot / ex-factory"],
             ["HH-BED-OVL-M", "Oval cord bed M, charcoal", "9,600 pcs", "4 lots, Jul-Oct 2024"],
             ["HH-BED-OVL-L", "Oval cord bed L, charcoal", "8,400 pcs", "4 lots, Jul-Oct 2024"],
             ["HH-MAT-CRT", "Crate mat, charcoal", "6,000 pcs", "3 lots, Aug-Oct 2024"],
             ["", "Total", "24,000 pcs", ""],
         ]),
         ("sp",),
         ("p", "Confirmed order quantity: 24,000 pcs as per your forecast. Capacity has been reserved on looms 4-9."),
         ("p", "Prices as per HH-PO-10388. For Panipat Home Weaves Pvt. Ltd. - Anil Sharma, Director (Exports)."),
     ], title="OC/PHW/24/051", author="Anil Sharma"))])

# p29 buyer portal: forecast rows marked as confirmed order
case("p29_mundo_portal_forecast", ["RG008"],
     "buyer portal forecast table marks forecast quantities as confirmed/firm order",
     [("portal_proveedores_0520.html", html_page("Portal de Proveedores - Previsión Q3/Q4", """
<h2>Mundo Peludo &middot; Portal de Proveedores</h2>
<p>Proveedor: <b>Yiwu Brightpaw Trading Co., Ltd.</b> (300915) &middot; Categoría: Paseo &middot; Actualizado 20.05.2024 por Álvaro Ruiz</p>
<h3>Previsión / Forecast Q3-Q4 2024</h3>
<table>
<tr><th>Material</th><th>Descripción</th><th>Q3</th><th>Q4</th><th>Total</th><th>Estado / status</th></tr>
<tr><td>MP-CORR-5M</td><td>Correa extensible 5 m</td><td>1.800</td><td>2.400</td><td>4.200</td><td>PEDIDO CONFIRMADO / CONFIRMED ORDER</td></tr>
<tr><td>MP-CORR-8M</td><td>Correa extensible 8 m</td><td>900</td><td>1.200</td><td>2.100</td><td>PEDIDO CONFIRMADO / CONFIRMED ORDER</td></tr>
<tr><td>MP-BOLSA-DISP</td><td>Dispensador de bolsas</td><td>3.000</td><td>3.000</td><td>6.000</td><td>PEDIDO CONFIRMADO / CONFIRMED ORDER</td></tr>
</table>
<div class="note">Las cantidades de previsión de esta tabla se consideran pedido firme. / The forecast quantities in this table are to be treated as a firm order.</div>
<p>Entregas: almacén Getafe, nave 4. Contacto: compras@mundopeludo.es</p>
""", lang="es"))])

# p30 annual letter: forecast called a commitment and an order
case("p30_purrfect_annual_letter", ["RG008"],
     "annual business-plan letter calls the 2025 forecast of 3,600 cat trees a commitment and asks supplier to book it as the order",
     [("Purrfect_Perch_2025_plan_letter.docx", docx_bytes([
         ("h1", "Purrfect Perch - 2025 business plan"),
         ("p", "To: Mr. Le Quang Vinh, Saigon Pet Furniture Co., Ltd. From: Tom Ashdown, Managing Director. 27 May 2024."),
         ("p", "Dear Vinh,"),
         ("p", "2024 has been our best year yet and the Nook and Lookout trees are a big part of it. Thank you to you and "
               "the whole team in Binh Chanh."),
         ("p", "For 2025 we are planning three new models and a wider colour range in seagrass. Our 2025 forecast is "
               "3,600 cat trees, split roughly as below. This forecast is our commitment to you - please book it as our "
               "order for the year."),
         ("table", [
             ["Model", "2025 forecast (units)"],
             ["PP-CT-095 Nook", "1,200"],
             ["PP-CT-170 Lookout", "900"],
             ["New models (3)", "1,500"],
             ["Total", "3,600"],
         ]),
         ("sp",),
         ("p", "We would love to visit the factory in October. Kind regards, Tom"),
     ], author="Tom Ashdown"))])

# p31 'approved' for sample QA and finance PO
_t = ("Bonjour Burak,\n\n"
      "Bonne nouvelle: the 6 ceramic bowl samples were approved by our QA yesterday (lab report to ISO 6486-2 came "
      "back fine), and the PO for the 2 400 bowls (LCM-BC-2024-0466) was approved by finance this morning.\n\n"
      "Production itself is not released yet: the 2 400 bowls stay on hold until Hugo Bernard, Directeur des "
      "opérations, signs the written production release, which he will do once the glaze colour master (G-2417 "
      "sauge) is back from the lab and matches.\n\n"
      "Merci encore pour la réactivité!\nCamille Roux\nAcheteuse - Le Chat Malin SARL\n+33 1 84 60 22 17\n")
_h = ("<html><body><p>Bonjour Burak,</p><p>Bonne nouvelle: the 6 ceramic bowl samples were <b>approved</b> by our QA yesterday "
      "(lab report to ISO 6486-2 came back fine), and the PO for the 2 400 bowls (LCM-BC-2024-0466) was <b>approved</b> by "
      "finance this morning.</p><p>Production itself is not released yet: the 2 400 bowls stay on hold until Hugo Bernard, Directeur des "
      "opérations, signs the written production release, which he will do once the glaze colour master (G-2417 sauge) is "
      "back from the lab and matches.</p><p>Merci encore pour la réactivité!<br>Camille Roux<br>Acheteuse - Le Chat Malin "
      "SARL<br>+33 1 84 60 22 17</p></body></html>")
case("p31_lcm_approved_twice", ["RG009"],
     "'approved' used for QA sample result and for finance approval of the PO; production hold, event and Hugo Bernard otherwise stated",
     [("Bols_ceramique_bonne_nouvelle.eml", mail(
         "Camille Roux <camille.roux@lechatmalin.fr>", "Burak Demir <burak@kutahyaseramik.com.tr>",
         "Bols LCM-BOL-1500 - bonne nouvelle", "Thu, 23 May 2024 11:20:00 +0200", _t, html=_h))])

# p32 buyer vendor portal: approved for artwork and PO, then 'good to run'
case("p32_wwb_vendor_portal", ["RG002", "RG009"],
     "vendor portal shows 'Approved' for artwork and for PO (finance); buyer comment 'Good to run!' names no quantity",
     [("wwb_vendor_portal_WWB-24160.html", html_page("Whisker & Wag Box - Vendor portal", """
<h2>Whisker &amp; Wag Box &middot; Vendor portal</h2>
<p>Vendor: <b>Dongguan Joyful Plush Toys Co., Ltd.</b> &middot; Item WWB-TOY-AVO squeaky avocado, 6 in &middot; PO WWB-24160</p>
<table>
<tr><th>Checkpoint</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Artwork (law label, hangtag)</td><td>Approved &#10004;</td><td>Design - M. Ito</td><td>05/14/2024</td></tr>
<tr><td>PO WWB-24160</td><td>Approved</td><td>Finance - R. Patel</td><td>05/15/2024</td></tr>
<tr><td>Sample line: 6 pcs</td><td>received</td><td>Receiving</td><td>05/20/2024</td></tr>
<tr><td>Production quantity 6,000 pcs</td><td>on hold - written release by Jordan Reyes after CPSIA lab report</td><td>&mdash;</td><td>&mdash;</td></tr>
</table>
<h3>Comments</h3>
<p><b>Coco Wu</b> (05/20/2024 09:12): Samples delivered, please check the squeaker volume, we changed to the low-noise type.</p>
<p><b>Jordan Reyes</b> (05/21/2024 16:40): Samples look great, squeaker is perfect. Good to run!</p>
"""))])

# p33 WhatsApp: supplier asks for sample and PO approval, buyer answers 'approval is done'
case("p33_hh_whatsapp_approval_done", ["RG002", "RG009"],
     "supplier mixes sample approval and PO approval; buyer answers 'approval is done' without saying which or for what quantity",
     [("WhatsApp_Anil_Sharma.txt", chat([
         ("06/05/2024, 11:30", "Priya Raman", "Hi Anil, PO HH-PO-10470 sent: 4 sample beds (2 grey, 2 sand) of the new bolster. The 1,200 beds are not released - Oliver Brandt sends you a written release after our wash test"),
         ("06/05/2024, 11:52", "Anil Sharma", "Thank you madam, noted 🙏"),
         ("21/05/2024, 09:14", "Anil Sharma", "Good morning madam. Is sample approved from your side? And PO approval from your finance also done?"),
         ("21/05/2024, 09:15", "Anil Sharma", "Please give approval so we can plan looms for June"),
         ("21/05/2024, 10:02", "Priya Raman", "Morning Anil! Yes, approval is done 👍"),
         ("21/05/2024, 10:03", "Anil Sharma", "Thank you madam!! 🙏🙏"),
     ]))])

# p34 release letter: 'release' for artwork and production; first wave with no quantity
case("p34_kibble_release_first_wave", ["RG009", "RG010"],
     "letter uses 'released' for artwork and for production; releases 'the first wave' without a quantity; waves 2-3 held with event and Sunita Dhillon",
     [("KC_release_spring_promo_wave1.docx", docx_bytes([
         ("h1", "Release - spring promo, bamboo feeders"),
         ("p", "Kibble Corner Pet Supply Ltd. to Hai Phong Bamboo Home Co., Ltd. (attn. Mr. Pham Van Hung). 24 May 2024. PO KC-PO-3379."),
         ("p", "The artwork for the bamboo feeder labels was released on 4 March (version 7, files KC-BF-LBL-v7)."),
         ("p", "We hereby release production of the first wave for the spring promo, to be delivered to our Delta DC "
               "in time for the 3 February store set."),
         ("p", "Waves 2 and 3 remain on hold. They are released only in writing by Sunita Dhillon, Category Manager, "
               "after the first-wave sell-through review in March."),
         ("table", [
             ["Item", "Description"],
             ["KC-BF-DBL", "Double bamboo feeder with two SS 304 bowls, natural"],
             ["KC-BF-SGL", "Single raised bamboo feeder, natural"],
         ]),
         ("sp",),
         ("p", "Sunita Dhillon, Category Manager - Feeding"),
     ], author="Sunita Dhillon"))])

# ---------------------------------------------------------------- batch 5
# p35 counter samples 'a few in each colourway' - no number
case("p35_lcm_counter_samples_few", ["RG010"],
     "buyer asks for 'a few' counter samples per colourway, never a number; hold, unlock event and Camille Roux as releaser stated",
     [("LCM_collar_covers_counter_samples.eml", mail(
         "Camille Roux <camille.roux@lechatmalin.fr>", "Neha Gupta <neha@jaipurblockprints.in>",
         "Counter samples - block-printed cat collar covers", "Mon, 20 May 2024 09:05:00 +0200",
         "Dear Neha,\n\n"
         "Thank you for the swatch card, it's gorgeous - the indigo and the saffron are exactly the Le Chat Malin look.\n\n"
         "Could you please make a few counter samples in each of the four colourways (indigo, saffron, rose, sage) of "
         "the block-printed collar cover, on the 20 mm breakaway collar we sent you? PO LCM-BC-2024-0471 covers them.\n\n"
         "The production quantity (around 3 000 pcs) stays on hold. I will send the written release myself, once the "
         "colour-fastness test (ISO 105-X12, rubbing) and our scratch test are signed off.\n\n"
         "Bien à vous,\nCamille" + sig("Camille Roux", "Acheteuse", "Le Chat Malin SARL, Paris", "+33 1 84 60 22 17")))])

# p36 PDF PO with sample quantity 'TBC'
case("p36_northpaw_po_qty_tbc", ["RG010"],
     "sample PO line quantity 'TBC'; production 5,000 not released, sign-off + Mark Kowalski's written release stated",
     [("NPO-4701.pdf", pdf([
         ("h1", "NORTHPAW OUTFITTERS INC."),
         ("p", "5800 Rue Ferrier, Montréal QC H4P 1M7, Canada"),
         ("h", "PURCHASE ORDER NPO-4701"),
         ("p", "Vendor: Hai Phong Bamboo Home Co., Ltd., An Duong, Hai Phong, Vietnam. Attn: Mr. Pham Van Hung. Date: 2024-05-23."),
         ("table", [
             ["Ln", "Item", "Description", "Qty", "Unit USD", "Scope"],
             ["1", "NP-BWL-BMB-M", "Bamboo-fibre bowl M, melamine-free, moss green", "TBC", "3.80", "sample"],
             ["2", "NP-BWL-BMB-L", "Bamboo-fibre bowl L, melamine-free, moss green", "TBC", "4.60", "sample"],
         ]),
         ("sp",),
         ("p", "Sample quantities to be confirmed by vendor on order acknowledgement."),
         ("p", "The production quantity of 5,000 bowls is not released. It is released only by a written release from "
               "Mark Kowalski, VP Merchandising, after the samples pass the food-contact migration test (EU 10/2011 method) "
               "and are signed off."),
         ("p", "Bilingual EN/FR labels per NP-LBL-22. Buyer: Geneviève Tremblay."),
     ], title="NPO-4701", author="Geneviève Tremblay"))])

# p37 WhatsApp: 'release the next batch' without a number; rest held until further notice
case("p37_kibble_whatsapp_next_batch", ["RG004", "RG005", "RG010"],
     "buyer releases 'the next batch' with no quantity; rest on hold 'till further notice', nobody named as releaser",
     [("WhatsApp_Amy_Zhang_leashes.txt", chat([
         ("22/05/2024, 07:58", "Amy Zhang", "Good morning Aaron, reflective leash batch 1 shipped on the Yang Ming vessel, ETA Vancouver 14 June"),
         ("22/05/2024, 08:40", "Aaron Blake", "Morning Amy, great stuff. Store team loved batch 1"),
         ("22/05/2024, 08:41", "Aaron Blake", "ok release the next batch of the reflective leashes for the store set 👍 rest still on hold till further notice"),
         ("22/05/2024, 08:43", "Amy Zhang", "Thank you Aaron! We arrange with planning today 🙏"),
         ("22/05/2024, 08:44", "Aaron Blake", "👌"),
     ]))])

# p38 multi-file: PO (24 samples + quote bulk tier) vs cover email (36 samples)
_po = pdf([
    ("h1", "Purrfect Perch Ltd"),
    ("h", "PURCHASE ORDER PP-5544"),
    ("p", "Supplier: Dongguan Joyful Plush Toys Co., Ltd. Attn: Coco Wu. Date: 20/05/2024. Terms: 30 days from invoice."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD"],
        ["1", "PP-KCK-FISH", "Catnip kicker 'Mackerel', 28 cm", "8", "4.20"],
        ["2", "PP-KCK-CARROT", "Catnip kicker 'Carrot', 25 cm", "8", "4.20"],
        ["3", "PP-KCK-BANANA", "Catnip kicker 'Banana', 25 cm", "8", "4.20"],
        ["", "", "Total", "24", "100.80"],
    ]),
    ("sp",),
    ("p", "Samples. Ref. quote JP-2290: sample USD 4.20/pc; production 6,000 pcs at USD 0.96/pc, FOB Yantian."),
    ("p", "Organic catnip, min. 15 g per toy; canvas 10 oz; no loose parts."),
], title="PP-5544", author="Hannah Cole")
case("p38_purrfect_kicker_bundle", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "bundle: PO lists 24 samples and quote's 6,000 production; cover email says 36 samples; no hold, event or releaser",
     [("PP-5544.pdf", _po),
      ("PP-5544_cover_email.eml", mail(
          "Hannah Cole <hannah.cole@purrfectperch.co.uk>", "Coco Wu <coco.wu@joyfulplush.cn>",
          "PP-5544 catnip kicker samples", "Mon, 20 May 2024 16:30:00 +0100",
          "Hi Coco,\n\n"
          "PO PP-5544 for the 36 kicker samples is attached - 12 of each design (Mackerel, Carrot, Banana).\n\n"
          "Please use the organic catnip from your Shandong supplier again, our cats were very clear about the "
          "difference last time.\n\n"
          "Thanks!\nHannah" + sig("Hannah Cole", "Product Manager", "Purrfect Perch Ltd", "+44 117 496 0412"),
          attachments=[("PP-5544.pdf", _po, PDF_MT)]))])

# p39 portal call-off: line 600 vs released 650
case("p39_northpaw_portal_calloff", ["RG011"],
     "portal call-off line says 600 but the release summary on the same page says 650 released; forecast waves labelled and next call-off by Kowalski",
     [("supplier_hub_calloff_NPO-CO-0011-02.html", html_page("Northpaw Supplier Hub - Call-off NPO-CO-0011-02", """
<h2>Northpaw Supplier Hub</h2>
<p>Supplier: <b>Binh Duong Pet Textile JSC</b> (700388) &middot; Agreement NPO-SA-0011 (bolster beds) &middot; Call-off NPO-CO-0011-02 &middot; 2024-05-24</p>
<table>
<tr><th>Ln</th><th>SKU</th><th>Description</th><th>Qty</th><th>Delivery</th></tr>
<tr><td>1</td><td>NP-BED-BOL-M</td><td>Bolster bed M, heather grey</td><td>600</td><td>2024-07-22</td></tr>
</table>
<h3>Release summary</h3>
<table>
<tr><th>Released for production by this call-off</th><td>650 units NP-BED-BOL-M</td></tr>
<tr><th>Material authority</th><td>limited to this call-off; no staged material</td></tr>
<tr><th>Forecast waves 3-4</th><td>2,400 units - forecast only, not released</td></tr>
<tr><th>Next release</th><td>only by the next call-off, signed by Mark Kowalski (VP Merchandising)</td></tr>
</table>
<p>Packing: 1 per polybag, 4 per carton. Bilingual hangtag NP-HT-11. ASN 48 h before arrival.</p>
""", lang="en-CA"))])

# p40 multi-file: ERP PO release qty 2,000 vs release letter 2,400
case("p40_wwb_release_bundle", ["RG011"],
     "bundle: ERP shows released qty 2,000 (4,000 remaining) while the release letter releases two thousand four hundred (2,400); hold/event/Jordan Reyes in both",
     [("WWB-24171_po_print.txt", """\
WHISKER & WAG BOX                                     PURCHASE ORDER (PRINT)
1100 S LAMAR BLVD STE 210, AUSTIN TX 78704
-----------------------------------------------------------------------------
PO #          WWB-24171                 DATE        05/24/2024
VENDOR        V-1088 DONGGUAN JOYFUL PLUSH TOYS CO., LTD.
BUYER         T. OSEI                   TERMS       NET 30 AFTER B/L
-----------------------------------------------------------------------------
ITEM             DESCRIPTION                        PO QTY   RELEASED QTY
WWB-TOY-OCTO     ROPE OCTOPUS, 10 IN, TEAL           6,000          2,000
-----------------------------------------------------------------------------
RELEASE 1 : 2,000 EA - EX-FACTORY 06/28/2024
REMAINING : 4,000 EA ON HOLD - NEXT WRITTEN RELEASE BY J. REYES (SOURCING
            LEAD) AFTER IN-DC QC OF RELEASE 1.
-----------------------------------------------------------------------------
"""),
      ("WWB-24171_release_1.docx", docx_bytes([
          ("h1", "Production release - WWB-24171, release 1"),
          ("p", "Whisker & Wag Box to Dongguan Joyful Plush Toys Co., Ltd. (attn. Coco Wu). Date: 24 May 2024."),
          ("p", "Item: WWB-TOY-OCTO rope octopus, 10 in, teal. Top-of-production samples signed off on 22 May 2024."),
          ("p", "We release two thousand four hundred (2,400) units for production under PO WWB-24171, ex-factory 28 June 2024."),
          ("p", "The remaining 3,600 units stay on hold. They will be released only by a further written release from me, "
                "after our in-DC quality check of this first release."),
          ("p", "Jordan Reyes, Sourcing Lead"),
      ], author="Jordan Reyes"))])

# p41 agent forwards the buyer's release (800) but tells factory 1,000
_orig = EmailMessage()
_orig["From"] = "Sunita Dhillon <sunita.dhillon@kibblecorner.ca>"
_orig["To"] = "Jenny Ho <jenny.ho@sunrisesourcing.hk>"
_orig["Subject"] = "Release 1 - KC-PO-3390 cat tunnels"
_orig["Date"] = "Thu, 23 May 2024 13:10:00 -0700"
_orig["Message-ID"] = "<kc-3390-rel1@kibblecorner.ca>"
_orig.set_content(
    "Hi Jenny,\n\n"
    "Release 1 for PO KC-PO-3390 (cat tunnel 3-way, grey/mint): 800 pcs, ex-factory 28 June.\n"
    "The remaining 2,200 pcs stay on hold until the in-store sell-through review and my next written release.\n\n"
    "Thanks,\nSunita Dhillon\nCategory Manager - Cat, Kibble Corner Pet Supply Ltd.\n")
case("p41_sunrise_agent_forward", ["RG011"],
     "agent forwards buyer's release of 800 (rfc822) but instructs the factory to produce 1,000 'confirmed on the phone'",
     [("FW_Release_1_KC-PO-3390.eml", mail(
         "Jenny Ho <jenny.ho@sunrisesourcing.hk>", "Lisa Xu <lisa.xu@brightpaw-yiwu.cn>",
         "FW: Release 1 - KC-PO-3390 cat tunnels", "Fri, 24 May 2024 09:20:00 +0800",
         "Dear Lisa,\n\n"
         "Pls see customer release below. Customer confirmed 1,000 pcs for the first lot on the phone yesterday, so "
         "pls arrange production 1,000 pcs and ship 28 June as planned. Carton marks same as sample shipment.\n\n"
         "Thx & rgds\nJenny Ho\nMerchandiser - Sunrise Sourcing (HK) Ltd.\nUnit 1205, 12/F, Kwun Tong Harbour Plaza, Kowloon\n",
         attachments=[("rfc822", _orig)]))])

# p42 buyer: deposit wired, so start production (full-quantity PO); remittance as HTML attachment
_remit = html_page("Remittance advice", """
<h3>Banco Mercantil de Levante - Remittance advice</h3>
<table>
<tr><th>Ordering customer</th><td>MUNDO PELUDO S.A.</td></tr>
<tr><th>Beneficiary</th><td>HAI PHONG BAMBOO HOME CO., LTD. - VIETCOMBANK HAI PHONG</td></tr>
<tr><th>Amount</th><td>EUR 2.124,00</td></tr>
<tr><th>Value date</th><td>27.05.2024</td></tr>
<tr><th>Reference</th><td>DEPOSIT 30% PO 4700019102</td></tr>
</table>
""", lang="es")
case("p42_mundo_deposit_start", ["RG012"],
     "full-quantity PO (2,400, no balance); buyer ties the start of production to the deposit being wired",
     [("PO_4700019102.eml", mail(
         "Álvaro Ruiz <alvaro.ruiz@mundopeludo.es>", "Pham Van Hung <hung.pham@haiphongbamboo.vn>",
         "PO 4700019102 - depósito / deposit", "Mon, 27 May 2024 10:12:00 +0200",
         "Hola Hung,\n\n"
         "PO 4700019102 is for the full quantity of 2,400 bamboo bowls (1,200 natural, 1,200 carbón); there is no "
         "further balance under it. The samples were signed off on 10 May (ref. SO-0510).\n\n"
         "The 30% deposit (EUR 2.124,00) was wired today, remittance attached - so you can start production now 🙂\n\n"
         "Entrega en Getafe antes del 15 de agosto, por favor.\n\n"
         "Un saludo,\nÁlvaro" + sig("Álvaro Ruiz", "Comprador - Hogar y Comedero", "Mundo Peludo S.A., Madrid", "+34 91 555 0162"),
         attachments=[("remittance_4700019102.html", _remit, HTML_MT)]))])

# p43 supplier treats deposit as start and forecast as confirmed order
case("p43_binhduong_deposit_forecast", ["RG008", "RG012"],
     "quoted buyer scope: deposit for 24 samples + tooling, 12,000 forecast planning-only, production not released; supplier starts 12,000 on deposit as confirmed order",
     [("RE_HH-PO-10490.eml", mail(
         "Tran Minh Duc <duc.tran@binhduongpettex.vn>", "Priya Raman <priya.raman@houndandhearth.co.uk>",
         "RE: HH-PO-10490 deposit paid", "Tue, 28 May 2024 15:02:00 +0700",
         "Dear Priya,\n\n"
         "We received your deposit, thank you. So we have started production for the 12,000 beds of your 2024 "
         "forecast, which we treat as confirmed order. The 24 samples will be finished first, on 5 June.\n\n"
         "Best regards,\nTran Minh Duc\nMerchandising Manager - Binh Duong Pet Textile JSC\n\n"
         "> On 27 May 2024, Priya Raman wrote:\n"
         "> Hi Duc, deposit paid today for PO HH-PO-10490 (24 samples + quilting template). Our 2024 forecast\n"
         "> of 12,000 beds is for your planning only. Production is not released; Oliver Brandt will release it\n"
         "> in writing after sample sign-off. Priya\n",
         in_reply_to="<hh-10490-0527@houndandhearth.co.uk>"))])

# p44 WhatsApp: supplier reads payment as go for 3,000
case("p44_bursa_whatsapp_payment", ["RG012"],
     "buyer scope complete (10 samples, 3,000 not released, buckle test + Sunita Dhillon); supplier says payment received so they start the 3,000",
     [("WhatsApp_Emre_collars.txt", chat([
         ("27/05/2024, 16:05", "Aaron Blake", "Hi Emre, PO KC-PO-3440 paid today (10 sample collars + buckle tooling)"),
         ("27/05/2024, 16:06", "Aaron Blake", "The 3,000 collars are NOT released until the samples pass our buckle test and Sunita Dhillon sends you a written release"),
         ("28/05/2024, 09:12", "Emre Yıldız", "Aaron bey good morning, payment received 🙏 thank you"),
         ("28/05/2024, 09:13", "Emre Yıldız", "We start the 3,000 collars today together with the samples, so delivery is faster 💪"),
         ("28/05/2024, 09:20", "Aaron Blake", "I'll call you in an hour"),
     ]))])

# p45 supplier order acknowledgement: PO acceptance = production start
case("p45_xiamen_order_ack", ["RG012"],
     "supplier acknowledgement states that its acceptance of the PO is the production start",
     [("OA_TC-3431_Xiamen_Fortune.docx", docx_bytes([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", "Xiamen Fortune Packaging Co., Ltd., No. 36 Xiangxing 2nd Road, Huli District, Xiamen. Date: 2024-05-27."),
         ("p", "Customer: TailCrate Inc., Portland OR. Your PO: TC-3431 dated 2024-05-20."),
         ("table", [
             ["Item", "Description", "Qty", "Unit USD"],
             ["TC-TUBE-120", "Printed kraft treat tube, 120 g, 4C + foil lid", "1,800 pcs", "0.54"],
         ]),
         ("sp",),
         ("p", "We accept your PO TC-3431 for 1,800 pcs."),
         ("p", "As per our standard terms, PO acceptance = production start. Printing is scheduled from 3 June; ex-factory 24 June."),
         ("p", "Lily Chen, Sales - Xiamen Fortune Packaging Co., Ltd."),
     ], author="Lily Chen"))])

# === END CASES ===


# ====================================================================== emit
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(8282).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(first).stem)
        folder = f"h82_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")
    ext = Counter()
    for c in CASES:
        for fn, _ in c["files"]:
            ext[Path(fn).suffix.lower()] += 1
    print("  top-level files:", dict(sorted(ext.items())))


if __name__ == "__main__":
    main()
