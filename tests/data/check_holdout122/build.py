#!/usr/bin/env python3
"""Generator for the releasegate check_holdout122 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout122/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Theme: signage and retail display (illuminated signs, acrylic displays, POS stands,
LED light boxes, wayfinding panels).
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
SEED = 122122
PREFIX = "h122"


def case(name, expect, note, files):
    """files: list of (filename, bytes|str); the first file's stem names the folder."""
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


# ----------------------------------------------------------------- small helpers (own)
def quote(text, depth=1):
    """Prefix every line with '> ' (depth times), as a mail client does for a reply."""
    p = "> " * depth
    return "\n".join((p + ln).rstrip() if ln.strip() else p.rstrip() for ln in text.strip("\n").split("\n"))


def para_html(text):
    """Plain text -> simple HTML paragraphs (for multipart/alternative bodies)."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + escape(block).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def html_table(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    h = "".join(f"<th>{escape(str(x))}</th>" for x in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(x))}</td>" for x in r) + "</tr>\n" for r in rows[1:])
    return f"<table{c}>\n<tr>{h}</tr>\n{body}</table>"


def txt(s):
    return s.strip("\n") + "\n"


# =================================================================== CASES
# c.. = clean (expect []), p.. = positive. These names never leave this file.

# ------------------------------------------------------------------- batch 1

# c01: supplier quote with prototype and production tiers, nothing authorized
def c01():
    blocks = [
        ("h1", "QUOTATION"),
        ("p", "Dongguan Huaxing Acrylic Products Co., Ltd. | No. 18 Xingye Road, Chang'an Town, "
              "Dongguan, Guangdong 523850, China | Tel +86 769 8530 2211"),
        ("p", "To: Lion City Optics Pte Ltd, 391B Orchard Road #14-02, Singapore 238874. "
              "Attn: Ms Tan Wei Ling, Store Design & Procurement"),
        ("p", "Quotation no.: HX-Q-240517-03    Date: 17 May 2024    Valid until: 16 Aug 2024"),
        ("h", "Item: AD-450 countertop eyewear display, 5 mm clear cast acrylic + 3 mm opal, "
              "10 frame slots, LED edge-lit header (24 V), logo UV print"),
        ("table", [
            ["Tier", "Qty", "Unit price (USD)", "Lead time", "Remarks"],
            ["Prototype", "3 pcs", "168.00", "12 working days", "hand-polished, sent by air (DHL)"],
            ["Production", "360 pcs", "41.50", "25 days after production release", "MOQ 200, sea freight LCL"],
            ["Production", "720 pcs", "37.90", "32 days after production release", "two shipments possible"],
        ]),
        ("sp",),
        ("p", "Tooling: laser cutting jig + bending fixture USD 280, one-off, charged with the prototype order."),
        ("p", "Packing: each unit in PE bag + 5-ply carton, 6 units per master carton (62 x 48 x 40 cm)."),
        ("p", "Payment: prototype 100% T/T before dispatch. Production: 30% T/T with the production order, "
              "70% against copy of B/L."),
        ("p", "Remarks: prices are EXW Dongguan. Production quantity, if any, will be agreed with your "
              "production order; this quotation itself is not an order for either party. Colour of opal "
              "panel per your sample ref. LCO-OP-2 (approx. Pantone Cool Gray 1 C). Compliance: RoHS, "
              "LED driver to IEC 61347."),
        ("sp",),
        ("p", "Prepared by: Lily Zhang, Sales Manager Export  |  lily.zhang@hx-acrylic.cn"),
    ]
    case("c01_supplier_quote_tiers", [],
         "supplier quote alone: prototype and production tiers, no authorized quantity",
         [("quotation_HX-Q-240517-03.pdf", pdf(blocks, title="Quotation HX-Q-240517-03",
                                               author="Dongguan Huaxing Acrylic"))])


# c02: supplier asks whether the balance is released; nothing authorizes
def c02():
    text = """Dear Mr. Bennett,

good morning from Wrocław.

The 16 prototype wayfinding panels for PO HV-22817 left our warehouse yesterday with DSV,
tracking 4471 2209 18, expected in Park Royal on Thursday. Photos of the packing are on
our SharePoint folder as usual.

Our production planning asked me to check with you before next week's slot: do we have
a go-ahead for the remaining 480 panels, or we should wait for your written release?
To be clear, we did not buy aluminium composite or print film for them, only for the 16.

If you need still more time for the store test in Croydon, no problem, we just keep the
slot flexible until 14 June.

Kind regards / Pozdrawiam
""" + sig("Agnieszka Wójcik", "Key Account Manager UK", "LuxPanel Sp. z o.o., ul. Krakowska 141, 50-428 Wrocław",
          "+48 71 344 20 90")
    m = mail("Agnieszka Wójcik <a.wojcik@luxpanel.pl>", "Daniel Bennett <d.bennett@harrowvale.co.uk>",
             "PO HV-22817 wayfinding panels - question about next step",
             "Tue, 28 May 2024 08:14:00 +0200", text, html=para_html(text))
    case("c02_supplier_question_balance", [],
         "supplier's question about the go-ahead for the balance; no authorization in bundle",
         [("mail_luxpanel_question.eml", eml_bytes(m))])


# c03: labelled forecast, HTML table
def c03():
    rows = [
        ["Quarter", "Item", "Description", "Forecast qty", "Stores (planned)"],
        ["Q1 FY2025", "LB-900-SS", "Single-sided LED light box 900 x 600, aisle header", "120", "30"],
        ["Q2 FY2025", "LB-900-SS", "Single-sided LED light box 900 x 600, aisle header", "200", "50"],
        ["Q2 FY2025", "WF-PNL-A3", "Wayfinding panel A3, aluminium composite, ISO 7010 icons", "400", "50"],
        ["Q3 FY2025", "LB-1500-DS", "Double-sided LED light box 1500 x 500, entrance", "60", "60"],
        ["Q4 FY2025", "POS-ST-1", "Promo POS stand, powder coated RAL 9016", "180", "60"],
    ]
    body = f"""<h1>Merlion Mart Pte Ltd &mdash; Store Development</h1>
<h2>Signage forecast FY2025 (Apr 2025 &ndash; Mar 2026)</h2>
<p class="note"><b>FORECAST ONLY &mdash; for your capacity planning.</b> This page is not a purchase
order, does not release production and does not authorise material purchases. Quantities are our
best estimate today and may go up or down. Each quantity will be ordered on its own PO; production
of any quantity needs a separate written production release from Store Development.</p>
{html_table(rows)}
<p>Store openings assumed: 12 new stores (Punggol, Tengah, Tampines North&hellip;) and 48 refits.
Refit calendar is subject to landlord approvals.</p>
<p>Questions: Mr Ravi Chandran, Senior Manager Store Development, ravi.chandran@merlionmart.com.sg,
+65 6812 4470.</p>
<p style="font-size:11px;color:#666">Published 3 Jun 2024 &middot; supplier portal v4.2 &middot; page 1 of 1</p>"""
    case("c03_forecast_page", [],
         "clearly labelled forecast, not an order, not a release",
         [("merlion_forecast_fy2025.html", html_page("Signage forecast FY2025", body))])


# c04: scoped sign-off in a reply; hold, event, person present
def c04():
    earlier = """Dear Hannah,

please find attached photos of the 12 mock-up counter units (Pantone 2757 C front, white
back, clear acrylic leaflet holder). All units passed our light test, 4000 K, no hot spots.
Please confirm so we can plan.

Best regards,
Emre Yıldız
Bursa Display San. ve Tic. A.Ş."""
    text = """Hi Emre,

Thanks, and thanks for the quick turnaround on the leaflet holder.

The mock-up is signed off for fit and colour only - the 2757 C match is spot on and the
leaflet holder clears the till screen in our Reading store. That is a design sign-off, not
a production release.

To restate the scope of PO BW-55120: you are authorised for the twelve (12) mock-up units
only. The 288 counter units for the roll-out stay on hold - please don't buy sheet or LED
tape for them and don't start them. I will send a written release for the 288 once the
pilot store in Reading has been signed off by our Store Ops team (walk-round w/c 17 June).

Invoice for the 12 can go to accounts.payable@brightwell.co.uk, quoting the PO number.

Best,
Hannah

""" + quote("On 4 Jun 2024, at 11:02, Emre Yıldız <emre.yildiz@bursadisplay.com.tr> wrote:\n\n" + earlier) + "\n" + \
        sig("Hannah Cole", "Visual Merchandising Manager", "Brightwell Pharmacy Ltd, 22 Kingsway, London WC2B 6LE",
            "+44 20 7946 0318")
    m = mail("Hannah Cole <hannah.cole@brightwell.co.uk>", "Emre Yıldız <emre.yildiz@bursadisplay.com.tr>",
             "RE: BW-55120 mock-up counter units - photos", "Wed, 05 Jun 2024 16:40:00 +0100", text,
             in_reply_to="<h122-mockup-photos@bursadisplay.com.tr>")
    case("c04_scoped_signoff_reply", [],
         "mock-up signed off for fit/colour only; 12 authorised, 288 on hold until written release by Hannah after pilot sign-off",
         [("re_bw55120_mockup.eml", eml_bytes(m))])


# c05: full-quantity PO that says proceed, per-store table, no balance
def c05():
    rows = [
        ["Line", "Item", "Description", "Qty", "Unit", "Unit price CAD", "Amount CAD"],
        ["1", "CL-600-MR", "Illuminated channel-letter kit 'MAPLE RIDGE', 600 mm cap height, face-lit, IP66", "14", "kit", "1,980.00", "27,720.00"],
        ["2", "BS-450-MR", "Projecting blade sign 450 mm, double-sided, bracket incl.", "14", "pcs", "615.00", "8,610.00"],
        ["3", "LED-MOD-12V", "Spare LED modules 12 V, 6500 K", "28", "pcs", "9.40", "263.20"],
        ["", "", "", "", "", "Total", "36,593.20"],
    ]
    stores = [
        ["Store", "City", "Install date", "CL-600", "BS-450", "LED spare"],
        ["#1201 Yorkdale", "Toronto ON", "09 Sep 2024", "1", "1", "2"],
        ["#1207 Sherway", "Etobicoke ON", "11 Sep 2024", "1", "1", "2"],
        ["#1210 Rideau", "Ottawa ON", "16 Sep 2024", "1", "1", "2"],
        ["#1302 Laval", "Laval QC", "18 Sep 2024", "1", "1", "2"],
        ["... 10 further stores", "see line schedule MR-INST-24", "Sep-Oct 2024", "10", "10", "20"],
        ["Total", "", "", "14", "14", "28"],
    ]
    blocks = [
        ("h1", "PURCHASE ORDER MRO-30411"),
        ("p", "Maple Ridge Outfitters Inc. | 2200 Yonge Street, Suite 1700, Toronto ON M4S 2C6, Canada"),
        ("p", "Supplier: Istanbul Tabela Reklam Ltd. Şti., İkitelli OSB, Başakşehir, 34490 İstanbul, Türkiye"),
        ("p", "PO date: 24 June 2024 | Currency: CAD | Incoterms: DAP Toronto (Brampton DC) | Payment: net 45"),
        ("table", rows),
        ("sp",),
        ("h", "Delivery per store kit"),
        ("table", stores),
        ("sp",),
        ("h", "Order note"),
        ("p", "This PO is for the full quantity of the fall 2024 fascia refresh: 14 channel-letter kits, "
              "14 blade signs and 28 spare modules. There is no balance and no further quantity planned "
              "under this PO. Please proceed with the 14 kits, 14 blade signs and 28 spare modules as listed, "
              "to artwork MR-ART-2024-07 rev C (already signed off by our brand team on 19 June)."),
        ("p", "Electrical: CSA C22.2 No. 207 / cUL listed components required, label on each kit. "
              "Packing: one crate per store, marked with store number and install date."),
        ("sp",),
        ("p", "Buyer: Priya Sandhu, Sourcing Lead - Store Development | priya.sandhu@mapleridge.ca | +1 416 555 0187"),
    ]
    case("c05_full_qty_po_proceed", [],
         "full-quantity PO (14/14/28), no balance; 'proceed' names the quantities",
         [("PO_MRO-30411.pdf", pdf(blocks, pagesize=LETTER, title="PO MRO-30411",
                                   author="Maple Ridge Outfitters"))])


# p01: sample PO + quote attached, nothing on the balance
def p01():
    po = [
        ("h1", "BON DE COMMANDE / PURCHASE ORDER 4500-0118"),
        ("p", "Maison Lumière SAS - Direction Architecture Commerciale - 14 rue du Faubourg Poissonnière, "
              "75010 Paris, France. TVA FR 43 812 334 901"),
        ("p", "Fournisseur / Supplier: Shenzhen Brightsign Display Co., Ltd., Building 6, Xinhe Industrial Park, "
              "Bao'an District, Shenzhen 518101, China"),
        ("p", "Date: 06/05/2024   Devise: EUR   Incoterm: DAP Paris (magasin rue de Rennes)"),
        ("table", [
            ["Pos.", "Réf.", "Désignation / Description", "Qté", "PU EUR", "Total EUR"],
            ["10", "LB-1200-600-DS", "Caisson lumineux double face 1200 x 600, cadre alu anodisé, "
                                     "toile tendue SEG, LED 6500 K - PROTOTYPE", "6", "362,00", "2 172,00"],
            ["20", "FRT-PROTO", "Frais de transport aérien prototypes", "1", "310,00", "310,00"],
            ["", "", "", "", "Total HT", "2 482,00"],
        ]),
        ("sp",),
        ("p", "Livraison souhaitée: semaine 23. Tissu imprimé selon fichier ML-VIS-0524 (BAT joint au devis)."),
        ("p", "Conditions: paiement 60 jours fin de mois. Marquage CE et conformité EN 60598-1 exigés."),
        ("p", "Acheteur: Claire Fontaine, Acheteuse Projets Magasins, claire.fontaine@maisonlumiere.fr"),
    ]
    quote_doc = [
        ("h1", "QUOTATION Q-SZ-24-0871 rev B"),
        ("p", "Shenzhen Brightsign Display Co., Ltd. to Maison Lumière SAS, attn. Ms Claire Fontaine. "
              "Date 29 April 2024."),
        ("table", [
            ["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
            ["LB-1200-600-DS", "Double-sided fabric light box 1200x600, SEG, 6500K, prototype", "6", "362.00", "15 days"],
            ["LB-1200-600-DS", "Same, production for store roll-out", "420", "118.50", "30 days"],
            ["SEG-PRINT", "Replacement fabric print, per face", "840", "6.20", "with production"],
        ]),
        ("sp",),
        ("p", "Price basis: DAP Paris for prototypes by air; production FOB Shenzhen. Validity 90 days."),
        ("p", "Kevin Liu, Overseas Sales, Shenzhen Brightsign Display Co., Ltd., kevin.liu@brightsign-display.cn"),
    ]
    text = """Dear Kevin,

Please find attached our purchase order 4500-0118 and your quotation Q-SZ-24-0871 rev B.

The prototypes are for our pilot boutique rue de Rennes (Paris 6e). The fabric print file is
ML-VIS-0524, the same as in the BAT you sent on 29/04. Could you confirm the delivery date by
return, and send the DHL tracking when available?

