#!/usr/bin/env python3
"""Generator for the releasegate check_holdout152 corpus (steel structures / fabrication).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout152/build.py

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
    m["Message-ID"] = msgid or f"<h152-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h152")
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




def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(152152).shuffle(order)
    labels = {}
    for idx, ci in enumerate(order, start=1):
        c = CASES[ci]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h152_{idx:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


# =================================================================== CASES
# ---------------------------------------------------------------- parties
NPC = "Najd Process Contractors Co."
HBL = "Harbourline Energy Ltd"
FJV = "Fjordvik Subsea Structures AS"
KPP = "Karratha Process Plant JV"
MCS = "Minera Cordillera Sur SpA"
DSP = "Daesung Pipe & Steel Co., Ltd."
EGE = "Ege Celik Konstruksiyon A.S."
ANA = "Anadolu Metal Yapi A.S."
SHK = "Shakti Engineering Works Pvt. Ltd."
BHS = "Bharat Structurals Ltd."
NHX = "Nantong Haixing Steel Structure Co., Ltd."
VTF = "VietThai Fabrication JSC"

# =================================================================== CLEAN (batch 1)

# c01 supplier quote with sample and production tiers -- no authorization in bundle
case("c01_quote_tiers", [], "supplier quote with mock-up and production tiers only; no authorization in the bundle", [
    ("DSP_Quotation_Q-DS-24-0418.pdf", pdf([
        ("h1", "QUOTATION Q-DS-24-0418"),
        ("p", f"{DSP}, 114 Sinpyeong-ro, Saha-gu, Busan, Korea"),
        ("p", f"To: {NPC}, Jubail Industrial City - Attn. Eng. Saleh Al-Qahtani, Package Engineer (Piping)"),
        ("p", "Project: Jubail Gas Treating Expansion - Area 3 process piping spools. Date: 14 April 2024. Validity: 60 days."),
        ("table", [
            ["Item", "Description", "Qty", "Unit", "Unit price USD", "Remark"],
            ["1", "Mock-up spool, CS A106 Gr.B, 6\" SCH 80, per IFC ISO 3-PL-1102 Rev 3", "2", "EA", "4,850.00", "Mock-up for ITP hold point H1"],
            ["2", "Production spools Area 3, CS/LTCS, 2\"-16\", ASME B31.3", "186", "EA", "2,310.00", "Indicative, subject to release"],
            ["3", "PWHT where required by WPS", "lot", "-", "incl.", ""],
        ]),
        ("sp",),
        ("p", "Notes: Welding per WPS DS-W-114 Rev 2 / PQR DS-P-088, qualified to ASME IX. NDT: 10% RT for Normal Fluid Service, 100% RT for Category M lines. Material certificates EN 10204 3.1."),
        ("p", "Lead time: mock-up 3 weeks from receipt of IFC drawings. Production spools: 9 weeks from your written production release. The production quantity above is indicative only and is not an order."),
        ("p", "Packing: seaworthy wooden crates, ends capped. Delivery: FOB Busan. Payment: 30 days from invoice."),
        ("p", "Kim Min-jun, Sales Manager, Daesung Pipe & Steel, +82 51 200 4411"),
    ], title="Quotation Q-DS-24-0418", author="Daesung Pipe & Steel")),
])

# c02 supplier question quoting a complete buyer scope
_c02_q = mail(
    "Nguyen Van Thanh <thanh.nv@vietthaifab.vn>", "Gareth Pryce <gareth.pryce@harbourline-energy.co.uk>",
    "RE: PO 4700221 - Module M2 mock-up spools - NDT done", "Tue, 11 Jun 2024 10:42:00 +0700",
    "Dear Mr. Gareth,\n\n"
    "Good morning. Mock-up spools both finished yesterday, NDT 100% RT no defect, report number "
    "VTF-RT-0611 attached in our portal. Dimensional check also OK within +/-3 mm.\n\n"
    "Could you kindly confirm if we have go-ahead for balance 380 spools, or we should wait for the H2 "
    "witness by your inspector first? We not start anything before your confirmation.\n\n"
    "Thank you and best regards,\nNguyen Van Thanh\nProject Coordinator\nVietThai Fabrication JSC, "
    "Ba Ria - Vung Tau\n\n"
    "-----Original Message-----\nFrom: Gareth Pryce\nSent: 27 May 2024 16:05\nSubject: PO 4700221 - Module M2 mock-up spools\n\n"
    "> Thanh,\n>\n> PO 4700221 is on its way through our system. To be clear on scope:\n"
    "> - PO 4700221 covers the two (2) mock-up spools only (ISO M2-PL-0204 Rev C).\n"
    "> - The remaining 380 spools for Module M2 are not released.\n"
    "> - They will be released only after the mock-up passes hold point H2 of ITP-M2-01 and I issue a\n"
    ">   written production release.\n"
    "> - Material authority: mock-up material only. Please don't buy pipe for the 380 yet.\n>\n"
    "> Regards\n> Gareth Pryce\n> Package Manager - Piping, Harbourline Energy Ltd\n")
case("c02_supplier_goahead_question", [], "supplier asks whether go-ahead exists; quoted buyer scope is complete", [
    ("RE_PO_4700221_mockup_NDT.eml", _c02_q)])

# c03 labelled forecast on a buyer portal
_c03_rows = "".join(
    f"<tr><td>{q}</td><td>{a}</td><td>{t}</td><td>{n}</td></tr>" for q, a, t, n in [
        ("Q3 2024", "Jacket J-2 secondary steel", "1.250 t", "depends on IFC rev D"),
        ("Q4 2024", "Topside module M3 deck beams", "2.480 t", "subject to FID"),
        ("Q1 2025", "Riser guards, boat landing", "640 t", ""),
        ("Q2 2025", "Mud mats", "910 t", "option"),
    ])
case("c03_forecast_portal", [], "labelled forecast: not an order, no release, no material authority", [
    ("fjordvik_supplier_portal_forecast_FC-2024-07.html", html_page("Fjordvik Supplier Portal - Forecast FC-2024-07", f"""
<h2>Fjordvik Subsea Structures AS - Supplier Portal</h2>
<p>Supplier: <b>{NHX}</b> (vendor no. 200418) &nbsp;|&nbsp; Document: FC-2024-07 &nbsp;|&nbsp; Published 03.07.2024</p>
<div class="note"><b>ROLLING FORECAST - FOR CAPACITY PLANNING ONLY.</b> This is not a purchase order, not a
production release and not a material authority. Quantities and timing may change or be cancelled without
liability. Only a purchase order together with a written production release from Fjordvik authorizes work.</div>
<table><tr><th>Period</th><th>Scope</th><th>Forecast tonnage</th><th>Comment</th></tr>{_c03_rows}</table>
<p>Please confirm shop capacity for the periods above by 19.07.2024 (hours per month, rolling mill slots for S355 plate).</p>
<p>Contact: Ingrid Solberg, Category Manager Structures, +47 51 84 22 10</p>
""", lang="en")),
])

# c04 full-quantity PO that says proceed
case("c04_full_qty_po_proceed", [], "full-quantity PO, no balance; 'proceed' is scoped to all 36", [
    ("PO_4700514_platform_grating.pdf", pdf([
        ("h1", "PURCHASE ORDER 4700514"),
        ("p", f"Buyer: {HBL}, Teesside Works, Middlesbrough TS6 7RZ, United Kingdom"),
        ("p", f"Supplier: {BHS}, Plot 22, GIDC Hazira, Surat, India (vendor 310772)"),
        ("p", "Date: 09 July 2024. Your quotation BSL/Q/24/311 dated 28 June 2024. Currency GBP. Incoterm FCA Hazira."),
        ("table", [
            ["Line", "Description", "Drawing", "Qty", "Unit", "Price"],
            ["10", "Access platform grating panel, HDG, 30x5 bearing bar", "HBL-ST-2210 Rev 4", "36", "EA", "412.00"],
            ["20", "Clip set, SS316, per panel", "HBL-ST-2211 Rev 1", "36", "SET", "18.50"],
        ]),
        ("sp",),
        ("p", "Scope: this purchase order covers the full requirement for the Unit 22 access platforms. There is no further quantity to follow and no balance under this order."),
        ("p", "Please proceed with fabrication of all 36 panels and 36 clip sets as per this PO. Inspection: final visual and galvanising thickness check by Harbourline QA before dispatch (ITP-HBL-ST-07, witness point W3)."),
        ("p", "Documents: EN 10204 3.1 certificates, galvanising report to ISO 1461, packing list."),
        ("p", "Delivery: week 36/2024. Payment: 60 days end of month."),
        ("p", "Issued by: Sarah Whitfield, Senior Buyer, Harbourline Energy Ltd"),
    ], title="PO 4700514", author="Harbourline Energy")),
])

# c05 SAP call-off with explicit staged material authority above the release
case("c05_calloff_staged_material", [], "call-off releases 22.0 t; explicit staged material authority to 66.0 t; balance on hold until next call-off by named PM", [
    ("SAP_calloff_5500001234_003.txt", """\
KARRATHA PROCESS PLANT JV                                      PAGE   1
SCHEDULING AGREEMENT CALL-OFF                                  PRINTED 15.07.2024 07:12
--------------------------------------------------------------------------------------
AGREEMENT      5500001234          CALL-OFF NO.   003
VENDOR         100877  NANTONG HAIXING STEEL STRUCTURE CO., LTD.
MATERIAL       ST-CONV-TRESTLE     CONVEYOR TRESTLES CV-301 TO CV-330
PLANT          KPP1  KARRATHA
--------------------------------------------------------------------------------------
LOT  DESCRIPTION                         WEIGHT T   STATUS
03   TRESTLES CT-301..CT-308               22.0     RELEASED FOR FABRICATION
04   TRESTLES CT-309..CT-318               24.5     NOT RELEASED - ON HOLD
05   TRESTLES CT-319..CT-326               19.5     NOT RELEASED - ON HOLD
--------------------------------------------------------------------------------------
HEADER TEXT
 THIS CALL-OFF RELEASES LOT 03 (22.0 T) FOR FABRICATION. LOTS 04 AND 05 (44.0 T)
 ARE NOT RELEASED AND STAY ON HOLD UNTIL THE NEXT CALL-OFF, WHICH WILL BE ISSUED
 IN WRITING BY MICK DOYLE, PACKAGE MANAGER STRUCTURAL.
 MATERIAL AUTHORITY: STAGED. VENDOR MAY PURCHASE PLATE AND SECTIONS (AS/NZS 3679.1
 GR 300, AS/NZS 3678 GR 350) FOR LOTS 03-05 UP TO 66.0 T AT BUYER LIABILITY.
 NO CUTTING OR FABRICATION OF LOTS 04-05 MATERIAL BEFORE THE NEXT CALL-OFF.
 WELDING TO AS/NZS 1554.1 SP. HDG TO AS/NZS 4680. MTC TO EN 10204 3.1.
