#!/usr/bin/env python3
"""Generator for the releasegate check_holdout77 corpus (candles, home fragrance, gift sets).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout77/build.py

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
    m["Message-ID"] = msgid or f"<h77-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h77")
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



# ------------------------------------------------------------ small helpers
def wa(lines):
    """chat export helper: lines already formatted; joins with newlines."""
    return "\n".join(lines) + "\n"


def att_formats(msg):
    """formats carried inside an EML as attachments (for the README counts)."""
    found = set()
    for part in msg.walk():
        if part.get_content_disposition() != "attachment":
            if part.get_content_type() == "message/rfc822":
                found.add("EML(rfc822)")
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct == "message/rfc822":
            found.add("EML(rfc822)")
        elif fn.endswith(".pdf"):
            found.add("PDF")
        elif fn.endswith(".docx"):
            found.add("DOCX")
        elif fn.endswith((".html", ".htm")):
            found.add("HTML")
        elif fn.endswith(".txt"):
            found.add("TXT")
    return found


# ============================================================ CASES
# Names starting with "c" are clean (expect []), names starting with "p" carry risks.
# The names never reach the output folders.


# ------------------------------------------------------------ batch 1
# c01: US brand sample PO (PDF, SKU table), production qty from quote labelled planning-only.
case("c01_sample_po_pdf_hollowpine", [], "sample PO states 36 active, quote 6,000 planning-only/not released, unlock burn-test sign-off + written release by Dana Whitfield, material sample-only", [
    ("PO_HPC-24117.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", "Hollow Pine Candle Co. - 2210 NW Raleigh St, Portland, OR 97210, USA - purchasing@hollowpinecandle.com"),
        ("table", [["PO No.", "HPC-24117"], ["Date", "May 6, 2024"],
                   ["Supplier", "Xiamen Brightway Glass Co., Ltd., Tong'an District, Xiamen, Fujian, China"],
                   ["Supplier quote", "XBG-Q2405-88 dated Apr 29, 2024"], ["Buyer", "Kyle Brennan"],
                   ["Incoterm", "FOB Xiamen (samples: DAP Portland by courier)"], ["Payment terms", "Net 30 from invoice"]]),
        ("sp",),
        ("table", [["Line", "SKU", "Description", "Qty", "Unit", "Unit price", "Ext."],
                   ["1", "HP-0800-12", "12 oz straight tumbler, amber, matte exterior spray, 2-colour decal 'Cedar & Smoke'", "24", "pcs", "$6.50", "$156.00"],
                   ["2", "HP-0800-16", "16 oz straight tumbler, amber, matte exterior spray, decal 'Cedar & Smoke'", "12", "pcs", "$7.20", "$86.40"],
                   ["3", "TOOL-DEC-01", "Decal screen set-up, one-off", "1", "lot", "$120.00", "$120.00"],
                   ["", "", "", "", "", "Total", "$362.40"]]),
        ("h", "Scope of this PO - please read before scheduling"),
        ("p", "This PO covers the 36 sample vessels on lines 1 and 2 (24 + 12) and the decal set-up. "
              "Make the samples only."),
        ("p", "Your quote XBG-Q2405-88 shows a production quantity of 6,000 pcs (4,000 x 12 oz, 2,000 x 16 oz). "
              "That figure is for capacity planning only. It is not released by this PO and the whole "
              "production balance stays on hold."),
        ("p", "What unlocks it: our burn test on the samples (four 4-hour cycles, 8% fragrance load, CD-12 wicks) "
              "has to be signed off first. After that, production is released only by a separate written "
              "production release from Dana Whitfield, Director of Operations, with its own release number "
              "(HPC-REL-xx)."),
        ("p", "Material authority: sample only. Please do not buy cullet, spray colour or decal paper for the "
              "production quantity."),
        ("p", "Shipping: air courier on our DHL account 9X-441-208. Pack each vessel in its own mailer and mark "
              "the cartons SAMPLES - NOT FOR RESALE. Lip must be fire-polished; no seeds or stones over 0.5 mm "
              "visible at 30 cm."),
        ("sp",),
        ("p", "Kyle Brennan - Purchasing - Hollow Pine Candle Co. - +1 503 555 0142"),
    ], pagesize=LETTER, title="PO HPC-24117", author="Kyle Brennan")),
])

# c02: supplier quote with tiers (PDF, Polish glassworks), no authorization.
case("c02_quote_tiers_pl", [], "supplier quotation with sample and production tiers; quote alone authorizes nothing", [
    ("HSP_Oferta_Q-2024-0412.pdf", pdf([
        ("h1", "OFERTA / QUOTATION"),
        ("p", "Huta Szkla Podkarpacie Sp. z o.o. - ul. Hutnicza 7, 38-400 Krosno, Poland - NIP 684-000-12-34"),
        ("table", [["Quotation no.", "HSP/Q/2024/0412"], ["Date", "22.04.2024"],
                   ["Customer", "Wick & Wander Ltd, Unit 4 Feeder Road, Bristol BS2 0SB, UK"],
                   ["Attn.", "Hannah Lee, Buyer"], ["Contact", "Marek Nowak, Export Sales"]]),
        ("sp",),
        ("p", "Article: candle vessel 30 cl 'Tumbler Classic', soda-lime glass, outside hand spray colour "
              "Sage (ref. HSP-5605), 1-colour white ceramic decal logo, fire-polished rim."),
        ("table", [["Item", "Quantity", "Unit price EUR", "Lead time"],
                   ["Sample vessels (hand sprayed, decal)", "24 pcs", "9,50", "10 working days"],
                   ["Production", "3.000 pcs", "2,45", "6 weeks"],
                   ["Production", "5.000 pcs", "2,10", "6 weeks"],
                   ["Production", "10.000 pcs", "1,85", "7 weeks"]]),
        ("sp",),
        ("p", "Colour tolerance: delta E <= 1,5 against the signed colour master. Decal firing 580 C. "
              "Wall thickness min. 3,2 mm. Packing: 24 pcs per carton, 40 cartons per EUR pallet."),
        ("p", "Mould 30 cl: existing, no tooling cost. Decal screens EUR 180,00 one-off."),
        ("p", "Validity: 60 days. Payment: 30 days net from invoice date. Delivery: FCA Krosno. "
              "Lead times are counted from the date of your written production release."),
        ("p", "This quotation is not an order confirmation."),
        ("p", "Z powazaniem / Kind regards, Marek Nowak"),
    ], title="Oferta HSP/Q/2024/0412", author="Marek Nowak")),
])

# c03: supplier question (EML, Indian English) with TXT packing list attached.
_c03 = mail(
    "Rajesh Agarwal <rajesh@firozabadcrystal.in>", "Hannah Lee <hannah.lee@wickandwander.co.uk>",
    "Samples dispatched - W&W amber 30cl with gold rim - AWB 7781 2290 4410",
    "Tue, 14 May 2024 16:22:05 +0530",
    "Dear Hannah Ji,\n\nGreetings from Firozabad!\n\n"
    "We are pleased to inform that the 24 pcs samples of amber 30cl vessel with gold rim are dispatched "
    "today by DHL, AWB 7781 2290 4410. Packing list is attached for your kind reference.\n\n"
    "Kindly note the gold rim is 12% liquid gold, fired at 580 deg C, so please do not put in dishwasher "
    "during your testing.\n\n"
    "Request you to kindly advise: do we have your go-ahead for the 4,800 pcs balance, or shall we wait "
    "for your burn test result and your written release? As of now we have not purchased any batch "
    "material for the 4,800 pcs, only the sample glass was melted.\n\n"
    "Awaiting your kind reply.\n\nWarm regards,\nRajesh Agarwal\nExport Manager\n"
    "Firozabad Crystal Exports Pvt. Ltd.\nJalesar Road, Firozabad 283203, U.P., India\n+91 98370 55120\n",
    attachments=[("Packing_list_samples_FCE-PL-0514.txt",
                  "FIROZABAD CRYSTAL EXPORTS PVT. LTD.          PACKING LIST  FCE-PL-0514\n"
                  "Consignee : Wick & Wander Ltd, Bristol BS2 0SB, UK\n"
                  "AWB       : DHL 7781 2290 4410      Date : 14.05.2024\n"
                  "------------------------------------------------------------------\n"
                  "SR  DESCRIPTION                         QTY   CTN  NET KG  GROSS KG\n"
                  "1   Amber vessel 30cl, gold rim (SAMPLE)  24     1    7.20     9.10\n"
                  "------------------------------------------------------------------\n"
                  "No commercial value - samples for testing only. HS code 7013.99\n",
                  "text/plain")],
)
case("c03_supplier_question_in", [], "supplier asks whether it has the go-ahead for the 4,800 balance; a question authorizes nothing; no material bought", [
    ("Samples_dispatched_AWB_7781.eml", _c03),
])

# c04: labelled forecast (DOCX table), UK brand to Portuguese glass.
case("c04_forecast_docx", [], "rolling forecast clearly labelled as not an order and not authorizing production or material", [
    ("WW_rolling_forecast_AW24_issue3.docx", docx_bytes([
        ("h1", "Rolling forecast - Autumn/Winter 2024 - issue 3"),
        ("p", "From: Wick & Wander Ltd, Bristol (Hannah Lee, Buyer)   To: Vidreira Atlantica, Lda., Marinha Grande (Joao Ferreira)"),
        ("p", "Date: 3 June 2024"),
        ("p", "This is a forecast, not a purchase order. It does not authorise production and it does not "
              "authorise the purchase of glass, spray colour or packaging. Quantities are ordered and released "
              "separately, in writing, by purchase order and production release."),
        ("table", [["SKU", "Description", "Aug", "Sep", "Oct", "Nov", "Total (forecast)"],
                   ["WW-TMB-30-SG", "Tumbler 30cl, Sage spray", "1,200", "1,800", "2,400", "1,000", "6,400"],
                   ["WW-TMB-30-AM", "Tumbler 30cl, Amber", "800", "1,200", "1,600", "600", "4,200"],
                   ["WW-LNT-50-CL", "Lantern jar 50cl, clear, cork lid", "0", "400", "900", "500", "1,800"]]),
        ("p", "Confidence: plus or minus 30%. The November figures depend on the Harrow & Finch Christmas "
              "listing, which is not yet confirmed."),
        ("p", "Please use this for furnace and capacity planning only and tell us if any month looks tight. "
              "Next issue: 1 July 2024."),
        ("p", "Thanks, Hannah"),
    ], author="Hannah Lee")),
])

# c05: HTML B2B shop order page, full-quantity repeat order with "proceed with the 1,200 pcs".
case("c05_b2b_shop_repeat_order", [], "full-quantity repeat order (1,200, no balance) says proceed with the 1,200; price breaks labelled information", [
    ("QY-B2B-240611-0087_order.html", html_page("Order QY-B2B-240611-0087 - Qingyu Glass B2B", """
