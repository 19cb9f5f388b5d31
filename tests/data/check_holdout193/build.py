#!/usr/bin/env python3
"""Generator for the releasegate check_holdout193 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout193/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
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
    m["Message-ID"] = msgid or f"<h193-{_MSGN[0]:04d}@{dom}>"
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
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h193")
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



# ----------------------------------------------------------------- small helpers (h193)
from email.utils import format_datetime  # noqa: E402
from html import escape as hesc  # noqa: E402


def dt(y, mo, d, h, mi, tzh=0, tzm=0):
    """RFC 5322 date with the correct weekday, fixed (no clock read)."""
    tz = _dt.timezone(_dt.timedelta(hours=tzh, minutes=tzm))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def T(s):
    """Strip the leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


def quote(text, level=1):
    pre = ">" * level
    out = []
    for line in T(text).rstrip("\n").split("\n"):
        out.append(f"{pre} {line}" if line.strip() else pre)
    return "\n".join(out) + "\n"


def html_from_text(text):
    """Very small text -> HTML conversion for the HTML half of multipart/alternative mails."""
    paras = [p for p in T(text).split("\n\n")]
    out = []
    for p in paras:
        lines = p.rstrip("\n").split("\n")
        if all(ln.startswith("- ") for ln in lines if ln.strip()):
            out.append("<ul>" + "".join(f"<li>{hesc(ln[2:])}</li>" for ln in lines if ln.strip()) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(hesc(ln) for ln in lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def addr(name, email):
    return f"{name} <{email}>"


# people -------------------------------------------------------------------
JORIS = addr("Joris Bakker", "j.bakker@veluwezorg.nl")
ANOUK = addr("Anouk de Vries", "a.devries@veluwezorg.nl")
MIKE = addr("Mike Hendricks", "mhendricks@buckeyemobility.com")
KENJI = addr("Kenji Watanabe", "k.watanabe@hinode-rehab.co.jp")
AIKO = addr("Aiko Fujita", "a.fujita@hinode-rehab.co.jp")
PIETER = addr("Pieter van der Merwe", "pieter.vdmerwe@karoomed.co.za")
KEVIN = addr("Kevin Lin", "kevin.lin@jinhua-mobility.com.tw")
AMY = addr("Amy Chen", "amy.chen@jinhua-mobility.com.tw")
LILY = addr("Lily Zhang", "lily@kangda-rehab.cn")
JASON = addr("Jason Wu", "jason.wu@kangda-rehab.cn")
PIOTR = addr("Piotr Wiśniewski", "p.wisniewski@ortomet.pl")
RAJESH = addr("Rajesh Kulkarni", "rajesh.k@sgorthotech.in")
SNEHA = addr("Sneha Patil", "exports2@sgorthotech.in")
LAN = addr("Nguyen Thi Lan", "lan.nguyen@minhphat-rt.vn")

SIG_JORIS = sig("Joris Bakker", "Inkoper / Buyer Mobility", "VeluweZorg Hulpmiddelen B.V., Apeldoorn",
                "+31 55 700 1234")
SIG_ANOUK = sig("Anouk de Vries", "Category Manager Mobility", "VeluweZorg Hulpmiddelen B.V., Apeldoorn",
                "+31 55 700 1210")
SIG_MIKE = sig("Mike Hendricks", "Purchasing Agent", "Buckeye Mobility Supply, Inc., Dayton OH",
               "(937) 555-0142")
SIG_KENJI = sig("Kenji Watanabe", "Section Chief, Procurement Section",
                "Hinode Rehabilitation Clinic Group, Osaka", "+81 6 6555 0188")
SIG_AIKO = sig("Aiko Fujita", "Procurement Section", "Hinode Rehabilitation Clinic Group, Osaka",
               "+81 6 6555 0190")
SIG_PIETER = sig("Pieter van der Merwe", "Buyer", "Karoo Medical Wholesale (Pty) Ltd, Midrand",
                 "+27 11 555 0174")
SIG_KEVIN = sig("Kevin Lin", "Sales Manager", "Jin-Hua Precision Mobility Co., Ltd., Taichung",
                "+886 4 2359 0088 ext. 21")
SIG_LILY = sig("Lily Zhang", "Sales Dept.", "Foshan Kangda Rehab Equipment Co., Ltd.",
               "+86 757 8555 0130 / WeChat lilyzhang_kd")
SIG_PIOTR = sig("Piotr Wiśniewski", "Key Account Manager", "Ortomet Sp. z o.o., Bydgoszcz",
                "+48 52 555 0140")
SIG_SNEHA = sig("Sneha Patil", "Export Coordinator", "Shree Ganesh Orthotech Pvt. Ltd., Pune",
                "+91 20 5555 0162")
SIG_LAN = sig("Nguyen Thi Lan", "Sales Executive", "Minh Phat Rubber & Textile Co., Ltd., Binh Duong",
              "+84 274 555 0123")


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (TW -> ZA), TXT
case("c01", [], "supplier quote alone: sample and production tiers, no authorized quantity (conv. 4)", [
    ("JH-Q24-0415.txt", T("""
JIN-HUA PRECISION MOBILITY CO., LTD.
No. 88, Gongye 32nd Rd., Xitun Dist., Taichung 407, Taiwan (R.O.C.)
Tel +886-4-2359-0088   Fax +886-4-2359-0089   sales@jinhua-mobility.com.tw

QUOTATION                                       No.  : JH-Q24-0415
                                                Date : 2024/04/15
                                                Page : 1/1
To   : Karoo Medical Wholesale (Pty) Ltd, Midrand, South Africa
Attn : Mr. Pieter van der Merwe (Buyer)
Ref  : your RFQ by mail 2024/04/09

Item     : Walker wheel WW-125, dia. 125 mm, PU tread grey, 8 mm axle bore,
           ball bearing 608ZZ x 2
Drawing  : JH-WW125 Rev.03
Standard : ISO 11199-2:2021 (rollators), wheel durability 200 km on drum

------------------------------------------------------------------------------
 Tier  Stage          Qty (pcs)   Unit price (USD)   Lead time
------------------------------------------------------------------------------
 A     Sample              20          9.80          15 working days
 B     Production       2,400          3.15          45 days after release
 C     Production       5,000          2.86          50 days after release
------------------------------------------------------------------------------
 Tooling: PU mould 4-cav., USD 1,850 one time (refund when tier C reached)

Remarks:
1. This is a quotation only. Tier B and tier C are price breaks for your
   planning. They are not an order and not an order confirmation.
2. Price FOB Taichung. Payment T/T 30 days after B/L date.
3. Validity: 60 days from quotation date.
4. Sample lead time is counted from receipt of your purchase order for samples.
5. Tread colour other than grey: +USD 0.12/pc, MOQ 1,000 pcs per colour.
6. Packing: 50 pcs per carton, 24 cartons per pallet.

Thank you for your inquiry. We are looking forward to your reply.

Best regards,
Kevin Lin
Sales Manager
Jin-Hua Precision Mobility Co., Ltd.
""")),
])

# c02 buyer RFQ with three quantity scenarios (ZA -> VN), EML multipart/alternative
_c02_text = T("""
Dear Ms Lan,

Hope you are well and the rain in Binh Duong is giving you a break.

Karoo Medical is busy with a tender for two provincial health departments (Gauteng and
Free State) and we need pricing on the cushion cover below. Please quote all three
scenarios - we do not know yet which one, if any, we will win.

Item: Cushion cover CC-4545, 45 x 45 x 8 cm, PU-coated knit, zip on three sides, charcoal
Spec: EN 1021-1 and EN 1021-2 (cigarette and match), wash 95 deg C x 50 cycles, fluid resistant

Scenario 1: 500 covers
Scenario 2: 2 000 covers
Scenario 3: 5 000 covers, split in two deliveries

Please also quote ten (10) samples, priced separately, and give the lead time for each
scenario.

Please note: this is a request for quotation only. It is not an order, and it does not
authorise you to make anything or to buy material. If we go further we will send a
purchase order with the scope written on it.

Closing date for your quote: Friday 14 June 2024, 12:00 SAST.

Kind regards
Pieter
""") + SIG_PIETER
_c02_html = html_page("RFQ KMW-RFQ-24-031", """
<p>Dear Ms Lan,</p>
<p>Hope you are well and the rain in Binh Duong is giving you a break.</p>
<p>Karoo Medical is busy with a tender for two provincial health departments (Gauteng and Free State)
and we need pricing on the cushion cover below. Please quote all three scenarios - we do not know yet
which one, if any, we will win.</p>
<p><b>Item:</b> Cushion cover CC-4545, 45 x 45 x 8 cm, PU-coated knit, zip on three sides, charcoal<br>
<b>Spec:</b> EN 1021-1 and EN 1021-2 (cigarette and match), wash 95 deg C x 50 cycles, fluid resistant</p>
<table>
<tr><th>Scenario</th><th>Quantity</th><th>Remark</th></tr>
<tr><td>1</td><td>500 covers</td><td></td></tr>
<tr><td>2</td><td>2 000 covers</td><td></td></tr>
<tr><td>3</td><td>5 000 covers</td><td>split in two deliveries</td></tr>
</table>
<p>Please also quote ten (10) samples, priced separately, and give the lead time for each scenario.</p>
<p class="note">Please note: this is a request for quotation only. It is not an order, and it does not
authorise you to make anything or to buy material. If we go further we will send a purchase order
with the scope written on it.</p>
<p>Closing date for your quote: Friday 14 June 2024, 12:00 SAST.</p>
<p>Kind regards<br>Pieter</p>
<p>-- <br>Pieter van der Merwe<br>Buyer<br>Karoo Medical Wholesale (Pty) Ltd, Midrand</p>
""")
case("c02", [], "buyer RFQ with three quantity scenarios, explicitly not an order; no authorization", [
    ("KMW-RFQ-24-031.eml", eml_bytes(mail(
        PIETER, LAN, "RFQ KMW-RFQ-24-031 - cushion covers CC-4545 (3 scenarios)",
        dt(2024, 6, 3, 9, 12, 2), _c02_text, html=_c02_html,
        cc=addr("Thandi Nkosi", "thandi.nkosi@karoomed.co.za")))),
])

# c03 supplier asks for the go-ahead under a complete quoted buyer scope (PL -> NL), EML quoted thread
_c03_text = T("""
Dear Joris,

samples 30 pcs were sent on 28.05 with DHL, AWB 1234 5678 90, should be with you tomorrow.

Our planning ask me: can we have the go-ahead for the balance of 1.170 hinges? We have free
capacity on the Mazak in week 26 and it would be pity to lose it.

If the sample sign-off is not ready yet, no problem, we wait for your written release like in
your PO. Only want to know if we can plan this slot or give it to other customer.

Best regards / Pozdrawiam
""") + SIG_PIOTR + T("""

On 06.05.2024 10:12, Joris Bakker wrote:
""") + quote("""
Dear Piotr,

Hereby PO 4500118734 for the KH-220 knee-brace hinge rev B. Scope, please read carefully:

- Active quantity: 30 (thirty) sample hinges only.
- The balance of 1.170 pcs from your quotation OT/24/118 is NOT released and stays on hold.
- Unlock event: sample sign-off by our QA engineer Femke Jansen, followed by a written
  release from Anouk de Vries (Category Manager Mobility). Only Anouk can release the balance.
- Material: buy for the 30 samples only.

Met vriendelijke groet,
Joris Bakker
Inkoper / Buyer Mobility
""")
case("c03", [], "supplier question 'can we have the go-ahead' is not an approval; quoted buyer scope is complete", [
    ("RE_PO_4500118734.eml", eml_bytes(mail(
        PIOTR, JORIS, "RE: PO 4500118734 - KH-220 scharnier / samples",
        dt(2024, 6, 3, 14, 5, 2), _c03_text,
        in_reply_to="<h193-po118734@veluwezorg.nl>"))),
])

# c04 clearly labelled demand forecast (US -> CN), TXT ERP printout
case("c04", [], "ERP demand forecast labelled non-binding, not a PO and not a release", [
    ("MRP-FCST-220_700418.txt", T("""
BUCKEYE MOBILITY SUPPLY, INC.                      RUN DATE  06/03/2024 07:15
3150 OLD TROY PIKE, DAYTON OH 45414                REPORT    MRP-FCST-220
                                                   PAGE      1 OF 1

         *** 12-MONTH DEMAND FORECAST - FOR PLANNING ONLY ***
         *** THIS IS NOT A PURCHASE ORDER AND NOT A RELEASE ***

SUPPLIER : 700418  FOSHAN KANGDA REHAB EQUIPMENT CO LTD
ITEM     : CT-19-BLK  CRUTCH TIP 19MM (3/4 IN) BLACK NON-MARKING, ISO 11334-1
CONTRACT : VA FSS 36F797-21-D-0118   SIN 339112   UOM EA

PERIOD     FCST QTY   BASIS       REMARK
-------    --------   ---------   ------------------------------
2024-07       4,000   FORECAST
2024-08       4,000   FORECAST
2024-09       6,000   FORECAST    VA CLINIC ROLL-OUT (EST.)
2024-10       6,000   FORECAST
2024-11       5,000   FORECAST
2024-12       3,000   FORECAST
2025-01       4,000   FORECAST
2025-02       4,000   FORECAST
2025-03       5,000   FORECAST
2025-04       5,000   FORECAST
2025-05       6,000   FORECAST
2025-06       6,000   FORECAST
           --------
TOTAL        58,000

NOTES:
 1. QUANTITIES ABOVE ARE NON-BINDING ESTIMATES FOR CAPACITY PLANNING.
    BMS ACCEPTS NO LIABILITY FOR MATERIAL BOUGHT OR PARTS MADE AGAINST
    THIS FORECAST.
 2. NOTHING MAY BE BUILT OR BOUGHT AGAINST THIS REPORT. FIRM QUANTITIES
    COME ONLY WITH A PURCHASE ORDER AND A WRITTEN RELEASE.
 3. QUESTIONS: M. HENDRICKS, PURCHASING, (937) 555-0142

*** END OF REPORT ***
""")),
])

# c05 sample sign-off approved for fit check only (JP buyer, IN supplier), PDF
case("c05", [], "sample sign-off 'approved for fit check only; production not released' with full scope", [
    ("SER-24-017.pdf", pdf([
        ("h1", "Sample Evaluation Record SER-24-017"),
        ("p", "Hinode Rehabilitation Clinic Group - Equipment Division, 2-4-11 Tennoji, Osaka 543-0001"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "Knee-brace hinge KBH-18 (polycentric, SUS304), drawing SGO-KBH18 Rev C"],
            ["Supplier", "Shree Ganesh Orthotech Pvt. Ltd., Pune"],
            ["Purchase order", "HRG-24-0311 (samples)"],
            ["Samples received", "24 pcs (12 pairs), 2024-06-10"],
            ["Evaluated by", "Yuko Morita, PT equipment engineer"],
        ]),
        ("sp",),
        ("h", "Results"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Hinge play", "< 0.3 mm", "0.12 - 0.21 mm, OK"],
            ["Range of motion", "0 - 120 deg, stops at 0/10/20/30 deg", "OK"],
            ["Cyclic test", "100,000 cycles, no crack", "OK (lab report SGO-TR-0457)"],
            ["Fit on brace shell", "3 clinic sizes S/M/L", "OK, size S tight (note 1)"],
        ]),
        ("sp",),
        ("h", "Disposition"),
        ("p", "Approved for fit check only (clinical fitting trial at Namba and Sakai clinics). "
              "Production not released."),
        ("p", "Quantity authorized now: the 24 sample hinges already delivered under PO HRG-24-0311. "
              "No further quantity is authorized by this record."),
        ("p", "The quoted production quantity of 1,450 pcs (quotation SGO/Q/24/188) is not released and "
              "remains on hold. Unlock event: sign-off of the fitting trial by Y. Morita, then a written "
              "release by Mr. Takeshi Ono, General Manager Equipment Division. Only Mr. Ono can release "
              "the production quantity."),
        ("p", "Material authority: sample-only. Please do not buy material for the 1,450 pcs."),
        ("p", "Note 1: size S hinge cover 0.5 mm tight on shell; supplier to propose correction before "
              "production."),
        ("sp",),
        ("p", "Signed: Yuko Morita, 2024-06-14"),
    ], title="SER-24-017", author="Hinode Rehabilitation Clinic Group")),
])

