#!/usr/bin/env python3
"""Generator for the releasegate check_holdout118 corpus (golf equipment sourcing).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout118/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps, seeded shuffle).

The renderer helpers below are copied from check_holdout3/build.py (lines 1-203); the cases
were written independently for this corpus.
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
PREFIX = "h118"
SEED = 118118


def case(name, expect, note, files):
    """files: list of (filename, bytes|str)."""
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


# ----------------------------------------------------------------- small local helpers
def quote(text):
    """Prefix every line with '> ' (quoted reply)."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_table(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>"
                   for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}\n</table>"


def text_to_html(text):
    paras = [p for p in text.strip().split("\n\n")]
    return "<html><body>" + "".join(
        "<p>" + escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>"


# ============================================================ CASES
# Descriptive names: c.. = clean (expect []), p.. = positive (expect >= 1 rule).
# Only build.py carries these names; the case folders are neutral.



# ------------------------------------------------------------------ batch 1

# c01: US brand sample PO to Taiwan foundry; full scope note (clean)
case("c01_ridgeline_proto_driver_po", [],
     "Sample PO for 12 prototype driver heads; quoted 3,000 stated not released, sample-only material, "
     "unlock = sign-off + written release by named VP",
     [("Ridgeline_PO_RG-24-0318.pdf", pdf([
         ("h1", "PURCHASE ORDER RG-24-0318"),
         ("p", "Ridgeline Golf Co. | 2715 Loker Ave W, Carlsbad, CA 92010, USA | Tel +1 760 555 0142"),
         ("p", "Vendor: Ta-Sheng Golf Components Co., Ltd., No. 88 Jiacheng Rd, Qianzhen Dist., "
               "Kaohsiung 806, Taiwan. Attn: Vivian Huang, Sales Manager."),
         ("p", "PO date: April 8, 2024   Revision: 0   Buyer: Kelly Ostrander   Terms: Net 30   "
               "Incoterm: FCA Kaohsiung   Your ref.: quotation TS-Q-2291 dated March 27, 2024"),
         ("sp",),
         ("table", [
             ["Line", "Part no.", "Description", "Loft", "Qty", "Unit price", "Scope"],
             ["10", "RL-DRV-460-P1", "Prototype driver head, Ti-6Al-4V cup face, 460cc, raw (unpainted)",
              "9.0 deg", "6", "USD 95.00", "sample"],
             ["20", "RL-DRV-460-P1", "Prototype driver head, as line 10", "10.5 deg", "6",
              "USD 95.00", "sample"],
             ["", "", "Total", "", "12", "USD 1,140.00", ""],
         ]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "This PO covers twelve (12) prototype heads (lines 10 and 20) for evaluation only. Build "
               "those 12 heads and ship them to our R&D lab in Carlsbad."),
         ("p", "Your quotation TS-Q-2291 also prices a first production lot of 3,000 heads. That quantity "
               "is a forecast, not a commitment, and it is NOT released by this PO: do not start production "
               "and do not buy titanium or cast cups against it. Material authority: sample-only."),
         ("p", "The balance is released only after (a) our loft/lie and CT check and the USGA conformance "
               "test are recorded as sample sign-off, and (b) a written production release signed by "
               "Dana Whitfield, VP Product. Nobody else at Ridgeline can release production quantities."),
         ("h", "Technical notes"),
         ("p", "Face CT target 239 us +/- 18 (USGA limit 257 incl. tolerance). Head volume 455-460cc by water "
               "displacement. Hosel per DRG RL-HS-0335 Rev 4 (0.335 in bore). Mark each head with serial "
               "P1-01 to P1-12 on the sole, laser only."),
         ("h", "Shipping"),
         ("p", "Ship by DHL Express on our account 96-1180-452, one carton, commercial invoice in triplicate. "
               "Required at dock: May 10, 2024."),
         ("sp",),
         ("p", "Kelly Ostrander, Buyer - kelly.ostrander@ridgelinegolf.com"),
     ], pagesize=LETTER, title="PO RG-24-0318", author="Ridgeline Golf Co."))])

# c02: supplier quote alone with sample and production tiers (clean)
_c02_text = """Dear Fiona,

Thank you for the enquiry on the HP Tour forged wedge. Please find our quotation below.

QUOTATION TS-Q-2307 (valid 60 days)
Model: HP Tour wedge head, forged 8620 carbon steel, raw + nickel chrome satin
Lofts: 52 / 56 / 60 deg, bounce 8 / 10 / 12

  Tier                         Qty          Unit price (USD)
  Tour sample (6 per loft)     18 pcs       42.00
  Production tier A            1,500 pcs    11.80
  Production tier B            3,000 pcs    10.90
  Forging die + CNC fixture    1 set        2,400.00 (one time)

Lead time: tour samples 25 days after PO; production 55 days after your written production release.
MOQ for production: 1,500 pcs (mix of lofts allowed, min 300 per loft).
Payment: samples T/T in advance; production 30% deposit, balance before shipment.
Packing: 30 pcs per inner, 120 pcs per export carton, foam separators.

Groove spec follows the 2010 groove rule (USGA / R&A), we will send the groove report with the samples.

Please let me know if you need a different finish. Looking forward to work with Hollins & Pike again.

Best regards,
Vivian
""" + sig("Vivian Huang", "Sales Manager", "Ta-Sheng Golf Components Co., Ltd., Kaohsiung, Taiwan",
          "+886 7 555 0210")
case("c02_tasheng_wedge_quote", [],
     "Supplier quotation with sample and two production tiers, no authorization in the bundle",
     [("TS-Q-2307_wedge_quotation.eml", eml_bytes(mail(
         "Vivian Huang <vivian.huang@tasheng-golf.com.tw>", "Fiona McLeish <fiona@hollinspike.co.uk>",
         "Quotation TS-Q-2307 HP Tour wedge heads", "Tue, 16 Apr 2024 10:12:00 +0800",
         _c02_text, html=text_to_html(_c02_text))))])

# c03: supplier asks whether it has the go-ahead, promises not to cut (clean)
_c03_text = """Hi Lerato,

Sample cart bags shipped today by FedEx IP, AWB 7781 2290 4410: 3 pcs navy/lime, 3 pcs black/white,
3 pcs stone/green (9 pcs total as PO KG-4471). Photos of the embroidery are on the shared folder.

One question from our planning: can you let us know whether we have the go-ahead to cut fabric for
the 1,200 cart bags in your quote? Our 600D fabric mill needs about 3 weeks for the dye lot, so we
want to know your timing. Until we receive your written release we will not cut or buy anything
for the production bags.

Also please confirm the hang tag artwork v2 is final.

Thank you and best regards,
Duc
""" + sig("Tran Minh Duc", "Merchandiser", "Saigon Fairway Bags Co., Ltd., Binh Duong, Vietnam",
          "+84 274 555 0188")
case("c03_saigon_goahead_question", [],
     "Supplier question asking for a go-ahead, states nothing will be cut before written release",
     [("Sample_bags_shipped_KG-4471.eml", eml_bytes(mail(
         "Tran Minh Duc <duc.tran@saigonfairwaybags.vn>", "Lerato Mokoena <lerato@kloofnekgolf.co.za>",
         "Sample bags shipped - KG-4471 / question on production timing",
         "Mon, 22 Apr 2024 16:40:00 +0700", _c03_text)))])

# c04: labelled rolling forecast printout (clean)
_c04 = """KLOOFNEK GOLF (PTY) LTD                                   PRINTED 2024-05-06 08:14
12 DORP STREET, STELLENBOSCH 7600                         USER: NDUBE   PAGE 1/1
==================================================================================
ROLLING FORECAST  FC-2024-05        SUPPLIER: SIAM GRIP INDUSTRIES CO LTD (V-20417)
*** FOR CAPACITY PLANNING ONLY - THIS IS NOT A PURCHASE ORDER AND NOT A RELEASE ***
==================================================================================
ITEM          DESCRIPTION                 UOM   JUN-24  JUL-24  AUG-24  SEP-24  OCT-24
KG-STD-58R    GRIP STD 58R BLACK/RED      EA     1,200   1,800   2,400   2,400   1,600
KG-MID-60     GRIP MIDSIZE 60 GREY        EA       600     900   1,200   1,200     800
KG-PUT-PT2    PUTTER GRIP PISTOL 2.0      EA       300     300     450     450     300
----------------------------------------------------------------------------------
TOTAL                                     EA     2,100   3,000   4,050   4,050   2,700

REMARKS:
 1. QUANTITIES ARE NON-BINDING ESTIMATES FOR CAPACITY PLANNING. NO COMMITMENT.
 2. NO MATERIAL MAY BE BOUGHT AGAINST THIS FORECAST AT KLOOFNEK'S LIABILITY.
 3. ORDERS ARE PLACED ONLY BY CALL-OFF UNDER AGREEMENT KG-SA-117, SIGNED BY
    NALEDI DUBE, HEAD OF PROCUREMENT.
 4. NEXT FORECAST UPDATE: 2024-06-03.
==================================================================================
END OF REPORT
"""
case("c04_kloofnek_forecast", [],
     "Rolling forecast clearly labelled not an order, no commitment, no material",
     [("KG_forecast_FC-2024-05.txt", _c04)])

# c05: HTML portal - full-quantity production PO with 'proceed' (clean)
_c05_rows = [
    ["Line", "SKU", "Description", "Qty (dozen)", "Unit (GBP/dz)", "Amount (GBP)"],
    ["1", "LPS-TX-WHT", "LPS Tour X, 3-piece urethane, white, 'LPS' side stamp", "300", "9.40", "2,820.00"],
    ["2", "LPS-TX-YEL", "LPS Tour X, 3-piece urethane, optic yellow", "180", "9.40", "1,692.00"],
    ["3", "LPS-TX-MAT", "LPS Tour X, matte orange", "120", "9.80", "1,176.00"],
    ["", "", "Total", "600", "", "5,688.00"],
]
_c05_body = f"""<h2>Links Pro Shops Ltd &mdash; Supplier Portal</h2>
<p>Purchase order <b>LPS-55120</b> &middot; issued 03 May 2024 &middot; supplier: Chonburi Ball Tech Co., Ltd.
(vendor 40277) &middot; buyer: Sophie Marsh</p>
{html_table(_c05_rows)}
<div class="note"><p><b>Order scope.</b> This PO is the complete reorder for summer 2024: 600 dozen across the
three SKUs above. It is a production order for the full quantity; there is no balance and no further
quantity behind it. Please proceed with production of the 600 dozen and ship by 15 July 2024.</p></div>
<p>Packaging: 12-ball dozen box per artwork LPS-PK-07 rev B, 24 dozen per master carton. Conformance:
the Tour X model is on the R&amp;A/USGA List of Conforming Golf Balls (list ref. 2024-2 No. 41872); any change
to the cover or core recipe requires our written consent.</p>
<p>Delivery: FOB Laem Chabang, consolidated with order LPS-55118 where possible.</p>
<p style="color:#777">Portal message generated 03/05/2024 11:20 BST. Contact purchasing@linksproshops.co.uk.</p>"""
case("c05_lps_portal_full_po", [],
     "Full-quantity production PO (600 dozen, no balance) with scoped 'proceed'",
     [("LPS-55120_portal.html", html_page("PO LPS-55120", _c05_body, lang="en-GB"))])

# p01: UK PO to Japanese forging house; table shows production quantities beside samples, no hold
case("p01_hp_po_forged_proto", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO table shows production 1,200 per loft beside 6 samples; nothing holds the balance, "
     "no unlock event, no release person",
     [("HP_PO_3402.pdf", pdf([
         ("h1", "Hollins & Pike Golf Ltd - Purchase Order 3402"),
         ("p", "Unit 4, Kinkell Business Park, St Andrews KY16 8PN, Scotland. VAT GB 291 5530 14"),
         ("p", "Supplier: Himeji Tanzo Works Co., Ltd., 1-12 Shikama-ku, Himeji, Hyogo 672-8023, Japan. "
               "Attn: Mr. Takeshi Yamamoto"),
         ("p", "Date: 15 April 2024. Buyer: Fiona McLeish. Currency: JPY. Delivery: DAP St Andrews."),
         ("sp",),
         ("table", [
             ["Item", "Description", "Loft / lie", "Prototype qty", "Production qty (HT-Q-771)",
              "Unit price proto / prod."],
             ["HP-MB-6", "Muscle-back 6-iron head, forged S20C, raw", "30 / 62.0", "6", "1,200",
              "JPY 8,500 / 2,150"],
             ["HP-MB-7", "Muscle-back 7-iron head, forged S20C, raw", "34 / 62.5", "6", "1,200",
              "JPY 8,500 / 2,150"],
         ]),
         ("sp",),
         ("p", "Please forge and grind the prototypes to drawing HP-MB-2024 Rev 3, hosel bore 0.370 in, "
               "no chrome. The prototypes are for our demo days at Carnoustie in July, so delivery by "
               "14 June 2024 is important."),
         ("p", "Please quote the production lead time on your order confirmation."),
         ("p", "Invoices to accounts@hollinspike.co.uk quoting PO 3402. Standard terms HP-T&C-2022 apply."),
         ("sp",),
         ("p", "Fiona McLeish, Buyer, Hollins & Pike Golf Ltd"),
     ], title="PO 3402", author="Hollins & Pike Golf Ltd"))])

# p02: EML with PO PDF + supplier quote PDF; cover mail says nothing about the 2,400
_p02_po = pdf([
    ("h1", "PURCHASE ORDER RG-24-0415"),
    ("p", "Ridgeline Golf Co., 2715 Loker Ave W, Carlsbad, CA 92010. Buyer: Kelly Ostrander."),
    ("p", "Vendor: Ningbo Jinding Forging Co., Ltd., Yinzhou District, Ningbo, China. Date: April 19, 2024."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit", "Ext."],
        ["1", "RL-FW3-T", "Tour sample 3-wood head, 15 deg, 17-4 SS body, maraging face", "4", "USD 68.00",
         "USD 272.00"],
        ["2", "RL-FW5-T", "Tour sample 5-wood head, 18 deg", "4", "USD 68.00", "USD 272.00"],
    ]),
    ("p", "Ship to: Ridgeline Golf R&D, 2715 Loker Ave W, Carlsbad CA. Terms Net 30."),
], pagesize=LETTER, title="PO RG-24-0415", author="Ridgeline Golf Co.")
_p02_quote = pdf([
    ("h1", "QUOTATION NJ-Q-2291"),
    ("p", "Ningbo Jinding Forging Co., Ltd. To: Ridgeline Golf Co. Date: 2024-04-02."),
    ("table", [
        ["Item", "Description", "Tour sample", "Production", "Price sample / production"],
        ["RL-FW3-T", "3-wood head 15 deg", "4 pcs", "1,200 pcs", "USD 68.00 / 14.20"],
        ["RL-FW5-T", "5-wood head 18 deg", "4 pcs", "1,200 pcs", "USD 68.00 / 14.20"],
    ]),
    ("p", "Lead time: sample 20 days, production 45 days. Tooling USD 1,800. Valid 90 days."),
], title="Quotation NJ-Q-2291", author="Ningbo Jinding Forging")
_p02_text = """Hi Kevin,

PO RG-24-0415 for the 8 tour samples of the new RL fairway (4 x 3-wood, 4 x 5-wood) is attached,
together with your quote NJ-Q-2291 (8 tour / 2,400 production) so everyone on your side has the same
numbers in front of them.

Please get the samples to Carlsbad by June 20 - Mark from R&D wants them on the launch monitor
before our tour van leaves for the Memorial. Paint-free is fine, but please mark the face with the
loft and the serial.

Let me know the tracking number once they are on the way.

Thanks!
Kelly
""" + sig("Kelly Ostrander", "Buyer, Global Sourcing", "Ridgeline Golf Co., Carlsbad CA", "+1 760 555 0142")
case("p02_ridgeline_fw_tour_po_mail", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO mailed with quote showing 2,400 production; nothing says the 2,400 is not released, "
     "no unlock event, no release person",
     [("RG-24-0415_tour_samples.eml", eml_bytes(mail(
         "Kelly Ostrander <kelly.ostrander@ridgelinegolf.com>", "Kevin Zhang <kevin@jindingforging.cn>",
         "PO RG-24-0415 - RL fairway tour samples", "Fri, 19 Apr 2024 08:05:00 -0700", _p02_text,
         attachments=[("RG-24-0415.pdf", _p02_po, PDF_MT), ("NJ-Q-2291.pdf", _p02_quote, PDF_MT)])))])