<h2>Guangzhou Qingyu Glass Products Co., Ltd. &mdash; B2B Order Centre</h2>
<p>Order No. <b>QY-B2B-240611-0087</b> &middot; Placed 11 Jun 2024 14:07 (UTC+8) &middot; Status: <b>Awaiting supplier confirmation</b></p>
<p>Buyer account: Juniper Row Home LLC, 88 Sackett St, Brooklyn, NY 11231, USA &middot; Contact: Priya Shah</p>
<table>
<tr><th>Item</th><th>Specification</th><th>Qty</th><th>Unit price (USD)</th><th>Amount (USD)</th></tr>
<tr><td>QY-DF-100SQ</td><td>100 ml square diffuser bottle, frosted, neck 28/410, matte black screw cap</td><td>1,200 pcs</td><td>0.92</td><td>1,104.00</td></tr>
<tr><td>QY-PLUG-28</td><td>PE reducer plug for 28/410 neck</td><td>1,200 pcs</td><td>0.04</td><td>48.00</td></tr>
<tr><td colspan="4">Total</td><td>1,152.00</td></tr>
</table>
<p><b>Buyer's note:</b></p>
<div class="note">Repeat of our PO JR-0418, same spec as the bottles you shipped in March (same frosting, same cap torque).
This order is for 1,200 bottles and 1,200 plugs, full quantity &mdash; there is no balance and nothing else follows under it.
Please proceed with the 1,200 pcs. Ship by sea LCL to New York, our forwarder Flexport, ref. FLX-JR-2231.</div>
<h3>Price breaks for this item (for information)</h3>
<table>
<tr><th>Qty</th><th>Unit price (USD)</th></tr>
<tr><td>500 &ndash; 999</td><td>1.05</td></tr>
<tr><td>1,000 &ndash; 4,999</td><td>0.92</td></tr>
<tr><td>5,000+</td><td>0.81</td></tr>
</table>
<p style="color:#777">Payment: 30% T/T with order, 70% against B/L copy. Lead time 20&ndash;25 days.</p>
""")),
])

# p1: bare sample PO (PDF) + supplier quote (PDF) as two files.
case("p01_bare_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 24 beside quote with 2,500 production; nothing says the rest is not released, no unlock event, no release person", [
    ("FE-PO-0193.pdf", pdf([
        ("h1", "Purchase Order FE-PO-0193"),
        ("p", "Fern & Ember Candle Studio, 1400 E 4th St, Austin, TX 78702 - hello@fernandember.com"),
        ("table", [["To", "Bat Trang Ceramics Export JSC, Gia Lam, Hanoi, Vietnam (Mr. Le Hoang Anh)"],
                   ["Date", "June 3, 2024"], ["Ref.", "your quotation Q24-117"],
                   ["Ship to", "Fern & Ember studio, Austin TX (courier)"]]),
        ("sp",),
        ("table", [["#", "Item", "Description", "Qty", "Unit USD", "Total USD"],
                   ["1", "FE-MOSS-10", "Ceramic candle vessel 10 oz, reactive glaze 'Moss', unglazed foot, with ash-wood lid", "24", "14.00", "336.00"],
                   ["2", "FE-CLAY-10", "Same vessel, glaze 'Clay'", "12", "14.00", "168.00"]]),
        ("sp",),
        ("p", "Sample order. Please send samples to the Austin studio by June 28 so we can pour and burn test "
              "before our holiday photo shoot."),
        ("p", "Glaze must be food-safe and crazing-free after 3 burn cycles; inside must be fully glazed. Lids: "
              "kiln-dried ash, 3 mm silicone gasket, logo laser-engraved (file FE_logo_v4.ai attached to our email)."),
        ("p", "Payment: card via invoice link. Questions to Mia Castellano, Founder."),
    ], pagesize=LETTER, title="FE-PO-0193", author="Mia Castellano")),
    ("BTC_Quotation_Q24-117.pdf", pdf([
        ("h1", "QUOTATION Q24-117"),
        ("p", "Bat Trang Ceramics Export JSC - Bat Trang village, Gia Lam, Hanoi - export@battrangceramics.vn"),
        ("p", "To: Fern & Ember Candle Studio, Austin, USA. Date: 27 May 2024."),
        ("table", [["Item", "Description", "Sample qty", "Sample price USD", "Production qty", "Production price USD"],
                   ["FE-MOSS-10", "10 oz vessel, reactive glaze Moss, ash lid", "24", "14.00", "2,500", "4.80"],
                   ["FE-CLAY-10", "10 oz vessel, glaze Clay, ash lid", "12", "14.00", "1,500", "4.80"]]),
        ("p", "MOQ production 1,000 pcs per glaze. Production lead time 45 days. Reactive glaze: each piece is "
              "unique, colour variation is normal for this glaze. Packing: single box + 5-ply export carton."),
        ("p", "Price FOB Hai Phong. Valid 30 days."),
    ], title="Quotation Q24-117", author="Le Hoang Anh")),
])

# p2: WeChat export: supplier quotes tiers, founder orders 12 samples; nothing else.
case("p02_wechat_bare_samples", ["RG001", "RG003", "RG004", "RG005"],
     "founder orders 12 sample lids right under a 4,000 pcs quote in the chat; no hold, no unlock event, no release person", [
    ("WeChat_Jess_Kevin_Hengda.txt", wa([
        "WeChat chat history",
        "Jess Moreau (Saltbush & Smoke) <-> Kevin Zhou 周凯 (Ningbo Hengda Metal Packaging)",
        "Exported 2024-05-21 08:40",
        "",
        "2024-05-20 10:02  Kevin Zhou: Hi Jess good morning",
        "2024-05-20 10:02  Kevin Zhou: about the tin lid 85mm with embossed logo, here is our price",
        "2024-05-20 10:04  Kevin Zhou: sample 12 pcs USD 4.50/pc incl. emboss die",
        "2024-05-20 10:04  Kevin Zhou: mass production 4,000 pcs USD 1.85/pc, MOQ 3,000",
        "2024-05-20 10:05  Kevin Zhou: colour brushed gold or matt black, inside lacquer food grade. sample 7 days, MP 25 days",
        "2024-05-20 10:31  Jess Moreau: amazing thanks Kevin!!",
        "2024-05-20 10:33  Jess Moreau: can the emboss be a bit deeper than last time? the old one was barely visible under the label",
        "2024-05-20 10:36  Kevin Zhou: yes we can make 0.4mm deep, no problem",
        "2024-05-20 10:41  Jess Moreau: perfect. pls send the 12 sample lids to our studio in Brunswick, 6 gold 6 black. I'll get the PO out of Xero today",
        "2024-05-20 10:42  Jess Moreau: address is 14 Union St, Brunswick VIC 3056",
        "2024-05-20 10:45  Kevin Zhou: ok noted 👍 12 pcs sample, 6 gold 6 black, we arrange",
        "2024-05-20 10:45  Kevin Zhou: [Image]",
        "2024-05-20 11:02  Jess Moreau: 🙏",
    ])),
])

# p3: German ERP PO printout: sample line with series quantity from quote printed beside it.
case("p03_erp_de_muster_serienmenge", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 24 sample vessels prints the 3.000 series quantity of the quote beside it; nothing about hold, unlock or who releases", [
    ("Bestellung_4500019273.txt",
     "LICHTWERK DUFTMANUFAKTUR GMBH                    BESTELLUNG / PURCHASE ORDER\n"
     "Stresemannstr. 182 - 22769 Hamburg               Nr.    4500019273\n"
     "USt-IdNr. DE298877410                            Datum  14.05.2024\n"
     "                                                 Seite  1 / 1\n"
     "Lieferant / Supplier: 70044119\n"
     "Huta Szkla Podkarpacie Sp. z o.o.\n"
     "ul. Hutnicza 7, 38-400 Krosno, PL\n"
     "\n"
     "Ansprechpartner: Jonas Krueger  Tel +49 40 3990 1127  einkauf@lichtwerk-duft.de\n"
     "Angebot / Quote: HSP/Q/2024/0391 v. 30.04.2024\n"
     "Lieferbedingung: FCA Krosno (Incoterms 2020)   Zahlung: 30 Tage netto\n"
     "--------------------------------------------------------------------------------\n"
     "POS  MATERIAL        BEZEICHNUNG                          MENGE  ME   PREIS EUR   WERT EUR\n"
     "--------------------------------------------------------------------------------\n"
     "010  LW-GL-0350-SG   Glas 35cl Salbeigruen gespritzt         24  ST        9,50     228,00\n"
     "                     sample vessel 35 cl, sage spray, decal 'Lichtwerk No.7'\n"
     "                     Serienmenge lt. Angebot: 3.000 ST (series qty per quote)\n"
     "                     Liefertermin KW 24 / delivery CW 24\n"
     "020  LW-DEC-SET      Siebdruck-Einrichtung Dekor                 1  PAU      180,00     180,00\n"
     "                     decal screen set-up\n"
     "--------------------------------------------------------------------------------\n"
     "                                                        Gesamtwert netto EUR    408,00\n"
     "\n"
     "Bitte Auftragsbestaetigung innerhalb 3 Werktagen. Please confirm within 3 working days.\n"
     "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023). Our general terms of purchase apply.\n"
     "Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gueltig.\n"),
])

# p4: UK founder email: 600 gift boxes "to start with"; nothing about the rest.
case("p04_giftbox_start_with_600", ["RG003", "RG004", "RG005"],
     "buyer starts with 600 gift boxes out of a larger Christmas range; never says the rest is not released, no unlock event, no release person", [
    ("Christmas_gift_boxes_LFS-0622.eml", mail(
        "Zoe Hartley <zoe@littleflamestudio.co.uk>", "Ms. Thu <thu.tran@saigonpaperworks.vn>",
        "Christmas gift boxes - let's start!",
        "Mon, 10 Jun 2024 09:12:44 +0100",
        "Hi Thu,\n\n"
        "Thank you so much for the samples of the rigid box, they arrived Friday and everyone in the studio "
        "loves the magnetic flap. The kraft insert holds the 200 g candle and the match jar perfectly.\n\n"
        "We've had a look at your quote for the full Christmas range and we'd like to start with 600 gift "
        "boxes (the Forest Green one with the gold foil) for the Harrow & Finch window in November. PO number "
        "is LFS-0622 for your invoice.\n\n"
        "A couple of small things:\n"
        "- please move the foil logo 5 mm up so it sits centred on the lid\n"
        "- the inner tray can be 1 mm tighter, the jar rattles a bit\n"
        "- shipping to our Leeds unit as before, DDP please\n\n"
        "Can you let me know the ship date once you have it?\n\n"
        "Thanks again, you've been brilliant with this.\n\n"
        "Zoe x\n\n"
        "Zoe Hartley | Founder | Little Flame Studio\nUnit 9, Sunny Bank Mills, Leeds LS28 5UJ\n"
        "littleflamestudio.co.uk | @littleflamestudio\n")),
])

# p5: French buyer email: make the colour-spray samples "as discussed": no quantity, nothing else.
case("p05_samples_as_discussed", ["RG003", "RG004", "RG005", "RG010"],
     "sample authorization with no quantity ('as discussed'), nothing on the rest of the offer, no unlock event, no release person", [
    ("Echantillons_Noel_20cl.eml", mail(
        "Theo Garnier <t.garnier@maison-solene.fr>", "Joao Ferreira <joao.ferreira@vidreira-atlantica.pt>",
        "Echantillons Noel - pot 20cl / colour spray",
        "Wed, 05 Jun 2024 17:48:10 +0200",
        "Bonjour Joao,\n\n"
        "Thank you for the call this afternoon, it was very useful.\n\n"
        "Following our discussion, please make the colour-spray samples as discussed on the 20cl vessel, in "
        "the two colours Bleu Nuit and Terracotta, against your offer VA-0424-19 for the Noel range. The decal "
        "file (logo Maison Solene, gold, 28 x 12 mm) will follow tomorrow from our studio.\n\n"
        "For the Terracotta, please try to stay close to the Pantone 7586 C chip we sent; last season the "
        "colour was too orange under shop lights.\n\n"
        "Delivery of the samples to our atelier, 41 rue de Turenne, 75003 Paris.\n\n"
        "Merci beaucoup et bonne soiree,\n\n"
        "Theo Garnier\nAcheteur / Buyer\nMaison Solene\n41 rue de Turenne, 75003 Paris\n+33 1 44 55 20 61\n")),
])

# p6: classic PO (PDF): "Upon approval of samples, proceed with production of 3,000 pcs."
case("p06_po_upon_approval_proceed", ["RG001", "RG003", "RG005", "RG007"],
     "PO for 20 sample lids says production of 3,000 follows upon approval of samples: implied auto-conversion, 3,000 shown beside 20 with no hold, no named release person", [
    ("PO_SS-1174_brass_lids.pdf", pdf([
        ("h1", "PURCHASE ORDER SS-1174"),
        ("p", "Saltbush & Smoke Pty Ltd - ABN 41 622 019 774 - 14 Union St, Brunswick VIC 3056, Australia"),
        ("table", [["Supplier", "Moradabad Metalcraft, Civil Lines, Moradabad 244001, U.P., India"],
                   ["Attention", "Mr. Imran Qureshi"], ["Date", "21 May 2024"],
                   ["Currency", "USD"], ["Delivery", "Samples by courier; production by sea to Melbourne"]]),
        ("sp",),
        ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "BR-LID-85", "Solid brass lid, 85 mm, brushed finish, laser-engraved logo, cork seal", "20", "6.20", "124.00"],
                   ["2", "BR-LID-85-FRT", "Courier freight, samples", "1", "65.00", "65.00"]]),
        ("sp",),
        ("h", "Notes"),
        ("p", "Lid to fit our 300 ml vessel (drawing SS-V300 rev C, outer diameter 84.2 mm +/- 0.2). Cork seal 3 mm, "
              "food-grade lacquer inside to prevent tarnish."),
        ("p", "Upon approval of samples, proceed with production of 3,000 pcs. Delivery of production 8 weeks "
              "after approval, packed 50 pcs per carton with tissue between lids."),
        ("p", "Please quote your invoice against SS-1174. Accounts: accounts@saltbushandsmoke.com.au"),
        ("p", "Issued by Saltbush & Smoke purchasing - orders@saltbushandsmoke.com.au"),
    ], title="PO SS-1174", author="Grace Tan")),
])

# p7: DOCX PO with an approval status table ("Approved" for burn test, PO terms, production) + hold until further notice.
case("p07_docx_po_approval_status_table", ["RG004", "RG009"],
     "'approved' used for burn test, PO commercial terms and production in one status table; balance on hold 'until further notice' with named person but no unlock event", [
    ("WW-PO-2291_wax_blend.docx", docx_bytes([
        ("h1", "Purchase Order WW-PO-2291"),
        ("p", "Wick & Wander Ltd, Unit 4 Feeder Road, Bristol BS2 0SB, UK"),
        ("p", "Supplier: Mazowsze Wax Blends Sp. z o.o., ul. Przemyslowa 12, 09-411 Plock, Poland (Mr. Piotr Lewandowski)"),
        ("p", "Date: 8 May 2024    Buyer: Hannah Lee"),
        ("table", [["Line", "Item", "Description", "Qty", "Price/kg", "Value"],
                   ["1", "WW-CS-42", "Coconut-soy container blend, melt point 48-52 C, pre-dyed 'Oat', pastilles, 25 kg cases", "150 kg", "EUR 3,40", "EUR 510,00"]]),
        ("p", "The 150 kg pilot lot is for a pour trial on our own line (300 ml tumbler, 8% fragrance load)."),
        ("h", "Approval status"),
        ("table", [["Item", "Status", "By", "Date"],
                   ["Lab sample 1 kg - burn test", "Approved", "Hannah Lee", "02/05/2024"],
                   ["PO WW-PO-2291 - commercial terms", "Approved", "Finance (D. Osei)", "07/05/2024"],
                   ["Production quantity", "Not approved", "-", "-"]]),
        ("h", "Balance"),
        ("p", "Your quotation MWB/24/117 is for 2,000 kg. Only the 150 kg on line 1 are ordered now. The remaining "
              "1,850 kg is not released and stays on hold until further notice. Oliver Grant (Head of Product) "
              "is the only person who can release it."),
        ("p", "Delivery: DAP Bristol, pallets max. 1,000 kg, stretch-wrapped, each case labelled with batch number "
              "and melt point."),
        ("p", "Hannah Lee, Buyer, Wick & Wander Ltd - hannah.lee@wickandwander.co.uk"),
    ], author="Hannah Lee")),
])

# p13: supplier sales confirmation (PDF table) showing sample qty and production qty side by side.
case("p13_supplier_sales_confirmation", ["RG001"],
     "supplier sales confirmation prints production qty 6,000 beside the 24 samples ordered, with nothing saying it is informational or not released", [
    ("SC-XBG-240527-03.pdf", pdf([
        ("h1", "SALES CONFIRMATION"),
        ("p", "Xiamen Brightway Glass Co., Ltd. - No. 88 Xiangping Rd, Tong'an District, Xiamen 361100, China"),
        ("table", [["S/C No.", "SC-XBG-240527-03"], ["Date", "2024-05-27"],
                   ["Buyer", "Juniper Row Home LLC, Brooklyn NY, USA (Ms. Priya Shah)"],
                   ["Your PO", "JR-0533"], ["Sales", "Cindy Lin"]]),
        ("sp",),
        ("p", "Thank you for your PO JR-0533. We confirm as below:"),
        ("table", [["No.", "Item", "Spec", "Sample Qty", "Production Qty", "Unit Price (USD)", "Amount (USD)"],
                   ["1", "JR-RIB-09", "9 oz ribbed tumbler, clear glass, inside spray 'Blush', gold foil logo", "24", "6,000", "1.38", "96.00 (sample charge)"],
                   ["2", "JR-RIB-09-LID", "Bamboo lid 80 mm with silicone ring", "24", "6,000", "0.62", "included"]]),
        ("sp",),
        ("p", "Sample lead time: 10 days. Production lead time: 35 days. Port of loading: Xiamen."),
        ("p", "Packing: 4 pcs/inner box, 48 pcs/export carton, drop-test per ISTA 1A."),
        ("p", "Bank: Bank of China Xiamen Branch, SWIFT BKCHCNBJ73A. Payment by T/T."),
        ("p", "Seller: Xiamen Brightway Glass Co., Ltd. (stamp)          Buyer: ____________________"),
    ], title="Sales Confirmation SC-XBG-240527-03", author="Cindy Lin")),
])

# p14: two files: DOCX PO states scope for a 3,000 project; revised quote PDF shows 5,000 with no note.
case("p14_po_docx_plus_quote_5000", ["RG001"],
     "PO holds 2,952 of a 3,000 project with unlock + named person, but the attached revised quote shows 5.000 production pcs with nothing saying it is not released", [
    ("MS-BC-24-077_bon_de_commande.docx", docx_bytes([
        ("h1", "Bon de commande / Purchase order MS-BC-24-077"),
        ("p", "Maison Solene SAS - 41 rue de Turenne, 75003 Paris - SIRET 812 004 771 00025"),
        ("p", "Fournisseur / Supplier: Ceramica do Lis, Lda., Zona Industrial da Cova das Faias, 2415-017 Leiria, Portugal - Ana Costa"),
        ("p", "Date: 12/06/2024"),
        ("table", [["Ligne", "Article", "Designation", "Qte", "PU EUR", "Total EUR"],
                   ["1", "MS-LUNE-25", "Pot Lune 25cl, ceramique, email 'Craie' mat, fond non emaille", "48", "11,00", "528,00"],
                   ["2", "MS-LUNE-COUV", "Couvercle ceramique assorti", "48", "4,50", "216,00"]]),
        ("h", "Scope / Perimetre"),
        ("p", "Active quantity: 48 sample pots with lids (lines 1 and 2), for burn test and craze test in Paris."),
        ("p", "Of the 3,000-piece project quantity for the Noel 2024 range, 2,952 pieces are not released by this "
              "order. They are released only by a revised purchase order signed by Camille Roux (Packaging Lead), "
              "after our burn test and glaze craze test are signed off."),
        ("p", "Material authority: sample only."),
        ("p", "Livraison: DAP Paris, before 12/07/2024. Please write the PO number on every carton."),
        ("p", "Theo Garnier, Acheteur"),
    ], author="Theo Garnier")),
    ("Orcamento_CL-ORC-2024-0318_revB.pdf", pdf([
        ("h1", "ORCAMENTO / QUOTATION CL-ORC-2024-0318 rev. B"),
        ("p", "Ceramica do Lis, Lda. - Leiria, Portugal - comercial@ceramicadolis.pt"),
        ("p", "Cliente: Maison Solene SAS, Paris. Data: 07/06/2024. Substitui rev. A / supersedes rev. A."),
        ("table", [["Artigo", "Descricao", "Quantidade", "Preco unit. EUR"],
                   ["MS-LUNE-25", "Pot Lune 25cl, email Craie mate - amostras / samples", "48", "11,00"],
                   ["MS-LUNE-25", "Pot Lune 25cl, email Craie mate - producao / production", "5.000", "3,15"],
                   ["MS-LUNE-COUV", "Tampa / lid - producao / production", "5.000", "1,20"]]),
        ("p", "Rev. B: production quantity raised to 5.000 pcs, minimum run for a custom glaze batch in our tunnel kiln."),
        ("p", "Prazo / lead time: samples 3 weeks, production 7 weeks. Incoterm DAP Paris. Validade 45 dias."),
        ("p", "Ana Costa, Departamento Comercial"),
    ], title="Orcamento CL-ORC-2024-0318 rev B", author="Ana Costa")),
])

# p19: EML thread: buyer answers "yes, go ahead :)" to a supplier's "can we go ahead?"; quoted PO scope complete.
case("p19_thread_yes_go_ahead", ["RG002"],
     "buyer's 'yes, go ahead' answers an open 'can we go ahead?' without naming samples or a quantity; quoted PO scope otherwise complete", [
    ("RE_4500019388_decals_arrived.eml", mail(
        "Jonas Krueger <einkauf@lichtwerk-duft.de>", "Marek Nowak <m.nowak@hsp-krosno.pl>",
        "RE: RE: PO 4500019388 Bernstein 30cl - decals arrived",
        "Thu, 23 May 2024 08:03:51 +0200",
        "Hi Marek,\n\nyes, go ahead :)\n\nBest, Jonas\n\n"
        "Jonas Krueger | Einkauf | Lichtwerk Duftmanufaktur GmbH | Stresemannstr. 182, 22769 Hamburg\n\n"
        "-----Urspruengliche Nachricht-----\n"
        "Von: Marek Nowak <m.nowak@hsp-krosno.pl>\nGesendet: Mittwoch, 22. Mai 2024 16:40\n"
        "Betreff: RE: PO 4500019388 Bernstein 30cl - decals arrived\n\n"
        "> Dear Jonas,\n>\n"
        "> the amber spray colour and the decals arrived from the printer yesterday, all good quality.\n"
        "> Furnace slot is free next week. Can we go ahead?\n>\n"
        "> Best regards\n> Marek Nowak\n> Export Sales, Huta Szkla Podkarpacie\n>\n"
        "> -----Original Message-----\n> From: Jonas Krueger\n> Sent: 13 May 2024 10:15\n"
        "> Subject: PO 4500019388 Bernstein 30cl\n>\n"
        ">> Dear Marek,\n>>\n"
        ">> please find attached our PO 4500019388 for 30 sample vessels 'Bernstein' 30cl (amber spray, decal).\n"
        ">> Only these 30 samples are ordered. The 4,000 production vessels in your quote are not released:\n"
        ">> they stay on hold until our burn test is signed off and Lukas Becker (Leiter Einkauf) sends a\n"
        ">> written production release. Material authority: sample only.\n>>\n"
        ">> Viele Gruesse\n>> Jonas Krueger\n")),
])


# ------------------------------------------------------------ batch 2
# c06: explicit, recorded auto-conversion (EML multipart/alternative), French brand to Vietnamese box maker.
_c06_txt = (
    "Dear Thu,\n\n"
    "As promised after our call of 3 June, here is the scope of PO MS-BC-24-081 (rigid gift box 'Coffret "
    "Noel' for two 180 g candles) in writing. The same text is in the note field of the PO.\n\n"
    "1. Active now: 10 sample boxes, to drawing MS-CF-02 rev 3, paper 'Vert Sapin' 157 g, foil 'Or pale'.\n\n"
    "2. Auto-conversion, agreed and recorded: if Camille Roux, our Packaging Lead, signs off the samples in "
    "writing with the disposition 'approved' (not 'interim', not 'rejected') on or before 28 June 2024, that "
    "written sign-off by itself releases 2,000 production boxes under this PO. You will not need another "
    "document for those 2,000. If the sign-off is interim or rejected, or arrives after 28 June, nothing is "
    "released by it.\n\n"
    "3. The other 3,000 boxes of the 5,000 season quantity are not released, neither by this PO nor by the "
    "sign-off. They stay on hold until a revised PO signed by Camille Roux.\n\n"
    "4. Material authority: board, paper and foil for the 10 samples now; for 2,000 boxes only once the "
    "written sign-off in point 2 exists. Nothing for the other 3,000.\n\n"
    "Please confirm by return that you read it the same way.\n\n"
    "Merci et a bientot,\n"
    "Camille Roux\nPackaging Lead, Maison Solene\n41 rue de Turenne, 75003 Paris\n"
)
_c06_html = (
    "<p>Dear Thu,</p><p>As promised after our call of 3 June, here is the scope of PO MS-BC-24-081 (rigid gift "
    "box 'Coffret Noel' for two 180 g candles) in writing. The same text is in the note field of the PO.</p><ol>"
    "<li><b>Active now:</b> 10 sample boxes, to drawing MS-CF-02 rev 3, paper 'Vert Sapin' 157 g, foil 'Or pale'.</li>"
    "<li><b>Auto-conversion, agreed and recorded:</b> if Camille Roux, our Packaging Lead, signs off the samples "
    "in writing with the disposition 'approved' (not 'interim', not 'rejected') on or before 28 June 2024, that "
    "written sign-off by itself releases 2,000 production boxes under this PO. You will not need another document "
    "for those 2,000. If the sign-off is interim or rejected, or arrives after 28 June, nothing is released by it.</li>"
    "<li>The other 3,000 boxes of the 5,000 season quantity are <b>not released</b>, neither by this PO nor by the "
    "sign-off. They stay on hold until a revised PO signed by Camille Roux.</li>"
    "<li><b>Material authority:</b> board, paper and foil for the 10 samples now; for 2,000 boxes only once the "
    "written sign-off in point 2 exists. Nothing for the other 3,000.</li></ol>"
    "<p>Please confirm by return that you read it the same way.</p>"
    "<p>Merci et a bientot,<br>Camille Roux<br>Packaging Lead, Maison Solene<br>41 rue de Turenne, 75003 Paris</p>"
)
case("c06_explicit_auto_conversion", [], "explicit recorded auto-conversion naming 2,000, the signer and the conditions; 10 active; 3,000 on hold until revised PO by Camille Roux; material authority staged", [
    ("Coffret_Noel_scope_MS-BC-24-081.eml", mail(
        "Camille Roux <c.roux@maison-solene.fr>", "Tran Thi Thu <thu.tran@saigonpaperworks.vn>",
        "Coffret Noel - scope of PO MS-BC-24-081 in writing",
        "Tue, 04 Jun 2024 11:20:00 +0200", _c06_txt, html=_c06_html,
        cc="Theo Garnier <t.garnier@maison-solene.fr>")),
])

# c07: German call-off (TXT ERP printout) with an explicit staged material authority above the released qty.
case("c07_calloff_staged_material", [], "call-off releases 2.000 now, 4.000 not released until next call-off signed by Lukas Becker; explicit staged material authority up to 6.000 with buyer liability", [
    ("Abruf_RV-2024-007_03.txt",
     "LICHTWERK DUFTMANUFAKTUR GMBH                         ABRUF / CALL-OFF\n"
     "Stresemannstr. 182, 22769 Hamburg\n"
     "Rahmenvertrag / frame agreement : RV-2024-007          Abruf Nr. / call-off no. : 03\n"
     "Datum / date                    : 03.06.2024           Seite 1/1\n"
     "Lieferant / supplier            : Kujawy Candle Works Sp. z o.o., ul. Torunska 44,\n"
     "                                  88-100 Inowroclaw, PL  (Agnieszka Wojcik)\n"
     "Artikel / item                  : LW-KRZ-220 Duftkerze 220 g im Glas 'Nordlicht'\n"
     "                                  wick ECO 10, fragrance load 9 %, lid LW-DK-85\n"
     "==========================================================================\n"
     "RAHMENMENGE / FRAME QUANTITY                         8.000 ST\n"
     "GELIEFERT (ABRUFE 01-02) / DELIVERED (CO 01-02)      2.000 ST\n"
     "DIESER ABRUF / THIS CALL-OFF - PRODUCE NOW           2.000 ST   Liefertermin KW 27\n"
     "NICHT FREIGEGEBEN / NOT RELEASED                     4.000 ST\n"
     "==========================================================================\n"
     "MATERIAL AUTHORITY (MATERIALDISPOSITION): STAGED UP TO 6.000 UNITS\n"
     "  Wax, vessels, wicks and lids may be bought for up to 6.000 candles in total\n"
     "  (units delivered + this call-off + 2.000 staged). Lichtwerk is liable for\n"
     "  this material up to 6.000 units if the frame agreement is cancelled.\n"
     "  Staged material must not be poured before it is called off.\n"
     "\n"
     "BALANCE: the 4.000 ST not released stay on hold. They are released only by\n"
     "the next call-off (Abruf 04 ff.), signed by Lukas Becker, Leiter Einkauf.\n"
     "\n"
     "Lieferadresse: Lichtwerk Lager, Schnackenburgallee 121, 22525 Hamburg\n"
     "Rampe 4, Mo-Do 07:00-14:00. Europaletten 1200 x 800, max. 1,6 m hoch.\n"
     "Bei Rueckfragen / questions: Jonas Krueger, +49 40 3990 1127\n"),
])

# c08: supplier email: "the deposit does not release production".
case("c08_supplier_deposit_not_release", [], "supplier confirms deposit receipt and says the deposit does not release production; only 20 samples; 4,000 wait for written release", [
    ("Deposit_received_HPC-24131.eml", mail(
        "Tran Thi Thu <thu.tran@saigonpaperworks.vn>", "Kyle Brennan <kyle@hollowpinecandle.com>",
        "Deposit received - PO HPC-24131 gift box 3-wick set",
        "Thu, 13 Jun 2024 15:02:31 +0700",
        "Dear Kyle,\n\n"
        "Good afternoon from Saigon. We received the 30% deposit USD 1,260.00 for PO HPC-24131 today, thank you "
        "very much.\n\n"
        "Please note, so everything is clear on both side: the deposit does not release production. As per your "
        "PO we make only the 20 sample boxes now (drawer box with ribbon pull, black 1200 gsm greyboard, "
        "spot UV logo). The 4,000 production boxes wait for your written release from Ms. Dana Whitfield after "
        "your sample sign-off. We also do not buy the greyboard for the 4,000 before that.\n\n"
        "Sample boxes will be ready on 21 June and we send by FedEx, tracking to follow.\n\n"
        "Best regards,\nTran Thi Thu (Ms.)\nSales Manager\nSaigon Paperworks Co., Ltd.\n"
        "Lot C3, Tan Binh Industrial Park, Ho Chi Minh City, Vietnam\nTel/Zalo +84 90 318 4471\n")),
])

# c09: supplier acknowledgement restating the hold (EML + PDF acknowledgement attached).
_c09_pdf = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-HD-24-0661"),
    ("p", "Ningbo Hengda Metal Packaging Co., Ltd. - Beilun District, Ningbo, Zhejiang, China"),
    ("table", [["Customer", "Saltbush & Smoke Pty Ltd, Brunswick VIC, Australia"], ["Customer PO", "SS-1180"],
               ["Date", "2024-06-05"], ["Sales", "Lucy Wang"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Scope"],
               ["HD-TIN-85E", "Tin lid 85 mm, embossed logo 0.4 mm, matt black, food-grade inside lacquer", "20", "Sample"]]),
    ("p", "Scope acknowledged as written on PO SS-1180: 20 sample lids only. The 3,000 production lids are not "
          "released. Hengda starts them only after a written release from Jess Moreau following Saltbush & Smoke's "
          "sample sign-off. Material: tinplate and lacquer for the 20 samples only."),
    ("p", "Sample ship date: 2024-06-14 by EMS."),
], title="OA-HD-24-0661", author="Lucy Wang")
case("c09_supplier_ack_with_pdf", [], "supplier acknowledgement restates the buyer's scope: 20 samples, 3,000 not released until written release by Jess Moreau after sample sign-off", [
    ("OA_SS-1180_acknowledgement.eml", mail(
        "Lucy Wang <lucy.wang@hengda-pack.cn>", "Jess Moreau <jess@saltbushandsmoke.com.au>",
        "Order acknowledgement for PO SS-1180 (tin lid 85mm)",
        "Wed, 05 Jun 2024 10:18:40 +0800",
        "Hi Jess,\n\n"
        "Thank you for PO SS-1180. Please find our order acknowledgement OA-HD-24-0661 attached.\n\n"
        "We confirm the scope as written in your PO: 20 sample lids only. The 3,000 production lids are not "
        "released, we will start them only after your written release (Jess Moreau) following your sample "
        "sign-off. For now we only buy tinplate for the 20 samples.\n\n"
        "Samples ship 14 June by EMS, I will send the tracking.\n\n"
        "Best regards\nLucy Wang\nSales Dept. | Ningbo Hengda Metal Packaging Co., Ltd.\n"
        "Tel +86 574 8688 1203 | WeChat lucywang_hd\n",
        attachments=[("OA-HD-24-0661.pdf", _c09_pdf, PDF_MT)])),
])

# c10: Instagram DM export: founder states 50 sample reed sets, 3,000 not released, written release by her.
case("c10_instagram_dm_reeds_scope", [], "founder DM: only 50 sample reed sets, 3,000 not released until scent-throw test sign-off and her written release; supplier restates", [
    ("IG_DM_fernandember_mekongfibre.txt", wa([
        "Instagram Direct - conversation export",
        "Participants: @fernandember (Mia Castellano), @mekongfibre.co (Minh)",
        "",
        "Mia Castellano (@fernandember) - Jun 4, 2024, 9:12 AM",
        "Hi Minh!! PO FE-PO-0201 is in your email 📩",
        "",
        "Mia Castellano (@fernandember) - Jun 4, 2024, 9:14 AM",
        "Just so we're 100% on the same page: only the 50 sample reed sets for now (25 natural rattan, 25 black fibre, 25 cm, 8 reeds per set)",
        "",
        "Mia Castellano (@fernandember) - Jun 4, 2024, 9:15 AM",
        "the 3,000 sets from your quote are NOT released yet. they stay on hold until our scent-throw test is signed off, and then I'll send you a written release myself",
        "",
        "Mia Castellano (@fernandember) - Jun 4, 2024, 9:15 AM",
        "so pls don't buy fibre for the 3,000 yet 🙏",
        "",
        "Minh (@mekongfibre.co) - Jun 4, 2024, 9:40 AM",
        "Dear Mia, noted with thanks. 50 sets sample only, the 3,000 sets hold until your written release. We ship by DHL next Tuesday",
        "",
        "Minh (@mekongfibre.co) - Jun 4, 2024, 9:41 AM",
        "[Photo] this is the black fibre color from new lot, ok?",
        "",
        "Mia Castellano (@fernandember) - Jun 4, 2024, 10:02 AM",
        "ooh that's a nice deep black. yes that lot is fine for the samples 👌",
    ])),
])

# c11: scoped approval email, UK brand to Portuguese glass.
case("c11_scoped_colour_approval", [], "sample approved for colour match only and explicitly not a production release; 12 burn-test vessels active; 2,400 on hold until burn test sign-off and Oliver Grant's written release", [
    ("Sage_spray_colour_WW-PO-2305.eml", mail(
        "Oliver Grant <oliver@wickandwander.co.uk>", "Joao Ferreira <joao.ferreira@vidreira-atlantica.pt>",
        "WW-PO-2305 Sage spray - colour sample feedback",
        "Fri, 31 May 2024 14:26:09 +0100",
        "Hi Joao,\n\n"
        "The Sage spray samples came in yesterday and we've had them in the lightbox next to the colour chip.\n\n"
        "Colour spray sample approved for colour match only - this is not a production release. Batch B (the "
        "slightly greyer one) is the match; please keep that recipe.\n\n"
        "Next step: please make 12 burn-test vessels in the batch B colour, with the decal, as per line 2 of "
        "WW-PO-2305. That is the only quantity to make now.\n\n"
        "The 2,400 production vessels stay on hold. They are released only when our burn test on the 12 is "
        "signed off and I then issue a written production release. Please don't order decals or spray for the "
        "2,400 until then.\n\n"
        "Hope the weather's better in Marinha Grande than it is in Bristol!\n\n"
        "Cheers,\nOliver"
        + sig("Oliver Grant", "Head of Product", "Wick & Wander Ltd, Bristol", "+44 117 496 0312"))),
])

# c12: DOCX PO, identifier-heavy (drawing revs, norms, part numbers), complete scope.
case("c12_docx_po_identifiers", [], "sample PO with many number-like identifiers (WV-3000-250, DRG 1200 Rev 4, EN 15426, ISO 9001:2015); 36 active, 10.000 not released, unlock and Lukas Becker named", [
    ("Bestellung_4500019402.docx", docx_bytes([
        ("h1", "Bestellung / Purchase order 4500019402"),
        ("p", "Lichtwerk Duftmanufaktur GmbH, Stresemannstr. 182, 22769 Hamburg - Einkauf: Jonas Krueger"),
        ("p", "Supplier: Xiamen Brightway Glass Co., Ltd., Xiamen, China (Cindy Lin) - quote XBG-Q2405-102"),
        ("p", "Date: 27.05.2024 - Incoterm: FOB Xiamen - Payment: 60 days net"),
        ("table", [["Pos", "Material", "Description", "Drawing", "Qty", "Unit"],
                   ["010", "WV-3000-250", "Windlicht glass 250 ml, spray RAL 7044 silk grey, rim 2.5 mm", "DRG 1200 Rev 4", "18", "pcs"],
                   ["020", "WV-3000-400", "Windlicht glass 400 ml, spray RAL 7044 silk grey, rim 2.5 mm", "DRG 1201 Rev 2", "18", "pcs"]]),
        ("h", "Requirements"),
        ("li", "Burn testing per EN 15426 (sooting) and labelling space per EN 15494; glass must pass a 100 C thermal shock."),
        ("li", "Supplier quality system ISO 9001:2015, certificate no. 0500-2288, copy with the samples."),
        ("li", "Pallet 1200 x 800 mm, max. 1,000 kg; carton marking 'LW 4500019402 / Pos 010' etc."),
        ("h", "Scope"),
        ("p", "Active quantity: the 36 sample glasses of positions 010 and 020 (18 + 18)."),
        ("p", "The production quantities in quote XBG-Q2405-102 (5.000 + 5.000 pcs) are not released by this order "
              "and stay on hold."),
        ("p", "They will be released only by a written production release from Lukas Becker, Leiter Einkauf, after "
              "the burn test on the samples per EN 15426 has been signed off."),
        ("p", "Material authority: sample only."),
    ], author="Jonas Krueger")),
])

# p8: WhatsApp: 10 samples, then "as I said, 15"; rest parked with only a named person able to unpark (no event).
case("p08_whatsapp_10_then_15_parked", ["RG004", "RG011"],
     "buyer asks for 10 sample reed sets, later writes 'as I said, 15'; 5,000 parked until she unparks them, no unlock event", [
    ("WhatsApp_Chat_Priya_Hoa.txt", wa([
        "[03/06/2024, 21:14:02] Priya Shah: hi Hoa! just the 10 sample reed sets pls, 30 cm, natural + black + white mix",
        "[03/06/2024, 21:14:40] Priya Shah: PO JR-0541 coming from our bookkeeper tomorrow",
        "[03/06/2024, 21:16:18] Priya Shah: and the 5,000 production sets are parked for now. only I can unpark them, so please don't start anything on those",
        "[04/06/2024, 08:31:55] Hoa - Dong Thap Reed: Dear Priya good morning",
        "[04/06/2024, 08:32:20] Hoa - Dong Thap Reed: noted, we prepare sample. The black color is dyed, ok for you?",
        "[04/06/2024, 08:45:03] Priya Shah: yes dyed is fine as long as it doesn't bleed into the oil, we had that problem before",
        "[04/06/2024, 08:47:12] Hoa - Dong Thap Reed: we dry 48h after dye, no bleed 👍",
        "[06/06/2024, 08:02:11] Priya Shah: morning! as I said, 15 sample sets - 5 of each colour. can you ship by the 14th?",
        "[06/06/2024, 08:20:37] Hoa - Dong Thap Reed: noted dear 👍 we try ship 13/6",
        "[06/06/2024, 08:21:02] Hoa - Dong Thap Reed: <Media omitted>",
    ])),
])

# p9: PDF PO: "Active quantity 300" in header vs "release now 350" in notes; balance on hold until further notice, nobody named.
case("p09_po_active_300_release_350", ["RG004", "RG005", "RG011"],
     "PO header says active quantity 300, notes say release now 350; balance on hold 'until further notice' with no unlock event and nobody named", [
    ("MS-BC-24-090_flacons.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER MS-BC-24-090"),
        ("p", "Maison Solene SAS - 41 rue de Turenne, 75003 Paris, France"),
        ("table", [["Fournisseur / Supplier", "Guangzhou Qingyu Glass Products Co., Ltd. (Ms. Lily Chen)"],
                   ["Date", "17/06/2024"], ["Devis / Quote", "QY-Q-240603-12 (5,000 pcs)"],
                   ["Active quantity", "300 pcs"], ["Incoterm", "DAP Paris, air freight"]]),
        ("sp",),
        ("table", [["Ligne", "Article", "Designation", "Qte", "PU USD", "Total USD"],
                   ["1", "MS-DIF-150", "Flacon diffuseur 150 ml, verre extra-flint, epaule ronde, col 24/410, bouchon bois de hetre", "300", "1.95", "585.00"]]),
        ("sp",),
        ("h", "Notes"),
        ("p", "Release now: 350 bottles for the Paris pop-up (Le Bon Marche, 15-30 September). Please pack 12 per "
              "carton with dividers; the pop-up team unpacks by hand."),
        ("p", "The balance of the 5,000 quoted bottles is on hold until further notice."),
        ("p", "Screen print 'Maison Solene' 1 colour, gold metallic, 30 x 8 mm, 25 mm from the base."),
        ("p", "Reference sample: bottle sent by Qingyu in April, label 'MS-DIF-150 #2'."),
    ], title="MS-BC-24-090", author="Maison Solene achats")),
])

# p10: German buyer email: "approved" for wick samples and for the PO (Controlling); hold stated with unlock event; release by "we".
case("p10_wicks_approved_twice_our_release", ["RG005", "RG009"],
     "'approved' means the wick sample (technical) and the PO by Controlling (commercial); balance on hold until burn test and 'our written release', nobody named", [
    ("Dochtmuster_ECO10_PO_4500019455.eml", mail(
        "Jonas Krueger <einkauf@lichtwerk-duft.de>", "Amy Xu <amy.xu@lumenwick.com>",
        "Wick samples ECO 8 / ECO 10 - result and PO 4500019455",
        "Tue, 11 Jun 2024 09:41:27 +0200",
        "Dear Amy,\n\n"
        "good news from our lab: the wick samples are approved. The ECO 10 (150 mm, 20 mm sustainer, pre-waxed) "
        "gave the best melt pool in our 220 g glass, full pool after 3 h 40 min and no mushrooming. ECO 8 "
        "tunnelled, so we will not use it.\n\n"
        "Our PO 4500019455 was approved by Controlling yesterday, so you will receive it from SAP today.\n\n"
        "Scope of the PO: 2,000 pre-tabbed ECO 10 wicks for our pilot pour in Hamburg. The remaining 38,000 "
        "wicks of your quote are not released. They stay on hold until the pilot batch has passed our burn test "
        "and we send our written release.\n\n"
        "Tabs: 20 mm zinc-free, wick length 150 mm +/- 2 mm, packed 500 per bag, bags labelled with lot number.\n\n"
        "Viele Gruesse / best regards\n\nJonas Krueger\nEinkauf\n"
        "Lichtwerk Duftmanufaktur GmbH | Stresemannstr. 182 | 22769 Hamburg\n"
        "Amtsgericht Hamburg HRB 151772 | USt-IdNr. DE298877410\n")),
])

# p11: HTML call-off: text says one thousand (1,000), table says 1,200; remaining released by "our buying office".
case("p11_html_calloff_words_vs_table", ["RG005", "RG011"],
     "call-off text releases one thousand (1,000), its table releases 1,200; remaining balance released by the next call-off from 'our buying office', no named person", [
    ("HF_calloff_02_diffuser_vessels.html", html_page("Harrow & Finch - Call-off 02 - BO-77310", """
