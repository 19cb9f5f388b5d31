#!/usr/bin/env python3
"""Generator for the releasegate check_holdout167 corpus (confectionery and food tins).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout167/build.py

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
# The standard PDF fonts only cover Latin-1; write the few other letters the way a Western ERP would.
_PDF_FOLD = str.maketrans({"Ł": "L", "ł": "l", "ź": "z", "ż": "z", "ś": "s", "ń": "n", "ō": "o", "ą": "a",
                           "ę": "e", "ć": "c"})


def _fold(b):
    if b[0] == "table":
        return ("table", [[str(c).translate(_PDF_FOLD) for c in r] for r in b[1]])
    return tuple(x.translate(_PDF_FOLD) if isinstance(x, str) else x for x in b)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [_fold(b) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h167-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h167")
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


def att_pdf(fn, blocks, **kw):
    return (fn, pdf(blocks, **kw), PDF_MT)


def att_docx(fn, blocks, **kw):
    return (fn, docx_bytes(blocks, **kw), DOCX_MT)


# =================================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = positive (at least one rule).

# ------------------------------------------------------------------- CLEAN 1
# c01: supplier quote with sample and production tiers, no authorization in the bundle.
case("c01_quote_tiers_cn", [],
     "supplier quote with blank sample, printed proof and three production tiers; a quote authorizes nothing",
     {"Quotation_Q-HF-24-0611.pdf": pdf([
         ("h1", "QUOTATION"),
         ("p", "Dongguan Hengfeng Tin Box Co., Ltd. | No. 18 Xinan Road, Chang'an Town, Dongguan, Guangdong, China"),
         ("p", "Quotation no.: Q-HF-24-0611    Date: 2024-04-16    Valid until: 2024-06-15"),
         ("p", "To: Cedar Hollow Confections Inc., 220 Pine Street, Burlington, VT 05401, USA. "
               "Attn: Ms. Sarah Kim, Sourcing Manager"),
         ("p", "Subject: Square hinged tin 150 x 150 x 60 mm, 'Maple Truffle Collection', 0.23 mm tinplate, "
               "4C offset + gold varnish outside, food-grade lacquer inside"),
         ("table", [
             ["No.", "Description", "Quantity", "Unit price (USD)", "Remark"],
             ["1", "Blank tin sample (unprinted, for fit check with tray)", "10 pcs", "free of charge", "7 days"],
             ["2", "Printed proof tins, 2 designs x 12", "24 pcs", "380.00 / lot", "12 days after artwork"],
             ["3a", "Production, printed, packed 48 pcs/carton", "10,000 pcs", "0.86", "tier price"],
             ["3b", "Production, printed, packed 48 pcs/carton", "20,000 pcs", "0.79", "tier price"],
             ["3c", "Production, printed, packed 48 pcs/carton", "40,000 pcs", "0.72", "tier price"],
         ]),
         ("sp",),
         ("h", "Terms"),
         ("p", "1. Prices FOB Shenzhen, USD. Printing plates USD 65 per colour, charged once with the proof lot."),
         ("p", "2. Production lead time 25-30 days from receipt of your written production release and your "
               "signed-off printed proof. We do not schedule any production tier on the basis of this quotation."),
         ("p", "3. Inside lacquer compliant with FDA 21 CFR 175.300; test report SGS-GZ-2023-118842 available."),
         ("p", "4. Payment: proof lot 100% before shipment; production 30% deposit, 70% against B/L copy."),
         ("p", "5. Tolerance on delivered quantity +/- 2% per production tier."),
         ("sp",),
         ("p", "Lily Chen, Sales Manager | lily.chen@hengfeng-tinbox.cn | +86 769 8553 2210"),
     ], title="Quotation Q-HF-24-0611", author="Lily Chen")})


# c02: WhatsApp, supplier asks about go-ahead, buyer answers with a complete scope.
case("c02_whatsapp_question_scoped_answer", [],
     "supplier's go-ahead question is not an approval; buyer answers with 60 proofs, 8,000 not released, "
     "written release by Priya Raman after colour-match sign-off",
     {"WhatsApp Chat with Nat Siam Lithotin.txt": """\
[10/06/24, 09:58:41] Nat Siam Lithotin: Good morning Khun Priya 🙏
[10/06/24, 09:59:02] Nat Siam Lithotin: Proof caddies for Nilgiri Frost Darjeeling 100g are printing today, ship by EMS Thursday
[10/06/24, 10:01:15] Nat Siam Lithotin: One question from our planning team. For the 8,000 caddies in your enquiry, do we have go-ahead already or only the 60 proofs? They want to book the press for July
[10/06/24, 10:20:33] Priya Raman: Good morning Nat. Thanks for the update.
[10/06/24, 10:21:10] Priya Raman: Only the 60 printed proofs for now please.
[10/06/24, 10:22:47] Priya Raman: The 8,000 is NOT released. Kindly don't book the press for it and don't buy tinplate for it.
[10/06/24, 10:24:05] Priya Raman: Once our QA has done the colour-match sign-off on the proofs, I will send a written production release for the 8,000 by mail. Only that mail from me (Priya Raman, Head - Procurement) releases it.
[10/06/24, 10:24:31] Priya Raman: PO NCT/PO/0611 covers the 60 proofs, pls mention it on the EMS invoice
[10/06/24, 10:31:12] Nat Siam Lithotin: Noted with thanks ka. 60 proofs only. 8,000 on hold until your written release after colour match sign-off 🙏
[10/06/24, 10:31:40] Nat Siam Lithotin: I tell planning no press booking yet
[10/06/24, 10:33:02] Priya Raman: 👍
[13/06/24, 16:45:19] Nat Siam Lithotin: EMS tracking EE 4471 2093 8TH, 2 cartons, 60 pcs
[13/06/24, 16:47:55] Priya Raman: Received the tracking, thank you
"""})


# c03: labelled forecast with per-retailer allocation, HTML.
_c03_rows = [
    ("Tesco", "Robin & Holly 1kg round", "18,000", "wk 40-42"),
    ("Sainsbury's", "Snow Globe 750g square", "9,500", "wk 41"),
    ("M&amp;S", "Heritage Tartan 1kg round", "6,000", "wk 39"),
    ("Waitrose", "Snow Globe 750g square", "4,500", "wk 41"),
    ("Independents / farm shops", "Heritage Tartan 1kg round", "2,000", "wk 43"),
]
case("c03_forecast_labelled_html", [],
     "Christmas programme forecast clearly labelled not an order, commits nothing; call-offs named as the only authority",
     {"xmas_programme_forecast_2024.html": html_page(
         "Christmas Programme 2024 - volume forecast",
         "<h2>Harrowgate Biscuit Co. &ndash; Christmas Programme 2024</h2>\n"
         "<h3>Tin volume forecast by retailer (issue 2, 24 May 2024)</h3>\n"
         "<p class=\"note\"><b>FORECAST &ndash; NOT AN ORDER.</b> These figures are a planning forecast for your "
         "capacity and tinplate planning only. They are not a purchase order, they commit no quantity and they do "
         "not authorise material purchase or production. Firm quantities reach you only as written call-offs "
         "against blanket PO HB-BL-2024-017, issued by Tom Ashby, Supply Planning Manager.</p>\n"
         "<table>\n<tr><th>Retailer</th><th>Tin design</th><th>Forecast units</th><th>Indicative delivery</th></tr>\n"
         + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>\n" for a, b, c, d in _c03_rows)
         + "<tr><td><b>Total</b></td><td></td><td><b>40,000</b></td><td></td></tr>\n</table>\n"
         "<p>Retailer allocations can still move by &plusmn;20% after the sell-in meetings in June. We will send "
         "issue 3 of this forecast on 28 June.</p>\n"
         "<p>Questions: fiona.mcleod@harrowgatebiscuit.co.uk &middot; Harrowgate Biscuit Company Ltd, "
         "Knaresborough Road, Harrogate HG2 7LD</p>")})


# c04: full-quantity PO that says proceed, PDF with item table.
case("c04_full_qty_po_proceed_pdf", [],
     "full-quantity PO (4,800 tins, complete order, no balance) with proof already signed off; 'proceed' is scoped",
     {"PO_4500-7781_CedarHollow.pdf": pdf([
         ("h1", "PURCHASE ORDER 4500-7781"),
         ("p", "Cedar Hollow Confections Inc. | 220 Pine Street, Burlington, VT 05401, USA | Tel +1 802 555 0147"),
         ("p", "Supplier: Puszka-Pol Sp. z o.o., ul. Kasprzaka 41, 91-078 Łódź, Poland (vendor 300418)"),
         ("p", "PO date: June 3, 2024    Buyer: Sarah Kim    Currency: EUR    Incoterms: FCA Gdynia"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
             ["10", "CH-HT-08", "Heart tin 'Maple Truffle' 8-piece, 5 colours + emboss on lid, drawing CH-HT-08 rev C",
              "4,800", "pcs", "1.12", "5,376.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This PO covers the complete order quantity of 4,800 heart tins. There is no further quantity "
               "planned on this item and nothing is held back. The printed proof was signed off on May 14, 2024 "
               "(sign-off ref. PS-0514, Mike Russo, Packaging Engineer)."),
         ("p", "Please proceed with production of the 4,800 tins. Delivery to our forwarder in Gdynia by "
               "August 9, 2024, 100 tins per carton, 48 cartons, shrink-wrapped pallets, max. height 1.6 m."),
         ("h", "Terms"),
         ("p", "Payment 60 days net from invoice. Certificate of conformity and food-contact declaration "
               "(FDA 21 CFR 175.300) with each shipment. Over-/under-delivery tolerance +/- 2%."),
         ("p", "Authorized by: Dana Whitaker, Director of Sourcing"),
     ], pagesize=LETTER, title="PO 4500-7781", author="Sarah Kim")})


# c05: explicit, recorded auto-conversion, multipart/alternative EML.
_c05_txt = """Dear Javier,

Following our call this morning, here is the scope of PO 4500031877 in writing.

- Line 10: 48 sample boxes (24 gold, 24 ruby), 250 g praline gift box, lithographed tin lid. Please make these now.
- Line 20: 9,600 boxes production. Not released today.

Auto-conversion for line 20 (agreed and recorded in our supplier file under ref. AC-2024-07):
if Koen Wouters, our Packaging Quality Manager, signs the sample sign-off form with the status
"approved without deviation", that signed form releases the 9,600 boxes of line 20 by itself, and you
may start them on receipt of the signed form. No separate release mail will follow in that case.
If the sign-off is interim or rejected, or the form is signed by anyone else, nothing beyond the 48
samples is released and line 20 stays on hold until a written production release from Koen Wouters.

Material: until the signed form reaches you, buy tinplate for the 48 samples only.

Samples please by 28 June to our plant in Gent (Port Arthurlaan 12, 9000 Gent), ATT Quality Lab.

Met vriendelijke groeten,
Sofie De Smet
Aankoper Verpakking / Packaging Buyer
Chocolaterie Ter Beke NV
+32 9 255 41 70
"""
_c05_html = ("<html><body><p>Dear Javier,</p><p>Following our call this morning, here is the scope of "
             "PO 4500031877 in writing.</p><ul><li><b>Line 10:</b> 48 sample boxes (24 gold, 24 ruby), 250 g "
             "praline gift box, lithographed tin lid. Please make these now.</li><li><b>Line 20:</b> 9,600 boxes "
             "production. Not released today.</li></ul><p><b>Auto-conversion for line 20</b> (agreed and recorded "
             "in our supplier file under ref. AC-2024-07): if Koen Wouters, our Packaging Quality Manager, signs "
             "the sample sign-off form with the status &quot;approved without deviation&quot;, that signed form "
             "releases the 9,600 boxes of line 20 by itself, and you may start them on receipt of the signed "
             "form. No separate release mail will follow in that case. If the sign-off is interim or rejected, or "
             "the form is signed by anyone else, nothing beyond the 48 samples is released and line 20 stays on "
             "hold until a written production release from Koen Wouters.</p><p>Material: until the signed form "
             "reaches you, buy tinplate for the 48 samples only.</p><p>Samples please by 28 June to our plant in "
             "Gent (Port Arthurlaan 12, 9000 Gent), ATT Quality Lab.</p><p>Met vriendelijke groeten,<br>Sofie De "
             "Smet<br>Aankoper Verpakking / Packaging Buyer<br>Chocolaterie Ter Beke NV<br>+32 9 255 41 70</p>"
             "</body></html>")
case("c05_explicit_auto_conversion_eml", [],
     "explicit recorded auto-conversion naming quantity (9,600), signer (Koen Wouters) and condition; samples 48, "
     "hold otherwise",
     {"PO_4500031877_scope.eml": mail(
         "Sofie De Smet <sofie.desmet@terbeke.be>", "Javier Morales <jmorales@envasesebro.es>",
         "PO 4500031877 - praline box 250 g - sample lot and recorded auto-conversion",
         "Wed, 05 Jun 2024 11:42:00 +0200", _c05_txt, html=_c05_html)})


# c06: supplier says the deposit does not release production; buyer's complete scope quoted.
case("c06_deposit_not_release_pl", [],
     "supplier states the tool deposit does not release production and restates the buyer's quoted complete scope",
     {"RE_PO_HB-240588_deposit.eml": mail(
         "Agnieszka Wiśniewska <a.wisniewska@puszkapol.pl>",
         "Fiona McLeod <fiona.mcleod@harrowgatebiscuit.co.uk>",
         "RE: PO HB-240588 - Ginger Crunch embossed tin - tool deposit",
         "Tue, 18 Jun 2024 14:05:00 +0200",
         """Dear Fiona,

thank you, we confirm receipt today of the 30 % deposit (GBP 4.350,00) for the embossing tool
on PO HB-240588.

For good order: the deposit pays for the tool, it does not release production. Under the PO we are
making only the 30 sample tins (15 per design). The 14.000 production tins stay on hold and we will
not order tinplate for them until we have the written production release from Mr Tom Ashby after
your sample sign-off.

Tool trial (T1) is planned in week 27, samples leave Łódź in week 28 by DHL Express.

Z poważaniem / Best regards
Agnieszka Wiśniewska
Key Account Manager UK & IE
Puszka-Pol Sp. z o.o. | ul. Kasprzaka 41 | 91-078 Łódź
tel. +48 42 630 18 55

-----Original Message-----
From: Fiona McLeod <fiona.mcleod@harrowgatebiscuit.co.uk>
Sent: Friday, June 14, 2024 4:12 PM
Subject: PO HB-240588 - Ginger Crunch embossed tin

> Hi Agnieszka,
>
> Please find PO HB-240588 attached. Scope: 30 sample tins (15 per design) only.
> The balance of 14,000 tins is not released. Production release only in writing from
> Tom Ashby, Supply Planning Manager, after our sample sign-off.
> We'll pay the 30% tool deposit early next week.
>
> Cheers,
> Fiona
> Senior Buyer, Harrowgate Biscuit Company Ltd
""")})


# c07: ERP call-off with explicit staged material authority above the released quantity.
case("c07_calloff_staged_material_txt", [],
     "call-off releases 6,000 (cum. 18,000 of 30,000), rest needs call-off 04 from T. Ashby; material staged "
     "explicitly up to 30,000",
     {"CALLOFF_HB-BL-2024-017_03.txt": """\
HARROWGATE BISCUIT CO LTD                CALL-OFF NOTICE                        PAGE   1
KNARESBOROUGH ROAD HARROGATE HG2 7LD                                   PRINTED 12.08.2024 07:41
------------------------------------------------------------------------------------------
BLANKET PO   : HB-BL-2024-017             CALL-OFF NO : 03          DATE : 12.08.2024
SUPPLIER     : LATOARIA VOUGA SA (V-40277) RUA DA INDUSTRIA 210, 3750-101 AGUEDA, PORTUGAL
BUYER        : F. MCLEOD                  TEL 01423 555 218
------------------------------------------------------------------------------------------
ITEM         DESCRIPTION                         PROG QTY   THIS CALL-OFF   CUM RELEASED
TIN-XM-07    XMAS SHORTBREAD TIN 1KG ROUND          30000            6000          18000
             DRG TIN-XM-07 REV 4 / PANTONE 186C + 7406C + GOLD