# p03: DOCX PO heads + shafts; heads balance held, shafts production line with no hold
case("p03_trueloft_po_heads_shafts", ["RG001", "RG003"],
     "Heads balance held and unlock named, but the shaft line shows 2,000 production pcs with no hold",
     [("TrueLoft_PO_TL-2024-088.docx", docx_bytes([
         ("h1", "TrueLoft Fitting Studios - Purchase Order TL-2024-088"),
         ("p", "7301 E Butherus Dr, Scottsdale, AZ 85260 | purchasing@trueloftfitting.com"),
         ("p", "Supplier: Ta-Sheng Golf Components Co., Ltd. (Kaohsiung) - attn. Jason Tsai"),
         ("p", "Date: 2024-05-09  |  Buyer: Jenna Alvarez, Purchasing Manager  |  Program: TL Tour-Fit hybrid"),
         ("table", [
             ["Line", "Item", "Description", "Sample qty", "Production (per quote TS-Q-2340)", "Price"],
             ["1", "TLH-22-HD", "Hybrid head 22 deg, 17-4 SS, adjustable hosel", "10", "2,000", "USD 31.00 / 9.80"],
             ["2", "FCS-60-HY", "Formosa FCS-60 hybrid shaft, S flex, installed", "10", "2,000", "USD 18.50 / 7.40"],
         ]),
         ("h", "Scope - heads (line 1)"),
         ("p", "Ten (10) sample heads only. The 2,000 production heads in TS-Q-2340 are not released by this "
               "PO. They will be released only by a written production release from Jenna Alvarez, "
               "Purchasing Manager, after sample sign-off by our fitting team (Rick Sandoval)."),
         ("h", "Shafts (line 2)"),
         ("p", "10 sample shafts, installed in the sample heads, 39.5 in raw length, tipped 1 in. Production "
               "2,000 pcs per quote at USD 7.40."),
         ("h", "Delivery"),
         ("p", "Samples: assembled hybrids (head + shaft, no grip) by air to Scottsdale, required 2024-06-07."),
         ("p", "Please confirm this PO by email within 3 working days."),
     ], author="Jenna Alvarez"))])

# p04: multi-file - ERP sample PO (TXT) + supplier proforma (PDF) with 5,000 production, nothing held
_p04_po = """FAIRWAY DIRECT PRO SHOPS (PTY) LTD        PURCHASE ORDER            PAGE 1 OF 1
14 BOLTON ROAD, ROSEBANK, JOHANNESBURG 2196
-------------------------------------------------------------------------------
PO NUMBER : FD-20417            PO DATE  : 2024-04-24      CURRENCY : USD
SUPPLIER  : V0331 SIAM GRIP INDUSTRIES CO LTD, RAYONG 21150, THAILAND
BUYER     : J. BOTHA             TERMS    : 100% T/T BEFORE SHIPMENT
-------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                      QTY   UOM   PRICE     AMOUNT
01  FD-MID-60     GRIP MIDSIZE 60R RUBBER, FD LOGO  50   EA     1.90      95.00
                  COLOUR: BLACK/GOLD, PANTONE 7407C
                  REF: PROFORMA SGI-PI-24-0392
-------------------------------------------------------------------------------
                                                         TOTAL USD        95.00
DELIVERY: AIR COURIER TO ROSEBANK, REQ DATE 2024-05-20
REMARK  : SAMPLES FOR FITTING DAYS AT HOUGHTON AND FANCOURT.
-------------------------------------------------------------------------------
AUTHORISED: SYSTEM PO (NO SIGNATURE REQUIRED)
"""
_p04_pi = pdf([
    ("h1", "PROFORMA INVOICE SGI-PI-24-0392"),
    ("p", "Siam Grip Industries Co., Ltd., 77/3 Moo 4, Pluak Daeng, Rayong 21140, Thailand."),
    ("p", "To: Fairway Direct Pro Shops (Pty) Ltd, Johannesburg. Date: 18 April 2024."),
    ("table", [
        ["No.", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "FD-MID-60", "Midsize 60R rubber grip, FD logo, black/gold - sample", "50", "1.90", "95.00"],
        ["2", "FD-MID-60", "Midsize 60R rubber grip, FD logo, black/gold - production", "5,000", "1.05",
         "5,250.00"],
    ]),
    ("p", "Lead time: samples 10 days; production 35 days. Mould charge waived for orders above 3,000 pcs."),
    ("p", "Bank: Kasikornbank, Rayong branch, SWIFT KASITHBK. Port of loading: Laem Chabang."),
], title="Proforma SGI-PI-24-0392", author="Siam Grip Industries")
case("p04_fairwaydirect_po_plus_pi", ["RG001", "RG003", "RG004", "RG005"],
     "Folder: ERP sample PO for 50 grips plus supplier proforma listing 5,000 production; nothing "
     "holds the 5,000, no unlock event, no release person",
     [("FD-20417_PO.txt", _p04_po), ("SGI-PI-24-0392.pdf", _p04_pi)])

# p06: WhatsApp - fully scoped sample PO, later an unscoped "go ahead"
_p06 = """06/05/2024, 09:12 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
06/05/2024, 09:12 - Lerato Mokoena (Kloofnek): Morning Lan! PO KG-4480 went out from our system last night
06/05/2024, 09:14 - Lerato Mokoena (Kloofnek): Just so it's crystal clear: KG-4480 is for 24 sample cart bags (8 per colourway). The other 1,476 on your quote are NOT released - please don't cut fabric or buy webbing for them
06/05/2024, 09:15 - Lerato Mokoena (Kloofnek): I'll send the written production release myself once our sample sign-off is done at the Stellenbosch office
06/05/2024, 10:02 - Nguyen Thi Lan (Saigon Fairway Bags): Good morning Lerato, noted with thanks. We make 24 pcs sample only, no fabric for production 🙏
06/05/2024, 10:03 - Nguyen Thi Lan (Saigon Fairway Bags): ETD sample around 20/5
13/05/2024, 15:47 - Nguyen Thi Lan (Saigon Fairway Bags): <Media omitted>
13/05/2024, 15:47 - Nguyen Thi Lan (Saigon Fairway Bags): <Media omitted>
13/05/2024, 15:48 - Nguyen Thi Lan (Saigon Fairway Bags): Lerato the embroidery of protea logo on the pocket, is it ok like this? we changed the thread to Madeira 1880
13/05/2024, 17:21 - Lerato Mokoena (Kloofnek): Looks lekker 👍 go ahead
13/05/2024, 17:22 - Nguyen Thi Lan (Saigon Fairway Bags): Thank you!!
13/05/2024, 17:30 - Lerato Mokoena (Kloofnek): Also pls send the rain hood sample with the bags
13/05/2024, 17:41 - Nguyen Thi Lan (Saigon Fairway Bags): Yes sure
"""
case("p06_whatsapp_kloofnek_saigon", ["RG002"],
     "Chat: scope of 24 samples, hold, unlock and release person are stated; later 'go ahead' names "
     "neither sample-only nor a quantity",
     [("WhatsApp Chat with Saigon Fairway Bags - Lan.txt", _p06)])

# p07: HTML portal - scoped PO page, buyer QA comment "green light from our side"
_p07_body = """<h2>Hanbit Golf Co., Ltd. &mdash; Supplier Collaboration Portal</h2>
<p>PO <b>HB-PO-24-118</b> &middot; supplier Ningbo Jinding Forging Co., Ltd. &middot; item HB-PT-M3 milled
blade putter head, 303 stainless, 350 g</p>
""" + html_table([
    ["Line", "Item", "Description", "Qty", "Scope", "Due"],
    ["10", "HB-PT-M3", "Milled putter head, 3.0 deg loft, 70 deg lie, raw finish", "12", "sample", "2024-06-05"],
]) + """
<div class="note"><b>PO scope note (Purchasing, Kim Dohyun):</b> This PO covers 12 sample putter heads only.
The 1,200 heads in quotation NJ-Q-2318 are not released and must not be started. They are released only by a
written production release from Park Ji-won, Sourcing Director, after sample sign-off by Hanbit QA.</div>
<h3>Message board</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>2024-05-14 10:21</td><td>Kevin Zhang (Ningbo Jinding)</td><td>Dear Mr. Lee, we updated the face milling pattern
to the deeper cross-hatch per your comment, photos uploaded to the drawing folder (rev B).</td></tr>
<tr><td>2024-05-15 09:03</td><td>Lee Ji-ho (Hanbit QA)</td><td>Checked the new face pattern photos with our team.
Green light from our side &#128077;</td></tr>
<tr><td>2024-05-15 09:40</td><td>Kevin Zhang (Ningbo Jinding)</td><td>Thank you Mr. Lee, we will arrange.</td></tr>
</table>
<p style="color:#777">Hanbit SCP v3.2 &middot; page generated 2024-05-15 10:02 KST</p>"""
case("p07_hanbit_portal_message", ["RG002"],
     "Portal PO fully scoped, but QA's 'green light from our side' states no quantity or sample-only "
     "and supplier answers 'we will arrange'",
     [("HB-PO-24-118_portal.html", html_page("HB-PO-24-118", _p07_body, lang="en"))])

# p08: quoted thread - buyer set written-release requirement, then "good to run" after samples
_p08_old = """From: Graham Whitlock <graham@hollinspike.co.uk>
Sent: 12 April 2024 14:02
Subject: PO HP-3391 - MB prototype heads

Yamamoto-san,

PO HP-3391 covers 12 prototype heads only (6 x 6-iron, 6 x 7-iron). The 2,400 production heads in
your quotation HT-Q-771 are not released. I will release production only in writing, myself, after
our loft/lie check and the R&A conformance submission.

Kind regards,
Graham"""
_p08_mid = """From: Takeshi Yamamoto <yamamoto@himeji-tanzo.co.jp>
Sent: 17 May 2024 09:30
Subject: RE: PO HP-3391 - MB prototype heads

Dear Mr. Whitlock,

We shipped the 12 prototype heads today by EMS, EJ 5521 0874 4JP. Grinding was done by our
craftsman Mr. Fujita by hand. Please check.

Best regards,
Yamamoto

""" + _p08_old
_p08_text = """Yamamoto-san,

The 12 prototypes arrived on Tuesday. Loft/lie all within +/-0.5 deg, the grind is superb and the
lads in the fitting bay loved the feel off the face - the sole camber is exactly what we asked for.

As far as I'm concerned, samples that good mean you're good to run - no need to wait for the R&A
paperwork or anything further from me.

Fujita-san deserves a dram. Please pass on our thanks.

Cheers,
Graham
""" + sig("Graham Whitlock", "Head of Product", "Hollins & Pike Golf Ltd, St Andrews",
          "+44 1334 555 017") + "\n" + quote(_p08_mid) + "\n"
case("p08_hp_good_to_run_thread", ["RG002", "RG007"],
     "Buyer required his written release after checks and R&A submission, then says good samples mean "
     "'you're good to run', no need to wait - unscoped, and sample approval rolled into production",
     [("RE_PO_HP-3391_MB_prototype_heads.eml", eml_bytes(mail(
         "Graham Whitlock <graham@hollinspike.co.uk>", "Takeshi Yamamoto <yamamoto@himeji-tanzo.co.jp>",
         "RE: RE: PO HP-3391 - MB prototype heads", "Thu, 23 May 2024 16:55:00 +0100", _p08_text,
         in_reply_to="<h118-ht-3391@himeji-tanzo.co.jp>")))])

# p09: DOCX artwork proof review, "Go ahead." unscoped; PO scope otherwise complete
case("p09_kisaragi_artwork_review", ["RG002"],
     "Artwork proof review ends with 'Go ahead.' naming no quantity; PO scope block is complete",
     [("KSG_artwork_review_SGI_grip.docx", docx_bytes([
         ("h1", "Artwork Proof Review - KSG Tour Velvet grip"),
         ("p", "Kisaragi Golf Co., Ltd. / Product Development Dept. / Kobe"),
         ("p", "Supplier: Siam Grip Industries Co., Ltd. (Rayong)   Proof: SGI-ART-0519 v3   Date: 2024-05-21"),
         ("h", "Order scope (PO KSG-2404-11)"),
         ("p", "PO KSG-2404-11 covers 30 sample grips. The production lot of 6,000 grips is not released. "
               "Production release will be sent in writing by Sato Hiroshi, Procurement Manager, after "
               "sample sign-off by R&D."),
         ("h", "Check items"),
         ("table", [
             ["No.", "Item", "Requirement", "Proof v3", "Judgement"],
             ["1", "Logo colour", "Pantone 186 C", "186 C", "OK"],
             ["2", "Secondary colour", "Cool Gray 9 C", "Cool Gray 9 C", "OK"],
             ["3", "Logo position", "12 o'clock, 38 mm from cap", "38 mm", "OK"],
             ["4", "Cap print", "KISARAGI wordmark, white", "white", "OK"],
             ["5", "Weight", "50 g +/- 2 g (reference)", "-", "check at sample"],
         ]),
         ("h", "Comment"),
         ("p", "Colours now match the master chip sent on 10 May. The wordmark spacing is better than v2. "
               "Go ahead."),
         ("p", "Reviewed by: Tanaka Ayumi (R&D)     cc: Sato Hiroshi (Procurement)"),
     ], author="Tanaka Ayumi"))])

# p10: go ahead with no quantity, replying to a two-tier quote
_p10_quoted = """From: Allen Chen <allen.chen@formosa-composite.com.tw>
Sent: Monday, May 20, 2024 10:41 AM
Subject: Fitting cart shafts - quotation FCS-Q-0552

Dear Rick,

As discussed at the show, our offer for the TrueLoft fitting-cart program:

  Fitting-cart sample kit (FCS-60 / FCS-70, 5 flexes, adapters installed):  30 pcs  USD 38.00/pc
  Production (same spec):                                                2,000 pcs USD  9.60/pc

Lead time 3 weeks for samples, 6 weeks for production.

Best regards,
Allen Chen"""
_p10_text = """Allen,

Go ahead - we need them on the carts before the PGA Show in January, so the sooner the better.
Ship to our Scottsdale studio, attention Rick. Adapters: our standard .335 tip, 8.5 deg sleeve.

Thanks,
Rick
""" + sig("Rick Sandoval", "Head of Fitting", "TrueLoft Fitting Studios, Scottsdale AZ",
          "+1 480 555 0199") + "\n" + quote(_p10_quoted) + "\n"
case("p10_trueloft_goahead_fitting_cart", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "Buyer 'Go ahead' on a two-tier quote: no quantity, nothing holds the production tier, no unlock "
     "event, no release person",
     [("RE_Fitting_cart_shafts_FCS-Q-0552.eml", eml_bytes(mail(
         "Rick Sandoval <rick@trueloftfitting.com>", "Allen Chen <allen.chen@formosa-composite.com.tw>",
         "RE: Fitting cart shafts - quotation FCS-Q-0552", "Tue, 21 May 2024 07:15:00 -0700", _p10_text,
         in_reply_to="<h118-fcs-0552@formosa-composite.com.tw>")))])

# p11: LINE chat - hold/unlock/person stated, but no quantity anywhere and "Yes, proceed please"
_p11 = """[LINE] Chat history in KISARAGI x TA-SHENG KF-9 proto
Saved on: 2024/05/24 18:40

2024/05/13(Mon)
09:02\tSato Hiroshi\tGood morning. PO KG-2405-07 is issued today for the KF-9 tour prototype heads.
09:03\tSato Hiroshi\tPlease note: production lot is not released. I will send written release after sample sign-off by Tanaka-san (R&D).
09:20\tJason Tsai\tGood morning Sato-san, received PO, thank you. We start the prototype casting wax this week.
2024/05/22(Wed)
14:11\tJason Tsai\t[Photo]
14:12\tJason Tsai\tFace insert color sample (smoke blue) like photo. Ok? We can proceed?
16:45\tTanaka Ayumi\tYes, proceed please.
16:46\tJason Tsai\tThank you Tanaka-san 🙏
2024/05/24(Fri)
11:30\tSato Hiroshi\tPlease send invoice for prototype by email, not LINE. Thank you.
"""
case("p11_line_kisaragi_tasheng", ["RG002", "RG010"],
     "LINE chat: hold, unlock and release person stated, but no quantity is ever authorized and "
     "'Yes, proceed please' is unscoped",
     [("LINE_KISARAGI_TASHENG_KF9.txt", _p11)])

