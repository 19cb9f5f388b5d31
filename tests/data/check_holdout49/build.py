#!/usr/bin/env python3
"""Generator for the releasegate check_holdout49 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout49/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).

Renderer helpers copied from check_holdout3/build.py (lines 1-203); all cases below were
written independently for this corpus.
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
    m["Message-ID"] = msgid or f"<h49-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h49")
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


def html_table(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    out = [f"<table{c}>"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{escape(str(x))}</{tag}>" for x in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


HTML_MT = "text/html"
TXT_MT = "text/plain"


# ------------------------------------------------------------- people & parties
VMS = "Veldhoven Motion Systems B.V."
KES = "Kessler Vakuumtechnik GmbH"
BLL = "Brightline Lithography Inc."
MWA = "Meridian Wafer Automation Pte. Ltd."
EIP = "EIP Eindhoven Integration Partners B.V."
SPS = "Solano Plasma Systems, Inc."
RMH = "Rhein-Main Halbleiteranlagen GmbH"
HPM = "Hsinchu Precision Machining Co., Ltd."
TVW = "Taichung Vacuum Welding Works Co., Ltd."
DCT = "Daejeon Ceramic Tech Co., Ltd."
CVC = "Changwon Vacuum Components Co., Ltd."
PPS = "Penang Precision Sdn. Bhd."
KAF = "Kulim Anodize & Finishing Sdn. Bhd."
BSB = "Brno Strojirna s.r.o."
OKA = "Ostrava Keramika a.s."

SANNE = "Sanne Bakker <s.bakker@veldhoven-motion.nl>"
JOOST = "Joost van Dijk <j.vandijk@veldhoven-motion.nl>"
TOBIAS = "Tobias Krueger <tobias.krueger@kessler-vakuum.de>"
MEGAN = "Megan O'Connell <moconnell@brightline-litho.com>"
WEILING = "Tan Wei Ling <weiling.tan@meridian-wa.com.sg>"
FEMKE = "Femke de Groot <f.degroot@eip-integration.nl>"
BRAM = "Bram Visser <b.visser@eip-integration.nl>"
CARLOS = "Carlos Medina <cmedina@solano-plasma.com>"
PRIYA = "Priya Raman <praman@solano-plasma.com>"
KATRIN = "Katrin Schulze <k.schulze@rheinmain-hla.de>"
KEVIN = "Kevin Lin <kevin.lin@hsinchu-pm.com.tw>"
JASON = "Jason Wu <jason.wu@tvww.com.tw>"
JIHOON = "Park Ji-hoon <jh.park@dct-ceramic.kr>"
SOOYEON = "Kim Soo-yeon <sy.kim@changwon-vc.co.kr>"
MEILING = "Lee Mei Ling <meiling.lee@penang-precision.com.my>"
AISYAH = "Nurul Aisyah <aisyah@kulim-af.com.my>"
TOMAS = "Tomas Novak <novak@bs-brno.cz>"
PETRA = "Petra Dvorakova <dvorakova@bs-brno.cz>"
JAKUB = "Jakub Horak <horak@ostrava-keramika.cz>"

PO_TERMS = ("General terms: this purchase order is subject to the buyer's general purchasing conditions "
            "(version 2023-01), available on request. Deviations from drawing or specification require "
            "a written deviation permit. Certificate of conformity and material certificates EN 10204 "
            "3.1 to accompany every shipment. Invoice to accounts payable, quoting the PO number.")


def chat(title, lines, exported):
    """Render a Teams-style chat export. lines: (timestamp, speaker, text)."""
    out = ["Microsoft Teams - chat export", f"Conversation: {title}", f"Exported: {exported}", ""]
    for ts, who, txt in lines:
        first, *rest = txt.split("\n")
        out.append(f"[{ts}] {who}: {first}")
        for r in rest:
            out.append(f"    {r}")
    return "\n".join(out) + "\n"


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers; no authorization anywhere
case("c01_quote_tiers_dct", [],
     "Supplier quotation alone with sample/production/volume tiers; no authorizing document in the bundle.",
     [("DCT-Q-2405-017.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", f"{DCT} - 45, Techno 2-ro, Yuseong-gu, Daejeon 34015, Republic of Korea - Tel +82 42 000 1180"),
         ("p", f"To: {VMS}, De Run 6110, 5504 DM Veldhoven, NL. Attn. Sanne Bakker (Purchasing), "
               "Joost van Dijk (Mechanical Engineering)"),
         ("p", "Quotation no.: DCT-Q-2405-017    Date: 2024-05-07    Validity: 60 days    Your RFQ: VMS-RFQ-24-0219"),
         ("sp",),
         ("table", [
             ["Item", "Description", "Drawing / rev", "Quantity", "Unit price EUR", "Lead time"],
             ["1", "Lift pin, sintered SiC, CVD SiC coated", "7120-551-0300 rev B", "10 pcs (sample lot)", "64.00", "5 weeks ARO"],
             ["2", "Lift pin, as item 1", "7120-551-0300 rev B", "490 pcs (production)", "21.40", "8 weeks after your written production release"],
             ["3", "Lift pin, as item 1", "7120-551-0300 rev B", "1,000 pcs and up", "18.90", "8 weeks after your written production release"],
             ["4", "Grinding fixture (tool kit), one-time", "-", "1 set", "1,150.00", "with item 1"],
         ]),
         ("sp",),
         ("p", "Technical: alpha-SiC, pressureless sintered, CVD SiC coating 100 um +/- 10 um. Tip radius R0.5. "
               "Flatness of contact face 0.005 mm, Ra <= 0.2 um. Ultrasonic clean, DI rinse, bake 120 C, "
               "double bagged in an ISO 14644-1 class 5 environment."),
         ("p", "Commercial: prices FCA Daejeon (Incoterms 2020), excluding VAT. Payment 60 days net from invoice. "
               "The tool kit remains the property of the buyer once paid."),
         ("p", "This quotation is an offer only. It does not commit either party to the quantities shown "
               "for items 2 and 3; those tiers show pricing for planning."),
         ("p", "Contact: Park Ji-hoon, Sales Manager - jh.park@dct-ceramic.kr - +82 10 0000 4417"),
     ], title="Quotation DCT-Q-2405-017", author="Daejeon Ceramic Tech"))])

# c02 supplier asks whether it has a go-ahead; question, not an approval
_c02_txt = """Hi Megan,

FAI on the 10 pcs gripper arm (PN 3380-1142-01 rev A, your PO 4500-81302) is complete. CMM
summary attached: all 146 characteristics in tolerance, worst case flatness 0.011 / 0.020 on
datum A. Ra 0.32-0.38 on the pad faces (spec Ra 0.4 max). Clear anodize Type II measured
10-12 um. Parts are cleanroom bagged and go out with DHL tomorrow; AWB to follow.

Question on the next step: do we have a go-ahead for the 390 balance now, or should we wait
for the written release from Dana Whitfield? Our floor will not start anything beyond the 10
until we hear from you. We only ask because we want to hold the wk 25 build slot if it is
coming.

Thanks and best regards,
Mei Ling
""" + sig("Lee Mei Ling", "Customer Program Manager", PPS + ", Bayan Lepas, Penang", "+60 4 000 2290")
_c02_att = """FAI SUMMARY - PN 3380-1142-01 REV A - PO 4500-81302
Serial   Flatness A   Bore D12H7     Pos. 4x M4   Ra pad   Anodize   Result
-------  -----------  -------------  -----------  -------  --------  ------
FA-01    0.011        12.008         0.018        0.36     11.2      PASS
FA-02    0.009        12.006         0.015        0.34     10.8      PASS
FA-03    0.010        12.009         0.021        0.32     11.5      PASS
FA-04    0.008        12.007         0.017        0.38     10.4      PASS
FA-05    0.011        12.010         0.019        0.35     11.9      PASS
FA-06    0.007        12.005         0.016        0.33     10.9      PASS
FA-07    0.010        12.008         0.020        0.37     11.1      PASS
FA-08    0.009        12.006         0.018        0.34     12.0      PASS
FA-09    0.010        12.007         0.014        0.36     10.6      PASS
FA-10    0.008        12.009         0.017        0.35     11.3      PASS
CMM: Zeiss Contura, program 3380-1142-01_A_v3. Inspector: Ahmad Faiz.
"""
case("c02_supplier_question", [],
     "Supplier asks whether it has a go-ahead for the balance and says it will wait; a question authorizes nothing.",
     [("RE_PO_4500-81302_FAI.eml", eml_bytes(mail(
         MEILING, MEGAN, "RE: PO 4500-81302 gripper arm - FAI lot complete / next step?",
         "Tue, 21 May 2024 16:40:00 +0800", _c02_txt, cc="Ahmad Faiz <faiz@penang-precision.com.my>",
         attachments=[("FAI_summary_3380-1142-01.txt", _c02_att, TXT_MT)])))])

# c03 labelled forecast, HTML
_c03_rows = [["Part", "Description", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
             ["8801-4420-11 rev C", "Cathode shield, 6061, hard anodize 50 um", "120", "120", "160", "160", "200", "200", "120"],
             ["8801-4420-12 rev B", "Liner, 6061, hard anodize 50 um, sealed", "60", "60", "80", "80", "80", "100", "60"],
             ["8801-5002-03 rev A", "Gas ring, 5083, Type III, unsealed", "40", "0", "40", "0", "40", "0", "40"]]
case("c03_forecast_labelled", [],
     "Buyer forecast labelled not-an-order, no production or material authority; quantities are planning only.",
     [("SPS_forecast_KAF_2024W20.html", html_page("Rolling forecast - Kulim Anodize - 2024-W20", f"""
<h2>Solano Plasma Systems - rolling forecast to Kulim Anodize &amp; Finishing</h2>
<p>Issued 2024-05-17 by Priya Raman, Sr. Buyer, Fremont CA. Revision W20 replaces W16.</p>
<div class="note"><b>FORECAST ONLY - NOT AN ORDER.</b> The figures below are planning information for
your capacity and chemistry planning. They release no production and give no material authority.
Work is authorized only by a PO or a call-off signed by Priya Raman.</div>
{html_table(_c03_rows)}
<p>Forecast accuracy historically +/-30 %. Prices per quote KAF-Q-24-033 rev 1. Racking per
SPS-SPEC-AN-004 rev 7; thickness check per ISO 2360 at 5 points; no rack marks on sealing faces.</p>
<p>Questions: praman@solano-plasma.com, +1 510 000 4471.</p>
"""))])

# c04 scoped FAI sign-off with complete hold
_c04_txt = """Hi Jason,

Joost has finished the incoming inspection on the five (5) chamber lid weldments
(PN 7120-410-0100 rev D) from PO 4500183777. Outcome:

- FAI sign-off for dimensions and helium leak rate only. All 5 lids below 2E-10 mbar.l/s,
  thank you. Surface finish in the O-ring groove is still under review (we see Ra 0.9 on
  lid S/N 003, spec is Ra 0.8).
- The 5 FAI lids remain the only quantity authorized on this PO.
- The 95 production lids are NOT released. Please do not start them and do not buy
  plate for them.
- Production release comes only in writing from Marieke Jansen (Supply Chain Manager),
  after our fit check on the integration tool in week 24.

If the fit check moves I will tell you straight away so you can plan your build slot.

Groet,
Sanne
""" + sig("Sanne Bakker", "Buyer, Vacuum & Frames", VMS, "+31 40 000 5512")
_c04_html = ("<p>Hi Jason,</p><p>Joost has finished the incoming inspection on the five (5) chamber lid "
             "weldments (PN 7120-410-0100 rev D) from PO 4500183777. Outcome:</p><ul>"
             "<li>FAI sign-off for dimensions and helium leak rate only. All 5 lids below 2E-10 mbar.l/s. "
             "Surface finish in the O-ring groove is still under review.</li>"
             "<li>The 5 FAI lids remain the only quantity authorized on this PO.</li>"
             "<li>The 95 production lids are <b>NOT released</b>. Please do not start them and do not buy plate for them.</li>"
             "<li>Production release comes only in writing from Marieke Jansen (Supply Chain Manager), after our fit "
             "check on the integration tool in week 24.</li></ul><p>Groet,<br>Sanne</p>")
case("c04_fai_scoped_signoff", [],
     "FAI sign-off scoped to dimensions/leak; active 5, 95 not released, written release by named person after fit check.",
     [("FAI_result_4500183777.eml", eml_bytes(mail(
         SANNE, JASON, "PO 4500183777 chamber lids - FAI result", "Mon, 03 Jun 2024 11:05:00 +0200",
         _c04_txt, html=_c04_html, cc=JOOST)))])

# c05 full-quantity PO that says proceed
case("c05_po_full_qty", [],
     "Repeat production PO for the full 60 pcs; no sample lot and no balance; 'proceed with the 60 pcs' is scoped.",
     [("PO_55-12044.pdf", pdf([
         ("h1", "PURCHASE ORDER 55-12044"),
         ("p", f"{SPS} - 47000 Kato Road, Fremont, CA 94538, USA"),
         ("p", f"Supplier: {CVC}, 21 Seongsan-ro, Changwon, Gyeongnam, Korea. Supplier no. 200871"),
         ("p", "PO date: 2024-05-14    Buyer: Carlos Medina    Terms: Net 45    Incoterms: FCA Busan"),
         ("sp",),
         ("table", [
             ["Line", "Part / rev", "Description", "Qty", "Unit USD", "Ext USD", "Need date"],
             ["10", "8801-3310-02 rev A", "Adapter KF40 to ISO-F 100, 316L, EP inside", "60 EA", "88.00", "5,280.00", "2024-07-08"],
         ]),
         ("sp",),
         ("p", "Repeat order. This part has been in series production since 2022 (last lot PO 55-10877, "
               "shipped 2024-02). Full order quantity: 60 pcs. There is no sample lot, no balance and no "
               "further release to come on this PO."),
         ("p", "Please proceed with the 60 pcs for the need date above and confirm within 3 working days."),
         ("p", "Specification: helium leak test <= 1E-9 mbar.l/s per SOP-VAC-012 rev 4; bake-out 120 C / 48 h; "
               "electropolish per ASTM B912; double bag, nitrogen purge, cleanroom label with lot number."),
         ("p", PO_TERMS),
         ("p", "Carlos Medina, Senior Buyer - cmedina@solano-plasma.com - +1 510 000 4410"),
     ], pagesize=LETTER, title="PO 55-12044", author="Solano Plasma Systems"))])

# c06 explicit recorded auto-conversion
case("c06_record_AC-2024-007", [],
     "Explicit recorded auto-conversion naming quantity, signer and condition; samples active, balance held until then.",
     [("AC-2024-007_wafer_paddle.docx", docx_bytes([
         ("h1", "Auto-conversion record AC-2024-007"),
         ("p", f"Buyer: {MWA}, 2 Kallang Avenue, Singapore 339407"),
         ("p", f"Supplier: {HPM}, Hsinchu Science Park, Taiwan"),
         ("p", "Order: wafer paddle, PN 7120-660-0014 rev B (Al2O3 99.5 %, ground, 3 vacuum grooves)"),
         ("p", "Recorded: 3 May 2024 by Lim Boon Keat, Head of Supply Chain, release authority for this order "
               "(limit SGD 250,000)."),
         ("h", "What is authorized now"),
         ("p", "PO 7781-0201 line 1: six (6) first-article paddles. Material authority: sample-only."),
         ("h", "Recorded auto-conversion"),
         ("p", "Both parties agree in advance: when Arjun Nair (Lead Mechanical Engineer) signs the FAI report for "
               "the 6 paddles with the disposition 'approved', 144 production paddles are released by that "
               "signature alone, without a further document. The release then covers PO 7781-0201 line 2 "
               "(144 pcs) and nothing more."),
         ("p", "Conditions: all FAI characteristics in tolerance, flatness 0.010 mm or better, particle count "
               "per MWA-SPEC-CL-002 class A. An interim or rejected disposition releases nothing."),
         ("p", "Until that signature the 144 paddles are not released and no material may be bought for them."),
         ("table", [["Quantity", "Status today", "Unlocked by"],
                    ["6", "authorized (first article)", "-"],
                    ["144", "not released", "FAI report signed 'approved' by Arjun Nair (this record)"]]),
         ("sp",),
         ("p", "Signed: Lim Boon Keat (MWA)        Acknowledged: Kevin Lin, Sales Manager (HPM)"),
     ], author="Lim Boon Keat"))])

# c07 supplier: deposit does not release production
_c07_txt = """Dear Mrs Schulze,

