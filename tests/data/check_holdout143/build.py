#!/usr/bin/env python3
"""Generator for the releasegate check_holdout143 corpus (PCB / PCBA / EMS purchasing documents).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout143/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode, DOCX zip times).
Renderer helpers copied from check_holdout3/build.py; the cases are new and written by hand.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import textwrap
import zipfile
from collections import Counter
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
SEED = 143143
PREFIX = "h143"


def case(name, expect, note, files):
    """files: list of (filename, bytes|str). The first file names the case folder."""
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


def T(s: str) -> str:
    """dedent a triple-quoted block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


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
    m["Message-ID"] = msgid or f"<{PREFIX}-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_{PREFIX}")
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
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"


def quote_lines(s: str) -> str:
    """prefix every line with '> ' (or '>' for empty lines), as a mail client does."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in s.rstrip("\n").split("\n")) + "\n"


# =================================================================== CASES
# Descriptive names: cNN_* = clean (expect []), pNN_* = at least one risk.
# The folder name on disk is neutral: h143_NN_<first-file-stem>.

# ------------------------------------------------------------ batch 1
# c01: US brand PDF PO, EVT lot, MP line shown as forecast/not released, all four jobs done.
case("c01_pdf_po_evt_mp_line_not_released", [],
     "EVT PO releases 25; MP line 3 labelled forecast, not released, zero value; DVT sign-off + "
     "written release by named people; material sample-only",
     [("PO_4410-2291.pdf", pdf([
         ("h1", "PURCHASE ORDER 4410-2291"),
         ("p", "Northgate Audio Inc. | 1900 E Cesar Chavez St, Austin, TX 78702, USA | "
               "purchasing@northgate-audio.com"),
         ("table", [["Field", "Value"],
                    ["PO date", "April 18, 2024"],
                    ["Supplier", "Shenzhen Jiayuan Circuit Technology Co., Ltd., Bao'an District, Shenzhen"],
                    ["Supplier no.", "V-10388"],
                    ["Buyer", "Megan Triplett, Sr. Buyer, +1 512 555 0147"],
                    ["Terms", "Net 30, FCA Shenzhen (Incoterms 2020)"],
                    ["Ship via", "DHL Express, account 95-118-204"]]),
         ("sp",),
         ("table", [["Line", "Part / Rev", "Description", "Qty", "UoM", "Unit USD", "Ext. USD"],
                    ["1", "NGA-AMP-200-PCBA rev B", "EVT build, class-D amp main board, SMT+THT, "
                     "100% AOI, flying probe", "25", "ea", "38.40", "960.00"],
                    ["2", "NGA-AMP-200-NRE", "Stencils top/bottom (framed), functional test fixture",
                     "1", "lot", "1,150.00", "1,150.00"],
                    ["3", "NGA-AMP-200-PCBA rev B", "MP volume - FORECAST, NOT RELEASED, price "
                     "reference only", "2,000", "ea", "21.75", "0.00"],
                    ["", "", "", "", "", "Total", "2,110.00"]]),
         ("h", "Scope of this order"),
         ("p", "This purchase order releases twenty-five (25) EVT boards on line 1 and the NRE on line 2. "
               "Line 3 is a forecast shown so that your price reference is on file; it carries no value "
               "and is not released. The 2,000 MP boards stay on hold."),
         ("p", "Material authority: sample-only. Buy components for the 25 EVT boards only. Do not buy, "
               "allocate or kit parts for line 3."),
         ("p", "What unlocks line 3: DVT sign-off by our engineering team, followed by a written production "
               "release signed by Megan Triplett (Sr. Buyer) or Ray Okafor (Director of Operations). No "
               "other document - invoice, acknowledgement or e-mail from engineering - releases it."),
         ("h", "Quality and shipping"),
         ("p", "Workmanship IPC-A-610 Class 2, lead-free, RoHS 3. Ship each board in an ESD bag with the AOI "
               "report and flying-probe log. Serialize EVT-01 to EVT-25 on the silkscreen label area."),
         ("p", "Please acknowledge this PO within two business days. Questions on the BOM go to "
               "Jason Lee (NPI engineering), jlee@northgate-audio.com."),
     ], pagesize=LETTER, title="PO 4410-2291", author="Megan Triplett"))])

# c02: Taiwanese fab quote with tiers, nothing authorized.
case("c02_pdf_tw_quote_tiers", [],
     "supplier quotation with proto/100/1k/5k tiers; no authorizing document in the bundle",
     [("TLQ-24-0588.pdf", pdf([
         ("h1", "QUOTATION TLQ-24-0588"),
         ("p", "Hsinchu TopLayer Circuits Corp. | No. 18, Gongye 2nd Rd, Hsinchu Science Park, Taiwan | "
               "sales@toplayer-pcb.com.tw"),
         ("table", [["To", "Hoshino Instruments K.K., Hamamatsu, Japan - Attn. Mr. Kenji Watanabe"],
                    ["Date", "2024/04/22"],
                    ["Part", "HSN-FX-12 rev 02, 2-layer polyimide flex, 0.1 mm, ENIG, FR4 stiffener 0.2 mm"],
                    ["Validity", "60 days"]]),
         ("sp",),
         ("table", [["Tier", "Qty (pcs)", "Unit price (USD)", "Lead time"],
                    ["Prototype", "10", "38.00", "7 working days"],
                    ["Small lot", "100", "6.90", "10 working days"],
                    ["Volume", "1,000", "1.85", "3 weeks"],
                    ["Volume", "5,000", "1.12", "4 weeks"]]),
         ("sp",),
         ("p", "One-time tooling (punch die + test jig): USD 450.00, charged once with the first order."),
         ("p", "Remarks: 1) Prices FOB Taoyuan. 2) Panel utilization based on 18 pcs per working panel "
               "250 x 300 mm. 3) Coverlay opening per customer drawing DRG-HSN-0412 rev 5. "
               "4) Electrical test 100%. 5) This quotation is an offer only and not an order confirmation."),
         ("p", "Thank you for your inquiry. Please contact Vincent Lai, Sales Engineer, ext. 2231."),
     ], title="Quotation TLQ-24-0588", author="Vincent Lai"))])

# c03: Vietnamese EMS asks for go-ahead; buyer's full scope quoted underneath.
c03_quoted = T("""
    On Thu, 2 May 2024 at 21:14, Erin Harper <eharper@cobaltridge-robotics.com> wrote:
    Hi Thao,

    PO 7730-118 is attached. To be clear on scope:
    - PO 7730-118 covers 40 DVT units of the CR7 motor controller, and nothing else.
    - The remaining 1,960 units (PVT/MP) are not released.
    - They can only be released by a written production release from me, after DVT sign-off
      (thermal soak + drop test at our Boston lab).
    - Material authority: sample-only, parts for the 40 units.

    Thanks,
    Erin Harper
    Commodity Manager, Cobalt Ridge Robotics
""")
c03_text = T("""
    Dear Ms. Harper,

    Good morning from Bac Ninh. The 40 DVT units of CR7 have passed our FCT and are packed, shipping
    by FedEx IP tomorrow, AWB will follow.

    May I ask: do we have the go-ahead for the remaining 1,960 units? Our SMT line 3 has a free window in
    week 24 and we would like to know if we should reserve it for you. If the release is not yet possible,
    no problem, we keep the window open until 24 May and then give it to another customer.

    We will not order any parts for the 1,960 until we hear from you.

    Best regards,
    Thao Pham
    Customer Program Manager
    Kinh Bac EMS JSC, Que Vo Industrial Park, Bac Ninh, Vietnam
    +84 222 3 715 880

""") + quote_lines(c03_quoted)
case("c03_eml_vn_supplier_question", [],
     "supplier asks whether the 1,960 may start (a question, not an approval); quoted buyer scope states "
     "quantity, hold, unlock event and named release person",
     [("RE_CR7_DVT_shipment.eml", eml_bytes(mail(
         "Thao Pham <thao.pham@kinhbac-ems.vn>", "Erin Harper <eharper@cobaltridge-robotics.com>",
         "RE: CR7 DVT shipment / PO 7730-118", "Fri, 10 May 2024 08:41:00 +0700", c03_text,
         in_reply_to="<h143-cr7-0502@cobaltridge-robotics.com>")))])

# c04: Swedish buyer's rolling forecast, clearly labelled.
c04_txt = T("""
    LINDQVIST MARINE ELECTRONICS AB                                  PAGE 1/1
    Box 5120, 402 23 Goteborg, Sweden                      PRINTED 2024-05-13 07:02
    --------------------------------------------------------------------------------
    ROLLING FORECAST  -  NOT A PURCHASE ORDER  -  NO MATERIAL AUTHORIZATION
    --------------------------------------------------------------------------------
    SUPPLIER : 300417  PANNON EMS KFT., SZEKESFEHERVAR, HU
    PLANNER  : J. EKLUND                           HORIZON : W22/2024 - W35/2024
    --------------------------------------------------------------------------------
    ITEM NO        DESCRIPTION                 W22-W25   W26-W29   W30-W35     TOTAL
    LM-300-PCBA    NAV DISPLAY MAIN BD C         1.200     1.600     2.400     5.200
    LM-300-PSU     PSU BOARD REV B                 600       800     1.200     2.600
    LM-410-IO      I/O EXPANSION BD REV A            0       400       800     1.200
    --------------------------------------------------------------------------------
    NOTES
    1. THIS FORECAST IS FOR CAPACITY PLANNING ONLY. IT IS NOT AN ORDER AND NOT A
       COMMITMENT TO PURCHASE.
    2. NO MATERIAL MAY BE BOUGHT AT LINDQVIST'S LIABILITY ON THE BASIS OF THIS
       FORECAST.
    3. QUANTITIES ARE RELEASED ONLY BY WRITTEN CALL-OFFS SIGNED BY JOHAN EKLUND,
       PURCHASING MANAGER. EACH CALL-OFF STATES ITS OWN QUANTITY.
    4. PLEASE CONFIRM CAPACITY BY W21 TO JOHAN.EKLUND@LINDQVIST-MARINE.SE
    --------------------------------------------------------------------------------
    END OF REPORT                                              RPT: MRP-FC-07
""")
case("c04_txt_se_labelled_forecast", [],
     "labelled rolling forecast: not an order, no material authority, release only by call-offs",
     [("LMX_planning_W20.txt", c04_txt)])

# c05: German buyer, full-quantity DOCX PO for box builds, "proceed" with the quantity.
case("c05_docx_de_full_qty_box_build", [],
     "full-quantity PO for 300 box builds, no balance; 'proceed with the 300 units' is scoped",
     [("Bestellung_4500087713.docx", docx_bytes([
         ("h1", "Purchase Order 4500087713"),
         ("p", "Rheinwerk Sensorik GmbH · Einkauf · Heilbronner Str. 210 · 70191 Stuttgart · Germany"),
         ("p", "Supplier: Electrónica Bajío S.A. de C.V., Av. Lopez Mateos Sur 5550, Zapopan, Jalisco, Mexico "
               "(Lieferantennr. 71055)"),
         ("p", "Date: 06.05.2024 · Buyer: Florian Becker, Leiter Einkauf · Payment: 45 days net · "
               "Incoterms 2020 DAP Stuttgart"),
         ("table", [["Pos.", "Material", "Description", "Qty", "Unit", "Price EUR", "Amount EUR"],
                    ["10", "RS-GW4-BOX", "Gateway box build: PCBA RS-GW4 rev E, housing, cable set, "
                     "EOL test, labelling, gift box", "300", "pcs", "68,20", "20.460,00"]]),
         ("sp",),
         ("h", "Delivery schedule"),
         ("table", [["Delivery", "Qty", "Date at Stuttgart"],
                    ["1", "100", "KW 25"],
                    ["2", "100", "KW 27"],
                    ["3", "100", "KW 29"],
                    ["Total", "300", ""]]),
         ("h", "Scope"),
         ("p", "This order covers the full quantity of 300 units. No further quantity is quoted, forecast "
               "or reserved under this order. Please proceed with the 300 units per build instruction "
               "BI-GW4-03 rev 2 and test specification TS-GW4-011."),
         ("p", "Please confirm the order with a written order acknowledgement (Auftragsbestätigung) "
               "within 5 working days, stating delivery dates and prices."),
         ("p", "Our general terms of purchase (AEB 2023) apply. ISO 9001:2015 and IPC-A-610 Class 2 "
               "workmanship. Packaging: ESD, max. 20 boxes per carton."),
         ("p", "Mit freundlichen Grüßen / kind regards, Florian Becker"),
     ], author="Florian Becker"))])

# c06: Israeli medtech, explicit and recorded auto-conversion with signer, quantity, conditions.
c06_text = T("""
    Hi Jack,

    Following our call this morning, here is the agreement in writing so that nobody has to
    remember it later.

    1. Under PO 2024-0712 you build 60 DVT units of the KMD-P3 sensor board now. That is the only
       quantity released today.
    2. The remaining 1,440 units are not released today.
    3. Recorded auto-conversion: if Dr. Amir Levi (VP R&D) signs the DVT report with the disposition
       "approved - no deviations" on or before 31 July 2024, that signed report by itself releases
       1,440 units for production. No further release letter is needed for that quantity. I will
       send you the signed report the same day.
    4. If the disposition is interim or rejected, or if 31 July passes without a signature, nothing
       is released and the 1,440 wait for a written release from me.
    5. Material authority until then: sample-only (parts for the 60 DVT units).

    Please reply "agreed" so we have your acknowledgement on file.

    Best,
    Noa
""") + sig("Noa Shapiro", "Supply Chain Manager", "Keshet Medical Devices Ltd., Petah Tikva, Israel",
           "+972 3 555 0192")
c06_html = ("<p>Hi Jack,</p><p>Following our call this morning, here is the agreement in writing so that "
            "nobody has to remember it later.</p><ol>"
            "<li>Under PO 2024-0712 you build <b>60 DVT units</b> of the KMD-P3 sensor board now. That is the "
            "only quantity released today.</li>"
            "<li>The remaining 1,440 units are not released today.</li>"
            "<li>Recorded auto-conversion: if Dr. Amir Levi (VP R&amp;D) signs the DVT report with the "
            "disposition &quot;approved - no deviations&quot; on or before 31 July 2024, that signed report by "
            "itself releases 1,440 units for production. No further release letter is needed for that "
            "quantity. I will send you the signed report the same day.</li>"
            "<li>If the disposition is interim or rejected, or if 31 July passes without a signature, nothing "
            "is released and the 1,440 wait for a written release from me.</li>"
            "<li>Material authority until then: sample-only (parts for the 60 DVT units).</li></ol>"
            "<p>Please reply &quot;agreed&quot; so we have your acknowledgement on file.</p><p>Best,<br>Noa</p>"
            "<p>-- <br>Noa Shapiro<br>Supply Chain Manager<br>Keshet Medical Devices Ltd., Petah Tikva, Israel</p>")
case("c06_eml_il_explicit_autoconversion", [],
     "explicit recorded auto-conversion naming quantity 1,440, signer and conditions; 60 DVT active; "
     "fallback to written release by Noa Shapiro",
     [("KMD-P3_DVT_agreement.eml", eml_bytes(mail(
         "Noa Shapiro <noa.shapiro@keshet-med.co.il>", "Jack Zhang <jack.zhang@ruifeng-elec.cn>",
         "KMD-P3 / PO 2024-0712 - DVT scope and conversion agreement", "Mon, 13 May 2024 11:20:00 +0300",
         c06_text, html=html_page("KMD-P3", c06_html))))])

# c07: Chinese supplier: deposit received, deposit does not release production.
c07_pi = pdf([
    ("h1", "PROFORMA INVOICE JY-PI-2405-033"),
    ("p", "Shenzhen Jiayuan Circuit Technology Co., Ltd. | Fuyong, Bao'an, Shenzhen 518103 | "
          "Bank: Bank of China Shenzhen Branch, SWIFT BKCHCNBJ45A"),
    ("table", [["Buyer", "Tallgrass Instruments LLC, Boulder CO, USA"],
               ["Ref.", "PO TG-5512"],
               ["Date", "2024-05-03"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
               ["1", "TG-SNS-4 PCBA proto, 6L, ENIG, 0201 parts", "30", "96.00", "2,880.00"],
               ["2", "NRE: stencil + flying probe program", "1", "1,160.00", "1,160.00"],
               ["3", "Freight DHL", "1", "200.00", "200.00"],
               ["", "", "", "Total", "4,240.00"]]),
    ("p", "Payment: 50% T/T deposit with order, 50% before shipment. Bank charges are for buyer's account."),
])
c07_text = T("""
    Dear Kevin,

    Good day! We have received your 50% deposit USD 2,106.00 for PI JY-PI-2405-033 today (USD 14 bank
    charge deducted, no problem), thank you very much.

    Kindly note: this deposit does not release production. We only build the 30 proto boards on
    PO TG-5512, SMT planned on 16 May. The 2,970 pcs MP quantity in our quotation stay on hold. We wait
    for your written release, you told us it will come from Linda Park after EVT sign-off. Before that we
    will not buy any MP material, only the parts for the 30 pcs.

    PI is attached again for your file.

    Best regards
    Cherry Wu
    Sales Dept. | Shenzhen Jiayuan Circuit Technology Co., Ltd.
    Tel: +86 755 2991 8830 | WeChat: cherrywu_jy
