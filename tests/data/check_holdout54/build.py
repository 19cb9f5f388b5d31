#!/usr/bin/env python3
"""Generator for the releasegate check_holdout54 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout54/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffled case order with a fixed seed).

Theme of this corpus: consumer products sold online (pet products, garden tools,
kitchenware, phone accessories) by brands in the US, UK, Germany and Australia,
working with sourcing agents and factories in China, Vietnam, India and Bangladesh.
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
SEED = 5454


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (copied from check_holdout3/build.py, message-id / boundary prefix changed to h54)
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
    m["Message-ID"] = msgid or f"<h54-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h54")
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


def sig_short(name, title, company, phone):
    """A plain signature without the legal disclaimer (small brands, agents)."""
    return f"\n--\n{name}\n{title}\n{company}\n{phone}\n"


def quote_lines(text):
    """Render text as a '>' quoted block, as mail clients do in replies."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def simple_html(text):
    """Very small text -> HTML converter for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


# =================================================================== CLEAN
# ---------------------------------------------------------------- c01
case("c01_alibaba_chat_three_samples", [],
     "buyer orders 3 samples in Alibaba chat; MOQ 500 named as not ordered/not released; "
     "unlock = sample sign-off + written production order by Priya Raman; no bulk webbing",
     [("alibaba_chat_export_YP-H220.txt", """Alibaba.com Messenger - conversation export
Supplier : Shenzhen Yoopet Technology Co., Ltd.  (Verified Supplier, 6 yrs)
Buyer    : Priya Raman  (Wagtail & Co, Leeds, United Kingdom)
Product  : No-pull dog harness YP-H220, reflective, 3 sizes
Exported : 2024-04-12 10:02 (GMT+8)
----------------------------------------------------------------------

[2024-04-10 16:31] Cathy Zhou: Hello dear, thanks for your inquiry on YP-H220 harness. MOQ is 500pcs per colour, logo by heat transfer or woven label
[2024-04-10 16:32] Cathy Zhou: price for 500-999pcs USD 3.85/pc, 1000pcs up USD 3.40/pc, FOB Shenzhen
[2024-04-10 16:33] Cathy Zhou: sample fee USD 35/pc incl. logo, we return sample fee when you place mass order
[2024-04-10 16:40] Priya Raman: hi Cathy, thanks. what is the webbing width for size L? our customers have labs and goldens
[2024-04-10 16:44] Cathy Zhou: L is 25mm webbing, chest 68-92cm, D-ring front + back, buckle is POM
[2024-04-10 16:45] Cathy Zhou: [image] size chart.jpg
[2024-04-10 17:02] Priya Raman: ok great. can the front ring be aluminium instead of zinc alloy? weight matters
[2024-04-10 17:10] Cathy Zhou: yes can do, +0.18usd
[2024-04-11 09:15] Priya Raman: morning! ok let's do samples. pls make 3 samples: 1x black M, 1x navy M, 1x red L, with our logo (file attached)
[2024-04-11 09:15] Priya Raman: [file] wagtail_logo_vector.ai
[2024-04-11 09:17] Priya Raman: to be clear: this is ONLY for the 3 samples. the 500pcs bulk is not ordered and not released yet
[2024-04-11 09:18] Priya Raman: I will test them on my own dogs + 2 friends for 2 weeks. only after I sign off the samples I send a written production order myself (Priya Raman, owner). nothing before that pls
[2024-04-11 09:18] Priya Raman: and pls don't buy webbing or buckles for the bulk, samples only
[2024-04-11 09:25] Cathy Zhou: Noted dear, 3 samples only, no bulk material. Sample ready 7 days after we get logo confirm
[2024-04-11 09:26] Cathy Zhou: I send you Trade Assurance link for 3 x USD 35 + DHL USD 38
[2024-04-11 09:40] Priya Raman: paid 👍 thanks Cathy
[2024-04-11 09:41] Cathy Zhou: received, thank you! I will send photos before DHL
[2024-04-12 10:01] Cathy Zhou: logo mockup for your check [image] mockup_v1.jpg
""")])

# ---------------------------------------------------------------- c02
c02_pdf = pdf([
    ("h1", "QUOTATION"),
    ("p", "TAN PHAT GARDEN PRODUCTS CO., LTD - Lot C4, My Phuoc 2 Industrial Park, Ben Cat, Binh Duong, Viet Nam"),
    ("p", "Quotation no.: QT-VN-24-0318    Date: 18 March 2024    Valid until: 17 May 2024"),
    ("p", "To: Hedgerow Tools Ltd, Unit 4 Brook Farm, Ashford, Kent TN25, United Kingdom - Attn. Mr. Oliver Pike"),
    ("h", "Item: Garden kneeler pad with tool pockets, EVA 30 mm, ref. HT-KN-30"),
    ("table", [
        ["Option", "Quantity", "Unit price (USD, FOB Cat Lai)", "Lead time"],
        ["Samples (3 colours)", "5 pcs", "18.00", "10 days"],
        ["Production tier A", "1,000 pcs", "4.15", "35 days"],
        ["Production tier B", "3,000 pcs", "3.72", "40 days"],
        ["Production tier C", "5,000 pcs", "3.48", "45 days"],
    ]),
    ("sp",),
    ("p", "Lead times for production count from the date we receive the customer's written production "
          "order after sample sign-off. Sample lead time counts from artwork confirmation."),
    ("p", "Payment: samples 100% before dispatch. Production: 30% T/T deposit with the written order, "
          "70% against copy of B/L."),
    ("p", "Packing: 1 pc per polybag with suffocation warning, 20 pcs per master carton 52 x 38 x 34 cm. "
          "Carton marks and FBA labels as per customer's artwork."),
    ("p", "Testing: REACH SVHC and PAH (AfPS GS 2019:01 PAK) reports available on request."),
    ("p", "This quotation is an offer only and is not an order confirmation."),
    ("sp",),
    ("p", "Prepared by: Nguyen Thi Mai, Sales Manager - mai.nguyen@tanphatgarden.vn - +84 274 3567 210"),
], title="Quotation QT-VN-24-0318", author="Nguyen Thi Mai")
case("c02_supplier_quote_tiers", [],
     "supplier quote with sample and three production tiers, no authorization in the bundle",
     [("Quotation_QT-VN-24-0318.pdf", c02_pdf)])

# ---------------------------------------------------------------- c03
c03_docx = docx_bytes([
    ("h1", "Order sheet - Bark & Bowl - PO BB-24-031"),
    ("p", "Supplier: Xiamen Lvyuan Silicone Products Co., Ltd.   Attn: Ms. Helen Lin"),
    ("p", "Buyer: Bark & Bowl LLC, 2231 Folsom St, San Francisco CA 94110, USA   Contact: Daniel Cho (Founder)"),
    ("p", "Date: April 22, 2024"),
    ("h", "Product"),
    ("p", "Silicone slow-feeder bowl, food grade (LFGB + FDA 21 CFR 177.2600), SKU BB-SF-02, "
          "reference: golden sample GS-0402 signed on April 2, 2024."),
    ("table", [
        ["Colour", "Pantone", "Qty (pcs)", "Unit (USD)", "Amount (USD)"],
        ["Sage", "5625 C", "500", "2.35", "1,175.00"],
        ["Sand", "7527 C", "400", "2.35", "940.00"],
        ["Slate", "Cool Gray 9 C", "300", "2.35", "705.00"],
        ["Total", "", "1,200", "", "2,820.00"],
    ]),
    ("sp",),
    ("p", "This order covers the full quantity we quoted and intend to buy for this SKU: 1,200 pcs. "
          "There is no option or further quantity behind it. Production of the 1,200 pcs is authorized by "
          "this order sheet."),
    ("p", "Packaging: individual kraft box per dieline BB-DL-02 rev C, FNSKU label on each box, 24 pcs per carton."),
    ("p", "Payment terms: 30% deposit / 70% before shipment, against the final inspection report."),
    ("p", "QC: final random inspection AQL 2.5 (major) / 4.0 (minor) by our QC agent before shipment."),
    ("p", "Ship to: Amazon FBA, warehouse assigned at booking (LGB8 likely). Target ex-factory: June 14."),
    ("p", "Please sign and return this order sheet with your confirmed ex-factory date."),
    ("sp",),
    ("p", "Daniel Cho, Founder - Bark & Bowl LLC - daniel@barkandbowl.co"),
], author="Daniel Cho")
case("c03_order_sheet_full_qty", [],
     "full-quantity order sheet (1,200 = whole buy, no balance); payment terms not linked to start",
     [("BB-24-031_order_sheet.docx", c03_docx)])

# ---------------------------------------------------------------- c04
c04_text = """Hi Kevin,

As promised, here is our rolling 12-month forecast for the two pruner SKUs. Same format as last year.

  SKU        Jun   Jul   Aug   Sep   Oct   Nov   Dec   Jan   Feb   Mar   Apr   May
  HT-PR-20   800   600   400   300   300   900  1200   300   500  1500  2000  1800
  HT-PR-25   300   300   200   100   100   400   500   100   200   600   900   800

Please read it for what it is: a forecast for your capacity planning. It is not a purchase order,
not a commitment and nothing in it is released for production or for material purchase. Firm
quantities only ever come to you on a numbered Hedgerow PO.

Two things that would help us:
1. Your factory's Chinese New Year closure dates for 2025, as early as you have them.
2. Whether the 40HQ rate from Ningbo is still holding around USD 2,900 for July.

Cheers,
Oliver
""" + sig("Oliver Pike", "Purchasing Manager", "Hedgerow Tools Ltd, Ashford, Kent", "+44 1233 555 019")
c04_html = html_page("Forecast", """<p>Hi Kevin,</p>
<p>As promised, here is our rolling 12-month forecast for the two pruner SKUs. Same format as last year.</p>
<table><tr><th>SKU</th><th>Jun</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Dec</th><th>Jan</th><th>Feb</th><th>Mar</th><th>Apr</th><th>May</th></tr>
<tr><td>HT-PR-20</td><td>800</td><td>600</td><td>400</td><td>300</td><td>300</td><td>900</td><td>1200</td><td>300</td><td>500</td><td>1500</td><td>2000</td><td>1800</td></tr>
<tr><td>HT-PR-25</td><td>300</td><td>300</td><td>200</td><td>100</td><td>100</td><td>400</td><td>500</td><td>100</td><td>200</td><td>600</td><td>900</td><td>800</td></tr></table>
<p class="note">Please read it for what it is: a forecast for your capacity planning. It is not a purchase order,
not a commitment and nothing in it is released for production or for material purchase. Firm
quantities only ever come to you on a numbered Hedgerow PO.</p>
<p>Two things that would help us:</p>
<ol><li>Your factory's Chinese New Year closure dates for 2025, as early as you have them.</li>
<li>Whether the 40HQ rate from Ningbo is still holding around USD 2,900 for July.</li></ol>
<p>Cheers,<br>Oliver</p>
<p>-- <br>Oliver Pike<br>Purchasing Manager<br>Hedgerow Tools Ltd, Ashford, Kent<br>+44 1233 555 019</p>""")
c04 = mail("Oliver Pike <oliver.pike@hedgerowtools.co.uk>", "Kevin Wu <kevin@ningbo-evergreen-sourcing.com>",
           "Hedgerow 12-month forecast Jun-24 to May-25 (planning only)", "Mon, 20 May 2024 08:41:00 +0100",
           c04_text, html=c04_html)
case("c04_labelled_forecast", [],
     "labelled rolling forecast, explicitly not an order / not a commitment / not released",
     [("Hedgerow_Jun24-May25.eml", eml_bytes(c04))])

# ---------------------------------------------------------------- c05
c05_text = """Hi Grace,

The PPS tea towels landed yesterday. Thank you for the quick turnaround.

Colour on the ochre stripe and the hand-feel are both spot on, and the hanging loop is the length we
wanted. So: PPS signed off for colour and hand-feel. That is a sample sign-off and nothing more.

Production is not released. Today 0 pcs of the 4,000 pcs are released. The 4,000 stay on hold until
the shrinkage test (3 washes at 40 deg, AS 2001.5.4) comes back under 5% from the lab in Geelong, and
after that I send you a written production release myself. Please don't cut or dye fabric for the
4,000 before you have that release from me.

Lab should report by Friday 24 May. I'll be in touch either way.

Warm regards,
Hannah
""" + sig_short("Hannah Brooks", "Product Manager", "Sunnyside Living Pty Ltd - Fitzroy VIC 3065, Australia",
                "+61 3 9555 0142")
c05 = mail("Hannah Brooks <hannah@sunnysideliving.com.au>", "Grace Rahman <grace@dhakahometextiles.com.bd>",
           "PPS linen tea towels - signed off for colour/hand-feel, production on hold",
           "Wed, 15 May 2024 11:20:00 +1000", c05_text)
case("c05_pps_signoff_scoped_hold", [],
     "PPS sign-off scoped to colour/hand-feel; 0 released now; 4,000 on hold until lab test + written "
     "release by Hannah Brooks",
     [("RE_PPS_tea_towels.eml", eml_bytes(c05))])

# ---------------------------------------------------------------- c06
c06_pdf = pdf([
    ("h1", "Bestellung / Purchase Order 4500018823"),
    ("p", "Kuechenfreund GmbH - Hafenstrasse 12 - 20457 Hamburg - Germany - USt-IdNr. DE 298 765 432"),
    ("p", "Supplier: Yangjiang Huaxing Cutlery Co., Ltd., Yangjiang, Guangdong, China (vendor no. 700412)"),
    ("p", "Date: 24.04.2024   Buyer: Lena Fischer, Head of Sourcing   Currency: EUR   Incoterm: FOB Shenzhen"),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "Unit price", "Amount"],
        ["10", "Art.-Nr. 6000-210", "Chef's knife 21 cm, X50CrMoV15, pakka handle - golden samples",
         "12 pcs", "14,50", "174,00"],
    ]),
    ("sp",),
    ("h", "Scope of this order"),
    ("p", "This PO orders the 12 golden samples of position 10. The production quantity in your quote "
          "Q-HX-0419 (6.000 pcs) is not released by this PO."),
    ("h", "Recorded auto-conversion (agreed with supplier on 24.04.2024, ref. AC-0424)"),
    ("p", "If Lena Fischer (Head of Sourcing) signs the golden-sample sign-off form with the disposition "
          "\"approved\" and sends it to you in writing by 15.06.2024, that signed form by itself releases "
          "2.000 pcs of the 6.000 pcs quoted, at the quoted price of EUR 4,85. No further document is needed "
          "for those 2.000 pcs. If the form is not signed by 15.06.2024, nothing is released."),
    ("p", "The remaining 4.000 pcs stay on hold in every case until we send a revised PO."),
    ("h", "Material authority"),
    ("p", "Until the signed form exists: material for the 12 samples only. After it: steel and handles for "
          "the 2.000 pcs released by the form."),
    ("p", "Standards: blade hardness 56+/-1 HRC; food contact per Regulation (EC) 1935/2004 and LFGB; "
          "packaging per drawing VP-210 Rev 3."),
    ("sp",),
    ("p", "Kuechenfreund GmbH - Einkauf - i.A. Lena Fischer"),
], title="PO 4500018823", author="Lena Fischer")
case("c06_po_recorded_auto_conversion", [],
     "explicit recorded auto-conversion (quantity 2,000, signer Lena Fischer, deadline); rest on hold "
     "until revised PO; material authority stated",
     [("PO_4500018823.pdf", c06_pdf)])

# ---------------------------------------------------------------- c07
c07_docx = docx_bytes([
    ("h1", "Release 01 against PO 88120"),
    ("p", "From: Pawprint Supply Co. (Portland, OR, USA) - To: Gazipur Pet Textiles Ltd., Bangladesh"),
    ("p", "Item: Orthopedic dog bed cover, 600D polyester canvas, size L (SKU PP-OB-L)   Date: May 6, 2024"),
    ("table", [
        ["", "Quantity (pcs)", "Status"],
        ["Quoted quantity (quote GPT-24-077)", "3,000", "commercial cover on PO 88120"],
        ["Released by this Release 01 (pilot run)", "300", "released - build now"],
        ["Balance", "2,700", "NOT released"],
        ["Material authority (staged)", "fabric, zippers and webbing for up to 3,000 pcs", "buyer liable"],
    ]),
    ("sp",),
    ("h", "1. What to build now"),
    ("p", "Cut, sew and pack the 300 pcs pilot run. Ship them to our 3PL in Tracy, CA by sea (LCL)."),
    ("h", "2. Balance"),
    ("p", "The 2,700 pcs balance is not released. It is released only after we sign off the pilot run "
          "(fit on the foam core, seam strength, colourfastness) and Tom Baker, Director of Operations, "
          "sends Release 02 in writing."),
    ("h", "3. Material authority"),
    ("p", "Because of the 55-day canvas lead time, you may buy and stage fabric, zippers and webbing for up "
          "to 3,000 pcs now. Pawprint is liable for that staged material if we cancel the balance. This "
          "authorizes material only: do not cut or sew beyond the 300 pcs."),
    ("sp",),
    ("p", "Issued by: Tom Baker, Director of Operations, Pawprint Supply Co."),
], author="Tom Baker")
c07_eml = mail("Shafiqul Islam <shafiq@gazipurpettextiles.com>", "Tom Baker <tom@pawprintsupply.com>",
               "RE: Release 01 against PO 88120 - canvas booked", "Wed, 08 May 2024 15:02:00 +0600",
               """Dear Mr. Tom,