--------------------------------------------------------------------------------------
DELIVERY LOT 03   FOB SHANGHAI  WK 38/2024
BUYER  T.NGUYEN   TEL +61 8 9185 4400
""")])

# c06 explicit recorded auto-conversion
case("c06_recorded_auto_conversion", [], "explicit recorded auto-conversion naming quantity, signer and conditions; balance otherwise on hold", [
    ("RA-2291_release_agreement.docx", docx_bytes([
        ("h1", "Release Agreement RA-2291 - Recorded auto-conversion"),
        ("p", f"Between {NPC} (Buyer) and {DSP} (Fabricator). Purchase order 4500771 rev 1. Project: Jubail Gas Treating Expansion, Area 5 spools."),
        ("table", [
            ["PO line", "Scope", "Quantity", "Status on signature of this agreement"],
            ["10", "First-off spools (weld procedure demonstration)", "4", "Released for fabrication"],
            ["20", "Production spools Area 5", "196", "Not released - on hold"],
        ]),
        ("h", "1. Auto-conversion (recorded)"),
        ("p", "The parties agree and record that an approved sign-off of the first-off spools at ITP hold point H1, signed by Eng. Faisal Al-Harbi, QA/QC Manager, releases the 196 production spools of line 20 by itself, without any further document."),
        ("h", "2. Conditions"),
        ("li", "The sign-off must be 'approved'. An interim or rejected sign-off releases nothing."),
        ("li", "The sign-off must be dated on or before 30 September 2024."),
        ("li", "WPS DS-W-114 Rev 2 must be unchanged at the time of sign-off."),
        ("p", "If any condition is not met, the 196 spools remain on hold until a written production release signed by Eng. Faisal Al-Harbi."),
        ("h", "3. Material authority"),
        ("p", "Sample-only until the auto-conversion takes effect: the Fabricator may buy material for the 4 first-off spools only."),
        ("sp",),
        ("p", "Signed: Eng. Faisal Al-Harbi, QA/QC Manager, Najd Process Contractors - 02 May 2024"),
        ("p", "Signed: Park Ji-hoon, Project Director, Daesung Pipe & Steel - 02 May 2024"),
    ], author="Faisal Al-Harbi")),
])

# c07 forwarded old quote declared informational
_c07_old = mail(
    "Rajesh Iyer <rajesh.iyer@shaktiengg.in>", "Ingrid Solberg <ingrid.solberg@fjordvik.no>",
    "Budgetary offer - nozzle assemblies for Tyrihans tie-in", "Mon, 13 Nov 2023 15:20:00 +0530",
    "Dear Ms. Ingrid,\n\nPlease find our budgetary offer SEW/BO/23/1187:\n\n"
    "  Nozzle assembly NA-6, SA-350 LF2 / SA-333 Gr.6, PWHT, 100% RT + MT\n"
    "  Qty 1,800 nos (programme 2024-2026)   INR 41,250 per no.\n\n"
    "Offer is budgetary, valid 90 days.\n\nRegards\nRajesh Iyer\nSr. Manager - Marketing\nShakti Engineering Works, Vadodara\n")
_c07 = mail(
    "Ingrid Solberg <ingrid.solberg@fjordvik.no>", "Rajesh Iyer <rajesh.iyer@shaktiengg.in>",
    "PO 4510087 - first-off nozzle assemblies / old budget offer (for reference)", "Wed, 05 Jun 2024 09:14:00 +0200",
    "Hi Rajesh,\n\nAs you asked on the call, I am forwarding your 2023 budgetary offer below. The quantities "
    "in it, including the 1,800 nos, are for information only and are not released.\n\n"
    "Our current scope is:\n"
    "- PO 4510087 covers eight (8) first-off nozzle assemblies NA-6 only.\n"
    "- The remaining 72 assemblies for the 2024 campaign are on hold and not released.\n"
    "- They are released only by a written release from me, after the FAI sign-off at ITP hold point H4.\n"
    "- Material: buy forgings and pipe for the 8 first-off assemblies only.\n\n"
    "Let me know the planned FAI date when you have it.\n\nMed vennlig hilsen / Best regards"
    + sig("Ingrid Solberg", "Category Manager Structures", FJV, "+47 51 84 22 10"),
    attachments=[("rfc822", _c07_old)])
case("c07_fwd_old_quote_informational", [], "forwarded old quote declared informational; scope names 8, hold on 72, FAI sign-off and named releaser", [
    ("PO_4510087_first_off_nozzles.eml", _c07)])

# c08 quoted supplier assumption of auto-conversion, corrected by the buyer
_c08 = mail(
    "Gareth Pryce <gareth.pryce@harbourline-energy.co.uk>", "Mehmet Aydin <mehmet.aydin@egecelik.com.tr>",
    "RE: PO 4700388 - mock-up witness Tuesday", "Thu, 20 Jun 2024 17:31:00 +0100",
    "Mehmet,\n\nNo - please don't. Sign-off of the mock-up does not release the 46 spools.\n\n"
    "PO 4700388 covers the 2 mock-up spools only. The 46 production spools remain on hold until I issue "
    "a written production release, and I will only do that after the mock-up has passed the witness point "
    "(W2 in ITP-HBL-PP-03) and the RT film review is closed. Nobody else at Harbourline can release them.\n\n"
    "Keep the material for the 46 unbought for now, please.\n\nThanks\nGareth"
    + sig("Gareth Pryce", "Package Manager - Piping", HBL, "+44 1642 555 870")
    + "\n\nFrom: Mehmet Aydin <mehmet.aydin@egecelik.com.tr>\nSent: 20 June 2024 14:02\n"
    "Subject: PO 4700388 - mock-up witness Tuesday\n\n"
    "> Dear Mr. Pryce,\n>\n> Mock-up spools will be ready for witness on Tuesday 25th, 10:00 at our Izmir shop.\n"
    "> As usual, once you approve the mock-up we will continue with the 46 spools straight away so we\n"
    "> keep the schedule.\n>\n> Best regards\n> Mehmet Aydin\n> Project Manager, Ege Celik Konstruksiyon\n",
    in_reply_to="<ege-2024-0620-1402@egecelik.com.tr>")
case("c08_buyer_corrects_auto_conversion", [], "quoted supplier assumes roll-over; buyer's reply corrects it with full scope (convention 3/9)", [
    ("RE_PO_4700388_mockup_witness.eml", _c08)])

# c09 supplier: deposit does not release production
_c09 = mail(
    "Burak Sahin <burak.sahin@anadolumetal.com.tr>", "Rodrigo Fuentes <rfuentes@cordillerasur.cl>",
    "PO 4300912 - advance payment received", "Fri, 12 Jul 2024 11:05:00 +0300",
    "Dear Rodrigo Bey,\n\nWe received the 30% advance payment for PO 4300912 today, thank you very much.\n\n"
    "For clarity, and as discussed in Antofagasta: the advance payment does not release production. Under "
    "PO 4300912 we will fabricate only the two (2) trial platforms for the thickener TK-210. The remaining "
    "ten (10) platforms stay on hold until you sign off the trial platforms and send us your written release.\n\n"
    "Trial platforms: cutting starts Monday, welding per WPS AM-135-07 (EN ISO 15614-1), galvanising at our "
    "subcontractor in Manisa. Planned inspection date 6 August.\n\nSaygilarimla / Best regards\n"
    "Burak Sahin\nExport Sales Engineer\nAnadolu Metal Yapi A.S., Kocaeli\n")
case("c09_deposit_not_release", [], "supplier states the advance does not release production; only 2 trial platforms", [
    ("PO_4300912_advance_received.eml", _c09)])

# c10 supplier acknowledgement restating the hold (EML + DOCX attachment)
_c10_doc = docx_bytes([
    ("h1", "Order Acknowledgement OA-24-118"),
    ("p", f"Customer: {NPC}. Your purchase order 4500912 rev 0 dated 18 June 2024."),
    ("table", [
        ["PO line", "Description", "Qty", "Acknowledged scope"],
        ["10", "Mock-up spool, LTCS A333 Gr.6, 8\" SCH 40", "3 EA", "Fabricate now"],
        ["-", "Production spools Area 7 (not on PO)", "117 EA", "Not released - on hold"],
    ]),
    ("p", "We acknowledge the scope as written: three (3) mock-up spools only. The balance of 117 spools is not released and stays on hold until the mock-up sign-off at ITP hold point H1 and a written production release from Eng. Saleh Al-Qahtani."),
    ("p", "Material purchase is limited to the 3 mock-up spools."),
    ("p", "Acknowledged by: Kim Min-jun, Sales Manager, Daesung Pipe & Steel"),
], author="Kim Min-jun")
_c10 = mail(
    "Kim Min-jun <mj.kim@daesungpipe.co.kr>", "Saleh Al-Qahtani <s.alqahtani@najdpc.com.sa>",
    "Order acknowledgement OA-24-118 for PO 4500912", "Thu, 20 Jun 2024 08:40:00 +0900",
    "Dear Eng. Saleh,\n\nPlease find attached our order acknowledgement OA-24-118 for PO 4500912.\n"
    "We acknowledge 3 mock-up spools only; balance 117 spools on hold until your written release after H1 sign-off.\n\n"
    "Best regards,\nKim Min-jun\nSales Manager | Daesung Pipe & Steel Co., Ltd.\n",
    attachments=[("OA-24-118.docx", _c10_doc, DOCX_MT)])
case("c10_supplier_ack_restates_hold", [], "supplier acknowledgement restating 3 now, 117 on hold, H1 sign-off and named releaser", [
    ("OA-24-118_ack_PO_4500912.eml", _c10)])

# c11 Teams chat: mock-up approved for dimensional check only
case("c11_teams_dimensional_only", [], "scoped approval: dimensional check only, production not released; scope complete earlier in chat", [
    ("teams_export_M3_frames.txt", """\
Microsoft Teams - chat export
Chat: Fjordvik / VietThai - M3 module frames
Exported 02.08.2024 16:20 (UTC+02:00)

[24.07.2024 09:02] Ingrid Solberg (Fjordvik): Morning all. For the record on PO 4510144: it covers 1 (one) mock-up module frame only. The other 11 frames are not released. They get released after mock-up sign-off (dimensional + NDT), and only by a written release from me.
[24.07.2024 09:05] Tran Minh Duc (VietThai): Noted Ingrid, thank you. We fabricate mock-up frame only. Material for mock-up only.
[01.08.2024 14:47] Tran Minh Duc (VietThai): Dimensional report DR-M3-001 uploaded to SharePoint. All within tolerance except diagonal +4 mm, we attached the NCR-2024-0118 with proposal.
[02.08.2024 10:15] Ingrid Solberg (Fjordvik): Thanks Duc. Report reviewed with our structural lead. Mock-up approved for dimensional check only - NCR-2024-0118 accepted as-is. Production of the 11 frames is NOT released yet; the NDT report (UT on the node welds) is still outstanding.
[02.08.2024 10:18] Tran Minh Duc (VietThai): Understood. We send UT report tomorrow.
[02.08.2024 10:19] Ingrid Solberg (Fjordvik): 👍
""")])

# c12 full-quantity PO with identifiers that look like quantities
case("c12_portal_identifiers", [], "full-quantity PO; numbers like 2500, 1000, 5000, 1554.1 are identifiers", [
    ("kpp_portal_PO_4600-2500.html", html_page("KPP Supplier Portal - PO 4600-2500", f"""
<h2>Karratha Process Plant JV - Supplier Portal</h2>
<p>Purchase order <b>4600-2500</b> &nbsp;|&nbsp; Supplier: {BHS} &nbsp;|&nbsp; Issued 22.07.2024 &nbsp;|&nbsp; Status: Issued</p>
<table>
<tr><th>Line</th><th>Part no.</th><th>Description</th><th>Drawing</th><th>Qty</th><th>UoM</th></tr>
<tr><td>1</td><td>2500-300-12</td><td>Handrail section, Platform P-1000, Area 5000</td><td>KPP-ST-1000 Rev 12</td><td>14</td><td>EA</td></tr>
</table>
<div class="note">This order is the full and final quantity. There is no balance to follow. Fabrication of all 14 handrail sections is authorised under this PO.</div>
<p>Standards: AS/NZS 1554.1 SP, ISO 3834-2, hot-dip galvanising AS/NZS 4680 (85 um min.), certificates EN 10204 3.1.
Inspection: ITP KPP-ITP-300, hold point H2 (final dimensional) at vendor works.</p>
<p>Delivery: DDP Karratha, ROS 14.10.2024. Buyer: Tom Nguyen, +61 8 9185 4400.</p>
""")),
])

# =================================================================== CLEAN (batch 2)

# c13 DOCX ITP with scope note; terms kept apart
case("c13_itp_scope_note", [], "ITP with complete scope note; sample sign-off / PO issued / production release kept apart", [
    ("ITP-FJV-PV-02_skirt_sections.docx", docx_bytes([
        ("h1", "Inspection and Test Plan ITP-FJV-PV-02 Rev B"),
        ("p", f"Client: {FJV}. Fabricator: {DSP}. PO 4510230 (issued 03.06.2024). Item: separator V-2301 skirt sections and base ring, SA-516 Gr.70, ASME VIII Div.1."),
        ("table", [
            ["Step", "Activity", "Document", "Fabricator", "Fjordvik"],
            ["1", "Material receipt, MTC EN 10204 3.1 review", "MTC", "H", "R"],
            ["2", "WPS/PQR review (FJV-W-31 / PQR-88)", "WPS", "H", "R"],
            ["3", "First-off skirt-to-base-ring weld mock-up, visual + UT", "Report", "H", "H (sample sign-off)"],
            ["4", "Production welds, 100% UT circumferential seams", "UT report", "H", "W"],
            ["5", "Final dimensional, coating DFT", "Report", "H", "W"],
        ]),
        ("h", "Scope note (applies to PO 4510230)"),
        ("p", "PO 4510230 has been issued for one (1) first-off weld mock-up only. The six (6) skirt sections are not released for production."),
        ("p", "Step 3 is the sample sign-off. A sample sign-off by itself does not release production. The skirt sections are released only by a separate written production release from Ole Hansen, Project Manager, after the step 3 sample sign-off."),
        ("p", "Material authority: sample-only (mock-up plate and consumables)."),
        ("p", "Legend: H = hold point, W = witness point, R = document review."),
    ], author="Ole Hansen")),
])

# c14 WhatsApp, Chilean Spanish-English, complete scope
case("c14_whatsapp_chile_muestras", [], "Spanglish chat: 3 sample brackets only, 57 on hold until FAI report signed, written release by Rodrigo", [
    ("whatsapp_chat_Cordillera_Sur_brackets.txt", """\
