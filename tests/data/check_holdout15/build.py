#!/usr/bin/env python3
"""Generator for the releasegate check_holdout15 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout15/build.py

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
    m["Message-ID"] = msgid or f"<h15-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h15")
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
    return textwrap.dedent(s).strip("\n") + "\n"


def P(s):
    """one paragraph from an indented, wrapped literal"""
    return " ".join(textwrap.dedent(s).split())


# =================================================================== CLEAN

# c01: supplier quote with tiers, nothing authorised
case("c01_quote_tiers", [], "supplier quote alone with sample and production tiers; no authorisation in the bundle", [
    ("Quote_Q-2291_Tasman_Welded_Gear.pdf", pdf([
        ("h1", "QUOTATION Q-2291"),
        ("p", "Tasman Welded Gear Pty Ltd - Unit 4, 18 Cessna Drive, Caboolture QLD 4510 - ABN 51 824 753 556"),
        ("p", "To: Kea Outdoor Ltd, 14 Wordsworth Street, Sydenham, Christchurch 8023, New Zealand. Attn: Mere Tait"),
        ("p", "Date: 26 February 2024. Valid for 60 days. Prices in NZD, ex works Caboolture, GST not included."),
        ("table", [["Tier", "Description", "Qty", "Unit price", "Lead time"],
                   ["Sample", "DB-20-RT 20 L roll-top dry bag, 420D TPU, RF-welded seams", "12", "38.50", "3 weeks"],
                   ["Production A", "as above, Kawakawa green, screen print 1 colour", "1,000", "14.90", "7 weeks"],
                   ["Production B", "as above", "5,000", "12.35", "9 weeks"],
                   ["Tooling", "RF weld die set (one-off)", "1", "1,850.00", "2 weeks"]]),
        ("sp",),
        ("p", "Notes: MOQ for the TPU fabric is 800 m per colour. Pricing assumes single drop to Christchurch. "
              "Tier quantities are price breaks only; we build to your purchase order and written release."),
        ("p", "Quoted by: Dave Kelleher, Sales. Ph 07 5495 2210. dave@tasmanwelded.com.au"),
    ], title="Quote Q-2291", author="Tasman Welded Gear")),
])

# c02: supplier asks whether to go ahead; quotes complete buyer scope
_c02_text = T("""
    G'day Bec,

    Samples shipped yesterday on StarTrack, con note ST8812034. Quick one before the crew books
    in the fab slot: are we right to go ahead on the other 174 light boxes, or do you want us to
    sit tight until you've had the samples up in Chadstone?

    Also - the LED modules are now 6500K not 6000K from our supplier, same lumen output. Shout if
    that's a problem.

    Cheers,
    Dave
    --
    Dave Pearce | Production Coordinator | Lumen Sign Co
    42 Kembla Street, Fyshwick ACT 2609 | 02 6280 4471

    On Mon, 4 Mar 2024 at 8:41 am, Bec Hollister <bec.hollister@brightlinefitouts.com.au> wrote:
    > Hi Dave,
    >
    > PO 30-5588 is for the 6 sample light boxes (LB-900, double-sided) only. The other 174 on
    > your quote are not released and are on hold until we've signed off the samples in store and
    > I send you a written release. I'm the release authority on this job (Bec Hollister,
    > Procurement Lead). Please buy LEDs and extrusion for the 6 only.
    >
    > Ta,
    > Bec
    """)
case("c02_supplier_question", [], "supplier asks whether to go ahead on the 174; quoted buyer scope is complete", [
    ("RE_PO_30-5588_samples.eml", eml_bytes(mail(
        "Dave Pearce <dave@lumensign.com.au>", "Bec Hollister <bec.hollister@brightlinefitouts.com.au>",
        "RE: PO 30-5588 samples", "Wed, 13 Mar 2024 15:22:10 +1100", _c02_text,
        in_reply_to="<h15-brightline-0301@brightlinefitouts.com.au>"))),
])

# c03: labelled forecast, HTML table
case("c03_forecast", [], "forecast clearly labelled as not an order and not a release", [
    ("Rolling_Forecast_Q2-Q4_2024.html", html_page("Rolling forecast - Redline Performance", T("""
        <h2>Redline Performance Parts - 6-month rolling forecast (supplier copy)</h2>
        <p>Supplier: Great Lakes Tube Bending, Inc. &nbsp; Issued: 04/01/2024 by Shane Kowalski, Supply Planning</p>
        <p class="note"><b>FORECAST ONLY - NOT A PURCHASE ORDER AND NOT A PRODUCTION RELEASE.</b>
        These figures are for your capacity planning. We are not liable for material or work against them.
        Production is authorized only by a numbered release from Redline purchasing.</p>
        <table>
        <tr><th>Part</th><th>Description</th><th>Q2</th><th>Q3</th><th>Q4</th></tr>
        <tr><td>CAI-5.0-BLK</td><td>Cold air intake tube, 5.0L, black powder coat</td><td>600</td><td>900</td><td>900</td></tr>
        <tr><td>IC-PIPE-35-K</td><td>Intercooler pipe kit, 3.5 EcoBoost</td><td>250</td><td>400</td><td>350</td></tr>
        <tr><td>DP-304-3IN</td><td>3in downpipe, 304 SS</td><td>120</td><td>150</td><td>150</td></tr>
        </table>
        <p>Questions: shane.k@redlineperf.com / (616) 555-0142</p>
        """))),
])

# c04: scoped technical sign-off, dental lab, Irish
_c04 = T("""
    Hi Conor,

    Thanks for turning the try-in set around so quickly. Quick summary after Thursday's session:

    - The 4 try-in aligner trays (case ref DL-0419) are approved for fit check only. This is a
      technical sign-off of the try-ins, it is not a production release.
    - Production is not released. The 240 trays for the full stage series stay on hold.
    - Before anything else is made we need a second fit trial on patient 2, then I'll send a
      written release with the quantity on it. I'm the release authority for the practice
      (Dr Sinead Byrne).
    - Please don't thermoform or trim anything beyond the 4 try-ins until then.

    Attachments and bite registration scans are on the portal as usual.

    Thanks a million,
    Sinead

    Dr Sinead Byrne BDS MFD
    Clinical Director, Liffey Smile Studio
    Unit 3, Grand Canal Quay, Dublin 2 | +353 1 555 0187
    """)
case("c04_fit_check_only", [], "sample approved for fit check only; production not released; event and named authority stated", [
    ("Try-in_DL-0419_outcome.eml", eml_bytes(mail(
        "Dr Sinead Byrne <sinead@liffeysmile.ie>", "Conor Lynch <conor@arcdentallab.ie>",
        "Try-in DL-0419 - outcome", "Fri, 08 Mar 2024 17:05:44 +0000", _c04))),
])

# c05: full-quantity PO that says proceed, QuickBooks
case("c05_PO_1102_fullqty", [], "full-quantity production PO with 'proceed'; no balance, no samples", [
    ("PO_1102_Hollis_Pine.pdf", pdf([
        ("h1", "Purchase Order 1102"),
        ("p", "Hollis & Pine Shopfitting LLC, 2210 NW Front Ave, Portland, OR 97209"),
        ("p", "Vendor: Ridgeback Metal Fab, 881 Industrial Way, Longview, WA 98632. Date: 03/11/2024. Terms: Net 30. Ship via: vendor truck."),
        ("table", [["Item", "Description", "Qty", "Rate", "Amount"],
                   ["HP-STL-07", "Barstool frame, 1in sq tube, powder coat RAL 9005, per DWG HP-STL-07 Rev 2", "38", "142.00", "5,396.00"],
                   ["HP-FR-02", "Footrest ring, 3/4in round bar", "38", "21.50", "817.00"],
                   ["FRT", "Freight to 1200 NW Couch St (Pearl District job)", "1", "250.00", "250.00"],
                   ["", "", "", "Total", "6,463.00"]]),
        ("sp",),
        ("p", "Memo: This is the full order for the Pearl District fit-out. The sample stool was signed off "
              "by our client on 03/08. Please proceed with all 38 frames and 38 footrest rings. "
              "Deliver by 04/12/2024; call Marcus on site 24h before."),
        ("p", "Buyer: Dana Whitfield, Operations Director"),
    ], pagesize=LETTER, title="PO 1102", author="QuickBooks Online")),
])

# c06: explicit, recorded auto-conversion (Egyptian buyer, medical wearable)
case("c06_autoconversion_agreement", [], "explicit recorded auto-conversion naming quantity, signer and conditions; rest on hold", [
    ("Pilot_lot_agreement_NMS-24-0150.docx", docx_bytes([
        ("h1", "Nile MedTech Solutions S.A.E."),
        ("p", "Plot 17, Smart Village, Cairo-Alexandria Desert Road, Giza, Egypt"),
        ("h", "Recorded auto-conversion statement - PO NMS-24-0150, ECG chest strap housing CSH-2 Rev C"),
        ("p", "Supplier: Delta Precision Moulding, 10th of Ramadan City. Date of record: 4 March 2024."),
        ("table", [["Item", "Quantity", "Status"],
                   ["Pilot units (sample)", "20", "released for build"],
                   ["Production lot 1", "300", "auto-conversion as stated below"],
                   ["Remaining production", "680", "on hold - not released"]]),
        ("p", P("""Both parties agree and record the following auto-conversion: if Dr. Karim Saleh (Quality
                 Manager) records the sample sign-off of the 20 pilot units as 'approved', that sign-off by
                 itself releases production lot 1 of 300 (three hundred) units. An interim or rejected
                 disposition releases nothing.""")),
        ("p", P("""The remaining 680 units are not released and stay on hold until a written release signed by
                 Eng. Amina Hassan, Supply Chain Director, after the 30-day field report.""")),
        ("p", "Material authority: staged up to 320 units (pilot plus lot 1). Nothing beyond that at our liability."),
        ("p", "Signed for Nile MedTech: Eng. Amina Hassan. Acknowledged for supplier: Mr. Tarek Mansour, Sales Director."),
    ], author="Amina Hassan")),
])

# c07: proforma that says the deposit does not release production (Kenyan supplier, brewing)
case("c07_proforma_deposit", [], "supplier proforma: deposit reserves slot, explicitly does not release production", [
    ("Proforma_PF-0388_Rift_Valley_Steel.pdf", pdf([
        ("h1", "PROFORMA INVOICE PF-0388"),
        ("p", "Rift Valley Stainless Ltd, Off Enterprise Road, Industrial Area, Nairobi. PIN P051234567X"),
        ("p", "Customer: Tusker Lane Craft Brewery, Ngong Road, Nairobi. Attn: Mr. Brian Otieno, Head Brewer"),
        ("p", "Reference: your PO TLB-112 (1 prototype 5 hL fermenter, 3 further fermenters not released)."),
        ("table", [["Description", "Qty", "Unit KES", "Amount KES"],
                   ["5 hL conical fermenter, 304 SS, glycol jacket - prototype", "1", "685,000", "685,000"],
                   ["Deposit 30% of prototype", "", "", "205,500"]]),
        ("sp",),
        ("p", P("""Kindly note: the deposit reserves our fabrication slot for the prototype only. Payment of the
                 deposit does not release production of the further 3 fermenters. We will fabricate those only on
                 receipt of your written release signed by Mr. Brian Otieno after the prototype sign-off, as stated
                 on your PO.""")),
        ("p", "Bank: Equity Bank Kenya, Industrial Area Branch. A/C 0170 2984 11200. Swift EQBLKENA."),
        ("p", "Prepared by: Grace Wambui, Accounts. Tel +254 20 555 0199"),
    ], title="Proforma PF-0388", author="Rift Valley Stainless")),
])

# c08: call-off with explicit staged material authority + supplier status within it (multi-file)
_c08_status = T("""
    Hi Jess,

    Status on Call-off 03 / PO 1180 (HX-7 arm brackets):

    * 200 brackets released on Call-off 03: 120 machined, 80 in anodise, ship Thu.
    * Material: we've staged 6061 plate for 800 brackets in total, inside the staged material
      authority of 1,000 units on your call-off. Invoice for the staged stock to follow per the
      call-off terms.
    * Remaining 300 on the PO not started - waiting on Call-off 04 from you.

    Cheers,
    Mike Duarte
    Ops Lead, Hexcraft Machining | Hayward, CA | (510) 555-0117
    """)
case("c08_CallOff_03_HX-7", [], "release of 200 with explicit staged material authority of 1,000; supplier staged 800 within it", [
    ("CallOff_03_HX-7.pdf", pdf([
        ("h1", "Call-off 03 against PO 1180"),
        ("p", "Buyer: Skyloom Robotics Inc., 77 Bluxome St, San Francisco, CA 94107. Supplier: Hexcraft Machining, Hayward, CA."),
        ("p", "Part: HX-7 motor arm bracket, 6061-T6, DWG SK-1180 Rev F. PO 1180 commercial cover: 500 brackets."),
        ("table", [["", "Quantity"],
                   ["Released on this call-off", "200"],
                   ["Not released - on hold", "300"],
                   ["Staged material authority (plate, at Skyloom's liability)", "up to 1,000 units"]]),
        ("sp",),
        ("p", P("""Production release: 200 (two hundred) brackets, ship by 04/05/2024. The remaining 300 on PO
                 1180 are not released and wait for Call-off 04, which I will issue after the April flight-test
                 review. Material authority is staged: you may buy and hold 6061 plate for up to 1,000 brackets at
                 our liability; machining beyond the released 200 is not authorized.""")),
        ("p", "Issued by: Jess Alvarez, Hardware Supply Lead (release authority)"),
    ], pagesize=LETTER, title="Call-off 03", author="Jess Alvarez")),
    ("Status_CallOff03.eml", eml_bytes(mail(
        "Mike Duarte <mike@hexcraftmachining.com>", "Jess Alvarez <jess@skyloom.io>",
        "Status - Call-off 03 / PO 1180", "Tue, 26 Mar 2024 10:02:00 -0700", _c08_status))),
])

# c09: complete sample PO, DOCX with table (packaging inserts, Kenyan buyer)
case("c09_PO_SPK-0912", [], "sample PO with table: active quantity, balance on hold, unlock event and named release authority", [
    ("PO_SPK-0912.docx", docx_bytes([
        ("h1", "Savanna Pack Kenya Ltd - Purchase Order SPK-0912"),
        ("p", "Mombasa Road, Nairobi. Date: 11 March 2024. Supplier: Coastline Pulp Moulders Ltd, Mombasa."),
        ("table", [["Line", "Item", "Scope", "Qty", "Unit KES", "Status"],
                   ["1", "Moulded pulp insert MP-332 Rev 2 (for 6 x 330 ml gift box)", "sample", "50", "95", "released"],
                   ["2", "Moulded pulp insert MP-332 Rev 2", "production", "19,950", "21", "NOT released - on hold"]]),
        ("sp",),
        ("p", P("""Kindly make the 50 (fifty) sample inserts of line 1 only. Line 2 is shown for pricing and is not
                 released. It remains on hold until our QA signs off the samples in a drop test and the
                 undersigned issues a revised PO releasing the production quantity.""")),
        ("p", "Material authority: sample-only. Do not order pulp for line 2."),
        ("p", "Release authority: Wanjiru Kamau, Procurement Manager, wanjiru.kamau@savannapack.co.ke"),
        ("p", "Delivery: DDP Savanna Pack stores, Mombasa Road. Drawing MP-332 Rev 2 attached separately."),
    ], author="Wanjiru Kamau")),
])

# c10: supplier acknowledgement restating the hold (British marine supplier), PDF attached
_c10_body = T("""
    Dear Tom,

    Please find attached our order acknowledgement OA-7731 for your PO 24-0912.

    To confirm our understanding in plain words: we are casting and finishing the 20 sample
    cleats (CL-250, 316 stainless) and nothing else. The balance of 480 on the PO is not released
    and we will not cut wax or buy alloy for it until we receive your written release after
    first-article sign-off. Understood that you (Tom Hargreaves) are the only person who can
    release it.

    First articles to you w/c 8 April with the FAI report and material certs (EN 10204 3.1).

    Kind regards,

    Alison Marsh
    Sales Office, Solent Castings Ltd
    Unit 9, Hamble Point, Southampton SO31 4JD | 023 8045 0911
    """)
case("c10_ack_OA-7731", [], "supplier acknowledgement restating scope and hold; no risk", [
    ("Acknowledgement_OA-7731.eml", eml_bytes(mail(
        "Alison Marsh <sales@solentcastings.co.uk>", "Tom Hargreaves <t.hargreaves@helmsmanmarine.co.uk>",
        "Order acknowledgement OA-7731 - your PO 24-0912", "Thu, 14 Mar 2024 11:48:00 +0000", _c10_body,
        attachments=[("OA-7731.pdf", pdf([
            ("h1", "Order Acknowledgement OA-7731"),
            ("p", "Solent Castings Ltd - Customer: Helmsman Marine Hardware Ltd - Customer PO: 24-0912"),
            ("table", [["Part", "Description", "Qty acknowledged", "Scope"],
                       ["CL-250", "Mooring cleat 250 mm, 316 SS investment cast, electropolished", "20", "sample / first article"],
                       ["CL-250", "Balance per PO", "480", "not released - on hold pending your written release"]]),
            ("p", "Material bought: alloy for 20 castings plus gating only."),
        ], title="OA-7731", author="Solent Castings"), PDF_MT)]))),
])

# c11: full-qty ERP printout with identifiers that look like quantities
case("c11_PO_4500-3310_print", [], "full-quantity production PO, fixed-width ERP print; part/drawing/ISO numbers look like quantities", [
    ("PO_4500-3310_print.txt", T("""
        REDLINE PERFORMANCE PARTS LLC                        PURCHASE ORDER
        4410 BROADMOOR AVE SE, KENTWOOD MI 49512             PO NO.....: 4500-3310
                                                             PO DATE...: 03/18/2024
        VENDOR: 100450 GREAT LAKES TUBE BENDING INC          BUYER.....: S.KOWALSKI
                2000 CHICAGO DR SW, WYOMING MI 49519         TERMS.....: NET 45
                                                             FOB.......: ORIGIN
        ---------------------------------------------------------------------------------
        LN  PART NO          REV  DESCRIPTION                       QTY UOM   UNIT     EXT
        ---------------------------------------------------------------------------------
        01  2000-450-12      C    IC PIPE 3.5 ECOBOOST, AL 6061     400  EA  18.40  7,360.00
                                  DWG 1200 REV 3, BEND PER SAE J533
                                  WELD PER AWS D17.1, TIG
        02  2000-450-13      B    SILICONE COUPLER 76MM 4-PLY       800  EA   3.10  2,480.00
        ---------------------------------------------------------------------------------
                                                         ORDER TOTAL USD      9,840.00
        NOTES:
          THIS PO IS THE COMPLETE PRODUCTION QUANTITY FOR THE 2024 SPRING PROGRAM.
          NO SAMPLES - PPAP LEVEL 2 SUBMITTED 02/26 UNDER NCR-2024-0750 CLOSURE.
          SUPPLIER QMS: ISO 9001:2015 / IATF 16949. CLAMPS M6X1.0 NOT INCLUDED.
          DELIVERY SPLIT: LN01 200 EA + LN02 400 EA WK 16, REMAINDER OF BOTH LINES WK 18.
        AUTHORIZED SIGNATURE: S. KOWALSKI, SUPPLY PLANNING
        """)),
])

# c12: Slack thread, scoped go-ahead (robotics startup)
case("c12_slack_ext-pivotworks", [], "slack: scoped go-ahead for 8 pilot units; remaining 92 explicitly not released with event and person", [
    ("slack_ext-pivotworks.txt", T("""
        #ext-pivotworks-enclosures  (Slack export, Skyloom Robotics <> Pivotworks Plastics)
        -------------------------------------------------------------------------------
        [2024-03-05 09:12] Ravi Menon (Pivotworks): morning! T1 shots from the SLA master look clean.
            want us to start the 8 pilot enclosures or wait for the revised snap fit?
        [2024-03-05 09:20] Priya Raman (Skyloom): revised snap fit is in rev D on the drive, use that
        [2024-03-05 09:21] Priya Raman (Skyloom): go ahead with the 8 pilot units only, rev D, urethane cast
        [2024-03-05 09:22] Priya Raman (Skyloom): the remaining 92 on PO 6610 are not released. they wait until
            our pilot sign-off after the drop tests, then I'll post a written release here with the qty
        [2024-03-05 09:22] Priya Raman (Skyloom): (I'm the release authority for this one, not Sam)
        [2024-03-05 09:30] Ravi Menon (Pivotworks): 👍 8 pilot only, rest on hold. resin for the 8 only
        [2024-03-05 09:31] Ravi Menon (Pivotworks): ETA fri 3/15
        [2024-03-05 11:02] Sam Okafor (Skyloom): fyi dock closes 4pm fridays
        """)),
])

# c13: WhatsApp export, Kenyan buyer, packaging
case("c13_whatsapp_coastline", [], "chat: supplier asks to start 5,000; buyer limits to 50 samples, names hold, event and person", [
    ("WhatsApp_Chat_Coastline_Pulp.txt", T("""
        WhatsApp Chat with Coastline Pulp - Hassan
        11/03/2024, 08:02 - Hassan Coastline: Good morning madam. Samples mould is ready. Should we start the full 5,000 for the gift boxes so we catch the December season?
        11/03/2024, 08:15 - Wanjiru Kamau: Good morning Hassan. No please. Only the 50 samples for now.
        11/03/2024, 08:16 - Wanjiru Kamau: The remaining 4,950 is not released. It stays on hold until our QA signs off the samples and I send you a revised PO for production.
        11/03/2024, 08:16 - Wanjiru Kamau: Only me or Mr. Njoroge can release it, in writing.
        11/03/2024, 08:20 - Hassan Coastline: Noted madam, 50 pcs only. Delivery Thursday.
        11/03/2024, 08:21 - Wanjiru Kamau: Asante 🙏
        """)),
])

# c14: formal release letter (Irish buyer, brewing)
case("c14_Release_R-0042", [], "formal production release naming quantity, completed event, signer; remaining on hold to next call-off", [
    ("Release_R-0042_Kavanagh_Brewing.pdf", pdf([
        ("h1", "Production Release R-0042"),
        ("p", "Kavanagh Brewing Co., Unit 5 Ballymount Business Park, Dublin 12"),
        ("p", "To: Midland Keg Components Ltd, Athlone. Date: 19 March 2024. PO 7720 (commercial cover 2,000 keg couplers, type S)."),
        ("table", [["Item", "Quantity"], ["Sample couplers signed off (pressure test, 12 March 2024)", "20"],
                   ["Released by this letter", "500"], ["Remaining on PO 7720 - on hold", "1,480"]]),
        ("sp",),
        ("p", P("""Following the sample sign-off on 12 March 2024 by our QA lead, Tomas O Briain, I hereby release
                 500 (five hundred) type S keg couplers for production, delivery in two drops of 250. The remaining
                 1,480 are not released and stay on hold until the next call-off, which will be signed by me.""")),
        ("p", "Material authority: sample-only plus the 500 released here."),
        ("p", "Signed: Niamh Kavanagh, Operations Manager (release authority)"),
    ], title="Release R-0042", author="Niamh Kavanagh")),
])

# c15: stop notice with full state, multipart/alternative
_c15_txt = T("""
    Dear Alison,

    STOP NOTICE - PO 24-0912 (CL-250 cleats)

    With immediate effect, please stop all work on PO 24-0912. Nothing further may start,
    whether released or not, until I lift this stop in writing.

    For the record: 20 sample cleats were released and have been delivered. Nothing else has
    been released. The balance of 480 stays on hold; after the stop is lifted it still needs
    first-article sign-off and my written release.

    Reason: our customer has paused the refit programme pending a design review of the deck
    layout. I expect to know more by 12 April.

    Regards,
    Tom Hargreaves
    Purchasing Manager, Helmsman Marine Hardware Ltd
    Lymington, Hampshire | 01590 555 204
    """)
_c15_html = ("<p>Dear Alison,</p><p><b>STOP NOTICE - PO 24-0912 (CL-250 cleats)</b></p>"
             "<p>With immediate effect, please stop all work on PO 24-0912. Nothing further may start, whether "
             "released or not, until I lift this stop in writing.</p>"
             "<p>For the record: 20 sample cleats were released and have been delivered. Nothing else has been "
             "released. The balance of 480 stays on hold; after the stop is lifted it still needs first-article "
             "sign-off and my written release.</p><p>Reason: our customer has paused the refit programme pending a "
             "design review of the deck layout. I expect to know more by 12 April.</p>"
             "<p>Regards,<br>Tom Hargreaves<br>Purchasing Manager, Helmsman Marine Hardware Ltd</p>")
case("c15_stop_notice", [], "stop notice stating delivered, released and held quantities and who lifts it", [
    ("STOP_PO_24-0912.eml", eml_bytes(mail(
        "Tom Hargreaves <t.hargreaves@helmsmanmarine.co.uk>", "Alison Marsh <sales@solentcastings.co.uk>",
        "STOP - PO 24-0912", "Tue, 02 Apr 2024 08:05:00 +0100", _c15_txt, html=_c15_html))),
])

# c16: forwarded old quote (rfc822) declared informational (Australian signage)
_c16_old = mail("Dave Pearce <dave@lumensign.com.au>", "Bec Hollister <bec.hollister@brightlinefitouts.com.au>",
                "Quote LS-2022-117 pylon sign faces", "Thu, 17 Nov 2022 14:10:00 +1100",
                T("""
                    Hi Bec,
                    Quote as discussed for the pylon sign faces, all 14 sites:
                      - Sample face (1 site): $1,240.00
                      - Roll-out 5,000 acrylic face panels @ $38.20 (includes vinyl + routing)
                    Valid 30 days.
                    Dave
                    """), msgid="<h15-ls-2022-117@lumensign.com.au>")
_c16_text = T("""
    Hi Dave,

    Forwarding your old 2022 quote below for reference only - the 5,000 panel figure in it is
    informational (the old roll-out that never happened) and is not released, please don't plan
    on it.

    What's live now is PO 30-6120: 3 sample pylon faces for the Dandenong site. The rest of the
    2024 roll-out is not released and stays on hold until the samples are signed off on site and
    I send a written release with the quantity. Release authority is me, Bec Hollister.

    Ta,
    Bec
    Bec Hollister | Procurement Lead | Brightline Retail Fitouts | Melbourne VIC
    """)
case("c16_FW_old_quote", [], "forwarded old quote (message/rfc822) declared informational; live PO scope complete", [
    ("FW_Quote_LS-2022-117.eml", eml_bytes(mail(
        "Bec Hollister <bec.hollister@brightlinefitouts.com.au>", "Dave Pearce <dave@lumensign.com.au>",
        "FW: Quote LS-2022-117 pylon sign faces", "Mon, 11 Mar 2024 09:30:00 +1100", _c16_text,
        attachments=[("rfc822", _c16_old)]))),
])

# c17: buyer corrects a quoted supplier auto-conversion assumption (NZ furniture)
_c17 = T("""
    Kia ora Hamish,

    Just to correct that before it gets into your schedule: no, signing off the sample doesn't
    release anything. The sample sign-off is Rangi's technical check on the finish and joinery.
    After that, the 23 remaining tables are still on hold until I send you a written release with
    the quantity on it. So for now it's the 1 sample table in rimu only, and timber for that one.

    Ngā mihi,
    Moana Tipene
    Purchasing & Release Authority, Whenua Hospitality Group
    Level 2, 90 Cuba Street, Wellington 6011

    -----Original Message-----
    From: Hamish Bell <hamish@kauricraftjoinery.co.nz>
    Sent: Tuesday, 5 March 2024 4:12 PM
    To: Moana Tipene <moana@whenuahospitality.co.nz>
    Subject: PO WHG-3021 sample table

    > Hi Moana, sample table's coming along nicely. Once Rangi signs it off we'll roll straight
    > into the other 23 so we hit your April opening, sound good?
    > Hamish
    """)
case("c17_RE_sample_table", [], "quoted supplier auto-conversion assumption corrected by buyer with complete scope", [
    ("RE_PO_WHG-3021_sample_table.eml", eml_bytes(mail(
        "Moana Tipene <moana@whenuahospitality.co.nz>", "Hamish Bell <hamish@kauricraftjoinery.co.nz>",
        "RE: PO WHG-3021 sample table", "Wed, 06 Mar 2024 08:40:00 +1300", _c17,
        in_reply_to="<h15-kauri-0305@kauricraftjoinery.co.nz>"))),
])

# c18: Google Docs comments export, scoped technical approval (outdoor apparel)
case("c18_gdocs_labdip_review", [], "doc comments: lab dips approved for colour only, bulk explicitly not released, event and person", [
    ("Lab_dip_review_FW24_comments.txt", T("""
        Lab dip review - FW24 Ridgeline shell jacket (supplier: Blue Ridge Cut & Sew)
        Exported from Google Docs with comments, 12 Mar 2024

        Body text:
          Colourways: Kawakawa (KW-01), Basalt (BS-02), Tussock (TS-03).
          Sample order PO FO-2240: 3 sample jackets per colourway, 9 in total.
          Bulk (1,800 jackets) is not released; it is on hold until Siobhan signs off the PP
          sample in each colourway and sends a written release with quantities.

        Comments:
          [1] Siobhan Daly (anchored to "Kawakawa (KW-01)")
              Lab dip B approved for colour only. Not a production release.
          [2] Hemi Walker (reply to [1])
              Agreed, B is closest under D65. TS-03 still too yellow under TL84.
          [3] Siobhan Daly (anchored to "Sample order PO FO-2240")
              Blue Ridge: please cut the 9 sample jackets now (3 per colour, sizes M/L/XL). Fabric for the 9 only.
          [4] Jordan Pike, Blue Ridge (reply to [3])
              Noted. 9 samples, bulk on hold. Resolved.
          -- comment [4] marked as resolved by Siobhan Daly --
        """)),
])

# c19: change order that supersedes a quantity (drones)
case("c19_PO_5530_Rev1", [], "PO revision explicitly replaces rev 0 quantity; one authorised quantity, scope complete", [
    ("PO_5530_Rev1_change_order.docx", docx_bytes([
        ("h1", "Change Order CO-1 / Purchase Order 5530 Rev 1"),
        ("p", "Aeroduct Drones Ltd, Hangar 3, Ardmore Airport, Papakura, Auckland 2582. Supplier: Fieldtech Composites, Hamilton."),
        ("p", "Date: 20 March 2024. This Rev 1 replaces PO 5530 Rev 0 in full; Rev 0 is void."),
        ("table", [["Line", "Item", "Rev 0 qty (void)", "Rev 1 qty (current)", "Scope"],
                   ["1", "Landing gear strut LG-44, carbon/epoxy, DWG AD-0440 Rev B", "10", "12", "sample"]]),
        ("sp",),
        ("p", P("""Reason: 2 extra sample struts for the CAA witness test. Authorized now: 12 sample struts.
                 Production quantity (388 struts) is not released and stays on hold until the witness-test sample
                 sign-off and a written release from Liam Horsfall, Operations Manager.""")),
        ("p", "Material authority: sample-only (12 struts)."),
    ], author="Liam Horsfall")),
])

# c20: Etsy-style maker order, full quantity, scoped go-ahead (HTML)
case("c20_order_2291_patches", [], "maker order page: full-quantity custom order, 'go ahead with all 40'; no balance", [
    ("order_2291_conversation.html", html_page("Order #2291 - Stitch & Summit", T("""
        <h2>Order #2291 &mdash; Custom embroidered patches</h2>
        <table>
        <tr><th>Item</th><th>Options</th><th>Qty</th><th>Price</th></tr>
        <tr><td>Custom embroidered patch, 3in round</td><td>Merrowed edge, iron-on, 6 thread colours</td><td>40</td><td>$212.00</td></tr>
        <tr><td>Digitizing fee</td><td>one-off</td><td>1</td><td>$25.00</td></tr>
        </table>
        <p>Paid in full 03/02/2024 &middot; Ships from Bend, OR</p>
        <h3>Conversation</h3>
        <p><b>Stitch &amp; Summit (Kayla):</b> Hi Jordan! Digital proof attached - the mountain outline is a touch
        thicker so it holds up at 3in. Want any changes?</p>
        <p><b>Jordan Reyes (buyer):</b> Love it. Go ahead with all 40 as proofed, no changes. These are for
        our trail crew, so no rush past the 22nd.</p>
        <p><b>Stitch &amp; Summit (Kayla):</b> Yay! All 40 going on the machine Monday.</p>
        """))),
])

# c21: interim disposition with limits + release (automotive aftermarket, PDF)
case("c21_Release_IR-015", [], "interim sign-off with limits; release of 200 within them; remaining 1,800 held with event and person", [
    ("Release_IR-015_interim.pdf", pdf([
        ("h1", "Release IR-015 (interim) - PO 4500-2240"),
        ("p", "Redline Performance Parts LLC, Kentwood MI. Supplier: Great Lakes Tube Bending Inc. Date 03/22/2024."),
        ("p", "Part: DP-304-3IN 3in downpipe, 304 SS, DWG 1190 Rev 4. PO 4500-2240 commercial cover: 2,000 pcs."),
        ("table", [["Record", "Detail"],
                   ["Sample sign-off", "INTERIM (flange flatness 0.15 mm vs 0.10 spec) - limit 200 pcs, expires 06/30/2024"],
                   ["Released by this document", "200 pcs"],
                   ["Not released - on hold", "1,800 pcs"],
                   ["Unlock event for the 1,800", "full sample sign-off after fixture rework (PPAP level 3), then written release"],
                   ["Release authority", "Dale Hutchins, Purchasing Manager"]]),
        ("sp",),
        ("p", "Material authority: 304 tube for the 200 released pieces only."),
        ("p", "Signed: Dale Hutchins, Purchasing Manager, Redline Performance Parts"),
    ], pagesize=LETTER, title="Release IR-015", author="Dale Hutchins")),
])

# c22: supplier status with bullets + HTML attachment (Ghanaian supplier, signage)
_c22 = T("""
    Dear Mr. Mensah,

    Good afternoon. Please find our weekly status on your PO ACC-1187 (illuminated fascia signs):

    - 15 sample sign modules completed and tested, ready for your inspection on Friday.
    - Material bought for the 15 samples only (acrylic, LED strips, aluminium returns).
    - Balance of 485 modules not started. We are waiting for your written release after the
      sample sign-off, as stated in your PO.
    - Our status page is attached for your records.

    Thank you and God bless.

    Yaw Darko
    Production Supervisor, Adinkra Signs & Displays Ltd
    Spintex Road, Accra | +233 30 255 0144
    """)
case("c22_status_ACC-1187", [], "supplier status: samples done, material for samples only, balance not started; nothing risky", [
    ("Weekly_status_ACC-1187.eml", eml_bytes(mail(
        "Yaw Darko <yaw.darko@adinkrasigns.com.gh>", "Kwame Mensah <k.mensah@goldcoastmalls.com.gh>",
        "Weekly status - PO ACC-1187", "Wed, 13 Mar 2024 14:30:00 +0000", _c22,
        attachments=[("status_ACC-1187.html", html_page("Status ACC-1187", T("""
            <h3>Adinkra Signs - job status ACC-1187</h3>
            <table><tr><th>Item</th><th>Qty</th><th>Status</th></tr>
            <tr><td>Sample modules</td><td>15</td><td>complete, awaiting inspection</td></tr>
            <tr><td>Balance modules</td><td>485</td><td>not started - awaiting written release</td></tr>
            <tr><td>Material on hand</td><td>for 15</td><td>samples only</td></tr></table>
            """)), "text/html")]))),
])

# c23: complete sample PO in multipart/alternative email (Australian brewing)
_c23_txt = T("""
    Hi Mick,

    PO SB-0466 below for the sight glasses. Scope, so nobody's guessing:

      * Make 4 (four) sample tri-clamp sight glasses, 2in, DN50, borosilicate, 1.5in TC ends.
      * The other 36 from your quote are NOT released. On hold until our brewers sign off the
        samples on the bright tank after a CIP cycle, then I'll send a written release.
      * Release authority: Jono Fraser, Operations (me). Nobody else here can release it.
      * Buy glass and ferrules for the 4 only.

    Ref: AS 1210 vessel, gaskets EPDM (FDA 21 CFR 177.2600). Deliver to 12 Fenwick St, Geelong.

    Cheers,
    Jono
    Jono Fraser | Operations | Salt Bay Brewing Co. | Geelong VIC
    """)
_c23_html = ("<p>Hi Mick,</p><p>PO SB-0466 below for the sight glasses. Scope, so nobody's guessing:</p><ul>"
             "<li>Make 4 (four) sample tri-clamp sight glasses, 2in, DN50, borosilicate, 1.5in TC ends.</li>"
             "<li>The other 36 from your quote are NOT released. On hold until our brewers sign off the samples on "
             "the bright tank after a CIP cycle, then I'll send a written release.</li>"
             "<li>Release authority: Jono Fraser, Operations (me). Nobody else here can release it.</li>"
             "<li>Buy glass and ferrules for the 4 only.</li></ul>"
             "<p>Ref: AS 1210 vessel, gaskets EPDM (FDA 21 CFR 177.2600). Deliver to 12 Fenwick St, Geelong.</p>"
             "<p>Cheers,<br>Jono<br>Jono Fraser | Operations | Salt Bay Brewing Co.</p>")
case("c23_PO_SB-0466", [], "multipart/alternative sample PO email with all four scope items", [
    ("PO_SB-0466_sight_glasses.eml", eml_bytes(mail(
        "Jono Fraser <jono@saltbaybrewing.com.au>", "Mick Sorensen <mick@tristatefittings.com.au>",
        "PO SB-0466 - sight glass samples", "Mon, 04 Mar 2024 07:55:00 +1100", _c23_txt, html=_c23_html))),
])


# =================================================================== POSITIVE
# p01: Xero sample PO + supplier quote with 1,200 (separate files); PO silent on the rest
case("p01_PO-0417_Kea", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 12 beside a quote for 1,200 in the same folder; PO never says the rest is not released, no event, no person", [
    ("PO-0417_Kea_Outdoor.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", "Kea Outdoor Ltd - 14 Wordsworth Street, Sydenham, Christchurch 8023 - GST 112-445-908"),
        ("table", [["Order number", "PO-0417"], ["Date", "4 Mar 2024"], ["Delivery date", "25 Mar 2024"],
                   ["Reference", "Q-2291 / dry bag samples"], ["Supplier", "Tasman Welded Gear Pty Ltd"]]),
        ("sp",),
        ("table", [["Item", "Description", "Quantity", "Unit Price", "GST", "Amount NZD"],
                   ["DB-20-RT", "20 L roll-top dry bag, 420D TPU, RF-welded, Kawakawa green - sample build", "12.00", "38.50", "15%", "462.00"],
                   ["FRT", "Freight Caboolture to Christchurch", "1.00", "95.00", "15%", "95.00"],
                   ["", "", "", "Subtotal", "", "557.00"], ["", "", "", "Total GST 15%", "", "83.55"],
                   ["", "", "", "TOTAL NZD", "", "640.55"]]),
        ("sp",),
        ("p", "Delivery address: Attention Mere Tait, 14 Wordsworth Street, Sydenham, Christchurch 8023. "
              "Samples are for field testing on the Heaphy Track in April - please pack with a colour card for the green."),
        ("p", "Xero Purchase Order - please quote PO-0417 on your invoice."),
    ], title="PO-0417", author="Xero")),
    ("Quote_Q-2291_rev1.pdf", pdf([
        ("h1", "QUOTATION Q-2291 rev 1"),
        ("p", "Tasman Welded Gear Pty Ltd - to Kea Outdoor Ltd, attn Mere Tait - 28 February 2024"),
        ("table", [["Line", "Description", "Qty", "Unit NZD", "Lead time"],
                   ["1", "DB-20-RT sample build", "12", "38.50", "3 weeks"],
                   ["2", "DB-20-RT production run, Kawakawa green, 1-colour print", "1,200", "14.20", "7 weeks from go"],
                   ["3", "RF weld die set", "1", "1,850.00", "2 weeks"]]),
        ("p", "TPU fabric MOQ 800 m per colour. Validity 60 days."),
    ], title="Q-2291 rev 1", author="Tasman Welded Gear")),
])

# p02: email with sample PO (PDF) + quote (DOCX) attached, quote shows 180 production
_p02 = T("""
    Hi Dave,

    PO 30-5588 attached for the 6 sample light boxes for the Chadstone trial. Your quote's
    attached as well so accounts can match the pricing when your invoice comes through.

    Can you get them to us by the 22nd? The shopfitters are in on the 25th.

    Ta,
    Bec

    Bec Hollister | Procurement Lead | Brightline Retail Fitouts
    Level 4, 600 Church Street, Cremorne VIC 3121 | 03 9555 0143
    """)
case("p02_PO_30-5588_email", ["RG001", "RG003", "RG004", "RG005"],
     "email + sample PO for 6 with the quote attached showing 180 production; nothing about the rest", [
    ("PO_30-5588_sample_lightboxes.eml", eml_bytes(mail(
        "Bec Hollister <bec.hollister@brightlinefitouts.com.au>", "Dave Pearce <dave@lumensign.com.au>",
        "PO 30-5588 - sample light boxes", "Mon, 04 Mar 2024 08:41:00 +1100", _p02,
        msgid="<h15-brightline-0301@brightlinefitouts.com.au>",
        attachments=[
            ("PO_30-5588.pdf", pdf([
                ("h1", "Purchase Order 30-5588"),
                ("p", "Brightline Retail Fitouts Pty Ltd, ABN 31 605 118 224. Supplier: Lumen Sign Co, Fyshwick ACT."),
                ("table", [["Line", "Description", "Qty", "Unit ex GST", "Total"],
                           ["1", "LB-900 double-sided LED light box 900x1200, sample", "6", "$640.00", "$3,840.00"]]),
                ("p", "Deliver to: Chadstone store fit-out, 1341 Dandenong Rd, Chadstone VIC 3148 by 22/03/2024."),
            ], title="PO 30-5588", author="Brightline"), PDF_MT),
            ("Lumen_quote_LS-24-031.docx", docx_bytes([
                ("h1", "Lumen Sign Co - Quote LS-24-031"),
                ("p", "For: Brightline Retail Fitouts - Chadstone + state roll-out"),
                ("table", [["Item", "Qty", "Unit ex GST"],
                           ["LB-900 light box - samples", "6", "$640.00"],
                           ["LB-900 light box - production", "180", "$455.00"],
                           ["Install per site", "30", "$380.00"]]),
                ("p", "Lead time production: 5 weeks. Quote valid 45 days. Dave Pearce."),
            ], author="Dave Pearce"), DOCX_MT),
        ]))),
])

# p03: NetSuite HTML PO with a 'Program Qty' column
case("p03_NetSuite_PO-118842", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 25 with an unexplained program quantity of 10,000 beside it; silent on hold, event and authority", [
    ("NetSuite_PO-118842.html", html_page("Purchase Order PO-118842", T("""
        <h2>Purchase Order #PO-118842</h2>
        <p>Harbor &amp; Hive Home Goods, 1800 Wazee St, Denver CO 80202<br>
        Vendor: Carolina Foam &amp; Fiber, 31 Quality Dr, Hickory NC 28601<br>
        Date: 3/12/2024 &nbsp; Terms: Net 30 &nbsp; Ship to: DC-2 Aurora</p>
        <table>
        <tr><th>Item</th><th>Description</th><th>Quantity</th><th>Program Qty</th><th>Rate</th><th>Amount</th></tr>
        <tr><td>INS-4410</td><td>Die-cut EPE insert Rev B, charcoal, for SKU HB-22 diffuser gift box</td><td>25</td><td>10,000</td><td>$1.80</td><td>$45.00</td></tr>
        <tr><td>TOOL-DC</td><td>Steel rule die INS-4410</td><td>1</td><td></td><td>$310.00</td><td>$310.00</td></tr>
        </table>
        <p><b>Memo:</b> Sample lot - drop test per ISTA 3A at our lab. Please ship UPS Ground by 3/22.</p>
        <p>Total: $355.00 &nbsp; | &nbsp; Prepared by: Lauren Beck</p>
        """))),
])

# p04: ERP call-off against a blanket; nothing about the remainder
case("p04_CallOff_002_4500-2218", ["RG001", "RG003", "RG004", "RG005"],
     "call-off of 300 printed beside blanket qty 1,200; nothing says the remaining 900 is not released, no event, no person", [
    ("CallOff_002_4500-2218.txt", T("""
        REDLINE PERFORMANCE PARTS LLC                       SCHEDULING AGREEMENT CALL-OFF
        ----------------------------------------------------------------------------------
        BLANKET PO......: 4500-2218            CALL-OFF NO....: 002
        VENDOR..........: 100450 GREAT LAKES TUBE BENDING INC
        PRINT DATE......: 03/20/2024 07:14     PLANNER........: MRP-AUTO
        ----------------------------------------------------------------------------------
        PART            REV  DESCRIPTION                 BLANKET QTY   THIS CALL-OFF   DUE
        CAI-5.0-BLK     D    COLD AIR INTAKE TUBE 5.0L         1,200             300   04/15/24
                             POWDER COAT BLK, DWG 1175 REV D
        ----------------------------------------------------------------------------------
        SHIP TO.........: DOCK 4, 4410 BROADMOOR AVE SE, KENTWOOD MI 49512
        PACKING.........: 10 PER CARTON, LABEL PER RPP-QA-07
        ----------------------------------------------------------------------------------
        THIS IS A COMPUTER GENERATED DOCUMENT. NO SIGNATURE REQUIRED.
        """)),
])

# p05: complete release email, but the attached quote shows 2,000 with nothing saying informational
_p05 = T("""
    Hi Declan,

    Release R-07 against PO 7720 (type S keg couplers):

    - Released now: 150 couplers. Please deliver them in one drop, week 15.
    - The other 350 on the PO are on hold - not released - until our QA signs off the
      pressure-test samples from this batch and I send you a written release.
    - Release authority: me, Niamh Kavanagh.
    - Material: buy for the 150 released only.

    Your quote is attached again so your accounts team have the right unit price on the invoice.

    Thanks,
    Niamh

    Niamh Kavanagh
    Operations Manager, Kavanagh Brewing Co.
    Unit 5 Ballymount Business Park, Dublin 12 | +353 1 555 0122
    """)
case("p05_Release_R-07_PO_7720", ["RG001"],
     "complete release of 150 (350 held), but attached quote shows a 2,000 production quantity with nothing saying informational", [
    ("Release_R-07_PO_7720.eml", eml_bytes(mail(
        "Niamh Kavanagh <niamh@kavanaghbrewing.ie>", "Declan Moran <declan@midlandkeg.ie>",
        "Release R-07 - PO 7720", "Fri, 15 Mar 2024 12:15:00 +0000", _p05,
        html="<p>Hi Declan,</p><p>Release R-07 against PO 7720 (type S keg couplers):</p><ul>"
             "<li>Released now: 150 couplers. Please deliver them in one drop, week 15.</li>"
             "<li>The other 350 on the PO are on hold - not released - until our QA signs off the pressure-test "
             "samples from this batch and I send you a written release.</li>"
             "<li>Release authority: me, Niamh Kavanagh.</li><li>Material: buy for the 150 released only.</li></ul>"
             "<p>Your quote is attached again so your accounts team have the right unit price on the invoice.</p>"
             "<p>Thanks,<br>Niamh</p>",
        attachments=[("Midland_Keg_quote_MK-1190.pdf", pdf([
            ("h1", "Quotation MK-1190"),
            ("p", "Midland Keg Components Ltd, Athlone, Co. Westmeath. For Kavanagh Brewing Co."),
            ("table", [["Item", "Qty", "Unit EUR"],
                       ["Type S keg coupler, stainless body, EPDM seals - samples", "20", "24.00"],
                       ["Type S keg coupler - production quantity", "2,000", "11.40"]]),
            ("p", "Lead time 6 weeks. Delivered Dublin. Declan Moran, Sales."),
        ], title="MK-1190", author="Midland Keg"), PDF_MT)]))),
])

# p06: complete DOCX PO + drawing PDF with an unexplained lot quantity of 2,500 (British marine)
case("p06_PO_24-0912_Helmsman", ["RG001"],
     "complete sample PO (20 now, 480 held), but the drawing in the bundle states a production qty of 2,500 with no note", [
    ("PO_24-0912_Helmsman.docx", docx_bytes([
        ("h1", "Helmsman Marine Hardware Ltd - Purchase Order 24-0912"),
        ("p", "Bath Road, Lymington SO41 3RW. Supplier: Solent Castings Ltd, Hamble Point, Southampton."),
        ("table", [["Line", "Part", "Description", "Qty", "Unit GBP"],
                   ["1", "CL-250", "Mooring cleat 250 mm, 316 SS investment cast - first article samples", "20", "48.00"],
                   ["2", "CL-250", "Balance per quote SC-1187 - NOT RELEASED, on hold", "480", "19.75"]]),
        ("sp",),
        ("p", P("""Quantity authorised now: 20 sample cleats. The balance of 480 is not released and stays on hold
                 until first-article sign-off by our QA team and a written release from Tom Hargreaves,
                 Purchasing Manager. Material authority: sample-only.""")),
        ("p", "Drawing CL-250 Rev D attached. FAI report per our form HM-QF-12 with material certs EN 10204 3.1."),
    ], author="Tom Hargreaves")),
    ("DRG_CL-250_RevD_notes.pdf", pdf([
        ("h1", "DRG CL-250 Rev D - General notes"),
        ("pre", T("""
            1. MATERIAL: 316 STAINLESS (CF-8M), INVESTMENT CAST.
            2. FINISH: ELECTROPOLISH, RA 0.8 MAX ON VISIBLE FACES.
            3. UNTOLERANCED DIMENSIONS PER ISO 8062-3 DCTG 6.
            4. BREAK LOAD 25 kN MIN, PROOF TEST 12.5 kN ON 1 IN 50.
            5. MARK 'HM' AND HEAT NO. ON UNDERSIDE, 3 mm CHARACTERS.
            6. PRODUCTION QTY 2500 PCS, LOT TRACEABLE PER HEAT.
            7. PACK IN PAIRS WITH M8 x 1.25 FIXINGS (NOT SUPPLIED).
            """)),
        ("p", "Drawn: R. Fenn 11/01/2024. Checked: T. Hargreaves. Scale 1:1. Third angle projection."),
    ], title="CL-250 Rev D", author="Helmsman Marine")),
])

# p08: QuickBooks sample PO with no scope language (US shopfitting)
case("p08_PO_1093_sample_stool", ["RG003", "RG004", "RG005"],
     "sample PO for 2 stools ahead of a full fit-out; never says the rest is not released, no event, no person", [
    ("PO_1093_Hollis_Pine.pdf", pdf([
        ("h1", "Purchase Order 1093"),
        ("p", "Hollis & Pine Shopfitting LLC, 2210 NW Front Ave, Portland, OR 97209"),
        ("p", "Vendor: Ridgeback Metal Fab, Longview, WA. Date: 02/19/2024. Terms: Net 30."),
        ("table", [["Item", "Description", "Qty", "Rate", "Amount"],
                   ["HP-STL-07-S", "Sample barstool frame, powder coat RAL 9005, per DWG HP-STL-07 Rev 2", "2", "210.00", "420.00"],
                   ["", "", "", "Total", "420.00"]]),
        ("sp",),
        ("p", "Memo: Samples for the client walkthrough ahead of the Pearl District fit-out. "
              "Please include a chip of the powder coat and the weld spec sheet. Deliver by 03/04."),
        ("p", "Buyer: Dana Whitfield, Operations Director"),
    ], pagesize=LETTER, title="PO 1093", author="QuickBooks Online")),
])

# p12: phone email, rest on hold 'for now', nobody named (Australian brewing)
_p12 = T("""
    hey Mick

    pls finish off the 4 sample sight glasses & send them up to Geelong, PO SB-0466 covers them.
    rest of the order on hold for now, someone from our end will be in touch.

    cheers
    Jono

    Sent from my iPhone
    """)
case("p12_RE_sight_glasses", ["RG004", "RG005"],
     "4 samples authorised, rest on hold 'for now' with no unlock event and 'someone from our end' instead of a named person", [
    ("RE_sight_glasses.eml", eml_bytes(mail(
        "Jono Fraser <jono@saltbaybrewing.com.au>", "Mick Sorensen <mick@tristatefittings.com.au>",
        "Re: sight glasses", "Sat, 02 Mar 2024 18:22:00 +1100", _p12))),
])

# p15: NZ robotics, sample batch with no count
_p15 = T("""
    Kia ora Sam,

    Thanks for the updated harness drawing. Please go ahead and build the prototype sample batch
    of the sensor harness, HAR-118 rev C, using the Molex Micro-Fit connectors we talked about
    (not the JST). Label each one with a serial so we can track them on the test rig.

    The 800 production harnesses are not released - they stay on hold until I've signed off the
    samples on the bench and sent you a written release with the quantity.

    Any questions, flick me a note or give me a bell.

    Ngā mihi,
    Aroha

    Aroha Ngata
    Engineering Lead, Kōtuku Robotics Ltd
    8 Gloucester Street, Christchurch Central 8013 | 021 555 0198
    """)
case("p15_HAR-118_samples", ["RG010"],
     "sample-scoped go-ahead with hold, event and person, but the sample batch quantity is never stated", [
    ("HAR-118_rev_C_samples.eml", eml_bytes(mail(
        "Aroha Ngata <aroha@kotukurobotics.co.nz>", "Sam Whitcombe <sam@southernlooms.co.nz>",
        "HAR-118 rev C - samples", "Thu, 07 Mar 2024 10:14:00 +1300", _p15))),
])

# p16: release letter that releases 'the first tranche' without a number (British shopfitting)
case("p16_Release_Order_5521", ["RG010"],
     "release letter releases 'the first tranche' with no quantity; hold, event and signer are present", [
    ("Production_Release_Order_5521.pdf", pdf([
        ("h1", "Production Release - Order 5521"),
        ("p", "Cole & Finch Retail Interiors Ltd, 14 Spitalfields Yard, London E1 6AW"),
        ("p", "To: Pennine Joinery Ltd, Hebden Bridge. Date: 20 March 2024."),
        ("p", "Item: DP-40 display plinth, oak veneer on FSC birch ply, edge-banded, per drawing CF-DP-40 issue C."),
        ("p", P("""Following the sample sign-off of the two plinths on 12 March 2024 by our design team, production
                 of the first tranche is hereby released for the Covent Garden store. Please confirm the delivery date
                 with our site manager, Raj, on 07700 900 412.""")),
        ("p", P("""The remaining tranches are not released and stay on hold until the next call-off, which will be
                 signed by me.""")),
        ("p", "Material authority: veneered board for the released tranche only."),
        ("sp",),
        ("p", "Harriet Cole, Head of Procurement (release authority)"),
    ], title="Release Order 5521", author="Harriet Cole")),
])

# p17: Kenyan buyer, pre-production samples with no count (multipart/alternative)
_p17 = T("""
    Dear Mr. Otieno,

    Greetings from Nairobi and thank you for the quotation received on Monday.

    Kindly produce the pre-production samples of the moulded pulp insert, drawing MP-340 Rev 1,
    in the natural (unbleached) colour, and send them to our Mombasa Road office for evaluation
    by our QA team.

    Kindly note the mass production quantity of 20,000 pcs is not released at this stage. It
    remains on hold until our QA team signs off the samples and the undersigned sends you a
    written release.

    We appreciate your usual cooperation.

    Yours faithfully,
    Wanjiru Kamau
    Procurement Manager, Savanna Pack Kenya Ltd
    P.O. Box 40112-00100, Nairobi | +254 722 555 041
    """)
case("p17_MP-340_preproduction", ["RG010"],
     "asks for pre-production samples with no quantity; hold, unlock event and named person are present", [
    ("MP-340_pre-production_samples.eml", eml_bytes(mail(
        "Wanjiru Kamau <wanjiru.kamau@savannapack.co.ke>", "Peter Otieno <p.otieno@coastlinepulp.co.ke>",
        "MP-340 Rev 1 - pre-production samples", "Wed, 20 Mar 2024 09:05:00 +0300", _p17,
        html="<p>Dear Mr. Otieno,</p><p>Greetings from Nairobi and thank you for the quotation received on Monday.</p>"
             "<p>Kindly produce the pre-production samples of the moulded pulp insert, drawing MP-340 Rev 1, in the "
             "natural (unbleached) colour, and send them to our Mombasa Road office for evaluation by our QA team.</p>"
             "<p>Kindly note the mass production quantity of 20,000 pcs is not released at this stage. It remains on "
             "hold until our QA team signs off the samples and the undersigned sends you a written release.</p>"
             "<p>Yours faithfully,<br>Wanjiru Kamau<br>Procurement Manager, Savanna Pack Kenya Ltd</p>"))),
])

# p18: Slack, 'go ahead with a first batch, whatever you can do' after a complete hold
case("p18_slack_ext-hexcraft", ["RG002", "RG010"],
     "slack: after a complete hold post, buyer says 'go ahead with a first batch, whatever you can turn around' - unscoped and no quantity", [
    ("slack_ext-hexcraft.txt", T("""
        Slack export - #ext-hexcraft (Skyloom Robotics / Hexcraft Machining)
        ----------------------------------------------------------------------
        2024-02-27 16:40  Jess Alvarez [Skyloom]
            📌 pinned: PO 2207 is commercial cover for the HX-9 arm bracket program (500 pcs). Nothing is
            released for production yet. The 500 stay on hold until flight-test sign-off and a written
            release from me (Jess Alvarez). Material: sample-only.
        2024-03-08 09:03  Mike Duarte [Hexcraft]
            fixtures are done, we've got a mill free next week if you want to use it
        2024-03-08 09:41  Jess Alvarez [Skyloom]
            oh nice. flight test went fine yesterday btw
        2024-03-08 09:42  Jess Alvarez [Skyloom]
            go ahead with a first batch, whatever you can turn around by friday
        2024-03-08 09:44  Mike Duarte [Hexcraft]
            🫡 on it
        2024-03-08 10:15  Kenji Watanabe [Skyloom]
            @Mike can you send the CMM report for the last pilot lot when you get a sec
        """)),
])

# p19: phone email, deposit as trigger, no quantity (US signage)
_p19 = T("""
    Hey Carlos -

    Deposit just went out ($1,850, ACH ref 44120). Start the first batch of the channel letters
    for the Mesa store since the deposit's in.

    Rest of the order stays on hold until Dana signs off the first install and sends you a
    written release.

    -Tyler

    Tyler Brandt | Project Manager | Saguaro Signworks Retail Group
    Sent from my phone, pls excuse typos
    """)
case("p19_Re_channel_letters_Mesa", ["RG010", "RG012"],
     "deposit given as the reason to start; 'first batch' has no quantity; hold, event and named person present", [
    ("Re_channel_letters_Mesa.eml", eml_bytes(mail(
        "Tyler Brandt <tyler@saguarosignworks.com>", "Carlos Ibarra <carlos@desertneonfab.com>",
        "Re: channel letters - Mesa", "Tue, 12 Mar 2024 19:48:00 -0700", _p19,
        cc="Dana Whitfield <dana@saguarosignworks.com>"))),
])

# p20: Irish quoted thread, 'Grand, looks deadly. Go ahead.'
_p20 = T("""
    Grand, looks deadly. Go ahead.

    C

    Ciara Brennan | Buying Manager | Wildatlantic Outdoor Ltd | Galway
    Sent from Outlook for iOS

    From: Rob Hale <rob@leicesterknitworks.co.uk>
    Sent: Thursday, March 14, 2024 3:02 PM
    To: Ciara Brennan <ciara@wildatlanticoutdoor.ie>
    Subject: RE: PO 3318 beanies

    > Hi Ciara,
    > Artwork proof v3 for the woven label is attached and the 24 samples are boxed, going out
    > Monday with DPD. Let me know.
    > Rob
    >
    > From: Ciara Brennan
    > Sent: Monday, March 4, 2024 10:11 AM
    > Subject: PO 3318 beanies
    >
    > > Hi Rob, PO 3318 attached: 24 sample beanies (a dozen per colourway, Heather and Slate). The
    > > 1,176 bulk is NOT released - on hold until I sign off the samples and send you a written
    > > release. Ciara Brennan, Buying Manager.
    """)
case("p20_RE_PO_3318_beanies", ["RG002"],
     "buyer's 'Go ahead.' after a message about label artwork and boxed samples; quoted PO scope complete", [
    ("RE_PO_3318_beanies.eml", eml_bytes(mail(
        "Ciara Brennan <ciara@wildatlanticoutdoor.ie>", "Rob Hale <rob@leicesterknitworks.co.uk>",
        "RE: PO 3318 beanies", "Thu, 14 Mar 2024 15:30:00 +0000", _p20,
        in_reply_to="<h15-lkw-0314@leicesterknitworks.co.uk>"))),
])

# p21: Slack, 'green light from us' (US robotics)
case("p21_slack_ext-pivotworks", ["RG002"],
     "slack: complete scope post, later 'all looks good, green light from us' with no quantity or scope", [
    ("slack_ext-pivotworks_march.txt", T("""
        #ext-pivotworks  (exported 2024-03-22)
        --------------------------------------------------------------
        [03-01 10:02] Noa Feldman (Skyloom): scope for PO 6642 so it's in writing: 8 EVT enclosures now.
                      the 192 production enclosures are NOT released; they wait for EVT sign-off and a
                      written release from me (Noa Feldman, hardware PM).
        [03-01 10:05] Ravi Menon (Pivotworks): got it 👍
        [03-14 16:30] Ravi Menon (Pivotworks): EVT units shipped, FedEx 7712 0934 5521
        [03-19 11:12] Ravi Menon (Pivotworks): revised colour chips (RAL 7016 vs 7021) + the matte texture
                      plaque MT-11010 are in the box too, lmk
        [03-21 17:45] Noa Feldman (Skyloom): all looks good, green light from us 🟢
        [03-21 17:46] Ravi Menon (Pivotworks): 🙌
        """)),
])

# p22: Google Docs comments, 'Approved ✅' (outdoor gear, NZ/AU)
case("p22_gdocs_TP-3_sample_review", ["RG002"],
     "doc comments: complete scope in body, but a comment just says 'Approved - go for it' with no scope or quantity", [
    ("TP-3_sample_review_comments.txt", T("""
        Sample review - TP-3 trekking pole (supplier: Alpine Tube Co, Ōtaki)
        Exported from Google Docs with comments - 18 March 2024

        1. Scope
           PO 4471: 15 sample poles (3 sizes x 5). The 1,485 balance is on hold - not released - until
           sample sign-off by Grace Liu and a revised PO from purchasing (Grace Liu, Product Manager,
           is the release authority).
        2. Findings
           - Flick-lock clamp force 180 N, spec 160-200 N. OK.
           - Carbide tip press fit: 2 of 15 loose after 50 cycles. Supplier to confirm adhesive.
           - Grip EVA density looks right; colour slightly greener than the Pantone 5477 C ref.
        3. Next steps
           - Supplier to re-test tips with Loctite 638.

        Comments
        --------
        #1  Tama Rowe, 18 Mar 2024 14:02  (on "Carbide tip press fit")
            Alpine say the adhesive change adds 2 days, no cost.
        #2  Grace Liu, 18 Mar 2024 16:40  (on "3. Next steps")
            Approved ✅ go for it
        #3  Hannah Kerr (Alpine Tube Co), 18 Mar 2024 17:05  (reply to #2)
            Thanks Grace, we'll get moving.
        """)),
])

# p23: British, invoice paid -> 'good to run', quoted complete PO
_p23 = T("""
    Hi Priya,

    Invoice INV-2207 paid this morning (£4,380.00, BACS). Good to run from our end.

    Best,
    Oliver

    Oliver Grant
    Purchasing, Marlowe & Ash Interiors
    3 Canal Wharf, Leeds LS11 5PS | 0113 496 0321

    -----Original Message-----
    From: Oliver Grant
    Sent: 26 February 2024 10:20
    To: Priya Shah <priya@northcountryupholstery.co.uk>
    Subject: PO 5107 - sample benches

    Priya - PO 5107 covers 3 sample banquette benches (velvet, Moss 09). The remaining 27 are on
    hold and not released until our design lead signs off the samples and I send a written
    release. I'm the only one who can release them (Oliver Grant, Purchasing).
    """)
case("p23_Invoice_INV-2207_paid", ["RG002", "RG012"],
     "'invoice paid ... good to run' - payment as the trigger and an unscoped 'good to run'; quoted PO scope complete", [
    ("INV-2207.eml", eml_bytes(mail(
        "Oliver Grant <oliver.grant@marloweash.co.uk>", "Priya Shah <priya@northcountryupholstery.co.uk>",
        "Invoice INV-2207 paid", "Mon, 18 Mar 2024 09:12:00 +0000", _p23))),
])

# p24: 'approved' for PO and for artwork, then 'approved to proceed' (drone, US) + DOCX PO
_p24 = T("""
    Hi team,

    Approvals are all through on our side: finance approved the PO yesterday and marketing
    approved the artwork for the pad-printed logo this morning. You're approved to proceed.

    PO attached again for reference.

    Thanks!
    Kenji

    Kenji Watanabe | Procurement | Skyloom Robotics Inc.
    77 Bluxome St, San Francisco, CA 94107 | (415) 555-0163
    """)
case("p24_Approvals_PO_2290", ["RG002", "RG009"],
     "'approved' used for finance PO approval and artwork approval, then an unscoped 'approved to proceed'; attached PO complete", [
    ("PO_2290_battery_doors_update.eml", eml_bytes(mail(
        "Kenji Watanabe <kenji@skyloom.io>", "Ravi Menon <ravi@pivotworksplastics.com>",
        "Approvals - PO 2290 battery doors", "Wed, 20 Mar 2024 11:20:00 -0700", _p24,
        attachments=[("PO_2290_battery_doors.docx", docx_bytes([
            ("h1", "Skyloom Robotics - Purchase Order 2290"),
            ("table", [["Line", "Item", "Scope", "Qty", "Unit USD"],
                       ["1", "Battery door BD-3, PC/ABS, pad-printed logo", "sample", "12", "14.00"],
                       ["2", "Battery door BD-3", "production - not released", "1,188", "2.35"]]),
            ("p", P("""Authorized now: 12 sample battery doors. The 1,188 production doors are not released and stay
                     on hold until the fit-test sample sign-off and a written release from Noa Feldman, Hardware PM.""")),
        ], author="Kenji Watanabe"), DOCX_MT)]))),
])

# p25: apparel supplier status bullets, bought full fabric (quoted complete PO with sample-only material)
_p25 = T("""
    Hi Hemi,

    Quick status on FO-2231 before the long weekend:

    - 24 sample jackets (12 M, 12 L) cut, sewn and seam-taped; QC Thursday, ship Friday.
    - We went ahead and booked the full 2,900 yds of the 3L shell in Kawakawa green so we don't
      lose the dye lot - mill minimum plus 9 weeks lead time, it would've killed your launch.
      It's landed and sitting in our cage.
    - Trims: YKK Vislon #5 zips on hand for the 24.
    - Bal. 1,176 jackets not started, waiting on your written release.

    Have a good one,
    Jordan

    Jordan Pike | Production Manager | Blue Ridge Cut & Sew
    1120 Riverside Pkwy, Asheville, NC 28806 | (828) 555-0190

    On Mon, Feb 19, 2024 at 9:02 AM Hemi Walker <hemi@fjordlineoutdoor.co.nz> wrote:
    > Kia ora Jordan, PO FO-2231 is for 24 sample jackets only. The 1,176 balance is not
    > released - on hold until fit sample sign-off by our product team and a written release
    > from me, Hemi Walker (Production Manager). Material authority: sample-only.
    """)
case("p25_Status_FO-2231", ["RG006"],
     "supplier booked fabric for the whole 1,200-jacket run while only 24 samples are released and material is sample-only", [
    ("Status_FO-2231.eml", eml_bytes(mail(
        "Jordan Pike <jordan@blueridgecutsew.com>", "Hemi Walker <hemi@fjordlineoutdoor.co.nz>",
        "Status FO-2231", "Thu, 28 Mar 2024 16:10:00 -0400", _p25,
        in_reply_to="<h15-fjordline-0219@fjordlineoutdoor.co.nz>"))),
])

# p26: Slack, supplier grabbed carbon plate for all 500 frames
case("p26_slack_ext-hexcraft-frames", ["RG006"],
     "slack: supplier bought carbon plate for all 500 frames while 10 prototypes are released, no material authority", [
    ("slack_ext-hexcraft-frames.txt", T("""
        Slack export - #ext-hexcraft-frames
        ---------------------------------------------------------------
        2024-03-04 08:55  Jess Alvarez [Skyloom]
            scope for PO 1180-F: 10 prototype frames (T700 carbon, 3mm). the 490 production frames are NOT
            released, on hold until flight-test sign-off and a written release from me (Jess Alvarez)
        2024-03-04 09:10  Mike Duarte [Hexcraft]
            ack, 10 protos
        2024-03-11 14:22  Mike Duarte [Hexcraft]
            heads up - our distributor had T700 3mm plate at the old price so we grabbed enough for all 500
            frames. it's in our store with your job tag on it. figured it'd save you ~6 wks later 👍
        2024-03-11 14:23  Mike Duarte [Hexcraft]
            protos come off the router thurs
        2024-03-11 15:01  Kenji Watanabe [Skyloom]
            @Jess fyi ^
        """)),
])

# p27: supplier order acknowledgement PDF, billet ordered for 2,000 against release of 200 (Egyptian supplier)
case("p27_OA-24-0331_Delta", ["RG006"],
     "supplier acknowledgement restates 200 released and the rest on hold, but reports billet ordered for 2,000", [
    ("Order_Acknowledgement_OA-24-0331.pdf", pdf([
        ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0331"),
        ("p", "Delta Precision Machining S.A.E., Industrial Zone B3, 10th of Ramadan City, Egypt"),
        ("p", "Customer: Redline Performance Parts LLC, Kentwood MI, USA. Your PO: 77812 dated 03/11/2024."),
        ("table", [["Item", "Description", "Qty", "Status"],
                   ["TBA-75-BLK", "Billet throttle body adapter 75 mm, 6061-T6, black anodise", "200", "released per your PO - in production"],
                   ["TBA-75-BLK", "Balance of your 2.000 pcs programme", "1.800", "on hold pending your release"]]),
        ("sp",),
        ("p", P("""Material procurement: 6061-T6 billet, 90 mm dia, for 2.000 pcs has been ordered on 14/03/2024 to
                 secure the mill slot, as the aluminium price is expected to increase next quarter.""")),
        ("p", "Delivery of the 200 pcs: ex works 18/04/2024, sea freight to Detroit as per your routing guide."),
        ("p", "We thank you for your valued order. Eng. Youssef Abdelrahman, Sales Manager. Tel +20 15 555 0142"),
    ], title="OA-24-0331", author="Delta Precision Machining")),
])

# p28: British marine thread, supplier bought 316 bar for the full 120
_p28 = T("""
    Hi Gareth,

    Samples are on the lathe today, so you'll have the 12 hinges by the end of next week.

    On the 316 - you were right about lead times, Outokumpu bar was quoted at 14 weeks, so we've
    bought in the 316 bar for the full 120 hinges while our stockist still had it. It's in the
    rack with your job number on it, so whenever you release the rest we're good to go.

    Cheers,
    Lee

    Lee Brannigan | Works Manager | Tamar Marine Engineering Ltd
    Ocean Quay, Plymouth PL1 3RP | 01752 555 330

    On 6 Mar 2024, at 09:14, Gareth Pryce <gareth@pryceyachtfit.co.uk> wrote:
    > Lee,
    > PO 24-1150 attached: 12 sample deck hinges, 316, per drawing PYF-112 Rev A. The remaining
    > 108 are not released - on hold until our sea-trial sign-off and a written release from me.
    > Lead times on 316 are long at the moment, so keep an eye on it.
    > Gareth Pryce
    > Purchasing, Pryce Yacht Fit Ltd
    """)
case("p28_RE_PO_24-1150_hinges", ["RG006"],
     "supplier bought bar for all 120 hinges on the strength of a 'keep an eye on lead times' remark; only 12 released", [
    ("RE_PO_24-1150_hinges.eml", eml_bytes(mail(
        "Lee Brannigan <lee@tamarmarine.co.uk>", "Gareth Pryce <gareth@pryceyachtfit.co.uk>",
        "RE: PO 24-1150 deck hinges", "Tue, 12 Mar 2024 13:40:00 +0000", _p28,
        in_reply_to="<h15-pryce-0306@pryceyachtfit.co.uk>"))),
])

# p30: US robotics, PCBs for whole 1,000 + roll into production on EVT approval
_p30 = T("""
    Hi Dana,

    Quick update on PO 6042 (10 EVT controller boards):

    - We've already placed the order for bare PCBs and the long-lead MCUs for the whole 1,000,
      since we'll roll right into production as soon as your team approves the EVT boards. MCU
      lead time is 26 weeks right now so it seemed silly to wait.
    - EVT boards go through SMT on the 18th, bring-up on the 20th.
    - Stencil rev B is in.

    Best,
    Marcus

    Marcus Lee | Program Manager | Bayline EMS, Fremont CA | (510) 555-0128

    On Fri, Mar 1, 2024 at 4:10 PM Dana Okafor <dana@tidewaterbots.com> wrote:
    > Marcus - PO 6042 is for 10 EVT boards. The 990 production boards are not released; they
    > are on hold until EVT sign-off and a written release from me (Dana Okafor, VP Operations).
    > Material authority: sample-only (10 sets).
    """)
case("p30_PO_6042_update", ["RG006", "RG007"],
     "supplier bought PCBs/MCUs for 1,000 and says it will roll into production once EVT boards are approved", [
    ("PO_6042_update.eml", eml_bytes(mail(
        "Marcus Lee <marcus@baylineems.com>", "Dana Okafor <dana@tidewaterbots.com>",
        "RE: PO 6042 EVT boards", "Mon, 11 Mar 2024 08:30:00 -0700", _p30,
        in_reply_to="<h15-tidewater-0301@tidewaterbots.com>"))),
])

# p31: NZ supplier to Australian brewery: deposit -> started all six tanks, sheet for the lot
_p31 = T("""
    Hi Sophie,

    Deposit landed this morning, cheers for that. So we've kicked off fabrication on all six
    unitanks and ordered the 304 sheet for the lot - the roller's free next fortnight, so it
    made sense to do them in one hit.

    Tank 1 will still be ready for your first brew by 19 April as planned.

    Chur,
    Ben

    Ben Tuhiwai | Fabrication Manager | Kiwi Vessel Works Ltd
    22 Kahu Road, Paraparaumu 5032, NZ | +64 4 555 0176

    On 4/03/2024 11:32 am, Sophie Marsh wrote:
    > Hi Ben, PO HB-2207 attached. It covers six 10 hL unitanks commercially, 30% deposit on PO
    > value. Only tank 1 (the prototype) is released for fabrication. Tanks 2-6 are not released;
    > on hold until we've signed off the prototype after the first brew and I send a written
    > release. Sophie Marsh, Head Brewer (release authority). Material: for tank 1 only.
    """)
case("p31_RE_PO_HB-2207_deposit", ["RG006", "RG012"],
     "deposit treated as the go for all six tanks and sheet bought for all; only the prototype tank is released", [
    ("RE_PO_HB-2207.eml", eml_bytes(mail(
        "Ben Tuhiwai <ben@kiwivesselworks.co.nz>", "Sophie Marsh <sophie@hopsmithbrewing.com.au>",
        "RE: PO HB-2207 - deposit", "Thu, 14 Mar 2024 15:05:00 +1300", _p31,
        in_reply_to="<h15-hopsmith-0304@hopsmithbrewing.com.au>"))),
])

# p32: packaging supplier acknowledgement, 'roll straight into the 985'
_p32 = T("""
    Hi Lauren,

    Thanks for PO 3390. Confirming we have it down as 15 sample inserts, die-cut EPE, charcoal.
    Once your team signs off on them we'll roll straight into the 985 so you're not waiting on
    us - the die is the same, so there's no changeover.

    Samples ship UPS Ground on 3/27.

    Thanks,
    Brandon Cole
    Customer Service, Carolina Foam & Fiber | Hickory NC | (828) 555-0104

    -----Original Message-----
    From: Lauren Beck <lauren.beck@harborandhive.com>
    Sent: Tuesday, March 19, 2024 2:12 PM
    Subject: PO 3390

    > Brandon, PO 3390 attached: 15 sample inserts INS-4420. The other 985 are not released and
    > stay on hold until our drop-test sign-off and a written release from me, Lauren Beck
    > (Sourcing Manager). Please buy foam for the 15 only.
    """)
case("p32_RE_PO_3390_ack", ["RG007"],
     "supplier acknowledges 15 samples but says it will roll straight into the 985 once samples are signed off", [
    ("RE_PO_3390_ack.eml", eml_bytes(mail(
        "Brandon Cole <bcole@carolinafoamfiber.com>", "Lauren Beck <lauren.beck@harborandhive.com>",
        "RE: PO 3390", "Wed, 20 Mar 2024 09:18:00 -0400", _p32))),
])

# p33: Slack, buyer contradicts own written-release requirement
case("p33_slack_ext-gearworks", ["RG007"],
     "slack: buyer's scope needs a written release, then says 'if the pilot parts fit just keep rolling on the rest'", [
    ("slack_ext-gearworks.txt", T("""
        #ext-gearworks  |  Tidewater Robotics <> Ironleaf Gearworks  |  export 2024-03-29
        -----------------------------------------------------------------------------
        Mar 4, 10:11   Tom Reilly (Tidewater)
                       PO 7719: 6 pilot gearbox housings. The 294 remaining are not released. They stay on
                       hold until pilot sign-off and a written release from me (Tom Reilly, Supply Chain).
        Mar 4, 10:20   Ana Silva (Ironleaf)
                       👍 6 pilots, 294 on hold
        Mar 25, 15:02  Ana Silva (Ironleaf)
                       pilot parts ship tomorrow. anything else before I log off?
        Mar 25, 15:40  Tom Reilly (Tidewater)
                       nah all good. tbh if the pilot parts fit just keep rolling on the rest, no need to
                       wait on paperwork from me 👍 I'm out next week anyway
        Mar 25, 15:41  Ana Silva (Ironleaf)
                       perfect, will do
        """)),
])

# p34: Egyptian buyer, DOCX minutes: 'move into mass production directly after the pilot units are found OK'
case("p34_MoM_NMS_pilot_build", ["RG007"],
     "minutes: scope requires written release, but an action says supplier moves into mass production once pilots are found OK", [
    ("MoM_NMS_pilot_build_2024-03-18.docx", docx_bytes([
        ("h1", "Minutes of Meeting - SpO2 wristband housing pilot build"),
        ("p", "Date: 18 March 2024, Teams call. Nile MedTech Solutions: Eng. Mona Fathy (Supply Chain Director), "
              "Eng. Omar Fekry (R&D). Supplier Delta Precision Moulding: Mr. Tarek Mansour, Ms. Heba Lotfy."),
        ("table", [["#", "Topic", "Discussion / decision", "Owner"],
                   ["1", "PO NMS-24-0188", "30 pilot units of housing WBH-1 Rev B released. Balance of 2,970 units not released; "
                                           "on hold until design verification sign-off and written release by Eng. Mona Fathy.", "MF"],
                   ["2", "Tool T1 status", "Texture MT-11020 applied. Gate blush on 2 cavities; supplier to adjust.", "TM"],
                   ["3", "Biocompatibility", "ISO 10993-5 report for the PC/ABS grade to be shared.", "HL"],
                   ["4", "Schedule", "Pilot units at Smart Village by 4 April.", "TM"],
                   ["5", "AOB", "To protect the launch before Eid, supplier to move into mass production directly after the "
                                "pilot units are found OK by our engineers.", "TM"]]),
        ("sp",),
        ("p", "Minutes by Eng. Omar Fekry. Please send comments within 2 working days, otherwise minutes are considered final."),
    ], author="Omar Fekry")),
])

# p35: Ghanaian supplier WhatsApp: deposit received, started all 48 chairs
case("p35_WhatsApp_Akwaaba_Woodworks", ["RG012"],
     "chat: buyer releases 2 sample chairs with hold, event and name; supplier treats the deposit as reason to start all 48", [
    ("WhatsApp_Chat_Akwaaba_Woodworks.txt", T("""
        WhatsApp Chat with Kofi Akwaaba Woodworks
        [12/03/2024, 09:14:05] Efua Boateng: Good morning Kofi. As agreed, please make only the 2 sample chairs first (mahogany, kente seat fabric).
        [12/03/2024, 09:14:40] Efua Boateng: The other 46 chairs are not released. They remain on hold until I inspect the samples and send you a written release. Efua Boateng, Projects, Labadi Bay Suites.
        [12/03/2024, 09:31:12] Kofi Asante: Good morning madam, well received 🙏
        [15/03/2024, 17:02:55] Kofi Asante: Madam we have received the 40% deposit, thank you. So we have scheduled the full 48 chairs in the workshop from Monday, the samples will come out with the first ones.
        [15/03/2024, 17:03:10] Kofi Asante: <attached: IMG-20240315-WA0007.jpg>
        [15/03/2024, 18:20:44] Efua Boateng: Ok I will call you tomorrow
        """)),
])

# p36: Aussie quoted question, buyer answers 'Yep, spot on.'
_p36 = T("""
    Yep, spot on. Thanks Dave!

    Bec

    On Wed, 20 Mar 2024 at 2:05 pm, Dave Pearce <dave@lumensign.com.au> wrote:
    > Hi Bec, samples are packed. Just so we plan the crew right - when you tick off the proof
    > sample on site, we crack on with the other 140 signs straight away?
    > Dave
    >
    > On Fri, 8 Mar 2024 at 9:00 am, Bec Hollister wrote:
    > > Dave, PO 30-6120: 4 sample pylon faces. The other 140 are not released - on hold until
    > > we sign off the samples on site and I send a written release. Release authority: Bec
    > > Hollister.
    """)
case("p36_Re_PO_30-6120_crew", ["RG007"],
     "buyer's 'Yep, spot on' confirms the supplier's assumption that the sample tick-off rolls into the 140", [
    ("Re_PO_30-6120_crew_planning.eml", eml_bytes(mail(
        "Bec Hollister <bec.hollister@brightlinefitouts.com.au>", "Dave Pearce <dave@lumensign.com.au>",
        "Re: PO 30-6120 - crew planning", "Wed, 20 Mar 2024 14:31:00 +1100", _p36,
        in_reply_to="<h15-lumen-0320@lumensign.com.au>"))),
])

# p37: Irish dental buyer: 'QA approval on the trial guards is your approval for the 600'
_p37 = T("""
    Hi Conor,

    To keep it simple on the night guards: once QA approval on the 10 trial guards is in, that's
    your approval for the 600 - no separate paperwork needed from our side.

    Thanks,
    Dr Sinead Byrne

    ---- PO LSS-0230 (attached earlier) ----
    Trial batch: 10 hard/soft night guards. The 600 production guards are not released - on
    hold until sample sign-off and a written release from Dr Sinead Byrne, Clinical Director.
    """)
case("p37_Night_guards_LSS-0230", ["RG007", "RG009"],
     "'QA approval ... is your approval for the 600' - one word for technical and production, and sample approval rolls into production against the PO's written-release requirement", [
    ("Night_guards_LSS-0230.eml", eml_bytes(mail(
        "Dr Sinead Byrne <sinead@liffeysmile.ie>", "Conor Lynch <conor@arcdentallab.ie>",
        "Night guards - LSS-0230", "Tue, 19 Mar 2024 13:10:00 +0000", _p37))),
])

# p38: Egyptian supplier to Irish buyer: 'upon your approval of the samples we shall continue with the balance'
_p38 = T("""
    Dear Ms. Walsh,

    Greetings from Alexandria.

    We confirm receipt of your PO MW-0733 for 20 (twenty) sample bronze through-hull fittings,
    1 1/2" BSP, and we thank you for your trust. Samples will be dispatched by DHL on 2 April.

    Please be informed that, upon your approval of the samples, we shall continue with the
    production of the balance 1.480 pcs without delay, in order to meet the season. Our foundry
    has reserved the capacity for you.

    Best regards,
    Eng. Hany Soliman
    Export Manager, Pharos Marine Foundry
    El Max Industrial Area, Alexandria, Egypt | +20 3 555 0187

    -----Original Message-----
    From: Orla Walsh <orla@westportmarine.ie>
    Sent: 14 March 2024 11:02
    Subject: PO MW-0733

    > Dear Hany, PO MW-0733 attached for 20 sample through-hulls. The balance of 1,480 is not
    > released and is on hold until our surveyor signs off the samples and I send a written
    > release. Orla Walsh, Purchasing Manager.
    """)
case("p38_RE_PO_MW-0733", ["RG007"],
     "supplier states it will continue with the 1,480 balance upon sample approval; buyer's quoted scope requires a written release", [
    ("RE_PO_MW-0733_confirmation.eml", eml_bytes(mail(
        "Eng. Hany Soliman <hany.soliman@pharosfoundry.com.eg>", "Orla Walsh <orla@westportmarine.ie>",
        "RE: PO MW-0733", "Mon, 18 Mar 2024 10:45:00 +0200", _p38))),
])

# p39: labelled forecast (HTML) + supplier confirmation treating it as an order (multi-file)
case("p39_Forecast_Q3_Redline", ["RG008"],
     "buyer forecast is labelled not an order; supplier's confirmation registers the 12,000 forecast as a confirmed order", [
    ("Forecast_Q3_Redline_TBA.html", html_page("Forecast Q3 2024", T("""
        <h2>Redline Performance Parts - Q3 2024 forecast</h2>
        <p>To: Delta Precision Machining &nbsp; From: Shane Kowalski, Supply Planning &nbsp; 03/25/2024</p>
        <p class="note">Forecast for capacity planning only. Not a purchase order, not a release.</p>
        <table><tr><th>Part</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Q3 total</th></tr>
        <tr><td>TBA-75-BLK</td><td>4,000</td><td>4,000</td><td>4,000</td><td>12,000</td></tr></table>
        """))),
    ("Order_Confirmation_OC-24-0412.pdf", pdf([
        ("h1", "ORDER CONFIRMATION OC-24-0412"),
        ("p", "Delta Precision Machining S.A.E. - Customer: Redline Performance Parts LLC. Date: 28/03/2024."),
        ("table", [["Item", "Qty", "Delivery", "Unit USD"],
                   ["TBA-75-BLK billet throttle body adapter", "4,000", "July 2024", "9.80"],
                   ["TBA-75-BLK", "4,000", "August 2024", "9.80"],
                   ["TBA-75-BLK", "4,000", "September 2024", "9.80"]]),
        ("sp",),
        ("p", P("""We are pleased to confirm that your Q3 forecast of 12,000 pcs has been registered in our system as a
                 confirmed order, with deliveries as per the schedule above. Capacity on machining cells 3 and 4 is
                 reserved accordingly.""")),
        ("p", "Eng. Youssef Abdelrahman, Sales Manager"),
    ], title="OC-24-0412", author="Delta Precision Machining")),
])

# p40: US buyer email: forecast as firm commitment
_p40 = T("""
    Hi Marcus,

    Following up on our QBR. Our 2025 forecast for the TR-2 controller is 8,000 units, roughly
    2,000 a quarter. Please take this as our firm commitment for 2025 and plan your SMT capacity
    around it - we don't want to be fighting for line time in Q2 like this year.

    Formal POs will follow quarter by quarter as usual.

    Best,
    Dana

    Dana Okafor | VP Operations | Tidewater Robotics | Norfolk, VA | (757) 555-0112
    """)
case("p40_2025_forecast_TR-2", ["RG008"],
     "buyer calls an 8,000 forecast 'our firm commitment for 2025'", [
    ("2025_forecast_TR-2.eml", eml_bytes(mail(
        "Dana Okafor <dana@tidewaterbots.com>", "Marcus Lee <marcus@baylineems.com>",
        "2025 forecast - TR-2", "Fri, 22 Mar 2024 11:00:00 -0400", _p40))),
])

# p41: ERP planning schedule headed forecast but declared binding
case("p41_Planning_Schedule_PS-0418", ["RG008"],
     "printout titled forecast/planning schedule whose note says all quantities are firm and will be taken", [
    ("Planning_Schedule_PS-0418.txt", T("""
        KIWI VESSEL WORKS LTD                          SUPPLIER PLANNING SCHEDULE PS-0418
        ================================================================================
        SUPPLIER : 20117 SOUTHERN STAINLESS FITTINGS (NELSON)
        ISSUED   : 18/03/2024                 HORIZON: WK 14 - WK 39 / 2024
        TYPE     : FORECAST (830)             PLANNER: R. HOANI
        --------------------------------------------------------------------------------
        ITEM          DESCRIPTION                    WK14-17  WK18-26  WK27-39   TOTAL
        TC-50-316     TRI-CLAMP FERRULE 2IN 316L         400    1,200    1,600   3,200
        BV-25-TC      BUTTERFLY VALVE 1IN TC             120      360      480     960
        SG-50         SIGHT GLASS 2IN DN50                40      120      160     320
        --------------------------------------------------------------------------------
        NOTES:
         1. ALL FORECAST QUANTITIES ON THIS SCHEDULE ARE FIRM. KVW WILL TAKE AND PAY
            FOR THE FULL HORIZON. PLEASE BUILD TO THIS SCHEDULE.
         2. DELIVER TO 22 KAHU ROAD, PARAPARAUMU. ASN REQUIRED 48H BEFORE DELIVERY.
         3. QUERIES: R.HOANI@KIWIVESSELWORKS.CO.NZ
        ================================================================================
        """)),
])

# p42: supplier supply agreement draft (DOCX): annual forecast = purchase commitment
case("p42_Supply_Agreement_draft_v2", ["RG008"],
     "supplier's draft agreement makes the buyer's annual forecast a binding purchase commitment", [
    ("Supply_Agreement_draft_v2.docx", docx_bytes([
        ("h1", "Supply Agreement - DRAFT v2 (supplier mark-up)"),
        ("p", "Between Coastline Pulp Moulders Ltd (Supplier) and Savanna Pack Kenya Ltd (Buyer)."),
        ("h", "4. Forecasts and orders"),
        ("num", "Buyer shall provide a 12-month rolling forecast on the first working day of each month."),
        ("num", "The annual forecast volume (currently 240,000 inserts) shall constitute a binding purchase commitment "
                "of the Buyer, and Supplier may produce and invoice against it in monthly instalments."),
        ("num", "Purchase orders shall reference the forecast month they draw against."),
        ("h", "5. Pricing"),
        ("table", [["Volume band (annual)", "KES per insert"], ["up to 100,000", "24"], ["100,001 - 250,000", "21"],
                   ["above 250,000", "19"]]),
        ("p", "Comments from Supplier (H. Salim): clause 4.2 added to protect our pulp contract."),
    ], author="Hassan Salim")),
])

# p43: Irish chat: rough forecast taken as the order
case("p43_chat_Leicester_Knitworks", ["RG008"],
     "chat: buyer turns a self-described rough forecast into the order ('take that as the order')", [
    ("Teams_chat_Leicester_Knitworks.txt", T("""
        Microsoft Teams - chat export - Ciara Brennan / Rob Hale (Leicester Knitworks)
        ----------------------------------------------------------------------------
        [21/03/2024 11:02] Rob Hale: Morning Ciara, any steer on numbers for the AW25 merino beanie? Yarn spinners
                                    want a commitment by Easter.
        [21/03/2024 11:09] Ciara Brennan: Rough forecast is 2k for the season, could be more if the Galway shop
                                          takes off. No PO yet, finance are dragging their heels.
        [21/03/2024 11:10] Ciara Brennan: Look, take that as the order. 2,000 it is, I'll sort the paperwork.
        [21/03/2024 11:12] Rob Hale: Brilliant, I'll tell the spinner. Heather and Slate 50/50?
        [21/03/2024 11:13] Ciara Brennan: 60/40 heather. Thanks Rob
        """)),
])

# p44: ERP printout 'PO STATUS: RELEASED' + 'PRODUCTION NOT RELEASED'
case("p44_PO_8812_print", ["RG009"],
     "ERP print says 'PO STATUS: RELEASED' (commercial) beside 'PRODUCTION NOT RELEASED'; scope otherwise complete", [
    ("PO_8812_print.txt", T("""
        SALT BAY BREWING CO PTY LTD                                 PURCHASE ORDER
        12 FENWICK ST, GEELONG VIC 3220                             ----------------
                                                                    PO NUMBER : 8812
        SUPPLIER: TRI-STATE FITTINGS PTY LTD                        PO DATE   : 11/03/24
                  4 BUNGAREE ST, DANDENONG VIC                      PO STATUS : RELEASED
                                                                    APPROVER  : FINANCE / K.LAM
        -------------------------------------------------------------------------------------
        LINE ITEM          DESCRIPTION                          QTY   UOM   PRICE      TOTAL
        1    SG-50-TC      SIGHT GLASS 2IN DN50 TC, SAMPLE        4    EA   86.00     344.00
        2    SG-50-TC      SIGHT GLASS 2IN DN50 TC               36    EA   61.00   2,196.00
        -------------------------------------------------------------------------------------
        SCOPE NOTE:
          PRODUCTION NOT RELEASED - SAMPLES ONLY. MAKE LINE 1 (4 EA) NOW.
          LINE 2 (36 EA) ON HOLD UNTIL SAMPLE SIGN-OFF ON THE BRIGHT TANK AND A WRITTEN
          RELEASE FROM J. FRASER, OPERATIONS. MATERIAL FOR LINE 1 ONLY.
        -------------------------------------------------------------------------------------
        GST INCLUDED WHERE APPLICABLE. AS 1210 / FDA 21 CFR 177.2600 GASKETS.
        """)),
])

# p45: forwarded ECN email - 'released' for drawing, PO and production (rfc822)
_p45_inner = mail("PLM Notifications <plm-noreply@tidewaterbots.com>", "Tom Reilly <tom@tidewaterbots.com>",
                  "ECN-0412 released - GBX-2 housing Rev E", "Mon, 25 Mar 2024 06:00:00 -0400",
                  T("""
                      ECN-0412 has been RELEASED.
                      Item: GBX-2 gearbox housing   From rev: D   To rev: E
                      Change: boss wall +0.5 mm, added draft 1 deg on ribs.
                      Released by: Mei Chen (Mechanical Engineering)
                      """), msgid="<h15-plm-0412@tidewaterbots.com>")
_p45 = T("""
    Ana,

    See below - drawing Rev E is released as of this morning. PO 7740 was released by finance
    on Friday, so you're covered commercially for the full 300.

    To be clear on the build: the 6 Rev E pilot housings only for now. The 294 production
    housings are not released; production release for them comes from me in writing after pilot
    sign-off.

    Tom

    Tom Reilly | Supply Chain | Tidewater Robotics
    """)
case("p45_FW_ECN-0412_released", ["RG009"],
     "'released' used for the drawing (ECN), the PO (finance) and production in one message; scope otherwise complete", [
    ("FW_ECN-0412_GBX-2_RevE.eml", eml_bytes(mail(
        "Tom Reilly <tom@tidewaterbots.com>", "Ana Silva <ana@ironleafgear.com>",
        "FW: ECN-0412 released - GBX-2 housing Rev E", "Mon, 25 Mar 2024 08:14:00 -0400", _p45,
        attachments=[("rfc822", _p45_inner)]))),
])

# p46: DOCX 'approval matrix' using approval for all three meanings (NZ)
case("p46_Approval_matrix_AD-0440", ["RG009"],
     "one word 'approval' for sample (technical), PO (commercial) and production (release) in one table; quantities and hold complete", [
    ("LG-44_status_AD-0440.docx", docx_bytes([
        ("h1", "Aeroduct Drones - Approval status, landing gear strut LG-44"),
        ("p", "Supplier: Fieldtech Composites, Hamilton. PO 5530 Rev 1. Updated 27 March 2024."),
        ("table", [["Approval", "Given by", "Status", "Quantity"],
                   ["Sample approval", "Engineering (CAA witness test)", "approved 26/03", "12 sample struts"],
                   ["PO approval", "Finance", "approved 20/03", "PO value NZD 41,800"],
                   ["Production approval", "Operations - Liam Horsfall", "approved 27/03", "150 struts"]]),
        ("sp",),
        ("p", P("""The remaining 238 struts are not covered by the production approval above and stay on hold until the
                 second witness test sign-off and a written release from Liam Horsfall, Operations Manager.""")),
        ("p", "Material authority: fabric and resin for the 150 only."),
    ], author="Liam Horsfall")),
])

# p47: PO PDF says 24 samples, cover email says 30 (multi-file)
_p47 = T("""
    Hi Tomasz,

    Please find attached PO 2024-118 for the 30 sample bumper end caps we talked about on
    Tuesday. Same spec as the prototype, textured black, with the stainless inserts.

    Balance on hold as per the PO. Any questions give me a shout.

    Cheers,
    Lachie

    Lachlan Reid | Purchasing | Outback Rig Accessories Pty Ltd
    7 Quarry Road, Bibra Lake WA 6163 | 08 9555 0177
    """)
case("p47_Cover_email_PO_2024-118", ["RG011"],
     "cover email says the PO is for 30 samples; the PO itself authorises 24", [
    ("Cover_email_PO_2024-118.eml", eml_bytes(mail(
        "Lachlan Reid <lachie@outbackrig.com.au>", "Tomasz Nowak <tomasz@swanvalleymoulding.com.au>",
        "PO 2024-118 - sample end caps", "Thu, 07 Mar 2024 16:20:00 +0800", _p47))),
    ("PO_2024-118.pdf", pdf([
        ("h1", "Purchase Order 2024-118"),
        ("p", "Outback Rig Accessories Pty Ltd, Bibra Lake WA. Supplier: Swan Valley Moulding. Date 07/03/2024."),
        ("table", [["Line", "Part", "Description", "Qty", "Unit AUD"],
                   ["1", "ORA-EC-76", "Bumper end cap 76 mm, glass-filled nylon, textured black, SS inserts - SAMPLE", "24", "19.50"],
                   ["2", "ORA-EC-76", "Production - NOT RELEASED, on hold", "976", "4.60"]]),
        ("sp",),
        ("p", P("""Authorised now: line 1 only, 24 (twenty-four) sample end caps. Line 2 is on hold and not released until
                 the samples pass our 4WD trail test sign-off and a written release is issued by Lachlan Reid,
                 Purchasing.""")),
        ("p", "Material authority: sample-only."),
    ], title="PO 2024-118", author="Lachlan Reid")),
])

# p48: DOCX PO: table says 50, scope note says 40 (Egyptian buyer, medical wearable)
case("p48_PO_NMS-24-0201", ["RG011"],
     "one PO: line table authorises 50 pilot units, the scope note authorises 40", [
    ("PO_NMS-24-0201.docx", docx_bytes([
        ("h1", "Nile MedTech Solutions - Purchase Order NMS-24-0201"),
        ("p", "Smart Village, Giza. Supplier: Delta Precision Moulding, 10th of Ramadan City. Date: 21 March 2024."),
        ("table", [["Line", "Item", "Description", "Qty", "Unit EGP"],
                   ["1", "WBH-2", "Wristband housing, medical-grade TPU, Shore 70A - pilot units", "50", "210"],
                   ["2", "WBH-2", "Series production - not released", "4,950", "38"]]),
        ("sp",),
        ("h", "Scope note"),
        ("p", P("""This Purchase Order releases 40 (forty) pilot units of WBH-2 only. Kindly note that the series quantity
                 is on hold and not released until the pilot units pass our design verification sign-off and a revised
                 Purchase Order is issued by Eng. Mona Fathy, Supply Chain Director.""")),
        ("p", "Material authority: sample-only. Certificates: ISO 10993-10 for the TPU grade with the delivery."),
    ], author="Mona Fathy")),
])

# p49: call-off TXT says 400; buyer portal HTML says 450 (multi-file)
case("p49_CallOff_04_PO_1180", ["RG011"],
     "call-off printout releases 400, the buyer's portal page for the same call-off shows 450", [
    ("CallOff_04_PO_1180.txt", T("""
        SKYLOOM ROBOTICS INC - CALL-OFF
        ------------------------------------------------------------
        PO ............ 1180            CALL-OFF ...... 04
        SUPPLIER ...... HEXCRAFT MACHINING, HAYWARD CA
        PART .......... HX-7 MOTOR ARM BRACKET, DWG SK-1180 REV F
        RELEASED NOW .. 400 EA          SHIP BY ....... 05/10/2024
        ON HOLD ....... REMAINDER OF PO 1180, NOT RELEASED, UNTIL
                        CALL-OFF 05 AFTER THE MAY FLIGHT REVIEW
        RELEASE AUTH .. JESS ALVAREZ, HARDWARE SUPPLY LEAD
        MATERIAL ...... PLATE FOR RELEASED QTY ONLY
        ------------------------------------------------------------
        """)),
    ("Supplier_portal_CallOff_04.html", html_page("Skyloom supplier portal - Call-off 04", T("""
        <h2>Skyloom Supplier Portal &rsaquo; Hexcraft Machining &rsaquo; PO 1180 &rsaquo; Call-off 04</h2>
        <table>
        <tr><th>Field</th><th>Value</th></tr>
        <tr><td>Part</td><td>HX-7 motor arm bracket (SK-1180 Rev F)</td></tr>
        <tr><td>Released quantity</td><td>450</td></tr>
        <tr><td>Ship by</td><td>05/10/2024</td></tr>
        <tr><td>Release authority</td><td>Jess Alvarez</td></tr>
        <tr><td>Status</td><td>Open - awaiting supplier acknowledgement</td></tr>
        </table>
        <p><button>Acknowledge</button> <button>Request change</button></p>
        """))),
])

# p50: Ghanaian buyer, signage: 'fifteen (50)' in one letter
case("p50_Release_ACC-1187-R1", ["RG011"],
     "release letter writes the quantity as 'fifteen (50)' - words and figures disagree", [
    ("Release_ACC-1187-R1.pdf", pdf([
        ("h1", "Gold Coast Malls Ltd - Release ACC-1187-R1"),
        ("p", "Airport City, Accra. To: Adinkra Signs & Displays Ltd, Spintex Road. Date: 22 March 2024."),
        ("p", "Reference: PO ACC-1187, illuminated fascia sign modules, 500 modules in total."),
        ("p", P("""Further to the sample sign-off of 20 March 2024, we hereby release fifteen (50) fascia sign modules for
                 the Achimota Mall tenants. The balance of the PO is not released and remains on hold until the Achimota
                 installation is inspected and a further written release is issued by the undersigned.""")),
        ("p", "Material authority: for the released modules only."),
        ("sp",),
        ("p", "Kwame Mensah, Head of Projects (release authority)"),
    ], title="Release ACC-1187-R1", author="Kwame Mensah")),
])

# p51: supplier ack (PDF attached) says 250 vs PO 200, material for 1,000 (Australian)
_p51 = T("""
    Hi Lachie,

    Thanks for PO 2024-131. Our acknowledgement is attached. We've got the 250 first-lot caps
    scheduled for week 16, and we've ordered the glass-filled nylon for the full 1,000 so the
    resin price is locked in before the July increase.

    Cheers,
    Tomasz

    Tomasz Nowak | Production Planner | Swan Valley Moulding | Malaga WA

    -----Original Message-----
    From: Lachlan Reid
    Sent: Monday, 11 March 2024 9:05 AM
    Subject: PO 2024-131 first lot

    > Tomasz, PO 2024-131 releases the first lot of 200 end caps. The other 800 are not
    > released - on hold until the first lot passes incoming inspection and I send a written
    > release. Lachlan Reid, Purchasing. Material authority: for the 200 only.
    """)
case("p51_RE_PO_2024-131_ack", ["RG006", "RG011"],
     "supplier acknowledges 250 against a PO releasing 200, and ordered resin for all 1,000 against a 200-only material authority", [
    ("RE_PO_2024-131_ack.eml", eml_bytes(mail(
        "Tomasz Nowak <tomasz@swanvalleymoulding.com.au>", "Lachlan Reid <lachie@outbackrig.com.au>",
        "RE: PO 2024-131 first lot", "Tue, 12 Mar 2024 14:02:00 +0800", _p51,
        attachments=[("SVM_Acknowledgement_A-4471.pdf", pdf([
            ("h1", "Order Acknowledgement A-4471"),
            ("p", "Swan Valley Moulding - Customer: Outback Rig Accessories - Customer PO 2024-131"),
            ("table", [["Part", "Description", "Qty", "Week"],
                       ["ORA-EC-76", "Bumper end cap 76 mm, textured black - first lot", "250", "16"]]),
            ("p", "Resin: PA6 GF30 ordered for 1,000 pcs."),
        ], title="A-4471", author="Swan Valley Moulding"), PDF_MT)]))),
])

# p52: email body says release 360; attached ERP printout says 300 (Kenyan buyer)
_p52 = T("""
    Dear Mr. Otieno,

    Following the successful sample sign-off last Friday, kindly proceed with 360 pcs of the
    MP-340 insert for the Easter promotion. The release printout from our system is attached.

    The rest of the 20,000 remains on hold until the Easter sell-through review and a written
    release from the undersigned.

    Yours faithfully,
    Wanjiru Kamau
    Procurement Manager, Savanna Pack Kenya Ltd
    """)
case("p52_Release_MP-340_Easter", ["RG011"],
     "email body releases 360, the attached ERP release printout says 300", [
    ("Release_MP-340_Easter.eml", eml_bytes(mail(
        "Wanjiru Kamau <wanjiru.kamau@savannapack.co.ke>", "Peter Otieno <p.otieno@coastlinepulp.co.ke>",
        "Release - MP-340 Easter promotion", "Mon, 25 Mar 2024 08:30:00 +0300", _p52,
        attachments=[("REL_0007_MP-340.txt", T("""
            SAVANNA PACK KENYA LTD             PRODUCTION RELEASE
            ----------------------------------------------------
            RELEASE NO ...... REL-0007
            PO .............. SPK-0977
            ITEM ............ MP-340 REV 1 MOULDED PULP INSERT
            RELEASED QTY .... 300 PCS
            BALANCE ......... ON HOLD - NOT RELEASED
            AUTHORISED BY ... W. KAMAU
            DATE ............ 25/03/2024
            ----------------------------------------------------
            """), "text/plain")]))),
])

# p53: chat 60 then 80 for the same pilot without any change statement (NZ furniture)
case("p53_Messenger_Kauri_Craft", ["RG011"],
     "chat: buyer authorises 60 pilot stools, later writes 'as agreed 80 for the pilot' with no change recorded", [
    ("Messenger_Kauri_Craft_Joinery.txt", T("""
        Messenger conversation: Moana Tipene (Whenua Hospitality) and Hamish Bell (Kauri Craft Joinery)
        ---------------------------------------------------------------------------------------------
        Mon 4 Mar 09:12  Moana: Morning Hamish! Pilot for the Cuba St bar: please make 60 stools in rimu. The other
                         140 for the Courtenay Place sites are not released, on hold until we've signed off the
                         pilot in service for a month and I send you a written release.
        Mon 4 Mar 09:30  Hamish: Sweet as, 60 it is. Timber for 60.
        Thu 14 Mar 16:02 Hamish: Frames are glued up, finishing next week
        Thu 14 Mar 16:45 Moana: Awesome. Just confirming for the accounts team - as agreed, 80 for the pilot, invoice
                         them against WHG-3040 please.
        Thu 14 Mar 16:47 Hamish: 👍
        """)),
])

# p54: maker order, buyer: deposit paid so that's your go-ahead for the 300 (HTML + TXT multi-file)
case("p54_custom_order_request_3120", ["RG012"],
     "maker order: buyer makes the deposit payment the go-ahead for the 300 patches", [
    ("custom_order_request_3120.html", html_page("Custom order request #3120", T("""
        <h2>Custom order request #3120 &mdash; Stitch &amp; Summit</h2>
        <table>
        <tr><th>Item</th><th>Details</th><th>Qty</th><th>Quoted</th></tr>
        <tr><td>Woven patch 2.5in x 1in</td><td>Heat-cut border, iron-on backing, 4 colours</td><td>300</td><td>$540.00</td></tr>
        </table>
        <p>Status: quote sent 03/06/2024 &middot; 50% deposit requested</p>
        <p><i>Shop note: we schedule custom runs once the buyer confirms the proof and the quantity in writing.</i></p>
        """))),
    ("messages_order_3120.txt", T("""
        Messages - order request #3120 (Stitch & Summit / buyer: Marnie Quinn, Tarn & Tussock Outfitters, Queenstown)
        [03/06 08:15] Stitch & Summit (Kayla): Quote's up on the request page! Proof v2 attached, let us know.
        [03/07 21:40] Marnie Quinn: Hiya! Just paid the 50% deposit, so that's your go-ahead for the 300 🙂
        [03/07 21:41] Marnie Quinn: Need them by mid-April for the winter launch if you can swing it
        [03/08 07:02] Stitch & Summit (Kayla): Deposit received, thank you!
        """)),
])


# =================================================================== WRITE
def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(1515).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)
        folder = f"h15_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    n_clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"{len(labels)} cases, {n_clean} clean, {len(labels) - n_clean} with risks")


if __name__ == "__main__":
    main()
