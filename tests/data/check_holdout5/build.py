#!/usr/bin/env python3
"""Generator for the releasegate check_holdout5 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout5/build.py

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
    m["Message-ID"] = msgid or f"<h5-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h5")
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
# Descriptive names (c.. clean, p.. positive) live only here; folders get neutral names.


def txt(s):
    return s.lstrip("\n")


def d(day, month, hh=9, mm=0, tz="+0200", year=2024):
    dt = _dt.datetime(year, month, day, hh, mm)
    return dt.strftime("%a, %d %b %Y %H:%M:00 ") + tz


# ---- c01: supplier quote with sample and production tiers (Taiwan, bicycle parts)
case("c01_quote_tiers", [], "supplier quote with sample and production price tiers; nothing authorized",
     [("FPC-Q-240388.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Formosa Precision Cycle Co., Ltd. | No. 88, Gongye 5th Rd., Xitun Dist., Taichung 407, Taiwan | "
               "Tel +886 4 2359 0188 | sales@formosa-cycle.com.tw"),
         ("p", "Quotation No.: FPC-Q-240388    Date: 2024/05/06    Valid until: 2024/07/05"),
         ("p", "To: Loopwheel Labs AB, Attn. Jonas Berg (Founder). Ref.: your RFQ of 29 April 2024 - rear dropout, "
               "forged + CNC, 6061-T6, drawing LW-RD-22 rev B."),
         ("table", [["Item", "Description", "Qty", "Unit price (USD)", "Amount (USD)"],
                    ["1", "Rear dropout RD-22 rev B, sample lot (T1 forging + CNC, anodised black)", "20 sets", "38.50", "770.00"],
                    ["2", "Forging die RD-22 (one-time charge)", "1 set", "2,400.00", "2,400.00"],
                    ["3", "Production price, tier A", "500 sets", "12.80", "-"],
                    ["4", "Production price, tier B", "1,000 sets", "11.90", "-"],
                    ["5", "Production price, tier C", "2,000 sets", "11.20", "-"]]),
         ("sp",),
         ("p", "Remarks"),
         ("p", "1. Tiers 3-5 are unit prices for your planning; they are quoted, not ordered. Sample lot total USD 3,170.00 "
               "incl. die."),
         ("p", "2. Sample lead time 25 working days from drawing freeze. Production lead time 35 working days."),
         ("p", "3. Anodising per MIL-A-8625 Type II, black, 48 h neutral salt spray per ISO 9227. Thread M10x1 per ISO 965."),
         ("p", "4. Payment: T/T 30% with order, 70% before shipment. Incoterms 2020 FOB Taichung. Carton 20 sets, "
               "export pallet 1,200 x 800 mm."),
         ("p", "5. Price based on 6061 billet at USD 4.10/kg (LME + premium, May 2024); +/- 5% adjustment clause."),
         ("sp",),
         ("p", "Thank you for your inquiry. We are looking forward to working with you!"),
         ("p", "Jerry Lin | Sales Manager | Formosa Precision Cycle Co., Ltd."),
     ], title="Quotation FPC-Q-240388", author="Jerry Lin"))])


# ---- c02: supplier asks whether it has the green light (China, optics)
m = mail("Lily Zhang <lily.zhang@haoyu-optics.cn>", "Erik Lindqvist <erik.lindqvist@optronik.se>",
         "RE: PO 4501-7781 sample lens shipped / question", d(14, 5, 16, 40, "+0800"),
         txt("""
Dear Mr. Lindqvist,

Good day!

This is to inform you the 40 pcs sample lens (aspheric condenser AC-2540, your PO 4501-7781) are shipped
today by DHL, AWB 4471 2290 13. Inspection report and MTF curves are inside the box, we will also send
the PDF by mail tomorrow morning.

May I ask, do we have the green light for the remaining 960 pcs now, or we should wait for your lab
report first? We will not start anything for the 960 pcs and not order glass before we receive your
written release, we only want to plan our coating chamber for June because it is very busy season.

Thank you and best regards,
Lily Zhang
Sales Dept. | Ningbo Haoyu Precision Optics Co., Ltd.
No. 17 Xingye Road, Beilun, Ningbo 315800, China
Tel: +86 574 8688 1020  Wechat: lilyzhang_optics
"""))
case("c02_lens_question", [], "supplier question whether the 960 may start; supplier says it waits for written release",
     [("RE_PO_4501-7781_sample_lens.eml", eml_bytes(m))])


# ---- c03: clearly labelled forecast (Australian procurement, rail)
rows = "".join(f"<tr><td>{mth}</td><td>{q}</td></tr>" for mth, q in
               [("Jul 2024", "120"), ("Aug 2024", "140"), ("Sep 2024", "140"), ("Oct 2024", "160"),
                ("Nov 2024", "160"), ("Dec 2024", "80"), ("Jan 2025", "150"), ("Feb 2025", "160"),
                ("Mar 2025", "170"), ("Apr 2025", "170"), ("May 2025", "170"), ("Jun 2025", "180")])
case("c03_forecast_fy25", [], "rolling forecast clearly labelled as not an order, no production or material authority",
     [("forecast_FY25_SCRS-PCH-118.html", html_page("Rolling forecast FY25 - pantograph carbon holder", f"""
<h2>Southern Cross Rail Services Pty Ltd &mdash; Supplier Portal</h2>
<p>Supplier: <b>Ballarat Precision Machining Pty Ltd</b> &nbsp;|&nbsp; Part: SCRS-PCH-118 rev 4, pantograph carbon strip holder
(AS 7501 compliant) &nbsp;|&nbsp; Published: 03/06/2024 by Kylie Tran, Category Lead Rolling Stock</p>
<div class="note"><b>FORECAST ONLY &mdash; NOT A PURCHASE ORDER.</b> The figures below are indicative planning figures for
FY25 and may change at any time. They authorise no production and no material purchase. Production is authorised only by
a numbered call-off signed by the Category Lead.</div>
<table>
<tr><th>Month</th><th>Forecast qty (pcs)</th></tr>
{rows}
<tr><td><b>FY25 total</b></td><td><b>1,800</b></td></tr>
</table>
<p>Please flag capacity constraints above 200 pcs/month by 30 June. Questions to procurement.rollingstock@scrs.com.au.</p>
<p style="font-size:11px;color:#666">Southern Cross Rail Services Pty Ltd ABN 51 824 753 556. This portal page is
generated automatically. Printed copies are uncontrolled.</p>
"""))])


# ---- c04: approval scoped to dimensional check only (Dutch buyer, oil & gas valves)
t = txt("""
Dear Michael,

Thank you for the FAI package FAI-0193 for the 3 (three) DN80 Class 600 trunnion ball valves, tag series
50-XV-2001/2002/2003.

Our disposition: the first articles are approved for dimensional check only. The shell and seat
hydrotest witness (API 6D, section 10) is still open, as is the PMI report for the F316 body.

To avoid any misunderstanding on your shop floor: the production balance of 45 valves is not released.
Please do not start machining, do not order forgings for it and do not assemble. The balance will be
released in writing by Pieter Jansen, Category Manager Valves, once the hydrotest witness on these same
3 pcs is signed off by our inspector.

Proposed witness date: Tuesday 4 June, 09:00 at your Suzhou plant. Please confirm by return.

Met vriendelijke groet / kind regards,
Anouk de Boer
Buyer Valves & Actuation
Van der Meer Valves B.V. | Havenweg 12, 3199 LB Maasvlakte Rotterdam | +31 10 799 4410

This e-mail is subject to our General Purchasing Conditions (VMV-GPC 2022), filed at the Rotterdam
Chamber of Commerce. No rights can be derived from this e-mail other than those stated explicitly.
""")
h = ("<p>Dear Michael,</p><p>Thank you for the FAI package FAI-0193 for the 3 (three) DN80 Class 600 trunnion ball valves.</p>"
     "<p><b>Disposition: approved for dimensional check only.</b> Hydrotest witness (API 6D, section 10) and PMI still open.</p>"
     "<p>The production balance of 45 valves is <b>not released</b>. Do not start machining, order forgings or assemble. "
     "Pieter Jansen, Category Manager Valves, will release the balance in writing once the hydrotest witness on these 3 pcs "
     "is signed off.</p><p>Proposed witness date: Tuesday 4 June, 09:00, Suzhou.</p><p>Kind regards,<br>Anouk de Boer</p>")
m = mail("Anouk de Boer <a.deboer@vandermeervalves.nl>", "Michael Chen <michael.chen@jiexinvalve.com>",
         "FAI-0193 DN80 CL600 - disposition", d(21, 5, 11, 5), t, html=h,
         cc="Pieter Jansen <p.jansen@vandermeervalves.nl>")
case("c04_fai_disposition", [], "approval scoped to dimensional check only; balance 45 not released, event + named authority",
     [("FAI-0193_disposition.eml", eml_bytes(m))])


# ---- c05: full-quantity PO that says proceed (South Africa, agricultural spares)
case("c05_po_full_qty", [], "full-quantity PO with 'proceed with the 250 pcs'; no sample stage, no balance",
     [("KAI-PO-0078812.pdf", pdf([
         ("h1", "PURCHASE ORDER 0078812"),
         ("p", "Karoo Agri Implements (Pty) Ltd, 14 Voortrekker Road, Graaff-Reinet 6280, South Africa. VAT 4120198876."),
         ("p", "Supplier: Vaal Engineering Works CC, Vanderbijlpark. Supplier no. 20331. Date: 08 May 2024. "
               "Buyer: Sipho Dlamini, Procurement Officer."),
         ("table", [["Line", "Part", "Description", "Qty", "Unit (ZAR)", "Total (ZAR)"],
                    ["1", "KA-1190-D", "Bearing housing BH-40, disc harrow gang, GGG-50 (EN-GJS-500-7), machined per "
                                      "drawing KA-1190 rev D", "250", "412.00", "103,000.00"]]),
         ("sp",),
         ("p", "Scope: this order is for the complete quantity of 250 pcs. There is no sample stage and no further "
               "quantity under this order. Please proceed with the 250 pcs in one lot."),
         ("p", "Delivery: DDP Graaff-Reinet, week 27. Pack 10 per crate, VCI bag, crate marked with PO number and part number."),
         ("p", "Quality: material certificate EN 10204 3.1 per heat; bore H7 checked 100%, report with delivery."),
         ("p", "Payment: 60 days from statement. Please acknowledge within 3 working days to procurement@karooagri.co.za."),
         ("p", "Our standard terms of purchase (KAI-TP rev 7) apply. Supplier terms are excluded."),
     ], title="PO 0078812", author="Sipho Dlamini"))])


# ---- c06: explicit recorded auto-conversion (Swedish buyer, cosmetics packaging)
case("c06_release_record", [], "explicit auto-conversion with quantity, signer, conditions and log reference",
     [("RL-2024-017_compact_CC-12.docx", docx_bytes([
         ("h1", "Release record RL-2024-017"),
         ("p", "Buyer: Nordisk Skönhet AB, Stockholm. Supplier: Shantou Meiya Packaging Co., Ltd. Order: compact case "
               "CC-12 rev B (PMMA lid, ABS base, magnet closure), quote SMP-Q-0419."),
         ("table", [["Item", "Quantity", "Status"],
                    ["Sample lot (T2 tool, colour 'Nude 03')", "20 pcs", "Released for production"],
                    ["Production quantity", "480 pcs", "Not released (see auto-conversion below)"]]),
         ("h", "Auto-conversion (recorded)"),
         ("p", "If the sample sign-off for CC-12 rev B is recorded with the disposition Approved by Elsa Nyberg, "
               "Quality Manager, on or before 30 June 2024, the production quantity of 480 pcs is released automatically "
               "on the date of that sign-off. No other quantity converts. An interim or rejected disposition converts "
               "nothing, and after 30 June 2024 this auto-conversion lapses."),
         ("p", "Until then the 480 pcs are not released. Material authority: sample-only (20 pcs)."),
         ("p", "Release authority: Johan Berg, Purchasing Director, who agreed this auto-conversion on 10 May 2024. "
               "Any quantity beyond 500 pcs needs a revised PO and a separate written release from Johan Berg."),
         ("sp",),
         ("p", "Signed: Johan Berg (Purchasing Director)  /  Elsa Nyberg (Quality Manager)  -  10 May 2024"),
     ], author="Johan Berg"))])


# ---- c07: proforma that says the deposit does not release production (China, cosmetics packaging)
case("c07_proforma", [], "supplier proforma: deposit does not release production; supplier doc only",
     [("PI-2405-117.pdf", pdf([
         ("h1", "PROFORMA INVOICE"),
         ("p", "Shantou Meiya Packaging Co., Ltd. | Longhu Industrial Zone, Shantou, Guangdong, China"),
         ("p", "PI No.: PI-2405-117   Date: 2024-05-09   Buyer: Belleza Envases S.A., Alcalá de Henares, Spain "
               "(attn. Marta Ruiz)"),
         ("table", [["No.", "Item", "Qty", "Unit USD", "Amount USD"],
                    ["1", "Airless pump bottle AB-30, 30 ml, PP/AS, colour PMS 7527C - samples", "50 pcs", "1.90", "95.00"],
                    ["2", "Silk-screen plate, 1 colour", "1 set", "60.00", "60.00"],
                    ["", "Total", "", "", "155.00"]]),
         ("sp",),
         ("p", "Deposit 30%: USD 46.50 by T/T to Bank of China Shantou Branch, SWIFT BKCHCNBJ620."),
         ("p", "IMPORTANT: this deposit is for the sample order above. Payment of the deposit does not release production. "
               "Mass production of the 5,000 pcs mentioned in our quotation SMP-Q-0388 starts only after your written "
               "production release."),
         ("p", "Sample lead time: 12 days. Shipment by express (DHL/FedEx), freight collect."),
         ("p", "Cindy Wu, Sales Manager Europe"),
     ], title="PI-2405-117", author="Cindy Wu"))])


# ---- c08: call-off with explicit staged material authority (Dutch, agricultural spares)
case("c08_calloff_17", [], "call-off releases 100; explicit staged material authority up to 1.000; next call-off by named person",
     [("CALLOFF_0017_AGT-55120.txt", txt("""
AGROTECH PARTS B.V.                                   CALL-OFF / AFROEP            PAGE 1/1
Industrieweg 41, 8256 PB Biddinghuizen NL              NO.: 0017  DATE: 13-05-2024
------------------------------------------------------------------------------------------
SUPPLIER : 70214  STAALBOUW HARDENBERG B.V.           FRAME AGR.: RC-2023-118
PART     : AGT-55120  TINE HOLDER, ROTARY HARROW      DRW: AGT-55120-C  MAT: S355J2 / 42CrMo4
------------------------------------------------------------------------------------------
LN  DESCRIPTION                              QTY      UOM   DELIVERY     STATUS
10  TINE HOLDER AGT-55120 REV C             100      PC    WK 24        RELEASED
------------------------------------------------------------------------------------------
FRAME AGREEMENT TOTAL (INFORMATION)        1.000      PC
RELEASED TO DATE (INCL. THIS CALL-OFF)       100      PC
BALANCE NOT RELEASED                         900      PC
------------------------------------------------------------------------------------------
NOTE 1: PRODUCTION RELEASE THIS CALL-OFF = 100 PC. THE BALANCE OF 900 PC IS NOT RELEASED AND
        WILL ONLY BE RELEASED BY THE NEXT CALL-OFF, SIGNED BY M. VAN DIJK (SUPPLY CHAIN MGR).