""")
case("c07_eml_cn_payment_not_release", [],
     "supplier: deposit received, explicitly does not release production; only 30 proto, 2,970 on hold; "
     "no MP material",
     [("RE_PO_TG-5512.eml", eml_bytes(mail(
         "Cherry Wu <cherry.wu@jiayuan-pcb.com>", "Kevin Marsh <kmarsh@tallgrass-instruments.com>",
         "RE: PO TG-5512 / PI JY-PI-2405-033", "Tue, 07 May 2024 16:05:00 +0800", c07_text,
         attachments=[("JY-PI-2405-033.pdf", c07_pi, PDF_MT)])))])

# c08: US buyer call-off on its supplier portal with explicit staged material authority.
c08_body = T("""
    <div style="background:#1d3557;color:#fff;padding:8px"><b>Cobalt Ridge Robotics</b> &middot; Supplier Portal</div>
    <p>Logged in as: <b>Carlos Mendoza</b> (Electr&oacute;nica Baj&iacute;o S.A. de C.V.) &middot; Vendor 20417</p>
    <h2>Call-off CO-0042 &middot; CR9 servo controller PCBA rev C</h2>
    <table>
    <tr><th>Field</th><th>Value</th></tr>
    <tr><td>Blanket PO</td><td>7730-160 (commercial cover 1,000 units)</td></tr>
    <tr><td>Call-off date</td><td>2024-05-15</td></tr>
    <tr><td>Released by this call-off</td><td><b>200 units</b>, deliver to Boston DC by 2024-06-28</td></tr>
    <tr><td>Released to date (cumulative)</td><td>200 units</td></tr>
    <tr><td>Balance on hold</td><td>800 units &ndash; not released</td></tr>
    <tr><td>Next unlock event</td><td>Call-off CO-0043, issued after the PVT yield report (target &ge; 98% FPY)</td></tr>
    <tr><td>Release authority</td><td>Erin Harper, Commodity Manager (limit USD 250k)</td></tr>
    </table>
    <h3>Material authority (staged)</h3>
    <div class="note">
    Electr&oacute;nica Baj&iacute;o may purchase and hold at Cobalt Ridge's liability material for up to
    <b>1,000 units</b> for the long-lead items listed below only. All other material: for the released
    200 units only. This material authority does not release any production beyond the 200 units.
    </div>
    <table>
    <tr><th>MPN</th><th>Description</th><th>Lead time</th><th>Authorized up to</th></tr>
    <tr><td>MIMX8ML8DVNLZAB</td><td>i.MX 8M Plus SoC</td><td>32 wks</td><td>1,000 units</td></tr>
    <tr><td>PCA9450CHN</td><td>PMIC</td><td>26 wks</td><td>1,000 units</td></tr>
    <tr><td>DRV8353RSRGZR</td><td>Gate driver</td><td>20 wks</td><td>1,000 units</td></tr>
    </table>
    <p>Acknowledge: <button>Acknowledge call-off</button> &nbsp; Status: <i>awaiting supplier acknowledgement</i></p>
    <p style="color:#777;font-size:11px">Cobalt Ridge Robotics, 300 A St, Boston MA 02210 &middot; portal v4.12</p>
""")
case("c08_html_us_calloff_staged_material", [],
     "call-off releases 200, 800 on hold, next call-off after PVT yield, named authority; staged material "
     "authority to 1,000 for listed long-lead parts is explicit",
     [("CO-0042_CR9.html", html_page("Call-off CO-0042", c08_body))])

# p01: US brand sample PO, quote tier table on page 2, no hold wording.
case("p01_pdf_po_with_quote_tiers", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 10 proto boards prints the quote's 500/5,000 tiers with no 'informational / not released'; "
     "no hold, no unlock event, no named release authority",
     [("PO_4410-2307.pdf", pdf([
         ("h1", "PURCHASE ORDER 4410-2307"),
         ("p", "Northgate Audio Inc. | 1900 E Cesar Chavez St, Austin, TX 78702, USA"),
         ("table", [["PO date", "May 6, 2024"],
                    ["Supplier", "Shenzhen Jiayuan Circuit Technology Co., Ltd. (V-10388)"],
                    ["Buyer", "Megan Triplett, Sr. Buyer"],
                    ["Terms", "Net 30, FCA Shenzhen"]]),
         ("sp",),
         ("table", [["Line", "Part / Rev", "Description", "Qty", "Unit USD", "Ext. USD"],
                    ["1", "NGA-DAC-50-PCBA rev A", "Proto build, DAC board, 4L, ENIG, AOI + X-ray on BGA",
                     "10", "74.00", "740.00"],
                    ["2", "NGA-DAC-50-STN", "Stencil, framed, top side", "1", "180.00", "180.00"]]),
         ("p", "Ship complete via DHL Express. Include AOI and X-ray reports. IPC-A-610 Class 2."),
         ("h", "Pricing basis - Jiayuan quotation JY-Q-24-118 (rev 2)"),
         ("table", [["Qty", "Unit USD", "Lead time", "Notes"],
                    ["10", "74.00", "8 working days", "proto, manual placement of 2 parts"],
                    ["500", "19.80", "15 working days", "pilot"],
                    ["5,000", "11.35", "25 working days", "MP, panel 6-up, reel components"]]),
         ("p", "Unit prices per tier are fixed for 12 months from the PO date. Supplier to hold the "
               "5,000 pcs price through Q1 2025."),
         ("p", "Please sign and return the acknowledgement copy. Thank you for your support on this launch."),
     ], pagesize=LETTER, title="PO 4410-2307", author="Megan Triplett"))])

# p02: Israeli medtech ERP PO (TXT) + separate TW quote PDF with 12,000 tier; release authority named in header.
p02_po = T("""
    KESHET MEDICAL DEVICES LTD.                         PURCHASE ORDER
    14 HAMELACHA ST, PETAH TIKVA 4951128, ISRAEL        NO. 2024-0688     REV 0
    VAT 514 882 301                                     DATE 09/05/2024   PAGE 1
    ==============================================================================
    VENDOR  : 40211 HSINCHU TOPLAYER CIRCUITS CORP.      BUYER : M. ROSEN
              NO. 18 GONGYE 2ND RD, HSINCHU, TAIWAN      TEL   : +972 3 555 0170
    SHIP TO : KESHET MEDICAL, RECEIVING DOCK B           TERMS : NET 60 EOM
    RELEASE AUTHORITY : M. ROSEN, PURCHASING MGR         CURR  : USD
    ==============================================================================
    LN  ITEM            DESCRIPTION                   QTY UOM    UNIT       TOTAL
    --  --------------  ---------------------------  ---- ---  ------  ----------
    10  KMD-FLX-09 B    RIGID-FLEX 4+2L ENG SAMPLE     24 PCS   41.50      996.00
    20  KMD-FLX-09 NRE  E-TEST FIXTURE + TOOLING        1 LOT  380.00      380.00
                                                              TOTAL      1,376.00
    ==============================================================================
    NOTES:
    - PRICE PER QUOTE TLQ-24-0611 (ATTACHED).
    - ISO 13485 SUPPLIER FILE REF SQ-0417. IPC-6013 CLASS 3. DRAWING KMD-FLX-09 REV B.
    - MATERIAL CERTS AND MICROSECTION REPORT REQUIRED WITH SHIPMENT.
    - DELIVERY: 3 WEEKS ARO.
    ==============================================================================
    AUTHORIZED SIGNATURE: M. ROSEN (ELECTRONICALLY SIGNED)
""")
p02_quote = pdf([
    ("h1", "QUOTATION TLQ-24-0611"),
    ("p", "Hsinchu TopLayer Circuits Corp. | sales@toplayer-pcb.com.tw | 2024/04/30"),
    ("table", [["Customer", "Keshet Medical Devices Ltd. - Attn. Ms. Michal Rosen"],
               ["Part", "KMD-FLX-09 rev B, rigid-flex 4+2 layer, polyimide core, ENIG"],
               ["Standard", "IPC-6013 Class 3"]]),
    ("sp",),
    ("table", [["Qty (pcs)", "Unit price USD", "Lead time"],
               ["24", "41.50", "3 weeks"],
               ["12,000", "3.95", "5 weeks, shipments 2,000/month"]]),
    ("p", "Tooling USD 380 one-time. Validity 90 days. FOB Taoyuan."),
    ("p", "Thank you and best regards, Vincent Lai, Sales Engineer"),
], title="Quotation TLQ-24-0611", author="Vincent Lai")
case("p02_multi_il_erp_po_tw_quote", ["RG001", "RG003", "RG004"],
     "ERP PO for 24 engineering samples + attached quote with 12,000 tier, nothing says informational; no "
     "hold and no unlock event; release authority M. Rosen is named",
     [("PO_2024-0688.txt", p02_po), ("TLQ-24-0611.pdf", p02_quote)])

# p03: Swedish medtech EML with PO + quote PDFs attached; happy about the 1.000 pcs price.
p03_po = pdf([
    ("h1", "Purchase order VM-24-091"),
    ("p", "Vinter Medical AB | Dag Hammarskjölds väg 52, 752 37 Uppsala, Sweden | Org.nr 556912-4410"),
    ("table", [["Supplier", "Pannon EMS Kft., Székesfehérvár, Hungary"],
               ["Date", "2024-05-08"],
               ["Our reference", "Elin Sjöberg"],
               ["Delivery", "DAP Uppsala, week 22"]]),
    ("sp",),
    ("table", [["Pos", "Article", "Description", "Qty", "Price EUR", "Amount EUR"],
               ["1", "VM-2-PCBA rev C", "Pilot build, patient monitor main board", "15", "212,00", "3.180,00"]]),
    ("p", "Quality: ISO 13485:2016, IPC-A-610 Class 3, first article inspection report with delivery."),
    ("p", "Invoice to: Vinter Medical AB, Fakturor, Box 1440, 751 44 Uppsala. Always quote PO number."),
], title="PO VM-24-091", author="Elin Sjoberg")
p03_quote = pdf([
    ("h1", "Árajánlat / Quotation PQ-2024-131"),
    ("p", "Pannon EMS Kft. | Berényi út 72, 8000 Székesfehérvár, Hungary | sales@pannon-ems.hu"),
    ("table", [["Customer", "Vinter Medical AB"],
               ["Item", "VM-2-PCBA rev C"],
               ["Date", "2024-04-26"]]),
    ("sp",),
    ("table", [["Quantity", "Unit price EUR", "Lead time"],
               ["15", "212,00", "3 weeks"],
               ["250", "61,40", "5 weeks"],
               ["1.000", "38,90", "6 weeks"]]),
    ("p", "Prices EXW Székesfehérvár. NRE (stencil, ICT adaptor) EUR 2.450 one-time. Validity 60 days."),
], title="PQ-2024-131", author="Pannon EMS")
p03_text = T("""
    Hej Gábor,

    Please find attached our purchase order VM-24-091 for the VM-2 pilot build, 15 units, delivery
    week 22. Pricing is per your quotation PQ-2024-131, also attached. We are very happy with the
    1.000 pcs price by the way, it is what made the business case work internally.

    The FAI report should come with the boards. Per's team will do the evaluation in Uppsala in week 23.

    Tack och hälsningar,
    Elin
""") + sig("Elin Sjöberg", "Strategic Buyer", "Vinter Medical AB, Uppsala, Sweden", "+46 18 555 0133")
case("p03_eml_se_po_and_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "pilot PO for 15 with quote attached showing 1.000 pcs tier (praised, never declared informational); no "
     "hold, no unlock event, no release person",
     [("VM-24-091_order.eml", eml_bytes(mail(
         "Elin Sjöberg <elin.sjoberg@vintermedical.se>", "Gábor Tóth <gabor.toth@pannon-ems.hu>",
         "Order VM-24-091 - VM-2 pilot build", "Wed, 08 May 2024 14:02:00 +0200", p03_text,
         attachments=[("VM-24-091.pdf", p03_po, PDF_MT), ("PQ-2024-131.pdf", p03_quote, PDF_MT)])))])

# p04: WeChat export, US buyer and Chinese flex house; deposit paid, please start.
p04_txt = T("""
    WeChat chat history / 微信聊天记录
    Chat: Kevin Marsh (Tallgrass) & 陈丽 Lily Chen (Xinlian)
    Exported: 2024-05-16 09:30
    ------------------------------------------------------------

    2024-05-14 08:55:12  Kevin Marsh
    Lily hi, PO TG-5531 sent to your email for the 8 sets proto flex (TG-FPC-3 rev A)

    2024-05-14 08:55:40  Kevin Marsh
    pricing per your quote XL-Q-0417: 8 sets $62.00/set, 2k sets $3.10/set

    2024-05-14 09:20:03  陈丽 Lily Chen
    received, thank you Kevin 🙏 pls pay 50% deposit, PI attached in email

    2024-05-14 09:21:15  陈丽 Lily Chen
    [File] XL-PI-240514-02.pdf

    2024-05-15 07:48:51  Kevin Marsh
    deposit paid this morning, pls start

    2024-05-15 07:49:30  Kevin Marsh
    [Image] wire_confirmation.png

    2024-05-15 10:02:44  陈丽 Lily Chen
    ok we start now 💪 stiffener material in stock, I update you the schedule tomorrow

    2024-05-16 09:12:09  陈丽 Lily Chen
    schedule: coverlay lamination 5/17, E-test 5/20, ship 5/21 by UPS
""")
case("p04_chat_wechat_flex_paid_start", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "8 proto sets ordered beside a 2k tier with no 'not released'; 'deposit paid, pls start' ties start to "
     "payment; no hold, unlock event or release person",
     [("wechat_Xinlian_Kevin.txt", p04_txt)])

# p05: German buyer PDF pilot PO; forecast volume written as committed volume.
case("p05_pdf_de_pilot_po_committed_fcst", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "pilot PO for 50 prints forecast 40.000 pcs as 'committed volume' beside it; nothing says not "
     "released; no hold, unlock event or named release authority",
     [("Bestellung_4500092004.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500092004"),
         ("p", "Rheinwerk Sensorik GmbH · Heilbronner Str. 210 · 70191 Stuttgart · USt-IdNr. DE 811 462 907"),
         ("table", [["Lieferant / Supplier", "Dongguan Ruifeng Electronics Co., Ltd., Chang'an Town, Dongguan"],
                    ["Datum / Date", "13.05.2024"],
                    ["Einkäufer / Buyer", "Sabine Krüger"],
                    ["Zahlung / Payment", "60 Tage netto"],
                    ["Lieferung / Delivery", "FCA Hong Kong, KW 26"]]),
         ("sp",),
         ("table", [["Pos.", "Material", "Bezeichnung / Description", "Menge / Qty", "Preis EUR", "Wert EUR"],
                    ["10", "RS-GW5-PCBA", "Pilotserie / pilot lot, gateway main board rev B", "50 ST",
                     "44,10", "2.205,00"],
                    ["20", "RS-GW5-PCBA", "Forecast 2025: 40.000 ST - committed volume (basis for the "
                     "pricing of pos. 10)", "40.000 ST", "9,85", "-"]]),
         ("sp",),
         ("p", "We herewith order the above. The price of pos. 10 has been agreed on the basis of the "
               "committed 2025 volume of pos. 20. Please plan your capacity accordingly."),
         ("p", "Quality requirements: IPC-A-610 Klasse 2, ISO 9001:2015, RoHS/REACH declaration with first "
               "delivery. Test per PV-GW5-003. Labelling per RS-LAB-01."),
         ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023)."),
     ], title="Bestellung 4500092004", author="Sabine Krueger"))])

# p07: Japanese buyer DOCX PO for golden samples to Vietnamese EMS, nothing about the balance.
case("p07_docx_jp_golden_samples_bare", ["RG003", "RG004", "RG005"],
     "sample PO for 5 golden samples before mass production; never says MP is not released, names no unlock "
     "event and no release person",
     [("HI-24-0502_PO.docx", docx_bytes([
         ("h1", "PURCHASE ORDER No. HI-24-0502"),
         ("p", "Hoshino Instruments K.K., Procurement Section, 1-22-8 Sunayama-cho, Naka-ku, Hamamatsu, "
               "Shizuoka 430-0926, Japan"),
         ("p", "To: Kinh Bac EMS JSC, Que Vo Industrial Park, Bac Ninh, Vietnam"),
         ("p", "Date: 2024-05-09   Person in charge: Kenji Watanabe (Procurement)"),
         ("p", "Dear Sirs, we are pleased to place the following order for golden samples for evaluation "
               "before mass production of the HSN-CTL-4 controller board."),
         ("table", [["No.", "Part No.", "Description", "Q'ty", "Unit Price (USD)", "Amount (USD)"],
                    ["1", "HSN-CTL-4 Rev.1", "Golden sample PCBA, per quotation KB-Q-0331",
                     "5 pcs", "128.00", "640.00"]]),
         ("sp",),
         ("p", "Delivery: by 2024-06-07, DAP Hamamatsu."),
         ("p", "Packing: each board in ESD bag, with humidity indicator; outer carton marked with PO No."),
         ("p", "Documents: inspection report, X-ray images of U3 and U7 (BGA), solder paste lot record."),
         ("p", "Payment: T/T 30 days after receipt of goods."),
         ("p", "We kindly ask for your order acknowledgement by return mail. Thank you for your "
               "continued cooperation."),
         ("p", "Hoshino Instruments K.K. / Procurement Section / K. Watanabe"),
     ], author="Kenji Watanabe"))])

# ------------------------------------------------------------ batch 2
# c09: Japanese buyer corrects a TW EMS that assumed golden-sample OK starts MP.
c09_quoted = T("""
    On 2024/05/14 17:32, Jenny Lin wrote:
    Dear Tanaka-san,

    Golden sample 10 pcs are finished and passed our FCT, shipping today by FedEx (AWB 7781 2290 4410).
    To keep your schedule, after golden sample OK we will start MP 3,000 pcs directly, SMT line 3 is
    reserved for you from week 25.

    Best regards,
    Jenny Lin | Program Manager | Taoyuan Everbright EMS Co., Ltd.
""")
c09_text = T("""
    Dear Ms. Lin,

    Thank you very much for your quick report and for your effort to keep our schedule.

    However, please do not start mass production. Approval of the golden samples does not release
    mass production. The 3,000 pcs need a separate written production release from me (Tanaka) after
    our reliability test (HTOL 500 h, approx. 3 weeks after receipt of the samples).

    Until then, please build only the 10 golden samples of PO KP-24-0391, and please do not purchase
    material for the 3,000 pcs. If the reserved line slot in week 25 cannot be kept, please tell me and
    we will discuss a new slot.

    We appreciate your understanding.

    Best regards,
    Yuki Tanaka
    Procurement Manager
    Kanagawa Photonics K.K.
    3-5-1 Minatomirai, Nishi-ku, Yokohama 220-0012, Japan
    TEL +81 45 555 0121

