#!/usr/bin/env python3
"""Generator for the releasegate check_holdout150 corpus (promotional products / merchandise).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout150/build.py

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
    m["Message-ID"] = msgid or f"<h150-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h150")
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


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (no authorization anywhere)
case("c01_quote_tiers", [], "supplier quote only: PPS and bulk tiers, no authorization in the bundle", [
    ("Quotation_NB-Q24-0518.pdf", pdf([
        ("h1", "NINGBO BRIGHTCUP HOUSEWARE CO., LTD."),
        ("p", "No. 88 Yinxian Avenue, Yinzhou District, Ningbo, Zhejiang, China"),
        ("h", "QUOTATION  Q24-0518"),
        ("p", "To: Harbor & Pine Promotions LLC, Portland OR, attn. Ms. Kayla Brooks    Date: May 6, 2024"),
        ("p", "Item: 20 oz double-wall stainless tumbler with slide lid, powder coat, 1-colour laser logo. "
              "Model BC-T20. Pantone 2945 C to match."),
        ("table", [["Stage", "Qty", "Unit price (USD)", "Lead time"],
                   ["Pre-production samples (PPS)", "6 pcs", "18.00", "7 days after logo approval"],
                   ["Bulk order", "3,000 pcs", "3.42", "25 days after production PO + deposit"],
                   ["Bulk order", "5,000 pcs", "3.18", "30 days after production PO + deposit"]]),
        ("p", "Price term FOB Ningbo. Packing: individual white box, 25 pcs per carton. Validity 30 days."),
        ("p", "Remarks: Quotation only, not an order confirmation. Tooling not required for this model."),
        ("p", "Sales: Vivian Zhou  |  WeChat vivian_brightcup  |  +86 574 8800 1234"),
    ], pagesize=LETTER, title="Quotation Q24-0518", author="Vivian Zhou")),
])

# c02 supplier asks whether they have the go-ahead (question, not approval)
case("c02_wechat_question", [], "supplier questions about going ahead; buyer scoped samples and kept the balance closed", [
    ("wechat_export_lanyards.txt", txt("""
WeChat chat history — "Lanyards Summit Expo / Dongguan Ribbon" 
Exported 2024-05-13 18:02

2024-05-09 10:21  Ben Carter (Eventline Ltd, London)
Hi Lily, PO EV-24118 is for the 20 pre-production lanyards only (4 per colour x 5 colours). The other 2,480 are NOT released. They stay on hold until I sign off the PPS in writing — that's me, Ben Carter, nobody else in our team. Please don't buy ribbon for the full run.

2024-05-09 10:40  Lily Wen (Dongguan Ribbon)
ok noted Ben, 20pcs sample first, we make in 5 days

2024-05-13 09:15  Lily Wen (Dongguan Ribbon)
[Photo] [Photo] [Photo]
Samples finished, send by DHL today tracking 1234567890

2024-05-13 09:17  Lily Wen (Dongguan Ribbon)
Ben, can we get the go-ahead for the 2,480 pcs this week? Our ribbon supplier closing for holiday 1-5 June. If you say yes before Friday we can keep your event date 28 June

2024-05-13 17:55  Ben Carter (Eventline Ltd, London)
Thanks Lily. I'll look at the samples when they land on Thursday and come back to you. Nothing else to start until then.
""")),
])

# c03 labelled forecast
case("c03_forecast_page", [], "clearly labelled rolling forecast, not an order", [
    ("maple_forecast_Q3.html", html_page("Maple Ridge Apparel — rolling forecast", """
<h2>Maple Ridge Apparel Co. — Supplier rolling forecast</h2>
<p>Supplier: Saigon Stitch Garment JSC (Binh Duong) &nbsp;|&nbsp; Prepared by: Olivia Tremblay, Sourcing, Toronto ON &nbsp;|&nbsp; Issued: 2024-05-15</p>
<p class="note"><b>FORECAST ONLY — NOT A PURCHASE ORDER.</b> These figures are for your capacity planning. They do not authorise production or the purchase of fabric or trims. Only a numbered Maple Ridge PO with a written production release commits us.</p>
<table>
<tr><th>Style</th><th>Description</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Confidence</th></tr>
<tr><td>MR-HD-240</td><td>Heavyweight hoodie, embroidered crest</td><td>1,200</td><td>1,800</td><td>2,400</td><td>medium</td></tr>
<tr><td>MR-TS-180</td><td>Crew tee, 2-col screen print</td><td>3,000</td><td>3,000</td><td>4,500</td><td>high</td></tr>
<tr><td>MR-CP-05</td><td>5-panel cap, woven label</td><td>600</td><td>—</td><td>900</td><td>low</td></tr>
</table>
<p>Questions: olivia.tremblay@mapleridgeapparel.ca · +1 416 555 0182</p>
""")),
])

# c04 full-quantity PO that says proceed
case("c04_full_po", [], "full-quantity PO, artwork approved; 'proceed' covers the whole PO quantity, no balance", [
    ("PO_HP-24-0877.pdf", pdf([
        ("h1", "PURCHASE ORDER HP-24-0877"),
        ("p", "Harbor & Pine Promotions LLC · 1420 NW Lovejoy St, Portland OR 97209 · Date: 05/20/2024"),
        ("p", "Vendor: Ningbo BrightCup Houseware Co., Ltd. · Ref. quote Q24-0518 (3,000 tier)"),
        ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
                   ["1", "BC-T20", "20 oz tumbler, powder coat Pantone 2945 C, laser logo 'Cascade Credit Union'", "3,000", "3.42", "10,260.00"],
                   ["2", "FRT", "Sea freight FOB Ningbo to Portland, consolidated", "1", "—", "per forwarder"]]),
        ("p", "Scope: this PO covers the complete quantity of 3,000 pcs. PPS were signed off by our client on 05/17. "
              "You may proceed with production of all 3,000 pcs. There is no further balance or follow-on quantity under this PO."),
        ("p", "Overs/unders: none accepted. In-hands date Portland: 07/12/2024. Ship blind — no vendor marks on cartons."),
        ("p", "Buyer: Kayla Brooks, Account Manager · kayla@harborpine.com · (503) 555-0147"),
    ], pagesize=LETTER, title="PO HP-24-0877", author="Kayla Brooks")),
])

# c05 sample PO with full scope note (EML + PDF attachment)
_c05_pdf = pdf([
    ("h1", "Purchase Order KG-4410"),
    ("p", "Kettlebrook Gifts Ltd · Unit 4, Castlefield Works, Manchester M3 4LZ · 14 May 2024"),
    ("p", "Supplier: Anh Duong Bags Co., Ltd (Ho Chi Minh City)"),
    ("table", [["Line", "Item", "Scope", "Qty", "Unit GBP"],
               ["10", "Cotton tote 10 oz, natural, 2-col print 'Lakes Festival 2024'", "sample", "24", "6.50"]]),
    ("p", "SCOPE NOTE. This PO authorises 24 pre-production samples and nothing else. "
          "The remaining 4,976 totes from your quote AD-0331 are not released and remain on hold. "
          "Please make and ship the 24 samples now. The balance can only be released after our "
          "pre-production sample sign-off, by a written release from Tom Ashworth (Head of Buying). "
          "Material authority: sample quantity only. The 5,000 figure in your quote is a firm quantity "
          "we intend to buy if the samples pass; it is not released by this PO."),
], title="PO KG-4410", author="Tom Ashworth")
case("c05_sample_po_scoped", [], "sample PO states active qty, balance on hold, sign-off + written release, named person, material sample-only", [
    ("KG-4410_PO_samples.eml", mail(
        "Tom Ashworth <tom.ashworth@kettlebrookgifts.co.uk>", "Mai Nguyen <mai@anhduongbags.vn>",
        "PO KG-4410 — Lakes Festival totes, samples", "Tue, 14 May 2024 11:02:00 +0100",
        "Hi Mai,\n\nPlease find our PO KG-4410 attached for the pre-production samples of the Lakes Festival "
        "tote. Have a read of the scope note on the PO, it's the important bit: 24 samples only, the rest "
        "stays on hold until we've signed the samples off and I've sent a written release.\n\n"
        "Artwork: the print file is the one from 9 May (v3, Pantone 7621 C + black). Could you send "
        "a photo of the screen before printing?\n\nMany thanks,\nTom" +
        sig("Tom Ashworth", "Head of Buying", "Kettlebrook Gifts Ltd", "+44 161 555 0193"),
        attachments=[("PO_KG-4410.pdf", _c05_pdf, PDF_MT)])),
])

# c06 explicit recorded auto-conversion
case("c06_auto_conversion", [], "explicit recorded auto-conversion naming quantity, signer and conditions", [
    ("Release_agreement_LX-208.docx", docx_bytes([
        ("h1", "Production release agreement — order LX-208"),
        ("p", "Buyer: Lumen & Co. Brand Studio GmbH, Hamburg. Supplier: Shenzhen Voltway Electronics Co., Ltd."),
        ("p", "Item: 10.000 mAh power bank PB-10, UV print of client logo, gift box. Quote SV-2271."),
        ("table", [["Item", "Value"],
                   ["Samples under PO 4500-1182", "5 pcs"],
                   ["Production quantity", "2.000 pcs (firm)"],
                   ["Auto-conversion", "agreed and recorded, see clause 3"],
                   ["Signer of sample sign-off", "Dr. Katrin Vogel, Head of Product"]]),
        ("h", "Clause 3 — auto-conversion"),
        ("p", "Both parties agree that a written sample sign-off with disposition 'approved', signed by "
              "Dr. Katrin Vogel, releases the production quantity of 2.000 pcs automatically, without a "
              "separate release letter. This applies only if (a) the sign-off is dated before 30 June 2024, "
              "(b) the samples pass the CE/RoHS documents check, and (c) no stop is in force. "
              "An interim or rejected disposition releases nothing. Quantities above 2.000 pcs always need a revised PO."),
        ("p", "Until the sign-off, only the 5 samples are released; the 2.000 pcs stay on hold."),
        ("p", "Signed for the buyer: Dr. Katrin Vogel, 16.05.2024    Signed for the supplier: Chen Hao, 17.05.2024"),
    ], author="Katrin Vogel")),
])

# c07 supplier: deposit does not release production (EML with quoted buyer scope)
case("c07_deposit_not_release", [], "supplier states deposit does not release production; quoted buyer scope complete", [
    ("RE_deposit_PO_NS-771.eml", mail(
        "Tran Thi Hoa <hoa.tran@songhong-apparel.vn>", "Priya Raman <priya@northstarevents.sg>",
        "RE: Deposit for PO NS-771 polo shirts", "Wed, 22 May 2024 15:40:00 +0700",
        "Dear Ms Priya,\n\nWe received your 30% deposit USD 2,712 this morning, thank you. Please note "
        "the deposit does not release production. As per your PO we make only the 30 pcs sample polos now "
        "(sizes S-XXL). The 1,970 pcs balance we will not cut until we have your written release after you "
        "sign off the samples.\n\nSamples ready 29 May, we courier to your office in Singapore.\n\n"
        "Best regards,\nHoa\nMerchandiser, Song Hong Apparel JSC\n\n"
        "-----Original Message-----\nFrom: Priya Raman\nSent: Tuesday, 21 May 2024 10:03\n"
        "Subject: Deposit for PO NS-771 polo shirts\n\n"
        "> Hi Hoa, deposit is being wired today per your PI. Just to repeat what's on PO NS-771: only the\n"
        "> 30 sample polos are released. Balance 1,970 pcs is on hold until sample sign-off and my written\n"
        "> release (Priya Raman, Procurement Lead). Pls don't buy fabric for the balance yet.\n"
        "> Thanks, Priya\n")),
])

# c08 call-off with explicit staged material authority above the released qty
case("c08_calloff_staged", [], "call-off releases 1,000; staged material authority to 5,000 explicit; balance held, next call-off, named", [
    ("CallOff_02_ribbon_lanyards.pdf", pdf([
        ("h1", "CALL-OFF No. 2 against blanket PO BP-2024-015"),
        ("p", "Trade Fair Services Canada Inc., Mississauga ON  →  Dongguan Ribbon Crafts Co., Ltd."),
        ("p", "Date: June 3, 2024"),
        ("table", [["Item", "Description", "Released now", "Cumulative released", "Blanket qty"],
                   ["LY-20-1C", "20 mm polyester lanyard, 1-col print, safety breakaway, J-hook", "1,000", "1,500", "6,500"]]),
        ("p", "Production released by this call-off: 1,000 pcs for the Calgary Stampede booth. The remaining 5,000 pcs "
              "of the blanket are not released; each further quantity needs a numbered call-off signed by "
              "Marc Gagnon, Procurement Manager."),
        ("p", "Material authority: staged. You may buy and hold ribbon and hardware for up to 5,000 units at our "
              "liability (over and above the 1,500 released). This is material only — do not print or assemble them."),
        ("p", "Ship to: 100 City Centre Dr, Mississauga ON L5B 2C9. In-hands: June 28."),
    ], pagesize=LETTER, title="Call-off 2", author="Marc Gagnon")),
])

# c09 scoped approval of virtual proof
case("c09_proof_scoped", [], "virtual proof approved for artwork only; PPS qty stated, production held with event and named person", [
    ("proof_approval_reply.eml", mail(
        "Sarah Whitfield <sarah@brightbadge.co.uk>", "Kemal Yildiz <kemal@anatoliatextile.com.tr>",
        "RE: Virtual proof v2 — 'Hope Run 2024' beanie", "Thu, 16 May 2024 09:12:00 +0100",
        "Hi Kemal,\n\nThe virtual proof v2 is approved for artwork only — logo size 6 cm, Pantone 186 C, "
        "woven label on the left. That approval covers the design, nothing more.\n\n"
        "Next step is the six (6) pre-production beanies on PO BB-3391. Production of the 1,200 is not "
        "released: it waits until I've signed the PPS off and sent you a written release (Sarah Whitfield).\n\n"
        "Cheers,\nSarah\n\n"
        "On Wed, 15 May 2024 at 16:40, Kemal Yildiz wrote:\n"
        "> Dear Sarah, attached proof v2 with the bigger logo. Please approve.\n"
        "> Best regards, Kemal\n" +
        sig("Sarah Whitfield", "Account Director", "BrightBadge Merchandise Ltd", "+44 20 5550 1820"))),
])

# c10 supplier acknowledgement restating the hold (DOCX)
case("c10_ack_docx", [], "supplier acknowledgement restates 12-pc scope and the hold; buyer PO quoted in full", [
    ("Order_Acknowledgement_SJ-0921.docx", docx_bytes([
        ("h1", "Order acknowledgement SJ-0921"),
        ("p", "From: Dhaka Jute Crafts Ltd, Narayanganj, Bangladesh   To: Greenleaf Brands Inc., Vancouver BC"),
        ("p", "Your PO: GL-55810 dated 10 May 2024. Our ref: SJ-0921."),
        ("table", [["Your line", "Item", "Qty acknowledged", "Scope"],
                   ["1", "Jute shopper 40x35 cm, cotton handles, 1-col print", "12", "sample"]]),
        ("p", "We acknowledge the scope of your PO as written: twelve (12) sample bags only. "
              "Your note says the 2,988 production balance is on hold until your sample sign-off and a "
              "written release from Ms. Emily Zhang, Sourcing Manager. We will not purchase jute or print "
              "the balance before that release."),
        ("p", "Sample dispatch: 24 May by FedEx, AWB to follow."),
        ("p", "For Dhaka Jute Crafts Ltd — Rafiq Hossain, Export Manager"),
    ], author="Rafiq Hossain")),
])

# c11 identifiers that look like quantities; full-quantity PO
case("c11_identifiers_full", [], "full-quantity PO of 600; SKU, Pantone, ISO, hall and rev numbers only look like quantities", [
    ("ERP_PO_4500071234.txt", txt("""