thank you - the deposit of EUR 4,860.00 (30 % of the total of PO 4500-2254) arrived on our
account today.

To put our understanding in writing: the deposit does not release production. We are building
the six (6) FAI frames only (drawing 60-2210-004 Rev F, S355 weldment, stress relieved,
machined, powder coated RAL 7035). The 194 series frames remain on hold until your written
production release, which we understand follows the FAI sign-off at your site. We have not
bought tube or plate for the series frames and will not do so before that release.

FAI frames: welding done, stress relief in the oven tonight, machining Wednesday on the
DMU 125. Planned shipment Friday 31 May, truck via Dresden.

S pozdravem / Mit freundlichen Gruessen
Petra Dvorakova
""" + sig("Petra Dvorakova", "Obchodni oddeleni / Sales", BSB + ", Brno, CZ", "+420 500 000 318")
case("c07_deposit_not_release", [],
     "Supplier confirms the deposit does not release production; builds the 6 FAI frames only, 194 on hold.",
     [("Deposit_PO_4500-2254.eml", eml_bytes(mail(
         PETRA, KATRIN, "PO 4500-2254 - deposit received / Anzahlung erhalten", "Mon, 27 May 2024 14:22:00 +0200",
         _c07_txt)))])

# c08 ERP call-off with explicit staged material authority above the released quantity
_c08 = """BRIGHTLINE LITHOGRAPHY INC.                         CALL-OFF / RELEASE            PAGE 1 OF 1
2200 NE BROOKWOOD PKWY, HILLSBORO OR 97124                                   RUN 2024-06-03 07:12
--------------------------------------------------------------------------------------------------
SUPPLIER   : 300457  PENANG PRECISION SDN BHD, BAYAN LEPAS, MY
BLANKET PO : 4500-80990          CALL-OFF NO : 03          BUYER : M.O'CONNELL
PART       : 3380-1120-07 REV C  FRAME BRACKET, 6061-T6, CLEAR ANODIZE TYPE II
--------------------------------------------------------------------------------------------------
CONTRACT QTY (COMMERCIAL COVER) ......................      400 EA
RELEASED QTY - THIS CALL-OFF .........................       40 EA   SHIP BY 2024-07-15
CUM RELEASED INCL. THIS CALL-OFF (01+02+03) ..........      120 EA
BALANCE NOT RELEASED .................................      280 EA   ON HOLD
  NEXT RELEASE: CALL-OFF 04, SIGNED BY DANA WHITFIELD (DIR. SUPPLY CHAIN),
  AFTER LOT ACCEPTANCE OF CALL-OFF 03 AT RECEIVING INSPECTION.
MATERIAL AUTHORITY ...................................  STAGED UP TO 200 EA
  SUPPLIER MAY BUY AND CUT 6061-T6 BAR FOR UP TO 200 UNITS AT BUYER LIABILITY.
  MATERIAL FOR UNITS 201-400 IS AT SUPPLIER RISK.
--------------------------------------------------------------------------------------------------
NOTES: PACK 10/BAG, ESD BAG, LABEL WITH CALL-OFF NO. COC + ANODIZE CERT WITH EACH SHIPMENT.
       DRAWING REF 3380-1120-07 C, TOLERANCES ISO 2768-MK UNLESS NOTED.
--------------------------------------------------------------------------------------------------
AUTHORIZED: DANA WHITFIELD  2024-06-03                     *** END OF CALL-OFF 03 ***
"""
case("c08_calloff_staged_material", [],
     "Call-off 03 releases 40 (cum 120), 280 on hold until call-off 04 by Dana Whitfield; explicit staged material authority up to 200.",
     [("CALLOFF_4500-80990_03.txt", _c08)])

# c09 identifiers that look like quantities, full-quantity PO
case("c09_po_identifiers", [],
     "Full-quantity PO for 24 pcs; part numbers, norms, revs and leak rates look like quantities but none is an order quantity.",
     [("Bestellung_4500-2307.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500-2307"),
         ("p", f"{RMH} - Grenzstrasse 28, 01109 Dresden"),
         ("p", f"Lieferant / Supplier: {HPM}, No. 1200, Sec. 2, Guangfu Rd., Hsinchu 30071, Taiwan"),
         ("p", "Datum: 06.05.2024    Einkauf: Katrin Schulze    Kostenstelle 4800    Projekt P-2500"),
         ("sp",),
         ("table", [
             ["Pos", "Sachnummer", "Bezeichnung", "Menge", "Preis EUR", "Liefertermin"],
             ["10", "4022-480-1200 Rev 12", "Kuehlplatte, AlMg4.5Mn, gefraest, Zeichnung 3000-118", "24 Stk", "412,00", "KW 28"],
         ]),
         ("sp",),
         ("p", "Vollstaendige Bestellmenge / full order quantity: 24 Stk. Serienteil, keine Muster, kein "
               "Restbestand offen. Series part, no samples, no open balance."),
         ("p", "Specification: tolerances DIN ISO 2768-mK; flatness 0.02 over 480 mm; Ra 0.4 on the sealing "
               "face; threads M6x1.0 and M8x1.25 helicoil; helium leak test of the cooling channel "
               "<= 1E-9 mbar.l/s at 6 bar; cleaning and bagging per ISO 14644-1 class 5; "
               "material certificate EN 10204 3.1; RoHS 2011/65/EU."),
         ("p", "Verpackung: einzeln, doppelt verschweisst, Etikett mit Sachnummer, Rev und Charge."),
         ("p", PO_TERMS),
         ("p", "Katrin Schulze, Einkauf - k.schulze@rheinmain-hla.de - +49 351 000 2218"),
     ], title="Bestellung 4500-2307", author="Rhein-Main Halbleiteranlagen"))])

# c10 supplier acknowledgement restating the hold (buyer scope quoted and complete)
_c10_orig = """From: Tobias Krueger
Sent: Thursday, 16 May 2024 08:31
Subject: PO 4500-3301 insulator ring - FAI samples

Dear Mr. Park,

attached our PO 4500-3301. It covers six (6) FAI samples of the alumina insulator ring,
drawing 30-118-0447 Rev 05. The series quantity of 294 pcs shown in your quote is not
released. It will be released only by a written release from Mr. Andreas Vogel (Leiter
Supply Chain), after Dr. Petra Hoffmann has signed the FAI report. Material authority:
sample-only.

Mit freundlichen Gruessen
Tobias Krueger, Einkauf"""
_c10_txt = f"""Dear Mr. Krueger,

we acknowledge your PO 4500-3301 as written:

1. 6 pcs alumina insulator ring, drawing 30-118-0447 Rev 05, FAI samples. We build these 6 only.
2. Series quantity 294 pcs: not released. We will not start it and will not buy powder for it.
3. The series will be released only by written release from Mr. Andreas Vogel, after the
   FAI sign-off by Dr. Hoffmann.

Sample delivery: KW 26 (24 June 2024), FCA Daejeon, with dimensional report, density and
dielectric strength test (ASTM D149) on 2 of the 6 pcs.

Best regards,
Park Ji-hoon
{sig("Park Ji-hoon", "Sales Manager", DCT, "+82 42 000 1180")}
{quote(_c10_orig)}
"""
case("c10_ack_restates_hold", [],
     "Supplier acknowledgement restating the complete buyer scope (quoted): 6 FAI, 294 not released, Vogel releases after FAI sign-off.",
     [("ACK_PO_4500-3301.eml", eml_bytes(mail(
         JIHOON, TOBIAS, "RE: PO 4500-3301 insulator ring - FAI samples", "Fri, 17 May 2024 10:15:00 +0900",
         _c10_txt, in_reply_to="<h49-kes-3301@kessler-vakuum.de>")))])

# c11 stop notice
case("c11_stop_notice", [],
     "Buyer stop notice: nothing may start; released 20 stays, balance 380 not released; lift by Marieke Jansen after NCR closure.",
     [("SN-24-004_stop.pdf", pdf([
         ("h1", "STOP NOTICE SN-24-004"),
         ("p", f"From: {VMS}, Purchasing - To: {PPS}, attn. Lee Mei Ling"),
         ("p", "Date: 10 June 2024    Order: PN 7120-334-0040 rev C, PO 4500183522"),
         ("p", "Reason: NCR-2024-0480 - burrs and chips found inside the vacuum channel of 3 of the 12 pilot "
               "parts received on 6 June."),
         ("h", "Effective immediately"),
         ("p", "Nothing more may start on this order, released or not. The released quantity remains 20 pcs "
               "(8 FAI + 12 pilot); of these, 12 are shipped and 8 are in WIP. Under this stop the 8 in WIP "
               "must not be continued. Quarantine them, tagged SN-24-004."),
         ("p", "The balance of 380 pcs is not released, and this notice does not change that."),
         ("h", "Lifting the stop"),
         ("p", "The stop is lifted only by a written notice from Marieke Jansen, Supply Chain Manager, after "
               "NCR-2024-0480 is closed (8D with verified containment and a corrective action on the "
               "deburring of the cross bores)."),
         ("table", [["Item", "Quantity", "Status"],
                    ["Released (FAI + pilot)", "20", "12 shipped, 8 WIP - quarantined"],
                    ["Balance", "380", "not released"],
                    ["Material", "-", "no further purchase"]]),
         ("sp",),
         ("p", "Marieke Jansen, Supply Chain Manager - m.jansen@veldhoven-motion.nl"),
     ], title="Stop notice SN-24-004", author="Veldhoven Motion Systems"))])

# c12 Teams chat, buyer keeps scope; supplier asks about material, buyer says no
_c12 = chat("MWA x Penang Precision - chuck base 7120-880", [
    ("13/05/2024 09:02", "Tan Wei Ling (MWA)", "Morning Mei Ling! PO 7781-0230 went out last night, pls check your inbox"),
    ("13/05/2024 09:04", "Lee Mei Ling (Penang Precision)", "Morning! Got it, thanks. 8 pcs chuck base rev C right?"),
    ("13/05/2024 09:06", "Tan Wei Ling (MWA)", "Yes. PO 7781-0230 = 8 pilot chuck bases only.\nThe 112 balance is NOT released.\nUnlock: FAI sign-off by Arjun, then written release from Lim Boon Keat. Only Boon Keat can release it."),
    ("13/05/2024 09:09", "Lee Mei Ling (Penang Precision)", "Noted. Flatness 5 um on the vacuum face still, same as rev B?"),
    ("13/05/2024 09:11", "Arjun Nair (MWA)", "Flatness stays 5 um. Rev C only changes the 4x M5 to M6 and adds the groove chamfer 0.3x45"),
    ("13/05/2024 09:15", "Lee Mei Ling (Penang Precision)", "ok thanks Arjun. Wei Ling, one more - ok for us to buy the 6061 bar for all 120 now? mill lead time is 10 wks"),
    ("13/05/2024 09:21", "Tan Wei Ling (MWA)", "No, sorry - material for the 8 only for now.\nIf the lead time becomes a problem I will ask Boon Keat for a staged material authority in writing. Don't buy ahead of that."),
    ("13/05/2024 09:22", "Lee Mei Ling (Penang Precision)", "ok noted, 8 only. FAI parts ship wk 22 with CMM report"),
    ("13/05/2024 09:23", "Tan Wei Ling (MWA)", "perfect, thanks ya \U0001F44D"),
], "2024-05-21 17:02 (UTC+08:00)")
case("c12_chat_scope_kept", [],
     "Chat: buyer states 8 only, 112 not released, FAI sign-off + written release by Lim Boon Keat; refuses material for 120.",
     [("Teams_MWA_PPS_chuckbase.txt", _c12)])

# c13 release letter releasing the whole remaining balance
case("c13_release_PR-2024-031", [],
     "Production release of the remaining 180 after FAI sign-off, signed by the release authority; nothing left on hold.",
     [("Produktionsfreigabe_PR-2024-031.docx", docx_bytes([
         ("h1", "Produktionsfreigabe / Production release PR-2024-031"),
         ("p", f"{KES}, Carl-Zeiss-Promenade 12, 07745 Jena"),
         ("p", f"An / to: {TVW}, attn. Jason Wu"),
         ("p", "Datum / date: 29.05.2024    Bestellung / PO: 4500-3188    Sachnummer: 31-400-2210 Rev C, "
               "Kammerdeckel-Schweissbaugruppe (chamber lid weldment), 1.4404"),
         ("p", "Die FAI-Abnahme ist erfolgt: Erstmusterpruefbericht FAI-0448, unterschrieben von Dr. Petra Hoffmann "
               "(Qualitaetssicherung) am 28.05.2024. The FAI sign-off is done (report FAI-0448)."),
         ("p", "Hiermit geben wir die restlichen 180 Stueck fuer die Produktion frei. We hereby release the "
               "remaining 180 pcs for production."),
         ("table", [["", "Menge / qty"],
                    ["FAI lot (bereits geliefert / delivered)", "20"],
                    ["Released by this letter", "180"],
                    ["Total released / PO quantity", "200 of 200"],
                    ["Balance on hold", "0 - no balance remains"]]),
         ("sp",),
         ("p", "Delivery: 4 lots of 45 pcs, KW 30, 32, 34, 36. Helium leak test 100 % <= 5E-10 mbar.l/s, "
               "bake-out 150 C / 24 h, cleanroom bagging as for the FAI lot."),
         ("p", "Andreas Vogel, Leiter Supply Chain (Freigabeberechtigung bis EUR 500.000)"),
     ], author="Andreas Vogel"))])

# c14 partial call-off with complete hold, PDF table
case("c14_calloff_1_of_PO", [],
     "Call-off 1 releases 100 of 500 frames; 400 not released until call-off 2 signed by Femke de Groot after lot acceptance.",
     [("Calloff_01_PO_4100-7001.pdf", pdf([
         ("h1", "Call-off 01 - PO 4100-7001"),
         ("p", f"{EIP} - Achtseweg Zuid 151, 5651 GW Eindhoven"),
         ("p", f"Supplier: {BSB}, Hudcova 76, 612 00 Brno, CZ - attn. Tomas Novak"),
         ("p", "Date: 20 May 2024    Part: 60-3410-220 rev B, base frame weldment S355J2, machined, "
               "powder coated RAL 9006"),
         ("sp",),
         ("table", [
             ["", "Quantity", "Status", "Delivery"],
             ["PO 4100-7001 (commercial cover)", "500", "-", "-"],
             ["Call-off 01 (this document)", "100", "released for production", "2 x 50, wk 27 and wk 29"],
             ["Balance", "400", "not released", "-"],
         ]),
         ("sp",),
         ("p", "Only the 100 frames of call-off 01 may be produced. The balance of 400 frames is not released. "
               "It can only be released by call-off 02, signed by Femke de Groot (Purchasing Lead), after lot "
               "acceptance of call-off 01 at our receiving inspection."),
         ("p", "Material authority: material for the 100 frames of call-off 01 only."),
         ("p", "Weld per ISO 3834-2, EN ISO 5817 level C. Machined faces flatness 0.05 over 1200 mm. "
               "Protect machined faces with VCI film. Each frame with weld log and CMM report."),
         ("p", "Femke de Groot, Purchasing Lead - f.degroot@eip-integration.nl - +31 40 000 7730"),
     ], title="Call-off 01 PO 4100-7001", author="EIP"))])

# c15 interim disposition with limits, PDF attached to email
_c15_pdf = pdf([
    ("h1", "Interim disposition ID-0072"),
    ("p", f"{BLL} - Supplier Quality. Supplier: {CVC}. Part: 3380-2210-05 rev B, valve body, 316L, EP."),
    ("p", "Samples reviewed: 5 pcs (PO 4500-81450 line 1), report FAI-CVC-0311."),
    ("table", [["Characteristic", "Spec", "Found", "Disposition"],
               ["Bore finish", "Ra 0.4 max", "Ra 0.55-0.70", "deviation DEV-118 accepted to 30 Sep 2024"],
               ["All other characteristics", "per drawing", "in tolerance", "conforming"]]),
    ("sp",),
    ("p", "Sample sign-off: INTERIM. Limits: 50 pcs, and no later than 30 September 2024, whichever comes first."),
    ("p", "Production release under this interim: 50 pcs, released by Dana Whitfield (Director Supply Chain), "
          "signed below."),
    ("p", "The balance of 450 pcs is not released. It can be released only after full sample sign-off on 5 "
          "re-submitted pcs with Ra 0.4 bores, by a written release from Dana Whitfield."),
    ("p", "Raj Patel, SQE (sample sign-off)        Dana Whitfield, Director Supply Chain (production release)"),
], pagesize=LETTER, title="Interim disposition ID-0072", author="Brightline Supplier Quality")
_c15_txt = """Hello Soo-yeon,