# c06 full-quantity PO that says proceed with the full 600 (US -> TW), PDF table
case("c06", [], "full-quantity PO: 'proceed with the full 600 pcs', no balance exists (conv. 5)", [
    ("BMS-PO-240611.pdf", pdf([
        ("h1", "PURCHASE ORDER BMS-PO-240611"),
        ("p", "Buckeye Mobility Supply, Inc. - 3150 Old Troy Pike, Dayton, OH 45414 - (937) 555-0100"),
        ("table", [
            ["Vendor", "Jin-Hua Precision Mobility Co., Ltd., Taichung, Taiwan (vendor 700377)"],
            ["PO date", "06/11/2024"],
            ["Buyer", "Mike Hendricks, Purchasing Agent"],
            ["Contract", "VA FSS 36F797-21-D-0118, TAA compliant (Taiwan)"],
            ["Terms", "FOB Taichung, Net 45"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Unit $", "Ext. $"],
            ["1", "WCF-24", "Folding wheelchair frame, Al 6061-T6, RAL 9006, DRG 2400 Rev C",
             "600", "EA", "48.20", "28,920.00"],
            ["", "", "Delivery schedule: 200 EA 08/30, 200 EA 09/27, 200 EA 10/25", "", "", "", ""],
            ["", "", "", "", "", "Total", "28,920.00"],
        ]),
        ("sp",),
        ("h", "Order notes"),
        ("p", "This PO is for the full and final quantity of six hundred (600) frames. This is a repeat of "
              "the 2023 item; there is no sample stage and no balance. Please proceed with the full 600 pcs "
              "per DRG 2400 Rev C."),
        ("p", "Frames must meet ISO 7176-8 and EN 12183. Ship the first-article inspection report and "
              "weld certificates with the first 200 EA."),
        ("p", "Please acknowledge this PO within 3 business days."),
    ], pagesize=LETTER, title="BMS-PO-240611", author="Buckeye Mobility Supply")),
])

# c07 EDI call-off with explicit staged material authority above released qty (ZA -> CN), TXT
case("c07", [], "EDI call-off: 1 200 released, explicit staged material authority to 3 600, hold/event/person stated", [
    ("DELFOR_000000412.txt", T("""
KAROO MEDICAL WHOLESALE (PTY) LTD - EDI OUTBOUND - HUMAN READABLE
MESSAGE      : DELFOR D.96A          INTERCHANGE : 000000412
SENT         : 2024-06-10 06:00 SAST
BUYER        : KAROO MEDICAL WHOLESALE (PTY) LTD, MIDRAND   GLN 6009880000014
SUPPLIER     : FOSHAN KANGDA REHAB EQUIPMENT CO LTD         VENDOR 40217
BLANKET PO   : KMW-24-0210
CALL-OFF NO. : 014
ITEM         : CT-22-GRY  CRUTCH TIP 22MM GREY, ISO 11334-1, DRG KD-CT22 REV 4

LINE  DELIVERY    QTY     STATUS
----  ----------  ------  ------------------------------------------
1     2024-07-15  1 200   FIRM - RELEASED FOR PRODUCTION
2     2024-08-15  1 200   FORECAST - NOT RELEASED
3     2024-09-15  1 200   FORECAST - NOT RELEASED

CUM RELEASED THIS CALL-OFF ......... 1 200
PRODUCTION AUTHORITY ............... 1 200 PCS (LINE 1 ONLY)
MATERIAL AUTHORITY ................. STAGED UP TO 3 600 PCS EQUIVALENT
                                     (SBR-60 RUBBER COMPOUND AND STEEL WASHERS).
                                     KAROO CARRIES LIABILITY FOR THIS MATERIAL UP
                                     TO 3 600 PCS EQUIV. NO PRODUCTION BEYOND 1 200.
BALANCE (LINES 2-3, 2 400 PCS) ..... ON HOLD, NOT RELEASED
UNLOCK EVENT ....................... NEXT CALL-OFF (015) SENT VIA EDI
RELEASE AUTHORITY .................. T. NKOSI, PROCUREMENT MANAGER

FREE TEXT: PLS CONFIRM RECEIPT WITH APERAK. QUERIES TO P. VAN DER MERWE.
END OF MESSAGE
""")),
])

# c08 signed auto-conversion record (NL / PL), DOCX
case("c08", [], "explicit signed auto-conversion: quantity, signer, conditions; balance on hold with event and person", [
    ("AC-2024-03_KH-220-M.docx", docx_bytes([
        ("h1", "Agreement AC-2024-03 - auto-conversion of sample sign-off"),
        ("p", "Between VeluweZorg Hulpmiddelen B.V., Apeldoorn (buyer) and Ortomet Sp. z o.o., Bydgoszcz "
              "(supplier). Part: knee-brace hinge KH-220-M (medial), drawing KH-220 rev B."),
        ("table", [
            ["Item", "Agreed"],
            ["Purchase order", "4500119145"],
            ["Sample quantity", "20 pcs (PO line 10) - active now"],
            ["First production tranche", "300 pcs (PO line 20)"],
            ["Remaining balance", "880 pcs (PO line 30) - on hold"],
            ["Material authority", "staged up to 320 pcs (20 samples + 300 tranche)"],
        ]),
        ("h", "1. Auto-conversion"),
        ("p", "If Femke Jansen (QA engineer, VeluweZorg) records the sample sign-off with the disposition "
              "'approved' (not interim, not rejected) on the sample sign-off form, then the first production "
              "tranche of 300 pcs is released automatically on the date of that sign-off. No further "
              "document is needed for these 300 pcs."),
        ("h", "2. Conditions"),
        ("li", "The sign-off must be recorded on or before 30 September 2024."),
        ("li", "An interim or rejected disposition releases nothing."),
        ("li", "A stop notice from VeluweZorg overrides this agreement."),
        ("h", "3. Balance"),
        ("p", "The remaining 880 pcs are not released by this agreement. They stay on hold until lot "
              "acceptance of the 300 pcs at Apeldoorn and a written release from Anouk de Vries, Category "
              "Manager Mobility (release authority, limit EUR 50.000)."),
        ("h", "Signatures"),
        ("table", [
            ["Name", "Function", "Company", "Date", "Signature"],
            ["Anouk de Vries", "Category Manager Mobility (release authority)", "VeluweZorg", "21-05-2024",
             "signed"],
            ["Piotr Wiśniewski", "Key Account Manager", "Ortomet", "22-05-2024", "signed"],
        ]),
    ], author="Anouk de Vries")),
])

# c09 informational old quote forwarded as message/rfc822 (JP -> TW), EML
_c09_old = mail(
    KEVIN, addr("Kenji Watanabe", "k.watanabe@hinode-rehab.co.jp"),
    "Quotation JH-Q23-1102 walker wheel WW-125", dt(2023, 11, 2, 16, 30, 8),
    T("""
Dear Mr. Watanabe,

Thank you for your inquiry. Please see our quotation JH-Q23-1102 as below.

Walker wheel WW-125 (125 mm, PU tread grey, 8 mm bore, 608ZZ)
- Sample: 16 pcs, USD 10.20/pc
- Production: 3,000 pcs, USD 3.05/pc, lead time 45 days
Price FOB Taichung, validity 60 days.

Best regards,
Kevin Lin
"""), msgid="<h193-oldq-1102@jinhua-mobility.com.tw>")
_c09_text = T("""
Dear Mr. Lin,

Thank you for your kind support always.

We issued PO HRG-24-0388 for sixteen (16) sample wheels WW-125 (8 rollators x 2 front wheels)
for evaluation at our Sakai clinic.

Please understand the scope as below.
1. Quantity to make now: 16 pcs samples only.
2. Production quantity is not released. It is on hold.
3. After the sample evaluation sign-off by our engineer Ms. Yuko Morita, our General Manager
   Mr. Takeshi Ono will send a written release if we go to production. Only Mr. Ono can release.
4. Please buy material for the samples only.

For your reference I forward your quotation from last year (JH-Q23-1102). It shows 3,000 pcs.
This figure is informational only, for price comparison. It is not ordered and not released.

Best regards,
""") + SIG_KENJI
case("c09", [], "sample PO scope complete; old quote with 3,000 forwarded as rfc822 and declared informational", [
    ("HRG-24-0388_wheels.eml", eml_bytes(mail(
        KENJI, KEVIN, "PO HRG-24-0388 sample walker wheels / FW: old quotation for reference",
        dt(2024, 6, 5, 10, 20, 9), _c09_text, attachments=[("rfc822", _c09_old)],
        cc=addr("Yuko Morita", "y.morita@hinode-rehab.co.jp")))),
])

# c10 buyer corrects a quoted supplier auto-conversion line (ZA <- CN), EML quoted thread
_c10_text = T("""
Hi Lily,

Thanks for the update on the dozen samples, good to hear they are on track.

One correction to your mail below, please:

Sample sign-off does NOT start the 5 000. Nothing beyond the 12 samples is released. The 5 000
stay on hold until (1) Lerato Mokoena, our QA pharmacist, has signed off the samples and
(2) Thandi Nkosi, our Procurement Manager, sends you a written release. Only Thandi can release
production.

Please also do not prepare rubber for more than the 12 samples - no material beyond the samples.

Shout if anything is unclear.

Cheers
Pieter
""") + SIG_PIETER + T("""

From: Lily Zhang <lily@kangda-rehab.cn>
Sent: Monday, 10 June 2024 17:42
To: Pieter van der Merwe
Subject: PO KMW-24-0552 crutch tip CT-19 samples

""") + quote("""
Dear Pieter,

Good day! Samples 12 pcs CT-19 black will be ready next Tuesday, we send by DHL.
After you approve the sample, we will directly start mass production 5000 pcs for save time.
We also can prepare the rubber material in advance, please advise.

Best regards
Lily
""")
case("c10", [], "buyer reply corrects a quoted supplier 'after approval we start mass production'; scope complete", [
    ("RE_KMW-24-0552.eml", eml_bytes(mail(
        PIETER, LILY, "RE: PO KMW-24-0552 crutch tip CT-19 samples", dt(2024, 6, 11, 8, 3, 2),
        _c10_text, in_reply_to="<h193-kd-0610@kangda-rehab.cn>",
        cc=addr("Thandi Nkosi", "thandi.nkosi@karoomed.co.za")))),
])

# c11 WhatsApp: supplier says the deposit does not release production (ZA <-> VN), TXT
case("c11", [], "chat: 'deposit is not a production release', 50 samples only, hold/event/person confirmed by buyer", [
    ("WhatsApp Chat with Lan Minh Phat.txt", T("""
[2024/06/04, 09:02:11] Lan Minh Phat: Good morning Mr Pieter. We received 30% deposit USD 1,275 for PO KMW-24-0517 today, thank you so much 🙏
[2024/06/04, 09:03:40] Lan Minh Phat: Pls note: deposit is not production release. We make only the 50 sample covers. Balance 1 950 covers is on hold, we wait your written release
[2024/06/04, 09:14:22] Pieter vd Merwe: Morning Lan, correct 👍 50 samples only. The 1 950 stay on hold
[2024/06/04, 09:15:48] Pieter vd Merwe: Lerato does the sample sign-off when they land in Midrand, then Thandi Nkosi sends the written release for the 1 950. Only Thandi can release
[2024/06/04, 09:16:30] Lan Minh Phat: Noted with thanks. Fabric we buy for 50 pcs only
[2024/06/04, 09:16:41] Pieter vd Merwe: Lekker, thanks Lan
""")),
])

# c12 supplier acknowledgement restating the hold (PL -> NL), PDF
case("c12", [], "supplier acknowledgement restating sample-only scope, hold, event, person, material", [
    ("OA_2024_0611.pdf", pdf([
        ("h1", "Order Acknowledgement OA/2024/0611"),
        ("p", "Ortomet Sp. z o.o., ul. Przemyslowa 14, 85-758 Bydgoszcz, Poland - NIP 554-000-11-22"),
        ("table", [
            ["Customer", "VeluweZorg Hulpmiddelen B.V., Apeldoorn"],
            ["Your PO", "4500118802 of 13.05.2024"],
            ["Part", "KH-220-L knee-brace hinge lateral, drawing KH-220 rev B"],
        ]),
        ("sp",),
        ("table", [
            ["Pos.", "Scope", "Quantity", "Price EUR", "Confirmed delivery", "Status"],
            ["10", "Samples", "40 pcs", "41,50", "05.06.2024", "in production"],
            ["-", "Production balance", "1.160 pcs", "22,40 (offer)", "-", "NOT RELEASED - on hold"],
        ]),
        ("sp",),
        ("p", "We acknowledge your purchase order with the scope as written: we make 40 sample hinges only. "
              "The production balance of 1.160 pcs is not released and we do not plan it."),
        ("p", "We will start the balance only after the sample sign-off by Ms Femke Jansen and a written "
              "release from Ms Anouk de Vries, Category Manager Mobility."),
        ("p", "Material: we buy stainless bar 1.4404 for the 40 samples only (sample-only material "
              "authority)."),
        ("sp",),
        ("p", "Katarzyna Nowak, Production Planning, Ortomet Sp. z o.o. - 15.05.2024"),
    ], title="OA/2024/0611", author="Ortomet")),
])

# c13 supplier portal status page (TW), HTML
case("c13", [], "supplier portal status: samples built, balances on hold awaiting named release, sample-only material", [
    ("portal_orders_BMS.html", html_page("Jin-Hua Customer Portal - Open orders", """
<h2>Jin-Hua Precision Mobility - Customer Portal</h2>
<p>Logged in: Amy Chen (Project Coordinator) &middot; Snapshot 2024-06-21 17:05 (UTC+8)</p>
<h3>Open orders</h3>
<table>
<tr><th>Customer</th><th>Customer PO</th><th>Item</th><th>Scope</th><th>Qty</th><th>Built</th><th>Material</th><th>Status</th></tr>
<tr><td>Buckeye Mobility Supply</td><td>BMS-PO-240522</td><td>WCF-24 folding frame</td><td>Pilot</td><td>10</td><td>10</td><td>tube for 10 only</td><td>Shipped 2024-05-30</td></tr>
<tr><td>Buckeye Mobility Supply</td><td>BMS-PO-240522</td><td>WCF-24 folding frame</td><td>Production balance</td><td>590</td><td>0</td><td>none bought</td><td>ON HOLD - not released. Waiting written release from Ms. Sharon Whitfield after pilot sign-off by Mr. Tyler Brooks</td></tr>
<tr><td>Hinode Rehabilitation</td><td>HRG-24-0388</td><td>WW-125 walker wheel</td><td>Sample</td><td>16</td><td>16</td><td>PU for 16 only</td><td>Packing</td></tr>
<tr><td>Hinode Rehabilitation</td><td>HRG-24-0388</td><td>WW-125 walker wheel</td><td>Production</td><td>(quoted 3,000)</td><td>0</td><td>none bought</td><td>NOT RELEASED - waiting written release from Mr. Takeshi Ono after sample evaluation sign-off by Ms. Yuko Morita</td></tr>
</table>
<p class="note">This page shows Jin-Hua's internal status only. Nothing on this page authorizes production.
Production starts only with the customer's written release for a stated quantity.</p>
""")),
])

# c14 interim sample disposition with quantity and date limits (US / IN), DOCX
case("c14", [], "interim disposition with limits: 150 released by named authority, balance 1,050 on hold with event", [
    ("SSR-24-031_PSA-30.docx", docx_bytes([
        ("h1", "Sample Disposition Record SSR-24-031 - INTERIM"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "PSA-30 pyramid socket adaptor, Ti6Al4V, DRG SG-PSA30 Rev E"],
            ["Supplier", "Shree Ganesh Orthotech Pvt. Ltd., Pune, India"],
            ["PO", "BMS-PO-240418 (24 samples; quoted production 1,200)"],
            ["Submission", "PPAP level 3, 24 samples received 06/04/2024"],
            ["Quality engineer", "Tyler Brooks"],
        ]),
        ("h", "Disposition: INTERIM"),
        ("p", "Dimensional layout (24/24 within tolerance), material certs (ASTM F136) and static test to "
              "ISO 10328 P5 are complete. The ISO 10328 cyclic test (3,000,000 cycles) is still running at "
              "the lab; result expected 07/20/2024."),
        ("h", "Limits of this interim disposition"),
        ("li", "Quantity: maximum 150 pcs."),
        ("li", "Expiry: parts shipped on or before 08/31/2024."),
        ("li", "Use: VA fitting pilot at Dayton and Cincinnati clinics only."),
        ("h", "Production release under this interim"),
        ("p", "Release R-01: 150 pcs PSA-30 are released for production, within the limits above. "
              "Authorized by Sharon Whitfield, Director of Operations (release authority), 06/12/2024."),
        ("p", "Balance: 1,050 pcs are not released and stay on hold until the cyclic test passes, Tyler "
              "Brooks records a full sample sign-off, and Sharon Whitfield issues a written release."),
        ("p", "Material authority: staged up to 174 pcs (24 samples + 150 interim)."),
        ("table", [
            ["Role", "Name", "Date"],
            ["Quality Engineer", "Tyler Brooks", "06/12/2024"],
            ["Director of Operations", "Sharon Whitfield", "06/12/2024"],
        ]),
    ], author="Tyler Brooks")),
])

