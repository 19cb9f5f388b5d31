#!/usr/bin/env python3
"""Generator for the releasegate check_holdout35 corpus.

Run with the throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout35/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). The renderer helpers are copied from check_holdout3/build.py.
"""

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
    m["Message-ID"] = msgid or f"<h35-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h35")
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


# =================================================================== CLEAN


# ----------------------------------------------------------------- helpers
import textwrap  # noqa: E402
from email.utils import format_datetime  # noqa: E402


def T(s):
    """Dedent a triple-quoted block and end it with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def D(y, mo, d, hh=9, mi=0, tz=1):
    """RFC 2822 date with a fixed offset (hours)."""
    return format_datetime(_dt.datetime(y, mo, d, hh, mi, 0,
                                        tzinfo=_dt.timezone(_dt.timedelta(hours=tz))))


def quote(text, header):
    """Quote a previous message below a reply, '>' style."""
    lines = text.strip("\n").split("\n")
    return header + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in lines) + "\n"


def as_html(text, title="message"):
    """A plain HTML rendering of an email body (for multipart/alternative)."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return html_page(title, body)


def pdf_po(title, blocks, author, pagesize=A4):
    return pdf(blocks, pagesize=pagesize, title=title, author=author)


# =================================================================== CLEAN
# ---------------------------------------------------------------- c01
_t = T("""
    Dear Rui,

    Further to Tuesday's pre-start meeting, please find attached Subcontract Order SO-AT-0412
    for the visual mock-up on Aldgate Tower.

    So there is no doubt about what this order covers:

    1. Released now: two (2) visual mock-up panels, type UP-01, to drawing AT-FAC-2201 Rev C04,
       for the mock-up rig in Bay 3.
    2. The remaining 412 unitised panels in your tender are not released under this order.
       Please do not start fabrication of any of them.
    3. Material: buy aluminium, glass, gaskets and brackets for the 2 mock-up panels only.
    4. The 412 panels will be released only by a written production release signed by me,
       after the architect's sign-off of the visual mock-up and a passed site water test
       (CWCT hose test on the rig).

    The mock-up panels are to be delivered to site w/c 17 June 2024, 07:30-10:00 only, via
    Gate 2 on Mansell Street. A banksman is required; please send the vehicle registration
    48 hours ahead so security can add it to the gate list.

    Please acknowledge the scope above in writing when you return the signed order.

    Kind regards,
    Sarah
    """) + sig("Sarah Okafor", "Package Manager - Facades", "Halden Build Ltd, 40 Minories, London EC3N 1DD",
               "+44 20 7946 0381")
_p = pdf([
    ("h1", "Halden Build Ltd - Subcontract Order"),
    ("table", [["Order no.", "SO-AT-0412"], ["Date", "29 May 2024"],
               ["Project", "Aldgate Tower, London E1 - Package 08 Facades"],
               ["Subcontractor", "Alucosta Fachadas, S.A., Zona Industrial de Taboeira, 3800-055 Aveiro, Portugal"],
               ["Tender ref.", "AF-PROP-2024-071 Rev 2"]]),
    ("h", "Order lines"),
    ("table", [["Item", "Description", "Qty", "Unit", "Rate (GBP)", "Amount (GBP)"],
               ["1", "Visual mock-up panel UP-01 incl. brackets and anchor channels, to AT-FAC-2201 Rev C04",
                "2", "nr", "6,850.00", "13,700.00"],
               ["2", "Delivery to site and installation on mock-up rig (Bay 3)", "LS", "-", "-", "2,400.00"],
               ["", "Order total", "", "", "", "16,100.00"]]),
    ("h", "Scope of this order"),
    ("p", "This order releases the two (2) mock-up panels in item 1 and nothing else."),
    ("p", "The 412 production panels priced in your tender are not released and are not covered by this "
          "order. Do not fabricate them and do not buy material for them."),
    ("p", "Unlock event: the 412 panels will be released only by a written production release from "
          "Sarah Okafor, Package Manager - Facades, issued after the architect's sign-off of the visual "
          "mock-up and a passed site water test."),
    ("p", "Material authority: sample-only - material for the 2 mock-up panels."),
    ("h", "Commercial terms"),
    ("p", "Subcontract conditions: JCT DOM/2 2011 as amended by the Halden Build schedule of amendments v6. "
          "Retention 5% (half repaid at practical completion). Payment: monthly valuation, final date for "
          "payment 30 days from the valuation date. CDM 2015 duties as per the pre-construction information pack."),
    ("p", "Signed for Halden Build Ltd: Sarah Okafor, Package Manager - Facades"),
], title="SO-AT-0412", author="Halden Build Ltd")
_m = mail("Sarah Okafor <s.okafor@haldenbuild.co.uk>", "Rui Matos <rui.matos@alucosta.pt>",
          "Subcontract Order SO-AT-0412 - visual mock-up panels (Aldgate Tower)", D(2024, 5, 29, 15, 40),
          _t, html=as_html(_t, "SO-AT-0412"), cc="Facades Team <facades@haldenbuild.co.uk>",
          attachments=[("SO-AT-0412.pdf", _p, PDF_MT)])