[08/07/24, 09:12:44] Rodrigo Fuentes: Hola Li, buenos días! PO 4300977 salió hoy
[08/07/24, 09:13:30] Rodrigo Fuentes: Ojo: la PO es solo para las 3 piezas de muestra (sample brackets, plano CS-BR-221 rev 2)
[08/07/24, 09:14:02] Rodrigo Fuentes: The other 57 brackets are NOT released. Quedan on hold hasta que yo firme el informe FAI de las muestras
[08/07/24, 09:14:40] Rodrigo Fuentes: Y el release de las 57 lo hago yo, por escrito. Nadie más de Cordillera Sur puede liberarlas
[08/07/24, 09:16:05] Li Wei: Hello Rodrigo, well received. We make 3 sample only. Steel for 3 only also.
[08/07/24, 09:16:51] Rodrigo Fuentes: Perfecto. Galvanizado ISO 1461 and MTC 3.1 por favor 🙏
[08/07/24, 09:17:20] Li Wei: OK no problem. FAI report target 29 July.
[08/07/24, 09:18:02] Rodrigo Fuentes: Dale, gracias!
""")])

# c15 Australian call-off email, multipart/alternative
_c15_txt = ("G'day Hoa,\n\nCall-off CO-07 under frame agreement FA-KPP-118 is below.\n\n"
    "Released now: pipe rack modules PR-07 and PR-08 - two (2) modules.\n"
    "On hold: modules PR-09 to PR-14 - six (6) modules. Not released. They stay on hold until the next "
    "call-off, which I will sign.\n"
    "Material: buy steel for PR-07 and PR-08 only.\n\n"
    "Trial assembly check at your yard (ITP hold point H4) still applies to PR-07.\n\n"
    "Cheers,\nMick Doyle\nPackage Manager Structural | Karratha Process Plant JV\n+61 8 9185 4412\n")
_c15_html = ("<p>G'day Hoa,</p><p>Call-off <b>CO-07</b> under frame agreement FA-KPP-118:</p>"
    "<table><tr><th>Module</th><th>Qty</th><th>Status</th></tr>"
    "<tr><td>PR-07, PR-08</td><td>2</td><td>Released now</td></tr>"
    "<tr><td>PR-09 to PR-14</td><td>6</td><td>Not released - on hold until next call-off signed by Mick Doyle</td></tr></table>"
    "<p>Material: buy steel for PR-07 and PR-08 only.</p><p>Trial assembly check at your yard (ITP hold point H4) still applies to PR-07.</p>"
    "<p>Cheers,<br>Mick Doyle<br>Package Manager Structural | Karratha Process Plant JV</p>")
case("c15_calloff_email_next_calloff", [], "call-off releases 2 modules; 6 on hold until next call-off signed by named PM; material for 2", [
    ("CO-07_FA-KPP-118_call-off.eml", mail(
        "Mick Doyle <mick.doyle@kpp-jv.com.au>", "Le Thi Hoa <hoa.lt@vietthaifab.vn>",
        "Call-off CO-07 - pipe rack modules PR-07/PR-08", "Mon, 29 Jul 2024 07:45:00 +0800",
        _c15_txt, html=_c15_html))])

# c17 hold notice PDF
case("c17_hold_notice_area4", [], "hold notice: Areas 1-2 (188) remain released; Area 4 (312) on hold until revised PO and written release by named engineer", [
    ("HN-017_hold_notice_Area4.pdf", pdf([
        ("h1", "HOLD NOTICE HN-017"),
        ("p", f"From: {NPC}, Project Jubail Gas Treating Expansion. To: {SHK}, Vadodara."),
        ("p", "Reference: PO 4500640 rev 1, process piping spools. Date: 21 July 2024."),
        ("table", [
            ["Area", "Spools", "Status"],
            ["Area 1", "104", "Released - continue"],
            ["Area 2", "84", "Released - continue"],
            ["Area 4", "312", "NOT RELEASED - on hold"],
        ]),
        ("sp",),
        ("p", "Areas 1 and 2 (188 spools in total) remain released; continue as planned."),
        ("p", "Area 4 (312 spools) is not released. Do not cut, fit up or weld any Area 4 spool and do not purchase material for Area 4. Area 4 will be released only after PO 4500640 rev 2 is issued with the revised line items and Eng. Saleh Al-Qahtani, Package Engineer, sends a written production release."),
        ("p", "Reason: IFC isometrics for Area 4 are under revision (tie-in changes, MOC-0193)."),
        ("p", "Eng. Saleh Al-Qahtani, Package Engineer (Piping), Najd Process Contractors"),
    ], title="HN-017", author="Najd Process Contractors")),
])

# c18 multi-file: PO TXT + quote PDF, production quantity declared informational
case("c18_po_plus_quote_informational", [], "bundle PO+quote: PO declares the quote's 146 informational and not released; complete scope", [
    ("PO_4700702_first_off.txt", """\
HARBOURLINE ENERGY LTD - PURCHASE ORDER                     PO NO: 4700702
VENDOR: 300451 DAESUNG PIPE & STEEL CO., LTD.               DATE : 05/08/2024
---------------------------------------------------------------------------
LN  MATERIAL      DESCRIPTION                           QTY  UOM   PRICE USD
10  SP-DS-FO-01   FIRST-OFF SPOOL, 22CR DUPLEX, 4" S40S   4   EA   6,920.00
---------------------------------------------------------------------------
PO NOTE:
THIS PO COVERS 4 FIRST-OFF SPOOLS ONLY. YOUR QUOTATION Q-DS-24-0533 IS
ATTACHED FOR PRICING; ITS PRODUCTION QUANTITY (146 EA) IS INFORMATIONAL ONLY
AND NOT RELEASED. THE BALANCE OF 146 SPOOLS STAYS ON HOLD UNTIL FIRST-OFF
SIGN-OFF (FERRITE + CORROSION TEST ASTM G48 A, ITP HOLD POINT H2) AND A
WRITTEN PRODUCTION RELEASE FROM GARETH PRYCE, PACKAGE MANAGER - PIPING.
MATERIAL AUTHORITY: FIRST-OFF ONLY.
BUYER: S. WHITFIELD  TEL +44 1642 555 812
"""),
    ("Q-DS-24-0533_quotation.pdf", pdf([
        ("h1", "QUOTATION Q-DS-24-0533"),
        ("p", f"{DSP} to {HBL}. Duplex piping spools, Teesside CCS compression package. 22 July 2024."),
        ("table", [
            ["Item", "Description", "Qty", "Unit price USD"],
            ["1", "First-off spool 22Cr duplex 4\" S40S incl. ferrite check and G48 test", "4", "6,920.00"],
            ["2", "Production spools 22Cr duplex 2\"-10\"", "146", "4,480.00"],
        ]),
        ("p", "Welding: WPS DS-W-205 / PQR DS-P-140, GTAW root, ferrite 35-65%. Validity 45 days."),
    ], title="Q-DS-24-0533", author="Daesung Pipe & Steel")),
])

# c19 supplier weekly status report (EML + TXT attachment), no authorization
_c19_rep = """\
SHAKTI ENGINEERING WORKS - WEEKLY PROGRESS REPORT WK-29/2024
Client: Najd Process Contractors   PO: 4500688   Project: Jubail GTE - Area 6
----------------------------------------------------------------------
ACTIVITY                         PLAN   ACTUAL   REMARKS
Trial spools fabricated            6       6     complete
Trial spools RT (100%)             6       6     0 repairs
Trial spools hydrotest             6       4     2 pending (gauge cal.)
Balance spools (94)                -       -     awaiting H1 sign-off and
                                                 written release
Material for balance               -       -     not procured, as per PO
----------------------------------------------------------------------
Open points: MTC 3.1 for flanges heat no. 4Y112 resubmitted.
Prepared by: A. Kulkarni, Planning Engineer
"""
case("c19_supplier_weekly_report", [], "supplier status report; states balance 94 awaits sign-off and release; no authorization", [
    ("WPR_WK29_PO_4500688.eml", mail(
        "Aditya Kulkarni <planning@shaktiengg.in>", "Saleh Al-Qahtani <s.alqahtani@najdpc.com.sa>",
        "Weekly progress report WK-29 - PO 4500688", "Sat, 20 Jul 2024 18:10:00 +0530",
        "Respected Sir,\n\nPlease find attached our weekly progress report for week 29. Trial spools are "
        "complete except hydrotest of 2 nos. We are waiting for your H1 sign-off; balance 94 spools will be "
        "taken up only after your written release.\n\nThanks & regards,\nAditya Kulkarni\nPlanning Engineer, "
        "Shakti Engineering Works, Vadodara\n",
        attachments=[("WPR_WK29.txt", _c19_rep, "text/plain")]))])

# c20 interim sign-off with limits + production release, PDF table
case("c20_interim_signoff_limits", [], "interim sample sign-off with quantity/date limit; 20 released by named lead, 130 on hold until PQR + full sign-off", [
    ("PR-031_interim_release.pdf", pdf([
        ("h1", "Production release PR-031 (interim)"),
        ("p", f"{FJV} to {EGE}. PO 4510262, riser guard spools. Date 14.08.2024."),
        ("table", [
            ["Item", "Quantity", "Status", "Limit"],
            ["Sample spools (sample sign-off ISS-031: interim)", "3", "Signed off - interim", "-"],
            ["Production spools, batch 1", "20", "Released by this document", "WPS EGE-W-22 rev 1, until 30.09.2024"],
            ["Production spools, balance", "130", "Not released - on hold", "-"],
        ]),
        ("sp",),
        ("p", "The sample sign-off ISS-031 is interim: the impact test results of PQR-EGE-19 at -46 C are pending re-qualification."),
        ("p", "Within that limit I release twenty (20) production spools, to be welded with WPS EGE-W-22 rev 1 and completed by 30.09.2024."),
        ("p", "The balance of 130 spools is not released. It will be released only by a written production release from me after PQR-EGE-19 is re-qualified and the sample sign-off is upgraded to full."),
        ("p", "Material authority: 23 spools (3 sample + 20 batch 1)."),
        ("p", "Kari Nilsen, Project Quality Lead, Fjordvik Subsea Structures AS"),
    ], title="PR-031", author="Kari Nilsen")),
])

# c21 Norwegian PO with European number formats (DOCX table)
case("c21_norsk_po_european_numbers", [], "bilingual PO: 1 trial node (1.250,00 kg); 23 nodes (28.750 kg) not released until FAI sign-off and written release by named PM", [
    ("Innkjopsordre_4510301.docx", docx_bytes([
        ("h1", "Innkjøpsordre / Purchase order 4510301"),
        ("p", f"Kjøper / Buyer: {FJV}, Stavanger. Leverandør / Supplier: {VTF}, Ba Ria - Vung Tau."),
        ("p", "Dato / Date: 12.08.2024. Prosjekt: Flare boom FB-2, tubular nodes, S420 ML / EN 10225."),
        ("table", [
            ["Pos.", "Beskrivelse / Description", "Antall / Qty", "Vekt / Weight", "Pris NOK"],
            ["10", "Prøvenode / trial node TN-01, tegning FB2-N-001 rev 3", "1 stk", "1.250,00 kg", "148.500,00"],
        ]),
        ("sp",),
        ("p", "Omfang / Scope: Denne ordren gjelder kun én (1) prøvenode. This order covers one (1) trial node only."),
        ("p", "Resten - 23 noder, ca. 28.750 kg - er IKKE frigitt. The remaining 23 nodes (approx. 28.750 kg) are not released and stay on hold."),
        ("p", "They are released only after FAI sign-off of the trial node (ITP hold point H3, incl. UT and CTOD coupons) and a written production release from Ole Hansen, Project Manager."),
        ("p", "Materialfullmakt / Material authority: kun prøvenode / trial node only."),
        ("p", "Betaling / Payment: 45 dager netto. Levering / Delivery: FOB Vung Tau."),
    ], author="Ole Hansen")),
])

# c22 multi-file: PO rev 1 PDF + cover email, consistent quantities
case("c22_po_rev1_consistent", [], "PO rev 1 and cover email agree: 6 trial spools, 54 on hold until sign-off and written release by Rodrigo", [
    ("PO_4300950_rev1.pdf", pdf([
        ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4300950 rev 1"),
        ("p", f"{MCS}, Av. Grecia 1200, Antofagasta, Chile. Proveedor: {DSP}."),
        ("table", [
            ["Línea", "Descripción", "Cant.", "Estado"],
            ["10", "Trial spools, slurry line SL-400, HDPE-lined CS", "6", "Released"],
            ["20", "Production spools SL-400 (balance)", "54", "Not released - on hold"],
        ]),
        ("p", "Line 20 is on hold. It is released only after sign-off of the 6 trial spools (ITP hold point H2: lining spark test and flange face check) and a written release from Rodrigo Fuentes, Jefe de Paquete Mecánico."),
        ("p", "Material authority: trial spools only. Rev 1: delivery address changed to Bodega Coloso."),
    ], title="PO 4300950 rev 1", author="Minera Cordillera Sur")),
    ("PO_4300950_rev1_cover.eml", mail(
        "Rodrigo Fuentes <rfuentes@cordillerasur.cl>", "Choi Seung-woo <sw.choi@daesungpipe.co.kr>",
        "PO 4300950 rev 1 - delivery address only", "Tue, 06 Aug 2024 12:30:00 -0400",
        "Hi Mr. Choi,\n\nAttached (separately in the portal) PO 4300950 rev 1. The only change is the delivery "
        "address (Bodega Coloso instead of Puerto Angamos).\n\nScope is unchanged: six (6) trial spools now; "
        "the 54 production spools stay on hold until the trial spools are signed off at H2 and I send the "
        "written release.\n\nSaludos,\nRodrigo Fuentes\nJefe de Paquete Mecánico | Minera Cordillera Sur\n+56 55 241 7700\n")),
])

# c23 scoped go-ahead with quoted thread
case("c23_scoped_goahead_thread", [], "'go ahead with the two mock-up spools only'; 98 on hold until H1 sign-off and written release by named engineer", [
    ("RE_mockup_start_PO_4500955.eml", mail(
        "Saleh Al-Qahtani <s.alqahtani@najdpc.com.sa>", "Zhou Lei <zhoulei@nhx-steel.cn>",
        "RE: mock-up start before PO 4500955?", "Sun, 04 Aug 2024 10:20:00 +0300",
        "Dear Mr. Zhou,\n\nGo ahead with the two (2) mock-up spools only - nothing else. PO 4500955 is issued "
        "in our system and will reach you tomorrow; it covers these 2 spools.\n\n"
        "The balance of 98 spools is not released. It will be released only after the mock-up sign-off at "
        "hold point H1 and a written production release from me. Material for the 2 mock-up spools only, please.\n\n"
        "Best regards,\nEng. Saleh Al-Qahtani\nPackage Engineer (Piping) | Najd Process Contractors\n\n"
        "On Sat, 3 Aug 2024 at 16:02, Zhou Lei <zhoulei@nhx-steel.cn> wrote:\n"
        "> Dear Eng. Saleh,\n> Our shop has free capacity next week. Can we start the 2 mock-up spools before\n"
        "> PO 4500955 arrives? We need about 10 days including RT.\n> Best regards, Zhou Lei\n")),
])

# c24 PO with advance payment that explicitly does not authorize production
case("c24_po_advance_not_release", [], "advance payment term stated as not authorizing production; 1 trial tower, 7 on hold until H3 + written release by named PM", [
    ("PO_4600-3172_stair_towers.pdf", pdf([
        ("h1", "PURCHASE ORDER 4600-3172"),
        ("p", f"{KPP}, Karratha WA 6714. Supplier: {ANA}, Kocaeli, Turkey."),
        ("table", [
            ["Line", "Description", "Qty", "Unit", "Price AUD"],
            ["1", "Trial stair tower ST-01, AS 1657, HDG", "1", "EA", "38,400.00"],
        ]),
        ("sp",),
        ("p", "Scope: this PO covers one (1) trial stair tower only. Stair towers ST-02 to ST-08 (7 towers) are not released and stay on hold. They will be released only after the trial tower passes hold point H3 (trial assembly and dimensional) and Mick Doyle, Package Manager Structural, issues a written release."),
        ("p", "Material authority: trial tower only."),
        ("p", "Payment terms: 20% advance on PO acceptance against an advance payment bond; balance 30 days after delivery. Payment of the advance does not authorise production of any tower beyond ST-01."),
        ("p", "Buyer: Tom Nguyen, Procurement Lead."),
    ], title="PO 4600-3172", author="KPP")),
])

# c25 long thread ending in a release of the whole balance
_c25_txt = (
    "Anil,\n\nPRODUCTION RELEASE PR-HBL-0042\n\n"
    "Following the first-off sign-off on 14 August (inspection report IR-0815, all hold points closed), I "
    "release the balance of eighty-eight (88) spools under PO 4700610 line 20.\n\n"
    "With this release all 92 spools of PO 4700610 (4 first-off + 88) are released. There is no balance "
    "remaining on this PO. Material for the 88 spools may now be purchased.\n\n"
    "Please send the revised fabrication schedule by Friday.\n\nRegards\nGareth"
    + sig("Gareth Pryce", "Package Manager - Piping", HBL, "+44 1642 555 870")
    + "\n\nFrom: Anil Deshmukh <anil.d@bharatstructurals.in>\nSent: 14 August 2024 15:40\n"
    "> Dear Gareth,\n> Thank you for witnessing today. IR-0815 signed by your inspector Mr. Hughes is attached.\n"
    "> We are ready for the balance whenever your release comes.\n> Regards, Anil\n>\n"
    "> From: Gareth Pryce\n> Sent: 30 July 2024 09:10\n"
    ">> Anil, witness on 14 Aug confirmed. Reminder of scope: PO 4700610 line 10 = 4 first-off spools,\n"
    ">> line 20 = 88 spools on hold until first-off sign-off and my written release. Material for the 4 only.\n"
    ">> Gareth\n>>\n"
    ">> From: Anil Deshmukh\n>> Sent: 29 July 2024 18:22\n"
    ">>> Dear Gareth, first-off spools are ready. Hydrotest done at 1.5x design. Kindly confirm witness date.\n"
    ">>> Also we note the flange rating change in ISO 22-PL-3310 Rev 5; please confirm it is for info.\n")
case("c25_thread_full_balance_release", [], "release notice for the entire balance by named manager after sign-off; no balance remains", [
    ("RE_PO_4700610_witness_release.eml", mail(
        "Gareth Pryce <gareth.pryce@harbourline-energy.co.uk>", "Anil Deshmukh <anil.d@bharatstructurals.in>",
        "RE: PO 4700610 - first-off witness / production release PR-HBL-0042", "Thu, 15 Aug 2024 08:55:00 +0100",
        _c25_txt, in_reply_to="<bsl-0814-1540@bharatstructurals.in>"))])

# =================================================================== POSITIVE (batch 3)

# p01 bare sample PO + attached quote with production tier
_p01_po = pdf([
    ("h1", "PURCHASE ORDER 4500801"),
    ("p", f"{NPC}, Jubail Industrial City 31961, Kingdom of Saudi Arabia. Supplier: {DSP} (vendor 400218)."),
    ("p", "Date: 07 July 2024. Project: Jubail Gas Treating Expansion - Area 8 piping. Reference: your quotation Q-DS-24-0602."),
    ("table", [
        ["Item", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
        ["10", "Mock-up spool, SS316L 3\" SCH 10S, ISO 8-PL-4410 Rev 2", "2", "EA", "5,120.00", "10,240.00"],
    ]),
    ("p", "Inspection per ITP-NPC-PP-08. Documents: WPS/PQR, MTC EN 10204 3.1, RT films, PMI report."),
    ("p", "Delivery: CFR Dammam. Payment: 60 days from invoice. General terms NPC-GT-2022 apply."),
], title="PO 4500801", author="Najd Process Contractors")
_p01_q = pdf([
    ("h1", "QUOTATION Q-DS-24-0602"),
    ("p", f"{DSP} to {NPC}, Attn. Procurement. 24 June 2024."),
    ("table", [
        ["No.", "Item", "Qty", "Unit price USD"],
        ["1", "Mock-up spool SS316L 3\" SCH 10S", "2", "5,120.00"],
        ["2", "Area 8 spools SS316L 1\"-8\"", "214", "2,870.00"],
    ]),
    ("p", "Lead time 3 weeks (mock-up) / 10 weeks (Area 8 spools). Pickling and passivation included."),
], title="Q-DS-24-0602", author="Daesung")
case("p01_eml_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 2 mailed with quote showing 214; nothing says the 214 is not released, no event, no releaser", [
    ("PO_4500801_mockup.eml", mail(
        "Hessa Al-Dossary <h.aldossary@najdpc.com.sa>", "Kim Min-jun <mj.kim@daesungpipe.co.kr>",
        "PO 4500801 - Area 8 mock-up spools", "Sun, 07 Jul 2024 09:30:00 +0300",
        "Dear Mr. Kim,\n\nPlease find attached PO 4500801 for the mock-up spools together with your quotation "
        "Q-DS-24-0602. Kindly confirm receipt and the delivery date.\n\nBest regards,\nHessa Al-Dossary\n"
        "Procurement Specialist | Najd Process Contractors\n\nThis e-mail is confidential and may be legally privileged.\n",
        attachments=[("PO_4500801.pdf", _p01_po, PDF_MT), ("Q-DS-24-0602.pdf", _p01_q, PDF_MT)]))])

# p02 DOCX PO with quoted price table showing series quantity
case("p02_docx_po_price_table", ["RG001", "RG003", "RG004", "RG005"],
     "mock-up PO lists the quoted 148 series spools in its price table with no hold, event or releaser", [
    ("PO_4510377_mock-up.docx", docx_bytes([
        ("h1", "Purchase order 4510377"),
        ("p", f"Buyer: {FJV}, Stavanger. Supplier: {VTF}. Date: 19.08.2024. Project: Breidablikk tie-back, jumper spools."),
        ("p", "Order: one (1) mock-up spool, 10\" 25Cr super duplex, drawing BT-JS-0101 rev C."),
        ("p", "Prices as per your quotation VTF-Q-0722:"),
        ("table", [
            ["Item", "Qty", "Unit price NOK", "Total NOK"],
            ["Mock-up spool", "1", "21.400,00", "21.400,00"],
            ["Series jumper spools", "148", "9.850,00", "1.457.800,00"],
        ]),
        ("p", "Welding: WPS VTF-W-31 / PQR VTF-P-12, ferrite 40-60 %, G48 A at 40 C. NDT: 100 % RT + PT."),
        ("p", "Delivery: FCA Vung Tau, week 40. Payment: 45 days net. Please acknowledge within 5 working days."),
        ("p", "Ingrid Solberg, Category Manager Structures"),
    ], author="Ingrid Solberg")),
])

# p03 HTML portal with ordered vs quoted quantity
case("p03_portal_ordered_vs_quoted", ["RG001", "RG003", "RG004", "RG005"],
     "portal shows ordered 3 trial frames beside quoted 24 with no hold, no unlock event, no releaser", [
    ("kpp_portal_PO_4600-3390.html", html_page("KPP Supplier Portal - PO 4600-3390", f"""
