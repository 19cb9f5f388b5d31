#!/usr/bin/env python3
"""Generator for the releasegate check_holdout95 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout95/build.py

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
    m["Message-ID"] = msgid or f"<h95-{_MSGN[0]:04d}.{_MSGN[0] * 7919 % 100003:05d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h95")
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


TXT_MT = "text/plain"
HTML_MT = "text/html"


def html_alt(text):
    """A plain HTML rendering of a text body (for multipart/alternative)."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n" + "\n".join(out) + "\n</body></html>\n"


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


# =================================================================== CASES (batch 1)

# ---- c01: sample PO email with PDF PO; all four elements present; quote figure labelled
_c01_pdf = pdf([
    ("h1", "PURCHASE ORDER BLG-24-0311"),
    ("p", "Brightleaf Goods LLC, 2100 E Cesar Chavez St, Suite 4, Austin, TX 78702, USA"),
    ("p", "Supplier: Shenzhen Huaxin Precision Plastics Co., Ltd, Bao'an District, Shenzhen 518101, China"),
    ("p", "PO date: May 14, 2024. Buyer: Megan Ortiz, Product Manager. Supplier quote ref: HX-Q-2405-118."),
    ("table", [
        ["Line", "SKU", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "BLG-MSC-15", "MagSafe clear case iPhone 15, PC back / TPU bumper, N52 ring, drawing BLG-MSC-15 rev C", "15", "6.40", "96.00"],
        ["2", "BLG-MSC-15P", "MagSafe clear case iPhone 15 Pro, as line 1, drawing BLG-MSC-15P rev C", "15", "6.40", "96.00"],
        ["", "", "Total", "30", "", "192.00"],
    ]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "Line scope: SAMPLE. This PO covers 30 golden samples (15 + 15) and nothing else."),
    ("p", "The mass production quantity shown in quote HX-Q-2405-118 (6,000 pcs) is not released by this PO. "
          "Do not open a production job and do not buy PC, TPU or magnets for it."),
    ("p", "Unlock: after our drop test (1.2 m, 26 drops) and MagSafe fit check on the golden samples are signed off, "
          "production needs a separate written production release stating the quantity, signed by Megan Ortiz "
          "(Product Manager) or Ryan Cole (CEO). Nothing else releases production."),
    ("p", "Delivery: DHL Express, DAP Austin. Need by: June 4, 2024. Payment: net 15 after receipt of samples."),
], title="PO BLG-24-0311", author="Megan Ortiz")

_c01_text = """Hi Leo,

Attached is PO BLG-24-0311 for the golden samples of the MagSafe clear cases. Quick summary so nothing
gets lost between our teams:

- This PO covers 30 golden samples only: 15 pcs BLG-MSC-15 and 15 pcs BLG-MSC-15P.
- The 6,000 pcs mass production quantity in your quote HX-Q-2405-118 is NOT released. Please don't open
  MP and don't buy PC/TPU or magnets for it yet.
- Next step: we run the drop test and the MagSafe fit check on the samples here in Austin. Once that is
  signed off, I'll send you a separate written production release with the quantity. Only a written
  release from me or from Ryan Cole unlocks MP.

Can you send me a photo of the magnet ring placement before you ship? Last supplier glued it 0.5 mm off
center and the puck kept sliding.

Ship DHL to the Austin office (address on the PO). Our DHL account is on file with your logistics team.

Thanks a lot, and say hi to Coco!
Megan
""" + sig("Megan Ortiz", "Product Manager", "Brightleaf Goods LLC", "+1 512 555 0148")

_c01 = mail("Megan Ortiz <megan@brightleafgoods.com>", "Leo Zhang <leo.zhang@huaxin-plastics.cn>",
            "PO BLG-24-0311 - golden samples, MagSafe clear case (iPhone 15 / 15 Pro)",
            "Tue, 14 May 2024 10:42:00 -0500", _c01_text, html=html_alt(_c01_text),
            cc="Ryan Cole <ryan@brightleafgoods.com>",
            attachments=[("PO_BLG-24-0311.pdf", _c01_pdf, PDF_MT)])
case("c01_sample_po_email_complete", [], "sample PO: 30 golden samples, 6,000 labelled not released, unlock = sign-off + written release, named releasers",
     [("PO_BLG-24-0311_golden_samples.eml", eml_bytes(_c01))])


# ---- p01: sample PO + quote attached, PO silent on balance, event and releaser
_p01_po = pdf([
    ("h1", "Kestrel & Co. - Purchase Order"),
    ("p", "PO #: KC-1042    Date: 05/09/2024    Terms: Net 30    Ship via: FedEx International Priority"),
    ("p", "Vendor: Dongguan Jiayi Leather Products Co., Ltd., Houjie Town, Dongguan, Guangdong"),
    ("p", "Ship to: Kestrel & Co., 1455 NW Irving St, Portland, OR 97209"),
    ("table", [
        ["Item", "Description", "Color", "Qty", "Rate", "Amount"],
        ["KC-FOLIO-15P", "Full-grain leather folio, iPhone 15 Pro, card slot x2, 8 SPI saddle stitch", "Cognac", "12", "$9.50", "$114.00"],
        ["KC-FOLIO-15P", "Full-grain leather folio, iPhone 15 Pro, card slot x2, 8 SPI saddle stitch", "Black", "12", "$9.50", "$114.00"],
        ["", "", "", "", "Subtotal", "$228.00"],
    ]),
    ("sp",),
    ("p", "Memo: Samples for evaluation. Blind-deboss logo per artwork KC-LOGO-03. Each folio in a polybag "
          "with a kraft sleeve. Include a leather swatch card (both colors)."),
    ("p", "Authorized by: Dana Whitfield"),
], pagesize=LETTER, title="PO KC-1042", author="Dana Whitfield")

_p01_quote = pdf([
    ("h1", "QUOTATION JY-2024-0417"),
    ("p", "Dongguan Jiayi Leather Products Co., Ltd.  Tel +86 769 8555 0321  vivian@jiayi-leather.com"),
    ("p", "To: Kestrel & Co. (Ms. Dana Whitfield)    Date: 2024-04-29    Valid: 45 days"),
    ("table", [
        ["Item", "Spec", "Quantity", "Unit price (USD)", "Lead time"],
        ["KC-FOLIO-15P sample", "Full-grain cowhide 1.2 mm, microfiber lining, 2 card slots", "24 pcs", "9.50", "10 days"],
        ["KC-FOLIO-15P mass production", "Same as sample, blind deboss logo", "3,000 pcs", "6.20", "35 days"],
    ]),
    ("p", "MOQ 1,000 pcs per color. Leather lot color tolerance Delta E < 1.5. Packing: 50 pcs / carton, "
          "carton 52 x 38 x 30 cm. FOB Shenzhen."),
    ("p", "Payment: samples 100% in advance; mass production 30% deposit, 70% before shipment."),
], title="Quotation JY-2024-0417", author="Vivian Li")

_p01_text = """Hi Vivian,

Great call yesterday, thank you for walking me through the leather options! Attached are our PO KC-1042
and your quotation JY-2024-0417 so you have everything in one file.

Really looking forward to seeing the first pieces, especially the cognac. Please double check the
stitching is 8 SPI like on the tech pack, and that the card slots fit a standard credit card plus one
more (our customers always stuff two in).

Ship FedEx IP to Portland please, our account 7744-1190-3 is on the PO.

Cheers,
Dana
""" + sig("Dana Whitfield", "Founder", "Kestrel & Co.", "+1 503 555 0172")

_p01 = mail("Dana Whitfield <dana@kestrelandco.com>", "Vivian Li <vivian@jiayi-leather.com>",
            "Kestrel PO KC-1042 + your quote", "Thu, 09 May 2024 16:05:00 -0700", _p01_text,
            attachments=[("PO_KC-1042.pdf", _p01_po, PDF_MT), ("JY-2024-0417.pdf", _p01_quote, PDF_MT)])
case("p01_sample_po_with_quote_silent", ["RG001", "RG003", "RG004", "RG005"],
     "24-pc sample PO sent with quote showing 3,000 MP; nothing says MP not released, no unlock event, no releaser",
     [("Kestrel_PO_KC-1042.eml", eml_bytes(_p01))])


# ---- c02: Alibaba-style order page, sample order, buyer remarks carry the full scope
_c02_body = """
<div class="hdr"><b>Trade Assurance</b> &middot; Order details</div>
<h2>Order No. 2024051400871231</h2>
<p>Status: <b>Payment completed &rarr; Supplier preparing samples</b></p>
<table>
<tr><th>Buyer</th><td>Sorano Design K.K. (Osaka, Japan) &middot; contact: Yuki Sato</td></tr>
<tr><th>Supplier</th><td>Dongguan Hengtai Metal Products Co., Ltd. &middot; Gold Supplier 6 yrs &middot; contact: Alice Zhou</td></tr>
<tr><th>Order type</th><td>Sample order</td></tr>
</table>
<h3>Products</h3>
<table>
<tr><th>Product</th><th>Specification</th><th>Quantity</th><th>Unit price</th><th>Subtotal</th></tr>
<tr><td>Aluminium foldable phone stand HT-S21</td><td>6063-T5, sandblasted, anodized Space Grey, laser logo &quot;SORANO&quot; 18 x 4 mm, silicone pads x4</td><td>10 Pieces</td><td>US$ 12.00</td><td>US$ 120.00</td></tr>
<tr><td>Shipping</td><td>DHL Express to Osaka, 5-8 days</td><td></td><td></td><td>US$ 45.00</td></tr>
<tr><th colspan="4">Total paid</th><th>US$ 165.00</th></tr>
</table>
<h3>Buyer's remarks</h3>
<div class="note">
This order is for 10 samples only. The mass production quantity in your quotation HT-QT-0502 (2,000 pcs)
is not released by this order, and we will not accept material or anodizing costs for it.
Mass production will be released only by a separate written production release from Yuki Sato
(Procurement Manager, Sorano Design K.K.), and only after our product team in Osaka has signed off the samples.
Please pack each stand in the white box with the inner foam, as in your photo of 2 May.
</div>
<h3>Logistics</h3>
<p>Tracking number will appear here after dispatch. Estimated dispatch: within 7 days after payment.</p>
<p class="small">Trade Assurance protects your order for on-time shipment and product quality as agreed in the order contract.</p>
"""
case("c02_trade_assurance_sample_order", [], "sample order page: 10 samples, 2,000 MP labelled not released, unlock = sample sign-off + written release by Yuki Sato",
     [("order_2024051400871231.html", html_page("Order 2024051400871231 - Trade Assurance", _c02_body))])


# ---- c03: supplier quote with tiers, no authorization at all
_c03_txt = """SHENZHEN RONGTAI ELECTRONICS CO., LTD.
Bldg 7, Tongfuyu Industrial Zone, Shajing, Bao'an, Shenzhen 518104
Tel: +86 755 2955 0187   Email: kevin.huang@rongtai-elec.com

QUOTATION                                   No.: RT-QT-24-0611
Date: 2024-05-20                            Valid until: 2024-06-19
To: Hollow Oak Ltd, Manchester, UK          Attn: Ms. Olivia Grant

Product: 30W GaN USB-C wall charger, UK plug, custom housing colour (Pantone 7527C), logo pad print
Model: RT-GaN30C (USB PD 3.0 / PPS), ref. standard BS EN IEC 62368-1:2020+A11:2020

-----------------------------------------------------------------------------
 Stage              Qty (pcs)    Unit price USD   Tooling USD   Lead time
-----------------------------------------------------------------------------
 Samples (EVT)            10         25.00           --          12 days
 Mass production       1,000          6.85        1,800.00      30 days
 Mass production       3,000          6.40          incl.       30 days
 Mass production       5,000          6.10          incl.       35 days
-----------------------------------------------------------------------------

Notes:
1. Tooling cost charged once, paid with the first production order; ownership to buyer.
2. UKCA/CE test report (LVD + EMC) by third-party lab: USD 2,300, optional.
3. Mass production lead time counts from receipt of your production PO. Prices are for
   quotation only and do not constitute an order by either party.
4. Packing: 1 pc / colour box, 50 pcs / carton (42 x 32 x 28 cm, 9.6 kg).
5. Payment terms: T/T 30% deposit with production PO, 70% before shipment. FOB Shenzhen.

Thanks and best regards,
Kevin Huang | Sales Manager
"""
case("c03_supplier_quote_tiers", [], "supplier quote with sample and MP tiers; no authorization in the bundle",
     [("RT-QT-24-0611.txt", _c03_txt)])


# ---- c04: WhatsApp, supplier asks for go-ahead, buyer answers with full scope
_c04_txt = """14/05/2024, 08:55 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
14/05/2024, 08:57 - Kevin Huang Rongtai: Good morning Olivia 🌞
14/05/2024, 08:57 - Kevin Huang Rongtai: The 12 samples of wireless charging pad HO-WP15 black are finished, QC photos below
14/05/2024, 08:58 - Kevin Huang Rongtai: <Media omitted>
14/05/2024, 08:58 - Kevin Huang Rongtai: <Media omitted>
14/05/2024, 09:01 - Kevin Huang Rongtai: Also our SMT line is free from next Monday. Can we get go-ahead for the 2k black? Then we can ship before end of June
14/05/2024, 09:40 - Olivia Grant: Morning Kevin! They look really nice, the matte finish is spot on
14/05/2024, 09:43 - Olivia Grant: Not yet on the 2,000 I'm afraid. Only the 12 samples are go for now (PO HO-PO-2288).
14/05/2024, 09:44 - Olivia Grant: The 2,000 production units stay on hold until we've signed off the samples here in Manchester (Qi cert pre-test + 48h burn-in) and I send you a written release with the quantity. Please don't buy coils or housings for them yet.
14/05/2024, 09:44 - Olivia Grant: Sorry, I know the line slot is tempting 🙈 we should know in about 10 days
14/05/2024, 09:52 - Kevin Huang Rongtai: Understood 👌 we ship 12 pcs samples today by DHL, no material for the 2000 before your written release
14/05/2024, 09:53 - Kevin Huang Rongtai: DHL AWB 58 4417 2290
14/05/2024, 09:55 - Olivia Grant: Perfect, thanks Kevin 🙏
"""
case("c04_whatsapp_goahead_question", [], "supplier asks for go-ahead; buyer (Olivia) answers: 12 samples only, 2,000 on hold until sign-off + her written release",
     [("WhatsApp_Chat_with_Kevin_Huang_Rongtai.txt", _c04_txt)])


# ---- c05: full-quantity reorder PO that says proceed, with quantities (German number format)
_c05_pdf = pdf([
    ("h1", "Bestellung / Purchase Order 4500023817"),
    ("p", "Voltwerk GmbH, Landsberger Str. 302, 80687 München, Deutschland - USt-IdNr. DE 318 442 907"),
    ("p", "Lieferant / Supplier: Shenzhen Bolan Cable Technology Co., Ltd., Longhua District, Shenzhen"),
    ("p", "Datum / Date: 21.05.2024    Einkauf / Buyer: Jonas Becker    Lieferantennr.: 700415"),
    ("table", [
        ["Pos.", "Material", "Description", "Menge / Qty", "Preis / Price (USD)", "Wert / Value (USD)"],
        ["10", "VW-C2C-100", "USB-C to USB-C cable 1,0 m, 240 W EPR, e-marker, braided, black, USB-IF TID 10234", "3.000 pcs", "2,15", "6.450,00"],
        ["20", "VW-C2C-200", "USB-C to USB-C cable 2,0 m, 240 W EPR, e-marker, braided, black, USB-IF TID 10234", "2.000 pcs", "2,60", "5.200,00"],
        ["", "", "Total", "5.000 pcs", "", "11.650,00"],
    ]),
    ("sp",),
    ("h", "Hinweise / Notes"),
    ("p", "Reorder of running items, identical to PO 4500021190 (DVT sign-off February 2024, test report VW-TR-0088). "
          "This PO covers the full quantities of positions 10 and 20 and is the production order: please proceed "
          "with production of the 3.000 pcs (pos. 10) and the 2.000 pcs (pos. 20). No separate release document will follow."),
    ("p", "Packing: 50 pcs per inner polybag, 200 pcs per carton, carton label per Voltwerk spec VW-PK-07 (EAN-13 + PO number). "
          "Delivery: FOB Shenzhen, calendar week 26/2024. Payment: 30 % T/T on order, 70 % against copy B/L."),
    ("p", "Compliance: RoHS 2011/65/EU incl. (EU) 2015/863, REACH SVHC declaration per shipment, EN IEC 62368-1."),
], title="PO 4500023817", author="Jonas Becker")
case("c05_full_reorder_po_proceed", [], "full-quantity reorder PO (3.000 + 2.000), proceed scoped to stated quantities, no balance",
     [("Bestellung_4500023817.pdf", _c05_pdf)])