NOTE 2: MATERIAL AUTHORITY: STAGED UP TO 1.000 PC EQUIVALENT OF S355J2 PLATE 12 MM AND
        42CRMO4 BAR D40. AGROTECH IS LIABLE FOR STAGED MATERIAL UP TO THIS QUANTITY ONLY.
        NO CUTTING, WELDING OR MACHINING BEYOND THE 100 PC RELEASED.
NOTE 3: PACKING 20 PC/EURO PALLET, LABEL WITH CALL-OFF NO. AND HEAT NO.
------------------------------------------------------------------------------------------
ISSUED BY: R. KOOPMAN (BUYER)         AUTHORISED: M. VAN DIJK          ERP: AFAS-PO v6.2
"""))])


# ---- c09: supplier acknowledgement restating the hold (Taiwan, bicycle parts)
m = mail("Jerry Lin <jerry.lin@formosa-cycle.com.tw>", "Karin Ek <karin.ek@nordcykel.se>",
         "Order acknowledgement - PO NC-24-0561 seat clamp SC-31", d(15, 5, 10, 20, "+0800"),
         txt("""
Dear Karin,

Thank you for PO NC-24-0561. We acknowledge the PO scope as written:

  - 24 pcs seat clamp SC-31 rev A (sample lot) - released, we start this week.
  - Bal. 1,176 pcs - not released. On hold until your FAI sign-off and your written release
    (release authority: Karin Ek).

We will buy material (6061-T6 extrusion) for the 24 pcs only, no material for the balance.
Samples ETD Taichung 31 May by air, with FAI report per your template NC-QF-12 and the torque test
at 6 Nm (ISO 4210-5).

Best regards,
Jerry Lin
Sales Manager | Formosa Precision Cycle Co., Ltd. | +886 4 2359 0188
"""))
case("c09_order_ack", [], "supplier acknowledgement restates sample scope, hold and named release authority",
     [("ACK_NC-24-0561.eml", eml_bytes(m))])


# ---- c10: identifiers that look like quantities (Dutch buyer, oil & gas)
case("c10_po_identifiers", [], "complete sample PO; many identifiers look like quantities (API, ISO, DN, PN, drawing revs)",
     [("PO_4500032210.pdf", pdf([
         ("h1", "Purchase Order 4500032210"),
         ("p", "Van der Meer Valves B.V., Havenweg 12, 3199 LB Maasvlakte Rotterdam. Supplier: Suzhou Jiexin Valve Co., "
               "Ltd. (vendor 100450). Date 16-05-2024. Buyer: Anouk de Boer."),
         ("table", [["Line", "Material no.", "Description", "Qty", "Scope"],
                    ["10", "1500-600-02", "Ball valve 2\" (DN 50) Class 600 RF, API 6D / ISO 14313, body A105N, "
                                          "NACE MR0175/ISO 15156, actuator mounting ISO 5211 F10, drawing 2000-450 Rev 12",
                     "2", "Sample (qualification) - released"],
                    ["20", "1500-600-02", "Same, production", "48", "Production - NOT RELEASED"]]),
         ("sp",),
         ("p", "Scope note: Line 10 releases 2 (two) valves for qualification. Line 20 (48 valves) is commercial cover only "
               "and is not released: do not start it and do not buy material for it. Line 20 will be released only by a "
               "written release from Pieter Jansen, Category Manager Valves, after the FAT witness on the 2 qualification "
               "valves is signed off. Material authority: sample-only."),
         ("p", "Tagging: 50-XV-1001 and 50-XV-1002. Fire test per API 607 7th ed. certificate to be supplied. Pressure test "
               "per API 598 / EN 12266-1, shell 150 bar. PED 2014/68/EU module H, CE marking."),
         ("p", "Delivery line 10: FCA Shanghai, week 26. Documents per VDRL rev 3 (26 items)."),
         ("p", "General Purchasing Conditions VMV-GPC 2022 apply."),
     ], title="PO 4500032210", author="Anouk de Boer"))])


# ---- c11: complete sample PO e-mail with PDF (Dutch buyer, rail)
po = pdf([
    ("h1", "Inkooporder / Purchase Order SO-24-3318"),
    ("p", "Spoorwerk Onderdelen B.V., Amersfoort. Supplier: Gummiwerk Harz GmbH, Wernigerode. Date 17-05-2024."),
    ("table", [["Pos", "Article", "Description", "Qty", "Scope"],
               ["1", "SWO-4410", "Buffer pad, EPDM 70 Shore A, drawing SWO-4410 rev 5, EN 45545-2 HL3", "12", "Sample - released"],
               ["2", "SWO-4410", "Buffer pad, series", "588", "Series - not released"]]),
    ("sp",),
    ("p", "Only position 1 (12 pcs) is released. Position 2 (588 pcs) is not released and must not be started or "
          "material-purchased. It will be released in writing by Femke Hoekstra, Manager Procurement, after sample "
          "sign-off (compression set test per ISO 815-1 and fire test report)."),
])
t = txt("""
Hallo Herr Neumann,

Hereby our purchase order SO-24-3318 for the EPDM buffer pads, see PDF attached.

Short version so nobody on your side has to read the whole PDF:
- now: 12 (twelve) sample pads, released;
- later: 588 series pads, NOT released yet;
- what unlocks the 588: our sample sign-off (compression set ISO 815-1 + EN 45545-2 fire report);
- who releases: Femke Hoekstra, Manager Procurement, in writing.

Could you please send the order confirmation within the week? Delivery of the samples to Amersfoort
CW 25, DAP.

Met vriendelijke groet,
Ruben Visser
Inkoper | Spoorwerk Onderdelen B.V. | Amersfoort | +31 33 204 1170
""")
h = ("<p>Hallo Herr Neumann,</p><p>Hereby our purchase order SO-24-3318 (PDF attached).</p><ul>"
     "<li>now: 12 (twelve) sample pads, released;</li><li>later: 588 series pads, NOT released yet;</li>"
     "<li>unlock: our sample sign-off (ISO 815-1 + EN 45545-2 report);</li>"
     "<li>who releases: Femke Hoekstra, Manager Procurement, in writing.</li></ul>"
     "<p>Delivery of the samples CW 25, DAP Amersfoort.</p><p>Met vriendelijke groet,<br>Ruben Visser</p>")
m = mail("Ruben Visser <r.visser@spoorwerk.nl>", "Jens Neumann <j.neumann@gummiwerk-harz.de>",
         "Bestelling SO-24-3318 buffer pads", d(17, 5, 14, 2), t, html=h,
         attachments=[("SO-24-3318.pdf", po, PDF_MT)])
case("c11_sample_po_mail", [], "sample PO mail + PDF: 12 released, 588 not released, sign-off event, named releaser",
     [("Bestelling_SO-24-3318.eml", eml_bytes(m))])


# ---- c12: formal release letter releasing the whole balance (French buyer, rail)
case("c12_release_letter", [], "formal production release of the full remaining 480; nothing left on hold",
     [("SFE_PR-2024-031.pdf", pdf([
         ("p", "Société Ferroviaire de l'Est - Direction des Achats - 7 rue de la Gare, 57000 Metz, France"),
         ("p", "To: Usinage Lorrain SAS, attn. M. Olivier Petit, Directeur commercial"),
         ("p", "Metz, 12 June 2024"),
         ("h", "Production release no. PR-2024-031 - purchase order 4800-2217 - seat frame bracket SFE-SB-0912 ind. D"),
         ("p", "Dear Mr. Petit,"),
         ("p", "Following the sample sign-off of the 20 first-article brackets (disposition: accepted, report QR-5512 dated "
               "11 June 2024), we hereby release for production the balance of 480 (four hundred and eighty) brackets "
               "under purchase order 4800-2217."),
         ("p", "With this release the full order quantity of 500 brackets (20 samples + 480) is released. No quantity "
               "remains on hold under this order. Deliveries as per schedule: 160 pcs each in weeks 28, 30 and 32."),
         ("p", "Please acknowledge this release in writing."),
         ("p", "Yours faithfully,"),
         ("p", "Claire Martin - Head of Purchasing - release authority for purchase order 4800-2217"),
     ], title="PR-2024-031", author="Claire Martin"))])


# ---- c13: interim disposition with limits (South African procurement, rail)
case("c13_interim_disposition", [], "interim sign-off: 200 released to a date, balance on hold until full sign-off, named authority",
     [("HRS_interim_disposition_BB-220.docx", docx_bytes([
         ("h1", "Interim sample disposition and release - BB-220"),
         ("p", "Highveld Rolling Stock (Pty) Ltd, Germiston. Supplier: Durban Friction Products (Pty) Ltd. "
               "PO HRS-45-77120. Part: composite brake block BB-220 rev C (UIC 541-4 type K)."),
         ("table", [["Item", "Detail"],
                    ["Sample sign-off", "Interim - dyno test passed, field trial report outstanding"],
                    ["Interim limit", "200 blocks or 30 June 2024, whichever comes first"],
                    ["Released now", "200 blocks (production under interim)"],
                    ["Balance", "1,800 blocks - not released, on hold"],
                    ["Unlock event", "Full sample sign-off after the field trial report (unit 14E-221, 10,000 km)"],
                    ["Release authority", "Thandiwe Mokoena, Senior Manager Procurement"],
                    ["Material authority", "Sample-only plus the 200 released blocks"]]),
         ("sp",),
         ("p", "Notes: Blocks made under the interim are to be marked 'INT' on the back plate and shipped in a separate "
               "crate. The balance is released only by a written release from Thandiwe Mokoena after full sign-off."),
         ("p", "Issued by: Lwazi Khumalo, Quality Engineer, 20 May 2024."),
     ], author="Lwazi Khumalo"))])


# ---- c14: stop notice with DOCX attachment (Spanish buyer, cosmetics packaging)
stop_docx = docx_bytes([
    ("h1", "STOP NOTICE SN-2024-004"),
    ("p", "Belleza Envases S.A., Polígono Industrial Garena, Alcalá de Henares (Madrid). "
          "To: Shantou Meiya Packaging Co., Ltd. Order: PO 24-0377, lipstick tube LT-12 rev C."),
    ("table", [["Item", "Status"],
               ["Sample lot", "300 pcs - released, made and shipped (AWB 7781 5520 31)"],
               ["Production balance", "9,700 pcs - not released"],
               ["Stop", "In force from 22 May 2024: nothing more may start, including tooling changes and material purchase"],
               ["Lifting the stop", "Only by written notice from Marta Ruiz, Head of Purchasing, after the 8D report "
                                    "on the colour deviation (Delta E > 1.5 vs master) is closed"],
               ["Balance release", "After the stop is lifted: written release from Marta Ruiz after a new sample sign-off"]]),
    ("p", "Signed: Marta Ruiz, Head of Purchasing."),
], author="Marta Ruiz")
m = mail("Marta Ruiz <mruiz@bellezaenvases.es>", "Cindy Wu <cindy.wu@meiya-pack.com>",
         "STOP - PO 24-0377 lipstick tube LT-12 - colour deviation", d(22, 5, 8, 47),
         txt("""
Dear Cindy,

I am sorry to tell you that our lab measured a colour deviation on the 300 samples of the LT-12 tube
(Delta E 1.9 against the master plaque, limit is 1.5), mostly on the cap, not on the base.

Please find attached our stop notice SN-2024-004. In short: from today nothing more may start on this
order. The 9,700 pcs production balance stays not released, and please don't buy masterbatch or
change the tool until we have closed the 8D together. I will lift the stop myself in writing when the
8D is closed, and after that the balance still needs a new sample sign-off and my written release.

Can we have a call on Friday 10:00 CET (16:00 your time) with your QC manager? I will send an invite.

Un saludo,
Marta Ruiz
Head of Purchasing | Belleza Envases S.A. | +34 918 830 442

Este mensaje y sus archivos adjuntos son confidenciales. Si usted no es el destinatario, por favor
notifíquelo al remitente y elimínelo.
"""), attachments=[("SN-2024-004.docx", stop_docx, DOCX_MT)])
case("c14_stop_notice", [], "stop notice: sample 300 done, balance 9,700 not released, stop lifted and balance released by Marta Ruiz",
     [("STOP_PO_24-0377.eml", eml_bytes(m))])


# ---- c15: meeting minutes keeping the terms apart (Swedish buyer, Taiwanese optics supplier)
case("c15_minutes_kickoff", [], "minutes: sample sign-off / PO issued / production release kept apart; all four scope items",
     [("MoM_2024-05-23_Optronik_Lianhe.pdf", pdf([
         ("h1", "Minutes of meeting"),
         ("p", "Project: IR window IRW-08 (germanium, AR/DLC coated). Date: 23 May 2024, Teams, 09:00-10:10 CEST. "
               "Participants: Erik Lindqvist (Optronik, Purchasing), Sara Holm (Optronik, Optical Engineering), "
               "Amy Hsu and David Tsai (Taichung Lianhe Optical)."),
         ("table", [["#", "Topic", "Notes / decision", "Owner"],
                    ["1", "PO status", "PO 4501-8010 issued on 21 May: line 1 sample lot 10 pcs, line 2 production 390 pcs "
                                       "(commercial cover only).", "EL"],
                    ["2", "What may start", "Only the 10-pc sample lot is released for production. The 390 pcs are not "
                                            "released. Lianhe asked whether they may go ahead with the germanium blanks "
                                            "for the 390; answer: no, material for the sample lot only.", "EL"],
                    ["3", "Sample sign-off", "Optronik optical engineering checks transmission 8-12 um (>= 92%) and "
                                             "DLC abrasion per MIL-C-48497 on all 10 pcs. Target date 28 June.", "SH"],
                    ["4", "Production release", "After sample sign-off, Erik Lindqvist issues the production release for "
                                                "the 390 pcs in writing. Nothing converts automatically.", "EL"],
                    ["5", "Logistics", "Samples by air, DAP Linköping, ETA week 25.", "AH"]]),
         ("sp",),
         ("p", "Next meeting: 28 June 2024, 09:00 CEST. Minutes by Erik Lindqvist, circulated 23 May 2024."),
     ], title="MoM 2024-05-23", author="Erik Lindqvist"))])


# ---- c16: buyer portal page with complete scope table (Swedish buyer, bicycle parts)
case("c16_portal_order", [], "portal order page: 30 released, 970 not released, unlock event and named authority",
     [("portal_NC-24-0602.html", html_page("Nordcykel supplier portal - NC-24-0602", """
<h2>Nordcykel AB &mdash; Supplier Portal</h2>
<p>Order <b>NC-24-0602</b> &nbsp;|&nbsp; Supplier: Dongguan Rongsheng Hardware Co., Ltd. &nbsp;|&nbsp; Part: stem ST-35 rev B,
AL7075-T6, 35 mm clamp, EN ISO 4210-5 &nbsp;|&nbsp; Buyer: Mats Lindgren</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th><th>Unlock event</th><th>Release authority</th></tr>
<tr><td>10</td><td>Sample</td><td>30</td><td>Released</td><td>&mdash;</td><td>&mdash;</td></tr>
<tr><td>20</td><td>Production</td><td>970</td><td>Not released (on hold)</td><td>Sample sign-off (fatigue test EN ISO 4210-5 §4.7)</td><td>Karin Ek, Supply Chain Manager</td></tr>
</table>
<div class="note">Material authority: sample-only. Line 20 is released only by a written release from Karin Ek after sample
sign-off. Please do not start it or buy material for it before then.</div>
<p>Delivery line 10: 14/06/2024, air freight, DAP Malm&ouml;. Packaging: individual polybag, 30 pcs/carton.</p>
<p style="font-size:11px;color:#666">Last change 24/05/2024 10:14 by mats.lindgren@nordcykel.se</p>
"""))])


# ---- c17: chat export, buyer states everything (Swedish buyer, Chinese supplier)
case("c17_chat_stem", [], "chat: only 6 prototypes, other 194 wait for fit-test sign-off, buyer releases himself (named)",
     [("wechat_export_Rongsheng_2024-05-27.txt", txt("""