------------------------------------------------------------------------------------------
DELIVERY     : 2 X 40FT, DDP HARROGATE, WK 38 (3000) + WK 39 (3000)
------------------------------------------------------------------------------------------
NOTES:
 1. THIS CALL-OFF RELEASES 6,000 TINS FOR PRODUCTION (CUMULATIVE 18,000 OF 30,000).
 2. THE REMAINING 12,000 TINS ARE NOT RELEASED. THEY NEED CALL-OFF 04, ISSUED IN WRITING
    BY T. ASHBY (SUPPLY PLANNING MANAGER).
 3. MATERIAL AUTHORITY: STAGED. YOU MAY BUY AND HOLD TINPLATE AND PRINTED SHEETS FOR UP TO
    30,000 TINS IN TOTAL AT HARROWGATE'S LIABILITY (SHEET ONLY - NO FORMED TINS BEYOND
    THE CUMULATIVE RELEASED QUANTITY).
 4. ASN 48H BEFORE DESPATCH TO GOODSIN@HARROWGATEBISCUIT.CO.UK
------------------------------------------------------------------------------------------
*** END OF CALL-OFF ***
"""})


# c08: scoped approval (colour only), 24 pre-production tins, DOCX attachment with test plan.
_c08_plan = att_docx("Food_contact_test_plan_UK-24-118.docx", [
    ("h1", "Food-contact test plan - Matcha tin 40 g"),
    ("p", "Uji Kōsen-en Tea Co., Ltd. - Quality Assurance, Kyoto"),
    ("table", [
        ["Test", "Method", "Specimens", "Condition"],
        ["Overall migration", "EN 1186 / simulant 95% ethanol", "8 tins", "10 days at 40 °C"],
        ["Odour / taint", "ISO 13302 triangle test", "8 tins", "48 h with matcha powder"],
        ["Lacquer adhesion", "ISO 2409 cross-cut", "8 tins", "after retort 121 °C / 30 min"],
    ]),
    ("p", "Specimens: 24 pre-production tins with the production lacquer system."),
    ("p", "The test report will be signed off by QA (Ms. Mori Ayaka). This test plan does not order any quantity."),
], author="Mori Ayaka")
case("c08_scoped_colour_approval_eml", [],
     "proof approved for colour only, explicitly not a production release; 24 pre-production tins; 12,000 on hold "
     "until written release by Tanaka after test sign-off",
     {"Matcha_tin_proof_result.eml": mail(
         "Sato Yuki <y.sato@ujikosenen.co.jp>", "Nattaya Wongsakul <nattaya@siamlithotin.co.th>",
         "Re: Matcha tin 40g printed proof - colour result",
         "Thu, 20 Jun 2024 17:30:00 +0900",
         """Dear Nat-san,

Thank you very much for the printed proofs, they arrived safely yesterday.

Our marketing team checked them under D50 light today. Result: the proof is approved for colour
only (the green is within ΔE 1.5 of the master). This is not a production release.

Next step: please make twenty-four (24) pre-production tins with the production lacquer, for the
food-contact test in our laboratory. Only these 24 tins, nothing more. The test plan is attached.

The 12,000 tins of PO UK-24-118 line 2 remain on hold and are not released. They are released only
by a written production release from our Purchasing Manager, Mr. Tanaka Hiroshi, after the
food-contact test report is signed off. Please buy tinplate only for the 24 tins.

We are sorry for the many steps, but matcha is very sensitive to taint.

Best regards,
Sato Yuki
Purchasing, Uji Kōsen-en Tea Co., Ltd.
Kyoto, Japan  +81 774 23 5510
""", attachments=[_c08_plan])})


# c09: full-quantity PO in DOCX with identifiers that look like quantities.
case("c09_full_qty_identifiers_docx", [],
     "full-quantity PO of 2,400 tins; part numbers, drawing revs, norms and HS codes only look like quantities",
     {"KMH_PO_24-25_0318.docx": docx_bytes([
         ("h1", "PURCHASE ORDER  KMH/PO/24-25/0318"),
         ("p", "Kesar Mithai House Pvt. Ltd., Plot 14, MIDC Andheri (East), Mumbai 400093, India  |  GSTIN 27AAACK4412M1Z5"),
         ("p", "To: Dongguan Hengfeng Tin Box Co., Ltd., Dongguan, China    Date: 08-Jul-2024    Quote ref: Q-HF-24-0702"),
         ("table", [
             ["Sr.", "Item code", "Description", "Qty", "Rate (USD)", "Amount (USD)"],
             ["1", "TIN-2500-180", "Round gift tin 180 dia x 65 H, drg D-1000 rev 12, 4C + gold, Pantone 7621 C, "
              "HS 7310.29", "2,400", "0.94", "2,256.00"],
         ]),
         ("p", "This PO covers the full quantity of 2,400 tins. No further quantity is planned on this item code."),
         ("p", "The printed proof was signed off on 03-Jul-2024 (ref PRF-0703). You may start production of the 2,400 tins."),
         ("p", "Tinplate 0.25 mm, T-57 temper. Inner lacquer to comply with IS 9845:1998 and Regulation (EC) 1935/2004."),
         ("p", "Packing: 48 tins per carton, 50 cartons, cartons 5-ply, marks 'KMH DIWALI 2024 / 1-50'."),
         ("p", "Delivery: CIF Nhava Sheva by 20-Aug-2024. Payment: 100% by TT 30 days after B/L date."),
         ("p", "For Kesar Mithai House Pvt. Ltd. - Arjun Desai, Purchase Executive"),
     ], author="Arjun Desai")})


# c10: quoted supplier auto-conversion assumption, buyer reply corrects it with a complete scope.
case("c10_quoted_autoconv_corrected", [],
     "supplier's 'roll straight into the 15,000' is quoted under the buyer's correction; buyer scope complete "
     "(40 samples, hold, written release by Anjali Mehta after sign-off)",
     {"Re_Diwali_tin_sample_schedule.eml": mail(
         "Anjali Mehta <anjali.mehta@kesarmithai.in>", "Lily Chen <lily.chen@hengfeng-tinbox.cn>",
         "Re: Diwali hexagon tin - sample schedule", "Mon, 10 Jun 2024 12:18:00 +0530",
         """Dear Lily,

No, please don't plan it that way. The sample sign-off does not release anything.

Make the 40 sample tins only. The 15,000 tins stay on hold and are not released. After our sample
sign-off I, Anjali Mehta, will send you a written production release for the 15,000. Without that
mail kindly do not start them and do not buy tinplate for them.

I understand the Diwali timing is tight; we will do the sign-off within 3 working days of
receiving the samples.

Warm regards,
Anjali Mehta
Manager - Procurement, Kesar Mithai House Pvt. Ltd.
+91 22 6690 4410

On Fri, 7 Jun 2024 at 16:02, Lily Chen <lily.chen@hengfeng-tinbox.cn> wrote:
> Dear Anjali,
> Samples will ship on 18 June by FedEx.
> Once you OK the samples we'll roll straight into the 15,000 to keep Diwali timing,
> no need to wait.
> Best regards, Lily
""", in_reply_to="<h167-x-0610@hengfeng-tinbox.cn>")})


# c11: supplier portal page (status), non-authorizing, production not released.
case("c11_supplier_portal_status_html", [],
     "supplier's order-status page: 36 samples under the sample PO, 20,000 not released, material for samples only",
     {"hengfeng_portal_PH-7120.html": html_page(
         "Hengfeng Customer Portal - Order PH-7120",
         "<h2>Hengfeng Customer Portal</h2>\n<p>Customer: Pemberton &amp; Hale Tea Ltd, London &middot; "
         "Order PH-7120 &middot; Earl Grey caddy 125 g, drawing PH-C125 rev B</p>\n"
         "<table>\n<tr><th>Stage</th><th>Quantity</th><th>Authority</th><th>Status</th></tr>\n"
         "<tr><td>Sample (printed)</td><td>36</td><td>Customer PO PH-7120, sample scope</td><td>Printed, "
         "forming 14 Jun</td></tr>\n"
         "<tr><td>Production</td><td>20,000</td><td>none yet</td><td><b>NOT RELEASED</b> &ndash; waiting for "
         "customer's written production release (Ms Hannah Brooks)</td></tr>\n</table>\n"
         "<p>Material bought: tinplate for the 36 sample caddies only.</p>\n"
         "<p class=\"note\">Internal rule: we do not start production and do not buy material for the 20,000 until "
         "the written release from the customer arrives in this portal.</p>\n"
         "<p>Last update 2024-06-12 08:10 CST by Kevin Huang</p>")})


# c12: PDF production release for the full balance after sign-off.
case("c12_full_release_letter_pdf", [],
     "production release of the whole 20,000 after recorded sample sign-off; no balance left; named authority",
     {"Production_Release_PR-2024-031.pdf": pdf([
         ("h1", "Production Release PR-2024-031"),
         ("p", "Pemberton & Hale Tea Ltd | 41 Shad Thames, London SE1 2NJ | VAT GB 284 5519 02"),
         ("p", "To: Dongguan Hengfeng Tin Box Co., Ltd. - Attn. Kevin Huang    Date: 3 July 2024"),
         ("table", [
             ["PO / line", "Item", "Sample sign-off", "Quantity released now", "On hold after this release"],
             ["PH-7120 / 20", "Earl Grey caddy 125 g", "SSO-118, 2 Jul 2024", "20,000", "0"],
         ]),
         ("sp",),
         ("p", "The 36 sample caddies were signed off on 2 July 2024 by Oliver Grant, Packaging Technologist "
               "(sign-off record SSO-118, no deviations)."),
         ("p", "We hereby release 20,000 Earl Grey caddies for production. This is the full production quantity of "
               "PO PH-7120 line 20; after this release no quantity on the line remains on hold."),
         ("p", "Delivery: 2 x 40' HC, FOB Shenzhen, ETD 20 August 2024. Certificate of conformity with each lot."),
         ("p", "Released by: Hannah Brooks, Head of Purchasing (authority limit GBP 50,000)."),
     ], title="Production Release PR-2024-031", author="Hannah Brooks")})


# c13: interim sign-off with quantity and date limits, PDF attachment.
_c13_pdf = att_pdf("Interim_signoff_ISO-0412.pdf", [
    ("h1", "Interim sample sign-off ISO-0412"),
    ("table", [
        ["Field", "Entry"],
        ["PO", "KMH/PO/24-25/0402 - Diwali peacock gift tin 500 g"],
        ["Supplier", "Envases Metálicos del Ebro, S.L., Zaragoza"],
        ["Order quantity", "8,000 tins"],
        ["Disposition", "INTERIM - gold on lid slightly dull (ΔE 2.1 vs master)"],
        ["Quantity permitted", "2,000 tins"],
        ["Expiry", "15-Sep-2024"],
        ["Balance", "6,000 tins NOT released; corrected proof sign-off + written release from Rohan Kapoor needed"],
        ["Signed", "Meera Pillai (QA) / Rohan Kapoor (GM - Purchase)"],
    ]),
], title="Interim sign-off ISO-0412", author="Meera Pillai")
case("c13_interim_signoff_limits", [],
     "interim disposition: 2,000 tins only until 15 Sep, 6,000 not released until corrected proof sign-off and "
     "written release by Rohan Kapoor",
     {"Interim_signoff_Diwali_peacock_tin.eml": mail(
         "Rohan Kapoor <rohan.kapoor@kesarmithai.in>", "Lucía Gómez <lgomez@envasesebro.es>",
         "Interim sign-off - Diwali peacock tin - PO KMH/PO/24-25/0402", "Fri, 19 Jul 2024 18:40:00 +0530",
         """Dear Lucía,

Thank you for the second set of samples. Our QA has checked them: the gold on the lid is slightly
dull (ΔE 2.1 against the master). Because of the Diwali date we accept it on an interim basis only.

- You may produce 2,000 tins only, for delivery by 15 September 2024.
- This interim permission expires on 15 September 2024.
- The remaining 6,000 tins of the 8,000 order are not released. They need a corrected proof signed
  off by our QA and then a written production release from me.

The signed interim sign-off record ISO-0412 is attached. Please buy tinplate and gold ink for the
2,000 tins only.

Regards,
Rohan Kapoor
GM - Purchase, Kesar Mithai House Pvt. Ltd.
""", attachments=[_c13_pdf])})


# c14: LINE chat, supplier asks to pre-buy tinplate, buyer refuses.
case("c14_line_prebuy_refused", [],
     "supplier only asks to pre-buy tinplate; buyer refuses; complete scope (30 samples, 10,000 not released, "
     "written release by Kenji Watanabe after sample sign-off)",
     {"LINE_KobeHoshizora_SiamLithotin.txt": """\
[LINE] Chat history with Siam Lithotin (Nat)
Saved on: 2024/06/21 18:05

2024/06/07(Fri)
09:12	Kenji Watanabe	Good morning Nat-san. PO KH-0609 sent by mail today.
09:13	Kenji Watanabe	PO KH-0609 is for 30 sample tins only (star-shaped chocolate tin, 3 designs x 10).
09:14	Kenji Watanabe	The 10,000 tins in your quotation are not released. After our sample sign-off, I will send a written production release for the 10,000. Only my written release starts them.
09:40	Nat	Well received ka 🙏 30 sample tins only.
2024/06/18(Tue)
14:02	Nat	Kenji-san, information: tinplate price from our mill goes up 6% from July.
14:03	Nat	Can we buy tinplate for full 10,000 now for better price?
14:30	Kenji Watanabe	Thank you for the information.
14:31	Kenji Watanabe	No, please buy tinplate for the 30 samples only.
14:32	Kenji Watanabe	If we want a pre-buy, I will send a written material authority first. Now: no pre-buy.
14:35	Nat	Understood ka, material for 30 pcs only. We ship samples 28 June.
14:36	Kenji Watanabe	[Sticker]
"""})


# c15: WeChat, buyer scope + supplier acknowledgement.
case("c15_wechat_supplier_ack", [],
     "buyer scope (50 samples, 10,000 not released, written release by Dana Whitaker after sign-off) and "
     "supplier acknowledgement restating it",
     {"WeChat_CedarHollow_Hengfeng.txt": """\
WeChat chat export - "Cedar Hollow x Hengfeng (Valentine tin)"
Exported 2024-05-24