Thank you and have a nice day,
Claire
""" + sig("Claire Fontaine", "Acheteuse Projets Magasins", "Maison Lumière SAS, Paris", "+33 1 44 83 21 07")
    m = mail("Claire Fontaine <claire.fontaine@maisonlumiere.fr>", "Kevin Liu <kevin.liu@brightsign-display.cn>",
             "Commande 4500-0118 - caissons lumineux prototypes", "Mon, 06 May 2024 10:42:00 +0200", text,
             html=para_html(text),
             attachments=[("BC_4500-0118.pdf", pdf(po, title="BC 4500-0118", author="Maison Lumiere"), PDF_MT),
                          ("Q-SZ-24-0871_revB.pdf", pdf(quote_doc, title="Q-SZ-24-0871 rev B",
                                                        author="Shenzhen Brightsign"), PDF_MT)])
    case("p01_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
         "PO for 6 prototypes with attached quote showing 420 production; nothing says not released, no event, no person",
         [("commande_4500-0118.eml", eml_bytes(m))])


# p02: folder PO + quote; phase 1 balance held, but phase 2&3 quantity in the quote unlabelled
def p02():
    po = [
        ("h1", "PURCHASE ORDER HV-22904"),
        ("p", "Harrow & Vale Shopfitting Ltd, Unit 4 Abbey Road Industrial Park, London NW10 7SJ, United Kingdom"),
        ("p", "Supplier: Reklama-Pol Sp. z o.o., ul. Bukowska 285, 60-189 Poznań, Poland"),
        ("p", "Project: Riverside Retail Park wayfinding (client: Riverside Estates plc)   Date: 13 May 2024"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price GBP", "Value GBP"],
            ["10", "WT-1800", "Prototype freestanding wayfinding totem, 1800 x 600 x 120 mm, "
                              "ACM skin, internally lit, RAL 7016", "2", "1,140.00", "2,280.00"],
        ]),
        ("sp",),
        ("h", "Scope of this PO"),
        ("p", "Only the two (2) prototype totems on line 10 are released. The remaining 46 totems for Phase 1 "
              "are NOT released and remain on hold: do not buy material for them or start them. They will be "
              "released by a revised PO signed by Tom Ashby (Operations Director) after the prototypes have been "
              "signed off on site by Riverside Estates."),
        ("p", "Delivery of the prototypes: DAP Riverside Retail Park, Gate C, by 14 June 2024. Book the delivery "
              "slot with site manager Lee Harper 48 h in advance (+44 7700 900 412)."),
        ("p", "Standards: BS EN 12899-1 (structural), BS EN 60598-2-1 luminaires. Foundation bolts M16 x 300 "
              "supplied by others."),
        ("sp",),
        ("p", "Buyer: Daniel Bennett, Senior Buyer, d.bennett@harrowvale.co.uk, +44 20 8965 3301"),
    ]
    q = [
        ("h1", "OFERTA / QUOTATION RP-2024-117"),
        ("p", "Reklama-Pol Sp. z o.o. for Harrow & Vale Shopfitting Ltd - Riverside Retail Park wayfinding. "
              "Date 2 May 2024. Valid 60 days."),
        ("table", [
            ["Pos.", "Description", "Qty", "Unit price GBP", "Delivery"],
            ["1", "WT-1800 totem, prototype", "2", "1.140,00", "4 weeks"],
            ["2", "WT-1800 totem, Phase 1 (incl. 2 prototypes)", "48", "865,00", "6 weeks"],
            ["3", "WT-1800 totem, Phase 2 & 3 (car park + food court)", "160", "790,00", "Q1 2025"],
            ["4", "Directory panel DP-2400, Phase 2 & 3", "24", "1.320,00", "Q1 2025"],
        ]),
        ("sp",),
        ("p", "Prices ex works Poznań, packed in wooden crates. Transport to London quoted separately: GBP 1.850 "
              "per full truck (max 24 totems)."),
        ("p", "Marek Nowicki, Sales Director, Reklama-Pol, m.nowicki@reklama-pol.pl"),
    ]
    case("p02_po_hold_phase1_quote_phase23", ["RG001"],
         "PO holds the 46 Phase-1 balance properly, but the attached quote's 160 totems / 24 panels for Phase 2&3 appear with nothing saying informational or not released",
         [("po_HV-22904.pdf", pdf(po, title="PO HV-22904", author="Harrow & Vale")),
          ("quote_RP-2024-117.pdf", pdf(q, title="RP-2024-117", author="Reklama-Pol"))])


# p03: vendor portal PO page with quoted programme column
def p03():
    rows = [
        ["Line", "Item", "Description", "Qty ordered", "UoM", "Unit price SGD", "Quoted programme qty", "Need-by"],
        ["1", "AD-450", "Countertop eyewear display, clear cast acrylic, LED header - prototype", "3", "EA", "231.00", "360", "28-Jun-2024"],
        ["2", "FRT", "Air freight Dongguan - Singapore", "1", "LOT", "185.00", "-", "28-Jun-2024"],
    ]
    body = f"""<div style="background:#003b5c;color:#fff;padding:8px"><b>Lion City Optics</b> &middot; Supplier Portal</div>
<h2>Purchase Order LCO-PO-77310</h2>
<table>
<tr><th>Supplier</th><td>Dongguan Huaxing Acrylic Products Co., Ltd. (vendor 40021)</td></tr>
<tr><th>Buyer</th><td>Tan Wei Ling, Store Design &amp; Procurement</td></tr>
<tr><th>Order date</th><td>03-Jun-2024</td></tr>
<tr><th>Status</th><td>Open &mdash; supplier acknowledgement pending</td></tr>
<tr><th>Ship to</th><td>Lion City Optics, ION Orchard #B3-19 (pilot store), 2 Orchard Turn, Singapore 238801</td></tr>
</table>
<h3>Lines</h3>
{html_table(rows)}
<h3>Notes to supplier</h3>
<p>Kindly ship the prototypes by air to our ION Orchard pilot store, attention Mr Jason Lim (store manager).
Frame slot pitch as per drawing LCO-DWG-450 rev 4. Please acknowledge this PO in the portal within 2 working days.</p>
<p>Invoices must quote the PO number and line number. GST registration no. M2-0091234-5.</p>
<p style="font-size:11px;color:#777">Generated 03-Jun-2024 14:22 SGT &middot; LCO SRM 7.1</p>"""
    case("p03_portal_po_programme_column", ["RG001", "RG003", "RG004", "RG005"],
         "portal PO for 3 prototypes shows quoted programme qty 360 beside it; nothing on balance, event or who releases",
         [("LCO-PO-77310.html", html_page("LCO-PO-77310", body))])


# p04: WhatsApp, MX buyer - VN supplier; PO for 3 mock-ups, quote with 260 mentioned, no hold
def p04():
    chat = """[10/06/24, 09:12:44] Mariana Ortega (Colibrí): Hola Duc! buenos días 🙂
[10/06/24, 09:13:02] Mariana Ortega (Colibrí): Ya te mandé la OC 7731 por correo - PO 7731 sent for the 3 mock-ups of the sunglasses POS stand 👍
[10/06/24, 09:13:40] Mariana Ortega (Colibrí): La cotización también va adjunta a la OC: 3 mock-ups + 260 para el roll-out de las 130 tiendas (2 por tienda)
[10/06/24, 09:15:10] Tran Minh Duc (Saigon POS): Good morning Mariana! Received, thank you so much
[10/06/24, 09:15:31] Tran Minh Duc (Saigon POS): Mock-up ETD 24/06 by DHL, I will send tracking
[10/06/24, 09:16:05] Mariana Ortega (Colibrí): Perfecto. Acuérdate del color: Pantone 7406 C amarillo, not the orange one from the catalogue 😅
[10/06/24, 09:16:48] Tran Minh Duc (Saigon POS): Yes yes noted 7406 C. Mirror is 3 mm safety mirror ok?
[10/06/24, 09:17:30] Mariana Ortega (Colibrí): sí, espejo de seguridad 3 mm ok. Y la base con niveladores por favor, los pisos en Perisur no están parejos
[10/06/24, 09:18:02] Tran Minh Duc (Saigon POS): 👌 levelling feet M8 added no extra cost
[10/06/24, 09:18:15] Mariana Ortega (Colibrí): gracias!! 🙏
[11/06/24, 17:40:09] Tran Minh Duc (Saigon POS): <attached: IMG_20240611_1738.jpg> first frame welded, powder coat tomorrow
[11/06/24, 17:52:33] Mariana Ortega (Colibrí): se ve bien 👍"""
    case("p04_whatsapp_mockups_quote", ["RG001", "RG003", "RG004", "RG005"],
         "buyer's chat: PO for 3 mock-ups with the 260 roll-out quantity beside it, never said not released, no event, no person",
         [("whatsapp_colibri_saigonpos.txt", txt(chat))])


# p05: DOCX artwork brief, first run 2 prototypes, per-store table of 80 unlabelled
def p05():
    stores = [["Magasin / Store", "Code", "Ville", "Light boxes per store"]]
    for s, c, v in [("Marché Jean-Talon", "EB-01", "Montréal"), ("Plateau", "EB-02", "Montréal"),
                    ("Vieux-Québec", "EB-07", "Québec"), ("Sherbrooke Nord", "EB-11", "Sherbrooke"),
                    ("Gatineau Centre", "EB-14", "Gatineau")]:
        stores.append([s, c, v, "2"])
    stores.append(["35 autres magasins (liste EB-STORES-2024)", "", "", "70"])
    stores.append(["Total", "", "", "80"])
    blocks = [
        ("h1", "Artwork brief - Bakery wall menu light boxes"),
        ("p", "Épicerie Boréale inc. - Design & Visual Merchandising - 5455 av. de Gaspé, bureau 800, "
              "Montréal QC H2T 3B3"),
        ("p", "To: Porto Expositores, Lda. (Maia, Portugal) - attn. Rui Carvalho. Brief ref. EB-ART-BAK-03, "
              "issued 20 May 2024 by Sophie Gagnon."),
        ("h", "1. What we need"),
        ("p", "Slim wall-mounted light boxes for the bakery counter menu: 1500 x 700 mm, 35 mm depth, "
              "edge-lit LGP, 4000 K, snap frame anodised black so staff can change the menu film. "
              "Bilingual menu (French first, English second) as required by the Charter of the French language."),
        ("h", "2. Artwork"),
        ("li", "Files: EB-BAK-MENU-FR-EN_v7.pdf (vector, fonts outlined), colour proof EB-CP-7 signed off on 14 May."),
        ("li", "Colours: Pantone 7722 C (forest green) and Pantone 7527 C (oat). No substitutions."),
        ("li", "Prices printed on removable vinyl strips, not on the main film."),
        ("h", "3. First run"),
        ("p", "Please produce the first run of two (2) prototype light boxes for our pilot store at Marché "
              "Jean-Talon, per this brief. Delivery by 28 June, DDP Montréal; our installer Construction "
              "Lavoie will fit them on 3 July."),
        ("h", "4. Stores"),
        ("table", stores),
        ("sp",),
        ("h", "5. Packing and labels"),
        ("p", "Each light box in its own carton, corners protected, labelled with store code. Electrical "
              "components cUL or CSA listed; 120 V driver."),
        ("p", "Contact: Sophie Gagnon, Directrice Design & Marchandisage, sophie.gagnon@epicerieboreale.ca, "
              "514 555-0142"),
    ]
    case("p05_artwork_brief_first_run", ["RG001", "RG003", "RG004", "RG005"],
         "brief authorizes 2 prototype light boxes; store table totals 80 with nothing saying not released; no event, no person",
         [("EB-ART-BAK-03_brief.docx", docx_bytes(blocks, author="Sophie Gagnon"))])


# p06: quoted thread, proper scope, then unscoped "go ahead" on a colour proof
def p06():
    orig = """Bonjour Emre,

Please find our PO ED-2024-311 attached: six (6) mock-up menu boards only, for the pilot
restaurant in Villeurbanne. The balance of 294 boards is not released and stays on hold until
I send you a written release, after our client has signed off the pilot restaurant.

Cordialement,
Julien Marchand
Chef de projet, Enseignes Duval SAS"""
    sup = """Dear Julien,

Thank you for the PO. Colour proof v3 attached (RAL 3020 frame, Pantone 485 C logo, matt
laminate). The red is now closer to your physical swatch, we changed the white ink underlay.

Please confirm if we can proceed.

Best regards,
Emre Yıldız
Bursa Display San. ve Tic. A.Ş."""
    text = """Emre,

Looks perfect, you can go ahead. Merci !

Julien

""" + quote("Le 12/06/2024 à 09:31, Emre Yıldız a écrit :\n" + sup + "\n\n" +
            quote("Le 07/06/2024 à 15:02, Julien Marchand a écrit :\n" + orig)) + "\n" + \
        sig("Julien Marchand", "Chef de projet", "Enseignes Duval SAS, 38 rue de la Villette, 69003 Lyon",
            "+33 4 78 62 90 15")
    m = mail("Julien Marchand <j.marchand@enseignes-duval.fr>", "Emre Yıldız <emre.yildiz@bursadisplay.com.tr>",
             "RE: RE: PO ED-2024-311 menu boards - colour proof v3", "Wed, 12 Jun 2024 10:05:00 +0200", text,
             in_reply_to="<h122-proof-v3@bursadisplay.com.tr>")
    case("p06_thread_go_ahead_proof", ["RG002"],
         "scope is complete in quoted PO mail (6 released, 294 held until Julien's written release), but the reply 'you can go ahead' names no quantity",
         [("re_ED-2024-311_proof.eml", eml_bytes(m))])


# p07: Slack Connect export; pinned scope complete; "green light from us" unscoped
def p07():
    chat = """#maple-ridge-x-luxpanel  (Slack Connect, exported 2024-07-08)

2024-06-20 14:02  Priya Sandhu (Maple Ridge)  📌 pinned
  Scope reminder for PO MRO-30522: it covers 10 pilot light boxes (LB-900-SS) only.
  The other 230 for the fall roll-out are NOT released - they will be released on a revised PO
  that I sign, once the Yorkdale pilot store is signed off by Store Ops.

2024-06-20 14:05  Piotr Kaczmarek (LuxPanel)
  thanks Priya, clear. 10 pcs in production, ship week 27

2024-06-27 09:48  Piotr Kaczmarek (LuxPanel)
  customs question - do you want us to add the CUSMA note? I think no because origin is Poland 🙂

2024-06-27 10:15  Priya Sandhu (Maple Ridge)
  correct, no CUSMA, it's EU origin. CETA certificate of origin on the invoice please

2024-07-04 16:31  Piotr Kaczmarek (LuxPanel)
  Hi Priya, LED colour temp 4000K confirmed with your store design team (Mathieu). Film sample
  with the new black is on the way to you by UPS 1Z 9W8 471 04 2291 8830. Are we OK?

2024-07-04 17:02  Priya Sandhu (Maple Ridge)
  yep, green light from us 👍 thanks Piotr

2024-07-04 17:03  Piotr Kaczmarek (LuxPanel)
  super, thank you!"""
    case("p07_slack_green_light", ["RG002"],
         "pinned scope complete (10 released, 230 held until Priya signs revised PO after pilot sign-off); later 'green light from us' has no quantity",
         [("slack_mapleridge_luxpanel.txt", txt(chat))])


# p08: "approved" for artwork and for PO, then "Go ahead!"; attached PO complete
def p08():
    po = [
        ("h1", "ORDEN DE COMPRA / PURCHASE ORDER FN-OC-24-0932"),
        ("p", "Farmacias del Norte S.A. de C.V. - Av. Constitución 2050 Pte., Monterrey, N.L. 64000, México"),
        ("p", "Proveedor: Shenzhen Brightsign Display Co., Ltd. - Fecha: 15/07/2024 - Moneda: USD - FOB Shenzhen"),
        ("table", [
            ["Partida", "Código", "Descripción", "Cant.", "P.U. USD", "Importe USD"],
            ["1", "CJ-LUZ-800", "Caja de luz LED muro farmacia 800 x 1200, muestra / sample", "8", "96.00", "768.00"],
        ]),
        ("sp",),
        ("h", "Alcance / Scope"),
        ("p", "This PO covers the 8 sample light boxes only. The balance of 392 light boxes on your quotation "
              "BS-Q-24-1102 is not released and remains on hold. The balance will only be released in writing "
              "by Jorge Treviño (Gerente de Compras) after the pilot store at Sucursal San Pedro has been signed off."),
        ("p", "Embarque: aéreo a Monterrey (MTY), agente aduanal Grupo Aduanero Regio. Factura con fracción "
              "arancelaria 9405.61.99."),
        ("p", "Comprador: Jorge Treviño, Gerente de Compras, jtrevino@farmaciasdelnorte.mx"),
    ]
    text = """Hi Kevin,

Good news: the artwork is approved by our marketing team, and the PO was approved by finance this
morning (attached). Go ahead!

We will send the San Pedro store address for the samples tomorrow, the store is doing a
remodel so maybe the delivery goes to our CEDIS in Apodaca instead.

Saludos,
Jorge
""" + sig("Jorge Treviño", "Gerente de Compras", "Farmacias del Norte S.A. de C.V., Monterrey", "+52 81 8340 2200")
    m = mail("Jorge Treviño <jtrevino@farmaciasdelnorte.mx>", "Kevin Liu <kevin.liu@brightsign-display.cn>",
             "OC FN-OC-24-0932 cajas de luz", "Mon, 15 Jul 2024 18:20:00 -0600", text,
             attachments=[("FN-OC-24-0932.pdf", pdf(po, title="FN-OC-24-0932", author="Farmacias del Norte"), PDF_MT)])
    case("p08_approved_twice_go_ahead", ["RG002", "RG009"],
         "'approved' used for artwork (technical) and PO (commercial); 'Go ahead!' without quantity; PO scope itself complete",
         [("mail_FN-OC-24-0932.eml", eml_bytes(m))])


# p09: ERP printout: PO STATUS RELEASED (commercial) vs production NOT RELEASED; "GOOD TO RUN"
def p09():
    erp = """NORTHGATE BOOKS LTD                       PURCHASE ORDER                         PAGE   1 OF   1
SYS: NGB-ERP R12                          PRINTED 21/05/2024 11:07                USER  SPATEL
------------------------------------------------------------------------------------------------
PO NUMBER    : 4700021853                 PO DATE   : 20/05/2024     PO TYPE : NB  STANDARD
PO STATUS    : RELEASED                   REL. BY   : FIN-GRP2       CURRENCY: GBP
VENDOR       : 300418  PORTO EXPOSITORES LDA, RUA DO PARAISO 212, 4470-174 MAIA, PORTUGAL
SHIP TO      : NGB DC BURTON, PLOT 7 CENTRUM 100, BURTON-ON-TRENT DE14 2WB
BUYER        : S.PATEL  (STORE FIXTURES)  TEL 01283 552 190
------------------------------------------------------------------------------------------------
LN  MATERIAL        DESCRIPTION                           QTY UOM   UNIT PRICE        NET VALUE
--- --------------- ------------------------------------ ---- --- ------------ ----------------
010 FXT-RSR-3T      BOOK-TABLE RISER 3-TIER OAK VENEER       6 EA       212.00          1272.00
                    PROTOTYPE - DRG NGB-FX-3000 REV 12
020 FRT-EU          FREIGHT PT-UK, GROUPAGE                  1 LOT      380.00           380.00
                                                                       TOTAL         1652.00