# ------------------------------------------------------------------ batch 2

# c06: DOCX sample sign-off record, scoped approval, production held (clean)
case("c06_hanbit_signoff_record", [],
     "Sample sign-off record: approval scoped to loft/lie/finish, production not released, unlock and "
     "named release person stated",
     [("HB_sample_signoff_SS-0611.docx", docx_bytes([
         ("h1", "Sample Sign-off Record SS-HB-0611"),
         ("p", "Hanbit Golf Co., Ltd. | Quality Assurance | 14F, 501 Teheran-ro, Gangnam-gu, Seoul"),
         ("p", "Supplier: Xiamen Haolong Precision Casting Co., Ltd.   PO: HB-PO-24-122 (6 sample heads)   "
               "Item: HB-D9 driver head, 460cc, Ti-6Al-4V"),
         ("table", [
             ["Check", "Spec", "S/N 01", "S/N 02", "S/N 03", "S/N 04", "S/N 05", "S/N 06"],
             ["Loft (deg)", "9.0 +/- 0.5", "9.1", "8.8", "9.2", "9.0", "9.3", "8.9"],
             ["Lie (deg)", "58.0 +/- 0.5", "58.2", "57.8", "58.0", "58.1", "57.9", "58.3"],
             ["Volume (cc)", "455-460", "458", "457", "459", "456", "458", "458"],
             ["Head weight (g)", "198 +/- 1.5", "198.4", "197.6", "198.9", "198.1", "197.9", "198.2"],
             ["CT (us)", "<= 239 target", "236", "238", "241", "235", "237", "239"],
         ]),
         ("h", "Disposition"),
         ("p", "Sample approved for loft/lie, volume and paint finish only. S/N 03 CT 241 us is inside the "
               "USGA tolerance but above our target; supplier to review face thickness map before any "
               "production."),
         ("p", "Production is not released. The 1,500 heads in quotation XH-Q-4431 remain on hold until the "
               "R&A/USGA conformance ruling is received and Park Ji-won, Sourcing Director, issues a written "
               "production release. This record releases nothing."),
         ("p", "Signed: Lee Ji-ho, QA Engineer, 2024-06-11"),
     ], author="Lee Ji-ho"))])

# c07: explicit recorded auto-conversion (clean)
_c07_text = """Yamamoto-sama

Thank you always for your support.

I confirm the arrangement for KF-7 iron heads which we signed on 12 March 2024 as Amendment No. 3 to
our Supply Agreement (signed by both companies, copy in your file):

1. PO KG-2404-15 covers 24 tour sample heads (#4 to PW, 3 sets). This is the quantity to make now.
2. When Tanaka Ayumi, R&D Manager, signs the sample sign-off sheet for these 24 heads, that signed
   sheet itself releases 1,000 sets of the first production lot. Not more than 1,000 sets.
   Conditions: loft and lie within +/-0.5 deg on all 24 heads, hardness HRB 68-75, no forging lap.
   If any condition is not met, nothing is released.
3. The remaining 2,000 sets of our 3,000 set season plan are not released. They need a revised PO
   signed by me.
4. Material: please buy S20C bar only for the 24 samples now. After sign-off, material for the
   1,000 sets is OK.

If something is not clear, please call me anytime.

Best regards,
Sato Hiroshi
""" + sig("Sato Hiroshi", "Procurement Manager", "Kisaragi Golf Co., Ltd., Kobe", "+81 78 555 0123")
case("c07_kisaragi_autoconversion", [],
     "Explicit recorded auto-conversion naming quantity (1,000), signer and conditions; remaining 2,000 "
     "held pending revised PO by named manager",
     [("KF-7_amendment3_confirmation.eml", eml_bytes(mail(
         "Sato Hiroshi <h.sato@kisaragi-golf.co.jp>", "Yamamoto Takeshi <yamamoto@himeji-tanzo.co.jp>",
         "KF-7 tour sample / first lot arrangement (Amendment No.3)", "Wed, 10 Apr 2024 11:20:00 +0900",
         _c07_text)))])

# c08: supplier says the deposit does not release production (clean)
_c08_quoted = """From: Kelly Ostrander <kelly.ostrander@ridgelinegolf.com>
Sent: Monday, May 6, 2024 9:02 AM
Subject: PO RG-24-0402 - tooling deposit

Hi Cindy,

The 50% tooling deposit (USD 4,800) for the RL-FW wax tools was wired today. PO RG-24-0402
remains samples only: 8 prototype fairway heads. The 2,992 production heads in your quote are not
released; only Dana Whitfield can release them, in writing, after our sample sign-off.

Thanks,
Kelly"""
_c08_text = """Dear Kelly,

Thank you, we received the USD 4,800 tooling deposit on 5/7 (bank charge USD 15 deducted on our side,
no problem).

For our production team also I want to write it clear: the deposit pays for the tooling and does not
release production. We make only the 8 prototype fairway heads on PO RG-24-0402. The 2,992 pcs
stay on hold, we do not buy 17-4 material for them, until written release from Ms. Dana Whitfield
after your sample sign-off.

Wax tool T1 will be ready 5/20, prototype casting 5/24.

Best regards,
Cindy Lin
""" + sig("Cindy Lin", "Sales Dept.", "Xiamen Haolong Precision Casting Co., Ltd.", "+86 592 555 0177") \
    + "\n" + quote(_c08_quoted) + "\n"
case("c08_haolong_deposit_not_release", [],
     "Supplier reply: deposit does not release production; quoted buyer scope complete",
     [("RE_PO_RG-24-0402_tooling_deposit.eml", eml_bytes(mail(
         "Cindy Lin <cindy.lin@haolong-casting.com>", "Kelly Ostrander <kelly.ostrander@ridgelinegolf.com>",
         "RE: PO RG-24-0402 - tooling deposit", "Wed, 8 May 2024 10:35:00 +0800", _c08_text,
         in_reply_to="<h118-rg0402@ridgelinegolf.com>")))])

# c09: ERP call-off with explicit staged material authority above released quantity (clean)
_c09 = """KLOOFNEK GOLF (PTY) LTD            CALL-OFF / RELEASE                 PAGE 1/1
-------------------------------------------------------------------------------
CALL-OFF NO  : KG-CO-2024-03          DATE     : 2024-05-13
AGREEMENT    : KG-SA-117 (GRIPS 2024) SUPPLIER : V-20417 SIAM GRIP INDUSTRIES
ISSUED BY    : N. DUBE, HEAD OF PROCUREMENT
-------------------------------------------------------------------------------
ITEM         DESCRIPTION               AGREEMENT QTY   RELEASED THIS C/O   CUM REL
KG-STD-58R   GRIP STD 58R BLACK/RED          6,000              400           1,600
-------------------------------------------------------------------------------
PRODUCE NOW          : 400 EA  (DELIVERY WK 25, CPT CAPE TOWN)
MATERIAL AUTHORITY   : STAGED UP TO 1,200 EA WORTH OF RUBBER COMPOUND AND CORD
                       AT KLOOFNEK LIABILITY. DO NOT MOULD BEYOND 400 EA.
BALANCE NOT RELEASED : 4,400 EA OF THE AGREEMENT REMAIN ON HOLD.
NEXT RELEASE         : ONLY BY THE NEXT CALL-OFF (KG-CO-2024-04), ISSUED BY
                       N. DUBE AFTER THE 31 JULY SELL-THROUGH REVIEW.
-------------------------------------------------------------------------------
PART DRG KG-GR-0580 REV 7 / ISO 9001:2015 CERT REQUIRED WITH SHIPMENT
"""
case("c09_kloofnek_calloff_staged", [],
     "Call-off releases 400, explicit staged material authority to 1,200, balance 4,400 held, next "
     "call-off by named head of procurement",
     [("KG-CO-2024-03.txt", _c09)])

# c10: LINE chat - scoped go ahead with the 8 tour samples only (clean)
_c10 = """[LINE] Chat history with Allen Chen (Formosa Composite)
Saved on: 2024/05/17 19:05

2024/05/15(Wed)
10:02\tAllen Chen\tSato-san good morning. Tour sample shafts spec confirmed: FCS-TOUR 6.0 x4, 6.5 x4, 46 in, tip 0.335.
10:04\tAllen Chen\tWe can start this week if you agree.
10:31\tSato Hiroshi\tGood morning Allen-san. Please go ahead with the 8 tour sample shafts only.
10:32\tSato Hiroshi\tThe 1,500 pcs first lot is not released. I (Sato) will send the written release after sample sign-off by our R&D.
10:33\tSato Hiroshi\tPlease do not buy prepreg for the 1,500 yet.
10:40\tAllen Chen\tUnderstood 👍 8 pcs only. Prepreg only for samples.
2024/05/17(Fri)
17:58\tAllen Chen\t[Photo]
17:58\tAllen Chen\tRolling done, paint next Tuesday.
"""
case("c10_line_kisaragi_formosa", [],
     "LINE chat: go ahead scoped to 8 tour samples only, 1,500 not released, named sender releases after "
     "sample sign-off",
     [("LINE_Allen_Chen_Formosa.txt", _c10)])

# p12: PDF PO with "1 LOT" and no number of heads; hold/unlock/person present
case("p12_ridgeline_putter_lot_po", ["RG010"],
     "Prototype PO says '1 LOT / per quote' and never states how many heads are authorized; balance hold, "
     "unlock and release person present",
     [("RG-24-0450_putter_proto.pdf", pdf([
         ("h1", "PURCHASE ORDER RG-24-0450"),
         ("p", "Ridgeline Golf Co., 2715 Loker Ave W, Carlsbad, CA 92010. Buyer: Kelly Ostrander. "
               "Date: May 14, 2024. Terms: Net 30."),
         ("p", "Vendor: Shenzhen Kaiyuan CNC Golf Co., Ltd., Bao'an District, Shenzhen, China. "
               "Attn: Ms. Amy Luo."),
         ("table", [
             ["Line", "Description", "Drawing", "Qty", "UoM", "Amount"],
             ["1", "Prototype putter heads, milled 303SS, mallet 'RL-M2', raw", "RL-PT-2210 rev C",
              "per quote KY-Q-0931", "1 LOT", "USD 1,450.00"],
             ["2", "Sight line paint fill, white", "-", "-", "LOT", "incl."],
         ]),
         ("h", "Scope"),
         ("p", "This PO is for the prototype lot only. The production quantity in quote KY-Q-0931 is not "
               "released by this PO and must not be started. Production will be released only by a written "
               "production release from Dana Whitfield, VP Product, after sample sign-off by R&D."),
         ("p", "Head weight 365 g +/- 2 g, loft 3.0 deg, lie 70 deg, face milling pattern per RL-PT-2210 sheet 2."),
         ("p", "Deliver by air to Carlsbad by June 14, 2024."),
     ], pagesize=LETTER, title="PO RG-24-0450", author="Ridgeline Golf Co."))])

# p14: ERP call-off without a quantity ("PER SCHEDULE" that is not attached)
_p14 = """FAIRWAY DIRECT PRO SHOPS (PTY) LTD            CALL-OFF                PAGE 1 OF 1
-------------------------------------------------------------------------------
CALL-OFF     : FD-CO-07               DATE  : 2024-06-03
AGREEMENT    : FD-BA-2024-02 (CART BAGS, SEASON 24/25)
SUPPLIER     : V0412 SAIGON FAIRWAY BAGS CO LTD, BINH DUONG, VIETNAM
-------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                       REL QTY      DEL DATE
01  FD-CB-14W     CART BAG 14-WAY, NAVY/LIME        *PER SCHED*  2024-08-15
02  FD-CB-14W-BK  CART BAG 14-WAY, BLACK/WHITE      *PER SCHED*  2024-08-15
-------------------------------------------------------------------------------
NOTES:
  - RELEASE QTY PER DELIVERY SCHEDULE SENT SEPARATELY BY PLANNING.
  - BALANCE OF AGREEMENT FD-BA-2024-02 IS NOT RELEASED AND STAYS ON HOLD.
  - NEXT RELEASE ONLY BY THE NEXT CALL-OFF, SIGNED BY J. BOTHA (BUYING
    MANAGER), AFTER THE SEPTEMBER STOCK REVIEW.
  - MATERIAL AUTHORITY: NONE BEYOND THIS CALL-OFF.
-------------------------------------------------------------------------------
ISSUED BY: J. BOTHA                         PRINTED: 2024-06-03 07:55 SAST
"""
case("p14_fairwaydirect_calloff_per_sched", ["RG010"],
     "Call-off release quantity 'per schedule sent separately' - no quantity in the bundle; hold, next "
     "call-off and named signer present",
     [("FD-CO-07.txt", _p14)])

# p15: DOCX release note: "released" used for drawing, PO and production; first lot has no quantity
case("p15_hanbit_release_note", ["RG009", "RG010"],
     "'Released' used for drawing, PO (ERP) and production; the production release names no quantity",
     [("HB_release_note_HB-D9.docx", docx_bytes([
         ("h1", "Release Note - HB-D9 driver head"),
         ("p", "Hanbit Golf Co., Ltd. Sourcing Team. To: Xiamen Haolong Precision Casting Co., Ltd. "
               "Date: 2024-07-02"),
         ("num", "Drawing HB-DR-4410 Rev D is released (engineering). Please use Rev D from today; Rev C is "
                 "obsolete."),
         ("num", "PO HB-PO-24-131 is released in our ERP (purchasing approval completed 2024-06-28)."),
         ("num", "Production is released for the first lot of HB-D9 heads, 9.0 and 10.5 deg mixed per "
                 "attached loft split."),
         ("num", "Remaining lots stay on hold until the next call-off issued by Kim Dohyun, Sourcing Team Lead."),
         ("p", "Please confirm the shipping plan for the first lot within this week."),
         ("table", [
             ["Item", "Value"],
             ["Paint", "Matte black, PVD face, crown alignment aid per HB-DR-4410 sheet 3"],
             ["Packing", "Individual foam sleeve, 20 pcs per carton"],
             ["Inspection", "AQL 1.0 level II, CT every 50th head"],
         ]),
         ("p", "Kim Dohyun / Sourcing Team Lead / Hanbit Golf"),
     ], author="Kim Dohyun"))])

# p16: buyer invites titanium buying for the full run without a material authority
_p16_quoted = """From: Kelly Ostrander
Sent: Monday, April 8, 2024 5:40 PM
To: Vivian Huang
Subject: PO RG-24-0318 prototype driver heads

Hi Vivian, PO RG-24-0318 attached: 12 prototype heads only. The 3,000 production heads in TS-Q-2291
are not released. Material authority is sample-only. Production can only be released in writing by
Dana Whitfield, VP Product, after sample sign-off.
Kelly"""
_p16_text = """Vivian,

Heads-up from our side: the Ti mill we share with you told our engineers that 6-4 sheet lead time is
stretching to 14 weeks after July. Feel free to get the face plates and cup material moving for the
full run now so nobody is stuck waiting on the mill later - we'll sort the paperwork out after the
samples come through.

Prototype timing is still the same (dock in Carlsbad May 10).

Thanks,
Tom
""" + sig("Tom Baxter", "Director of Sourcing", "Ridgeline Golf Co., Carlsbad CA", "+1 760 555 0108") \
    + "\n" + quote(_p16_quoted) + "\n"
case("p16_ridgeline_titanium_full_run", ["RG006"],
     "Buyer invites supplier to buy titanium for the full 3,000 run while only 12 samples are released "
     "and the PO says sample-only material; no explicit material authority",
     [("Ti_lead_time_RG-24-0318.eml", eml_bytes(mail(
         "Tom Baxter <tom.baxter@ridgelinegolf.com>", "Vivian Huang <vivian.huang@tasheng-golf.com.tw>",
         "RE: PO RG-24-0318 prototype driver heads - Ti lead time", "Wed, 17 Apr 2024 13:22:00 -0700",
         _p16_text, cc="Kelly Ostrander <kelly.ostrander@ridgelinegolf.com>",
         in_reply_to="<h118-rg0318@ridgelinegolf.com>")))])