# c15 deviation permit that leaves quantities untouched (JP -> IN), PDF
case("c15", [], "deviation permit for 40 samples only; quantities unchanged, production on hold with event and person", [
    ("DP-24-006.pdf", pdf([
        ("h1", "Deviation Permit DP-24-006"),
        ("p", "Hinode Rehabilitation Clinic Group, Equipment Division - Osaka"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "Shree Ganesh Orthotech Pvt. Ltd., Pune"],
            ["Part", "PSA-30 pyramid socket adaptor, drawing SG-PSA30 Rev E"],
            ["PO", "HRG-24-0211"],
            ["Requested by", "Rajesh Kulkarni (supplier), request dated 2024-06-06"],
        ]),
        ("sp",),
        ("h", "Deviation"),
        ("p", "Set screws M6x1.0 x 10 mm in place of M6x1.0 x 8 mm (8 mm screws out of stock at "
              "distributor). Thread engagement checked: 6.5 turns, OK."),
        ("h", "Decision"),
        ("p", "Deviation accepted for the 40 sample adaptors under PO HRG-24-0211 only. Production parts "
              "must follow drawing Rev E (8 mm screws) unless a new permit is issued."),
        ("h", "Quantities"),
        ("p", "This permit does not change any quantity. Active quantity: 40 sample adaptors. The quoted "
              "production quantity of 1,600 pcs is not released and stays on hold until sample sign-off by "
              "Ms. Yuko Morita and a written release by Mr. Takeshi Ono, General Manager. Only Mr. Ono can "
              "release production."),
        ("sp",),
        ("p", "Issued: Yuko Morita, 2024-06-07. Acknowledged: Rajesh Kulkarni, 2024-06-08."),
    ], title="DP-24-006", author="Hinode Rehabilitation Clinic Group")),
])

# c16 Teams go-ahead scoped to the 10 pilot frames only (US <-> TW), TXT
case("c16", [], "Teams: 'go ahead with the 10 pilot frames only' with hold, event and named release authority", [
    ("Teams_chat_BMS_JinHua_WCF-24.txt", T("""
Microsoft Teams - chat export
Chat: BMS / Jin-Hua - WCF-24 pilot
Exported: 6/12/2024 4:40 PM by Mike Hendricks

[6/12/2024 8:02 AM] Amy Chen (Jin-Hua) (External): Good morning Mike, the jig for the pilot frames is ready. Can we start? We want confirm the qty before we cut the tube.
[6/12/2024 8:10 AM] Mike Hendricks: Morning Amy. Yes - go ahead with the 10 pilot frames only (PO BMS-PO-240522 line 1).
[6/12/2024 8:11 AM] Mike Hendricks: The other 590 from your quote are NOT released. They stay on hold.
[6/12/2024 8:12 AM] Mike Hendricks: They unlock only after Tyler Brooks signs off the pilot frames and Sharon Whitfield sends you a written release. Sharon is the only one who can release them, not me.
[6/12/2024 8:13 AM] Amy Chen (Jin-Hua) (External): Understood. Tube cut for 10 frames only, no material for the 590.
[6/12/2024 8:13 AM] Amy Chen (Jin-Hua) (External): 👍
[6/12/2024 8:20 AM] Mike Hendricks: Thanks Amy, have a good weekend when it comes.
""")),
])

# c17 full-quantity ERP PO full of quantity-like identifiers (NL -> VN), TXT
case("c17", [], "full-quantity ERP PO (400 covers, no balance) with many quantity-like identifiers", [
    ("PO_4500120417.txt", T("""
VeluweZorg Hulpmiddelen B.V.               INKOOPORDER / PURCHASE ORDER
Ecofactorij 20, 7325 WC Apeldoorn          Nummer : 4500120417
KvK 08123456  BTW NL812345678B01           Datum  : 03.07.2024
                                           Pagina : 1 / 1
Leverancier : 300219  Minh Phat Rubber & Textile Co., Ltd.
              Lot C-12, Song Than 3 IZ, Thu Dau Mot, Binh Duong, Vietnam
Inkoper     : J. Bakker   tel. +31 55 700 1234
Leverdatum  : week 36/2024    Incoterms: FOB Ho Chi Minh City

Pos  Artikel      Omschrijving                                  Aantal  Eh  Prijs EUR  Bedrag EUR
---  -----------  --------------------------------------------  ------  --  ---------  ----------
10   1200-300-45  Kussenhoes CC-4545 antraciet 45x45x8 cm          250  ST       3,10      775,00
                  DRG 4545 rev 12 / EN 1021-1:2014 / EN 1021-2:2006
20   1200-300-46  Kussenhoes CC-4550 antraciet 45x50x8 cm          150  ST       3,35      502,50
                  DRG 4550 rev 7
                                                                          Totaal EUR   1.277,50

Opmerkingen / Remarks:
  Repeat order. Samples were signed off under PO 4500117003 (F. Jansen, 12.03.2024).
  This purchase order is for the full quantity: 250 + 150 = 400 covers. There is no sample
  stage and no balance. Production of these 400 pcs per the drawings above is authorized
  with this order.
  Wash test 95 gr. C, 50 cycles; seam strength per ISO 13935-2, min. 250 N; zip YKK no. 5,
  length 60 cm, zip puller salt spray 480 h (ISO 9227). Supplier QMS ISO 9001:2015
  cert. no. 2024-VN-1047 on file.
  Packing: 20 pcs per polybag, 100 pcs per carton, carton label with PO + pos.

Graag orderbevestiging binnen 3 werkdagen. / Please confirm within 3 working days.
""")),
])

# c18 multi-file: cover mail + PO PDF + supplier quote TXT (NL -> CN), all consistent
_c18_text = T("""
Dear Lily,

Please find our purchase order 4500120233 for five (5) sample frames WCF-24-NL (separate PDF).

The scope is written on the PO, in short:
- Make now: the 5 sample frames only.
- The production quantity of 800 pcs from your quotation KD-QT-240528 is not released and not
  ordered. It stays on hold.
- Unlock: sample sign-off by Femke Jansen (QA), then a written release from Anouk de Vries,
  Category Manager Mobility. Nobody else can release it.
- Material: for the 5 samples only.

Please confirm the scope and the sample delivery date.

Met vriendelijke groet,
""") + SIG_JORIS
case("c18", [], "cover mail + sample PO + supplier quote, all consistent; 800 marked not released", [
    ("mail_4500120233.eml", eml_bytes(mail(
        JORIS, LILY, "PO 4500120233 - sample frames WCF-24-NL", dt(2024, 5, 29, 11, 40, 2),
        _c18_text, html=html_from_text(_c18_text)))),
    ("PO_4500120233.pdf", pdf([
        ("h1", "INKOOPORDER / PURCHASE ORDER 4500120233"),
        ("p", "VeluweZorg Hulpmiddelen B.V., Ecofactorij 20, 7325 WC Apeldoorn - date 29.05.2024"),
        ("p", "Supplier: Foshan Kangda Rehab Equipment Co., Ltd., Nanhai District, Foshan, Guangdong, China"),
        ("table", [
            ["Pos", "Article", "Description", "Qty", "Unit", "Price EUR", "Amount EUR"],
            ["10", "WCF-24-NL", "Wheelchair folding frame, sample, Al 6061-T6, RAL 9006", "5", "ST",
             "96,00", "480,00"],
            ["", "", "", "", "", "Total", "480,00"],
        ]),
        ("sp",),
        ("h", "Scope of this order"),
        ("p", "Active quantity: 5 sample frames (pos 10). This order covers nothing else."),
        ("p", "The quoted production quantity of 800 pcs (KD-QT-240528) is not released and not ordered. "
              "It is on hold until sample sign-off by F. Jansen (QA) and a written release by A. de Vries, "
              "Category Manager Mobility, who is the only person who can release it."),
        ("p", "Material authority: sample-only (5 frames)."),
    ], title="PO 4500120233", author="VeluweZorg")),
    ("KD-QT-240528.txt", T("""
FOSHAN KANGDA REHAB EQUIPMENT CO., LTD.
Add: No. 16 Xingye Road, Shishan Town, Nanhai District, Foshan, Guangdong, China
QUOTATION  No. KD-QT-240528        Date: 2024-05-28
To: VeluweZorg Hulpmiddelen B.V. / Mr. Joris Bakker

Item: WCF-24-NL folding wheelchair frame, aluminium 6061-T6, powder RAL 9006
Test: ISO 7176-8 static / impact / fatigue (200,000 cycles double drum) by SGS Guangzhou

No.  Stage         Qty      Unit price   Lead time
1    Sample        5 pcs    EUR 96.00    20 days
2    Production    800 pcs  EUR 51.50    40 days
3    Production    2000 pcs EUR 47.80    45 days

Remark: price FOB Shenzhen, valid 30 days. Mould/jig charge EUR 1,200 (one time).
Quotation only, not order confirmation.

Lily Zhang / Sales Dept.
""")),
])

# c19 buyer portal PO page with complete scope (NL -> TW), HTML
case("c19", [], "buyer portal PO: 24 samples active, 1.176 production line on hold with event, person, forecast basis", [
    ("VZ_portal_PO_4500120588.html", html_page("VZ Leveranciersportaal - PO 4500120588", """
<h2>VeluweZorg Leveranciersportaal</h2>
<p>Inkooporder / Purchase order <b>4500120588</b> &middot; Issued 11-06-2024 &middot; Buyer: J. Bakker</p>
<p>Supplier: Jin-Hua Precision Mobility Co., Ltd. (300231)</p>
<table>
<tr><th>Line</th><th>Article</th><th>Description</th><th>Scope</th><th>Qty</th><th>Price EUR</th><th>Production status</th></tr>
<tr><td>10</td><td>WW-125-G</td><td>Walker wheel 125 mm grey, 8 mm bore</td><td>sample</td><td>24</td><td>9,10</td><td>Released: 24 (samples)</td></tr>
<tr><td>20</td><td>WW-125-G</td><td>Walker wheel 125 mm grey, 8 mm bore</td><td>production</td><td>1.176</td><td>2,95</td><td>NOT RELEASED - on hold</td></tr>
</table>
<div class="note">
<p><b>Scope note</b></p>
<p>Make now: 24 sample wheels (line 10). Line 20 (1.176 pcs) is not released and stays on hold.</p>
<p>Unlock event for line 20: sample sign-off by Femke Jansen (QA), followed by a written release
from Anouk de Vries, Category Manager Mobility. Only Anouk de Vries can release line 20.</p>
<p>Material authority: sample-only (24 wheels). Basis of the line 20 quantity: forecast, not firm.</p>
</div>
<p><a href="#">Acknowledge scope</a> &middot; <a href="#">Ask a question</a></p>
""")),
])

# c20 minutes that keep sign-off, PO issue and production release apart (ZA / VN), DOCX
case("c20", [], "minutes keep sample sign-off, PO issued and production release apart; staged material explicit", [
    ("Minutes_Karoo_MinhPhat_2024-06-20.docx", docx_bytes([
        ("h1", "Minutes - supplier call Karoo Medical / Minh Phat"),
        ("p", "Date: 20 June 2024, 10:00 SAST / 15:00 ICT (Teams). Minutes by Pieter van der Merwe."),
        ("p", "Present: Thandi Nkosi, Pieter van der Merwe, Lerato Mokoena (Karoo); Nguyen Thi Lan, "
              "Tran Van Duc (Minh Phat)."),
        ("h", "1. Samples CC-4545"),
        ("p", "50 samples arrived in Midrand on 17 June. Lerato Mokoena signed off the samples on 19 June "
              "(seam strength OK, EN 1021-1/-2 reports received, colour within tolerance)."),
        ("h", "2. Purchase order"),
        ("p", "PO KMW-24-0517 was issued on 28 May for 2 000 covers (line 1: 50 samples, line 2: 1 950 "
              "production). The PO is commercial cover only."),
        ("h", "3. Production release"),
        ("p", "Thandi Nkosi releases 1 000 covers of line 2 today (release KMW-REL-0517-01, to follow by "
              "mail). The remaining 950 covers are not released and stay on hold until the first 1 000 pass "
              "lot acceptance in Midrand and Thandi sends a written release for them."),
        ("h", "4. Material authority"),
        ("p", "Minh Phat may stage fabric and zips for up to 2 000 covers at Karoo's liability. Production "
              "stays limited to the 1 000 released covers."),
        ("h", "5. Deposit"),
        ("p", "The 30% deposit was paid in May. Noted again: the deposit does not release anything."),
        ("h", "Actions"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Send release KMW-REL-0517-01 (1 000 covers) by mail", "Thandi Nkosi", "20 June"],
            ["2", "Confirm production plan for 1 000 covers", "Tran Van Duc", "24 June"],
            ["3", "Lot acceptance plan for first 1 000", "Lerato Mokoena", "28 June"],
        ]),
    ], author="Pieter van der Merwe")),
])

# c21 supplier status report (CN -> US), PDF table
case("c21", [], "supplier status report: 40 samples built, material for 40 only, balance on hold awaiting named release", [
    ("KD_status_BMS_wk25.pdf", pdf([
        ("h1", "Weekly Status Report - Buckeye Mobility Supply"),
        ("p", "Foshan Kangda Rehab Equipment Co., Ltd. - Week 25 / 2024 - prepared by Jason Wu, Production"),
        ("table", [
            ["Item", "PO", "Scope", "Qty released", "Built", "Material bought", "Status"],
            ["CT-19-BLK crutch tip 19 mm", "BMS-PO-240603", "Sample", "40", "40",
             "SBR compound 1.2 kg (40 pcs)", "Shipped 06/14 DHL 5566 7788 90"],
            ["CT-19-BLK crutch tip 19 mm", "BMS-PO-240603", "Production balance", "0 (quoted 8,000)", "0",
             "none", "Not released - on hold"],
        ]),
        ("sp",),
        ("h", "Remarks"),
        ("p", "1. Production balance 8,000 pcs is not released. We wait for the written release from "
              "Ms. Sharon Whitfield after sample sign-off by Mr. Tyler Brooks."),
        ("p", "2. No material purchased for the balance. Rubber price may increase 8% from July; we will "
              "quote again if needed."),
        ("p", "3. Mould T1 for CT-22 (next project) finished, 4-cavity, 30,000 shots guaranteed."),
    ], title="KD status wk25", author="Foshan Kangda")),
])

# c22 WeChat: buyer refuses material beyond the samples (US <-> CN), TXT
case("c22", [], "WeChat: buyer refuses buying compound for 20,000; material for 40 samples only; scope complete", [
    ("WeChat_Jason_Wu_export.txt", T("""
WeChat chat history export
Chat with: Jason Wu (康达 Kangda Production)
Exported by: Mike Hendricks, 2024-06-18 08:02

2024-06-17 21:14  Jason Wu: Mike good morning! Rubber price will up 8% from July. Can we buy the compound for 20000 pcs CT-22 now, for save cost and time?
2024-06-17 21:15  Jason Wu: only need your ok
2024-06-18 07:02  Mike Hendricks: Hi Jason, thanks for the heads up. No - material for the 40 samples only (PO BMS-PO-240607).
2024-06-18 07:03  Mike Hendricks: The 20,000 is not released. It stays on hold until Tyler Brooks signs off the samples and Sharon Whitfield sends you a written release. Sharon is the release authority, not me.
2024-06-18 07:05  Mike Hendricks: If the price goes up we talk about it then. Please don't buy ahead.
2024-06-18 07:30  Jason Wu: OK understand. Only 40 pcs samples 👌
""")),
])