""") + quote_lines(c09_quoted)
case("c09_eml_jp_corrects_supplier_assumption", [],
     "quoted supplier assumes golden-sample OK starts MP; buyer's reply stops it: 10 active, 3,000 need "
     "written release by Tanaka after HTOL, no material",
     [("RE_KP-LD2_golden_samples.eml", eml_bytes(mail(
         "Yuki Tanaka <y.tanaka@kanagawa-photonics.co.jp>", "Jenny Lin <jenny.lin@everbright-ems.com.tw>",
         "RE: KP-LD2 golden samples / MP plan", "Wed, 15 May 2024 09:10:00 +0900", c09_text,
         in_reply_to="<20240514173211.5521@everbright-ems.com.tw>")))])

# c10: Teams chat, Swedish buyer, samples accepted for fit check only.
c10_txt = T("""
    Microsoft Teams - chat export
    Chat: LM-300 proto build (Lindqvist Marine <> Pannon EMS)
    Participants: Sara Nyström, Johan Eklund, Gábor Tóth
    Exported 2024-05-17 by johan.eklund@lindqvist-marine.se
    ---------------------------------------------------------------

    Sara Nyström  16.05.2024 09:12
    The 12 proto boards from Pannon arrived yesterday. Mechanical fit in the LM-300 housing checked,
    connectors line up, the display flex reaches without strain. 👍

    Sara Nyström  16.05.2024 09:14
    Proto boards approved for fit check only. This is not a production release. Salt-fog and
    vibration still to come at RISE in Borås.

    Gábor Tóth  16.05.2024 09:31
    Thanks Sara, good news. So we keep the remaining 1.188 boards on hold?

    Johan Eklund  16.05.2024 09:40
    Correct Gábor. Only the 12 were ordered (PO LM-24-0219). The 1.188 stay on hold until the salt-fog
    test is passed, then I send you the written release myself. No material for them yet please.

    Gábor Tóth  16.05.2024 09:42
    Clear, thank you Johan. We keep the stencil and the program ready.

    Sara Nyström  16.05.2024 10:05
    One small thing for the next rev: J4 silkscreen is under the connector body, can you move it 1 mm
    left? Not urgent.
""")
case("c10_chat_teams_se_fit_check_only", [],
     "'approved for fit check only; not a production release'; 12 ordered, 1.188 on hold until salt-fog "
     "pass and written release by Johan Eklund",
     [("Teams_LM-300_proto.txt", c10_txt)])

# c11: Hungarian EMS acknowledgement restating the hold.
c11_txt = T("""
    PANNON EMS KFT.                    ORDER ACKNOWLEDGEMENT / AUFTRAGSBESTAETIGUNG
    BERENYI UT 72, H-8000 SZEKESFEHERVAR                     NO. AB-24-00731
    ADOSZAM 12874455-2-07                                    DATE 2024.05.10
    ----------------------------------------------------------------------------
    CUSTOMER : RHEINWERK SENSORIK GMBH, STUTTGART        CUST NO : 10032
    YOUR PO  : 4500091120 DATED 06.05.2024               CONTACT : G. TOTH
    ----------------------------------------------------------------------------
    POS  ITEM          DESCRIPTION              QTY  UNIT  PRICE EUR   AMOUNT EUR
    10   RS-TH2-PCBA   FAI BOARDS REV C          20  PCS      96,00     1.920,00
    20   RS-TH2-STN    STENCIL 120UM              1  PCS     210,00       210,00
                                                            TOTAL     2.130,00
    ----------------------------------------------------------------------------
    WE ACKNOWLEDGE YOUR PO 4500091120 AS WRITTEN:
    - RELEASED FOR PRODUCTION: 20 PCS FAI BOARDS (POS 10) ONLY.
    - BALANCE 980 PCS OF QUOTATION PQ-2024-088: NOT RELEASED, ON HOLD.
    - THE BALANCE WILL BE BUILT ONLY AFTER FAI SIGN-OFF AND YOUR WRITTEN RELEASE
      SIGNED BY MR. FLORIAN BECKER (LEITER EINKAUF).
    - MATERIAL: SAMPLE-ONLY. NO COMPONENTS BOUGHT FOR THE 980 PCS.
    ----------------------------------------------------------------------------
    DELIVERY POS 10: CW 22, DAP STUTTGART. PAYMENT: 45 DAYS NET.
    QUALITY: ISO 9001:2015 / IATF 16949 CERT NO. 0111-2231. IPC-A-610 CLASS 2.
    ----------------------------------------------------------------------------
    PANNON EMS KFT. - SALES OFFICE - THIS DOCUMENT WAS PRINTED FROM OUR ERP SYSTEM
""")
case("c11_txt_hu_ack_restates_hold", [],
     "supplier acknowledgement repeats scope: 20 FAI released, 980 on hold until FAI sign-off + written "
     "release by Florian Becker; sample-only material",
     [("AB-24-00731.txt", c11_txt)])

# c12: identifiers that look like quantities, full-quantity bare PCB PO.
case("c12_pdf_de_identifiers_full_qty", [],
     "complete 50-board bare PCB order; PN 2000-1500, DRG-4000 Rev 12, IPC/ISO/UL numbers are identifiers, "
     "not quantities; 'proceed with the 50 boards' is scoped",
     [("Bestellung_4500091877.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500091877"),
         ("p", "Rheinwerk Sensorik GmbH · Einkauf · Heilbronner Str. 210 · 70191 Stuttgart"),
         ("table", [["Supplier", "Hsinchu TopLayer Circuits Corp., Hsinchu, Taiwan (Lief.-Nr. 71190)"],
                    ["Date", "07.05.2024"],
                    ["Buyer", "Sabine Krüger, +49 711 555 0188"],
                    ["Delivery", "KW 23, DAP Stuttgart, Wareneingang Tor 4"]]),
         ("sp",),
         ("table", [["Pos.", "Material", "Description", "Qty", "Price EUR", "Amount EUR"],
                    ["10", "RS-2000-1500-04 Rev 3", "Bare PCB, 6 layers, 1.6 mm, ENIG, per DRG-4000 Rev 12",
                     "50 pcs", "18,40", "920,00"],
                    ["20", "E-TEST-4000", "Flying probe programme", "1", "150,00", "150,00"]]),
         ("h", "Technical requirements"),
         ("table", [["Item", "Requirement"],
                    ["Standard", "IPC-6012 Class 3, IPC-A-600 Class 3"],
                    ["Laminate", "IPC-4101/126, Tg 170 °C, UL 94V-0"],
                    ["Impedance", "50 Ω ±10 % single-ended, 90 Ω ±10 % differential (coupons per panel)"],
                    ["Panel", "250 x 300 mm working panel, 4 up, tooling holes 3.0 mm"],
                    ["Copper", "35 µm outer, 18 µm inner"],
                    ["Min. hole", "0.20 mm, aspect ratio 8:1"],
                    ["Data", "Gerber set GBR-RS2000-1500 v3, ODB++ 2024-04-30"],
                    ["QMS", "ISO 9001:2015, UL file E-215500"]]),
         ("sp",),
         ("p", "Scope: this order is complete in itself - 50 boards. No further quantity is planned, "
               "forecast or reserved with you for this part. Please proceed with the manufacture of the 50 "
               "boards and ship with microsection report and impedance test report."),
         ("p", "Please send your order acknowledgement within 5 working days."),
     ], title="PO 4500091877", author="Sabine Krueger"))])

# c13: WeChat, Israeli buyer tells Chinese EMS "not yet".
c13_txt = T("""
    WeChat chat history / 微信聊天记录
    Chat: Ori Ben-David (Arbel Drones) & 刘晴 Sunny Liu (Huizhou Xinlian PCBA)
    ------------------------------------------------------------

    2024-05-06 10:02:31  刘晴 Sunny Liu
    Ori 你好, 50 sets DVT finished SMT today, tomorrow we do function test and conformal coating

    2024-05-06 10:02:58  刘晴 Sunny Liu
    [Image] DVT_line_photo.jpg

    2024-05-06 10:03:40  刘晴 Sunny Liu
    can we start the rest 950 sets? line is free next week 😊

    2024-05-06 10:15:12  Ori Ben-David
    Not yet Sunny. Only the 50 DVT sets are ordered (PO AD-24-1170). The other 950 stay on hold until I
    sign the DVT report and send you the PVT release in writing.

    2024-05-06 10:16:05  Ori Ben-David
    also pls don't buy parts for the 950, you have no material authority for them yet

    2024-05-06 10:20:44  刘晴 Sunny Liu
    ok understand 👌 we wait your release

    2024-05-06 10:21:02  刘晴 Sunny Liu
    coating thickness we follow your spec 25-75 um, ok?

    2024-05-06 10:30:19  Ori Ben-David
    yes, spec FC-7-CC-02 rev 3
""")
case("c13_chat_wechat_il_not_yet", [],
     "supplier's question answered: only 50 DVT ordered, 950 on hold until Ori Ben-David signs DVT report "
     "and sends written release; no material",
     [("wechat_Arbel_Xinlian.txt", c13_txt)])

# c14: DOCX build instruction, US brand to Vietnamese EMS, explicit staged LTB material authority.
case("c14_docx_us_build_instr_staged_ltb", [],
     "PVT build of 100 released, 900 not released until PVT yield + call-off by Erin Harper; explicit staged "
     "material authority for LTB parts up to 1,000",
     [("BI-CR7-PVT_rev1.docx", docx_bytes([
         ("h1", "Build Instruction BI-CR7-PVT rev 1"),
         ("p", "Cobalt Ridge Robotics · CR7 motor controller PCBA rev D · EMS partner: Kinh Bac EMS JSC"),
         ("p", "Issued 2024-05-20 by Erin Harper (Commodity Manager) and Raj Patel (NPI Engineer)."),
         ("h", "1. Build quantity"),
         ("table", [["Phase", "Quantity", "Status"],
                    ["PVT", "100", "Released under PO 7730-141"],
                    ["MP (first lot)", "900", "Not released - on hold"]]),
         ("p", "The 900 MP units are released only by a written call-off from Erin Harper after the PVT "
               "yield report shows first-pass yield of 98% or better at FCT."),
         ("h", "2. Material authority (staged)"),
         ("p", "Because of the last-time-buy notices below, Kinh Bac EMS may purchase and hold the "
               "following parts at Cobalt Ridge's liability for up to 1,000 units (PVT + first MP lot). This "
               "is a material authority only; it does not release any production beyond the 100 PVT units."),
         ("table", [["MPN", "Description", "Reason", "Authorized up to"],
                    ["DRV8353RSRGZR", "Gate driver", "LTB notice TI 2024-03", "1,000 units"],
                    ["XC7A35T-1CSG324I", "FPGA", "allocation, 40 wks", "1,000 units"],
                    ["ACS37002LMABTR", "Current sensor", "LTB notice 2024-02", "2,000 pcs (2 per unit)"]]),
         ("p", "All other components: for the 100 PVT units only."),
         ("h", "3. Process"),
         ("li", "Stencil 120 µm laser cut, nano-coated; SPI 100%."),
         ("li", "Reflow profile per CR7-RP-02; nitrogen not required."),
         ("li", "Conformal coating per IPC-CC-830, masking per drawing CR7-CC rev B."),
         ("li", "FCT with fixture CRF-07; log serial numbers to the shared traveler sheet."),
         ("h", "4. Shipping"),
         ("p", "Ship PVT units in trays CR7-TR-01, 20 per tray, DAP Boston. Buffer stock: none."),
     ], author="Erin Harper"))])

# c15: Japanese buyer PO for NRE + 5 golden boards; MP quantity informational.
case("c15_pdf_jp_nre_golden_boards", [],
     "PO for NRE + 5 golden boards; MP 10,000 from quote stated informational and not released; written "
     "release by Yuki Tanaka after golden-board sign-off; sample-only material",
     [("KP-24-0455.pdf", pdf([
         ("h1", "PURCHASE ORDER KP-24-0455"),
         ("p", "Kanagawa Photonics K.K., Procurement Dept., 3-5-1 Minatomirai, Nishi-ku, Yokohama, Japan"),
         ("table", [["Supplier", "Dongguan Ruifeng Electronics Co., Ltd."],
                    ["Date", "2024-05-07"],
                    ["Quotation ref.", "RF-Q-2403 rev 1"],
                    ["Person in charge", "Yuki Tanaka, Procurement Manager"]]),
         ("sp",),
         ("table", [["No.", "Item", "Description", "Q'ty", "Unit USD", "Amount USD"],
                    ["1", "KP-LD2-STN", "SMT stencil, top + bottom", "2", "165.00", "330.00"],
                    ["2", "KP-LD2-ICT", "ICT fixture + program", "1", "2,400.00", "2,400.00"],
                    ["3", "KP-LD2-PNL", "Panelization design, 4-up with breakaway rails", "1", "300.00", "300.00"],
                    ["4", "KP-LD2-PCBA Rev.B", "Golden boards (samples)", "5", "86.00", "430.00"],
                    ["", "", "", "", "Total", "3,460.00"]]),
         ("h", "Scope of this purchase order"),
         ("p", "This PO is for the NRE items 1 to 3 and five (5) golden boards only. The mass production "
               "quantity of 10,000 pcs stated in quotation RF-Q-2403 is for information only and is not "
               "released by this PO."),
         ("p", "Mass production will be released only by a written production release from Ms. Yuki "
               "Tanaka after golden-board sign-off by our design department."),
         ("p", "Material: please buy parts for the 5 golden boards only. The stencil, fixture and "
               "panelization files remain property of Kanagawa Photonics K.K."),
         ("p", "Delivery: 2024-06-10, DAP Yokohama. Payment: T/T 30 days after acceptance."),
     ], title="PO KP-24-0455", author="Yuki Tanaka"))])

# c16: multi-file, Swedish ERP PO + Hungarian quote; quote tier declared informational.
c16_po = T("""
    LINDQVIST MARINE ELECTRONICS AB              INKOPSORDER / PURCHASE ORDER
    BOX 5120, 402 23 GOTEBORG, SWEDEN            ORDER NO  LM-24-0226
    ORG.NR 556701-8832                           DATE      2024-05-13
    ----------------------------------------------------------------------------
    SUPPLIER : 300417 PANNON EMS KFT.            OUR REF : JOHAN EKLUND
               BERENYI UT 72, SZEKESFEHERVAR     YOUR REF: GABOR TOTH
    DELIVERY : DAP GOTEBORG, WEEK 24             PAYMENT : 30 DAYS NET
    ----------------------------------------------------------------------------
    POS ARTICLE         DESCRIPTION                 QTY UNIT  PRICE EUR    AMOUNT
    1   LM-300-PCBA C   NAV DISPLAY MAIN BD PILOT    30 PCS      88,50   2.655,00
    2   LM-300-ICT      ICT ADAPTOR                   1 PCS   1.850,00   1.850,00
                                                           TOTAL EUR   4.505,00
    ----------------------------------------------------------------------------
    ORDER NOTE:
    QUOTATION PQ-2024-117 IS ATTACHED FOR REFERENCE. ITS PRODUCTION TIER
    (2.500 PCS) IS INFORMATIONAL ONLY AND NOT RELEASED BY THIS ORDER.
    THIS ORDER RELEASES THE 30 PILOT BOARDS ONLY. THE BALANCE IS NOT RELEASED.
    THE BALANCE WILL BE RELEASED ONLY AFTER PILOT SIGN-OFF, BY A WRITTEN
    RELEASE FROM JOHAN EKLUND, PURCHASING MANAGER.
    MATERIAL AUTHORITY: SAMPLE-ONLY (PARTS FOR THE 30 PILOT BOARDS).
    ----------------------------------------------------------------------------
    IPC-A-610 CLASS 2. CONFORMAL COATING PER LM-CC-01. IEC 60945 TEST BY BUYER.
""")
c16_quote = pdf([
    ("h1", "Quotation PQ-2024-117"),
    ("p", "Pannon EMS Kft. | Berényi út 72, 8000 Székesfehérvár | sales@pannon-ems.hu | 2024-04-29"),
    ("table", [["Customer", "Lindqvist Marine Electronics AB, Göteborg"],
               ["Item", "LM-300-PCBA rev C, navigation display main board"]]),
    ("sp",),
    ("table", [["Quantity", "Unit price EUR", "Lead time"],
               ["30 (pilot)", "88,50", "4 weeks"],
               ["500", "41,20", "6 weeks"],
               ["2.500", "33,60", "7 weeks"]]),
    ("p", "ICT adaptor EUR 1.850 one-time. Prices DAP Göteborg. Validity 60 days. Components per BOM "
          "LM-300 rev C dated 2024-04-12; MCU price subject to allocation."),
], title="PQ-2024-117", author="Pannon EMS")
case("c16_multi_se_po_hu_quote_informational", [],
     "PO releases 30 pilot boards and declares the attached quote's 2.500 tier informational/not released; "
     "pilot sign-off + written release by Johan Eklund; sample-only",
     [("LM-24-0226.txt", c16_po), ("PQ-2024-117.pdf", c16_quote)])

# p08: German ERP PO, balance on hold "until further notice", release authority named.
p08_txt = T("""
    RHEINWERK SENSORIK GMBH                           BESTELLUNG / PURCHASE ORDER
    HEILBRONNER STR. 210, 70191 STUTTGART             NR. 4500091344
                                                      DATUM 08.05.2024  SEITE 1
    ==============================================================================
    LIEFERANT : 71022 PANNON EMS KFT.                 EINKAEUFER : S. KRUEGER
                BERENYI UT 72, H-8000 SZEKESFEHERVAR  TEL : +49 711 555 0188
    LIEFERBED.: DAP STUTTGART (INCOTERMS 2020)        ZAHLUNG : 45 TAGE NETTO
    ==============================================================================
    POS  MATERIAL      BEZEICHNUNG / DESCRIPTION             MENGE  ME  PREIS EUR
    10   RS-TH3-PCBA   FAI-MUSTER / FAI SAMPLES REV A          20   ST     102,00
    20   RS-TH3-STN    SCHABLONE / STENCIL 120 UM               1   ST     210,00
    ==============================================================================
    HINWEISE / NOTES:
    1. RESTMENGE AUS ANGEBOT PQ-2024-098: 1.980 ST - NICHT FREIGEGEBEN /
       NOT RELEASED - ON HOLD UNTIL FURTHER NOTICE.
    2. FREIGABEBERECHTIGT / RELEASE AUTHORITY: FLORIAN BECKER, LEITER EINKAUF.
    3. MATERIAL: NUR FUER MUSTER / SAMPLE-ONLY.
    4. ERSTMUSTERPRUEFBERICHT (EMPB) NACH VDA 2 MIT LIEFERUNG.
    5. LIEFERTERMIN POS 10: KW 23.
    ==============================================================================
    DIESE BESTELLUNG WURDE MASCHINELL ERSTELLT UND IST OHNE UNTERSCHRIFT GUELTIG.
