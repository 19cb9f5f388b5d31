#!/usr/bin/env python3
"""Generator for the releasegate check_holdout70 corpus (baby, nursery and juvenile products).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout70/build.py

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
    m["Message-ID"] = msgid or f"<h70-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h70")
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


def txt2html(text):
    """Plain text mail body -> simple HTML alternative (paragraphs, line breaks, quotes)."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">{inner}</blockquote>")
        elif all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join(f"<li>{escape(l[2:])}</li>" for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(escape(l) for l in lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def quote(text, level=1):
    """Prefix every line with '> ' (reply quoting)."""
    pre = ">" * level + " "
    return "\n".join((pre + l).rstrip() if l.strip() else ">" * level for l in text.strip("\n").split("\n"))


def eml(name, m):
    return (name, eml_bytes(m))


RULES = [f"RG{i:03d}" for i in range(1, 13)]


# ====================================================================== CASES
# Descriptive names: cNN = clean (expect []), pNN = with risks. The folder names in cases/
# are neutral (h70_NN_<first-file-stem>, shuffled with seed 7070).

# ---------------------------------------------------------------- batch 1
# c01 clean: US stroller sample PO, email (text+html) with PDF PO; all four scope items present.
_c01_body = """\
Hi Kevin,

Thanks for turning the quote around so quickly last week. Attached is PO LHB-24-0117 for the Harbor Glide stroller pre-production samples.

To keep things unambiguous on both sides:
- This PO releases six (6) PP samples only: two per colourway (Harbor Navy, Oat, Charcoal).
- The launch quantity of 1,800 units in your quote Q-NS-2404-33 is not released. Please do not start it, and do not buy frames, wheels or canopy fabric for it. Material authority is sample-only.
- The 1,800 can only be released by a revised PO, issued after the samples pass ASTM F833-21 and our retailer's lab testing and signed by me (Megan Ortiz, Director of Sourcing). Until you hold that revised PO, the 1,800 stays on hold.

Please ship the six samples by air to our Portland office no later than June 21. Our lab slot at Intertek is booked for the week of June 24, so the date really matters this time.

Could you send back a signed acknowledgement of the scope when you get a moment? A scan of the PO with your chop is fine.

Thanks, and say hi to Lily for me,
Megan
""" + sig("Megan Ortiz", "Director of Sourcing", "Little Harbor Baby Co. | 2210 NW Front Ave, Portland, OR 97209",
          "+1 503 555 0142")
_c01_pdf = pdf([
    ("h1", "PURCHASE ORDER LHB-24-0117"),
    ("p", "Little Harbor Baby Co., 2210 NW Front Ave, Portland, OR 97209, USA"),
    ("table", [["Supplier", "Ningbo Sunrise Juvenile Products Co., Ltd., Yinzhou District, Ningbo"],
               ["PO date", "May 13, 2024"], ["Buyer", "Megan Ortiz"],
               ["Ship to", "Little Harbor Baby Co., attn. Product Development, Portland OR"],
               ["Incoterm", "FCA Ningbo, air freight collect (DHL acct 96-118-2204)"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Colourway", "Qty", "Unit USD", "Amount USD"],
               ["1", "HG-200-NVY", "Harbor Glide stroller, PP sample", "Harbor Navy", "2", "185.00", "370.00"],
               ["2", "HG-200-OAT", "Harbor Glide stroller, PP sample", "Oat", "2", "185.00", "370.00"],
               ["3", "HG-200-CHR", "Harbor Glide stroller, PP sample", "Charcoal", "2", "185.00", "370.00"],
               ["", "", "", "Total", "6", "", "1,110.00"]]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "Sample PO. Released quantity: 6 pcs (lines 1-3). Launch quantity of 1,800 pcs per quote "
          "Q-NS-2404-33: NOT released, on hold. Do not start it."),
    ("p", "Unlock: the 1,800 pcs are released only by a revised PO signed by Megan Ortiz, Director of "
          "Sourcing, after the samples pass ASTM F833-21 and retailer lab testing."),
    ("p", "Material authority: sample-only. Buying frames, wheels, fabric or trims for the launch quantity "
          "is at the supplier's own risk."),
    ("h", "Requirements"),
    ("p", "Samples built with production-intent tooling and materials. Include the fabric test report "
          "(16 CFR 1500 lead/phthalates per CPSIA) and the frame material declaration. Warning labels per "
          "ASTM F833-21 section 8, English and Spanish."),
    ("p", "Payment: T/T 30 days after receipt of samples."),
], pagesize=LETTER, title="PO LHB-24-0117", author="Little Harbor Baby Co.")
_c01 = mail("Megan Ortiz <megan.ortiz@littleharborbaby.com>", "Kevin Chen <kevin.chen@nbsunrise-juvenile.cn>",
            "PO LHB-24-0117 - Harbor Glide stroller PP samples", "Mon, 13 May 2024 16:05:00 -0700",
            _c01_body, html=txt2html(_c01_body), cc="Lily Wang <lily.wang@nbsunrise-juvenile.cn>",
            attachments=[("PO_LHB-24-0117.pdf", _c01_pdf, PDF_MT)])
case("c01_us_stroller_sample_po", [], "sample PO states 6 released, 1,800 on hold, revised PO after tests, Megan Ortiz signs, sample-only material",
     [eml("PO LHB-24-0117 Harbor Glide PP samples.eml", _c01)])

# c02 clean: supplier quote with sample and production tiers (supplier document, no authorization).
_c02_pdf = pdf([
    ("h1", "QUOTATION Q-EG-24-0588"),
    ("p", "Taichung Evergood Industrial Co., Ltd. | No. 88, Gongye 3rd Rd, Xitun Dist., Taichung 407, Taiwan"),
    ("p", "To: Sternchen Babyausstattung GmbH, Hamburg - attn. Julia Neumann, Head of Product"),
    ("p", "Date: 2024-04-29. Subject: convertible high chair 'Stella' in FSC beech, with tray and footrest"),
    ("table", [["Item", "Qty", "Unit price (USD)", "Lead time"],
               ["PP samples (natural / white)", "4 pcs", "96.00", "25 days"],
               ["Production - tier A", "1,000 pcs", "41.50", "55 days from bulk PO"],
               ["Production - tier B", "3,000 pcs", "38.20", "60 days from bulk PO"],
               ["Production - tier C", "5,000 pcs", "36.90", "65 days from bulk PO"]]),
    ("sp",),
    ("p", "Tray tooling: USD 4,800 one-time; can be amortised into the unit price for tier C."),
    ("p", "Compliance: EN 14988:2017+A1:2020 and EN 71-3 tested at TUV Rheinland Taiwan, reports sent "
          "together with the PP samples. Beech FSC 100% (certificate SGSHK-COC-330112)."),
    ("p", "Packing: 5-layer export carton, 1 set/ctn, 62 x 48 x 30 cm, G.W. 9.4 kg. 40HQ loads 690 sets."),
    ("p", "Payment: samples 100% before dispatch. Bulk: 30% deposit with bulk PO, 70% against copy B/L."),
    ("p", "Prices valid 90 days, FOB Taichung. This quotation is an offer only and not an order confirmation."),
    ("sp",),
    ("p", "Vincent Tsai, Sales Manager, vincent.tsai@evergood-ind.com.tw, +886 4 2359 0188"),
], title="Quotation Q-EG-24-0588", author="Taichung Evergood Industrial")
case("c02_tw_highchair_quote_tiers", [], "supplier quote with sample and three production tiers; no authorization, no authorized quantity",
     [("Q-EG-24-0588_Stella_highchair.pdf", _c02_pdf)])

# c03 clean: WhatsApp export, supplier asks to go ahead with 2k bulk, buyer refuses and scopes.
_c03 = """\
14/05/2024, 09:41 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
14/05/2024, 09:41 - Amy Lin Bloom Silicone: Good morning Priya 😊 koala teether samples out of the mould today, colour Eucalyptus and Sand both ok
14/05/2024, 09:42 - Amy Lin Bloom Silicone: <Media omitted>
14/05/2024, 09:42 - Amy Lin Bloom Silicone: <Media omitted>
14/05/2024, 09:55 - Priya Natarajan: Morning Amy! They look lovely, the ears came out much cleaner than T1. How many did you make?
14/05/2024, 09:57 - Amy Lin Bloom Silicone: 24 pcs as PO WB-3391, 12 each colour
14/05/2024, 09:58 - Amy Lin Bloom Silicone: can we go ahead the 2k bulk also? our line is free end of May, if start now can ship before July
14/05/2024, 10:06 - Priya Natarajan: No, please hold. Only the 24 samples on WB-3391 are authorised. The 2k (2,000 pcs) is not released and nothing should be moulded or bought for it yet.
14/05/2024, 10:07 - Priya Natarajan: The samples have to pass ASTM F963 and the 21 CFR 177.2600 extraction test at our lab in Melbourne first. If the report is clean I will send a written bulk release with a new PO number. It will come from me, Priya Natarajan, nobody else at Wattle.
14/05/2024, 10:09 - Amy Lin Bloom Silicone: ok understand, only 24 samples, bulk wait your written release 👍
14/05/2024, 10:10 - Amy Lin Bloom Silicone: we send by DHL tomorrow, AWB I will share
14/05/2024, 10:11 - Priya Natarajan: Perfect, thank you! Please put 2 pcs of each colour in a separate bag marked RETAIN, we keep those as reference.
14/05/2024, 10:12 - Amy Lin Bloom Silicone: no problem
15/05/2024, 17:20 - Amy Lin Bloom Silicone: DHL AWB 4417 2093 55, 24 pcs, 4 pcs retain bag inside
15/05/2024, 17:31 - Priya Natarajan: 🙏
"""
case("c03_au_teether_whatsapp_refusal", [], "supplier asks to go ahead with 2k; buyer: only 24, 2,000 not released, written release by Priya after lab report",
     [("WhatsApp Chat with Amy Lin Bloom Silicone.txt", _c03)])

# c04 clean: UK retailer portal forecast page, clearly labelled forecast, not an order.
_c04 = html_page("Hollins & Wade Vendor Hub - Supply Plan", """\
<div style="background:#1d3557;color:#fff;padding:8px"><b>Hollins &amp; Wade</b> Vendor Hub &nbsp;|&nbsp; Orders &nbsp;|&nbsp; <u>Supply Plan</u> &nbsp;|&nbsp; ASN &nbsp;|&nbsp; Invoices</div>
<p>Vendor: <b>Guimarães Malhas, Lda.</b> (vendor no. 40218) &nbsp; Buyer: Gemma Hargreaves, Baby &amp; Nursery</p>
<h2>Supply Plan (forecast) - AW24 Baby Textiles</h2>
<div class="note"><b>Forecast only.</b> The quantities on this page are planning estimates shared so you can plan
capacity. They are not purchase orders and create no commitment by Hollins &amp; Wade to buy. Orders are placed only as
numbered purchase orders on the <i>Orders</i> tab. Please do not buy yarn or fabric against this forecast unless a
material authority has been issued to you in writing.</div>
<table>
<tr><th>SKU</th><th>Description</th><th>Wk 36</th><th>Wk 40</th><th>Wk 44</th><th>Wk 48</th><th>Total (forecast)</th></tr>
<tr><td>HW-MUS-3P-SAGE</td><td>Organic muslin squares 3-pack, sage</td><td>1,200</td><td>900</td><td>1,500</td><td>2,400</td><td>6,000</td></tr>
<tr><td>HW-MUS-3P-OAT</td><td>Organic muslin squares 3-pack, oat</td><td>800</td><td>600</td><td>1,000</td><td>1,600</td><td>4,000</td></tr>
<tr><td>HW-SWD-1P-STR</td><td>Jersey swaddle, stripe</td><td>400</td><td>400</td><td>600</td><td>800</td><td>2,200</td></tr>
</table>
<p>Certification reminder: GOTS scope certificate and OEKO-TEX Standard 100 Class I certificate must be valid on the ship date.</p>
<p style="color:#666">Last updated 02 May 2024 07:00 BST. Forecast horizon 26 weeks; next update 16 May 2024.</p>""", lang="en-GB")
case("c04_uk_retailer_forecast_portal", [], "retailer supply plan clearly labelled forecast, no commitment, no material buying; no authorization",
     [("HollinsWade_SupplyPlan_AW24.html", _c04)])

# c05 clean: fit sign-off scoped to fit, two corrected samples authorized, bulk on hold.
_c05_body = """\
Hi Jenny,

The three (3) fit samples of the Cosy Toes footmuff (style BB-FM-07) arrived on Tuesday and we've been through them with the pushchair team this morning.

Fit: approved for fit only. They go on the Oxford, Lark and Tandem frames without catching the harness slots, which was our main worry, and the elasticated hood sits properly on all three.

Please note this is a fit sign-off and nothing more. It is not a production release. The launch quantity of 1,500 footmuffs stays on hold: nothing is released for bulk, so please don't cut fleece or order zips for it.

What we'd like from you now: two (2) corrected samples in size Standard, with the zip garage moved 15 mm lower (see the marked-up photo I sent on WeChat). Please make those two under the existing sample PO BB-S-2217, no new paperwork needed.

The 1,500 can only be released once (a) the corrected samples pass our EN 71-2 flammability and EN 71-3 checks and (b) Oliver Grant, our Head of Sourcing, issues a revised PO in writing. Oliver is the only person who can release bulk.

Have a lovely weekend,
Harriet
""" + sig("Harriet Cole", "Product Developer - Travel", "Bramble & Bee Nursery Ltd, Leeds LS11 5QN", "+44 113 496 0721")
_c05 = mail("Harriet Cole <harriet.cole@brambleandbee.co.uk>", "Jenny Zhou <jenny@happynest-textile.com>",
            "BB-FM-07 Cosy Toes - fit samples feedback", "Fri, 17 May 2024 11:48:00 +0100", _c05_body,
            cc="Oliver Grant <oliver.grant@brambleandbee.co.uk>")
case("c05_uk_footmuff_fit_only", [], "approved for fit only, not a production release; 2 corrected samples; 1,500 on hold until tests + revised PO by Oliver Grant",
     [eml("BB-FM-07 Cosy Toes fit samples feedback.eml", _c05)])

# c06 clean: German full-quantity PO with European number format, "proceed" scoped to the full 2.400.
_c06 = pdf([
    ("h1", "Bestellung / Purchase Order KW-45012"),
    ("p", "Kinderwerk GmbH | Ostendstraße 112 | 90482 Nürnberg | USt-IdNr. DE 281 447 120"),
    ("table", [["Lieferant / Supplier", "Guimarães Malhas, Lda., Rua da Indústria 45, 4835-044 Guimarães, Portugal"],
               ["Datum / Date", "06.05.2024"], ["Einkauf / Buyer", "Jürgen Haas"],
               ["Lieferbedingung", "DAP Nürnberg (Incoterms 2020)"], ["Liefertermin", "KW 27/2024"]]),
    ("sp",),
    ("table", [["Pos.", "Art.-Nr.", "Bezeichnung / Description", "Menge / Qty", "EP EUR", "GP EUR"],
               ["10", "50012-GR", "Sitzverkleinerer Hochstuhl 'Fuchs', Jersey grau / seat insert, grey", "1.200 pcs", "7,85", "9.420,00"],
               ["20", "50012-SA", "Sitzverkleinerer Hochstuhl 'Fuchs', Jersey sand / seat insert, sand", "1.200 pcs", "7,85", "9.420,00"],
               ["", "", "Summe / Total", "2.400 pcs", "", "18.840,00"]]),
    ("sp",),
    ("p", "Please proceed with the full 2.400 pcs as per this order. The PP sample was signed off by our QA "
          "(Anja Roth) on 12.03.2024. This order covers the complete quantity: there is no further quantity to "
          "follow under this order and nothing is held back."),
    ("p", "Requirements: OEKO-TEX Standard 100 Class I, EN 71-3 (migration), care label DE/EN/FR, "
          "polybag with suffocation warning, 24 pcs per carton, carton label with art. no. and PO no."),
    ("p", "Zahlungsbedingung / payment: 30 Tage netto nach Wareneingang (30 days net after receipt of goods)."),
    ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen, Stand 01/2024."),
], title="Bestellung KW-45012", author="Kinderwerk GmbH")
case("c06_de_full_qty_po_proceed", [], "full-quantity PO (2.400 pcs, European format), proceed scoped to the full quantity; no balance exists",
     [("KW-45012_Bestellung.pdf", _c06)])

# c07 clean: ERP call-off with explicit staged material authority above the released quantity.
_c07 = """\
CRADLE & CO. INC.                                          CALL-OFF / RELEASE
1420 HARMON AVE, COLUMBUS OH 43223                         NO. CO-2024-0603
==================================================================================
VENDOR : 70044  BINH DUONG MEKONG SOFT GOODS CO LTD        DATE  : 06/03/2024
         LOT C7, VSIP II, THU DAU MOT, BINH DUONG, VN      PAGE  : 1 OF 1
BLANKET: BA-2024-011                                       BUYER : ASHLEY PARK
==================================================================================
LN  ITEM NO.        DESCRIPTION                    UOM    REL QTY    NEED DATE
--  --------------  -----------------------------  ----  ---------  ----------
01  SW-3PK-0600     MUSLIN SWADDLE 3PK STARS/MOON  EA          600  08/15/2024
----------------------------------------------------------------------------------
RELEASED THIS CALL-OFF ...................................:     600 EA
SEASON PLAN (FOR PLANNING ONLY, NOT RELEASED) .............:   1,800 EA
BALANCE ON HOLD ...........................................:   1,200 EA

MATERIAL AUTHORITY: STAGED. VENDOR MAY BUY FABRIC AND TRIMS FOR UP TO 1,800 EA
  AT BUYER LIABILITY. PRODUCTION IS LIMITED TO THE 600 EA RELEASED ABOVE.
UNLOCK: THE 1,200 EA BALANCE IS RELEASED ONLY BY A FURTHER CALL-OFF SIGNED BY
  TOM REILLY, VP SUPPLY CHAIN, AFTER THE RETAILER SELL-THROUGH REVIEW (07/15/2024).
DO NOT CUT OR SEW BEYOND 600 EA.

TEST: CPSIA / 16 CFR 1610 FLAMMABILITY, ASTM F963-23 SEC 4.3.5; OEKO-TEX CL. I
PACK: 3 PCS/HANGER CARD, 48 EA/CTN, UPC 0 86124 06000 3
SHIP: FOB HO CHI MINH CITY, CONSOLIDATE WITH PO 4500-0611
==================================================================================
*** END OF CALL-OFF ***
"""
case("c07_us_erp_calloff_staged_material", [], "call-off releases 600, season plan labelled not released, staged material authority to 1,800 explicit, next call-off by Tom Reilly",
     [("CO-2024-0603_calloff.txt", _c07)])

# c08 clean: DOCX agreement with an explicit, recorded auto-conversion naming quantity, signer, conditions.
_c08 = docx_bytes([
    ("h1", "Agreement on sample sign-off and auto-conversion - order SB-2024-118"),
    ("p", "Between Sternchen Babyausstattung GmbH, Hamburg (buyer) and Bursa İpek Tekstil San. ve Tic. A.Ş., "
          "Bursa (supplier). Dated 02.05.2024."),
    ("h", "1. Order"),
    ("p", "Replacement cover set RC-40 for the Sternchen 'Lumi i-Size' car seat (UN R129/03). Quoted production "
          "quantity: 2,400 sets (firm). PO SB-PO-7720 gives commercial cover for 2,400 sets. Commercial cover is "
          "not production authority; production authority is set out in sections 2 to 4 only."),
    ("h", "2. Sample lot"),
    ("p", "Twelve (12) PP sample sets are released for production now."),
    ("h", "3. Auto-conversion (recorded)"),
    ("p", "Both parties agree and record the following auto-conversion: a sample sign-off with the status "
          "'approved' (not 'interim'), signed by Dr. Sabine Krüger, Head of Quality at Sternchen, releases the "
          "first production lot of 800 sets by itself, without any further document. Conditions: the sign-off "
          "form SB-QF-12 is signed and dated, and the flammability report (FMVSS 302 / ECE R118 Annex 8) for "
          "the production fabric lot is attached to it. An 'interim' or 'rejected' sign-off releases nothing."),
    ("h", "4. Balance"),
    ("p", "The remaining 1,600 sets are not released. They are released only by a written production release "
          "from Frank Vogel, Managing Director, after the first lot of 800 sets passes inline inspection."),
    ("h", "5. Material authority"),
    ("p", "Staged: the supplier may buy cover fabric, foam and webbing for up to 800 sets at the buyer's "
          "liability. Nothing beyond 800 sets may be bought at the buyer's liability."),
    ("table", [["Quantity", "Status", "Unlocked by"],
               ["12 sets (PP samples)", "released", "this agreement"],
               ["800 sets (first lot)", "converts automatically on an approved sign-off", "sign-off by Dr. Sabine Krüger (form SB-QF-12)"],
               ["1,600 sets (balance)", "on hold, not released", "written production release by Frank Vogel"]]),
    ("sp",),
    ("p", "For Sternchen Babyausstattung GmbH: Frank Vogel, Managing Director"),
    ("p", "For Bursa İpek Tekstil A.Ş.: Mehmet Yılmaz, Export Director"),
], author="Frank Vogel")
case("c08_de_tr_explicit_autoconversion", [], "explicit recorded auto-conversion naming 800 sets, signer Dr. Krüger, conditions; balance 1,600 held for Frank Vogel; staged material 800",
     [("SB-2024-118_Vereinbarung.docx", _c08)])

# p01: bare sample PO, nothing about the balance, no unlock event, no release authority.
_p01 = pdf([
    ("h1", "PURCHASE ORDER NJ-PO-24-3301"),
    ("p", "Nestwell Juvenile LLC | 880 Marietta St NW, Atlanta, GA 30318 | +1 404 555 0199"),
    ("table", [["Vendor", "Zhongshan Anbao Child Safety Products Co., Ltd., Xiaolan Town, Zhongshan, Guangdong"],
               ["Order date", "04/22/2024"], ["Buyer", "Rachel Summers, Sr. Buyer"],
               ["Terms", "Net 30 from receipt"], ["Ship via", "Air express, prepaid & add"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
               ["1", "CS-R129-40-SG", "Canopy assembly for Aria convertible car seat, PP sample, Storm Grey", "10", "14.50", "145.00"],
               ["2", "CS-R129-40-SG-INS", "Infant insert, PP sample, Storm Grey", "10", "6.20", "62.00"],
               ["3", "FRT", "Sample freight (air)", "1 lot", "120.00", "120.00"],
               ["", "", "Total", "", "", "327.00"]]),
    ("sp",),
    ("h", "Notes"),
    ("p", "Samples to be made with production-intent fabric, foam and buckles. Include the FMVSS 302 "
          "flammability report for the canopy and insert fabric, and the CPSIA lead content statement."),
    ("p", "Please mark each sample with the line number and the fabric lot number."),
    ("p", "Ship to: Nestwell Juvenile, attn. Marcus Lee, Product Safety. Requested arrival: 05/24/2024."),
    ("p", "This PO is subject to Nestwell Juvenile's standard terms and conditions of purchase (rev. 2023-07)."),
], pagesize=LETTER, title="PO NJ-PO-24-3301", author="Nestwell Juvenile")
case("p01_us_carseat_bare_sample_po", ["RG003", "RG004", "RG005"],
     "sample PO for 10+10 PP pcs; never says the production balance is not released, names no unlock event and no release authority",
     [("NJ-PO-24-3301.pdf", _p01)])

# p02: sample PO in the email body, supplier quote with 6,000 production attached, nothing else.
_p02_quote = pdf([
    ("h1", "Quotation Q-CF-0319"),
    ("p", "Tainan Clearflow Baby Products Co., Ltd. | Annan Dist., Tainan 709, Taiwan"),
    ("p", "Customer: Wattle Baby Pty Ltd, Melbourne. Attn: Kate Lawson. Date: 2024-04-18"),
    ("table", [["Item", "Description", "Qty", "Unit price (USD)", "Lead time"],
               ["GB-240W", "Glass feeding bottle 240 ml wide neck, silicone sleeve - samples", "36 pcs", "4.80", "15 days"],
               ["GB-240W", "Glass feeding bottle 240 ml wide neck, silicone sleeve - production", "6,000 pcs", "1.95", "45 days"]]),
    ("sp",),
    ("p", "Material: borosilicate 3.3 glass, teat LSR medical grade, collar PP. Teat flow: slow / medium / fast."),
    ("p", "Testing: EN 14350:2020 full test at SGS Taipei, report with samples. AS/NZS ISO 8124 not applicable."),
    ("p", "Packing: individual gift box, 48 pcs per master carton. FOB Kaohsiung. Validity 60 days."),
    ("p", "Vincent Tsai, Sales, vincent@clearflow-baby.com.tw"),
], title="Quotation Q-CF-0319", author="Tainan Clearflow")
_p02_body = """\
Hi Vincent,

Good news: we'd like samples of the 240 ml wide-neck glass bottle. Our PO number is WB-4410, for 36 pcs at USD 4.80 as per your quote (I've attached your quote Q-CF-0319 as well).

Please pack 12 per teat flow (slow / medium / fast) and label each bag with the flow. Silicone sleeves in the eucalyptus green please, Pantone 5625 C, same as the chip we sent in March.

Can you confirm the ship date? Ideally they'd land in Melbourne before 7 June so we can take them to the buyers' meeting.

Cheers,
Kate
""" + sig("Kate Lawson", "Head of Product", "Wattle Baby Pty Ltd | 41 Cremorne St, Richmond VIC 3121", "+61 3 9555 0187")
_p02 = mail("Kate Lawson <kate@wattlebaby.com.au>", "Vincent Tsai <vincent@clearflow-baby.com.tw>",
            "Glass bottle samples - PO WB-4410", "Wed, 24 Apr 2024 10:32:00 +1000", _p02_body,
            attachments=[("Q-CF-0319.pdf", _p02_quote, PDF_MT)])
case("p02_au_bottle_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 36 with attached quote showing 6,000 production and no word that it is not released; no hold, event or release person",
     [eml("Glass bottle samples PO WB-4410.eml", _p02)])

# p03: quoted PO scope is complete; latest buyer reply "all approved - go ahead!" has no scope.
_p03_orig = """\
PO OA-24-0612 - Wren compact stroller PP samples

Hi Lucy,

PO OA-24-0612 attached for the Wren PP samples. Only the four (4) PP samples on this PO are released. The bulk quantity of 1,200 units in your quote JP-2403-18 is not released and must not be started.

Bulk will be released by a revised PO signed by me, Fiona McBride, after the samples pass EN 1888-1:2018 at our test house (BSI Hemel).

Kind regards,
Fiona
"""
_p03_mid = """\
Dear Fiona,

The 4 PP samples were sent by UPS 1Z 8R4 019 04 5521 7740 on 29 April, please check and give your comments.
The canopy stitching is improved as per your last comment, and the rear brake pedal now has the grey cap.

Best regards
Lucy Xu
"""
_p03_body = """\
Hi Lucy,

Thanks - the 4 PP samples of the Wren arrived yesterday afternoon. Fold, brakes, harness and canopy all checked out, and the new brake cap is much better.

Great work, all approved - go ahead!

Best,
Fiona
""" + sig("Fiona McBride", "Buying Manager - Nursery", "Owl & Acorn Ltd, Bristol BS1 6QH", "+44 117 496 0335") + """
On Thu, 2 May 2024 at 08:14, Lucy Xu <lucy.xu@jx-pramworks.com> wrote:
""" + quote(_p03_mid) + """
>
> On 8 Apr 2024, Fiona McBride <fiona.mcbride@owlandacorn.co.uk> wrote:
""" + quote(_p03_orig, 2) + "\n"
_p03 = mail("Fiona McBride <fiona.mcbride@owlandacorn.co.uk>", "Lucy Xu <lucy.xu@jx-pramworks.com>",
            "RE: PO OA-24-0612 - Wren compact stroller PP samples", "Tue, 7 May 2024 15:20:00 +0100", _p03_body,
            in_reply_to="<h70-lx-0502@jx-pramworks.com>")
case("p03_uk_stroller_approved_go_ahead", ["RG002"],
     "quoted PO scope complete (4 released, 1,200 on hold, revised PO by Fiona after EN 1888); new reply 'all approved - go ahead!' names no scope or quantity",
     [eml("RE PO OA-24-0612 Wren PP samples.eml", _p03)])

# p04: German hold letter: 'release' used for sample approval (Musterfreigabe) and production release;
# production release on hold until further notice (no event).
_p04 = docx_bytes([
    ("p", "Kinderwerk GmbH · Ostendstraße 112 · 90482 Nürnberg"),
    ("p", "Bursa İpek Tekstil San. ve Tic. A.Ş. - z. Hd. Frau Ayşe Demir - Nilüfer OSB, 16140 Bursa, Türkei"),
    ("p", "Nürnberg, 05.06.2024"),
    ("h1", "Order KW-2024-0871 - baby bouncer cover 'Wolke' - status of release"),
    ("p", "Dear Ms. Demir,"),
    ("p", "thank you for the twelve (12) sample covers, which reached Nürnberg on 22.05.2024."),
    ("p", "Sample release: our quality department gave the sample release (Musterfreigabe) for the covers on "
          "04.06.2024. Colour and fit correspond to the golden sample, and the abrasion test (Martindale, "
          "20.000 cycles) is passed. The released quantity remains the 12 sample covers already delivered."),
    ("p", "Production release: the production release for the remaining 1.188 covers is on hold until further "
          "notice. Please do not start cutting or sewing, and do not order fabric beyond the sample quantity. "
          "Only Mr. Jürgen Haas (Leiter Einkauf) can grant the production release, in writing."),
    ("table", [["Position", "Quantity", "Status"],
               ["Samples", "12", "sample release given 04.06.2024"],
               ["Series", "1.188", "production release on hold"]]),
    ("sp",),
    ("p", "We thank you for the good cooperation."),
    ("p", "Mit freundlichen Grüßen / Best regards"),
    ("p", "Jürgen Haas, Leiter Einkauf, Kinderwerk GmbH, Tel. +49 911 555 3310"),
], author="Jürgen Haas")
case("p04_de_bouncer_release_until_further_notice", ["RG004", "RG009"],
     "'release' used both for sample approval (Musterfreigabe) and production release; balance 1.188 on hold until further notice with no unlock event",
     [("KW-2024-0871_Wippe_Wolke.docx", _p04)])

# p05: French buyer: quantity, hold, revised PO event present; release 'signed internally in our company' (no person).
_p05_body = """\
Bonjour Inês,

Following our call of this morning, here is our order PN-CMD-24-0456 for the prototypes of the gigoteuse "Nuage" 2.5 TOG.

- Quantity ordered now: 18 samples (6 per size: 0-6 m, 6-18 m, 18-36 m), fabric organic cotton jersey, print "nuages bleus".
- The series quantity of 1.800 pieces in your offer OF-2024-112 is not released. Please do not launch it and do not buy the jersey for it.
- The series will be released only after the samples pass EN 16781:2018 at our laboratory in Lyon and after the release is signed internally in our company. You will then receive a revised order.

Please send the samples before 28 June, our photo shoot is on 3 July. The zip must be YKK with the puller guard, as on the 2023 model.

Merci et bonne journée,
Claire
""" + sig("Claire Dubois", "Responsable Achats", "Petit Nuage SAS | 14 rue de la Charité, 69002 Lyon", "+33 4 72 55 01 63")
_p05_txt = """\
PETIT NUAGE SAS - BON DE COMMANDE PN-CMD-24-0456                    16/05/2024
Fournisseur : GUIMARAES MALHAS LDA - 4835-044 GUIMARAES - PORTUGAL
Acheteur    : C. DUBOIS
------------------------------------------------------------------------------
LIG  ARTICLE           DESIGNATION                           QTE   PU EUR
---  ----------------  -----------------------------------  ----  -------
001  PN-GIG-25-0006    GIGOTEUSE NUAGE 2.5 TOG 0-6 M  PROTO    6    18,50
002  PN-GIG-25-0618    GIGOTEUSE NUAGE 2.5 TOG 6-18 M PROTO    6    19,50
003  PN-GIG-25-1836    GIGOTEUSE NUAGE 2.5 TOG 18-36 M PROTO   6    20,50
------------------------------------------------------------------------------
TOTAL PROTOTYPES                                             18
NORME : EN 16781:2018 - TISSU : JERSEY COTON BIO GOTS - ZIP YKK + PROTEGE-ZIP
LIVRAISON : AVANT LE 28/06/2024 - DAP LYON
------------------------------------------------------------------------------
"""
_p05 = mail("Claire Dubois <c.dubois@petitnuage.fr>", "Inês Ferreira <ines.ferreira@gmalhas.pt>",
            "Commande PN-CMD-24-0456 - prototypes gigoteuse Nuage", "Thu, 16 May 2024 11:05:00 +0200", _p05_body,
            attachments=[("PN-CMD-24-0456.txt", _p05_txt, "text/plain")])
case("p05_fr_sleepbag_internal_signoff", ["RG005"],
     "18 samples, 1.800 not released, unlock = tests + revised order, but release 'signed internally in our company' names no person",
     [eml("Commande PN-CMD-24-0456 prototypes.eml", _p05)])

# p06: WeChat: buyer scope complete; factory says boss already bought fabric for all 3,000.
_p06 = """\
WeChat chat history export - "LHB Play Mat 2024 / HappyNest"
Exported 2024-05-22 08:02

2024-05-20 10:14  Jenny Zhou (HappyNest): Hi Jason, PP sample of play mat already finish sewing, today we do the photo for you
2024-05-20 10:15  Jenny Zhou (HappyNest): [Image]
2024-05-20 10:15  Jenny Zhou (HappyNest): [Image]
2024-05-20 21:02  Jason Reyes: Looks great, thanks Jenny! The arch loops are much stronger now.
2024-05-20 21:04  Jason Reyes: Quick reminder so nobody gets surprised: PO LHB-24-0190 is for 8 PP samples only. The 3,000 pcs launch qty is NOT released. Megan Ortiz will send the written release after the Intertek CPSIA report on the samples comes back clean.
2024-05-21 09:30  Jenny Zhou (HappyNest): understand. because launch time is very tight, our boss already buy the quilted cotton and the printing fabric for all 3,000 pcs, now in our warehouse
2024-05-21 09:31  Jenny Zhou (HappyNest): so when Megan release we can start cutting very fast 😊
2024-05-21 09:31  Jenny Zhou (HappyNest): [Image]
2024-05-21 09:45  Jason Reyes: Hm, OK, noted. Let's talk Thursday on the weekly call.
2024-05-21 09:46  Jenny Zhou (HappyNest): ok Thursday 9pm your time
"""
case("p06_cn_playmat_wechat_fabric_bought", ["RG006"],
     "buyer scope complete (8 samples, 3,000 not released, written release by Megan Ortiz after CPSIA report); factory bought fabric for all 3,000 without material authority",
     [("WeChat_LHB_PlayMat_HappyNest.txt", _p06)])

# p07: supplier ack assumes golden-sample approval rolls straight into mass production.
_p07_orig = """\
Dear Mr. Minh,

Please find PO CC-24-5521 for five (5) PP samples of the Maple Tall high chair. Only these 5 are released.
The 2,000 pcs production quantity in your quote is not released. The production release will be a separate written release from Tom Reilly, VP Supply Chain, after the golden sample passes ASTM F404-21 testing at SGS.

Regards,
Ashley Park
Buyer, Cradle & Co. Inc.
"""
_p07_body = """\
Dear Ms. Ashley,

Thank you for your PO. We acknowledge PO CC-24-5521 for 5 pcs PP sample of high chair Maple Tall (ASTM F404-21). The samples will be ready on 10 June and we send by FedEx.

To catch your shipment window in September, after you approve the golden sample we will arrange the mass production of the 2,000 pcs directly, so that no time is lost. We will inform you the ETD after.

Best regards,
Tran Van Minh
Sales Manager
Dong Nai Woodcraft JSC | Bien Hoa 2 IZ, Dong Nai, Vietnam | +84 251 3836 771

-----Original Message-----
From: Ashley Park <apark@cradleandco.com>
Sent: Tuesday, May 14, 2024 4:12 PM
Subject: PO CC-24-5521 Maple Tall PP samples

""" + quote(_p07_orig)
_p07 = mail("Tran Van Minh <minh.tran@dongnaiwoodcraft.vn>", "Ashley Park <apark@cradleandco.com>",
            "RE: PO CC-24-5521 Maple Tall PP samples", "Wed, 15 May 2024 09:40:00 +0700", _p07_body)
case("p07_vn_highchair_ack_direct_mass_production", ["RG007"],
     "buyer scope (quoted) complete; supplier ack says after golden sample approval it will run the 2,000 directly",
     [eml("RE PO CC-24-5521 Maple Tall PP samples.eml", _p07)])

# ---------------------------------------------------------------- batch 2
# c09 clean: supplier: "the deposit does not release production"; supplier restates the hold.
_c09_body = """\
Dear Rachel,

Good day. We received today your 30% deposit (USD 2,592.00) for PO NJ-PO-24-3420, thank you very much.

Please note for your team so there is no misunderstanding: the deposit does not release production. Under this PO we will only make the 24 PP samples of the silicone bib now (6 per colour: Sage, Clay, Dusk, Oat). The 2,400 pcs bulk is not released, and we will not start it or buy the LSR material for it until we receive your written bulk release. As you told us on the call, the release will come from you, Rachel Summers, after the samples pass CPSIA and the FDA 21 CFR 177.2600 test.

Sample status: mould T2 done, the crumb catcher depth is now 32 mm as your comment. Samples ETD 5 June by DHL.

Best regards,
Amy Lin
Sales Manager
Xiamen Bloom Silicone Technology Co., Ltd.
Tong'an Industrial Zone, Xiamen, Fujian | +86 592 555 7102
"""
_c09 = mail("Amy Lin <amy.lin@bloomsilicone.cn>", "Rachel Summers <rsummers@nestwelljuvenile.com>",
            "PO NJ-PO-24-3420 silicone bib - deposit received", "Tue, 21 May 2024 17:48:00 +0800", _c09_body)
case("c09_cn_bib_deposit_not_release", [], "supplier confirms deposit does not release production; only 24 samples, 2,400 not released until Rachel Summers' written release",
     [eml("PO NJ-PO-24-3420 silicone bib.eml", _c09)])

# c10 clean: supplier acknowledgement restating the scope, quoting the buyer's complete PO mail.
_c10_orig = """\
Bonjour Kevin,

Please find our order PN-CMD-24-0502 for the travel cot "Dodo" (EN 716-1:2017+A1:2019), colour Gris Perle.

- Quantity released now: 10 PP samples.
- The quoted quantity is 1,000 pcs. The balance of 990 pcs is not released: do not start it, and buy materials for the 10 samples only.
- The 990 pcs will be released only by a revised order signed by Antoine Marchal, Directeur Qualité, after the sample sign-off at our laboratory.

Cordialement,
Claire Dubois
Responsable Achats, Petit Nuage SAS
"""
_c10_body = """\
Dear Claire,

Thank you. We acknowledge PO PN-CMD-24-0502 as written:

- 10 pcs PP samples of travel cot "Dodo", colour Gris Perle. This is the only quantity we will produce now.
- Balance 990 pcs not released. We will not start it, and we buy material for the 10 samples only.
- We wait for your revised order signed by Mr. Antoine Marchal after the sample sign-off at your lab.

Samples will be ready on 12 June; we will send the mattress fire test (BS 7177) together.

Best regards,
Kevin Chen
Ningbo Sunrise Juvenile Products Co., Ltd.

On Mon, 27 May 2024 10:02, Claire Dubois <c.dubois@petitnuage.fr> wrote:
""" + quote(_c10_orig)
_c10 = mail("Kevin Chen <kevin.chen@nbsunrise-juvenile.cn>", "Claire Dubois <c.dubois@petitnuage.fr>",
            "RE: Commande PN-CMD-24-0502 lit parapluie Dodo", "Tue, 28 May 2024 08:15:00 +0800", _c10_body,
            in_reply_to="<h70-cd-0527@petitnuage.fr>")
case("c10_fr_cn_travelcot_ack_restates_hold", [], "supplier acknowledgement restates buyer scope: 10 samples, 990 not released, revised order by Antoine Marchal after sign-off",
     [eml("RE Commande PN-CMD-24-0502 Dodo.eml", _c10)])

# c11 clean: forwarded old quote (message/rfc822) with 5,000 tier declared informational.
_c11_old_body = """\
Dear Dana,

Please see our quotation Q-SP-2023-077 for the plush lovey comforters:

Bunny lovey 30x30 cm, minky + satin edge: 500 pcs USD 2.95 / 2,000 pcs USD 2.40 / 5,000 pcs USD 2.10
Lamb lovey 30x30 cm, minky + satin edge: same price

Construction: embroidered eyes and nose only (no plastic parts), satin tag loops double-stitched, seam strength test 90 N per ASTM F963 section 8.9.
Filling: 100% new polyester fibre, 40 g per piece.

Best regards,
Sunny He
Hangzhou Softpaw Toys Co., Ltd.
"""
_c11_old = mail("Sunny He <sunny.he@softpawtoys.cn>", "Dana Whitfield <dwhitfield@cradleandco.com>",
                "Quotation Q-SP-2023-077 plush lovey", "Thu, 14 Sep 2023 14:30:00 +0800", _c11_old_body)
_c11_body = """\
Hi Sunny,

I'm forwarding the quote from last year's program (Q-SP-2023-077) only so you can see the construction notes Dana agreed with you. The price tiers in that old quote (500, 2,000 and 5,000 pcs) are for information only and none of them is released.

The new PO CC-24-5610 (attached separately in the portal) is for thirty (30) sample loveys only: 15 bunny, 15 lamb, in the new Cloud Grey minky. Nothing beyond these 30 is released. Please buy material for the 30 samples only.

The production quantity will be released, if at all, by a written release from Tom Reilly, VP Supply Chain, after the samples pass ASTM F963-23 and CPSIA testing at Bureau Veritas. Until then, it is on hold.

Thanks!
Ashley
""" + sig("Ashley Park", "Buyer", "Cradle & Co. Inc. | Columbus, OH", "+1 614 555 0177")
_c11 = mail("Ashley Park <apark@cradleandco.com>", "Sunny He <sunny.he@softpawtoys.cn>",
            "FW: Quotation Q-SP-2023-077 plush lovey - new samples PO CC-24-5610", "Mon, 20 May 2024 13:10:00 -0400",
            _c11_body, attachments=[("rfc822", _c11_old)])
case("c11_us_lovey_forwarded_old_quote_info", [], "forwarded old quote (rfc822): its 500/2,000/5,000 tiers declared informational, not released; 30 samples; written release by Tom Reilly after tests",
     [eml("FW Quotation Q-SP-2023-077 plush lovey.eml", _c11)])

# c12 clean: supplier's quoted message assumes auto-conversion; buyer's reply corrects it.
_c12_sup = """\
Dear Julia,

The 4 PP samples of Stella high chair are ready, we send tomorrow by FedEx 7781 0042 1190.
Once you approve the PP samples we will start the 3,000 pcs bulk right away, to keep the ETD of 15 August.

Best regards,
Vincent Tsai
"""
_c12_body = """\
Dear Vincent,

thank you for the quick work on the samples.

No, please do not do that. A sample sign-off does not release the 3,000. Only the 4 PP samples on PO SB-PO-7702 are released. The 3,000 pcs stay on hold until I (Julia Neumann, Head of Product) send you a written production release, and I can only do that after the EN 14988 report is in and the listing with our retail partner is confirmed. Please do not buy beech or tray material for the bulk before that.

If the 15 August ETD cannot be kept with this sequence, tell me and we will look at the launch date, not at the release sequence.

Best regards,
Julia Neumann
Head of Product
Sternchen Babyausstattung GmbH, Hamburg

Vincent Tsai <vincent.tsai@evergood-ind.com.tw> schrieb am 22.05.2024 16:40:
""" + quote(_c12_sup)
_c12 = mail("Julia Neumann <j.neumann@sternchen-baby.de>", "Vincent Tsai <vincent.tsai@evergood-ind.com.tw>",
            "AW: Stella PP samples", "Thu, 23 May 2024 09:05:00 +0200", _c12_body,
            in_reply_to="<h70-vt-0522@evergood-ind.com.tw>")
case("c12_de_tw_quoted_autoconversion_corrected", [], "quoted supplier line assumes approval starts the 3,000; buyer reply corrects: 4 released, 3,000 on hold for Julia Neumann's written release after report + listing",
     [eml("AW Stella PP samples.eml", _c12)])

# c13 clean: ERP full-quantity PO with identifiers that look like quantities.
_c13 = """\
NESTWELL JUVENILE LLC                       PURCHASE ORDER                  PAGE 1/1
880 MARIETTA ST NW, ATLANTA GA 30318
---------------------------------------------------------------------------------------
PO NUMBER : 4500021877     REV: 0     DATE: 05/08/2024     TYPE: STANDARD
VENDOR    : 100388  TAINAN CLEARFLOW BABY PRODUCTS CO LTD, ANNAN DIST, TAINAN 709, TW
BUYER     : R. SUMMERS      TERMS: NET 45      INCOTERM: FOB KAOHSIUNG
---------------------------------------------------------------------------------------
LN  ITEM             REV  DESCRIPTION                         QTY  UOM   UNIT USD     EXT USD
--  ---------------  ---  ------------------------------  -------  ---  ---------  ----------
 1  BTL-2400-260     C    PPSU BOTTLE 260ML NATURAL FLOW      500  EA        3.15    1,575.00
                          DRG 1000 REV 3 / PANTONE 2985 C SLEEVE / EN 14350:2020
                          GTIN 00812345024001
 2  BTL-2400-260-T   C    REPLACEMENT TEAT SET 2PK            500  EA        0.85      425.00
                          LSR 50 SHORE A / ISO 10993-5 / GTIN 00812345024018
---------------------------------------------------------------------------------------
                                                          ORDER TOTAL USD      2,000.00
NOTES:
  FULL ORDER QUANTITY. PRODUCE AND SHIP ALL LINES AS STATED. NO FURTHER QUANTITY
  FOLLOWS ON THIS PO AND NOTHING IS HELD BACK.
  PP SAMPLE SIGNED OFF 04/30/2024 BY M. LEE (PRODUCT SAFETY), REPORT TR-2024-0500.
  CARTON: 48 EA/CTN, 5-PLY, MARK "NESTWELL / PO 4500021877 / CTN X OF Y".
  SHIP WINDOW 07/01/2024 - 07/12/2024. LATE SHIPMENT REQUIRES WRITTEN EXTENSION.
---------------------------------------------------------------------------------------
"""
case("c13_us_erp_full_po_identifiers", [], "full-quantity ERP PO (500 + 500), no balance; DRG 1000 REV 3, BTL-2400-260, EN 14350:2020, TR-2024-0500 are identifiers",
     [("PO_4500021877.txt", _c13)])

# c14 clean: US retailer vendor portal, sample PO page with table and complete scope note.
_c14 = html_page("Brightnest Vendor Portal - PO 7100450123", """\
<div style="background:#f26b21;color:#fff;padding:8px"><b>BRIGHTNEST</b> Vendor Portal &nbsp;&middot;&nbsp; Purchase Orders &nbsp;&middot;&nbsp; Compliance &nbsp;&middot;&nbsp; Routing</div>
<h2>Purchase Order 7100450123 &nbsp;<small>(type: SAMPLE)</small></h2>
<table>
<tr><th>Vendor</th><td>Dong Nai Woodcraft JSC (vendor 88120)</td><th>Issued</th><td>05/06/2024</td></tr>
<tr><th>Department</th><td>D-214 Baby Furniture, private label "Brightnest Home Baby"</td><th>Buyer</th><td>Carla Jimenez</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit cost</th><th>Status</th></tr>
<tr><td>1</td><td>BHB-CRIB-4IN1-WAL</td><td>4-in-1 convertible crib, walnut finish, sample</td><td>8</td><td>$142.00</td><td>Open</td></tr>
</table>
<div class="note">
<p><b>Scope of this PO.</b> Sample order. Released quantity: 8 units (line 1).</p>
<p>The program quantity of 4,000 units shown in the D-214 line plan is <b>not released</b>. Do not produce it and do not purchase lumber, hardware or mattress supports for it.</p>
<p>The program quantity can be released only by a separate production PO issued by Carla Jimenez, Divisional Merchandise Manager, after the samples pass ASTM F1169-19 / 16 CFR 1220 testing at a CPSC-accepted lab and the line review on 07/18/2024.</p>
</div>
<p>Routing: ship samples via FedEx International Priority to Brightnest Product Lab, 3100 Kirby Dr, Houston TX 77098. Reference the PO number on every carton.</p>
<p style="color:#777">Page generated 05/06/2024 11:02 CT. Printing this page does not change the order.</p>""")
case("c14_us_retailer_portal_sample_po", [], "portal sample PO: 8 released, 4,000 program not released, production PO by Carla Jimenez after ASTM F1169 + line review",
     [("Brightnest_PO_7100450123.html", _c14)])

# c15 clean: DOCX product requirements document; launch quantity labelled as planning forecast.
_c15 = docx_bytes([
    ("h1", "Product Requirements Document - 'Nook' bedside bassinet"),
    ("p", "Owl & Acorn Ltd - Nursery category - PRD v1.3 - owner: Fiona McBride (Buying Manager) - 29 April 2024"),
    ("h", "1. Overview"),
    ("p", "A bedside bassinet with a drop-down side panel, five height positions and a breathable mesh "
          "panel on both long sides. Target retail price £129. Target launch: February 2025, UK stores and online."),
    ("h", "2. Safety and compliance"),
    ("li", "BS EN 1130:2019 (cribs and cradles for domestic use) - full test at an accredited lab"),
    ("li", "Bedside-sleeper requirements of EN 1130:2019 Annex, including attachment straps"),
    ("li", "Mattress: BS 7177 (flammability), 4 cm max thickness, firm foam"),
    ("li", "EN 71-3 migration of certain elements on all coated parts"),
    ("h", "3. Colourways"),
    ("table", [["Colourway", "Frame", "Fabric", "Planning forecast (launch)", "Status"],
               ["Dove Grey", "Aluminium, matt silver", "Recycled PET jersey, grey melange", "1,200 units", "forecast only"],
               ["Sand", "Aluminium, champagne", "Recycled PET jersey, sand", "800 units", "forecast only"],
               ["Sage", "Aluminium, matt silver", "Recycled PET jersey, sage", "500 units", "forecast only"]]),
    ("sp",),
    ("p", "The launch quantities above are planning forecasts for internal planning and supplier capacity "
          "discussions. They are not an order. This document gives no production authority and no material "
          "authority to any supplier; those come only from a numbered PO and, for production, a written "
          "production release."),
    ("h", "4. Milestones"),
    ("table", [["Milestone", "Target date", "Owner"],
               ["Supplier shortlist", "17 May 2024", "Fiona McBride"],
               ["PP samples received", "28 June 2024", "Supplier"],
               ["Sample sign-off (lab + fit)", "26 July 2024", "QA"],
               ["Retailer range review", "9 August 2024", "Buying"]]),
    ("h", "5. Open questions"),
    ("li", "Can the drop-down side use a one-hand mechanism without failing the EN 1130 side-opening test?"),
    ("li", "Carry bag in the box, or sold separately?"),
], author="Fiona McBride")
case("c15_uk_bassinet_prd", [], "PRD with colourway table; launch quantities labelled planning forecast, not an order; no authorization in it",
     [("PRD_Nook_bedside_bassinet_v1.3.docx", _c15)])

# c16 clean, multi-file: PO text + supplier quote PDF; the PO declares the quote's 3,000 tier informational.
_c16_po = """\
STERNCHEN BABYAUSSTATTUNG GMBH - PURCHASE ORDER SB-PO-7744
Date: 03.05.2024          Supplier: Binh Duong Mekong Soft Goods Co., Ltd. (attn. Ms. Nguyen Thi Lan)
Item: hooded bath towel "Igel" 75 x 75 cm, organic cotton terry 420 g/m2, GOTS
Reference: your quotation Q-BM-24-061 dated 26.04.2024

Line 1   PP samples, colour Nebelgrau      6 pcs   USD 7.40   USD 44.40
Line 2   PP samples, colour Salbei         6 pcs   USD 7.40   USD 44.40
Total released under this PO: 12 pcs

SCOPE NOTE
1. Released now: the 12 PP samples above. Nothing else.
2. The 3,000 pcs production tier in your quotation Q-BM-24-061 is for information only and is not
   released. Do not start production and do not buy terry for it. Material authority: sample-only.
3. The production quantity can only be released by a revised PO signed by Julia Neumann, Head of
   Product, after the samples pass OEKO-TEX / EN 14682 (cords on the hood) checks at our lab in Hamburg.

Delivery of samples: by 14.06.2024, courier, DAP Hamburg. Please enclose the GOTS transaction certificate.
Sternchen Babyausstattung GmbH, Großer Burstah 31, 20457 Hamburg - einkauf@sternchen-baby.de
"""
_c16_quote = pdf([
    ("h1", "QUOTATION Q-BM-24-061"),
    ("p", "Binh Duong Mekong Soft Goods Co., Ltd. - Lot C7, VSIP II, Thu Dau Mot, Binh Duong, Vietnam"),
    ("p", "To: Sternchen Babyausstattung GmbH, Hamburg. Date: 26 April 2024."),
    ("table", [["Description", "Qty", "Unit price USD", "Lead time"],
               ["Hooded bath towel 75 x 75 cm, organic terry 420 gsm - PP samples", "12 pcs", "7.40", "21 days"],
               ["Hooded bath towel 75 x 75 cm, organic terry 420 gsm - production", "3,000 pcs", "3.85", "50 days"]]),
    ("sp",),
    ("p", "Embroidered hedgehog ears on hood, no loose parts. GOTS certified (CU 1017244). FOB Ho Chi Minh City."),
    ("p", "Nguyen Thi Lan, Merchandiser - lan.nguyen@mekongsoftgoods.vn"),
], title="Quotation Q-BM-24-061", author="Binh Duong Mekong Soft Goods")
case("c16_de_vn_po_plus_quote_files", [], "folder with PO text and quote PDF; PO declares quote's 3,000 tier informational and not released; 12 samples; revised PO by Julia Neumann",
     [("SB-PO-7744.txt", _c16_po), ("Q-BM-24-061.pdf", _c16_quote)])

# p08: buyer turns a season forecast into a firm order commitment.
_p08_body = """\
Hi Rui,

Hope all's well in Guimarães and that the new circular knitting machine is behaving!

As promised on Tuesday's call, here's where we've landed for AW25 on the cellular blankets (70 x 90 cm, organic cotton, GOTS):

  Colourway        Forecast AW25
  Cloud White          2,800
  Heather Grey         1,900
  Soft Sage            1,300
  Total                6,000

Please treat this forecast as our firm order for the season and book all 6,000 in your system as ordered, so the knitting capacity is held for us. We'll send the delivery split by month in June.

Labels and packaging stay as per the current season (sewn-in care label, recycled card wrap, 10 per polybag). Remember the new legal-entity address on the care labels please.

Many thanks,
Fiona
""" + sig("Fiona McBride", "Buying Manager - Nursery", "Owl & Acorn Ltd, Bristol BS1 6QH", "+44 117 496 0335")
_p08 = mail("Fiona McBride <fiona.mcbride@owlandacorn.co.uk>", "Rui Costa <rui.costa@gmalhas.pt>",
            "AW25 cellular blankets - forecast", "Thu, 9 May 2024 17:22:00 +0100", _p08_body)
case("p08_uk_pt_forecast_booked_as_firm_order", ["RG008"],
     "buyer asks supplier to treat the AW25 forecast of 6,000 as a firm order and book it as ordered",
     [eml("AW25 cellular blankets forecast.eml", _p08)])

# p09: pilot-lot PO: colourway lines sum to 450 but the total released says 500; 'approval' used for
# the budget (commercial) and the samples (technical).
_p09 = pdf([
    ("h1", "PURCHASE ORDER NJ-PO-24-3512 - PILOT LOT"),
    ("p", "Nestwell Juvenile LLC | 880 Marietta St NW, Atlanta, GA 30318"),
    ("table", [["Vendor", "Binh Duong Mekong Soft Goods Co., Ltd., Binh Duong, Vietnam"],
               ["Date", "05/20/2024"], ["Buyer", "Rachel Summers, Sr. Buyer"],
               ["Item", "Wearable blanket (sleep sack) 0.5 TOG, cotton muslin, two-way zip, size M (6-12 m)"]]),
    ("sp",),
    ("table", [["Line", "Colourway", "Item no.", "Pilot qty", "Unit USD", "Ext. USD"],
               ["1", "Sage", "WB05-M-SAG", "150", "6.10", "915.00"],
               ["2", "Oat", "WB05-M-OAT", "150", "6.10", "915.00"],
               ["3", "Blush", "WB05-M-BLS", "150", "6.10", "915.00"]]),
    ("sp",),
    ("p", "Total released under this PO: 500 pcs pilot lot."),
    ("p", "This PO has budget approval from Finance (approval ref. FIN-2291). The PP samples received "
          "approval from Product Safety on 04/30/2024 (M. Lee), including 16 CFR 1610 flammability."),
    ("p", "The remaining 4,500 pcs of the season quantity are not released. They will be released only by a "
          "written production release from Rachel Summers after the pilot lot passes the retailer's DUPRO "
          "inspection. Do not cut beyond the pilot lot."),
    ("p", "Labeling: sewn-in law label, TOG rating hang tag, safe sleep warning per ASTM F2194 guidance. "
          "Pack 1 pc/polybag with suffocation warning, 36 pcs/carton."),
], pagesize=LETTER, title="PO NJ-PO-24-3512", author="Nestwell Juvenile")
case("p09_us_vn_pilot_po_lines_vs_total", ["RG009", "RG011"],
     "pilot PO lines add up to 450 while the note releases 500; 'approval' used for Finance budget and for sample approval",
     [("NJ-PO-24-3512_pilot.pdf", _p09)])

# p10: samples of four colourways requested, no sample count stated; hold, event, person present.
_p10_body = """\
Hi Ayşe,

Lovely to speak earlier, and thank you for the yarn cards, the Rust is exactly what we were after.

Could you please make samples of the pram blanket (BB-PB-11, cable knit, 75 x 100 cm) in all four colourways, Moss, Oat, Dove and Rust, for our retailer presentation on 18 July? Please use the existing sample PO BB-S-2290 for these.

The 2,000 launch quantity is not released, so no yarn purchase for it please. Bulk will only be released by a revised PO from Oliver Grant, our Head of Sourcing, after the samples pass EN 71-2 and the retailer confirms the listing.

Samples by UPS to Leeds by 5 July if at all possible. Please add a swing tag with colourway and yarn lot.

Teşekkürler!
Harriet
""" + sig("Harriet Cole", "Product Developer - Travel & Nursery", "Bramble & Bee Nursery Ltd, Leeds LS11 5QN", "+44 113 496 0721")
_p10 = mail("Harriet Cole <harriet.cole@brambleandbee.co.uk>", "Ayşe Demir <ayse.demir@bursaipek.com.tr>",
            "BB-PB-11 pram blanket - colourway samples", "Wed, 22 May 2024 16:40:00 +0100", _p10_body,
            cc="Oliver Grant <oliver.grant@brambleandbee.co.uk>")
case("p10_uk_tr_blanket_samples_no_count", ["RG010"],
     "buyer asks for samples in four colourways without stating how many; 2,000 not released, revised PO by Oliver Grant after tests + listing",
     [eml("BB-PB-11 pram blanket colourway samples.eml", _p10)])

# p11: cover email says 36 samples (3 colours), attached PO says 24 (2 colours).
_p11_po = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER PN-CMD-24-0511"),
    ("p", "Petit Nuage SAS - 14 rue de la Charité - 69002 Lyon - SIRET 812 334 557 00021"),
    ("table", [["Fournisseur / Supplier", "Xiamen Bloom Silicone Technology Co., Ltd."],
               ["Date", "21/05/2024"], ["Acheteur / Buyer", "Claire Dubois"],
               ["Article", "Bol ventouse silicone 'Nuage' 300 ml / silicone suction bowl"]]),
    ("sp",),
    ("table", [["Ligne", "Coloris / Colour", "Quantité / Qty", "PU USD", "Total USD"],
               ["1", "Rose poudré", "12 pcs (échantillons / samples)", "3,20", "38,40"],
               ["2", "Sauge", "12 pcs (échantillons / samples)", "3,20", "38,40"],
               ["", "Total", "24 pcs", "", "76,80"]]),
    ("sp",),
    ("p", "Samples only. The series of 3.000 pcs (offer BS-2405-09) is not released: do not launch it and do "
          "not buy LSR for it. The series will be released only by a revised order signed by Antoine Marchal, "
          "Directeur Qualité, after the samples pass EN 14372 and the LFGB silicone tests."),
], title="PN-CMD-24-0511", author="Petit Nuage SAS")
_p11_body = """\
Hello Amy,

Please find attached our order PN-CMD-24-0511 for the samples of the suction bowl "Nuage".

Please make the 36 samples (12 per colour: Rose poudré, Sauge, Sable). The logo embossing on the bottom must be 0,3 mm deep, as on the drawing v4.

We need them in Lyon before 20 June for the laboratory.

Merci beaucoup,
Claire
""" + sig("Claire Dubois", "Responsable Achats", "Petit Nuage SAS | 69002 Lyon", "+33 4 72 55 01 63")
_p11 = mail("Claire Dubois <c.dubois@petitnuage.fr>", "Amy Lin <amy.lin@bloomsilicone.cn>",
            "Commande PN-CMD-24-0511 - échantillons bol Nuage", "Tue, 21 May 2024 15:30:00 +0200", _p11_body,
            attachments=[("PN-CMD-24-0511.pdf", _p11_po, PDF_MT)])
case("p11_fr_cn_bowl_email36_po24", ["RG011"],
     "cover email asks for 36 samples (3 colours) while the attached PO releases 24 (2 colours); hold, event and person present in the PO",
     [eml("Commande PN-CMD-24-0511 echantillons bol Nuage.eml", _p11)])

# p12: WhatsApp: buyer's earlier scope complete; later buyer says deposit paid so kick off the 1,500.
_p12 = """\
02/05/2024, 08:15 - Kate Lawson: Hi Sunny, PO WB-4452 sent by email just now. 12 samples of the plush play gym toy set (koala, wombat, echidna, 4 sets each)
02/05/2024, 08:16 - Kate Lawson: To be clear: only the 12 samples are released. The 1,500 sets bulk is NOT released until I send you my written release, and I'll only do that once the samples have passed AS/NZS ISO 8124 at our lab
02/05/2024, 08:40 - Sunny He Softpaw: Received Kate, thank you. Samples about 15 days
17/05/2024, 14:02 - Sunny He Softpaw: Kate samples sent by FedEx today, tracking 7793 1180 2260
17/05/2024, 14:03 - Sunny He Softpaw: also we send the PI for bulk 1,500 sets, 30% deposit
24/05/2024, 09:51 - Kate Lawson: Samples arrived, at the lab Monday 🙂
29/05/2024, 16:20 - Kate Lawson: Just paid the 30% deposit on the bulk PI 💸 so you can kick off the 1,500 now, we're tight on time for the September drop
29/05/2024, 16:21 - Kate Lawson: lab report should be fine anyway
29/05/2024, 16:35 - Sunny He Softpaw: ok Kate! we will arrange the line next week 👍
"""
case("p12_au_cn_whatsapp_deposit_kick_off", ["RG012"],
     "buyer's earlier scope is complete, then buyer treats the paid deposit as the go-signal for the 1,500 bulk before the lab report",
     [("WhatsApp Chat with Sunny He Softpaw.txt", _p12)])

# p13: supplier quote says mass production starts automatically after golden sample approval.
_p13 = pdf([
    ("h1", "QUOTATION ZA-Q-240517"),
    ("p", "Zhongshan Anbao Child Safety Products Co., Ltd. | Xiaolan Town, Zhongshan, Guangdong, China"),
    ("p", "To: Owl & Acorn Ltd, Bristol, UK - Attn: Fiona McBride. Date: 17 May 2024."),
    ("p", "Product: pressure-fit safety gate 'Keeper', 76-82 cm, white steel, double-lock, auto-close, "
          "extensions 7 / 14 / 21 cm available. Standard: EN 1930:2011."),
    ("table", [["Item", "Qty", "Unit price (USD)", "Remark"],
               ["Golden samples", "6 pcs", "28.00", "sample charge refundable on bulk order"],
               ["Production", "2,000 pcs", "11.40", "UK plug-free, retail colour box"],
               ["Production", "5,000 pcs", "10.60", "UK plug-free, retail colour box"]]),
    ("sp",),
    ("h", "Terms"),
    ("p", "1. Samples lead time: 20 days from sample order."),
    ("p", "2. Mass production will start automatically after your golden sample approval; lead time 45 days "
          "to ETD Zhongshan/Shekou."),
    ("p", "3. Payment: 30% T/T deposit, 70% T/T before shipment against inspection report."),
    ("p", "4. Test report EN 1930:2011 by Intertek Shenzhen, valid until 03/2026."),
    ("p", "5. Price valid 60 days. FOB Shenzhen."),
    ("sp",),
    ("p", "Eric Liu, Overseas Sales Manager - eric.liu@anbao-safety.cn - +86 760 2211 0457"),
], title="Quotation ZA-Q-240517", author="Zhongshan Anbao")
case("p13_cn_gate_quote_auto_mass_production", ["RG007"],
     "supplier quote states mass production starts automatically after golden sample approval (no recorded auto-conversion)",
     [("ZA-Q-240517_safety_gate.pdf", _p13)])

# p14: supplier weekly status report shows fabric received for the full 3,000 programme on a sample PO.
_p14 = pdf([
    ("h1", "Weekly Order Status Report - WK21/2024"),
    ("p", "Binh Duong Mekong Soft Goods Co., Ltd. - for Cradle & Co. Inc. (attn. Ashley Park). Prepared by Nguyen Thi Lan."),
    ("table", [["PO", "Item", "Released qty", "Production status", "Material status", "ETD"],
               ["CO-2024-0603", "Muslin swaddle 3pk Stars/Moon", "600", "cutting 100%, sewing 40%", "fabric/trims for 600 in house", "08/02"],
               ["CC-24-5402", "Bandana bib 2pk, printed jersey (PP samples)", "24", "samples sewn, QC tomorrow",
                "printed jersey 1,260 m received = full 3,000 pcs programme (programme not released)", "05/31 (samples)"],
               ["CC-24-5377", "Knotted baby gown 0-3m", "1,200", "packing", "all in house", "06/07"]]),
    ("sp",),
    ("p", "Remarks: CC-24-5402 - we printed the full jersey lot at one time to keep the colour consistent "
          "between samples and bulk, and because the printer minimum is 1,000 m. Please confirm bulk release "
          "soon so the fabric does not wait long in our warehouse."),
    ("p", "CO-2024-0603 on time. CC-24-5377 final inspection booked with QIMA on 06/04."),
], title="Status WK21", author="Binh Duong Mekong Soft Goods")
case("p14_vn_status_report_fabric_full_programme", ["RG006"],
     "supplier status report: on a 24-pc sample PO, printed jersey for the full 3,000 programme already bought without material authority",
     [("Status_Report_WK21_CradleCo.pdf", _p14)])

# ---------------------------------------------------------------- batch 3
# c17 clean: WeChat status from factory to buyer's QC office; non-authorizing, restates that bulk is not started.
_c17 = """\
WeChat group "LHB x Sunrise - Harbor Glide" - chat history
Exported by Leo Zhang on 2024-06-04 19:30

2024-06-03 09:12  Lily Wang (Sunrise): 早上好 Leo. Harbor Glide PP sample status today:
2024-06-03 09:13  Lily Wang (Sunrise): 6 pcs assembled (2 Harbor Navy, 2 Oat, 2 Charcoal), fold test 200 times done, no problem
2024-06-03 09:13  Lily Wang (Sunrise): [Photo]
2024-06-03 09:15  Lily Wang (Sunrise): material: we bought frame tubes, wheels and canopy fabric only for the 6 samples. bulk 1,800 not start, no bulk material ordered, we wait Megan revised PO
2024-06-03 09:40  Leo Zhang (LHB Sourcing SZ): Received, thanks Lily. I come Thursday 10am for the sample inspection before you pack.
2024-06-03 09:41  Leo Zhang (LHB Sourcing SZ): Please prepare the ASTM F833 warning label proofs (EN + ES) and the CPSIA test report for the canopy fabric.
2024-06-03 09:44  Lily Wang (Sunrise): ok. brake pedal colour is Pantone Cool Gray 11 C as last time?
2024-06-03 09:52  Leo Zhang (LHB Sourcing SZ): yes Cool Gray 11 C. Reminder: I can inspect, but I cannot release anything. Any release only comes from Megan Ortiz.
2024-06-03 09:53  Lily Wang (Sunrise): 明白 understood 👌
2024-06-04 18:05  Lily Wang (Sunrise): inspection Thursday confirmed, meeting room 3F
"""
case("c17_cn_wechat_status_sample_material_only", [], "factory status: 6 samples, material for samples only, bulk 1,800 not started; buyer QC only inspects, release only from Megan Ortiz",
     [("WeChat_LHB_Sunrise_HarborGlide.txt", _c17)])

# c18 clean: PDF interim sample disposition with quantity and date limits; release by named authority.
_c18 = pdf([
    ("h1", "Sample Disposition Form SDF-24-031"),
    ("p", "Little Harbor Baby Co. - Quality - Portland, OR"),
    ("table", [["Field", "Entry"],
               ["Order", "Harbor Glide stroller HG-200, supplier Ningbo Sunrise Juvenile Products, PO LHB-24-0117"],
               ["Samples reviewed", "6 PP samples received 06/18/2024"],
               ["Disposition", "INTERIM"],
               ["Signed off by", "Erin Kowalski, QA Manager, 06/27/2024"],
               ["Open point", "Canopy UPF label: AS/NZS 4399 retest of canopy fabric lot C-0611 pending"],
               ["Interim limit - quantity", "300 units"],
               ["Interim limit - expiry", "07/31/2024"]]),
    ("sp",),
    ("h", "Production release under this interim sign-off"),
    ("p", "Released for production: 300 units (100 per colourway), for the retailer photo shoot and the launch "
          "displays. Released by Megan Ortiz, Director of Sourcing (release authority), 06/28/2024."),
    ("p", "Balance: the remaining 1,500 units are not released and must not be started. They can be released "
          "only by a revised PO signed by Megan Ortiz after the UPF retest passes and Erin Kowalski records a "
          "final sign-off with the status 'approved'."),
    ("p", "Material authority: material for the 300 released units only."),
    ("p", "If the retest fails, the interim sign-off ends and no further units may be started, even within the 300."),
], pagesize=LETTER, title="SDF-24-031", author="Erin Kowalski")
case("c18_us_interim_disposition_limits", [], "interim sign-off with 300-unit and date limits; 300 released by Megan Ortiz; 1,500 on hold for revised PO after retest + final sign-off",
     [("SDF-24-031_HarborGlide.pdf", _c18)])

# c19 clean: long quoted thread; 'go ahead with the 16 PP samples only'; forecast stays not released.
_c19_first = """\
Hi Inês,

PO WB-4470 is attached in our supplier portal for the merino sleeping bag (2.5 TOG).

- Released now: sixteen (16) PP samples, 4 per size (0-6 m, 6-18 m, 18-36 m, 2-4 y).
- The 2,400 pcs on our season forecast are a forecast only and are not released. Please don't buy merino yarn for them.
- The bulk can only be released by a written release from me, Priya Natarajan, after the samples pass the EN 16781 test and our AS/NZS 1249 labelling review.

Thanks so much,
Priya
"""
_c19_mid = """\
Dear Priya,

Thank you for the PO. We have now the merino yarn for the samples (2 cones, lot 24-118), and the knitting programme is ready. Can we go ahead?

And for the bulk: the 2,400 pcs per your forecast, do you want we reserve the yarn already? The spinner has 10 weeks lead time now.

Best regards,
Inês Ferreira
Guimarães Malhas, Lda.
"""
_c19_body = """\
Hi Inês,

Great, yes: go ahead with the 16 PP samples only.

On the bulk: the 2,400 is a forecast and stays not released, exactly as in my PO mail below, so please don't reserve or buy bulk yarn. Nothing changes on the bulk until my written release. I know the spinner lead time is long; if it becomes a problem I'd rather we talk about a separate material authority in writing than have anything bought on a guess.

Shipping for the samples: DHL Express on our account 95-221-4470, to Wattle Baby, 41 Cremorne St, Richmond VIC 3121, attn. Product. Commercial invoice marked "samples, no commercial value" is NOT right this time, please invoice the actual sample price because customs queried it last time.

Hope the weather's kinder in Guimarães than in Melbourne this week!

Priya
""" + sig("Priya Natarajan", "Sourcing Manager", "Wattle Baby Pty Ltd | Richmond VIC 3121", "+61 3 9555 0190") + """
On Fri, 10 May 2024 at 18:02, Inês Ferreira <ines.ferreira@gmalhas.pt> wrote:
""" + quote(_c19_mid) + """
>
> On Wed, 8 May 2024 at 09:30, Priya Natarajan <priya@wattlebaby.com.au> wrote:
""" + quote(_c19_first, 2) + "\n"
_c19 = mail("Priya Natarajan <priya@wattlebaby.com.au>", "Inês Ferreira <ines.ferreira@gmalhas.pt>",
            "RE: PO WB-4470 merino sleeping bag PP samples", "Mon, 13 May 2024 08:45:00 +1000", _c19_body,
            in_reply_to="<h70-if-0510@gmalhas.pt>")
case("c19_au_pt_thread_go_ahead_samples_only", [], "long thread: 'go ahead with the 16 PP samples only'; 2,400 forecast not released; written release by Priya after tests",
     [eml("RE PO WB-4470 merino sleeping bag PP samples.eml", _c19)])

# c20 clean: production release letter for the full PO quantity, named authority; nothing on hold.
_c20 = pdf([
    ("h1", "Production Release PR-SB-2024-07"),
    ("p", "Sternchen Babyausstattung GmbH - Großer Burstah 31 - 20457 Hamburg"),
    ("p", "To: Taichung Evergood Industrial Co., Ltd., attn. Vincent Tsai. Hamburg, 14.06.2024"),
    ("table", [["Order", "Wall-mounted changing table 'Luna', art. SB-WT-220, EN 12221-1:2008+A1:2013"],
               ["PO", "SB-PO-7731, 1,000 pcs"],
               ["Sample sign-off", "10.06.2024, report TÜV 30124-0588, status approved"],
               ["Quantity released for production", "1,000 pcs"],
               ["Quantity on hold", "none - this release covers the full PO quantity"],
               ["Released by", "Julia Neumann, Head of Product (release authority)"]]),
    ("sp",),
    ("p", "With this letter the full quantity of 1,000 pcs under PO SB-PO-7731 is released for production. "
          "Material may be bought for these 1,000 pcs. There is no further quantity under this PO."),
    ("p", "Shipment: FOB Taichung, ETD not later than 30.08.2024. Final inspection by our agent before loading."),
    ("p", "Julia Neumann, Head of Product"),
], title="PR-SB-2024-07", author="Julia Neumann")
case("c20_de_tw_release_letter_full_qty", [], "production release of the full PO quantity (1,000) by Julia Neumann after sign-off; nothing on hold",
     [("PR-SB-2024-07_Luna.pdf", _c20)])

# c22 clean: WeChat in Chinese-English from buyer's Shenzhen office: only 20 samples, bulk 1,980 not released.
_c22 = """\
[WeChat] Nestwell SZ office - HappyNest / crib sheet
2024-05-06 14:20  黄生 Mr. Huang (HappyNest): Wendy 你好, crib sheet fabric 已经到了, we can make sample this week
2024-05-06 14:22  Wendy Guo (Nestwell SZ): 好的. PO NJ-PO-24-3377 is sample PO. only make 20 pcs sample (10 white/grey star, 10 sage stripe), fitted sheet 28x52 inch
2024-05-06 14:23  Wendy Guo (Nestwell SZ): bulk bal. 1,980 pcs not release, pls don't cut and don't buy fabric for bulk
2024-05-06 14:24  Wendy Guo (Nestwell SZ): bulk release only by Rachel Summers in written, after SGS CPSIA report pass and the fit test on 3 crib mattress brands finish
2024-05-06 14:31  黄生 Mr. Huang (HappyNest): 明白. 20 pcs sample only. bulk wait Rachel written release
2024-05-06 14:32  黄生 Mr. Huang (HappyNest): elastic all around or only corner?
2024-05-06 14:35  Wendy Guo (Nestwell SZ): all around, 6mm, same as last season
2024-05-09 17:50  黄生 Mr. Huang (HappyNest): [图片] 20 pcs sample finish, send SGS tomorrow 4pcs, 16pcs to Atlanta
"""
case("c22_cn_wechat_buyer_office_samples_only", [], "buyer's SZ office in Chinese-English: only 20 samples, bulk 1,980 not released, written release by Rachel Summers after SGS report + fit test",
     [("WeChat_NestwellSZ_HappyNest_cribsheet.txt", _c22)])

# c23 clean: email with DOCX material authority statement: staged material above released quantity.
_c23_docx = docx_bytes([
    ("h1", "Material Authority Statement MA-KW-2024-014"),
    ("p", "Kinderwerk GmbH, Nürnberg - to Bursa İpek Tekstil A.Ş. - 21.05.2024"),
    ("p", "Order: nursing pillow cover 'Mond', art. 50188, jersey J-220 (OEKO-TEX Standard 100 Class I)."),
    ("table", [["Item", "Quantity", "Status"],
               ["PP samples", "40 pcs", "released for production now"],
               ["Jersey J-220 material", "for up to 2,000 covers", "staged material authority at Kinderwerk's liability"],
               ["Balance of covers", "1,960 pcs", "not released - do not cut or sew"]]),
    ("sp",),
    ("p", "Staged material authority: you may buy jersey J-220 for up to 2,000 covers now, at Kinderwerk's "
          "liability, to secure the dye lot. This authorizes material only. It does not release production "
          "of any cover beyond the 40 PP samples."),
    ("p", "The 1,960 covers will be released only by a written production release from Jürgen Haas, Leiter "
          "Einkauf, after our QA (Anja Roth) has signed off the PP samples."),
    ("p", "Jürgen Haas, Leiter Einkauf"),
], author="Jürgen Haas")
_c23_body = """\
Dear Ms. Demir,

as discussed on the phone, attached is the material authority statement for the nursing pillow cover "Mond" (art. 50188).

In short: 40 PP samples are released now; you may buy the jersey for up to 2,000 covers at our liability so the dye lot is secured; no cover beyond the 40 samples may be cut or sewn until I send the written production release after our QA sign-off.

Please confirm receipt.

Mit freundlichen Grüßen
Jürgen Haas
Leiter Einkauf, Kinderwerk GmbH, Nürnberg
"""
_c23 = mail("Jürgen Haas <j.haas@kinderwerk.de>", "Ayşe Demir <ayse.demir@bursaipek.com.tr>",
            "Art. 50188 Mond - material authority MA-KW-2024-014", "Tue, 21 May 2024 14:02:00 +0200", _c23_body,
            attachments=[("MA-KW-2024-014.docx", _c23_docx, DOCX_MT)])
case("c23_de_tr_staged_material_authority_docx", [], "explicit staged material authority for 2,000 covers while only 40 samples released; 1,960 held for Jürgen Haas after QA sign-off",
     [eml("Art. 50188 Mond.eml", _c23)])

# c24 clean: buyer's capacity question about a hypothetical release; explicitly not a release.
_c24_body = """\
Hi Minh,

A planning question, not a release.

If we were to release 3,000 Willow 3-in-1 cribs at the end of June, could you run them in July and make the September shipment window? I need an honest yes/no for our S&OP meeting on Thursday, and if it's a no, what the earliest realistic ETD would be.

To be clear, nothing is released by this mail. PO CC-24-5588 still covers the 4 PP samples only, and the 3,000 stays on hold until I send a written release after the SGS report on ASTM F1169-19 comes back.

Thanks,
Tom
""" + sig("Tom Reilly", "VP Supply Chain", "Cradle & Co. Inc. | 1420 Harmon Ave, Columbus, OH 43223", "+1 614 555 0102")
_c24 = mail("Tom Reilly <treilly@cradleandco.com>", "Tran Van Minh <minh.tran@dongnaiwoodcraft.vn>",
            "Willow crib - capacity question for July", "Mon, 3 Jun 2024 07:55:00 -0400", _c24_body,
            cc="Ashley Park <apark@cradleandco.com>")
case("c24_us_vn_capacity_question_not_release", [], "buyer asks whether 3,000 could run in July if released; states nothing released, 4 samples only, written release by Tom after SGS report",
     [eml("Willow crib 3-in-1.eml", _c24)])

# c25 clean: AU partial production release with html alternative; balance held to next call-off by named person.
_c25_body = """\
Hi Vincent,

Good news: the 160 ml glass bottle (GB-160W) samples passed EN 14350:2020 at SGS Taipei (report TPE-24-7715), and I recorded the sample sign-off on 30 May.

Production release WB-REL-0612:
- Released for production now: 1,000 pcs GB-160W (500 slow flow, 500 medium flow).
- Our season plan is 3,000 pcs (a plan, not a release). The balance of 2,000 pcs remains on hold and is not released.
- The 2,000 can only be released by a next call-off signed by me, Kate Lawson, after the retailer sell-through review in October.
- Material: buy glass, teats and sleeves for the 1,000 released pcs only.

Please confirm the ETD for the 1,000. Our forwarder is Kuehne+Nagel Kaohsiung, booking ref KN-KHH-55012.

Cheers,
Kate
""" + sig("Kate Lawson", "Head of Product", "Wattle Baby Pty Ltd | 41 Cremorne St, Richmond VIC 3121", "+61 3 9555 0187")
_c25 = mail("Kate Lawson <kate@wattlebaby.com.au>", "Vincent Tsai <vincent@clearflow-baby.com.tw>",
            "Production release WB-REL-0612 - GB-160W glass bottle", "Wed, 12 Jun 2024 11:20:00 +1000", _c25_body,
            html=txt2html(_c25_body))
case("c25_au_tw_partial_release_next_calloff", [], "releases 1,000 of a 3,000 season plan; 2,000 on hold until next call-off signed by Kate Lawson after sell-through review; material for 1,000",
     [eml("Production release WB-REL-0612 GB-160W.eml", _c25)])

# p15, multi-file: call-off releases 600, release letter of the same day releases 800 for the same order.
_p15_co = """\
BRAMBLE & BEE NURSERY LTD                                      CALL-OFF
Unit 4, Holbeck Works, Leeds LS11 5QN                          No. BB-CO-0619
-------------------------------------------------------------------------------
Supplier : Dongguan HappyNest Textile Co., Ltd. (attn. Jenny Zhou)
Order    : BB-FM-07 Cosy Toes footmuff, launch quantity 1,500 pcs
PO       : BB-P-2301 (commercial cover 1,500 pcs)          Date: 19/06/2024
-------------------------------------------------------------------------------
Col.      Item            Description                    Qty released
Charcoal  BB-FM-07-CH     Cosy Toes footmuff, charcoal          300
Mink      BB-FM-07-MK     Cosy Toes footmuff, mink              300
-------------------------------------------------------------------------------
Released this call-off                                          600 pcs
Balance on hold (not released, do not cut)                      900 pcs
Next call-off: signed by Oliver Grant, Head of Sourcing, after the August
sell-in meeting with our retail partners.
Material: fleece, zips and trims for the 600 released pcs only.
-------------------------------------------------------------------------------
"""
_p15_letter = pdf([
    ("h1", "Production Release BB-REL-24-019"),
    ("p", "Bramble & Bee Nursery Ltd, Leeds - to Dongguan HappyNest Textile Co., Ltd. - 19 June 2024"),
    ("p", "Order: BB-FM-07 Cosy Toes footmuff. PO BB-P-2301. Sample sign-off: 12 June 2024 (EN 71-2 and EN 71-3 passed)."),
    ("table", [["Quantity released for production", "800 pcs (400 charcoal, 400 mink)"],
               ["Balance on hold", "700 pcs - not released"],
               ["Unlock for the balance", "next call-off after the August sell-in meeting"],
               ["Release authority", "Oliver Grant, Head of Sourcing"]]),
    ("sp",),
    ("p", "Please plan cutting for the released quantity and confirm the ex-factory date. Material for the "
          "released quantity only."),
    ("p", "Oliver Grant, Head of Sourcing"),
], title="BB-REL-24-019", author="Oliver Grant")
case("p15_uk_cn_calloff600_vs_release800", ["RG011"],
     "folder: call-off releases 600 (900 held) and the same-day release letter releases 800 (700 held) for the same order",
     [("BB-CO-0619.txt", _p15_co), ("BB-REL-24-019.pdf", _p15_letter)])

# p16: DOCX PO with a table showing samples and a series quantity side by side; unlock event and person
# named, but nothing says the series is not released.
_p16 = docx_bytes([
    ("h1", "Commande PN-CMD-24-0530"),
    ("p", "Petit Nuage SAS - 14 rue de la Charité - 69002 Lyon"),
    ("p", "Fournisseur : Taichung Evergood Industrial Co., Ltd. - à l'attention de M. Vincent Tsai"),
    ("p", "Date : 30/05/2024 - Acheteur : Claire Dubois"),
    ("table", [["Article", "Désignation", "Échantillons", "Série", "Prix unitaire USD"],
               ["PN-CH-POMME-NAT", "Chaise haute évolutive 'Pomme', hêtre naturel", "2", "1.000", "96,00 / 39,50"],
               ["PN-CH-POMME-BLC", "Chaise haute évolutive 'Pomme', hêtre laqué blanc", "2", "1.000", "96,00 / 41,20"]]),
    ("sp",),
    ("p", "Échantillons à livrer avant le 15/07/2024 à Lyon (DAP). Samples to be delivered before 15/07/2024."),
    ("p", "Release of the series: by a revised order signed by Antoine Marchal, Directeur Qualité, once the "
          "samples pass EN 14988:2017+A1:2020 at our laboratory."),
    ("p", "Exigences : EN 71-3, bois FSC, notice FR/EN/DE/NL, étiquette d'avertissement selon EN 14988."),
    ("p", "Paiement : échantillons 100 % à la commande ; série selon conditions de l'offre EG-24-0601."),
], author="Claire Dubois")
case("p16_fr_tw_docx_po_series_column", ["RG001", "RG003"],
     "PO table lists 2+2 samples beside a series of 1.000+1.000 with nothing saying the series is not released; unlock event and Antoine Marchal named",
     [("PN-CMD-24-0530_chaise_haute.docx", _p16)])

# p17: retailer portal: vendor acceptance of the PO authorizes production, while the PP sample is pending.
_p17 = html_page("Brightnest Vendor Portal - PO 7100452210", """\
<div style="background:#f26b21;color:#fff;padding:8px"><b>BRIGHTNEST</b> Vendor Portal &nbsp;&middot;&nbsp; Purchase Orders &nbsp;&middot;&nbsp; Compliance &nbsp;&middot;&nbsp; Routing</div>
<h2>Purchase Order 7100452210 &nbsp;<small>(type: STANDARD)</small></h2>
<table>
<tr><th>Vendor</th><td>Dongguan HappyNest Textile Co., Ltd. (vendor 88342)</td><th>Issued</th><td>05/09/2024</td></tr>
<tr><th>Department</th><td>D-216 Baby Bedding</td><th>Buyer</th><td>Carla Jimenez</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit cost</th><th>Ship window</th></tr>
<tr><td>1</td><td>BHB-CS-2PK-STAR</td><td>Fitted crib sheet 2-pack, stars, 28x52 in</td><td>1,200</td><td>$6.40</td><td>08/05 - 08/16</td></tr>
<tr><td>2</td><td>BHB-CS-2PK-STRP</td><td>Fitted crib sheet 2-pack, sage stripe, 28x52 in</td><td>1,200</td><td>$6.40</td><td>08/05 - 08/16</td></tr>
</table>
<h3>Status</h3>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th></tr>
<tr><td>PO transmitted</td><td>done</td><td>05/09/2024</td></tr>
<tr><td>PO accepted by vendor</td><td>done</td><td>05/10/2024</td></tr>
<tr><td>Production</td><td>AUTHORIZED</td><td>05/10/2024</td></tr>
<tr><td>PP sample (lab: CPSIA, 16 CFR 1610)</td><td>pending, due 05/31/2024</td><td></td></tr>
</table>
<div class="note">Workflow note: vendor acceptance of this PO in the portal authorizes production of all lines.
No separate production document will follow. Ship within the window; late shipments are charged back per the Vendor Guide, section 7.</div>
<p style="color:#777">Page generated 05/10/2024 16:44 CT.</p>""")
case("p17_us_portal_po_acceptance_authorizes", ["RG012"],
     "retailer portal treats vendor acceptance of the PO as authority to produce all lines while the PP sample is still pending",
     [("Brightnest_PO_7100452210.html", _p17)])

# p18: ERP sample PO: 'approved' for the PO (commercial) and 'QA approval' for samples (technical);
# hold and unlock event present, no named release person.
_p18 = """\
BLUEBIRD BABY GOODS INC.                               PURCHASE ORDER
2100 KENNEDY ST NE, MINNEAPOLIS MN 55413               PO NO.  BBG-24-00731
-------------------------------------------------------------------------------
PO STATUS   : APPROVED (FINANCE 05/02/2024)            DATE   : 05/02/2024
VENDOR      : 30291 ZHONGSHAN ANBAO CHILD SAFETY PRODUCTS CO LTD
BUYER       : J. OKAFOR                                 TERMS  : NET 30
-------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                          QTY  UOM   UNIT USD
--  -------------  -----------------------------  ---------  ---  ---------
 1  BST-HB-220-GR  HIGH-BACK BOOSTER COVER SET,           6  EA       18.00
                   GRAPHITE, PP SAMPLE
 2  BST-HB-220-TL  HIGH-BACK BOOSTER COVER SET,           6  EA       18.00
                   TEAL, PP SAMPLE
-------------------------------------------------------------------------------
NOTE 1: SAMPLE PO. RELEASED: 12 EA (LINES 1-2) ONLY.
NOTE 2: PRODUCTION QTY 3,000 EA PER QUOTE ZA-Q-240402 IS NOT RELEASED.
        ON HOLD. DO NOT CUT OR SEW. MATERIAL: SAMPLE ONLY.
NOTE 3: THE 3,000 EA ARE RELEASED ONLY BY A REVISED PO AFTER QA APPROVAL
        OF THE PP SAMPLES (FMVSS 213 SLED TEST ON COMPLETE SEAT, FMVSS 302).
-------------------------------------------------------------------------------
"""
case("p18_us_erp_po_approved_vs_qa_approval", ["RG005", "RG009"],
     "'APPROVED' used for the finance PO status and 'QA approval' for samples; hold and revised-PO event present but no named person releases the 3,000",
     [("BBG-24-00731.txt", _p18)])

# p19: German buyer QA contradicts the PO's written-release requirement: lab pass -> go straight into the balance.
_p19_orig = """\
Dear Mr. Yılmaz,

PO SB-PO-7760 for the stroller footmuff "Polar": sixteen (16) PP samples are released. The remaining 1,184 pcs are not released. They will be released only by a written production release from Frank Vogel, Managing Director, after our lab has tested the PP samples (EN 71-2, EN 14682, OEKO-TEX).

Best regards
Julia Neumann
"""
_p19_body = """\
Dear Mehmet,

the 16 PP samples of the footmuff "Polar" are in our lab since Monday; results expected Friday.

To save time for the August delivery: as soon as our lab passes the PP samples, you can go straight into the remaining 1,184 pcs. No need to wait for further paperwork from Mr. Vogel, the lab result is enough.

Please send me the fabric lot numbers you intend to use, so I can match them with the lab samples.

Best regards
Dr. Sabine Krüger
Head of Quality
Sternchen Babyausstattung GmbH, Hamburg

--- Original message ---
From: Julia Neumann <j.neumann@sternchen-baby.de>
Date: 06.05.2024 10:14
Subject: PO SB-PO-7760 footmuff Polar

""" + quote(_p19_orig)
_p19 = mail("Dr. Sabine Krüger <s.krueger@sternchen-baby.de>", "Mehmet Yılmaz <mehmet.yilmaz@bursaipek.com.tr>",
            "Footmuff Polar - lab test and bulk", "Wed, 29 May 2024 11:30:00 +0200", _p19_body,
            cc="Julia Neumann <j.neumann@sternchen-baby.de>")
case("p19_de_tr_lab_pass_straight_into_balance", ["RG007"],
     "quoted PO requires Frank Vogel's written release; buyer QA then says a lab pass lets the supplier go straight into the 1,184 without it",
     [eml("Footmuff Polar.eml", _p19)])

# p20: Teams chat: supplier says confirmation of the PP sample rolls into the 1,800; buyer answers 'green light'.
_p20 = """\
Microsoft Teams - chat export
Conversation: Harbor Glide PP / Little Harbor Baby x Ningbo Sunrise
Participants: Jason Reyes (Little Harbor Baby), Kevin Chen (Ningbo Sunrise)

[5/13/2024 8:02 PM] Jason Reyes: Hi Kevin, PO LHB-24-0117 went out today. Summary: 6 PP samples released. The 1,800 launch qty is not released. It gets released only by a revised PO from Megan Ortiz after the ASTM F833-21 and retailer lab tests pass.
[5/13/2024 8:20 PM] Kevin Chen: Received Jason, thank you. We start samples tomorrow.
[6/11/2024 7:45 PM] Kevin Chen: Jason, 6 samples are ready for your video inspection tomorrow 9 AM China time.
[6/11/2024 7:46 PM] Kevin Chen: As usual, once you confirm the PP sample we roll straight into the 1,800 so we keep the July vessel.
[6/11/2024 7:58 PM] Jason Reyes: OK, see you on video tomorrow.
[6/12/2024 10:31 PM] Jason Reyes: Thanks for the walkthrough. Fold, brake and canopy all looked right on camera. Green light from me 👍
[6/12/2024 10:33 PM] Kevin Chen: Great, thank you Jason!
"""
case("p20_us_cn_teams_green_light", ["RG002", "RG007"],
     "supplier says PP confirmation rolls straight into the 1,800 and the buyer PM replies 'Green light from me' with no scope",
     [("Teams_HarborGlide_PP_chat.txt", _p20)])

# p21: release of 'the first lot' with no quantity; balance held, unlock event and person named.
_p21_body = """\
Dear Mr. Costa,

thank you for the PP samples of the burp cloths "Wolke" (art. 50231, muslin 4-layer, 60 x 60 cm). Our QA (Anja Roth) signed them off on 10.05.2024: absorbency, shrinkage and EN 71-3 all within tolerance.

Production release: we hereby release the first lot of the burp cloths "Wolke" for production. Please plan it for delivery in calendar week 28.

The rest of the season quantity (6.000 pcs, forecast) stays on hold and is not released. It will be released only by a further written release from me, Jürgen Haas, after the first lot passes incoming inspection in Nürnberg.

Please send us your order confirmation with the delivery date.

Mit freundlichen Grüßen
Jürgen Haas
Leiter Einkauf
Kinderwerk GmbH · Ostendstraße 112 · 90482 Nürnberg · Tel. +49 911 555 3310
"""
_p21 = mail("Jürgen Haas <j.haas@kinderwerk.de>", "Rui Costa <rui.costa@gmalhas.pt>",
            "Art. 50231 Wolke - production release first lot", "Mon, 13 May 2024 09:10:00 +0200", _p21_body)
case("p21_de_pt_release_first_lot_no_qty", ["RG010"],
     "production release of 'the first lot' without stating how many pieces; rest held for Jürgen Haas' written release after incoming inspection",
     [eml("Art. 50231 Wolke.eml", _p21)])

# ---------------------------------------------------------------- batch 4
# p22: AU retailer portal: forecast declared a binding purchase commitment, treat as ordered.
_p22 = html_page("Koala Lane Kids - Supplier Portal - Forecast", """\
<div style="background:#2a9d8f;color:#fff;padding:8px"><b>Koala Lane Kids</b> Supplier Portal &nbsp;|&nbsp; Purchase Orders &nbsp;|&nbsp; <u>Forecast</u> &nbsp;|&nbsp; Quality &nbsp;|&nbsp; Payments</div>
<p>Supplier: <b>Xiamen Bloom Silicone Technology Co., Ltd.</b> (supplier 7731) &nbsp; Category: Feeding &nbsp; Planner: Mia Thompson</p>
<h2>Forecast - private label "Little Gum Tree" silicone feeding</h2>
<div class="note">The forecast below is our binding purchase commitment for the period shown. Please treat all
forecast quantities as ordered and plan your production capacity accordingly. Individual POs will be raised in
our system closer to each ship month for invoicing purposes.</div>
<table>
<tr><th>Item</th><th>Description</th><th>Aug-24</th><th>Sep-24</th><th>Oct-24</th><th>Nov-24</th><th>Total</th></tr>
<tr><td>LGT-SP-3C-EUC</td><td>Suction plate, 3 compartments, eucalyptus</td><td>1,500</td><td>1,500</td><td>2,000</td><td>2,500</td><td>7,500</td></tr>
<tr><td>LGT-SB-350-SND</td><td>Suction bowl 350 ml with lid, sand</td><td>1,000</td><td>1,000</td><td>1,500</td><td>1,500</td><td>5,000</td></tr>
<tr><td>LGT-SPN-2P</td><td>Soft-tip spoon 2-pack</td><td>2,000</td><td>2,000</td><td>2,000</td><td>3,000</td><td>9,000</td></tr>
</table>
<p>Compliance: AS/NZS ISO 8124.3, LFGB / FDA 21 CFR 177.2600 reports required per production lot. Pack per Koala Lane Packaging Manual v6.</p>
<p style="color:#666">Forecast version 2024-05-15 (FC-2024-20). Published 15/05/2024 09:00 AEST.</p>""", lang="en-AU")
case("p22_au_portal_forecast_binding_commitment", ["RG008"],
     "retailer portal calls its forecast a binding purchase commitment and asks the supplier to treat all quantities as ordered",
     [("KoalaLane_Forecast_FC-2024-20.html", _p22)])

# p23: supplier reads the deposit as the signal to start bulk; buyer's quoted PO scope is complete.
_p23_orig = """\
Hi Ayşe,

PO OA-24-0655 for the knitted baby cardigan (OA-KC-02) is attached.

The PO gives commercial cover for 1,408 pcs (8 PP samples + 1,400 bulk) so our finance system can pay the 30% deposit as agreed. Production authority is separate:
- Released now: the 8 PP samples only.
- The 1,400 bulk are not released. Please don't start them.
- The bulk will be released by a revised PO signed by me, Fiona McBride, after the samples pass EN 14682 and EN 71-3 at our lab.

Best,
Fiona
"""
_p23_body = """\
Dear Fiona,

Good morning. We received your deposit payment of GBP 3,150.00 today, thank you very much.

As the deposit is in, we have started the bulk production of the 1,400 cardigans; the knitting started this morning on 6 machines, so we can keep the ex-factory date of 20 July.

The 8 PP samples are on the way to you by DHL (AWB 38 2291 0074). Please check and give us your comments.

Best regards,
Ayşe Demir
Export Department, Bursa İpek Tekstil A.Ş.

On 2 May 2024 09:02, Fiona McBride <fiona.mcbride@owlandacorn.co.uk> wrote:
""" + quote(_p23_orig)
_p23 = mail("Ayşe Demir <ayse.demir@bursaipek.com.tr>", "Fiona McBride <fiona.mcbride@owlandacorn.co.uk>",
            "RE: PO OA-24-0655 knitted cardigan OA-KC-02", "Fri, 17 May 2024 10:15:00 +0300", _p23_body,
            in_reply_to="<h70-fm-0502@owlandacorn.co.uk>")
case("p23_tr_uk_deposit_received_bulk_started", ["RG012"],
     "buyer scope (quoted) complete; supplier starts the 1,400 bulk because the deposit arrived",
     [eml("RE PO OA-24-0655 knitted cardigan.eml", _p23)])

# p24: release notice uses 'release' for the drawing (engineering), the PO (ERP) and production.
_p24 = pdf([
    ("h1", "Release Notice NJ-RN-24-014"),
    ("p", "Nestwell Juvenile LLC, Atlanta GA - to Zhongshan Anbao Child Safety Products Co., Ltd. - 06/14/2024"),
    ("p", "Order: canopy assembly for the Aria convertible car seat, CS-R129-40, PO NJ-PO-24-3460."),
    ("table", [["What", "Status", "Date"],
               ["Drawing CS-R129-40 Rev D", "released (engineering release, Marcus Lee)", "06/03/2024"],
               ["PO NJ-PO-24-3460", "released in ERP (commercial cover 2,000 pcs)", "06/05/2024"],
               ["Production", "released: 400 pcs", "06/14/2024"]]),
    ("sp",),
    ("p", "This notice releases 400 pcs of the canopy assembly for production. The remaining 1,600 pcs are not "
          "released. They will be released only by a further written production release from Rachel Summers, "
          "Sr. Buyer, after the first 400 pcs pass the FMVSS 302 lot test at our lab."),
    ("p", "Material: buy fabric and buckles for the 400 released pcs only."),
    ("p", "Rachel Summers, Sr. Buyer (release authority)"),
], pagesize=LETTER, title="NJ-RN-24-014", author="Rachel Summers")
case("p24_us_cn_release_notice_three_releases", ["RG009"],
     "'released' used for the drawing (technical), the PO in ERP (commercial) and production; otherwise complete (400 released, 1,600 held)",
     [("NJ-RN-24-014_release_notice.pdf", _p24)])

# p25: buyer's sourcing agent forwards the factory's mail (rfc822): EPS shells pre-booked for 1,000 seats.
_p25_fwd_body = """\
Dear Wilson,

Update for Bluebird order BBG-24-00802 (Junior high-back booster, FMVSS 213):

1. The 6 PP sample seats are in assembly, ready 6/14 for the Calspan sled test.
2. Good news on cost: the EPS price goes up 8% from July, so we have pre-booked the EPS energy-absorbing shells for 1,000 seats with our foam supplier last week, to hold the old price. So the bulk can start fast once Janelle releases it.

Best regards,
Eric Liu
Overseas Sales Manager, Zhongshan Anbao Child Safety Products Co., Ltd.
"""
_p25_fwd = mail("Eric Liu <eric.liu@anbao-safety.cn>", "Wilson Lam <wilson.lam@pacificbridge-sourcing.hk>",
                "BBG-24-00802 status", "Mon, 3 Jun 2024 16:20:00 +0800", _p25_fwd_body)
_p25_body = """\
Hi Janelle,

Forwarding Eric's mail from Anbao (attached) so you have it first-hand.

Point 2 is the one to look at: they have pre-booked the EPS shells for 1,000 seats with their foam vendor, ahead of any bulk release. Your PO BBG-24-00802 only releases the 6 PP sample seats, with material sample-only, and the 1,000 is on hold until your revised PO after the Calspan sled test. Please let me know how you would like me to respond to Eric.

Samples: on track for the sled test on 6/18.

Regards,
Wilson
""" + sig("Wilson Lam", "Senior Merchandiser (agent for Bluebird Baby Goods)", "Pacific Bridge Sourcing Ltd, Kwun Tong, Hong Kong", "+852 2555 0188")
_p25 = mail("Wilson Lam <wilson.lam@pacificbridge-sourcing.hk>", "Janelle Okafor <jokafor@bluebirdbaby.com>",
            "FW: BBG-24-00802 status - EPS pre-booked", "Mon, 3 Jun 2024 17:05:00 +0800", _p25_body,
            attachments=[("rfc822", _p25_fwd)])
case("p25_hk_cn_agent_forwards_eps_prebooked", ["RG006"],
     "forwarded factory mail: EPS shells for 1,000 seats pre-booked while only 6 sample seats are released with sample-only material",
     [eml("FW BBG-24-00802 status.eml", _p25)])

# p26: launch brief: text releases a 300-unit pilot, the table says 500 authorized for the same pilot.
_p26 = docx_bytes([
    ("h1", "Launch Brief - Harbor Nest travel cot (HN-100)"),
    ("p", "Little Harbor Baby Co. - Product Management - owner: Jason Reyes - v2.0, 05/24/2024"),
    ("h", "1. Product"),
    ("p", "Travel cot with bassinet insert and changer, ASTM F406-19 (non-full-size cribs/play yards), "
          "16 CFR 1221. Supplier: Ningbo Sunrise Juvenile Products. Colourways: Harbor Navy, Oat."),
    ("h", "2. Sample status"),
    ("p", "PP samples passed ASTM F406-19 at Intertek on 05/17 (report SHA-24-118203). Sample sign-off by "
          "Erin Kowalski, QA Manager, on 05/20."),
    ("h", "3. Pilot run"),
    ("p", "Pilot run: 300 units released to Ningbo Sunrise under PO LHB-24-0260 for the retailer store test "
          "in 40 doors."),
    ("h", "4. Quantities"),
    ("table", [["Quantity", "Units", "Status"],
               ["Pilot run authorized (PO LHB-24-0260)", "500", "released"],
               ["Launch quantity", "2,500", "forecast - not released"],
               ["Replenishment", "tbd", "forecast - not released"]]),
    ("sp",),
    ("p", "The launch quantity is released only by a revised PO signed by Megan Ortiz, Director of Sourcing, "
          "after the pilot lot passes final inspection and the store test reads positive."),
    ("h", "5. Marketing"),
    ("p", "Hero images in Harbor Navy; launch video shot at the Portland studio; retailer listing copy due 06/14."),
], author="Jason Reyes")
case("p26_us_launch_brief_pilot_300_vs_500", ["RG011"],
     "launch brief text releases a 300-unit pilot while its quantity table says 500 authorized for the same PO; launch qty held for Megan Ortiz",
     [("Launch_Brief_HarborNest_HN-100_v2.docx", _p26)])

# p27: supplier order confirmation (DOCX) treats the buyer's forecast as a confirmed order and has
# already ordered yarn for the whole 1.500.
_p27_oc = docx_bytes([
    ("h1", "Order Confirmation OC-GM-24-0388"),
    ("p", "Guimarães Malhas, Lda. - Rua da Indústria 45, 4835-044 Guimarães, Portugal"),
    ("p", "Customer: Petit Nuage SAS, Lyon - attn. Claire Dubois. Date: 08/05/2024"),
    ("table", [["Article", "Description", "Quantity", "Price EUR", "Delivery"],
               ["PN-COUV-ETOILE", "Couverture bébé 'Étoile', organic cotton knit, 80 x 100 cm", "1.500 pcs", "11,90", "wk 36/2024"]]),
    ("sp",),
    ("p", "Customer order reference: your forecast of 03/05/2024 - confirmed order of 1.500 pcs."),
    ("p", "Yarn: we have already placed the order for the organic cotton yarn (Ne 20/2, GOTS) for the whole "
          "1.500 pcs with our spinner, delivery wk 24, so that the delivery in wk 36 is secure."),
    ("p", "Payment: 30 days after invoice. Prices ex works Guimarães."),
    ("p", "Inês Ferreira, Customer Service"),
], author="Inês Ferreira")
_p27_quoted = """\
Bonjour Inês,

For your planning: our forecast for the couverture "Étoile" is 1.500 pcs for AW24. This is a forecast, not an order. The samples will be ordered separately.

Claire
"""
_p27_body = """\
Dear Claire,

Thank you for your message. Please find attached our order confirmation OC-GM-24-0388 for the couverture "Étoile".

Best regards,
Inês Ferreira
Guimarães Malhas, Lda.

On 03/05/2024 17:40, Claire Dubois wrote:
""" + quote(_p27_quoted)
_p27 = mail("Inês Ferreira <ines.ferreira@gmalhas.pt>", "Claire Dubois <c.dubois@petitnuage.fr>",
            "RE: Prévision couverture Étoile AW24", "Wed, 8 May 2024 12:30:00 +0100", _p27_body,
            attachments=[("OC-GM-24-0388.docx", _p27_oc, DOCX_MT)], in_reply_to="<h70-cd-0503@petitnuage.fr>")
case("p27_pt_fr_oc_forecast_confirmed_yarn_bought", ["RG006", "RG008"],
     "supplier confirms the buyer's labelled forecast of 1.500 as a confirmed order and has ordered yarn for all 1.500 with nothing released",
     [eml("RE Prevision couverture Etoile AW24.eml", _p27)])

# p28: WhatsApp: supplier announces bulk starts immediately on golden sample approval; buyer doesn't correct.
_p28 = """\
06/05/2024, 10:02 - Julia Neumann: Hello Ha, PO SB-PO-7790 is in your inbox. Summary: 10 samples of the bamboo muslin swaddle (5 Nebelgrau, 5 Salbei) are released. The 2,000 pcs bulk is not released. I will send a written release myself after the shrinkage and colourfastness tests in Hamburg.
06/05/2024, 10:30 - Pham Thu Ha (Saigon Bamboo Baby): Dear Julia, received with thanks. Samples in 12 days.
18/05/2024, 15:12 - Pham Thu Ha (Saigon Bamboo Baby): Julia, 10 samples sent by DHL 6619 2204 81
18/05/2024, 15:13 - Pham Thu Ha (Saigon Bamboo Baby): After you approve golden sample, we start bulk 2k immediately for October shipment 😊 cutting line is reserved for you
18/05/2024, 16:40 - Julia Neumann: Thank you Ha! The samples will go to the lab on Monday.
18/05/2024, 16:41 - Pham Thu Ha (Saigon Bamboo Baby): 👍
"""
case("p28_vn_de_whatsapp_bulk_on_approval", ["RG007"],
     "buyer scope complete (10 released, 2,000 held for Julia's written release after tests); supplier says approval of the golden sample starts the 2k immediately, uncorrected",
     [("WhatsApp Chat with Pham Thu Ha.txt", _p28)])

# p29: supplier asks "Can we proceed?"; buyer answers "Yes, proceed." with no scope; quoted PO complete.
_p29_orig = """\
Hi Vincent,

PO NJ-PO-24-3488 for the 7 oz straw cup samples is attached: twenty (20) samples are released, 10 aqua and 10 coral.

The 5,000 pcs production quantity from your quote is not released. It will be released only by a revised PO from me, Rachel Summers, after the samples pass CPSIA and the FDA 21 CFR 177.1520 migration test.

Thanks,
Rachel
"""
_p29_mid = """\
Dear Rachel,

Good day. Did the straw cup samples arrive OK? Can we proceed?

Best regards,
Vincent
"""
_p29_body = """\
Yes, proceed.

Rachel

Sent from my iPhone

On Jun 4, 2024, at 8:12 PM, Vincent Tsai <vincent@clearflow-baby.com.tw> wrote:
""" + quote(_p29_mid) + """
>
> On May 2, 2024, Rachel Summers <rsummers@nestwelljuvenile.com> wrote:
""" + quote(_p29_orig, 2) + "\n"
_p29 = mail("Rachel Summers <rsummers@nestwelljuvenile.com>", "Vincent Tsai <vincent@clearflow-baby.com.tw>",
            "Re: Straw cup samples NJ-PO-24-3488", "Tue, 4 Jun 2024 21:03:00 -0400", _p29_body,
            in_reply_to="<h70-vt-0604@clearflow-baby.com.tw>")
case("p29_us_tw_yes_proceed", ["RG002"],
     "quoted PO complete (20 released, 5,000 held for Rachel's revised PO after tests); reply 'Yes, proceed.' answers 'Can we proceed?' without scope",
     [eml("Re Straw cup samples NJ-PO-24-3488.eml", _p29)])

# p30: WhatsApp sample request with no count, no hold, no unlock event, no release person.
_p30 = """\
21.05.24, 16:02 - Lukas Brandt: Hi Ayşe! Quick one: can you make some samples of the new changing mat cover (Wickelauflagenbezug "Wolke") in the two greys? Same terry as the Mond covers 🙂
21.05.24, 16:03 - Lukas Brandt: We need them for the Kind + Jugend fair in Cologne in September
21.05.24, 16:20 - Ayşe Demir: Hello Lukas, sure! How many do you need?
21.05.24, 16:24 - Lukas Brandt: Whatever you think is enough, a few per colour. Invoice on the usual sample account please
21.05.24, 16:25 - Ayşe Demir: OK 👍 size 75x85 like the old one?
21.05.24, 16:26 - Lukas Brandt: yes 75x85, with the elastic corners
21.05.24, 16:27 - Ayşe Demir: noted, we start next week
"""
case("p30_de_tr_whatsapp_some_samples", ["RG003", "RG004", "RG005", "RG010"],
     "buyer asks for 'a few per colour' samples: no quantity, nothing about the balance, no unlock event, no release person",
     [("WhatsApp Chat with Ayse Demir.txt", _p30)])

# p31: buyer says the opened L/C lets the supplier start production; no quantity anywhere.
_p31_body = """\
Dear Eric,

Our bank (Barclays Trade Finance) opened the irrevocable L/C no. BTF-LC-24-30917 in your favour this morning for our PO OA-24-0701 (Keeper safety gate), so you can start production now.

Please confirm the ETD, and book the Intertek final inspection two weeks before loading. Shipping marks as per our Packaging Manual v4; please include the EN 1930:2011 test report number on the inner carton label.

Kind regards,
Fiona
""" + sig("Fiona McBride", "Buying Manager - Nursery", "Owl & Acorn Ltd, Bristol BS1 6QH", "+44 117 496 0335")
_p31 = mail("Fiona McBride <fiona.mcbride@owlandacorn.co.uk>", "Eric Liu <eric.liu@anbao-safety.cn>",
            "OA-24-0701 Keeper gate - L/C opened", "Tue, 11 Jun 2024 10:40:00 +0100", _p31_body)
case("p31_uk_cn_lc_opened_start_production", ["RG010", "RG012"],
     "buyer treats the opened L/C as the signal to start production and never states the quantity authorized",
     [eml("OA-24-0701 Keeper gate.eml", _p31)])

# p32: ERP scheduling-agreement release: header releases 200, the schedule line releases 250.
_p32 = """\
LITTLE HARBOR BABY CO.                   DELIVERY SCHEDULE RELEASE      PAGE 1
SCHEDULING AGREEMENT 5500000412  /  RELEASE NO. 0007  /  05/28/2024
VENDOR 200118  NINGBO SUNRISE JUVENILE PRODUCTS CO., LTD.
MATERIAL  HG-200-NVY  HARBOR GLIDE STROLLER, HARBOR NAVY        UOM  EA
--------------------------------------------------------------------------------
HEADER
  RELEASED QUANTITY THIS RELEASE ..............................       200
  CUM. RECEIVED TO DATE .......................................         0
  BALANCE OF SEASON PLAN (NOT RELEASED, ON HOLD) ..............       400
--------------------------------------------------------------------------------
SCHED.LINE  TYPE   DELIV. DATE   REL QTY      CUM REL   REMARK
0001        FIRM   07/26/2024        250          250   FCA NINGBO
0002        PLAN   08/30/2024        200 *        450   NOT RELEASED
0003        PLAN   09/27/2024        150 *        600   NOT RELEASED
  * PLANNING LINES, FOR INFORMATION ONLY. NOT RELEASED. NO MATERIAL AUTHORITY.
--------------------------------------------------------------------------------
UNLOCK: PLANNING LINES ARE RELEASED ONLY BY THE NEXT SCHEDULE RELEASE, SIGNED BY
MEGAN ORTIZ (DIRECTOR OF SOURCING), AFTER THE RETAILER POS REVIEW ON 07/08/2024.
MATERIAL AUTHORITY: FOR THE RELEASED QUANTITY ONLY.
--------------------------------------------------------------------------------
"""
case("p32_us_erp_schedule_header200_line250", ["RG011"],
     "schedule release header says 200 released while the firm schedule line releases 250 (cum 250); planning lines held for Megan Ortiz",
     [("SA5500000412_REL0007.txt", _p32)])

# p33: Vietnamese supplier quote: will buy fabric for the full 4,000 on receipt of the sample PO.
_p33 = pdf([
    ("h1", "QUOTATION SBB-Q-24-0142"),
    ("p", "Saigon Bamboo Baby Co., Ltd. - 18 Tan Thoi Nhat 8, District 12, Ho Chi Minh City, Vietnam"),
    ("p", "To: Wattle Baby Pty Ltd, Melbourne - attn. Priya Natarajan. Date: 14/05/2024."),
    ("p", "Item: zip sleepsuit, bamboo viscose 95% / elastane 5%, 220 gsm, two-way zip with chin guard, sizes 000-1."),
    ("table", [["Item", "Qty", "Unit price (USD)", "Lead time"],
               ["Samples (2 per size x 4 sizes, 2 prints)", "16 pcs", "9.50", "14 days"],
               ["Production", "4,000 pcs", "4.35", "45 days after bulk PO"]]),
    ("sp",),
    ("h", "Conditions"),
    ("p", "1. Fabric: upon receipt of your sample PO, we will purchase the bamboo jersey for the full 4,000 pcs "
          "to lock the current mill price (mill MOQ 1,500 kg). The fabric cost is included in the production price."),
    ("p", "2. Testing: AS/NZS 1249 labelling, OEKO-TEX Standard 100 certificate of the fabric mill."),
    ("p", "3. Payment: T/T 30% deposit, 70% before shipment. FOB Ho Chi Minh City. Validity 45 days."),
    ("sp",),
    ("p", "Pham Thu Ha, Sales Manager - ha.pham@saigonbamboobaby.vn - +84 28 3555 0142"),
], title="SBB-Q-24-0142", author="Saigon Bamboo Baby")
case("p33_vn_au_quote_fabric_full_on_sample_po", ["RG006"],
     "supplier quote: on receipt of the sample PO it will buy jersey for the full 4,000 production quantity (no material authority)",
     [("SBB-Q-24-0142_sleepsuit.pdf", _p33)])

# p34: email + HTML range plan: sample PO, release mechanism via revised PO after 'sign-off from our side';
# range plan shows 800 production with nothing saying it is not released.
_p34_html = html_page("Owl & Acorn - Range Plan SS25 Travel", """\
<h2>Owl &amp; Acorn - Range Plan SS25 - Travel</h2>
<table>
<tr><th>Style</th><th>Description</th><th>Supplier</th><th>Colourways</th><th>Production qty</th><th>Ship window</th></tr>
<tr><td>OA-WD-01</td><td>Wren Duo side-by-side double stroller</td><td>Jiaxing Pramworks</td><td>Slate, Moss</td><td>800</td><td>14-25 Oct 2024</td></tr>
<tr><td>OA-WR-02</td><td>Wren compact stroller (replenishment)</td><td>Jiaxing Pramworks</td><td>Slate, Moss, Sand</td><td>1,200</td><td>Nov 2024</td></tr>
</table>
<p>Margin target 58%. Retail price Wren Duo £399.</p>""", lang="en-GB")
_p34_body = """\
Hi Lucy,

Please find below our PO OA-24-0680 for the Wren Duo double stroller:

  2 x PP sample, colourway Slate, GBP 210.00 each, DAP Bristol

I've attached our SS25 travel range plan so you have the colourways and ship windows in one place.

Bulk will be released by a revised PO after the samples pass EN 1888-1:2018 and internal sign-off from our side.

Please send the samples by 12 July. We need the EN 1888 test report from your lab with them.

Best,
Fiona
""" + sig("Fiona McBride", "Buying Manager - Nursery", "Owl & Acorn Ltd, Bristol BS1 6QH", "+44 117 496 0335")
_p34 = mail("Fiona McBride <fiona.mcbride@owlandacorn.co.uk>", "Lucy Xu <lucy.xu@jx-pramworks.com>",
            "PO OA-24-0680 Wren Duo PP samples", "Wed, 5 Jun 2024 14:00:00 +0100", _p34_body,
            attachments=[("RangePlan_SS25_Travel.html", _p34_html, "text/html")])
case("p34_uk_cn_sample_po_with_range_plan", ["RG001", "RG003", "RG005"],
     "sample PO for 2 with attached range plan showing 800 production qty, no word that it is not released; unlock via revised PO after 'sign-off from our side' (no person)",
     [eml("PO OA-24-0680 Wren Duo PP samples.eml", _p34)])

# ---------------------------------------------------------------- batch 5
# p35: DOCX rolling forecast declared binding, 'consider it our firm order'.
_p35 = docx_bytes([
    ("h1", "Rolling Forecast Q3/Q4 2024 - bouncer covers"),
    ("p", "Kinderwerk GmbH, Nürnberg - to Bursa İpek Tekstil A.Ş. - issued 27.05.2024 by Lukas Brandt, Disposition"),
    ("p", "Dear Ms. Demir, please find below our rolling forecast for the bouncer covers. This forecast is "
          "binding: please consider it our firm order for the months shown and plan your capacity accordingly."),
    ("table", [["Art.-Nr.", "Bezeichnung", "Juli", "August", "September", "Oktober", "November", "Dezember", "Summe"],
               ["50170-GR", "Wippenbezug 'Wolke' grau", "400", "400", "600", "600", "800", "400", "3.200"],
               ["50170-RO", "Wippenbezug 'Wolke' rosé", "200", "200", "300", "300", "400", "200", "1.600"],
               ["50171-SA", "Wippenbezug 'Stern' sand", "300", "300", "300", "400", "400", "300", "2.000"]]),
    ("sp",),
    ("p", "Delivery per month DAP Nürnberg, in the first week of the month. Call-offs with exact delivery "
          "dates will follow."),
    ("p", "Quality: as per the signed-off golden samples of 2023, OEKO-TEX Standard 100 Class I."),
    ("p", "Mit freundlichen Grüßen, Lukas Brandt"),
], author="Lukas Brandt")
case("p35_de_tr_rolling_forecast_binding", ["RG008"],
     "rolling forecast declared binding and 'our firm order' for six months",
     [("Rolling_Forecast_Q3Q4_2024_Wippenbezug.docx", _p35)])

# p36: multipart mail: 'approval' for finance (commercial) and for artwork / lab (technical).
_p36_body = """\
Hi Amy,

Good news: PO CC-24-5650 for the giraffe teether samples got approval from our finance team this morning, and our product safety team gave approval to the artwork (the new giraffe spots are fine, Pantone 7407 C).

So, to be clear about what you can make:
- Released now: 24 samples (12 mustard, 12 sage).
- The 3,000 pcs production quantity in your quote is not released. Please don't start it and don't buy LSR for it.
- Production will only be released in writing by Tom Reilly, our VP Supply Chain, after the samples get approval from the lab (ASTM F963-23 and FDA 21 CFR 177.2600).

Ship by FedEx on our account as usual.

Thanks!
Ashley
""" + sig("Ashley Park", "Buyer", "Cradle & Co. Inc. | Columbus, OH", "+1 614 555 0177")
_p36 = mail("Ashley Park <apark@cradleandco.com>", "Amy Lin <amy.lin@bloomsilicone.cn>",
            "CC-24-5650 giraffe teether - samples", "Thu, 6 Jun 2024 10:12:00 -0400", _p36_body,
            html=txt2html(_p36_body))
case("p36_us_cn_teether_approval_three_ways", ["RG009"],
     "'approval' used for finance (commercial), artwork and lab (technical); scope otherwise complete (24 released, 3,000 held for Tom Reilly)",
     [eml("CC-24-5650 giraffe teether samples.eml", _p36)])

# p37: WhatsApp: no named release person, factory bought mesh/webbing for 2k, buyer 'ok approved 👍'.
_p37 = """\
5/6/24, 9:14 AM - Janelle Okafor: Hi Jenny, PO BBG-24-00790 just went out: 10 PP samples of the Cuddle Carrier (5 heather grey, 5 black)
5/6/24, 9:15 AM - Janelle Okafor: The 2,000 bulk is NOT released until the samples pass ASTM F2236 at our lab. Bulk release will come as a revised PO from our office.
5/6/24, 9:40 AM - Jenny Zhou: ok Janelle received. sample 15 days
5/6/24, 9:41 AM - Jenny Zhou: btw we already buy the 3D mesh and the webbing for 2k, because mill MOQ is big and price go up in June
5/6/24, 9:55 AM - Janelle Okafor: ok
5/22/24, 8:03 PM - Jenny Zhou: samples arrive? how is it
5/23/24, 7:10 AM - Janelle Okafor: Yes arrived, ok approved 👍
5/23/24, 7:12 AM - Jenny Zhou: thank you!! 🙏
"""
case("p37_us_cn_whatsapp_mesh_bought_ok_approved", ["RG002", "RG005", "RG006"],
     "bulk release 'from our office' names nobody; factory bought mesh/webbing for 2k beyond 10 samples; buyer's 'ok approved' has no scope",
     [("WhatsApp Chat with Jenny Zhou.txt", _p37)])

# p38: buyer: deposit paid so start the 500; attached call-off releases 450.
_p38_co = pdf([
    ("h1", "CALL-OFF BB-CO-0702"),
    ("p", "Bramble & Bee Nursery Ltd, Unit 4, Holbeck Works, Leeds LS11 5QN - 2 July 2024"),
    ("p", "Supplier: Saigon Bamboo Baby Co., Ltd. - attn. Ms. Pham Thu Ha. PO BB-P-2344 (commercial cover 1,800 pcs)."),
    ("table", [["Style", "Description", "Released this call-off", "On hold"],
               ["BB-SS-03", "Bamboo zip sleepsuit, oat, sizes 0-3m to 6-9m", "450 pcs", "1,350 pcs"]]),
    ("sp",),
    ("p", "Released for production: 450 pcs. The balance of 1,350 pcs is not released. It is released only by "
          "the next call-off signed by Oliver Grant, Head of Sourcing, after this first lot passes final "
          "inspection. Material for the released quantity only."),
    ("p", "Oliver Grant, Head of Sourcing"),
], title="BB-CO-0702", author="Oliver Grant")
_p38_body = """\
Hi Ha,

We've paid the 30% deposit on PO BB-P-2344 this morning (HSBC ref. 0207-BB-1184), so please start the 500 first-lot sleepsuits now. Call-off attached.

Oat colourway only for this lot, sizes split as per the size curve I sent last week (0-3m 20%, 3-6m 40%, 6-9m 40%).

Cheers,
Oliver
""" + sig("Oliver Grant", "Head of Sourcing", "Bramble & Bee Nursery Ltd, Leeds LS11 5QN", "+44 113 496 0700")
_p38 = mail("Oliver Grant <oliver.grant@brambleandbee.co.uk>", "Pham Thu Ha <ha.pham@saigonbamboobaby.vn>",
            "BB-P-2344 sleepsuits - deposit paid, first lot", "Tue, 2 Jul 2024 09:25:00 +0100", _p38_body,
            attachments=[("BB-CO-0702.pdf", _p38_co, PDF_MT)])
case("p38_uk_vn_deposit_paid_start_500_calloff_450", ["RG011", "RG012"],
     "buyer: deposit paid so start the 500; attached call-off releases 450 for the same lot",
     [eml("BB-P-2344 sleepsuits first lot.eml", _p38)])

# p39: supplier production plan: mass production starts automatically on golden sample approval;
# lumber for the full 3,000 already bought.
_p39 = docx_bytes([
    ("h1", "Production Plan - Aspen mini crib - PO CC-24-5590"),
    ("p", "Dong Nai Woodcraft JSC - prepared for Cradle & Co. Inc. by Tran Van Minh - 22 May 2024"),
    ("table", [["Step", "Description", "Quantity", "Date", "Status"],
               ["1", "PP samples (ASTM F1169-19 / 16 CFR 1220)", "4 pcs", "20 May", "done"],
               ["2", "Lumber (rubberwood, kiln-dried) purchase", "for 3,000 pcs", "15 May", "done, in our yard"],
               ["3", "Golden sample approval by Cradle & Co.", "-", "10 June (expected)", "waiting"],
               ["4", "Mass production starts automatically on golden sample approval", "3,000 pcs", "11 June", "planned"],
               ["5", "Final inspection (QIMA) and loading", "3,000 pcs", "25 July", "planned"]]),
    ("sp",),
    ("p", "Remark: we bought the rubberwood for the full 3,000 pcs early because kiln-drying needs 4 weeks; "
          "otherwise we cannot meet the September shipment window."),
    ("p", "Finishing: water-based lacquer, EN 71-3 / CPSIA lead in paint test by SGS Ho Chi Minh City."),
], author="Tran Van Minh")
case("p39_vn_us_production_plan_auto_start_lumber", ["RG006", "RG007"],
     "supplier plan: mass production of 3,000 starts automatically on golden sample approval; lumber for 3,000 already bought with only 4 samples in scope",
     [("Production_Plan_Aspen_CC-24-5590.docx", _p39)])

# p40: UK retailer portal sample PO with quantity 'TBC'; hold, unlock event and person present.
_p40 = html_page("Hollins & Wade Vendor Hub - PO HW-S-77014", """\
<div style="background:#1d3557;color:#fff;padding:8px"><b>Hollins &amp; Wade</b> Vendor Hub &nbsp;|&nbsp; <u>Orders</u> &nbsp;|&nbsp; Supply Plan &nbsp;|&nbsp; ASN &nbsp;|&nbsp; Invoices</div>
<h2>Purchase Order HW-S-77014 &nbsp;<small>Sample order</small></h2>
<table>
<tr><th>Vendor</th><td>Guimarães Malhas, Lda. (40218)</td><th>Order date</th><td>28/05/2024</td></tr>
<tr><th>Buyer</th><td>Gemma Hargreaves, Baby &amp; Nursery</td><th>Deliver to</th><td>H&amp;W Product Lab, Milton Keynes</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>SKU</th><th>Description</th><th>Qty</th><th>Unit cost</th></tr>
<tr><td>1</td><td>HW-SHL-CRM</td><td>Christening shawl, fine merino knit, cream - samples</td><td>TBC</td><td>£14.20</td></tr>
<tr><td>2</td><td>HW-SHL-WHT</td><td>Christening shawl, fine merino knit, white - samples</td><td>TBC</td><td>£14.20</td></tr>
</table>
<div class="note">Sample order for the AW24 photo shoot and the lab. Sample quantities to be confirmed by the buying team.
The bulk quantity of 2,000 is <b>not released</b>: do not knit it and do not buy merino yarn for it. Bulk is released only by a bulk PO issued by Gemma Hargreaves after the samples pass EN 71-2 and EN 14682 and the range review on 14 August.</div>
<p style="color:#666">Last updated 28/05/2024 15:31 BST.</p>""", lang="en-GB")
case("p40_uk_pt_portal_sample_qty_tbc", ["RG010"],
     "portal sample PO lines show quantity 'TBC'; 2,000 bulk not released, bulk PO by Gemma Hargreaves after tests + range review",
     [("HollinsWade_PO_HW-S-77014.html", _p40)])

# p41: production release of 500 with the forwarded quote (3,000 production) below; never says the rest is not released.
_p41_q_body = """\
Dear Rachel,

Please see our price for the silicone placemat "Happy Plate" (food grade LSR, 38 x 27 cm, suction base):

  Samples 20 pcs ........ USD 4.20
  500 pcs ................ USD 2.10
  Production 3,000 pcs ... USD 1.65

Tooling (2-cavity): USD 2,600, one time. Lead time 35 days.

Best regards,
Amy Lin
Xiamen Bloom Silicone Technology Co., Ltd.
"""
_p41_q = mail("Amy Lin <amy.lin@bloomsilicone.cn>", "Rachel Summers <rsummers@nestwelljuvenile.com>",
              "Quotation Happy Plate placemat", "Fri, 8 Mar 2024 11:02:00 +0800", _p41_q_body)
_p41_body = """\
Hi Amy,

Samples passed CPSIA and FDA testing last week, thanks for the fast turnaround.

Production release NJ-REL-24-022: 500 pcs silicone placemat "Happy Plate" (250 sage, 250 clay) are released for production. Please ship by August 9.

Any next lot will be released in writing by me, Rachel Summers, after these 500 pass the DUPRO inspection by our QC team.

Your quote is attached below again.

Thanks,
Rachel
""" + sig("Rachel Summers", "Sr. Buyer", "Nestwell Juvenile LLC | Atlanta, GA", "+1 404 555 0199")
_p41 = mail("Rachel Summers <rsummers@nestwelljuvenile.com>", "Amy Lin <amy.lin@bloomsilicone.cn>",
            "Happy Plate - production release NJ-REL-24-022", "Mon, 10 Jun 2024 09:45:00 -0400", _p41_body,
            attachments=[("rfc822", _p41_q)])
case("p41_us_cn_release500_with_quote3000", ["RG001", "RG003"],
     "releases 500 with the forwarded quote showing 3,000 production beside it; never says the rest is not released (event and Rachel named)",
     [eml("Happy Plate production release NJ-REL-24-022.eml", _p41)])

# p42: AU retailer portal sample PO showing the programme volume, with no scope note at all.
_p42 = html_page("Koala Lane Kids - Supplier Portal - PO KL-S-55120", """\
<div style="background:#2a9d8f;color:#fff;padding:8px"><b>Koala Lane Kids</b> Supplier Portal &nbsp;|&nbsp; <u>Purchase Orders</u> &nbsp;|&nbsp; Forecast &nbsp;|&nbsp; Quality &nbsp;|&nbsp; Payments</div>
<h2>Purchase Order KL-S-55120</h2>
<table>
<tr><th>Supplier</th><td>Saigon Bamboo Baby Co., Ltd. (supplier 7790)</td><th>PO type</th><td>Sample</td></tr>
<tr><th>Raised</th><td>20/05/2024</td><th>Planner</th><td>Mia Thompson</td></tr>
<tr><th>Programme</th><td>Little Gum Tree - Spring 25 sleepwear</td><th>Programme volume</th><td>5,000 units</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit cost (AUD)</th><th>Due</th></tr>
<tr><td>1</td><td>LGT-ZS-000-GUM</td><td>Zip sleepsuit, gum leaf print, size 000</td><td>3</td><td>14.80</td><td>14/06/2024</td></tr>
<tr><td>2</td><td>LGT-ZS-1-GUM</td><td>Zip sleepsuit, gum leaf print, size 1</td><td>3</td><td>14.80</td><td>14/06/2024</td></tr>
</table>
<p>Compliance: AS/NZS 1249:2014 fire hazard labelling, OEKO-TEX Standard 100 Class I. Deliver samples to Koala Lane Kids QA, 12 Fennell St, Port Melbourne VIC 3207.</p>
<p style="color:#666">Printed 20/05/2024 13:12 AEST.</p>""", lang="en-AU")
case("p42_au_vn_portal_sample_po_programme_volume", ["RG001", "RG003", "RG004", "RG005"],
     "portal sample PO for 6 shows programme volume 5,000 with nothing saying it is not released; no hold, unlock event or release person",
     [("KoalaLane_PO_KL-S-55120.html", _p42)])

# p43: French QA director writes 'Good to run.' under a complete quoted PO.
_p43_orig = """\
Bonjour Kevin,

Order PN-CMD-24-0519 for the playpen "Cabane" (EN 12227:2010):
- Released now: eight (8) PP samples, 4 Gris Perle, 4 Bois Naturel.
- The series of 1.200 pcs is not released. Do not launch it and do not buy material for it.
- The series will be released only by a revised order signed by Antoine Marchal, Directeur Qualité, after the EN 12227 test of the samples.

Cordialement,
Claire Dubois
"""
_p43_body = """\
Kevin,

I reviewed the PP samples of the playpen Cabane with the results of our laboratory (EN 12227:2010, report LAB-PN-24-061: all clauses passed, including the side rail height and the locking of the folding mechanism).

Everything is conform. Good to run.

Antoine Marchal
Directeur Qualité - Petit Nuage SAS - Lyon

-------- Message d'origine --------
De : Claire Dubois <c.dubois@petitnuage.fr>
Date : 22/04/2024 14:55
Objet : Commande PN-CMD-24-0519 parc Cabane

""" + quote(_p43_orig)
_p43 = mail("Antoine Marchal <a.marchal@petitnuage.fr>", "Kevin Chen <kevin.chen@nbsunrise-juvenile.cn>",
            "Parc Cabane - résultats labo", "Fri, 7 Jun 2024 16:48:00 +0200", _p43_body,
            cc="Claire Dubois <c.dubois@petitnuage.fr>")
case("p43_fr_cn_good_to_run", ["RG002"],
     "quoted order complete (8 released, 1.200 held for Antoine's revised order after test); 'Good to run.' after the lab review names no scope",
     [eml("Parc Cabane resultats labo.eml", _p43)])

# p44: WhatsApp: buyer accepts that material for the full 900 is in house and says approval -> straight into bulk.
_p44 = """\
10/06/2024, 08:30 - Fiona McBride: Morning Lucy. PO OA-24-0690 for the Finch travel system: 3 PP samples released (Slate). The 900 bulk is not released; it gets released only by a revised PO signed by me after the samples pass EN 1888-1:2018 and the car seat adaptor check
10/06/2024, 08:52 - Lucy Xu: Good morning Fiona, received. Samples ready 28 June
27/06/2024, 17:05 - Fiona McBride: How are we looking? I'd assume you've already got the fabric and the aluminium tubes in for the full run by now?
27/06/2024, 17:20 - Lucy Xu: Yes Fiona, fabric and tubes for all 900 sets already in our warehouse since last week
27/06/2024, 17:24 - Fiona McBride: Brilliant. Then to save time: once the PP samples are approved, just go straight into the bulk, no need to wait for the revised PO, we'll tidy up the paperwork after
27/06/2024, 17:25 - Lucy Xu: OK understand, thank you Fiona! 👍
"""
case("p44_uk_cn_whatsapp_material_in_straight_into_bulk", ["RG006", "RG007"],
     "factory holds fabric/tubes for all 900 with nothing released and no material authority; buyer says approval of samples goes straight into bulk, contradicting her revised-PO rule",
     [("WhatsApp Chat with Lucy Xu.txt", _p44)])

# p45, multi-file: buyer forecast page (clearly labelled) + supplier order confirmation that books it as an order.
_p45_fc = html_page("Little Harbor Baby Co. - Supplier Collaboration - Forecast FC-2025-Q1", """\
<h2>Little Harbor Baby Co. - Supplier Collaboration</h2>
<p>Supplier: Ningbo Sunrise Juvenile Products Co., Ltd. &nbsp; Item: Harbor Mini compact stroller HM-150</p>
<div class="note"><b>Forecast FC-2025-Q1 - non-binding.</b> For capacity planning only. This is not a purchase order,
not a release and no commitment to buy. Do not buy material against it.</div>
<table>
<tr><th>Month</th><th>Harbor Navy</th><th>Oat</th><th>Total</th></tr>
<tr><td>Jan 2025</td><td>1,000</td><td>600</td><td>1,600</td></tr>
<tr><td>Feb 2025</td><td>900</td><td>700</td><td>1,600</td></tr>
<tr><td>Mar 2025</td><td>1,200</td><td>800</td><td>2,000</td></tr>
<tr><th>Q1 2025</th><th>3,100</th><th>2,100</th><th>5,200</th></tr>
</table>
<p style="color:#666">Published 05/30/2024 by Jason Reyes, Product Manager.</p>""")
_p45_oc = """\
NINGBO SUNRISE JUVENILE PRODUCTS CO., LTD.
Yinzhou District, Ningbo, Zhejiang, China

SALES ORDER CONFIRMATION  SC-24-0519                      Date: 2024-06-03
Customer : Little Harbor Baby Co., Portland OR, USA
Your ref.: forecast FC-2025-Q1

We confirm with thanks your order as below:

Item     Description                           Colour        Qty (pcs)   USD/pc
HM-150   Harbor Mini compact stroller          Harbor Navy       3,100    58.40
HM-150   Harbor Mini compact stroller          Oat               2,100    58.40
                                                     Total      5,200

Delivery: Jan / Feb / Mar 2025 as per your forecast split, FOB Ningbo.
Production schedule: line 2 booked from 2024-11-04.
Payment: T/T 30 days after B/L.

Kevin Chen, Sales Manager
"""
case("p45_us_cn_forecast_page_and_order_confirmation", ["RG008"],
     "folder: buyer forecast clearly labelled non-binding; supplier sales order confirmation books the 5,200 forecast as a confirmed order",
     [("LHB_Forecast_FC-2025-Q1.html", _p45_fc), ("SC-24-0519_order_confirmation.txt", _p45_oc)])

# p46, multi-file: retailer portal shows 40 samples authorized, the printed PDF PO of the same number shows 48.
_p46_portal = html_page("Koala Lane Kids - Supplier Portal - PO KL-S-55188", """\
<div style="background:#2a9d8f;color:#fff;padding:8px"><b>Koala Lane Kids</b> Supplier Portal &nbsp;|&nbsp; <u>Purchase Orders</u> &nbsp;|&nbsp; Forecast &nbsp;|&nbsp; Quality &nbsp;|&nbsp; Payments</div>
<h2>Purchase Order KL-S-55188 (Sample)</h2>
<table>
<tr><th>Supplier</th><td>Saigon Bamboo Baby Co., Ltd.</td><th>Raised</th><td>27/05/2024</td></tr>
<tr><th>Item</th><td>LGT-SW-MUS bamboo muslin swaddle 120 x 120 cm, 4 prints</td><th>Authorised qty</th><td><b>40 pcs</b> (10 per print)</td></tr>
</table>
<div class="note">Sample order. Only the sample quantity shown is released. The 6,000 pcs programme is not released and no material may be bought for it. The programme is released only by a production PO from Mia Thompson, Sourcing Lead, after the samples pass AS/NZS ISO 8124 and our wash test.</div>
<p style="color:#666">Printed 27/05/2024 10:05 AEST.</p>""", lang="en-AU")
_p46_pdf = pdf([
    ("h1", "PURCHASE ORDER KL-S-55188"),
    ("p", "Koala Lane Kids Pty Ltd, 12 Fennell St, Port Melbourne VIC 3207"),
    ("p", "Supplier: Saigon Bamboo Baby Co., Ltd., Ho Chi Minh City. Date: 27/05/2024. PO type: Sample."),
    ("table", [["Line", "Item", "Print", "Qty", "Unit AUD"],
               ["1", "LGT-SW-MUS-GUM", "Gum leaf", "12", "6.90"],
               ["2", "LGT-SW-MUS-WAT", "Wattle", "12", "6.90"],
               ["3", "LGT-SW-MUS-KOA", "Koala", "12", "6.90"],
               ["4", "LGT-SW-MUS-SKY", "Sky stripe", "12", "6.90"],
               ["", "", "Total authorised", "48", ""]]),
    ("sp",),
    ("p", "Sample order. The 6,000 pcs programme is not released; no material may be bought for it. Release "
          "only by a production PO from Mia Thompson, Sourcing Lead, after AS/NZS ISO 8124 and wash testing."),
], title="KL-S-55188", author="Koala Lane Kids")
case("p46_au_vn_portal40_vs_pdf48", ["RG011"],
     "folder: portal page authorises 40 samples (10 per print) while the printed PO of the same number authorises 48 (12 per print)",
     [("KoalaLane_PO_KL-S-55188.html", _p46_portal), ("KL-S-55188.pdf", _p46_pdf)])

# ==== END CASES ====


# ====================================================================== build
def _stem(fn):
    s = re.sub(r"[^A-Za-z0-9]+", "_", Path(fn).stem).strip("_")
    return s[:60]


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["files"], c["name"]
        fns = [f for f, _ in c["files"]]
        assert len(fns) == len(set(fns)), c["name"]
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(7070).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h70_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    counts = {r: 0 for r in RULES}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  multi-rule: {multi}")
    for r in RULES:
        print(f"  {r}: {counts[r]}")
    fmt = {}
    for c in CASES:
        for fn, _ in c["files"]:
            ext = Path(fn).suffix.lower().lstrip(".")
            fmt[ext] = fmt.get(ext, 0) + 1
    print("  top-level files:", dict(sorted(fmt.items())))
    print("  multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    build()