<h2>Karratha Process Plant JV - Supplier Portal</h2>
<p>PO <b>4600-3390</b> | Supplier {NHX} | Created 26.08.2024 | Buyer T. Nguyen</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Item</td><td>Conveyor idler frame, trial, drg KPP-CV-1180 Rev 4</td></tr>
<tr><td>Ordered qty</td><td>3 EA</td></tr>
<tr><td>Quoted qty (ref. NHX-Q-2291)</td><td>24 EA</td></tr>
<tr><td>Unit price</td><td>AUD 2,140.00</td></tr>
<tr><td>Need-by date</td><td>18.10.2024</td></tr>
<tr><td>Inspection</td><td>ITP KPP-ITP-310, hold point H1 (trial fit-up)</td></tr>
</table>
<p>Please acknowledge the PO in the portal within 3 business days. Questions: tom.nguyen@kpp-jv.com.au</p>
""")),
])

# p04 SAP printout with reference quote series quantity
case("p04_sap_first_off_ref_quote", ["RG001", "RG003", "RG004", "RG005"],
     "first-off PO for 6 quotes the series 420 in header text; no hold, no event, no releaser", [
    ("SAP_PO_4700733.txt", """\
HARBOURLINE ENERGY LTD                         PURCHASE ORDER      4700733
                                               DATE                02.09.2024
VENDOR  310772  BHARAT STRUCTURALS LTD, HAZIRA                     PAGE 1 OF 1
------------------------------------------------------------------------------
ITEM MATERIAL       SHORT TEXT                          QTY UN   NET PRICE GBP
00010 HBL-PS-FO-2   PIPE SUPPORT, FIRST-OFF, TYPE G2     6  EA          186.00
------------------------------------------------------------------------------
HEADER TEXT
 REF QUOTE BSL/Q/24/402: FIRST-OFF 6 EA, SERIES 420 EA. PRICES HELD 6 MONTHS.
 SUPPORTS PER DRG HBL-PS-0420 REV 7 (TYPE G2 GUIDE, 420 MM SHOE).
 GALV ISO 1461. MTC EN 10204 3.1. PACK ON PALLETS MAX 1000 KG.
DELIVERY  FCA HAZIRA  WK 41/2024
BUYER     S.WHITFIELD   +44 1642 555 812
""")])

# p05 multi-file: bare pre-production PO + quote with serial tier
case("p05_po_and_quote_files", ["RG001", "RG003", "RG004", "RG005"],
     "bundle: PO for 2 pre-production chute sections + quote with 38 serial; nothing says the 38 is not released", [
    ("OC_4300991_preproduccion.pdf", pdf([
        ("h1", "ORDEN DE COMPRA 4300991"),
        ("p", f"{MCS}, Antofagasta. Proveedor / Supplier: {ANA}."),
        ("table", [
            ["Pos.", "Descripción / Description", "Cant.", "Precio USD"],
            ["10", "Sección de chute de transferencia, pre-producción / transfer chute section, pre-production, plano TC-310 rev 5", "2", "18.750,00"],
        ]),
        ("p", "Liner: Hardox 450, 20 mm. Soldadura / welding per EN ISO 3834-2, WPS AM-135-11."),
        ("p", "Entrega / delivery: CIF Antofagasta. Pago: 30 días."),
        ("p", "Comprador / buyer: Valentina Rojas"),
    ], title="OC 4300991", author="Cordillera Sur")),
    ("ANA_teklif_Q-24-771.pdf", pdf([
        ("h1", "TEKLIF / QUOTATION Q-24-771"),
        ("p", f"{ANA} to {MCS}. Transfer chute sections TC-310."),
        ("table", [
            ["Item", "Qty", "Unit price USD", "Lead time"],
            ["Pre-production sections", "2", "18,750.00", "6 weeks"],
            ["Serial production sections", "38", "16,900.00", "14 weeks"],
        ]),
        ("p", "Price basis EXW Kocaeli; sea freight quoted separately. Validity 30 days."),
    ], title="Q-24-771", author="Anadolu Metal Yapi")),
])

# p34 multi-file: bare sample PO + supplier OC stating the forecast as an order
case("p34_po_and_oc_forecast_as_order", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "sample PO for 2 brackets; supplier OC confirms 'your order of 36' taken from a forecast; no hold/event/releaser", [
    ("PO_4510402_sample_brackets.pdf", pdf([
        ("h1", "PURCHASE ORDER 4510402"),
        ("p", f"{FJV} to {DSP}. 02.09.2024. Riser hang-off brackets, drawing RH-B-200 rev 2, S355 NL."),
        ("table", [["Line", "Description", "Qty", "Price NOK"],
                   ["10", "Sample hang-off bracket RH-B-200", "2", "64.300,00"]]),
        ("p", "Inspection: FAI at fabricator, ITP-FJV-ST-11. Delivery FCA Ulsan."),
        ("p", "Ingrid Solberg, Category Manager Structures"),
    ], title="PO 4510402", author="Fjordvik")),
    ("OC_DSP-24-0902.eml", mail(
        "Choi Seung-woo <sw.choi@daesungpipe.co.kr>", "Ingrid Solberg <ingrid.solberg@fjordvik.no>",
        "Order confirmation DSP-24-0902 / your PO 4510402", "Tue, 03 Sep 2024 10:12:00 +0900",
        "Dear Ms. Ingrid,\n\nThank you for PO 4510402. We are pleased to confirm your order of 36 hang-off "
        "brackets as per your forecast FC-2024-09, of which the first 2 are samples.\n\n"
        "Sample delivery: week 41. Delivery schedule for the 34 production brackets will follow after "
        "our planning meeting.\n\nBest regards,\nChoi Seung-woo\nSales Team Leader, Daesung Pipe & Steel\n"))])

# p07 Teams chat: "All good, crack on"
case("p07_teams_crack_on", ["RG002"], "complete scope earlier; later buyer answers 'can we continue?' with an unscoped 'crack on'", [
    ("teams_HBL_VTF_M4_spools.txt", """\
