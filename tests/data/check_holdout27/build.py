#!/usr/bin/env python3
"""Generator for the releasegate check_holdout27 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout27/build.py

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
    m["Message-ID"] = msgid or f"<h27-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h27")
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



import textwrap  # noqa: E402


def T(s):
    """dedent a triple-quoted block and drop the leading newline"""
    return textwrap.dedent(s).lstrip("\n")


def rg(*nums):
    return [f"RG{n:03d}" for n in nums]


def sig_plain(*lines):
    return "\n-- \n" + "\n".join(lines) + "\n"


def E(m):
    return eml_bytes(m)


import unicodedata  # noqa: E402

_PDF_MAP = {"\u0142": "l", "\u0141": "L", "\u0131": "i", "\u0394": "Delta ", "\u00b5": "u"}


def _fold(s):
    """reportlab's standard fonts only cover cp1252: fold other letters to ASCII (Poznań -> Poznan)"""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _PDF_MAP:
            out.append(_PDF_MAP[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if base and base.isascii() else "?")
    return "".join(out)


def _fold_block(b):
    if b[0] == "table":
        return ("table", [[_fold(str(c)) for c in r] for r in b[1]])
    return tuple(_fold(x) if isinstance(x, str) and i > 0 else x for i, x in enumerate(b))


_pdf_render = pdf


def pdf(blocks, **kw):  # noqa: F811
    return _pdf_render([_fold_block(b) for b in blocks], **kw)


# =================================================================== CLEAN
# c01: supplier quote with tiers, on its own (no authorized quantity)
case("c01_quote_tiers_pl_pouch", [], "supplier quote alone: sample and production tiers, no authorized quantity; states production needs a written release", [
    ("Oferta_Q-PL-24-0381.pdf", pdf([
        ("h1", "OFERTA / QUOTATION Q-PL-24-0381"),
        ("p", "Folpak Sp. z o.o. \u00b7 ul. G\u00f3rna Wilda 118 \u00b7 61-576 Pozna\u0144 \u00b7 Poland \u00b7 NIP 778-14-52-903"),
        ("p", "To: Barkley & Co. Pet Provisions, Dayton OH, USA \u2014 attn. Dana Whitlock, Packaging Buyer"),
        ("p", "Date: 08.04.2024 \u00b7 Valid until: 08.05.2024 \u00b7 Your enquiry: e-mail of 02.04.2024"),
        ("p", "Item: stand-up pouch with press-to-close zipper, 180 x 260 + 90 mm bottom gusset, "
              "PET 12 / ALU 7 / PE 100, 8 colours + matte varnish, tear notch both sides. "
              "Customer item BK-POUCH-0450 rev C, dieline BK-D-0450-C."),
        ("sp",),
        ("table", [
            ["Tier", "Quantity", "Unit price (EUR)", "Lead time"],
            ["Pre-production samples (digital print, HP Indigo 25K)", "250 pcs", "1,84", "10 working days from artwork sign-off"],
            ["Production (rotogravure)", "25.000 pcs", "0,212", "5 weeks from written production release"],
            ["Production (rotogravure)", "50.000 pcs", "0,176", "5 weeks from written production release"],
            ["Production (rotogravure)", "100.000 pcs", "0,149", "6 weeks from written production release"],
        ]),
        ("sp",),
        ("p", "Cylinders: 9 cylinders at EUR 265,00 each (EUR 2.385,00), invoiced once with the first production order; "
              "cylinders remain the customer's property. Cylinder engraving starts only with a production order."),
        ("p", "Overs/unders: \u00b110 % on production quantities, invoiced at the quantity actually delivered. "
              "Samples are delivered as ordered, without overs."),
        ("p", "Material: the PET/ALU/PE laminate is bought per order. We do not purchase laminate for production "
              "quantities before we hold a written production release."),
        ("p", "This quotation is an offer only. The production quantities above are price tiers for your planning. "
              "Nothing is produced until we receive your purchase order and, for production quantities, your written "
              "production release."),
        ("p", "Payment: 30 days net from invoice. Delivery: FCA Pozna\u0144 (Incoterms\u00ae 2020). "
              "Certification: BRCGS Packaging Materials Issue 6 (grade AA), ISO 9001:2015."),
        ("sp",),
        ("p", "Z powa\u017caniem / Kind regards"),
        ("p", "Katarzyna Wi\u015bniewska, Key Account Manager \u2013 Export \u00b7 +48 61 855 20 14 \u00b7 k.wisniewska@folpak.pl"),
    ], title="Quotation Q-PL-24-0381", author="Folpak")),
])

# c02: supplier question about the balance (a question is not an approval)
case("c02_supplier_question_mx_carton", [], "supplier CSR asks whether there is a go-ahead for the balance; restates the PO hold; non-authorizing question", [
    ("RE_PO_22-4471_sample_cartons_shipped.eml", E(mail(
        "Luc\u00eda Garza <lgarza@cartonajesdelnorte.com.mx>",
        "Rachel Ortega <rortega@solysalsalsa.com>",
        "PO 22-4471 \u2013 sample cartons shipped / question on the balance",
        "Tue, 07 May 2024 11:42:00 -0600",
        T("""
        Hi Rachel,

        Good news: the 300 sample cartons (item SSS-CTN-16OZ rev B, 16 oz jar carton, 18 pt SBS,
        4c + aqueous) left our dock this morning with Estafeta, tracking 7740 2291 0053. You should
        have them in San Antonio on Thursday.

        Before we plan press time for June, a quick question: do we have your go-ahead for the
        24,000 balance, or should we keep holding it until your team finishes the line trial? Your
        PO says the balance stays on hold until your written release, so we have not bought board
        for it and nothing is on the schedule. If the line trial is still set for the 20th, could
        you tell us roughly when you expect to decide? SBS lead time from the mill is three weeks
        right now.

        Also, your QA asked for the COA for the aqueous coating. It travels with the shipment
        documents, and I'm attaching a copy to the next mail.

        Saludos,
        Luc\u00eda
        """) + sig("Luc\u00eda Garza", "Customer Service Representative",
                   "Cartonajes del Norte S.A. de C.V., Apodaca, N.L., M\u00e9xico", "+52 81 8386 4410"),
    ))),
])

# c03: labelled forecast (Excel export)
case("c03_forecast_au_labels", [], "clearly labelled non-binding forecast; releases nothing, says so", [
    ("CCB_label_forecast_FY25.txt", T("""
    CORAL COAST BREWING CO. PTY LTD            ABN 41 612 300 118
    14 Tallebudgera Creek Rd, Burleigh Heads QLD 4220

    LABEL DEMAND FORECAST  FY2024/25  (Jul-24 .. Dec-24)
    Supplier: Sunrise Label Printing (Dongguan) Co., Ltd    Supplier no. V-20418
    Exported from: CCB_Supply_Plan_v12.xlsx / sheet "Labels"  03/06/2024 16:05

    *** FORECAST ONLY - NOT A PURCHASE ORDER ***
    This schedule is a non-binding forecast for your capacity planning. It does not
    authorise production and it does not authorise the purchase of paper, film or ink.
    Quantities are ordered only by purchase order and released only by a written
    call-off from Mick Dawson (Supply Manager).

    SKU          DESCRIPTION                       JUL-24   AUG-24   SEP-24   OCT-24   NOV-24   DEC-24     TOTAL
    ------------ ------------------------------ -------- -------- -------- -------- -------- -------- ---------
    CCB-L-375-PA Pale Ale 375ml can wrap          18,000   18,000   22,000   26,000   30,000   34,000   148,000
    CCB-L-375-XP XPA 375ml can wrap               12,000   12,000   14,000   16,000   20,000   24,000    98,000
    CCB-L-375-LG Lager 375ml can wrap             24,000   24,000   28,000   32,000   38,000   44,000   190,000
    CCB-L-500-SE Seasonal 500ml can wrap           4,000        0    6,000        0    8,000   10,000    28,000
    ------------ ------------------------------ -------- -------- -------- -------- -------- -------- ---------
    TOTAL                                         58,000   54,000   70,000   74,000   96,000  112,000   464,000

    Notes
    1. Figures rounded to the nearest 500 labels. Seasonal artwork not yet final (rev 0).
    2. Reel spec unchanged: 76 mm core, max OD 300 mm, wind direction 4.
    3. Forecast is refreshed monthly; the next refresh is due 01/07/2024.

    Prepared by: J. Tran, Demand Planning   jtran@coralcoastbrewing.com.au   +61 7 5520 1187
    """)),
])

# c04: Esko WebCenter approval export, scoped approval
case("c04_webcenter_scoped_approval", [], "proof approval scoped to the 150-label sample run; balance not released; event and named release person stated", [
    ("WebCenter_ApprovalReport_JOB-24-1187.txt", T("""
    Esko WebCenter 23.11 - Approval Report
    ======================================================================
    Project     : M&M-2024-014  Maple & Moss Candle Co. - 8 oz jar label refresh
    Job         : JOB-24-1187  (Northern Lights Label & Print, Guelph ON)
    Document    : MM_8oz_Jar_Label_SageCedar_v3.pdf   (version 3 of 3)
    Approval cycle 2 of 2        Started: 2024-05-13 15:02   Closed: 2024-05-14 10:41
    Overall status: APPROVED WITH COMMENTS
    ----------------------------------------------------------------------

    Participant                          Role                 Status     Date
    Olivia Brandt (Maple & Moss)         Brand Manager        Approved   2024-05-14 10:12
    Ben Sato (Maple & Moss)              Packaging Engineer   Approved   2024-05-14 10:40
    Hannah Ferris (Northern Lights)      Prepress             Reviewed   2024-05-13 15:05

    Comments
    ----------------------------------------------------------------------
    #1  2024-05-13 15:05  Hannah Ferris
        v3 uploaded. Sage green rebuilt as PMS 5635 C, cedar brown as PMS 4695 C.
        Trapping 0.15 mm, 6 pt min. type on the warning panel.

    #2  2024-05-14 10:12  Olivia Brandt
        Colour on the sage is right now. Approved for the 150-label sample run only;
        this is not a production release.

    #3  2024-05-14 10:40  Ben Sato
        Dieline checks out against drawing ML-LBL-008 rev 3 (the 2 mm corner radius is
        fixed). Agree with Olivia. The 12,000 production quantity is not released. Olivia
        sends the written production release after the sample jars pass our 72-hour
        adhesion test at 40 C.

    #4  2024-05-14 10:41  Hannah Ferris
        Thanks both. Sample run of 150 booked on the Mark Andy Digital Series for Thursday.
    ----------------------------------------------------------------------
    Annotations: 3 (all resolved)        Report generated 2024-05-14 10:44 by hferris
    """)),
])

# c05: full-quantity repeat PO that says proceed
case("c05_full_qty_po_us_carton", [], "repeat PO for the full 12,000 of a running item; 'proceed' is scoped to the full quantity; no balance", [
    ("PO_4500-88213.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500-88213"),
        ("p", "Verdant Botanics Inc. \u00b7 2210 E. Cesar Chavez St., Austin, TX 78702 \u00b7 AP: ap@verdantbotanics.com"),
        ("p", "Supplier: Great Lakes Folding Carton Co. \u00b7 1840 Chicago Dr SW, Grand Rapids, MI 49519 \u00b7 Vendor 100482"),
        ("p", "PO date: May 6, 2024 \u00b7 Buyer: Marcus Lee \u00b7 Terms: Net 45 \u00b7 Ship via: LTL, FOB Destination"),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Unit price", "Extended"],
            ["1", "VB-CTN-SERUM30 rev F", "Folding carton, 30 ml serum, 18 pt SBS, 4c + cold foil + soft-touch", "12,000", "EA", "$0.214", "$2,568.00"],
        ]),
        ("sp",),
        ("p", "Repeat order of an item in running production since 2022. Artwork, dieline and colour standard are "
              "unchanged from your job GL-22871 (press sheet signed 11/2023). Plates on file, no charge."),
        ("p", "Please proceed with the full 12,000 cartons on this PO. Overs/unders up to 5% are accepted and "
              "invoiced at the quantity shipped."),
        ("p", "Delivery: June 10, 2024 to Verdant Botanics DC, 9800 Metric Blvd, Austin TX. Pallets max 60 in high, "
              "corner boards, label per ASTM D5118 placard on two sides."),
        ("p", "Certificate of conformance and FSC chain-of-custody claim (FSC Mix, SCS-COC-007421) with the shipment."),
        ("sp",),
        ("p", "Authorized by: Marcus Lee, Senior Buyer \u2014 marcus.lee@verdantbotanics.com \u2014 (512) 555-0182"),
    ], pagesize=LETTER, title="PO 4500-88213", author="Verdant Botanics")),
])

# c06: call-off with explicit staged material authority above the released quantity
case("c06_calloff_staged_material_uk", [], "call-off releases 20,000; explicit staged material authority up to 60,000; balance 40,000 not released; next call-off by named manager", [
    ("Call-off_ATC-BO-24-011_no3.docx", docx_bytes([
        ("h1", "Call-off no. 3 under blanket order ATC-BO-24-011"),
        ("p", "Ashby Tea Company Ltd \u00b7 Unit 4, Riverside Park, Ashby-de-la-Zouch LE65 1AW \u00b7 VAT GB 284 1173 06"),
        ("p", "To: Marmara Ambalaj San. ve Tic. A.\u015e., \u0130kitelli OSB, Ba\u015fak\u015fehir, \u0130stanbul \u2014 attn. Serkan Y\u0131ld\u0131z"),
        ("p", "Date: 20 May 2024"),
        ("p", "Item: ATC-CTN-80EB rev 4, 80-bag English Breakfast carton, GC2 300 gsm, 5 colours + gloss varnish, "
              "cutter ref. MA-7731."),
        ("h", "What this call-off releases"),
        ("p", "Released for production by this call-off: 20,000 cartons (twenty thousand), delivery week 27 to our "
              "Ashby warehouse, DAP."),
        ("h", "Material authority (staged)"),
        ("p", "You may buy and hold GC2 board for up to 60,000 cartons at Ashby Tea's liability. This material "
              "authority covers board only and does not release printing or converting beyond the 20,000 above."),
        ("h", "Balance"),
        ("p", "The balance of the blanket, 40,000 cartons, is not released. The next portion is released only by a "
              "further written call-off signed by Eleanor Pryce, Supply Chain Manager, after our July stock review."),
        ("table", [
            ["Call-off", "Quantity", "Delivery", "Status"],
            ["1", "20,000", "week 15", "delivered"],
            ["2", "20,000", "week 21", "delivered"],
            ["3", "20,000", "week 27", "released by this call-off"],
            ["balance", "40,000", "\u2014", "not released"],
            ["blanket total", "100,000", "", ""],
        ]),
        ("p", "Please acknowledge this call-off by return e-mail within two working days."),
        ("p", "Eleanor Pryce, Supply Chain Manager \u2014 eleanor.pryce@ashbytea.co.uk \u2014 +44 1530 412 880"),
    ], author="Eleanor Pryce")),
])

# c07: explicit recorded auto-conversion (multipart/alternative)
_c07_txt = T("""
Hi Alejandro,

Following our call this morning, here is the wording we agreed for PO NLS-24-0719 (24/410 disc-top
closure, white PP, item NLS-CAP-24410 rev 2). The same text is in the PO note field.

1. Active now: 500 sample closures, moulded on the production tool (cavities 1-16, marked). Please
   run these only.
2. Auto-conversion, agreed and recorded: if I sign sample approval form QF-12 with the status
   "Approved" (not "Interim", not "Approved with deviation"), that signed form by itself releases
   20,000 closures of the quoted 60,000. You do not need a further document for those 20,000.
3. The remaining 40,000 are not released. They need a separate written release from me after our
   first filling run at the co-packer.
4. Material: you may buy resin and masterbatch for 20,500 closures (the 500 samples plus the 20,000)
   at our liability. Nothing beyond that.

If anything here doesn't match your reading, please tell me before you run the samples.

Thanks,
Dana
""") + sig("Dana Whitfield", "Procurement Lead", "Northern Lights Skincare Inc., Vancouver, BC", "+1 604 555 0147")
_c07_html = html_page("PO NLS-24-0719", T("""
<p>Hi Alejandro,</p>
<p>Following our call this morning, here is the wording we agreed for PO NLS-24-0719 (24/410 disc-top closure, white PP, item NLS-CAP-24410 rev 2). The same text is in the PO note field.</p>
<ol>
<li><b>Active now:</b> 500 sample closures, moulded on the production tool (cavities 1-16, marked). Please run these only.</li>
<li><b>Auto-conversion, agreed and recorded:</b> if I sign sample approval form QF-12 with the status &quot;Approved&quot; (not &quot;Interim&quot;, not &quot;Approved with deviation&quot;), that signed form by itself releases 20,000 closures of the quoted 60,000. You do not need a further document for those 20,000.</li>
<li>The remaining 40,000 are <b>not released</b>. They need a separate written release from me after our first filling run at the co-packer.</li>
<li><b>Material:</b> you may buy resin and masterbatch for 20,500 closures (the 500 samples plus the 20,000) at our liability. Nothing beyond that.</li>
</ol>
<p>If anything here doesn't match your reading, please tell me before you run the samples.</p>
<p>Thanks,<br>Dana</p>
<p>--<br>Dana Whitfield<br>Procurement Lead<br>Northern Lights Skincare Inc., Vancouver, BC<br>+1 604 555 0147</p>
"""))
case("c07_explicit_autoconversion_ca", [], "explicit recorded auto-conversion naming quantity, signer, form and conditions; rest on hold; explicit material authority", [
    ("PO_NLS-24-0719_agreed_wording.eml", E(mail(
        "Dana Whitfield <dana.whitfield@northernlightsskin.ca>",
        "Alejandro Ibarra <aibarra@cpq-cierres.com.mx>",
        "PO NLS-24-0719 \u2013 agreed wording (samples / auto-conversion / balance)",
        "Wed, 15 May 2024 14:20:00 -0700",
        _c07_txt, html=_c07_html,
        cc="Ravi Sandhu <ravi.sandhu@northernlightsskin.ca>",
    ))),
])

