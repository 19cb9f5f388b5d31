#!/usr/bin/env python3
"""Generator for the releasegate check_holdout18 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout18/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffle seed 1818).

Descriptive case names (c.. = clean, p.. = positive) appear only in this file;
the folders on disk are named h18_NN_<first-file-stem>.
"""
from __future__ import annotations

import datetime as _dt
import html as _html
import io
import json
import random
import re
import shutil
import textwrap
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


def T(s):
    """Dedent a triple-quoted block and make sure it ends with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


# ----------------------------------------------------------------- renderers
# (renderer helpers copied from check_holdout3/build.py, message-id/boundary tags changed)
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
    m["Message-ID"] = msgid or f"<h18-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h18")
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


def to_html(text):
    """A plain, mail-client-like HTML rendering of a text body (for multipart/alternative)."""
    out = []
    quote_open = False
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            body = "<br>\n".join(_html.escape(ln.lstrip("> ").rstrip()) for ln in lines)
            if not quote_open:
                out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">')
                quote_open = True
            out.append(f"<p>{body}</p>")
            continue
        if quote_open:
            out.append("</blockquote>")
            quote_open = False
        body = "<br>\n".join(_html.escape(ln) for ln in lines)
        out.append(f"<p>{body}</p>")
    if quote_open:
        out.append("</blockquote>")
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


# =================================================================== CLEAN

# c01 — supplier quote on its own (AU 3D-printing bureau), sample + production tiers
case("c01_quote_tiers_mjf_au", [],
     "supplier quote with a 25-pc sample tier and 1,000/5,000 production price breaks; no authorization in the bundle",
     [("Quote_Q24-0518.pdf", pdf([
         ("h1", "QUOTATION Q24-0518"),
         ("p", "Layerworks Additive Pty Ltd - ABN 51 624 118 907 - 14 Dawson St, Brunswick VIC 3056 - "
               "quotes@layerworks.com.au - (03) 9555 0148"),
         ("p", "To: Coastline Marine Fittings Pty Ltd, attn. Jess Harlow (Procurement), Unit 7, 22 Hope St, "
               "Fremantle WA 6160. Date: 6 May 2024. Valid for 30 days."),
         ("h", "Part"),
         ("p", "Cable gland housing, PN CG-2040 Rev B, HP MJF PA12, bead blast + dye black. "
               "Drawing CG-2040-01 Rev B, general tolerances ISO 2768-m. Build orientation to suit; "
               "no support marks on the sealing face (datum A)."),
         ("table", [
             ["Tier", "Qty", "Unit price AUD ex GST", "Lead time"],
             ["Sample lot", "25", "18.40", "5 working days from PO"],
             ["Production tier 1", "1,000", "6.95", "3 weeks from your written release"],
             ["Production tier 2", "5,000", "5.10", "5 weeks from your written release"],
         ]),
         ("sp",),
         ("p", "Notes: The production tiers are price breaks for your planning only. We build what your PO "
               "and your written release say, nothing more. Sample pricing includes one dimensional report "
               "(CMM, 5 features called out on the drawing)."),
         ("p", "Commercial: payment 30 days EOM. Ex works Brunswick; we can book StarTrack at cost. "
               "Prices assume PA12 at current list; we'll re-check pricing if the order lands after 5 June."),
         ("p", "Any questions, give me a yell. Cheers, Nick Papadakis, Sales Engineer, Layerworks Additive."),
     ], title="Quotation Q24-0518", author="Layerworks Additive"))])

# c02 — complete sample PO with table (UK signage)
case("c02_sample_po_signage_uk", [],
     "sample PO for 3 fascia faces: rollout 120 not released, unlock = mock-up sign-off + written release by Gemma Clarke",
     [("PO-2024-0733.docx", docx_bytes([
         ("h1", "Purchase Order PO-2024-0733"),
         ("p", "Harbour & Vale Retail Interiors Ltd, Unit 4 Avonmouth Way, Bristol BS11 9YA. VAT GB 284 1197 36."),
         ("p", "Supplier: Kestrel Signs Ltd, 18 Gelderd Road, Leeds LS12 6HP. Date: 8 May 2024. "
               "Your quotation KS-Q-4471 dated 29 April 2024."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit GBP", "Total GBP"],
             ["1", "HV-FAS-1200 Rev 3", "Sample fascia face, 1200 x 600 mm, 5 mm opal acrylic, "
                                        "LED module layout per drawing HV-1200-03", "3", "142.00", "426.00"],
         ]),
         ("h", "Scope of this order"),
         ("p", "This PO covers the three (3) sample fascia faces on line 1 and nothing else. Please make those "
               "three now and deliver them to our Bristol workshop for the store mock-up."),
         ("p", "The rollout quantity in your quotation (120 faces) is not ordered and not released. Do not start "
               "it and do not buy acrylic or LED modules for it: material authority on this order is sample-only."),
         ("p", "The 120 will only be released once the mock-up has been signed off by our design team and a "
               "written release, stating its own quantity, has been issued by Gemma Clarke, Procurement Lead "
               "(gemma.clarke@harbourvale.co.uk). Until then the rollout is on hold."),
         ("h", "Delivery and paperwork"),
         ("p", "Deliver by 24 May 2024, DDP Bristol, goods-in open 07:30-15:00 Mon-Fri. Please acknowledge this "
               "order by return quoting PO-2024-0733, and put the PO number on the delivery note."),
         ("p", "Gemma Clarke, Procurement Lead, Harbour & Vale Retail Interiors Ltd - 0117 496 0312"),
     ], author="Gemma Clarke"))])

# c03 — supplier question, buyer's complete scope quoted (NZ brewing)
_c03 = T("""
    Kia ora Hemi,

    Pilot jackets #1 and #2 passed the hydro test yesterday arvo - 3 bar for 30 min,
    no weeps, test sheets are in the job folder. Freight's booked with Mainfreight
    for Thursday, should be with you Friday morning.

    Quick one: do we have the go-ahead for the remaining 14 jackets yet, or are we
    still holding? The lads have a gap in the schedule from the 3rd and I'd rather
    not give it away if your job's coming.

    No worries if not, just let me know either way.

    Cheers
    Liam

    Liam Brosnan | Production Manager
    Southern Alps Stainless Ltd | 41 Hilton Hwy, Timaru
    027 455 1180

    On Mon, 13 May 2024 at 8:41 AM Hemi Walker <hemi.walker@kowhaibay.co.nz> wrote:
    > Morena Liam,
    >
    > PO 7781 is raised. It covers the 2 pilot glycol jackets only (line 1, 2 off).
    > The other 14 on your quote are not released - please don't start them or
    > buy plate for them. I'll release them in writing myself once the pilot
    > pair has passed the pressure test and our head brewer has signed them off
    > on FV3.
    >
    > Nga mihi,
    > Hemi Walker
    > Operations & Purchasing Manager, Kowhai Bay Brewing Co
    > 03 555 0177
""")
case("c03_supplier_question_nz_brew", [],
     "supplier asks about a go-ahead for 14 more; quoted buyer PO scope names 2 active, hold, event and Hemi Walker",
     [("RE_PO_7781_glycol_jackets.eml", eml_bytes(mail(
         "Liam Brosnan <liam@southernalpsstainless.co.nz>", "Hemi Walker <hemi.walker@kowhaibay.co.nz>",
         "Re: PO 7781 - glycol jackets - pilot", "Wed, 15 May 2024 16:05:12 +1200", _c03,
         in_reply_to="<h18-ref-7781@kowhaibay.co.nz>")))])

# c04 — EDI 830 clearly labelled planning forecast (Canada food packaging)
case("c04_edi830_forecast_ca_pack", [],
     "EDI 830 with FST02=D on every line and NTE 'planning forecast only, not a purchase order'; no authorization",
     [("EDI830_PH_FC2024-20.txt", T("""
    *** EDI TRANSLATION PRINTOUT - TRANSACTION SET 830 (PLANNING SCHEDULE WITH RELEASE CAPABILITY) ***
    Trading partner: PRAIRIEHARV -> NORTHPAKFILM        Printed 2024-05-13 06:02 CST   Page 1/1

    ISA*00*          *00*          *ZZ*PRAIRIEHARV    *ZZ*NORTHPAKFILM   *240513*0602*U*00401*000004471*0*P*>~
    GS*PS*PRAIRIEHARV*NORTHPAKFILM*20240513*0602*4471*X*004010~
    ST*830*0001~
    BFR*05**FC2024-20*DL*A*20240513*20241110*20240513~
    N1*BT*PRAIRIE HARVEST FOODS LTD*92*SK-0091~
    N1*SU*NORTHPAK FILMS INC*92*V-22871~
    LIN**BP*PH-LID-95MM*VP*NPF-7733-R2~
    UIT*EA~
    PID*F****PEELABLE LIDDING 95MM PET/PE PRINTED 4C~
    FST*180000*D*W*20240520~
    FST*180000*D*W*20240527~
    FST*220000*D*W*20240603~
    FST*220000*D*W*20240610~
    FST*900000*D*M*20240701~
    FST*900000*D*M*20240801~
    NTE*GEN*PLANNING FORECAST ONLY. NOT A PURCHASE ORDER. NO FABRICATION~
    NTE*GEN*AND NO RAW MATERIAL AUTHORIZATION IS GIVEN BY THIS 830.~
    NTE*GEN*QUANTITIES ARE ORDERED ONLY BY 850 PURCHASE ORDERS.~
    CTT*1*2600000~
    SE*18*0001~
    GE*1*4471~
    IEA*1*000004471~

    --- translator notes ---
    BFR01 = 05 (replace)     BFR04 = DL (delivery based)
    FST02 = D on all lines (planning). No ATH (resource authorization) segment in this transaction.
    Contact: Sandeep Gill, Supply Planner, Prairie Harvest Foods, 306-555-0183
"""))])

# c05 — full-quantity PO that says "proceed" with the quantity (US oil & gas valves)
case("c05_full_po_proceed_valves_us", [],
     "full-quantity PO for 40 valves, 'proceed with manufacture of the forty (40)'; no sample or option quantity",
     [("PO_TX-88140.pdf", pdf([
         ("h1", "PURCHASE ORDER TX-88140"),
         ("p", "Permian Basin Flow Controls LLC - 2100 W Industrial Ave, Midland, TX 79701 - (432) 555-0127"),
         ("p", "Vendor: Gulf Coast Valve Machining Inc., 8800 Almeda Genoa Rd, Houston, TX 77075. "
               "Date: 05/09/2024. Terms: Net 45. FOB/FCA Houston. Buyer: Dale Whitmore."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "UOM", "Unit", "Extended"],
             ["1", "BV-2-1500-RTJ Rev F", "2\" Class 1500 trunnion ball valve, RTJ ends, A105N body, "
                                          "NACE MR0175/ISO 15156, API 6D monogram", "40", "EA",
              "$3,180.00", "$127,200.00"],
         ]),
         ("sp",),
         ("p", "Please proceed with manufacture of the forty (40) valves on line 1. This is the full order "
               "quantity: there are no sample, pilot or option quantities on this PO, and nothing further will "
               "be called off under it."),
         ("p", "Documentation: MTRs to EN 10204 3.1 for each heat, hydrotest charts per API 6D, PMI report. "
               "Partial shipments accepted. Delivery 12 weeks ARO."),
         ("p", "Seller shall acknowledge this order within three (3) business days. Buyer's standard terms "
               "PBFC-T&C-2023 apply; seller's terms are excluded."),
         ("p", "Dale Whitmore, Senior Buyer - dwhitmore@pbflowcontrols.com"),
     ], pagesize=LETTER, title="PO TX-88140", author="Dale Whitmore"))])

# c06 — call-off with explicit staged material authority above the released quantity (Canada ag)
case("c06_calloff_staged_material_ca_ag", [],
     "call-off releases 200; staged material authority up to 600 is explicit; forecast labelled; next call-off by Kyle Marchand",
     [("CALLOFF_BPO-3300_0042.txt", T("""
    RED RIVER IMPLEMENT CO.                                 SCHEDULE RELEASE / CALL-OFF
    1450 Inkster Blvd, Winnipeg MB  R2X 1P6                 Page 1 of 1
    ------------------------------------------------------------------------------------
    Blanket PO : BPO-3300                Call-off no : 0042          Date : 2024-05-14
    Supplier   : KEEWATIN STEEL FAB LTD  (V-10288)       Kenora ON
    Part       : 6600-215 REV C   TINE BRACKET, HARROW, 10GA HRPO, E-COAT BLK
    ------------------------------------------------------------------------------------
    LN  REQ DATE      QTY THIS CALL-OFF   CUM CALLED OFF   UOM   STATUS
    01  2024-06-07               200              200      EA    FIRM - RELEASED FOR FAB
    ------------------------------------------------------------------------------------
    FORECAST (PLANNING ONLY - NOT RELEASED, DO NOT BUILD):
        JUL 400    AUG 400    SEP 600    OCT 400        (FY TOTAL 2,400 PER QUOTE KSF-2291)

    MATERIAL AUTHORITY: STAGED. Supplier may buy and hold 10GA HRPO coil for up to
    600 EA (this call-off 200 + next 400) at Red River's liability. No material
    beyond 600 EA. Fabrication authority = 200 EA only.

    BALANCE: Quantities beyond the 200 EA above are not released. Each further
    quantity is released only by the next numbered call-off, signed by
    Kyle Marchand, Materials Manager.

    Ship to: Dock 3. ASN required 24 h before arrival. Skids max 1,200 lb.
    Buyer: Kyle Marchand   204-555-0147   kmarchand@redriverimplement.ca
    ------------------------------------------------------------------------------------
"""))])

# c07 — explicit recorded auto-conversion (Irish medical moulding)
case("c07_recorded_autoconversion_ie_med", [],
     "addendum records an explicit auto-conversion: Dr Aoife Byrne's approved sign-off releases exactly 4,800; agreed by Ciaran Doyle",
     [("PO_MD-5521_Addendum_A.docx", docx_bytes([
         ("h1", "PO MD-5521 - Addendum A: sample scope and recorded auto-conversion"),
         ("p", "This addendum forms part of purchase order MD-5521 dated 2 May 2024 between Shannon Biomedical "
               "Ltd, Parkmore West, Galway (buyer) and Midlands Precision Moulding Ltd, Athlone, Co. Westmeath "
               "(supplier). Part: flow restrictor housing FR-118 Rev 4, Makrolon 2458, 4-cavity tool T-118."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Validation samples (OQ run, cavity-coded)", "200 pcs", "Active - make now"],
             ["Production lot 1", "4,800 pcs", "Not released - on hold"],
         ]),
         ("h", "1. What to make now"),
         ("p", "Mould and ship the 200 validation samples only. Material authority: sample-only "
               "(Makrolon 2458 for the 200 pcs plus normal start-up scrap)."),
         ("h", "2. Hold"),
         ("p", "Production lot 1 (4,800 pcs) is not released until the condition in section 3 is met. "
               "Do not schedule it."),
         ("h", "3. Recorded auto-conversion"),
         ("p", "The parties record the following auto-conversion, agreed in advance: when Dr Aoife Byrne, QA "
               "Manager, signs sample sign-off form SF-5521 with the disposition 'approved', production lot 1 of "
               "exactly 4,800 pcs is released by that signature, without any further document. An 'interim' or "
               "'rejected' disposition releases nothing. No other quantity is covered by this auto-conversion."),
         ("p", "Agreed and signed for the buyer by Ciarán Doyle, Head of Procurement (release authority for this "
               "order), and acknowledged for the supplier by Niamh Kelly, Operations Manager, 2 May 2024."),
         ("h", "4. Other"),
         ("p", "Cleanroom ISO 14644-1 class 7 moulding and bagging. Lot traceability to resin batch. "
               "Certificate of conformance with each shipment."),
     ], author="Ciaran Doyle"))])

# c08 — supplier: the deposit does not release production (Canada plush -> US toy buyer)
_c08 = T("""
    Hi Marcy,

    Thanks - the 30% deposit on PO 55120 hit our account this morning
    (USD 4,212.00, your ref. WIRE-0510-77).

    So nobody on either side gets the wrong idea: the deposit covers the tooling
    (embroidery files + cutting dies) and the 24 pre-production samples. It does
    not release the 6,000-pc production run. Our cutting room won't touch
    production fabric until we have your written release for it, per your PO
    note below.

    PP samples ship FedEx International Priority on May 21, so you should have
    them by the 24th for the ASTM F963 / CPSIA lab.

    Merci et bonne journée,
    Marie-Ève

    Marie-Ève Gagnon | Account Manager
    Laurentian Plush Inc. | Saint-Jérôme QC | 450-555-0133

    > From: Marcy Feld <mfeld@bigskytoy.com>
    > Sent: Friday, May 3, 2024 4:12 PM
    > Subject: PO 55120 - Moose plush PP samples
    >
    > Marie-Eve, PO 55120 attached. It is for the 24 PP samples (line 1) plus
    > the tooling charge (line 2). The 6,000 production pcs on your quote are
    > NOT released. I'll release them in writing after our lab report and PP
    > sample sign-off come back clean - nobody else on our side can do that.
    > Deposit per your terms, 30%.
    >
    > Marcy Feld | Sourcing Director | Big Sky Toy Co. | Bozeman, MT