WeChat chat history - Kevin Liu (Rongsheng Hardware) <-> Mats Lindgren (Nordcykel)
Exported 2024-05-27 18:02

2024-05-27 09:14 Kevin Liu: Good morning Mats! drawing handlebar clamp HC-4 rev A received, thanks
2024-05-27 09:15 Kevin Liu: quotation for 6 proto + 194 series you have by email already
2024-05-27 09:31 Mats Lindgren: morning Kevin. PO NC-24-0611 goes out today
2024-05-27 09:32 Mats Lindgren: to be clear: only the 6 prototypes now. the other 194 wait until I have signed off the fit test on our bikes
2024-05-27 09:32 Mats Lindgren: I'll send the release for the 194 myself, in writing. no release = no start, also no material for them pls
2024-05-27 09:40 Kevin Liu: ok understood 👍 6 pcs proto only, 194 on hold until your fit test + your written release
2024-05-27 09:41 Kevin Liu: proto finish also black anodize?
2024-05-27 09:45 Mats Lindgren: yes black, and laser logo 12 mm wide per drawing note 4
2024-05-27 09:46 Kevin Liu: 好的 ok. ETD 7 June by DHL
2024-05-27 09:47 Mats Lindgren: perfect, tack!
"""))])


# ---- c18: ERP printout with complete note field (Dutch buyer, agricultural spares)
case("c18_erp_po", [], "ERP PO printout: 16 sample released, 1.584 not released, event and named releaser in note",
     [("PO_4410-0932_print.txt", txt("""
AGROTECH PARTS B.V.                 PURCHASE ORDER                4410-0932     PAGE 001
=========================================================================================
VENDOR   70388  GIETERIJ ACHTERHOEK B.V.          ORDER DATE   28-05-2024
BUYER    W. BAKKER                                CURRENCY     EUR
SHIP TO  BIDDINGHUIZEN WH 2                       INCOTERMS    DAP
=========================================================================================
LN  ITEM           DESCRIPTION                     QTY     UOM  PRICE      DUE
010 AGT-30771-B    GEARBOX COVER EN-GJL-250 SMPL    16     PC   38,50      WK26
020 AGT-30771-B    GEARBOX COVER EN-GJL-250 SER  1.584     PC   21,75      ----
=========================================================================================
ORDER NOTES:
 * LN 010 (16 PC, SAMPLE) IS RELEASED FOR PRODUCTION.
 * LN 020 (1.584 PC) IS COMMERCIAL COVER ONLY - NOT RELEASED. DO NOT POUR, DO NOT MACHINE,
   DO NOT BUY PIG IRON OR CORES FOR IT.
 * LN 020 IS RELEASED ONLY BY WRITTEN RELEASE FROM M. VAN DIJK (SUPPLY CHAIN MGR) AFTER
   SAMPLE SIGN-OFF (CMM REPORT + LEAK TEST 0,5 BAR).
 * MATERIAL AUTHORITY: SAMPLE-ONLY.
=========================================================================================
TOTAL ORDER VALUE EUR 35.068,00 (EXCL. VAT)        GPC AGROTECH 2021 APPLY
"""))])


# ---- c19: DOCX PO terms block with table (Dutch dental lab)
case("c19_po_terms", [], "DOCX PO terms: 3 samples released, 57 on hold, sign-off event, named authority",
     [("TU-PO-2024-0145.docx", docx_bytes([
         ("h1", "Purchase order TU-PO-2024-0145"),
         ("p", "Tandtechniek Utrecht B.V., Biltstraat 210, 3572 BR Utrecht. Supplier: Fresado Dental Levante S.L., Paterna "
               "(Valencia). Date: 29 May 2024."),
         ("table", [["Line", "Item", "Qty", "Scope", "Status"],
                    ["1", "Ti6Al4V ELI (ISO 5832-3) pre-milled abutment blank, custom hex, drawing TU-AB-07 rev 2", "3",
                     "Sample", "Released"],
                    ["2", "Same, series", "57", "Production", "Not released"]]),
         ("h", "Order terms"),
         ("num", "Scope. Line 1 releases 3 (three) sample blanks. Line 2 is commercial cover only."),
         ("num", "Hold. The 57 blanks of line 2 are not released. Do not mill them and do not buy bar for them."),
         ("num", "Unlock. Line 2 is released after sample sign-off (fit on the master model and "
                 "torque test at 35 Ncm) by a written release."),
         ("num", "Authority. Only Dr. Anke Visser, Laboratory Director, may release line 2."),
         ("num", "Material authority: sample-only. Certificates EN 10204 3.1 with each delivery."),
         ("num", "Delivery: DAP Utrecht, samples in week 24. Our general purchasing terms (TU-AIV 2023) apply."),
     ], author="Dr. Anke Visser"))])


# ---- c20: quoted supplier question, buyer says no (Australian procurement, Chinese supplier)
t = txt("""
Hi Wei,

No, please don't. Just the 50 samples for now.

The balance of 1,950 is not released until our validation sign-off (static load test at 1.5x and the
Newcastle depot fit check). Once that's signed off I'll send you the written release for the 1,950
myself. Until then, no production and no material for the balance.

Cheers,
Bec

Bec Williams | Senior Buyer, Rolling Stock Components
Southern Cross Rail Services Pty Ltd | Level 9, 200 Queen St, Melbourne VIC 3000 | +61 3 9012 4477

-----Original Message-----
From: Wei Zhao <wei.zhao@jinhai-rubber.com>
Sent: Thursday, 30 May 2024 1:12 PM
To: Bec Williams <bec.williams@scrs.com.au>
Subject: RE: PO 7720-4418 bogie bump stop BS-60

> Hi Bec,
> samples 50 pcs are finished, photos attached. Can we go ahead with the 2k? We have a free slot
> on press no. 3 next week and can do everything together.
> Best regards
> Wei Zhao | Export Sales | Qingdao Jinhai Rubber & Plastic Co., Ltd.
""")
m = mail("Bec Williams <bec.williams@scrs.com.au>", "Wei Zhao <wei.zhao@jinhai-rubber.com>",
         "RE: RE: PO 7720-4418 bogie bump stop BS-60", d(30, 5, 15, 40, "+1000"), t,
         in_reply_to="<h5-ref-0420@jinhai-rubber.com>")
case("c20_reply_no", [], "supplier's go-ahead question quoted; buyer answers 50 only, balance 1,950 held, event, named",
     [("RE_PO_7720-4418.eml", eml_bytes(m))])


# ---- c21: old quote forwarded as message/rfc822, declared informational (French buyer, rail)
old = mail("Olivier Petit <o.petit@usinage-lorrain.fr>", "Julien Moreau <j.moreau@sfe-rail.fr>",
           "Offre D-2023-0871 joint d'étanchéité / gasket SFE-G-118", d(14, 11, 10, 0, "+0100", 2023),
           txt("""
Bonjour M. Moreau,

Please find our offer D-2023-0871 for the gasket SFE-G-118 ind. B:
  - samples: 40 pcs at 6,80 EUR
  - series: 10,000 pcs at 1,12 EUR (annual volume, 4 call-offs)
Lead time samples 3 weeks, series 6 weeks after release.

Cordialement,
Olivier Petit, Directeur commercial, Usinage Lorrain SAS
"""))
t = txt("""
Dear Mr. Petit,

Please find below, for information only, your offer D-2023-0871 from last November. We have attached
it because the unit price of the samples is taken from it.

The 10,000 pcs in the forwarded offer are informational and not released. What our PO 4800-2296 of
today releases is 40 (forty) sample gaskets, nothing more. The series quantity will only be released by
a written production release signed by Claire Martin, Head of Purchasing, after the sample sign-off
(compression test and EN 45545-2 fire report).

Best regards,
Julien Moreau
Acheteur / Buyer - Société Ferroviaire de l'Est - Metz - +33 3 87 55 21 09
""")
m = mail("Julien Moreau <j.moreau@sfe-rail.fr>", "Olivier Petit <o.petit@usinage-lorrain.fr>",
         "TR: Offre D-2023-0871 - PO 4800-2296 samples only", d(3, 6, 9, 30), t,
         attachments=[("rfc822", old)])
case("c21_forwarded_offer", [], "old offer with 10,000 forwarded as rfc822, declared informational; 40 released, full scope",
     [("PO_4800-2296_offer_fwd.eml", eml_bytes(m))])


# ---- c22: full-quantity spot order with a scoped green light (South Africa, agricultural spares)
case("c22_spot_order", [], "full-quantity spot order; 'green light for all 120 pcs' is scoped; no balance",
     [("KAI_spot_order_SO-5521.html", html_page("Karoo Agri - spot order SO-5521", """
<h2>Karoo Agri Implements &mdash; Spot order SO-5521</h2>
<p>Supplier: Vaal Engineering Works CC &nbsp;|&nbsp; Date: 04/06/2024 &nbsp;|&nbsp; Buyer: Sipho Dlamini</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit ZAR</th></tr>
<tr><td>1</td><td>KA-0077</td><td>Shear bolt M12x60 grade 8.8, planter row unit, zinc flake</td><td>120</td><td>18.40</td></tr>
</table>
<p>This is a spot order for the full quantity: there is no sample stage and nothing further will follow under SO-5521.
You have the green light for all 120 pcs. Deliver to Graaff-Reinet stores by 14 June, please.</p>
<p>Thanks &mdash; Sipho</p>
"""))])


# ---- c23: full dental order, proceed with all eight (Dutch dental lab)
m = mail("Anke Visser <a.visser@tandtechniekutrecht.nl>", "Lucía Ferrer <lferrer@fresadolevante.es>",
         "Order 8x zirconia crowns - case 24-1187", d(5, 6, 13, 12),
         txt("""
Hola Lucía,

Attached STL files for case 24-1187: eight (8) monolithic zirconia crowns, 3Y-TZP high translucency,
shade A2 (VITA classical), teeth 14 15 16 24 25 26 36 46. Margin line marked on every file.

This is the complete order, there are no samples and nothing follows: please proceed with all eight (8)
units. Sintering per your standard program, glaze only, no stain.

Delivery: by Thursday 13 June via our usual courier. PO TU-PO-2024-0152.

Thanks a lot!
Anke

Dr. Anke Visser | Laboratory Director | Tandtechniek Utrecht B.V. | +31 30 271 8800
"""))
case("c23_dental_order", [], "full dental order, 'proceed with all eight (8) units'; no balance",
     [("order_case_24-1187.eml", eml_bytes(m))])


# ---- c24: startup founder's whole order (casual)
m = mail("Priya Nair <priya@kiteboxrobotics.com>", "orders@printhub-eindhoven.nl",
         "5 enclosure protos", d(6, 6, 22, 48, "+0100"),
         txt("""
hi printhub team!

can you make 5 prototypes of our sensor enclosure? STEP + drawing attached (KB-ENC-03 rev C).
MJF PA12, dyed black, no vapour smoothing, M3 heat-set inserts x4 per part (we can do those
ourselves if easier).

that's the whole order: 5 pcs, nothing more planned right now. anything beyond these five would
be a new PO from me.

card payment is fine, ship to our office in London (address in the PO).

thanks!!
Priya
--
Priya Nair | co-founder & ops | Kitebox Robotics Ltd | PO KB-0042
"""))
case("c24_founder_protos", [], "founder orders 5 prototypes as the whole order; no balance",
     [("5_enclosure_protos.eml", eml_bytes(m))])


# ---- c25: PO + quote as separate files, quote's production tier declared informational (Spanish buyer)
po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 24-0431"),
    ("p", "Belleza Envases S.A., Alcalá de Henares. Supplier: Shantou Meiya Packaging Co., Ltd. Date: 07/06/2024. "
          "Ref.: quotation SMP-Q-0452 (attached separately)."),
    ("table", [["Pos.", "Article", "Description", "Qty", "Status"],
               ["1", "JR-50", "Cream jar 50 ml, double wall PP/PETG, lid with foam liner - samples", "200",
                "Released"]]),
    ("sp",),
    ("p", "Note: the production tier of 12.000 pcs in quotation SMP-Q-0452 is shown for information only and is not "
          "released. Only the 200 samples of position 1 are released. Production will be released by written release "
          "from Marta Ruiz, Head of Purchasing, after our sample sign-off (filling-line trial + 4-week stability test)."),
    ("p", "Material authority: sample-only. Delivery: express, DAP Alcalá, before 5 July."),
], title="PO 24-0431", author="Marta Ruiz")
quote = pdf([
    ("h1", "QUOTATION SMP-Q-0452"),
    ("p", "Shantou Meiya Packaging Co., Ltd. To: Belleza Envases S.A. Date: 2024-06-03."),
    ("table", [["Item", "Qty", "Unit USD", "Lead time"],
               ["JR-50 cream jar 50 ml - samples", "200 pcs", "0.95", "15 days"],
               ["JR-50 cream jar 50 ml - production", "12,000 pcs", "0.31", "30 days"],
               ["Mould modification (lid)", "1 set", "850.00", "20 days"]]),
    ("p", "Validity 45 days. FOB Shantou. Cindy Wu, Sales Manager Europe."),
], title="SMP-Q-0452", author="Cindy Wu")
case("c25_po_24-0431", [], "multi-file: PO + quote; quote's 12.000 declared informational, full scope on PO",
     [("PO_24-0431.pdf", po), ("SMP-Q-0452.pdf", quote)])


# =================================================================== POSITIVE
# ---- p01: PO + supplier quote as separate files; quote shows 120 production, PO says nothing (Dutch buyer, valves)
po = pdf([
    ("h1", "Purchase Order 4500031877"),
    ("p", "Van der Meer Valves B.V., Havenweg 12, 3199 LB Maasvlakte Rotterdam, NL. Supplier: Suzhou Jiexin Valve Co., Ltd., "
          "Wuzhong District, Suzhou (vendor 100450). PO date: 02-05-2024. Buyer: Anouk de Boer. "
          "Your reference: quotation SJV-Q-2404-77."),
    ("table", [["Line", "Material no.", "Description", "Qty", "Unit EUR", "Net EUR"],
               ["10", "1506-300-11", "Trunnion mounted ball valve 6\" (DN150) Class 300 RF, API 6D, A216 WCB body, "
                                     "ENP ball, PEEK seats, fire safe API 607 - qualification unit", "2", "9.850,00",
                "19.700,00"]]),
    ("sp",),
    ("p", "Delivery: FCA Shanghai, week 27. Inspection: FAT witnessed by Van der Meer QA (hydrotest shell 78 bar, seat "
          "56 bar, low-pressure gas seat test 6 bar). Documents per VDRL rev 2."),
    ("p", "Invoicing: after the FAT certificate and receipt of documents. Payment 60 days end of month."),
    ("p", "Our General Purchasing Conditions VMV-GPC 2022 apply; your terms of sale are rejected."),
], title="PO 4500031877", author="Anouk de Boer")
quote = pdf([
    ("h1", "QUOTATION SJV-Q-2404-77"),
    ("p", "Suzhou Jiexin Valve Co., Ltd. To: Van der Meer Valves B.V., attn. Anouk de Boer. Date: 2024-04-22."),
    ("table", [["Item", "Description", "Qty", "Unit EUR", "Delivery"],
               ["1", "TMBV 6\" CL300 RF, WCB/ENP/PEEK, API 6D + API 607 - qualification units", "2", "9.850,00", "10 weeks"],
               ["2", "TMBV 6\" CL300 RF, WCB/ENP/PEEK, API 6D + API 607 - production", "120", "7.420,00", "16 weeks"],
               ["3", "Gear operator, ISO 5211 F14", "122", "410,00", "with valves"]]),
    ("p", "Prices FCA Shanghai, valid 60 days. Payment 30% advance, 70% against documents. Michael Chen, Sales Manager."),
], title="SJV-Q-2404-77", author="Michael Chen")
case("p01_po_4500031877", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 2 valves beside quote with 120 production; nothing says not released, no event, no authority",
     [("PO_4500031877.pdf", po), ("SJV-Q-2404-77.pdf", quote)])


# ---- p02: sample PO mail with series quantity in the body (Spanish buyer, cosmetics packaging)
po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 24-0412"),
    ("p", "Belleza Envases S.A., Alcalá de Henares. Supplier: Shantou Meiya Packaging Co., Ltd. Date: 06/05/2024."),
    ("table", [["Pos.", "Article", "Description", "Qty", "Price USD"],
               ["1", "AB-30", "Airless bottle 30 ml PP/AS, pump 0,2 ml, PMS 7527C, silk-screen 1 colour - samples",
                "500", "1,85"]]),
    ("p", "Delivery: express DAP Alcalá de Henares, before 7 June. Payment 30 days."),
], title="PO 24-0412", author="Marta Ruiz")
m = mail("Marta Ruiz <mruiz@bellezaenvases.es>", "Cindy Wu <cindy.wu@meiya-pack.com>",
         "PO 24-0412 airless 30ml samples", d(6, 5, 17, 5),
         txt("""