# ---- p02: WhatsApp, scope set correctly, later an unscoped "all approved, go ahead" on artwork
_p02_txt = """06/05/2024, 11:12 - Ben Carter: Hi Sunny, PO MT-PO-0582 just went out by email
06/05/2024, 11:13 - Ben Carter: To be clear: it's for 25 sample boxes only (gift box + EVA insert for the MT-PB10 power bank). The 5,000 production boxes are NOT released, please don't print them. They stay on hold until we've signed off the 25 samples and I send you a written release.
06/05/2024, 11:30 - Sunny Chen Mingfeng Packaging: Received Ben thank you. We make 25 pcs samples first 👍
06/05/2024, 11:31 - Sunny Chen Mingfeng Packaging: 1200g greyboard + 157g art paper, matt lamination, spot UV on logo, right?
06/05/2024, 11:40 - Ben Carter: Correct. Spot UV only on the logo, not on the product photo
09/05/2024, 15:02 - Sunny Chen Mingfeng Packaging: Ben, revised artwork v3 with the new EAN barcode and the UKCA mark moved to the bottom panel, please check
09/05/2024, 15:02 - Sunny Chen Mingfeng Packaging: MT-PB10-giftbox-v3.pdf (1 page) <attached>
09/05/2024, 15:05 - Sunny Chen Mingfeng Packaging: If ok we arrange asap, our machine is busy next week for Christmas orders already 😅
09/05/2024, 17:48 - Ben Carter: Sorry, was in meetings all afternoon
09/05/2024, 17:51 - Ben Carter: Barcode scans fine now, checked with the warehouse scanner 👍
09/05/2024, 17:51 - Ben Carter: All approved, go ahead
09/05/2024, 17:55 - Sunny Chen Mingfeng Packaging: Noted 👌 thank you Ben
"""
case("p02_whatsapp_artwork_goahead", ["RG002"],
     "scope (25 samples, 5,000 on hold until sign-off + Ben's written release) is set, but later 'All approved, go ahead' names no quantity or sample scope while the supplier is waiting to 'arrange'",
     [("WhatsApp_Chat_with_Sunny_Chen_Mingfeng_Packaging.txt", _p02_txt)])


# ---- p03: email thread, colour choice answered with unscoped green light, no quantity anywhere
_p03_prev = """Dear Felix,

Good day. Please find attached the photos of the three colour options for the braided sleeve of the
travel cable kit FG-TK3 (Graphite, Sage, Sand), taken under D65 light box and under daylight.

Kindly confirm the colour so we can continue.

Best regards,
Pham Van Hung
Sales Executive | Haiphong Cable Tech Co., Ltd
Lot B7, Trang Due Industrial Park, Hai Phong, Vietnam
"""
_p03_text = """Hi Hung,

thanks for the quick turnaround, the photos under the light box help a lot.

Graphite it is. Sage looked a bit too yellow in daylight and Sand shows dirt too quickly for a travel
product. Please use the darker grey zipper pull as on your photo 3.

From our side you have the green light, please proceed.

Beste Grüße aus Hamburg
Felix

On Mon, 13 May 2024 at 10:17, Pham Van Hung <hung.pv@haiphongcable.vn> wrote:
""" + quote(_p03_prev) + "\n" + sig("Felix Braun", "Head of Product", "Fernweh Gear GmbH, Hamburg", "+49 40 555 0193")
_p03 = mail("Felix Braun <felix.braun@fernweh-gear.de>", "Pham Van Hung <hung.pv@haiphongcable.vn>",
            "Re: FG-TK3 sleeve colour options", "Mon, 13 May 2024 14:31:00 +0200", _p03_text,
            in_reply_to="<20240513101700.hpc.2231@haiphongcable.vn>")
case("p03_colour_choice_green_light", ["RG002", "RG010"],
     "'you have the green light, please proceed' with no quantity and no sample scope anywhere in the thread",
     [("Re_FG-TK3_sleeve_colour_options.eml", eml_bytes(_p03))])


# ---- p04: ERP fixed-width sample PO with the quote quantity printed beside it
_p04_txt = """RIDGELINE BRANDS INC                                           PURCHASE ORDER
4800 LARIMER ST UNIT 210, DENVER CO 80216                       PAGE 1 OF 1
----------------------------------------------------------------------------------
PO NUMBER : RB-PO-10877            PO DATE : 05/14/2024        REV : 0
VENDOR    : V-00412 SAIGON PRECISION MOLDING JSC
            LOT 23, VSIP II, BINH DUONG, VIETNAM
BUYER     : L.PARK                 TERMS   : NET 30             FOB : HCMC
SHIP TO   : RIDGELINE DC, 5900 E 56TH AVE, COMMERCE CITY CO 80022
----------------------------------------------------------------------------------
LN ITEM           DESCRIPTION                      QTY UOM  UNIT USD     EXT USD
-- -------------- ------------------------------ ----- --- --------- -----------
01 RB-VM200-BLK   VENT MOUNT 200 MAGNETIC, BLK       40 EA      18.50      740.00
                  LINE TYPE : SAMPLE   NEED BY : 06/07/2024
                  QUOTE REF : SPM-Q-0931   QUOTE QTY : 8000   QUOTE UNIT : 2.85
                  DWG RB-VM200 REV 04  MAT PC+ABS 2000 V0 / N52 DISC 20X2
02 RB-VM200-BLK   FREIGHT DHL EXPRESS                 1 LOT     95.00       95.00
----------------------------------------------------------------------------------
                                                      TOTAL USD          835.00
NOTES: EVT SAMPLES FOR DROP / VIBRATION TEST (SAE J1211 PROFILE).
       SHIP DHL ACCT 9617 2210. PACK INDIVIDUALLY IN POLYBAG WITH PART LABEL.
       INVOICE MUST SHOW PO NUMBER.
----------------------------------------------------------------------------------
PRINTED 05/14/2024 13:02 BY LPARK                          NETSUITE PO PRINT V2
"""
case("p04_erp_sample_po_quote_qty", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO (40) prints QUOTE QTY 8000 beside it; no hold, no unlock event, no releaser",
     [("RB-PO-10877.txt", _p04_txt)])


# ---- p05: PDF PO with hold 'until further notice' and a named releaser, but no unlock event
_p05_pdf = pdf([
    ("h1", "Northpeak Audio Inc. - Purchase Order NPA-2024-066"),
    ("p", "Northpeak Audio Inc., 215 Spadina Ave, Suite 400, Toronto, ON M5T 2C7, Canada"),
    ("p", "Vendor: Shenzhen Kaiyue Silicone Products Co., Ltd., Longgang District, Shenzhen"),
    ("p", "Date: 2024-05-16    Currency: USD    Incoterm: DAP Toronto (UPS)    Quote: KY-240502"),
    ("table", [
        ["#", "SKU", "Description", "Colour", "Qty", "Unit", "Total"],
        ["1", "NPA-EBC-PRO2", "Silicone earbuds case cover with carabiner, 1.2 mm wall", "Mist Blue", "12", "4.00", "48.00"],
        ["2", "NPA-EBC-PRO2", "same", "Sand", "12", "4.00", "48.00"],
        ["3", "NPA-EBC-PRO2", "same", "Charcoal", "12", "4.00", "48.00"],
        ["", "", "", "Total", "36", "", "144.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Pre-production samples only: thirty-six (36) pieces, twelve per colour."),
    ("p", "The balance of 4,464 pcs of quotation KY-240502 (4,500 pcs total) is NOT released and stays on hold until further notice. "
          "The production quantity can be released only in writing by Priya Nair, Operations Lead, Northpeak Audio."),
    ("p", "Please include the colour chips and the Shore A hardness report (target 50 +/- 5) with the samples."),
], title="PO NPA-2024-066", author="Priya Nair")
case("p05_po_hold_until_further_notice", ["RG004"],
     "36 samples, 4,464 balance on hold 'until further notice', Priya Nair named as releaser; no unlock event",
     [("NPA-2024-066.pdf", _p05_pdf)])


# ---- p06: DOCX PO, hold + unlock event, release by a department
_p06_docx = docx_bytes([
    ("h1", "Purchase Order QL-PO-24-019"),
    ("p", "Quillon Labs GmbH · Schlesische Str. 26 · 10997 Berlin · Germany"),
    ("p", "Supplier: Noida Electro Components Pvt. Ltd., Plot C-58, Sector 63, Noida 201301, Uttar Pradesh, India"),
    ("p", "Date: 22.05.2024 · Quotation: NEC/Q/24/117 dated 10.05.2024 · Incoterm: DAP Berlin"),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "Unit price EUR", "Amount EUR"],
        ["1", "QL-CRD-C1", "USB-C charging cradle for earbuds case, PCBA + ABS housing, rev B", "20", "14,50", "290,00"],
        ["2", "—", "Express courier", "1", "60,00", "60,00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This purchase order covers twenty (20) DVT units only."),
    ("p", "The production quantity of 2,500 pcs quoted in NEC/Q/24/117 is not released by this order."),
    ("p", "The production quantity will be released after DVT sign-off (drop test, thermal test at 45 °C and CE-RED pre-scan) "
          "by means of a revised purchase order issued by our purchasing department."),
    ("h", "Documents with the DVT units"),
    ("li", "Test log of functional test (charge current, LED status) for every unit"),
    ("li", "BOM rev B with manufacturer part numbers"),
    ("li", "RoHS declaration (EU) 2015/863"),
    ("p", "Contact for technical questions: Anna Kowalski, Hardware Lead, +49 30 555 0177."),
], author="Quillon Labs Purchasing")
case("p06_docx_po_release_by_department", ["RG005"],
     "20 DVT units, 2,500 not released, unlock = DVT sign-off + revised PO, but release owner is only 'our purchasing department'",
     [("QL-PO-24-019.docx", _p06_docx)])


# ---- p07: supplier reply, buyer's complete scope quoted, supplier bought material for the full quantity
_p07_buyer = """Hi Vivian,

PO PP-0419 attached: 40 pcs samples (20 tan, 20 black) of the AirTag leather keychain PP-AT-KC.

The 7,960 pcs from your quote stay on hold, they are not released. Mass production only after we have
signed off the samples and I send you a written production release.

Thanks!
Sam Rivera
Co-founder, Pixel & Pine
"""
_p07_text = """Dear Sam,

Thanks for PO PP-0419, well received. Samples will be ready on 28 May and we ship by DHL the same day.

Good news for your Prime Day schedule: to keep the leather lot colour the same for all pieces and
because the tannery increases price in June, we already bought the full leather and the metal split
rings for 8,000 pcs this week. Material is in our warehouse now, so later mass production can start
very fast. This saved about 6% cost for you.

The embossing plate for the logo is also ready (photo attached in next mail).

Any question please let me know.

Best regards,
Vivian Li
Sales Manager
Dongguan Jiayi Leather Products Co., Ltd.
Tel/WeChat: +86 137 2255 0164

-----Original Message-----
From: Sam Rivera <sam@pixelandpine.co>
Sent: Wednesday, May 15, 2024 9:02 PM
To: Vivian Li <vivian@jiayi-leather.com>
Subject: PO PP-0419 samples

""" + quote(_p07_buyer) + "\n"
_p07 = mail("Vivian Li <vivian@jiayi-leather.com>", "Sam Rivera <sam@pixelandpine.co>",
            "RE: PO PP-0419 samples", "Fri, 17 May 2024 10:26:00 +0800", _p07_text,
            in_reply_to="<CAP0419.sam@pixelandpine.co>")
case("p07_supplier_bought_leather_full_qty", ["RG006"],
     "buyer scope complete (40 samples, 7,960 on hold, sign-off + Sam's written release); supplier already bought leather and rings for 8,000",
     [("RE_PO_PP-0419_samples.eml", eml_bytes(_p07))])


# ---- p08: WeChat, buyer loosely invites material for the whole run
_p08_txt = """WeChat chat history export
Chat: Claire Dubois (LumaDock) & Alice Zhou 周 (Hengtai Metal)
=====================================================

2024-05-20 21:14:07  Claire Dubois (LumaDock)
Hi Alice, PO LD-2024-031 is in your inbox. To be clear: 50 pcs pilot run of the DS-2 desk dock only.

2024-05-20 21:14:52  Claire Dubois (LumaDock)
The remaining 2,950 are not released, they stay on hold until our pilot sign-off and my written release.

2024-05-20 21:31:40  Alice Zhou 周 (Hengtai Metal)
ok Claire received 👌 50pcs pilot we arrange, CNC start Thursday

2024-05-20 21:33:02  Alice Zhou 周 (Hengtai Metal)
fyi aluminium 6063 bar price go up 8% from next month, our supplier just inform

2024-05-20 21:47:19  Claire Dubois (LumaDock)
ugh, of course it is 😩

2024-05-20 21:48:33  Claire Dubois (LumaDock)
honestly feel free to get the aluminium in for the whole run now so you're not stuck waiting on us later

2024-05-20 21:52:10  Alice Zhou 周 (Hengtai Metal)
ok noted, we book 6063 bar for 3000 sets tomorrow morning

2024-05-20 21:52:31  Alice Zhou 周 (Hengtai Metal)
[Sticker]

2024-05-21 08:05:44  Claire Dubois (LumaDock)
Also pls send me the anodizing colour card for the pilot, thx
"""
case("p08_wechat_material_whole_run", ["RG006"],
     "50-pc pilot released with full hold; buyer casually invites aluminium for 'the whole run' (no cap, no liability) and supplier books 3,000 sets",
     [("wechat_export_LumaDock_Hengtai.txt", _p08_txt)])


# ---- p09: deposit read as go; components bought for full PI
_p09_buyer = """Kevin,

PO MV-7731 attached: 50 pcs pre-production samples of the MV-65W GaN charger (black, US plug).

About PI RT-PI-24053 (5,000 pcs): we wired the 30% deposit today to hold your SMT line for July. The
deposit does NOT release production. The 4,950 production units stay on hold until we sign off the PP
samples (incl. FCC Part 15B and ISED pre-scan) and I send you a written production release.

Ethan Brooks
Director of Operations, Maple & Volt
"""
_p09_text = """Dear Ethan,

Good day! We have received your 30% deposit USD 16,875.00 today, thank you very much for the trust.

As the deposit is received, we have placed the order for the PCBA components (GaN IC, transformer,
Y-caps, USB-C receptacles) for the full 5,000 pcs and we will begin SMT next week, so the goods can be
ready before your Prime Day inbound.

The 50 pcs PP samples will ship on 5 June by FedEx IP. Kindly confirm the FBA carton label format
(we have 2 versions from your team).

Best regards

Kevin Huang | Sales Manager
Shenzhen Rongtai Electronics Co., Ltd.
M: +86 139 2877 0412  WeChat: kevin_rongtai

On 2024-05-23 02:11, Ethan Brooks wrote:
""" + quote(_p09_buyer) + "\n"
_p09 = mail("Kevin Huang <kevin.huang@rongtai-elec.com>", "Ethan Brooks <ethan@mapleandvolt.ca>",
            "Re: PO MV-7731 PP samples + PI RT-PI-24053", "Thu, 23 May 2024 17:40:00 +0800", _p09_text,
            in_reply_to="<MV7731.0523@mapleandvolt.ca>")
case("p09_deposit_received_components_full", ["RG006", "RG012"],
     "buyer said deposit does not release production; supplier treats deposit as start signal and buys components for all 5,000",
     [("Re_PO_MV-7731_PP_samples.eml", eml_bytes(_p09))])


# ---- p10: Vietnamese supplier plans to roll from DVT approval straight into MP; buyer PO complete
_p10_po = pdf([
    ("h1", "Hollow Oak Ltd - Purchase Order HO-PO-2291"),
    ("p", "Hollow Oak Ltd, Unit 5, Ancoats Works, 4 Jersey St, Manchester M4 6JB, United Kingdom. VAT GB 301 5521 84"),
    ("p", "Supplier: Saigon Precision Molding JSC, Lot 23, VSIP II, Binh Duong, Vietnam. Quote SPM-Q-0877 rev 2."),
    ("p", "Date: 20/05/2024. Buyer: Tom Hughes, Operations Director."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit GBP", "Total GBP"],
        ["1", "HO-ST3-WAL", "3-in-1 charging stand housing set, walnut veneer + ABS, DVT build", "24", "11.20", "268.80"],
    ]),
    ("sp",),
    ("p", "SCOPE: 24 DVT units only. The remaining 2,976 units of quote SPM-Q-0877 are not released by this PO "
          "and stay on hold until (1) DVT sign-off by Hollow Oak engineering and (2) a written production release "
          "signed by Tom Hughes stating the quantity. DVT sign-off by itself releases nothing."),
    ("p", "Material: for the 24 DVT units only. No material purchases for production at Hollow Oak's cost."),
], title="HO-PO-2291", author="Tom Hughes")
_p10_text = """Dear Mr. Tom,

We confirm receipt of PO HO-PO-2291 for 24 pcs DVT units. Thank you.

Status:
- T2 tool modification finished on 17 May, texture MT-11010 OK
- Walnut veneer for the 24 DVT units received (lot WV-0524), moisture 8%
- DVT build planned 27-29 May, ship by DHL on 31 May

For saving time before your Q3 launch, our plan is: once your team approve the DVT samples, our line
will continue directly to mass production of the remaining quantity, no need to wait for another
document. We keep the line set-up and the operators from the DVT build, so quality is same.

Please advise your DHL account or we ship freight prepaid.

Best regards,
Tran Minh Duc
Project Manager
Saigon Precision Molding JSC
Tel: +84 274 3555 019
"""
_p10 = mail("Tran Minh Duc <duc.tm@saigonprecision.vn>", "Tom Hughes <tom.hughes@hollowoak.co.uk>",
            "PO HO-PO-2291 confirmation and schedule", "Wed, 22 May 2024 15:12:00 +0700", _p10_text,
            attachments=[("HO-PO-2291.pdf", _p10_po, PDF_MT)])