Attached is the interim disposition for the valve bodies. Short version:

- Interim sample sign-off, limited to 50 pcs or 30 September, whichever comes first.
- 50 pcs released for production (signed by Dana, see PDF).
- The other 450 are not released. Please re-submit 5 pcs with Ra 0.4 bores; after full
  sign-off Dana sends the written release for the 450.

Please mark the 50 interim parts with "ID-0072" on the bag label.

Thanks,
Raj
""" + sig("Raj Patel", "Supplier Quality Engineer", BLL, "+1 503 000 6120")
case("c15_interim_ID-0072", [],
     "Interim sample sign-off with quantity/date limit; 50 released by named authority; 450 held until full sign-off + written release.",
     [("ID-0072_interim_valvebody.eml", eml_bytes(mail(
         "Raj Patel <rpatel@brightline-litho.com>", SOOYEON, "Interim disposition ID-0072 - valve body 3380-2210-05",
         "Wed, 12 Jun 2024 17:30:00 -0700", _c15_txt, cc=MEGAN + ", Dana Whitfield <dwhitfield@brightline-litho.com>",
         attachments=[("ID-0072.pdf", _c15_pdf, PDF_MT)])))])

# c16 supplier status report, material only for the released quantity
_c16 = """KULIM ANODIZE & FINISHING SDN BHD - WEEKLY STATUS - WK 22/2024
Customer : MERIDIAN WAFER AUTOMATION PTE LTD      Contact: Tan Wei Ling
Prepared : Nurul Aisyah, Customer Service          Date   : 31.05.2024

PO / LINE      PART               PROCESS                 REL QTY  DONE  WIP  NOTE
-------------  -----------------  ----------------------  -------  ----  ---  --------------------
7781-0250/1    7120-702-0031 B    HARD ANODIZE 50UM+SEAL       12     9    3  FAI lot, ship wk 23
7781-0198/1    7120-702-0017 D    CLEAR TYPE II 10UM           40    40    0  shipped 29.05
7781-0198/1    (balance)          -                             -     -    -  see note 2

NOTES
1. PO 7781-0250: 12 pcs released (FAI). Balance 188 pcs not released per your PO.
   Chemicals, racks and masking bought for the 12 released pcs only. We will not
   buy masking plugs or book tank time for the 188 before your written release
   (Lim Boon Keat).
2. PO 7781-0198 complete. No open quantity.
3. Tank 4 (hard anodize) maintenance wk 24, Tue-Wed. No impact on 7781-0250.
4. Thickness measured per ISO 2360, 5 pts/part, avg 49.2 um, min 47.8 um.

Regards, Nurul Aisyah / +60 4 000 6603
"""
case("c16_status_wk22", [],
     "Supplier weekly status: 12 released, material for 12 only, 188 not released and no material bought.",
     [("KAF_status_WK22.txt", _c16)])

# c17 supplier email with DOCX quote attached, asks for the PO
_c17_quote = docx_bytes([
    ("h1", "Nabidka / Quotation OK-Q-24-0206"),
    ("p", f"{OKA}, Vitkovicka 3, 702 00 Ostrava, CZ"),
    ("p", f"To: {RMH}, Einkauf, Frau Katrin Schulze. Your inquiry ANF-24-118 dated 02.05.2024."),
    ("table", [["Item", "Description", "Quantity", "Price EUR/pc", "Lead time"],
               ["1", "Ceramic standoff, ZrO2 (Y-TZP), drawing 4022-610-0080 Rev 03", "8 pcs samples", "96,00", "4 weeks"],
               ["2", "As item 1, series", "400 pcs", "31,50", "9 weeks after written release"],
               ["3", "As item 1, series", "1.000 pcs", "27,80", "9 weeks after written release"]]),
    ("p", "Grinding tools and fixture: EUR 2.400,00 one-time. Prices FCA Ostrava, Incoterms 2020. "
          "Payment 30 days net. Validity 90 days."),
    ("p", "Tolerances: ISO 2768-f; flatness 0,005 mm; Ra 0,2 on contact faces. Cleaning ultrasonic, "
          "vacuum packed."),
    ("p", "Jakub Horak, Obchodni reditel / Sales Director"),
], author="Jakub Horak")
_c17_txt = """Dear Mrs Schulze,

thank you for your inquiry ANF-24-118. Please find our quotation OK-Q-24-0206 attached
(samples, 400 pcs and 1.000 pcs tiers).

If you would like to go ahead with the samples, please send us a PO; we can reserve a
furnace slot in KW 24 for them. For the series we will wait for your written release, as
usual.

S pozdravem / Best regards
Jakub Horak
""" + sig("Jakub Horak", "Sales Director", OKA, "+420 590 000 114")
case("c17_quote_cover", [],
     "Supplier cover email and quote with tiers, asking for a PO; no authorization in the bundle.",
     [("Nabidka_OK-Q-24-0206.eml", eml_bytes(mail(
         JAKUB, KATRIN, "Quotation OK-Q-24-0206 - ZrO2 standoff 4022-610-0080", "Thu, 09 May 2024 13:48:00 +0200",
         _c17_txt, attachments=[("OK-Q-24-0206.docx", _c17_quote, DOCX_MT)])))])

# c18 buyer forwards old quote (rfc822) declared informational; complete scope
_c18_old = mail(KEVIN, CARLOS, "Quote HPM-Q-23-0877 focus ring adapter", "Mon, 16 Oct 2023 10:02:00 +0800",
                """Dear Carlos,

please see our budget prices for the focus ring adapter 8801-7720-01 rev A:

  6 pcs (first article)     USD 640.00 / pc
  300 pcs                   USD 188.00 / pc
  5,000 pcs (annual)        USD 131.00 / pc

Lead time first article 6 weeks. Material Al 6061-T6, hard anodize.

Best regards,
Kevin Lin
Hsinchu Precision Machining
""", msgid="<h49-old-0877@hsinchu-pm.com.tw>")
_c18_txt = """Hi Kevin,

PO 55-12200 is on its way from our system today. To keep things clear:

- PO 55-12200 covers six (6) first-article focus ring adapters, PN 8801-7720-01 rev B.
- The 294 production pieces are not released. They will be released only in writing by me
  (Carlos Medina), after the FAI sign-off by our process engineering.
- Your old quote from October is forwarded below for information only, so you can see
  which price basis we used. Its 5,000 pcs annual figure is not current and not released;
  please do not plan against it.

Rev B changes the hard anodize from 50 to 35 um and adds a 0.5 chamfer on the ID.

Thanks,
Carlos
""" + sig("Carlos Medina", "Senior Buyer", SPS, "+1 510 000 4410")
case("c18_fwd_old_quote_info", [],
     "Buyer scope complete (6 FAI, 294 not released, Carlos releases after FAI sign-off); forwarded old quote declared informational.",
     [("PO_55-12200_focus_ring.eml", eml_bytes(mail(
         CARLOS, KEVIN, "PO 55-12200 focus ring adapter - scope / FW: old quote", "Wed, 22 May 2024 09:30:00 -0700",
         _c18_txt, attachments=[("rfc822", _c18_old)])))])

# c19 buyer reply correcting a quoted supplier question about auto-conversion
_c19_q = """From: Park Ji-hoon
Sent: Monday, 27 May 2024 18:10
Subject: RE: PO 4500183900 SiC edge ring samples

Dear Sanne,

the 10 samples are in final grinding. One question for planning: can we assume that once
Joost signs the FAI, we can roll into the 290 pcs without waiting for another document?
That would save us about two weeks.

Best regards, Ji-hoon"""
_c19_txt = f"""Dear Ji-hoon,

No, please don't assume that. The FAI sign-off by Joost releases nothing by itself.

- For now only the 10 samples on PO 4500183900 are authorized.
- The 290 pcs stay not released until Marieke Jansen (Supply Chain Manager) sends the
  written release. She normally does that within 2 working days after the FAI sign-off,
  so the gap should be small.
- Please don't buy SiC blanks for the 290 before that release.

I understand the two weeks matter. If you can show me the lead-time impact, I will ask
Marieke about a staged material authority.

Kind regards,
Sanne
{sig("Sanne Bakker", "Buyer, Vacuum & Frames", VMS, "+31 40 000 5512")}
{quote(_c19_q)}
"""
case("c19_reply_corrects_assumption", [],
     "Buyer answers a quoted supplier question about rolling into production with a clear no; 10 active, 290 held, Marieke releases in writing.",
     [("RE_PO_4500183900_samples.eml", eml_bytes(mail(
         SANNE, JIHOON, "RE: PO 4500183900 SiC edge ring samples", "Tue, 28 May 2024 08:45:00 +0200",
         _c19_txt, in_reply_to="<h49-dct-0527@dct-ceramic.kr>")))])

# c20 HTML PO with sample line and production line marked commercial cover only
_c20_rows = [["Line", "Part", "Description", "Qty", "Unit USD", "Scope", "Status"],
             ["10", "3380-3100-02 rev A", "Bellows assembly, AM350, welded flanges CF63", "6", "1,240.00", "sample (FAI)", "released"],
             ["20", "3380-3100-02 rev A", "Bellows assembly, as line 10", "294", "455.00", "production", "commercial cover only - NOT RELEASED"]]
case("c20_po_html_cover_only", [],
     "HTML PO: line 10 six FAI released; line 20 294 commercial cover only, not released until FAI sign-off + written release by Dana Whitfield.",
     [("PO_4500-81511.html", html_page("Purchase Order 4500-81511", f"""
<h2>Brightline Lithography Inc. - Purchase Order 4500-81511</h2>
<p>Supplier: Taichung Vacuum Welding Works Co., Ltd. (vendor 300512) &middot; PO date 2024-05-20 &middot;
Buyer: Megan O'Connell &middot; Payment: Net 60 &middot; Incoterms: FCA Taichung</p>
{html_table(_c20_rows)}
<div class="note">
<p><b>Scope of this PO.</b> Line 10 (6 FAI bellows) is released for production. Line 20 (294 pcs) gives
commercial cover only. It is not released. Do not start it.</p>
<p><b>Unlock.</b> Line 20 is released only by a written release from Dana Whitfield, Director Supply
Chain, after Raj Patel (SQE) signs off the FAI of line 10.</p>
<p><b>Material authority:</b> sample-only (material for the 6 units of line 10).</p>
</div>
<p>Spec: helium leak &le; 1E-10 mbar&middot;l/s, 10,000 cycles life test on 1 of 6, bake-out 200 C,
cleanroom bagging class 5.</p>
"""))])

# c21 multi-file: PO + supplier quote + supplier acknowledgement, all consistent
_c21_po = pdf([
    ("h1", "Bestellung / Purchase Order 4500-3355"),
    ("p", f"{KES} - Carl-Zeiss-Promenade 12, 07745 Jena - Einkauf Tobias Krueger"),
    ("p", f"Lieferant: {DCT} - Ihr Angebot / your quote DCT-Q-2404-022"),
    ("table", [["Pos", "Sachnummer", "Bezeichnung", "Menge", "Preis EUR", "Termin"],
               ["10", "30-118-0512 Rev 02", "Heizertraeger AlN / AlN heater carrier, Erstmuster", "4 Stk", "310,00", "KW 27"]]),
    ("sp",),
    ("p", "Diese Bestellung umfasst nur die 4 Erstmuster. This PO covers the 4 first-article pieces."),
    ("p", "Die im Angebot DCT-Q-2404-022 genannte Serienmenge von 600 Stk dient nur zur Information und ist "
          "nicht freigegeben. The production quantity of 600 pcs in the quote is for information only and is "
          "not released."),
    ("p", "Freigabe der Serie nur schriftlich durch Andreas Vogel (Leiter Supply Chain), nach Unterschrift "
          "des Erstmusterpruefberichts durch Dr. Petra Hoffmann. Materialberechtigung: nur Muster / "
          "material authority sample-only."),
    ("p", PO_TERMS),
], title="Bestellung 4500-3355", author="Kessler Vakuumtechnik")
_c21_quote = pdf([
    ("h1", "QUOTATION DCT-Q-2404-022"),
    ("p", f"{DCT} to {KES}, attn. Tobias Krueger. Date 2024-04-22, valid 60 days."),
    ("table", [["Item", "Description", "Qty", "EUR/pc"],
               ["1", "AlN heater carrier 30-118-0512 Rev 02, first article", "4", "310.00"],
               ["2", "Same, production", "600", "118.00"]]),
    ("p", "AlN 170 W/mK min., metallized pads Mo/Mn + Ni. Lead time production 10 weeks after written release."),
], title="DCT-Q-2404-022", author="Daejeon Ceramic Tech")
_c21_ack = docx_bytes([
    ("h1", "Order acknowledgement OA-DCT-24-0418"),
    ("p", "Your PO 4500-3355 of 14.05.2024 - AlN heater carrier 30-118-0512 Rev 02."),
    ("table", [["Qty", "Scope", "Our status"],
               ["4", "first article", "accepted, delivery KW 27"],
               ["600 (quote)", "series", "not released - no production, no material"]]),
    ("p", "We will wait for the written release from Mr. Vogel before starting any series work."),
    ("p", "Park Ji-hoon, Sales Manager"),
], author="Park Ji-hoon")
case("c21_bundle_po_quote_ack", [],
     "Bundle of PO (4 first articles, quote's 600 declared informational/not released, Vogel releases after FAI), quote and consistent ack.",
     [("Bestellung_4500-3355.pdf", _c21_po), ("DCT-Q-2404-022.pdf", _c21_quote), ("OA-DCT-24-0418.docx", _c21_ack)])

# c22 engineering change email, multipart/alternative with change table
_c22_txt = """Hi Tomas,

ECN-2291 (drawing 60-3410-305 rev C -> rev D) was signed off by our engineering board
yesterday. Changes:

  1. Tapped holes 6x M8 on the top plate -> 6x M10, depth 16.
  2. Weld seam W4 changed from fillet a4 to a5.
  3. New note: machined faces flatness 0.05 (was 0.08).

Scope on your side: rev D applies to the 8 FAI frames released under PO 4100-7100. Please
build all 8 to rev D; rev C parts are not acceptable from today.

Nothing else changes: the 152 balance remains not released until I have signed off the FAI
and Femke de Groot sends the call-off for it.

Could you confirm by Friday whether the FAI date (wk 26) holds with the M10 change?