Dear Cindy,

Please find attached our PO 24-0412 for 500 samples of the airless bottle 30 ml (ref. AB-30).

For the series of 50.000 units we will use the same mould and the same pump, so please make the
samples exactly as the series will be: same resin lot, same masterbatch, same silk-screen plate. Our
customer is very strict with the colour, PMS 7527C, please send us the colour plaque before printing.

Also, can you confirm the pump dosage is 0,2 ml +/- 5%? Last time with the 15 ml it was more.

Thank you very much and have a nice day,
Marta Ruiz
Head of Purchasing | Belleza Envases S.A. | +34 918 830 442
"""), attachments=[("PO_24-0412.pdf", po, PDF_MT)])
case("p02_airless_samples", ["RG001", "RG003", "RG004", "RG005"],
     "500-sample PO; 50.000 series in the same mail with nothing saying not released; no event, no authority",
     [("PO_24-0412_airless.eml", eml_bytes(m))])


# ---- p03: portal PO page with project volume beside a sample line (Swedish buyer, optics)
case("p03_portal_po", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO: 12 sample lenses with project volume 3,600 in header; no hold, event or authority",
     [("optronik_po_4501-7902.html", html_page("Optronik supplier portal - PO 4501-7902", """
<h2>Optronik Sverige AB &mdash; Supplier Portal</h2>
<table>
<tr><th>PO</th><td>4501-7902</td><th>Supplier</th><td>Taichung Lianhe Optical Co., Ltd.</td></tr>
<tr><th>Project</th><td>Thermal sight TS-4 (program "Ugglan")</td><th>Project volume</th><td>3,600 pcs</td></tr>
<tr><th>Buyer</th><td>Erik Lindqvist</td><th>Issued</th><td>08/05/2024</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit SEK</th><th>Due</th></tr>
<tr><td>10</td><td>OPT-L-2290 rev C</td><td>Objective lens element, Ge, AR/DLC, &Oslash;38 mm, sample</td><td>12</td><td>2 480,00</td><td>2024-06-21</td></tr>
</table>
<p>Inspection: transmission 8&ndash;12 &micro;m &ge; 92 %, surface quality 60-40 per MIL-PRF-13830B, report with delivery.</p>
<p>Delivery DAP Link&ouml;ping. Our general terms of purchase OTP-2023 apply. Please confirm the order in the portal.</p>
<p style="font-size:11px;color:#666">Last change 08/05/2024 15:02 by erik.lindqvist@optronik.se</p>
"""))])


# ---- p04: DOCX PO with annual requirement beside prototype qty (South African procurement, rail)
case("p04_po_brake_blocks", ["RG001", "RG003", "RG004", "RG005"],
     "prototype PO for 4 blocks with annual requirement 8,000 in header table; no hold, event or authority",
     [("HRS-45-77015_brake_blocks.docx", docx_bytes([
         ("h1", "Purchase order HRS-45-77015"),
         ("table", [["Buyer", "Highveld Rolling Stock (Pty) Ltd, Germiston"],
                    ["Supplier", "Durban Friction Products (Pty) Ltd"],
                    ["Part", "Composite brake block BB-220 rev B (UIC 541-4, type K)"],
                    ["Annual requirement", "8,000 blocks"],
                    ["Date", "09 May 2024"],
                    ["Buyer contact", "Lwazi Khumalo / procurement@highveldrs.co.za"]]),
         ("sp",),
         ("table", [["Line", "Description", "Qty", "Unit ZAR", "Total ZAR"],
                    ["1", "BB-220 prototype blocks for dyno bench test", "4", "1 950.00", "7 800.00"]]),
         ("h", "Terms"),
         ("li", "Delivery to Germiston test centre, 31 May 2024, DDP."),
         ("li", "Blocks to be marked with batch number and 'PROTO' on the back plate."),
         ("li", "Test reports: friction coefficient per UIC 541-4 annex, density, hardness."),
         ("li", "Payment: 30 days from statement. HRS terms and conditions of purchase rev 11 apply."),
     ], author="Lwazi Khumalo"))])


# ---- p05: ERP printout with series quantity in header, sample line only (French buyer, agricultural)
case("p05_erp_po", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO: sample line 10 pcs with series qty 2.500 in header; nothing on hold, no event, no authority",
     [("CDE_A24-1187.txt", txt("""
AGRI-PIECES DU CENTRE SAS          BON DE COMMANDE / PURCHASE ORDER      A24-1187   P.1/1
18 route de Vichy, 03300 Cusset, France               DATE: 10/05/2024
-----------------------------------------------------------------------------------------
FOURNISSEUR / SUPPLIER : 40917 TALLERES MECANICOS ARAGON S.L. (ZARAGOZA)
ARTICLE / PART         : APC-SP-4420  PIGNON / SPROCKET Z=17 1"1/4 (ISO 606 20B-1)
PLAN / DRAWING         : APC-SP-4420 IND. E     MATIERE: C45E (EN 10083-2), TREMPE HRC 50-55
QTE SERIE / SERIES QTY : 2.500 PCS
-----------------------------------------------------------------------------------------
LIG  DESIGNATION                              QTE   UNITE   PRIX EUR   LIVRAISON
010  PIGNON APC-SP-4420 - ECHANTILLONS          10   PCS      14,20     S.25
-----------------------------------------------------------------------------------------
CONDITIONS: DAP CUSSET - PAIEMENT 45 JOURS FIN DE MOIS - CGA APC 2022
CONTROLE : RAPPORT DIMENSIONNEL + DURETE SUR 10 PCS / DIMENSIONAL + HARDNESS REPORT
EMBALLAGE: CARTON, HUILE DE PROTECTION / CARTON, RUST-PREVENTIVE OIL
ACHETEUR / BUYER: N. GIRARD   TEL +33 4 70 96 22 10
"""))])


# ---- p06: bare sample ERP PO, no production quantity shown (Swedish buyer, bicycle parts)
case("p06_erp_samples", ["RG003", "RG004", "RG005"],
     "sample PO line only; never says the series balance is not released, no event, no authority",
     [("NC-24-0577_print.txt", txt("""
NORDCYKEL AB                       INKÖPSORDER / PURCHASE ORDER        NC-24-0577
Bergsgatan 22, 211 54 Malmö                                            2024-05-13
------------------------------------------------------------------------------------
LEVERANTÖR: 30188 FORMOSA PRECISION CYCLE CO., LTD., TAICHUNG
REF. OFFERT: FPC-Q-240402            BETALNING: 30 DAGAR NETTO
------------------------------------------------------------------------------------
RAD  ARTIKEL        BENÄMNING                               ANTAL  ENH  PRIS USD
10   7731-220-S     PROTOTYPE SAMPLES - CHAINSTAY YOKE CY-3     8   ST     46,00
                    FOR SERIES PART 7731-220, AL 6061-T6, DRW 7731-220 REV B
------------------------------------------------------------------------------------
LEVERANS: AIR, DAP MALMÖ, V.24      FAI REPORT ACC. NC-QF-12 WITH SHIPMENT
MÄRKNING: PO NO. + ARTIKELNR PER KARTONG
KONTAKT: MATS LINDGREN, INKÖPARE, +46 40 630 22 91
------------------------------------------------------------------------------------
ALLMÄNNA INKÖPSVILLKOR NORDCYKEL 2023 GÄLLER / NORDCYKEL GENERAL TERMS 2023 APPLY
"""))])


# ---- p07: held until further notice, person named, no event (French buyer, rail)
po = pdf([
    ("h1", "Bon de commande / Purchase order 4800-2291"),
    ("p", "Société Ferroviaire de l'Est, Metz. Supplier: Usinage Lorrain SAS, Thionville. Date: 14/05/2024."),
    ("table", [["Pos.", "Article", "Désignation", "Qté", "Statut"],
               ["1", "SFE-BR-0447", "Brake caliper bracket, ind. C, S355J2+N, first articles", "6", "Released"],
               ["2", "SFE-BR-0447", "Brake caliper bracket, ind. C, series", "294", "On hold until further notice"]]),
    ("p", "Position 2 may be released only by Mme Claire Martin, Head of Purchasing."),
], title="PO 4800-2291", author="Julien Moreau")
m = mail("Julien Moreau <j.moreau@sfe-rail.fr>", "Olivier Petit <o.petit@usinage-lorrain.fr>",
         "Commande 4800-2291 - supports d'étrier / caliper brackets", d(14, 5, 10, 12),
         txt("""
Madam, Sir,

Please find attached our purchase order no. 4800-2291 for the brake caliper brackets, drawing
SFE-BR-0447 indice C.

Only the 6 (six) first-article brackets are released for manufacture. The remaining 294 brackets of the
order are on hold until further notice and must not be started. Mme Claire Martin, Head of Purchasing,
is the only person entitled to release them.

The first articles shall be delivered with a complete dimensional report (all characteristics of the
drawing ballooned), the material certificate 3.1 and the welding procedure qualification (EN 15085-2,
CL1). Delivery DAP Metz, week 25.

We thank you for acknowledging this order within five working days.

Yours faithfully,
Julien Moreau
Acheteur / Buyer - Société Ferroviaire de l'Est
7 rue de la Gare, 57000 Metz - +33 3 87 55 21 09

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs
destinataires.
"""), attachments=[("PO_4800-2291.pdf", po, PDF_MT)])
case("p07_brackets_hold", ["RG004"],
     "6 released, 294 on hold 'until further notice', Claire Martin named; no unlock event",
     [("Commande_4800-2291.eml", eml_bytes(m))])


# ---- p08: release letter names the event but only a department (Dutch buyer, agricultural spares)
case("p08_release_letter", ["RG005"],
     "release letter: 30 released, balance held until sample sign-off; release by 'Purchasing Department', no person",
     [("AGT_release_R-24-061.pdf", pdf([
         ("p", "AGROTECH PARTS B.V. - Industrieweg 41 - 8256 PB Biddinghuizen - The Netherlands"),
         ("p", "To: Staalbouw Hardenberg B.V., Afdeling verkoop binnendienst"),
         ("p", "Biddinghuizen, 15 May 2024 - our reference R-24-061"),
         ("h", "Release of pre-series - order 4410-0897 - knife carrier AGT-61200 rev A (mower conditioner)"),
         ("p", "Dear Sir, Madam,"),
         ("p", "With this letter we release 30 (thirty) knife carriers AGT-61200 rev A as pre-series under order 4410-0897."),
         ("p", "The remaining 1.170 pcs of the order are not released and stay on hold until the sample sign-off by our test "
               "farm in Dronten (200 operating hours in grass and lucerne). After that sign-off, the production release for "
               "the remaining quantity will be issued in writing by the Purchasing Department."),
         ("p", "Please ship the pre-series DAP Biddinghuizen in week 23 with the hardness report (HRC 38-42 at the knife "
               "bolt bore) and the zinc-flake coating certificate (ISO 10683, 480 h NSS)."),
         ("p", "Kind regards,"),
         ("p", "Purchasing Department / Afdeling Inkoop - Agrotech Parts B.V."),
         ("p", "This letter was generated electronically and is valid without signature."),
     ], title="R-24-061", author="Inkoop"))])


# ---- p09: chat, startup founder, a few protos, rest on hold for now (3D print bureau)
case("p09_chat_gears", ["RG004", "RG005", "RG010"],
     "founder asks for 'a few' protos (no quantity); rest on hold 'for now' with no event and no named releaser",
     [("slack_export_printhub_kitebox.txt", txt("""
#kitebox-printhub (shared channel) - export 2024-05-16

[2024-05-16 10:02] Sanne (PrintHub): morning! quote for the planetary gear set is in your inbox - protos and series pricing, MJF PA12 + SLS PA11 option
[2024-05-16 10:05] Sanne (PrintHub): also: the sun gear teeth look tight at 0.3 mm clearance, we'd suggest 0.4 for MJF
[2024-05-16 11:47] Tom Reyes (Kitebox): thanks Sanne! yeah go 0.4, Priya will update the CAD tonight
[2024-05-16 11:49] Tom Reyes (Kitebox): can you print a few of the gear sets as protos in PA12? we want to spin them on the test rig next week
[2024-05-16 11:49] Tom Reyes (Kitebox): rest on hold for now, don't start anything else
[2024-05-16 11:52] Sanne (PrintHub): 👍 will do, dyed black or raw grey?
[2024-05-16 11:53] Tom Reyes (Kitebox): raw grey is fine for protos
[2024-05-16 11:53] Sanne (PrintHub): ok, next build is Friday, ships Monday
"""))])


# ---- p10: balance parked, no event, no person (Australian procurement, rail)
m = mail("Bec Williams <bec.williams@scrs.com.au>", "Tom Hargreaves <tom@ballaratprecision.com.au>",
         "PO 7720-4390 idler arm bushes", d(17, 5, 9, 25, "+1000"),
         txt("""
G'day Tom,

PO 7720-4390 is in the portal now. It covers 20 pcs pre-production idler arm bushes (SCRS-IAB-07 rev 2,
leaded bronze CuSn7Zn4Pb7, drawing attached) for the X'Trapolis bogie trial.

Only the 20 for now - the balance of 1,980 is parked and not released, so please don't put anything else
on the lathes.

Need the 20 at Newport workshops by 7 June, with the dimensional report and the material cert. If you
can't make that date let me know early, we've got the bogie in the shed from the 10th.

Cheers,
Bec