""")
case("p08_txt_de_hold_until_further_notice", ["RG004"],
     "20 FAI samples, 1.980 on hold 'until further notice' (no unlock event); release authority Florian "
     "Becker named; sample-only material",
     [("Bestellung_4500091344.txt", p08_txt)])

# p09: Hungarian EMS has drawn and pre-processed consigned parts for the whole 800; buyer note says "from our side".
p09_quoted = T("""
    On 2 May 2024 16:48, Pinecrest Purchasing <purchasing@pinecrest-med.com> wrote:
    Pannon team,

    PO PMS-3381 attached. Scope:
    - 20 pilot units of the PMS-INF-7 pump controller are released.
    - The balance of 780 units is not released. It will be released after pilot sign-off,
      by written release from our side.
    - Material authority: sample-only. Consigned parts (FPGA U12, pressure sensors S1/S2) for the
      full 800 are shipped to your bonded store for storage only.

    Regards,
    Pinecrest Medical Systems - Purchasing
""")
p09_text = T("""
    Dear Pinecrest Purchasing team,

    Short status of PO PMS-3381:

    - The 20 pilot pcs are finished, ICT and FCT passed (report attached), 2 pcs had a cold joint on J9
      that we reworked and documented.
    - Shipment planned on Friday with DHL, 1 carton.

    One more information: to save time for the serial production we already drew the consigned parts
    (the FPGA and the two pressure sensors) for the whole 800 pcs from the bonded store, and we made the
    pre-forming and the baking (MSL 3, 24 h at 125 C) on all of them, so everything is kitted and ready on
    the line when your release comes. The kits are in our dry storage now.

    If you have any question please let me know.

    Best regards,
    Zsófia Kiss
    Key Account Manager
    Pannon EMS Kft. | Berényi út 72 | 8000 Székesfehérvár | Hungary
    +36 22 555 0147

""") + quote_lines(p09_quoted)
p09_report = docx_bytes([
    ("h1", "Pilot build report PMS-INF-7 / PO PMS-3381"),
    ("p", "Pannon EMS Kft. - Quality department - 2024-05-14"),
    ("table", [["Step", "Result", "Remark"],
               ["SPI", "20/20 pass", ""],
               ["AOI", "18/20 pass", "2 pcs cold joint J9, reworked"],
               ["ICT", "20/20 pass", "adaptor ICT-PMS7-01"],
               ["FCT", "20/20 pass", "firmware 0.9.4"]]),
    ("p", "Conclusion: the pilot lot meets the build instruction. Open point: J9 pad design (see NCR-24-117)."),
], author="Pannon EMS QA")
case("p09_eml_hu_consigned_parts_kitted", ["RG005", "RG006"],
     "consigned parts for all 800 drawn, pre-formed and baked while only 20 released and material is "
     "sample-only; release 'from our side' names no person",
     [("RE_PO_PMS-3381_status.eml", eml_bytes(mail(
         "Zsófia Kiss <zsofia.kiss@pannon-ems.hu>", "Pinecrest Purchasing <purchasing@pinecrest-med.com>",
         "RE: PO PMS-3381 - pilot status", "Tue, 14 May 2024 15:22:00 +0200", p09_text,
         attachments=[("Pilot_report_PMS-INF-7.docx", p09_report, DOCX_MT)],
         in_reply_to="<h143-pms3381@pinecrest-med.com>")))])

# p10: Israeli drone maker PDF PO: "remaining 470 not released" and nothing else.
case("p10_pdf_il_not_released_only", ["RG004", "RG005"],
     "pilot PO for 30 says the remaining 470 are not released but names no unlock event and no release "
     "person",
     [("AD-24-1190.pdf", pdf([
         ("h1", "PURCHASE ORDER AD-24-1190"),
         ("p", "Arbel Drones Ltd. | 7 Ha'Tidhar St., Haifa 3508409, Israel | procurement@arbel-drones.co.il"),
         ("table", [["Supplier", "Huizhou Xinlian PCBA Co., Ltd., Huiyang District, Huizhou"],
                    ["Date", "12/05/2024"],
                    ["Procurement contact", "Tomer Adler, +972 4 555 0163"],
                    ["Terms", "30% advance, 70% net 30 after delivery; EXW Huizhou"]]),
         ("sp",),
         ("table", [["#", "P/N", "Description", "Qty", "Unit USD", "Total USD"],
                    ["1", "FC-7-PCBA rev C", "Flight controller, pilot lot, conformal coated", "30", "54.00",
                     "1,620.00"],
                    ["2", "FC-7-FIX", "Functional test jig", "1", "640.00", "640.00"]]),
         ("sp",),
         ("p", "Note: the remaining 470 units from quote XL-Q-0422 are not released."),
         ("p", "Coating per FC-7-CC-02 rev 3. IPC-A-610 Class 3 for the IMU area (U4-U6), Class 2 elsewhere. "
               "Each unit to carry a QR serial label. Export documents: commercial invoice + packing list, "
               "HS code 8537.10."),
         ("p", "Delivery: 4 weeks from PO date."),
     ], title="PO AD-24-1190", author="Tomer Adler"))])

# p11: Slack export, US brand tells Mexican EMS to start the EVT build; no quantity anywhere.
p11_txt = T("""
    Slack export | workspace: cobaltridge | channel: #ext-bajio-npi (shared with Electrónica Bajío)
    2024-05-13
    ------------------------------------------------------------------
    [08:52] Luis Ortega (Electrónica Bajío): Morning! Stencils for the CR9 arrived from the
            stencil house, SPI program done. Ready for the EVT build whenever you say 🙂
    [09:05] Raj Patel (Cobalt Ridge): nice. BOM rev 04 is final, the only change vs rev 03 is
            C118 -> 10uF 0805 X7R
    [09:11] Erin Harper (Cobalt Ridge): thanks Luis! go ahead with the EVT build on the CR9
            controller, BOM rev 04 / CPL rev 04
    [09:12] Erin Harper (Cobalt Ridge): MP stays closed - nothing beyond EVT until I sign the EVT
            report and send you the written release
    [09:14] Luis Ortega (Electrónica Bajío): 👍 will kick it off tomorrow first shift
    [09:15] Luis Ortega (Electrónica Bajío): do you want the boards depanelized or in panel?
    [09:20] Raj Patel (Cobalt Ridge): depanelized pls, and keep 2 bare panels for our x-section
    [09:21] Luis Ortega (Electrónica Bajío): ok
""")
case("p11_chat_slack_us_evt_no_qty", ["RG010"],
     "'go ahead with the EVT build' is scoped to EVT and the MP hold, event and Erin Harper are stated, but "
     "no EVT quantity is given anywhere",
     [("slack_ext-bajio-npi_2024-05-13.txt", p11_txt)])

# p12: Swedish release letter for "the PVT lot" with no quantity.
case("p12_pdf_se_release_letter_no_qty", ["RG010"],
     "written release for 'the PVT lot' never states a quantity; MP hold, unlock event and Johan Eklund are "
     "stated",
     [("Release_LM-410_PVT.pdf", pdf([
         ("h1", "Production release - LM-410 display board, PVT lot"),
         ("p", "Lindqvist Marine Electronics AB · Box 5120 · 402 23 Göteborg · Sweden"),
         ("table", [["To", "Taoyuan Everbright EMS Co., Ltd. - Ms. Jenny Lin"],
                    ["Date", "2024-05-21"],
                    ["PO", "LM-24-0233"],
                    ["Part", "LM-410-PCBA revision C (BOM LM-410-C-07)"]]),
         ("sp",),
         ("p", "Dear Jenny,"),
         ("p", "With this letter we release the PVT lot of the LM-410 display board for production under PO "
               "LM-24-0233. Please build it to BOM LM-410-C-07 and build instruction BI-LM410-PVT."),
         ("p", "Mass production remains on hold. It will be released by a separate written release from me "
               "after PVT sign-off by our hardware team (IEC 60945 climatic and EMC tests)."),
         ("p", "Please deliver the PVT lot DAP Göteborg in week 27 and send the test records with the "
               "shipment."),
         ("p", "Best regards,"),
         ("p", "Johan Eklund, Purchasing Manager"),
     ], title="Release LM-410 PVT", author="Johan Eklund"))])

# p13: German buyer's supplier-portal call-off page with the quantity field not filled.
p13_body = T("""
    <div style="background:#444;color:#fff;padding:6px"><b>Rheinwerk Sensorik &middot; SupplierNet</b></div>
    <p>Lieferant: Electr&oacute;nica Baj&iacute;o S.A. de C.V. (71055) &middot; Benutzer: l.ortega</p>
    <h2>Abruf / Call-off ABR-0004 zu Rahmenbestellung 5500001207</h2>
    <table>
    <tr><th>Feld / Field</th><th>Wert / Value</th></tr>
    <tr><td>Material</td><td>RS-GW4-PCBA rev E</td></tr>
    <tr><td>Abrufdatum / Date</td><td>21.05.2024</td></tr>
    <tr><td>Abrufmenge / Call-off qty</td><td>siehe Anlage / see attachment</td></tr>
    <tr><td>Liefertermin / Delivery</td><td>KW 27, DAP Stuttgart</td></tr>
    <tr><td>Anlagen / Attachments</td><td>&ndash;</td></tr>
    <tr><td>Status</td><td>Freigegeben / released</td></tr>
    </table>
    <div class="note">
    <p>Bitte starten Sie die Fertigung f&uuml;r diesen Abruf. / Please start production for this call-off.</p>
    <p>Mengen &uuml;ber diesen Abruf hinaus sind NICHT freigegeben. / Quantities beyond this call-off are NOT released.</p>
    <p>N&auml;chster Abruf / next release: ABR-0005, issued by Florian Becker (Leiter Einkauf) after the PVT yield review.</p>
    </div>
    <p><button>Abruf best&auml;tigen / confirm call-off</button></p>
    <p style="font-size:11px;color:#777">SupplierNet 3.8 &middot; Rheinwerk Sensorik GmbH &middot; Heilbronner Str. 210 &middot; Stuttgart</p>
""")
case("p13_html_de_calloff_qty_missing", ["RG010"],
     "call-off says start production but its quantity points to an attachment that is not there; hold, next "
     "call-off and Florian Becker are stated",
     [("SupplierNet_ABR-0004.html", html_page("ABR-0004", p13_body, lang="de"))])

# p14: Teams chat, Israeli drone maker: "first article boards can go ahead", everything else on hold.
p14_txt = T("""
    Microsoft Teams - chat export
    Chat: FC-9 NPI (Arbel Drones <> Kinh Bac EMS)
    Exported 2024-05-20
    ---------------------------------------------------------------

    Minh Nguyen  20/05/2024 08:40
    Good morning Tomer. Stencil and CPL rev 2 checked, paste is in the fridge, we are ready.

    Tomer Adler  20/05/2024 08:57
    Hi Minh, great. The first article boards can go ahead, BOM and CPL rev 2 are final.

    Tomer Adler  20/05/2024 08:58
    Everything else stays on hold.

    Minh Nguyen  20/05/2024 09:03
    Noted, we start FA tomorrow morning. X-ray on U1 and U9 as usual?

    Tomer Adler  20/05/2024 09:05
    Yes, and send me the first 3 images before you continue.

    Minh Nguyen  20/05/2024 09:06
    OK 👍
""")
case("p14_chat_teams_il_fa_go_hold", ["RG004", "RG005", "RG010"],
     "first-article go-ahead (scoped to FA) with no quantity; 'everything else stays on hold' names no unlock "
     "event and no release person",
     [("Teams_FC-9_NPI.txt", p14_txt)])

# ------------------------------------------------------------ batch 3
# c17: Slack, US buyer scoped go-ahead for 40 DVT units only.
c17_txt = T("""
    Slack export | workspace: tallgrass-instruments | channel: #bajio-tg-sns
    2024-05-09
    ------------------------------------------------------------------
    [14:02] Luis Ortega (Electrónica Bajío): Hi team, DVT material complete except the 2 RF shields,
            those land Monday. Can we start the DVT build with the shields hand-placed after reflow?
    [14:10] Priya Raman (Tallgrass HW): hand-placing the shields is fine for DVT, use the same solder
            profile as EVT
    [14:26] Dana Whitfield (Tallgrass Purchasing): @Luis go ahead with the 40 DVT units only (PO TG-5547).
            The remaining 360 PVT units are not released - I'll send the PVT release myself once EMC
            passes at the lab (booked for week 23).
    [14:27] Dana Whitfield (Tallgrass Purchasing): material for the 40 only please
    [14:31] Luis Ortega (Electrónica Bajío): understood Dana, 40 DVT only, PVT waits for your release 👍
    [14:33] Priya Raman (Tallgrass HW): pls serialize DVT-001..040 and keep the x-ray images per board
""")
case("c17_chat_slack_us_dvt_40_only", [],
     "'go ahead with the 40 DVT units only'; 360 PVT not released until EMC pass and PVT release by Dana "
     "Whitfield; material for 40 only",
     [("slack_bajio-tg-sns_2024-05-09.txt", c17_txt)])

# c18: Vietnamese EMS customer portal, full-quantity order status, no balance.
c18_body = T("""
    <div style="background:#0b6e4f;color:#fff;padding:8px"><b>Kinh Bac EMS</b> &middot; Customer Portal</div>
    <p>Customer: <b>Vinter Medical AB</b> &middot; user: elin.sjoberg</p>
    <h2>Sales order SO-24-8812</h2>
    <table>
    <tr><th>Field</th><th>Value</th></tr>
    <tr><td>Customer PO</td><td>VM-24-102 (complete order, no balance)</td></tr>
    <tr><td>Item</td><td>VM-5-PSU power board rev B</td></tr>
    <tr><td>Ordered</td><td>120 pcs</td></tr>
    <tr><td>Covered by customer release</td><td>120 pcs (PO VM-24-102, full quantity)</td></tr>
    <tr><td>Built</td><td>80 pcs</td></tr>
    <tr><td>Shipped</td><td>40 pcs (invoice KB-INV-24-0588)</td></tr>
    <tr><td>Open to ship</td><td>80 pcs</td></tr>
    </table>
    <h3>Shipments</h3>
    <table>
    <tr><th>#</th><th>Date</th><th>Qty</th><th>AWB</th></tr>
    <tr><td>1</td><td>2024-05-10</td><td>40</td><td>DHL 4410 2287 61</td></tr>
    <tr><td>2</td><td>2024-05-24 (plan)</td><td>40</td><td>&ndash;</td></tr>
    <tr><td>3</td><td>2024-06-07 (plan)</td><td>40</td><td>&ndash;</td></tr>
    </table>
    <p>Quality documents: CoC, FCT log, AOI summary (download in the Documents tab).</p>
    <p style="font-size:11px;color:#777">Kinh Bac EMS JSC &middot; Que Vo Industrial Park &middot; Bac Ninh &middot; portal 2.3</p>
""")
case("c18_html_vn_portal_full_order_status", [],
     "supplier portal status of a complete 120-pcs order, covered in full; no balance, no larger quantity",
     [("SO-24-8812.html", html_page("SO-24-8812", c18_body))])

# c19: interim sample disposition with limits and a release for 200.
case("c19_pdf_us_interim_disposition", [],
     "interim disposition limited to 200 units / 30 June; release PR-0193-1 for 200 by Angela Ruiz; 1,800 on "
     "hold until final sign-off and her further written release",
     [("SDR-0193.pdf", pdf([
         ("h1", "Sample Disposition Record SDR-0193"),
         ("p", "Pinecrest Medical Systems, Inc. | 7200 Metro Blvd, Minneapolis, MN 55439 | Supplier Quality"),
         ("table", [["Supplier", "Electrónica Bajío S.A. de C.V., Zapopan, Jalisco"],
                    ["Part", "PMS-INF-7-PCBA rev D, infusion pump controller"],
                    ["Samples evaluated", "10 (lot S-0412)"],
                    ["Related PO", "PMS-3390 (commercial cover 2,000 units)"],
                    ["Date", "May 16, 2024"]]),
         ("sp",),
         ("h", "Disposition: INTERIM"),
         ("table", [["Limit", "Value"],
                    ["Quantity limit", "200 units"],
                    ["Expiry", "June 30, 2024"],
                    ["Condition", "Deviation DV-044: conformal coating thickness 20-30 µm accepted at "
                                  "connector J3 edge only"]]),
         ("p", "Findings: coating thickness below spec (25-75 µm) at the J3 edge on 3 of 10 samples; no "
               "functional impact found in 72 h burn-in. Supplier corrective action CAPA-B-118 due June 21."),
         ("h", "Production release under this disposition"),
         ("p", "Production release PR-0193-1 is issued for 200 units, signed by Angela Ruiz, Director Supply "
               "Chain. The balance of 1,800 units remains on hold until final sample sign-off (after "
               "CAPA-B-118 closure) and a further written release by Angela Ruiz."),
         ("p", "Material authority: parts for the 200 released units only."),
         ("table", [["Role", "Name", "Signature / date"],
                    ["Supplier Quality Engineer", "Mark Jensen", "M. Jensen 05/16/24"],
                    ["Director Supply Chain", "Angela Ruiz", "A. Ruiz 05/16/24"]]),
     ], pagesize=LETTER, title="SDR-0193", author="Mark Jensen"))])

# c20: EML reply, Israeli buyer answers a TW fab's question with a scoped instruction.
c20_quoted = T("""
    On Tue, 14 May 2024 at 11:03, Vincent Lai <vincent.lai@toplayer-pcb.com.tw> wrote:
    Dear Ori,

    Stackup and impedance coupons for AD-RF-3 are confirmed on our side. Can we go ahead with the
    rigid-flex panels for the 200 boards? We have laminate in stock for about 2 panels, for more we
    need to order (lead time 3 weeks).

    Best regards,
    Vincent
""")
c20_text = T("""
    Hi Vincent,

    Thanks for the quick check. Please proceed with two (2) panels only - that is 20 boards at 10 up per
    panel, under PO AD-24-1212.

    The other 180 boards are not released. They will be released in writing by me after our flight test
    sign-off (planned for the week of 10 June). Please don't order laminate for them - use what you have
    for the 2 panels.

    Best,
    Ori