# p17: WhatsApp - supplier cut fabric and bought webbing for all 600 bags
_p17 = """02/05/2024, 08:30 - Johan Botha (Fairway Direct): Hi Lan, PO FD-20455 is for 6 sample stand bags only (2 of each colour). The balance of 594 is NOT released until I send you a written release after our sample sign-off
02/05/2024, 08:47 - Lan (Saigon Fairway Bags): Dear Johan, well noted, 6 pcs samples
15/05/2024, 11:05 - Lan (Saigon Fairway Bags): Dear Johan, samples finish tomorrow and we send by DHL
15/05/2024, 11:06 - Lan (Saigon Fairway Bags): For color consistency we already cut fabric and bought webbing + zips for all 600 bags in same dye lot, so mass production can be fast after your ok 😊
15/05/2024, 11:06 - Lan (Saigon Fairway Bags): <Media omitted>
15/05/2024, 12:40 - Johan Botha (Fairway Direct): Lan that was not authorised. Please hold everything, I'll phone you after lunch
15/05/2024, 12:41 - Lan (Saigon Fairway Bags): Ok Johan
"""
case("p17_whatsapp_fairwaydirect_fabric", ["RG006"],
     "Supplier cut fabric and bought trims for all 600 bags while only 6 samples are released",
     [("WhatsApp Chat with Lan Saigon Fairway Bags.txt", _p17)])

# p18: supplier work order printout - material issued for 1,200; release quoted as 400 and 500
_p18 = """XIAMEN HAOLONG PRECISION CASTING CO LTD        WORK ORDER          PRINT 2024-06-18
===============================================================================
W/O NO      : WO-24-06-0417            CUSTOMER : RIDGELINE GOLF CO (C-1180)
CUST PO     : RG-24-0402 REV 2         CUST REL : RG-PR-003
PART        : RL-FW3 FAIRWAY HEAD 15D  DRAWING  : RL-FW-0315 REV E
CUST RELEASE QTY : 400 PCS
===============================================================================
OPERATION        WC     QTY PLAN   START       REMARK
10 WAX INJECT    W02       500     2024-06-20  PER CUST RELEASE 500 PCS
20 SHELL/CAST    C01       500     2024-06-24
30 CNC FACE      M05       500     2024-06-28
40 POLISH/PAINT  P03       500     2024-07-03
-------------------------------------------------------------------------------
MATERIAL ISSUE   17-4PH INGOT     FOR 1,200 PCS   ISSUED 2024-06-17  LOT H24-0611
                 MARAGING FACE    FOR 1,200 PCS   PO TO MILL 2024-06-17
===============================================================================
PREPARED: WU JIANGUO (PMC)         CHECKED: -          APPROVED: -
"""
case("p18_haolong_work_order", ["RG006", "RG011"],
     "Supplier work order: customer release 400 in header but 'per cust release 500' in routing; "
     "material issued/ordered for 1,200 with no material authority",
     [("WO-24-06-0417.txt", _p18)])

# p19: multi-file - PO (sample-only material) + supplier weekly report with prepreg for 3,000 in stock
_p19_po = pdf([
    ("h1", "PURCHASE ORDER HB-PO-24-0207"),
    ("p", "Hanbit Golf Co., Ltd., Seoul. Supplier: Formosa Composite Shafts Corp., Taichung, Taiwan. "
          "Date: 2024-04-29. Buyer: Kim Dohyun."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Scope", "Unit USD"],
        ["1", "FCS-HB55", "Driver shaft 55 g, R/S flex, 46 in raw, matte navy", "20", "sample", "36.00"],
    ]),
    ("p", "This PO covers 20 sample shafts only. The balance of 2,980 shafts of the 3,000 quoted is not "
          "released and must not be started. Material authority: sample-only (prepreg for 20 shafts)."),
    ("p", "The balance is released only by a written production release from Park Ji-won, Sourcing "
          "Director, after sample sign-off (torque, frequency and EI profile check at Hanbit R&D)."),
], title="HB-PO-24-0207", author="Hanbit Golf")
_p19_rep = docx_bytes([
    ("h1", "Weekly Status Report - Week 21"),
    ("p", "Formosa Composite Shafts Corp. -> Hanbit Golf Co., Ltd. (attn. Kim Dohyun)   Date: 2024-05-24"),
    ("table", [
        ["Item", "Status", "Remark"],
        ["HB-PO-24-0207 sample shafts (20 pcs)", "Rolling done 5/21, paint 5/27", "ETD 5/31 by FedEx"],
        ["Prepreg T700 / 24T for 3,000 shafts", "Received into stock 5/20",
         "Bought to secure mill allocation before price increase in June"],
        ["Mandrel HB55-M1", "Finished", "-"],
        ["Graphics", "Waiting for final artwork v4", "Please send by 5/29"],
    ]),
    ("p", "Allen Chen, Sales, Formosa Composite Shafts Corp., Taichung"),
], author="Allen Chen")
case("p19_formosa_weekly_report_prepreg", ["RG006"],
     "Folder: PO releases 20 samples with sample-only material; supplier report shows prepreg for 3,000 "
     "shafts bought",
     [("FCS_weekly_report_wk21.docx", _p19_rep), ("HB-PO-24-0207.pdf", _p19_po)])

# p20: KakaoTalk - hold stated but no unlock event or person; buyer asks to secure material for first lot
_p20 = """Talk_2024.5.28 10:12-1.txt
Date Saved : 2024-05-28 10:12

--------------- Monday, May 20, 2024 ---------------
[Kim Dohyun] [9:05 AM] Allen, good morning
[Kim Dohyun] [9:06 AM] PO HB-PO-24-0233 is only 10 sample shafts for now. First lot 1,000 pcs is not released yet.
[Allen Chen] [9:30 AM] Good morning Mr. Kim, ok noted 10 pcs
[Kim Dohyun] [9:41 AM] Lead time is long and our launch is October, so please be ready for the first lot 😊
[Allen Chen] [9:44 AM] OK, to be ready we buy the prepreg for 1,000 pcs this week and keep it in our freezer
[Kim Dohyun] [9:45 AM] 👍
--------------- Tuesday, May 21, 2024 ---------------
[Allen Chen] [2:15 PM] Photo
[Allen Chen] [2:15 PM] Sample paint color navy, ok?
"""
case("p20_kakaotalk_hanbit_formosa", ["RG004", "RG005", "RG006"],
     "Chat: 10 samples, first lot 1,000 'not released yet' with no unlock event or release person; supplier "
     "buys prepreg for 1,000 on a thumbs-up, no material authority",
     [("KakaoTalk_Chat_Allen_Chen.txt", _p20)])

# p21: supplier reads deposit as go signal and buys billets for all 2,400 heads
_p21_quoted = """From: Fiona McLeish <fiona@hollinspike.co.uk>
Sent: 29 April 2024 10:11
Subject: PO HP-3420 forged wedge heads

Dear Kevin,

PO HP-3420 attached. It covers 16 sample wedge heads only. The 2,400 production heads in your
quote are not released and must not be started; Graham Whitlock will release them in writing after
our sample sign-off. The 30% deposit on your PI covers the forging die and the samples.

Best regards,
Fiona"""
_p21_text = """Dear Fiona,

Good day! We received your deposit 30% USD 6,912.00 today, thank you very much.

So we arrange production now: 1025 carbon steel billets for all 2,400 heads are purchased this
afternoon and forging will start next Monday after the die trial. Samples 16 pcs will be ready
together.

Please send us the logo file for the laser on the back cavity.

Best regards,
Kevin Zhang
""" + sig("Kevin Zhang", "Sales Manager", "Ningbo Jinding Forging Co., Ltd.", "+86 574 555 0166") \
    + "\n" + quote(_p21_quoted) + "\n"
case("p21_jinding_deposit_billets", ["RG006", "RG012"],
     "Supplier treats the deposit as the signal to produce and buys billets for all 2,400 heads; only 16 "
     "samples released",
     [("RE_PO_HP-3420_wedge_heads.eml", eml_bytes(mail(
         "Kevin Zhang <kevin@jindingforging.cn>", "Fiona McLeish <fiona@hollinspike.co.uk>",
         "RE: PO HP-3420 forged wedge heads - deposit received", "Mon, 6 May 2024 17:48:00 +0800",
         _p21_text, in_reply_to="<h118-hp3420@hollinspike.co.uk>")))])

# p22: supplier plans to roll straight from sample sign-off into the run
_p22_quoted = """From: Johan Botha <johan@fairwaydirect.co.za>
Sent: Friday, 3 May 2024 14:20
Subject: PO FD-20463 FD Tour Grind wedges

Jason, PO FD-20463: 9 sample wedge heads only (3 per loft: 50/54/58). The 1,800 production heads
are not released. Production is released only by a written release from me after our sample
sign-off. Regards, Johan"""
_p22_text = """Dear Johan,

Thanks for the PO, the 9 samples are in CNC now and will ship on 5/24.

To protect your Black Friday launch our plan is as below:
 - samples ETD 5/24, arrive Johannesburg about 5/29
 - once your team sign off the 9 samples, we go directly into the 1,800 pcs run the following Monday,
   no need to wait for further paperwork
 - mass production 35 days, ETD around mid of July

If any problem with this plan please let me know.

Best regards,
Jason Tsai
""" + sig("Jason Tsai", "Project Manager", "Ta-Sheng Golf Components Co., Ltd., Kaohsiung",
          "+886 7 555 0233") + "\n" + quote(_p22_quoted) + "\n"
case("p22_tasheng_roll_into_run", ["RG007"],
     "Supplier plans to go straight into the 1,800 run once samples are signed off, no explicit "
     "auto-conversion; buyer required a written release",
     [("RE_PO_FD-20463_schedule.eml", eml_bytes(mail(
         "Jason Tsai <jason.tsai@tasheng-golf.com.tw>", "Johan Botha <johan@fairwaydirect.co.za>",
         "RE: PO FD-20463 FD Tour Grind wedges - schedule", "Thu, 9 May 2024 09:10:00 +0800", _p22_text,
         in_reply_to="<h118-fd20463@fairwaydirect.co.za>")))])

# ------------------------------------------------------------------ batch 3

# c11: PDF supplier acknowledgement restating the hold (clean)
case("c11_siamgrip_order_ack", [],
     "Supplier acknowledgement: 50 sample grips only, 10,000 on hold, no compound bought, waits for "
     "written release from named buyer",
     [("SGI-OA-24117_acknowledgement.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT SGI-OA-24117"),
         ("p", "Siam Grip Industries Co., Ltd. 77/3 Moo 4, Pluak Daeng, Rayong 21140, Thailand. "
               "Tel +66 38 555 0140"),
         ("p", "Customer: TrueLoft Fitting Studios, Scottsdale, AZ, USA. Your PO: TL-2024-071 dated 2024-04-30. "
               "Date of acknowledgement: 2024-05-02."),
         ("table", [
             ["No.", "Item", "Description", "Qty", "Unit USD", "Ship date"],
             ["1", "TL-WRAP-STD", "TL Wrap grip standard 60R, navy/white, sample", "25", "2.10", "2024-05-16"],
             ["2", "TL-WRAP-MID", "TL Wrap grip midsize 62R, navy/white, sample", "25", "2.20", "2024-05-16"],
         ]),
         ("p", "We acknowledge PO TL-2024-071 as written: 50 sample grips only (items 1 and 2)."),
         ("p", "The production quantity of 10,000 grips mentioned in your PO note is on hold and is not "
               "released. We will not buy compound for it and will not start production until we receive a "
               "written production release signed by Mr. Rick Sandoval, Head of Fitting, after your sample "
               "sign-off."),
         ("p", "Mould SGI-M-0612 (2 cavities) is existing, no mould charge. Payment: T/T before shipment."),
         ("p", "Somchai Wongsa, Sales Manager"),
     ], title="SGI-OA-24117", author="Siam Grip Industries"))])

# c12: forwarded old quote (message/rfc822) declared historical; live PO scoped (clean)
_c12_old = mail("Ishikawa Jun <ishikawa@himeji-tanzo.co.jp>", "Graham Whitlock <graham@hollinspike.co.uk>",
                "Quotation HT-Q-602 HP Classic blade 2022", "Mon, 14 Mar 2022 15:00:00 +0900",
                """Dear Mr. Whitlock,

Please find our quotation HT-Q-602 for HP Classic blade heads (#3-PW):

  Prototype: 2 sets (16 heads)       JPY 9,200 / head
  Production: 4,000 sets             JPY 2,050 / head

Lead time production 60 days. Price valid until 30 June 2022.

Best regards,
Ishikawa Jun, Himeji Tanzo Works
""")
_c12_text = """Ogawa-san,

Welcome to the account! For context only, I am forwarding Ishikawa-san's 2022 quotation for our
previous model below. The 4,000 sets in it are historical: they were never ordered in that form and
nothing in that quote is released.

What is live today:
- PO HP-3470 for 30 demo-fleet 7-iron heads (new HP Forged CB), sample scope. Please make these 30.
- The other 2,370 heads of the 2,400 in your new quote HT-Q-805 are not released. Please don't buy
  bar stock for them.
- They will be released only in writing by me, after our fitting team's sample sign-off in July.

Looking forward to meeting you in Himeji in September.

Kind regards,
Graham
""" + sig("Graham Whitlock", "Head of Product", "Hollins & Pike Golf Ltd, St Andrews", "+44 1334 555 017")
case("c12_hp_forward_old_quote", [],
     "Forwarded 2022 quote (rfc822) declared historical and not released; live PO 30 demo heads, 2,370 "
     "held, named sender releases after sign-off",
     [("FW_HT-Q-602_for_context.eml", eml_bytes(mail(
         "Graham Whitlock <graham@hollinspike.co.uk>", "Ogawa Mai <ogawa@himeji-tanzo.co.jp>",
         "FW: Quotation HT-Q-602 HP Classic blade 2022 (for context)", "Mon, 3 Jun 2024 10:02:00 +0100",
         _c12_text, attachments=[("rfc822", _c12_old)])))])

# c13: buyer release for the full remaining quantity; supplier acknowledges in European format (clean)
_c13_quoted = """From: Naledi Dube <naledi@kloofnekgolf.co.za>
Sent: 10 June 2024 09:15
Subject: Production release KG-PR-014 - PO KG-4471-P cart bags

Dear Duc,

Sample sign-off for the KG-4471 cart bags was completed on 7 June (record SS-KG-031).

Production release KG-PR-014: 1,200 cart bags (400 navy/lime, 400 black/white, 400 stone/green).
This releases the full quantity of PO KG-4471-P; there is no further balance on this order.
Material authority: 1,200 bags.

Regards,
Naledi Dube, Head of Procurement"""
_c13_text = """Dear Naledi,

Thank you for the release. We confirm production release KG-PR-014 for 1.200 pcs cart bags
(400 / 400 / 400 pcs per colour) on PO KG-4471-P. Fabric cutting starts 13.06, ETD 26.07 from
Cat Lai port.

Best regards,
Tran Minh Duc
""" + sig("Tran Minh Duc", "Merchandiser", "Saigon Fairway Bags Co., Ltd., Binh Duong, Vietnam",
          "+84 274 555 0188") + "\n" + quote(_c13_quoted) + "\n"
case("c13_saigon_ack_euro_format", [],
     "Written release for the full 1,200 (no balance); supplier acknowledges as '1.200 pcs' - same "
     "quantity in European format",
     [("RE_KG-PR-014_confirmation.eml", eml_bytes(mail(
         "Tran Minh Duc <duc.tran@saigonfairwaybags.vn>", "Naledi Dube <naledi@kloofnekgolf.co.za>",
         "RE: Production release KG-PR-014 - PO KG-4471-P cart bags", "Tue, 11 Jun 2024 08:20:00 +0700",
         _c13_text, html=text_to_html(_c13_text), in_reply_to="<h118-kgpr014@kloofnekgolf.co.za>")))])

# c14: buyer corrects supplier's assumed roll-over; quoted supplier text only (clean)
_c14_quoted = """From: Kevin Zhang <kevin@jindingforging.cn>
Sent: Tuesday, May 21, 2024 6:02 PM
Subject: RL-IR forged iron samples

Dear Tom, the 12 samples ship this Friday. Once you approve the samples we will roll straight into
the forged heads to keep your launch date. Please confirm.
Kevin"""
_c14_text = """Kevin,

No - please don't. Our sign-off on the samples does not start anything on your side.

PO RG-24-0377 is still 12 sample heads, nothing more. The 3,000 production heads in your quote are
not released, and no billets should be bought for them. After our sample sign-off I will send a
written production release for whatever quantity we decide; until you have that in writing from me,
only the 12 samples are authorised.

Thanks for pushing on the timing - I know the launch is tight.

Tom
""" + sig("Tom Baxter", "Director of Sourcing", "Ridgeline Golf Co., Carlsbad CA", "+1 760 555 0108") \
    + "\n" + quote(_c14_quoted) + "\n"