<h2>Harrow &amp; Finch &mdash; Supplier Call-off</h2>
<p>Blanket order <b>BO-77310</b> &middot; Call-off <b>02</b> &middot; Issued 20 June 2024<br>
Supplier: Ceramica do Lis, Lda., Leiria, Portugal &middot; Attn: Ana Costa</p>
<p>Item: HF-OWN-DV-200 &mdash; ceramic reed diffuser vessel 200 ml, glaze 'Fog', H&amp;F own label, drawing HF-DV-200 rev 2</p>
<p>Dear Ana,</p>
<p>With this call-off we release one thousand (1,000) diffuser vessels for delivery to our Daventry DC
in week 36. They are for the autumn in-store launch, so the date matters more than anything else.</p>
<table>
<tr><th>Blanket qty</th><th>Called off before</th><th>Released this call-off</th><th>Delivery</th></tr>
<tr><td>6,000</td><td>800 (CO-01)</td><td>1,200</td><td>Wk 36, Daventry DC, Bay 11</td></tr>
</table>
<p class="note">The remaining balance on the blanket order is not released. It will be released only by the next
call-off from our buying office.</p>
<p>ASN required 48 h before arrival. Pallets max. 1.6 m, no mixed SKUs. Please quote BO-77310 / CO-02 on all paperwork.</p>
<p>Kind regards,<br>Home Fragrance buying team<br>Harrow &amp; Finch Ltd, 220 Regent Street, London W1B 3BR</p>
""")),
])

# p12: ERP delivery schedule: forecast lines marked FIRM COMMITMENT; balance pending internal approval, nobody named.
case("p12_erp_schedule_fcst_firm", ["RG005", "RG008"],
     "schedule prints forecast lines as FIRM COMMITMENT; balance on hold pending internal budget approval, no named release person", [
    ("SA-5500031_delivery_schedule.txt",
     "HOLLOW PINE CANDLE CO.                                   DELIVERY SCHEDULE\n"
     "2210 NW Raleigh St, Portland OR 97210                    Sched. agreement SA-5500031\n"
     "                                                         Printed 06/18/2024 07:12\n"
     "Supplier 300218  VIDREIRA ATLANTICA LDA, MARINHA GRANDE PT\n"
     "Material HP-LNT-14  14 OZ LANTERN JAR, CLEAR, SPRAY 'SMOKE' 40%, WOOD LID\n"
     "Buyer    KBRENNAN   Incoterm FCA Marinha Grande   Terms Net 45\n"
     "---------------------------------------------------------------------------\n"
     "REL  WEEK      QTY      TYPE     STATUS\n"
     "---------------------------------------------------------------------------\n"
     "001  2024-30   1,200    RELEASE  RELEASED - PRODUCE AND SHIP\n"
     "002  2024-36   1,600    FCST     FIRM COMMITMENT\n"
     "003  2024-40   1,600    FCST     FIRM COMMITMENT\n"
     "004  2024-44   1,600    FCST     FIRM COMMITMENT\n"
     "---------------------------------------------------------------------------\n"
     "TOTAL SCHEDULED   6,000\n"
     "BAL 4,800 ON HOLD PENDING INTERNAL APPROVAL (Q3 BUDGET SIGN-OFF)\n"
     "\n"
     "NOTES\n"
     "  SPRAY OPACITY 40% +/- 5, MEASURED AT 3 POINTS. LID GAP MAX 0.5 MM.\n"
     "  PACK 12/CTN, CTN MARK HP-LNT-14 / SA-5500031 / REL NO.\n"
     "  ASN TO receiving@hollowpinecandle.com 72 HRS BEFORE PICKUP.\n"
     "*** END OF SCHEDULE ***\n"),
])

# p15: UK buyer email: begin "the initial batch", no quantity; hold, unlock and named person present.
case("p15_initial_batch_no_qty", ["RG010"],
     "buyer authorizes 'the initial batch ... whatever you can pour' with no quantity; rest of the 5,000 on hold until sell-through review sign-off and Oliver Grant's written release", [
    ("HF_listing_initial_batch.eml", mail(
        "Oliver Grant <oliver@wickandwander.co.uk>", "Agnieszka Wojcik <a.wojcik@kujawycandle.pl>",
        "Harrow & Finch listing - initial batch",
        "Mon, 17 Jun 2024 12:05:33 +0100",
        "Hi Agnieszka,\n\n"
        "Great news - Harrow & Finch have confirmed the listing for the 'Hedgerow' 300 g candle in 40 stores "
        "from October.\n\n"
        "Please begin the initial batch for the listing now - whatever you can pour before your line switches "
        "to the Easter orders. Same spec as the pilot: coconut-soy WW-CS-42, 8% Hedgerow fragrance, two ECO 12 "
        "wicks, amber 30cl tumbler, kraft sleeve.\n\n"
        "The rest of the 5,000 candles in your quote stays on hold. It is released only once our sell-through "
        "review after week 46 is signed off, and then by a written production release from me.\n\n"
        "Please send the batch numbers and cure dates with the ASN.\n\n"
        "Thanks,\nOliver"
        + sig("Oliver Grant", "Head of Product", "Wick & Wander Ltd, Bristol", "+44 117 496 0312"))),
])

# p16: chat: buyer releases "the sample coffrets" without a number; supplier has cut board for all 3,000.
case("p16_chat_samples_noqty_board_cut", ["RG006", "RG010"],
     "buyer authorizes the sample gift boxes without a quantity; supplier says board is already cut for all 3,000 production boxes while none are released", [
    ("Zalo_export_Camille_Thu.txt", wa([
        "Zalo - lich su tro chuyen / chat history",
        "Camille Roux (Maison Solene) - Tran Thi Thu (Saigon Paperworks)",
        "",
        "12/06/2024 16:03 Camille Roux: Bonjour Thu! the drawing rev 3 is final, thank you for the patience 🙏",
        "12/06/2024 16:04 Camille Roux: you can start the sample coffrets now 🙂",
        "12/06/2024 16:05 Camille Roux: the 3,000 production boxes are NOT released - I sign off the samples first and then I send you the written release",
        "12/06/2024 16:21 Tran Thi Thu: Dear Camille, ok we start the sample today",
        "12/06/2024 16:22 Tran Thi Thu: we already cut the greyboard for all 3,000 boxes also, to save time for you 😊 board is ready in our warehouse",
        "12/06/2024 16:22 Tran Thi Thu: so after your sign off we can finish very fast",
        "12/06/2024 16:40 Camille Roux: ok, send me photos of the sample when the foil is done please",
        "12/06/2024 16:41 Tran Thi Thu: yes sure 👍",
    ])),
])

# p17: PDF release letter: quantities "per attached schedule", schedule not attached; hold, unlock, person named.
case("p17_release_letter_no_schedule", ["RG010"],
     "production release letter releases 'quantities per Schedule A' but states no quantity and has no schedule; hold, unlock event and Dana Whitfield named", [
    ("HPC-REL-07_production_release.pdf", pdf([
        ("h1", "PRODUCTION RELEASE HPC-REL-07"),
        ("p", "Hollow Pine Candle Co. - 2210 NW Raleigh St, Portland, OR 97210, USA"),
        ("table", [["To", "Jiangsu Lumen Wick Co., Ltd., Changzhou, China (Ms. Amy Xu)"],
                   ["Order", "PO HPC-24102 - pre-tabbed cotton wicks CD-12 / CD-14, 8 in"],
                   ["Date", "June 20, 2024"], ["Release no.", "HPC-REL-07"]]),
        ("sp",),
        ("p", "Dear Amy,"),
        ("p", "Our burn test on the pilot wicks is signed off (report BT-2024-031). With this letter we release "
              "production of the Holiday 2024 range wicks in the quantities set out in the attached allocation "
              "schedule (Schedule A), split by wick size and ship week."),
        ("p", "Anything not on Schedule A stays on hold. Further quantities are released only by a new written "
              "release from me, after our retailer allocation for Q4 has been signed off internally."),
        ("p", "Packing as before: 1,000 wicks per bag, 10 bags per carton, lot number on every bag."),
        ("sp",),
        ("p", "Dana Whitfield, Director of Operations, Hollow Pine Candle Co."),
    ], pagesize=LETTER, title="HPC-REL-07", author="Dana Whitfield")),
])


# ------------------------------------------------------------ batch 3
# c13: buyer procurement portal (HTML): sample PO, production qty shown "for information only", full scope.
case("c13_portal_po_info_only", [], "portal PO for 36 sample bottles; 4,800 shown for information only, not ordered, not released; unlock test sign-off + Grace Tan written release", [
    ("SS-1192_portal_view.html", html_page("Saltbush & Smoke Procure - PO SS-1192", """