""") + sig("Ori Ben-David", "Head of Procurement", "Arbel Drones Ltd., Haifa, Israel", "+972 4 555 0150") + "\n" + \
    quote_lines(c20_quoted)
c20_html = ("<p>Hi Vincent,</p><p>Thanks for the quick check. Please proceed with <b>two (2) panels only</b> - "
            "that is 20 boards at 10 up per panel, under PO AD-24-1212.</p><p>The other 180 boards are not "
            "released. They will be released in writing by me after our flight test sign-off (planned for the "
            "week of 10 June). Please don't order laminate for them - use what you have for the 2 panels.</p>"
            "<p>Best,<br>Ori</p><p>-- <br>Ori Ben-David<br>Head of Procurement<br>Arbel Drones Ltd.</p>"
            "<blockquote>On Tue, 14 May 2024 at 11:03, Vincent Lai wrote:<br>Dear Ori,<br>Stackup and impedance "
            "coupons for AD-RF-3 are confirmed on our side. Can we go ahead with the rigid-flex panels for the "
            "200 boards? ...</blockquote>")
case("c20_eml_il_scoped_two_panels", [],
     "quoted supplier question is not an approval; reply releases 2 panels = 20 boards, 180 not released until "
     "flight-test sign-off and written release by Ori Ben-David",
     [("RE_AD-RF-3_panels.eml", eml_bytes(mail(
         "Ori Ben-David <ori.bd@arbel-drones.co.il>", "Vincent Lai <vincent.lai@toplayer-pcb.com.tw>",
         "RE: AD-RF-3 rigid-flex - stackup confirmed", "Tue, 14 May 2024 13:47:00 +0300", c20_text,
         html=html_page("RE: AD-RF-3", c20_html), in_reply_to="<tl-20240514-1103@toplayer-pcb.com.tw>")))])

# c21: German schedule release (TXT) with firm zone, labelled forecast and explicit staged fab authority.
c21_txt = T("""
    RHEINWERK SENSORIK GMBH          LIEFERABRUF / SCHEDULE RELEASE NO. 0007
    LIEFERPLAN 5500001188            DATUM 17.05.2024
    LIEFERANT 71301 SHENZHEN JIAYUAN CIRCUIT TECHNOLOGY CO., LTD.
    MATERIAL  RS-TH2-PCB REV C  BARE PCB 4L 1.6MM ENIG
    ============================================================================
    ZONE 1 - VERBINDLICH / FIRM - RELEASED FOR PRODUCTION AND DELIVERY
      KW 23/2024 ............................................   125 ST
      KW 24/2024 ............................................   125 ST
      KW 25/2024 ............................................   125 ST
      KW 26/2024 ............................................   125 ST
      SUMME ZONE 1 / TOTAL RELEASED .........................   500 ST
    ----------------------------------------------------------------------------
    ZONE 2 - FAB AUTHORIZATION (MATERIAL ONLY)
      SUPPLIER MAY BUY LAMINATE AND PREPREG AT RHEINWERK'S LIABILITY
      FOR UP TO 750 ST IN TOTAL (ZONE 1 + KW 27-28). NOT A PRODUCTION RELEASE.
    ----------------------------------------------------------------------------
    ZONE 3 - VORSCHAU / FORECAST - NOT RELEASED - NO MATERIAL AUTHORIZATION
      KW 27-30/2024 .........................................   500 ST
      KW 31-38/2024 .........................................   900 ST
    ============================================================================
    NAECHSTER ABRUF / NEXT RELEASE: SCHEDULE RELEASE NO. 0008, KW 21,
    ISSUED BY FLORIAN BECKER (LEITER EINKAUF). ONLY ZONE 1 QUANTITIES MAY BE
    PRODUCED. EDI: VDA 4905 / DELFOR MIRROR OF THIS PRINTOUT.
""")
case("c21_txt_de_schedule_release_fab_auth", [],
     "schedule release: 500 firm released; explicit fab authorization for material up to 750; forecast zone "
     "labelled not released; next release 0008 by Florian Becker",
     [("LAB_0007_5500001188.txt", c21_txt)])

# c22: German buyer keeps sign-off / PO / production release apart.
case("c22_docx_de_terms_kept_apart", [],
     "status note keeps sample sign-off, PO issued and production release apart; 20 FAI active, 980 on hold "
     "until PPAP acceptance + written release by Florian Becker",
     [("Status_RS-TH2_KW20.docx", docx_bytes([
         ("h1", "Status RS-TH2 - Pannon EMS - KW 20"),
         ("p", "Rheinwerk Sensorik GmbH, Einkauf. To: Gábor Tóth, Pannon EMS Kft. Date: 17.05.2024."),
         ("p", "Dear Mr. Tóth, to avoid misunderstandings between our teams, here is where we stand, using "
               "the same three terms we use internally."),
         ("table", [["Term", "Status", "Meaning"],
                    ["Sample sign-off", "Done 15.05.2024 for the 20 FAI boards (EMPB, VDA 2)",
                     "Engineering accepts the FAI boards. Releases no quantity."],
                    ["PO issued", "4500091120 issued 06.05.2024",
                     "Commercial cover for the 20 FAI boards and the stencil."],
                    ["Production release", "Not issued",
                     "Written release naming a quantity, signed by Florian Becker."]]),
         ("sp",),
         ("p", "What you may build now: the 20 FAI boards of PO 4500091120, which are already delivered. "
               "Nothing more."),
         ("p", "The 980 boards of quotation PQ-2024-088 remain on hold. A production release for them "
               "will be written by Florian Becker (Leiter Einkauf) only after our quality department has "
               "accepted the PPAP level 3 submission."),
         ("p", "Material authority: none beyond the 20 FAI boards."),
         ("p", "Mit freundlichen Grüßen, Florian Becker"),
     ], author="Florian Becker"))])

# c23: EML with a forwarded internal sign-off (message/rfc822) and a clear "does not release" cover note.
c23_inner = mail(
    "Per Andersson <per.andersson@vintermedical.se>", "Elin Sjöberg <elin.sjoberg@vintermedical.se>",
    "VM-2 DVT sign-off", "Thu, 16 May 2024 17:12:00 +0200", T("""
        Hi Elin,

        The 60 DVT boards from Kinh Bac passed the full DVT plan: IEC 60601-1-2 pre-scan, 72 h burn-in,
        thermal imaging under max load. I have signed off the DVT report DVT-VM2-004 today with no open
        findings. Two minor notes for PVT (label position, torque on J2 screws) are in section 6.

        /Per
    """) + sig_short("Per Andersson", "Hardware Lead", "Vinter Medical AB", "+46 18 555 0140"))
c23_text = T("""
    Hi Thao,

    FYI, Per's DVT sign-off below.

    Please note: the sign-off does not release production. The 2,400 PVT/MP units stay on hold until I
    send you a written production release, which will follow our board's budget decision on 12 June.
    Until then nothing beyond the 60 DVT units of PO VM-24-077 may be started, and please don't buy
    parts for the 2,400.

    The two notes in section 6 can already go into your PVT traveler.

    Tack och hälsningar,
    Elin
""") + sig("Elin Sjöberg", "Strategic Buyer", "Vinter Medical AB, Uppsala, Sweden", "+46 18 555 0133")
case("c23_eml_se_forwarded_signoff_no_release", [],
     "forwarded rfc822 engineering sign-off; cover note: sign-off releases nothing, 60 DVT only, 2,400 on hold "
     "until budget decision + written release by Elin Sjöberg",
     [("FW_VM-2_DVT_sign-off.eml", eml_bytes(mail(
         "Elin Sjöberg <elin.sjoberg@vintermedical.se>", "Thao Pham <thao.pham@kinhbac-ems.vn>",
         "FW: VM-2 DVT sign-off", "Fri, 17 May 2024 08:30:00 +0200", c23_text,
         attachments=[("rfc822", c23_inner)])))])

# c24: Japanese buyer full-quantity MP PO for 3,000 flex circuits, "proceed" with quantity.
case("c24_pdf_jp_full_qty_mp_flex", [],
     "complete order for 3,000 flex circuits matching the single quoted quantity; delivery split sums to "
     "3,000; 'proceed with 3,000 pcs' is scoped",
     [("HI-24-0544.pdf", pdf([
         ("h1", "PURCHASE ORDER No. HI-24-0544"),
         ("p", "Hoshino Instruments K.K., Procurement Section, Hamamatsu, Shizuoka, Japan"),
         ("table", [["Supplier", "Hsinchu TopLayer Circuits Corp."],
                    ["Date", "2024-05-20"],
                    ["Quotation", "TLQ-24-0702 (3,000 pcs, USD 1.38/pc)"],
                    ["Person in charge", "Kenji Watanabe"]]),
         ("sp",),
         ("table", [["No.", "Part No.", "Description", "Q'ty", "Unit USD", "Amount USD"],
                    ["1", "HSN-FX-12 Rev.03", "2-layer polyimide flex circuit, mass production", "3,000 pcs",
                     "1.38", "4,140.00"]]),
         ("sp",),
         ("table", [["Delivery", "Q'ty", "Date (DAP Hamamatsu)"],
                    ["1st", "1,000 pcs", "2024-06-28"],
                    ["2nd", "1,000 pcs", "2024-07-26"],
                    ["3rd", "1,000 pcs", "2024-08-23"]]),
         ("p", "This order covers the complete quantity of 3,000 pcs. There is no balance and no further "
               "quantity under this order. Please proceed with the manufacture of the 3,000 pcs according "
               "to drawing DRG-HSN-0412 rev 5 and inspection standard HIS-F-021."),
         ("p", "Please return the order acknowledgement within 3 working days. Thank you for your kind "
               "cooperation."),
     ], title="PO HI-24-0544", author="Kenji Watanabe"))])

# c25: US buyer paid NRE; says payment authorizes nothing beyond the 10 proto boards.
c25_wire = T("""
    OUTGOING WIRE TRANSFER CONFIRMATION
    Originator : TALLGRASS INSTRUMENTS LLC, BOULDER CO
    Beneficiary: HUIZHOU XINLIAN PCBA CO., LTD.
    Bank       : CHINA CONSTRUCTION BANK HUIZHOU BRANCH  SWIFT PCBCCNBJGDX
    Amount     : USD 2,380.00
    Value date : 2024-05-15
    Reference  : NRE INV XL-INV-24-0330 / PO TG-5520
    Status     : COMPLETED
""")
c25_text = T("""
    Hi Lily,

    We wired the NRE today (stencils + test fixture, USD 2,380.00 against XL-INV-24-0330); the bank
    confirmation is attached.

    To be clear: the payment pays for the NRE. It doesn't authorize any boards beyond the 10 proto
    boards on PO TG-5520. The remaining 990 units stay on hold until EVT sign-off, after which I'll send
    you a written release with the quantity. Please buy parts for the 10 protos only.

    Thanks again for turning the stencil around so fast.

    Kevin
""") + sig("Kevin Marsh", "Buyer", "Tallgrass Instruments LLC, Boulder, CO", "+1 303 555 0118")
case("c25_eml_us_nre_paid_not_release", [],
     "NRE wire confirmation; buyer says payment authorizes nothing beyond 10 protos, 990 on hold until EVT "
     "sign-off and written release by Kevin Marsh",
     [("NRE_wire_PO_TG-5520.eml", eml_bytes(mail(
         "Kevin Marsh <kmarsh@tallgrass-instruments.com>", "Lily Chen <lily.chen@xinlian-pcba.com>",
         "NRE wire / PO TG-5520", "Wed, 15 May 2024 16:40:00 -0600", c25_text,
         attachments=[("wire_confirmation_0515.txt", c25_wire, "text/plain")])))])

# p15: Taiwanese fab already booked laminate for the MP lot; the quoted PO is a bare sample order.
p15_quoted = T("""
    On 2024/05/13 10:05, Kenji Watanabe wrote:
    Dear Mr. Lai,

    Please find attached PO HI-24-0517 for 6 pcs prototype PCB HSN-MB-7 (8 layers, HDI 1+N+1),
    ahead of the mass production planned for Q4. Delivery by 2024-06-03 please.

    Best regards,
    K. Watanabe
    Hoshino Instruments K.K., Procurement Section
""")
p15_text = T("""
    Dear Watanabe-san,

    Thank you for the PO HI-24-0517, well received. The 6 pcs prototype will ship on 2024-05-31, one day
    earlier than requested.

    For your information, we already booked the Isola 370HR laminate and the prepreg for the mass
    production lot too, because laminate lead time is now 6 weeks. The material is received and reserved
    in our warehouse under your part number, so the Q4 schedule is safe.

    Via-in-pad filling: we follow your note, resin fill + cap plating. Microsection report will come with
    the prototypes.

    Best regards,
    Vincent Lai
    Sales Engineer | Hsinchu TopLayer Circuits Corp.
    TEL +886 3 555 0231 ext. 2231

""") + quote_lines(p15_quoted)
case("p15_eml_tw_laminate_for_mp_bare_po", ["RG003", "RG004", "RG005", "RG006"],
     "supplier has bought laminate for the MP lot on a 6-pc prototype PO; the quoted PO never says MP is not "
     "released, names no unlock event and no release person",
     [("RE_PO_HI-24-0517.eml", eml_bytes(mail(
         "Vincent Lai <vincent.lai@toplayer-pcb.com.tw>", "Kenji Watanabe <k.watanabe@hoshino-inst.co.jp>",
         "RE: PO HI-24-0517 HSN-MB-7 prototype", "Tue, 14 May 2024 09:30:00 +0800", p15_text,
         in_reply_to="<hi-0517@hoshino-inst.co.jp>")))])

# p16: US engineering manager says DVT sign-off lets the supplier roll straight into the 1,500.
p16_text = T("""
    Hi Carlos,

    Quick summary after today's call so we're all on the same page:

    - The 50 DVT units on PO 4410-2340 are released; ship them to Austin as soon as FCT is done.
    - The other 1,500 are not released yet.
    - Once engineering has signed off the DVT report, you can roll straight into the 1,500 - no need to
      wait for anything from purchasing. We lose two weeks otherwise and the launch date won't move.
    - DVT report sign-off is planned for the week of June 17.

    Ping me if the speaker connector (J7) shortage gets worse.

    Thanks,
    Jason
""") + sig("Jason Lee", "NPI Engineering Manager", "Northgate Audio Inc., Austin, TX", "+1 512 555 0162")
p16_html = ("<p>Hi Carlos,</p><p>Quick summary after today's call so we're all on the same page:</p><ul>"
            "<li>The 50 DVT units on PO 4410-2340 are released; ship them to Austin as soon as FCT is done.</li>"
            "<li>The other 1,500 are not released yet.</li>"
            "<li>Once engineering has signed off the DVT report, you can roll straight into the 1,500 - no need "
            "to wait for anything from purchasing. We lose two weeks otherwise and the launch date won't move.</li>"
            "<li>DVT report sign-off is planned for the week of June 17.</li></ul>"
            "<p>Ping me if the speaker connector (J7) shortage gets worse.</p><p>Thanks,<br>Jason</p>")
case("p16_eml_us_roll_straight_after_signoff", ["RG005", "RG007"],
     "50 DVT released, 1,500 not released, but DVT sign-off is said to let the supplier roll straight into "
     "the 1,500 without a release; no named release person",
     [("NGA-SPK-2_DVT_summary.eml", eml_bytes(mail(
         "Jason Lee <jlee@northgate-audio.com>", "Carlos Mendoza <cmendoza@electronicabajio.mx>",
         "NGA-SPK-2 DVT - summary of today's call", "Thu, 16 May 2024 15:55:00 -0500", p16_text,
         html=html_page("NGA-SPK-2 DVT", p16_html))))])

# p18: Taiwanese EMS placed a non-cancellable MCU order for the whole programme; quoted scope is complete.
p18_quoted = T("""
    On 2024-05-06 14:20, Johan Eklund wrote:
    Hi Jenny,

    PO LM-24-0240 attached. Scope:
    - 40 PVT units of LM-410-PCBA rev C are released.
    - The balance of 1,960 units is not released.
    - It is released only by a written call-off from me (Johan Eklund) after PVT sign-off.
    - Material authority: sample-only (parts for the 40 PVT units).

    /Johan
""")
p18_text = T("""
    Dear Johan,

    Update on LM-410 PVT: SMT done on 40 pcs, AOI yield 97.5%, FCT starts tomorrow.

    Regarding the STM32H743 MCU: the distributor allocation is now 26 weeks (notice attached). To protect
    your MP schedule, we placed a non-cancellable order for 2,000 pcs MCU last Friday, which covers the PVT
    and the full MP quantity. We think this is the safest way; the parts will arrive in week 45.

    We also reserved the display connector (Hirose DF40) for 2,000 sets.

    Please let me know if you have questions.

    Best regards,
    Jenny Lin
    Program Manager | Taoyuan Everbright EMS Co., Ltd.
    +886 3 555 0878

""") + quote_lines(p18_quoted)
p18_notice = html_page("Allocation notice", T("""
    <h3>Arrow Asia Pacific &ndash; Allocation notice AN-24-0419</h3>
    <table><tr><th>MPN</th><th>Manufacturer</th><th>Lead time</th><th>Status</th></tr>
    <tr><td>STM32H743VIT6</td><td>STMicroelectronics</td><td>26 weeks</td><td>Allocated, NCNR</td></tr>
    </table>
    <p>Orders placed after 2024-05-01 are non-cancellable and non-returnable (NCNR).</p>