# c08: "deposit does not release production" (supplier), PI attached
_c08_pi = pdf([
    ("h1", "PROFORMA INVOICE BW-2405-118"),
    ("p", "Shenzhen Brightway Display Co., Ltd. \u00b7 Building 6, Fuyong Industrial Park, Bao'an District, Shenzhen 518103, China"),
    ("p", "Buyer: Pennine Confectionery Ltd, Unit 12 Calder Trading Estate, Huddersfield HD5 0RE, UK"),
    ("p", "Date: 2024-05-09 \u00b7 Your PO: PC-7731 \u00b7 Terms: FOB Yantian"),
    ("sp",),
    ("table", [
        ["No.", "Description", "Qty", "Unit (USD)", "Amount (USD)", "Status"],
        ["1", "FSDU 4-shelf floor display, item PC-FSDU-02, E-flute, 4c litho-lam \u2014 samples", "40", "18.00", "720.00", "in work (PO PC-7731)"],
        ["2", "FSDU 4-shelf floor display, item PC-FSDU-02 \u2014 production", "1,200", "11.00", "13,200.00", "NOT RELEASED \u2013 awaiting buyer's written release"],
        ["3", "Deposit 30% of line 2 (reserves cutting-die and print capacity)", "", "", "3,960.00", "received 2024-05-14"],
    ]),
    ("sp",),
    ("p", "The deposit reserves capacity only. It does not release production of line 2."),
    ("p", "Bank: Bank of China Shenzhen Branch \u00b7 SWIFT BKCHCNBJ45A \u00b7 A/C 7459 2233 8810"),
], title="PI BW-2405-118", author="Brightway")
case("c08_deposit_not_release_cn_display", [], "supplier confirms deposit but states it does not release production; 40 samples only; balance waits for named written release", [
    ("PI_BW-2405-118_update.eml", E(mail(
        "Vivian Luo <vivian.luo@brightway-display.cn>",
        "James Ashworth <j.ashworth@penninesweets.co.uk>",
        "Deposit received - PI BW-2405-118 / PO PC-7731",
        "Tue, 14 May 2024 16:05:00 +0800",
        T("""
        Dear Mr. Ashworth,

        Thank you for your T/T of USD 3,960.00, received in our account today. This is the 30%
        deposit on PI BW-2405-118, updated PI attached.

        Please note: the deposit does not release production. Per your PO PC-7731 we are making
        40 sample displays only (FSDU 4-shelf, item PC-FSDU-02). The 1,200 pcs production stays on
        hold. We will not cut board or print for it until we receive your written production
        release from Ms. Helen Cartwright, as written in your PO, after you sign off the samples.

        Sample schedule:
        - printing and lamination: 20 May
        - die-cutting and hand assembly: 22-24 May
        - 2 pcs assembled photos to you: 24 May
        - 40 pcs flat-packed, DHL Express: 28 May (AWB to follow)

        Shelf load test: each shelf 6 kg for 72 hours, report will come with the samples.

        Best regards,
        Vivian Luo
        Sales Manager | Shenzhen Brightway Display Co., Ltd.
        Tel +86 755 2990 1186 | WeChat vivian_bw
        """),
        attachments=[("PI_BW-2405-118_updated.pdf", _c08_pi, PDF_MT)],
    ))),
])

# c09: supplier acknowledgement restating the hold, HTML confirmation attached
_c09_html = html_page("Order confirmation EC-24-1183", T("""
<h2>ORDER CONFIRMATION / S\u0130PAR\u0130\u015e ONAYI EC-24-1183</h2>
<p>Ege Cam Ambalaj A.\u015e. &middot; Atat\u00fcrk OSB 10003 Sk. No:7, \u00c7i\u011fli, \u0130zmir &middot; Tax no. 325 041 8867</p>
<table>
<tr><th>Customer</th><td>Glenmorven Distillery Ltd, Aberlour, Banffshire AB38 9QP</td></tr>
<tr><th>Customer PO</th><td>GMD-PO-0412 dated 22.04.2024</td></tr>
<tr><th>Item</th><td>70 cl flint spirit bottle &quot;Glenmorven Heritage&quot;, mould EC-7012, bar-top finish 21.5 mm, 2-colour ceramic screen print</td></tr>
<tr><th>Active quantity</th><td>600 decorated sample bottles</td></tr>
<tr><th>Balance</th><td>48.000 bottles &mdash; NOT RELEASED, not scheduled, no decoration inks purchased</td></tr>
<tr><th>Release of balance</th><td>Written release signed by Mr. Iain MacLeod after customer's sample sign-off and filling trial</td></tr>
<tr><th>Sample delivery</th><td>week 19, DAP Aberlour, 2 pallets</td></tr>
</table>
<p class="note">This confirmation accepts the PO scope as written. It does not confirm any production quantity.</p>
"""))
case("c09_supplier_ack_hold_tr_glass", [], "supplier acknowledgement restating sample-only scope, balance not released, release by named person after sign-off", [
    ("Order_confirmation_GMD-PO-0412.eml", E(mail(
        "Elif Demir <elif.demir@egecam.com.tr>",
        "Iain MacLeod <iain.macleod@glenmorven.co.uk>",
        "Order confirmation EC-24-1183 / your PO GMD-PO-0412",
        "Thu, 25 Apr 2024 10:18:00 +0300",
        T("""
        Dear Mr. MacLeod,

        We acknowledge your PO GMD-PO-0412 dated 22 April 2024, with the scope as written:

        - 600 (six hundred) decorated sample bottles, 70 cl flint, mould ref. EC-7012 - active now.
        - The balance of 48,000 bottles is not released. We will not schedule the furnace job and
          we will not buy decoration inks for it.
        - Release of the balance: a written release signed by you after your sample sign-off and
          the filling trial at your bottling hall.

        The sample bottles will be ready in week 19. Our formal order confirmation EC-24-1183 is
        attached (HTML).

        Two technical points for the sample run:
        1. Bar-top finish 21.5 mm per your drawing GMD-DRG-700 rev 2; tolerance +/-0.3 mm.
        2. Ceramic print fired at 580 C; we will send the adhesion test (cross-hatch, ISO 2409)
           with the samples.

        Kind regards,
        Elif Demir
        Export Sales Specialist
        Ege Cam Ambalaj A.S. | +90 232 376 88 10
        """),
        attachments=[("OrderConfirmation_EC-24-1183.html", _c09_html, "text/html")],
    ))),
])

# c10: sample PO with table, India, complete scope
case("c10_sample_po_in_carton", [], "sample PO 400 cartons; quoted 30,000 not released; unlock = sample sign-off + written release by named manager; sample-only material", [
    ("PO_HTC-24-0388.pdf", pdf([
        ("h1", "PURCHASE ORDER HTC-24-0388"),
        ("p", "Harbourfront Tea Company Inc. \u00b7 77 Bathurst St, Toronto, ON M5V 2P7, Canada \u00b7 HST 80214 5560 RT0001"),
        ("p", "Supplier: Sai Packaging Industries Pvt. Ltd. \u00b7 Plot 44, MIDC Bhosari, Pune 411026, India \u00b7 GSTIN 27AACCS4412K1Z9"),
        ("p", "Date: 2 April 2024 \u00b7 Your quote: SPI/Q/24/117 dated 21 March 2024 \u00b7 Currency: INR \u00b7 Incoterms: FCA Nhava Sheva"),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Price (INR)", "Scope"],
            ["1", "HTC-CTN-ERL", "Folding carton, Earl Grey 20 sachets, 350 gsm FBB, 5c + UV, drawing HTC-D-2040 rev 12", "400", "pcs", "14.50", "SAMPLE \u2014 released"],
            ["2", "FRT", "Courier, samples to Toronto (DHL)", "1", "lot", "6,800.00", "\u2014"],
        ]),
        ("sp",),
        ("h", "Scope of this purchase order"),
        ("p", "This PO covers 400 sample cartons only. The production quantity of 30,000 cartons in your quote "
              "SPI/Q/24/117 is NOT released: do not print it and do not buy board for it. Material authority: "
              "sample quantity only."),
        ("p", "Release of the 30,000 requires (1) sign-off of the samples by our packaging engineer after the "
              "cartoning trial, and (2) a written production release signed by Anika Sharma, Purchasing Manager."),
        ("h", "Specification"),
        ("p", "Board 350 gsm FBB, food-contact grade per IS 1763; inks low-migration; food safety per "
              "ISO 22000:2018 certificate on file. Colour standard: drawdown DD-ERL-05 signed 28 March 2024."),
        ("sp",),
        ("p", "Issued by: Anika Sharma, Purchasing Manager \u00b7 asharma@harbourfronttea.ca \u00b7 +1 416 555 0193"),
    ], title="PO HTC-24-0388", author="Harbourfront Tea")),
])

# c11: DOCX sample PO with table, identifiers that look like quantities
case("c11_sample_po_au_pouch_docx", [], "DOCX sample PO 200 pouches; quote 45,000 stated as information only, not released; unlock and named person; part no. 2000-450-12 is an identifier", [
    ("PO_BBC-PO-1127.docx", docx_bytes([
        ("h1", "Purchase Order BBC-PO-1127"),
        ("p", "Bondi Bowl Co. Pty Ltd \u00b7 3/21 Hall Street, Bondi Beach NSW 2026 \u00b7 ABN 58 640 221 903"),
        ("p", "Supplier: Zhejiang Hengfeng Flexible Packaging Co., Ltd., Wenzhou, Zhejiang, China"),
        ("p", "Date: 16 April 2024 \u00b7 Quote ref.: HF-Q-2404 \u00b7 Currency: USD \u00b7 Incoterms: FOB Ningbo"),
        ("table", [
            ["Line", "Part no.", "Description", "Qty", "Unit price", "Total"],
            ["1", "2000-450-12", "Spouted pouch 450 ml, PET12/NY15/PE80, 6 colours, 10 mm corner spout, drg BB-P-450 rev 7 \u2014 digitally printed samples", "200", "USD 1.35", "USD 270.00"],
            ["2", "AIR", "Air freight, samples to Sydney", "1", "USD 185.00", "USD 185.00"],
        ]),
        ("h", "Scope"),
        ("p", "This PO covers two hundred (200) digitally printed sample pouches only. Your quote HF-Q-2404 "
              "shows 45,000 pcs for production; that figure is for information only and is not released."),
        ("li", "Do not engrave cylinders or buy laminate for the production quantity."),
        ("li", "The production quantity is released only by a written release from Jess McAllister, "
               "Operations Manager, after we sign off the samples (drop test from 1.2 m and seal strength)."),
        ("h", "Specification notes"),
        ("p", "Food-contact compliance: GB 9685-2016 and FSANZ Standard 1.4.3 declaration with the samples. "
              "Spout cap colour Pantone 7481 C. Carton marks: BBC / 2000-450-12 / sample."),
        ("p", "Jess McAllister, Operations Manager \u00b7 jess@bondibowl.com.au \u00b7 +61 2 9130 4471"),
    ], author="Jess McAllister")),
])

# c12: HTML PO with table, shippers
case("c12_sample_po_us_shipper_html", [], "HTML sample PO 60 shippers for ISTA test; balance 9,940 on hold; unlock = passed test + written release from named director", [
    ("TCR-PO-1045.html", html_page("Purchase Order TCR-PO-1045", T("""
<h2>Trailhead Coffee Roasters &mdash; Purchase Order TCR-PO-1045</h2>
<p>Trailhead Coffee Roasters LLC &middot; 415 SW Industrial Way, Bend, OR 97702<br>
Vendor: Cascade Corrugated &amp; Display, 2201 Port of Tacoma Rd, Tacoma, WA 98421 (vendor #C-0931)<br>
PO date: 04/22/2024 &middot; Quote: CC-8812 (rev A) &middot; Terms: Net 30 &middot; FOB Origin, prepaid &amp; add</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit</th><th>Ext.</th></tr>
<tr><td>1</td><td>TCR-SHP-12x12</td><td>RSC shipper 15.25 x 11.5 x 8.75 in, 44 ECT C-flute, 2c flexo, holds 12 x 12 oz bags</td><td>60</td><td>EA</td><td>$3.10</td><td>$186.00</td></tr>
<tr><td>2</td><td>TCR-DIE-01</td><td>Print plates, 2 colours (customer-owned)</td><td>1</td><td>LOT</td><td>$420.00</td><td>$420.00</td></tr>
</table>
<div class="note">
<p><b>Scope:</b> sample lot of 60 shippers for ISTA 3A transit testing at our lab.</p>
<p>The balance of 9,940 shippers from quote CC-8812 (10,000 total) is on hold and not released. Do not run or stage board for it.</p>
<p>Release of the balance requires a passed ISTA 3A test report and a written release from Marcus Bell, Director of Operations.</p>
</div>
<p>Ship samples to: Trailhead Coffee Roasters, Attn: Receiving Dock 2. Deliver Mon&ndash;Fri 7am&ndash;2pm.</p>
<p>Buyer: Kelsey Hart &middot; purchasing@trailheadcoffee.com &middot; (541) 555-0126</p>
"""))),
])

# c13: EDI 850 as text, full-quantity repeat order
case("c13_edi850_full_qty", [], "EDI 850 full-quantity repeat order, two lines, no sample, no balance; CTT hash total is not a quantity to release", [
    ("EDI850_GPP_PO_558120.txt", T("""
    ISA*00*          *00*          *ZZ*GREATPLAINSPAN *ZZ*MIDWESTLABEL   *240509*0814*U*00401*000005812*0*P*>~
    GS*PO*GREATPLAINSPAN*MIDWESTLABEL*20240509*0814*5812*X*004010~
    ST*850*0001~
    BEG*00*SA*558120**20240509~
    REF*DP*PKG~
    REF*VR*MLS-10442~
    PER*BD*CARLOS MENDEZ*TE*8165550172*EM*CMENDEZ@GREATPLAINSPANTRY.COM~
    DTM*002*20240603~
    N1*ST*GREAT PLAINS PANTRY CO DC*92*0002~
    N3*6400 NE UNDERGROUND DR~
    N4*KANSAS CITY*MO*64161*US~
    PO1*1*18000*EA*0.0412**BP*GPP-LBL-1201*VP*MLS-44120~
    PID*F****PS LABEL 3X4 IN HONEY OAT GRANOLA V7~
    PO1*2*9000*EA*0.0455**BP*GPP-LBL-1202*VP*MLS-44121~
    PID*F****PS LABEL 3X4 IN CINNAMON CRUNCH V7~
    MSG*REPEAT ORDER - ARTWORK V7 UNCHANGED - FULL QUANTITIES RELEASED AS ORDERED~
    CTT*2*27000~
    SE*16*0001~
    GE*1*5812~
    IEA*1*000005812~

    ---- translated view (Midwest Label & Sleeve EDI inbox, printed 05/09/2024 08:20) ----
    PO 558120   type: stand-alone order (SA)    date 05/09/2024   ship by 06/03/2024
    Buyer: Carlos Mendez, Great Plains Pantry Co.  (816) 555-0172
    Ship to: Great Plains Pantry Co. DC, 6400 NE Underground Dr, Kansas City MO 64161
    Line 1  GPP-LBL-1201 / our MLS-44120  PS label 3x4 Honey Oat Granola v7    18,000 EA @ 0.0412
    Line 2  GPP-LBL-1202 / our MLS-44121  PS label 3x4 Cinnamon Crunch v7       9,000 EA @ 0.0455
    Note: repeat order - artwork v7 unchanged - full quantities released as ordered
    Lines: 2   hash total of quantities: 27,000
    """)),
])

# c14: quoted supplier message assumes auto-conversion; buyer corrects it
case("c14_buyer_corrects_rollover_ca", [], "quoted supplier 'roll straight into the 30k' is answered by the buyer: sign-off does not release; 250 samples only; hold, event and named release person", [
    ("RE_PCC-0533_sample_sleeves.eml", E(mail(
        "Sarah Lim <sarah.lim@prairiecrisp.ca>",
        "Jake Turner <jturner@summitsleeve.com>",
        "RE: PCC-0533 sample sleeves shipping tomorrow",
        "Tue, 28 May 2024 17:03:00 -0700",
        T("""
        Hi Jake,

        No, please don't. Signing off the samples won't release the 30,000.

        To be clear on PO PCC-0533: only the 250 sample sleeves are on order now. The 30,000 stays
        on hold until I send you a written release, which I'll do after our sample sign-off (shrink
        tunnel trial at the co-packer on June 12). If that costs us the July slot, I'd rather know
        now. What's the next slot after that?

        Thanks for getting the samples out so fast.

        Sarah

        Sarah Lim | Procurement Manager | Prairie Crisp Cider Co.
        1190 Ellis St, Kelowna BC V1Y 1Z4 | +1 250 555 0138

        On May 28, 2024, at 4:12 PM, Jake Turner <jturner@summitsleeve.com> wrote:
        > Hi Sarah,
        >
        > The 250 sample sleeves for the 473 ml Honeycrisp Dry are printed, inspected and go out
        > tomorrow by FedEx Priority (tracking to follow). Press time is tight in July, so once you
        > sign off the samples we'll roll straight into the 30k so you don't lose your slot.
        > Let me know if that works for you.
        >
        > Jake Turner
        > Account Manager, Summit Sleeve & Label, Denver CO
        """),
        in_reply_to="<h27-ps-0533@summitsleeve.com>",
    ))),
])

# c15: Monday.com export, colour-only drawdown approval
case("c15_monday_colour_only_uk", [], "drawdown approved for colour only, explicitly not a print release; 500 sample sleeves; 18,000 on hold; named release person and event", [
    ("monday_export_Packaging_NPD_Spring24.txt", T("""
    monday.com board export  |  Board: Packaging NPD - Spring 24  |  Workspace: Ottoline Bakes
    Exported 2024-05-22 09:31 (Europe/London) by liam.byrne@ottolinebakes.co.uk
    Shared with guests: flexodruk.pl

    Item: Shortbread tin sleeve - Lemon & Thyme (OB-SLV-LT-01)
      Group ........ Printed sleeves
      Owner ........ Liam Byrne
      Supplier ..... FlexoDruk Sp. z o.o., Krak\u00f3w
      Status ....... Samples in progress
      PO ........... OB-2291
      Due .......... 2024-06-04 (press check)

    Updates (newest first)
    ---------------------------------------------------------------------------
    [2024-05-21 16:48] Liam Byrne (Ottoline Bakes)
      Drawdown of PMS 7621 red on white BOPP: approved for colour only. This is
      not a print release. Current order is PO OB-2291: 500 sample sleeves, nothing
      more. The 18,000 stays on hold - no printing, no film purchase for it. I'll
      send the written release after the press check on 4 June, if the press
      sheets match the drawdown.

    [2024-05-21 11:02] Marta Nowak (FlexoDruk)
      Drawdown photos attached (3 files). Delta E 1.4 vs. target on the red, 0.9
      on the sage. Anilox 500 lpi / 3.2 bcm.

    [2024-05-17 09:15] Priya Shah (Ottoline Bakes)
      Copy on the back panel updated to v4 (allergen box moved up 3 mm).

    [2024-05-15 14:30] Marta Nowak (FlexoDruk)
      PO OB-2291 received, thank you. 500 sample sleeves booked for week 22.
    ---------------------------------------------------------------------------
    Subitems: Artwork v4 (Done) | Drawdown (Done) | Sample run (Working on it) | Press check (Not started)
    """)),
])