Microsoft Teams - chat export
Chat: HBL / VTF - Module M4 spools
Exported 10/09/2024 08:02

[19/08/2024 11:20] Gareth Pryce (Harbourline): Hi both. PO 4700815 is out. Scope: 2 mock-up spools only. The remaining 60 spools are not released - they get released after the mock-up passes witness point W2 and I send a written release. Buy material for the 2 only please.
[19/08/2024 11:31] Nguyen Van Thanh (VietThai): Well noted Mr. Gareth. 2 mock-up only.
[04/09/2024 16:05] Nguyen Van Thanh (VietThai): Mr. Gareth, WPS VTF-W-09 rev B your comments all closed, resubmitted in Aconex VTF-TRN-0412. Can we continue?
[04/09/2024 17:48] Gareth Pryce (Harbourline): All good, crack on 👍
[05/09/2024 08:10] Nguyen Van Thanh (VietThai): Thank you sir!
""")])

# p09 HTML portal: sample approved, "good to run"
case("p09_portal_good_to_run", ["RG002", "RG007"],
     "portal scope complete, but buyer comment on the sample report says 'approved, good to run from here'", [
    ("npc_portal_PO_4500866_messages.html", html_page("NPC Supplier Portal - PO 4500866", f"""
<h2>Najd Process Contractors - Supplier Collaboration</h2>
<p>PO 4500866 | Supplier {SHK} | Project Jubail GTE Area 9</p>
<div class="note"><b>Scope note:</b> PO 4500866 covers four (4) sample spools. The remaining 116 spools are not
released; they stay on hold until the sample sign-off at ITP hold point H1 and a written production release from
Eng. Faisal Al-Harbi, QA/QC Manager. Material authority: sample spools only.</div>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>18.08.2024 14:02</td><td>A. Kulkarni (Shakti)</td><td>Sample inspection report SIR-014 uploaded: RT 100% acceptable, PMI OK, hydrotest witnessed by TPI.</td></tr>
<tr><td>20.08.2024 09:40</td><td>Faisal Al-Harbi (NPC)</td><td>Sample report reviewed - approved. You're good to run from here.</td></tr>
<tr><td>20.08.2024 10:15</td><td>A. Kulkarni (Shakti)</td><td>Thank you sir, shop loading planned from Sunday.</td></tr>
</table>
""")),
])

# p10 WhatsApp Gulf English: hold until further notice + "go ahead"
case("p10_whatsapp_gulf_goahead", ["RG002", "RG004"],
     "3 samples, 57 on hold 'until further notice' (no event), Faisal releases; later an unscoped 'go ahead'", [
    ("WhatsApp_Chat_NPC_Shakti.txt", """\
[11/08/2024, 8:02 AM] Faisal Al-Harbi: Salam Mr Aditya. PO 4500870 sent by Hessa yesterday
[11/08/2024, 8:03 AM] Faisal Al-Harbi: Sample spools 3 nos only under this PO. Balance 57 nos NOT released, on hold until further notice
[11/08/2024, 8:03 AM] Faisal Al-Harbi: Only I can release the balance, nobody else from NPC
[11/08/2024, 8:10 AM] Aditya Kulkarni: Walaikum salam sir. Noted, 3 nos sample only
[25/08/2024, 6:41 PM] Aditya Kulkarni: Sir shall we start Monday? Our welders are free from next week
[25/08/2024, 7:15 PM] Faisal Al-Harbi: Yes go ahead yalla
[25/08/2024, 7:16 PM] Aditya Kulkarni: 👍 thank you sir
""")])

# p11 DOCX kick-off minutes: "approved" for commercial and technical, plus unscoped go-ahead
case("p11_kickoff_minutes", ["RG002", "RG009"],
     "minutes use 'approved' for PO (commercial) and drawings (technical) and end with an unscoped 'can go ahead'", [
    ("MoM_KOM_PO_4510355.docx", docx_bytes([
        ("h1", "Minutes of Meeting - Kick-off, PO 4510355"),
        ("p", "Date: 09.09.2024, Teams. Attendees: Ole Hansen, Ingrid Solberg (Fjordvik); Park Ji-hoon, Choi Seung-woo (Daesung)."),
        ("h", "1. Scope"),
        ("p", "PO 4510355 covers one (1) first-off skid base frame SB-01. The remaining five (5) frames SB-02 to SB-06 are not released. They are released only after FAI sign-off of SB-01 and a written production release from Ole Hansen."),
        ("h", "2. Approval status"),
        ("table", [
            ["Item", "Status", "By"],
            ["PO 4510355", "Approved (budget approval)", "Fjordvik management, 02.09"],
            ["Drawings SB-100 to SB-104 rev C", "Approved", "Fjordvik structural lead, 06.09"],
            ["WPS DS-W-301 / PQR DS-P-210", "Comments open", "Fjordvik welding engineer"],
        ]),
        ("h", "3. Actions"),
        ("num", "Daesung to resubmit WPS DS-W-301 by 13.09."),
        ("num", "Fjordvik to issue lifting study for skid transport by 20.09."),
        ("num", "With PO and drawings approved, Daesung can go ahead."),
        ("p", "Minutes by Ingrid Solberg. Comments within 3 working days, otherwise accepted."),
    ], author="Ingrid Solberg")),
])

# p12 SAP printout: PO release strategy vs production release, and bare PROCEED
case("p12_sap_release_strategy", ["RG002", "RG009"],
     "SAP 'released' means PO release strategy and production release in one printout; QA note says bare PROCEED", [
    ("SAP_PO_4600-3420_print.txt", """\
KARRATHA PROCESS PLANT JV            PURCHASE ORDER 4600-3420          PAGE 1
VENDOR 100877 NANTONG HAIXING STEEL STRUCTURE CO., LTD.     DATE 02.09.2024
RELEASE STRATEGY K2   STATUS: RELEASED 02.09.2024 (T.NGUYEN / M.DOYLE)
-----------------------------------------------------------------------------
ITM  DESCRIPTION                                 QTY  UN    NET PRICE AUD
010  TRIAL CHUTE SUPPORT FRAME CSF-01, HDG         2  EA         9,850.00
-----------------------------------------------------------------------------
ITEM TEXT 010
 PRODUCTION NOT RELEASED. BAL 22 EA (CSF-03..CSF-24) ON HOLD UNTIL TRIAL
 FRAME SIGN-OFF AT ITP HOLD POINT H2 AND WRITTEN PRODUCTION RELEASE BY
 M.DOYLE, PACKAGE MANAGER STRUCTURAL. MATERIAL FOR 2 EA ONLY.
-----------------------------------------------------------------------------
QA NOTE 05.09.2024: ITP KPP-ITP-322 REV B ACCEPTED. PROCEED.
DELIVERY  FOB SHANGHAI  WK 44/2024
""")])

# p55 EML: LC opened, "cleared to start fabrication"
_p55_po = pdf([
    ("h1", "PURCHASE ORDER 4500920"),
    ("p", f"{NPC} to {EGE}. 21 August 2024. Project Jubail GTE - flare header spools."),
    ("table", [["Item", "Description", "Qty", "Status"],
               ["10", "Mock-up spool, 24\" LTCS, ISO 11-FL-0012 Rev 1", "2", "Released"],
               ["-", "Flare header spools (balance)", "46", "Not released - on hold"]]),
    ("p", "The 46 flare header spools are on hold until the mock-up sign-off at ITP hold point H1 and a written production release from Eng. Saleh Al-Qahtani, Package Engineer. Material authority: mock-up only."),
], title="PO 4500920", author="NPC")
case("p55_lc_opened_cleared", ["RG002", "RG012"],
     "PO scope complete, but the buyer says opening the LC means the supplier is 'cleared to start fabrication', unscoped", [
    ("LC_opened_PO_4500920.eml", mail(
        "Saleh Al-Qahtani <s.alqahtani@najdpc.com.sa>", "Mehmet Aydin <mehmet.aydin@egecelik.com.tr>",
        "PO 4500920 - Letter of Credit opened", "Wed, 28 Aug 2024 13:05:00 +0300",
        "Dear Mehmet Bey,\n\nGood news - the Letter of Credit for the contract value was opened today by Riyad "
        "Bank (LC no. RB-24-0718833), confirming bank Garanti BBVA.\n\nSo from our side nothing is pending any "
        "more, you are cleared to start fabrication. Please share the shop schedule and the inspection "
        "notification plan by Sunday.\n\nPO 4500920 attached again for your file.\n\nBest regards,\n"
        "Eng. Saleh Al-Qahtani\nPackage Engineer (Piping) | Najd Process Contractors\n",
        attachments=[("PO_4500920.pdf", _p55_po, PDF_MT)]))])

# p57 WhatsApp: deposit received, "can we start now?" -> "go for it"
case("p57_whatsapp_deposit_go_for_it", ["RG002", "RG012"],
     "scope complete earlier; supplier treats the deposit as the start signal and the buyer answers 'go for it'", [
    ("WhatsApp_HBL_Ege_platforms.txt", """\
[02/09/2024, 10:14] Gareth Pryce: Morning Mehmet. PO 4700840 is with you. It's for 1 trial platform only (TP-01). The other 9 platforms are not released - they get released after the trial platform passes witness point W2 and I put it in writing.
[02/09/2024, 10:20] Mehmet Aydin: Good morning Gareth, understood 👍 1 trial platform. Material for TP-01 only.
[16/09/2024, 09:02] Mehmet Aydin: Gareth, deposit received today, thank you 🙏 So we can start now?
[16/09/2024, 09:40] Gareth Pryce: Brilliant, go for it
[16/09/2024, 09:41] Mehmet Aydin: 👍👍
""")])

# =================================================================== POSITIVE (batch 4)

# p13 bare trial PO, Chile -> China
case("p13_oc_trial_brackets", ["RG003", "RG004", "RG005"],
     "trial PO for 2 brackets before series production; never says the series is not released, no event, no releaser", [
    ("OC_4301022_brackets_prueba.pdf", pdf([
        ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4301022"),
        ("p", f"{MCS}, Antofagasta. Supplier: {NHX}."),
        ("p", "Fecha / date: 16.09.2024. Proyecto: Planta Concentradora Fase 2 - soportes de cañería / pipe supports."),
        ("table", [
            ["Pos.", "Descripción", "Cant.", "Unidad", "Precio USD"],
            ["10", "Bracket de prueba / trial bracket PS-T4, plano CS-PS-104 rev 1, ASTM A36, galv.", "2", "UN", "1.180,00"],
        ]),
        ("p", "Los brackets de prueba son para validar la soldadura y el galvanizado antes de la producción en serie. The trial brackets are to validate welding and galvanising before series production."),
        ("p", "Documentos: WPS/PQR AWS D1.1, MTC 3.1, informe de espesor de galvanizado. Entrega: CFR San Antonio."),
        ("p", "Comprador: Valentina Rojas, Compras Corporativas."),
    ], title="OC 4301022", author="Cordillera Sur")),
])

# p16 supplier ack quoting buyer PO note: no quantity, hold until further notice
case("p16_ack_quotes_po_note", ["RG004", "RG010"],
     "quoted buyer note: 'mock-up only', balance on hold until further notice, Ingrid releases; no quantity and no unlock event", [
    ("RE_PO_4510418_acknowledgement.eml", mail(
        "Park Ji-hoon <jh.park@daesungpipe.co.kr>", "Ingrid Solberg <ingrid.solberg@fjordvik.no>",
        "RE: PO 4510418 - acknowledgement", "Fri, 20 Sep 2024 09:20:00 +0900",
        "Dear Ms. Ingrid,\n\nWe acknowledge PO 4510418 with the note below. We will fabricate the mock-up "
        "spools only and keep the balance on hold.\n\nMock-up material (25Cr duplex pipe, WPS DS-W-205) is in "
        "stock. Planned completion: week 42.\n\nBest regards,\nPark Ji-hoon\nProject Director | Daesung Pipe & Steel\n\n"
        "--- Original message ---\nFrom: Ingrid Solberg\nDate: 18.09.2024 15:44\n"
        "> Dear Mr. Park,\n> PO 4510418 attached. PO note:\n"
        "> MOCK-UP SPOOLS ONLY. BALANCE ON HOLD UNTIL FURTHER NOTICE.\n"
        "> RELEASE OF THE BALANCE BY INGRID SOLBERG ONLY.\n> Please acknowledge.\n> Ingrid\n"))])

# p19 Indian fabricator bought material for the balance
case("p19_status_material_for_balance", ["RG006"],
     "scope complete (4 trial, 84 on hold, trial material only); fabricator reports pipe and fittings bought for all 84", [
    ("Status_PO_4500905_material.eml", mail(
        "Aditya Kulkarni <planning@shaktiengg.in>", "Faisal Al-Harbi <f.alharbi@najdpc.com.sa>",
        "RE: PO 4500905 - trial spools status / long-lead material", "Mon, 09 Sep 2024 17:45:00 +0530",
        "Respected Eng. Faisal,\n\nGreetings from Shakti. Trial spools status: 4 of 4 fit-up done, welding "
        "completes Thursday, RT booked for Saturday.\n\nTo protect the schedule against the 16-week lead time "
        "of LTCS fittings, we have already procured pipe and fittings for all 84 balance spools (heat nos. "
        "4Y207, 4Y211, MTC 3.1 available for review). Material is in our Vadodara store, tagged for your "
        "project.\n\nKindly advise the H1 inspection date.\n\nThanks & regards,\nAditya Kulkarni\nPlanning Engineer\n\n"
        "-----Original Message-----\nFrom: Faisal Al-Harbi\nSent: 12 August 2024 11:02\n"
        "> Mr. Aditya,\n> PO 4500905 covers 4 trial spools only. The balance of 84 spools is not released and\n"
        "> stays on hold until the H1 sign-off of the trial spools and my written production release.\n"
        "> Material: trial spools only.\n> Eng. Faisal Al-Harbi, QA/QC Manager, Najd Process Contractors\n"))])

# p20 WhatsApp: plates for all 8 towers already cut
case("p20_whatsapp_all_towers_cut", ["RG006"],
     "scope complete (1 trial tower, 7 on hold); supplier reports plate for all 8 towers cut and blasted", [
    ("WhatsApp_KPP_Anadolu_towers.txt", """\