Thank you for Release 01. Confirming our plan:

- Cutting and sewing: 300 pcs pilot only. Ex-factory 4 June.
- Fabric: canvas for 3,000 pcs booked with the mill today, as your staged material authority in
  section 3 of Release 01 allows. Zippers and webbing for 3,000 pcs to be booked this week.
- The 2,700 pcs balance we will not cut or sew until we receive Release 02 from you.

Shipping mark and carton label files received, thank you.

Best regards,
Shafiqul Islam
Merchandising Manager
Gazipur Pet Textiles Ltd.
+880 2 4928 5531
""", in_reply_to="<release01-88120@pawprintsupply.com>")
case("c07_staged_material_authority", [],
     "release of 300 with explicit staged material authority up to 3,000 (buyer liable); supplier stages "
     "within it; balance on hold until pilot sign-off + Release 02 by Tom Baker",
     [("Release01_PO88120.docx", c07_docx), ("RE_Release01_canvas_booked.eml", eml_bytes(c07_eml))])

# ---------------------------------------------------------------- c08
c08_quoted = """From: Daniel Ortiz <daniel@gripline.com>
Sent: Tuesday, April 30, 2024 6:12 PM
To: Amy Liang <amy@dgtopwin-precision.com>
Subject: PO GL-2207 phone grips

Hi Amy,

PO GL-2207 is attached. Scope, so we are on the same page:

- PO GL-2207 orders 5 PPS of the MagSafe grip GL-MG3 (2 black, 2 sand, 1 clear) plus the mould
  (USD 4,200, 30% deposit now, 70% at T1).
- The 6,000 pcs bulk in your quote is NOT released by this PO.
- Bulk gets released only after we sign off the PPS, and only in writing from me (Daniel Ortiz,
  Ops Lead). Until then: no resin or magnets for the bulk please.

Thanks!
Daniel"""
c08_text = """Hi Daniel,

Received the 30% mould deposit (USD 1,260) today, thank you.

Just to confirm our side: as per your PO, the deposit is payment for the mould only and it does not
release mass production. We make the 5 PPS now (T1 shots expected 17 May) and then wait for your
written release after your PPS sign-off. No bulk resin or magnets will be ordered before that.

Best regards,
Amy Liang
Sales | Dongguan Topwin Precision Plastic Co., Ltd.
Tel +86 769 8555 3120

""" + quote_lines(c08_quoted) + "\n"
c08 = mail("Amy Liang <amy@dgtopwin-precision.com>", "Daniel Ortiz <daniel@gripline.com>",
           "RE: PO GL-2207 phone grips", "Thu, 02 May 2024 10:05:00 +0800", c08_text,
           in_reply_to="<gl2207@gripline.com>")
case("c08_deposit_does_not_release", [],
     "supplier states the deposit does not release production; quoted buyer scope: 5 PPS, 6,000 not "
     "released until PPS sign-off + written release by Daniel Ortiz",
     [("RE_PO_GL-2207.eml", eml_bytes(c08))])

# ---------------------------------------------------------------- c09
case("c09_whatsapp_supplier_asks", [],
     "supplier asks whether to go ahead; buyer answers no, 3,000 not released, written release by Sarah "
     "after lab test; 3 PPS is the only authorized qty",
     [("WhatsApp Chat with Leo Yuyao Garden.txt", """18/04/2024, 09:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
18/04/2024, 09:02 - Sarah Whitman: Hi Leo, PO GF-118 sent by email just now. It's for the 3 PPS of the 8-pattern hose nozzle only (1 per colour). The 3,000 bulk isn't released
18/04/2024, 09:03 - Sarah Whitman: I'll release the bulk in writing myself once we've signed off the PPS
18/04/2024, 09:20 - Leo: ok Sarah received, 3 pcs PPS, 10 days
29/04/2024, 16:44 - Leo: <Media omitted>
29/04/2024, 16:44 - Leo: <Media omitted>
29/04/2024, 16:45 - Leo: Hi Sarah PPS is ready, photos above. Spray pattern all 8 ok, leak test 6 bar pass
29/04/2024, 16:46 - Leo: Can we go ahead with mass production 3000pcs? Our line is free from 6 May, if we start then we can ship 10 June 🚢
29/04/2024, 22:10 - Sarah Whitman: Hi Leo they look great, thank you!
29/04/2024, 22:12 - Sarah Whitman: Not yet though 🙏 the 3,000 is still NOT released. Please DHL the 3 PPS to our office, I'm sending one to the lab for the lead-free brass test (NSF/ANSI 372)
29/04/2024, 22:13 - Sarah Whitman: If the lab passes it I'll send you the written release the same day, should be around 10 May
29/04/2024, 22:13 - Sarah Whitman: until then nothing beyond the 3 PPS pls, no cutting, no brass bar ordered for the bulk
29/04/2024, 22:30 - Leo: ok understand, we wait your written release. DHL tomorrow, tracking send you
30/04/2024, 11:02 - Leo: DHL 4471 9902 11
30/04/2024, 11:05 - Sarah Whitman: 👍
""")])

# ---------------------------------------------------------------- c10
c10_pdf = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT"),
    ("p", "MINH LONG CERAMICS EXPORT JSC - 18 DT743 Road, Thuan An, Binh Duong, Viet Nam"),
    ("p", "Our ref.: OA-24-0611     Your PO: GR-PO-2405     Date: 9 May 2024"),
    ("p", "Customer: Greenroom Planters Pty Ltd, 14 Rosebery Ave, Rosebery NSW 2018, Australia"),
    ("table", [
        ["Item", "Description", "Quantity acknowledged", "Remarks"],
        ["GR-CP-18", "Ceramic planter 18 cm, matte glaze, with drainage hole and saucer",
         "20 pcs (samples)", "5 pcs x 4 glazes"],
    ]),
    ("sp",),
    ("p", "We acknowledge PO GR-PO-2405 for 20 sample planters only."),
    ("p", "The balance of 1,980 pcs from our quotation MLC-Q-0412 is NOT released. We understand the balance "
          "is released only after your golden sample sign-off and a written release from Ms. Emma Clarke, "
          "Head of Product. We will not glaze-fire or buy clay for the balance before that."),
    ("p", "Sample lead time: 21 days (bisque + glaze firing). Samples sent by air courier to Rosebery."),
    ("p", "Glaze: lead- and cadmium-free, test to AS/NZS 4370 available on request."),
    ("sp",),
    ("p", "For Minh Long Ceramics Export JSC: Tran Van Hieu, Export Sales"),
], title="Order acknowledgement OA-24-0611", author="Tran Van Hieu")
case("c10_supplier_ack_restates_hold", [],
     "supplier acknowledgement of 20 samples restating the 1,980 balance is not released (sign-off + "
     "written release by Emma Clarke); non-authorizing document",
     [("OA-24-0611_acknowledgement.pdf", c10_pdf)])

# ---------------------------------------------------------------- c11
c11_html = html_page("Purchase Order 2024-0800", """
<h2>PURCHASE ORDER No. 2024-0800</h2>
<p><b>Buyer:</b> Cordwell Mobile Inc., 410 N Main St, Austin TX 78701, USA<br>
<b>Supplier:</b> Shenzhen Fengda Electronic Accessories Co., Ltd., Bao'an District, Shenzhen<br>
<b>Date:</b> 2024-05-03 &nbsp; <b>Ship via:</b> FOB Yantian, sea freight to Amazon FBA (ONT8)</p>
<table>
<tr><th>Line</th><th>SKU</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Ext USD</th></tr>
<tr><td>1</td><td>TPU-5000-BLK</td><td>iPhone 15 case, TPU 1.5 mm, matte black, drop test MIL-STD-810G 516.6</td><td>400</td><td>1.12</td><td>448.00</td></tr>
<tr><td>2</td><td>TPU-5000-CLR</td><td>iPhone 15 case, TPU 1.5 mm, clear anti-yellowing</td><td>400</td><td>1.08</td><td>432.00</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>800</b></td><td></td><td><b>880.00</b></td></tr>
</table>
<p class="note">This PO is the full order for these two SKUs: 800 pcs in total. No further quantity is quoted
or planned behind it, and no sample stage applies (golden samples were signed off on PO 2024-0611).</p>
<h3>Specifications</h3>
<ul>
<li>Quality system: supplier certified ISO 9001:2015.</li>
<li>Sampling: final random inspection per ISO 2859-1 / GB/T 2828.1-2012, level II, AQL 2.5 / 4.0.</li>
<li>Compliance: RoHS 2011/65/EU, REACH Annex XVII, California Prop 65.</li>
<li>HS code 3926.90; 50 pcs per inner, 200 pcs per carton (4 cartons, 45 x 32 x 28 cm).</li>
<li>FNSKU label X004-1500-22 on each polybag, "Made in China" on each carton.</li>
</ul>
<p>Payment: T/T 30% / 70% before shipment. Please acknowledge this PO within 2 working days.</p>
<p>Issued by: Marisol Vega, Buyer, Cordwell Mobile Inc.</p>
""")
case("c11_full_po_identifiers", [],
     "full-quantity PO (800 pcs, no balance) full of number-like identifiers (TPU-5000, 2024-0800, ISO, "
     "AQL, HS code, FNSKU)",
     [("PO_2024-0800.html", c11_html)])

# ---------------------------------------------------------------- c12
case("c12_erp_po_sample_line", [],
     "ERP PO printout: 16 EA samples, production qty 2,000 marked info only/not released; unlock = sample "
     "sign-off + revised PO by R. Patel",
     [("PO_7100452_print.txt", """GARDENLY INC.                                   PURCHASE ORDER         PAGE 1 OF 1
1200 INDUSTRIAL PKWY, COLUMBUS OH 43228          PO NUMBER : 7100452
                                                 PO DATE   : 05/06/2024
                                                 REVISION  : 00
VENDOR : 300871  ZHEJIANG YONGKANG TOOLMAX CO LTD
         NO. 88 JINSHAN RD, YONGKANG, ZHEJIANG, CHINA
BUYER  : R. PATEL              TERMS : T/T 30/70        FOB : NINGBO
---------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                     QTY  UM   UNIT PRC     EXT PRC
---------------------------------------------------------------------------------
 1  GL-HT-4410      HEDGE TRIMMER 20V CORDLESS       16  EA    38.5000      616.00
                    PRE-PRODUCTION SAMPLES
                    DRW GL-4410-A REV 3
---------------------------------------------------------------------------------
                                                      ORDER TOTAL USD      616.00

PO NOTES:
  THIS PO COVERS 16 EA SAMPLES ONLY.
  PROD QTY 2,000 EA PER QUOTE TMX-0331 IS INFO ONLY - NOT RELEASED.
  PRODUCTION IS RELEASED ONLY BY A REVISED PO (REV 01) ISSUED BY R. PATEL,
  SOURCING MANAGER, AFTER GARDENLY SIGNS OFF THE SAMPLES (UL 62841 PRE-TEST).
  MATERIAL AUTHORITY: SAMPLES ONLY. DO NOT BUY MOTORS OR BATTERIES FOR PROD.
  SHIP SAMPLES BY DHL ACCT 96 1100 452.
---------------------------------------------------------------------------------
AUTHORIZED: R. PATEL                               PRINTED 05/06/2024 14:22 RPATEL
""")])
# ---------------------------------------------------------------- c13
c13_old = mail("Jacky Huang <jacky@fs-hometech.cn>", "Mark Jensen <mark@copperkettle.co.uk>",
               "Quotation - enamel kettle CK-2.0 - 10,000 pcs", "Mon, 04 Dec 2023 14:30:00 +0800",
               """Dear Mark,

Please find our best offer for the enamel stovetop kettle CK-2.0 (2.0 L, whistle, beech handle):

  10,000 pcs   USD 6.85 / pc  FOB Shenzhen
   5,000 pcs   USD 7.20 / pc
  Samples       USD 25 / pc, 4 pcs

Lead time 45 days after order. Colours: sage, cream, navy, graphite.

Best regards
Jacky Huang
Foshan Hometech Enamelware Co., Ltd.
""")
c13_text = """Hi Jacky,

Forwarding your December quote below so we are both looking at the same prices. It is for price
reference only - it is not an order, and the 10,000 pcs and 5,000 pcs figures in it are not released.

What is live: our PO CK-7781 (sent Monday) for 25 sample kettles, 4 colours, to ship to us in
Manchester. That is the only quantity you have from us.

No production quantity is released. If the samples pass our boil-dry and handle-pull tests, I will send
you a written release with the quantity and colours - that comes from me (Mark Jensen) and nobody else.
Please don't order enamel frit or beech for anything beyond the 25 samples.

Thanks,
Mark
""" + sig("Mark Jensen", "Head of Buying", "The Copper Kettle Co. Ltd, Manchester M4", "+44 161 555 0177")
c13 = mail("Mark Jensen <mark@copperkettle.co.uk>", "Jacky Huang <jacky@fs-hometech.cn>",
           "FW: Quotation - enamel kettle CK-2.0 - 10,000 pcs (price reference only)",
           "Wed, 08 May 2024 09:55:00 +0100", c13_text, attachments=[("rfc822", c13_old)])
case("c13_forward_old_quote_info_only", [],
     "forwarded rfc822 quote (10,000) declared price-reference only / not released; live PO = 25 samples; "
     "written release by Mark Jensen after tests",
     [("FW_Quotation_enamel_kettle.eml", eml_bytes(c13))])

# ---------------------------------------------------------------- c14
c14_supplier = """From: Bella Xu <bella@hzbloomgarden.com>
Sent: 13 May 2024 17:20
To: Olivia Grant
Subject: RE: samples raised bed

Hi Olivia, samples of the galvanised raised bed will ready on Thursday. After you approve sample we
start 5000 sets right away ok? Steel price is going up so better we buy the coil now.
Bella"""
c14_text = """Hi Bella,

Thanks for the update - Thursday is great.

No, please don't. Signing off the samples does not release anything by itself. Right now you have
our PO RB-0412 for 10 sample sets, and that is all that is authorized.

The 5,000 sets stay on hold. After we sign off the samples, I (Olivia Grant) will send you a written
production release stating the quantity - it may well be less than 5,000 for the first run. Please
don't buy coil for the 5,000 either; we won't be liable for steel bought before that release.

Kind regards,
Olivia

""" + quote_lines(c14_supplier) + sig("Olivia Grant", "Sourcing Lead", "Bloomfield & Co Garden Supplies Ltd, Bristol",
                                      "+44 117 555 0199")
c14 = mail("Olivia Grant <olivia.grant@bloomfieldgarden.co.uk>", "Bella Xu <bella@hzbloomgarden.com>",
           "RE: samples raised bed", "Mon, 13 May 2024 18:02:00 +0100", c14_text,
           in_reply_to="<bx-0513@hzbloomgarden.com>")
case("c14_buyer_corrects_auto_start", [],
     "quoted supplier assumption (start 5000 after approval) corrected by buyer: sign-off releases nothing, "
     "10 sample sets only, written release by Olivia Grant, no coil",
     [("RE_samples_raised_bed.eml", eml_bytes(c14))])

# ---------------------------------------------------------------- c15
c15_docx = docx_bytes([
    ("h1", "Ferncliff Pet - order plan - cat tunnel FT-3 (collapsible, 3-way)"),
    ("p", "Shared with: Ningbo Happytail Pet Products (Susan Ye), our agent Jenny Fan. Last edit 7 May 2024."),
    ("table", [
        ["Phase", "Quantity", "Status", "What unlocks it"],
        ["Phase 1 - PPS", "50 pcs", "RELEASED on PO FP-2291", "-"],
        ["Phase 2 - first production", "1,950 pcs", "NOT released",
         "PPS sign-off by Ferncliff QA, then written release from Chloe Martin"],
        ["Total quoted (quote HT-FT3-0402)", "2,000 pcs", "info only", ""],
    ]),
    ("sp",),
    ("p", "What to make now: the 50 PPS only (25 grey, 25 sage), with the crinkle lining and the "
          "dangly pom-pom toy."),
    ("p", "Phase 2 is not released. Chloe Martin (Head of Operations) is the only person who releases "
          "it, in writing, after QA has signed off the PPS."),
    ("p", "Material: for the 50 PPS only. Please do not buy polyester or spring steel wire for phase 2."),
    ("p", "Testing: EN 71-1/-2/-3 on the PPS fabric; small parts check on the pom-pom."),
    ("p", "Packaging: dieline FT3-BOX rev B, FBA suffocation warning on polybag, barcode per Amazon."),
], author="Chloe Martin")
case("c15_gdocs_phase_table", [],
     "Google-Docs order plan with phase table: 50 PPS released, 1,950 not released until PPS sign-off + "
     "written release by Chloe Martin",
     [("Ferncliff_order_plan_FT-3.docx", c15_docx)])

# ---------------------------------------------------------------- c16
c16_html = html_page("Order tracking - SO-24-1187", """
<h2>Order tracking &mdash; SO-24-1187</h2>
<p>Jinhua Sunway Kitchenware Co., Ltd. &middot; Customer portal &middot; Customer: <b>Pan &amp; Pantry GmbH</b>, Koeln</p>
<table>
<tr><th>Stage</th><th>Quantity</th><th>Status</th><th>Date</th></tr>
<tr><td>Pre-production samples (PPS)</td><td>6 sets</td><td>Shipped (DHL 7789 2210 54)</td><td>2024-05-08</td></tr>
<tr><td>Mass production</td><td>2,400 sets</td><td>On hold &ndash; not released by customer</td><td>&ndash;</td></tr>
<tr><td>Material purchase (bulk)</td><td>&ndash;</td><td>Not started &ndash; waiting for customer's written release</td><td>&ndash;</td></tr>
<tr><td>Final inspection (AQL 2.5)</td><td>&ndash;</td><td>Not scheduled</td><td>&ndash;</td></tr>
</table>
<p class="note">Per customer's PO PP-5527, only the 6 PPS sets are ordered. Mass production of the 2,400 sets
starts only after the customer signs off the PPS and Mr. Florian Becker (Einkauf) sends the written
production release.</p>
<p>Next update: when the customer confirms receipt of the PPS.</p>
<p style="font-size:11px;color:#777">Generated 2024-05-09 08:00 CST &middot; Sunway customer portal v2.3</p>
""")
case("c16_supplier_portal_status", [],
     "supplier portal status page: 6 PPS shipped, 2,400 on hold not released, waiting for written release "
     "by Florian Becker after PPS sign-off",
     [("order_tracking_SO-24-1187.html", c16_html)])

# ---------------------------------------------------------------- c17
case("c17_wechat_group_scoped", [],
     "WeChat group: buyer scopes 20 pilot pcs, 1,980 not released until pilot sign-off + written release "
     "by Jason Muller; agent relays exactly",
     [("WeChat_group_SunnyPaws_factory.txt", """WeChat group chat export: "SunnyPaws x Jiaxing Meiya x Amy (agent)"