# c16: Shopify brand, informal, complete scope (multipart/alternative)
_c16_txt = T("""
hey Wei!

ok it's official, PO #1058 is in your inbox 🎉

Just the 200 sample pouches for now please! The big run (the 10k) is NOT a go yet 🙏 so please
don't order film or make cylinders for it.

Once I've signed off the samples (we're running them on our little VFFS filler and doing a
two-week fridge test), I'll email you the written release for the 10k myself. Nobody else on our
side can release it, so if you get a "go" from anyone else, check with me first, lol.

Ship the samples UPS to the studio address on the PO. Any questions just shout!

xo
Maya
""") + sig_plain("Maya Chen", "Founder, Saltwater Sweets", "Portland, Maine", "hello@saltwatersweets.com")
_c16_html = html_page("PO #1058", T("""
<p>hey Wei!</p>
<p>ok it's official, PO #1058 is in your inbox &#127881;</p>
<p><b>Just the 200 sample pouches for now please!</b> The big run (the 10k) is <b>NOT a go yet</b> &#128591; so please don't order film or make cylinders for it.</p>
<p>Once I've signed off the samples (we're running them on our little VFFS filler and doing a two-week fridge test), I'll email you the written release for the 10k myself. Nobody else on our side can release it, so if you get a &quot;go&quot; from anyone else, check with me first, lol.</p>
<p>Ship the samples UPS to the studio address on the PO. Any questions just shout!</p>
<p>xo<br>Maya</p>
<p>--<br>Maya Chen<br>Founder, Saltwater Sweets<br>Portland, Maine</p>
"""))
case("c16_shopify_informal_complete", [], "informal founder email: 200 samples only, 10k not a go, no film or cylinders, written release from the founder after sample sign-off", [
    ("PO_1058_samples.eml", E(mail(
        "Maya Chen <maya@saltwatersweets.com>",
        "Wei Zhang <wei@pouchcraft-sz.com>",
        "PO #1058 - taffy pouches!!",
        "Mon, 13 May 2024 08:47:00 -0400",
        _c16_txt, html=_c16_html,
    ))),
])

# c17: WhatsApp chat export, complete scope from the buyer
case("c17_whatsapp_complete_in", [], "chat: supplier asks whether to start 20,000; buyer answers only 150 samples, 20,000 not released, no film, written release from him after QA sign-off", [
    ("WhatsApp_Chat_Vardhman_Okanagan.txt", T("""
    [11/03/24, 9:14:02 AM] Neha Arora (Vardhman Printpack): Good morning Tom sir, PO OOS-2231 received for 150 sample pouches apple chips 60g. Thank you
    [11/03/24, 9:14:40 AM] Neha Arora (Vardhman Printpack): Cylinder proof will be ready Wednesday. Should we also plan the 20,000 on same cylinders?
    [11/03/24, 9:31:15 AM] Tom Reyes (Okanagan Orchard): Morning Neha. No - only the 150 samples for now. The 20,000 is not released.
    [11/03/24, 9:31:52 AM] Tom Reyes (Okanagan Orchard): Please don't buy film for it either.
    [11/03/24, 9:33:20 AM] Tom Reyes (Okanagan Orchard): The production release will come from me in writing (email) after our QA signs off the samples. Probably mid April.
    [11/03/24, 9:35:07 AM] Neha Arora (Vardhman Printpack): Understood sir 👍 150 pcs only, 20,000 on hold till your email.
    [11/03/24, 9:35:41 AM] Neha Arora (Vardhman Printpack): Zipper colour same as last time? Clear?
    [11/03/24, 9:40:10 AM] Tom Reyes (Okanagan Orchard): Clear, yes. And the window 35 x 50 mm per dieline OOS-D-060 rev 4
    [11/03/24, 9:40:33 AM] Neha Arora (Vardhman Printpack): Noted. Will share proof Wednesday
    [13/03/24, 4:02:19 PM] Neha Arora (Vardhman Printpack): <attached: 00000021-PHOTO-2024-03-13-16-02-19.jpg>
    [13/03/24, 4:02:44 PM] Neha Arora (Vardhman Printpack): Cylinder proof for your review sir
    [13/03/24, 6:15:02 PM] Tom Reyes (Okanagan Orchard): Looks right. Go ahead with the 150 samples only.
    """)),
])

# c18: ERP printout, full-quantity repeat PO, several SKUs
case("c18_erp_full_qty_multi_sku_uk", [], "SAP-style full-quantity repeat PO, three SKUs in serial production, no samples, no balance; spec numbers are identifiers", [
    ("PO_4500219876_print.txt", T("""
    CASTLEFORD HOME FRAGRANCE LTD                                   PURCHASE ORDER
    Unit 9, Whitwood Enterprise Park, Castleford WF10 5PX             4500219876
    VAT GB 318 6620 41                                                Page 1 of 1

    Vendor     200731  ANADOLU KUTU AMBALAJ SAN. A.S.                 PO date   14.05.2024
                       Gebze OSB 3200 Cad. No:14, Kocaeli, TR         Currency  GBP
    Buyer      N. OKONJO   tel +44 1977 550 214                       Incoterms DAP Castleford
    Pay terms  60 days EOM                                            Ref.      repeat of 4500207311

    ITEM  MATERIAL        SHORT TEXT                              QTY  UN   NET PRICE     NET VALUE   DELIV.
    ----- --------------- ---------------------------------- -------- --- ----------- ------------- --------
    00010 CHF-CTN-200     CARTON REED DIFFUSER 200ML FIG+CAS    6,000 EA       0.3120      1,872.00 24.06.24
    00020 CHF-CTN-100     CARTON REED DIFFUSER 100ML FIG+CAS    4,500 EA       0.2740      1,233.00 24.06.24
    00030 CHF-CTN-CNDL    CARTON CANDLE 220G FIG+CASSIS         2,500 EA       0.2890        722.50 24.06.24
    ----- --------------- ---------------------------------- -------- --- ----------- ------------- --------
                                                                      TOTAL NET VALUE GBP   3,827.50

    HEADER TEXT
    Repeat order. All three items are in serial production since 2023; artwork, cutter and colour
    standard unchanged (spec CHF-SPEC-1000 rev 25, board 350 gsm GC1 per EN 15593 hygiene plan).
    Each line is released for production in full as ordered. Overs/unders +/-5% per line accepted.
    Pallets: 1200 x 1000 mm, max 1.6 m, label both short sides with PO and item no.

    This order is subject to Castleford Home Fragrance Standard Terms of Purchase (CHF-T-07).
    Printed 14.05.2024 11:32 by NOKONJO                        Authorised: N. Okonjo, Purchasing
    """)),
])

# c19: multi-file: sample PO + supplier quote; quote quantity declared informational
case("c19_po_plus_quote_mx_bag", [], "two files: sample PO 300 bags stating the quote's 60,000 is informational and not released, with event and named release person; quote alone with tiers", [
    ("PO_HPF-7720.pdf", pdf([
        ("h1", "Purchase Order HPF-7720"),
        ("p", "Hearthstone Pet Foods, Inc. \u00b7 1500 Guinotte Ave, Kansas City, MO 64120"),
        ("p", "Supplier: Pl\u00e1sticos y Laminados de Jalisco S.A. de C.V. (PLJ), Zapopan, Jalisco, M\u00e9xico"),
        ("p", "Date: April 29, 2024 \u00b7 Quote: PLJ-Q-1193 \u00b7 Terms: Net 30 \u00b7 Incoterms: DAP Kansas City"),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Unit", "Ext."],
            ["1", "HPF-BAG-5LB", "5 lb stand-up bag, PET/PE, slider zipper, 7c, pre-production samples", "300", "EA", "$0.88", "$264.00"],
        ]),
        ("sp",),
        ("p", "Quote PLJ-Q-1193 is attached to this PO so both sides use the same prices. Its 60,000-bag "
              "production quantity is informational only and is not released by this PO."),
        ("p", "Do not print, laminate or buy film for production. Production is released only by a written "
              "release from Corinne Blake, VP Supply Chain, after our sample sign-off (fill test on the "
              "Hayssen line and 1 m drop test)."),
        ("p", "Samples: ship to Hearthstone R&D, 1500 Guinotte Ave, attn. Packaging Lab, by May 20, 2024."),
        ("sp",),
        ("p", "Buyer: Tyler Graves, Purchasing Specialist \u00b7 tgraves@hearthstonepet.com \u00b7 (816) 555-0164"),
    ], pagesize=LETTER, title="PO HPF-7720", author="Hearthstone Pet Foods")),
    ("Cotizacion_PLJ-Q-1193.pdf", pdf([
        ("h1", "COTIZACI\u00d3N / QUOTATION PLJ-Q-1193"),
        ("p", "Pl\u00e1sticos y Laminados de Jalisco S.A. de C.V. \u00b7 Perif\u00e9rico Poniente 7720, Zapopan, Jal. 45150 \u00b7 RFC PLJ981104AB2"),
        ("p", "Cliente: Hearthstone Pet Foods, Inc. \u00b7 Fecha: 18/04/2024 \u00b7 Vigencia: 30 d\u00edas"),
        ("table", [
            ["Concepto / Item", "Cantidad / Qty", "Precio unitario USD", "Entrega / Lead time"],
            ["Muestras pre-producci\u00f3n / pre-production samples", "300", "0.88", "2 semanas / 2 weeks"],
            ["Producci\u00f3n / production", "60,000", "0.164", "4 semanas tras liberaci\u00f3n escrita / 4 weeks after written release"],
            ["Producci\u00f3n / production", "120,000", "0.151", "5 semanas / 5 weeks"],
            ["Grabado de cilindros / cylinders (7)", "1 lote", "2,450.00", "con producci\u00f3n / with production"],
        ]),
        ("p", "La producci\u00f3n inicia \u00fanicamente con la liberaci\u00f3n escrita del cliente. "
              "Production starts only on the customer's written release."),
        ("p", "Atentamente, Ing. Roberto Salcedo, Gerente Comercial \u00b7 +52 33 3110 8820"),
    ], title="PLJ-Q-1193", author="PLJ")),
])

# c20: printer job ticket for a sample run, balance held
case("c20_job_ticket_sample_only_ca", [], "supplier job ticket: 300-label sample run, sample-only stock, 29,700 not released, release by named buyer after sign-off", [
    ("JobTicket_44120.txt", T("""
    RIDGEWAY LABELS INC. - GUELPH ON                       PRODUCTION JOB TICKET
    =============================================================================
    JOB NO.      44120                    ENTERED  2024-04-16  by D. Kovac (CSR)
    CUSTOMER     BLUE RIDGE HOT SAUCE CO. (Asheville NC)   ACCT  BRH-0071
    CUST PO      BRHS-3310                                 DUE   2024-04-26
    RUN TYPE     SAMPLE / PRE-PRODUCTION
    RUN QTY      300  (three hundred) labels, 1-up, 5 oz woozy bottle wrap
    ITEM         BRH-LBL-5OZ-HAB  rev D   Habanero Peach  3.25 x 2.0 in
    PRESS        HP Indigo 6K  -> GM DC330 finishing (matte lam, die 2188)
    STOCK        FASSON 2 MIL WHITE BOPP / S692N / 40# SCK   -- SAMPLE ROLL ONLY
    CORE / OD    3 in / max 8 in   WIND #4   PERF none
    PROOF        PDF proof v3 signed by customer 2024-04-15
    -----------------------------------------------------------------------------
    CSR NOTES
    * Customer quote Q-RL-2291 shows 30,000 for production. BALANCE 29,700 NOT
      RELEASED - do not pull stock, do not schedule, do not order plates.
    * Release will come in writing from Carla Nguyen (customer purchasing) after
      their sample sign-off on the filling line. Do not accept a verbal go.
    * Ship samples UPS Ground, customer acct 4R8-W21, 2 rolls of 150.
    -----------------------------------------------------------------------------
    PREPRESS  [x]  PLATES n/a  [ ]  PRINT  [ ]  FINISH  [ ]  QC  [ ]  SHIP  [ ]
    """)),
])

# c21: interim sample disposition with quantity and date limits
case("c21_interim_disposition_au_glass", [], "interim disposition releases 5,000 within a date limit under a deviation, signed by named release authority; 45,000 on hold until full sign-off and her written release", [
    ("SD-24-019_interim_disposition.docx", docx_bytes([
        ("h1", "Sample disposition SD-24-019 \u2014 INTERIM"),
        ("p", "Riverland Olive Oil Co. Pty Ltd \u00b7 Sturt Highway, Renmark SA 5341"),
        ("p", "Supplier: Sagar Glass Works Pvt. Ltd., Kapadvanj, Gujarat, India \u00b7 PO ROO-0912 rev 1"),
        ("p", "Item: 500 ml dorica bottle, UV-green, 31.5 mm pilfer-proof finish, drawing ROO-G-500 rev 3"),
        ("table", [
            ["Field", "Entry"],
            ["Samples evaluated", "T1 mould samples, 48 bottles, received 29 April 2024"],
            ["Disposition", "Interim"],
            ["Finding", "Neck finish ovality up to 0.35 mm against 0.25 mm on drawing; capping torque and leak test passed"],
            ["Deviation", "DV-24-007, valid for this interim disposition only"],
            ["Interim limits", "up to 5,000 bottles, produced and shipped by 30 June 2024"],
            ["Released under this interim", "5,000 bottles (PO ROO-0912 rev 1, line 2)"],
            ["Balance", "45,000 bottles of the quoted 50,000 \u2014 on hold, not released"],
            ["Unlock event for the balance", "full sample sign-off of corrected-mould (T2) samples, then a written release"],
            ["Release authority", "Priya Nair, Quality & Release Manager"],
            ["Material authority", "batch materials for the 5,000 interim bottles only"],
        ]),
        ("p", "This interim disposition releases the 5,000 bottles above and nothing else. The 45,000 remain "
              "on hold until the T2 samples have been signed off and Priya Nair has issued a written release."),
        ("p", "Signed: Priya Nair, Quality & Release Manager, 3 May 2024 \u00b7 priya.nair@riverlandolive.com.au"),
    ], author="Priya Nair")),
])

# c22: release letter for the full balance after sample sign-off
case("c22_release_letter_full_balance_us", [], "written release of the full 30,000 balance after recorded sign-off, by named release authority; nothing remains on hold; material within release", [
    ("Release_R-2024-031.pdf", pdf([
        ("h1", "PRODUCTION RELEASE R-2024-031"),
        ("p", "Copper Kettle Popcorn Co. \u00b7 410 Houston St, Nashville, TN 37203"),
        ("p", "To: Impresos Flexibles de Monterrey S.A. de C.V., Av. Miguel Alem\u00e1n 4420, Guadalupe, N.L. \u2014 attn. Ing. Sof\u00eda Trevi\u00f1o"),
        ("p", "Date: May 6, 2024 \u00b7 PO: CKP-4410 rev 2"),
        ("sp",),
        ("p", "Following sample sign-off SS-118 (signed May 3, 2024 by J. Alvarez, Packaging Engineering, "
              "all 12 checks passed), we release for production the balance of PO CKP-4410 rev 2, line 2."),
        ("table", [
            ["PO line", "Scope", "Quantity", "Status"],
            ["1", "Sample bags, 6.5 oz kettle corn", "250", "delivered April 22, 2024"],
            ["2", "Production bags, 6.5 oz kettle corn", "30,000", "released by this letter"],
        ]),
        ("sp",),
        ("p", "Released quantity: 30,000 bags. Together with the 250 samples already delivered this is the "
              "full quantity of the PO; nothing remains on hold."),
        ("p", "Material: laminate for the 30,000 bags plus your standard 3% make-ready allowance."),
        ("p", "Delivery: 15,000 bags by June 14 and 15,000 bags by June 28, 2024, DAP Nashville."),
        ("sp",),
        ("p", "Released by: Karen Olsen, Director of Supply Chain (release authority, limit USD 50,000) \u2014 "
              "karen.olsen@copperkettlepop.com \u2014 (615) 555-0110"),
    ], pagesize=LETTER, title="Release R-2024-031", author="Copper Kettle Popcorn")),
])

# c23: forwarded old quote (message/rfc822) declared informational
_c23_old = mail(
    "Tomasz Kowalczyk <t.kowalczyk@drukpolflexo.pl>",
    "Fiona Keir <fiona.keir@thistleandrye.co.uk>",
    "Oferta / quotation DPF/23/1187 - bread bags",
    "Thu, 19 Oct 2023 13:05:00 +0200",
    T("""
    Dear Fiona,

    Thank you for your enquiry. Please find our offer for the printed bread bags
    (LDPE 40 micron, 280 x 420 mm + 60 mm gusset, 4 colours flexo, 1 side):

      samples, 400 pcs .................. EUR 0,45 / pc
      100.000 pcs ....................... EUR 0,061 / pc
      250.000 pcs ....................... EUR 0,054 / pc
      plates (4) ........................ EUR 480,00 one-off

    Lead time: samples 2 weeks, production 4 weeks from order.
    Validity: 31.03.2024, subject to the resin price index (ICIS LDPE NWE).

    Z powazaniem,
    Tomasz Kowalczyk
    Druk-Pol Flexo Sp. z o.o., Gdansk
    """),
)
case("c23_forward_old_quote_rfc822_uk", [], "forwarded old quote with 100,000/250,000 tiers declared informational and not released; 400 samples only; named buyer releases after QA sign-off", [
    ("FW_Oferta_DPF-23-1187.eml", E(mail(
        "Fiona Keir <fiona.keir@thistleandrye.co.uk>",
        "Tomasz Kowalczyk <t.kowalczyk@drukpolflexo.pl>",
        "FW: Oferta / quotation DPF/23/1187 - bread bags (PO TR-0877)",
        "Wed, 10 Apr 2024 09:26:00 +0100",
        T("""
        Hi Tomasz,

        Forwarding your quote from last October so we're looking at the same prices.

        The quantities in it (100,000 and 250,000) are price tiers for information only and are
        not released. PO TR-0877, which went to your orders inbox yesterday, covers 400 sample
        bags only. Please don't print or buy film beyond the samples.

        I'll release the production quantity myself, in writing, once our QA has signed off the
        samples on the bagging line. That should be late May.

        One change from the quote: the gusset is now 70 mm, not 60 mm. Updated drawing
        TR-BAG-04 rev 3 is with the PO.

        Best,
        Fiona
        """) + sig("Fiona Keir", "Buyer", "Thistle & Rye Bakery Ltd, Edinburgh", "+44 131 555 0162"),
        attachments=[("rfc822", _c23_old)],
    ))),
])