MESSEBAU NORD GMBH            EINKAUF / PURCHASING              SEITE 1
BESTELLUNG / PURCHASE ORDER   4500071234       DATUM 21.05.2024
LIEFERANT  700512  ISTANBUL PROMO TEKSTIL A.S.
-------------------------------------------------------------------------
POS  MATERIAL        BEZEICHNUNG                        MENGE  ME  PREIS EUR
010  SKU 5000-250    T-Shirt Bio-Baumwolle, Druck 2-fbg   600  ST      4,35
                     Pantone 2945 C / Cool Gray 11
                     Artwork Rev 1000, Zchn. DRG 2500-A
-------------------------------------------------------------------------
GESAMTMENGE / TOTAL QTY: 600 ST      NETTOWERT: 2.610,00 EUR
LIEFERTERMIN: 14.06.2024  AN: Messe Hamburg, Halle B5, Tor 3, Stand 2500
Qualitaet nach ISO 9001:2015, Oeko-Tex Std 100 Zert. Nr. 1000/2024.
HINWEIS: Diese Bestellung umfasst die gesamte Menge von 600 ST. Es gibt keine
Restmenge. Muster wurden am 17.05.2024 freigegeben (Musterfreigabe QS).
Produktion der 600 ST ist mit dieser Bestellung beauftragt.
EINKAEUFER: J. Petersen  TEL +49 40 555 0133
"""))
])

# c12 supplier portal status page restating the hold
case("c12_portal_status", [], "supplier portal status page shows 12 released and balance on hold pending sign-off by named buyer", [
    ("portal_order_status_MX-3302.html", html_page("Order MX-3302 — status", """
<h2>VinaGift Supplier Portal — Order MX-3302</h2>
<p>Customer: Pacific Coast Promotions Inc. (San Diego, CA) &middot; Item: insulated cooler bag 12-can, 2-col heat transfer</p>
<table>
<tr><th>Stage</th><th>Qty</th><th>Status</th><th>Authority</th></tr>
<tr><td>Virtual proof</td><td>—</td><td>Artwork approved 05/08</td><td>PO PCP-7790</td></tr>
<tr><td>Pre-production samples</td><td>12</td><td>Released, in production</td><td>PO PCP-7790 line 1</td></tr>
<tr><td>Balance</td><td>1,188</td><td>ON HOLD — not released</td><td>awaits PPS sign-off + written release by Mark Chen (VP Sourcing)</td></tr>
</table>
<p class="note">Factory note: material for the balance has not been purchased. We will request the release from Mark Chen after PPS sign-off.</p>
<p>Last update 2024-05-21 16:20 ICT by Nguyen Van Long</p>
""")),
])

# c13 buyer corrects a quoted supplier assumption of auto-conversion
case("c13_buyer_corrects", [], "quoted supplier assumes auto-conversion; buyer reply corrects it with full scope", [
    ("RE_PPS_mugs_LC-2290.eml", mail(
        "Jessica Moreau <jessica.moreau@lightfootcreative.ca>", "Alan Wu <alan@jdzceramics.cn>",
        "RE: PPS mugs — roll into bulk?", "Mon, 27 May 2024 08:30:00 -0400",
        "Hi Alan,\n\nNo, please don't. Approving the samples does not start the bulk. PO LC-2290 covers the "
        "eight (8) sample mugs only; the 2,392 production mugs remain on hold. When the samples are signed "
        "off, I will send a separate written production release (Jessica Moreau, Sourcing Manager). "
        "Until you have that email from me, nothing beyond the 8 samples should be glazed or decorated.\n\n"
        "Thanks for checking,\nJessica\n\n"
        "On Sat, 25 May 2024, Alan Wu wrote:\n"
        "> Dear Jessica, samples ready next week. Once you approve the samples we will roll straight\n"
        "> into the 2,392 pcs so we keep the Canada Day date. Please confirm.\n"
        "> Alan\n" +
        sig("Jessica Moreau", "Sourcing Manager", "Lightfoot Creative Inc., Montréal QC", "+1 514 555 0166"))),
])


# c14 old quote forwarded as rfc822, declared informational
_c14_old = mail("Ahmet Kaya <ahmet@egepromo.com.tr>", "Lukas Brandt <l.brandt@eventwerk-berlin.de>",
                "Angebot / quote 2023-118 tote bags", "Thu, 12 Oct 2023 14:00:00 +0300",
                "Dear Lukas,\n\nOur quote for the recycled PET tote: 5.000 pcs at 1,85 EUR, "
                "10.000 pcs at 1,62 EUR, samples 10 pcs free of charge.\n\nBest regards,\nAhmet Kaya\nEge Promo Tekstil")
case("c14_fwd_old_quote", [], "old quote forwarded as rfc822 and declared informational; sample order fully scoped", [
    ("FW_quote_2023-118_EW-0412.eml", mail(
        "Lukas Brandt <l.brandt@eventwerk-berlin.de>", "Ahmet Kaya <ahmet@egepromo.com.tr>",
        "FW: Angebot / quote 2023-118 tote bags — new samples EW-0412", "Mon, 13 May 2024 10:05:00 +0200",
        "Hello Ahmet,\n\nI forward your old quote from October only so you have the spec at hand. "
        "The 5.000 and 10.000 figures in it are for information only — they are not an order and not released.\n\n"
        "What we order now with PO EW-0412: 10 pcs samples in the new colour (Pantone 3415 C). "
        "Any production quantity remains on hold until we have approved the samples and I (Lukas Brandt, "
        "Einkauf) have sent you a written release with the quantity.\n\n"
        "Viele Grüße\nLukas Brandt\nEventwerk Berlin GmbH · Einkauf · +49 30 5550 1477",
        attachments=[("rfc822", _c14_old)])),
])

# c15 buyer question about going ahead (not an approval)
case("c15_buyer_question", [], "buyer asks about lead time if they went ahead; no authorization given", [
    ("lead_time_enamel_pins.eml", mail(
        "Megan Li <megan.li@bluewaveagency.com>", "Sunny Deng <sunny@yiwustarcraft.com>",
        "Lead time question — enamel pins", "Fri, 17 May 2024 13:22:00 -0700",
        "Hi Sunny,\n\nQuick one before our client call on Monday: if we went ahead with the full 5k "
        "soft enamel pins, what's the realistic lead time to LA, door to door? And would you hold "
        "the $0.58 price until end of June?\n\nNot a go-ahead yet — just need the numbers for the deck.\n\n"
        "Thanks!\nMegan",
        html="<p>Hi Sunny,</p><p>Quick one before our client call on Monday: if we went ahead with the full 5k "
             "soft enamel pins, what's the realistic lead time to LA, door to door? And would you hold the "
             "$0.58 price until end of June?</p><p><i>Not a go-ahead yet</i> — just need the numbers for the deck.</p>"
             "<p>Thanks!<br>Megan</p>")),
])

# c16 ERP full-quantity PO with European number formats
case("c16_erp_full_eu", [], "full-quantity reorder in European number format, no balance", [
    ("Bestellung_4800012876.txt", txt("""
WERBEMITTEL MUELLER KG  -  BESTELLUNG 4800012876   (NACHBESTELLUNG / REORDER)
Datum 02.05.2024                      Lieferant: PHU TAI GIFTS CO., LTD, HANOI
=========================================================================
Pos  Artikel       Text                                   Menge   Einh  Preis
 1   WM-FL-500     Thermoflasche 500 ml, Gravur Logo     1.500   Stk   5,90 EUR
 2   WM-BX-01      Geschenkkarton weiss                   1.500   Stk   0,35 EUR
=========================================================================
Summe netto: 9.375,00 EUR     Incoterm: FOB Hai Phong
Nachbestellung identisch zu Auftrag 4800011503 (Muster 2023 freigegeben).
Die Bestellung gilt fuer die volle Menge 1.500 Stk; keine Teilmengen, keine
Restmenge offen. Bitte Produktion planen und Liefertermin bestaetigen.
Mehr-/Minderlieferung: nicht zulaessig.
Ansprechpartner: Frau S. Hoffmann, Einkauf, +49 711 555 0190
"""))
])

# c17 WhatsApp: buyer scopes samples, 'me' as release authority
case("c17_whatsapp_scoped", [], "chat: 10 samples only, rest on hold until PPS sign-off and release by the named sender", [
    ("WhatsApp_Chat_Kanpur_Leather.txt", txt("""