------------------------------------------------------------------------------------------------
HEADER TEXT:
  SAMPLE ORDER: 6 PCS ONLY. BALANCE 594 PCS NOT RELEASED - HOLD UNTIL WRITTEN
  RELEASE BY R. OKAFOR (HEAD OF STORE DEVELOPMENT) AFTER PILOT STORE SIGN-OFF
  (HARROGATE, W/C 24/06).
  ARTWORK/FINISH PROOF V2 OK - GOOD TO RUN (S.PATEL 20/05)
  DELIVERY: BOOK SLOT VIA DC PORTAL, MAX PALLET HEIGHT 1.8M, EUR PALLETS ONLY
------------------------------------------------------------------------------------------------
TERMS: NET 60 EOM. NGB STANDARD T&C (NGB-PT-2019) APPLY. ISO 14001 FSC-CERTIFIED VENEER REQUIRED.
*** END OF DOCUMENT ***"""
    case("p09_erp_po_released_good_to_run", ["RG002", "RG009"],
         "ERP: 'PO STATUS: RELEASED' (commercial) vs 'NOT RELEASED' (production); 'GOOD TO RUN' with no quantity; hold/event/person present",
         [("PO_4700021853.txt", txt(erp))])


# p10: WeChat export: hold stated but no event/person; "you can proceed" unscoped
def p10():
    chat = """WeChat chat history export - "LCO x Huaxing acrylic" - 2024-06-03 to 2024-06-21

2024-06-03 15:02 Tan Wei Ling: Hi Lily, PO LCO-PO-77402 sent for 4 prototype counter stands (AD-520)
2024-06-03 15:03 Tan Wei Ling: the remaining 396 are on hold ya, don't start them
2024-06-03 15:20 Lily Zhang 张莉: Dear Wei Ling, well received, thank you. 4 pcs prototype ETD 14 June by air
2024-06-05 10:11 Lily Zhang 张莉: [Image] acrylic thickness 5mm or 6mm for base? drawing say 5mm but sample photo look thicker
2024-06-05 10:40 Tan Wei Ling: 6mm base, 5mm for the shelves. I update the drawing to rev 5
2024-06-05 10:41 Lily Zhang 张莉: OK 👌
2024-06-14 18:05 Lily Zhang 张莉: prototype shipped, AWB 176-2291 4410
2024-06-19 11:32 Lily Zhang 张莉: Dear Wei Ling, store list for wave 1 received from your colleague Jason. Shall we continue?
2024-06-19 11:58 Tan Wei Ling: Yes store list confirmed, you can proceed 👍
2024-06-19 11:59 Lily Zhang 张莉: Thank you dear 🙏"""
    case("p10_wechat_proceed_hold_no_event", ["RG002", "RG004", "RG005"],
         "4 prototypes; remaining 396 said on hold but no unlock event and no named releaser; later 'you can proceed' unscoped",
         [("wechat_lco_huaxing.txt", txt(chat))])


for _f in (c01, c02, c03, c04, c05, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10):
    _f()


# ------------------------------------------------------------------- batch 2

# c06: call-off with explicit staged material authority above the released quantity
def c06():
    rows = [["Magasin", "Code", "Pose / install", "Kits menu (2 panneaux)"]]
    for s, c, d in [("Lille Grand Place", "CG-001", "02/09/2024"), ("Lille Wazemmes", "CG-004", "02/09/2024"),
                    ("Roubaix", "CG-009", "04/09/2024"), ("Arras", "CG-015", "06/09/2024"),
                    ("Amiens", "CG-021", "09/09/2024")]:
        rows.append([s, c, d, "2"])
    rows.append(["25 autres magasins vague 1 (annexe A)", "", "09-27/09/2024", "50"])
    rows.append(["Total appel de livraison", "", "", "60"])
    blocks = [
        ("h1", "Appel de livraison / Call-off CG-CO-2024-07"),
        ("p", "Carré Gourmand SAS - Achats Réseau - 120 avenue de la République, 59110 La Madeleine, France"),
        ("p", "Fournisseur: Braga Sinalética, Lda., Zona Industrial de Adaúfe, 4710-574 Braga, Portugal"),
        ("p", "Contrat-cadre / framework PO CG-PO-88120 (commercial cover 300 menu-board kits, quote BS-2024-061). "
              "Date: 01/07/2024"),
        ("h", "1. Production released by this call-off"),
        ("p", "Sixty (60) menu-board kits, wave 1 (30 stores x 2 panels), as per the table below. This is the only "
              "quantity released for production today."),
        ("table", rows),
        ("sp",),
        ("h", "2. Balance"),
        ("p", "The other 240 kits covered by the framework PO are not released and stay on hold. Each further wave "
              "will be released by its own call-off, signed by Nathalie Dumont (Responsable Achats Réseau). Please do "
              "not cut, print or assemble anything beyond the 60 kits."),
        ("h", "3. Material authority"),
        ("p", "Staged material authority up to 300 kits: you may buy and hold aluminium frame profile, 3 mm opal "
              "acrylic and LED strip for up to 300 kits at our liability, to protect the autumn lead time. "
              "This authority covers raw material only; it releases no production."),
        ("h", "4. Logistics"),
        ("p", "Delivery DAP per store, 3 working days before install. One pallet per 10 stores, labelled with store "
              "code. Proof of delivery signed by the store manager."),
        ("sp",),
        ("p", "Nathalie Dumont - Responsable Achats Réseau - n.dumont@carre-gourmand.fr - +33 3 20 55 81 40"),
    ]
    case("c06_calloff_staged_material", [],
         "call-off releases 60; 240 held until next call-off signed by Nathalie Dumont; explicit staged material authority up to 300",
         [("CG-CO-2024-07.docx", docx_bytes(blocks, author="Nathalie Dumont"))])


# c07: explicit, recorded auto-conversion with quantity, signer and conditions
def c07():
    blocks = [
        ("h1", "Sample and Release Agreement SRA-MM-2024-05"),
        ("p", "Between Merlion Mart Pte Ltd (buyer), 10 Tampines Central 1 #07-20, Singapore 529536, and "
              "Hanoi Lightbox Co., Ltd (supplier), Lot B4 Quang Minh Industrial Park, Me Linh, Hanoi, Vietnam."),
        ("p", "Order: LB-1500-DS double-sided LED entrance light box, drawing MM-LB-1500 rev 3. "
              "Commercial cover: PO MM-PO-240611, 240 units."),
        ("table", [
            ["", "Quantity", "Status on 11 June 2024"],
            ["Samples", "4", "Released for production now"],
            ["Balance", "236", "NOT released - on hold until the event below"],
            ["Total (PO MM-PO-240611)", "240", ""],
        ]),
        ("sp",),
        ("h", "Recorded auto-conversion"),
        ("p", "The parties agree and record the following auto-conversion: if Ravi Chandran (Senior Manager, Store "
              "Development) signs a written sample sign-off with the disposition 'approved' for the 4 samples, the "
              "balance of 236 units is released for production by that signed sign-off itself, with no further "
              "release notice."),
        ("p", "Conditions: (a) the auto-conversion applies only to a full 'approved' disposition; an interim or "
              "rejected disposition releases nothing; (b) it lapses if the sign-off is not signed by 31 August 2024, "
              "after which the 236 units need a separate written release from Ravi Chandran; (c) a stop notice "
              "from Merlion Mart suspends it."),
        ("h", "Material authority"),
        ("p", "Sample-only until the signed sign-off: the supplier buys material for the 4 samples only."),
        ("sp",),
        ("table", [
            ["For Merlion Mart Pte Ltd", "For Hanoi Lightbox Co., Ltd"],
            ["Ravi Chandran, Senior Manager Store Development - signed 11/06/2024",
             "Nguyen Thi Hoa, Deputy Director - signed 11/06/2024"],
        ]),
    ]
    case("c07_explicit_auto_conversion", [],
         "explicit recorded auto-conversion naming 236 units, the signer and conditions; 4 released, balance held",
         [("SRA-MM-2024-05.pdf", pdf(blocks, title="SRA-MM-2024-05", author="Merlion Mart"))])


# c08: PO in mail; old quote forwarded as message/rfc822, declared informational
def c08():
    old_text = """Dear Mr Bergeron,

Thank you for your inquiry. Please see our offer for the produce-bin header signs:

- PBH-600 header sign, 600 x 200 mm, 3 mm PVC foam, UV print 4/0, 2 holes 6 mm
- 5,000 pcs: USD 2.85 / pc, FOB Ho Chi Minh City, 35 days
- 10,000 pcs: USD 2.40 / pc

Best regards,
Tran Minh Duc
Saigon POS Display JSC"""
    old = mail("Tran Minh Duc <duc.tran@saigonpos.vn>", "Luc Bergeron <l.bergeron@epicerieboreale.ca>",
               "Offer produce-bin header signs PBH-600", "Thu, 14 Sep 2023 15:20:00 +0700", old_text)
    text = """Hi Duc,

Please find below our PO EB-PO-5120 for twelve (12) prototype produce-bin header signs, PBH-600
in the new 2024 design (file EB-PBH-2024_v3.pdf, sent by WeTransfer this morning).

  PO EB-PO-5120 - PBH-600 prototype header sign - 12 pcs - USD 6.50/pc - DAP Montréal

Only the 12 prototypes are released. For background I am forwarding your 2023 offer to my
predecessor Luc (attached). The quantities in that offer (5,000 / 10,000 pcs) are for
information only: nothing is ordered or released against them, and please do not buy board or ink for any quantity beyond the
12. Any production quantity stays on hold until I release it in writing, after the pilot store
(Plateau) has signed off the prototypes at the end of July.

Merci et bonne journée,
Sophie
""" + sig("Sophie Gagnon", "Directrice Design & Marchandisage", "Épicerie Boréale inc., Montréal",
          "+1 514 555 0142")
    m = mail("Sophie Gagnon <sophie.gagnon@epicerieboreale.ca>", "Tran Minh Duc <duc.tran@saigonpos.vn>",
             "PO EB-PO-5120 prototype header signs + old offer FYI", "Tue, 02 Jul 2024 09:05:00 -0400", text,
             attachments=[("rfc822", old)])
    case("c08_po_with_forwarded_old_quote", [],
         "12 prototypes released; forwarded 2023 offer with 5,000 declared informational; production held until Sophie's written release after pilot sign-off",
         [("EB-PO-5120_prototypes.eml", eml_bytes(m))])


# c09: buyer corrects a quoted supplier assumption of auto-conversion
def c09():
    sup = """Dear Camille,

Prototype light boxes (5 pcs) will arrive Lyon on Tuesday. After your team approve the
prototype next week, we will start the 350 pcs directly to save time, no need to wait for
more documents.

Best regards,
Kevin Liu
Shenzhen Brightsign Display Co., Ltd."""
    text = """Kevin,

Thank you for the update on the delivery.