# c24: supplier quote in HTML with tiers (no authorized quantity)
case("c24_quote_html_us_display", [], "supplier web quote with prototype and production tiers; states PO or deposit alone does not start production; no authorized quantity", [
    ("LSD_Quote_24-0677.html", html_page("Quote 24-0677", T("""
<h2>Lone Star Displays &mdash; Quote 24-0677</h2>
<p>Lone Star Displays LLC &middot; 8800 Ambassador Row, Dallas, TX 75247 &middot; (214) 555-0191</p>
<p>Prepared for: <b>Sunny Day Sunscreen Inc.</b>, 250 Front St W, Toronto ON &mdash; attn. Chloe Martin, Trade Marketing<br>
Date: 04/30/2024 &middot; Valid 45 days &middot; Project: SPF 50 counter display, 12-facing, with header card</p>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Unit (USD)</th><th>Tooling</th><th>Lead time</th></tr>
<tr><td>Prototypes (hand-built, digital print)</td><td>25</td><td>$46.00</td><td>&mdash;</td><td>8 business days</td></tr>
<tr><td>Production</td><td>500</td><td>$9.80</td><td>$1,150 steel rule die</td><td>4 weeks after written release</td></tr>
<tr><td>Production</td><td>1,000</td><td>$7.95</td><td>$1,150 steel rule die</td><td>4 weeks after written release</td></tr>
<tr><td>Production</td><td>2,500</td><td>$6.70</td><td>$1,150 steel rule die</td><td>5 weeks after written release</td></tr>
</table>
<div class="note">
<p>Production quantities are price breaks only. We start production only on the customer's written production release. A purchase order or a deposit on its own does not start production.</p>
</div>
<p>Spec: 32 ECT E-flute, 4c litho-lam with aqueous coat, ships flat, 2 per carton. Shelf load 1.5 lb per facing. Overs/unders &plusmn;3% on production.</p>
<p>Freight: FOB Dallas; cross-border brokerage by customer's broker.</p>
<p>Quoted by: Ray Delgado, Sales Engineer &middot; rdelgado@lonestardisplays.com</p>
"""))),
])

# c25: multi-file, three consistent documents
case("c25_three_docs_consistent_au", [], "three files (ERP PO, supplier ack, job ticket) all state 500 samples, 39,500 not released, written release by named manager after sign-off", [
    ("PO_DCC-2417.txt", T("""
    DAINTREE COFFEE CO. PTY LTD        ABN 22 603 118 447              PURCHASE ORDER
    88 Spence St, Cairns QLD 4870                                       DCC-2417
                                                                        Date 07/05/2024
    SUPPLIER  Xiamen Jiahe Packaging Co., Ltd. (V-1182)                 Terms  T/T 30 days
              Haicang District, Xiamen, Fujian, CN                      Incoterms FOB Xiamen

    LN ITEM            DESCRIPTION                                   QTY UOM   UNIT USD    TOTAL USD
    -- --------------- ---------------------------------------- ------- --- ---------- -----------
     1 DCC-BAG-1KG-V   1 kg flat-bottom bag, one-way valve, kraft     500 EA       0.920      460.00
                       /PET/AL/PE, 6c + foil - SAMPLE
    -- --------------- ---------------------------------------- ------- --- ---------- -----------
                                                                          TOTAL USD      460.00

    SCOPE: SAMPLE ONLY - 500 BAGS. BALANCE 39,500 OF QUOTE JH-Q-0456 (40,000) IS NOT
    RELEASED. DO NOT PRINT OR BUY LAMINATE FOR THE BALANCE.
    RELEASE OF BALANCE: WRITTEN RELEASE BY ROSA NGUYEN (PROCUREMENT MANAGER) AFTER
    SAMPLE SIGN-OFF (VALVE LEAK TEST + FILL TRIAL).
    BUYER: ROSA NGUYEN  rosa.nguyen@daintreecoffee.com.au  +61 7 4051 2290
    """)),
    ("ACK_DCC-2417.eml", E(mail(
        "Cindy Lin <cindy.lin@jiahepack.com>",
        "Rosa Nguyen <rosa.nguyen@daintreecoffee.com.au>",
        "PO DCC-2417 acknowledged - 500 sample bags",
        "Thu, 09 May 2024 10:12:00 +0800",
        T("""
        Dear Rosa,

        We confirm your PO DCC-2417 as written: 500 sample bags (1 kg flat-bottom, valve, 6c + foil).
        The balance of 39,500 bags is not released; we have not booked press time or ordered laminate
        for it. We will wait for your written release after your sample sign-off.

        Samples: digital print 14 May, bag making 16 May, ship by DHL 18 May.

        Best regards,
        Cindy Lin | Sales | Xiamen Jiahe Packaging Co., Ltd. | +86 592 6880 214
        """),
    ))),
    ("JobTicket_JH-240509-07.txt", T("""
    XIAMEN JIAHE PACKAGING - JOB TICKET JH-240509-07
    Customer: Daintree Coffee Co. (AU)     PO: DCC-2417
    Item: 1 kg flat-bottom valve bag       Run type: SAMPLE (digital)
    Run qty: 500                           Bal. 39,500: HOLD - not released, no laminate
    Laminate: sample roll only, 120 m      Valve: WIPF WVA-2, 500 pcs from stock
    Print 14/05  Lamination 15/05  Bag making 16/05  QC 17/05  Ship 18/05
    CSR: Cindy Lin
    """)),
])


# ================================================================ POSITIVE
# p01: sample PO shows the quoted production quantity with no hold, event or person
case("p01_sample_po_quote_qty_mx_pouch", rg(1, 3, 4, 5), "sample PO for 300 pouches repeats the quote's 40,000 with nothing saying it is not released; no hold, no unlock event, no release person", [
    ("PO_7100-2291.pdf", pdf([
        ("h1", "PURCHASE ORDER 7100-2291"),
        ("p", "Crunchwell Snacks, Inc. \u00b7 2600 Nicollet Ave S, Minneapolis, MN 55408 \u00b7 Vendor no. 30977"),
        ("p", "Supplier: Flexibles del Baj\u00edo S.A. de C.V., Blvd. Aeropuerto 1215, Le\u00f3n, Gto. 37545, M\u00e9xico"),
        ("p", "PO date: April 3, 2024 \u00b7 Buyer: Jenna Kowalski \u00b7 Terms: Net 45 \u00b7 Currency: USD"),
        ("p", "Reference: your quote FB-Q-2291 of March 27, 2024 \u2014 300 pre-production pouches / 40,000 production "
              "pouches at $0.118, lead time 5 weeks."),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Unit price", "Extended"],
            ["1", "CW-SUP-06", "Stand-up pouch 6 oz, PET/MPET/LLDPE, 8c + matte, zipper, tear notch \u2014 pre-production samples", "300", "EA", "$0.95", "$285.00"],
            ["2", "FRT-INT", "Express freight, samples to Minneapolis (UPS WW Express, acct 8V2-491)", "1", "LOT", "$140.00", "$140.00"],
        ]),
        ("sp",),
        ("p", "Samples are needed by May 10 for our retail buyer meeting on May 14 and for filler trials on the "
              "Triangle VFFS at our Plymouth plant."),
        ("p", "Artwork: CW_SUP06_SeaSaltVinegar_v9.pdf (Esko job 24-0318). Colour standard per drawdown signed "
              "March 22. Print side: reverse print, matte OPV."),
        ("p", "Please confirm receipt of this PO and the sample ship date."),
        ("sp",),
        ("p", "Jenna Kowalski, Buyer \u2014 jkowalski@crunchwellsnacks.com \u2014 (612) 555-0148"),
    ], pagesize=LETTER, title="PO 7100-2291", author="Crunchwell Snacks")),
])

# p02: DOCX PO; release-authority field but no hold and no unlock event; production qty shown
case("p02_preprod_po_release_field_pl_carton", rg(1, 3, 4), "pre-production PO for 500 cartons lists the quoted 60,000 run without saying it is not released; names a release authority but no unlock event and no hold", [
    ("PO_HF-PO-3318.docx", docx_bytes([
        ("h1", "Purchase Order HF-PO-3318"),
        ("p", "Hollin & Fern Ltd \u00b7 Calls Landing, 36\u201338 The Calls, Leeds LS2 7EW \u00b7 VAT GB 402 7719 53"),
        ("p", "Supplier: Kartonex Sp. z o.o., ul. Rokici\u0144ska 164, 92-412 \u0141\u00f3d\u017a, Poland"),
        ("p", "Order date: 8 May 2024 \u00b7 Currency: GBP \u00b7 Incoterms: DAP Leeds \u00b7 Payment: 45 days"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price", "Total"],
            ["1", "HF-CTN-NC50", "Night cream 50 ml carton, 350 gsm GC1, 4c + hot foil + spot UV \u2014 pre-production", "500", "\u00a30.62", "\u00a3310.00"],
        ]),
        ("p", "Quoted production run: 60,000 cartons at \u00a30.118 (Kartonex quote KX/24/0712, valid to 30 June)."),
        ("p", "Pre-production cartons to our Leeds site by week 22 for line trials on the Marchesini MA 155 cartoner."),
        ("p", "Production release authority for this item: Fiona Marsh, Head of Procurement."),
        ("p", "Artwork: HF_NC50_Carton_v6 (signed-off copy, allergen panel rev C). Foil: Kurz Luxor 220 gold."),
        ("p", "Authorised signatory: Fiona Marsh, Head of Procurement \u00b7 fiona.marsh@hollinandfern.co.uk \u00b7 +44 113 496 0712"),
    ], author="Fiona Marsh")),
])

# p03: EML with PO and quote attached; sample PO, quote's 60,000 alongside, nothing held
_p03_po = pdf([
    ("h1", "PURCHASE ORDER MRW-2024-118"),
    ("p", "Mallee Ridge Wines Pty Ltd \u00b7 Research Road, Nuriootpa SA 5355 \u00b7 ABN 70 118 442 901"),
    ("p", "Supplier: Shandong Huaxing Glassware Co., Ltd., Zibo, Shandong, China"),
    ("p", "Date: 23/04/2024 \u00b7 Currency: USD \u00b7 Incoterms: DAP Adelaide (air)"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Total"],
        ["1", "MRW-BTL-750-BG", "Burgundy 750 ml, antique green, 30 mm BVS finish, punt 28 mm \u2014 samples", "48", "USD 4.80", "USD 230.40"],
        ["2", "AIR", "Air freight and DAP charges", "1", "USD 310.00", "USD 310.00"],
    ]),
    ("p", "Required in Adelaide by 14/06/2024 for the bottling line trial at Barossa Bottling Services."),
    ("p", "Tom Hargreaves, Operations Manager \u00b7 tom@malleeridge.com.au"),
], title="PO MRW-2024-118", author="Mallee Ridge Wines")
_p03_quote = pdf([
    ("h1", "QUOTATION HX-Q-0917"),
    ("p", "Shandong Huaxing Glassware Co., Ltd. \u00b7 Boshan District, Zibo 255200, Shandong, China"),
    ("p", "Customer: Mallee Ridge Wines \u00b7 Date: 2024-04-12"),
    ("table", [
        ["Item", "Quantity", "Unit price USD", "Remark"],
        ["Burgundy 750 ml antique green, BVS 30 mm \u2014 samples", "48 pcs", "4.80", "from existing mould HX-B750-06"],
        ["Burgundy 750 ml antique green, BVS 30 mm", "60,000 pcs", "0.265", "FOB Qingdao, 20 pallets per 40HQ"],
    ]),
    ("p", "Payment: 30% T/T advance, 70% against B/L copy. Lead time for 60,000 pcs: 35 days."),
    ("p", "Sunny Zhao, Sales Manager \u00b7 sunny@huaxingglass.com \u00b7 +86 533 4190 882"),
], title="HX-Q-0917", author="Huaxing")
case("p03_wine_bottle_po_and_quote_cn", rg(1, 3, 4, 5), "email sends a 48-bottle sample PO together with the 60,000-bottle quote, nothing says the 60,000 is informational or held; no unlock event, no release person", [
    ("PO_MRW-2024-118_samples.eml", E(mail(
        "Tom Hargreaves <tom@malleeridge.com.au>",
        "Sunny Zhao <sunny@huaxingglass.com>",
        "PO MRW-2024-118 - Burgundy 750 samples",
        "Tue, 23 Apr 2024 15:40:00 +0930",
        T("""
        Hi Sunny,

        Thanks for turning the quote around so quickly. Attached is our PO MRW-2024-118 for the 48
        sample bottles (Burgundy 750 ml, antique green, 30 mm BVS finish), along with your quotation
        HX-Q-0917 for the 60,000 bottles so everything is in one place.

        We need the samples in Adelaide by 14 June for the bottling line trial at our co-packer.
        Please send them by air, DAP Adelaide, and pack them in the partitioned cartons like last
        time, we lost three to breakage on the 2022 shipment.

        Could you also confirm the mould number and the punt depth? Our filler needs the bottle
        height within 300 +/- 0.8 mm.

        Cheers,
        Tom
        """) + sig("Tom Hargreaves", "Operations Manager", "Mallee Ridge Wines Pty Ltd, Nuriootpa SA", "+61 8 8562 1190"),
        attachments=[("PO_MRW-2024-118.pdf", _p03_po, PDF_MT), ("Quotation_HX-Q-0917.pdf", _p03_quote, PDF_MT)],
    ))),
])

# p04: ERP printout with ORDER QTY and QUOTED QTY columns side by side
case("p04_erp_order_vs_quoted_qty_ca", rg(1, 3, 4, 5), "ERP sample PO prints 250 ordered next to 50,000 quoted per line with no hold, no unlock event and no release person", [
    ("PO_LM-PO-24-0562.txt", T("""
    LAURENTIAN MAPLE CO. / CIE DES ERABLES LAURENTIENNES                     PURCHASE ORDER / BON DE COMMANDE
    1250 rue du Parc, Saint-Jerome QC J7Z 5T3                                PO NO.   LM-PO-24-0562
    TPS/GST 79412 0086 RT0001  TVQ/QST 1220914472                            DATE     2024-04-09
                                                                             PAGE     1 / 1
    VENDOR    VERMONT LABEL GROUP INC.  (V00418)                             SHIP VIA FedEx Ground
              44 Industrial Pkwy, Burlington VT 05401 USA                    TERMS    Net 30
    BUYER     Genevieve Roy  (450) 555-0177  groy@laurentianmaple.ca         CURRENCY USD

    LN ITEM            DESCRIPTION                          ORD QTY  QUOTED QTY UOM  UNIT PRICE        EXT
    -- --------------- ------------------------------------ -------- ---------- --- ----------- ----------
     1 LM-LBL-250-AMB  FRONT LABEL 250ML AMBER SYRUP             250     50,000  EA    0.380000      95.00
                       BOPP WHITE 2.0 MIL, 4C + GOLD FOIL
     2 LM-LBL-250-BK   BACK LABEL 250ML BILINGUAL NUTRITION      250     50,000  EA    0.380000      95.00
                       BOPP CLEAR 2.0 MIL, 2C
     3 FRT             FREIGHT / TRANSPORT                         1            LOT   45.000000      45.00
    -- --------------- ------------------------------------ -------- ---------- --- ----------- ----------
                                                                               SUBTOTAL USD       235.00

    NOTES / REMARQUES
      SAMPLE LABELS FOR APPLICATOR TRIAL ON THE NEW PACK LEADER PL-501 (WEEK 17).
      ETIQUETTES ECHANTILLONS POUR ESSAI SUR L'ETIQUETEUSE.
      QUOTE REF VLG-Q-4471 DATED 2024-03-28. ROLL OD MAX 10 IN, 3 IN CORE, WIND #3.
      CFIA BILINGUAL REQUIREMENTS - FRENCH TEXT SIZE MIN 1.6 MM (SEE SPEC LM-S-041 REV 2).

    PRINTED 2024-04-09 14:02   USER GROY   SYSTEM ACUMATICA 2023 R2
    """)),
])

# p05: EML (multipart/alternative) with PO attached; production qty = forecast, "locked in"
_p05_txt = T("""
Hi Mehmet,

PO LL-3392 is attached for 120 sample bottles (30 ml Boston round, frosted, 18/415 neck) so we can
run compatibility and drop testing in our LA lab.

Your quote has production at 90,000 pcs, and that's our annual forecast as well - consider it locked
in, you can plan your furnace campaign around it.

Please ship the samples by air to the lab address on the PO. Could you also send the options for
the frosting (acid etch vs. spray coat) with prices? Our brand team is leaning towards acid etch for
the feel.

Thanks!
Ashley
""") + sig("Ashley Park", "Sr. Packaging Engineer", "Lumen & Lace Beauty, Los Angeles CA", "+1 323 555 0156")
_p05_html = html_page("PO LL-3392", T("""
<p>Hi Mehmet,</p>
<p>PO LL-3392 is attached for <b>120 sample bottles</b> (30 ml Boston round, frosted, 18/415 neck) so we can run compatibility and drop testing in our LA lab.</p>
<p>Your quote has production at 90,000 pcs, and that's our annual forecast as well - consider it locked in, you can plan your furnace campaign around it.</p>
<p>Please ship the samples by air to the lab address on the PO. Could you also send the options for the frosting (acid etch vs. spray coat) with prices? Our brand team is leaning towards acid etch for the feel.</p>
<p>Thanks!<br>Ashley</p>
<p>--<br>Ashley Park<br>Sr. Packaging Engineer<br>Lumen &amp; Lace Beauty, Los Angeles CA</p>
"""))
_p05_po = pdf([
    ("h1", "PURCHASE ORDER LL-3392"),
    ("p", "Lumen & Lace Beauty LLC \u00b7 1200 S Santa Fe Ave, Los Angeles, CA 90021"),
    ("p", "Supplier: Anadolu Cam Ambalaj San. A.\u015e., Eski\u015fehir OSB, Turkey"),
    ("p", "Date: 05/07/2024 \u00b7 Terms: prepaid \u00b7 Incoterms: CPT Los Angeles"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Ext."],
        ["1", "LL-BTL-30BR-FR", "30 ml Boston round, flint, frosted, 18/415 \u2014 samples", "120", "$1.60", "$192.00"],
        ["2", "AIR", "Air freight to LA lab, 8300 Beverly Blvd", "1", "$260.00", "$260.00"],
    ]),
    ("p", "Ashley Park, Sr. Packaging Engineer"),
], pagesize=LETTER, title="PO LL-3392", author="Lumen & Lace")
case("p05_cosmetic_bottle_forecast_locked_tr", rg(1, 3, 4, 5, 8), "sample PO for 120 bottles; quote's 90,000 also called the forecast and 'locked in' for furnace planning; no hold, event or release person", [
    ("PO_LL-3392_sample_bottles.eml", E(mail(
        "Ashley Park <ashley.park@lumenandlace.com>",
        "Mehmet Kaya <mehmet.kaya@anadolucam.com.tr>",
        "PO LL-3392 - 30 ml Boston round samples",
        "Tue, 07 May 2024 10:22:00 -0700",
        _p05_txt, html=_p05_html,
        attachments=[("PO_LL-3392.pdf", _p05_po, PDF_MT)],
    ))),
])