# c23 written release of the full balance, reply to a quoted request, DOCX attached (NL -> PL), EML
_c23_release = docx_bytes([
    ("h1", "Release notice VZ-REL-118734-01"),
    ("table", [
        ["Field", "Entry"],
        ["Purchase order", "4500118734"],
        ["Part", "KH-220 knee-brace hinge rev B"],
        ["Quantity released", "1.170 pcs (the full balance; nothing remains on hold)"],
        ["Unlock event", "sample sign-off of 14.06.2024"],
        ["Evidence", "SO-24-031 (Femke Jansen, 30/30 within tolerance)"],
        ["Material authority", "1.170 pcs"],
        ["Authorized by", "Anouk de Vries, Category Manager Mobility (release authority)"],
        ["Date", "17.06.2024"],
    ]),
], author="Anouk de Vries")
_c23_text = T("""
Dear Piotr,

The sample sign-off for the KH-220 rev B samples was recorded by Femke Jansen on 14 June 2024
(report SO-24-031, all 30 pcs within tolerance).

I hereby release the production balance:

Release no.:        VZ-REL-118734-01
Quantity released:  1.170 pcs KH-220 rev B - the full balance of PO 4500118734. After this
                    release nothing remains on hold.
Unlock event:       sample sign-off of 14.06.2024
Evidence:           SO-24-031
Authorized by:      Anouk de Vries, Category Manager Mobility (release authority)
Material authority: 1.170 pcs

Delivery as per the PO schedule, 3 x 390 pcs. The release notice is attached.

Kind regards,
""") + SIG_ANOUK + T("""

Op 14-06-2024 om 15:22 schreef Piotr Wiśniewski:
""") + quote("""
Dear Joris, dear Anouk,

we heard from Femke that the samples are signed off. Please send us the written release for
the balance 1.170 pcs so we can start. We will not start before we have it.

Best regards
Piotr Wiśniewski
""")
case("c23", [], "written release of the full 1.170 balance: quantity, event, evidence, named authority; nothing left on hold", [
    ("RE_PO_4500118734_balance.eml", eml_bytes(mail(
        ANOUK, PIOTR, "RE: PO 4500118734 - request for release of balance", dt(2024, 6, 17, 9, 5, 2),
        _c23_text, cc=JORIS, in_reply_to="<h193-ot-0614@ortomet.pl>",
        attachments=[("VZ-REL-118734-01.docx", _c23_release, DOCX_MT)]))),
])

# c24 supplier proforma for samples; payment explicitly does not release production (VN -> JP), PDF
case("c24", [], "supplier proforma for 30 samples; payment explicitly does not release production", [
    ("PI-MP-24-0612.pdf", pdf([
        ("h1", "PROFORMA INVOICE PI-MP-24-0612"),
        ("p", "Minh Phat Rubber & Textile Co., Ltd. - Lot C-12, Song Than 3 IZ, Thu Dau Mot, Binh Duong, Vietnam"),
        ("table", [
            ["Buyer", "Hinode Rehabilitation Clinic Group, Osaka, Japan"],
            ["Ref.", "Your sample order HRG-24-0402"],
            ["Date", "12-Jun-2024"],
        ]),
        ("sp",),
        ("table", [
            ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "Cushion cover CC-4545-JP, navy, sample", "30 pcs", "6.50", "195.00"],
            ["2", "Express courier DHL to Osaka", "1 lot", "48.00", "48.00"],
            ["", "", "", "Total", "243.00"],
        ]),
        ("sp",),
        ("p", "Payment: 100% advance by T/T for the samples."),
        ("p", "Important: this payment is for the 30 samples only. Payment does not release any production. "
              "The production quantity of 1,000 pcs in our quotation QT-MP-24-077 is not released; we will "
              "wait for the written release from Mr. Takeshi Ono after your sample sign-off."),
        ("p", "Bank: Vietcombank Binh Duong branch, SWIFT BFTVVNVX, A/C 0281000123456"),
        ("p", "Nguyen Thi Lan - Sales Executive"),
    ], title="PI-MP-24-0612", author="Minh Phat")),
])

# c25 hold notice from the buyer (JP -> PL), HTML
case("c25", [], "buyer hold notice: 24 samples active, 1,476 on hold, event and named release authority", [
    ("HN-24-009.html", html_page("Hold notice HN-24-009", """
<h2>HOLD NOTICE HN-24-009</h2>
<p>From: Hinode Rehabilitation Clinic Group, Procurement Section (Osaka)<br>
To: Ortomet Sp. z o.o., Bydgoszcz - attn. Mr. Piotr Wi&#347;niewski<br>
Date: 2024-06-24</p>
<table>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Part</td><td>Knee-brace hinge KH-220-JP, drawing KH-220 rev B (JP version, M4x0.7 screws)</td></tr>
<tr><td>Purchase order</td><td>HRG-24-0415</td></tr>
<tr><td>Active quantity</td><td>24 sample hinges</td></tr>
<tr><td>Balance</td><td>1,476 pcs - on hold, not released</td></tr>
<tr><td>Unlock event</td><td>sample sign-off (fitting trial) by Ms. Yuko Morita, then written release</td></tr>
<tr><td>Release authority</td><td>Mr. Takeshi Ono, General Manager Equipment Division</td></tr>
<tr><td>Material authority</td><td>sample-only (24 pcs)</td></tr>
</table>
<p class="note">Please make only the 24 sample hinges. Please do not plan, buy material for or make the 1,476 pcs
until you receive the written release signed by Mr. Ono. Kindly acknowledge this notice by return mail.</p>
<p>Kenji Watanabe, Section Chief, Procurement Section</p>
""")),
])


# =================================================================== POSITIVE
# p01 ERP sample PO shows the quoted series quantity, nothing on hold (NL -> PL), TXT
case("p01", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 30 lists quoted series 1.200 with no hold, no unlock event, no release authority", [
    ("PO_4500119870.txt", T("""
VeluweZorg Hulpmiddelen B.V.               INKOOPORDER / PURCHASE ORDER
Ecofactorij 20, 7325 WC Apeldoorn          Nummer : 4500119870
KvK 08123456  BTW NL812345678B01           Datum  : 22.04.2024
                                           Pagina : 1 / 1
Leverancier : 300144  Ortomet Sp. z o.o.
              ul. Przemysłowa 14, 85-758 Bydgoszcz, Polen
Inkoper     : J. Bakker   tel. +31 55 700 1234
Leverdatum  : week 21/2024    Incoterms: DAP Apeldoorn

Pos  Artikel    Omschrijving                                  Aantal  Eh  Prijs EUR  Bedrag EUR
---  ---------  --------------------------------------------  ------  --  ---------  ----------
10   KH-220-B   Kniescharnier polycentrisch RVS, rev B            30  ST      41,50    1.245,00
                Samples / monsters
                                                                        Totaal EUR   1.245,00

Tekst / Text:
  Ref. offerte OT/24/131 d.d. 15.04.2024:
    samples 30 st a EUR 41,50 - levertijd 4 weken
    serie   1.200 st a EUR 22,40 - levertijd serie 8 weken na monsters
  Tekening KH-220 rev B, schroeven M4x0,7, RVS 1.4404, ISO 13485:2016.
  Meetrapport (100%) meesturen met de samples.

Graag orderbevestiging binnen 3 werkdagen. / Please confirm within 3 working days.
""")),
])

# p02 thread: "Approved, go ahead." on a change under a full-quantity PO (US <-> TW), EML
_p02_text = T("""
Kevin,

Approved, go ahead.

Mike
""") + SIG_MIKE + T("""

From: Kevin Lin <kevin.lin@jinhua-mobility.com.tw>
Sent: Tuesday, June 25, 2024 9:14 PM
To: Mike Hendricks <mhendricks@buckeyemobility.com>
Subject: RE: BMS-PO-240611 WCF-24 frames - colour / schedule

""") + quote("""
Dear Mike,

Regarding PO BMS-PO-240611 (WCF-24 frames), two points from our side:

1. Your VA customer asked about colour RAL 7016 instead of RAL 9006. Our powder supplier can
   deliver 7016 with same price, no delay.
2. We have a free slot on the powder coating line in week 27, so we can bring forward the
   coating two weeks if you agree.

Please kindly confirm.

Best regards,
Kevin Lin
""") + T("""
>
> From: Mike Hendricks
> Sent: Tuesday, June 11, 2024 10:02 AM
> Subject: BMS-PO-240611 WCF-24 frames
>
""") + quote("""
Kevin - PO BMS-PO-240611 attached: 600 frames WCF-24, the full and final quantity, no balance.
Please acknowledge.
Mike
""")
case("p02", ["RG002"],
     "buyer answers two change requests with an unscoped 'Approved, go ahead.' (full-quantity PO, no balance)", [
    ("RE_BMS-PO-240611_colour.eml", eml_bytes(mail(
        MIKE, KEVIN, "RE: BMS-PO-240611 WCF-24 frames - colour / schedule", dt(2024, 6, 26, 8, 31, -4),
        _p02_text, in_reply_to="<h193-jh-0625@jinhua-mobility.com.tw>"))),
])

# p03 WhatsApp: deposit paid so start production (ZA -> VN), TXT
case("p03", ["RG012"],
     "buyer: 'deposit is in, so you can start production' - deposit treated as authority to produce", [
    ("WhatsApp Chat with Pieter vd Merwe.txt", T("""
[2024/05/21, 10:12:40] Pieter vd Merwe: Hi Lan, PO KMW-24-0498 is in your mailbox. 2 000 cushion covers CC-4545 charcoal, full qty, no samples this time (same as the 2023 order)
[2024/05/21, 10:13:05] Lan Minh Phat: Dear Mr Pieter, well received PO, thank you 🙏 We wait the 30% deposit as per PI-MP-24-0521
[2024/05/22, 16:47:19] Pieter vd Merwe: Deposit paid today, USD 1 920. POP attached
[2024/05/22, 16:47:21] Pieter vd Merwe: <attached: POP_KMW-24-0498.pdf>
[2024/05/22, 16:48:02] Pieter vd Merwe: So you can start production now, deposit is in 👍
[2024/05/22, 16:50:44] Lan Minh Phat: Yes sir, we start cutting tomorrow when bank confirm the money
[2024/05/22, 16:51:10] Pieter vd Merwe: Shot 👌
""")),
])