Groeten,
Bram
""" + sig("Bram Visser", "Mechanical Engineer", EIP, "+31 40 000 7741")
_c22_html = ("<p>Hi Tomas,</p><p>ECN-2291 (drawing 60-3410-305 rev C &rarr; rev D) was signed off by our "
             "engineering board yesterday. Changes:</p>"
             + html_table([["#", "Feature", "Rev C", "Rev D"],
                           ["1", "Tapped holes top plate", "6x M8", "6x M10, depth 16"],
                           ["2", "Weld seam W4", "fillet a4", "fillet a5"],
                           ["3", "Flatness machined faces", "0.08", "0.05"]])
             + "<p>Scope on your side: rev D applies to the 8 FAI frames released under PO 4100-7100. "
               "Please build all 8 to rev D.</p><p>Nothing else changes: the 152 balance remains not released "
               "until I have signed off the FAI and Femke de Groot sends the call-off for it.</p>"
               "<p>Groeten,<br>Bram</p>")
case("c22_ECN-2291_change", [],
     "Engineering change email: rev D applies to the 8 released FAI frames; 152 not released until FAI sign-off + call-off by Femke.",
     [("ECN-2291_rev_D.eml", eml_bytes(mail(
         BRAM, TOMAS, "ECN-2291 base frame 60-3410-305 rev D - impact on FAI", "Tue, 04 Jun 2024 15:12:00 +0200",
         _c22_txt, html=_c22_html, cc=FEMKE)))])

# c23 supplier packing list / CoC
_c23 = """HSINCHU PRECISION MACHINING CO., LTD.          PACKING LIST / CERTIFICATE OF CONFORMITY
No. 1200, Sec. 2, Guangfu Rd., Hsinchu 30071, Taiwan      Doc: PL-24-05-0311   Date: 2024/05/29

Ship to : Veldhoven Motion Systems B.V., Goods receipt, De Run 6110, 5504 DM Veldhoven, NL
Cust PO : 4500183307   Incoterms: FCA TPE   AWB: 176-0000 4802

Item  Part no.               Rev  Description                     Qty   Lot no.      Heat no.
----  ---------------------  ---  ------------------------------  ----  -----------  --------
1     7120-334-0021          C    End effector, 6061-T6, HA 25um    10  2024-0480    1200-55
----  ---------------------  ---  ------------------------------  ----  -----------  --------
Cartons: 2 (1/2: 6 pcs, 2/2: 4 pcs)   Gross 7.4 kg   Dims 60x40x30 cm

CERTIFICATE OF CONFORMITY
We certify that the parts above were made to drawing 7120-334-0021 rev C and meet all
drawing requirements. FAI report per AS9102 form 1-3 enclosed (FAI-HPM-2405-11).
Material cert EN 10204 3.1 heat 1200-55 enclosed. Cleaned and double bagged, ISO class 6.

Inspector: Amy Chen (QC)   Stamp: QC-07
"""
case("c23_packing_list_coc", [],
     "Supplier packing list and CoC for 10 shipped FAI parts; lot/heat numbers look like quantities; nothing authorizes.",
     [("PL-24-05-0311.txt", _c23)])

# c24 Dutch/English buyer email, multipart/alternative, complete scope
_c24_txt = """Beste Tomas,

(English below)

Hierbij PO 4100-7188 voor de koelplaat-adapters, tekening 60-5520-018 rev A.

- De PO dekt alleen de 4 prototypes.
- De resterende 36 stuks zijn niet vrijgegeven. Niet starten, geen materiaal bestellen.
- Vrijgave van de 36 volgt schriftelijk door Femke de Groot (Purchasing Lead), na de
  FAI-aftekening door Bram Visser.

---
Dear Tomas,

Please find PO 4100-7188 for the cooling plate adapters, drawing 60-5520-018 rev A.

- The PO covers the 4 prototypes.
- The remaining 36 pcs are not released. Do not start them and do not order material.
- Femke de Groot (Purchasing Lead) will release the 36 in writing, after Bram Visser's FAI
  sign-off.

Met vriendelijke groet / kind regards,
Femke
""" + sig("Femke de Groot", "Purchasing Lead", EIP, "+31 40 000 7730")
_c24_html = ("<p>Beste Tomas,</p><p>Hierbij PO 4100-7188 voor de koelplaat-adapters, tekening 60-5520-018 rev A.</p>"
             "<ul><li>De PO dekt alleen de 4 prototypes.</li><li>De resterende 36 stuks zijn <b>niet vrijgegeven</b>. "
             "Niet starten, geen materiaal bestellen.</li><li>Vrijgave van de 36 volgt schriftelijk door Femke de Groot "
             "(Purchasing Lead), na de FAI-aftekening door Bram Visser.</li></ul><hr>"
             "<p>Dear Tomas,</p><ul><li>The PO covers the 4 prototypes.</li><li>The remaining 36 pcs are <b>not "
             "released</b>. Do not start them and do not order material.</li><li>Femke de Groot (Purchasing Lead) "
             "will release the 36 in writing, after Bram Visser's FAI sign-off.</li></ul>"
             "<p>Met vriendelijke groet / kind regards,<br>Femke</p>")
case("c24_dutch_po_cover", [],
     "Dutch/English PO cover: 4 prototypes only, 36 not released, written release by Femke after Bram's FAI sign-off.",
     [("PO_4100-7188_koelplaat.eml", eml_bytes(mail(
         FEMKE, TOMAS, "PO 4100-7188 koelplaat-adapter / cooling plate adapter", "Thu, 16 May 2024 10:20:00 +0200",
         _c24_txt, html=_c24_html, cc=BRAM)))])

# c25 buyer RFQ with quantity tiers, declared not an order
case("c25_RFQ_ANF-24-131", [],
     "Buyer RFQ with 8/400/1,000 tiers that states it is not an order and authorizes no work or material.",
     [("ANF-24-131_Anfrage.docx", docx_bytes([
         ("h1", "Anfrage / Request for quotation ANF-24-131"),
         ("p", f"{RMH}, Grenzstrasse 28, 01109 Dresden - Einkauf: Katrin Schulze"),
         ("p", f"An / to: {OKA}, Herr Jakub Horak"),
         ("p", "Datum: 13.05.2024 - Angebotsfrist / quote due: 27.05.2024"),
         ("p", "Bitte bieten Sie folgende Mengen an / please quote the following quantities:"),
         ("table", [["Pos", "Sachnummer", "Bezeichnung", "Mengen / quantities"],
                    ["1", "4022-610-0091 Rev 01", "Keramik-Isolator, Al2O3 99,7 %", "8 (Muster) / 400 / 1.000"],
                    ["2", "4022-610-0092 Rev 01", "Keramik-Distanzhuelse, ZrO2", "8 (Muster) / 400 / 1.000"]]),
         ("p", "Bitte Werkzeugkosten, Lieferzeit Muster und Serie sowie Zahlungsbedingungen getrennt angeben."),
         ("p", "Diese Anfrage ist keine Bestellung. Sie berechtigt weder zu Fertigung noch zu Materialeinkauf. "
               "This RFQ is not an order and authorizes no work and no material purchase."),
         ("p", "Zeichnungen als STEP und PDF im Anhang (Zeichnungssatz ZS-2500 Rev 3). Toleranzen ISO 2768-f, "
               "Oberflaeche Ra 0,4."),
         ("p", "Mit freundlichen Gruessen, Katrin Schulze"),
     ], author="Katrin Schulze"))])


# =================================================================== RISKY
# p01 multi-file: sample PO + supplier quote with production tier; PO silent on the balance
_p01_po = pdf([
    ("h1", "PURCHASE ORDER 4500183307"),
    ("p", f"{VMS} - De Run 6110, 5504 DM Veldhoven, The Netherlands - VAT NL000000000B01"),
    ("p", f"Supplier: {HPM} (vendor 100482), No. 1200, Sec. 2, Guangfu Rd., Hsinchu 30071, Taiwan"),
    ("p", "PO date: 02-05-2024    Buyer: Sanne Bakker    Payment: 60 days end of month    Incoterms: FCA TPE"),
    ("sp",),
    ("table", [
        ["Pos", "Article / rev", "Description", "Qty", "Unit EUR", "Amount EUR", "Delivery"],
        ["10", "7120-334-0021 rev C", "End effector, Al 6061-T6, hard anodize 25 um, FAI samples", "10 PC", "186,00", "1.860,00", "wk 22"],
        ["20", "TK-7120-334", "Tool kit (soft jaws + vacuum fixture), one-time", "1 EA", "2.400,00", "2.400,00", "wk 22"],
    ]),
    ("sp",),
    ("p", "Reference: your quotation Q-HPM-24-0871 rev B. FAI report per AS9102 (forms 1-3) with the shipment; "
          "CMM data as native file. Clean and double bag per VMS-SPEC-CL-010, ISO 14644-1 class 6."),
    ("p", "Deliver to: VMS goods receipt, gate 3. Please confirm this PO within 3 working days."),
    ("p", PO_TERMS),
    ("p", "Sanne Bakker, Buyer Vacuum & Frames - s.bakker@veldhoven-motion.nl"),
], title="PO 4500183307", author="Veldhoven Motion Systems")
_p01_quote = pdf([
    ("h1", "QUOTATION Q-HPM-24-0871 rev B"),
    ("p", f"{HPM} to {VMS}, attn. Sanne Bakker. Date 2024/04/18. Valid 45 days."),
    ("table", [["No.", "Description", "Qty", "Unit EUR", "Lead time"],
               ["1", "End effector 7120-334-0021 rev C - FAI", "10", "186.00", "4 wks"],
               ["2", "End effector 7120-334-0021 rev C - production", "600", "94.50", "7 wks"],
               ["3", "Tool kit, one-time", "1", "2,400.00", "with item 1"]]),
    ("p", "Material Al 6061-T6 plate 25 mm, mill cert 3.1. Hard anodize 25 um +/- 5 by approved sub-con. "
          "Flatness 0.02 / 300. Packing: 10 pcs per ESD box, cleanroom double bag."),
    ("p", "Kevin Lin, Sales Manager - kevin.lin@hsinchu-pm.com.tw"),
], title="Q-HPM-24-0871 rev B", author="Hsinchu Precision Machining")
case("p01_po_plus_quote_files", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 10 with the supplier quote's 600-pc production tier in the bundle; nothing says the 600 is not released, no unlock event, no release person.",
     [("PO_4500183307.pdf", _p01_po), ("Q-HPM-24-0871_revB.pdf", _p01_quote)])

# p02 quoted thread with complete scope, then an unscoped green light
_p02_orig = """From: Megan O'Connell
Sent: Monday, April 22, 2024 8:14 AM
Subject: PO 4500-77120 bellows flange weldment - FAI

Jason,

PO 4500-77120 went out from our system today. It covers 12 FAI pcs only of the bellows
flange weldment 3380-4410-03 rev B. The remaining 588 pcs of the quoted 600 are not
released. They will be released only in writing by Dana Whitfield, Director Supply Chain,
after Raj Patel signs off the FAI.

Megan"""
_p02_mid = f"""From: Jason Wu
Sent: Friday, May 17, 2024 6:02 PM
Subject: RE: PO 4500-77120 bellows flange weldment - FAI

Hi Megan,

FAI pack for the 12 pcs uploaded to your portal (FAI-TVW-0512). Helium leak all 12 below
1E-9 mbar.l/s, weld X-ray OK, ID finish Ra 0.25-0.3. The parts arrived at your dock
Wednesday.

Thank you,
Jason

{quote(_p02_orig)}"""
_p02_txt = f"""Thanks Jason, nice work on the leak data.

Raj went through the whole pack this morning and we're happy with it. Consider this your
green light!

Have a good weekend,
Megan
{sig("Megan O'Connell", "Senior Buyer", BLL, "+1 503 000 6105")}
{quote(_p02_mid)}
"""
case("p02_thread_green_light", ["RG002"],
     "Quoted buyer scope is complete (12 FAI, 588 held, Dana releases after FAI sign-off), but the new 'green light' names no quantity or sample-only scope.",
     [("RE_PO_4500-77120_FAI.eml", eml_bytes(mail(
         MEGAN, JASON, "RE: PO 4500-77120 bellows flange weldment - FAI", "Mon, 20 May 2024 09:40:00 -0700",
         _p02_txt, cc="Raj Patel <rpatel@brightline-litho.com>", in_reply_to="<h49-tvw-0517@tvww.com.tw>")))])

# p03 chat: complete scope earlier, later an unscoped "go ahead" to a drawing-change question
_p03 = chat("MWA / Penang Precision - 7120-880 chuck base", [
    ("06/05/2024 10:31", "Tan Wei Ling (MWA)", "Hi Mei Ling, PO 7781-0042 is for the 6 pilot chuck bases only.\nThe other 114 are not released until Arjun signs off the FAI. Lim Boon Keat will send the written release for them."),
    ("06/05/2024 10:33", "Lee Mei Ling (Penang Precision)", "Noted with thanks \U0001F64F"),
    ("14/05/2024 15:02", "Lee Mei Ling (Penang Precision)", "Hi both, Rev C drawing received. Hard anodize thk changed 50 um -> 35 um and the 4x M5 now M6. Our sub-con Kulim can do 35 um no problem.\nOK to go ahead?"),
    ("14/05/2024 15:20", "Arjun Nair (MWA)", "Rev C is correct, the 35 um is intended (flatness after anodize)"),
    ("14/05/2024 15:26", "Tan Wei Ling (MWA)", "yes go ahead, thanks!"),
    ("14/05/2024 15:27", "Lee Mei Ling (Penang Precision)", "\U0001F44D will update the router"),
], "2024-05-21 09:15 (UTC+08:00)")
case("p03_chat_go_ahead", ["RG002"],
     "Chat: scope stated earlier, but the buyer's 'yes go ahead' answers a question with no quantity and no sample-only scope.",
     [("Teams_MWA_PPS_7120-880.txt", _p03)])

# p04 DOCX minutes: 'approved' for FAI, price and 'approved to proceed'
case("p04_visit_minutes", ["RG002", "RG009"],
     "Minutes use 'approved' for the FAI report, the price increase and 'approved to proceed'; the last is unscoped.",
     [("Minutes_BSB_visit_2024-04-16.docx", docx_bytes([
         ("h1", "Supplier visit - Brno Strojirna s.r.o. - 16 April 2024"),
         ("p", f"Participants: Katrin Schulze (Einkauf), Dr. Jens Albrecht (Konstruktion), {RMH}; "
               f"Tomas Novak (Sales), Petra Dvorakova (Sales), Ing. Pavel Kral (Quality), {BSB}."),
         ("h", "1. Scope of PO 4500-2231"),
         ("p", "PO 4500-2231 covers eight (8) FAI frames, drawing 60-2210-004 Rev F. The 392 production frames "
               "are not released. Production release by Katrin Schulze in writing after FAI sign-off."),
         ("h", "2. Shop-floor tour"),
         ("p", "Welding cell 3 (two Fronius TPS 400i), stress relief oven 6 x 3 x 2.5 m, DMU 125 and Hermle "
               "C52 for machining. Powder coating is subcontracted (Pragochema). Measurement room with "
               "Zeiss Accura, 20 C +/- 1."),
         ("h", "3. Results and actions"),
         ("table", [["#", "Topic", "Outcome", "Owner", "Due"],
                    ["1", "FAI report rev 2 (dimensional, weld VT/MT)", "approved", "J. Albrecht", "-"],
                    ["2", "Price increase S355 surcharge +3.5 %", "approved", "K. Schulze", "-"],
                    ["3", "Next step", "Supplier approved to proceed", "T. Novak", "KW 18"],
                    ["4", "Packaging: VCI film on machined faces", "open", "P. Dvorakova", "KW 17"]]),
         ("sp",),
         ("p", "Next meeting: Teams, KW 20. Minutes by K. Schulze, 17.04.2024."),
     ], author="Katrin Schulze"))])

# p05 HTML portal: no active quantity; buyer comment 'Approved, proceed.'
_p05_rows = [["Line", "Item", "Description", "Qty", "Status"],
             ["1", "7120-551-0410 rev D", "Insulator ring, Al2O3 99.7 %, sample lot", "per quote", "open"],
             ["2", "7120-551-0410 rev D", "Insulator ring, production", "480", "NOT RELEASED"]]
case("p05_portal_approved_proceed", ["RG002", "RG010"],
     "Portal order: sample line quantity 'per quote' (no active quantity stated); buyer comment 'Approved, proceed.' is unscoped.",
     [("MWA_portal_PO_7781-0077.html", html_page("MWA Supplier Portal - PO 7781-0077", f"""