# p06: Teams chat; sample PO, quote's 25k mentioned, supplier buys film for 25k
case("p06_teams_chat_bopp_for_launch_us", rg(1, 3, 4, 5, 6), "chat: buyer's sample PO for 200 labels cites the 25k launch run unqualified; supplier orders film for the 25k; no hold, event or release person", [
    ("Teams_chat_HVHC_Keystone_Label.txt", T("""
    Microsoft Teams - chat export
    Chat: HVHC x Keystone Label (external)   Exported: 5/16/2024 8:02 AM by kbrennan@hudsonvalleycider.com
    Participants: Kyle Brennan (Hudson Valley Hard Cider), Dana Morales (Keystone Label Works), Pete Shultz (Keystone Label Works)

    [5/13/2024 9:12 AM] Kyle Brennan
    Hi team, PO 5531 is in your inbox. That's for the 200 sample labels for the 16 oz can (pressure-sensitive, clear BOPP, white flood under the orchard graphic). Quote says 25k for the launch run.

    [5/13/2024 9:20 AM] Dana Morales
    Got it, thanks Kyle! We'll get the 200 on the digital press Thursday and send you pics before they ship.

    [5/13/2024 9:21 AM] Dana Morales
    Can you confirm the can is the Ball 16 oz standard, 4.83" tall? Want to double-check the label height.

    [5/13/2024 9:40 AM] Kyle Brennan
    Yes, standard 16 oz. Label height 4.25", 0.25" clearance top and bottom.

    [5/14/2024 2:05 PM] Pete Shultz
    Also FYI, we went ahead and ordered the clear BOPP for the 25k so it's here before the launch run. Mill lead time on clear film is 4 weeks right now.

    [5/14/2024 3:31 PM] Kyle Brennan
    Cool. New dieline attached, the bleed on the left edge was off by 1/16".

    [5/14/2024 3:31 PM] Kyle Brennan
    <attachment: HVHC_16oz_Orchard_dieline_v3.pdf>

    [5/15/2024 10:02 AM] Dana Morales
    Received, prepress is updating the plate-free digital file. Samples still on track for Thursday.
    """)),
])

# p07: HTML PO with a production reference row and a deposit that puts the run on press
case("p07_brewery_po_deposit_on_press_html", rg(1, 3, 4, 5, 12), "HTML sample PO lists the 24,000 launch run beside 200 sample wraps with nothing held; deposit said to clear the run for press time; no unlock event or release person", [
    ("Foghorn_PO_FB-24-0190.html", html_page("Purchase Order FB-24-0190", T("""
<h2>Foghorn Brewing Co. &mdash; Purchase Order FB-24-0190</h2>
<p>Foghorn Brewing Co. Ltd &middot; 2 Marginal Rd, Halifax NS B3H 4P6 &middot; HST 78814 2201 RT0001<br>
Supplier: CanWrap Solutions S.A. de C.V., Parque Industrial Stiva, Apodaca N.L., M&eacute;xico<br>
Date: 2024-05-02 &middot; Quote: CW-5512 &middot; Currency: CAD &middot; Incoterms: DAP Halifax</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Total</th></tr>
<tr><td>1</td><td>FB-WRAP-473-SSI</td><td>Shrink can wrap 473 ml, &quot;Salt Spray IPA&quot;, PETG 45 &micro;m, 8c gravure &mdash; sample wraps</td><td>200</td><td>$0.90</td><td>$180.00</td></tr>
<tr><td>ref.</td><td>FB-WRAP-473-SSI</td><td>Launch run per quote CW-5512, est. ship week 30</td><td>24,000</td><td>$0.094</td><td>$2,256.00</td></tr>
<tr><td>2</td><td>FRT</td><td>Courier, sample wraps to Halifax</td><td>1</td><td>$95.00</td><td>$95.00</td></tr>
</table>
<p>Sample wraps are for the shrink tunnel trial at our canning line (Cask Global Canning, ACS V2).</p>
<p>Deposit: 30% of the launch run value will be wired on receipt of your pro forma. Once it lands you're clear to book press time and get the launch run on press.</p>
<p>Artwork: SSI_473_wrap_v5.ai, distortion-printed per your grid of 2024-04-22.</p>
<p>Buyer: Colm Fitzgerald &middot; colm@foghornbrewing.ca &middot; 902-555-0143</p>
"""))),
])

# p08: sample PO names the unlock event and release person but never holds the balance
case("p08_shopify_granola_no_hold", rg(3), "informal sample PO for 200 pouches names sign-off and the person who will send the release, but never says the production run is not released or must not start", [
    ("PO_1043_Maple_Pecan_samples.eml", E(mail(
        "Jamie Ellis <jamie@goodgraingranola.com>",
        "Marco Rinaldi <marco@pouchlab.co>",
        "PO 1043 - Maple Pecan sample pouches :)",
        "Mon, 22 Apr 2024 09:05:00 -0700",
        T("""
        Hey Marco!

        PO 1043 is attached: 200 sample pouches of the new Maple Pecan SKU (8 oz, kraft/PET/PE,
        matte, same zipper as the Classic). Can we get them by the 21st? We're shooting the new
        website photos that week and want to run a few through the filler too.

        Your quote for the production run works for us price-wise, thanks for sharpening the
        pencil on that.

        Next steps on our side: Tess Moreno (our packaging lead) will sign off the samples after
        the filler run, and then she'll send you the written release for the production run.

        Thanks so much, you guys are the best!
        Jamie

        Jamie Ellis | Operations | Good Grain Granola Co. | Portland, OR
        """),
        attachments=[("PO_1043.txt", T("""
        GOOD GRAIN GRANOLA CO. - PURCHASE ORDER 1043
        Date: 04/22/2024   Vendor: PouchLab, Denver CO
        Line 1  GGG-POUCH-8OZ-MP  Maple Pecan 8 oz stand-up pouch, samples   200 ea  @ $1.10  $220.00
        Ship to: Good Grain Granola Co., 2115 SE Division St, Portland OR 97202
        Terms: card on file
        """), "text/plain")],
    ))),
])

# p09: WeChat export; "run some samples", no quantity, nothing about the balance
case("p09_wechat_some_samples_cn_giftbox", rg(3, 4, 5, 10), "chat asks the supplier to run 'some samples' of a gift box: no quantity, nothing about the production balance, no unlock event, no release person", [
    ("WeChat_export_Yutai_Ridgeline.txt", T("""
    WeChat chat history - "Lily Wang (Yutai Packaging)"
    Exported 2024-05-03 by Nick Alvarez

    2024-04-29 08:41  Nick Alvarez
    hey Lily, can you guys run some samples of the new gift box (the matte black one w/ copper foil)? need them in Denver by the 14th for the REI meeting

    2024-04-29 08:55  Lily Wang (Yutai Packaging)
    OK Nick, which size, 20oz or 32oz?

    2024-04-29 09:02  Nick Alvarez
    32oz. artwork v4 is in the dropbox folder. ship DHL on our account 957 331 208

    2024-04-29 09:03  Nick Alvarez
    insert is the same EVA foam as the 20oz, just taller

    2024-04-29 09:30  Lily Wang (Yutai Packaging)
    received. we check artwork and tell you sample date. magnet closure same as before?

    2024-04-29 09:31  Nick Alvarez
    yep same magnets

    2024-04-30 17:12  Lily Wang (Yutai Packaging)
    artwork OK. samples ready 7 May, DHL 8 May, arrive Denver 10-11 May
    """)),
])

# p10: WhatsApp; 150 sample sleeves, nothing about the balance, event or release person
case("p10_whatsapp_sleeve_samples_in", rg(3, 4, 5), "chat confirms a 150-sleeve sample run under a PO; never says the production balance is not released, names no unlock event and no release person", [
    ("WhatsApp_Chat_ShreeGanesh_Brixton.txt", T("""
    [02/04/2024, 10:02] Raj Patel (Shree Ganesh Polypack): Good morning Sir. Artwork received for Brixton Scotch Bonnet 150ml sleeve. Cylinder proof will be ready by Friday.
    [02/04/2024, 10:15] Olu Adeyemi: Morning Raj. Great. PO BHS-0219 sent by email just now, 150 sleeves, sample run, for our shrink tunnel trial.
    [02/04/2024, 10:16] Raj Patel (Shree Ganesh Polypack): Noted sir 👍 150 pcs sample. Cylinder charges as per quotation?
    [02/04/2024, 10:20] Olu Adeyemi: yes as quoted. And please send the sleeves with the COA for the PETG film
    [02/04/2024, 10:21] Raj Patel (Shree Ganesh Polypack): Sure sir. Shrinkage 72% TD we will mention in COA
    [05/04/2024, 17:48] Raj Patel (Shree Ganesh Polypack): <attached: IMG-20240405-WA0012.jpg>
    [05/04/2024, 17:48] Raj Patel (Shree Ganesh Polypack): Cylinder proof sir, 9 colours
    [05/04/2024, 18:30] Olu Adeyemi: red is a bit orange vs the bottle label. Can you pull it towards 485C
    [05/04/2024, 18:34] Raj Patel (Shree Ganesh Polypack): Ok sir we correct on press and send photo
    [08/04/2024, 12:05] Raj Patel (Shree Ganesh Polypack): 150 sample sleeves printed and seamed. Dispatch tomorrow by FedEx to London
    """)),
])

# p11: hold "until further notice from me" (no event) + forecast declared firm
case("p11_gin_stoppers_further_notice_uk", rg(4, 8), "1,000 sample stoppers, 24,000 held 'until further notice from me' (named person, no unlock event); next year's forecast declared a firm commitment", [
    ("Sample_stoppers_NOC-Q-2403.eml", E(mail(
        "Harriet Lyle <harriet@ashdowngin.co.uk>",
        "Jessie Chen <jessie.chen@oakcraftclosures.com>",
        "Sample stoppers - your quote NOC-Q-2403",
        "Thu, 02 May 2024 14:10:00 +0100",
        T("""
        Dear Jessie,

        Further to your quote NOC-Q-2403, please produce 1,000 sample stoppers: T-top, natural
        oak head 30 x 12 mm, 19.5 mm agglomerated shank, hot-foil logo in copper on the head. PO
        AGD-0318 follows from our accounts team today.

        The remaining 24,000 on the quote are not released and are on hold until further notice
        from me.

        Looking ahead, our 2025 forecast is five thousand stoppers a month. You can take that as a
        firm commitment from us and book the capacity.

        Samples to our Lewes site by 31 May please, DAP. Could you include a torque report (insertion
        and extraction) for our 70 cl Ashdown bottle, finish drawing ASH-BTL-70 rev 2?

        Kind regards,
        Harriet
        """) + sig("Harriet Lyle", "Operations Director", "Ashdown Gin Distillery Ltd, Lewes, East Sussex", "+44 1273 555 0190"),
    ))),
])

# p12: Monday.com; supplier reads the deposit as release
case("p12_monday_deposit_in_production_ca", rg(4, 12), "buyer holds 4,800 and names herself as the only releaser but names no unlock event; supplier moves the full 5,000 into production because the deposit cleared", [
    ("monday_export_Holiday2024_GiftSets.txt", T("""
    monday.com board export | Board: Holiday 2024 Gift Sets - Packaging | Workspace: Maison Lavande
    Exported 2024-05-15 08:12 (America/Toronto) by jordan.kim@maisonlavande.ca
    Guests on board: Lisa Huang (hongdagift.com)

    Item ........ Rigid gift box - Lavender trio (ML-GBX-TRIO)
    Supplier .... Guangzhou Hongda Gift Packaging Co., Ltd.
    PO .......... ML-5531
    Status ...... In production
    Timeline .... 2024-04-30 -> 2024-07-15

    Updates (newest first)
    ------------------------------------------------------------------------------
    [2024-05-14 21:06] Lisa Huang (Hongda)
      Deposit cleared today, thank you! So we've moved the job to In Production for
      the full 5,000 boxes. Paper wrapping starts Monday, mass production done
      around 20 June.

    [2024-05-13 10:44] Jordan Kim (Maison Lavande)
      Deposit (30% of PI HD-24-051) sent by wire today, ref 0513-ML-771.

    [2024-05-02 15:20] Jordan Kim (Maison Lavande)
      Reminder: PO ML-5531 is for the 200 sample boxes only. The balance of 4,800
      is on hold, and I'm the only one who can release it. Nobody else on our side.

    [2024-04-30 09:02] Lisa Huang (Hongda)
      PI HD-24-051 attached for 5,000 boxes. 30% deposit, balance before shipment.
      Sample boxes (200) ready 10 May.
    ------------------------------------------------------------------------------
    Columns: Owner = Jordan Kim | Budget = CAD 23,500 | Ship mode = sea, FOB Nansha
    """)),
])

# p13: DOCX; body says 1,000, table says 1,200; hold stated but no event and no person
case("p13_sachet_po_text_vs_table_in", rg(4, 5, 11), "DOCX sample PO says one thousand (1,000) sachets in the text and 1,200 in the line table; balance on hold with no unlock event and no release person", [
    ("PO_BBB-0457.docx", docx_bytes([
        ("h1", "Purchase Order BBB-0457"),
        ("p", "Byron Bay Botanicals Pty Ltd \u00b7 12 Centennial Circuit, Byron Bay NSW 2481 \u00b7 ABN 31 155 902 774"),
        ("p", "Supplier: Mehta Flexible Packaging Pvt. Ltd., Survey No. 214, Kachigam, Daman 396210, India"),
        ("p", "Date: 6 May 2024 \u00b7 Quote: MFP/BBB/24-03 \u00b7 Currency: INR \u00b7 FOB Nhava Sheva"),
        ("p", "This purchase order covers one thousand (1,000) sample sachets for our stability trial "
              "(12 weeks at 40 \u00b0C / 75% RH). The balance of 18,000 sachets is on hold."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Rate (INR)", "Amount (INR)"],
            ["1", "BBB-SCH-10", "10 ml sachet, PET12/ALU9/PE50, 4c, tear notch, rounded corners \u2014 samples", "1,200", "pcs", "3.10", "3,720.00"],
            ["2", "COUR", "Courier to Byron Bay (DHL)", "1", "lot", "5,400.00", "5,400.00"],
        ]),
        ("p", "Artwork: BBB_Sachet_RoseHip_v3.pdf. Seal strength min. 15 N / 15 mm. COA and migration "
              "report (EU 10/2011 simulant D2) with the samples."),
        ("p", "Ordered by: Zoe Lambert, Product Development \u00b7 zoe@byronbaybotanicals.com.au"),
    ], author="Zoe Lambert")),
])

# p14: PDF PO; "approved" used for artwork, PO and production; release by an unnamed department
case("p14_jerky_po_approved_three_ways_mx", rg(5, 9), "PDF sample PO: 'approved' covers artwork, the PO by finance and production; balance held until sign-off and written release 'from our Purchasing department' (no named person)", [
    ("PO_RMJ-24-3307.pdf", pdf([
        ("h1", "PURCHASE ORDER RMJ-24-3307"),
        ("p", "Rocky Mountain Jerky Co. Ltd \u00b7 4410 54 Ave SE, Calgary, AB T2C 2H6 \u00b7 GST 81204 7739 RT0001"),
        ("p", "Supplier: Empaques Flexibles de Sonora S.A. de C.V., Blvd. Garc\u00eda Morales 880, Hermosillo, Son., M\u00e9xico"),
        ("p", "Date: April 15, 2024 \u00b7 Quote: EFS-Q-771 \u00b7 Currency: CAD \u00b7 Incoterms: DAP Calgary"),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Total"],
            ["1", "RMJ-POUCH-80-TER", "Window pouch 80 g, Teriyaki, PET/PE, 6c, hang hole \u2014 samples", "500", "$0.74", "$370.00"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "500 sample bags only. The balance of 9,500 bags from quote EFS-Q-771 is on hold and not released. "
              "Do not print or buy laminate for the balance."),
        ("h", "Approval status"),
        ("p", "Artwork approved by Brand (rev 6, April 12). PO approved by Finance (budget line 6120). "
              "Production will be approved after sample sign-off, by written release from our Purchasing department."),
        ("sp",),
        ("p", "Contact: purchasing@rockymountainjerky.ca \u00b7 403-555-0129"),
    ], pagesize=LETTER, title="PO RMJ-24-3307", author="Rocky Mountain Jerky")),
])

# p15: "deposit's been paid, so you're clear to get started"; release "from us"
case("p15_kombucha_deposit_clear_to_start_au", rg(5, 12), "buyer says the deposit is paid so the supplier is clear to start; scope is 400 samples with the rest held until sign-off and a written release 'from us' (no named person)", [
    ("PO_NK-0831.eml", E(mail(
        "Bec Sullivan <bec@noosakombucha.com.au>",
        "Vivian He <vivian@everbrightlabels.cn>",
        "Deposit paid - PO NK-0831",
        "Fri, 10 May 2024 11:35:00 +1000",
        T("""
        Hi Vivian,

        Deposit's been paid (TT ref ANZ 2405-1189, AUD 1,450), so you're clear to get started.

        Just to recap PO NK-0831: it's 400 sample labels for the 330 ml bottle (wet-strength
        paper, wraparound, 4c + tactile varnish). The rest of the run stays on hold until we've
        signed off the samples and you've got a written release from us.

        The samples go to the brewery in Noosaville, not the office. Loading dock is round the
        back, closes at 3.

        Cheers,
        Bec
        """) + sig_plain("Bec Sullivan", "Noosa Kombucha Co.", "Noosaville QLD 4566", "+61 7 5449 0812"),
    ))),
])