# p04 PO: scope says written release, delivery remark rolls sample approval into production (JP -> IN), PDF
case("p04", ["RG007"],
     "PO requires written release but remarks say 'upon sample approval proceed directly with the 1,500'", [
    ("HRG-24-0245.pdf", pdf([
        ("h1", "PURCHASE ORDER HRG-24-0245"),
        ("p", "Hinode Rehabilitation Clinic Group - Procurement Section, 2-4-11 Tennoji, Osaka 543-0001, Japan"),
        ("table", [
            ["Supplier", "Shree Ganesh Orthotech Pvt. Ltd., Chakan MIDC, Pune 410501, India"],
            ["Order date", "2024-05-27"],
            ["Person in charge", "Kenji Watanabe, Section Chief"],
            ["Payment", "T/T 60 days after B/L"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit (JPY)", "Amount (JPY)"],
            ["1", "PSA-30", "Pyramid socket adaptor Ti6Al4V, drawing SG-PSA30 Rev E - SAMPLE", "20 pcs",
             "4,800", "96,000"],
            ["", "", "", "", "Total", "96,000"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "Active quantity: 20 sample adaptors (line 1)."),
        ("p", "Production quantity 1,500 pcs (quotation SGO/Q/24/171, basis firm) is not released and on "
              "hold until sample sign-off by Ms. Yuko Morita and a written release by Mr. Takeshi Ono, "
              "General Manager Equipment Division."),
        ("p", "Structural test: ISO 10328 P5, static and cyclic (3,000,000 cycles), report with samples."),
        ("h", "Delivery remarks"),
        ("p", "To keep the schedule for the opening of our Kobe clinic in November, upon sample approval "
              "please proceed directly with the 1,500 production pcs. No need to wait for a further "
              "document from us."),
        ("sp",),
        ("p", "Kenji Watanabe, Section Chief, Procurement Section"),
    ], title="HRG-24-0245", author="Hinode Rehabilitation Clinic Group")),
])

# p05 supplier status: tube bought for 800, mass production straight after approval; quoted scope complete (CN -> NL), EML
_p05_text = T("""
Dear Joris,

Good day! Update for your PO 4500120301 WCF-24-NL:

1. 6 pcs sample frames finished welding, now in powder coating. Ship by DHL on 12 June.
2. To save lead time, we already purchased aluminium tube 6061-T6 for full 800 frames, it is in
   our warehouse now. Because the tube mill have long lead time (35 days).
3. After you approve the sample, we will start mass production 800 pcs directly, so delivery
   can be end of July as your team want.

Any question please let me know.

Best regards
""") + SIG_LILY + T("""

------------------ Original ------------------
From: "Joris Bakker" <j.bakker@veluwezorg.nl>
Date: Mon, May 27, 2024 10:05 AM
Subject: PO 4500120301 - sample frames WCF-24-NL

""") + quote("""
Dear Lily,

PO 4500120301 for six (6) sample frames WCF-24-NL. Scope:
- Make now: the 6 sample frames only.
- The quoted production quantity of 800 pcs is not released. It stays on hold until the
  sample sign-off by Femke Jansen (QA) and a written release from Anouk de Vries, Category
  Manager Mobility. Only Anouk can release it.
- Material: for the 6 samples only.

Met vriendelijke groet,
Joris Bakker
""")
case("p05", ["RG006", "RG007"],
     "supplier bought tube for 800 against sample-only authority and will roll into production after approval", [
    ("Update_PO_4500120301.eml", eml_bytes(mail(
        LILY, JORIS, "Re: PO 4500120301 - sample frames WCF-24-NL", dt(2024, 6, 6, 16, 48, 8),
        _p05_text, in_reply_to="<h193-po120301@veluwezorg.nl>"))),
])

# p06 X12 830 printout: forecast quantities sent as firm orders (US -> CN), TXT
case("p06", ["RG008"],
     "EDI 830 marks forecast-based 42,000 as firm orders: 'treat as firm, build without further PO'", [
    ("X12_830_BMS-830-2406.txt", T("""
X12 830 PLANNING SCHEDULE - HUMAN READABLE PRINT
ISA/GS CTRL : 000004417 / 4417          DATE 2024-06-24   TIME 06:15 EDT
FROM        : BUCKEYE MOBILITY SUPPLY INC      (ISA ID BMSDAYTON)
TO          : FOSHAN KANGDA REHAB EQUIPMENT    (ISA ID KANGDAFS)
BFR         : 05  REF BMS-830-2406   HORIZON 2024-07-01 TO 2024-12-31
N1*ST       : BUCKEYE MOBILITY DC, 3150 OLD TROY PIKE, DAYTON OH 45414

LIN  : BP CT-19-BLK   VP KD-CT19   CRUTCH TIP 19MM BLACK (3/4 IN)
UIT  : EA
REF  : VA FSS 36F797-21-D-0118

FST   QTY      TYPE   PERIOD
---   ------   ----   ----------
01     6,000   C      2024-07 (M)
02     6,000   C      2024-08 (M)
03     8,000   C      2024-09 (M)
04     8,000   C      2024-10 (M)
05     8,000   C      2024-11 (M)
06     6,000   C      2024-12 (M)
       ------
      42,000

FST02 CODES: C = FIRM   D = PLANNING
NTE*GEN: QTYS ABOVE COME FROM OUR VA FSS DEMAND FORECAST FOR H2 2024.
NTE*GEN: TREAT THE FULL 42,000 EA AS FIRM ORDERS. BUILD AND SHIP TO THIS
NTE*GEN: SCHEDULE WITHOUT FURTHER PO. QUESTIONS M. HENDRICKS (937) 555-0142
CTT  : 1 / 42000
SE   : END
""")),
])

# p07 minutes: "approved" for samples, PO and production, and an unscoped green light (ZA / CN), DOCX
case("p07", ["RG002", "RG009"],
     "minutes use 'approved' for samples, PO (finance) and production; 'green light' for a second shift is unscoped", [
    ("MoM_Karoo_Kangda_2024-06-26.docx", docx_bytes([
        ("h1", "Minutes of meeting - Karoo Medical / Foshan Kangda - crutch tips CT-22"),
        ("p", "26 June 2024, 09:30 SAST / 15:30 CST, Teams. Minutes: Pieter van der Merwe."),
        ("p", "Present: Thandi Nkosi, Pieter van der Merwe, Lerato Mokoena (Karoo); Lily Zhang, Jason Wu "
              "(Kangda)."),
        ("h", "1. Samples"),
        ("p", "Lerato reported that the 12 samples CT-22 are approved: ISO 11334-1 slip test passed, "
              "hardness 60 Shore A, no marking on vinyl floor."),
        ("h", "2. Purchase order"),
        ("p", "PO KMW-24-0560 for 5 000 tips was approved by Finance on 24 June (budget line 4.2)."),
        ("h", "3. Production"),
        ("p", "Production is approved for the first 2 500 tips. The remaining 2 500 are not approved yet: "
              "they stay on hold until the first lot passes incoming inspection in Midrand (lot "
              "acceptance) and Thandi Nkosi gives the release in writing."),
        ("p", "Material: rubber compound staged for 2 500 tips only."),
        ("h", "4. Capacity"),
        ("p", "Jason asked whether Kangda can already run the second shift on CT-22 to catch up the lost "
              "week. Pieter: green light from Karoo side."),
        ("h", "Actions"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Send production plan", "Jason Wu", "28 June"],
            ["2", "Incoming inspection plan for lot 1", "Lerato Mokoena", "5 July"],
        ]),
    ], author="Pieter van der Merwe")),
])

# p08 "please proceed with the samples" with no quantity anywhere (JP -> PL), EML multipart/alternative
_p08_text = T("""
Dear Mr. Wiśniewski,

Thank you very much for your quotation OT/24/140 and the kind explanation in the web meeting
last week.

We would like to go for samples first. Please proceed with the samples of KH-220-JP as per
drawing rev B. PO number HRG-24-0452 is issued for this.

The production quantity is not released. It remains on hold until the sample sign-off by
Ms. Yuko Morita (fitting trial at our Tennoji clinic) and a written release from Mr. Takeshi Ono,
General Manager. Only Mr. Ono can release production.

Please purchase material for the samples only.

We appreciate your cooperation.

Best regards,
""") + SIG_KENJI
case("p08", ["RG010"],
     "sample authorization with hold, event and person but no quantity stated anywhere", [
    ("HRG-24-0452.eml", eml_bytes(mail(
        KENJI, PIOTR, "PO HRG-24-0452 - samples KH-220-JP", dt(2024, 7, 1, 11, 5, 9),
        _p08_text, html=html_from_text(_p08_text)))),
])

# p09 multi-file: cover mail says 12 pilot frames, PO says 10 (US -> TW), EML + PDF + PDF
_p09_text = T("""
Kevin,

Attached is PO BMS-PO-240702 for twelve (12) pilot frames WCF-24-HD (bariatric, 24" seat).

Scope, same as we discussed on the call:
- Build now: the 12 pilot frames only.
- The remaining 388 frames from your quote JH-Q24-0688 are NOT released and stay on hold.
- They unlock only after Tyler Brooks signs off the pilot frames and Sharon Whitfield, our
  Director of Operations, sends you a written release. Sharon is the only one who can release.
- Material: pilot quantity only.

Please acknowledge.

Thanks,
Mike
""") + SIG_MIKE
case("p09", ["RG011"],
     "cover mail authorizes 12 pilot frames (388 on hold), the PO itself says 10 (390 on hold)", [
    ("mail_BMS-PO-240702.eml", eml_bytes(mail(
        MIKE, KEVIN, "BMS-PO-240702 - WCF-24-HD pilot frames", dt(2024, 7, 2, 14, 22, -4), _p09_text,
        cc=addr("Sharon Whitfield", "swhitfield@buckeyemobility.com")))),
    ("BMS-PO-240702.pdf", pdf([
        ("h1", "PURCHASE ORDER BMS-PO-240702"),
        ("p", "Buckeye Mobility Supply, Inc. - 3150 Old Troy Pike, Dayton, OH 45414"),
        ("table", [
            ["Vendor", "Jin-Hua Precision Mobility Co., Ltd. (700377)"],
            ["PO date", "07/02/2024"],
            ["Buyer", "Mike Hendricks"],
            ["Ref.", "Quote JH-Q24-0688"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Unit $", "Ext. $"],
            ["1", "WCF-24-HD", "Bariatric folding frame 24 in seat, pilot build, DRG 2410 Rev A", "10", "EA",
             "112.00", "1,120.00"],
            ["", "", "", "", "", "Total", "1,120.00"],
        ]),
        ("sp",),
        ("h", "Scope note"),
        ("p", "Pilot quantity: 10 EA (line 1). Balance 390 EA per quote JH-Q24-0688: not released, on hold "
              "until pilot sign-off by Tyler Brooks (QE) and written release by Sharon Whitfield, Director of "
              "Operations. Material authority: pilot quantity only."),
    ], pagesize=LETTER, title="BMS-PO-240702", author="Buckeye Mobility Supply")),
    ("JH-Q24-0688.pdf", pdf([
        ("h1", "QUOTATION JH-Q24-0688"),
        ("p", "Jin-Hua Precision Mobility Co., Ltd., Taichung - 2024/06/20 - to Buckeye Mobility Supply, Inc."),
        ("table", [
            ["Stage", "Qty (pcs)", "Unit price USD", "Lead time"],
            ["Pilot build", "10", "112.00", "25 days"],
            ["Production", "400", "71.50", "50 days after release"],
        ]),
        ("p", "Frame WCF-24-HD, 24 in seat, max user 227 kg (500 lb), ISO 7176-8 tested. FOB Taichung. "
              "Quotation only."),
        ("p", "Kevin Lin, Sales Manager"),
    ], title="JH-Q24-0688", author="Jin-Hua")),
])

# p10 Teams: samples pass, buyer gives an unscoped green light and the supplier rolls into production (US <-> TW), TXT
case("p10", ["RG002", "RG007"],
     "after 20 samples pass, buyer: 'samples passed, so you have the green light' despite own written-release rule", [
    ("Teams_chat_BMS_JinHua_WW-125.txt", T("""
Microsoft Teams - chat export
Chat: BMS / Jin-Hua - WW-125 rollator wheels
Exported: 6/28/2024 3:12 PM by Mike Hendricks

[6/3/2024 9:05 AM] Mike Hendricks: Amy, PO BMS-PO-240615 is out: 20 sample wheels WW-125 grey. The 1,980 balance is on hold until Tyler signs off the samples and Sharon Whitfield sends the written release.
[6/3/2024 9:07 AM] Amy Chen (Jin-Hua) (External): Well noted Mike, 20 pcs samples. Ship by 6/20.
[6/28/2024 9:40 AM] Tyler Brooks: Samples tested. 200 km drum test per ISO 11199-2, no flat spots, bearing noise OK. Looks good.
[6/28/2024 9:42 AM] Mike Hendricks: Great news. Amy - samples passed, so you have the green light, let's get the wheels rolling 🚀
[6/28/2024 9:45 AM] Amy Chen (Jin-Hua) (External): Thank you Mike! We will start mass production on Monday.
[6/28/2024 9:46 AM] Mike Hendricks: 👍
""")),
])

# p11 multi-file: sample PO for 50 vs supplier proforma for 3 000 that starts on deposit (ZA -> VN), TXT + PDF
case("p11", ["RG011", "RG012"],
     "PO authorizes 50 samples; supplier proforma for the same PO states 3 000 and starts mass production on deposit", [
    ("KMW-24-0533.txt", T("""
KAROO MEDICAL WHOLESALE (PTY) LTD              PURCHASE ORDER   KMW-24-0533
Unit 7, Allandale Park, Midrand 1685           DATE             2024-06-07
VAT 4010123456                                 BUYER            P. VAN DER MERWE
                                               PAGE             1/1
SUPPLIER: MINH PHAT RUBBER & TEXTILE CO., LTD (VENDOR 40388)
          LOT C-12, SONG THAN 3 IZ, THU DAU MOT, BINH DUONG, VIETNAM

LN  ITEM          DESCRIPTION                              QTY   UOM  PRICE USD   VALUE USD
--  ------------  ---------------------------------------  ----  ---  ---------  ----------
1   CC-4545-CH    CUSHION COVER 45X45X8 CHARCOAL - SAMPLE    50  EA        4.20      210.00
                                                                        TOTAL       210.00
PO NOTE:
  SAMPLE ORDER - MANUFACTURE 50 (FIFTY) SAMPLE COVERS ONLY.
  PRODUCTION QTY 2 950 EA (QUOTE QT-MP-24-061) IS NOT RELEASED AND STAYS ON HOLD
  UNTIL SAMPLE SIGN-OFF BY L. MOKOENA (QA) AND A WRITTEN RELEASE BY
  T. NKOSI, PROCUREMENT MANAGER. ONLY T. NKOSI CAN RELEASE PRODUCTION.
  MATERIAL: SAMPLE QTY ONLY.
  DELIVERY: DDP MIDRAND, SAMPLES BY 2024-07-05.
""")),
    ("PI-MP-24-0533.pdf", pdf([
        ("h1", "PROFORMA INVOICE PI-MP-24-0533"),
        ("p", "Minh Phat Rubber & Textile Co., Ltd. - Binh Duong, Vietnam - Date: 10-Jun-2024"),
        ("table", [
            ["Buyer", "Karoo Medical Wholesale (Pty) Ltd, Midrand, South Africa"],
            ["Your PO", "KMW-24-0533"],
        ]),
        ("sp",),
        ("table", [
            ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "Cushion cover CC-4545 charcoal 45x45x8 cm (ordered per PO KMW-24-0533)", "3 000 pcs",
             "2.12", "6 360.00"],
            ["", "", "", "Total", "6 360.00"],
            ["", "", "", "Deposit 30%", "1 908.00"],
        ]),
        ("sp",),
        ("p", "Terms: 30% deposit by T/T, balance 70% against copy B/L."),
        ("p", "Mass production of the 3 000 pcs will start immediately upon receipt of the 30% deposit. "
              "Lead time 35 days from deposit."),
        ("p", "Bank: Vietcombank Binh Duong branch, SWIFT BFTVVNVX, A/C 0281000123456"),
        ("p", "Nguyen Thi Lan - Sales Executive"),
    ], title="PI-MP-24-0533", author="Minh Phat")),
])

# p12 buyer portal: 25 authorized now, production line 975 shown open with nothing on hold (NL -> CN), HTML
case("p12", ["RG001", "RG003", "RG004"],
     "portal PO authorizes 25 samples, shows production line 975 without hold or unlock event; release authority named", [
    ("VZ_portal_PO_4500120650.html", html_page("VZ Leveranciersportaal - PO 4500120650", """
<h2>VeluweZorg Leveranciersportaal</h2>
<p>Inkooporder / Purchase order <b>4500120650</b> &middot; Issued 17-06-2024 &middot; Buyer: J. Bakker</p>
<p>Supplier: Foshan Kangda Rehab Equipment Co., Ltd. (300287)</p>
<p><b>Authorized for manufacture now: 25 pcs (line 10)</b></p>
<table>
<tr><th>Line</th><th>Article</th><th>Description</th><th>Scope</th><th>Qty</th><th>Price EUR</th><th>Delivery</th></tr>
<tr><td>10</td><td>CT-19-GR</td><td>Crutch tip 19 mm grey, ISO 11334-1</td><td>sample</td><td>25</td><td>0,90</td><td>05-07-2024</td></tr>
<tr><td>20</td><td>CT-19-GR</td><td>Crutch tip 19 mm grey, ISO 11334-1</td><td>production</td><td>975</td><td>0,31</td><td>30-09-2024</td></tr>
</table>
<p>Packing: 50 pairs per carton. Label with PO number and line.</p>
<p>Release authority for this purchase order: Anouk de Vries, Category Manager Mobility.</p>
<p>Contact: Joris Bakker, +31 55 700 1234</p>
<p><a href="#">Acknowledge order</a></p>
""")),
])

# p13 sample sign-off record: "APPROVED - good to run", roll into production (US / IN), DOCX
case("p13", ["RG002", "RG007"],
     "QE sign-off record: 'APPROVED - supplier is good to run', may continue into production without waiting", [
    ("SSR-24-044_PSA-30.docx", docx_bytes([
        ("h1", "Sample Sign-off Record SSR-24-044"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "PSA-30 pyramid socket adaptor, Ti6Al4V, DRG SG-PSA30 Rev E"],
            ["Supplier", "Shree Ganesh Orthotech Pvt. Ltd., Pune"],
            ["PO", "BMS-PO-240509"],
            ["PO scope", "24 samples. Production balance 1,176 pcs on hold until written release by "
                         "Sharon Whitfield after sample sign-off."],
            ["Samples received", "24 pcs, 06/24/2024"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Check", "Result"],
            ["Dimensional layout (5 pcs, 42 characteristics)", "all within tolerance"],
            ["Material cert ASTM F136", "OK, heat no. 7H2291"],
            ["ISO 10328 P5 static proof test", "OK (lab report NABL TC-6612)"],
            ["Pyramid fit with 4-hole socket plate", "OK"],
        ]),
        ("h", "Disposition"),
        ("p", "APPROVED - supplier is good to run."),
        ("p", "Remark: per this sign-off Shree Ganesh can continue into production without waiting, to "
              "hold the VA delivery date."),
        ("p", "Quality Engineer: Tyler Brooks, 07/01/2024"),
    ], author="Tyler Brooks")),
])

# p14 WeChat: supplier reads the sample payment as order confirmation and buys rubber for 5000 (CN -> ZA), TXT
case("p14", ["RG006", "RG012"],
     "supplier: 'payment received, order confirmed, we bought rubber for 5000 and start production' on a 12-sample PO", [
    ("WeChat_Lily_Zhang_export.txt", T("""
WeChat chat history export
Chat with: Lily Zhang 张丽 (Foshan Kangda Sales)
Exported by: Pieter van der Merwe, 2024-07-03 10:15

2024-07-02 10:05  Pieter van der Merwe: Hi Lily, sample payment USD 180 done today, proof attached. PO KMW-24-0588 is for the 12 samples CT-19 only. The 4 988 stay on hold until Lerato signs off the samples and Thandi Nkosi sends a written release
2024-07-02 10:06  Pieter van der Merwe: [File] TT_copy_KMW-24-0588.pdf
2024-07-02 10:40  Lily Zhang: Received, thank you Pieter 😊
2024-07-03 09:31  Lily Zhang: Dear Pieter, payment received in our account. Since payment is received the order is confirmed, so we already bought rubber compound for 5000 pcs and start the production, to catch your winter season
2024-07-03 09:32  Lily Zhang: Samples 12 pcs will send with DHL on Friday
""")),
])

# p15 buyer mail with the supplier quote attached: 20 samples, price for tiers "fine" (ZA -> TW), EML + PDF
_p15_quote = pdf([
    ("h1", "QUOTATION JH-Q24-0415"),
    ("p", "Jin-Hua Precision Mobility Co., Ltd., Taichung - 2024/04/15 - to Karoo Medical Wholesale, attn. "
          "Mr. Pieter van der Merwe"),
    ("table", [
        ["Tier", "Stage", "Qty (pcs)", "Unit price USD", "Lead time"],
        ["A", "Sample", "20", "9.80", "15 working days"],
        ["B", "Production", "2,400", "3.15", "45 days"],
        ["C", "Production", "5,000", "2.86", "50 days"],
    ]),
    ("p", "Walker wheel WW-125, 125 mm, PU tread grey, 8 mm bore, 608ZZ. Tooling USD 1,850. FOB Taichung."),
    ("p", "Kevin Lin, Sales Manager"),
], title="JH-Q24-0415", author="Jin-Hua")
_p15_text = T("""
Hi Kevin,

Thanks for the quick quote (attached again for reference). We would like to go ahead with the
20 sample wheels WW-125 in grey. PO KMW-24-0541 will follow from our system today.

Price and lead time on the attached are fine for us.

Please send the samples to our Midrand DC, attention Lerato Mokoena (QA). Unit 7, Allandale Park,
Midrand 1685.

Cheers
Pieter
""") + SIG_PIETER
case("p15", ["RG001", "RG003", "RG004", "RG005"],
     "authorizes 20 samples; attached quote tiers 2,400/5,000 endorsed ('fine for us'); no hold, event or authority", [
    ("KMW-24-0541.eml", eml_bytes(mail(
        PIETER, KEVIN, "WW-125 samples - PO KMW-24-0541", dt(2024, 4, 22, 13, 10, 2), _p15_text,
        attachments=[("JH-Q24-0415.pdf", _p15_quote, PDF_MT)]))),
])

# p16 PO: 16 samples to make now, production line 1,600 from the forecast "regard as confirmed order" (JP -> TW), PDF
case("p16", ["RG001", "RG003", "RG004", "RG008"],
     "sample PO also lists forecast 1,600 as a confirmed order; balance never said not released, no unlock event", [
    ("HRG-24-0460.pdf", pdf([
        ("h1", "PURCHASE ORDER HRG-24-0460"),
        ("p", "Hinode Rehabilitation Clinic Group - Procurement Section, Osaka, Japan - 2024-06-28"),
        ("table", [
            ["Supplier", "Jin-Hua Precision Mobility Co., Ltd., Taichung"],
            ["Person in charge", "Aiko Fujita (Procurement Section)"],
            ["Payment", "T/T 60 days after B/L"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit (JPY)", "Amount (JPY)", "Delivery"],
            ["1", "WW-125", "Walker wheel 125 mm grey - sample", "16 pcs", "1,500", "24,000", "2024-07-31"],
            ["2", "WW-125", "Walker wheel 125 mm grey - production", "1,600 pcs", "480", "768,000",
             "200 pcs/month from 2024-10"],
            ["", "", "", "", "Total", "792,000", ""],
        ]),
        ("sp",),
        ("h", "Remarks"),
        ("p", "Please manufacture line 1 (16 samples) now for evaluation at our Sakai clinic."),
        ("p", "Line 2 is based on our FY2024 forecast for the eight Kansai clinics. Please regard it as a "
              "confirmed order and reserve your capacity."),
        ("p", "Release authority for production: Mr. Takeshi Ono, General Manager Equipment Division."),
        ("p", "Standard: ISO 11199-2. Packing 50 pcs/carton."),
    ], title="HRG-24-0460", author="Hinode Rehabilitation Clinic Group")),
])

# p17 PO that states the sample quantity twice, differently: twenty pairs in text, 24 in the table (US -> IN), DOCX
case("p17", ["RG011"],
     "one PO states the sample quantity as twenty (20) pairs in the text and 24 pairs in the line table", [
    ("BMS-PO-240626.docx", docx_bytes([
        ("h1", "PURCHASE ORDER BMS-PO-240626"),
        ("p", "Buckeye Mobility Supply, Inc., 3150 Old Troy Pike, Dayton, OH 45414. Date: 06/26/2024. "
              "Buyer: Mike Hendricks."),
        ("p", "Vendor: Shree Ganesh Orthotech Pvt. Ltd., Chakan MIDC, Pune 410501, India (vendor 700455)."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Unit $", "Ext. $"],
            ["1", "KBH-18", "Knee-brace hinge pair, polycentric, SS 304, DRG SGO-KBH18 Rev C - sample",
             "24", "PR", "18.50", "444.00"],
        ]),
        ("h", "Scope"),
        ("p", "This PO covers twenty (20) pairs of sample hinges for fitting at the VA clinics in Dayton "
              "and Chillicothe."),
        ("p", "The production balance (quote SGO/Q/24/219: 1,200 pairs) is not released and stays on hold "
              "until sample sign-off by Tyler Brooks, Quality Engineer, and a written release by Sharon "
              "Whitfield, Director of Operations. Only Sharon Whitfield can release production."),
        ("p", "Material authority: sample quantity only."),
        ("h", "Terms"),
        ("li", "FOB Nhava Sheva, Net 45."),
        ("li", "Cyclic test report (100,000 cycles) to ship with the samples."),
        ("li", "Country of origin marking: India."),
    ], author="Mike Hendricks")),
])

# p18 WhatsApp: do the 3 sample frames, "your price for the 600 is fine" (ZA <-> CN), TXT
case("p18", ["RG001", "RG003", "RG004", "RG005"],
     "chat authorizes 3 sample frames and endorses the 600 production quote; no hold, event or release authority", [
    ("WhatsApp Chat with Coco Liang Kangda.txt", T("""
[2024/07/08, 14:20:31] Coco Liang Kangda: Hi Pieter, did you check our quotation KD-QT-240701? Sample 3 pcs USD 135/pc, production MOQ 600 pcs USD 52/pc
[2024/07/08, 15:02:10] Pieter vd Merwe: Hi Coco yes thanks. Please do the 3 sample frames WCF-24-ZA, PO KMW-24-0602 coming
[2024/07/08, 15:02:44] Pieter vd Merwe: Your price for the 600 is fine for us 👍
[2024/07/08, 15:05:12] Coco Liang Kangda: Thank you Pieter! We arrange the samples, 20 days
[2024/07/08, 15:05:40] Pieter vd Merwe: Sharp, thanks
""")),
])

# p19 mail says 50 samples, attached PO says 60; "price for the 4.000 is OK" (NL -> VN), EML multipart + PDF
_p19_po = pdf([
    ("h1", "INKOOPORDER / PURCHASE ORDER 4500120702"),
    ("p", "VeluweZorg Hulpmiddelen B.V., Ecofactorij 20, 7325 WC Apeldoorn - date 24.06.2024 - buyer J. Bakker"),
    ("p", "Supplier: Minh Phat Rubber & Textile Co., Ltd., Binh Duong, Vietnam (300219)"),
    ("table", [
        ["Pos", "Article", "Description", "Qty", "Unit", "Price EUR", "Amount EUR"],
        ["10", "1200-300-47", "Cushion cover CC-4545-NL blue, sample", "60", "ST", "4,10", "246,00"],
        ["", "", "", "", "", "Total", "246,00"],
    ]),
    ("p", "Please confirm within 3 working days."),
], title="PO 4500120702", author="VeluweZorg")
_p19_text = T("""
Dear Lan,

Hereby our PO 4500120702 for fifty (50) sample covers CC-4545-NL in the new blue (see PDF).

The price for the 4.000 pcs in your offer QT-MP-24-052 (EUR 2,95) is OK for us.

Release authority on our side: Anouk de Vries, Category Manager Mobility.

Samples please by 26 July to Apeldoorn, attention Femke Jansen.

Met vriendelijke groet,
""") + SIG_JORIS
case("p19", ["RG001", "RG003", "RG004", "RG011"],
     "mail authorizes 50 samples, attached PO says 60; offer's 4.000 endorsed, no hold and no unlock event", [
    ("PO_4500120702_mail.eml", eml_bytes(mail(
        JORIS, LAN, "PO 4500120702 - samples CC-4545-NL", dt(2024, 6, 24, 15, 2, 2), _p19_text,
        html=html_from_text(_p19_text), attachments=[("PO_4500120702.pdf", _p19_po, PDF_MT)]))),
])

# p20 "please make the sample wheels", no quantity, no hold, no event; release authority named (JP -> TW), EML
_p20_text = T("""
Dear Ms. Chen,

Thank you for your support always.

Please make the sample wheels for our new rollator model (WW-125, grey tread, 8 mm bore,
608ZZ bearing). PO HRG-24-0477 is issued today.

Mr. Takeshi Ono, our General Manager Equipment Division, is the release authority for this item.

Please send the samples to our Sakai clinic, attention Ms. Yuko Morita.

Best regards,
""") + SIG_AIKO
case("p20", ["RG003", "RG004", "RG010"],
     "sample authorization with no quantity, no hold on the balance and no unlock event; release authority named", [
    ("HRG-24-0477.eml", eml_bytes(mail(
        AIKO, AMY, "PO HRG-24-0477 sample wheels WW-125", dt(2024, 7, 4, 10, 40, 9), _p20_text,
        cc=KEVIN))),
])

# p21 ERP PO: balance on hold "until further notice", authority named, no unlock event (US -> CN), TXT
case("p21", ["RG004"],
     "sample PO: balance on hold 'until further notice' and release authority named, but no unlock event", [
    ("BMS-PO-240712.txt", T("""
BUCKEYE MOBILITY SUPPLY, INC.                     PURCHASE ORDER
3150 OLD TROY PIKE                                PO NUMBER   BMS-PO-240712
DAYTON OH 45414                                   PO DATE     07/12/2024
(937) 555-0100                                    PAGE        1 OF 1

VENDOR  700418  FOSHAN KANGDA REHAB EQUIPMENT CO LTD
        NO.16 XINGYE RD, SHISHAN TOWN, NANHAI DIST, FOSHAN, GUANGDONG, CHINA
SHIP TO BUCKEYE MOBILITY DC, DAYTON OH 45414
TERMS   NET 45   FOB SHENZHEN   BUYER M. HENDRICKS

LN  ITEM          DESCRIPTION                          QTY  UOM   UNIT $      EXT $
--  ------------  -----------------------------------  ---  ---  -------  ---------
1   CT-22-GRY     CRUTCH TIP 22MM GREY - SAMPLE         40  EA    0.850      34.00
                  DRG KD-CT22 REV 4, ISO 11334-1
                                                          PO TOTAL          34.00
PO NOTES:
  SAMPLE ORDER. MANUFACTURE 40 EA SAMPLES ONLY.
  QUOTED PRODUCTION QTY 10,000 EA (QUOTE KD-QT-240611) IS NOT RELEASED.
  BALANCE 9,960 EA ON HOLD UNTIL FURTHER NOTICE.
  RELEASE AUTHORITY: SHARON WHITFIELD, DIRECTOR OF OPERATIONS.
  MATERIAL: SAMPLE QTY ONLY.

AUTHORIZED BY: M. HENDRICKS
""")),
])

# p22 hold notice: on hold until further notice, no named person (ZA -> IN), HTML
case("p22", ["RG004", "RG005"],
     "hold notice: 20 samples active, 980 on hold 'until further notice', only an unnamed department will advise", [
    ("KMW-HN-24-007.html", html_page("Karoo Medical - Hold notice KMW-HN-24-007", """
<h2>Karoo Medical Wholesale (Pty) Ltd</h2>
<p>Unit 7, Allandale Park, Midrand 1685, South Africa</p>
<h3>HOLD NOTICE KMW-HN-24-007</h3>
<p>To: Shree Ganesh Orthotech Pvt. Ltd., Pune - Exports department<br>Date: 2024-07-09</p>
<table>
<tr><th>Purchase order</th><td>KMW-24-0577</td></tr>
<tr><th>Part</th><td>PSA-30 pyramid socket adaptor, Ti6Al4V, drawing SG-PSA30 Rev E</td></tr>
<tr><th>Active quantity</th><td>20 sample adaptors</td></tr>
<tr><th>Production balance</th><td>980 adaptors - ON HOLD until further notice</td></tr>
<tr><th>Material</th><td>for the 20 samples only</td></tr>
</table>
<p class="note">Please make only the 20 sample adaptors. The production balance is on hold until further notice.
Karoo Procurement will advise.</p>
<p>Karoo Medical Wholesale - Procurement Department<br>procurement@karoomed.co.za</p>
""")),
])

# p23 hold and unlock event stated, but release only "from our side" (NL -> CN), EML multipart/alternative
_p23_text = T("""
Dear Lily,

Please find below the scope for our PO 4500120815, crutch tips CT-22 grey.

- Make now: twenty (20) sample tips only.
- The production quantity of 1.980 pcs from your quotation KD-QT-240603 is not released and
  stays on hold.
- The 1.980 can only start after the sample sign-off by our quality department and a written
  release from our side.
- Material: for the 20 samples only.

Samples please by DHL to Apeldoorn before 2 August.

Met vriendelijke groet,
""") + SIG_JORIS
case("p23", ["RG005"],
     "sample scope with hold and unlock event, but release only 'from our side' by an unnamed department", [
    ("PO_4500120815.eml", eml_bytes(mail(
        JORIS, LILY, "PO 4500120815 - CT-22 samples - scope", dt(2024, 7, 8, 9, 30, 2), _p23_text,
        html=html_from_text(_p23_text)))),
])

# p24 PO: hold and events stated, release "by Karoo Procurement" (ZA -> IN), DOCX
case("p24", ["RG005"],
     "sample PO with hold, sample sign-off and revised PO as events, but release only by 'Karoo Procurement'", [
    ("KMW-24-0590.docx", docx_bytes([
        ("h1", "PURCHASE ORDER KMW-24-0590"),
        ("p", "Karoo Medical Wholesale (Pty) Ltd, Unit 7, Allandale Park, Midrand 1685. Date: 2024-07-01."),
        ("p", "Supplier: Shree Ganesh Orthotech Pvt. Ltd., Chakan MIDC, Pune 410501, India."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Price USD", "Value USD"],
            ["1", "KBH-18-ZA", "Knee-brace hinge pair SS 304, DRG SGO-KBH18 Rev C - sample", "10", "PR",
             "19.00", "190.00"],
        ]),
        ("h", "Scope of this order"),
        ("p", "Manufacture 10 (ten) sample pairs only."),
        ("p", "Production balance: 490 pairs (quote SGO/Q/24/230) - not released, on hold."),
        ("p", "Unlock: sample sign-off by Karoo QA, and a revised PO for the production quantity. Release "
              "will be issued by Karoo Procurement."),
        ("p", "Material: sample quantity only."),
        ("h", "Terms"),
        ("li", "CIF Durban, 60 days from B/L."),
        ("li", "SAHPRA class A device listing number to be shown on carton label."),
    ], author="Karoo Medical Wholesale")),
])