case("p10_supplier_rolls_into_mp_after_dvt", ["RG007"],
     "buyer PO is complete and says DVT sign-off releases nothing; supplier plans to continue straight into MP of the remaining qty once DVT is approved",
     [("PO_HO-PO-2291_confirmation.eml", eml_bytes(_p10))])

# =================================================================== CASES (batch 2)

# ---- c06: DOCX labelled rolling forecast
_c06_docx = docx_bytes([
    ("h1", "Marlow Tech Ltd - 12-month rolling forecast (June 2024)"),
    ("p", "To: Shenzhen Rongtai Electronics Co., Ltd. (Kevin Huang)  |  From: Ben Carter, Purchasing Manager, Marlow Tech Ltd, London"),
    ("p", "STATUS: FORECAST - NOT A PURCHASE ORDER. This document is for your capacity and component planning only. "
          "It is not an order, not a commitment to buy, and it authorizes no production and no material purchases at Marlow's cost. "
          "Quantities will change every month. Firm quantities reach you only as numbered Marlow purchase orders."),
    ("table", [
        ["SKU", "Jul-24", "Aug-24", "Sep-24", "Oct-24", "Nov-24", "Dec-24", "Q1-25", "Q2-25"],
        ["MT-PB10 (10,000 mAh, 20W PD)", "1,500", "2,000", "3,500", "4,000", "6,000", "2,500", "4,500", "5,000"],
        ["MT-PB20 (20,000 mAh, 65W PD)", "800", "800", "1,200", "1,500", "2,500", "1,000", "2,000", "2,400"],
        ["MT-MAG5 (5,000 mAh magnetic)", "-", "-", "1,000", "2,000", "3,000", "1,000", "tbc", "tbc"],
    ]),
    ("sp",),
    ("h", "Planning notes"),
    ("li", "Q4 peak reflects Black Friday / Christmas on Amazon UK and DE; the MT-MAG5 launch date is not confirmed."),
    ("li", "UN38.3 and MSDS must be valid for every shipment; the cell supplier change (EVE to Lishen) needs a new test report."),
    ("li", "Please tell us by 28 June if any month exceeds your capacity, so we can level it."),
    ("p", "Ben Carter · +44 20 7946 0812 · ben.carter@marlowtech.co.uk"),
], author="Ben Carter")
case("c06_docx_rolling_forecast", [], "rolling forecast clearly labelled not an order / no commitment",
     [("Marlow_rolling_forecast_2024-06.docx", _c06_docx)])


# ---- c07: German buyer, sample sign-off for fit/function only, balance not released, event + people named
_c07_text = """Hello Jason,

please find below the result of our lab tests on the 50 samples of the VW-2IN1-150 (USB-C to USB-C +
Lightning adapter, 1,5 m) from PO 4500023560.

- Bend test 10.000 cycles at 90 degrees: passed, no conductor break
- Pull test 80 N on both plugs: passed
- PD 100 W with our Voltwerk 100 W charger: passed, e-marker reads correctly
- Sleeve colour vs. golden colour card: slightly too warm, see photo 4, please correct for production

Result: sample sign-off for fit and function only. This is an engineering sign-off, not a production
release.

The balance of 4.950 pcs from your quote BL-Q-0415 (5.000 pcs incl. the samples) stays not released.
Please do not buy copper, sleeve or connectors for it. The production release will come as a separate
written release from me or from Katrin Schulz (COO), after our internal budget sign-off in the S&OP
meeting on 5 June, and it will state the quantity.

Thank you for the fast sample delivery, it was really good this time.

Mit freundlichen Grüßen / Best regards
Jonas Becker
Einkauf / Purchasing
Voltwerk GmbH, Landsberger Str. 302, 80687 München
Tel. +49 89 5555 0123
Geschäftsführer: Katrin Schulz, Amtsgericht München HRB 251 118
"""
_c07 = mail("Jonas Becker <j.becker@voltwerk.de>", "Jason Liu <jason.liu@bolancable.com>",
            "VW-2IN1-150 - sample test result / Musterprüfung", "Fri, 24 May 2024 11:20:00 +0200", _c07_text,
            html=html_alt(_c07_text), cc="Katrin Schulz <k.schulz@voltwerk.de>")
case("c07_german_sample_signoff_fit_only", [], "sample sign-off for fit/function only, 4.950 not released, unlock = budget sign-off + written release by Jonas Becker or Katrin Schulz",
     [("VW-2IN1-150_sample_test_result.eml", eml_bytes(_c07))])


# ---- c08: ERP call-off with staged material authority above the released quantity
_c08_txt = """AOZORA GOODS CO., LTD.  2-14-7 KURAMAE, TAITO-KU, TOKYO 111-0051
CALL-OFF / NOUNYU SHIJISHO                                    DOC: CO-2024-0612-03
===================================================================================
BLANKET PO   : AG-BPO-2024-007            ISSUE DATE : 2024/06/12
SUPPLIER     : SHENZHEN KAIYUE SILICONE PRODUCTS CO., LTD. (SUPPLIER CD 30117)
ITEM         : AG-CO-SIL-S  SILICONE CABLE ORGANIZER 6-SLOT, SAKURA PINK (PANTONE 707C)
DRAWING      : AG-CO-SIL-S REV 3   LSR SHORE A 40   WEIGHT 18.5 G
-----------------------------------------------------------------------------------
BLANKET QTY (CONTRACT, NOT A RELEASE)   : 12,000 PCS
RELEASED PREVIOUSLY (CO-2024-0415-01)   :  2,000 PCS   DELIVERED 2024/05/20
RELEASED BY THIS CALL-OFF               :  2,000 PCS   DELIVERY 2024/07/15 FOB SZ
TOTAL RELEASED TO DATE                  :  4,000 PCS
BALANCE NOT RELEASED                    :  8,000 PCS   ON HOLD UNTIL NEXT CALL-OFF
                                                       SIGNED BY H. TAKEDA
-----------------------------------------------------------------------------------
MATERIAL AUTHORITY : STAGED UP TO 7,000 PCS EQUIVALENT (LSR + PIGMENT + OPP BAGS)
                     AT AOZORA LIABILITY. PRODUCTION BEYOND 4,000 PCS TOTAL IS NOT
                     AUTHORIZED BY THIS MATERIAL AUTHORITY.
-----------------------------------------------------------------------------------
PACKING : 1 PC/OPP BAG WITH JAN LABEL 4589 7712 0034 5, 100 PCS/CARTON
REMARKS : PLEASE SEND CARTON PHOTOS BEFORE PICKUP.
AUTHORIZED : HANA TAKEDA, PURCHASING MANAGER         PRINTED 2024/06/12 14:08 SAP-B1
"""
case("c08_erp_calloff_staged_material", [], "call-off releases 2,000 (4,000 total), 8,000 on hold until next call-off by H. Takeda; explicit staged material authority to 7,000",
     [("CO-2024-0612-03.txt", _c08_txt)])


# ---- c09: explicit, recorded auto-conversion
_c09_text = """Hi Coco,

Recording this in writing so there is no doubt later, as discussed on Tuesday's call.

1. PO TW-5520 covers 30 DVT samples of the TW-RG2 ring grip (10 each in Sand, Sage, Black). That
   is all that is released today.
2. Auto-conversion, per Addendum A-3 to our supply agreement, signed on 3 May 2024 by me and by
   Leo Zhang for Huaxin: when I sign the DVT sign-off form for TW-RG2, 2,000 pcs of the 8,000 pcs in
   quote HX-Q-2404-077 are released automatically on the date of my signature, with no further
   document. Conditions: drop test (1.5 m, 10 drops) and the 5,000-cycle rotation test passed, and the
   form signed by me (Daniel Okafor) personally. Nobody else's sign-off triggers it.
3. The remaining 6,000 pcs stay on hold and are not released until a revised PO signed by me.
4. Material: sample-only until the DVT sign-off form is signed; after that, material for the
   2,000 pcs only.

Let me know if anything here differs from your notes.

Best,
Daniel
""" + sig("Daniel Okafor", "VP Operations", "Tidewater Supply Co., San Diego, CA", "+1 619 555 0133")
_c09 = mail("Daniel Okafor <daniel@tidewatersupply.com>", "Coco Wu <coco.wu@huaxin-plastics.cn>",
            "TW-5520 / TW-RG2 - DVT samples and auto-conversion per Addendum A-3", "Thu, 16 May 2024 18:02:00 -0700",
            _c09_text, cc="Leo Zhang <leo.zhang@huaxin-plastics.cn>, Mia Chen <mia@tidewatersupply.com>")
case("c09_recorded_auto_conversion", [], "explicit recorded auto-conversion naming quantity (2,000), signer (Daniel Okafor) and conditions; 6,000 on hold until revised PO signed by him",
     [("TW-5520_Addendum_A-3.eml", eml_bytes(_c09))])


# ---- c10: forwarded old quote (rfc822) declared informational
_c10_old_text = """Dear Mr. Ethan,

Greetings from Noida Electro Components. Please find our best price for the 20W USB-C charger
(model NEC-20PD, US plug, white, BIS + FCC):

  Quantity 2,000 pcs  : USD 2.95 / pc
  Quantity 5,000 pcs  : USD 2.70 / pc
  Quantity 10,000 pcs : USD 2.48 / pc

Lead time 40 days. Payment 30% advance, 70% against BL copy. Validity 60 days.

Thanks & Regards,
Rohit Verma
Business Development, Noida Electro Components Pvt. Ltd.
"""
_c10_old = mail("Rohit Verma <rohit.verma@noidaelectro.in>", "Ethan Brooks <ethan@mapleandvolt.ca>",
                "Quotation NEC-20PD charger", "Mon, 18 Sep 2023 12:40:00 +0530", _c10_old_text)
_c10_text = """Hi Ankit,

Forwarding the September 2023 quote from Rohit below so you can see our price history with you - he
said you are taking over our account, welcome!

To be clear: that old quote, with all its tiers (2,000 / 5,000 / 10,000 pcs), is informational only.
It was last year's price list for a different model, not an order and not released.

The current scope is unchanged: PO MV-7790 covers 40 samples of the new MV-33W-IN (33W, US plug).
Nothing beyond those 40 is released. Production needs our sample sign-off (FCC pre-scan and 72h
burn-in) and then a written production release from me with the quantity.

Looking forward to the samples.

Ethan
""" + sig("Ethan Brooks", "Director of Operations", "Maple & Volt Inc., Calgary, AB", "+1 403 555 0119")
_c10 = mail("Ethan Brooks <ethan@mapleandvolt.ca>", "Ankit Sharma <ankit.sharma@noidaelectro.in>",
            "Fwd: Quotation NEC-20PD charger (2023, for reference)", "Tue, 21 May 2024 09:15:00 -0600",
            _c10_text, attachments=[("rfc822", _c10_old)])
case("c10_forwarded_old_quote_informational", [], "old 10,000-pc quote forwarded as rfc822 and declared informational; 40 samples only, unlock = sign-off + Ethan's written release",
     [("Fwd_Quotation_NEC-20PD.eml", eml_bytes(_c10))])


# ---- c11: supplier assumes auto-conversion (quoted), buyer corrects it
_c11_supplier = """Dear Sam,

The 24 pcs samples of PP-GL16 glitter clear case are in production, finish on Friday.

After you approve the samples we will directly start the 5,000 pcs mass production, so you can catch
Prime Day. Resin and glitter powder we can prepare now.

Best regards
Coco Wu
Shenzhen Huaxin Precision Plastics Co., Ltd
"""
_c11_text = """Hi Coco,

Please don't, on both points.

Our sample sign-off does not release anything. Please build only the 24 samples on PO PP-0433, and
buy resin and glitter for those 24 only. The 5,000 pcs stay on hold until I send you a written
production release (Sam Rivera) after our drop-test sign-off, and that release will state the quantity.

If that makes Prime Day tight, tell me the latest date you need the written release and I'll push
things along on our side.

Thanks!
Sam

On Wed, May 15, 2024 at 4:18 AM Coco Wu <coco.wu@huaxin-plastics.cn> wrote:
""" + quote(_c11_supplier) + "\n" + sig("Sam Rivera", "Co-founder", "Pixel & Pine, Brooklyn NY", "+1 718 555 0166")
_c11 = mail("Sam Rivera <sam@pixelandpine.co>", "Coco Wu <coco.wu@huaxin-plastics.cn>",
            "Re: PP-GL16 samples status", "Wed, 15 May 2024 08:03:00 -0400", _c11_text,
            in_reply_to="<HX.20240515.0418@huaxin-plastics.cn>")
case("c11_quoted_autoconversion_corrected", [], "quoted supplier assumption of auto-conversion is corrected by the buyer: 24 samples only, 5,000 on hold until sign-off + Sam's written release",
     [("Re_PP-GL16_samples_status.eml", eml_bytes(_c11))])


# ---- c12: supplier says the deposit does not release production
_c12_text = """Dear Yuki-san,

Thank you for your payment. We received the 30% deposit of PI HT-PI-0530 today (US$ 6,840.00).

Please note, as agreed in our call: this deposit only reserves our anodizing line for July. It does not
release production. We only make the 10 samples of your sample order 2024051400871231. The 2,000 pcs
of HT-PI-0530 are on hold until we receive your written production release, and we have not bought
aluminium for them.

Samples will be sent by DHL on 28 May, tracking number will be updated in the order page.

Best regards,
Alice Zhou
Dongguan Hengtai Metal Products Co., Ltd.
Sales Dept. | Tel: +86 769 2288 0731 | WeChat: alicezhou_ht
"""
_c12 = mail("Alice Zhou <alice@hengtai-metal.com>", "Yuki Sato <y.sato@sorano-design.jp>",
            "Deposit received - HT-PI-0530", "Mon, 20 May 2024 16:45:00 +0800", _c12_text,
            cc="Kenji Mori <k.mori@sorano-design.jp>")
case("c12_deposit_not_release_supplier", [], "supplier: deposit only reserves capacity, does not release production; 10 samples only, 2,000 on hold",
     [("HT-PI-0530.eml", eml_bytes(_c12))])


