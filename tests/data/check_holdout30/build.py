#!/usr/bin/env python3
"""Generator for the releasegate check_holdout30 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout30/build.py

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
    m["Message-ID"] = msgid or f"<h30-{_MSGN[0]:04d}@{dom}>"
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
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h30")
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



# ------------------------------------------------------------ extra helpers (holdout30)
def qt(text, depth=1):
    """Quote a block of text the way mail clients do ("> " per level)."""
    pre = ">" * depth + " "
    return "\n".join((pre + ln).rstrip() if ln else ">" * depth for ln in text.strip("\n").split("\n"))


def as_html(text):
    """A plain HTML rendering of a text mail body (for multipart/alternative)."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(ln) for ln in p.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n"


def B(s):
    return s.encode("utf-8") if isinstance(s, str) else s


def E(m):
    return eml_bytes(m)


def html_table(rows, head=True):
    out = ["<table>"]
    for i, r in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{escape(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


UK_DISC = ("\n\nThis email and any attachments are confidential and intended solely for the addressee. "
           "If you have received it in error please notify the sender and delete it. "
           "Emails sent to and from this organisation may be monitored and may be disclosed under the "
           "Freedom of Information Act 2000.\n")
AU_DISC = ("\n\nIMPORTANT: This email is intended for the named recipient only and may contain "
           "confidential or legally privileged information. If you are not the intended recipient, "
           "please delete it and notify the sender. We acknowledge the Traditional Custodians of the "
           "lands on which we work.\n")
CA_DISC = ("\n\nThis e-mail may contain information that is privileged or confidential and is subject to "
           "the Municipal Freedom of Information and Protection of Privacy Act. If you are not the "
           "intended recipient, please notify the sender and delete this message.\n")
SG_DISC = ("\n\nCONFIDENTIAL: This e-mail is intended only for the addressee. Please do not print this "
           "e-mail unless necessary. Think green.\n")


# =================================================================== CLEAN CASES
# c01 -- supplier quote with sample and production tiers; no authorization in the bundle
case("c01_quote_tiers", [], "supplier quote listing a 5-off sample tier and a 250 production tier; quotes authorize nothing",
     [("Quotation_QU-24-0619.pdf", pdf([
         ("h1", "QUOTATION  QU-24-0619"),
         ("p", "Kestrel Stainless & Fabrication Pty Ltd · ABN 51 624 118 903 · 14 Dunn Crescent, "
               "Dandenong South VIC 3175 · (03) 9706 4410 · sales@kestrelsf.com.au"),
         ("sp",),
         ("p", "To: State Health Supply Victoria, Clinical Furniture Category. "
               "Attn: Marcus Doyle, Category Specialist. Date: 11 March 2024. "
               "Your ref: RFQ SHSV-2024-0331 — clean utility medication carts (MC-7)."),
         ("p", "Thank you for the opportunity to quote. We have priced the medication cart to your "
               "specification SHSV-SPEC-118 Issue 2 and our drawing KSF-MC7-001 Rev C."),
         ("table", [
             ["Item", "Description", "Qty", "Unit (AUD ex GST)", "Lead time"],
             ["1", "Sample medication cart MC-7, 304 stainless, 5 drawers, keyed-alike locks, "
                   "125 mm antistatic castors", "5", "2,340.00", "4 weeks from PO"],
             ["2", "Production medication cart MC-7 (as item 1)", "250", "1,865.00",
              "10 weeks from written release"],
             ["3", "Assembly jigs and drawer press tool (one-off)", "1 lot", "4,200.00", "with item 1"],
         ]),
         ("sp",),
         ("h", "Notes"),
         ("p", "1. Prices are in Australian dollars, exclusive of GST, valid for 60 days from the date above."),
         ("p", "2. The production tier is priced so you can budget. We do not start production carts, or buy "
               "material for them, on the strength of a purchase order for samples; we wait for a written "
               "release that names the quantity."),
         ("p", "3. Delivery DAP State Health Supply Victoria DC, 40 Ferntree Place, Notting Hill VIC 3168. "
               "Tail-lift vehicle, pre-booked delivery window."),
         ("p", "4. Warranty 24 months parts and labour. Castors and locks carry the manufacturer's warranty."),
         ("p", "5. Our standard terms of sale (KSF-T&C rev 9) apply unless your contract terms say otherwise."),
         ("sp",),
         ("p", "Anita Kovacs, Sales Manager — Health & Laboratory. Mobile 0412 887 301."),
     ], title="Quotation QU-24-0619", author="Kestrel Stainless & Fabrication"))])


# c02 -- supplier asks whether it may start the balance (a question is not an approval)
_c02_buyer = """Hi Tomas,

PO 5400188213 is attached. Scope, so we are on the same page:

- The PO covers two (2) sample benches, model Harbour 1.8 m, powder coat RAL 6005, for
  installation at Riverside Park (north entrance).
- The remaining 480 benches of the 482 in your quote are not released and must not be started.
- They will be released after sample sign-off by Parks Operations (target end of June), by a
  written release from me.
- Material: buy for the two sample benches only.

Please confirm by return.

Thanks,
Nadia Okonkwo
Buyer, Purchasing Services
City of North Arbour
905-555-0142"""

_c02_top = """Hi Nadia,

Quick update: both sample benches went in at Riverside Park on Thursday and the crew sent
photos (attached to the site report). Parks had a look on Friday morning.

Before I plan the shop for July: do we have a go-ahead for bal. 480? Nothing has been started
on them and we have not bought steel or slats for them; we will wait for your written release.
If it helps, I can hold a slot in week 30 for up to two weeks.

Also, the anchor kit for the Riverside base was different from the spec (M12 instead of M16,
the slab is only 100 mm) - can you let Parks know?

Regards,
Tomas Lindgren
Project Coordinator
Laurentian Site Furnishings Inc.
1120 Industrial Park Rd, Sudbury ON
705-555-0198 ext 14

On Mon, May 13, 2024 at 10:02 AM Nadia Okonkwo <nokonkwo@northarbour.ca> wrote:
"""
case("c02_supplier_question", [], "supplier asks 'do we have a go-ahead for bal. 480?'; buyer's quoted PO scope is complete",
     [("RE_PO_5400188213_sample_benches.eml", E(mail(
         "Tomas Lindgren <tlindgren@laurentiansf.ca>", "Nadia Okonkwo <nokonkwo@northarbour.ca>",
         "RE: PO 5400188213 - sample benches Riverside Park", "Mon, 10 Jun 2024 08:47:12 -0400",
         _c02_top + qt(_c02_buyer), in_reply_to="<h30-c02-orig@northarbour.ca>")))])


# c03 -- labelled rolling forecast (printed matter)
case("c03_rolling_forecast", [], "rolling demand forecast clearly labelled 'for planning only - not a purchase order'",
     [("WHT_demand_report_40117_JUN24.txt", B("""WEALDBROOK HOSPITALS NHS TRUST                                 PROCUREMENT SERVICES
ROLLING DEMAND FORECAST  -  FOR PLANNING ONLY  -  NOT A PURCHASE ORDER
Supplier : 40117  HARROW & FINCH PRINT LTD                     Run date : 03/06/2024 07:02
Category : Printed clinical stationery (Lot 2, regional print framework RPF-21)
Report   : PRC_FCST_R12   Page 1 of 1

THIS FORECAST GIVES NO AUTHORITY TO PRINT, TO BUY PAPER OR TO HOLD STOCK ON THE TRUST'S
BEHALF. QUANTITIES ARE ORDERED ONLY BY NUMBERED CALL-OFF (PURCHASE ORDER) FROM PROCUREMENT
SERVICES. FIGURES ARE ESTIMATES AND MAY CHANGE WITHOUT NOTICE.

ITEM       DESCRIPTION                          UOM   JUN-24  JUL-24  AUG-24  SEP-24  OCT-24  NOV-24
---------- ------------------------------------ ----- ------- ------- ------- ------- ------- -------
WB-F0212   Fluid balance chart A3 NCR 2-part    PAD       120     120     140     140     160     160
WB-F0388   Drug chart adult 16pp saddle-stitch  EA      2,000   2,000   2,500   2,500   2,500   3,000
WB-F0411   NEWS2 observation chart A3 card      EA      4,000   4,000   4,000   4,500   4,500   4,500
WB-F0560   Falls risk wristband insert          BOX        40      40      40      45      45      45
WB-F0602   Discharge letter pack (bespoke)      PACK      600     600     650     650     700     700
---------- ------------------------------------ ----- ------- ------- ------- ------- ------- -------

Note: WB-F0388 will move to revision 7 (new anticoagulant page) from September; please do not
hold revision 6 stock beyond what is on open call-offs.

Contact: procurement.services@wealdbrook.nhs.uk   Tel 01622 555 700
*** END OF REPORT ***
"""))])


# c04 -- sample approved for fit check only, production not released
_c04 = """Dear Mr Goh,

Thank you for delivering the four (4) sample procedure trolleys under PO 4510-22876 on Tuesday.

Our Nursing and Infection Control teams completed the fit check in Ward 64 yesterday. The
samples are approved for fit check only; production is not released.

For the production build, please note the following changes from the samples:
1. Castor brakes to be central-locking on all four castors (samples had two).
2. Drawer dividers in the top drawer to be removable, not riveted.
3. Sharps bin bracket moved to the left side, 150 mm lower.

The remaining 96 trolleys (100 quoted) stay on hold. They will be released only after the ward
trial sign-off, scheduled for 14 June, and then by a written release from me. Please do not
purchase material for the 96 until you receive that release.

Kindly send the revised drawing (SGH-PT-02 Rev E) by 31 May so the ward trial can use it.

Best regards,
Lim Hui Ying (Ms)
Senior Manager, Procurement
Serangoon General Hospital
DID +65 6555 0181
""" + SG_DISC
case("c04_fitcheck_scoped", [], "'samples approved for fit check only; production not released'; hold, ward-trial sign-off and named releaser present",
     [("Sample_procedure_trolleys_fit_check.eml", E(mail(
         "Lim Hui Ying <lim_hui_ying@sgh-health.com.sg>", "Goh Wei Jie <weijie.goh@meridianmedfab.com.sg>",
         "PO 4510-22876 - sample procedure trolleys - fit check outcome", "Thu, 23 May 2024 16:05:40 +0800",
         _c04, html=as_html(_c04), cc="Nursing Equipment Committee <nec@sgh-health.com.sg>")))])


# c05 -- full-quantity PO that says "proceed" with the quantity
case("c05_full_qty_planters", [], "full-quantity PO for 40 planters with 'please proceed with the 40 planters'; no balance exists",
     [("Kentmere_PO_KBC-118302.pdf", pdf([
         ("h1", "KENTMERE BOROUGH COUNCIL — PURCHASE ORDER"),
         ("p", "Order number: KBC-118302    Order date: 08/04/2024    Supplier no.: 20918"),
         ("p", "Supplier: Oakhollow Street Furniture Ltd, Unit 7 Mill Lane Trading Estate, Kendal LA9 6NH"),
         ("p", "Invoice to: Kentmere Borough Council, Accounts Payable, PO Box 311, Kendal LA9 4AA. "
               "Quote the order number on every invoice. No PO, no pay."),
         ("table", [
             ["Line", "Description", "Qty", "UOM", "Unit £", "Total £"],
             ["1", "Planter, hexagonal, 1200 mm, Corten steel, Council crest laser-cut, to your quote Q-8812",
              "40", "EA", "685.00", "27,400.00"],
             ["2", "Delivery to Westmorland Green and Station Road (two drops)", "1", "LOT", "480.00", "480.00"],
             ["", "", "", "", "Net", "27,880.00"],
         ]),
         ("sp",),
         ("p", "This order is for the full quantity of 40 planters; there is no sample stage and no further "
               "quantity to follow. Please proceed with the 40 planters as quoted. Delivery: 20 to "
               "Westmorland Green by 31 May 2024, 20 to Station Road by 14 June 2024."),
         ("p", "Site contact: Gary Brennan, Parks Supervisor, 07700 900412. Deliveries Mon–Fri 08:00–15:00 only."),
         ("p", "This order is placed under the Council's standard terms and conditions for the purchase of "
               "goods (version 2023/2), available at kentmere.gov.uk/supplying."),
         ("p", "Authorised by: Lorraine Hedges, Procurement Officer."),
     ], title="Purchase Order KBC-118302", author="Kentmere Borough Council"))])


# c06 -- call-off with explicit staged material authority above the released quantity
case("c06_calloff_staged_material", [], "call-off releases 60 of an estimated 300; explicit staged material authority up to 150 is clean",
     [("WPT_CallOff_01_SO-2023-114.pdf", pdf([
         ("h1", "Western Parklands Trust NSW"),
         ("h", "Call-off Order No. 1 under Standing Offer SO-2023-114 (Park seating)"),
         ("p", "Supplier: Ironbark Outdoor Fabrications Pty Ltd, 22 Wirraway Drive, Wetherill Park NSW 2164. "
               "Date of issue: 20 May 2024. Purchase order: 4300018227."),
         ("table", [
             ["Item", "Description", "Quantity"],
             ["Released by this call-off", "Bench seat BS-3, spotted gum slats, galvanised frame, armrests", "60"],
             ["Estimated total under the standing offer", "Forecast only, not a commitment", "300"],
             ["Not released", "Balance of the estimate", "240"],
             ["Material authority (staged)", "Timber and frame steel, at the Trust's liability", "up to 150 seats"],
         ]),
         ("sp",),
         ("p", "1. Build and deliver the 60 seats released above. The remaining 240 seats are not released and "
               "must not be fabricated."),
         ("p", "2. Material authority: you may buy and hold timber and frame steel for up to 150 seats at the "
               "Trust's liability, because the spotted gum has a 14-week lead time. Material beyond 150 seats "
               "is at your own risk. Staged material is not authority to fabricate."),
         ("p", "3. Further seats are released only by a further numbered call-off signed by Priya Natarajan, "
               "Contract Manager, Parks Assets."),
         ("p", "4. Deliveries to Bungarribee depot, gate 3, by appointment (02 9895 7500)."),
         ("sp",),
         ("p", "Signed: Priya Natarajan, Contract Manager, Parks Assets — 20/05/2024"),
     ], title="Call-off 1 SO-2023-114", author="Western Parklands Trust NSW"))])


# c07 -- explicit, recorded auto-conversion (names quantity, signer, conditions)
case("c07_recorded_autoconversion", [], "explicit recorded auto-conversion naming the 90, Dr Wei Wong and the disposition; samples are the active quantity",
     [("LVU_PO_scope_note_LVU-24-00931.docx", docx_bytes([
         ("h1", "Lakehead Valley University — Purchasing Services"),
         ("h", "PO scope note: PO LVU-24-00931 (mobile laboratory carts)"),
         ("p", "Supplier: Kinross Fabrication Ltd., 44 Boundary Road, Thunder Bay ON P7B 5E1. "
               "Date: 6 May 2024. Quote reference: KF-Q-20418 rev 2."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Sample carts, MLC-2 with fume-resistant top", "10", "Released by this PO — build now"],
             ["Production carts, MLC-2", "90", "Not released today (see auto-conversion below)"],
             ["Quoted total", "100", "Production quantity basis: firm"],
         ]),
         ("sp",),
         ("p", "What to do now: build and deliver the ten (10) sample carts to the Science Stores, Braun "
               "Building dock, by 14 June 2024. Material authority until sign-off: the 10 samples only."),
         ("p", "Auto-conversion (recorded and agreed with Kinross Fabrication on 6 May 2024): if Dr Wei Wong, "
               "Laboratory Operations Manager, signs the sample sign-off form with the disposition "
               "'approved' — not interim and not rejected — the balance of 90 carts is released on the date "
               "of his signature, without a further document. An interim or rejected sign-off releases "
               "nothing beyond the 10 samples."),
         ("p", "Release authority: Dr Wei Wong (limit CAD 150,000). Purchasing will send a copy of the signed "
               "form to Kinross the same day."),
         ("p", "Questions: Aileen Thibodeau, Senior Buyer, 807-555-0117."),
     ], author="Lakehead Valley University"))])


# c08 -- supplier proforma: deposit does not release production
_c08_rows = [["Item", "Description", "Qty", "Unit (AED)", "Amount (AED)"],
             ["1", "Sample wayfinding pylon, 2.4 m, brushed aluminium, bilingual AR/EN vinyl", "4", "6,850.00", "27,400.00"],
             ["", "VAT 5%", "", "", "1,370.00"],
             ["", "Total sample order", "", "", "28,770.00"],
             ["", "Deposit requested (30% of sample order)", "", "", "8,631.00"]]
case("c08_deposit_not_release", [], "supplier proforma says the deposit secures the sample slot and does not release production",
     [("Proforma_PI-24-0372.html", B(html_page("Proforma Invoice PI-24-0372", f"""
<h2>Al Noor Signs &amp; Displays LLC</h2>
<p>Warehouse 14, Al Quoz Industrial Area 3, Dubai, UAE · TRN 100298475600003</p>
<h3>PROFORMA INVOICE PI-24-0372</h3>
<p>Customer: Emirates Civic Buildings PJSC, Procurement Department, Abu Dhabi<br>
Your PO: ECB-PO-24-01187 (sample pylons)<br>Date: 16 April 2024</p>
{html_table(_c08_rows)}
<div class="note"><p><b>Please note.</b> The deposit secures the workshop slot for the four sample pylons
only. It does not release production: the 400 production pylons priced in our quotation QTN-2291 are
built only against your written production release naming the quantity. Payment of this proforma is
not an instruction to manufacture anything beyond the samples.</p></div>
<p>Bank: Emirates NBD, IBAN AE07 0260 0010 1534 7889 201, SWIFT EBILAEAD. Please quote PI-24-0372.</p>
<p>Prepared by: Sana Qureshi, Accounts &amp; Contracts</p>
""")))])


# c09 -- supplier acknowledgement restating the hold
_c09_buyer = """Dear Mr Rahim,

Please find PO 4800012231 attached.

The PO covers twelve (12) sample kiosk enclosures, type TK-3, for the Bishan and Tampines trials.
The balance of 288 enclosures (300 in your quotation SQ-11820) is not released. Do not start it
and do not buy material for it.

The balance will be released after our sample sign-off (trial review, week 36), by a written
release from me. Material authority under this PO: the 12 samples only.

Regards,
Tan Siew Ling
Deputy Manager, Procurement
SG Transit Assets Pte Ltd"""
_c09_top = """Dear Ms Tan,

We acknowledge PO 4800012231 for twelve (12) sample kiosk enclosures only.

We confirm that the balance of 288 is not released. We will not start it or buy material for it
until we receive a written release from you after your sample sign-off. Our material purchases
under this PO are limited to the 12 samples.

The samples are planned for completion on 26 July; we will propose a delivery slot to the
Bishan depot next week.

Thank you and best regards,
Rahim bin Osman
Sales & Contracts Manager
Pioneer Enclosure Works Pte Ltd
21 Tuas Avenue 8, Singapore 639234

-----Original Message-----
From: Tan Siew Ling <siewling.tan@sgtransitassets.com.sg>
Sent: Monday, 8 July 2024 11:20 AM
Subject: PO 4800012231 - sample kiosk enclosures

"""
case("c09_supplier_ack_hold", [], "supplier acknowledgement restating 12 samples only, balance of 288 on hold until written release from Ms Tan",
     [("ACK_PO_4800012231.eml", E(mail(
         "Rahim bin Osman <rahim@pioneerenclosure.com.sg>", "Tan Siew Ling <siewling.tan@sgtransitassets.com.sg>",
         "ACK: PO 4800012231 - sample kiosk enclosures", "Tue, 09 Jul 2024 09:31:05 +0800",
         _c09_top + qt(_c09_buyer))))])


# c10 -- complete sample PO scope note (DOCX with table)
case("c10_scope_note_pods", [], "complete sample PO scope note: 2 pods now, 34 not released, sign-off + written release by named head of procurement",
     [("Severnside_PO_SU-PO-77410.docx", docx_bytes([
         ("h1", "University of Severnside — Purchase Order SU-PO-77410"),
         ("p", "Supplier: Quietworks Interiors Ltd, Unit 3 Cardiff Gate Business Park, Cardiff CF23 8RS"),
         ("p", "Date: 29 April 2024. Framework: Furniture & Fit-out (Lot 4), call-off by direct award."),
         ("table", [
             ["Line", "Item", "Scope", "Qty", "Unit £", "Value £"],
             ["1", "Acoustic study pod, 2-person, Library colourway, drawing QW-SP2-11 Rev B", "Sample", "2",
              "9,450.00", "18,900.00"],
             ["2", "Acoustic study pod, as line 1", "Production — not released", "0 (34 quoted)", "8,120.00", "0.00"],
         ]),
         ("sp",),
         ("h", "Scope of this order"),
         ("p", "1. Active quantity: two (2) sample pods. Please build and install them on Level 2 of the "
               "Hodgkin Library by 21 June 2024."),
         ("p", "2. The 34 production pods in your quote QW-2411 are not released. Do not start them."),
         ("p", "3. They will be released after sample sign-off by the Library Services user panel (noise "
               "and ventilation test, July), by a written release from Gareth Pryce, Head of Procurement."),
         ("p", "4. Material authority: sample only. The production quantity (34) is firm for budgeting."),
         ("sp",),
         ("p", "Deliveries: Estates Goods-In, Park Place, 07:30–15:30. Please book with Estates on 029 2055 0190."),
         ("p", "Invoices to accounts.payable@severnside.ac.uk quoting the PO number."),
     ], author="University of Severnside"))])


# c11 -- Teams chat with a scoped go-ahead
case("c11_teams_scoped", [], "Teams chat: 'go ahead with the 15 pilot units only', 285 not released until FAI sign-off and written release from Rhys Morgan",
     [("Teams_chat_pole_flags.txt", B("""Microsoft Teams - chat export
Chat: City of Red River / Prairie Sign Co. - bus stop flags
Exported: 2024-06-04 17:02 (UTC-05:00)

[2024-06-03 09:12] Danielle Ferris (Prairie Sign Co.): Morning Rhys! PO 7700-4412 came through, thank you
[2024-06-03 09:13] Danielle Ferris (Prairie Sign Co.): before we cut anything: are you wanting the pilot flags with the new route-number blanks or the old style?
[2024-06-03 09:40] Rhys Morgan (City of Red River): new style please, per drawing TS-BSF-04 rev F
[2024-06-03 09:41] Rhys Morgan (City of Red River): and to be clear on scope - go ahead with the 15 pilot units only. the other 285 are not released until the FAI sign-off by Transit Ops. I'll send the written release myself if/when that happens
[2024-06-03 09:43] Danielle Ferris (Prairie Sign Co.): understood 👍 15 pilots only, nothing on the 285
[2024-06-03 09:44] Danielle Ferris (Prairie Sign Co.): material for the 15 only as well?
[2024-06-03 09:52] Rhys Morgan (City of Red River): yes, material for the 15 only
[2024-06-03 11:20] Danielle Ferris (Prairie Sign Co.): pilots booked for the router Thursday, install crew Tue 11th
[2024-06-03 11:21] Rhys Morgan (City of Red River): perfect. Transit Ops will meet your crew at the Portage & Main stop
[2024-06-04 08:05] Danielle Ferris (Prairie Sign Co.): fyi the reflective sheeting is 3M 4090 diamond grade as per spec
[2024-06-04 08:30] Rhys Morgan (City of Red River): 👍
"""))])


# c12 -- tender clarification log with clean answers
case("c12_clarification_log", [], "tender clarification log: estimate not a commitment, sample acceptance releases nothing, payment does not authorise manufacture",
     [("Tender_WHT-2024-031_clarifications.pdf", pdf([
         ("h1", "Tender WHT-2024-031: Bespoke bedside lockers"),
         ("p", "Wealdbrook Hospitals NHS Trust — Clarification log, issue 3 (published to all tenderers on 17 April 2024)"),
         ("table", [
             ["No.", "Question (anonymised)", "Trust response"],
             ["1", "Can the specified HPL colour (Polyrey Gris Souris) be substituted?",
              "Yes, with an equivalent of the same wear class. State the substitute in your tender."],
             ["2", "Is the estimated quantity of 1,200 lockers guaranteed?",
              "No. It is an estimate for evaluation only. The Trust does not commit to any volume."],
             ["3", "Will acceptance of the pre-production sample release the production quantity?",
              "No. Sample acceptance is a technical step only. Production quantities are released only by "
              "a numbered call-off signed by the Contract Manager, Joanne Whitfield."],
             ["4", "Are deposits or stage payments available?",
              "No deposits. Payment is 30 days from receipt of a valid invoice. Payment does not authorise manufacture."],
             ["5", "May tenderers buy long-lead material in advance?",
              "Only where a call-off states a material authority in writing, and only up to that quantity."],
             ["6", "Delivery points?", "Maidstone Road site, Goods Receipt; Pembury Lane site, Stores B."],
             ["7", "Is TUPE applicable?", "No."],
         ]),
         ("sp",),
         ("p", "Tender return deadline remains 12:00 noon on 3 May 2024 via the Trust's e-tendering portal."),
     ], title="WHT-2024-031 clarification log", author="Wealdbrook Hospitals NHS Trust"))])

# c13 -- council ERP PO printout with sample line, zero production line, complete note
case("c13_erp_po_complete", [], "ERP PO printout: 2 sample enclosures, production line 0 with 118 not released, revised PO by named officer",
     [("MSC_PO_4400217765.txt", B("""CITY OF MORETON SHORES                                              PURCHASE ORDER
ABN 72 118 440 916                                             PO No  : 4400217765
PO Box 1120, Redcliffe QLD 4020                                Rev    : 0
Ph (07) 3555 2200                                              Date   : 14/05/2024
                                                               Page   : 1 of 1
Vendor : 100433   COASTLINE METALCRAFT PTY LTD                  Buyer  : KWALSH
         8 Boundary Rd, Narangba QLD 4504                        Cost C.: 5120-PARKS-OPS
Deliver: MORETON SHORES PARKS DEPOT, 40 ANZAC AVE, KIPPA-RING    Terms  : 30 DAYS EOM

LN  ITEM CODE    DESCRIPTION                          SCOPE       QTY  UOM   UNIT PRICE      EXT (AUD)
--- ------------ ------------------------------------ ---------- ---- ---- ------------ --------------
01  BE-240-S     BIN ENCLOSURE 240L MARINE GRADE AL   SAMPLE        2  EA      1,480.00       2,960.00
                 DWG MS-BE-07 REV 3, POWDERCOAT
                 DULUX MONUMENT
02  BE-240-P     BIN ENCLOSURE 240L, PRODUCTION       PRODUCTION    0  EA      1,120.00           0.00
                 (QTY QUOTED 118 - NOT RELEASED)
--- ------------ ------------------------------------ ---------- ---- ---- ------------ --------------
                                                                          SUBTOTAL         2,960.00
                                                                          GST 10%            296.00
                                                                          TOTAL            3,256.00

PO NOTE:
THIS PO RELEASES 2 SAMPLE ENCLOSURES ONLY - BUILD THE 2 SAMPLES NOW. THE 118 PRODUCTION
ENCLOSURES QUOTED ON Q-CM-3381 ARE NOT RELEASED - DO NOT START THEM. THE BALANCE WILL BE
RELEASED ONLY AFTER SAMPLE SIGN-OFF BY PARKS & OPEN SPACES, BY A REVISED PO ISSUED BY
KIERAN WALSH (SENIOR PROCUREMENT OFFICER). MATERIAL AUTHORITY: SAMPLE ONLY.
PRODUCTION QTY BASIS: FIRM.

DELIVERY: MON-FRI 0700-1430. CALL DEPOT 07 3555 2290 24H PRIOR. PPE REQUIRED ON SITE.
INVOICES: ACCOUNTSPAYABLE@MORETONSHORES.QLD.GOV.AU - QUOTE PO NO OR INVOICE WILL BE RETURNED.
THIS ORDER IS SUBJECT TO THE CITY'S STANDARD TERMS FOR THE SUPPLY OF GOODS (REV 2022-04).
"""))])


# c14 -- Coupa PO export (HTML) with complete scope in the comments
_c14_rows = [["Line", "Item", "Qty", "UOM", "Price (CAD)", "Total (CAD)", "Need-by"],
             ["1", "Isolation cart IC-40, stainless, door-mounted PPE dispenser — SAMPLE", "3", "EA", "2,960.00",
              "8,880.00", "2024-07-12"]]
case("c14_coupa_complete", [], "Coupa PO export: 3 sample carts, 117 not released, sign-off + revised PO by named manager, material sample-only",
     [("Coupa_PO_118824.html", B(html_page("Coupa Supplier Portal - Purchase Order #118824", f"""
<div style="color:#666">Coupa Supplier Portal › Orders › PO #118824</div>
<h2>Purchase Order #118824</h2>
<table>
<tr><th>Status</th><td>Issued</td><th>Order date</th><td>2024-06-03</td></tr>
<tr><th>Supplier</th><td>Hamilton Medical Metalworks Inc.</td><th>Ship to</th><td>Escarpment Health Sciences — Central Receiving, 237 Barton St E, Hamilton ON</td></tr>
<tr><th>Requester</th><td>Infection Prevention &amp; Control</td><th>Payment terms</th><td>Net 45</td></tr>
</table>
<h3>Lines</h3>
{html_table(_c14_rows)}
<h3>Comments</h3>
<div class="note">
<p>This purchase order covers three (3) sample isolation carts only. Please build the three samples now.</p>
<p>The remaining 117 carts in your quotation HMM-Q-5530 (120 in total) are not released. Do not start them.</p>
<p>They will be released after the IPAC sample sign-off (clinical trial on 6B, July), by a revised purchase
order issued by Joanne Tremblay, Manager, Strategic Sourcing. Material authority: sample carts only.</p>
</div>
<h3>Attachments</h3>
<ul><li>IC-40_spec_rev3.pdf (212 KB)</li><li>EHS_Supplier_Code_of_Conduct.pdf (88 KB)</li></ul>
<p style="color:#666">Acknowledge this order in the Coupa Supplier Portal within 3 business days.</p>
""")))])


# c15 -- long thread: supplier assumes roll-over (quoted), buyer corrects
_c15_orig = """Dear Gethin,

Purchase order GH-PO-203317 is attached for six (6) pilot dressing trolleys, model DT-4, for
evaluation on Wards 3 and 9 at Ysbyty Glan Hafren.

The remaining 114 trolleys (120 quoted) are not released and must not be started. They will be
released after the pilot sign-off by the Senior Nurse group, by a written release from me.
Please buy material for the six pilots only.

Kind regards,
Owen Pritchard
Category Manager (Medical & Surgical)
Glan Hafren University Health Board"""
_c15_sup = """Hi Owen,

Thanks for the PO, all received. Pilots will be with you on the 20th.

To save time on our side, once you OK the pilots we'll roll straight into the 114 so we can keep
the team on the job - hope that's alright.

Cheers,
Gethin Rowlands
Harlech Healthcare Fabrication Ltd"""
_c15_top = """Gethin,

No - please don't. Nothing beyond the six pilot trolleys is released. The remaining 114 stay on
hold until the pilot sign-off by the Senior Nurse group and a written release from me; the
sign-off on its own releases nothing. If the sign-off is quick I will send the release the same
day, so you shouldn't lose much time.

Please confirm you have not bought material for the 114.

Diolch,
Owen

Owen Pritchard
Category Manager (Medical & Surgical)
Glan Hafren University Health Board | Bwrdd Iechyd Prifysgol Glan Hafren
01443 555 310
""" + UK_DISC
case("c15_thread_corrected", [], "quoted supplier roll-over assumption corrected by the buyer: 6 pilots only, 114 on hold, written release from Owen Pritchard",
     [("RE_RE_GH-PO-203317_pilot_trolleys.eml", E(mail(
         "Owen Pritchard <owen.pritchard@glanhafren.wales.nhs.uk>", "Gethin Rowlands <gethin@harlechhf.co.uk>",
         "RE: RE: GH-PO-203317 pilot dressing trolleys", "Wed, 15 May 2024 14:22:09 +0100",
         _c15_top + "\n-----Original Message-----\nFrom: Gethin Rowlands <gethin@harlechhf.co.uk>\n"
         "Sent: 15 May 2024 11:03\n\n" + qt(_c15_sup) + "\n>\n> -----Original Message-----\n"
         "> From: Owen Pritchard\n> Sent: 13 May 2024 09:40\n>\n" + qt(_c15_orig, 2))))])


# c16 -- interim sample sign-off with limits and a written release of 20
case("c16_interim_signoff_release", [], "interim sample sign-off limited to 20 units to 30 Sept; written release of 20 by named manager; balance of 175 on hold",
     [("NMHS_interim_signoff_IR-0007.pdf", pdf([
         ("h1", "Northside Metro Health Service"),
         ("h", "Interim sample sign-off and production release IR-0007"),
         ("p", "Supplier: Brightwater Care Fabrication Pty Ltd. Purchase order: 4510093318. "
               "Item: bariatric shower commode BSC-300 (custom, 300 kg SWL). Quoted quantity: 200."),
         ("table", [
             ["", "Quantity", "Status"],
             ["Samples assessed (delivered 2 May 2024)", "5", "Interim sign-off (see limits)"],
             ["Released by this document", "20", "Build and deliver by 30 Sept 2024"],
             ["Balance", "175", "Not released"],
         ]),
         ("sp",),
         ("p", "Sample sign-off disposition: INTERIM. The seat hinge showed wear after 5,000 cycles of the "
               "10,000-cycle test (report BME-TR-2291). The interim sign-off is limited to 20 units and expires "
               "on 30 September 2024."),
         ("p", "Production release: 20 units of BSC-300 are released by this document, within the interim "
               "limits above. Material authority: 20 units."),
         ("p", "The balance of 175 units is not released. It will be released only after a full sample "
               "sign-off (revised hinge, retest) and a further written release from the undersigned."),
         ("sp",),
         ("p", "Released by: Megan O'Rourke, Manager, Clinical Equipment Procurement (release authority, "
               "limit AUD 250,000). Date: 10 May 2024. Second signatory: Dr Paul Ennis, Director Biomedical Engineering."),
     ], title="IR-0007", author="Northside Metro Health Service"))])


# c17 -- identifiers that look like quantities, complete scope
case("c17_identifiers", [], "twelve (12) sample nameplates with part/drawing/standard numbers that look like quantities; scope complete",
     [("WBC_PO_HW-5521_nameplates.pdf", pdf([
         ("h1", "Wrexley Borough Council — Highways"),
         ("h", "Purchase Order HW-5521 — sample street nameplates"),
         ("p", "Supplier: Pennine Signs & Castings Ltd, Unit 300, Hook Road Industrial Estate, Goole DN14 5JB. "
               "Framework ref: YPO 1000 (signage), Lot 2. Cost centre 5100-2250. Date 2 July 2024."),
         ("table", [
             ["Part no.", "Description", "Standard / drawing", "Qty"],
             ["SN-1200-500", "Street nameplate, 1200 x 500 mm, 2 mm aluminium, Class RA2 reflective, "
                             "Transport Medium font, RAL 9016 / Pantone 2945 C border",
              "BS EN 12899-1:2007; DWG HWY-4000 Rev 7", "12"],
             ["SN-POST-76", "Post, 76 mm dia., 3000 mm, galvanised", "BS EN ISO 1461", "0"],
         ]),
         ("sp",),
         ("p", "Active quantity: twelve (12) sample nameplates for the Marsh Lane and Old Foundry Road "
               "trial. Please make the twelve samples now; posts are not required for the samples."),
         ("p", "The production quantity in your quote PSC-Q-24-881 (240 nameplates) is not released. "
               "Do not start it and do not order plate or sheeting for it."),
         ("p", "Next step: the balance is released only after sample sign-off by the Highways Street Naming "
               "team, by a written release from Amara Osei, Highways Procurement Lead."),
         ("p", "Delivery: Depot 2, Canal Wharf, Wrexley WX3 1BD, Mon–Thu 08:00–14:00."),
     ], title="PO HW-5521", author="Wrexley Borough Council"))])


# c18 -- release notice releasing the whole remaining balance
case("c18_release_notice_full", [], "release notice releasing the full remaining 594 after recorded sample sign-off, named authority and second approver",
     [("EUC_Release_Notice_RN-2024-011.pdf", pdf([
         ("h1", "Emirate Utilities Company PJSC"),
         ("h", "Production release notice RN-2024-011"),
         ("table", [
             ["Field", "Value"],
             ["Purchase order", "7100044312 (rev 1)"],
             ["Supplier", "Gulf Enclosure Systems LLC, ICAD II, Abu Dhabi"],
             ["Item", "Meter cabinet enclosure MCE-2, GRP, IP55, to spec EUC-DS-0415"],
             ["Ordered quantity", "600"],
             ["Samples delivered and signed off", "6 (sign-off 3 June 2024, report QA-SR-118)"],
             ["Quantity released by this notice", "594"],
             ["Remaining on hold after this notice", "0"],
             ["Unlock event", "Sample sign-off — recorded in QA-SR-118"],
         ]),
         ("sp",),
         ("p", "This notice releases the balance of 594 enclosures under PO 7100044312 for production. "
               "Together with the 6 samples this covers the full ordered quantity of 600. Deliveries per "
               "the schedule in the PO, Mussafah central store."),
         ("p", "Released by: Eng. Huda Al Shamsi, Contracts Manager (release authority up to AED 2,000,000). "
               "Second approver: Rashid Al Nuaimi, Head of Supply Chain. Date: 5 June 2024."),
     ], title="RN-2024-011", author="Emirate Utilities Company"))])


# c19 -- full-quantity uniform PO with an informational forecast
case("c19_full_qty_uniforms", [], "full-quantity PO for 350 jackets; the 2025/26 figure of ~700 is labelled forecast only, not an order",
     [("FDC_PO_FEN-30177_hi-vis.docx", docx_bytes([
         ("h1", "Fenmoor District Council — Purchase Order FEN-30177"),
         ("p", "Supplier: Bramble Workwear Ltd, 9 Tannery Yard, Wisbech PE13 2RS. Date: 12 February 2024."),
         ("table", [
             ["Line", "Description", "Sizes", "Qty", "Unit £", "Total £"],
             ["1", "Hi-vis waterproof jacket, Class 3, EN ISO 20471, embroidered Council crest left chest, "
                   "'WASTE SERVICES' reflective print on back", "S–4XL per size schedule", "350", "38.60", "13,510.00"],
             ["2", "Embroidery set-up (one-off)", "—", "1", "45.00", "45.00"],
         ]),
         ("sp",),
         ("p", "This order is for the full quantity of 350 jackets. Please proceed with the 350 jackets per "
               "the attached size schedule; delivery to the Whittlesey Road depot in one drop by 15 March 2024."),
         ("p", "For information only: our indicative requirement for 2025/26 is approximately 700 jackets. "
               "This is a forecast, not an order; it carries no commitment and no authority to buy material."),
         ("p", "Queries: Procurement Team, procurement@fenmoor.gov.uk, 01354 555 610."),
     ], author="Fenmoor District Council"))])


# c20 -- stop notice
_c20 = """Dear Callum,

STOP NOTICE - PO 4500998120 (sound-absorbing wall panels, Clarence St Courts refurbishment)

With immediate effect, please do not start anything further on this purchase order. That includes
the ten (10) pilot panels released on 6 May that you have not yet begun. The balance of 190 panels
remains on hold as before (pending the pilot sign-off and a written release from me).

Reason: the Courts' fire engineer has asked for the Class A2 core to be re-tested. Until that is
resolved we do not want any panels or material at risk.

This stop stays in force until I lift it in writing. Please reply to confirm where the ten pilots
are (not started / in progress / finished) and what material you are holding.

Regards,
Grace Whitlam
Procurement Manager, Infrastructure Delivery
Department of Justice Facilities (NSW)
(02) 8688 5500
""" + AU_DISC
case("c20_stop_notice", [], "buyer stop notice: nothing further may start, released or not, until lifted in writing",
     [("STOP_PO_4500998120.eml", E(mail(
         "Grace Whitlam <grace.whitlam@djf.nsw.gov.au>", "Callum Reid <callum@acoustiform.com.au>",
         "STOP NOTICE - PO 4500998120 - do not start further work", "Fri, 24 May 2024 15:48:00 +1000",
         _c20, html=as_html(_c20))))])


# c21 -- progress meeting minutes: supplier asks, buyer confirms hold, staging within authority
case("c21_minutes_within_authority", [], "minutes: a dozen (12) sample benches, 148 not released; timber staged for 48 within an explicit staged authority of 60",
     [("Minutes_progress_meeting_4_WTC.docx", docx_bytes([
         ("h1", "Westlake Town Council — Void deck furniture renewal"),
         ("p", "Progress meeting no. 4 — minutes. Date: 18 June 2024, 10:00, Blk 221 RC meeting room."),
         ("p", "Present: Nurul Huda (WTC Procurement, chair), Jason Teo (WTC Estates), Ivan Koh and "
               "Siti Rahmah (Tropika Woodcraft Pte Ltd)."),
         ("table", [
             ["Item", "Discussion", "Action / owner"],
             ["4.1 Samples", "A dozen (12) sample benches delivered to Blk 221 and 224 on 12 June. Residents' "
                             "feedback form closes 5 July.", "Estates to collate — JT"],
             ["4.2 Balance", "Tropika asked whether they could start frames for the balance to protect the "
                             "December handover. WTC: no. The balance of 148 benches is not released. It is "
                             "released only after sample sign-off by Estates, by a written release from "
                             "Nurul Huda.", "Noted — Tropika"],
             ["4.3 Material", "Material authority: staged, up to 60 benches' worth of balau timber at WTC's "
                              "liability (letter MA-03 dated 2 May 2024). Tropika confirmed timber staged for "
                              "48 benches, within that authority. No frames cut.", "Monthly stock report — IK"],
             ["4.4 Finish", "Oil finish to be re-coated at 6 months; included in DLP.", "—"],
         ]),
         ("sp",),
         ("p", "Next meeting: 9 July 2024. Minutes by Nurul Huda; corrections within 5 working days."),
     ], author="Westlake Town Council"))])


# c22 -- scoped notice to proceed with staged material authority (EML + HTML attachment)
_c22_att = html_page("Notice to Proceed NTP-24-019", f"""
<h2>Town of Caledon Ridge — Notice to Proceed NTP-24-019</h2>
<p>Contract: RFT 2024-06 Decorative banner arms for street-light poles. Contractor: Ridgeline Metal Arts Ltd.</p>
{html_table([["", "Quantity"], ["Released by this notice (fabricate and deliver)", "50"],
             ["Contract quantity", "200"], ["Not released", "150"],
             ["Material authority (staged, at the Town's liability)", "up to 100 arms"]])}
<p>This Notice to Proceed covers fabrication of fifty (50) banner arms only, for the Main Street phase.
The remaining 150 arms are not released and must not be fabricated.</p>
<p>Material authority: you may purchase and hold steel and castings for up to 100 arms at the Town's
liability. Holding that material is not authority to fabricate.</p>
<p>The remaining arms will be released after the Main Street installation sign-off by Public Works,
by a further written notice from Andrea Kowalczyk, Manager of Procurement.</p>
""")
_c22 = """Good afternoon Mr Huang,

Please find attached Notice to Proceed NTP-24-019 for the Main Street phase of the banner arm
contract. It releases fifty (50) arms and sets out the staged material authority.

We would appreciate a fabrication schedule by Friday. Installation will be carried out by the
Town's own crews starting the week of 15 July.

Best regards,
Andrea Kowalczyk
Manager of Procurement
Town of Caledon Ridge
905-555-0133
""" + CA_DISC
case("c22_ntp_staged", [], "scoped NTP: 50 of 200 released, 150 not released, staged material authority up to 100, named releaser",
     [("NTP-24-019_banner_arms.eml", E(mail(
         "Andrea Kowalczyk <akowalczyk@caledonridge.ca>", "Peter Huang <phuang@ridgelinemetal.ca>",
         "Notice to Proceed NTP-24-019 - banner arms (Main Street phase)", "Tue, 18 Jun 2024 13:15:00 -0400",
         _c22, html=as_html(_c22), attachments=[("NTP-24-019.html", _c22_att, "text/html")])))])


# c23 -- forwarded old quote (rfc822) declared informational + complete scope
_c23_old = mail("Lucy Marsh <lucy@tyneprintworks.co.uk>", "Campus Procurement <procurement@tynebridge.ac.uk>",
                "Budget quote - welcome packs 2023", "Thu, 09 Mar 2023 11:02:00 +0000",
                """Hello,

As requested, budget pricing for the branded welcome packs (A5 wallet, 4 inserts, lanyard):

  5,000 packs   GBP 2.84 each
 10,000 packs   GBP 2.41 each

Artwork to be supplied print-ready. Lead time 3 weeks from proof sign-off.

Kind regards
Lucy Marsh
Tyne Printworks Ltd""")
_c23 = """Hi Lucy,

PO TU-PO-55102 is attached. It covers twenty (20) sample welcome packs for the Student Services
focus group on 2 July. Please produce the twenty samples now.

This year's production quantity (2,800 packs, firm) is not released. It will be released after
the focus group sign-off by Marketing, by a written release from Dr Eleanor Voss, Head of
Procurement. Please buy stock for the 20 samples only.

For completeness I'm forwarding your 2023 budget quote below. It is informational only: the
5,000 packs it mentions are not ordered and not released.

Thanks,
Ben Adeyemi
Procurement Assistant
University of Tynebridge
""" + UK_DISC
case("c23_forward_informational", [], "forwarded 2023 budget quote (5,000) declared informational; 20 samples active; 2,800 not released; named releaser",
     [("Welcome_packs_PO_TU-PO-55102.eml", E(mail(
         "Ben Adeyemi <b.adeyemi@tynebridge.ac.uk>", "Lucy Marsh <lucy@tyneprintworks.co.uk>",
         "PO TU-PO-55102 - sample welcome packs", "Mon, 10 Jun 2024 10:30:00 +0100", _c23,
         attachments=[("rfc822", _c23_old)])))])


# c24 -- contract variation releasing 40 of 120 properly
case("c24_variation_release", [], "contract variation releasing 40 of 120 planters after sample sign-off; 80 on hold; named contracts manager",
     [("Variation_02_LSC-C-2024-017.docx", docx_bytes([
         ("h1", "Lothian Shires Council — Contract Variation No. 2"),
         ("p", "Contract: LSC-C-2024-017, Town centre planters (supply only). Contractor: Braeside Stone & Steel Ltd."),
         ("p", "Date: 1 August 2024."),
         ("h", "1. Background"),
         ("p", "The two sample planters delivered under Variation No. 1 were signed off by Roads & Landscape "
               "on 26 July 2024 (site inspection note RL-SI-044)."),
         ("h", "2. Change"),
         ("table", [
             ["", "Before this variation", "After this variation"],
             ["Released for production", "0", "40"],
             ["Not released", "120", "80"],
             ["Contract quantity", "120", "120"],
         ]),
         ("p", "This variation releases forty (40) planters for production, for the High Street phase. "
               "The remaining 80 planters are not released and must not be started."),
         ("p", "The remaining 80 will be released only after the High Street installation sign-off by Roads "
               "& Landscape and a written release from Fiona MacLeod, Contracts Manager. Material authority: "
               "the 40 released planters only."),
         ("h", "3. Price"),
         ("p", "No change to unit rates. Value of this variation: £46,800.00 excluding VAT."),
         ("sp",),
         ("p", "Signed for the Council: Fiona MacLeod, Contracts Manager. Signed for the Contractor: "
               "Alasdair Munro, Director."),
     ], author="Lothian Shires Council"))])


# =================================================================== CASES WITH RISKS
# p01 -- NHS pilot cart PO with the supplier quote attached; nothing about the 120
_p01_po = pdf([
    ("h1", "Ashworth Vale NHS Foundation Trust"),
    ("p", "Procurement Department, Ashworth Vale General Hospital, Moss Lane, Ashworth AV4 2QT"),
    ("h", "PURCHASE ORDER  NT-PO-0088412"),
    ("table", [
        ["Order date", "Supplier", "Supplier no.", "Delivery address"],
        ["14/03/2024", "Northgate Medical Fabrications Ltd, 3 Foundry Walk, Bolton BL2 6PQ", "V100877",
         "Goods Receipt, Level -1, Ashworth Vale General Hospital"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UOM", "Unit £", "Net £"],
        ["1", "MC-PILOT-01", "Pilot medication cart, lockable, 6 drawers, to drg NMF-2207 rev B", "6", "EA",
         "1,184.00", "7,104.00"],
        ["2", "DEL", "Delivery and unpacking", "1", "EA", "95.00", "95.00"],
        ["", "", "", "", "", "Net", "7,199.00"],
        ["", "", "", "", "", "VAT 20%", "1,439.80"],
        ["", "", "", "", "", "Total", "8,638.80"],
    ]),
    ("sp",),
    ("p", "Notes: pilot carts for ward evaluation (Ward 7B and AMU). Please deliver by 12/04/2024."),
    ("p", "This order is subject to the NHS Terms and Conditions for the Supply of Goods. Invoices must quote "
          "the order number and be sent to the Shared Business Services address on the Trust website. "
          "No PO, no pay."),
], title="NT-PO-0088412", author="Ashworth Vale NHS FT")
_p01_quote = pdf([
    ("h1", "Northgate Medical Fabrications Ltd"),
    ("p", "Quotation Q-24-1187 · 28 February 2024 · for Ashworth Vale NHS FT, Pharmacy"),
    ("table", [
        ["Stage", "Description", "Qty", "Unit £", "Lead time"],
        ["Pilot", "Medication cart, lockable, 6 drawers, drg NMF-2207 rev B", "6", "1,184.00", "4 weeks"],
        ["Production", "Medication cart, as pilot, incl. Trust asset tags", "120", "962.00", "8 weeks"],
    ]),
    ("sp",),
    ("p", "Prices exclude VAT. Carriage paid to one Trust address. Valid 90 days. Colour options: "
          "Trust blue (RAL 5012) or white (RAL 9010)."),
    ("p", "Kind regards, Stuart Pennington, Sales Director."),
], title="Q-24-1187", author="Northgate Medical Fabrications")
_p01 = """Dear Sir/Madam,

Please find attached Purchase Order NT-PO-0088412 in respect of the pilot medication carts
discussed with our Pharmacy team, together with a copy of your quotation for your records.

Please acknowledge receipt within two working days via the supplier portal and quote the PO
number on all correspondence and invoices. Invoices without a valid PO number will be returned
unpaid in line with the Trust's No PO, No Pay policy.

Deliveries are accepted Monday to Friday, 08:00 to 15:30, at Goods Receipt (Level -1).

Kind regards,

Procurement Department
Ashworth Vale NHS Foundation Trust
Tel: 01942 555 200
""" + UK_DISC
case("p01_nhs_pilot_carts", ["RG001", "RG003", "RG004", "RG005"],
     "pilot PO for 6 carts sent with the quote showing 120 production; nothing says the 120 is not released, no unlock event, no named releaser",
     [("NT-PO-0088412_pilot_carts.eml", E(mail(
         "Procurement Department <procurement@ashworthvale.nhs.uk>", "sales@northgatemedfab.co.uk",
         "Purchase Order NT-PO-0088412", "Thu, 14 Mar 2024 11:40:00 +0000", _p01,
         attachments=[("NT-PO-0088412.pdf", _p01_po, PDF_MT), ("Q-24-1187.pdf", _p01_quote, PDF_MT)])))])


# p03 -- Canadian city letter: balance on hold "until further notice", person named, no event
case("p03_shelter_until_further_notice", ["RG004"],
     "prototype shelter released, 37 on hold 'until further notice' and a named authority, but no unlock event",
     [("PortAlder_PO_45-2231_letter.docx", docx_bytes([
         ("h1", "City of Port Alder — Procurement Services"),
         ("p", "2 April 2024"),
         ("p", "Coastline Transit Structures Ltd.\n1880 Marine Way\nNanaimo, BC V9S 2K1"),
         ("p", "Attention: Devin Mahler, Project Manager"),
         ("h", "Re: Purchase Order 45-2231 — Prototype Transit Shelter (RFT-2024-017)"),
         ("p", "Dear Mr. Mahler,"),
         ("p", "This letter accompanies Purchase Order 45-2231 and confirms the scope of work under it."),
         ("table", [
             ["Item", "Qty", "Status"],
             ["Prototype shelter, Type B, 3-bay, laminated glazing, per RFT-2024-017 Schedule C", "1",
              "Authorized under PO 45-2231"],
             ["Remaining shelters under RFT-2024-017", "37", "On hold until further notice"],
             ["Shelters tendered", "38", ""],
         ]),
         ("sp",),
         ("p", "The PO authorizes the fabrication and installation of one (1) prototype shelter at the Harbour "
               "Road exchange. The remaining thirty-seven (37) shelters are on hold until further notice and "
               "must not be fabricated, nor may materials be purchased for them."),
         ("p", "Marc Tremblay, Supervisor, Procurement Services, is the only person who may authorize work on "
               "the remaining shelters. Please direct any questions about them to him and not to Transit "
               "Operations staff."),
         ("p", "Please note the City's requirements for work in the road allowance: a Traffic Management Plan "
               "must be submitted 10 business days before installation, and WorkSafeBC documentation must be "
               "current."),
         ("p", "Yours truly,"),
         ("p", "Aaron Villeneuve\nBuyer, Procurement Services\nCity of Port Alder | 250-555-0160"),
     ], author="City of Port Alder"))])


# p04 -- state agency portal export: hold + event, release by an unnamed branch
_p04_rows = [["Line", "Part", "Description", "Qty", "UOM", "Unit AUD", "Net AUD"],
             ["1", "WT-A-S", "Sample wayfinding totem type A, 2.1 m, powder-coated steel, tactile panel", "3", "EA",
              "4,120.00", "12,360.00"]]
case("p04_portal_unnamed_branch", ["RG005"],
     "portal PO: 3 samples, 57 not released until sample sign-off and written release, but only 'Procurement Services branch' named",
     [("Ariba_PO_4700552190.html", B(html_page("SAP Business Network - Purchase Order 4700552190", f"""
<div style="color:#555">SAP Business Network › Inbox › Orders and Releases › 4700552190</div>
<h2>Purchase Order: 4700552190</h2>
<table>
<tr><th>Customer</th><td>Transport Asset Agency NSW</td><th>Version</th><td>1</td></tr>
<tr><th>Supplier</th><td>Harbourline Signage Pty Ltd (AN01588237741)</td><th>Order date</th><td>9 Apr 2024</td></tr>
<tr><th>Buyer</th><td>Procurement Services (ProcSvcs-Buyer3)</td><th>Ship to</th><td>TAA Depot, 17 Clyde St, Granville NSW 2142</td></tr>
</table>
<h3>Line items</h3>
{html_table(_p04_rows)}
<h3>Comments from customer</h3>
<div class="note">
<p>This order covers three (3) sample totems only, for the Parramatta interchange trial.</p>
<p>The balance of 57 totems (60 quoted, ref. HLS-Q-1904) is not released and must not be manufactured.</p>
<p>The balance will be released after sample sign-off by the Wayfinding Working Group, by a written release
issued by the Procurement Services branch.</p>
</div>
<p>Ship-to notes: deliveries 7:00–14:00, site induction required. Please confirm the order in the Network.</p>
""")))])


# p05 -- university lab bench PO: "do not start ... we'll be in touch"
case("p05_pilot_bench_in_touch", ["RG004", "RG005"],
     "pilot bench PO: remaining 23 'do not start' but no unlock event and nobody named to release",
     [("UA-PO-311774.pdf", pdf([
         ("h1", "University of Ashcombe — Purchasing Services"),
         ("h", "Purchase Order UA-PO-311774"),
         ("table", [
             ["PO date", "Supplier", "Requisitioner", "Deliver to"],
             ["22/04/2024", "Marlow Laboratory Interiors Ltd, 5 Kiln Road, Reading RG2 0QE",
              "Chemistry — Teaching Labs", "Room C2.14, Chemistry Building, Goods-In via Gate 4"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Description", "Qty", "Unit £", "Net £"],
             ["1", "Pilot lab bench, epoxy resin worktop 3000 x 750 x 25 mm, C-frame, reagent shelf, "
                   "2 x service spines (gas, 4 x 13A)", "1", "6,830.00", "6,830.00"],
             ["2", "Installation and connection (services by others)", "1", "740.00", "740.00"],
         ]),
         ("sp",),
         ("p", "Pilot bench only, for installation in C2.14 as part of the teaching lab refurbishment. "
               "Remaining 23 benches: do not start. We will be in touch regarding the remainder."),
         ("p", "Access to C2.14 is restricted; the contractor must sign in at Chemistry reception and hold a "
               "current permit to work. No hot works without a permit."),
         ("p", "Payment terms 30 days from receipt of a correct invoice quoting this PO. "
               "The University's Terms and Conditions of Purchase (2023) apply."),
     ], title="UA-PO-311774", author="University of Ashcombe"))])


# p14 -- Singapore GLC: bare sample PO naming quote tiers; supplier stages material for 90
_p14_buyer = """Dear Mr Lee,

Please find attached PO 4700031882 for 3 nos sample enclosures, ref. your quotation SQ-2231
(3 samples / 90 production units). Delivery to our Tuas depot, Gate 2.

Kindly acknowledge and advise delivery date.

Regards,
Tan Mei Ling
Procurement Executive
Straits Utilities Pte Ltd"""
_p14_top = """Dear Ms Tan,

Thank you for the PO, well received.

Just to update, we have staged the SUS304 sheet and EPDM gaskets for the 90 production units as
well, so that we are not held up by the 10-week lead time on the gasket material. All material
is in our store at Kranji and tagged to your job.

The 3 samples are on track for delivery on 19 July. Our driver will call the Tuas depot the day
before.

Best regards,
Lee Kok Hwa
Sales Manager
Cirrus Sheetmetal Engineering Pte Ltd
Tel +65 6555 3371

-----Original Message-----
From: Tan Mei Ling <meiling.tan@straitsutilities.com.sg>
Sent: Wednesday, 26 June 2024 3:12 PM
To: Lee Kok Hwa
Subject: PO 4700031882 - sample enclosures

"""
case("p14_sg_staged_for_90", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "bare sample PO quoting 3/90 tiers with no hold, event or releaser; supplier stages material for the 90",
     [("RE_PO_4700031882_sample_enclosures.eml", E(mail(
         "Lee Kok Hwa <kokhwa.lee@cirrussheetmetal.com.sg>", "Tan Mei Ling <meiling.tan@straitsutilities.com.sg>",
         "RE: PO 4700031882 - sample enclosures", "Thu, 27 Jun 2024 10:05:00 +0800",
         _p14_top + qt(_p14_buyer))))])


# p51 -- "go ahead and make up the prototypes" with no quantity, hold, event or releaser
_p51 = """Hi Connor,

Thanks for coming out to Bexley Road on Tuesday, and for the finish samples - the oak veneer
with the charcoal linoleum top was the clear favourite with the reception team.

Happy for you to go ahead and make up the prototypes of the reception desk modules so we can see
them in situ at the Bexley Road building. Please use the oak/charcoal combination and the
revised cable management from your sketch SK-07.

The PO for the prototypes will follow from our Procurement team today or tomorrow under the
usual furniture framework; please put the framework reference on your invoice.

Access to the building is via the loading bay on Albion Street; the site is live, so please book
deliveries with Facilities at least 48 hours ahead.

Thanks,
Lauren Hayes
Project Officer, Estates Development
Kingsbridge College
0117 555 0442
""" + UK_DISC
case("p51_prototypes_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "buyer authorizes 'the prototypes' with no number, never says later modules are not released, no event, no releaser",
     [("Reception_desk_prototypes.eml", E(mail(
         "Lauren Hayes <l.hayes@kingsbridge.ac.uk>", "Connor Walsh <connor@albionjoinery.co.uk>",
         "Reception desk - prototypes", "Thu, 16 May 2024 09:12:00 +0100", _p51,
         html=as_html(_p51))))])


# p56 -- two files: bare council sample order + unscoped "go ahead" on revised pricing
_p56_po = """MERSEYVALE METROPOLITAN BOROUGH COUNCIL                     Unit4 ERP - PURCHASE ORDER
Town Hall, Church Street, Merseyvale MV1 1AB                 Order no : 2024-07713
VAT reg GB 118 4471 90                                       Order dt : 21/05/2024
                                                             Print dt : 21/05/2024 14:07
Supplier : S0002291  GREENLINE RECYCLED PRODUCTS LTD         Requisn  : RQ-118840
           Unit 12, Dock Road Business Park, Widnes WA8 0PF  Orderer  : JPRICE
Deliver  : PARKS DEPOT, ORMSKIRK ROAD, MERSEYVALE MV3 9DL    Cost ctr : PK210 / 4410

Ln  Article       Description                                     Qty  Unit   Price GBP    Amount GBP
--  ------------  ----------------------------------------------  ---  ----  ----------  ------------
1   PK-BSM-118    SAMPLE ORDER - bench seat module, recycled        4  EA       574.00      2,296.00
                  HDPE slats, stainless fixings, to spec PRK-118
                  issue C, memorial plaque recess 150x100
2   CARR          Carriage                                          1  EA        65.00         65.00
--  ------------  ----------------------------------------------  ---  ----  ----------  ------------
                                                                       Net total             2,361.00
                                                                       VAT 20%                 472.20
                                                                       Gross total           2,833.20

Order text: Sample modules for the Victoria Park memorial walk. Deliver with installation
instructions and fixing templates.

All invoices to accounts.payable@merseyvale.gov.uk quoting the order number above.
This order is placed under the Council's Standard Terms and Conditions of Purchase (2021).
"""
_p56_sup = """Hi Jo,

Following the change to A4 (316) stainless fixings that your Parks team asked for at the site
visit, the revised unit price is GBP 612.00 (was GBP 574.00). Everything else stays as quoted.

Can you confirm you're happy?

Thanks
Mark Dwyer
Greenline Recycled Products Ltd"""
_p56_top = """Hi Mark,

Revised pricing is fine with us - go ahead. Could you send an updated quote for the file so I
can amend the order value?

Thanks,
Jo

Joanne Price
Procurement Officer
Merseyvale Metropolitan Borough Council
0151 555 3120
""" + UK_DISC
case("p56_council_sample_go_ahead", ["RG002", "RG003", "RG004", "RG005"],
     "bare council sample order (4 modules) with no hold, event or releaser; buyer's 'go ahead' on revised pricing names no scope",
     [("Merseyvale_PO_2024-07713.txt", B(_p56_po)),
      ("RE_revised_price_bench_modules.eml", E(mail(
          "Joanne Price <joanne.price@merseyvale.gov.uk>", "Mark Dwyer <mark.dwyer@greenlinerp.co.uk>",
          "RE: Revised price - bench seat modules (order 2024-07713)", "Tue, 28 May 2024 16:40:00 +0100",
          _p56_top + "\nFrom: Mark Dwyer <mark.dwyer@greenlinerp.co.uk>\nSent: 28 May 2024 12:15\n"
          "Subject: Revised price - bench seat modules (order 2024-07713)\n\n" + qt(_p56_sup))))])


# p57 -- GLC sample banner PO (DOCX) + quote (TXT): event and person named, hold never stated
_p57_po = docx_bytes([
    ("h1", "Al Wathba Cultural District Company PJSC"),
    ("p", "Procurement Department · P.O. Box 77410, Abu Dhabi, UAE · TRN 100411982700003"),
    ("h", "PURCHASE ORDER  AWCD-PO-24-0815"),
    ("p", "Supplier: PrintWorks Middle East FZ-LLC, Dubai Production City. Date: 3 September 2024. "
          "Quotation: PWME-Q-7719."),
    ("table", [
        ["Line", "Description", "Qty", "Unit (AED)", "Amount (AED)"],
        ["1", "Sample printed fabric banner, 3.0 x 1.0 m, dye-sublimation on 115 gsm knitted polyester, "
              "hemmed with pole pockets, artwork 'Winter Lights 2024' AR/EN", "10", "185.00", "1,850.00"],
        ["", "VAT 5%", "", "", "92.50"],
        ["", "Total", "", "", "1,942.50"],
    ]),
    ("sp",),
    ("p", "Delivery: Al Wathba site office, Gate C, by 19 September 2024. Contact Hamdan Al Ketbi, Site "
          "Logistics, 050 555 0192."),
    ("p", "Next step: after sample sign-off by the Events team, Fatima Al Rahman (Category Manager, "
          "Marketing & Events) will issue the production order."),
    ("p", "General terms: AWCD General Terms of Purchase rev. 2022. Payment 45 days from invoice."),
], author="Al Wathba Cultural District Company")
_p57_quote = """PRINTWORKS MIDDLE EAST FZ-LLC
Dubai Production City, Building 4, Unit 112 | +971 4 555 2260 | quotes@printworksme.ae

QUOTATION  PWME-Q-7719                                   Date: 26-Aug-2024
Customer : Al Wathba Cultural District Company PJSC     Attn: Procurement Dept.
Project  : Winter Lights 2024 - lamp-post banners

No  Description                                        Qty      Unit AED    Total AED
--  -------------------------------------------------  -------  ---------  -----------
1   Sample banner 3.0 x 1.0 m, dye-sub, 115 gsm        10         185.00      1,850.00
2   Production banner, as item 1, 4 designs            1,500       62.00     93,000.00
3   Pole brackets (re-use existing)                    -              -             -

Lead time: samples 10 working days; production 18 working days.
Prices exclusive of VAT 5%. Validity 30 days.
Prepared by: Rania Saad, Account Manager
"""
_p57 = """Dear Rania,

Please find attached our purchase order AWCD-PO-24-0815 for the sample banners, and your
quotation PWME-Q-7719, which the PO is based on.

Kindly confirm receipt and the delivery date for the samples. The artwork files will be shared
by our Marketing team through the usual WeTransfer link.

Best regards,
Omar Haddad
Senior Buyer, Procurement Department
Al Wathba Cultural District Company PJSC
T +971 2 555 8800
"""
case("p57_glc_banners_no_hold", ["RG001", "RG003"],
     "sample PO for 10 banners with the 1,500 quote attached; unlock event and named person given but the 1,500 is never said to be not released",
     [("AWCD-PO-24-0815_sample_banners.eml", E(mail(
         "Omar Haddad <o.haddad@awcd.ae>", "Rania Saad <rania@printworksme.ae>",
         "PO AWCD-PO-24-0815 - sample banners (Winter Lights 2024)", "Tue, 03 Sep 2024 10:20:00 +0400",
         _p57, html=as_html(_p57),
         attachments=[("AWCD-PO-24-0815.docx", _p57_po, DOCX_MT),
                      ("PWME-Q-7719.txt", _p57_quote, "text/plain")])))])


# p59 -- AU health agency: bare sample PO PDF + forwarded quote (rfc822) with 4,000
_p59_quote = mail("Shane Whitby <shane@claritydisplays.com.au>", "Purchasing <purchasing@hpt.tas.gov.au>",
                  "Quote CD-5188 - bedside patient information boards", "Mon, 15 Apr 2024 08:55:00 +1000",
                  """Hi team,

Quote CD-5188 as discussed with Nursing Informatics:

Bedside patient information board, 6 mm clear acrylic, 420 x 297, printed reverse,
dry-wipe face, two-point wall fix with anti-tamper caps

   Sample run      40 boards     $38.50 each
   Production   4,000 boards     $21.90 each

Lead time 3 weeks samples / 7 weeks production. Freight to Hobart included.

Cheers,
Shane Whitby
Clarity Displays Pty Ltd""")
_p59_po = pdf([
    ("h1", "HealthPurchasing Tasmania"),
    ("h", "Purchase Order 3000418862"),
    ("table", [
        ["Vendor", "Order date", "Ship to"],
        ["Clarity Displays Pty Ltd (V-20433)", "22/04/2024", "Royal Derwent Hospital, Stores, 48 Liverpool St, Hobart TAS 7000"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Material", "Description", "Qty", "Unit", "Net price AUD"],
        ["00010", "NI-PIB-420", "Sample bedside patient information board, 420x297, per quote CD-5188", "40", "EA", "1,540.00"],
    ]),
    ("sp",),
    ("p", "Invoices: accounts.payable@hpt.tas.gov.au. Quote the PO number. Payment terms: 30 days."),
    ("p", "Terms: Tasmanian Government General Conditions of Contract for Goods apply."),
], title="PO 3000418862", author="HealthPurchasing Tasmania")
_p59 = """Hi Shane,

Attached is PO 3000418862 for the 40 sample bedside information boards. Your quote is forwarded
below as we received it, so the references line up on both sides.

Please deliver to the Royal Derwent stores dock and let Ward 4K know when they are in.

Kind regards,
Bianca Scott
Purchasing Officer
HealthPurchasing Tasmania
(03) 6555 1180
""" + AU_DISC
case("p59_tas_forwarded_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 40 sample boards with the forwarded quote showing 4,000 production; nothing about the balance, no event, no releaser",
     [("PO_3000418862_sample_boards.eml", E(mail(
         "Bianca Scott <bianca.scott@hpt.tas.gov.au>", "Shane Whitby <shane@claritydisplays.com.au>",
         "PO 3000418862 - sample bedside information boards", "Mon, 22 Apr 2024 14:02:00 +1000", _p59,
         attachments=[("PO_3000418862.pdf", _p59_po, PDF_MT), ("rfc822", _p59_quote)])))])


# p60 -- two files: paramedic uniform sample PO names a release authority, no hold or event; quote shows 2,200
_p60_po = pdf([
    ("h1", "Regional Municipality of Windmere"),
    ("p", "Corporate Procurement · 1 Regional Road, Windmere ON N2W 4B6"),
    ("h", "PURCHASE ORDER  PS-2024-1186"),
    ("table", [
        ["Date", "Vendor", "Department", "Ship to"],
        ["2024-03-11", "Northline Protective Apparel Inc. (V-11802)", "Paramedic Services",
         "Paramedic Services HQ, Logistics Bay, 400 Hespeler Rd"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Description", "Qty", "UOM", "Unit CAD", "Ext CAD"],
        ["1", "Sample duty jacket, softshell, hi-vis yoke, reflective 'PARAMEDIC' chest and back, "
              "size set S–XXL (one of each, plus 3 x L)", "8", "EA", "214.00", "1,712.00"],
        ["2", "Name-tape embroidery", "8", "EA", "6.50", "52.00"],
    ]),
    ("sp",),
    ("p", "Samples are for a two-week wear trial across both Windmere and Elgin Falls stations."),
    ("p", "Production release authority: Claire Dubois, Quartermaster, Paramedic Services."),
    ("p", "HST to be shown separately on invoices. Net 30. The Region's Purchasing By-law 2019-044 applies."),
], title="PS-2024-1186", author="Regional Municipality of Windmere")
_p60_quote = pdf([
    ("h1", "Northline Protective Apparel Inc."),
    ("p", "Quotation NPA-Q-7731 · 26 February 2024 · Regional Municipality of Windmere — Paramedic Services"),
    ("table", [
        ["Item", "Description", "Qty", "Unit CAD"],
        ["A", "Sample duty jacket, size set", "8", "214.00"],
        ["B", "Production duty jacket, incl. name-tape embroidery", "2,200", "158.00"],
        ["C", "Size-set fitting day at your HQ", "1", "no charge"],
    ]),
    ("sp",),
    ("p", "Production lead time 12 weeks. Prices valid 60 days. Sizes per the size-set fitting."),
    ("p", "Prepared by Jenna Moorcroft, Public Sector Accounts."),
], title="NPA-Q-7731", author="Northline Protective Apparel")
case("p60_paramedic_jackets", ["RG001", "RG003", "RG004"],
     "8 sample jackets with a quote for 2,200 in the folder; a release authority is named but the balance is never held and no event named",
     [("PO_PS-2024-1186.pdf", _p60_po), ("Quote_NPA-Q-7731.pdf", _p60_quote)])


# p06 -- quoted thread: complete scope, then "Green light from us!" on a fixing change
_p06_orig = """Hi Dan,

PO CVC-22871 is attached. To be clear on scope:

- It covers one (1) sample fingerpost only, type F2 with two arms, for the Quay.
- The other 27 fingerposts on the wayfinding schedule are not released.
- They will be released after sample sign-off on site by Highways, by a written release from me.
- Material: for the sample only.

Thanks,
Rachel Owens
Senior Buyer, Calderbrook Council"""
_p06_sup = """Hi Rachel,

Quick one before we start on the sample. The Quay paving has a service duct running under the
spot Highways marked, so root-fixing isn't going to work. We'd like to swap to a bolted base
plate (markup attached, M16 resin anchors, 400 x 400 plate with a granite-sett infill cover).

OK with you?

Dan Kerridge
Contracts Manager
Wharfedale Heritage Signs Ltd"""
_p06_top = """Hi Dan,

Spoke to Highways this morning - base plates are fine on the Quay paving as long as the cover
sits flush. Green light from us!

Also, Highways would like the arm finials in black, not gold - can you adjust the drawing?

Thanks,
Rachel

Rachel Owens
Senior Buyer | Procurement & Commissioning
Calderbrook Council | Town Hall, Market St, Calderbrook HX7 1AB
01422 555 260
""" + UK_DISC
case("p06_green_light_thread", ["RG002"],
     "quoted PO scope is complete, but the buyer's 'Green light from us!' names neither the sample nor a quantity",
     [("RE_Quay_fingerpost_fixing.eml", E(mail(
         "Rachel Owens <rachel.owens@calderbrook.gov.uk>", "Dan Kerridge <dan@wharfedaleheritage.co.uk>",
         "RE: Quay fingerpost - fixing detail (PO CVC-22871)", "Wed, 05 Jun 2024 11:18:00 +0100",
         _p06_top + "\n-----Original Message-----\nFrom: Dan Kerridge\nSent: 04 June 2024 16:51\n"
         "Subject: Quay fingerpost - fixing detail (PO CVC-22871)\n\n" + qt(_p06_sup) +
         "\n>\n> -----Original Message-----\n> From: Rachel Owens\n> Sent: 28 May 2024 09:30\n>\n" + qt(_p06_orig, 2))))])


# p07 -- Teams chat: "yep go ahead" with no quantity anywhere
case("p07_lanyards_chat", ["RG002", "RG010"],
     "events office chat: 'yep go ahead' to print, and no quantity is ever stated by the buyer",
     [("Teams_export_lanyards.txt", B("""Microsoft Teams - chat export
Chat: Kara Lindqvist, Jordan Pike (External)
Exported by: klindqvist@tamarackcollege.ca on 2024-08-09 16:40

[2024-08-07 09:14] Jordan Pike (External): morning! proof v3 attached with the new crest + the bigger QR code
[2024-08-07 09:14] Jordan Pike (External): 📎 TC_lanyard_proof_v3.pdf
[2024-08-07 09:41] Kara Lindqvist: ooh looks so much better
[2024-08-07 09:42] Kara Lindqvist: one sec, checking the pantone w/ comms
[2024-08-07 10:20] Kara Lindqvist: comms happy, they said the green is finally the right green lol
[2024-08-07 10:21] Jordan Pike (External): haha good. ok to go to print then?
[2024-08-07 10:27] Kara Lindqvist: yep go ahead 👍
[2024-08-07 10:27] Jordan Pike (External): 👌 will get it on the press tmrw, dispatch Friday for orientation week
[2024-08-07 10:29] Kara Lindqvist: amazing thank you!! invoice to the events cost centre like last year pls
[2024-08-07 10:30] Jordan Pike (External): will do
"""))])


# p55 -- "all approved, please proceed" on a drawing pack; quoted PO scope is complete
_p55_orig = """Hi Priya,

PO 7200051934 attached. Scope:

Two (2) sample platform seats only, type PS-4, for the Roma Street trial. The remaining 118 of
the 120 quoted are not released. They will be released after sample sign-off at Roma Street,
by a written release from me. Material for the two samples only.

Regards,
Ben Kovac
Contracts Officer, Coastal Rail Authority"""
_p55_sup = """Hi Ben,

Please find attached drawing pack rev D for the sample platform seat (GA, frame weldment, slat
detail, fixing plate). Changes from rev C are clouded: armrest height 680 mm, drainage slots in
the seat pan. We await your comments before manufacture.

Kind regards,
Priya Raman
Design Engineer, Southern Cross Street Furniture"""
_p55_top = """Hi Priya,

Drawing pack rev D reviewed by our engineers - all approved, please proceed.

Ben

Ben Kovac
Contracts Officer | Procurement & Contracts
Coastal Rail Authority (QLD)
(07) 3555 4870
""" + AU_DISC
case("p55_drawing_pack_proceed", ["RG002"],
     "complete quoted scope (2 samples, 118 held, named releaser), then 'all approved, please proceed' with no scope",
     [("RE_drawing_pack_revD_platform_seat.eml", E(mail(
         "Ben Kovac <ben.kovac@coastalrail.qld.gov.au>", "Priya Raman <priya@southerncrosssf.com.au>",
         "RE: Drawing pack rev D - sample platform seat (PO 7200051934)", "Mon, 17 Jun 2024 08:25:00 +1000",
         _p55_top + "\nFrom: Priya Raman\nSent: Friday, 14 June 2024 4:47 PM\n\n" + qt(_p55_sup) +
         "\n>\n> From: Ben Kovac\n> Sent: Monday, 3 June 2024 9:10 AM\n>\n" + qt(_p55_orig, 2))))])


# p08 -- supplier status: stainless ordered for the full 60 against a sample-only material authority
_p08_orig = """Dear Mr Baxter,

PO KU-PO-90218 is attached for two (2) pilot cleanroom benches, type CB-2 (316 stainless, perforated
top), for the Nanofab suite.

The remaining 58 of the quoted 60 benches are not released and must not be started. They will be
released after sample sign-off by the Nanofab facility manager, by a written release from
Dr Imogen Clarke, Head of Research Procurement.

Material authority: sample only (two benches). Please do not purchase sheet or tube for the 58.

Kind regards,
Harriet Sloane
Buyer, Research Procurement
University of Kingsmere"""
_p08_top = """Dear Harriet,

A quick progress note on the Nanofab benches.

- Pilot bench 1: frame welded, passivation booked for Monday.
- Pilot bench 2: top perforated, frame in the jig.
- Both pilots on track for delivery w/c 15 July.

One more thing you'll want to know: we went ahead and ordered the 316 stainless sheet and tube for
the full run of 60 from Outokumpu this week. The mill is putting prices up 8% from 1 July, so
this saves you roughly GBP 4k on the production benches. It's in our Sheffield store, tagged to
your job.

Any questions, give me a ring.

Best regards,
Neil Baxter
Operations Director
Calder Precision Stainless Ltd
0114 555 0870

On 10 Jun 2024, at 09:02, Harriet Sloane <h.sloane@kingsmere.ac.uk> wrote:

"""
case("p08_stainless_full_run", ["RG006"],
     "complete sample scope with sample-only material authority; supplier reports buying stainless for the full run of 60",
     [("RE_KU-PO-90218_progress.eml", E(mail(
         "Neil Baxter <neil.baxter@calderprecision.co.uk>", "Harriet Sloane <h.sloane@kingsmere.ac.uk>",
         "RE: KU-PO-90218 - pilot cleanroom benches - progress", "Fri, 28 Jun 2024 15:10:00 +0100",
         _p08_top + qt(_p08_orig), in_reply_to="<h30-p08-orig@kingsmere.ac.uk>")))])


# p09 -- two files: NHS fit-sample PO (complete) + supplier progress report with fabric for 1,450
_p09_po = pdf([
    ("h1", "Brookfield Community Health NHS Trust"),
    ("h", "Purchase Order BCH-PO-61190 — fit samples, clinical workwear"),
    ("table", [
        ["Supplier", "Order date", "Contract"],
        ["Pennine Workwear Manufacturing Ltd", "07/05/2024", "Clinical uniforms, direct award under NHS workwear framework"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Description", "Qty", "Unit £", "Net £"],
        ["1", "Fit sample tunic, 65/35 polycotton, Trust navy with cerise piping, sizes 8–26", "24", "27.40", "657.60"],
        ["2", "Fit sample trouser, unisex, elasticated", "0", "—", "—"],
    ]),
    ("sp",),
    ("p", "Active quantity: twenty-four (24) fit sample tunics for the wear trial on the Community Nursing "
          "teams. Please make the 24 samples now."),
    ("p", "The balance of 1,426 tunics (1,450 quoted under PWM-Q-0412) is not released. Do not start it."),
    ("p", "The balance will be released after the wear-trial sample sign-off by the Uniform Working Group, "
          "by a written release from Gemma Clarke, Procurement Lead."),
    ("p", "Material authority: sample only. Fabric, trims and thread for the 24 samples only."),
], title="BCH-PO-61190", author="Brookfield Community Health NHS Trust")
_p09_rep = docx_bytes([
    ("h1", "Pennine Workwear Manufacturing Ltd — Customer progress report"),
    ("p", "Customer: Brookfield Community Health NHS Trust. Order: BCH-PO-61190. Report no. 3, week 23 (7 June 2024)."),
    ("table", [
        ["Workstream", "Status", "Comment"],
        ["Fit samples (24)", "Cutting complete; sewing 60%", "Dispatch planned 14 June to Trust HQ"],
        ["Fabric", "Mill order placed", "2,900 m navy polycotton ordered from Heathcoat Mills — enough for "
                                        "the full 1,450 tunics; first 1,200 m delivered to our Huddersfield store"],
        ["Trims", "In stock", "Cerise piping and buttons for 1,450 tunics booked against your job"],
        ["Embroidery", "Logo digitised", "Sew-out for the Trust's comms team attached"],
    ]),
    ("sp",),
    ("p", "Notes: We placed the fabric order early so the mill's summer shutdown does not push your roll-out "
          "into October. Please call Sarah Lowe (Account Manager) on 01484 555 302 with any questions."),
], author="Pennine Workwear Manufacturing")
case("p09_workwear_fabric", ["RG006"],
     "fit-sample PO with sample-only material authority; supplier report shows fabric and trims bought for all 1,450 tunics",
     [("BCH-PO-61190.pdf", _p09_po), ("Progress_report_03_week23.docx", _p09_rep)])


# p10 -- supplier reads a deposit as the release and buys sheet for all 300
_p10_orig = """Dear Ms Achterberg,

Purchase order FC-PO-04418 is attached. It covers five (5) sample directional signs (types D1-D5)
for the Ferncliffe town centre trial only.

The remaining 295 signs of the 300 quoted are not released and must not be manufactured. They will
be released after sample sign-off by the Town Centre Partnership, by a written release from
Marcus Flint, Procurement Manager. Material authority: the five samples only.

As agreed, the Council will pay the 50% deposit on the sample order shown on your pro-forma.

Yours sincerely,
Marcus Flint
Procurement Manager
Ferncliffe Borough Council"""
_p10_top = """Dear Marcus,

Thank you - the deposit for PO FC-PO-04418 reached our account this morning.

Now that the deposit is in, we have scheduled all 300 signs for fabrication and ordered the
aluminium composite sheet for all 300 from our supplier in Leeds.
The five samples will be finished first as planned, and we'll send photos before they leave.

We'll issue a delivery note with each batch.

Kind regards,
Ilse Achterberg
Director
Achterberg Signmakers Ltd
Unit 4, Canal Side, Ferncliffe FE2 7QL | 01274 555 919

"""
case("p10_deposit_sheet_all_300", ["RG006", "RG012"],
     "supplier treats the sample deposit as its release and buys sheet for all 300 against a sample-only material authority",
     [("RE_FC-PO-04418_update.eml", E(mail(
         "Ilse Achterberg <ilse@achterbergsigns.co.uk>", "Marcus Flint <marcus.flint@ferncliffe.gov.uk>",
         "RE: FC-PO-04418 - deposit received", "Thu, 20 Jun 2024 12:44:00 +0100",
         _p10_top + "> On 12 Jun 2024 Marcus Flint wrote:\n" + qt(_p10_orig),
         html=as_html(_p10_top + "On 12 Jun 2024 Marcus Flint wrote:\n\n" + _p10_orig))))])


# p12 -- two files: call-off releases 40; supplier ack says 50 and stages material for 120
_p12_co = pdf([
    ("h1", "Glenmoray Council — Framework Call-off"),
    ("p", "Framework: Street Furniture 2023–2027, Lot 3 (cycle parking). Supplier: Caledonian Cycle Stands Ltd."),
    ("h", "Call-off Order CO-2 / PO GC-PO-77102"),
    ("table", [
        ["", "Quantity"],
        ["Cycle stands released by this call-off (Sheffield type, 316 stainless, 50 mm)", "40"],
        ["Quoted for the active travel programme", "160"],
        ["Not released", "120"],
    ]),
    ("sp",),
    ("p", "This call-off releases forty (40) cycle stands for the Station Road scheme. The remaining 120 "
          "stands are not released. They will be released by a further numbered call-off after the "
          "Station Road installation sign-off by Roads Design, signed by Ailsa Buchanan, Category Manager."),
    ("p", "Material authority: the 40 stands released by this call-off only."),
    ("p", "Delivery: Glenmoray Roads Depot, Baxter Street, by 28 June 2024. Date of call-off: 3 June 2024."),
], title="Call-off CO-2", author="Glenmoray Council")
_p12_ack = """Dear Ailsa,

Order acknowledgement - Call-off CO-2 / PO GC-PO-77102

We are pleased to confirm call-off CO-2 for 50 cycle stands for the Station Road scheme,
delivery to Baxter Street depot by 28 June.

To keep the programme moving we have staged 316 stainless tube for 120 stands at our Motherwell
works; this will also cover the next phase.

Kind regards,
Graeme Lauder
Sales Office
Caledonian Cycle Stands Ltd
01698 555 440
"""
case("p12_calloff_ack_50", ["RG006", "RG011"],
     "call-off releases 40 with material for 40 only; supplier acknowledgement states 50 and stages tube for 120",
     [("CallOff_CO-2_GC-PO-77102.pdf", _p12_co),
      ("ACK_CO-2_cycle_stands.eml", E(mail(
          "Graeme Lauder <sales@caledoniancycle.co.uk>", "Ailsa Buchanan <ailsa.buchanan@glenmoray.gov.uk>",
          "Order acknowledgement - CO-2 / GC-PO-77102", "Wed, 05 Jun 2024 09:12:00 +0100", _p12_ack)))])


# p22 -- supplier: steel for all 400 in the yard, and the 396 will start automatically on FAI sign-off
_p22_orig = """Dear Mr Sharma,

Purchase order 6100228841 is attached for four (4) first-article crowd-control barriers, type
CB-2500 (2.5 m, hot-dip galvanised, interlocking feet), for the Corniche event trial.

The balance of 396 barriers (400 in your offer GS-OF-1142) is not released and must not be
manufactured. It will be released after FAI sign-off by our Events Engineering section, by a
written release from Eng. Mariam Al Hosani, Procurement Manager. Material authority: the four
FAI barriers only.

Regards,
Eng. Mariam Al Hosani
Procurement Manager
Capital Venues & Events Company PJSC"""
_p22_top = """Dear Eng. Mariam,

Thank you for the purchase order. The four FAI barriers will be ready for inspection at our
Mussafah M-32 workshop on 8 August.

For your information, the steel for the full 400 barriers is already in our yard, and we will
start the balance of 396 automatically upon your FAI sign-off so that we can meet your Q4 event
date without any further paperwork.

Please let us know who will attend the FAI.

Best regards,
Vikram Sharma
General Manager
Gulf Steelform Industries LLC
P.O. Box 94412, Abu Dhabi | +971 2 555 3190

"""
case("p22_fai_steel_auto_start", ["RG006", "RG007"],
     "supplier holds steel for all 400 (authority: 4 FAI only) and will start the 396 automatically on FAI sign-off",
     [("RE_PO_6100228841_FAI_barriers.eml", E(mail(
         "Vikram Sharma <vikram@gulfsteelform.ae>", "Mariam Al Hosani <m.alhosani@cvec.ae>",
         "RE: PO 6100228841 - FAI crowd barriers", "Mon, 15 Jul 2024 09:40:00 +0400",
         _p22_top + "From: Mariam Al Hosani\nSent: 11 July 2024 14:05\n\n" + qt(_p22_orig))))])


# p40 -- supplier treats the forecast as a firm commitment and buys resin for 5.000
_p40_orig = """Dear Ms Bianchi,

Call-off 1 under our agreement SGH-AG-2024-07 is attached: five hundred (500) custom instrument
trays, type IT-6 (PPSU, blue), for the CSSD at Serangoon General Hospital.

For planning only: our forecast for the first year is 5,000 trays. This forecast is not an order
and carries no commitment. The balance beyond this call-off is not released; further trays are
released only by a numbered call-off signed by Dr Lim Boon Keng, Director, Sterile Services.

Material authority: the 500 trays of call-off 1 only.

Regards,
Dr Lim Boon Keng
Director, Sterile Services
Serangoon General Hospital"""
_p40_top = """Dear Dr Lim,

Thank you for call-off 1 (500 pz IT-6 blue). Production of the 500 is planned for week 33.

As your forecast of 5.000 pz is effectively a firm commitment for the year, we have already
purchased the PPSU resin for all 5.000 trays, to secure the price and the blue masterbatch lot
for colour consistency. The material is stored in our warehouse in Lonato and reserved for you.

We will ship call-off 1 by sea freight from Genova; ETA Singapore approx. 5 weeks.

Best regards / Cordiali saluti,
Giulia Bianchi
Key Account Manager, Healthcare
Stampaggi Benacense S.r.l.
Via dell'Industria 18, 25017 Lonato del Garda (BS), Italia

"""
case("p40_forecast_resin", ["RG006", "RG008"],
     "supplier calls a labelled 5,000 forecast 'effectively a firm commitment' and buys resin for 5.000 against a 500 call-off",
     [("RE_CallOff1_SGH-AG-2024-07.eml", E(mail(
         "Giulia Bianchi <g.bianchi@stampaggibenacense.it>", "Lim Boon Keng <boonkeng.lim@sgh-health.com.sg>",
         "R: Call-off 1 SGH-AG-2024-07 - instrument trays IT-6", "Wed, 24 Jul 2024 10:02:00 +0200",
         _p40_top + "-----Messaggio originale-----\nDa: Lim Boon Keng\nInviato: 22 luglio 2024 08:15\n\n" + qt(_p40_orig))))])


# p15 -- supplier acknowledgement assumes roll-over into the 232 on sample approval
_p15_orig = """Good morning Mr. Okafor,

Please find attached PO 2024-PK-3316 for eight (8) sample benches, model Lakeshore 1.8 m with
centre armrest, for installation at Harbourfront Park and Allan Gardens.

The balance of 232 benches (240 quoted) is not released and must not be fabricated. It will be
released after sample sign-off by Parks & Forestry, by a written release from me.
Material: for the eight samples only.

Regards,
Sophie Bergeron
Purchasing Agent, Purchasing & Materials Management
City of Lake Huron Shores
519-555-0184"""
_p15_top = """Hello Sophie,

We acknowledge PO 2024-PK-3316 for eight (8) sample benches, Lakeshore 1.8 m. Thank you.

Samples will be ready to ship the week of April 22. Our install crew can be on site the same week
if Parks can mark out the pads.

To hold your spring install date, once your Parks team approves the samples we'll roll straight
into the balance of 232 - no need to send anything further. We have the shop time blocked for
May.

Thanks again,
Emeka Okafor
Customer Service Lead
Great Lakes Site Furnishings Ltd.
2250 Dundas St W, London ON | 519-555-0127

"""
case("p15_ack_roll_straight_into_232", ["RG007"],
     "supplier acknowledgement says it will roll straight into the 232 on sample approval, 'no need to send anything further'",
     [("ACK_PO_2024-PK-3316.eml", E(mail(
         "Emeka Okafor <eokafor@greatlakessf.ca>", "Sophie Bergeron <sbergeron@lakehuronshores.ca>",
         "ACK - PO 2024-PK-3316 sample benches", "Wed, 03 Apr 2024 10:18:00 -0400",
         _p15_top + "-----Original Message-----\nFrom: Sophie Bergeron\nSent: April 2, 2024 9:05 AM\n\n" + qt(_p15_orig))))])


# p16 -- buyer contradicts own written-release requirement ("crack on with the other 54")
_p16_orig = """Dear Lewis,

PO RHT-4471902 is attached for six (6) pilot phlebotomy carts, type PC-3, for the outpatient
trial at Riverside Treatment Centre.

The remaining 54 carts (60 quoted) are not released. They will be released after the pilot
sign-off by the Outpatients Matron group, by a written release from Anjali Mistry, Head of
Procurement. Please buy material for the six pilots only.

Regards,
Kieran O'Neill
Senior Buyer, Procurement
Riverside Hospitals NHS Trust"""
_p16_top = """Hi Lewis,

Thanks for getting the pilots in early - Outpatients are already using them and the feedback is
good so far (they love the glove-box holder).

Anjali is on leave until the 24th, so to save us all a fortnight: if the pilot carts pass the
clinic trial on Tuesday, crack on with the other 54. We'll sort the paperwork when she's back.

Could you also send the cleaning guidance (which wipes are OK on the worktop)?

Cheers,
Kieran

Kieran O'Neill
Senior Buyer | Procurement
Riverside Hospitals NHS Trust
020 7555 3190
""" + UK_DISC
case("p16_buyer_crack_on", ["RG007"],
     "buyer tells supplier that passing the pilot trial is enough to start the other 54, bypassing the written release it required",
     [("RE_pilot_phlebotomy_carts.eml", E(mail(
         "Kieran O'Neill <kieran.oneill@riversidehospitals.nhs.uk>", "Lewis Grant <lewis@medicartsuk.co.uk>",
         "RE: RHT-4471902 pilot phlebotomy carts", "Thu, 13 Jun 2024 17:05:00 +0100",
         _p16_top + "\n-----Original Message-----\nFrom: Kieran O'Neill\nSent: 20 May 2024 10:11\n\n" + qt(_p16_orig))))])


# p17 -- tender clarification log implying that sample approval moves straight into production
case("p17_clarif_log_move_into_production", ["RG007"],
     "clarification answer says the contractor should move into production once the sample is approved; no recorded auto-conversion",
     [("MWA-T-24-09_Clarification_Register.pdf", pdf([
         ("h1", "Metropolitan Waste Authority (WA)"),
         ("h", "Tender MWA-T-24-09 — Custom litter bin surrounds: Clarification Register (Addendum 2)"),
         ("p", "Issued to all registered respondents via Tenders WA on 8 March 2024. Responses form part of the "
               "Request documents."),
         ("table", [
             ["Ref", "Question", "Authority response"],
             ["C-01", "Is a powder-coat colour other than 'Woodland Grey' acceptable?",
              "No. Colorbond-equivalent Woodland Grey is required to match existing furniture."],
             ["C-02", "What quantity should be priced?",
              "Price the schedule quantity of 1,200 surrounds, plus one sample, as set out in Schedule 2."],
             ["C-03", "After the sample is approved, will there be a separate order before production?",
              "The Authority would expect the Contractor to move into production promptly once the sample has "
              "been approved, to protect the rollout programme for the 2024–25 financial year."],
             ["C-04", "Are graffiti-resistant coatings required on the lid?", "Yes, on all external faces."],
             ["C-05", "Will the Authority accept delivery to a single depot?",
              "Yes: Canning Vale depot, Monday to Friday 7:00–14:00."],
             ["C-06", "Is there a liquidated damages regime?", "Yes, per clause 34 of the General Conditions."],
         ]),
         ("sp",),
         ("p", "Respondents must acknowledge this addendum in their Offer. Closing time is unchanged: 2:00 pm AWST, "
               "22 March 2024."),
     ], title="MWA-T-24-09 clarifications", author="Metropolitan Waste Authority"))])


# p18 -- supplier quote: sample approval "deemed" release; deposit taken as instruction to produce
case("p18_quote_deemed_terms", ["RG007", "RG012"],
     "supplier quote terms: sample approval deemed authority to make the 850, deposit receipt taken as the instruction to produce",
     [("Quotation_HCT-Q-2206.pdf", pdf([
         ("h1", "Hartcliffe Contract Textiles Ltd"),
         ("p", "Unit 9, Whitchurch Lane Trade Park, Bristol BS14 0TJ · 0117 555 7740 · hct-textiles.co.uk"),
         ("h", "Quotation HCT-Q-2206"),
         ("p", "Customer: Avonside University Hospitals NHS Trust, Procurement (Estates & Facilities). "
               "Date: 19 March 2024. Subject: printed disposable privacy curtains, Trust pattern 'Harbourside'."),
         ("table", [
             ["Item", "Description", "Qty", "Unit £", "Total £"],
             ["1", "Pre-production sample curtain, 3.5 m drop, antimicrobial, digital print", "6", "38.00", "228.00"],
             ["2", "Production curtain, as item 1, individually bagged and date-labelled", "850", "21.40", "18,190.00"],
         ]),
         ("sp",),
         ("h", "Terms specific to this quotation"),
         ("p", "7. Samples are dispatched 10 working days after receipt of order."),
         ("p", "8. Approval of the pre-production samples shall be deemed authority to manufacture the "
               "production quantity; production starts the next working day."),
         ("p", "9. A 40% deposit is payable on the production value. Receipt of the deposit is taken as the "
               "customer's instruction to commence production."),
         ("p", "10. Prices exclude VAT and are valid for 45 days. Delivery to one Trust address included."),
         ("sp",),
         ("p", "Quoted by: Natalie Osei, Healthcare Accounts."),
     ], title="HCT-Q-2206", author="Hartcliffe Contract Textiles"))])


# p19 -- buyer's minutes: release letter required, then an informal "flow straight into" agreement
case("p19_minutes_flow_straight_in", ["RG007"],
     "minutes record a written-release requirement and then agree the supplier flows straight from the prototype into the 11 when Estates are happy",
     [("Minutes_kiosk_progress_2024-05-21.docx", docx_bytes([
         ("h1", "Ashdown County Council — Libraries self-service kiosks"),
         ("p", "Progress meeting, 21 May 2024, County Hall room 2.07 and Teams."),
         ("p", "Attendees: Tom Hughes (Head of Procurement, ACC), Leanne Marsh (Libraries), Rob Chilton "
               "(Estates), Dev Patel and Sam Ingram (Kioskform Ltd). Apologies: Finance."),
         ("table", [
             ["No.", "Item", "Owner"],
             ["3.1", "Prototype kiosk (1 unit, PO ACC-PO-66120) installed at Hartfield library on 14 May. "
                     "Customer feedback cards being collected.", "LM"],
             ["3.2", "Balance: the remaining 11 kiosks are not released. They are released by a written "
                     "release from Tom Hughes after prototype sign-off.", "TH"],
             ["3.3", "Programme: September opening at Crowborough is tight. It was agreed that Kioskform keep the "
                     "team on and flow straight from the prototype into the remaining 11 kiosks once Estates are "
                     "happy with it; TH said the paperwork can catch up afterwards.", "Kioskform / RC"],
             ["3.4", "Card reader housing: Kioskform to confirm whether the new Ingenico bracket fits.", "DP"],
             ["3.5", "Next meeting 4 June, 10:00.", "—"],
         ]),
         ("sp",),
         ("p", "Minutes taken by Leanne Marsh. Please send corrections to libraries.projects@ashdown.gov.uk."),
     ], author="Ashdown County Council"))])


# p20 -- WhatsApp export: buyer scopes 20 samples, then says to just run the 380 after inspection
case("p20_whatsapp_just_run", ["RG007"],
     "buyer sets 20 samples with a written-release hold, then tells the supplier to run the 380 once the sample passes inspection",
     [("WhatsApp_Chat_ADMSC_tree_guards.txt", B("""WhatsApp Chat with ADMSC - Tree guard grilles
Messages and calls are end-to-end encrypted.

12/08/2024, 09:02 - Khalid Al Mansoori: Good morning Mr Suresh. PO 5200087714 sent by email
12/08/2024, 09:03 - Khalid Al Mansoori: PO is for 20 sample units only. Balance 380 not released until our sample sign-off and my written release. Material for the 20 only please
12/08/2024, 09:15 - Suresh Nair: Good morning sir, received with thanks. 20 samples noted 👍
12/08/2024, 09:16 - Suresh Nair: Samples ready by 26th, powder coat RAL 8019 as per drawing ADM-TG-03
12/08/2024, 09:20 - Khalid Al Mansoori: Ok
25/08/2024, 18:40 - Suresh Nair: Sir samples are ready, inspection possible tomorrow 10 am at our Mussafah M-40 yard?
25/08/2024, 19:05 - Khalid Al Mansoori: Yes tomorrow 10am Eng. Rashed will come
25/08/2024, 19:07 - Khalid Al Mansoori: I am travelling from tomorrow for 2 weeks. Once the sample passes the inspection tomorrow just run the remaining 380, no need to wait for my letter
25/08/2024, 19:08 - Suresh Nair: Noted sir, thank you 🙏
25/08/2024, 19:08 - Suresh Nair: Safe travels
"""))])


# p23 -- email says ten sample signs, attached PO says 12
_p23_po = pdf([
    ("h1", "Bayside University"),
    ("p", "Procurement Services · PO Box 310, Frankston VIC 3199 · ABN 40 771 203 118"),
    ("h", "Purchase Order BU-PO-208817"),
    ("table", [
        ["Line", "Description", "Qty", "Unit AUD", "Amount AUD"],
        ["1", "Sample campus wayfinding sign, blade type W2, 1800 mm, anodised aluminium, braille/tactile "
              "room ID insert", "12", "465.00", "5,580.00"],
        ["2", "Installation of sample signs, Building B and Library", "1", "1,150.00", "1,150.00"],
    ]),
    ("sp",),
    ("p", "Scope: sample signs only. The production quantity in your quote BSG-Q-8812 is not released "
          "and must not be manufactured. It will be released after sample sign-off by the Campus "
          "Wayfinding Group, by a written release from Dr Naomi Fraser, Procurement Manager. Material "
          "authority: sample signs only."),
    ("p", "Deliver to: Facilities Store, Building K, Monday–Friday 8:00–15:00. Payment 30 days EOM."),
], title="BU-PO-208817", author="Bayside University")
_p23 = """Hi Jarrah,

Please find attached PO BU-PO-208817 for the ten sample signs we talked about on the campus
walk. Facilities would like them in before the start of trimester 2 (8 July) so the wayfinding
group can walk the routes with students.

The installation contractor will need a Bayside contractor induction - link below.
https://facilities.bayside.edu.au/contractor-induction

Thanks,
Naomi

Dr Naomi Fraser
Procurement Manager, Procurement Services
Bayside University | (03) 9555 2411
""" + AU_DISC
case("p23_ten_vs_twelve", ["RG011"],
     "email says 'the ten sample signs' while the attached PO line authorizes 12; scope otherwise complete",
     [("BU-PO-208817_sample_signs.eml", E(mail(
         "Naomi Fraser <n.fraser@bayside.edu.au>", "Jarrah Collins <jarrah@bluestonesigns.com.au>",
         "PO BU-PO-208817 - sample wayfinding signs", "Tue, 28 May 2024 13:30:00 +1000", _p23,
         html=as_html(_p23), attachments=[("BU-PO-208817.pdf", _p23_po, PDF_MT)])))])


# p24 -- release letter: body says 150, table says 120
case("p24_release_letter_150_120", ["RG011"],
     "release letter body releases one hundred and fifty (150) chairs while its table shows 120 released",
     [("NHSS_release_letter_R1_shower_chairs.docx", docx_bytes([
         ("h1", "NHS Strathmore — National Procurement Unit"),
         ("p", "Caird House, 12 Riverside Drive, Dundee DD1 4XB"),
         ("p", "Mr Hamish Reid\nManaging Director\nTaymouth Rehab Fabrications Ltd\nUnit 5, Dryburgh Industrial Estate, Dundee DD2 3QD"),
         ("p", "12 August 2024"),
         ("h", "Production release R1 — bariatric shower chairs, contract NPU-2024-118"),
         ("p", "Dear Mr Reid,"),
         ("p", "Following the sample sign-off by the Moving & Handling clinical group on 5 August 2024, this "
               "letter releases one hundred and fifty (150) bariatric shower chairs, model TRF-BSC-2, for "
               "production and delivery to the Central Stores at Kingsway."),
         ("table", [
             ["Release", "Model", "Quantity released", "Delivery"],
             ["R1", "TRF-BSC-2 (custom, 320 kg SWL)", "120", "Kingsway Central Stores, by 30 September 2024"],
         ]),
         ("sp",),
         ("p", "The remainder of the 300 chairs ordered is not released. It will be released only after the "
               "three-month field evaluation sign-off, by a further written release from me. Material "
               "authority: the quantity released by this letter."),
         ("p", "Please acknowledge this release by return."),
         ("p", "Yours sincerely,"),
         ("p", "Morag Ferguson\nProcurement Manager (release authority for NPU-2024-118)\nNHS Strathmore"),
     ], author="NHS Strathmore"))])


# p26 -- letter of award: "twelve (21)" pilot units
case("p26_award_twelve_21", ["RG011"],
     "letter of award authorizes 'twelve (21)' pilot locker enclosures - words and digits disagree",
     [("LoA_NPK-T-2024-11.pdf", pdf([
         ("h1", "Northpoint Estates Management Pte Ltd"),
         ("p", "(a subsidiary of NP Holdings, a government-linked company) · 1 Punggol Way #07-01, Singapore 828760"),
         ("p", "Our ref: NPK/PROC/LOA/2024/031 · Date: 2 September 2024"),
         ("p", "To: Lumen Metalworks Pte Ltd, 8 Sungei Kadut Street 2, Singapore 729229. Attn: Mr Daniel Chua, Director."),
         ("h", "LETTER OF AWARD — TENDER NPK-T-2024-11: SMART PARCEL LOCKER ENCLOSURES"),
         ("p", "1. We are pleased to inform you that your tender dated 29 July 2024 has been accepted, subject "
               "to the conditions of tender and this letter."),
         ("p", "2. Under this award, Northpoint authorises the manufacture of twelve (21) pilot locker "
               "enclosures, type PLE-40, for the Punggol Northshore trial. Purchase order NPK-PO-24-1187 "
               "will be issued through our e-procurement system for the pilot units."),
         ("p", "3. The remaining enclosures under the tender schedule are not released. They will be released "
               "after pilot sign-off by our Estates Technology team, by a written release from Mr Ong Jia Hao, "
               "Head of Procurement."),
         ("p", "4. Material authority: the pilot units only."),
         ("p", "5. Please return the duplicate of this letter, signed, within seven (7) days, together with the "
               "performance bond of 5% of the pilot value."),
         ("sp",),
         ("p", "Yours faithfully, Ong Jia Hao, Head of Procurement, Northpoint Estates Management Pte Ltd"),
     ], title="Letter of Award NPK-T-2024-11", author="Northpoint Estates Management"))])


# p27 -- two files: ERP PO line says 8 pilot tables, buyer email says make the 6 pilot units
_p27_po = """CITY OF THORNBURY                                               PURCHASE ORDER
Purchasing Services, 100 Queen St, Thornbury ON N0H 2P0          P.O. NUMBER   : 24-003817
Tel 519-555-0101                                                 ORDER DATE    : 2024-05-06
                                                                 REVISION      : 00
VENDOR 204419                       SHIP TO
BRUCE COUNTY TIMBERWORKS INC.       PARKS YARD, 55 MAPLE GROVE RD
418 CONCESSION 6                    THORNBURY ON N0H 2P0
CHESLEY ON N0G 1L0                  ATTN: PARKS SUPERVISOR

LINE  ITEM NO       DESCRIPTION                                  QTY  U/M  UNIT PRICE    EXTENSION
----  ------------  ------------------------------------------  ----  ---  ----------  -----------
0001  PK-APT-2400   PILOT - ACCESSIBLE PICNIC TABLE, 2.4M,         8  EA     1,690.00    13,520.00
                    RECYCLED PLASTIC, WHEELCHAIR OVERHANG BOTH
                    ENDS, SURFACE MOUNT KIT
0002  FRT           FREIGHT                                         1  LT       380.00       380.00
----  ------------  ------------------------------------------  ----  ---  ----------  -----------
                                                                           SUBTOTAL     13,900.00
                                                                           HST 13%       1,807.00
                                                                           TOTAL        15,707.00
SPECIAL INSTRUCTIONS:
PILOT TABLES ONLY. THE 92 PRODUCTION TABLES IN QUOTE BCT-2291 ARE NOT RELEASED - DO NOT
START. RELEASE AFTER PILOT SIGN-OFF BY PARKS, BY WRITTEN RELEASE FROM L. FORTIER,
PURCHASING MANAGER. MATERIAL: PILOT QTY ONLY.

AUTHORIZED BY: L. FORTIER                     VENDOR MUST QUOTE P.O. NUMBER ON ALL INVOICES
"""
_p27 = """Hi Wes,

Good to see you at the Maple Grove site meeting yesterday. As discussed, please make the 6 pilot
units and ship them to the Parks yard; Parks will set them out at Harbour Park, Beaver Valley
Trail and the Marsh Street parkette.

The surface mount kits should go with them - Parks will install.

Thanks,
Liam Fortier
Purchasing Manager
City of Thornbury | 519-555-0101 ext 212
""" + CA_DISC
case("p27_erp_8_email_6", ["RG011"],
     "ERP PO line releases 8 pilot tables; the buyer's email asks for 6 pilot units; otherwise complete",
     [("Thornbury_PO_24-003817.txt", B(_p27_po)),
      ("Pilot_tables_site_meeting.eml", E(mail(
          "Liam Fortier <lfortier@thornbury.ca>", "Wes Martin <wes@brucetimberworks.ca>",
          "PO 24-003817 pilot picnic tables", "Wed, 08 May 2024 08:50:00 -0400", _p27)))])


# p28 -- call-off: header 250, line 200; forecast written as firm
_p28_rows = [["Line", "Item", "Description", "Qty released", "Need by"],
             ["10", "KC-600-SET", "Kitchen carcass set, 600 mm modules, moisture-resistant board, edge-banded",
              "200", "2024-08-30"],
             ["20", "KC-FIX", "Fixing kit per set", "200", "2024-08-30"]]
_p28_fc = [["Period", "Forecast (sets)"], ["Q3 2024", "800"], ["Q4 2024", "1,000"], ["Total", "1,800"]]
case("p28_calloff_250_200_firm_forecast", ["RG008", "RG011"],
     "call-off header releases 250 while the lines release 200; the 1,800 forecast is written as a firm commitment",
     [("QSHA_CallOff_3_SOA-22-0419.html", B(html_page("Call-off 3 - SOA-22-0419", f"""
<h2>Queensland Social Housing Authority</h2>
<p>Standing Offer Arrangement SOA-22-0419 — Kitchen carcasses (custom)<br>
Supplier: Sunstate Joinery Manufacturing Pty Ltd · Call-off 3 · PO 4400319920 · Issued 29 July 2024</p>
<p><b>Quantity released under this call-off: 250 carcass sets.</b></p>
{html_table(_p28_rows)}
<h3>Forecast</h3>
{html_table(_p28_fc)}
<p>The Q3–Q4 forecast of 1,800 sets is a firm commitment for your planning.</p>
<div class="note"><p>Quantities beyond this call-off are not released. They are released only by a further numbered
call-off, after the Authority's inspection of call-off 3 deliveries, issued by Sandra Pike, Contract Manager.
Material authority: this call-off's quantity only.</p></div>
<p>Delivery: Yatala Hub, 14 Darlington Dr, Yatala QLD. Book through the Authority's delivery portal.</p>
""")))])


# p29 -- "approved" for Biomed and for Finance; email says 60 released, release note says 50
_p29_note = html_page("Release note RN-07", f"""
<h2>Niagara Lakeshore Health System — Production release note RN-07</h2>
{html_table([["PO", "Item", "Released now", "Ordered"],
             ["NLHS-PO-550218", "Crash cart CC-5, custom drawer layout per Code Blue committee", "50", "200"]])}
<p>This note releases fifty (50) crash carts for production. The remaining carts on the PO are not
released. They will be released after the 90-day in-service review sign-off, by a further written release
from Dr Aaron Feld, Director, Supply Chain. Material authority: the carts released by this note.</p>
""")
_p29 = """Hi Marta,

Good news: the samples were approved by Biomed on Friday, and the order has now been approved by
Finance as well.

Production release: 60 carts, per the attached release note RN-07. Deliveries to the St.
Catharines site first, please.

Dr Feld will send the next release after the in-service review.

Thanks,
Yusuf Demir
Senior Buyer, Supply Chain
Niagara Lakeshore Health System
905-555-0170
""" + CA_DISC
case("p29_approved_twice_60_50", ["RG009", "RG011"],
     "'approved' used for the Biomed sample result and for Finance; email releases 60 while the attached release note says 50",
     [("Production_release_RN-07_crash_carts.eml", E(mail(
         "Yusuf Demir <ydemir@nlhs.ca>", "Marta Kowalski <mkowalski@pinnaclecarts.ca>",
         "Production release RN-07 - crash carts", "Mon, 19 Aug 2024 11:00:00 -0400", _p29,
         attachments=[("RN-07.html", _p29_note, "text/html")])))])


# p30 -- forwarded earlier release (rfc822) says 30; cover email says "as released, the 35"
_p30_rel = mail("Hannah Cole <h.cole@murrayplains.edu.au>", "Steve Papadopoulos <steve@auditoria.com.au>",
                "Written release - pilot lecture seating (PO MPU-PO-11820)", "Mon, 01 Jul 2024 09:00:00 +1000",
                """Hi Steve,

Following the sample sign-off by Learning Spaces on 28 June, this is the written release for
thirty (30) pilot lecture seats, model AU-LT3 with tablet arm, for theatre G.04.

The remaining seats of the 420 quoted are not released. They will be released after the G.04
pilot sign-off (end of semester 2), by a further written release from me. Material authority:
the 30 pilot seats only.

Regards,
Hannah Cole
Senior Procurement Officer (release authority for MPU-PO-11820)
Murray Plains University""")
_p30 = """Hi Steve,

Forwarding the release below for your dispatch team, as they asked for a copy.

As released, please deliver the 35 pilot seats to the G.04 loading bay on 22 July; our AV team
will be in the theatre that week, so the installers need to coordinate with Tim Nguyen (0412 555
091).

Regards,
Hannah Cole
Senior Procurement Officer
Murray Plains University
""" + AU_DISC
case("p30_forward_30_vs_35", ["RG011"],
     "forwarded written release (rfc822) says thirty (30) pilot seats; the cover email says 'as released, the 35'",
     [("FW_Written_release_pilot_seating.eml", E(mail(
         "Hannah Cole <h.cole@murrayplains.edu.au>", "Steve Papadopoulos <steve@auditoria.com.au>",
         "FW: Written release - pilot lecture seating (PO MPU-PO-11820)", "Tue, 09 Jul 2024 15:20:00 +1000",
         _p30, attachments=[("rfc822", _p30_rel)])))])


# p31 -- UAE buyer: advance paid, therefore commence manufacturing
_p31 = """Dear Mr. Faisal,

Reference is made to Purchase Order 8800031177 dated 4 March 2024 for nine hundred (900)
decorative bollard covers, type DB-1 (cast aluminium, bronze finish, municipality logo), for the
Corniche Road beautification project.

We are pleased to inform you that the 20% advance payment has been transferred today against
your advance payment guarantee no. APG/24/0317 issued by Mashreq Bank. You may therefore now
commence manufacturing of the 900 units.

Kindly submit your detailed manufacturing and delivery programme within seven (7) days, and note
that all deliveries must be coordinated with the Project Engineer, Eng. Salem Al Blooshi
(050 555 3381), 48 hours in advance.

Best regards,

Noura Al Marzouqi
Senior Procurement Officer
Procurement & Contracts Division
Coastal Municipal Services Company PJSC
Tel: +971 2 555 6100
"""
case("p31_advance_paid_commence", ["RG012"],
     "buyer says the advance payment has been transferred and 'therefore' the supplier may commence manufacturing the 900",
     [("PO_8800031177_commencement.eml", E(mail(
         "Noura Al Marzouqi <n.almarzouqi@cmsc.ae>", "Faisal Qadri <faisal@emiratesfoundry.ae>",
         "PO 8800031177 - advance payment / commencement", "Tue, 12 Mar 2024 10:45:00 +0400",
         _p31, html=as_html(_p31))))])


# p32 -- supplier: Ariba acceptance of a sample PO "constitutes release" of the full 2k
_p32_orig = """Bonjour Luc,

PO 4501127734 has been issued to you in Ariba. It covers twenty (20) sample reusable isolation
gowns, custom print (Rideau Valley Health crest, level 2), for the IPAC wear trial.

The balance of 1,980 gowns (2,000 quoted) is not released and must not be cut or sewn. It will be
released after the IPAC sample sign-off, by a written release from me. Material authority: the
20 samples only.

Merci,
Mélanie Gagnon
Manager, Procurement Services
Rideau Valley Health"""
_p32_top = """Hi Mélanie,

PO acknowledged in Ariba this morning, thank you.

Per our terms of sale (clause 4.2), acceptance of the PO constitutes release to production, so
we've slotted the full 2k into our cutting plan for September along with the 20 samples. That
keeps your November delivery window safe.

The samples will ship via Purolator on the 16th.

Regards,
Luc Tremblay
Account Manager, Healthcare
Outaouais Textile Manufacturing Inc.
819-555-0144

"""
case("p32_ariba_ack_release_2k", ["RG012"],
     "supplier says acceptance of the sample PO in Ariba constitutes release to production and plans the full 2k",
     [("RE_PO_4501127734_Ariba_ack.eml", E(mail(
         "Luc Tremblay <ltremblay@outaouaistextile.ca>", "Mélanie Gagnon <melanie.gagnon@rideauvalleyhealth.ca>",
         "RE: PO 4501127734 - sample isolation gowns", "Thu, 01 Aug 2024 09:26:00 -0400",
         _p32_top + "-----Original Message-----\nFrom: Mélanie Gagnon\nSent: July 31, 2024 4:02 PM\n\n" + qt(_p32_orig))))])


# p33 -- two files: complete sample PO + supplier order-status page moving to production on payment
_p33_po = pdf([
    ("h1", "Gulf Coast Medical City"),
    ("p", "(wholly owned by the Emirate health authority) · Supply Chain Department · P.O. Box 55120, Ras Al Khaimah, UAE"),
    ("h", "PURCHASE ORDER GCMC-PO-24-3390"),
    ("table", [
        ["Line", "Description", "Qty", "Unit AED", "Amount AED"],
        ["1", "Sample bedside locker BL-7, HPL 'Sand Oak', antimicrobial handles, drawer + cupboard, per "
              "spec GCMC-FF-021", "6", "2,480.00", "14,880.00"],
    ]),
    ("sp",),
    ("p", "This PO covers six (6) sample lockers only. The balance of 594 lockers (600 in offer "
          "HW-OF-7720) is not released and must not be manufactured."),
    ("p", "The balance will be released after sample sign-off by the Nursing Directorate, by a written "
          "release from Dr Reem Al Mazrouei, Director of Supply Chain. Material authority: six samples only."),
    ("p", "Payment: 30% advance against proforma for the sample order; balance 60 days after delivery. "
          "Date: 2 June 2024."),
], title="GCMC-PO-24-3390", author="Gulf Coast Medical City")
_p33_status = html_page("Order status - HW-SO-24-1187", f"""
<h2>Hamdan Woodcraft Industries LLC — Customer Order Tracker</h2>
<p>Customer: Gulf Coast Medical City · Your PO: GCMC-PO-24-3390 · Our order: HW-SO-24-1187</p>
{html_table([["Step", "Status", "Date"],
             ["PO received", "✓", "02-Jun-2024"],
             ["Advance payment received", "✓", "11-Jun-2024"],
             ["Production started (payment received - 600 lockers scheduled)", "✓", "12-Jun-2024"],
             ["Sample lockers dispatched", "pending", "—"],
             ["Production delivery", "planned", "Sep-2024"]])}
<p class="note">As per our standard process, production starts automatically once the advance payment is
received. For changes please contact your account manager, Ahmed Saleh, +971 7 555 2290.</p>
""")
case("p33_status_page_payment_starts", ["RG012"],
     "PO releases 6 samples with a complete hold; supplier tracker starts production of 600 because the advance payment arrived",
     [("GCMC-PO-24-3390.pdf", _p33_po), ("Order_tracker_HW-SO-24-1187.html", B(_p33_status))])


# p34 -- chat: deposit gone through, so start on all 250
case("p34_chat_deposit_start_250", ["RG012"],
     "events buyer tells the printer the deposit has gone through so they can start on all 250 banners",
     [("Teams_chat_festival_banners.txt", B("""Microsoft Teams chat - exported 2024-09-20
Participants: Chloe Barton (City of Port Swan - Events), Ravi Gill (Swan Print & Display) [External]

Wed 18/09/2024
11:02  Ravi Gill: Hi Chloe, final PDFs for the Spring Festival street banners are on the shared drive. 250 double-sided, 5 designs x 50
11:05  Chloe Barton: thanks Ravi! comms are happy with them
11:06  Ravi Gill: great. just waiting on the 50% deposit as per our quote before we print
11:40  Chloe Barton: finance said it'll be today
Thu 19/09/2024
09:12  Chloe Barton: deposit's gone through this morning so you can start on all 250 now 🙂
09:14  Ravi Gill: legend, we'll get them on the printer today
09:15  Chloe Barton: can we get them by the 4th? install crew is booked for the 7th
09:15  Ravi Gill: yep, 4th is fine
09:30  Chloe Barton: 👍
"""))])


# p36 -- supplier turns a labelled forecast into "your order of 2,400"
_p36_orig = """Hello Kevin,

Ahead of budget season, here is our estimated requirement for FY25/26 so you can plan capacity:

  Custom embroidered lab coats (Rideau U crest, name embroidery): approx. 2,400

For planning only. This is a forecast, not an order, and it carries no commitment. Purchase
orders will be issued per term as usual, each naming its own quantity.

Thank you,
Priya Chandrasekaran
Buyer, Strategic Procurement
Rideau University"""
_p36_top = """Hi Priya,

Thank you for your order of 2,400 lab coats for FY25/26! We have booked the full 2,400 into our
production plan so that you get priority over our other university accounts.

We'll send an order confirmation and invoice schedule next week. Let me know if the size split
should follow last year's.

Best,
Kevin Lau
Sales Director
Bytown Garment Co.
613-555-0166

"""
case("p36_forecast_thanks_for_order", ["RG008"],
     "supplier answers a forecast labelled 'not an order' with 'thank you for your order of 2,400'",
     [("RE_FY25-26_lab_coat_requirement.eml", E(mail(
         "Kevin Lau <kevin@bytowngarment.ca>", "Priya Chandrasekaran <priya.chandrasekaran@rideauu.ca>",
         "RE: FY25/26 lab coat requirement", "Fri, 14 Jun 2024 14:12:00 -0400",
         _p36_top + "On Thu, Jun 13, 2024 at 3:30 PM Priya Chandrasekaran wrote:\n" + qt(_p36_orig),
         html=as_html(_p36_top + "On Thu, Jun 13, 2024 at 3:30 PM Priya Chandrasekaran wrote:\n\n" + _p36_orig))))])


# p37 -- framework award letter commits to the estimated annual volume
case("p37_framework_commits_estimate", ["RG008"],
     "framework award letter says the council commits to ordering the estimated annual requirement of 1,200 nameplates",
     [("Award_letter_HWY-FW-2024-02.pdf", pdf([
         ("h1", "Harrowfield City Council"),
         ("p", "Commercial Services · Civic Centre, Harrowfield HF1 2CC"),
         ("p", "19 February 2024"),
         ("p", "Mr Owen Tate, Managing Director, Fosse Signs & Graphics Ltd, Unit 6 Meridian Park, Leicester LE19 1WZ"),
         ("h", "Framework HWY-FW-2024-02: Street nameplates and finger signs — notice of award"),
         ("p", "Dear Mr Tate,"),
         ("p", "I am pleased to confirm that Fosse Signs & Graphics Ltd has been appointed to Lot 1 (street "
               "nameplates) of the above framework for an initial term of two years from 1 April 2024."),
         ("p", "The estimated annual requirement under Lot 1 is 1,200 nameplates. The Council commits to "
               "ordering the estimated annual requirement of 1,200 nameplates over each contract year."),
         ("p", "No goods are to be manufactured except against a numbered call-off issued through the "
               "Council's e-procurement system, which will state the quantity of each call-off."),
         ("p", "Please return the signed framework agreement by 8 March 2024, together with your insurance "
               "certificates (public liability £10m, employer's liability £5m)."),
         ("p", "Yours sincerely,"),
         ("p", "Janet Okoro, Category Manager — Highways & Environment"),
     ], title="HWY-FW-2024-02 award", author="Harrowfield City Council"))])


# p38 -- delivery schedule: forecast zone declared a firm commitment (hold, event and name present)
case("p38_schedule_forecast_firm", ["RG008"],
     "delivery schedule releases only the firm zone, names the unlock and planner, but declares the forecast zone a firm commitment",
     [("HLV_delivery_schedule_DS-0042.txt", B("""HEALTH LOGISTICS VICTORIA                       SCHEDULING AGREEMENT - DELIVERY SCHEDULE
Agreement : 5500004412   Schedule no : DS-0042        Created : 01.07.2024 06:15
Supplier  : 300918  MELTON STAINLESS PRODUCTS PTY LTD
Material  : HLV-LT-900  Linen trolley, custom 3-shelf, 304 stainless, HLV blue bumpers
Plant     : 1100 Laverton North DC                   Planner : D.ROCHE

ZONE     WEEK       QTY   TYPE
-------  --------  ----   ----------------------------------
FIRM     2024-28     40   RELEASED FOR PRODUCTION
FIRM     2024-30     40   RELEASED FOR PRODUCTION
FCST     2024-34     60   FORECAST
FCST     2024-38     60   FORECAST
FCST     2024-42     80   FORECAST
FCST     2024-46     80   FORECAST
-------  --------  ----   ----------------------------------
TOTAL               360

NOTES
1. Firm zone (80 trolleys) is released for production by this schedule.
2. The forecast zone (280 trolleys) constitutes HLV's firm commitment to purchase.
3. Forecast quantities are not released for production. They move into the firm zone only by a
   later delivery schedule issued by Daniel Roche, Supply Planner.
4. Material authority: firm zone only.
5. Deliveries to Laverton North DC dock 4, 06:00-13:00, ASN required 24h ahead.
"""))])


# p42 -- "PO released in SAP" (commercial) next to "production release" (production)
_p42 = """Dear Mr Hollis,

I'm pleased to confirm that purchase order LU-PO-4410928 has now been released in Proactis
(the finance approval step completed this morning), so you can download the PDF from the
Network.

For clarity on what the order covers:

- Ten (10) sample display cases, type DC-3 (low-iron glass, museum-grade seals, integrated LED),
  for the Whitworth Gallery trial. Please build the ten now.
- The remaining 30 cases of the 40 quoted are not released. Do not start them.
- Production release for the balance will follow the sample sign-off by the Collections Care
  team (RH and VOC testing), issued in writing by Dr Simone Achebe, Head of Procurement.
- Material authority: the ten sample cases only.

Please address delivery questions to the Gallery's Collections Manager, Ellen Frayne.

Kind regards,
Thomas Harrington
Buyer, Procurement Office
University of Lindsey
01522 555 880
"""
case("p42_po_released_in_portal", ["RG009"],
     "'released in Proactis' (commercial) and order status 'Released' used beside 'production release' for the balance; the scope is otherwise complete",
     [("Proactis_order_LU-PO-4410928.html", B(html_page("Proactis Supplier Network - Order LU-PO-4410928", f"""
<div style="color:#555">Proactis Supplier Network &rsaquo; Orders &rsaquo; LU-PO-4410928</div>
<h2>Order LU-PO-4410928</h2>
<table>
<tr><th>Buyer organisation</th><td>University of Lindsey</td><th>Order status</th><td>Released</td></tr>
<tr><th>Supplier</th><td>Hollis Exhibition Systems Ltd</td><th>Order date</th><td>22/05/2024</td></tr>
<tr><th>Buyer</th><td>Thomas Harrington</td><th>Deliver to</th><td>Whitworth Gallery, Goods-In, Minster Yard</td></tr>
</table>
<h3>Order lines</h3>
{html_table([["Line", "Description", "Qty", "Unit GBP", "Line total GBP"],
             ["1", "Sample display case DC-3, low-iron glass, museum-grade seals, integrated LED", "10", "3,140.00", "31,400.00"]])}
<h3>Message from buyer (sent 22/05/2024 12:10)</h3>
<div class="note">{as_html(_p42).split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]}</div>
<p style="color:#777">Please acknowledge this order within 2 working days. Invoices must be submitted through the Network.</p>
""")))])


# p43 -- "approved" for clinical sample result, production quantity and capital finance
case("p43_approval_three_ways", ["RG009"],
     "letter uses 'approved/approval' for the sample result, for the production quantity and for the finance group",
     [("SMHHS_letter_neonatal_carts.docx", docx_bytes([
         ("h1", "Southern Moreton Hospital and Health Service"),
         ("p", "Procurement & Supply · Level 2, 40 Logan Road, Beenleigh QLD 4207"),
         ("p", "24 July 2024"),
         ("p", "Ms Tanya Vella\nOperations Manager\nRedland Medical Fabrication Pty Ltd\n16 Enterprise St, Capalaba QLD 4157"),
         ("h", "Neonatal cot carts — outcome of sample evaluation (PO 4700661023)"),
         ("p", "Dear Ms Vella,"),
         ("p", "Thank you for the four (4) sample neonatal cot carts delivered on 1 July. The samples have been "
               "approved by Clinical Engineering and the Neonatal Unit, subject to the minor changes listed below."),
         ("table", [
             ["Ref", "Change for production"],
             ["1", "Increase the monitor shelf lip from 10 mm to 20 mm"],
             ["2", "Replace the bumper corners with the softer 70 Shore A compound"],
             ["3", "Add the asset label plate to the left-hand side"],
         ]),
         ("sp",),
         ("p", "Approval of the production quantity is subject to approval by the Capital Finance Group at its "
               "meeting on 14 August. The remaining 46 carts (50 quoted) are not released until then and must "
               "not be started; material authority remains at the four samples."),
         ("p", "After the Capital Finance Group meeting, the production release will be issued in writing by "
               "Andrew Kelleher, Director of Procurement & Supply."),
         ("p", "Yours sincerely,"),
         ("p", "Andrew Kelleher\nDirector, Procurement & Supply"),
     ], author="Southern Moreton HHS"))])


# p44 -- "drawing released" (technical) and "production release" in one transmittal/PO scope
case("p44_drawing_released", ["RG009"],
     "transmittal says the drawing is 'released' (technical) and uses 'release' for production in the same document",
     [("Transmittal_TR-0193_handrails.pdf", pdf([
         ("h1", "Metro Link Projects Company (GLC) — Engineering Transmittal TR-0193"),
         ("table", [
             ["To", "From", "Date", "Project"],
             ["Al Safa Stainless Fabrication LLC", "Eng. Yousef Haddad, Package Engineer", "11 June 2024",
              "Red Line stations — platform handrails (PO MLP-PO-24-0881)"],
         ]),
         ("sp",),
         ("h", "1. Drawings"),
         ("table", [
             ["Drawing", "Title", "Rev", "Status"],
             ["HR-220", "Platform handrail, type H1, general arrangement", "C", "Released"],
             ["HR-221", "Post base plate and anchor detail", "B", "Released"],
             ["HR-225", "Handrail end return, tactile marker", "A", "For information"],
         ]),
         ("p", "Drawing HR-220 Rev C is released and supersedes Rev B. Please destroy superseded copies."),
         ("h", "2. Scope under PO MLP-PO-24-0881"),
         ("p", "Five (5) first-article handrail sets are released for production under this PO, for the FAI "
               "at Al Jafiliya station. The balance of 195 sets (200 ordered) is not released and must not be "
               "fabricated; material authority is the five FAI sets."),
         ("p", "Production release for the balance follows FAI sign-off by the Engineer, and will be given by "
               "written release from Eng. Layla Mansour, Procurement Manager."),
         ("sp",),
         ("p", "Acknowledge receipt of this transmittal within 2 working days."),
     ], title="TR-0193", author="Metro Link Projects Company"))])


# p45 -- Teams chat: "approved" for finance and for artwork; "approved - crack on" unscoped
case("p45_chat_approved_crack_on", ["RG002", "RG009"],
     "chat uses 'approved' for finance and for the artwork; 'approved - crack on' names no scope; hold and releaser are in the chat",
     [("Teams_chat_hoarding_panels.txt", B("""Chat export - Microsoft Teams
Conversation: Siobhan Kelly (Tamworth Vale Council) <> Aaron Stokes (Hoardline Graphics) [External]
Exported: 27/06/2024 18:02 BST

[17/06/2024 10:02] Siobhan Kelly: Hi Aaron, PO TVC-PO-30991 is on its way to you. It covers the 12 sample hoarding panels only - the other 188 are not released until the sample sign-off by the Regeneration team, release in writing from me
[17/06/2024 10:04] Aaron Stokes: Morning! Great, 12 samples noted. We'll buy board for the 12 only
[17/06/2024 10:05] Siobhan Kelly: 👍
[20/06/2024 15:31] Siobhan Kelly: fyi PO's approved by finance now so the invoice will go through fine
[24/06/2024 09:48] Aaron Stokes: Artwork v2 with the new Market Square CGI attached - ok?
[24/06/2024 09:48] Aaron Stokes: 📎 TVC_hoarding_artwork_v2.pdf
[24/06/2024 11:15] Siobhan Kelly: approved - crack on
[24/06/2024 11:16] Aaron Stokes: 👍 cheers
[26/06/2024 08:20] Aaron Stokes: printing Thursday, fitting the following Tuesday if the site team can let us in at 7
[26/06/2024 08:41] Siobhan Kelly: I'll ask Marcus on site
"""))])


# p48 -- authority to make the first-article samples, no number anywhere
_p48 = """Good afternoon Ms. Park,

Further to our call, this email is your authority to manufacture the first-article samples of the
custom valve chamber lids (drawing WW-VC-118 Rev 4, ductile iron, City crest, "WATER" lettering)
per your quote QT-4471.

The production quantity in the quote is not released and must not be started. It will be released
after FAI sign-off by Water & Wastewater Engineering, by a written release from Robert Chen,
Manager of Purchasing. Please buy material for the first-article samples only.

Please let us know the pour date so our inspector can witness the FAI.

Regards,
Robert Chen
Manager of Purchasing
City of Maple Ridge Falls
604-555-0109
"""
case("p48_fai_authority_no_number", ["RG010"],
     "portal message authorizes 'the first-article samples' per quote but never states how many; hold, event and releaser present",
     [("Portal_message_QT-4471.html", B(html_page("Supplier Portal - Message", f"""
<div style="color:#555">City of Maple Ridge Falls &middot; Supplier Portal &rsaquo; Messages &rsaquo; Inbox</div>
<table>
<tr><th>From</th><td>Robert Chen (Purchasing)</td><th>Sent</th><td>2024-04-08 14:35 PDT</td></tr>
<tr><th>To</th><td>Cascade Castings Ltd. &mdash; Jiwoo Park</td><th>Reference</th><td>QT-4471 / Water &amp; Wastewater</td></tr>
<tr><th>Subject</th><td colspan="3">Authority to manufacture - FAI valve chamber lids (QT-4471)</td></tr>
</table>
<div class="note">{as_html(_p48).split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]}</div>
<p style="color:#777">Attachments: none. Reply through the portal to keep the record in one place.</p>
""")))])


# p49 -- PO line is a lump-sum "sample batch per quotation": no quantity stated
case("p49_lump_sum_sample_batch", ["RG010"],
     "PO line is a lump-sum 'sample batch per quotation' with no quantity; hold, event and releaser present",
     [("BSA_PO_3100772014.pdf", pdf([
         ("h1", "Bushfire Services Agency (SA)"),
         ("p", "Procurement Unit · GPO Box 2310, Adelaide SA 5001 · ABN 66 210 881 402"),
         ("h", "Purchase Order 3100772014"),
         ("table", [
             ["Vendor", "Date", "Deliver to"],
             ["Adelaide Uniform Makers Pty Ltd", "16/07/2024", "BSA Logistics Centre, 60 Richmond Rd, Keswick SA 5035"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Description", "Qty", "Value AUD (ex GST)"],
             ["1", "Sample batch per quotation AUM-Q-2208: volunteer station polo, flame-retardant knit, "
                   "BSA logo, reflective tape, assorted sizes", "—", "4,800.00 (lump sum)"],
         ]),
         ("sp",),
         ("p", "This order covers the sample batch only, for the volunteer wear trial at Mount Barker and "
               "Strathalbyn brigades."),
         ("p", "The production quantity in quotation AUM-Q-2208 is not released and must not be made. It will "
               "be released after the wear-trial sample sign-off by the Uniform Committee, by a written release "
               "from Catherine Walsh, Manager Procurement. Material authority: the sample batch only."),
         ("p", "Invoices to ap@bsa.sa.gov.au. Payment 30 days. SA Government Purchase Order Terms apply."),
     ], title="PO 3100772014", author="Bushfire Services Agency (SA)"))])


# p53 -- notice to proceed with "the sample units" (no number), release by an unnamed group
case("p53_ntp_no_qty_unnamed", ["RG005", "RG010"],
     "notice to proceed with 'the sample units' without a number; balance held until sign-off but release by an unnamed group",
     [("NTP_SIDA-24-0071_bedhead_panels.docx", docx_bytes([
         ("h1", "State Infrastructure Delivery Agency (Victoria)"),
         ("h", "Notice to Proceed SIDA-24-0071"),
         ("p", "Contract: C-2023-448, Western Hospital expansion — bedhead service panels (custom). "
               "Contractor: Altona Medical Joinery Pty Ltd. Date: 9 April 2024."),
         ("p", "1. Pursuant to clause 14.2 of the Contract, you are hereby instructed to proceed with the "
               "fabrication of the sample units described in Schedule 1, for the mock-up room on Level 3."),
         ("p", "2. The production quantity in the Contract is not released. It will be released after sample "
               "sign-off in the mock-up room, by a written release from the Project Control Group."),
         ("p", "3. Material authority: the sample units only."),
         ("h", "Schedule 1 — sample units"),
         ("table", [
             ["Type", "Description", "Drawing"],
             ["BHP-A", "Bedhead panel, single bed, 2 x medical gas outlets, 6 x GPO, nurse call", "WH-INT-5501 Rev 2"],
             ["BHP-B", "Bedhead panel, ICU bed, 4 x medical gas outlets, 10 x GPO, pendant interface", "WH-INT-5502 Rev 1"],
         ]),
         ("sp",),
         ("p", "Issued for the Principal by the Superintendent's Representative, SIDA Project Office."),
     ], author="State Infrastructure Delivery Agency"))])


# =================================================================== BUILD
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    assert len(CASES) == 70, len(CASES)
    for c in CASES:
        assert set(c["expect"]) <= set(RULES), c["name"]
        assert (c["name"].startswith("c") and not c["expect"]) or (c["name"].startswith("p") and c["expect"]), c["name"]
    counts = {r: sum(r in c["expect"] for c in CASES) for r in RULES}
    for r, n in counts.items():
        need = 7 if r in ("RG006", "RG007", "RG011") else 5
        assert n >= need, (r, n)

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(CASES)
    random.Random(3030).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_.-]", "_", Path(c["files"][0][0]).stem)
        folder = f"h30_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(B(data))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({clean} clean, {len(CASES) - clean} with risks) -> {OUT}")
    for r in RULES:
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