# p25 Teams: "go ahead with the samples", no quantity; release by "our ops team" (US <-> TW), TXT
case("p25", ["RG005", "RG010"],
     "chat authorizes 'the samples' with no quantity; hold and event stated but release by an unnamed ops team", [
    ("Teams_chat_BMS_JinHua_rollator.txt", T("""
Microsoft Teams - chat export
Chat: BMS / Jin-Hua - rollator wheels
Exported: 7/9/2024 11:02 AM by Mike Hendricks

[7/9/2024 10:02 AM] Mike Hendricks: Amy, PO BMS-PO-240705 is out. Go ahead with the samples for the rollator project, grey tread, 8 mm bore.
[7/9/2024 10:03 AM] Mike Hendricks: Production is NOT released. The balance stays on hold until the samples are signed off by QA and our ops team sends a written release.
[7/9/2024 10:04 AM] Mike Hendricks: Material for samples only pls.
[7/9/2024 10:10 AM] Amy Chen (Jin-Hua) (External): Noted Mike, thanks. We make the samples and wait.
""")),
])

# p26 supplier status report: bar bought for 1.200 sets, forecast treated as firm (PL -> NL), PDF
case("p26", ["RG006", "RG008"],
     "supplier report: stainless bar bought for 1.200 sets with 30 samples released; customer forecast treated as firm", [
    ("Ortomet_status_KW27.pdf", pdf([
        ("h1", "Status report week 27/2024 - VeluweZorg"),
        ("p", "Ortomet Sp. z o.o., Bydgoszcz - prepared by Katarzyna Nowak, Production Planning - 05.07.2024"),
        ("table", [
            ["PO", "Part", "Scope", "Qty", "Status", "Material"],
            ["4500120120", "KH-220-B", "Samples (released)", "30", "machined, in passivation",
             "bar 1.4404 for 1.200 sets, delivered 03.06"],
            ["4500120120", "KH-220-B", "Series (customer forecast)", "1.200", "planned as firm order, start KW 31",
             "see above"],
        ]),
        ("sp",),
        ("h", "Comments"),
        ("p", "1. Samples 30 pcs will ship on 12.07 with measurement report (100%)."),
        ("p", "2. The series quantity 1.200 pcs comes from the customer forecast (mail J. Bakker 18.04). We "
              "treat it as firm order in our MRP so the CNC capacity in KW 31-36 is reserved."),
        ("p", "3. Stainless bar 1.4404 diameter 20 mm for all 1.200 sets is already bought and in our stock, "
              "because the steel mill lead time is 10 weeks."),
        ("p", "4. Hinge screws M4x0,7 x 6 ordered for samples only."),
    ], title="Ortomet status KW27", author="Ortomet")),
])