# ---- p11: buyer contradicts her own written-release requirement
_p11_po = pdf([
    ("h1", "RIDGELINE BRANDS INC - PURCHASE ORDER RB-PO-10912"),
    ("p", "Vendor: Saigon Precision Molding JSC, Lot 23, VSIP II, Binh Duong, Vietnam.  Date: 05/28/2024.  Buyer: Lisa Park, VP Operations."),
    ("table", [
        ["Ln", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
        ["1", "RB-DM300-BLK", "Dash mount 300, suction + gel pad, MagSafe ring, DVT build", "40", "16.00", "640.00"],
    ]),
    ("sp",),
    ("p", "Scope: 40 DVT units only. The remaining 7,960 units of quote SPM-Q-0952 are not released and remain on hold until "
          "(a) DVT sign-off by Ridgeline engineering and (b) a written production release signed by Lisa Park stating the quantity."),
    ("p", "Material authority: sample-only (40 units)."),
], pagesize=LETTER, title="RB-PO-10912", author="Lisa Park")
_p11_text = """Hi Duc,

PO RB-PO-10912 attached for the dash mount DVT build, thanks for turning the quote around so fast.

Quick heads-up: I'm on PTO from June 3 to June 17 with very patchy signal. If the DVT units pass the
drop and vibration tests on your side, just roll into the full run, no need to wait for me. We really
can't miss the July FBA inbound window, and I trust your QC team after the vent mount project.

Carton labels: FBA labels will come from Josh in our warehouse team, he is cc'd.

Thanks!
Lisa
""" + sig("Lisa Park", "VP Operations", "Ridgeline Brands Inc., Denver CO", "+1 720 555 0190")
_p11 = mail("Lisa Park <lisa.park@ridgelinebrands.com>", "Tran Minh Duc <duc.tm@saigonprecision.vn>",
            "RB-PO-10912 dash mount DVT", "Tue, 28 May 2024 17:20:00 -0600", _p11_text,
            cc="Josh Meyer <josh@ridgelinebrands.com>",
            attachments=[("RB-PO-10912.pdf", _p11_po, PDF_MT)])
case("p11_buyer_roll_into_full_run", ["RG007"],
     "PO requires DVT sign-off + Lisa's written release; her email says if DVT passes on the supplier's side, roll into the full run without her",
     [("RB-PO-10912_dash_mount.eml", eml_bytes(_p11))])


# ---- p12: "our approval of the samples is your approval to produce"
_p12_text = """Hi Vivian,

PO KC-1051 attached for 30 pcs samples of the AirPods Pro leather case KC-APC-2 (15 cognac, 15 olive).
The other 2,970 pcs in your quote JY-2024-0502 are not released yet. Production needs a written
production release from me (Dana Whitfield) once we have checked the samples.

That said, I'll be at a trade show in Vegas most of June, so to keep things simple: our approval of the
samples is your approval to produce. As soon as I approve the samples by email, go straight into
production, and the written release will follow later for the paperwork.

Snap hook: please use the matte brass version, not the shiny one.

Thanks so much!
Dana
""" + sig("Dana Whitfield", "Founder", "Kestrel & Co.", "+1 503 555 0172")
_p12_po = pdf([
    ("h1", "Kestrel & Co. - Purchase Order KC-1051"),
    ("p", "Vendor: Dongguan Jiayi Leather Products Co., Ltd.    Date: 05/30/2024    Quote: JY-2024-0502"),
    ("table", [
        ["Item", "Description", "Color", "Qty", "Rate", "Amount"],
        ["KC-APC-2", "Leather case AirPods Pro 2, snap hook matte brass", "Cognac", "15", "$7.80", "$117.00"],
        ["KC-APC-2", "Leather case AirPods Pro 2, snap hook matte brass", "Olive", "15", "$7.80", "$117.00"],
    ]),
    ("p", "Samples only (30 pcs). Balance 2,970 pcs not released."),
], pagesize=LETTER, title="PO KC-1051", author="Dana Whitfield")
_p12 = mail("Dana Whitfield <dana@kestrelandco.com>", "Vivian Li <vivian@jiayi-leather.com>",
            "PO KC-1051 - AirPods case samples", "Thu, 30 May 2024 12:10:00 -0700", _p12_text,
            html=html_alt(_p12_text), attachments=[("PO_KC-1051.pdf", _p12_po, PDF_MT)])
case("p12_approval_of_samples_is_approval_to_produce", ["RG007", "RG009"],
     "'our approval of the samples is your approval to produce': sample sign-off rolls into production, and 'approval' means both technical and production release",
     [("PO_KC-1051_AirPods_case.eml", eml_bytes(_p12))])


# ---- p13: supplier reads a labelled forecast as an annual order (multi-file: forecast DOCX + supplier reply)
_p13_docx = docx_bytes([
    ("h1", "Fernweh Gear GmbH - Forecast FG-TK3 travel cable kit, 2024/25"),
    ("p", "Non-binding forecast for capacity planning only. This is not an order."),
    ("table", [
        ["Quarter", "Q3/2024", "Q4/2024", "Q1/2025", "Q2/2025", "Total"],
        ["FG-TK3 Graphite", "6.000", "6.000", "6.000", "6.000", "24.000"],
    ]),
    ("p", "Orders are placed quarterly by purchase order from Fernweh Gear GmbH, Hamburg."),
    ("p", "Felix Braun, Head of Product"),
], author="Felix Braun")
_p13_buyer = """Hi Hung,

attached our forecast for FG-TK3 for the next four quarters (non-binding, for your capacity planning
only, not an order). First PO for Q3 will follow after the sample sign-off.

Beste Grüße
Felix
"""
_p13_text = """Dear Felix,

Thank you very much for your annual order of 24,000 kits FG-TK3 Graphite.

We have reserved the line capacity and will produce in 4 batches of 6,000 pcs, first batch starting
in August, so that each batch ships at the beginning of the quarter. Our production schedule is
attached in next mail.

Please kindly sign and return our sales contract SC-HPC-2406 for the 24,000 pcs.

Best regards,
Pham Van Hung
Sales Executive | Haiphong Cable Tech Co., Ltd

On Tue, 4 Jun 2024 at 09:05, Felix Braun <felix.braun@fernweh-gear.de> wrote:
""" + quote(_p13_buyer) + "\n"
_p13 = mail("Pham Van Hung <hung.pv@haiphongcable.vn>", "Felix Braun <felix.braun@fernweh-gear.de>",
            "Re: FG-TK3 forecast 2024/25", "Tue, 04 Jun 2024 16:48:00 +0700", _p13_text,
            in_reply_to="<FG.forecast.0604@fernweh-gear.de>")
case("p13_supplier_forecast_as_annual_order", ["RG008"],
     "buyer's forecast is labelled non-binding; supplier replies thanking for the 'annual order of 24,000' and schedules four batches",
     [("Re_FG-TK3_forecast_2024-25.eml", eml_bytes(_p13)), ("FG-TK3_forecast_2024-25.docx", _p13_docx)])


# ---- p14: buyer writes a forecast as a firm commitment
_p14_text = """Hi Leo,

Q3 numbers for the TW-RG2 ring grip are in. Forecast: 6k per month for July, August and September
(18k total), split roughly 40% Sand, 35% Black, 25% Sage.

Please treat this forecast as our firm commitment and plan production accordingly, shipping monthly
to our FBA inbound in Ontario, CA (ONT8). We'll send the POs as we go, probably month by month.

FBA carton labels: max 23 kg per carton, 5-pack polybag with suffocation warning, FNSKU on each
polybag. Same as before.

Thanks,
Mia
""" + sig("Mia Chen", "Purchasing Lead", "Tidewater Supply Co., San Diego, CA", "+1 619 555 0127")
_p14 = mail("Mia Chen <mia@tidewatersupply.com>", "Leo Zhang <leo.zhang@huaxin-plastics.cn>",
            "TW-RG2 Q3 numbers", "Mon, 10 Jun 2024 15:34:00 -0700", _p14_text, html=html_alt(_p14_text))
case("p14_buyer_forecast_firm_commitment", ["RG008"],
     "buyer writes the Q3 forecast (18k) as a 'firm commitment' and asks the supplier to plan production on it",
     [("TW-RG2_Q3_numbers.eml", eml_bytes(_p14))])


# ---- p15: "approved" for the PO (finance) and for the samples (QA)
_p15_text = """Hi Kevin,

Good news on two fronts:

1. PO MT-PO-0601 for the 40 PP samples of the MT-PB20 is approved, finance signed it off this morning.
   You should have it in your inbox already.
2. Our QA approved the 40 PP samples from the first lot yesterday: capacity measured 19,600 mAh
   (rated 20,000 mAh), 65W PD negotiation OK on MacBook Air and Pixel 8, UN38.3 report accepted.

The 3,960 production units are still on hold and not released. I will send the written production
release after our board sign-off on 12 June, with the quantity.

Cheers,
Ben
""" + sig("Ben Carter", "Purchasing Manager", "Marlow Tech Ltd, London", "+44 20 7946 0812")
_p15 = mail("Ben Carter <ben.carter@marlowtech.co.uk>", "Kevin Huang <kevin.huang@rongtai-elec.com>",
            "MT-PB20 - PO and sample status", "Wed, 05 Jun 2024 10:05:00 +0100", _p15_text)
case("p15_approved_po_and_samples", ["RG009"],
     "'approved' used for the finance PO approval and for the QA sample verdict in one message; hold, event and releaser are present",
     [("MT-PB20_PO_and_sample_status.eml", eml_bytes(_p15))])


# ---- p16: reorder with no quantity
_p16_text = """Alice-san,

Thank you always for your support.

The HT-S21 stand in Space Grey is selling very well on Rakuten and Amazon.co.jp since the TV
programme last week. Please produce one more lot of Space Grey, same as the previous lot, same laser
logo and same white box.

The PO will be sent from Sato-san next week, but please start production now because of the Obon
holidays in August. We would like the goods in our Osaka warehouse before 5 August.

Best regards,
Kenji Mori
Product Lead, Sorano Design K.K.
3-6-12 Minamisemba, Chuo-ku, Osaka 542-0081
"""
_p16 = mail("Kenji Mori <k.mori@sorano-design.jp>", "Alice Zhou <alice@hengtai-metal.com>",
            "HT-S21 Space Grey one more lot", "Wed, 12 Jun 2024 10:30:00 +0900", _p16_text,
            cc="Yuki Sato <y.sato@sorano-design.jp>")
case("p16_reorder_one_more_lot_no_qty", ["RG010"],
     "buyer tells supplier to start production of 'one more lot, same as the previous lot' without stating any quantity",
     [("HT-S21_Space_Grey_one_more_lot.eml", eml_bytes(_p16))])


# ---- p17: multi-file: PO PDF says 30 samples, buyer email says 36
_p17_po = pdf([
    ("h1", "PURCHASE ORDER BLG-24-0340"),
    ("p", "Brightleaf Goods LLC, Austin, TX.  Supplier: Shenzhen Huaxin Precision Plastics Co., Ltd.  Date: June 3, 2024."),
    ("table", [
        ["Line", "SKU", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "BLG-MSC-16", "MagSafe frosted case iPhone 16, drawing BLG-MSC-16 rev A", "10", "6.60", "66.00"],
        ["2", "BLG-MSC-16P", "MagSafe frosted case iPhone 16 Pro, drawing BLG-MSC-16P rev A", "10", "6.60", "66.00"],
        ["3", "BLG-MSC-16PM", "MagSafe frosted case iPhone 16 Pro Max, drawing BLG-MSC-16PM rev A", "10", "6.90", "69.00"],
        ["", "", "Total", "30", "", "201.00"],
    ]),
    ("sp",),
    ("p", "Scope: SAMPLE, 30 golden samples. The balance of 5,970 pcs of quote HX-Q-2405-201 (6,000 pcs) is not released "
          "and stays on hold until golden sample sign-off and a written production release signed by Megan Ortiz."),
], title="PO BLG-24-0340", author="Megan Ortiz")
_p17_text = """Hi Leo,

PO BLG-24-0340 for the iPhone 16 frosted cases is attached separately. Please make the 36 samples,
12 per model, so our content team can shoot with a few while we drop-test the rest.

Anything beyond the 36 samples is on hold until the drop-test sign-off and my written release.

Frosted finish should match the chip we sent (VDI 3400 ref 27). Thanks!

Megan
""" + sig("Megan Ortiz", "Product Manager", "Brightleaf Goods LLC", "+1 512 555 0148")
_p17 = mail("Megan Ortiz <megan@brightleafgoods.com>", "Leo Zhang <leo.zhang@huaxin-plastics.cn>",
            "iPhone 16 frosted cases - samples", "Mon, 03 Jun 2024 09:55:00 -0500", _p17_text)
case("p17_po30_email36", ["RG011"],
     "PO BLG-24-0340 authorizes 30 samples, the cover email asks for 36 samples of the same order",
     [("PO_BLG-24-0340.pdf", _p17_po), ("iPhone16_frosted_samples.eml", eml_bytes(_p17))])


# ---- p18: PDF PO header says 50 sets, line table says 60 sets
_p18_pdf = pdf([
    ("h1", "PURCHASE ORDER / HACCHUSHO  AG-PO-24-0233"),
    ("p", "Aozora Goods Co., Ltd., 2-14-7 Kuramae, Taito-ku, Tokyo 111-0051, Japan"),
    ("p", "Supplier: Dongguan Mingfeng Packaging Co., Ltd.   Date: 2024/06/04   Buyer: Hana Takeda, Purchasing Manager"),
    ("p", "Order type: SAMPLE.  Sample quantity: 50 sets (gift box + paper tray + sleeve)."),
    ("table", [
        ["No.", "Item", "Specification", "Qty", "Unit USD", "Amount USD"],
        ["1", "AG-PKG-GB01", "Rigid gift box 160 x 110 x 45 mm, 1200 g greyboard, Sakura pink paper, gold foil logo", "60 sets", "3.20", "192.00"],
        ["2", "AG-PKG-TR01", "Paper pulp tray, natural, for cable organizer set", "incl.", "-", "-"],
    ]),
    ("sp",),
    ("p", "Production quantity (10,000 sets) is not released by this order. It stays on hold until sample sign-off "
          "by Aozora product team and a written production release signed by Hana Takeda."),
    ("p", "Please send the samples by EMS to Kuramae office. FSC certificate copy required."),
], title="AG-PO-24-0233", author="Hana Takeda")
case("p18_po_header50_table60", ["RG011"],
     "one sample PO states 50 sets in the header and 60 sets on the line",
     [("AG-PO-24-0233.pdf", _p18_pdf)])

# =================================================================== CASES (batch 3)

# ---- c13: supplier order acknowledgement that restates the hold (PDF)
_c13_pdf = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT  OA/SVP/24-25/0117"),
    ("p", "Sri Venkatesh Polymers Pvt. Ltd., SIDCO Industrial Estate, Ambattur, Chennai 600098, Tamil Nadu, India. "
          "GSTIN 33AAGCS4417K1ZQ. IEC 0415002231."),
    ("p", "Customer: Quillon Labs GmbH, Berlin, Germany.  Your PO: QL-PO-24-022 dated 29.05.2024.  Our ref: SVP/Q/24-25/088."),
    ("table", [
        ["Sl.", "Item", "Description", "Qty acknowledged", "Rate (EUR)", "Value (EUR)"],
        ["1", "QL-SLV-TPU", "TPU protective sleeve for earbuds case, Shore 85A, matte, 3 colours", "36 nos (EVT samples)", "2.10", "75.60"],
        ["2", "-", "Courier charges (DHL)", "1 lot", "38.00", "38.00"],
    ]),
    ("sp",),
    ("h", "Scope as acknowledged"),
    ("p", "We acknowledge PO QL-PO-24-022 as written: thirty-six (36) EVT samples only."),
    ("p", "The balance of 2,964 nos of our quotation SVP/Q/24-25/088 (3,000 nos) is not released. We will not schedule it "
          "and will not buy TPU granules or pigment for it. We understand the balance is released only by a written "
          "production release signed by Ms. Anna Kowalski, Hardware Lead, Quillon Labs, after EVT sign-off."),
    ("p", "Dispatch of EVT samples: 12.06.2024 by DHL Express. Test report (Shore hardness, tear strength per ASTM D624) enclosed with the samples."),
    ("p", "For Sri Venkatesh Polymers Pvt. Ltd. - R. Iyer, Director (Marketing)"),
], title="OA/SVP/24-25/0117", author="Ramesh Iyer")
case("c13_supplier_ack_restates_hold", [], "supplier acknowledgement restates 36 EVT samples only, 2,964 balance not released, release by Anna Kowalski after EVT sign-off",
     [("OA_SVP_24-25_0117.pdf", _c13_pdf)])


# ---- c14: full-quantity PO full of identifiers that look like quantities
_c14_txt = """HOLLOW OAK LTD                                              PURCHASE ORDER
Unit 5 Ancoats Works, 4 Jersey St, Manchester M4 6JB        Sage 200 - POP v11
=================================================================================
PO No.      : HO-PO-2317                 Date       : 03/06/2024
Supplier    : SUP-0088 Shenzhen Rongtai Electronics Co., Ltd.
Supplier ref: RT-QT-24-0611               Currency  : USD   Incoterm: FOB Shenzhen
Buyer       : T. Hughes                  Deliver to: Hollow Oak c/o Maersk CFS, Felixstowe IP11 3QP
=================================================================================
Ln  Part No.            Description                          Qty   Unit    Value
--- ------------------- ---------------------------------- ------ ------ --------
 1  HO-5000-2400-120    30W GaN charger UK plug, Pantone       800   6.85  5480.00
                        7527C housing, DWG 2500-114 REV 12
 2  HO-5000-2400-121    Tooling, one-off, ref T-2024-1000        1 1800.00  1800.00
=================================================================================
                                                     Total USD          7280.00
Notes:
- This PO is the full order for line 1 (800 pcs). There is no balance and no further
  call-off for this PO.
- Standard: BS EN IEC 62368-1:2020+A11:2020, UKCA. Cable free, PD 3.0 PPS 3.3-11V.
- Colour box per artwork HO-ART-30W v5; carton 600x400x350 mm, 40 pcs/carton,
  max 15 kg. Carton marks: HO-PO-2317 / C/No. 1-20.
- Batch code format YYWW-1000 on housing label. HS code 8504.40.9500.
- Ship window: w/c 15/07/2024. Payment 30% T/T with PO, balance on B/L copy.
=================================================================================
Authorised: Tom Hughes, Operations Director
"""
case("c14_full_po_identifier_numbers", [], "full-quantity PO (800 pcs, no balance) with part numbers, drawing rev, norms and codes that look like quantities",
     [("HO-PO-2317.txt", _c14_txt)])


# ---- c15: DOCX packaging spec sheet, no authorization
_c15_docx = docx_bytes([
    ("h1", "Packaging specification NPA-PKG-EBC-02 (rev B)"),
    ("p", "Northpeak Audio Inc., Toronto - for: Dongguan Mingfeng Packaging Co., Ltd."),
    ("p", "Product: retail packaging for silicone earbuds case cover NPA-EBC-PRO2 (3 colours)."),
    ("table", [
        ["Component", "Material", "Size (mm)", "Print / finish", "Notes"],
        ["Hang-tab box", "350 g C1S ivory board, FSC Mix", "85 x 30 x 120", "CMYK + Pantone 2955C, matte varnish", "Euro hole 32 x 8 mm"],
        ["Window", "PET 0.2 mm", "60 x 70", "-", "Glued, no fingerprints"],
        ["Insert", "Paper pulp, natural", "80 x 25 x 110", "-", "Holds case at 10 degrees"],
        ["Inner carton", "K=K 3-ply corrugated", "270 x 180 x 130", "1 colour, black", "25 boxes per inner"],
        ["Master carton", "K=K 5-ply corrugated", "560 x 380 x 280", "1 colour, black", "100 boxes per master, max 12 kg, 1,000 boxes per pallet"],
    ]),
    ("sp",),
    ("h", "Markings"),
    ("li", "UPC-A on bottom panel, 80% magnification minimum; FNSKU label applied by Northpeak warehouse, not by supplier."),
    ("li", "Bilingual (EN/FR) text per Canadian Consumer Packaging and Labelling Act; Made in China."),
    ("li", "Recycling symbols per artwork NPA-ART-PKG-02 v4."),
    ("h", "Use of this document"),
    ("p", "This specification defines what the packaging must look like. It does not order, authorize or schedule any quantity. "
          "Quantities reach you only through Northpeak purchase orders and written releases."),
    ("p", "Owner: Priya Nair, Operations Lead. Technical contact: Dev Patel, Packaging Engineer."),
], author="Dev Patel")
case("c15_docx_packaging_spec", [], "packaging spec sheet with pack-out quantities; explicitly authorizes nothing",
     [("NPA-PKG-EBC-02_revB.docx", _c15_docx)])


