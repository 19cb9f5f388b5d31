#!/usr/bin/env python3
"""Generator for the releasegate check_holdout87 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout87/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, fixed shuffle seed 8787).

Domain: signage and LED lighting fixtures (illuminated letters, lightboxes, LED modules,
linear luminaires, drivers, totems) between retail chains / shopfitters / sign companies /
lighting designers (DE, AT, US, MX, SA) and makers (CN, CZ, ES, TR, MX).
Case names here: cNN_* = clean, pNN_* = at least one risk. The output folders are neutral.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import textwrap
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
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def case(name, expect, note, files):
    """files: list of (filename, content); content is bytes, str or EmailMessage.
    The first file gives the neutral folder stem."""
    assert all(r in RULES for r in expect), expect
    CASES.append({"name": name, "expect": sorted(set(expect)), "note": note, "files": files})


def T(s):
    """dedent a triple-quoted block and end it with exactly one newline"""
    return textwrap.dedent(s).strip("\n") + "\n"


# ----------------------------------------------------------------- renderers
# (pdf, docx_bytes, html_page, mail, eml_bytes, sig: copied from check_holdout3/build.py,
#  only the Message-ID / boundary tag changed to h87)
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
    m["Message-ID"] = msgid or f"<h87-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h87")
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


# ------------------------------------------------------------ own helpers
def sig_plain(*lines):
    """a signature without the standard disclaimer"""
    return "\n-- \n" + "\n".join(lines) + "\n"


def text_to_html(text):
    """plain text -> simple HTML for multipart/alternative; '>' lines become blockquotes"""
    out, quote, para = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "<br>\n".join(escape(x) for x in quote)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">{inner}</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line.lstrip(">").lstrip())
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def quote_lines(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").split("\n")) + "\n"


# ==================================================================== CASES
# ---- BEGIN CASES

# ================================================================ batch 1

# c01 -- supplier quote with sample and production tiers; no authorization in the bundle
case("c01_quote_tiers_zhongshan", [],
     "Supplier quote only: sample 6 / production 1,200 / 2,400 tiers; a quote authorizes nothing.",
     [("Quotation_BW-Q-240517.pdf", pdf([
         ("h1", "ZHONGSHAN GUZHEN BRIGHTWAY LIGHTING CO., LTD."),
         ("p", "No. 18 Donghui Road, Guzhen Town, Zhongshan, Guangdong, China  |  Tel +86 760 2218 7730  |  sales3@brightway-light.cn"),
         ("h", "QUOTATION  BW-Q-240517"),
         ("p", "To: Lichtplanung Hofer & Partner, Mag. Eva Hofer, Schottenring 14, 1010 Wien, Austria"),
         ("p", "Date: 17 May 2024    Valid until: 30 June 2024    Project: LN-35 suspended linear, fashion store Vienna / Graz / Salzburg"),
         ("table", [
             ["Item", "Description", "Qty", "Unit price (USD)", "Lead time"],
             ["1", "LN-35 suspended linear 1,500 mm, 4000K, CRI 90, UGR<19, DALI-2 driver, anodized alu, opal PMMA diffuser - SAMPLE", "6 pcs", "86.00", "15 days"],
             ["2", "Same, mass production price", "1,200 pcs", "41.50", "35 days"],
             ["3", "Same, mass production price", "2,400 pcs", "39.80", "40 days"],
             ["4", "Suspension kit 2 m steel wire, per set", "per luminaire", "2.10", "-"],
         ]),
         ("sp",),
         ("h", "Technical"),
         ("p", "LED: 2835 mid-power, 3-step MacAdam binning, 130 lm/W at luminaire level. Driver: DALI-2, 700 mA, flicker < 3 %. "
               "IP20, Class I. CE and ENEC available; photometric report (LDT/IES) from our integrating-sphere lab delivered with the samples."),
         ("h", "Terms"),
         ("p", "Prices FOB Shenzhen, excluding freight and duty. Samples: 100 % payment before dispatch, sample cost refunded on orders above 1,000 pcs. "
               "Mass production lead time is counted from your written production release. Payment for mass production: 30 % with release, 70 % before shipment."),
         ("p", "Quantities in items 2 and 3 are price tiers for your budgeting; they are not an order."),
         ("sp",),
         ("p", "Best regards, Kevin Liang, Sales Manager Export Dept."),
     ], title="Quotation BW-Q-240517", author="Brightway Lighting"))])


# c02 -- full-quantity PO, "proceed" scoped by the full quantity; UL 48 looks like the quantity
case("c02_full_po_channel_letters", [],
     "Full-quantity PO for all 48 letter sets, no balance; 'proceed with all 48' is scoped; UL 48 is a standard.",
     [("PO_HV-24-0613.pdf", pdf([
         ("h1", "HARBORVIEW OUTFITTERS INC."),
         ("p", "Store Development & Construction  |  1120 NW Naito Pkwy, Portland, OR 97209  |  ap@harborview-outfitters.com"),
         ("h", "PURCHASE ORDER  HV-24-0613"),
         ("table", [
             ["Vendor", "Ship to", "PO date", "Terms"],
             ["Anuncios Luminosos del Norte S.A. de C.V., Av. Ruiz Cortines 2210, Monterrey, N.L., Mexico",
              "Harborview DC, 4400 N Suttle Rd, Portland OR 97217 (via Laredo, TX)", "06/13/2024", "Net 45, FCA Monterrey"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Extended"],
             ["1", "CL-HV-24", "Front-lit channel letter set 'HARBORVIEW', 24 in cap height, 5 in returns, white LED 6500K, "
              "Pantone 186 C acrylic faces, raceway mounted, UL 48 listed", "48", "SET", "$1,940.00", "$93,120.00"],
             ["2", "CRATE-CL", "Export crating per set", "48", "EA", "$85.00", "$4,080.00"],
             ["", "", "", "", "", "Total", "$97,200.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This PO covers the full quantity of this order: 48 sets for the 48 stores listed on the store schedule SD-HV-012. "
               "There is no further quantity under this order and nothing is held back. Please proceed with all 48 sets per shop drawing SD-HV-012 Rev D, "
               "as signed by our architect on 06/07/2024."),
         ("p", "Labels: every set carries the UL label and the store number (format HV-0xx). Packing: one crate per store, marked with store number and PO line."),
         ("p", "Delivery: 16 sets by 07/19, 16 sets by 08/02, 16 sets by 08/16 (all three shipments under this PO)."),
         ("sp",),
         ("p", "Issued by: Greg Saunders, Senior Buyer - Store Construction. Questions: gsaunders@harborview-outfitters.com, (503) 555-0174."),
         ("p", "Harborview standard terms and conditions of purchase (rev. 2023-11) apply. Invoices must show PO number and line."),
     ], pagesize=LETTER, title="PO HV-24-0613", author="Harborview Purchasing"))])


# c03 -- DOCX sample PO with full scope note and item table
case("c03_docx_sample_po_lightbox", [],
     "Sample PO for 2 lightboxes with complete scope: 118 forecast not released, sample-only material, sign-off + written release by Claudia Wendt.",
     [("Bestellung_4500087731.docx", docx_bytes([
         ("h1", "Ladenbau Wendt GmbH - Bestellung / Purchase Order 4500087731"),
         ("p", "Ladenbau Wendt GmbH, Herforder Straße 211, 33609 Bielefeld, Germany - USt-IdNr. DE 812 334 907"),
         ("p", "Supplier: Světlo Brno s.r.o., Vídeňská 97, 619 00 Brno, Czech Republic - contact Ing. Pavel Dvořák"),
         ("p", "Date: 21.05.2024 - Your offer: AN-24-118 of 14.05.2024 - Project: Nordmarkt store refresh 2024, pilot store Hannover-Linden"),
         ("table", [
             ["Pos", "Article", "Description", "Qty", "Unit", "Price EUR", "Amount EUR"],
             ["10", "LB-SEG-2412", "Backlit fabric lightbox 2.400 x 1.200 mm, SEG frame 100 mm, edge-lit LED 4000K, "
              "CRI 90, incl. printed textile (artwork V3)", "2", "pcs", "590,00", "1.180,00"],
             ["20", "FRT", "Freight DAP Hannover-Linden", "1", "lot", "240,00", "240,00"],
             ["", "", "", "", "", "Total net", "1.420,00"],
         ]),
         ("h", "Scope of this purchase order"),
         ("li", "Active quantity: 2 (two) sample lightboxes only, pos. 10."),
         ("li", "Not released: the series quantity shown in your offer AN-24-118 (118 lightboxes for waves 1-3) is our forecast. "
                "It is not ordered and not released by this PO."),
         ("li", "What to do now: build the 2 samples and deliver them to the pilot store Hannover-Linden by 14.06.2024 (KW 24)."),
         ("li", "Material: buy material for the 2 samples only. Material for the 118 is not at our cost until it is released."),
         ("li", "Unlock: the 118 stay on hold until (1) the sample sign-off by our lighting engineer Tobias Ahlers after the "
                "installation in Hannover and (2) a written production release signed by Claudia Wendt, Head of Procurement."),
         ("h", "Technical"),
         ("p", "Drawing LW-2024-044 Rev. B. Textile: 260 g/m² polyester, B1 (DIN 4102-1). LED driver 24 V constant voltage, "
               "flicker-free. CE marking and photometric measurement of luminance uniformity (target > 80 %) to be delivered with the samples."),
         ("p", "Please send your order confirmation for the 2 samples within 3 working days."),
         ("sp",),
         ("p", "Mit freundlichen Grüßen / kind regards"),
         ("p", "Sabine Reuter, Einkauf / Purchasing, +49 521 556 80-23, s.reuter@ladenbau-wendt.de"),
     ], author="Ladenbau Wendt Einkauf"))])


# c04 -- WeChat export: supplier asks for a go-ahead, buyer answers with a scoped no
case("c04_wechat_question_scoped_answer", [],
     "Supplier's 'can we go ahead the 800?' is a question; buyer answers 8 only, 792 on hold until Rachel Kim's sign-off and Tom's written release.",
     [("WeChat_Huaxin_Signcraft_2024-05.txt", T("""
        WeChat chat export  |  Huaxin Sign Tech – Signcraft Midwest
        Exported 2024-05-16 18:02 (UTC+8)
        ------------------------------------------------------------
        2024-05-14 09:31  Lily Zhang (Huaxin): Hi Tom good morning 😊
        2024-05-14 09:31  Lily Zhang (Huaxin): sample 8pcs LED module HX-3L-2835 already pass aging test 48h, no dead LED, lumen ok
        2024-05-14 09:32  Lily Zhang (Huaxin): [Image] aging_rack.jpg
        2024-05-14 09:33  Lily Zhang (Huaxin): can we go ahead the 800pcs? our SMT line have free slot next Monday, if miss it then wait 3 weeks
        2024-05-14 21:47  Tom Becker (Signcraft): Hi Lily, thanks for the pictures, looks good.
        2024-05-14 21:49  Tom Becker (Signcraft): No, please not yet. PO 30417 covers only the 8 sample modules. Ship those 8 by DHL to Milwaukee.
        2024-05-14 21:50  Tom Becker (Signcraft): The other 792 are not released. They stay on hold until our engineer Rachel Kim signs off the samples after the wall test in our shop, and after that I send you a written release with the quantity.
        2024-05-14 21:50  Tom Becker (Signcraft): Also please don't buy LEDs or PCBs for the 792 yet. Only material for the 8.
        2024-05-15 08:12  Lily Zhang (Huaxin): OK understand, only 8pcs now 👌 we wait your written release. 好的
        2024-05-15 08:13  Lily Zhang (Huaxin): DHL tracking 77 4410 2893, ETA Friday
        2024-05-15 08:40  Tom Becker (Signcraft): 👍 thanks
        ------------------------------------------------------------
        """))])


# c05 -- HTML portal: clearly labelled rolling forecast, not an order
case("c05_portal_labelled_forecast", [],
     "Rolling forecast page labelled as non-binding planning info, with a table of waves; authorizes nothing.",
     [("alpenstore_supplierportal_planning.html", html_page(
         "Alpenstore Supplier Portal - Rolling forecast", T("""
        <div style="background:#00583c;color:#fff;padding:8px"><b>Alpenstore Handels GmbH</b> &middot; Supplier Portal &middot; Lieferant 700231 R&oacute;tulos Levante S.L.</div>
        <h2>Rolling forecast 2024/25 &ndash; store lighting and signage</h2>
        <p class="note"><b>Forecast only &ndash; not an order.</b> This page shows our planning view for capacity purposes.
        It is not a purchase order, not a call-off and commits Alpenstore to nothing. Quantities become orders only through a
        separate purchase order; production starts only on a written release that names the quantity.</p>
        <table>
        <tr><th>Wave</th><th>Stores</th><th>Item</th><th>Description</th><th>Forecast qty</th><th>Planned opening</th><th>Status</th></tr>
        <tr><td>W2</td><td>14</td><td>LB-1200-4K</td><td>Lightbox 1200x600 single-sided, 4000K</td><td>28</td><td>Sep 2024</td><td>forecast</td></tr>
        <tr><td>W2</td><td>14</td><td>TS-30-930</td><td>Track spot 30 W, 3000K, CRI 95, 24&deg;</td><td>336</td><td>Sep 2024</td><td>forecast</td></tr>
        <tr><td>W3</td><td>22</td><td>LB-1200-4K</td><td>Lightbox 1200x600 single-sided, 4000K</td><td>44</td><td>Feb 2025</td><td>forecast</td></tr>
        <tr><td>W3</td><td>22</td><td>TS-30-930</td><td>Track spot 30 W, 3000K, CRI 95, 24&deg;</td><td>528</td><td>Feb 2025</td><td>forecast</td></tr>
        </table>
        <p>Forecast version FC-2024-06, generated 03.06.2024 06:00 CET. Next update: first Monday of the month.</p>
        <p>Questions on the forecast: Supply Planning, Linz &ndash; planning@alpenstore.at</p>
        <p style="color:#777;font-size:11px">&copy; 2024 Alpenstore Handels GmbH &middot; Impressum &middot; Datenschutz</p>
        """)))])


# c06 -- designer's scoped sample disposition (multipart/alternative)
_c06 = T("""
    Dear Kevin,

    thank you for the quick delivery. We installed the 6 samples of the LN-35 in the Graz store on Tuesday
    evening and measured them with the client yesterday.

    Result: the 4000K samples are approved for colour and glare only. UGR measured 17.8 at the cash desk,
    colour points within a 3-step MacAdam ellipse, no visible flicker on camera. This is a colour sign-off,
    not a production release.

    Our PO 2024-118 still covers only the 6 samples. The 1,200 production luminaires from your quotation
    BW-Q-240517 stay on hold. They will be released only after your photometric report (LDT file, measured
    on the production driver) has been accepted by our office, and then I will send you the written
    production release with the quantity and the delivery split per store. Please do not order LED boards,
    profiles or diffusers for the 1,200 before you have that release from me.

    Two small points for the report: please measure at 700 mA and at the DALI 80 % level, and include the
    polar diagram as PDF as well.

    Best regards / liebe Grüße
    Eva Hofer
    """) + sig_plain("Mag. Eva Hofer", "Lichtplanung Hofer & Partner", "Schottenring 14, 1010 Wien", "+43 1 532 88 10")
case("c06_colour_signoff_scoped", [],
     "'Approved for colour and glare only', production not released; 1,200 on hold until LDT accepted and Eva Hofer's written release.",
     [("RE_LN-35_samples_Graz.eml", mail(
         "Eva Hofer <hofer@lichtplanung-hofer.at>", "Kevin Liang <sales3@brightway-light.cn>",
         "RE: LN-35 samples - measurement Graz", "Thu, 23 May 2024 10:14:00 +0200",
         _c06, html=text_to_html(_c06)))])


# c07 -- explicit, recorded auto-conversion with quantity, signer and conditions (EML + PDF)
_c07 = T("""
    Dobrý den Pavel,

    as agreed in our call on 6 May, here is the written record of the auto-conversion for wave 1
    (agreement AC-2024-03, attached as PDF, signed by me and by Dr. Henrik Moll).

    - PO 7700412 covers 8 sample shelf-light profiles SL-1250 (3500K, CRI 90). Build and ship those 8 now.
    - Auto-conversion, recorded: if Dr. Henrik Moll, our lighting engineer, signs the sample sign-off form
      with the result "approved" (not "interim", not "rejected"), that signed form itself releases 400 units
      for wave 1. You do not need a separate release letter for these 400 units. This applies only to wave 1
      and only to 400 units, and only if the sign-off is dated before 31 July 2024.
    - The remaining 792 units (waves 2 and 3) are not released. They stay on hold until a revised PO
      signed by me.
    - Material authority: material for the 8 samples only until the sign-off; after an "approved" sign-off,
      material for the 400 wave-1 units. Nothing for waves 2 and 3.

    Please countersign the PDF and send it back, so both sides have the same record.

    Viele Grüße
    Jana Petersen
    Category Purchasing Store Equipment
    Nordmarkt Retail GmbH, Hamburg
    """)
case("c07_recorded_auto_conversion", [],
     "Explicit recorded auto-conversion naming 400 units, signer Dr. Moll and conditions; 792 on hold until revised PO signed by Jana Petersen.",
     [("Wave1_SL-1250_agreement.eml", mail(
         "Jana Petersen <j.petersen@nordmarkt-retail.de>", "Pavel Dvořák <dvorak@svetlo-brno.cz>",
         "PO 7700412 - SL-1250 - agreement AC-2024-03 (recorded)", "Wed, 08 May 2024 15:40:00 +0200",
         _c07, cc="Henrik Moll <h.moll@nordmarkt-retail.de>",
         attachments=[("AC-2024-03_SL-1250.pdf", pdf([
             ("h1", "Agreement AC-2024-03 - recorded auto-conversion"),
             ("p", "Buyer: Nordmarkt Retail GmbH, Hamburg. Supplier: Svetlo Brno s.r.o., Brno. Order: PO 7700412, shelf-light profile SL-1250 Rev. 2."),
             ("table", [
                 ["Quantity", "Status now", "Trigger", "Signed / owned by"],
                 ["8 samples", "released by PO 7700412", "-", "Jana Petersen"],
                 ["400 units (wave 1)", "on hold", "sample sign-off result 'approved' dated before 31.07.2024 releases these 400 units by itself (auto-conversion)", "Dr. Henrik Moll (sign-off)"],
                 ["792 units (waves 2+3)", "on hold, not released", "revised PO", "Jana Petersen"],
             ]),
             ("sp",),
             ("p", "An 'interim' or 'rejected' sign-off releases nothing. Material authority: samples only until sign-off; then up to 400 units."),
             ("p", "Signed: Jana Petersen (Nordmarkt), Dr. Henrik Moll (Nordmarkt), 08.05.2024. Countersignature supplier: ______________"),
         ], title="AC-2024-03", author="Nordmarkt Retail"), PDF_MT)]))])


# c08 -- ERP call-off with explicit staged material authority above the released quantity
case("c08_erp_calloff_staged_material", [],
     "Call-off releases 60; explicit staged material authority up to 180 at buyer's cost; 240 blocked until call-off 2 signed by Martin Gruber.",
     [("ABRUF_AB-2024-0612.txt", T("""
        ALPENSTORE HANDELS GMBH              ABRUF / CALL-OFF                   SEITE 1/1
        INDUSTRIEZEILE 36, 4020 LINZ, AUSTRIA
        ==================================================================================
        LIEFERANT : 700231  ROTULOS LEVANTE S.L., POL. IND. FUENTE DEL JARRO, VALENCIA (ES)
        ABRUF-NR  : AB-2024-0612          DATUM      : 12.06.2024
        RAHMEN-BST: 5500001244            EINKAEUFER : ING. MARTIN GRUBER  (E21)
        WAEHRUNG  : EUR                   INCOTERM   : DAP LINZ ZENTRALLAGER
        ----------------------------------------------------------------------------------
        POS  MATERIAL      BEZEICHNUNG                          MENGE  ME   LIEFERTERMIN
        010  LB-1200-4K    LEUCHTKASTEN 1200X600 1-SEITIG 4000K    60  ST   KW 28/2024
                           FILIALEN WELLE 1 (30 FILIALEN X 2)
        ----------------------------------------------------------------------------------
        ABRUFMENGE / RELEASED QTY THIS CALL-OFF ........... :     60 ST
        RAHMENMENGE GESAMT / FRAME TOTAL .................. :    300 ST
        RESTMENGE / BALANCE NOT RELEASED .................. :    240 ST
          -> RESTMENGE GESPERRT. FERTIGUNG NUR 60 ST.
          -> FREIGABE DER RESTMENGE NUR DURCH ABRUF 2, UNTERZEICHNET VON
             ING. MARTIN GRUBER (LEITUNG EINKAUF). KEIN ANDERER WEG.
        MATERIALDISPOSITION / MATERIAL AUTHORITY ......... : GESTAFFELT / STAGED
          -> MATERIAL (ACRYL OPAL 3MM, LED-MODULE, ALU-PROFILE) FUER MAX. 180 ST
             DARF AUF KOSTEN ALPENSTORE BESCHAFFT WERDEN (60 ST WELLE 1 +
             120 ST VORAUSSICHTLICH WELLE 2). FERTIGUNG DARUEBER HINAUS: NEIN.
          -> MATERIAL UEBER 180 ST: RISIKO LIEFERANT.
        ----------------------------------------------------------------------------------
        PREIS LT. RAHMENVERTRAG RV-2023-17, POS 3: 212,40 EUR/ST
        ABRUFWERT: 12.744,00 EUR NETTO
        LIEFERSCHEIN MIT ABRUF-NR UND FILIALNUMMER. ANLIEFERUNG MO-DO 07:00-14:00.
        ==================================================================================
        ERSTELLT: SAP MM / ME9E   12.06.2024 10:22   BENUTZER: GRUBERM
        """))])


# p01 -- sample PO, quote's series quantity in the text, no scope at all
case("p01_pdf_po_modules_series_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 20 modules cites quote with series 3.000 Stk and nothing says it is not released; no hold, event or release person.",
     [("Bestellung_4500112093.pdf", pdf([
         ("h1", "Ladenbau Krämer GmbH"),
         ("p", "Carl-Miele-Straße 44, 33332 Gütersloh  |  Tel. +49 5241 90 77-0  |  einkauf@ladenbau-kraemer.de"),
         ("h", "BESTELLUNG / PURCHASE ORDER 4500112093"),
         ("table", [
             ["Lieferant / Supplier", "Datum", "Ihr Angebot / your quote", "Ansprechpartner"],
             ["Shenzhen Guangming Lumitech Co., Ltd., Building B3, Guangming Hi-Tech Park, Shenzhen 518107, China",
              "06.05.2024", "Q-GL-2291 vom 02.05.2024", "Dirk Lammers, Einkauf"],
         ]),
         ("sp",),
         ("table", [
             ["Pos", "Art.-Nr.", "Bezeichnung / description", "Menge", "ME", "Preis EUR", "Betrag EUR"],
             ["10", "GL-M3-2835-65", "LED-Modul 3 LED 2835, 12 V, 6500K, IP67, 160° Linse - Muster / sample", "20", "Stk", "0,95", "19,00"],
             ["20", "FRT", "Express-Fracht DHL", "1", "psch", "68,00", "68,00"],
             ["", "", "", "", "", "Summe netto", "87,00"],
         ]),
         ("sp",),
         ("p", "Basis: Ihr Angebot Q-GL-2291 vom 02.05.2024 (Muster 20 Stk / Serie 3.000 Stk, Serienpreis 0,48 EUR/Stk, "
               "Lieferzeit Serie 25 Tage). Einsatz: Profilbuchstaben Fassade, Projekt 'Modehaus Rüter', Zeichnung Z-4471 Rev. 03."),
         ("p", "Please send the samples with the LM-80 report and the binning certificate. Label each bag with the bin code."),
         ("p", "Liefertermin Muster: KW 21/2024. Zahlungsbedingung: 30 Tage netto. Bitte senden Sie uns eine Auftragsbestätigung."),
         ("sp",),
         ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2024). Gerichtsstand Gütersloh."),
     ], title="Bestellung 4500112093", author="Ladenbau Kraemer Einkauf"))])


# p02 -- HTML procurement portal, Saudi buyer: 2 sample totems with the project quantity beside them
case("p02_portal_po_totems_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Portal PO for 2 sample totems shows 'Project quantity 64 totems' with no not-released note; no hold, event or release person.",
     [("eProc_PO-AN-24-00871.html", html_page(
         "Al-Noor Retail e-Procurement - PO-AN-24-00871", T("""
        <div style="background:#0b3d6b;color:#fff;padding:8px"><b>Al-Noor Retail Co.</b> &middot; e-Procurement &middot; Supplier view</div>
        <h2>Purchase Order PO-AN-24-00871</h2>
        <table>
        <tr><th>Supplier</th><td>I&#351;&#305;k Tabela Reklam San. ve Tic. A.&#350;., &#304;kitelli OSB, Istanbul, T&uuml;rkiye (vendor 20-4471)</td></tr>
        <tr><th>Buyer</th><td>Al-Noor Retail Co., Procurement Dept., King Fahd Rd, Al Olaya, Riyadh 12214, KSA</td></tr>
        <tr><th>Procurement officer</th><td>Mohammed Al-Shehri, +966 11 460 2290</td></tr>
        <tr><th>PO date</th><td>19-05-2024</td></tr>
        <tr><th>Reference</th><td>Quotation IT-Q-24-033 rev.1</td></tr>
        <tr><th>Project</th><td>Store identity roll-out KSA 2024/25 &ndash; pilot store Al Olaya (store 1007)</td></tr>
        <tr><th>Project quantity</th><td>64 totems (per quotation IT-Q-24-033)</td></tr>
        <tr><th>Incoterm</th><td>DAP Riyadh, store 1007</td></tr>
        </table>
        <h3>Lines</h3>
        <table>
        <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price SAR</th><th>Amount SAR</th></tr>
        <tr><td>1</td><td>TOT-450-DS</td><td>Double-sided illuminated totem 4.5 m, powder-coated RAL 7016, acrylic logo panels, LED 6500K, IP65, bilingual Arabic/English graphics</td><td>2</td><td>EA</td><td>18,750.00</td><td>37,500.00</td></tr>
        <tr><td>2</td><td>INST-SUP</td><td>Installation supervision, pilot store (2 days)</td><td>1</td><td>LOT</td><td>6,400.00</td><td>6,400.00</td></tr>
        </table>
        <p><b>Total (excl. VAT 15%): SAR 43,900.00</b></p>
        <h3>Remarks</h3>
        <p>Kindly confirm receipt of this PO within 48 hours. Fabrication according to shop drawing TD-0408 Rev 2 and wind-load calculation
        for 160 km/h. SASO certificate and IP65 test report to be submitted with the delivery documents. Foundation by others.</p>
        <p>Invoice to be uploaded in the portal with PO number and line. Payment 60 days from invoice receipt.</p>
        <p style="color:#777;font-size:11px">System generated document. Al-Noor Retail Co. &middot; CR 1010 223 441</p>
        """)))])


# p03 -- Austrian ERP printout: 5 sample downlights, frame quantity 1.200 printed in the header
case("p03_erp_po_downlights_frame_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 5 downlights prints 'RAHMENMENGE 1.200 ST' beside it; no hold, unlock event or release person anywhere.",
     [("BST_4100023377.txt", T("""
        LADENBAU PICHLER GMBH                                        BESTELLUNG
        ALTE POSTSTRASSE 152, 8020 GRAZ, AUSTRIA                       SEITE 1
        ---------------------------------------------------------------------------
        BESTELLNR. 4100023377        DATUM 27.05.2024        EINKAEUFER: E14 / HUBER
        LIEFERANT  882019  ZHONGSHAN GUZHEN BRIGHTWAY LIGHTING CO LTD
                           NO. 18 DONGHUI RD, GUZHEN, ZHONGSHAN, CN
        PROJEKT    PR-24-031  FILIALROLLOUT FASHION 'LODENHAUS' 2024 (40 FILIALEN)
        RAHMENMENGE  1.200 ST  DL-90-3K
        ZAHLUNG    30 TAGE NETTO        INCOTERM  FOB SHENZHEN
        ---------------------------------------------------------------------------
        POS    MATERIAL     KURZTEXT                           MENGE ME  PREIS/ST  WERT
        00010  DL-90-3K     DOWNLIGHT D90 3000K CRI95 15W        5  ST   38,00   190,00
                            MUSTERBESTELLUNG, ABSTRAHLW. 36 GRAD
                            TREIBER PHASENABSCHNITT DIMMBAR
        00020  LDT-REP      PHOTOMETRIE LDT/IES, 1 BERICHT       1  PSCH  0,00     0,00
        ---------------------------------------------------------------------------
                                                        GESAMT NETTO EUR     190,00
        LIEFERTERMIN MUSTER: KW 23/2024 FRACHTFREI GRAZ
        BITTE AUFTRAGSBESTAETIGUNG PER MAIL AN EINKAUF@LADENBAU-PICHLER.AT
        ZEICHNUNG DL-90 REV 4 / NORM EN 60598-2-2 / IP20 / SCHUTZKLASSE II
        ---------------------------------------------------------------------------
        ES GELTEN UNSERE EINKAUFSBEDINGUNGEN AEB 2023. GERICHTSSTAND GRAZ.
        """))])


# p04 -- EML with PO PDF and quote PDF: forecast called a firm commitment, no scope
_p04 = T("""
    Hi Frank,

    Attached is PO 55-20418 for the 6 sample shelf lights (SL-900, 3500K, CRI 90), plus your quote
    Q-SL-0412. Please ship the samples FedEx International Priority to our lab in Columbus,
    attention Darren Holt, and send the IES files and the UL 8750 certificate by email.

    On volume: our forecast for next year's spring remodel program is 2,400 pcs. You can take that as a
    firm commitment from our side, so please plan your capacity for it. We will do the remodels in four
    waves of roughly 600.

    Please confirm receipt of the PO and the ship date.

    Thanks,
    Megan
    """) + sig("Megan Ortiz", "Sourcing Manager - Store Fixtures", "Kessler & Main Retail Group, Columbus, OH", "+1 614 555 0138")
case("p04_eml_po_quote_forecast_firm", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "PO for 6 samples with quote 6/2,400 attached; forecast 2,400 called 'a firm commitment'; no hold, event or release person.",
     [("PO_55-20418_samples.eml", mail(
         "Megan Ortiz <mortiz@kesslermain.com>", "Frank Chen <frank@starlite-guzhen.com>",
         "PO 55-20418 - SL-900 shelf light samples", "Mon, 13 May 2024 16:22:00 -0400", _p04,
         html=text_to_html(_p04),
         attachments=[
             ("PO_55-20418.pdf", pdf([
                 ("h1", "Kessler & Main Retail Group"),
                 ("p", "Purchase Order 55-20418  |  Date 05/13/2024  |  Buyer: Megan Ortiz"),
                 ("p", "Vendor: Guzhen Starlite Lighting Co., Ltd., Zhongshan, Guangdong, China"),
                 ("table", [
                     ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                     ["1", "SL-900-35", "LED shelf light 900 mm, 3500K, CRI 90, 24 V, clip mount - sample", "6", "$24.00", "$144.00"],
                     ["2", "FRT", "Freight FedEx IP", "1", "$95.00", "$95.00"],
                 ]),
                 ("p", "Ship to: Kessler & Main Lighting Lab, 2500 Corporate Exchange Dr, Columbus OH 43231."),
                 ("p", "Terms: Net 30. Reference: vendor quote Q-SL-0412."),
             ], pagesize=LETTER, title="PO 55-20418", author="Kessler & Main"), PDF_MT),
             ("Q-SL-0412.pdf", pdf([
                 ("h1", "GUZHEN STARLITE LIGHTING CO., LTD."),
                 ("h", "Quotation Q-SL-0412"),
                 ("p", "Customer: Kessler & Main Retail Group. Date: 2024-05-08."),
                 ("table", [
                     ["Item", "Description", "Qty", "Unit price USD"],
                     ["SL-900-35", "LED shelf light 900 mm 3500K CRI90 (sample)", "6", "24.00"],
                     ["SL-900-35", "LED shelf light 900 mm 3500K CRI90 (mass production)", "2,400", "9.60"],
                 ]),
                 ("p", "UL 8750 / cUL listed. Warranty 5 years. Lead time mass production 30 days."),
             ], title="Q-SL-0412", author="Starlite"), PDF_MT),
         ]))])


# p05 -- multi-file: Mexican ERP PO for 3 sample crosses + supplier quote with 450 production
_p05_quote = pdf([
    ("h1", "Iluminación Industrial del Norte S.A. de C.V."),
    ("p", "Av. 5 de Febrero 1708, Zona Industrial Benito Juárez, Querétaro, Qro. C.P. 76120  |  RFC IIN-090312-KL4"),
    ("h", "COTIZACIÓN COT-IIN-0587"),
    ("p", "Cliente: Farmacias Altamira S.A. de C.V. - Atención: Lic. Andrea Villaseñor, Compras Corporativas. Fecha: 08/05/2024."),
    ("table", [
        ["Partida", "Descripción", "Cantidad", "P.U. MXN", "Importe MXN"],
        ["1", "Cruz luminosa doble cara 80 x 80 cm, LED RGB programable, controlador DMX, IP65 (MUESTRA)", "3", "14,900.00", "44,700.00"],
        ["2", "Cruz luminosa doble cara 80 x 80 cm, producción (450 tiendas)", "450", "9,850.00", "4,432,500.00"],
    ]),
    ("p", "Precios más IVA. Tiempo de entrega muestras: 2 semanas. Producción: 6 semanas por lote de 150 piezas."),
    ("p", "Garantía 3 años en LEDs y controlador. Vigencia de la cotización: 45 días."),
    ("p", "Atentamente, Ing. Rogelio Treviño, Gerente Comercial."),
], title="COT-IIN-0587", author="IIN")
case("p05_multifile_oc_crosses_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Folder = sample PO for 3 pharmacy crosses + supplier quote with 450 production; nothing marks the 450 as not released, no event or person.",
     [("OC-2024-03311.txt", T("""
        FARMACIAS ALTAMIRA S.A. DE C.V.          ORDEN DE COMPRA / PURCHASE ORDER
        INSURGENTES SUR 1605, COL. SAN JOSE INSURGENTES, CDMX 03900
        RFC FAL-981120-8T2
        ==========================================================================
        OC No.      : OC-2024-03311              FECHA : 14/05/2024
        PROVEEDOR   : 10-2207 ILUMINACION INDUSTRIAL DEL NORTE SA DE CV (QRO)
        COMPRADOR   : LIC. ANDREA VILLASENOR  (COMPRAS CORPORATIVAS)
        REFERENCIA  : COT-IIN-0587
        CENTRO COSTO: 4410 EXPANSION / IMAGEN TIENDAS
        ==========================================================================
        PDA  CODIGO       DESCRIPCION                          CANT  UM   P.U.      IMPORTE
        001  CRZ-80-RGB   CRUZ LUMINOSA 80X80 DOBLE CARA        3   PZA  14,900.00 44,700.00
                          MUESTRA - TIENDA PILOTO COYOACAN
                          LED RGB, CONTROL DMX, IP65
        ==========================================================================
                                                  SUBTOTAL   44,700.00
                                                  IVA 16%     7,152.00
                                                  TOTAL      51,852.00 MXN
        ENTREGA: TIENDA 0214 COYOACAN, AV. MIGUEL ANGEL DE QUEVEDO 687, 28/05/2024
        CONDICIONES DE PAGO: 30 DIAS FECHA FACTURA (CFDI 4.0, USO G03)
        OBSERVACIONES: FAVOR DE ENVIAR FICHA TECNICA Y CERTIFICADO NOM-064-SCFI.
        SE ANEXA COTIZACION DEL PROVEEDOR.
        ==========================================================================
        """)),
      ("COT-IIN-0587.pdf", _p05_quote)])


# p06 -- DOCX sample order with table; rollout implied, no scope statements at all
case("p06_docx_sample_order_linear", ["RG003", "RG004", "RG005"],
     "Sample order for 2 luminaires 'for the planned rollout' never says the rollout quantity is not released; no unlock event, no release person.",
     [("Musterbestellung_4500-AL-0931.docx", docx_bytes([
         ("h1", "Musterbestellung / Sample order 4500-AL-0931"),
         ("p", "Alpenstore Handels GmbH, Industriezeile 36, 4020 Linz - Einkauf Ladenbau & Technik"),
         ("p", "To: Světlo Brno s.r.o., Vídeňská 97, 619 00 Brno - Ing. Pavel Dvořák"),
         ("p", "Datum: 03.06.2024 - Ihr Angebot AN-24-131 - Kostenstelle 7720 Filialbau"),
         ("p", "Sehr geehrter Herr Dvořák, dear Mr Dvořák,"),
         ("p", "for the planned 2024/25 store rollout we order the following samples for our pilot store Linz-Urfahr:"),
         ("table", [
             ["Pos", "Artikel", "Beschreibung", "Menge", "Preis EUR"],
             ["1", "LIN-1500-840-D", "Linear pendant luminaire 1.500 mm, 4000K, CRI 80, DALI, 48 W, black anodized", "2", "164,00"],
             ["2", "SUSP-2M", "Suspension set 2 m with ceiling canopy", "2", "12,50"],
             ["3", "LDT", "Photometric report LDT/IES", "1", "0,00"],
         ]),
         ("sp",),
         ("p", "Liefertermin: bis 14.06.2024, frei Filiale Linz-Urfahr, Freistädter Straße 260. Please enclose the CE declaration "
               "and the LDT file. The samples will be installed by our electrician (Elektro Aigner) in the week of 17 June."),
         ("p", "Rechnung: 30 Tage netto an die obige Adresse, mit Bestellnummer."),
         ("p", "Mit freundlichen Grüßen"),
         ("p", "DI (FH) Stefan Leitner, Einkauf Ladenbau & Technik, +43 732 78 44-312"),
     ], author="Alpenstore Einkauf"))])


# p07 -- EML: balance on hold "until further notice", release person named, no unlock event
_p07_q = T("""
    Dear Mr. Hartmann,
    thank you for PO 7700398. Samples 12 sets will be ready 24th May.
    When can we expect the order for the rest? Our LED stock is limited in June.
    Best regards
    Wu Haoran / Shenzhen Guangming Lumitech
    """)
_p07 = T("""
    Hello Mr. Wu,

    thank you. To make it clear once more, because our project team in Hamburg was asked by your colleague
    about the series on the phone:

    PO 7700398 covers 12 sets of LED modules for the 12 sample letters (facade 'NORDMARKT', letter height
    600 mm). We release these 12 sets now. Please buy material only for these 12 sets.

    The other 588 sets from your offer are on hold until further notice. Nobody in our project team can
    release them; a release of the 588 sets can only come from me personally.

    Please send the 12 sets with the binning label and the LM-80 summary.

    Mit freundlichen Grüßen
    Jens Hartmann
    Strategischer Einkauf Ladenbau
    Nordmarkt Retail GmbH | Überseering 30 | 22297 Hamburg
    Tel. +49 40 3009 5512

    Nordmarkt Retail GmbH, Sitz Hamburg, Amtsgericht Hamburg HRB 118 224.
    Geschäftsführung: Dr. Ulrike Brandt, Matthias Kolbe.

    -----Ursprüngliche Nachricht-----
    Von: Wu Haoran <wu.haoran@gl-lumitech.com>
    Gesendet: Montag, 13. Mai 2024 03:12
    An: Jens Hartmann <j.hartmann@nordmarkt-retail.de>
    Betreff: PO 7700398 - LED modules
    """) + quote_lines(_p07_q)
case("p07_eml_hold_until_further_notice", ["RG004"],
     "12 sets released, 588 'on hold until further notice', release only by Jens Hartmann: no unlock event named.",
     [("AW_PO_7700398_LED_modules.eml", mail(
         "Jens Hartmann <j.hartmann@nordmarkt-retail.de>", "Wu Haoran <wu.haoran@gl-lumitech.com>",
         "AW: PO 7700398 - LED modules", "Mon, 13 May 2024 11:05:00 +0200", _p07,
         in_reply_to="<gl-7700398-0513@gl-lumitech.com>"))])

# ================================================================ batch 2

# c09 -- supplier confirms the advance payment and says it does not release production
_c09_orig = T("""
    Dear Burak,

    please find PO RFO-PO-1182 attached in our portal. Scope, so there is no misunderstanding:
    - PO RFO-PO-1182 releases 2 (two) sample sets of the halo-lit stainless letters 'ZAHRA' (1,200 mm logo)
      for the mock-up at Mall of Arabia, Jeddah. Build and ship these 2 sets only.
    - The 22 sets for the other stores in your offer are not released by this PO.
    - They stay on hold until I sign the mock-up inspection report and send you a written release
      for the 22 sets.
    - Material: for the 2 sample sets only.
    The advance payment under clause 7 of the frame contract will be transferred this week against
    your advance payment guarantee.

    Regards,
    Eng. Khalid Al-Zahrani
    Procurement Manager, Rawabi Fit-Out Contracting, Jeddah
    """)
_c09 = T("""
    Dear Eng. Khalid,

    Good day. We confirm that we received your advance payment of SAR 96,600 today (bank ref.
    NCB-24-0611-2207). Thank you.

    Please note our understanding, as written in your PO: the advance payment does not release
    production. We build only the 2 sample sets under PO RFO-PO-1182. The 22 sets stay on hold until you
    sign the mock-up inspection report and send us the written release. We have not ordered stainless
    sheet or LED for the 22 sets, and we will not do so before your written release.

    The 2 sample sets are in polishing now; air freight Istanbul - Jeddah on 18 June, AWB to follow.

    Best regards / Saygılarımla
    Burak Yıldız
    Export Sales Manager
    Ege Aydınlatma ve Tabela San. A.Ş. | Atatürk OSB 10003 Sk. No:14, Çiğli / İzmir
    +90 232 376 41 00

    On Mon, 3 Jun 2024 at 10:21, Khalid Al-Zahrani <k.alzahrani@rawabi-fitout.sa> wrote:
    """) + quote_lines(_c09_orig)
case("c09_advance_no_release", [],
     "Supplier: 'the advance payment does not release production'; quoted buyer scope is complete (2 sets, 22 on hold, mock-up report + written release by Khalid).",
     [("RE_PO_RFO-PO-1182_ZAHRA.eml", mail(
         "Burak Yıldız <burak.yildiz@egeaydinlatma.com.tr>", "Khalid Al-Zahrani <k.alzahrani@rawabi-fitout.sa>",
         "RE: PO RFO-PO-1182 - ZAHRA letters - advance payment", "Tue, 11 Jun 2024 16:48:00 +0300", _c09,
         in_reply_to="<rfo-1182-0603@rawabi-fitout.sa>"))])


# c10 -- supplier acknowledgement restating the hold (quoted reply thread, Spanish-English)
_c10_orig = T("""
    Hola Javier,

    PO HLD-2417 is attached. Scope:
    1. Make now: 3 (three) sample wall-washers WW-1200, 3000K, CRI 95, DALI, for the mock-up in our Seattle studio.
    2. Not released: the other 117 units for the nine Cascade Coffee stores. They are on hold.
    3. Unlock: the 117 are released only after I sign off the samples on site and Owen Fischer, our
       Project Director, sends you a written production release.
    4. Material: buy for the 3 samples only.

    Thanks, Priya
    """)
_c10 = T("""
    Dear Priya,

    Thank you very much for the order. We acknowledge PO HLD-2417 exactly as written:

    - We make now 3 (three) sample wall-washers WW-1200, 3000K, CRI 95, DALI.
    - The other 117 units are not released and remain on hold; we do not plan them in production.
    - We will purchase material only for the 3 samples.
    - We wait for your sample sign-off and then for the written production release from Mr. Owen Fischer
      before we start anything for the 117 units.

    The samples will leave Zaragoza on 21 June by FedEx; we include the LDT files and the CE declaration.

    Un saludo cordial,
    Javier Lasheras
    Export Sales - Luminarias Ebro S.A.
    Polígono Malpica, Calle E 31, 50016 Zaragoza, España
    Tel. +34 976 57 12 40

    Este mensaje y sus adjuntos son confidenciales. / This message and its attachments are confidential.

    El 10/06/2024 a las 18:02, Priya Natarajan escribió:
    """) + quote_lines(_c10_orig)
case("c10_ack_restates_hold", [],
     "Supplier acknowledgement restating 3 samples, 117 on hold, sign-off + Owen Fischer's written release; quoted buyer scope complete.",
     [("RE_PO_HLD-2417.eml", mail(
         "Javier Lasheras <jlasheras@luminariasebro.es>", "Priya Natarajan <priya@harborlightingdesign.com>",
         "RE: PO HLD-2417 - WW-1200 samples", "Tue, 11 Jun 2024 09:30:00 +0200", _c10,
         html=text_to_html(_c10), in_reply_to="<hld-2417@harborlightingdesign.com>"))])


# c11 -- Saudi PDF PO with identifiers that look like quantities; complete scope
case("c11_pdf_po_identifiers", [],
     "Sample PO for 4 luminaires with full scope; PN 1200-4000-90, DRG 960 Rev 4, IEC 60598-1:2020, Hall 3000 are identifiers, not quantities.",
     [("PO_DD-24-0419.pdf", pdf([
         ("h1", "Dar Al Diyaa Lighting Trading Est."),
         ("p", "P.O. Box 7310, Dammam 31462, Kingdom of Saudi Arabia  |  CR 2050 118 447  |  VAT 300 118 447 700003"),
         ("h", "PURCHASE ORDER DD-24-0419"),
         ("table", [
             ["Supplier", "Date", "Quotation", "Project"],
             ["Zhongshan Guzhen Brightway Lighting Co., Ltd., Zhongshan, China", "19 May 2024", "ZB-2404-77",
              "Dhahran exhibition centre, Hall 3000 (retail concourse)"],
         ]),
         ("sp",),
         ("table", [
             ["Item", "Part number", "Description", "Qty", "Unit price USD", "Total USD"],
             ["1", "PN 1200-4000-90", "Linear luminaire IP66 / IK08, 1,200 mm, 4000K, CRI 90, 40 W, DRG 960 Rev 4 - SAMPLE", "4", "72.00", "288.00"],
             ["2", "TR-IP66", "IP66 test report, third-party lab, per IEC 60529", "1", "350.00", "350.00"],
         ]),
         ("sp",),
         ("h", "Scope of this purchase order"),
         ("p", "Only 4 (four) sample luminaires are released by this PO (item 1). The remaining 956 pcs in quotation ZB-2404-77 "
               "are not released and must not be produced or stocked."),
         ("p", "Do now: produce and ship the 4 samples by air to Dammam with the IP66 test report. Material for the 4 samples only."),
         ("p", "Unlock: the 956 pcs remain on hold until (a) the IP66 test report is accepted and the mock-up in Hall 3000 is signed off "
               "by Eng. Fahad Al-Dossary, Project Engineer, and (b) a written production release is issued and signed by "
               "Mr. Abdullah Al-Mutairi, General Manager."),
         ("h", "Standards"),
         ("p", "IEC 60598-1:2020, IEC 60598-2-1, IEC 62471 (photobiological safety, RG 0), SASO IEC 62031. Marking per SASO 2902. "
               "Drawing DRG 960 Rev 4 and wiring diagram WD-40 are part of this PO."),
         ("p", "Payment: samples 100 % against proforma invoice. Delivery: CPT Dammam, 3 weeks from PO date."),
         ("p", "Issued by: Hassan Al-Shammari, Purchasing Officer. Tel +966 13 835 4470."),
     ], title="PO DD-24-0419", author="Dar Al Diyaa Purchasing"))])


# c12 -- forwarded old quote (message/rfc822), declared informational; current scope complete
_c12_old = mail("Marta Puig <marta.puig@rotuloslevante.es>", "Markus Breuer <m.breuer@schilderwerk-breuer.de>",
                "Oferta OF-23-0915 - marcos caja de luz / lightbox frames", "Fri, 15 Sep 2023 12:10:00 +0200",
                T("""
                    Hola Markus,

                    as requested, our offer OF-23-0915 for the lightbox frame profile LB-80 (anodized, with
                    LED edge-lit bar 4000K):

                    - 10 sample frames 1,000 x 700 mm: 78,00 EUR each
                    - 5.000 frames, series: 41,20 EUR each, 8 weeks
                    Validity 60 days. Prices EXW Valencia.

                    Saludos,
                    Marta Puig - Rótulos Levante S.L.
                    """), msgid="<of-23-0915@rotuloslevante.es>")
_c12 = T("""
    Hola Marta,

    for your files I forward your offer OF-23-0915 from last September. Its figures, in particular the
    5.000 frames, are informational only: that offer has expired and nothing is ordered or released from it.

    What is valid now is PO 24-1130 of today:
    - 10 sample frames LB-80, 1.000 x 700 mm, 4000K, at the price of your new offer OF-24-0388.
    - The series (our estimate is 1.400 frames for the 2025 store program of our client) is not released.
    - It stays on hold until our client's store design team has signed off the samples and I send you a
      written release with the quantity.
    - Material only for the 10 samples, please.

    Viele Grüße aus Köln
    Markus Breuer
    Geschäftsführer
    Schilderwerk Breuer GmbH | Vitalisstraße 318 | 50933 Köln | +49 221 94 77 30
    """)
case("c12_forward_old_offer_info", [],
     "Forwarded 2023 offer (rfc822) with 5.000 declared informational; current PO 10 samples, series on hold until client sign-off + Breuer's written release.",
     [("WG_Oferta_OF-23-0915.eml", mail(
         "Markus Breuer <m.breuer@schilderwerk-breuer.de>", "Marta Puig <marta.puig@rotuloslevante.es>",
         "WG: Oferta OF-23-0915 - marcos caja de luz / lightbox frames", "Wed, 12 Jun 2024 08:55:00 +0200", _c12,
         attachments=[("rfc822", _c12_old)]))])


# c13 -- buyer corrects a quoted supplier's auto-conversion assumption
_c13_sup = T("""
    Dear Sofia,
    samples 20pcs LED neon flex sign 'LUNA' finish, will ship tomorrow by UPS.
    Once you approve the sample we will start the rest 1,180 pcs immediately to catch your opening date.
    Regards, Lily
    """)
_c13 = T("""
    Hi Lily,

    thanks, the pictures look very nice.

    But please no: an approval of the sample does not start anything. Our PO OC-GCL-5521 covers only the
    20 sample pieces. The other 1,180 pieces are not released. They stay on hold until Ing. Rafael Montoya
    (our store design engineer) signs off the samples in Monterrey AND I send you a written production
    release for a stated quantity. There is no automatic step between the two.

    Please buy material only for the 20 samples until then. If the opening date is at risk I will tell you.

    Saludos,
    Ing. Sofía Garza
    Compras Indirectas / Indirect Procurement
    Grupo Comercial Luna S.A. de C.V. | Av. Constitución 405 Pte, Monterrey, N.L. | +52 81 8150 2290
    """) + "\n> From: Lily Zhang <lily@huaxin-sign.cn>\n> Sent: Wednesday, 29 May 2024 10:02\n" + quote_lines(_c13_sup)
case("c13_buyer_corrects_autoconversion", [],
     "Quoted supplier assumes approval starts the 1,180; buyer's reply corrects it with full scope (20 only, sign-off by Montoya + Garza's written release).",
     [("RE_neon_flex_LUNA_samples.eml", mail(
         "Sofía Garza <sgarza@gcluna.com.mx>", "Lily Zhang <lily@huaxin-sign.cn>",
         "RE: neon flex LUNA - samples shipping", "Wed, 29 May 2024 09:14:00 -0600", _c13,
         in_reply_to="<hx-luna-0529@huaxin-sign.cn>"))])


# c14 -- HTML portal PO, full quantity, "go ahead with all 24"
case("c14_portal_full_po_lightboxes", [],
     "Portal PO for the full 24 lightboxes, no balance; 'go ahead with all 24' names the quantity.",
     [("portal_OC_LP-24-0087.html", html_page(
         "Tiendas La Palma - Portal de Proveedores - OC LP-24-0087", T("""
        <div style="background:#7a1f2b;color:#fff;padding:8px"><b>Tiendas La Palma S.A. de C.V.</b> &middot; Portal de Proveedores</div>
        <h2>Orden de compra LP-24-0087</h2>
        <table>
        <tr><th>Proveedor</th><td>Anuncios Luminosos del Norte S.A. de C.V. (prov. 3318)</td></tr>
        <tr><th>Fecha</th><td>04/06/2024</td></tr>
        <tr><th>Comprador</th><td>Lic. Paola Estrada &ndash; Compras Construcci&oacute;n</td></tr>
        <tr><th>Entrega</th><td>CEDIS Guadalajara, Perif&eacute;rico Sur 7980, Tlaquepaque, Jal.</td></tr>
        </table>
        <h3>Partidas</h3>
        <table>
        <tr><th>Pda</th><th>C&oacute;digo</th><th>Descripci&oacute;n</th><th>Cant.</th><th>P.U. MXN</th><th>Importe MXN</th></tr>
        <tr><td>1</td><td>CL-120-60</td><td>Caja de luz 120 x 60 cm, una cara, lona tensada, LED 6500K, logotipo La Palma</td><td>24</td><td>8,450.00</td><td>202,800.00</td></tr>
        <tr><td>2</td><td>INST</td><td>Instalaci&oacute;n en tienda</td><td>24</td><td>1,200.00</td><td>28,800.00</td></tr>
        </table>
        <p><b>Total: 231,600.00 MXN + IVA</b></p>
        <div class="note"><b>Alcance / scope:</b> esta OC cubre la cantidad total del pedido: 24 cajas de luz para 24 tiendas.
        No hay saldo pendiente ni cantidades adicionales. / This PO covers the complete quantity: 24 lightboxes for 24 stores,
        nothing is held back. Please go ahead with all 24 per the artwork signed on 31/05/2024.</div>
        <p>Factura CFDI 4.0 con n&uacute;mero de OC. Pago a 45 d&iacute;as.</p>
        <p style="color:#777;font-size:11px">Documento generado por el sistema &middot; Tiendas La Palma &middot; Guadalajara, Jal.</p>
        """), lang="es"))])


# c15 -- WhatsApp, Saudi buyer and Turkish supplier; green light scoped to the 2 pylons
case("c15_whatsapp_green_light_two_only", [],
     "'Green light for the 2 pylon signs only'; other 38 not released until Sami signs pilot inspection and sends written release.",
     [("WhatsApp_Chat_Isik_Tabela_AlNoor.txt", T("""
        [04/06/2024, 08:11:42] Emre Kaya (Işık Tabela): Good morning Eng. Sami, shop drawing TD-0408 Rev 3 uploaded to portal with the new wind load calc
        [04/06/2024, 08:12:10] Emre Kaya (Işık Tabela): can you confirm so we start cutting?
        [04/06/2024, 10:47:03] Eng. Sami Al-Harbi: Good morning Emre, thank you
        [04/06/2024, 10:49:55] Eng. Sami Al-Harbi: Drawing Rev 3 is fine for the 2 pilot pylons. You have green light for the 2 pylon signs for pilot store Tahlia Street only. PO AN-24-00902 line 1, qty 2.
        [04/06/2024, 10:51:20] Eng. Sami Al-Harbi: The other 38 pylons in your quotation are NOT released. Please don't cut anything for them.
        [04/06/2024, 10:52:02] Eng. Sami Al-Harbi: They stay on hold until I sign the pilot store inspection after installation, and then I send the release for the 38 in writing on company letterhead
        [04/06/2024, 10:52:30] Eng. Sami Al-Harbi: Kindly confirm
        [04/06/2024, 11:05:16] Emre Kaya (Işık Tabela): Confirmed 👍 only 2 pylons now, material only for 2. 38 waiting your written release
        [04/06/2024, 11:05:40] Emre Kaya (Işık Tabela): Delivery Jeddah port ETA 2 July inshallah
        [04/06/2024, 11:20:09] Eng. Sami Al-Harbi: Inshallah. Jazak Allah khair 🙏
        """))])


# c16 -- PDF: interim sample sign-off with limits and a matching production release for 60
case("c16_pdf_interim_signoff_release", [],
     "Interim sign-off (max 60, before 31 July, pilot stores) plus release PR-2024-11 for 60; 540 on hold until final sign-off + Laura Jensen's written release.",
     [("ISD-07_PR-2024-11.pdf", pdf([
         ("h1", "Cedar & Pine Home Stores Inc."),
         ("p", "Store Development  |  1600 Wewatta St, Denver, CO 80202"),
         ("h", "Interim sample disposition ISD-07"),
         ("table", [
             ["Order", "Part", "Supplier", "Samples"],
             ["PO CP-24-3310", "TRK-LIN-1200 linear track luminaire 3000K CRI 95", "Iluminación Industrial del Norte S.A. de C.V., Querétaro", "6 pcs, received 05/20/2024"],
         ]),
         ("sp",),
         ("p", "Sign-off result: INTERIM. Colour consistency within 3-step MacAdam, photometry per IES file confirmed. "
               "Open point: audible driver noise at 10 % dimming (retest with driver rev B)."),
         ("p", "Limits of this interim sign-off: max. 60 units, shipped before July 31, 2024, for the pilot stores Denver-Cherry Creek and Boulder only."),
         ("p", "Signed off by: Nathan Cole, Lighting Engineer, 05/24/2024."),
         ("h", "Production release PR-2024-11"),
         ("p", "Within the limits of ISD-07 we release 60 (sixty) units of TRK-LIN-1200 for production now."),
         ("p", "Not released: the remaining 540 units of the 600 quoted. They stay on hold until the final sample sign-off "
               "(driver rev B retest) and a written production release signed by Laura Jensen, VP Store Development."),
         ("p", "Material authority: material for the 60 released units only."),
         ("p", "Released by: Laura Jensen, VP Store Development, 05/24/2024."),
     ], pagesize=LETTER, title="ISD-07 / PR-2024-11", author="Cedar & Pine"))])


# p08 -- EML thread: designer's "approved! Go ahead." without scope (scope exists in quoted original)
_p08_orig = T("""
    Dear Frank,
    attached PO LF-24-022 for 3 colour-temperature samples (2700K, 3000K, 3500K) of the track spot TS-25,
    24 degrees, CRI 95. Please send them to our studio in Munich.
    The 297 series spots for the jewellery stores are not released by this PO. They stay on hold until our
    sample sign-off and my written release with the final CCT and quantity.
    Kind regards, Katrin Seidel
    """)
_p08_frank = T("""
    Dear Katrin,
    the 3 samples arrived in your studio today (DHL signed by 'Maier'). Attached photos taken in our lab before shipment, at 100 % and 10 % dimming.
    Please confirm which CCT so we can arrange.
    Best regards, Frank Chen
    Guzhen Starlite Lighting Co., Ltd.
    """)
_p08 = T("""
    Hi Frank,

    3000K it is - the client loved it on the velvet displays. Looks great, approved! Go ahead.

    Best,
    Katrin
    """) + sig_plain("Dipl.-Ing. Katrin Seidel", "Studio Lichtform", "Westendstraße 193, 80686 München",
                     "+49 89 5502 771-0") + \
    "\nOn 4 Jun 2024, at 04:18, Frank Chen <frank@starlite-guzhen.com> wrote:\n" + quote_lines(_p08_frank) + \
    ">\n> On 22 May 2024, Katrin Seidel <seidel@studio-lichtform.de> wrote:\n" + \
    quote_lines(quote_lines(_p08_orig).replace("\n>\n", "\n>\n"))
case("p08_eml_thread_approved_go_ahead", ["RG002"],
     "Designer answers the CCT question with 'approved! Go ahead.' naming neither sample-only nor a quantity; quoted original has the full scope.",
     [("Re_TS-25_CCT_samples.eml", mail(
         "Katrin Seidel <seidel@studio-lichtform.de>", "Frank Chen <frank@starlite-guzhen.com>",
         "Re: TS-25 CCT samples - photos", "Tue, 04 Jun 2024 09:40:00 +0200", _p08,
         html=text_to_html(_p08), in_reply_to="<sl-ts25-0604@starlite-guzhen.com>"))])


# p09 -- WhatsApp: scope set early, then an unscoped "green light from our side"
case("p09_whatsapp_green_light_unscoped", ["RG002"],
     "Chat scope is complete (2 samples, 46 on hold, Faisal's sign-off + written release) but later 'green light from our side' names no quantity.",
     [("WhatsApp_Chat_Ebro_AlMashreq.txt", T("""
        [12/05/2024, 09:02:11] Eng. Faisal Al-Qahtani: Good morning Javier. PO AMF-2291 sent by email. It is for 2 sample lightboxes only (double-sided, 1,800 x 900, 4000K) for the mock-up in Tahlia store
        [12/05/2024, 09:03:40] Eng. Faisal Al-Qahtani: The other 46 lightboxes are not released. They wait until I sign off the mock-up and send you the written release. Material only for 2 please
        [12/05/2024, 09:30:02] Javier Lasheras (Ebro): Buenos días Eng. Faisal, received, thank you. 2 samples, 46 on hold, understood
        [28/05/2024, 17:12:45] Javier Lasheras (Ebro): Samples finished, photos attached
        [28/05/2024, 17:12:46] Javier Lasheras (Ebro): <attached: 00000041-PHOTO-2024-05-28-17-12-46.jpg>
        [28/05/2024, 17:12:46] Javier Lasheras (Ebro): <attached: 00000042-PHOTO-2024-05-28-17-12-46.jpg>
        [28/05/2024, 17:13:30] Javier Lasheras (Ebro): luminance uniformity 87%, no hot spots at the edges
        [28/05/2024, 21:55:08] Eng. Faisal Al-Qahtani: Masha'Allah very clean work habibi
        [28/05/2024, 21:55:40] Eng. Faisal Al-Qahtani: Green light from our side 👍 yalla
        [28/05/2024, 21:56:02] Eng. Faisal Al-Qahtani: I am travelling to Riyadh tomorrow, call Eng. Majed if anything
        [29/05/2024, 08:01:17] Javier Lasheras (Ebro): Gracias! 🙏
        """))])


# p10 -- HTML portal: "Approved" for the PO and for the samples, then "you may proceed"
case("p10_portal_approved_may_proceed", ["RG002", "RG009"],
     "Portal uses 'Approved' for the PO (finance) and for the samples; comment 'you may proceed' names no quantity; scope note itself complete.",
     [("supplierhub_PO_BR-77104.html", html_page(
         "Brightline Retail SupplierHub - PO BR-77104", T("""
        <div style="background:#222;color:#fff;padding:8px"><b>Brightline Retail Inc.</b> &middot; SupplierHub &middot; Shenzhen Guangming Lumitech Co., Ltd.</div>
        <h2>PO BR-77104 &ndash; SEG lightbox, window display</h2>
        <table>
        <tr><th>PO status</th><td><b>Approved</b> (Finance, 05/02/2024 14:10)</td></tr>
        <tr><th>Buyer</th><td>Ashley Romero, Sourcing &ndash; Visual Merchandising</td></tr>
        <tr><th>Incoterm</th><td>FOB Shenzhen</td></tr>
        </table>
        <h3>Lines</h3>
        <table>
        <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit $</th></tr>
        <tr><td>1</td><td>SEG-1800-DS</td><td>Double-sided SEG lightbox 1800 x 2400 mm, 6500K, free-standing, sample</td><td>4</td><td>420.00</td></tr>
        </table>
        <div class="note"><b>Scope note:</b> Line 1 covers 4 sample lightboxes. The balance of 196 units from quote GL-Q-3302 is not released
        and stays on hold until the sample sign-off by our store design team and a written production release from
        Dana Whitfield, Director Store Design. Material for the 4 samples only.</div>
        <h3>Activity</h3>
        <table>
        <tr><th>Date</th><th>User</th><th>Comment</th></tr>
        <tr><td>05/02/2024</td><td>System</td><td>PO approved by Finance (budget VM-2024-Q3)</td></tr>
        <tr><td>05/21/2024</td><td>Wu Haoran (supplier)</td><td>4 samples delivered to Columbus lab, tracking 1Z 999 AA1 01 2345 6784</td></tr>
        <tr><td>05/29/2024</td><td>Ashley Romero</td><td>Samples approved by store design, thanks! You may proceed.</td></tr>
        </table>
        <p style="color:#777;font-size:11px">SupplierHub v4.12 &middot; Brightline Retail Inc., Columbus OH</p>
        """)))])


# p11 -- WhatsApp, Austrian shopfitter: "go ahead with the first batch of stores", no quantity
case("p11_whatsapp_first_batch_stores", ["RG002", "RG010"],
     "'Go ahead with the first batch of stores' never states how many lightboxes; rest on hold until acceptance protocol + Thomas's written call-off.",
     [("WhatsApp_Chat_Pichler_Levante.txt", T("""
        [17.06.24, 18:40:12] Thomas Huber (Pichler): Servus Marta! Pilot store Graz-Annenstraße opened on Saturday, the lightboxes look super, client is happy 😀
        [17.06.24, 18:41:05] Marta Puig: ¡Qué bien! Thank you Thomas, I tell the team
        [17.06.24, 18:43:30] Thomas Huber (Pichler): So: go ahead with the first batch of stores 👍
        [17.06.24, 18:44:52] Thomas Huber (Pichler): The rest of the rollout stays on hold - not released - until the client signs the acceptance protocol of the pilot store and I send you the written call-off.
        [17.06.24, 18:45:10] Thomas Huber (Pichler): Delivery to our warehouse Graz as usual, DAP
        [17.06.24, 19:02:33] Marta Puig: Perfecto, we start on Monday then. I send you the production plan tomorrow
        [17.06.24, 19:03:01] Thomas Huber (Pichler): Danke, schönen Abend!
        """))])


# p12 -- EML thread: buyer's "Sample approved, go ahead." read by the supplier as the series start
_p12_orig = T("""
    Dear Mr. Demir,
    PO 24-0877 is for 12 sample letters (stainless steel, halo-lit, 450 mm) for the facade mock-up only.
    The remaining 1,188 letters for the Nordmarkt facades are not released. They stay on hold until our
    client has signed off the sample letters and I send you the written release.
    Kind regards, Markus Breuer
    """)
_p12_buyer = T("""
    Sample approved, go ahead.
    M. Breuer
    """)
_p12 = T("""
    Dear Mr. Breuer,

    Thank you very much for your approval! We start the remaining 1,188 letters now. First shipment of
    400 letters in 3 weeks by truck to Köln, the rest in two more trucks.

    Best regards
    Emre Demir
    Işık Tabela Reklam San. ve Tic. A.Ş. | İkitelli OSB, Istanbul
    """) + "\n-----Original Message-----\nFrom: Markus Breuer <m.breuer@schilderwerk-breuer.de>\n" \
          "Sent: Friday, June 7, 2024 4:51 PM\nSubject: AW: sample letters photos\n\n" + quote_lines(_p12_buyer) + \
    ">\n> -----Original Message-----\n> From: Markus Breuer\n> Sent: Monday, May 13, 2024 9:12 AM\n" + \
    quote_lines(quote_lines(_p12_orig))
case("p12_eml_approved_series_start", ["RG002", "RG007"],
     "Buyer's 'Sample approved, go ahead.' is unscoped; supplier reads it as starting the 1,188 although the quoted PO required a written release.",
     [("RE_AW_sample_letters_photos.eml", mail(
         "Emre Demir <emre.demir@isiktabela.com.tr>", "Markus Breuer <m.breuer@schilderwerk-breuer.de>",
         "RE: AW: sample letters photos", "Mon, 10 Jun 2024 08:20:00 +0300", _p12,
         in_reply_to="<breuer-0607@schilderwerk-breuer.de>"))])


# p13 -- EML Saudi: "proceed with the sample pieces" but never how many
_p13 = T("""
    Dear Ms. Lily,

    Greetings from Jeddah.

    Further to our meeting at the Red Sea Mall site and your revised quotation HX-Q-0611, kindly proceed
    with the sample pieces of the halo-lit acrylic letters for the mock-up at Red Sea Mall, unit G-114.
    Please use the Arabic and English artwork of 30 May (file RSM_logo_AR-EN_v5.ai).

    The remaining quantity for the 18 stores of the roll-out stays on hold and is not released. It will be
    released only after Eng. Khalid Al-Zahrani signs the mock-up inspection report and issues the written
    release. Kindly do not procure material for the roll-out before that.

    Please send the shop drawing for our review before cutting, and the IP65 test certificate of the
    LED modules.

    Best regards,
    Eng. Khalid Al-Zahrani
    Procurement Manager
    Rawabi Fit-Out Contracting | Prince Sultan St., Al Rawdah, Jeddah 23435 | +966 12 606 8810
    """)
case("p13_eml_proceed_sample_pieces", ["RG010"],
     "Buyer authorizes 'the sample pieces' for the mock-up but never states how many; hold, event and Khalid as release person are present.",
     [("Red_Sea_Mall_mock-up_letters.eml", mail(
         "Khalid Al-Zahrani <k.alzahrani@rawabi-fitout.sa>", "Lily Zhang <lily@huaxin-sign.cn>",
         "Red Sea Mall - mock-up letters", "Sun, 02 Jun 2024 10:05:00 +0300", _p13))])


# p14 -- WhatsApp Mexico: start with the pilot samples, number never given
case("p14_whatsapp_mx_pilot_samples", ["RG010"],
     "'Arranquen con las muestras del piloto' with the rollout of 200 on hold until Pacheco's sign-off + Mariana's written release; sample quantity never stated.",
     [("Chat_WhatsApp_Bajio_ElPaso.txt", T("""
        [3/6/24 9:14:20] Ing. Mariana Ruiz (Zapaterías El Paso): Buen día Héctor
        [3/6/24 9:15:02] Ing. Mariana Ruiz (Zapaterías El Paso): Ya tenemos el arte final del letrero de fachada con la nueva tipografía 👌
        [3/6/24 9:16:40] Ing. Mariana Ruiz (Zapaterías El Paso): Arranquen con las muestras del piloto para la tienda Plaza Mayor León / please start with the pilot samples
        [3/6/24 9:17:55] Ing. Mariana Ruiz (Zapaterías El Paso): OJO: el rollout de 200 letreros NO está liberado. Se queda en espera hasta que el Ing. Jorge Pacheco firme las muestras y yo les mande la liberación por escrito. / The 200 are NOT released until Jorge signs off the samples and I send the written release
        [3/6/24 9:18:30] Ing. Mariana Ruiz (Zapaterías El Paso): Material solo para las muestras porfa
        [3/6/24 9:40:12] Héctor Salinas (Letreros del Bajío): Buen día Ing., enterado 👍 arrancamos hoy con las muestras
        [3/6/24 9:41:03] Héctor Salinas (Letreros del Bajío): Le mando foto del primer letrero el jueves
        [3/6/24 9:41:30] Ing. Mariana Ruiz (Zapaterías El Paso): Gracias!!
        """))])

# ================================================================ batch 3

# c17 -- DOCX rollout plan: wave 1 released with quantity, later waves labelled forecast
case("c17_docx_rollout_plan_waves", [],
     "Rollout plan: wave 1 = 288 spots released (R-01); waves 2-3 = 1,056 forecast, not released, each by written call-off from Birgit Steiner.",
     [("Rolloutplan_Lindner_2024-25_v3.docx", docx_bytes([
         ("h1", "Modehaus Lindner - Rollout plan store lighting 2024/25 (version 3)"),
         ("p", "Shared with: Zhongshan Guzhen Brightway Lighting Co., Ltd. (Kevin Liang). Owner: Mag. Birgit Steiner, Leitung Filialbau, "
               "Modehaus Lindner GmbH, Münchner Bundesstraße 108, 5020 Salzburg."),
         ("h", "1. Status by wave"),
         ("table", [
             ["Wave", "Stores", "Openings", "Track spot TS-30-930", "Status"],
             ["1", "6 (Salzburg, Linz, Wels)", "Sep 2024", "288", "RELEASED - release R-01 of 10.06.2024"],
             ["2", "10 (Vienna, Graz)", "Feb-Mar 2025", "480", "forecast - not released"],
             ["3", "12 (Tyrol, Vorarlberg, Bavaria)", "Sep 2025", "576", "forecast - not released"],
         ]),
         ("h", "2. What this means for Brightway"),
         ("li", "Produce now: 288 track spots for wave 1, as released by R-01. Nothing more."),
         ("li", "Waves 2 and 3 (1,056 spots in total) are planning figures. They are not ordered and not released."),
         ("li", "Unlock: each further wave is released only by a separate written call-off signed by Mag. Birgit Steiner, "
                "issued after the lighting acceptance of the first store of the previous wave."),
         ("li", "Material: for the 288 wave-1 spots only. Material for waves 2 and 3 is at Brightway's own risk until its call-off."),
         ("h", "3. Technical baseline"),
         ("p", "TS-30-930: 30 W, 3000K, CRI 95 (R9 > 50), 24° reflector, 3-phase adapter (Global trac), black RAL 9005. "
               "Sample sign-off recorded 05.06.2024 (Lichtplanung Hofer, report LH-24-077). Photometry: LDT per beam angle."),
         ("h", "4. Logistics"),
         ("p", "DAP Salzburg central warehouse, packed per store with store number label. Opening dates per wave on the store list (appendix A, not attached)."),
         ("p", "Change log v3: wave 3 moved from Jun 2025 to Sep 2025; Bavaria stores added to wave 3."),
     ], author="Birgit Steiner"))])


# c18 -- German ERP printout, full-quantity PO; "150 W" looks like the 150 pcs
case("c18_erp_full_po_drivers", [],
     "Full-quantity PO for 150 drivers, 'no open quantities'; 150 W / IP67 / ENEC are specs, no balance exists.",
     [("BE_4500119002.txt", T("""
        ELEKTRO- UND LICHTTECHNIK SAUER GMBH               BESTELLUNG        BLATT 1/1
        WOLFHAGER STR. 390 - 34128 KASSEL - TEL 0561 98 22 0
        ===================================================================================
        LIEFERANT : 71044 SHENZHEN GUANGMING LUMITECH CO LTD, GUANGMING, SHENZHEN, CN
        BESTELL-NR: 4500119002       DATUM : 22.05.2024       ANFRAGE : AF-24-0310
        EINKAEUFER: R. SAUER (E01)   TELEFON 0561 98 22 14    IHR ZEICHEN: WU HAORAN
        ===================================================================================
        POS  ARTIKEL         BEZEICHNUNG                              MENGE ME   EP EUR   GESAMT
        010  DRV-24-150-CV   LED-TREIBER 24V 150W KONSTANTSPANNUNG   150  ST   21,80   3.270,00
                             IP67, ENEC, PFC > 0,95, SELV
        020  VP              VERPACKUNG / KARTON 10 ST                 15  KAR   0,00       0,00
        ===================================================================================
        BESTELLWERT NETTO                                                          3.270,00 EUR
        LIEFERUNG KOMPLETT KW 26/2024, CIF HAMBURG, WEITER PER SPEDITION NACH KASSEL.
        DIES IST DIE GESAMTMENGE DES AUFTRAGS. KEINE TEILMENGEN OFFEN, KEINE WEITEREN
        ABRUFE AUS DIESER BESTELLUNG. / THIS IS THE FULL ORDER QUANTITY; NO OPEN BALANCE.
        BITTE FERTIGEN SIE DIE 150 ST WIE BESTELLT UND BESTAETIGEN SIE DEN TERMIN.
        ZAHLUNG: 60 TAGE NETTO NACH WARENEINGANG.
        ===================================================================================
        EINSATZ: NACHRUESTUNG LADENBELEUCHTUNG, 18 FILIALEN HESSEN (BAUHERR: NORDMARKT)
        ES GELTEN UNSERE EINKAUFSBEDINGUNGEN, STAND 03/2023.
        """))])


# c19 -- supplier status email with TXT attachment: waiting, nothing bought beyond the sample
_c19 = T("""
    Dear Lic. Andrea,

    please find our weekly status for your order attached (ERP printout).

    Summary:
    - 10 sample pcs of the LED pharmacy cross CRZ-60 shipped on 4 June by UPS, tracking 1Z 8A4 W19 04 1133 0472.
    - Mass production not started. We are waiting for the sample sign-off from your engineering team and then
      your written production release (from you, as you wrote in the PO).
    - Material: we bought only the material for the 10 samples. LED and PCB for mass production NOT purchased.
    - Capacity: our SMT line has space in July if your release comes before 28 June.

    Thank you and best regards,
    Kevin Liang
    Export Sales, Zhongshan Guzhen Brightway Lighting Co., Ltd.
    Tel +86 760 2218 7730 | WeChat: kevinliang_bw
    """)
case("c19_supplier_status_waiting", [],
     "Supplier status: samples shipped, mass production not started, waiting for sign-off and written release, no material bought beyond samples.",
     [("Weekly_status_WK23_CRZ-60.eml", mail(
         "Kevin Liang <sales3@brightway-light.cn>", "Andrea Villaseñor <avillasenor@farmaciasaltamira.mx>",
         "Weekly status WK23 - CRZ-60 pharmacy cross", "Fri, 07 Jun 2024 17:30:00 +0800", _c19,
         attachments=[("status_WK23.txt", T("""
             BRIGHTWAY ERP  ORDER STATUS REPORT          2024-06-07 17:10
             CUSTOMER : FARMACIAS ALTAMIRA SA DE CV (MX)
             ORDER    : SO-24-0588   CUST PO: OC-2024-03502
             ---------------------------------------------------------
             ITEM      DESC                 QTY   DONE  SHIPPED  STATUS
             CRZ-60-S  CROSS 60CM SAMPLE     10     10       10  CLOSED
             ---------------------------------------------------------
             MASS PRODUCTION : NOT STARTED - WAIT CUSTOMER WRITTEN RELEASE
             MATERIAL ISSUED : SAMPLE ONLY (10 SETS)
             MATERIAL ON ORDER FOR MASS PRODUCTION : NONE
             """), "text/plain")]))])


# c20 -- multi-file: PO PDF with scope + supplier offer PDF + cover email; all consistent
_c20_po = pdf([
    ("h1", "Ladenbau Krämer GmbH"),
    ("p", "Carl-Miele-Straße 44, 33332 Gütersloh  |  einkauf@ladenbau-kraemer.de"),
    ("h", "BESTELLUNG / PURCHASE ORDER 4500113377"),
    ("p", "Lieferant: Rótulos Levante S.L., Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 41, 46988 Paterna (Valencia), España. "
          "Datum: 10.06.2024. Ihr Angebot: OF-24-0420."),
    ("table", [
        ["Pos", "Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis EUR"],
        ["10", "CL-RIT-600", "Profilbuchstaben 'Café Ritter' 600 mm, Front- und Halo-Licht, LED 3000K, Muster-Satz", "1", "Satz", "2.340,00"],
    ]),
    ("sp",),
    ("h", "Umfang / scope"),
    ("p", "Released by this PO: 1 (one) sample letter set, pos. 10. Nothing else."),
    ("p", "Not released: the 64 series sets in your offer OF-24-0420. They are on hold and must not be produced."),
    ("p", "Do now: build the sample set and deliver it to the Café Ritter store in Münster for installation on 02.07.2024."),
    ("p", "Material: only for the sample set."),
    ("p", "Unlock: the 64 sets are released only after the sample set has been signed off by the architect of Café Ritter "
          "(Büro Hollmann) and Dirk Lammers, Einkauf Ladenbau Krämer, has sent a written release naming the quantity."),
], title="Bestellung 4500113377", author="Ladenbau Kraemer Einkauf")
_c20_offer = pdf([
    ("h1", "Rótulos Levante S.L."),
    ("p", "Oferta / offer OF-24-0420  -  03.06.2024  -  Cliente: Ladenbau Krämer GmbH, Gütersloh"),
    ("table", [
        ["Concepto", "Cantidad", "Precio unitario EUR", "Plazo"],
        ["Juego de letras 'Café Ritter' 600 mm, muestra / sample set", "1", "2.340,00", "3 semanas"],
        ["Juego de letras 'Café Ritter' 600 mm, serie / series", "64", "1.615,00", "6 semanas desde liberación"],
    ]),
    ("p", "Precios EXW Paterna. Validez 90 días. Marcado CE; LED con garantía 5 años."),
], title="Oferta OF-24-0420", author="Rotulos Levante")
_c20 = T("""
    Hola Marta,

    attached our PO 4500113377 for the sample letter set 'Café Ritter' and, for completeness, your offer
    OF-24-0420 that it refers to. Please read the scope section of the PO: only the 1 sample set is released;
    the 64 series sets of your offer stay on hold until the architect has signed off the sample and I send
    you a written release.

    Could you confirm the installation date in Münster (2 July) and send your order confirmation?

    Viele Grüße
    Dirk Lammers
    Einkauf, Ladenbau Krämer GmbH
    Tel. +49 5241 90 77-31
    """)
case("c20_multifile_po_offer_mail", [],
     "Folder: PO with full scope (1 sample set, 64 on hold until architect sign-off + Lammers' written release), offer with tiers, cover mail; consistent.",
     [("Bestellung_4500113377.pdf", _c20_po),
      ("OF-24-0420_Rotulos_Levante.pdf", _c20_offer),
      ("PO_4500113377_Cafe_Ritter.eml", mail(
          "Dirk Lammers <d.lammers@ladenbau-kraemer.de>", "Marta Puig <marta.puig@rotuloslevante.es>",
          "PO 4500113377 - Café Ritter Mustersatz", "Mon, 10 Jun 2024 14:02:00 +0200", _c20))])


# c21 -- supplier asks whether they have the go-ahead (a question, multipart/alternative)
_c21 = T("""
    Dear Mr. Hassan,

    Eng. Fahad's sample sign-off report for the 24 sample modules (6500K, IP67) is received, thank you.

    Do we have your go-ahead for the 2,400 modules? Our LED binning slot for 6500K at the packaging house
    closes this Friday. If we miss it, the next slot is in 4 weeks.

    We have not bought any LED or PCB for the 2,400 so far, and we will not start anything before your
    written release. Please advise.

    Best regards,
    Wu Haoran
    Sales Manager
    Shenzhen Guangming Lumitech Co., Ltd.
    Building B3, Guangming Hi-Tech Park, Shenzhen 518107
    """)
case("c21_supplier_asks_go_ahead", [],
     "Supplier's 'Do we have your go-ahead for the 2,400?' is a question; states nothing bought and nothing started before written release.",
     [("Modules_2400_binning_slot.eml", mail(
         "Wu Haoran <wu.haoran@gl-lumitech.com>", "Hassan Al-Shammari <h.shammari@dardiyaa.com.sa>",
         "LED modules 6500K - binning slot Friday", "Tue, 18 Jun 2024 10:12:00 +0800", _c21,
         html=text_to_html(_c21)))])


# c22 -- PDF production release for the whole balance after sign-off; nothing remains
case("c22_pdf_release_full_balance", [],
     "Release letter: after sample sign-off, releases the entire balance of 38 (order 40 fully released), named signer and countersigner; nothing on hold.",
     [("Letter_PR-AN-0031.pdf", pdf([
         ("h1", "Al-Noor Retail Co."),
         ("p", "Store Projects Department  |  King Fahd Road, Al Olaya, Riyadh 12214, Kingdom of Saudi Arabia"),
         ("p", "To: Işık Tabela Reklam San. ve Tic. A.Ş., Istanbul - Attn. Mr. Emre Kaya".replace("Işık", "Isik").replace("Ş", "S")),
         ("p", "Date: 14 July 2024.  Ref: PO AN-24-00902, pylon signs 6 m, double-sided."),
         ("h", "Production release PR-AN-0031"),
         ("table", [
             ["Order quantity (PO AN-24-00902)", "Released before", "Released now", "Remaining on hold"],
             ["40 pylons", "2 (pilot store Tahlia Street)", "38", "0"],
         ]),
         ("sp",),
         ("p", "The two pilot pylons were installed on 8 July and the pilot store inspection was signed off on 10 July 2024 by "
               "Eng. Sami Al-Harbi (inspection report INS-1007-02)."),
         ("p", "We therefore release 38 (thirty-eight) pylons for production: the entire balance of PO AN-24-00902. With this release "
               "the full order quantity of 40 pylons is released; nothing remains on hold under this PO."),
         ("p", "Delivery: in three lots per the store opening schedule attached to the PO. Material authority: 38 pylons."),
         ("sp",),
         ("p", "Released by: Eng. Sami Al-Harbi, Head of Store Projects.   Countersigned: Mr. Nasser Al-Otaibi, Finance Director."),
     ], title="PR-AN-0031", author="Al-Noor Store Projects"))])


# c23 -- WhatsApp Mexico, scoped: only the 4 samples, 196 on hold
case("c23_whatsapp_mx_only_four", [],
     "'Solo las 4 muestras'; 196 NO liberados until Ramírez signs off and Paola sends written release; material only for 4.",
     [("WhatsApp_Chat_LaPalma_IIN.txt", T("""
        [22/05/24, 11:02:44] Lic. Paola Estrada (La Palma): Buenas tardes Ing. Rogelio 🙂
        [22/05/24, 11:03:10] Lic. Paola Estrada (La Palma): Ya salió la OC LP-24-0061 para las luminarias lineales de piso de venta
        [22/05/24, 11:04:02] Lic. Paola Estrada (La Palma): Ojo: es SOLO para las 4 muestras / ONLY the 4 samples, para la tienda piloto Zapopan
        [22/05/24, 11:05:15] Lic. Paola Estrada (La Palma): Las otras 196 NO están liberadas. Se quedan en espera hasta que el Ing. Ramírez firme las muestras instaladas y yo le mande la liberación por escrito con la cantidad
        [22/05/24, 11:05:40] Lic. Paola Estrada (La Palma): Material solo para las 4 porfa 🙏
        [22/05/24, 11:20:31] Ing. Rogelio Treviño (IIN): Enterado Lic., solo 4 muestras, 196 en espera de su liberación por escrito. Material solo para 4 👍
        [22/05/24, 11:21:02] Ing. Rogelio Treviño (IIN): Entrega en Zapopan el 5 de junio
        [22/05/24, 11:22:18] Lic. Paola Estrada (La Palma): Perfecto, gracias!
        """))])


# c24 -- shop drawing approval scoped to the single sample set (EML + HTML attachment)
_c24 = T("""
    Hi Daniela,

    thanks for the revised shop drawings. Our comments are in the attached review sheet.

    SD-HV-031 Rev B is approved for manufacture of the one (1) sample sign set only. This is a drawing
    approval, not a production release. PO HV-24-0702 covers that single sample set.

    The 35 store sets are not released and stay on hold until the sample set is installed at our Portland
    pilot store, signed off by our architect Nina Alvarez, and I send you a written release with the quantity.
    Please don't buy aluminium or LEDs for the 35 sets before that.

    Best,
    Greg
    """) + sig("Greg Saunders", "Senior Buyer - Store Construction", "Harborview Outfitters Inc., Portland OR", "(503) 555-0174")
case("c24_drawing_approval_sample_only", [],
     "Shop drawing 'approved for manufacture of the one (1) sample set only'; 35 sets on hold until Nina Alvarez's sign-off and Greg's written release.",
     [("RE_SD-HV-031_RevB.eml", mail(
         "Greg Saunders <gsaunders@harborview-outfitters.com>", "Daniela Cantú <dcantu@anunciosdelnorte.mx>",
         "RE: SD-HV-031 Rev B - shop drawings blade sign", "Thu, 20 Jun 2024 13:45:00 -0700", _c24,
         attachments=[("SD-HV-031_review_sheet.html", html_page("Drawing review SD-HV-031 Rev B", T("""
             <h2>Harborview Outfitters &ndash; drawing review sheet</h2>
             <p>Drawing: SD-HV-031 Rev B, projecting blade sign 36 in, double-sided, internally illuminated. Reviewer: Nina Alvarez, Architect.</p>
             <table>
             <tr><th>#</th><th>Sheet</th><th>Comment</th><th>Action</th></tr>
             <tr><td>1</td><td>2/4</td><td>Bracket anchors: use 4 x 1/2 in wedge anchors per structural note S-12</td><td>revise for set 1</td></tr>
             <tr><td>2</td><td>3/4</td><td>LED module spacing 4 in max to avoid hot spots on 3/16 in white acrylic</td><td>ok</td></tr>
             <tr><td>3</td><td>4/4</td><td>UL 48 label location on the raceway, visible after install</td><td>ok</td></tr>
             </table>
             <p class="note">Review result: approved for manufacture of the single sample set only. No production release.</p>
             """)), "text/html")]))])


# c25 -- HTML supplier portal order confirmation that restates the scope
case("c25_portal_order_confirmation", [],
     "Supplier portal confirmation restating 5 samples, 295 on hold until Leitner's sign-off + Gruber's written release, sample-only material.",
     [("levante_portal_confirmacion_PV-24-1187.html", html_page(
         "Rótulos Levante - Confirmación de pedido PV-24-1187", T("""
        <div style="background:#e35b00;color:#fff;padding:8px"><b>R&oacute;tulos Levante S.L.</b> &middot; Portal clientes &middot; Alpenstore Handels GmbH</div>
        <h2>Confirmaci&oacute;n de pedido / Order confirmation PV-24-1187</h2>
        <table>
        <tr><th>Your PO</th><td>4500-AL-1002 of 28.05.2024</td></tr>
        <tr><th>Your contact</th><td>DI (FH) Stefan Leitner, Einkauf Ladenbau &amp; Technik</td></tr>
        <tr><th>Our contact</th><td>Marta Puig, Key Account</td></tr>
        </table>
        <h3>Confirmed lines</h3>
        <table>
        <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty confirmed</th><th>Delivery</th></tr>
        <tr><td>1</td><td>LB-1200-4K-S</td><td>Lightbox 1200x600 single-sided 4000K &ndash; sample</td><td>5</td><td>CW 25, DAP Linz</td></tr>
        </table>
        <div class="note"><b>Scope as written in your PO (confirmed):</b>
        <ul>
        <li>We produce 5 sample lightboxes now.</li>
        <li>The remaining 295 lightboxes of project 'Alpenstore 2024/25' are not released and are on hold.</li>
        <li>They will be released only after DI Stefan Leitner has signed off the samples and Ing. Martin Gruber (Leitung Einkauf)
        has sent a written release with the quantity.</li>
        <li>Material: purchased for the 5 samples only.</li>
        </ul></div>
        <p>Payment: 30 days net. Incoterm DAP Linz Zentrallager. CE / EN 60598-2-1.</p>
        <p style="color:#777;font-size:11px">R&oacute;tulos Levante S.L. &middot; CIF B-46 221 847 &middot; Paterna (Valencia)</p>
        """), lang="es"))])


# p15 -- DOCX release letter: "we hereby release wave 1" without a quantity
case("p15_docx_wave1_letter_no_qty", ["RG010"],
     "Release letter 'hereby release wave 1 (pilot region Salzburg)' lists stores but no quantity; waves 2-3 on hold until acceptance + Steiner's call-off.",
     [("Schreiben_Welle1_Lindner.docx", docx_bytes([
         ("h1", "Modehaus Lindner GmbH - Freigabe / Release wave 1"),
         ("p", "To: Zhongshan Guzhen Brightway Lighting Co., Ltd., Mr. Kevin Liang"),
         ("p", "Salzburg, 14.06.2024 - Ref.: your offer BW-Q-240301, track spot TS-30-930"),
         ("p", "Sehr geehrter Herr Liang, dear Mr. Liang,"),
         ("p", "following the sample sign-off on 12 June 2024 by our lighting designer (report LH-24-077), we hereby release "
               "wave 1 (pilot region Salzburg) of our store lighting rollout for production."),
         ("table", [
             ["Store", "Address", "Opening"],
             ["S-01 Europark", "Europastraße 1, 5020 Salzburg", "05.09.2024"],
             ["S-04 Getreidegasse", "Getreidegasse 21, 5020 Salzburg", "12.09.2024"],
             ["S-07 Hallein", "Bahnhofstraße 9, 5400 Hallein", "19.09.2024"],
         ]),
         ("sp",),
         ("p", "Waves 2 and 3 are not released and stay on hold. They will be released only after the lighting acceptance of the "
               "wave-1 stores and a written call-off signed by me."),
         ("p", "Please deliver per store, DAP Salzburg central warehouse, labels with store number. Material for wave 1 only."),
         ("p", "Mit freundlichen Grüßen"),
         ("p", "Mag. Birgit Steiner, Leitung Filialbau, Modehaus Lindner GmbH, Münchner Bundesstraße 108, 5020 Salzburg"),
     ], author="Birgit Steiner"))])


# p16 -- WeChat: deposit paid "so you can start with the first stores"
case("p16_wechat_deposit_first_stores", ["RG002", "RG010", "RG012"],
     "Buyer: 'we paid the deposit today, so you can start with the first stores' - payment as authority, unscoped go-ahead, no quantity.",
     [("WeChat_export_Starlite_HarborLD.txt", T("""
        ===== WeChat chat history: Frank Chen 陈 (Guzhen Starlite) & Priya Natarajan (Harbor Lighting Design) =====
        2024-06-18 22:05  Frank Chen 陈: Hi Priya, PI-24-0618 for the pendant luminaires sent to your email. Deposit 30% please 🙏
        2024-06-18 22:06  Frank Chen 陈: after deposit we can plan the line
        2024-06-19 08:32  Priya Natarajan: Morning Frank! We paid the deposit today, so you can start with the first stores 🙂
        2024-06-19 08:33  Priya Natarajan: [File] SWIFT_copy_0619.pdf
        2024-06-19 08:35  Priya Natarajan: The other stores are on hold, not released. Owen Fischer sends you the written release for them after the pilot install in Bellevue is signed off
        2024-06-19 08:36  Priya Natarajan: pendants in 2700K please, same as the sample, matte black canopy
        2024-06-19 09:10  Frank Chen 陈: Received with thanks! We start production Monday 👍
        2024-06-19 09:11  Frank Chen 陈: 好的, 2700K black canopy noted
        ================================================================================
        """))])


# p17 -- supplier status: extrusions and diffuser bought for the full run (quoted scope complete)
_p17_orig = T("""
    Dear Frank,
    PO DD-24-0388 covers a 6 m sample run of the continuous linear system LX-50 (3000K, CRI 90) for the mock-up in the
    Dhahran mall corridor. The 1,200 m for the project are not released by this PO and must not be produced.
    They stay on hold until the mock-up is signed off by Eng. Fahad Al-Dossary and Mr. Abdullah Al-Mutairi
    signs a written production release. Material for the 6 m sample run only, please.
    Regards, Hassan Al-Shammari, Purchasing Officer, Dar Al Diyaa Lighting Trading Est.
    """)
_p17 = T("""
    Dear Mr. Hassan,

    Good news: the 6 m sample run is finished and passed the aging test (72 h). It will ship by air on Thursday
    together with the LDT file.

    To secure your opening date before Ramadan, we have already purchased the aluminium extrusion and the opal
    PC diffuser for the full 1,200 m, and the LED strips (3000K, 3-step MacAdam) are booked with our supplier
    for the same quantity. So when your release comes, we can deliver in 3 weeks instead of 7.

    Production of the 1,200 m will start after your release, of course.

    Best regards
    Frank Chen
    Guzhen Starlite Lighting Co., Ltd. | Tel +86 760 8722 3018

    ------------------ Original ------------------
    From: "Hassan Al-Shammari" <h.shammari@dardiyaa.com.sa>
    Date: Mon, May 20, 2024 11:40 AM
    Subject: PO DD-24-0388 LX-50 sample run
    """) + quote_lines(_p17_orig)
case("p17_eml_material_full_run", ["RG006"],
     "Supplier bought extrusion/diffuser and booked LEDs for the full 1,200 m while only a 6 m sample run is released and material is sample-only.",
     [("RE_PO_DD-24-0388_LX-50.eml", mail(
         "Frank Chen <frank@starlite-guzhen.com>", "Hassan Al-Shammari <h.shammari@dardiyaa.com.sa>",
         "RE: PO DD-24-0388 LX-50 sample run - status", "Tue, 11 Jun 2024 15:22:00 +0800", _p17,
         in_reply_to="<dd-0388@dardiyaa.com.sa>"))])


# p18 -- WeChat: supplier reads the deposit as go and has bought chips for the full quantity
case("p18_wechat_deposit_chips_booked", ["RG006", "RG012"],
     "Supplier: 'deposit received, we arrange mass production now' and chips for 3,000 paid, while only 30 samples are released.",
     [("WeChat_GL-Lumitech_Kraemer.txt", T("""
        WeChat export — group "Krämer x GL Lumitech 项目群"
        ---------------------------------------------------------------------------
        2024-05-21 15:02  Dirk Lammers: Hello Mr. Wu, PO 4500112540 sent. It is for 30 sample modules GL-M3-2835-65 only.
        2024-05-21 15:03  Dirk Lammers: The 2,970 from your quote are NOT released. On hold until our project engineer Jan Kötter signs off the samples and I send you the written release. Material only for 30 please.
        2024-05-21 15:20  Wu Haoran 吴浩然: Received Mr. Dirk, thank you
        2024-05-24 09:44  Dirk Lammers: We paid the sample invoice and the 30% deposit for the lens tooling today. Copy attached
        2024-05-24 09:44  Dirk Lammers: [File] Zahlungsavis_24-05-24.pdf
        2024-05-24 16:08  Wu Haoran 吴浩然: Deposit received, thank you! 👍
        2024-05-24 16:09  Wu Haoran 吴浩然: We arrange mass production now. LED chips 2835 6500K for 3,000 pcs already booked and paid to Samsung distributor, arrive next week
        2024-05-24 16:10  Wu Haoran 吴浩然: samples 30pcs will ship with DHL on Tuesday
        ---------------------------------------------------------------------------
        """))])


# p19 -- Czech supplier ERP status printout: material reserved for 480 while 24 released
case("p19_erp_status_material_reserved", ["RG006"],
     "Supplier status printout: 24 released, 456 not released, but drivers and housings for 480 ordered/reserved; no material authority.",
     [("Stav_zakazky_ZK-24-0193.txt", T("""
        SVETLO BRNO S.R.O.        STAV ZAKAZKY / ORDER STATUS           TISK 14.06.2024 07:45
        VIDENSKA 97, 619 00 BRNO                                        STRANA 1
        ====================================================================================
        ZAKAZNIK / CUSTOMER : 10044 ALPENSTORE HANDELS GMBH, LINZ (AT)
        ZAKAZKA / ORDER     : ZK-24-0193          PO ZAKAZNIKA: 4500-AL-0977
        VYROBEK / PRODUCT   : LIN-1500-840-D  LINEAR PENDANT 1500MM 4000K DALI
        ------------------------------------------------------------------------------------
        MNOZSTVI / QUANTITIES                                   KS
          UVOLNENO / RELEASED QTY (PO 4500-AL-0977) .........    24
          NEUVOLNENO / NOT RELEASED (PROJEKT 480) ............   456
          VYROBENO / PRODUCED ................................    24
          EXPEDOVANO / SHIPPED ...............................    24
        ------------------------------------------------------------------------------------
        MATERIAL                           OBJEDNANO/ORDERED  REZERVOVANO/RESERVED   PRO KS
          DRIVER DALI-2 48W (TRIDONIC TYPE)       480               480              480
          HOUSING ALU 1500 ANODIZED BLACK         480               480              480
          LED BOARD 560MM 4000K                    72                72               24
          DIFFUSER OPAL PMMA 1500                  24                24               24
        POZN./NOTE: DRIVERY A PROFILY OBJEDNANY PRO CELY PROJEKT (480 KS) KVULI
                    DODACI LHUTE DRIVERU 16 TYDNU. / DRIVERS AND HOUSINGS ORDERED FOR THE
                    WHOLE PROJECT (480 PCS) BECAUSE OF 16-WEEK DRIVER LEAD TIME.
        ------------------------------------------------------------------------------------
        ZPRACOVAL: ING. PAVEL DVORAK, OBCHOD              SYSTEM: HELIOS ORANGE
        """))])


# p20 -- multi-file: buyer PO (DOCX) 2 samples vs supplier report "4 released" + material for all 40
case("p20_multifile_po_vs_weekly_report", ["RG006", "RG011"],
     "Buyer PO releases 2 sample totems; supplier report states 4 released and material bought for all 40 totems.",
     [("PO_AN-24-01077.docx", docx_bytes([
         ("h1", "Al-Noor Retail Co. - Purchase Order AN-24-01077"),
         ("p", "Supplier: Işık Tabela Reklam San. ve Tic. A.Ş., İkitelli OSB, Istanbul. Date: 26 May 2024. Quotation IT-Q-24-041."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price SAR"],
             ["1", "TOT-300-SS", "Single-sided illuminated totem 3.0 m, RAL 9016, LED 4000K, IP65 - sample", "2", "11,200.00"],
         ]),
         ("h", "Scope"),
         ("li", "Released now: 2 (two) sample totems for the pilot store Al Malqa (store 1012)."),
         ("li", "Not released: the other 38 totems of quotation IT-Q-24-041. They are on hold."),
         ("li", "Unlock: the 38 are released only after Eng. Sami Al-Harbi signs the pilot store inspection and sends a written release."),
         ("li", "Material: for the 2 sample totems only."),
         ("p", "Issued by: Mohammed Al-Shehri, Procurement Officer."),
     ], author="Al-Noor Procurement")),
      ("Weekly_report_CW24_AlNoor.pdf", pdf([
          ("h1", "ISIK TABELA - Weekly production report CW24"),
          ("p", "Customer: Al-Noor Retail Co., Riyadh. Project: totems 3.0 m, PO AN-24-01077. Prepared by: Emre Kaya, Project Manager. 14.06.2024"),
          ("table", [
              ["Topic", "Status"],
              ["Released qty", "4 sample totems (per PO AN-24-01077)"],
              ["Sample production", "4 frames welded, 2 powder-coated, LED fitting next week"],
              ["Material purchased", "Powder-coated aluminium sheet 3 mm, steel base plates and LED modules for all 40 totems - "
                                     "bought in CW22 to secure delivery before the store openings in September"],
              ["Open points", "Arabic font file for panel B; foundation drawing from client"],
          ]),
          ("p", "Next report: CW25."),
      ], title="Weekly report CW24", author="Isik Tabela"))])

# ================================================================ batch 4

# p21 -- Mexican supplier portal: material for all 200 bought in advance, 4 released
case("p21_portal_mx_material_all_200", ["RG006"],
     "Supplier portal shows 4 released / 196 on hold but aluminium profile and LED for 200 pieces already bought 'por tiempos de entrega'.",
     [("IIN_portal_estatus_LP-24-0061.html", html_page(
         "IIN Portal de clientes - Estatus OC LP-24-0061", T("""
        <div style="background:#1d4f91;color:#fff;padding:8px"><b>Iluminaci&oacute;n Industrial del Norte</b> &middot; Portal de clientes &middot; Tiendas La Palma</div>
        <h2>Estatus de pedido / order status &ndash; OC LP-24-0061</h2>
        <table>
        <tr><th>Producto</th><td>LIN-PV-1500 luminaria lineal piso de venta 1.5 m, 4000K, CRI 90</td></tr>
        <tr><th>Cliente</th><td>Tiendas La Palma S.A. de C.V. &ndash; Lic. Paola Estrada</td></tr>
        <tr><th>Actualizado</th><td>07/06/2024 18:05</td></tr>
        </table>
        <h3>Cantidades / quantities</h3>
        <table>
        <tr><th>Concepto</th><th>Piezas</th><th>Estatus</th></tr>
        <tr><td>Muestras liberadas (OC LP-24-0061)</td><td>4</td><td>entregadas en tienda piloto Zapopan 05/06</td></tr>
        <tr><td>Saldo del proyecto</td><td>196</td><td>en espera de liberaci&oacute;n por escrito del cliente</td></tr>
        </table>
        <h3>Materiales / material</h3>
        <table>
        <tr><th>Material</th><th>Cantidad</th><th>Estatus</th></tr>
        <tr><td>Perfil de aluminio extruido 1.5 m</td><td>200 pzas</td><td>comprado &ndash; en almac&eacute;n</td></tr>
        <tr><td>Tira LED 4000K 24 V (rollos 5 m)</td><td>60 rollos (200 pzas)</td><td>comprado &ndash; en almac&eacute;n</td></tr>
        <tr><td>Difusor opal PC</td><td>200 pzas</td><td>pedido al proveedor, llega 14/06</td></tr>
        </table>
        <p class="note">Nota: material para las 200 piezas comprado por adelantado por tiempos de entrega del perfil (8 semanas) /
        material for all 200 pieces bought in advance because of the 8-week profile lead time.</p>
        <p style="color:#777;font-size:11px">IIN &middot; Quer&eacute;taro &middot; portal v2.3</p>
        """), lang="es"))])


# p22 -- Spanish supplier: "with the deposit in, we have started", PMMA and LED for all 350
_p22_orig = T("""
    Hi Marta,
    PO BR-77190 covers 5 sample lightboxes (wall-mounted, 1,000 x 1,500 mm, 6500K) only.
    The remaining 345 units of your offer are not released. They stay on hold until our store design team
    has signed off the samples and Dana Whitfield, Director Store Design, sends a written production release.
    Material for the 5 samples only. We'll pay the 30% deposit of your proforma PI-24-112 this week.
    Thanks, Ashley Romero, Sourcing - Visual Merchandising, Brightline Retail Inc.
    """)
_p22 = T("""
    Hola Ashley,

    ¡Muchas gracias! Hemos recibido el anticipo del 30 % (PI-24-112) hoy.

    Con el anticipo ya hemos arrancado / with the deposit in, we have started: the PMMA opal sheets and the LED
    bars for all 350 lightboxes are ordered, and cutting of the frames starts on Monday. This way we can
    ship the first 100 units at the end of July.

    The 5 samples are packed and leave Valencia on Friday by DHL Express.

    Un saludo,
    Marta Puig
    Key Account Manager | Rótulos Levante S.L.
    Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 41, 46988 Paterna (Valencia)
    Tel. +34 961 32 18 77

    De: Ashley Romero <aromero@brightline-retail.com>
    Enviado: lunes, 3 de junio de 2024 17:40
    Asunto: PO BR-77190 - sample lightboxes
    """) + quote_lines(_p22_orig)
case("p22_eml_es_deposit_started_350", ["RG006", "RG012"],
     "Supplier treats the 30% deposit as the start: PMMA and LED for all 350 ordered, cutting Monday; PO released 5 samples only.",
     [("RE_PO_BR-77190_sample_lightboxes.eml", mail(
         "Marta Puig <marta.puig@rotuloslevante.es>", "Ashley Romero <aromero@brightline-retail.com>",
         "RE: PO BR-77190 - sample lightboxes", "Wed, 05 Jun 2024 12:31:00 +0200", _p22,
         html=text_to_html(_p22), in_reply_to="<br-77190@brightline-retail.com>"))])


# p23 -- Czech supplier: housings for all 118 already cut, "once he signs off, we just go"
_p23_orig = T("""
    Dear Mr. Dvořák,
    attached our PO 4500087731 for 2 sample lightboxes LB-SEG-2412. The 118 series lightboxes of your offer
    AN-24-118 are a forecast and are not released by this PO. They stay on hold until the sample sign-off by
    our lighting engineer Tobias Ahlers and a written production release signed by Claudia Wendt, Head of
    Procurement. Material for the 2 samples only.
    Kind regards, Sabine Reuter, Einkauf, Ladenbau Wendt GmbH
    """)
_p23 = T("""
    Dear Mrs. Reuter,

    the 2 sample lightboxes will be delivered to Hannover-Linden on 12 June (truck, tail lift).

    Small information for your planning: we have already cut and welded the SEG frames for the full 118
    pieces, so once Mr. Ahlers signs off the samples we just go - the series follows directly after the
    sign-off and you will have the first 40 pieces within two weeks.

    S pozdravem / best regards
    Ing. Pavel Dvořák
    Obchodní ředitel | Světlo Brno s.r.o. | Vídeňská 97, 619 00 Brno | +420 543 212 880

    From: Sabine Reuter <s.reuter@ladenbau-wendt.de>
    Sent: Tuesday, May 21, 2024 10:15 AM
    """) + quote_lines(_p23_orig)
case("p23_eml_cz_frames_cut_series_follows", ["RG006", "RG007"],
     "Supplier cut frames for all 118 (sample-only material) and says the series follows directly after Ahlers' sign-off, skipping Wendt's written release.",
     [("RE_PO_4500087731_delivery.eml", mail(
         "Pavel Dvořák <dvorak@svetlo-brno.cz>", "Sabine Reuter <s.reuter@ladenbau-wendt.de>",
         "RE: PO 4500087731 - delivery samples", "Thu, 06 Jun 2024 14:20:00 +0200", _p23,
         in_reply_to="<lw-4500087731@ladenbau-wendt.de>"))])


# p24 -- Shenzhen supplier calls the labelled forecast "firm" and buys drivers/PCBs for it
_p24_orig = T("""
    Hi Lily,
    PO 30522 is for 20 sample modules HX-3L-2835 in 3000K only. The Q3 figure I gave you on the phone,
    about 2,000 modules, is a forecast, not an order, and nothing of it is released. The modules beyond the
    20 samples stay on hold until Rachel Kim signs off the samples and I send a written release.
    Material for the 20 only.
    Tom Becker, Purchasing, Signcraft Midwest LLC
    """)
_p24 = T("""
    Dear Tom,

    20 samples 3000K will ship tomorrow with DHL, tracking follow.

    Based on your firm forecast of 2,000 pcs for Q3 we have purchased the drivers and the PCBs for 2,000 pcs
    already, because the PCB factory close for Dragon Boat Festival and the driver price go up 8% from July.
    So we are ready when you release.

    Best regards
    Lily Zhang
    Overseas Sales | Shenzhen Huaxin Sign Technology Co., Ltd.
    Tel/WhatsApp +86 138 2651 0047

    -----Original Message-----
    From: Tom Becker <tbecker@signcraftmidwest.com>
    """) + quote_lines(_p24_orig)
case("p24_eml_cn_firm_forecast_pcbs", ["RG006", "RG008"],
     "Supplier calls the buyer's labelled forecast 'your firm forecast of 2,000' and bought drivers and PCBs for 2,000 with only 20 released.",
     [("RE_PO_30522_samples_3000K.eml", mail(
         "Lily Zhang <lily@huaxin-sign.cn>", "Tom Becker <tbecker@signcraftmidwest.com>",
         "RE: PO 30522 samples 3000K", "Thu, 06 Jun 2024 18:02:00 +0800", _p24,
         html=text_to_html(_p24), in_reply_to="<sc-30522@signcraftmidwest.com>"))])


# p25 -- Shenzhen supplier: after sample OK "we directly continue with mass production, no need for another PO"
_p25_orig = T("""
    Dear Mr. Wu,
    our PO 4100023501 covers 20 sample LED modules GL-M3-2835-40 (4000K) for the sample letters only.
    The 2,980 modules for the series are not released. They stay on hold until our project engineer
    Ing. Julia Hofbauer signs off the sample letters and I send you a revised PO for the series.
    Material only for the 20 samples.
    Mit freundlichen Grüßen, Ing. Thomas Huber, Einkauf, Ladenbau Pichler GmbH
    """)
_p25 = T("""
    Dear Mr. Huber,

    thank you for your PO. Sample 20 pcs are in production, ready on 31 May.

    To save time for your project: once you confirm the sample is OK, we will directly continue with the mass
    production of the 2,980 pcs. No need to wait for another PO or a release letter, we can do the paperwork
    later with the shipment.

    Best regards,
    Wu Haoran
    Shenzhen Guangming Lumitech Co., Ltd.

    > -----Original-----
    > From: Thomas Huber <huber@ladenbau-pichler.at>
    > Date: 2024-05-22 09:14
    """) + quote_lines(_p25_orig)
case("p25_eml_cn_continue_mass_production", ["RG007"],
     "Supplier: once the sample is OK 'we directly continue with the mass production of the 2,980', no revised PO - contradicts the quoted unlock (revised PO).",
     [("RE_PO_4100023501.eml", mail(
         "Wu Haoran <wu.haoran@gl-lumitech.com>", "Thomas Huber <huber@ladenbau-pichler.at>",
         "RE: PO 4100023501 LED modules 4000K", "Fri, 24 May 2024 11:48:00 +0800", _p25,
         in_reply_to="<lp-4100023501@ladenbau-pichler.at>"))])


# p26 -- multi-file: PO PDF with written-release requirement + buyer's WhatsApp "just keep rolling"
case("p26_multifile_po_chat_keep_rolling", ["RG007"],
     "PO requires Kevin Marsh's sign-off and written release for the 46 sets; in chat he says if the sample looks good 'just keep rolling', don't wait on paperwork.",
     [("PO_PO-24-5561.pdf", pdf([
         ("h1", "PRAIRIE OUTDOOR CO."),
         ("p", "Store Construction  |  800 Washington Ave N, Minneapolis, MN 55401"),
         ("h", "PURCHASE ORDER PO-24-5561"),
         ("table", [
             ["Vendor", "Date", "Buyer"],
             ["Anuncios Luminosos Tijuana S.A. de C.V., Blvd. Insurgentes 17850, Tijuana, B.C.", "05/28/2024", "Kevin Marsh, Construction Manager"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
             ["1", "CL-PRAIRIE-30", "Halo-lit channel letter set 'PRAIRIE OUTDOOR', 30 in, brushed aluminum, 3000K - sample set for pilot store Edina", "1", "$3,150.00", "$3,150.00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO releases the 1 sample set only. The 46 store sets in your quote ALT-Q-0455 are not released and are on hold."),
         ("p", "Unlock: the 46 sets are released only after I sign off the sample set on the wall in Edina and send you a written release "
               "with quantity and store list. Material for the sample set only."),
         ("p", "Kevin Marsh, Construction Manager, kmarsh@prairieoutdoor.com, (612) 555-0199"),
     ], pagesize=LETTER, title="PO-24-5561", author="Prairie Outdoor")),
      ("WhatsApp_Chat_Kevin_Luis.txt", T("""
        [5/31/24, 4:12:09 PM] Luis Ortega (ALT): Hi Kevin, sample set ships Monday, install crew booked Tuesday 9am in Edina
        [5/31/24, 4:15:44 PM] Kevin Marsh: Awesome. Honestly if it looks good on the wall Tuesday just keep rolling with the rest of the 46 stores, don't wait on paperwork from me
        [5/31/24, 4:16:02 PM] Kevin Marsh: openings are stacked in Aug and I'm out fishing the week after 🎣
        [5/31/24, 4:20:31 PM] Luis Ortega (ALT): 👍 understood, thanks Kevin
        """))])


# p27 -- Spanish supplier's order confirmation: series starts "automatically upon your sample approval"
_p27_orig = T("""
    Dear Javier,
    PO LF-24-031 covers 4 sample pendant luminaires PD-400 (2700K, CRI 95, brass finish) for our client's
    showroom in Munich. The 596 series luminaires are not released. They stay on hold until our sample
    sign-off and my written release with the final quantity.
    Best regards, Katrin Seidel, Studio Lichtform
    """)
_p27 = T("""
    Dear Katrin,

    please find attached our order confirmation AB-24-2207 for PO LF-24-031.

    The 4 samples will be ready on 19 June. For the series we have reserved a slot in July, see the
    confirmation.

    Un saludo,
    Javier Lasheras
    Export Sales - Luminarias Ebro S.A. | Zaragoza

    El 03/06/2024, Katrin Seidel escribió:
    """) + quote_lines(_p27_orig)
case("p27_eml_es_confirmation_automatic", ["RG007"],
     "Supplier order confirmation: series of 596 'will start automatically upon your sample approval' - no recorded auto-conversion; quoted PO needs written release.",
     [("RE_PO_LF-24-031_AB-24-2207.eml", mail(
         "Javier Lasheras <jlasheras@luminariasebro.es>", "Katrin Seidel <seidel@studio-lichtform.de>",
         "RE: PO LF-24-031 - order confirmation AB-24-2207", "Wed, 05 Jun 2024 10:05:00 +0200", _p27,
         in_reply_to="<lf-24-031@studio-lichtform.de>",
         attachments=[("AB-24-2207.pdf", pdf([
             ("h1", "LUMINARIAS EBRO S.A."),
             ("p", "Polígono Malpica, Calle E 31, 50016 Zaragoza - CIF A-50 118 332"),
             ("h", "Confirmación de pedido / order confirmation AB-24-2207"),
             ("p", "Customer: Studio Lichtform, München. Your PO: LF-24-031 of 03.06.2024."),
             ("table", [
                 ["Pos", "Item", "Description", "Qty", "Delivery"],
                 ["1", "PD-400-927-BR", "Pendant luminaire D400, 2700K, CRI 95, brushed brass - samples", "4", "19.06.2024"],
                 ["2", "PD-400-927-BR", "Series - production slot reserved", "596", "CW 29-31"],
             ]),
             ("sp",),
             ("p", "Production of the series (596 pcs) will start automatically upon your sample approval. Delivery of the series "
                   "5 weeks after the approval date."),
             ("p", "Prices and payment as per offer OF-EB-24-118. CE, ENEC. LDT files with the samples."),
         ], title="AB-24-2207", author="Luminarias Ebro"), PDF_MT)]))])


# p28 -- DOCX rollout plan whose timeline rolls from sample sign-off straight into series
case("p28_docx_plan_series_after_signoff", ["RG007"],
     "Plan's scope note requires Jana Petersen's written release, but its timeline says wave-1 series starts directly after the sample sign-off, 'no further step'.",
     [("Projektplan_Regalbeleuchtung_Nordmarkt.docx", docx_bytes([
         ("h1", "Projektplan Regalbeleuchtung / shelf lighting - Nordmarkt 2024"),
         ("p", "Supplier: Ege Aydınlatma ve Tabela San. A.Ş., İzmir. Buyer: Nordmarkt Retail GmbH, Hamburg. Version 2, 29.05.2024."),
         ("h", "Scope"),
         ("li", "Released now: 4 sample luminaires SL-1250-35 (PO 7700431)."),
         ("li", "Not released: 116 series luminaires (wave 1: 56, wave 2: 60)."),
         ("li", "The 116 stay on hold until the sample sign-off by Dr. Henrik Moll and a written release by Jana Petersen, Category Purchasing."),
         ("li", "Material: for the 4 samples only."),
         ("h", "Timeline"),
         ("table", [
             ["KW / week", "Step", "Owner"],
             ["KW 22", "Samples produced and shipped to Hamburg", "Ege Aydınlatma"],
             ["KW 23", "Installation in pilot store Hamburg-Ottensen", "Nordmarkt Ladenbau"],
             ["KW 24", "Sample sign-off (light measurement, colour)", "Dr. Henrik Moll"],
             ["KW 25", "Serienfertigung Welle 1 (56 Stk.) startet direkt nach der Mustersignierung - kein weiterer Schritt nötig / "
                       "series production wave 1 (56 pcs) starts directly after the sample sign-off, no further step needed", "Ege Aydınlatma"],
             ["KW 29", "Delivery wave 1, installation in 8 stores", "Nordmarkt Ladenbau"],
             ["KW 34", "Wave 2 (60 pcs): timing open", "Jana Petersen"],
         ]),
         ("sp",),
         ("p", "Contacts: Jana Petersen (+49 40 3009 5530), Dr. Henrik Moll (+49 40 3009 5581), Ege: Burak Yıldız (+90 232 376 41 00)."),
     ], author="Nordmarkt Projektteam"))])


# p29 -- WeChat: supplier proposes bulk the same day as sample approval, buyer answers "ok 👍"
case("p29_wechat_bulk_same_day_ok", ["RG007"],
     "Buyer set 10 samples / 1,490 on hold until Fahad's sign-off + Abdullah's written release, then answers 'ok 👍 fine' to 'after your approve sample we start bulk same day'.",
     [("WeChat_Huaxin_DarAlDiyaa.txt", T("""
        —— WeChat chat record: Lily Zhang (Huaxin Sign) / Hassan Al-Shammari (Dar Al Diyaa) ——
        2024-05-27 10:02  Hassan Al-Shammari: Dear Lily, PO DD-24-0455 sent by mail. It is for 10 sample LED neon signs only (Arabic calligraphy 'Diyaa', 1,200 mm, 3000K)
        2024-05-27 10:03  Hassan Al-Shammari: the 1,490 pcs are on hold. Not released until Eng. Fahad signs off the samples and Mr. Abdullah sends the written release. Material only for 10 pcs
        2024-05-27 10:30  Lily Zhang: Received dear Hassan 😊 10pcs sample, 1490 on hold
        2024-06-03 15:44  Lily Zhang: samples finish, video attached
        2024-06-03 15:44  Lily Zhang: [Video] neon_diyaa_test.mp4
        2024-06-03 15:46  Lily Zhang: dear, after your approve sample we start bulk 1,490 pcs same day, ok? save 1 week for your opening
        2024-06-03 19:12  Hassan Al-Shammari: ok 👍 fine
        2024-06-03 19:13  Hassan Al-Shammari: please send the samples to Dammam office attention Eng. Fahad
        2024-06-03 19:20  Lily Zhang: 好的 no problem
        ——————————————————————————————————————————————
        """))])


# p30 -- US buyer turns the 2025 forecast into "a firm commitment"
_p30 = T("""
    Hi Rogelio,

    Quick update after the pilot stores:

    1. Release PR-2024-11 stands as is: 60 units of TRK-LIN-1200 are released. The other 540 units of the
       current order remain on hold until the final sample sign-off (driver rev B retest) and my written
       production release.

    2. Planning for 2025: our remodel forecast is 310 stores x 12 luminaires = 3,720 TRK-LIN-1200. That volume
       is not released for production - releases will come per wave from me in writing - but please treat
       the 3,720 as a firm commitment from Cedar & Pine and book your capacity on that basis.

    3. Driver rev B: Nathan will send the noise measurements next week.

    Thanks,
    Laura
    """) + sig("Laura Jensen", "VP Store Development", "Cedar & Pine Home Stores Inc., Denver, CO", "+1 303 555 0142")
case("p30_eml_us_forecast_firm_commitment", ["RG008"],
     "Buyer calls the 2025 forecast of 3,720 'a firm commitment' while saying it is not released; current release scope (60 / 540 on hold) complete.",
     [("TRK-LIN-1200_pilot_update.eml", mail(
         "Laura Jensen <ljensen@cedarandpine.com>", "Rogelio Treviño <rtrevino@iin.com.mx>",
         "TRK-LIN-1200 - pilot stores, 2025 volume", "Mon, 17 Jun 2024 09:25:00 -0600", _p30,
         cc="Nathan Cole <ncole@cedarandpine.com>"))])


# p31 -- supplier's confirmation turns the buyer's forecast into "your order"
case("p31_pdf_cn_confirms_forecast_as_order", ["RG008"],
     "Supplier document 'We confirm your order of 2,400 pcs' referring to the buyer's Q3 forecast FC-2024-Q3; forecast written as an order.",
     [("OA-24-0611_Starlite.pdf", pdf([
         ("h1", "GUZHEN STARLITE LIGHTING CO., LTD."),
         ("p", "No. 6 Xingdong Road, Guzhen, Zhongshan, Guangdong 528421, China  |  frank@starlite-guzhen.com"),
         ("h", "CONFIRMATION OA-24-0611"),
         ("p", "To: Alpenstore Handels GmbH, Linz - Attn. DI (FH) Stefan Leitner.  Date: 11 June 2024.  Your reference: Q3 forecast FC-2024-Q3 of 03.06.2024."),
         ("p", "Dear Mr. Leitner, thank you for your forecast. We confirm your order of 2,400 pcs SL-900 shelf lights for Q3 as below "
               "and have reserved the production slot in our factory."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price USD", "Production slot"],
             ["SL-900-40", "LED shelf light 900 mm, 4000K, CRI 90, 24 V", "1,600", "9.20", "July 2024"],
             ["SL-900-30", "LED shelf light 900 mm, 3000K, CRI 90, 24 V", "800", "9.20", "July 2024"],
             ["", "Total", "2,400", "", ""],
         ]),
         ("sp",),
         ("p", "Payment T/T 30 % deposit, 70 % before shipment. FOB Shenzhen. Packing 20 pcs per carton."),
         ("p", "Best regards, Frank Chen, Sales Director."),
     ], title="OA-24-0611", author="Starlite"))])


# p32 -- WhatsApp Mexico: "el forecast de 600 ... tómalo como pedido en firme"
case("p32_whatsapp_mx_forecast_firm_order", ["RG008"],
     "Buyer: 'el forecast de 600 cruces ... tómalo como pedido en firme'; sample scope itself complete (10 / 600 not released / Salgado + Andrea).",
     [("WhatsApp_Chat_Altamira_Brightway.txt", T("""
        [10/6/24 10:05:12] Lic. Andrea Villaseñor: Hi Kevin, good morning! La OC-2024-03502 es solo por las 10 muestras de la cruz CRZ-60
        [10/6/24 10:06:40] Lic. Andrea Villaseñor: The 600 crosses for the stores are NOT released. They wait until Ing. Salgado signs off the samples and I send you the liberación por escrito
        [10/6/24 10:07:55] Lic. Andrea Villaseñor: Pero ojo: el forecast de 600 cruces para el segundo semestre tómalo como pedido en firme / take the H2 forecast of 600 as a firm order, so plan your capacity 💪
        [10/6/24 10:31:20] Kevin Liang: Good morning Andrea 😊 understood, 10 samples now. We plan capacity for the 600
        [10/6/24 10:32:02] Kevin Liang: samples already shipped on 4 June, tracking sent by email
        [10/6/24 10:40:18] Lic. Andrea Villaseñor: Gracias Kevin!
        """))])

# ================================================================ batch 5

# p33 -- German buyer uses "freigegeben / released" for drawings, sample, SAP PO and production
_p33 = T("""
    Hallo Marta,

    kurzer Stand zu 'Bäckerei Heitkamp' / short update:

    - Die Werkstattzeichnungen Rev C sind freigegeben - the shop drawings Rev C are released.
    - Der Mustersatz ist ebenfalls freigegeben: the architect saw it in our workshop yesterday and was happy,
      so the sample set is released too.
    - Die Bestellung ist seit gestern im SAP freigegeben (Freigabestrategie EK2) - the PO is released in SAP
      since yesterday, so you can invoice the sample set now.
    - PO 4500114020 covers the 1 sample set. The 38 series sets are not released yet: the production release
      for them comes separately, in writing from me, after the installation in Bielefeld-Mitte has been
      signed off by the architect.

    Viele Grüße
    Dirk Lammers
    Einkauf, Ladenbau Krämer GmbH | Carl-Miele-Straße 44 | 33332 Gütersloh | +49 5241 90 77-31
    """)
case("p33_eml_de_freigegeben_everything", ["RG009"],
     "'Released/freigegeben' used for shop drawings and sample (technical), SAP PO (commercial) and production release; scope itself complete.",
     [("Heitkamp_Stand_KW24.eml", mail(
         "Dirk Lammers <d.lammers@ladenbau-kraemer.de>", "Marta Puig <marta.puig@rotuloslevante.es>",
         "Bäckerei Heitkamp - Stand KW 24", "Wed, 12 Jun 2024 16:10:00 +0200", _p33,
         html=text_to_html(_p33)))])


# p34 -- Austrian sample record: "approval" for technical and commercial, production release separate
case("p34_pdf_at_approval_record", ["RG009"],
     "Record uses 'approval/APPROVED' for technical and commercial, and 'released' for budget and production; scope 6 samples / 1,200 on hold / Hofer complete.",
     [("Musterprotokoll_LN-35_PO-2024-131.pdf", pdf([
         ("h1", "Lichtplanung Hofer & Partner"),
         ("p", "Schottenring 14, 1010 Wien  |  +43 1 532 88 10  |  office@lichtplanung-hofer.at"),
         ("h", "Musterfreigabe / sample approval record"),
         ("table", [
             ["Field", "Entry"],
             ["Order", "PO 2024-131, LN-35 suspended linear 4000K, supplier Zhongshan Guzhen Brightway Lighting Co., Ltd."],
             ["Samples", "6 pcs, received 03.06.2024, installed in the Salzburg store"],
             ["Technical approval", "APPROVED - colour within 3 SDCM, UGR 17.8, flicker < 3 %, IP20 ok"],
             ["Commercial approval", "APPROVED - price per BW-Q-240517 accepted by the client; budget released 20.05.2024"],
             ["Production release", "NOT GIVEN - the 1,200 production luminaires stay on hold until the LDT report on the production "
                                    "driver is accepted and Mag. Eva Hofer issues the written production release"],
             ["Material", "for the 6 samples only"],
         ]),
         ("sp",),
         ("p", "Signed: Mag. Eva Hofer, 07.06.2024.   Distribution: Brightway (Kevin Liang), client facility management."),
     ], title="Musterfreigabe LN-35", author="Lichtplanung Hofer"))])


# p35 -- WhatsApp US/MX: "Finance approved the PO" and "Dana approved the sample"
case("p35_whatsapp_us_finance_dana_approved", ["RG009"],
     "'Approved' used for the finance PO approval (commercial) and the sample (technical); scope 2 sets / 178 on hold / Dana sign-off + Tom's written release.",
     [("WhatsApp_Chat_Signcraft_Bajio.txt", T("""
        [6/12/24, 8:02:15 AM] Tom Becker (Signcraft): Héctor! Good news 🎉 Finance approved PO 30588 (2 sample letter sets) yesterday and Dana approved the sample this morning
        [6/12/24, 8:03:40 AM] Tom Becker (Signcraft): To be clear: PO 30588 covers the 2 sample sets. The 178 remaining sets are not released.
        [6/12/24, 8:04:22 AM] Tom Becker (Signcraft): I'll send you the written release for the 178 after the pilot install in Madison is signed off by Dana. Material only for the 2 sets until then
        [6/12/24, 8:30:51 AM] Héctor Salinas (Bajío): Excelente Tom, gracias! We wait for your written release 👍
        [6/12/24, 8:31:30 AM] Héctor Salinas (Bajío): 2 sets ship Friday via Laredo
        """))])


# p36 -- buyer portal: "Released" for PO (SAP), drawing, and production
case("p36_portal_released_three_ways", ["RG009"],
     "Portal shows PO status RELEASED (release strategy), drawing RELEASED and production release 8 / 592 pending: one word, three meanings.",
     [("SupplierNet_7700398.html", html_page(
         "Nordmarkt SupplierNet - PO 7700398", T("""
        <div style="background:#003a70;color:#fff;padding:8px"><b>Nordmarkt Retail GmbH</b> &middot; SupplierNet &middot; Lieferant 71044 Shenzhen Guangming Lumitech</div>
        <h2>Bestellung / PO 7700398 &ndash; LED-Module Profilbuchstaben</h2>
        <table>
        <tr><th>PO status</th><td>RELEASED (Freigabestrategie Z3, 14.05.2024, Budget Filialbau 2024)</td></tr>
        <tr><th>Drawing</th><td>NM-LOGO-600 Rev C &ndash; RELEASED (Konstruktion, 10.05.2024)</td></tr>
        <tr><th>Production release</th><td>8 sets released &middot; 592 sets pending</td></tr>
        <tr><th>Buyer</th><td>Jens Hartmann, Strategischer Einkauf Ladenbau</td></tr>
        </table>
        <h3>Positions</h3>
        <table>
        <tr><th>Pos</th><th>Material</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
        <tr><td>10</td><td>GL-M3-2835-65</td><td>LED module sets for sample letters NORDMARKT 600 mm</td><td>8</td><td>sample</td></tr>
        </table>
        <div class="note">Scope: 8 sample sets are released. The 592 sets for the store facades are not released; they stay on hold until the
        sample sign-off by Dr. Henrik Moll and a written production release by Jens Hartmann. Material for 8 sets only.</div>
        <p style="color:#777;font-size:11px">SupplierNet 3.8 &middot; Nordmarkt Retail GmbH, Hamburg</p>
        """)))])


# p37 -- multi-file: PO says 12 samples, buyer's e-mail says 10
_p37 = T("""
    Hi Burak,

    as discussed on the phone: please build the 10 samples of PO 4100023590 first and ship them by air
    to Graz, so we can mount them in the pilot store before 28 June.

    Everything else is as in the PO: the 188 series panels stay on hold until Ing. Julia Hofbauer has signed
    off the samples and I send a revised PO. Material only for the samples.

    Schöne Grüße aus Graz
    Thomas Huber
    Einkauf | Ladenbau Pichler GmbH | Alte Poststraße 152 | 8020 Graz | +43 316 71 55 20-14
    """)
case("p37_multifile_po12_mail10", ["RG011"],
     "PO releases 12 sample LED panels; buyer's follow-up e-mail for the same PO says 'the 10 samples'.",
     [("BST_4100023590.pdf", pdf([
         ("h1", "LADENBAU PICHLER GMBH"),
         ("p", "Alte Poststraße 152, 8020 Graz, Austria  |  einkauf@ladenbau-pichler.at"),
         ("h", "Bestellung / purchase order 4100023590"),
         ("p", "Lieferant: Ege Aydinlatma ve Tabela San. A.S., Atatürk OSB, Cigli / Izmir, Türkiye. Datum: 05.06.2024. Angebot EGE-24-0777."),
         ("table", [
             ["Pos", "Material", "Kurztext", "Menge", "ME", "Preis EUR"],
             ["10", "LP-600-4K", "LED light panel 600 x 1.200 mm backlight for fabric frames, 4000K, 24 V - Muster / sample", "12", "ST", "96,00"],
         ]),
         ("sp",),
         ("p", "Scope: released by this PO are 12 (twelve) sample panels, pos. 10. The 188 series panels of offer EGE-24-0777 are not released."),
         ("p", "They stay on hold until Ing. Julia Hofbauer (project engineering) signs off the samples and Ing. Thomas Huber issues a revised PO "
               "for the series. Material for the samples only."),
     ], title="Bestellung 4100023590", author="Ladenbau Pichler")),
      ("Muster_LP-600_Luftfracht.eml", mail(
          "Thomas Huber <huber@ladenbau-pichler.at>", "Burak Yıldız <burak.yildiz@egeaydinlatma.com.tr>",
          "PO 4100023590 - Muster LP-600 per Luftfracht", "Fri, 07 Jun 2024 08:45:00 +0200", _p37))])


# p38 -- Mexican PDF PO: "seis (6) muestras" in the text, 8 in the table; release by a department
case("p38_pdf_mx_six_vs_eight_department", ["RG005", "RG011"],
     "PO text says 'seis (6) muestras', line table says 8; balance release 'por el área de Compras' after Ingeniería sign-off - no named person.",
     [("OC_ZEP-24-0419.pdf", pdf([
         ("h1", "ZAPATERÍAS EL PASO S.A. DE C.V."),
         ("p", "Blvd. Adolfo López Mateos 2510 Ote., León, Gto. C.P. 37000  |  RFC ZEP-870611-HC5"),
         ("h", "ORDEN DE COMPRA ZEP-24-0419"),
         ("p", "Proveedor: Letreros y Anuncios del Bajío S.A. de C.V., León, Gto.  Fecha: 20/05/2024.  Cotización: LAB-COT-2291."),
         ("p", "La presente OC ampara seis (6) muestras del letrero de fachada 'EL PASO' (letras de canal iluminadas, 60 cm, LED 6500K) "
               "para la tienda piloto Plaza Mayor León."),
         ("table", [
             ["Pda", "Código", "Descripción", "Cant.", "P.U. MXN", "Importe MXN"],
             ["1", "LTR-EP-60", "Letrero de fachada 'EL PASO', letras de canal 60 cm, LED 6500K - muestra", "8", "18,400.00", "147,200.00"],
         ]),
         ("sp",),
         ("p", "El resto del proyecto (200 letreros para tiendas) NO está liberado por esta OC y queda en espera. / The rest of the project "
               "(200 signs) is not released by this PO and stays on hold."),
         ("p", "La liberación del resto se emitirá por escrito por el área de Compras, una vez que el área de Ingeniería firme las muestras. / "
               "The release of the rest will be issued in writing by the Purchasing department once Engineering has signed off the samples."),
         ("p", "Material solo para las muestras. Condiciones de pago: 30 días. Entrega: tienda piloto, 07/06/2024."),
         ("p", "Elaboró: Depto. de Compras - compras@zapateriaselpaso.mx"),
     ], title="OC ZEP-24-0419", author="Compras"))])


# p39 -- multi-file: SAP PO printout 6 samples vs WhatsApp "only the 4 samples"
case("p39_multifile_erp6_chat4", ["RG011"],
     "SAP PO releases 6 sample lightboxes; the buyer's WhatsApp to the supplier for the same PO says 'only the 4 samples'.",
     [("NM_BST_7700455.txt", T("""
        NORDMARKT RETAIL GMBH  -  BESTELLUNG                                      SEITE 1
        UEBERSEERING 30, 22297 HAMBURG
        ---------------------------------------------------------------------------------
        BESTELLUNG : 7700455          DATUM : 03.06.2024      EINKAEUFERGRUPPE: L12
        LIEFERANT  : 71102 SVETLO BRNO S.R.O., VIDENSKA 97, 619 00 BRNO (CZ)
        ANSPRECHP. : JANA PETERSEN, CATEGORY PURCHASING STORE EQUIPMENT
        ---------------------------------------------------------------------------------
        POS  MATERIAL       KURZTEXT                               MENGE  ME   PREIS EUR
        010  LB-SEG-1206    LEUCHTKASTEN SEG 1200X600 4000K           6  ST      318,00
                            MUSTER FUER PILOTFILIALE HH-OTTENSEN
        ---------------------------------------------------------------------------------
        FREIGEGEBENE MENGE (MUSTER) ............................      6 ST
        RESTMENGE LT. ANGEBOT AN-24-140 ........................    114 ST
          -> RESTMENGE GESPERRT BIS MUSTERABNAHME DURCH DR. H. MOLL UND
             SCHRIFTLICHE FREIGABE DURCH J. PETERSEN. MATERIAL NUR FUER MUSTER.
        ---------------------------------------------------------------------------------
        LIEFERUNG FREI HAUS HH-OTTENSEN, KW 25. ZAHLUNG 30 TAGE NETTO.
        """)),
      ("WhatsApp_Chat_Jana_Pavel.txt", T("""
        [05.06.24, 09:12:40] Jana Petersen: Dobrý den Pavel! Quick one about PO 7700455
        [05.06.24, 09:13:22] Jana Petersen: for the Ottensen pilot please only the 4 samples, rest on hold as in the PO
        [05.06.24, 09:13:58] Jana Petersen: delivery KW 25 still ok?
        [05.06.24, 09:40:05] Pavel Dvořák: Dobrý den Jana, yes KW 25 ok. Thank you!
        """))])


# p40 -- EML body releases 200, attached DOCX release letter says 240
_p40 = T("""
    Hi Frank,

    good news: the sample sign-off for the SL-900 shelf lights is done (Darren's lab report attached to the
    portal). We release 200 shelf lights SL-900-35 for wave 1 - please see the attached release letter
    PR-KM-07 for the store list and the delivery split.

    The rest stays on hold as described in the letter.

    Thanks,
    Megan
    """) + sig("Megan Ortiz", "Sourcing Manager - Store Fixtures", "Kessler & Main Retail Group, Columbus, OH", "+1 614 555 0138")
case("p40_eml_200_docx_240", ["RG011"],
     "E-mail body releases 200 shelf lights for wave 1; attached release letter PR-KM-07 for the same wave says 240.",
     [("SL-900_wave1_PR-KM-07.eml", mail(
         "Megan Ortiz <mortiz@kesslermain.com>", "Frank Chen <frank@starlite-guzhen.com>",
         "SL-900 wave 1 - PR-KM-07", "Tue, 18 Jun 2024 14:05:00 -0400", _p40,
         attachments=[("PR-KM-07.docx", docx_bytes([
             ("h1", "Kessler & Main Retail Group - Production release PR-KM-07"),
             ("p", "To: Guzhen Starlite Lighting Co., Ltd. - Frank Chen. Date: 06/18/2024. Part: SL-900-35 LED shelf light 900 mm 3500K."),
             ("table", [
                 ["Wave", "Stores", "Per store", "Released quantity"],
                 ["1", "40", "6", "240 pcs"],
             ]),
             ("p", "Remaining 2,160 pcs of the program are not released. Each further wave is released only by a written release "
                   "from Megan Ortiz after the store acceptance of the previous wave."),
             ("p", "Material authority: 240 pcs. Delivery: FOB Shenzhen, ship by 08/09/2024."),
             ("p", "Authorized by: Megan Ortiz, Sourcing Manager - Store Fixtures."),
         ], author="Megan Ortiz"), DOCX_MT)]))])


# p41 -- DOCX rollout plan, Mexican chain: table "72 released now", text "we release 60"
case("p41_docx_mx_plan_72_vs_60", ["RG011"],
     "Plan table: phase 1 '72 letreros - liberado ahora'; text: 'en esta fase liberamos 60 letreros'; rest on hold until Sofía Garza's written release.",
     [("Plan_Rollout_Fachadas_GCL_2024.docx", docx_bytes([
         ("h1", "Grupo Comercial Luna - Plan de rollout de fachadas 2024"),
         ("p", "Proveedor: Anuncios Luminosos del Norte S.A. de C.V. (Ing. Daniela Cantú). Responsable: Ing. Sofía Garza, Compras Indirectas."),
         ("h", "Fases / phases"),
         ("table", [
             ["Fase", "Tiendas", "Letreros", "Estatus"],
             ["1", "36 (Monterrey, Saltillo)", "72", "LIBERADO AHORA / released now"],
             ["2", "48 (Bajío, CDMX)", "96", "no liberado / not released"],
             ["3", "34 (Sureste)", "68", "no liberado / not released"],
         ]),
         ("sp",),
         ("p", "En esta fase liberamos 60 letreros de la fase 1 para fabricación. / In this phase we release 60 signs of phase 1 for production."),
         ("p", "Fases 2 y 3 no están liberadas: se liberan por escrito, fase por fase, por la Ing. Sofía Garza después de la aceptación de "
               "la tienda piloto de cada fase. / Phases 2 and 3 are released in writing by Ing. Sofía Garza after the pilot store acceptance of each phase."),
         ("p", "Material: solo para la fase 1."),
         ("p", "Especificación: letras de canal 45 cm, acrílico blanco 3 mm con vinil traslúcido Pantone 7621 C, LED 6500K, NOM-001-SEDE-2012."),
     ], author="Sofia Garza"))])


# p42 -- multipart/alternative where text/plain says 300 and text/html says 350
_p42_txt = T("""
    Hola Javier,

    tras la firma de las muestras por el Ing. Ramírez el 10 de junio, liberamos 300 luminarias LIN-PV-1500
    para la fase 1 (tiendas Guadalajara y Zapopan).

    El saldo de 500 luminarias queda en espera / the balance of 500 stays on hold: se libera solo con una
    nueva liberación por escrito mía, después de la aceptación de las tiendas de la fase 1.

    Material solo para las luminarias liberadas.

    Saludos,
    Lic. Paola Estrada
    Compras Construcción | Tiendas La Palma S.A. de C.V. | Guadalajara, Jal. | +52 33 3880 4410
    """)
_p42_html = (
    "<html><body style=\"font-family:Arial,sans-serif;font-size:11pt\">\n"
    "<p>Hola Javier,</p>\n"
    "<p>tras la firma de las muestras por el Ing. Ram&iacute;rez el 10 de junio, <b>liberamos 350 luminarias LIN-PV-1500</b> "
    "para la fase 1 (tiendas Guadalajara y Zapopan).</p>\n"
    "<p>El saldo de 500 luminarias queda en espera / the balance of 500 stays on hold: se libera solo con una nueva "
    "liberaci&oacute;n por escrito m&iacute;a, despu&eacute;s de la aceptaci&oacute;n de las tiendas de la fase 1.</p>\n"
    "<p>Material solo para las luminarias liberadas.</p>\n"
    "<p>Saludos,<br>Lic. Paola Estrada<br>Compras Construcci&oacute;n | Tiendas La Palma S.A. de C.V. | Guadalajara, Jal.</p>\n"
    "</body></html>\n")
case("p42_eml_alt_300_vs_350", ["RG011"],
     "Same release mail: text/plain part releases 300 luminaires, text/html part releases 350.",
     [("LIN-PV-1500_fase1.eml", mail(
         "Paola Estrada <pestrada@tiendaslapalma.mx>", "Javier Lasheras <jlasheras@luminariasebro.es>",
         "Liberación fase 1 - LIN-PV-1500", "Wed, 12 Jun 2024 11:20:00 -0600", _p42_txt, html=_p42_html))])


# p43 -- Saudi buyer: down payment transferred, "so please go ahead with the production"
_p43_orig = T("""
    Dear Emre,
    PO RFO-PO-1230 is for 2 (two) sample sets of the 6 m pylon for the mock-up at Al Hamra only.
    The other 30 sets are not released. They stay on hold until I sign the mock-up inspection report and
    send you a written release. Material for the 2 sets only.
    Regards, Eng. Khalid Al-Zahrani
    """)
_p43 = T("""
    Dear Emre,

    Greetings. The 30 % down payment for the full contract value was transferred today from our bank
    (SNB, value date 20 June). SWIFT copy attached in the portal.

    So please go ahead with the production.

    Kindly share the updated delivery schedule by Sunday.

    Best regards,
    Eng. Khalid Al-Zahrani
    Procurement Manager
    Rawabi Fit-Out Contracting | Jeddah | +966 12 606 8810

    From: Khalid Al-Zahrani
    Sent: Tuesday, 4 June 2024 09:30
    To: Emre Kaya
    Subject: PO RFO-PO-1230 pylons
    """) + quote_lines(_p43_orig)
case("p43_eml_sa_down_payment_go_ahead", ["RG002", "RG012"],
     "Buyer: down payment transferred 'so please go ahead with the production' - payment as authority and an unscoped go-ahead against his own 2-sample scope.",
     [("RE_PO_RFO-PO-1230_pylons.eml", mail(
         "Khalid Al-Zahrani <k.alzahrani@rawabi-fitout.sa>", "Emre Kaya <emre.kaya@isiktabela.com.tr>",
         "RE: PO RFO-PO-1230 pylons - payment", "Thu, 20 Jun 2024 13:05:00 +0300", _p43,
         in_reply_to="<rfo-1230-0604@rawabi-fitout.sa>"))])


# p44 -- supplier PI: mass production of line 2 "starts upon receipt of 30% deposit"
_p44_orig = T("""
    Hello Lily,
    PO 24-1188 is for 20 sample LED modules HX-3L-2835-40 only. The 1,980 modules for the series are not
    released. They stay on hold until our client has signed off the sample letters and I send you a written
    release. Material for the 20 samples only.
    Markus Breuer, Schilderwerk Breuer GmbH
    """)
_p44 = T("""
    Dear Markus,

    attached please find PI-HX-24-0917. Line 1 the 20 samples (already paid, thank you). Line 2 the mass
    production 1,980 pcs.

    Mass production starts upon receipt of the 30% deposit for line 2, so please arrange the deposit soon to
    keep your date in August.

    Best regards
    Lily Zhang
    Shenzhen Huaxin Sign Technology Co., Ltd.

    On 2024-06-03 09:02, Markus Breuer wrote:
    """) + quote_lines(_p44_orig)
case("p44_eml_cn_pi_deposit_starts", ["RG012"],
     "Supplier mail and PI: mass production of the 1,980 'starts upon receipt of the 30% deposit'; quoted buyer scope requires client sign-off + Breuer's written release.",
     [("PI-HX-24-0917.eml", mail(
         "Lily Zhang <lily@huaxin-sign.cn>", "Markus Breuer <m.breuer@schilderwerk-breuer.de>",
         "PI-HX-24-0917 - LED modules 4000K", "Wed, 12 Jun 2024 17:40:00 +0800", _p44,
         in_reply_to="<swb-24-1188@schilderwerk-breuer.de>",
         attachments=[("PI-HX-24-0917.pdf", pdf([
             ("h1", "SHENZHEN HUAXIN SIGN TECHNOLOGY CO., LTD."),
             ("p", "4F, Block C, Xinhe Industrial Zone, Fuyong, Bao'an, Shenzhen 518103, China"),
             ("h", "PROFORMA INVOICE PI-HX-24-0917"),
             ("p", "Buyer: Schilderwerk Breuer GmbH, Vitalisstraße 318, 50933 Köln, Germany. Date: 2024-06-12. Your PO: 24-1188."),
             ("table", [
                 ["Line", "Description", "Qty", "Unit price USD", "Amount USD"],
                 ["1", "LED module HX-3L-2835-40, 3 LED, 12 V, 4000K, IP67 - samples (paid)", "20", "0.95", "19.00"],
                 ["2", "LED module HX-3L-2835-40, 3 LED, 12 V, 4000K, IP67 - mass production", "1,980", "0.41", "811.80"],
             ]),
             ("sp",),
             ("p", "Terms: line 2 - 30 % deposit, 70 % before shipment. Mass production of line 2 starts upon receipt of the 30 % deposit. "
                   "Lead time 20 days after deposit. FOB Shenzhen."),
             ("p", "Bank: Bank of China Shenzhen Branch, SWIFT BKCHCNBJ45A, A/C 7429 5811 0633."),
         ], title="PI-HX-24-0917", author="Huaxin"), PDF_MT)]))])


# p45 -- Mexican supplier portal: "OC aceptada" so series production is scheduled
case("p45_portal_mx_po_accepted_scheduled", ["RG012"],
     "Supplier portal: because the PO was accepted, series production of the 447 crosses is scheduled, though the PO data show them on hold.",
     [("ALN_portal_OC-2024-03710.html", html_page(
         "Anuncios Luminosos del Norte - Portal - OC-2024-03710", T("""
        <div style="background:#006d5b;color:#fff;padding:8px"><b>Anuncios Luminosos del Norte S.A. de C.V.</b> &middot; Portal de clientes &middot; Farmacias Altamira</div>
        <h2>OC-2024-03710 &ndash; Cruz luminosa CRZ-80-RGB</h2>
        <table>
        <tr><th>Estatus</th><td><b>OC ACEPTADA &#10004;</b> (18/06/2024 10:41, usuario dcantu)</td></tr>
        <tr><th>Datos de la OC</th><td>3 muestras liberadas (tienda piloto Coyoac&aacute;n); saldo 447 piezas en espera de liberaci&oacute;n por escrito de
        Lic. Andrea Villase&ntilde;or tras la firma de las muestras por Ing. Salgado</td></tr>
        </table>
        <h3>Programa de producci&oacute;n / production schedule</h3>
        <table>
        <tr><th>Concepto</th><th>Piezas</th><th>Semana</th><th>Comentario</th></tr>
        <tr><td>Muestras</td><td>3</td><td>25</td><td>en proceso</td></tr>
        <tr><td>Producci&oacute;n en serie</td><td>447</td><td>27&ndash;30</td><td>Como su OC fue aceptada en nuestro sistema, la producci&oacute;n en serie qued&oacute; programada. /
        Since your PO has been accepted in our system, series production is scheduled.</td></tr>
        </table>
        <p style="color:#777;font-size:11px">ALN portal &middot; Monterrey, N.L.</p>
        """), lang="es"))])

# ---- END CASES


# ===================================================================== build
def file_format(fn):
    return fn.rsplit(".", 1)[-1].lower()


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(8787).shuffle(order)
    labels = {}
    fmt_files, fmt_cases = Counter(), Counter()
    eml_stats = Counter()
    multi = 0
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h87_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        if len(c["files"]) > 1:
            multi += 1
        for fn, content in c["files"]:
            if isinstance(content, EmailMessage):
                data = eml_bytes(content)
                for part in content.walk():
                    ct = part.get_content_type()
                    if ct == "multipart/alternative":
                        eml_stats["multipart/alternative"] += 1
                    elif ct == "message/rfc822":
                        eml_stats["message/rfc822"] += 1
                    elif part.get_filename():
                        f2 = file_format(part.get_filename())
                        eml_stats[f"{f2} attachment"] += 1
                        seen.add(f2)
            elif isinstance(content, str):
                data = content.encode("utf-8")
            else:
                data = content
            (d / fn).write_bytes(data)
            fmt_files[file_format(fn)] += 1
            seen.add(file_format(fn))
        for f in seen:
            fmt_cases[f] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    per_rule = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  "
          f"multi-rule {sum(1 for c in CASES if len(c['expect']) > 1)}  multi-file {multi}")
    for r in RULES:
        print(f"  {r}: {per_rule[r]}")
    print("  top-level files per format:", dict(sorted(fmt_files.items())))
    print("  cases containing format:  ", dict(sorted(fmt_cases.items())))
    print("  inside EML:", dict(sorted(eml_stats.items())))


if __name__ == "__main__":
    main()