"""))
case("p18_eml_tw_ncnr_mcu_full_mp", ["RG006"],
     "EMS placed NCNR MCU order for 2,000 and reserved connectors for 2,000 sets while only 40 PVT are "
     "released and material is sample-only; quoted scope otherwise complete",
     [("RE_LM-410_PVT_update.eml", eml_bytes(mail(
         "Jenny Lin <jenny.lin@everbright-ems.com.tw>", "Johan Eklund <johan.eklund@lindqvist-marine.se>",
         "RE: LM-410 PVT / PO LM-24-0240", "Mon, 20 May 2024 17:02:00 +0800", p18_text,
         attachments=[("AN-24-0419.html", p18_notice, "text/html")],
         in_reply_to="<lm-0240@lindqvist-marine.se>")))])

# p20: Vietnamese EMS build plan (DOCX): full kit prepared for MP while only DVT is released.
case("p20_docx_vn_build_plan_full_kit", ["RG006"],
     "supplier build plan: 30 DVT released, MP 1,200 not yet released, yet full kits for 1,200 sets prepared "
     "without any material authority",
     [("NPI_build_plan_HSN-CTL-4_DVT.docx", docx_bytes([
         ("h1", "NPI Build Plan - HSN-CTL-4 DVT"),
         ("p", "Kinh Bac EMS JSC · prepared for Hoshino Instruments K.K. · 2024-05-22 · rev 1"),
         ("h", "1. Quantities"),
         ("table", [["Phase", "Qty", "Customer status"],
                    ["DVT", "30 pcs", "Released - PO HI-24-0530"],
                    ["MP", "1,200 pcs", "Not yet released by customer (release expected after DVT sign-off)"]]),
         ("h", "2. Schedule"),
         ("table", [["Step", "Date"],
                    ["Stencil + SPI program", "2024-05-27"],
                    ["DVT SMT + THT", "2024-05-29"],
                    ["DVT FCT + shipment", "2024-06-03"]]),
         ("h", "3. Material and kitting"),
         ("p", "To secure the MP start right after DVT, the full kit for 1,200 sets has been prepared in "
               "warehouse B2 (all BOM lines, including the 3 long-lead items). Kits are sealed and labelled "
               "'HSN-CTL-4 MP'. DVT uses the first 30 sets from the same stock."),
         ("table", [["Item", "Sets kitted", "Note"],
                    ["All BOM lines (142)", "1,230", "DVT 30 + MP 1,200"],
                    ["U3 MCU (LTB)", "1,230", "received 2024-05-20"],
                    ["J1 connector", "1,230", "received 2024-05-17"]]),
         ("h", "4. Quality"),
         ("li", "X-ray 100% on U3 and U7 (BGA)."),
         ("li", "Conformal coating: not required for DVT."),
         ("li", "First article report to Mr. Watanabe before DVT shipment."),
     ], author="Kinh Bac EMS NPI"))])

# p22: WeChat, drone maker and Chinese EMS: supplier plans MP right after golden-sample approval, parts for 2,000 in house.
p22_txt = T("""
    WeChat chat history / 微信聊天记录
    Chat: Tomer Adler (Arbel Drones) & 黄杰 Jack Huang (Jiayuan)
    ------------------------------------------------------------

    2024-05-08 09:10:45  Tomer Adler
    Hi Jack, PO AD-24-1204 sent. 20 golden samples of the FC-9 only. The other 1,980 are not released, I
    send you a written release after our DVT sign-off.

    2024-05-08 09:25:02  黄杰 Jack Huang
    received 👍 20 golden samples ship 5/22

    2024-05-22 18:31:17  黄杰 Jack Huang
    Tomer golden sample shipped DHL 8841 2290 33, report in your email

    2024-05-22 18:32:40  黄杰 Jack Huang
    after you approve golden sample we start MP immediately, all components already in our warehouse for
    2000 sets, no need wait 😄

    2024-05-22 18:50:09  Tomer Adler
    thx Jack, will review the report tomorrow
""")
case("p22_chat_wechat_il_mp_after_golden", ["RG006", "RG007"],
     "supplier will start MP as soon as the golden sample is approved and already holds components for 2,000 "
     "sets; buyer's written-release requirement stands uncorrected",
     [("wechat_Arbel_Jiayuan.txt", p22_txt)])

# p23: Chinese EMS read the down payment as the go for production, bought everything and started SMT.
p23_quoted = T("""
    On 2024-05-08 11:40, Florian Becker wrote:
    Dear Ms. Zhou,

    attached PO 4500092301 for RS-TH5. Scope:
    - 10 samples are released.
    - The remaining 2,990 pcs of your quotation are not released; release only in writing by
      Florian Becker after sample sign-off.
    - Material authority: sample-only.
    - Payment terms as quoted: 30% down payment with order, balance 60 days.

    Mit freundlichen Grüßen
    Florian Becker, Leiter Einkauf, Rheinwerk Sensorik GmbH
""")
p23_text = T("""
    Dear Mr. Becker,

    Thank you for the down payment (30%) received on 13 May.

    We understood the down payment as your go for production. So we purchased all components for the
    complete lot and started SMT for the first batch last night, to make sure of the delivery in week 28.
    The 10 samples are also finished and will be sent by DHL tomorrow.

    Attached is the component purchase status for your reference.

    Best regards,
    Kelly Zhou
    Sales Manager, Dongguan Ruifeng Electronics Co., Ltd.
    Tel: +86 769 8555 0132

""") + quote_lines(p23_quoted)
p23_status = pdf([
    ("h1", "Component purchase status - RS-TH5"),
    ("p", "Dongguan Ruifeng Electronics Co., Ltd. - 2024-05-15"),
    ("table", [["Component", "MPN", "Sets covered", "Status"],
               ["MCU", "STM32G474RET6", "3,000", "received"],
               ["CAN transceiver", "TCAN1042HGVDRQ1", "3,000", "received"],
               ["Bare PCB", "RS-TH5-PCB rev B", "3,000", "received"],
               ["Connector", "Molex 5023860470", "3,000", "in transit, ETA 5/20"],
               ["Passives", "(BOM lines 12-118)", "3,000", "received"]]),
    ("p", "All parts purchased on 2024-05-13/14 after receipt of down payment."),
], title="Component status RS-TH5", author="Kelly Zhou")
case("p23_eml_cn_down_payment_read_as_go", ["RG006", "RG012"],
     "supplier treats the 30% down payment as the go for production, starts SMT and buys components for 3,000 "
     "sets while 10 samples are released and material is sample-only",
     [("RE_PO_4500092301_RS-TH5.eml", eml_bytes(mail(
         "Kelly Zhou <kelly.zhou@ruifeng-elec.cn>", "Florian Becker <florian.becker@rheinwerk-sensorik.de>",
         "RE: PO 4500092301 RS-TH5", "Wed, 15 May 2024 10:15:00 +0800", p23_text,
         attachments=[("RS-TH5_component_status.pdf", p23_status, PDF_MT)],
         in_reply_to="<rw-4500092301@rheinwerk-sensorik.de>")))])

# ------------------------------------------------------------ batch 4
# p24: Slack, US buyer: start the proto build (no quantity) and "buy whatever you need for MP".
p24_txt = T("""
    Slack export | workspace: northgate-audio | channel: #ext-kinhbac-spk1 (Slack Connect)
    2024-05-15
    ------------------------------------------------------------------
    [10:02] Hoang Anh Tuan (Kinh Bac EMS): morning from Bac Ninh 👋 NGA-SPK-1 stencil and FCT
            fixture are ready, solder paste is in. We can start any time.
    [10:09] Jason Lee (Northgate): BOM rev C is final, AVL updated for the 2 inductors
    [10:20] Megan Triplett (Northgate): Hey Tuan - you can start the proto build of the NGA-SPK-1
            boards 🎉 MP is not released until Jason signs the EVT report and I send you the written
            release.
    [10:22] Megan Triplett (Northgate): also, feel free to start buying whatever you need for MP now
            so we're not stuck on lead times later. the amp IC is at 30+ weeks
    [10:41] Hoang Anh Tuan (Kinh Bac EMS): great, thanks Megan! we'll place the orders for the MP
            parts this week, incl. the TPA3255 and the inductors
    [10:43] Jason Lee (Northgate): 🙌
""")
case("p24_chat_slack_us_buy_for_mp_no_qty", ["RG006", "RG010"],
     "proto build started with no quantity anywhere; buyer invites buying 'whatever you need for MP' with no "
     "stated material authority and supplier orders MP parts; hold, event and Megan Triplett are stated",
     [("slack_ext-kinhbac-spk1_2024-05-15.txt", p24_txt)])

# p25: Chinese supplier plans to roll into production once EVT is approved; quoted scope is complete.
p25_quoted = T("""
    On Mon, May 13, 2024 at 4:12 PM Megan Triplett <mtriplett@northgate-audio.com> wrote:
    Hi Cherry,

    PO 4410-2315 is attached.
    - 20 EVT boards only (NGA-AMP-300 rev A).
    - Balance of 1,980 boards is not released.
    - Release by written release from me (Megan Triplett) after DVT sign-off.
    - Material: parts for the 20 EVT boards only.

    Thanks,
    Megan
""")
p25_text = T("""
    Dear Megan,

    Well received, thank you! The 20 EVT boards will ship on 28 May by DHL.

    Good news for your launch: to keep your date, after your team approve the EVT boards we will directly
    roll into the production run. Our SMT line 5 is reserved for you from June 10, so there will be no
    gap between EVT and production.

    We will send the EVT report with X-ray pictures together with the boards.

    Best regards
    Cherry Wu
    Sales Dept. | Shenzhen Jiayuan Circuit Technology Co., Ltd.
    Tel: +86 755 2991 8830

""") + quote_lines(p25_quoted)
p25_html = ("<p>Dear Megan,</p><p>Well received, thank you! The 20 EVT boards will ship on 28 May by DHL.</p>"
            "<p>Good news for your launch: to keep your date, after your team approve the EVT boards we will "
            "directly roll into the production run. Our SMT line 5 is reserved for you from June 10, so there "
            "will be no gap between EVT and production.</p><p>We will send the EVT report with X-ray pictures "
            "together with the boards.</p><p>Best regards<br>Cherry Wu</p>"
            "<blockquote>PO 4410-2315 is attached.<br>- 20 EVT boards only (NGA-AMP-300 rev A).<br>- Balance of "
            "1,980 boards is not released.<br>- Release by written release from me (Megan Triplett) after DVT "
            "sign-off.<br>- Material: parts for the 20 EVT boards only.</blockquote>")
case("p25_eml_cn_roll_into_production", ["RG007"],
     "supplier says EVT approval lets it roll directly into the production run, against the quoted "
     "requirement of DVT sign-off + written release by Megan Triplett",
     [("RE_PO_4410-2315.eml", eml_bytes(mail(
         "Cherry Wu <cherry.wu@jiayuan-pcb.com>", "Megan Triplett <mtriplett@northgate-audio.com>",
         "RE: PO 4410-2315 NGA-AMP-300 EVT", "Tue, 14 May 2024 09:02:00 +0800", p25_text,
         html=html_page("RE: PO 4410-2315", p25_html), in_reply_to="<nga-4410-2315@northgate-audio.com>")))])

# p26: US medtech PDF PO: scope says written release, special instruction says continue after sign-off.
case("p26_pdf_us_po_continue_after_signoff", ["RG007"],
     "PO scope requires a written release by Angela Ruiz for the 975, but special instructions tell the "
     "supplier to continue with the 975 upon DVT sign-off",
     [("PO_PMS-3402.pdf", pdf([
         ("h1", "PURCHASE ORDER PMS-3402"),
         ("p", "Pinecrest Medical Systems, Inc. | 7200 Metro Blvd, Minneapolis, MN 55439 | FDA reg. 3012284410"),
         ("table", [["Supplier", "Kinh Bac EMS JSC, Bac Ninh, Vietnam"],
                    ["PO date", "May 14, 2024"],
                    ["Buyer", "Mark Jensen"],
                    ["Terms", "Net 45, FCA Hanoi"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
                    ["1", "PMS-DRV-2-PCBA rev B", "DVT build, pump driver board", "25", "118.00", "2,950.00"],
                    ["2", "PMS-DRV-2-PCBA rev B", "Production units - not released", "975", "46.20", "0.00"]]),
         ("h", "Scope"),
         ("p", "25 DVT units are released. The balance of 975 units is not released. Production release "
               "will be issued in writing by Angela Ruiz, Director Supply Chain, after DVT sign-off. "
               "Material authority: sample-only."),
         ("h", "Special instructions"),
         ("p", "1. Build per Pinecrest DHR template DHR-DRV2-01; all records retained 15 years."),
         ("p", "2. To protect the launch date, upon DVT sign-off the supplier shall continue with the 975 "
               "production units without interruption."),
         ("p", "3. Any change of process, site or sub-tier supplier requires prior written notification "
               "(ISO 13485:2016 7.4)."),
     ], pagesize=LETTER, title="PO PMS-3402", author="Mark Jensen"))])

# p27: Teams, Israeli medtech engineer tells the TW EMS to keep the line running after burn-in.
p27_txt = T("""
    Microsoft Teams - chat export
    Chat: KMD-P5 DVT (Keshet Medical <> Taoyuan Everbright)
    Participants: Noa Shapiro, Yossi Mizrahi, Allen Chang
    ---------------------------------------------------------------

    Noa Shapiro  06/05/2024 10:14
    Hi Allen, PO 2024-0745 covers 30 DVT units of the KMD-P5. The 970 remaining are on hold until I
    send a written release after DVT sign-off. Material for the 30 only.

    Allen Chang  06/05/2024 10:30
    Noted Noa, thank you. DVT SMT planned 20/05.

    Yossi Mizrahi  21/05/2024 18:02
    Allen, boards look good on the pictures. ICT fixture pins on TP44/TP45 need a re-check.

    Yossi Mizrahi  21/05/2024 18:05
    Guys, if the DVT boards pass ICT and the 48h burn-in, just keep the line running for the remaining
    970. We're super tight on the schedule. No need to wait for paperwork from our side.

    Allen Chang  21/05/2024 18:20
    OK Yossi, understood. We keep the line running after burn-in pass 👍

    Yossi Mizrahi  21/05/2024 18:21
    🙏
""")
case("p27_chat_teams_il_keep_line_running", ["RG007"],
     "buyer's engineer says passing ICT/burn-in means the supplier can run the remaining 970 without the "
     "written release Noa Shapiro required; supplier accepts",
     [("Teams_KMD-P5_DVT.txt", p27_txt)])

# p28: TW EMS formal letter: will proceed with MP upon approval of DVT samples.
case("p28_pdf_tw_letter_mp_upon_dvt", ["RG007"],
     "supplier letter acknowledges MP is not released, then says it will proceed with the MP lot upon "
     "approval of the DVT samples",
     [("EB-L-24-0117.pdf", pdf([
         ("h1", "Confirmation of build plan"),
         ("p", "Taoyuan Everbright EMS Co., Ltd. | No. 6, Xinggong Rd, Guishan Dist., Taoyuan 333, Taiwan"),
         ("table", [["To", "Kanagawa Photonics K.K. - Ms. Yuki Tanaka, Procurement Manager"],
                    ["Ref.", "EB-L-24-0117"],
                    ["Date", "2024-05-17"],
                    ["Subject", "KP-LD3 driver board - DVT and mass production plan"]]),
         ("sp",),
         ("p", "Dear Ms. Tanaka,"),
         ("p", "Thank you for your purchase order KP-24-0560 for 40 pcs DVT samples of the KP-LD3 driver "
               "board. We are pleased to confirm the following plan."),
         ("table", [["Step", "Date", "Remark"],
                    ["DVT SMT", "2024-05-27", "line TY-2"],
                    ["DVT shipment", "2024-06-03", "with FAI report"],
                    ["Mass production", "week 27", "line TY-3"]]),
         ("sp",),
         ("p", "We understand that mass production is not yet released by PO KP-24-0560. Upon your approval "
               "of the DVT samples, we will proceed with the mass production lot as scheduled, so that no "
               "time is lost between DVT and mass production."),
         ("p", "We thank you for your trust and look forward to a long cooperation."),
         ("p", "Sincerely yours, Allen Chang, Deputy General Manager"),
     ], title="EB-L-24-0117", author="Allen Chang"))])

# p29: Swedish DOCX build instruction: written release required, yet "line moves straight on to DVT".
case("p29_docx_se_phase_gate_moves_on", ["RG007"],
     "build instruction releases 24 EVT and requires a written release by Johan Eklund for DVT/MP, but its "
     "phase-gate section says the line moves straight on to DVT after EVT sign-off",
     [("BI-LM410-EVT_rev2.docx", docx_bytes([
         ("h1", "Build Instruction BI-LM410-EVT rev 2"),
         ("p", "Lindqvist Marine Electronics AB → Pannon EMS Kft. · LM-410 display board rev B · 2024-05-14"),
         ("h", "1. Scope"),
         ("p", "This build instruction covers 24 EVT units (PO LM-24-0251). DVT and MP quantities are not "
               "released; they are released only by a written release from Johan Eklund, Purchasing Manager."),
         ("h", "2. Build"),
         ("table", [["Step", "Requirement"],
                    ["Paste", "SAC305, type 4, stencil 100 µm"],
                    ["Reflow", "profile LM-RP-03, N2 optional"],
                    ["THT", "selective solder, J1/J2/J9"],
                    ["Test", "ICT + FCT per TS-LM410-02, log to traveler"],
                    ["Coating", "none for EVT"]]),
         ("h", "3. Phase gates"),
         ("p", "EVT → DVT: after EVT sign-off by our hardware team (Sara Nyström), the line moves straight on to "
               "DVT so that stencils and feeder set-up stay in place. Pannon does not need to wait for further "
               "paperwork."),
         ("p", "DVT → PVT: gate review with Lindqvist quality."),
         ("h", "4. Shipping"),
         ("p", "EVT units DAP Göteborg, ESD trays, one unit per pocket, test records in the box."),
     ], author="Johan Eklund"))])

# p30: Mexican EMS customer portal: deposit auto-releases the order, sample approval auto-schedules MP.
p30_body = T("""
    <div style="background:#8a1c1c;color:#fff;padding:8px"><b>Electr&oacute;nica Baj&iacute;o</b> &middot; Portal de Clientes / Customer Portal</div>
    <p>Customer: <b>Cobalt Ridge Robotics</b> &middot; user: eharper</p>
    <h2>Order SO-MX-5521 &middot; CR11 servo drive PCBA rev A</h2>
    <table>
    <tr><th>Line</th><th>Description</th><th>Qty</th><th>Status</th></tr>
    <tr><td>1</td><td>Samples (PO 7730-166)</td><td>20</td><td>Released &ndash; shipped 2024-05-17</td></tr>
    <tr><td>2</td><td>MP lot</td><td>980</td><td>On hold &ndash; awaiting customer release</td></tr>
    </table>
    <h3>How your order moves</h3>
    <ol>
    <li>PO received &#10003;</li>
    <li>Deposit received &#10003; &rarr; order released to production planning automatically &#10003;</li>
    <li>Samples shipped &#10003;</li>
    <li>Customer approves samples &rarr; MP lot auto-scheduled on SMT line (no further action needed)</li>
    <li>MP shipment(s) per schedule</li>
    </ol>
    <div class="note">Next step: MP lot will be auto-scheduled as soon as you approve the samples in this portal.
    <button>Approve samples</button> <button>Reject samples</button></div>
    <p style="font-size:11px;color:#777">Electr&oacute;nica Baj&iacute;o S.A. de C.V. &middot; Zapopan, Jalisco &middot; portal v2.7</p>