# ---- c16: WeChat, supplier asks to buy full material, buyer refuses with full scope
_c16_txt = """WeChat chat history export
Chat: Tina Xu 徐 (Kaiyue Silicone) & Priya Nair (Northpeak)
=====================================================

2024-06-03 10:02:11  Tina Xu 徐 (Kaiyue Silicone)
Priya 你好 ~ 

2024-06-03 10:02:40  Tina Xu 徐 (Kaiyue Silicone)
LSR silicone price going up 12% from 15 June, our material supplier just notice us. Can we buy LSR for full 5000pcs now to lock the price? Save you money 😊

2024-06-03 22:15:09  Priya Nair (Northpeak)
Hi Tina, thanks for the heads-up, appreciated!

2024-06-03 22:17:31  Priya Nair (Northpeak)
But no, please don't. Material only for the 30 samples on PO NPA-2024-090. The 4,970 are not released until our sample sign-off and my written release (Priya Nair), so no LSR for them yet.

2024-06-03 22:18:05  Priya Nair (Northpeak)
If the increase is big, send me a proposal for a staged material authority (how many pcs, what cost) and I'll take it to our finance team. Then you'd get it in writing.

2024-06-04 08:41:56  Tina Xu 徐 (Kaiyue Silicone)
ok understand 👌 only 30pcs material. I send proposal today

2024-06-04 08:42:10  Tina Xu 徐 (Kaiyue Silicone)
[Sticker]
"""
case("c16_wechat_material_refused", [], "supplier asks to buy LSR for 5,000; buyer refuses: 30 samples only, 4,970 not released until sign-off + Priya's written release",
     [("wechat_export_Kaiyue_Northpeak.txt", _c16_txt)])


# ---- c17: multi-file: complete sample PO (PDF) + supplier quote (HTML) with tiers labelled informational
_c17_po = pdf([
    ("h1", "Maple & Volt Inc. - Purchase Order MV-7802"),
    ("p", "Maple & Volt Inc., 1040 7 Ave SW, Calgary, AB T2P 1A4, Canada.  Vendor: Shenzhen Bolan Cable Technology Co., Ltd."),
    ("p", "Date: 2024-06-06.  Currency: USD.  Incoterm: DAP Calgary (FedEx)."),
    ("table", [
        ["Line", "SKU", "Description", "Qty", "Unit", "Total"],
        ["1", "MV-CC-1M", "USB-C to USB-C braided cable 1 m, 100 W, maple red", "25", "3.20", "80.00"],
        ["2", "MV-CC-2M", "USB-C to USB-C braided cable 2 m, 100 W, maple red", "25", "3.60", "90.00"],
        ["", "", "Total", "50", "", "170.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO releases fifty (50) sample cables and nothing else."),
    ("p", "The production tiers in Bolan quotation BL-Q-0602 (3,000 and 6,000 pcs) are shown for information only and are not released. "
          "All production quantity stays on hold until our sample sign-off (pull, bend and 100 W load tests) and a written production "
          "release signed by Ethan Brooks, Director of Operations, stating the quantity."),
    ("p", "Material authority: sample-only."),
], title="MV-7802", author="Ethan Brooks")
_c17_quote = html_page("Quotation BL-Q-0602", """
<h2>Shenzhen Bolan Cable Technology Co., Ltd.</h2>
<p>Quotation No. <b>BL-Q-0602</b> &middot; Date 2024-06-02 &middot; To: Maple &amp; Volt Inc. (Mr. Ethan Brooks)</p>
<table>
<tr><th>Item</th><th>Description</th><th>Samples</th><th>3,000 pcs</th><th>6,000 pcs</th></tr>
<tr><td>MV-CC-1M</td><td>USB-C/USB-C 1 m, 100 W, nylon braid, custom colour</td><td>US$ 3.20</td><td>US$ 1.42</td><td>US$ 1.31</td></tr>
<tr><td>MV-CC-2M</td><td>USB-C/USB-C 2 m, 100 W, nylon braid, custom colour</td><td>US$ 3.60</td><td>US$ 1.78</td><td>US$ 1.64</td></tr>
</table>
<p>Custom colour MOQ 3,000 pcs per colour. Sample lead time 7 days, production 25 days after production order.</p>
<p>Packing: velcro tie + kraft sleeve, 100 pcs / carton. Validity 30 days.</p>
<p>Jason Liu &middot; Sales Manager &middot; jason.liu@bolancable.com</p>
""")
case("c17_po_plus_quote_tiers_informational", [], "multi-file: sample PO (50) says the quote tiers are information only and not released, with unlock event and named releaser; quote HTML has tiers",
     [("MV-7802.pdf", _c17_po), ("BL-Q-0602.html", _c17_quote)])


# ---- c18: Japanese buyer partial production release, all four elements
_c18_text = """Dear Mr. Duc,

Thank you for your cooperation on the SD-PS5 phone stand.

We hereby issue Production Release No. SD-R-0042 for the SD-PS5 (Matte White), as follows.

  - Released quantity: 3,000 pcs (three thousand pieces)
  - Basis: DVT sign-off by our product team on 10 June 2024 (report SD-DVT-0610)
  - Delivery: FOB Ho Chi Minh City, ETD 26 July 2024
  - Not released: the remaining 7,000 pcs of quotation SPM-Q-0960 (10,000 pcs) stay on hold.
    They will be released only by a next written production release from Yuki Sato (Procurement
    Manager), after our sell-through review at the end of August.
  - Material authority: material for the released 3,000 pcs only.

Please confirm this release by return e-mail.

Best regards,
Yuki Sato
Procurement Manager
Sorano Design K.K.
3-6-12 Minamisemba, Chuo-ku, Osaka 542-0081, Japan
TEL +81-6-6555-0144
"""
_c18 = mail("Yuki Sato <y.sato@sorano-design.jp>", "Tran Minh Duc <duc.tm@saigonprecision.vn>",
            "[Production Release SD-R-0042] SD-PS5 Matte White 3,000 pcs", "Wed, 12 Jun 2024 13:30:00 +0900",
            _c18_text, html=html_alt(_c18_text), cc="Kenji Mori <k.mori@sorano-design.jp>")
case("c18_japanese_partial_release", [], "written production release 3,000 of 10,000; 7,000 on hold until next written release by Yuki Sato after sell-through review",
     [("SD-R-0042_SD-PS5.eml", eml_bytes(_c18))])


# ---- p19: trade-assurance order page says 20 samples, buyer remark says 25
_p19_body = """
<div><b>Trade Assurance</b> &middot; Order details</div>
<h2>Order No. 2024060700915508</h2>
<p>Status: <b>Awaiting shipment</b></p>
<table>
<tr><th>Buyer</th><td>Pixel &amp; Pine (Brooklyn, NY, USA) &middot; Sam Rivera</td></tr>
<tr><th>Supplier</th><td>Shenzhen Kaiyue Silicone Products Co., Ltd. &middot; Verified Supplier &middot; Tina Xu</td></tr>
<tr><th>Order type</th><td>Sample order</td></tr>
</table>
<h3>Products</h3>
<table>
<tr><th>Product</th><th>Variation</th><th>Quantity</th><th>Unit price</th><th>Subtotal</th></tr>
<tr><td>Silicone phone lanyard with card pocket, custom debossed logo</td><td>5 colours (mixed)</td><td>20 Pieces</td><td>US$ 3.50</td><td>US$ 70.00</td></tr>
<tr><td>Shipping</td><td>DHL Express</td><td></td><td></td><td>US$ 38.00</td></tr>
<tr><th colspan="4">Total</th><th>US$ 108.00</th></tr>
</table>
<h3>Buyer's remarks</h3>
<div class="note">
As agreed with Tina on chat: 25 samples, 5 per colour (black, bone, sage, dusty pink, cobalt).
Sample order only - the 3,000 pcs mass production quantity from your quote KY-Q-0601 is not released.
Mass production only after our sample sign-off and a written production release from Sam Rivera.
</div>
<h3>Logistics</h3>
<p>Ship to: Pixel &amp; Pine, 55 Washington St, Unit 310, Brooklyn, NY 11201. Estimated delivery: 6-9 days.</p>
"""
case("p19_order_page20_remark25", ["RG011"],
     "sample order page states 20 pieces while the buyer's remark on the same order authorizes 25 samples",
     [("order_2024060700915508.html", html_page("Order 2024060700915508", _p19_body))])


# ---- p20: WhatsApp, buyer sends deposit and says start production
_p20_txt = """[07/06/2024, 09:14:02] Alice Zhou Hengtai: Good morning Liam! PI HT-PI-0607 for the laptop stand JR-LS1, 3,000 pcs, is sent to your email 📧
[07/06/2024, 09:14:40] Alice Zhou Hengtai: 30% deposit, balance before shipment. Lead time 30 days
[07/06/2024, 09:20:55] Liam Foster: Morning Alice! Got it, thanks
[07/06/2024, 09:21:30] Liam Foster: The samples arrived yesterday btw, the hinge feels lovely, the team loved them
[07/06/2024, 11:47:12] Liam Foster: Deposit for the 3,000 pcs sent this morning, TT copy attached 💸
[07/06/2024, 11:47:20] Liam Foster: <attached: 00000014-PHOTO-2024-06-07-11-47-20.jpg>
[07/06/2024, 11:47:58] Liam Foster: Please start production! Need them in Felixstowe for our Prime Day restock
[07/06/2024, 11:52:30] Alice Zhou Hengtai: Thank you Liam 🙏 we will check with finance when received
[07/06/2024, 11:53:01] Alice Zhou Hengtai: Carton label same as sample? FBA label or your own label?
[07/06/2024, 12:10:44] Liam Foster: FBA labels, I'll send them Monday
"""
case("p20_whatsapp_deposit_start_production", ["RG012"],
     "buyer treats the deposit transfer as the start signal: 'Deposit for the 3,000 pcs sent ... Please start production!' with no PO or release",
     [("WhatsApp_Chat_Alice_Zhou_Hengtai.txt", _p20_txt)])


# ---- p21: supplier takes PO acceptance as confirmation to start mass production
_p21_buyer = """Dear Ankit,

Please find PO MT-PO-0615 for 20 pcs engineering samples of the MT-PB10 PCBA (rev C).

The 4,000 pcs production quantity from your quotation NEC/Q/24/131 is not released by this PO. It
stays on hold until our EVT sign-off and a written production release from me, Ben Carter.

Kind regards,
Ben
"""
_p21_text = """Dear Mr. Ben,

Greetings from Noida Electro Components!

We are pleased to accept your PO MT-PO-0615. As per our standard practice, acceptance of the PO is
taken as confirmation to commence mass production of the 4,000 pcs as per our quotation NEC/Q/24/131,
along with the 20 samples. This will help us to meet your requested delivery in August.

We shall share the weekly production report every Monday.

Thanks & Regards,
Ankit Sharma
Key Account Manager
Noida Electro Components Pvt. Ltd.
Plot C-58, Sector 63, Noida 201301, U.P., India | +91 120 455 0172

-----Original Message-----
From: Ben Carter <ben.carter@marlowtech.co.uk>
Sent: 10 June 2024 14:22
Subject: PO MT-PO-0615 engineering samples

""" + quote(_p21_buyer) + "\n"
_p21 = mail("Ankit Sharma <ankit.sharma@noidaelectro.in>", "Ben Carter <ben.carter@marlowtech.co.uk>",
            "RE: PO MT-PO-0615 engineering samples", "Tue, 11 Jun 2024 11:05:00 +0530", _p21_text,
            in_reply_to="<MT0615.ben@marlowtech.co.uk>")
case("p21_supplier_po_acceptance_starts_mp", ["RG012"],
     "buyer's PO is sample-only with full hold; supplier says acceptance of the PO is confirmation to start mass production of 4,000",
     [("RE_PO_MT-PO-0615.eml", eml_bytes(_p21))])


# ---- p23: PDF PO with a 2,000-pc line and a note asking for 20 samples first
_p23_pdf = pdf([
    ("h1", "Cobalt Street Inc. - Purchase Order CS-0087"),
    ("p", "Cobalt Street Inc., 1201 Westlake Ave N, Seattle, WA 98109"),
    ("p", "Vendor: Shenzhen Bolan Cable Technology Co., Ltd.    PO date: 06/10/2024    Payment: T/T 30/70"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price", "Amount"],
        ["CS-MAG-2M", "Magnetic-tip charging cable 2 m, USB-C + Lightning + Micro tips, 60 W, midnight blue", "2,000", "$1.85", "$3,700.00"],
        ["CS-MAG-TIN", "Storage tin with debossed logo", "2,000", "$0.40", "$800.00"],
        ["", "", "", "Total", "$4,500.00"],
    ]),
    ("sp",),
    ("p", "Notes: Please send 20 pcs samples first by DHL so our team can shoot photos for the Amazon listing. "
          "Logo artwork: CS-LOGO-v2.ai. Cable tie: black velcro."),
    ("p", "Nora Lindqvist, Founder"),
], pagesize=LETTER, title="PO CS-0087", author="Nora Lindqvist")
case("p23_po_2000_line_samples_first", ["RG001", "RG003", "RG004", "RG005"],
     "PO lines carry 2,000 pcs while the note asks for 20 samples first; nothing says the 2,000 is not released, no unlock event, no releaser",
     [("PO_CS-0087.pdf", _p23_pdf)])


# ---- p24: HTML PO from an inventory tool, sample line plus an unlabelled production line
_p24_body = """
<h2>Purchase Order TW-5581</h2>
<p><b>Tidewater Supply Co.</b> &middot; 3570 Kurtz St, San Diego, CA 92110<br>
Supplier: Shenzhen Kaiyue Silicone Products Co., Ltd. (Tina Xu)<br>
Issued: 2024-06-11 &middot; Status: <b>Sent to supplier</b> &middot; Payment terms: 30% deposit / 70% before shipment</p>
<table>
<tr><th>#</th><th>SKU</th><th>Item</th><th>Qty</th><th>Unit cost</th><th>Total</th><th>Expected</th></tr>
<tr><td>1</td><td>TW-PS-01-S</td><td>Silicone phone strap with metal clip - sample</td><td>15</td><td>$4.00</td><td>$60.00</td><td>2024-06-25</td></tr>
<tr><td>2</td><td>TW-PS-01</td><td>Silicone phone strap with metal clip - production (per quote KY-Q-0605)</td><td>4,000</td><td>$0.92</td><td>$3,680.00</td><td>2024-08-09</td></tr>
<tr><th colspan="5">Total</th><th>$3,740.00</th><th></th></tr>
</table>
<p><b>Note to supplier:</b> This PO is for the samples. Please ship the 15 samples by DHL to our office and
include the Pantone chips for the 5 colours.</p>
<p><b>Ship to (production):</b> Amazon FBA ONT8, 24300 Nandina Ave, Moreno Valley, CA 92551</p>
<p style="color:#777">Generated by Cin7 Core &middot; PO TW-5581 &middot; page 1/1</p>
"""
case("p24_html_po_sample_and_production_lines", ["RG001", "RG003", "RG004", "RG005"],
     "PO says it is for the 15 samples but prints a 4,000-pc production line with no hold, no unlock event, no releaser",
     [("PO_TW-5581.html", html_page("Purchase Order TW-5581", _p24_body))])


# ---- p26: multi-file: DOCX sample PO + TXT supplier quote, PO silent on balance
_p26_docx = docx_bytes([
    ("h1", "LumaDock Inc. - Purchase Order LD-2024-044"),
    ("p", "LumaDock Inc., 1280 Homer St, Vancouver, BC V6B 2Y5, Canada"),
    ("p", "Supplier: Saigon Precision Molding JSC, Binh Duong, Vietnam - Attn. Ms. Nguyen Thi Lan"),
    ("p", "Date: June 12, 2024.  Reference: your quotation SPM-Q-0971 (attached)."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "LD-DS3-BASE", "DS-3 cable management base, PC/ABS, matte black, weighted insert", "25", "9.00", "225.00"],
        ["2", "LD-DS3-LID", "DS-3 magnetic lid, PC/ABS, matte black", "25", "4.50", "112.50"],
    ]),
    ("sp",),
    ("p", "EVT samples as per attached quote. Ship by UPS to Vancouver office. Please label each set with the cavity number."),
    ("p", "Marcus Lee, Operations Coordinator"),
], author="Marcus Lee")
_p26_quote = """SAIGON PRECISION MOLDING JSC
Lot 23, VSIP II, Binh Duong Province, Vietnam      Tel +84 274 3555 019
------------------------------------------------------------------------
QUOTATION No. SPM-Q-0971                           Date: 05 Jun 2024
Customer: LumaDock Inc. (Vancouver)                Attn: Mr. Marcus Lee
------------------------------------------------------------------------
Part          Description                     EVT (25 sets)   MP (5,000 sets)
LD-DS3-BASE   base PC/ABS, weighted insert    USD 9.00        USD 2.35
LD-DS3-LID    magnetic lid PC/ABS             USD 4.50        USD 0.98
Tooling       2 x single cavity, P20 steel    --              USD 7,800
------------------------------------------------------------------------
Lead time: EVT 15 days after PO; MP 30 days.
Payment: EVT 100% T/T; MP 30% deposit, 70% before shipment.
Validity: 45 days.
Nguyen Thi Lan - Sales Manager
"""
case("p26_docx_po_with_quote_txt", ["RG001", "RG003", "RG004", "RG005"],
     "multi-file: EVT PO for 25 sets refers to the attached quote that shows MP 5,000 sets; nothing on hold, no unlock event, no releaser",
     [("LD-2024-044.docx", _p26_docx), ("SPM-Q-0971.txt", _p26_quote)])