Bec Williams | Senior Buyer, Rolling Stock Components
Southern Cross Rail Services Pty Ltd | Level 9, 200 Queen St, Melbourne VIC 3000 | +61 3 9012 4477
This email and any attachments are confidential. If you are not the intended recipient, please delete it
and notify the sender. Southern Cross Rail Services Pty Ltd ABN 51 824 753 556.
"""))
case("p10_bushes_parked", ["RG004", "RG005"],
     "20 released, balance 1,980 parked/not released; no unlock event, nobody named to release it",
     [("PO_7720-4390.eml", eml_bytes(m))])


# ---- p11: formal release letter with no quantity anywhere (Swedish buyer, bicycle parts)
case("p11_pilot_release", ["RG010"],
     "release letter releases 'the pilot lot' but never states how many; hold, event and authority present",
     [("Nordcykel_pilot_release_CA-7.pdf", pdf([
         ("p", "NORDCYKEL AB - Bergsgatan 22 - 211 54 Malmö - Sweden"),
         ("p", "To: Formosa Precision Cycle Co., Ltd., attn. Mr. Jerry Lin"),
         ("p", "Malmö, 20 May 2024"),
         ("h", "Pilot lot release - crank arm CA-7 rev D - order NC-24-0540"),
         ("p", "Dear Mr. Lin,"),
         ("p", "We hereby release the pilot lot of the crank arm CA-7 rev D for production at your Taichung plant, as "
               "discussed in our call on 17 May."),
         ("p", "The series balance of order NC-24-0540 is not released. It will be released by a written release from "
               "Johan Lindqvist, Head of Sourcing, after pilot-lot acceptance (fatigue test EN ISO 4210-8 on "
               "pilot-lot crank arms at our lab, and the assembly trial at our Malmö line)."),
         ("p", "Please mark every pilot-lot carton 'PILOT CA-7' and ship DAP Malmö by air. Forging lot traceability "
               "(heat number, die no. D-07) to be laser-marked on the inside of each arm."),
         ("p", "Best regards,"),
         ("p", "Johan Lindqvist - Head of Sourcing - Nordcykel AB"),
     ], title="Pilot release CA-7", author="Johan Lindqvist"))])


# ---- p12: portal release page, active quantity TBD (French brand, cosmetics packaging)
case("p12_portal_release", ["RG010"],
     "portal release: sample lot released with quantity 'TBD'; hold, event and named authority present",
     [("aurele_release_LT-09.html", html_page("Maison Aurèle - release LT-09", """
<h2>Maison Aur&egrave;le &mdash; Espace fournisseurs / Supplier space</h2>
<p>Supplier: Plastiche Brianza S.r.l. &nbsp;|&nbsp; Article: lipstick case LT-09 &laquo;Rouge Velours&raquo;, zamak cap +
ABS inner mechanism, &Oslash; 12.1 mm bullet &nbsp;|&nbsp; Order: MA-PO-24-0318</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Quantity</th><th>Status</th></tr>
<tr><td>10</td><td>Sample lot (T1, gold PVD cap)</td><td>TBD &ndash; see tooling plan</td><td>Released for production</td></tr>
<tr><td>20</td><td>Series</td><td>&nbsp;</td><td>Not released</td></tr>
</table>
<div class="note">Line 20 is not released. It will be released only by a written release from Camille Lef&egrave;vre,
Directrice Achats Packaging, after colour and torque sign-off on the sample lot (cap torque 0.8&ndash;1.2 N&middot;m,
colour vs. master plaque &Delta;E &le; 1.0).</div>
<p>Contact: Camille Lef&egrave;vre &mdash; c.lefevre@maison-aurele.fr &mdash; +33 1 44 50 12 80</p>
<p style="font-size:11px;color:#666">Mis &agrave; jour le 21/05/2024 &agrave; 16:40</p>
"""))])


# ---- p13: a few samples; buyer notes plate for the full quantity already in stores (Swedish buyer)
m = mail("Karin Ek <karin.ek@nordcykel.se>", "Kevin Liu <kevin.liu@rongsheng-hw.com>",
         "Derailleur hanger DH-12 - samples", d(22, 5, 13, 30),
         txt("""
Hi Kevin,

Thanks for the quick quotation on the derailleur hanger DH-12 (drawing DH-12 rev C, 7075-T6, 5 mm).

Could you make a few samples for us, with the chamfer change we discussed (0.5 x 45 instead of R0.5)?
We want to put them on the test bikes before midsummer.

The production balance is not released. It stays on hold until our ride-test sign-off, and then I will
send the production release in writing myself.

One more thing: I see from your weekly status report that the 7075-T6 plate for all 1,200 hangers is
already in your stores.

Vänliga hälsningar / best regards,
Karin Ek
Supply Chain Manager | Nordcykel AB | Bergsgatan 22, 211 54 Malmö | +46 40 630 22 80
"""))
case("p13_hanger_samples", ["RG006", "RG010"],
     "'a few samples' with no quantity; plate for all 1,200 already in supplier stores without material authority",
     [("DH-12_samples.eml", eml_bytes(m))])


# ---- p14: DOCX PO terms: quantity by reference only + acceptance clause (Spanish buyer, agricultural)
case("p14_po_terms", ["RG010", "RG012"],
     "sample qty only 'as per quotation' (not in bundle); terms say PO acceptance authorizes manufacture",
     [("MAE-PO-2024-0771.docx", docx_bytes([
         ("h1", "Purchase Order MAE-PO-2024-0771"),
         ("p", "Maquinaria Agrícola del Ebro S.A., Polígono Malpica, Zaragoza. Supplier: Talleres Mecánicos Aragón S.L. "
               "Date: 23/05/2024. Buyer: Javier Sanz."),
         ("table", [["Line", "Item", "Quantity", "Scope", "Status"],
                    ["1", "Seed metering disc MAE-SD-28, POM-C, 28 holes 6.5 mm", "As per quotation TMA-24-118",
                     "Prototype samples", "Released"],
                    ["2", "Seed metering disc MAE-SD-28, series", "-", "Production", "Not released"]]),
         ("h", "Terms of this order"),
         ("num", "Line 2 is not released. It is released only by a written release from Javier Sanz, Purchasing "
                 "Manager, after the sample sign-off (field trial in maize, spring 2025 sowing, singulation >= 98%)."),
         ("num", "Acceptance of this Purchase Order by the Supplier constitutes authorization to commence manufacture."),
         ("num", "Delivery DAP Zaragoza. Packing in cardboard boxes, label with PO number and part number."),
         ("num", "Payment: 60 days from invoice date, by confirming."),
         ("num", "Our general purchasing conditions (CGC-MAE 2021) apply."),
     ], author="Javier Sanz"))])


# ---- p15: quoted thread, buyer's unscoped 'go ahead' (Dutch buyer, Chinese valve supplier)
t = txt("""
Sounds sensible, go ahead.

Anouk

Anouk de Boer | Buyer Valves & Actuation | Van der Meer Valves B.V. | +31 10 799 4410

-----Original Message-----
From: Michael Chen <michael.chen@jiexinvalve.com>
Sent: Monday, 27 May 2024 10:41
To: Anouk de Boer <a.deboer@vandermeervalves.nl>
Subject: RE: PO 4500032240 DN100 CL900 qualification valves

> Dear Anouk,
>
> Good news, the A105N forgings arrived this morning. To save one setup on our big VTL we would like
> to combine the machining next week. OK for you?
>
> Best regards,
> Michael Chen | Sales Manager | Suzhou Jiexin Valve Co., Ltd.
>
> -----Original Message-----
> From: Anouk de Boer <a.deboer@vandermeervalves.nl>
> Sent: Thursday, 16 May 2024 14:20
> Subject: PO 4500032240 DN100 CL900 qualification valves
>
> > Dear Michael,
> >
> > Attached PO 4500032240. Scope, in short:
> > - Line 10: 3 (three) DN100 Class 900 ball valves, qualification units - released.
> > - Line 20: 57 production valves - not released. Do not start them, no material for them.
> > - Line 20 is released only by a written release from Pieter Jansen, Category Manager Valves,
> >   after the FAT witness on the 3 qualification valves is signed off.
> >
> > Kind regards, Anouk
""")
m = mail("Anouk de Boer <a.deboer@vandermeervalves.nl>", "Michael Chen <michael.chen@jiexinvalve.com>",
         "RE: RE: PO 4500032240 DN100 CL900 qualification valves", d(27, 5, 11, 2), t,
         in_reply_to="<h5-ref-0527@jiexinvalve.com>")
case("p15_thread_valves", ["RG002"],
     "buyer's 'Sounds sensible, go ahead' to a vague 'combine the machining' question; scope otherwise complete",
     [("RE_PO_4500032240.eml", eml_bytes(m))])


# ---- p16: chat, startup founder: 12 vs ten proto frames, then unscoped green light (Taiwanese supplier)
case("p16_chat_frames", ["RG002", "RG011"],
     "founder says 12 proto frames, later recaps 'ten'; later 'yep green light' to 'we start?'",
     [("line_chat_Loopwheel_AluFrame.txt", txt("""
[LINE] Chat history with Vincent Chang (Kaohsiung AluFrame)
Saved on: 2024/05/30 21:14

2024/05/20 Mon
15:02 Vincent Chang  Hi Jonas, drawing LW-F1 rev C ok, we checked the BB shell and the dropout slots. quote sent 🙏
15:40 Jonas Berg     amazing thanks Vincent!
15:41 Jonas Berg     so let's do 12 proto frames first, with the RD-22 dropouts welded in
15:42 Jonas Berg     the other 188 wait until I've done the ride test and sent you a written release. that's me, nobody else 😄
15:44 Vincent Chang  understood, proto first, series waits for your written release
2024/05/23 Thu
09:12 Vincent Chang  Jonas, raw tubes 6066 arrived, for proto only as you said
10:30 Jonas Berg     great. just to recap for your planning: 10 proto frames, rest waits as agreed
10:31 Jonas Berg     paint: matte sage green RAL 6021, decals later
2024/05/30 Thu
20:58 Vincent Chang  frame jig is ready. we start?
21:03 Jonas Berg     yep green light 👍
21:04 Vincent Chang  👌
"""))])


# ---- p17: multi-file: complete ERP PO + one-line 'OK approved, proceed.' (South African, agricultural)
po_txt = txt("""
KAROO AGRI IMPLEMENTS (PTY) LTD                    PURCHASE ORDER        0078840    PG 1
14 Voortrekker Road, Graaff-Reinet 6280                                  DATE 20/05/2024
==========================================================================================
SUPPLIER: 20331 VAAL ENGINEERING WORKS CC            BUYER: SIPHO DLAMINI
PART    : KA-2204  S-TINE 32x10, 65Mn SPRING STEEL   DRG: KA-2204 REV F
==========================================================================================
LINE  DESCRIPTION                         QTY   UOM   PRICE ZAR   SCOPE
1     S-TINE KA-2204 SAMPLE                 10   EA      96.00    SAMPLE - RELEASED
2     S-TINE KA-2204 PRODUCTION            990   EA      58.50    NOT RELEASED
==========================================================================================
NOTE: LINE 2 (990 EA) IS NOT RELEASED - DO NOT START, DO NOT BUY 65MN FOR IT.
      LINE 2 WILL BE RELEASED IN WRITING BY JOHAN BOTHA (PROCUREMENT MANAGER) AFTER
      SAMPLE SIGN-OFF (FIELD TEST 40 HA, NO BREAKAGE, SET < 5 MM).
      MATERIAL AUTHORITY: SAMPLE-ONLY.
DELIVERY: DDP GRAAFF-REINET. PAYMENT 60 DAYS FROM STATEMENT. KAI-TP REV 7 APPLY.
""")
m = mail("Sipho Dlamini <sipho.dlamini@karooagri.co.za>", "Pieter Coetzee <pieter@vaaleng.co.za>",
         "RE: KA-2204 tines - heat treat spec", d(28, 5, 7, 58),
         txt("""
OK approved, proceed.

Sipho

> From: Pieter Coetzee <pieter@vaaleng.co.za>
> Sent: 27 May 2024 16:22
> Subject: KA-2204 tines - heat treat spec
>
> Morning Sipho,
> Attached the revised heat treatment sheet for the S-tines, HRC 48-52 instead of 45-50. Our new
> furnace holds the band better and the set test was better on our side. Please confirm.
> Regards
> Pieter Coetzee | Vaal Engineering Works CC | 016 933 4410
"""), in_reply_to="<h5-ref-0527@vaaleng.co.za>")
case("p17_po_0078840", ["RG002"],
     "multi-file: complete PO (10 released, 990 held, event, Johan Botha) + one-line 'OK approved, proceed.'",
     [("PO_0078840.txt", po_txt), ("RE_KA-2204_heat_treat.eml", eml_bytes(m))])


# ---- p18: DOCX minutes, complete scope plus an unscoped go-ahead (South African procurement, rail)
case("p18_minutes_axlebox", ["RG002"],
     "minutes: scope complete (8 FAI released, 392 held, event, named); later 'K. Nkosi gave the go-ahead'",
     [("HRS_minutes_2024-05-29.docx", docx_bytes([
         ("h1", "Supplier review meeting - minutes"),
         ("p", "Highveld Rolling Stock (Pty) Ltd and Boksburg Castings (Pty) Ltd. 29 May 2024, Germiston, 10:00-11:30. "
               "Present: Thandiwe Mokoena (HRS Procurement), K. Nkosi (HRS Engineering), Lwazi Khumalo (HRS Quality), "
               "Riaan Venter and Gugu Ndlovu (Boksburg Castings). Apologies: none."),
         ("table", [["#", "Item", "Discussion / decision", "Action"],
                    ["1", "Safety moment", "Forklift near-miss at Boksburg dispatch bay; barrier installed.", "-"],
                    ["2", "PO HRS-45-77190 scope", "8 axle box covers (FAI) released. The 392 production covers are not "
                     "released; Thandiwe Mokoena will release them in writing after FAI sign-off.", "TM"],
                    ["3", "Pattern change", "Core print modified for the drain hole; new pattern photos shared.", "RV"],
                    ["4", "Axle box covers", "K. Nkosi gave the go-ahead. Boksburg to start.", "RV"],
                    ["5", "Logistics", "Covers to be delivered on timber skids, 8 per skid, DDP Germiston.", "GN"],
                    ["6", "AOB", "HRS plant shutdown 16-20 December.", "-"]]),
         ("sp",),
         ("p", "Next meeting: 26 June 2024. Minutes: Lwazi Khumalo."),
     ], author="Lwazi Khumalo"))])


# ---- p19: portal with mixed 'approval' column and an unscoped APPROVED - proceed banner (Dutch buyer, optics)
case("p19_portal_approvals", ["RG002", "RG009"],
     "portal: 'Approval' used for drawing, PO and production; banner 'APPROVED - proceed' names no scope",
     [("delft_optiek_portal_DO-7740.html", html_page("Delft Optiek - order DO-7740", """
<h2>Delft Optiek B.V. &mdash; Leveranciersportaal / Supplier portal</h2>
<p>Order <b>DO-7740</b> &nbsp;|&nbsp; Supplier: Taichung Lianhe Optical Co., Ltd. &nbsp;|&nbsp; Part: achromatic doublet
AD-25-100 (&Oslash;25.4 mm, f = 100 mm, N-BK7/N-SF5, MgF<sub>2</sub> AR)</p>
<div class="note"><b>Status: APPROVED &ndash; proceed</b></div>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Sample lot</td><td>16</td><td>Released</td></tr>
<tr><td>2</td><td>Series</td><td>984</td><td>Not released &mdash; released in writing by Daan Vermeulen (Purchasing Manager) after FAI sign-off</td></tr>
</table>
<h3>Approvals</h3>
<table>
<tr><th>Approval</th><th>Result</th><th>By</th><th>Date</th></tr>
<tr><td>Drawing AD-25-100 rev B</td><td>Approved</td><td>R. de Wit (Optical Design)</td><td>02/05/2024</td></tr>
<tr><td>Purchase order</td><td>Approved</td><td>Finance</td><td>06/05/2024</td></tr>
<tr><td>Production</td><td>Approval pending</td><td>&mdash;</td><td>&mdash;</td></tr>
</table>
<p>Questions: inkoop@delftoptiek.nl</p>
"""))])


# ---- p20: startup founder: deposit wired so 'green light' (Chinese CNC supplier)
po = pdf([
    ("h1", "Purchase Order VEL-PO-0093"),
    ("p", "Velora Bikes Ltd, Unit 4, Paintworks, Bristol BS4 3EH, UK. Supplier: Shenzhen Kaida CNC Technology Co., Ltd. "
          "Date: 24/05/2024. Generated by Velora procurement tool."),
    ("table", [["Line", "Item", "Qty", "Scope", "Status"],
               ["1", "Chainring VR-CR-36T, 7075-T6, narrow-wide, hard anodised black", "10", "Prototype", "Released"],
               ["2", "Chainring VR-CR-36T, production", "290", "Production", "Not released"]]),
    ("p", "Line 2 (290 pcs) is not released. It will be released only by a written release from Ada Okafor, Founder & "
          "CEO, after ride-test sign-off of the prototypes. Material authority: prototype only."),
    ("p", "Payment terms: 50% deposit of the total order value, 50% before shipment."),
], title="VEL-PO-0093", author="Velora procurement")
m = mail("Ada Okafor <ada@velorabikes.co.uk>", "Kevin Tang <kevin.tang@kaidacnc.com>",
         "Deposit sent!! VEL-PO-0093", d(29, 5, 19, 7, "+0100"),
         txt("""