""")
case("c08_deposit_not_release_ca_toys", [],
     "supplier: deposit covers tooling + 24 PP samples, 'does not release the 6,000'; quoted PO names hold, event and Marcy Feld",
     [("RE_PO_55120_deposit_received.eml", eml_bytes(mail(
         "Marie-Ève Gagnon <meg@laurentianplush.ca>", "Marcy Feld <mfeld@bigskytoy.com>",
         "RE: PO 55120 - Moose plush PP samples - deposit received", "Fri, 10 May 2024 10:17:44 -0400",
         _c08, html=to_html(_c08))))])

# c09 — supplier acknowledgement restating the hold (South Africa construction)
case("c09_supplier_ack_hold_za_precast", [],
     "supplier acknowledgement of 6 mock-up panels only; 394 on hold until written release by Sipho Ndlovu after mock-up sign-off",
     [("Order_Acknowledgement_OA-11872.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT OA-11872"),
         ("p", "Highveld Precast (Pty) Ltd - 12 Refinery Rd, Germiston 1401 - Reg. 2009/014471/07 - VAT 4870211934"),
         ("p", "Customer: Ubuntu Facades Contractors (Pty) Ltd, attn. Mr Sipho Ndlovu, Procurement Manager. "
               "Your PO UF-2024-118 dated 9 May 2024. Project: Rivonia Road offices, Sandton."),
         ("table", [
             ["Line", "Description", "Qty", "Scope"],
             ["1", "GRC cladding panel type P-3, 1 200 x 2 400 mm, sandblasted finish (site mock-up)", "6",
              "Mock-up - in production"],
             ["-", "GRC cladding panel type P-3, balance of project", "394", "On hold - not released"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO UF-2024-118 for six (6) mock-up panels only. The balance of 394 panels is "
               "on hold: we will not cast them, and we will not buy cement, AR glass fibre or sealant for them, "
               "until we receive a written release from Mr Sipho Ndlovu following the architect's sign-off of "
               "the site mock-up."),
         ("p", "Price: R 4 850,00 per panel excl. VAT, ex works Germiston. Mock-up panels ready for collection "
               "week 23. Crane and installation by others."),
         ("p", "Signed for Highveld Precast: Pieter van der Merwe, Sales Director, 13 May 2024."),
     ], title="OA-11872", author="Highveld Precast"))])

# c10 — Slack: scoped approval "for fit check only", hold, named release person (US 3D print)
case("c10_slack_fitcheck_only_us_3dp", [],
     "buyer: 5 protos 'approved for fit check only', 300 NOT released, Dev Patel releases in writing after EVT sign-off",
     [("slack_kinetic-x-forgeworks.txt", T("""
    Slack export - #kinetic-x-forgeworks (Slack Connect) - 2024-05-09 to 2024-05-14
    Exported by: dev.patel@kineticwearables.com

    [2024-05-09 10:02] Tyler Nguyen (Forgeworks 3D): SLA protos for the WR-220 band clasp are curing now, 5 pcs in Grey Pro v4, out tmrw UPS 2-day
    [2024-05-09 10:03] Tyler Nguyen (Forgeworks 3D): also fyi quote Q-3188 still has the 300 pc production option in Tough 2000 @ $11.20 if you want it later
    [2024-05-10 16:20] Tyler Nguyen (Forgeworks 3D): shipped, 1Z 88W 4E0 03 4417 2209
    [2024-05-13 14:40] Dev Patel (Kinetic Wearables): got them. fit is 🔥 snap force a bit high on #3 but inside spec
    [2024-05-13 14:41] Dev Patel (Kinetic Wearables): so to be super clear for your ops folks: the 5 protos are approved for fit check only. the 300 production pcs are NOT released. don't queue them, don't order resin for them
    [2024-05-13 14:42] Dev Patel (Kinetic Wearables): i'll release the 300 in writing myself once EVT sign-off is done (target wk 22). until then it's a hard hold
    [2024-05-13 14:45] Tyler Nguyen (Forgeworks 3D): 👍 copy that. holding the 300, nothing queued
    [2024-05-14 09:10] Tyler Nguyen (Forgeworks 3D): invoice for the 5 protos went to AP
"""))])

# c11 — Fishbowl full-quantity PO, identifiers that look like quantities (NZ marine electronics)
case("c11_fishbowl_full_po_nz_marine", [],
     "full-quantity PO for 60 harnesses; PN 2000-450-06, NMEA 2000, IEC 60945, carton count of 20 are not quantities to authorize",
     [("Fishbowl_PO_10488.txt", T("""
    Fishbowl Inventory                                        PURCHASE ORDER
    Hauraki Marine Electronics Ltd                            PO Number : 10488
    22 Beaumont St, Westhaven, Auckland 1010                  Date      : 14/05/2024
    GST No. 118-402-775                                       Status    : Issued
    Vendor  : Pacific Loom Harness Ltd (VEN-0077)             Terms     : 20th of month following
    Ship To : Hauraki Marine Electronics - Goods In           Carrier   : Mainfreight
    --------------------------------------------------------------------------------------
    Item              Description                             Qty  UOM    Unit NZD     Total
    2000-450-06 R12   NMEA 2000 drop harness 6 m, M12 5-pin    60  ea        48.50  2,910.00
                      A-coded, IP67, per IEC 60945
    --------------------------------------------------------------------------------------
                                                              Subtotal            2,910.00
                                                              GST 15%               436.50
                                                              Total NZD           3,346.50
    Notes:
    Full order quantity is 60 ea. No samples and no further quantities on this PO.
    Build and ship all 60 against this PO. Test report per HME-TS-1000 rev 3 with each carton.
    Cartons max 20 ea (3 cartons). Label each carton with PO 10488 and the part no.
    Buyer: Rangi Tait   rangi.tait@haurakimarine.co.nz   09 555 0162
"""))])

# c12 — meeting minutes recording a complete scope (Scotland brewing equipment)
case("c12_minutes_pilot_fv_uk_brew", [],
     "minutes: PO covers 2 pilot fermenters, 8 not released, unlock = pilot sign-off + written release by Fiona McLeod",
     [("Minutes_2024-05-15_fermenter_project.docx", docx_bytes([
         ("h1", "Meeting minutes - fermenter project (Teams call)"),
         ("p", "Date: 15 May 2024, 10:00-10:40. Attendees: Fiona McLeod (Operations Director, Glen Orrin Brewing "
               "Co), Callum Reid (Head Brewer, Glen Orrin), Stuart Baird (Project Engineer, Clyde Process "
               "Stainless Ltd), Aileen Gray (Sales, Clyde Process Stainless)."),
         ("h", "1. Status"),
         ("p", "Pilot FV-1 and FV-2 (30 hl) shell welds complete; pickling and passivation on Friday. Stuart "
               "confirmed the dimple-jacket pattern follows drawing CPS-3011 Rev 2 and the 316L cone is "
               "2B finish inside as specified."),
         ("h", "2. Scope - recorded at Fiona's request"),
         ("table", [
             ["Item", "Qty", "Status"],
             ["Pilot fermenters (PO GOB-4410 line 1)", "2", "Active - build now"],
             ["Remaining fermenters (quote CPS-Q-0917)", "8", "Not released - on hold"],
         ]),
         ("p", "Fiona confirmed that PO GOB-4410 covers the 2 pilot fermenters only. The remaining 8 are not "
               "released, and Clyde Process should not order sheet or cones for them."),
         ("p", "Unlock: once the pilot fermenters have run two full brews and Callum has signed off the pilot "
               "performance, Fiona will issue a written release for the 8 (or fewer, if the brewhouse plan "
               "changes). Nobody else at Glen Orrin can release them."),
         ("h", "3. Actions"),
         ("li", "Clyde Process: ship FV-1/FV-2 w/c 27 May. (SB)"),
         ("li", "Glen Orrin: confirm crane hire for install day. (CR)"),
         ("li", "Glen Orrin: send pilot sign-off sheet template to Clyde Process. (CR)"),
         ("p", "Minutes by Aileen Gray; agreed by Fiona McLeod by email, 15 May 2024."),
     ], author="Aileen Gray"))])

# c13 — quoted supplier assumption of auto-conversion, buyer corrects it (US construction)
_c13 = T("""
    Jim,

    Appreciate the hustle, but no - please don't roll into the 2,500.

    Sample sign-off on our end releases nothing by itself. Here's where we are:
     - Active now: the 10 sample lengths on PO 30917, line 1. Build and ship those.
     - The 2,500 lengths on your quote stay on hold. Don't cut billet or book
       press time for them.
     - After our thermal test lab signs off the samples, I'll send a written
       release for the production quantity. I'm the only one who can release it.

    If you need a material commitment to hang on to your press slot, ask me and
    we'll talk about a staged material authority. Nothing until you hear from me.

    Thanks,
    Rob

    Rob Tanaka | Purchasing Manager | Cascade Window Systems | Portland, OR | 503-555-0190

    -----Original Message-----
    From: Jim Kowalski <jkowalski@summitextrusions.com>
    Sent: Tuesday, May 14, 2024 7:58 AM
    To: Rob Tanaka <rtanaka@cascadewindows.com>
    Subject: PO 30917 - thermal break extrusions - samples

    Rob - samples are racked and ship tomorrow. Once your guys OK them we'll roll
    straight into the 2,500 so you don't lose your spot on press 4. Sound good?

    Jim Kowalski | Inside Sales | Summit Extrusions Inc. | Yakima, WA
""")
case("c13_buyer_corrects_rollover_us_constr", [],
     "quoted supplier assumes roll-over into 2,500; buyer replies: 10 active, 2,500 on hold, lab sign-off + written release by Rob Tanaka",
     [("RE_PO_30917_samples.eml", eml_bytes(mail(
         "Rob Tanaka <rtanaka@cascadewindows.com>", "Jim Kowalski <jkowalski@summitextrusions.com>",
         "RE: PO 30917 - thermal break extrusions - samples", "Tue, 14 May 2024 09:26:03 -0700", _c13,
         in_reply_to="<h18-ref-30917@summitextrusions.com>")))])

# c14 — PPAP interim disposition with limits (US ag machinery)
case("c14_ppap_interim_us_ag", [],
     "PPAP interim disposition: 250 pcs or 30 June; balance 1,750 not released until full PPAP + written release by Brent Olsen",
     [("PPAP_Interim_Disposition_44120-08.pdf", pdf([
         ("h1", "PPAP Interim Disposition"),
         ("p", "Heartland Combine Works, Inc. - Supplier Quality - 3100 W Old Potash Hwy, Grand Island, NE 68803"),
         ("table", [
             ["Field", "Value"],
             ["Supplier", "Plains Powdercoat & Machining LLC, Kearney NE (S-4471)"],
             ["Part", "44120-08 Rev K, auger flight segment, 11 ga, powder coat RAL 9005"],
             ["PPAP level", "3"],
             ["Disposition", "INTERIM (class B)"],
             ["Interim limit", "up to 250 pcs or until 30 June 2024, whichever comes first"],
             ["Open item", "hardness report for heat lot 7721 outstanding"],
             ["Purchase order", "HCW-60211 (commercial cover 2,000 pcs)"],
         ]),
         ("sp",),
         ("p", "This interim disposition allows the supplier to produce and ship up to 250 pcs under PO "
               "HCW-60211 within the limits above. Production release for this order: 250 pcs."),
         ("p", "The balance of 1,750 pcs on PO HCW-60211 is not released. It will be released only after full "
               "PPAP sign-off (open item closed) and a written release from Brent Olsen, Purchasing Manager."),
         ("p", "Parts shipped under this interim disposition must carry the yellow INTERIM tag on each bin."),
         ("p", "Issued by Karen Voss, Supplier Quality Manager, 16 May 2024."),
     ], pagesize=LETTER, title="PPAP interim 44120-08", author="Karen Voss"))])

# c15 — HTML supplier-portal order page with table (AU food packaging)
case("c15_portal_order_html_au_pack", [],
     "portal order: line 10 2,000 line-trial cups released, line 20 250,000 on hold; unlock + Bronwyn Ashby named; material sample-only",
     [("portal_order_SCD-8812.html", html_page("Order SCD-8812 - Southern Cross Dairy supplier portal", T("""
    <h2>Southern Cross Dairy Co-operative - Supplier Portal</h2>
    <p>Order <b>SCD-8812</b> &middot; Supplier: Bayside Thermoform Pty Ltd (Dandenong South VIC) &middot;
    Issued 14/05/2024 &middot; Buyer: Bronwyn Ashby</p>
    <table>
      <tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
      <tr><td>10</td><td>SCD-CUP-170 Rev 2 &ndash; 170 ml PP cup, IML, white</td><td>Line-trial sample</td>
          <td>2,000</td><td>Released &ndash; make now</td></tr>
      <tr><td>20</td><td>SCD-CUP-170 Rev 2 &ndash; 170 ml PP cup, IML, white</td><td>Production</td>
          <td>250,000</td><td>On hold &ndash; not released</td></tr>
    </table>
    <div class="note">
    <p><b>What to make now:</b> the 2,000 line-trial cups on line 10 only.</p>
    <p><b>Line 20 is on hold.</b> Do not schedule it and do not buy PP or labels for it.
    Material authority on this order: sample-only.</p>
    <p><b>Unlock:</b> line-trial sign-off on Filler 3 by our QA, followed by a written release
    from Bronwyn Ashby, Packaging Procurement Lead. Nobody else can release line 20.</p>
    </div>
    <p>Delivery: Shepparton plant, dock 2, pallets max 1.2 m high, ASN 24 h before.</p>
    """)))])

# c16 — Sage 50 full-quantity PO with quantity-like identifiers (AU construction)
case("c16_sage50_full_po_au_constr", [],
     "full-quantity PO for 75 brackets; HDB-1500-2500-01, DWG 10000 Rev 3, M12x1.75, ISO 9001:2015 are identifiers",
     [("Sage50_PO_004471.txt", T("""
    REDGUM BUILDING PRODUCTS PTY LTD                         PURCHASE ORDER
    ABN 33 611 482 190                                       No.      : 004471
    18 Corio Quay Rd, North Geelong VIC 3215                 Date     : 15/05/2024
                                                             Page     : 1
    Supplier : Ironbark Fasteners & Fabrication Pty Ltd (IRON01)
               7 Kewdale Rd, Welshpool WA 6106
    Deliver  : Redgum Building Products - Geelong yard
    ---------------------------------------------------------------------------------
    Item Code             Description                         Qty    Price     Amount
    HDB-1500-2500-01      Hold-down bracket, DWG 10000 Rev 3,  75    38.60   2,895.00
                          HDG to AS/NZS 4680, M12x1.75 studs
    ---------------------------------------------------------------------------------
                                                        Sub-total        2,895.00
                                                        GST                289.50
                                                        TOTAL AUD        3,184.50
    Comments:
    This is the total quantity: 75 off. Make and deliver all 75 against this PO.
    Supplier must hold ISO 9001:2015 certification; galv certs to accompany delivery.
    Deliver by 14/06/2024. Forklift on site, no tail-lift needed.
    Ordered by: Travis Kemp, Purchasing Officer   (03) 5555 0172
"""))])

# c17 — old quote forwarded as message/rfc822 and declared informational (Canada marine electronics)
_c17 = T("""
    Hi Arjun,

    Welcome aboard - I gather you've taken over our account from Greg. I'm
    forwarding Greg's quote email from last fall (attached) so you have the
    history. The 5,000-unit pricing in it is for information only: it was never
    ordered and nothing in it is released.

    Where we actually are:
    - PO 3307 covers the 50 pilot units of the FME-210 sonar interface board
      only (line 1, 50 ea). Build those.
    - Everything beyond the 50 is on hold: no production build, and no component
      buys beyond the pilot kit.
    - The next quantity gets released only after the pilot units pass sea trials
      and sign-off, and then only by a written release from me.

    Looking forward to working together.

    Claire
""") + sig("Claire Dubois", "Supply Chain Manager", "Fundy Marine Electronics Ltd., Halifax NS",
           "+1 902 555 0138")
_c17_fwd = mail("Greg Walsh <gwalsh@bluewaterpcba.ca>", "Claire Dubois <cdubois@fundymarine.ca>",
                "Quote BW-23-1180 - FME-210", "Thu, 12 Oct 2023 15:40:00 -0400", T("""
    Claire,

    Per your RFQ, FME-210 sonar interface board, turnkey, IPC-A-610 class 2:

      50 pilot       @ $61.40
      1,000          @ $38.10
      5,000          @ $31.75

    Lead time 4 wks pilot, 8 wks production. Conformal coat included.
    Let me know.

    Greg Walsh | Account Manager | Bluewater PCB Assembly | Mississauga ON