[05/09/2024, 07:30] Mick Doyle: Morning Burak. PO 4600-3172 is for the trial stair tower ST-01 only. ST-02 to ST-08 (7 towers) not released - they get released after ST-01 passes H3 and I send you a written release. Material for ST-01 only mate.
[05/09/2024, 08:12] Burak Sahin: Good morning Mick, understood, thank you.
[27/09/2024, 14:55] Burak Sahin: Mick, trial tower fit-up done, photos tomorrow. FYI plates and sections for all 8 towers already cut and blasted, so after your release we are very fast 💪
[27/09/2024, 15:20] Mick Doyle: Righto. Send me the fit-up photos and the dimensional sheet.
""")])

# p21 DOCX progress minutes: material for remaining 60 staged
case("p21_minutes_material_staged", ["RG006"],
     "minutes: scope complete (2 mock-up, 60 on hold); fabricator reports pipe and flanges for the 60 called off and staged", [
    ("MoM_PM03_PO_4700870.docx", docx_bytes([
        ("h1", "Progress meeting no. 3 - PO 4700870 (Module M5 spools)"),
        ("p", "Date: 24/09/2024. Harbourline: Gareth Pryce, Sarah Whitfield. VietThai: Nguyen Van Thanh, Tran Minh Duc."),
        ("table", [
            ["No.", "Topic", "Discussion", "Action"],
            ["1", "Scope", "PO 4700870 covers 2 mock-up spools. The remaining 60 spools are not released; written release by Gareth Pryce after the mock-up passes witness point W2.", "-"],
            ["2", "Mock-up", "Fit-up complete, welding 60%. W2 witness planned 08/10.", "VTF to send notification 5 days ahead"],
            ["3", "Material", "VTF reported that the pipe and flanges for the remaining 60 spools have been called off from stock and are staged in bay 3, tagged for PO 4700870.", "HBL to review internally"],
            ["4", "Documents", "WPS VTF-W-09 rev B accepted by HBL welding engineer.", "-"],
        ]),
        ("p", "Next meeting: 08/10/2024 after the W2 witness."),
    ], author="Sarah Whitfield")),
])

# p22 PDF supplier progress report: forecast booked as firm, plate for it
case("p22_report_forecast_plate", ["RG001", "RG006", "RG008"],
     "supplier report lists 380 t released beside the 4.800 t forecast called a firm order, and has booked plate for it", [
    ("NHX_progress_report_Sep2024.pdf", pdf([
        ("h1", "Monthly progress report - September 2024"),
        ("p", f"{NHX} to {FJV}. Jacket J-2 secondary steel, PO 4510290."),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Released by Fjordvik (PO 4510290)", "380 t", "fabrication 45%"],
            ["2025 programme (your FC-2024-07)", "4.800 t", "firm order - plate booked"],
        ]),
        ("sp",),
        ("p", "Based on your firm order of 4.800 t for 2025 we have booked the full 4.800 t of S355 plate with Nanjing Iron & Steel; the first 1.200 t arrived at our Nantong yard on 26 September."),
        ("p", "J-2 secondary steel: boat landing fit-up 60%, riser guard welding 30%. NDT: 14 UT reports issued, 1 repair."),
        ("p", "HSE: 0 LTI, 412,000 man-hours."),
        ("p", "Zhou Lei, Project Manager"),
    ], title="Progress report Sep 2024", author="Nantong Haixing")),
])

# p23 EML quoted thread: advance received -> shop started, plates for all girders
case("p23_advance_started_all_plates", ["RG006", "RG012"],
     "scope complete (1 trial girder, 27 on hold); supplier treats the advance as the start and buys plate for all 28", [
    ("RE_PO_4301040_advance.eml", mail(
        "Anil Deshmukh <anil.d@bharatstructurals.in>", "Rodrigo Fuentes <rfuentes@cordillerasur.cl>",
        "RE: PO 4301040 - advance payment / schedule", "Wed, 04 Sep 2024 19:10:00 +0530",
        "Dear Rodrigo,\n\nAdvance payment received on 2nd September - thank you. So our shop has started and we "
        "have placed the mill order for plates for all 28 girders (approx. 182 t, IS 2062 E350 BR), to keep "
        "the delivery.\n\nTrial girder TG-01 fit-up will be ready for your inspector on 20th September.\n\n"
        "Regards,\nAnil Deshmukh\nProject Manager, Bharat Structurals Ltd.\n\n"
        "On 26 Aug 2024, Rodrigo Fuentes wrote:\n"
        "> Anil, PO 4301040 covers one (1) trial girder TG-01 (6.5 t) only. The remaining 27 girders are not\n"
        "> released. They are released only after FAI sign-off of TG-01 and a written release from me.\n"
        "> Material: TG-01 only.\n> Saludos, Rodrigo Fuentes, Jefe de Paquete Mecánico, Minera Cordillera Sur\n"))])

# p24 EML: once first-off approved we go straight on; pipe for 60 ordered
case("p24_straight_into_production_pipe", ["RG006", "RG007"],
     "supplier assumes first-off approval rolls into the 60 and has ordered pipe for them; buyer scope complete", [
    ("RE_PO_4700902_first_off.eml", mail(
        "Choi Seung-woo <sw.choi@daesungpipe.co.kr>", "Gareth Pryce <gareth.pryce@harbourline-energy.co.uk>",
        "RE: PO 4700902 - first-off spools inspection", "Thu, 26 Sep 2024 16:30:00 +0900",
        "Dear Gareth,\n\nFirst-off spools will be ready for your inspector on 7 October.\n\n"
        "Once your inspector approves the first-off we will go straight into the remaining 60 spools without "
        "stopping, so we have already ordered the pipe for all 60 from POSCO to avoid the gap.\n\n"
        "Best regards,\nChoi Seung-woo\nSales Team Leader, Daesung Pipe & Steel\n\n"
        "-----Original Message-----\nFrom: Gareth Pryce\nSent: 10 September 2024 12:15\n"
        "> Choi, PO 4700902: 4 first-off spools only. The remaining 60 spools are not released until the\n"
        "> first-off passes hold point H2 and I issue a written production release. Material for the 4 only.\n"
        "> Gareth Pryce, Package Manager - Piping, Harbourline Energy\n"))])

# p25 supplier-side MRP printout: requisitions for 100 vs 4 released
case("p25_supplier_mrp_printout", ["RG006"],
     "fabricator ERP shows 4 released, 96 on hold, yet material ordered for 100", [
    ("VTF_ERP_SO-24-0871_MRP.txt", """\
VIETTHAI FABRICATION JSC - ERP            SALES ORDER / MRP STATUS     19/09/2024 14:22
===========================================================================================
SALES ORDER   SO-24-0871        CUSTOMER  NAJD PROCESS CONTRACTORS (CUST 5012)
CUST. PO      4500930           ITEM      MOCK-UP + AREA 10 SPOOLS, LTCS A333 GR.6
CUST. RELEASE 4 EA RELEASED (MOCK-UP)   /   96 EA ON HOLD (H1 SIGN-OFF + WRITTEN RELEASE
              BY ENG. SALEH AL-QAHTANI)  /   MATERIAL AUTHORITY: MOCK-UP ONLY
-------------------------------------------------------------------------------------------
MRP RUN 18/09/2024  BASIS: SO QTY 100 EA
PR NO.    MATERIAL                        QTY      UOM  STATUS     SUPPLIER
PR-77120  PIPE A333 GR.6 8" SCH40         1,150    M    ORDERED    HOA PHAT
PR-77121  FITTINGS A420 WPL6 ASSORTED     412      EA   ORDERED    SUMIKIN VN
PR-77122  FLANGES A350 LF2 CL300          238      EA   ORDERED    SUMIKIN VN
PR-77123  CONSUMABLES E7018-1 / ER70S-6   640      KG   IN STOCK   -
-------------------------------------------------------------------------------------------
PLANNER  TRAN MINH DUC
""")])

# p27 Korean supplier: no separate release needed after first-off weld sign-off
_p27_po = pdf([
    ("h1", "PURCHASE ORDER 4500944"),
    ("p", f"{NPC} to {DSP}. 01 September 2024. Jubail GTE - Area 11 spools."),
    ("table", [["Item", "Description", "Qty", "Status"],
               ["10", "First-off weld spools, P91, ISO 11-HS-2201 Rev 2", "2", "Released"],
               ["-", "Area 11 P91 spools (balance)", "46", "Not released - on hold"]]),
    ("p", "The 46 spools are released only by a written production release from Eng. Faisal Al-Harbi, QA/QC Manager, after the first-off weld sign-off (hardness + PWHT chart review) at ITP hold point H1. Material authority: first-off only."),
], title="PO 4500944", author="NPC")
case("p27_supplier_no_separate_release", ["RG007"],
     "PO complete; supplier writes that first-off weld sign-off lets them proceed straight to the 46 with no separate release", [
    ("PO_4500944_signed_ack.eml", mail(
        "Kim Min-jun <mj.kim@daesungpipe.co.kr>", "Faisal Al-Harbi <f.alharbi@najdpc.com.sa>",
        "PO 4500944 signed acknowledgement / first-off schedule", "Wed, 04 Sep 2024 11:00:00 +0900",
        "Dear Eng. Faisal,\n\nAttached please find PO 4500944 with our signature.\n\nFirst-off weld spools: PWHT "
        "on 23 Sep, hardness test 24 Sep. We understand that once you sign off the first-off weld, we will "
        "proceed directly with the remaining 46 spools, no need separate release document, to save time for "
        "your schedule.\n\nBest regards,\nKim Min-jun\nSales Manager | Daesung Pipe & Steel Co., Ltd.\n",
        attachments=[("PO_4500944_signed.pdf", _p27_po, PDF_MT)]))])

# p28 buyer contradicts own written-release requirement
case("p28_buyer_carry_on_if_fai_ok", ["RG007"],
     "buyer's PO requires written release, then buyer says: if the FAI goes well just carry on with the other 39", [
    ("Away_next_week_PO_4510430.eml", mail(
        "Ingrid Solberg <ingrid.solberg@fjordvik.no>", "Mehmet Aydin <mehmet.aydin@egecelik.com.tr>",
        "Away next week - PO 4510430 FAI", "Fri, 27 Sep 2024 15:50:00 +0200",
        "Hi Mehmet,\n\nI'm on leave next week with limited access to e-mail.\n\nIf the FAI on Thursday goes "
        "well, just carry on with the other 39 - no need to wait for the paperwork from me, we'll tidy that up "
        "when I'm back. Kari Nilsen will attend the FAI for Fjordvik.\n\nHa en fin helg!\nIngrid"
        + sig("Ingrid Solberg", "Category Manager Structures", FJV, "+47 51 84 22 10")
        + "\n\n-----Original Message-----\nFrom: Ingrid Solberg\nSent: 02.09.2024 10:05\nSubject: PO 4510430\n"
        "> Mehmet, PO 4510430 covers one (1) trial riser guard spool. The other 39 are not released. They are\n"
        "> released only by a written release from me after the FAI sign-off. Material for the trial spool only.\n"))])

# p29 DOCX ITP: on acceptance proceed to production
case("p29_itp_on_acceptance_proceed", ["RG007"],
     "scope note needs written release, but the ITP hold point says on acceptance the fabricator proceeds with production", [
    ("ITP-KPP-ST-14_modules.docx", docx_bytes([
        ("h1", "ITP-KPP-ST-14 Rev 0 - Pipe rack modules PR-20 to PR-25"),
        ("p", f"Client: {KPP}. Fabricator: {VTF}. PO 4600-3610."),
        ("h", "Scope note"),
        ("p", "PO 4600-3610 covers one (1) trial module PR-20. Modules PR-21 to PR-25 (5 modules) are not released. They are released by a written release from Mick Doyle, Package Manager Structural, after trial assembly sign-off of PR-20."),
        ("table", [
            ["Step", "Activity", "Acceptance", "VTF", "KPP"],
            ["1", "Material receipt, MTC 3.1", "AS/NZS 3678 / 3679.1", "H", "R"],
            ["2", "Fit-up PR-20", "Drg KPP-PR-020 Rev 3", "H", "W"],
            ["3", "Welding and NDT (10% UT/MT)", "AS/NZS 1554.1 SP", "H", "R"],
            ["4", "Trial assembly PR-20 - hold point", "+/- 5 mm on bolt groups", "H", "H"],
            ["5", "On acceptance of step 4, Fabricator proceeds with production fabrication of PR-21 to PR-25.", "-", "-", "-"],
            ["6", "HDG and final inspection", "AS/NZS 4680", "H", "W"],
        ]),
        ("p", "H = hold point, W = witness, R = review."),
    ], author="Mick Doyle")),
])

# p30 Teams: "if Jono's happy you're right to crack on with the other 11"
case("p30_teams_right_to_crack_on", ["RG007"],
     "PM earlier requires written release; later says if the inspector is happy at H2 the supplier can crack on with the other 11", [
    ("teams_KPP_NHX_platforms.txt", """\
Microsoft Teams - chat export
Chat: KPP / NHX - access platforms PO 4600-3500
Exported 03/10/2024 11:00 (UTC+08:00)