2024-05-20 09:14  Sarah Kim (Cedar Hollow): Morning Kevin! PO CH-5530 is live in your inbox.
2024-05-20 09:15  Sarah Kim (Cedar Hollow): It covers 50 sample tins for the Valentine's heart tin (25 red, 25 pink).
2024-05-20 09:16  Sarah Kim (Cedar Hollow): The 10,000 production tins are NOT released. They are released only by a written production release from Dana Whitaker (Director of Sourcing), after our sample sign-off.
2024-05-20 09:41  Kevin Huang 黄凯 (Hengfeng): 收到 received, thank you Sarah
2024-05-20 09:43  Kevin Huang 黄凯 (Hengfeng): We confirm: 50 sample tins only. 10,000 on hold, we do not buy tinplate for them. We wait for Dana's written release after your sample sign-off.
2024-05-20 09:44  Kevin Huang 黄凯 (Hengfeng): [Image]
2024-05-20 09:44  Kevin Huang 黄凯 (Hengfeng): this is the red Pantone 199C drawdown on tinplate, ok?
2024-05-20 10:02  Sarah Kim (Cedar Hollow): Red looks right on screen, we'll judge on the actual samples. Thanks!
2024-05-22 17:30  Kevin Huang 黄凯 (Hengfeng): samples ship 29 May by UPS, tracking will send
"""})


# ------------------------------------------------------------------- CLEAN 2
# c16: DOCX artwork/technical brief with spec table; orders nothing; volume labelled forecast.
case("c16_artwork_brief_docx", [],
     "artwork brief orders nothing; indicative annual volume labelled as forecast; sign-off and release kept apart",
     {"Artwork_brief_Ginger_Crunch_400g.docx": docx_bytes([
         ("h1", "Artwork & technical brief - Ginger Crunch 400 g embossed tin"),
         ("p", "Harrowgate Biscuit Company Ltd - Brand & Packaging - issue 3, 6 June 2024"),
         ("h", "Background"),
         ("p", "Ginger Crunch is moving from a carton to a keepsake tin for the autumn range. The tin should feel "
               "like something from a Yorkshire grandmother's larder: warm copper tones, a debossed border and an "
               "embossed logo you can feel with your thumb."),
         ("h", "Print and construction"),
         ("table", [
             ["Feature", "Specification"],
             ["Size", "190 x 120 x 70 mm, rectangular, slip lid, rounded corners R8"],
             ["Tinplate", "0.22 mm, E2.8/2.8, TH415"],
             ["Colours", "4C process + Pantone 1375 C + matt varnish, gloss spot on logo"],
             ["Emboss", "Logo on lid, 0.6 mm depth; border debossed 0.4 mm"],
             ["Inside", "Gold lacquer, food-contact per Regulation (EC) 1935/2004 and EU 10/2011"],
             ["Pallet", "UK 1200 x 1000, max 1.7 m, corner boards, 4-side label"],
         ]),
         ("h", "Sign-off route"),
         ("li", "Printed proof: colour sign-off by Eleanor Price, Packaging Technologist, under D65."),
         ("li", "Tin samples: fit, lid-pull and seal test at Harrowgate QA."),
         ("h", "Quantities and authority"),
         ("p", "This brief describes the design only and orders nothing. Sample quantities come on the sample PO. "
               "Production quantities are released only by written call-off from Tom Ashby, Supply Planning "
               "Manager, after sample sign-off."),
         ("p", "Indicative annual volume: about 25,000 tins. This is a forecast for your planning, not an order "
               "and not a commitment."),
         ("p", "Contact: Eleanor Price, eleanor.price@harrowgatebiscuit.co.uk, 01423 555 240"),
     ], author="Eleanor Price")})


# c17: multi-file bundle: sample PO + supplier quote; PO labels the quoted production quantity.
case("c17_po_plus_quote_labelled", [],
     "two-file bundle: PO for 36 sample caddies that marks the quoted 12,000 as reference only and not released, "
     "names written release by Hannah Brooks after sign-off; quote agrees",
     {"PO_PH-7344.pdf": pdf([
         ("h1", "Purchase Order PH-7344"),
         ("p", "Pemberton & Hale Tea Ltd | 41 Shad Thames, London SE1 2NJ"),
         ("p", "Supplier: Latoaria Vouga, S.A., Rua da Indústria 210, 3750-101 Águeda, Portugal"),
         ("p", "Date: 11 June 2024    Buyer: Oliver Grant    Quote: QV-2024-118"),
         ("table", [
             ["Line", "Description", "Qty", "Unit price", "Status"],
             ["10", "Assam Breakfast caddy 250 g, printed sample, 3 designs x 12", "36", "EUR 6.50", "ordered - make now"],
             ["--", "Reference only: quoted production quantity (quote QV-2024-118)", "12,000",
              "EUR 0.68", "NOT RELEASED - not ordered by this PO"],
         ]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "Make the 36 sample caddies now. The 12,000 production caddies are not released. They are released "
               "only by a written production release from Hannah Brooks, Head of Purchasing, after our sample "
               "sign-off."),
         ("p", "Material authority: sample-only. Please do not buy tinplate or print sheets for the 12,000."),
         ("p", "Delivery of samples: DAP London by 5 July 2024."),
     ], title="PO PH-7344", author="Oliver Grant"),
      "Vouga_quote_QV-2024-118.pdf": pdf([
          ("h1", "Proposta / Quotation QV-2024-118"),
          ("p", "Latoaria Vouga, S.A. - Águeda, Portugal - NIF 500 118 204"),
          ("p", "Cliente: Pemberton & Hale Tea Ltd, London    Data: 2024-06-04"),
          ("table", [
              ["Item", "Descrição / Description", "Qtd.", "Preço unit. (EUR)"],
              ["1", "Amostras impressas / printed samples, 3 designs", "36", "6,50"],
              ["2", "Produção / production, 250 g caddy, printed 5 colours", "12.000", "0,68"],
          ]),
          ("p", "Prazo / lead time: samples 3 weeks; production 5 weeks after your written production release."),
          ("p", "Validade: 60 dias. Rui Ferreira, Key Account Manager, +351 234 600 418"),
      ], title="Quotation QV-2024-118", author="Rui Ferreira")})


# c18: forwarded old quote (message/rfc822) declared informational; PO scope complete.
_c18_old = mail("Tom Zhang <sales@goldleaf-tin.cn>", "Sarah Kim <sarah.kim@cedarhollow.com>",
                "Quotation GL-2023-0877 Maple tin 2023", "Tue, 12 Sep 2023 10:15:00 +0800",
                """Dear Sarah,

Please see our quotation for the Maple heart tin, season 2023:

  Qty 50,000 pcs, 0.23 mm tinplate, 5C + emboss, USD 0.81 / pc FOB Ningbo
  Lead time 35 days after artwork sign-off.

Best regards
Tom Zhang
Ningbo Goldleaf Tin Co., Ltd.
""")
case("c18_forward_old_quote_informational", [],
     "old 50,000 quote forwarded as message/rfc822 and declared informational; current PO 24 samples with "
     "complete hold, event and named release authority",
     {"FW_old_quote_reference.eml": mail(
         "Sarah Kim <sarah.kim@cedarhollow.com>", "Javier Morales <jmorales@envasesebro.es>",
         "FW: Quotation GL-2023-0877 Maple tin 2023 - for reference only", "Thu, 13 Jun 2024 15:20:00 -0400",
         """Hi Javier,

As promised on the call, I'm forwarding last year's quote from our previous tin supplier so you can
see the construction we used. It is for reference only: its 50,000 figure is informational and is
not an order, not a forecast and not a release.

Our actual order with you is PO CH-6120 (sent yesterday): 24 sample tins only. The 18,000
production tins are not released. They will be released only by a written production release
from Dana Whitaker, Director of Sourcing, after our sample sign-off.

Thanks, and have a great weekend!
Sarah
""" + sig("Sarah Kim", "Sourcing Manager", "Cedar Hollow Confections Inc.", "+1 802 555 0147"),
         attachments=[("rfc822", _c18_old)])})


# c19: deposit for the embossing die, explicitly not a production release.
_c19_pdf = att_pdf("Betalingsbewijs_payment_advice.pdf", [
    ("h1", "Payment advice / Betalingsbericht"),
    ("table", [
        ["Ordering party", "Maison Verhaegen NV, Brussels"],
        ["Beneficiary", "Dongguan Hengfeng Tin Box Co., Ltd."],
        ["Amount", "EUR 1.260,00"],
        ["Value date", "24/06/2024"],
        ["Reference", "30% deposit embossing die ED-44 / PO MV-24-0415"],
    ]),
], title="Payment advice", author="KBC Business")
case("c19_die_deposit_not_release", [],
     "deposit for the embossing die stated not to release production; 20 embossed samples; 6.000 on hold "
     "until written release by Marc Peeters after sample sign-off",
     {"Deposit_die_ED-44.eml": mail(
         "Lotte Janssens <lotte.janssens@maisonverhaegen.be>", "Lily Chen <lily.chen@hengfeng-tinbox.cn>",
         "PO MV-24-0415 - deposit embossing die ED-44", "Mon, 24 Jun 2024 10:05:00 +0200",
         """Dear Lily,

We have paid today the 30% deposit for the embossing die ED-44 (EUR 1.260,00, payment advice
attached).

To be clear: the deposit pays for the tool. It does not release production.

Please cut the die and make 20 embossed sample tins only (manon praline tin, gold on burgundy).
The 6.000 production tins of PO MV-24-0415 stay on hold and are not released until Marc Peeters,
our Purchasing Manager, sends you a written production release after the sample sign-off by our
quality team.

Kind regards / Met vriendelijke groeten,
Lotte Janssens
Category Buyer Packaging
Maison Verhaegen NV - Rue de la Montagne 28, 1000 Bruxelles
+32 2 511 82 40
""", attachments=[_c19_pdf])})


# c20: multipart/alternative production release of the whole quantity.
_c20_txt = """Dear Nat,

Good news: the colour-match sign-off on the 60 proofs was recorded on 2 July (ref CM-0702, signed by
our QA lead, S. Venkatesh).

We now release the 8,000 Nilgiri Frost Darjeeling caddies (100 g) for production under PO
NCT/PO/0611 rev 1. This is the complete quantity of the order; nothing remains on hold.

Shipping: 2 lots of 4,000, first lot ETD Laem Chabang 16 August.

Released by: Priya Raman, Head - Procurement, Nilgiri Crest Teas Pvt. Ltd.

Warm regards,
Priya
"""
_c20_html = ("<html><body><p>Dear Nat,</p><p>Good news: the colour-match sign-off on the 60 proofs was recorded "
             "on 2 July (ref CM-0702, signed by our QA lead, S. Venkatesh).</p>"
             "<table border=\"1\"><tr><th>PO</th><th>Item</th><th>Released for production</th><th>On hold</th></tr>"
             "<tr><td>NCT/PO/0611 rev 1</td><td>Nilgiri Frost Darjeeling caddy 100 g</td><td>8,000</td><td>0</td>"
             "</tr></table><p>This is the complete quantity of the order; nothing remains on hold.</p>"
             "<p>Shipping: 2 lots of 4,000, first lot ETD Laem Chabang 16 August.</p><p>Released by: Priya Raman, "
             "Head - Procurement, Nilgiri Crest Teas Pvt. Ltd.</p><p>Warm regards,<br>Priya</p></body></html>")
case("c20_full_release_multipart", [],
     "multipart/alternative release of the whole 8,000 after recorded colour-match sign-off; nothing left on hold",
     {"Production_release_NCT_PO_0611.eml": mail(
         "Priya Raman <priya.raman@nilgiricrest.in>", "Nattaya Wongsakul <nattaya@siamlithotin.co.th>",
         "Production release - Nilgiri Frost caddy - NCT/PO/0611 rev 1", "Wed, 03 Jul 2024 11:10:00 +0530",
         _c20_txt, html=_c20_html)})


# c21: supplier order acknowledgement (ES) restating the hold.
case("c21_supplier_ack_es_pdf", [],
     "supplier acknowledgement: 40 samples only, 20.000 not released, waits for written release by Kenji Watanabe",
     {"Acuse_pedido_AC-24-0457.pdf": pdf([
         ("h1", "Acuse de pedido / Order acknowledgement AC-24-0457"),
         ("p", "Envases Metálicos del Ebro, S.L. | Polígono Malpica, calle E 14, 50016 Zaragoza | CIF B-50418772"),
         ("p", "Cliente / Customer: Kobe Hoshizora Chocolate Co., Ltd., Kobe, Japan - Attn. Mr. Kenji Watanabe"),
         ("p", "Su pedido / Your PO: KH-0655 of 2024-06-26    Fecha / Date: 2024-06-27"),
         ("table", [
             ["Pos.", "Artículo / Item", "Cantidad / Qty", "Estado / Status"],
             ["1", "Lata estrella / star tin 'Hoshizora', muestras impresas / printed samples", "40",
              "aceptado - en fabricación / accepted - in work"],
             ["2", "Producción / production", "20.000", "NO LIBERADO / NOT RELEASED"],
         ]),
         ("sp",),
         ("p", "We acknowledge PO KH-0655 as written: 40 sample tins only. The production quantity of 20.000 tins is "
               "not released. We will not buy material for it or start it until we receive the written production "
               "release from Mr. Kenji Watanabe after your sample sign-off."),
         ("p", "Samples: ready 2024-07-12, DHL Express to Kobe."),
         ("p", "Lucía Gómez - Atención al cliente / Customer service - +34 976 47 12 90"),
     ], title="Order acknowledgement AC-24-0457", author="Lucía Gómez")})


# c22: supplier status report (PL), fixed-width TXT; material for samples only.
case("c22_status_report_pl_txt", [],
     "supplier status report: 30 samples made and shipped, production 12.000 not started, material for samples only",
     {"RAPORT_STATUSU_MV-24-0381.txt": """\
PUSZKA-POL SP. Z O.O.                      RAPORT STATUSU / STATUS REPORT
UL. KASPRZAKA 41, 91-078 LODZ              DATA / DATE: 2024-07-05
=====================================================================================
KLIENT / CUSTOMER : MAISON VERHAEGEN NV, BRUXELLES
ZAMOWIENIE / PO   : MV-24-0381            INDEKS / ITEM: PV-OVAL-250 (OVAL PRALINE TIN)
-------------------------------------------------------------------------------------
ETAP / STAGE          ILOSC / QTY   STATUS
PROBKI / SAMPLES           30       WYKONANE, WYSLANE / MADE, SHIPPED 2024-07-04
                                    DHL AWB 48 1190 2274
PRODUKCJA / PROD.      12.000       NIE ROZPOCZETA / NOT STARTED
                                    CZEKAMY NA PISEMNE ZWOLNIENIE / WAITING FOR
                                    YOUR WRITTEN PRODUCTION RELEASE
-------------------------------------------------------------------------------------
MATERIAL NA STANIE / MATERIAL IN STOCK FOR THIS ORDER:
  BLACHA / TINPLATE 0,20 MM   : FOR 30 SAMPLES ONLY (USED)
  NO MATERIAL PURCHASED FOR PRODUCTION.
-------------------------------------------------------------------------------------
UWAGI / REMARKS: PLEASE SEND SAMPLE SIGN-OFF RESULT TO M.NOWAK@PUSZKAPOL.PL
PRZYGOTOWAL / PREPARED BY: MAREK NOWAK, KIEROWNIK PRODUKCJI / PRODUCTION MANAGER
=====================================================================================
"""})


# c23: buyer supplier-portal PO page (BE) with complete line scope, HTML table.
case("c23_buyer_portal_po_lines_html", [],
     "buyer portal PO: line 10 36 samples active, line 20 14,400 not released, written release by Koen Wouters "
     "after sign-off, material sample-only",
     {"TerBeke_SupplierNet_PO_4500032210.html": html_page(
         "Ter Beke SupplierNet - PO 4500032210",
         "<h2>Ter Beke SupplierNet</h2>\n<p>Purchase order <b>4500032210</b> &middot; supplier Latoaria Vouga, S.A. "
         "(vendor 700233) &middot; issued 17/06/2024 by Sofie De Smet</p>\n"
         "<table>\n<tr><th>Line</th><th>Material</th><th>Description</th><th>Qty</th><th>Scope</th><th>Status</th></tr>\n"
         "<tr><td>10</td><td>VP-0930</td><td>Octagonal truffle tin 200 g, printed sample</td><td>36</td>"
         "<td>sample</td><td>active &ndash; make now</td></tr>\n"
         "<tr><td>20</td><td>VP-0930</td><td>Octagonal truffle tin 200 g, production</td><td>14,400</td>"
         "<td>production</td><td><b>NOT RELEASED &ndash; on hold</b></td></tr>\n</table>\n"
         "<div class=\"note\"><p>Line 20 is released only by a written production release from Koen Wouters, "
         "Packaging Quality Manager, after the sample sign-off of line 10.</p>"
         "<p>Material authority: sample-only (tinplate for 36 tins).</p></div>\n"
         "<p>Delivery line 10: DAP Gent, week 28. Documents: CoC, DoC food contact.</p>")})


# c24: stop notice; active quantity zero; lifted only by named person after named event.
case("c24_stop_notice_eml", [],
     "written stop: nothing more may start, released or not; active quantity zero; lifted only by Graham Whitlock "
     "after corrected artwork sign-off",
     {"STOP_PO_HB-240712.eml": mail(
         "Graham Whitlock <graham.whitlock@harrowgatebiscuit.co.uk>", "Rui Ferreira <rui.ferreira@latoariavouga.pt>",
         "STOP - PO HB-240712 Shortbread tin - allergen panel error", "Fri, 26 Jul 2024 08:02:00 +0100",
         """Rui,