But no: the sign-off of the prototypes does not release the 350. Under PO 4500-0177 you are
authorised for the 5 prototypes only; the 350 are not released and remain on hold. They will
be released only by a written release from me, and only after the prototype sign-off at our
pilot boutique in Lyon (Presqu'île). Please do not buy fabric or LED for the 350 before that.

If the sign-off goes well I will try to send the release the same week, so you lose little time.

Bien cordialement,
Camille
""" + "\n" + quote("De : Kevin Liu <kevin.liu@brightsign-display.cn>\nEnvoyé : vendredi 14 juin 2024 03:12\n"
                   "Objet : PO 4500-0177 prototype delivery\n\n" + sup) + "\n" + \
        sig("Camille Roux", "Responsable Achats", "Maison Lumière SAS, Paris", "+33 1 44 83 21 10")
    m = mail("Camille Roux <camille.roux@maisonlumiere.fr>", "Kevin Liu <kevin.liu@brightsign-display.cn>",
             "RE: PO 4500-0177 prototype delivery", "Fri, 14 Jun 2024 08:47:00 +0200", text,
             html=para_html(text), in_reply_to="<h122-proto-delivery@brightsign-display.cn>")
    case("c09_buyer_corrects_auto_conversion", [],
         "quoted supplier assumes auto-conversion; buyer's reply: 5 authorised, 350 held until Camille's written release after prototype sign-off",
         [("re_4500-0177_delivery.eml", eml_bytes(m))])


# c10: supplier: the deposit does not release production; proforma attached
def c10():
    pi = [
        ("h1", "PROFORMA INVOICE PI-2024-0412"),
        ("p", "Istanbul Tabela Reklam Ltd. Şti. - İkitelli OSB Mah., Metal İş San. Sit. 12. Blok No: 8, "
              "Başakşehir 34490 İstanbul - VAT no. 478 012 3391"),
        ("p", "Customer: Harrow & Vale Shopfitting Ltd, London NW10 7SJ - your PO HV-23011 dated 18/06/2024"),
        ("table", [
            ["Description", "Amount GBP"],
            ["Deposit 30% of PO HV-23011 commercial value (GBP 41.760,00)", "12.528,00"],
            ["Bank: Garanti BBVA, IBAN TR33 0006 2000 4410 0006 2994 17, SWIFT TGBATRIS", ""],
        ]),
        ("sp",),
        ("p", "Note: the deposit secures the production slot in week 33-35 and the aluminium price. "
              "The deposit does not release production. Production of the fascia signs starts only on the "
              "customer's written production release."),
    ]
    text = """Dear Daniel,

Please find attached our proforma PI-2024-0412 for the 30% deposit on PO HV-23011.

To avoid any misunderstanding like last year: the deposit only secures our slot in weeks 33-35
and the aluminium price. The deposit does not release production. Under your PO we are released
for the 2 prototype fascia signs only, and we will start the other 178 only after your written
production release, as your PO says. Until then we buy material only for the 2 prototypes.

Prototypes are in paint shop now, ready for inspection on 3 July.

Saygılarımla / Best regards
""" + sig("Selin Aydın", "Export Sales Manager", "Istanbul Tabela Reklam Ltd. Şti.", "+90 212 671 44 08")
    m = mail("Selin Aydın <selin.aydin@istanbultabela.com.tr>", "Daniel Bennett <d.bennett@harrowvale.co.uk>",
             "PI-2024-0412 deposit PO HV-23011", "Thu, 20 Jun 2024 11:30:00 +0300", text,
             attachments=[("PI-2024-0412.pdf", pdf(pi, title="PI-2024-0412", author="Istanbul Tabela"), PDF_MT)])
    case("c10_deposit_not_release", [],
         "supplier states the deposit does not release production; 2 prototypes only, balance waits for written release",
         [("PI-2024-0412_mail.eml", eml_bytes(m))])


# c11: supplier acknowledgement restating the hold
def c11():
    blocks = [
        ("h1", "ORDER ACKNOWLEDGEMENT OA-SPD-24-088"),
        ("p", "Saigon POS Display JSC - Lot C3, Tan Thuan Export Processing Zone, District 7, Ho Chi Minh City, Vietnam"),
        ("p", "To: Tiendas Colibrí S.A. de C.V., Av. Insurgentes Sur 1605, Ciudad de México. Attn: Ms Mariana Ortega"),
        ("p", "Your PO: 7790 dated 01/07/2024. Our acknowledgement date: 03/07/2024."),
        ("table", [
            ["Item", "Description", "Qty", "Status"],
            ["SP-STD-180", "Sunglasses POS floor stand 1800 mm, Pantone 7406 C, 3 mm safety mirror - SAMPLE", "6",
             "Released under PO 7790 - in production, ETD 19/07"],
            ["SP-STD-180", "Balance of quotation SPD-Q-24-061", "254", "NOT released - not started, no material bought"],
        ]),
        ("sp",),
        ("p", "We acknowledge the scope of PO 7790 as written: six (6) sample stands only. The balance of 254 stands "
              "is not released; we will not start it and we will not buy material for it. We will wait for the "
              "written release from Ms Mariana Ortega (Gerente de Visual Merchandising) after your sample sign-off "
              "at the Perisur store."),
        ("p", "Shipping: DHL Express, DDP CDMX. Packing: 1 stand per crate, 2 crates per pallet."),
        ("sp",),
        ("p", "Tran Minh Duc - Sales Director - duc.tran@saigonpos.vn"),
    ]
    case("c11_supplier_ack_restates_hold", [],
         "supplier acknowledgement restating the scope: 6 released, 254 not released pending written release after sign-off",
         [("OA-SPD-24-088.pdf", pdf(blocks, title="OA-SPD-24-088", author="Saigon POS Display"))])


# c12: ERP printout full of identifiers that look like quantities; scope complete
def c12():
    erp = """BRIGHTWELL PHARMACY LTD - SAP ECC                                       PURCHASE ORDER
PRINT DATE 08.07.2024 10:52                                                 PAGE 001/001
==========================================================================================
PO NO.     4500812000          DOC TYPE  ZSMP (SAMPLE ORDER)      STATUS   ISSUED
VENDOR     1000500250          REKLAMA-POL SP. Z O.O., UL. BUKOWSKA 285, 60-189 POZNAN PL
PLANT      GB50  DC DAVENTRY   PURCH.GRP  P25 STORE FIXTURES      CURR     GBP
QUOTE REF  RP-Q-2500           DRAWING    DRG 5000 REV 20         STORE    1450 (LEEDS BRIGGATE)
==========================================================================================
ITEM MATERIAL           SHORT TEXT                               QTY  UN    PRICE      VALUE
---- ------------------ ---------------------------------------- ---- -- -------- ----------
0010 WF-1000-500-250    WAYFINDING PANEL 1000X500X250 ACM, RAL      5 EA    96.40     482.00
                        9003, ISO 7010:2019 E001/E002 ICONS,
                        BS 5499-4:2013, M6X20 FIXINGS, SAMPLE
0020 FRT-GRP            GROUPAGE PL-UK                              1 LO   240.00     240.00
                                                                          TOTAL     722.00
------------------------------------------------------------------------------------------
HEADER NOTE
  ONLY ITEM 0010 (5 EA SAMPLE PANELS) IS RELEASED FOR MANUFACTURE.
  THE 2,495 PANELS SHOWN IN QUOTE RP-Q-2500 ARE NOT RELEASED AND ARE ON HOLD.
  THEY WILL BE RELEASED ONLY BY A REVISED PO SIGNED BY K. ASANTE (SUPPLY CHAIN
  MANAGER) AFTER SAMPLE SIGN-OFF AT STORE 1450.
  MATERIAL: BUY FOR THE 5 SAMPLE PANELS ONLY.
  DELIVERY TO STORE 1450, 60 BRIGGATE, LEEDS LS1 6LH, GOODS IN 07:00-10:00.
------------------------------------------------------------------------------------------
BRIGHTWELL STANDARD TERMS BWT-2021 REV 3 APPLY. INVOICE TO AP, PO BOX 7000, DAVENTRY.
END OF PRINT"""
    case("c12_erp_identifiers", [],
         "ERP sample PO with many number-like identifiers (vendor 1000500250, DRG 5000 Rev 20, RP-Q-2500, store 1450); 5 released, 2,495 held until revised PO by K. Asante",
         [("PO_4500812000.txt", txt(erp))])


# p11: PDF sample PO, no word on the balance
def p11():
    rows = [
        ["Line", "Item", "Description", "Qty", "Unit price CAD", "Amount CAD"],
        ["1", "WP-A-EXIT", "Wayfinding panel type A (exit / fire assembly), 600 x 300, ACM 3 mm", "4", "88.00", "352.00"],
        ["2", "WP-B-DEPT", "Wayfinding panel type B (department), 1200 x 300, ACM 3 mm, hanging", "4", "142.00", "568.00"],
        ["3", "WP-C-WASH", "Wayfinding panel type C (washrooms), tactile + Braille, 200 x 200", "4", "65.00", "260.00"],
        ["", "", "", "12", "Total", "1,180.00"],
    ]
    blocks = [
        ("h1", "SAMPLE ORDER - PO HBH-24-1187"),
        ("p", "Hudson Bayview Home Ltd. - 1055 West Georgia Street, Suite 2100, Vancouver BC V6E 3P3, Canada"),
        ("p", "Supplier: Braga Sinalética, Lda., Zona Industrial de Adaúfe, 4710-574 Braga, Portugal"),
        ("p", "Date: 22 July 2024 | Currency: CAD | Incoterms: DAP Vancouver | Terms: net 30"),
        ("table", rows),
        ("sp",),
        ("p", "Twelve (12) prototype panels for our pilot store at Metrotown, Burnaby. Roll-out to the other stores to follow."),
        ("p", "Specification: Braille Grade 2 (UEB), tactile characters raised 0.8 mm, per CSA B651-18. Colours "
              "Pantone 295 C / white. Font: Frutiger 55."),
        ("p", "Please include installation templates and two spare fixing sets per panel type. Ship by air; "
              "the pilot store walk-through with the fire marshal is 29 August."),
        ("sp",),
        ("p", "Buyer: Kevin O'Connell, Procurement Specialist, koconnell@hudsonbayview.ca, 604-555-0199"),
    ]
    case("p11_sample_po_no_balance_words", ["RG003", "RG004", "RG005"],
         "sample PO for 12 prototypes with roll-out 'to follow'; never says the rest is not released, no event, no person",
         [("HBH-24-1187_sample_order.pdf", pdf(blocks, pagesize=LETTER, title="HBH-24-1187",
                                                author="Hudson Bayview Home"))])


# p12: mail asking for "the first articles" with no quantity and nothing on the rest
def p12():
    text = """Dear Ms Hoa,

Good day to you. Further to our video call on Tuesday, kindly arrange the first articles of
the LB-1500-DS double-sided LED entrance light box for our pilot stores, to drawing MM-LB-1500
rev 3 and the finishing schedule in our RFQ (powder coat RAL 9005 matt, 6500 K, IP54).

Please air-freight them to our DC at 2 Jurong Port Road, Singapore 619088, attention Mr Lim
Boon Keng (receiving). Do include the LED driver datasheet and the PSB / Safety Mark paperwork
so our electrical contractor can do the connection on site.

Our PO number will be issued by Finance this week; you may quote MM-PO-240702 on the commercial
invoice.

Thank you and regards,
Ravi
""" + sig("Ravi Chandran", "Senior Manager, Store Development", "Merlion Mart Pte Ltd, Singapore", "+65 6812 4470")
    m = mail("Ravi Chandran <ravi.chandran@merlionmart.com.sg>", "Nguyen Thi Hoa <hoa.nguyen@hanoilightbox.vn>",
             "First articles LB-1500-DS entrance light box", "Thu, 04 Jul 2024 10:18:00 +0800", text,
             html=para_html(text))
    case("p12_first_articles_no_qty", ["RG003", "RG004", "RG005", "RG010"],
         "asks for 'the first articles' for pilot stores: no quantity, nothing on the roll-out balance, no event, no releaser",
         [("mail_first_articles_LB-1500.eml", eml_bytes(m))])


# p13: thread: PO says eight mock-ups, later mail says "the 10 mock-ups"; hold "until further notice"
def p13():
    orig = """Dear Lily,

Please find attached our PO PM-24-0419 for eight (8) mock-ups of the acrylic fragrance
tester stand FT-300 (3 tiers, mirror back, engraved logo).

The remaining units are on hold until further notice. Any release of further units
will come from me.

Best regards,
Isabelle Moreau
Category Buyer - Visual Merchandising
Parfumerie Mirabelle SA"""
    sup = """Dear Isabelle,

The mock-ups are finished, photos attached. Can you please confirm delivery address
and if we ship by air or by express?

Best regards,
Lily Zhang
Dongguan Huaxing Acrylic Products Co., Ltd."""
    text = """Dear Lily,

Beautiful work, thank you. As per the PO, please ship the 10 mock-ups by express (FedEx IP,
our account 7714-2209-3) to our head office:

  Parfumerie Mirabelle SA - Service Merchandising
  31 boulevard Haussmann, 75009 Paris, France
  Attn: Isabelle Moreau

Commercial invoice in EUR with HS code 3926.90 please.

Best regards,
Isabelle

""" + quote("On 19 Jun 2024, Lily Zhang wrote:\n" + sup + "\n\n" +
            quote("On 3 Jun 2024, Isabelle Moreau wrote:\n" + orig)) + "\n" + \
        sig("Isabelle Moreau", "Category Buyer - Visual Merchandising", "Parfumerie Mirabelle SA, Paris",
            "+33 1 53 20 47 66")
    m = mail("Isabelle Moreau <i.moreau@parfumerie-mirabelle.fr>", "Lily Zhang <lily.zhang@hx-acrylic.cn>",
             "RE: RE: PO PM-24-0419 FT-300 mock-ups", "Thu, 20 Jun 2024 09:22:00 +0200", text,
             in_reply_to="<h122-ft300-photos@hx-acrylic.cn>")
    case("p13_thread_eight_vs_ten", ["RG004", "RG011"],
         "PO mail authorizes eight (8) mock-ups, later buyer mail says 'as per the PO ... the 10 mock-ups'; rest on hold 'until further notice' names no event",
         [("re_PM-24-0419_mockups.eml", eml_bytes(m))])


# p14: DOCX sample-order instructions; "stay on hold for now", no event, no person
def p14():
    blocks = [
        ("h1", "Pedido de muestras / Sample order instructions"),
        ("p", "Tiendas Colibrí S.A. de C.V. - Compras Exhibición - Av. Insurgentes Sur 1605, Col. San José Insurgentes, "
              "03900 Ciudad de México"),
        ("p", "To: Istanbul Tabela Reklam Ltd. Şti. - attn. Ms Selin Aydın. Our PO: COL-OC-7815. Date: 08/07/2024."),
        ("h", "Qué necesitamos / What we need"),
        ("p", "Twenty (20) prototype shelf-edge LED strips SE-LED-1200 for the Perisur pilot store, per the table. "
              "The other 180 from your quote stay on hold for now - please don't start them."),
        ("table", [
            ["Code", "Description", "Length", "Colour temp", "Qty"],
            ["SE-LED-1200", "Shelf-edge LED strip with printed price rail, aluminium profile", "1200 mm", "4000 K", "12"],
            ["SE-LED-900", "Same, short version for end caps", "900 mm", "4000 K", "8"],
            ["", "", "", "Total", "20"],
        ]),
        ("sp",),
        ("h", "Especificaciones"),
        ("li", "Voltage 24 V DC, driver NOM-certified for Mexico (NOM-001-SEDE / NOM-003-SCFI)."),
        ("li", "Price rail print: Pantone 7406 C yellow, black text, font Montserrat Bold."),
        ("li", "Connectors: plug-and-play, max 6 strips per driver."),
        ("h", "Envío"),
        ("p", "Air freight to AICM, customs broker Agencia Aduanal Ramírez. Please send the packing list 48 h "
              "before the flight."),
        ("p", "Contacto: Mariana Ortega, Gerente de Visual Merchandising, mortega@tiendascolibri.mx"),
    ]
    case("p14_docx_hold_for_now", ["RG004", "RG005"],
         "20 prototypes authorized; the other 180 'stay on hold for now' - no unlock event and no named person who releases",
         [("COL-OC-7815_muestras.docx", docx_bytes(blocks, author="Mariana Ortega"))])


# p15: portal release page: header 36 vs line 30; released by "Store Development" (unnamed)
def p15():
    rows = [
        ["Line", "Item", "Description", "PO qty", "Released qty", "Balance on hold", "Ship date"],
        ["1", "LB-900-SS", "Single-sided LED aisle-header light box 900 x 600", "300", "30", "270", "12-Aug-2024"],
    ]
    body = f"""<div style="background:#b2001e;color:#fff;padding:8px"><b>Merlion Mart</b> &middot; Supplier Portal &middot; Releases</div>
<h2>Production release MM-REL-0045</h2>
<table>
<tr><th>Supplier</th><td>Hanoi Lightbox Co., Ltd (vendor 20877)</td></tr>
<tr><th>PO</th><td>MM-PO-240655</td></tr>
<tr><th>Released quantity</th><td><b>36</b></td></tr>
<tr><th>Release date</th><td>22-Jul-2024</td></tr>
<tr><th>Reason</th><td>Pilot batch for Punggol and Tengah store openings</td></tr>
</table>
<h3>Release lines</h3>
{html_table(rows)}
<div class="note"><p><b>Balance:</b> the balance of this PO is not released and stays on hold until the
pilot stores have been signed off and a revised PO has been issued. The release will be issued by
Store Development.</p></div>
<p>Please confirm the ship date in the portal. Carton labels must show PO, release number and store code.</p>
<p style="font-size:11px;color:#777">Merlion Mart SRM &middot; generated 22-Jul-2024 16:05 SGT</p>"""
    case("p15_portal_release_36_vs_30", ["RG005", "RG011"],
         "release page header says 36 released, line says 30; balance held until sign-off + revised PO but releaser is an unnamed department",
         [("MM-REL-0045.html", html_page("MM-REL-0045", body))])


# p16: MX buyer: make the samples (no quantity); rest held until sign-off + revised PO; "management" releases
def p16():
    text = """Hola Marek,

Thanks for the new colour swatches, they arrived yesterday in Monterrey.

Please make the samples of the acrylic menu holders MH-A5 in the new colour, Pantone 7621 C,
with our logo laser-engraved on the base (file FN-LOGO-2024.ai attached to the previous mail).

El resto del pedido queda en hold: do not start the production quantity until the pilot
store in San Pedro has signed off the samples and we have sent you our revised PO. The
release will come from management.

Samples go to our CEDIS in Apodaca, N.L., please use DHL with our account 960 112 447.

Saludos,
Jorge
""" + sig("Jorge Treviño", "Gerente de Compras", "Farmacias del Norte S.A. de C.V., Monterrey", "+52 81 8340 2200")
    m = mail("Jorge Treviño <jtrevino@farmaciasdelnorte.mx>", "Marek Nowicki <m.nowicki@reklama-pol.pl>",
             "Muestras MH-A5 nuevo color / samples new colour", "Wed, 10 Jul 2024 12:40:00 -0600", text)
    case("p16_samples_no_qty_management", ["RG005", "RG010"],
         "asks for 'the samples' without a quantity; production held until sign-off + revised PO, but 'management' is no named person",
         [("muestras_MH-A5.eml", eml_bytes(m))])


# p17: supplier reply: material bought for full 600 while 20 released, material authority sample-only
def p17():
    orig = """Dear Burak,

PO OR-31877 attached. Twenty (20) pilot LED light boxes are released. The remaining 580 are
not released and stay on hold until a written release from me, after the pilot store sign-off
in Glasgow (Buchanan Street). Material authority: sample quantity only.

Kind regards,
Fiona MacLeod
Senior Buyer, Store Environment
Oakham & Reed Department Stores"""
    text = """Dear Fiona,

Thank you for PO OR-31877, 20 pcs are in production and will be ready for inspection on 26 July.

Just for your information: to protect the lead time before our summer holiday and the
aluminium price increase in August, we already ordered the 3 mm opal acrylic and the LED
modules for the complete 600 pcs. They arrive to our warehouse next week and we will keep
them here for you.

Photos of the first frame are attached.

Best regards,
Burak
""" + "\n" + quote("On 8 Jul 2024 at 14:10, Fiona MacLeod wrote:\n" + orig) + "\n" + \
        sig("Burak Demir", "Sales Engineer", "Anatolia Reklam Ürünleri A.Ş., Atatürk OSB, Çiğli / İzmir",
            "+90 232 376 19 00")
    m = mail("Burak Demir <burak.demir@anatoliareklam.com.tr>", "Fiona MacLeod <fiona.macleod@oakhamreed.co.uk>",
             "RE: PO OR-31877 pilot light boxes", "Fri, 12 Jul 2024 17:05:00 +0300", text,
             in_reply_to="<h122-or31877@oakhamreed.co.uk>")
    case("p17_supplier_bought_all_material", ["RG006"],
         "buyer scope complete and sample-only material authority; supplier says it bought acrylic and LEDs for the complete 600",
         [("re_OR-31877_pilot.eml", eml_bytes(m))])


# p18: WhatsApp: supplier books the forecast as a firm order and buys material for all of it
def p18():
    chat = """05/08/2024, 10:02 - Jorge Treviño: Hello Ms Hoa, OC FN-OC-24-1015 sent by email 👍
05/08/2024, 10:03 - Jorge Treviño: It is 10 pilot light boxes only. The other 1,190 are NOT released, on hold until I send you a written release after the pilot sign-off in San Pedro
05/08/2024, 10:04 - Jorge Treviño: Our 2025 forecast of 1,200 pcs is for info only, not an order
05/08/2024, 10:31 - Nguyen Thi Hoa: Dear Jorge, well noted with thanks
05/08/2024, 10:33 - Nguyen Thi Hoa: We book your 1,200 pcs as firm order in our system so the capacity is reserved for you 🙏
05/08/2024, 10:34 - Nguyen Thi Hoa: and we already bought the aluminium profile and LED for all 1,200 to save time, price is good now
05/08/2024, 10:35 - Nguyen Thi Hoa: 10 pilot pcs ETD 23/08
05/08/2024, 11:12 - Jorge Treviño: ok, send me the pilot tracking when you have it
05/08/2024, 11:13 - Nguyen Thi Hoa: Yes sure 👍"""
    case("p18_whatsapp_forecast_booked_material", ["RG006", "RG008"],
         "buyer scope complete and forecast labelled info-only; supplier books the 1,200 forecast as firm order and buys material for all 1,200",
         [("whatsapp_farmacias_hanoilightbox.txt", txt(chat))])


for _f in (c06, c07, c08, c09, c10, c11, c12, p11, p12, p13, p14, p15, p16, p17, p18):
    _f()


# ------------------------------------------------------------------- batch 3

# c13: WhatsApp; supplier asks to start the 300, buyer says no with complete scope
def c13():
    chat = """[02/09/24, 08:41:10] Tran Minh Duc (Saigon POS): Good morning Mariana 🌞
[02/09/24, 08:41:55] Tran Minh Duc (Saigon POS): 6 samples of the eyewear wall panel EW-240 are packed, DHL pickup today 15:00
[02/09/24, 08:42:30] Tran Minh Duc (Saigon POS): Mariana, can we start the 300 wall panels also? Our line is free next week
[02/09/24, 09:58:02] Mariana Ortega (Colibrí): Buenos días Duc! Gracias 🙏
[02/09/24, 09:59:40] Mariana Ortega (Colibrí): No todavía - only the 6 samples under OC 7902
[02/09/24, 10:00:15] Mariana Ortega (Colibrí): Los otros 294 quedan en hold: do not start them and do not buy MDF or mirror for them
[02/09/24, 10:01:03] Mariana Ortega (Colibrí): I will send the written release myself once the pilot store in Antara signs off the samples (visita 12 de septiembre)
[02/09/24, 10:01:30] Tran Minh Duc (Saigon POS): Understood, only 6 pcs for now. We wait for your written release for the 294 👍
[02/09/24, 10:02:11] Mariana Ortega (Colibrí): 👍 y mándame el tracking porfa
[02/09/24, 15:20:48] Tran Minh Duc (Saigon POS): DHL 48 2210 9931 - ETA Mexico City Thursday"""
    case("c13_whatsapp_not_yet", [], "buyer refuses the supplier's 'can we start the 300?': 6 only, 294 on hold until Mariana's written release after Antara sign-off",
         [("whatsapp_colibri_ew240.txt", txt(chat))])


# c14: Slack, complete scope, supplier acknowledges
def c14():
    chat = """Slack export - channel #hbh-luxpanel-signage - 2024-07-15 .. 2024-07-26

[2024-07-15 11:04] Kevin O'Connell (Hudson Bayview): Hi team 👋 PO HBH-24-1240 is in your inbox.
[2024-07-15 11:05] Kevin O'Connell (Hudson Bayview): Scope, so nobody has to dig for it: 8 pilot illuminated hanging signs (HS-1200) are released. The remaining 152 on your quote are NOT released - they're on hold until I issue a written release after the Metrotown pilot sign-off. Material: buy for the 8 only.
[2024-07-15 11:31] Piotr Kaczmarek (LuxPanel): Thanks Kevin. Acknowledged: 8 released, 152 on hold, material for 8 only 👍
[2024-07-15 11:33] Piotr Kaczmarek (LuxPanel): question - 120 V drivers with cUL, or you supply the drivers local?
[2024-07-15 12:10] Kevin O'Connell (Hudson Bayview): you supply, cUL or CSA listed please. Our electrician won't touch anything without the sticker lol
[2024-07-22 09:02] Piotr Kaczmarek (LuxPanel): 8 signs ready, photos in the thread. Shipping Thursday via Hapag, ETA Vancouver 21 Aug
[2024-07-22 09:40] Kevin O'Connell (Hudson Bayview): nice, they look sharp. thx Piotr
[2024-07-26 16:15] Piotr Kaczmarek (LuxPanel): B/L attached. Have a good weekend!"""
    case("c14_slack_scope_ack", [], "8 released, 152 held until Kevin's written release after pilot sign-off, material for 8 only; supplier acknowledges",
         [("slack_hbh_luxpanel.txt", txt(chat))])


# c15: portal PO with production line explicitly not released
def c15():
    rows = [
        ["Line", "Item", "Description", "Qty", "UoM", "Status"],
        ["1", "WD-1200", "Eyewear wall display 1200 x 2100, oak veneer + acrylic shelves - prototype", "2", "EA", "Released"],
        ["2", "WD-1200", "Production quantity per quotation HX-Q-240702 - information only", "240", "EA", "NOT released - on hold"],
    ]
    body = f"""<div style="background:#003b5c;color:#fff;padding:8px"><b>Lion City Optics</b> &middot; Supplier Portal</div>
<h2>Purchase Order LCO-PO-77555</h2>
<p>Supplier: Dongguan Huaxing Acrylic Products Co., Ltd. &middot; Order date 15-Jul-2024 &middot; Currency SGD</p>
{html_table(rows)}
<div class="note">
<p><b>Scope of this PO.</b> Only line 1 (2 prototype wall displays) is released for production.
Line 2 is shown for information; it is not released and stays on hold. Line 2 will be released only by a
written release from Tan Wei Ling (Head of Store Design &amp; Procurement) after the prototypes have been
signed off at the ION Orchard pilot store.</p>
<p><b>Material authority:</b> line 1 only. Please do not buy veneer, acrylic or LED for line 2.</p>
</div>
<p>Kindly acknowledge in the portal. Ship the prototypes by air, DAP Singapore.</p>"""
    case("c15_portal_line2_info_only", [], "portal PO: line 1 (2) released, line 2 (240) marked information only / not released, held until Tan Wei Ling's written release after sign-off",
         [("LCO-PO-77555.html", html_page("LCO-PO-77555", body))])


# c16: DOCX brief with per-store kit table; wave 1 released, waves 2-3 not
def c16():
    rows = [
        ["Wave", "Stores", "Kits per store", "Kits", "Status"],
        ["Wave 1", "Glasgow, Edinburgh, Aberdeen, Dundee, Inverness, Perth", "1", "6", "RELEASED"],
        ["Wave 2", "12 stores, North of England", "1", "12", "Not released - planning only"],
        ["Wave 3", "18 stores, Midlands and South", "1", "18", "Not released - planning only"],
    ]
    blocks = [
        ("h1", "Christmas 2024 window kit - artwork & production brief"),
        ("p", "Oakham & Reed Department Stores - Store Environment - 40 Princes Street, Edinburgh EH2 2BY"),
        ("p", "To: Anatolia Reklam Ürünleri A.Ş., İzmir - Burak Demir. Brief OR-XMAS24-02, 29 July 2024."),
        ("h", "Kit contents (per store)"),
        ("li", "1 x illuminated star light box 1500 mm, warm white 2700 K, IP44"),
        ("li", "2 x acrylic plinths 600 x 600 x 900, gloss Pantone 7427 C"),
        ("li", "1 x window vinyl set, artwork OR-XMAS24-WIN v5 (colour proof signed off 25 July)"),
        ("h", "Waves"),
        ("table", rows),
        ("sp",),
        ("p", "Production released now: wave 1 only, six (6) kits. Waves 2 and 3 (30 kits) are not released; they "
              "are shown for planning only. They will be released by a written release from Fiona MacLeod, after "
              "lot acceptance of the wave-1 kits at our Livingston DC. Material: buy for the 6 wave-1 kits only."),
        ("h", "Install"),
        ("p", "Wave 1 install nights 4-6 November. Kits delivered to Livingston DC by 25 October, one pallet per store."),
        ("p", "Fiona MacLeod, Senior Buyer Store Environment, fiona.macleod@oakhamreed.co.uk, +44 131 496 0720"),
    ]
    case("c16_docx_waves", [], "wave 1 (6 kits) released; waves 2-3 (30) planning only, held until Fiona's written release after wave-1 lot acceptance",
         [("OR-XMAS24-02_brief.docx", docx_bytes(blocks, author="Fiona MacLeod"))])


# c17: PDF release letter releasing part of the balance, rest held
def c17():
    blocks = [
        ("h1", "Production release PRL-2024-031"),
        ("p", "Maison Lumière SAS - Achats - 14 rue du Faubourg Poissonnière, 75010 Paris"),
        ("p", "To: Shenzhen Brightsign Display Co., Ltd., attn. Kevin Liu. Date: 08 July 2024."),
        ("table", [
            ["Order", "LB-1200-600-DS double-sided fabric light box"],
            ["Purchase order", "4500-0203 rev 2 (commercial cover 606 units: 6 prototypes + 600)"],
            ["Prototype sign-off", "Signed 02/07/2024 by Store Design, report SO-ML-0702"],
            ["Released by this letter", "400 light boxes (boutiques waves 1 and 2)"],
            ["Not released", "200 light boxes (wave 3) - on hold"],
        ]),
        ("sp",),
        ("p", "By this letter Maison Lumière releases four hundred (400) light boxes for production. The remaining "
              "200 are not released and stay on hold until a further written release from Camille Roux, after lot "
              "acceptance of the 400 at our Gennevilliers warehouse. Material: buy for the 400 released units only."),
        ("p", "Delivery: FOB Shenzhen, two shipments of 200, first ETD 20 August 2024."),
        ("sp",),
        ("p", "Camille Roux - Responsable Achats - release authority up to EUR 80 000 - signed"),
    ]
    case("c17_release_letter_partial", [], "release letter: 400 released after recorded prototype sign-off; 200 held until Camille Roux's written release after lot acceptance",
         [("PRL-2024-031.pdf", pdf(blocks, title="PRL-2024-031", author="Maison Lumiere"))])


# c18: folder with ERP PO, supplier quote and buyer mail, all consistent
def c18():
    erp = """MAPLE RIDGE OUTFITTERS INC.            PURCHASE ORDER / BON DE COMMANDE         PG 1
ORACLE EBS R12.2                        RUN 2024-08-06 09:14 ET                  PSANDHU
-------------------------------------------------------------------------------------
PO NUMBER   MRO-30650        REV 0        TYPE  STANDARD       STATUS  OPEN
SUPPLIER    ISTANBUL TABELA REKLAM LTD STI (SITE IST-01)           CURR  CAD
BILL TO     2200 YONGE ST STE 1700 TORONTO ON M4S 2C6
SHIP TO     BRAMPTON DC, 8 KENVIEW BLVD, BRAMPTON ON L6T 5E4
-------------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                          QTY UOM   PRICE     AMOUNT
--  -------------  ---------------------------------- ----- --- ------- ----------
1   MB-DIG-55      MENU BOARD LIGHT BOX 55IN, PROTO       4 EA   890.00    3560.00
-------------------------------------------------------------------------------------
NOTE TO SUPPLIER:
 LINE 1 = 4 PROTOTYPE MENU BOARDS, RELEASED FOR PRODUCTION.
 THE PRODUCTION TIER IN QUOTE IT-Q-24-233 (196 EA) IS INFORMATION ONLY AND IS NOT
 RELEASED. IT STAYS ON HOLD UNTIL A REVISED PO SIGNED BY PRIYA SANDHU AFTER THE
 YORKDALE PILOT SIGN-OFF. MATERIAL FOR THE 4 PROTOTYPES ONLY.
-------------------------------------------------------------------------------------
TOTAL CAD 3560.00        TERMS NET 45        FOB DAP BRAMPTON"""
    q = [
        ("h1", "TEKLİF / QUOTATION IT-Q-24-233"),
        ("p", "Istanbul Tabela Reklam Ltd. Şti. to Maple Ridge Outfitters Inc. - 29 July 2024 - valid 60 days"),
        ("table", [
            ["Tier", "Item", "Qty", "Unit CAD", "Lead time"],
            ["Prototype", "MB-DIG-55 menu board light box 55 in", "4", "890.00", "3 weeks"],
            ["Production", "MB-DIG-55 menu board light box 55 in", "196", "612.00", "6 weeks from release"],
        ]),
        ("sp",),
        ("p", "Prices DAP Brampton. Crating included. Selin Aydın, Export Sales Manager."),
    ]
    text = """Hi Selin,

PO MRO-30650 is attached to this mail as a printout from Oracle, plus your quote for reference.

Just so it's clear on your side too: we're releasing the 4 prototype menu boards now. The 196 in
your production tier are for information only, not released and on hold. That quantity gets
released by a revised PO that I'll sign once the Yorkdale pilot store has signed off the
prototypes (planned for the week of 16 Sept). Please buy material for the 4 prototypes only.

Thanks, and talk soon,
Priya
""" + sig("Priya Sandhu", "Sourcing Lead - Store Development", "Maple Ridge Outfitters Inc., Toronto",
          "+1 416 555 0187")
    m = mail("Priya Sandhu <priya.sandhu@mapleridge.ca>", "Selin Aydın <selin.aydin@istanbultabela.com.tr>",
             "PO MRO-30650 - prototype menu boards", "Tue, 06 Aug 2024 09:30:00 -0400", text)
    case("c18_folder_po_quote_mail", [],
         "three files (ERP PO, quote, mail): 4 prototypes released, 196 production tier information only, held until Priya signs revised PO after pilot sign-off",
         [("PO_MRO-30650.txt", txt(erp)),
          ("quote_IT-Q-24-233.pdf", pdf(q, title="IT-Q-24-233", author="Istanbul Tabela")),
          ("mail_MRO-30650.eml", eml_bytes(m))])


# c19: interim sign-off with limits and a release of 40 within them (HTML attachment)
def c19():
    notice = f"""<h2>Merlion Mart &mdash; Sample disposition &amp; release notice SDN-24-017</h2>
{html_table([
    ["Field", "Value"],
    ["Order", "LB-1500-DS entrance light box, drawing MM-LB-1500 rev 3"],
    ["Purchase order", "MM-PO-240720 (commercial cover 240 units)"],
    ["Samples", "4 units, received 26-Jul-2024"],
    ["Disposition", "INTERIM - limited to 40 units, valid until 30-Sep-2024"],
    ["Open point", "diffuser hot-spot at top-left corner, corrective action CA-17 due 15-Sep"],
    ["Released for production by this notice", "40 units (Punggol and Tengah openings)"],
    ["Not released", "196 units - on hold"],
])}
<p class="note">The interim disposition limits production to 40 units until 30 September 2024. The remaining
196 units are not released and stay on hold until a full sign-off of corrected samples and a written release
from Ravi Chandran. Material authority: the 40 released units only.</p>
<p>Signed: Ravi Chandran, Senior Manager Store Development (release authority), 29-Jul-2024.</p>"""
    text = """Dear Ms Hoa,

Please see the attached disposition and release notice SDN-24-017 for the entrance light box.

In short: interim disposition, 40 units released for the Punggol and Tengah openings, the other
196 stay on hold until the hot-spot is fixed, the corrected samples are fully signed off, and I
send a written release.

Thank you for the quick samples. Do call me if CA-17 needs a drawing change.

Regards,
Ravi
""" + sig("Ravi Chandran", "Senior Manager, Store Development", "Merlion Mart Pte Ltd, Singapore", "+65 6812 4470")
    m = mail("Ravi Chandran <ravi.chandran@merlionmart.com.sg>", "Nguyen Thi Hoa <hoa.nguyen@hanoilightbox.vn>",
             "SDN-24-017 LB-1500-DS interim disposition", "Mon, 29 Jul 2024 17:10:00 +0800", text,
             attachments=[("SDN-24-017.html", html_page("SDN-24-017", notice), "text/html")])
    case("c19_interim_signoff_40", [], "interim disposition limited to 40 units with expiry; 40 released by named authority, 196 held until full sign-off + Ravi's written release",
         [("SDN-24-017_mail.eml", eml_bytes(m))])


# p19: supplier stages material for 240 and will roll straight into production on sign-off
def p19():
    status = f"""<h2>Porto Expositores &mdash; Production status</h2>
<p>Customer: Northgate Books Ltd &middot; Customer PO 4700022190 &middot; Item FXT-TBL-1 display table, oak veneer</p>
{html_table([
    ["Step", "Qty", "Status", "Date"],
    ["Prototype tables", "5", "Finished, shipped to Harrogate store", "12-Jul-2024"],
    ["Material (MDF, oak veneer, castors)", "240 sets", "Staged in our warehouse", "15-Jul-2024"],
    ["Series production", "240", "Starts on your prototype sign-off", "-"],
])}
<p>Prepared by Rui Carvalho, Project Manager.</p>"""
    text = """Dear Sunita,

Good news from Maia: the 5 prototype display tables for your PO 4700022190 are finished and
were collected by the forwarder this morning, ETA Harrogate on Friday.

To be ready for your Christmas refit we have staged the MDF, the oak veneer and the castors
for the full 240 tables in our warehouse. So as soon as your team signs off the prototypes at
Harrogate, we move straight into series production of the 240 - no time lost.

Status sheet attached.

Com os melhores cumprimentos,
""" + sig("Rui Carvalho", "Project Manager", "Porto Expositores, Lda., Rua do Paraíso 212, 4470-174 Maia",
          "+351 229 431 870")
    m = mail("Rui Carvalho <rui.carvalho@portoexpositores.pt>", "Sunita Patel <s.patel@northgatebooks.co.uk>",
             "PO 4700022190 - prototypes shipped / status", "Fri, 12 Jul 2024 15:45:00 +0100", text,
             attachments=[("status_4700022190.html", html_page("Status 4700022190", status), "text/html")])
    case("p19_supplier_stages_and_rolls_on", ["RG006", "RG007"],
         "supplier staged material for 240 with only 5 prototypes ordered and says it will move straight into series production on sign-off",
         [("status_mail_4700022190.eml", eml_bytes(m))])


# p20: supplier ERP work order: material requisition for 300 while customer released 12
def p20():
    erp = """LUXPANEL SP. Z O.O.  -  ZLECENIE PRODUKCYJNE / WORK ORDER            WYDRUK 2024-08-12 07:55
System: Comarch ERP XL 2023.1                                           Operator: M.KOWALCZYK
============================================================================================
WO NO.        WO-24-0788                  STATUS        MATERIAL ORDERED
CUSTOMER      HUDSON BAYVIEW HOME LTD (K-0412)   CUST. PO   HBH-24-1302
ITEM          HS-1500 ILLUMINATED HANGING SIGN 1500X400, DOUBLE SIDED, 120V cUL
RELEASED QTY (CUSTOMER)          12 SZT / PCS   (PILOT - METROTOWN)
PLANNED QTY (THIS WO)            12 SZT / PCS
--------------------------------------------------------------------------------------------
MATERIAL REQUISITION                       QTY    UOM   FOR PCS   PO SUPPLIER      STATUS
----------------------------------------  -----  -----  -------  --------------  ----------
ACM 3MM 3050X1500 WHITE                      75  ARK       300  ALUCOSUS PL     ORDERED
LED MODULE 12V 1.2W 6500K                  5400  SZT       300  LEDLUX          ORDERED
DRIVER 120V 100W cUL                        300  SZT       300  MEANWELL DIST   ORDERED
OPAL ACRYLIC 3MM                             60  ARK       300  PLEXIGLAS PL    ORDERED
--------------------------------------------------------------------------------------------
UWAGI / REMARKS:
 MAT. FOR FULL QTY 300 PER SALES (P.KACZMAREK) - CUSTOMER ROLL-OUT EXPECTED AFTER PILOT.
 PRODUCTION ROUTING: CNC ROUTER 2 -> BENDING -> ASSEMBLY LINE B -> QC (EN 60598-2-1)
 PACKING: 2 PCS / CARTON, PALLET EUR 120X80
============================================================================================"""
    case("p20_supplier_wo_material_300", ["RG006"],
         "supplier work order: customer released 12 pilot signs, material ordered for 300 with no material authority",
         [("WO-24-0788.txt", txt(erp))])


# p21: supplier: deposit received -> started production and bought material for all
def p21():
    text = """Dear Mariana,

Good afternoon from Saigon!

We received today your deposit payment (30% of PO 7955 total value), thank you very much.

Your PO 7955 released the 6 sample counter displays, which shipped last week. With the deposit
now paid, we have started the production of the counter displays for your 130 stores and we
purchased the MDF, the 3 mm mirror and the LED strips for all 260 pcs. First 100 pcs will be
finished around 20 September.

Please let me know the final delivery schedule for the stores so we can plan the containers.

Best regards,
""" + sig("Tran Minh Duc", "Sales Director", "Saigon POS Display JSC, Ho Chi Minh City", "+84 28 3770 1288")
    m = mail("Tran Minh Duc <duc.tran@saigonpos.vn>", "Mariana Ortega <mortega@tiendascolibri.mx>",
             "PO 7955 deposit received - production started", "Tue, 27 Aug 2024 16:20:00 +0700", text,
             html=para_html(text))
    case("p21_deposit_started_bought_all", ["RG006", "RG012"],
         "supplier treats the deposit as the go for production and buys material for all 260 while only 6 samples were released",
         [("PO7955_deposit_received.eml", eml_bytes(m))])


# p22: supplier progress report: 'approved' technical and commercial; material bought for 600
def p22():
    blocks = [
        ("h1", "Relatório de progresso / Progress report #3"),
        ("p", "Porto Expositores, Lda. - for Northgate Books Ltd - customer PO 4700022410 - 19 July 2024"),
        ("table", [
            ["Topic", "Status"],
            ["Prototype book-table risers (6 pcs)", "Approved by Northgate store design team on 28/06 (finish and height)"],
            ["PO 4700022410 and unit price", "Approved by Northgate finance on 03/07"],
            ["Production quantity (600 pcs)", "Waiting for your written release"],
            ["Material", "Oak veneer, MDF 18 mm and steel brackets purchased for 600 pcs, received 15/07"],
            ["Quality", "FSC chain-of-custody certificate FSC-C123456 attached to shipment"],
        ]),
        ("sp",),
        ("p", "Released for production today: the 6 prototypes only. We keep the material for the 600 pcs in our "
              "store in Maia, so the series can start immediately after your release."),
        ("p", "Next steps: (1) your written release for the 600 pcs; (2) pallet plan for the DC Burton; "
              "(3) book groupage for week 36."),
        ("p", "Rui Carvalho, Project Manager - rui.carvalho@portoexpositores.pt"),
    ]
    case("p22_progress_report_approved_material", ["RG006", "RG009"],
         "supplier report uses 'approved' for prototype (technical) and PO/price (commercial); material bought for 600 while only 6 released",
         [("progress_report_3_NGB.pdf", pdf(blocks, title="Progress report 3", author="Porto Expositores"))])


# p23: Slack: supplier pulled forward material for all waves and will let the line run on at sign-off
def p23():
    chat = """Slack export | #hv-reklamapol-riverside | 2024-08-19 - 2024-08-23

📌 Daniel Bennett (Harrow & Vale)  Mon 19 Aug 10:02
PO HV-23140 is live: 30 pilot wayfinding kits only. The rest of the programme (1,120 kits) is NOT released and stays on hold until a revised PO signed by Tom Ashby after the pilot sign-off. Material authority: the 30 pilot kits only.

Marek Nowicki (Reklama-Pol)  Mon 19 Aug 10:40
👍 thanks Daniel, 30 kits scheduled, ready 6 Sept

Marek Nowicki (Reklama-Pol)  Wed 21 Aug 16:12
heads up: we pulled forward the vinyl + LED order for all 5 waves (1,150 kits) to beat the September price increase from our suppliers. This way when the pilot sign-off comes, we just let the line run on to the full 1,150 without stopping, saves you about 3 weeks 🚀

Daniel Bennett (Harrow & Vale)  Wed 21 Aug 17:30
Thanks Marek, noted - let's pick it up on Monday's call with Tom.

Marek Nowicki (Reklama-Pol)  Fri 23 Aug 09:05
pilot kits: photos of first 10 in the thread ⬇️"""
    case("p23_slack_pulled_forward_material", ["RG006", "RG007"],
         "buyer scope complete; supplier bought material for all 1,150 kits (authority: 30) and plans to run on to 1,150 at pilot sign-off",
         [("slack_hv_reklamapol.txt", txt(chat))])


# p24: supplier: after golden sample approval, mass production continues directly
def p24():
    orig = """Dear Lily,

PO PM-24-0502 attached: six (6) golden samples of the FT-300 fragrance tester stand only.
The balance of 480 stands is not released and stays on hold until a written release from me,
after the golden-sample sign-off in Paris.

Best regards,
Isabelle Moreau
Category Buyer - Visual Merchandising, Parfumerie Mirabelle SA"""
    text = """Dear Isabelle,

Thank you for your PO. 6 pcs golden samples will finish on 2 Sep and send by FedEx.

For your Christmas window timing, we suggest like this: once your team approve the golden
sample, we will directly continue mass production of the 480 pcs, no need new PO or other
document, so we can ship by sea on 25 Sep and arrive Le Havre before end of October.

Please kindly confirm the golden sample receiving address is still boulevard Haussmann.

Best regards,
Lily Zhang
Sales Manager Export
Dongguan Huaxing Acrylic Products Co., Ltd.
Tel +86 769 8530 2211

""" + quote("On 2024-08-19 16:20, Isabelle Moreau wrote:\n" + orig)
    m = mail("Lily Zhang <lily.zhang@hx-acrylic.cn>", "Isabelle Moreau <i.moreau@parfumerie-mirabelle.fr>",
             "RE: PO PM-24-0502 golden samples FT-300", "Tue, 20 Aug 2024 09:14:00 +0800", text,
             in_reply_to="<h122-pm240502@parfumerie-mirabelle.fr>")
    case("p24_supplier_golden_sample_direct", ["RG007"],
         "buyer scope complete (6 released, 480 held until Isabelle's written release); supplier proposes to continue mass production directly once the golden sample is approved",
         [("re_PM-24-0502_golden.eml", eml_bytes(m))])


# p25: buyer forwards the PO mail (rfc822) and contradicts it: carry straight on after the review
def p25():
    orig_text = """Dear Burak,

PO OR-32010 attached: twelve (12) mock-up window plinths are released. The balance of 348
plinths is not released; it stays on hold until a written release from me, after the
mock-ups have been signed off at our Edinburgh pilot window.

Kind regards,
Fiona MacLeod
Senior Buyer, Store Environment, Oakham & Reed Department Stores"""
    orig = mail("Fiona MacLeod <fiona.macleod@oakhamreed.co.uk>", "Burak Demir <burak.demir@anatoliareklam.com.tr>",
                "PO OR-32010 mock-up window plinths", "Mon, 02 Sep 2024 10:00:00 +0100", orig_text)
    text = """Burak,

Forwarding the PO mail again (attached) for your new colleague in planning.

Between us: if our VM team are happy with the mock-ups at Thursday's review, just carry straight
on with the rest - no need to wait for the paperwork from me, we'll tidy that up afterwards.
The windows go in on 4 November and I'd rather not lose a week.

Cheers,
Fiona
""" + sig("Fiona MacLeod", "Senior Buyer, Store Environment", "Oakham & Reed Department Stores, Edinburgh",
          "+44 131 496 0720")
    m = mail("Fiona MacLeod <fiona.macleod@oakhamreed.co.uk>", "Burak Demir <burak.demir@anatoliareklam.com.tr>",
             "Fwd: PO OR-32010 mock-up window plinths", "Tue, 10 Sep 2024 08:25:00 +0100", text,
             attachments=[("rfc822", orig)])
    case("p25_buyer_carry_straight_on", ["RG007"],
         "forwarded PO requires Fiona's written release, but her new mail says carry straight on with the rest if the VM team is happy with the mock-ups",
         [("fwd_OR-32010.eml", eml_bytes(m))])


# p26: folder: buyer PO (complete) + supplier order confirmation with automatic start clause
def p26():
    po = [
        ("h1", "PURCHASE ORDER HBH-24-1355"),
        ("p", "Hudson Bayview Home Ltd., 1055 West Georgia Street, Suite 2100, Vancouver BC V6E 3P3"),
        ("p", "Supplier: Braga Sinalética, Lda., Braga, Portugal. Date: 9 September 2024. Currency CAD."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit CAD"],
            ["1", "WP-D-ELEV", "Elevator lobby directory panel, 900 x 1200, ACM + tactile, SAMPLE", "8", "210.00"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This PO releases the eight (8) sample panels only. The balance of 392 panels on quote BS-2024-098 is "
              "not released and stays on hold until a revised PO signed by Meredith Chow (Director, Store Planning), "
              "after the sample panels have been signed off at the Metrotown pilot store."),
        ("p", "Material: sample quantity only. Tactile/Braille per CSA B651-18."),
        ("p", "Buyer: Kevin O'Connell, Procurement Specialist, koconnell@hudsonbayview.ca"),
    ]
    oc = [
        ("h1", "CONFIRMAÇÃO DE ENCOMENDA / ORDER CONFIRMATION OC-BS-24-311"),
        ("p", "Braga Sinalética, Lda. - Zona Industrial de Adaúfe, 4710-574 Braga - NIF PT 509 771 230"),
        ("p", "Customer: Hudson Bayview Home Ltd. - your PO HBH-24-1355 - confirmation date 11/09/2024"),
        ("table", [
            ["Item", "Description", "Qty", "Unit CAD", "Delivery"],
            ["WP-D-ELEV", "Directory panel 900 x 1200, sample", "8", "210.00", "27/09/2024 by air"],
        ]),
        ("sp",),
        ("p", "Remarks: production of the 392 series panels will start automatically upon your sample approval; "
              "delivery 6 weeks after approval, by sea to Vancouver."),
        ("p", "Payment: 30 days from invoice. Our general conditions of sale GCS-BS-2022 apply."),
        ("p", "Ana Ferreira, Customer Service - ana.ferreira@bragasinaletica.pt"),
    ]
    case("p26_folder_po_and_auto_start_confirmation", ["RG007"],
         "buyer PO is complete (8 released, 392 held until Meredith Chow's revised PO); supplier confirmation says the 392 start automatically on sample approval",
         [("HBH-24-1355_PO.docx", docx_bytes(po, author="Kevin O'Connell")),
          ("OC-BS-24-311.pdf", pdf(oc, title="OC-BS-24-311", author="Braga Sinaletica"))])


for _f in (c13, c14, c15, c16, c17, c18, c19, p19, p20, p21, p22, p23, p24, p25, p26):
    _f()


# ------------------------------------------------------------------- batch 4

# c20: full-quantity re-order, "go ahead with the 36"
def c20():
    text = """Bonjour Rui,

Good news: the bakery menu light boxes from the first run look great in store and our
franchisees want them too. So here is a re-order.

  PO EB-PO-5301 - re-order - light box 1500 x 700, edge-lit, 4000 K, black snap frame
  Quantity: thirty-six (36) - identical to PO EB-PO-4988, artwork EB-BAK-MENU-FR-EN_v7
  Price: CAD 486.00 each, DDP Montréal, as per your quote PE-24-077

This PO is for the full quantity of 36. There is no balance and nothing else to come under
this PO. You can go ahead with the 36; delivery in two lots of 18 (weeks 44 and 46) suits us
best.

Store list with the install dates is attached to the PO in our supplier portal.

Merci beaucoup et bonne fin de semaine,
Sophie
""" + sig("Sophie Gagnon", "Directrice Design & Marchandisage", "Épicerie Boréale inc., Montréal",
          "+1 514 555 0142")
    m = mail("Sophie Gagnon <sophie.gagnon@epicerieboreale.ca>", "Rui Carvalho <rui.carvalho@portoexpositores.pt>",
             "Re-order PO EB-PO-5301 - 36 light boxes", "Fri, 13 Sep 2024 11:02:00 -0400", text,
             html=para_html(text))
    case("c20_full_reorder_36", [], "full-quantity re-order of 36, no balance; 'go ahead with the 36' is scoped",
         [("EB-PO-5301_reorder.eml", eml_bytes(m))])


# c21: supplier status page (HTML), states the balance is not started
def c21():
    rows = [
        ["Item", "Qty", "Status", "Note"],
        ["WP-E-LIFT sample directory panels", "10", "Produced and shipped 04/10", "AWB 235-4471 9012"],
        ["WP-E-LIFT balance of quote BS-2024-112", "390", "Not started", "Waiting for your revised PO"],
        ["Material", "-", "Bought for the 10 samples only", "per your PO"],
    ]
    body = f"""<h2>Braga Sinalética &mdash; Order status</h2>
<p>Customer: Hudson Bayview Home Ltd. &middot; Customer PO HBH-24-1410 &middot; Updated 07/10/2024</p>
{html_table(rows)}
<p>The 10 sample panels are on their way to the Metrotown pilot store. We have not started the remaining
390 panels and have not bought material for them; we understand they are not released until you send the
revised PO after the sample sign-off.</p>
<p>Ana Ferreira &middot; Customer Service &middot; ana.ferreira@bragasinaletica.pt</p>"""
    case("c21_supplier_status_not_started", [], "supplier status: 10 samples shipped, 390 not started and no material, waiting for revised PO",
         [("status_HBH-24-1410.html", html_page("Order status HBH-24-1410", body))])


# c22: DOCX stop notice
def c22():
    blocks = [
        ("h1", "STOP NOTICE SN-HV-2024-04"),
        ("p", "From: Harrow & Vale Shopfitting Ltd, London NW10 7SJ. To: LuxPanel Sp. z o.o., Wrocław. "
              "Date: 16 September 2024."),
        ("table", [
            ["Order", "Wayfinding panel WF-A2 (ACM, printed), PO HV-22990"],
            ["Released to date", "16 prototype panels (delivered 2 Sept)"],
            ["Not released", "480 panels - on hold"],
            ["Reason for stop", "Screw-hole pitch on prototypes 250 mm instead of 240 mm (drawing HV-WF-240 rev B)"],
        ]),
        ("sp",),
        ("p", "With immediate effect, nothing more may be started under this order - no cutting, printing or "
              "material purchase - whether released or not. The 16 prototype panels already released remain the "
              "only authorised quantity."),
        ("p", "The 480 panels are not released and stay on hold. This stop will be lifted only by a written "
              "release from Daniel Bennett, Senior Buyer, after corrected samples to drawing rev C have been "
              "signed off by our site team."),
        ("p", "Please acknowledge this notice by return e-mail."),
        ("sp",),
        ("p", "Daniel Bennett, Senior Buyer, Harrow & Vale Shopfitting Ltd - d.bennett@harrowvale.co.uk"),
    ]
    case("c22_stop_notice", [], "stop notice: 16 prototypes remain the only authorised quantity, 480 held until Daniel Bennett's written release after corrected samples are signed off",
         [("SN-HV-2024-04.docx", docx_bytes(blocks, author="Daniel Bennett"))])


# c23: DOCX order status note keeping the words apart
def c23():
    blocks = [
        ("h1", "Order status note - AD-520 counter stand"),
        ("p", "Lion City Optics Pte Ltd - Store Design & Procurement - to Dongguan Huaxing Acrylic Products Co., Ltd."),
        ("p", "Date: 2 September 2024. Reference: LCO-OSN-0902."),
        ("table", [
            ["Step", "Document", "Date", "Who", "Quantity"],
            ["PO issued (commercial cover)", "LCO-PO-77610", "01-Aug-2024", "Procurement", "400"],
            ["Sample sign-off", "Report LCO-SSO-118", "20-Aug-2024", "Store Design", "4 samples"],
            ["Production release", "This note", "02-Sep-2024", "Tan Wei Ling", "120"],
            ["Balance on hold", "-", "-", "-", "276"],
        ]),
        ("sp",),
        ("p", "Production release: by this note Tan Wei Ling (Head of Store Design & Procurement) releases one "
              "hundred and twenty (120) AD-520 counter stands for production."),
        ("p", "The balance of 276 stands is not released and stays on hold until the next written release from "
              "Tan Wei Ling, after lot acceptance of the 120 at our Jurong warehouse."),
        ("p", "Material: buy for the 120 released stands only."),
        ("p", "Delivery: 60 by 4 October, 60 by 18 October, DAP Singapore."),
    ]
    case("c23_words_kept_apart", [], "PO issued / sample sign-off / production release kept apart; 120 released by Tan Wei Ling, 276 held until her next written release after lot acceptance",
         [("LCO-OSN-0902.docx", docx_bytes(blocks, author="Tan Wei Ling"))])


# c24: buyer's capacity question, explicitly not an order
def c24():
    text = """Dear Ms Hoa,

Hope you are well. We are preparing next year's budget for the pharmacy wall light boxes
(CJ-LUZ-800, the same model as this year).

Could you confirm whether you would be able to go ahead with 500 light boxes if we released
them in June 2025, and what the lead time would be for that quantity? If there is a better
price for 500 than for this year's quantity, please include it.

This is not an order and nothing is released: we are only checking capacity and price for the
budget. We will send a PO and a separate written release if and when the project is confirmed.

Saludos cordiales,
Jorge
""" + sig("Jorge Treviño", "Gerente de Compras", "Farmacias del Norte S.A. de C.V., Monterrey", "+52 81 8340 2200")
    m = mail("Jorge Treviño <jtrevino@farmaciasdelnorte.mx>", "Nguyen Thi Hoa <hoa.nguyen@hanoilightbox.vn>",
             "Capacity question 2025 - CJ-LUZ-800", "Mon, 23 Sep 2024 09:40:00 -0600", text, html=para_html(text))
    case("c24_buyer_capacity_question", [], "buyer asks whether the supplier could go ahead with 500 if released later; explicitly not an order",
         [("capacity_question_2025.eml", eml_bytes(m))])


# c25: artwork (BAT) sign-off sheet, printing authorised for the mock-ups only
def c25():
    blocks = [
        ("h1", "Fiche de validation BAT / Artwork sign-off sheet"),
        ("p", "Enseignes Duval SAS - 38 rue de la Villette, 69003 Lyon - for Bursa Display San. ve Tic. A.Ş."),
        ("table", [
            ["Job", "Menu boards MB-900 - Brasserie du Parc chain - PO ED-2024-388"],
            ["Artwork", "BAT v4 (RAL 3020 frame, Pantone 485 C logo, matt laminate)"],
            ["Artwork sign-off", "Signed off 24/09/2024 - colours and text only"],
            ["Printing authorised", "Nine (9) mock-up boards for the pilot restaurant (Villeurbanne)"],
            ["Roll-out boards (441)", "NOT released - on hold"],
        ]),
        ("sp",),
        ("p", "This sheet records the artwork sign-off only. Printing is authorised for the nine (9) mock-up boards "
              "and nothing else. The 441 roll-out boards are not released: they stay on hold until a written release "
              "from Julien Marchand, Chef de projet, after our client has signed off the pilot restaurant."),
        ("p", "Signature: Julien Marchand, 24/09/2024"),
    ]
    case("c25_artwork_signoff_sheet", [], "artwork sign-off only; printing authorised for 9 mock-ups; 441 held until Julien's written release after pilot sign-off",
         [("BAT_ED-2024-388.pdf", pdf(blocks, title="BAT ED-2024-388", author="Enseignes Duval"))])


# p27: WhatsApp, MX buyer contradicts own written-release requirement
def p27():
    chat = """16/09/2024 09:05 - Alejandro Ruiz (Ópticas Solaz): Hola Selin, buenos días! OC OS-24-611 enviada ✅
16/09/2024 09:06 - Alejandro Ruiz (Ópticas Solaz): 5 muestras del letrero luminoso / 5 sample light signs ONLY. Las otras 295 en hold hasta que yo les mande la liberación por escrito, después de la revisión de la muestra en la tienda piloto de Andares
16/09/2024 09:30 - Selin Aydın (Istanbul Tabela): Good morning Alejandro, thank you! Understood: 5 samples now, 295 on hold until your written release 👍
16/09/2024 09:31 - Selin Aydın (Istanbul Tabela): Samples ETD 27/09 by Turkish Cargo to GDL
27/09/2024 18:44 - Selin Aydın (Istanbul Tabela): Samples shipped, AWB 235-9981 2207
03/10/2024 20:12 - Alejandro Ruiz (Ópticas Solaz): Selin, la revisión en Andares es el lunes
03/10/2024 20:13 - Alejandro Ruiz (Ópticas Solaz): si la muestra sale bien el lunes, arrancan con las 295 de una vez, ok? no hace falta esperar nada de mi parte 🙌 if Monday goes well just start the 295 right away
03/10/2024 20:40 - Selin Aydın (Istanbul Tabela): OK great, we keep the line ready for Tuesday then 💪"""
    case("p27_whatsapp_buyer_start_if_ok", ["RG007"],
         "buyer first requires his written release for the 295, then says if Monday's sample review goes well just start the 295 with nothing more from him",
         [("whatsapp_solaz_istanbultabela.txt", txt(chat))])


# p28: DOCX brief: 'approval of the prototype = approval of the roll-out'
def p28():
    blocks = [
        ("h1", "Brief projet - Présentoirs pain / bread display units"),
        ("p", "Carré Gourmand SAS - Achats Réseau - La Madeleine. To: Bursa Display San. ve Tic. A.Ş. "
              "Ref. CG-BR-2024-09, 26 August 2024."),
        ("h", "1. Scope"),
        ("p", "Released now: four (4) prototype bread display units BD-1400 (oak-look laminate, stainless "
              "steel baskets, LED shelf light 3000 K). The 150 roll-out units are not released yet. Release "
              "authority for the roll-out units: Nathalie Dumont, after sign-off of the prototype at our pilot "
              "store in Lille Grand Place."),
        ("h", "2. Timeline and approvals"),
        ("li", "Budget approval: obtained on 12 August (Comité d'investissement)."),
        ("li", "Week 39: prototype installed in Lille Grand Place."),
        ("li", "Approval of the prototype = approval of the roll-out. As soon as the prototype is approved in "
               "Lille, you can start the roll-out units without waiting for anything else."),
        ("li", "Week 45: roll-out deliveries, 10 stores per week."),
        ("h", "3. Technical"),
        ("table", [
            ["Part", "Spec"],
            ["Body", "MDF 19 mm, HPL oak-look, edge 2 mm ABS"],
            ["Baskets", "Stainless steel 304, food contact (EU 1935/2004)"],
            ["Lighting", "LED strip 24 V, 3000 K, CRI > 90, IP44"],
        ]),
        ("sp",),
        ("p", "Nathalie Dumont - Responsable Achats Réseau - n.dumont@carre-gourmand.fr"),
    ]
    case("p28_brief_prototype_approval_is_rollout", ["RG007", "RG009"],
         "'approval' used for budget, prototype and roll-out; brief says prototype approval = roll-out approval, contradicting the named release authority",
         [("CG-BR-2024-09_brief.docx", docx_bytes(blocks, author="Nathalie Dumont"))])


# p29: supplier's customer tracking page: balance launched automatically on approval
def p29():
    rows = [
        ["Step", "Qty", "Status", "Date"],
        ["Prototype LB-1200-600-DS", "6", "Submitted to customer", "12-Aug-2024"],
        ["Balance", "594", "Will be launched automatically upon your approval", "-"],
    ]
    body = f"""<div style="background:#222;color:#fff;padding:8px"><b>Brightsign Display</b> &middot; Customer order tracking</div>
<h2>Order SO-24-3381 &middot; Maison Lumière SAS</h2>
<p>Customer PO: 4500-0244 &middot; Item: LB-1200-600-DS double-sided fabric light box</p>
<h3>Customer PO note (imported)</h3>
<blockquote>6 prototypes released. The 594 production units are not released and stay on hold until a
written release from Camille Roux, after the prototype sign-off at the Bordeaux pilot boutique.</blockquote>
<h3>Progress</h3>
{html_table(rows)}
<p><b>Next step:</b> upon your approval of the prototype, the balance of 594 pcs will be launched
automatically in our workshop (estimated 30 days).</p>
<p style="font-size:11px;color:#777">Last update 13-Aug-2024 09:12 CST &middot; contact kevin.liu@brightsign-display.cn</p>"""
    case("p29_tracking_page_launch_automatically", ["RG007"],
         "imported PO note is complete (6 released, 594 held until Camille Roux's written release); supplier page says balance launches automatically upon prototype approval",
         [("SO-24-3381_tracking.html", html_page("SO-24-3381", body))])


# p30: buyer: "accept this forecast as our firm order"
def p30():
    rows = [["Quarter 2025", "Item", "Forecast qty"], ["Q1", "MB-DIG-55 menu board light box", "400"],
            ["Q2", "MB-DIG-55 menu board light box", "400"], ["Q3", "MB-DIG-55 menu board light box", "400"],
            ["Q4", "MB-DIG-55 menu board light box", "400"], ["Total", "", "1,600"]]
    text = """Hi Selin,

As promised, here's our 2025 rolling forecast for the menu board light boxes:

  Q1 2025   400
  Q2 2025   400
  Q3 2025   400
  Q4 2025   400
  ----------------
  Total   1,600 units (MB-DIG-55, same spec as the prototypes)

Please accept this forecast as our firm commitment for the 1,600 units and plan your capacity
and aluminium accordingly. The quarterly POs will follow from Oracle in the first week of each
quarter.

Have a great weekend,
Priya
""" + sig("Priya Sandhu", "Sourcing Lead - Store Development", "Maple Ridge Outfitters Inc., Toronto",
          "+1 416 555 0187")
    html = para_html(text.split("Q1 2025")[0]) + html_table(rows) + para_html(text.split("1,600 units (MB-DIG-55, same spec as the prototypes)")[1])
    m = mail("Priya Sandhu <priya.sandhu@mapleridge.ca>", "Selin Aydın <selin.aydin@istanbultabela.com.tr>",
             "2025 forecast - menu boards", "Fri, 04 Oct 2024 15:55:00 -0400", text, html=html)
    case("p30_forecast_as_firm_commitment", ["RG008"],
         "buyer sends a rolling forecast and asks the supplier to accept it as a firm commitment for 1,600",
         [("forecast_2025_menu_boards.eml", eml_bytes(m))])


# p31: supplier sales order confirmation: forecast booked as order; deposit -> production scheduled
def p31():
    blocks = [
        ("h1", "SALES ORDER CONFIRMATION SOC-HL-24-140"),
        ("p", "Hanoi Lightbox Co., Ltd - Lot B4 Quang Minh Industrial Park, Me Linh, Hanoi - Tax code 0106 771 224"),
        ("p", "Customer: Merlion Mart Pte Ltd, Singapore. Attn: Mr Ravi Chandran. Date: 16/08/2024."),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["LB-900-SS", "Single-sided LED aisle-header light box 900 x 600", "2,400", "58.00", "139,200.00"],
        ]),
        ("sp",),
        ("p", "We are pleased to confirm your order of 2,400 units LB-900-SS as per your FY2025 signage forecast "
              "(ref. Merlion forecast dated 03/06/2024)."),
        ("p", "Your deposit of USD 41,760 (30%) was received on 14/08/2024. Since the deposit is received, we have "
              "scheduled production of the first 600 units for September 2024."),
        ("p", "Balance 70% payable against copy of B/L. Shipment FOB Hai Phong, 4 lots of 600 units."),
        ("sp",),
        ("p", "Nguyen Thi Hoa, Deputy Director - hoa.nguyen@hanoilightbox.vn"),
    ]
    case("p31_soc_forecast_order_deposit", ["RG008", "RG012"],
         "supplier confirms a forecast as an order of 2,400 and schedules production because the deposit was received",
         [("SOC-HL-24-140.pdf", pdf(blocks, title="SOC-HL-24-140", author="Hanoi Lightbox"))])


# p32: buyer mail + DOCX forecast: "consider these ordered"
def p32():
    fc = [
        ("h1", "Forecast - Q4 2024 seasonal counter kits"),
        ("p", "Brightwell Pharmacy Ltd - Visual Merchandising - issued 1 October 2024"),
        ("table", [
            ["Wave", "Campaign", "Stores", "Kits"],
            ["1", "Cold & flu (Oct)", "250", "250"],
            ["2", "Christmas gifting (Nov)", "250", "250"],
            ["3", "New Year wellness (Dec)", "250", "250"],
            ["", "", "Total", "750"],
        ]),
        ("sp",),
        ("p", "Kit: counter unit CU-300 refresh (header light box film + 2 acrylic leaflet holders + shelf strips)."),
    ]
    text = """Hi Emre,

The Q4 forecast is attached - 3 waves, 750 kits in total, same kit as the summer one.

Consider these ordered: the formal POs will come through from SAP later in the month, but you can
book the 750 as firm now and plan your print and acrylic around them. Artwork for wave 1 is
already on the FTP (BW-Q4-W1_v2).

Thanks!
Hannah
""" + sig("Hannah Cole", "Visual Merchandising Manager", "Brightwell Pharmacy Ltd, 22 Kingsway, London WC2B 6LE",
          "+44 20 7946 0318")
    m = mail("Hannah Cole <hannah.cole@brightwell.co.uk>", "Emre Yıldız <emre.yildiz@bursadisplay.com.tr>",
             "Q4 forecast - counter kits", "Tue, 01 Oct 2024 12:15:00 +0100", text,
             attachments=[("BW_Q4_forecast.docx", docx_bytes(fc, author="Hannah Cole"), DOCX_MT)])
    case("p32_forecast_consider_ordered", ["RG008"],
         "buyer sends a forecast of 750 kits and tells the supplier to consider them ordered and book them as firm",
         [("mail_Q4_forecast.eml", eml_bytes(m))])


# p33: buyer portal demand forecast with 'COMMITTED' status
def p33():
    rows = [
        ["Month", "Item", "Forecast qty", "Status"],
        ["Jan-2025", "AD-520 counter stand", "80", "Indicative"],
        ["Feb-2025", "AD-520 counter stand", "80", "Indicative"],
        ["Mar-2025", "AD-520 counter stand", "120", "COMMITTED"],
        ["Apr-2025", "AD-520 counter stand", "120", "COMMITTED"],
        ["May-2025", "WD-1200 wall display", "40", "COMMITTED"],
        ["Jun-2025", "WD-1200 wall display", "40", "COMMITTED"],
    ]
    body = f"""<div style="background:#003b5c;color:#fff;padding:8px"><b>Lion City Optics</b> &middot; Supplier Portal &middot; Demand</div>
<h2>Demand forecast 2025 &mdash; Dongguan Huaxing Acrylic Products Co., Ltd.</h2>
{html_table(rows)}
<div class="note"><p>Forecast quantities from March 2025 onward are committed volumes: please plan and book them
as orders in your system. January and February are indicative only.</p></div>
<p>Published 14-Oct-2024 by Store Design &amp; Procurement. Next update 15-Nov-2024.</p>"""
    case("p33_portal_forecast_committed", ["RG008"],
         "buyer forecast page marks forecast quantities as committed and asks the supplier to book them as orders",
         [("LCO_demand_forecast_2025.html", html_page("Demand forecast 2025", body))])


# p34: 'released' for artwork, budget and production
def p34():
    text = """Hi Emre,

Quick update on the Brasserie du Parc menu boards (PO ED-2024-402):

- the artwork was released by our client's design team on Monday (final BAT v5, attached to
  the portal);