# ---- p27: multi-file: PO PDF says 25 samples, cover email says 20; no hold, event or releaser
_p27_po = pdf([
    ("h1", "Cobalt Street Inc. - Purchase Order CS-0091"),
    ("p", "Vendor: Dongguan Hengtai Metal Products Co., Ltd.    PO date: 06/13/2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price", "Amount"],
        ["CS-STD-MAG", "Aluminium MagSafe desk stand, silver", "13", "$11.00", "$143.00"],
        ["CS-STD-MAG", "Aluminium MagSafe desk stand, space grey", "12", "$11.00", "$132.00"],
        ["", "Total", "25", "", "$275.00"],
    ]),
    ("p", "Samples. DHL to Seattle office. Laser logo on back plate."),
    ("p", "Nora Lindqvist, Founder"),
], pagesize=LETTER, title="PO CS-0091", author="Nora Lindqvist")
_p27_text = """Hi Alice,

PO CS-0091 attached for the 20 samples of the MagSafe desk stand, 10 silver and 10 space grey.

Could you also send a couple of spare silicone pads? Our photographer always loses one.

Thanks!
Nora
""" + sig("Nora Lindqvist", "Founder", "Cobalt Street Inc., Seattle WA", "+1 206 555 0181")
_p27 = mail("Nora Lindqvist <nora@cobaltstreet.com>", "Alice Zhou <alice@hengtai-metal.com>",
            "PO CS-0091 stand samples", "Thu, 13 Jun 2024 15:44:00 -0700", _p27_text)
case("p27_po25_email20_no_scope", ["RG003", "RG004", "RG005", "RG011"],
     "multi-file: sample PO says 25 stands, cover email says 20; neither says the rest is not released, names an unlock event or a releaser",
     [("PO_CS-0091.pdf", _p27_po), ("PO_CS-0091_stand_samples.eml", eml_bytes(_p27))])


# ---- p32: WhatsApp, active qty + hold, but no unlock event and no releaser
_p32_txt = """[11/06/2024, 22:03:17] Leo Zhang Huaxin: Hi Ryan, Megan is on holiday right? The iPhone 16 clear case 12 samples ready tomorrow. Our MP line is free from 20 June, how many we run?
[11/06/2024, 22:40:51] Ryan Cole: Hey Leo, yes she's in Portugal till the 24th
[11/06/2024, 22:41:30] Ryan Cole: Only the 12 samples for now please. The 1,988 balance stays on hold 🙏
[11/06/2024, 22:41:59] Ryan Cole: Send them FedEx to Austin, same account
[11/06/2024, 22:45:12] Leo Zhang Huaxin: OK Ryan 👍 12 pcs only. Ship tomorrow
[11/06/2024, 22:45:40] Leo Zhang Huaxin: FedEx tracking I send you tomorrow
"""
case("p32_whatsapp_hold_no_event_no_releaser", ["RG004", "RG005"],
     "12 samples only, 1,988 balance on hold, but no event that unlocks it and nobody named to release it",
     [("WhatsApp_Chat_with_Leo_Zhang_Huaxin.txt", _p32_txt)])


# ---- p41: WeChat, supplier cut the felt for all 3,000
_p41_txt = """WeChat chat history export
Chat: Felix Braun (Fernweh Gear) & Vivian Li 李 (Jiayi)
=====================================================

2024-06-05 16:20:12  Felix Braun (Fernweh Gear)
Hi Vivian, PO FG-2406-03 is out: 30 samples of the felt tech organizer FG-ORG2 (anthracite). The other 2,970 pcs are not released - they stay on hold until we sign off the samples and I send a written production release.

2024-06-05 16:35:48  Vivian Li 李 (Jiayi)
ok Felix received 👍 30pcs samples we make this week

2024-06-05 16:36:10  Vivian Li 李 (Jiayi)
felt 3mm anthracite + PU leather tab, same as photo?

2024-06-05 16:50:31  Felix Braun (Fernweh Gear)
yes exactly

2024-06-11 19:02:55  Vivian Li 李 (Jiayi)
Felix 晚上好, samples finish, photo below

2024-06-11 19:03:10  Vivian Li 李 (Jiayi)
[Photo]

2024-06-11 19:04:47  Vivian Li 李 (Jiayi)
btw we already cut the felt for all 3000 pcs when we cut the samples, very efficient haha 😄 same dye lot, so color no problem later

2024-06-11 21:30:02  Felix Braun (Fernweh Gear)
Hm. Let's talk tomorrow morning your time.
"""
case("p41_wechat_felt_cut_for_all", ["RG006"],
     "30 samples released with full hold; supplier reports felt already cut for all 3,000 pcs",
     [("wechat_export_Fernweh_Jiayi.txt", _p41_txt)])

# =================================================================== CASES (batch 4)

# ---- c19: interim sample disposition with limits + limited release, all four elements (PDF with tables)
_c19_pdf = pdf([
    ("h1", "Ridgeline Brands - Sample disposition and production release"),
    ("p", "Part: RB-VM200-BLK vent mount 200 magnetic, DWG RB-VM200 REV 04.  Supplier: Saigon Precision Molding JSC.  "
          "PO: RB-PO-10877 (40 EVT samples) and RB-PO-10931 (production, 8,000 pcs commercial cover)."),
    ("h", "1. Sample disposition (engineering)"),
    ("table", [
        ["Field", "Entry"],
        ["Disposition", "INTERIM"],
        ["Deviation", "Magnet pull force 8.2 N measured vs 9.0 N minimum (DWG note 7); all other checks pass"],
        ["Limits", "Valid for max. 500 pcs and until June 30, 2024, whichever comes first"],
        ["Corrective action", "Supplier to change to N52 disc 20 x 2.5 mm (rev 05), re-test 10 pcs"],
        ["Signed", "Arjun Mehta, Product Engineer, 06/07/2024"],
    ]),
    ("sp",),
    ("h", "2. Production release RB-REL-0031"),
    ("table", [
        ["Field", "Entry"],
        ["Released quantity", "500 pcs (FBA launch batch), within the interim limits above"],
        ["Not released", "7,500 pcs of RB-PO-10931 stay on hold"],
        ["Unlock event for the balance", "Final sample sign-off on rev 05 parts, then a written production release"],
        ["Release authority", "Lisa Park, VP Operations (limit 10,000 pcs)"],
        ["Material authority", "Material for the 500 released pcs; N52 rev 05 discs staged up to 2,000 pcs at Ridgeline liability"],
        ["Signed", "Lisa Park, 06/07/2024"],
    ]),
    ("sp",),
    ("p", "The interim disposition by itself releases nothing; only release RB-REL-0031 above authorizes production."),
], pagesize=LETTER, title="RB-REL-0031", author="Lisa Park")
case("c19_interim_disposition_limited_release", [], "interim disposition with 500 pcs / date limits, release of 500, 7,500 on hold until final sign-off + written release by Lisa Park, explicit staged material authority",
     [("RB-REL-0031.pdf", _c19_pdf)])


# ---- c20: supplier weekly status report attached as TXT; MP not started, no material bought
_c20_report = """SAIGON PRECISION MOLDING JSC - WEEKLY PROJECT REPORT  (WK 24 / 2024)
Customer : Hollow Oak Ltd        Project : HO-ST3 3-in-1 charging stand
PO       : HO-PO-2291 (24 DVT units)
---------------------------------------------------------------------
Item                         Status         Remark
---------------------------------------------------------------------
T2 tool modification         DONE           texture MT-11010 OK
DVT build 24 units           DONE           shipped DHL 31/05, AWB 7789 2214 05
Cosmetic report              DONE           2 units with veneer edge lift, fixed
MP (remaining 2,976 units)   NOT STARTED    waiting for your written production release
MP material                  NOT PURCHASED  no resin / veneer / coils bought for MP
Packaging (colour box)       ARTWORK ONLY   printing not started
---------------------------------------------------------------------
Open points for Hollow Oak:
 1. DVT sign-off result (your engineering) - expected wk 25
 2. Decision on walnut vs. oak veneer for the EU version
Prepared by: Nguyen Thi Lan, 14/06/2024
"""
_c20_text = """Dear Tom,

Please find attached our weekly report for wk 24.

Summary: DVT units delivered, no MP started and no MP material purchased. We wait for your DVT
sign-off and your written production release.

Best regards,
Nguyen Thi Lan
Sales Manager, Saigon Precision Molding JSC
"""
_c20 = mail("Nguyen Thi Lan <lan.nt@saigonprecision.vn>", "Tom Hughes <tom.hughes@hollowoak.co.uk>",
            "Weekly report wk24 - HO-ST3", "Fri, 14 Jun 2024 17:05:00 +0700", _c20_text,
            attachments=[("SPM_weekly_report_wk24.txt", _c20_report, TXT_MT)])
case("c20_supplier_weekly_report_no_mp", [], "supplier status report: DVT done, MP not started and no MP material bought, waiting for written release",
     [("Weekly_report_wk24_HO-ST3.eml", eml_bytes(_c20))])


# ---- c21: full-quantity PO, green light scoped to the full quantity (EML + DOCX attachment)
_c21_docx = docx_bytes([
    ("h1", "Juniper Row Ltd - Purchase Order JR-PO-0049"),
    ("p", "Juniper Row Ltd, 14 Canal Wharf, Leeds LS11 5PS, United Kingdom"),
    ("p", "Supplier: Shenzhen Kaiyue Silicone Products Co., Ltd.  Date: 12/06/2024  Currency: USD  Incoterm: FOB Shenzhen"),
    ("table", [
        ["Line", "SKU", "Description", "Qty", "Unit", "Total"],
        ["1", "JR-AT-SIL-SG", "Silicone AirTag holder with keyring, sage", "600", "0.78", "468.00"],
        ["2", "JR-AT-SIL-BK", "Silicone AirTag holder with keyring, black", "600", "0.78", "468.00"],
        ["", "", "Total", "1,200", "", "936.00"],
    ]),
    ("sp",),
    ("p", "This is the complete production order: 1,200 pcs. Same spec and packing as our 2023 order JR-PO-0031. "
          "No samples stage and no further release documents."),
    ("p", "Packing: OPP bag with FNSKU label, 100 pcs per carton. Ship to our forwarder in Shenzhen (details to follow)."),
], author="Liam Foster")
_c21_text = """Hi Tina,

PO JR-PO-0049 attached. Green light for the full 1,200 pcs on this PO (600 sage, 600 black), that's
the whole order, same as last year's run, so no samples this time.

Could you send a photo of the first carton with the FNSKU labels on before it goes to the forwarder?

Cheers,
Liam
""" + sig("Liam Foster", "Director", "Juniper Row Ltd, Leeds", "+44 113 496 0715")
_c21 = mail("Liam Foster <liam@juniperrow.co.uk>", "Tina Xu <tina.xu@kaiyue-silicone.com>",
            "PO JR-PO-0049 AirTag holders", "Wed, 12 Jun 2024 09:40:00 +0100", _c21_text,
            attachments=[("JR-PO-0049.docx", _c21_docx, DOCX_MT)])
case("c21_full_po_green_light_scoped", [], "full-quantity production PO (1,200 pcs, no balance); 'green light' names the full quantity",
     [("PO_JR-PO-0049_AirTag_holders.eml", eml_bytes(_c21))])


# ---- c22: HTML buyer portal PO: sample line released, production line on hold with unlock + owner
_c22_body = """
<h2>Quillon Labs GmbH &middot; Supplier portal</h2>
<p>Purchase order <b>QL-PO-24-027</b> &middot; Supplier: Noida Electro Components Pvt. Ltd. &middot; Created 17.06.2024 &middot; Buyer: Anna Kowalski</p>
<table>
<tr><th>Pos.</th><th>Article</th><th>Description</th><th>Qty</th><th>Scope</th><th>Production status</th></tr>
<tr><td>10</td><td>QL-CRD-C2</td><td>USB-C charging cradle rev C, DVT build</td><td>20</td><td>Sample</td><td>Released (20 pcs)</td></tr>
<tr><td>20</td><td>QL-CRD-C2</td><td>USB-C charging cradle rev C, production</td><td>2,480</td><td>Production</td><td>ON HOLD - not released</td></tr>
</table>
<div class="note">
<p><b>Position 20 is commercial cover only.</b> Do not start production and do not buy material for it.</p>
<p>Unlock event: DVT sign-off (thermal at 45 &deg;C, drop 1 m, CE-RED pre-scan) followed by a written production release.</p>
<p>Release authority: Anna Kowalski, Hardware Lead (up to 5,000 pcs). The written release will state the quantity.</p>
<p>Material authority: sample-only (20 pcs).</p>
</div>
<p>Please acknowledge this PO in the portal within 3 working days.</p>
"""
case("c22_portal_po_line_on_hold", [], "portal PO: sample line released (20), production line 2,480 on hold with unlock event and Anna Kowalski as release authority",
     [("QL-PO-24-027_portal.html", html_page("QL-PO-24-027", _c22_body))])


# ---- p33: PDF release letter that releases "the balance" without a quantity
_p33_pdf = pdf([
    ("h1", "Northpeak Audio Inc."),
    ("p", "215 Spadina Ave, Suite 400, Toronto, ON M5T 2C7, Canada"),
    ("sp",),
    ("p", "June 18, 2024"),
    ("p", "Shenzhen Kaiyue Silicone Products Co., Ltd., Attn. Ms. Tina Xu"),
    ("p", "Re: Production release - PO NPA-2024-072, NPA-EBC-AIR silicone cover"),
    ("sp",),
    ("p", "Dear Tina,"),
    ("p", "Following our sample sign-off on June 14 (colour match, Shore A 52, 1.5 m drop with case inside: pass), "
          "we hereby release the balance of PO NPA-2024-072 for production."),
    ("p", "Please ship in two lots: the first lot to our FBA inbound at YYZ4, the second to our 3PL in Mississauga. "
          "Carton labels will follow from our logistics team. Colour split as discussed on our call."),
    ("p", "Thank you for the quick sample turnaround."),
    ("sp",),
    ("p", "Priya Nair, Operations Lead, Northpeak Audio Inc."),
], pagesize=LETTER, title="Production release NPA-2024-072", author="Priya Nair")
case("p33_release_letter_balance_no_qty", ["RG010"],
     "release letter releases 'the balance of PO NPA-2024-072' without stating any quantity",
     [("Release_NPA-2024-072.pdf", _p33_pdf)])


# ---- p36: Alibaba messenger export, payment = start the remaining pcs, no quantity
_p36_txt = """Alibaba.com Messenger - conversation export
Between: Nora Lindqvist (Cobalt Street Inc.) and Jason Liu (Shenzhen Bolan Cable Technology Co., Ltd.)
Exported: 2024-06-21

[2024-06-19 08:12] Jason Liu: Hi Nora, did the magnetic cable samples arrive? DHL shows delivered
[2024-06-19 08:13] Jason Liu: When can we start the rest?
[2024-06-19 18:40] Nora Lindqvist: Hi Jason! Yes they arrived, photos came out great
[2024-06-20 17:05] Nora Lindqvist: Just paid the rest of the sample invoice and the deposit on PI BL-PI-0620, TT copy attached
[2024-06-20 17:05] Nora Lindqvist: [File] TT_copy_BL-PI-0620.pdf
[2024-06-20 17:06] Nora Lindqvist: So you can start the remaining pcs now 🙌
[2024-06-20 17:30] Jason Liu: Received, thank you Nora! We arrange
[2024-06-20 17:31] Jason Liu: Same midnight blue and tin packing as samples right?
[2024-06-20 17:45] Nora Lindqvist: yes same same
"""
case("p36_messenger_paid_start_remaining", ["RG010", "RG012"],
     "buyer's payment message is the start signal ('paid ... so you can start the remaining pcs') and no quantity is stated",
     [("alibaba_messenger_Cobalt_Bolan.txt", _p36_txt)])