Hey Kevin!

Deposit's been wired this morning (50% of the order value, ref VEL-0093) 🎉 so you've got the green
light from us. PO attached again in case the first one got lost.

Can't wait to see these. Could you send a couple of photos when the first ones come off the machine?
Our designer wants to check the tooth profile finish before anodising.

Cheers,
Ada

Ada Okafor | Founder & CEO | Velora Bikes | velorabikes.co.uk
"""), attachments=[("VEL-PO-0093.pdf", po, PDF_MT)])
case("p20_deposit_sent", ["RG002", "RG012"],
     "founder: 'deposit wired ... so you've got the green light' - payment as authority and unscoped approval",
     [("VEL-PO-0093_mail.eml", eml_bytes(m))])


# ---- p21: multi-file: complete PO + supplier ack saying glass for the whole quantity is bought (Chinese optics)
po = pdf([
    ("h1", "Purchase Order DO-7755"),
    ("p", "Delft Optiek B.V., Schoemakerstraat 97, 2628 VK Delft. Supplier: Ningbo Haoyu Precision Optics Co., Ltd. "
          "Date: 21-05-2024. Buyer: Daan Vermeulen."),
    ("table", [["Line", "Item", "Qty", "Scope", "Status"],
               ["1", "Plano-convex lens PCX-50-150, H-K9L, Ø50 mm, f=150 mm, AR 400-700 nm", "30", "Sample", "Released"],
               ["2", "Same, series", "2,970", "Production", "Not released"]]),
    ("p", "Line 2 (2,970 pcs) is not released: do not start it. It will be released only by a written release from "
          "Daan Vermeulen, Purchasing Manager, after sample sign-off (surface form <= 1 fringe, centration <= 3 arcmin)."),
    ("p", "Delivery DAP Delft, week 25. Payment 45 days."),
], title="DO-7755", author="Daan Vermeulen")
m = mail("Lily Zhang <lily.zhang@haoyu-optics.cn>", "Daan Vermeulen <d.vermeulen@delftoptiek.nl>",
         "Order confirmation DO-7755 PCX-50-150", d(23, 5, 9, 48, "+0800"),
         txt("""
Dear Mr. Vermeulen,

Good day! Thank you very much for your PO DO-7755.

We confirm 30 pcs sample lens PCX-50-150, delivery DAP Delft week 25, price as PO. Test report with
interferometer photo for every lens will be provided.

For save the lead time, we already purchase the H-K9L glass blanks for total 3,000 pcs lens, now they
are in our warehouse. So when you are ready for the series we can deliver very fast.

Any question please feel free to contact me.

Best regards,
Lily Zhang
Sales Dept. | Ningbo Haoyu Precision Optics Co., Ltd. | Tel: +86 574 8688 1020
"""))
case("p21_po_DO-7755", ["RG006"],
     "multi-file: complete PO for 30 + supplier confirmation that glass for the whole 3,000 is already bought",
     [("PO_DO-7755.pdf", po), ("Order_confirmation_DO-7755.eml", eml_bytes(m))])


# ---- p22: minutes: forgings for all 600 ordered; supplier will carry straight on after FAI (Australian, rail)
case("p22_minutes_wheelsets", ["RG006", "RG007"],
     "minutes: mill order covers all 600 wheelsets (2 released); supplier carries straight on with balance if FAI passes",
     [("SCRS_HVF_minutes_2024-05-24.pdf", pdf([
         ("h1", "Meeting minutes - wheelset supply"),
         ("p", "Southern Cross Rail Services Pty Ltd / Hunter Valley Forge & Wheel Pty Ltd. 24 May 2024, Newcastle NSW, "
               "13:00-14:45. Attendees: Kylie Tran (SCRS, Category Lead Rolling Stock), Bec Williams (SCRS, Senior Buyer), "
               "Dean Mitchell (HVFW, General Manager), Priyanka Shah (HVFW, Quality)."),
         ("table", [["#", "Topic", "Minute", "Owner"],
                    ["1", "Contract scope", "PO 7720-4402: 2 FAI wheelsets (EA1N axle, ER7 wheels, AS 7514) released. The "
                     "remaining 598 wheelsets are not released; Kylie Tran releases them in writing after FAI sign-off.", "KT"],
                    ["2", "Forging slot", "HVFW confirmed the forging mill order already covers the full 600 wheelsets "
                     "(axle blanks and wheel blanks) to secure the mill slot in August.", "DM"],
                    ["3", "FAI plan", "Ultrasonic test per EN 13261, press-fit diagrams, residual stress on 1 wheel. "
                     "FAI witness proposed 8 July.", "PS"],
                    ["4", "Production flow", "HVFW stated that, assuming the FAI passes, they will carry straight on with "
                     "the balance without stopping the line.", "DM"],
                    ["5", "Logistics", "Wheelsets shipped on cradles, 4 per truck, to Newport workshops.", "BW"]]),
         ("sp",),
         ("p", "Next meeting: after FAI witness. Minutes taken by Bec Williams, issued 27 May 2024."),
     ], title="Minutes 2024-05-24", author="Bec Williams"))])


# ---- p23: supplier status portal: material staged for the whole programme (Taiwanese supplier, bicycle)
case("p23_status_portal", ["RG006"],
     "supplier status page: 200 released, balance held, but forging bar staged for full 2,000 sets, no material authority",
     [("formosa_status_LW-PO-007.html", html_page("Formosa Precision Cycle - order status", """