Members: Jason Muller (SunnyPaws, Gold Coast AU), Amy Chen (sourcing agent), 王经理 Wang (Jiaxing Meiya Pet)
===============================================================================

2024-05-06 09:12  Jason Muller
Morning all. PO SP-0506 is in your inbox. Confirming here as well: 20 pcs of the cooling mat (size M) as pilot, that's it for now

2024-05-06 09:13  Jason Muller
the other 1,980 from the quote are not released. Once we've signed off the 20 pilot mats (gel leak test + chew test with our testers) I'll send the written release myself, Jason Muller

2024-05-06 09:15  Amy Chen
@王经理 客户确认：只做20片试产（M码），剩下1980片没有放行，等客户测试签样后，Jason会书面通知。大货面料先不要买。

2024-05-06 09:15  Amy Chen
(translation for Jason: I told Wang only 20 pilot pcs size M, the remaining 1980 not released, wait for your sign-off + written notice from you, and no bulk fabric yet)

2024-05-06 09:40  王经理 Wang
收到，20片，下周三出货。

2024-05-06 09:41  Amy Chen
Wang says received, 20 pcs, ship next Wednesday

2024-05-06 09:42  Jason Muller
perfect, cheers mate 🙏 send me the DHL number when it's out

2024-05-08 16:20  王经理 Wang
[Photo]

2024-05-08 16:21  Amy Chen
Gel filling done, photo above. Packing tomorrow
""")])

# ---------------------------------------------------------------- c18
c18_pdf = pdf([
    ("h1", "Production Release R-2"),
    ("p", "Trailhead Pet Gear, Inc. - 88 Water St, Boulder CO 80302, USA"),
    ("p", "To: Nha Trang Outdoor Manufacturing Co. - Attn. Ms. Pham Thu Ha    Date: 10 May 2024"),
    ("p", "Order: PO TPG-3340, dog hiking backpack TPG-PK2, quoted 2,000 pcs"),
    ("table", [
        ["", "Pcs"],
        ["Released earlier (R-1, PPS)", "12"],
        ["Released by this release R-2 (first batch)", "500"],
        ["Total released to date", "512"],
        ["On hold (not released)", "1,488"],
    ]),
    ("sp",),
    ("p", "R-2 releases 500 pcs as the first production batch, following PPS sign-off on 2 May 2024."),
    ("p", "The remaining 1,488 pcs are not released. They will be released by R-3, in writing, by Jake Liu, "
          "Supply Chain Manager, after the first batch passes our final inspection at AQL 2.5."),
    ("p", "Material authority: material for the 500 pcs of this release only."),
    ("sp",),
    ("p", "Authorized: Jake Liu, Supply Chain Manager"),
], title="Release R-2 TPG-3340", author="Jake Liu")
case("c18_release_and_status", [],
     "folder: release letter R-2 (500 of 2,000; 1,488 on hold until AQL inspection + R-3 by Jake Liu) and "
     "a supplier status printout consistent with it",
     [("Release_R-2_TPG-3340.pdf", c18_pdf),
      ("NTOM_status_TPG-3340.txt", """NHA TRANG OUTDOOR MFG - ORDER STATUS REPORT             RUN DATE 2024-05-17
CUSTOMER: TRAILHEAD PET GEAR     PO: TPG-3340    ITEM: TPG-PK2 DOG BACKPACK
-------------------------------------------------------------------------------
                    QTY     NOTE
QUOTED            2,000
RELEASED (R-1)       12     PPS - SHIPPED 2024-04-26
RELEASED (R-2)      500     FIRST BATCH
MATERIAL ISSUED     500     RIPSTOP 420D + WEBBING, FOR R-2 ONLY
CUT                 500
SEWN                320
PACKED              120
ON HOLD           1,488     WAITING R-3 FROM CUSTOMER (J. LIU)
-------------------------------------------------------------------------------
NEXT: FINAL INSPECTION BOOKED 2024-05-28 (QIMA, AQL 2.5)
""")])

# ---------------------------------------------------------------- c19
c19_form = docx_bytes([
    ("h1", "Sample disposition form SD-24-017"),
    ("p", "Brand: Oak & Ember Home (Sydney, AU)   Supplier: Shantou Hengli Plastic Housewares Co., Ltd."),
    ("p", "Item: stackable pantry canister set, 4 pcs, SKU OE-PC4   PO: OE-4410 (3,000 sets quoted)"),
    ("table", [
        ["Check", "Result", "Comment"],
        ["Lid seal (water tip test)", "Pass", ""],
        ["Bamboo lid colour", "Deviation", "Slightly darker than master; acceptable for first 300 sets only"],
        ["Food contact (FSANZ / LFGB)", "Pass", "Report SGS GZIN2404-1187"],
        ["Drop test 80 cm", "Pass", ""],
    ]),
    ("sp",),
    ("p", "Disposition: INTERIM. Limits: up to 300 sets, and only for goods made before 30 June 2024."),
    ("p", "Final sign-off requires bamboo lids matched to the colour master (new lid sample)."),
    ("p", "Signed: Ben Carter, Quality & Release Authority, 13 May 2024"),
], author="Ben Carter")
c19_text = """Hi Sunny,

Disposition form for the PPS is attached (SD-24-017). Summary:

- The PPS is an interim sign-off because of the lid colour. Limits: 300 sets, made before 30 June.
- Within that limit I release 300 sets of the canister set in writing here. Please build 300 sets.
- The remaining 2,700 sets of the 3,000 on PO OE-4410 stay on hold. They are released only after a
  matched bamboo lid sample gets final sign-off and I send a second written release.
- Material: bamboo lids and PP for the 300 sets only.

Ben
""" + sig_short("Ben Carter", "Quality & Release Authority", "Oak & Ember Home Pty Ltd, Alexandria NSW",
                "+61 2 9555 0188")
c19 = mail("Ben Carter <ben.carter@oakandember.com.au>", "Sunny Lin <sunny@hengli-housewares.cn>",
           "PPS OE-PC4 - interim disposition + release 300 sets", "Mon, 13 May 2024 16:40:00 +1000",
           c19_text, attachments=[("SD-24-017_disposition.docx", c19_form, DOCX_MT)])
case("c19_interim_signoff_limits", [],
     "interim disposition with limits (300 sets, before 30 June); written release 300 by Ben Carter; "
     "2,700 on hold until final sign-off + second release",
     [("PPS_OE-PC4.eml", eml_bytes(c19))])

# ---------------------------------------------------------------- c20
c20_po = pdf([
    ("h1", "PURCHASE ORDER PO-LB-0519"),
    ("p", "Leafy Bean Kitchen Ltd - 3 Albion Wharf, London SE1 - United Kingdom"),
    ("p", "Supplier: Guangzhou Meiyu Bamboo Products Co., Ltd.   Date: 19 April 2024   Buyer: Ruth Adams"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit GBP", "Total GBP"],
        ["1", "LB-BB-38", "Bamboo chopping board 38 x 25 cm, juice groove, sample", "30", "6.20", "186.00"],
    ]),
    ("sp",),
    ("p", "Scope: this PO authorizes the 30 sample boards on line 1 and nothing else."),
    ("p", "The quotation attached for reference (MY-Q-2404-11) also shows 3,000 boards. That figure is "
          "information only and is not released. The 2,970 boards beyond the samples are released only by "
          "a revised PO from Ruth Adams (Buying Director) after we sign off the samples (warp test and FSC "
          "chain-of-custody check)."),
    ("p", "Material authority: bamboo for the 30 samples only."),
    ("p", "Deliver samples to: Leafy Bean Kitchen Ltd, Unit 7, Bermondsey Trading Estate, London SE16."),
], title="PO-LB-0519", author="Ruth Adams")
c20_quote = pdf([
    ("h1", "QUOTATION MY-Q-2404-11"),
    ("p", "Guangzhou Meiyu Bamboo Products Co., Ltd. - Panyu District, Guangzhou"),
    ("p", "To: Leafy Bean Kitchen Ltd (Ms. Ruth Adams)    Date: 11 April 2024"),
    ("table", [
        ["Item", "Qty", "Unit price (GBP, FOB Huangpu)", "Remark"],
        ["LB-BB-38 sample", "30 pcs", "6.20", "laser logo included"],
        ["LB-BB-38 production", "3,000 pcs", "2.95", "MOQ 3,000; FSC 100% option +0.12"],
    ]),
    ("sp",),
    ("p", "Lead time: samples 15 days; production 40 days from written order. Quote valid 60 days."),
    ("p", "Sales: Kelly Zhang, +86 20 3455 8120"),
], title="Quotation MY-Q-2404-11", author="Kelly Zhang")
case("c20_po_plus_quote_info_only", [],
     "folder: sample PO (30) + supplier quote (3,000); PO declares 3,000 info only/not released; revised PO "
     "by Ruth Adams after sign-off",
     [("PO-LB-0519.pdf", c20_po), ("Quote_MY-Q-2404-11.pdf", c20_quote)])
# ---------------------------------------------------------------- c21
c21_spec = html_page("Packaging spec VV-MS-BOX", """
<h2>Packaging specification &mdash; Volt &amp; Vine magnetic phone stand, box VV-MS-BOX</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Dieline</td><td>VV-MS-BOX v3 (tuck end, 92 x 38 x 140 mm)</td></tr>
<tr><td>Board</td><td>350 gsm C1S ivory board + 1.5 mm grey board insert</td></tr>
<tr><td>Print</td><td>CMYK + Pantone 7731 C, matte lamination, spot UV logo</td></tr>
<tr><td>Barcode</td><td>FNSKU X003-9921-KP, 1.0 mm quiet zone min.</td></tr>
<tr><td>Sample boxes (ordered, PO VV-PK-0214)</td><td>200</td></tr>
<tr><td>Print run (NOT released &mdash; information only)</td><td>10,000</td></tr>
</table>
<p class="note">Only the 200 sample boxes are ordered. The 10,000 print run is released only by a revised PO from
Marcus Bell after the 200-box FBA test shipment checks out.</p>
""")
c21_t1 = """From: Iris Deng <iris@dg-cailong-print.com>
Sent: Tuesday, 7 May 2024 11:03
To: Marcus Bell
Subject: RE: VV-MS-BOX dieline v3

Hi Marcus, v3 dieline attached with the 2 mm extra tuck you asked. The insert slot is now 9.5 mm so the
stand does not rattle. Please check and confirm. We can print the 200 sample boxes 3 days after.
Iris

> From: Marcus Bell
> Sent: Monday, 6 May 2024 21:40
> To: Iris Deng
> Subject: VV-MS-BOX dieline v2
>
> Iris - v2 is close. Tuck flap is too short, it pops open on the drop test. Can you add 2 mm? Also
> the FNSKU needs to move to the side panel, Amazon scanners hate the bottom.
> Thanks, Marcus"""
c21_text = """Hi Iris,

Thanks - v3 fits well, no rattle, tuck holds on the drop test. Dieline v3 is signed off for the 200 sample
boxes on PO VV-PK-0214. Please print those 200.

To keep us aligned on scope (spec sheet attached, bottom two rows):
- Ordered now: 200 sample boxes. Nothing else.
- The 10,000 print run is not released. It is released only by a revised PO from me, Marcus Bell, once
  the 200-box FBA test shipment has gone through Amazon receiving without damage.
- Board and ink for the 200 only, please.

Could you also send a photo of the spot UV on a printed sheet before you die-cut? And please use the
carton marks from the last order (VV / PO no. / carton x of y).

Thanks again,
Marcus

""" + quote_lines(c21_t1) + sig("Marcus Bell", "Operations & Sourcing", "Volt & Vine LLC, Charlotte NC",
                                "+1 704 555 0132")
c21 = mail("Marcus Bell <marcus@voltandvine.com>", "Iris Deng <iris@dg-cailong-print.com>",
           "RE: VV-MS-BOX dieline v3", "Tue, 07 May 2024 20:15:00 -0400", c21_text,
           attachments=[("VV-MS-BOX_packaging_spec.html", c21_spec, "text/html")],
           in_reply_to="<iris-0507@dg-cailong-print.com>")
case("c21_dieline_thread_scoped", [],
     "dieline signed off for 200 sample boxes; 10,000 print run not released until revised PO by Marcus Bell "
     "after FBA test; HTML spec labels 10,000 info only",
     [("RE_VV-MS-BOX_dieline_v3.eml", eml_bytes(c21))])

# ---------------------------------------------------------------- c22
c22_pdf = pdf([
    ("h1", "Bestellung 4500020117"),
    ("p", "Gartenglueck GmbH - Industriestrasse 8 - 33602 Bielefeld - Deutschland"),
    ("p", "Lieferant / Supplier: Yangjiang Wanli Garden Tools Co., Ltd.   Datum: 06.05.2024"),
    ("table", [
        ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis/Stk. (USD)", "Betrag (USD)"],
        ["10", "GG-RS-200", "Rosenschere / bypass pruner 200 mm, SK5, Softgrip", "1.200 Stk.", "3,45", "4.140,00"],
    ]),
    ("sp",),
    ("p", "Dies ist die vollstaendige Bestellmenge. Es folgen keine weiteren Abrufe zu diesem Artikel. / "
          "This is the complete order quantity; there are no further call-offs for this article."),
    ("p", "Referenz: Golden Sample vom 18.04.2024 (unterschrieben). Pruefung: AQL 2,5 vor Versand. "
          "Zahlung: 30 % Anzahlung, 70 % vor Verschiffung. Lieferung: FOB Shenzhen, KW 27."),
    ("p", "Einkauf: Jana Schulte"),
], title="Bestellung 4500020117", author="Jana Schulte")
c22_text = """Dear Mr. Zhou,

Please find attached our order 4500020117 for the bypass pruner GG-RS-200: 1,200 pcs.

This is the complete quantity for this article. There is no sample stage left (the golden sample was
signed on 18 April) and nothing further will follow on this order. Production of the 1,200 pcs is
authorized with this order.

Please note our order is printed in German format, so "1.200 Stk." on the PDF is one thousand two
hundred pieces, the same 1,200 pcs as in this mail.

Could you confirm the ex-works date by Friday? We need the goods in Hamburg before week 31.