# ---- p37: Trade Assurance page, deposit read as production start, material bought for all
_p37_body = """
<div><b>Trade Assurance</b> &middot; Order details</div>
<h2>Order No. 2024061001288764</h2>
<p>Status: <b>In production</b></p>
<table>
<tr><th>Buyer</th><td>Nordlicht Audio GmbH (Köln, Germany) &middot; Hannah Weiss</td></tr>
<tr><th>Supplier</th><td>Shenzhen Kaiyue Silicone Products Co., Ltd. &middot; Tina Xu</td></tr>
</table>
<h3>Products</h3>
<table>
<tr><th>Product</th><th>Specification</th><th>Quantity</th><th>Unit price</th><th>Subtotal</th></tr>
<tr><td>Silicone cover for earbuds charging case - PP samples</td><td>Liquid silicone, matte, 4 colours, debossed logo</td><td>20 Pieces</td><td>US$ 3.00</td><td>US$ 60.00</td></tr>
<tr><td>Silicone cover for earbuds charging case - mass production (ON HOLD, not released)</td><td>same</td><td>1,980 Pieces</td><td>US$ 0.95</td><td>US$ 1,881.00</td></tr>
<tr><th colspan="4">Order total</th><th>US$ 1,941.00</th></tr>
</table>
<h3>Payment</h3>
<p>Deposit 30% (US$ 582.30) paid on 2024-06-10. Balance due before shipment.</p>
<h3>Buyer's remarks</h3>
<div class="note">
Deposit is paid only to reserve your capacity for Q3. It is not a production release.
Released now: the 20 PP samples only. The 1,980 pcs stay on hold until our PP sample sign-off and a written
production release from Hannah Weiss (Head of Operations).
</div>
<h3>Order progress</h3>
<table>
<tr><th>Date</th><th>By</th><th>Update</th></tr>
<tr><td>2024-06-10</td><td>Buyer</td><td>Order placed, deposit paid</td></tr>
<tr><td>2024-06-11</td><td>Supplier</td><td>Deposit received, thank you! Production arranged according to the order quantity.</td></tr>
<tr><td>2024-06-12</td><td>Supplier</td><td>Raw material (LSR + colour master batch) purchased for 2,000 pcs.</td></tr>
<tr><td>2024-06-14</td><td>Supplier</td><td>Moulding started. PP samples will ship with the first lot.</td></tr>
</table>
"""
case("p37_trade_assurance_deposit_in_production", ["RG006", "RG012"],
     "buyer remark says deposit is not a release and 1,980 are on hold; supplier's progress log treats the deposit as the start, buys material for 2,000 and starts moulding",
     [("order_2024061001288764.html", html_page("Order 2024061001288764", _p37_body))])


# ---- p38: buyer: payment after sample pass is the go for MP
_p38_text = """Hi Hung,

PO FG-2406-07 is attached: 30 samples of the FG-TK3 Graphite kit for our final tests. The remaining
2,970 kits in your quote are not released, they stay on hold until our sample sign-off and my written
release.

A practical arrangement, because Hamburg is slow in summer: once the samples pass our tests, we will pay
the 30% deposit on your PI, and that payment is your signal to start the mass production. No separate
paper needed, the bank transfer says it all.

Zipper pull: darker grey as agreed. Please also add a silica gel bag per pouch.

Beste Grüße
Felix
""" + sig("Felix Braun", "Head of Product", "Fernweh Gear GmbH, Hamburg", "+49 40 555 0193")
_p38_po = pdf([
    ("h1", "Fernweh Gear GmbH - Bestellung FG-2406-07"),
    ("p", "Lieferant: Haiphong Cable Tech Co., Ltd., Hai Phong, Vietnam.   Datum: 18.06.2024"),
    ("table", [
        ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis USD", "Wert USD"],
        ["1", "FG-TK3-GR", "Travel cable kit, Graphite, pouch + 3 cables + adapter", "30", "14,00", "420,00"],
    ]),
    ("p", "Muster / samples: 30 Stk. Rest der Angebotsmenge nicht freigegeben (not released)."),
], title="FG-2406-07", author="Felix Braun")
_p38 = mail("Felix Braun <felix.braun@fernweh-gear.de>", "Pham Van Hung <hung.pv@haiphongcable.vn>",
            "FG-2406-07 samples + how we start MP", "Tue, 18 Jun 2024 10:12:00 +0200", _p38_text,
            attachments=[("FG-2406-07.pdf", _p38_po, PDF_MT)])
case("p38_deposit_after_sample_pass_starts_mp", ["RG007", "RG012"],
     "buyer sets a written-release hold, then says that once samples pass, the deposit payment itself is the signal to start MP",
     [("FG-2406-07_samples.eml", eml_bytes(_p38))])


# ---- p42: supplier status report PDF: material for 10,000 in stock, MP will start after GS approval
_p42_pdf = pdf([
    ("h1", "PROJECT STATUS REPORT - BLG-MSC-16 series"),
    ("p", "Shenzhen Huaxin Precision Plastics Co., Ltd. to Brightleaf Goods LLC (Megan Ortiz).  Date: 2024-06-17.  Prepared by: Coco Wu."),
    ("p", "Order: PO BLG-24-0355 - golden samples 30 pcs. MP quantity on hold per your PO."),
    ("table", [
        ["Item", "Status", "Date", "Remark"],
        ["Golden samples 30 pcs", "Finished", "06-14", "Sent by DHL 06-15, AWB 4410 2287 61"],
        ["Mould (2 x 4 cavities)", "T2 OK", "06-10", "Frosted texture VDI 27 matches your chip"],
        ["Raw material PC + TPU", "In warehouse", "06-12", "Bought for 10,000 pcs to lock price and colour lot"],
        ["N52 magnet rings", "In warehouse", "06-12", "10,000 pcs, magnetization test OK"],
        ["Mass production", "Planned", "-", "Will start automatically 3 days after golden sample approval"],
    ]),
    ("sp",),
    ("p", "Remarks: to catch your Prime Day FBA inbound, please send golden sample approval by 06-25. "
          "Packaging printing will be arranged together with MP."),
], title="Status BLG-MSC-16", author="Coco Wu")
case("p42_status_report_material_and_auto_start", ["RG006", "RG007"],
     "supplier report: 30 golden samples only released, yet PC/TPU and magnets bought for 10,000 and MP 'will start automatically' after golden sample approval",
     [("Huaxin_status_BLG-MSC-16.pdf", _p42_pdf)])


# ---- p43: multi-file: release DOCX invites staging material for the rest; supplier confirms buying for 5,000
_p43_docx = docx_bytes([
    ("h1", "Production release MT-REL-0107"),
    ("p", "Marlow Tech Ltd, London  ->  Dongguan Mingfeng Packaging Co., Ltd. (Sunny Chen)"),
    ("p", "Date: 19 June 2024.  Order: MT-PO-0582, gift box + EVA insert for MT-PB10."),
    ("table", [
        ["Item", "Quantity"],
        ["Released by this document", "500 gift boxes with insert"],
        ["Not released (balance)", "4,500 gift boxes, on hold"],
        ["Unlock event for the balance", "30 days of Amazon sell-through after listing launch, then a written release"],
        ["Release authority", "Ben Carter, Purchasing Manager"],
    ]),
    ("sp",),
    ("p", "Note: the launch may go quickly, so please keep whatever board and paper you need for the rest on the shelf, "
          "so you can move fast once we release it."),
    ("p", "Ben Carter"),
], author="Ben Carter")
_p43_text = """Dear Ben,

Well received your release MT-REL-0107 for 500 pcs, thank you. We start printing on Monday.

As you suggested, we have bought the greyboard, art paper and EVA for the full 5,000 boxes and keep
them in our warehouse, so the other 4,500 can start any time.

Best regards
Sunny Chen
Dongguan Mingfeng Packaging Co., Ltd.
"""
_p43 = mail("Sunny Chen <sunny@mingfeng-pack.com>", "Ben Carter <ben.carter@marlowtech.co.uk>",
            "RE: Production release MT-REL-0107", "Thu, 20 Jun 2024 09:15:00 +0800", _p43_text,
            in_reply_to="<MTREL0107@marlowtech.co.uk>")
case("p43_release_invites_material_for_rest", ["RG006"],
     "multi-file: release of 500 with full hold, but buyer invites keeping material for the rest (no quantity, no liability) and supplier buys for all 5,000",
     [("MT-REL-0107.docx", _p43_docx), ("RE_MT-REL-0107.eml", eml_bytes(_p43))])


# ---- p46: multi-file: complete PO + supplier PI saying MP starts automatically after GS approval
_p46_po = pdf([
    ("h1", "Tidewater Supply Co. - Purchase Order TW-5602"),
    ("p", "Tidewater Supply Co., 3570 Kurtz St, San Diego, CA 92110.  Vendor: Dongguan Jiayi Leather Products Co., Ltd.  Date: 06/18/2024."),
    ("table", [
        ["Line", "SKU", "Description", "Qty", "Unit", "Amount"],
        ["1", "TW-MW-01", "MagSafe leather wallet, 3 cards, tan", "10", "$6.00", "$60.00"],
        ["2", "TW-MW-01", "MagSafe leather wallet, 3 cards, black", "10", "$6.00", "$60.00"],
    ]),
    ("sp",),
    ("p", "Scope: 20 golden samples. The remaining 2,980 pcs of quote JY-2024-0611 are not released and stay on hold "
          "until our golden sample sign-off and a written production release from Daniel Okafor, VP Operations. "
          "Material authority: sample-only."),
], pagesize=LETTER, title="TW-5602", author="Mia Chen")
_p46_pi = pdf([
    ("h1", "PROFORMA INVOICE JY-PI-0618"),
    ("p", "Dongguan Jiayi Leather Products Co., Ltd.  Buyer: Tidewater Supply Co.  Your PO: TW-5602.  Date: 2024-06-19."),
    ("table", [
        ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "TW-MW-01 golden samples (tan 10, black 10)", "20", "6.00", "120.00"],
        ["2", "TW-MW-01 mass production (tan / black)", "3,000", "2.45", "7,350.00"],
    ]),
    ("sp",),
    ("p", "Terms: Mass production of item 2 starts automatically 3 days after your golden sample approval, no further PO needed, "
          "to keep the delivery date 15 August. Payment: item 1 100% in advance; item 2 30% T/T deposit, balance against B/L copy."),
    ("p", "Bank: Bank of China, Dongguan Branch. SWIFT BKCHCNBJ45A."),
], title="JY-PI-0618", author="Vivian Li")
case("p46_pi_mp_starts_automatically", ["RG007"],
     "multi-file: buyer PO holds the 2,980 until sign-off + written release by Daniel Okafor; supplier PI says MP starts automatically after golden sample approval",
     [("TW-5602.pdf", _p46_po), ("JY-PI-0618.pdf", _p46_pi)])


# ---- p48: Indian supplier: on sample approval the balance will commence
_p48_buyer = """Dear Ramesh,

Please find PO PP-0450 attached for forty (40) samples of the TPU slim case PP-SL15 (clear and smoke).

The balance of 4,960 nos from your quotation SVP/Q/24-25/102 is not released. It stays on hold until
our drop-test sign-off and a written production release from me, Sam Rivera.

Thanks,
Sam
"""
_p48_text = """Dear Sir,

Greetings from Sri Venkatesh Polymers!

We thank you for your valued PO PP-0450 for 40 nos samples. The samples will be dispatched on or before
28th June by DHL Express.

Kindly note that upon approval of the samples, the production of the balance 4,960 nos will commence as
per our standard practice, so as to adhere to the delivery schedule of 2nd week of August.

Please do the needful and revert in case of any clarification.

Thanks & Regards,
R. Iyer
Director (Marketing)
Sri Venkatesh Polymers Pvt. Ltd., Ambattur, Chennai 600098
Mob: +91 98410 55021

-----Original Message-----
From: Sam Rivera <sam@pixelandpine.co>
Sent: 19 June 2024 21:10
Subject: PO PP-0450 samples

""" + quote(_p48_buyer) + "\n"
_p48 = mail("Ramesh Iyer <ramesh@svpolymers.in>", "Sam Rivera <sam@pixelandpine.co>",
            "RE: PO PP-0450 samples", "Thu, 20 Jun 2024 12:20:00 +0530", _p48_text,
            in_reply_to="<PP0450.sam@pixelandpine.co>")
case("p48_india_balance_commences_on_approval", ["RG007"],
     "buyer's quoted PO holds the 4,960 until sign-off + Sam's written release; supplier says production of the balance will commence upon sample approval",
     [("RE_PO_PP-0450.eml", eml_bytes(_p48))])


# ---- p49: multi-file: product lead's sample request (DOCX) says 30, procurement PO (PDF) says 24
_p49_docx = docx_bytes([
    ("h1", "Sample request - SD-CB-SIL cable bite (Sorano Design)"),
    ("p", "To: Shenzhen Kaiyue Silicone Products Co., Ltd. (Tina Xu)   From: Kenji Mori, Product Lead   Date: 2024/06/20"),
    ("p", "Please make the samples below for our colour and fit review. PO will come from Sato-san (procurement)."),
    ("table", [
        ["Colour", "Pantone", "Sample qty"],
        ["Fog grey", "Cool Gray 5C", "10 pcs"],
        ["Matcha", "5777C", "10 pcs"],
        ["Sakura", "705C", "10 pcs"],
        ["Total", "", "30 pcs"],
    ]),
    ("sp",),
    ("p", "Mass production quantity is not part of this request and is not released."),
    ("p", "Fit check: must hold Apple USB-C cable (4.4 mm) and Anker PowerLine III (5.0 mm)."),
], author="Kenji Mori")
_p49_pdf = pdf([
    ("h1", "Sorano Design K.K. - Purchase Order SD-PO-24-118"),
    ("p", "Supplier: Shenzhen Kaiyue Silicone Products Co., Ltd.   Date: 2024/06/21   Procurement: Yuki Sato"),
    ("table", [
        ["No.", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "SD-CB-SIL", "Silicone cable bite, 3 colours (fog grey, matcha, sakura), 8 pcs each", "24", "1.20", "28.80"],
    ]),
    ("sp",),
    ("p", "Scope: samples, twenty-four (24) pieces. Mass production (quotation KY-Q-0614, 6,000 pcs) is not released by this order. "
          "It stays on hold until our sample sign-off and a written production release from Yuki Sato, Procurement Manager."),
], title="SD-PO-24-118", author="Yuki Sato")
case("p49_sample_request30_po24", ["RG011"],
     "multi-file: product lead's sample request asks for 30 samples (10 per colour), procurement PO for the same order authorizes 24 (8 per colour)",
     [("SD-CB-SIL_sample_request.docx", _p49_docx), ("SD-PO-24-118.pdf", _p49_pdf)])

# =================================================================== CASES (batch 5)

# ---- c23: buyer asks a planning question, explicitly not a go-ahead; full scope restated
_c23_text = """Hi Alice,

A planning question, not a go-ahead:

If I send you a written production release for the 2,950 DS-2 docks on 10 July, could you deliver FOB
Shenzhen by 15 August? And would anodizing in Space Black add time compared to Silver?

Please don't start anything for them yet. The 50 pilot units on PO LD-2024-031 are still all that is
released; the 2,950 wait for our pilot sign-off and my written release.

Thanks, and thanks for the quick pilot photos!
Claire
""" + sig("Claire Dubois", "Head of Product & Sourcing", "LumaDock Inc., Vancouver BC", "+1 604 555 0157")
_c23 = mail("Claire Dubois <claire@lumadock.com>", "Alice Zhou <alice@hengtai-metal.com>",
            "DS-2 timing question", "Mon, 24 Jun 2024 16:20:00 -0700", _c23_text, html=html_alt(_c23_text))
case("c23_planning_question_not_goahead", [], "buyer asks whether a release on 10 July would make 15 Aug, explicitly not a go-ahead; 50 pilot only, 2,950 wait for sign-off + Claire's release",
     [("DS-2_timing.eml", eml_bytes(_c23))])


# ---- c24: DOCX hold notice with released quantity, balance, unlock event and named person
_c24_docx = docx_bytes([
    ("h1", "HOLD NOTICE VW-HN-2024-03"),
    ("p", "Voltwerk GmbH, München  ->  Shenzhen Bolan Cable Technology Co., Ltd. (Jason Liu)"),
    ("p", "Date: 26.06.2024   Order: VW-2IN1-150 (USB-C + Lightning adapter cable 1,5 m), PO 4500023611"),
    ("h", "What is on hold"),
    ("p", "Field returns show e-marker failures (8 of 1.000 checked units, batch code 2423-A). With immediate effect:"),
    ("table", [
        ["Item", "Status"],
        ["Released so far (release VW-R-0211)", "600 pcs - may be finished and held in your warehouse, not shipped"],
        ["Production beyond these 600 pcs", "must not start"],
        ["Balance of PO 4500023611", "4.400 pcs - not released, on hold"],
        ["Material for the balance", "do not buy; material authority covers the 600 released pcs only"],
    ]),
    ("sp",),
    ("h", "What lifts the hold"),
    ("num", "8D report with root cause for the e-marker failure, accepted by Voltwerk quality (ISO 9001:2015 §10.2)."),
    ("num", "A revised PO signed by Katrin Schulz, COO, stating the quantity to be produced."),
    ("p", "Nothing else lifts this hold, including payments or shipping bookings."),
    ("p", "Katrin Schulz, COO, Voltwerk GmbH"),
], author="Katrin Schulz")
case("c24_docx_hold_notice", [], "hold notice: 600 released, 4.400 on hold until accepted 8D + revised PO signed by Katrin Schulz",
     [("VW-HN-2024-03.docx", _c24_docx)])