# p16: EML with DOCX spec; "approved" for artwork and budget; samples without a quantity
_p16_spec = docx_bytes([
    ("h1", "Specification sheet CKS-SCH-12 rev 3"),
    ("p", "Coastal Kitchen Sauces \u2014 single-serve sachet, Lowcountry Gold mustard BBQ"),
    ("table", [
        ["Property", "Value"],
        ["Format", "3-side seal sachet, 50 x 70 mm, tear notch both sides"],
        ["Structure", "PET 12 / ink / ALU 8 / PE 40, laminated"],
        ["Print", "reverse gravure, 5 colours, artwork v5"],
        ["Fill", "12 ml, hot-fill at 85 \u00b0C"],
        ["Seal", "min. 12 N / 15 mm"],
        ["Compliance", "FDA 21 CFR 177.1520 for the sealant layer"],
    ]),
    ("p", "Artwork v5: colour standard PMS 123 C / 7621 C, barcode grade A min."),
], author="Megan Doyle")
case("p16_sauce_sachets_approved_budget_in", rg(9, 10), "'approved' used for the artwork and for the budget; asks for 'the sample sachets we discussed' with no quantity; hold, event and named person present", [
    ("Lowcountry_Gold_sachets_v5.eml", E(mail(
        "Megan Doyle <megan.doyle@coastalkitchensauces.com>",
        "Arjun Kulkarni <arjun@printwellsachets.in>",
        "Lowcountry Gold sachets - artwork v5",
        "Wed, 08 May 2024 13:15:00 -0400",
        T("""
        Hi Arjun,

        Good news: the artwork is approved (v5, spec sheet attached) and the budget is approved too,
        so please produce the sample sachets we discussed on Monday's call for our foodservice
        customer tasting.

        The production quantity stays on hold and is not released until I send you a written
        release after we've signed off the samples (seal test and a 4-week shelf test).

        Please ship the samples with the migration test report and the COA for the laminate. FedEx
        International Priority to the Charleston address is fine.

        Thanks,
        Megan
        """) + sig("Megan Doyle", "Purchasing Manager", "Coastal Kitchen Sauces LLC, Charleston SC", "+1 843 555 0133"),
        attachments=[("CKS-SCH-12_rev3_spec.docx", _p16_spec, DOCX_MT)],
    ))),
])

# p17: Slack Connect; "go ahead with the first drop" - no quantity, not scoped
case("p17_slack_first_drop_pl_sleeve", rg(2, 10), "Slack: 'go ahead with the first drop' names neither sample-only nor a quantity, and no message states how many are authorized now; hold, event and named releaser are present", [
    ("slack_export_wildwood-etipol.txt", T("""
    Slack Connect export - #wildwood-etipol-holiday24
    Exported Sep 12, 2024 by Sam Okafor (Wildwood Candle Co.)

    --- Monday, September 9th ---
    Sam Okafor  3:12 PM
    Reminder for everyone: only the first drop of the holiday sleeves is on now. The rest of the holiday run is on hold until I send a written release after the Target line review on Oct 2.

    Kasia Nowicka (Etipol Digital)  3:30 PM
    Noted, thanks Sam! Drawdowns for the 3 scents go out tomorrow by courier.

    --- Wednesday, September 11th ---
    Kasia Nowicka (Etipol Digital)  8:15 AM
    Drawdowns arrived at your Asheville office this morning per UPS. Balsam & Fir, Cranberry Spice, Fireside Amber.

    Jess Rowe  9:41 AM
    Drawdowns look spot on 🙌 go ahead with the first drop of the holiday sleeves

    Kasia Nowicka (Etipol Digital)  9:55 AM
    Great, thank you! We'll put it on the HP 6900 Friday.

    Jess Rowe  10:02 AM
    amazing. can the Cranberry Spice red go a touch warmer on press? like 5%
    """)),
])

# p18: HTML request form; "Approved" for artwork and commercial; quantity "per approved proof"
case("p18_request_form_approved_twice_tr", rg(9, 10), "HTML sample request: 'Approved' used for artwork and for the commercial PO; quantity given only as 'per approved proof'; hold, event and named release person present", [
    ("PPC_Request_PR-24-0415.html", html_page("Packaging request PR-24-0415", T("""
<h2>Pembroke Pet Co. &mdash; Supplier Print Request PR-24-0415</h2>
<p>Pembroke Pet Co. Ltd &middot; Unit 3, Withybush Business Park, Haverfordwest SA62 4BN, Wales<br>
To: Ege Etiket Matbaac&#305;l&#305;k A.&#350;., Kemalpa&#351;a OSB, &#304;zmir &mdash; attn. Burak &Ouml;zt&uuml;rk</p>
<table>
<tr><th>Field</th><th>Entry</th></tr>
<tr><td>Request no.</td><td>PR-24-0415</td></tr>
<tr><td>Date</td><td>15/04/2024</td></tr>
<tr><td>Item</td><td>PPC-LBL-DOG-2KG &mdash; front label, 2 kg grain-free dog food bag, 160 x 220 mm, PP white, 6c + matt varnish</td></tr>
<tr><td>Request type</td><td>Sample print</td></tr>
<tr><td>Quantity</td><td>per approved proof</td></tr>
<tr><td>Artwork status</td><td>Approved (Brand, 11/04/2024, proof v4)</td></tr>
<tr><td>Commercial status</td><td>Approved (Finance, PO PPC-7710)</td></tr>
<tr><td>Production</td><td>Not released &mdash; balance on hold until sample sign-off and a written release from Gareth Owen, Procurement Manager</td></tr>
<tr><td>Delivery</td><td>Samples by 03/05/2024, courier to Haverfordwest</td></tr>
</table>
<p>Questions to Gareth Owen &middot; gareth.owen@pembrokepet.co.uk &middot; +44 1437 555 204</p>
"""))),
])

# p19: quoted-thread; buyer's earlier scope is complete, latest "you're good to run" is unscoped
case("p19_thread_good_to_run_mx_label", rg(2), "latest buyer reply 'you're good to run' after a press proof names neither sample-only nor a quantity; the quoted earlier buyer message carries the full scope", [
    ("RE_press_proof_8oz_cheddar.eml", E(mail(
        "Erik Sorensen <esorensen@lakesidecreamery.com>",
        "Valeria Ruiz <vruiz@etiquetaspremium.mx>",
        "RE: press proof 8 oz cheddar label - PO LC-24-0410",
        "Tue, 14 May 2024 12:48:00 -0500",
        T("""
        Hi Valeria,

        Press proof looks great, the orange matches the drawdown now. You're good to run.

        Erik

        Erik Sorensen | Packaging Buyer | Lakeside Creamery | Plymouth, WI | 920-555-0119

        On Tue, May 14, 2024 at 9:02 AM Valeria Ruiz <vruiz@etiquetaspremium.mx> wrote:
        > Hi Erik, attached is the press proof from this morning for the 8 oz cheddar label
        > (sheet 4, after the orange correction). Please confirm.
        > Saludos, Valeria
        >
        >> On Mon, May 6, 2024 at 3:30 PM Erik Sorensen <esorensen@lakesidecreamery.com> wrote:
        >> Valeria, PO LC-24-0410 covers 500 sample labels only, for our applicator trial. The
        >> 30,000 on your quote is not released and stays on hold until I send a written release
        >> after our QA signs off the applied samples. Please don't order stock for the 30,000.
        >> Thanks, Erik
        """),
        in_reply_to="<h27-vr-0514@etiquetaspremium.mx>",
    ))),
])

# p20: multi-file; complete sample PO + WebCenter approval "go for it"
case("p20_po_plus_webcenter_go_for_it_pl", rg(2), "two files: complete sample PO (300 labels, 36,000 held, written release by named buyer after sign-off) and a proof-approval export whose comment 'Approved... go for it!' is unscoped", [
    ("PO_BF-24-0277.pdf", pdf([
        ("h1", "PURCHASE ORDER BF-24-0277"),
        ("p", "Bramley & Finch Preserves Ltd \u00b7 Orchard Barns, Marden, Kent TN12 9DZ \u00b7 VAT GB 223 9180 12"),
        ("p", "Supplier: Drukarnia Etykiet Lublin Sp. z o.o., ul. Mełgiewska 74, 20-234 Lublin, Poland"),
        ("p", "Date: 29 April 2024 \u00b7 Currency: EUR \u00b7 Incoterms: DAP Marden"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Total"],
            ["1", "BF-LBL-340-DAM", "Jar label 340 g Damson Jam, textured paper, 5c + gold foil \u2014 samples", "300", "EUR 0.40", "EUR 120.00"],
        ]),
        ("p", "This PO covers 300 sample labels only. The balance of 36,000 labels on your quote DEL/2404/19 "
              "is not released. Do not print or buy paper for it."),
        ("p", "The balance is released only by a written release from Claire Dunmore, Purchasing Manager, "
              "after we sign off the samples on our Herma labeller."),
        ("p", "Claire Dunmore, Purchasing Manager \u00b7 claire@bramleyfinch.co.uk \u00b7 +44 1622 555 318"),
    ], title="PO BF-24-0277", author="Bramley & Finch")),
    ("WebCenter_Approval_DEL-24-0519.txt", T("""
    Esko WebCenter - Approval Cycle Summary
    Project : DEL-24-0519  Bramley & Finch - Damson Jam 340 g label
    Document: BF_340_Damson_v4.pdf (v4)
    Cycle   : 1 of 1    Started 2024-05-08 09:02    Closed 2024-05-08 15:47

    Approver                        Status      Date
    Claire Dunmore (Bramley&Finch)  Approved    2024-05-08 15:46
    Tom Pike (Bramley&Finch)        Approved    2024-05-08 11:20

    Comments
    [2024-05-08 11:20] Tom Pike: Barcode verified (EAN-13, grade A). Allergen text OK.
    [2024-05-08 15:46] Claire Dunmore: Approved. Colours spot on, go for it!
    [2024-05-08 15:47] System: Cycle closed. Notification sent to Drukarnia Etykiet Lublin (prepress).
    """)),
])

# p21: "artwork approved, PO approved, you're approved to proceed" over a complete quoted scope
case("p21_honey_jars_approved_to_proceed_in", rg(2, 9), "new message uses 'approved' for artwork, for finance's PO approval and as an unscoped 'approved to proceed'; the quoted earlier buyer message has the complete scope", [
    ("RE_BH-PO-0644_jars.eml", E(mail(
        "Libby Grant <libby@bellarinehoney.com.au>",
        "Rohit Agarwal <rohit@firozabadglass.in>",
        "RE: BH-PO-0644 screen-printed jars",
        "Thu, 16 May 2024 09:12:00 +1000",
        T("""
        Hi Rohit,

        Good news on all fronts: the artwork for the screen-printed jar is approved, the PO has been
        approved by our finance team, and you're approved to proceed!

        Could you send a photo of the first jar off the line before you pack?

        Thanks heaps,
        Libby

        Libby Grant | Bellarine Honey | Drysdale VIC | +61 3 5251 0447

        On Mon, 13 May 2024 at 17:20, Libby Grant <libby@bellarinehoney.com.au> wrote:
        > Hi Rohit,
        > PO BH-PO-0644 is attached: 240 sample jars (380 g hex jar, 1-colour gold screen print)
        > for our retail pitch at the end of June. The 12,000 balance on your quote is on hold
        > and not released until I send a written release after we've signed off the samples.
        > Please don't buy glass or print for the 12,000.
        > Libby
        """),
        in_reply_to="<h27-lg-0513@bellarinehoney.com.au>",
    ))),
])

# p22: Teams chat; "samples only" with no quantity; later "approved, crack on"
case("p22_teams_tins_crack_on_cn", rg(2, 10), "chat: buyer holds the rest until his written release after the range review, but never says how many samples; later '👍 approved, crack on' is unscoped", [
    ("Teams_chat_MRO_Tinbox.txt", T("""
    Microsoft Teams - chat export
    Chat: MRO / Dongguan Tinbox - PO MRO-771   Exported 24/05/2024 by ben.carter@mroliveco.com.au

    [20/05/2024 08:05] Ben Carter (Margaret River Olive Co.)
    Morning Coco. Just to be clear on PO MRO-771: samples only for now. The rest of the tin run stays on hold until I send a written release after the Woolworths range review on 18 June.

    [20/05/2024 08:40] Coco Lin (Dongguan Tinbox)
    Understood Ben. Sample tins printing tomorrow, embossing on Wednesday, I send photos.

    [22/05/2024 16:02] Coco Lin (Dongguan Tinbox)
    <image: tin_sample_500ml_front.jpg>
    <image: tin_sample_500ml_emboss.jpg>

    [22/05/2024 16:03] Coco Lin (Dongguan Tinbox)
    Sample tin 500 ml, emboss 0.3 mm, gold varnish. Inside lacquer is the food grade epoxy-free as you asked.

    [22/05/2024 18:47] Ben Carter (Margaret River Olive Co.)
    👍 approved, crack on

    [22/05/2024 18:48] Coco Lin (Dongguan Tinbox)
    Thank you!! 🙏
    """)),
])

# p23: DOCX press-check minutes; "approved" for colour and the PO; "go ahead" unscoped
case("p23_press_check_minutes_go_ahead_pl", rg(2, 9), "minutes record colour 'approved' and PO 'approved' by finance, then the buyer's unscoped 'go ahead'; scope item has quantity, hold, event and named release person", [
    ("Minutes_press_check_WCC-2210.docx", docx_bytes([
        ("h1", "Press check minutes \u2014 Wolds Crisp Co. / Flexo-Pak"),
        ("p", "Date: 11 June 2024 \u00b7 Place: Flexo-Pak Sp. z o.o., Bydgoszcz, press hall 2 (W&H Miraflex)"),
        ("p", "Present: Rachel Holt (Procurement Manager, Wolds Crisp Co.), Sam Dyer (Brand, Wolds Crisp Co.), "
              "Pawe\u0142 Zieli\u0144ski (Production Manager, Flexo-Pak), Anna Kr\u00f3l (Key Account, Flexo-Pak)"),
        ("table", [
            ["No.", "Item", "Notes / outcome", "Owner"],
            ["1", "Scope", "PO WCC-2210 covers 600 pre-production bags for line trials at Driffield. The 60,000 balance is not released; it is released only by a written release from Rachel Holt after line-trial sign-off.", "RH"],
            ["2", "Colour", "Approved at sheet 3 against the drawdown (\u0394E < 2.0 on PMS 1795 and 7548).", "SD"],
            ["3", "Commercial", "PO approved by Wolds finance on 10 June; plate invoice to follow.", "RH"],
            ["4", "Print defects", "Slight pinholing in the yellow solid fixed by anilox change (4.0 bcm).", "PZ"],
            ["5", "Decision", "Rachel: \u201cHappy with what we've seen \u2014 go ahead.\u201d", "RH"],
            ["6", "Logistics", "Bags on reels, 2 pallets, DAP Driffield; CMR to Anna.", "AK"],
        ]),
        ("p", "Minutes taken by Anna Kr\u00f3l, circulated 11 June 2024 17:40."),
    ], author="Anna Krol")),
])

# p24: multi-file; complete sample PO + "paid the deposit, so you have the green light"
case("p24_po_plus_deposit_green_light_mx", rg(2, 12), "two files: complete sample PO (250 bottles, balance held, named releaser) and a buyer email saying the deposit is paid 'so you have the green light' - payment as go, unscoped green light", [
    ("BC_IVC-24-0611.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER IVC-24-0611"),
        ("p", "\u00cele Verte Cosm\u00e9tiques inc. \u00b7 2600 boul. Laurier, Qu\u00e9bec QC G1V 4T3 \u00b7 TPS 74119 2230 RT0001"),
        ("p", "Fournisseur / Supplier: Envases Cosm\u00e9ticos de Puebla S.A. de C.V., Parque Industrial 5 de Mayo, Puebla, M\u00e9xico"),
        ("p", "Date: 2024-05-06 \u00b7 Devise / Currency: USD \u00b7 Incoterms: DAP Qu\u00e9bec"),
        ("table", [
            ["Ligne / Line", "Article / Item", "Description", "Qt\u00e9 / Qty", "Prix / Price", "Total"],
            ["1", "IVC-AIR-50", "Flacon airless 50 ml, PP blanc, pompe 0.5 ml \u2014 \u00e9chantillons / samples", "250", "$1.45", "$362.50"],
        ]),
        ("p", "Port\u00e9e / Scope: 250 sample airless bottles only. The balance of 19,750 bottles from quote "
              "ECP-Q-0388 is not released \u2014 do not mould or buy resin for it."),
        ("p", "The balance is released only by a written release from Sophie Tremblay, Directrice approvisionnement, "
              "after our sample sign-off (compatibility 8 weeks at 45 \u00b0C)."),
        ("p", "Sophie Tremblay \u00b7 stremblay@ileverte.ca \u00b7 418-555-0172"),
    ], title="IVC-24-0611", author="Ile Verte")),
    ("ECP-Q-0388_update.eml", E(mail(
        "Sophie Tremblay <stremblay@ileverte.ca>",
        "Andr\u00e9s Morales <amorales@envasescosmeticos.mx>",
        "D\u00e9p\u00f4t / deposit paid - ECP-Q-0388",
        "Wed, 15 May 2024 10:05:00 -0400",
        T("""
        Bonjour Andrés,

        We paid the deposit on your pro forma this morning (Desjardins wire, USD 5,840.00), so you
        have the green light!

        Merci et bonne journée,
        Sophie
        """) + sig_plain("Sophie Tremblay", "Directrice approvisionnement / Purchasing Director",
                         "Île Verte Cosmétiques inc., Québec", "418-555-0172"),
    ))),
])

# p25: supplier status report: board bought for the full 60,000; only 500 released
case("p25_status_report_board_60k_pl", rg(6), "supplier status report: pre-production 500 printed, production awaiting release, yet board for the full 60,000 already bought with no material authority", [
    ("Status_report_wk23_OM-CCC.pdf", pdf([
        ("h1", "Weekly status report \u2014 week 23/2024"),
        ("p", "Opakowania Mazury Sp. z o.o., ul. Lubelska 30, 10-409 Olsztyn, Poland"),
        ("p", "Customer: Cheshire Cheese Company Ltd, Chester \u00b7 Contact: Tom Whitby, Buyer"),
        ("p", "Item: CCC-BOX-200-WAX, 200 g wax truckle gift box, GC1 350 gsm, 4c + emboss"),
        ("table", [
            ["Topic", "Status"],
            ["Pre-production run (PO CCC-4471, 500 boxes)", "Printed 4 June, die-cut 5 June, shipped 6 June, CMR 0606-OM-18"],
            ["Production 60,000 boxes", "Awaiting your written release after sample sign-off. Not scheduled."],
            ["Board", "GC1 350 gsm for the full 60,000 boxes purchased 3 June (14.2 t) to secure mill allocation before the July price increase; stored in our warehouse."],
            ["Cutting die", "Die D-7731 made and tested on the pre-production run."],
            ["Open questions", "Pallet height for the production deliveries (1.2 m or 1.6 m?)"],
        ]),
        ("p", "Prepared by Magdalena Wrona, Customer Service, 7 June 2024 \u00b7 m.wrona@opakowaniamazury.pl"),
    ], title="Status report wk23", author="Opakowania Mazury")),
])