Mit freundlichen Gruessen / Best regards
Jana Schulte
""" + sig("Jana Schulte", "Einkauf / Purchasing", "Gartenglueck GmbH, Bielefeld", "+49 521 555 0163")
c22 = mail("Jana Schulte <j.schulte@gartenglueck.de>", "Zhou Wei <zhouwei@wanli-gardentools.com>",
           "Bestellung / order 4500020117 - GG-RS-200", "Mon, 06 May 2024 10:12:00 +0200", c22_text,
           attachments=[("Bestellung_4500020117.pdf", c22_pdf, PDF_MT)])
case("c22_german_full_order_1200", [],
     "full-quantity order; '1.200 Stk.' (German format) in PDF = 1,200 pcs in mail; no balance, no conflict",
     [("Bestellung_4500020117.eml", eml_bytes(c22))])

# ---------------------------------------------------------------- c23
c23_pdf = pdf([
    ("h1", "Production release No. 2 - final"),
    ("p", "Wombat Outdoor Co. Pty Ltd - 21 Sunshine Rd, West Footscray VIC 3012, Australia - ABN 51 624 118 905"),
    ("p", "To: Qingdao Rongsheng Garden Equipment Co., Ltd.    Date: 14 May 2024"),
    ("p", "Order: PO WO-2219 - galvanised garden cart 300 kg, SKU WO-GC300 - 2,000 units"),
    ("table", [
        ["Release", "Date", "Units", "Basis"],
        ["No. 1 (pilot)", "02 Apr 2024", "200", "PO WO-2219"],
        ["No. 2 (this release)", "14 May 2024", "1,800", "PPS / pilot sign-off 03 May 2024"],
        ["Total released", "", "2,000", "= full PO quantity"],
    ]),
    ("sp",),
    ("p", "With this release the full PO quantity of 2,000 units is released. Nothing remains on hold on "
          "PO WO-2219."),
    ("p", "Material authority: steel, tyres and packaging for the 1,800 units of this release."),
    ("p", "Authorised by: Jack Nguyen, Operations Director, Wombat Outdoor Co."),
], title="Release 2 WO-2219", author="Jack Nguyen")
case("c23_final_release_no_balance", [],
     "final release: 1,800 + 200 pilot = full 2,000 PO qty released by Jack Nguyen; nothing on hold",
     [("WO-2219_release_2.pdf", c23_pdf)])

# ---------------------------------------------------------------- c24
c24_scope = """PO DR-1150 - NOTE FIELD (scope)
Item: dog raincoat with hood, 3 sizes, SKU RR-RC-01
Ordered now: 100 sample pcs (S/M/L mix per size sheet)
Balance: 4,900 pcs from quote CTG-Q-311 - NOT RELEASED
Unlock: sample sign-off (seam-seal shower test) + written release from Alicia Romero, VP Product
Material authority: samples only - no bulk fabric, zippers or reflective tape
"""
c24_supplier = """From: Md. Kamal Hossain <kamal@ctg-apparelworks.com>
Sent: Thursday, May 9, 2024 4:18 PM
To: Alicia Romero
Subject: RE: PO DR-1150 samples

Dear Madam, samples cutting done. The PU-coated fabric mill says 50 days lead time for 4,900 pcs.
Can we book the fabric for full order now to save lead time? Otherwise bulk delivery will be late for
your September season. Please advise.
Kamal"""
c24_text = """Hi Kamal,

Thanks for checking first - appreciated.

No, please don't book fabric for the full order. Buy fabric for the 100 samples only. The 4,900 pcs
balance is not released, and we would not be liable for fabric bought for it. It is released only after
we sign off the samples and I send you a written release myself.

If we sign off by end of May, I can look at a staged fabric authority then - but only in writing.
I've attached the PO note as plain text so it's handy.

Best,
Alicia

""" + quote_lines(c24_supplier) + sig("Alicia Romero", "VP Product", "Rainy Rover Co., Seattle WA",
                                      "+1 206 555 0117")
c24 = mail("Alicia Romero <alicia@rainyrover.com>", "Md. Kamal Hossain <kamal@ctg-apparelworks.com>",
           "RE: PO DR-1150 samples", "Thu, 09 May 2024 08:50:00 -0700", c24_text,
           attachments=[("PO_DR-1150_scope_note.txt", c24_scope, "text/plain")],
           in_reply_to="<kh-0509@ctg-apparelworks.com>")
case("c24_buyer_declines_bulk_fabric", [],
     "supplier asks to book bulk fabric; buyer declines: 100 samples only, 4,900 not released, sign-off + "
     "written release by Alicia Romero; scope note attached as TXT",
     [("RE_PO_DR-1150_samples.eml", eml_bytes(c24))])

# ---------------------------------------------------------------- c25
case("c25_whatsapp_dozen_samples", [],
     "a dozen (12) samples only; 1.000 pcs offer not released; written release by Sophie Wagner after "
     "LFGB test; words and European numbers",
     [("WhatsApp Chat with Imran Moradabad Crafts.txt", """02/05/24, 10:14 - Imran Qureshi: Good morning madam, hope you are well. Catalogue of hammered copper bowls sent on email, kindly check 🙏
02/05/24, 10:15 - Imran Qureshi: Offer: 1.000 pcs mix, EUR 7,80 small, EUR 11,40 large, FOB Delhi. Tin lining inside food safe
02/05/24, 11:02 - Sophie Wagner: Hi Imran, thank you! Nice pieces. Before anything else we need samples
02/05/24, 11:04 - Sophie Wagner: Please make a dozen (12) samples: six small + six large, the matte antique finish
02/05/24, 11:05 - Sophie Wagner: Only these twelve. The 1.000 pcs from your offer is NOT released
02/05/24, 11:06 - Sophie Wagner: I release a production quantity in writing myself (Sophie Wagner, Tafelgut GmbH), after our lab passes the tin lining for LFGB / EU 1935/2004
02/05/24, 11:06 - Sophie Wagner: so no copper sheet for the 1.000 yet please
02/05/24, 11:20 - Imran Qureshi: Understood madam, 12 pcs only, 6+6. Sample charges EUR 110 including courier
02/05/24, 11:21 - Imran Qureshi: Bulk we will wait your written release after lab report
02/05/24, 11:30 - Sophie Wagner: perfect. invoice to buchhaltung@tafelgut.de please
02/05/24, 11:31 - Imran Qureshi: Sure madam. Dispatch by 15th inshallah
""")])


# =================================================================== WITH RISKS
# ---------------------------------------------------------------- p01
p01_po = pdf([
    ("h1", "PURCHASE ORDER PAW-0415"),
    ("p", "Pawsome Co. Ltd - 5 Stokes Croft, Bristol BS1 3PR - United Kingdom - VAT GB 318 4471 20"),
    ("p", "Supplier: Ningbo Harvest Pet Products Co., Ltd. (Jenny Sun)    Date: 15 April 2024"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "PW-HN-01", "Step-in dog harness, air mesh, reflective piping - PPS (2 x S, 2 x M, 2 x L)",
         "6", "18.00", "108.00"],
        ["2", "-", "Express courier to Bristol", "1", "42.00", "42.00"],
    ]),
    ("sp",),
    ("p", "Delivery: DHL Express, DAP Bristol, account 95 3318 402. Please mark 'samples - no commercial value'."),
    ("p", "Payment: 100% by PayPal on receipt of invoice."),
    ("p", "Tom Haines, Founder"),
], title="PO PAW-0415", author="Tom Haines")
p01_pi = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("p", "NINGBO HARVEST PET PRODUCTS CO., LTD - No. 66 Jiangnan Rd, Beilun, Ningbo, China"),
    ("p", "PI No.: NH-PI-240412    Date: 12 Apr 2024    Buyer: Pawsome Co. Ltd (Mr. Tom Haines)"),
    ("table", [
        ["No.", "Description", "Qty", "Unit price (USD)", "Amount (USD)"],
        ["1", "PW-HN-01 step-in harness PPS, S/M/L", "6 pcs", "18.00", "108.00"],
        ["2", "PW-HN-01 step-in harness mass production, S/M/L 1:2:1, custom colour Pantone 2227 C",
         "3,000 pcs", "4.20", "12,600.00"],
        ["", "Total", "", "", "12,708.00"],
    ]),
    ("sp",),
    ("p", "Payment terms: 30% T/T deposit, balance 70% before shipment. FOB Ningbo."),
    ("p", "Lead time: mass production 35 days. Packing: 1 pc/polybag, 50 pcs/carton."),
    ("p", "Bank: Bank of China Ningbo Beilun Sub-branch, SWIFT BKCHCNBJ92A, A/C 3568 0021 4471."),
], title="PI NH-PI-240412", author="Jenny Sun")
p01_text = """Hi Jenny,

Lovely to speak yesterday. Please find our PO PAW-0415 for the harness PPS attached - 6 pcs as
discussed, 2 of each size - together with your PI NH-PI-240412 for our records.

Colour wise we're going with the teal (Pantone 2227 C) and the reflective piping in silver.
Can you share a tracking no. once they're out? Our photographer is booked for the 8th.

Cheers,
Tom
""" + sig_short("Tom Haines", "Founder", "Pawsome Co. - happy dogs, happy walks", "+44 117 555 0103")
p01 = mail("Tom Haines <tom@pawsome.co.uk>", "Jenny Sun <jenny@nbharvestpet.com>",
           "PO PAW-0415 - harness PPS", "Mon, 15 Apr 2024 13:22:00 +0100", p01_text,
           attachments=[("PO_PAW-0415.pdf", p01_po, PDF_MT), ("PI_NH-PI-240412.pdf", p01_pi, PDF_MT)])
case("p01_po_with_pi_attached", ["RG001", "RG003", "RG004", "RG005"],
     "PPS PO for 6 sent with the supplier PI showing 3,000 mass production, nothing says info/not released; "
     "no hold, no unlock event, no release person",
     [("PO_PAW-0415_harness_PPS.eml", eml_bytes(p01))])

# ---------------------------------------------------------------- p02
p02_docx = docx_bytes([
    ("h1", "Potting Shed Co. - Purchase order PSC-2291"),
    ("p", "Supplier: Tan Phu Metal Tools Co., Ltd. (Dong Nai, Viet Nam) - Ms. Le Thi Thu"),
    ("p", "Date: 29 April 2024   Ref: your quotation Q24117 (attached)"),
    ("table", [
        ["Item", "Description", "Qty", "Unit (USD)", "Amount (USD)"],
        ["PSC-SEC-01", "Bypass secateurs, SK5 blade, ash-wood handles, laser logo - samples", "24", "7.50", "180.00"],
        ["", "Sample courier to Norwich", "1", "55.00", "55.00"],
    ]),
    ("sp",),
    ("p", "Notes:"),
    ("li", "Leather holster in tan, stitched, as photo 3 of your catalogue."),
    ("li", "Blade angle and spring tension as per your sample #2 from March."),
    ("li", "Please send the samples with the REACH test report for the handle oil."),
    ("sp",),
    ("p", "Thank you! - Harriet Cole, Potting Shed Co., 12 Elm Hill, Norwich NR3, UK"),
], author="Harriet Cole")
p02_quote = pdf([
    ("h1", "QUOTATION Q24117"),
    ("p", "TAN PHU METAL TOOLS CO., LTD - Road 9, Bien Hoa 2 IZ, Dong Nai, Viet Nam"),
    ("p", "Customer: Potting Shed Co. (Ms. Harriet Cole)   Date: 17 Apr 2024"),
    ("table", [
        ["Item", "Stage", "Qty", "Unit (USD, FOB HCMC)", "Lead time"],
        ["PSC-SEC-01", "Samples", "24 pcs", "7.50", "12 days"],
        ["PSC-SEC-01", "Production", "2,400 pcs", "3.10", "40 days"],
    ]),
    ("sp",),
    ("p", "Holster: +0.85 USD/pc. Gift box: +0.40 USD/pc. Payment 30/70."),
    ("p", "Le Thi Thu - Sales - +84 251 3991 204"),
], title="Quotation Q24117", author="Le Thi Thu")
case("p02_po_docx_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "folder: sample PO for 24 next to the referenced quote with 2,400 production; nothing says not released, "
     "no unlock event, no release person",
     [("PO_PSC-2291.docx", p02_docx), ("Quote_Q24117.pdf", p02_quote)])

# ---------------------------------------------------------------- p03
p03_html = html_page("Bestellung TH-24-0592", """
<h2>Topfheld GmbH &mdash; Bestellung / Purchase order TH-24-0592</h2>
<p>Topfheld GmbH, Speicherstadt 4, 20457 Hamburg &middot; Online-Shop topfheld.de &middot; Amazon.de Marke<br>
Lieferant: Chaozhou Jinfeng Stainless Co., Ltd. &middot; Datum: 30.04.2024 &middot; Einkauf: Niklas Brandt</p>
<table>
<tr><th>Pos.</th><th>Artikel</th><th>Bezeichnung</th><th>Menge</th><th>Preis EUR</th></tr>
<tr><td>10</td><td>TH-SP-24</td><td>Edelstahl-Pfanne 24 cm, 3-lagig, induktionsgeeignet &mdash; Vorserienmuster (PPS)</td><td>10 Stk.</td><td>19,80</td></tr>
</table>
<h3>Referenz Angebot / quote reference</h3>
<table>
<tr><th>Angebot</th><th>Stufe</th><th>Menge</th><th>Preis EUR</th><th>Liefertermin</th></tr>
<tr><td>JF-AN-2404-17</td><td>Muster / PPS</td><td>10 Stk.</td><td>19,80</td><td>KW 20</td></tr>
<tr><td>JF-AN-2404-17</td><td>Serie / mass production</td><td>5.000 Stk.</td><td>8,95</td><td>KW 32</td></tr>
</table>
<p>Pr&uuml;fnormen: LFGB &sect;30/31, DIN EN 12983-1, Induktion nach DIN 44904. Logo-Laser auf dem Griff.</p>
<p>Bitte senden Sie die Muster per DHL an: Topfheld GmbH, Lager Billbrook, Halskestr. 30, 22113 Hamburg.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Niklas Brandt, Einkauf</p>
""", lang="de")
case("p03_html_po_quote_reference", ["RG001", "RG003", "RG004", "RG005"],
     "German HTML PO for 10 PPS repeats the quote's 5.000 mass-production row with no 'not released'; "
     "no hold, no unlock event, no release person",
     [("Bestellung_TH-24-0592.html", p03_html)])

# ---------------------------------------------------------------- p04
p04_buyer = """From: Nate Sullivan <nate@northfieldgoods.com>
Sent: Monday, May 6, 2024 9:41 AM
To: Rajesh Kumar <rajesh@kanpurleathercraft.in>
Subject: PO NF-7734 - RFID wallet samples

Hi Rajesh,

PO NF-7734 attached for 12 sample wallets per your quote (12 samples / 1,200 pcs MOQ), full-grain
tan, debossed logo as per the artwork. Ship to our Denver office please.

Thanks,
Nate"""
p04_text = """Dear Nate Sir,

Greetings from Kanpur! Thank you for the PO NF-7734, well received.

Samples will be ready in 10 working days. Debossing die is under making.

One point for your information: the crust leather lead time from the tannery is about 45 days now,
so to avoid any delay later we have already booked the hides for the full 1,200 pcs with our tannery
this morning. Stitching thread and RFID lining we will buy next week for the same quantity.

Warm regards,
Rajesh Kumar
Export Manager
Kanpur Leather Craft Pvt. Ltd.
+91 512 255 4471

""" + quote_lines(p04_buyer)
p04 = mail("Rajesh Kumar <rajesh@kanpurleathercraft.in>", "Nate Sullivan <nate@northfieldgoods.com>",
           "RE: PO NF-7734 - RFID wallet samples", "Tue, 07 May 2024 12:05:00 +0530", p04_text,
           in_reply_to="<nf7734@northfieldgoods.com>")
case("p04_supplier_books_hides", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "quoted buyer PO: 12 samples next to '1,200 pcs MOQ' with no hold/event/person; supplier books hides for "
     "1,200 without material authority",
     [("RE_PO_NF-7734.eml", eml_bytes(p04))])

# ---------------------------------------------------------------- p05
p05_pdf = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Koala Cases Pty Ltd - Level 2, 77 Wentworth Ave, Surry Hills NSW 2010 - ABN 80 611 245 019"),
    ("table", [
        ["PO number", "KC-24-118"],
        ["Date", "8 May 2024"],
        ["Supplier", "Shenzhen Hongxin Leather Goods Co., Ltd. (Ms. Coco Li)"],
        ["Project", "MagSafe card wallet KC-MW1 - project volume 4,000 units"],
        ["Incoterm", "FOB Shenzhen"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "SKU", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "KC-MW1-BLK", "MagSafe card wallet, vegan leather, N52 magnet ring - samples", "20", "9.00", "180.00"],
        ["2", "KC-MW1-TAN", "MagSafe card wallet, vegan leather, N52 magnet ring - samples", "20", "9.00", "180.00"],
        ["", "", "Total", "40", "", "360.00"],
    ]),
    ("sp",),
    ("p", "Magnet pull force min. 1,200 gf; card capacity 3 cards; must not affect NFC payment."),
    ("p", "Samples to: Koala Cases, Surry Hills (Attn. Zoe)."),
    ("p", "Issued by: Liam O'Connor, Operations"),
], title="PO KC-24-118", author="Liam O'Connor")
case("p05_pdf_po_project_volume", ["RG001", "RG003", "RG004", "RG005"],
     "PDF PO for 40 samples with header 'project volume 4,000 units' unlabelled; no hold, no unlock event, "
     "no release person",
     [("PO_KC-24-118.pdf", p05_pdf)])
# ---------------------------------------------------------------- p06
case("p06_whatsapp_price_change_go_ahead", ["RG002"],
     "scope is complete (10 PPS, 2,990 not released, written release by Kate after PPS sign-off) but the buyer "
     "later answers a price/date message with an unscoped 'go ahead'",
     [("WhatsApp Chat with Ken Yuyao Sprayers.txt", """4/22/24, 8:03 AM - Kate Morrow: Hi Ken! PO 1182 just went out by email. It's for 10 PPS of the pistol nozzle (5 green, 5 charcoal), that's all for now