"""))
case("c17_fwd_old_quote_info_ca_marine", [],
     "forwarded old quote (rfc822) with 5,000 declared information only; 50 pilot active, hold, sea-trial sign-off, Claire Dubois",
     [("FW_FME-210_history_and_PO_3307.eml", eml_bytes(mail(
         "Claire Dubois <cdubois@fundymarine.ca>", "Arjun Mehta <amehta@bluewaterpcba.ca>",
         "FW: Quote BW-23-1180 - FME-210 (history) / PO 3307 scope", "Mon, 13 May 2024 11:02:31 -0300",
         _c17, attachments=[("rfc822", _c17_fwd)])))])

# c18 — voicemail transcript with a complete scope (AU signage)
case("c18_voicemail_scope_au_sign", [],
     "buyer voicemail: twelve (12) lightbox samples only, other 188 on ice, client sign-off + written release by Shane Mitchell",
     [("voicemail_transcript_2024-05-14.txt", T("""
    Visual Voicemail transcript (auto-generated, may contain errors)
    From: Shane Mitchell, Koala Signs Pty Ltd (+61 412 555 031)
    To: Bec Lawson, Brightline Signage Fabrication
    Received: Tue 14 May 2024 4:52 pm AEST   Duration 1:12

    "G'day Bec, it's Shane Mitchell from Koala Signs... ah, just following up the
    PO I flicked through this arvo, PO 5521. Look, just so there's no confusion,
    the twelve, one-two, lightbox samples are all you're doing on that one. The
    other hundred and eighty-eight are on ice, don't touch 'em, and don't order the
    extrusion or the LED strip for 'em either. Once the client's had a squiz at the
    samples and signed them off, I'll send you a written release for the rest
    myself - nobody else, not the client, not our PM. Um, yeah, that's it. Ring me
    if you've got questions. Ta, bye."
"""))])

# c19 — full-quantity PO; "release agent" is a material, not an approval (US medical moulding)
case("c19_full_po_release_agent_us_med", [],
     "full-quantity PO for 10,000 luer caps; 'mould release agent' is a material spec, not a release",
     [("PO_45-20931.pdf", pdf([
         ("h1", "PURCHASE ORDER 45-20931"),
         ("p", "Lakeshore Infusion Devices, Inc. - 4400 Patterson Ave SE, Grand Rapids, MI 49512"),
         ("p", "Vendor: Great Lakes Precision Molding Co., Holland, MI. Date: 05/13/2024. Terms: 2% 10 Net 30. "
               "Buyer: Angela Ruiz."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit", "Extended"],
             ["1", "LC-0931 Rev 7", "Luer cap, female, PP (LyondellBasell Purell HP570M), natural", "10,000",
              "$0.142", "$1,420.00"],
         ]),
         ("sp",),
         ("p", "Please proceed with the full 10,000 pcs on line 1. This is the complete order quantity; no "
               "samples or further lots are part of this PO."),
         ("p", "Process requirements: ISO 13485 certified molder. Cleanroom ISO class 8. Mold release agent: "
               "none permitted (silicone-free part, ISO 10993 biocompatibility file). Regrind: 0 %."),
         ("p", "Pack 1,000 pcs per double poly bag, 5 bags per carton. Certificate of conformance and "
               "first-piece dimensional report with the shipment."),
         ("p", "Angela Ruiz, Buyer II - aruiz@lakeshoreinfusion.com - 616-555-0104"),
     ], pagesize=LETTER, title="PO 45-20931", author="Angela Ruiz"))])

# c20 — Teams: supplier asks to go ahead, buyer gives a scoped answer (UK oil & gas)
case("c20_teams_scoped_answer_uk_og", [],
     "supplier asks 'can we go ahead with the 300'; buyer: 30 pilot only, 270 on hold, line trial + written release by Nadia Okafor",
     [("teams_chat_PO7720.txt", T("""
    Microsoft Teams - chat export
    Chat: PO 7720 stem seals
    Participants: Nadia Okafor (Granite Subsea Ltd), Craig Mackie (Dee Valve Services Ltd)

    16/05/2024 08:14  Craig Mackie: Morning Nadia. 30 pilot stem seals for PO 7720 passed our in-house pressure test, 690 bar hold 15 min. Paperwork coming over today.
    16/05/2024 08:15  Craig Mackie: Question from the shop floor - can we go ahead with the 300 now? Would save a changeover on the Mazak.
    16/05/2024 08:31  Nadia Okafor: Morning Craig. Not yet, sorry. PO 7720 is for the 30 pilot seals only.
    16/05/2024 08:32  Nadia Okafor: The other 270 stay on hold - no machining, and no PEEK bar bought for them.
    16/05/2024 08:33  Nadia Okafor: Once the pilot seals pass our line trial on the Brae tree and I've got the test report, I'll release the 270 in writing. That's my call (Nadia Okafor, Category Buyer), nobody else's.
    16/05/2024 08:35  Craig Mackie: Understood, 30 only. I'll tell the shop.
    16/05/2024 08:36  Nadia Okafor: Cheers Craig 👍
"""))])

# c21 — contract schedule in legalese, complete sample order (Canada oil & gas)
case("c21_legal_schedule_ca_og", [],
     "supply agreement schedule: PO is commercial authority only; 2 FAT samples active, 48 not released, Imogen Hart releases after sign-off",
     [("Supply_Agreement_Schedule_B.docx", docx_bytes([
         ("h1", "Schedule B - Sample Order and Release Provisions"),
         ("p", "to the Supply Agreement dated 1 March 2024 between Athabasca Midstream Ltd. (the \"Purchaser\") "
               "and Foothills Valve & Actuation Inc. (the \"Supplier\")."),
         ("h", "1. Definitions"),
         ("p", "1.1 \"Purchase Order\" means a numbered commercial document issued by the Purchaser. A Purchase "
               "Order is commercial authority only and does not of itself authorise the manufacture of any "
               "quantity other than a Sample Quantity stated in it."),
         ("p", "1.2 \"Sample Sign-off\" means the Purchaser's written engineering disposition of the samples."),
         ("p", "1.3 \"Production Release\" means a written instrument, signed by the Release Authority, that "
               "names a quantity the Supplier may manufacture."),
         ("p", "1.4 \"Release Authority\" means Ms. Imogen Hart, Category Manager, Valves, or any person she "
               "designates in writing."),
         ("h", "2. Purchase Order AM-PO-77104"),
         ("table", [
             ["Item", "Description", "Quantity", "Status"],
             ["1", "4\" Class 600 actuated gate valve, sample for FAT", "2", "Sample Quantity - manufacture now"],
             ["2", "4\" Class 600 actuated gate valve, production", "48", "Not released"],
         ]),
         ("p", "2.1 The Supplier shall manufacture the two (2) sample valves under item 1 only."),
         ("p", "2.2 The forty-eight (48) valves under item 2 are not released. The Supplier shall not commence "
               "manufacture of, or procure long-lead material for, item 2 until it holds a Production Release "
               "for a stated quantity."),
         ("p", "2.3 A Production Release for item 2 may be issued only after Sample Sign-off following factory "
               "acceptance testing (FAT), and only by the Release Authority."),
         ("p", "2.4 Payment of any invoice, including a milestone payment, does not constitute a Production "
               "Release."),
     ], author="Athabasca Midstream Legal"))])

# c22 — buyer's supplier scorecard; "Approved" is ASL status, not an authorization (US toys)
case("c22_scorecard_asl_us_toys", [],
     "quarterly supplier scorecard; 'ASL status: Approved' and a past release are reported, nothing is authorized",
     [("Supplier_Scorecard_Q1-2024_Timberline.pdf", pdf([
         ("h1", "Supplier Scorecard - Q1 2024"),
         ("p", "Prairie Dog Games LLC, Austin TX - Supplier: Timberline Wood Toys Ltd., Prince George BC "
               "(vendor 3318). Prepared by Luis Romero, Supplier Development, 8 April 2024."),
         ("table", [
             ["Metric", "Target", "Q1 actual", "Trend"],
             ["On-time delivery", "95%", "97.2%", "up"],
             ["Defects (PPM)", "< 500", "310", "up"],
             ["PO acknowledged within 2 business days", "100%", "92%", "down"],
             ["Production starts without a written release", "0", "0", "flat"],
             ["Units shipped (6 POs)", "-", "18,400", "-"],
         ]),
         ("sp",),
         ("p", "ASL status: Approved (re-audit due January 2025). Risk tier: 2."),
         ("p", "Comments: Timberline held the 4,000-pc balance on PO 2231 until our written release arrived on "
               "3 February, exactly as the PO asked. Acknowledgement lag on two POs in March (both over the "
               "Easter closure) is the only miss this quarter."),
         ("p", "Next review: July 2024."),
     ], pagesize=LETTER, title="Scorecard Q1 2024", author="Luis Romero"))])

# c23 — multi-file: full-quantity PO + supplier quote with tiers, tiers declared reference only (NZ signage)
case("c23_full_po_plus_quote_nz_sign", [],
     "two files: full-quantity PO for 500 blade signs; quote tiers 1,000/2,500 declared price reference only, not ordered",
     [("PO_AWF-2207.pdf", pdf([
         ("h1", "PURCHASE ORDER AWF-2207"),
         ("p", "Aotearoa Wayfinding Ltd - 61 Cuba St, Te Aro, Wellington 6011 - GST 102-558-431"),
         ("p", "Supplier: Tasman Sign Fabricators Ltd, Stoke, Nelson. Date: 15/05/2024. "
               "Your quote TSF-Q-118 dated 2/05/2024."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit NZD", "Total NZD"],
             ["1", "BLD-450 Rev 2", "Aluminium blade sign 450 x 900 mm, 3 mm ACM, powder coat Resene "
                                    "Black White, reflective vinyl both faces", "500", "96.00", "48,000.00"],
         ]),
         ("sp",),
         ("p", "This order is for the full 500 blade signs. The 1,000 and 2,500 price tiers on your quote are "
               "price references only - not ordered and not released."),
         ("p", "Deliver in 5 drops of 100 to the Wellington City depot (schedule to be agreed). "
               "Invoice per drop, 20th of the month following."),
         ("p", "Ordered by: Tama Reihana, Procurement Advisor - 04 555 0191"),
     ], title="PO AWF-2207", author="Tama Reihana")),
      ("Quote_TSF-Q-118.pdf", pdf([
         ("h1", "QUOTE TSF-Q-118"),
         ("p", "Tasman Sign Fabricators Ltd - 9 Beatty St, Stoke, Nelson 7011"),
         ("p", "To: Aotearoa Wayfinding Ltd, attn. Tama Reihana. 2 May 2024. Valid 60 days."),
         ("table", [
             ["Qty", "Unit NZD excl. GST", "Lead time"],
             ["500", "96.00", "6 weeks"],
             ["1,000", "88.50", "9 weeks"],
             ["2,500", "81.20", "14 weeks"],
         ]),
         ("p", "Pricing based on 3 mm ACM from our Auckland stockist; reflective film 3M 4000 series. "
               "Install not included."),
         ("p", "Cheers, Mike Sutherland, Tasman Sign Fabricators"),
     ], title="Quote TSF-Q-118", author="Tasman Sign Fabricators"))])

# c24 — long thread with inline replies, everything scoped (Ireland brewing buyer, US keg maker)
_c24 = T("""
    Hi Jenna,

    Answers inline below (DM>). Short version: you're good to run the 4
    prototype kegs; nothing else.

    Declan

    On Wed 15 May 2024 at 15:02, Jenna Brooks <jenna@greatplainskeg.com> wrote:
    > Declan - a few questions before we cut anything:
    >
    > 1. Spear type - your drawing LCA-KEG-50 Rev 2 calls out an A-type spear.
    >    Confirm?
    DM> Confirmed, A-type. (The S-type in your catalogue is wrong for us.)
    >
    > 2. Are we good to run the 4 prototypes now?
    DM> Yes - the 4 prototype kegs on PO LCA-2291 line 1 are good to run now.
    >
    > 3. And the 1,200 production kegs on our quote - should we start buying
    >    stainless coil so we hold this month's price?
    DM> No. The 1,200 are not released and there is no material authority for
    DM> them, so please don't buy coil. After our cellar trial (two fills, one
    DM> pasteuriser cycle) is signed off, I'll send a written release for the
    DM> production quantity myself.
    >
    > 4. Paint colour for the chime band?
    DM> RAL 6018. Logo artwork was attached to the original PO email.
    >
    > 5. Shipping - DDP Dublin or EXW Omaha?
    DM> EXW Omaha; our forwarder (Dillon Freight) will collect.
    >
    > Thanks!
    > Jenna
    >
    > Jenna Brooks | Customer Success | Great Plains Keg Co. | Omaha, NE
    >
    > On Mon 13 May 2024 at 09:40, Declan Moore <dmoore@liffeycraftales.ie> wrote:
    >> Jenna,
    >> PO LCA-2291 attached for the 4 prototype 50 L kegs per your quote
    >> GPK-Q-7719. Can you have a look at the drawing and come back with any
    >> questions before you start?
    >> Thanks, Declan

    Declan Moore | Purchasing & Logistics | Liffey Craft Ales Ltd | Dublin 8 | +353 1 555 0144
""")
case("c24_inline_thread_scoped_ie_brew", [],
     "inline-reply thread: 'good to run the 4 prototype kegs', 1,200 not released, no material, cellar trial + written release by Declan Moore",
     [("RE_PO_LCA-2291_prototype_kegs.eml", eml_bytes(mail(
         "Declan Moore <dmoore@liffeycraftales.ie>", "Jenna Brooks <jenna@greatplainskeg.com>",
         "RE: PO LCA-2291 - prototype kegs - questions", "Thu, 16 May 2024 08:12:55 +0100", _c24,
         in_reply_to="<h18-ref-lca2291@greatplainskeg.com>")))])

# c25 — SMS thread with a complete scope (NZ ag machinery parts)
case("c25_sms_sample_tines_nz_ag", [],
     "SMS: PO 2231 for the 8 sample tines only, rest not released, paddock-trial sign-off + written release by Aroha Ngata",
     [("sms_export_2024-05-16.txt", T("""
    Messages export - conversation with Tipene Rangi (Manawatu Spring & Wire Ltd) +64 27 555 0164
    Exported from iPhone of Aroha Ngata (Buyer, Ngata Farms Ltd) on 16/05/2024

    16 May 2024
    07:12  Aroha Ngata: Morena Tipene. PO 2231 sent to your email. It's for the 8 sample tines only (spring tines for the Rangitikei cultivator, dwg RT-48 rev C)
    07:13  Aroha Ngata: Rest of the 400 aren't released. Don't cut spring steel for them
    07:14  Aroha Ngata: Once we've done the paddock trial and Dad's signed off the 8, I'll text you AND email a written release for the rest. Only me
    07:40  Tipene Rangi: Sweet as, just doing the 8. Can have them Fri
    07:41  Aroha Ngata: Choice 👍
"""))])


# =================================================================== POSITIVE
# ---------------------------------------------------------------- RG012 payment-as-release
# p01 — buyer: deposit wire = signal to start the full 3,000 (US toys), full-quantity PO attached
_p01_po = pdf([
    ("h1", "PURCHASE ORDER PP-1188"),
    ("p", "Pinecone Play Co. - 75 Coxe Ave, Asheville, NC 28801 - (828) 555-0112"),
    ("p", "Vendor: Lone Star Rotomolding LP, 4100 E Loop 820 S, Fort Worth, TX 76119. Date: 05/07/2024. "
          "Buyer: Tara Quinlan."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Extended"],
        ["1", "PP-RT-200", "Toddler ride-on tractor body, rotomolded LLDPE, John-green, mold PP-T44",
         "3,000", "$9.85", "$29,550.00"],
    ]),
    ("sp",),
    ("p", "Mold PP-T44 was qualified under our previous order PP-1102; no samples are required on this order."),
    ("p", "Payment terms: 50% deposit with order, balance net 30 after delivery. Ship by 08/15/2024, "
          "FOB Fort Worth, our routing guide applies (Estes LTL)."),
    ("p", "Tara Quinlan, Purchasing & Product Development - tara@pineconeplay.com"),
], pagesize=LETTER, title="PO PP-1188", author="Tara Quinlan")
_p01 = T("""
    Hey Luis,

    Wire for the 50% deposit on PO PP-1188 went out this morning (Fed ref
    FW-55210, $14,775.00). That's your signal - you're clear to start molding
    all 3,000 ride-on bodies now. We need them on our dock by Aug 15 for the
    holiday catalog shoot, so the sooner the better.

    PO attached again for your files.

    Thanks a bunch,
    Tara

    Tara Quinlan | Purchasing & Product Development | Pinecone Play Co.
    (828) 555-0112