- our finance department released the PO budget yesterday, so your invoice for the mock-ups
  can go in.

Production release for the 288 boards will come separately, in writing from me, after our client
has signed off the pilot restaurant in Villeurbanne (planned 21 October). Until then only the
twelve (12) mock-up boards are released; the 288 stay on hold.

Bonne journée,
Julien
""" + sig("Julien Marchand", "Chef de projet", "Enseignes Duval SAS, 38 rue de la Villette, 69003 Lyon",
          "+33 4 78 62 90 15")
    m = mail("Julien Marchand <j.marchand@enseignes-duval.fr>", "Emre Yıldız <emre.yildiz@bursadisplay.com.tr>",
             "ED-2024-402 menu boards - status", "Wed, 09 Oct 2024 14:30:00 +0200", text, html=para_html(text))
    case("p34_released_three_ways", ["RG009"],
         "'released' used for artwork (technical), PO budget (commercial) and production; scope itself complete (12 released, 288 held until Julien's written release)",
         [("ED-2024-402_status.eml", eml_bytes(m))])


for _f in (c20, c21, c22, c23, c24, c25, p27, p28, p29, p30, p31, p32, p33, p34):
    _f()


# ------------------------------------------------------------------- batch 5

# p35: prototypes requested with no quantity; hold, event, person all present
def p35():
    text = """Dear Rui,