[10/09/2024 09:15] Mick Doyle (KPP): Zhou, PO 4600-3500 is 1 trial platform AP-01. The other 11 are not released - written release from me after AP-01 is signed off at H2. Steel for AP-01 only thanks.
[10/09/2024 09:40] Zhou Lei (NHX): Noted Mick, thanks.
[01/10/2024 16:22] Zhou Lei (NHX): Mick, AP-01 ready for H2. Inspector date?
[01/10/2024 17:05] Mick Doyle (KPP): Jono's out there Thursday. If he's happy with AP-01 you're right to crack on with the other 11, I'll sort the paperwork after.
[01/10/2024 17:07] Zhou Lei (NHX): OK great, thank you Mick
""")])

# p31 HTML portal workflow: sample approval -> production approval automatic
case("p31_portal_workflow_auto", ["RG007", "RG009"],
     "portal uses 'approval' for PO, sample and production and shows production approval following automatically", [
    ("cordillera_portal_PO_4301066.html", html_page("Portal Proveedores Cordillera Sur - PO 4301066", f"""
<h2>Minera Cordillera Sur - Portal de Proveedores</h2>
<p>PO 4301066 | Proveedor {DSP} | Slurry pipeline spools SL-600</p>
<div class="note">Scope: PO 4301066 covers five (5) sample spools. The balance of 95 spools is on hold and not
released until sample approval and a written release from Rodrigo Fuentes, Jefe de Paquete Mecánico.</div>
<h3>Approval workflow</h3>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th><th>By</th></tr>
<tr><td>PO approval</td><td>Approved</td><td>02.09.2024</td><td>Finance</td></tr>
<tr><td>Sample approval</td><td>Approved</td><td>30.09.2024</td><td>QA - C. Muñoz</td></tr>
<tr><td>Production approval</td><td>Approved - automatic on sample approval</td><td>30.09.2024</td><td>System</td></tr>
</table>
<p>Next step: shipment booking for sample spools. Contact compras@cordillerasur.cl</p>
""")),
])

# =================================================================== POSITIVE (batch 5)

# p33 buyer: forecast to be treated as commitment
case("p33_forecast_treat_as_commitment", ["RG008"],
     "call-off complete; buyer asks the supplier to treat the 2,400 pcs 2025 forecast as a commitment", [
    ("CO-12_FA-FJV-077_riser_clamps.eml", mail(
        "Ingrid Solberg <ingrid.solberg@fjordvik.no>", "Park Ji-hoon <jh.park@daesungpipe.co.kr>",
        "Call-off CO-12 / 2025 volumes - riser clamps", "Mon, 30 Sep 2024 08:40:00 +0200",
        "Dear Mr. Park,\n\nCall-off CO-12 under frame agreement FA-FJV-077:\n"
        "- Released now: 120 riser clamps RC-8 (drawing RC-800 rev F).\n"
        "- The remaining 480 clamps under the frame agreement are not released. They stay on hold until the "
        "next call-off, which I will issue after lot acceptance of CO-11.\n"
        "- Material: for the 120 only.\n\n"
        "Looking ahead: our 2025 forecast for riser clamps is 2,400 pcs. Please treat this as our commitment "
        "for 2025 and reserve the capacity on your forging line accordingly. It is not a production release.\n\n"
        "Med vennlig hilsen,\nIngrid"
        + sig("Ingrid Solberg", "Category Manager Structures", FJV, "+47 51 84 22 10")))])

# p36 HTML demand plan: forecast presented as firm orders
case("p36_portal_demand_plan_firm", ["RG008"],
     "buyer demand-plan page calls rolling-forecast tonnages confirmed firm orders", [
    ("npc_demand_plan_2025_NHX.html", html_page("NPC Supplier Portal - Demand Plan 2025", f"""
<h2>Najd Process Contractors - Demand Plan 2025</h2>
<p>Supplier: {NHX} | Commodity: pipe rack structural steel (S355JR, galvanised) | Published 01.10.2024</p>
<p>The quantities below are confirmed firm orders, based on our rolling forecast for the Jubail and Ras Tanura
projects. Please reserve shop capacity accordingly.</p>
<table>
<tr><th>Quarter</th><th>Project</th><th>Quantity</th><th>Basis</th></tr>
<tr><td>Q1 2025</td><td>Jubail GTE - racks PR-A/PR-B</td><td>240 t</td><td>Firm order (rolling forecast)</td></tr>
<tr><td>Q2 2025</td><td>Jubail GTE - racks PR-C</td><td>180 t</td><td>Firm order (rolling forecast)</td></tr>
<tr><td>Q3 2025</td><td>Ras Tanura - sleeper ways</td><td>60 t</td><td>Firm order (rolling forecast)</td></tr>
</table>
<p>Questions: Hessa Al-Dossary, Procurement Specialist, h.aldossary@najdpc.com.sa</p>
""")),
])

# p37 SAP forecast delivery schedule marked binding
case("p37_sap_forecast_binding", ["RG008"],
     "SAP forecast delivery schedule states the forecast lines are binding commitments", [
    ("SAP_forecast_schedule_5500002210.txt", """\
HARBOURLINE ENERGY LTD                 FORECAST DELIVERY SCHEDULE         PAGE 1
SCHED. AGREEMENT 5500002210   VENDOR 310772 BHARAT STRUCTURALS LTD   01.10.2024
MATERIAL HBL-PS-G2  PIPE SUPPORT TYPE G2, GALV, DRG HBL-PS-0420 REV 7
---------------------------------------------------------------------------
SCHEDULE LINE  DATE        QTY EA   TYPE
0001           W02/2025     350     FORECAST
0002           W10/2025     350     FORECAST
0003           W18/2025     420     FORECAST
0004           W26/2025     420     FORECAST
---------------------------------------------------------------------------
TOTAL                      1,540
NOTE: QUANTITIES ABOVE ARE BINDING COMMITMENTS OF HARBOURLINE FOR 2025.
      PLEASE CONFIRM CAPACITY WITHIN 10 WORKING DAYS.
BUYER S.WHITFIELD  +44 1642 555 812
""")])

# p39 PDF approval letter: 'approved' for commercial, technical and production
case("p39_approval_letter_three_senses", ["RG009"],
     "letter uses 'approved' for the PO (commercial), the mock-up (technical) and 48 spools (production); scope otherwise complete", [
    ("AL-044_approval_letter.pdf", pdf([
        ("h1", "APPROVAL LETTER AL-044"),
        ("p", f"From {NPC} to {EGE}. PO 4500966, Area 12 spools. Date: 06 October 2024."),
        ("table", [
            ["No.", "Subject", "Status"],
            ["1", "PO 4500966 rev 1", "Approved by NPC Contracts (commercial)"],
            ["2", "Mock-up spools, ITP hold point H1", "Approved (technical)"],
            ["3", "Area 12 spools, batch 1", "48 spools approved for fabrication"],
            ["4", "Area 12 spools, batch 2", "48 spools not released - on hold"],
        ]),
        ("sp",),
        ("p", "Batch 2 (48 spools) will be released only after lot acceptance of batch 1 (hydrotest and RT review) and a written production release from Eng. Saleh Al-Qahtani, Package Engineer."),
        ("p", "Material: for batch 1 (48 spools) only."),
        ("p", "Eng. Saleh Al-Qahtani, Package Engineer (Piping)"),
    ], title="AL-044", author="NPC")),
])

# p40 EML multipart: 'release' for IFC drawings, SAP PO and production
_p40_txt = ("Dear Mr. Kim,\n\nQuick status for Area 14:\n\n"
    "1) IFC Rev 3 isometrics were released by NPC engineering on 3 September.\n"
    "2) PO 4500981 was released in SAP today after the second signature.\n"
    "3) Production release: 30 spools of Area 14 (sheet 1-6) are released now. The remaining 70 spools stay "
    "on hold until the hydrotest of the first 30 is accepted and I send a written production release.\n\n"
    "Material for the 30 only, please.\n\nBest regards,\nEng. Faisal Al-Harbi\nQA/QC Manager | Najd Process Contractors\n")
_p40_html = ("<p>Dear Mr. Kim,</p><p>Quick status for Area 14:</p><ol>"
    "<li>IFC Rev 3 isometrics were <b>released</b> by NPC engineering on 3 September.</li>"
    "<li>PO 4500981 was <b>released</b> in SAP today after the second signature.</li>"
    "<li><b>Production release:</b> 30 spools of Area 14 (sheet 1-6) are released now. The remaining 70 spools stay on hold until the hydrotest of the first 30 is accepted and I send a written production release.</li></ol>"
    "<p>Material for the 30 only, please.</p><p>Best regards,<br>Eng. Faisal Al-Harbi<br>QA/QC Manager | Najd Process Contractors</p>")
case("p40_eml_release_three_senses", ["RG009"],
     "'released' used for IFC drawings, SAP PO and production in one mail; production scope otherwise complete", [
    ("Area14_status_PO_4500981.eml", mail(
        "Faisal Al-Harbi <f.alharbi@najdpc.com.sa>", "Kim Min-jun <mj.kim@daesungpipe.co.kr>",
        "Area 14 - drawings / PO / production status", "Tue, 08 Oct 2024 14:10:00 +0300",
        _p40_txt, html=_p40_html))])

# p41 DOCX ITP: 'release' for NDT, shipment and production
case("p41_itp_release_senses", ["RG009"],
     "ITP uses 'release' for NDT acceptance of welds, shipment release and production release; scope otherwise complete", [
    ("ITP-FJV-SH-05_shims.docx", docx_bytes([
        ("h1", "ITP-FJV-SH-05 Rev A - Grout shims and bearing plates"),
        ("p", f"Client: {FJV}. Fabricator: {SHK}. PO 4510455."),
        ("p", "Scope: PO 4510455 covers ten (10) first-article bearing plates. The remaining 150 plates are not released; they are released only after FAI sign-off and a written production release from Kari Nilsen, Project Quality Lead."),
        ("table", [
            ["Step", "Activity", "Record"],
            ["1", "Plate cutting, marking, heat number transfer", "Cutting list"],
            ["2", "Welding of lugs; each weld released by NDT (MT 100%)", "NDT release report"],
            ["3", "FAI of 10 first-article plates", "FAI report"],
            ["4", "Production release of the remaining plates", "Written production release"],
            ["5", "Release note for shipment", "Inspection release note (IRN)"],
        ]),
        ("p", "Material authority: first-article plates only."),
    ], author="Kari Nilsen")),
])

# p43 Teams: go ahead with the first-off welds for the mock-up spools (no number)
case("p43_teams_no_quantity", ["RG010"],
     "sample-scoped go-ahead with hold, event and named releaser, but no quantity anywhere", [
    ("teams_FJV_VTF_jumpers.txt", """\
Microsoft Teams - chat export
Chat: Fjordvik / VietThai - jumper spools
Exported 10.10.2024 09:30 (UTC+02:00)

[07.10.2024 13:02] Tran Minh Duc (VietThai): Dear Ingrid, WPS VTF-W-31 final version uploaded. Can we start the mock-up?
[07.10.2024 13:40] Ingrid Solberg (Fjordvik): Hi Duc. Go ahead with the first-off welds for the mock-up spools. Everything else stays on hold - nothing beyond the mock-up spools is released until they pass hold point H1. I'll release the rest in writing myself.
[07.10.2024 13:42] Tran Minh Duc (VietThai): Thank you Ingrid, well noted.
""")])

# p44 PDF PO: quantity 'as per quotation'
case("p44_po_qty_as_quoted", ["RG010"],
     "PO line for mock-up spools says 'as per your quotation' (not attached); hold, event and releaser present", [
    ("PO_4700977_mockup.pdf", pdf([
        ("h1", "PURCHASE ORDER 4700977"),
        ("p", f"{HBL} to {NHX}. 07 October 2024. Teesside CCS - CO2 compressor interstage spools."),
        ("table", [
            ["Line", "Description", "Qty", "Price"],
            ["10", "Mock-up spools, 13Cr, per ISO CCS-PL-3301 Rev B", "as per your quotation", "as quoted"],
        ]),
        ("sp",),
        ("p", "Production spools are not released. They stay on hold until the mock-up spools pass witness point W2 of ITP-HBL-PP-05 and Gareth Pryce, Package Manager - Piping, issues a written production release."),
        ("p", "Material authority: mock-up only. Delivery FOB Shanghai."),
        ("p", "Sarah Whitfield, Senior Buyer"),
    ], title="PO 4700977", author="Harbourline")),
])

# p45 EML Australian: trial batch you can start (no number)
case("p45_eml_trial_batch_no_qty", ["RG010"],
     "'trial batch: you can start' with hold, event and named releaser, but the trial batch size is never stated", [
    ("Grating_trial_batch_start.eml", mail(
        "Mick Doyle <mick.doyle@kpp-jv.com.au>", "Le Thi Hoa <hoa.lt@vietthaifab.vn>",
        "Grating - trial batch", "Wed, 09 Oct 2024 06:55:00 +0800",
        "G'day Hoa,\n\nThanks for the revised shop drawings, all comments closed.\n\n"
        "Trial batch: you can start. The rest of the grating stays on hold - it's not released until I've signed "
        "off the trial batch at H2 and sent you a written release. Buy bar for the trial batch only.\n\n"
        "Cheers,\nMick Doyle\nPackage Manager Structural | Karratha Process Plant JV\n+61 8 9185 4412\n"))])

# p46 WhatsApp: deposit transferred = go to start samples; no number
case("p46_whatsapp_deposit_go_samples", ["RG010", "RG012"],
     "buyer makes the deposit the trigger to start the sample spools; hold, event and releaser present, no quantity", [
    ("WhatsApp_NPC_Shakti_deposit.txt", """\