<h2>MWA Supplier Portal &raquo; Orders &raquo; PO 7781-0077</h2>
<p>Supplier: Daejeon Ceramic Tech Co., Ltd. &middot; Buyer: Tan Wei Ling &middot; Created 2024-05-02 &middot;
Currency SGD</p>
{html_table(_p05_rows)}
<div class="note">Line 2 is not released. It will be released only by a written release from Lim Boon Keat
(Head of Supply Chain) after sample sign-off by Arjun Nair.</div>
<h3>Comments</h3>
{html_table([["Date", "User", "Comment"],
             ["2024-05-03 10:12", "Park Ji-hoon (DCT)", "Drawing rev D received. Can you confirm the new chamfer 0.2x45 on the ID?"],
             ["2024-05-06 09:40", "Arjun Nair (MWA)", "Chamfer 0.2x45 confirmed. Edge chipping max 0.1 mm as per note 7."],
             ["2024-05-06 14:05", "Tan Wei Ling (MWA)", "Drawing rev D reviewed. Approved, proceed."]])}
<p style="color:#777">Exported 2024-05-07 08:00 SGT by jh.park@dct-ceramic.kr</p>
"""))])

# p06 buyer contradicts own written-release requirement: 'Approved - carry on with the rest'
_p06_orig = """From: Carlos Medina
Sent: Tuesday, April 30, 2024 7:55 AM
Subject: PO 55-10931 gate valve body - first article

Kevin,

PO 55-10931 is for 4 first-article gate valve bodies only. The balance of 76 is not released
until I send you a written release after the FAI sign-off. Please do not start it.

Carlos"""
_p06_txt = f"""Hi Kevin,

The 4 bodies passed helium leak and CMM here yesterday; Priya's team didn't find anything.

Approved - carry on with the rest of the lot, no need to wait for anything else from me.
Please keep the same anodize sub-con and send me the updated ship plan.

Thanks,
Carlos
{sig("Carlos Medina", "Senior Buyer", SPS, "+1 510 000 4410")}
{quote(_p06_orig)}
"""
case("p06_carry_on_rest", ["RG002", "RG007"],
     "Buyer who required his own written release now says sample results mean 'approved - carry on with the rest of the lot'; unscoped and implied conversion.",
     [("RE_PO_55-10931_FA.eml", eml_bytes(mail(
         CARLOS, KEVIN, "RE: PO 55-10931 gate valve body - first article", "Thu, 23 May 2024 10:05:00 -0700",
         _p06_txt, in_reply_to="<h49-sps-10931@solano-plasma.com>")))])

# p07 ERP fixed-width first-article PO, silent on any balance
_p07 = """SOLANO PLASMA SYSTEMS INC           PURCHASE ORDER                      PO NO: 55-11377   REV 0
47000 KATO RD FREMONT CA 94538      PAGE 1/1                            DATE : 05/09/2024
------------------------------------------------------------------------------------------
VENDOR : 200871 CHANGWON VACUUM COMPONENTS CO LTD        BUYER : P.RAMAN  X4471
SHIP TO: SPS RECEIVING DOCK 2, FREMONT                    TERMS : NET 45   FCA BUSAN
------------------------------------------------------------------------------------------
LN   ITEM               REV  DESCRIPTION                      QTY UM   UNIT USD   EXT USD
0010 8801-2210-07       B    ADAPTER ISO-F160 316L EP            3 EA    412.00   1236.00
                             FIRST ARTICLE
0020 NRE-8801-2210      -    WELD FIXTURE / TOOL KIT             1 LT   1850.00   1850.00
------------------------------------------------------------------------------------------
                                                            TOTAL USD          3086.00
NOTES:
 - FAI PER AS9102 REQUIRED (FORMS 1,2,3). BALLOONED DWG WITH SHIPMENT.
 - HELIUM LEAK TEST <= 1.0E-9 MBAR-L/S, 100%. BAKE-OUT 150C 24H.
 - ELECTROPOLISH ID PER ASTM B912. PASSIVATE PER ASTM A967.
 - DOUBLE BAG, N2 PURGE, CLEANROOM LABEL.
 - QUOTE REF CVC-Q-24-0133.
------------------------------------------------------------------------------------------
ISSUED BY: PRIYA RAMAN, BUYER                     *** THIS PO IS SUBJECT TO SPS T&C REV 9 ***
"""
case("p07_erp_fa_po", ["RG003", "RG004", "RG005"],
     "ERP first-article PO for 3 pcs that never says anything about a balance, an unlock event or who releases it.",
     [("PO_55-11377.txt", _p07)])

# p08 German DOCX order for Erstmuster with series price at 1.200 Stk, nothing about the balance
case("p08_bestellung_erstmuster", ["RG001", "RG003", "RG004", "RG005"],
     "Erstmuster order for 5 pcs shows a series price at 1.200 Stk beside it; no hold, no unlock event, no release person.",
     [("Bestellung_4500-3290.docx", docx_bytes([
         ("h1", "Bestellung 4500-3290"),
         ("p", f"{KES}, Carl-Zeiss-Promenade 12, 07745 Jena - Einkauf: Tobias Krueger, Tel. +49 3641 000 218"),
         ("p", f"Lieferant: {OKA}, Vitkovicka 3, 702 00 Ostrava, Tschechien - Lieferantennr. 70331"),
         ("p", "Bestelldatum: 08.05.2024 - Lieferbedingung: FCA Ostrava - Zahlung: 30 Tage netto"),
         ("table", [["Pos", "Sachnummer", "Bezeichnung", "Menge", "Preis EUR", "Termin"],
                    ["10", "30-118-0447 Rev 05", "Isolierring Al2O3 99,7 %, Erstmuster", "5 Stk", "148,00", "KW 25"],
                    ["20", "WZ-30-118-0447", "Schleifvorrichtung (einmalig)", "1 Stk", "1.900,00", "KW 25"]]),
         ("sp",),
         ("p", "Preis Serie laut Ihrem Angebot OK-Q-24-0177: 1.200 Stk a EUR 19,40."),
         ("p", "Erstmusterpruefbericht nach VDA Band 2 mit Lieferung. Dichte >= 3,90 g/cm3, "
               "Durchschlagfestigkeit >= 17 kV/mm. Reinigung Ultraschall, Vakuumverpackung."),
         ("p", "Bitte bestaetigen Sie diese Bestellung innerhalb von 3 Arbeitstagen."),
         ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2023)."),
         ("p", "Mit freundlichen Gruessen, Tobias Krueger, Einkauf"),
     ], author="Tobias Krueger"))])

# p09 email with PO PDF + quote PDF attachments; PO silent on balance
_p09_po = pdf([
    ("h1", "PURCHASE ORDER 4100-6620"),
    ("p", f"{EIP} - Achtseweg Zuid 151, 5651 GW Eindhoven - Purchasing: Femke de Groot"),
    ("p", f"Supplier: {BSB}, Hudcova 76, 612 00 Brno - supplier no. 40219"),
    ("table", [["Line", "Part", "Description", "Qty", "EUR/pc", "Delivery"],
               ["1", "60-3410-110 rev A", "Pilot weldment frame, S355J2, machined, RAL 9006", "2", "3.850,00", "wk 24"]]),
    ("sp",),
    ("p", "Pilot lot. Weld per ISO 3834-2; machined faces flatness 0.05 / 1200. CMM report and weld log with "
          "each frame. Quote reference BS-Q-2024-118."),
    ("p", PO_TERMS),
], title="PO 4100-6620", author="EIP")
_p09_quote = pdf([
    ("h1", "Nabidka / Quotation BS-Q-2024-118"),
    ("p", f"{BSB} to {EIP}, attn. Femke de Groot - 11.04.2024"),
    ("table", [["Pos", "Popis / description", "Mnozstvi / qty", "EUR/ks"],
               ["1", "Frame 60-3410-110 rev A - pilot", "2", "3.850,00"],
               ["2", "Frame 60-3410-110 rev A - series", "48", "2.210,00"]]),
    ("p", "Lead time pilot 5 weeks; series 8 weeks. Laser cutting, bending, MAG welding, stress relief, "
          "5-axis machining, powder coating."),
], title="BS-Q-2024-118", author="Brno Strojirna")
_p09_txt = """Dear Tomas,

Please find attached our PO 4100-6620 for the pilot weldment frames, together with your
quotation BS-Q-2024-118 for reference.

Could you confirm receipt and the delivery week? Our integration hall needs the frames
by wk 24 for the first tool build.

Met vriendelijke groet,
Femke
""" + sig("Femke de Groot", "Purchasing Lead", EIP, "+31 40 000 7730")
case("p09_po_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "Email with pilot PO (2 frames) and quote (48 series) attached; nothing marks the 48 as not released or names event/person.",
     [("PO_4100-6620_pilot_frames.eml", eml_bytes(mail(
         FEMKE, TOMAS, "PO 4100-6620 pilot frames 60-3410-110", "Mon, 15 Apr 2024 11:30:00 +0200", _p09_txt,
         attachments=[("PO_4100-6620.pdf", _p09_po, PDF_MT), ("BS-Q-2024-118.pdf", _p09_quote, PDF_MT)])))])

# p10 HTML PO with tier pricing in the note, silent on the balance
_p10_rows = [["Line", "Item", "Description", "Qty", "Unit USD", "Need by"],
             ["1", "3380-1142-05 rev A", "Gripper arm, 6061-T6, clear anodize, pilot lot", "20", "212.00", "2024-06-28"]]
case("p10_po_html_tier_note", ["RG001", "RG003", "RG004", "RG005"],
     "HTML pilot PO for 20 lists quote pricing for 480 pcs beside it; no hold, no unlock event, no release person.",
     [("PO_4500-81234.html", html_page("Purchase Order 4500-81234", f"""
<h2>Brightline Lithography Inc. &mdash; Purchase Order 4500-81234</h2>
<p>Vendor: Penang Precision Sdn. Bhd. (300457) &middot; Order date 2024-05-06 &middot; Buyer: Megan O'Connell
&middot; Terms: Net 60 &middot; FCA Penang</p>
{html_table(_p10_rows)}
<h3>Notes</h3>
<p>Pricing per quote PP-Q-0921: 20 pcs @ USD 212.00; 480 pcs @ USD 96.40.</p>
<p>First article inspection report with shipment. Anodize per MIL-A-8625 Type II Class 1, 8-12 um.
Packaging: individually bagged, ESD, 10 per carton.</p>
<p>Ship via Expeditors, account BL-5531.</p>
"""))])

# p11 buyer forwards supplier quote (rfc822) and picks the first-article quantity only
_p11_fw = mail(AISYAH, WEILING, "Quotation KAF-Q-24-051 hard anodize 7120-702-0044",
               "Fri, 10 May 2024 17:20:00 +0800", """Dear Ms Tan,

Thank you for the RFQ. Our quotation KAF-Q-24-051:

  Part 7120-702-0044 rev A, hard anodize 50 um + hot DI seal
  Sample lot        8 pcs    SGD 46.00/pc   (min. lot charge SGD 380)
  Production      592 pcs    SGD 11.20/pc
  Lead time: samples 5 working days; production 10 working days per 200 pcs

Masking of the sealing face with silicone plugs included.

Best regards,
Nurul Aisyah
Customer Service, Kulim Anodize & Finishing
""", msgid="<h49-kaf-q051@kulim-af.com.my>")
_p11_txt = """Hi Aisyah,

Thanks for the quick quote (below). Let's go with 8 pcs first for the FAI. Our PO will
follow from SAP on Monday; parts will come from Penang Precision directly to you.

Please keep the rack marks off the sealing face, same as 7120-702-0031.

Thanks ya,
Wei Ling
""" + sig("Tan Wei Ling", "Buyer", MWA, "+65 6000 3381")
case("p11_fwd_quote_8_first", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer forwards the quote (8/592) and says 'go with 8 pcs first'; the 592 is not marked not-released and no event or person is named.",
     [("FW_KAF-Q-24-051.eml", eml_bytes(mail(
         WEILING, AISYAH, "FW: Quotation KAF-Q-24-051 hard anodize 7120-702-0044", "Sat, 11 May 2024 09:10:00 +0800",
         _p11_txt, attachments=[("rfc822", _p11_fw)])))])

# p12 PO: balance on hold until further notice; person named, no event
case("p12_po_hold_further_notice", ["RG004"],
     "Sample PO holds the 294 'until further notice' and names Marieke Jansen as release authority, but names no unlock event.",
     [("PO_4500183415.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500183415"),
         ("p", f"{VMS} - De Run 6110, 5504 DM Veldhoven"),
         ("p", f"Supplier: {DCT}, Daejeon, Korea (vendor 100611)"),
         ("p", "PO date 13-05-2024 - Buyer Sanne Bakker - FCA Daejeon - 60 days EOM"),
         ("table", [["Pos", "Article", "Description", "Qty", "EUR/pc"],
                    ["10", "7120-551-0300 rev B", "Lift pin SiC, CVD coated - samples", "6", "64,00"]]),
         ("sp",),
         ("p", "Scope: this PO authorizes the 6 sample pins only. The balance of 294 pcs stays on hold until "
               "further notice."),
         ("p", "Marieke Jansen (Supply Chain Manager) holds release authority for this order. No other person "
               "at VMS can release quantity to you."),
         ("p", "Material authority: sample-only."),
         ("p", PO_TERMS),
     ], title="PO 4500183415", author="Veldhoven Motion Systems"))])

# p13 PO: event named, release by 'our quality team' only
case("p13_po_quality_team", ["RG005"],
     "PO holds the 196 series pcs until a revised PO after FAI sign-off by 'our quality team'; no named person can release.",
     [("Bestellung_4500-3312.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500-3312"),
         ("p", f"{KES}, Jena - Einkauf Tobias Krueger"),
         ("p", f"Lieferant / supplier: {HPM}, Hsinchu"),
         ("table", [["Pos", "Sachnummer", "Bezeichnung", "Menge", "Preis EUR", "Status"],
                    ["10", "31-220-1180 Rev 03", "Verteilerblock / manifold block, 1.4404, FAI-Muster", "4 Stk", "690,00", "freigegeben"],
                    ["20", "31-220-1180 Rev 03", "Serie / series", "196 Stk", "214,00", "NICHT freigegeben"]]),
         ("sp",),
         ("p", "Pos 20 ist nicht freigegeben / line 20 is not released. Die Serie wird per geaenderter Bestellung "
               "(revised PO) freigegeben, nach FAI-Abnahme durch unsere Qualitaetssicherung. The series will be "
               "released by a revised PO after FAI sign-off by our quality team."),
         ("p", "Materialberechtigung: nur Muster / material authority: samples only."),
         ("p", "Helium-Lecktest <= 1E-9 mbar l/s; Reinigung nach KES-N 0012; Oberflaeche Ra 0,8 in den Bohrungen."),
         ("p", PO_TERMS),
     ], title="Bestellung 4500-3312", author="Kessler Vakuumtechnik"))])

# p14 email: start on the samples, no sample quantity anywhere
_p14_txt = """Hi Jason,

Thanks for the call this morning. As discussed, please start on the samples for the chamber
lid weldment, PN 7120-410-0120 rev A (1.4404, TIG welded, machined after welding).

A few points from Joost:
- Weld prep as per detail C, full penetration on the flange seam; no grinding on the
  sealing face after machining.