<h2>Saltbush &amp; Smoke Procure</h2>
<p>Purchase order <b>SS-1192</b> &middot; Status: <b>Sent to supplier</b> &middot; 24 Jun 2024<br>
Supplier: Vidreira Atlantica, Lda., Marinha Grande, Portugal (Joao Ferreira) &middot; Quote ref. VA-0524-07</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Ordered qty</th><th>Quoted production qty</th><th>Unit EUR</th><th>Line total EUR</th></tr>
<tr><td>1</td><td>SS-DIF-200A</td><td>Reed diffuser bottle 200 ml, amber, round shoulder, neck 24/410, screen print 'Saltbush'</td><td>36</td><td>4,800 (information only &ndash; not ordered)</td><td>6.80</td><td>244.80</td></tr>
</table>
<p class="note"><b>Scope note</b><br>
This PO is for the 36 sample bottles on line 1 only. The 4,800 production bottles in quote VA-0524-07 are shown
for information only: they are not ordered and not released, and the balance stays on hold.<br>
The balance is released only after our evaporation and wicking test on the samples has been signed off, and then
only by a written production release from Grace Tan, Operations Manager.<br>
Material authority: sample only.</p>
<p>Deliver to: Saltbush &amp; Smoke, 14 Union St, Brunswick VIC 3056, Australia &middot; DAP, courier.<br>
Invoices to accounts@saltbushandsmoke.com.au quoting SS-1192.</p>
""")),
])

# c14: hold notice (PDF): reduce a release, finish what is poured, rest on hold until revised PO by named person.
case("c14_hold_notice_pdf", [], "hold notice: R-01 reduced explicitly to 760 (640 done + 120 poured to finish), other 240 on hold until revised PO signed by Greta Vogel; no material buys", [
    ("Haltemitteilung_HN-2024-03.pdf", pdf([
        ("h1", "HOLD NOTICE / HALTEMITTEILUNG HN-2024-03"),
        ("p", "Lichtwerk Duftmanufaktur GmbH - Stresemannstr. 182, 22769 Hamburg"),
        ("table", [["To", "Kujawy Candle Works Sp. z o.o., Inowroclaw, PL - Agnieszka Wojcik"],
                   ["Order", "PO 4500019120, release R-01 - LW-KRZ-180 Duftkerze 'Waldbaden' 180 g"],
                   ["Date", "24.06.2024"], ["From", "Greta Vogel, Geschaeftsfuehrerin"]]),
        ("sp",),
        ("p", "Our fragrance house has informed us that the 'Waldbaden' oil batch FO-2406-11 may exceed the IFRA "
              "limit for one allergen. Until that is cleared we stop this order."),
        ("p", "Release R-01 (1,000 candles) is reduced by this notice to 760 candles: the 640 already finished "
              "and the 120 already poured and curing. You may finish, label and pack those 120. Nothing else "
              "may be started."),
        ("p", "The other 240 candles of R-01 are on hold. They can only be released again by a revised PO "
              "signed by Greta Vogel. Please do not buy or blend any further wax or fragrance for this item."),
        ("p", "Please confirm receipt of this notice by e-mail today."),
        ("sp",),
        ("p", "Greta Vogel, Geschaeftsfuehrerin, Lichtwerk Duftmanufaktur GmbH"),
    ], title="HN-2024-03", author="Greta Vogel")),
])

# c15: full-quantity PO (PDF), "please proceed with the full 3,000 pcs", payment terms with a deposit (just terms).
case("c15_full_qty_po_proceed", [], "full-quantity production PO (3,000, no balance) with 'proceed with the full 3,000 pcs'; deposit appears only as a payment term", [
    ("PO_SS-1203_tin_lids.pdf", pdf([
        ("h1", "PURCHASE ORDER SS-1203"),
        ("p", "Saltbush & Smoke Pty Ltd - 14 Union St, Brunswick VIC 3056, Australia"),
        ("table", [["Supplier", "Ningbo Hengda Metal Packaging Co., Ltd. (Lucy Wang)"],
                   ["Date", "3 July 2024"], ["Currency", "USD"], ["Incoterm", "FOB Ningbo"],
                   ["Payment terms", "30% deposit with order, 70% before shipment against photos"]]),
        ("sp",),
        ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "HD-TIN-85E", "Tin lid 85 mm, embossed logo 0.4 mm, matt black, food-grade inside lacquer", "3,000", "1.85", "5,550.00"]]),
        ("sp",),
        ("p", "This is a production order for the full quantity of 3,000 lids. There is no balance and nothing "
              "further to follow under this PO."),
        ("p", "Reference: sample S-2 from PO SS-1180, signed off on 14 June 2024 by Jess Moreau. Please proceed "
              "with the full 3,000 pcs to that sample."),
        ("p", "Packing 50 pcs per sleeve, 600 per carton, cartons marked SS-1203. Ship with our forwarder "
              "(Agility, booking to follow)."),
    ], title="PO SS-1203", author="Jess Moreau")),
])

# c16: buyer corrects a quoted supplier assumption of auto-conversion.
case("c16_buyer_corrects_autoconversion", [], "quoted supplier assumes approval rolls into 6,000; buyer's reply corrects it: only 36 samples, 6,000 not released until burn test sign-off and Dana Whitfield's written release", [
    ("RE_HPC-24117_sample_schedule.eml", mail(
        "Kyle Brennan <kyle@hollowpinecandle.com>", "Cindy Lin <cindy@xmbrightway.com>",
        "RE: HPC-24117 sample schedule",
        "Fri, 17 May 2024 08:14:22 -0700",
        "Hi Cindy,\n\n"
        "Thanks for the update, 20th works for us.\n\n"
        "One correction before anything gets scheduled on your side: approving the samples does not release "
        "the 6,000. For us sample sign-off and production release are two separate steps. After our burn test "
        "is signed off, Dana Whitfield (Director of Operations) sends a written production release with its own "
        "number (HPC-REL-xx). Only that document releases production.\n\n"
        "Until then please make only the 36 samples on HPC-24117 and buy material for those 36 only.\n\n"
        "Best,\nKyle\n\n"
        "Kyle Brennan | Purchasing | Hollow Pine Candle Co. | +1 503 555 0142\n\n"
        "On Fri, May 17, 2024 at 9:02 AM Cindy Lin <cindy@xmbrightway.com> wrote:\n"
        "> Dear Kyle,\n>\n"
        "> The samples for HPC-24117 will finish on 20th May, decal firing is done.\n"
        "> Once you approve the samples we will continue directly with the 6,000 pcs to catch your September\n"
        "> ship date.\n>\n"
        "> Best regards\n> Cindy Lin\n> Xiamen Brightway Glass Co., Ltd.\n")),
])

# c17: forwarded old quote (message/rfc822) declared informational, with current scope stated.
_c17_inner = mail(
    "Sanjay Gupta <sanjay@firozabadcrystal.in>", "Purchasing <buying@wickandwander.co.uk>",
    "Quotation FCE/Q/22/188 - amber vessel 30cl gold rim",
    "Mon, 12 Sep 2022 11:40:00 +0530",
    "Dear Sir/Madam,\n\nPlease find our best quotation for amber vessel 30cl with gold rim:\n\n"
    "  Sample: 24 pcs @ GBP 4.00\n  Production: 10,000 pcs @ GBP 0.95, lead time 50 days\n"
    "  Gold rim: 12% liquid gold, 3 mm band, fired 580 deg C\n\n"
    "Price ex-works Firozabad. Validity 30 days.\n\nThanks & regards,\nSanjay Gupta\n"
    "Firozabad Crystal Exports Pvt. Ltd.\n",
    msgid="<fce-q22-188@firozabadcrystal.in>")
case("c17_forward_old_quote_informational", [], "2022 quote forwarded as rfc822 for the gold-rim spec only; its 10,000 declared not ordered, not released; current scope 24 samples with hold, unlock, Oliver Grant", [
    ("Fwd_old_quotation_gold_rim.eml", mail(
        "Hannah Lee <hannah.lee@wickandwander.co.uk>", "Rajesh Agarwal <rajesh@firozabadcrystal.in>",
        "Fwd: Quotation FCE/Q/22/188 - for the gold rim spec only",
        "Wed, 08 May 2024 13:30:12 +0100",
        "Hi Rajesh,\n\n"
        "I'm forwarding the 2022 quotation from your colleague Sanjay (attached) only because it describes the "
        "gold rim we want again: 3 mm band, 12% liquid gold.\n\n"
        "Please ignore the quantities in it. The 10,000 pcs in that old quote is not ordered and not released.\n\n"
        "Our current scope is PO WW-PO-2318: 24 sample vessels. The 4,800 production vessels in your new quote "
        "are not released. They stay on hold until our burn test on the samples is signed off and Oliver Grant "
        "(Head of Product) sends a written production release. Material authority: sample only.\n\n"
        "Thanks,\nHannah"
        + sig("Hannah Lee", "Buyer", "Wick & Wander Ltd, Bristol", "+44 117 496 0318"),
        attachments=[("rfc822", _c17_inner)])),
])

# c18: DOCX interim sample disposition with limits and a matching release.
case("c18_interim_disposition_docx", [], "interim disposition limited to 500 candles by 31 Oct; release PR-2024-021 names 500 inside the limit; 4,500 on hold until final sign-off and Oliver Grant's written release", [
    ("SD-2024-014_sample_disposition.docx", docx_bytes([
        ("h1", "Sample disposition record SD-2024-014"),
        ("p", "Wick & Wander Ltd - item WW-BRM-300 'Bramble' 300 g candle, amber 30cl tumbler - supplier Kujawy Candle Works Sp. z o.o."),
        ("table", [["Field", "Entry"],
                   ["Samples assessed", "12 candles from pilot pour, batch KCW-2406-07"],
                   ["Disposition", "INTERIM"],
                   ["Reason", "Light frosting on the wax surface (cosmetic); scent throw cold and hot OK; burn test 4 x 4 h OK"],
                   ["Limit - quantity", "up to 500 candles"],
                   ["Limit - expiry", "candles poured by 31 October 2024"],
                   ["Recorded by", "Oliver Grant, Head of Product, 19/06/2024"]]),
        ("h", "Production release PR-2024-021"),
        ("p", "Within the interim limit above, Wick & Wander releases 500 candles WW-BRM-300 for production now."),
        ("p", "Material authority: wax, fragrance, wicks and vessels for these 500 candles only."),
        ("h", "Balance"),
        ("p", "The remaining 4,500 candles of the 5,000 season quantity are not released. They are released only "
              "after a final sign-off of a corrected pour (disposition 'approved', target: pour with 1% more "
              "coconut content) and then by a written production release from Oliver Grant."),
    ], author="Oliver Grant")),
])

# p20: multipart/alternative: decal proof signed off; "The amber vessels are good to run" with no scope.
_p20_txt = (
    "Hi Joao,\n\n"
    "Decal proof v3 is signed off - the copper foil looks gorgeous on the amber, thank you for the extra "
    "round.\n\n"
    "The amber vessels are good to run 🎉\n\n"
    "Just to keep the paperwork straight: PO LFS-0630 covers the 48 decorated sample vessels. The 2,400 "
    "production vessels are not released until our burn test on those samples is signed off and I send you a "
    "written production release.\n\n"
    "Can you send me a photo of the first fired piece before you box them?\n\n"
    "Zoe x\n\nZoe Hartley | Founder | Little Flame Studio\nUnit 9, Sunny Bank Mills, Leeds LS28 5UJ\n"
)
_p20_html = (
    "<p>Hi Joao,</p><p>Decal proof v3 is signed off &ndash; the copper foil looks gorgeous on the amber, thank you "
    "for the extra round.</p><p><b>The amber vessels are good to run</b> &#127881;</p>"
    "<p>Just to keep the paperwork straight: PO LFS-0630 covers the 48 decorated sample vessels. The 2,400 "
    "production vessels are not released until our burn test on those samples is signed off and I send you a "
    "written production release.</p><p>Can you send me a photo of the first fired piece before you box them?</p>"
    "<p>Zoe x</p><p>Zoe Hartley | Founder | Little Flame Studio<br>Unit 9, Sunny Bank Mills, Leeds LS28 5UJ</p>"
)
case("p20_good_to_run_multipart", ["RG002"],
     "'The amber vessels are good to run' names neither samples nor a quantity; the rest of the message states 48 samples, hold, unlock and Zoe as releaser", [
    ("Decal_proof_v3_LFS-0630.eml", mail(
        "Zoe Hartley <zoe@littleflamestudio.co.uk>", "Joao Ferreira <joao.ferreira@vidreira-atlantica.pt>",
        "Decal proof v3 - LFS-0630", "Thu, 20 Jun 2024 10:02:45 +0100", _p20_txt, html=_p20_html)),
])

# p22: NetSuite PO printout: complete scope memo, then "SUPPLIER INSTRUCTION: PROCEED AS APPROVED."
case("p22_erp_po_proceed_as_approved", ["RG002"],
     "ERP PO states samples, hold, unlock and Grace Tan, then instructs 'PROCEED AS APPROVED' with no scope", [
    ("SS-1211_purchase_order.txt",
     "SALTBUSH & SMOKE PTY LTD                                   PURCHASE ORDER\n"
     "ABN 41 622 019 774                                         PO #     SS-1211\n"
     "14 Union St, Brunswick VIC 3056, AU                        Date     25/06/2024\n"
     "                                                           Currency USD\n"
     "VENDOR: FIROZABAD CRYSTAL EXPORTS PVT LTD                   Terms    NET 30\n"
     "        JALESAR ROAD, FIROZABAD 283203, IN                  Ship via COURIER (SAMPLES)\n"
     "------------------------------------------------------------------------------\n"
     "LN  ITEM           DESCRIPTION                        QTY  UOM   RATE    AMOUNT\n"
     "------------------------------------------------------------------------------\n"
     " 1  SS-V300-AMB    300ML AMBER VESSEL, THICK BASE      24  EA    3.10     74.40\n"
     "                   SAMPLE - FOR BURN TEST\n"
     " 2  FRT-COURIER    COURIER FREIGHT SAMPLES              1  EA   55.00     55.00\n"
     "------------------------------------------------------------------------------\n"
     "                                                          TOTAL USD    129.40\n"
     "MEMO:\n"
     "  SAMPLE ONLY. BAL 2,976 NOT RELEASED. BAL RELEASED ONLY BY WRITTEN RELEASE\n"
     "  FROM GRACE TAN (OPERATIONS MGR) AFTER BURN TEST SIGN-OFF.\n"
     "  MATERIAL AUTH: SAMPLE ONLY.\n"
     "SUPPLIER INSTRUCTION: PROCEED AS APPROVED.\n"
     "\n"
     "Please acknowledge this PO within 2 business days to orders@saltbushandsmoke.com.au\n"
     "Page 1 of 1                                     Printed from NetSuite 25/06/2024 16:44\n"),
])

# p23: DOCX visit minutes: scope stated; action item "HSP to proceed" with no scope.
case("p23_visit_minutes_to_proceed", ["RG002"],
     "visit minutes state 36 samples, 6,000 not released, unlock and Lukas Becker; then the action list says 'HSP to proceed' without naming what", [
    ("Besuchsbericht_HSP_2024-06-12.docx", docx_bytes([
        ("h1", "Visit report - Huta Szkla Podkarpacie, Krosno - 12.06.2024"),
        ("p", "Attendees: Lukas Becker (Leiter Einkauf, Lichtwerk), Jonas Krueger (Einkauf, Lichtwerk); "
              "Marek Nowak (Export Sales, HSP), Tomasz Zielinski (Production Manager, HSP)."),
        ("h", "1. Factory tour"),
        ("p", "Two end-port furnaces, 1 x IS machine 6 sections for the 35cl tumbler, manual spray booth with 4 "
              "stations, decal lehr at 580 C. Cleanliness good. Spray booth filters due for change."),
        ("h", "2. Project 'Nordlicht' 35cl"),
        ("p", "Sample lot: 36 vessels 'Nordlicht' 35cl (spray 'Polar', decal silver) on PO 4500019501."),
        ("p", "Production quantity 6,000 pcs is not released. It is released only by a written production release "
              "from Lukas Becker after the burn test on the samples is signed off (target 12 July)."),
        ("p", "Colour: HSP to use the spray master signed by Lichtwerk on 12.06. (chip no. 3)."),
        ("h", "3. Actions"),
        ("table", [["No.", "Action", "Owner", "Due"],
                   ["1", "Send spray master chip no. 3 to Hamburg by courier", "T. Zielinski", "14.06."],
                   ["2", "Provide ISO 9001:2015 certificate and REACH declaration for the spray", "M. Nowak", "21.06."],
                   ["3", "Confirm decal supplier and lead time", "M. Nowak", "21.06."],
                   ["4", "HSP to proceed", "M. Nowak", "28.06."],
                   ["5", "Book burn test slot in Hamburg lab", "J. Krueger", "01.07."]]),
        ("p", "Minutes: Jonas Krueger, 13.06.2024. Distribution: all attendees."),
    ], author="Jonas Krueger")),
])

# p25: WhatsApp founder: scope stated, then "3k forecast basically locked in ... no harm getting clay in early"; supplier buys for 3,000.
case("p25_whatsapp_forecast_locked_in_clay", ["RG006", "RG008"],
     "founder calls the 3k forecast locked in / count on it 100% and nudges early material; supplier buys clay and glaze for 3,000 with only 30 samples released", [
    ("WhatsApp_Chat_Mia_Anh_BatTrang.txt", wa([
        "[10/06/2024, 19:02:41] Mia Castellano: hi Anh!! samples of the Moss glaze were so good, thank you 🌿",
        "[10/06/2024, 19:03:15] Mia Castellano: for the new 12 oz shape: only the 30 sample vessels are released for now (PO FE-PO-0211). the rest waits for my written release after our burn test is signed off",
        "[10/06/2024, 19:05:02] Mia Castellano: honestly tho the 3k forecast is basically locked in - the Whole Foods regional buyer loved them. you can count on it 100%",
        "[10/06/2024, 19:05:40] Mia Castellano: so no harm getting the clay and glaze in early so you're not waiting on the kiln 🙂",
        "[11/06/2024, 08:12:09] Le Hoang Anh: Dear Mia, thank you! ok, we make 30 sample first",
        "[11/06/2024, 08:13:30] Le Hoang Anh: and this week we buy clay and Moss glaze material for 3,000 pcs, so production can start fast 👍",
        "[11/06/2024, 08:40:57] Mia Castellano: amazing, thank you!!",
    ])),
])

# p26: supplier weekly status report (DOCX table): material on hand for the whole frame quantity, only 500 released.
case("p26_supplier_status_material_docx", ["RG006"],
     "supplier status report: 500 released, but wax, vessels and wicks bought for 8,000 candles to hold prices, with no material authority", [
    ("KCW_weekly_status_wk25_Lichtwerk.docx", docx_bytes([
        ("h1", "Weekly status report - week 25/2024"),
        ("p", "Kujawy Candle Works Sp. z o.o. for Lichtwerk Duftmanufaktur GmbH - prepared by Agnieszka Wojcik, 21.06.2024"),
        ("h", "Order LW-KRZ-300 'Kaminabend' 300 g"),
        ("table", [["Topic", "Status"],
                   ["Released", "R-01: 500 candles (your release of 29.05.)"],
                   ["Produced", "500 poured, 380 cured and packed, 120 curing"],
                   ["Beyond R-01", "not released, waiting for your R-02"],
                   ["Wax (rapeseed-coconut blend)", "2,400 kg in stock (for approx. 8,000 candles)"],
                   ["Vessels 'Kamin' 30cl", "8,000 pcs received from Krosno"],
                   ["Wicks LX 18", "8,000 pcs in stock"],
                   ["Fragrance 'Kaminabend'", "40 kg (for 500 candles), rest to be ordered"]]),
        ("p", "Comment: the wax, vessels and wicks for the full frame quantity of 8,000 were bought in week 23 to hold "
              "the prices from the quotation, which would have increased by 6% from July."),
        ("h", "Quality"),
        ("p", "Burn test of batch KCW-2406-02: 4 x 4 h OK, no soot, melt pool full after 2 h 50 min."),
        ("h", "Logistics"),
        ("p", "380 candles ready for pick-up, 2 Euro pallets, 312 kg. Please confirm the forwarder."),
    ], author="Agnieszka Wojcik")),
])

# p28: supplier MRP printout (TXT): purchase orders for tinplate for the full 4,000 while only 24 samples released.
case("p28_supplier_mrp_printout", ["RG006"],
     "supplier MRP shows tinplate and lacquer bought for 4,024 lids ('pre-buy to hold steel price') while only 24 samples are released and 4,000 not released", [
    ("HD_MRP_SO-HD-24-0702.txt",
     "NINGBO HENGDA METAL PACKAGING CO., LTD.          MRP / MATERIAL STATUS   2024-06-19 10:05\n"
     "SO NO.    : SO-HD-24-0702        CUSTOMER : FERN & EMBER (US)     CUST PO : FE-PO-0207\n"
     "ITEM      : HD-TIN-70G  TIN LID 70MM, BRUSHED GOLD, DEBOSSED LOGO\n"
     "SO QTY RELEASED : 24 (SAMPLE)          PROD QTY 4,000 : NOT RELEASED (WAIT CUSTOMER)\n"
     "------------------------------------------------------------------------------------\n"
     "COMPONENT           REQ.QTY   ON ORDER    RECEIVED   PUR. ORDER    VENDOR\n"
     "------------------------------------------------------------------------------------\n"
     "TINPLATE 0.23MM     4,024     4,100 SH    2,000 SH   PU-24-3391    BAOSTEEL DEALER NB\n"
     "GOLD LACQUER        4,024     16 KG       16 KG      PU-24-3392    NB COATINGS\n"
     "DEBOSS DIE          1         1           1          PU-24-3377    IN-HOUSE TOOLROOM\n"
     "SILICONE RING 70    4,024     4,100       0          PU-24-3398    DG RUBBER\n"
     "------------------------------------------------------------------------------------\n"
     "REMARK: PRE-BUY FOR FULL QTY TO HOLD STEEL PRICE (SALES KEVIN Z.)\n"
     "PRINTED BY: PMC-02                                                      PAGE 1/1\n"),
])

# p29: supplier reply quoting the buyer's staged authority (1,000) and saying it bought vessels and wax for 3,000.
case("p29_staged_authority_exceeded", ["RG006"],
     "buyer's quoted release: 500 released, material staged up to 1,000; supplier replies it took vessels and wax for 3,000 units into stock", [
    ("RE_R-01_Monsoon_Garden_material.eml", mail(
        "Neha Sharma <neha@jaipuraroma.in>", "Hannah Lee <hannah.lee@wickandwander.co.uk>",
        "RE: R-01 Monsoon Garden - release and material",
        "Tue, 25 Jun 2024 18:47:03 +0530",
        "Dear Hannah,\n\n"
        "Thank you for R-01. We have scheduled the 500 candles for pouring on 2nd and 3rd July.\n\n"
        "One information: to secure the glass slot with our vessel supplier in Firozabad, we have taken vessels "
        "for 3,000 units into our stock, and soy wax for 3,000 units also, because the price is going up after "
        "Diwali season starts. We hope this is fine for you, it will make the next release very fast.\n\n"
        "Wicks and fragrance we will buy only for 500.\n\n"
        "Best regards,\nNeha Sharma\nKey Account Manager\nJaipur Aroma Works\nSitapura Industrial Area, "
        "Jaipur 302022, Rajasthan, India\n+91 141 277 4410\n\n"
        "From: Hannah Lee <hannah.lee@wickandwander.co.uk>\nSent: 24 June 2024 11:02\n"
        "Subject: R-01 Monsoon Garden - release and material\n\n"
        "> Hi Neha,\n>\n"
        "> Release R-01: 500 candles 'Monsoon Garden' 220 g, as per PO WW-PO-2322.\n"
        "> Material authority: staged up to 1,000 units (vessels, wax, wicks). We carry the cost of\n"
        "> material up to 1,000 units if we cancel; anything above that is at your risk.\n"
        "> The balance of 4,500 candles is on hold until the sample lot is signed off and Oliver Grant\n"
        "> sends a written production release.\n>\n"
        "> Thanks,\n> Hannah\n")),
])

# p31: buyer thread: original scope complete, then founder says "once burn test done... just roll on with the rest".
case("p31_buyer_roll_on_after_burn_test", ["RG007"],
     "founder contradicts her own written-release requirement: once the burn test is done 'just roll on with the rest', paperwork afterwards", [
    ("Q4_timing_JR-0560.eml", mail(
        "Priya Shah <priya@juniperrowhome.com>", "Ana Costa <comercial@ceramicadolis.pt>",
        "RE: JR-0560 speckled vessel - Q4 timing",
        "Mon, 24 Jun 2024 07:55:19 -0400",
        "Hi Ana,\n\n"
        "Quick one - we're getting really tight on time for Q4, so let's simplify things. Once the burn test is "
        "done and we're happy with it, just roll on with the rest. I'll sort out the formal release paperwork "
        "afterwards, no need to wait for it.\n\n"
        "Also, could you send 2 extra lids with the samples? One of ours cracked in the kiln test.\n\n"
        "Thank you!\nPriya\n\nPriya Shah | Founder | Juniper Row Home | Brooklyn, NY\n\n"
        "On Jun 7, 2024, at 10:20 AM, Priya Shah <priya@juniperrowhome.com> wrote:\n"
        "> Hi Ana,\n>\n"
        "> PO JR-0560 is attached: 24 sample vessels, speckled white glaze, 14 oz, with lids.\n"
        "> The 3,000 production vessels from your quote are not released. They stay on hold until our\n"
        "> burn test on the samples is signed off and I send you a written production release.\n"
        "> Please buy material for the 24 samples only.\n>\n"
        "> Thanks so much,\n> Priya\n")),
])

# p32: supplier email: "once you approve the samples we roll straight into the balance" + material bought for full 40,000.
case("p32_supplier_roll_straight_wicks", ["RG006", "RG007"],
     "supplier says sample approval rolls straight into production of the balance and has bought cotton and tabs for the full 40,000 wicks", [
    ("Sample_wicks_shipped_CD-series.eml", mail(
        "Amy Xu <amy.xu@lumenwick.com>", "Mia Castellano <hello@fernandember.com>",
        "Sample wicks CD-10 / CD-12 shipped + production plan",
        "Wed, 26 Jun 2024 17:30:44 +0800",
        "Dear Mia,\n\n"
        "Your sample wicks (CD-10 and CD-12, 6 inch, pre-waxed, with 15 mm tab) were shipped on Monday by UPS, "
        "tracking 1Z 7W9 0E4 04 1188 2210.\n\n"
        "Once you approve the samples we will roll straight into production of the balance, so we can keep your "
        "November ship date without rush charges.\n\n"
        "To save time we have already bought the cotton yarn and the zinc-free tabs for the full 40,000 wicks. "
        "They are in our warehouse now.\n\n"
        "Please let me know your test result when you have it.\n\n"
        "Best regards,\nAmy Xu\nSales Manager\nJiangsu Lumen Wick Co., Ltd.\nWujin District, Changzhou, Jiangsu, "
        "China\nTel +86 519 8633 7120\n")),
])


# ------------------------------------------------------------ batch 4
# c19: French ERP PO printout, full quantity, European number format, split delivery both firm.
case("c19_erp_fr_full_qty_wax", [], "full-quantity wax order 2.400 kg (two firm deliveries of 1.200 kg), no balance; European number format", [
    ("BC_MS-BC-24-095_cire.txt",
     "MAISON SOLENE SAS                                        BON DE COMMANDE\n"
     "41 rue de Turenne, 75003 Paris                           N. MS-BC-24-095\n"
     "SIRET 812 004 771 00025                                  Date 19/06/2024\n"
     "\n"
     "Fournisseur : MAZOWSZE WAX BLENDS SP. Z O.O.\n"
     "              ul. Przemyslowa 12, 09-411 Plock, POLOGNE\n"
     "Contact     : M. Piotr Lewandowski\n"
     "Conditions  : DAP Paris - paiement 45 jours fin de mois\n"
     "--------------------------------------------------------------------------\n"
     "REF          DESIGNATION                          QTE      PU EUR   MONTANT\n"
     "--------------------------------------------------------------------------\n"
     "MS-RC-50     Cire colza-coco 'Solene 50', point  2.400 KG    3,15   7.560,00\n"
     "             de fusion 50-53 C, pastilles, sacs\n"
     "             de 20 kg, non teintee\n"
     "--------------------------------------------------------------------------\n"
     "                                               TOTAL HT EUR          7.560,00\n"
     "\n"
     "Livraison en 2 fois : 1.200 KG semaine 28, 1.200 KG semaine 32.\n"
     "Commande ferme pour la totalite (2.400 kg) : pas de solde, rien d'autre ne suit\n"
     "sous cette commande. / Firm order for the full 2,400 kg, no balance.\n"
     "Meme formule que le lot MWB-2403-118 livre en mars. Certificat d'analyse avec\n"
     "chaque livraison.\n"
     "\n"
     "Acheteur : Theo Garnier - t.garnier@maison-solene.fr - +33 1 44 55 20 61\n"),
])

# c20: DOCX development brief: phase 1 quantity, phase 2 forecast not ordered/not released, revised PO by named person.
case("c20_development_brief_docx", [], "development brief authorizes 12 test candles; phase 2 (~8.000) labelled forecast, not ordered, not released, released only by revised PO signed by Camille Roux after burn tests", [
    ("Brief_developpement_Jardin_de_Grasse.docx", docx_bytes([
        ("h1", "Development brief - 'Jardin de Grasse' candle collection"),
        ("p", "Maison Solene SAS, Paris -> Jaipur Aroma Works, Jaipur (Ms. Neha Sharma). Version 2, 14/06/2024."),
        ("h", "Product"),
        ("table", [["Parameter", "Target"],
                   ["Vessel", "Ceramic 'Pot Lune' 25cl, supplied by Maison Solene"],
                   ["Wax", "Rapeseed-coconut blend, melt point 50-53 C"],
                   ["Fragrance load", "8% (Mimosa, Rose de Mai, Figuier, Neroli - 4 fragrances)"],
                   ["Wick", "Wooden crackle wick 13 mm, or cotton LX 20 - your recommendation"],
                   ["Burn time target", ">= 45 h, full melt pool within 3 h"]]),
        ("h", "Phase 1 - what this brief authorises"),
        ("p", "12 test candles: 3 per fragrance x 4 fragrances, poured in our vessels, under PO MS-BC-24-093. "
              "Material authority: sample only."),
        ("h", "Phase 2 - for information"),
        ("p", "Phase 2 quantities are a forecast only (approximately 8.000 candles for spring 2025). They are not "
              "ordered and not released by this brief."),
        ("p", "Phase 2 is released only by a revised PO signed by Camille Roux, after the Phase 1 burn tests in "
              "Paris have been signed off."),
        ("h", "Timing"),
        ("li", "Test candles in Paris by 26 July 2024"),
        ("li", "Burn test results to Jaipur by 30 August 2024"),
    ], author="Camille Roux")),
])

# c21: supplier production status (TXT): samples done, production not released, no material bought for production.
case("c21_supplier_status_txt", [], "supplier status: 60 sample sets shipped, 4,000 not released and waiting for written release, material bought for samples only", [
    ("MFC_status_SS-1198.txt",
     "MEKONG FIBRE CO. - PRODUCTION STATUS\n"
     "Customer : Saltbush & Smoke Pty Ltd (Ms. Grace Tan)\n"
     "Your PO  : SS-1198      Item : reed sticks 3 mm x 25 cm, natural rattan, 8 per bundle\n"
     "Date     : 20/06/2024   By   : Nguyen Van Minh\n"
     "\n"
     "1. Sample 60 bundles ........ DONE, shipped 18/06 by DHL 4471 0920 81\n"
     "2. Production 4,000 bundles . NOT RELEASED - waiting your written release\n"
     "3. Material ................. rattan bought only for the 60 sample bundles.\n"
     "                              No rattan or packing bought for production.\n"
     "4. Wicking test on our side . 200 ml oil, 8 reeds, 21 days: 62% used.\n"
     "\n"
     "Please tell us your test result. Thank you!\n"),
])

# c22: WhatsApp: buyer scope + supplier acknowledgement in non-native English.
case("c22_whatsapp_supplier_ack", [], "buyer: 20 sample reed sets only, 3,000 on hold until scent-throw sign-off and her written release; supplier restates in non-native English, buys no fibre", [
    ("WhatsApp_Chat_Zoe_Minh.txt", wa([
        "[17/06/2024, 20:11:37] Zoe Hartley: Hi Minh! PO LFS-0641 just sent over 😊",
        "[17/06/2024, 20:12:30] Zoe Hartley: it's for 20 sample reed sets only (black fibre, 28 cm, 6 per set). the 3,000 sets stay on hold till our scent throw test is signed off and I send you the written release",
        "[18/06/2024, 07:45:02] Minh Mekong Fibre: Dear Zoe good morning",
        "[18/06/2024, 07:46:19] Minh Mekong Fibre: we understand the PO LFS-0641 is 20 sets sample only, the 3,000 sets is not release. We not buy the fibre for 3,000 until you send the release",
        "[18/06/2024, 07:46:55] Minh Mekong Fibre: sample ready 25/6 🙏",
        "[18/06/2024, 08:30:10] Zoe Hartley: perfect, thank you Minh x",
    ])),
])

# c23: retailer call-off (HTML): this call-off quantity, balance not released, next call-off by a named buyer.
case("c23_retailer_calloff_html", [], "retailer call-off releases 1,500 gift sets; 3,500 of the blanket not released until the next call-off signed by Rachel Moore; component authority for this call-off only", [
    ("HF_calloff_BO-77102_CO-02.html", html_page("Harrow & Finch - Call-off 02 - BO-77102", """