case("c14_ridgeline_corrects_rollover", [],
     "Quoted supplier assumes samples roll into production; buyer reply corrects it: 12 samples only, "
     "3,000 not released, written release by named sender after sign-off",
     [("RE_RL-IR_forged_iron_samples.eml", eml_bytes(mail(
         "Tom Baxter <tom.baxter@ridgelinegolf.com>", "Kevin Zhang <kevin@jindingforging.cn>",
         "RE: RL-IR forged iron samples", "Tue, 21 May 2024 19:45:00 -0700", _c14_text,
         in_reply_to="<h118-jd-rlir@jindingforging.cn>")))])

# c15: HTML portal - interim disposition with limits, release for 200, balance held (clean)
_c15_body = """<h2>Hanbit Golf Co., Ltd. &mdash; Supplier Collaboration Portal</h2>
<p>Order <b>HB-PO-24-126</b> &middot; HB-F3 fairway head 15 deg &middot; supplier Ta-Sheng Golf Components Co., Ltd.</p>
<h3>Sample disposition</h3>
""" + html_table([
    ["Record", "Disposition", "Limits", "Reason", "By"],
    ["SS-HB-0618", "INTERIM", "max. 200 pcs, valid until 2024-06-30, demo fleet use only",
     "paint drip on sole (cosmetic); corrective action CA-0618 open", "Lee Ji-ho (QA)"],
]) + """
<h3>Production release</h3>
""" + html_table([
    ["Release", "Quantity", "Purpose", "Authorized by", "Date"],
    ["PR-2024-019", "200 pcs", "demo fleet for Korea Golf Fair", "Park Ji-won, Sourcing Director", "2024-06-19"],
]) + """
<div class="note"><b>Balance:</b> 2,800 pcs of the 3,000 on PO HB-PO-24-126 are NOT released and stay on hold until
full sample sign-off (CA-0618 closed) and a new written production release by Park Ji-won. Material authority:
200 pcs.</div>
<p style="color:#777">Hanbit SCP v3.2 &middot; page generated 2024-06-19 16:40 KST</p>"""
case("c15_hanbit_portal_interim", [],
     "Interim sample disposition with quantity/date limits; release 200 by named director; 2,800 held "
     "until full sign-off and new release",
     [("HB-PO-24-126_disposition.html", html_page("HB-PO-24-126", _c15_body))])

# p23: PDF PO - hold pending sample approval, then "upon sample approval proceed", no release person
case("p23_kloofnek_po_upon_approval", ["RG005", "RG007"],
     "PO says 1,500 on hold pending sample approval, then 'upon sample approval proceed with the 1,500' "
     "- implied auto-conversion, nobody named to release",
     [("KG-PO-24-0577.pdf", pdf([
         ("h1", "KLOOFNEK GOLF (PTY) LTD - PURCHASE ORDER KG-PO-24-0577"),
         ("p", "12 Dorp Street, Stellenbosch 7600, South Africa. VAT 4150 287 331."),
         ("p", "Supplier: Xiamen Haolong Precision Casting Co., Ltd., Xiamen, Fujian, China (V-20388)."),
         ("p", "Date: 2024-05-20. Currency: USD. Incoterm: FOB Xiamen. Ref: quotation XH-Q-4410."),
         ("table", [
             ["Ln", "Item", "Description", "Qty", "Unit", "Amount"],
             ["1", "KG-DR-10", "Prototype driver head 10.5 deg, Ti-6Al-4V, 460cc, unpainted", "6", "88.00",
              "528.00"],
         ]),
         ("h", "Notes to supplier"),
         ("p", "Line 1 is a sample line. The production quantity of 1,500 pcs (quotation XH-Q-4410) is on "
               "hold pending sample approval."),
         ("p", "Upon sample approval, supplier to proceed with production of the 1,500 pcs and ship by sea "
               "in two equal lots."),
         ("p", "Paint spec KG-PS-02 (gloss black crown, protea alignment mark) applies to production only."),
         ("p", "Please quote our PO number on all invoices and packing lists."),
     ], title="KG-PO-24-0577", author="Kloofnek Golf"))])

# p24: buyer colleague overrides the written-release requirement
_p24_quoted = """From: Park Ji-won <jiwon.park@hanbitgolf.co.kr>
Sent: Monday, May 27, 2024 10:05 AM
To: Kevin Zhang
Subject: PO HB-PO-24-140 HB-I7 forged iron prototypes

Dear Kevin,
PO HB-PO-24-140 is 12 prototype iron heads. The balance of 1,988 heads is not released until our
sample sign-off and a written release from me (Park Ji-won).
Best regards, Park Ji-won, Sourcing Director"""
_p24_text = """Dear Kevin,

Director Park is on a business trip to the US until end of June, so I am taking care of the HB-I7
project meanwhile.

To save time for the October launch: if the 12 prototypes pass your own loft/lie and hardness check
at the factory, just continue with the remaining heads - no need to wait for our confirmation.
Please send us the measurement sheet so we can see it later.

Thank you for your cooperation.

Best regards,
Jenny Cho
""" + sig("Jenny Cho", "Product Manager, Irons", "Hanbit Golf Co., Ltd., Seoul", "+82 2 555 0172") \
    + "\n" + quote(_p24_quoted) + "\n"
case("p24_hanbit_continue_if_pass", ["RG007"],
     "Buyer PM says if prototypes pass the factory check, continue with the remaining heads without "
     "waiting - contradicts the written-release requirement",
     [("RE_PO_HB-PO-24-140_prototypes.eml", eml_bytes(mail(
         "Jenny Cho <jenny.cho@hanbitgolf.co.kr>", "Kevin Zhang <kevin@jindingforging.cn>",
         "RE: PO HB-PO-24-140 HB-I7 forged iron prototypes", "Tue, 4 Jun 2024 14:30:00 +0900", _p24_text,
         cc="Kim Dohyun <dohyun.kim@hanbitgolf.co.kr>", in_reply_to="<h118-hb140@hanbitgolf.co.kr>")))])

# p25: supplier's sample approval form - approval = mass production, approval used for 3 things
case("p25_haolong_sample_approval_form", ["RG007", "RG009"],
     "Supplier form: customer approval of the sample 'constitutes approval for mass production'; "
     "'approval' also used for dimensions and price",
     [("XH_Sample_Approval_Form_RL-FW3.docx", docx_bytes([
         ("h1", "SAMPLE APPROVAL FORM"),
         ("p", "Xiamen Haolong Precision Casting Co., Ltd.   Form QF-7.5-03 Rev 2"),
         ("p", "Customer: Ridgeline Golf Co.   Customer PO: RG-24-0402 (8 prototype fairway heads)   "
               "Part: RL-FW3 fairway head 15 deg   Drawing: RL-FW-0315 Rev E"),
         ("table", [
             ["Item", "Standard", "Result", "Approval"],
             ["Loft / lie", "15.0 +/- 0.5 / 56.0 +/- 0.5", "15.2 / 55.8", "[ ] approved  [ ] rejected"],
             ["Head weight", "212 +/- 1.5 g", "211.6 g", "[ ] approved  [ ] rejected"],
             ["Volume", "178 +/- 3 cc", "177 cc", "[ ] approved  [ ] rejected"],
             ["Cosmetic / paint", "per colour standard", "OK", "[ ] approved  [ ] rejected"],
             ["Unit price", "USD 14.20 (production)", "-", "[ ] price approved"],
         ]),
         ("h", "Important"),
         ("p", "Customer approval of this sample constitutes approval for mass production. The factory will "
               "schedule mass production after receiving this form signed and stamped."),
         ("p", "Customer signature: ____________________   Date: ____________"),
         ("p", "Prepared by: Cindy Lin (Sales)   QC: Huang Lei"),
     ], author="Cindy Lin"))])

# p26: WhatsApp - 'samples first', supplier plans to run 8,000 on sample OK, buyer thumbs-up
_p26 = """21/05/2024, 16:02 - Jenna Alvarez (TrueLoft): Hi Somchai! pls make 40 sample grips of the TL Wrap 2.0 in navy first. PO comes from our system today
21/05/2024, 16:03 - Jenna Alvarez (TrueLoft): 20 std + 20 mid
21/05/2024, 16:20 - Somchai Wongsa (Siam Grip): Hello Khun Jenna ok krub 🙏
21/05/2024, 16:22 - Somchai Wongsa (Siam Grip): When you ok the sample we run the 8,000 pcs same week, our moulding line is reserved for you in July
21/05/2024, 16:40 - Jenna Alvarez (TrueLoft): 👍 sounds good
21/05/2024, 16:41 - Jenna Alvarez (TrueLoft): Can the cap logo be 1 mm smaller than TL Wrap 1?
21/05/2024, 16:55 - Somchai Wongsa (Siam Grip): Yes can, I send drawing tomorrow
"""
case("p26_whatsapp_trueloft_siamgrip", ["RG001", "RG003", "RG004", "RG005", "RG007"],
     "Chat: 40 samples 'first'; supplier says sample OK means running the 8,000 and buyer agrees; nothing "
     "holds the 8,000, no unlock event, no release person",
     [("WhatsApp Chat with Somchai Siam Grip.txt", _p26)])

# p27: HTML supplier portal - workflow auto-creates production order on sample approval
_p27_body = """<h2>Chonburi Ball Tech Co., Ltd. &mdash; Customer Order Portal</h2>
<p>Customer: <b>Links Pro Shops Ltd</b> (UK) &middot; Order <b>CBT-SO-24-0881</b> &middot; customer PO LPS-55133</p>
""" + html_table([
    ["Line", "Product", "Type", "Qty", "Status"],
    ["1", "LPS Tour X Pro, 4-piece cast urethane, white", "Prototype sample", "12 dozen", "Shipped 2024-05-28"],
    ["2", "LPS Tour X Pro, 4-piece cast urethane, white", "Production", "2,400 dozen", "On hold"],
]) + """
<h3>Customer PO note (copied from PO LPS-55133)</h3>
<div class="note">12 dozen prototype samples only. The 2,400 dozen production quantity is not released. It will be
released only by a written production release from Sophie Marsh, Buying Manager, after our sample sign-off and
the R&amp;A conformance test.</div>
<h3>Workflow</h3>
<ol>
<li>Customer tests the prototype samples.</li>
<li>When the customer clicks <b>Approve sample</b> on this page, production line 2 (2,400 dozen) is created as a
work order and scheduled automatically in our MES. No further document is needed.</li>
<li>Shipping notice is sent 3 days before ETD.</li>
</ol>
<p><button>Approve sample</button> <button>Reject sample</button></p>
<p style="color:#777">CBT Customer Portal &middot; 2024-05-30 09:12 ICT</p>"""
case("p27_cbt_portal_autoschedule", ["RG007"],
     "Supplier portal converts 'Approve sample' into the 2,400-dozen work order automatically, against "
     "the customer's written-release requirement",
     [("CBT-SO-24-0881_portal.html", html_page("CBT-SO-24-0881", _p27_body))])

# p28: buyer turns a forecast into a firm order (EML + DOCX forecast)
_p28_doc = docx_bytes([
    ("h1", "Hollins & Pike - 2025 Range Forecast (wedges)"),
    ("p", "Issued 2024-06-05 by Andrew Pike. Supplier: Ta-Sheng Golf Components Co., Ltd."),
    ("table", [
        ["Model", "Loft", "H1 2025 forecast", "H2 2025 forecast"],
        ["HP Tour wedge", "52", "2,000", "1,500"],
        ["HP Tour wedge", "56", "2,500", "1,800"],
        ["HP Tour wedge", "60", "1,500", "1,200"],
        ["Total", "", "6,000", "4,500"],
    ]),
    ("p", "Forecast figures by loft; finishes split 70% satin / 30% black PVD."),
], author="Andrew Pike")
_p28_text = """Vivian,

Attached is our 2025 wedge forecast. Please treat the 6,000 heads for H1 as our firm order and lock
the forging capacity for us on that basis - I'd rather not fight for slots in January like this year.
Formal call-offs will follow from Fiona as usual.

The H2 numbers are softer, use them for your own planning.

All the best,
Andrew
""" + sig("Andrew Pike", "Managing Director", "Hollins & Pike Golf Ltd, St Andrews", "+44 1334 555 010")
case("p28_hp_forecast_as_firm", ["RG008"],
     "MD asks supplier to treat the H1 forecast of 6,000 heads as a firm order",
     [("HP_2025_wedge_forecast.eml", eml_bytes(mail(
         "Andrew Pike <andrew@hollinspike.co.uk>", "Vivian Huang <vivian.huang@tasheng-golf.com.tw>",
         "2025 wedge forecast", "Wed, 5 Jun 2024 17:05:00 +0100", _p28_text, html=text_to_html(_p28_text),
         cc="Fiona McLeish <fiona@hollinspike.co.uk>",
         attachments=[("HP_2025_wedge_forecast.docx", _p28_doc, DOCX_MT)])))])

# p29: supplier books the forecast as a firm order and buys material for it
_p29_quoted = """From: Sophie Marsh <sophie.marsh@linksproshops.co.uk>
Sent: 02 April 2024 11:30
Subject: LPS 2024 ball forecast + sample PO LPS-55131

Hi Napat,

Attached is our 2024 forecast for the Tour X Pro - for planning only, it is not an order: 8,000 dozen
over the season.

PO LPS-55131 is for 24 dozen prototype samples only. Production is not released; it will be
released only by a written release from me after our sample sign-off and the R&A conformance test.

Best,
Sophie"""
_p29_text = """Dear Khun Sophie,

Thank you for your firm order of 8,000 dozen Tour X Pro per your 2024 forecast dated 2 April.

To secure the timeline we have already purchased the cast urethane cover material and the cores for
8,000 dozen; they are now in our warehouse in Chonburi. The 24 dozen samples will ship next week by
DHL.

Best regards,
Napat Srisuk
""" + sig("Napat Srisuk", "Export Sales", "Chonburi Ball Tech Co., Ltd., Chonburi, Thailand",
          "+66 38 555 0191") + "\n" + quote(_p29_quoted) + "\n"
case("p29_cbt_firm_order_per_forecast", ["RG006", "RG008"],
     "Supplier calls the labelled forecast a firm order and buys cover/core material for 8,000 dozen "
     "while only 24 dozen samples are released",
     [("RE_LPS_2024_forecast_sample_PO.eml", eml_bytes(mail(
         "Napat Srisuk <napat@chonburiballtech.co.th>", "Sophie Marsh <sophie.marsh@linksproshops.co.uk>",
         "RE: LPS 2024 ball forecast + sample PO LPS-55131", "Tue, 9 Apr 2024 15:02:00 +0700", _p29_text,
         in_reply_to="<h118-lps55131@linksproshops.co.uk>")))])

# p30: ERP planning schedule - forecast quantities declared committed
_p30 = """HANBIT GOLF CO., LTD.  /  SCM SYSTEM           PLANNING SCHEDULE     RUN 2024-06-10 06:00
================================================================================
SUPPLIER : FORMOSA COMPOSITE SHAFTS CORP (S-7731)      SCHEDULE NO : PS-2406-7731
ITEM     : FCS-HB55 DRIVER SHAFT 55G  (DRG HB-SH-055 REV 3)
================================================================================
PERIOD     TYPE    QTY     CUM     REMARK
2024-07    FCST    1,000   1,000
2024-08    FCST    1,500   2,500
2024-09    FCST    1,500   4,000
2024-10    FCST    2,000   6,000
--------------------------------------------------------------------------------
HEADER NOTE: FORECAST QUANTITIES ABOVE ARE COMMITTED VOLUME. HANBIT WILL TAKE
             ALL FORECAST QUANTITIES. PLEASE PLAN PRODUCTION ACCORDINGLY.
PO/CALL-OFF : DELIVERIES AGAINST SEPARATE CALL-OFFS
CONTACT     : KIM DOHYUN (SOURCING)  dohyun.kim@hanbitgolf.co.kr
================================================================================
"""
case("p30_hanbit_planning_committed", ["RG008"],
     "ERP planning schedule labels lines FCST but header says forecast quantities are committed volume",
     [("PS-2406-7731.txt", _p30)])

