#!/usr/bin/env python3
"""Generator for the releasegate check_holdout119 corpus (luggage and travel goods).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout119/build.py

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
    m["Message-ID"] = msgid or f"<h119-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h119")
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




def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_mail(text):
    """Very plain HTML alternative of a text body."""
    paras = [p for p in text.strip().split("\n\n")]
    return "<html><body>" + "".join(
        "<p>" + escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>"


# =================================================================== CASES
# (cases are added in batches below; the writer is at the end of the file)

# ------------------------------------------------------------ batch 1
# c01: supplier quote alone, sample and production tiers -> clean
case("c01_pinghu_quote_tiers", [],
     "supplier quote alone with proto/SMS/bulk tiers; no authorization in the bundle",
     [("Quotation_PE-Q-24-0415.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Pinghu Everbright Luggage Co., Ltd. - No. 88 Xinhua Road, Pinghu, Zhejiang 314200, China"),
         ("p", "Quotation no.: PE-Q-24-0415    Date: 18 April 2024    Valid: 60 days"),
         ("p", "To: Castellan Travel Goods Inc., Portland OR - attn. Ms. Rachel Moreno, Sourcing Manager"),
         ("p", "Item: Meridian hard-shell spinner, 100% PC (Makrolon 2405), sizes 20'' / 24'' / 28'', "
               "8 double spinner wheels, aluminium trolley 3-stage, TSA lock (Travel Sentry ID 007)."),
         ("sp",),
         ("table", [
             ["Stage", "Quantity", "Unit price USD FOB Shanghai", "Lead time"],
             ["Proto (hand-made, no logo)", "3 pcs per size", "95.00", "12 days"],
             ["SMS / PP sample", "12 pcs per size (36 pcs)", "62.00", "20 days after tooling T1"],
             ["Bulk production, tier 1", "1,800 pcs (600 per size)", "38.40", "45 days"],
             ["Bulk production, tier 2", "6,000 pcs", "35.10", "55 days"],
         ]),
         ("sp",),
         ("p", "Tooling: 3 shell moulds, USD 14,600 one-time. Amortisation possible above 20,000 pcs."),
         ("p", "Colours: Pantone 19-4052 TCX and 16-1546 TCX; lab dips in 5 working days. Testing: drop "
               "test 10 drops at 90 cm, tumble test 50 cycles, handle cycle test 5,000 cycles per our "
               "internal standard EV-QA-012 rev 3."),
         ("p", "Bulk lead time counts from your written production release, not from the PO date and not "
               "from the sample sign-off."),
         ("p", "Payment: 30% deposit against PI, 70% against copy of B/L. Prices based on PC film price "
               "of April 2024."),
         ("sp",),
         ("p", "Quoted by: Helen Zhou, Sales Manager, helen.zhou@everbright-luggage.cn, +86 573 8501 2266"),
     ], title="Quotation PE-Q-24-0415", author="Helen Zhou"))])

# c02: supplier asks whether they have the go-ahead; buyer scope quoted -> clean
_c02_report = """DONGGUAN SHUNDA BAGS & CASES CO., LTD.  QA LAB
TEST REPORT  TR-24-0517                          DATE 2024-05-16
STYLE  : SUMMIT 65L ROLLING DUFFEL, BLACK (customer ref TO-SUM-65-BLK)
LOT    : PP SAMPLES, 24 PCS (customer PO 4500-7731)
-----------------------------------------------------------------------
TEST                         METHOD               RESULT
Drop test                    10 drops x 90 cm     PASS (no crack, wheels OK)
Tumble test                  50 cycles            PASS
Handle cycle test            5,000 cycles, 23 kg  PASS
Wheel running test           32 km, 4 km/h        PASS
Zip strength (YKK #10)       ASTM D2061           PASS
-----------------------------------------------------------------------
Tested by: Zhang Min    Checked by: Lily Wang
"""
_c02_text = """Dear Kevin,

Good news - the PP samples passed our in-house tests yesterday, report attached (drop test
10 x 90 cm, tumble 50 cycles, handle cycle 5,000 cycles, all PASS). DHL AWB 4471 2093 56 with
the 24 pcs left this morning, ETA Seattle Monday.

One question before we plan the line: do we have the go-ahead for the balance 2,376 pcs now,
or do we wait for Ms. Mitchell's written release after your sign-off? We have not bought any
shell fabric or trims beyond the samples.

Our line is free from week 24, so early information helps us a lot.

Best regards
Lily
""" + sig("Lily Wang", "Key Account Manager", "Dongguan Shunda Bags & Cases Co., Ltd.", "+86 769 2281 4410") + """
On Tue, 9 Apr 2024 at 16:20, Kevin Park <kpark@trailheadoutfitters.com> wrote:
""" + quote("""Hi Lily,

PO 4500-7731 is attached. Scope, so that there is no confusion later:
- Active quantity: 24 pcs PP samples, Summit 65L rolling duffel, black. Nothing else.
- The balance of 2,376 pcs from your quote is NOT released.
- The balance is released only by a written release from Sarah Mitchell (Director, Product
  Development), after our PP sample sign-off.
- Material authority: sample-only. Please do not buy fabric or trims for the balance.

Thanks!
Kevin""")
case("c02_shunda_question_goahead", [],
     "supplier asks whether it has the go-ahead (a question); quoted buyer scope is complete",
     [("RE_Summit_65L_PP_samples_test_report.eml", eml_bytes(mail(
         "Lily Wang <lily.wang@shundabags.cn>", "Kevin Park <kpark@trailheadoutfitters.com>",
         "RE: PO 4500-7731 Summit 65L - PP samples test report", "Thu, 16 May 2024 18:05:00 +0800",
         _c02_text, in_reply_to="<h119-k9001@trailheadoutfitters.com>",
         attachments=[("TR-24-0517.txt", _c02_report, "text/plain")])))])

# c03: labelled forecast on a PLM portal -> clean
_c03_body = """
<h2>Supplier portal &middot; Albrecht &amp; S&ouml;hne Warenhaus AG &middot; Category 61 Reisegep&auml;ck</h2>
<p>Supplier: <b>Daman Polymers Luggage Pvt Ltd</b>, Plot 14, Kachigam Industrial Estate, Daman (IN) &middot; Supplier no. 300812</p>
<div class="note"><b>FORECAST &ndash; NOT AN ORDER.</b> The figures below are planning information for your capacity
planning only. They release no production and authorise no material purchase. Only quantities named in a
purchase order with production scope, or in a call-off, may be produced.</div>
<h3>Season forecast AW 2024/25 &ndash; hard-shell luggage</h3>
<table>
<tr><th>Article</th><th>Description</th><th>Forecast AW24 (pcs)</th><th>Forecast SS25 (pcs)</th><th>Store allocation</th></tr>
<tr><td>61-4420-55</td><td>Trolley &bdquo;Elbe&ldquo; 55 cm, PP shell, anthracite</td><td>3.600</td><td>2.400</td><td>42 stores, wave 1 KW 36</td></tr>
<tr><td>61-4420-68</td><td>Trolley &bdquo;Elbe&ldquo; 68 cm, PP shell, anthracite</td><td>2.100</td><td>1.500</td><td>42 stores, wave 1 KW 36</td></tr>
<tr><td>61-4420-77</td><td>Trolley &bdquo;Elbe&ldquo; 77 cm, PP shell, anthracite</td><td>1.200</td><td>900</td><td>18 flagship stores, KW 38</td></tr>
</table>
<p>Forecast version 3 of 29.04.2024. Accuracy +/- 25 %. Next update: 31.05.2024.</p>
<p>Questions on the forecast: Nina Scholz, Category Planning, +49 211 4471 220.</p>
"""
case("c03_albrecht_portal_forecast", [],
     "PLM portal page, clearly labelled forecast that releases nothing; no authorization",
     [("portal_forecast_AW24_cat61.html", html_page("Forecast AW 2024/25 - Category 61", _c03_body, lang="de"))])

# c04: PP sample approved for fit/function only, production not released -> clean
_c04 = """Dear Ms. Thu,

Greetings from Bengaluru. The 6 PP samples (2 per colour: charcoal, teal, mustard) reached us on
Friday, thank you for the quick courier.

Sample sign-off: approved for fit and function check only. Fit of the laptop sleeve and the
trolley sleeve is good. The mustard webbing is slightly lighter than lab dip 3 - please note it for
later.

Production is NOT released. PO 7700123 still covers only the 6 PP samples. The balance of 1,494 pcs
stays on hold until our QA lab completes the 72-hour abrasion test (Martindale 20,000 rubs) and
Meera Iyer, Head of Sourcing, sends you the written production release. Kindly do not buy fabric
or trims for the balance until then.

Warm regards,
Anand
""" + sig("Anand Rao", "Product Developer - Backpacks", "Yatra Gear Pvt Ltd, Bengaluru", "+91 80 4120 7788")
_c04_lab = """
<h2>Yatra Gear QA lab &middot; Metro 22L &middot; PP samples (PO 7700123)</h2>
<table>
<tr><th>Test</th><th>Method</th><th>Result</th></tr>
<tr><td>Laptop sleeve fit</td><td>15.6 inch dummy</td><td>OK</td></tr>
<tr><td>Trolley sleeve fit</td><td>cabin trolleys 55 cm, 3 brands</td><td>OK</td></tr>
<tr><td>Abrasion</td><td>Martindale 20,000 rubs, 72 h</td><td>in progress</td></tr>
<tr><td>Colour, mustard webbing</td><td>lab dip 3, D65</td><td>slightly light (Delta E 1.6)</td></tr>
</table>
<p>Samples tested: 6 pcs (2 per colour). Tester: S. Kulkarni.</p>
"""
case("c04_yatra_fitcheck_only", [],
     "PP sample approved for fit/function only; balance 1,494 on hold until lab test + written release by Meera Iyer",
     [("RE_Metro_22L_PP_samples_disposition.eml", eml_bytes(mail(
         "Anand Rao <anand.rao@yatragear.in>", "Nguyen Thi Thu <thu.nguyen@tanphubags.vn>",
         "RE: Metro 22L PP samples - disposition", "Mon, 13 May 2024 11:30:00 +0530", _c04,
         cc="Meera Iyer <meera.iyer@yatragear.in>",
         attachments=[("QA_lab_Metro22L_PP.html", html_page("QA lab - Metro 22L PP samples", _c04_lab),
                       "text/html")])))])

# c05: full-quantity PO with "proceed", TSA-approved lock, balance payment -> clean
case("c05_aeroboutique_full_po", [],
     "full and final 600 pcs PO; 'proceed' scoped to 600; 'TSA-approved' and 'balance payment' are not release words",
     [("PO_AB-24-0612.pdf", pdf([
         ("h1", "PURCHASE ORDER AB-24-0612"),
         ("p", "AeroBoutique Retail LLC - 2400 Aviation Drive, Suite 310, DFW Airport, TX 75261, USA"),
         ("p", "Supplier: Dongguan Fortlock Security Products Co., Ltd., Chang'an Town, Dongguan, Guangdong"),
         ("p", "Date: 6 May 2024    Buyer: Monica Reyes, Merchandise Buyer - Travel Accessories"),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Price USD", "Amount USD"],
             ["1", "FL-TSA-335", "TSA-approved 3-dial cable lock, black", "400", "pcs", "3.85", "1,540.00"],
             ["2", "FL-TSA-335", "TSA-approved 3-dial cable lock, red", "200", "pcs", "3.85", "770.00"],
             ["", "", "Total", "600", "pcs", "", "2,310.00"],
         ]),
         ("sp",),
         ("p", "This PO is the full and final quantity for this item: 600 pcs in total. There is no further "
               "quantity planned under this PO. No new samples are required; production follows golden "
               "sample GS-335 signed off on 12 March 2024."),
         ("p", "Please proceed with production of the 600 pcs. Ex-factory 28 June 2024, FOB Shenzhen."),
         ("p", "Packing: 12 pcs per inner box, 144 pcs per master carton, UPC label on every blister, "
               "master carton marks per AeroBoutique vendor guide rev. 2023-2."),
         ("p", "Payment: 30% deposit, 70% balance payment against copy of B/L. Telex release of the B/L "
               "after the balance payment is received."),
     ], pagesize=LETTER, title="PO AB-24-0612", author="Monica Reyes"))])

# c06: ERP call-off with staged material authority above the released quantity -> clean
_c06 = """KOFFERMANUFAKTUR BAUMANN GMBH            ABRUF / CALL-OFF                  SEITE 1/1
Kaiserstrasse 41, 63065 Offenbach am Main
--------------------------------------------------------------------------------------
CALL-OFF NO.    : AB-2024-0031-03                DATE       : 06.05.2024
FRAME AGREEMENT : RV-2024-11  TROLLEY HANDLE TH-3S-ALU, 3-STAGE, 1.080 MM EXTENDED
SUPPLIER        : 710455  VINA ALUMINIUM COMPONENTS CO., LTD., BIEN HOA, DONG NAI, VN
BUYER           : J. HARTMANN   TEL +49 69 8200 415
--------------------------------------------------------------------------------------
POS   PART NO.         DESCRIPTION                      QTY    UNIT   DELIVERY
0010  TH-3S-ALU-1080   TROLLEY HANDLE 3-STAGE, SILVER    800   SETS   KW 27/2024
--------------------------------------------------------------------------------------
RELEASED FOR PRODUCTION WITH THIS CALL-OFF ..........:      800 SETS
FRAME QUANTITY 2024 .................................:    2.400 SETS
NOT RELEASED (BALANCE) ..............................:    1.600 SETS
MATERIAL AUTHORITY ..................................:  STAGED UP TO 2.400 SETS
   (ALU TUBES 6063-T5 AND INJECTION PARTS, AT BUYER'S LIABILITY)
--------------------------------------------------------------------------------------
NOTE: PRODUCE 800 SETS ONLY. THE BALANCE OF 1.600 SETS IS RELEASED ONLY BY THE NEXT
CALL-OFF, SIGNED BY JONAS HARTMANN (HEAD OF PURCHASING). STAGED MATERIAL MAY BE BOUGHT
AND STORED BUT NOT PROCESSED BEYOND 800 SETS.
DELIVERY: FCA CAT LAI PORT. PACKING: 20 SETS PER CARTON, EACH SET IN PE BAG.
--------------------------------------------------------------------------------------
PRINTED 06.05.2024 08:12  USER JHA  SAP MM
"""
case("c06_baumann_calloff_staged", [],
     "call-off releases 800 sets; explicit staged material authority to 2.400 sets; next call-off by named person",
     [("CALLOFF_AB-2024-0031-03.txt", _c06)])

# c07: explicit recorded auto-conversion -> clean
case("c07_brera_release_agreement", [],
     "explicit recorded auto-conversion naming 1,176 pcs, signer and conditions; samples 24 active",
     [("Release_agreement_BR-24-0207.docx", docx_bytes([
         ("h1", "Release agreement - order BR-24-0207"),
         ("p", "Buyer: Valigeria Brera S.r.l., Via Solferino 12, 20121 Milano, Italia."),
         ("p", "Supplier: Pinghu Sunrise Travel Products Co., Ltd., Pinghu, Zhejiang, China."),
         ("p", "Article: Navigli cabin trolley 55 x 40 x 20 cm, PC shell, colour Verde Bosco."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["PP samples", "24 pcs", "released now (purchase order BR-24-0207, line 1)"],
             ["Production lot 1", "1,176 pcs", "not released - see auto-conversion below"],
             ["Total programme", "1,200 pcs", ""],
         ]),
         ("h", "Auto-conversion (recorded)"),
         ("p", "By this agreement, signed by both parties on 3 May 2024, the following is recorded: if "
               "Giulia Ferri, Product Director of Valigeria Brera, signs the PP sample sign-off form with "
               "the result \"approved, no open points\" on or before 14 June 2024, that sign-off by itself "
               "releases production lot 1 of 1,176 pcs. No separate release letter is needed for these "
               "1,176 pcs."),
         ("p", "An interim or rejected sign-off, or a sign-off after 14 June 2024, releases nothing. The "
               "1,176 pcs then stay on hold until a written release signed by Giulia Ferri."),
         ("h", "Material"),
         ("p", "Material authority: sample-only until the sign-off above. PC film, wheels and trolley "
               "handles for lot 1 may be ordered only after it."),
         ("p", "Signed: Giulia Ferri, Product Director, Valigeria Brera S.r.l. - Shen Wei, General "
               "Manager, Pinghu Sunrise Travel Products Co., Ltd."),
     ], author="Giulia Ferri"))])

# c08: supplier PI, deposit explicitly does not release production -> clean
case("c08_phoenix_pi_deposit", [],
     "supplier PI: deposit reserves capacity, explicitly does not release production; 1,980 stays on hold",
     [("PI-BDP-24-112.pdf", pdf([
         ("h1", "PROFORMA INVOICE"),
         ("p", "Binh Duong Phoenix Bag Co., Ltd. - Lot C7, My Phuoc 3 Industrial Park, Ben Cat, Binh Duong, Viet Nam"),
         ("p", "PI no.: PI-BDP-24-112    Date: 07/05/2024    Customer PO: AST-PO-0457"),
         ("p", "Customer: Al Safar Travel Trading LLC, Al Quoz Industrial Area 3, Dubai, UAE - attn. Mr. Faisal Qureshi"),
         ("sp",),
         ("table", [
             ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
             ["1", "Sample lot - Dune 40L travel backpack, sand/black, per PO AST-PO-0457", "20 pcs", "24.00", "480.00"],
             ["2", "Development and tooling (EVA back panel mould)", "1 set", "1,250.00", "1,250.00"],
             ["", "Total this PI", "", "", "1,730.00"],
         ]),
         ("sp",),
         ("p", "Capacity deposit requested: USD 13,959.00 (30% of quoted programme value, 1,980 pcs x USD 23.50)."),
         ("p", "Important: the deposit reserves our line capacity for week 30-33 and covers the EVA mould. "
               "It does not release production. Bulk of the 1,980 pcs starts only after your written "
               "production release, which per your PO AST-PO-0457 is signed by Mr. Faisal Qureshi after "
               "PP sample sign-off. Until then we make the 20 sample pcs only."),
         ("p", "Bank: Vietcombank, Binh Duong branch, SWIFT BFTVVNVX, account 0281 000 447 120."),
         ("p", "Issued by: Tran Minh Khoa, Sales Director"),
     ], title="PI-BDP-24-112", author="Tran Minh Khoa"))])

# A1: sample PO + quote, production qty beside, no hold/event/person
_a1_text = """Hi Amy,

Thanks for turning the quote around so fast. Attached is our PO 4500-8812 for the Horizon 28''
spinner PP samples, plus your quote Q-PH-2291 for the file.

A few things for the samples:
- Shell colour Pantone 19-3933 TCX (Deep Ocean), matte texture MT-11021
- Logo debossed on the front panel, 45 mm, per artwork v3
- Inner lining 210T polyester with our jacquard print

Please ship the samples DHL to our Denver office, attention product team, and send me the tracking
once they are out.

Cheers,
Jake
""" + sig("Jake Turner", "Senior Buyer, Hard Luggage", "Northbound Travel Co., Denver CO", "+1 720 555 0182")
_a1_po = pdf([
    ("h1", "PURCHASE ORDER 4500-8812"),
    ("p", "Northbound Travel Co. - 1660 Wynkoop St, Denver, CO 80202, USA"),
    ("p", "Vendor: Pinghu Tianhe Luggage Co., Ltd., Pinghu Economic Development Zone, Zhejiang, China"),
    ("p", "PO date: 03 May 2024    Buyer: Jake Turner    Terms: FOB Shanghai, net 30"),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["10", "HZ-28-DO", "Horizon 28'' spinner, PP sample, Deep Ocean", "24", "48.50", "1,164.00"],
    ]),
    ("sp",),
    ("p", "Remarks: quantities and prices per supplier quotation Q-PH-2291 dated 22 April 2024: PP "
          "samples 24 pcs; production quantity 2,400 pcs at USD 36.20, ex-factory target 15 August 2024."),
    ("p", "Ship samples to: Northbound Travel Co., Product Team, 1660 Wynkoop St, Denver, CO 80202."),
], pagesize=LETTER, title="PO 4500-8812", author="Jake Turner")
_a1_quote = pdf([
    ("h1", "QUOTATION Q-PH-2291"),
    ("p", "Pinghu Tianhe Luggage Co., Ltd. - to Northbound Travel Co., attn. Jake Turner - 22 April 2024"),
    ("table", [
        ["Item", "Quantity", "Unit price USD FOB Shanghai", "Lead time"],
        ["Horizon 28'' spinner - PP sample", "24 pcs", "48.50", "18 days"],
        ["Horizon 28'' spinner - production", "2,400 pcs", "36.20", "45 days"],
        ["Horizon 28'' spinner - production", "5,000 pcs", "34.70", "55 days"],
    ]),
    ("p", "PC+ABS shell, 8 spinner wheels, TSA lock 007. Mould cost USD 6,200 (28'' only)."),
    ("p", "Amy Xu, Sales, Pinghu Tianhe Luggage Co., Ltd."),
], title="Quotation Q-PH-2291", author="Amy Xu")
case("p_a1_northbound_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO 24 pcs lists production 2,400 with target date; nothing says not released, no event, no person",
     [("Horizon_28_PP_sample_PO.eml", eml_bytes(mail(
         "Jake Turner <jturner@northboundtravel.com>", "Amy Xu <amy.xu@tianhe-luggage.cn>",
         "PO 4500-8812 - Horizon 28'' PP samples", "Fri, 03 May 2024 14:22:00 -0600", _a1_text,
         html=html_mail(_a1_text),
         attachments=[("PO_4500-8812.pdf", _a1_po, PDF_MT), ("Q-PH-2291.pdf", _a1_quote, PDF_MT)])))])

# A2: Indian sample PO (DOCX) with bulk line beside
case("p_a2_safarnama_sms_po", ["RG001", "RG003", "RG004", "RG005"],
     "SMS PO 12 pcs with a bulk line 1,200 pcs and bulk ETD beside it; no hold, no event, no person",
     [("SB_PO_24-25_0143.docx", docx_bytes([
         ("h1", "PURCHASE ORDER - SAMPLE (SMS)"),
         ("p", "Safarnama Bags Pvt Ltd, 4th Floor, Kanakia Boomerang, Chandivali, Andheri (E), Mumbai 400072"),
         ("p", "To: Angkor Bag Manufacturing Co., Ltd., Phnom Penh SEZ, National Road 4, Kambol, Cambodia"),
         ("p", "PO No.: SB/PO/24-25/0143    Date: 02-05-2024    Kind Attn.: Mr. Sok Dara"),
         ("table", [
             ["Sr", "Style", "Description", "Qty", "Rate (USD)", "Amount (USD)"],
             ["1", "TRK-35-OLV", "Trek 35L backpack, olive - SMS", "12", "19.50", "234.00"],
             ["2", "TRK-35-OLV", "Bulk as per quotation ABM-Q-118", "1,200", "14.20", "-"],
         ]),
         ("p", "Kindly courier the SMS to our Andheri (E) office by 25-May-2024. Bulk ETD as per "
               "quotation: 30-Sep-2024, for Diwali season."),
         ("p", "Fabric 600D recycled polyester with PU coating, zips YKK #8, webbing 25 mm. Please share "
               "lab dips within 7 days of this PO."),
         ("p", "Payment: 100% T/T for SMS against courier AWB."),
         ("p", "For Safarnama Bags Pvt Ltd - Rohan Desai, Sourcing Manager"),
     ], author="Rohan Desai"))])

# A3: Italian sample order e-mail + supplier offer; release authority named, no hold, no event
_a3 = """Gentile Mr. Chen,

as agreed in our call of yesterday, with this mail we confirm the order n. SV-24/0318 for 12
(twelve) PP samples of the trolley cabina 55 cm "Arena", colour Blu Notte, at the price of your
offer HT-2024-077 (in attachment). Your offer foresees 1.200 pezzi for the production, at USD 29,80
per piece, delivery FOB Yantian.

For the samples, please respect:
- shell in PC, finish "buccia d'arancia" (orange peel), as the reference sample we left in Dongguan
- wheels Hinomoto Lisof 360, colour black
- lining with our logo print, file SV_lining_v2.ai

Please note that Lorenzo Bassi, our Product Director, is the release authority for this programme.

Delivery of the samples by courier to Verona within 25 days, please.

Cordiali saluti
Francesca Zanetti
Ufficio Acquisti - Scaligera Viaggi S.r.l.
Via dell'Artigianato 7, 37135 Verona - tel. +39 045 820 1144
"""
_a3_offer = pdf([
    ("h1", "OFFER HT-2024-077"),
    ("p", "Dongguan Hengtai Travel Goods Co., Ltd. - Houjie Town, Dongguan - to Scaligera Viaggi S.r.l."),
    ("table", [
        ["Item", "Qty", "USD / pc", "Remark"],
        ["Trolley cabina 55 cm Arena - PP sample", "12 pcs", "55.00", "25 days"],
        ["Trolley cabina 55 cm Arena - production", "1,200 pcs", "29.80", "FOB Yantian, 50 days"],
        ["Trolley cabina 55 cm Arena - production", "3,000 pcs", "27.90", "FOB Yantian, 60 days"],
    ]),
    ("p", "Wheels Hinomoto Lisof 360 included. Colour per Pantone 19-4024 TPX. Offer valid 45 days."),
    ("p", "Chen Jun, Export Manager"),
], title="Offer HT-2024-077", author="Chen Jun")
case("p_a3_scaligera_order_offer", ["RG001", "RG003", "RG004"],
     "order of 12 PP samples cites offer's 1.200 production pcs; release authority named but no hold, no unlock event",
     [("Ordine_SV-24-0318_campioni.eml", eml_bytes(mail(
         "Francesca Zanetti <acquisti@scaligeraviaggi.it>", "Chen Jun <chenjun@hengtai-travel.com>",
         "Ordine SV-24/0318 - PP samples trolley Arena 55", "Tue, 07 May 2024 10:48:00 +0200", _a3,
         attachments=[("Offer_HT-2024-077.pdf", _a3_offer, PDF_MT)])))])

# A4: US ERP sample PO printout with production qty in comments
_a4 = """HALVORSEN & PIKE INC.                                          PURCHASE ORDER
222 W. MONROE ST, CHICAGO IL 60606                             PAGE 1 OF 1
=======================================================================================
PO NUMBER : HP-0098812          PO TYPE : SMPL          PO DATE : 05/06/2024
VENDOR    : 40771 PT SINAR KOPER INDONESIA, JL. RAYA SERANG KM 12, TANGERANG, ID
BUYER     : D. OKAFOR (312) 555-0147          DEPT : 418 LUGGAGE & TRAVEL
SHIP TO   : H&P PRODUCT LAB, 1400 S CANAL ST, CHICAGO IL 60607
TERMS     : NET 45           FOB : JAKARTA (TANJUNG PRIOK)
=======================================================================================
LN  SKU          DESCRIPTION                             QTY  UOM    UNIT COST   EXT COST
--  -----------  ------------------------------------  -----  ---  -----------  ---------
01  418-22-1187  WEEKENDER 22IN SOFTSIDE, GRAPHITE         6  EA         41.00     246.00
02  418-22-1188  WEEKENDER 22IN SOFTSIDE, CAMEL            6  EA         41.00     246.00
                                                        -----                   ---------
                                                TOTAL     12  EA                   492.00
=======================================================================================
COMMENTS:
  SAMPLES FOR LINE REVIEW 06/18. PROD QTY PER VENDOR QUOTE SK-2405-07:
  1,200 EA (600 GRAPHITE / 600 CAMEL) @ 27.80, FOB 08/30/2024.
  ALL CARTONS TO CARRY H&P SKU LABEL AND COUNTRY OF ORIGIN MARKING.
  VENDOR COMPLIANCE MANUAL REV 2024-1 APPLIES. EDI 850 TO FOLLOW.
=======================================================================================
"""
case("p_a4_halvorsen_smpl_po", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO 12 EA, comments carry prod qty 1,200 with FOB date; no hold, no event, no person",
     [("HP-0098812_PO_print.txt", _a4)])

# A5: multi-file German sample PO + supplier quote DOCX; release person named only
case("p_a5_reisewerk_po_plus_quote", ["RG001", "RG003", "RG004"],
     "sample PO 16 pcs 'quantities per your quotation' (16/1,600/4,000 in folder); person named, no hold, no event",
     [("Bestellung_4500117734.pdf", pdf([
         ("h1", "Bestellung / Purchase order 4500117734"),
         ("p", "Reisewerk GmbH - Grosser Burstah 31, 20457 Hamburg - USt-IdNr. DE 281 447 120"),
         ("p", "Lieferant / Supplier: Saigon Travelgear Co., Ltd., Tan Uyen, Binh Duong, Vietnam"),
         ("p", "Datum: 08.05.2024    Bestellart: Musterbestellung (sample order)    Einkauf: S. Krause"),
         ("sp",),
         ("table", [
             ["Pos", "Artikel", "Bezeichnung", "Menge", "Preis", "Betrag"],
             ["10", "RW-BP-PENDLER-SW", "Pendler 20L backpack, black - samples", "8 Stk.", "21,40 USD", "171,20 USD"],
             ["20", "RW-BP-PENDLER-GR", "Pendler 20L backpack, grey - samples", "8 Stk.", "21,40 USD", "171,20 USD"],
             ["", "", "Summe", "16 Stk.", "", "342,40 USD"],
         ]),
         ("sp",),
         ("p", "Prices and quantities according to your quotation STG-Q-0452 of 19.04.2024."),
         ("p", "Please send the samples to Reisewerk GmbH, Abt. Produktentwicklung, Grosser Burstah 31, "
               "20457 Hamburg. Delivery term FCA Tan Son Nhat airport. Payment 30 days net."),
         ("p", "Release authority for this article: Thomas Becker, Leiter Einkauf."),
     ], title="Bestellung 4500117734", author="S. Krause")),
      ("Quotation_STG-Q-0452.docx", docx_bytes([
          ("h1", "QUOTATION STG-Q-0452"),
          ("p", "Saigon Travelgear Co., Ltd. - Tan Uyen, Binh Duong - Date: 19/04/2024"),
          ("p", "Dear Mr. Becker, thank you for your inquiry. We are pleased to offer as below:"),
          ("table", [
              ["Item", "Quantity", "Unit price USD", "Lead time"],
              ["Pendler 20L - sample", "8 pcs/colour (16 pcs)", "21.40", "15 days"],
              ["Pendler 20L - production", "800 pcs/colour (1,600 pcs)", "15.90", "50 days"],
              ["Pendler 20L - production", "2,000 pcs/colour (4,000 pcs)", "14.60", "55 days"],
          ]),
          ("p", "Material: 900D polyester, TPU coated; laptop compartment for 15.6 inch; YKK #5 zips."),
          ("p", "Price term FCA HCMC. Validity 60 days. Best regards, Pham Quoc Huy - Sales Manager"),
      ], author="Pham Quoc Huy"))])

# A6: WeChat export, Dubai airport retail buyer, bulk qty 'noted'
_a6 = """WeChat chat export - "Al Noor x Jiayi Luggage"
Exported 2024-05-08 10:12 (GMT+4)

2024-05-07 09:41  Cindy Liu (Jiayi Luggage): Good morning Mr Omar! Did you receive our quotation for the 20" cabin trolley with TSA lock?
2024-05-07 09:58  Omar Haddad: Morning Cindy. Yes received, thanks
2024-05-07 10:03  Omar Haddad: PO AN-5530 sent by email just now: 10 pcs samples, 20" cabin trolley, champagne gold
2024-05-07 10:04  Omar Haddad: Your quote 10 pcs sample / 2k bulk noted, price ok
2024-05-07 10:06  Cindy Liu (Jiayi Luggage): Thank you! We will arrange samples. Logo in silver hot stamping same like file?
2024-05-07 10:15  Omar Haddad: yes same file, AN_logo_silver.pdf. and zipper puller with our logo pls
2024-05-07 10:16  Cindy Liu (Jiayi Luggage): ok noted samples ready around 25 May
2024-05-07 10:20  Omar Haddad: send by DHL to DXB office, account no. is in the PO
2024-05-07 10:21  Cindy Liu (Jiayi Luggage): [Sticker]
"""
case("p_a6_alnoor_wechat", ["RG001", "RG003", "RG004", "RG005"],
     "chat: PO for 10 samples, quote's 2k bulk 'noted, price ok' beside it; no hold, no event, no person",
     [("wechat_AlNoor_Jiayi_2024-05.txt", _a6)])

# R03: Florence sample order letter, hold until further notice, person named, no event
case("p_r03_fiorentino_sample_letter", ["RG004"],
     "12 samples active, 1.188 not released 'until further notice', Giulia Ferri may release; no unlock event",
     [("Lettera_ordine_BF-24-061.docx", docx_bytes([
         ("p", "Bagaglio Fiorentino S.r.l. - Via di Novoli 91, 50127 Firenze"),
         ("p", "Spett.le Rajhans Leather & Travel Goods, 27 Tangra Road, Kolkata 700046, India"),
         ("p", "Firenze, 2 maggio 2024"),
         ("h", "Oggetto / Subject: sample order BF-24-061 - weekender 'Duomo 50', vacchetta leather, cognac"),
         ("p", "Dear Mr. Sengupta,"),
         ("p", "following the visit of our team in April, we are pleased to place the sample order "
               "BF-24-061 for 12 (twelve) pre-production samples of the weekender Duomo 50, colour "
               "cognac, at EUR 68,00 per piece, delivery DAP Firenze within 30 days."),
         ("table", [
             ["Article", "Colour", "Quantity", "Price EUR"],
             ["BF-DUO-50", "Cognac", "12", "68,00"],
         ]),
         ("p", "Please note: the programme foresees 1.200 pieces in total for the FW 24/25 season. The "
               "remaining 1.188 pieces are not released with this order and remain on hold until further "
               "notice. Only Dott.ssa Giulia Ferri, Product Director, may release them."),
         ("p", "Please do not cut leather for more than the 12 samples."),
         ("p", "Specifications: vacchetta leather 1,4-1,6 mm, hardware antique brass, lining cotton canvas "
               "280 g/m2, logo blind embossed 30 mm."),
         ("p", "Distinti saluti / Best regards"),
         ("p", "Marco Lippi - Buying Office, Bagaglio Fiorentino S.r.l."),
     ], author="Marco Lippi"))])


# ------------------------------------------------------------ batch 2
# c09: supplier acknowledgement restating the hold (multipart/alternative) -> clean
_c09 = """Dear Mr. Khalid,

Assalamualaikum and good day. We acknowledge your PO DR-24-0388 with thanks and confirm the
scope exactly as written:

1. We produce 30 pcs SMS only (15 sand, 15 black) of the Oasis 24" expandable softside trolley.
2. The balance of 2,970 pcs is not released. We will not start cutting and will not buy fabric
   for it.
3. The balance will be released only by your written release, signed by Mr. Khalid Al Mazrouei,
   after SMS sign-off by your QA team in Abu Dhabi.
4. Material authority: sample-only.

SMS ETD: 31 May 2024 by DHL, AWB will follow. Shell fabric 1680D ballistic nylon and YKK #10
coil zips for the 30 pcs are already in our store.

Terima kasih,
Dewi
""" + sig("Dewi Lestari", "Merchandiser", "PT Tas Nusantara Jaya, Cikarang, Bekasi", "+62 21 8990 3321")
case("c09_nusantara_ack_hold", [],
     "supplier acknowledgement restating 30 SMS, balance 2,970 not released, written release by named person",
     [("ACK_PO_DR-24-0388.eml", eml_bytes(mail(
         "Dewi Lestari <dewi@tasnusantara.co.id>", "Khalid Al Mazrouei <khalid.m@desertrose-dutyfree.ae>",
         "ACK: PO DR-24-0388 Oasis 24 SMS", "Wed, 08 May 2024 15:40:00 +0700", _c09,
         html=html_mail(_c09))))])

# c10: identifiers that look like quantities; complete hold -> clean
case("c10_castellan_pp_po_identifiers", [],
     "PP sample PO 36 pcs with part numbers/norms/test cycles that look like quantities; full hold wording",
     [("PO_CTG-24-0507.pdf", pdf([
         ("h1", "PURCHASE ORDER CTG-24-0507"),
         ("p", "Castellan Travel Goods Inc. - 915 NW 13th Ave, Portland, OR 97209, USA"),
         ("p", "Vendor: Pinghu Everbright Luggage Co., Ltd., No. 88 Xinhua Road, Pinghu, Zhejiang 314200"),
         ("p", "Date: 07 May 2024    Vendor quote: PE-Q-24-0415    Buyer: Rachel Moreno"),
         ("sp",),
         ("table", [
             ["Line", "Part no.", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "PN 2400-500-20", "Meridian 20'' spinner PP sample, DRG LGH-1200 rev 12", "12", "62.00", "744.00"],
             ["2", "PN 2400-500-24", "Meridian 24'' spinner PP sample, DRG LGH-1240 rev 12", "12", "62.00", "744.00"],
             ["3", "PN 2400-500-28", "Meridian 28'' spinner PP sample, DRG LGH-1280 rev 12", "12", "62.00", "744.00"],
             ["", "", "Total PP samples", "36", "", "2,232.00"],
         ]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "This PO releases the 36 PP samples above and nothing else. The tier-1 production quantity "
               "of 1,800 pcs from your quote is not released; the balance of 1,764 pcs stays on hold."),
         ("p", "The balance is released only by a written release signed by Dana Kowalski, VP Sourcing, "
               "after the PP sample sign-off. Material authority: sample-only."),
         ("h", "Requirements"),
         ("p", "Vendor QMS to ISO 9001:2015. Transit test ISTA 3A; drop test per ASTM D4169 schedule A. "
               "Handle cycle test 5,000 cycles at 23 kg. Wheels Hinomoto 500 series, PN WH-360-50. "
               "TSA lock 007, Travel Sentry approved keyway. Shell PC film 0.8 mm, 1680D lining pocket "
               "trim. Colour per Pantone 19-4052 TCX."),
     ], pagesize=LETTER, title="PO CTG-24-0507", author="Rachel Moreno"))])

# c11: WhatsApp, Indian buyer, scoped go-ahead -> clean
_c11 = """[02/05/24, 10:14:03] Alice Yuxin Bags: Hello Rahul sir, proto photos sent. Trolley backpack 40L with detachable wheels. Pls check
[02/05/24, 10:31:47] Rahul Verma: Seen. Handle stitching looks weak near the base, pls add bartack
[02/05/24, 10:32:10] Rahul Verma: Otherwise ok for SMS
[02/05/24, 10:35:22] Alice Yuxin Bags: ok will add bartack. So we make SMS now? how many pcs?
[02/05/24, 10:41:09] Rahul Verma: Yes go ahead with 12 pcs SMS only, 6 navy + 6 grey
[02/05/24, 10:41:55] Rahul Verma: Bal. 1,188 pcs NOT released. I will release it in writing only after I sign off the SMS + drop test report. No fabric buying for bulk pls
[02/05/24, 10:43:30] Alice Yuxin Bags: Understood sir \U0001F44D SMS 12 pcs only. ETD 20 May
[02/05/24, 10:44:02] Alice Yuxin Bags: <Media omitted>
[02/05/24, 10:52:40] Rahul Verma: Thanks Alice. Courier to Okhla office as usual
"""
case("c11_chalo_whatsapp_scoped", [],
     "WhatsApp: go ahead with 12 SMS only; balance 1,188 not released until named sender's sign-off and written release",
     [("WhatsApp_Chat_Yuxin_Bags.txt", _c11)])

# c12: production release notice releasing the whole balance -> clean
case("c12_nordkoffer_release_notice", [],
     "release notice for 1,980 pcs after recorded sign-off; total released = order qty, nothing on hold",
     [("Release_NK-R-2024-017.pdf", pdf([
         ("h1", "Production release NK-R-2024-017"),
         ("p", "Nordkoffer GmbH - Am Wall 140, 28195 Bremen - to Dong Nai Bags Co., Ltd., Bien Hoa, Vietnam"),
         ("p", "Date: 06.05.2024"),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Order NK-PO-24-0211, article Weser 65 softside trolley, navy", "2,000 pcs", "total order"],
             ["PO line 10 - PP samples", "20 pcs", "delivered, signed off"],
             ["PO line 20 - production (revised PO NK-PO-24-0211 rev. 1 of 03.05.2024)", "1,980 pcs", "released with this notice"],
         ]),
         ("sp",),
         ("p", "PP sample sign-off: approved on 2 May 2024 by Dr. Anja Vogt, Head of Quality, report QS-24-088."),
         ("p", "Released for production with this notice: 1,980 pcs. Total released to date: 2,000 pcs, "
               "which is the total order quantity. No quantity remains on hold."),
         ("p", "Material authority: for the released 1,980 pcs."),
         ("p", "Released by: Stefan Brandt, Head of Purchasing (release authority up to EUR 150.000)."),
         ("p", "Ex-factory: week 28/2024, FOB Cat Lai. Please confirm the production plan by 10.05.2024."),
     ], title="Production release NK-R-2024-017", author="Stefan Brandt"))])

# c13: quoted supplier auto-conversion assumption, buyer corrects -> clean
_c13 = """Hi Linh,

Please don't. Sign-off of the SMS does not release the bulk. The 2,400 bulk pcs stay on hold until
you receive a separate written release from me, and I will only send it after the SMS sign-off and
the colour-fastness results from our lab.

For now the scope is exactly PO RPP-2418: 24 SMS (12 forest, 12 slate), material for those 24 only.
I know the ex-factory date is tight. If the lab is quick we can still make the vessel, and if
not, we'll talk about air freight for the first store allocation rather than start blind.

Thanks for flagging it early!
Megan
""" + sig("Megan Cho", "Sourcing Director", "Redwood Peak Packs, San Francisco CA", "+1 415 555 0139") + """
On Mon, May 6, 2024 at 9:02 PM Pham Thi Linh <linh.pham@songhongbags.vn> wrote:
""" + quote("""Dear Megan,

SMS 24 pcs will finish on Friday. After you approve the SMS we will roll directly into the bulk
to meet the ex-factory date, because fabric lead time is long. Please advise if ok.

Best regards,
Linh
Song Hong Bags Co., Ltd. - Nam Dinh""")
case("c13_redwood_corrects_autoconv", [],
     "quoted supplier assumes approval rolls into bulk; buyer reply correctly restates hold, event and named releaser",
     [("RE_SMS_finish_bulk_plan.eml", eml_bytes(mail(
         "Megan Cho <megan@redwoodpeakpacks.com>", "Pham Thi Linh <linh.pham@songhongbags.vn>",
         "RE: SMS finish / bulk plan - PO RPP-2418", "Mon, 06 May 2024 08:15:00 -0700", _c13,
         in_reply_to="<h119-s7730@songhongbags.vn>")))])

# c14: stop notice, HTML alternative -> clean
_c14 = """STOP NOTICE - order RV-24-0098, trolley "Appia 68", shell colour Grigio Piombo

Dear Mr. Lu,

with immediate effect we stop all work on order RV-24-0098. Nothing more may start, released or
not, until this stop is lifted in writing by Alessandra Conti, Responsabile Acquisti.

Reason: your PC film supplier changed the resin grade (lot ref. PCF-2404-118). We need the drop test
at -10 degrees C repeated with the new film before anything else is moulded.

Status for clarity:
- Released so far: 24 PP samples only (delivered on 29 April).
- Balance 1,176 pcs: not released. Even after the stop is lifted, the balance is released only by a
  written release from Alessandra Conti after the PP sample sign-off with the new film.
- Material authority: sample-only. Please do not receive more PC film for this order.

Grazie per la collaborazione,
Alessandra Conti
Roma Viaggio S.p.A. - Via Tiburtina 1020, 00156 Roma
"""
case("c14_romaviaggio_stop", [],
     "stop notice; released so far 24 samples, balance 1,176 not released, written release by named person after sign-off",
     [("STOP_RV-24-0098.eml", eml_bytes(mail(
         "Alessandra Conti <a.conti@romaviaggio.it>", "Lu Hao <luhao@pinghu-goldenbridge.com>",
         "STOP - order RV-24-0098 Appia 68", "Thu, 09 May 2024 17:02:00 +0200", _c14,
         html=html_mail(_c14))))])

# c15: supplier weekly status report (DOCX), material within sample qty -> clean
case("c15_dongnai_status_kw19", [],
     "supplier status: SMS 18 pcs in sewing, bulk fabric not ordered, waiting for written release",
     [("Status_report_KW19.docx", docx_bytes([
         ("h1", "Weekly status report - week 19/2024"),
         ("p", "From: Dong Nai Bags Co., Ltd. (Ms. Vo Thi Hoa) - To: Koffermanufaktur Baumann GmbH, Mr. Jonas Hartmann"),
         ("table", [
             ["Style", "Stage", "Qty", "Status"],
             ["KB-Reise 2 backpack, black", "SMS", "18 pcs", "sewing, finish 15/05"],
             ["KB-Reise 2 backpack, black", "Bulk", "1,782 pcs", "not released - waiting for your written release"],
         ]),
         ("p", "Material: fabric for SMS (45 m of 600D) cut and in sewing. Bulk fabric NOT ordered. As per "
               "your PO, material authority is sample-only, and bulk starts only after Mr. Jonas Hartmann "
               "sends the written release after SMS sign-off."),
         ("p", "Lab dip for the webbing: re-submitted 08/05 (ref. LD-3, Pantone 19-0303 TCX)."),
         ("p", "Next report: week 20."),
     ], author="Vo Thi Hoa"))])

# R04: German PO, release by an unnamed QA department -> RG005
case("p_r04_lindner_po_qa_dept", ["RG005"],
     "sample PO 20 pcs, 1.980 not released, event named (tests + sign-off, written release) but only 'QA department' releases",
     [("Bestellung_KL-24-00731.pdf", pdf([
         ("h1", "Bestellung / Purchase order KL-24-00731"),
         ("p", "Kaufhaus Lindner KG - Sendlinger Strasse 44, 80331 Muenchen - Abteilung Reisegepaeck"),
         ("p", "Lieferant: Dongguan Meixin Luggage Co., Ltd., Dalang Town, Dongguan, China"),
         ("p", "Datum: 06.05.2024"),
         ("table", [
             ["Pos", "Artikel", "Beschreibung", "Menge", "Preis EUR"],
             ["1", "LI-HS-4400-55", "Hartschalentrolley 55 cm, PP, schwarz - sample", "10 Stk.", "39,00"],
             ["2", "LI-HS-4400-55", "Hartschalentrolley 55 cm, PP, salbei - sample", "10 Stk.", "39,00"],
         ]),
         ("sp",),
         ("p", "Sample quantity: 20 pcs (10 per colour). Remaining quantity 1.980 pcs is not released."),
         ("p", "Production release will be issued in writing by Kaufhaus Lindner Qualitaetssicherung (QA "
               "department) only after successful drop and tumble test and PP sample sign-off."),
         ("p", "Material: only for the 20 samples. Delivery DAP Muenchen, KW 22/2024. Invoices to "
               "Kreditorenbuchhaltung, quoting the order number."),
     ], title="Bestellung KL-24-00731", author="Einkauf Reisegepaeck"))])

# R06: PLM proto request with no quantity -> RG010
_r06 = """
<h2>Chalo Travelware PLM &middot; Sample request SR-2024-0142</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Mekong Bag Factory Co., Ltd., Kandal Province, Cambodia</td></tr>
<tr><td>Style</td><td>CT-118 &ldquo;Commuter Duo&rdquo; convertible backpack / cabin bag</td></tr>
<tr><td>Tech pack</td><td>TP-CT-118 v4 (uploaded 29-04-2024)</td></tr>
<tr><td>Request type</td><td>Proto</td></tr>
<tr><td>Required by</td><td>24-05-2024</td></tr>
</table>
<h3>Colourways</h3>
<table>
<tr><th>Colourway</th><th>Shell</th><th>Pantone</th><th>Trim</th></tr>
<tr><td>CW-01 Ink</td><td>600D recycled PET, PU 2x</td><td>19-4010 TCX</td><td>gunmetal</td></tr>
<tr><td>CW-02 Clay</td><td>600D recycled PET, PU 2x</td><td>17-1340 TCX</td><td>gunmetal</td></tr>
<tr><td>CW-03 Sage</td><td>600D recycled PET, PU 2x</td><td>16-0110 TCX</td><td>matte black</td></tr>
</table>
<div class="note">Instruction: please start the proto in all three colourways as per tech pack TP-CT-118 v4.
Production quantities are not released. They are released only by a written release from Kavya Menon
(Design Head) after proto sign-off.</div>
<p>Comments: laptop sleeve must fit 16-inch; pass-through trolley sleeve 28 cm.</p>
"""
case("p_r06_chalo_plm_proto_request", ["RG010"],
     "proto request: hold, event and named releaser present, but no quantity authorized now anywhere",
     [("PLM_SR-2024-0142.html", html_page("Sample request SR-2024-0142", _r06))])

# R07: WeChat, samples with no qty, no hold, no event, no person
_r07 = """WeChat export - chat with "Kevin Shen Golden Bridge"
---------------------------------------------------------
2024-05-06 08:47  Kevin Shen Golden Bridge: Dear Lena, good morning. Proto with new handle is finished, photos and video uploaded
2024-05-06 08:48  Kevin Shen Golden Bridge: [Video] 00:42
2024-05-06 09:30  Lena Hoffmann: Morning Kevin. Handle is much better now, no wobble anymore
2024-05-06 09:31  Lena Hoffmann: Samples: please make them now, same as proto but with the new handle and the grey lining
2024-05-06 09:31  Lena Hoffmann: send to Hamburg when ready
2024-05-06 09:40  Kevin Shen Golden Bridge: OK Lena. Wheel still Hinomoto or we can use our own wheel, cheaper 0.8 USD
2024-05-06 09:52  Lena Hoffmann: Hinomoto please, no change
2024-05-06 09:53  Kevin Shen Golden Bridge: OK noted. We make and update you
"""
case("p_r07_reisewerk_wechat_samples", ["RG003", "RG004", "RG005", "RG010"],
     "buyer tells factory to make samples: no quantity, no hold on the rest, no event, no person",
     [("WeChat_Kevin_Shen_GoldenBridge.txt", _r07)])

# B2: call-off email with no quantity -> RG010
_b2 = """Dear Mr. Wu,

Please treat this mail as call-off no. 4 against our blanket PO CT-BPO-2024-07 (40,000 spinner wheel
sets WS-50-360 for FY 2024-25).

Release the next lot as discussed in yesterday's call, delivery to our Daman plant by 15 June
2024, same packing as lot 3 (4 wheels per polybag, 50 sets per carton).

The remaining blanket quantity stays on hold. It is released only by the next written call-off,
signed by Arjun Khanna, GM Supply Chain.

Regards,
Neha Bhatia
Chalo Travelware Pvt Ltd - Supply Chain
Plot 22, Sector 5, IMT Manesar, Gurugram 122050 | +91 124 428 6610
"""
case("p_b2_chalo_calloff_no_qty", ["RG010"],
     "call-off 'release the next lot as discussed' never states the quantity; hold, next call-off and named signer present",
     [("Calloff_4_CT-BPO-2024-07.eml", eml_bytes(mail(
         "Neha Bhatia <neha.bhatia@chalotravelware.in>", "Wu Qiang <wuqiang@dg-rollwell.com>",
         "Call-off no. 4 - blanket PO CT-BPO-2024-07 wheel sets", "Tue, 07 May 2024 12:10:00 +0530", _b2,
         cc="Arjun Khanna <arjun.khanna@chalotravelware.in>")))])

# B3: sample request in all sizes/colours, production on hold; no qty, no event, no person
case("p_b3_alsafar_sample_request", ["RG004", "RG005", "RG010"],
     "sample request 'all sizes and colours', production on hold; no quantity, no event, no named releaser",
     [("Sample_request_AST-SR-019.docx", docx_bytes([
         ("h1", "Sample request AST-SR-019"),
         ("p", "Al Safar Travel Trading LLC, Al Quoz Industrial Area 3, Dubai, UAE"),
         ("p", "To: Pinghu Golden Bridge Luggage Co., Ltd. - attn. Mr. Lu Hao"),
         ("p", "Date: 05/05/2024"),
         ("p", "Dear Mr. Lu, kindly produce samples of the 'Falcon' hard-shell set in all sizes (20'', 24'', "
               "28'') and in all colours of the table below, with our logo plate and TSA lock."),
         ("table", [
             ["Colour", "Pantone", "Shell finish", "Wheel"],
             ["Desert Sand", "14-1122 TCX", "diamond texture", "double spinner, beige"],
             ["Midnight", "19-4008 TCX", "diamond texture", "double spinner, black"],
             ["Emerald", "18-5418 TCX", "gloss", "double spinner, black"],
         ]),
         ("p", "Production quantities are on hold."),
         ("p", "Logo plate: zinc alloy 60 x 18 mm, file ALSAFAR_plate_v2.ai. Samples to our Dubai office by "
               "air. Kindly share the courier details."),
         ("p", "Best regards, Faisal Qureshi - Procurement"),
     ], author="Faisal Qureshi"))])

# B4: WhatsApp start SMS both colours, no qty; hold, event, person present -> RG010
_b4 = """[06/05/24, 16:02:11] Neha Chalo: Hi Thu, hope ur well. Lab dips for both colours received, both ok 
[06/05/24, 16:02:40] Neha Chalo: Pls start the SMS for both colours now
[06/05/24, 16:03:25] Neha Chalo: Bulk is NOT released. Arjun Khanna sir will release bulk in writing only after SMS sign-off, so no bulk fabric please
[06/05/24, 16:20:08] Thu Tan Phu: Dear Neha, well noted. SMS start tomorrow, ETD around 24/5
[06/05/24, 16:20:51] Thu Tan Phu: Bulk fabric not booked, waiting your release
[06/05/24, 16:25:17] Neha Chalo: \U0001F44D
"""
case("p_b4_chalo_whatsapp_sms", ["RG010"],
     "WhatsApp 'start the SMS for both colours': hold, event and named releaser, but no SMS quantity",
     [("WhatsApp_Chat_Thu_TanPhu.txt", _b4)])

# R08: quoted thread, buyer answers a shade question with a bare go-ahead -> RG002
_r08 = """Hi Jenny,

Shade B looks good under D65 and TL84. Go ahead.

Thanks,
Emily
""" + sig("Emily Carter", "Product Manager", "Bluewater Trail Co., Boston MA", "+1 617 555 0164") + """
On Wed, May 8, 2024 at 4:11 AM Jenny Luo <jenny.luo@huafeng-travel.com> wrote:
""" + quote("""Dear Emily,

Attached photos of the lab dips for the navy (A, B, C). We recommend B, it is closest to the
Pantone 19-3832 TCX under D65. Please confirm so we can proceed.

The wheels from Hinomoto will arrive next week.

Best regards
Jenny Luo | Huafeng Travel Goods (Dongguan) Co., Ltd.""") + """
>
> On Thu, Apr 25, 2024 at 10:30 AM Emily Carter <ecarter@bluewatertrail.com> wrote:
""" + quote(quote("""Hi Jenny,

PO BW-24-1093 is attached. To be clear on scope:
- 18 pcs SMS only (Harbor 24'' spinner, navy).
- The balance of 1,782 pcs is not released.
- It is released only in writing by Tom Ashford (VP Product), after SMS sign-off.
- Material authority: sample-only.

Emily"""))
case("p_r08_bluewater_shade_goahead", ["RG002"],
     "buyer answers shade question with bare 'Go ahead' (no quantity, no sample scope); quoted PO scope otherwise complete",
     [("RE_Harbor_24_lab_dips_navy.eml", eml_bytes(mail(
         "Emily Carter <ecarter@bluewatertrail.com>", "Jenny Luo <jenny.luo@huafeng-travel.com>",
         "RE: Harbor 24 lab dips navy - PO BW-24-1093", "Wed, 08 May 2024 09:26:00 -0400", _r08,
         in_reply_to="<h119-j4410@huafeng-travel.com>")))])

# C1: German-English, technical approval + unscoped 'please proceed' -> RG002
_c1 = """Dear Mr. Huang,

the test lab result arrived this morning: the handle cycle test passed with 10.000 cycles at 25 kg,
no deformation of the inner tube, and the locking button still works smoothly. The trolley system
is approved. Please proceed.

Attached you find the report of the test institute (page 1 of 4).

Mit freundlichen Gruessen / best regards
Bjoern Petersen
Produktentwicklung - Hanse Reisegepaeck GmbH, Luebeck
Tel. +49 451 7090 318

Von: Huang Wei <huangwei@jinlong-hardware.cn>
Gesendet: Freitag, 3. Mai 2024 10:14
An: Bjoern Petersen
Betreff: AW: Bestellung 4500-2290 trolley system TS-1080

""" + quote("""Dear Mr. Petersen,

40 sample sets are shipped to the test institute in Hamburg. We are waiting for your result.

Huang Wei, Dongguan Jinlong Hardware""") + """
>
> Von: Bjoern Petersen
> Gesendet: Dienstag, 16. April 2024 08:40
""" + quote(quote("""Dear Mr. Huang,

enclosed our order 4500-2290: 40 sample sets trolley system TS-1080.
The remaining quantity of 3.960 sets is not released. It will be released only by a written
release from Katrin Vogel, Leitung Einkauf, after the sample sign-off.
Material authority: sample-only.

Bjoern Petersen"""))
_c1_report = pdf([
    ("h1", "Pruefbericht / Test report 24-0877"),
    ("p", "Pruefinstitut Nord fuer Konsumgueter, Hamburg - client: Hanse Reisegepaeck GmbH"),
    ("table", [
        ["Test", "Requirement", "Result"],
        ["Handle cycle test", "10.000 cycles, 25 kg", "passed"],
        ["Pull-out force, stage 3", ">= 300 N", "412 N"],
        ["Locking button", "function after test", "OK"],
    ]),
    ("p", "Sample: 3 of 40 sample sets TS-1080, received 06.05.2024."),
], title="Test report 24-0877", author="Pruefinstitut Nord")
case("p_c1_hanse_trolley_approved", ["RG002"],
     "'The trolley system is approved. Please proceed.' names no quantity or sample scope; quoted order scope complete",
     [("AW_Bestellung_4500-2290_Testergebnis.eml", eml_bytes(mail(
         "Bjoern Petersen <b.petersen@hanse-reisegepaeck.de>", "Huang Wei <huangwei@jinlong-hardware.cn>",
         "AW: Bestellung 4500-2290 trolley system TS-1080 - Testergebnis", "Wed, 08 May 2024 11:05:00 +0200",
         _c1, attachments=[("Pruefbericht_24-0877.pdf", _c1_report, PDF_MT)])))])


# ------------------------------------------------------------ batch 3
# R11+R43: long WeChat thread: 'approved' for lab dip and PO, bulk material bought, bare go ahead
_p19 = """WeChat chat export: Paolo Gatti (Viaggiatore Italiano) <-> Sunny Zhang (Hongda Bags)
Exported: 2024-05-10 18:30 CET

2024-04-22 10:05  Paolo Gatti: Ciao Sunny, PO VI-24-077 sent by mail. Scope: 15 SMS only of the Bologna weekender, bordeaux.
2024-04-22 10:06  Paolo Gatti: Balance 1,485 pcs is not released. It is released only by a written release from Chiara Monti (Direttrice Prodotto) after SMS sign-off. Material: sample-only please
2024-04-22 10:20  Sunny Zhang: Dear Paolo, received, thank you! We start lab dip first
2024-04-29 09:12  Sunny Zhang: Lab dip for bordeaux ready, photo under D65
2024-04-29 09:12  Sunny Zhang: [Image]
2024-04-29 15:40  Paolo Gatti: Lab dip bordeaux approved
2024-04-29 15:41  Paolo Gatti: the B option, not A
2024-04-30 08:55  Sunny Zhang: OK B. The PO also ok in your system? Your finance confirm?
2024-04-30 11:02  Paolo Gatti: Yes, PO approved by our finance yesterday
2024-05-06 09:30  Sunny Zhang: SMS 15 pcs sewing now, finish Thursday
2024-05-06 09:31  Sunny Zhang: FYI fabric 1680D for 1,500 bags already arrived our warehouse, YKK zips also ordered for all, so bulk can be fast
2024-05-06 09:33  Sunny Zhang: price of nylon going up in June so we buy early for you
2024-05-06 12:10  Paolo Gatti: ok, go ahead then
2024-05-06 12:11  Sunny Zhang: Thank you Paolo!
2024-05-10 17:58  Sunny Zhang: SMS shipped by DHL 5517 3390 21
"""
case("p_p19_viaggiatore_wechat_thread", ["RG002", "RG006", "RG009"],
     "'approved' for lab dip and for PO by finance; supplier bought fabric for 1,500 vs 15 released; buyer answers 'go ahead then'",
     [("WeChat_export_Hongda_Bags.txt", _p19)])

# R12: multi-file: buyer ERP PO (complete) + supplier MRP list with bulk pre-buy -> RG006
_p20_po = """SUMMIT & SHORE LUGGAGE CO.                       PURCHASE ORDER          PAGE 1
1180 PEACHTREE ST NE, ATLANTA GA 30309
------------------------------------------------------------------------------------
PO NO      : SS-55021            TYPE : SAMPLE            DATE : 05/02/2024
VENDOR     : 60418 PT KOPERINDO JAYA, KAWASAN INDUSTRI JATAKE, TANGERANG, INDONESIA
BUYER      : G. OWUSU  (404) 555-0171
------------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                           QTY  UOM   UNIT USD   EXT USD
01  CL-26-GRY     COASTLINE 26IN SPINNER, PP SAMPLE       40  EA      44.00   1,760.00
------------------------------------------------------------------------------------
NOTES:
  THIS PO RELEASES 40 PP SAMPLES ONLY.
  BALANCE 3,960 EA OF THE PROGRAM (4,000 EA) IS NOT RELEASED.
  BALANCE IS RELEASED ONLY BY WRITTEN RELEASE FROM GRACE OWUSU, DIR. SOURCING,
  AFTER PP SAMPLE SIGN-OFF.
  MATERIAL AUTHORITY: SAMPLE-ONLY. NO BULK MATERIAL AT BUYER'S LIABILITY.
------------------------------------------------------------------------------------
"""
_p20_mrp = """PT KOPERINDO JAYA - PPIC                MRP / PURCHASE REQUISITION LIST        10-05-2024
JOB      : 24-0613       CUSTOMER : SUMMIT & SHORE  (PO SS-55021 - 40 PP SAMPLE)
STYLE    : COASTLINE 26IN SPINNER GREY
-------------------------------------------------------------------------------------------
NO MATERIAL                 REQ QTY  UOM  VENDOR               PR/PO NO   STATUS
1  PC FILM 0.8MM GREY            48  SHT  PT PLASTINDO         PR-1187    RECEIVED
2  SPINNER WHEEL SET 8P       4,000  SET  DONGGUAN ROLLWELL    PO-77410   ORDERED
     REMARK: BULK PRE-BUY, PRICE LOCK UNTIL 30-06
3  TROLLEY HANDLE 3-STAGE     4,000  SET  DG JINLONG HARDWARE  PO-77411   ORDERED
     REMARK: BULK PRE-BUY
4  TSA LOCK 007 SIDE MOUNT       40  PCS  SHENZHEN SECULOCK    PR-1190    RECEIVED
5  LINING 210T PRINTED          60   M   PT TEXINDO           PR-1191    RECEIVED
-------------------------------------------------------------------------------------------
PREPARED: RINA  |  CHECKED: HENDRA (PPIC MGR)
"""
case("p_p20_summitshore_po_mrp", ["RG006"],
     "PO releases 40 samples, material sample-only; supplier MRP shows wheel sets and handles ordered for 4,000",
     [("PO_SS-55021.txt", _p20_po), ("MRP_job_24-0613.txt", _p20_mrp)])

# R14: multi-file: call-off with staged authority 500 sets + supplier ack buying for 1,500 -> RG006
case("p_p21_almaha_calloff_ack", ["RG006"],
     "call-off releases 300, staged material up to 500 sets; supplier ack says fabric and trims bought for 1,500 sets",
     [("Calloff_2_AMT-FA-2024-03.docx", docx_bytes([
         ("h1", "Call-off no. 2"),
         ("p", "Al Maha Travel Retail LLC, Khalifa Park, Abu Dhabi, UAE - to Mekong Bag Factory Co., Ltd., Kandal, Cambodia"),
         ("p", "Frame agreement AMT-FA-2024-03, 'Jetstream' cabin backpack 40 x 25 x 20 cm, frame quantity 3,000 pcs."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Released with this call-off", "300 pcs", "produce now, ETD 20-06-2024"],
             ["Balance of frame", "2,700 pcs", "not released"],
             ["Material authority", "staged up to 500 sets", "main fabric and trims, at buyer's liability"],
         ]),
         ("p", "The balance of 2,700 pcs is released only by the next call-off, signed by Mariam Al Hashimi, "
               "Head of Buying."),
         ("p", "Date: 06-05-2024. Issued by: Hassan Karim, Senior Buyer."),
     ], author="Hassan Karim")),
      ("RE_Calloff_2_Jetstream.eml", eml_bytes(mail(
          "Sreyneang Chan <sreyneang@mekongbag.com.kh>", "Hassan Karim <hassan.karim@almaha-retail.ae>",
          "RE: Call-off no. 2 Jetstream backpack", "Thu, 09 May 2024 14:20:00 +0700",
          """Dear Mr. Hassan,

We confirm call-off no. 2 with thanks: 300 pcs Jetstream, ETD 20 June.

To keep the price from our mill, we bought the 840D nylon and the trims (zips, buckles, foam) for
1,500 sets last week. The extra 1,000 sets of material are kept in our store for your next
call-offs.

Best regards,
Sreyneang Chan
Merchandising, Mekong Bag Factory Co., Ltd.
""")))])

# R20: supplier: bulk fabric already in house, will start cutting once SMS approved -> RG006, RG007
_p22 = """Dear Mr. Jason,

SMS 24 pcs will be done on 15/5 and we send by FedEx same day.

Good news for your launch: fabric and trims for the bulk 3,576 pcs are already in our house. We
bought early because our mill announced price increase from June. So once the SMS is approved, we
start cutting the next day, and ex-factory can be 3 weeks earlier than plan.

Please let us know if any question.

Best regards,
Do Van Nam
Sales Manager - Hung Yen Garment & Bag JSC
Pho Noi A Industrial Zone, Hung Yen, Viet Nam

-----Original Message-----
From: Jason Lee <jason@pacificcrestbags.com>
Sent: Friday, April 19, 2024 5:40 PM
Subject: PO PCB-3310 Ridge 28L SMS

""" + quote("""Hi Nam,

PO PCB-3310 attached. Scope:
- 24 SMS of the Ridge 28L daypack (12 black, 12 moss). Nothing else now.
- Balance 3,576 pcs NOT released. It is released only by my written release after SMS sign-off.
- Material authority: sample-only.

Thanks, Jason Lee, Sourcing Lead, Pacific Crest Bags""")
case("p_p22_hungyen_bulk_fabric_in_house", ["RG006", "RG007"],
     "supplier holds bulk fabric for 3,576 (material sample-only) and says cutting starts once SMS approved",
     [("Ridge_28L_SMS_status.eml", eml_bytes(mail(
         "Do Van Nam <nam.do@hungyenbag.vn>", "Jason Lee <jason@pacificcrestbags.com>",
         "RE: PO PCB-3310 Ridge 28L SMS", "Mon, 06 May 2024 10:02:00 +0700", _p22)))])

# R35: supplier: advance received, so full canvas booked and cutting planned -> RG006, RG012
_p23 = """Respected Sir,

Greetings from Shree Balaji Bags. We are in receipt of your 30% advance of USD 9,000 against our
PI SBB/PI/24-25/041, thank you very much.

As the advance is received, we have booked the full 12 oz waxed canvas and the leather trims for the
entire order and cutting is planned from 20th May onwards, so the shipment can go in the first week
of August.

The 20 samples are ready and will be couriered tomorrow by FedEx.

Thanking you and assuring you of our best services always,
Sanjay Agarwal
Director, Shree Balaji Bags Pvt Ltd
14 Canal South Road, Kolkata 700015 | +91 33 2329 6612

On 22/04/2024 18:05, Derek Okafor wrote:
""" + quote("""Sanjay,

PO HP-0099140 covers 20 samples of the Field duffel (10 khaki, 10 olive). The balance of 1,980 pcs
is not released. It is released only by a written release from me after sample sign-off in Chicago.
Material authority: sample-only. The advance on your PI is for the sample lot and the brass hardware
tooling only.

Derek Okafor
Buyer, Luggage & Travel - Halvorsen & Pike Inc.""")
case("p_p23_shreebalaji_advance_cutting", ["RG006", "RG012"],
     "supplier reads the advance as go for the entire order: books material for all and plans cutting; buyer scope was 20 samples",
     [("PI_SBB-041_update.eml", eml_bytes(mail(
         "Sanjay Agarwal <sanjay@shreebalajibags.in>", "Derek Okafor <dokafor@halvorsenpike.com>",
         "Advance received - PI SBB/PI/24-25/041", "Wed, 08 May 2024 16:45:00 +0530", _p23)))])

# R34: supplier: PO acceptance books the slot, bulk starts wk 32, PC film for all bulk ordered -> RG006, RG012
_p24 = """Dear Mr. Shah,

Thank you for PO ML/24/0892.

Your PO is accepted in our ERP, which confirms your production slot, so we will start the bulk in
week 32 as planned. To be safe on lead time we have also ordered the PC film for all the bulk shells
already. The 24 PP samples will be ready on 28 May.

Best regards,
Vivian Xu
Sales Dept., Pinghu Xinyuan Luggage Co., Ltd.
Tel +86 573 8521 7790

-----Original-----
From: Kunal Shah
Date: 2024-05-03 13:22
Subject: PO ML/24/0892 - Voyager 25 PP samples

""" + quote("""Dear Vivian,

Please find PO ML/24/0892 attached:
- 24 PP samples of the Voyager 25 hard trolley, colour Teal.
- Balance 2,376 pcs is NOT released.
- Release only by a revised PO signed by me, Kunal Shah (Head of Sourcing), after PP sample sign-off.
- Material authority: sample-only.

Regards,
Kunal Shah
Musafir Luggage Co., Mumbai""")
case("p_p24_xinyuan_po_accepted_slot", ["RG006", "RG012"],
     "supplier treats PO acceptance as the bulk slot (start wk 32) and orders PC film for all bulk shells; PO was 24 PP samples",
     [("RE_PO_ML-24-0892.eml", eml_bytes(mail(
         "Vivian Xu <vivian.xu@xinyuanluggage.cn>", "Kunal Shah <kunal.shah@musafirluggage.in>",
         "RE: PO ML/24/0892 - Voyager 25 PP samples", "Mon, 06 May 2024 09:15:00 +0800", _p24)))])

# R37: supplier turns a labelled forecast into an order and buys leather for it -> RG006, RG008
_p25 = """Dear Mr. Khalid,

Thank you very much for your valued order of 12,000 pcs Nomad weekender for the SS25 season.
We have booked it in our production plan from October, and we have already purchased the PU-coated
split leather for the full quantity to hold the price for you.

We shall send the PP samples for your approval by end of June.

With warm regards,
R. Karthikeyan
Export Manager, Madras Leather Travel Goods, Ambur, Tamil Nadu

From: Khalid Al Mazrouei
Sent: 25 April 2024 11:30
Subject: SS25 forecast - Nomad weekender

""" + quote("""Dear Mr. Karthikeyan,

For your capacity planning, please find our SS25 forecast:
  Nomad weekender, tan: 7,000 pcs
  Nomad weekender, black: 5,000 pcs
This is a forecast only, not an order. Purchase orders will follow separately.

Best regards,
Khalid Al Mazrouei
Desert Rose Duty Free Trading, Abu Dhabi""")
case("p_p25_madras_forecast_as_order", ["RG006", "RG008"],
     "supplier calls the labelled 12,000 forecast an order and buys leather for it with nothing released",
     [("RE_SS25_forecast_Nomad.eml", eml_bytes(mail(
         "R. Karthikeyan <export@madrasleathertravel.in>", "Khalid Al Mazrouei <khalid.m@desertrose-dutyfree.ae>",
         "RE: SS25 forecast - Nomad weekender", "Fri, 03 May 2024 10:20:00 +0530", _p25)))])

# R15: supplier quote with automatic start of mass production on PP approval -> RG007
case("p_p26_sihanouk_quote_autostart", ["RG007"],
     "supplier quote: mass production starts automatically upon PP sample approval, no further confirmation",
     [("Quotation_SBC-24-031.pdf", pdf([
         ("h1", "QUOTATION SBC-24-031"),
         ("p", "Sihanoukville Bags Co., Ltd. - Special Economic Zone, Preah Sihanouk, Cambodia"),
         ("p", "To: Alpenkoffer GmbH, Muenchen - attn. Ms. Jana Krueger    Date: 02/05/2024"),
         ("table", [
             ["Item", "Quantity", "Unit price USD FOB", "Lead time"],
             ["Karwendel 30L backpack - PP sample", "12 pcs", "31.00", "20 days"],
             ["Karwendel 30L backpack - production", "1,500 pcs", "17.40", "55 days"],
             ["Karwendel 30L backpack - production", "3,000 pcs", "16.20", "60 days"],
         ]),
         ("sp",),
         ("h", "Terms"),
         ("p", "Production schedule: mass production of the ordered quantity starts automatically upon your "
               "PP sample approval. No further confirmation is needed, to keep the lead time."),
         ("p", "Payment: T/T 30 days after B/L date. Price basis: 210D ripstop and 420D HD nylon, YKK #8 "
               "coil zips, ITW Nexus 25 mm buckles. Validity: 60 days."),
         ("p", "Prepared by: Kim Sokha, Sales"),
     ], title="Quotation SBC-24-031", author="Kim Sokha"))])

# R17: buyer contradicts own written-release requirement -> RG007
_p27 = """Ciao Annie,

as per our PO TO-24-221 the balance of 1,176 trolleys needs the written release from Roberta Galli,
our Purchasing Director. But honestly, she is travelling until end of June and I don't want you to
lose the slot on the moulding line. If the PP samples pass the drop test in your lab, there is no
need to wait for the paperwork: just roll into production and we fix the formalities later.

Please send me the drop test video anyway, I like to see it.

Un saluto,
Stefano Riva
Product Developer - Moda Viaggio Torino S.r.l.
Corso Vittorio Emanuele II 88, 10121 Torino

> Da: Stefano Riva
> Inviato: giovedi 18 aprile 2024 09:12
> Oggetto: PO TO-24-221 - trolley Superga 65, PP samples
>
> Dear Annie, attached our PO TO-24-221 for 24 PP samples of the Superga 65 trolley.
> The balance of 1,176 pcs is not released. It will be released only in writing by
> Roberta Galli, Purchasing Director, after the PP sample sign-off. Material: sample-only.
> Stefano
"""
case("p_p27_modaviaggio_skip_paperwork", ["RG007"],
     "buyer tells supplier to roll into production if PP samples pass, skipping the written release his PO requires",
     [("Superga_65_PP_samples_slot.eml", eml_bytes(mail(
         "Stefano Riva <s.riva@modaviaggiotorino.it>", "Annie Qian <annie.qian@haoyun-travel.com>",
         "R: PO TO-24-221 - trolley Superga 65, PP samples", "Tue, 07 May 2024 19:40:00 +0200", _p27)))])

# R18: WhatsApp, supplier assumes SMS ok = bulk start, buyer confirms -> RG007
_p28 = """[29/04/24, 11:02:18] Rohit Malhotra: Hi Imran bhai, PO RM/0422 mailed. 8 pcs SMS only, 4 red 4 black, Cruiser 65 PP trolley
[29/04/24, 11:03:01] Rohit Malhotra: Bulk 1,192 pcs NOT released. I will release bulk in writing after SMS sign-off. No bulk granules pls
[29/04/24, 11:15:44] Imran Kwality: Noted sir. SMS by 8th May
[08/05/24, 18:20:09] Imran Kwality: Sir SMS dispatched by Blue Dart, docket 7734 1092 55
[08/05/24, 18:21:30] Imran Kwality: Sir same like last season na, SMS ok means bulk start? We will start bulk after your ok on SMS, moulds are ready
[08/05/24, 21:47:12] Rohit Malhotra: Haan yaar same as last time, don't wait for my mail
[08/05/24, 21:47:40] Imran Kwality: \U0001F64F Thank you sir
"""
case("p_p28_kwality_whatsapp_same_as_last", ["RG007"],
     "supplier: 'SMS ok means bulk start'; buyer agrees 'same as last time, don't wait for my mail' against his own written release",
     [("WhatsApp_Chat_Imran_Kwality_Moulders.txt", _p28)])

# R19: tech pack with order scope complete, but boilerplate says bulk starts after PP approval -> RG007
case("p_p29_alpenkoffer_techpack", ["RG007"],
     "tech pack scope is complete, but its sampling procedure says bulk starts after PP sample approval",
     [("Techpack_Karwendel_30L_v3.docx", docx_bytes([
         ("h1", "Tech pack - Karwendel 30L hiking backpack - v3"),
         ("p", "Alpenkoffer GmbH, Landsberger Strasse 302, 80687 Muenchen - Supplier: Hoa Binh Bags Co., Ltd., Thai Binh, Vietnam"),
         ("h", "1. Materials"),
         ("table", [
             ["Component", "Material", "Colour"],
             ["Body", "210D ripstop nylon, PU 2x", "Pantone 19-5917 TCX / 18-1248 TCX / 19-4010 TCX"],
             ["Bottom", "420D HD nylon", "black"],
             ["Zips", "YKK #8 coil, reverse", "DNC 580"],
             ["Buckles", "ITW Nexus 25 mm", "black"],
             ["Back length", "48 cm, airmesh 3D", "black"],
         ]),
         ("h", "2. Order scope"),
         ("p", "PP samples: 6 pcs (2 per colour) - active now under PO AK-24-0319."),
         ("p", "Bulk 2,394 pcs: not released. Bulk is released only by a written production release from "
               "Jana Krueger, Head of Product, after PP sample sign-off."),
         ("p", "Material authority: sample-only."),
         ("h", "3. Sampling procedure (general)"),
         ("num", "Proto: comments within 5 working days."),
         ("num", "SMS: comments within 5 working days."),
         ("num", "PP sample: approval by Alpenkoffer QA. After approval of the PP sample, bulk production "
                 "starts according to the order sheet."),
         ("h", "4. Labelling"),
         ("p", "Main label woven, 60 x 20 mm, centre back. Care label per EN ISO 3758. Hangtag with EAN."),
     ], author="Jana Krueger"))])

# R21: PO note with an informal automatic release, no signer -> RG005, RG007
case("p_p30_gulfskies_po_auto", ["RG005", "RG007"],
     "PO: 12 PP samples; balance 588 'released automatically once samples are approved, continue straight with production'; no named person",
     [("PO_GSR-24-0451.pdf", pdf([
         ("h1", "PURCHASE ORDER GSR-24-0451"),
         ("p", "Gulf Skies Retail FZCO - Dubai Airport Freezone, Building 6W, Dubai, UAE"),
         ("p", "Supplier: PT Koperindo Jaya, Tangerang, Indonesia    Date: 05/05/2024"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "GS-SKY-20", "Skyline 20'' cabin spinner, PP sample, pearl white", "12", "52.00", "624.00"],
         ]),
         ("sp",),
         ("p", "PO note: this PO covers 12 PP samples only. The balance of 588 pcs is not released now. It "
               "will be released automatically once the samples are approved, so kindly continue straight "
               "with production then."),
         ("p", "Samples to be airfreighted to DXB, attention Merchandising. Labels in English and Arabic."),
     ], title="PO GSR-24-0451", author="Gulf Skies Merchandising"))])

# R22: forwarded internal note (message/rfc822): carry on with bulk, no formal release -> RG007
_p31_inner = mail("Natalie Brooks <nbrooks@lakeshoreluggage.com>", "Brian Hughes <bhughes@lakeshoreluggage.com>",
                  "Pioneer backpack - protos", "Mon, 06 May 2024 16:55:00 -0500",
                  """Brian,

Protos look solid from the photos Tony sent. Once they're in hand and look OK, Everwin can just
carry on with the bulk - we don't need the formal release this time, the launch date matters more.

Natalie
Product Manager, Backpacks
""")
_p31_po = pdf([
    ("h1", "PURCHASE ORDER LL-7720"),
    ("p", "Lakeshore Luggage Co. - 310 E Buffalo St, Milwaukee, WI 53202"),
    ("p", "Vendor: Dongguan Everwin Bags Co., Ltd., Humen Town, Dongguan    Date: 04/22/2024"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD"],
        ["1", "PNR-26-BLK", "Pioneer 26L backpack, SMS, black", "20", "23.00"],
    ]),
    ("p", "Scope: 20 SMS only. The balance of 2,980 pcs is not released. It is released only by a written "
          "release from Brian Hughes, Sourcing Manager, after SMS sign-off. Material authority: sample-only."),
], pagesize=LETTER, title="PO LL-7720", author="Brian Hughes")
_p31 = mail("Brian Hughes <bhughes@lakeshoreluggage.com>", "Tony Lam <tony.lam@everwinbags.com>",
            "Fwd: Pioneer backpack - protos", "Tue, 07 May 2024 08:30:00 -0500",
            """Hi Tony,

See Natalie's note below. Let's do it her way this time so we keep the launch date.
PO LL-7720 attached again for reference.

Brian
""" + sig("Brian Hughes", "Sourcing Manager", "Lakeshore Luggage Co.", "+1 414 555 0126"),
            attachments=[("rfc822", _p31_inner), ("PO_LL-7720.pdf", _p31_po, PDF_MT)])
case("p_p31_lakeshore_fwd_note", ["RG007"],
     "forwarded internal note (rfc822): carry on with bulk once protos look OK, no formal release; buyer endorses it",
     [("Fwd_Pioneer_backpack_protos.eml", eml_bytes(_p31))])

# C2: Indian buyer, signed tech pack, 'Approved from our end, kindly proceed' -> RG002
_p32 = """Dear Mr. Budi,

Greetings from Jaipur. PFA the signed tech pack rev 3 with all our comments incorporated.
Approved from our end, kindly proceed at the earliest as the festive season is near.

Regards,
Pooja Nair
Merchandiser, Karwaan Bags LLP
B-41 Sitapura Industrial Area, Jaipur 302022 | +91 141 277 0412

On Mon, 22 Apr 2024 at 14:10, Pooja Nair <pooja@karwaanbags.in> wrote:
""" + quote("""Dear Mr. Budi,

PO KB/24/117 attached for 16 SMS pcs (8 black, 8 teal) of the Safar 35L travel backpack.
The balance of 1,584 pcs is not released. It will be released only through a written release from
Mr. Vikram Sethi, Director, after SMS sign-off. No bulk material to be purchased.

Regards,
Pooja""")
case("p_p32_karwaan_approved_proceed", ["RG002"],
     "'Approved from our end, kindly proceed' names no quantity or sample scope; quoted PO scope complete",
     [("Safar_35L_techpack_rev3.eml", eml_bytes(mail(
         "Pooja Nair <pooja@karwaanbags.in>", "Budi Santoso <budi@ranselindah.co.id>",
         "RE: Safar 35L - tech pack rev 3 signed", "Thu, 09 May 2024 12:05:00 +0530", _p32,
         attachments=[("Safar35L_techpack_rev3_signed.txt",
                       "TECH PACK SAFAR 35L REV 3 - SIGNED P. NAIR 09-05-2024\n"
                       "Body 600D poly, PU 2x | zips YKK #8 | laptop sleeve 15.6in | trolley sleeve 27 cm\n",
                       "text/plain")])))])

# R33: WhatsApp Gulf: LC opened, go ahead full speed -> RG002, RG012
_p33 = """[02/05/2024, 10:11] Hamad Falcon Gate: Salam Vincent. PO FGT-24-310 sent by email
[02/05/2024, 10:12] Hamad Falcon Gate: 50 pcs samples only, Atlas 3-pc hard-shell set, champagne
[02/05/2024, 10:13] Hamad Falcon Gate: balance 2,950 sets not released. Mr. Saeed Al Falasi will send written release after sample sign-off in Sharjah
[02/05/2024, 10:40] Vincent Pinghu: Dear Hamad, well received. Samples ready in 20 days
[09/05/2024, 19:02] Hamad Falcon Gate: Habibi good news, LC opened today at Emirates NBD for the full order
[09/05/2024, 19:02] Hamad Falcon Gate: go ahead full speed, we need the goods for the winter season
[09/05/2024, 19:30] Vincent Pinghu: Thank you Hamad! We arrange
"""
case("p_p33_falcongate_lc_opened", ["RG002", "RG012"],
     "buyer treats the opened LC as the trigger: 'go ahead full speed' with no quantity, against a 50-sample scope",
     [("WhatsApp_Chat_Vincent_Pinghu.txt", _p33)])


# ------------------------------------------------------------ batch 4
# R23: multi-file: PO says 24 PP samples, cover mail says 20 -> RG011
case("p_p34_wanderhaus_po_vs_mail", ["RG011"],
     "PO authorizes 24 PP samples, the buyer's cover mail asks for 20; hold, event and person present in both",
     [("Bestellung_WH-24-1187.pdf", pdf([
         ("h1", "Bestellung / Purchase order WH-24-1187"),
         ("p", "Wanderhaus GmbH - Hohenzollernring 58, 50672 Koeln"),
         ("p", "Lieferant: Pinghu Jinhui Luggage Co., Ltd., Pinghu, Zhejiang    Datum: 03.05.2024"),
         ("table", [
             ["Pos", "Artikel", "Bezeichnung", "Menge"],
             ["10", "WH-RHEIN-70-BL", "Trolley Rhein 70, PP sample, blau", "12 Stk."],
             ["20", "WH-RHEIN-70-AN", "Trolley Rhein 70, PP sample, anthrazit", "12 Stk."],
             ["", "", "Summe PP samples", "24 Stk."],
         ]),
         ("p", "Remaining quantity 1.176 pcs: not released. Release only by a written release from Claudia "
               "Neumann (Einkaufsleiterin) after PP sample sign-off. Material authority: sample-only."),
     ], title="Bestellung WH-24-1187", author="Claudia Neumann")),
      ("Cover_mail_WH-24-1187.eml", eml_bytes(mail(
          "Tim Berger <t.berger@wanderhaus.de>", "Zhou Lei <zhoulei@jinhui-luggage.com>",
          "Bestellung WH-24-1187 Rhein 70 - PP samples", "Fri, 03 May 2024 15:10:00 +0200",
          """Dear Mr. Zhou,

as discussed on the phone, please make and send the 20 PP samples (10 blau, 10 anthrazit) by
31 May to our office in Koeln. Our order WH-24-1187 is attached.

Everything else stays on hold as per the order until Mrs. Neumann's written release after the PP
sample sign-off. Please do not buy shell material beyond the samples.

Mit freundlichen Gruessen
Tim Berger
Produktmanagement Hartschale, Wanderhaus GmbH
""")))])

# R24: DOCX: text says thirty (30) sample pieces, colour table sums to 36 -> RG011
case("p_p35_cascade_sample_order_30_36", ["RG011"],
     "sample order text authorizes thirty (30) pieces, its colour table adds up to 36",
     [("Sample_order_CC-SO-2406.docx", docx_bytes([
         ("h1", "Sample order CC-SO-2406"),
         ("p", "Cascade Carry Co., 1201 Western Ave, Seattle WA 98101 - to Hanoi Pack & Gear JSC, Bac Ninh, Vietnam"),
         ("p", "Style: Transit 30L travel backpack. Date: May 6, 2024."),
         ("p", "This order authorizes thirty (30) sample pieces, split by colour as below:"),
         ("table", [
             ["Colour", "Pantone", "Qty"],
             ["Slate", "18-0201 TCX", "12"],
             ["Rust", "18-1248 TCX", "12"],
             ["Pine", "19-5513 TCX", "12"],
             ["Total", "", "36"],
         ]),
         ("p", "The balance of the 1,800-pc program is not released. It is released only by a written release "
               "from Owen Gallagher, VP Sourcing, after sample sign-off. Material authority: sample-only."),
         ("p", "Samples ship by air to Seattle, attention Product Team, by June 7."),
     ], author="Owen Gallagher"))])

# R25: multi-file: release letter 1,200 vs ERP call-off 1,500 for the same order -> RG011
case("p_p36_hanse_release_vs_calloff", ["RG011"],
     "release letter releases 1,200 pcs, the ERP call-off of the same day releases 1.500 for the same order",
     [("Freigabe_HR-FR-2024-09.pdf", pdf([
         ("h1", "Production release HR-FR-2024-09"),
         ("p", "Hanse Reisegepaeck GmbH, Luebeck - to PT Sinar Koper Indonesia, Tangerang"),
         ("p", "Order HR-4500-3310, article Trave 55 cabin trolley, order quantity 4,000 pcs. Date: 07.05.2024"),
         ("p", "PP sample sign-off completed on 30.04.2024 (report QS-0419)."),
         ("p", "Released for production with this letter: 1,200 pcs. The remaining 2,800 pcs are not released. "
               "They are released only by a further written release from Katrin Vogel, Leitung Einkauf."),
         ("p", "Material authority: for the released quantity only."),
         ("p", "Katrin Vogel, Leitung Einkauf"),
     ], title="Release HR-FR-2024-09", author="Katrin Vogel")),
      ("ABRUF_HR-4500-3310-01.txt", """HANSE REISEGEPAECK GMBH                   ABRUF / CALL-OFF                  07.05.2024
------------------------------------------------------------------------------------
BESTELLUNG   : HR-4500-3310        ABRUF : 01
LIEFERANT    : 700981 PT SINAR KOPER INDONESIA
ARTIKEL      : TRAVE 55 CABIN TROLLEY, PC, NAVY          BESTELLMENGE :   4.000 STK
------------------------------------------------------------------------------------
FREIGEGEBEN / RELEASED QTY ...............:   1.500 STK   LIEFERUNG KW 30/2024
NICHT FREIGEGEBEN / NOT RELEASED .........:   2.500 STK
NAECHSTER ABRUF NUR SCHRIFTLICH DURCH K. VOGEL, LEITUNG EINKAUF
------------------------------------------------------------------------------------
SAP MM  USER KVO
""")])

# R26: e-mail says PO rev 2 has 18 samples, the attached rev 2 PDF still shows 12 -> RG011
_p37_po = pdf([
    ("h1", "PURCHASE ORDER VG-4410 - REV 2"),
    ("p", "Voyageur Goods Inc. - 260 W 39th St, New York, NY 10018"),
    ("p", "Vendor: Da Nang Bags JSC, Hoa Khanh Industrial Park, Da Nang, Vietnam    Rev 2 date: 05/07/2024"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD"],
        ["1", "VG-MET-BLK", "Metro sling 8L, sample, black", "4", "14.00"],
        ["2", "VG-MET-SND", "Metro sling 8L, sample, sand", "4", "14.00"],
        ["3", "VG-MET-OLV", "Metro sling 8L, sample, olive", "4", "14.00"],
        ["", "", "Total samples", "12", ""],
    ]),
    ("p", "The balance of 1,188 pcs is not released. It is released only in writing by Carla Mendes, "
          "VP Merchandising, after sample sign-off. Material authority: sample-only."),
], pagesize=LETTER, title="PO VG-4410 rev 2", author="Carla Mendes")
_p37 = """Hi Hanh,

PO VG-4410 rev 2 is attached. The change: the sample quantity is now eighteen (18) pcs, 6 per
colour, instead of 12 - we need extra units for the retail buyer preview in June.

Everything else is unchanged: the balance is not released, and it is released only in writing by
Carla Mendes (VP Merchandising) after sample sign-off. Material sample-only.

Thank you!
Sofia
""" + sig("Sofia Alvarez", "Associate Buyer", "Voyageur Goods Inc., New York", "+1 212 555 0177")
case("p_p37_voyageur_rev2_mismatch", ["RG011"],
     "mail says PO rev 2 raises samples to eighteen (18); the attached rev 2 still lists 12 and a 1,188 balance",
     [("PO_VG-4410_rev2.eml", eml_bytes(mail(
         "Sofia Alvarez <salvarez@voyageurgoods.com>", "Nguyen Hanh <hanh@danangbags.vn>",
         "PO VG-4410 rev 2 - Metro sling samples", "Tue, 07 May 2024 13:44:00 -0400", _p37,
         html=html_mail(_p37), attachments=[("PO_VG-4410_rev2.pdf", _p37_po, PDF_MT)])))])

# R27: multi-file: PO 40 samples, supplier ack confirms 50 -> RG011
case("p_p38_bergfreund_po_ack_50", ["RG011"],
     "PO authorizes 40 sample pcs; supplier acknowledgement confirms a sample order of 50 pcs",
     [("PO_BF-PO-2411.pdf", pdf([
         ("h1", "Bestellung / Purchase order BF-PO-2411"),
         ("p", "Bergfreund Outdoor GmbH, Koenigstrasse 28, 70173 Stuttgart - to PT Tas Nusantara Jaya, Cikarang"),
         ("p", "Date: 02.05.2024"),
         ("table", [
             ["Pos", "Article", "Description", "Qty"],
             ["1", "BF-ALP-45", "Alpin 45L trekking backpack, sample", "20"],
             ["2", "BF-ALP-55", "Alpin 55L trekking backpack, sample", "20"],
             ["", "", "Total sample pcs", "40"],
         ]),
         ("p", "The balance of the programme is not released. It is released only by a written release from "
               "Matthias Sommer, Head of Sourcing, after sample sign-off. Material authority: sample-only."),
     ], title="PO BF-PO-2411", author="Matthias Sommer")),
      ("ACK_BF-PO-2411.eml", eml_bytes(mail(
          "Dewi Lestari <dewi@tasnusantara.co.id>", "Matthias Sommer <m.sommer@bergfreund-outdoor.de>",
          "Order acknowledgement BF-PO-2411", "Mon, 06 May 2024 10:30:00 +0700",
          """Dear Mr. Sommer,

We confirm your sample order BF-PO-2411 for 50 pcs (25 pcs Alpin 45L, 25 pcs Alpin 55L), ETD 5 June
2024. The balance is not released and we wait for your written release after sample sign-off.
Material is bought for the samples only.

Terima kasih,
Dewi Lestari, Merchandiser
PT Tas Nusantara Jaya
""")))])

# R28: PLM page: header released 600, lines sum 800; 'Approved' for sample and for PO -> RG009, RG011
_p39 = """
<h2>H&amp;P Vendor Portal &middot; Order HP-0101220 &middot; Weekender 22in softside</h2>
<p>Vendor: PT Sinar Koper Indonesia &middot; Buyer: Derek Okafor &middot; Order quantity: 2,400 EA</p>
<table>
<tr><th>Milestone</th><th>Status</th><th>Date</th></tr>
<tr><td>Sample approval (QA fit and drop test)</td><td>Approved</td><td>04/26/2024</td></tr>
<tr><td>PO approval (finance)</td><td>Approved</td><td>04/29/2024</td></tr>
<tr><td>Production release, lot 1</td><td>Released qty: 600 EA</td><td>05/06/2024</td></tr>
</table>
<h3>Lot 1 by colour</h3>
<table>
<tr><th>SKU</th><th>Colour</th><th>Released qty</th><th>Ex-factory</th></tr>
<tr><td>418-22-1187</td><td>Graphite</td><td>300</td><td>07/15/2024</td></tr>
<tr><td>418-22-1188</td><td>Camel</td><td>300</td><td>07/15/2024</td></tr>
<tr><td>418-22-1189</td><td>Forest</td><td>200</td><td>07/15/2024</td></tr>
</table>
<div class="note">The rest of the order quantity is not released. Lot 2 is released only by a written release from
Derek Okafor after the store sell-through review of lot 1. Material authority: lot 1 only.</div>
"""
case("p_p39_hp_portal_600_800", ["RG009", "RG011"],
     "portal header releases 600 EA but colour lines release 800; 'Approved' used for sample QA and for PO finance",
     [("HP_portal_order_HP-0101220.html", html_page("Order HP-0101220", _p39))])

# R29: WhatsApp: deposit sent so start the 500, against 300 released -> RG011, RG012
_p40 = """[29/04/24, 15:20:31] Pooja Karwaan: Dear Sok Dara, PO KB/24/131 mailed. Production lot 1 = 300 pcs released, Yatri 55 trolley duffel, black
[29/04/24, 15:21:10] Pooja Karwaan: Balance 1,200 pcs NOT released. It will be released only by written release from Mr. Vikram Sethi after the store sell-through review
[29/04/24, 15:40:02] Sok Dara Angkor: Well received madam. We plan 300 pcs line 3
[07/05/24, 11:05:45] Pooja Karwaan: Deposit sent today, UTR no. attached
[07/05/24, 11:05:46] Pooja Karwaan: <attached: 00000017-PHOTO-2024-05-07.jpg>
[07/05/24, 11:06:30] Pooja Karwaan: Pls start the 500 bags now, we need them before Diwali
[07/05/24, 11:30:12] Sok Dara Angkor: Ok madam, thank you for deposit. We start 500 pcs
"""
case("p_p40_karwaan_deposit_start_500", ["RG011", "RG012"],
     "after the deposit the buyer says 'start the 500' while the written lot 1 release is 300",
     [("WhatsApp_Chat_Sok_Dara_Angkor.txt", _p40)])

# R30: buyer payment advice: with this payment the order is released for production -> RG012
case("p_p41_scaligera_payment_advice", ["RG012"],
     "buyer's payment advice says the deposit transfer releases the (full-quantity) order for production",
     [("Avviso_pagamento_SV-24-0402.pdf", pdf([
         ("h1", "Avviso di pagamento / Payment advice"),
         ("p", "Scaligera Viaggi S.r.l., Via dell'Artigianato 7, 37135 Verona - to Dongguan Hengtai Travel Goods Co., Ltd."),
         ("p", "Data: 08/05/2024"),
         ("table", [
             ["Order", "Article", "Quantity", "Order value", "Paid today"],
             ["SV-24/0402", "Beauty case 'Arena', Blu Notte", "800 pcs (full order quantity)", "USD 9.600,00", "USD 2.880,00 (30% deposit)"],
         ]),
         ("sp",),
         ("p", "We have today transferred the 30% deposit for order SV-24/0402. With this payment the order "
               "is released for production."),
         ("p", "The balance payment of 70% follows against copy of the bill of lading. Bank: Banco BPM, "
               "filiale Verona Borgo Trento."),
         ("p", "Francesca Zanetti - Ufficio Acquisti"),
     ], title="Payment advice SV-24/0402", author="Francesca Zanetti"))])

# R32: PI: forecast turned into order, PI signature authorizes production, start on advance -> RG008, RG012
case("p_p42_goldenbridge_pi_forecast", ["RG008", "RG012"],
     "supplier PI calls the 5,000 forecast an order; PI signature and advance said to authorize production",
     [("PI_GB-2405-118.pdf", pdf([
         ("h1", "PROFORMA INVOICE GB-2405-118"),
         ("p", "Pinghu Golden Bridge Luggage Co., Ltd. - Zhapu Road 210, Pinghu, Zhejiang"),
         ("p", "Buyer: Musafir Luggage Co., Lower Parel, Mumbai 400013, India    Date: 2024-05-06"),
         ("p", "Ref.: your SS25 forecast dated 12-04-2024"),
         ("table", [
             ["No.", "Description", "Qty", "Unit USD FOB Ningbo", "Amount USD"],
             ["1", "Voyager 25 hard trolley, PC, Teal - as per your forecast order", "5,000 pcs", "27.60", "138,000.00"],
             ["", "30% advance", "", "", "41,400.00"],
         ]),
         ("sp",),
         ("p", "Terms: Production will commence upon receipt of 30% advance. The buyer's signature on this PI "
               "constitutes authorization for production of the total quantity of 5,000 pcs."),
         ("p", "Delivery: 60 days after advance. Balance 70% against copy of B/L."),
         ("p", "Seller: Lu Hao, Sales Manager    Buyer signature: ____________________"),
     ], title="PI GB-2405-118", author="Lu Hao"))])

# c16: multi-file German PO + supplier quote + buyer mail, consistent quantities in two number formats -> clean
_c16_mail = """Dear Ms. Ngoc,

attached our order KW-24-0612 for 12 samples of the Neckar 40L travel backpack and, for the file,
your quotation HT-Q-2404-09.

To make the scope clear: only the 12 samples are released. The production tier of your quotation is
for information only and not released. Production is released only by a written release from Ralf
Schubert, Leiter Einkauf, after the sample sign-off (Musterabnahme) in Stuttgart. Material authority:
sample-only.

Mit freundlichen Gruessen / best regards
Heike Lang
Einkauf, Kofferwerk Stuttgart GmbH
"""
case("c16_kofferwerk_po_quote_mail", [],
     "folder: German PO 12 Stueck / Restmenge 1.188 not released, quote 1,200 tier, mail declares tier informational",
     [("Bestellung_KW-24-0612.docx", docx_bytes([
         ("h1", "Bestellung KW-24-0612"),
         ("p", "Kofferwerk Stuttgart GmbH, Heilbronner Strasse 190, 70191 Stuttgart - an Hue Textile & Bags Co., Ltd., Thua Thien Hue, Vietnam"),
         ("p", "Datum: 06.05.2024 - Angebot / quotation HT-Q-2404-09"),
         ("table", [
             ["Pos", "Artikel", "Menge", "Preis USD"],
             ["10", "Neckar 40L travel backpack, Muster / sample, schwarz", "12 Stueck", "26,50"],
         ]),
         ("p", "Freigegeben / released: 12 Stueck Muster. Restmenge 1.188 Stueck: nicht freigegeben / not released."),
         ("p", "Freigabe der Restmenge nur schriftlich durch Ralf Schubert, Leiter Einkauf, nach Musterabnahme "
               "(sample sign-off). Materialberechtigung / material authority: nur Muster (sample-only)."),
     ], author="Heike Lang")),
      ("Quotation_HT-Q-2404-09.pdf", pdf([
          ("h1", "QUOTATION HT-Q-2404-09"),
          ("p", "Hue Textile & Bags Co., Ltd. - Phu Bai Industrial Zone, Thua Thien Hue - to Kofferwerk Stuttgart GmbH"),
          ("table", [
              ["Item", "Quantity", "Unit price USD", "Lead time"],
              ["Neckar 40L - sample", "12 pcs", "26.50", "18 days"],
              ["Neckar 40L - production", "1,200 pcs", "16.80", "50 days"],
          ]),
          ("p", "Le Thi Ngoc, Sales Executive - 24/04/2024"),
      ], title="Quotation HT-Q-2404-09", author="Le Thi Ngoc")),
      ("Order_KW-24-0612_mail.eml", eml_bytes(mail(
          "Heike Lang <h.lang@kofferwerk-stuttgart.de>", "Le Thi Ngoc <ngoc.le@huetextilebags.vn>",
          "Bestellung KW-24-0612 - Neckar 40L samples", "Mon, 06 May 2024 10:12:00 +0200", _c16_mail)))])

# c17: interim disposition with quantity and date limit (HTML) -> clean
_c17 = """
<h2>Trailhead Outfitters &middot; PP sample disposition &middot; Summit 65L rolling duffel</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Dongguan Shunda Bags &amp; Cases Co., Ltd.</td></tr>
<tr><td>Order</td><td>PO 4500-7731 rev 1 &middot; program quantity 2,400 pcs</td></tr>
<tr><td>PP samples</td><td>24 pcs, delivered 05/20/2024</td></tr>
<tr><td>Disposition</td><td><b>INTERIM</b> &ndash; wheel noise 2 dB above spec; new wheel housing WH-7 in tooling</td></tr>
<tr><td>Interim limit</td><td>300 pcs, ex-factory by 06/30/2024</td></tr>
<tr><td>Released with this disposition</td><td>300 pcs (production lot 1)</td></tr>
<tr><td>Balance</td><td>2,076 pcs &ndash; not released</td></tr>
<tr><td>Unlock event for the balance</td><td>full PP sample sign-off with wheel housing WH-7, then written release</td></tr>
<tr><td>Release authority</td><td>Sarah Mitchell, Director, Product Development</td></tr>
<tr><td>Material authority</td><td>material for the 300 pcs of lot 1 only</td></tr>
</table>
<p class="note">Signed in the PLM by Sarah Mitchell on 05/24/2024. Interim dispositions expire on the date above.</p>
"""
case("c17_trailhead_interim_disposition", [],
     "interim disposition releasing 300 pcs within limits; balance 2,076 not released; event and releaser named",
     [("PP_disposition_Summit65L.html", html_page("PP sample disposition - Summit 65L", _c17))])

# c18: supplier asks to buy bulk fabric; buyer declines, restates scope -> clean
_c18 = """Dear Ms. Mai,

Thank you for checking with us first - please don't book it. Material authority stays
sample-only: fabric only for the 24 SMS under PO BPI-0388.

The balance of 2,376 pcs is not released. It is released only by a written release from me after
the SMS sign-off. If the saving is real, send us a formal offer for staged material with the
cancellation terms, and we will look at it.

Regards,
Prakash
""" + sig("Prakash Iyengar", "Sourcing Head", "Bagpacker India Pvt Ltd, Bengaluru", "+91 80 4095 3300") + """
On 07-May-2024 09:10, Tran Thi Mai wrote:
""" + quote("""Dear Mr. Prakash,

Our mill offers the 1680D nylon 8% cheaper if we book before 15 May for the whole 2,400 pcs.
May we book the fabric for the bulk now? Please advise.

Best regards,
Mai - Hue Textile & Bags""")
case("c18_bagpacker_declines_prebuy", [],
     "supplier asks to pre-buy bulk fabric (question); buyer declines and restates 24 SMS, hold, event, named releaser",
     [("RE_fabric_booking_BPI-0388.eml", eml_bytes(mail(
         "Prakash Iyengar <prakash@bagpacker.in>", "Tran Thi Mai <mai.tran@huetextilebags.vn>",
         "RE: fabric booking - PO BPI-0388", "Tue, 07 May 2024 14:32:00 +0530", _c18)))])

# c19: PLM order status page with production not released, unlock and owner -> clean
_c19 = """
<h2>Kofferwerk Stuttgart &middot; Lieferantenportal &middot; Auftrag KW-24-0577</h2>
<p>Artikel: Hartschalentrolley &bdquo;Killesberg 75&ldquo;, PC, titan &middot; Lieferant: Pinghu Mingda Luggage Co., Ltd.</p>
<table>
<tr><th>Pos</th><th>Scope</th><th>Qty</th><th>Status</th><th>Unlock</th><th>Owner</th></tr>
<tr><td>10</td><td>PP samples</td><td>18</td><td>released</td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><td>20</td><td>Production</td><td>1,782</td><td>not released</td><td>PP sample sign-off, then written release</td><td>Julia Braun, Leiterin Beschaffung</td></tr>
</table>
<p>Material authority: sample-only. Questions: j.braun@kofferwerk-stuttgart.de</p>
"""
case("c19_kofferwerk_portal_status", [],
     "portal order status: 18 PP samples released, 1,782 not released, unlock and owner named",
     [("Portal_KW-24-0577.html", html_page("Auftrag KW-24-0577", _c19, lang="de"))])

# c20: tech pack with spec numbers and complete order scope -> clean
case("c20_partenope_techpack", [],
     "tech pack full of spec numbers (TSA-approved lock, 5,000 cycles); scope 9 PP samples, 2,691 not released, named releaser",
     [("Scheda_tecnica_Vesuvio.docx", docx_bytes([
         ("h1", "Scheda tecnica / Tech pack - trolley set 'Vesuvio'"),
         ("p", "Partenope Viaggi S.r.l., Via Gianturco 23, 80142 Napoli - Supplier: Pinghu Mingda Luggage Co., Ltd."),
         ("table", [
             ["Component", "Specification"],
             ["Shell", "100% PC, 2.8 mm, texture 'onda', Pantone 18-1664 TCX"],
             ["Wheels", "Hinomoto Lisof 360, 50 mm, 8 pcs per case"],
             ["Trolley", "aluminium 3-stage, handle cycle test 5,000 cycles"],
             ["Lock", "TSA-approved 3-digit lock, Travel Sentry 007"],
             ["Sizes", "55 / 68 / 78 cm, ratio 1:1:1"],
         ]),
         ("h", "Order scope"),
         ("p", "PP samples: 9 pcs (3 per size), active now under order PV-24-033."),
         ("p", "The balance of 2,691 pcs of the 2,700 pcs programme is not released. It is released only by "
               "a written release from Dott. Enzo Esposito, Amministratore Delegato, after the PP sample "
               "sign-off. Material authority: sample-only."),
         ("h", "Tests"),
         ("p", "Drop test 10 drops at 90 cm at -10 degrees C; tumble test 50 cycles; wheel running 32 km."),
     ], author="Enzo Esposito"))])

# c21: Indian ERP PO printout, lakh-format amounts, complete scope -> clean
_c21 = """HIMALAYA TREK GEAR PVT LTD                                 PURCHASE ORDER
Plot 9, Selaqui Industrial Area, Dehradun 248011   GSTIN 05AAHCH4471K1Z2
==============================================================================
PO No. : HTG/PO/24-25/0066          Date : 06-05-2024      Type : SAMPLE (SMS)
Vendor : ANAND SOFT LUGGAGE WORKS, 41 Topsia Road, Kolkata 700039
==============================================================================
Sl  Item Code     Description                       Qty  UOM    Rate      Amount
 1  HTG-DF-60-GR  Duffel trolley 60L, grey, SMS      10  PCS  1,850.00  18,500.00
------------------------------------------------------------------------------
                                          Total      10  PCS           18,500.00
Amount in words: Rupees Eighteen Thousand Five Hundred Only
==============================================================================
SCOPE OF THIS PO:
  ONLY 10 PCS SMS ARE RELEASED. BULK 1,990 PCS ARE NOT RELEASED.
  BULK WILL BE RELEASED ONLY BY A REVISED PO SIGNED BY ANKIT JOSHI, VP SOURCING,
  AFTER SMS SIGN-OFF. MATERIAL AUTHORITY: SAMPLE-ONLY.
  Style budget FY 24-25: Rs. 24,87,000 (for information only, not an order value).
==============================================================================
Prepared by: Sunita   Checked by: Accounts   Authorised signatory
"""
case("c21_himalaya_erp_po_lakh", [],
     "Indian ERP sample PO: 10 SMS released, bulk 1,990 not released, revised PO by named VP; lakh-format figures",
     [("HTG_PO_24-25_0066.txt", _c21)])


# ------------------------------------------------------------ batch 5
# R36: rolling forecast page that calls the forecast committed / firm orders -> RG008
_p43 = """
<h2>Gulf Skies Retail FZCO &middot; Supplier collaboration &middot; Rolling forecast</h2>
<p>Supplier: Dongguan Jiayi Luggage Co., Ltd. &middot; Category: cabin trolleys &middot; Published 05/05/2024 by Merchandise Planning</p>
<div class="note">The quantities below are our committed volumes for June to November 2024. Please treat them as
firm orders and reserve your line capacity accordingly.</div>
<table>
<tr><th>SKU</th><th>Description</th><th>Jun</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Firm order qty</th></tr>
<tr><td>GS-SKY-20-PW</td><td>Skyline 20'' cabin spinner, pearl white</td><td>400</td><td>400</td><td>600</td><td>600</td><td>800</td><td>800</td><td>3,600</td></tr>
<tr><td>GS-SKY-20-BK</td><td>Skyline 20'' cabin spinner, black</td><td>300</td><td>300</td><td>400</td><td>400</td><td>500</td><td>500</td><td>2,400</td></tr>
</table>
<p>Forecast version: FC-2024-05. Store allocation per terminal (T1, T2, T3) follows with each monthly update.</p>
"""
case("p_p43_gulfskies_rolling_forecast", ["RG008"],
     "rolling forecast page calls its monthly volumes committed and asks supplier to treat them as firm orders",
     [("Rolling_forecast_FC-2024-05.html", html_page("Rolling forecast FC-2024-05", _p43))])

# R38: ERP sample PO, complete hold, but season forecast labelled committed volume -> RG008
_p44 = """BLUEWATER TRAIL CO.                                  PURCHASE ORDER        PG 1/1
88 BLACK FALCON AVE, BOSTON MA 02210
------------------------------------------------------------------------------------
PO #     : BW-24-1140          TYPE: SAMPLE          DATE: 05/07/2024
VENDOR   : 20377  HUAFENG TRAVEL GOODS (DONGGUAN) CO., LTD.
BUYER    : E. CARTER
------------------------------------------------------------------------------------
LN  STYLE        DESCRIPTION                          QTY  UOM   COST USD   EXT USD
1   HB-20-NVY    HARBOR 20IN CARRY-ON, SAMPLE, NAVY     6  EA       58.00    348.00
2   HB-20-SGE    HARBOR 20IN CARRY-ON, SAMPLE, SAGE     6  EA       58.00    348.00
------------------------------------------------------------------------------------
NOTES:
  SAMPLE PO. 12 EA RELEASED. ANY QUANTITY BEYOND THE 12 EA IS NOT RELEASED.
  RELEASE ONLY BY WRITTEN RELEASE FROM TOM ASHFORD, VP PRODUCT, AFTER SAMPLE SIGN-OFF.
  MATERIAL AUTHORITY: SAMPLE-ONLY.
  FALL 2024 FORECAST: 6,000 EA HARBOR 20IN. THIS IS A COMMITTED VOLUME - BOOK YOUR
  CAPACITY FOR AUG/SEP.
------------------------------------------------------------------------------------
"""
case("p_p44_bluewater_po_committed_forecast", ["RG008"],
     "sample PO is complete, but its note turns the 6,000 EA season forecast into a 'committed volume'",
     [("BW-24-1140_PO.txt", _p44)])

# R39: Italian forecast letter: forecast to be considered a firm order -> RG008
case("p_p45_fiorentino_previsione", ["RG008"],
     "forecast letter declares the FW25 forecast quantities a firm, binding order",
     [("Previsione_FW25_Rajhans.docx", docx_bytes([
         ("p", "Bagaglio Fiorentino S.r.l. - Via di Novoli 91, 50127 Firenze"),
         ("p", "Spett.le Rajhans Leather & Travel Goods, Kolkata - alla c.a. Mr. Sengupta"),
         ("h", "Previsione di acquisto FW 2025 / purchase forecast FW 2025"),
         ("p", "Dear Mr. Sengupta, as promised during the fair in Milano (MIPEL), here our forecast for FW 2025:"),
         ("table", [
             ["Article", "Description", "Forecast FW25 (pz)"],
             ["BF-DUO-50", "Weekender Duomo 50, cognac", "1.800"],
             ["BF-DUO-50", "Weekender Duomo 50, testa di moro", "1.200"],
             ["", "Totale", "3.000"],
         ]),
         ("p", "Le quantita' previste sono da considerarsi ordine fermo: the forecast quantities are to be "
               "considered a firm order, binding for both parties."),
         ("p", "Colours and leather as per the samples of FW 24/25. Prices to be agreed by 30 June."),
         ("p", "Cordiali saluti, Marco Lippi - Buying Office"),
     ], author="Marco Lippi"))])

# R41: 'released in SAP' (finance) + 'release for bulk'; start the SMS with no quantity -> RG009, RG010
_p46 = """Dear Mr. Budi,

Good news: our PO 4500208817 for the Isar Daypack 22 has been released in SAP today (release
strategy step 2, finance). The PO PDF follows through the Coupa portal.

Please start the SMS in both colours (Isar blue and stone). Production is not released: the
release for bulk will be given only in writing by Markus Huber, Leiter Einkauf, after SMS
sign-off in Munich. Please buy material for the SMS only.

Best regards / Viele Gruesse
Jonas Weber
Product Development, Isar Travel GmbH
Rosenheimer Strasse 145, 81671 Muenchen
"""
case("p_p46_isar_sap_released_sms", ["RG009", "RG010"],
     "'released in SAP' (finance) vs 'release for bulk' (production); 'start the SMS' never states how many",
     [("Isar_Daypack_22_SMS.eml", eml_bytes(mail(
         "Jonas Weber <j.weber@isar-travel.de>", "Budi Santoso <budi@ranselindah.co.id>",
         "PO 4500208817 Isar Daypack 22 - SMS", "Wed, 08 May 2024 09:48:00 +0200", _p46,
         html=html_mail(_p46))))])

# R42: German status letter: 'release' for colour, order and production -> RG009
case("p_p47_nordkoffer_freigaben", ["RG009"],
     "status letter uses 'release' (Freigabe) for colour approval, finance order approval and production release",
     [("Statusmitteilung_NK-PO-24-0260.pdf", pdf([
         ("h1", "Statusmitteilung / status notice - order NK-PO-24-0260"),
         ("p", "Nordkoffer GmbH, Am Wall 140, 28195 Bremen - to Saigon Travelgear Co., Ltd., Binh Duong"),
         ("p", "Article: Hunte 55 cabin trolley, PP shell, petrol. Date: 07.05.2024"),
         ("table", [
             ["Step", "Status"],
             ["Release of the colour (Farbfreigabe), lab dip B", "done 30.04.2024"],
             ["Release of the order (Bestellfreigabe) by our finance", "done 03.05.2024"],
             ["Release for production (Produktionsfreigabe) of the balance 1,182 pcs", "open"],
         ]),
         ("sp",),
         ("p", "Active now: 18 PP samples only (order line 10). The balance of 1,182 pcs is not released. It is "
               "released only in writing by Stefan Brandt, Head of Purchasing, after PP sample sign-off."),
         ("p", "Material authority: sample-only."),
         ("p", "Stefan Brandt, Head of Purchasing"),
     ], title="Statusmitteilung NK-PO-24-0260", author="Stefan Brandt"))])

# R45: 'approved' by QA (wheel spec) and by finance (price) + 'you're good to run' -> RG002, RG009
_p48 = """Hi Hendra,

Two updates from our side:
1. The revised wheel spec (Hinomoto 50 mm, PN WH-360-50) is approved by our QA.
2. The new FOB price of USD 43.10 is approved by finance.

So you're good to run.

Best,
Grace
""" + sig("Grace Owusu", "Director of Sourcing", "Summit & Shore Luggage Co., Atlanta GA", "+1 404 555 0171") + """
On Thu, Apr 18, 2024 at 11:02 AM Grace Owusu <gowusu@summitshore.com> wrote:
""" + quote("""Hendra,

PO SS-55088 attached: 30 PP samples of the Coastline 22in carry-on, grey. Balance 2,970 pcs is not
released - it is released only by a written release from me after PP sample sign-off. Material
authority: sample-only.

Grace""")
case("p_p48_summitshore_good_to_run", ["RG002", "RG009"],
     "'approved' for a technical spec and for a price; then 'you're good to run' with no quantity",
     [("RE_Coastline_22_wheel_spec_price.eml", eml_bytes(mail(
         "Grace Owusu <gowusu@summitshore.com>", "Hendra Wijaya <hendra@koperindo.co.id>",
         "RE: Coastline 22 - wheel spec and price", "Thu, 09 May 2024 16:20:00 -0400", _p48)))])

# c22: EML with DOCX PO attached: 'a dozen (12)', quote tier declared informational -> clean
_c22_po = docx_bytes([
    ("h1", "PURCHASE ORDER MTR-24-0219"),
    ("p", "Marina Travel Retail LLC, Dubai Marina, Dubai, UAE - to Dongguan Jiayi Luggage Co., Ltd."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD"],
        ["1", "MTR-JUM-20", "Jumeirah 20'' cabin trolley, sample, sand gold", "12", "49.00"],
    ]),
    ("p", "Scope: 12 sample pcs only. The production tier of 2,000 pcs in quotation JY-Q-0412 is for "
          "information only and is not released. It is released only by a written release from Ms. Layla "
          "Haddad, Buying Director, after sample sign-off in Dubai. Material authority: sample-only."),
], author="Layla Haddad")
_c22 = """Dear Cindy,

Kindly find attached our PO MTR-24-0219 for a dozen (12) sample pcs of the Jumeirah 20" cabin
trolley, sand gold, with our logo plate.

Your quotation JY-Q-0412 (12 / 2,000 pcs) is noted. The 2,000 pcs production tier is for information
only and is not released. The balance will be released only by a written release from Ms. Layla
Haddad, our Buying Director, after sample sign-off in Dubai. Material authority: sample-only.

Samples by air to DXB please, before 31 May.

Best regards,
Rania Aziz
Merchandiser - Marina Travel Retail LLC
"""
case("c22_marina_dozen_samples", [],
     "a dozen (12) samples; quote's 2,000 tier declared informational and not released; written release by named director",
     [("PO_MTR-24-0219_samples.eml", eml_bytes(mail(
         "Rania Aziz <rania.aziz@marinatravelretail.ae>", "Cindy Liu <cindy@jiayi-luggage.com>",
         "PO MTR-24-0219 - Jumeirah 20 samples", "Tue, 07 May 2024 11:25:00 +0400", _c22,
         attachments=[("PO_MTR-24-0219.docx", _c22_po, DOCX_MT)])))])

# c23: WeChat: scoped green light for the SMS only -> clean
_c23 = """WeChat export - "Isar Travel / Everwin"
2024-05-06 14:02  Tony Lam: Jonas, 6 protos arrived Munich? DHL shows delivered
2024-05-06 16:40  Jonas Weber: Yes arrived. Protos signed off with 2 comments: stiffer back panel foam, and the zip garage 5 mm longer
2024-05-06 16:42  Jonas Weber: Green light for the 24 SMS only (12 black, 12 olive), with both comments included
2024-05-06 16:43  Jonas Weber: Bulk 1,176 pcs not released. I will release it in writing after SMS sign-off. SMS material only please
2024-05-06 16:55  Tony Lam: OK clear. 24 SMS only, ETD 27 May
"""
case("c23_isar_wechat_scoped_green", [],
     "WeChat: 'green light for the 24 SMS only'; bulk 1,176 not released until named sender's written release after SMS sign-off",
     [("WeChat_Isar_Everwin_2024-05-06.txt", _c23)])

# c24: buyer forwards old quote thread (rfc822), declares 5,000 tier informational; deposit covers tooling only -> clean
_c24_old = mail("Amy Xu <amy.xu@tianhe-luggage.cn>", "Jake Turner <jturner@northboundtravel.com>",
                "Quotation Q-PH-2188 Glide 24 spinner", "Mon, 04 Mar 2024 10:00:00 +0800",
                """Dear Jake,

Our quotation for the Glide 24 spinner:
- SMS: 36 pcs, USD 51.00
- Production: 5,000 pcs, USD 33.90, 50 days

Best regards,
Amy Xu
""")
_c24 = """Hi Kelly,

Welcome on the account! Forwarding Amy's original quote for the Glide 24 for context. The 5,000 pcs
production tier in there is informational only and is not released.

Current scope: PO NB-24-077 covers 36 SMS. The balance is not released. It is released only by a
written release from me after the SMS sign-off in Denver. Material authority: sample-only.

We paid the mould deposit last week. That payment covers tooling only and does not release
production.

Cheers,
Jake
""" + sig("Jake Turner", "Senior Buyer, Hard Luggage", "Northbound Travel Co., Denver CO", "+1 720 555 0182")
case("c24_northbound_fwd_old_quote", [],
     "forwarded old quote (rfc822) with 5,000 tier declared informational; 36 SMS, hold, event, named releaser; deposit is tooling only",
     [("Fwd_Glide_24_quote_context.eml", eml_bytes(mail(
         "Jake Turner <jturner@northboundtravel.com>", "Kelly Sun <kelly.sun@tianhe-luggage.cn>",
         "Fwd: Quotation Q-PH-2188 Glide 24 spinner", "Wed, 08 May 2024 08:05:00 -0600", _c24,
         attachments=[("rfc822", _c24_old)])))])

# c25: WhatsApp: production lot 1 of 300 released, rest not released -> clean
_c25 = """[06/05/2024, 09:15] Mariam Al Hashimi: Good morning Sreyneang. Store feedback on the Jetstream samples is positive, sample sign-off done yesterday
[06/05/2024, 09:16] Mariam Al Hashimi: Please proceed with 300 pcs production lot 1 only, ETD 20 June
[06/05/2024, 09:17] Mariam Al Hashimi: Remaining 2,700 pcs are not released until my next written call-off. Material for the 300 pcs only
[06/05/2024, 09:40] Sreyneang Mekong Bag: Good morning madam, noted with thanks. 300 pcs lot 1 only, material for 300
[06/05/2024, 09:41] Sreyneang Mekong Bag: We send PP meeting minutes tomorrow
"""
case("c25_almaha_whatsapp_lot1", [],
     "WhatsApp: 'proceed with 300 pcs production lot 1 only'; remaining 2,700 not released until named sender's next written call-off",
     [("WhatsApp_Chat_Mariam_Al_Hashimi.txt", _c25)])


# =================================================================== MAIN
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def main():
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case name"
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(CASES)
    random.Random(119119).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h119_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    for r in RULES:
        print(r, sum(1 for c in CASES if r in c["expect"]))


if __name__ == "__main__":
    main()