<h2>Harrow &amp; Finch &mdash; Call-off</h2>
<p>Blanket order <b>BO-77102</b> &middot; Call-off <b>CO-02</b> &middot; 1 July 2024<br>
Supplier: Wick &amp; Wander Ltd, Bristol &middot; Item: HF-WW-GS3 'Winter Hearth' gift set (3 x 80 g candles, gift box)</p>
<table>
<tr><th>Blanket quantity</th><th>CO-01 (delivered)</th><th>This call-off CO-02</th><th>Not released</th></tr>
<tr><td>6,000 sets</td><td>1,000 sets</td><td>1,500 sets &ndash; make and deliver wk 38</td><td>3,500 sets</td></tr>
</table>
<p class="note">CO-02 releases 1,500 gift sets for production and delivery. The 3,500 sets not released stay on hold;
they are released only by the next call-off, signed by Rachel Moore, Senior Buyer Home Fragrance.
Component authority: boxes, candles and inserts for the 1,500 sets of this call-off only.</p>
<p>Delivery: Harrow &amp; Finch DC, Daventry NN11 8UH, booking via the H&amp;F carrier portal, 48 h ASN.</p>
<p>Rachel Moore &middot; Senior Buyer, Home Fragrance &middot; Harrow &amp; Finch Ltd, 220 Regent Street, London W1B 3BR</p>
""")),
])

# c24: two files: PO PDF (complete scope, quote tiers declared informational) + the quote PDF with tiers.
case("c24_po_and_quote_clean_pair", [], "PO names 30 samples and declares the quote's 4,000/8,000 tiers informational and not released; unlock + Priya Shah; the quote beside it has tiers only", [
    ("PO_JR-0571_tumbler_samples.pdf", pdf([
        ("h1", "Purchase Order JR-0571"),
        ("p", "Juniper Row Home LLC - 88 Sackett St, Brooklyn, NY 11231 - priya@juniperrowhome.com"),
        ("table", [["Supplier", "Huta Szkla Podkarpacie Sp. z o.o., Krosno, Poland (Marek Nowak)"],
                   ["Date", "July 2, 2024"], ["Quote", "HSP/Q/2024/0455"], ["Ship", "DAP Brooklyn, courier"]]),
        ("sp",),
        ("table", [["#", "Item", "Description", "Qty", "EUR/pc", "EUR"],
                   ["1", "JR-TMB-11-SM", "Tumbler 11 oz, outside spray 'Smoke' 60%, white decal 'Juniper Row'", "30", "9.80", "294.00"]]),
        ("sp",),
        ("p", "This PO covers the 30 sample tumblers only."),
        ("p", "The production tiers in your quote HSP/Q/2024/0455 (4,000 pcs and 8,000 pcs) are for information "
              "only and are not released. The balance stays on hold until our burn test on the samples is signed "
              "off and Priya Shah (Founder) sends a written production release."),
        ("p", "Material authority: sample only."),
    ], pagesize=LETTER, title="PO JR-0571", author="Priya Shah")),
    ("HSP_Quote_Q-2024-0455.pdf", pdf([
        ("h1", "QUOTATION HSP/Q/2024/0455"),
        ("p", "Huta Szkla Podkarpacie Sp. z o.o. - Krosno, Poland - for Juniper Row Home LLC, Brooklyn"),
        ("table", [["Item", "Quantity", "Unit price EUR", "Lead time"],
                   ["Samples, spray Smoke 60%, decal", "30 pcs", "9,80", "10 working days"],
                   ["Production", "4.000 pcs", "2,60", "6 weeks"],
                   ["Production", "8.000 pcs", "2,25", "7 weeks"]]),
        ("p", "Validity 60 days. Payment 30 days net. Lead times from written production release. This quotation "
              "is not an order confirmation."),
    ], title="Quotation HSP/Q/2024/0455", author="Marek Nowak")),
])

# c25: buyer pays a mould + sample deposit and says it is not a production release (multipart/alternative).
_c25_txt = (
    "Dear Lily,\n\n"
    "We paid the deposit on PI QY-PI-240618-03 today (USD 2,340.00: mould for the 'Galet' bottle and the T1 "
    "samples). The bank slip is below.\n\n"
    "To be clear, this payment is not a production release. Please make the 50 T1 sample bottles from the new "
    "mould and nothing else. The 5,000 production bottles stay on hold until Camille Roux (Packaging Lead) signs "
    "off the T1 samples and we send a revised PO for the production quantity.\n\n"
    "Material authority: sample only.\n\n"
    "Bank: BNP Paribas Paris, ref. MS-QY-0618, value date 18/06/2024.\n\n"
    "Bien cordialement,\nTheo Garnier\nAcheteur / Buyer, Maison Solene\n"
)
_c25_html = (
    "<p>Dear Lily,</p><p>We paid the deposit on PI QY-PI-240618-03 today (USD 2,340.00: mould for the 'Galet' "
    "bottle and the T1 samples). The bank slip is below.</p><p><b>To be clear, this payment is not a production "
    "release.</b> Please make the 50 T1 sample bottles from the new mould and nothing else. The 5,000 production "
    "bottles stay on hold until Camille Roux (Packaging Lead) signs off the T1 samples and we send a revised PO for "
    "the production quantity.</p><p>Material authority: sample only.</p>"
    "<p>Bank: BNP Paribas Paris, ref. MS-QY-0618, value date 18/06/2024.</p>"
    "<p>Bien cordialement,<br>Theo Garnier<br>Acheteur / Buyer, Maison Solene</p>"
)
case("c25_buyer_deposit_not_release", [], "buyer pays mould/sample deposit and states the payment is not a production release; 50 T1 samples active; 5,000 on hold until Camille Roux sign-off and revised PO", [
    ("Deposit_PI_QY-PI-240618-03.eml", mail(
        "Theo Garnier <t.garnier@maison-solene.fr>", "Lily Chen <lily@qingyuglass.com>",
        "Deposit paid - PI QY-PI-240618-03 (mould + T1 samples 'Galet')",
        "Tue, 18 Jun 2024 15:11:09 +0200", _c25_txt, html=_c25_html,
        cc="Camille Roux <c.roux@maison-solene.fr>")),
])

# p33: WeChat: supplier says after sample approval it starts mass production directly, no new PO.
case("p33_wechat_supplier_mass_production", ["RG007"],
     "supplier chat: after you approve the sample we start mass production directly, no need new PO", [
    ("WeChat_Ruby_Lily_Qingyu.txt", wa([
        "WeChat chat history - Ruby Nguyen (Bloom & Tallow) / Lily Chen (Qingyu Glass)",
        "",
        "2024-06-24 09:15 Ruby Nguyen: Hi Lily, when can I expect the frosted diffuser samples? our photographer is booked for the 8th",
        "2024-06-24 09:31 Lily Chen: Hi Ruby, sample ready on Friday, send by DHL same day",
        "2024-06-24 09:32 Lily Chen: after u approve sample we start mass production directly, no need new PO 👍 we keep your slot in July",
        "2024-06-24 09:33 Lily Chen: [Image] frosting sample on 150ml",
        "2024-06-24 09:50 Ruby Nguyen: thanks Lily, I'll look out for the DHL tracking",
        "2024-06-24 09:51 Ruby Nguyen: frosting looks a bit heavier than the last one?",
        "2024-06-24 10:05 Lily Chen: same sand blasting time, maybe light in photo. I check with workshop",
    ])),
])

# p34: supplier quotation (PDF) with a term that makes sample approval the mass-production order.
case("p34_quote_deemed_confirmation", ["RG007"],
     "supplier quote terms: approval of the pre-production sample is deemed confirmation of the mass production order at the quoted quantity", [
    ("MMC_Quotation_2024-0611.pdf", pdf([
        ("h1", "QUOTATION MMC/2024/0611"),
        ("p", "Moradabad Metalcraft - Civil Lines, Moradabad 244001, U.P., India - GSTIN 09ABCPM1234F1Z5"),
        ("table", [["To", "Bloom & Tallow, Marrickville NSW 2204, Australia (Ms. Ruby Nguyen)"],
                   ["Date", "11.06.2024"], ["Prepared by", "Imran Qureshi"]]),
        ("sp",),
        ("table", [["Item", "Description", "Qty", "Unit price USD"],
                   ["BT-SNF-01", "Candle snuffer, brass, antique finish, 24 cm, engraved 'B&T'", "12 (sample)", "9.50"],
                   ["BT-SNF-01", "Same, production", "2,500", "3.40"],
                   ["BT-TRAY-20", "Brass tray 20 cm, hammered, felt base", "2,500", "5.10"]]),
        ("sp",),
        ("h", "Terms and conditions"),
        ("p", "1. Prices FOB New Delhi ICD. 2. Validity 30 days. 3. Sample lead time 15 days, production lead time "
              "60 days. 4. Finish tolerance: handmade antique finish, slight variation is normal."),
        ("p", "5. Approval of the pre-production sample by the Buyer shall be deemed confirmation of the mass "
              "production order at the quantity quoted above."),
        ("p", "6. Packing: each piece in butter paper and bubble bag, 24 pcs per 5-ply carton."),
        ("p", "For Moradabad Metalcraft - Imran Qureshi, Proprietor"),
    ], title="Quotation MMC/2024/0611", author="Imran Qureshi")),
])

# p35: supplier email: "your approval of the samples will be at the same time the approval for production of 6.000 pcs".
case("p35_supplier_approval_is_production", ["RG007", "RG009"],
     "supplier: the sample approval will at the same time be the approval for production of 6.000 pcs; approval used for technical and production release", [
    ("Bernstein_30cl_furnace_plan.eml", mail(
        "Marek Nowak <m.nowak@hsp-krosno.pl>", "Jonas Krueger <einkauf@lichtwerk-duft.de>",
        "Bernstein 30cl - after our call / furnace plan",
        "Fri, 28 Jun 2024 13:10:55 +0200",
        "Dear Jonas,\n\n"
        "thank you for the call today.\n\n"
        "As agreed, your approval of the samples (sent to Hamburg on 14.06.) will be at the same time the "
        "approval for the production of 6.000 pcs, so we can plan the furnace in week 40 already. Please send "
        "the sample approval until 5.07. if possible.\n\n"
        "The amber colour of the second sample set is a little darker because of the new cullet. If you prefer "
        "the first set, please tell us which one.\n\n"
        "Best regards\nMarek Nowak\nExport Sales\nHuta Szkla Podkarpacie Sp. z o.o.\nul. Hutnicza 7, 38-400 "
        "Krosno, Poland\ntel. +48 13 432 17 60\n\n"
        "Ta wiadomosc jest poufna. This message is confidential and intended only for the addressee.\n")),
])

# p36: buyer email with PO PDF attached (complete scope); body says test result = the release.
_p36_pdf = pdf([
    ("h1", "PURCHASE ORDER BT-PO-0088"),
    ("p", "Bloom & Tallow - 27 Addison Rd, Marrickville NSW 2204, Australia"),
    ("table", [["Supplier", "Mekong Fibre Co., Can Tho, Vietnam (Mr. Nguyen Van Minh)"],
               ["Date", "5 June 2024"], ["Currency", "USD"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit", "Amount"],
               ["1", "BT-REED-30", "Fibre reeds 3 mm x 30 cm, black, 8 per bundle, kraft band", "40 bundles", "0.60", "24.00"]]),
    ("sp",),
    ("p", "Scope: this PO covers 40 sample bundles only. The 2,000 production bundles are not released. They "
          "stay on hold until our wicking test is signed off and Ruby Nguyen sends a written production release."),
    ("p", "Material authority: sample only."),
], title="BT-PO-0088", author="Ruby Nguyen")
case("p36_buyer_test_result_is_release", ["RG007"],
     "attached PO requires wicking test sign-off and Ruby Nguyen's written release; her email says a fine test result means the balance is sorted and should ship, nothing else will be sent", [
    ("Reeds_October_container.eml", mail(
        "Ruby Nguyen <ruby@bloomandtallow.com.au>", "Nguyen Van Minh <minh@mekongfibre.vn>",
        "Reeds - October container",
        "Wed, 26 Jun 2024 16:40:27 +1000",
        "Hi Minh,\n\n"
        "Thanks for the photos of the samples, the black is perfect.\n\n"
        "Our wicking test starts Monday (Fig & Cassis oil, 200 ml, 8 reeds). If the wicking test comes back fine, "
        "consider the balance sorted - ship it with the October container to Sydney, I don't need to send "
        "anything else.\n\n"
        "PO BT-PO-0088 attached again for your records.\n\n"
        "Cheers,\nRuby\n\nRuby Nguyen | Founder | Bloom & Tallow | Marrickville NSW | @bloomandtallow\n",
        attachments=[("BT-PO-0088.pdf", _p36_pdf, PDF_MT)])),
])

# p37: retailer email: forecast to be taken as a firm commitment "like an order".
case("p37_retailer_forecast_commitment", ["RG008"],
     "retailer sends a 2025 forecast and asks the supplier to take it as a firm commitment, to plan on it like an order", [
    ("Hedgerow_2025_forecast.eml", mail(
        "Rachel Moore <rachel.moore@harrowfinch.co.uk>", "Oliver Grant <oliver@wickandwander.co.uk>",
        "Hedgerow 2025 - forecast",
        "Thu, 27 Jun 2024 17:22:48 +0100",
        "Hi Oliver,\n\n"
        "Lovely to see you at the trade show last week. As promised, here's our 2025 forecast for the Hedgerow "
        "range:\n\n"
        "  Hedgerow 300 g candle        7,000\n"
        "  Hedgerow reed diffuser 200ml 3,500\n"
        "  Hedgerow gift set            1,500\n"
        "  ---------------------------------\n"
        "  Total                       12,000 units\n\n"
        "Please take this as a firm commitment from us - you can plan on it like an order. The phasing by month "
        "will follow from our planning team in September.\n\n"
        "Also: could you send over the updated CLP labels for the diffuser? Our compliance team flagged the old "
        "ones.\n\n"
        "Best,\nRachel"
        + sig("Rachel Moore", "Senior Buyer, Home Fragrance", "Harrow & Finch Ltd, London", "+44 20 7946 0815"))),
])

# p38: supplier reply treats a quoted, clearly labelled forecast as an order and books material for all of it.
case("p38_supplier_order_of_forecast", ["RG006", "RG008"],
     "supplier thanks the buyer for an 'order' of 12,400 that the quoted text labels a forecast, and orders batch materials and spray for all of it", [
    ("RE_Rolling_forecast_AW24_issue3.eml", mail(
        "Joao Ferreira <joao.ferreira@vidreira-atlantica.pt>", "Hannah Lee <hannah.lee@wickandwander.co.uk>",
        "RE: Rolling forecast AW24 issue 3",
        "Wed, 05 Jun 2024 09:58:12 +0100",
        "Dear Hannah,\n\n"
        "Thank you very much for your order of 12.400 vessels for AW24 (6.400 Sage, 4.200 Amber, 1.800 Lantern).\n\n"
        "We have already ordered the batch materials (sand, soda ash, amber colourant) and the Sage spray for the "
        "full quantity, so the August production is secured.\n\n"
        "Order confirmation will follow next week.\n\n"
        "Com os melhores cumprimentos,\nJoao Ferreira\nExport Department\nVidreira Atlantica, Lda.\n"
        "Rua da Fabrica 23, 2430-028 Marinha Grande, Portugal\n\n"
        "De: Hannah Lee <hannah.lee@wickandwander.co.uk>\nEnviado: 3 de junho de 2024 15:40\n"
        "Assunto: Rolling forecast AW24 issue 3\n\n"
        "> Hi Joao,\n>\n"
        "> Attached is our rolling forecast for Autumn/Winter 2024, issue 3. This is a forecast, not a\n"
        "> purchase order: it does not authorise production or the purchase of material.\n"
        "> Totals: Tumbler Sage 6,400 - Tumbler Amber 4,200 - Lantern jar 1,800.\n>\n"
        "> Thanks, Hannah\n")),
])

# p41: DOCX listing brief: season forecast to be treated as a firm order.
case("p41_listing_brief_forecast_firm", ["RG008"],
     "listing brief turns a 5,000-set season forecast into 'our committed order volume', to be treated as a firm order", [
    ("Kingsley_listing_brief_reed_set.docx", docx_bytes([
        ("h1", "Retailer listing brief - Saltbush reed diffuser set"),
        ("p", "Saltbush & Smoke Pty Ltd -> Mekong Fibre Co. and Vidreira Atlantica, Lda. Prepared by Grace Tan, Operations Manager, 28/06/2024."),
        ("h", "Listing"),
        ("p", "Kingsley & Co. department stores have listed our reed diffuser set (200 ml amber bottle, 8 black fibre "
              "reeds, gift box) in 22 stores from 1 September, spring/summer 2024-25."),
        ("table", [["Component", "Supplier", "Season forecast"],
                   ["Bottle SS-DIF-200A", "Vidreira Atlantica", "5,000"],
                   ["Reeds BT-REED-25 (8 per set)", "Mekong Fibre", "5,000 sets"],
                   ["Gift box SS-GB-DIF", "Saigon Paperworks", "5,000"]]),
        ("p", "The season forecast of 5,000 sets is now our committed order volume for the season. Please treat it as "
              "a firm order and plan your capacity on it."),
        ("h", "Retailer requirements"),
        ("li", "GS1 barcode on the box base, CLP label on the bottle"),
        ("li", "Carton of 6 sets, retailer shipper label on two sides"),
        ("li", "Delivery to Kingsley & Co. DC, Erskine Park NSW"),
    ], author="Grace Tan")),
])

# p43: HTML project tracker export: "released" for artwork and colour proof and for production.
case("p43_project_tracker_artwork_released", ["RG009"],
     "project tracker uses 'released' for the artwork and the colour proof (technical) and for production; scope otherwise complete", [
    ("Coffret_Printemps_tracker_export.html", html_page("Coffret Printemps - project tracker", """