4/22/24, 8:04 AM - Kate Morrow: the other 2,990 on your quote are not released. After we sign off the PPS I'll send you a written release, it'll come from me
4/22/24, 8:30 AM - Ken: Received Kate, 10 pcs PPS, thank you 🙏
4/29/24, 7:15 PM - Ken: Kate sorry to bother. brass price up a lot this month (LME). nozzle brass body +0.06 usd/pc
4/29/24, 7:16 PM - Ken: and PPS delivery move to 24 May because the soft-touch coating supplier delayed
4/29/24, 7:16 PM - Ken: is it ok for you?
4/29/24, 9:48 PM - Kate Morrow: ugh. that's annoying but fine
4/29/24, 9:48 PM - Kate Morrow: go ahead 👍
4/29/24, 9:50 PM - Ken: thank you Kate!! 🙏🙏
4/29/24, 9:52 PM - Kate Morrow: can you send the updated PI tomorrow so my bookkeeper has it
4/30/24, 10:05 AM - Ken: <attached: PI-1182-R1.pdf>
4/30/24, 10:06 AM - Kate Morrow: 👍
""")])

# ---------------------------------------------------------------- p07
p07_prev = """On Mon, 6 May 2024 at 17:22, Vivian Chen <vivian@xm-lotus-silicone.com> wrote:
> Hi Josh, artwork v4 for the gift box and the mat logo attached. We moved the logo 5 mm up and changed
> the wave line to Pantone 3252 C as you asked. Please check.
> Vivian
>
> > On Thu, 2 May 2024, Josh Reid <josh@bondikitchen.com.au> wrote:
> > PO BK-0502 attached: 12 PPS of the silicone dish-drying mat (6 sand, 6 ocean). The 2,988 pcs in
> > your quote are not released. Production release comes from me in writing once we sign off the PPS.
> > Cheers, Josh"""
p07_text = """Hey Vivian,

Artwork v4 looks mint - love the wave line in that teal.

Approved, proceed.

Can you also send me the box in a 3D mock-up for the Amazon listing images?

Cheers,
Josh

""" + p07_prev + sig_short("Josh Reid", "Co-founder", "Bondi Kitchen Co. - Bondi Junction NSW", "+61 2 8555 0166")
p07_html = simple_html(p07_text)
p07 = mail("Josh Reid <josh@bondikitchen.com.au>", "Vivian Chen <vivian@xm-lotus-silicone.com>",
           "Re: artwork v4 - gift box + mat logo", "Tue, 07 May 2024 08:05:00 +1000", p07_text, html=p07_html,
           in_reply_to="<vc-0506@xm-lotus-silicone.com>")
case("p07_artwork_approved_proceed", ["RG002"],
     "'Approved, proceed.' after an artwork check, naming neither sample-only nor a quantity; quoted PO scope "
     "is otherwise complete",
     [("Re_artwork_v4.eml", eml_bytes(p07))])

# ---------------------------------------------------------------- p08
p08_thread = """On 09/05/2024 14:10, Rahim Uddin wrote:
> Dear Olivia,
> 1) Carton marks: we will print side mark "HB / PO HB-0233 / C/No." and main mark with your logo.
> 2) FBA labels: FNSKU on each polybag bottom right, carton label on two sides. Is this ok?
> 3) Inner polybag: 0.04 mm LDPE with suffocation warning in English.
> Regards, Rahim
>
> On 07/05/2024 09:02, Olivia Grant wrote:
> > Hi Rahim, before the PPS goes out can you confirm carton marks and FBA label placement? Our 3PL
> > rejected a carton last month because the label was on the top.
> > Olivia
> >
> > On 25/04/2024 11:30, Olivia Grant wrote:
> > > Dear Rahim,
> > > PO HB-0233 is attached. It covers 20 PPS dog beds (round donut, 60 cm, grey and oatmeal) only.
> > > The remaining 1,480 pcs of your quote are NOT released. They are released only after we sign off
> > > the PPS and I send you a written release.
> > > No fabric or filling for the 1,480 until then please.
> > > Kind regards, Olivia"""
p08_text = """Hi Rahim,

Thanks for this - all three look right. The side labels are exactly what our 3PL wants, and the
polybag spec matches Amazon's requirements.

All sorted on our side now, you've got the green light from us.

Speak Monday - I'm out Friday for a trade show in Birmingham.

Olivia

""" + p08_thread + sig("Olivia Grant", "Sourcing Lead", "Happy Hound Beds Ltd, Bristol", "+44 117 555 0199")
p08 = mail("Olivia Grant <olivia@happyhoundbeds.co.uk>", "Rahim Uddin <rahim@gazipur-homeworks.com.bd>",
           "RE: PO HB-0233 - carton marks / FBA labels", "Thu, 09 May 2024 17:45:00 +0100", p08_text,
           in_reply_to="<ru-0509@gazipur-homeworks.com.bd>")
case("p08_thread_green_light", ["RG002"],
     "long thread; quoted PO scope is complete (20 PPS, 1,480 not released, written release by Olivia) but the "
     "latest message gives an unscoped 'green light'",
     [("RE_PO_HB-0233_carton_marks.eml", eml_bytes(p08))])

# ---------------------------------------------------------------- p11
p11_swift = pdf([
    ("h1", "Outgoing wire transfer - confirmation"),
    ("p", "First Pacific Bank - Business Banking"),
    ("table", [
        ["Field", "Value"],
        ["Date", "2024-05-10"],
        ["Ordering customer", "TAPDOCK INC, 1800 N Broadway, Denver CO"],
        ["Beneficiary", "SHENZHEN LINGXUN TECHNOLOGY CO LTD"],
        ["Beneficiary bank", "CHINA MERCHANTS BANK SHENZHEN BRANCH, SWIFT CMBCCNBS"],
        ["Amount", "USD 4,350.00"],
        ["Reference", "PO TD-0419 30PCT DEPOSIT"],
        ["UETR", "4f3a9c1e-7d22-4b8e-9a51-0c6e2f18d733"],
    ]),
], title="Wire confirmation", author="First Pacific Bank")
p11_prev = """> From: Ryan Patel <ryan@tapdock.com>
> Date: Fri, Apr 19, 2024
> Subject: PO TD-0419
>
> Hi Vicky - PO TD-0419 attached. For now it's 20 PPS of the 3-in-1 charging dock (white). The
> remaining 9,980 units are not released; I'll release them in writing after we sign off the PPS.
> Ryan"""
p11_text = """Hi Vicky,

The 30% deposit (USD 4,350) went out this morning - swift copy attached.

So you're good to go ahead.

Let me know if the bank needs anything else on your side.

Ryan

""" + p11_prev + sig_short("Ryan Patel", "Founder", "Tapdock Inc. - Denver, CO", "+1 720 555 0148")
p11 = mail("Ryan Patel <ryan@tapdock.com>", "Vicky Luo <vicky@szlingxun.com>",
           "Re: PO TD-0419 deposit", "Fri, 10 May 2024 10:20:00 -0600", p11_text,
           attachments=[("swift_copy_TD-0419.pdf", p11_swift, PDF_MT)],
           in_reply_to="<td0419@tapdock.com>")
case("p11_deposit_sent_go_ahead", ["RG002", "RG012"],
     "buyer: deposit sent 'so you're good to go ahead' - payment treated as the trigger and the go-ahead names "
     "no quantity; original scope (20 PPS, hold, written release by Ryan) quoted",
     [("Re_PO_TD-0419.eml", eml_bytes(p11))])
# ---------------------------------------------------------------- p13
p13_text = """Hi Linh,

Hope the week's going well over there. A few things in one go:

1. The 36 PPS of the acacia utensil set (12 x 3 finishes) are released - please make those and ship by
   air when ready.
2. The remaining 2,964 sets of the 3,000 stay on hold until further notice. Megan Ortiz (VP Ops) is the
   only one who can lift that hold, so please don't plan line time for them yet.
3. Our design team released the laser-engraving artwork v2 this morning, so the artwork is approved from
   the technical side - file is in the shared folder.
4. Finance will release the PO for the engraving fixture (USD 380) next week.

Also - could you send the FSC certificate number for the acacia supplier? Our Amazon listing needs it.

Thanks!
Chris
""" + sig("Chris Dunn", "Sourcing Manager", "Hearth & Table Co., Minneapolis MN", "+1 612 555 0121")
p13 = mail("Chris Dunn <chris@hearthandtable.com>", "Linh Pham <linh@hoian-woodcraft.vn>",
           "Utensil set PPS + artwork v2 + fixture PO", "Wed, 08 May 2024 16:30:00 -0500", p13_text,
           html=simple_html(p13_text))
case("p13_release_means_four_things", ["RG004", "RG009"],
     "'release' used for the PPS quantity, the artwork (technical) and the fixture PO (commercial); balance on "
     "hold 'until further notice' names no unlock event (Megan Ortiz named)",
     [("Utensil_set_PPS_artwork_PO.eml", eml_bytes(p13))])

# ---------------------------------------------------------------- p14
p14_docx = docx_bytes([
    ("h1", "H2 supply plan - fleece dog blanket CC-FB (Cuddle Cove)"),
    ("p", "Supplier: Narayanganj Knit Composite Ltd., Bangladesh   Prepared by: Sophie Turner, Head of Supply   "
          "Version 3, 10 May 2024"),
    ("h", "1. Approvals"),
    ("table", [
        ["What", "Status", "By / date"],
        ["PPS (280 gsm fleece, pilling grade 4, print registration)", "approved", "QA - Priya Shah, 3 May"],
        ["PO CC-2207 for the first batch (value GBP 2,150)", "approved", "Finance - 6 May"],
        ["Production of the first batch: 500 pcs", "approved", "Sophie Turner - 10 May"],
    ]),
    ("sp",),
    ("h", "2. What is released"),
    ("p", "First batch: 500 pcs released on PO CC-2207. The remaining 8,500 pcs of the H2 volume are not "
          "released. Sophie Turner releases them in writing after the first batch passes final inspection "
          "(AQL 2.5, Intertek Dhaka)."),
    ("h", "3. H2 forecast"),
    ("table", [
        ["Month", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Total"],
        ["Forecast (pcs)", "500", "1,000", "1,500", "2,000", "2,500", "1,500", "9,000"],
    ]),
    ("p", "Please treat the 9,000 pcs H2 forecast as our firm commitment and book the knitting and printing "
          "capacity for it now - we will take the full 9,000."),
    ("h", "4. Logistics"),
    ("p", "FOB Chattogram, consolidated with the cat blankets where possible. FBA UK (BHX4) cartons max 23 kg."),
], author="Sophie Turner")
case("p14_supply_plan_approvals_forecast", ["RG008", "RG009"],
     "'approved' used for PPS (technical), PO (commercial) and first-batch production; 9,000 forecast written as "
     "firm commitment; release scope itself is complete",
     [("CuddleCove_H2_supply_plan.docx", p14_docx)])

# ---------------------------------------------------------------- p15
case("p15_slack_all_approved", ["RG002", "RG009"],
     "pilot scope complete (200 released, 4,800 on hold until AQL + written release by Jordan), then 'all "
     "approved - good to run' mixing QC/finance/listing approvals with no quantity",
     [("slack_export_squeaky-toys.txt", """Slack export - workspace: pupjoy - channel: #sourcing-squeaky-toys
Members: Jordan Lee (founder), Mia Torres (QC), Alex Wong (agent, Yiwu)
-------------------------------------------------------------------------------------------------

[2024-04-29 10:02] Jordan Lee: @Alex Wong recap for the factory: PO PT-0311 releases the 200 pcs pilot of the plush squeaky hedgehog. the other 4,800 are on hold until the pilot passes AQL inspection and I send a written release
[2024-04-29 10:05] Alex Wong: noted 👍 factory started pilot cutting today, 200 pcs
[2024-05-06 15:40] Alex Wong: pilot done, inspection booked Thursday. I'll send report
[2024-05-09 18:12] Alex Wong: AQL report attached: 0 critical, 1 major (loose thread), 3 minor. PASS at 2.5/4.0 :white_check_mark:
[2024-05-09 18:12] Alex Wong: 📎 AQL_report_PT-0311.pdf
[2024-05-10 08:30] Mia Torres: read it. loose thread is cosmetic. carton drop test also fine
[2024-05-10 09:14] Jordan Lee: ok updates!! Mia approved the carton drop test ✅ finance approved the PI for the new hangtags ✅ and Amazon approved the listing + A+ content ✅
[2024-05-10 09:14] Jordan Lee: so all approved — good to run 🙌
[2024-05-10 09:20] Alex Wong: great news, I'll let the factory know
[2024-05-10 09:21] Jordan Lee: 🎉🎉
[2024-05-10 11:45] Mia Torres: @Alex Wong can you also ask them for the CPSIA test report date, Amazon will ask
[2024-05-10 11:50] Alex Wong: sure, will ask
""")])

# ---------------------------------------------------------------- p17
p17_prev = """-----Original Message-----
From: Stefan Krueger <s.krueger@schlauchprofi.de>
Sent: Monday, 22 April 2024 08:30
To: Li Jun <lijun@yuyao-jiahe-garden.com>
Subject: Order 4500019911 - hose reel HR-50

Dear Mr. Li,
attached our order 4500019911 for 8 PPS of the wall-mounted hose reel HR-50. The balance of
1.992 pcs from your offer is not released. It will be released only in writing by me after we sign
off the PPS.
Best regards, Stefan Krueger"""
p17_text = """Dear Mr. Li,

short status on the hose reel HR-50:

- Technical release of the PPS: given. Burst test at 24 bar passed, the rewind spring works fine, and the
  UV test of the housing is OK.
- Commercial release: also given. Our controlling released the budget on Friday.

So from our side everything is released now - you may proceed.

Please send us the new shipping schedule and the updated packing list for the 40' container.

Best regards / Mit freundlichen Gruessen
Stefan Krueger

""" + p17_prev + sig("Stefan Krueger", "Leiter Einkauf / Head of Purchasing", "SchlauchProfi GmbH, Wuppertal",
                     "+49 202 555 0134")
p17 = mail("Stefan Krueger <s.krueger@schlauchprofi.de>", "Li Jun <lijun@yuyao-jiahe-garden.com>",
           "AW: Order 4500019911 - hose reel HR-50 - status", "Mon, 13 May 2024 09:10:00 +0200", p17_text,
           in_reply_to="<4500019911@schlauchprofi.de>")
case("p17_german_release_everything", ["RG002", "RG009"],
     "'release' used for technical sign-off, budget and production; 'everything is released - you may proceed' "
     "names no quantity; earlier scope (8 PPS, 1.992 on hold, written release by Krueger) quoted",
     [("AW_Order_4500019911_status.eml", eml_bytes(p17))])
# ---------------------------------------------------------------- p18
p18_text = """Hi Andy,

PO 3391 is attached. It is for the samples of the end-grain bamboo cutting board only - the finish and
juice-groove depth we discussed on the call, branded with our logo on the side.

Mass production (2,000 pcs) is not released. It is released only after we sign off the golden sample
and Jess Park (COO) sends you a written release. No bamboo strips or mineral oil for the 2,000 until then.

Can you also quote us the cost of a custom kraft sleeve? We're thinking 1-colour print.

Thanks,
Ben
""" + sig("Ben Alvarez", "Product Developer", "Fieldstone Kitchen Co., Nashville TN", "+1 615 555 0184")
p18 = mail("Ben Alvarez <ben@fieldstonekitchen.com>", "Andy Lin <andy@fj-greenbamboo.com>",
           "PO 3391 - bamboo board samples", "Thu, 02 May 2024 11:45:00 -0500", p18_text)
case("p18_samples_po_no_sample_qty", ["RG010"],
     "sample PO says 'samples only', 2,000 not released, unlock + Jess Park named - but never states how many "
     "samples are authorized",
     [("PO_3391_bamboo_samples.eml", eml_bytes(p18))])

# ---------------------------------------------------------------- p19
case("p19_wechat_pilot_run", ["RG010"],
     "buyer authorizes 'the pilot run' with hold, unlock event and named release person, but no pilot quantity "
     "anywhere",
     [("WeChat_Wei Ling_Cixi Solar.txt", """微信聊天记录 / WeChat chat history
Chat with: 周工 Zhou (Cixi Brightway Solar Lighting)   Exported by: Wei Ling Tan (Glowgarden, Perth WA)
------------------------------------------------------------

2024-05-03 14:02 周工 Zhou
Wei Ling hello, the stake light sample v3 you receive? battery now 1200mAh, IP65

2024-05-03 14:30 Wei Ling Tan
yes got it, much better 👍 the warm white is nice now. lux on the 2nd night still a bit low but ok

2024-05-03 14:31 Wei Ling Tan
ok next step: pls make the pilot run first, ship LCL to Fremantle. use the new gift box

2024-05-03 14:32 Wei Ling Tan
the rest of the 6,000 stays on hold. only after the pilot passes AQL 2.5 inspection (we book QIMA) I send the written release myself - Wei Ling Tan

2024-05-03 14:33 Wei Ling Tan
no panels / batteries for the rest yet pls

2024-05-03 14:40 周工 Zhou
ok understand. pilot run, LCL Fremantle, rest wait your written release

2024-05-03 14:41 周工 Zhou
gift box printing need 7 days, pilot ready about 28 May