- Helium leak test on every sample, spray method, <= 5E-10 mbar.l/s.
- Surface Ra 0.8 on the O-ring grooves, Ra 1.6 elsewhere.
- Bake-out 150 C / 24 h before final bagging.

The production quantity (40 pcs) is not released. It will be released only after Joost has
signed off the FAI, by a written release from Marieke Jansen (Supply Chain Manager).

Thanks,
Sanne
""" + sig("Sanne Bakker", "Buyer, Vacuum & Frames", VMS, "+31 40 000 5512")
case("p14_start_samples_no_qty", ["RG010"],
     "Buyer tells the supplier to start 'the samples' without ever saying how many; balance, event and release person are stated.",
     [("Chamber_lid_7120-410-0120_samples.eml", eml_bytes(mail(
         SANNE, JASON, "Chamber lid 7120-410-0120 - samples", "Wed, 08 May 2024 14:02:00 +0200", _p14_txt, cc=JOOST)))])

# p15 chat: 'kick off the first articles', lot 'stays on hold', Lim decides; no count, no event
_p15 = chat("Meridian <> HPM wafer paddle", [
    ("20/05/2024 08:47", "Kevin Lin (HPM)", "早安 Wei Ling, drawing 7120-660-0021 rev A received, alumina blanks in stock"),
    ("20/05/2024 08:55", "Tan Wei Ling (MWA)", "Morning Kevin! pls kick off the first articles for the 7120 wafer paddle \U0001F64F"),
    ("20/05/2024 08:56", "Tan Wei Ling (MWA)", "the production lot stays on hold - Lim Boon Keat will decide when it goes"),
    ("20/05/2024 09:03", "Kevin Lin (HPM)", "收到. vacuum groove depth 0.3 +/-0.02 ok? last time 0.25"),
    ("20/05/2024 09:10", "Arjun Nair (MWA)", "0.3 +/-0.02 correct, rev A changed it. flatness 0.01 over 300"),
    ("20/05/2024 09:12", "Kevin Lin (HPM)", "OK 沒問題. first articles ship wk 23, CMM + particle report"),
], "2024-05-20 18:30 (UTC+08:00)")
case("p15_chat_kick_off_FA", ["RG004", "RG010"],
     "Chat: buyer asks to kick off 'the first articles' with no count; production lot on hold and Lim named, but no unlock event.",
     [("Teams_MWA_HPM_paddle.txt", _p15)])

# p16 email: 'a few samples', series not released, nothing else
_p16_txt = """Hello Ji-hoon,

Could you please make a few samples of the SiC focus ring (8801-7730-02 rev A) for us to
evaluate in our etch chamber? We would like to compare them with the CVD SiC rings we use
today. The series is not released.

Spec reminders: OD 330.00 -0.05, step height 1.20 +/-0.02, resistivity 0.01-0.1 ohm.cm,
Ra 0.4 on the top face. Clean, bag, and label each ring with its serial number.

Ship to: Solano Plasma Systems, Attn. Process Lab B, 47000 Kato Road, Fremont CA 94538.

Best,
Priya
""" + sig("Priya Raman", "Buyer, Consumables", SPS, "+1 510 000 4471")
case("p16_few_samples", ["RG004", "RG005", "RG010"],
     "Buyer asks for 'a few samples' (no quantity) and says the series is not released, with no unlock event and no release person.",
     [("SiC_focus_ring_samples.eml", eml_bytes(mail(
         PRIYA, JIHOON, "SiC focus ring 8801-7730-02 - samples for evaluation", "Tue, 14 May 2024 16:18:00 -0700",
         _p16_txt)))])

# p17 DOCX authorization letter without quantity or named person
case("p17_authorization_letter", ["RG005", "RG010"],
     "Authorization letter for 'the first-article lot' with no quantity; series held until FAI sign-off and revised PO, nobody named to release.",
     [("Freigabeschreiben_31-220-1190.docx", docx_bytes([
         ("h1", "Authorization letter / Auftragsschreiben"),
         ("p", f"{KES}, Carl-Zeiss-Promenade 12, 07745 Jena"),
         ("p", f"To: {BSB}, Hudcova 76, 612 00 Brno"),
         ("p", "Date: 21.05.2024 - Reference: PO 4500-3340 - manifold block 31-220-1190 Rev 03"),
         ("p", "Dear Mr. Novak,"),
         ("p", "We hereby authorize the first-article lot of the manifold block 31-220-1190 Rev 03 per drawing, "
               "including the gun-drilled cross bores and the helium leak test per KES-N 0012."),
         ("p", "The remaining series quantity is not released. It will be released after the FAI sign-off, by a "
               "revised PO from our purchasing department."),
         ("p", "Please send the FAI report (VDA Band 2) and the leak test protocol with the parts. "
               "Material: 1.4404 bar, certificate EN 10204 3.1."),
         ("p", "Mit freundlichen Gruessen / kind regards"),
         ("p", "Einkauf / Purchasing, Kessler Vakuumtechnik GmbH"),
     ], author="Einkauf KES"))])

# ---------------------------------------------------------------- RG006 group
# p18 supplier status: bar booked for all 400 while 10 released
_p18_txt = """Hi Megan,

Weekly update on PO 4500-81302 / PN 3380-1142-01 rev A:

FAI lot (10 pcs)
- Machining finished Tuesday, anodize back from sub-con Thursday.
- CMM planned Monday, report Tuesday. Shipping wk 21.

Balance (390 pcs)
- Not released yet, understood - nothing started on the floor.
- To secure the 6061-T651 bar from the mill we already booked and paid material for all
  400 pcs (arrives wk 26). That way we keep the 7-week lead time once you release.

Other
- Our new Okuma MB-5000H is running since Monday, so capacity in June is fine.
- Public holiday Wesak Day on 22 May; office closed.

Best regards,
Mei Ling
""" + sig("Lee Mei Ling", "Customer Program Manager", PPS, "+60 4 000 2290")
case("p18_status_bar_all_400", ["RG006"],
     "Supplier status: 10 FAI released, balance understood as not released, but bar booked and paid for all 400 without any material authority.",
     [("Weekly_update_PO_4500-81302.eml", eml_bytes(mail(
         MEILING, MEGAN, "Weekly update - PO 4500-81302 gripper arm", "Fri, 17 May 2024 17:45:00 +0800", _p18_txt)))])

# p19 supplier ERP work order: requisition for 612 blanks, 12 released
_p19 = """HSINCHU PRECISION MACHINING CO., LTD.     WORK ORDER TRAVELER        WO-24-05512   PAGE 1/2
=============================================================================================
CUSTOMER    : VELDHOVEN MOTION SYSTEMS B.V.          CUST PO : 4500183410
PART NO     : 7120-334-0031  REV B   END EFFECTOR, WIDE, AL6061-T6, HA 25UM
WO QTY      : 12 PCS   (FAI)                          DUE     : 2024/06/07
CUST STATUS : RELEASED 12 / BALANCE 588 NOT RELEASED (PER CUST PO NOTE)
=============================================================================================
MATERIAL REQUISITION
REQ NO      ITEM                        SPEC                  QTY    UM    STATUS
----------  --------------------------  --------------------  -----  ----  ---------------
MR-240518   AL6061-T651 PLATE 25MM      BLANK 320X180         612    PCS   ISSUED TO SAW
MR-240519   HELICOIL M4X0.7-1.5D        NAS1130               7344   PCS   ORDERED
            (REMARK: MATL FOR FULL PROGRAM + 12 SPARE BLANKS, SAW ALL IN ONE SETUP - A.CHEN)
=============================================================================================
ROUTING
OP   WC        DESCRIPTION                                   SETUP  RUN/PC  QTY
010  SAW-02    SAW BLANKS                                     0.5    0.05   612
020  MC-5AX-3  5-AXIS ROUGH + FINISH, PROG 7120-334-0031B     3.0    0.80    12
030  DEB-01    DEBURR, CROSS BORES                            0.0    0.30    12
040  OUT-HA    HARD ANODIZE 25UM (SUB-CON)                    -      -       12
050  QC-CMM    CMM 100%, AS9102 FAI                           1.0    0.50    12
060  CR-PACK   CLEAN + DOUBLE BAG ISO 6                       0.2    0.10    12
=============================================================================================
PRINTED 2024/05/18 08:12 BY ACHEN                                        *** PAGE 1 END ***
"""
case("p19_work_order_traveler", ["RG006"],
     "Supplier work order: 12 released, 588 not released, yet plate for 612 and inserts for the full program issued/ordered without material authority.",
     [("WO-24-05512.txt", _p19)])

# p20 chat: supplier cut plate for all 80 frames; buyer scope complete
_p20 = chat("EIP / Brno Strojirna - frame 60-3410-220", [
    ("02/05/2024 13:10", "Femke de Groot (EIP)", "Hoi Tomas, PO 4100-6702 is out: 20 frames released.\nThe other 60 are not released - next call-off from me, after Bram has signed off the FAI."),
    ("02/05/2024 13:14", "Tomas Novak (BSB)", "Thanks Femke, received. Start welding KW 20."),
    ("22/05/2024 09:31", "Bram Visser (EIP)", "Tomas, how is the first frame looking? Any distortion after stress relief?"),
    ("22/05/2024 09:48", "Tomas Novak (BSB)", "Good - 0.6 mm max before machining, fine with our allowance.\nFYI we already cut and bent the S355 plate for all 80 frames, one laser run is much cheaper \U0001F60A parts are stored in hall B"),
    ("22/05/2024 09:52", "Bram Visser (EIP)", "ok. send me the CMM of frame 1 when you have it"),
], "2024-05-22 16:40 (UTC+02:00)")
case("p20_chat_plate_all_80", ["RG006"],
     "Chat: 20 released, 60 held until Femke's call-off after Bram's FAI sign-off; supplier says plate for all 80 is already cut and bent.",
     [("Teams_EIP_BSB_frame.txt", _p20)])

# p21 supplier: deposit taken as the start signal; powder bought for 2,000
_p21_txt = """Dear Ms Tan,

We received your deposit (30 % of PO 7781-0090) today, thank you very much.

We know the PO itself only released the 50 sample rings. But with the deposit in, we take
it as your go for the batch: production of the 2,000 production rings starts now, so they
will be ready early. We also bought the 99.5 % alumina powder for all 2,000 rings in one
lot; one powder lot gives you the same shrinkage and colour for every ring.

The 50 sample rings ship on 7 June with density and flatness reports. Isostatic pressing
runs in 3 shifts from next week.

Best regards,
Park Ji-hoon
""" + sig("Park Ji-hoon", "Sales Manager", DCT, "+82 42 000 1180")
case("p21_deposit_powder_2000", ["RG006", "RG012"],
     "Supplier treats the deposit as the signal to start production and buys powder for all 2,000 rings while only 50 samples ship.",
     [("Deposit_PO_7781-0090.eml", eml_bytes(mail(
         JIHOON, WEILING, "PO 7781-0090 alumina ring - deposit received", "Thu, 23 May 2024 15:30:00 +0900", _p21_txt)))])

# p22 multi-file: PO 20 samples (complete scope) + supplier OC confirming 25 and reserving material for 200
_p22_po = pdf([
    ("h1", "Bestellung / Purchase Order 4500-3371"),
    ("p", f"{KES}, Jena - Einkauf Tobias Krueger - to {TVW}, attn. Jason Wu"),
    ("table", [["Pos", "Sachnummer", "Bezeichnung", "Menge", "EUR/Stk", "Termin"],
               ["10", "31-400-2230 Rev A", "Schweissbaugruppe KF-Flansch / KF flange weldment, 1.4404 - FAI", "20 Stk", "265,00", "KW 26"]]),
    ("sp",),
    ("p", "Diese Bestellung umfasst 20 FAI-Teile. The series quantity of 180 pcs is not released."),
    ("p", "Unlock: written release by Andreas Vogel (Leiter Supply Chain) after Dr. Petra Hoffmann has signed "
          "the FAI report. Material authority: sample-only (material for the 20 FAI parts)."),
    ("p", "Helium leak test 100 % <= 5E-10 mbar.l/s; bake-out 150 C / 24 h; cleanroom double bag."),
    ("p", PO_TERMS),
], title="PO 4500-3371", author="Kessler Vakuumtechnik")
_p22_oc = pdf([
    ("h1", "ORDER CONFIRMATION OC-TVW-24-0366"),
    ("p", f"{TVW}, No. 88, Gongye 21st Rd., Taichung 40768, Taiwan"),
    ("p", f"Customer: {KES} - your PO 4500-3371 dated 2024-05-10"),
    ("table", [["Item", "Part", "Description", "Qty", "Unit EUR", "Ship"],
               ["1", "31-400-2230 Rev A", "KF flange weldment, 316L - sample lot", "25 pcs", "265.00", "wk 26"]]),
    ("sp",),
    ("p", "Material reserved: 316L tube 88.9 x 2.0 and 316L plate 12 mm for 200 pcs (full program), "
          "bought 2024-05-14 to protect lead time."),
    ("p", "Leak test and bake-out as per your PO. Thank you for your order."),
    ("p", "Jason Wu, Sales & Project Manager"),
], title="OC-TVW-24-0366", author="Taichung Vacuum Welding Works")
case("p22_po_and_oc", ["RG006", "RG011"],
     "PO authorizes 20 FAI with sample-only material; supplier confirmation states 25 pcs and material bought for the 200-pc program.",
     [("Bestellung_4500-3371.pdf", _p22_po), ("OC-TVW-24-0366.pdf", _p22_oc)])

# p23 supplier: bought Inconel for the remaining 36 and assumes FAI sign-off rolls into them
_p23_orig = """From: Carlos Medina
Sent: Thursday, May 2, 2024 9:12 AM
Subject: PO 55-11020 manifold - golden samples

Soo-yeon,

PO 55-11020 covers 4 golden samples of the gas manifold 8801-6610-04 rev C. The 36 balance
is not released until I (Carlos Medina) send a written release after the FAI sign-off.

Carlos"""
_p23_txt = f"""Dear Carlos,

Good news: the 4 golden samples passed our internal helium leak test and ship Friday by
FedEx (AWB to follow).

To keep your build slot, we have already bought the Inconel 718 bar for the remaining 36
manifolds. As soon as you sign off the FAI, we will continue straight into the 36 - no need
for another document, we will just start.