""")
case("p30_html_mx_portal_auto_flow", ["RG007", "RG012"],
     "supplier portal workflow: deposit releases the order to production automatically and sample approval "
     "auto-schedules the 980 MP lot, with no recorded auto-conversion",
     [("SO-MX-5521.html", html_page("SO-MX-5521", p30_body))])

# p32: multi-file: PO for 20 EVT units + engineer's e-mail asking for 25 "per the PO".
p32_po = pdf([
    ("h1", "PURCHASE ORDER 4410-2352"),
    ("p", "Northgate Audio Inc. | 1900 E Cesar Chavez St, Austin, TX 78702, USA"),
    ("table", [["PO date", "May 10, 2024"],
               ["Supplier", "Huizhou Xinlian PCBA Co., Ltd."],
               ["Buyer", "Megan Triplett, Sr. Buyer"]]),
    ("sp",),
    ("table", [["Line", "Part / Rev", "Description", "Qty", "Unit USD", "Ext. USD"],
               ["1", "NGA-BT-9-PCBA rev A", "EVT build, Bluetooth module carrier", "20", "31.00", "620.00"]]),
    ("p", "Scope: this PO releases 20 EVT boards. The balance of 2,480 boards in quote XL-Q-0433 is not "
          "released; it is released only by a written release from Megan Triplett after DVT sign-off. "
          "Material authority: sample-only."),
], pagesize=LETTER, title="PO 4410-2352", author="Megan Triplett")
p32_text = T("""
    Hi Lily,

    Quick note for the NGA-BT-9 EVT build so the line has everything:

    1. Please build the 25 EVT units per the PO. We need the extra ones for drop and ESD tests.
    2. Antenna keep-out: no copper pour under the module on L2, already fixed in Gerber rev A.
    3. Program the test firmware v0.3.1 (attached to the PO e-mail), not the bootloader-only image.
    4. Label each unit EVT-xx on the shield can.

    Thanks!
    Ben
""") + sig("Ben Carter", "NPI Engineer", "Northgate Audio Inc., Austin, TX", "+1 512 555 0175")
case("p32_multi_us_po20_email25", ["RG011"],
     "PO releases 20 EVT boards; NPI engineer's e-mail tells the supplier to build 25 'per the PO'",
     [("PO_4410-2352.pdf", p32_po),
      ("NGA-BT-9_EVT_build_notes.eml", eml_bytes(mail(
          "Ben Carter <bcarter@northgate-audio.com>", "Lily Chen <lily.chen@xinlian-pcba.com>",
          "NGA-BT-9 EVT build notes", "Mon, 13 May 2024 10:25:00 -0500", p32_text,
          cc="Megan Triplett <mtriplett@northgate-audio.com>")))])

# p33: German PDF PO, header sample quantity 12, line quantity 10.
case("p33_pdf_de_header_vs_line_qty", ["RG011"],
     "PO header states 12 FAI samples, the order line states 10; hold, FAI sign-off event and Florian Becker "
     "are stated",
     [("Bestellung_4500092155.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500092155"),
         ("p", "Rheinwerk Sensorik GmbH · Heilbronner Str. 210 · 70191 Stuttgart"),
         ("table", [["Lieferant / Supplier", "Pannon EMS Kft., Székesfehérvár"],
                    ["Datum / Date", "14.05.2024"],
                    ["Mustermenge / Sample quantity", "12 ST"],
                    ["Einkäufer / Buyer", "Sabine Krüger"]]),
         ("sp",),
         ("table", [["Pos.", "Material", "Bezeichnung", "Menge", "Preis EUR", "Wert EUR"],
                    ["10", "RS-TH4-PCBA rev A", "FAI-Muster / FAI samples", "10 ST", "118,00", "1.180,00"],
                    ["20", "RS-TH4-STN", "Schablone / stencil", "1 ST", "210,00", "210,00"]]),
         ("sp",),
         ("p", "Umfang / scope: The FAI samples are released for production. The balance of the 1.000 pcs "
               "quoted in PQ-2024-104 is not released. It will be released only by a written release from "
               "Florian Becker (Leiter Einkauf) after FAI sign-off (EMPB per VDA 2)."),
         ("p", "Material: nur für Muster / sample-only."),
         ("p", "Liefertermin / delivery: KW 24, DAP Stuttgart."),
     ], title="PO 4500092155", author="Sabine Krueger"))])

# p34: WhatsApp, Israeli buyer and Mexican EMS: 50 DVT ordered, later "the 40 DVT units"; unscoped go ahead.
p34_txt = T("""
    WhatsApp chat export - Arbel Drones / Electrónica Bajío
    [13/05/2024, 09:41:22] Tomer Adler: Hi Carlos, PO AD-24-1230 is out: 50 DVT units of the FC-9
    gimbal board. The remaining 550 stay on hold until I send a written release after DVT sign-off.
    [13/05/2024, 09:44:05] Carlos Mendoza: Hola Tomer, received 👍 material for 50 only, understood
    [15/05/2024, 16:02:47] Carlos Mendoza: Tomer, panels ready. Question on J3 connector orientation,
    see photo
    [15/05/2024, 16:02:51] Carlos Mendoza: <attached: IMG-20240515-WA0007.jpg>
    [15/05/2024, 16:10:30] Tomer Adler: Looks right. All good, go ahead 👍
    [15/05/2024, 16:11:12] Tomer Adler: reminder we need the 40 DVT units in Haifa by end of month for
    the drop test campaign
    [15/05/2024, 16:15:40] Carlos Mendoza: ok, we plan ship 28/05
""")
case("p34_chat_whatsapp_il_mx_50_vs_40", ["RG002", "RG011"],
     "PO for 50 DVT units, later 'the 40 DVT units' with no change noted; 'All good, go ahead' names no "
     "scope or quantity",
     [("WhatsApp_Arbel_Bajio.txt", p34_txt)])

# p35: Swedish DOCX order letter: "twenty-four (42)".
case("p35_docx_se_words_vs_digits", ["RG011"],
     "order letter releases 'twenty-four (42)' pilot units; the table says 24; hold, pilot sign-off and "
     "Elin Sjöberg are stated",
     [("Order_letter_VM-24-098.docx", docx_bytes([
         ("h1", "Order letter VM-24-098"),
         ("p", "Vinter Medical AB · Uppsala · 2024-05-15 · To: Pannon EMS Kft., Mr. Gábor Tóth"),
         ("p", "Dear Gábor,"),
         ("p", "With reference to your quotation PQ-2024-140 we hereby release twenty-four (42) pilot units "
               "of the VM-3 PCBA rev A for production, delivery week 25, DAP Uppsala."),
         ("table", [["Pos", "Article", "Qty", "Price EUR", "Amount EUR"],
                    ["1", "VM-3-PCBA rev A (pilot)", "24", "176,00", "4.224,00"]]),
         ("sp",),
         ("p", "The remaining quantity of the 1.000 pcs quoted is not released. It will be released only by a "
               "written release from me after pilot sign-off by our R&D (Per Andersson)."),
         ("p", "Material authority: parts for the pilot units only."),
         ("p", "Documentation: FAI report, CoC, traceability list per serial number (ISO 13485)."),
         ("p", "Tack och hälsningar, Elin Sjöberg, Strategic Buyer"),
     ], author="Elin Sjoberg"))])

# p36: multi-file: JP buyer portal release notice 150 pcs + buyer e-mail saying the same release is for 200.
p36_html = html_page("Release notice RN-24-0077", T("""
    <div style="background:#223;color:#fff;padding:6px"><b>Kanagawa Photonics</b> &middot; Supplier Portal</div>
    <h2>Release notice RN-24-0077</h2>
    <table>
    <tr><th>Item</th><th>Value</th></tr>
    <tr><td>Supplier</td><td>Hsinchu TopLayer Circuits Corp.</td></tr>
    <tr><td>Part</td><td>KP-LD2-PCB Rev.C (bare board, 6L)</td></tr>
    <tr><td>Order</td><td>KP-24-0412 (commercial cover 2,000 pcs)</td></tr>
    <tr><td>Released quantity</td><td><b>150 pcs</b></td></tr>
    <tr><td>Balance on hold</td><td>1,850 pcs &ndash; not released</td></tr>
    <tr><td>Next release</td><td>by Yuki Tanaka after reliability test (HTOL) of the released lot</td></tr>
    <tr><td>Issued</td><td>2024-05-20 / Y. Tanaka</td></tr>
    </table>
    <p class="note">Only the released quantity may be manufactured. Material: for the released quantity only.</p>
"""))
p36_text = T("""
    Dear Mr. Lai,

    Please note that release RN-24-0077 for 200 pcs of KP-LD2-PCB Rev.C has been issued in our supplier
    portal today. Please confirm the delivery date for these 200 pcs.

    Impedance coupons: please add one coupon per panel as in the previous lot.

    Best regards,
    Yuki Tanaka
    Procurement Manager, Kanagawa Photonics K.K.
    TEL +81 45 555 0121
""")
case("p36_multi_jp_portal150_email200", ["RG011"],
     "portal release notice RN-24-0077 releases 150 pcs; the buyer's e-mail about the same notice says 200 pcs",
     [("RN-24-0077.html", p36_html),
      ("Release_RN-24-0077.eml", eml_bytes(mail(
          "Yuki Tanaka <y.tanaka@kanagawa-photonics.co.jp>", "Vincent Lai <vincent.lai@toplayer-pcb.com.tw>",
          "Release RN-24-0077 KP-LD2-PCB", "Mon, 20 May 2024 14:30:00 +0900", p36_text)))])

# p37: German e-mail: "PO released in SAP" + "the release for 500 pcs"; attached release letter says 600.
p37_letter = pdf([
    ("h1", "Fertigungsfreigabe / Production release PR-0092210-01"),
    ("p", "Rheinwerk Sensorik GmbH · Einkauf · Stuttgart · 21.05.2024"),
    ("table", [["Supplier", "Pannon EMS Kft."],
               ["PO", "4500092210 (commercial cover 2.000 ST)"],
               ["Material", "RS-TH3-PCBA rev B"],
               ["Released quantity", "600 ST"],
               ["Delivery", "KW 24-26, DAP Stuttgart"],
               ["Balance", "1.400 ST - on hold"]]),
    ("sp",),
    ("p", "The balance of 1.400 ST remains on hold until the next written release by Florian Becker after the "
          "process audit of your SMT line 2."),
    ("p", "Material authority: for the released quantity only."),
    ("p", "Florian Becker, Leiter Einkauf"),
], title="PR-0092210-01", author="Florian Becker")
p37_text = T("""
    Sehr geehrter Herr Tóth,

    the PO 4500092210 has been released in SAP today (release strategy completed, cost centre 4711, all
    three signatures). Attached please find the release for 500 pcs of RS-TH3 for KW 24.

    Please confirm receipt and the delivery split.

    Mit freundlichen Grüßen
    Florian Becker
""") + sig("Florian Becker", "Leiter Einkauf", "Rheinwerk Sensorik GmbH, Stuttgart", "+49 711 555 0180")
case("p37_eml_de_sap_release_500_vs_600", ["RG009", "RG011"],
     "'released in SAP' (commercial approval) and 'the release for 500 pcs' (production) share one word; "
     "attached production release says 600",
     [("PO_4500092210_release.eml", eml_bytes(mail(
         "Florian Becker <florian.becker@rheinwerk-sensorik.de>", "Gábor Tóth <gabor.toth@pannon-ems.hu>",
         "PO 4500092210 / RS-TH3 - Freigabe", "Tue, 21 May 2024 11:05:00 +0200", p37_text,
         attachments=[("PR-0092210-01.pdf", p37_letter, PDF_MT)])))])

# ------------------------------------------------------------ batch 5
# p39: multi-file: US PO for 1,200 PVT with labelled forecast + TW order confirmation that books 12,000 as ordered.
p39_po = pdf([
    ("h1", "PURCHASE ORDER 7730-150"),
    ("p", "Cobalt Ridge Robotics | 300 A St, Boston, MA 02210, USA"),
    ("table", [["PO date", "May 9, 2024"],
               ["Supplier", "Taoyuan Everbright EMS Co., Ltd."],
               ["Buyer", "Erin Harper, Commodity Manager"],
               ["Terms", "Net 60, FCA Taoyuan"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
               ["1", "CR5-DRV-PCBA rev B", "PVT lot, stepper driver board", "1,200", "14.60", "17,520.00"]]),
    ("sp",),
    ("p", "Scope: this PO releases the PVT lot of 1,200 units. For your capacity planning only: our 2025 "
          "forecast is 12,000 units. The forecast is for information only; it is not an order and is not "
          "released. MP quantities are released only by a written release from Erin Harper after PVT "
          "sign-off. Material authority: for the 1,200 PVT units only."),
], pagesize=LETTER, title="PO 7730-150", author="Erin Harper")
p39_oc = pdf([
    ("h1", "ORDER CONFIRMATION OC-24-0877"),
    ("p", "Taoyuan Everbright EMS Co., Ltd. | No. 6, Xinggong Rd, Guishan Dist., Taoyuan 333, Taiwan"),
    ("table", [["Customer", "Cobalt Ridge Robotics, Boston"],
               ["Customer ref.", "PO 7730-150"],
               ["Date", "2024-05-13"]]),
    ("sp",),
    ("p", "We thank you for your order and confirm as follows:"),
    ("table", [["Item", "Description", "Qty", "Delivery"],
               ["CR5-DRV-PCBA rev B", "PVT lot", "1,200 pcs", "week 26/2024"],
               ["CR5-DRV-PCBA rev B", "Order per your 2025 forecast", "12,000 pcs", "1,000 pcs/month, Jan-Dec 2025"]]),
    ("sp",),
    ("p", "We confirm your order for 12,000 pcs CR5-DRV for 2025 as per your forecast and have reserved "
          "line capacity accordingly. Unit price for the 2025 quantity USD 11.90 as per quotation EB-Q-0388."),
    ("p", "Allen Chang, Deputy General Manager"),
], title="OC-24-0877", author="Allen Chang")
case("p39_multi_us_po_tw_oc_forecast_as_order", ["RG008", "RG011"],
     "PO releases 1,200 PVT and labels 12,000 as forecast, not released; supplier's order confirmation books "
     "the 12,000 forecast as a confirmed order",
     [("PO_7730-150.pdf", p39_po), ("OC-24-0877.pdf", p39_oc)])

# p40: US buyer: deposit wired, so start production of the full 2,000 (full-quantity PO).
p40_pi = pdf([
    ("h1", "PROFORMA INVOICE RF-PI-0518"),
    ("p", "Dongguan Ruifeng Electronics Co., Ltd. | Chang'an Town, Dongguan, Guangdong"),
    ("table", [["Buyer", "Tallgrass Instruments LLC"], ["Ref.", "PO TG-5590"], ["Date", "2024-05-16"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
               ["1", "TG-PWR-2 PCBA rev C", "2,000", "30.75", "61,500.00"]]),
    ("p", "Payment: 30% T/T deposit USD 18,450.00, balance 70% before shipment."),
], title="RF-PI-0518", author="Ruifeng")
p40_text = T("""
    Hi Kelly,

    We wired the 30% deposit against PI RF-PI-0518 this morning (USD 18,450.00, wire ref. TGW-0517-02).

    Since the deposit is in, please start production of the 2,000 TG-PWR-2 boards right away. PO TG-5590
    covers the full 2,000 - there is nothing else coming on this part.

    Can you send me the build schedule by Monday?

    Thanks,
    Kevin
""") + sig("Kevin Marsh", "Buyer", "Tallgrass Instruments LLC, Boulder, CO", "+1 303 555 0118")
case("p40_eml_us_deposit_start_full_qty", ["RG012"],
     "full-quantity PO of 2,000; buyer makes the deposit the trigger to start production ('since the deposit is "
     "in, please start')",
     [("TG-PWR-2_PO_TG-5590.eml", eml_bytes(mail(
         "Kevin Marsh <kmarsh@tallgrass-instruments.com>", "Kelly Zhou <kelly.zhou@ruifeng-elec.cn>",
         "TG-PWR-2 / PO TG-5590 / PI RF-PI-0518", "Fri, 17 May 2024 09:12:00 -0600", p40_text,
         attachments=[("RF-PI-0518.pdf", p40_pi, PDF_MT)])))])

# p41: Vietnamese EMS takes a capacity prepayment as confirmation for the MP lot; quoted scope complete.
p41_quoted = T("""
    On Wed, 8 May 2024 at 19:30, Erin Harper <eharper@cobaltridge-robotics.com> wrote:
    Thao,

    PO 7730-172 attached.
    - 100 PVT units of CR12 are released.
    - The remaining 4,900 are not released; they are released only by a written release from
      me (Erin Harper) after the PVT yield review.
    - Material: PVT only.
    - We'll pay your capacity-reservation prepayment (PI KB-PI-24-0640) as agreed with your sales team.

    Erin
""")
p41_text = T("""
    Dear Erin,

    We confirm receipt of the 50% prepayment for proforma KB-PI-24-0640 (capacity reservation for the CR12
    MP lot), thank you.

    Since the prepayment is received, we consider it as your confirmation for the MP lot and we have
    released the job to SMT line 2, start 27 May. The 100 PVT units will be finished before that, on 24 May.

    Best regards,
    Thao Pham
    Customer Program Manager
    Kinh Bac EMS JSC | Que Vo Industrial Park, Bac Ninh, Vietnam | +84 222 3 715 880

""") + quote_lines(p41_quoted)
case("p41_eml_vn_prepayment_as_confirmation", ["RG012"],
     "supplier treats a capacity prepayment as confirmation for the MP lot and releases the job to SMT; quoted "
     "buyer scope (100 PVT, 4,900 on hold, Erin Harper) is complete",
     [("RE_PO_7730-172_CR12.eml", eml_bytes(mail(
         "Thao Pham <thao.pham@kinhbac-ems.vn>", "Erin Harper <eharper@cobaltridge-robotics.com>",
         "RE: PO 7730-172 CR12 PVT", "Tue, 21 May 2024 10:40:00 +0700", p41_text,
         in_reply_to="<cr-7730-172@cobaltridge-robotics.com>")))])

# p43: Swedish buyer: accepting the PO in Coupa is the go to build (full MP quantity).
p43_text = T("""
    Hi Jenny,

    PO LM-24-0260 for 4,000 LM-410 display boards went out via Coupa this morning. That is the full MP
    quantity; there are no further quantities on this part this year.

    As soon as you have accepted the PO in the Coupa supplier portal, consider that your go to build - we
    won't send a separate release.

    Delivery split as discussed: 1,000 per month from August.

    Hälsningar,
    Johan