""")
case("p01_deposit_wire_start_us_toys", ["RG012"],
     "buyer: the deposit wire is 'your signal - clear to start molding all 3,000'; full-quantity PO, payment treated as production authority",
     [("PO_PP-1188_deposit_sent.eml", eml_bytes(mail(
         "Tara Quinlan <tara@pineconeplay.com>", "Luis Ortega <luis@lonestarroto.com>",
         "PO PP-1188 - deposit sent", "Wed, 08 May 2024 10:41:09 -0400", _p01,
         attachments=[("PO_PP-1188.pdf", _p01_po, PDF_MT)])))])

# p03 — supplier: PO acceptance is our release to manufacture (South Africa food packaging)
_p03 = T("""
    Morning Thandi

    Thanks for PO 4500012 - we accepted it on the Ariba portal first thing this
    morning.

    As per clause 7 of our standard conditions of sale, acceptance of a purchase
    order is our release to manufacture, so we've loaded the 20 000 tubs into
    next week's schedule on Line 2 straight after the 200 samples. Saves you a
    second set-up and a second IML change-over.

    Samples will be on a Bidvest truck to your Vereeniging plant Thursday.

    Lekker weekend
    Johan

    Johan Steyn | Key Accounts | Karoo Closures (Pty) Ltd | Wadeville, Germiston
    Tel 011 555 0148 | Cell 082 555 0193

    -----Original Message-----
    From: Thandi Mokoena <thandi.mokoena@vaaldairy.co.za>
    Sent: 09 May 2024 14:20
    To: Johan Steyn <johan@karooclosures.co.za>
    Subject: PO 4500012 - 1 L tubs - line trial samples

    Hi Johan

    PO 4500012 attached: 200 sample tubs (1 L, PP, IML "Vaal Double Cream") for
    line trials on our Filler 5. The production quantity of 20 000 is not
    released. I will issue a written release for production after the line
    trial is signed off by our packaging technologist. Nobody else can release
    it.

    Regards
    Thandi Mokoena | Senior Buyer - Packaging | Vaal Dairy Co-operative Ltd
""")
case("p03_po_acceptance_release_za_pack", ["RG012"],
     "supplier treats PO acceptance as 'our release to manufacture' and schedules 20 000; quoted PO is complete (200 active, hold, event, Thandi Mokoena)",
     [("RE_PO_4500012_accepted.eml", eml_bytes(mail(
         "Johan Steyn <johan@karooclosures.co.za>", "Thandi Mokoena <thandi.mokoena@vaaldairy.co.za>",
         "RE: PO 4500012 - 1 L tubs - line trial samples", "Fri, 10 May 2024 08:03:27 +0200", _p03,
         in_reply_to="<h18-ref-4500012@vaaldairy.co.za>")))])

# p04 — multi-file: complete NetSuite pilot PO + supplier pro-forma "payment = authority to manufacture 500" (NZ marine)
case("p04_proforma_payment_nz_marine", ["RG012"],
     "two files: pilot PO (25, 500 not released, Mere Hohaia) and supplier pro-forma saying payment is authority to manufacture the 500",
     [("NetSuite_PO_SON-5530.txt", T("""
    SOUTHERN OCEAN NAVIGATION LTD                               Purchase Order
    14 Vickerman St, Port Nelson, Nelson 7010                   PO #      SON-5530
    GST 97-441-208                                              Date      14/05/2024
                                                                Terms     20th following
    Vendor:  Tui Electronics Manufacturing Ltd                  Currency  NZD
             88 Treffers Rd, Wigram, Christchurch 8042
    -------------------------------------------------------------------------------------
    Item                Description                                 Qty   Rate      Amount
    SON-AP7-PCBA r3     Autopilot control head PCBA, pilot build     25  228.00    5,700.00
    -------------------------------------------------------------------------------------
                                                                      Total NZD   5,700.00
    Memo:
    Pilot build 25 ea only. The production quantity (500 ea per your quote TEM-Q-0412)
    is NOT released: no build and no component purchase beyond the pilot kit.
    Production will be released in writing by Mere Hohaia (Supply Chain Lead) after
    pilot sign-off (sea trial on MV Tasman Spirit + EMC pre-scan to IEC 60945).
    Prepared by: Mere Hohaia   mere.hohaia@southernoceannav.co.nz   03 555 0129
""")),
      ("ProForma_PF-2291.pdf", pdf([
         ("h1", "PRO-FORMA INVOICE PF-2291"),
         ("p", "Tui Electronics Manufacturing Ltd - 88 Treffers Rd, Wigram, Christchurch 8042 - GST 113-207-654"),
         ("p", "Bill to: Southern Ocean Navigation Ltd, Port Nelson. Date: 16/05/2024. Your ref: SON-5530 / "
               "quote TEM-Q-0412."),
         ("table", [
             ["Description", "Qty", "Unit NZD", "Amount NZD"],
             ["SON-AP7-PCBA r3 autopilot control head PCBA - production order", "500", "212.00", "106,000.00"],
             ["Deposit due now (40%)", "", "", "42,400.00"],
         ]),
         ("sp",),
         ("p", "Production commences on receipt of the deposit. Payment of this pro-forma is accepted as your "
               "authority to manufacture the 500 units; no further paperwork is needed."),
         ("p", "Bank: BNZ 02-0800-0554671-000. Please quote PF-2291 as the reference."),
         ("p", "Issued by Ben Cartwright, Commercial Manager."),
     ], title="Pro-forma PF-2291", author="Tui Electronics Manufacturing"))])

# p05 — long thread: supplier treats the customer's card payment for the whole job as the go (Canada signage)
_p05_ap = mail("Jenny Cho <jcho@mapleleaffitouts.ca>", "Pat Leblanc <pat@rideauchannelletters.ca>",
               "Payment - PO MF-6620", "Wed, 15 May 2024 09:12:40 -0400", T("""
    Hi Pat,

    Payment for the full PO MF-6620 (CAD 38,400.00 + HST) went through on our
    corporate Visa this morning, auth 771203. Could you please send a paid
    receipt to ap@mapleleaffitouts.ca?

    Thanks!
    Jenny Cho
    Accounts Payable, Maple Leaf Fit-Outs Inc.