# p26: supplier ack restates 350 (PO says 300) and has ordered film for the full 40,000
case("p26_ack_350_vs_300_film_40k_mx", rg(6, 11), "supplier acknowledgement says 350 samples while the quoted buyer PO says 300; supplier also ordered laminate film for the full 40,000 without material authority", [
    ("ACK_PO_STM-1187.eml", E(mail(
        "Ricardo Campos <rcampos@flexbajio.com.mx>",
        "Dan Whitaker <dwhitaker@sunridgetrail.com>",
        "RE: PO STM-1187 sample pouches - acknowledgement",
        "Thu, 18 Apr 2024 18:22:00 -0600",
        T("""
        Hello Dan,

        We acknowledge PO STM-1187: 350 sample pouches of the 12 oz trail mix stand-up pouch, to ship
        from León on 3 May. The balance is not released and we will wait for your written release
        after the sample sign-off.

        To protect the lead time we went ahead and ordered the laminate film (PET 12 / MPET 12 /
        LLDPE 70) for the full 40,000 pouches. It arrives at our plant in week 19 and will be kept
        for your production.

        Regards,
        Ricardo Campos
        Customer Service | Flexibles del Bajío S.A. de C.V. | +52 477 710 4412

        -----Original message-----
        From: Dan Whitaker <dwhitaker@sunridgetrail.com>
        Sent: Tuesday, April 16, 2024 11:05 AM
        Subject: PO STM-1187 sample pouches
        > Ricardo, PO STM-1187 is attached: 300 sample pouches only (12 oz stand-up, 7c, zipper).
        > The 40,000 balance is not released until my written release after our sample sign-off
        > (seal and drop test). Please do not print or buy material for the balance.
        > Dan Whitaker, Director of Purchasing, Sunridge Trail Mix Co., Boise ID
        """),
        in_reply_to="<h27-dw-0416@sunridgetrail.com>",
    ))),
])

# p27: printer job ticket stages stock for the whole blanket against a 2,000 release
case("p27_job_ticket_pull_full_blanket_us", rg(6), "supplier job ticket: 2,000 released by call-off, 43,000 not released, but CSR pulls stock for the full 45,000 with no material authority", [
    ("JobTicket_NSL-58812.txt", T("""
    NORTHSTAR LABEL CO.  -  ST. PAUL MN                        JOB TICKET  58812
    ==============================================================================
    CUSTOMER    BAYOU BLEND COFFEE (Lafayette LA)       CSR    T. Lindqvist
    CUST PO     BBC-BL-2024 (blanket)  CALL-OFF #1      ENTERED 05/06/2024
    ITEM        BBC-LBL-12OZ-DR  Dark Roast 12 oz bag label, 3.5 x 4.5 in, rev C
    RELEASED    2,000   (call-off #1)
    BLANKET     45,000  -- BALANCE 43,000 NOT RELEASED (next call-off from cust.)
    PRESS       Mark Andy P5, 8 colour + cold foil
    PLATES      new, 8 pcs, plate order PO-NSL-7711 (charge to customer)
    ------------------------------------------------------------------------------
    MATERIAL
      Stock      2.6 MIL WHITE BOPP / PERMANENT ACRYLIC / 1.2 MIL PET LINER
      Pull       9 rolls 13 in x 5,000 ft  (= approx. 45,000 labels)
      Foil       Kurz Alufin KP, 2 rolls
    CSR NOTE: pull the full blanket qty now so we don't have to re-order stock
              for every call-off. Print 2,000 only; remaining stock to be held
              in cage B4 tagged BBC.
    ------------------------------------------------------------------------------
    DUE   05/20/2024     SHIP  UPS Ground, 2 cartons     QC  100% camera
    """)),
])

# p28: buyer email; forecast "treat as committed" + "pre-buy whatever board you need"
case("p28_bakery_forecast_committed_prebuy_mx", rg(6, 8), "buyer keeps the 24,000 on hold with event and named releaser, but calls the 150k annual forecast committed and invites open-ended pre-buying of board", [
    ("HMB-2290_update.eml", E(mail(
        "Hannah Price <hannah.price@harvestmoonbakery.com>",
        "Luc\u00eda Garza <lgarza@cartonajesdelnorte.com.mx>",
        "HMB-2290 samples + capacity for the year",
        "Wed, 29 May 2024 15:50:00 -0400",
        T("""
        Hi Lucía,

        Thanks for the samples, they look great! Our team is running them on the cartoner this week.

        PO HMB-2290 still stands as written: the 300 sample cartons are the only thing on order.
        The 24,000 production balance stays on hold until I send you a written release after the
        cartoner trial.

        On capacity for the rest of the year: our annual forecast is 150k cartons across the three
        muffin SKUs, and you can treat that as committed. Feel free to pre-buy whatever board you
        need so we don't lose time later in the season.

        Talk soon,
        Hannah
        """) + sig("Hannah Price", "Purchasing Lead", "Harvest Moon Bakery, Burlington VT", "+1 802 555 0165"),
    ))),
])

# p29: supplier reply: deposit received, so press time booked and stock bought for 25,000
case("p29_deposit_booked_stock_25k_cn", rg(6, 12), "supplier treats the deposit as the start signal, books press time and buys stock for the full 25,000 while the quoted buyer PO released 250 samples only", [
    ("RE_PO_FSC-0712.eml", E(mail(
        "Jenny Xu <jenny.xu@jinliprint.com>",
        "Kate Morrison <kate@fremantlesauce.com.au>",
        "RE: PO FSC-0712 - deposit",
        "Mon, 20 May 2024 17:30:00 +0800",
        T("""
        Dear Kate,

        Deposit received with thanks (AUD 2,250.00).

        As the deposit is in, we have booked press time for week 24 and bought the label stock
        (Avery Dennison Fasson PP white, 60 micron) and ink for the full 25,000 labels.

        The 250 samples will ship this Friday by DHL.

        Best regards,
        Jenny Xu
        Sales Dept. | Shenzhen Jinli Printing Co., Ltd. | +86 755 8661 0237

        > -----Original Message-----
        > From: Kate Morrison
        > Sent: Friday, 10 May 2024 2:14 PM
        > Subject: PO FSC-0712
        > Hi Jenny, PO FSC-0712 covers 250 sample labels only (chilli sauce 250 ml, wraparound).
        > The balance of 24,750 is not released until I send a written release after we've signed
        > off the samples. Deposit for the tooling will follow next week.
        > Kate Morrison, Purchasing, Fremantle Sauce Co.
        """),
        in_reply_to="<h27-km-0510@fremantlesauce.com.au>",
    ))),
])

# p30: supplier: resin pulled for 80k and "roll straight into production" on sample approval
case("p30_resin_80k_roll_straight_mx", rg(6, 7), "supplier has pulled resin for all 80,000 closures and says sample approval rolls straight into production; quoted buyer scope releases 500 and holds 79,500 for a named written release", [
    ("RE_PPW-0388_sample_closures.eml", E(mail(
        "Alejandro Ibarra <aibarra@cpq-cierres.com.mx>",
        "Greg Lawson <greg.lawson@purepeakwater.com>",
        "RE: PPW-0388 sample closures",
        "Wed, 22 May 2024 16:40:00 -0600",
        T("""
        Hi Greg,

        Samples will ship Friday (500 pcs, 28 mm PCO 1881 sport cap, blue/white).

        We've already pulled resin for the 80,000 closures, so as soon as you approve the samples we
        roll straight into production and you keep your July date.

        Best regards,
        Alejandro Ibarra
        Ventas | Cierres Plásticos Querétaro | +52 442 296 1180

        On Mon, May 13, 2024, Greg Lawson wrote:
        > Alejandro, PO PPW-0388: 500 sample closures only. The 79,500 balance is on hold and not
        > released until I send you a written release after our capping trial sign-off.
        > Greg Lawson, Supply Chain Manager, Pure Peak Water Co., Denver
        """),
        in_reply_to="<h27-gl-0513@purepeakwater.com>",
    ))),
])

# p31: supplier treats a non-binding forecast as firm and buys decoration material for the year
_p31_fc = T("""
GLEN AFFRIC WATER CO. - 2025 BOTTLE FORECAST (non-binding, for capacity planning only)
Item: GAW-BTL-750-FL  750 ml flint still water bottle, ACL 2 colours
Q1-2025   54,000
Q2-2025   66,000
Q3-2025   72,000
Q4-2025   48,000
TOTAL    240,000
Released: call-off 1 only (12,000 bottles). Further call-offs from Morag Fraser after each quarterly stock review.
""")
case("p31_firm_forecast_decoration_tr", rg(6, 8), "supplier calls the buyer's non-binding forecast 'firm', books it in the order book and buys decoration material for 240,000 against a 12,000 call-off", [
    ("RE_2025_forecast_GAW.eml", E(mail(
        "Burak Şahin <burak.sahin@marmarasise.com.tr>",
        "Morag Fraser <morag.fraser@glenaffricwater.co.uk>",
        "RE: 2025 forecast + call-off 1",
        "Mon, 03 Jun 2024 11:02:00 +0300",
        T("""
        Dear Morag,

        Thank you for your firm forecast of 240,000 bottles for 2025. We have entered it in our
        order book and have ordered the decoration materials (ACL ceramic inks, two colours) for the
        full year, so there will be no delay on the quarterly deliveries.

        Call-off 1 (12,000 bottles) is planned for furnace week 26, ACL week 27.

        Your forecast file is attached again for reference.

        Best regards,
        Burak Şahin
        Export Sales | Marmara Şişe Sanayi A.Ş. | Kırklareli | +90 288 214 5510

        On 28 May 2024, Morag Fraser wrote:
        > Dear Burak, please find our 2025 forecast attached - non-binding, for capacity planning
        > only. Call-off 1 (12,000 bottles) is the only quantity released. Further call-offs come
        > from me after each quarterly stock review.
        > Morag Fraser, Supply Chain Manager, Glen Affric Water Co.
        """),
        attachments=[("GAW_2025_forecast.txt", _p31_fc, "text/plain")],
        in_reply_to="<h27-mf-0528@glenaffricwater.co.uk>",
    ))),
])

# p32: multi-file; complete PO + supplier quote whose terms make sample approval the release
case("p32_po_plus_quote_terms_autorelease_in", rg(7), "two files: complete sample PO (400 labels, 50,000 held, named written release) and the supplier's quote whose terms say sample approval is taken as release of production - no recorded auto-conversion", [
    ("PO_RCK-24-1182.pdf", pdf([
        ("h1", "PURCHASE ORDER RCK-24-1182"),
        ("p", "Redwood Coast Kombucha Inc. \u00b7 3450 Regional Pkwy, Santa Rosa, CA 95403"),
        ("p", "Supplier: Kohinoor Labels Pvt. Ltd., Peenya Industrial Area, Bengaluru 560058, India"),
        ("p", "Date: May 1, 2024 \u00b7 Quote: KL/Q/24-1182 (attached) \u00b7 Currency: USD \u00b7 Incoterms: CPT San Francisco"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Ext."],
            ["1", "RCK-LBL-16-GG", "16 oz bottle label, Ginger Grapefruit, BOPP clear, 6c + white \u2014 samples", "400", "$0.35", "$140.00"],
        ]),
        ("p", "Scope: 400 sample labels only. The 50,000 production labels in your quote are not released. "
              "Do not print or buy film for them."),
        ("p", "Production is released only by a written release from Owen Price, Head of Operations, after "
              "our sample sign-off (ice-bucket adhesion test, 48 h)."),
        ("p", "Owen Price, Head of Operations \u00b7 owen@redwoodcoastkombucha.com \u00b7 (707) 555-0184"),
    ], pagesize=LETTER, title="PO RCK-24-1182", author="Redwood Coast Kombucha")),
    ("Quote_KL-Q-24-1182.docx", docx_bytes([
        ("h1", "Quotation KL/Q/24-1182"),
        ("p", "Kohinoor Labels Pvt. Ltd. \u00b7 Plot 17, 2nd Phase, Peenya Industrial Area, Bengaluru 560058 \u00b7 GSTIN 29AADCK7712M1Z3"),
        ("p", "Customer: Redwood Coast Kombucha Inc. \u00b7 Date: 24 April 2024 \u00b7 Validity: 60 days"),
        ("table", [
            ["Description", "Quantity", "Rate (USD)", "Lead time"],
            ["Pre-production samples, digital", "400", "0.35", "7 working days"],
            ["Production, flexo 8 colour", "50,000", "0.048", "15 working days"],
            ["Plates (one-time)", "8", "38.00 each", "with production"],
        ]),
        ("h", "Terms and conditions"),
        ("num", "Prices are ex-works Bengaluru, packing included; freight at actuals."),
        ("num", "Approval of the pre-production samples by the customer will be taken as release of the production quantity, and production will start within 5 working days of sample approval."),
        ("num", "Overs/unders of up to 10% on production are invoiced at actuals."),
        ("num", "Payment: 50% advance with production, balance against shipping documents."),
        ("p", "For Kohinoor Labels Pvt. Ltd. \u2014 Suresh Iyer, Business Development Manager"),
    ], author="Suresh Iyer")),
])

# p33: the buyer contradicts her own written-release requirement at the press check
case("p33_buyer_keep_press_rolling_us", rg(7), "buyer's PO requires her written release, but her latest note says that if the press proof matches, no need to wait for her, keep running the rest - approval assumed to roll into production", [
    ("RE_MMC-0419_press_check_Thursday.eml", E(mail(
        "Nadia Kowal <nadia@muskokamaple.ca>",
        "Rob Stetler <rstetler@keystonecarton.com>",
        "RE: MMC-0419 press check Thursday",
        "Tue, 21 May 2024 19:22:00 -0400",
        T("""
        Hi Rob,

        I'll be at the press check on Thursday with our designer, Lise. We should be there by 9.

        If the press proof matches the drawdown, no need to wait for anything from me. Just keep
        the press running through the rest of the order so we're not paying for a second make-ready.

        See you Thursday,
        Nadia

        > On May 2, 2024, Nadia Kowal wrote:
        > Rob, PO MMC-0419 is for 400 sample cartons (8 oz candle, 24 pt SBS, 4c + copper foil).
        > The balance of 15,600 is not released until my written release after the sample
        > sign-off. Please don't run or buy board for it.
        > Nadia Kowal, Purchasing, Muskoka Maple Candle Co., Huntsville ON
        """),
        in_reply_to="<h27-nk-0502@muskokamaple.ca>",
    ))),
])

# p34: Asana export; "once QA releases the samples, the 30k is released too"
case("p34_asana_qa_release_is_release_us", rg(7, 9), "Asana: description holds the 30,000 for a named written release, but a comment says QA's release of the samples releases the 30k too - 'release' for two things and implied auto-conversion", [
    ("Asana_task_export_OA-1120.txt", T("""
    Asana - task export
    Project: Oat & Anchor - Packaging 2024
    Task:    Print sample shrink sleeves (200) - Barista Oat 1 L
    Assignee: Marisol Vega        Due: Jun 7, 2024       Section: In progress
    Collaborators: Derek Hale, Priya Raman, Emre Kaya (Ege Etiket, guest)

    Description
      PO OA-1120 to Ege Etiket (Izmir): 200 sample shrink sleeves for the fill trial at the
      co-packer in Allentown. Balance 30,000 not released until written release from Marisol
      Vega (Head of Ops) after fill trial sign-off. No film purchase for the balance.

    Subtasks
      [x] Artwork v3 to Ege Etiket
      [x] Distortion grid confirmed
      [ ] Sample sleeves received
      [ ] Fill trial + sign-off

    Comments
      Emre Kaya (Ege Etiket) - May 28, 2024 10:05 AM
        Cylinder proofs uploaded. Sample sleeves ship June 3 by UPS Express.

      Derek Hale - May 28, 2024 2:40 PM
        Once QA releases the samples, the 30k is released too. No need to wait for another
        email, let's keep things moving. @Emre Kaya FYI

      Priya Raman - May 29, 2024 9:12 AM
        QA checklist for the trial attached (shrink %, seam strength, scuff).
    """)),
])

# p35: supplier claims "as agreed" that lab approval starts the 48,000 without a separate release
case("p35_tr_glass_as_agreed_no_release", rg(7), "supplier says 'as agreed' lab approval of samples starts the 48,000 with no separate release; the quoted buyer scope requires a named written release", [
    ("RE_TA-PO-2207_amber_samples.eml", E(mail(
        "Serkan Aydın <serkan.aydin@marmarasise.com.tr>",
        "Sandra Okoye <sandra.okoye@thornburyapothecary.co.uk>",
        "RE: TA-PO-2207 amber dropper bottle samples",
        "Fri, 17 May 2024 15:15:00 +0300",
        T("""
        Dear Sandra,

        The 60 colour-matched amber samples left today with UPS, tracking 1Z 9R8 226 04 1180 7721.

        As agreed, once your lab approves the colour-matched samples we will start the 48,000 bottles
        straight away - no separate release needed - so we keep the furnace slot in week 27.

        Best regards,
        Serkan Aydın
        Key Account Manager | Marmara Şişe Sanayi A.Ş. | +90 288 214 5522

        On 2 May 2024, Sandra Okoye wrote:
        > Dear Serkan, PO TA-PO-2207 covers 60 colour-matched samples (30 ml amber dropper bottle,
        > DIN 18). The 48,000 bottles are not released until I issue a written release after our lab
        > has signed off the colour. Kind regards, Sandra Okoye, Head of Procurement, Thornbury
        > Apothecary Ltd, Bristol
        """),
        in_reply_to="<h27-so-0502@thornburyapothecary.co.uk>",
    ))),
])

# p36: WhatsApp; "make samples first" (no qty); supplier will run balance directly on OK
case("p36_whatsapp_directly_run_balance_in", rg(7, 10), "chat: buyer asks for samples without a quantity (hold, event and her name present); supplier says once she OKs the sample they will directly run the balance with no fresh PO", [
    ("WhatsApp_Chat_Sunrise_Flexipack.txt", T("""
    [06/05/24, 10:41:12] Kavya Rao (Lotus & Ginger): Hi Sanjay, please make samples first of the 25g tea pouch (Masala Chai, matte kraft look). Balance production on hold till my written release after our lab approval. - Kavya Rao, Purchasing
    [06/05/24, 10:44:30] Sanjay Gupta (Sunrise Flexipack): Noted ma'am 🙏 Samples by 20th
    [06/05/24, 10:45:02] Sanjay Gupta (Sunrise Flexipack): Once you OK the sample we will directly run balance 14,850 pcs, no need for fresh PO 👍
    [06/05/24, 11:20:48] Kavya Rao (Lotus & Ginger): Thanks Sanjay, will revert after lab tests
    [06/05/24, 11:21:15] Kavya Rao (Lotus & Ginger): also pls use the same zipper supplier as last year, the Ykk one
    [06/05/24, 11:25:03] Sanjay Gupta (Sunrise Flexipack): Yes ma'am same
    """)),
])