# p31: PDF letter - forecast written as a purchase commitment
case("p31_kisaragi_commitment_letter", ["RG008"],
     "Buyer letter: 'this forecast is our commitment' for 6,000 sets in season 2025",
     [("Kisaragi_letter_KF-7_2025.pdf", pdf([
         ("p", "Kisaragi Golf Co., Ltd."),
         ("p", "3-2-1 Minatojima-Minamimachi, Chuo-ku, Kobe 650-0047, Japan"),
         ("p", "2024-06-12"),
         ("p", "To: Himeji Tanzo Works Co., Ltd., Attn. Mr. Yamamoto Takeshi, Sales Manager"),
         ("h", "KF-7 forged iron heads - volume for season 2025"),
         ("p", "Dear Mr. Yamamoto,"),
         ("p", "Thank you very much for your continuous support for our KF-7 project."),
         ("p", "Based on our sales forecast for season 2025, we expect 6,000 sets (#5-PW, 6 heads per set). "
               "This forecast is our commitment to you: Kisaragi Golf will purchase 6,000 sets in season 2025. "
               "Please prepare your forging line and manpower accordingly."),
         ("table", [
             ["Quarter", "Forecast (sets)"],
             ["Q1 2025", "1,200"], ["Q2 2025", "2,000"], ["Q3 2025", "1,800"], ["Q4 2025", "1,000"],
             ["Total", "6,000"],
         ]),
         ("p", "Individual POs will be issued monthly by our Procurement Department."),
         ("p", "Yours sincerely,"),
         ("p", "Sato Hiroshi, Procurement Manager"),
     ], title="KF-7 2025 volume", author="Kisaragi Golf"))])

# p33: "approved" used for samples, pricing and production
_p33_quoted = """From: Kelly Ostrander
Sent: Monday, April 8, 2024 5:40 PM
Subject: PO RG-24-0318 prototype driver heads

Hi Vivian, PO RG-24-0318 attached: 12 prototype heads only. The 3,000 production heads in TS-Q-2291
are not released. Production can only be released in writing by Dana Whitfield, VP Product, after
sample sign-off.
Kelly"""
_p33_text = """Hi Vivian,

Quick update from the lab: the 12 samples are approved - CT averaged 241, loft/lie all within spec
and the sound is much better than the P0 heads.

Pricing for the production tier still has to be approved by our finance team. Once that's approved
we'll send you the production approval.

Great job to your team.

Mark
""" + sig("Mark Evans", "Senior R&D Engineer", "Ridgeline Golf Co., Carlsbad CA", "+1 760 555 0131") \
    + "\n" + quote(_p33_quoted) + "\n"
case("p33_ridgeline_approved_three_ways", ["RG009"],
     "'Approved' used for the samples (technical), the pricing (commercial) and production in one mail",
     [("RE_RG-24-0318_lab_update.eml", eml_bytes(mail(
         "Mark Evans <mark.evans@ridgelinegolf.com>", "Vivian Huang <vivian.huang@tasheng-golf.com.tw>",
         "RE: PO RG-24-0318 prototype driver heads - lab update", "Fri, 17 May 2024 16:10:00 -0700",
         _p33_text, html=text_to_html(_p33_text), cc="Kelly Ostrander <kelly.ostrander@ridgelinegolf.com>",
         in_reply_to="<h118-rg0318b@ridgelinegolf.com>")))])

# ------------------------------------------------------------------ batch 4

# c16: PDF PO with identifiers that look like quantities (clean)
case("c16_hp_putter_po_identifiers", [],
     "Sample PO for 20 putter heads full scope; part numbers, drawing revs, ISO norm and weights look "
     "like quantities",
     [("HP_PO_3488_putter.pdf", pdf([
         ("h1", "Hollins & Pike Golf Ltd - Purchase Order 3488"),
         ("p", "Unit 4, Kinkell Business Park, St Andrews KY16 8PN. Buyer: Fiona McLeish. Date: 20 May 2024."),
         ("p", "Supplier: Shenzhen Kaiyuan CNC Golf Co., Ltd., Bao'an District, Shenzhen. Attn: Ms. Amy Luo."),
         ("table", [
             ["Item", "Part no.", "Description", "Drawing", "Qty", "Unit GBP"],
             ["1", "PH-3000-350", "Milled blade putter head 'Kinkell', 303 SS, 350 g", "DRG 1045 Rev 12", "10",
              "64.00"],
             ["2", "PH-3000-365", "As item 1, 365 g head weight (heavy)", "DRG 1045 Rev 12", "10", "64.00"],
         ]),
         ("p", "General tolerances ISO 2768-mK. Face milling 0.8 mm deep, 45 deg fly-cut, 1.5 mm pitch. Sole "
               "weights M6x1.0, 2 x 10 g. Loft 3.0 deg, lie 70 deg, offset 1/2 shaft."),
         ("h", "Scope"),
         ("p", "This PO authorises twenty (20) sample heads (items 1 and 2) and nothing more. The remaining "
               "1,980 heads of the 2,000 quoted in KY-Q-1120 are not released: do not start them and do not "
               "buy 303 bar for them. Material authority: sample-only."),
         ("p", "Production will be released only by a written release signed by Andrew Pike, Managing "
               "Director, after our sample sign-off (feel, sound, face flatness <= 0.05 mm)."),
         ("p", "Delivery: DHL to St Andrews by 21 June 2024. Certificate of conformity per ISO 9001:2015 "
               "clause 8.6 with the shipment."),
     ], title="PO 3488", author="Hollins & Pike Golf Ltd"))])

# c17: multipart/alternative email with HTML PO attachment, full scope (clean)
_c17_po = html_page("PO LPS-55150", """<h2>Links Pro Shops Ltd - Purchase Order LPS-55150</h2>
<p>Date 22 May 2024 &middot; Supplier: Saigon Fairway Bags Co., Ltd. &middot; Buyer: Sophie Marsh</p>
""" + html_table([
    ["Line", "Item", "Description", "Qty", "Scope", "Unit USD"],
    ["1", "LPS-SB-NV", "LPS Tour stand bag, navy, 4-way top, 2.3 kg", "4", "sample", "41.00"],
    ["2", "LPS-SB-BK", "LPS Tour stand bag, black", "4", "sample", "41.00"],
    ["3", "LPS-SB-GN", "LPS Tour stand bag, racing green", "4", "sample", "41.00"],
]) + """
<div class="note">Scope: 12 sample stand bags (lines 1-3). The 900 production bags in quotation SFB-Q-0744 are not
released and must not be started; no fabric or trims may be bought for them. They will be released only by a
written production release from Sophie Marsh, Buying Manager, after our sample sign-off.</div>""", lang="en-GB")
_c17_text = """Dear Lan,

Please find attached our PO LPS-55150 for the 12 sample stand bags (4 per colour).

Just to repeat the important bit: only the 12 samples. The 900 production bags in your quote are not
released; nothing should be cut or bought for them. I will send a written production release myself
once our sample sign-off is done - we're aiming for the week of 24 June.

Logo: please use the embroidery file LPS_crest_v5.dst sent last week, thread Madeira 1843 (gold).

Many thanks,
Sophie
""" + sig("Sophie Marsh", "Buying Manager", "Links Pro Shops Ltd, Sunningdale, Berkshire",
          "+44 1344 555 060")
case("c17_lps_sample_po_html_attachment", [],
     "Email (text+HTML) with HTML PO: 12 sample bags, 900 not released, no material, named buyer releases "
     "after sign-off",
     [("PO_LPS-55150_stand_bag_samples.eml", eml_bytes(mail(
         "Sophie Marsh <sophie.marsh@linksproshops.co.uk>", "Nguyen Thi Lan <lan.nguyen@saigonfairwaybags.vn>",
         "PO LPS-55150 - stand bag samples", "Wed, 22 May 2024 11:45:00 +0100", _c17_text,
         html=text_to_html(_c17_text),
         attachments=[("PO_LPS-55150.html", _c17_po, "text/html")])))])

# c18: WhatsApp Korean buyer / Chinese factory, full scope and supplier confirmation (clean)
_c18 = """08/05/2024, 10:11 - Kim Dohyun (Hanbit): Kevin, PO HB-PO-24-135 sent by email
08/05/2024, 10:12 - Kim Dohyun (Hanbit): Only 10 prototype heads (HB-W wedge, 52/56/58). The 2,000 pcs in quotation are not released.
08/05/2024, 10:13 - Kim Dohyun (Hanbit): Balance is released only by revised PO signed by me (Kim Dohyun), after sample sign-off by our QA.
08/05/2024, 10:30 - Kevin Zhang (Jinding): ok understand 👌 only 10 pcs. we don't buy material for 2000
08/05/2024, 10:31 - Kevin Zhang (Jinding): samples ready around 5/28
08/05/2024, 10:45 - Kim Dohyun (Hanbit): Thank you. Please use 8620 steel same as last year
"""
case("c18_whatsapp_hanbit_jinding", [],
     "Chat: 10 prototype heads only, 2,000 not released, revised PO signed by named sender after QA "
     "sign-off; supplier confirms no material",
     [("WhatsApp Chat with Kevin Zhang Jinding.txt", _c18)])

# c19: DOCX production release letter with table, terms kept apart (clean)
case("c19_trueloft_release_letter", [],
     "Written production release for 1,500 by named authority after recorded sample sign-off; remaining "
     "1,500 of the PO held until next call-off",
     [("TL-PR-2024-007_production_release.docx", docx_bytes([
         ("h1", "Production Release TL-PR-2024-007"),
         ("p", "TrueLoft Fitting Studios, 7301 E Butherus Dr, Scottsdale, AZ 85260"),
         ("p", "To: Formosa Composite Shafts Corp., Taichung, Taiwan - attn. Allen Chen"),
         ("table", [
             ["Field", "Entry"],
             ["Order", "TL-2024-052 - FCS-FIT fitting shafts (adapter installed)"],
             ["PO issued", "TL-2024-052 rev 1, 2024-04-02 (commercial cover 3,000 pcs)"],
             ["Sample sign-off", "passed 2024-04-22, record SS-0419, Rick Sandoval (Head of Fitting)"],
             ["Released quantity", "1,500 pcs"],
             ["Material authority", "staged up to 1,500 pcs"],
             ["Authorized by", "Jenna Alvarez, Purchasing Manager (release authority, limit USD 60,000)"],
             ["Date", "2024-04-24"],
         ]),
         ("p", "Please produce and ship the 1,500 shafts released above, in two lots of 750 (wk 21 and wk 24)."),
         ("p", "Balance: the other 1,500 pcs covered by the PO are not released and stay on hold until the "
               "next call-off issued by Jenna Alvarez."),
         ("p", "Signed: Jenna Alvarez"),
     ], author="Jenna Alvarez"))])

# c20: supplier status report with TXT packing list attachment (clean)
_c20_pl = """CHONBURI BALL TECH CO., LTD.          PACKING LIST  PL-24-0611
Customer : LINKS PRO SHOPS LTD       PO: LPS-55140   Invoice: CBT-INV-24-0611
Ship via : DHL EXPRESS AWB 4410 2281 90
--------------------------------------------------------------
Carton  Item            Description                 Qty (dz)
1/2     LPS-TXS-WHT     Tour X Soft sample, white       12
2/2     LPS-TXS-YEL     Tour X Soft sample, yellow      12
--------------------------------------------------------------
Total                                                   24 dz
Gross weight 22.4 kg   Dimensions 2 x 45x35x30 cm
"""
_c20_text = """Dear Khun Sophie,

The 24 dozen Tour X Soft samples for PO LPS-55140 shipped today by DHL (AWB 4410 2281 90). Packing
list attached.

We now wait for your sample sign-off. We will not start the 2,376 dozen production balance, and we
will not buy cover material for it, until we receive your written production release.

Compression test report (avg. 72) and the USGA initial velocity pre-test will follow on Friday.

Best regards,
Napat Srisuk
""" + sig("Napat Srisuk", "Export Sales", "Chonburi Ball Tech Co., Ltd., Chonburi, Thailand", "+66 38 555 0191")
case("c20_cbt_samples_shipped_status", [],
     "Supplier status: samples shipped, waits for sign-off and written release, no material for the "
     "2,376 dozen; TXT packing list attached",
     [("LPS-55140_samples_shipped.eml", eml_bytes(mail(
         "Napat Srisuk <napat@chonburiballtech.co.th>", "Sophie Marsh <sophie.marsh@linksproshops.co.uk>",
         "LPS-55140 samples shipped - DHL 4410228190", "Tue, 11 Jun 2024 17:30:00 +0700", _c20_text,
         attachments=[("PL-24-0611.txt", _c20_pl, "text/plain")])))])

# p34: "release" used for PO (SAP), drawing and production; release authority is "management"
_p34_text = """Dear Vivian,

Good news: PO HP-4120 has now been released in SAP (the release strategy finally went through) and
drawing HP-WG-56 is released at rev C - please scrap rev B prints.

The PO covers 18 tour sample wedge heads (6 each in 52/56/60). The 1,500 production heads are not
released yet. They will be released for production after internal approval by management and a
written release to you.

Could you confirm a sample ship date?

Kind regards,
Fiona
""" + sig("Fiona McLeish", "Buyer", "Hollins & Pike Golf Ltd, St Andrews", "+44 1334 555 021")
case("p34_hp_sap_release_mix", ["RG005", "RG009"],
     "'Released' used for the PO in SAP, the drawing revision and production; release depends on "
     "'management', no named person",
     [("PO_HP-4120_update.eml", eml_bytes(mail(
         "Fiona McLeish <fiona@hollinspike.co.uk>", "Vivian Huang <vivian.huang@tasheng-golf.com.tw>",
         "PO HP-4120 released / drawing rev C", "Thu, 23 May 2024 09:40:00 +0100", _p34_text)))])

# p35: HTML buyer portal - "approval" status for sample, commercial and production
_p35_body = """<h2>Kloofnek Golf &mdash; Supplier Portal</h2>
<p>Order <b>KG-PO-24-0630</b> &middot; supplier Siam Grip Industries Co., Ltd. &middot; item KG-TOUR-CORD
cord grip 60R</p>
<div class="note">Scope: 20 sample grips. The remaining 4,980 grips of the quoted 5,000 are not released. Production
is released only in writing by Naledi Dube, Head of Procurement, after sample sign-off.</div>
<h3>Approval status</h3>
""" + html_table([
    ["Step", "Status", "Date", "By", "Comment"],
    ["Sample approval", "Approved", "2024-06-12", "Thabo Nkosi (R&D)", "20 samples: cord pattern and taper OK"],
    ["Commercial approval", "Approved", "2024-06-14", "Finance", "PO value ZAR 1,140 for the 20 samples"],
    ["Production approval", "Pending", "-", "Naledi Dube", "awaiting written release"],
]) + """
<p style="color:#777">Kloofnek supplier portal &middot; 2024-06-14 15:02 SAST</p>"""
case("p35_kloofnek_portal_approval_steps", ["RG009"],
     "Portal uses 'approval' for sample (technical), commercial (finance) and production steps",
     [("KG-PO-24-0630_status.html", html_page("KG-PO-24-0630", _p35_body, lang="en-ZA"))])

# p36: PDF PO - scope note says 12 samples, table says 24
case("p36_trueloft_po_note_vs_table", ["RG011"],
     "PO table authorizes 24 sample heads while the scope note says twelve (12)",
     [("TL-2024-093_PO.pdf", pdf([
         ("h1", "TrueLoft Fitting Studios - Purchase Order TL-2024-093"),
         ("p", "Scottsdale, AZ. Supplier: Xiamen Haolong Precision Casting Co., Ltd. Date: 2024-05-28. "
               "Buyer: Jenna Alvarez."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "TL-CB-7", "Cavity-back 7-iron head, 431 SS, sample", "24", "22.00", "528.00"],
         ]),
         ("h", "Scope note"),
         ("p", "This PO authorizes twelve (12) sample heads only. The 1,500 production heads in quotation "
               "XH-Q-4452 are not released and must not be started. They will be released only by a written "
               "release from Rick Sandoval, Head of Fitting, after sample sign-off."),
         ("p", "Heads to be delivered with loft 34 deg and lie 62.5 deg stamped on the hosel. Airfreight to "
               "Scottsdale."),
     ], pagesize=LETTER, title="TL-2024-093", author="TrueLoft Fitting Studios"))])