We found an error in the allergen panel on the artwork of the 750 g shortbread tin (oats missing
from the bold list). Until it is corrected, this is a stop on PO HB-240712:

- With immediate effect nothing more may start on this PO, released or not. That includes the
  5,000 tins released by call-off 01, which are now on hold as well.
- Active quantity from today: zero (0). Please don't print, form or pack anything further.
- Please tell me by Monday how many printed sheets and finished tins you hold.

The stop is lifted only by a written notice from me, after the corrected artwork (rev C) has been
signed off by Eleanor Price, our Packaging Technologist.

Sorry for the disruption, we know the line was booked for next week.

Graham
""" + sig("Graham Whitlock", "Head of Packaging Procurement", "Harrowgate Biscuit Company Ltd",
                  "+44 1423 555 201"))})


# c25: multi-file: PO (European number format) and mail (English format), same quantity.
case("c25_euro_format_same_qty", [],
     "two-file bundle: PO says 1.200 (European format), mail says 1,200 - same full quantity, no balance",
     {"PO_MV-24-0407.pdf": pdf([
         ("h1", "Bestelbon / Bon de commande MV-24-0407"),
         ("p", "Maison Verhaegen NV | Rue de la Montagne 28, 1000 Bruxelles | BTW BE 0418.227.310"),
         ("p", "Leverancier / Fournisseur: Latoaria Vouga, S.A., Águeda (PT)    Datum: 14/02/2024"),
         ("table", [
             ["Lijn", "Artikel", "Omschrijving / Description", "Aantal / Qty", "Prijs / Price", "Totaal"],
             ["1", "MV-EGG-18", "Paasei blik / Easter egg tin 18 cm, 6 kleuren + goud", "1.200", "EUR 2,35",
              "EUR 2.820,00"],
         ]),
         ("sp",),
         ("p", "Deze bestelling dekt de volledige hoeveelheid. / This PO covers the full quantity of 1.200 tins; "
               "nothing further is planned on this article."),
         ("p", "Drukproef afgetekend / proof signed off: Marie Claes, 12/02/2024."),
         ("p", "Levering / delivery: DAP Bruxelles, uiterlijk 8 maart 2024. Betaling 60 dagen einde maand."),
     ], title="Bestelbon MV-24-0407", author="Marc Peeters"),
      "Mail_PO_MV-24-0407.eml": mail(
          "Marc Peeters <marc.peeters@maisonverhaegen.be>", "Rui Ferreira <rui.ferreira@latoariavouga.pt>",
          "PO MV-24-0407 Easter egg tin", "Wed, 14 Feb 2024 16:40:00 +0100",
          """Hi Rui,

PO MV-24-0407 for the Easter egg tins is in the post and attached to the portal. It is for 1,200
tins, and that's the whole order - there is no balance behind it.

Marie Claes signed off the proof on Monday, so you can start production of the 1,200 right away.
We need them in Brussels by 8 March at the latest (Easter is early this year!).

Bedankt en tot binnenkort,
Marc Peeters
Purchasing Manager, Maison Verhaegen NV
""")})


# ------------------------------------------------------------------- POSITIVE 1 (RG001 family)
# p01: PDF PO with a sample line and a live production line, nothing else.
case("p01_po_sample_plus_prod_line", ["RG001", "RG003", "RG004", "RG005"],
     "PO lists 24 proof tins and a 20,000 production line with no note that it is not released; no hold, no "
     "unlock event, no release person",
     {"PO_CH-6044.pdf": pdf([
         ("h1", "PURCHASE ORDER CH-6044"),
         ("p", "Cedar Hollow Confections Inc. | 220 Pine Street, Burlington, VT 05401, USA"),
         ("p", "Vendor: Dongguan Hengfeng Tin Box Co., Ltd. (vendor 300512)    Date: June 17, 2024    "
               "Buyer: Sarah Kim    Terms: as per quote Q-HF-24-0611"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Unit price (USD)", "Amount (USD)"],
             ["10", "CH-SQ-150-P", "Printed proof tins, Maple Truffle Collection, 2 designs x 12", "24", "pcs",
              "15.83", "380.00"],
             ["20", "CH-SQ-150", "Square hinged tin 150 x 150 x 60, printed, 48/ctn (quote tier 3b)", "20,000",
              "pcs", "0.79", "15,800.00"],
             ["30", "PLATES", "Printing plates, 5 colours", "5", "ea", "65.00", "325.00"],
         ]),
         ("sp",),
         ("p", "Please proceed with the 24 proof tins and ship them by UPS Worldwide Express to our Burlington "
               "plant, attn. Mike Russo, Packaging Engineer."),
         ("p", "All tins to carry the inside lacquer per FDA 21 CFR 175.300. Cartons marked with PO number and "
               "line. Invoice to ap@cedarhollow.com."),
         ("p", "Cedar Hollow Confections Inc. - Purchasing"),
     ], pagesize=LETTER, title="PO CH-6044", author="Sarah Kim")})


# p02: EML with PO and quote attached; release authority named, but no hold and no event.
case("p02_eml_po_and_quote_jp", ["RG001", "RG003", "RG004"],
     "36 sample caddies; attached quote shows 24,000 production unlabelled; release authority named but balance "
     "never said to be on hold and no unlock event",
     {"PO_UK-24-131_hojicha_caddy.eml": mail(
         "Sato Yuki <y.sato@ujikosenen.co.jp>", "Nattaya Wongsakul <nattaya@siamlithotin.co.th>",
         "PO UK-24-131 hojicha caddy", "Tue, 09 Jul 2024 10:20:00 +0900",
         """Dear Nat-san,

Thank you for your kind quotation. Please find attached our PO UK-24-131 and your quotation
QT-SL-0415.

Please make the 36 sample caddies (3 colours x 12) and send them to our Uji factory by the end of
July. Our contact for the sample test is Ms. Mori Ayaka (QA).

Best regards,
Sato Yuki
Purchasing, Uji Kōsen-en Tea Co., Ltd.
""", attachments=[
             att_pdf("PO_UK-24-131.pdf", [
                 ("h1", "Purchase Order UK-24-131"),
                 ("p", "Uji Kōsen-en Tea Co., Ltd. | 3-12 Myoraku, Uji, Kyoto 611-0021, Japan"),
                 ("p", "Supplier: Siam Lithotin Co., Ltd., Bang Phli, Samut Prakan 10540, Thailand"),
                 ("table", [
                     ["No.", "Item", "Qty", "Unit price (JPY)", "Amount (JPY)"],
                     ["1", "Hojicha caddy 80 g, printed sample, 3 colours x 12", "36", "1,200", "43,200"],
                 ]),
                 ("p", "Delivery: DAP Uji, by 2024-07-31."),
                 ("p", "Production release authority: Mr. Tanaka Hiroshi, Purchasing Manager."),
             ], title="PO UK-24-131", author="Sato Yuki"),
             att_pdf("Quotation_QT-SL-0415.pdf", [
                 ("h1", "QUOTATION QT-SL-0415"),
                 ("p", "Siam Lithotin Co., Ltd. - 99/12 Moo 7, Bang Phli, Samut Prakan 10540"),
                 ("table", [
                     ["Item", "Description", "Qty", "Price"],
                     ["1", "Sample caddy 80 g printed (3 colours)", "36 pcs", "JPY 1,200 / pc"],
                     ["2", "Mass production caddy 80 g, printed 4C + matt OPV", "24,000 pcs", "JPY 68 / pc"],
                 ]),
                 ("p", "Lead time mass production: 30 days. Payment: T/T 30 days."),
             ], title="Quotation QT-SL-0415", author="Somchai Prasert"),
         ])})


# p03: buyer portal PO page; release authority field, quoted seasonal volume unlabelled.
case("p03_portal_seasonal_volume_html", ["RG001", "RG003", "RG004"],
     "portal PO for 24 sample tins shows 'quoted seasonal volume 30,000' unlabelled; names a release authority "
     "but never says the rest is not released or what unlocks it",
     {"SupplierHub_PO_HB-240733.html": html_page(
         "Harrowgate SupplierHub - PO HB-240733",
         "<h2>Harrowgate SupplierHub</h2>\n"
         "<table>\n<tr><th>PO</th><td>HB-240733</td><th>Supplier</th><td>Puszka-Pol Sp. z o.o. (V-40311)</td></tr>\n"
         "<tr><th>Buyer</th><td>Fiona McLeod</td><th>Release authority</th><td>Tom Ashby, Supply Planning Manager</td></tr>\n"
         "<tr><th>Issued</th><td>02/07/2024</td><th>Currency</th><td>GBP</td></tr>\n</table>\n"
         "<h3>Lines</h3>\n<table>\n<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Price</th></tr>\n"
         "<tr><td>10</td><td>TIN-GC-400</td><td>Ginger Crunch 400 g embossed tin &ndash; sample</td><td>24</td>"
         "<td>&pound;9.50</td></tr>\n</table>\n"
         "<h3>Commercial information</h3>\n<table>\n<tr><th>Quote</th><td>PP/24/118</td></tr>\n"
         "<tr><th>Quoted seasonal volume</th><td>30,000 tins @ &pound;0.71</td></tr>\n"
         "<tr><th>Tooling</th><td>emboss tool &pound;1,450, 30% deposit paid</td></tr>\n</table>\n"
         "<p>Deliver samples to Harrowgate QA, Knaresborough Road, HG2 7LD, by 26/07/2024.</p>")})


# p04: multi-file: DOCX PO (pre-series, with table) and the supplier's Spanish quote.
case("p04_docx_po_plus_quote_es", ["RG001", "RG003", "RG004", "RG005"],
     "two-file bundle: DOCX PO for 30 pre-series boxes, silent on the balance; quote beside it shows 15.000 "
     "production with nothing saying it is not released",
     {"PO_MV-24-0392.docx": docx_bytes([
         ("h1", "Bestelbon / Purchase order MV-24-0392"),
         ("p", "Maison Verhaegen NV - Rue de la Montagne 28, 1000 Bruxelles"),
         ("p", "Supplier: Envases Metálicos del Ebro, S.L., Zaragoza    Date: 21/05/2024    Ref. offer EE-24-0219"),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Unit price", "Total"],
             ["1", "MV-GB-500", "Gift box 500 g pralines, tin with hinged lid, 'Grand-Place' design, pre-series",
              "30", "EUR 8,40", "EUR 252,00"],
         ]),
         ("p", "Gelieve de 30 voorseriedozen te maken. / Please make the 30 pre-series boxes."),
         ("p", "Delivery: DAP Bruxelles, week 25. Documents: declaration of compliance (EC) 1935/2004."),
         ("p", "Lotte Janssens, Category Buyer Packaging"),
     ], author="Lotte Janssens"),
      "Oferta_EE-24-0219.pdf": pdf([
          ("h1", "OFERTA / OFFER EE-24-0219"),
          ("p", "Envases Metálicos del Ebro, S.L. - Zaragoza - para / for Maison Verhaegen NV"),
          ("table", [
              ["Pos.", "Descripción / Description", "Cantidad", "Precio (EUR)"],
              ["1", "Muestras preserie / pre-series boxes 'Grand-Place'", "30 uds", "8,40"],
              ["2", "Producción / production 'Grand-Place' gift box 500 g", "15.000 uds", "0,92"],
          ]),
          ("p", "Plazo de entrega producción: 6 semanas. Validez de la oferta: 90 días."),
          ("p", "Javier Morales - Director Comercial"),
      ], title="Oferta EE-24-0219", author="Javier Morales")})


# p05: TXT ERP PO printout (India) for samples, header shows the quoted production quantity.
case("p05_erp_sample_po_quoted_prod_txt", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO for 40 tins prints 'QUOTED PRODUCTION QTY 24,000' in the header; nothing on the balance, "
     "no unlock event, no release person",
     {"PO_4700012893_print.txt": """\
KESAR MITHAI HOUSE PVT LTD                                   PURCHASE ORDER
PLOT 14 MIDC ANDHERI (E) MUMBAI 400093                       PAGE 1 OF 1
GSTIN 27AAACK4412M1Z5
------------------------------------------------------------------------------------
PO NO      : 4700012893           PO DATE  : 01.07.2024     PUR GRP : P07 (A.DESAI)
VENDOR     : 200418 PUSZKA-POL SP Z O O, LODZ, POLAND
QUOTATION  : PP/24/207 DT 24.06.2024
QUOTED PRODUCTION QTY : 24,000 EA @ EUR 0.88
------------------------------------------------------------------------------------
ITEM  MATERIAL   DESCRIPTION                          QTY  UOM   RATE EUR    VALUE EUR
00010 500012     SAMPLE TIN MITHAI BOX 1KG 8-SIDED     40  EA       7.50       300.00
                 DRG KMH-MB-1000 REV 03, GOLD+MAROON
------------------------------------------------------------------------------------
                                                      TOTAL VALUE EUR          300.00
DELIVERY   : DAP MUMBAI AIRPORT (BOM) BY 15.07.2024
PAYMENT    : 100% ADVANCE AGAINST PI
NOTE       : PLS SUPPLY SAMPLES WITH COA AND FOOD GRADE DECLARATION. KINDLY MENTION
             PO NO ON ALL DOCUMENTS.
------------------------------------------------------------------------------------
THIS IS A COMPUTER GENERATED PO AND DOES NOT REQUIRE SIGNATURE
"""})


# ------------------------------------------------------------------- POSITIVE 2 (RG002 family)
# p06: quoted thread; buyer's complete scope quoted at the bottom; final reply is an unscoped approval.
case("p06_thread_crack_on", ["RG002"],
     "buyer's own complete scope (24 samples, 18,000 via call-off from Tom Ashby after sign-off) is in the thread; "
     "final reply 'approved, crack on' names neither samples nor a quantity",
     {"Re_Re_Toffee_Apple_proofs.eml": mail(
         "Fiona McLeod <fiona.mcleod@harrowgatebiscuit.co.uk>", "Rui Ferreira <rui.ferreira@latoariavouga.pt>",
         "RE: RE: PO HB-240690 Toffee Apple 500g - proofs", "Wed, 03 Jul 2024 13:47:00 +0100",
         """Lovely, thanks Rui - the red is spot on this time. Approved, crack on!

Fiona

Fiona McLeod | Senior Buyer | Harrowgate Biscuit Company Ltd | 01423 555 218

From: Rui Ferreira <rui.ferreira@latoariavouga.pt>
Sent: 03 July 2024 11:20
To: Fiona McLeod
Subject: RE: PO HB-240690 Toffee Apple 500g - proofs

Hi Fiona,

Photos of the second printed proof are attached (sheets 2 and 3, under D50 light). We
changed the red to Pantone 1795 C as you asked. Please confirm.

Cumprimentos / Kind regards
Rui Ferreira | Key Account Manager | Latoaria Vouga, S.A. | +351 234 600 418