[14/05/2024, 09:41:12] Priya Nair: Hi Rakesh, PO SP-1183 just sent by email. It's for 10 sample card holders only (5 tan, 5 black), deboss logo.
[14/05/2024, 09:41:50] Priya Nair: The 990 balance is on hold – please don't cut leather for it. Once I've signed off the samples I'll send you a written release myself. Only me for this one, not the studio team.
[14/05/2024, 09:45:03] Rakesh Kumar: Noted madam. 10 pcs sample only, balance hold till your release 👍
[14/05/2024, 09:45:30] Rakesh Kumar: Samples by 21st, will courier to Singapore office
[14/05/2024, 09:46:02] Priya Nair: Perfect thanks 🙏
[21/05/2024, 18:10:44] Rakesh Kumar: <attached: 00000021-PHOTO-2024-05-21-18-10-44.jpg>
[21/05/2024, 18:11:09] Rakesh Kumar: Samples dispatched, AWB 7781 2290 4410
"""))
])

# c18 multi-file: DOCX PO with scope + PDF quote declared informational
case("c18_po_plus_quote", [], "folder: PO scopes 2 samples and names quote tiers as information only; quote with tiers", [
    ("PO_AS-2024-311.docx", docx_bytes([
        ("h1", "Purchase Order AS-2024-311"),
        ("p", "Aurora Summit Events Pte Ltd, 10 Anson Road #21-02, Singapore 079903 · 20 May 2024"),
        ("p", "Supplier: Guangzhou TechGift Co., Ltd."),
        ("table", [["Line", "Item", "Qty", "Scope", "Unit SGD"],
                   ["1", "Wireless charging pad 15 W, walnut top, laser logo", "2", "sample", "38.00"]]),
        ("p", "This PO releases the two (2) samples only. Your quote TG-24-771 (attached in the same folder) "
              "shows 500/1,000/2,000 pcs tiers; those tiers are for information only and not released."),
        ("p", "Production is on hold until the samples pass our QC and Mr Tan Wei Ming (Procurement Director) "
              "issues a revised PO with the production quantity."),
        ("p", "Buyer: Rachel Lim, +65 6555 0188"),
    ], author="Rachel Lim")),
    ("Quote_TG-24-771.pdf", pdf([
        ("h1", "Guangzhou TechGift Co., Ltd. — Quotation TG-24-771"),
        ("p", "Customer: Aurora Summit Events Pte Ltd. Date 2024-05-16."),
        ("table", [["Item", "Qty", "USD/pc"],
                   ["Wireless charging pad 15 W walnut, laser logo", "2 (sample)", "28.00"],
                   ["", "500", "9.80"], ["", "1,000", "8.90"], ["", "2,000", "8.20"]]),
        ("p", "Lead time 20 days after receipt of a production PO. Payment T/T 30% deposit, 70% before shipment."),
    ], title="Quote TG-24-771", author="Kevin Luo")),
])

# c19 release notice covering the full quantity after sign-off
case("c19_release_notice", [], "release letter releases the full 3,000 after sign-off, signed by named authority; no balance", [
    ("Production_Release_HW-118.pdf", pdf([
        ("h1", "Production release notice — HW-118"),
        ("p", "Highwater Brands Inc., Austin TX → Tien Phong Plastics JSC, Hai Duong, Vietnam. Date: 06/04/2024"),
        ("table", [["Order", "Item", "PO", "Quantity released", "Released to date"],
                   ["HW-118", "24 oz sport bottle, flip lid, 1-col pad print", "HB-20411 rev 2", "3,000", "3,000 of 3,000"]]),
        ("p", "Sample sign-off: approved by our QA on 05/31/2024 (sign-off SO-118-1). "
              "PO HB-20411 rev 2 covers 3,000 pcs. With this notice, the full 3,000 pcs are released for production. "
              "Nothing remains on hold under this order."),
        ("p", "Released by: Daniel Ortiz, Director of Sourcing (release authority to USD 25,000)."),
    ], pagesize=LETTER, title="Release HW-118", author="Daniel Ortiz")),
])

# c20 interim sign-off with limits
case("c20_interim_limits", [], "interim sign-off: 200 pcs for the trade show with expiry; 1,800 held until final sign-off by named person", [
    ("interim_signoff_backpacks.eml", mail(
        "Hannah Becker <hannah.becker@kraftwerk-merch.de>", "Ngo Minh Tuan <tuan@hanoibagworks.vn>",
        "Interim sign-off — laptop backpack PO KM-2406", "Fri, 24 May 2024 17:45:00 +0200",
        "Dear Tuan,\n\nThe samples arrived. Stitching and the woven label are fine; the zipper pull colour is "
        "still off (should be Pantone 432 C). So we give an interim sign-off, not a full one:\n\n"
        "- You may produce and ship 200 backpacks for the Cologne trade show, ex-works by 14 June 2024.\n"
        "- This interim sign-off expires on 14 June 2024 and covers those 200 pcs only.\n"
        "- The remaining 1,800 pcs are not released. They stay on hold until the corrected zipper pull "
        "passes our final sample sign-off and I send a written release.\n\n"
        "Release authority for the balance: Hannah Becker (Teamleitung Einkauf). The signed form is attached.\n\n"
        "Best regards\nHannah Becker\nKraftwerk Merch GmbH, Köln",
        attachments=[("Interim_signoff_KM-2406.docx", docx_bytes([
            ("h1", "Sample sign-off record — PO KM-2406"),
            ("table", [["Field", "Entry"],
                       ["Disposition", "interim"],
                       ["Quantity allowed under interim", "200 pcs"],
                       ["Expiry", "14.06.2024"],
                       ["Open issue", "zipper pull colour, must be Pantone 432 C"],
                       ["Balance", "1,800 pcs — not released, on hold until final sign-off + written release"],
                       ["Release authority", "Hannah Becker, Teamleitung Einkauf"]]),
        ], author="Hannah Becker"), DOCX_MT)])),
])

# c21 stop notice
case("c21_stop_notice", [], "buyer stop notice; nothing authorizes work", [
    ("STOP_notice_TL-552.txt", txt("""
TO:    Shaoxing Harvest Umbrella Co., Ltd — attn. Grace Sun
FROM:  Tidal Lane Marketing Ltd (Bristol, UK) — Oliver Grant, Purchasing
DATE:  29 May 2024
RE:    STOP — PO TL-552 golf umbrellas, 'Severn Bank' branding

Grace,

Please stop all work on PO TL-552 with immediate effect. Our client is rebranding and the
logo on the approved virtual proof is no longer valid. This applies to everything: the 4
samples you are making, any printing, any fabric you planned to order. Nothing may start
until I lift this stop in writing.

I'll be in touch by 14 June at the latest with either a new artwork or a cancellation.
Apologies for the disruption, and thank you for your patience.

Oliver Grant
Purchasing Manager, Tidal Lane Marketing Ltd
+44 117 555 0121
"""))
])

# c22 full PO plus labelled forecast in the same email
case("c22_po_with_forecast", [], "full PO of 800 plus a forecast clearly labelled as planning only, not an order", [
    ("PO_and_forecast_notebooks.eml", mail(
        "Chloe Tan <chloe.tan@lionfishmedia.sg>", "Vikram Joshi <vikram@jaipurpaperworks.in>",
        "PO LM-0917 A5 notebooks + 2025 outlook", "Tue, 28 May 2024 10:15:00 +0800",
        "Hi Vikram,\n\nPO LM-0917 attached: 800 A5 handmade-paper notebooks, blind-debossed logo, "
        "exactly as per the signed-off sample. That's the full quantity for this order, please proceed "
        "with all 800 and confirm ex-factory date.\n\n"
        "For planning only and NOT an order: our client mentioned they might need around 10,000 "
        "next year for their regional conferences. Nothing is committed and please don't buy paper "
        "for it. If it materialises it will come with its own PO and release.\n\n"
        "Thanks ya,\nChloe" + sig("Chloe Tan", "Senior Account Manager", "Lionfish Media Pte Ltd", "+65 6555 0134"),
        attachments=[("PO_LM-0917.txt", txt("""
LIONFISH MEDIA PTE LTD          PURCHASE ORDER LM-0917        28/05/2024
Vendor: Jaipur Paperworks, Sanganer, Jaipur
Line 1  A5 notebook, handmade cotton paper, blind deboss   QTY 800   USD 3.10
Total USD 2,480.00   Delivery: Singapore by 05/07/2024   Full quantity, no balance.
"""), "text/plain")])),
])

# c23 Singapore English, samples only, named release person
case("c23_sg_samples", [], "Singapore-English email: 50 samples only, balance on hold until PPS sign-off + written release by named director", [
    ("PO_MM-2231_card_holders.eml", mail(
        "Jason Koh <jason.koh@merlionmerch.com.sg>", "Ivy Chen <ivy@xiamenbadge.cn>",
        "PO MM-2231 — card holders, samples only ah", "Wed, 15 May 2024 11:30:00 +0800",
        "Hi Ivy,\n\nPO MM-2231 is for 50 pcs samples only, for the client to try at their townhall. "
        "The rest (balance 2,950 pcs) please hold, don't start yet. Can only release after the client "
        "sign off the PPS and then our Mr Tan Wei Ming (Director) will email you the written release. "
        "Material also for the 50 pcs only hor.\n\nThanks and regards,\nJason" +
        sig("Jason Koh", "Account Executive", "Merlion Merch Pte Ltd", "+65 6555 0102"))),
])

# c24 full PO with overs/unders tolerance
case("c24_full_overs", [], "full-quantity PO with a +/-3% overs/unders tolerance; not a conflicting quantity", [
    ("PO_RB-4471_socks.pdf", pdf([
        ("h1", "PURCHASE ORDER RB-4471"),
        ("p", "Redbrick Sports Marketing Ltd, Leeds LS1 4AP · 03 June 2024 · Supplier: Tiruppur Knit Socks Pvt Ltd"),
        ("table", [["Line", "Item", "Qty", "Unit GBP"],
                   ["1", "Crew sock, custom knit logo, 3 colourways, sizes 6-8 / 9-11", "1,500 pairs", "1.95"]]),
        ("p", "Full quantity order. Samples were signed off on 30 May (our ref SO-4471). Please proceed with production of the 1,500 pairs."),
        ("p", "Overs/unders: up to 3% accepted and invoiced at actual shipped quantity."),
        ("p", "Packing: header card + polybag, 50 pairs per inner. In-hands date: 12 July 2024 (Leeds half marathon)."),
        ("p", "Buyer: Aisha Patel, Buying Manager, +44 113 555 0177"),
    ], title="PO RB-4471", author="Aisha Patel")),
])

# c25 blind shipment, proof approved for the stated PO quantity
case("c25_blind_ship", [], "proof approved for the 750 pcs on a full-quantity PO; heavy logistics detail", [
    ("blind_shipment_instructions.html", html_page("PO PX-6620 — ship instructions", """