<h2>Coffret Printemps 2025 &mdash; project tracker</h2>
<p>Maison Solene &times; Saigon Paperworks &middot; exported 21/06/2024 &middot; owner: Camille Roux</p>
<table>
<tr><th>Step</th><th>Status</th><th>Who</th><th>Date</th><th>Comment</th></tr>
<tr><td>Artwork (dieline + print file v4)</td><td>RELEASED</td><td>Camille Roux</td><td>12/06</td><td>v4 final, released to supplier</td></tr>
<tr><td>Colour proof 'Rose poudre'</td><td>RELEASED</td><td>Camille Roux</td><td>18/06</td><td>match to Pantone 698 C, released with note on foil</td></tr>
<tr><td>Sample boxes (10 pcs)</td><td>IN PROGRESS</td><td>Saigon Paperworks</td><td>due 28/06</td><td>PO MS-BC-24-097, 10 sample boxes &ndash; the only quantity to make now</td></tr>
<tr><td>Sample sign-off</td><td>OPEN</td><td>Camille Roux</td><td>&ndash;</td><td></td></tr>
<tr><td>Production release</td><td>NOT RELEASED &ndash; 0 of 5,000</td><td>Camille Roux</td><td>&ndash;</td><td>5,000 boxes on hold until sample sign-off and a revised PO signed by Camille Roux</td></tr>
</table>
<p>Material authority: sample only.</p>
""", lang="en")),
])


# ------------------------------------------------------------ batch 5
# p18: founder email (multipart/alternative): "Go ahead with the first batch" - no quantity; rest on hold with unlock + person.
_p18_txt = (
    "Hi Neha,\n\n"
    "The pilot candles arrived and they're gorgeous - the Wattle & Smoke throw fills our whole studio.\n\n"
    "Go ahead with the first batch for the Christmas markets!\n\n"
    "The rest of the holiday run in your quote (4,000 candles) stays on hold until I've signed off the burn "
    "test on the market batch and sent you a written release.\n\n"
    "Same labels as the pilot, but please use the new kraft sleeve with the batch code on the side.\n\n"
    "Cheers,\nRuby\n\nRuby Nguyen | Founder | Bloom & Tallow | 27 Addison Rd, Marrickville NSW 2204\n"
)
_p18_html = (
    "<p>Hi Neha,</p><p>The pilot candles arrived and they're gorgeous &ndash; the Wattle &amp; Smoke throw fills "
    "our whole studio.</p><p><b>Go ahead with the first batch for the Christmas markets!</b></p>"
    "<p>The rest of the holiday run in your quote (4,000 candles) stays on hold until I've signed off the burn test "
    "on the market batch and sent you a written release.</p><p>Same labels as the pilot, but please use the new "
    "kraft sleeve with the batch code on the side.</p><p>Cheers,<br>Ruby</p>"
    "<p>Ruby Nguyen | Founder | Bloom &amp; Tallow | 27 Addison Rd, Marrickville NSW 2204</p>"
)
case("p18_go_ahead_first_batch", ["RG002", "RG010"],
     "'Go ahead with the first batch' names no quantity and is not sample-scoped; the rest (4,000) is on hold with unlock and Ruby as releaser", [
    ("First_batch_Christmas_markets.eml", mail(
        "Ruby Nguyen <ruby@bloomandtallow.com.au>", "Neha Sharma <neha@jaipuraroma.in>",
        "Wattle & Smoke - first batch for the markets",
        "Fri, 28 Jun 2024 11:05:00 +1000", _p18_txt, html=_p18_html)),
])

# p44: supplier email + HTML order confirmation: sample PO "approved" and accepted, so production "approved"; starts 2.000.
_p44_html = html_page("Order confirmation VA-OC-24-0718", """
<h3>Vidreira Atlantica, Lda. &mdash; Order confirmation VA-OC-24-0718</h3>
<table>
<tr><th>Customer PO</th><th>Item</th><th>Status</th><th>Production start</th></tr>
<tr><td>BT-PO-0091</td><td>Amber bottle 200 ml, neck 24/410, print 'Bloom &amp; Tallow'</td><td>Accepted</td><td>08/07/2024 &ndash; 2.000 pcs</td></tr>
</table>
<p>Marinha Grande, 04/07/2024</p>
""")
case("p44_supplier_po_accepted_production_approved", ["RG009", "RG012"],
     "supplier: the sample PO was approved by the buyer and accepted by us, so production is approved and 2.000 start; 'approved' for PO and production, PO acceptance treated as authority", [
    ("OC_VA-OC-24-0718_BT-PO-0091.eml", mail(
        "Joao Ferreira <joao.ferreira@vidreira-atlantica.pt>", "Ruby Nguyen <ruby@bloomandtallow.com.au>",
        "BT-PO-0091 - order confirmation and production start",
        "Thu, 04 Jul 2024 10:12:30 +0100",
        "Dear Ruby,\n\n"
        "Your PO BT-PO-0091 for the sample bottles has been approved on your side and accepted by us, so the "
        "production is approved as well and we start the 2.000 bottles on Monday, 8 July. Our order confirmation "
        "VA-OC-24-0718 is attached.\n\n"
        "The screen for the 'Bloom & Tallow' print is ready, white ink, 35 x 12 mm.\n\n"
        "Com os melhores cumprimentos,\nJoao Ferreira\nExport Department\nVidreira Atlantica, Lda.\n"
        "Marinha Grande, Portugal\n",
        attachments=[("VA-OC-24-0718.html", _p44_html, "text/html")])),
])

# p46: buyer email says 36 samples; the attached PO (complete scope) says 24.
_p46_pdf = pdf([
    ("h1", "PURCHASE ORDER HPC-24146"),
    ("p", "Hollow Pine Candle Co. - 2210 NW Raleigh St, Portland, OR 97210, USA"),
    ("table", [["Supplier", "Bat Trang Ceramics Export JSC, Hanoi, Vietnam (Mr. Le Hoang Anh)"],
               ["Date", "June 24, 2024"], ["Buyer", "Kyle Brennan"]]),
    ("sp",),
    ("table", [["Line", "SKU", "Description", "Qty", "Unit", "Unit price", "Ext."],
               ["1", "HP-CER-10", "Ceramic vessel 10 oz, 12 glaze trials (2 each), lid-ready rim", "24", "pcs", "$12.00", "$288.00"]]),
    ("sp",),
    ("p", "Scope: this PO covers 24 sample vessels only. The 3,000 production vessels in quote BTC Q24-131 are "
          "not released and stay on hold until our burn test is signed off and Dana Whitfield, Director of "
          "Operations, issues a written production release. Material authority: sample only."),
], pagesize=LETTER, title="PO HPC-24146", author="Kyle Brennan")
case("p46_email_36_vs_po_24", ["RG011"],
     "cover email asks for 36 sample vessels (3 per glaze x 12), attached PO authorizes 24 (2 per glaze); PO scope otherwise complete", [
    ("PO_HPC-24146_glaze_trials.eml", mail(
        "Kyle Brennan <kyle@hollowpinecandle.com>", "Le Hoang Anh <export@battrangceramics.vn>",
        "PO HPC-24146 - glaze trials for the fall line",
        "Mon, 24 Jun 2024 15:20:18 -0700",
        "Hi Anh,\n\n"
        "PO HPC-24146 for the glaze trials is attached.\n\n"
        "Please make 36 samples - 3 in each of the 12 glazes - so we can burn one, drop-test one and keep one "
        "as a reference.\n\n"
        "Glaze list and the target chips went out by FedEx this morning (tracking 7781 4410 2290).\n\n"
        "Thanks!\nKyle\n\nKyle Brennan | Purchasing | Hollow Pine Candle Co. | +1 503 555 0142\n",
        attachments=[("PO_HPC-24146.pdf", _p46_pdf, PDF_MT)])),
])

# p48: two files: DOCX development brief says 12 testers; HTML PO says 20 testers.
case("p48_brief_12_vs_po_20", ["RG011"],
     "the brief authorizes 12 tester candles, the PO in the same folder orders 20 testers; scope otherwise complete", [
    ("FE_scent_dev_brief_Hill_Country.docx", docx_bytes([
        ("h1", "Scent development brief - 'Hill Country' collection"),
        ("p", "Fern & Ember Candle Studio, Austin TX -> Jaipur Aroma Works, Jaipur. Contact: Mia Castellano, Founder. 1 July 2024."),
        ("table", [["Fragrance", "Notes", "Load"],
                   ["Bluebonnet", "green, powdery violet", "9%"],
                   ["Cedar Creek", "cedarwood, smoke, vetiver", "9%"],
                   ["Peach Orchard", "peach skin, fig leaf", "8%"],
                   ["Limestone", "mineral, sage, amber", "9%"]]),
        ("h", "Testers"),
        ("p", "Please pour 12 tester candles: 3 per fragrance x 4, in our 10 oz Moss vessel (we ship 12 vessels to you)."),
        ("h", "Production"),
        ("p", "The production run (about 2,500 candles) is not released. It stays on hold until I have signed off the "
              "burn tests on the testers and sent you a written production release."),
        ("p", "Material authority: tester quantity only."),
    ], author="Mia Castellano")),
    ("FE-PO-0215.html", html_page("Purchase order FE-PO-0215", """