Following Tuesday's call, please manufacture the prototype display tables for our pilot stores
(Harrogate and Bath) to drawing NGB-FX-3100 Rev 4: oak veneer top, black powder-coated base
(RAL 9005), castors with brakes, cable tray for the tablet stand.

The roll-out quantity is not released. It stays on hold and will only be released in writing by
Richard Okafor (Head of Store Development) after the pilot-store sign-off in November.

The PO number for the prototypes is 4700022655; the PDF comes from our system tonight. Delivery
to our DC at Burton, booked through the DC portal please.

Many thanks,
Sunita
""" + sig("Sunita Patel", "Buyer - Store Fixtures", "Northgate Books Ltd, Burton-on-Trent", "+44 1283 552 190")
    m = mail("Sunita Patel <s.patel@northgatebooks.co.uk>", "Rui Carvalho <rui.carvalho@portoexpositores.pt>",
             "Prototype display tables NGB-FX-3100", "Thu, 10 Oct 2024 16:05:00 +0100", text, html=para_html(text))
    case("p35_prototypes_without_quantity", ["RG010"],
         "asks for 'the prototype display tables' for two pilot stores without stating how many; roll-out held until Richard Okafor's written release after sign-off",
         [("prototype_tables_NGB-FX-3100.eml", eml_bytes(m))])


# p36: Teams chat: start the prototypes (no quantity), roll-out held properly
def p36():
    chat = """Microsoft Teams - chat export - "Mirabelle / Brightsign - brand wall" - exported 2024-10-18