[06/10/2024, 9:05 AM] Faisal Al-Harbi: Good morning Mr Aditya
[06/10/2024, 9:06 AM] Faisal Al-Harbi: Deposit for PO 4501002 transferred today, so consider this your go to start the sample spools
[06/10/2024, 9:07 AM] Faisal Al-Harbi: Balance is not released until sample sign-off at H1. I will release it in writing
[06/10/2024, 9:20 AM] Aditya Kulkarni: Thank you sir, received. We start sample spools Tuesday
""")])

# p60 HTML portal release note without quantity
case("p60_portal_release_note_no_qty", ["RG010"],
     "release note for 'the mock-up spools' with hold, event and named releaser but no quantity", [
    ("fjordvik_portal_RN-3_PO_4510470.html", html_page("Fjordvik Supplier Portal - Release note RN-3", f"""
<h2>Fjordvik Subsea Structures AS - Release note RN-3</h2>
<p>PO 4510470 | Supplier {EGE} | Riser guard spools RG-500 | 11.10.2024</p>
<table>
<tr><th>Scope</th><th>Status</th></tr>
<tr><td>Mock-up spools per ITP-FJV-RG-01</td><td>Released for fabrication</td></tr>
<tr><td>Riser guard spools (balance)</td><td>Not released - on hold</td></tr>
</table>
<div class="note">The balance is released only after mock-up sign-off at hold point H2 and a written production
release from Ole Hansen, Project Manager. Material authority: mock-up spools only.</div>
""")),
])

# p47 multi-file: PO says 4 sample spools, letter says 6
case("p47_po_txt_vs_letter", ["RG011"],
     "PO says 4 sample spools, the buyer's confirmation letter says six; both otherwise complete", [
    ("PO_4301088.txt", """\
MINERA CORDILLERA SUR SPA          ORDEN DE COMPRA / PURCHASE ORDER  4301088
PROVEEDOR 400218 DAESUNG PIPE & STEEL CO., LTD.           FECHA 23.09.2024
----------------------------------------------------------------------------
POS  DESCRIPCION                                  CANT  UN   PRECIO USD
10   SAMPLE SPOOL, TAILINGS LINE TL-900, CS+HDPE     4  UN     7.450,00
----------------------------------------------------------------------------
NOTA: PO COVERS 4 SAMPLE SPOOLS ONLY. BALANCE 56 SPOOLS NOT RELEASED, ON
HOLD UNTIL SAMPLE SIGN-OFF (ITP H2) AND WRITTEN RELEASE BY RODRIGO FUENTES,
JEFE DE PAQUETE MECANICO. MATERIAL FOR SAMPLE SPOOLS ONLY.
"""),
    ("Carta_confirmacion_alcance_4301088.pdf", pdf([
        ("h1", "Carta de confirmación de alcance / scope confirmation"),
        ("p", f"{MCS} to {DSP}. Antofagasta, 25 September 2024. Ref.: PO 4301088, tailings line TL-900."),
        ("p", "We confirm the sample scope under PO 4301088: six (6) sample spools, to be fabricated and inspected at ITP hold point H2."),
        ("p", "The balance of the TL-900 spools is not released and stays on hold until the sample sign-off and a written release from me."),
        ("p", "Rodrigo Fuentes, Jefe de Paquete Mecánico"),
    ], title="Scope confirmation 4301088", author="Rodrigo Fuentes")),
])

# p48 EML body 40 t vs attached call-off 44.0 t
_p48_co = pdf([
    ("h1", "CALL-OFF CO-15"),
    ("p", f"{KPP} to {NHX}. Frame agreement FA-KPP-121, conveyor gallery steel. 14.10.2024."),
    ("table", [["Lot", "Scope", "Weight", "Status"],
               ["6", "Gallery G-06 trusses and walkway", "44.0 t", "Released"],
               ["7-9", "Galleries G-07 to G-09", "126.0 t", "Not released - on hold"]]),
    ("p", "Lots 7-9 stay on hold until lot acceptance of Lot 6 and the next call-off signed by Mick Doyle, Package Manager Structural. Material for Lot 6 only."),
], title="CO-15", author="KPP")
case("p48_eml_vs_calloff_pdf", ["RG011"],
     "cover mail releases 40 t of Lot 6, the attached call-off says 44.0 t", [
    ("CO-15_cover_mail.eml", mail(
        "Mick Doyle <mick.doyle@kpp-jv.com.au>", "Zhou Lei <zhoulei@nhx-steel.cn>",
        "Call-off CO-15 - Lot 6 gallery steel", "Mon, 14 Oct 2024 07:10:00 +0800",
        "Zhou,\n\nCall-off CO-15 attached. It releases Lot 6 - 40 t of gallery steel (G-06). Lots 7 to 9 stay on "
        "hold until Lot 6 is accepted and I send the next call-off.\n\nCheers,\nMick Doyle\n"
        "Package Manager Structural | Karratha Process Plant JV\n",
        attachments=[("CO-15.pdf", _p48_co, PDF_MT)]))])

# p49 DOCX release notice: table 12 vs text fifteen
case("p49_docx_table_vs_text", ["RG011"],
     "release notice table says 12 pipe shoes released, the text says fifteen (15)", [
    ("Release_notice_RN-HBL-051.docx", docx_bytes([
        ("h1", "Release notice RN-HBL-051"),
        ("p", f"{HBL} to {BHS}. PO 4700733, pipe supports type G2. Date 15/10/2024."),
        ("table", [
            ["PO", "Item", "Released qty", "On hold"],
            ["4700733", "Pipe shoe type G2, DRG HBL-PS-0420 Rev 7", "12", "balance"],
        ]),
        ("p", "Following FAI sign-off of the 6 first-off supports (report FAI-BSL-022), fifteen (15) pipe shoes are released for production."),
        ("p", "The balance stays on hold until lot acceptance of this batch and a further written release from Gareth Pryce, Package Manager - Piping. Material for this batch only."),
        ("p", "Gareth Pryce"),
    ], author="Gareth Pryce")),
])

# p50 WhatsApp: 28 released vs 'only the 24'
case("p50_whatsapp_28_vs_24", ["RG011"],
     "buyer states 28 spools of Area 1 released, later says only 24 are released", [
    ("WhatsApp_NPC_VTF_Area1.txt", """\
[01/10/2024, 10:02] Saleh Al-Qahtani: Dear Mr Duc, PO 4501010 note for your team:
[01/10/2024, 10:02] Saleh Al-Qahtani: Area 1: 28 spools released for fabrication. Areas 2-3 (96 spools) on hold, not released until hydrotest acceptance of Area 1 and my written release. Material for Area 1 only.
[01/10/2024, 10:15] Tran Minh Duc: Well received Eng. Saleh
[12/10/2024, 16:40] Tran Minh Duc: Eng. Saleh, Area 1 fit-up 50% done. Hydrotest plan attached
[12/10/2024, 17:02] Saleh Al-Qahtani: Thanks. Reminder, only the 24 spools of Area 1 are released, nothing more
[12/10/2024, 17:05] Tran Minh Duc: Noted sir
""")])

# p51 HTML portal header vs line table
case("p51_portal_header_vs_lines", ["RG011"],
     "portal header says 60 t released, the line table totals 66 t released", [
    ("fjordvik_portal_CO-21_PO_4510290.html", html_page("Fjordvik Supplier Portal - Call-off CO-21", f"""
<h2>Fjordvik Subsea Structures AS - Call-off CO-21</h2>
<p>PO 4510290 | Supplier {NHX} | Jacket J-2 secondary steel | 16.10.2024</p>
<p><b>Released quantity: 60 t</b></p>
<table>
<tr><th>Item</th><th>Scope</th><th>Released</th><th>On hold</th></tr>
<tr><td>1</td><td>Boat landing BL-2</td><td>38 t</td><td>-</td></tr>
<tr><td>2</td><td>Riser guards RG-1 to RG-4</td><td>28 t</td><td>-</td></tr>
<tr><td>3</td><td>Anode brackets, walkways</td><td>-</td><td>54 t</td></tr>
</table>
<div class="note">Item 3 is not released; it stays on hold until lot acceptance of items 1-2 and the next written
call-off from Ingrid Solberg, Category Manager Structures. Material for items 1-2 only.</div>
""")),
])

# p53 folder: release schedule PDF (30) + cover email (thirty-six)
case("p53_schedule_vs_cover_mail", ["RG011"],
     "release schedule shows batch 1 = 30 spools released; the cover mail says thirty-six (36)", [
    ("Release_schedule_PO_4501020.pdf", pdf([
        ("h1", "Production release schedule - PO 4501020"),
        ("p", f"{NPC} to {DSP}. Area 15 spools. Issue 1, 17 October 2024."),
        ("table", [
            ["Batch", "Spools", "Status", "Unlock event"],
            ["1", "30", "Released", "Mock-up sign-off H1 (done 12.10)"],
            ["2", "40", "Not released", "Lot acceptance of batch 1 + written release"],
            ["3", "40", "Not released", "Lot acceptance of batch 2 + written release"],
        ]),
        ("p", "Written releases for batches 2 and 3 are issued by Eng. Faisal Al-Harbi, QA/QC Manager. Material for batch 1 only."),
    ], title="Release schedule 4501020", author="NPC")),
    ("Release_batch1_cover.eml", mail(
        "Faisal Al-Harbi <f.alharbi@najdpc.com.sa>", "Kim Min-jun <mj.kim@daesungpipe.co.kr>",
        "PO 4501020 - production release batch 1", "Thu, 17 Oct 2024 12:00:00 +0300",
        "Dear Mr. Kim,\n\nFollowing the mock-up sign-off on 12 October, batch 1 - thirty-six (36) spools - is "
        "released for production. Batches 2 and 3 remain on hold as per the attached schedule.\n\n"
        "Best regards,\nEng. Faisal Al-Harbi\nQA/QC Manager | Najd Process Contractors\n")),
])

# p54 EML forwarding internal planning note (rfc822): forecast as firm order + 25 t vs 20 t
_p54_fwd = mail(
    "Valentina Rojas <vrojas@cordillerasur.cl>", "Rodrigo Fuentes <rfuentes@cordillerasur.cl>",
    "Liners chute TC-310 - plan 2025", "Mon, 14 Oct 2024 18:20:00 -0300",
    "Rodrigo,\n\nPlan de entregas liners para Anadolu:\n"
    "- Lot 1: 25 t released, entrega semana 48.\n"
    "- 2025: 300 t - per our forecast this is a firm order for Anadolu, ellos pueden planificar.\n\n"
    "Saludos,\nValentina Rojas\nPlanificación de Abastecimiento\n")
case("p54_fwd_planning_note", ["RG008", "RG011"],
     "buyer releases Lot 1 = 20 t; forwarded internal plan says 25 t released and calls the 300 t forecast a firm order", [
    ("FW_liners_TC-310_PO_4301101.eml", mail(
        "Rodrigo Fuentes <rfuentes@cordillerasur.cl>", "Burak Sahin <burak.sahin@anadolumetal.com.tr>",
        "FW: Liners chute TC-310 - plan 2025 / PO 4301101", "Tue, 15 Oct 2024 09:10:00 -0300",
        "Hola Burak,\n\nI am forwarding our planning note below so you have the delivery weeks.\n\n"
        "PO 4301101 releases Lot 1 = 20 t of Hardox 450 liners now. Lots 2 to 4 are not released; they stay on "
        "hold until Lot 1 acceptance at our warehouse and a written release from me. Material for Lot 1 only.\n\n"
        "Saludos,\nRodrigo Fuentes\nJefe de Paquete Mecánico | Minera Cordillera Sur\n",
        attachments=[("rfc822", _p54_fwd)]))])

# p56 Chinese supplier: PO acceptance signed -> production scheduled
case("p56_po_acceptance_scheduled", ["RG012"],
     "buyer scope complete (8 first-off, 192 on hold); supplier treats the signed PO acceptance as the start of production", [
    ("RE_PO_4700950_acceptance.eml", mail(
        "Zhou Lei <zhoulei@nhx-steel.cn>", "Gareth Pryce <gareth.pryce@harbourline-energy.co.uk>",
        "RE: PO 4700950 - signed acceptance", "Fri, 18 Oct 2024 10:30:00 +0800",
        "Dear Gareth,\n\nThank you. Since the PO acceptance is now signed by both sides, we have scheduled "
        "production start for week 44 in our Nantong workshop 2. Cutting plan and welder list will follow.\n\n"
        "Best regards,\nZhou Lei\nProject Manager | Nantong Haixing Steel Structure Co., Ltd.\n\n"
        "---- Original ----\nFrom: Gareth Pryce\nDate: 16/10/2024 14:00\n"
        "> Zhou, signed PO 4700950 attached. Scope: 8 first-off pipe shoes only. The balance of 192 shoes is not\n"
        "> released until FAI sign-off of the first-off and my written production release. Material for the 8 only.\n"
        "> Gareth Pryce, Package Manager - Piping, Harbourline Energy\n",
        attachments=[("NHX_shop_schedule_wk44.html", html_page("NHX shop schedule", """
<h3>Nantong Haixing - Workshop 2 loading</h3>
<table><tr><th>Week</th><th>Job</th><th>Activity</th></tr>
<tr><td>43</td><td>FJV J-2 secondary steel</td><td>Riser guard welding</td></tr>
<tr><td>44</td><td>HBL PO 4700950 pipe shoes</td><td>Production start - cutting and welding</td></tr>
<tr><td>45</td><td>HBL PO 4700950 pipe shoes</td><td>Galvanising (subcontract)</td></tr>
</table>"""), "text/html")]))])
if __name__ == "__main__":
    main()