From: Fiona McLeod <fiona.mcleod@harrowgatebiscuit.co.uk>
Sent: 12 June 2024 09:05
To: Rui Ferreira
Subject: PO HB-240690 Toffee Apple 500g

> Morning Rui,
>
> PO HB-240690 attached. It covers 24 sample tins only (Toffee Apple 500 g, round, slip lid).
> The 18,000 production tins are not released. They are released only by a written call-off
> from Tom Ashby, our Supply Planning Manager, after our sample sign-off.
>
> Fiona
""")})


# p07: WhatsApp; complete scope earlier, then a thumbs-up "Go ahead".
case("p07_whatsapp_thumbs_go_ahead", ["RG002"],
     "complete scope earlier in the chat (48 samples, 12,000 not released, written release by Priya Raman after "
     "QA sign-off); later 'Go ahead' answers a colour photo without saying what",
     {"WhatsApp Chat with Lily Hengfeng.txt": """\
[02/07/24, 11:02:10] Priya Raman: Hello Lily, PO NCT/PO/0715 sent just now for the Nilgiri Gold gift tin.
[02/07/24, 11:03:44] Priya Raman: It is for 48 sample tins only. The 12,000 tins are not released. I will send a written production release for them after our QA sign-off on the samples. Only that release from me (Priya Raman) counts.
[02/07/24, 11:15:02] Lily Hengfeng: Received Priya, thank you. 48 samples, 12,000 wait for your release 👌
[09/07/24, 15:31:27] Lily Hengfeng: Priya, the gold colour is matched now, much warmer than last time
[09/07/24, 15:31:40] Lily Hengfeng: <Media omitted>
[09/07/24, 15:31:41] Lily Hengfeng: <Media omitted>
[09/07/24, 15:32:05] Lily Hengfeng: Please check and tell us
[09/07/24, 18:50:13] Priya Raman: Looks lovely 😍
[09/07/24, 18:50:22] Priya Raman: 👍 Go ahead
[09/07/24, 18:51:09] Lily Hengfeng: Thank you! 🙏
[10/07/24, 09:12:40] Lily Hengfeng: Courier for samples: DHL 7731 2290 45, ETA Coimbatore Monday
"""})


# p08: multi-file: complete sample PO + separate buyer e-mail with an unscoped green light.
case("p08_po_plus_green_light_mail", ["RG002"],
     "two-file bundle: sample PO is complete (36 samples, 9,000 not released, written release by Dana Whitaker "
     "after sign-off); the engineer's later mail gives a 'green light' with no scope",
     {"PO_CH-6188.pdf": pdf([
         ("h1", "PURCHASE ORDER CH-6188"),
         ("p", "Cedar Hollow Confections Inc. | 220 Pine Street, Burlington, VT 05401, USA"),
         ("p", "Vendor: Puszka-Pol Sp. z o.o., Łódź, Poland    Date: July 1, 2024    Buyer: Sarah Kim"),
         ("table", [
             ["Line", "Description", "Qty", "Unit price (EUR)", "Scope"],
             ["10", "Pumpkin Spice round tin 1 lb, printed sample", "36", "5.90", "sample"],
         ]),
         ("sp",),
         ("p", "Scope: this PO authorizes 36 sample tins only. The 9,000 production tins are not released. "
               "They are released only by a written production release from Dana Whitaker, Director of Sourcing, "
               "after our sample sign-off."),
         ("p", "Material: buy tinplate for the 36 samples only."),
     ], pagesize=LETTER, title="PO CH-6188", author="Sarah Kim"),
      "Samples_look_great.eml": mail(
          "Mike Russo <mike.russo@cedarhollow.com>", "Marek Nowak <m.nowak@puszkapol.pl>",
          "Pumpkin Spice tin - samples", "Fri, 26 Jul 2024 16:55:00 -0400",
          """Hi Marek,

The samples landed this morning and the whole team had a look. Lid fit is snug, the orange is
exactly what marketing wanted and the emboss is crisp.

Samples look great. Green light from Cedar Hollow! Thanks team.

Mike
""" + sig("Mike Russo", "Packaging Engineer", "Cedar Hollow Confections Inc.", "+1 802 555 0162"),
          cc="Sarah Kim <sarah.kim@cedarhollow.com>")})


# p09: buyer pays sample invoice and production deposit, then "Please proceed."
case("p09_paid_deposit_please_proceed", ["RG002", "RG012"],
     "buyer's quoted scope is complete (40 samples, 20,000 held for written release); later the deposit is paid "
     "and 'Please proceed.' is sent with no scope - payment treated as the trigger",
     {"Re_KH-0688_payment.eml": mail(
         "Kenji Watanabe <k.watanabe@kobe-hoshizora.co.jp>", "Lucía Gómez <lgomez@envasesebro.es>",
         "Re: PO KH-0688 moon tin - invoice and deposit", "Mon, 29 Jul 2024 09:30:00 +0900",
         """Dear Lucía-san,

Thank you for your invoice EE-F-24-1182 for the 40 sample tins and for the pro-forma for the
mass production.

We have paid the sample invoice, and today we also remitted the 30% deposit for the mass
production (EUR 5.796,00). Please proceed.

Best regards,
Kenji Watanabe
Purchasing Manager, Kobe Hoshizora Chocolate Co., Ltd.

-----Original Message-----
From: Kenji Watanabe
Sent: Wednesday, July 3, 2024 14:10
To: Lucía Gómez
Subject: PO KH-0688 moon tin

> Dear Lucía-san,
> PO KH-0688 is for 40 sample tins (moon-viewing tin, 2 designs x 20).
> The 20,000 production tins are not released. After our sample sign-off I will send you
> a written production release. Only this written release starts the production.
> Best regards, Kenji Watanabe
""")})


# p10: "approved" for commercial and technical, and an unscoped "it's approved!"
case("p10_its_approved_be", ["RG002", "RG009"],
     "'approved' used for the controller's PO sign-off and marketing's proof sign-off, then 'So it's approved!' "
     "without a scope; the scope reminder elsewhere in the mail is complete",
     {"PO_4500032301_Sinterklaas_box.eml": mail(
         "Sofie De Smet <sofie.desmet@terbeke.be>", "Javier Morales <jmorales@envasesebro.es>",
         "PO 4500032301 - Sinterklaas box - good news", "Thu, 11 Jul 2024 17:25:00 +0200",
         """Dear Javier,

Good news from Gent today. The PO is approved by our controller, and the colour proof of the
Sinterklaas box is approved by marketing (they loved the new red). So it's approved! 🎉

Reminder of the scope, just for good order: PO 4500032301 covers the 30 pre-series boxes. The
9,000 production boxes are not released until Koen Wouters sends a written production release
after the sample sign-off.

Can you send me the updated delivery date for the pre-series?

Met vriendelijke groeten,
Sofie De Smet
Packaging Buyer, Chocolaterie Ter Beke NV
""")})


# ------------------------------------------------------------------- POSITIVE 3 (absence rules)
# p11: WeChat: sample order silent on the balance, buyer comments on the 10k price.
case("p11_wechat_sample_10k_price", ["RG001", "RG003", "RG004", "RG005"],
     "50 samples ordered in chat next to 'your price for the 10k is ok' with nothing saying the 10k is not "
     "released; no hold, no unlock event, no release person",
     {"WeChat_CedarHollow_Easter.txt": """\
WeChat chat export - "Cedar Hollow x Hengfeng (Easter tin)"
Exported 2024-08-30

2024-08-26 21:04  Sarah Kim (Cedar Hollow): Hi Kevin, hope you had a good weekend!
2024-08-26 21:05  Sarah Kim (Cedar Hollow): Pls make 50 sample tins for the Easter bunny tin, PO CH-6210 is in your mailbox
2024-08-26 21:06  Sarah Kim (Cedar Hollow): Your price for the 10k is ok for us 👍
2024-08-26 21:07  Sarah Kim (Cedar Hollow): Pastel colours per the Pantone card we sent, ears embossed
2024-08-27 08:40  Kevin Huang 黄凯 (Hengfeng): Good morning Sarah, received with thanks
2024-08-27 08:41  Kevin Huang 黄凯 (Hengfeng): samples ready around 12 Sept, I will send photos first
2024-08-27 08:41  Kevin Huang 黄凯 (Hengfeng): [Image]
2024-08-27 08:42  Kevin Huang 黄凯 (Hengfeng): this is the emboss tool drawing, pls check ear height 0.8mm ok?
2024-08-27 09:15  Sarah Kim (Cedar Hollow): 0.8 mm is fine, thanks!
"""})


# p12: ERP call-off printout: PO status 'RELEASED' (approval workflow) and a call-off that 'releases'
#      4,000 tins; nothing about the rest of the programme.
case("p12_erp_calloff_status_released_txt", ["RG003", "RG004", "RG005", "RG009"],
     "call-off 01 releases 4,000 of a blanket programme, silent on the rest; 'RELEASED' also used as the PO's "
     "finance approval status",
     {"CALLOFF_HB-BL-2024-022_01.txt": """\
HARROWGATE BISCUIT CO LTD                CALL-OFF NOTICE                        PAGE   1
KNARESBOROUGH ROAD HARROGATE HG2 7LD                                   PRINTED 01.07.2024 06:55
------------------------------------------------------------------------------------------
BLANKET PO   : HB-BL-2024-022 (XMAS 2024 PROGRAMME - TREACLE TOFFEE TIN)
PO STATUS    : RELEASED  (APPROVAL LEVEL 2 - FINANCE - 28.06.2024 - J.OKONJO)
CALL-OFF NO  : 01                          DATE : 01.07.2024
SUPPLIER     : PUSZKA-POL SP Z O O (V-40311) UL. KASPRZAKA 41, 91-078 LODZ, POLAND
------------------------------------------------------------------------------------------
ITEM         DESCRIPTION                                 THIS CALL-OFF   CUM CALLED OFF
TIN-TT-300   TREACLE TOFFEE TIN 300G RECT, HINGED              4000            4000
             DRG TIN-TT-300 REV 2 / 4C + BLACK + GOLD
------------------------------------------------------------------------------------------
DELIVERY     : DDP HARROGATE, WK 34
------------------------------------------------------------------------------------------
NOTES:
 1. THIS CALL-OFF RELEASES 4,000 TINS FOR PRODUCTION.
 2. ASN 48H BEFORE DESPATCH TO GOODSIN@HARROWGATEBISCUIT.CO.UK
 3. PALLETS: UK 1200X1000, MAX 1.7M, 4-SIDE LABEL WITH CALL-OFF NO.
------------------------------------------------------------------------------------------
*** END OF CALL-OFF ***
"""})


# p13: DOCX sample order letter; 'approval' used for technical and commercial steps; no named person.
case("p13_docx_approvals_no_person", ["RG005", "RG009"],
     "60 test tins, 12,000 not released, events listed - but 'approval' covers proof, food-contact test and board "
     "budget, and no named person may release",
     {"Sample_order_letter_Gyokuro_tin.docx": docx_bytes([
         ("h1", "Sample order letter - Gyokuro tin 100 g"),
         ("p", "Uji Kōsen-en Tea Co., Ltd. to Latoaria Vouga, S.A.    Kyoto, 16 July 2024    Ref. PO UK-24-140"),
         ("p", "Dear Mr. Ferreira,"),
         ("p", "Thank you for your visit to Uji last month. We hereby order 60 printed tins for the food-contact "
               "test and the colour check."),
         ("p", "The 12,000 production tins in your quotation are not released. The release of the balance follows "
               "only after the three steps below:"),
         ("table", [
             ["Step", "What", "Who", "Target"],
             ["1", "Approval of the printed proof (colour, gloss)", "Marketing", "end of August"],
             ["2", "Approval of the food-contact test report", "Quality Assurance", "mid September"],
             ["3", "Approval of the purchase budget", "Board of directors", "end of September"],
         ]),
         ("p", "After step 3 our company will send you the written production release."),
         ("p", "Please buy material for the 60 tins only."),
         ("p", "Yours sincerely,"),
         ("p", "Purchasing Department, Uji Kōsen-en Tea Co., Ltd."),
     ], author="Uji Kosen-en Purchasing")})


# ------------------------------------------------------------------- POSITIVE 4 (RG010 family)
# p14: e-mail with DOCX attachment; hold, event and person complete, but no sample quantity.
_p14_docx = att_docx("Pumpkin_Spice_artwork_notes.docx", [
    ("h1", "Pumpkin Spice tin - artwork notes"),
    ("p", "Cedar Hollow Confections - Packaging Engineering - rev B, July 8, 2024"),
    ("table", [
        ["Element", "Note"],
        ["Lid", "Embossed pumpkin 0.5 mm, orange Pantone 1505 C"],
        ["Body", "Wood-grain print, matt varnish, no gloss on body"],
        ["Base", "Ink-jet lot code, 6 mm from edge"],
        ["Inside", "Clear food-grade lacquer, FDA 21 CFR 175.300"],
    ]),
    ("p", "Questions to Mike Russo, Packaging Engineer."),
], author="Mike Russo")
case("p14_start_sample_tins_no_qty", ["RG010"],
     "buyer asks to start 'the sample tins' without a number; 15,000 not released until sample sign-off and "
     "written release by Dana Whitaker",
     {"Pumpkin_Spice_samples.eml": mail(
         "Dana Whitaker <dana.whitaker@cedarhollow.com>", "Marek Nowak <m.nowak@puszkapol.pl>",
         "Pumpkin Spice tin - samples", "Tue, 09 Jul 2024 10:45:00 -0400",
         """Hi Marek,

Thanks for the quick turnaround on the emboss tool drawing. Please start on the sample tins for
the Pumpkin Spice tin - Mike's artwork notes are attached.

The 15,000 production tins are NOT released. They stay on hold until our written sample sign-off
and a written production release from me.

Best,
Dana
""" + sig("Dana Whitaker", "Director of Sourcing", "Cedar Hollow Confections Inc.", "+1 802 555 0139"),
         attachments=[_p14_docx])})


# p15: ERP call-off whose quantity is 'see allocation sheet'.
case("p15_calloff_see_allocation_txt", ["RG010"],
     "call-off releases 'the Tesco allocation' with the quantity only 'per allocation sheet'; other allocations "
     "held until call-off 03 from T. Ashby",
     {"CALLOFF_HB-BL-2024-017_02.txt": """\
HARROWGATE BISCUIT CO LTD                CALL-OFF NOTICE                        PAGE   1
KNARESBOROUGH ROAD HARROGATE HG2 7LD                                   PRINTED 22.07.2024 07:12
------------------------------------------------------------------------------------------
BLANKET PO   : HB-BL-2024-017             CALL-OFF NO : 02          DATE : 22.07.2024
SUPPLIER     : LATOARIA VOUGA SA (V-40277) RUA DA INDUSTRIA 210, 3750-101 AGUEDA, PORTUGAL
------------------------------------------------------------------------------------------
ITEM         DESCRIPTION                         THIS CALL-OFF
TIN-XM-07    XMAS SHORTBREAD TIN 1KG ROUND       TESCO ALLOCATION - QTY PER ALLOCATION SHEET
             DRG TIN-XM-07 REV 4 / PANTONE 186C + 7406C + GOLD
------------------------------------------------------------------------------------------
NOTES:
 1. THIS CALL-OFF RELEASES THE TESCO ALLOCATION FOR PRODUCTION.
 2. ALL OTHER RETAILER ALLOCATIONS ARE NOT RELEASED. THEY REMAIN ON HOLD UNTIL CALL-OFF 03,
    ISSUED IN WRITING BY T. ASHBY (SUPPLY PLANNING MANAGER).
 3. MATERIAL: TINPLATE FOR THIS CALL-OFF ONLY.
 4. DELIVERY DDP HARROGATE WK 36. ASN 48H BEFORE DESPATCH.
