#!/usr/bin/env python3
"""Generator for the releasegate check_holdout76 corpus (sports merchandise and team wear).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout76/build.py

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.

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
    m["Message-ID"] = msgid or f"<h76-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h76")
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


# ------------------------------------------------------------------ CASES
# (batches are inserted above the BUILD section)


# =================================================================== BATCH 1
# ---------------------------------------------------------------- clean c01
case("c01_kingsmere_po_size_set", [],
     "sample PO with size table; quoted 6,000 bulk marked not released; written release by named "
     "merchandise manager after brand sign-off; material sample-only",
     [("PO_KUR-24-0417.pdf", pdf([
         ("h1", "PURCHASE ORDER KUR-24-0417"),
         ("p", "Kingsmere United Football Club Retail Ltd - Unit 4, Station Road Trading Estate, "
               "Kingsmere KM3 2QT, United Kingdom - VAT GB 284 1177 06"),
         ("p", "Supplier: Zafar Sports Industries (Pvt) Ltd, Small Industrial Estate, Sialkot 51310, "
               "Pakistan - supplier no. 20418"),
         ("p", "PO date: 14 May 2024 - Buyer: Kirsty Lowe - Currency: GBP - Samples by courier, DAP Kingsmere"),
         ("h", "Lines"),
         ("table", [["Line", "Article", "Description", "Sizes", "Qty", "Unit price", "Scope"],
                    ["10", "KUR-H25-001", "Home shirt 2025/26, pre-production size set", "S/M/L/XL/XXL",
                     "5 (1 per size)", "GBP 22.00", "Sample"],
                    ["20", "KUR-H25-001", "Home shirt 2025/26, salesman sample (SMS) for the retail "
                     "buyers' day", "L", "12", "GBP 22.00", "Sample"],
                    ["30", "KUR-H25-NL", "Numbering and lettering trial, player 9 'OKAFOR', heat "
                     "transfer", "L", "3", "GBP 26.50", "Sample"]]),
         ("p", "Total quantity on this PO: 20 pieces (5 + 12 + 3). Order value GBP 453.50."),
         ("h", "Scope of this order"),
         ("p", "This PO covers the 20 sample pieces listed above and nothing else. Your quotation "
               "ZSI-Q-2291 shows a bulk quantity of 6,000 pcs for the kit launch. That figure is for "
               "information only and is NOT released: please do not cut, print or buy fabric for it."),
         ("p", "What to do now: make the 20 samples and courier them to us by 7 June 2024."),
         ("p", "The bulk is released only by a separate written release (release number and quantity) "
               "signed by Kirsty Lowe, Merchandise Manager, after the club's brand team has signed off "
               "the pre-production samples."),
         ("p", "Material authority: sample-only. The 6,000 pcs figure in your quotation is a forecast "
               "basis, not a firm quantity."),
         ("h", "Delivery and invoicing"),
         ("p", "Deliver to: Kingsmere United FC Retail Ltd, FAO Merchandise Dept, Unit 4, Station Road "
               "Trading Estate, Kingsmere KM3 2QT. Invoices to accounts.payable@kingsmereunited-retail.co.uk "
               "quoting the PO number. Payment 60 days from invoice. Our purchasing conditions KUR-PC-07 "
               "(Rev 4) apply."),
     ], title="PO KUR-24-0417", author="Kirsty Lowe"))])

# ---------------------------------------------------------------- clean c02
case("c02_crescent_quote_tiers", [],
     "supplier quotation only: sample price and bulk price tiers, no authorization in the bundle",
     [("Quotation_CBW-Q-0877.pdf", pdf([
         ("h1", "QUOTATION CBW-Q-0877"),
         ("p", "Crescent Ball Works (Pvt.) Ltd. - Ugoki Road, Sialkot, Punjab, Pakistan - "
               "Tel +92 52 355 0877 - sales@crescentballworks.pk"),
         ("p", "To: Konkan Kings Fan Store, Andheri (East), Mumbai 400069 - Attn: Mr. Rohan Desai"),
         ("p", "Date: 06-May-2024. Validity: 60 days."),
         ("p", "Dear Sir, with reference to your enquiry dated 29th April we are pleased to quote as under:"),
         ("table", [["Item", "Description", "Sample qty", "Sample price", "Bulk price @ 2,000",
                     "Bulk price @ 5,000", "Bulk price @ 10,000"],
                    ["CBW-FB5-32", "Size 5 souvenir football, 32 panels, machine stitched, team crest "
                     "4-colour print", "6 pcs", "USD 9.00/pc", "USD 3.45", "USD 3.10", "USD 2.85"],
                    ["CBW-MINI-1", "Size 1 mini ball, signature print (players' autographs)", "6 pcs",
                     "USD 6.50/pc", "USD 1.95", "USD 1.70", "USD 1.55"]]),
         ("p", "Terms: FOB Sialkot/Lahore. Sample charges will be adjusted in the first bulk order. "
               "Sample lead time 12 working days from artwork confirmation. Bulk lead time 45 days from "
               "your written production release. Bulk prices depend on final quantity ordered."),
         ("p", "Packing: each ball deflated in polybag, 50 pcs per export carton, carton size 60x40x40 cm."),
         ("p", "Thanking you and assuring you of our best services at all times."),
         ("p", "For Crescent Ball Works (Pvt.) Ltd. - Bilal Ahmed, Export Manager"),
     ], title="Quotation CBW-Q-0877", author="Bilal Ahmed"))])

# ---------------------------------------------------------------- clean c03
case("c03_topcap_chat_question", [],
     "supplier asks if bulk has a go-ahead; buyer answers: only the 6 samples, bulk 3,000 on hold, "
     "released by her written release after brand sign-off",
     [("WhatsApp Chat with Kevin Topcap.txt",
       "[11/03/2024, 08:52:10] Priya Nair: Morning Kevin! Did the embroidery file come through ok?\n"
       "[11/03/2024, 09:14:22] Kevin Topcap: Good morning Priya, yes received. Samples 6 pcs caps will be ready "
       "for photo tomorrow, teal + sand colour\n"
       "[11/03/2024, 09:14:51] Kevin Topcap: <attached: IMG-20240311-WA0007.jpg>\n"
       "[11/03/2024, 09:16:03] Priya Nair: Looks great, can you check the under-visor print is Pantone 3282 C not "
       "the darker one\n"
       "[11/03/2024, 09:20:40] Kevin Topcap: Ok will check with printing dept\n"
       "[11/03/2024, 09:21:12] Kevin Topcap: Also want to check, do we have go ahead for bulk 3,000 caps? Our "
       "line is free from 1 April, after that busy with another customer until June\n"
       "[11/03/2024, 09:38:45] Priya Nair: Hi Kevin, not yet. Only the 6 samples on PO CCC-1182 are on. The "
       "3,000 bulk stays on hold, please don't buy twill or cut anything for it\n"
       "[11/03/2024, 09:39:30] Priya Nair: Bulk gets released when our brand team has signed off the samples "
       "AND I send you a written release with the quantity. Will be me (Priya Nair), nobody else \U0001F642\n"
       "[11/03/2024, 09:41:02] Kevin Topcap: Understood, thanks. Only 6 pcs now. I tell the line manager the "
       "April slot is not confirmed\n"
       "[11/03/2024, 09:41:40] Priya Nair: Thanks. If the slot is a problem tell me by Friday and I'll chat to "
       "our GM about timing\n"
       "[11/03/2024, 09:42:15] Kevin Topcap: \U0001F44D\n")])

# ---------------------------------------------------------------- clean c04
_c04_rows = "".join(
    f"<tr><td>{a}</td><td>{b}</td><td>{q1}</td><td>{q2}</td><td>{q3}</td><td>{q4}</td></tr>\n"
    for a, b, q1, q2, q3, q4 in [
        ("BSU-HD-101", "Classic hoodie, navy, arched wordmark", "1,200", "2,400", "600", "900"),
        ("BSU-HD-102", "Hoodie, heather grey, mascot 'Pelican' print", "800", "1,600", "400", "600"),
        ("BSU-TE-210", "Homecoming tee 2024, white", "3,000", "-", "-", "-"),
        ("BSU-QZ-305", "Quarter-zip, alumni line", "300", "500", "200", "300"),
    ])
case("c04_bayview_forecast_portal", [],
     "labelled planning forecast (not an order, not a commitment, releases nothing); no authorization",
     [("Bayview_FY25_planning.html", html_page(
         "FY25 Planning Forecast - Bayview State University Stores",
         "<h2>Bayview State University Stores &mdash; FY25 Planning Forecast</h2>\n"
         "<p>Supplier: Meghna Knit Composite Ltd, Gazipur, Bangladesh &middot; Issued 3 June 2024 &middot; "
         "Buying Office, 1200 Harbor Drive, Bayview, CA</p>\n"
         "<p class=\"note\"><b>FORECAST &mdash; NOT A PURCHASE ORDER.</b> The quantities below are for capacity "
         "planning only. They are not an order, not a commitment to buy, and they do not release production "
         "or the purchase of material. Only purchase orders and written releases from the Buying Office "
         "authorize work.</p>\n"
         "<table>\n<tr><th>Style</th><th>Description</th><th>Q1 (Jul-Sep)</th><th>Q2 (Oct-Dec)</th>"
         "<th>Q3 (Jan-Mar)</th><th>Q4 (Apr-Jun)</th></tr>\n" + _c04_rows + "</table>\n"
         "<p>Forecast accuracy last year was about &plusmn;25%. Football schedule and bowl game "
         "participation drive the Q2 numbers.</p>\n"
         "<p>Questions: merchandise.planning@bayviewstate-stores.edu</p>"))])

# ---------------------------------------------------------------- clean c05
case("c05_northpoint_brand_approval", [],
     "licensing-portal brand approval explicitly scoped to artwork/brand conformity; says it releases "
     "nothing; production released by named licensee contact in writing",
     [("Northpoint_submission_PA-24-11873.html", html_page(
         "Northpoint Brand Licensing - Submission PA-24-11873",
         "<h2>Northpoint Brand Licensing &middot; Product Approval Portal</h2>\n"
         "<p>Submission <b>PA-24-11873</b> &middot; Property: Wexcombe Town FC &middot; Licensee: Wexcombe Town "
         "FC Retail Ltd &middot; Factory: Malhas C&aacute;vado Lda, Barcelos (PT)</p>\n"
         "<p>Product: Jacquard bar scarf 2024/25, 'Up the Wex' slogan, 150 x 18 cm, acrylic</p>\n"
         "<table>\n<tr><th>Stage</th><th>Decision</th><th>Reviewer</th><th>Date</th><th>Comment</th></tr>\n"
         "<tr><td>Concept</td><td>Approved with comments (artwork only)</td><td>L. Haines</td><td>08 Apr 2024</td>"
         "<td>Crest must sit 40 mm from fringe</td></tr>\n"
         "<tr><td>Pre-production sample</td><td>Approved for brand and artwork conformity only</td>"
         "<td>L. Haines</td><td>21 May 2024</td><td>Claret matches PMS 229 C; hologram swing tag present</td></tr>\n"
         "<tr><td>Production sample</td><td>Not yet submitted</td><td>-</td><td>-</td><td>Submit 3 pcs from "
         "first bulk lot</td></tr>\n</table>\n"
         "<div class=\"note\"><p>A brand approval is a licensing decision only. It does not authorize the "
         "manufacture of any quantity and it is not a purchase order.</p>\n"
         "<p>Production quantities for this programme are released only by the licensee's written release. "
         "Licensee release contact: Tom Averill, Head of Retail, Wexcombe Town FC Retail Ltd.</p></div>\n"
         "<p>Royalty reporting: quarterly, via the Northpoint portal. Hologram labels order ref HL-24-0391.</p>"))])

# ---------------------------------------------------------------- clean c06
case("c06_northshire_replenishment_full", [],
     "full-quantity replenishment order for 1,200 scarves that says proceed with the full 1,200; no "
     "balance, nothing held",
     [("RO-3306_Northshire_scarves.docx", docx_bytes([
         ("h1", "Replenishment Order RO-3306"),
         ("p", "Northshire County Cricket Club Retail - The Pavilion Shop, County Ground, Northshire NS1 4CC"),
         ("p", "To: Texfio Guimarães, S.A., Rua da Indústria 212, 4835-044 Guimarães, Portugal - "
               "Attn. Rui Carvalho"),
         ("p", "Date: 22 April 2024 - Our ref: Gemma Clarke, Retail Buyer"),
         ("h", "Order"),
         ("p", "Repeat of style NCC-SC-01 (knitted bar scarf, club crest, 2023 spec, no changes). This is a "
               "full production order for 1,200 pcs: please proceed with the full 1,200 pcs. No samples "
               "needed as it is a straight repeat; please keep 3 pcs from the lot as shipment samples."),
         ("table", [["Colourway", "Description", "Qty", "Unit price"],
                    ["Navy/Gold", "NCC-SC-01 bar scarf, crest + 'Shire'", "700", "EUR 3,85"],
                    ["Green/Gold", "NCC-SC-01 bar scarf, 'Shire Since 1876'", "500", "EUR 3,85"],
                    ["Total", "", "1,200", "EUR 4.620,00"]]),
         ("p", "Delivery: ex works Guimarães, collection by our forwarder in week 27. Packing: 25 pcs per "
               "polybag, 100 pcs per carton, carton marks as last year."),
         ("p", "Payment: 45 days from invoice. Any questions on yarn lots, please email me."),
         ("p", "Kind regards, Gemma Clarke"),
     ], author="Gemma Clarke"))])

# ---------------------------------------------------------------- clean c07
case("c07_ashbourne_calloff_staged", [],
     "ERP call-off releasing 800 with explicit staged fabric authority up to 2,400 at buyer liability; "
     "balance 2,800 not released; next call-off by named head of retail after sell-through review",
     [("CALLOFF_AR-BPO-0091_02.txt",
       "ASHBOURNE ROVERS FC TRADING LTD                                  CALL-OFF / PRODUCTION RELEASE\n"
       "Ashbourne Park, Mill Lane, Ashbourne AB4 7RF   UK                         PAGE 1 OF 1\n"
       "=============================================================================================\n"
       "BLANKET PO : AR-BPO-0091            CALL-OFF NO : 02             DATE : 03-JUN-2024\n"
       "SUPPLIER   : 40077 MEGHNA KNIT COMPOSITE LTD, KASHIMPUR, GAZIPUR, BANGLADESH\n"
       "BUYER      : C. MARTIN               TEL +44 1335 550 210\n"
       "---------------------------------------------------------------------------------------------\n"
       "LN ARTICLE        DESCRIPTION                    UOM   BPO QTY  PREV REL  THIS REL  BAL ON HOLD\n"
       "01 ARF-TR-25-NVY  TRAINING TOP 25/26 NAVY         PCS    4,000       400       800        2,800\n"
       "---------------------------------------------------------------------------------------------\n"
       "RELEASED FOR PRODUCTION BY THIS CALL-OFF : 800 PCS (CUT, SEW, PRINT, PACK)\n"
       "CUMULATIVE RELEASED                      : 1,200 PCS\n"
       "DELIVERY                                 : FOB CHATTOGRAM, ETD WK 31\n"
       "\n"
       "MATERIAL AUTHORITY : STAGED UP TO 2,400 PCS WORTH OF FABRIC (BODY JERSEY 160 GSM + 1X1 RIB)\n"
       "                     AT BUYER LIABILITY. FABRIC ONLY - CUTTING AND SEWING ARE LIMITED TO THE\n"
       "                     800 PCS RELEASED ON THIS CALL-OFF.\n"
       "BALANCE            : 2,800 PCS NOT RELEASED. NEXT CALL-OFF (NO. 03) WILL BE ISSUED IN WRITING BY\n"
       "                     D. ASHWORTH, HEAD OF RETAIL, AFTER THE AUGUST SELL-THROUGH REVIEW.\n"
       "\n"
       "PACKING: 10 PCS/POLYBAG BY SIZE, SIZE RATIO S1 M3 L3 XL2 XXL1. CARTON MARKS PER AR-PK-03 REV 2.\n"
       "QUOTE BLANKET PO AND CALL-OFF NO ON ALL INVOICES AND PACKING LISTS.\n"
       "=============================================================================================\n"
       "PRINTED 03-JUN-2024 10:14  USER CMARTIN  SAP/ME21N  FORM ZCALLOFF\n")])

# ---------------------------------------------------------------- clean c08
_c08_docx = docx_bytes([
    ("h1", "Addendum 1 to PO RM-55120 - Recorded auto-conversion"),
    ("p", "Buyer: Red Mesa University Team Shop, 400 Canyon Blvd, Red Mesa, AZ. Supplier: Denizli Örme "
          "Sanayi ve Ticaret A.Ş., Denizli, Türkiye."),
    ("p", "This addendum records an explicit auto-conversion agreed by both parties. It applies only as "
          "written below."),
    ("table", [["Item", "Agreed wording"],
               ["Samples on PO", "30 pre-production polos (style RM-PL-24, maroon, 6 sizes x 5)"],
               ["Condition", "Sarah Kim records the sample sign-off as 'approved' on or before 14 June 2024"],
               ["Quantity released by that sign-off", "Lot 1 = 2,000 polos, nothing more"],
               ["Signer of the sign-off", "Sarah Kim, Senior Buyer (release authority up to USD 40,000)"],
               ["Not converted", "Interim or late sign-off; lot 2 (4,000 polos) in any case"],
               ["Lot 2", "On hold until a separate written release by Sarah Kim"]]),
    ("p", "Signed 2 May 2024: Sarah Kim, Senior Buyer; Alan Brooks, Director of Retail Operations. "
          "Acknowledged: Mehmet Yılmaz, Export Manager, Denizli Örme."),
], author="Sarah Kim")
case("c08_redmesa_autoconversion", [],
     "explicit recorded auto-conversion naming quantity (lot 1 = 2,000), signer and condition; lot 2 "
     "4,000 on hold for written release by named buyer",
     [("RE_PO_RM-55120_addendum.eml", mail(
         "Sarah Kim <skim@redmesa-teamshop.edu>", "Mehmet Yılmaz <mehmet@denizliorme.com.tr>",
         "RE: PO RM-55120 - signed addendum (auto-conversion lot 1)",
         "Thu, 02 May 2024 16:40:00 -0700",
         "Hi Mehmet,\n\n"
         "Attached is the signed Addendum 1 to PO RM-55120, as we discussed on Tuesday's call.\n\n"
         "In short:\n"
         "- The PO covers 30 pre-production polos now. Please make only those.\n"
         "- Auto-conversion (recorded in the addendum, signed by me and by Alan Brooks): if I record the "
         "sample sign-off as approved on or before 14 June 2024, that sign-off by itself releases lot 1 = "
         "2,000 polos. You don't need to wait for another document for those 2,000.\n"
         "- An interim sign-off, or one after 14 June, converts nothing.\n"
         "- Lot 2 (4,000 polos) stays on hold until I send a separate written release.\n"
         "- Material authority until then: sample-only.\n\n"
         "Thanks for being flexible on the launch timing. Our fall orientation week starts 19 August so lot 1 "
         "really needs to be on the water by mid-July.\n\n"
         "Best,\nSarah" + sig("Sarah Kim", "Senior Buyer", "Red Mesa University Team Shop", "+1 480 555 0142"),
         attachments=[("Addendum1_PO_RM-55120.docx", _c08_docx, DOCX_MT)]))])

# ---------------------------------------------------------------- p01 RG001 RG003 RG004 RG005
case("p01_wexcombe_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 24 SMS shirts reproduces the quote with 6,000 bulk beside it; nothing says bulk is "
     "informational/not released; no unlock event, no release person",
     [("PO_WTF-24-0218.pdf", pdf([
         ("h1", "Purchase Order WTF-24-0218"),
         ("p", "Wexcombe Town FC Retail Ltd - The Club Shop, Ferry Road, Wexcombe WX2 9LS - Company no. 04418822"),
         ("p", "Vendor: Zafar Sports Industries (Pvt) Ltd, Small Industrial Estate, Sialkot, Pakistan (vendor 11520)"),
         ("p", "Order date: 9 April 2024 - Requested by: Retail Buying - Delivery: DAP Wexcombe (courier)"),
         ("table", [["Item", "Style", "Description", "Size", "Qty", "Price", "Amount"],
                    ["1", "WTF-A25", "Away shirt 2025/26, salesman sample (SMS), sponsor print", "M", "12",
                     "GBP 19.50", "GBP 234.00"],
                    ["2", "WTF-A25", "Away shirt 2025/26, salesman sample (SMS), sponsor print", "L", "12",
                     "GBP 19.50", "GBP 234.00"],
                    ["", "", "", "Total", "24", "", "GBP 468.00"]]),
         ("h", "Supplier quotation reference ZSI-Q-2307 (dated 2 April 2024)"),
         ("table", [["Quantity", "Unit price", "Lead time"],
                    ["24 pcs (SMS)", "GBP 19.50", "3 weeks"],
                    ["6,000 pcs (bulk)", "GBP 7.40", "55 days"]]),
         ("p", "Please ship the SMS by 3 May 2024 for our sponsors' evening. Quote PO number on all "
               "invoices, delivery notes and cartons."),
         ("p", "Invoices to purchase.ledger@wexcombetownfc.co.uk. Payment terms: 30 days end of month. "
               "Standard terms and conditions of purchase (available on request) apply."),
     ], title="PO WTF-24-0218", author="Retail Buying"))])

# ---------------------------------------------------------------- p02 RG001 RG003 RG004 RG005
_p02_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-MKC-0913"),
    ("p", "Meghna Knit Composite Ltd - Kashimpur, Gazipur-1750, Bangladesh - BIN 000419922-0101"),
    ("p", "Buyer: Lakeshore College Campus Store, 55 Lakeview Ave, Lakeshore, MI 49000, USA"),
    ("p", "Date: 12-May-2024. Buyer PO no.: LCS-24-3220 (written in by buyer)"),
    ("table", [["SL", "Description", "Qty (pcs)", "Unit price FOB", "Amount USD"],
               ["1", "Pullover hoodie 280 GSM fleece, 'Lakers' arch print, size set S-XXL x 6 colours",
                "36", "14.20", "511.20"],
               ["2", "Pullover hoodie 280 GSM fleece, bulk production, ratio 1-2-3-3-2-1", "4,800", "6.85",
                "32,880.00"],
               ["", "Total", "4,836", "", "33,391.20"]]),
    ("p", "Payment: T/T. Shipment: FOB Chattogram. Size set by DHL within 15 days, bulk 60 days."),
    ("p", "Bank: Eastern Commerce Bank Ltd, Gazipur Branch, SWIFT ECBLBDDH, A/C 1102-004-7781."),
    ("p", "For Meghna Knit Composite Ltd - Shafiqul Islam, Merchandising Manager"),
], title="PI-MKC-0913", author="Shafiqul Islam")
_p02_text = (
    "Hi Shafiq,\n\n"
    "Good to talk yesterday. PO LCS-24-3220 is issued for the 36 size-set hoodies (6 colourways, S-XXL).\n\n"
    "I've attached your pro forma PI-MKC-0913 back with our PO number written on it so your accounts team "
    "can match the two. Please ship the 36 pcs by DHL to the store address by June 28 - our licensing "
    "review is the first week of July and I need them on the table.\n\n"
    "Care labels: please use the new RN number RN 148032 and the 'Lakers Athletics' woven neck label.\n\n"
    "Thanks!\nTom" + sig("Tom Becker", "Apparel Buyer", "Lakeshore College Campus Store", "+1 269 555 0177"))
case("p02_lakeshore_po_pi_attached", ["RG001", "RG003", "RG004", "RG005"],
     "buyer issues PO for 36 size-set hoodies and attaches the PI with 4,800 bulk stamped with the PO "
     "number; nothing says bulk is not released; no event, no release person",
     [("PO_LCS-24-3220_mail.eml", mail(
         "Tom Becker <tbecker@lakeshorecollege-store.edu>", "Shafiqul Islam <shafiq@meghnaknit.com.bd>",
         "PO LCS-24-3220 - hoodie size set", "Mon, 13 May 2024 08:05:00 -0400", _p02_text,
         html="<html><body><p>Hi Shafiq,</p><p>Good to talk yesterday. PO <b>LCS-24-3220</b> is issued for "
              "the 36 size-set hoodies (6 colourways, S-XXL).</p><p>I've attached your pro forma PI-MKC-0913 "
              "back with our PO number written on it so your accounts team can match the two. Please ship "
              "the 36 pcs by DHL to the store address by June 28 - our licensing review is the first week "
              "of July and I need them on the table.</p><p>Care labels: please use the new RN number RN "
              "148032 and the 'Lakers Athletics' woven neck label.</p><p>Thanks!<br>Tom</p>"
              "<p>Tom Becker<br>Apparel Buyer<br>Lakeshore College Campus Store</p></body></html>",
         attachments=[("PI-MKC-0913_PO-LCS-24-3220.pdf", _p02_pi, PDF_MT)]))])

# ---------------------------------------------------------------- p03 RG001
case("p03_coralcoast_release_programme", ["RG001"],
     "release letter for 1,500 bucket hats with balance 3,000 on hold and named releaser; a 'Programme "
     "qty 9,000' column appears with nothing saying it is informational or not released",
     [("Release_CCC-REL-04.docx", docx_bytes([
         ("h1", "Production Release CCC-REL-04"),
         ("p", "Coral Coast Cricket Ltd - Merchandise - 14 Esplanade, Glenelg SA 5045, Australia"),
         ("p", "To: Dongguan Yisheng Souvenir Co., Ltd., Humen Town, Dongguan, Guangdong, China - "
               "Attn: Ms. Lily Wu"),
         ("p", "Date: 18 July 2024 - PO CCC-1190"),
         ("p", "Following our sign-off of the pre-production bucket hats on 15 July, we release the "
               "quantity below for production under PO CCC-1190."),
         ("table", [["Article", "Description", "PO qty", "Programme qty", "Released now", "Balance on hold"],
                    ["CCC-BH-25", "Bucket hat, teal, embroidered sun logo, 58 cm", "4,500", "9,000",
                     "1,500", "3,000"]]),
         ("p", "The balance of 3,000 pcs on this PO remains on hold. It will be released only by a "
               "further written release from me after our December sell-through review."),
         ("p", "Material: buy fabric and trims for the 1,500 released hats only."),
         ("p", "Delivery: FOB Shenzhen, ETD no later than 30 September 2024, for the summer season opener."),
         ("p", "Priya Nair, Merchandise Lead, Coral Coast Cricket Ltd"),
     ], author="Priya Nair"))])

# ---------------------------------------------------------------- p04 RG001 RG003 RG004 RG005 (multi-file)
_p04_po = (
    "CLUB DEPORTIVO ALMENARA - TIENDA OFICIAL                    PEDIDO DE COMPRA / PURCHASE ORDER\n"
    "Av. del Estadio 3, 04740 Almenara (Almeria)  CIF G04112233\n"
    "------------------------------------------------------------------------------------------\n"
    "PEDIDO/PO No.: 2024/118          FECHA/DATE: 02/05/2024        PROVEEDOR/VENDOR: 300214\n"
    "MALHAS CAVADO LDA, RUA DE SAO BENTO 88, 4750-271 BARCELOS, PORTUGAL\n"
    "COMPRADOR/BUYER: J. MOLINA        MONEDA: EUR                 ENTREGA: DAP ALMENARA\n"
    "------------------------------------------------------------------------------------------\n"
    "LIN  REF           DESCRIPCION                              CANT   UD   PRECIO     IMPORTE\n"
    "0010 CDA-BUF-2425  BUFANDA SOCIO 24/25 JACQUARD - MUESTRA     50   UD    6,90      345,00\n"
    "                   SAMPLE FOR SOCIOS EVENT 14/06\n"
    "------------------------------------------------------------------------------------------\n"
    "                                                       TOTAL EUR            345,00\n"
    "OBSERVACIONES / NOTES:\n"
    " VER OFERTA ADJUNTA MC-ORC-0441 / SEE ATTACHED QUOTE MC-ORC-0441\n"
    " ENTREGA MUESTRAS ANTES 07/06/2024 / DELIVER SAMPLES BEFORE 07/06/2024\n"
    " FACTURAR A: administracion@cdalmenara.es\n"
    "------------------------------------------------------------------------------------------\n")
_p04_quote = pdf([
    ("h1", "Orçamento / Quotation MC-ORC-0441"),
    ("p", "Malhas Cávado, Lda. - Rua de São Bento 88, 4750-271 Barcelos, Portugal - NIF PT 503 118 442"),
    ("p", "Cliente: Club Deportivo Almenara - Tienda Oficial. Date: 24/04/2024. Validity 30 days."),
    ("table", [["Ref.", "Description", "Quantity", "Unit price", "Total"],
               ["CDA-BUF-2425", "Jacquard scarf 150x18 cm, acrylic, double face, fringes - samples", "50 pcs",
                "6,90 €", "345,00 €"],
               ["CDA-BUF-2425", "Jacquard scarf 150x18 cm, acrylic, double face, fringes - production",
                "3.000 pcs", "4,15 €", "12.450,00 €"]]),
    ("p", "Delivery samples: 4 weeks. Production: 6 weeks. Transport to Almería included from 1.000 pcs."),
    ("p", "Payment: 30 days from invoice date. Colours as per your artwork v2 (claret 201 C, white)."),
    ("p", "Com os melhores cumprimentos / Best regards, Ana Sousa, Comercial"),
], title="MC-ORC-0441", author="Ana Sousa")
case("p04_almenara_po_and_quote", ["RG001", "RG003", "RG004", "RG005"],
     "two files: ERP PO for 50 sample scarves refers to attached quote listing 3.000 production; no "
     "statement that production is not released; no event, no release person",
     [("PO_2024-118.txt", _p04_po), ("MC-ORC-0441.pdf", _p04_quote)])

# ---------------------------------------------------------------- p05 RG001 RG003 RG004 RG005
case("p05_hawks_portal_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "vendor-portal PO page: 20 sample mini balls with linked quotation showing 7,500 production beside "
     "it; nothing says production is informational/not released; no event, no named releaser",
     [("Hawks_supplier_portal_PO_HH-24-0402.html", html_page(
         "Hawks Merchandise Supplier Portal - PO HH/24/0402",
         "<h2>Hyderabad Hawks Sports Pvt. Ltd. &middot; Merchandise Supplier Portal</h2>\n"
         "<p>Logged in as: <b>Crescent Ball Works (Pvt.) Ltd.</b> (vendor code V-0613) &middot; "
         "<a href=\"#\">Logout</a></p>\n"
         "<h3>Purchase Order HH/24/0402</h3>\n"
         "<p>PO date: 21-05-2024 &middot; Status: Open &middot; Acknowledged by vendor: 22-05-2024</p>\n"
         "<table>\n<tr><th>Line</th><th>Item</th><th>Description</th><th>Type</th><th>Qty</th>"
         "<th>Rate (INR)</th><th>Value (INR)</th></tr>\n"
         "<tr><td>1</td><td>HH-MB1-SIG</td><td>Size 1 mini ball, team signature print, orange/black</td>"
         "<td>Sample</td><td>20</td><td>310.00</td><td>6,200.00</td></tr>\n</table>\n"
         "<h3>Linked quotation CBW-Q-0912</h3>\n"
         "<table>\n<tr><th>Stage</th><th>Qty</th><th>Rate (INR)</th><th>Lead time</th></tr>\n"
         "<tr><td>Sample</td><td>20</td><td>310.00</td><td>15 days</td></tr>\n"
         "<tr><td>Production</td><td>7,500</td><td>118.00</td><td>40 days</td></tr>\n</table>\n"
         "<h3>Delivery</h3>\n<p>Ship to: Hawks Merchandise Warehouse, Plot 42, Shamshabad, Hyderabad 501218. "
         "Samples by air courier. GST invoice with HSN 9506 62 required.</p>\n"
         "<p>Documents: <a href=\"#\">PO PDF</a> &middot; <a href=\"#\">Artwork v3</a> &middot; "
         "<a href=\"#\">Vendor code of conduct</a></p>\n"
         "<p style=\"color:#777\">Hawks Supplier Portal v2.4 &middot; Support: vendors@hyderabadhawks.in</p>"))])

# ---------------------------------------------------------------- p06 RG002
case("p06_wpca_chat_green_light", ["RG002"],
     "buyer earlier scoped PO to 18 sample caps, bulk 2,400 not released, his written release after "
     "brand sign-off; after sample photos he writes 'Green light from us, let's get moving' unscoped",
     [("WhatsApp Chat - WPCA caps x Topcap.txt",
       "14/02/24, 10:02 am - Josh Whitlam: Hi Amy, PO WPCA-24-131 sent through this morning\n"
       "14/02/24, 10:03 am - Josh Whitlam: To be clear on scope: it's for the 18 sample caps only (3 styles x "
       "6). The bulk 2,400 is NOT released. Bulk needs my written release after our brand team signs off "
       "the samples\n"
       "14/02/24, 10:15 am - Amy Chen (Topcap): Noted Josh, 18 pcs samples only. Will send photos next week\n"
       "14/02/24, 10:16 am - Amy Chen (Topcap): For the snapback can we use the 7-position plastic closure? the "
       "metal one has 3 weeks lead time\n"
       "14/02/24, 10:31 am - Josh Whitlam: Plastic is fine for samples\n"
       "22/02/24, 4:47 pm - Amy Chen (Topcap): <Media omitted>\n"
       "22/02/24, 4:47 pm - Amy Chen (Topcap): <Media omitted>\n"
       "22/02/24, 4:48 pm - Amy Chen (Topcap): Hi Josh samples finished, photos of all 3 styles. The green "
       "embroidery thread is Madeira 1051\n"
       "22/02/24, 6:20 pm - Josh Whitlam: Mate these look spot on \U0001F525\U0001F525\n"
       "22/02/24, 6:21 pm - Josh Whitlam: Green light from us, let's get moving!\n"
       "22/02/24, 6:40 pm - Amy Chen (Topcap): Great thank you!! \U0001F64F will tell the team\n"
       "22/02/24, 6:41 pm - Amy Chen (Topcap): Samples will ship by FedEx tomorrow, tracking to follow\n")])

# ---------------------------------------------------------------- p07 RG002
_p07_text = (
    "Hi Emre,\n\n"
    "All fine, approved - please proceed.\n\n"
    "Saludos,\nMarta\n\n"
    "Marta Ruiz | Compras | UD Costa Brava - Botiga Oficial | Passeig Marítim 12, 17250 Platja d'Aro\n\n"
    "On Wed, 15 May 2024 at 11:02, Emre Kaya <emre.kaya@bursahavlu.com.tr> wrote:\n"
    "> Dear Marta,\n"
    "> \n"
    "> Please find attached the photos of the 12 PP sample beach towels (90x170 cm, velour printed).\n"
    "> Colours are matched to Pantone 7687 C and 116 C as per your artwork. Weight 380 gsm after wash.\n"
    "> Samples will leave by TNT tomorrow, AWB will follow.\n"
    "> Your comments please.\n"
    "> \n"
    "> Best regards,\n"
    "> Emre Kaya\n"
    "> Export Department | Bursa Havlu Tekstil A.S. | Demirtas OSB, Bursa\n"
    "> \n"
    "> On Tue, 23 Apr 2024 at 17:30, Marta Ruiz <compras@udcostabrava.cat> wrote:\n"
    "> > Hello Emre,\n"
    "> > \n"
    "> > Here is our PO CB-2024-091: 12 sample towels only. The 1.800 production towels are not released.\n"
    "> > I will release them in writing after our board signs off the samples.\n"
    "> > \n"
    "> > Marta Ruiz, Compras\n")
case("p07_costabrava_reply_approved", ["RG002"],
     "reply to PP sample photos 'All fine, approved - please proceed' without scope; the quoted PO mail "
     "is complete (12 samples, 1.800 not released, written release by Marta after board sign-off)",
     [("RE_PP_samples_towels_CB-2024-091.eml", mail(
         "Marta Ruiz <compras@udcostabrava.cat>", "Emre Kaya <emre.kaya@bursahavlu.com.tr>",
         "RE: PP samples beach towels - PO CB-2024-091", "Thu, 16 May 2024 09:12:00 +0200", _p07_text,
         in_reply_to="<20240515110200.7781@bursahavlu.com.tr>"))])


# =================================================================== BATCH 2
# ---------------------------------------------------------------- clean c09
_c09_text = (
    "Dear Marta,\n\n"
    "Good day! We received your 30% deposit EUR 1.245,00 today, thank you very much.\n\n"
    "Please note: the deposit does not release production. We make only the samples under PO CB-2024-077, "
    "10 pcs of each of the 3 designs (30 pcs), and we wait for your written release for the 5.000 pcs. We "
    "will not buy zinc alloy or print backing cards for bulk before your release.\n\n"
    "The mould for design 2 (the lighthouse) is finished, soft enamel colours will be filled this week. "
    "Samples ready 28 May, we send by DHL with tracking.\n\n"
    "Best regards,\nLily Wu\nSales Manager\nDongguan Yisheng Souvenir Co., Ltd.\n"
    "Tel/WeChat: +86 139 2920 4471\n\n"
    "-----Original Message-----\n"
    "From: Marta Ruiz <compras@udcostabrava.cat>\n"
    "Sent: Monday, May 13, 2024 6:15 PM\n"
    "To: Lily Wu <lily@yisheng-souvenir.cn>\n"
    "Subject: PO CB-2024-077 pins and keyrings\n\n"
    "> Dear Lily,\n"
    "> PO CB-2024-077 is for samples only: 10 pcs of each of the 3 designs (30 pcs). The 5.000 pcs "
    "production is not released. I will release it in writing after our socios committee signs off the "
    "samples.\n"
    "> We pay the 30% deposit now because your terms require it for the moulds. The deposit is not a "
    "production release.\n"
    "> Marta Ruiz, Compras, UD Costa Brava - Botiga Oficial\n")
case("c09_yisheng_deposit_not_release", [],
     "supplier confirms deposit and states it does not release production; quoted buyer scope is "
     "complete (30 samples, 5.000 not released, Marta's written release after committee sign-off)",
     [("RE_PO_CB-2024-077_deposit.eml", mail(
         "Lily Wu <lily@yisheng-souvenir.cn>", "Marta Ruiz <compras@udcostabrava.cat>",
         "RE: PO CB-2024-077 pins and keyrings - deposit received", "Tue, 14 May 2024 15:31:00 +0800",
         _c09_text, in_reply_to="<CB2024077.1@udcostabrava.cat>"))])

# ---------------------------------------------------------------- clean c10
_c10_text = (
    "Dear Mr. Averill,\n\n"
    "We confirm the receipt and acceptance of your PO WTF-0662 dated 2 May 2024 for 20 (twenty) sample "
    "scarves only, ref. WTF-SC-2425 'Up the Wex', jacquard 150x18 cm.\n\n"
    "As written in your PO, the balance of 1.980 pcs is not released. We will not buy yarn nor start "
    "knitting for the balance until we receive the written release from Mr. Tom Averill after your "
    "approval of the samples.\n\n"
    "Samples delivery: week 21, by UPS, account of Malhas Cávado.\n"
    "Yarn for the samples: acrylic high bulk Nm 2/28, claret lot 24-118, white lot 24-071.\n\n"
    "Kind regards / Cumprimentos,\n"
    "Ana Sousa\nDepartamento Comercial\nMalhas Cávado, Lda. | Barcelos | Portugal\n+351 253 800 441\n")
case("c10_malhas_acknowledgement", [],
     "supplier acknowledgement restating scope: 20 samples, balance 1.980 not released, no yarn until "
     "written release from named buyer after sample approval",
     [("Confirmation_PO_WTF-0662.eml", mail(
         "Ana Sousa <ana.sousa@malhascavado.pt>", "Tom Averill <tom.averill@wexcombetownfc.co.uk>",
         "Confirmation PO WTF-0662 - sample scarves", "Fri, 03 May 2024 10:22:00 +0100", _c10_text,
         html="<html><body><p>Dear Mr. Averill,</p><p>We confirm the receipt and acceptance of your PO "
              "WTF-0662 dated 2 May 2024 for <b>20 (twenty) sample scarves only</b>, ref. WTF-SC-2425 'Up "
              "the Wex', jacquard 150x18 cm.</p><p>As written in your PO, the balance of 1.980 pcs is not "
              "released. We will not buy yarn nor start knitting for the balance until we receive the "
              "written release from Mr. Tom Averill after your approval of the samples.</p><p>Samples "
              "delivery: week 21, by UPS, account of Malhas C&aacute;vado.<br>Yarn for the samples: acrylic "
              "high bulk Nm 2/28, claret lot 24-118, white lot 24-071.</p><p>Kind regards / Cumprimentos,"
              "<br>Ana Sousa<br>Departamento Comercial<br>Malhas C&aacute;vado, Lda.</p></body></html>"))])

# ---------------------------------------------------------------- clean c11
_c11_old = mail(
    "Rahim Uddin <rahim@karnaphuli-apparels.com>", "Dana Morris <dmorris@lakeshorecollege-store.edu>",
    "Quotation KA-Q-23-211 tailgate tee", "Wed, 15 Mar 2023 14:10:00 +0600",
    "Dear Dana,\n\nPlease find our quotation for the tailgate tee as below.\n\n"
    "Quotation KA-Q-23-211\n"
    "Style: tailgate tee, 180 gsm single jersey, 100% cotton, 1-colour front print\n"
    "Size set (8 pcs, XS-3XL): USD 12.00/pc\n"
    "5,000 pcs: USD 2.95/pc\n"
    "10,000 pcs: USD 2.70/pc\n"
    "FOB Chattogram, 60 days after order.\n\n"
    "Best regards,\nRahim Uddin\nMerchandiser, Karnaphuli Apparels Ltd., Chattogram EPZ\n")
_c11_text = (
    "Hi Rahim,\n\n"
    "Forwarding last year's quote (attached below) for price reference only. The 5,000 pcs in it is not an "
    "order and is not released.\n\n"
    "For this season, PO LCS-24-3107 covers 8 pcs: one size set (XS-3XL) of the tailgate tee in the new "
    "'Lakers 150' print. Nothing beyond these 8 pieces is released. The production buy will be released "
    "by me in writing, with a quantity, once our licensing office has signed off the size set.\n\n"
    "Could you let me know by Friday whether last year's prices still hold? Cotton seems to have moved.\n\n"
    "Thanks,\nDana" + sig("Dana Morris", "Senior Buyer, Apparel", "Lakeshore College Campus Store",
                          "+1 269 555 0190"))
case("c11_lakeshore_fwd_old_quote", [],
     "forwarded old quote (rfc822) with 5,000 pcs declared price reference, not an order, not released; "
     "PO covers 8-pc size set; named buyer releases in writing after licensing sign-off",
     [("FW_Quotation_KA-Q-23-211.eml", mail(
         "Dana Morris <dmorris@lakeshorecollege-store.edu>", "Rahim Uddin <rahim@karnaphuli-apparels.com>",
         "FW: Quotation KA-Q-23-211 tailgate tee - for reference (PO LCS-24-3107 size set)",
         "Tue, 07 May 2024 11:45:00 -0400", _c11_text, attachments=[("rfc822", _c11_old)]))])

# ---------------------------------------------------------------- clean c12
_c12_text = (
    "Hola Emre,\n\n"
    "No - please read our PO again. Sample approval does not release anything. The 3,000 towels stay on "
    "hold until I send you a written release with the quantity. Only the 12 samples now (PO CA-2024-052).\n\n"
    "I understand the summer timing, we will do our best to give you an answer within one week after the "
    "samples arrive.\n\n"
    "Un saludo,\nJavier Molina\nJefe de Compras | CD Almenara - Tienda Oficial\n\n"
    "El 20/05/2024, a las 14:47, Emre Kaya <emre.kaya@bursahavlu.com.tr> escribió:\n"
    "> Dear Javier,\n"
    "> The 12 sample towels (70x140, jacquard 'Almenara 1931') are ready. After you approve samples we "
    "will start 3,000 pcs directly to catch the summer, is this ok?\n"
    "> Best regards, Emre Kaya, Bursa Havlu Tekstil A.S.\n")
case("c12_almenara_corrects_supplier", [],
     "quoted supplier assumes sample approval starts 3,000; buyer's reply corrects it: 12 samples only, "
     "3,000 on hold until his written release",
     [("RE_samples_towels_CA-2024-052.eml", mail(
         "Javier Molina <compras@cdalmenara.es>", "Emre Kaya <emre.kaya@bursahavlu.com.tr>",
         "RE: sample towels PO CA-2024-052", "Mon, 20 May 2024 17:05:00 +0200", _c12_text,
         in_reply_to="<5521.20240520144700@bursahavlu.com.tr>"))])

# ---------------------------------------------------------------- clean c13
case("c13_konkan_po_identifiers", [],
     "sample PO for 12 cricket balls full of quantity-like identifiers (CB-5000-156, BS 5993, ISO "
     "9001:2015, drawing rev 12); quoted 2,500 not released; named releaser after player-panel sign-off",
     [("PO_KK-PUR-24-25-0156.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Konkan Kings Fan Store (a unit of Konkan Sports & Entertainment Pvt. Ltd.), 3rd Floor, "
               "Marol Industrial Estate, Andheri (East), Mumbai 400059. GSTIN 27AAGCK4412M1Z8"),
         ("p", "PO No.: KK/PUR/24-25/0156 - Date: 10-06-2024 - Vendor: Sialkot Leather & Ball Co., "
               "Daska Road, Sialkot, Pakistan - Vendor code SLB-0021"),
         ("table", [["Sr.", "Item code", "Description", "Qty", "Unit", "Rate (USD)", "Amount (USD)"],
                    ["1", "CB-5000-156", "Two-piece leather cricket ball, red, 156 g, conforming to "
                     "BS 5993:1994, Konkan Kings crest foil stamp, drawing KK-DRG-156 rev 12", "12", "Nos",
                     "14.00", "168.00"]]),
         ("p", "Scope: this PO covers the twelve (12) sample balls only. The production quantity in your "
               "quotation SLB/Q/0419 (2,500 balls) is not released and no material may be bought for it."),
         ("p", "The production quantity will be released only by a written release from Rohan Desai, "
               "Head - Merchandise, after our player panel has signed off the samples."),
         ("p", "Quality: vendor to be certified to ISO 9001:2015. Seam: 6 rows hand stitched. "
               "Weight tolerance 155.9 - 163 g. Foil: gold, Pantone 871 C."),
         ("p", "Delivery: samples by DHL Express to Mumbai office within 21 days. Payment: 100% against "
               "delivery of samples, by wire."),
         ("p", "For Konkan Sports & Entertainment Pvt. Ltd. - Rohan Desai, Head - Merchandise"),
     ], title="PO KK/PUR/24-25/0156", author="Rohan Desai"))])

# ---------------------------------------------------------------- clean c14
case("c14_wpca_interim_disposition", [],
     "interim sample disposition with quantity and expiry limit; written release REL-WPCA-022 for 500 "
     "within the limit; balance 4,500 on hold until full sign-off and further written release by named head",
     [("WPCA_sample_disposition_SD-118.docx", docx_bytes([
         ("h1", "Sample Disposition SD-118"),
         ("p", "Western Plains Cricket Association - Commercial & Merchandise - 22 Oval Parade, Bendigo "
               "VIC 3550"),
         ("p", "Supplier: Al-Noor Gloves & Garments, Sialkot. Order: PO WPCA-24-102, playing shirt 2024/25 "
               "(sublimated, navy/gold), quoted production quantity 5,000 pcs."),
         ("table", [["Item", "Entry"],
                    ["Samples reviewed", "10 pre-production shirts, sizes S-3XL"],
                    ["Disposition", "INTERIM"],
                    ["Finding", "Collar rib curls after 5 washes (spec WPCA-TS-07 clause 4.3)"],
                    ["Limit", "Max 500 pcs, for the season-launch fan day only; expires 30 Aug 2024"],
                    ["Written release under this disposition", "REL-WPCA-022: 500 pcs, signed by "
                     "Daniel Okafor, Head of Commercial, 19 Jul 2024"],
                    ["Balance", "4,500 pcs on hold"]]),
         ("p", "The balance of 4,500 pcs remains on hold. It can only be released after the collar "
               "correction has been verified, a full sign-off has been recorded and Daniel Okafor has "
               "issued a further written release with the quantity."),
         ("p", "Material authority: fabric and trims for the 500 pcs released under REL-WPCA-022 only."),
         ("p", "Corrective action requested from supplier: 8D report by 2 Aug 2024; new rib sample "
               "(2 pcs) by courier."),
         ("p", "Prepared by: Nadia Petrov, Product Quality. Signed off: Daniel Okafor, Head of Commercial."),
     ], author="Nadia Petrov"))])

# ---------------------------------------------------------------- clean c15
_c15_text = (
    "Hi Kevin,\n\n"
    "Thanks for the revised quote. Go ahead with the 24 SMS caps only (PO BSU-24-0871, 4 colourways x 6).\n\n"
    "Bulk 3,600 is on hold: please don't order crown fabric or closures for it. It gets released when our "
    "licensing approval comes through and I send you the written release.\n\n"
    "SMS delivery to the store by July 12 please, our sales reps start the dorm tour on the 15th.\n\n"
    "Megan" + sig("Megan Price", "Buyer, Headwear & Accessories", "Bayview State University Stores",
                  "+1 510 555 0133"))
case("c15_bayview_go_ahead_scoped", [],
     "'Go ahead with the 24 SMS caps only'; bulk 3,600 on hold until licensing approval and the named "
     "buyer's written release",
     [("SMS_caps_BSU-24-0871.eml", mail(
         "Megan Price <mprice@bayviewstate-stores.edu>", "Kevin Zhao <kevin@topcap-ningbo.com>",
         "SMS caps - PO BSU-24-0871", "Wed, 19 Jun 2024 13:20:00 -0700", _c15_text,
         html="<html><body><p>Hi Kevin,</p><p>Thanks for the revised quote. <b>Go ahead with the 24 SMS caps "
              "only</b> (PO BSU-24-0871, 4 colourways x 6).</p><p>Bulk 3,600 is on hold: please don't order "
              "crown fabric or closures for it. It gets released when our licensing approval comes through "
              "and I send you the written release.</p><p>SMS delivery to the store by July 12 please, our "
              "sales reps start the dorm tour on the 15th.</p><p>Megan</p><p>Megan Price<br>Buyer, Headwear "
              "&amp; Accessories<br>Bayview State University Stores</p></body></html>"))])

# ---------------------------------------------------------------- clean c16
case("c16_ashbourne_portal_stages", [],
     "portal page keeps terms apart (sample sign-off / PO issued / production release); 16 sample pairs "
     "active, 1,600 pairs on hold until named head's written production release after budget sign-off",
     [("AR_supplier_portal_AR-PO-7720.html", html_page(
         "Ashbourne Rovers FC - Supplier Portal - AR-PO-7720",
         "<h2>Ashbourne Rovers FC Trading Ltd &middot; Supplier Portal</h2>\n"
         "<p>Supplier: <b>Al-Noor Gloves &amp; Garments</b>, Sialkot &middot; Order: goalkeeper glove 'Rovers "
         "Pro Grip 25', article ARF-GK-25</p>\n"
         "<table>\n<tr><th>Stage</th><th>Status</th><th>Quantity</th><th>By</th><th>Date</th></tr>\n"
         "<tr><td>PO issued</td><td>AR-PO-7720 issued (commercial cover)</td><td>16 sample pairs</td>"
         "<td>Finance / C. Martin</td><td>02-04-2024</td></tr>\n"
         "<tr><td>Sample sign-off</td><td>Signed off (fit, grip, latex 4 mm)</td><td>16 pairs reviewed</td>"
         "<td>Ellie Marsh, QA</td><td>02-05-2024</td></tr>\n"
         "<tr><td>Budget sign-off Q3</td><td>Pending</td><td>-</td><td>Board</td><td>-</td></tr>\n"
         "<tr><td>Production release</td><td>Not given</td><td>0 of 1,600 pairs</td><td>-</td><td>-</td></tr>\n"
         "</table>\n"
         "<div class=\"note\"><p>Active now: the 16 sample pairs only. The production quantity of 1,600 pairs "
         "is on hold. It is released only by a written production release from David Ashworth, Head of "
         "Retail, after the Q3 budget sign-off. Material authority: sample-only.</p></div>\n"
         "<h3>Messages</h3>\n<ul><li>02-05-2024 Ellie Marsh: Thanks Faisal, the negative-cut palm fits much "
         "better than the proto. Sample sign-off recorded.</li>\n"
         "<li>03-05-2024 Faisal Iqbal (Al-Noor): Thank you madam. We wait for production release.</li></ul>\n"
         "<p style=\"color:#777\">Portal build 7.2.1 &middot; data as of 06-05-2024 08:00 GMT</p>"))])

# ---------------------------------------------------------------- p08 RG002
case("p08_redmesa_sample_report", ["RG002"],
     "QA sample evaluation report ends 'Overall: APPROVED - proceed.' without scope; header keeps 30 "
     "samples active, 6,000 on hold, released in writing by named buyer after licensing sign-off",
     [("SER-24-077_Red_Mesa.docx", docx_bytes([
         ("h1", "Sample Evaluation Report SER-24-077"),
         ("p", "Red Mesa University Team Shop - Quality Assurance"),
         ("p", "Supplier: Denizli Örme Sanayi ve Ticaret A.Ş. Style: RM-PL-25 performance polo, maroon/white. "
               "Order: PO RM-55131 for 30 pre-production samples. Production quantity 6,000 pcs: on hold, "
               "released only by a written production release from Sarah Kim, Senior Buyer, after licensing "
               "sign-off."),
         ("table", [["Check", "Requirement", "Measured", "Result"],
                    ["Chest width (M)", "54 cm +/- 1", "54.5 cm", "OK"],
                    ["Body length (M)", "74 cm +/- 1.5", "73.2 cm", "OK"],
                    ["Colour", "PMS 7427 C", "Delta E 0.8", "OK"],
                    ["Chest embroidery", "9,000 stitches, 3 colours", "9,120 stitches", "OK"],
                    ["Care label", "RN 98221, 5 languages", "present", "OK"],
                    ["Shrinkage", "AATCC 135, 3 cycles, max 5%", "2.1%", "OK"]]),
         ("p", "Remarks: slight puckering at left side seam on 2 of 30 pcs, within tolerance. Supplier to "
               "check seam tension on bulk equipment."),
         ("p", "Overall: APPROVED - proceed."),
         ("p", "Evaluated by: Luis Ortega, QA Coordinator, 6 June 2024"),
     ], author="Luis Ortega"))])

# ---------------------------------------------------------------- p10 RG002
case("p10_ashbourne_plm_go_ahead", ["RG002"],
     "PLM page: order block complete (10 PP samples, 3,200 not released, written release by named head "
     "after PP sign-off) but buying comment says 'All good - you can go ahead.' unscoped",
     [("AR_PLM_style_ARF-SH-25.html", html_page(
         "AR PLM - ARF-SH-25 training short",
         "<h2>AR PLM &middot; Style ARF-SH-25 &middot; Training short 25/26</h2>\n"
         "<p>Season: SS25 &middot; Supplier: Karnaphuli Apparels Ltd., Chattogram EPZ &middot; "
         "Tech pack v4 (12-04-2024)</p>\n"
         "<h3>Order</h3>\n<table>\n<tr><th>PO</th><th>Scope</th><th>Qty</th><th>Status</th></tr>\n"
         "<tr><td>AR-PO-7744</td><td>PP samples</td><td>10</td><td>Active</td></tr>\n"
         "<tr><td>-</td><td>Bulk</td><td>3,200</td><td>Not released - requires a written production release "
         "from David Ashworth, Head of Retail, after PP sample sign-off</td></tr>\n</table>\n"
         "<h3>Activity</h3>\n<table>\n<tr><th>Date</th><th>User</th><th>Entry</th></tr>\n"
         "<tr><td>28-05-2024 09:12</td><td>Karnaphuli (Rahim Uddin)</td><td>PP samples uploaded, 10 pcs, "
         "measurement sheet attached (MS-ARF-SH-25.xlsx)</td></tr>\n"
         "<tr><td>30-05-2024 14:40</td><td>QA (Ellie Marsh)</td><td>Measurements within tolerance; inseam "
         "+0.5 cm on XL noted. Status changed: PP SAMPLE &rarr; APPROVED (PP sample measurements)</td></tr>\n"
         "<tr><td>30-05-2024 16:05</td><td>Buying (Chloe Martin)</td><td>All good - you can go ahead. "
         "Thanks for the quick turnaround!</td></tr>\n"
         "<tr><td>31-05-2024 08:30</td><td>Karnaphuli (Rahim Uddin)</td><td>Thank you, noted.</td></tr>\n"
         "</table>\n<p style=\"color:#777\">Attachments: ARF-SH-25_techpack_v4.pdf &middot; "
         "MS-ARF-SH-25.xlsx &middot; PP_photos.zip</p>"))])

# ---------------------------------------------------------------- p11 RG012
_p11_text = (
    "Dear Imran ji,\n\n"
    "Greetings from Konkan Kings!\n\n"
    "This is to inform you that we have transferred the 30% advance of USD 8,850 against your PI "
    "ZSI-PI-1147 today through SBI (UTR SBIN524135998877). Swift copy will follow from our accounts team.\n\n"
    "Since the advance is now with you, kindly start the production of the 5,000 replica jerseys under PO "
    "KK/PUR/24-25/0188 immediately, so that we receive the goods before the season opener on 22nd March.\n\n"
    "The sample of this style was signed off by our team on 2nd Feb (ref. SSR-KK-044), no change in "
    "spec. Sizes as per the PO: S 600, M 1,400, L 1,600, XL 1,000, XXL 400.\n\n"
    "Kindly do the needful and share the production plan by Monday.\n\n"
    "Regards,\nVikram Shetty\nManager - Purchase\nKonkan Kings Fan Store, Mumbai\n+91 98200 41177\n")
case("p11_konkan_advance_start", ["RG012"],
     "buyer: 'Since the advance is now with you, kindly start the production of the 5,000' - payment "
     "used as the production trigger (full-quantity PO, no balance)",
     [("KK-0188_replica_jerseys.eml", mail(
         "Vikram Shetty <purchase@konkankings.in>", "Imran Zafar <imran@zafarsports.pk>",
         "Advance transferred - PO KK/PUR/24-25/0188 replica jerseys", "Fri, 19 Jan 2024 12:30:00 +0530",
         _p11_text))])

# ---------------------------------------------------------------- p12 RG012
case("p12_kingsmere_chat_advance", ["RG012"],
     "buyer's chat scope is complete (12 sample balls, 3,000 not released, her written release after brand "
     "sign-off); supplier: 'advance received so we are starting production of full 3000 balls'",
     [("WhatsApp Chat with Bilal Crescent.txt",
       "[02/04/2024, 11:05:40] Kirsty Lowe: Hi Bilal, PO KUR-24-0455 is on its way by email\n"
       "[02/04/2024, 11:06:32] Kirsty Lowe: It's for the 12 sample footballs only (size 5, home crest). The "
       "3,000 are NOT released until I send you a written release after our brand team signs off the "
       "samples\n"
       "[02/04/2024, 11:07:10] Kirsty Lowe: Our accounts will pay the 30% on your PI this week as you asked, "
       "for the print plates\n"
       "[02/04/2024, 11:30:18] Bilal Ahmed: Ok madam noted. Samples will be ready in 10 days inshallah\n"
       "[08/04/2024, 16:12:55] Bilal Ahmed: Madam advance received today \u2705 thank you\n"
       "[08/04/2024, 16:13:40] Bilal Ahmed: So we are starting production of full 3000 balls from Monday, "
       "delivery will be on time for kit launch. Panels printing first then stitching\n"
       "[08/04/2024, 16:14:02] Bilal Ahmed: Samples 12 pcs also ready, courier tomorrow\n"
       "[08/04/2024, 16:14:30] Bilal Ahmed: <attached: 00000041-PHOTO-2024-04-08-16-14-30.jpg>\n")])

# ---------------------------------------------------------------- p13 RG012
case("p13_lakeshore_po_deposit_terms", ["RG012"],
     "sample PO scope is complete (24 SMS, 3,000 not released, named buyer's written release after "
     "sign-offs) but its terms say 'Production commences upon receipt of deposit'",
     [("PO_LCS-24-3301.pdf", pdf([
         ("h1", "Lakeshore College Campus Store - Purchase Order LCS-24-3301"),
         ("p", "55 Lakeview Ave, Lakeshore, MI 49000, USA - Buying Office - Tel +1 269 555 0100"),
         ("p", "Vendor: Karnaphuli Apparels Ltd., Plot 14-17, Chattogram EPZ, Bangladesh (vendor #2214)"),
         ("p", "PO date: 05/20/2024 - Buyer: Dana Morris - Ship via: DHL Express (samples)"),
         ("table", [["Line", "Style", "Description", "Qty", "Unit", "Unit cost", "Ext."],
                    ["1", "LCS-PO-25", "Pique polo, navy, embroidered 'Lakers' chest logo, salesman "
                     "sample (SMS), size L", "24", "EA", "$11.50", "$276.00"]]),
         ("h", "Scope"),
         ("p", "Samples only: 24 pcs. The bulk quantity of 3,000 pcs is not released. It will be released "
               "only by a written release from Dana Morris, Buyer, after the size-set sign-off and the "
               "licensing sign-off. No bulk fabric or trims may be purchased."),
         ("h", "Terms and conditions"),
         ("p", "1. Payment terms: 50% deposit with order, balance before shipment. Production commences "
               "upon receipt of deposit."),
         ("p", "2. All goods must carry licensed product holograms supplied by the licensing agent."),
         ("p", "3. Vendor must comply with the Lakeshore College Vendor Code of Conduct and provide a current "
               "social compliance audit (WRAP, BSCI or equivalent)."),
         ("p", "4. Late delivery may result in cancellation without charge to the buyer."),
     ], pagesize=LETTER, title="PO LCS-24-3301", author="Dana Morris"))])

# ---------------------------------------------------------------- p15 RG002 RG012
_p15_text = (
    "Hi Kevin,\n\n"
    "The 30% deposit (USD 4,212.00) went out this morning, remittance advice attached.\n\n"
    "Consider this your green light! Can't wait to see these on the shelves for homecoming.\n\n"
    "Megan\n\n"
    "On Mon, Jul 8, 2024 at 9:02 PM Kevin Zhao <kevin@topcap-ningbo.com> wrote:\n"
    "> Hi Megan,\n"
    "> SMS caps shipped by FedEx, AWB 7781 2290 4410. Please arrange 30% deposit per PI TC-PI-0552 so we "
    "can reserve the line for September.\n"
    "> Kevin\n"
    ">\n"
    "> On Wed, Jun 26, 2024 at 10:15 AM Megan Price <mprice@bayviewstate-stores.edu> wrote:\n"
    ">> Kevin, PO BSU-24-0912 covers the 24 SMS caps only. Bulk 4,680 caps (quote TC-Q-1183) is not "
    "released; it needs my written release after licensing approval.\n"
    ">> Megan Price, Buyer, Bayview State University Stores\n")
_p15_remit = (
    "BAYVIEW STATE UNIVERSITY - ACCOUNTS PAYABLE - REMITTANCE ADVICE\n"
    "Payment date : 07/09/2024\n"
    "Payee        : NINGBO TOPCAP HEADWEAR CO., LTD.\n"
    "Method       : International wire (USD)\n"
    "Reference    : PI TC-PI-0552 deposit 30%\n"
    "Amount       : USD 4,212.00\n"
    "Bank ref     : FT24191QX0042\n")
case("p15_bayview_deposit_green_light", ["RG002", "RG012"],
     "buyer treats paid deposit as the trigger: 'Consider this your green light!' - unscoped and payment "
     "as release; quoted own scope (24 SMS, 4,680 not released, her release after licensing) is complete",
     [("RE_SMS_caps_deposit.eml", mail(
         "Megan Price <mprice@bayviewstate-stores.edu>", "Kevin Zhao <kevin@topcap-ningbo.com>",
         "RE: SMS caps shipped / deposit", "Tue, 09 Jul 2024 10:41:00 -0700", _p15_text,
         in_reply_to="<TC-20240708-2102@topcap-ningbo.com>",
         attachments=[("remittance_TC-PI-0552.txt", _p15_remit, "text/plain")]))])

# ---------------------------------------------------------------- p29 RG006 RG012
_p29_text = (
    "Dear Josh,\n\n"
    "We well received the 30% deposit USD 3,150 today, thank you.\n\n"
    "So the bulk is now confirmed in our production plan, and we have placed the order for the cotton "
    "twill (navy + gold) and the metal buckles for the 2,000 caps, to keep your timeline for the summer.\n\n"
    "The 12 samples will be sent by FedEx on Friday with the 3D embroidery as you requested.\n\n"
    "Best regards,\nJenny Lin\nSales Dept.\nXiamen Everbright Headwear Co., Ltd.\n\n"
    "------------------ Original ------------------\n"
    "From: Josh Whitlam <josh.whitlam@wpcricket.com.au>\n"
    "Date: Mon, Jun 3, 2024 10:20 AM\n"
    "Subject: PO WPCA-24-140 sample caps\n\n"
    "> Hi Jenny,\n"
    "> PO WPCA-24-140 covers 12 sample caps only. The 2,000 bulk caps are not released - they need my "
    "written release after our brand team signs off the samples.\n"
    "> Your terms ask for a 30% deposit before samples, so we've paid it, but it doesn't release bulk. "
    "Material for bulk: none authorised.\n"
    "> Cheers, Josh Whitlam, Merchandise Manager, Western Plains Cricket Association\n")
case("p29_everbright_deposit_material", ["RG006", "RG012"],
     "supplier: deposit received 'so the bulk is now confirmed' and twill/buckles ordered for 2,000 caps; "
     "quoted buyer scope (12 samples, 2,000 not released, no bulk material) is complete",
     [("RE_PO_WPCA-24-140.eml", mail(
         "Jenny Lin <jenny@everbright-headwear.cn>", "Josh Whitlam <josh.whitlam@wpcricket.com.au>",
         "RE: PO WPCA-24-140 sample caps", "Wed, 05 Jun 2024 17:48:00 +0800", _p29_text,
         in_reply_to="<WPCA24140.0603@wpcricket.com.au>"))])


# =================================================================== BATCH 3
# ---------------------------------------------------------------- clean c18 (multi-file)
_c18_po = pdf([
    ("h1", "PURCHASE ORDER CCC-1201"),
    ("p", "Coral Coast Cricket Ltd - Merchandise - 14 Esplanade, Glenelg SA 5045, Australia - ABN 51 611 402 118"),
    ("p", "Supplier: Karnaphuli Apparels Ltd., Plot 14-17, Chattogram EPZ, Bangladesh"),
    ("p", "Date: 4 March 2024 - Contact: Priya Nair, Merchandise Lead - Currency: USD"),
    ("table", [["Line", "Style", "Description", "Sizes", "Qty", "Unit", "Total"],
               ["1", "CCC-HD-24", "Fleece hoodie 300 gsm, 'Coastal' wave print - size set", "S-3XL x 3 colours",
                "18", "USD 15.00", "USD 270.00"]]),
    ("h", "Scope"),
    ("p", "This PO covers the 18-piece size set only. The attached quotation Q-KA-24-318 lists 2,500 pcs "
          "bulk; that quantity is shown for pricing only and is not released."),
    ("p", "Bulk will be released only by a written release from Priya Nair, Merchandise Lead, after our "
          "team has signed off the size set. Material authority: sample-only."),
    ("p", "Ship the size set by DHL to the Glenelg office by 29 March 2024."),
], title="PO CCC-1201", author="Priya Nair")
_c18_quote = pdf([
    ("h1", "QUOTATION Q-KA-24-318"),
    ("p", "Karnaphuli Apparels Ltd. - Chattogram EPZ - merchandising@karnaphuli-apparels.com"),
    ("p", "Customer: Coral Coast Cricket Ltd. Date: 21-Feb-2024. Validity: 45 days."),
    ("table", [["Item", "Quantity", "FOB price", "Lead time"],
               ["CCC-HD-24 size set", "18 pcs", "USD 15.00", "15 days"],
               ["CCC-HD-24 bulk", "2,500 pcs", "USD 7.10", "60 days from release"],
               ["CCC-HD-24 bulk", "5,000 pcs", "USD 6.60", "70 days from release"]]),
    ("p", "Fabric: 80/20 CVC brushed fleece 300 gsm. Print: plastisol 3 colours. Packing: 1 pc/poly, 24 pcs/ctn."),
    ("p", "Rahim Uddin, Merchandiser"),
], title="Q-KA-24-318", author="Rahim Uddin")
case("c18_coralcoast_po_plus_quote", [],
     "two files: size-set PO declares the attached quote's 2,500 bulk for pricing only and not released; "
     "named releaser after size-set sign-off; the quote itself is informational",
     [("PO_CCC-1201.pdf", _c18_po), ("Q-KA-24-318.pdf", _c18_quote)])

# ---------------------------------------------------------------- clean c19
_c19_po = pdf([
    ("h1", "Purchase Order WPCA-24-118"),
    ("p", "Western Plains Cricket Association - 22 Oval Parade, Bendigo VIC 3550 - ABN 30 004 118 927"),
    ("p", "Supplier: Ningbo Topcap Headwear Co., Ltd., Yinzhou District, Ningbo, China"),
    ("p", "Date: 12 June 2024 - Contact: Liam O'Brien, Commercial Manager"),
    ("table", [["Line", "Style", "Description", "Qty", "Unit price", "Scope"],
               ["1", "WPCA-CAP-24R", "Six-panel cap, navy/gold, repeat of WPCA-CAP-24 with new 2025 year "
                "patch", "2,000", "USD 3.05", "Production - full order quantity"]]),
    ("p", "This is the full order. Repeat style, no samples required. Production quantity: 2,000 pcs."),
    ("p", "Delivery: FOB Ningbo, ETD by 31 August 2024. Payment: 30 days after B/L."),
], title="PO WPCA-24-118", author="Liam O'Brien")
case("c19_wpca_full_order_green_light", [],
     "'green light for all 2,000 caps' on a full-quantity repeat PO; no samples, no balance",
     [("PO_WPCA-24-118_caps.eml", mail(
         "Liam O'Brien <liam.obrien@wpcricket.com.au>", "Amy Chen <amy@topcap-ningbo.com>",
         "PO WPCA-24-118 - caps repeat with 2025 patch", "Wed, 12 Jun 2024 09:30:00 +1000",
         "Hi Amy,\n\n"
         "Green light for all 2,000 caps on PO WPCA-24-118 (attached). That's the full order - no samples "
         "needed as it's a straight repeat of last season's cap with the 2025 year patch.\n\n"
         "Patch artwork is the same file Josh sent you in May (WPCA_patch_2025_v2.ai). Could you send the "
         "production schedule by end of next week?\n\n"
         "Cheers,\nLiam" + sig("Liam O'Brien", "Commercial Manager", "Western Plains Cricket Association",
                               "+61 3 5400 1182"),
         attachments=[("PO_WPCA-24-118.pdf", _c19_po, PDF_MT)]))])

# ---------------------------------------------------------------- clean c20
case("c20_kingsmere_release_full", [],
     "written release of the full 6,000 production quantity after recorded sample sign-off, signed by "
     "named release authority within limit; nothing left on hold",
     [("PR-KUR-0031_release.pdf", pdf([
         ("h1", "PRODUCTION RELEASE PR-KUR-0031"),
         ("p", "Kingsmere United Football Club Retail Ltd - Unit 4, Station Road Trading Estate, Kingsmere KM3 2QT"),
         ("p", "To: Zafar Sports Industries (Pvt) Ltd, Sialkot - Attn. Mr. Imran Zafar"),
         ("p", "Date: 14 June 2024 - Order: home shirt 2025/26, article KUR-H25-001, quotation ZSI-Q-2291"),
         ("table", [["Item", "Entry"],
                    ["Sample sign-off", "Recorded 12 June 2024, report SSR-118 (brand team)"],
                    ["Revised PO", "KUR-24-0417 rev 1 adds line 40: 6,000 pcs, scope production"],
                    ["Quantity released", "6,000 pcs (six thousand)"],
                    ["Size split", "S 600 / M 1,500 / L 1,800 / XL 1,500 / XXL 600"],
                    ["Material authority", "fabric and trims for the 6,000 released pcs"],
                    ["Remaining on hold", "none - this release covers the full production quantity"]]),
         ("p", "Released by: Kirsty Lowe, Merchandise Manager (release authority up to GBP 60,000). "
               "Value of this release: GBP 44,400."),
         ("p", "Please confirm the ex-factory date for the launch (target 19 July 2024)."),
     ], title="PR-KUR-0031", author="Kirsty Lowe"))])

# ---------------------------------------------------------------- clean c21
_c21_text = (
    "Rui,\n\n"
    "STOP on PO NCC-24-0440 with immediate effect.\n\n"
    "Our sponsor has changed their logo (the 'Northshire Building Society' mark is being replaced) and the "
    "scarf artwork is now wrong. Please do not start anything further on this order - that includes the "
    "600 scarves released under release R-01 - until I lift this stop in writing.\n\n"
    "For the avoidance of doubt: the balance of 1,400 scarves remains on hold as before. It will only be "
    "released by me, in writing, after the corrected strike-off has been signed off.\n\n"
    "If any of the 600 are already knitted, please tell me how many and keep them aside; we will discuss "
    "costs. Sorry for this, it is out of our hands.\n\n"
    "Gemma" + sig("Gemma Clarke", "Retail Buyer", "Northshire County Cricket Club", "+44 1604 550 310"))
case("c21_northshire_stop", [],
     "stop notice covering released 600 and the 1,400 balance, lifted only in writing by named buyer; "
     "balance release after corrected strike-off sign-off",
     [("STOP_PO_NCC-24-0440.eml", mail(
         "Gemma Clarke <g.clarke@northshirecricket.co.uk>", "Rui Carvalho <rui.carvalho@texfio.pt>",
         "STOP - PO NCC-24-0440 sponsor logo change", "Thu, 27 Jun 2024 15:02:00 +0100", _c21_text,
         cc="Retail Operations <retail.ops@northshirecricket.co.uk>",
         extra={"Importance": "high"}))])

# ---------------------------------------------------------------- clean c22
case("c22_almenara_chat_fit_only", [],
     "chat: fit OK on the 6 samples 'only fit approval, NOT for production'; 1.500 jackets on hold, no "
     "fabric; named buyer sends written release after marketing sign-off",
     [("Chat WhatsApp con Mehmet Denizli.txt",
       "[04/06/24, 10:11:02] Mehmet Yılmaz: Good morning Lucia, DHL says delivered yesterday 17:40\n"
       "[04/06/24, 10:52:19] Lucía García: Buenos días Mehmet! Yes, samples received \U0001F44C\n"
       "[04/06/24, 10:53:47] Lucía García: Fit is OK on the 6 samples (training jacket, sizes S to XXL). This "
       "is only fit approval, NOT for production\n"
       "[04/06/24, 10:54:30] Lucía García: The 1.500 jackets stay on hold. No fabric buy please\n"
       "[04/06/24, 11:20:05] Mehmet Yılmaz: Ok understood. When can we expect bulk order? Our fabric supplier "
       "needs 3 weeks\n"
       "[04/06/24, 11:31:44] Lucía García: After the kit launch photo shoot on 20/6 our marketing team signs off "
       "the colour. Then I send you the written release with the quantity. Lucía García, compras\n"
       "[04/06/24, 11:32:10] Lucía García: If colour needs a change I tell you the same day\n"
       "[04/06/24, 11:40:58] Mehmet Yılmaz: Tamam, we wait \U0001F64F\n")])

# ---------------------------------------------------------------- clean c23
case("c23_kingsmere_nl_style_guide", [],
     "numbering and lettering style guide full of spec numbers (250 mm, 150 C, Rev 3); order section: 20 "
     "samples only, 6,000 not released, named releaser after PP sign-off",
     [("KUR_Numbering_Lettering_Guide_2025-26.docx", docx_bytes([
         ("h1", "Numbering & Lettering Style Guide 2025/26"),
         ("p", "Kingsmere United FC Retail Ltd - for Zafar Sports Industries (Pvt) Ltd - document KUR-NL-25, Rev 3"),
         ("h", "1. Typeface"),
         ("p", "Font: 'KUFC Block 2025', Rev 3 (supplied as vector outlines; do not substitute). Numbers 0-9 "
               "and letters A-Z, plus apostrophe and hyphen. No accents on the back name; accents allowed "
               "on the 'Legends' range only."),
         ("h", "2. Sizes and positions"),
         ("table", [["Garment size", "Back number height", "Front number height", "Name height",
                     "Name baseline above number"],
                    ["Junior (YS-YXL)", "200 mm", "80 mm", "50 mm", "40 mm"],
                    ["Adult (S-XXL)", "250 mm", "100 mm", "60 mm", "50 mm"],
                    ["Adult (3XL-5XL)", "280 mm", "100 mm", "70 mm", "50 mm"]]),
         ("h", "3. Application"),
         ("p", "Heat transfer, polyurethane with sponsor-safe low-bleed backing. Press 150 C, 12 seconds, "
               "medium pressure, peel cold. Wash test: 40 C x 10 cycles without lifting (spec KUR-QA-12)."),
         ("p", "Colours: home - white numbers with claret outline (PMS 7421 C); away - navy (PMS 289 C)."),
         ("h", "4. Orders"),
         ("p", "This guide is a technical document. It authorizes no quantity."),
         ("p", "The current PO KUR-24-0417 covers 20 sample pieces only (including 3 numbering and lettering "
               "trials). The 6,000 pcs bulk is not released. It will be released only by a written release "
               "from Kirsty Lowe, Merchandise Manager, after the pre-production samples are signed off."),
         ("p", "Player name list for replicas (squad numbers 1-45) follows separately after the transfer "
               "window closes."),
     ], author="Kirsty Lowe"))])

# ---------------------------------------------------------------- clean c24
_c24_forecast = html_page(
    "Hawks 2025 season jersey forecast",
    "<h3>Hyderabad Hawks - 2025 season jersey forecast (for information only)</h3>\n"
    "<p class=\"note\">Forecast only - not an order and not a commitment. Do not plan fabric or "
    "production on these figures.</p>\n"
    "<table>\n<tr><th>Month</th><th>Home jersey</th><th>Away jersey</th><th>Kids jersey</th></tr>\n"
    "<tr><td>Jan</td><td>2,000</td><td>800</td><td>600</td></tr>\n"
    "<tr><td>Feb</td><td>3,000</td><td>1,200</td><td>900</td></tr>\n"
    "<tr><td>Mar</td><td>1,000</td><td>300</td><td>200</td></tr>\n"
    "<tr><th>Total</th><th>6,000</th><th>2,300</th><th>1,700</th></tr>\n</table>\n")
_c24_text = (
    "Dear Faisal bhai,\n\n"
    "PFB our PO HH/24/0391 for 10 sample jerseys (home, 2 per size S to XXL), rate USD 11.00, samples "
    "by DHL before 15th July please.\n\n"
    "The season forecast sheet is attached - it is for information only, not an order and not a "
    "commitment, so please don't plan fabric on it. The bulk (currently expected around 10k in total) is "
    "not released. I will release it in writing, with the quantity, after our franchise brand team signs off "
    "the samples.\n\n"
    "Sublimation file and sponsor logos are in the shared drive folder 'HH_2025_jersey'.\n\n"
    "Thanks & regards,\nArjun Reddy\nSenior Manager - Merchandise\nHyderabad Hawks Sports Pvt. Ltd.\n"
    "+91 90000 41520\n")
case("c24_hawks_po_with_forecast", [],
     "sample PO for 10 jerseys with attached HTML forecast labelled information only; bulk ~10k not "
     "released, named buyer releases in writing after brand sign-off",
     [("PO_HH-24-0391_samples.eml", mail(
         "Arjun Reddy <arjun.reddy@hyderabadhawks.in>", "Faisal Iqbal <faisal@alnoorgg.pk>",
         "PO HH/24/0391 - sample jerseys + season forecast (info)", "Mon, 24 Jun 2024 18:05:00 +0530",
         _c24_text, attachments=[("HH_2025_forecast.html", _c24_forecast, "text/html")]))])

# ---------------------------------------------------------------- clean c25
case("c25_redmesa_calloff_mugs", [],
     "ERP call-off 07 releases 600 mugs; blanket 3,000, released to date 1,800, balance 1,200 not "
     "released; next call-off by named purchasing manager after sell-through report",
     [("RMU_CALLOFF_07.txt",
       "RED MESA UNIVERSITY TEAM SHOP                                     CALL-OFF (RELEASE) NO. 07\n"
       "400 CANYON BLVD, RED MESA AZ 85000 USA                            DATE 2024-08-05\n"
       "SUPPLIER: DONGGUAN YISHENG SOUVENIR CO., LTD. (V-1187)\n"
       "BLANKET ORDER: RMU-2024-09        ITEM: RMU-MUG-11  11 OZ ENAMEL CAMP MUG, MAROON, LOGO FRONT\n"
       "------------------------------------------------------------------------------------------\n"
       "BLANKET QTY        3,000 EA\n"
       "RELEASED BEFORE    1,200 EA  (CALL-OFFS 01-06)\n"
       "THIS CALL-OFF        600 EA  <-- RELEASED FOR PRODUCTION NOW\n"
       "RELEASED TO DATE   1,800 EA\n"
       "BALANCE            1,200 EA  NOT RELEASED\n"
       "------------------------------------------------------------------------------------------\n"
       "SHIP: FOB SHENZHEN, ETD 2024-09-20, CONSOLIDATE WITH CALL-OFF 06 IF POSSIBLE\n"
       "MATERIAL AUTHORITY: RELEASED QUANTITY ONLY (600 EA THIS CALL-OFF)\n"
       "NEXT CALL-OFF: WILL BE ISSUED IN WRITING BY BEN CARTER, PURCHASING MANAGER, AFTER THE\n"
       "               FALL SELL-THROUGH REPORT (MID-OCTOBER).\n"
       "PACKING: INDIVIDUAL WHITE BOX, 48 EA/CTN, UPC ON EACH BOX (UPC 0 84211 30211 7)\n"
       "------------------------------------------------------------------------------------------\n"
       "ERP: ORACLE R12 PO_RELEASE  PRINTED BY BCARTER 2024-08-05 09:41\n")])

# ---------------------------------------------------------------- p17 RG008
case("p17_coralcoast_po_committed_forecast", ["RG008"],
     "sample PO (12 caps, 8,000 not released, named releaser after sign-off) also states the 8,000 "
     "forecast is a firm commitment to be treated as a confirmed order",
     [("PO_CCC-1215.pdf", pdf([
         ("h1", "PURCHASE ORDER CCC-1215"),
         ("p", "Coral Coast Cricket Ltd - Merchandise - 14 Esplanade, Glenelg SA 5045, Australia"),
         ("p", "Supplier: Ningbo Topcap Headwear Co., Ltd., Ningbo, China - Attn. Kevin Zhao"),
         ("p", "Date: 2 April 2024 - Contact: Priya Nair, Merchandise Lead"),
         ("table", [["Line", "Style", "Description", "Qty", "Unit price", "Scope"],
                    ["1", "CCC-CAP-25", "Trucker cap, teal/white, foam front, 'Coastal' patch", "6",
                     "USD 9.00", "Sample"],
                    ["2", "CCC-CAP-25K", "Kids trucker cap, teal/white", "6", "USD 9.00", "Sample"]]),
         ("h", "Scope"),
         ("p", "Only the 12 sample caps above are authorized. The 8,000 caps for the 2024/25 summer are not "
               "released for production. They will be released only by a written release from Priya "
               "Nair after our team signs off the samples."),
         ("h", "Season volume"),
         ("p", "Our forecast of 8,000 pcs for the 2024/25 summer is a firm commitment by Coral Coast Cricket. "
               "Please treat it as a confirmed order and book your capacity accordingly."),
         ("p", "Delivery of samples: by courier to Glenelg by 26 April 2024."),
     ], title="PO CCC-1215", author="Priya Nair"))])

# ---------------------------------------------------------------- p18 RG008
_p18_text = (
    "Dear Kirsty,\n\n"
    "Thank you for your valued order of 12,000 pcs polo shirts as per your 2025 forecast. We have booked line "
    "capacity from week 34 on our line 7 and will send our order confirmation OC-MKC-2211 shortly.\n\n"
    "The 30 SMS polos are in finishing and will be dispatched on Thursday by DHL.\n\n"
    "Best regards,\nShafiqul Islam\nMerchandising Manager\nMeghna Knit Composite Ltd, Gazipur\n\n"
    "From: Kirsty Lowe <kirsty.lowe@kingsmereunited-retail.co.uk>\n"
    "Sent: 10 June 2024 14:02\n"
    "Subject: KUR polos - SMS PO and 2025 forecast\n\n"
    "> Hi Shafiq,\n"
    "> Attached our 2025 replenishment forecast for info - this is a forecast only, not an order.\n"
    "> Current PO KUR-24-0470 covers the 30 SMS polos. Polo bulk is not released until I send a written "
    "release after our brand team signs off the SMS.\n"
    "> Thanks, Kirsty Lowe, Merchandise Manager\n")
case("p18_meghna_thanks_for_order", ["RG008"],
     "supplier thanks buyer for 'your valued order of 12,000 pcs as per your forecast' and books capacity; "
     "quoted buyer mail labelled it forecast only and scoped PO to 30 SMS with named releaser",
     [("RE_KUR_polos_SMS.eml", mail(
         "Shafiqul Islam <shafiq@meghnaknit.com.bd>", "Kirsty Lowe <kirsty.lowe@kingsmereunited-retail.co.uk>",
         "RE: KUR polos - SMS PO and 2025 forecast", "Tue, 11 Jun 2024 11:19:00 +0600", _p18_text,
         in_reply_to="<KUR0470.0610@kingsmereunited-retail.co.uk>"))])

# ---------------------------------------------------------------- p19 RG008
case("p19_almenara_chat_consider_ordered", ["RG008"],
     "buyer scopes PO to 10 samples with her written release; then 'Next season we'll take 5.000 for sure, "
     "consider it ordered, book it in' - a forecast written as an order",
     [("WhatsApp Chat - Rui Texfio.txt",
       "[15/04/24, 09:03:11] Lucía García: Bom dia Rui! PO 2024-131 sent by email\n"
       "[15/04/24, 09:04:02] Lucía García: It is for 10 sample scarves (5 claret/white, 5 black/gold). "
       "Production is not released until I send the written release after the socios committee signs off "
       "the samples\n"
       "[15/04/24, 09:30:40] Rui Carvalho: Perfeito Lucía, 10 pcs samples. Ready in 3 weeks\n"
       "[15/04/24, 09:31:15] Rui Carvalho: For our planning, how many do you think for next season? Our "
       "knitting plan for September is filling up quickly\n"
       "[15/04/24, 09:45:52] Lucía García: Next season we'll take 5.000 for sure, consider it ordered \U0001F609 "
       "book it in\n"
       "[15/04/24, 09:46:30] Rui Carvalho: Great! I book 5.000 in the September knitting plan then\n"
       "[15/04/24, 09:47:01] Lucía García: \U0001F44D\n")])

# ---------------------------------------------------------------- p20 RG008
case("p20_ashbourne_schedule_fcst_firm", ["RG008"],
     "ERP delivery schedule: only wk28 600 released, later weeks by next call-off from named head; but the "
     "forecast weeks (3,000) are declared a firm commitment",
     [("SCHED_AR-SA-0042_CO14.txt",
       "ASHBOURNE ROVERS FC TRADING LTD           DELIVERY SCHEDULE / CALL-OFF            NO. 14\n"
       "SUPPLIER 30881 MALHAS CAVADO LDA, BARCELOS PT        ISSUED 10-JUN-2024   BUYER C.MARTIN\n"
       "SCHEDULE AGREEMENT AR-SA-0042\n"
       "ARTICLE  ARF-BN-25   BOBBLE BEANIE 25/26 NAVY/SKY, ACRYLIC, WOVEN CREST LABEL\n"
       "------------------------------------------------------------------------------------\n"
       "WEEK   DELIVERY DATE      QTY   STATUS     REMARK\n"
       "WK28   08-JUL-2024        600   RELEASED   PRODUCTION RELEASE BY THIS CALL-OFF\n"
       "WK32   05-AUG-2024        900   FCST\n"
       "WK36   02-SEP-2024        900   FCST\n"
       "WK40   30-SEP-2024      1,200   FCST\n"
       "------------------------------------------------------------------------------------\n"
       "TOTAL                   3,600\n"
       "\n"
       "NOTES\n"
       "1. ONLY WK28 (600 PCS) IS RELEASED FOR PRODUCTION BY THIS CALL-OFF.\n"
       "2. FORECAST WEEKS ARE RELEASED ONLY BY A LATER CALL-OFF ISSUED IN WRITING BY\n"
       "   D. ASHWORTH, HEAD OF RETAIL.\n"
       "3. FORECAST QUANTITIES WK32-WK40 (3,000 PCS) ARE A FIRM COMMITMENT OF ASHBOURNE\n"
       "   ROVERS FC TRADING LTD. PLAN CAPACITY ON THIS BASIS.\n"
       "4. MATERIAL AUTHORITY: RELEASED QUANTITY ONLY.\n"
       "5. ASN REQUIRED 48H BEFORE DESPATCH. LABELS PER AR-PK-03 REV 2.\n"
       "------------------------------------------------------------------------------------\n"
       "SAP ECC  ME38  FORM ZLPET  PRINTED 10-JUN-2024 08:02 CMARTIN\n")])

# ---------------------------------------------------------------- p32 RG006 RG008
_p32_text = (
    "Dear Tom,\n\n"
    "Greetings from Karnaphuli!\n\n"
    "Against your committed forecast of 40,000 pcs tees for FY25, we have booked 4 tonnes of 30/1 combed "
    "cotton yarn with our spinner to secure the price before the next cotton increase. Booking confirmation "
    "is attached for your kind reference.\n\n"
    "The size set of 8 pcs is ready and will be dispatched tomorrow by DHL, AWB to follow.\n\n"
    "Best regards,\nRahim Uddin\nMerchandiser\nKarnaphuli Apparels Ltd., Chattogram EPZ\n\n"
    "On 14/06/2024 16:40, Tom Becker wrote:\n"
    "> Hi Rahim,\n"
    "> PO LCS-24-3350 covers the 8-pc size set only. The FY25 forecast I sent last week is for planning "
    "only, it is not an order. Production is released only by my written release after the size set is "
    "signed off.\n"
    "> Tom Becker, Apparel Buyer, Lakeshore College Campus Store\n")
_p32_booking = (
    "CHATTOGRAM SPINNING MILLS LTD.            YARN BOOKING CONFIRMATION  BC-24-0772\n"
    "Customer : Karnaphuli Apparels Ltd., CEPZ\n"
    "Date     : 17-06-2024\n"
    "Count    : 30/1 Ne combed ring spun, 100% cotton, knitting\n"
    "Quantity : 4,000 kg (4 tonnes)\n"
    "Rate     : USD 3.42 / kg, FCA mill\n"
    "Delivery : 2 lots - 2,000 kg wk 28, 2,000 kg wk 30\n"
    "Cust ref : LAKESHORE FY25 TEE PROGRAMME (40,000 PCS)\n"
    "Booking is non-cancellable after 5 working days.\n")
case("p32_karnaphuli_yarn_on_forecast", ["RG006", "RG008"],
     "supplier books 4 t yarn 'against your committed forecast of 40,000' while only the 8-pc size set is "
     "authorized; quoted buyer mail says forecast is not an order and names his written release",
     [("Karnaphuli_update_Lakeshore_FY25.eml", mail(
         "Rahim Uddin <rahim@karnaphuli-apparels.com>", "Tom Becker <tbecker@lakeshorecollege-store.edu>",
         "Yarn booking - Lakeshore FY25 tees / size set dispatch", "Mon, 17 Jun 2024 13:25:00 +0600",
         _p32_text, in_reply_to="<LCS3350.0614@lakeshorecollege-store.edu>",
         attachments=[("BC-24-0772.txt", _p32_booking, "text/plain")]))])

# ---------------------------------------------------------------- p22 RG009
_p22_po = (
    "WEXCOMBE TOWN FC RETAIL LTD                PURCHASE ORDER WTF-0688\n"
    "DATE 20-MAY-2024   SUPPLIER MALHAS CAVADO LDA (BARCELOS)   BUYER T. AVERILL\n"
    "LINE 1  WTF-SC-2526  JACQUARD SCARF 25/26 STRIKE-OFF  20 PCS  EUR 6,50  SAMPLE\n"
    "NOTE: THIS PO COVERS THE 20 STRIKE-OFF SCARVES ONLY. BULK 2,400 PCS IS NOT RELEASED.\n"
    "      BULK IS RELEASED ONLY BY A WRITTEN RELEASE FROM T. AVERILL, HEAD OF RETAIL,\n"
    "      AFTER THE STRIKE-OFFS ARE SIGNED OFF.\n")
_p22_text = (
    "Hi Ana,\n\n"
    "Good news on all fronts: the strike-off scarves are approved, the PO has been approved by our finance "
    "director, and you should have approval for the bulk by the end of next week, once I've signed the "
    "release form.\n\n"
    "PO copy attached again for your file. The claret on the strike-off is spot on - please keep the same "
    "yarn lot if you can.\n\n"
    "Best,\nTom" + sig("Tom Averill", "Head of Retail", "Wexcombe Town FC Retail Ltd", "+44 1392 550 118"))
case("p22_wexcombe_approved_three_ways", ["RG009"],
     "'approved' used for the strike-offs (technical), the PO (finance/commercial) and 'approval for the "
     "bulk' (production); scope in attached PO text is complete",
     [("Strike-offs_WTF-0688.eml", mail(
         "Tom Averill <tom.averill@wexcombetownfc.co.uk>", "Ana Sousa <ana.sousa@malhascavado.pt>",
         "Strike-offs / PO WTF-0688", "Fri, 31 May 2024 16:50:00 +0100", _p22_text,
         attachments=[("PO_WTF-0688.txt", _p22_po, "text/plain")]))])

# ---------------------------------------------------------------- p23 RG009
case("p23_bayview_techpack_approval_log", ["RG009"],
     "tech pack 'Approval log' uses approval for fit (technical), costing/PO value (commercial) and bulk "
     "production; scope note (24 SMS, 3,600 on hold, named buyer) complete",
     [("TechPack_BSU-QZ-25_v3.docx", docx_bytes([
         ("h1", "Tech Pack BSU-QZ-25 v3 - Quarter-zip pullover"),
         ("p", "Bayview State University Stores - supplier: Denizli Örme Sanayi ve Ticaret A.Ş."),
         ("h", "Construction"),
         ("p", "Body: 95% polyester / 5% elastane brushed back, 260 gsm. Zip: YKK #5 coil, 18 cm, "
               "autolock, navy. Embroidery: left chest 'BAYVIEW' wordmark 7.5 cm wide, 6,800 stitches."),
         ("table", [["Point of measure", "S", "M", "L", "XL", "XXL", "Tol."],
                    ["1/2 chest", "52", "55", "58", "61", "64", "1"],
                    ["Body length HPS", "68", "70", "72", "74", "76", "1.5"],
                    ["Sleeve length", "62", "63", "64", "65", "66", "1"]]),
         ("h", "Approval log"),
         ("table", [["Approval", "Subject", "Status", "By", "Date"],
                    ["Approval 1", "Fit (proto, size M)", "Approved", "Megan Price", "12 Apr 2024"],
                    ["Approval 2", "Costing / PO value", "Approved", "Finance (R. Lopez)", "19 Apr 2024"],
                    ["Approval 3", "Bulk production", "Pending", "Megan Price", "-"]]),
         ("p", "Only the 24 SMS units on PO BSU-24-0930 are authorized. Bulk (3,600 units) stays on hold "
               "until Approval 3 is given by Megan Price after the licensing sign-off."),
     ], author="Megan Price"))])


# =================================================================== BATCH 4
# ---------------------------------------------------------------- p24 RG009
case("p24_northpoint_release_word", ["RG009"],
     "licensing portal uses 'release/released' for artwork files, for the brand decision on the PP sample "
     "and for production release; order note (20 samples, 6,000 on hold, named releaser) complete",
     [("Northpoint_submission_PA-24-12040.html", html_page(
         "Northpoint Brand Licensing - Submission PA-24-12040",
         "<h2>Northpoint Brand Licensing &middot; Product Approval Portal</h2>\n"
         "<p>Submission <b>PA-24-12040</b> &middot; Property: Kingsmere United FC &middot; Licensee: Kingsmere "
         "United FC Retail Ltd &middot; Factory: Zafar Sports Industries (Pvt) Ltd, Sialkot</p>\n"
         "<p>Product: Home shirt 2025/26 replica, adult and junior</p>\n"
         "<table>\n<tr><th>Stage</th><th>Status</th><th>Date</th><th>Comment</th></tr>\n"
         "<tr><td>Artwork release</td><td>RELEASED</td><td>03 May 2024</td><td>Licensor released crest and "
         "sponsor artwork files v2025-1 to the factory</td></tr>\n"
         "<tr><td>Product submission (PP sample)</td><td>RELEASED</td><td>28 May 2024</td><td>Release granted "
         "on brand standards; sleeve badge position OK</td></tr>\n"
         "<tr><td>Production release</td><td>PENDING</td><td>-</td><td>Issued by the licensee</td></tr>\n"
         "</table>\n"
         "<div class=\"note\"><p>Licensee order note: PO KUR-24-0417 covers 20 sample pieces only. The 6,000 "
         "pcs bulk remains on hold. Production release is given only by the licensee in writing - Kirsty "
         "Lowe, Merchandise Manager - after the club's PP sample sign-off.</p></div>\n"
         "<p>Royalty rate 12% of FOB, reported quarterly. Hologram labels: order HL-24-0455.</p>"))])

# ---------------------------------------------------------------- p26 RG009
case("p26_konkan_chat_approvals", ["RG009"],
     "chat: 'Sample approved' (quality), 'Finance approval also done' (PO value), 'Production approval I "
     "will give after Diwali stock review' - one word for three things; scope otherwise complete",
     [("WhatsApp Chat with Usman SLB.txt",
       "21/10/24, 3:12 pm - Usman Ghani (SLB): Salam sir, samples 12 pcs balls reached? any approval?\n"
       "21/10/24, 3:40 pm - Rohan Desai: Yes received on Saturday\n"
       "21/10/24, 3:41 pm - Rohan Desai: Sample approved \u2705 for quality, seam and weight all fine\n"
       "21/10/24, 3:41 pm - Rohan Desai: Finance approval also done for the PO value\n"
       "21/10/24, 3:43 pm - Rohan Desai: Production approval I will give after Diwali stock review, till then "
       "the 2,500 balls are on hold. Only the 12 sample balls under PO KK/PUR/24-25/0203 for now\n"
       "21/10/24, 3:50 pm - Usman Ghani (SLB): Ok sir noted, waiting your production approval\n"
       "21/10/24, 3:51 pm - Usman Ghani (SLB): Sir for foil colour gold or silver for bulk?\n"
       "21/10/24, 4:05 pm - Rohan Desai: Gold, same as sample\n")])

# ---------------------------------------------------------------- p41 RG007 RG009
_p41_text = (
    "Dear David,\n\n"
    "Thank you for your PO AR-PO-7790, well received.\n\n"
    "As per our standard conditions of sale, sample approval = production approval. So when you send "
    "your comments on the 6 PP samples we will start the 1.200 pcs windbreakers without further paper, to "
    "keep your drop date of 15 September.\n\n"
    "PP samples will be ready on 24 June, by UPS.\n\n"
    "Best regards,\nBurak Demir\nExport Manager\nMarmara Spor Giyim A.Ş. | Esenyurt, İstanbul\n\n"
    "From: David Ashworth <d.ashworth@ashbournerovers.co.uk>\n"
    "Sent: Tuesday, June 11, 2024 4:05 PM\n"
    "Subject: PO AR-PO-7790 windbreaker PP samples\n\n"
    "> Burak,\n"
    "> PO AR-PO-7790 is for 6 PP samples only. The 1,200 windbreakers are not released. I will release them "
    "in writing after the PP samples are signed off.\n"
    "> David Ashworth, Head of Retail, Ashbourne Rovers FC Trading Ltd\n")
case("p41_marmara_sample_equals_production", ["RG007", "RG009"],
     "supplier: 'sample approval = production approval', will start 1.200 after sample comments without "
     "further paper; quoted buyer scope (6 PP samples, written release by named head) complete",
     [("RE_PO_AR-PO-7790.eml", mail(
         "Burak Demir <burak.demir@marmaraspor.com.tr>", "David Ashworth <d.ashworth@ashbournerovers.co.uk>",
         "RE: PO AR-PO-7790 windbreaker PP samples", "Wed, 12 Jun 2024 10:18:00 +0300", _p41_text,
         in_reply_to="<ARPO7790.0611@ashbournerovers.co.uk>"))])

# ---------------------------------------------------------------- p27 RG006
_p27_text = (
    "Dear Arjun Sahib,\n\n"
    "Greetings from Sialkot.\n\n"
    "Kindly note the 24 sample balls are in stitching and will be dispatched by DHL on 14th. To save the "
    "time for your launch we have already purchased the PU synthetic leather and latex bladders for the "
    "complete 5,000 balls; material is in our store.\n\n"
    "Kindly arrange the samples sign-off at your earliest.\n\n"
    "With best regards,\nBilal Ahmed\nExport Manager\nCrescent Ball Works (Pvt.) Ltd., Sialkot\n\n"
    "On Thu, 2 May 2024, Arjun Reddy <arjun.reddy@hyderabadhawks.in> wrote:\n"
    "> Dear Bilal,\n"
    "> PO HH/24/0415 is for 24 sample balls. The 5,000 production balls are not released; I will release "
    "them in writing after our team signs off the samples.\n"
    "> No bulk material please - material authority is sample-only.\n"
    "> Regards, Arjun Reddy, Senior Manager - Merchandise, Hyderabad Hawks\n")
case("p27_crescent_bought_leather", ["RG006"],
     "supplier has bought PU leather and bladders for the complete 5,000 balls while only 24 samples are "
     "authorized and material authority is sample-only (quoted buyer scope complete)",
     [("RE_PO_HH-24-0415_samples.eml", mail(
         "Bilal Ahmed <bilal@crescentballworks.pk>", "Arjun Reddy <arjun.reddy@hyderabadhawks.in>",
         "RE: PO HH/24/0415 sample balls", "Wed, 08 May 2024 12:40:00 +0500", _p27_text,
         in_reply_to="<HH240415.0502@hyderabadhawks.in>"))])

# ---------------------------------------------------------------- p28 RG006
_p28_po = pdf([
    ("h1", "Purchase Order NCC-24-0481"),
    ("p", "Northshire County Cricket Club Retail - The Pavilion Shop, County Ground, Northshire NS1 4CC"),
    ("p", "Supplier: Texfio Guimarães, S.A., Guimarães, Portugal. Date: 8 July 2024. Buyer: Gemma Clarke."),
    ("table", [["Line", "Article", "Description", "Qty", "Unit price", "Scope"],
               ["1", "NCC-SC-MER", "Merino bar scarf, crest jacquard, navy/gold", "20", "EUR 9,40", "Sample"]]),
    ("p", "This PO covers the 20 sample scarves only. The 3,000 production scarves are not released. They "
          "will be released only by a written release from Gemma Clarke after the members' committee has "
          "signed off the samples."),
    ("p", "Deliver samples DAP Northshire by 9 August 2024."),
], title="PO NCC-24-0481", author="Gemma Clarke")
_p28_text = (
    "Hi Rui,\n\n"
    "PO NCC-24-0481 attached: 20 sample scarves only - the 3,000 are not released until I send a written "
    "release once the committee signs off the samples.\n\n"
    "That said, I know the merino yarn lead time is crazy at the moment, so you might want to get the yarn "
    "in for the full 3,000 now so we're not caught out in October.\n\n"
    "Let me know when the samples are on the knitting machine.\n\n"
    "Gemma" + sig("Gemma Clarke", "Retail Buyer", "Northshire County Cricket Club", "+44 1604 550 310"))
case("p28_northshire_get_yarn_in", ["RG006"],
     "buyer scopes PO to 20 samples with named release, then suggests the supplier gets yarn in for the "
     "full 3,000 without any explicit material authority or liability",
     [("PO_NCC-24-0481_merino.eml", mail(
         "Gemma Clarke <g.clarke@northshirecricket.co.uk>", "Rui Carvalho <rui.carvalho@texfio.pt>",
         "PO NCC-24-0481 - merino scarf samples", "Mon, 08 Jul 2024 12:10:00 +0100", _p28_text,
         html="<html><body><p>Hi Rui,</p><p>PO NCC-24-0481 attached: 20 sample scarves only - the 3,000 are "
              "not released until I send a written release once the committee signs off the samples.</p>"
              "<p>That said, I know the merino yarn lead time is crazy at the moment, so you might want to "
              "get the yarn in for the full 3,000 now so we're not caught out in October.</p><p>Let me know "
              "when the samples are on the knitting machine.</p><p>Gemma</p></body></html>",
         attachments=[("PO_NCC-24-0481.pdf", _p28_po, PDF_MT)]))])

# ---------------------------------------------------------------- p31 RG006 RG007
case("p31_bursa_chat_fabric_dyed", ["RG006", "RG007"],
     "supplier: fabric for all 1.800 towels already dyed and 'once you approve sample we go straight to "
     "cutting'; buyer's earlier chat scope (12 samples, her written release after board sign-off) complete",
     [("WhatsApp Chat - Emre Bursa Havlu.txt",
       "[02/05/24, 08:41:09] Marta Ruiz: Hola Emre, PO CB-2024-140 is in your inbox\n"
       "[02/05/24, 08:42:30] Marta Ruiz: 12 sample towels only. The 1.800 are NOT released. Release comes in "
       "writing from me after our board signs off the samples\n"
       "[02/05/24, 09:15:12] Emre Kaya: Noted Marta hanım, 12 pcs samples\n"
       "[16/05/24, 17:02:45] Emre Kaya: Marta hanım good news, samples ship tomorrow with TNT\n"
       "[16/05/24, 17:03:20] Emre Kaya: And fabric for all 1.800 towels is dyed already \U0001F44D same lot as "
       "samples so colour is perfect\n"
       "[16/05/24, 17:03:58] Emre Kaya: Once you approve sample we go straight to cutting, no waiting, so you "
       "have towels in June\n"
       "[16/05/24, 17:30:11] Marta Ruiz: Ok, I will look at the samples with the board next week\n")])

# ---------------------------------------------------------------- p33 RG006
case("p33_kingsmere_kickoff_minutes", ["RG006"],
     "minutes: scope complete (25 SMS, 2,475 not released, named releaser after PP sign-off) but action "
     "item has supplier pre-buy zips and trims for the full 2,500 jackets; liability not discussed",
     [("Minutes_kickoff_KUR-24-0499.docx", docx_bytes([
         ("h1", "Kick-off meeting - anthem jacket 2025/26"),
         ("p", "Date: 29 May 2024, Teams call. Attendees: Kirsty Lowe, Sam Patel (Kingsmere United FC Retail); "
               "Imran Zafar, Nadeem Akhtar (Zafar Sports Industries)."),
         ("h", "1. Scope"),
         ("p", "PO KUR-24-0499 covers 25 SMS jackets. The balance of 2,475 pcs of the 2,500 quoted is not "
               "released. Release will be a written release by Kirsty Lowe after the PP sample sign-off."),
         ("h", "2. Timeline"),
         ("p", "SMS ex-factory 21 June. PP sample 12 July. Kit launch 16 August; stores want stock by 9 August."),
         ("h", "3. Action items"),
         ("table", [["#", "Action", "Owner", "Due"],
                    ["1", "Send final sponsor artwork (Pantone 2766 C) and woven label file", "Sam Patel", "31 May"],
                    ["2", "Pre-buy YKK #5 zips, drawcord and trims for the full 2,500 jackets to protect the "
                     "launch date", "Nadeem Akhtar (Zafar)", "10 June"],
                    ["3", "Book PP sample review slot with brand team", "Kirsty Lowe", "14 June"],
                    ["4", "Confirm sea vs air freight cost for launch quantity", "Imran Zafar", "14 June"]]),
         ("p", "Liability for the pre-bought zips and trims: not discussed."),
         ("h", "4. AOB"),
         ("p", "Zafar to share the social audit renewal (expires September). Next call 12 June."),
     ], author="Sam Patel"))])

# ---------------------------------------------------------------- p34 RG006 (multi-file)
_p34_co = pdf([
    ("h1", "CALL-OFF CO-03 - Blanket order RMU-BPO-12"),
    ("p", "Red Mesa University Team Shop - 400 Canyon Blvd, Red Mesa, AZ - Purchasing"),
    ("p", "Supplier: Meghna Knit Composite Ltd, Gazipur, Bangladesh. Date: 3 June 2024."),
    ("table", [["Item", "Blanket qty", "Released before", "This call-off", "Released to date", "Balance"],
               ["RMU-TE-100 tri-blend tee, maroon", "6,000", "1,000", "500", "1,500", "4,500"]]),
    ("p", "This call-off releases 500 tees for production. The balance of 4,500 is not released; the next "
          "call-off will be issued in writing by Ben Carter, Purchasing Manager, after the August "
          "sell-through review."),
    ("p", "Material authority: staged up to 2,000 tees' worth of fabric (the 1,500 released to date plus "
          "500 ahead) at buyer liability. Fabric beyond that is at the supplier's own risk."),
    ("p", "Ben Carter, Purchasing Manager"),
], title="CO-03 RMU-BPO-12", author="Ben Carter")
_p34_status = mail(
    "Shafiqul Islam <shafiq@meghnaknit.com.bd>", "Ben Carter <bcarter@redmesa-teamshop.edu>",
    "Weekly status wk24 - RMU-BPO-12 tri-blend tees", "Fri, 14 Jun 2024 18:30:00 +0600",
    "Dear Ben,\n\nPlease find our weekly status for wk24:\n\n"
    "1. Call-off CO-03 (500 pcs): cutting finished, sewing starts Monday, ex-factory 5 July.\n"
    "2. Fabric: knitted and dyed for 4,000 pcs in one dye lot, to keep the maroon shade uniform across the "
    "coming call-offs. Fabric is in our store.\n"
    "3. Printing: screens made, strike-off approved by your QA on 10 June.\n"
    "4. Shipment: CO-02 sailed on 11 June, ETA LA 18 July.\n\n"
    "Best regards,\nShafiqul Islam\nMerchandising Manager, Meghna Knit Composite Ltd\n")
case("p34_redmesa_calloff_and_status", ["RG006"],
     "two files: call-off with staged fabric authority up to 2,000 tees; supplier's weekly status says fabric "
     "dyed for 4,000 pcs - beyond the explicit material authority",
     [("CO-03_RMU-BPO-12.pdf", _p34_co), ("status_wk24.eml", _p34_status)])

# ---------------------------------------------------------------- p35 RG007
_p35_text = (
    "Dear Tom,\n\n"
    "The 20 PP scarves left today by UPS, tracking 1Z 7W4 118 04 5521 9087.\n\n"
    "As usual, once your team approves the PP sample we roll directly into the 2.000 pcs bulk, so we keep "
    "the kit launch date of 2 August.\n\n"
    "Cumprimentos,\nAna Sousa\nDepartamento Comercial\nMalhas Cávado, Lda.\n\n"
    "De: Tom Averill <tom.averill@wexcombetownfc.co.uk>\n"
    "Enviada: 10 de junho de 2024 11:20\n"
    "Assunto: PO WTF-0701 PP scarves\n\n"
    "> Hi Ana,\n"
    "> PO WTF-0701 covers 20 PP samples only. The 2,000 bulk scarves are not released. I'll send a written "
    "release after brand sign-off of the PP samples.\n"
    "> Tom Averill, Head of Retail\n")
case("p35_malhas_roll_into_bulk", ["RG007"],
     "supplier: 'once your team approves the PP sample we roll directly into the 2.000 pcs bulk'; quoted "
     "buyer scope (20 PP, 2,000 not released, his written release after brand sign-off) complete",
     [("RE_PO_WTF-0701_PP.eml", mail(
         "Ana Sousa <ana.sousa@malhascavado.pt>", "Tom Averill <tom.averill@wexcombetownfc.co.uk>",
         "RE: PO WTF-0701 PP scarves", "Wed, 19 Jun 2024 17:44:00 +0100", _p35_text,
         in_reply_to="<WTF0701.0610@wexcombetownfc.co.uk>"))])

# ---------------------------------------------------------------- p36 RG005 RG007
case("p36_hawks_po_straight_into_bulk", ["RG005", "RG007"],
     "PO: 24 SMS jerseys; bulk 4,800 'to follow once samples are approved' and supplier may continue "
     "straight into bulk without further notice - implied auto-conversion; nobody named who releases",
     [("PO_HH-24-0420.pdf", pdf([
         ("h1", "PURCHASE ORDER HH/24/0420"),
         ("p", "Hyderabad Hawks Sports Pvt. Ltd. - Plot 42, Shamshabad, Hyderabad 501218 - GSTIN 36AAFCH2210K1Z4"),
         ("p", "Vendor: Al-Noor Gloves & Garments, Sialkot, Pakistan - vendor code V-0588 - Date: 08-07-2024"),
         ("table", [["Sr.", "Item", "Description", "Size", "Qty", "Rate (USD)", "Amount (USD)"],
                    ["1", "HH-JER-25H", "Home jersey 2025, sublimated, SMS", "M", "12", "10.50", "126.00"],
                    ["2", "HH-JER-25H", "Home jersey 2025, sublimated, SMS", "L", "12", "10.50", "126.00"]]),
         ("p", "Bulk 4,800 pcs: to follow once samples are approved. After sample approval the supplier may "
               "continue straight into bulk without further notice, so that goods reach Hyderabad before "
               "the first home match."),
         ("p", "Sponsor logos: as per artwork HH-ART-25 v5. Sublimation inks must be OEKO-TEX certified."),
         ("p", "Delivery of SMS: air courier, within 18 days. Payment: 45 days from delivery."),
         ("p", "For Hyderabad Hawks Sports Pvt. Ltd. - Authorised Signatory, Purchase Department"),
     ], title="PO HH/24/0420", author="Purchase Department"))])

# ---------------------------------------------------------------- p37 RG007
case("p37_wpca_chat_yes_perfect", ["RG007"],
     "buyer required his written release for the 2,000 sets, then agrees in chat to the supplier starting "
     "2,000 straight away once he OKs the sample - buyer contradicting own written-release requirement",
     [("WhatsApp Chat - Faisal Al-Noor.txt",
       "03/06/24, 9:10 am - Liam O'Brien: Hi Faisal, PO WPCA-24-150 sent. It's the size set only: 6 shirts + "
       "6 pants, 12 pcs\n"
       "03/06/24, 9:11 am - Liam O'Brien: The 2,000 sets are NOT released. They need my written release after "
       "the players' fit session signs off the size set\n"
       "03/06/24, 9:40 am - Faisal Iqbal: Ok bhai noted, size set 12 pcs\n"
       "24/06/24, 2:05 pm - Faisal Iqbal: Size set dispatched DHL 4417 2290 118\n"
       "24/06/24, 2:07 pm - Faisal Iqbal: Bhai once you ok the sample we start 2000 straight away na, fabric "
       "booking takes time otherwise and your season start is close\n"
       "24/06/24, 5:32 pm - Liam O'Brien: Yes perfect \U0001F44D saves us a week\n"
       "24/06/24, 5:33 pm - Faisal Iqbal: \U0001F44D\U0001F44D\n")])

# ---------------------------------------------------------------- p39 RG007
_p39_text = (
    "Hi Rahim,\n\n"
    "PO LCS-24-3372 covers the 8-piece size set of the vintage crewneck only. The 3,000 crews are on hold; "
    "formally they're released by a written release from me after our licensing office signs off the size "
    "set.\n\n"
    "Honestly though, to save time: once you hear from us that the size set passed, you can go ahead and run "
    "the 3,000 - no need to wait for a separate release. We're really tight for the alumni weekend.\n\n"
    "Colours: oatmeal and forest, garment dyed, as per the lab dips you sent on May 30.\n\n"
    "Thanks,\nDana" + sig("Dana Morris", "Senior Buyer, Apparel", "Lakeshore College Campus Store",
                          "+1 269 555 0190"))
case("p39_lakeshore_no_need_to_wait", ["RG007"],
     "buyer states written release required, then says once the size set passed the supplier can run the "
     "3,000 without waiting for a release - implied auto-conversion with no recorded agreement",
     [("PO_LCS-24-3372_crewneck.eml", mail(
         "Dana Morris <dmorris@lakeshorecollege-store.edu>", "Rahim Uddin <rahim@karnaphuli-apparels.com>",
         "PO LCS-24-3372 - crewneck size set", "Mon, 03 Jun 2024 15:22:00 -0400", _p39_text))])

# ---------------------------------------------------------------- p40 RG007
case("p40_yisheng_tracker_autostart", ["RG007"],
     "supplier order tracker is set to auto-start bulk 6,000 pins when the customer approves samples; the "
     "copied customer PO remark (30 samples, written release by named buyer) is complete",
     [("Yisheng_order_tracker_YS-24-0655.html", html_page(
         "Yisheng Order Tracker - YS-24-0655",
         "<h2>Dongguan Yisheng Souvenir Co., Ltd. &middot; Customer Order Tracker</h2>\n"
         "<p>Order <b>YS-24-0655</b> &middot; Customer: Red Mesa University Team Shop &middot; Customer PO: "
         "RMU-24-0712 &middot; Sales: Lily Wu</p>\n"
         "<table>\n<tr><th>Step</th><th>Status</th><th>Date</th></tr>\n"
         "<tr><td>Artwork / mould</td><td>Done (3 moulds)</td><td>2024-06-04</td></tr>\n"
         "<tr><td>Samples: 10 pcs x 3 designs, soft enamel pins</td><td>Shipped, DHL 5520 1187 63</td>"
         "<td>2024-06-12</td></tr>\n"
         "<tr><td>Sample approval</td><td>Waiting for customer</td><td>-</td></tr>\n"
         "<tr><td>Bulk 6,000 pcs</td><td>Auto-start when sample approved</td><td>-</td></tr>\n"
         "<tr><td>Packing / shipment</td><td>Planned wk 30</td><td>-</td></tr>\n</table>\n"
         "<p class=\"note\">System setting for this order: bulk production starts automatically on the day the "
         "customer approves the samples.</p>\n"
         "<h3>Customer PO remark (copied from PO RMU-24-0712)</h3>\n"
         "<p><i>Samples only: 30 pcs (10 per design). Bulk not released. Bulk will be released by a written "
         "release from Ben Carter, Purchasing Manager, after sample sign-off.</i></p>\n"
         "<p style=\"color:#777\">Tracker v3.1 &middot; updated 2024-06-12 16:05 CST</p>"))])


# =================================================================== BATCH 5
# ---------------------------------------------------------------- p42 RG011 (multi-file)
_p42_mail = mail(
    "Megan Price <mprice@bayviewstate-stores.edu>", "Mehmet Yılmaz <mehmet@denizliorme.com.tr>",
    "PO BSU-24-0955 - Homecoming quarter-zip size set", "Thu, 06 Jun 2024 09:48:00 -0700",
    "Hi Mehmet,\n\n"
    "Please find PO BSU-24-0955 for the 30 size-set pieces of the Homecoming quarter-zip (the PDF is in our "
    "vendor folder as usual).\n\n"
    "Bulk (2,400 pcs) stays on hold until I send the written release after licensing sign-off. Please don't "
    "buy bulk fabric.\n\n"
    "Size set by July 1 please.\n\nMegan" + sig("Megan Price", "Buyer, Headwear & Accessories",
                                                  "Bayview State University Stores", "+1 510 555 0133"))
_p42_po = pdf([
    ("h1", "Bayview State University Stores - Purchase Order BSU-24-0955"),
    ("p", "Buying Office, 1200 Harbor Drive, Bayview, CA 94000 - Vendor: Denizli Örme Sanayi ve Ticaret A.Ş."),
    ("p", "PO date: 06/06/2024 - Buyer: Megan Price"),
    ("table", [["Line", "Style", "Description", "Qty", "Unit", "Cost"],
               ["1", "BSU-QZ-HC24", "Homecoming quarter-zip, size set: 4 colours x 6 sizes (XS-XXL)", "24",
                "EA", "$18.00"]]),
    ("p", "Scope: size set only. Bulk 2,400 pcs not released; written release from Megan Price after "
          "licensing sign-off. Material authority: sample-only."),
], pagesize=LETTER, title="PO BSU-24-0955", author="Megan Price")
case("p42_bayview_mail_and_po", ["RG011"],
     "two files of one order: cover mail says PO is for 30 size-set pieces, the PO PDF says 24 (4 x 6); "
     "otherwise complete scope",
     [("mail_PO_BSU-24-0955.eml", _p42_mail), ("PO_BSU-24-0955.pdf", _p42_po)])

# ---------------------------------------------------------------- p43 RG004 RG011
case("p43_northshire_release_1500_1200", ["RG004", "RG011"],
     "release letter text releases 1,500 scarves, its table says 1,200; balance on hold 'until further "
     "notice' (no unlock event) though the releaser is named",
     [("NCC-REL-07_release.docx", docx_bytes([
         ("h1", "Production Release NCC-REL-07"),
         ("p", "Northshire County Cricket Club Retail - The Pavilion Shop, County Ground, Northshire NS1 4CC"),
         ("p", "To: Texfio Guimarães, S.A. - Attn. Rui Carvalho. Date: 1 August 2024. PO NCC-24-0440 "
               "(jacquard scarf, 4,000 pcs on PO)."),
         ("p", "Following the sign-off of the corrected strike-off, we hereby release 1,500 scarves for "
               "production under PO NCC-24-0440."),
         ("table", [["Article", "Colourway", "Released qty", "Ex-factory"],
                    ["NCC-SC-25", "Navy/Gold, new sponsor mark", "1,200", "6 Sep 2024"]]),
         ("p", "The remaining balance of PO NCC-24-0440 stays on hold until further notice. Only Gemma "
               "Clarke may release further quantities."),
         ("p", "Material: yarn for the released quantity only."),
         ("p", "Gemma Clarke, Retail Buyer"),
     ], author="Gemma Clarke"))])

# ---------------------------------------------------------------- p44 RG011
case("p44_wexcombe_erp_36_vs_48", ["RG011"],
     "ERP PO line quantity 36 sample tracksuits while the note field says samples 48 pcs only; hold, "
     "unlock event and named releaser present",
     [("WTF_PO_0719.txt",
       "WEXCOMBE TOWN FC RETAIL LTD                                  PURCHASE ORDER\n"
       "THE CLUB SHOP, FERRY ROAD, WEXCOMBE WX2 9LS                  PO NO   : WTF-0719\n"
       "                                                             DATE    : 17/06/2024\n"
       "VENDOR : 11520  ZAFAR SPORTS INDUSTRIES (PVT) LTD, SIALKOT   BUYER   : T AVERILL\n"
       "CURR   : GBP     TERMS : 30 DAYS EOM     DELIVERY : DAP WEXCOMBE (COURIER)\n"
       "----------------------------------------------------------------------------------\n"
       "LN  ITEM         DESCRIPTION                      QTY  UOM   PRICE      VALUE\n"
       "001 WTF-TS-25    TRACKSUIT 25/26 NAVY/CLARET       36  EA    24.00     864.00\n"
       "                 PP SAMPLE - SIZES S-XXL\n"
       "----------------------------------------------------------------------------------\n"
       "                                               TOTAL GBP             864.00\n"
       "NOTE TO VENDOR:\n"
       "  SAMPLES 48 PCS ONLY. BAL OF 2,400 PCS NOT RELEASED. BAL RELEASED ONLY BY\n"
       "  WRITTEN RELEASE FROM T. AVERILL (HEAD OF RETAIL) AFTER PP SAMPLE SIGN-OFF.\n"
       "  NO BULK FABRIC OR TRIMS TO BE PURCHASED.\n"
       "----------------------------------------------------------------------------------\n"
       "SAGE 200 / POP  PRINTED 17/06/2024 14:22  USER TAVERILL\n")])

# ---------------------------------------------------------------- p45 RG011
_p45_note = pdf([
    ("h1", "RELEASE NOTE CCC-REL-09"),
    ("p", "Coral Coast Cricket Ltd - Merchandise - 14 Esplanade, Glenelg SA 5045"),
    ("p", "Supplier: Karnaphuli Apparels Ltd. - PO CCC-1230 (fleece hoodie CCC-HD-25, 3,000 pcs on PO)"),
    ("table", [["Item", "Entry"],
               ["Quantity released", "1,000 pcs"],
               ["Balance on hold", "2,000 pcs"],
               ["Unlock event for balance", "next written release after the Boxing Day sell-through review"],
               ["Released by", "Priya Nair, Merchandise Lead"],
               ["Material authority", "released quantity only"]]),
    ("p", "Date: 22 August 2024"),
], title="CCC-REL-09", author="Priya Nair")
case("p45_coralcoast_release_800_vs_pdf", ["RG011"],
     "release email confirms 800 hoodies released (balance 2,200) but the attached release note says 1,000 "
     "(balance 2,000); everything else present",
     [("Release_CCC-1230_hoodies.eml", mail(
         "Priya Nair <priya.nair@coralcoastcricket.com.au>", "Rahim Uddin <rahim@karnaphuli-apparels.com>",
         "Release - PO CCC-1230 hoodies", "Thu, 22 Aug 2024 14:10:00 +0930",
         "Hi Rahim,\n\n"
         "Confirming the release of 800 hoodies on PO CCC-1230 for the first Test in December. The balance "
         "of 2,200 stays on hold; I'll send the next written release after the Boxing Day sell-through review.\n\n"
         "Release note attached for your records. Please buy fabric for the released quantity only.\n\n"
         "Cheers,\nPriya" + sig("Priya Nair", "Merchandise Lead", "Coral Coast Cricket Ltd", "+61 8 8200 4471"),
         html="<html><body><p>Hi Rahim,</p><p>Confirming the release of <b>800 hoodies</b> on PO CCC-1230 for "
              "the first Test in December. The balance of 2,200 stays on hold; I'll send the next written "
              "release after the Boxing Day sell-through review.</p><p>Release note attached for your "
              "records. Please buy fabric for the released quantity only.</p><p>Cheers,<br>Priya</p>"
              "</body></html>",
         attachments=[("CCC-REL-09.pdf", _p45_note, PDF_MT)]))])

# ---------------------------------------------------------------- p46 RG011
case("p46_northshire_chat_dozen_vs_10", ["RG011"],
     "buyer asks for a dozen sample balls (6 pink + 6 red) then pastes PO note 'Qty: 10 sample balls'; "
     "hold, event and named releaser present",
     [("WhatsApp Chat - Bilal Crescent Balls.txt",
       "[09/07/2024, 10:02:14] Gemma Clarke: Morning Bilal! Go ahead with a dozen sample balls please, pink "
       "and red, 6 each, for the T20 nights\n"
       "[09/07/2024, 10:20:51] Bilal Ahmed: Good morning madam, ok. Which seam, 4 piece or 2 piece?\n"
       "[09/07/2024, 10:24:30] Gemma Clarke: 4 piece, 156g, same as last year's match balls\n"
       "[09/07/2024, 10:40:02] Gemma Clarke: PO note below, the PO itself is coming by email:\n"
       "[09/07/2024, 10:40:03] Gemma Clarke: PO NCC-24-0502 - Qty: 10 sample balls. Production 1,500 not "
       "released; written release from me (Gemma Clarke) after our coaches sign off the samples\n"
       "[09/07/2024, 11:05:47] Bilal Ahmed: Noted madam \U0001F44D\n")])

# ---------------------------------------------------------------- p48 RG011
case("p48_ashbourne_calloff_words_digits", ["RG011"],
     "call-off releases 'one thousand two hundred (1,500)' - words and digits disagree; balance, next "
     "call-off and named releaser present",
     [("CallOff_04_AR-BPO-0091.pdf", pdf([
         ("h1", "Call-off 04 - Blanket PO AR-BPO-0091"),
         ("p", "Ashbourne Rovers FC Trading Ltd - Ashbourne Park, Mill Lane, Ashbourne AB4 7RF"),
         ("p", "Supplier: Meghna Knit Composite Ltd, Gazipur. Date: 2 September 2024. Buyer: C. Martin."),
         ("p", "This call-off releases one thousand two hundred (1,500) training tops, article ARF-TR-25-NVY, "
               "for production, ex-factory week 43."),
         ("table", [["Blanket qty", "Released before", "This call-off", "Balance on hold"],
                    ["4,000", "1,200", "1,500", "1,300"]]),
         ("p", "The balance is not released. The next call-off will be issued in writing by D. Ashworth, Head of "
               "Retail, after the November sell-through review. Material authority: released quantity only."),
     ], title="Call-off 04", author="C. Martin"))])

# ---------------------------------------------------------------- p49 RG011
_p49_internal = mail(
    "Paul Hendry <p.hendry@kingsmereunited-retail.co.uk>",
    "Kirsty Lowe <kirsty.lowe@kingsmereunited-retail.co.uk>",
    "Budget sign-off - Zafar home shirts launch window", "Mon, 15 Jul 2024 08:55:00 +0100",
    "Kirsty,\n\nBudget signed off. I confirm the release of 2,400 home shirts to Zafar for the launch window, "
    "within the Q2 merchandise budget.\n\nPaul\n\nPaul Hendry\nFinance Director\nKingsmere United FC Retail Ltd\n")
case("p49_kingsmere_fwd_internal_2400", ["RG011"],
     "buyer tells supplier he is released for 2,000 shirts and forwards the internal sign-off (rfc822) that "
     "confirms a release of 2,400 - two authorized quantities for one order",
     [("FW_Budget_sign-off_home_shirts.eml", mail(
         "Kirsty Lowe <kirsty.lowe@kingsmereunited-retail.co.uk>", "Imran Zafar <imran@zafarsports.pk>",
         "FW: Budget sign-off - Zafar home shirts launch window", "Mon, 15 Jul 2024 10:20:00 +0100",
         "Imran,\n\n"
         "You are released for 2,000 home shirts under PO KUR-24-0417 rev 2 - internal sign-off below for your "
         "file. The balance of 4,000 stays on hold until my next written release after the Boxing Day "
         "sell-through.\n\n"
         "Please buy fabric for the released quantity only and confirm the ex-factory date.\n\n"
         "Kirsty" + sig("Kirsty Lowe", "Merchandise Manager", "Kingsmere United FC Retail Ltd",
                        "+44 1632 960 441"),
         attachments=[("rfc822", _p49_internal)]))])

# ---------------------------------------------------------------- p50 RG010
_p50_text = (
    "Hi Imran,\n\n"
    "Please start on the samples for the third kit (PO AR-PO-7811), colourway 'electric lime' as per the "
    "design pack v2.\n\n"
    "The bulk of 3,000 stays on hold until I send a written release after the brand sign-off.\n\n"
    "Could you also send the fabric swatch card for the mesh side panels?\n\n"
    "Thanks,\nChloe" + sig("Chloe Martin", "Buyer", "Ashbourne Rovers FC Trading Ltd", "+44 1335 550 210"))
case("p50_ashbourne_start_samples", ["RG010"],
     "'Please start on the samples for the third kit' with PO number but no sample quantity anywhere; "
     "bulk 3,000 on hold until her written release after brand sign-off",
     [("Third_kit_samples_AR-PO-7811.eml", mail(
         "Chloe Martin <c.martin@ashbournerovers.co.uk>", "Imran Zafar <imran@zafarsports.pk>",
         "Third kit samples - PO AR-PO-7811", "Tue, 30 Apr 2024 11:05:00 +0100", _p50_text,
         html="<html><body><p>Hi Imran,</p><p>Please start on the samples for the third kit (PO AR-PO-7811), "
              "colourway 'electric lime' as per the design pack v2.</p><p>The bulk of 3,000 stays on hold "
              "until I send a written release after the brand sign-off.</p><p>Could you also send the fabric "
              "swatch card for the mesh side panels?</p><p>Thanks,<br>Chloe</p></body></html>"))])

# ---------------------------------------------------------------- p51 RG010
case("p51_redmesa_po_as_required", ["RG010"],
     "PO line for pre-production samples with quantity 'as required'; production 5,000 not released, named "
     "releaser after licensing sign-off",
     [("PO_RMU-24-0730.pdf", pdf([
         ("h1", "Red Mesa University Team Shop - Purchase Order RMU-24-0730"),
         ("p", "400 Canyon Blvd, Red Mesa, AZ 85000 - Purchasing: Ben Carter"),
         ("p", "Vendor: Xiamen Everbright Headwear Co., Ltd., Xiamen, Fujian, China - PO date 07/15/2024"),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price"],
                    ["1", "RMU-BN-24", "Pre-production samples, cuffed knit beanie with pom, maroon/gold, "
                     "jacquard 'RED MESA'", "as required", "$4.80"]]),
         ("p", "Production quantity 5,000 pcs: not released. Released only by a written release from Ben "
               "Carter, Purchasing Manager, after licensing sign-off of the samples."),
         ("p", "Ship samples by air to Purchasing. Invoice referencing this PO. Net 30."),
     ], pagesize=LETTER, title="PO RMU-24-0730", author="Ben Carter"))])

# ---------------------------------------------------------------- p52 RG005 RG010
case("p52_konkan_chat_size_set", ["RG005", "RG010"],
     "chat: 'Start the size set pls' with no quantity; bal 6k on hold till sample sign-off by 'our team' - "
     "no named release person",
     [("WhatsApp Chat - KK Merch x Zafar.txt",
       "12/08/24, 11:02 am - Sneha Kulkarni (KK Merch): Hi Imran, new training tee design is final, sending "
       "tech pack now\n"
       "12/08/24, 11:02 am - Sneha Kulkarni (KK Merch): <Media omitted>\n"
       "12/08/24, 11:04 am - Sneha Kulkarni (KK Merch): Start the size set pls \U0001F64F PO KK/PUR/24-25/0241\n"
       "12/08/24, 11:05 am - Sneha Kulkarni (KK Merch): bal 6k on hold till sample sign-off by our team\n"
       "12/08/24, 11:30 am - Imran Zafar: Ok ji. Fabric 160 gsm poly interlock same as match jersey?\n"
       "12/08/24, 11:41 am - Sneha Kulkarni (KK Merch): Yes same, sublimation, sponsor logo on sleeve also\n"
       "12/08/24, 11:42 am - Imran Zafar: \U0001F44D\n")])

# ---------------------------------------------------------------- p54 RG010
case("p54_wpca_authorisation_letter", ["RG010"],
     "letter authorises manufacture of salesman samples of the 2025 range without any quantity; production "
     "on hold until named manager's written release after range review sign-off",
     [("WPCA_SMS_authorisation_2025.docx", docx_bytes([
         ("h1", "Authorisation - Salesman Samples 2025 Range"),
         ("p", "Western Plains Cricket Association - 22 Oval Parade, Bendigo VIC 3550"),
         ("p", "To: Sialkot Leather & Ball Co., Daska Road, Sialkot - Attn. Mr. Usman Ghani. Date: 3 June 2024."),
         ("p", "We hereby authorise the manufacture of salesman samples of the 2025 range listed below, for our "
               "retail buyers' day on 25 July 2024. Please invoice against PO WPCA-24-147."),
         ("table", [["Item", "Description", "Colours"],
                    ["WPCA-WH-25", "Cricket whites trouser, stretch twill", "Cream"],
                    ["WPCA-TP-25", "Training polo, sublimated", "Navy/gold, gold/navy"],
                    ["WPCA-CP-25", "Bowler's cap, 6-panel", "Navy"]]),
         ("p", "Production quantities for the 2025 range are not released and remain on hold until a written "
               "production release from Liam O'Brien, Commercial Manager, after the range review sign-off on "
               "15 July 2024."),
         ("p", "Yours sincerely, Liam O'Brien, Commercial Manager"),
     ], author="Liam O'Brien"))])

# ---------------------------------------------------------------- p55 RG003 RG004 RG005 RG010
case("p55_bayview_chat_make_samples", ["RG003", "RG004", "RG005", "RG010"],
     "buyer: 'Price ok. Please make the samples' - sample authorization with no quantity, no hold on the "
     "later bulk, no unlock event, no named releaser",
     [("WeChat export - Lily Yisheng.txt",
       "2024-03-18 09:12 Lily Wu (Yisheng): Hello Megan, for the 4 keyring designs (mascot, wordmark, stadium, "
       "anniversary) sample charge is USD 120 for all, including 4 moulds\n"
       "2024-03-18 09:13 Lily Wu (Yisheng): Bulk price we quote after sample, depends on plating and quantity\n"
       "2024-03-18 09:13 Lily Wu (Yisheng): Lead time samples 10 days after artwork confirm\n"
       "2024-03-18 22:40 Megan Price: Hi Lily, thanks. Price ok. Please make the samples \U0001F44D artwork "
       "files are in the Dropbox link from last week\n"
       "2024-03-18 22:41 Megan Price: antique gold plating for the anniversary one pls\n"
       "2024-03-19 08:05 Lily Wu (Yisheng): Received, we start today. Thank you Megan\n")])


# =================================================================== BUILD
def _check_and_count():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            assert r in counts, r
            counts[r] += 1
    return counts


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(7676).shuffle(order)
    labels = {}
    for i, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h76_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                with open(p, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(data)
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    with open(HERE / "labels.json", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    counts = _check_and_count()
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    for k, v in counts.items():
        print(f"  {k}: {v}")


if __name__ == "__main__":
    build()