[14/10/2024 09:12] Isabelle Moreau (Parfumerie Mirabelle): Bonjour Kevin
[14/10/2024 09:13] Isabelle Moreau (Parfumerie Mirabelle): please start the prototypes of the backlit brand wall BW-2400 in the new pink, Pantone 230 C, fabric SEG with silicone edge
[14/10/2024 09:14] Isabelle Moreau (Parfumerie Mirabelle): the roll-out for the 42 boutiques is not released - it stays on hold until I send you the written release, after the prototypes are signed off in our Opéra boutique
[14/10/2024 09:40] Kevin Liu (Brightsign): Good morning Isabelle, noted with thanks. Which LED, 4000K or 5000K?
[14/10/2024 09:52] Isabelle Moreau (Parfumerie Mirabelle): 4000K, CRI 90 minimum, the pink must not look orange
[14/10/2024 09:53] Kevin Liu (Brightsign): OK 👍 fabric test print will send by DHL on Thursday
[17/10/2024 17:20] Kevin Liu (Brightsign): test print sent, DHL 1029 4471 22"""
    case("p36_teams_start_prototypes_no_qty", ["RG010"],
         "buyer says 'start the prototypes' without any quantity; roll-out held until her written release after sign-off",
         [("teams_mirabelle_brightsign.txt", txt(chat))])


# p37: DOCX call-off for 'all stores in Annex A' with no kit quantity
def p37():
    stores = [["Magasin", "Code", "Installation", "Kit configuration"]]
    for s, c, d in [("Marché Jean-Talon", "EB-01", "04/11/2024"), ("Plateau", "EB-02", "05/11/2024"),
                    ("Rosemont", "EB-03", "06/11/2024"), ("Verdun", "EB-05", "07/11/2024"),
                    ("Saint-Laurent", "EB-06", "08/11/2024"), ("Ahuntsic", "EB-09", "11/11/2024")]:
        stores.append([s, c, d, "per store survey (to follow)"])
    blocks = [
        ("h1", "Appel de livraison / Call-off EB-CO-12"),
        ("p", "Épicerie Boréale inc. - 5455 av. de Gaspé, Montréal QC. To: Braga Sinalética, Lda. Date: 30/09/2024. "
              "Framework PO EB-PO-5250 (aisle wayfinding programme)."),
        ("h", "Wave 1"),
        ("p", "Please produce the aisle wayfinding kits (hanging aisle blades + end-cap panels, bilingual FR/EN) "
              "for all stores listed in Annex A (Montréal island stores)."),
        ("h", "Waves 2 and 3"),
        ("p", "Waves 2 (Laval, Longueuil) and 3 (Québec City, Sherbrooke) are not released. They stay on hold and "
              "will be released by the next call-off, signed by Sophie Gagnon, after lot acceptance of the wave-1 "
              "kits at our Saint-Laurent warehouse."),
        ("h", "Annex A - wave 1 stores"),
        ("table", stores),
        ("sp",),
        ("p", "Material: aluminium composite 3 mm, UV print, anti-graffiti laminate. French text first, per the "
              "Charter of the French language."),
        ("p", "Sophie Gagnon - Directrice Design & Marchandisage - sophie.gagnon@epicerieboreale.ca"),
    ]
    case("p37_calloff_all_stores_no_qty", ["RG010"],
         "call-off releases wave-1 kits 'for all stores in Annex A' but never states how many kits; waves 2-3 held until Sophie's next call-off after lot acceptance",
         [("EB-CO-12_calloff.docx", docx_bytes(blocks, author="Sophie Gagnon"))])


# p38: folder: PO says 12 prototypes, buyer's release mail says 15
def p38():
    po = [
        ("h1", "ORDEN DE COMPRA OS-24-700"),
        ("p", "Ópticas Solaz S.A. de C.V. - Av. Patria 1891, Zapopan, Jalisco 45110, México"),
        ("p", "Proveedor: Shenzhen Brightsign Display Co., Ltd. - Fecha: 21/10/2024 - USD - FOB Shenzhen"),
        ("table", [
            ["Partida", "Código", "Descripción", "Cant.", "P.U. USD"],
            ["1", "LB-600-OPT", "Caja de luz vitrina 600 x 900, SEG, 5000 K - prototipo", "12", "88.00"],
        ]),
        ("sp",),
        ("p", "Alcance / Scope: twelve (12) prototype light boxes are released. The balance of 288 light boxes is "
              "not released and stays on hold until a written release from Alejandro Ruiz (Director de Compras), "
              "after the prototypes have been signed off at the Andares pilot store."),
        ("p", "Comprador: Alejandro Ruiz - aruiz@opticassolaz.mx"),
    ]
    text = """Hi Kevin,