<h2>Formosa Precision Cycle Co., Ltd. &mdash; Customer order status</h2>
<p>Customer: Loopwheel Labs AB &nbsp;|&nbsp; Customer PO: LW-PO-007 &nbsp;|&nbsp; Part: rear dropout RD-22 rev B
&nbsp;|&nbsp; Report date: 2024/06/03</p>
<table>
<tr><th>Item</th><th>Status</th></tr>
<tr><td>Released qty</td><td>200 sets</td></tr>
<tr><td>Balance (not released, on hold per customer)</td><td>1,800 sets</td></tr>
<tr><td>Forging</td><td>200 sets forged, trimmed, heat treated (T6)</td></tr>
<tr><td>CNC</td><td>120 sets finished, 80 sets in process (machine #7)</td></tr>
<tr><td>Material</td><td>6061 forging bar &Oslash;45 staged for the full programme (2,000 sets), in our warehouse since 2024/05/28</td></tr>
<tr><td>Anodising</td><td>scheduled 2024/06/10</td></tr>
<tr><td>Shipment</td><td>ETD 2024/06/17, air, DAP Stockholm</td></tr>
</table>
<p>Contact: Jerry Lin, Sales Manager &mdash; jerry.lin@formosa-cycle.com.tw</p>
"""))])


# ---- p24: supplier MRP printout: material requirement for 5.000 against 50 released (South Africa, rail)
case("p24_mrp_printout", ["RG006"],
     "supplier MRP: 50 released, 4.950 on customer hold, yet raw material purchased for 5.000",
     [("DFP_WO-24-3310_status.txt", txt("""
DURBAN FRICTION PRODUCTS (PTY) LTD      MRP / WORK ORDER STATUS           RUN 2024-05-30 06:00
=============================================================================================
WORK ORDER : WO-24-3310          CUSTOMER : HIGHVELD ROLLING STOCK    CUST PO : HRS-45-77166
ITEM       : DFP-BBI-118         BRAKE BLOCK INSERT, STEEL BACKING, FOR BB-220 REV C
=============================================================================================
CUSTOMER RELEASED QTY      :      50 EA
NOT RELEASED (CUST HOLD)   :   4.950 EA
WO QTY (PLANNED)           :      50 EA
=============================================================================================
MATERIAL REQUIREMENT
COMP        DESCRIPTION                     UOM   REQ QTY   ON HAND   ON ORDER   BASIS
RM-S275     STEEL STRIP S275 3MM            KG    6.250       320      5.930     5.000 EA
RM-FRC-K    FRICTION COMPOUND K-MIX 7       KG   14.500       410     14.090     5.000 EA
RM-ADH-2    BONDING ADHESIVE                L       180        12        168     5.000 EA
=============================================================================================
PURCHASE ORDERS PLACED FOR ALL COMPONENTS ABOVE (PLANNER: N. PILLAY, 2024-05-21)
REMARK: MATERIAL BASIS = FULL PROGRAMME 5.000 EA (PLANNER DECISION, LEAD TIME)
"""))])


# ---- p25: supplier: deposit received, order released, resin for all 10,000 ordered (Chinese, cosmetics packaging)
t = txt("""
Dear Marta,

Good day! We received your 30% deposit today, thank you so much.

So the order is now released to production, and we already ordered the PP resin (Sinopec K8003) and the
white masterbatch for all 10,000 pcs, arriving next Tuesday. The mould is on the machine and samples
will come first, I will send you photos.

Best regards,
Cindy Wu
Sales Manager Europe | Shantou Meiya Packaging Co., Ltd. | +86 754 8856 2201

-----Original Message-----
From: Marta Ruiz <mruiz@bellezaenvases.es>
Sent: 24 May 2024 12:10
Subject: PO 24-0455 jar JR-30 - samples

> Dear Cindy,
> PO 24-0455 attached. Position 1: 100 sample jars JR-30, released. Position 2: 9.900 pcs series,
> NOT released - please do not start and do not buy material for them. I will release position 2 in
> writing myself after our sample sign-off (filling trial + stability 4 weeks).
> Proforma for the deposit please.
> Marta Ruiz, Head of Purchasing, Belleza Envases S.A.
""")
m = mail("Cindy Wu <cindy.wu@meiya-pack.com>", "Marta Ruiz <mruiz@bellezaenvases.es>",
         "RE: PO 24-0455 jar JR-30 - samples", d(28, 5, 17, 22, "+0800"), t,
         in_reply_to="<h5-ref-0524@bellezaenvases.es>")
case("p25_deposit_resin", ["RG006", "RG012"],
     "supplier treats the deposit as production release and orders resin for all 10,000 against 100 released",
     [("RE_PO_24-0455.eml", eml_bytes(m))])


# ---- p26: supplier calls the forecast firm and buys material for it; forecast attached as TXT (Taiwan, bicycle)
plan = txt("""
FORMOSA PRECISION CYCLE - MATERIAL PLAN FOR NORDCYKEL HUB SHELL HS-100
ref. customer forecast file NC_FC_2025_HS100.csv (2024-05-02)

PERIOD     CUSTOMER QTY   BASIS                 AL 6061 BAR (KG)   STATUS
2024-Q3          100      PO NC-24-0590 (REL)            38        IN STOCK
2025-Q1        1,500      FIRM FORECAST                 570        PURCHASED
2025-Q2        1,500      FIRM FORECAST                 570        PURCHASED
2025-Q3        1,500      FIRM FORECAST                 570        PURCHASED
2025-Q4        1,400      FIRM FORECAST                 532        PURCHASED
TOTAL          6,000                                  2,280
""")
m = mail("Jerry Lin <jerry.lin@formosa-cycle.com.tw>", "Mats Lindgren <mats.lindgren@nordcykel.se>",
         "HS-100 hub shell - material plan 2025", d(31, 5, 11, 5, "+0800"),
         txt("""
Dear Mats,

Thank you for PO NC-24-0590, we are running the 100 sets released now, ETD 21 June.

According to your firm forecast of 6,000 sets for 2025, we already bought the aluminium bar for the
full quantity, because the mill lead time is 14 weeks and the price will go up in Q3. Please see our
material plan attached.

If you have any update of the forecast please let us know as soon as possible.

Best regards,
Jerry Lin
Sales Manager | Formosa Precision Cycle Co., Ltd. | +886 4 2359 0188
"""), attachments=[("HS-100_material_plan.txt", plan, "text/plain")])
case("p26_material_plan", ["RG006", "RG008"],
     "supplier calls the 6,000 forecast 'firm' and buys bar for all of it against 100 released",
     [("HS-100_2025_update.eml", eml_bytes(m))])


# ---- p27: supplier: once samples approved we roll into the 2,000; bar already bought (Spanish supplier, French buyer)
t = txt("""
Bonjour Nicolas,

The 10 samples of the sprocket APC-SP-4431 are turned and hobbed, hardening tomorrow. You will have
them with the hardness and dimensional reports on Friday.

Once you approve the samples we will roll straight into the 1.990 - we have already bought the C45 bar
for them, so there will be no waiting time on our side.

Saludos cordiales,
Álvaro Gil
Jefe de Ventas | Talleres Mecánicos Aragón S.L. | Zaragoza | +34 976 57 30 12

-----Mensaje original-----
De: Nicolas Girard <n.girard@agripieces-centre.fr>
Enviado: 21 de mayo de 2024 9:05
Asunto: Commande A24-1203 - pignon APC-SP-4431

> Bonjour Álvaro,
> Our order A24-1203 is attached. Line 010: 10 samples, released. Line 020: 1.990 pcs series - not
> released, do not start, no material for it. Line 020 will be released in writing by our purchasing
> manager Hélène Roux after the sample sign-off (hardness + field test on 2 balers).
> Cordialement, Nicolas Girard, acheteur, Agri-Pièces du Centre
""")
m = mail("Álvaro Gil <agil@tma-zaragoza.es>", "Nicolas Girard <n.girard@agripieces-centre.fr>",
         "RE: Commande A24-1203 - pignon APC-SP-4431", d(29, 5, 18, 15), t,
         in_reply_to="<h5-ref-0521@agripieces-centre.fr>")
case("p27_sprocket_reply", ["RG006", "RG007"],
     "supplier: 'once you approve the samples we will roll straight into the 1.990'; C45 bar already bought",
     [("RE_Commande_A24-1203.eml", eml_bytes(m))])


# ---- p28: multi-file: complete DOCX PO + supplier ack PDF with automatic start on sample approval (Taiwan, cosmetics)
po = docx_bytes([
    ("h1", "Purchase order NS-PO-24-118"),
    ("p", "Nordisk Skönhet AB, Sveavägen 44, 111 34 Stockholm. Supplier: Taipei Cosmo Pack Co., Ltd. Date: 2024-05-27."),
    ("table", [["Line", "Item", "Qty", "Status"],
               ["1", "Powder compact PC-58, round Ø58 mm, mirror, soft-touch black - samples", "20", "Released"],
               ["2", "Powder compact PC-58 - production", "1,980", "Not released"]]),
    ("p", "Line 2 is not released and must not be started. It is released only by a written release from Johan Berg, "
          "Purchasing Director, after sample sign-off (hinge cycle test 5,000 openings, drop test 1.2 m). "
          "Material authority: sample-only."),
    ("p", "Delivery DAP Stockholm. Payment 30 days net."),
], author="Johan Berg")
ack = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0533"),
    ("p", "Taipei Cosmo Pack Co., Ltd., Tucheng Dist., New Taipei City. Customer: Nordisk Skönhet AB. "
          "Your PO: NS-PO-24-118. Date: 2024/05/29."),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Delivery"],
               ["1", "PC-58 powder compact, samples", "20 pcs", "3.80", "2024/06/20 by air"],
               ["2", "PC-58 powder compact, production", "1,980 pcs", "1.12", "see note"]]),
    ("p", "Note: Production of the remaining 1,980 pcs will start automatically upon your sample approval, delivery 35 "
          "days after approval by sea, FOB Keelung."),
    ("p", "Thank you for your order. Sandy Huang, Customer Service."),
], title="OA-24-0533", author="Sandy Huang")
case("p28_po_NS-PO-24-118", ["RG007"],
     "multi-file: complete PO + supplier ack saying the 1,980 start automatically upon sample approval",
     [("NS-PO-24-118.docx", po), ("OA-24-0533.pdf", ack)])


# ---- p29: startup founder undercuts his own PO: if protos fit, crank out the rest (3D print bureau)
po = pdf([
    ("h1", "Purchase Order KB-0047"),
    ("p", "Kitebox Robotics Ltd, 3 Wharf Road, London N1 7GS. Supplier: PrintHub Eindhoven B.V. Date: 27/05/2024."),
    ("table", [["Line", "Item", "Qty", "Status"],
               ["1", "Motor housing KB-MH-02 rev B, MJF PA12, dyed black - prototypes", "8", "Released"],
               ["2", "Motor housing KB-MH-02 rev B - production", "392", "Not released"]]),
    ("p", "Line 2 is not released. It will be released by a written release from Priya Nair (co-founder, operations) "
          "after the fit-check sign-off of the prototypes on the rover chassis. Material authority: prototype only."),
], title="KB-0047", author="Priya Nair")
m = mail("Tom Reyes <tom@kiteboxrobotics.com>", "Sanne Bakker <sanne@printhub-eindhoven.nl>",
         "housings", d(27, 5, 23, 41, "+0100"),
         txt("""
hey Sanne,

PO from Priya attached (8 protos of the motor housing).

between us: we're super tight on time for the demo day, so if the protos fit, just crank out the rest
straight away, no need to wait for Priya's paperwork. I'll square it with her.

thx!!
Tom
--
Tom Reyes | founder | Kitebox Robotics
"""), attachments=[("KB-0047.pdf", po, PDF_MT)])
case("p29_founder_housings", ["RG007"],
     "founder: 'if the protos fit, just crank out the rest ... no need to wait for the paperwork' against the PO",
     [("housings.eml", eml_bytes(m))])


# ---- p30: supplier portal with automatic scheduling on sample approval (Taiwanese optics supplier)
case("p30_supplier_portal", ["RG007"],
     "supplier portal: production of the balance scheduled automatically once sample status is Approved",
     [("lianhe_order_OP-4501-8010.html", html_page("Lianhe Optical - customer order OP-4501-8010", """
<h2>Taichung Lianhe Optical Co., Ltd. &mdash; Customer order tracking</h2>
<p>Customer: Optronik Sverige AB &nbsp;|&nbsp; Customer PO: 4501-8010 &nbsp;|&nbsp; Part: IR window IRW-08 (Ge, AR/DLC)</p>
<table>
<tr><th>Step</th><th>Qty</th><th>State</th></tr>
<tr><td>Sample lot</td><td>10</td><td>Coating (DLC) &mdash; ETD 2024/06/14</td></tr>
<tr><td>Balance</td><td>390</td><td>Not released by customer</td></tr>
</table>
<div class="note">Workflow: when the customer sets the sample status to <b>Approved</b>, the production order for the balance
is scheduled automatically on our coating line and germanium blanks are called off from stock.</div>
<p>Your contact: Amy Hsu &mdash; amy.hsu@lianhe-optical.com.tw &mdash; +886 4 2461 7730</p>
"""))])


# ---- p31: Chinese supplier quote: after sample confirm, mass production directly (cosmetics packaging)
case("p31_quote_mascara", ["RG007"],
     "supplier quote remark: after sample confirm, mass production directly, no new PO",
     [("LF-QT-240604.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Zhejiang Lifu Cosmetic Packaging Co., Ltd. | Yiwu, Zhejiang | Quote No. LF-QT-240604 | Date 2024-06-04"),
         ("p", "To: Maison Aurèle, attn. Camille Lefèvre. Item: mascara tube MT-10, 10 ml, PETG bottle + ABS cap, wiper LDPE, "
               "brush nylon 6.12."),
         ("table", [["Item", "Qty", "Unit price USD", "Remark"],
                    ["Samples (hand-assembled, colour to PMS 7622C)", "300 pcs", "0.85", "Lead time 15 days"],
                    ["Mass production", "20,000 pcs", "0.29", "Lead time 35 days"],
                    ["Mass production", "50,000 pcs", "0.26", "Lead time 45 days"],
                    ["Hot stamping plate", "1 set", "120.00", "One time"]]),
         ("p", "Remarks:"),
         ("p", "1. Price FOB Ningbo, valid 30 days."),
         ("p", "2. Payment: 30% T/T deposit, balance against B/L copy."),
         ("p", "3. After sample confirm, we will arrange mass production directly, no need new PO."),
         ("p", "4. Packing: 500 pcs/carton, carton 58x38x35 cm."),
         ("p", "Sales: Grace Fang | grace@lifu-pack.cn | +86 579 8521 6630"),
     ], title="LF-QT-240604", author="Grace Fang"))])


# ---- p32: French buyer: approval of the samples is the approval of the series (rail), DOCX PO attached
po = docx_bytes([
    ("h1", "Purchase order 4800-2305"),
    ("p", "Société Ferroviaire de l'Est, Metz. Supplier: Caoutchouc Technique du Rhin SARL, Strasbourg. Date 30/05/2024."),
    ("table", [["Pos.", "Article", "Qty", "Status"],
               ["1", "Silentbloc SFE-SB-1120 ind. A - samples", "16", "Released"],
               ["2", "Silentbloc SFE-SB-1120 ind. A - series", "784", "Not released"]]),
    ("p", "Position 2 is released only by a written release from Claire Martin, Head of Purchasing, after sample sign-off "
          "(static stiffness test and EN 45545-2 fire report)."),
], author="Julien Moreau")
m = mail("Julien Moreau <j.moreau@sfe-rail.fr>", "Luc Wagner <l.wagner@ct-rhin.fr>",
         "Commande 4800-2305 silentblocs - planning", d(30, 5, 16, 5),
         txt("""
Dear Mr. Wagner,

Please find attached our purchase order 4800-2305 for the silentblocs SFE-SB-1120.

Concerning your question on the planning of the vulcanisation press: for us, the approval of the
samples is the approval of the series. So please plan the press so that you can continue without
interruption once our laboratory has given its approval.

The samples are awaited in Metz in week 26 with the stiffness curves (static, 0-12 kN) and the
material certificate of the NR compound.

Best regards,
Julien Moreau
Acheteur / Buyer - Société Ferroviaire de l'Est - Metz - +33 3 87 55 21 09
"""), attachments=[("PO_4800-2305.docx", po, DOCX_MT)])
case("p32_silentblocs", ["RG007", "RG009"],
     "'approval of the samples is the approval of the series' - one word for sign-off and release; implied roll-over",
     [("Commande_4800-2305.eml", eml_bytes(m))])


# ---- p33: Spanish buyer: fifteen (15) samples vs summary 50; 'if OK just continue with the 5.000' (agricultural)
m = mail("Javier Sanz <jsanz@mae-zaragoza.es>", "Álvaro Gil <agil@tma-zaragoza.es>",
         "Pedido MAE-PO-2024-0790 - muestras / samples", d(3, 6, 12, 40),
         txt("""
Hola Álvaro,

As we spoke by phone, we send today the order MAE-PO-2024-0790 for the coulter arm MAE-CA-14 (S355MC
laser cut + bent, drawing MAE-CA-14 rev 3).

Please produce fifteen (15) samples, bent and zinc-plated, for our field test in Huesca.

The series of 5.000 pcs is not released yet. It is released after the sample sign-off from our test
department, with a written release from me.

Honestly, we are late with the new seed drill, so if the samples are fine, just continue with the 5.000,
no need to wait for my release.

Summary for your order entry:
 - Samples released: 50 pcs
 - Series: 5.000 pcs
 - Delivery samples: DAP Zaragoza, week 25

Gracias y un saludo,
Javier Sanz
Purchasing Manager | Maquinaria Agrícola del Ebro S.A. | +34 976 47 11 80
"""))
case("p33_coulter_arm", ["RG007", "RG011"],
     "fifteen (15) samples vs summary 'Samples released: 50'; 'if the samples are fine, just continue with the 5.000'",
     [("Pedido_MAE-PO-2024-0790.eml", eml_bytes(m))])


# ---- p34: forecast page written as a firm commitment (Australian procurement, rail)
rows = "".join(f"<tr><td>{q}</td><td>{n}</td></tr>" for q, n in
               [("Q1 FY25 (Jul-Sep 2024)", "450"), ("Q2 FY25 (Oct-Dec 2024)", "450"),
                ("Q3 FY25 (Jan-Mar 2025)", "500"), ("Q4 FY25 (Apr-Jun 2025)", "600")])
case("p34_forecast_FY25", ["RG008"],
     "forecast page says the forecast quantities are a firm commitment that SCRS will take and pay for",
     [("forecast_FY25_SCRS-BD-640.html", html_page("Southern Cross Rail - FY25 forecast brake disc", f"""
<h2>Southern Cross Rail Services Pty Ltd &mdash; Supplier Portal</h2>
<p>Supplier: Geelong Foundry &amp; Machining Pty Ltd &nbsp;|&nbsp; Part: SCRS-BD-640 rev 3, axle-mounted brake disc
&Oslash;640 (GJS-400 hub, vented) &nbsp;|&nbsp; Published 05/06/2024 by Kylie Tran, Category Lead Rolling Stock</p>
<h3>FY25 forecast</h3>
<table>
<tr><th>Quarter</th><th>Forecast qty (pcs)</th></tr>
{rows}
<tr><td><b>Total FY25</b></td><td><b>2,000</b></td></tr>
</table>
<div class="note">Please note: the FY25 forecast above is our firm commitment. Southern Cross will take and pay for these
quantities, so you can plan your moulding line and casting slots on them with confidence.</div>
<p>Deliveries are called off monthly; each call-off is signed by Kylie Tran and is the production release for its quantity.</p>
<p style="font-size:11px;color:#666">Southern Cross Rail Services Pty Ltd ABN 51 824 753 556.</p>
"""))])


# ---- p35: supplier confirms the buyer's labelled forecast as a firm order (Chinese supplier, bicycle)
t = txt("""
Dear Ada,

Thank you for your order!

We confirm your firm order of 24,000 pcs brake lever blades BL-2 for 2025 as per your forecast, and we
will arrange our production plan with 2,000 pcs per month from January. Unit price USD 3.15 as per our
quotation KD-Q-0517.

Wish you a nice weekend!

Best regards,
Kevin Tang
Sales Manager | Shenzhen Kaida CNC Technology Co., Ltd. | +86 755 2760 1188

-----Original Message-----
From: Ada Okafor <ada@velorabikes.co.uk>
Sent: Thursday, June 6, 2024 6:02 PM
Subject: 2025 forecast BL-2

> Hi Kevin, attached our 2025 forecast for the BL-2 lever blade, 24,000 pcs, for your capacity
> planning only - this is not an order. POs follow quarterly. Ada
""")
m = mail("Kevin Tang <kevin.tang@kaidacnc.com>", "Ada Okafor <ada@velorabikes.co.uk>",
         "RE: 2025 forecast BL-2", d(7, 6, 10, 15, "+0800"), t, in_reply_to="<h5-ref-0606@velorabikes.co.uk>")
case("p35_forecast_reply", ["RG008"],
     "supplier answers a labelled forecast with 'we confirm your firm order of 24,000 pcs'",
     [("RE_2025_forecast_BL-2.eml", eml_bytes(m))])


# ---- p36: call-off with complete scope but forecast declared binding (South African procurement, rail)
case("p36_calloff_03", ["RG008"],
     "call-off releases 400, balance released by next call-off (named); forecast declared a binding commitment",
     [("HRS_calloff_03_WP-310.txt", txt("""
HIGHVELD ROLLING STOCK (PTY) LTD          CALL-OFF             NO. 03 / FRAME HRS-FA-2024-07
Germiston                                                        DATE 2024-06-05
===========================================================================================
SUPPLIER : BOKSBURG CASTINGS (PTY) LTD
PART     : HRS-WP-310  BOLSTER WEAR PLATE, MN-STEEL (ASTM A128 GR. B-2), DRG HRS-WP-310 REV 2
===========================================================================================
THIS CALL-OFF RELEASES FOR PRODUCTION:     400 PCS   DELIVERY WK 26
RELEASED TO DATE (INCL. THIS CALL-OFF):    900 PCS
-------------------------------------------------------------------------------------------
FORECAST (WEEKS 27-40):                  3.600 PCS
THE FORECAST ABOVE IS A BINDING PURCHASE COMMITMENT OF HIGHVELD ROLLING STOCK FOR THE PERIOD.
-------------------------------------------------------------------------------------------
NOTE: NO QUANTITY BEYOND THIS CALL-OFF IS RELEASED. FURTHER QUANTITIES ARE RELEASED ONLY BY
      THE NEXT CALL-OFF, SIGNED BY THANDIWE MOKOENA (SENIOR MANAGER PROCUREMENT).
      MATERIAL AUTHORITY: RELEASED QUANTITY ONLY.
PACKING: STEEL STILLAGE, MAX 1.000 KG, TAG WITH CALL-OFF NO. AND HEAT NO.
===========================================================================================
ISSUED: L. KHUMALO               SIGNED: T. MOKOENA
"""))])


# ---- p37: DOCX minutes: 'approved' for sample, price and series; forecast confirmed as committed (Dutch, agri)
case("p37_minutes_foundry", ["RG008", "RG009"],
     "minutes: 'approved'/'approval' for samples, price and series; 2025 forecast confirmed as committed volume",
     [("Agrotech_Gieterij_MoM_2024-06-06.docx", docx_bytes([
         ("h1", "Minutes - quarterly review Agrotech Parts / Gieterij Achterhoek"),
         ("p", "Date: 6 June 2024, Biddinghuizen. Present: M. van Dijk (Supply Chain Manager), W. Bakker (Buyer), "
               "E. Smit (Quality) - Agrotech; H. Wolters (Sales), J. Brink (Engineering) - Gieterij Achterhoek."),
         ("table", [["#", "Subject", "Minute", "Action"],
                    ["1", "Order 4410-0932 scope", "16 sample gearbox covers released; the 1.584 series covers are not "
                     "released. M. van Dijk releases them in writing after the sample sign-off.", "-"],
                    ["2", "Samples AGT-30771-B", "Samples approved by Agrotech QA (CMM report and leak test OK).", "ES"],
                    ["3", "Price 2025", "Price 2025 approved by Agrotech management, EUR 21,75 per piece.", "WB"],
                    ["4", "Series", "Approval of the series follows from M. van Dijk.", "MvD"],
                    ["5", "Volume 2025", "Agrotech confirmed the 2025 forecast of 1.200 covers as committed volume; "
                     "the foundry can count on it.", "MvD"],
                    ["6", "Pattern", "Pattern plate AGT-30771 rev B stored at the foundry, insured by Agrotech.", "HW"]]),
         ("sp",),
         ("p", "Next review: September 2024. Minutes: W. Bakker."),
     ], author="W. Bakker"))])


# ---- p38: release letter that uses 'released' for the drawing, the PO and production (Swedish buyer, optics)
case("p38_release_letter", ["RG009"],
     "release letter: drawing 'released', PO 'released' in ERP, and production release - one word, three meanings",
     [("Optronik_release_4501-7950.pdf", pdf([
         ("p", "OPTRONIK SVERIGE AB - Teknikringen 6 - 583 30 Linköping - Sweden"),
         ("p", "To: Taichung Lianhe Optical Co., Ltd., attn. Ms. Amy Hsu"),
         ("p", "Linköping, 10 June 2024"),
         ("h", "Release - objective lens element OPT-L-2290 - PO 4501-7950"),
         ("p", "Dear Ms. Hsu,"),
         ("p", "Drawing OPT-L-2290 rev D was released by our optical engineering on 3 June. Purchase order 4501-7950 rev 1 "
               "was released in our ERP system on 5 June."),
         ("p", "With this letter we release 120 (one hundred and twenty) lens elements for production. The remaining "
               "3,480 lens elements of the PO are not released. They will be released in writing by Erik Lindqvist, "
               "Purchasing, after lot acceptance of these 120 pcs at our incoming inspection."),
         ("p", "Please ship the 120 pcs DAP Linköping by air with the transmission curves per lot."),
         ("p", "Best regards,"),
         ("p", "Erik Lindqvist - Purchasing - Optronik Sverige AB"),
     ], title="Release 4501-7950", author="Erik Lindqvist"))])


# ---- p39: dental lab: 'released' for the design and for production (Dutch lab, Spanish milling centre)
t = txt("""
Hola Lucía,

Update on case 24-1201 (screw-retained titanium abutments, Straumann BLX interface, 16 positions over
the clinic's implant program):

- Dr. Visser has released the design this morning: emergence profile as in the scan, margin 0.5 mm
  subgingival, screw channel angulated 15 degrees on positions 12-22.
- You can produce 2 (two) abutments now for the try-in, positions 11 and 21.
- The other 14 abutments are not released yet. I will release them myself in writing after the try-in
  sign-off at the clinic (fit, emergence and tissue blanching checked by Dr. Visser).

Please ship the two try-in parts by our usual courier, with the STL of the final design.

Gracias!
Sanne Kuipers
Productieplanning | Tandtechniek Utrecht B.V. | +31 30 271 8804
""")
m = mail("Sanne Kuipers <s.kuipers@tandtechniekutrecht.nl>", "Lucía Ferrer <lferrer@fresadolevante.es>",
         "case 24-1201 abutments - design + try-in", d(11, 6, 10, 2), t,
         html="<p>Hola Lucía,</p><p>Update on case 24-1201:</p><ul><li>Dr. Visser has released the design this morning.</li>"
              "<li>You can produce 2 (two) abutments now for the try-in, positions 11 and 21.</li>"
              "<li>The other 14 abutments are not released yet. I will release them myself in writing after the try-in "
              "sign-off at the clinic.</li></ul><p>Gracias!<br>Sanne Kuipers</p>")
case("p39_dental_abutments", ["RG009"],
     "'released the design' (technical) and 'not released yet / I will release them' (production) in one message",
     [("case_24-1201_abutments.eml", eml_bytes(m))])


# ---- p40: multi-file: PO says 25 samples, release letter says 30 (French buyer, Spanish supplier, agricultural)
po = pdf([
    ("h1", "Bon de commande / Purchase order A24-1215"),
    ("p", "Agri-Pièces du Centre SAS, Cusset. Supplier: Talleres Mecánicos Aragón S.L. Date: 04/06/2024. Buyer: N. Girard."),
    ("table", [["Ligne", "Article", "Qté", "Statut"],
               ["010", "APC-SH-0290 baler knotter shaft, 42CrMo4 QT, drawing ind. C - samples", "25", "Released"],
               ["020", "APC-SH-0290 - series", "975", "Not released"]]),
    ("p", "Line 020 is not released. It is released only in writing by Hélène Roux, Purchasing Manager, after the "
          "sample sign-off (hardness, straightness 0,05 mm, field test on 3 balers)."),
], title="A24-1215", author="N. Girard")
letter = docx_bytes([
    ("p", "Agri-Pièces du Centre SAS - 18 route de Vichy - 03300 Cusset"),
    ("p", "To: Talleres Mecánicos Aragón S.L., Zaragoza - Cusset, 5 June 2024"),
    ("h", "Sample release - order A24-1215 - knotter shaft APC-SH-0290"),
    ("p", "Dear Mr. Gil,"),
    ("p", "Further to our order A24-1215 of 4 June, we release 30 (thirty) sample knotter shafts for production."),
    ("p", "The series quantity is not released. Hélène Roux, Purchasing Manager, will release it in writing after the "
          "sample sign-off."),
    ("p", "Kind regards, Nicolas Girard, Buyer"),
], author="N. Girard")
case("p40_A24-1215", ["RG011"],
     "multi-file: PO releases 25 samples, release letter of the next day releases 30 samples",
     [("A24-1215.pdf", po), ("A24-1215_sample_release.docx", letter)])


# ---- p41: supplier ack PDF says 250 released vs buyer's 200, and reads PO acceptance as production start
ack = pdf([
    ("h1", "SALES ORDER ACKNOWLEDGEMENT SO-2406-0088"),
    ("p", "Dongguan Rongsheng Hardware Co., Ltd., Chang'an Town, Dongguan. Customer: Nordcykel AB. Customer PO: NC-24-0615. "
          "Date: 2024-06-06."),
    ("table", [["Item", "Part", "Description", "Released qty", "Unit USD"],
               ["1", "ST-40 rev A", "Stem 40 mm, AL7075-T6, black anodised - pilot lot", "250 pcs", "7.90"]]),
    ("p", "Our acceptance of your PO is the production start: upon acceptance the order enters our production schedule "
          "and the workshop begins."),
    ("p", "Delivery: ETD Shenzhen 2024-07-05 by sea, DAP Malmö. Kevin Liu, Sales."),
], title="SO-2406-0088", author="Kevin Liu")
t = txt("""
Dear Karin,

Thank you for your PO. Please find our sales order acknowledgement SO-2406-0088 attached.

Best regards,
Kevin Liu
Sales | Dongguan Rongsheng Hardware Co., Ltd. | +86 769 8533 2016

-----Original Message-----
From: Karin Ek <karin.ek@nordcykel.se>
Sent: 5 June 2024 15:30
Subject: PO NC-24-0615 stem ST-40 pilot lot

> Hi Kevin,
> PO NC-24-0615 attached. Released now: 200 pcs pilot lot of the ST-40 stem. The balance of 1,800 pcs
> is not released; it stays on hold until pilot-lot acceptance at our Malmö assembly line, and then I
> will send the written release myself.
> Karin Ek, Supply Chain Manager, Nordcykel AB
""")
m = mail("Kevin Liu <kevin.liu@rongsheng-hw.com>", "Karin Ek <karin.ek@nordcykel.se>",
         "RE: PO NC-24-0615 stem ST-40 pilot lot", d(6, 6, 9, 12, "+0800"), t,
         attachments=[("SO-2406-0088.pdf", ack, PDF_MT)], in_reply_to="<h5-ref-0605@nordcykel.se>")
case("p41_ack_ST-40", ["RG011", "RG012"],
     "buyer releases 200 (quoted), supplier ack states 250 released and treats PO acceptance as production start",
     [("RE_PO_NC-24-0615.eml", eml_bytes(m))])


# ---- p42: e-mail with portal print (HTML) saying 48 and PO PDF saying 60 (Swedish buyer)
portal = html_page("Nordcykel portal print NC-24-0620", """
<h2>Nordcykel AB &mdash; Supplier Portal (print)</h2>
<p>Order NC-24-0620 &nbsp;|&nbsp; Supplier: Dongguan Rongsheng Hardware Co., Ltd. &nbsp;|&nbsp; Part: seatpost head SP-H2</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>Sample</td><td>48</td><td>Released</td></tr>
<tr><td>20</td><td>Production</td><td>952</td><td>Not released &mdash; written release by Karin Ek after sample sign-off</td></tr>
</table>
""")
po = pdf([
    ("h1", "Purchase order NC-24-0620"),
    ("p", "Nordcykel AB, Malmö. Supplier: Dongguan Rongsheng Hardware Co., Ltd. Date: 2024-06-07. Buyer: Mats Lindgren."),
    ("table", [["Line", "Item", "Qty", "Status"],
               ["10", "Seatpost head SP-H2, forged AL6061-T6 - sample", "60", "Released"],
               ["20", "Seatpost head SP-H2 - production", "940", "Not released"]]),
    ("p", "Line 20 is released only by a written release from Karin Ek, Supply Chain Manager, after sample sign-off "
          "(ISO 4210-9 seatpost fatigue test)."),
], title="NC-24-0620", author="Mats Lindgren")
m = mail("Mats Lindgren <mats.lindgren@nordcykel.se>", "Kevin Liu <kevin.liu@rongsheng-hw.com>",
         "PO NC-24-0620 seatpost head SP-H2", d(7, 6, 14, 20),
         txt("""
Hi Kevin,

Attached our PO NC-24-0620 for the seatpost head SP-H2 and a print of the portal page, so your order
desk has both. Please confirm the order in the portal by Wednesday.

The forging drawing SP-H2 rev B has the new 2 mm fillet at the clamp ears, please make sure the die
is updated before the samples.

Tack och hälsningar,
Mats Lindgren
Inköpare | Nordcykel AB | +46 40 630 22 91
"""), attachments=[("NC-24-0620.pdf", po, PDF_MT), ("portal_NC-24-0620.html", portal, "text/html")])
case("p42_seatpost_head", ["RG011"],
     "PO PDF releases 60 samples, portal print attached to the same mail releases 48",
     [("PO_NC-24-0620.eml", eml_bytes(m))])


# ---- p43: multi-file: Teams meeting notes agree 100, release letter says 120 (Dutch buyer, valves)
notes = txt("""
Teams meeting notes - actuator mounting brackets AMB-220 - 07-06-2024 10:00-10:30
Attendees: Pieter Jansen, Anouk de Boer (Van der Meer Valves); Gerrit Oosterhuis (Metaalbewerking Twente)

1. FAI of the 5 brackets signed off by VMV QA on 05-06 (report FAI-0201). OK.
2. Agreed: release of 100 brackets AMB-220 rev 4 for production (order 4500032260).
   The remaining 395 brackets are not released; Pieter Jansen releases them in writing after
   lot acceptance of these 100 at our incoming inspection.
3. Surface: hot-dip galvanised per ISO 1461, min. 85 um. Bolt holes to be re-tapped after HDG.
4. Delivery DAP Maasvlakte, 2 weeks.

Notes: Anouk de Boer
""")
letter = pdf([
    ("p", "Van der Meer Valves B.V. - Havenweg 12 - 3199 LB Maasvlakte Rotterdam"),
    ("p", "To: Metaalbewerking Twente B.V., attn. Mr. G. Oosterhuis - Rotterdam, 7 June 2024"),
    ("h", "Production release - order 4500032260 - actuator mounting bracket AMB-220 rev 4"),
    ("p", "Dear Mr. Oosterhuis,"),
    ("p", "As agreed in today's meeting, we hereby release 120 (one hundred twenty) brackets AMB-220 rev 4 for production."),
    ("p", "The remaining brackets of the order are not released. Pieter Jansen, Category Manager, will release them in "
          "writing after lot acceptance of this lot."),
    ("p", "Kind regards, Pieter Jansen, Category Manager Valves"),
], title="Release 4500032260", author="Pieter Jansen")
case("p43_meeting_notes", ["RG011"],
     "multi-file: meeting notes agree release of 100, release letter of the same day releases 120",
     [("meeting_notes_AMB-220.txt", notes), ("release_4500032260.pdf", letter)])


# ---- p44: supplier reads the deposit as production release (Chinese CNC supplier, startup)
m = mail("Kevin Tang <kevin.tang@kaidacnc.com>", "Priya Nair <priya@kiteboxrobotics.com>",
         "Deposit received - PO KB-0051", d(10, 6, 9, 55, "+0800"),
         txt("""
Dear Priya,

Good morning! We have received the 30% deposit for your PO KB-0051, thank you very much.

So your order is released to production from today, our workshop will start the CNC programming
tomorrow and the first parts will come off the machines next week. I will send you photos.

By the way, for the anodising we suggest Type III hard anodising, 25 um, because the parts are
sliding against the rail. Please confirm if ok.

Best regards,
Kevin Tang
Sales Manager | Shenzhen Kaida CNC Technology Co., Ltd. | +86 755 2760 1188
"""))
case("p44_deposit_received", ["RG012"],
     "supplier: deposit received, 'so your order is released to production from today'",
     [("KB-0051_update.eml", eml_bytes(m))])


# ---- p45: French buyer e-mail releases 150, attached release PDF says 180 (optics, Taiwanese supplier)
rel = pdf([
    ("h1", "Production release PR-OV-24-019"),
    ("p", "Optique Vauban SAS, 12 rue Lavoisier, 25000 Besançon. Supplier: Taichung Lianhe Optical Co., Ltd. "
          "Order: CDE-OV-2405-77, right-angle prism PR-20 (N-BK7, 20 mm, hypotenuse AR)."),
    ("table", [["Item", "Value"],
               ["Released quantity", "180 pcs"],
               ["Balance", "Not released - on hold"],
               ["Unlock event", "Lot acceptance of the released quantity (flatness lambda/8, angle tolerance 3 arcsec)"],
               ["Release authority", "Hugo Bernard, Responsable Achats"]]),
    ("p", "Signed: Hugo Bernard, 12 June 2024."),
], title="PR-OV-24-019", author="Hugo Bernard")
m = mail("Hugo Bernard <h.bernard@optique-vauban.fr>", "Amy Hsu <amy.hsu@lianhe-optical.com.tw>",
         "Release prisms PR-20 - CDE-OV-2405-77", d(12, 6, 15, 3),
         txt("""
Dear Amy,

Good news: the 20 sample prisms passed our interferometer and the angle check.

We therefore release 150 pcs of the prism PR-20 for production, as per the attached release document.
The balance of the order stays on hold; I will release it myself in writing after lot acceptance of
this first production lot.

Please keep the same coating run parameters as for the samples (R < 0.5% at 532 nm).

Bien cordialement,
Hugo Bernard
Responsable Achats | Optique Vauban SAS | Besançon | +33 3 81 47 20 66
"""), attachments=[("PR-OV-24-019.pdf", rel, PDF_MT)])
case("p45_prism_release", ["RG011"],
     "mail body releases 150 prisms, attached release document says 180",
     [("Release_prisms_PR-20.eml", eml_bytes(m))])


# =================================================================== WRITE
def main():
    random.seed(20240605)
    order = list(range(len(CASES)))
    random.Random(55).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    names = set()
    for n, idx in enumerate(order, start=1):
        c = CASES[idx]
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(first).stem)
        folder = f"h5_{n:02d}_{stem}"
        assert folder not in names
        names.add(folder)
        p = OUT / folder
        p.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                (p / fn).write_text(data, encoding="utf-8")
            else:
                (p / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")


if __name__ == "__main__":
    main()