case("c01_so_mockup_full_scope", [], "mock-up order states active qty, hold on 412, unlock event, named releaser; quote qty labelled",
     [("SO-AT-0412_mockup.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- c02
_p = pdf([
    ("h1", "EGE CEPHE SISTEMLERI A.S. - Quotation"),
    ("p", "Kemalpasa OSB, 35730 Izmir, Turkiye - www.egecephe.com.tr - Tel +90 232 555 0147"),
    ("table", [["Quotation no.", "EC-TKL-2024-0388 Rev 1"], ["Date", "14 May 2024"],
               ["To", "Al Noor Contracting LLC, Dubai - Attn. Mr. Omar Haddad, Procurement Manager"],
               ["Project", "Marina Heights Tower B, Dubai Marina - Unitised curtain wall"],
               ["Validity", "60 days"]]),
    ("h", "Prices"),
    ("table", [["No", "Description", "Qty", "Unit", "Unit price (USD)", "Total (USD)"],
               ["1", "Performance mock-up (PMU): 3 bays x 2 storeys, unitised system EC-U65, incl. shipping to the test lab in Dubai",
                "1", "set", "96,500.00", "96,500.00"],
               ["2", "Production unitised panels Type UCW-A/B/C (indicative quantity from tender drawings)",
                "1,148", "nos", "1,265.00", "1,452,220.00"],
               ["3", "Anchor brackets and embeds for production panels", "1,148", "sets", "48.00", "55,104.00"]]),
    ("h", "Notes"),
    ("p", "1. Production quantities are taken from tender drawings MH-B-A-4100 to 4118 Rev P3 and will be "
          "confirmed by your written production release."),
    ("p", "2. Lead time: PMU 9 weeks from receipt of order. Production: 10 weeks from your written production "
          "release and shop drawing sign-off (Status A)."),
    ("p", "3. Prices based on aluminium LME 2,350 USD/t and Guardian SunGuard SNX 60/28 glass. LME variation "
          "beyond +/-5% to be adjusted."),
    ("p", "4. Payment: 10% advance against advance payment guarantee; balance by monthly valuation, 60 days."),
    ("p", "5. Excluded: BMU restraints, site installation, scaffolding, laboratory test fees."),
    ("sp",),
    ("p", "We trust our offer meets your requirements. Yours faithfully, Cem Aydin, Export Sales Manager"),
], title="EC-TKL-2024-0388", author="Ege Cephe")
case("c02_supplier_quote_tiers", [], "supplier quote alone with PMU and production tiers; non-authorizing",
     [("EC-TKL-2024-0388_quotation.pdf", _p)])

# ---------------------------------------------------------------- c03
_c = T("""
    [03/06/2024, 07:38:02] Dean Holt (Glasswell): Morning all
    [03/06/2024, 07:38:40] Dean Holt (Glasswell): Sample panels for the L5 balconies are laminated, can drop them to site Thursday am if the hoist is free
    [03/06/2024, 07:41:15] Priya Shah (B&S QS): Hoist is booked Thu till 10, after that you're fine
    [03/06/2024, 07:43:52] Dean Holt (Glasswell): Quick one while I've got you - do we have the go ahead for all 36 balcony panels or is it just the 2 samples for now? Want to book a toughening slot with the plant
    [03/06/2024, 08:02:17] Marco Ferri (B&S Site PM): Just the 2 samples for now Dean. The other 34 are on hold - please don't cut, toughen or laminate anything for them
    [03/06/2024, 08:02:59] Marco Ferri (B&S Site PM): Once I've signed the samples off on site I'll send the written release for the 34 through Procore. WhatsApp is not a release 🙂
    [03/06/2024, 08:05:30] Dean Holt (Glasswell): Understood 👍 2 samples only, 34 on hold till your release
    [03/06/2024, 08:06:12] Priya Shah (B&S QS): FYI PO 45021 says the same, sample qty 2
    [03/06/2024, 08:09:44] Dean Holt (Glasswell): <Media omitted>
    [03/06/2024, 08:09:51] Dean Holt (Glasswell): That's the glass spec sheet, 17.52 heat soaked to EN 14179
    [03/06/2024, 09:30:27] Tomasz Nowak (B&S Logistics): Thursday 10:15 slot on gate B reserved for Glasswell. 7.5t max please, no artics
    [03/06/2024, 09:31:02] Dean Holt (Glasswell): Cheers Tomasz
    """)
case("c03_chat_question_scoped_answer", [], "supplier asks about go-ahead; buyer limits to 2 samples, 34 on hold until sign-off + written release by Marco Ferri",
     [("WhatsApp_Chat_Kingsmead_Wharf_Balustrades.txt", _c)])

# ---------------------------------------------------------------- c04
_d = docx_bytes([
    ("h1", "Boréal Construction inc. - Precast Stair & Landing Units"),
    ("h", "Indicative Requirement Forecast - Rev 2 (Prévision indicative)"),
    ("p", "Project: Résidences du Canal, Phases 1-3, Montréal (QC). Issued to Northshore Precast Ltd., "
          "Cambridge (ON), 10 June 2024."),
    ("p", "This is a forecast for capacity planning only. It is not a purchase order, it does not release any "
          "production and it commits Boréal Construction to no quantity. Quantities may go up or down as the "
          "design develops."),
    ("table", [["Phase", "Building", "Stair flights (forecast)", "Landings (forecast)", "Earliest need on site"],
               ["Phase 1", "Bldg A", "24", "24", "Q4 2024"],
               ["Phase 2", "Bldg B", "30", "30", "Q2 2025"],
               ["Phase 3", "Bldg C", "18", "18", "Q4 2025"],
               ["Total", "", "72", "72", ""]]),
    ("p", "Any order will be issued as a separate purchase order, and any production will be released "
          "separately in writing. Please do not buy material or cast units against this forecast."),
    ("p", "Design basis: CSA A23.4-16 and CSA A23.3-19, drawings S-301 to S-309 Rev 5 (IFC pending). Finish: "
          "architectural class B, light sandblast."),
    ("p", "Contact: Étienne Roy, Acheteur principal / Senior Buyer - eroy@boreal-construction.ca - 514-555-0142"),
], author="Boréal Construction")
case("c04_labelled_forecast", [], "clearly labelled forecast, not an order, releases nothing",
     [("Prevision_escaliers_Rev2.docx", _d)])

# ---------------------------------------------------------------- c05
_q = T("""
    Dear Khalid,

    Please find attached the inspection record of the PMU windows, signed by your site engineer
    and the consultant.

    Kindly advise the way forward for the balance windows, as our extrusion supplier is asking
    for the die schedule.

    Regards,
    Joseph Varghese
    Projects Manager, Al Majd Aluminium & Glass LLC, Sharjah
    """)
_t = T("""
    Dear Mr. Varghese,

    Thank you and your team for the work on the performance mock-up.

    Following the inspection on 21 May with the consultant, the two (2) PMU windows Type W-07
    are approved for the water and air test only. This is not a production release. To be
    precise:

    - The released quantity remains the 2 PMU windows under LPO MI-LPO-3391.
    - The balance of 94 windows stays on hold. Please do not cut profiles or order glass for them.
    - The 94 windows will be released only in writing by Aisha Rahman, Project Director, once the
      lab test report from the independent test house has been accepted.

    The test is booked for 4 June at the lab in Jebel Ali. Please have your installer attend from
    07:00 with the spare gasket set.

    Best regards,
    Khalid
    """) + sig("Khalid Mansour", "Procurement Lead", "Meridian Interiors LLC, Abu Dhabi", "+971 2 555 0198") + "\n" + \
    quote(_q, "On Thu, 23 May 2024 at 11:02, Joseph Varghese <joseph.v@almajd-alu.ae> wrote:")
_m = mail("Khalid Mansour <k.mansour@meridian-interiors.ae>", "Joseph Varghese <joseph.v@almajd-alu.ae>",
          "RE: PMU window W-07 - inspection record & way forward", D(2024, 5, 24, 8, 55, 4), _t,
          cc="Aisha Rahman <a.rahman@meridian-interiors.ae>", in_reply_to="<pmu-w07-0523@almajd-alu.ae>")
case("c05_pmu_scoped_approval", [], "approval scoped to test only; 2 released, 94 on hold until report accepted and written release by Aisha Rahman",
     [("RE_PMU_window_W-07.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- c06
_p = pdf([
    ("h1", "PURCHASE ORDER 24-0917"),
    ("table", [["Buyer", "Ridgeway Builders, Inc., 1550 Wewatta St, Denver CO 80202"],
               ["Vendor", "Front Range Metalworks LLC, 5600 Colorado Blvd, Commerce City CO 80022"],
               ["Ship to", "Jobsite - Cherry Creek Medical Office Building, 2100 E 1st Ave, Denver CO 80206"],
               ["PO date", "06/12/2024"], ["Job", "2318"], ["Terms", "Net 30"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "U/M", "Unit $", "Ext $"],
               ["1", "EP-3", 'Embed plate 1/2" x 12" x 18", A36, w/ (4) 3/4" x 6" HAS, per S-501 Rev 4', "48", "EA",
                "186.00", "8,928.00"],
               ["2", "FRT", "Freight to jobsite", "1", "LOT", "350.00", "350.00"],
               ["", "", "Total", "", "", "", "9,278.00"]]),
    ("h", "Order notes"),
    ("p", "This PO covers the full quantity of EP-3 embed plates for the Level 2 deck pour (48 EA). There is no "
          "sample stage and no follow-on balance under this PO."),
    ("p", "Proceed with fabrication of all 48 embed plates on receipt of this PO. Shop drawing submittal "
          "05 12 00-014 was returned 'No Exceptions Taken' on 06/07/2024."),
    ("p", "Deliver by 06/28/2024. Call the superintendent (Luis Ortega, 303-555-0177) 24 hrs before delivery. "
          "Mill certs and AWS D1.1 welder certifications to accompany the delivery."),
    ("p", "Authorized by: Brian Kowalski, Project Manager"),
], pagesize=LETTER, title="PO 24-0917", author="Ridgeway Builders")
case("c06_full_qty_po_proceed", [], "full-quantity PO, no balance; 'proceed' scoped to all 48",
     [("PO_24-0917.pdf", _p)])

# ---------------------------------------------------------------- c07
_c = T("""
    KESTREL CONSTRUCTIONS PTY LTD                         ABN 51 824 753 116
    Level 9, 120 Edward Street, Brisbane QLD 4000
    ------------------------------------------------------------------------------
    CALL-OFF / RELEASE            CR-0007                 DATE   14/06/2024
    AGAINST SUBCONTRACT           SC-5520                 PAGE   1 OF 1
    PROJECT   2291 NEWSTEAD RIVERSIDE - FACADE SUPPORT STEEL
    SUPPLIER  IRONBARK FABRICATION PTY LTD, 17 KILN ST, NARANGBA QLD 4504
    ------------------------------------------------------------------------------
    LN  ITEM       DESCRIPTION                            QTY   UOM   DELIVER BY
    010 FB-2       FACADE BRACKET FB-2, 10MM PL, HDG       30   EA    05/07/2024
                   TO DWG NR-S-5102 REV D, LEVEL 3 ONLY
    ------------------------------------------------------------------------------
    SUBCONTRACT QTY (FB-2)             240 EA
    RELEASED PREVIOUSLY                  0 EA
    RELEASED THIS CALL-OFF              30 EA   (LEVEL 3)
    BAL NOT RELEASED                   210 EA   (LEVELS 4-10) - ON HOLD
    ------------------------------------------------------------------------------
    MATERIAL AUTHORITY: STAGED UP TO 120 EA (LEVELS 3-6) AT KESTREL'S LIABILITY.
      YOU MAY BUY AND HOLD PLATE AND GALV FOR 120 EA. DO NOT CUT, DRILL OR
      FABRICATE BEYOND THE 30 EA RELEASED ABOVE.
    BALANCE: RELEASED ONLY BY THE NEXT CALL-OFF, SIGNED BY JACK NGUYEN
      (SITE COMMERCIAL MANAGER). NO VERBAL OR SITE INSTRUCTIONS.
    ------------------------------------------------------------------------------
    DELIVERY: SITE GATE 2, SKYRING TCE. 6:30AM-2PM. HI-VIS, CRANE BOOKED VIA SITE.
    ISSUED BY: J. NGUYEN                      ACCOUNT: 2291-05-120-400
    """)
case("c07_calloff_staged_material", [], "call-off releases 30; explicit staged material authority 120 at buyer liability; balance 210 on hold until next call-off by Jack Nguyen",
     [("CR-0007_SC-5520.txt", _c)])

# ---------------------------------------------------------------- c08
_d = docx_bytes([
    ("h1", "Record of Agreed Auto-Conversion - First-Off Door Set FD-01"),
    ("p", "Project: Harbor Point Residences, Boston MA. Purchase order: SG-PO-24-0388 Rev 0, "
          "Bay State Millwork Co., Worcester MA."),
    ("table", [["Field", "Recorded value"],
               ["Active quantity now", "One (1) first-off apartment entry door set FD-01, to drawing A-801 Rev F"],
               ["Production quantity", "64 door sets FD-01 (Floors 2-9)"],
               ["Material authority", "Sample-only until the conversion below takes effect"],
               ["Auto-conversion", "YES - agreed by both parties and recorded on 16 May 2024"],
               ["Signer of the sign-off", "Daniel Hughes, Design Manager, Stonegate Builders"],
               ["Conditions", "(a) first-off sign-off recorded on form SF-12 with status 'accepted without "
                              "comments'; (b) sign-off within 30 days of first-off delivery; (c) no change to "
                              "A-801 Rev F or to hardware schedule HW-3 Rev 2"],
               ["Effect", "When (a)-(c) are met, that sign-off releases the 64 production door sets without "
                          "a further instruction"],
               ["If not met", "Nothing is released; the 64 door sets stay on hold until a written release "
                              "signed by Daniel Hughes"]]),
    ("sp",),
    ("p", "Fire rating: 20-minute, positive pressure per UL 10C; labels by Intertek. Hardware per HW-3 Rev 2."),
    ("p", "Signed for Stonegate Builders: Daniel Hughes, Design Manager - 16 May 2024"),
    ("p", "Signed for Bay State Millwork Co.: Kevin O'Rourke, Operations Manager - 16 May 2024"),
], author="Stonegate Builders")
case("c08_explicit_auto_conversion", [], "explicit recorded auto-conversion naming qty 64, signer, conditions; first-off 1 active",
     [("FD-01_auto-conversion_record.docx", _d)])

# ---------------------------------------------------------------- c09
_inner = mail("Raj Malhotra <raj.malhotra@altec-extrusions.ca>", "Hannah Lee <hlee@boreal-construction.ca>",
              "Budget pricing - anodised mullion AX-2210", D(2024, 2, 14, 10, 5, -5), T("""
    Hi Hannah,

    As requested, budget pricing for the Résidences du Canal curtain wall:

    AX-2210 mullion, 6063-T6, clear anodised AA-M12C22A41 - approx. 2,600 m at CAD 38.20/m.

    Budget only, subject to final drawings and die confirmation.

    Regards,
    Raj
    """))
_t = T("""
    Hi Sam,

    Forwarding Raj's budget note from February so you have the finish spec in one place. The
    2,600 m in it is for information only - it is not ordered and not released.

    Our PO 4410-77 (sent yesterday) covers six (6) sample lengths of AX-2210 at 3 m each, clear
    anodised, for the finish sign-off. Nothing else.

    The balance of the mullion stays on hold. It will be released only by a revised PO, which I
    will issue after I have signed off the anodised finish against the architect's control
    samples. Please don't book press time or billet for it yet.

    Thanks,
    Hannah
    """) + sig("Hannah Lee", "Package Manager - Envelope", "Boréal Construction inc., Montréal", "+1 514 555 0133")
_m = mail("Hannah Lee <hlee@boreal-construction.ca>", "Sam Whitford <s.whitford@altec-extrusions.ca>",
          "Fwd: Budget pricing - anodised mullion AX-2210 / PO 4410-77", D(2024, 6, 6, 14, 22, -4), _t,
          attachments=[("rfc822", _inner)])
case("c09_fwd_budget_informational", [], "forwarded budget quote 2,600 m declared informational; PO for 6 sample lengths; revised PO by Hannah Lee unlocks",
     [("Fwd_Budget_pricing_AX-2210.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- c10
_q = T("""
    Dear Sir,

    Greetings from Chennai Metalcraft.

    The sample handrail set (SS316, satin finish, 42.4 mm dia.) has been dispatched today by DHL,
    AWB 77 3122 9011.

    Upon your approval of the sample we will directly start the production of 180 sets to
    maintain the schedule.

    Thanks & regards,
    S. Raghavan
    Manager - Exports, Chennai Metalcraft Pvt. Ltd.
    """)
_t = T("""
    Dear Mr. Raghavan,

    Thank you for the dispatch details.

    Please note one point in your message below: our sign-off of the sample will not release
    anything by itself. PO AN-PO-24-0615 covers one (1) sample handrail set only.

    The 180 handrail sets stay on hold. They will be released only by a separate written
    production release signed by me, after our sign-off of the sample. Until then, please do not
    start production or buy SS316 tube for them.

    We expect the sample on site by 12 June; the consultant's inspection will be arranged within
    3 working days of its arrival.

    Regards,
    Omar Haddad
    """) + sig("Omar Haddad", "Procurement Manager", "Al Noor Contracting LLC, Dubai", "+971 4 555 0162") + "\n" + \
    quote(_q, "On 6 Jun 2024, at 10:14, S. Raghavan <raghavan@chennaimetalcraft.in> wrote:")
_m = mail("Omar Haddad <o.haddad@alnoorcontracting.ae>", "S. Raghavan <raghavan@chennaimetalcraft.in>",
          "RE: Sample handrail dispatched - PO AN-PO-24-0615", D(2024, 6, 6, 11, 30, 4), _t,
          in_reply_to="<cm-dispatch-0606@chennaimetalcraft.in>")
case("c10_buyer_corrects_supplier_assumption", [], "quoted supplier assumes auto-conversion; buyer reply: 1 sample only, 180 on hold until written release by Omar Haddad after sign-off",
     [("RE_Sample_handrail_AN-PO-24-0615.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- c11
_t = T("""
    Dear Chloe,

    Good day! We confirm receipt of your deposit of USD 4,180.00 (TT ref. CBA 240611-0082) for
    PI FM-2406-031. Thank you.

    Please note the deposit only secures our production slot. It does not release production.

    As per your PO BW-PO-7713 we are now making the 2 sample louvre sets (blade 100 x 25, PVDF
    Dulux Monument). The 380 production sets stay on hold: we will not buy extrusions or powder
    for them until we receive your written production release.

    The samples will go by courier on 24 June; tracking number to follow.

    Best regards,
    Lily Chen
    Sales Manager | Foshan Meiyuan Aluminium Co., Ltd.
    No. 8 Lishui Industrial Road, Nanhai District, Foshan, Guangdong, China
    Tel +86 757 8555 0123
    """)
_m = mail("Lily Chen <lily.chen@meiyuan-alu.cn>", "Chloe Bennett <chloe.bennett@brightwaterhomes.com.au>",
          "Deposit received - PI FM-2406-031 / PO BW-PO-7713", D(2024, 6, 12, 16, 8, 8), _t)
case("c11_deposit_does_not_release", [], "supplier: deposit does not release production; 2 samples, 380 on hold",
     [("Deposit_received_FM-2406-031.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- c12
_p = pdf([
    ("h1", "Oakhurst Joinery Ltd - Order Acknowledgement OA-2291"),
    ("p", "Unit 7, Avonmouth Way, Bristol BS11 9HX - VAT GB 318 4470 21"),
    ("table", [["Your order", "MP-PO-88410 dated 3 June 2024"],
               ["Customer", "Marlow & Pike Construction Ltd, Bristol"],
               ["Project", "St Clement's Yard, Bristol - Block C apartments"],
               ["Acknowledged", "5 June 2024"]]),
    ("p", "We acknowledge your order for three (3) sample doorsets as listed below."),
    ("table", [["Item", "Doorset type", "Fire rating", "Qty this order"],
               ["1", "DS-A single leaf, crown-cut oak veneer", "FD30s", "1"],
               ["2", "DS-B single leaf, factory painted RAL 9010", "FD30s", "1"],
               ["3", "DS-C double leaf, crown-cut oak veneer", "FD60s", "1"],
               ["", "Total", "", "3"]]),
    ("p", "Balance of 57 doorsets: not released. We have not started them and will not buy veneer, blanks or "
          "ironmongery for them."),
    ("p", "We will wait for your sample sign-off and for the written production release from Ms Joanne Pryce, "
          "Commercial Director, before any work on the 57."),
    ("p", "Certification: doorsets under the BM TRADA Q-Mark scheme, certificate FD 0455; tested to BS 476-22:1987."),
    ("p", "Sample delivery: 1 July 2024 to the site mock-up room, Block C ground floor."),
    ("p", "Signed for Oakhurst Joinery Ltd: Graham Webb, Contracts Manager"),
], title="OA-2291", author="Oakhurst Joinery")
case("c12_supplier_ack_restates_hold", [], "supplier acknowledgement restates 3 samples and hold of 57 until sign-off + release by Joanne Pryce",
     [("OA-2291_acknowledgement.pdf", _p)])

# ---------------------------------------------------------------- c13
_h = html_page("Commitment SC-1042 - Cascade Glass & Metal", T("""
    <h2>Commitments &rsaquo; SC-1042 &mdash; Cascade Glass &amp; Metal, Inc.</h2>
    <p>Project: <b>Pearl District Lofts (P-2210)</b> &middot; Pinecrest General Contractors</p>
    <table>
    <tr><th>Field</th><th>Value</th></tr>
    <tr><td>Contract company</td><td>Cascade Glass &amp; Metal, Inc., Tigard OR</td></tr>
    <tr><td>Title</td><td>Curtain wall &mdash; mock-up &amp; provisional production</td></tr>
    <tr><td>Status</td><td>Executed</td></tr>
    <tr><td>Executed date</td><td>05/20/2024</td></tr>
    <tr><td>Default retainage</td><td>5%</td></tr>
    </table>
    <h3>Schedule of values</h3>
    <table>
    <tr><th>#</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit cost</th><th>Amount</th><th>Committed</th></tr>
    <tr><td>1</td><td>Performance mock-up assembly PMU-1 (3 units) per A-521 Rev 3</td><td>3</td><td>EA</td><td>$18,400.00</td><td>$55,200.00</td><td>Yes</td></tr>
    <tr><td>2</td><td>Production curtain wall units (186 EA) &mdash; provisional allowance, NOT RELEASED</td><td>0</td><td>EA</td><td>$2,950.00</td><td>$0.00</td><td>No</td></tr>
    <tr><td>3</td><td>AAMA 501.1 / ASTM E331 test attendance</td><td>1</td><td>LS</td><td>$6,500.00</td><td>$6,500.00</td><td>Yes</td></tr>
    </table>
    <div class="note"><b>Inclusions / notes.</b> Released under this commitment: the 3 mock-up units in line 1.
    The 186 production units in line 2 are not released. They will be released only by a written
    Fabrication Release signed by Jordan Blake, Project Manager, after the PMU passes the AAMA 501.1
    water test. Material authority: mock-up units only.</div>
    <p style="color:#777">Printed from Procore 06/11/2024 10:42 AM PDT by jblake</p>
    """))
case("c13_procore_commitment_provisional", [], "commitment releases 3 PMU units; 186 provisional not released until test + Fabrication Release by Jordan Blake",
     [("SC-1042_commitment.html", _h)])

# ---------------------------------------------------------------- c14
_c = T("""
    BRACKLEY & STOWE CONSTRUCTION LTD              SUBCONTRACT ORDER  SCO-24-1200
    Unit 4, Riverside Park, Reading RG1 8EQ                 DATE  07/06/2024
    =============================================================================
    PROJECT    P-1000  HARTLEY SQUARE, BLOCK 2 (35 STOREYS)
    PACKAGE    40-10 CURTAIN WALLING
    SUBCONTR.  VANTAGE CURTAIN WALLING LTD, DONCASTER DN4 5JQ
    DRAWING    BS-CW-2400 REV 12 / NBS 40-10-20/120 / BS EN 13830:2015
    -----------------------------------------------------------------------------
    ITEM  PART NO          DESCRIPTION                        QTY  UNIT    VALUE GBP
    0010  CW-1000-500-35   FIRST-OFF UNIT, TYPE CW-35,          1  NR      24,000.00
                           LEVEL 35, GRID 12-14/C
    -----------------------------------------------------------------------------
    SCOPE NOTE
      THIS ORDER RELEASES ONE (1) FIRST-OFF UNIT ONLY.
      BALANCE OF 216 UNITS (TYPES CW-30 TO CW-35) IS NOT RELEASED - DO NOT
      FABRICATE AND DO NOT PURCHASE MATERIAL FOR THEM.
      THE 216 UNITS WILL BE RELEASED ONLY BY A WRITTEN PRODUCTION RELEASE FROM
      DAVID MENSAH (PACKAGE MANAGER) AFTER THE FIRST-OFF INSPECTION SIGN-OFF AT
      YOUR WORKS (HOLD POINT HP-07).
      MATERIAL AUTHORITY: FIRST-OFF UNIT ONLY.
    -----------------------------------------------------------------------------
    CONDITIONS  NEC4 ECS OPTION A AS AMENDED, Z-CLAUSES REV 3
    RETENTION   3%       PAYMENT  28 DAYS FROM APPLICATION DATE
    CDM 2015 / ISO 9001:2015 / ISO 14001:2015 CERTIFICATES ON FILE
    AUTHORISED  D. MENSAH                       PRINTED 07/06/2024 14:22 PAGE 1/1
    """)
case("c14_sco_identifiers", [], "first-off SCO full scope note; many identifiers that look like quantities",
     [("SCO-24-1200.txt", _c)])

# ---------------------------------------------------------------- c15
_p = pdf([
    ("h1", "Production Release PR-03"),
    ("table", [["Project", "Marina Heights Tower B - podium"],
               ["Supplier", "Gulf Fixings Trading LLC, Al Quoz Industrial Area 3, Dubai"],
               ["PO", "AN-PO-24-0702"],
               ["Item", "Cast-in anchor channel assembly AC-50/30, L=350 mm, to drawing MH-B-S-2210 Rev 6"],
               ["Date", "3 June 2024"]]),
    ("h", "Sample sign-off status"),
    ("p", "INTERIM - ref. SS-014 dated 28 May 2024. The interim sign-off is limited to 40 assemblies for the "
          "Level 1 podium and expires on 30 June 2024. Final sign-off awaits the pull-out test results (test plan TP-07)."),
    ("h", "This release"),
    ("table", [["Release no.", "Quantity released", "Scope", "Authorised by"],
               ["PR-03", "forty (40) assemblies", "Level 1 podium only", "Priya Menon, Structural Package Manager"]]),
    ("p", "Balance: 360 assemblies remain on hold. They will be released only after the final sample sign-off "
          "and a further written release from Priya Menon."),
    ("p", "Material authority: material for the 40 released assemblies only."),
    ("p", "Deliveries: Gate 4, 06:00-09:00, delivery note to quote PO AN-PO-24-0702 and PR-03."),
    ("p", "Al Noor Contracting LLC - Priya Menon, Structural Package Manager"),
], title="PR-03", author="Al Noor Contracting")
case("c15_interim_signoff_release", [], "release of 40 within interim sign-off limits; 360 on hold until final sign-off + release by Priya Menon",
     [("PR-03_anchor_channels.pdf", _p)])

# ---------------------------------------------------------------- c16
_d = docx_bytes([
    ("h1", "Lone Star Builders, LLC - Purchase Order LSB-24-1133"),
    ("p", "Vendor: Denali Architectural Louvers, 4410 Industrial Blvd, Tulsa, OK 74107"),
    ("p", "Project: Eastside Data Hall 2, Austin TX - Mechanical screen louvers (Spec 08 91 19)"),
    ("table", [["Line", "Mark", "Description", "Qty", "Unit price", "Extended"],
               ["1", "L-1", "Drainable louver 6'-0\" x 8'-0\", 4\" deep, Kynar 500 finish", "12", "$3,420.00", "$41,040.00"],
               ["2", "L-2", "Drainable louver 4'-0\" x 8'-0\", 4\" deep, Kynar 500 finish", "4", "$2,610.00", "$10,440.00"],
               ["", "", "Total", "16", "", "$51,480.00"]]),
    ("p", "This PO is for the complete quantity: sixteen (16) louvers, 12 x L-1 and 4 x L-2. There is no sample "
          "stage and no balance to follow."),
    ("p", "Go ahead with fabrication of all 16 louvers on receipt of this PO. Submittal 08 91 19-003 was returned "
          "'No Exceptions Taken' on 5/30/2024."),
    ("p", "Delivery: FOB jobsite, required 7/22/2024. Notify superintendent Carla Jimenez (512-555-0190) 48 hours "
          "in advance. No deliveries on Fridays after 12:00."),
    ("p", "Buyer: Nathan Price, Procurement Manager"),
], author="Lone Star Builders")
case("c16_full_qty_po_go_ahead_table", [], "full-quantity PO (16 louvers, table), go ahead scoped to all 16",
     [("LSB-24-1133_PO.docx", _d)])

# ---------------------------------------------------------------- c17
_c = T("""
    PEDRA LUSA, LDA  -  Zona Industrial de Pero Pinheiro, 2715-029 Sintra, Portugal
    WEEKLY PRODUCTION STATUS  -  Semana 24 / Week 24 (10-14 June 2024)
    Client:  Caldmore Construction Ltd  -  Project: Colmore Gate, Birmingham
    Order:   CC-PO-24-0489  -  Limestone cladding (Moleanos, honed, 40 mm)

    RELEASE STATUS
      Released for production ........ 24 panels (Release R-01, signed Tom Ashworth, 28/05/2024)
      Not released (balance) ......... 152 panels - on hold, no work started

    PROGRESS ON RELEASED PANELS (R-01)
      Panel type   Qty   Cut   Finished   Packed   Area (m2)
      LS-01         12    12      12         8       43,20
      LS-02         12    12       6         4       43,20
      Total         24    24      18        12       86,40

    MATERIAL
      Blocks purchased: for the 24 released panels only (2 blocks, 14,6 t).
      Nothing has been bought for the 152 panels on hold.

    LOGISTICS
      First truck (12 panels on 3 A-frames) planned to leave Sintra 19/06, ETA site 24/06.
      Delivery note will quote CC-PO-24-0489 / R-01.

    Prepared by: Ines Carvalho, Planeamento / Planning
    """)
case("c17_supplier_status_within_release", [], "supplier status report; work and material within released 24, balance 152 labelled on hold",
     [("Status_Semana24_CC-PO-24-0489.txt", _c)])

# ---------------------------------------------------------------- c18 (multi-file)
_po = pdf([
    ("h1", "Laurentian Builders Inc. - Purchase Order LB-24-3310"),
    ("table", [["Vendor", "Northshore Precast Ltd., 410 Dundas St E, Cambridge ON N3H 1B5"],
               ["Project", "Rideau Commons, Ottawa - architectural precast"],
               ["Date", "June 4, 2024"], ["Terms", "Net 30, CCDC 17 supplementary conditions"]]),
    ("table", [["Line", "Description", "Qty", "Unit", "Unit price (CAD)", "Amount (CAD)"],
               ["1", "Architectural precast mock-up panel AP-1, 1800 x 3600 x 150, acid-etched, per A-410 Rev 2",
                "2", "ea", "9,800.00", "19,600.00"]]),
    ("h", "Scope"),
    ("p", "This PO releases two (2) mock-up panels only."),
    ("p", "Northshore quotation NP-Q-5581 is attached for reference. Its production figure of 148 panels is for "
          "information only and is not released."),
    ("p", "The 148 production panels stay on hold until the mock-up has been signed off by the architect and "
          "Geneviève Tremblay, VP Construction, has issued a written production release."),
    ("p", "Material authority: mock-up panels only."),
], title="PO LB-24-3310", author="Laurentian Builders")
_qt = pdf([
    ("h1", "NORTHSHORE PRECAST LTD. - Quotation NP-Q-5581"),
    ("p", "To: Laurentian Builders Inc. - Rideau Commons, Ottawa. Date: May 21, 2024. Valid 45 days."),
    ("table", [["Item", "Description", "Qty", "Unit price (CAD)", "Amount (CAD)"],
               ["A", "Mock-up panel AP-1", "2", "9,800.00", "19,600.00"],
               ["B", "Production panels AP-1 to AP-6 (per tender drawings A-401 to A-409)", "148", "6,150.00", "910,200.00"]]),
    ("p", "Lead time: mock-up 4 weeks; production 8 weeks from written release. Freight to Ottawa included. "
          "Crane and erection by others. CSA A23.4 certified plant."),
    ("p", "Michelle Tran, Estimator"),
], title="NP-Q-5581", author="Northshore Precast")
_t = T("""
    Hi Michelle,

    Please find attached PO LB-24-3310 for the two mock-up panels, and for reference your
    quotation NP-Q-5581.

    Please note the scope statement on the PO: only the 2 mock-up panels are released. The
    production panels in your quote are not.

    Can you confirm the casting date so we can book the architect's plant visit?

    Thanks,
    Geneviève
    """) + sig("Geneviève Tremblay", "VP Construction", "Laurentian Builders Inc., Ottawa", "+1 613 555 0119")
_m = mail("Geneviève Tremblay <gtremblay@laurentianbuilders.ca>", "Michelle Tran <mtran@northshoreprecast.ca>",
          "PO LB-24-3310 - mock-up panels AP-1", D(2024, 6, 4, 13, 10, -4), _t)
case("c18_multifile_po_quote_cover", [], "bundle: PO (2 mock-ups, quote qty labelled informational, hold, event, named releaser) + quote + cover email",
     [("PO-LB-24-3310.pdf", _po), ("NP-Q-5581_quotation.pdf", _qt), ("cover_email.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- c19
_d = docx_bytes([
    ("h1", "Carrick & Lowe Construction - Site Progress Meeting No. 14"),
    ("p", "Project: Wharf Road, Hackney (Blocks A-B). Date: 13 June 2024, 10:00. Location: site cabin 2."),
    ("table", [["Attendee", "Company", "Role"],
               ["Liam O'Connor", "Carrick & Lowe", "Commercial Manager"],
               ["Hayley Brooks", "Carrick & Lowe", "Project Manager (chair)"],
               ["Andrew Pyle", "Northern Rainscreen Systems", "Contracts Manager"],
               ["Simone Adeyemi", "Adeyemi Harte Architects", "Project Architect"],
               ["Colin Marsh", "Marsh Structures", "Temporary Works Coordinator"]]),
    ("h", "1. Health and safety"),
    ("p", "One near miss reported (unsecured pallet at the loading bay, 7 June). Toolbox talk held 11 June. "
          "No RIDDOR events."),
    ("h", "2. Programme"),
    ("p", "Frame two weeks behind at Level 6. Recovery programme Rev B issued 12 June."),
    ("h", "3. RFIs"),
    ("p", "RFI-044 (slab edge tolerance at grid F/7) open, engineer to respond by 18 June. RFI-051 closed."),
    ("h", "4. Temporary works"),
    ("p", "Mast climber tie design accepted by the TWC on 10 June."),
    ("h", "5. Cladding mock-up (Type C rainscreen)"),
    ("p", "The visual mock-up (two panels, supplied under PO CL-PO-2207) was accepted by the architect for "
          "appearance only on 12 June. This is not a production release."),
    ("p", "Production of the 318 Type C panels remains on hold. Liam O'Connor will release the 318 panels in "
          "writing only once the thermal bridging calculation (RFI-052) has been closed and the mock-up "
          "sign-off form has been countersigned by the architect. NRS confirmed nothing is being made or "
          "bought for the 318 in the meantime."),
    ("h", "6. Logistics"),
    ("p", "Crane lift plan for cladding stillages to be issued by NRS one week before first delivery."),
    ("h", "7. Actions"),
    ("table", [["Ref", "Action", "Owner", "Due"],
               ["14.1", "Close RFI-052 thermal bridging calc", "Marsh Structures", "21 June"],
               ["14.2", "Countersign mock-up sign-off form", "Adeyemi Harte", "21 June"],
               ["14.3", "Issue cladding lift plan", "NRS", "28 June"]]),
    ("p", "Next meeting: 27 June 2024, 10:00."),
], author="Carrick & Lowe")
case("c19_minutes_appearance_only", [], "minutes: mock-up (2 panels) accepted for appearance only; 318 on hold until RFI closed + countersigned sign-off, release by Liam O'Connor",
     [("Site_Progress_Meeting_14.docx", _d)])

# ---------------------------------------------------------------- c20
_p = pdf([
    ("h1", "LETTER OF INTENT"),
    ("p", "Stonegate Builders, Inc. - 225 Summer Street, Boston MA 02210"),
    ("p", "May 17, 2024"),
    ("p", "Cascadia Curtainwall, Inc., Attn. Mr. Paolo Castellano, 3300 Port of Tacoma Rd, Tacoma WA 98421"),
    ("p", "Re: Harbor Point Tower, Boston - Curtain Wall, Spec Section 08 44 13"),
    ("p", "Dear Mr. Castellano,"),
    ("p", "Stonegate Builders, Inc. intends to enter into a subcontract with Cascadia Curtainwall, Inc. for the "
          "curtain wall package, subject to agreement of the subcontract terms."),
    ("p", "Pending execution of the subcontract, this Letter of Intent authorizes the following and nothing else: "
          "(a) engineering and shop drawings; (b) fabrication and testing of one (1) performance mock-up (PMU) at "
          "your Tacoma test facility; (c) purchase of material for the PMU only. Total authorized value: "
          "USD 45,000 (not-to-exceed)."),
    ("p", "This Letter does not authorize fabrication of production units or the purchase of production "
          "material. Production units remain on hold until both (1) the subcontract has been executed and "
          "(2) Gwen Morales, VP Preconstruction, has issued a written fabrication release."),
    ("p", "Should the subcontract not be executed, Stonegate's liability is limited to documented costs within "
          "the not-to-exceed value above."),
    ("p", "Sincerely, Gwen Morales, VP Preconstruction"),
    ("p", "Accepted: ______________________ Cascadia Curtainwall, Inc.   Date: __________"),
], pagesize=LETTER, title="LOI Harbor Point Tower", author="Stonegate Builders")
case("c20_loi_limited", [], "LOI authorizes 1 PMU only; production on hold until subcontract + written release by Gwen Morales",
     [("LOI_Harbor_Point_Tower_curtain_wall.pdf", _p)])

# ---------------------------------------------------------------- c21
_h = html_page("Stop Notice SN-03", T("""
    <h2>Brackley &amp; Stowe Construction Ltd &mdash; Stop Notice SN-03</h2>
    <table>
    <tr><th>Order</th><td>BS-PO-7781 &mdash; precast stair flights PS-1 / PS-2</td></tr>
    <tr><th>Project</th><td>P-1000 Hartley Square, Block 2</td></tr>
    <tr><th>Supplier</th><td>Thames Precast Ltd, Tilbury</td></tr>
    <tr><th>Issued</th><td>18 June 2024, 08:30, by Ben Carter, Project Director</td></tr>
    </table>
    <p><b>With immediate effect nothing further may start on this order:</b> no casting, no reinforcement
    cages, no material purchases.</p>
    <p>The twelve (12) stair flights released under Release R-02 and already cast may be delivered as planned.</p>
    <p>The remaining 28 flights on the order are not released. They stay on hold after the stop is lifted,
    until a further written release from Ben Carter.</p>
    <p class="note">Reason: RFI-044 &mdash; landing level clash with the revised slab levels (Rev F).
    The stop will be lifted only by a written notice from Ben Carter once RFI-044 is closed.</p>
    """))
_t = T("""
    Dear Alan,

    Please find attached Stop Notice SN-03 on order BS-PO-7781 (precast stairs, Hartley Square
    Block 2). It takes effect immediately.

    Please confirm receipt by return and let me know by midday tomorrow which flights are in the
    moulds today.

    Regards,
    Ben
    """) + sig("Ben Carter", "Project Director", "Brackley & Stowe Construction Ltd, Reading", "+44 118 496 0752")
_m = mail("Ben Carter <ben.carter@brackleystowe.co.uk>", "Alan Shaw <alan.shaw@thamesprecast.co.uk>",
          "STOP NOTICE SN-03 - BS-PO-7781 precast stairs", D(2024, 6, 18, 8, 34), _t,
          attachments=[("Stop_Notice_SN-03.html", _h, "text/html")])
case("c21_stop_notice_html_att", [], "stop notice: 12 released may ship, 28 on hold until further written release by Ben Carter",
     [("STOP_NOTICE_SN-03.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- c22
_c = T("""
    Microsoft Teams - chat export
    Chat: Northern Mech / Riverbend Prefab - St. Boniface Riser Modules
    Exported: 2024-06-14 16:02 (UTC-05:00)

    [2024-06-10 08:14] Dev Patel (Northern Mechanical): Morning team. Confirming where we are: PO 88-1907 covers 1 riser module (R-01) as first-off only.
    [2024-06-10 08:15] Dev Patel (Northern Mechanical): Modules R-02 to R-24 (23 modules) are not released. Please don't start spool fab or order valves/hangers for them.
    [2024-06-10 08:16] Dev Patel (Northern Mechanical): I'll release the 23 in writing (formal release letter, not chat) once the FAT on R-01 is signed off.
    [2024-06-10 08:31] Kyle Janzen (Riverbend Prefab): Copy that Dev. R-01 frame is welded, spools about 60% done. FAT pencilled for the 18th.
    [2024-06-10 08:33] Kyle Janzen (Riverbend Prefab): We'll need your commissioning agent for the hydro - 1.5x working pressure, 2 hr hold per ASME B31.9?
    [2024-06-10 08:40] Sofia Marchetti (Northern Mechanical QA): I can attend. Pls send the ITP rev before Thursday
    [2024-06-10 08:41] Kyle Janzen (Riverbend Prefab): 👍 ITP-RB-022 rev 3 coming today
    [2024-06-11 13:05] Kyle Janzen (Riverbend Prefab): Question on R-02 onward - our shop is light in July. Any chance of a go-ahead on a few of them early?
    [2024-06-11 13:22] Dev Patel (Northern Mechanical): Not yet Kyle - still only R-01. Nothing on R-02 to R-24 until the FAT sign-off and my written release.
    [2024-06-11 13:23] Kyle Janzen (Riverbend Prefab): understood, we'll hold
    """)
case("c22_teams_first_off_riser", [], "Teams chat: 1 first-off module, 23 on hold until FAT sign-off + written release by Dev Patel; supplier's go-ahead question refused",
     [("Teams_chat_St_Boniface_risers.txt", _c)])

# ---------------------------------------------------------------- c23
_p = pdf([
    ("h1", "Purchase Order SCB-PO-24-0577 - Revision 1"),
    ("p", "Southern Cross Builders Pty Ltd, 88 Flinders Lane, Melbourne VIC 3000 - ABN 33 615 902 448"),
    ("table", [["Supplier", "Apex Rainscreen Pty Ltd, 9 Fowler Rd, Dandenong South VIC 3175"],
               ["Project", "2415 Southbank Terraces - ACM rainscreen"],
               ["Revision date", "04/06/2024"]]),
    ("p", "This revision supersedes Revision 0 (dated 20/05/2024) in full. Revision 0 is cancelled."),
    ("table", [["Rev", "Date", "Change"],
               ["0", "20/05/2024", "Issued for two (2) flat mock-up panels - superseded"],
               ["1", "04/06/2024", "Corner panel added at the architect's request; mock-up now three (3) panels; scope note re-issued"]]),
    ("h", "Order lines (Revision 1)"),
    ("table", [["Item", "Description", "Qty", "Unit", "Rate (AUD)", "Amount (AUD)"],
               ["1", "Mock-up panel ACM-1, flat, 4 mm FR core, per SB-A-3101 Rev C", "2", "ea", "1,850.00", "3,700.00"],
               ["2", "Mock-up panel ACM-1C, corner, per SB-A-3102 Rev A", "1", "ea", "2,400.00", "2,400.00"],
               ["", "Total mock-up panels", "3", "", "", "6,100.00 + GST"]]),
    ("h", "Scope"),
    ("p", "This order releases three (3) mock-up panels in total (2 flat + 1 corner)."),
    ("p", "The 264 production panels in your tender are not released. They will be released only by a written "
          "production release from Ellie Watson, Procurement Lead, after the architect has signed off the mock-up."),
    ("p", "Material authority: mock-up panels only."),
], title="SCB-PO-24-0577 Rev 1", author="Southern Cross Builders")
case("c23_revised_po_supersedes", [], "PO Rev 1 explicitly supersedes Rev 0 (2 -> 3 mock-ups); one current authorized qty; full scope",
     [("SCB-PO-24-0577_Rev1.pdf", _p)])

# ---------------------------------------------------------------- c24
_t = T("""
    Hi Shane,

    Call-off 05 under supply agreement SA-118 (Harbourside Quay, Pyrmont) is below.

    Released now: 80 precast parapet units, type PP-2, for Levels 7 and 8 (40 per level), to
    drawing HQ-S-7720 Rev E. Delivery in two loads per day from 15 July.

    Forecast, for your planning only: Levels 9 to 14 need approx. 240 units in Q4 2024. This is a
    forecast - it is not an order and it is not released.

    Further units under SA-118 are released only by the next call-off signed by Ryan O'Brien,
    Procurement Lead. Please buy material for the 80 released units only.

    Cheers,
    Ryan
    """) + sig("Ryan O'Brien", "Procurement Lead", "Harbourside Developments Pty Ltd, Sydney NSW", "+61 2 5550 1187")
_html = html_page("Call-off 05 SA-118", T("""
    <p>Hi Shane,</p>
    <p>Call-off 05 under supply agreement SA-118 (Harbourside Quay, Pyrmont):</p>
    <table>
    <tr><th>Item</th><th>Level</th><th>Qty released</th><th>Drawing</th><th>Delivery from</th></tr>
    <tr><td>PP-2 parapet unit</td><td>L7</td><td>40</td><td>HQ-S-7720 Rev E</td><td>15/07/2024</td></tr>
    <tr><td>PP-2 parapet unit</td><td>L8</td><td>40</td><td>HQ-S-7720 Rev E</td><td>22/07/2024</td></tr>
    <tr><th colspan="2">Released now</th><th>80</th><td colspan="2"></td></tr>
    </table>
    <p class="note">Forecast, for planning only: Levels 9&ndash;14, approx. 240 units in Q4 2024. Not an order, not released.</p>
    <p>Further units under SA-118 are released only by the next call-off signed by Ryan O'Brien, Procurement Lead.
    Please buy material for the 80 released units only.</p>
    <p>Cheers,<br>Ryan</p>
    """))
_m = mail("Ryan O'Brien <ryan.obrien@harbourside.com.au>", "Shane Mitchell <shane@bluegumprecast.com.au>",
          "Call-off 05 - SA-118 Harbourside Quay parapets", D(2024, 6, 17, 9, 45, 10), _t, html=_html)
case("c24_calloff_with_labelled_forecast", [], "call-off releases 80; forecast 240 labelled not an order; next call-off by Ryan O'Brien",
     [("Call-off_05_SA-118.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- c25
_d = docx_bytes([
    ("h1", "Mármores do Alentejo, Lda - Proposta / Quotation n.º 2024/117"),
    ("p", "Estrada Nacional 4, km 112, 7100-000 Estremoz, Portugal - NIF 501 234 567"),
    ("p", "Para / To: Carrick & Lowe Construction Ltd - Attn. Mr. Tom Reid - Project: Canal Basin, Leeds - "
          "ventilated marble facade. Data / Date: 22/05/2024."),
    ("table", [["Pos.", "Descrição / Description", "Quant.", "Un.", "Preço unit. (€)", "Total (€)"],
               ["1", "Sample panels, Estremoz cream marble, honed, 30 mm, 600 x 1200", "4", "un.", "145,00", "580,00"],
               ["2", "Production panels, same spec (quantity per tender BoQ, to be confirmed)", "1.250,00", "m²", "118,50", "148.125,00"],
               ["3", "Stainless steel kerf clips and rails, A4", "1.250,00", "m²", "21,40", "26.750,00"]]),
    ("p", "Notas / Notes:"),
    ("li", "Preços EXW Estremoz; transporte para Leeds cotado à parte (est. € 2.950,00 por camião)."),
    ("li", "Prazo / lead time: samples 2 weeks; production 6 weeks from your written production order."),
    ("li", "Validade / validity: 45 dias."),
    ("li", "Pagamento / payment: 30 % on dispatch of each load, 70 % at 60 days."),
    ("p", "Com os melhores cumprimentos, João Martins, Departamento Comercial"),
], author="Marmores do Alentejo")
case("c25_portuguese_quote_eu_numbers", [], "supplier quote alone with sample and production tiers, European number format",
     [("Proposta_2024-117.docx", _d)])


# =================================================================== RISKY
# ---------------------------------------------------------------- p01
_po = pdf([
    ("h1", "CALDMORE CONSTRUCTION LTD - PURCHASE ORDER CC-PO-24-0518"),
    ("table", [["Supplier", "Vidralux Fachadas, S.A., Rua da Indústria 212, 4470-177 Maia, Portugal"],
               ["Project", "Colmore Gate Phase 2, Birmingham B3"], ["Date", "12 June 2024"],
               ["Deliver to", "Mock-up area, rear of site compound, Livery Street entrance"]]),
    ("table", [["Line", "Description", "Qty", "Unit", "Price (GBP)", "Value (GBP)"],
               ["1", "Visual mock-up panel type VF-02 (unitised, 1,500 x 3,750), to drawing CG2-FAC-310 Rev P4",
                "2", "nr", "7,950.00", "15,900.00"]]),
    ("p", "Our standard terms of purchase (CC-TP-2023) apply. Invoices quoting the PO number to "
          "accounts.payable@caldmore.co.uk. Delivery notes must quote the PO number."),
    ("p", "Raised by: Amy Richardson, Buyer"),
], title="CC-PO-24-0518", author="Caldmore Construction")
_qt = pdf([
    ("h1", "VIDRALUX FACHADAS, S.A. - Proposta / Quotation VF-ORC-2024-0233"),
    ("p", "Cliente: Caldmore Construction Ltd - Colmore Gate Phase 2. Data: 28/05/2024. Validade: 30 dias."),
    ("table", [["Pos.", "Descrição / Description", "Quant.", "Preço unit. (€)", "Total (€)"],
               ["1", "Mock-up panels VF-02", "2", "9.250,00", "18.500,00"],
               ["2", "Production panels VF-01 / VF-02 / VF-03", "386", "3.480,00", "1.343.280,00"]]),
    ("p", "Prazo: mock-up 5 semanas; produção 12 semanas. Transporte DAP Birmingham incluído."),
    ("p", "Nuno Ferreira, Comercial"),
], title="VF-ORC-2024-0233", author="Vidralux")
_t = T("""
    Hi Rui,

    Hope you're well. Please find attached our order CC-PO-24-0518 for the mock-up panels on
    Colmore Gate Phase 2, together with your quotation VF-ORC-2024-0233.

    Could you confirm the delivery date to the mock-up area at the rear of the site compound?
    We'd like the panels in before the design team visit on 9 July.

    Many thanks,
    Amy
    """) + sig("Amy Richardson", "Buyer", "Caldmore Construction Ltd, Birmingham", "+44 121 496 0215")
_m = mail("Amy Richardson <amy.richardson@caldmore.co.uk>", "Rui Sousa <rui.sousa@vidralux.pt>",
          "Order CC-PO-24-0518 - mock-up panels Colmore Gate Ph2", D(2024, 6, 12, 11, 20), _t,
          attachments=[("CC-PO-24-0518.pdf", _po, PDF_MT), ("VF-ORC-2024-0233.pdf", _qt, PDF_MT)])
case("p01_mockup_po_with_quote_386", ["RG001", "RG003", "RG004", "RG005"],
     "mock-up PO for 2 sent with quote showing 386 production; no hold, no unlock event, no releaser",
     [("Order_CC-PO-24-0518.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p02
_p = pdf([
    ("h1", "AL NOOR CONTRACTING LLC - LOCAL PURCHASE ORDER"),
    ("table", [["LPO No.", "ANC-LPO-24-0871"], ["Date", "09-06-2024"],
               ["Project", "Marina Heights Tower B, Dubai Marina"],
               ["Package", "Unitised curtain wall"],
               ["Project quantity (unitised panels)", "1,148 nos"],
               ["Supplier", "Gulf Glazing Systems FZCO, Jebel Ali Free Zone, Dubai"]]),
    ("sp",),
    ("table", [["S.No", "Description", "Qty", "Unit", "Rate (AED)", "Amount (AED)"],
               ["1", "First-off unitised panel Type UCW-A, 1,500 x 4,200 mm, incl. brackets, as per shop drawing "
                     "GGS-MHB-SD-101 Rev 02", "1", "no", "28,500.00", "28,500.00"]]),
    ("p", "Delivery: first-off panel to site (Plot 4, Dubai Marina) by 30 June 2024 for inspection by the Consultant."),
    ("p", "Terms: payment 60 days PDC from date of invoice; 10% retention; advance payment nil. All works as per "
          "Main Contract specification section 08 44 13 and Dubai Municipality requirements. DCD compliance of "
          "fire stopping by others."),
    ("p", "Please sign and return a copy of this LPO as acceptance."),
    ("p", "For Al Noor Contracting LLC - Omar Haddad, Procurement Manager"),
], title="ANC-LPO-24-0871", author="Al Noor Contracting")
case("p02_lpo_first_off_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "first-off LPO for 1 panel shows project quantity 1,148 in header, never says balance not released, no event, no releaser",
     [("ANC-LPO-24-0871.pdf", _p)])

# ---------------------------------------------------------------- p03
_d = docx_bytes([
    ("h1", "Lakeview Developments Ltd. - Purchase Order LD-24-0442"),
    ("p", "Date: June 5, 2024 - Vendor: Maple Ridge Millwork Inc., 22 Foundry Rd, Barrie ON L4N 8Z1"),
    ("p", "Project: The Pier Condominiums, Toronto - suite millwork"),
    ("table", [["Line", "Item", "Description", "Qty this PO", "Production qty (per quote MRM-Q-1187)", "Unit price (CAD)"],
               ["1", "V-1", "Vanity unit, walnut veneer, quartz top, per ID-M-201 Rev 3", "1", "212", "1,480.00"],
               ["2", "K-2", "Kitchen island base, white lacquer, per ID-M-310 Rev 2", "1", "106", "3,950.00"]]),
    ("p", "Sample units to be installed in suite 1204 (model suite) by July 19, 2024."),
    ("p", "Invoices to ap@lakeviewdev.ca quoting the PO number. Lakeview standard terms LDT-2022 apply. "
          "HST 13% extra."),
    ("p", "Buyer: Marc-André Gagnon, Procurement Manager"),
], author="Lakeview Developments")
case("p03_po_table_production_column", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO table carries production qty column (212/106) with no not-released note; no hold, event or releaser",
     [("LD-24-0442_PO.docx", _d)])

# ---------------------------------------------------------------- p04
_c = T("""
    SOUTHERN CROSS BUILDERS PTY LTD              PURCHASE ORDER   SCB-24-0402
    ABN 33 615 902 448                             REVISION         0
    88 Flinders Lane, Melbourne VIC 3000           DATE             11/06/2024
    ==============================================================================
    VENDOR   BAYSIDE STEEL FABRICATIONS PTY LTD (V10442)
             14 Export Dr, Brooklyn VIC 3012
    JOB      2407 DOCKLANDS WHARF APARTMENTS - BALCONY SUPPORT BRACKETS
    ==============================================================================
    LINE ITEM          DESCRIPTION                       QTY UOM   PRICE    AMOUNT
    0010 SB-3-SMP      SAMPLE BRACKET SB-3, 12MM PL        4 EA    95.00    380.00
                       HDG TO AS/NZS 4680, DWG S-412 REV C
    ------------------------------------------------------------------------------
                                                    SUBTOTAL AUD       380.00
                                                    GST 10%             38.00
                                                    TOTAL AUD          418.00
    ==============================================================================
    NOTES:
      REF QUOTE BSF-Q-2291 DATED 03/06/2024:
        SAMPLE       4 EA @  95.00
        PRODUCTION 1,200 EA @ 41.50
      PROCEED AS PER QUOTE.
      DELIVER TO SITE STORE, GATE 3 WURUNDJERI WAY. 7AM-2PM MON-FRI.
      PO NUMBER MUST APPEAR ON ALL INVOICES AND DELIVERY DOCKETS.
    BUYER: S. KAUR                                            PAGE 1 OF 1
    """)
case("p04_erp_po_proceed_as_per_quote", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "ERP sample PO for 4 prints quote production 1,200 and 'PROCEED AS PER QUOTE'; no hold, event or releaser",
     [("SCB-24-0402.txt", _c)])

# ---------------------------------------------------------------- p05 (multi-file)
_c = T("""
    MARLOW & PIKE CONSTRUCTION LTD
    CALL-OFF NOTICE  CO-04                              DATE: 12 JUNE 2024
    ORDER:    MP-PO-7120 (HOLLOWCORE FLOOR PLANKS)
    PROJECT:  ST CLEMENT'S YARD, BRISTOL - BLOCK C
    SUPPLIER: THAMES PRECAST LTD, TILBURY

    PLEASE MANUFACTURE AND DELIVER THE FOLLOWING:
      LEVEL 2   HC-150 PLANKS   60 NO.   AS PER LAYOUT MP-BC-S-2202 REV C
      DELIVERY  W/C 08 JULY 2024, 2 LOADS/DAY, CRANE HOOK TIME 07:30-15:30

    SEE ATTACHED DELIVERY PROGRAMME.

    CONTACT: PAUL DRISCOLL, SITE MANAGER  07700 900431
    """)
_rows = "\n".join(
    f"<tr><td>L{lv}</td><td>HC-150</td><td>60</td><td>MP-BC-S-22{lv:02d} Rev {r}</td><td>{d}</td></tr>"
    for lv, r, d in [(2, "C", "w/c 08/07/2024"), (3, "B", "w/c 22/07/2024"), (4, "B", "w/c 05/08/2024"),
                     (5, "A", "w/c 19/08/2024"), (6, "A", "w/c 02/09/2024"), (7, "A", "w/c 16/09/2024"),
                     (8, "P3", "w/c 30/09/2024"), (9, "P3", "w/c 14/10/2024")])
_h = html_page("Block C hollowcore delivery programme Rev 3", T("""
    <h2>St Clement's Yard &mdash; Block C &mdash; Hollowcore delivery programme (Rev 3)</h2>
    <p>Marlow &amp; Pike Construction Ltd &middot; issued 12 June 2024 &middot; Order MP-PO-7120</p>
    <table>
    <tr><th>Level</th><th>Plank</th><th>Planks (no.)</th><th>Layout</th><th>Planned delivery</th></tr>
    """) + _rows + "\n" + T("""
    <tr><th>Total Block C</th><th></th><th>480</th><th></th><th></th></tr>
    </table>
    <p>Crane: Liebherr 280 EC-H, hook time 07:30&ndash;15:30. Two loads per day maximum. Banksman by M&amp;P.</p>
    """))
case("p05_calloff_plus_programme_480", ["RG001", "RG003", "RG004", "RG005"],
     "call-off for 60 with attached programme totalling 480; nothing says the rest is not released, no event, no releaser",
     [("CO-04_MP-PO-7120.txt", _c), ("Delivery_programme_Block_C_Rev3.html", _h)])

# ---------------------------------------------------------------- p06
_c = T("""
    [10/06/2024, 07:12:40] Kevin Marsh (Caldmore): Morning Gaz. Just so it's in the group - PO 5521 is for the 3 sample brackets only. The other 637 stay on hold until I've signed the samples off and sent the release in writing
    [10/06/2024, 07:14:02] Gaz Hughes (Midland Brackets): Morning Kev, noted 👍 3 samples, rest on hold
    [10/06/2024, 07:20:19] Natalie Cole (Caldmore Eng): Gaz can you make sure the samples have the slotted holes per rev D not rev C
    [10/06/2024, 07:26:44] Gaz Hughes (Midland Brackets): Yep rev D, 14x28 slots
    [13/06/2024, 15:47:10] Gaz Hughes (Midland Brackets): <Media omitted>
    [13/06/2024, 15:47:11] Gaz Hughes (Midland Brackets): <Media omitted>
    [13/06/2024, 15:47:58] Gaz Hughes (Midland Brackets): Samples fitted to the test bay this afternoon, torqued to 45Nm
    [13/06/2024, 16:05:33] Natalie Cole (Caldmore Eng): Fit looks good from here, all within the +/-3
    [13/06/2024, 16:21:09] Kevin Marsh (Caldmore): Look spot on those Gaz. Green light from me, crack on 👍
    [13/06/2024, 16:22:40] Gaz Hughes (Midland Brackets): Cheers Kev 🙌
    """)
case("p06_chat_green_light_crack_on", ["RG002"],
     "scope set earlier in chat, then releaser says 'green light from me, crack on' with no quantity or sample scope",
     [("WhatsApp_Chat_Riverside_Quarter_Brackets.txt", _c)])

# ---------------------------------------------------------------- p07
_orig = T("""
    Megan,

    PO 7712-A covers the guardrail mock-up sections per your proposal WAM-P-318, for review in
    your shop. The production guardrails are not released until the mock-up is signed off and I
    issue a written fabrication release.

    Jason
    """)
_mid = T("""
    Jason,

    Attached are shop drawings Rev C for the stair guardrails and photos of the mock-up sections
    in our shop (bay 4). Please confirm so we can keep moving.

    Megan Ross
    Project Manager, Willamette Architectural Metals

    """) + quote(_orig, "On Tue, May 28, 2024 at 9:02 AM Jason Lim <jlim@pinecrestgc.com> wrote:")
_t = T("""
    Approved, please proceed.

    Thanks,
    Jason
    """) + sig("Jason Lim", "Project Manager", "Pinecrest General Contractors, Portland OR", "+1 503 555 0164") + "\n" + \
    quote(_mid, "On Mon, Jun 10, 2024 at 3:47 PM Megan Ross <mross@willamettemetals.com> wrote:")
_m = mail("Jason Lim <jlim@pinecrestgc.com>", "Megan Ross <mross@willamettemetals.com>",
          "RE: Stair guardrails - shop dwgs Rev C + mock-up photos", D(2024, 6, 11, 7, 58, -7), _t,
          in_reply_to="<wam-0610-gr@willamettemetals.com>")
case("p07_reply_approved_please_proceed", ["RG002", "RG010"],
     "'Approved, please proceed.' with no scope; quoted PO note never states how many mock-up sections are authorized",
     [("RE_Stair_guardrails_Rev_C.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p08
_h = html_page("Aconex - Mail register - SV-2203", T("""
    <h2>Aconex &rsaquo; Mail &rsaquo; Saadiyat Villas (SV-2203)</h2>
    <p>Organisation: Al Noor Contracting LLC &middot; Export generated 13/06/2024 09:12 GST</p>
    <table>
    <tr><th>Mail No.</th><th>Type</th><th>From</th><th>To</th><th>Subject</th><th>Sent</th></tr>
    <tr><td>MAIL-000212</td><td>Instruction</td><td>Nadia Rossi (Al Noor)</td><td>Lusotimber, Lda</td><td>Courtyard screens - samples</td><td>21/05/2024</td></tr>
    <tr><td>MAIL-000219</td><td>Transmittal</td><td>Pedro Almeida (Lusotimber)</td><td>Nadia Rossi (Al Noor)</td><td>Samples dispatched</td><td>04/06/2024</td></tr>
    <tr><td>MAIL-000231</td><td>Site Instruction</td><td>Nadia Rossi (Al Noor)</td><td>Lusotimber, Lda</td><td>Sample inspection outcome</td><td>12/06/2024</td></tr>
    </table>
    <h3>MAIL-000212 &mdash; Instruction &mdash; Courtyard screens - samples</h3>
    <p>Dear Pedro,<br>Please fabricate the sample screens for the villa courtyards per SK-114 Rev B
    (thermally modified ash, 45 x 20 battens, stainless fixings A4). The production screens are on
    hold until the samples are signed off on site and I issue the written production release.<br>
    Regards, Nadia Rossi, Design Manager</p>
    <h3>MAIL-000219 &mdash; Transmittal &mdash; Samples dispatched</h3>
    <p>Dear Nadia,<br>Samples dispatched by air, AWB 235-1144 0921, ETA Abu Dhabi 11/06.<br>
    Best regards, Pedro Almeida, Lusotimber</p>
    <h3>MAIL-000231 &mdash; Site Instruction &mdash; Sample inspection outcome</h3>
    <p>Dear Pedro,<br>Sample inspection on 12/06 completed with the architect and the client's
    representative. You are good to go.<br>Regards, Nadia</p>
    """))
case("p08_aconex_good_to_go", ["RG002", "RG010"],
     "Aconex export: 'You are good to go' unscoped; the instruction never states how many sample screens",
     [("Aconex_mail_register_SV-2203.html", _h)])

# ---------------------------------------------------------------- p09
_orig = T("""
    Tom,

    PO SCB-24-311 covers the 2 sample kitchen units (type K1) for the display suite. The remaining
    118 units are not released; I'll release them in writing once the samples have been signed off
    at the display suite.

    Ellie
    """)
_mid = T("""
    Ellie,

    The two sample kitchens are installed at the display suite (ground floor, lot 3). Let us know
    where we stand.

    Tom Baxter
    Harbourline Joinery

    """) + quote(_orig, "On Mon, 3 Jun 2024 at 10:11, Ellie Watson <ellie.watson@southerncross.com.au> wrote:")
_t = T("""
    Hi Tom,

    Had the walk-through at the display suite this morning with the client and the interior
    designer - all approved at our end, go for it!

    Cheers,
    Ellie
    """) + sig("Ellie Watson", "Procurement Lead", "Southern Cross Builders Pty Ltd, Melbourne VIC", "+61 3 5550 2231") + "\n" + \
    quote(_mid, "On Wed, 12 Jun 2024 at 16:30, Tom Baxter <tom@harbourlinejoinery.com.au> wrote:")
_m = mail("Ellie Watson <ellie.watson@southerncross.com.au>", "Tom Baxter <tom@harbourlinejoinery.com.au>",
          "RE: Display suite kitchens - SCB-24-311", D(2024, 6, 14, 12, 5, 10), _t,
          in_reply_to="<hlj-0612-ds@harbourlinejoinery.com.au>")
case("p09_all_approved_go_for_it", ["RG002"],
     "releaser replies 'all approved at our end, go for it!' with no quantity or sample scope; earlier scope complete",
     [("RE_Display_suite_kitchens.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p10
_p = pdf([
    ("h1", "GULF HORIZON CONTRACTING LLC - PURCHASE ORDER GHC-PO-24-1190"),
    ("table", [["Project", "Yas Bay Residences, Abu Dhabi - aluminium solid panel cladding"],
               ["Supplier", "Anadolu Metal Cephe A.S., Nilufer OSB, Bursa, Turkiye"],
               ["Incoterms", "CFR Khalifa Port"], ["Date", "27 May 2024"]]),
    ("table", [["Item", "Description", "Qty", "Unit", "Unit price (USD)", "Amount (USD)"],
               ["1", "Mock-up: solid aluminium panel assembly SP-3, 3 mm, PVDF RAL 7022, per drawing YB-CL-501 Rev 04",
                "1", "set", "14,800.00", "14,800.00"]]),
    ("h", "Production panels"),
    ("p", "The remaining 212 units are on hold pending mock-up approval by the Consultant."),
    ("p", "Upon approval of the mock-up by the Consultant, the Supplier shall proceed with fabrication of the "
          "remaining 212 units and ship them in two consignments."),
    ("h", "Terms"),
    ("p", "Payment 30 days from B/L date. Documents: commercial invoice, packing list, certificate of origin "
          "legalised by the chamber of commerce, mill certificates EN 10204 3.1."),
    ("p", "Procurement Department, Gulf Horizon Contracting LLC"),
], title="GHC-PO-24-1190", author="Gulf Horizon Contracting")
case("p10_po_upon_approval_proceed_212", ["RG005", "RG007"],
     "PO says 212 on hold but that mock-up approval itself lets supplier proceed with them; no named release person",
     [("GHC-PO-24-1190.pdf", _p)])

# ---------------------------------------------------------------- p11
_orig = T("""
    Vivian,

    Attached is PO 24-0881 for four (4) sample panels of G654 granite, flamed,
    600 x 1200 x 30 mm, for the mock-up wall at the Cherry Creek site.

    The balance of the granite (2,860 m²) is not released. It will be released only by a written
    production release from me after our architect has signed off the samples on the mock-up
    wall. Please do not cut or buy blocks for the balance.

    Sandra Whitaker
    Purchasing Manager, Ridgeway Builders, Inc.
    """)
_t = T("""
    Dear Sandra,

    Good day!

    Thank you for your PO. The 4 sample panels of G654 (600 x 1200 x 30 mm, flamed) were finished
    today, pictures attached, and will go by DHL tomorrow.

    After you confirm the sample panels, we will arrange the mass production of 2,860 m²
    directly, so that the shipment can catch the vessel at the beginning of August.

    Best regards,
    Vivian Zhang
    Export Department | Xiamen Huatai Stone Co., Ltd.
    Shuitou Stone Industrial Zone, Nan'an, Fujian, China

    """) + quote(_orig, "On Mon, Jun 3, 2024 at 4:18 PM Sandra Whitaker <swhitaker@ridgewaybuilders.com> wrote:")
_m = mail("Vivian Zhang <vivian@huataistone.cn>", "Sandra Whitaker <swhitaker@ridgewaybuilders.com>",
          "RE: PO 24-0881 sample panels G654", D(2024, 6, 7, 17, 40, 8), _t,
          in_reply_to="<rwb-po-240881@ridgewaybuilders.com>")
case("p11_supplier_mass_production_after_confirm", ["RG007"],
     "supplier says confirmation of samples leads directly to mass production of 2,860 m2 despite buyer's written-release requirement",
     [("RE_PO_24-0881_sample_panels.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p12
_c = T("""
    [04/06/2024, 06:55:12] Liam Doyle (Kestrel PM): Morning Tom. PO KC-PO-7752 is for the 2 sample vanities only. Bal. 46 on hold till I send the written release after the sample sign-off
    [04/06/2024, 07:02:48] Tom Baxter (Harbourline): No worries Liam, 2 samples in the shop now, should be at Newstead by Fri
    [04/06/2024, 07:10:31] Mel Fraser (Kestrel Site): Tom they go to unit 1103, key from the site office
    [07/06/2024, 11:40:03] Tom Baxter (Harbourline): Samples are in unit 1103, arch walking it Tuesday
    [07/06/2024, 11:58:27] Liam Doyle (Kestrel PM): Legend. Programme's tight on the fit-off so once the arch signs off the sample you can crack straight on with the other 46, no need to wait for paperwork from me
    [07/06/2024, 12:01:10] Tom Baxter (Harbourline): Sweet, will line up the CNC for the week after 👍
    [07/06/2024, 12:04:55] Mel Fraser (Kestrel Site): Tom pls book the loading dock through me, 24hrs notice
    """)
case("p12_chat_buyer_skips_paperwork", ["RG007"],
     "buyer sets written release, then says architect's sign-off lets supplier crack on with the other 46 without paperwork",
     [("WhatsApp_Chat_Newstead_Joinery.txt", _c)])

# ---------------------------------------------------------------- p13
_p = pdf([
    ("h1", "BOSPHORUS GRC SANAYI A.S. - SIPARIS TEYIDI / ORDER CONFIRMATION OC-24-0716"),
    ("p", "Aydinli OSB, Tuzla 34953 Istanbul, Turkiye"),
    ("table", [["Customer", "Marlow & Pike Construction Ltd, Bristol"],
               ["Your PO", "MP-PO-5512 dated 29.05.2024"],
               ["Project", "Temple Quay House - GRC window surrounds"],
               ["Date", "03.06.2024"]]),
    ("table", [["Poz.", "Description", "Qty", "Unit", "Unit price (EUR)", "Total (EUR)"],
               ["1", "GRC sample panel WS-1, 1.850 x 650 mm, acid-etched, colour 'Bath stone'", "2", "pcs",
                "640,00", "1.280,00"]]),
    ("p", "We confirm your order for two (2) sample panels. Delivery: 3 weeks, EXW Tuzla; samples shipped by air courier."),
    ("p", "As per our general conditions of sale (clause 6.2), upon your written approval of the samples, "
          "production of the balance will commence automatically and will be invoiced at the rates of our "
          "offer BG-TKF-24-088."),
    ("p", "Please countersign and return this confirmation."),
    ("p", "Saygilarimizla / Best regards, Elif Demir, Sales Engineer"),
], title="OC-24-0716", author="Bosphorus GRC")
case("p13_supplier_ack_automatic_production", ["RG007"],
     "supplier order confirmation: production of the balance commences automatically on sample approval",
     [("OC-24-0716_order_confirmation.pdf", _p)])

# ---------------------------------------------------------------- p14
_c = T("""
    PINECREST GENERAL CONTRACTORS
    LLOYD DISTRICT TOWER (P-2207) - OWNER/ARCHITECT/CONTRACTOR MEETING #22
    Date: 06/13/2024   Location: Site trailer 2 / Teams
    Attendees: R. Kim (PGC, Sr. PM), J. Lim (PGC, PM), A. Osei (PGC, Super), T. Varga (EOR),
               L. Chen (Owner's rep), M. Duarte (Summit Steel Fabricators)

    22.01 SAFETY - No recordable incidents. Tower crane inspection completed 06/10.
    22.02 SCHEDULE - Level 6 deck pour moved to 06/27 (weather). Critical path runs through
          Zone B steel.
    22.03 RFIs - RFI-118 (beam penetration at grid D/4) answered. RFI-121 (moment connection
          MC-7 weld access) open, EOR to respond by 06/18.
    22.04 STEEL CONNECTION SAMPLES - Release status restated by R. Kim: PO 8812 covers the
          2 sample moment connections (MC-7) only. Zone B (96 connections) is not released
          until a written release from Rachel Kim following sample sign-off by the EOR.
    22.05 STEEL CONNECTION SAMPLES (cont.) - Summit reported the 2 samples are welded and
          UT-tested (AWS D1.1, report UT-0612). RK noted that, to protect the schedule, once
          the EOR signs the sample report Summit can roll straight into Zone B - no separate
          paperwork needed.
    22.06 SUBMITTALS - Curtain wall PMU test date TBC. 05 50 00 misc. metals resubmittal due 06/21.
    22.07 NEXT MEETING - 06/20/2024 10:00.

    Minutes by: J. Lim. Corrections to be sent within 3 business days, otherwise these minutes
    stand as the record.
    """)
case("p14_minutes_roll_straight_into_zone_b", ["RG007"],
     "minutes: releaser restates written release, then says EOR sign-off lets fabricator roll straight into Zone B",
     [("OAC_Meeting_22_minutes.txt", _c)])

# ---------------------------------------------------------------- p15
_po = pdf([
    ("h1", "COASTLINE CONSTRUCTIONS PTY LTD - PURCHASE ORDER CC-PO-24-402"),
    ("table", [["Supplier", "Jiangsu Fenghua Metal Products Co., Ltd., Wuxi, Jiangsu, China"],
               ["Project", "Scarborough Beachfront, Perth WA - facade brackets"], ["Date", "10/06/2024"]]),
    ("table", [["Line", "Description", "Qty", "Unit", "Unit price (USD)", "Amount (USD)"],
               ["1", "Sample bracket FB-7, 316 stainless, to drawing CC-S-0712 Rev B", "4", "ea", "38.00", "152.00"]]),
    ("p", "Balance: 1,196 brackets on hold."),
    ("p", "Release authority for the balance: Mia Thompson, Procurement Manager."),
], title="CC-PO-24-402", author="Coastline Constructions")
_t = T("""
    Hi Kevin,

    Please find attached PO CC-PO-24-402 for 4 sample brackets (type FB-7, 316 stainless, to
    drawing CC-S-0712 Rev B).

    The balance (1,196) is on hold. Release authority for the balance is me, Mia Thompson.

    Once we approve the samples, go straight into the 1,196 please - we need them landed in
    Fremantle by week 34, so there won't be time for another round of paperwork.

    Samples by air to our Osborne Park office please.

    Regards,
    Mia
    """) + sig("Mia Thompson", "Procurement Manager", "Coastline Constructions Pty Ltd, Perth WA", "+61 8 5550 3340")
_m = mail("Mia Thompson <mia.thompson@coastlinecon.com.au>", "Kevin Wu <kevin.wu@fenghuametal.cn>",
          "PO CC-PO-24-402 - sample brackets FB-7", D(2024, 6, 10, 14, 15, 8), _t, html=as_html(_t, "CC-PO-24-402"),
          attachments=[("CC-PO-24-402.pdf", _po, PDF_MT)])
case("p15_once_approved_go_straight_into", ["RG007"],
     "buyer: once samples approved, go straight into the 1,196 - sample approval rolled into production",
     [("PO_CC-PO-24-402_sample_brackets.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p16 (multi-file)
_c = T("""
    BRACKLEY & STOWE CONSTRUCTION LTD              PURCHASE ORDER  BS-PO-8034
    Unit 4, Riverside Park, Reading RG1 8EQ                 DATE  03/06/2024
    =============================================================================
    PROJECT    P-1000  HARTLEY SQUARE, BLOCK 2
    SUPPLIER   NORTHGATE STAIRS & BALCONIES LTD, WAKEFIELD WF2 0XQ
    -----------------------------------------------------------------------------
    ITEM  PART NO       DESCRIPTION                         QTY UNIT   VALUE GBP
    0010  BAL-FO-01     FIRST-OFF BALCONY UNIT TYPE B1,       1 NR      6,200.00
                        STEEL CASSETTE + GLASS BALUSTRADE
    -----------------------------------------------------------------------------
    SCOPE NOTE
      THIS ORDER RELEASES ONE (1) FIRST-OFF BALCONY UNIT.
      THE 84 PRODUCTION BALCONY UNITS ARE NOT RELEASED. THEY WILL BE RELEASED
      ONLY BY A WRITTEN PRODUCTION RELEASE FROM HUGH BARLOW (PROJECT MANAGER)
      AFTER THE FIRST-OFF INSPECTION SIGN-OFF.
      MATERIAL AUTHORITY: FIRST-OFF UNIT ONLY.
    -----------------------------------------------------------------------------
    AUTHORISED  H. BARLOW                       PRINTED 03/06/2024 09:05 PAGE 1/1
    """)
_h = html_page("Transmittal TR-0456", T("""
    <h2>Brackley &amp; Stowe &mdash; Document Transmittal TR-0456</h2>
    <table>
    <tr><th>To</th><td>Northgate Stairs &amp; Balconies Ltd</td></tr>
    <tr><th>From</th><td>Document Control &mdash; Rhian Pugh</td></tr>
    <tr><th>Date</th><td>19/06/2024</td></tr>
    <tr><th>Reason for issue</th><td>Review outcome</td></tr>
    </table>
    <table>
    <tr><th>Doc no.</th><th>Title</th><th>Rev</th><th>Status</th></tr>
    <tr><td>NSB-FO-01-IR</td><td>First-off balcony unit FO-01 &mdash; inspection record</td><td>02</td><td>A &ndash; Approved (first-off unit FO-01 only)</td></tr>
    <tr><td>NSB-SD-210</td><td>Balcony cassette shop drawing</td><td>C</td><td>C &ndash; Comments, revise and resubmit</td></tr>
    </table>
    <p class="note">Remarks: hold point HP-07 cleared. Once this transmittal is returned Status A, the
    fabricator may move into production of the 84 units; please plan the first delivery for w/c 15 July.</p>
    """))
case("p16_po_plus_transmittal_status_a", ["RG007"],
     "bundle: PO needs written release by Hugh Barlow; transmittal says Status A on first-off lets fabricator move into the 84",
     [("BS-PO-8034.txt", _c), ("Transmittal_TR-0456.html", _h)])

# ---------------------------------------------------------------- p17
_p = pdf([
    ("h1", "PERFIS ATLÂNTICO, S.A. - Relatório de Progresso / Progress Report n.º 7"),
    ("table", [["Client", "Caldmore Construction Ltd"], ["Project", "Snow Hill Plaza, Birmingham - curtain wall"],
               ["Date", "14/06/2024"], ["Prepared by", "Carla Mendes, Project Coordinator"]]),
    ("h", "Fabrication status"),
    ("table", [["Item", "Released", "Fabricated", "Shipped", "Remarks"],
               ["Mock-up panels MU-1 / MU-2", "2", "2", "2", "Arrived on site 11/06"],
               ["Production panels (312)", "not released", "0", "0", "Awaiting your instruction"]]),
    ("h", "Materials"),
    ("table", [["Material", "Ordered", "Status"],
               ["Aluminium billet / extrusions, 6063-T6, all profiles", "100 % of project - 9.400 kg",
                "Ordered 05/06 to secure the mill slot before the August shutdown; delivery week 27"],
               ["Glass units", "Mock-up only", "Delivered"],
               ["EPDM gaskets", "Mock-up only", "Delivered"]]),
    ("p", "Note: to protect the programme we have ordered the extrusions for the whole project (312 panels) "
          "in advance. Please let us know the production release date as soon as possible."),
], title="Progress Report 7", author="Perfis Atlantico")
case("p17_progress_report_extrusions_full_project", ["RG006"],
     "supplier report: extrusions for all 312 panels ordered while only 2 mock-ups released, no material authority",
     [("Relatorio_Progresso_07.pdf", _p)])

# ---------------------------------------------------------------- p18
_orig = T("""
    Rob,

    Release R-01 for the Temple Quay House frame: Zone A, 42 members (approx. 18 t), per drawings
    TQH-S-3001 to 3009 Rev C.

    Zones B-D are not released. I will release them in writing after the erection sequence review
    on 8 July.

    Owen Price
    Project Manager, Marlow & Pike Construction Ltd
    """)
_t = T("""
    Owen,

    Thanks for R-01, Zone A is in the shop and the first beams go to the blast line on Monday.

    Heads-up: to protect the mill slot we've placed the order with the stockholder for the full
    62 t of S355 sections covering all four zones - the mill are quoting 9 weeks on the heavier
    UCs otherwise. I appreciate you've only released Zone A (18 t, 42 members) so far; we won't
    cut or drill anything for B-D until we hear from you.

    Paint system per spec: Sherwin-Williams Firetex FX5120, 60 min, DFT per schedule.

    Rob
    """) + sig("Rob Jenkins", "Contracts Director", "Severn Steel Fabricators Ltd, Newport NP19 4QQ", "+44 1633 555 218") + "\n" + \
    quote(_orig, "On 4 Jun 2024, at 16:12, Owen Price <owen.price@marlowpike.co.uk> wrote:")
_m = mail("Rob Jenkins <rob.jenkins@severnsteel.co.uk>", "Owen Price <owen.price@marlowpike.co.uk>",
          "RE: Release R-01 - TQH frame Zone A", D(2024, 6, 7, 12, 2), _t,
          in_reply_to="<mp-r01-0604@marlowpike.co.uk>")
case("p18_steel_mill_order_all_zones", ["RG006"],
     "fabricator ordered 62 t for all zones though only Zone A (18 t) released; no material authority",
     [("RE_Release_R-01_TQH_Zone_A.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p19
_c = T("""
    [02/06/2024, 09:12:33] Hassan Ali (Al Noor): Salam Rajesh. Crack on with the sample doorsets please, for the show apartment on L14
    [02/06/2024, 09:13:10] Hassan Ali (Al Noor): The remaining doorsets (46) stay on hold until I sign off the samples and send you the written release
    [02/06/2024, 09:20:41] Rajesh Nair (Emirates Woodcraft): Noted sir. Samples in 3 weeks, veneer lead time is the issue, 6-8 weeks from Italy for the crown-cut oak
    [02/06/2024, 09:34:18] Hassan Ali (Al Noor): Understood. Also feel free to get the oak veneer in for all the doorsets so you're not waiting on it later, we'll sort the paperwork out after
    [02/06/2024, 09:35:02] Rajesh Nair (Emirates Woodcraft): 👍 will place the order with Verona tomorrow
    [02/06/2024, 10:05:47] Fatima Al Suwaidi (Al Noor Site): Rajesh pls send the FD60 certificates for the samples before delivery, Civil Defence will check
    """)
case("p19_chat_veneer_for_all_doorsets", ["RG006", "RG010"],
     "buyer waves supplier into buying veneer for all doorsets with no material authority; sample count never stated",
     [("WhatsApp_Chat_Al_Noor_Doorsets.txt", _c)])

# ---------------------------------------------------------------- p20
_a = T("""
    CHENNAI METALCRAFT PVT LTD          WORK ORDER STATUS REPORT          RUN DATE 14-06-2024
    CUSTOMER : AL NOOR CONTRACTING LLC, DUBAI    PO : AN-PO-24-0780    PROJECT : MHT-B
    ------------------------------------------------------------------------------------------
    WO NO      ITEM CODE    DESCRIPTION                   REL QTY   MADE   BAL REL   MATL FOR
    WO-24-311  HR-316-42    HANDRAIL SET SS316 42.4x2.0      20       8       12    480 SETS
    ------------------------------------------------------------------------------------------
    MATERIAL ISSUED TO WO-24-311
      SS316 TUBE 42.4 X 2.0 MM      : 2,900 M (APPROX 2.9K M)   ISSUED    (480 SETS)
      SS316 BRACKET PLATE 6 MM      : 1.8 T                    ISSUED    (480 SETS)
      SS316 END CAPS / ELBOWS       : 1,920 NOS                RESERVED  (480 SETS)
    ------------------------------------------------------------------------------------------
    REMARKS
      FULL PROJECT MATERIAL DRAWN FROM STORES TO AVOID PRICE INCREASE FROM 01-07-2024.
      CUSTOMER RELEASE: 20 SETS (REL-1). BALANCE 460 SETS AWAITING CUSTOMER RELEASE.
    ------------------------------------------------------------------------------------------
    PRINTED BY: PPC / K.SURESH                                        PAGE 1 OF 1
    """)
_t = T("""
    Dear Mr. Omar,

    Greetings. Please find attached the weekly work order status for PO AN-PO-24-0780 (SS316
    handrails, Marina Heights Tower B).

    8 sets of the 20 released are complete and under pickling; balance 12 sets by 26-06-2024.

    Thanks & regards,
    S. Raghavan
    Manager - Exports, Chennai Metalcraft Pvt. Ltd., Ambattur Industrial Estate, Chennai 600058
    """)
_m = mail("S. Raghavan <raghavan@chennaimetalcraft.in>", "Omar Haddad <o.haddad@alnoorcontracting.ae>",
          "WO status - PO AN-PO-24-0780 - week 24", D(2024, 6, 14, 18, 5, 5), _t,
          attachments=[("WO_status_AN-PO-24-0780.txt", _a, "text/plain")])
case("p20_erp_status_material_480", ["RG006"],
     "supplier ERP status attached: material for 480 sets issued against a release of 20",
     [("WO_status_week24.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p21
_d = docx_bytes([
    ("h1", "Kestrel Constructions - Design & Coordination Meeting 09"),
    ("p", "Project: Newstead Riverside (2291). Date: 12 June 2024. Location: site office, Level 1. "
          "Chair: Liam Doyle (Kestrel PM)."),
    ("table", [["Name", "Company"],
               ["Liam Doyle", "Kestrel Constructions"], ["Mel Fraser", "Kestrel Constructions"],
               ["Priya Raman", "Facade engineer (independent)"], ["Josh Kerr", "Clearview Glass"],
               ["Anna Becker", "Architect"]]),
    ("h", "9.1 Previous minutes"),
    ("p", "Taken as a true record."),
    ("h", "9.2 Structure"),
    ("p", "Level 7 post-tensioning stressed 10 June. Level 8 pour 19 June, subject to weather."),
    ("h", "9.3 Facade - IGUs"),
    ("p", "PO KC-PO-7741 covers four (4) mock-up IGUs for the Level 3 mock-up bay. The 180 production IGUs are "
          "not released; Liam Doyle will release them in writing after the mock-up sign-off by the architect "
          "and the facade engineer."),
    ("h", "9.4 Facade - glass supply"),
    ("p", "Clearview Glass advised that the float glass (10 mm low-iron and 6 mm Low-E) for all 180 production "
          "IGUs has been purchased and is being stored at their Dandenong yard to beat the July price rise. "
          "Kestrel noted the advice."),
    ("h", "9.5 Services"),
    ("p", "Hydraulic penetrations at Level 3 to be cored before 21 June. Fire collars per AS 1530.4."),
    ("h", "Actions"),
    ("table", [["Ref", "Action", "Owner", "Due"],
               ["9.3", "Mock-up IGUs installed in Level 3 bay", "Clearview", "28 June"],
               ["9.5", "Core hydraulic penetrations L3", "Kestrel", "21 June"]]),
], author="Kestrel Constructions")
case("p21_minutes_glass_for_all_180", ["RG006"],
     "minutes record supplier bought float glass for all 180 IGUs while only 4 mock-ups released; buyer merely notes it",
     [("DCM_09_minutes.docx", _d)])

# ---------------------------------------------------------------- p22
_h = html_page("Release R-2 - NM-SA-0419", T("""
    <h2>Northern Mechanical Contractors Ltd. &mdash; Supplier Portal</h2>
    <h3>Release R-2 against Supply Agreement NM-SA-0419 (duct support frames)</h3>
    <p>Supplier: Prairie Sheet Metal Ltd., Brandon MB &middot; Project: St. Boniface Hospital Addition &middot; Issued 2024-06-17</p>
    <table>
    <tr><th>Item</th><th>Description</th><th>Qty released</th><th>Delivery</th></tr>
    <tr><td>DSF-2</td><td>Duct support frame, galvanised 12 ga, per M-601 Rev 4</td><td>40</td><td>2024-07-08</td></tr>
    </table>
    <table>
    <tr><th>Agreement quantity</th><td>360 frames</td></tr>
    <tr><th>Released to date</th><td>R-1: 40 &middot; R-2: 40 &middot; total 80</td></tr>
    <tr><th>Balance</th><td>280 frames &mdash; not released; released only by further call-offs signed by Dev Patel, Procurement Lead</td></tr>
    </table>
    <p class="note">To keep lead times short, please also bring in the galvanised coil for the next three
    call-offs now. We'll sort out who carries the coil if the later call-offs move.</p>
    <p>Questions: dpatel@northernmech.ca</p>
    """))
case("p22_portal_calloff_coil_next_three", ["RG006"],
     "call-off releases 40 but asks supplier to bring in coil for three more call-offs with liability left open",
     [("Release_R-2_NM-SA-0419.html", _h)])

# ---------------------------------------------------------------- p23
_orig = T("""
    Prakash,

    Please find attached PO TP-24-0631 for a sample lot of 200 nos. RD 24 lifting anchors for
    testing at our Tilbury works.

    The balance of 3,400 nos. is not released. It will be released only after the sample lot has
    passed our load testing (lot acceptance by QA) and I have issued a written release.

    Mark Ellison
    Purchasing Manager, Thames Precast Ltd
    """)
_t = T("""
    Dear Mr. Ellison,

    Greetings from Pune!

    We are pleased to inform that the sample lot of 200 nos. lifting anchors (RD 24, L=170,
    hot-dip galvanised) has been dispatched today vide LR No. 5523 to Nhava Sheva for shipment,
    as per your PO.

    Also, to protect you from the steel price increase announced by the mills from 1st July, we
    have already procured the wire rod and plate for the complete 3,600 nos. and the same is
    lying in our stores.

    Kindly release the balance PO at the earliest so we can plan the production.

    Thanks & Regards,
    Prakash Kulkarni
    Manager - Exports, Pune Precast Inserts Pvt. Ltd., MIDC Chakan, Pune 410501
    Mob: +91 98220 55123

    """) + quote(_orig, "On 22-May-2024 15:40, Mark Ellison <m.ellison@thamesprecast.co.uk> wrote:")
_m = mail("Prakash Kulkarni <prakash@puneinserts.in>", "Mark Ellison <m.ellison@thamesprecast.co.uk>",
          "RE: PO TP-24-0631 sample lot lifting anchors - dispatched", D(2024, 6, 10, 17, 25, 5), _t,
          in_reply_to="<tp-po-0631@thamesprecast.co.uk>")
case("p23_supplier_procured_steel_3600", ["RG006"],
     "supplier procured steel for all 3,600 anchors against a 200-piece sample lot release",
     [("RE_PO_TP-24-0631_dispatched.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p24
_po = pdf([
    ("h1", "Carrick & Lowe Construction Ltd - Purchase Order CL-PO-2231"),
    ("table", [["Supplier", "Fenland Timber Cladding Ltd, Wisbech PE13 2RJ"],
               ["Project", "Canal Basin, Leeds - timber rainscreen"], ["Date", "14 June 2024"]]),
    ("table", [["Line", "Description", "Qty", "Unit", "Rate (GBP)", "Value (GBP)"],
               ["1", "Mock-up panel, Siberian larch rainscreen cassette, 1200 x 2400, charred finish, per CB-A-2150 Rev P2",
                "4", "nr", "640.00", "2,560.00"]]),
    ("h", "Scope"),
    ("p", "This order releases four (4) mock-up panels only."),
    ("p", "The 220 production panels are not released. They will be released only by a written production "
          "release from Tom Reid, Package Manager, after the mock-up sign-off by the architect."),
    ("p", "Material authority: mock-up panels only."),
], title="CL-PO-2231", author="Carrick & Lowe")
_t = T("""
    Hi Joe,

    Please find attached our order CL-PO-2231 for the 6 mock-up panels for the Canal Basin
    mock-up. Could you confirm delivery for w/c 8 July? The mock-up frame will be up by then.

    Thanks,
    Rebecca
    """) + sig("Rebecca Hall", "Senior Buyer", "Carrick & Lowe Construction Ltd, Leeds", "+44 113 496 0388")
_m = mail("Rebecca Hall <rebecca.hall@carricklowe.co.uk>", "Joe Barker <joe@fenlandtimber.co.uk>",
          "Order CL-PO-2231 - Canal Basin mock-up panels", D(2024, 6, 14, 10, 2), _t,
          attachments=[("CL-PO-2231.pdf", _po, PDF_MT)])
case("p24_cover_email_6_vs_po_4", ["RG011"],
     "cover email says 6 mock-up panels, attached PO releases 4",
     [("Order_CL-PO-2231.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p25 (multi-file)
_loi = pdf([
    ("h1", "Lettre d'intention / Letter of Intent"),
    ("p", "Boréal Construction inc., 1200 rue Peel, Montréal (QC) H3B 2T6 - le 3 juin 2024 / June 3, 2024"),
    ("p", "À / To: Verrerie Laurentide inc., Saint-Jérôme (QC) - Résidences du Canal, Phase 1 - vitrage / windows"),
    ("p", "Boréal Construction inc. intends to award the window package to Verrerie Laurentide inc. Pending the "
          "subcontract, this letter authorizes the fabrication of three (3) first-off window units type F-12 for "
          "the on-site mock-up, to drawing A-520 rév. 4."),
    ("p", "The 240 production units are not released and remain on hold until the first-off inspection sign-off "
          "and a written production release from Hannah Lee, Package Manager - Envelope."),
    ("p", "Material authority: first-off units only. Liability under this letter is capped at CAD 18,000."),
    ("p", "Hannah Lee, Package Manager - Envelope"),
], title="LOI vitrage", author="Boreal Construction")
_c = T("""
    BOREAL CONSTRUCTION INC.                      SUBCONTRACT ORDER SCO-BC-24-0912
    1200 RUE PEEL, MONTREAL QC H3B 2T6                       DATE 2024-06-05
    ============================================================================
    PROJECT   RDC-P1 RESIDENCES DU CANAL, PHASE 1
    SUBCONTR  VERRERIE LAURENTIDE INC., SAINT-JEROME QC  (V-01877)
    ----------------------------------------------------------------------------
    LN   ITEM     DESCRIPTION                                 QTY   U/M   CAD
    01   F-12-FO  FIRST-OFF WINDOW UNIT TYPE F-12, A-520 R4     2   EA    9,600.00
    ----------------------------------------------------------------------------
    BALANCE 240 EA PRODUCTION UNITS - NOT RELEASED.
    RELEASE OF BALANCE: WRITTEN PRODUCTION RELEASE BY H. LEE (PACKAGE MGR)
    AFTER FIRST-OFF INSPECTION SIGN-OFF. MATERIAL: FIRST-OFF ONLY.
    ----------------------------------------------------------------------------
    TPS/GST 5% AND TVQ/QST 9.975% EXTRA.                 PAGE 1/1
    """)
case("p25_loi_3_vs_sco_2", ["RG011"],
     "bundle: LOI authorizes 3 first-off units, subcontract order line says 2",
     [("LOI_Residences_du_Canal_vitrage.pdf", _loi), ("SCO-BC-24-0912.txt", _c)])

# ---------------------------------------------------------------- p26
_d = docx_bytes([
    ("h1", "Stonegate Builders, Inc. - Production Release No. 2"),
    ("p", "Project: Harbor Point Tower, Boston - PO SG-PO-24-0145 - Keystone Precast, Inc. - June 14, 2024"),
    ("p", "This letter releases forty-two (42) architectural precast spandrel panels for Level 3, as listed below."),
    ("table", [["Piece marks", "Type", "Qty", "Erection sequence"],
               ["SP-301 to SP-312", "SP-A", "12", "Seq. 3A"],
               ["SP-313 to SP-324", "SP-B", "12", "Seq. 3B"],
               ["SP-325 to SP-336", "SP-C", "12", "Seq. 3C"],
               ["Total Level 3", "", "36", ""]]),
    ("p", "Levels 4-12 (324 panels) are not released. They will be released only by further written releases "
          "from Gwen Morales, VP Preconstruction, after the Level 3 panels have passed the erection and sealant "
          "inspection."),
    ("p", "Material authority: material for the panels released in this letter only."),
    ("p", "Gwen Morales, VP Preconstruction"),
], author="Stonegate Builders")
case("p26_release_letter_42_vs_table_36", ["RG011"],
     "release letter text releases 42 panels, its own table totals 36",
     [("Production_Release_No2_Level3.docx", _d)])

# ---------------------------------------------------------------- p27
_inner = mail("Owen Price <owen.price@marlowpike.co.uk>", "Dan Moss <dan.moss@ridgebackroofing.co.uk>",
              "Release RL-07 - roof cassettes Block A", D(2024, 6, 4, 15, 30), T("""
    Dan,

    Release RL-07: 120 standing-seam roof cassettes (RC-1, 0.9 mm aluminium, PVDF anthracite) for
    Block A, per drawing TQH-R-5001 Rev D.

    The remaining 260 cassettes stay on hold. Release authority for the balance: Owen Price,
    Project Manager.

    Owen
    """))
_t = T("""
    Dan,

    Forwarding RL-07 again as your planner said she couldn't find it.

    Can you confirm the 150 released last week will be on site by the 24th? The scaffold
    adaption for the roof loading bay is booked for the 21st.

    Thanks,
    Owen
    """) + sig("Owen Price", "Project Manager", "Marlow & Pike Construction Ltd, Bristol", "+44 117 496 0541")
_m = mail("Owen Price <owen.price@marlowpike.co.uk>", "Dan Moss <dan.moss@ridgebackroofing.co.uk>",
          "Fwd: Release RL-07 - roof cassettes Block A", D(2024, 6, 12, 8, 47), _t,
          cc="Planning <planning@ridgebackroofing.co.uk>", attachments=[("rfc822", _inner)])
case("p27_fwd_release_120_vs_150", ["RG004", "RG011"],
     "forwarded release RL-07 says 120, cover asks about '150 released last week'; hold names a releaser but no unlock event",
     [("Fwd_Release_RL-07_roof_cassettes.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p28
_h = html_page("Commitment SC-2210 - Sierra Anchor Systems", T("""
    <h2>Commitments &rsaquo; SC-2210 &mdash; Sierra Anchor Systems, LLC</h2>
    <p>Project: <b>Eastside Data Hall 2 (2406)</b> &middot; Lone Star Builders, LLC</p>
    <table>
    <tr><th>Title</th><td>Facade anchors &mdash; mock-up and production</td></tr>
    <tr><th>Status</th><td>Executed</td></tr>
    <tr><th>Executed date</th><td>05/24/2024</td></tr>
    </table>
    <h3>Schedule of values</h3>
    <table>
    <tr><th>#</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit cost</th><th>Amount</th></tr>
    <tr><td>1</td><td>Mock-up anchors MA-1, cast-in, per S-520 Rev 2</td><td>12</td><td>EA</td><td>$86.00</td><td>$1,032.00</td></tr>
    <tr><td>2</td><td>Production anchors MA-1 (1,080 EA) &mdash; provisional, not released</td><td>0</td><td>EA</td><td>$41.00</td><td>$0.00</td></tr>
    </table>
    <div class="note">Released now: a dozen (12) mock-up anchors MA-1 (SOV line 1). Production anchors
    (1,080 EA) are not released until the mock-up pull tests pass and Nathan Price issues a written
    fabrication release.</div>
    <h3>Release log</h3>
    <table>
    <tr><th>Release #</th><th>Date</th><th>Scope</th><th>Qty</th><th>By</th></tr>
    <tr><td>REL-01</td><td>05/28/2024</td><td>Mock-up anchors MA-1</td><td>14 EA</td><td>Nathan Price</td></tr>
    </table>
    <p style="color:#777">Printed from Procore 06/12/2024 08:15 AM CDT</p>
    """))
case("p28_procore_dozen_vs_release_log_14", ["RG011"],
     "commitment says a dozen (12) mock-up anchors released; release log on same page says 14",
     [("SC-2210_commitment.html", _h)])

# ---------------------------------------------------------------- p29
_c = T("""
    [27/05/2024, 10:02:15] Khalid Mansour (Meridian): Dear Ahmed, PO MI-LPO-3420 sent to your email - 8 sample panels of the Navona travertine, 600x600x20, honed & filled. Bal. 412 on hold until I sign off the samples and send the written release
    [27/05/2024, 10:05:40] Ahmed Saeed (Al Safa Marble): Received, thank you sir. 8 samples, we will cut from block no. TR-2219
    [27/05/2024, 10:06:02] Ahmed Saeed (Al Safa Marble): Resin filling colour - beige or grey?
    [27/05/2024, 10:20:48] Sara Haddad (Meridian ID): Beige please, matching control sample CS-04
    [30/05/2024, 16:44:09] Khalid Mansour (Meridian): Ahmed reminder the PO covers the 10 samples, pls have all 10 ready by Sunday for the ID walk
    [30/05/2024, 16:50:31] Ahmed Saeed (Al Safa Marble): Ok sir 👍
    """)
case("p29_chat_8_then_10_samples", ["RG011"],
     "buyer states PO for 8 samples, later says the PO covers 10",
     [("WhatsApp_Chat_Meridian_Travertine.txt", _c)])

# ---------------------------------------------------------------- p30
_c = T("""
    RIDGEWAY BUILDERS, INC.                    RELEASE AGAINST PO            PAGE 1
    JOB 2318 CHERRY CREEK MOB                   RELEASE NO: 03
    PO: 24-0655   VENDOR: FRONT RANGE METALWORKS LLC (V-2207)
    RELEASE DATE: 06/17/2024                 RELEASED QTY: 24 EA
    ----------------------------------------------------------------------------
    LN  ITEM   DESCRIPTION                              REL QTY  U/M  NEED DATE
    010 LG-2   LOOSE LINTEL L6x4x3/8 GALV, 5'-4"            20   EA   07/01/2024
               PER S-502 REV 3, LEVELS 2-3
    ----------------------------------------------------------------------------
    PO QTY 96 EA / RELEASED PRIOR 0 / BALANCE 76 EA NOT RELEASED
    BALANCE RELEASED ONLY BY A FURTHER RELEASE SIGNED BY B. KOWALSKI (PM)
    AFTER THE LEVEL 2-3 LINTELS ARE SET AND INSPECTED.
    MATERIAL: FOR RELEASED QTY ONLY.
    ----------------------------------------------------------------------------
    SHIP TO: 2100 E 1ST AVE, DENVER CO 80206 - GATE B - CALL SUPER 303-555-0177
    """)
case("p30_erp_release_header_24_line_20", ["RG011"],
     "ERP release header says 24 EA released, the line and balance arithmetic say 20",
     [("Release_03_PO_24-0655.txt", _c)])

# ---------------------------------------------------------------- p31
_t = T("""
    Dear Murat,

    Thank you for hosting us in Istanbul last week and for the tour of the kiln line - the team
    was impressed by the glaze consistency on the TC-3 profile.

    Our forecast for Aldgate Tower is 1,240 terracotta panels (types TC-1 to TC-4) over Q4 2024
    and Q1 2025. Please treat the 1,240 as our firm commitment so that you can book kiln capacity
    for Q4.

    For now, PO HB-PO-24-0925 covers the six (6) sample panels for the visual mock-up. The
    balance of the 1,240 is on hold until further notice.

    We will send the architect's colour references (NCS S 3040-Y70R and S 4030-Y80R) separately.

    Kind regards,
    Sarah
    """) + sig("Sarah Okafor", "Package Manager - Facades", "Halden Build Ltd, London", "+44 20 7946 0381")
_m = mail("Sarah Okafor <s.okafor@haldenbuild.co.uk>", "Murat Kaya <murat.kaya@ankaterracotta.com.tr>",
          "Aldgate Tower terracotta - forecast and sample PO HB-PO-24-0925", D(2024, 6, 11, 17, 3), _t)
case("p31_forecast_as_firm_commitment", ["RG004", "RG005", "RG008"],
     "forecast 1,240 written as firm commitment; balance 'on hold until further notice' with no event and no releaser",
     [("Aldgate_terracotta_forecast.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p32
_p = pdf([
    ("h1", "ALTEC EXTRUSIONS INC. - Order Acknowledgement OA-66120"),
    ("p", "85 Advance Blvd, Brampton ON L6T 4J4"),
    ("table", [["Customer", "Boréal Construction inc., Montréal"],
               ["Customer reference", "Forecast FC-2024-06 dated June 3, 2024"],
               ["Date", "June 7, 2024"]]),
    ("p", "Thank you for your order of 3,000 m of mullion profile AX-2210 (6063-T6, clear anodised "
          "AA-M12C22A41) per your forecast FC-2024-06."),
    ("table", [["Line", "Profile", "Qty (m)", "Press week", "Ship week"],
               ["1", "AX-2210 mullion", "1,200", "27", "29"],
               ["2", "AX-2210 mullion", "1,000", "29", "31"],
               ["3", "AX-2210 mullion", "800", "31", "33"],
               ["", "Total", "3,000", "", ""]]),
    ("p", "Terms: Net 45. Prices per quotation AQ-2024-311. Changes to scheduled press weeks within 4 weeks of "
          "the press date are chargeable."),
    ("p", "Raj Malhotra, Customer Service"),
], title="OA-66120", author="Altec Extrusions")
case("p32_supplier_acks_forecast_as_order", ["RG008"],
     "supplier acknowledges the buyer's forecast as an order of 3,000 m and schedules it",
     [("OA-66120.pdf", _p)])

# ---------------------------------------------------------------- p33
_d = docx_bytes([
    ("h1", "Kestrel Constructions - FY25 Precast Requirements Schedule"),
    ("p", "To: Brisbane Precast Co. - Attn. Shane Gill. From: Kestrel Constructions, Procurement. Date: 3 June 2024."),
    ("p", "Forecast basis: tender drawings and master programme Rev 11. Quantities are estimates and will move "
          "with design development."),
    ("table", [["Project", "Element", "Forecast qty", "Period"],
               ["Newstead Riverside", "Facade panels", "420", "Q3-Q4 2024"],
               ["Newstead Riverside", "Stair flights", "36", "Q3 2024"],
               ["Bowen Hills Stage 2", "Facade panels", "310", "Q1-Q2 2025"],
               ["Woolloongabba Health Hub", "Columns", "96", "Q2 2025"],
               ["Total", "", "862", ""]]),
    ("p", "The quantities above are committed by Kestrel and constitute our order for FY25. Please plan your "
          "moulds and bed capacity on that basis."),
    ("p", "Individual deliveries will be called off against this schedule by each site team."),
    ("p", "Kestrel Constructions Procurement - procurement@kestrelcon.com.au"),
], author="Kestrel Constructions")
case("p33_forecast_schedule_committed", ["RG008"],
     "schedule of estimated forecast quantities declared 'committed' and 'our order for FY25'",
     [("FY25_Precast_Requirements.docx", _d)])

# ---------------------------------------------------------------- p34
_h = html_page("FA-2024-07 forecast schedule", T("""
    <h2>Gulf Horizon Contracting &mdash; Supplier Portal</h2>
    <h3>Framework Agreement FA-2024-07 &mdash; anchor channels &amp; brackets &mdash; forecast schedule</h3>
    <p>Supplier: Gulf Fixings Trading LLC, Dubai &middot; Published 09/06/2024 by Procurement</p>
    <table>
    <tr><th>Project</th><th>Item</th><th>Forecast qty</th><th>Period</th></tr>
    <tr><td>Yas Bay Residences</td><td>Anchor channel 52/34, L=300</td><td>1,600</td><td>Q3 2024</td></tr>
    <tr><td>Yas Bay Residences</td><td>Bracket BR-4, HDG</td><td>2,400</td><td>Q3&ndash;Q4 2024</td></tr>
    <tr><td>Saadiyat Villas</td><td>Bracket BR-2, HDG</td><td>900</td><td>Q4 2024</td></tr>
    </table>
    <p class="note">The forecast quantities above are confirmed as firm orders under FA-2024-07. Supplier to
    reserve production capacity accordingly. Deliveries will be called off by site.</p>
    <p>Contact: procurement@gulfhorizon.ae &middot; +971 2 555 0240</p>
    """))
case("p34_portal_forecast_confirmed_firm", ["RG008"],
     "portal forecast schedule says forecast quantities are confirmed as firm orders",
     [("FA-2024-07_forecast_schedule.html", _h)])

# ---------------------------------------------------------------- p35
_c = T("""
    LONE STAR BUILDERS, LLC - DELIVERY SCHEDULE / CALL-OFF            SCHED NO: DS-0031
    JOB: 2406 EASTSIDE DATA HALL 2        VENDOR: GULF COAST EMBEDS INC (V-3381)
    ITEM: EMBED PLATE EP-5 (1/2" x 10" x 14", A36, 4 HAS)   PO: LSB-24-0990
    ISSUED: 06/18/2024
    -------------------------------------------------------------------------------
    WEEK      QTY     STATUS
    WK 27      40 EA  RELEASED FOR FABRICATION (RELEASE 01)
    WK 28-35  320 EA  FORECAST - FIRM COMMITMENT. NOT RELEASED FOR FABRICATION.
    -------------------------------------------------------------------------------
    NOTES
    1. FORECAST WEEKS ARE COMMITTED: LONE STAR WILL TAKE AND PAY FOR THE 320 EA.
    2. BALANCE RELEASED FOR FABRICATION ONLY BY THE NEXT SCHEDULE SIGNED BY
       N. PRICE (PROCUREMENT MGR) AFTER THE WK 27 PLATES PASS RECEIVING INSPECTION.
    3. MATERIAL: FOR THE 40 EA RELEASED ONLY.
    -------------------------------------------------------------------------------
    SHIP TO JOBSITE GATE 3, 7AM-3PM. BOL MUST SHOW PO AND SCHED NO.
    """)
case("p35_calloff_forecast_firm_commitment", ["RG008"],
     "call-off labels 320 as forecast yet calls it a firm commitment the buyer will take and pay for",
     [("DS-0031_EP-5.txt", _c)])

# ---------------------------------------------------------------- p36
_t = T("""
    Hi Marco,

    Quick update from our side on the Harbor Point PMU.

    The mock-up is approved - the architect signed the inspection report yesterday afternoon,
    with two minor comments on the sill sealant (see attached markup, nothing structural).

    Your change order CO-04 for the revised sill on the 3 PMU units (+$2,140) is also approved by
    our finance team, so you can invoice it with the June pay app.

    The PO still covers the 3 PMU units only; the 186 production units are not released. We'll
    send the production release once it's been approved internally.

    Best,
    Priya
    """) + sig("Priya Desai", "Project Manager", "Stonegate Builders, Inc., Boston MA", "+1 617 555 0148")
_m = mail("Priya Desai <pdesai@stonegatebuilders.com>", "Marco Bellini <mbellini@cascadiacw.com>",
          "Harbor Point PMU - status", D(2024, 6, 13, 10, 20, -4), _t, html=as_html(_t, "Harbor Point PMU"))
case("p36_approved_three_senses", ["RG005", "RG009"],
     "'approved' used for mock-up (technical), change order (commercial) and the internal release step; nobody named to release",
     [("Harbor_Point_PMU_status.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p37
_d = docx_bytes([
    ("h1", "Halden Build - Aldgate Tower - Facade Package Meeting 07"),
    ("p", "Date: 14 June 2024. Present: Sarah Okafor (Halden, chair), Tom Fielding (Halden QS), "
          "Rui Matos (Alucosta), Joanna Blake (architect)."),
    ("h", "7.1 Design"),
    ("p", "Drawings AT-FAC-2201 to AT-FAC-2230 Rev C05 were released for construction on 10 June."),
    ("h", "7.2 Commercial"),
    ("p", "VO-12 (revised bracket spacing, +£18,400): the client has released the funds and VO-12 is instructed."),
    ("h", "7.3 Production release"),
    ("p", "Release PR-01 issued 12 June: Levels 3-5, 96 unitised panels. Levels 6-30 (316 panels) are not "
          "released until PR-02 is issued in writing by Sarah Okafor after the Level 3 installation inspection."),
    ("h", "7.4 Logistics"),
    ("p", "First delivery of PR-01 panels w/c 8 July, 2 loads per day via Gate 2, tower crane TC1."),
    ("h", "Actions"),
    ("table", [["Ref", "Action", "Owner", "Due"],
               ["7.1", "Issue Rev C05 set to site", "Halden document control", "17 June"],
               ["7.4", "Delivery schedule for PR-01", "Alucosta", "21 June"]]),
], author="Halden Build")
case("p37_minutes_release_three_senses", ["RG009"],
     "'released' used for drawings (technical), client funds (commercial) and production in one set of minutes",
     [("Facade_Package_Meeting_07.docx", _d)])

# ---------------------------------------------------------------- p38
_p = pdf([
    ("h1", "Laurentian Builders Inc. - Release Letter RL-02"),
    ("p", "To: Northshore Precast Ltd., Cambridge ON - Project: Rideau Commons, Ottawa - PO LB-24-3310 - June 18, 2024"),
    ("p", "This letter confirms: (1) approval of the two (2) mock-up panels by the architect (visual and "
          "dimensional review, June 11, 2024); (2) approval of your revised unit rate of CAD 6,380.00 for the "
          "38 Level 2 panels (commercial); and (3) approval to manufacture the 38 Level 2 panels."),
    ("table", [["Level", "Panel marks", "Qty"],
               ["2", "AP-201 to AP-238", "38"]]),
    ("p", "Levels 3-6 (110 panels) are not released. They will be released only by further written releases "
          "from Geneviève Tremblay, VP Construction, after the Level 2 erection inspection."),
    ("p", "Material authority: material for the 38 Level 2 panels only."),
    ("p", "Geneviève Tremblay, VP Construction"),
], title="RL-02", author="Laurentian Builders")
case("p38_release_letter_approval_three_senses", ["RG009"],
     "'approval' used for technical mock-up review, commercial rate and production of Level 2 in one letter",
     [("RL-02_Level2_panels.pdf", _p)])

# ---------------------------------------------------------------- p39
_c = T("""
    [18/06/2024, 14:02:11] Burak Yılmaz (Bursa Koltuk Mobilya): Hello Mr. Tariq, did you check the shop drawings for the lobby seating and our revised price?
    [18/06/2024, 14:30:45] Tariq Mahmood (Gulf Horizon FF&E): Hi Burak. Shop dwgs approved for the samples ✅
    [18/06/2024, 14:30:58] Tariq Mahmood (Gulf Horizon FF&E): Sample price approved ✅
    [18/06/2024, 14:31:20] Tariq Mahmood (Gulf Horizon FF&E): You are approved to start the samples ✅ pls send photos when upholstery is done
    [18/06/2024, 14:33:02] Burak Yılmaz (Bursa Koltuk Mobilya): Thank you sir 🙏 we start tomorrow
    [18/06/2024, 14:35:40] Burak Yılmaz (Bursa Koltuk Mobilya): Fabric Kvadrat Remix 3 col. 0233 OK?
    [18/06/2024, 14:41:12] Tariq Mahmood (Gulf Horizon FF&E): yes 0233
    """)
case("p39_chat_approved_three_ways", ["RG003", "RG004", "RG005", "RG009", "RG010"],
     "chat: 'approved' for drawings, price and start of samples; no sample count, nothing on the balance, event or releaser",
     [("WhatsApp_Chat_Lobby_Seating.txt", _c)])

# ---------------------------------------------------------------- p40
_h = html_page("Aconex transmittal HD-TR-0218", T("""
    <h2>Aconex &rsaquo; Transmittal HD-TR-0218</h2>
    <p>Harbourside Developments Pty Ltd &rarr; Kinetic Louvre Systems &middot; Project: Harbourside Quay, Pyrmont &middot; 11/06/2024</p>
    <table>
    <tr><th>Doc no.</th><th>Title</th><th>Status</th></tr>
    <tr><td>KLS-MU-001</td><td>Mock-up louvre panels MU-1, MU-2 (2 panels) &mdash; design intent &amp; colour samples</td><td>Approved (design intent of the 2 mock-up panels)</td></tr>
    <tr><td>KLS-VAR-007</td><td>Variation claim V-07, powder-coat upgrade for the 2 mock-up panels, AUD 3,260</td><td>Approved (AUD 3,260, 2 mock-up panels)</td></tr>
    </table>
    <p class="note">Remarks: with the above approvals Kinetic has approval to fabricate the 2 mock-up panels in the
    upgraded finish. The 236 production panels are not released until the mock-up is signed off on site and
    Ryan O'Brien issues a written production release.</p>
    <p>Transmitted by: Document Control, Harbourside Developments</p>
    """))
case("p40_aconex_approved_three_senses", ["RG009"],
     "transmittal uses 'approved/approval' for design intent, variation cost and fabrication of the mock-ups",
     [("Aconex_transmittal_HD-TR-0218.html", _h)])

# ---------------------------------------------------------------- p41
_orig = T("""
    Serkan,

    Please find attached PO CC-PO-24-0611 for two (2) mock-up panels (ACM, 4 mm, A2 core, colour
    Champagne Metallic), to drawing SHP-FAC-120 Rev P2.

    The remaining 164 panels are not released until the mock-up has been signed off by the
    architect and I have issued a written production release.

    The 10% advance on the subcontract sum of GBP 184,000 is payable on receipt of your invoice.

    Kevin Marsh
    Package Manager, Caldmore Construction Ltd
    """)
_t = T("""
    Dear Kevin,

    We received your advance payment of GBP 18.400,00 today, thank you very much.

    As per our usual practice, receipt of the advance is our go signal, so this morning we put all
    164 panels into our production plan and the CNC routing has started. The 2 mock-up panels
    will leave Kayseri on Friday by truck, ETA Birmingham 8 working days.

    We will send the packing list and the CMR with the truck.

    Best regards,
    Serkan Öztürk
    Export Manager | Kayseri Panel Sanayi ve Ticaret A.Ş.
    Organize Sanayi Bölgesi 12. Cad. No: 7, Melikgazi / Kayseri, Türkiye

    """) + quote(_orig, "On 27.05.2024 14:05, Kevin Marsh <kevin.marsh@caldmore.co.uk> wrote:")
_m = mail("Serkan Öztürk <serkan.ozturk@kayseripanel.com.tr>", "Kevin Marsh <kevin.marsh@caldmore.co.uk>",
          "RE: PO CC-PO-24-0611 mock-up panels - advance received", D(2024, 6, 11, 10, 15, 3), _t,
          in_reply_to="<cc-po-0611@caldmore.co.uk>")
case("p41_supplier_advance_is_go_signal", ["RG012"],
     "supplier treats receipt of the advance as its go signal and starts all 164 panels despite buyer's hold",
     [("RE_PO_CC-PO-24-0611_advance.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p42
_c = T("""
    [05/06/2024, 09:15:42] Jess Harper (Bayside Apartments): Hi Leo, PO BA-24-118 is for the 2 sample cassettes only. The other 94 stay on hold until I sign off the samples and send you the release in writing
    [05/06/2024, 09:40:18] Leo Wang (Hengtai Facade): Hi Jess, received. 2 samples. Deposit invoice for PI HT-2406-07 attached
    [05/06/2024, 09:40:20] Leo Wang (Hengtai Facade): <attached: PI_HT-2406-07.pdf>
    [11/06/2024, 08:02:37] Jess Harper (Bayside Apartments): Morning Leo. Deposit's gone through this morning (TT copy attached) so you're good to start the run 👍
    [11/06/2024, 08:02:39] Jess Harper (Bayside Apartments): <attached: TT_copy_110624.pdf>
    [11/06/2024, 08:15:03] Leo Wang (Hengtai Facade): Thank you Jess! We will arrange
    """)
case("p42_chat_deposit_good_to_start_run", ["RG002", "RG012"],
     "buyer: deposit paid so 'you're good to start the run' - payment as release, unscoped go-ahead",
     [("WhatsApp_Chat_Bayside_Cassettes.txt", _c)])

# ---------------------------------------------------------------- p43
_p = pdf([
    ("h1", "NINGBO HENGDA FIXINGS CO., LTD. - PROFORMA INVOICE PI-HD-240612"),
    ("p", "No. 66 Xingye Road, Beilun District, Ningbo, Zhejiang, China"),
    ("table", [["Buyer", "Northern Mechanical Contractors Ltd., Winnipeg MB, Canada"],
               ["Buyer ref.", "PO 88-2044"], ["Date", "2024-06-12"],
               ["Terms", "FOB Ningbo"], ["Payment", "30% T/T deposit, 70% against copy of B/L"]]),
    ("table", [["No.", "Description", "Qty", "Unit", "Unit price (USD)", "Amount (USD)"],
               ["1", "Seismic brace bracket SB-90, HDG, sample lot", "50", "pcs", "2.80", "140.00"],
               ["2", "Seismic brace bracket SB-90, HDG, mass production", "8,000", "pcs", "1.62", "12,960.00"],
               ["", "Total", "", "", "", "13,100.00"],
               ["", "Deposit 30%", "", "", "", "3,930.00"]]),
    ("p", "Production will start immediately upon receipt of the 30% deposit. Lead time 25 days after deposit."),
    ("p", "Bank: Bank of China, Ningbo Branch - SWIFT BKCHCNBJ92A - A/C 3618 5820 7741"),
    ("p", "Seller: Amy Xu, Sales Dept."),
], title="PI-HD-240612", author="Ningbo Hengda")
case("p43_pi_production_starts_on_deposit", ["RG012"],
     "supplier proforma: production starts on receipt of the deposit",
     [("PI-HD-240612.pdf", _p)])

# ---------------------------------------------------------------- p44
_d = docx_bytes([
    ("h1", "Letter of Intent"),
    ("p", "Carrick & Lowe Construction Ltd, 18 Wharf Road, London N1 7GR - 20 June 2024"),
    ("p", "Northern Rainscreen Systems Ltd, Attn. Mr Andrew Pyle, Unit 3 Calder Park, Wakefield WF4 3HX"),
    ("p", "Re: Wharf Road, Hackney - Type C rainscreen cladding"),
    ("p", "Dear Andrew,"),
    ("p", "We write to confirm our intention to enter into a subcontract with Northern Rainscreen Systems Ltd "
          "for the Type C rainscreen package, on the terms of your tender NRS-T-2024-041 Rev 1 and our "
          "subcontract conditions (JCT DOM/2 2011 as amended)."),
    ("p", "Upon receipt of the mobilisation advance (10% of the tender sum) into your account, you are "
          "authorised to commence fabrication of the mock-up and first-off panels."),
    ("p", "Production panels are not authorised under this letter. They stay on hold until the subcontract "
          "is executed and Liam O'Connor, Commercial Manager, issues a written production release."),
    ("p", "Our total liability under this letter is capped at £60,000 and this letter ends on execution of "
          "the subcontract or on 31 August 2024, whichever is earlier."),
    ("p", "Yours sincerely, Liam O'Connor, Commercial Manager"),
], author="Carrick & Lowe")
_t = T("""
    Dear Andrew,

    Please find attached our Letter of Intent for the Wharf Road Type C rainscreen package.
    Please sign and return a copy.

    Regards,
    Liam
    """) + sig("Liam O'Connor", "Commercial Manager", "Carrick & Lowe Construction Ltd, London", "+44 20 7946 0712")
_m = mail("Liam O'Connor <liam.oconnor@carricklowe.co.uk>", "Andrew Pyle <andrew.pyle@nrs-cladding.co.uk>",
          "Letter of Intent - Wharf Road Type C rainscreen", D(2024, 6, 20, 16, 45), _t,
          attachments=[("LOI_Wharf_Road_Type_C.docx", _d, DOCX_MT)])
case("p44_loi_advance_triggers_fabrication", ["RG010", "RG012"],
     "LOI makes receipt of the mobilisation advance the trigger for fabrication; mock-up/first-off quantity never stated",
     [("LOI_Wharf_Road_rainscreen.eml", eml_bytes(_m))])

# ---------------------------------------------------------------- p45
_c = T("""
    KEYSTONE PRECAST, INC.                      ORDER ACKNOWLEDGMENT   OA-24-3318
    1200 Quarry Rd, Allentown PA 18109                   DATE 06/14/2024
    CUSTOMER: STONEGATE BUILDERS, INC. (C-0412)    CUST PO: SG-PO-24-0219
    PROJECT : HARBOR POINT TOWER - PRECAST COLUMN COVERS
    -----------------------------------------------------------------------------
    LN ITEM        DESCRIPTION                             QTY  U/M     PRICE
    1  CC-1-SMP    COLUMN COVER CC-1, SAMPLE, ACID ETCH      4  EA   1,850.00
    -----------------------------------------------------------------------------
    PO ACCEPTED 06/14/2024.
    PER KEYSTONE T&C CL. 4.2, PO ACCEPTANCE = RELEASE TO PRODUCTION.
    JOB 24-0871 OPENED FOR FULL QUOTED QTY (QUOTE KP-Q-1187). MOLDS SCHEDULED WK 26.
    -----------------------------------------------------------------------------
    QUESTIONS: ORDERS@KEYSTONEPRECAST.COM  610-555-0193         PAGE 1 OF 1
    """)
case("p45_supplier_ack_po_acceptance_release", ["RG012"],
     "supplier acknowledgment: PO acceptance = release to production, job opened for full quoted qty on a sample PO",
     [("OA-24-3318.txt", _c)])


# =================================================================== write
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(3535).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h35_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    # summary
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r, n in counts.items():
        print(f"  {r}: {n}")
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case names"


if __name__ == "__main__":
    main()