<h2>Promax Supply Co. — Purchase order PX-6620 (Chicago, IL)</h2>
<p>Vendor: Bursa Towel Textile San. Tic. A.S., Bursa, Türkiye &middot; Date: 05/22/2024</p>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Unit USD</th></tr>
<tr><td>1</td><td>Golf towel 40x60 cm, embroidered logo, grommet + hook</td><td>750</td><td>4.15</td></tr>
</table>
<p><b>Proof approved for the 750 pcs on this PO.</b> This is the full order; no further quantity is planned.</p>
<h3>Blind shipment</h3>
<ul>
<li>Ship blind: no vendor name, logo or country mark on cartons except "Made in Türkiye" as required.</li>
<li>Ship-to: Lakeside Country Club, 2100 N Lakeshore Rd, Evanston IL 60201 — attn. Pro Shop.</li>
<li>Use our FedEx account 5550-1133; reference PX-6620 on every carton.</li>
<li>In-hands date: 06/21/2024 (member-guest tournament). Overs/unders not accepted.</li>
</ul>
<p>Questions: Derek Olsen, Production Coordinator &middot; derek@promaxsupply.com</p>
""")),
])


# =================================================================== RISKY
# p01 sample PO PDF with quote production qty beside it, no scope at all
case("p01_po_quote_ref", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO lists quote's 3,000 bulk beside the 6 PPS; no hold, no unlock event, no release person", [
    ("PO_SC-24-0391.pdf", pdf([
        ("h1", "PURCHASE ORDER SC-24-0391"),
        ("p", "Summit Creative Group · 220 W Huron St, Chicago IL 60654 · 05/09/2024"),
        ("p", "Vendor: Ningbo BrightCup Houseware Co., Ltd. · Terms: Net 30 · Ship via: DHL Express"),
        ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
                   ["1", "BC-T20-PPS", "Pre-production sample, 20 oz tumbler, Pantone 7427 C, laser logo 'Windy City 10K'", "6", "18.00", "108.00"]]),
        ("p", "Reference: vendor quote Q24-0488 — PPS 6 pcs @ USD 18.00; bulk 3,000 pcs @ USD 3.42, FOB Ningbo, 25 days."),
        ("p", "Please send tracking for the samples to our production desk. In-hands date for the event: 08/10/2024."),
        ("p", "Buyer: Tyler Nguyen, Production Coordinator · production@summitcreative.com"),
    ], pagesize=LETTER, title="PO SC-24-0391", author="Tyler Nguyen")),
])

# p02 full PO 500 + quote attachment with 2,000 tier, not labelled
_p02_quote = pdf([
    ("h1", "Anatolia Textile — Proforma quote AT-1187"),
    ("p", "Customer: BrightBadge Merchandise Ltd, London. Date: 2 May 2024."),
    ("table", [["Item", "Quantity", "Unit EUR", "Total EUR"],
               ["Knitted scarf 150x25 cm, jacquard logo 'Hope Run'", "500", "4.80", "2,400.00"],
               ["Knitted scarf 150x25 cm, jacquard logo 'Hope Run'", "2,000", "3.95", "7,900.00"]]),
    ("p", "Delivery 30 days, ex-works Istanbul. Payment 50/50."),
], title="AT-1187", author="Kemal Yildiz")
case("p02_full_po_quote_2000", ["RG001"],
     "full PO for 500 scarves; attached quote shows an unlabelled 2,000 line beside it", [
    ("PO_BB-3407_scarves.eml", mail(
        "Sarah Whitfield <sarah@brightbadge.co.uk>", "Kemal Yildiz <kemal@anatoliatextile.com.tr>",
        "PO BB-3407 — Hope Run scarves", "Tue, 07 May 2024 14:20:00 +0100",
        "Hi Kemal,\n\nOur PO BB-3407 for 500 jacquard scarves is below; samples were signed off last week, "
        "so please proceed with the 500. I've attached your quote AT-1187 so your team has the spec and "
        "the pricing in one place.\n\nPO BB-3407\nLine 1: knitted scarf 150x25, jacquard 'Hope Run', "
        "qty 500, EUR 4.80, ex-works Istanbul, ready by 14 June.\n\nThanks a lot,\nSarah" +
        sig("Sarah Whitfield", "Account Director", "BrightBadge Merchandise Ltd", "+44 20 5550 1820"),
        attachments=[("Quote_AT-1187.pdf", _p02_quote, PDF_MT)])),
])

# p03 call-off releases 1,000 of 6,000 blanket; no hold statement
case("p03_calloff_no_hold", ["RG001", "RG003"],
     "call-off releases 1,000, shows 6,000 blanket with nothing saying the rest is not released; next call-off and signer named", [
    ("CALLOFF_BP-2024-022_03.txt", txt("""
TRADE FAIR SERVICES CANADA INC.            CALL-OFF / RELEASE AGAINST BLANKET
Blanket PO: BP-2024-022                    Call-off no.: 03      Date: 2024-06-10
Supplier:   Dongguan Ribbon Crafts Co., Ltd.   Vendor #: 30071
--------------------------------------------------------------------------------
ITEM       DESCRIPTION                                   BLANKET QTY   THIS CALL-OFF
LY-25-FC   25mm full-colour sublimated lanyard,            6,000          1,000
           metal lobster clip, breakaway
--------------------------------------------------------------------------------
Deliver to: Vancouver Convention Centre, Hall C dock, by 2024-07-02
Reference artwork: TFS-ART-118 rev B (Pantone 3005 C / Cool Gray 9)
Next call-off will be issued and signed by Marc Gagnon, Procurement Manager.
Carton marks: TFS / BP-2024-022 / C-03 / carton x of y
"""))
])

# p05 buyer procurement portal: PO 400 caps with a 'quote qty 2,000' column
case("p05_portal_po_quoteqty", ["RG001"],
     "full PO of 400 caps shown beside an unlabelled quoted quantity of 2,000", [
    ("buyer_portal_PO_NP-5530.html", html_page("NorthPeak Procurement — PO NP-5530", """
<h2>NorthPeak Outfitters — Procurement portal</h2>
<p>Purchase order <b>NP-5530</b> &middot; Supplier: Dhaka Headwear Ltd (Gazipur) &middot; Issued 2024-05-23 by Connor MacLeod, Calgary AB</p>
<table>
<tr><th>Line</th><th>Item</th><th>Quote ref.</th><th>Quote qty</th><th>PO qty</th><th>Unit CAD</th></tr>
<tr><td>1</td><td>6-panel structured cap, 3D embroidery, leather strap</td><td>DH-Q-0419</td><td>2,000</td><td>400</td><td>6.90</td></tr>
</table>
<p>Sample sign-off: SO-5530 (approved 2024-05-21). Please proceed with production and confirm ex-factory date.</p>
<p>Ship-to: NorthPeak DC, 4410 72 Ave SE, Calgary AB T2C 2G8 &middot; Incoterm FOB Chittagong</p>
""")),
])

# p06 DOCX sample PO, no scope note at all
case("p06_docx_sample_po", ["RG003", "RG004", "RG005"],
     "sample PO for 10 jackets; nothing about the balance, no unlock event, no release person", [
    ("PO_KM-2419_softshell.docx", docx_bytes([
        ("h1", "Bestellung / Purchase Order KM-2419"),
        ("p", "Kraftwerk Merch GmbH, Köln · 06.05.2024 · Lieferant: Ege Outerwear Tekstil A.S., Izmir"),
        ("table", [["Pos.", "Artikel", "Menge", "Preis EUR"],
                   ["1", "Softshell jacket, embroidered chest logo, Pantone 300 C — pre-production samples (sizes M/L)", "10", "29,00"]]),
        ("p", "Please send the samples to our office in Köln, attn. Hannah Becker. The production order for "
              "our client's staff uniforms is expected to be in the range of a few hundred jackets."),
        ("p", "Payment: 30 days net. Delivery: DAP Köln."),
    ], author="Hannah Becker")),
])

# p08 PO note: production run 'follows' sign-off; no hold, auto-roll implied
case("p08_run_follows", ["RG001", "RG003", "RG007"],
     "sample PO says the 2,976 run follows sign-off: auto-conversion implied, balance never said to be on hold", [
    ("PO_note_LW-7720.eml", mail(
        "Anna Weber <a.weber@lindenwerbung.de>", "Nguyen Thi Lan <lan@saigonumbrella.vn>",
        "PO LW-7720 Schirme / umbrellas — PPS", "Wed, 08 May 2024 09:35:00 +0200",
        "Dear Lan,\n\nplease find below the note for PO LW-7720.\n\n"
        "PO LW-7720 covers 24 pre-production samples of the 23\" auto-open umbrella with the "
        "'Stadtwerke Nord' print (4 per panel colour). I (Anna Weber, release authority for this "
        "programme) will do the PPS sign-off myself. Once I have signed the samples off, the "
        "production run of 2,976 pcs follows straight on so that we keep the delivery for the "
        "Stadtfest.\n\nSamples please by 24 May to Bremen.\n\nMit freundlichen Grüßen\nAnna Weber\n"
        "Linden Werbung GmbH · Bremen")),
])

# p09 unscoped sample request: no qty, no hold, no event, no person
case("p09_go_ahead_samples", ["RG003", "RG004", "RG005", "RG010"],
     "buyer asks for samples with no quantity and says nothing about the balance, unlock event or release person", [
    ("samples_hoodies.eml", mail(
        "Jordan Hayes <jordan@copperlinebrands.com>", "Farhan Ahmed <farhan@chittagongknit.com.bd>",
        "Copperline hoodies — samples", "Mon, 13 May 2024 16:02:00 -0400",
        "Hi Farhan,\n\nThanks for the tech pack review. Please go ahead and make the samples in the heather "
        "grey, with the 3\" chest embroidery and the woven hem label. PO CB-1190 is in the system, "
        "accounting will send it over today.\n\nCould you also send fabric swatches of the 320 gsm fleece "
        "in charcoal and navy?\n\nAppreciate it,\nJordan" +
        sig("Jordan Hayes", "Product Manager", "Copperline Brands Inc., Denver CO", "+1 720 555 0151"))),
])

# p10 balance on hold 'until further notice'; person named, no event
case("p10_hold_further_notice", ["RG004"],
     "sample PO: active qty, hold and named release person, but 'until further notice' names no unlock event", [
    ("PO_PC-7791_memo.txt", txt("""
PACIFIC COAST PROMOTIONS INC.  |  PURCHASE ORDER MEMO
PO: PCP-7791          Date: 05/14/2024        Vendor: VinaGift Co., Ltd (Da Nang)
Item: 16 oz recycled PET tumbler, 2-col pad print "Del Mar Fair 2024"

QTY ON THIS PO: 15 pcs (pre-production samples)
Balance of the program (2,985 pcs): ON HOLD until further notice. Do not start it.
Sarah Kim, VP Merchandising, is the only person who can release the balance.

Ship samples via FedEx IP to 9920 Scripps Ranch Blvd, San Diego CA 92131.
Contact: Sarah Kim  sarah.kim@pacificcoastpromo.com  (858) 555-0119
"""))
])

# p14 balance on hold, wait for our instruction: no event, no person
case("p14_wait_instruction", ["RG004", "RG005"],
     "chat: 50 samples, balance on hold, 'wait for our instruction' names neither event nor person", [
    ("wechat_export_powerbanks.txt", txt("""