"""))
_p05 = T("""
    Hi Mel,

    Quick update on MF-6620 (NORTHERN PROVISIONS storefront):

    - Sample set: letters are faced and wired, burn-in running overnight. Ready
      for your client's site visit Thursday at 10.
    - Jenny's card payment for the whole job came through this morning
      (her note is attached for your records) - thank you!

    Since the whole job's paid for, we'll take that as our go and put the other
    39 sets into fabrication Monday so we can hit your opening date. No need to
    send anything else our way.

    Let me know if the site-visit time changes.

    Pat

    Pat Leblanc | Project Manager | Rideau Channel Letters Ltd. | Ottawa ON | 613-555-0119

    On Tue, May 7, 2024 at 2:02 PM Mel Fortin <mfortin@mapleleaffitouts.ca> wrote:
    > Pat - answers below.
    > Returns: 5" aluminum, painted to match PMS 7546.
    > Faces: 3/16" white acrylic with 3M 3630-33 red vinyl.
    > Raceway: no, flush-mount to the fascia with standoffs.
    > Mel
    >
    > On Mon, May 6, 2024 at 4:40 PM Pat Leblanc <pat@rideauchannelletters.ca> wrote:
    >> Mel, thanks for the PO. A few questions on returns, faces and raceway -
    >> see the markup attached. Pat
    >>
    >> On Mon, May 6, 2024 at 9:15 AM Mel Fortin <mfortin@mapleleaffitouts.ca> wrote:
    >>> Pat,
    >>> PO MF-6620 attached: 40 channel-letter sets for the NORTHERN PROVISIONS
    >>> rollout (that's the commercial cover). Please build 1 sample set only for
    >>> now, so our client can see it on site.
    >>> The other 39 sets are on hold - not released. They get released in
    >>> writing by me after the client signs off the sample on site. Don't buy
    >>> coil or LED modules for them yet.
    >>> Mel Fortin | Purchasing Lead | Maple Leaf Fit-Outs Inc. | Ottawa
""")
case("p05_card_payment_as_go_ca_sign", ["RG012"],
     "supplier: 'whole job's paid for, we'll take that as our go' for the other 39; quoted buyer scope is complete (1 sample, hold, event, Mel Fortin)",
     [("RE_MF-6620_payment_received.eml", eml_bytes(mail(
         "Pat Leblanc <pat@rideauchannelletters.ca>", "Mel Fortin <mfortin@mapleleaffitouts.ca>",
         "RE: PO MF-6620 - channel letters - payment received", "Wed, 15 May 2024 11:48:02 -0400", _p05,
         cc="Jenny Cho <jcho@mapleleaffitouts.ca>", attachments=[("rfc822", _p05_ap)],
         in_reply_to="<h18-ref-mf6620@mapleleaffitouts.ca>")))])

# p06 — "approved" for QA, bank LC and production; LC treated as the trigger (US toys buyer, AU supplier)
_p06 = T("""
    Hi Brooke,

    Good news on two fronts:

    1. Our QA lab approved the 24 PP samples of the wooden train set - report
       TR-2024-118, all ASTM F963 and CPSIA tests passed.
    2. Our bank approved the letter of credit this morning: LC 0044-7781-US,
       USD 96,000, advised through ANZ Melbourne.

    With the LC approved, production of the 6,000 sets is approved as well, so
    you can get started.

    Cheers,
    Dana

    Dana Whitfield | VP Sourcing | Fireside Games Inc. | Minneapolis, MN
    +1 612 555 0175

    > On 3 May 2024, Dana Whitfield wrote:
    > PO FG-4410 covers the 24 PP samples only. The 6,000-set production run is
    > not released; I will release it in writing after PP sample sign-off.
""")
case("p06_lc_approved_means_go_us_toys", ["RG009", "RG012"],
     "'approved' used for QA lab, bank LC and production in one email, and the LC is given as the reason production can start",
     [("Re_FG-4410_samples_and_LC.eml", eml_bytes(mail(
         "Dana Whitfield <dana.whitfield@firesidegames.com>", "Brooke Allen <brooke@koolabahtoys.com.au>",
         "Re: FG-4410 - PP samples + LC", "Thu, 16 May 2024 17:30:00 -0500", _p06, html=to_html(_p06))))])

# ---------------------------------------------------------------- RG007 implied auto-conversion
# p07 — multi-file: complete sample PO + supplier quotation whose terms make sample approval a release (UK construction products)
case("p07_quote_terms_autorelease_uk_constr", ["RG007"],
     "two files: complete first-off PO (20, 8,000 not released, Andrew Holroyd) + supplier quote clause 'approval of samples shall constitute release'",
     [("PO_PRS-30552.docx", docx_bytes([
         ("h1", "Purchase Order PRS-30552"),
         ("p", "Pennine Roofing Supplies Ltd, Shaw Lodge Mills, Halifax HX3 9ET. Date: 10 May 2024."),
         ("p", "Supplier: Wharfedale Polymer Mouldings Ltd, Otley. Ref. your quotation WPM-Q2291."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit GBP", "Total GBP"],
             ["1", "PRS-DRV-01 Rev B", "Dry-ridge vent unit, UV-stabilised PP, anthracite - first-off samples",
              "20", "6.80", "136.00"],
         ]),
         ("p", "This PO covers the 20 first-off samples on line 1 only."),
         ("p", "The 8,000 production units on quotation WPM-Q2291 are not released and are not covered by this "
               "PO. Do not mould them and do not buy material for them."),
         ("p", "They will be released only by a separate written release from Andrew Holroyd, Purchasing "
               "Manager, after our technical sign-off of the first-off samples (fit test on the Halifax test "
               "roof, BS 8612 wind-uplift check)."),
         ("p", "Delivery of samples: by 31 May 2024 to Halifax."),
     ], author="Andrew Holroyd")),
      ("Quotation_WPM-Q2291.pdf", pdf([
         ("h1", "QUOTATION WPM-Q2291"),
         ("p", "Wharfedale Polymer Mouldings Ltd - Ilkley Rd, Otley LS21 3JP - Company No. 04471882"),
         ("p", "To: Pennine Roofing Supplies Ltd, Halifax. Date: 29 April 2024. Part: dry-ridge vent unit "
               "PRS-DRV-01 Rev B."),
         ("table", [
             ["Item", "Qty", "Unit GBP", "Notes"],
             ["First-off samples", "20", "6.80", "from existing tool T-771"],
             ["Production", "8,000", "1.94", "UV-stabilised PP, anthracite"],
         ]),
         ("h", "Conditions of sale (extract)"),
         ("p", "8.1 Prices are ex works Otley and exclude VAT."),
         ("p", "8.2 Lead time for production is 4 weeks from order, subject to tool availability."),
         ("p", "8.3 Written approval of first-off samples by the Customer shall constitute release of the full "
               "production quantity stated in this quotation, and the Supplier shall be entitled to commence "
               "manufacture and invoice accordingly."),
         ("p", "8.4 Tooling remains the property of the Supplier unless paid for in full."),
         ("p", "Quoted by Helen Marsh, Sales Office."),
     ], title="Quotation WPM-Q2291", author="Wharfedale Polymer Mouldings"))])

# p09 — buyer's quality engineer overrides the written-release requirement (Irish medical moulding)
_p09 = T("""
    Hi Barry,

    Thanks a million for getting the PQ run moulded so quickly. I'll be
    measuring the 300 this week on the CMM (cavities 1-4, 32 dims each) and
    running the ISO 80369-7 connector gauging on a sub-sample of 32.

    To save everyone time: if the samples measure up, just keep the press
    running and go on with the balance - no need to wait for Orla's paperwork,
    I'll square it with her after.

    Go raibh maith agat,
    Eoin

    Eoin Gallagher | Senior Quality Engineer | Corrib MedTech Ltd | Galway
    +353 91 555 0182

    ---------- Forwarded message ---------
    From: Orla Brennan <orla.brennan@corribmedtech.ie>
    Date: Thu, 2 May 2024 at 11:05
    Subject: PO CMT-7731 - ENDO-12 housings
    To: Barry Quinn <barry@shannonprecision.ie>

    Barry,

    PO CMT-7731 attached: 300 pcs PQ samples of CMT-ENDO-12 Rev C (4-cavity).
    The 9,700 pcs production quantity is not released and is on hold. I will
    release it in writing after PQ sample sign-off - nobody else in Corrib can.

    Orla Brennan | Procurement Manager | Corrib MedTech Ltd
""")
case("p09_qe_keep_press_running_ie_med", ["RG007"],
     "buyer's QE: 'if the samples measure up, just keep the press running and go on with the balance - no need to wait for Orla's paperwork'",
     [("PQ_run_CMT-7731_next_steps.eml", eml_bytes(mail(
         "Eoin Gallagher <eoin.gallagher@corribmedtech.ie>", "Barry Quinn <barry@shannonprecision.ie>",
         "PQ run CMT-7731 - next steps", "Mon, 13 May 2024 12:44:10 +0100", _p09, html=to_html(_p09))))])

# p10 — Teams HTML export: buyer says sample pass rolls straight into the 800, contradicting his own PO (AU 3D print)
case("p10_teams_rolls_into_800_au_3dp", ["RG007"],
     "buyer in Teams: 20 samples, 800 not released pending his written release; later 'if the arms survive, crack on with the 800 - rolls straight into production'",
     [("Teams_export_ODS-1144.html", html_page("Teams chat export - ODS-1144 SLS arms", T("""
    <h3>Microsoft Teams &ndash; chat export</h3>
    <p>Chat: <b>ODS-1144 SLS drone arms</b> &middot; Participants: Lachlan Pryce (Outback Drone Systems),
    Kate Moretti (Sintered Pty Ltd) &middot; Exported 17/05/2024</p>
    <div class="msg"><p><b>Lachlan Pryce</b> <i>09/05/2024 9:14 am</i></p>
    <p>Morning Kate. PO ODS-1144 is in your inbox. It's for 20 SLS sample arms only (PA11, arm ODS-ARM-3 rev D).
    The 800 production arms are NOT released &ndash; I'll release them in writing after our flight-test sign-off.</p></div>
    <div class="msg"><p><b>Kate Moretti</b> <i>09/05/2024 9:20 am</i></p>
    <p>Sweet, 20 going in tomorrow's build on the EOS P 396. Bead blast + dye black as per last time?</p></div>
    <div class="msg"><p><b>Lachlan Pryce</b> <i>09/05/2024 9:22 am</i></p><p>Yep 👍</p></div>
    <div class="msg"><p><b>Kate Moretti</b> <i>14/05/2024 3:41 pm</i></p>
    <p>Samples delivered to Parafield this arvo, CoC in the box.</p></div>
    <div class="msg"><p><b>Lachlan Pryce</b> <i>16/05/2024 8:05 am</i></p>
    <p>Legend. Flight tests kick off Monday. Honestly mate, if the arms survive the hard-landing test just crack on
    with the 800 &ndash; it'll roll straight into production, no need to wait on my email. Saves us a week.</p></div>
    <div class="msg"><p><b>Kate Moretti</b> <i>16/05/2024 8:09 am</i></p><p>Too easy, will do 🙌</p></div>
    """)))])

# p12 — buyer: once the architect gives the thumbs-up, crank out the rest; nobody named to release (US construction)
_p12 = T("""
    Hey Marcus,

    Mock-up goes in front of the architect Thursday at 2. Once y'all get the
    thumbs-up from him, crank out the rest of the panels - we're behind on the
    tower schedule, so no sense waiting on another piece of paper.

    Keep the anodize to the Class I clear we talked about.

    Thanks,
    Cheryl

    Cheryl Dawson | Project Buyer | Bayou Glass & Curtainwall LLC | Baton Rouge, LA
    225-555-0166

    -----Original Message-----
    From: Cheryl Dawson
    Sent: Monday, May 6, 2024 10:30 AM
    To: Marcus Hebert <mhebert@gulfstatesanodizing.com>
    Subject: PO BG-2215 - spandrel panels

    Marcus, PO BG-2215 is for 2 mock-up spandrel panels (sample). The remaining
    148 panels are on hold. Drawing BG-SP-12 rev 3 attached.
""")
case("p12_architect_thumbsup_crank_us_constr", ["RG005", "RG007"],
     "buyer: once the architect gives the thumbs-up 'crank out the rest... no sense waiting on another piece of paper'; no one named to release the 148",
     [("Mockup_Thursday_BG-2215.eml", eml_bytes(mail(
         "Cheryl Dawson <cdawson@bayouglass.com>", "Marcus Hebert <mhebert@gulfstatesanodizing.com>",
         "Mock-up Thursday - BG-2215", "Tue, 14 May 2024 16:02:18 -0500", _p12, html=to_html(_p12))))])

# p13 — multi-file: complete PO + supplier voicemail "we'll kick straight off on the 2,000" (NZ ag)
case("p13_voicemail_kick_straight_off_nz_ag", ["RG007"],
     "two files: complete sample PO (6 pins, 2,000 on hold, Grant Pohatu) + supplier voicemail: once samples get the tick 'we'll kick straight off on the two thousand'",
     [("PO_WAE-2024-061.pdf", pdf([
         ("h1", "PURCHASE ORDER WAE-2024-061"),
         ("p", "Waikato Ag Equipment Ltd - 31 Kahikatea Dr, Frankton, Hamilton 3204 - GST 88-410-227"),
         ("p", "Supplier: Canterbury Castings & Machining Ltd, Hornby, Christchurch. Date: 8/05/2024."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit NZD"],
             ["1", "WAE-LP-38 rev B", "Loader pivot pin 38 mm, 4140 induction hardened, sample", "6", "64.00"],
         ]),
         ("p", "Scope: the 6 sample pins on line 1 only. The production quantity of 2,000 pins on your quote is "
               "on hold and not released."),
         ("p", "The 2,000 will be released only by a written release from Grant Pohatu, Purchasing Manager, after "
               "the field trial of the sample pins on our demo loaders has been signed off by our engineering "
               "team."),
         ("p", "Grant Pohatu, Purchasing Manager - 07 555 0158"),
     ], title="PO WAE-2024-061", author="Grant Pohatu")),
      ("voicemail_2024-05-17_Dave_Kerr.txt", T("""
    Voicemail to text - Waikato Ag Equipment phone system
    Mailbox: Grant Pohatu (ext 214)
    From: 03 555 0141 (Dave Kerr, Canterbury Castings & Machining)
    Left: Fri 17/05/2024 15:38   Length: 0:58

    "Gidday Grant, Dave Kerr from Canterbury Castings. Just letting you know the
    six sample pins went out on the Mainfreight truck this arvo, should be with you
    Tuesday. Oh and, ah, heads up, as soon as your engineers give 'em the tick
    we'll kick straight off on the two thousand, saves you raising another bit of
    paper, eh. We've got the lathe time pencilled in for June. Anyway, give us a
    bell if you need anything. Cheers, bye."
"""))])

# p14 — supplier ack: remaining 3 tanks follow automatically, sheet already ordered for all 4 (UK brewing)
_p14_ack = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-7702"),
    ("p", "Black Country Process Engineering Ltd - Unit 12 Shaw Rd, Dudley DY2 8TP - VAT GB 331 2209 18"),
    ("p", "Customer: Trent Valley Brewery Ltd, Burton upon Trent. Your PO TVB-1190 dated 7 May 2024."),
    ("table", [
        ["Line", "Description", "Qty", "Price GBP", "Delivery"],
        ["1", "20 BBL pilot brite tank, 304 SS, dimple jacket, carb stone, 2 bar rated", "1", "18,400.00",
         "week 27"],
    ]),
    ("sp",),
    ("p", "Remarks: On acceptance of the pilot tank at your site the remaining 3 tanks will follow automatically "
          "on our standard 10-week lead time. To protect that lead time we have already placed the order for "
          "304 stainless sheet and dished ends for all 4 vessels with our mill."),
    ("p", "Acknowledged by Gavin Price, Contracts Manager, 14 May 2024."),
], title="OA-7702", author="Black Country Process Engineering")
_p14 = T("""
    Afternoon Sanjay,

    Please find our order acknowledgement OA-7702 attached for the pilot brite
    tank on your PO TVB-1190. The nozzle layout drawing will follow by Friday
    for your comments.

    Kind regards,
    Gavin

    Gavin Price | Contracts Manager | Black Country Process Engineering Ltd
    01384 555 0126

    > From: Sanjay Mistry <s.mistry@trentvalleybrewery.co.uk>
    > Sent: 07 May 2024 09:51
    > Subject: PO TVB-1190 - pilot brite tank
    >
    > Gavin, PO TVB-1190 attached. It is for the 1 pilot brite tank only. The
    > other 3 tanks on your quote are not released, and material authority is
    > pilot only. I'll release the 3 in writing after we've run the pilot
    > through a full conditioning cycle.
    > Sanjay Mistry, Purchasing Manager, Trent Valley Brewery Ltd
""")
case("p14_ack_auto_follow_sheet_all4_uk_brew", ["RG006", "RG007"],
     "supplier ack: remaining 3 tanks 'follow automatically' on pilot acceptance, and sheet for all 4 already ordered against a pilot-only material authority",
     [("OA-7702_pilot_brite_tank.eml", eml_bytes(mail(
         "Gavin Price <gavin.price@bcpe.co.uk>", "Sanjay Mistry <s.mistry@trentvalleybrewery.co.uk>",
         "OA-7702 - PO TVB-1190 pilot brite tank", "Tue, 14 May 2024 15:22:47 +0100", _p14,
         attachments=[("OA-7702.pdf", _p14_ack, PDF_MT)])))])

# p40 — supplier PSW cover letter: PPAP approval = production approval (US ag machinery)
case("p40_psw_cover_ppap_equals_prod_us_ag", ["RG007", "RG009"],
     "supplier PSW cover letter: 'once the PPAP is approved we will take that approval as your approval for production' and ship the 1,995",
     [("PSW_cover_letter_BST-7710-3.pdf", pdf([
         ("h1", "PPAP Submission - Cover Letter"),
         ("p", "Ohio Valley Gear Works, Inc. - 1200 River Rd, Marietta, OH 45750 - (740) 555-0137"),
         ("p", "To: Badger State Tractor Parts, Supplier Quality, Fond du Lac, WI. Date: May 15, 2024."),
         ("p", "Re: PN BST-7710-3 Rev D, spur gear, 32T, 8620 carburized - PO BST-44120."),
         ("table", [
             ["Element", "Included"],
             ["Part Submission Warrant (PSW)", "yes"],
             ["Dimensional results - 5 pcs, 100% of characteristics", "yes"],
             ["Material and case-depth certs (heat 7781)", "yes"],
             ["PFMEA, control plan, process flow", "yes"],
             ["MSA (gage R&R 8.4%)", "yes"],
         ]),
         ("sp",),
         ("p", "Please note: once the PPAP is approved, we will take that approval as your approval for production "
               "and ship the remaining 1,995 gears per the schedule on PO BST-44120, unless we hear otherwise."),
         ("p", "Thank you for the opportunity. Questions to Rick Dunbar, Quality Manager, rdunbar@ovgear.com."),
     ], pagesize=LETTER, title="PSW cover BST-7710-3", author="Rick Dunbar"))])

# ---------------------------------------------------------------- RG006 material beyond release
# p16 — WhatsApp: supplier already bought cement, mesh and stone for all 400 panels (South Africa construction)
case("p16_whatsapp_material_all400_za", ["RG006"],
     "WhatsApp: buyer releases 4 sample panels (396 on hold, her written release after sign-off); supplier already bought material for all 400",
     [("WhatsApp_Chat_Ridgeview_Boland.txt", T("""
    WhatsApp Chat with Francois Botha (Boland Precast)
    [2024/05/13, 08:02:11] Lerato Dlamini: Morning Francois. PO RD-5520 is on your email. It's for the 4 sample boundary-wall panels only, for the show house
    [2024/05/13, 08:03:40] Lerato Dlamini: The other 396 panels are on hold, not released. I'll send a written release after the body corporate signs off the sample panels at the show house
    [2024/05/13, 08:04:02] Francois Botha: Shot Lerato 👍 4 panels, will cast Wednesday
    [2024/05/15, 11:40:19] Lerato Dlamini: Site contact for delivery is Sizwe, 072 555 0134. Gate 2 off Kiepersol Rd
    [2024/05/16, 15:27:55] Francois Botha: Sample panels are curing nicely. Ag shame man, just so you know, we already ordered the cement, mesh and stone for all 400 panels last week. Price was going up 1 June so we jumped on it. It's sitting in the yard ready to go
    [2024/05/16, 15:31:08] Lerato Dlamini: Eish. Ok noted
    [2024/05/16, 15:31:30] Francois Botha: 👍
"""))])

# p17 — buyer, off the record: pour castings for the whole 600 now, nothing on paper (Canada ag)
_p17_po = pdf([
    ("h1", "PURCHASE ORDER PPS-2291"),
    ("p", "Prairie Pride Seeders Ltd. - 1800 Fleet St, Regina SK S4N 7K9 - GST 81447 2290 RT0001"),
    ("p", "Supplier: Brandon Foundry & Machine Ltd., Brandon MB. Date: 2024-05-06. Terms: Net 30."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit CAD"],
        ["1", "PPS-OB-14 Rev E", "Opener body, ductile iron 65-45-12, machined - field-trial samples", "20",
         "118.00"],
    ]),
    ("sp",),
    ("p", "This PO covers the 20 field-trial sample opener bodies only. The balance of 580 opener bodies on "
          "your quote BFM-Q-0319 is not released. Gord Lamb will release it in writing after the field trial "
          "has been signed off by our agronomy team."),
    ("p", "Gord Lamb, Buyer - glamb@prairiepride.ca - 306-555-0177"),
], pagesize=LETTER, title="PO PPS-2291", author="Gord Lamb")
_p17 = T("""
    Hey Wes,

    Quick one, off the record. Field trials on the 20 sample opener bodies
    start next week if the frost stays away.

    If I were you I'd get the castings poured for the whole 600 now - your
    foundry lead time is brutal and I don't want us stuck in August. I can't
    put anything on paper for the other 580 until the trial's done, but it'll
    all work out.

    PO attached again for reference.

    Cheers,
    Gord

    Gord Lamb | Buyer | Prairie Pride Seeders Ltd. | Regina SK | 306-555-0177
""")
case("p17_off_record_pour_600_ca_ag", ["RG006"],
     "buyer 'off the record': pour castings for the whole 600 now though only 20 are released and nothing goes on paper; no material authority",
     [("castings_lead_time_PPS-2291.eml", eml_bytes(mail(
         "Gord Lamb <glamb@prairiepride.ca>", "Wes Kowalchuk <wes@brandonfoundry.ca>",
         "castings lead time - PPS-2291", "Thu, 09 May 2024 18:21:44 -0600", _p17,
         attachments=[("PO_PPS-2291.pdf", _p17_po, PDF_MT)])))])

# p20 — supplier status report: resin staged for 50,000 pcs against a 5,000-pc staged authority (US medical moulding)
case("p20_status_resin_beyond_authority_us_med", ["RG006"],
     "supplier status report: release 500, explicit staged material authority 5,000, but resin dried and staged for 50,000 pcs",
     [("Weekly_Status_ALP-2207_wk20.docx", docx_bytes([
         ("h1", "Weekly program status - Alpine Diagnostics ALP-2207"),
         ("p", "Rocky Mountain Medical Molding, LLC - Longmont, CO - prepared by Jordan Kessler, Program Manager, "
               "week 20 (May 13-17, 2024)."),
         ("table", [
             ["Item", "Status"],
             ["Part", "ALP-2207 Rev C cuvette holder, Lexan HPS1R, 8-cavity tool RMM-771"],
             ["Release on file", "500 pcs (Release R-1, signed by Hannah Cole, Alpine Diagnostics)"],
             ["Material authority on file", "staged, up to 5,000 pcs of Lexan HPS1R (your letter MA-07)"],
             ["Molded to date", "500 pcs, shipped 5/15, packing slip 22871"],
             ["Resin", "1,150 kg dried and staged at press 6 - enough for 50,000 pcs"],
         ]),
         ("h", "Notes"),
         ("p", "Resin: we have dried and staged resin sufficient for 50,000 pcs to secure one lot for the full "
               "annual quantity and avoid a lot change mid-year."),
         ("p", "Tool: cavity 5 vent cleaned; no open NCRs."),
         ("p", "Next: waiting on your next release before molding anything further."),
     ], author="Jordan Kessler"))])

# p21 — multi-file: FAI PO with no hold language + kick-off minutes: forgings for the full run ordered (WA oil & gas)
case("p21_fai_po_minutes_forgings_au_og", ["RG003", "RG004", "RG005", "RG006"],
     "two files: PO for 2 FAI valves never says the rest is not released (no event, no person); minutes: forgings for the full run already ordered",
     [("PO_POS-88120.txt", T("""
    PILBARA OFFSHORE SERVICES PTY LTD                        PURCHASE ORDER
    Level 9, 240 St Georges Tce, Perth WA 6000               PO No   : POS-88120
    ABN 72 604 118 331                                       Date    : 06/05/2024
    Supplier: Kwinana Valve Works Pty Ltd                    Terms   : 30 days EOM
              14 Beard St, Kwinana Beach WA 6167             Currency: AUD
    --------------------------------------------------------------------------------
    Ln  Item              Description                              Qty  Unit   Amount
    1   KVW-GV6-900 r2    6" Class 900 gate valve, RTJ, API 6A      2   EA  38,600.00
                          PSL 3, FAI article - full inspection
    --------------------------------------------------------------------------------
    Inspection: FAI per API 6A PSL 3, witnessed by Lloyd's Register.
    Documents: MDR incl. MTRs EN 10204 3.2, NDE, hydrotest charts.
    Buyer: Darren Fitzgerald, Contracts Officer   (08) 9555 0117
""")),
      ("KOM_minutes_POS-88120.pdf", pdf([
         ("h1", "Kick-off meeting minutes - PO POS-88120"),
         ("p", "Date: 9 May 2024, Kwinana Valve Works, Kwinana Beach. Present: Darren Fitzgerald (Pilbara Offshore "
               "Services), Shaun O'Rourke (Pilbara Offshore Services, QA), Mick Tran (Kwinana Valve Works, Project "
               "Manager), Leanne Cox (Kwinana Valve Works, QA)."),
         ("table", [
             ["No.", "Item", "Action"],
             ["1", "PO POS-88120 issued for 2 FAI valves (6\" Class 900), full inspection to API 6A PSL 3.", "-"],
             ["2", "Kwinana confirmed the forgings for the full production run (all bodies and bonnets on the "
                   "quote) have been ordered from the forge to hold the Q4 delivery slot. Pilbara noted.", "MT"],
             ["3", "ITP rev 0 to be issued for comment; hold points H1-H4 witnessed by Lloyd's.", "LC"],
             ["4", "FAT date to be confirmed once forgings for the FAI valves arrive (est. week 24).", "MT"],
         ]),
         ("sp",),
         ("p", "Minutes by Mick Tran, 10 May 2024. Distribution: attendees."),
     ], title="KOM POS-88120", author="Mick Tran"))])

# p34 — supplier QBR: forecast booked as firm orders and castings bought for all of it (US oil & gas)
case("p34_qbr_forecast_booked_firm_us_og", ["RG006", "RG008"],
     "supplier QBR: buyer's 1,200 forecast 'booked in our MRP as firm orders' and castings ordered for 1,200 while 150 are released",
     [("QBR_Q2-2024_Bakken_Ridge.pdf", pdf([
         ("h1", "Quarterly Business Review - Q2 2024"),
         ("p", "Great Northern Valve Co. for Bakken Ridge Energy, Williston ND. Presented May 14, 2024 by "
               "Kurt Halvorsen, Account Manager."),
         ("h", "Demand and supply"),
         ("table", [
             ["Item", "Quantity", "Comment"],
             ["2024 demand (your forecast, Jan 2024)", "1,200 gate valves", "booked in our MRP as firm orders"],
             ["Released by Bakken Ridge to date", "150 gate valves", "POs BR-4410, BR-4418, BR-4431"],
             ["Castings on order", "1,200 sets", "foundry PO GNV-F-7712, ETA July"],
             ["Shipped to date", "120 gate valves", "on-time 96%"],
         ]),
         ("sp",),
         ("p", "To guarantee your 2024 volume we have treated your forecast as a firm commitment and booked the "
               "castings for all 1,200 valves. This protects you against the foundry's Q3 price increase."),
         ("h", "Quality"),
         ("p", "Zero field returns YTD. One NCR (NCR-2024-0500, paint holiday) closed."),
         ("p", "Next QBR: August 2024."),
     ], pagesize=LETTER, title="QBR Q2 2024", author="Kurt Halvorsen"))])

# p35 — supplier reads a labelled forecast as an order and buys a year of film (AU food packaging)
_p35 = T("""
    Hi Kylie,

    Thanks heaps for the forecast order of 30,000 kg for FY25 - really
    appreciate the confidence. Based on it we've bought the BOPP film and the
    PE resin for the full year, so you're locked in at this year's price.

    Call-off 01 (2,500 kg) is on the press now and will be with you on the 28th.

    Cheers,
    Shane

    Shane O'Connell | Customer Service Manager | Murray Flexible Packaging | Albury NSW
    02 6055 0178

    On Mon, 13 May 2024 at 10:15 AM, Kylie Brennan <kbrennan@riverinafresh.com.au> wrote:
    > Hi Shane,
    > Attached is our FY25 forecast for the 500 g salad bag (RFP-SB-500):
    > 30,000 kg, monthly split on the sheet. This is for your planning only.
    > Call-off 01 for 2,500 kg is firm. Nothing else is released. The next
    > call-off will come from me (Kylie Brennan, Packaging Buyer) after our
    > month-end stocktake.
    > Thanks, Kylie
""")
case("p35_forecast_order_film_bought_au_pack", ["RG006", "RG008"],
     "supplier thanks the buyer for a 'forecast order of 30,000 kg' (labelled planning only) and buys film for the full year; call-off 01 is 2,500 kg",
     [("RE_FY25_forecast_salad_bag.eml", eml_bytes(mail(
         "Shane O'Connell <shane.oconnell@murrayflex.com.au>", "Kylie Brennan <kbrennan@riverinafresh.com.au>",
         "RE: FY25 forecast - salad bag RFP-SB-500", "Tue, 14 May 2024 14:06:31 +1000", _p35,
         in_reply_to="<h18-ref-fy25@riverinafresh.com.au>")))])

# ---------------------------------------------------------------- RG011 conflicting quantities
# p22 — three files: PO, release letter (500) and the buyer's covering email (450) (AU construction products)
_p22 = T("""
    Hi Tom,

    Release R1 for PO HVC-7741 went up on the supplier portal this morning.
    That's 450 blades for now - the rest stays on hold until we see how the
    first lot goes up on the Newcastle job.

    Powder coat colour stays Dulux Monument Matt, same as the samples.

    Cheers,
    Bianca

    Bianca Russo | Supply Manager | Hunter Valley Cladding Pty Ltd
    Thornton NSW | 02 4955 0163
""")
case("p22_release_letter_vs_email_au_constr", ["RG011"],
     "three files for one order: release letter R1 releases 500 louvre blades, the covering email from the same release authority says 450",
     [("PO_HVC-7741.txt", T("""
    HUNTER VALLEY CLADDING PTY LTD          MYOB AccountRight - Purchase Order
    ABN 41 618 220 903                       PO No    : HVC-7741
    3 Glenwood Dr, Thornton NSW 2322         Date     : 29/04/2024
    Supplier : Coastal Aluminium Extrusions Pty Ltd, Tomago NSW
    ------------------------------------------------------------------------------
    Item          Description                               Qty     Price    Total
    HVC-LB-150    Louvre blade 150 mm, 6063-T5, powder      25      21.40   535.00
                  coat Monument Matt - SAMPLES
    ------------------------------------------------------------------------------
    Notes: Samples only (25). The production quantity of 1,000 blades is not
    released. It will be released only by a written production release from
    Bianca Russo (Supply Manager) after sample sign-off by our site engineer.
""")),
      ("Release_Letter_R1_HVC-7741.pdf", pdf([
         ("h1", "Production Release No. R1"),
         ("p", "Hunter Valley Cladding Pty Ltd - 3 Glenwood Dr, Thornton NSW 2322"),
         ("p", "To: Coastal Aluminium Extrusions Pty Ltd, attn. Tom Vukovic. Date: 20 May 2024. "
               "Order: PO HVC-7741, louvre blade HVC-LB-150."),
         ("p", "Following sample sign-off by our site engineer on 17 May 2024, Hunter Valley Cladding releases "
               "500 (five hundred) louvre blades for production under PO HVC-7741."),
         ("p", "The remaining 500 blades of the production quantity remain on hold until a further written release."),
         ("p", "Signed: Bianca Russo, Supply Manager."),
     ], title="Release R1 HVC-7741", author="Bianca Russo")),
      ("Release_R1_covering_email.eml", eml_bytes(mail(
         "Bianca Russo <brusso@hvcladding.com.au>", "Tom Vukovic <tom@coastalalex.com.au>",
         "PO HVC-7741 - release R1", "Mon, 20 May 2024 09:31:12 +1000", _p22)))])

# p23 — QuickBooks PO: line qty 12, memo says ten (10) (US 3D-print bureau)
case("p23_quickbooks_12_vs_ten_us_3dp", ["RG011"],
     "full-quantity PO: the line says 12 brackets, the memo asks the bureau to print ten (10)",
     [("QuickBooks_PO_1187.txt", T("""
    Ridgeline Robotics LLC                                         Purchase Order
    2945 Pearl St, Boulder, CO 80301                               Date       P.O. No.
                                                                   05/14/2024  1187
    Vendor                                   Ship To
    Mile High Additive Inc.                  Ridgeline Robotics LLC
    5600 Dexter St, Commerce City CO 80022   attn: Receiving / Sam Okafor
    ----------------------------------------------------------------------------------
    Item           Description                                Qty    Rate     Amount
    MHA-PRINT      End-effector bracket Rev 5, Markforged      12   46.00     552.00
                   Onyx + CF (isotropic fill, 4 walls)
    Shipping       UPS Ground                                           18.50
    ----------------------------------------------------------------------------------
                                                               Total     $570.50
    Memo: Please print ten (10) brackets and ship as soon as they're done. No
    samples needed - same file as PO 1162. Invoice to ap@ridgelinerobotics.com.
    Ordered by: Sam Okafor, Operations
"""))])

# p24 — email says 50 pilot units, attached DOCX PO says 60 (Canada marine electronics)
_p24_po = docx_bytes([
    ("h1", "Purchase Order 5512"),
    ("p", "Pacific Rim Marine Tech Inc. - 1250 Powell St, Vancouver BC V6A 1H2. Date: May 13, 2024."),
    ("p", "Supplier: Okanagan EMS Ltd., Kelowna BC."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit CAD"],
        ["1", "MX-40-MB Rev B", "Chartplotter mainboard, pilot build (DVT)", "60", "184.00"],
    ]),
    ("p", "Pilot quantity as per the table above. The production quantity of 2,000 mainboards is not released. "
          "It will be released in writing by Heather Lam, Buyer, after DVT sign-off."),
    ("p", "Deliver to Vancouver, attn. Engineering Lab."),
], author="Heather Lam")
_p24 = T("""
    Hi Raj,

    PO 5512 attached for the 50 pilot units of the MX-40 chartplotter mainboard
    (Rev B, with the new GNSS front end). Production quantity of 2,000 stays on
    hold until the pilot passes DVT and I release it in writing.

    Can you confirm you have the Rev B Gerbers and the updated BOM (rev 14)?

    Thanks,
    Heather
""") + sig("Heather Lam", "Buyer", "Pacific Rim Marine Tech Inc., Vancouver BC", "+1 604 555 0121")
case("p24_email50_vs_docx60_ca_marine", ["RG011"],
     "covering email authorizes 50 pilot units, the attached DOCX PO line says 60 for the same pilot build",
     [("PO_5512_MX-40_pilot.eml", eml_bytes(mail(
         "Heather Lam <hlam@pacificrimmarine.ca>", "Raj Sandhu <raj@okanaganems.ca>",
         "PO 5512 - MX-40 mainboard pilot", "Mon, 13 May 2024 13:48:00 -0700", _p24,
         attachments=[("PO_5512.docx", _p24_po, DOCX_MT)])))])

# p25 — HTML call-off: table 400, footer says this call-off releases 500 (South Africa ag parts)
case("p25_calloff_html_400_vs_500_za_ag", ["RG011"],
     "one call-off: the table releases 400 disc blades, the footer says this call-off releases 500",
     [("CallOff_FSI-BPO-118_07.html", html_page("Call-off 07 - BPO FSI-118", T("""
    <h2>Free State Implements (Pty) Ltd &ndash; Call-off</h2>
    <p>Blanket order <b>FSI-BPO-118</b> &middot; Call-off <b>07</b> &middot; 14 May 2024<br>
    Supplier: Vaal Forge &amp; Machine (Pty) Ltd, Vanderbijlpark</p>
    <table>
      <tr><th>Part</th><th>Description</th><th>Qty this call-off</th><th>Required</th></tr>
      <tr><td>FSI-DB-610</td><td>Disc harrow blade 610 mm (24&quot;), notched, boron steel, 6 mm</td>
          <td>400</td><td>2024-06-10, Bloemfontein</td></tr>
    </table>
    <p>Forecast (planning only, not released): Jul 600 &middot; Aug 600 &middot; Sep 400.</p>
    <div class="note">This call-off releases 500 disc blades for manufacture. Further quantities are released only
    by the next numbered call-off signed by Johan Pretorius (Materials Manager).</div>
    <p>Material authority: steel for this call-off only.</p>
    """)))])

# p26 — Teams: buyer releases 200, two days later recaps "250 released" with no change notice (US food packaging)
case("p26_teams_200_vs_250_us_pack", ["RG011"],
     "same buyer in one chat: releases 200 display trays, later recaps 'as agreed Monday, 250 released'; no revision",
     [("teams_export_SS-4471.txt", T("""
    Microsoft Teams chat export - "SS-4471 display trays"
    Megan Ortiz (Sunbelt Snacks, Buyer) / Derek Hall (Carolina Corrugated, Scheduling)

    5/13/2024 9:02 AM  Megan Ortiz: Morning Derek! Releasing 200 of the printed display trays (PO SS-4471, line 2). Rest of the 2k stays on hold till the retailer signs off the planogram. Release of the rest is my call.
    5/13/2024 9:10 AM  Derek Hall: Got it, scheduling on the Bobst Thursday.
    5/14/2024 2:31 PM  Derek Hall: Proofs for the tray header attached, 4/c process + PMS 186.
    5/14/2024 3:05 PM  Megan Ortiz: Colors look right on my screen, will confirm with the brand team
    5/15/2024 8:47 AM  Megan Ortiz: Quick recap for your scheduler: as agreed Monday, 250 released on line 2, nothing else.
    5/15/2024 8:50 AM  Derek Hall: Ok 👍
"""))])

# p27 — EDI 850 for 1,000 gaskets, buyer's email says ship 1,200 per PO (US oil & gas)
_p27_850 = T("""
    ISA*00*          *00*          *ZZ*CADDOCOMP      *ZZ*REDRIVERSEAL   *240515*0714*U*00401*000000771*0*P*>~
    GS*PO*CADDOCOMP*REDRIVERSEAL*20240515*0714*771*X*004010~
    ST*850*0001~
    BEG*00*SA*4500771**20240515~
    REF*DP*SHREVEPORT YARD~
    PER*BD*BOBBIE LANDRY*TE*3185550149~
    DTM*002*20240531~
    N1*ST*CADDO PARISH COMPRESSION LLC*92*SHV01~
    N3*8801 LINWOOD AVE~
    N4*SHREVEPORT*LA*71106~
    PO1*1*1000*EA*4.85**BP*SW-4-600-CGI*VP*RRSG-SW4600~
    PID*F****SPIRAL WOUND GASKET 4IN CL600 316 GRAPHITE CS INNER/OUTER RING ASME B16.20~
    SCH*1000*EA***002*20240531~
    CTT*1*1000~
    SE*14*0001~
    GE*1*771~
    IEA*1*000000771~
""")
_p27 = T("""
    Bobby,

    The 850 for PO 4500771 went out this morning. Please ship 1,200 per PO -
    we need them staged at the Shreveport yard by the 31st for the compressor
    station turnarounds.

    Thanks,
    Bobbie Landry
    Buyer | Caddo Parish Compression LLC | 318-555-0149
""")
case("p27_edi850_1000_vs_email_1200_us_og", ["RG011"],
     "attached EDI 850 orders 1,000 gaskets; the buyer's email says 'ship 1,200 per PO'",
     [("PO_4500771_850_sent.eml", eml_bytes(mail(
         "Bobbie Landry <blandry@caddocompression.com>", "Bobby Guidry <bguidry@redriverseal.com>",
         "PO 4500771 - spiral wounds", "Wed, 15 May 2024 07:22:09 -0500", _p27,
         attachments=[("PO_4500771_850.txt", _p27_850, "text/plain")])))])

# p62 — email PO: 30 samples then 25 samples; attached DOCX quote shows 3,000; no hold/event/person (AU toys)
_p62_quote = docx_bytes([
    ("h1", "Quotation SCIM-Q-2024-118"),
    ("p", "Sunshine Coast Injection Moulding Pty Ltd - 21 Enterprise St, Kunda Park QLD 4556"),
    ("p", "To: Wattle & Gum Toys, attn. Bec Fairweather. 2 May 2024. Valid 30 days."),
    ("table", [
        ["Item", "Qty", "Unit AUD", "Notes"],
        ["Koala puzzle set, 6 pcs, ABS, 2 colours - samples", "30", "9.80", "from existing tool"],
        ["Koala puzzle set - production", "3,000", "2.15", "4 weeks lead time"],
    ]),
    ("p", "Prices ex GST, FIS Kunda Park. Colour matching to your Pantone chips included."),
    ("p", "Brett Hanlon, Sales"),
], author="Sunshine Coast Injection Moulding")
_p62 = T("""
    Hi Brett,

    Thanks for the quote. Please treat this email as our PO WG-0912 for 30
    sample koala puzzle sets (koala grey + gum-leaf green), at $9.80 each.
    Your quote's attached so we're all on the same page.

    Invoice to accounts@wattleandgum.com.au, 30 days.

    So that's 25 sample sets, delivered to our Hobart studio by 7 June -
    we'd like them for the Toy & Game Expo stand.

    Ta,
    Bec

    Bec Fairweather | Founder | Wattle & Gum Toys | North Hobart TAS | 0418 555 207
""")
case("p62_email_po_30_vs_25_quote3000_au_toys", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "email PO says 30 then 25 sample sets; attached quote shows 3,000 production unlabelled; nothing on hold, no event, no release person",
     [("PO_WG-0912_koala_samples.eml", eml_bytes(mail(
         "Bec Fairweather <bec@wattleandgum.com.au>", "Brett Hanlon <brett@scim.com.au>",
         "PO WG-0912 - koala puzzle samples", "Fri, 10 May 2024 12:14:50 +1000", _p62,
         attachments=[("Quote_SCIM-Q-2024-118.docx", _p62_quote, DOCX_MT)])))])

# ---------------------------------------------------------------- RG008 forecast as firm
# p30 — supplier books a labelled seasonal forecast as an order (Canada food packaging)
_p30 = T("""
    Hi Sophie,

    Thank you for your order of 24,000 cases of the 2 lb lobster cartons for the
    2025 season! We've entered it as sales order SO-88214 and scheduled the first
    6,000 cases for the week of January 6. Our order confirmation will follow
    from the system later today.

    Have a great weekend,
    Kevin

    Kevin MacLeod | Inside Sales | Great Lakes Carton Co. | Hamilton ON | 905-555-0142

    From: Sophie Tremblay <stremblay@maritimeseafood.ca>
    Sent: Friday, May 10, 2024 9:05 AM
    To: Kevin MacLeod <kmacleod@greatlakescarton.ca>
    Subject: 2025 season forecast - MSP-LC-2

    Hi Kevin,

    Here's our 2025 seasonal forecast for the 2 lb lobster carton (MSP-LC-2):
    Jan 6,000 / Mar 8,000 / May 10,000 - total 24,000 cases.
    This is a forecast for your capacity planning only; it is not a purchase
    order. POs will follow as usual, month by month.

    Thanks,
    Sophie Tremblay | Production Planner | Maritime Seafood Processors | Moncton NB
""")
case("p30_forecast_booked_as_order_ca_pack", ["RG008"],
     "buyer sends a forecast labelled 'not a purchase order'; supplier thanks her 'for your order of 24,000 cases' and books a sales order",
     [("RE_2025_season_forecast_MSP-LC-2.eml", eml_bytes(mail(
         "Kevin MacLeod <kmacleod@greatlakescarton.ca>", "Sophie Tremblay <stremblay@maritimeseafood.ca>",
         "RE: 2025 season forecast - MSP-LC-2", "Fri, 10 May 2024 15:47:22 -0400", _p30,
         in_reply_to="<h18-ref-msplc2@maritimeseafood.ca>")))])

# p31 — buyer: our forecast is a firm commitment (US toys)
_p31 = T("""
    Hi Gina,

    Following up on our call: our 2025 forecast for the junior kayak paddle
    (TP-220, 2-piece, blue/orange) is 40,000 units, roughly 60% landing
    February through May.

    Please treat this forecast as our firm commitment and plan your press
    capacity accordingly - we're locking it in. Formal POs will be cut closer
    to each ship window, but don't let that hold you up.

    Also attaching the updated carton spec (master pack of 12).

    Best,
    Ryan

    Ryan Hollis | Director of Purchasing | Trailhead Outdoor Toys | Boise, ID | 208-555-0153
""")
case("p31_forecast_firm_commitment_us_toys", ["RG008"],
     "buyer calls a 40,000-unit annual forecast 'our firm commitment... we're locking it in' while POs come later",
     [("2025_forecast_TP-220.eml", eml_bytes(mail(
         "Ryan Hollis <rhollis@trailheadtoys.com>", "Gina Marchetti <gmarchetti@greatbasinplastics.com>",
         "2025 forecast - TP-220 kayak paddle", "Thu, 09 May 2024 11:20:00 -0600", _p31,
         html=to_html(_p31))))])

# p32 — EDI 830 marked planning but the NTE says treat as firm purchase commitments (US ag machinery)
case("p32_edi830_treat_as_firm_us_ag", ["RG008"],
     "EDI 830 planning schedule (FST02=D) with an NTE telling the supplier to treat all forecast quantities as firm purchase commitments",
     [("EDI830_HCW_2024-05-13.txt", T("""
    ---- Heartland Combine Works EDI outbound log / human-readable copy ----
    Set: 830 Planning Schedule   Partner: CORNBELTCAST (Cornbelt Castings LLC, Ames IA)   Ctrl 000007112

    ISA*00*          *00*          *01*HEARTLANDCW    *01*CORNBELTCAST   *240513*0530*U*00401*000007112*0*P*>~
    GS*PS*HEARTLANDCW*CORNBELTCAST*20240513*0530*7112*X*004010~
    ST*830*0001~
    BFR*05**HCW-FC-2420*DL*A*20240513*20241231*20240513~
    N1*ST*HEARTLAND COMBINE WORKS INC*92*GI-01~
    LIN**BP*44301-12*EC*R~
    UIT*EA~
    PID*F****GEARBOX HOUSING CAST DUCTILE 65-45-12~
    FST*300*D*W*20240603~
    FST*300*D*W*20240610~
    FST*450*D*W*20240617~
    FST*450*D*W*20240624~
    FST*1800*D*M*20240701~
    FST*1800*D*M*20240801~
    NTE*GEN*TREAT ALL FORECAST QUANTITIES IN THIS SCHEDULE AS FIRM~
    NTE*GEN*PURCHASE COMMITMENTS. SHIP AGAINST THIS SCHEDULE.~
    CTT*1*5100~
    SE*18*0001~
    GE*1*7112~
    IEA*1*000007112~

    Planner: Jolene Eberly  (308) 555-0124
"""))])

# ---------------------------------------------------------------- RG009 mixed approval terms
# p36 — NetSuite PO: "Status: Released" for the commercial PO, "production release" for the parts (Canada medical)
case("p36_netsuite_status_released_ca_med", ["RG009"],
     "'released' used for the PO's commercial status (released in NetSuite after budget sign-off) and for production release on a sample PO",
     [("NetSuite_PO_LMD-20931.txt", T("""
    LAURENTIAN MEDICAL DEVICES INC.                              Purchase Order
    845 Division St, Kingston ON  K7K 4C1                        PO #    LMD-PO-20931
                                                                 Date    5/14/2024
    Status: RELEASED                                             Terms   Net 45
    Vendor: Trillium Precision Molding Ltd.                      Currency CAD
            41 Industrial Pkwy, Peterborough ON
    --------------------------------------------------------------------------------------
    Item             Description                                    Qty    Rate     Amount
    TPM-CAP-22 r4    Cannula hub cap, PC, sample (PQ) run            100    2.90     290.00
    --------------------------------------------------------------------------------------
                                                                   Total CAD        290.00
    Memo:
    This PO was released in NetSuite on 5/14/2024 after budget sign-off.
    Sample PO. The production quantity of 9,900 pcs is not released. Production
    release will be issued in writing by Dr. Priya Shah, Director of Supply Chain,
    after PQ sample sign-off.
    Buyer: Owen Fraser   ofraser@laurentianmed.ca   613-555-0181
"""))])

# p39 — framework agreement defines one "Approval" for technical, commercial and production (UK oil & gas)
case("p39_framework_approval_defined_uk_og", ["RG009"],
     "framework clause defines one word 'Approval' as technical FA approval, commercial PO approval and approval to manufacture",
     [("Framework_Agreement_Clause14_Schedule3.docx", docx_bytes([
         ("h1", "Framework Supply Agreement FES/TF/2024 - extract"),
         ("p", "Between Forth Energy Services Ltd, Leith, Edinburgh (the \"Buyer\") and Tay Forgings Ltd, "
               "Dundee (the \"Supplier\")."),
         ("h", "14. Approval"),
         ("p", "14.1 In this Agreement \"Approval\" means, as the context requires, (a) the Buyer's technical "
               "approval of First Article samples, (b) the Buyer's commercial approval of a Purchase Order, or "
               "(c) the Buyer's approval to manufacture a production quantity; and \"Approved\" shall be "
               "construed accordingly."),
         ("p", "14.2 The Supplier shall not manufacture any production quantity without Approval."),
         ("p", "14.3 Approval shall be given in writing by Mr Euan Fraser, Head of Procurement, or by his "
               "nominated deputy."),
         ("h", "Schedule 3 - Purchase Order FES-PO-3310"),
         ("table", [
             ["Item", "Description", "Qty", "Status"],
             ["1", "Weld-neck hub forging, F22 Cl.3, First Article", "4", "Manufacture now"],
             ["2", "Weld-neck hub forging, F22 Cl.3, production", "196", "Not released"],
         ]),
         ("p", "Item 2 (196 forgings) is not released. It is subject to Approval under 14.1(c), following "
               "Approval of the First Article samples under 14.1(a)."),
     ], author="Forth Energy Services Legal"))])

# ---------------------------------------------------------------- RG002 unscoped approval
# p45 — long thread: engineering manager "samples approved, PO approved, go ahead - get the line running" (NZ marine)
_p45 = T("""
    Kia ora Hamish,

    Great result. Samples are approved and Sarah's approved the PO amendment
    for the Molex connector change, so go ahead - get the line running.

    Anaru

    Anaru Wiremu | Engineering Manager | Kaikoura Marine Tech Ltd | 03 555 0186

    On Wed, 15 May 2024 at 4:12 PM, Hamish Reid <hamish@southerncrosspcb.co.nz> wrote:
    > Hi Anaru,
    >
    > Test report attached - all 10 pilot boards passed salt fog (96 h, IEC
    > 60068-2-52) and vibration (IEC 60945 cl. 8.7). Two boards showed a bit of
    > flux residue under U7, cleaned and re-tested fine.
    >
    > What's next on your end?
    >
    > Hamish Reid | Operations | Southern Cross PCB Ltd | Christchurch
    >
    > On Thu, 2 May 2024 at 10:00 AM, Sarah Kingi <sarah.kingi@kaikouramarine.co.nz> wrote:
    >> Hamish, PO KMT-2290 attached for 10 pilot boards only (KMT-NAV-3 rev C).
    >> The 490 production boards are on hold and not released. I'll release
    >> them in writing after the environmental test sign-off.
    >> Sarah Kingi | Procurement Manager | Kaikoura Marine Tech Ltd
""")
case("p45_samples_approved_go_ahead_nz_marine", ["RG002", "RG007", "RG009"],
     "engineering manager: 'Samples are approved and Sarah's approved the PO amendment, so go ahead - get the line running' against Sarah's written-release hold",
     [("RE_KMT-2290_pilot_test_report.eml", eml_bytes(mail(
         "Anaru Wiremu <anaru.wiremu@kaikouramarine.co.nz>", "Hamish Reid <hamish@southerncrosspcb.co.nz>",
         "RE: KMT-2290 pilot boards - test report", "Thu, 16 May 2024 08:55:30 +1200", _p45,
         in_reply_to="<h18-ref-kmt2290@southerncrosspcb.co.nz>")))])

# p41 — proof approved, "go for it!" on a PO with a sample totem and 35 on hold (UK signage)
_p41 = T("""
    Hi Rhys,

    Proof looks spot on - love the Salford Quays map panel. Approved, go for it! 🙌

    Priya

    Priya Chauhan | Purchasing | Brightwater Leisure Group | Manchester | 0161 555 0173

    -----Original Message-----
    From: Rhys Morgan <rhys@penninesignco.co.uk>
    Sent: 15 May 2024 11:20
    Subject: RE: PO BLG-5540 - totem graphics proof

    Hi Priya, attached is the proof for the totem graphics panel (v3, with the
    accessible-route icons). Can you confirm?
    Rhys

    -----Original Message-----
    From: Priya Chauhan
    Sent: 02 May 2024 09:05
    Subject: PO BLG-5540 - totems

    Rhys, PO BLG-5540 attached: 1 sample totem (proof build) for the Salford Quays
    site. The 35 totems for the rollout are not released - I'll release them in
    writing after our ops director signs off the sample on site.
    Priya Chauhan, Purchasing, Brightwater Leisure Group
""")
case("p41_proof_approved_go_for_it_uk_sign", ["RG002"],
     "buyer replies to an artwork proof 'Approved, go for it!' with no scope, on an order with 1 sample totem and 35 on hold",
     [("RE_BLG-5540_totem_graphics_proof.eml", eml_bytes(mail(
         "Priya Chauhan <priya.chauhan@brightwaterleisure.co.uk>", "Rhys Morgan <rhys@penninesignco.co.uk>",
         "RE: PO BLG-5540 - totem graphics proof", "Wed, 15 May 2024 13:02:11 +0100", _p41,
         html=to_html(_p41))))])

# p42 — "Approved - thanks" to a question offering 3 FAI or the remaining 57 (US valves)
_p42 = T("""
    Approved - thanks Jake.

    Linda Park | Buyer | Eagle Ford Production Co. | San Antonio, TX | 210-555-0168

    On Tue, May 14, 2024 at 3:47 PM Jake Morales <jmorales@bayoucityvalve.com> wrote:
    > Linda - FAI on the 3 first-article check valves is done and the report's
    > in your inbox (AS9102 forms, balloon drawing, CMM data).
    >
    > Question: can we proceed with production of the remaining 57, or do you
    > want to review the FAI first and stick with the 3 for now?
    >
    > Jake Morales | Project Manager | Bayou City Valve Works | Houston TX
    >
    > On Mon, Apr 29, 2024 at 8:30 AM Linda Park <lpark@eagleford-prod.com> wrote:
    >> Jake, PO EFP-2290 attached: 3 first-article check valves only. The 57
    >> production valves are not released. I'll release them in writing after
    >> FAI sign-off.
    >> Linda Park, Buyer
""")
case("p42_approved_thanks_two_options_us_valves", ["RG002"],
     "supplier asks 'proceed with the remaining 57, or stick with the 3?'; buyer answers only 'Approved - thanks'",
     [("RE_EFP-2290_FAI_done.eml", eml_bytes(mail(
         "Linda Park <lpark@eagleford-prod.com>", "Jake Morales <jmorales@bayoucityvalve.com>",
         "RE: EFP-2290 - FAI done", "Tue, 14 May 2024 16:05:41 -0500", _p42,
         in_reply_to="<h18-ref-efp2290@bayoucityvalve.com>")))])

# p43 — multi-file: formal letter "confirms its approval and authorises the Contractor to proceed" + complete PO (South Africa construction)
case("p43_letter_approval_proceed_za_constr", ["RG002"],
     "two files: complete PO (1 mock-up stair, 46 not released, Naledi Jacobs) + formal letter 'confirms its approval and authorises the Contractor to proceed' with no scope",
     [("Letter_TMCS-2024-031_method_statement.docx", docx_bytes([
         ("p", "TABLE MOUNTAIN CIVIL STRUCTURES (PTY) LTD"),
         ("p", "Unit 5, Montague Park, Montague Gardens, Cape Town 7441 - Reg. 2011/008812/07"),
         ("p", "Our ref: TMCS/2024/031/L07 - 16 May 2024"),
         ("p", "Atlantic Precast Stairs (Pty) Ltd, Epping Industria, Cape Town. For the attention of: "
               "Mr Riaan Visser."),
         ("p", "Dear Sirs"),
         ("p", "RE: CONTRACT TMCS/2024/031 - PRECAST STAIR UNITS, BLOCK C, CANAL WALK EXTENSION"),
         ("p", "Further to our review of your method statement MS-07 and the revised lifting-insert details "
               "(drawing APS-LI-22 Rev 4), the Employer hereby confirms its approval and authorises the "
               "Contractor to proceed."),
         ("p", "Kindly acknowledge receipt of this letter."),
         ("p", "Yours faithfully"),
         ("p", "Naledi Jacobs, Contracts Manager, for and on behalf of Table Mountain Civil Structures (Pty) Ltd"),
     ], author="Naledi Jacobs")),
      ("PO_TMCS-0412.pdf", pdf([
         ("h1", "PURCHASE ORDER TMCS-0412"),
         ("p", "Table Mountain Civil Structures (Pty) Ltd - Cape Town. Date: 3 May 2024. "
               "Supplier: Atlantic Precast Stairs (Pty) Ltd, Epping."),
         ("table", [
             ["Item", "Description", "Qty", "Rate ZAR", "Status"],
             ["1", "Precast stair flight type S2, 1 500 wide, 14 risers - mock-up", "1", "18 900,00",
              "Make now"],
             ["2", "Precast stair flight type S2 - production", "46", "16 750,00", "Not released"],
         ]),
         ("sp",),
         ("p", "Item 2 (46 flights) is not released. It will be released only by a written production release "
               "from Naledi Jacobs, Contracts Manager, after the engineer's sign-off of the mock-up flight."),
     ], title="PO TMCS-0412", author="Naledi Jacobs"))])

# p44 — Slack: "rev C looks good, you're good to run" on a 15-sample PO with 1,500 on hold (US 3D print)
case("p44_slack_revc_good_to_run_us_3dp", ["RG002"],
     "buyer says 'rev C looks good 👍 you're good to run' with no quantity or sample scope after a CAD revision",
     [("slack_lumen-x-printedparts.txt", T("""
    Slack export - #lumen-x-printedparts - 2024-05-06 to 2024-05-16

    [2024-05-06 11:15] Maya Chen (Lumen Bikes): PO LB-2207 is in. it's for 15 sample light mounts only (MJF PA12, LM-04). the 1,500 production mounts (1.5k) are NOT released - i'll release them in writing after ride-test sign-off
    [2024-05-06 11:20] Owen Park (Printed Parts Co): 👍 got it. 15 in thursday's build
    [2024-05-10 09:02] Owen Park (Printed Parts Co): samples shipped, tracking in the PO thread
    [2024-05-15 16:44] Owen Park (Printed Parts Co): rev C CAD updated w/ the thicker boss around the M5 insert, attached. lmk
    [2024-05-16 08:12] Maya Chen (Lumen Bikes): rev C looks good 👍 you're good to run
    [2024-05-16 08:13] Owen Park (Printed Parts Co): 🚀
"""))])

# ---------------------------------------------------------------- RG010 no active quantity
# p47 — sample quantity "TBC" on an otherwise complete PO (AU medical device moulding)
case("p47_sample_qty_tbc_au_med", ["RG010"],
     "PO for design-verification samples with quantity 'TBC (as required)'; hold, event and Dr Mei Lin Tan are all named",
     [("PO_SCS-40218.pdf", pdf([
         ("h1", "PURCHASE ORDER SCS-40218"),
         ("p", "Southern Cross Surgical Pty Ltd - 8 Lyonpark Rd, Macquarie Park NSW 2113 - ABN 65 602 334 117"),
         ("p", "Supplier: Illawarra Precision Plastics Pty Ltd, Unanderra NSW. Date: 13/05/2024. "
               "Quote IPP-Q-5521."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit AUD"],
             ["1", "SCS-TRO-05 Rev 2", "Trocar seal housing, PC/ABS, design-verification samples",
              "TBC (as required for DV)", "4.60"],
         ]),
         ("sp",),
         ("p", "Please mould the design-verification samples from the T1 tool trial; our R&D team will tell you "
               "how many they need once they have seen the first shots."),
         ("p", "The production quantity of 20,000 pcs is not released. It will be released only by a written "
               "release from Dr Mei Lin Tan, Head of Operations, after DV sample sign-off."),
         ("p", "ISO 13485 supplier. Parts to be bagged per cavity and labelled with tool/cavity ID."),
         ("p", "Buyer: Chloe Nguyen, Procurement Officer - 02 9555 0139"),
     ], title="PO SCS-40218", author="Chloe Nguyen"))])

# p48 — "print up enough samples for our booth"; no quantity, no hold, no event, no person (US toys / 3D print)
_p48 = T("""
    Hey Front Range crew!

    Can you print up enough of the dino figurine samples for our booth at the
    Dallas Toy Fair preview? Hand-painted like the one you sent in March would
    be amazing. PO HT-3318 is attached (it's a text file, our ERP is old school).

    Need them by June 3 so they can go in the booth crate.

    Thanks so much!!
    Kelsey

    Kelsey Grant | Product Manager | Happy Trails Toy Co. | Denver, CO | 720-555-0116

    On Fri, Apr 26, 2024 at 2:15 PM Sam Whitaker <sam@frontrangeprintfarm.com> wrote:
    > Kelsey - pricing as promised: samples (resin, hand-painted) $14.00 ea;
    > production run of 5,000 (PLA, unpainted, bagged) $2.35 ea, 6 weeks.
    > Sam
""")
_p48_po = T("""
    HAPPY TRAILS TOY CO.        PURCHASE ORDER HT-3318        DATE 05/09/2024
    VENDOR: FRONT RANGE PRINT FARM LLC, LOVELAND CO
    LN  ITEM        DESCRIPTION                          QTY        PRICE
    01  DINO-FIG    DINO FIGURINE SAMPLES, RESIN,        AS NEEDED  14.00 EA
                    HAND PAINTED, TRADE SHOW
    TERMS NET 30 / SHIP UPS GROUND / BUYER K.GRANT
""")
case("p48_enough_samples_booth_us_toys", ["RG003", "RG004", "RG005", "RG010"],
     "'print up enough of the dino samples for our booth', PO qty 'AS NEEDED'; nothing on hold, no unlock event, no release person",
     [("Dino_samples_for_Toy_Fair.eml", eml_bytes(mail(
         "Kelsey Grant <kelsey@happytrailstoys.com>", "Sam Whitaker <sam@frontrangeprintfarm.com>",
         "Dino samples for Toy Fair + PO HT-3318", "Thu, 09 May 2024 10:03:19 -0600", _p48,
         attachments=[("PO_HT-3318.txt", _p48_po, "text/plain")])))])

# p49 — call-off "release the first tranche per the schedule we discussed"; no number anywhere (Canada orchard equipment)
_p49_html = html_page("Call-off 07 - OOE-BPO-2210", T("""
    <h2>Okanagan Orchard Equipment Ltd. &ndash; Call-off 07</h2>
    <p>Blanket PO OOE-BPO-2210 &middot; 13 May 2024 &middot; Supplier: Fraser Valley Machining Ltd., Abbotsford BC</p>
    <table>
      <tr><th>Part</th><th>Description</th><th>Release</th><th>Due</th></tr>
      <tr><td>OOE-PL-4410 Rev C</td><td>Platform lift scissor pin, 1.25&quot; 1045 CHQ, zinc</td>
          <td>First tranche (per schedule)</td><td>2024-06-14</td></tr>
    </table>
    <div class="note">Tranches beyond the first are not released. Each later tranche is released only by a
    numbered call-off signed by Kim Nakamura, Materials Manager.</div>
    """))
_p49 = T("""
    Hi Doug,

    Call-off 07 attached. Please release the first tranche per the schedule we
    went through on the phone last Tuesday.

    Thanks,
    Kim

    Kim Nakamura | Materials Manager | Okanagan Orchard Equipment Ltd. | Kelowna BC | 250-555-0132
""")
case("p49_first_tranche_no_qty_ca_ag", ["RG010"],
     "call-off releases 'the first tranche (per schedule)' with no quantity in the bundle; later tranches held for Kim Nakamura's next call-off",
     [("Call-off_07_OOE-BPO-2210.eml", eml_bytes(mail(
         "Kim Nakamura <knakamura@okanaganorchard.ca>", "Doug Fehr <doug@fraservalleymachining.ca>",
         "Call-off 07 - OOE-BPO-2210", "Mon, 13 May 2024 08:40:00 -0700", _p49,
         attachments=[("CallOff_07.html", _p49_html, "text/html")])))])

# p50 — Sage PO by value only; production on hold "until further notice" from a named person (AU 3D print, titanium)
case("p50_sage_value_only_further_notice_au_3dp", ["RG004", "RG010"],
     "prototype PO by value (AUD 2,500 lump sum) with no quantity; production 400 sets on hold 'until further notice from Jim Baxter'",
     [("Sage_PO_TBW-0318.txt", T("""
    TASMAN BIKE WORKS PTY LTD                                     PURCHASE ORDER
    ABN 22 619 007 415                                            Number : TBW-0318
    40 Invermay Rd, Invermay TAS 7248                             Date   : 10/05/2024
    Supplier: Melbourne Metal Print Pty Ltd (MMP001), Port Melbourne VIC
    ----------------------------------------------------------------------------------
    Code        Description                                   Qty      Price     Total
    PROTO-TI    Prototype rear dropouts, Ti6Al4V DMLS,         -     lump sum  2,500.00
                stress relieved, per CAD TBW-DO-7 rev 4
    ----------------------------------------------------------------------------------
                                                           Total ex GST   2,500.00
    Notes:
    Prototypes to the value above.
    Production (400 sets per quote MMP-Q-771) is on hold until further notice
    from Jim Baxter, Engineering Lead.
    Contact: Jim Baxter   jim@tasmanbikeworks.com.au   0400 555 812
"""))])

# p51 — iMessage: "go ahead with the pilot run only"; how many? "whatever makes sense"; nobody named to release (Canada brewing)
case("p51_imessage_pilot_whatever_ca_brew", ["RG005", "RG010"],
     "buyer authorizes 'the pilot run only' but answers 'how many?' with 'whatever makes sense'; balance held until CIP/pressure pass, no one named to release",
     [("iMessage_Jess_Tremblay_2024-05-13.txt", T("""
    iMessage export - conversation "Jess Tremblay (Bow River Brewing)"
    Exported by Marc Dubois, Prairie Stainless Fab, Red Deer AB

    Mon, May 13, 2024
    8:02 AM  Jess Tremblay: Hey Marc! Go ahead with the pilot run of the keg collars only 🍺
    8:03 AM  Jess Tremblay: Production balance stays on hold until the pilot collars pass our CIP and pressure check
    8:20 AM  Marc Dubois: 👍 how many for the pilot?
    8:41 AM  Jess Tremblay: whatever you think makes sense for a proper test lol
    8:42 AM  Marc Dubois: ok we'll figure it out
"""))])

# ---------------------------------------------------------------- RG004 only
# p54 — remaining 36 "on hold until further notice", release person named (South Africa oil & gas)
_p54 = T("""
    Dear Rajesh

    Please find attached PO KGP-10477 for 4 (four) sample pressure relief valves
    (1" x 2", set pressure 18 barg, API 526 D orifice) for test-bench
    qualification at our Secunda workshop.

    The remaining 36 valves on your quotation DVA-Q-3312 are on hold until
    further notice. Only I can release them.

    Kind regards
    Nomvula Khumalo
    Procurement Manager | Karoo Gas Processing (Pty) Ltd | Secunda
    Tel +27 17 555 0129
""")
case("p54_hold_until_further_notice_za_og", ["RG004"],
     "4 sample PRVs active, 36 'on hold until further notice', Nomvula Khumalo named; no unlock event",
     [("PO_KGP-10477_sample_PRVs.eml", eml_bytes(mail(
         "Nomvula Khumalo <nomvula.khumalo@karoogas.co.za>", "Rajesh Pillay <rajesh@durbanvalve.co.za>",
         "PO KGP-10477 - sample PRVs", "Mon, 13 May 2024 10:11:45 +0200", _p54,
         attachments=[("PO_KGP-10477.pdf", pdf([
             ("h1", "PURCHASE ORDER KGP-10477"),
             ("p", "Karoo Gas Processing (Pty) Ltd - Secunda, Mpumalanga. Date: 13 May 2024."),
             ("table", [
                 ["Item", "Description", "Qty", "Unit ZAR"],
                 ["1", "Pressure relief valve 1\" x 2\", API 526 D orifice, set 18 barg - sample", "4",
                  "23 400,00"],
             ]),
             ("p", "Supplier: Durban Valve & Actuator (Pty) Ltd, Pinetown. Quote DVA-Q-3312."),
         ], title="PO KGP-10477", author="Nomvula Khumalo"), PDF_MT)])))])

# ---------------------------------------------------------------- RG001 (+ absence rules)
# p58 — sample PO header references the production quantity, nothing says it is not released (US oil & gas)
case("p58_po_header_quote_1000_us_og", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 5 sample flanges; header ref shows 'production quantity 1,000 pcs' with no not-released wording, no event, no person",
     [("PO_AMP-60712.pdf", pdf([
         ("h1", "PURCHASE ORDER AMP-60712"),
         ("p", "Appalachian Midstream Partners LP - 625 Liberty Ave, Pittsburgh, PA 15222"),
         ("p", "Vendor: Allegheny Flange & Fitting Co., McKees Rocks, PA. Date: 05/10/2024. Terms: Net 60."),
         ("p", "Ref: Quote AFF-Q-2290 (production quantity 1,000 pcs @ $142.50)"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit", "Extended"],
             ["1", "WN-6-600-RTJ", "Weld-neck flange 6\" Class 600 RTJ, ASTM A105N, sch 80 bore - sample", "5",
              "$168.00", "$840.00"],
         ]),
         ("sp",),
         ("p", "Samples for weld procedure qualification at our Washington, PA shop. MTRs EN 10204 3.1. "
               "Mark with heat number and PO."),
         ("p", "Buyer: Kevin Doyle - kdoyle@appmidstream.com - 412-555-0191"),
     ], pagesize=LETTER, title="PO AMP-60712", author="Kevin Doyle"))])

# p59 — email PO for 40 sample lids with the supplier quote attached (250,000) and nothing else (Ireland food packaging)
_p59_quote = pdf([
    ("h1", "QUOTATION LPK-Q-0877"),
    ("p", "Lagan Packaging Ltd - Mallusk Rd, Newtownabbey BT36 4PX"),
    ("p", "To: Burren Dairy Ltd, Ennistymon, Co. Clare. 30 April 2024."),
    ("table", [
        ["Item", "Qty", "Price EUR", "Lead time"],
        ["Snap-on lid 95 mm, PP, printed 2c - samples", "40", "60.00 lot", "1 week"],
        ["Snap-on lid 95 mm, PP, printed 2c - production", "250,000", "21.40 / 1,000", "5 weeks"],
    ]),
    ("p", "Print plates included. Prices ex works Mallusk."),
], title="Quotation LPK-Q-0877", author="Lagan Packaging")
_p59 = T("""
    Hi Ciara,

    Thanks for the quote - attached back to you for reference. Our PO number for
    the 40 sample lids is BD-2024-0412. Can you send them to the Ennistymon plant,
    attention Máire in QA, for the capping trial on the new yoghurt line?

    Sound,
    Seán

    Seán Considine | Purchasing | Burren Dairy Ltd | Ennistymon, Co. Clare | 065 555 0147
""")
case("p59_email_po_40_quote_250k_ie_pack", ["RG001", "RG003", "RG004", "RG005"],
     "email PO for 40 sample lids with the supplier quote attached showing 250,000; nothing says production is not released, no event, no person",
     [("PO_BD-2024-0412_sample_lids.eml", eml_bytes(mail(
         "Seán Considine <sean.considine@burrendairy.ie>", "Ciara Quinn <ciara@laganpackaging.com>",
         "PO BD-2024-0412 - sample lids", "Tue, 07 May 2024 11:38:02 +0100", _p59,
         attachments=[("Quotation_LPK-Q-0877.pdf", _p59_quote, PDF_MT)])))])

# p60 — HTML portal order: sample 15 cases, header "contract quantity 1,500 cases" unlabelled (Canada food packaging)
case("p60_portal_contract_qty_ca_pack", ["RG001", "RG003", "RG004", "RG005"],
     "portal order for 15 sample cases shows 'Contract quantity 1,500 cases' in the header; no hold, no unlock event, no named person",
     [("portal_PO_NSF-22107.html", html_page("PO NSF-22107 - Nova Scotia Fresh supplier portal", T("""
    <h2>Nova Scotia Fresh Foods &ndash; Supplier Portal</h2>
    <table>
      <tr><th>PO</th><td>NSF-22107</td><th>Date</th><td>2024-05-14</td></tr>
      <tr><th>Supplier</th><td>Atlantic Thermoform Inc., Dartmouth NS</td><th>Buyer</th><td>Procurement &ndash; Packaging</td></tr>
      <tr><th>Contract quantity</th><td>1,500 cases</td><th>Item</th><td>NSF-TRAY-28 clamshell, rPET, 28 oz</td></tr>
    </table>
    <h3>Lines</h3>
    <table>
      <tr><th>Line</th><th>Description</th><th>Qty</th><th>UOM</th><th>Price CAD</th></tr>
      <tr><td>1</td><td>NSF-TRAY-28 clamshell &ndash; sample for pack-line trial</td><td>15</td><td>case</td><td>62.00</td></tr>
    </table>
    <p>Deliver to Truro plant, receiving door 4, Mon&ndash;Fri 7:00&ndash;14:00. ASN required.</p>
    """)))])

# p61 — multi-file: DOCX sample PO + drawing notes with batch qty 2,500 (NZ ag)
case("p61_docx_po_drawing_batch_nz_ag", ["RG001", "RG003", "RG004", "RG005"],
     "two files: DOCX PO for 10 sample hitch pins + drawing notes 'BATCH QTY 2,500 per production run'; no hold, no event, no person",
     [("PO_SAP-3391.docx", docx_bytes([
         ("h1", "Purchase Order SAP-3391"),
         ("p", "Southland Ag Parts Ltd - 120 Bond St, Invercargill 9810. Date: 9 May 2024."),
         ("p", "Supplier: Otago Precision Engineering Ltd, Mosgiel."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit NZD"],
             ["1", "SAP-HP-22 rev A", "Cat II hitch pin 28 mm with lynch pin, 4140 Q&T, zinc yellow - samples",
              "10", "19.50"],
         ]),
         ("p", "Drawing notes attached. Please deliver the samples to Invercargill by 31 May."),
         ("p", "Ordered by: Hayley McKenzie, Purchasing - 03 555 0171"),
     ], author="Hayley McKenzie")),
      ("Drawing_notes_SAP-HP-22_revA.txt", T("""
    DRAWING SAP-HP-22  REV A  -  CAT II HITCH PIN 28 MM  -  SHEET 1 OF 1
    NOTES:
    1. MATERIAL: AISI 4140, Q&T 28-32 HRC.
    2. ALL DIMENSIONS IN MM. GENERAL TOLERANCES ISO 2768-m.
    3. FINISH: ZINC PLATE + YELLOW PASSIVATE, 8 UM MIN, SALT SPRAY 96 H PER ISO 9227.
    4. CHAMFER 1.5 X 45 DEG BOTH ENDS. CROSS HOLE 12 MM FOR LYNCH PIN.
    5. MARK PART NO. AND HEAT CODE ON HEAD, 3 MM CHARACTERS.
    6. BATCH QTY: 2,500 PER PRODUCTION RUN. PACK 50 PER CARTON.
    DRAWN: H.McK 02/05/2024   CHECKED: R.T. 03/05/2024
"""))])


# =================================================================== writer
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(1818).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h18_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")

    # summary for the README
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in [f"RG{n:03d}" for n in range(1, 13)]:
        print(r, sum(1 for c in CASES if r in c["expect"]))


if __name__ == "__main__":
    main()