2024-05-03 14:45 Wei Ling Tan
👌
""")])

# ---------------------------------------------------------------- p20
p20_pdf = pdf([
    ("h1", "CALL-OFF No. 3"),
    ("p", "Against blanket order BO-7710 - Northline Pet Supply Inc., 6200 Commerce Dr, Mississauga ON, Canada / "
          "Northline Pet US LLC, Buffalo NY"),
    ("p", "Supplier: Ho Chi Minh Pet Accessories Manufacturing Co. (HPAM)    Date: 9 May 2024"),
    ("table", [
        ["Blanket order", "BO-7710, dog lead 1.5 m, nylon 20 mm, SKU NL-LD-15"],
        ["Blanket quantity (annual)", "24,000 pcs"],
        ["This call-off", "No. 3"],
        ["Ship window", "weeks 25-26, FOB Cat Lai, to Buffalo DC"],
    ]),
    ("sp",),
    ("p", "Please produce and ship call-off No. 3 per our delivery schedule and pack as per packing "
          "instruction PI-NL-07 (10 pcs per inner, 100 pcs per carton)."),
    ("p", "The remaining blanket quantity is not released. It stays on hold until the next written call-off, "
          "which only Laura Kim (Purchasing Manager) issues."),
    ("p", "Material authority: material for this call-off only."),
    ("sp",),
    ("p", "Laura Kim, Purchasing Manager, Northline Pet Supply"),
], title="Call-off 3 BO-7710", author="Laura Kim")
case("p20_calloff_without_qty", ["RG010"],
     "call-off releases 'call-off No. 3 per our delivery schedule' (schedule not in bundle) and never states "
     "its quantity; hold/next call-off/Laura Kim are named",
     [("CallOff_3_BO-7710.pdf", p20_pdf)])

# ---------------------------------------------------------------- p21
case("p21_alibaba_chat_samples_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "buyer authorizes samples in Alibaba chat without quantity, without holding the rest, without unlock event "
     "or release person",
     [("alibaba_chat_SJ-ring-holder.txt", """Alibaba.com - Message Center - chat history
Supplier: Dongguan Shengjia Hardware Electronic Co., Ltd.
Buyer:    Mehmet Aydin  (Mobilfix UG, Berlin, Germany)
------------------------------------------------------------------

2024-05-07 15:10  Lucy Wang (Supplier)
Hi friend, for phone ring holder SJ-R08 we can do zinc alloy with your logo laser, MOQ 1000pcs, price 0.68usd

2024-05-07 15:11  Lucy Wang (Supplier)
colors: black, silver, rose gold, navy. rotation 360 + 180 flip

2024-05-07 15:30  Mehmet Aydin (Buyer)
hi lucy, thx. is the adhesive 3M? the cheap ones fall off after a week lol

2024-05-07 15:33  Lucy Wang (Supplier)
yes 3M VHB 4910, we can send test video

2024-05-07 16:02  Mehmet Aydin (Buyer)
ok nice. pls make samples with my logo, black + silver + rose gold. I pay sample fee now via paypal

2024-05-07 16:03  Mehmet Aydin (Buyer)
logo file: mobilfix_logo.svg

2024-05-07 16:10  Lucy Wang (Supplier)
ok friend, sample fee 45usd incl express. samples ready 5 days

2024-05-07 16:20  Mehmet Aydin (Buyer)
paid ✅

2024-05-07 16:21  Lucy Wang (Supplier)
received thank you! 🙏
""")])

# ---------------------------------------------------------------- p22
p22_html = html_page("Sample PO PF-0427", """
<div style="max-width:680px">
<h2 style="color:#2a6f97">Purrfect Fountain Co. &mdash; Sample purchase order PF-0427</h2>
<p>To: Zhongshan Aquafresh Pet Appliance Co., Ltd. (Ms. Wendy Tan)<br>
From: Nathan Reyes, COO &middot; Purrfect Fountain Co., Phoenix AZ<br>Date: April 27, 2024</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th></tr>
<tr><td>PF-WF3</td><td>Cat water fountain 3 L, stainless tray, UV-C module, USB-C pump 5 V &mdash; engineering samples</td><td>TBC by your engineer &mdash; enough for our drop test, pump endurance test and the FBA listing photos</td><td>USD 32.00</td></tr>
</table>
<p class="note"><b>Scope.</b> This PO covers engineering samples only. The 3,000 pcs bulk in your quote AQ-2404-09
is <b>not released</b>. It is released only after we sign off the samples (pump noise &lt; 30 dB, 500 h endurance)
and Nathan Reyes, COO, sends a written release. No pumps or UV modules for the bulk until then.</p>
<p>Certification: FCC Part 15B and UL 1310 reports to be provided with the samples if available.</p>
<p>Ship samples by FedEx IP, account 8812-4431-2.</p>
</div>
""")
case("p22_html_sample_po_qty_tbc", ["RG010"],
     "sample PO with quantity 'TBC by your engineer'; hold, unlock event and Nathan Reyes named; no active "
     "quantity stated",
     [("Sample_PO_PF-0427.html", p22_html)])
# ---------------------------------------------------------------- p24
case("p24_erp_blocked_until_further_notice", ["RG004"],
     "ERP PO: 25 PPS, 2.975 on hold 'until further notice', release auth K. Mueller named, but no unlock event",
     [("EK_4500020455_druck.txt", """GRUENZEUG GARTENGERAETE GMBH          BESTELLUNG / PURCHASE ORDER        SEITE 1/1
Am Hafen 17, 47119 Duisburg           BESTELL-NR : 4500020455
                                      DATUM      : 07.05.2024
LIEFERANT : 200318  JINHUA HONGDA TOOLS CO LTD, JINHUA, ZHEJIANG, CHINA
EINKAEUFER: T. HOFFMANN    ZAHLUNG: 30% ANZ. / 70% VOR VERSCHIFFUNG    INCOTERM: FOB NINGBO
================================================================================
POS  MATERIAL      KURZTEXT                          MENGE    ME   PREIS USD
--------------------------------------------------------------------------------
010  GZ-HS-650     HECKENSCHERE 650 MM, TELESKOP        25    ST     12,40
                   VORSERIENMUSTER / PPS
020  GZ-HS-650     HECKENSCHERE 650 MM, TELESKOP     2.975    ST      5,15
                   SERIE - GESPERRT / BLOCKED
--------------------------------------------------------------------------------
TEXTE / NOTES:
 POS 010: PPS 25 ST - BITTE FERTIGEN / PLEASE PRODUCE.
 POS 020: ON HOLD - DO NOT START. BLOCKED UNTIL FURTHER NOTICE.
          FREIGABE / RELEASE AUTHORITY: K. MUELLER (LEITUNG EINKAUF).
 MATERIAL: NUR FUER POS 010 / FOR POS 010 ONLY.
 PRUEFUNG: GS-ZEICHEN NACH EN ISO 12100, PAK AfPS GS 2019:01.
================================================================================
GEDRUCKT 07.05.2024 10:41  BENUTZER THOFFMANN                 SAP MM / ME9F
""")])

# ---------------------------------------------------------------- p25
p25_text = """Dear Ms. Chen,

please find attached our order 4500012345 for the cordless grass shear GS-18V.

- 20 pcs PPS - please produce these now.
- The balance of 1.980 pcs of your offer is not released. It will be released after the PPS sign-off and
  the approval in our company. Please do not buy motors or batteries for the balance.

Separate topic - new article: for the telescopic lopper TL-80 (not yet sampled) our 2025 forecast is
24.000 pcs. Please see this forecast as our binding order for your capacity booking; we commit to take
the 24.000 pcs in 2025.

Mit freundlichen Gruessen / kind regards

Tobias Hahn
""" + sig("Tobias Hahn", "Strategischer Einkauf", "Gartenwerk GmbH, Ulm", "+49 731 555 0172")
p25_po = pdf([
    ("h1", "Bestellung 4500012345"),
    ("p", "Gartenwerk GmbH - Magirusstrasse 40 - 89077 Ulm"),
    ("p", "Lieferant: Suzhou Greenpower Garden Tools Co., Ltd.   Datum: 02.05.2024"),
    ("table", [
        ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis USD"],
        ["10", "GS-18V", "Akku-Grasschere 18 V - Vorserienmuster (PPS)", "20 Stk.", "28,00"],
    ]),
    ("p", "Restmenge 1.980 Stk. laut Angebot: nicht freigegeben / not released."),
], title="Bestellung 4500012345", author="Tobias Hahn")
p25 = mail("Tobias Hahn <t.hahn@gartenwerk.de>", "Chen Yu <chenyu@sz-greenpower.com>",
           "Bestellung 4500012345 GS-18V PPS / forecast TL-80", "Thu, 02 May 2024 14:05:00 +0200", p25_text,
           attachments=[("Bestellung_4500012345.pdf", p25_po, PDF_MT)])
case("p25_internal_approval_and_binding_forecast", ["RG005", "RG008"],
     "balance released after 'approval in our company' (no named person); 24.000 forecast for another article "
     "written as binding order/commitment",
     [("Bestellung_4500012345.eml", eml_bytes(p25))])

# ---------------------------------------------------------------- p26
p26_docx = docx_bytes([
    ("h1", "Order sheet - Tidy Tails enclosed litter box TT-LB2"),
    ("p", "Brand: Tidy Tails (Melbourne)   Factory: Taizhou Huangyan Meijia Plastic Co.   Agent: Kevin Zhou"),
    ("p", "PO: TT-0514   Date: 14 May 2024"),
    ("p", "Sample qty: 24 (12 grey, 12 white) - PPS for drop test and for the FBA listing."),
    ("table", [
        ["Stage", "Colour", "Qty", "Status"],
        ["PPS", "grey + white", "42", "make now"],
        ["Mass production", "grey + white", "2,976", "not released"],
    ]),
    ("sp",),
    ("p", "The 2,976 pcs are released by our sourcing team in writing after we sign off the PPS "
          "(hinge cycle test 5,000 x, odour test on the carbon filter)."),
    ("p", "Material: PP for the PPS only; do not buy resin or carbon filters for mass production."),
    ("p", "Packaging: brown carton 5-ply, 1 set per carton, FBA label on 2 sides, 'Team lift' not required (< 15 kg)."),
], author="Tidy Tails")
case("p26_order_sheet_24_vs_42", ["RG005", "RG011"],
     "order sheet states sample qty 24 in text and 42 in the table; balance released by 'our sourcing team' "
     "(no named person)",
     [("TidyTails_order_sheet_TT-0514.docx", p26_docx)])
# ---------------------------------------------------------------- p30
p30_buyer = """On 29 Apr 2024, at 10:14, Anna Schmidt <anna@tragwerk-bags.de> wrote:

Dear Mr. Hasan,

PO TW-5521 is attached. Scope:
- 50 PPS of the waxed-canvas tote TW-T1 (25 olive, 25 sand). Please make these now.
- The other 4,950 pcs of your quote are not released. They are released only after we sign off the
  PPS and I send you a written release.
- Material: for the 50 PPS only.

Best regards,
Anna Schmidt
Einkauf, Tragwerk Bags GmbH, Leipzig"""
p30_text = """Dear Ms. Anna,

Thank you for the PO TW-5521. PPS cutting will start on Monday.

For your kind information, we have already bought the waxed canvas for the whole 5,000 pcs from the
mill in Narayanganj, because the mill has 40 days lead time and the price will increase in June. The
leather handles we have also ordered for 5,000 pcs. This way we can start bulk immediately after your
release.

PPS will be ready on 17 May. We will send by DHL.

Best regards,
Mahmudul Hasan
Merchandiser
Dhaka Bag Makers Ltd.
+880 1711 555 402

""" + quote_lines(p30_buyer)
p30 = mail("Mahmudul Hasan <hasan@dhakabagmakers.com>", "Anna Schmidt <anna@tragwerk-bags.de>",
           "Re: PO TW-5521 tote PPS", "Thu, 02 May 2024 17:30:00 +0600", p30_text,
           in_reply_to="<tw5521@tragwerk-bags.de>")
case("p30_factory_bought_canvas_full", ["RG006"],
     "quoted buyer scope is complete (50 PPS, 4,950 not released, written release by Anna, material PPS only); "
     "supplier has bought canvas and handles for 5,000",
     [("Re_PO_TW-5521_tote_PPS.eml", eml_bytes(p30))])

# ---------------------------------------------------------------- p32
p32_rel = pdf([
    ("h1", "Release notice RN-01 - PO AB-6610"),
    ("p", "Alpine Bark Outdoor Inc. - 410 Mill St, Bend OR 97702, USA"),
    ("p", "To: Hanoi Trekking Gear JSC - Attn. Mr. Do Quang Minh    Date: 3 May 2024"),
    ("p", "Item: dog life jacket AB-LJ, sizes XS-XL, quoted 2,400 pcs"),
    ("table", [
        ["", "Pcs"],
        ["Released by RN-01", "400"],
        ["Not released (on hold)", "2,000"],
    ]),
    ("p", "RN-01 releases 400 pcs. The 2,000 pcs balance is not released; it is released only by RN-02, in "
          "writing, from Carla Jensen (VP Operations), after the 400 pcs pass our buoyancy test (ISO 12402-5 "
          "method) and final inspection."),
    ("p", "Material authority: material for the 400 pcs of RN-01 only."),
    ("p", "Carla Jensen, VP Operations"),
], title="RN-01 AB-6610", author="Carla Jensen")
case("p32_release_vs_material_issued", ["RG006"],
     "folder: release of 400 with material authority for 400 only; supplier status shows foam/fabric issued "
     "for 2,400",
     [("RN-01_PO_AB-6610.pdf", p32_rel),
      ("HTG_MRP_status_AB-6610.txt", """HANOI TREKKING GEAR JSC            MRP / ORDER STATUS                    2024-05-16
CUSTOMER : ALPINE BARK OUTDOOR       ORDER: AB-6610      ITEM: AB-LJ DOG LIFE JACKET
--------------------------------------------------------------------------------------
KEY                      QTY     UNIT   REMARK
CUSTOMER RELEASED        400     PCS    RN-01
MATL ISSUED - PE FOAM  2,400     SETS   FULL ORDER, SUPPLIER BOUGHT 30/04
MATL ISSUED - 420D     2,400     SETS   FULL ORDER
MATL ISSUED - BUCKLES  2,400     SETS   FULL ORDER
CUT                      400     PCS
SEWN                     260     PCS
--------------------------------------------------------------------------------------
PLANNER NOTE: BALANCE 2,000 WAITING RN-02. MATERIAL READY ON FLOOR.
""")])

# ---------------------------------------------------------------- p33
p33_pdf = pdf([
    ("h1", "Weekly production report - week 19"),
    ("p", "Saigon Homewares Co., Ltd. -> Bamboo & Bee Kitchen (Brisbane)    Order: BB-PO-0328    Report date: 10 May 2024"),
    ("table", [
        ["Item", "Status", "Qty", "Remark"],
        ["Customer release", "PPS only", "200 sets", "bulk not released, waiting customer's written release"],
        ["PPS - bamboo utensil set 5 pcs", "sewing pouch / packing", "200 sets", "ready 17 May"],
        ["Gift box printing", "printed", "10,000 pcs", "printing house MOQ, printed for full order to save time"],
        ["Cotton pouch fabric", "ordered", "10,000 pcs", "arrives 24 May"],
        ["Bamboo (moso) raw material", "dried, in stock", "200 sets", "for PPS"],
    ]),
    ("sp",),
    ("p", "Next week: PPS final QC, photos to customer, DHL booking."),
    ("p", "Prepared by: Vo Thi Lan, Order Follow-up - lan.vo@saigonhomewares.vn"),
], title="Weekly report W19", author="Vo Thi Lan")
case("p33_weekly_report_boxes_printed", ["RG006"],
     "supplier weekly report: released 200 sets PPS only, but gift boxes printed and pouch fabric ordered for "
     "10,000",
     [("Weekly_report_W19_BB-PO-0328.pdf", p33_pdf)])

# ---------------------------------------------------------------- p34
p34_buyer = """> -----Original Message-----
> From: Emily Zhang <emily@caseharbor.com>
> Sent: Friday, April 26, 2024 4:02 PM
> To: sales@sz-mingtai-leather.com
> Subject: PO CH-0426 folio case PPS
>
> Hi Sherry,
> PO CH-0426 attached for 10 PPS of the PU folio case (iPhone 15 Pro Max, black + tan). The 2,990 pcs
> bulk is not released by this PO. Bulk is released only by a written release from me after we sign off
> the PPS. Please buy material for the 10 PPS only.
> The 30% deposit on the mould and embossing plate will follow next week.
> Emily Zhang, Sourcing, Case Harbor"""
p34_text = """Dear Emily,

Good day! We received the 30% deposit today, many thanks.

So we have booked the PU leather and microfiber for the whole order (3,000 pcs) and we start cutting
now, to catch your July shipment. PPS will be sent on Wednesday together.

Best regards
Sherry
Shenzhen Mingtai Leather Products Co., Ltd.
Tel: +86 755 2955 8831

""" + p34_buyer
p34 = mail("Sherry Guo <sales@sz-mingtai-leather.com>", "Emily Zhang <emily@caseharbor.com>",
           "RE: PO CH-0426 folio case PPS", "Thu, 09 May 2024 15:44:00 +0800", p34_text,
           in_reply_to="<ch0426@caseharbor.com>")
case("p34_deposit_received_start_cutting", ["RG006", "RG012"],
     "supplier reads the mould deposit as go: books PU for the whole 3,000 and starts cutting; quoted buyer scope "
     "is complete (10 PPS, written release by Emily)",
     [("RE_PO_CH-0426.eml", eml_bytes(p34))])

# ---------------------------------------------------------------- p35
case("p35_whatsapp_material_ready_then_mass", ["RG006", "RG007"],
     "buyer scope complete (8 PPS, 1,992 on hold, sign-off + written release by Grace); supplier has material for "
     "2000 and says mass production starts straight after sample approval",
     [("WhatsApp Chat with Sunny Ningbo Hose Reel.txt", """13/05/2024, 08:40 - Grace Whitfield: Morning Sunny. PO GW-0513 sent: 8 PPS of the wall hose reel (4 green, 4 grey). 1,992 balance on hold - I release it in writing myself after we sign off the PPS