===== WeChat chat export: "Voltway x Lumen&Co" =====
2024-05-10 15:02  Felix Braun (Lumen & Co.)
Hello Mr Chen, PO 4500-1190 is sent today for 50 samples power bank PB-5 with UV print logo.
2024-05-10 15:03  Felix Braun (Lumen & Co.)
The balance 1.950 pcs is on hold. Please wait for our instruction.
2024-05-10 15:20  Chen Hao (Voltway)
Received. 50 samples start Monday, ready 20 May. Balance wait your news.
2024-05-10 15:21  Felix Braun (Lumen & Co.)
👍 thanks
"""))
])

# p15 PPS 'per your quote' with no qty; rest complete
case("p15_pps_no_qty", ["RG010"],
     "sample authorization never states how many samples; hold, event and named person present", [
    ("PO_GL-55902_note.pdf", pdf([
        ("h1", "Greenleaf Brands Inc. — Purchase Order GL-55902"),
        ("p", "1280 W Georgia St, Vancouver BC · 16 May 2024 · Supplier: Dhaka Jute Crafts Ltd"),
        ("table", [["Line", "Description", "Scope", "Price"],
                   ["1", "Jute wine bag, 2-bottle, leather-look handle, 1-col print — pre-production samples as per your quotation", "sample", "as quoted"]]),
        ("p", "Production is not released by this PO and stays on hold. It will only be released after our "
              "sample sign-off, by a written release from Emily Zhang, Sourcing Manager."),
        ("p", "Material authority: sample quantity only."),
    ], title="PO GL-55902", author="Emily Zhang")),
])

# p16 call-off 'what we need for the Toronto show': no qty
case("p16_calloff_no_qty", ["RG010"],
     "call-off releases 'what we need for the show' without a quantity; hold, next call-off and signer named", [
    ("calloff_toronto_show.eml", mail(
        "Marc Gagnon <marc.gagnon@tradefairservices.ca>", "Lily Wen <lily@dgribbon.cn>",
        "Call-off 04 — Toronto show lanyards", "Thu, 20 Jun 2024 10:10:00 -0400",
        "Hi Lily,\n\nThis is call-off 04 against BP-2024-022. Please release and produce what we need for "
        "the Toronto Home Show — same 25 mm sublimated lanyard as C-03, artwork TFS-ART-118 rev B. "
        "You have the booth plan from Nadia, it's the same set-up as Vancouver.\n\n"
        "Everything else on the blanket remains on hold and not released until the next numbered call-off, "
        "which I will sign (Marc Gagnon, Procurement Manager).\n\nDeliver to Enercare Centre by July 22.\n\n"
        "Merci,\nMarc" + sig("Marc Gagnon", "Procurement Manager", "Trade Fair Services Canada Inc.", "+1 905 555 0140"))),
])

# p17 'go ahead with the first batch': unscoped + no active qty
case("p17_first_batch", ["RG002", "RG010"],
     "buyer says go ahead with 'the first batch' — no quantity; hold, next call-off and named signer present", [
    ("RE_samples_beach_towels.eml", mail(
        "Emma Clarke <emma.clarke@oakandthread.co.uk>", "Ali Demir <ali@bursatowel.com.tr>",
        "RE: Samples — beach towels", "Fri, 31 May 2024 12:48:00 +0100",
        "Hi Ali,\n\nSamples arrived this morning and they're lovely — colours are spot on. Sign-off ref SO-0531.\n\n"
        "Go ahead with the first batch for the Brighton store opening. Everything beyond that first batch "
        "stays on hold until our next call-off, which I'll sign (Emma Clarke, Buying Manager).\n\n"
        "Could you pack in 20s rather than 25s this time?\n\nThanks,\nEmma\n\n"
        "On 28 May 2024, Ali Demir wrote:\n> Dear Emma, samples sent by UPS, tracking 1Z 999 AA1 0123 4567 84.\n"
        "> Best regards, Ali\n" +
        sig("Emma Clarke", "Buying Manager", "Oak & Thread Ltd, Brighton", "+44 1273 555 014"))),
])


# p20 'Virtual proof approved — go ahead' under a fully scoped PO
case("p20_proof_go_ahead", ["RG002"],
     "reply 'proof approved — go ahead' names neither samples nor a quantity; quoted PO scope otherwise complete", [
    ("RE_virtual_proof_v3.eml", mail(
        "Kayla Brooks <kayla@harborpine.com>", "Vivian Zhou <vivian@brightcup.cn>",
        "RE: Virtual proof v3 — Cascade CU tumbler", "Mon, 20 May 2024 07:58:00 -0700",
        "Vivian — virtual proof v3 approved, go ahead!\n\nKayla\n\n"
        "---- On Fri, 17 May 2024 Vivian Zhou wrote ----\n"
        "> Dear Kayla, attached virtual proof v3 with logo moved 5 mm up. Waiting your confirmation.\n"
        "> Vivian\n>\n"
        "> ---- On Tue, 14 May 2024 Kayla Brooks wrote ----\n"
        ">> Hi Vivian, PO HP-24-0861 is for the twelve (12) pre-production samples only. The other\n"
        ">> 2,988 tumblers are not released and stay on hold until our client signs off the PPS and I send\n"
        ">> you a written release (Kayla Brooks, Account Manager). Please buy material for the 12 only.\n" +
        sig("Kayla Brooks", "Account Manager", "Harbor & Pine Promotions LLC", "(503) 555-0147"),
        html="<p>Vivian — virtual proof v3 approved, go ahead!</p><p>Kayla</p>"
             "<blockquote>Dear Kayla, attached virtual proof v3 with logo moved 5 mm up. Waiting your confirmation.<br>Vivian"
             "<blockquote>Hi Vivian, PO HP-24-0861 is for the twelve (12) pre-production samples only. The other 2,988 "
             "tumblers are not released and stay on hold until our client signs off the PPS and I send you a written "
             "release (Kayla Brooks, Account Manager). Please buy material for the 12 only.</blockquote></blockquote>")),
])

# p21 WhatsApp 'green light from us'
case("p21_whatsapp_green_light", ["RG002"],
     "chat: buyer gives a 'green light' on logo placement without saying samples or quantity; earlier scope complete", [
    ("WhatsApp_Chat_Tiruppur_Tees.txt", txt("""
[06/05/2024, 11:02:31] Aisha Patel: Morning Suresh! PO RB-4390 sent – 8 sample tees only (2 per size S/M/L/XL). The 1,992 bulk is not released, it stays on hold till we sign off the samples and I send you the written release myself.
[06/05/2024, 11:15:09] Suresh Babu: Good morning madam. Noted, 8 pcs sample only. Kindly share logo placement
[08/05/2024, 16:40:55] Suresh Babu: <attached: 00000014-PHOTO-2024-05-08-16-40-55.jpg>
[08/05/2024, 16:41:20] Suresh Babu: Madam pls check logo placement 8 cm below collar, print size 24 cm
[08/05/2024, 17:03:02] Aisha Patel: Looks spot on 👌 green light from us!
[08/05/2024, 17:03:40] Suresh Babu: Thank you madam 🙏
"""))
])

# p22 buyer portal: 'Pantone match approved, proceed' + internal approval (no person)
case("p22_portal_pantone_proceed", ["RG002", "RG005"],
     "portal comment 'approved, proceed' is unscoped; hold waits for 'internal approval' with no named person", [
    ("supplier_portal_PO_EV-24130.html", html_page("Eventline supplier portal — PO EV-24130", """
<h2>Eventline Ltd — Supplier collaboration portal</h2>
<p>PO <b>EV-24130</b> &middot; Supplier: Shaoxing Harvest Umbrella Co., Ltd &middot; Item: 30" golf umbrella, 8 panels, 2-col print</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>pre-production samples</td><td>20</td><td>in progress</td></tr>
<tr><td>—</td><td>bulk balance</td><td>1,980</td><td>not released &mdash; on hold until PPS sign-off and internal approval in our company</td></tr>
</table>
<h3>Comments</h3>
<table>
<tr><th>Date</th><th>By</th><th>Comment</th></tr>
<tr><td>2024-05-15 09:12</td><td>Grace Sun (supplier)</td><td>Lab dip for panel colour Pantone 186 C attached, please check.</td></tr>
<tr><td>2024-05-15 14:47</td><td>Eventline buyer</td><td>Pantone match approved, proceed.</td></tr>
</table>
""")),
])

# p23 'PPS approved, go ahead' by an account manager contradicting the written-release rule
case("p23_pps_approved_go", ["RG002", "RG007"],
     "after PPS, buyer-side AM writes 'approved, go ahead' although the PO requires a written release by the director", [
    ("RE_PPS_photos_totes.eml", mail(
        "Tyler Brooks <tyler@greenpointmerch.com>", "Mai Nguyen <mai@anhduongbags.vn>",
        "RE: PPS photos — canvas totes PO GM-3310", "Tue, 21 May 2024 18:22:00 -0400",
        "Hi Mai,\n\nPPS approved, go ahead! Client loved the colour. We need them in NYC by July 8 so the "
        "sooner the better.\n\nTyler\n\n"
        "> On May 21, 2024, Mai Nguyen wrote:\n> Dear Tyler, photos of the 6 PPS attached. Please advise.\n>\n"
        "> On May 2, 2024, Jenna Ross wrote:\n"
        ">> Mai, PO GM-3310 covers 6 pre-production totes. The 1,494 production totes are not released.\n"
        ">> They stay on hold until the PPS is signed off AND I send you a written production release\n"
        ">> (Jenna Ross, Director of Sourcing). No one else can release them.\n" +
        sig("Tyler Brooks", "Account Executive", "Greenpoint Merch Co., Brooklyn NY", "(718) 555-0163"))),
])

# p25 supplier bought fabric for the full 3,000 while cutting 30 samples
case("p25_fabric_full_run", ["RG006"],
     "supplier bought fabric for 3,000 bags while only 30 samples are released and material authority is sample-only", [
    ("RE_PO_KG-4422_sample_update.eml", mail(
        "Mai Nguyen <mai@anhduongbags.vn>", "Tom Ashworth <tom.ashworth@kettlebrookgifts.co.uk>",
        "RE: PO KG-4422 drawstring bags — sample update", "Fri, 17 May 2024 16:05:00 +0700",
        "Dear Tom,\n\nSample update: we cut the 30 sample bags today, printing tomorrow, ready to ship on 21 May.\n\n"
        "To secure your delivery date we already ordered the 210D polyester in Pantone 2728 C for the "
        "full 3,000 bags from our fabric mill, it arrives next week. Dyeing lot will be the same for all, "
        "so colour is consistent.\n\nBest regards,\nMai\nAnh Duong Bags Co., Ltd\n\n"
        "From: Tom Ashworth\nSent: 13 May 2024 10:00\n"
        "> Hi Mai, PO KG-4422 authorises 30 sample drawstring bags only. The 2,970 balance is not released\n"
        "> and stays on hold until we sign off the samples and I send a written release (Tom Ashworth,\n"
        "> Head of Buying). Material authority: sample quantity only. Thanks, Tom\n")),
])

# p26 WeChat: buyer releases 'the booth ones' (no qty); factory has material for 10k
case("p26_wechat_material_10k", ["RG006", "RG010"],
     "buyer releases bottles for the booth without a quantity; factory reports resin/material for 10k already stocked", [
    ("wechat_export_bottles.txt", txt("""
---- WeChat: "CL water bottles / Yongkang Cup" ----
2024-05-20 10:05  Grace Lee (Crimson Lion Events, SG)
Hi Jacky, you can start the bottles for our Shanghai booth now, same artwork as the PPS. The rest of the order stays on hold – nothing more until the client signs off the PPS and I release it in writing. – Grace
2024-05-20 10:31  Jacky Xu (Yongkang Cup)
ok Grace. no problem
2024-05-20 10:33  Jacky Xu (Yongkang Cup)
FYI the tritan material for 10k pcs already in our warehouse since last week, also the silicone straps. so bulk can be fast when you release 😊
2024-05-20 10:40  Grace Lee (Crimson Lion Events, SG)
noted
"""))
])

# p27 folder: sample PO + supplier MRP printout with ribbon for 2,000
case("p27_po_and_mrp", ["RG006"],
     "folder: PO releases 20 samples with sample-only material; supplier MRP shows ribbon purchased for 2,000 lanyards", [
    ("PO_EV-24141.txt", txt("""
EVENTLINE LTD — PURCHASE ORDER EV-24141                        09 May 2024
Supplier: Dongguan Ribbon Crafts Co., Ltd.
Line 1  15mm woven lanyard, 2 colours, trigger clip   SAMPLES   QTY 20   GBP 1.10
SCOPE: 20 samples only. The remaining 1,980 lanyards are NOT released and are on
hold until sample sign-off and a written release from Ben Carter (Director).
Material authority: samples only (20 pcs).
"""),),
    ("MRP_printout_SO-4410.txt", txt("""