------------------------------------------------------------------------------------------
*** END OF CALL-OFF ***
"""})


# p16: WhatsApp: "a few sample tins".
case("p16_whatsapp_few_samples", ["RG010"],
     "'go ahead with a few sample tins' - sample-only but no number; the 25k is held until written release from "
     "Rohan Kapoor after panel sign-off",
     {"WhatsApp Chat with Rui Latoaria Vouga.txt": """\
[15/07/24, 12:40:05] Rui Latoaria Vouga: Good morning Mr Rohan, the new octagon drawing rev 2 is in your mail
[15/07/24, 12:41:30] Rui Latoaria Vouga: Shall we make samples now or wait for the tasting panel date?
[15/07/24, 14:02:11] Rohan Kapoor: Hello Rui. Drawing rev 2 is fine.
[15/07/24, 14:03:20] Rohan Kapoor: Go ahead with a few sample tins for the tasting panel, panel is on 5th Aug in Mumbai
[15/07/24, 14:04:52] Rohan Kapoor: Rest of the 25k stays on hold. Not released till you get my written release (Rohan Kapoor, GM - Purchase) after the panel sign-off
[15/07/24, 14:05:10] Rohan Kapoor: Pls don't buy tinplate for the 25k
[15/07/24, 14:30:47] Rui Latoaria Vouga: Understood, thank you. Samples by air, we send AWB
[15/07/24, 14:31:02] Rohan Kapoor: 🙏
"""})


# p17: PDF PO: sample lot 'as per quotation'; 'approved' for PO workflow and for samples.
case("p17_po_qty_per_quote_approved", ["RG009", "RG010"],
     "PO line quantity 'as per quotation' (no number); 'approved' used for the controller's PO approval and for "
     "sample approval; hold, event and Koen Wouters named",
     {"PO_4500032455.pdf": pdf([
         ("h1", "Bestelbon / Purchase order 4500032455"),
         ("p", "Chocolaterie Ter Beke NV | Port Arthurlaan 12, 9000 Gent | BTW BE 0402.118.557"),
         ("p", "Supplier: Puszka-Pol Sp. z o.o., Łódź    Date: 02/07/2024    Buyer: Sofie De Smet"),
         ("table", [
             ["Line", "Material", "Description", "Qty", "Price"],
             ["10", "VP-1120", "Hexagonal cocoa tin 250 g, printed sample lot", "as per quotation PP/24/233",
              "as per quotation"],
         ]),
         ("sp",),
         ("p", "This PO was approved by our controller on 02/07/2024 in the purchase workflow."),
         ("p", "The samples will be approved by Quality (Koen Wouters, Packaging Quality Manager). The 8,000 "
               "production tins are not released until the samples are approved by Koen Wouters and he sends a "
               "written production release."),
         ("p", "Delivery of the sample lot: DAP Gent, week 31."),
     ], title="PO 4500032455", author="Sofie De Smet")})


# ------------------------------------------------------------------- POSITIVE 5 (RG006 family)
# p18: supplier reply: tinplate bought for the full quantity although the buyer said samples only.
case("p18_supplier_tinplate_full_qty", ["RG006"],
     "buyer's quoted scope is complete and limits material to the 40 samples; supplier has bought tinplate for all "
     "30,000 to lock the price",
     {"RE_hexagon_tin_samples.eml": mail(
         "Lily Chen <lily.chen@hengfeng-tinbox.cn>", "Anjali Mehta <anjali.mehta@kesarmithai.in>",
         "RE: PO KMH/PO/24-25/0455 hexagon tin - samples", "Thu, 25 Jul 2024 17:05:00 +0800",
         """Dear Anjali,

Samples are printing now, they will ship on 5 August by FedEx, tracking to follow.

For your information: to lock the price before the tinplate increase in August, we have already
purchased the tinplate for all 30,000 pcs. It is in our warehouse now, so the mass production can
be very fast after your release.

Best regards
Lily Chen
Sales Manager, Dongguan Hengfeng Tin Box Co., Ltd.

-----Original-----
From: "Anjali Mehta" <anjali.mehta@kesarmithai.in>
Date: 2024-07-12 15:40
Subject: PO KMH/PO/24-25/0455 hexagon tin

> Dear Lily,
> PO KMH/PO/24-25/0455 is for 40 sample tins only. The 30,000 tins are not released.
> I, Anjali Mehta, will send a written production release after our sample sign-off.
> Kindly buy material for the 40 samples only.
> Regards, Anjali
""")})


# p19: LINE: coil cut for the full lot; supplier assumes sample OK leads straight to printing.
case("p19_line_coil_cut_autoconv", ["RG006", "RG007"],
     "buyer's scope complete (24 samples, 8,000 held for Kenji's written release); supplier reports coil cut "
     "for the full 8,000 and plans to print as soon as the sample is OK",
     {"LINE_KobeHoshizora_Tanabata.txt": """\
[LINE] Chat history with Siam Lithotin (Nat)
Saved on: 2024/07/19 20:41

2024/06/28(Fri)
10:05	Kenji Watanabe	Nat-san, PO KH-0702 sent: 24 sample tins, Tanabata design (2 x 12).
10:06	Kenji Watanabe	The 8,000 tins are not released. After our sample sign-off I will send a written production release. Only my written release starts them.
10:30	Nat	Received ka, thank you 🙏
2024/07/18(Thu)
16:12	Nat	Kenji-san good news, coil already cut for full lot 8,000 pcs, ready in our store
16:13	Nat	When sample OK, we print straight away, so you get tins before Obon na
16:13	Nat	Samples ship Monday by DHL
17:40	Kenji Watanabe	Thank you, I will check with QA when the samples arrive.
17:41	Kenji Watanabe	[Sticker]
"""})


# p20: supplier status report: full run of printed sheets made while only samples are released.
case("p20_status_full_sheets_printed_txt", ["RG006"],
     "status report says only 40 samples are released, yet 2.520 printed sheets (25.200 caddies) were printed to "
     "use a press slot",
     {"STATUS_PH-7402_2024-07-12.txt": """\
PUSZKA-POL SP. Z O.O.                      RAPORT STATUSU / STATUS REPORT
UL. KASPRZAKA 41, 91-078 LODZ              DATA / DATE: 2024-07-12
=====================================================================================
KLIENT / CUSTOMER : PEMBERTON & HALE TEA LTD, LONDON (ATTN. MS HANNAH BROOKS)
ZAMOWIENIE / PO   : PH-7402                INDEKS / ITEM: PH-C200 LAPSANG CADDY 200G
-------------------------------------------------------------------------------------
RELEASED BY CUSTOMER  : 40 SAMPLE CADDIES (PO PH-7402) - PRODUCTION NOT YET RELEASED
-------------------------------------------------------------------------------------
ETAP / STAGE              ILOSC / QTY   STATUS
PROBKI / SAMPLES               40       FORMED, IN QC, SHIP 2024-07-16
ARKUSZE DRUK. / PRINTED    2.520 ARK.   PRINTED 2024-07-10 = 25.200 CADDIES (10-UP)
  SHEETS                                FULL RUN PRINTED TO USE FREE PRESS SLOT,
                                        STORED FLAT, WAITING FOR FORMING
-------------------------------------------------------------------------------------
UWAGI / REMARKS: FORMING CAN START 2 DAYS AFTER YOUR RELEASE.
PRZYGOTOWAL / PREPARED BY: MAREK NOWAK, PRODUCTION MANAGER
=====================================================================================
"""})


# p21: supplier reserved tinplate and lacquer for the balance "under your name".
case("p21_reserved_material_balance_pt", ["RG006"],
     "buyer's quoted scope is complete with sample-only material authority; supplier has reserved tinplate and "
     "lacquer for the 14,000 balance under the buyer's name",
     {"RE_PO_PH-7380_Darjeeling_caddy.eml": mail(
         "Ana Sousa <ana.sousa@latoariavouga.pt>", "Hannah Brooks <hannah.brooks@pembertonhale.co.uk>",
         "RE: PO PH-7380 - Darjeeling caddy 125 g samples", "Tue, 16 Jul 2024 10:12:00 +0100",
         """Dear Hannah,

The 36 sample caddies will leave Águeda on Friday by UPS, I will send the tracking number.

Good news on the lead time for Christmas: we have reserved the tinplate and the gold lacquer for
the balance of 14,000 caddies in our warehouse, under your name, so nothing can delay the run
once you are ready.

Com os melhores cumprimentos,
Ana Sousa
Customer Service | Latoaria Vouga, S.A. | Águeda, Portugal | +351 234 600 420

> From: Hannah Brooks <hannah.brooks@pembertonhale.co.uk>
> Sent: 01 July 2024 14:33
> Subject: PO PH-7380 - Darjeeling caddy 125 g
>
> Dear Ana,
> PO PH-7380 covers 36 sample caddies (3 designs x 12). The 14,000 production caddies are
> not released. They are released only by a written production release from me after our
> sample sign-off. Material authority: sample-only.
> Kind regards,
> Hannah Brooks, Head of Purchasing, Pemberton & Hale Tea Ltd
""")})


# p22: WhatsApp (Spanish-English): tinplate already bought for the 20.000.
case("p22_whatsapp_es_tinplate_bought", ["RG006"],
     "buyer's chat scope complete (30 samples, 20.000 held for written release by Marc Peeters); supplier says "
     "tinplate for the 20.000 is already bought",
     {"WhatsApp Chat with Javier Envases Ebro.txt": """\
[08/07/24, 09:30:12] Lotte Janssens: Goedemorgen Javier! PO MV-24-0430 is in your mailbox.
[08/07/24, 09:31:40] Lotte Janssens: It is for 30 sample boxes only (Manon praline box, 3 colours x 10).
[08/07/24, 09:32:55] Lotte Janssens: The 20.000 boxes are not released. Production release only in writing from Marc Peeters (our Purchasing Manager), after our sample sign-off.
[08/07/24, 11:02:17] Javier Envases Ebro: Perfecto Lotte, muchas gracias! 30 muestras, ok
[08/07/24, 11:03:40] Javier Envases Ebro: Por cierto, ya hemos comprado la hojalata para las 20.000 unidades - we already bought the tinplate for the 20.000 units, the price was very good this month 😉
[08/07/24, 11:04:02] Javier Envases Ebro: Samples ready in 3 weeks
[08/07/24, 11:45:30] Lotte Janssens: Noted. Samples first please.
"""})


# p23: supplier portal: explicit staged authority exists but purchase exceeds it.
case("p23_portal_exceeds_staged_authority", ["RG006"],
     "explicit staged material authority of 10,000 tins; released 5,000; supplier portal shows tinplate bought "
     "for 25,000",
     {"hengfeng_portal_CH-6301.html": html_page(
         "Hengfeng Customer Portal - Order CH-6301",
         "<h2>Hengfeng Customer Portal</h2>\n<p>Customer: Cedar Hollow Confections Inc. &middot; Order CH-6301 "
         "&middot; Holiday sleigh tin 2 lb</p>\n"
         "<table>\n<tr><th>Item</th><th>Quantity (tins)</th><th>Reference</th></tr>\n"
         "<tr><td>Released for production</td><td>5,000</td><td>Production release R-02, Dana Whitaker, 2024-07-08"
         "</td></tr>\n"
         "<tr><td>Material authority</td><td>staged, tinplate up to 10,000</td><td>Customer letter MA-03, Dana "
         "Whitaker</td></tr>\n"
         "<tr><td>Tinplate purchased</td><td>25,000 equivalent</td><td>bought 2024-07-20 from Baosteel, price lock"
         "</td></tr>\n"
         "<tr><td>Produced</td><td>3,120</td><td>line 4, shift A/B</td></tr>\n</table>\n"
         "<p>Next shipment: 2,400 tins, ETD Yantian 2024-08-02.</p>\n"
         "<p>Last update 2024-07-24 09:30 CST by Kevin Huang</p>")})


# p24: supplier reads the deposit as a go and buys material for the full order.
case("p24_deposit_received_bought_tinplate", ["RG006", "RG012"],
     "buyer's quoted scope complete (30 samples, 16,000 held for call-off from Tom Ashby); supplier treats the "
     "deposit as a go, buys tinplate for the full order and starts printing",
     {"RE_PO_HB-240745_Lemon_Drizzle_tin.eml": mail(
         "Agnieszka Wiśniewska <a.wisniewska@puszkapol.pl>", "Fiona McLeod <fiona.mcleod@harrowgatebiscuit.co.uk>",
         "RE: PO HB-240745 Lemon Drizzle tin", "Mon, 22 Jul 2024 15:30:00 +0200",
         """Dear Fiona,

thank you, the deposit arrived today. So we have bought the tinplate for the full order and we
start printing on Monday, so the Lemon Drizzle tins will be with you well before the autumn
launch.

The 30 samples will go by DHL on Thursday as planned.

Z poważaniem
Agnieszka Wiśniewska
Key Account Manager UK & IE, Puszka-Pol Sp. z o.o.

-----Original Message-----
From: Fiona McLeod
Sent: Thursday, July 11, 2024 10:02 AM
Subject: PO HB-240745 Lemon Drizzle tin

> Hi Agnieszka,
> PO HB-240745 is attached: 30 sample tins only. The 16,000 production tins are not released;
> they're released only by a written call-off from Tom Ashby, Supply Planning Manager, after
> our sample sign-off. We'll pay the 30% deposit next week as agreed in the quote.
> Fiona
""")})


# p25: supplier: PO accepted in the system, so the order is in production planning and material bought.
case("p25_po_accepted_into_production", ["RG006", "RG012"],
     "buyer's quoted PO is 40 samples with 25,000 not released; supplier treats PO acceptance as the go, orders "
     "tinplate for 25,000 and plans printing",
     {"RE_PO_CH-6255_confirmation.eml": mail(
         "Javier Morales <jmorales@envasesebro.es>", "Sarah Kim <sarah.kim@cedarhollow.com>",
         "RE: PO CH-6255 - confirmación / confirmation", "Wed, 17 Jul 2024 12:40:00 +0200",
         """Hi Sarah,

Your PO CH-6255 is accepted and signed in our system, so the order is now in production
planning: we ordered the tinplate for the 25,000 tins yesterday and we start printing in week 33.
The 40 samples come first, in week 31.

Un saludo,
Javier Morales
Director Comercial, Envases Metálicos del Ebro, S.L.

On Mon, Jul 15, 2024 at 3:10 PM Sarah Kim <sarah.kim@cedarhollow.com> wrote:
> Hi Javier,
> PO CH-6255 is attached. It covers 40 sample tins (cocoa bean tin, 2 designs x 20).
> The 25,000 production tins are not released. They are released only by a written production
> release from Dana Whitaker, Director of Sourcing, after our sample sign-off.
> Thanks! Sarah
""")})


# ------------------------------------------------------------------- POSITIVE 6 (RG007 family)
# p26: supplier will roll straight into production on proof sign-off.
case("p26_roll_straight_into_20000", ["RG007"],
     "buyer's quoted scope requires a written call-off after sign-off; supplier says it will roll straight into "
     "the 20,000 on proof sign-off",
     {"RE_PO_HB-240702_proof_timing.eml": mail(
         "Rui Ferreira <rui.ferreira@latoariavouga.pt>", "Fiona McLeod <fiona.mcleod@harrowgatebiscuit.co.uk>",
         "RE: PO HB-240702 Mince Pie tin - proof timing", "Fri, 05 Jul 2024 16:48:00 +0100",
         """Hi Fiona,

Proofs go to you on Tuesday. To help with the Christmas timing: as soon as you sign off the
proofs we'll roll straight into the 20,000 - we will take your proof sign-off as the go. That
saves you a week on the programme.

Have a nice weekend!
Rui