<h2>Fern &amp; Ember &mdash; Purchase order FE-PO-0215</h2>
<p>To: Jaipur Aroma Works, Sitapura Industrial Area, Jaipur 302022, India (Ms. Neha Sharma)<br>Date: July 1, 2024</p>
<table>
<tr><th>#</th><th>Item</th><th>Qty</th><th>Unit USD</th><th>Total USD</th></tr>
<tr><td>1</td><td>Tester candle 'Hill Country', 10 oz Moss vessel (vessels supplied by Fern &amp; Ember), 4 fragrances</td><td>20</td><td>7.50</td><td>150.00</td></tr>
<tr><td>2</td><td>Fragrance development fee, 4 fragrances</td><td>1</td><td>400.00</td><td>400.00</td></tr>
</table>
<p>Ref.: scent development brief 'Hill Country', 1 July 2024. Ship testers by courier to Austin.</p>
<p>Mia Castellano, Founder</p>
""")),
])

# p51: buyer cover email (English): PI paid, start production of 1,500; attached German order (DOCX) says 1.200, full quantity.
_p51_docx = docx_bytes([
    ("h1", "Bestellung 4500019533"),
    ("p", "Lichtwerk Duftmanufaktur GmbH, Stresemannstr. 182, 22769 Hamburg - Einkauf: Jonas Krueger"),
    ("p", "Lieferant: Guangzhou Qingyu Glass Products Co., Ltd., Guangzhou, China - PI QY-PI-240620-07"),
    ("p", "Datum: 21.06.2024 - Lieferbedingung: FOB Shenzhen - Zahlung: 100% Vorkasse gegen PI"),
    ("table", [["Pos", "Material", "Bezeichnung", "Menge", "ME", "Preis USD", "Wert USD"],
               ["010", "LW-DIF-120", "Diffuserflasche 120 ml, Braunglas, Hals 24/410, Siebdruck weiss 'Lichtwerk'", "1.200", "ST", "1,12", "1.344,00"]]),
    ("p", "Gesamtmenge dieser Bestellung: 1.200 ST. Es gibt keine Restmenge; es folgt nichts weiter unter dieser "
          "Bestellung. (Total quantity of this order 1,200 pcs; no balance.)"),
    ("p", "Ausfuehrung wie Labormuster LW-M-0412 vom 03.05.2024."),
], author="Jonas Krueger")
case("p51_pi_paid_1500_vs_order_1200", ["RG011", "RG012"],
     "buyer says the PI is paid so the supplier should start production of 1,500; the attached order is a full-quantity order for 1.200", [
    ("LW-DIF-120_order_4500019533.eml", mail(
        "Jonas Krueger <einkauf@lichtwerk-duft.de>", "Lily Chen <lily@qingyuglass.com>",
        "PI QY-PI-240620-07 paid - diffuser bottles 120 ml",
        "Fri, 21 Jun 2024 11:48:02 +0200",
        "Dear Lily,\n\n"
        "PI QY-PI-240620-07 is paid in full today (swift copy below), so please start production of the 1,500 "
        "diffuser bottles now.\n\n"
        "Our order 4500019533 is attached for your file.\n\n"
        "We need the goods at Hamburg port by week 36, please confirm the vessel.\n\n"
        "Viele Gruesse\nJonas Krueger\nEinkauf, Lichtwerk Duftmanufaktur GmbH\n\n"
        "--- SWIFT MT103 copy ---\n:20:LW240621-0087\n:32A:240621USD1344,00\n:59:GUANGZHOU QINGYU GLASS PRODUCTS CO LTD\n",
        attachments=[("Bestellung_4500019533.docx", _p51_docx, DOCX_MT)])),
])

# p52: supplier acknowledgement confirms 50 sample pots; the buyer's quoted PO says 30.
case("p52_supplier_ack_50_vs_po_30", ["RG011"],
     "supplier acknowledges 50 sample pots while the buyer's quoted PO authorizes 30; quoted scope otherwise complete", [
    ("RE_BT-PO-0094_order_acknowledgement.eml", mail(
        "Ana Costa <comercial@ceramicadolis.pt>", "Ruby Nguyen <ruby@bloomandtallow.com.au>",
        "RE: BT-PO-0094 - sample pots 'Eucalypt' glaze",
        "Tue, 02 Jul 2024 09:30:41 +0100",
        "Dear Ruby,\n\n"
        "Thank you for your order. We confirm the order of 50 sample pots 'Eucalypt' glaze, 300 ml, with "
        "cork lid, delivery by courier to Marrickville in week 30.\n\n"
        "We understand the 2.500 production pots are not released, and we wait for your written release after "
        "your burn test.\n\n"
        "Melhores cumprimentos,\nAna Costa\nDepartamento Comercial\nCeramica do Lis, Lda. - Leiria, Portugal\n\n"
        "-----Original Message-----\nFrom: Ruby Nguyen <ruby@bloomandtallow.com.au>\nSent: 1 July 2024 22:15\n"
        "Subject: BT-PO-0094 - sample pots 'Eucalypt' glaze\n\n"
        "> Hi Ana,\n>\n"
        "> PO BT-PO-0094 attached: 30 sample pots in the Eucalypt glaze (300 ml, cork lid).\n"
        "> The 2,500 production pots in your quote are not released - they stay on hold until our burn\n"
        "> test is signed off and I (Ruby Nguyen) send you a written production release.\n"
        "> Material authority: sample only.\n>\n"
        "> Cheers, Ruby\n")),
])

# p53: two files: release letter (PDF) says 480; ERP call-off printout (TXT) for the same release says 400.
case("p53_release_letter_480_vs_erp_400", ["RG011"],
     "release letter R-02 releases 480 candles, the ERP call-off for the same R-02 prints REL QTY 400; hold, unlock and Oliver Grant present", [
    ("R-02_Monsoon_Garden_release.pdf", pdf([
        ("h1", "PRODUCTION RELEASE R-02"),
        ("p", "Wick & Wander Ltd - Unit 4 Feeder Road, Bristol BS2 0SB, UK"),
        ("table", [["To", "Jaipur Aroma Works, Jaipur (Ms. Neha Sharma)"], ["Order", "PO WW-PO-2322 - 'Monsoon Garden' 220 g"],
                   ["Date", "15 July 2024"], ["Release", "R-02"]]),
        ("sp",),
        ("p", "Following the sign-off of the R-01 lot on 12 July, we release 480 candles 'Monsoon Garden' 220 g "
              "for production under R-02."),
        ("p", "The balance of 4,020 candles is not released. It stays on hold until the sell-through review of "
              "R-01 and R-02 is signed off and I send the next written release."),
        ("p", "Material authority: for the 480 candles of this release only."),
        ("sp",),
        ("p", "Oliver Grant, Head of Product"),
    ], title="R-02 release", author="Oliver Grant")),
    ("WW_calloff_WW-PO-2322_R-02.txt",
     "WICK & WANDER LTD                         CALL-OFF / RELEASE PRINT\n"
     "PO        : WW-PO-2322                    RELEASE : R-02\n"
     "SUPPLIER  : JAIPUR AROMA WORKS (IN)       DATE    : 15/07/2024\n"
     "ITEM      : WW-MNS-220 MONSOON GARDEN 220G, AMBER TUMBLER, 2 WICKS\n"
     "----------------------------------------------------------------\n"
     "REL QTY       : 400 EA\n"
     "SHIP WEEK     : 2024-33 (FCA NHAVA SHEVA)\n"
     "BAL           : ON HOLD - NEXT RELEASE BY O. GRANT ONLY\n"
     "----------------------------------------------------------------\n"
     "LABELS: CLP + UFI CODE ON BASE. CARTON 12 EA. PALLET HT MAX 1.5 M\n"),
])

# p54: supplier reply quoting the buyer's sample-only PO: advance received, production started, glass booked for 5,000.
case("p54_advance_received_production_started", ["RG006", "RG012"],
     "supplier treats the advance payment as the start signal ('production is started same day') and books raw glass for the complete 5,000 while only 24 samples are released", [
    ("RE_HPC-24140_advance_TT.eml", mail(
        "Rajesh Agarwal <rajesh@firozabadcrystal.in>", "Kyle Brennan <kyle@hollowpinecandle.com>",
        "RE: HPC-24140 - advance TT received",
        "Mon, 01 Jul 2024 12:16:58 +0530",
        "Dear Kyle Ji,\n\n"
        "Received your advance TT of USD 600.00 for the tooling and samples, thank you very much.\n\n"
        "As per our practice, production is started same day of advance receipt, and the glass raw material "
        "(sand, soda ash, amber colour) is booked for the complete 5,000 pcs so that there is no delay later.\n\n"
        "Samples will be dispatched on 10th July.\n\n"
        "Warm regards,\nRajesh Agarwal\nExport Manager\nFirozabad Crystal Exports Pvt. Ltd.\n+91 98370 55120\n\n"
        "On Tue, 25 Jun 2024, Kyle Brennan <kyle@hollowpinecandle.com> wrote:\n"
        "> Hi Rajesh,\n>\n"
        "> PO HPC-24140 is attached: 24 sample vessels only (amber 14 oz, smoke rim).\n"
        "> The balance of 4,976 vessels is not released until our burn test is signed off and Dana\n"
        "> Whitfield sends a written production release. Material authority: sample only.\n"
        "> Advance for tooling and samples: USD 600.00, invoice to follow.\n>\n"
        "> Thanks,\n> Kyle\n")),
])

# p57: WeChat: full-quantity top-up; buyer says the deposit has gone through so the supplier can start the 2,400.
case("p57_wechat_deposit_so_start", ["RG012"],
     "buyer treats the deposit as the start signal ('deposit's gone through, so you can start the 2,400') on a full-quantity top-up", [
    ("WeChat_Ruby_Cindy_topup.txt", wa([
        "WeChat chat history - Ruby Nguyen (Bloom & Tallow) / Cindy Lin (Xiamen Brightway Glass)",
        "",
        "2024-07-01 08:10 Ruby Nguyen: hi Cindy! we need a top-up of the 9 oz amber jars, same as PO BT-PO-0072",
        "2024-07-01 08:11 Ruby Nguyen: 2,400 pcs, full qty, nothing else to follow on this one. PO BT-PO-0098 in your inbox",
        "2024-07-01 09:02 Cindy Lin: ok Ruby, PI BW-PI-0701-02 sent to your email, 30% deposit pls",
        "2024-07-01 15:47 Ruby Nguyen: deposit's gone through 💸 so you can start the 2,400 now!",
        "2024-07-01 15:48 Ruby Nguyen: [File] TT_copy_BT0098.pdf",
        "2024-07-01 16:20 Cindy Lin: received, thank you 🙏 we arrange",
    ])),
])

# p58: Portuguese supplier: with the 50% advance paid, production of 4.000 launched although samples are still being tested.
_p58_txt = (
    "Dear Camille,\n\n"
    "We confirm the reception of the 50% advance on our proforma PF-2024-0212 (transfer received 25/06).\n\n"
    "With the payment of the advance, we have launched the production of the 4.000 pots 'Lune' in glaze "
    "Craie. We know the samples are still with you for testing, but to keep the delivery date for Noel we "
    "started now.\n\n"
    "The first kiln will be loaded on 3 July.\n\n"
    "Com os melhores cumprimentos,\nAna Costa\nDepartamento Comercial\nCeramica do Lis, Lda. - Leiria, Portugal\n"
)
_p58_html = (
    "<p>Dear Camille,</p><p>We confirm the reception of the 50% advance on our proforma PF-2024-0212 (transfer "
    "received 25/06).</p><p>With the payment of the advance, we have launched the production of the 4.000 pots "
    "'Lune' in glaze Craie. We know the samples are still with you for testing, but to keep the delivery date for "
    "Noel we started now.</p><p>The first kiln will be loaded on 3 July.</p>"
    "<p>Com os melhores cumprimentos,<br>Ana Costa<br>Departamento Comercial<br>Ceramica do Lis, Lda. - Leiria, Portugal</p>"
)
case("p58_advance_paid_production_launched", ["RG012"],
     "supplier launches production of 4.000 pots because the 50% advance was paid, while samples are still in testing", [
    ("Advance_received_PF-2024-0212.eml", mail(
        "Ana Costa <comercial@ceramicadolis.pt>", "Camille Roux <c.roux@maison-solene.fr>",
        "Advance received - PF-2024-0212 - Pots Lune",
        "Thu, 27 Jun 2024 16:05:12 +0100", _p58_txt, html=_p58_html)),
])


# ============================================================ MAIN
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem)


def main():
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case name"
    order = list(CASES)
    random.Random(7777).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    labels = {}
    fmt_files, fmt_cases = {}, {}
    rules = {f"RG{i:03d}": 0 for i in range(1, 13)}
    mapping = []
    for i, c in enumerate(order, 1):
        folder = f"h77_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            ext = Path(fn).suffix.lower().lstrip(".").upper()
            if isinstance(data, EmailMessage):
                seen |= att_formats(data)
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
            fmt_files[ext] = fmt_files.get(ext, 0) + 1
            seen.add(ext)
        for f in seen:
            fmt_cases[f] = fmt_cases.get(f, 0) + 1
        for r in c["expect"]:
            rules[r] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping.append((folder, c["name"], c["expect"]))
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    multifile = sum(1 for c in CASES if len(c["files"]) > 1)
    print(f"cases {len(CASES)} clean {clean} risky {len(CASES) - clean} multi-rule {multi} "
          f"multi-file {multifile}")
    for r, n in rules.items():
        print(f"  {r} {n}")
    print("formats (top-level files):", dict(sorted(fmt_files.items())))
    print("formats (cases containing):", dict(sorted(fmt_cases.items())))
    if VERBOSE:
        for m in mapping:
            print("  ", *m)


VERBOSE = __import__("os").environ.get("H77_VERBOSE") == "1"

if __name__ == "__main__":
    main()