13/05/2024, 08:41 - Grace Whitfield: material for the 8 only please
13/05/2024, 10:02 - Sunny: Good morning Grace! received 👍
13/05/2024, 10:03 - Sunny: PPS ready 22th
13/05/2024, 10:05 - Sunny: we prepared material for 2000 already (ABS, hose 20m, brackets), price lock with supplier
13/05/2024, 10:06 - Sunny: so after you approve sample we go straight to mass production, no need wait, shipping end of June 🚢
13/05/2024, 11:30 - Grace Whitfield: I'll come back to you on that after my 1pm
13/05/2024, 11:31 - Sunny: ok Grace 😊
""")])

# ---------------------------------------------------------------- p36
p36_html = html_page("Capacity & material plan - Sproutly", """
<h2>Capacity &amp; material plan &mdash; customer: Sproutly Garden (Austin, TX)</h2>
<p>Supplier: Taizhou Evergreen Plastic Mould Co. &middot; Item: self-watering planter SW-28 &middot; Updated 2024-05-11</p>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Basis</th></tr>
<tr><td>Released by customer</td><td>Pilot lot</td><td>500 pcs</td><td>Customer release R-01 (Ms. Dana Whitfield), balance on hold until pilot sign-off</td></tr>
<tr><td>Order book</td><td>Q4 order</td><td>20,000 pcs</td><td>Customer forecast 12 Apr &mdash; entered as firm order</td></tr>
<tr><td>Resin (PP copolymer, Lotte J-550S)</td><td>purchased</td><td>for 20,000 pcs (11.6 t)</td><td>bought 6 May for full Q4 order</td></tr>
<tr><td>Wicking cord</td><td>purchased</td><td>for 20,000 pcs</td><td>bought 6 May</td></tr>
<tr><td>Injection machine 280T #4</td><td>booked</td><td>Aug&ndash;Oct</td><td>for Q4 order</td></tr>
</table>
<p class="note">Material was purchased on the basis of the Q4 firm order to secure the resin price.</p>
""")
case("p36_material_plan_forecast_as_order", ["RG006", "RG008"],
     "supplier plan enters the customer's 20,000 forecast as a firm order and buys resin/cord for 20,000 against "
     "a 500 release",
     [("Sproutly_capacity_material_plan.html", p36_html)])
# ---------------------------------------------------------------- p38
p38_buyer = """On Fri, 3 May 2024 at 09:12, Megan Price <megan@tumbleweedkitchen.com> wrote:
> Hi Thao,
> Our PO TK-0503 is attached: 6 PPS of the silicone-tipped kitchen tongs (3 sizes x 2 colours).
> The 3,000 pcs in your quote are not released. After we sign off the PPS, I will send a written
> production release - that is the only thing that starts production.
> Thanks, Megan Price, Purchasing, Tumbleweed Kitchen"""
p38_text = """Dear Megan,

Thank you for your PO TK-0503, we confirm 6 PPS, ready on 16 May.

To save time for your Prime Day stock: after you approve the PPS we will start the mass production of
3,000 pcs immediately, no need to send new PO or confirmation. Our line is reserved from 20 May.

Please also confirm the colour of the silicone tip: Pantone 7623 C (red) or 2347 C?

Best regards,
Nguyen Phuong Thao
Sales Executive
Saigon Steelware Manufacturing Co., Ltd.
+84 28 3755 1902

""" + p38_buyer
p38 = mail("Nguyen Phuong Thao <thao@saigonsteelware.vn>", "Megan Price <megan@tumbleweedkitchen.com>",
           "Re: PO TK-0503 tongs PPS", "Mon, 06 May 2024 10:22:00 +0700", p38_text,
           in_reply_to="<tk0503@tumbleweedkitchen.com>")
case("p38_supplier_starts_on_pps_approval", ["RG007"],
     "supplier says PPS approval will start mass production of 3,000 with no further confirmation, against a "
     "quoted buyer scope that requires a written release from Megan",
     [("Re_PO_TK-0503_tongs_PPS.eml", eml_bytes(p38))])

# ---------------------------------------------------------------- p39
p39_po = pdf([
    ("h1", "PURCHASE ORDER WT-2405"),
    ("p", "Waggle & Tug Ltd - 19 Kings Rd, Brighton BN1 - United Kingdom"),
    ("p", "Supplier: Yangzhou Happy Pet Toys Co., Ltd.    Date: 7 May 2024    Buyer: Amira Hassan"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit GBP", "Total GBP"],
        ["1", "WT-RT-3", "Rope tug toy, 3-knot, cotton, 38 cm - PPS", "8", "3.10", "24.80"],
    ]),
    ("sp",),
    ("p", "Scope: this PO releases the 8 PPS only. The 2,000 pcs in your PI HP-PI-0503 are for information and "
          "are not released. The 1,992 pcs beyond the PPS are released only after we sign off the PPS and "
          "Amira Hassan (Buying Manager) sends a written production release."),
    ("p", "Material authority: cotton rope for the 8 PPS only."),
    ("p", "Testing: EN 71-1, -2, -3 on the rope dye."),
], title="PO WT-2405", author="Amira Hassan")
p39_pi = pdf([
    ("h1", "PROFORMA INVOICE HP-PI-0503"),
    ("p", "YANGZHOU HAPPY PET TOYS CO., LTD - Hanjiang District, Yangzhou, Jiangsu"),
    ("p", "Buyer: Waggle & Tug Ltd (Ms. Amira Hassan)    Date: 3 May 2024"),
    ("table", [
        ["No.", "Description", "Qty", "Unit (GBP)", "Amount (GBP)"],
        ["1", "WT-RT-3 rope tug toy PPS", "8 pcs", "3.10", "24.80"],
        ["2", "WT-RT-3 rope tug toy mass production", "2,000 pcs", "0.92", "1,840.00"],
    ]),
    ("sp",),
    ("h", "Terms"),
    ("p", "1. Mass production will start automatically upon buyer's PPS approval. No further order needed."),
    ("p", "2. Payment: 30% deposit, 70% before loading. 3. FOB Shanghai. 4. Lead time 25 days."),
    ("p", "Sales: Joyce Ma"),
], title="PI HP-PI-0503", author="Joyce Ma")
case("p39_pi_terms_auto_start", ["RG007"],
     "folder: buyer PO is complete (8 PPS, 2,000 info only, written release by Amira Hassan); supplier PI term: "
     "'mass production will start automatically upon buyer's PPS approval'",
     [("PO_WT-2405.pdf", p39_po), ("PI_HP-PI-0503.pdf", p39_pi)])

# ---------------------------------------------------------------- p40
case("p40_whatsapp_buyer_waives_written_release", ["RG007"],
     "buyer's own scope requires his written release; later he tells the factory to roll into the bulk if the "
     "golden sample passes their QC, no quantity, no recorded auto-conversion",
     [("WhatsApp Chat with Annie Yangjiang Knives.txt", """3/28/24, 9:10 AM - Ethan Cole: Hi Annie, PO EC-0328 is in your inbox. 12 PPS of the 8" chef knife (damascus pattern, walnut handle)
3/28/24, 9:11 AM - Ethan Cole: the 1,188 balance is not released. after we sign off the PPS I send you a written release, only from me
3/28/24, 9:40 AM - Annie: Dear Ethan received with thanks. PPS in 15 days
4/16/24, 8:02 PM - Annie: Ethan PPS done, golden sample also made, photos
4/16/24, 8:02 PM - Annie: <Media omitted>
4/16/24, 8:03 PM - Annie: HRC 58-59 tested 👍
4/16/24, 11:47 PM - Ethan Cole: these look sick 🔥
4/16/24, 11:49 PM - Ethan Cole: honestly if the golden sample passes your own QC just roll straight into the bulk, you don't need to wait for an email from me. we're super tight for Prime Day
4/16/24, 11:50 PM - Ethan Cole: I'll be travelling next 2 weeks anyway
4/17/24, 8:15 AM - Annie: OK Ethan understand!! we arrange
""")])

# ---------------------------------------------------------------- p41
p41_prev = """> On 2 May 2024, at 08:55, Hugo Bennett <hugo@greenthumbtools.co.uk> wrote:
>
> Hi Vincent,
> Confirming for the factory: PO GT-0502 covers 15 PPS of the stainless hand trowel + fork set. The
> 2,985 sets balance is on hold, and it is released only after we sign off the golden sample and I
> send a written release. No steel for the balance yet.
> Thanks, Hugo"""
p41_text = """Hi Hugo,

Hope all good in London. Quick update from my visit to the factory today (Yangjiang):

- 15 PPS are polished, handles (FSC ash) being fitted tomorrow. Golden sample will go out with DHL on Friday.
- I checked the laser logo depth - 0.15 mm, clean.
- Once you approve the golden sample, the factory will proceed with mass production automatically, as
  usual, so no time is lost for the autumn catalogue.

I'll send photos of the packaging tomorrow.

Best regards,
Vincent Lau
Senior Sourcing Manager
Pearl River Sourcing Ltd. (Guangzhou / Hong Kong)
+86 20 8555 0193

""" + p41_prev
p41 = mail("Vincent Lau <vincent@pearlriversourcing.com>", "Hugo Bennett <hugo@greenthumbtools.co.uk>",
           "Re: GT-0502 factory visit update", "Tue, 07 May 2024 19:30:00 +0800", p41_text,
           in_reply_to="<gt0502@greenthumbtools.co.uk>")
case("p41_agent_auto_proceed", ["RG007"],
     "sourcing agent: once the golden sample is approved the factory proceeds with mass production automatically; "
     "quoted buyer scope requires a written release from Hugo",
     [("Re_GT-0502_factory_visit.eml", eml_bytes(p41))])

# ---------------------------------------------------------------- p42
case("p42_qc_report_continue_to_mass", ["RG007"],
     "third-party PPS inspection report concludes the factory may continue with mass production, while the order "
     "data shows only 24 PPS released and the balance awaiting the customer's written release",
     [("QC_report_PPI-240513-118.txt", """================================================================================
              ASIA QUALITY PARTNERS LTD - PRE-PRODUCTION INSPECTION REPORT