Rui Ferreira | Key Account Manager | Latoaria Vouga, S.A. | +351 234 600 418

> From: Fiona McLeod <fiona.mcleod@harrowgatebiscuit.co.uk>
> Sent: 24 June 2024 10:15
> Subject: PO HB-240702 Mince Pie tin
>
> Rui, PO HB-240702 covers 24 sample tins. The 20,000 production tins are not released;
> they're released only by a written call-off from Tom Ashby after our sample sign-off.
> Fiona McLeod, Senior Buyer
""")})


# p27: buyer contradicts her own written-release requirement before going on holiday; PO attached.
_p27_po = att_pdf("PO_MV-24-0451.pdf", [
    ("h1", "Bestelbon / Purchase order MV-24-0451"),
    ("p", "Maison Verhaegen NV - Rue de la Montagne 28, 1000 Bruxelles"),
    ("p", "Supplier: Envases Metálicos del Ebro, S.L., Zaragoza    Date: 01/07/2024"),
    ("table", [
        ["Pos.", "Description", "Qty", "Scope"],
        ["1", "Coffret Ballotin tin 375 g, printed sample", "24", "sample - make now"],
        ["2", "Coffret Ballotin tin 375 g, production", "9.600", "NOT RELEASED"],
    ]),
    ("p", "Pos. 2 is released only by a written production release from Lotte Janssens after the sample sign-off "
          "by Marie Claes (Packaging Quality)."),
], title="PO MV-24-0451", author="Lotte Janssens")
case("p27_buyer_carry_on_holiday", ["RG007"],
     "PO requires a written release from Lotte Janssens; her mail says if Marie is happy with the colour match, "
     "carry on with the 9.600 without waiting for a mail",
     {"Holiday_cover_MV-24-0451.eml": mail(
         "Lotte Janssens <lotte.janssens@maisonverhaegen.be>", "Javier Morales <jmorales@envasesebro.es>",
         "MV-24-0451 Coffret Ballotin - while I'm away", "Thu, 18 Jul 2024 17:55:00 +0200",
         """Hi Javier,

I'm on holiday from Friday for three weeks (finally!). The PO is attached again for reference.

To keep things moving while I'm away: if Marie is happy with the colour match on the samples,
just carry on with the 9.600 - no need to wait for a mail from me. Marie will be in the office
the whole of August.

Fijne zomer,
Lotte
""", attachments=[_p27_po])})


# p28: ERP PO note: balance on hold with release authority, but production "to follow automatically".
case("p28_erp_follow_automatically_txt", ["RG007"],
     "ERP PO holds the 14,400 balance and names R. Kapoor, yet says production follows automatically once QA "
     "approves the samples - no explicit recorded auto-conversion",
     {"PO_4700013120_print.txt": """\
KESAR MITHAI HOUSE PVT LTD                                   PURCHASE ORDER
PLOT 14 MIDC ANDHERI (E) MUMBAI 400093                       PAGE 1 OF 1
------------------------------------------------------------------------------------
PO NO      : 4700013120           PO DATE  : 22.07.2024     PUR GRP : P07 (A.DESAI)
VENDOR     : 200377 ENVASES METALICOS DEL EBRO SL, ZARAGOZA, SPAIN
------------------------------------------------------------------------------------
ITEM  MATERIAL   DESCRIPTION                          QTY  UOM   RATE EUR    VALUE EUR
00010 500044     SAMPLE TIN KAJU KATLI 500G SQUARE     48  EA       6.80       326.40
------------------------------------------------------------------------------------
HEADER NOTE:
  SAMPLE QTY 48 EA ONLY.
  BAL 14,400 EA ON HOLD - NOT RELEASED.
  RELEASE AUTHORITY : R. KAPOOR (GM - PURCHASE).
  PRODUCTION OF BAL TO FOLLOW AUTOMATICALLY ONCE SAMPLES ARE APPROVED BY QA.
  MATERIAL : FOR 48 SAMPLES ONLY.
------------------------------------------------------------------------------------
DELIVERY   : DAP MUMBAI (BOM) BY 20.08.2024
THIS IS A COMPUTER GENERATED PO AND DOES NOT REQUIRE SIGNATURE
"""})


# p29: Thai supplier to Japanese buyer: will start mass production directly after sample OK.
case("p29_th_supplier_mass_production_directly", ["RG007"],
     "buyer's quoted scope requires Tanaka's written release after sign-off; supplier plans to start mass "
     "production directly after the sample OK",
     {"Re_PO_UK-24-150_new_year_tin.eml": mail(
         "Somchai Prasert <somchai@siamlithotin.co.th>", "Sato Yuki <y.sato@ujikosenen.co.jp>",
         "Re: PO UK-24-150 New Year tin (dragon)", "Wed, 24 Jul 2024 15:20:00 +0700",
         """Dear Sato-san,

Thank you for PO UK-24-150. Sample 60 pcs will finish on 5 August, we send by EMS.

For keep the schedule of New Year tin, after your OK for sample we will start mass production
directly, no need to wait more paper. We think this is smooth for both side.

Best regards,
Somchai Prasert
Sales Director, Siam Lithotin Co., Ltd.
Tel +66 2 312 4470

On 2024/07/22 11:05, Sato Yuki wrote:
> Dear Somchai-san,
> PO UK-24-150 is for 60 sample tins. The 16,000 production tins are not released.
> They are released only by a written production release from Mr. Tanaka Hiroshi,
> Purchasing Manager, after our sample sign-off.
> Best regards, Sato Yuki
""")})


# p30: WhatsApp: buyer tells the supplier "samples ok means full steam", contradicting her written release.
case("p30_whatsapp_samples_ok_full_steam", ["RG007"],
     "buyer's earlier scope requires her written release after QA sign-off; later she says samples OK means "
     "full steam on the 25k with no separate mail",
     {"WhatsApp Chat with Javier Ebro.txt": """\
[01/07/24, 10:10:21] Priya Raman: Hi Javier, PO NCT/PO/0730 is sent. 36 sample caddies for the Monsoon Malabar tea tin.
[01/07/24, 10:11:40] Priya Raman: The 25k production caddies are not released. They need my written release after our QA sign-off.
[01/07/24, 12:30:05] Javier Envases Ebro: Thank you Priya, understood. 36 samples first.
[22/07/24, 19:02:33] Javier Envases Ebro: Samples left today by FedEx, arrive Coonoor Thursday
[22/07/24, 19:45:10] Priya Raman: Super, thanks
[22/07/24, 19:46:02] Priya Raman: I'm travelling to Kolkata auction next 2 weeks, signal is bad there
[22/07/24, 19:47:15] Priya Raman: Samples ok means you can go full steam on the 25k, no separate mail will come from me
[22/07/24, 19:47:40] Javier Envases Ebro: Perfect, we wait for QA result then 👍
"""})


# p31: quote terms: sample approval deemed production approval.
case("p31_quote_terms_sample_approval_deemed", ["RG007", "RG009"],
     "supplier quote terms deem sample approval to be production approval and start the run on it; 'approval' "
     "used for technical sign-off and production release",
     {"Proposta_QV-2024-131.pdf": pdf([
         ("h1", "Proposta / Quotation QV-2024-131"),
         ("p", "Latoaria Vouga, S.A. - Rua da Indústria 210, 3750-101 Águeda, Portugal"),
         ("p", "Cliente / Customer: Harrowgate Biscuit Company Ltd - Attn. Fiona McLeod    Data: 2024-07-08"),
         ("table", [
             ["Item", "Description", "Qty", "Unit price (GBP)"],
             ["1", "Printed sample tins, Christmas Pudding 800 g, 2 designs", "24", "7.20"],
             ["2", "Production, Christmas Pudding 800 g, 5 colours + gold", "16,000", "0.83"],
             ["3", "Production, Christmas Pudding 800 g, 5 colours + gold", "24,000", "0.79"],
         ]),
         ("sp",),
         ("h", "Condições / Terms"),
         ("p", "1. Prices DAP Harrogate, valid 60 days."),
         ("p", "2. Samples: 3 weeks after artwork."),
         ("p", "3. Sample approval is deemed to be production approval for the quoted production quantity: "
               "production starts on the day we receive your sample approval."),
         ("p", "4. Payment: 30 days from invoice."),
         ("p", "Rui Ferreira, Key Account Manager"),
     ], title="Quotation QV-2024-131", author="Rui Ferreira")})


# p32: DOCX brief whose timeline starts production automatically after proof sign-off.
case("p32_brief_timeline_automatic_docx", ["RG007"],
     "buyer's brief timeline says production starts automatically the week after proof sign-off, no further "
     "paperwork",
     {"Christmas_caddy_brief_2024.docx": docx_bytes([
         ("h1", "Christmas caddy 2024 - design & timing brief"),
         ("p", "Pemberton & Hale Tea Ltd - Brand team - for Latoaria Vouga, S.A. - 4 July 2024"),
         ("h", "Design"),
         ("p", "A midnight-blue caddy with a gold foil winter skyline of London, the P&H crest on the lid and a "
               "hand-lettered 'Christmas Blend 2024'. Inside: gold lacquer."),
         ("h", "Timeline"),
         ("table", [
             ["Week", "Step", "Owner"],
             ["29", "Artwork files to Latoaria Vouga", "P&H brand team"],
             ["31", "Printed proofs to London", "Latoaria Vouga"],
             ["32", "Proof sign-off", "Oliver Grant, Packaging Technologist"],
             ["33", "Production starts automatically after proof sign-off (no further paperwork needed)",
              "Latoaria Vouga"],
             ["38", "Delivery DAP London", "Latoaria Vouga"],
         ]),
         ("p", "Quantities: as per purchase order."),
         ("p", "Contact: Hannah Brooks, Head of Purchasing."),
     ], author="P&H Brand team")})


# ------------------------------------------------------------------- POSITIVE 7 (RG008 family)
# p33: supplier reads a labelled forecast as a confirmed order.
case("p33_supplier_forecast_confirmed_order", ["RG008"],
     "buyer's quoted forecast is labelled 'forecast only, not an order'; supplier calls the 50,000 a confirmed "
     "order and books the press line",
     {"RE_Q4_forecast_Cedar_Hollow.eml": mail(
         "Lily Chen <lily.chen@hengfeng-tinbox.cn>", "Sarah Kim <sarah.kim@cedarhollow.com>",
         "RE: Q4 forecast - holiday tins", "Fri, 19 Jul 2024 09:50:00 +0800",
         """Dear Sarah,

Thank you for the forecast. As your forecast 50,000 pcs for Christmas is confirmed order, we
have booked press line 3 for the whole of September for Cedar Hollow.

Please send the final artwork by 10 August.

Best regards
Lily Chen
Sales Manager, Dongguan Hengfeng Tin Box Co., Ltd.

-----Original-----
From: "Sarah Kim" <sarah.kim@cedarhollow.com>
Date: 2024-07-18 16:22
Subject: Q4 forecast - holiday tins

> Hi Lily,
> For your capacity planning, here is our Q4 forecast for the holiday tins: about 50,000 pcs
> across three designs. This is a forecast only, not an order.
> Sarah
""")})


# p34: buyer writes that the attached forecast is firm and a commitment; TXT attachment.
_p34_fc = ("HARROWGATE BISCUIT CO LTD - CHRISTMAS 2024 FORECAST (ISSUE 3)      28.06.2024\n"
           "-------------------------------------------------------------------------\n"
           "ITEM        DESCRIPTION                    AUG     SEP     OCT   TOTAL\n"
           "TIN-CP-800  CHRISTMAS PUDDING TIN 800G   12000   30000   18000   60000\n"
           "-------------------------------------------------------------------------\n")
case("p34_forecast_is_firm_commitment", ["RG008"],
     "buyer calls the attached 60,000 forecast firm and 'our commitment for the season'; sample scope itself is "
     "complete",
     {"Christmas_forecast_issue3.eml": mail(
         "Tom Ashby <tom.ashby@harrowgatebiscuit.co.uk>", "Rui Ferreira <rui.ferreira@latoariavouga.pt>",
         "Christmas Pudding tin - forecast issue 3 and samples", "Fri, 28 Jun 2024 15:05:00 +0100",
         """Hi Rui,

Two things.

1. Samples: PO HB-240760 covers 24 sample tins. The production tins are not released; they are
released only by a written call-off from me after our sample sign-off.

2. Forecast: the attached Christmas forecast (60,000 tins, Aug-Oct) is firm. Please treat it as
our commitment for the season and plan your press capacity on it.