DONGGUAN RIBBON CRAFTS  MRP RUN 2024-05-13 07:00          PAGE 1/1
SALES ORDER SO-4410  CUSTOMER EVENTLINE LTD  ITEM WL-15-2C  PROGRAM QTY 2,000 (20 SAMPLES RELEASED)
---------------------------------------------------------------------------
COMPONENT        DESCRIPTION               REQ QTY    UOM  ACTION    STATUS
RB-15-JAC-NVY    15mm jacquard ribbon navy   2,400     M   PR-77102  PO PLACED 05-11
HW-TRG-20        trigger clip 20mm          2,000    PCS   PR-77103  PO PLACED 05-11
PK-PB-S          polybag small              2,000    PCS   PR-77104  OPEN
---------------------------------------------------------------------------
PLANNER: ZHOU M.   NOTE: BUY FULL ORDER QTY TO MEET LEAD TIME
""")),
])

# p28 deposit received -> fabric for all + cutting bulk
case("p28_deposit_fabric", ["RG006", "RG012"],
     "supplier treats the deposit as the start signal: fabric for all 1,500 ordered and bulk cutting planned; only 25 samples released", [
    ("RE_deposit_received_PO_MR-2207.eml", mail(
        "Nguyen Van Hai <hai@saigonstitch.vn>", "Olivia Tremblay <olivia.tremblay@mapleridgeapparel.ca>",
        "RE: PO MR-2207 — deposit", "Thu, 23 May 2024 09:14:00 +0700",
        "Dear Olivia,\n\nThank you, we received the 30% deposit yesterday. So we have placed the order "
        "for the fleece fabric for all 1,500 hoodies and we start cutting the bulk next Monday, together "
        "with the 25 samples.\n\nWill send you cutting photos.\n\nBest regards,\nHai\nSaigon Stitch Garment JSC\n\n"
        "-----Original Message-----\nFrom: Olivia Tremblay\nSent: Tuesday, May 21, 2024 3:10 PM\n"
        "> Hi Hai, deposit going out today as per your PI. Reminder of the PO MR-2207 scope: 25 samples only.\n"
        "> The 1,475 balance is not released and is on hold until our sample sign-off and a written release\n"
        "> from me (Olivia Tremblay, Sourcing Lead). Fabric: samples only for now.\n")),
])

# p29 supplier production schedule PDF: blanks for 5,000 purchased, bulk on hold
case("p29_schedule_blanks", ["RG006"],
     "supplier schedule: 50 PPS released, bulk on hold, yet mug blanks for 5,000 already purchased with no material authority", [
    ("Production_schedule_JDZ-0612.pdf", pdf([
        ("h1", "Jingdezhen Fine Ceramics — Production schedule"),
        ("p", "Customer: Lightfoot Creative Inc. (Montréal) · Order JDZ-0612 · Item: 11 oz ceramic mug, 2-col decal, gift box"),
        ("table", [["Step", "Qty", "Status", "Date"],
                   ["PPS — released by PO LC-2301", "50", "decal printing", "2024-05-22"],
                   ["Bulk balance", "4,950", "on hold (waiting customer release)", "—"],
                   ["Mug blanks purchased", "5,000", "received in warehouse", "2024-05-18"],
                   ["Gift boxes", "5,000", "ordered", "2024-05-20"]]),
        ("p", "Remark: we bought the blanks and boxes for the whole order early because the kiln "
              "schedule is full in June. PPS ship 2024-05-29 by DHL."),
        ("p", "Prepared by: Alan Wu, Sales Manager"),
    ], title="Schedule JDZ-0612", author="Alan Wu")),
])

# p30 folder: sample PO PDF + supplier ack staging PCBs for 3,000
case("p30_po_ack_staged", ["RG006"],
     "folder: PO releases 5 samples, material sample-only; supplier ack says cells and PCBs for 3,000 are staged", [
    ("PO_4500-1204_powerbank.pdf", pdf([
        ("h1", "Lumen & Co. Brand Studio GmbH — Bestellung 4500-1204"),
        ("p", "Hamburg, 06.05.2024 · Lieferant: Shenzhen Voltway Electronics Co., Ltd."),
        ("table", [["Pos", "Artikel", "Umfang", "Menge", "EUR"],
                   ["10", "Power bank PB-10 (10.000 mAh), UV print, gift box", "Muster / samples", "5", "14,00"]]),
        ("p", "Scope: 5 samples only. The balance of 2.995 pcs is not released and remains on hold until the "
              "sample sign-off and a written release by Dr. Katrin Vogel (Head of Product). "
              "Material authority: samples only — no purchasing of cells or PCBs for the balance."),
    ], title="4500-1204", author="Katrin Vogel")),
    ("Voltway_acknowledgement.eml", mail(
        "Chen Hao <chenhao@voltway.cn>", "Felix Braun <f.braun@lumen-co.de>",
        "ACK PO 4500-1204 / samples + material", "Wed, 08 May 2024 20:30:00 +0800",
        "Dear Felix,\n\nWe confirm PO 4500-1204, 5 pcs samples, delivery 17 May.\n\n"
        "Please note: because of Chinese supplier holidays and the long lead time for Li-ion cells, we "
        "have already staged the 18650 cells and the PCBs for all 3,000 power banks. They are reserved for "
        "your order in our warehouse.\n\nBest regards\nChen Hao\nSales Manager, Shenzhen Voltway Electronics")),
])

# p31 call-off 500, supplier reply: webbing bought for remaining 4,500
case("p31_calloff_webbing", ["RG006"],
     "call-off releases 500 with material limited to the released qty; supplier reply says webbing for the other 4,500 was bought", [
    ("RE_calloff_01_luggage_straps.eml", mail(
        "Pham Quoc Bao <bao@mekongwebbing.vn>", "Derek Olsen <derek@promaxsupply.com>",
        "RE: Call-off 01 — luggage straps BP-PX-77", "Mon, 03 Jun 2024 11:00:00 +0700",
        "Hi Derek,\n\nCall-off 01 received, the 500 straps are in production and ship 14 June.\n\n"
        "To be safe we have also bought the jacquard webbing for the remaining 4,500 straps, so the next "
        "call-offs can go out quickly.\n\nRegards,\nBao\n\n"
        "On Fri, 31 May 2024 Derek Olsen <derek@promaxsupply.com> wrote:\n"
        "> Bao, call-off 01 against blanket BP-PX-77: please produce and ship 500 luggage straps.\n"
        "> The remaining 4,500 are not released and stay on hold until call-off 02, which I will sign\n"
        "> (Derek Olsen, Production Coordinator). Material authority: the 500 released only.\n")),
])

# p33 supplier: 'roll straight into bulk' after PPS approval
case("p33_roll_into_bulk", ["RG007"],
     "supplier announces it will roll straight into the 2,000 bulk once the PPS is approved; buyer scope quoted", [
    ("RE_PPS_timing_notebooks.eml", mail(
        "Vikram Joshi <vikram@jaipurpaperworks.in>", "Chloe Tan <chloe.tan@lionfishmedia.sg>",
        "RE: PO LM-0930 PPS timing", "Thu, 30 May 2024 17:20:00 +0530",
        "Dear Chloe ji,\n\nThe 10 PPS notebooks are ready and will reach Singapore on Monday. To protect "
        "your 15 July event date, the moment you approve the PPS our binding line will roll straight "
        "into the 2,000 pcs bulk — paper is cut to size already for the samples and the screens are ready.\n\n"
        "Warm regards,\nVikram\nJaipur Paperworks\n\n"
        "On Tue, 21 May 2024, Chloe Tan wrote:\n"
        "> Hi Vikram, PO LM-0930 is for 10 PPS notebooks only. Balance 1,990 is not released and on hold\n"
        "> until our client signs off the PPS and I send a written release (Chloe Tan, Senior AM).\n")),
])

# p34 buyer contradicts own written-release rule
case("p34_carry_on_rest", ["RG007"],
     "buyer tells supplier to carry on with the rest if samples look right, dropping her own written-release requirement", [
    ("RE_samples_in_transit.eml", mail(
        "Priya Raman <priya@northstarevents.sg>", "Tran Thi Hoa <hoa.tran@songhong-apparel.vn>",
        "RE: PO NS-784 — samples in transit", "Mon, 03 Jun 2024 09:05:00 +0800",
        "Hi Hoa,\n\nThanks for the tracking. I'm travelling for the next two weeks, so to save time: if the "
        "samples look right when they land with my colleague, just carry on with the rest — no need to wait "
        "for my written release.\n\nPriya\n\n"
        "-----Original Message-----\nFrom: Priya Raman\nSent: 20 May 2024\n"
        "> Hoa, PO NS-784: 40 sample polos only. The 2,460 balance is not released and stays on hold until\n"
        "> sample sign-off and my written release (Priya Raman, Procurement Lead).\n")),
])


# p35 folder: supplier PPS approval form with boilerplate + buyer PO email
case("p35_pps_form_boilerplate", ["RG007", "RG009"],
     "supplier PPS form: approving the sample 'constitutes approval for bulk production' — auto-conversion implied, 'approval' used for sample and production", [
    ("PPS_Approval_Form_ATX-0455.docx", docx_bytes([
        ("h1", "PRE-PRODUCTION SAMPLE APPROVAL FORM"),
        ("p", "Anatolia Textile San. ve Tic. Ltd. Şti., Istanbul — Form QF-12 rev 4"),
        ("table", [["Field", "Entry"],
                   ["Customer", "Redbrick Sports Marketing Ltd"],
                   ["Customer PO", "RB-4488"],
                   ["Article", "Knitted bobble hat, jacquard crest, pom-pom, 2 colourways"],
                   ["PPS quantity", "4"],
                   ["Order quantity (quote)", "1,500"],
                   ["Decision", "[ ] Approved   [ ] Approved with comments   [ ] Rejected"],
                   ["Customer signature / date", ""]]),
        ("p", "IMPORTANT: Approval of this pre-production sample constitutes approval for bulk production of the "
              "order quantity. Bulk starts within 3 working days of receipt of the signed form."),
        ("p", "Please return the signed form to merchandising@anatoliatextile.com.tr"),
    ], author="Anatolia Textile QA")),
    ("PO_RB-4488_hats.eml", mail(
        "Aisha Patel <aisha.patel@redbricksports.co.uk>", "Kemal Yildiz <kemal@anatoliatextile.com.tr>",
        "PO RB-4488 — bobble hats, 4 samples", "Wed, 15 May 2024 10:40:00 +0100",
        "Hi Kemal,\n\nPO RB-4488 is for four (4) pre-production hats, two per colourway. The production "
        "quantity from your quote (1,500) is not released and is on hold until we have signed off the "
        "samples and I've sent you a separate written production release (Aisha Patel, Buying Manager).\n\n"
        "Kind regards,\nAisha" + sig("Aisha Patel", "Buying Manager", "Redbrick Sports Marketing Ltd", "+44 113 555 0177"))),
])

# p36 WhatsApp India supplier: continue full production same day once sample OK
case("p36_whatsapp_sample_ok_continue", ["RG007"],
     "supplier chat: 'once sample OK we continue full production 5000 same day, no need new PO'; buyer scope complete earlier", [
    ("WhatsApp_Chat_Moradabad_Brass.txt", txt("""
[09/05/2024, 10:12:44] Megan Li: Hi Imran, PO BW-2217 is out: 6 sample brass bottle openers with the engraved logo. The 4,994 balance is NOT released and is on hold until our client signs off the samples and I email you a written release (Megan Li, Sourcing Manager, Blue Wave Agency).
[09/05/2024, 10:30:02] Imran Qureshi: Noted ma'am
[15/05/2024, 19:45:18] Imran Qureshi: <attached: 00000031-PHOTO-2024-05-15-19-45-18.jpg>
[15/05/2024, 19:46:01] Imran Qureshi: Ma'am samples ready, dispatching tomorrow by FedEx
[15/05/2024, 19:47:33] Imran Qureshi: Once sample OK from your side we will continue full production 5000 pcs same day itself, no need of new PO, we will manage. Brass sheet we have in stock
[15/05/2024, 19:48:10] Imran Qureshi: So your event date will be safe 🙏
"""))
])

# p38 folder: buyer PO scoped + Turkish quote terms 'sample approval = production confirmation'
case("p38_quote_terms_autostart", ["RG007"],
     "folder: supplier quote terms say sample approval equals production confirmation; buyer PO scope complete", [
    ("PO_EW-0433_beach_flags.txt", txt("""