# p27 minutes: tube staged for all 600 with no material authority; "approved" for samples, PO and production (US / TW), DOCX
case("p27", ["RG006", "RG009"],
     "minutes: supplier staged material for all 600 frames without authority; 'approved' used for pilot, PO and production", [
    ("Minutes_WCF-24_pilot_review.docx", docx_bytes([
        ("h1", "Meeting minutes - WCF-24 pilot review"),
        ("p", "07/11/2024, Teams. Buckeye: Mike Hendricks, Sharon Whitfield, Tyler Brooks. Jin-Hua: Kevin "
              "Lin, Amy Chen."),
        ("h", "1. Pilot frames"),
        ("p", "Tyler reported that the 10 pilot frames are approved: ISO 7176-8 static, impact and fatigue "
              "tests passed, weld penetration OK on 2 sectioned frames."),
        ("h", "2. Purchase order"),
        ("p", "PO BMS-PO-240522 (600 frames) was approved in the ERP by finance last week."),
        ("h", "3. Production"),
        ("p", "The balance of 590 frames is not approved yet. It stays on hold until Tyler issues the "
              "sample sign-off report and Sharon Whitfield sends the written release."),
        ("h", "4. Material"),
        ("p", "Kevin said Jin-Hua has already bought and staged 6061-T6 tube and the castings for all 600 "
              "frames to protect the September ship date. No material authority was given by Buckeye for "
              "this."),
        ("h", "Actions"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Issue sample sign-off report", "Tyler Brooks", "07/15"],
            ["2", "Check Jin-Hua material position", "Mike Hendricks", "07/15"],
        ]),
    ], author="Mike Hendricks")),
])

# p28 supplier portal: bar received for 1,600, production starts automatically after sample approval (IN -> JP), HTML
case("p28", ["RG006", "RG007"],
     "supplier portal: Ti bar for 1,600 received against 40 samples; production 'starts automatically after approval'", [
    ("SGO_portal_HRG-24-0230.html", html_page("SGO Customer Portal - Hinode Rehabilitation", """
<h2>Shree Ganesh Orthotech - Customer Portal</h2>
<p>Customer: Hinode Rehabilitation Clinic Group, Osaka &middot; Updated 15-Jul-2024 18:30 IST</p>
<table>
<tr><th>Customer PO</th><th>Part</th><th>Stage</th><th>Qty</th><th>Status</th></tr>
<tr><td>HRG-24-0230</td><td>PSA-30 pyramid adaptor, Rev E</td><td>Samples</td><td>40 nos.</td><td>Machining done; ISO 10328 P5 test at NABL lab, report ETA 24-Jul</td></tr>
<tr><td>HRG-24-0230</td><td>PSA-30 pyramid adaptor, Rev E</td><td>Production</td><td>1,600 nos.</td><td>Will start automatically after your sample approval - no further PO needed</td></tr>
</table>
<h3>Raw material</h3>
<table>
<tr><th>Material</th><th>Heat no.</th><th>Qty</th><th>Covers</th><th>Received</th></tr>
<tr><td>Ti6Al4V bar dia. 40 mm (ASTM F136)</td><td>TX-44817</td><td>310 kg</td><td>1,640 nos. (40 samples + 1,600 production)</td><td>20-Jun-2024</td></tr>
</table>
<p class="note">Bar stock for the full quantity is secured in advance to protect your lead time.</p>
<p>For queries: Rajesh Kulkarni, Manager Exports, +91 20 5555 0160</p>
""")),
])

# p29 supplier quote: "after approval of samples we start production of 1.170 automatically" (PL -> NL), TXT mail
case("p29", ["RG007"],
     "supplier quote says production of 1.170 starts automatically after sample approval, no further PO", [
    ("Oferta_OT-24-152.txt", T("""
From: Piotr Wiśniewski <p.wisniewski@ortomet.pl>
To: Joris Bakker <j.bakker@veluwezorg.nl>
Date: Thu, 18 Jul 2024 13:47:05 +0200
Subject: Oferta / Quotation OT/24/152 - KH-220-B hinge

Dear Joris,

thank you for your inquiry from 11.07. Please find our offer:

Offer OT/24/152 - knee-brace hinge KH-220-B, polycentric, stainless 1.4404, drawing KH-220 rev B

  Pos.  Qty          Price EUR/pc   Lead time
  1     30 samples   41,50          4 weeks
  2     1.170 series 22,40          6 weeks after samples

Conditions:
- DAP Apeldoorn, payment 30 days netto.
- Measurement report 100% for samples, 5 pcs per lot for series.
- After approval of samples we start production of 1.170 pcs automatically, no further PO needed.
  This is how we keep the 6 weeks.
- Offer valid until 31.08.2024.

Pozdrawiam / Best regards
Piotr Wiśniewski
Key Account Manager
Ortomet Sp. z o.o., ul. Przemysłowa 14, 85-758 Bydgoszcz
""")),
])

# p30 supplier ack: advance received so order confirmed; balance starts once QE signs PPAP (IN -> US), EML quoted + DOCX
_p30_oa = docx_bytes([
    ("h1", "ORDER ACKNOWLEDGEMENT SGO/OA/24-25/088"),
    ("p", "Shree Ganesh Orthotech Pvt. Ltd., Chakan MIDC, Pune 410501. Date: 08-Jul-2024."),
    ("table", [
        ["Customer PO", "Part", "Qty", "Remarks"],
        ["BMS-PO-240531", "PSA-30 pyramid adaptor Rev E - samples", "24 nos.", "Dispatch by 15-Jul-2024"],
        ["BMS-PO-240531", "PSA-30 pyramid adaptor Rev E - balance", "1,176 nos.",
         "To start once PPAP is signed by customer QE"],
    ]),
    ("p", "Advance received: USD 2,880/- against PI SGO/PI/24-25/061. Order stands confirmed."),
    ("p", "For Shree Ganesh Orthotech Pvt. Ltd. - Sneha Patil, Export Coordinator"),
], author="Sneha Patil")
_p30_text = T("""
Dear Mike Sir,

Greetings from Shree Ganesh Orthotech!

We are in receipt of your advance payment of USD 2,880/- against our PI SGO/PI/24-25/061,
thanking you for the same. Please find attached our order acknowledgement.

As the advance is received, the order is now confirmed from our end. Kindly note we will be
starting the balance 1,176 nos. immediately once your QE signs the PPAP, so that your delivery
date can be met. No separate release is required from your end, we will take care.

Samples 24 nos. will be dispatched by 15th July positively.

Thanks & Regards,
""") + SIG_SNEHA + T("""

On Mon, Jul 1, 2024 at 9:12 AM Mike Hendricks <mhendricks@buckeyemobility.com> wrote:
""") + quote("""
Sneha,

PO BMS-PO-240531 for PSA-30 adaptors is attached. Scope:
- 24 samples only.
- The 1,176 production balance is not released and stays on hold until Tyler Brooks signs off
  the samples and Sharon Whitfield sends a written release. Only Sharon can release.
- Material for the 24 samples only.

Proforma for the sample advance is fine, we will pay this week.

Mike
""")
case("p30", ["RG007", "RG012"],
     "supplier: advance received so order confirmed; will start the 1,176 balance once QE signs PPAP, no release needed", [
    ("RE_BMS-PO-240531.eml", eml_bytes(mail(
        SNEHA, MIKE, "RE: BMS-PO-240531 PSA-30 adaptors - order acknowledgement", dt(2024, 7, 8, 17, 25, 5, 30),
        _p30_text, cc=RAJESH, in_reply_to="<h193-po240531@buckeyemobility.com>",
        attachments=[("SGO_OA_24-25_088.docx", _p30_oa, DOCX_MT)]))),
])

# p31 supply plan: VA forecast volumes to be treated as firm commitment (US -> TW), PDF
case("p31", ["RG008"],
     "supply plan calls forecast volumes 'Buckeye's firm commitment' (POs to follow); no authorization to make now", [
    ("BMS_FY2025_supply_plan_JinHua.pdf", pdf([
        ("h1", "FY2025 Supply Plan - Jin-Hua Precision Mobility"),
        ("p", "Buckeye Mobility Supply, Inc. - Purchasing - issued 07/15/2024 by Mike Hendricks"),
        ("table", [
            ["Item", "Description", "Q1 FY25", "Q2 FY25", "Q3 FY25", "Q4 FY25", "Total"],
            ["WCF-24", "Folding wheelchair frame", "900", "900", "900", "900", "3,600"],
            ["WCF-24-HD", "Bariatric frame 24 in", "100", "100", "100", "100", "400"],
            ["WW-125", "Walker wheel 125 mm", "3,000", "3,000", "3,000", "3,000", "12,000"],
        ]),
        ("sp",),
        ("p", "These volumes come from our VA FSS demand forecast for FY2025 (contract 36F797-21-D-0118, "
              "SIN 339112). Please treat them as Buckeye's firm commitment for FY2025 and plan capacity "
              "accordingly."),
        ("p", "Purchase orders will follow quarterly, about 6 weeks before each quarter."),
        ("p", "Pricing per the 2024 price agreement; review in January."),
    ], pagesize=LETTER, title="BMS FY2025 supply plan", author="Buckeye Mobility Supply")),
])

# p32 supplier turns a labelled forecast into a "firm order" and reserves material for it (TW -> ZA), EML quoted
_p32_text = T("""
Dear Pieter,

Thank you for your firm order of 4,800 pcs WW-125 according to your forecast of 3 May.

We have already booked PU material and 608ZZ bearings for the 4,800 pcs and they are in our
warehouse now, so we can ship 1,200 pcs per month from August.

Please send us the PO number for our system.

Best regards,
""") + SIG_KEVIN + T("""

-----Original Message-----
From: Pieter van der Merwe <pieter.vdmerwe@karoomed.co.za>
Sent: Friday, May 3, 2024 4:15 PM
To: Kevin Lin <kevin.lin@jinhua-mobility.com.tw>
Subject: WW-125 forecast Aug-Nov

""") + quote("""
Hi Kevin,

FYI our non-binding forecast for WW-125 for August to November: 1 200 per month, 4 800 in total.

This is a forecast for your planning only - not an order and not a release. Nothing is to be
made or bought against it.

Cheers
Pieter
""")
case("p32", ["RG006", "RG008"],
     "supplier calls a quoted non-binding forecast a 'firm order of 4,800' and has bought material for it", [
    ("RE_WW-125_Aug-Nov.eml", eml_bytes(mail(
        KEVIN, PIETER, "RE: WW-125 forecast Aug-Nov", dt(2024, 5, 13, 10, 2, 8), _p32_text,
        in_reply_to="<h193-kmw-0503@karoomed.co.za>"))),
])

# p33 WhatsApp: yearly forecast "please consider as our commitment" (JP -> VN), TXT
case("p33", ["RG008"],
     "buyer: yearly forecast of 3,000 covers 'please consider as our firm commitment' (POs to follow)", [
    ("WhatsApp Chat with Aiko Fujita Hinode.txt", T("""
[2024/07/01 11:02] Aiko Fujita (Hinode): Ms. Lan, good afternoon. About CC-4545-JP navy, our yearly forecast is 3,000 pcs for the 12 clinics.
[2024/07/01 11:03] Aiko Fujita (Hinode): Please consider the 3,000 pcs as our firm commitment for this year.
[2024/07/01 11:04] Aiko Fujita (Hinode): Purchase orders will come every quarter by mail.
[2024/07/01 11:20] Nguyen Thi Lan: Dear Ms. Aiko thank you so much! We will plan 3,000 pcs, 250 pcs/month 🙏
[2024/07/01 11:21] Aiko Fujita (Hinode): Thank you. よろしくお願いします。
""")),
])

# p34 buyer portal: firm quantities generated from the forecast; "Released" for PO workflow and production (US -> CN), HTML
case("p34", ["RG008", "RG009"],
     "portal turns forecast into binding 'firm order qty'; 'Released' used for PO workflow and for production", [
    ("BMS_portal_demand_Kangda.html", html_page("Buckeye Supplier Collaboration Portal", """
<h2>Buckeye Supplier Collaboration Portal</h2>
<p>Supplier: Foshan Kangda Rehab Equipment Co., Ltd. (700418) &middot; Item CT-19-BLK crutch tip 19 mm &middot; Generated 07/16/2024</p>
<table>
<tr><th>Period</th><th>Forecast qty</th><th>Firm order qty</th><th>PO</th><th>PO status</th><th>Production</th></tr>
<tr><td>2024-08</td><td>6,000</td><td>6,000</td><td>BMS-PO-240730</td><td>Released</td><td>Released</td></tr>
<tr><td>2024-09</td><td>8,000</td><td>8,000</td><td>BMS-PO-240731</td><td>Released</td><td>Not released</td></tr>
<tr><td>2024-10</td><td>8,000</td><td>8,000</td><td>-</td><td>-</td><td>Not released</td></tr>
</table>
<p class="note">Firm order quantities are generated automatically from the forecast and are binding for the
supplier and for Buckeye. PO status "Released" = PO released in the ERP. Production "Released" = you may produce
that month's quantity.</p>
<p>Production for September and October is not released. Each month is released only by a written release
from Sharon Whitfield, Director of Operations (release authority).</p>
<p>Questions: Mike Hendricks, Purchasing, (937) 555-0142</p>
""")),
])

# p35 "approved" for pilot, PO and production in one mail; scope otherwise complete (US -> TW), EML multipart + HTML att
_p35_report = html_page("QMS test report TR-24-0712", """
<h3>Buckeye QMS - Test report TR-24-0712</h3>
<table>
<tr><th>Part</th><td>WCF-24-HD bariatric frame, DRG 2410 Rev A</td></tr>
<tr><th>Samples</th><td>12 pilot frames from Jin-Hua (PO BMS-PO-240718)</td></tr>
<tr><th>ISO 7176-8 static</th><td>pass (12/12)</td></tr>
<tr><th>ISO 7176-8 impact</th><td>pass</td></tr>
<tr><th>ISO 7176-8 fatigue, 200,000 cycles double drum</th><td>pass (2 frames)</td></tr>
<tr><th>Tested by</th><td>Tyler Brooks, 07/17/2024</td></tr>
</table>
""")
_p35_text = T("""
Kevin,

Quick update on the WCF-24-HD frames:

- The 12 pilot frames are approved. Tyler's test report is attached (export from our QMS).
- PO BMS-PO-240718 was approved by finance yesterday, so commercially we are covered for all 400.
- Production of the remaining 388 is not approved yet. They stay on hold until Sharon Whitfield
  signs the written release. She needs Tyler's sample sign-off report first, which should be
  done by Friday.

Material for the 388: nothing yet please.

Thanks
Mike
""") + SIG_MIKE
case("p35", ["RG009"],
     "'approved' used for the pilot frames, the PO (finance) and production in one mail; scope otherwise complete", [
    ("WCF-24-HD_update.eml", eml_bytes(mail(
        MIKE, KEVIN, "WCF-24-HD pilot frames - update", dt(2024, 7, 18, 11, 15, -4), _p35_text,
        html=html_from_text(_p35_text),
        attachments=[("TR-24-0712.html", _p35_report, "text/html")]))),
])

# p36 SAP display: PO "released" by release strategy and production release; no named person (NL -> PL), TXT
case("p36", ["RG005", "RG009"],
     "SAP PO 'released' via release strategy next to 'production release'; release only by unnamed departments", [
    ("ME23N_4500120911.txt", T("""
SAP ERP - Display Purchase Order (ME23N)          printed 11.07.2024 08:55   user JBAKKER
-------------------------------------------------------------------------------------------
Purchasing doc.  4500120911      Doc. type  NB Standard PO      Company code  VZ01
Vendor           300144  Ortomet Sp. z o.o., Bydgoszcz
Purch. org.      VZ10            Purch. group  M02 (Mobility)
Release status   RELEASED  - release strategy Z1, code 20, released 10.07.2024 by Category Mgmt
-------------------------------------------------------------------------------------------
Itm  Material    Short text                                   PO qty  OUn  Net price  Deliv. date
10   KH-220-B    Knee brace hinge polycentric rev B              40   ST      41,50   12.08.2024
-------------------------------------------------------------------------------------------
Header text:
  Sample order: manufacture 40 sample hinges only.
  The production quantity of 1.160 ST (offer OT/24/152) is not released and stays on hold.
  Production release follows only after the sample sign-off by VeluweZorg Quality and a
  written production release from VeluweZorg Purchasing.
  Material: sample quantity only.
Item text 10:
  Drawing KH-220 rev B, stainless 1.4404, M4x0,7 screws. Measurement report 100%.
""")),
])