Cheers,
Tom
""" + sig("Tom Ashby", "Supply Planning Manager", "Harrowgate Biscuit Company Ltd", "+44 1423 555 230"),
         attachments=[("Xmas_forecast_issue3.txt", _p34_fc, TXT_MT)])})


# p35: Japanese "naiji" forecast document that calls its quantities a firm order.
case("p35_jp_forecast_firm_order_pdf", ["RG008"],
     "document titled forecast (naiji) states that its monthly quantities are a firm order",
     {"Naiji_forecast_AW2024.pdf": pdf([
         ("h1", "Forecast (naiji) - Autumn/Winter 2024"),
         ("p", "Kobe Hoshizora Chocolate Co., Ltd. | 2-5-1 Kitano-cho, Chuo-ku, Kobe 650-0002"),
         ("p", "To: Siam Lithotin Co., Ltd.    Date: 2024-07-01    Issued by: Kenji Watanabe, Purchasing Manager"),
         ("table", [
             ["Item", "Description", "Sep", "Oct", "Nov", "Total"],
             ["KH-STAR-3", "Star tin, 3 designs", "3,000", "4,000", "3,000", "10,000"],
             ["KH-MOON-2", "Moon tin, 2 designs", "2,000", "2,000", "-", "4,000"],
         ]),
         ("sp",),
         ("p", "This forecast is based on our sales plan for the autumn/winter season."),
         ("p", "The quantities above are our firm order. Please arrange production and delivery according to "
               "the monthly quantities."),
         ("p", "Delivery: DAP Kobe, first week of each month."),
     ], title="Forecast AW2024", author="Kenji Watanabe")})


# p36: Spanish supplier confirms a forecast as a firm order.
case("p36_es_confirmation_forecast_firm_pdf", ["RG008"],
     "supplier's order confirmation turns the buyer's Q4 forecast (sent 'not an order') into a firm order and "
     "plans production",
     {"Confirmacion_pedido_CP-24-0612.pdf": pdf([
         ("h1", "Confirmación de pedido / Order confirmation CP-24-0612"),
         ("p", "Envases Metálicos del Ebro, S.L. | Polígono Malpica, calle E 14, 50016 Zaragoza"),
         ("p", "Cliente / Customer: Maison Verhaegen NV, Bruxelles - Attn. Lotte Janssens    Fecha: 2024-07-04"),
         ("p", "Ref.: su e-mail / your e-mail of 2024-07-02 'Q4 forecast'"),
         ("table", [
             ["Pos.", "Artículo / Item", "Cantidad / Qty", "Semana / Week", "Estado / Status"],
             ["1", "Lata 'Pralines assortiment' 500 g", "18.000", "40", "pedido firme / firm order"],
             ["2", "Lata 'Pralines assortiment' 250 g", "12.000", "42", "pedido firme / firm order"],
         ]),
         ("sp",),
         ("p", "Confirmamos su forecast Q4 de 30.000 latas como pedido firme. / We confirm your Q4 forecast of "
               "30.000 tins as a firm order. Production is planned in weeks 40 to 42."),
         ("p", "Condiciones según oferta EE-24-0188. Lucía Gómez - Atención al cliente"),
     ], title="Order confirmation CP-24-0612", author="Lucía Gómez")})


# p37: Indian DOCX PO: words and table disagree on the sample quantity; forecast called a firm commitment.
case("p37_docx_po_twenty_vs_24_forecast_firm", ["RG008", "RG011"],
     "PO text orders twenty (20) sample caddies, its table says 24; annual forecast of 1,20,000 called a firm "
     "commitment; balance hold itself is complete",
     {"NCT_PO_0745.docx": docx_bytes([
         ("h1", "PURCHASE ORDER  NCT/PO/0745"),
         ("p", "Nilgiri Crest Teas Pvt. Ltd., Ooty Road, Coonoor 643101, Tamil Nadu  |  GSTIN 33AABCN2207K1ZQ"),
         ("p", "To: Latoaria Vouga, S.A., Águeda, Portugal    Date: 25-Jul-2024    Your quote: QV-2024-140"),
         ("p", "Dear Sir, we are pleased to place our order for twenty (20) sample caddies of the Nilgiri Oolong "
               "150 g tin as per the details below."),
         ("table", [
             ["Sr.", "Description", "Qty", "Rate (EUR)", "Amount (EUR)"],
             ["1", "Nilgiri Oolong caddy 150 g, printed sample, 2 designs", "24", "6.90", "165.60"],
         ]),
         ("p", "The production quantity is not released. Production release only by a written release from "
               "Priya Raman, Head - Procurement, after our QA sign-off on the samples."),
         ("p", "Annual forecast: 1,20,000 caddies. Kindly treat this as our firm commitment for FY 2024-25."),
         ("p", "Delivery of samples: by air to Coimbatore (CJB), DAP, by 20-Aug-2024."),
         ("p", "For Nilgiri Crest Teas Pvt. Ltd. - Priya Raman, Head - Procurement"),
     ], author="Priya Raman")})


# ------------------------------------------------------------------- POSITIVE 8 (RG011 family)
# p38: full-quantity PO whose delivery schedule adds up to a different quantity.
case("p38_po_schedule_sum_differs_pdf", ["RG011"],
     "full-quantity PO for 2,400 tins; its own delivery schedule adds up to 2,600",
     {"PO_CH-6322.pdf": pdf([
         ("h1", "PURCHASE ORDER CH-6322"),
         ("p", "Cedar Hollow Confections Inc. | 220 Pine Street, Burlington, VT 05401, USA"),
         ("p", "Vendor: Siam Lithotin Co., Ltd., Bang Phli, Samut Prakan, Thailand    Date: July 8, 2024"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price (USD)", "Amount (USD)"],
             ["10", "CH-ML-12", "Maple leaf tin 12 oz, printed 4C + gold, drawing CH-ML-12 rev A", "2,400", "0.97",
              "2,328.00"],
         ]),
         ("sp",),
         ("p", "This PO covers the complete order; nothing is held back. Proof signed off July 2, 2024 (PS-0702, "
               "Mike Russo). Please proceed with production of the 2,400 tins."),
         ("h", "Delivery schedule"),
         ("table", [
             ["Lot", "Quantity", "ETD Laem Chabang"],
             ["1", "1,200", "September 6, 2024"],
             ["2", "1,400", "October 4, 2024"],
             ["Total", "2,600", ""],
         ]),
         ("p", "Authorized by: Dana Whitaker, Director of Sourcing"),
     ], pagesize=LETTER, title="PO CH-6322", author="Sarah Kim")})


# p39: multi-file: ERP PO line 20 = 5,000; release letter releases 5,500 as "the full production quantity".
case("p39_po_5000_release_5500", ["RG011"],
     "two-file bundle: ERP PO line 20 is 5,000 production caddies; the release letter releases 5,500 as the full "
     "production quantity of the same line",
     {"PO_PH-7455_print.txt": """\
PEMBERTON & HALE TEA LTD          PURCHASE ORDER                       PAGE 1
41 SHAD THAMES LONDON SE1 2NJ                                          24.06.2024
---------------------------------------------------------------------------------
PO      : PH-7455           VENDOR : LATOARIA VOUGA SA, AGUEDA (V-2210)
BUYER   : O.GRANT           CURR   : EUR        INCO : DAP LONDON
---------------------------------------------------------------------------------
LINE ITEM      DESCRIPTION                        QTY    SCOPE       UNIT   VALUE
10   PH-C150   ROOIBOS CADDY 150G - SAMPLE         36    SAMPLE      6.40  230.40
20   PH-C150   ROOIBOS CADDY 150G - PRODUCTION   5000    PRODUCTION  0.66 3300.00
---------------------------------------------------------------------------------
LINE 20 NOT RELEASED. RELEASE BY SEPARATE WRITTEN PRODUCTION RELEASE FROM
H. BROOKS (HEAD OF PURCHASING) AFTER SAMPLE SIGN-OFF OF LINE 10.
MATERIAL AUTHORITY: SAMPLE-ONLY UNTIL THEN.
---------------------------------------------------------------------------------
""",
      "Production_Release_PR-2024-044.pdf": pdf([
          ("h1", "Production Release PR-2024-044"),
          ("p", "Pemberton & Hale Tea Ltd | 41 Shad Thames, London SE1 2NJ"),
          ("p", "To: Latoaria Vouga, S.A. - Attn. Rui Ferreira    Date: 17 July 2024"),
          ("p", "The 36 sample caddies of PO PH-7455 line 10 were signed off on 15 July 2024 (SSO-131, Oliver Grant)."),
          ("table", [
              ["PO / line", "Item", "Released for production"],
              ["PH-7455 / 20", "Rooibos caddy 150 g", "5,500"],
          ]),
          ("p", "We release 5,500 caddies for production. This is the full production quantity of PO PH-7455 "
                "line 20; nothing remains on hold after this release."),
          ("p", "Released by: Hannah Brooks, Head of Purchasing"),
      ], title="Production Release PR-2024-044", author="Hannah Brooks")})


# p40: e-mail says twelve (12) samples, attached PO says 20; hold 'until further notice'.
_p40_po = att_pdf("PO_4500032590.pdf", [
    ("h1", "Bestelbon / Purchase order 4500032590"),
    ("p", "Chocolaterie Ter Beke NV | Port Arthurlaan 12, 9000 Gent"),
    ("p", "Supplier: Latoaria Vouga, S.A., Águeda    Date: 15/07/2024    Buyer: Sofie De Smet"),
    ("table", [
        ["Line", "Description", "Qty", "Status"],
        ["10", "Kerstbal / Christmas bauble tin 90 mm, printed sample", "20", "make now"],
        ["20", "Kerstbal / Christmas bauble tin 90 mm, production", "6.000", "on hold until further notice"],
    ]),
    ("p", "Line 20 stays on hold until further notice from Koen Wouters, Packaging Quality Manager."),
], title="PO 4500032590", author="Sofie De Smet")
case("p40_twelve_samples_vs_po_20", ["RG004", "RG011"],
     "mail asks for twelve (12) samples, attached PO line says 20; the 6.000 are held only 'until further notice' "
     "from Koen Wouters - no unlock event",
     {"Kerstbal_tin_samples.eml": mail(
         "Sofie De Smet <sofie.desmet@terbeke.be>", "Rui Ferreira <rui.ferreira@latoariavouga.pt>",
         "PO 4500032590 - Kerstbal tin - samples", "Mon, 15 Jul 2024 14:20:00 +0200",
         """Dear Rui,

Attached is PO 4500032590 for the Christmas bauble tin. Please make twelve (12) sample tins,
six in red and six in green, with the gold hanging loop.

The 6.000 production tins stay on hold until further notice from Koen Wouters.

Met vriendelijke groeten,
Sofie De Smet
Packaging Buyer, Chocolaterie Ter Beke NV
""", attachments=[_p40_po])})


# p41: call-off e-mail whose retailer split does not add up to the stated total.
case("p41_calloff_split_does_not_add_up", ["RG011"],
     "call-off releases 3,000 for Sainsbury's and 2,000 for Waitrose but states 6,000 tins in total",
     {"Call-off_04_Xmas_shortbread.eml": mail(
         "Tom Ashby <tom.ashby@harrowgatebiscuit.co.uk>", "Rui Ferreira <rui.ferreira@latoariavouga.pt>",
         "Call-off 04 - HB-BL-2024-017 - Xmas shortbread tin", "Mon, 02 Sep 2024 08:15:00 +0100",
         """Morning Rui,

Call-off 04 against blanket PO HB-BL-2024-017 (Xmas shortbread tin 1 kg, TIN-XM-07):

  Sainsbury's   3,000 tins   DDP Harrogate wk 41
  Waitrose      2,000 tins   DDP Harrogate wk 41

That releases 6,000 tins in total for production.

The remaining 8,000 tins of the programme stay on hold and are not released until call-off 05,
which will come from me in writing.

Thanks,
Tom
""" + sig("Tom Ashby", "Supply Planning Manager", "Harrowgate Biscuit Company Ltd", "+44 1423 555 230"))})


# p42: supplier confirms a release with a different quantity than the quoted buyer release.
case("p42_supplier_confirms_4400_vs_4000", ["RG011"],
     "buyer's quoted release R-03 is 4,000 tins (rest held for R-04 from Dana Whitaker after lot acceptance); "
     "supplier confirms release R-03 as 4,400",
     {"RE_Release_R-03.eml": mail(
         "Nattaya Wongsakul <nattaya@siamlithotin.co.th>", "Dana Whitaker <dana.whitaker@cedarhollow.com>",
         "RE: Production release R-03 - Maple leaf tin 8 oz", "Thu, 01 Aug 2024 10:05:00 +0700",
         """Dear Dana,

Thank you. We confirm your release R-03: 4,400 tins, delivery in 2 lots of 2,200 (ETD 30 Aug and
13 Sep). Production starts Monday on line 2.

Best regards,
Nattaya Wongsakul (Nat)
Customer Service Manager, Siam Lithotin Co., Ltd.

> From: Dana Whitaker
> Sent: Wednesday, July 31, 2024 5:40 PM
> Subject: Production release R-03 - Maple leaf tin 8 oz
>
> Hi Nat,
> Release R-03 (PO CH-6290): we release 4,000 Maple leaf tins 8 oz for production.
> The remaining 6,000 tins stay on hold, not released, until release R-04 from me after our
> lot acceptance of the R-03 tins.
> Dana Whitaker, Director of Sourcing, Cedar Hollow Confections
""")})


# p43: multipart/alternative: text part releases 2,000, HTML table 2,500; release by an unnamed department.
_p43_txt = """Dear Nat-san,

Thank you for the good samples. The food-contact test report was signed off by our QA yesterday.

First lot release: 2,000 tins (Matcha tin 40 g, PO UK-24-118 line 2).

The balance of 10,000 tins stays on hold and is not released until the next written release,
after our QA's lot acceptance of the first lot. The next release will be issued by our
purchasing department.

Best regards,
Sato Yuki
Purchasing, Uji Kōsen-en Tea Co., Ltd.
"""
_p43_html = ("<html><body><p>Dear Nat-san,</p><p>Thank you for the good samples. The food-contact test report "
             "was signed off by our QA yesterday.</p><table border=\"1\"><tr><th>PO / line</th><th>Item</th>"
             "<th>Released now</th><th>On hold</th></tr><tr><td>UK-24-118 / 2</td><td>Matcha tin 40 g</td>"
             "<td>2,500</td><td>9,500</td></tr></table><p>The balance stays on hold and is not released until the "
             "next written release, after our QA's lot acceptance of the first lot. The next release will be "
             "issued by our purchasing department.</p><p>Best regards,<br>Sato Yuki<br>Purchasing, Uji "
             "K&#333;sen-en Tea Co., Ltd.</p></body></html>")
case("p43_multipart_text_vs_html_qty", ["RG005", "RG011"],
     "text part releases 2,000 (10,000 on hold), HTML part's table releases 2,500 (9,500 on hold); next release "
     "by 'our purchasing department', no named person",
     {"First_lot_release_Matcha_tin.eml": mail(
         "Sato Yuki <y.sato@ujikosenen.co.jp>", "Nattaya Wongsakul <nattaya@siamlithotin.co.th>",
         "First lot release - Matcha tin 40 g - PO UK-24-118", "Tue, 06 Aug 2024 16:00:00 +0900",
         _p43_txt, html=_p43_html)})


# p44: WeChat: call-off of 10k, then "LC opened, clear to run the 30k".
case("p44_wechat_lc_opened_run_30k", ["RG011", "RG012"],
     "call-off #1 is 10k with 20k held for call-off #2 from Dana Whitaker; later the opened letter of credit is "
     "treated as clearance to run the 30k",
     {"WeChat_CedarHollow_Gingerbread.txt": """\
WeChat chat export - "Cedar Hollow x Hengfeng (Gingerbread house tin)"
Exported 2024-08-16

2024-08-05 20:15  Dana Whitaker (Cedar Hollow): Hi Kevin, call-off #1 for the Gingerbread house tin is 10k tins, PO CH-6340.
2024-08-05 20:16  Dana Whitaker (Cedar Hollow): The other 20k of the 30k stay on hold until call-off #2 from me (Dana Whitaker).
2024-08-05 21:02  Kevin Huang 黄凯 (Hengfeng): received Dana, 10k first, thank you
2024-08-12 19:40  Kevin Huang 黄凯 (Hengfeng): Dana, 10k running on line 2, 60% done
2024-08-14 22:31  Dana Whitaker (Cedar Hollow): LC opened this morning with our bank 🎉 you're clear to run the 30k
2024-08-14 22:32  Dana Whitaker (Cedar Hollow): need all of them on the water by Sept 20
2024-08-15 08:05  Kevin Huang 黄凯 (Hengfeng): 好的 ok, we plan the 30k, thank you!
"""})


# p45: advance remitted against PI, "kindly start production"; PI attached as HTML.
_p45_pi = ("SL-PI-24-0511.html", html_page(
    "Proforma Invoice SL-PI-24-0511",
    "<h2>Siam Lithotin Co., Ltd. &ndash; PROFORMA INVOICE SL-PI-24-0511</h2>\n"
    "<p>Buyer: Kesar Mithai House Pvt. Ltd., Mumbai &middot; Date: 2024-07-10</p>\n"
    "<table>\n<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price (USD)</th><th>Amount (USD)</th></tr>\n"
    "<tr><td>1</td><td>Diwali lantern tin 250 g, printed 5 colours + gold</td><td>10,000</td><td>0.78</td>"
    "<td>7,800.00</td></tr>\n</table>\n"
    "<p>Payment: 50% advance by T/T, 50% against copy of B/L. Bank: Kasikornbank, Bang Na branch.</p>"), HTML_MT)
case("p45_advance_remitted_start_production", ["RG010", "RG012"],
     "buyer remits the advance and, because of it, asks to start production without stating any quantity; the "
     "quantity appears only in the supplier's proforma",
     {"PI_SL-PI-24-0511_Diwali_lantern_tin.eml": mail(
         "Arjun Desai <arjun.desai@kesarmithai.in>", "Somchai Prasert <somchai@siamlithotin.co.th>",
         "Advance payment - PI SL-PI-24-0511 - Diwali lantern tin", "Mon, 15 Jul 2024 17:45:00 +0530",
         """Dear Somchai ji,

Greetings from Mumbai.

Advance payment of 50% has been remitted today against your PI SL-PI-24-0511 (copy attached),
UTR no. HDFCR52024071500418. Since the advance is done, kindly start production at the earliest
so that we receive the tins well before Diwali.

Kindly revert with the production schedule.

Thanks & regards,
Arjun Desai
Purchase Executive, Kesar Mithai House Pvt. Ltd.
+91 22 6690 4423
""", attachments=[_p45_pi])})


# ==== END CASES ====


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(167167).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        files = c["files"]
        first = next(iter(files))
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(first).stem)
        folder = f"h167_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in files.items():
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    print(f"cases={len(CASES)} clean={n_clean} risky={len(CASES) - n_clean}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    build()