Confirming our PO OS-24-700 (PDF sent this morning): you're released for the 15 prototype light
boxes. The rest stays on hold as per the PO until my written release after Andares.

Please ship the prototypes to our office in Zapopan, not to the store.

Saludos,
Alejandro
""" + sig("Alejandro Ruiz", "Director de Compras", "Ópticas Solaz S.A. de C.V., Zapopan", "+52 33 3648 1200")
    m = mail("Alejandro Ruiz <aruiz@opticassolaz.mx>", "Kevin Liu <kevin.liu@brightsign-display.cn>",
             "OS-24-700 prototipos / prototypes", "Mon, 21 Oct 2024 13:10:00 -0600", text)
    case("p38_folder_po12_mail15", ["RG011"],
         "PO releases twelve (12) prototypes; buyer's confirming mail says released for 15",
         [("OS-24-700_orden.pdf", pdf(po, title="OS-24-700", author="Opticas Solaz")),
          ("mail_OS-24-700.eml", eml_bytes(m))])


# p39: PDF PO: line qty 20 vs scope note 25
def p39():
    blocks = [
        ("h1", "PURCHASE ORDER HBH-24-1488"),
        ("p", "Hudson Bayview Home Ltd., Vancouver BC. Supplier: Anatolia Reklam Ürünleri A.Ş., İzmir, Türkiye. "
              "Date: 28 October 2024. Currency: CAD. DAP Vancouver."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit CAD", "Amount CAD"],
            ["1", "BH-A4-3T", "Acrylic brochure holder, A4, 3 tiers, wall-mount, 4 mm clear - SAMPLE", "20", "24.50", "490.00"],
            ["2", "FRT", "Air freight samples", "1", "180.00", "180.00"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "Sample quantity: twenty-five (25) pcs, released for production. The balance of 975 pcs on quote "
              "AR-Q-24-310 is not released and stays on hold until a revised PO signed by Meredith Chow (Director, "
              "Store Planning) after sample sign-off at the Metrotown pilot store."),
        ("p", "Material: sample quantity only. Polished edges, no visible glue marks; protective film on both sides."),
        ("p", "Buyer: Kevin O'Connell, Procurement Specialist"),
    ]
    case("p39_po_line20_note25", ["RG011"],
         "PO line says 20 sample holders, the scope note says twenty-five (25) released",
         [("HBH-24-1488.pdf", pdf(blocks, pagesize=LETTER, title="HBH-24-1488", author="Hudson Bayview Home"))])


# p40: WhatsApp: wave 1 = 50 kits in the first message, 60 later "as per PO"
def p40():
    chat = """[04/11/24, 10:02:15] Tan Wei Ling: Hi Duc, PO LCO-PO-77701 sent 🙂
[04/11/24, 10:03:01] Tan Wei Ling: Wave 1: 50 counter kits released. Waves 2-3 (190 kits) not released, on hold until my written release after wave 1 lot acceptance at our Jurong warehouse
[04/11/24, 10:20:44] Tran Minh Duc (Saigon POS): Thank you Wei Ling! Noted. Artwork same as the prototype?
[04/11/24, 10:25:09] Tan Wei Ling: same, only the header text change to "New Season" - file coming later today
[05/11/24, 08:47:30] Tran Minh Duc (Saigon POS): Dear Wei Ling, how many kits per store for wave 1? I want to pack by store
[05/11/24, 09:15:12] Tan Wei Ling: 2 per store, 30 stores, so 60 kits released as per PO ya
[05/11/24, 09:15:40] Tan Wei Ling: store list with addresses attached 👇
[05/11/24, 09:15:41] Tan Wei Ling: <attached: LCO_wave1_stores.xlsx>
[05/11/24, 09:30:02] Tran Minh Duc (Saigon POS): Received 👍"""
    case("p40_whatsapp_50_then_60", ["RG011"],
         "buyer first releases 50 wave-1 kits, next day says 60 kits released 'as per PO'",
         [("whatsapp_lco_saigonpos.txt", txt(chat))])


# p41: DOCX call-off: text says 120, table totals 140
def p41():
    rows = [["Magasin", "Code", "Pose", "Kits"]]
    for s, c, d, k in [("Lens", "CG-031", "04/11/2024", "20"), ("Douai", "CG-034", "05/11/2024", "20"),
                       ("Valenciennes", "CG-036", "06/11/2024", "20"), ("Dunkerque", "CG-040", "07/11/2024", "20"),
                       ("Calais", "CG-042", "08/11/2024", "20"), ("Boulogne-sur-Mer", "CG-045", "12/11/2024", "20"),
                       ("Saint-Omer", "CG-047", "13/11/2024", "20")]:
        rows.append([s, c, d, k])
    rows.append(["Total", "", "", "140"])
    blocks = [
        ("h1", "Appel de livraison / Call-off CG-CO-2024-11"),
        ("p", "Carré Gourmand SAS - Achats Réseau - La Madeleine. To: Braga Sinalética, Lda. Date: 14/10/2024."),
        ("p", "Framework PO CG-PO-88120 (commercial cover 300 menu-board kits). Wave 1 (60 kits) delivered in September."),
        ("h", "Released by this call-off"),
        ("p", "One hundred and twenty (120) menu-board kits, wave 2, per the table below."),
        ("table", rows),
        ("sp",),
        ("h", "Balance"),
        ("p", "The remaining 120 kits of the framework are not released and stay on hold until the next call-off, "
              "signed by Nathalie Dumont (Responsable Achats Réseau)."),
        ("p", "Material: for the kits released by this call-off only."),
        ("p", "Nathalie Dumont - n.dumont@carre-gourmand.fr"),
    ]
    case("p41_calloff_120_table_140", ["RG011"],
         "call-off text releases 120 kits but its store table totals 140",
         [("CG-CO-2024-11.docx", docx_bytes(blocks, author="Nathalie Dumont"))])


# p42: mail says 200 released; attached ERP release printout says 180
def p42():
    rel = """MAPLE RIDGE OUTFITTERS INC.   PRODUCTION RELEASE / AVIS DE LIBERATION     PG 1
ORACLE EBS R12.2    RUN 2024-11-04 14:02 ET    USER PSANDHU
---------------------------------------------------------------------------------
RELEASE NO.        REL-30777-01
PO NUMBER          MRO-30777            SUPPLIER  ISTANBUL TABELA REKLAM LTD STI
ITEM               MB-DIG-55  MENU BOARD LIGHT BOX 55IN
PO QTY (COVER)       400 EA
PROTOTYPES           4 EA   (SIGNED OFF 28-OCT-2024, YORKDALE)
RELEASED QTY       180 EA   (THIS RELEASE)
CUM. RELEASED      184 EA
BALANCE ON HOLD    216 EA   - NOT RELEASED; NEXT WRITTEN RELEASE BY P. SANDHU
                              AFTER LOT ACCEPTANCE AT BRAMPTON DC
AUTHORISED BY      PRIYA SANDHU, SOURCING LEAD (RELEASE LIMIT CAD 150,000)
---------------------------------------------------------------------------------"""
    text = """Hi Selin,

Good news - Yorkdale signed off the prototypes last week, so here is the production release for
PO MRO-30777: 200 menu boards released now (the first half). The other 196 stay on hold until my
next written release, after lot acceptance of this first half at our Brampton DC.

The Oracle release printout is attached for your files.

Material: for the released boards only, please.

Thanks,
Priya
""" + sig("Priya Sandhu", "Sourcing Lead - Store Development", "Maple Ridge Outfitters Inc., Toronto",
          "+1 416 555 0187")
    m = mail("Priya Sandhu <priya.sandhu@mapleridge.ca>", "Selin Aydın <selin.aydin@istanbultabela.com.tr>",
             "Production release MRO-30777", "Mon, 04 Nov 2024 14:20:00 -0500", text,
             attachments=[("REL-30777-01.txt", rel, "text/plain")])
    case("p42_mail200_printout180", ["RG011"],
         "release mail says 200 released / 196 on hold; attached release printout says 180 released / 216 on hold",
         [("release_MRO-30777.eml", eml_bytes(m))])


# p43: buyer: deposit on the full order paid, so start production (quoted PO note complete)
def p43():
    orig = """Kevin,

OC FN-OC-24-1120 attached. Eight (8) sample light boxes CJ-LUZ-800 are released. The balance
of 392 is not released and stays on hold until my written release, after the sign-off of the
samples at our San Pedro pilot store.

Jorge Treviño
Gerente de Compras, Farmacias del Norte"""
    text = """Hola Kevin,

Ya pagamos hoy el anticipo del 30% del pedido completo (transferencia SWIFT, copia adjunta en
el portal) - so you can start production now, we need everything in the stores for the
Buen Fin campaign in mid-November.

Please send me the production schedule by Friday.

Saludos,
Jorge

""" + quote("El 01/10/2024, Jorge Treviño escribió:\n" + orig) + "\n" + \
        sig("Jorge Treviño", "Gerente de Compras", "Farmacias del Norte S.A. de C.V., Monterrey", "+52 81 8340 2200")
    m = mail("Jorge Treviño <jtrevino@farmaciasdelnorte.mx>", "Kevin Liu <kevin.liu@brightsign-display.cn>",
             "RE: OC FN-OC-24-1120 anticipo pagado", "Tue, 08 Oct 2024 10:05:00 -0600", text,
             in_reply_to="<h122-fn1120@farmaciasdelnorte.mx>")
    case("p43_deposit_paid_start_production", ["RG012"],
         "quoted PO is complete (8 released, 392 held until Jorge's written release); the new mail says the deposit on the full order is paid so start production",
         [("re_FN-OC-24-1120_anticipo.eml", eml_bytes(m))])


# p44: WhatsApp: supplier reads payment as the start of mass production
def p44():
    chat = """[07/10/2024, 11:20:03] Julien Marchand: Bonjour Emre, PO ED-2024-455 sent by mail
[07/10/2024, 11:21:10] Julien Marchand: 10 mock-up menu boards only. The 390 roll-out boards are not released until my written release, after the client signs off the pilot restaurant in Caluire
[07/10/2024, 11:45:30] Emre Yıldız: Merhaba Julien, thank you, understood 👍
[07/10/2024, 11:46:02] Emre Yıldız: we send proforma for mock-ups + cutting tool
[14/10/2024, 09:02:41] Julien Marchand: Emre, payment for the mock-ups and the cutting tool went out today (SEPA)
[15/10/2024, 08:31:17] Emre Yıldız: Payment received ✅ thank you Julien!
[15/10/2024, 08:31:55] Emre Yıldız: so we start the mass production tomorrow morning 🚀 first 100 boards ready end of October
[15/10/2024, 08:32:20] Emre Yıldız: <attached: IMG_4471.jpg>"""
    case("p44_whatsapp_payment_received_mass_production", ["RG012"],
         "buyer scope complete (10 mock-ups, 390 held until Julien's written release); supplier treats the payment as the start of mass production",
         [("whatsapp_duval_bursa.txt", txt(chat))])


# p45: supplier proforma: production starts on receipt of deposit
def p45():
    blocks = [
        ("h1", "PROFORMA INVOICE HX-PI-241105"),
        ("p", "Dongguan Huaxing Acrylic Products Co., Ltd. - No. 18 Xingye Road, Chang'an Town, Dongguan 523850"),
        ("p", "Buyer: Lion City Optics Pte Ltd, 391B Orchard Road #14-02, Singapore 238874. Your ref: LCO-PO-77802."),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["AD-520", "Countertop eyewear stand, 6 mm base, LED header", "495", "36.80", "18,216.00"],
            ["", "Deposit 30% due now", "", "", "5,464.80"],
        ]),
        ("sp",),
        ("p", "Terms: production of the 495 pcs will start upon receipt of the 30% deposit. Balance 70% before "
              "shipment. Lead time 25 days from deposit."),
        ("p", "Bank: Bank of China Dongguan Branch, A/C 6442 7710 2093, SWIFT BKCHCNBJ42A."),
        ("p", "Lily Zhang, Sales Manager Export"),
    ]
    case("p45_proforma_production_on_deposit", ["RG012"],
         "supplier proforma says production of 495 pcs starts on receipt of the deposit",
         [("HX-PI-241105.pdf", pdf(blocks, title="HX-PI-241105", author="Dongguan Huaxing"))])


for _f in (p35, p36, p37, p38, p39, p40, p41, p42, p43, p44, p45):
    _f()


# ==== MAIN ====
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)
        folder = f"{PREFIX}_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multi}")
    for r, n in counts.items():
        print(f"  {r}: {n}")


if __name__ == "__main__":
    main()