# p37 supplier weekly status: "released" for drawing, PO and production (IN -> JP), TXT mail
case("p37", ["RG009"],
     "supplier status mail uses 'released' for the drawing, the PO and production; hold restated correctly", [
    ("Weekly_status_PSA-30_wk28.txt", T("""
From: Rajesh Kulkarni <rajesh.k@sgorthotech.in>
To: Kenji Watanabe <k.watanabe@hinode-rehab.co.jp>
Cc: Yuko Morita <y.morita@hinode-rehab.co.jp>
Date: Fri, 12 Jul 2024 18:40:12 +0530
Subject: Weekly status - PSA-30 adaptors - PO HRG-24-0266 - wk 28

Dear Watanabe-san,

Greetings from Pune. Please find the weekly status as below.

1. Drawing SG-PSA30 Rev E: released by your engineering on 02-Jul, thank you.
2. PO HRG-24-0266: released in your system and received by us on 04-Jul.
3. Samples 40 nos.: machining completed. ISO 10328 P5 static test running at NABL lab,
   report expected 19-Jul.
4. Production release: pending. As per your PO the 1,560 nos. balance is on hold until
   Morita-san signs off the samples and Ono-san sends the written release. We have not
   purchased any material for the balance.

Kindly revert in case of any query.

Thanks & Regards,
Rajesh Kulkarni
Manager - Exports
Shree Ganesh Orthotech Pvt. Ltd., Pune
""")),
])

# p38 release letter with no quantity; "released" also used for the drawing (ZA -> TW), DOCX
case("p38", ["RG009", "RG010"],
     "release letter releases 'production' with no quantity; 'released' also used for the drawing", [
    ("KMW-REL-24-011.docx", docx_bytes([
        ("h1", "Production release KMW-REL-24-011"),
        ("p", "Karoo Medical Wholesale (Pty) Ltd, Unit 7, Allandale Park, Midrand 1685. Date: 8 July 2024."),
        ("p", "To: Jin-Hua Precision Mobility Co., Ltd., Taichung - attention Mr. Kevin Lin."),
        ("p", "Re: walker wheel WW-125 grey, PO KMW-24-0541."),
        ("p", "Following the sample sign-off by Lerato Mokoena on 2 July 2024 (20 samples, report "
              "QA-24-118: drum test 200 km passed, bearing noise OK), Karoo Medical hereby releases "
              "production of walker wheels WW-125 grey under PO KMW-24-0541."),
        ("p", "Drawing JH-WW125 Rev.03 is released for production as well; Rev.02 is withdrawn."),
        ("p", "Please confirm the first shipment date by return mail."),
        ("sp",),
        ("p", "Thandi Nkosi"),
        ("p", "Procurement Manager (release authority), Karoo Medical Wholesale (Pty) Ltd"),
    ], author="Thandi Nkosi")),
])

# p39 buyer forwards a quote with two sample options and says "proceed with the sample lot" (NL -> TW), EML rfc822
_p39_fwd = mail(
    AMY, addr("Ruud van Dijk", "r.vandijk@veluwezorg.nl"), "Quotation JH-Q24-0702 - walker wheel WW-125-B (blue)",
    dt(2024, 7, 2, 15, 10, 8), T("""
Dear Mr. van Dijk,

Nice to meet you at the REHACARE preview. As discussed, please see our quotation JH-Q24-0702:

Walker wheel WW-125-B, blue PU tread, 8 mm bore, 608ZZ
- Sample lot A: 12 pcs (one tread hardness, 85 Shore A), USD 11.00/pc
- Sample lot B: 24 pcs (two tread hardness, 85 and 92 Shore A), USD 10.40/pc
- Production: 2,400 pcs, USD 3.20/pc, 45 days

FOB Taichung, validity 60 days.

Best regards,
Amy Chen
Project Coordinator, Jin-Hua Precision Mobility
"""), msgid="<h193-jhq0702@jinhua-mobility.com.tw>")
_p39_text = T("""
Dear Kevin,

Ruud forwarded me Amy's quotation below. Please proceed with the sample lot from this quotation
under our PO 4500121004.

The production quantity in the quotation is not released. It stays on hold until Femke Jansen
(QA) has signed off the samples and Anouk de Vries, Category Manager Mobility, sends a written
release. Only Anouk can release production.

Material for the sample lot only, please.

Met vriendelijke groet,
""") + SIG_JORIS
case("p39", ["RG010"],
     "buyer says 'proceed with the sample lot' but the forwarded quote offers two sample lots (12 or 24); no quantity stated", [
    ("PO_4500121004_FW_quotation.eml", eml_bytes(mail(
        JORIS, KEVIN, "PO 4500121004 - FW: Quotation JH-Q24-0702 - walker wheel WW-125-B (blue)",
        dt(2024, 7, 5, 10, 45, 2), _p39_text, cc=addr("Ruud van Dijk", "r.vandijk@veluwezorg.nl"),
        attachments=[("rfc822", _p39_fwd)]))),
])

# p40 PO with sample quantity "TBA" and an unscoped "Approved - please proceed" (JP -> VN), PDF
case("p40", ["RG002", "RG010"],
     "sample PO with quantity 'TBA' and an unscoped 'Approved - please proceed'; hold, event and authority stated", [
    ("HRG-24-0490.pdf", pdf([
        ("h1", "PURCHASE ORDER HRG-24-0490"),
        ("p", "Hinode Rehabilitation Clinic Group - Procurement Section, Osaka - 2024-07-10"),
        ("table", [
            ["Supplier", "Minh Phat Rubber & Textile Co., Ltd., Binh Duong, Vietnam"],
            ["Person in charge", "Kenji Watanabe"],
            ["Payment", "T/T in advance for samples"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit (USD)", "Amount"],
            ["1", "CC-4545-JP", "Cushion cover 45x45x8, navy, PU-coated knit - sample", "per sample plan (TBA)",
             "6.50", "TBA"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "Production quantity is not released. It is on hold until sample sign-off by Ms. Yuko Morita "
              "and a written release from Mr. Takeshi Ono, General Manager Equipment Division. Only "
              "Mr. Ono can release production."),
        ("p", "Flammability EN 1021-1/-2 and wash test 95 deg C x 50 cycles reports with samples."),
        ("sp",),
        ("p", "Approved - please proceed."),
        ("p", "K. Watanabe, Section Chief"),
    ], title="HRG-24-0490", author="Hinode Rehabilitation Clinic Group")),
])

# p41 thread: first mail 30 samples / balance 1.170, latest mail "as in our PO" 36 / 1.164 (NL <-> PL), EML two-level quote
_p41_text = T("""
Hi Piotr,

Thanks. To be sure we are aligned, as in our PO 4500121120: thirty-six (36) sample hinges
KH-220-L. The balance of 1.164 pcs stays on hold until Femke Jansen signs off the samples and
Anouk de Vries sends you the written release. Material only for the samples.

Week 33 is fine.

Met vriendelijke groet,
""") + SIG_JORIS + T("""

Op 16-07-2024 om 08:51 schreef Piotr Wiśniewski:
""") + quote("""
Dear Joris,

thank you for PO 4500121120. We confirm 30 pcs samples KH-220-L, delivery week 33.
Balance not planned, we wait for the written release.

Best regards
Piotr
""") + T("""
>
> Op 15-07-2024 om 14:03 schreef Joris Bakker:
""") + quote("""
Dear Piotr,

PO 4500121120 for the KH-220-L lateral hinge rev B:
- Active quantity: 30 (thirty) sample hinges.
- Balance 1.170 pcs: NOT released, on hold.
- Unlock: sample sign-off by Femke Jansen, then a written release from Anouk de Vries,
  Category Manager Mobility. Only Anouk can release.
- Material: samples only.

Joris
""", level=2)
case("p41", ["RG011"],
     "same PO: first mail (two-level quote) says 30 samples / balance 1.170, latest mail says 36 / 1.164 'as in our PO'", [
    ("RE_RE_PO_4500121120.eml", eml_bytes(mail(
        JORIS, PIOTR, "RE: RE: PO 4500121120 - KH-220-L samples", dt(2024, 7, 16, 13, 20, 2), _p41_text,
        in_reply_to="<h193-ot-0716@ortomet.pl>"))),
])

# p42 multi-file: buyer release page (PO 4500121150, 400) vs supplier ack (PO 4500121510, 460) (NL <-> PL), HTML + TXT
case("p42", ["RG011"],
     "buyer release: PO 4500121150, 400 released; supplier acknowledgement of the same release: PO 4500121510, 460", [
    ("VZ-REL-121150-01.html", html_page("VZ Leveranciersportaal - Release VZ-REL-121150-01", """
<h2>VeluweZorg Leveranciersportaal</h2>
<h3>Release notice VZ-REL-121150-01</h3>
<table>
<tr><th>Purchase order</th><td>4500121150</td></tr>
<tr><th>Supplier</th><td>Ortomet Sp. z o.o. (300144)</td></tr>
<tr><th>Part</th><td>KH-220-B knee-brace hinge, rev B</td></tr>
<tr><th>Quantity released</th><td>400 pcs</td></tr>
<tr><th>Unlock event</th><td>sample sign-off 05-07-2024 (Femke Jansen, report SO-24-040)</td></tr>
<tr><th>Authorized by</th><td>Anouk de Vries, Category Manager Mobility</td></tr>
<tr><th>Material authority</th><td>400 pcs</td></tr>
<tr><th>Balance</th><td>760 pcs - not released, on hold until lot acceptance of the first 400 and a written release by Anouk de Vries</td></tr>
</table>
<p>Date: 08-07-2024</p>
<p><a href="#">Acknowledge release</a></p>
""")),
    ("OA_2024_0733.txt", T("""
ORTOMET Sp. z o.o.
ul. Przemysłowa 14, 85-758 Bydgoszcz, Polska
NIP 554-000-11-22

POTWIERDZENIE / ACKNOWLEDGEMENT  OA/2024/0733          Bydgoszcz, 09.07.2024

Customer : VeluweZorg Hulpmiddelen B.V., Apeldoorn
Ref.     : your release VZ-REL-121150-01

We acknowledge your production release:

  PO number          : 4500121510
  Part               : KH-220-B knee-brace hinge rev B
  Quantity released  : 460 pcs
  Start production   : KW 29
  Delivery           : KW 33 (230 pcs) and KW 35 (230 pcs)

Balance remains on hold, we wait for your next written release.

Katarzyna Nowak
Planowanie produkcji / Production Planning
""")),
])

# p43 deposit wired, "so go ahead with production"; SWIFT copy as text attachment (US -> CN), EML
_p43_swift = T("""
{1:F01PNCCUS33AXXX0000000000}{2:O1030915240715BKCHCNBJ...XN}
:20:BMS240715-0031
:23B:CRED
:32A:240715USD1530,00
:50K:/1234567890
BUCKEYE MOBILITY SUPPLY INC
3150 OLD TROY PIKE DAYTON OH 45414
:59:/44050188801230000456
FOSHAN KANGDA REHAB EQUIPMENT CO LTD
NANHAI DISTRICT FOSHAN GUANGDONG CN
:70:PO BMS-PO-240720 30PCT DEPOSIT
:71A:OUR
-}
""")
_p43_text = T("""
Hi Jason,

We wired the 30% deposit this morning for PO BMS-PO-240720 (3,000 EA crutch tips CT-22-GRY,
repeat order, no sample stage). MT103 copy attached, USD 1,530.00.

So go ahead with production.

Please send me the ship date once you have it.

Thanks,
Mike
""") + SIG_MIKE
case("p43", ["RG002", "RG012"],
     "buyer: 'we wired the 30% deposit ... so go ahead with production' - unscoped go-ahead and deposit treated as release", [
    ("BMS-PO-240720.eml", eml_bytes(mail(
        MIKE, JASON, "BMS-PO-240720 deposit sent", dt(2024, 7, 15, 9, 40, -4), _p43_text,
        cc=addr("Karen Olsen", "kolsen@buckeyemobility.com"),
        attachments=[("MT103_BMS240715-0031.txt", _p43_swift, "text/plain")]))),
])

# p44 supplier order confirmation: balance 975 "will start upon receipt of 30% down payment" (TW -> NL), PDF
case("p44", ["RG012"],
     "supplier order confirmation: balance 975 not released by the PO but will start on receipt of the down payment", [
    ("JH-OC-24-0719.pdf", pdf([
        ("h1", "ORDER CONFIRMATION JH-OC-24-0719"),
        ("p", "Jin-Hua Precision Mobility Co., Ltd., Taichung, Taiwan - 2024/07/19"),
        ("table", [
            ["Customer", "VeluweZorg Hulpmiddelen B.V., Apeldoorn, Netherlands"],
            ["Customer PO", "4500121233"],
            ["Part", "Walker wheel WW-125-G, 125 mm grey, 8 mm bore"],
        ]),
        ("sp",),
        ("table", [
            ["No.", "Scope", "Qty (pcs)", "Unit price EUR", "Amount EUR", "Ship date"],
            ["1", "Sample (per PO)", "25", "9.10", "227.50", "2024/08/09"],
            ["2", "Production balance (quoted)", "975", "2.95", "2,876.25", "45 days after down payment"],
        ]),
        ("sp",),
        ("h", "Terms"),
        ("p", "1. Production of the balance 975 pcs is not released by your PO 4500121233. We will start it "
              "upon receipt of the 30% down payment (EUR 862.88)."),
        ("p", "2. Samples: payment 100% before shipment."),
        ("p", "3. FOB Taichung. Bank: Taichung Commercial Bank, SWIFT TCBBTWTH."),
        ("p", "Kevin Lin, Sales Manager"),
    ], title="JH-OC-24-0719", author="Jin-Hua")),
])

# p45 supplier PO acceptance: "with acceptance the order is confirmed, we start the full 2 000" (IN -> ZA), DOCX
case("p45", ["RG012"],
     "supplier PO acceptance restates the hold, then treats its acceptance as authority to start the full 2 000", [
    ("SGO_PO_acceptance_KMW-24-0615.docx", docx_bytes([
        ("h1", "PO ACCEPTANCE FORM"),
        ("p", "Shree Ganesh Orthotech Pvt. Ltd., Plot D-42, Chakan MIDC Phase II, Pune 410501. "
              "Ref.: SGO/POA/24-25/019. Date: 16-Jul-2024."),
        ("table", [
            ["Customer", "Karoo Medical Wholesale (Pty) Ltd, Midrand"],
            ["Customer PO", "KMW-24-0615 dated 12-Jul-2024"],
            ["Part", "PSA-30 pyramid socket adaptor, Ti6Al4V, drawing SG-PSA30 Rev E"],
            ["PO scope (as written by customer)",
             "20 sample adaptors. Production balance 1 980 not released, on hold until sample sign-off "
             "by Lerato Mokoena and written release by Thandi Nkosi."],
        ]),
        ("h", "Acceptance"),
        ("p", "We hereby accept the above purchase order with its terms and conditions."),
        ("h", "Supplier remarks"),
        ("p", "With the acceptance of this PO the order is confirmed and we are authorised to manufacture. "
              "To meet your October requirement we will start production of the full 2 000 nos. along with "
              "the samples."),
        ("sp",),
        ("p", "For Shree Ganesh Orthotech Pvt. Ltd."),
        ("p", "Anil Deshmukh, Plant Head"),
    ], author="Anil Deshmukh")),
])


# =================================================================== write
def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9_.-]+", "_", s).strip("_")
    return s


def main():
    assert len(CASES) == 70, len(CASES)
    assert sum(1 for c in CASES if not c["expect"]) == 25
    order = list(CASES)
    random.Random(193193).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h193_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