# p37: email says call-off releases 500; attached call-off PDF says 5,000
_p37_co = pdf([
    ("h1", "CALL-OFF FD-CO-04"),
    ("p", "Fairway Direct Pro Shops (Pty) Ltd, Johannesburg. Agreement FD-BA-2024-01 (grips). "
          "Supplier: Siam Grip Industries Co., Ltd. Date: 2024-06-17."),
    ("table", [
        ["Item", "Description", "Released quantity", "Delivery"],
        ["FD-MID-60", "Midsize 60R grip, FD logo, black/gold", "5,000 pcs", "2024-08-05 CPT Johannesburg"],
    ]),
    ("p", "Balance of the agreement not released until call-off FD-CO-05 from Johan Botha."),
    ("p", "Issued by: Johan Botha, Buying Manager"),
], title="FD-CO-04", author="Fairway Direct")
_p37_text = """Hi Somchai,

Please find call-off FD-CO-04 attached: it releases 500 grips FD-MID-60 for the August delivery.
The balance of the 5,000 agreement stays unreleased until call-off FD-CO-05, which will come from me
after our July stock count.

Thanks and regards,
Johan
""" + sig("Johan Botha", "Buying Manager", "Fairway Direct Pro Shops (Pty) Ltd, Johannesburg",
          "+27 11 555 0134")
case("p37_fairwaydirect_calloff_mismatch", ["RG011"],
     "Cover email releases 500 grips; the attached call-off PDF states released quantity 5,000",
     [("FD-CO-04_call-off.eml", eml_bytes(mail(
         "Johan Botha <johan@fairwaydirect.co.za>", "Somchai Wongsa <somchai@siamgrip.co.th>",
         "Call-off FD-CO-04 - FD-MID-60 grips", "Mon, 17 Jun 2024 08:10:00 +0200", _p37_text,
         attachments=[("FD-CO-04.pdf", _p37_co, PDF_MT)])))])

# p38: multi-file - PO (TXT), release letter (PDF, 1,000), email (1,200)
_p38_po = """HOLLINS & PIKE GOLF LTD                 PURCHASE ORDER                  SAP MM
-------------------------------------------------------------------------------
PO        : 4500003455        DATE : 02.04.2024       VENDOR : 100284 HIMEJI TANZO WORKS
BUYER     : F. MCLEISH        CURR : JPY              INCO   : DAP ST ANDREWS
-------------------------------------------------------------------------------
ITEM  MATERIAL      SHORT TEXT                        QTY   UN   PRICE
00010 HP-CB-7       FORGED CB 7-IRON HEAD, SAMPLE      30   EA   8,800
-------------------------------------------------------------------------------
HEADER TEXT:
 SAMPLE ORDER ONLY. THE 2,400 PRODUCTION HEADS OF QUOTE HT-Q-805 ARE NOT
 RELEASED. PRODUCTION RELEASE ONLY BY WRITTEN RELEASE FROM G. WHITLOCK (HEAD
 OF PRODUCT) AFTER SAMPLE SIGN-OFF.
"""
_p38_rel = pdf([
    ("h1", "Production Release PR-011"),
    ("p", "Hollins & Pike Golf Ltd to Himeji Tanzo Works Co., Ltd. Date: 1 July 2024."),
    ("table", [
        ["Order", "Item", "Released quantity", "Evidence", "Authorized by"],
        ["PO 4500003455 / HT-Q-805", "HP-CB-7 forged CB 7-iron head", "1,000 heads",
         "Sample sign-off SS-HP-022, 27 June 2024", "Graham Whitlock, Head of Product"],
    ]),
    ("p", "The remaining 1,400 heads stay on hold until a further written release from Graham Whitlock."),
], title="PR-011", author="Hollins & Pike Golf Ltd")
_p38_mail = eml_bytes(mail(
    "Graham Whitlock <graham@hollinspike.co.uk>", "Takeshi Yamamoto <yamamoto@himeji-tanzo.co.jp>",
    "PR-011 - HP-CB-7 production", "Mon, 1 Jul 2024 15:20:00 +0100",
    """Yamamoto-san,

Release PR-011 is attached in the portal. As per PR-011, please run 1,200 heads of the HP-CB-7 now,
delivery in two lots (September / October). The rest stays on hold until you hear from me in writing.

Kind regards,
Graham
""" + sig("Graham Whitlock", "Head of Product", "Hollins & Pike Golf Ltd, St Andrews", "+44 1334 555 017")))
case("p38_hp_release_folder_mismatch", ["RG011"],
     "Folder: release letter PR-011 releases 1,000 heads; the email 'as per PR-011' asks to run 1,200",
     [("PR-011_production_release.pdf", _p38_rel), ("PO_4500003455.txt", _p38_po),
      ("PR-011_email.eml", _p38_mail)])

# p39: WhatsApp - buyer states 20 samples, later 25 for the same PO
_p39 = """10/06/2024, 08:02 - Johan Botha (Fairway Direct): Morning Amy. PO FD-20471 is out: 20 sample putter heads (FD Milled #2, 350 g). The 480 production heads on your quote are NOT released - release only in writing from me after sample sign-off
10/06/2024, 08:15 - Amy Luo (Kaiyuan CNC): Good morning Johan, received. We start CNC programming today
14/06/2024, 09:40 - Amy Luo (Kaiyuan CNC): Face milling test photo
14/06/2024, 09:40 - Amy Luo (Kaiyuan CNC): <Media omitted>
14/06/2024, 11:02 - Johan Botha (Fairway Direct): Nice! Reminder: PO FD-20471 = 25 sample heads, ship by 5 July pls
14/06/2024, 11:10 - Amy Luo (Kaiyuan CNC): Ok Johan, I check material for samples
"""
case("p39_whatsapp_fairwaydirect_kaiyuan", ["RG011"],
     "Chat: same PO stated as 20 sample heads, later as 25 sample heads",
     [("WhatsApp Chat with Amy Luo Kaiyuan.txt", _p39)])

# p40: DOCX PO with word/figure mismatch "twelve (21)"
case("p40_hanbit_po_twelve_21", ["RG011"],
     "PO text 'twelve (21) prototype heads' contradicts itself and the table quantity 12",
     [("HB-PO-24-144.docx", docx_bytes([
         ("h1", "PURCHASE ORDER HB-PO-24-144"),
         ("p", "Hanbit Golf Co., Ltd. 14F, 501 Teheran-ro, Gangnam-gu, Seoul 06168, Korea"),
         ("p", "Supplier: Ta-Sheng Golf Components Co., Ltd., Kaohsiung   Date: 2024-06-20   Buyer: Kim Dohyun"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD"],
             ["10", "HB-F5", "Prototype fairway head 18 deg, 17-4 SS, unpainted", "12", "64.00"],
         ]),
         ("p", "This PO covers twelve (21) prototype fairway heads. The 3,000 heads in quotation TS-Q-2366 are "
               "not released and must not be started."),
         ("p", "Release of the balance only by a written production release from Park Ji-won, Sourcing "
               "Director, after sample sign-off by Hanbit QA."),
         ("p", "Delivery: air to Seoul by 2024-07-19. Please send CT data with the samples."),
     ], author="Kim Dohyun"))])

# p42: supplier acknowledges 1.200 (European format) against a release of 1,000
_p42_quoted = """From: Naledi Dube <naledi@kloofnekgolf.co.za>
Sent: 1 July 2024 10:05
Subject: Production release KG-PR-016 - PO KG-4480-P

Dear Lan,

Sample sign-off for the KG-4480 cart bags was completed on 28 June (SS-KG-034).
Production release KG-PR-016: 1,000 cart bags (500 navy/lime, 500 black/white).
The remaining 500 bags on PO KG-4480-P stay on hold until the next call-off from me.

Regards,
Naledi Dube, Head of Procurement"""
_p42_text = """Dear Naledi,

Thank you very much. We confirm production release KG-PR-016 for 1.200 pcs cart bags on PO
KG-4480-P. Sewing line starts Monday 08.07, ETD about 16.08.

Best regards,
Lan
""" + sig("Nguyen Thi Lan", "Sales Executive", "Saigon Fairway Bags Co., Ltd., Binh Duong, Vietnam",
          "+84 274 555 0187") + "\n" + quote(_p42_quoted) + "\n"
case("p42_saigon_ack_1200_vs_1000", ["RG011"],
     "Release KG-PR-016 is for 1,000 bags; supplier confirms the same release as 1.200 pcs",
     [("RE_KG-PR-016_confirmation.eml", eml_bytes(mail(
         "Nguyen Thi Lan <lan.nguyen@saigonfairwaybags.vn>", "Naledi Dube <naledi@kloofnekgolf.co.za>",
         "RE: Production release KG-PR-016 - PO KG-4480-P", "Tue, 2 Jul 2024 09:00:00 +0700", _p42_text,
         in_reply_to="<h118-kgpr016@kloofnekgolf.co.za>")))])

# p43: AP forwards remittance (rfc822) and says production can start
_p43_remit = mail("Bank of the West Remittance <noreply@remit.example-bank.com>",
                  "Accounts Payable <ap@ridgelinegolf.com>",
                  "Remittance advice - wire ref FT24152-88210", "Fri, 31 May 2024 06:02:00 -0700",
                  """REMITTANCE ADVICE

Originator : Ridgeline Golf Co.
Beneficiary: Ningbo Jinding Forging Co., Ltd.
Reference  : PI NJ-PI-2207 30 PCT DEPOSIT
Amount     : USD 10,476.00
Value date : 2024-05-31
""")
_p43_quoted = """From: Kelly Ostrander
Sent: Friday, May 17, 2024 3:12 PM
Subject: PO RG-24-0377 / PI NJ-PI-2207

Kevin, PO RG-24-0377 covers 12 sample iron heads only. The 2,400 production heads on your PI are not
released; only Dana Whitfield can release them, in writing, after our sample sign-off.
Kelly"""
_p43_text = """Hi Kevin,

The 30% deposit on PI NJ-PI-2207 was paid this morning - remittance advice from our bank is
attached. So you can start production on your side now.

Please send the commercial invoice for the balance when the goods are ready.

Regards,
Priya
""" + sig("Priya Raman", "Accounts Payable", "Ridgeline Golf Co., Carlsbad CA", "+1 760 555 0150") \
    + "\n" + quote(_p43_quoted) + "\n"
case("p43_ridgeline_ap_deposit_start", ["RG012"],
     "Accounts payable: deposit paid, 'so you can start production' - payment treated as release; quoted "
     "buyer scope says 12 samples only",
     [("RE_RG-24-0377_PI_NJ-PI-2207.eml", eml_bytes(mail(
         "Priya Raman <ap@ridgelinegolf.com>", "Kevin Zhang <kevin@jindingforging.cn>",
         "RE: PO RG-24-0377 / PI NJ-PI-2207 - deposit paid", "Fri, 31 May 2024 08:30:00 -0700", _p43_text,
         cc="Kelly Ostrander <kelly.ostrander@ridgelinegolf.com>",
         attachments=[("rfc822", _p43_remit)], in_reply_to="<h118-rg0377@ridgelinegolf.com>")))])

# p44: supplier treats PO acceptance as the start signal for production
_p44_quoted = """From: Sato Hiroshi <h.sato@kisaragi-golf.co.jp>
Sent: Monday, June 3, 2024 9:10 AM
Subject: PO KG-2406-02 KF-5 cavity back tour samples

Yamamoto-sama
PO KG-2406-02 is for 24 tour sample heads of KF-5 only. The 3,000 sets first production is not
released. I will send written release after sample sign-off by Tanaka (R&D).
Best regards, Sato"""
_p44_text = """Sato-sama

Thank you for your order.

We have accepted your PO KG-2406-02 in our system (order acceptance No. HT-OA-3315).
Therefore we will start production of KF-5 heads from next week, according to the quotation
quantity, so that we can keep your launch schedule.

Tour samples will be finished on 6/21.

Best regards,
Yamamoto Takeshi
""" + sig("Yamamoto Takeshi", "Sales Manager", "Himeji Tanzo Works Co., Ltd.", "+81 79 555 0145") \
    + "\n" + quote(_p44_quoted) + "\n"
case("p44_himeji_po_acceptance_start", ["RG012"],
     "Supplier: PO accepted in our system, 'therefore' production starts at the quotation quantity",
     [("RE_PO_KG-2406-02_KF-5.eml", eml_bytes(mail(
         "Yamamoto Takeshi <yamamoto@himeji-tanzo.co.jp>", "Sato Hiroshi <h.sato@kisaragi-golf.co.jp>",
         "RE: PO KG-2406-02 KF-5 cavity back tour samples", "Tue, 4 Jun 2024 13:15:00 +0900", _p44_text,
         in_reply_to="<h118-kg240602@kisaragi-golf.co.jp>")))])

# ------------------------------------------------------------------ batch 5

# c21: PDF supplier quote with tiers; part number contains '1200' (clean)
case("c21_nakamura_shaft_quote", [],
     "Supplier quotation with sample and production tiers only; part number 65-1200-S looks like a "
     "quantity",
     [("NCS_quotation_Q24-118.pdf", pdf([
         ("h1", "QUOTATION Q24-118"),
         ("p", "Nakamura Carbon Shaft Co., Ltd., 2-8-4 Kitahama, Otsu, Shiga 520-0047, Japan"),
         ("p", "To: Hanbit Golf Co., Ltd., Sourcing Team (Mr. Kim Dohyun). Date: 2024-05-30. Validity: 90 days."),
         ("table", [
             ["Model", "P/N", "Spec", "Sample (10 pcs)", "1,000 pcs", "5,000 pcs"],
             ["NC-TOUR 65", "65-1200-S", "65 g, S flex, torque 3.2, mid kick", "JPY 14,000", "JPY 4,900",
              "JPY 4,350"],
             ["NC-TOUR 75", "75-1200-X", "75 g, X flex, torque 2.8, low kick", "JPY 14,000", "JPY 5,100",
              "JPY 4,500"],
         ]),
         ("p", "Prices for production quantities are shown for budgeting. Production is made only against your "
               "PO and written production release; sample orders do not reserve production capacity."),
         ("p", "Lead time: samples 3 weeks; production 8 weeks from written release. Paint: custom colour "
               "extra JPY 120 / pc. FOB Osaka."),
         ("p", "Ishida Kaori, Overseas Sales"),
     ], title="Q24-118", author="Nakamura Carbon Shaft"))])

# c22: buyer's planning question, explicitly not a release (clean)
_c22_text = """Dear Cindy,

A planning question only - this is not a release and not an order, so please don't book material or
line time on the back of it.

Hypothetically: if we were to send a written production release for 1,500 KG-DR-10 driver heads on
1 July, could you ship the first half by 30 August? Our retail partners want the driver for the
spring season in the Western Cape.

Could you also tell me how long the Ti-6Al-4V cups take from your mill at the moment?

Kind regards,
Naledi
""" + sig("Naledi Dube", "Head of Procurement", "Kloofnek Golf (Pty) Ltd, Stellenbosch", "+27 21 555 0177")
case("c22_kloofnek_capacity_question", [],
     "Buyer planning question about a hypothetical release; states it is not a release or order",
     [("Planning_question_KG-DR-10.eml", eml_bytes(mail(
         "Naledi Dube <naledi@kloofnekgolf.co.za>", "Cindy Lin <cindy.lin@haolong-casting.com>",
         "KG-DR-10 - planning question (not a release)", "Wed, 29 May 2024 12:00:00 +0200", _c22_text)))])