================================================================================
Report no.     : PPI-240513-118          Inspection date : 13 May 2024
Client         : Lumen & Leaf Home (Sydney, AU)
Factory        : Xiamen Brightcraft Ceramics Co., Ltd., Tong'an District
Product        : Ceramic table lamp base, 32 cm, reactive glaze, SKU LL-TL32
Order          : PO LL-2404   Order qty (quote): 2,400 pcs
Released       : 24 pcs PPS (per client note; balance awaiting client's written release)
Inspector      : Kelvin Ho

1. SAMPLE CHECK (PPS, 24 pcs)
   Dimensions (H 320 +/- 3 mm)     : PASS (318-321 mm)
   Glaze colour vs. master         : PASS (delta E < 1.5)
   Crazing test (autoclave)        : PASS
   Electrical (AS/NZS 60598)       : N/A - cord set supplied by client
   Packaging drop test (ISTA 1A)   : PASS

2. RAW MATERIAL CHECK
   Clay body and glaze in stock for the PPS only; no bulk material purchased.

3. CONCLUSION
   Result: PASS.
   Factory may continue with mass production.

4. REMARKS
   Recommend a DUPRO inspection at 20% completion.
--------------------------------------------------------------------------------
This report reflects the condition of the samples at the time of inspection only.
""")])

# ---------------------------------------------------------------- p43
p43_docx = docx_bytes([
    ("h1", "Lunchbox LB-3 - order sheet & process (Bento Bay)"),
    ("p", "Factory: Dongguan Youjia Silicone & Plastic Co.   Bento Bay (Melbourne) contact: Tom Ellis, Operations"),
    ("p", "Version 2 - 8 May 2024"),
    ("table", [
        ["Step", "Qty", "Status"],
        ["1. PPS", "8 sets", "ordered on PO BB-0508"],
        ["2. Bulk", "2,000 sets", "NOT released"],
    ]),
    ("sp",),
    ("p", "Process as agreed: the PPS goes to Rachel Green (QA) for leak test and dishwasher test (50 cycles). "
          "After PPS sign-off, Tom Ellis sends the written production release for the 2,000 sets."),
    ("p", "Update from Tom (8 May): to save time before the school term, PPS approval will count as our production "
          "approval - once it's approved, just run it, no need to wait for my release."),
    ("p", "Material: PP and silicone seals for the 8 PPS only until then."),
    ("p", "Packaging: colour sleeve LB3-SL rev A, barcode 9 332 155 008 418."),
], author="Tom Ellis")
case("p43_order_sheet_pps_approval_counts", ["RG007", "RG009"],
     "order sheet requires sign-off + written release by Tom Ellis, then says PPS approval 'will count as our "
     "production approval - once it's approved, just run it' (vague roll-over; 'approval' technical and production)",
     [("BentoBay_LB-3_order_sheet.docx", p43_docx)])

# ---------------------------------------------------------------- p44
p44_buyer = """>>> Lisa Moreau <lisa@pawsandpine.ca> 2024-05-06 14:20 >>>
Hi Jerry,
PO PP-0506 attached for 25 samples of the elevated dog feeder (bamboo, 2 bowls). The 3,000 pcs in
your quote are not released; we release production in writing (me, Lisa Moreau) after sample sign-off.
Lisa"""
p44_text = """Hi Lisa,

Thanks for PO PP-0506. We confirm 30 samples as per your PO, ready in 12 days.

After your sample approval we will start the 3,000 pcs automatically so we can meet your August date.

Regards,
Jerry Fang
Fuzhou Bamboo Living Co., Ltd.
+86 591 8755 2210

""" + p44_buyer
p44 = mail("Jerry Fang <jerry@fz-bambooliving.com>", "Lisa Moreau <lisa@pawsandpine.ca>",
           "RE: PO PP-0506 samples", "Tue, 07 May 2024 09:10:00 +0800", p44_text,
           in_reply_to="<pp0506@pawsandpine.ca>")
case("p44_ack_30_vs_25_auto_start", ["RG007", "RG011"],
     "supplier confirms 30 samples against a PO for 25, and says the 3,000 will start automatically after "
     "sample approval, against a written-release scope",
     [("RE_PO_PP-0506_samples.eml", eml_bytes(p44))])
# ---------------------------------------------------------------- p47
case("p47_whatsapp_prime_day_locked_in", ["RG008"],
     "pilot scope complete (200 released, rest on hold until inspection + written release by Nicole), but the "
     "founder calls the 8k Prime Day forecast 'locked in - 100% ordering that'",
     [("WhatsApp Chat with Sourcing - Ruby + Factory.txt", """02/05/2024, 07:55 - Nicole Adeyemi created group "PetNest x Ruby sourcing"
02/05/2024, 07:55 - Nicole Adeyemi added Ruby Ho, Mr Lam
02/05/2024, 07:58 - Nicole Adeyemi: Hi both! PO PN-0502 is out: 200 pcs pilot of the calming donut bed (60cm, taupe). That's what's released
02/05/2024, 07:59 - Nicole Adeyemi: rest is not released until the pilot passes inspection and I send a written release (me, Nicole)
02/05/2024, 08:20 - Ruby Ho: Noted Nicole, will brief Mr Lam at the factory this afternoon 👍
02/05/2024, 08:21 - Mr Lam: 收到 received
06/05/2024, 21:14 - Nicole Adeyemi: fyi our Prime Day forecast for the bed is 8k units
06/05/2024, 21:14 - Nicole Adeyemi: consider it locked in, we're 100% ordering that. plan your line capacity on the 8k from July pls
06/05/2024, 21:30 - Ruby Ho: ok Nicole, I'll tell Mr Lam to plan for 8,000 then
06/05/2024, 21:31 - Nicole Adeyemi: ❤️
07/05/2024, 09:02 - Mr Lam: <Media omitted>
07/05/2024, 09:02 - Ruby Ho: pilot filling done, photo above
""")])

# ---------------------------------------------------------------- p48
case("p48_supplier_order_book_firm_from_fcst", ["RG008"],
     "supplier order book lists a customer forecast as a FIRM order of 12,000",
     [("order_book_W20_HX.txt", """HUAXIN HOUSEWARE (JIEYANG) CO LTD - CUSTOMER ORDER BOOK          WEEK 20 / 2024
PRINTED: 2024-05-13 08:30   BY: SALES-ADMIN (ZHANG L.)
==============================================================================================
CUST     ORDER NO    ITEM          DESCRIPTION                 TYPE     QTY      SHIP    SOURCE
----------------------------------------------------------------------------------------------
KW-AUS   SO-24-3318  HX-SS-900     SS MIXING BOWL SET 3PC      FIRM     1,800    W24     PO KW-0419
KW-AUS   SO-24-3341  HX-SS-900     SS MIXING BOWL SET 3PC      FIRM    12,000    W30-W36 CUST FCST 2024-W18
MHL-UK   SO-24-3302  HX-CB-260     SS COLANDER 26CM            FIRM     2,400    W22     PO MHL-2211
MHL-UK   SO-24-3350  HX-CB-260     SS COLANDER 26CM            FCST     6,000    W40     CUST FCST 2024-W19
----------------------------------------------------------------------------------------------
NOTE SO-24-3341: CUSTOMER KITCHENWARE AUSTRALIA SENT 6-MONTH FORECAST W18. ENTERED AS FIRM ORDER
                 12,000 SETS TO BOOK POLISHING LINE 2 FOR W30-W36.
==============================================================================================
""")])

# ---------------------------------------------------------------- p49
p49_fc = html_page("Forecast - Spruce & Stone", """
<h2>Spruce &amp; Stone &mdash; demand forecast H2 2024 (planning only)</h2>
<p>To: Bac Ninh Ceramic Garden Co. (Mr. Hoang) &middot; From: Priya Natarajan, Supply Planning &middot; 30 April 2024</p>
<table>
<tr><th>SKU</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Dec</th><th>Total</th></tr>
<tr><td>SS-BP-30 bird bath</td><td>1,500</td><td>2,500</td><td>3,000</td><td>3,000</td><td>2,500</td><td>2,500</td><td>15,000</td></tr>
</table>
<p class="note">This is a forecast for planning. It is not an order and creates no commitment. Orders come only
as numbered Spruce &amp; Stone purchase orders.</p>
""")
p49_oc = pdf([
    ("h1", "ORDER CONFIRMATION OC-24-0507"),
    ("p", "BAC NINH CERAMIC GARDEN CO., LTD - Que Vo Industrial Park, Bac Ninh, Viet Nam"),
    ("p", "Customer: Spruce & Stone Inc., Portland ME, USA (Ms. Priya Natarajan)    Date: 7 May 2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
        ["SS-BP-30", "Ceramic bird bath 30 cm, frost resistant, speckled glaze", "15,000 pcs", "6.40", "96,000.00"],
    ]),
    ("sp",),
    ("p", "We are pleased to confirm your order of 15,000 pcs as per your forecast dated 30 April 2024. "
          "Production is scheduled July to December according to your monthly quantities."),
    ("p", "Payment: 30% deposit, 70% against B/L copy. FOB Hai Phong."),
    ("p", "Hoang Van Duc, Director"),
], title="OC-24-0507", author="Hoang Van Duc")
case("p49_forecast_confirmed_as_order", ["RG008"],
     "folder: buyer's clearly labelled H2 forecast and the supplier's order confirmation that confirms "
     "'your order of 15,000 pcs as per your forecast'",
     [("SpruceStone_H2-2024.html", p49_fc), ("OC-24-0507_order_confirmation.pdf", p49_oc)])
# ---------------------------------------------------------------- p51
p51_po = pdf([
    ("h1", "PURCHASE ORDER LM-0430"),
    ("p", "Lumo Mobile Ltd - 88 Deansgate, Manchester M3 - United Kingdom"),
    ("p", "Supplier: Shenzhen Tongda Power Technology Co., Ltd.    Date: 30 April 2024"),
    ("table", [
        ["Line", "SKU", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "LM-PB10", "10,000 mAh magnetic power bank, 20 W PD - samples", "50", "11.80", "590.00"],
    ]),
    ("sp",),
    ("p", "Scope: line 1 releases 50 sample units. The 4,950 units beyond the samples (quote TD-Q-0422: "
          "5,000 units) are not released. They are released only after we sign off the samples (UN38.3, "
          "IEC 62133-2 pre-test, 300-cycle capacity check) and Sam Okafor, Head of Operations, sends a "
          "written release."),
    ("p", "Material authority: cells and PCBA for the 50 samples only."),
], title="PO LM-0430", author="Sam Okafor")
p51_text = """Hi Doris,

PO LM-0430 attached. Please make the 60 samples as per the PO and ship them by FedEx to our Manchester
office - we need them before the 20th for the UN38.3 pre-test at the lab.

Also, can you confirm the cell brand? We were told EVE or Lishen - we'd prefer EVE.

Thanks,
Sam
""" + sig("Sam Okafor", "Head of Operations", "Lumo Mobile Ltd, Manchester", "+44 161 555 0156")
p51 = mail("Sam Okafor <sam@lumomobile.co.uk>", "Doris Feng <doris@sz-tongdapower.com>",
           "PO LM-0430 - power bank samples", "Tue, 30 Apr 2024 15:10:00 +0100", p51_text,
           attachments=[("PO_LM-0430.pdf", p51_po, PDF_MT)])
case("p51_mail_60_po_50", ["RG011"],
     "mail says 'make the 60 samples as per the PO'; the attached PO releases 50; scope otherwise complete",
     [("PO_LM-0430_power_bank_samples.eml", eml_bytes(p51))])

# ---------------------------------------------------------------- p52
p52_po = pdf([
    ("h1", "PURCHASE ORDER BB-PO-117"),
    ("p", "Bush & Bloom Garden Co. - 5 Fletcher St, Byron Bay NSW 2481, Australia"),
    ("p", "Supplier: Jodhpur Heritage Woodcraft Pvt. Ltd., Basni Industrial Area, Jodhpur, India    Date: 6 May 2024"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD"],
        ["1", "BB-RB-90", "Raised garden bed 90 x 45 cm, acacia, oil finish - first batch", "300", "24.50"],
    ]),
    ("sp",),
    ("p", "Released now: first batch, 300 pcs. The other 2,700 pcs of the 3,000 quoted are not released; "
          "they are released only after the first batch passes inspection (moisture < 12%, AQL 2.5) and "
          "Hamish Grant, Managing Director, sends a written release."),
    ("p", "Material authority: timber for the 300 pcs of the first batch only. ISPM 15 fumigation for export."),
], title="PO BB-PO-117", author="Hamish Grant")
p52_docx = docx_bytes([
    ("h1", "Bush & Bloom - production sheet BB-RB-90"),
    ("p", "For: Jodhpur Heritage Woodcraft (Mr. Vikram Singh)    Prepared by: Ella Jones, Product"),
    ("table", [
        ["Stage", "Qty", "Status"],
        ["First batch", "350 pcs", "released - start now"],
        ["Balance", "2,650 pcs", "on hold - written release by Hamish Grant after first-batch inspection"],
    ]),
    ("sp",),
    ("p", "Finish: 2 coats natural tung oil, no stain. Brass corner brackets (4 per bed), stainless screws."),
    ("p", "Packing: flat-pack, 1 bed per 5-ply carton, assembly leaflet in English, max 20 kg per carton."),
], author="Ella Jones")
case("p52_po_300_sheet_350", ["RG011"],
     "folder: PO releases a first batch of 300 (2,700 on hold); production sheet for the same order says first "
     "batch 350 released (2,650 on hold)",
     [("PO_BB-PO-117.pdf", p52_po), ("BB-RB-90_production_sheet.docx", p52_docx)])

# ---------------------------------------------------------------- p53
case("p53_wechat_dozen_vs_20", ["RG011"],
     "founder asks for a dozen samples; her agent relays '20 samples' to the factory; hold, unlock event and "
     "named releaser (Hailey) are present",
     [("WeChat_group_Bloomy Bottle.txt", """WeChat group "Bloomy Bottle - Hailey / Iris agent / Yongkang factory" - exported 2024-05-10
---------------------------------------------------------------------------------------------

2024-05-08 21:03  Hailey Brooks (Bloomy Bottle, San Diego)
Hi all! loved the 3D render. let's do a dozen samples of the insulated pet water bottle, 6 blue + 6 pink, with the fold-out bowl

2024-05-08 21:04  Hailey Brooks
the 3,000 from the quote are NOT released yet. after we sign off the samples I'll send the written release myself (Hailey)

2024-05-09 08:15  Iris Wu (agent)
@永康厂 陈总 客户确认打样20个，蓝色10个，粉色10个。大货3000个没有下单，等客户签样后Hailey书面通知。

2024-05-09 08:16  Iris Wu (agent)
(for Hailey: told Mr Chen customer confirms 20 samples, 10 blue 10 pink. bulk 3,000 not ordered, wait your sample sign-off and your written notice)

2024-05-09 08:40  陈总 Chen
好的，20个样品，下周五出。

2024-05-09 08:41  Iris Wu (agent)
Mr Chen: ok, 20 samples, ready next Friday

2024-05-09 12:02  Hailey Brooks
amazing thank you both 🙏
""")])

# ---------------------------------------------------------------- p54
p54_text = """Hi Tuan,

Release 2 for PO FT-8810 (collapsible silicone dog bowl, FT-CB2):

- Released by this Release 2: 800 pcs.
- Released to date: 200 pcs pilot (Release 1) + 800 pcs = 1,000 pcs.
- The remaining 2,000 pcs of the 3,000 on the PO are not released. They are released only by Release 3,
  from me in writing, after the 800 pcs pass final inspection.
- Material authority: silicone and carabiners for the 800 pcs of this release.

The ERP printout is attached in the folder as usual.

Thanks,
Rachel
""" + sig("Rachel Kim", "Director of Supply Chain", "Fetchtail Inc., Raleigh NC", "+1 919 555 0145")
p54_eml = mail("Rachel Kim <rachel@fetchtail.com>", "Tuan Le <tuan@vn-siliconeworks.com>",
               "Release 2 - PO FT-8810 - 800 pcs", "Fri, 10 May 2024 11:00:00 -0400", p54_text)
case("p54_release_800_erp_1800", ["RG011"],
     "folder: release mail says Release 2 = 800 pcs (1,000 to date, 2,000 on hold); the buyer's ERP printout "
     "for the same PO shows Release 2 = 1,800 released",
     [("Release_2_PO_FT-8810.eml", eml_bytes(p54_eml)),
      ("FT-8810_ERP_release_schedule.txt", """FETCHTAIL INC            PO RELEASE SCHEDULE              PRINTED 05/10/2024 10:52
PO: FT-8810   VENDOR: V-1177 VIETNAM SILICONE WORKS CO   ITEM: FT-CB2 SILICONE BOWL
BUYER: R.KIM   PO QTY: 3,000 EA
--------------------------------------------------------------------------------
REL#   DATE         REL QTY    CUM REL    STATUS      AUTH
  1    04/02/2024       200        200    SHIPPED     R.KIM
  2    05/10/2024     1,800      2,000    OPEN        R.KIM
--------------------------------------------------------------------------------
UNRELEASED (HOLD):    1,000 EA   - NEXT RELEASE AFTER FINAL INSPECTION
""")])

# ---------------------------------------------------------------- p57
p57_buyer = """-----Original Message-----
From: Jonas Weber <jonas.weber@kuechenkraft.de>
Sent: Friday, 3 May 2024 10:02
To: Linda Ou <linda@jiangmen-gooday.com>
Subject: Release 1 - PO KK-2404 - cast iron skillet 26 cm

Dear Linda,
with the golden sample signed off, we release 1.000 pcs of the 2.000 pcs on PO KK-2404 (Release 1).
The other 1.000 pcs are not released; they follow only with a written Release 2 from me after the
first 1.000 pcs pass our inspection. The 30% deposit on the full PO follows next week.
Regards, Jonas Weber, Einkaufsleiter"""
p57_text = """Dear Jonas,

Thank you, we received the 30% deposit for the full PO today.

With the deposit received, your order of 2,000 pcs is now released for production in our system. We will
cast the full 2,000 pcs in one run from 13 May, it is more efficient for the pre-seasoning line.

Best regards,
Linda Ou
Jiangmen Gooday Cookware Co., Ltd.
+86 750 355 8120

""" + quote_lines(p57_buyer)
p57 = mail("Linda Ou <linda@jiangmen-gooday.com>", "Jonas Weber <jonas.weber@kuechenkraft.de>",
           "RE: Release 1 - PO KK-2404 - cast iron skillet 26 cm", "Fri, 10 May 2024 16:25:00 +0800", p57_text,
           in_reply_to="<kk2404-r1@kuechenkraft.de>")
case("p57_deposit_releases_2000", ["RG011", "RG012"],
     "buyer released 1.000 (Release 1, rest needs written Release 2 from Jonas); supplier treats the deposit as "
     "releasing 2,000 and plans to cast all 2,000",
     [("RE_Release_1_PO_KK-2404.eml", eml_bytes(p57))])

# ---------------------------------------------------------------- p58
case("p58_alibaba_deposit_paid_start", ["RG012"],
     "full-quantity order of 1,000 (no sample stage left); buyer: 'deposit paid ... so you can start production'",
     [("alibaba_chat_GF-pet-feeder.txt", """Alibaba.com Messenger - chat export
Supplier: Guangzhou Fancy Pet Electronics Co., Ltd.      Buyer: Chloe Tan (Furball Supply, Singapore / Sydney)
--------------------------------------------------------------------------------------------------------
[2024-05-06 14:02] Chloe Tan: hi Kelly, golden sample of the automatic feeder (4L, wifi) arrived, all good. so we go with the full order now: 1,000 pcs, 600 white + 400 grey. that's the whole order, no more after this
[2024-05-06 14:05] Kelly Liu: wow thank you Chloe!! I make the Trade Assurance order for 1,000pcs now
[2024-05-06 14:20] Kelly Liu: TA order no. 2024050614201887 sent, 30% deposit USD 7,440
[2024-05-06 14:32] Chloe Tan: great. AU plug + the wifi app in English please, same as golden sample
[2024-05-07 09:11] Chloe Tan: deposit paid via TA this morning ✅ so you can start production
[2024-05-07 09:15] Kelly Liu: received! production start tomorrow, 25 days 🙏
[2024-05-07 09:16] Chloe Tan: 👍 pls send photos from the line
""")])

# ---------------------------------------------------------------- p59
p59_buyer = """> On May 1, 2024, at 4:40 PM, Liam Carter <liam@trellisandtwine.com> wrote:
>
> Hi Nina,
> PO TT-0501 attached for 3 PPS of the expandable garden hose 50 ft (forest green).
> The 2,497 pcs balance of the 2,500 in your quote is not released. Production is released only
> by a written release from me after we sign off the PPS (burst test + brass fittings check).
> The 30% deposit is for the hose braiding tool, payment this week.
> Liam"""
p59_text = """Dear Liam,

Thank you for your payment. We received your 30% deposit today.

So mass production will begin Monday, our braiding line is ready. PPS will be sent to you tomorrow by
DHL.

Best regards,
Nina Zhou
Sales Manager
Ningbo Flexgarden Hose Co., Ltd.
+86 574 8655 3021

""" + p59_buyer
p59 = mail("Nina Zhou <nina@nb-flexgarden.com>", "Liam Carter <liam@trellisandtwine.com>",
           "Re: PO TT-0501 PPS", "Wed, 08 May 2024 17:05:00 +0800", p59_text,
           in_reply_to="<tt0501@trellisandtwine.com>")
case("p59_deposit_received_mass_monday", ["RG012"],
     "supplier: deposit received 'so mass production will begin Monday'; quoted buyer scope is complete "
     "(3 PPS, 2,497 not released, written release by Liam)",
     [("Re_PO_TT-0501_PPS.eml", eml_bytes(p59))])

# ---------------------------------------------------------------- p62
p62_html = html_page("SupplyHub PO SH-77120", """
<div style="border:1px solid #ccc;padding:10px;max-width:720px">
<p style="color:#666">SupplyHub &middot; Purchase order &middot; sent to supplier portal</p>
<h2>PO SH-77120 &mdash; Nimbus Phone Gear Pty Ltd (Brisbane) &rarr; Dongguan Rayfast Electronics Co.</h2>
<table>
<tr><th>Line</th><th>SKU</th><th>Description</th><th>Qty</th><th>Unit USD</th></tr>
<tr><td>1</td><td>NPG-CAR-15</td><td>15 W MagSafe car mount charger, vent clip</td><td>1,500</td><td>8.90</td></tr>
</table>
<p>This PO is the complete quantity for NPG-CAR-15 (1,500 units); there is no further quantity behind it.
Golden sample GS-0412 applies. Certifications: RCM, FCC ID 2A9XY-NPGCAR15, Qi2 listing.</p>
<p class="note"><b>Important:</b> your acceptance of this PO on SupplyHub is your release to start production.
Click <i>Accept</i> below and production can begin the same day.</p>
<p>Payment: 30% on acceptance, 70% before shipment. Incoterm FOB Shenzhen. Ship to Amazon AU (BNE1).</p>
<p>Buyer: Aiden Walsh, Operations &middot; aiden@nimbusphonegear.com.au</p>
<p><button>Accept</button> <button>Decline</button> <button>Request change</button></p>
</div>
""")
case("p62_portal_acceptance_is_release", ["RG012"],
     "full-quantity PO (1,500, no balance) that makes the supplier's PO acceptance the release to start production",
     [("SupplyHub_PO_SH-77120.html", p62_html)])


# =================================================================== writer
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _check_corpus():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["expect"] == sorted(set(c["expect"])), c["name"]
        assert c["files"], c["name"]
    counts = {r: sum(r in c["expect"] for c in CASES) for r in RULES}
    for r, n in counts.items():
        need = 7 if r in ("RG006", "RG007", "RG011") else 5
        assert n >= need, (r, n)
    return counts


def main():
    counts = _check_corpus()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")
        folder = f"h54_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in RULES:
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