# p37: CSR explains that approving the sample proof in the portal queues the full run
_p37_txt = T("""
Hi Amy!

Quick heads-up on how our portal works, since this is your first order with us: once you hit
"Approve" on the sample proof, the job drops straight into the production queue for the full 5,000,
nothing more needed from you 🙂 Turnaround from approval is 12 business days.

Your sample proof for the 3 oz honey stick pouch is up in the portal now.

Have a great day!
Brooke

Brooke Sanders | Customer Success | Bright Pouch Co. | Denver, CO

On Mon, May 20, 2024 at 8:02 AM Amy Cole <amy@hilltophoney.com> wrote:
> Hi Brooke, PO HH-0617 is uploaded: 100 sample pouches only. The 5,000 run is not released;
> I'll send a written release after our shelf test. Thanks! Amy Cole, Founder, Hilltop Honey
""")
_p37_html = html_page("Your proof is ready", T("""
<p>Hi Amy!</p>
<p>Quick heads-up on how our portal works, since this is your first order with us: once you hit <b>&quot;Approve&quot;</b> on the sample proof, the job drops straight into the production queue for the full 5,000, nothing more needed from you &#128578; Turnaround from approval is 12 business days.</p>
<p>Your sample proof for the 3 oz honey stick pouch is up in the portal now.</p>
<p>Have a great day!<br>Brooke</p>
<p>Brooke Sanders | Customer Success | Bright Pouch Co. | Denver, CO</p>
<blockquote>On Mon, May 20, 2024 at 8:02 AM Amy Cole wrote:<br>Hi Brooke, PO HH-0617 is uploaded: 100 sample pouches only. The 5,000 run is not released; I'll send a written release after our shelf test. Thanks! Amy Cole, Founder, Hilltop Honey</blockquote>
"""))
case("p37_portal_approve_queues_run_us", rg(7), "supplier CSR says approving the sample proof drops the job into production for the full 5,000; the quoted buyer message says 100 samples only and 5,000 held for her written release", [
    ("Your_sample_proof_is_ready_HH-0617.eml", E(mail(
        "Brooke Sanders <brooke@brightpouch.co>",
        "Amy Cole <amy@hilltophoney.com>",
        "Your sample proof is ready - PO HH-0617",
        "Tue, 21 May 2024 10:30:00 -0600",
        _p37_txt, html=_p37_html,
        in_reply_to="<h27-ac-0520@hilltophoney.com>",
    ))),
])

# p38: supplier turns a Q3 forecast into an "order" and plans to run 12,000 on sample signature
case("p38_forecast_as_order_run_on_signature_cn", rg(7, 8), "supplier calls the buyer's non-binding Q3 forecast 'the Q3 order' and says it will run 12,000 as soon as the samples are signed; quoted buyer scope is 120 samples with a named written release", [
    ("RE_HCC-0405_Q3_plan.eml", E(mail(
        "Amy Liang <amy.liang@meiliprint.cn>",
        "Lachlan Reid <lachlan@hobartchocolate.com.au>",
        "RE: HCC-0405 samples + Q3 forecast",
        "Wed, 15 May 2024 18:05:00 +0800",
        T("""
        Dear Lachlan,

        Thanks for the information. We noted the Q3 order of 36,000 gift boxes and have put it in our
        production plan. As soon as you sign the samples we will run the first 12,000 for July
        delivery.

        The 120 sample boxes are in lamination now and will ship on 22 May.

        Best regards,
        Amy Liang
        Foshan Meili Printing Co., Ltd. | +86 757 8220 5103

        ----- Original -----
        From: Lachlan Reid
        Date: 2024-05-13 09:40
        > Hi Amy, our forecast for Q3 (non-binding) is 36,000 boxes. PO HCC-0405 covers 120 sample
        > boxes only; nothing else is released. Production is released only by a written release
        > from me after we've signed off the samples.
        > Lachlan Reid, Operations Manager, Hobart Chocolate Co.
        """),
        in_reply_to="<h27-lr-0513@hobartchocolate.com.au>",
    ))),
])

# p39: multi-file; ERP PO says 250 samples, buyer's email says print the 300 samples
case("p39_erp_250_email_300_mx", rg(11), "two files: ERP sample PO for 250 labels (complete scope) and the buyer's email asking to print 'the 300 sample labels' on the same PO", [
    ("PO_PCJ-2207.txt", T("""
    PACIFIC CREST JERKY LLC                                          PURCHASE ORDER  PCJ-2207
    7720 SW Nimbus Ave, Beaverton OR 97008                           DATE            05/01/2024
                                                                     PAGE            1
    VENDOR  MONTERREY FLEX PRINT S.A. DE C.V. (MFP-09)              TERMS           NET 30
            Av. Ruiz Cortines 3102, Monterrey N.L. 64400 MX          FOB             DESTINATION
    BUYER   BRENT HOWELL  (503) 555-0152                            CURRENCY        USD

    LN  ITEM               DESCRIPTION                                QTY  UM   UNIT COST   EXT COST
    --  -----------------  ---------------------------------------  -----  --  ----------  ---------
     1  PCJ-LBL-3OZ-PEP    3 OZ BAG LABEL PEPPERED, BOPP MATTE, 5C    250  EA      0.4200     105.00
                           SAMPLE LABELS
    --  -----------------  ---------------------------------------  -----  --  ----------  ---------
                                                                           TOTAL USD      105.00
    COMMENTS:
    SAMPLE ORDER ONLY - 250 LABELS. BALANCE 19,750 PER QUOTE MFP-Q-2207 IS NOT RELEASED.
    DO NOT PRINT OR STAGE STOCK FOR THE BALANCE. BALANCE RELEASED ONLY BY WRITTEN RELEASE
    FROM BRENT HOWELL, SUPPLY CHAIN MGR, AFTER SAMPLE SIGN-OFF ON THE WEIGH-LABELLER.
    """)),
    ("Sample_labels_PCJ-2207.eml", E(mail(
        "Brent Howell <bhowell@pacificcrestjerky.com>",
        "Diego Villarreal <dvillarreal@mtyflexprint.mx>",
        "PCJ-2207 sample labels",
        "Thu, 02 May 2024 08:15:00 -0700",
        T("""
        Hi Diego,

        To confirm: please print the 300 sample labels on PO PCJ-2207 and get them to Beaverton by
        the 20th. Rest stays on hold per the PO.

        Use the matte BOPP from the last job (lot 24-0311) if you still have a partial roll.

        Thanks,
        Brent

        Brent Howell | Supply Chain Manager | Pacific Crest Jerky LLC | (503) 555-0152
        """),
    ))),
])

# p40: HTML release notice; table says 2,400 released, text says 2,000
case("p40_release_notice_2400_vs_2000_tr", rg(11), "HTML release notice: the table's released quantity is 2,400 while the text releases 2,000; hold, next event and named releaser are stated", [
    ("Release_PR-0093_FPC-3312.html", html_page("Production release PR-0093", T("""
<h2>Production release PR-0093</h2>
<p>Fenland Potato Co. Ltd &middot; Station Road, Chatteris, Cambridgeshire PE16 6AE<br>
To: Bosphorus Flexible Packaging A.&#350;., Hadımköy, &#304;stanbul &mdash; attn. Ay&#351;e Korkmaz<br>
Date: 13/05/2024 &middot; PO: FPC-3312 line 2 &middot; Item: FPC-BAG-2.5KG, 2.5 kg printed potato bag, PE 50 &micro;m, 4c, vent holes</p>
<table>
<tr><th>Release no.</th><th>Released quantity</th><th>Delivery</th><th>Released by</th></tr>
<tr><td>PR-0093</td><td>2,400 bags</td><td>week 22, DAP Chatteris</td><td>Tom Ashby</td></tr>
</table>
<p>With this release, 2,000 bags are released against PO FPC-3312 line 2. The remaining 18,000 bags stay on hold until the next written release from Tom Ashby after the May sales review.</p>
<p>Material: film for this release only.</p>
<p>Tom Ashby, Head of Purchasing &middot; tom.ashby@fenlandpotato.co.uk &middot; +44 1354 555 760</p>
"""))),
])

# p41: multi-file; EDI 850 says 5000, the PDF copy of the same PO says 5,500
case("p41_edi_5000_vs_pdf_5500_us", rg(11), "two files for one full-quantity repeat PO: EDI 850 line quantity 5000, the PDF copy 5,500", [
    ("EDI850_BRSW_PO_330419.txt", T("""
    ISA*00*          *00*          *ZZ*BLUERIDGESOAP  *ZZ*CAROLINACARTON *240520*1012*U*00401*000000419*0*P*>~
    GS*PO*BLUERIDGESOAP*CAROLINACARTON*20240520*1012*419*X*004010~
    ST*850*0001~
    BEG*00*SA*330419**20240520~
    PER*BD*MEGAN SHAW*TE*8285550117~
    DTM*002*20240614~
    N1*ST*BLUE RIDGE SOAP WORKS*92*01~
    PO1*1*5000*EA*0.268**BP*BRSW-CTN-BAR4*VP*CC-88107~
    PID*F****SOAP BAR CARTON 4OZ LAVENDER OATMEAL REV D~
    MSG*REPEAT ORDER - RUNNING ITEM - RELEASED IN FULL~
    CTT*1*5000~
    SE*10*0001~
    GE*1*419~
    IEA*1*000000419~
    """)),
    ("PO_330419_copy.pdf", pdf([
        ("h1", "PURCHASE ORDER 330419 (copy)"),
        ("p", "Blue Ridge Soap Works, Inc. \u00b7 88 Riverside Dr, Asheville, NC 28801"),
        ("p", "Supplier: Carolina Carton & Print, 1200 Industrial Blvd, Hickory, NC 28601"),
        ("p", "Date: May 20, 2024 \u00b7 Buyer: Megan Shaw \u00b7 Ship by: June 14, 2024 \u00b7 Sent via EDI; this copy for your files"),
        ("table", [
            ["Line", "Item", "Vendor item", "Description", "Qty", "Unit", "Ext."],
            ["1", "BRSW-CTN-BAR4", "CC-88107", "Soap bar carton 4 oz, Lavender Oatmeal, rev D", "5,500", "$0.268", "$1,474.00"],
        ]),
        ("p", "Repeat order of a running item, released in full as ordered. Overs/unders \u00b15%."),
        ("p", "Megan Shaw, Purchasing \u00b7 (828) 555-0117"),
    ], pagesize=LETTER, title="PO 330419", author="Blue Ridge Soap Works")),
])

# p42: EML says run 10,000 under R-12; the attached release letter says 8,000
_p42_pdf = pdf([
    ("h1", "RELEASE R-12 \u2014 PO BSS-2201"),
    ("p", "Bluenose Seasonings Ltd \u00b7 94 Montague St, Lunenburg NS B0J 2C0"),
    ("p", "To: Ningbo Hengxin Label Co., Ltd. \u00b7 Date: 2024-05-21"),
    ("table", [
        ["Item", "Description", "Released quantity", "Delivery"],
        ["BSS-LBL-SHK-4OZ", "4 oz shaker label, Lobster Boil Seasoning, BOPP white, 5c", "8,000 (eight thousand)", "ETD 2024-06-20, FOB Ningbo"],
    ]),
    ("p", "The remainder of the 40,000 on PO BSS-2201 stays on hold until the next written release from "
          "Claire Boudreau after the Sobeys planogram reset."),
    ("p", "Claire Boudreau, Purchasing & Logistics Manager"),
], title="Release R-12", author="Bluenose Seasonings")
case("p42_email_10000_vs_release_8000_cn", rg(11), "email tells the supplier to run 10,000 under release R-12 while the attached R-12 letter releases 8,000; hold, event and named releaser present", [
    ("Release_R-12_BSS-2201.eml", E(mail(
        "Claire Boudreau <claire@bluenoseseasonings.ca>",
        "Hannah Wu <hannah.wu@hengxinlabel.com>",
        "Release R-12 - PO BSS-2201 shaker labels",
        "Tue, 21 May 2024 09:30:00 -0300",
        T("""
        Hi Hannah,

        Please find attached release R-12 for PO BSS-2201: go ahead and run 10,000 labels of the
        Lobster Boil shaker label for the June sailing.

        The rest of the 40,000 stays on hold until my next written release after the Sobeys reset in
        August.

        Thanks,
        Claire
        """) + sig("Claire Boudreau", "Purchasing & Logistics Manager", "Bluenose Seasonings Ltd, Lunenburg NS", "+1 902 555 0121"),
        attachments=[("Release_R-12.pdf", _p42_pdf, PDF_MT)],
    ))),
])

# p43: multi-file; PO rev 2 releases 400 and holds 80; chat says go with bal. 480
case("p43_po_rev2_400_chat_480_cn", rg(11), "two files: PO rev 2 releases 400 displays and holds 80 for a later named release; the buyer's chat then says 'pls go with bal. 480 now'", [
    ("PO_DBS-0922_rev2.docx", docx_bytes([
        ("h1", "Purchase Order DBS-0922 \u2014 revision 2"),
        ("p", "Desert Bloom Skincare LLC \u00b7 2020 E Camelback Rd, Phoenix, AZ 85016"),
        ("p", "Supplier: Xiamen Artisan Displays Co., Ltd., Jimei District, Xiamen, China"),
        ("p", "Revision date: May 9, 2024 \u00b7 Reason: release after sample sign-off of May 2, 2024"),
        ("table", [
            ["Line", "Description", "Qty", "Status"],
            ["1", "Acrylic counter display, 3-tier, frosted, with header \u2014 samples", "20", "delivered April 18"],
            ["2", "Same, production \u2014 release 1", "400", "released by this revision (written release from Carmen Ruiz)"],
            ["3", "Same, production \u2014 balance", "80", "on hold; released only by a further written release from Carmen Ruiz after the Ulta sell-in"],
        ]),
        ("p", "Total quoted: 500 displays (20 samples + 480 production)."),
        ("p", "Carmen Ruiz, Director of Trade Marketing \u00b7 carmen@desertbloomskin.com \u00b7 (602) 555-0139"),
    ], author="Carmen Ruiz")),
    ("WeChat_export_Carmen_Annie.txt", T("""
    WeChat chat history - "Annie Xu (Artisan Displays)"
    Exported 2024-05-13 by carmen.ruiz

    2024-05-09 22:14  Carmen Ruiz
    Hi Annie, rev 2 of DBS-0922 is in your email

    2024-05-09 22:15  Carmen Ruiz
    as per rev 2 pls go with bal. 480 now 🙏 we need them before the Ulta event

    2024-05-10 08:02  Annie Xu (Artisan Displays)
    Received Carmen, thank you. Acrylic sheet in stock, we start cutting Monday

    2024-05-10 08:03  Annie Xu (Artisan Displays)
    header card print also same file as samples?

    2024-05-10 09:30  Carmen Ruiz
    yes same file v2
    """)),
])

# p44: Shopify email; paid the pro forma for the full 10,000 so start printing, PO says 200 samples
case("p44_shopify_paid_proforma_print_10k_cn", rg(11, 12), "founder says the pro forma for the full 10,000 is paid so printing can start, while the quoted PO authorizes 200 samples with the 10k held for her written release", [
    ("Re_PO_2214_mailer_boxes.eml", E(mail(
        "Zoe Martinez <zoe@goldenhourhotsauce.com>",
        "Lin Chen <lin@everbloompack.cn>",
        "Re: PO #2214 mailer boxes",
        "Thu, 23 May 2024 09:14:00 -0700",
        T("""
        Hey Lin!

        Paid your pro forma for the full 10,000 this morning 💸 so you can start printing them
        whenever you're ready!

        Zoe

        On Tue, May 14, 2024 at 4:40 PM Zoe Martinez <zoe@goldenhourhotsauce.com> wrote:
        > Hi Lin, PO #2214 is for 200 sample mailer boxes (E-flute, kraft outside, 2c inside print).
        > The 10k run is on hold until I email you a written release after the samples pass our
        > unboxing review. Zoe Martinez, Founder, Golden Hour Hot Sauce, Tucson AZ
        """),
        in_reply_to="<h27-zm-0514@goldenhourhotsauce.com>",
    ))),
])

# p45: Excel export of an order plan whose forecast lines are declared firm orders
case("p45_order_plan_forecast_firm_uk", rg(8), "buyer's H2 plan labels quantities FORECAST and then declares them firm orders to be scheduled", [
    ("TSS_supplier_order_plan_H2-2024.txt", T("""
    TINTAGEL SEA SALT CO. LTD - SUPPLIER ORDER PLAN H2 2024
    Supplier: Etipol Digital Sp. z o.o., Wroclaw (supplier no. S-0217)
    Exported from TSS_Planning_2024.xlsx, sheet "Etipol"  17/06/2024 10:44

    ITEM            DESCRIPTION                   JUL     AUG     SEP     OCT     NOV     DEC   STATUS
    --------------  ------------------------  ------  ------  ------  ------  ------  ------  --------
    TSS-POUCH-250   250 g stand-up pouch       8,000   8,000  10,000  12,000  14,000   9,000  FORECAST
    TSS-TUB-500     500 g tub sleeve           3,000   3,000   3,500   4,000   6,000   4,500  FORECAST
    TSS-GIFT-3PK    gift pack sleeve, 3 x 90 g     0       0   2,000   6,000   9,000   3,000  FORECAST
    --------------  ------------------------  ------  ------  ------  ------  ------  ------  --------
    TOTAL                                      11,000  11,000  15,500  22,000  29,000  16,500

    NOTE FROM PURCHASING
    The forecast lines above are to be treated as firm orders for H2. Please schedule print
    accordingly; no separate PO will follow for these months.

    Ruth Pascoe, Buyer - ruth.pascoe@tintagelseasalt.co.uk - +44 1840 555 072
    """)),
])


# ==================================================================== BUILD
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(2727).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h27_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    return labels


if __name__ == "__main__":
    labels = build()
    counts = {}
    for v in labels.values():
        for r in v["expect"]:
            counts[r] = counts.get(r, 0) + 1
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"cases: {len(labels)}  clean: {clean}  with risks: {len(labels) - clean}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")