""") + sig("Johan Eklund", "Purchasing Manager", "Lindqvist Marine Electronics AB, Göteborg", "+46 31 555 0190")
p43_html = ("<p>Hi Jenny,</p><p>PO LM-24-0260 for 4,000 LM-410 display boards went out via Coupa this morning. "
            "That is the full MP quantity; there are no further quantities on this part this year.</p>"
            "<p>As soon as you have accepted the PO in the Coupa supplier portal, consider that your go to build - "
            "we won't send a separate release.</p><p>Delivery split as discussed: 1,000 per month from August.</p>"
            "<p>Hälsningar,<br>Johan</p>")
case("p43_eml_se_po_acceptance_is_go", ["RG012"],
     "full-quantity MP PO; buyer makes the supplier's PO acceptance in Coupa the authority to build",
     [("LM-24-0260_Coupa.eml", eml_bytes(mail(
         "Johan Eklund <johan.eklund@lindqvist-marine.se>", "Jenny Lin <jenny.lin@everbright-ems.com.tw>",
         "LM-410 MP - PO LM-24-0260 in Coupa", "Wed, 22 May 2024 08:45:00 +0200", p43_text,
         html=html_page("LM-24-0260", p43_html))))])

# p44: US medtech buyer writes the 2025 forecast as a firm commitment.
p44_text = T("""
    Hi Carlos,

    As promised on Tuesday, here is our 2025 forecast for the PMS-INF-7 pump controller:

        Q1   4,000
        Q2   6,000
        Q3   7,000
        Q4   7,000
        ---------
        2025 24,000 units

    Please consider this forecast our firm commitment for 2025 - you can plan capacity and headcount
    against it. Formal POs will follow quarter by quarter through the usual process.

    Let me know if you need it split by month.

    Best regards,
    Angela
""") + sig("Angela Ruiz", "Director Supply Chain", "Pinecrest Medical Systems, Inc., Minneapolis, MN",
           "+1 952 555 0109")
p44_html = ("<p>Hi Carlos,</p><p>As promised on Tuesday, here is our 2025 forecast for the PMS-INF-7 pump "
            "controller:</p><table><tr><th>Quarter</th><th>Units</th></tr><tr><td>Q1</td><td>4,000</td></tr>"
            "<tr><td>Q2</td><td>6,000</td></tr><tr><td>Q3</td><td>7,000</td></tr><tr><td>Q4</td><td>7,000</td></tr>"
            "<tr><th>2025</th><th>24,000</th></tr></table><p>Please consider this forecast our firm commitment for "
            "2025 - you can plan capacity and headcount against it. Formal POs will follow quarter by quarter "
            "through the usual process.</p><p>Let me know if you need it split by month.</p><p>Best regards,<br>"
            "Angela</p>")
case("p44_eml_us_forecast_firm_commitment", ["RG008"],
     "buyer calls the 24,000-unit 2025 forecast 'our firm commitment'",
     [("PMS-INF-7_2025_volumes.eml", eml_bytes(mail(
         "Angela Ruiz <aruiz@pinecrest-med.com>", "Carlos Mendoza <cmendoza@electronicabajio.mx>",
         "PMS-INF-7 2025 volumes", "Thu, 23 May 2024 13:20:00 -0500", p44_text,
         html=html_page("PMS-INF-7 2025", p44_html))))])

# p46: Chinese supplier ERP printout: customer forecast converted into a firm sales order.
p46_txt = T("""
    SHENZHEN JIAYUAN CIRCUIT TECHNOLOGY CO., LTD.            ERP: K3 CLOUD
    SALES ORDER / 销售订单                                   PRINT 2024-05-21 10:14
    ============================================================================
    SO NO.      : SO-JY-24-1187             ORDER TYPE : FIRM / 正式订单
    CUSTOMER    : C0417 RHEINWERK SENSORIK GMBH, STUTTGART
    CUST. REF.  : FC-2024-06 (CUSTOMER FORECAST, RECEIVED 2024-05-17)
    SALESPERSON : CHERRY WU                 CURRENCY   : EUR
    ============================================================================
    LINE  ITEM             DESCRIPTION            DELIV.     QTY    STATUS
    1     RS-TH2-PCB C     BARE PCB 4L ENIG       2024-07    500    CONFIRMED
    2     RS-TH2-PCB C     BARE PCB 4L ENIG       2024-08    500    CONFIRMED
    3     RS-TH2-PCB C     BARE PCB 4L ENIG       2024-09    900    CONFIRMED
    4     RS-TH2-PCB C     BARE PCB 4L ENIG       2024-10    900    CONFIRMED
                                                    TOTAL  2,800
    ============================================================================
    REMARK: CONVERTED FROM CUSTOMER FORECAST FC-2024-06 INTO FIRM SALES ORDER
            ON 2024-05-21 BY SALES (C. WU). CUSTOMER ORDER QTY = FORECAST QTY.
            PLEASE PLAN PRODUCTION ACCORDING TO DELIVERY MONTH.
    ============================================================================
    CHECKED BY: SALES MANAGER  ____________     PMC: ____________
""")
case("p46_txt_cn_forecast_booked_as_firm_so", ["RG008"],
     "supplier ERP books the customer's forecast FC-2024-06 as a firm sales order with confirmed lines",
     [("SO-JY-24-1187.txt", p46_txt)])

# p47: Teams, Israeli buyer: "it's a forecast but treat it as a PO".
p47_txt = T("""
    Microsoft Teams - chat export
    Chat: Keshet Medical <> Taoyuan Everbright - planning
    Participants: Noa Shapiro, Allen Chang
    ---------------------------------------------------------------

    Allen Chang  22/05/2024 09:15
    Hi Noa, we are doing our 2025 capacity plan this week. Can you share the forecast for KMD-P7?

    Noa Shapiro  22/05/2024 11:40
    Sure. 8k for 2025, roughly 2k per quarter.

    Noa Shapiro  22/05/2024 11:41
    I know it's a forecast, but treat it as a PO - we're good for it.

    Allen Chang  22/05/2024 11:52
    Understood, then we load 8k as firm order in our system for 2025.

    Noa Shapiro  22/05/2024 11:53
    👍

    Allen Chang  22/05/2024 11:55
    Thank you Noa. We will also share the new price list for the 2025 volume next week.
""")
case("p47_chat_teams_il_forecast_treat_as_po", ["RG008"],
     "buyer tells the supplier to treat the 8k forecast as a PO; supplier loads it as a firm order",
     [("Teams_Keshet_Everbright_planning.txt", p47_txt)])

# p50: German DOCX status: "release" used for drawing, PO and production.
case("p50_docx_de_release_three_senses", ["RG009"],
     "'release' means drawing release, SAP PO release and production release in one document; 300 released, "
     "2.700 on hold until EMC test + written release by Florian Becker",
     [("Freigabestatus_RS-GW6_KW21.docx", docx_bytes([
         ("h1", "Freigabestatus / release status RS-GW6 - KW 21"),
         ("p", "Rheinwerk Sensorik GmbH → Dongguan Ruifeng Electronics Co., Ltd. · 22.05.2024"),
         ("p", "Dear Ms. Zhou, please find the current release status for the RS-GW6 gateway board."),
         ("table", [["Release", "Status", "Date / by"],
                    ["Drawing release (Zeichnungsfreigabe)", "Layout rev D released", "10.05.2024 / R&D"],
                    ["PO release (Bestellfreigabe)", "PO 4500093150 released in SAP, release code 02",
                     "16.05.2024 / Purchasing"],
                    ["Production release (Fertigungsfreigabe)", "300 pcs released", "22.05.2024 / F. Becker"]]),
         ("sp",),
         ("p", "The remaining 2.700 pcs are on hold. They will be released only after the EMC test of the "
               "released lot has been passed and a written release has been sent by Florian Becker (Leiter "
               "Einkauf)."),
         ("p", "Material authority: for the 300 released pcs only."),
         ("p", "Delivery of the 300 pcs: KW 27, FCA Hong Kong."),
         ("p", "Mit freundlichen Grüßen, Florian Becker"),
     ], author="Florian Becker"))])

# p51: US FAI record: "approved" for FAI, PO and production, plus "Approved - proceed".
case("p51_pdf_us_fair_approved_proceed", ["RG002", "RG009"],
     "FAI form uses 'approved' for the FAI result, the PO (finance) and production; disposition "
     "'Approved - proceed' names no scope or quantity",
     [("FAIR-0211.pdf", pdf([
         ("h1", "First Article Inspection Record FAIR-0211"),
         ("p", "Pinecrest Medical Systems, Inc. - Supplier Quality"),
         ("table", [["Supplier", "Electrónica Bajío S.A. de C.V."],
                    ["Part", "PMS-SNS-3-PCBA rev C, pressure sensor interface"],
                    ["PO", "PMS-3420 - covers the 5 FAI units authorized now"],
                    ["Production quantity", "1,000 units - not released; production release in writing by "
                                            "Angela Ruiz after FAI closure"],
                    ["Date", "05/21/2024"]]),
         ("sp",),
         ("table", [["Characteristic", "Requirement", "Result"],
                    ["Solder joints", "IPC-A-610 Class 3", "pass (5/5)"],
                    ["Coating thickness", "25-75 µm", "38-52 µm"],
                    ["Insulation resistance", "> 100 MΩ @ 500 V", "> 2 GΩ"],
                    ["Functional test", "TP-SNS3-04", "pass (5/5)"]]),
         ("sp",),
         ("table", [["Item", "Status"],
                    ["FAI result", "APPROVED"],
                    ["Commercial", "PO PMS-3420 approved by Finance 05/10"],
                    ["Production approval", "pending"],
                    ["Disposition", "Approved - proceed"]]),
         ("p", "Signed: Mark Jensen, Supplier Quality Engineer, 05/21/2024"),
     ], pagesize=LETTER, title="FAIR-0211", author="Mark Jensen"))])

# p52: Slack, Swedish buyer and TW fab: "approved" three ways, then "yes, approved - go ahead".
p52_txt = T("""
    Slack export | workspace: lindqvist-marine | channel: #toplayer-lm500 (Slack Connect)
    2024-05-20
    ------------------------------------------------------------------
    [08:31] Johan Eklund (Lindqvist): Morning Vincent. For the record: PO LM-24-0271 covers 10 proto
            panels of the LM-500 backplane. MP is not released until I send you the written release
            after the salt-fog test.
    [08:40] Vincent Lai (TopLayer): Thanks Johan, noted.
    [13:05] Sara Nyström (Lindqvist): Stackup rev C approved ✅ impedance table matches our sim
    [13:12] Johan Eklund (Lindqvist): PO LM-24-0271 is approved on our side too, finance signed it
            this morning
    [13:20] Vincent Lai (TopLayer): Great! So we are approved to run?
    [13:24] Johan Eklund (Lindqvist): yes, approved - go ahead 👍
    [13:25] Vincent Lai (TopLayer): 🙏 will schedule lamination tomorrow
""")
case("p52_chat_slack_se_approved_three_ways", ["RG002", "RG009"],
     "'approved' used for the stackup, the PO and 'approved to run'; final 'yes, approved - go ahead' names no "
     "quantity; the earlier scope (10 panels, MP hold, Johan Eklund) is complete",
     [("slack_toplayer-lm500_2024-05-20.txt", p52_txt)])

# p53: Japanese buyer: "approval" for design, ringi and production in one e-mail.
p53_report = docx_bytes([
    ("h1", "Golden sample evaluation report HSN-PWR-2"),
    ("p", "Hoshino Instruments K.K., Design Department 2, 2024-05-21"),
    ("table", [["Item", "Result"],
               ["Appearance", "OK"],
               ["Dimensions (per DRG-HSN-0520 rev 3)", "OK"],
               ["Electrical (efficiency, ripple)", "OK"],
               ["Thermal (45 C ambient, 2 h)", "OK"]]),
    ("p", "Conclusion: the 5 golden samples are approved by the design department. No remarks."),
], author="Hoshino Design")
p53_text = T("""
    Dear Mr. Zhang,

    Thank you very much for the golden samples of HSN-PWR-2. We inform you of the status as follows.

    (0) PO HI-24-0610 covered the 5 golden samples only, which we have received on 2024-05-16.
    (1) Technical approval: the 5 golden samples are approved by our design department (report attached).
    (2) Approval of purchase: our internal approval (ringi) for the mass production purchase is in progress.
    (3) Approval for production: after the ringi approval is obtained, Watanabe will send you the approval
        for mass production of 10,000 pcs.

    Until then, mass production is not released, and please do not purchase material for it.

    Thank you for your kind cooperation.

    Best regards,
    Kenji Watanabe
    Procurement Section, Hoshino Instruments K.K.
    TEL +81 53 555 0144
""")
case("p53_eml_jp_approval_three_senses", ["RG009"],
     "'approval' means design approval of samples, internal purchase approval (ringi) and production release; "
     "hold, unlock event and Kenji Watanabe are stated",
     [("HSN-PWR-2_golden_sample_status.eml", eml_bytes(mail(
         "Kenji Watanabe <k.watanabe@hoshino-inst.co.jp>", "Jack Zhang <jack.zhang@ruifeng-elec.cn>",
         "HSN-PWR-2 golden samples - status", "Wed, 22 May 2024 10:05:00 +0900", p53_text,
         attachments=[("HSN-PWR-2_evaluation_report.docx", p53_report, DOCX_MT)])))])

# p56: US NPI engineer replies "Good to run!" to EVT photos; nested quote holds the PO scope.
p56_quoted = T("""
    On Thu, May 16, 2024 at 7:48 PM Cherry Wu <cherry.wu@jiayuan-pcb.com> wrote:
    Dear Ben,

    Attached photos of the 20 EVT boards after AOI and X-ray (NGA-SUB-8). All boards passed FCT. Please
    check, we ship on Monday.

    Best regards
    Cherry

    > On Fri, May 3, 2024 Megan Triplett <mtriplett@northgate-audio.com> wrote:
    > PO 4410-2330: 20 EVT boards of NGA-SUB-8 rev A. Balance of 980 not released; written
    > release from Megan Triplett after DVT sign-off. Material: EVT only.
""")
p56_text = T("""
    Looks great guys. Good to run!

    Thanks for the quick turn.

    Ben
""") + sig("Ben Carter", "NPI Engineer", "Northgate Audio Inc., Austin, TX", "+1 512 555 0175") + "\n" + \
    quote_lines(p56_quoted)
case("p56_eml_us_good_to_run", ["RG002"],
     "engineer's 'Good to run!' names no scope or quantity; the nested quoted PO scope (20 EVT, 980 on hold, "
     "Megan Triplett after DVT) is complete",
     [("RE_NGA-SUB-8_EVT_photos.eml", eml_bytes(mail(
         "Ben Carter <bcarter@northgate-audio.com>", "Cherry Wu <cherry.wu@jiayuan-pcb.com>",
         "RE: NGA-SUB-8 EVT boards - photos", "Thu, 16 May 2024 08:02:00 -0500", p56_text,
         in_reply_to="<jy-20240516-1948@jiayuan-pcb.com>")))])

# p58: WeChat, Israeli medtech and Chinese EMS: "panel drawing approved, go ahead".
p58_txt = T("""
    WeChat chat history / 微信聊天记录
    Chat: Noa Shapiro (Keshet Medical) & 周敏 Amy Zhou (Xinlian)
    ------------------------------------------------------------

    2024-05-13 08:30:14  Noa Shapiro
    Hi Amy, PO 2024-0760 sent: 10 proto boards of KMD-P9 only. The other 490 are not released, I send
    you a written release after our V&V sign-off.

    2024-05-13 08:41:50  周敏 Amy Zhou
    received Noa 🙏 material for 10 pcs only

    2024-05-17 15:02:33  周敏 Amy Zhou
    Noa, stencil and panel drawing attached, pls confirm

    2024-05-17 15:02:40  周敏 Amy Zhou
    [File] KMD-P9_panel_v2.pdf

    2024-05-17 15:20:05  Noa Shapiro
    panel drawing approved, go ahead 👍

    2024-05-17 15:21:12  周敏 Amy Zhou
    ok thx 😊 we arrange
""")
case("p58_chat_wechat_il_panel_approved_go", ["RG002"],
     "'panel drawing approved, go ahead' names no scope or quantity; earlier scope (10 proto, 490 on hold, "
     "Noa's written release after V&V) is complete",
     [("wechat_Keshet_Xinlian.txt", p58_txt)])

# ==================================================================== BUILD
FMT_EXT = {".eml": "EML", ".txt": "TXT", ".pdf": "PDF", ".docx": "DOCX", ".html": "HTML", ".htm": "HTML"}


def _eml_inner(data: bytes):
    """formats and features found inside one EML."""
    from email import message_from_bytes
    m = message_from_bytes(data, policy=policy.default)
    fmts, feats = set(), Counter()
    if m.get_content_type() == "multipart/alternative" or any(
            p.get_content_type() == "multipart/alternative" for p in m.walk()):
        feats["multipart/alternative"] += 1
    for part in m.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            feats["forwarded message/rfc822"] += 1
        fn = part.get_filename()
        if fn:
            ext = Path(fn).suffix.lower()
            if ext in FMT_EXT:
                fmts.add(FMT_EXT[ext])
                feats[f"{FMT_EXT[ext]} attachment"] += 1
    body = m.get_body(preferencelist=("plain",))
    if body is not None and re.search(r"^>", body.get_content(), re.M):
        feats["quoted-reply thread"] += 1
    return fmts, feats


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = sorted(CASES, key=lambda c: c["name"])
    random.Random(SEED).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    top = Counter()
    containing = Counter()
    feats = Counter()
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"{PREFIX}_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        fmts_here = set()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
                data = data.encode("utf-8")
            else:
                p.write_bytes(data)
            f = FMT_EXT[Path(fn).suffix.lower()]
            top[f] += 1
            fmts_here.add(f)
            if f == "EML":
                inner, ft = _eml_inner(data)
                fmts_here |= inner
                feats.update(ft)
        for f in fmts_here:
            containing[f] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        c["folder"] = folder
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # ------------------------------------------------------------ summary
    per_rule = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi_rule = sum(1 for c in CASES if len(c["expect"]) > 1)
    multi_file = sum(1 for c in CASES if len(c["files"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  "
          f"multi-rule {multi_rule}  multi-file {multi_file}")
    for r in sorted(per_rule):
        print(f"  {r}: {per_rule[r]}")
    print("format  top-level-files  cases-containing")
    for f in ("EML", "TXT", "PDF", "DOCX", "HTML"):
        print(f"  {f:5s} {top[f]:3d} {containing[f]:3d}")
    print("inside EML:", dict(sorted(feats.items())))


if __name__ == "__main__":
    main()