EVENTWERK BERLIN GMBH     BESTELLUNG / PURCHASE ORDER EW-0433     27.05.2024
Lieferant: Ege Promo Tekstil, Izmir
Pos 1  Beachflag 3,4 m, Digitaldruck beidseitig, inkl. Kreuzfuss   MUSTER  2 Stk
Umfang: Diese Bestellung gibt nur die 2 Muster frei. Die Serienmenge von 198 Stk ist
NICHT freigegeben und bleibt gesperrt bis zur Musterabnahme und einer schriftlichen
Produktionsfreigabe durch Lukas Brandt (Einkauf).
Scope (EN): 2 samples only. The 198 production flags are not released and stay on
hold until sample sign-off and a written production release by Lukas Brandt.
""")),
    ("Ege_Quote_2024-205.pdf", pdf([
        ("h1", "EGE PROMO TEKSTIL — TEKLIF / QUOTATION 2024-205"),
        ("p", "Customer: Eventwerk Berlin GmbH · 22.05.2024"),
        ("table", [["Item", "Qty", "EUR/pc"],
                   ["Beach flag 3.4 m, double-sided print, cross base", "2 (sample)", "64,00"],
                   ["Beach flag 3.4 m, double-sided print, cross base", "200", "41,50"]]),
        ("h", "Terms"),
        ("p", "1. Sample approval is production confirmation: bulk production starts on the day the sample is approved by the customer, without further order."),
        ("p", "2. Delivery 15 working days after start. 3. Payment 30 days net."),
    ], title="Quote 2024-205", author="Ahmet Kaya")),
])

# p39 buyer: forecast treated as firm commitment
case("p39_forecast_firm", ["RG008"],
     "buyer tells supplier to treat the 2025 forecast of 20,000 as a firm commitment", [
    ("2025_volume_tumblers.eml", mail(
        "Daniel Ortiz <daniel.ortiz@highwaterbrands.com>", "Le Minh Chau <chau@tienphongplastics.vn>",
        "2025 volumes — sport bottles", "Mon, 10 Jun 2024 08:45:00 -0500",
        "Hi Chau,\n\nGreat job on HW-118. Looking ahead: our 2025 forecast for the 24 oz sport bottle is "
        "20,000 pcs, spread over four drops. Please treat that as a firm commitment from Highwater and "
        "book the injection line for us accordingly; POs will follow drop by drop.\n\n"
        "Let's set up a call next week to go through colours. The drop plan is attached.\n\nBest,\nDaniel" +
        sig("Daniel Ortiz", "Director of Sourcing", "Highwater Brands Inc., Austin TX", "(512) 555-0170"),
        attachments=[("HW_2025_drop_plan.html", html_page("Highwater 2025 drop plan", """
<h2>Highwater Brands — 24 oz sport bottle, 2025 drop plan</h2>
<table>
<tr><th>Drop</th><th>Ex-factory</th><th>Qty</th></tr>
<tr><td>1</td><td>Feb 2025</td><td>5,000</td></tr>
<tr><td>2</td><td>May 2025</td><td>5,000</td></tr>
<tr><td>3</td><td>Aug 2025</td><td>5,000</td></tr>
<tr><td>4</td><td>Nov 2025</td><td>5,000</td></tr>
</table>
<p>Total 2025 forecast: 20,000 pcs.</p>
"""), "text/html")])),
])

# p40 supplier order confirmation turns a forecast into an order
case("p40_oc_from_forecast", ["RG008"],
     "supplier order confirmation lists the buyer's forecast of 12,000 as a confirmed order quantity", [
    ("Order_Confirmation_SS-OC-0611.pdf", pdf([
        ("h1", "SAIGON STITCH GARMENT JSC — ORDER CONFIRMATION SS-OC-0611"),
        ("p", "Customer: Maple Ridge Apparel Co., Toronto ON · Date: 2024-06-11"),
        ("p", "Reference: your rolling forecast dated 2024-05-15 (Jul–Sep)."),
        ("table", [["Style", "Description", "Confirmed order qty", "Ex-factory"],
                   ["MR-TS-180", "Crew tee, 2-col screen print", "10,500", "Jul / Aug / Sep"],
                   ["MR-HD-240", "Heavyweight hoodie, embroidered crest", "1,500", "Aug"],
                   ["Total", "", "12,000", ""]]),
        ("p", "We confirm the above quantities as your order and have reserved knitting capacity. "
              "Fabric booking will be done on 2024-06-20."),
        ("p", "Nguyen Van Hai, Merchandising Manager"),
    ], title="OC SS-OC-0611", author="Nguyen Van Hai")),
])

# p41 buyer forecast page: 'binding, treat as purchase orders'
case("p41_binding_forecast", ["RG008"],
     "buyer forecast page calls the Q3 forecast binding and asks the supplier to treat it as purchase orders", [
    ("TFS_forecast_Q3_2024.html", html_page("Trade Fair Services — Q3 forecast", """
<h2>Trade Fair Services Canada Inc. — Q3 2024 supplier forecast</h2>
<p>Supplier: Dongguan Ribbon Crafts Co., Ltd. &middot; Prepared by Nadia Roy, Planning &middot; 2024-06-01</p>
<table>
<tr><th>Item</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Q3 total</th></tr>
<tr><td>LY-25-FC sublimated lanyard</td><td>2,000</td><td>3,000</td><td>3,000</td><td>8,000</td></tr>
<tr><td>BD-PVC badge holder</td><td>1,500</td><td>1,500</td><td>2,000</td><td>5,000</td></tr>
</table>
<p class="note"><b>This Q3 forecast is binding.</b> Please treat these quantities as purchase orders and plan production and material on that basis. Formal call-offs will follow for paperwork.</p>
""")),
])

# p43 Canadian buyer: 'as good as an order'
case("p43_as_good_as_order", ["RG008"],
     "buyer writes that the holiday forecast of 8,000 is 'as good as an order'", [
    ("holiday_program_forecast.eml", mail(
        "Jessica Moreau <jessica.moreau@lightfootcreative.ca>", "Alan Wu <alan@jdzceramics.cn>",
        "Holiday program — heads-up", "Wed, 12 Jun 2024 14:30:00 -0400",
        "Hi Alan,\n\nHeads-up on the holiday program for our bank client: the forecast is 8,000 mugs in two "
        "designs. Honestly, consider it as good as an order — the client has budgeted for it and we're not "
        "going to shop it around. Please plan your kiln time for September.\n\n"
        "Artwork will follow in July.\n\nMerci,\nJessica" +
        sig("Jessica Moreau", "Sourcing Manager", "Lightfoot Creative Inc., Montréal QC", "+1 514 555 0166"))),
])

# p45 buyer DOCX artwork approval form: 'approved' for artwork and finance
case("p45_docx_approved_twice", ["RG009"],
     "approval form uses 'APPROVED' for both artwork (technical) and finance (commercial); scope otherwise complete", [
    ("Artwork_approval_form_CB-1204.docx", docx_bytes([
        ("h1", "Copperline Brands — Artwork & order approval form"),
        ("p", "Supplier: Chittagong Knit Composite Ltd · PO CB-1204 · Item: zip hoodie, 3\" chest embroidery, Pantone 7546 C"),
        ("table", [["Check", "Status", "By", "Date"],
                   ["Artwork / virtual proof v2", "APPROVED", "J. Hayes (Product)", "05/16/2024"],
                   ["PO CB-1204 value USD 1,560", "APPROVED", "Finance (M. Russo)", "05/17/2024"],
                   ["Pre-production samples (12 pcs)", "to be made", "—", "—"],
                   ["Production balance 1,188 pcs", "not released — on hold", "—", "—"]]),
        ("p", "Make the 12 pre-production samples now. The 1,188 balance stays on hold until our sample "
              "sign-off and a written release from Jordan Hayes (Product Manager)."),
    ], author="Jordan Hayes")),
])

# p46 'PPS approved and budget approved too' + release 'from our side'
case("p46_approved_budget", ["RG005", "RG009"],
     "'approved' used for PPS (technical) and budget (commercial); written release promised 'from our side' with nobody named", [
    ("RE_PPS_backpacks_update.eml", mail(
        "Olivia Tremblay <olivia.tremblay@mapleridgeapparel.ca>", "Nguyen Van Hai <hai@saigonstitch.vn>",
        "RE: PO MR-2215 PPS — update", "Fri, 07 Jun 2024 11:20:00 -0400",
        "Hi Hai,\n\nGood news: the PPS is approved, and the client's budget for the program is approved too.\n\n"
        "PO MR-2215 still only covers the 24 PPS. The 2,376 production backpacks stay on hold until you "
        "receive a written release from our side — please don't cut anything before that.\n\n"
        "Thanks,\nOlivia\n\n> On Jun 5, 2024, Nguyen Van Hai wrote:\n> Dear Olivia, any news on PPS? Thanks, Hai\n")),
])

# p47 supplier portal: 'Released' for artwork, PO and production (auto on deposit)
case("p47_portal_released_on_deposit", ["RG009", "RG012"],
     "supplier portal uses 'Released' for artwork, PO and production; production status flips to released when the deposit is paid", [
    ("factory_portal_order_YW-8812.html", html_page("YiwuStar order YW-8812", """
<h2>YiwuStar Craft — customer order tracker</h2>
<p>Order <b>YW-8812</b> &middot; Customer: Blue Wave Agency, Los Angeles &middot; Item: soft enamel pin 25 mm, 4 colours, rubber clutch</p>
<table>
<tr><th>Customer PO BW-2230</th><th>Qty</th></tr>
<tr><td>Pre-production samples</td><td>40</td></tr>
<tr><td>Balance (on hold per customer PO until sample sign-off + written release by Megan Li)</td><td>4,960</td></tr>
</table>
<h3>Status</h3>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th></tr>
<tr><td>Artwork</td><td>Released</td><td>2024-05-14</td></tr>
<tr><td>Customer PO</td><td>Released</td><td>2024-05-15</td></tr>
<tr><td>Deposit 30%</td><td>Paid</td><td>2024-05-20</td></tr>
<tr><td>Production</td><td>Released (automatically on deposit)</td><td>2024-05-20</td></tr>
</table>
<p>Questions? sunny@yiwustarcraft.com</p>
""")),
])


# p49 email body '25 samples' vs PDF PO line 250
_p49_pdf = pdf([
    ("h1", "PURCHASE ORDER GM-3342"),
    ("p", "Greenpoint Merch Co. · 55 Water St, Brooklyn NY 11201 · 05/28/2024 · Vendor: Anh Duong Bags Co., Ltd"),
    ("table", [["Line", "Item", "Scope", "Qty", "Unit USD"],
               ["1", "Canvas tote 12 oz, black, 1-col screen print 'Greenpoint Bookfair'", "sample", "250", "4.10"]]),
    ("p", "Only the sample quantity on line 1 is released. The production balance is not released and stays on hold "
          "until PPS sign-off and a written production release from Jenna Ross, Director of Sourcing."),
], pagesize=LETTER, title="PO GM-3342", author="Jenna Ross")
case("p49_email_vs_pdf_qty", ["RG011"],
     "email says the PO covers 25 samples; the attached PO's sample line says 250", [
    ("PO_GM-3342_bookfair_totes.eml", mail(
        "Jenna Ross <jenna@greenpointmerch.com>", "Mai Nguyen <mai@anhduongbags.vn>",
        "PO GM-3342 — Bookfair totes", "Tue, 28 May 2024 13:05:00 -0400",
        "Hi Mai,\n\nAttached is PO GM-3342 for 25 sample totes in black (we want to hand a few to the "
        "bookfair committee and keep some for the photo shoot). The production balance is on hold until "
        "the PPS is signed off and I send a written release.\n\nBest,\nJenna" +
        sig("Jenna Ross", "Director of Sourcing", "Greenpoint Merch Co.", "(718) 555-0160"),
        attachments=[("PO_GM-3342.pdf", _p49_pdf, PDF_MT)])),
])

# p50 folder: call-off TXT 1,200 vs release email 1,000
case("p50_calloff_vs_email", ["RG011"],
     "folder: call-off releases 1,200 towels, the covering release email says 1,000", [
    ("CALLOFF_OT-07.txt", txt("""