Best regards,
Kim Soo-yeon
{sig("Kim Soo-yeon", "Overseas Sales", CVC, "+82 55 000 7702")}
{quote(_p23_orig)}
"""
case("p23_inconel_roll_on", ["RG006", "RG007"],
     "Under a complete quoted scope, supplier has bought bar for the unreleased 36 and says FAI sign-off will roll straight into them.",
     [("RE_PO_55-11020_golden_samples.eml", eml_bytes(mail(
         SOOYEON, CARLOS, "RE: PO 55-11020 manifold - golden samples", "Wed, 29 May 2024 11:20:00 +0900",
         _p23_txt, in_reply_to="<h49-sps-11020@solano-plasma.com>")))])

# p24 chat: supplier reads labelled forecast as an order and buys bar for it
_p24 = chat("MWA x Brno Strojirna - frame 7120-900", [
    ("03/06/2024 15:02", "Tan Wei Ling (MWA)", "Hi Tomas, FYI our forecast for Q3-Q4 is ~1,500 frames. Forecast only, not an order."),
    ("03/06/2024 15:04", "Tan Wei Ling (MWA)", "PO 7781-0112 releases 30 pcs.\nThe rest is not released until Arjun signs the FAI and Lim Boon Keat sends the call-off."),
    ("03/06/2024 15:30", "Tomas Novak (BSB)", "Thank you for the forecast order of 1,500 pcs! We have locked the capacity for it and already bought S355 for all 1,500 frames - steel prices go up in July."),
    ("03/06/2024 15:31", "Tomas Novak (BSB)", "30 pcs first lot KW 28"),
], "2024-06-03 17:00 (UTC+08:00)")
case("p24_chat_forecast_order", ["RG006", "RG008"],
     "Chat: buyer labels ~1,500 as forecast and releases 30; supplier calls it a 'forecast order' and buys steel for all 1,500.",
     [("Teams_MWA_BSB_frame7120-900.txt", _p24)])

# ---------------------------------------------------------------- RG007 group
# p25 supplier order acknowledgement: series starts automatically upon FAI acceptance
case("p25_oa_auto_start", ["RG007"],
     "Supplier acknowledgement states series production starts automatically on FAI acceptance with no further PO; no recorded auto-conversion.",
     [("OA-24-0612_PPS.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0612"),
         ("p", f"{PPS} - Plot 88, Bayan Lepas Industrial Park Phase 4, 11900 Penang, Malaysia"),
         ("p", f"Customer: {VMS} - attn. Sanne Bakker - your PO 4500183590 dated 14-05-2024"),
         ("table", [["Item", "Part / rev", "Description", "Qty", "Unit EUR", "Ship date"],
                    ["1", "7120-334-0055 rev A", "Vacuum pad holder, 6061-T6, clear anodize - FAI samples", "8 pcs", "142.00", "2024-06-14"]]),
         ("sp",),
         ("p", "Series production (balance per our quotation PP-Q-0947): will start automatically upon your FAI "
               "acceptance. No further PO is required; we will ship per the quoted weekly rate."),
         ("p", "FAI documentation: AS9102 forms 1-3, CMM report, anodize certificate, material cert 3.1."),
         ("p", "Payment terms as per PO. Thank you for your order."),
         ("p", "Lee Mei Ling, Customer Program Manager - meiling.lee@penang-precision.com.my"),
     ], title="OA-24-0612", author="Penang Precision"))])

# p26 chat: buyer waives her own written-release step, 'continue with the remaining 36'
_p26 = chat("Brightline - TVW | bellows 3380-3150", [
    ("29/04/2024 08:05", "Megan O'Connell (Brightline)", "Hi Jason - PO 4500-77201 is out: 4 pcs FAI.\nThe 36 pcs are not released until Raj signs off the FAI and Dana Whitfield sends the written release."),
    ("29/04/2024 08:20", "Jason Wu (TVW)", "Received, thanks Megan. FAI ship 5/24."),
    ("21/05/2024 16:44", "Jason Wu (TVW)", "FAI parts leak tested, all 4 < 1E-10. CMM tomorrow, ship Friday."),
    ("21/05/2024 17:02", "Megan O'Connell (Brightline)", "awesome. if the 4 pass our CMM on Tue, just continue with the remaining 36 - don't wait on paperwork from Dana, we're tight on the tool build"),
    ("21/05/2024 17:03", "Jason Wu (TVW)", "OK will do \U0001F44D"),
], "2024-05-22 08:00 (UTC-07:00)")
case("p26_chat_skip_paperwork", ["RG007"],
     "Chat: buyer's own scope needs Dana's written release, later says a passing CMM means continue with the remaining 36 without it.",
     [("Teams_BLL_TVW_bellows.txt", _p26)])

# p27 buyer sample plan: upon sample approval supplier proceeds to series; nobody named
case("p27_sample_plan", ["RG005", "RG007"],
     "Buyer sample plan says sample approval leads the supplier straight into the 240 series pcs, without recorded auto-conversion or a named release person.",
     [("Sample_plan_7120-702-0060.docx", docx_bytes([
         ("h1", "Sample plan - hard anodize 7120-702-0060 rev A"),
         ("p", f"Buyer: {MWA}. Supplier: {KAF}. Document SP-24-019, 16 May 2024."),
         ("h", "1. Purpose"),
         ("p", "Qualify Kulim Anodize as second source for hard anodize 50 um + hot DI seal on the 7120 "
               "chamber liner family."),
         ("h", "2. Quantities"),
         ("table", [["Phase", "Quantity", "Document"],
                    ["Samples", "6 pcs", "PO 7781-0271 line 1"],
                    ["Series", "240 pcs", "PO 7781-0271 line 2 - not released by this PO"]]),
         ("h", "3. Tests on the samples"),
         ("li", "Coating thickness per ISO 2360, 9 points per part, 45-55 um."),
         ("li", "Seal quality per ISO 2931 (admittance) and ISO 3210 (mass loss)."),
         ("li", "Breakdown voltage >= 1,000 V DC at 3 points."),
         ("li", "Particle count after DI rinse per MWA-SPEC-CL-002 class A."),
         ("h", "4. Next step"),
         ("p", "Upon sample approval, the supplier proceeds to series production of the 240 pcs at the quoted "
               "rate of 40 pcs per week."),
         ("p", "Prepared by: Procurement, Meridian Wafer Automation"),
     ], author="MWA Procurement"))])

# p28 engineer forwards the buyer's PO mail (rfc822) and changes the quantity and the unlock
_p28_fw = mail(FEMKE, TOMAS, "PO 4100-6750 pilot brackets 60-7720-041", "Mon, 06 May 2024 09:00:00 +0200",
               """Dear Tomas,

PO 4100-6750 covers 10 pilot brackets, drawing 60-7720-041 rev B.
The balance of 190 pcs is not released until Bram Visser has signed off the FAI and I send
the next call-off for them.

Met vriendelijke groet,
Femke de Groot
Purchasing Lead, EIP
""", msgid="<h49-eip-6750@eip-integration.nl>")
_p28_txt = """Tomas,

Forwarding Femke's mail for reference.

Just so you know, we need 12 pilot pieces, not 10: two extra for the vibration test rig.
And once I've signed the FAI you can carry straight on with the 190, so we don't lose
time on the second tool.

Drawing rev B is unchanged otherwise. Thanks!

Bram
""" + sig("Bram Visser", "Mechanical Engineer", EIP, "+31 40 000 7741")
case("p28_fwd_po_12_not_10", ["RG007", "RG011"],
     "Forwarded PO mail says 10 pilots with 190 held for call-off; engineer's cover says 12 and that his FAI sign-off lets the supplier carry on with the 190.",
     [("FW_PO_4100-6750_brackets.eml", eml_bytes(mail(
         BRAM, TOMAS, "FW: PO 4100-6750 pilot brackets 60-7720-041", "Tue, 07 May 2024 08:15:00 +0200",
         _p28_txt, attachments=[("rfc822", _p28_fw)])))])

# p29 Taiwanese supplier, mixed Mandarin: once golden sample OK, direct run 495
_p29_quote = pdf([
    ("h1", "QUOTATION HPM-Q-24-1033"),
    ("p", f"{HPM} to {MWA}, attn. Tan Wei Ling. Date 2024/05/24. Validity 30 days."),
    ("table", [["Item", "Description", "Qty", "Unit USD", "L/T"],
               ["1", "Robot blade 7120-610-0009 rev A, Al2O3, golden sample", "5", "420.00", "5 wks"],
               ["2", "Robot blade 7120-610-0009 rev A, production", "495", "138.00", "8 wks"]]),
    ("p", "Flatness 0.015, Ra 0.2 contact pads, laser marked S/N. Clean + double bag ISO 5."),
], title="HPM-Q-24-1033", author="Hsinchu Precision Machining")
_p29_txt = """Dear Wei Ling 您好,

收到 your RFQ, thank you. Attached quote HPM-Q-24-1033: 5 pcs golden sample + 495 pcs
production for the robot blade 7120-610-0009 rev A.

For the schedule: once golden sample OK, we direct run the 495 pcs, 沒問題, no need to wait
another PO or letter - our line is already reserved for July. This saves you 3 weeks.

Alumina blanks from Kyocera Taiwan, we keep stock.