# ---- c25: long logistics thread after a full-quantity order; proceed scoped to 1,500 pcs
_c25_q2 = """Dear Ethan,

Good news: final QC inspection for PO MV-7844 (1,500 pcs MV-CC-1M maple red) is done today by our QC
and the third-party inspector (AQL 2.5 / 4.0, 125 samples): PASS. Report attached in the portal.

1,500 pcs are packed in 15 cartons (100 pcs/ctn, 48 x 32 x 26 cm, 11.2 kg), FNSKU on each bag.
Please confirm the FBA shipment plan so we can book the truck to the forwarder.

Best regards,
Jason Liu
"""
_c25_q1 = """Hi Jason,

Shipment ID for FBA is FBA17XK2P9QZ, destination YYC4 (Calgary). Box labels attached, 15 cartons.
Our forwarder is Flexport (contact: Wei Zhang, +86 755 8888 0123).

Ethan

On Tue, Jun 25, 2024 at 18:02, Jason Liu wrote:
""" + quote(_c25_q2)
_c25_text = """Hi Jason,

Thanks, inspection report looks clean, nice work on the braid this time.

Please proceed with booking the FBA shipment for the 1,500 pcs (PO MV-7844, the full order). Truck to
Flexport Yantian on Friday is fine. Please send me the carton photos with the labels on before the
truck leaves, and the packing list in Excel.

Ethan

On Wed, Jun 26, 2024 at 09:15, Ethan Brooks wrote:
""" + quote(_c25_q1) + "\n" + sig("Ethan Brooks", "Director of Operations", "Maple & Volt Inc., Calgary, AB", "+1 403 555 0119")
_c25_report = html_page("Final inspection report MV-7844", """
<h2>Final Random Inspection - PO MV-7844</h2>
<table>
<tr><th>Supplier</th><td>Shenzhen Bolan Cable Technology Co., Ltd.</td></tr>
<tr><th>Item</th><td>MV-CC-1M USB-C/USB-C 1 m, 100 W, maple red</td></tr>
<tr><th>Order quantity (full order)</th><td>1,500 pcs, 15 cartons</td></tr>
<tr><th>Sampling</th><td>ISO 2859-1, level II, 125 pcs, AQL 0 / 2.5 / 4.0</td></tr>
</table>
<h3>Results</h3>
<table>
<tr><th>Check</th><th>Found</th><th>Result</th></tr>
<tr><td>Critical</td><td>0</td><td>PASS</td></tr>
<tr><td>Major (braid fraying, plug misalignment)</td><td>2</td><td>PASS (Ac 7)</td></tr>
<tr><td>Minor (colour shade, label position)</td><td>5</td><td>PASS (Ac 10)</td></tr>
<tr><td>100 W e-marker read-out, 5 pcs</td><td>5/5 OK</td><td>PASS</td></tr>
<tr><td>Carton drop test (ISTA 1A)</td><td>1 carton</td><td>PASS</td></tr>
</table>
<p>Inspector: Zhou Wei, QIMA-style third party, 25 June 2024.</p>
""")
_c25 = mail("Ethan Brooks <ethan@mapleandvolt.ca>", "Jason Liu <jason.liu@bolancable.com>",
            "Re: Re: MV-7844 final inspection + FBA shipment", "Wed, 26 Jun 2024 11:48:00 -0600", _c25_text,
            in_reply_to="<MV7844.0626@mapleandvolt.ca>",
            attachments=[("FRI_MV-7844.html", _c25_report, HTML_MT)])
case("c25_logistics_thread_full_order", [], "long logistics thread for a completed full-quantity order; 'proceed' is scoped to booking the shipment of the 1,500 pcs",
     [("Re_MV-7844_final_inspection.eml", eml_bytes(_c25))])


# ---- p50: same thread gives 1,500 released and later 1,200 released
_p50_rel = """Duc,

Production Release HO-REL-014 for the HO-ST3 3-in-1 stand (PO HO-PO-2291 / quote SPM-Q-0877):

- Released: 1,500 units.
- The remaining 1,476 units stay on hold until our September sell-through review and my written release.
- Material: for the 1,500 released units only.

Tom Hughes
Operations Director, Hollow Oak Ltd
"""
_p50_text = """Hi Duc,

Re the shipment plan: as per the 1,200 units released under HO-REL-014, please split them into two
40ft containers, first one ETD Cat Lai 2 August, second one ETD 16 August. Our forwarder (DSV
Manchester, Gemma Price) will send the booking details.

Carton marks as per our spec HO-PK-03, and please make sure the walnut units are not stacked more than
six cartons high.

Thanks,
Tom

On 24 Jun 2024, at 10:02, Tom Hughes <tom.hughes@hollowoak.co.uk> wrote:
""" + quote(_p50_rel) + "\n" + sig("Tom Hughes", "Operations Director", "Hollow Oak Ltd, Manchester", "+44 161 496 0388")
_p50 = mail("Tom Hughes <tom.hughes@hollowoak.co.uk>", "Tran Minh Duc <duc.tm@saigonprecision.vn>",
            "Re: Production Release HO-REL-014", "Thu, 27 Jun 2024 14:10:00 +0100", _p50_text,
            in_reply_to="<HOREL014@hollowoak.co.uk>")
case("p50_thread_release1500_then1200", ["RG011"],
     "release HO-REL-014 authorizes 1,500 units; the buyer's later message in the same thread refers to 1,200 units released under it",
     [("Re_Production_Release_HO-REL-014.eml", eml_bytes(_p50))])


# ---- p53: WhatsApp, supplier confirms a labelled forecast as a total order
_p53_txt = """[24/06/2024, 08:31:10] Megan Ortiz: Hi Leo! Sharing our H2 forecast so you can plan, forecast only, NOT a PO 🙂
[24/06/2024, 08:31:44] Megan Ortiz: iPhone 16 MagSafe frosted: ~15k total Aug-Dec (16: 6k, 16 Pro: 5k, 16 Pro Max: 4k). Could move a lot depending on the launch
[24/06/2024, 08:33:02] Megan Ortiz: POs will come month by month once the golden samples are signed off
[24/06/2024, 09:12:47] Leo Zhang Huaxin: Thank you Megan!! 🙏
[24/06/2024, 09:13:30] Leo Zhang Huaxin: Noted, so total order 15k confirmed 👍 we put into our production plan Aug-Dec
[24/06/2024, 09:13:52] Leo Zhang Huaxin: 6k / 5k / 4k same split ok
[24/06/2024, 09:20:05] Megan Ortiz: Gotta run to a meeting, talk later!
"""
case("p53_whatsapp_supplier_forecast_total_order", ["RG008"],
     "buyer labels ~15k as forecast only, not a PO; supplier answers 'total order 15k confirmed' and plans production on it",
     [("WhatsApp_Chat_with_Leo_Zhang_Huaxin_H2.txt", _p53_txt)])


# ---- p54: UK buyer asks supplier to build stock against a Prime Day forecast
_p54_text = """Hi Alice,

Hope you're well! Prime Day is creeping up on us again.

Our Prime Day forecast for the JR-LS1 laptop stand (silver) is 8k units. Please treat this forecast as
our PO for planning purposes and start building stock against it now, so we're not caught short like
last year. The formal PO will follow once we've seen the July numbers.

The FBA shipment will go to LBA4 (Doncaster) as before. Same carton spec, 10 per carton.

Cheers,
Liam
""" + sig("Liam Foster", "Director", "Juniper Row Ltd, Leeds", "+44 113 496 0715")
_p54 = mail("Liam Foster <liam@juniperrow.co.uk>", "Alice Zhou <alice@hengtai-metal.com>",
            "JR-LS1 Prime Day", "Mon, 01 Jul 2024 08:55:00 +0100", _p54_text, html=html_alt(_p54_text))
case("p54_prime_day_forecast_as_po", ["RG008"],
     "buyer asks the supplier to treat an 8k Prime Day forecast as the PO and build stock against it",
     [("JR-LS1_Prime_Day.eml", eml_bytes(_p54))])


# ---- p55: DOCX meeting minutes: forecast agreed as firm order; 'approved' for DVT and for price
_p55_docx = docx_bytes([
    ("h1", "Minutes of meeting - Ridgeline Brands visit at Saigon Precision Molding"),
    ("p", "Date: 02.07.2024, Binh Duong.  Attendees: Lisa Park, Arjun Mehta (Ridgeline); Tran Minh Duc, Nguyen Thi Lan (SPM)."),
    ("table", [
        ["No.", "Topic", "Discussion / decision", "Owner"],
        ["1", "Current order RB-PO-10931", "500 pcs released under RB-REL-0031 shipped 28.06. The 7,500 pcs balance stays on hold until Lisa Park's written production release.", "Lisa"],
        ["2", "DVT rev 05 (N52 disc 20 x 2.5)", "Approved by Ridgeline engineering. Pull force 9.6 N.", "Arjun"],
        ["3", "Price 2025", "USD 2.78 approved by Ridgeline finance for 2025.", "Lisa"],
        ["4", "Forecast 2025", "Ridgeline forecast for RB-VM200 in 2025 is 40,000 pcs. Agreed as firm order for 2025; SPM to plan capacity and tooling accordingly.", "Duc"],
        ["5", "Packaging", "New FSC box from Q4, artwork to follow.", "Lan"],
    ]),
    ("sp",),
    ("p", "Minutes taken by Nguyen Thi Lan. Please comment within 3 days, otherwise the minutes are final."),
], author="Nguyen Thi Lan")
case("p55_minutes_forecast_firm_approved_mix", ["RG008", "RG009"],
     "minutes record a 40,000-pc 2025 forecast 'agreed as firm order', and 'approved' is used both for the DVT (technical) and the price (commercial)",
     [("MoM_Ridgeline_SPM_2024-07-02.docx", _p55_docx)])


# ---- p56: PDF release form: 'Approved' for engineering/finance/production; 1,500 vs 1,200
_p56_pdf = pdf([
    ("h1", "LumaDock Inc. - Production Release Form LD-PRF-009"),
    ("p", "Supplier: Dongguan Hengtai Metal Products Co., Ltd.   Order: PO LD-2024-031 / DS-2 desk dock   Date: July 3, 2024"),
    ("h", "Approvals"),
    ("table", [
        ["Function", "Status", "By", "Date"],
        ["Engineering (pilot units)", "Approved", "Marcus Lee", "06/28/2024"],
        ["Finance (budget)", "Approved", "Helen Cho, CFO", "07/01/2024"],
        ["Production", "Approved", "Claire Dubois", "07/03/2024"],
    ]),
    ("sp",),
    ("h", "Quantities"),
    ("table", [
        ["Item", "Sets"],
        ["Pilot (released earlier)", "50"],
        ["Quantity released by this form", "1,500"],
        ["Balance on hold (next written release by Claire Dubois after Q3 sell-through review)", "1,450"],
    ]),
    ("sp",),
    ("p", "Released quantity confirmed: 1,200 sets.  Signature: C. Dubois"),
    ("p", "Material authority: material for the released sets only."),
], pagesize=LETTER, title="LD-PRF-009", author="Claire Dubois")
case("p56_release_form_approved_mix_qty_conflict", ["RG009", "RG011"],
     "release form uses 'Approved' for engineering, finance and production, and states 1,500 sets released in the table but 1,200 in the signed confirmation",
     [("LD-PRF-009.pdf", _p56_pdf)])


# ---- p57: 'release' used for the SAP PO release, the QA verdict and the production release
_p57_text = """Hi Ankit,

short update from Berlin:

1. PO QL-PO-24-031 for the 20 DVT cradles rev D has been released in SAP today (release strategy
   finance + purchasing), you should get the PDF automatically.
2. Our QA released the rev C DVT samples on Monday: all 20 passed the 45 °C thermal test, the LED
   colour is now correct.
3. The release for mass production of the 2,480 pcs is not given yet. It follows after the CE-RED
   pre-scan at our test house in July, as a written production release from me.

Please plan the rev D build so that the units reach us by 19 July.

Viele Grüße
Anna
""" + sig("Anna Kowalski", "Hardware Lead", "Quillon Labs GmbH, Berlin", "+49 30 555 0177")
_p57 = mail("Anna Kowalski <anna.kowalski@quillonlabs.de>", "Ankit Sharma <ankit.sharma@noidaelectro.in>",
            "QL cradle - PO, DVT result, next steps", "Wed, 03 Jul 2024 17:35:00 +0200", _p57_text)
case("p57_release_three_meanings", ["RG009"],
     "'release' used for the SAP PO release (commercial), the QA verdict on samples (technical) and the production release in one message",
     [("QL_cradle_PO_DVT_next_steps.eml", eml_bytes(_p57))])


# ---- p59: email thread, "you're cleared to start" answers an open-ended start question
_p59_scope = """Hi Coco,

PO TW-5633 is attached: 30 samples of the TW-CH1 phone crossbody chain (gold and silver, 15 each).
The remaining 2,970 pcs of your quote are not released. They stay on hold until we sign off the
samples and Daniel Okafor sends a written production release.

Mia
"""
_p59_sup = """Dear Mia,

We have updated the carton marks and the FNSKU labels as per your comments, and changed the clasp to
the lobster type. New photos attached.

Waiting for your confirmation to start.

Best regards
Coco Wu
Shenzhen Huaxin Precision Plastics Co., Ltd

On 2024-06-20 07:44, Mia Chen wrote:
""" + quote(_p59_scope)
_p59_text = """Hi Coco,

Everything checks out on our end, the lobster clasp is much better. You're cleared to start 👍

Mia

On Thu, Jul 4, 2024 at 2:10 AM Coco Wu <coco.wu@huaxin-plastics.cn> wrote:
""" + quote(_p59_sup) + "\n" + sig("Mia Chen", "Purchasing Lead", "Tidewater Supply Co., San Diego, CA", "+1 619 555 0127")
_p59 = mail("Mia Chen <mia@tidewatersupply.com>", "Coco Wu <coco.wu@huaxin-plastics.cn>",
            "Re: TW-CH1 carton marks + clasp", "Thu, 04 Jul 2024 09:05:00 -0700", _p59_text,
            in_reply_to="<HX.TWCH1.0704@huaxin-plastics.cn>")
case("p59_cleared_to_start", ["RG002"],
     "scope set earlier (30 samples, 2,970 on hold until sign-off + Daniel Okafor's release); buyer answers 'waiting for your confirmation to start' with 'You're cleared to start' naming neither samples nor a quantity",
     [("Re_TW-CH1_carton_marks.eml", eml_bytes(_p59))])


# ---- p61: HTML PLM change request page with an unscoped "Approved. Proceed."
_p61_body = """
<h2>Change request CR-014 &middot; NL-EBC-03 silicone case cover</h2>
<p>Workspace: Nordlicht Audio GmbH &harr; Shenzhen Kaiyue Silicone Products Co., Ltd.</p>
<table>
<tr><th>Stage</th><td>PP samples</td></tr>
<tr><th>Order scope</th><td>PO NA-24-0311: 24 PP samples. The 3,000 pcs production quantity is not released and stays on hold until PP sample sign-off and a written production release from Hannah Weiss (Head of Operations).</td></tr>
<tr><th>Change</th><td>Move carabiner loop 1.5 mm towards the hinge; wall thickness at loop 1.2 &rarr; 1.4 mm</td></tr>
<tr><th>Attachments</th><td>NL-EBC-03_rev3.step, NL-EBC-03_rev3.pdf</td></tr>
</table>
<h3>Activity</h3>
<table>
<tr><th>Date</th><th>User</th><th>Comment</th></tr>
<tr><td>2024-07-02 10:14</td><td>Tina Xu (Kaiyue)</td><td>Rev 3 uploaded. Mould insert modification 2 days. Please confirm so we can go on.</td></tr>
<tr><td>2024-07-02 15:40</td><td>Jan Vogt (Nordlicht, Design)</td><td>Checked fit on the 3D print, loop position is good now.</td></tr>
<tr><td>2024-07-03 09:02</td><td>Hannah Weiss (Nordlicht, Ops)</td><td>Approved. Proceed.</td></tr>
<tr><td>2024-07-03 09:30</td><td>Tina Xu (Kaiyue)</td><td>Thank you Hannah, we arrange.</td></tr>
</table>
<p>Status: <b>Closed &ndash; approved</b></p>
"""
case("p61_plm_change_request_approved_proceed", ["RG002"],
     "order scope is complete, but the ops head's 'Approved. Proceed.' on a change request names neither samples nor a quantity",
     [("CR-014_NL-EBC-03.html", html_page("CR-014 NL-EBC-03", _p61_body))])


# ---- p62: WeChat, founder answers "waiting your word" with "go go go"; no quantity anywhere
_p62_txt = """WeChat chat history export
Chat: Brooke Adams (Saltwater Tech) & Leo Zhang 张 (Huaxin)
=====================================================

2024-07-05 09:41:22  Leo Zhang 张 (Huaxin)
Hi Brooke, good morning from Shenzhen ☀️

2024-07-05 09:42:05  Leo Zhang 张 (Huaxin)
Mould T2 for the ST-WAVE phone grip finished, texture matched your chip, video below

2024-07-05 09:42:31  Leo Zhang 张 (Huaxin)
[Video]

2024-07-05 09:43:10  Leo Zhang 张 (Huaxin)
We can start anytime, waiting your word 🙏

2024-07-05 21:17:48  Brooke Adams (Saltwater Tech)
omg the wave texture looks SO good

2024-07-05 21:18:02  Brooke Adams (Saltwater Tech)
yesss we're good, go go go 🚀🚀

2024-07-05 21:25:40  Leo Zhang 张 (Huaxin)
👌👌 ok we arrange
"""
case("p62_wechat_go_go_go", ["RG002", "RG010"],
     "supplier waits for 'your word' to start; founder answers 'we're good, go go go' with no scope and no quantity anywhere in the chat",
     [("wechat_export_Saltwater_Huaxin.txt", _p62_txt)])

# @@CASES_END@@


# =================================================================== main
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(9595).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
        folder = f"h95_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    main()