OAK & THREAD LTD           CALL-OFF OT-07 against blanket PO OT-BL-2024        04/06/2024
Supplier: Bursa Towel Textile San. Tic. A.S.
Item BT-70140  beach towel 70x140, jacquard logo, 420 gsm
RELEASED BY THIS CALL-OFF:  1,200 pcs     (Brighton + Margate stores)
Remaining blanket quantity: 3,800 pcs - NOT RELEASED, on hold until the next call-off
signed by Emma Clarke, Buying Manager.
Material authority: released quantity only.
""")),
    ("call-off_OT-07_cover.eml", mail(
        "Emma Clarke <emma.clarke@oakandthread.co.uk>", "Ali Demir <ali@bursatowel.com.tr>",
        "Call-off OT-07", "Tue, 04 Jun 2024 15:30:00 +0100",
        "Hi Ali,\n\nCall-off OT-07 went out from our system this morning. It releases 1,000 beach "
        "towels for the Brighton and Margate stores — the rest of the blanket stays on hold as usual until "
        "my next call-off.\n\nDelivery to our Crawley DC by 5 July please.\n\nThanks,\nEmma" +
        sig("Emma Clarke", "Buying Manager", "Oak & Thread Ltd, Brighton", "+44 1273 555 014"))),
])

# p51 DOCX: scope note 48 vs table 36
case("p51_docx_48_vs_36", ["RG011"],
     "one PO: the scope note authorizes 48 samples, the line table says 36", [
    ("PO_AS-2024-327_notebooks.docx", docx_bytes([
        ("h1", "Purchase Order AS-2024-327"),
        ("p", "Aurora Summit Events Pte Ltd · 3 June 2024 · Supplier: Jaipur Paperworks"),
        ("table", [["Line", "Item", "Scope", "Qty", "Unit SGD"],
                   ["1", "A5 notebook, handmade paper, foil logo — 4 cover colours", "sample", "36", "6.20"]]),
        ("h", "Scope note"),
        ("p", "Active quantity: forty-eight (48) samples, twelve per cover colour. The production quantity "
              "of 3,000 notebooks is not released and stays on hold until the samples are signed off and "
              "Mr Tan Wei Ming (Procurement Director) issues a revised PO."),
        ("p", "Material authority: sample quantity only."),
    ], author="Rachel Lim")),
])

# p52 WeChat: buyer releases 200 for roadshow; pasted PO note says 150
case("p52_wechat_200_vs_150", ["RG011"],
     "chat: buyer releases 200 tote bags for the roadshow, then pastes the PO note releasing 150", [
    ("wechat_export_roadshow_totes.txt", txt("""
=== WeChat export: "Merlion x Xiamen Badge — roadshow" ===
2024-06-03 09:12  Jason Koh (Merlion Merch)
Morning Ivy! Client signed off the PPS yesterday. You can produce 200 pcs non-woven totes for the roadshow first. Rest still on hold until Mr Tan Wei Ming send written release after the roadshow.
2024-06-03 09:40  Ivy Chen (Xiamen Badge)
Good morning Jason, ok received. We arrange
2024-06-03 11:02  Jason Koh (Merlion Merch)
Pls see PO note for record:
"PO MM-2240 rev 1 — Released now: 150 pcs (roadshow). Balance 2,850 pcs on hold until written release by Tan Wei Ming, Director."
2024-06-03 11:05  Ivy Chen (Xiamen Badge)
👌
"""))
])

# p53 buyer portal: release record 3,000 vs PO line released 2,500
case("p53_portal_release_mismatch", ["RG011"],
     "buyer portal: release record says 3,000 released, the PO line shows 2,500 released", [
    ("procurement_portal_HW-131.html", html_page("Highwater procurement — order HW-131", """
<h2>Highwater Brands — Procurement portal</h2>
<p>Order HW-131 &middot; Supplier: Tien Phong Plastics JSC &middot; Item: 32 oz tumbler, straw lid, 1-col print</p>
<h3>PO HB-20477 rev 1</h3>
<table>
<tr><th>Line</th><th>Scope</th><th>Ordered</th><th>Released</th><th>On hold</th></tr>
<tr><td>1</td><td>sample</td><td>10</td><td>10</td><td>0</td></tr>
<tr><td>2</td><td>production</td><td>5,000</td><td>2,500</td><td>2,500</td></tr>
</table>
<h3>Release record R-131-01</h3>
<table>
<tr><th>Release no.</th><th>Quantity released</th><th>Unlock event</th><th>Authorized by</th><th>Date</th></tr>
<tr><td>R-131-01</td><td>3,000</td><td>sample sign-off SO-131 (approved)</td><td>Daniel Ortiz, Director of Sourcing</td><td>2024-06-12</td></tr>
</table>
<p class="note">The quantity on hold needs a further written release by Daniel Ortiz.</p>
""")),
])

# p54 email 'twelve hundred (1,200)' vs attached release PDF 1,000
_p54_pdf = pdf([
    ("h1", "Production release — KM-2406"),
    ("p", "Kraftwerk Merch GmbH, Köln · 10.06.2024 · Supplier: Hanoi Bagworks Co., Ltd"),
    ("table", [["Order", "PO", "Quantity released", "Still on hold"],
               ["Laptop backpack, Pantone 432 C zipper pulls", "KM-2406", "1.000", "800"]]),
    ("p", "Unlock event: final sample sign-off of 07.06.2024. The quantity on hold needs a further written release."),
    ("p", "Released by: Hannah Becker, Teamleitung Einkauf"),
], title="Release KM-2406", author="Hannah Becker")
case("p54_words_vs_pdf", ["RG011"],
     "email releases 'twelve hundred (1,200)', the attached release letter says 1.000", [
    ("release_KM-2406_backpacks.eml", mail(
        "Hannah Becker <hannah.becker@kraftwerk-merch.de>", "Ngo Minh Tuan <tuan@hanoibagworks.vn>",
        "Production release KM-2406", "Mon, 10 Jun 2024 09:00:00 +0200",
        "Dear Tuan,\n\nThe corrected zipper pulls passed our final sample sign-off on Friday. With this email "
        "I release twelve hundred (1,200) backpacks for production; the remaining 600 stay on hold until "
        "my next written release. The release letter is attached.\n\nBest regards\nHannah Becker\n"
        "Kraftwerk Merch GmbH, Köln",
        html="<p>Dear Tuan,</p><p>The corrected zipper pulls passed our final sample sign-off on Friday. With this email "
             "I release <b>twelve hundred (1,200)</b> backpacks for production; the remaining 600 stay on hold until "
             "my next written release. The release letter is attached.</p><p>Best regards<br>Hannah Becker</p>",
        attachments=[("Release_KM-2406.pdf", _p54_pdf, PDF_MT)])),
])

# p55 folder: German ERP call-off 1.500 vs email 1,000; 'freigegeben'/'released' for PO and production
case("p55_erp_abruf_vs_email", ["RG009", "RG011"],
     "ERP call-off 1.500 Stk vs email 1,000 pcs; 'released' used for the PO in SAP and for production", [
    ("Abruf_5500034411.txt", txt("""
WERBEMITTEL MUELLER KG          LIEFERABRUF / CALL-OFF 5500034411        03.06.2024
Rahmenvertrag 4600001207   Lieferant: PHU TAI GIFTS CO., LTD, HANOI
---------------------------------------------------------------------------------
Pos  Artikel      Text                                Abrufmenge  Einh  Liefertermin
 10  WM-FL-750    Thermoflasche 750 ml, Gravur Logo       1.500    Stk   05.07.2024
---------------------------------------------------------------------------------
Status: FREIGEGEBEN (SAP Freigabestrategie F2, 03.06.2024)
Restmenge Rahmenvertrag 6.500 Stk: nicht abgerufen, gesperrt bis zum naechsten Abruf
durch Frau S. Hoffmann (Einkauf).
""")),
    ("Abruf_cover_email.eml", mail(
        "Sabine Hoffmann <s.hoffmann@werbemittel-mueller.de>", "Do Thanh Binh <binh@phutaigifts.vn>",
        "Call-off 5500034411 released", "Mon, 03 Jun 2024 16:10:00 +0200",
        "Dear Mr Binh,\n\nthe call-off 5500034411 was released in SAP today (approval strategy F2). "
        "Production release is for 1,000 pcs of the 750 ml bottle, delivery 5 July. The rest of the "
        "framework stays blocked until my next call-off.\n\nBest regards\nSabine Hoffmann\nEinkauf, Werbemittel Müller KG")),
])

# p57 SG chat: deposit paid -> start full run; next year 5k treated as PO
case("p57_sg_deposit_start", ["RG008", "RG012"],
     "chat: buyer says deposit paid so factory can start the full run, and calls next year's 5k forecast a PO already", [
    ("WhatsApp_Chat_Merlion_Shenzhen.txt", txt("""
[13/05/2024, 10:02:11] Jason Koh: Hi Kelvin, PO MM-2236 for 30 pcs sample earbuds case only. Balance 2,970 on hold until client sign off PPS and Mr Tan Wei Ming (Director) send written release ok
[13/05/2024, 10:05:40] Kelvin Ho: ok noted Jason, 30pcs sample
[22/05/2024, 15:31:09] Kelvin Ho: Jason, PI for 30% deposit sent to your email
[24/05/2024, 09:12:55] Jason Koh: Deposit paid liao, see slip. So can start the full run already, don't need wait
[24/05/2024, 09:13:30] Jason Koh: <attached: 00000045-PHOTO-2024-05-24-09-13-30.jpg>
[24/05/2024, 09:15:02] Jason Koh: Also next year 5k pcs confirm one, you can treat as PO already, paperwork we send later
[24/05/2024, 09:20:18] Kelvin Ho: Wah thanks Jason 👍 we arrange
"""))
])

# p58 supplier: received PO and payment -> bulk started
case("p58_po_payment_bulk", ["RG012"],
     "supplier reads PO receipt and payment as the start of bulk; buyer's quoted PO scope releases 12 samples only", [
    ("RE_PO_PCP-7802.eml", mail(
        "Nguyen Van Long <long@vinagift.vn>", "Mark Chen <mark.chen@pacificcoastpromo.com>",
        "RE: PO PCP-7802 cooler bags", "Wed, 29 May 2024 10:45:00 +0700",
        "Dear Mark,\n\nWe have received your PO and your payment, thank you! Bulk production started today "
        "so we can ship before your 4th of July event.\n\nBest regards,\nLong\nVinaGift Co., Ltd\n\n"
        "From: Mark Chen\nSent: Monday, May 27, 2024\n"
        "> Long, PO PCP-7802 releases 12 pre-production cooler bags only. The 1,488 balance is not released\n"
        "> and is on hold until PPS sign-off and my written release (Mark Chen, VP Sourcing). Payment for\n"
        "> the samples is on its way.\n")),
])

# p59 folder: proforma invoice 'production starts upon deposit' + buyer sample PO
case("p59_pi_deposit_start", ["RG012"],
     "folder: supplier PI says production of 3,000 starts upon receipt of the deposit; buyer PO releases 6 samples only", [
    ("PI_TK-24-0520.pdf", pdf([
        ("h1", "ISTANBUL PROMO TEKSTIL A.S. — PROFORMA INVOICE TK-24-0520"),
        ("p", "Buyer: Messebau Nord GmbH, Hamburg · Date 20.05.2024"),
        ("table", [["Item", "Qty", "Unit EUR", "Amount EUR"],
                   ["Polo shirt piqué, embroidered logo", "3,000", "6,10", "18.300,00"],
                   ["Deposit 30%", "", "", "5.490,00"]]),
        ("p", "Production of the 3,000 pcs starts upon receipt of the 30% deposit. Balance payment before shipment."),
        ("p", "Bank: Türkiye Garanti Bankasi, IBAN TR00 0006 2000 0000 0000 0000 00"),
    ], title="PI TK-24-0520", author="Istanbul Promo Tekstil")),
    ("PO_4500071290_samples.txt", txt("""
MESSEBAU NORD GMBH   BESTELLUNG 4500071290   21.05.2024
LIEFERANT 700512 ISTANBUL PROMO TEKSTIL A.S.
POS 010  Polo-Shirt Pique, Stick Logo - MUSTER / SAMPLES          6 ST   9,50 EUR
UMFANG / SCOPE: Nur 6 Muster. Die Serienmenge (2.994 ST) ist nicht freigegeben und
bleibt gesperrt bis zur Musterabnahme und schriftlichen Freigabe durch J. Petersen (Einkauf).
Only 6 samples. The production quantity (2,994 pcs) is not released and stays on hold until
sample sign-off and a written release by J. Petersen (purchasing).
""")),
])


# =================================================================== WRITE
def write_all():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(CASES)
    random.Random(150150).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h150_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n")
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    write_all()