謝謝 & best regards
Kevin Lin 林凱文
""" + sig("Kevin Lin", "Sales Manager", HPM, "+886 3 000 5121")
case("p29_quote_direct_run", ["RG007"],
     "Supplier quote cover (mixed Mandarin) says once the golden sample is OK they run the 495 directly without another PO or letter.",
     [("HPM-Q-24-1033_robot_blade.eml", eml_bytes(mail(
         KEVIN, WEILING, "Quote HPM-Q-24-1033 robot blade 7120-610-0009 / 報價", "Fri, 24 May 2024 18:05:00 +0800",
         _p29_txt, attachments=[("HPM-Q-24-1033.pdf", _p29_quote, PDF_MT)])))])

# ---------------------------------------------------------------- RG008 group
# p30 buyer sends forecast and asks supplier to treat it as firm and as the order
_p30_sched = html_page("VMS forecast 2024 H2 - HPM", f"""
<h2>Veldhoven Motion Systems - rolling forecast 2024 H2 for Hsinchu Precision Machining</h2>
<p>Version 2024-05-27, owner: Sanne Bakker</p>
{html_table([["Article", "Description", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Total"],
             ["7120-334-0021 C", "End effector", "60", "60", "80", "80", "80", "40", "400"],
             ["7120-334-0031 B", "End effector, wide", "20", "20", "30", "30", "30", "20", "150"],
             ["7120-334-0040 C", "Pad holder", "100", "100", "100", "120", "120", "60", "600"]])}
<p>Volumes based on the tool build plan of 14 systems in H2.</p>
""")
_p30_txt = """Hi Kevin,

Attached our rolling forecast for 2024 H2 (three end-effector part numbers).

Our S&OP confirmed the 14 systems this week, so please treat these quantities as firm and
book your build slots against them - consider it our order. Formal POs follow from SAP each
month, but you don't need to wait for those.

Groet,
Sanne
""" + sig("Sanne Bakker", "Buyer, Vacuum & Frames", VMS, "+31 40 000 5512")
case("p30_forecast_as_order", ["RG008"],
     "Buyer sends a forecast table and tells the supplier to treat it as firm and as the order.",
     [("VMS_forecast_2024H2.eml", eml_bytes(mail(
         SANNE, KEVIN, "Forecast 2024 H2 end effectors", "Mon, 27 May 2024 13:40:00 +0200", _p30_txt,
         attachments=[("VMS_forecast_2024H2_HPM.html", _p30_sched, HTML_MT)])))])

# p31 PO whose series line is a forecast called a binding volume commitment
case("p31_po_binding_forecast", ["RG008"],
     "PO releases 24 FAI with a complete hold, but labels the FY25 forecast line of 2,400 pcs a binding volume commitment.",
     [("PO_4500-81398.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500-81398"),
         ("p", f"{BLL} - 2200 NE Brookwood Pkwy, Hillsboro, OR 97124 - Buyer: Megan O'Connell"),
         ("p", f"Vendor: {CVC} (300512) - Incoterms FCA Busan - Net 60"),
         ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Note"],
                    ["10", "3380-5520-01 rev A", "CF flange adapter DN63, 316LN, FAI", "24", "198.00", "released"],
                    ["20", "3380-5520-01 rev A", "FY25 forecast", "2,400", "71.50", "binding volume commitment"]]),
         ("sp",),
         ("p", "Line 20 is the FY25 forecast for this part and a binding volume commitment by Brightline. "
               "It is not released for production until Raj Patel (SQE) signs off the FAI of line 10 and "
               "Dana Whitfield (Director Supply Chain) issues a written release."),
         ("p", "Material authority: sample-only."),
         ("p", "Knife edges protected with caps; helium leak <= 1E-10 mbar.l/s; vacuum-fired 950 C."),
     ], pagesize=LETTER, title="PO 4500-81398", author="Brightline Lithography"))])

# p32 multi-file: labelled forecast (clean by itself) + supplier reads it as an order
_p32_fc = """KESSLER VAKUUMTECHNIK GMBH - PROGNOSE / FORECAST             Stand: KW 21/2024
Lieferant / supplier: Penang Precision Sdn. Bhd. (70412)
==================================================================================
*** PROGNOSE - KEINE BESTELLUNG / FORECAST - NOT AN ORDER ***
*** Keine Fertigungs- oder Materialfreigabe / no production or material authority ***

Sachnummer          Bezeichnung                Q3/2024   Q4/2024   Summe
------------------  -------------------------  --------  --------  -------
31-500-0102 Rev 04  Blendenhalter / shutter    1.800     1.800     3.600
                    holder, AlMg3, eloxiert
==================================================================================
Bestellungen erfolgen nur ueber SAP-Bestellungen von Tobias Krueger, Einkauf.
"""
_p32_txt = """Dear Mr. Krueger,

Thank you for your order of 3,600 pcs shutter holders 31-500-0102 Rev 04 (your rolling
forecast Q3-Q4). We have scheduled production accordingly: 300 pcs per week from wk 27,
anodize at our partner in Kulim.

We will send the order acknowledgement with the shipping plan next week.

Best regards,
Ahmad Faiz
""" + sig("Ahmad Faiz", "Planning & Logistics", PPS, "+60 4 000 2291")
case("p32_forecast_plus_ack", ["RG008"],
     "Folder: buyer forecast clearly labelled not-an-order, but supplier thanks for 'your order of 3,600 pcs' and schedules production.",
     [("KES_Prognose_KW21.txt", _p32_fc),
      ("RE_Prognose_31-500-0102.eml", eml_bytes(mail(
          "Ahmad Faiz <faiz@penang-precision.com.my>", TOBIAS, "RE: Prognose KW 21 - 31-500-0102",
          "Wed, 22 May 2024 10:05:00 +0800", _p32_txt)))])

# p33 HTML buyer schedule: forecast presented as committed volumes, plan as firm order
case("p33_committed_forecast", ["RG008"],
     "Buyer schedule calls forecast volumes 'committed' and asks the supplier to plan them as a firm order.",
     [("SPS_KAF_volume_plan_H2.html", html_page("Solano Plasma - volume plan H2 2024", f"""
<h2>Solano Plasma Systems &rarr; Kulim Anodize &amp; Finishing: volume plan H2 2024</h2>
<p>From: Priya Raman, Buyer Consumables &middot; 2024-06-04</p>
<div class="note">Forecast Q3/Q4 &ndash; committed volumes. Please plan these as a firm order and reserve
tank capacity.</div>
{html_table([["Part", "Process", "Q3", "Q4", "Total H2"],
             ["8801-4420-11 rev C", "Hard anodize 50 um + seal", "400", "520", "920"],
             ["8801-4420-12 rev B", "Hard anodize 50 um + seal", "200", "260", "460"],
             ["8801-5002-03 rev A", "Type III unsealed", "80", "80", "160"]])}
<p>Racking and masking per SPS-SPEC-AN-004 rev 7. Monthly quantities per your proposal of 2024-05-29.</p>
"""))])

# ---------------------------------------------------------------- RG009 group
# p34 German/English mail: 'approved' / 'approval' for samples, price and series
_p34_txt = """Hallo Herr Park,

kurzes Update zu Bestellung 4500-3301 (Isolierring 30-118-0447 Rev 05):

Die 5 Erstmuster sind approved - Dr. Hoffmann hat den Pruefbericht heute unterschrieben.
The PO approval for your price change (+4 %) is still pending with our finance department.
Once both approvals are through, you will get our approval for the series of 195 pcs from
Mr. Andreas Vogel in writing. Until then the 195 pcs are not released - please do not start
them.

Danke und viele Gruesse
Tobias Krueger
""" + sig("Tobias Krueger", "Einkauf / Purchasing", KES, "+49 3641 000 218")
_p34_html = ("<p>Hallo Herr Park,</p><p>kurzes Update zu Bestellung 4500-3301 (Isolierring 30-118-0447 Rev 05):</p>"
             "<p>Die 5 Erstmuster sind <b>approved</b> - Dr. Hoffmann hat den Pruefbericht heute unterschrieben. "
             "The PO approval for your price change (+4 %) is still pending with our finance department. Once both "
             "approvals are through, you will get our approval for the series of 195 pcs from Mr. Andreas Vogel in "
             "writing. Until then the 195 pcs are not released - please do not start them.</p>"
             "<p>Danke und viele Gruesse<br>Tobias Krueger</p>")
case("p34_mail_three_approvals", ["RG009"],
     "'Approved/approval' used for the sample report, the finance/PO price change and the series release in one message; scope otherwise complete.",
     [("Update_4500-3301.eml", eml_bytes(mail(
         TOBIAS, JIHOON, "Bestellung 4500-3301 - Erstmuster / status", "Tue, 11 Jun 2024 16:50:00 +0200",
         _p34_txt, html=_p34_html)))])

# p35 'Release note' using release for FAI, PO and production
case("p35_release_note_RN-24-118", ["RG009"],
     "Document uses 'release' for the FAI (technical), the PO in SAP (commercial) and production; quantities and hold complete.",
     [("RN-24-118.pdf", pdf([
         ("h1", "Release Note RN-24-118"),
         ("p", f"{RMH} - to {HPM}, attn. Kevin Lin - 03.06.2024"),
         ("p", "Part: 4022-480-1300 Rev 02, cooling plate, AlMg4.5Mn, brazed"),
         ("table", [["Release", "Status", "By"],
                    ["Sample release", "FAI parts released by QA (dimensional report FAI-0552)", "QA, Dr. J. Albrecht"],
                    ["Commercial release", "PO 4500-2290 released in SAP on 12.04.2024", "Einkauf"],
                    ["Production release", "10 pcs pilot released", "Katrin Schulze"]]),
         ("sp",),
         ("p", "The balance of 150 pcs is not released. Production release of the 150 pcs only in writing by "
               "Katrin Schulze (Einkauf), after lot acceptance of the 10 pilot pieces."),
         ("p", "Brazing per AWS C3.7, helium leak of the coolant channel <= 1E-9 mbar.l/s at 8 bar."),
     ], title="RN-24-118", author="Rhein-Main Halbleiteranlagen"))])

# p36 chat: 'approved' for drawing, budget and later production
_p36 = chat("EIP <> TVW chamber 60-9100", [
    ("10/06/2024 10:02", "Femke de Groot (EIP)", "Hi Jason, PO 4100-6811 is for 3 pilot chambers.\nThe remaining 27 are not released until Bram signs off the FAI; after that I send the call-off."),
    ("10/06/2024 10:05", "Jason Wu (TVW)", "Thanks Femke. Drawing rev E ok?"),
    ("10/06/2024 10:11", "Bram Visser (EIP)", "drawing rev E is approved for the 3 pilot chambers \u2705"),
    ("10/06/2024 10:12", "Femke de Groot (EIP)", "budget for the 3 pilots approved as well \U0001F389 production approval for the 27 comes later from me"),
    ("10/06/2024 10:14", "Jason Wu (TVW)", "got it. pilot chambers leak test wk 27"),
], "2024-06-10 12:00 (UTC+02:00)")
case("p36_chat_approved_everything", ["RG009"],
     "Chat: 'approved' used for the drawing, the PO budget and the later production approval; scope otherwise complete.",
     [("Teams_EIP_TVW_chamber.txt", _p36)])

# p37 ERP status print: RELEASED for PO and production, and 40 vs 48 released
_p37 = """BRIGHTLINE LITHOGRAPHY INC                 PO STATUS REPORT             2024-06-05 06:30
===================================================================================
PO NUMBER .........: 4500-81177             VENDOR : 300688 OSTRAVA KERAMIKA A.S.
ITEM ..............: 3380-7710-02 REV A     ALUMINA ISOLATOR, 99.8%, GROUND
APPROVAL STATUS ...: APPROVED  (QA - FAI SAMPLES ONLY, RPT OK-FAI-0091)
PO STATUS .........: RELEASED  2024-04-11  (FINANCE)
PROD RELEASE ......: RELEASED QTY 40
===================================================================================
LN   ORD QTY   REL QTY   SHIPPED   BAL     BAL STATUS
001      400        48         0     352   HOLD - NOT RELEASED
===================================================================================
BAL 352 NOT RELEASED UNTIL NEXT CALL-OFF SIGNED BY DANA WHITFIELD (DIR SUPPLY CHAIN)
AFTER LOT ACCEPTANCE OF THE RELEASED QTY.
MATERIAL AUTHORITY: RELEASED QTY ONLY.
===================================================================================
"""
case("p37_erp_po_status", ["RG009", "RG011"],
     "ERP status uses APPROVED/RELEASED for QA, finance and production, and states released qty 40 in the header but 48 on the line.",
     [("PO_STATUS_4500-81177.txt", _p37)])

# ---------------------------------------------------------------- RG011 group
# p38 multi-file: PO says 15 FAI, buyer email next day says 12
_p38_po = pdf([
    ("h1", "PURCHASE ORDER 4500183611"),
    ("p", f"{VMS} - Veldhoven - Buyer Sanne Bakker"),
    ("p", f"Supplier: {CVC}, Changwon, Korea (vendor 100733)"),
    ("table", [["Pos", "Article", "Description", "Qty", "EUR/pc", "Delivery"],
               ["10", "7120-420-0300 rev B", "Bellows feedthrough, 316L, CF40 - FAI", "15", "312,00", "wk 27"]]),
    ("sp",),
    ("p", "This PO authorizes the 15 FAI pieces. The production quantity of 285 pcs is not released."),
    ("p", "Unlock: FAI sign-off by Joost van Dijk, then a written release by Marieke Jansen (Supply Chain "
          "Manager). Material authority: sample-only."),
    ("p", PO_TERMS),
], title="PO 4500183611", author="Veldhoven Motion Systems")
_p38_txt = """Dear Soo-yeon,

Just to confirm after our call: please build the 12 FAI pieces on PO 4500183611 and ship
them together, with the leak test protocol for each piece. The 285 production pieces remain
not released; Marieke will send the written release after Joost's FAI sign-off.

One more thing: please laser-mark the serial number on the flange OD, not on the knife edge
side.

Met vriendelijke groet,
Sanne
""" + sig("Sanne Bakker", "Buyer, Vacuum & Frames", VMS, "+31 40 000 5512")
case("p38_po_15_mail_12", ["RG011"],
     "PO authorizes 15 FAI pieces; buyer's follow-up email on the same PO says build the 12 FAI pieces; hold otherwise complete.",
     [("PO_4500183611.pdf", _p38_po),
      ("Confirm_PO_4500183611.eml", eml_bytes(mail(
          SANNE, SOOYEON, "PO 4500183611 - FAI pieces", "Wed, 15 May 2024 15:25:00 +0200", _p38_txt)))])

# p39 HTML release letter: 250 in the text, 200 in the table
case("p39_release_PR-0093", ["RG011"],
     "Release letter text releases 250 (balance 750) while its own table shows 200 released (balance 800).",
     [("PR-0093_release.html", html_page("Production release PR-0093", f"""
<h2>Meridian Wafer Automation &mdash; Production release PR-0093</h2>
<p>To: Penang Precision Sdn. Bhd., attn. Lee Mei Ling &middot; Date: 2024-06-06 &middot;
PO 7781-0188 &middot; Part 7120-880-0012 rev C, chuck base</p>
<p>Dear Mei Ling,</p>
<p>Following Arjun Nair's FAI sign-off on 4 June, we release 250 pcs of PO 7781-0188 for production.
The remaining 750 pcs are not released. They will be released by the next production release from
me, after lot acceptance of this quantity at our incoming inspection.</p>
{html_table([["PO 7781-0188", "Qty"],
             ["Ordered (commercial cover)", "1,000"],
             ["Released this release (PR-0093)", "200"],
             ["Balance not released", "800"]])}
<p>Delivery 50 pcs per week from wk 26. Flatness 5 um vacuum face, CMM report per lot.</p>
<p>Lim Boon Keat<br>Head of Supply Chain, Meridian Wafer Automation Pte. Ltd.</p>
"""))])

# p40 email: twelve (12) FAI housings in one paragraph, 10 in the next
_p40_txt = """Hi Tomas,

PO 55-12310 is attached in our portal. Please machine twelve (12) FAI housings of the RF
match housing 8801-9020-01 rev A, 6061-T6, chem film per MIL-DTL-5541 Class 3.

The 188 production housings are not released. They will be released only in writing by
Carlos Medina, after our process engineering signs off the FAI.

Inspection: full CMM on every piece, surface Ra 1.6 general and Ra 0.8 on the gasket groove,
EMI gasket groove depth 1.80 +/-0.05. Ship all 10 FAI pieces with CMM data and the chem
film certificate, one piece per bag.

Thanks,
Priya
""" + sig("Priya Raman", "Buyer", SPS, "+1 510 000 4471")
case("p40_twelve_vs_10", ["RG011"],
     "Buyer email authorizes 'twelve (12)' FAI housings and later says 'ship all 10 FAI pieces'; hold, event and person present.",
     [("PO_55-12310_FAI_housings.eml", eml_bytes(mail(
         PRIYA, TOMAS, "PO 55-12310 RF match housing - FAI", "Thu, 30 May 2024 07:55:00 -0700", _p40_txt,
         cc=CARLOS)))])

# p41 multi-file: DOCX call-off 02 says 120, buyer portal page says 150 for the same call-off
_p41_doc = docx_bytes([
    ("h1", "Call-off 02 - blanket PO 4500-80712"),
    ("p", f"{BLL} to {DCT}, attn. Park Ji-hoon. Date 2024-06-03."),
    ("p", "Part 3380-6610-04 rev B, ceramic gas distribution plate (Al2O3, 1,240 holes dia. 0.5)."),
    ("table", [["", "Qty"],
               ["Blanket PO (commercial cover)", "600"],
               ["Call-off 01 (released 2024-04-15)", "60"],
               ["Call-off 02 (this document)", "120"],
               ["Cumulative released", "180"],
               ["Balance not released", "420"]]),
    ("p", "The balance of 420 pcs is not released. It can be released only by call-off 03, signed by Dana "
          "Whitfield (Director Supply Chain), after lot acceptance of call-off 02."),
    ("p", "Material authority: released quantity only."),
    ("p", "Megan O'Connell, Senior Buyer"),
], author="Megan O'Connell")
_p41_html = html_page("Brightline Supplier Portal - 4500-80712", f"""
<h2>Brightline Supplier Portal &raquo; Blanket 4500-80712 &raquo; Releases</h2>
<p>Supplier: Daejeon Ceramic Tech Co., Ltd. &middot; Item 3380-6610-04 rev B</p>
{html_table([["Call-off", "Date", "Released qty", "Cum. released", "Status"],
             ["01", "2024-04-15", "60", "60", "shipped"],
             ["02", "2024-06-03", "150", "210", "released - in production"],
             ["Balance", "-", "-", "-", "390 on hold (not released)"]])}
<p class="note">Next call-off only by Dana Whitfield after lot acceptance of the previous call-off.</p>
""")
case("p41_calloff_vs_portal", ["RG011"],
     "Folder: call-off 02 document releases 120 (balance 420), the buyer portal shows call-off 02 as 150 (balance 390).",
     [("Calloff_02_4500-80712.docx", _p41_doc), ("Portal_4500-80712_releases.html", _p41_html)])

# ---------------------------------------------------------------- RG012 group
# p42 buyer: down payment wired, so good to start all 60
_p42_txt = """Hi Jason,

Quick one: our finance team wired the 30 % down payment on PO 4500183700 this morning
(reference VMS-DP-24-0417, EUR 11,880.00). So you're good to start the lot - all 60
chamber lid weldments as quoted.

Drawing 7120-410-0200 rev A, bake-out and leak test as per the PO. Please send me the
weekly progress report every Friday.

Groet,
Sanne
""" + sig("Sanne Bakker", "Buyer, Vacuum & Frames", VMS, "+31 40 000 5512")
case("p42_down_payment_start", ["RG012"],
     "Buyer says the down payment was wired, 'so you're good to start the lot - all 60'; payment presented as the production trigger.",
     [("PO_4500183700_chamber_lids.eml", eml_bytes(mail(
         SANNE, JASON, "PO 4500183700 - down payment", "Tue, 04 Jun 2024 10:12:00 +0200", _p42_txt)))])

# p43 supplier portal: PO acceptance releases the job to production
case("p43_portal_po_acceptance", ["RG012"],
     "Supplier portal states that accepting the customer PO releases the job to production automatically.",
     [("HPM_portal_order_SPS_55-12110.html", html_page("HPM Customer Portal - Order 55-12110", f"""
<h2>Hsinchu Precision Machining &mdash; Customer Portal</h2>
<p>Customer: Solano Plasma Systems, Inc. &middot; Customer PO 55-12110 &middot; HPM job J24-0733</p>
{html_table([["Event", "Date", "User", "Result"],
             ["PO received (EDI 850)", "2024-05-20 02:14", "system", "ok"],
             ["PO accepted", "2024-05-20 09:31", "kevin.lin", "accepted"],
             ["Job released to production", "2024-05-20 09:31", "system", "auto - on PO acceptance"]])}
{html_table([["Item", "Part", "Description", "Qty", "Status"],
             ["1", "8801-7720-01 rev B", "Focus ring adapter, 6061-T6, hard anodize 35 um", "100", "IN PRODUCTION"]])}
<p class="note">HPM standard process: PO acceptance = production release. Jobs start on the first free
5-axis slot after acceptance; no further customer document is needed.</p>
"""))])

# p44 chat: buyer scope complete; supplier takes payment of the proforma as the start of the batch
_p44 = chat("MWA x KAF - liner 7120-702-0031", [
    ("27/05/2024 09:15", "Tan Wei Ling (MWA)", "Hi Aisyah, PO 7781-0150 = 10 sample liners only.\nThe 190 are not released until Arjun signs off the FAI, then Lim Boon Keat sends the written release."),
    ("27/05/2024 09:17", "Nurul Aisyah (KAF)", "noted with thanks"),
    ("31/05/2024 16:40", "Tan Wei Ling (MWA)", "our finance paid your proforma today - samples + 30% deposit on the batch"),
    ("31/05/2024 16:52", "Nurul Aisyah (KAF)", "Received the payment, thank you! so we start the batch tmr ya, tank 4 booked \U0001F44D"),
], "2024-05-31 18:00 (UTC+08:00)")
case("p44_chat_paid_start_batch", ["RG012"],
     "Chat: scope complete (10 samples, 190 held); after the proforma incl. batch deposit is paid the supplier says it starts the batch.",
     [("Teams_MWA_KAF_liner.txt", _p44)])

# p45 supplier proforma: production of the 500 starts upon receipt of advance payment
case("p45_proforma_advance", ["RG012"],
     "Supplier proforma says production of the 500 insulators starts upon receipt of the advance payment.",
     [("Proforma_PF-2024-0311.pdf", pdf([
         ("h1", "PROFORMA INVOICE PF-2024-0311"),
         ("p", f"{OKA}, Vitkovicka 3, 702 00 Ostrava, CZ - DIC CZ00000000"),
         ("p", f"Customer: {EIP}, Achtseweg Zuid 151, 5651 GW Eindhoven - your PO 4100-6900"),
         ("p", "Date: 24.05.2024 - Due: upon receipt"),
         ("table", [["Item", "Description", "Qty", "EUR/pc", "Amount EUR"],
                    ["1", "Insulator Al2O3 99,7 %, drawing 60-8810-003 rev C", "500", "22,60", "11.300,00"],
                    ["", "Advance payment 30 %", "", "", "3.390,00"]]),
         ("sp",),
         ("p", "Production of the 500 insulators starts upon receipt of the advance payment; no further release "
               "from your side is needed. Balance 70 % payable 30 days after delivery."),
         ("p", "Bank: Ceska sporitelna, IBAN CZ00 0800 0000 0000 0000 0000, BIC GIBACZPX. Please quote PF-2024-0311."),
         ("p", "Jakub Horak, Sales Director"),
     ], title="Proforma PF-2024-0311", author="Ostrava Keramika"))])


# =================================================================== build
def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(4949).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        cname = f"h49_{n:02d}_{stem}"
        d = OUT / cname
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[cname] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r, k in counts.items():
        print(f"  {r}: {k}")


if __name__ == "__main__":
    main()