# c23: multipart/alternative email + PDF PO; tooling deposit does not authorize production (clean)
_c23_po = pdf([
    ("h1", "PURCHASE ORDER HB-PO-24-151"),
    ("p", "Hanbit Golf Co., Ltd., Seoul. Supplier: Ta-Sheng Golf Components Co., Ltd., Kaohsiung. "
          "Date: 2024-06-24. Buyer: Kim Dohyun."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Scope", "Unit USD", "Amount USD"],
        ["10", "HB-H4", "Prototype hybrid head 22 deg, 17-4 SS, maraging face", "16", "sample", "58.00", "928.00"],
        ["20", "HB-H4-T", "Wax tool + CNC fixture for HB-H4", "1 set", "tooling", "3,200.00", "3,200.00"],
    ]),
    ("p", "Scope: 16 prototype heads and the tooling. The 3,000 production heads in quotation TS-Q-2371 are "
          "not released and must not be started; material authority is sample-only."),
    ("p", "Production can be released only by a written production release from Park Ji-won, Sourcing "
          "Director, after sample sign-off (loft/lie, CT, sound) by Hanbit QA."),
    ("p", "Payment: tooling 50% deposit by T/T, balance after acceptance of the T1 tool trial; prototypes net 30."),
], title="HB-PO-24-151", author="Hanbit Golf")
_c23_text = """Dear Vivian,

Attached please find PO HB-PO-24-151 for the HB-H4 hybrid: 16 prototype heads plus the wax tool.

We will pay the tooling deposit (USD 1,600) next week. The deposit pays for the tooling only and
does not authorize any production. The 3,000 heads in your quotation stay on hold until Director
Park Ji-won sends a written production release after our sample sign-off.

Please confirm the T1 date.

Best regards,
Kim Dohyun
""" + sig("Kim Dohyun", "Sourcing Team Lead", "Hanbit Golf Co., Ltd., Seoul", "+82 2 555 0161")
case("c23_hanbit_po_tooling_deposit", [],
     "Email+PDF PO: 16 prototypes and tooling; deposit stated not to authorize production; 3,000 held "
     "until named director's written release after sign-off",
     [("HB-PO-24-151_hybrid_prototypes.eml", eml_bytes(mail(
         "Kim Dohyun <dohyun.kim@hanbitgolf.co.kr>", "Vivian Huang <vivian.huang@tasheng-golf.com.tw>",
         "PO HB-PO-24-151 HB-H4 hybrid prototypes + tooling", "Mon, 24 Jun 2024 15:30:00 +0900", _c23_text,
         html=text_to_html(_c23_text), attachments=[("HB-PO-24-151.pdf", _c23_po, PDF_MT)])))])

# c24: ERP fixed-width full production PO, no balance (clean)
_c24 = """KLOOFNEK GOLF (PTY) LTD                  PURCHASE ORDER                PAGE 1/1
-------------------------------------------------------------------------------
PO NO     : KG-PO-24-0881        PO DATE : 2024-06-05      CURRENCY : USD
SUPPLIER  : V-20440 CHONBURI BALL TECH CO LTD, CHONBURI 20000, THAILAND
ORDER TYPE: PRODUCTION - COMPLETE ORDER       BUYER : L. MOKOENA
-------------------------------------------------------------------------------
LN  ITEM         DESCRIPTION                      QTY(DZ)   PRICE/DZ     AMOUNT
01  KG-B3-WHT    KLOOFNEK 3PC URETHANE, WHITE         600       8.90   5,340.00
02  KG-B3-YEL    KLOOFNEK 3PC URETHANE, YELLOW        400       8.90   3,560.00
03  KG-B2-DST    KLOOFNEK 2PC DISTANCE, WHITE         200       5.20   1,040.00
-------------------------------------------------------------------------------
TOTAL QTY : 1,200 DZ         TOTAL AMOUNT : USD 9,940.00          BAL : 0 DZ
DELIVERY  : SHIPMENT 1  600 DZ (LN01)           ETD LAEM CHABANG 2024-07-26
            SHIPMENT 2  600 DZ (LN02 + LN03)    ETD LAEM CHABANG 2024-08-23
REMARKS   : THIS PO IS THE FULL ORDER. PRODUCE THE 1,200 DZ AS LISTED. NO
            FURTHER QUANTITY IS COVERED OR EXPECTED UNDER THIS PO.
            ARTWORK KG-ART-2400 REV 3 (PROTEA LOGO), BOX 12 BALLS.
            BALLS MUST BE ON THE R&A LIST OF CONFORMING GOLF BALLS.
-------------------------------------------------------------------------------
AUTHORISED: L. MOKOENA (BUYING MANAGER)      PRINTED 2024-06-05 09:41 SAST
"""
case("c24_kloofnek_full_po_erp", [],
     "ERP full production PO for 1,200 dozen, balance 0, deliveries split 600+600; artwork id 2400",
     [("KG-PO-24-0881.txt", _c24)])

# c25: multi-file - sample PO (TXT) + supplier quote (PDF) + supplier acknowledgement (EML) (clean)
_c25_po = """LINKS PRO SHOPS LTD                 PURCHASE ORDER          PAGE 1 OF 1
------------------------------------------------------------------------
PO: LPS-55171           DATE: 24-JUN-2024        SUPPLIER: SIAM GRIP IND.
BUYER: S. MARSH         CURRENCY: USD            QUOTE REF: SGI-Q-3390
------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                    QTY   UOM   PRICE
1   LPS-CW-58     LPS CLASSIC WRAP 58R, SAMPLE    36   EA    2.05
------------------------------------------------------------------------
SCOPE: 36 SAMPLE GRIPS ONLY. QUOTE SGI-Q-3390 SHOWS 6,000 PCS PRODUCTION
       PRICING - FOR INFORMATION ONLY, NOT RELEASED. DO NOT BUY COMPOUND
       OR MOULD PRODUCTION GRIPS. PRODUCTION RELEASE ONLY IN WRITING FROM
       S. MARSH (BUYING MANAGER) AFTER SAMPLE SIGN-OFF.
------------------------------------------------------------------------
"""
_c25_quote = pdf([
    ("h1", "QUOTATION SGI-Q-3390"),
    ("p", "Siam Grip Industries Co., Ltd., Rayong. To: Links Pro Shops Ltd. Date: 2024-06-12."),
    ("table", [
        ["Item", "Description", "Sample", "Production", "Unit USD sample / prod."],
        ["LPS-CW-58", "Classic wrap 58R, black/white, LPS crest on cap", "36 pcs", "6,000 pcs", "2.05 / 1.12"],
    ]),
    ("p", "Lead time: samples 10 days, production 30 days after written release."),
], title="SGI-Q-3390", author="Siam Grip Industries")
_c25_ack = eml_bytes(mail(
    "Somchai Wongsa <somchai@siamgrip.co.th>", "Sophie Marsh <sophie.marsh@linksproshops.co.uk>",
    "Order acknowledgement LPS-55171", "Tue, 25 Jun 2024 10:15:00 +0700",
    """Dear Khun Sophie,

We acknowledge PO LPS-55171: 36 sample grips LPS-CW-58 only. The 6,000 pcs production in our quote is
not released; we will not buy compound or mould production grips until your written production
release after sample sign-off.

Samples ship 5 July.

Best regards,
Somchai
""" + sig("Somchai Wongsa", "Sales Manager", "Siam Grip Industries Co., Ltd., Rayong", "+66 38 555 0140")))
case("c25_lps_folder_po_quote_ack", [],
     "Folder: sample PO declares the quote's 6,000 informational/not released with named releaser; quote "
     "and supplier acknowledgement consistent",
     [("LPS-55171_PO.txt", _c25_po), ("SGI-Q-3390.pdf", _c25_quote), ("LPS-55171_ack.eml", _c25_ack)])

# p45: LINE group - accounting says invoice paid so mass production can start
_p45 = """[LINE] Chat history in KISARAGI / SIAM GRIP KSG Tour Velvet
Saved on: 2024/06/20 17:30

2024/06/03(Mon)
09:15\tSato Hiroshi\tSomchai-san, PO KSG-2405-21 is for 30 sample grips only.
09:16\tSato Hiroshi\tThe 6,000 production grips are not released. I will send written release after sample sign-off by Tanaka-san.
09:40\tSomchai Wongsa\tWell noted Sato-san, 30 pcs sample only 🙏
2024/06/19(Wed)
11:02\tKobayashi Emi\tHello, this is Kobayashi from Kisaragi accounting.
11:03\tKobayashi Emi\tSample invoice SGI-INV-0588 and 30% advance for production are paid today by T/T.
11:03\tKobayashi Emi\tSo factory can start mass production now 🙏
11:20\tSomchai Wongsa\tThank you Kobayashi-san! We start next week.
"""
case("p45_line_kisaragi_invoice_paid", ["RG012"],
     "LINE: accounting says the advance is paid 'so factory can start mass production'; supplier agrees; "
     "scope said 30 samples only",
     [("LINE_KISARAGI_SIAMGRIP.txt", _p45)])

# p46: DOCX proforma - forecast booked as confirmed order, production starts on deposit
case("p46_haolong_pi_forecast_deposit", ["RG008", "RG012"],
     "Supplier PI books the buyer's forecast as a confirmed order of 5,000 and starts production on "
     "receipt of deposit",
     [("XH_PI-24-0712_FairwayDirect.docx", docx_bytes([
         ("h1", "PROFORMA INVOICE XH-PI-24-0712"),
         ("p", "Xiamen Haolong Precision Casting Co., Ltd. No. 18 Xiangxing Rd, Xiamen Torch Hi-Tech Zone, "
               "Fujian, China"),
         ("p", "Buyer: Fairway Direct Pro Shops (Pty) Ltd, Johannesburg. Attn: Johan Botha. Date: 2024-06-21."),
         ("table", [
             ["No.", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "FD-DR-460", "Driver head 460cc Ti, 10.5 deg, sample", "6", "85.00", "510.00"],
             ["2", "FD-DR-460", "Driver head 460cc Ti, 9.0/10.5 deg mixed", "5,000", "17.60", "88,000.00"],
         ]),
         ("p", "Order quantity 5,000 pcs as per your 2025 forecast e-mail of 3 June (confirmed order)."),
         ("p", "Payment terms: 30% T/T deposit, 70% against copy of B/L."),
         ("p", "Production will commence upon receipt of the 30% deposit. Lead time 50 days after deposit."),
         ("p", "Bank: Bank of China, Xiamen Branch, SWIFT BKCHCNBJ730."),
         ("p", "Cindy Lin, Sales Dept."),
     ], author="Cindy Lin"))])

# p47: hold stated, named releaser, but "until further notice" - no unlock event
_p47_text = """Dear Somchai,

PO KG-PO-24-0655 has gone out from our system: it covers 20 sample grips (KG-TOUR-CORD 60R,
grey/red) only.

The balance of 9,980 grips on your quotation is on hold until further notice. Please do not start
it. Only I can release it, in writing.

Thank you,
Siphokazi
""" + sig("Siphokazi Mthembu", "Head of Buying", "Kloofnek Golf (Pty) Ltd, Stellenbosch", "+27 21 555 0165")
case("p47_kloofnek_hold_further_notice", ["RG004"],
     "20 samples, 9,980 on hold 'until further notice', named releaser - but no event unlocks the balance",
     [("KG-PO-24-0655_samples.eml", eml_bytes(mail(
         "Siphokazi Mthembu <siphokazi@kloofnekgolf.co.za>", "Somchai Wongsa <somchai@siamgrip.co.th>",
         "PO KG-PO-24-0655 sample grips", "Thu, 13 Jun 2024 10:30:00 +0200", _p47_text)))])

# p48: HTML portal - hold and unlock event stated, release "from our side"
_p48_rows = [
    ["Line", "SKU", "Description", "Qty (dozen)", "Scope", "Unit (GBP/dz)"],
    ["1", "LPS-TXP-WHT", "LPS Tour X Pro prototype, 4-piece cast urethane, white", "36", "sample", "14.50"],
]
_p48_body = f"""<h2>Links Pro Shops Ltd &mdash; Supplier Portal</h2>
<p>Purchase order <b>LPS-55162</b> &middot; issued 12 June 2024 &middot; supplier: Chonburi Ball Tech Co., Ltd.</p>
{html_table(_p48_rows)}
<div class="note"><p>36 dozen prototype samples only. The 3,000 dozen production quantity is not released and must not
be started. It will be released after sample sign-off and the R&amp;A conformance test, by a written release from
our side.</p></div>
<p>Samples to be delivered to our Sunningdale warehouse by 5 July 2024.</p>
<p style="color:#777">Portal message generated 12/06/2024 14:05 BST.</p>"""
case("p48_lps_portal_from_our_side", ["RG005"],
     "Portal PO: 36 dozen samples, 3,000 dozen held until sign-off + written release 'from our side' - no "
     "named release person",
     [("LPS-55162_portal.html", html_page("PO LPS-55162", _p48_body, lang="en-GB"))])

# p49: prototype PO referencing a quote that includes the first production lot; nothing about it
case("p49_kisaragi_proto_po_silent", ["RG003", "RG004", "RG005"],
     "Prototype PO refers to the quote for prototypes and the first production lot but never says the "
     "lot is not released, names no unlock event and no release person",
     [("KG-2406-11_PO.pdf", pdf([
         ("h1", "PURCHASE ORDER KG-2406-11"),
         ("p", "Kisaragi Golf Co., Ltd., 3-2-1 Minatojima-Minamimachi, Chuo-ku, Kobe 650-0047"),
         ("p", "To: Himeji Tanzo Works Co., Ltd. Date: 2024-06-17. Person in charge: Sato Hiroshi."),
         ("table", [
             ["No.", "Item", "Description", "Qty", "Unit JPY", "Amount JPY"],
             ["1", "KF-9 #5", "Prototype forged iron head, S25C, raw", "3", "9,000", "27,000"],
             ["2", "KF-9 #6", "Prototype forged iron head", "3", "9,000", "27,000"],
             ["3", "KF-9 #7", "Prototype forged iron head", "3", "9,000", "27,000"],
             ["4", "KF-9 #8", "Prototype forged iron head", "3", "9,000", "27,000"],
             ["5", "KF-9 #9", "Prototype forged iron head", "3", "9,000", "27,000"],
             ["6", "KF-9 PW", "Prototype forged iron head", "3", "9,000", "27,000"],
             ["", "", "Total", "18", "", "162,000"],
         ]),
         ("p", "Reference: your quotation HT-Q-812 (prototypes and first production lot)."),
         ("p", "Delivery: 2024-07-26 to Kobe R&D centre. Please attach hardness and loft/lie record."),
         ("p", "Payment: end of month following delivery."),
     ], title="KG-2406-11", author="Kisaragi Golf"))])


# ==== MAIN ====
RULES = [f"RG{n:03d}" for n in range(1, 13)]


def _formats(files):
    """Return (top-level extensions, all formats incl. EML attachments, eml detail)."""
    top, allf, detail = [], set(), []
    for fn, data in files:
        ext = fn.rsplit(".", 1)[-1].lower()
        top.append(ext)
        allf.add(ext)
        if ext == "eml":
            import email
            msg = email.message_from_bytes(data, policy=policy.default)
            for part in msg.walk():
                ct = part.get_content_type()
                if ct == "multipart/alternative":
                    detail.append("alternative")
                elif ct == "message/rfc822":
                    detail.append("rfc822")
                elif part.get_filename():
                    sub = part.get_filename().rsplit(".", 1)[-1].lower()
                    allf.add(sub)
                    detail.append("att-" + sub)
            body = msg.get_body(preferencelist=("plain",))
            if body is not None and re.search(r"^>", body.get_content(), re.M):
                detail.append("quoted")
    return top, allf, detail


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    per_rule = {r: 0 for r in RULES}
    top_count, case_count, detail_count = {}, {}, {}
    multi = 0
    mapping = []
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"{PREFIX}_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        fnames = [fn for fn, _ in c["files"]]
        assert len(set(fnames)) == len(fnames)
        for fn, data in c["files"]:
            if isinstance(data, str):
                (d / fn).write_bytes(data.encode("utf-8"))
            else:
                (d / fn).write_bytes(data)
        for r in c["expect"]:
            assert r in RULES, r
            per_rule[r] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        bfiles = [(fn, data.encode("utf-8") if isinstance(data, str) else data)
                  for fn, data in c["files"]]
        top, allf, detail = _formats(bfiles)
        for e in top:
            top_count[e] = top_count.get(e, 0) + 1
        for e in allf:
            case_count[e] = case_count.get(e, 0) + 1
        for e in detail:
            detail_count[e] = detail_count.get(e, 0) + 1
        if len(c["files"]) > 1:
            multi += 1
        mapping.append((folder, c["name"], c["expect"]))
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    multirule = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multirule} "
          f"multi-file={multi}")
    for r in RULES:
        print(f"  {r}: {per_rule[r]}")
    print("top-level files:", dict(sorted(top_count.items())))
    print("cases containing:", dict(sorted(case_count.items())))
    print("eml detail:", dict(sorted(detail_count.items())))
    import sys
    if "-v" in sys.argv:
        for row in mapping:
            print("  ", *row)


if __name__ == "__main__":
    main()
